"""What the server does to incoming values before an action reads them (MailWizz's IOFilter).

Every query, POST and PUT value that is not empty and not a number is trimmed, HTML-decoded
(``&amp;``, ``&quot;``, ``&#039;``, ``&lt;``, ``&gt;``) and stripped of tags, then passed through an XSS cleaner or HTMLPurifier and decoded and stripped
once more: ``" <b>Hi</b> &amp; co "`` arrives as ``"Hi & co"``. Base64 content, ids, addresses
and numbers carry none of ``<``, ``>`` or ``&`` and arrive unchanged. The cleaners themselves are
not modelled: on text without tags they change nothing a client can see.
"""

from __future__ import annotations

import re

__all__ = ["clean", "php_strip_tags"]

# PHP's is_numeric(): optional leading (and, from PHP 8, trailing) whitespace, a sign, digits with
# an optional fraction, an optional exponent. Hexadecimal and "" are not numbers.
_NUMERIC = re.compile(r"[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \t\n\r\v\f]*")
# PHP's trim() default characters.
_TRIMMED = " \t\n\r\0\x0b"
# What C's isspace() accepts after a "<": such a "<" starts no tag.
_SPACE = " \t\n\r\x0b\x0c"
# CHtml::decode is htmlspecialchars_decode(ENT_QUOTES): these five characters only, one pass.
_SPECIAL = {"&amp;": "&", "&quot;": '"', "&#039;": "'", "&#39;": "'", "&#x27;": "'", "&lt;": "<", "&gt;": ">"}
_SPECIAL_RE = re.compile("|".join(map(re.escape, _SPECIAL)), re.IGNORECASE)


def _must_filter(value: str) -> bool:
    # IOFilter::mustFilter: empty values ("" and "0") and numbers are left alone.
    return value not in ("", "0") and _NUMERIC.fullmatch(value) is None


def clean(value: str) -> str:
    """A value as an action reads it: trimmed, HTML-decoded and stripped of tags, twice."""
    if not _must_filter(value):
        return value
    value = value.strip(_TRIMMED)
    for _ in range(2):
        if not _must_filter(value) or ("<" not in value and "&" not in value):
            return value  # the common case, base64 content included: nothing to decode or strip
        value = php_strip_tags(_decode(value))
    return value


def _decode(text: str) -> str:
    return _SPECIAL_RE.sub(lambda m: _SPECIAL.get(m.group().lower(), m.group()), text)


def php_strip_tags(text: str) -> str:
    """PHP's strip_tags() without allowed tags, as its state machine reads text.

    A ``<`` followed by whitespace is kept as text (``a < b``); any other ``<`` opens a tag that
    runs to its ``>`` (quotes inside the tag protect a ``>``, nested ``<`` need their own ``>``),
    or to the end of the text when it is never closed: ``"قیمت <۱۰۰"`` keeps only ``"قیمت "``.
    ``<!-- ... -->`` comments and ``<? ... ?>`` blocks go too. A ``>`` outside a tag stays.
    """
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        start = text.find("<", i)
        if start < 0:
            out.append(text[i:])
            break
        out.append(text[i:start])
        i = start
        if i + 1 < n and text[i + 1] in _SPACE:
            out.append("<")
            i += 1
            continue
        if text.startswith("<!--", i):
            end = text.find("-->", i + 4)
            i = n if end < 0 else end + 3
            continue
        if text.startswith("<?", i):
            end = text.find("?>", i + 2)
            i = n if end < 0 else end + 2
            continue
        # Inside a tag: to the ">" that closes it, outside quotes, nesting counted.
        depth, quote = 1, ""
        i += 1
        while i < n and depth:
            char = text[i]
            if quote:
                if char == quote:
                    quote = ""
            elif char in "\"'":
                quote = char
            elif char == "<":
                depth += 1
            elif char == ">":
                depth -= 1
            i += 1
    return "".join(out)
