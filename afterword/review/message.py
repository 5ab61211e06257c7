"""The review's input, as the spec's contract names it: a message and its context.

The classes live in the language layer (`afterword/language/message.py`), which reads notes
for compose and review alike; this module keeps the review's public name for them.
"""

from afterword.language.message import CHANNELS, KINDS, Context, Message, Previous, Recipient

__all__ = ["CHANNELS", "KINDS", "Context", "Message", "Previous", "Recipient"]
