"""Afterword: everything a job candidate sends after the interview."""

__version__ = "0.1.0"
