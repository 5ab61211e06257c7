"""The review rules, one file each, in family folders; found by the registry."""
