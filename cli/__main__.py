"""`python -m cli` runs the smpvet command line."""

from cli import main

main(prog_name="smpvet")
