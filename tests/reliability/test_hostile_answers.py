"""The compression bombs of tests/_async/reliability/test_hostile_answers.py are what they claim."""

from __future__ import annotations

import zlib

from tests.reliability._raw_servers import GIB, MIB, bomb


def test_the_bombs_are_what_they_claim() -> None:
    gz = bomb("gzip")
    assert 900_000 < len(gz) < 1_200_000
    decoder = zlib.decompressobj(zlib.MAX_WBITS | 16)
    total, data = 0, gz
    while data:
        total += len(decoder.decompress(data, 64 * MIB))
        data = decoder.unconsumed_tail
    assert (total, decoder.eof) == (GIB, True)  # a valid gzip member: trailer and all
    assert len(bomb("deflate")) < 1_200_000
    assert len(bomb("br")) < 1_200_000
