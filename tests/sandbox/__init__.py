"""Tests of the offline sandbox, pakat.testing."""
