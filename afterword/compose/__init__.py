"""Compose: a distinct, personal draft for every interviewer, drawn from the record and never invented."""
