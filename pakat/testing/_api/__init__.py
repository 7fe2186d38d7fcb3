"""The sandbox's handlers, one module per API area. Importing this package registers every route
on :data:`pakat.testing._routing.ROUTER`."""

from __future__ import annotations

from . import account, activity, campaigns, fields, lists, segments, subscribers, templates, transactional

__all__ = [
    "account",
    "activity",
    "campaigns",
    "fields",
    "lists",
    "segments",
    "subscribers",
    "templates",
    "transactional",
]
