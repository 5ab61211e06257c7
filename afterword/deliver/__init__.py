"""Deliver: the note in the form it leaves in (mail, a link, a printable card), and sending it."""
