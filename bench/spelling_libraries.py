"""Measure English spelling libraries for the `spelling` rule, and Afterword's own index.

Run: `.venv/bin/python bench/spelling_libraries.py` (a fresh process each time, so load
times include imports). Candidates that are not installed are reported as such:

* afterword: the index the rule uses (pyspellchecker's and SymSpell's word lists merged,
  plus `modern_words.txt`), cold (built from the lists) and warm (from the cache);
* pyspellchecker: `SpellChecker()` with its own `correction()`;
* symspellpy: `SymSpell.load_dictionary()` with `lookup()` at edit distance 2;
* pyenchant + Hunspell en_US and en_GB (needs libenchant-2-2, hunspell-en-us, hunspell-en-gb);
* spylls + the same Hunspell dictionaries (pure Python).

The word lists below are general business and technology vocabulary and common
misspellings, chosen from general knowledge (not from any test corpus).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass

MODERN = """workflow lifecycle onboarding stakeholder LinkedIn email Kubernetes roadmap cybersecurity
upskill teammate healthcare fintech telehealth analytics dataset dashboard backend frontend
microservices devops blockchain chatbot webinar podcast hashtag username scalable deliverables
rebranding omnichannel touchpoint codebase refactoring uptime rollout kanban standup mentee
cofounder nonprofit bootcamp hackathon spreadsheet geospatial wearable influencer skillset
mindset toolkit walkthrough signup recruiter headcount timesheet reimbursement smartphone
startup metadata livestream crowdsourcing upselling ecommerce offboarding runbook""".split()
UK = """colour organisation analyse centre programme travelled defence licence paediatric
anaesthesia manoeuvre catalogue favourite behaviour honoured modelling cancelled judgement
prioritise monetisation""".split()
MISSPELLED = """recieved oppurtunity accomodate collegues managment definately interveiw
seperate occured untill tommorow enviroment goverment neccessary wich thier greatful
appriciate experiance knowlege""".split()
TEXT = (
    "Thank you for meeting with me today about the Registered Nurse position on your cardiac "
    "step-down unit. I appreciated the walk past the telemetry monitoring station and hearing "
    "how your nurses escalate rhythm changes. You asked about my charting background. Although "
    "I have not used Epic, I moved our unit from paper records to a new system in 2024 and "
    "trained eleven colleagues on it, so I pick up new systems quickly. My four years on a "
    "cardiac floor, two of them as charge nurse, have prepared me well for the pace you "
    "described. I am very interested in joining the hospital and would welcome the next step "
    "in the process. I look forward to hearing from you about the timeline and next steps."
).split()
SUGGEST = ["recieved", "oppurtunity", "collaborashun", "internationalizaton", "xqzvbnmlkjhgfdsa"]


@dataclass
class Engine:
    name: str
    known: Callable[[str], bool]
    suggest: Callable[[str], str | None]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms" if seconds < 1 else f"{seconds:.2f} s"


def afterword(warm: bool) -> Engine:
    from afterword.language.spelling import Lexicon
    from afterword.language.spelling import index as spelling_index

    lex = Lexicon(spelling_index.load())
    return Engine(
        "afterword (warm cache)" if warm else "afterword (cold: built)",
        lex.knows,
        lambda w: lex.suggest(w).best,
    )


def afterword_lists_only() -> Engine:
    """The two word lists alone: no curated modern words, no UK or affix rules."""
    from afterword.language.spelling import index as spelling_index

    words: set[str] = set()
    for path in spelling_index.source_files():
        words.update(spelling_index._READERS[path.name](path))
    return Engine(
        "afterword lists only (no curated words, no rules)",
        lambda w: w.lower() in words,
        lambda w: None,
    )


def pyspellchecker() -> Engine:
    from spellchecker import SpellChecker

    sc = SpellChecker()
    return Engine("pyspellchecker", lambda w: not sc.unknown([w]), sc.correction)


def symspell() -> Engine:
    import importlib.resources

    from symspellpy import SymSpell, Verbosity

    sym = SymSpell(max_dictionary_edit_distance=2)
    path = importlib.resources.files("symspellpy") / "frequency_dictionary_en_82_765.txt"
    sym.load_dictionary(str(path), 0, 1)

    def suggest(w: str) -> str | None:
        found = sym.lookup(w.lower(), Verbosity.TOP, max_edit_distance=2)
        return found[0].term if found else None

    return Engine("symspellpy", lambda w: w.lower() in sym.words, suggest)


def enchant_hunspell() -> Engine:
    import enchant

    broker = enchant.Broker()
    dicts = []
    for tag in ("en_US", "en_GB"):
        broker.set_ordering(tag, "hunspell")  # Debian puts aspell first otherwise
        dicts.append(broker.request_dict(tag))
    return Engine(
        "pyenchant + hunspell",
        lambda w: any(d.check(w) for d in dicts),
        lambda w: next(iter(dicts[0].suggest(w)), None),
    )


def spylls_hunspell() -> Engine:
    from spylls.hunspell import Dictionary

    dicts = [Dictionary.from_files(f"/usr/share/hunspell/{tag}") for tag in ("en_US", "en_GB")]
    return Engine(
        "spylls + hunspell",
        lambda w: any(d.lookup(w) for d in dicts),
        lambda w: next(iter(dicts[0].suggest(w)), None),
    )


ENGINES: dict[str, Callable[[], Engine]] = {
    "afterword-cold": lambda: afterword(False),
    "afterword-warm": lambda: afterword(True),
    "afterword-lists": afterword_lists_only,
    "pyspellchecker": pyspellchecker,
    "symspellpy": symspell,
    "enchant": enchant_hunspell,
    "spylls": spylls_hunspell,
}


def measure(key: str) -> None:
    """Run in a child process: load one engine and print one result line."""
    start = time.perf_counter()
    try:
        engine = ENGINES[key]()
    except Exception as exc:  # not installed, no dictionary, ...
        print(f"{key}\tnot available: {type(exc).__name__}: {exc}".splitlines()[0])
        return
    load = time.perf_counter() - start
    runs = []
    for _ in range(5):
        t = time.perf_counter()
        for word in TEXT:
            engine.known(word.strip(".,"))
        runs.append(time.perf_counter() - t)
    check = statistics.median(runs)
    modern_unknown = [w for w in MODERN if not engine.known(w)]
    uk_unknown = [w for w in UK if not engine.known(w)]
    missed = [w for w in MISSPELLED if engine.known(w)]
    timings = []
    for word in SUGGEST:
        t = time.perf_counter()
        best = engine.suggest(word)
        timings.append(f"{word}->{best} {_ms(time.perf_counter() - t)}")
    print(
        f"{engine.name}\tload {_ms(load)}\tcheck {len(TEXT)} words {_ms(check)}"
        f"\tmodern unknown {len(modern_unknown)}/{len(MODERN)} {' '.join(modern_unknown)}"
        f"\tUK unknown {len(uk_unknown)}/{len(UK)} {' '.join(uk_unknown)}"
        f"\tmisspellings accepted {len(missed)}/{len(MISSPELLED)} {' '.join(missed)}"
        f"\tsuggest {'; '.join(timings)}"
    )


def main() -> None:
    if len(sys.argv) > 1:
        measure(sys.argv[1])
        return
    cache = tempfile.mkdtemp(prefix="afterword-bench-")
    env = {**os.environ, "AFTERWORD_CACHE_DIR": cache}
    for key in ENGINES:
        out = subprocess.run(
            [sys.executable, __file__, key], capture_output=True, text=True, env=env, check=False
        )
        line = out.stdout.strip() or out.stderr.strip().splitlines()[-1]
        print("\n   ".join(line.split("\t")))


if __name__ == "__main__":
    main()
