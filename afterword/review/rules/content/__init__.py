"""content rules."""
