"""Tracked links: which URLs of a campaign's HTML are tracked, and the hash that names each."""

from __future__ import annotations

import hashlib
import re

__all__ = ["links_of", "url_hash"]

_HREF_RE = re.compile(r"""href\s*=\s*["'](https?://[^"'\s>]+)["']""", re.IGNORECASE)


def url_hash(url: str) -> str:
    """The hash naming a tracked link in ``track-url`` calls: the SHA-1 of the URL, in hex."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()


def links_of(html: str) -> dict[str, str]:
    """hash -> URL for every http(s) ``href`` of ``html``."""
    return {url_hash(url): url for url in _HREF_RE.findall(html)}
