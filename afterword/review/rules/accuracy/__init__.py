"""accuracy rules."""
