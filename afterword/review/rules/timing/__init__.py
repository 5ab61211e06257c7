"""timing rules."""
