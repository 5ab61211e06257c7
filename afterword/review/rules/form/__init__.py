"""form rules."""
