"""Measure NLP libraries for the language layer (`afterword/language/`) on jotted fragments.

Run: `.venv/bin/python bench/language_libraries.py` (each candidate in a fresh process, so
the times include its import). A candidate must install from PyPI and run with no download
at run time; one that is not installed, or that needs data it cannot fetch, is reported so.

The fragments are the first words of the topics and concerns in `../shared/corpus/records/`,
written out below with a part of speech labelled by hand (universal tags; a gerund with an
object, "moving accruals", is VERB; a noun used as a modifier, "storm duty", is NOUN). The
question for compose is what a fragment starts with: a noun phrase, a clause (a pronoun
subject, a verb), a negation or a question word.

* lemminflect: lemmas and inflections from tables in its wheel; it has no tagger, so a word is
  tagged by closed-class lists, capitals (PROPN) and lemminflect's own table of the parts of
  speech a word can have (NOUN first, since fragments are mostly noun phrases);
* nltk: `nltk.pos_tag` on the fragment (needs the averaged perceptron tagger's data, which the
  wheel does not ship and which cannot be downloaded here);
* spaCy is not measured: its English models are published outside PyPI, and the copies on
  PyPI are re-uploads by others, which the project does not install.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

LABELLED = [
    ("LOTO + switching orders", "PROPN"), ("why i want to leave inside wireman work", "ADV"),
    ("storm duty + callouts", "NOUN"), ("substation yard walk", "NOUN"),
    ("Class A CDL within six months", "NOUN"), ("no HV exp", "DET"),
    ("never done storm duty", "ADV"), ("switching orders", "NOUN"),
    ("he wants apprentices who ask questions", "PRON"), ("climbing school", "NOUN"),
    ("4 yr apprenticeship", "NUM"), ("portfolio review", "NOUN"),
    ("how they run crits", "ADV"), ("motion - more clients want animated logos", "NOUN"),
    ("Halden Brewery pitch", "PROPN"), ("limited motion exp", "ADJ"),
    ("mostly small local clients", "ADV"), ("commute/relocation??", "NOUN"),
    ("type crit on my wordmark", "NOUN"), ("she works from lisbon", "PRON"),
    ("discharge planning for pts w/o housing", "NOUN"), ("SNF placement delays", "PROPN"),
    ("mandated reporting", "ADJ"), ("Psychiatric patients boarding in the ED", "ADJ"),
    ("LCSW not yet", "PROPN"), ("dale worried abt burnout", "PROPN"),
    ("her plan to add a weekend SW", "PRON"), ("psych boarding in the ED", "NOUN"),
    ("what a typical ED shift looks like", "PRON"), ("tolerance stackup", "NOUN"),
    ("moving to Creo?? not decided yet", "VERB"), ("hasn't used Windchill", "AUX"),
    ("the new pump housing", "DET"), ("harmonizing CAD standards", "VERB"),
    ("trial prep", "NOUN"), ("calendaring deadlines", "VERB"), ("commute from long beach", "NOUN"),
    ("dynamic pricing for e-scooter rentals", "ADJ"), ("causal inference", "ADJ"),
    ("my thesis", "PRON"), ("only did internships", "ADV"), ("academic pace", "ADJ"),
    ("his team's pricing experiments", "PRON"), ("demand forecasting", "NOUN"),
    ("eviction diversion pilot", "NOUN"), ("rental assistance vs shelter beds", "ADJ"),
    ("working across depts", "VERB"), ("store walk", "NOUN"), ("shrink", "NOUN"),
    ("weekend coverage", "NOUN"), ("Holiday hiring plan", "NOUN"), ("relocation", "NOUN"),
    ("brunch launch in june", "NOUN"), ("food cost", "NOUN"), ("whole animal program", "ADJ"),
    ("Staff scheduling", "NOUN"), ("pastry is my weak spot", "NOUN"), ("month end close", "NOUN"),
    ("bank recs for 14 accts", "NOUN"), ("moving accruals off excel", "VERB"),
    ("NetSuite", "PROPN"), ("why she left public acctg", "ADV"), ("intercompany", "ADJ"),
]

_CLOSED = {
    "PRON": "i he she we they you it my his her their our your its what who".split(),
    "DET": "a an the this that these those no every each some any".split(),
    "ADV": "why how when where never only mostly not very also just".split(),
    "AUX": "is are was were has have had hasn't haven't didn't doesn't isn't can't won't".split(),
}


def _lemminflect_tag(fragment: str) -> str:
    from lemminflect import getAllLemmas

    word = fragment.split()[0].strip("?!.,")
    low = word.lower()
    for tag, words in _CLOSED.items():
        if low in words:
            return tag
    if word[:1].isdigit():
        return "NUM"
    tags = getAllLemmas(low)
    if word[:1].isupper() and (word.isupper() or not tags):
        return "PROPN"
    for tag in ("NOUN", "ADJ", "VERB", "ADV"):
        if tag in tags:
            return tag
    return "NOUN"


def _closed_only_tag(fragment: str) -> str:
    """The baseline without a library: closed-class words, digits, capitals, else NOUN."""
    word = fragment.split()[0].strip("?!.,")
    for tag, words in _CLOSED.items():
        if word.lower() in words:
            return tag
    if word[:1].isdigit():
        return "NUM"
    return "PROPN" if word[:1].isupper() else "NOUN"


def _nltk_tag(fragment: str) -> str:
    import nltk

    universal = {"NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "JJ": "ADJ", "VB": "VERB",
                 "VBG": "VERB", "VBD": "VERB", "VBZ": "VERB", "PRP": "PRON", "PRP$": "PRON",
                 "DT": "DET", "RB": "ADV", "WRB": "ADV", "WP": "PRON", "CD": "NUM"}
    tag = nltk.pos_tag(fragment.split())[0][1]
    return universal.get(tag, tag)


def _measure(name: str) -> dict[str, object]:
    """Run in a fresh process: import time, first call, then accuracy on every fragment."""
    import time

    started = time.perf_counter()
    try:
        if name == "lemminflect":
            import lemminflect  # noqa: F401

            tag = _lemminflect_tag
        elif name == "none":
            tag = _closed_only_tag
        else:
            import nltk  # noqa: F401

            tag = _nltk_tag
    except ImportError:
        return {"name": name, "error": "not installed"}
    imported = time.perf_counter()
    try:
        tag(LABELLED[0][0])
    except LookupError as exc:
        missing = re.search(r"Resource \W*(\w+)", str(exc))
        return {"name": name, "import_s": round(imported - started, 3),
                "error": "needs data it would download: "
                + (missing.group(1) if missing else str(exc))}
    first = time.perf_counter()
    right = sum(tag(fragment) == label for fragment, label in LABELLED)
    extra: dict[str, object] = {}
    if name == "lemminflect":
        from lemminflect import getInflection, getLemma

        pairs = [(("wants", "VERB"), "want"), (("did", "VERB"), "do"), (("drops", "VERB"), "drop"),
                 (("thinks", "VERB"), "think"), (("left", "VERB"), "leave"),
                 (("runs", "VERB"), "run"), (("refuses", "VERB"), "refuse")]
        lemmas = sum(getLemma(w, upos=p)[0] == want for (w, p), want in pairs)
        forms = [(("handle", "VBG"), "handling"), (("brief", "VBG"), "briefing"),
                 (("run", "VBG"), "running"), (("own", "VBG"), "owning"),
                 (("sit", "VBG"), "sitting"), (("present", "VBG"), "presenting")]
        inflected = sum(getInflection(w, tag=t)[0] == want for (w, t), want in forms)
        extra = {"lemmas": f"{lemmas}/{len(pairs)}", "gerunds": f"{inflected}/{len(forms)}"}
    return {"name": name, "import_s": round(imported - started, 3),
            "first_call_s": round(first - imported, 3),
            "accuracy": f"{right}/{len(LABELLED)}", **extra}


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        print(json.dumps(_measure(sys.argv[2])))
        return
    for name in ("none", "lemminflect", "nltk"):
        done = subprocess.run([sys.executable, __file__, "--one", name], capture_output=True,
                              text=True, check=True)
        print(done.stdout.strip())


if __name__ == "__main__":
    main()
