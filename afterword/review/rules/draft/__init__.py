"""draft-language rules: the traces a jotted record leaves in a note."""
