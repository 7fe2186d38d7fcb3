"""`python -m pakat.cli`: the `pakat` command, for when the console script is not on PATH."""

from pakat.cli import main

main()
