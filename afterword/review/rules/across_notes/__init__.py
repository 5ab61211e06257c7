"""across_notes rules."""
