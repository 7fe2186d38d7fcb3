"""pakat's benchmarks: overhead, start-up, paging and bulk speed next to the alternatives.

Run them with `make bench`; `benchmarks/RESULTS.md` holds the latest figures and explains how
each is measured.
"""
