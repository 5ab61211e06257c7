"""`Reading`: one record's jotted fields, read with its names and shaped for each slot."""

from __future__ import annotations

from afterword.compose.fragments.additions import AdditionReading
from afterword.compose.fragments.concerns import ConcernReading
from afterword.compose.fragments.rapport import RapportReading
from afterword.compose.fragments.topics import TopicReading
from afterword.compose.fragments.values import ValuesReading


class Reading(TopicReading, ConcernReading, AdditionReading, RapportReading, ValuesReading):
    """One record's jotted fields, read with its names and shaped for each slot."""
