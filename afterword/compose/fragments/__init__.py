"""The record's jotted fields as phrases a note can carry, or left out with the reason.

Each field is read once by the language layer (`afterword.language.jotted`), then shaped
for its slot: a topic into a noun phrase ("your plan for a chef's counter in the fall"), a
qualification into a clause after "I", a concern into its neutral subject ("the CPA") and
its answer into sentences, an improve entry into its addition only, rapport into a
sentence to the reader, the values into the company's own quoted words. What cannot be
said in good English is left out, with a reason and, when the user can fix it, an ask.
"""

from afterword.compose.fragments.phrased import Phrased, clean
from afterword.compose.fragments.preview import Preview, preview
from afterword.compose.fragments.reading import Reading

__all__ = ["Phrased", "Preview", "Reading", "clean", "preview"]
