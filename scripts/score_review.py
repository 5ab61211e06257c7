#!/usr/bin/env python3
"""Per-rule precision, recall and F1 of the review on the dev corpus, the tune part and the
held-out part of the published-notes set, and the later sets (fresh, aside2, aside3, aside4,
aside5, aside6, aside7, aside8, aside10), in one run (see tests/review/published.py). Misfires can be listed for
the tuning parts (dev, tune, held-out, fresh, aside3, aside4, aside5 and aside6: see
docs/review.md), never for an aside set (aside2, aside7, aside8,
aside10).

    .venv/bin/python scripts/score_review.py [--markdown] [--misfires tune [--rule ID]]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.review.published import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
