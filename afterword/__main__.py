"""`python -m afterword` runs the CLI."""

from afterword.cli import main

main()
