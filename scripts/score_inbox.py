#!/usr/bin/env python3
"""Per-kind precision and recall of reading replies (afterword.inbox.reading) on the labelled
mails in tests/inbox/data/, tune part and aside part in one run (see tests/inbox/corpus.py).

    .venv/bin/python scripts/score_inbox.py [--markdown] [--misses tune]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.inbox.corpus import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
