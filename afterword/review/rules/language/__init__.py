"""language rules."""
