"""The whole `pakat` command: the root group with every area's commands registered on it."""

from __future__ import annotations

from pakat.cli import _account, _campaigns, _fields, _lists, _serve, _subscribers, _transactional
from pakat.cli._app import cli

__all__ = ["AREAS", "cli"]

# Imported for the commands they register on `cli`, in the order `pakat --help` lists them.
AREAS = (_lists, _fields, _subscribers, _campaigns, _transactional, _account, _serve)
