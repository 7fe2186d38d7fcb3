"""What counts as a line break in a value that ends in a mail header (each refusal is tested on
both clients in tests/_async/reliability/test_bad_input.py)."""

from __future__ import annotations

import sys
import unicodedata

from pakat._encoding import single_line


def test_the_control_characters_refused_are_exactly_categories_cc_zl_and_zp() -> None:
    """Every code point is tried: refused exactly when its category is Cc, Zl or Zp (NEL is Cc);
    format characters (Cf) and every other letter, mark, space or symbol go through."""
    refused = []
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:  # surrogates: not characters a str of text holds
            continue
        try:
            single_line(f"a{chr(code)}b", "subject")
        except ValueError:
            refused.append(code)
    expected = [
        code
        for code in range(sys.maxunicode + 1)
        if not 0xD800 <= code <= 0xDFFF and unicodedata.category(chr(code)) in ("Cc", "Zl", "Zp")
    ]
    assert refused == expected
    assert 0x85 in refused and 0x200C not in refused and 0x200F not in refused
