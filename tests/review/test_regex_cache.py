"""Compiled rule patterns kept between runs (`review/regex_cache.py`), in fresh processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Reviews one note and prints what it found and how many patterns came from the cache file.
SCRIPT = """
import json, re
from afterword.review import Message, review, regex_cache
report = review(Message("Dear Priya,\\n\\nThanks for the tour. I wanna join ASAP.\\n\\nBest,\\nJo"))
print(json.dumps({
    "findings": [[f.rule, f.start, f.end] for f in report.findings],
    "from_file": regex_cache.primed,
    "same": re.compile(r"\\bASAP\\b", re.I).search("send it asap") is not None,
}))
"""


def run(cache: Path) -> dict[str, object]:
    env = dict(os.environ, AFTERWORD_CACHE_DIR=str(cache))
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def test_a_second_run_takes_its_patterns_from_the_file_and_finds_the_same(tmp_path: Path) -> None:
    first = run(tmp_path)
    assert first["from_file"] == 0
    assert list(tmp_path.glob("patterns-*.marshal")), "the first run keeps its patterns"
    second = run(tmp_path)
    assert second["from_file"] > 100
    assert second["findings"] == first["findings"]
    assert second["same"]


def test_a_damaged_file_is_ignored_and_replaced(tmp_path: Path) -> None:
    run(tmp_path)
    (kept,) = tmp_path.glob("patterns-*.marshal")
    kept.write_bytes(b"not marshal data")
    again = run(tmp_path)
    assert again["from_file"] == 0
    assert run(tmp_path)["from_file"] > 100
