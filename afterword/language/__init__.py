"""The language layer: reading jotted fragments and notes, shared by compose and review."""
