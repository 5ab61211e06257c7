"""Store.transaction turns faults of the database into StoreError, and nothing else."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from afterword.model.record import Setting
from afterword.store.db import Store


def test_a_broken_constraint_reaches_the_caller_as_it_is(store: Store) -> None:
    # outbox.record_run relies on it: two dispatchers writing the same key at once is fine.
    with pytest.raises(IntegrityError), store.transaction() as session:
        session.add(Setting(key="dispatcher.last_run", value="1"))
        session.flush()
        session.add(Setting(key="dispatcher.last_run", value="2"))
        session.flush()
