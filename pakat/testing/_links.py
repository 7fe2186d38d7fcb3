"""Tracked links: which URLs of a campaign's HTML are tracked, and the hash that names each."""

from __future__ import annotations

import hashlib
import html
import re

__all__ = ["links_of", "url_hash"]

_HREF_RE = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']\s*(https?://[^"'\s>]+)\s*["']""", re.IGNORECASE)


def url_hash(campaign_uid: str, url: str) -> str:
    """The hash naming a tracked link in ``track-url`` calls, as the server makes it: the SHA-1,
    in hex, of the campaign's uid followed by the URL (HTML entities decoded, ``&amp;`` as ``&``)."""
    return hashlib.sha1(f"{campaign_uid}{url}".encode()).hexdigest()


def links_of(campaign_uid: str, content: str) -> dict[str, str]:
    """hash -> URL for every http(s) ``href`` of an ``<a>`` tag in the campaign's HTML."""
    urls = {html.unescape(url) for url in _HREF_RE.findall(content)}
    return {url_hash(campaign_uid, url): url for url in sorted(urls)}
