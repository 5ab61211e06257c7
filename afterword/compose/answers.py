"""What a note says back to the reader about their own question: a concern that no note can
answer (and where the user may answer it instead), the question an improve entry adds to,
named as the reader would know it, and the sentence that leads into the addition.

An addition goes to whoever asked the question it improves. Said to them, it names the
question ("On your OOS question, ..."), and when the jotting says they corrected the
candidate it thanks them for it first ("Thank you for setting me straight on ..."); a lead
that names no question ("Looking back on one of my answers, ...") leaves the reader to
guess which answer is meant, so it is never written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from afterword.compose.facts import Person
from afterword.language import phrases as gr
from afterword.language.lexicon import rows

# The kinds of question an interview asks, as jotted, and how a note names each.
_KINDS = {"question": "question", "exercise": "exercise", "scenario": "scenario",
          "hypo": "hypothetical", "hypothetical": "hypothetical", "case study": "case study",
          "role play": "role play", "role-play": "role-play", "task": "task",
          "mock call": "mock call", "presentation": "presentation"}
_KIND = "|".join(sorted((re.escape(k) for k in _KINDS), key=len, reverse=True))
# Words that open a question quoted as it was asked ("'why PD and not private'").
_ASKING = re.compile(r"(?i)^(?:why|how|what|when|where|who|which|tell (?:me|us) about|"
                     r"walk (?:me|us) through|describe|give (?:me|us) an example of)\b")
# A question named by the note stays short: a longer one reads as a paragraph in a clause.
MAX_WORDS = 10


@cache
def _corrections() -> re.Pattern[str]:
    phrases = [cells[0] for cells in rows("corrections") if cells and cells[0]]
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?i)(?<![\w'])(?:{alternatives})(?![\w'])")


def corrected(jotted: str) -> bool:
    """Whether an improve entry says the interviewer corrected the candidate ("sunil
    corrected me nicely"), from `lexicons/corrections.tsv`."""
    return _corrections().search(jotted) is not None


def _from_asker(text: str) -> str:
    """A question as asked ("a time you disagreed with your manager") said by the candidate
    ("a time I disagreed with my manager")."""
    swaps = {"your": "my", "yours": "mine", "yourself": "myself"}

    def swap(m: re.Match[str]) -> str:
        word = m.group(1).lower()
        if word != "you":
            return swaps[word]
        # "you" before a verb is "I" ("a time you disagreed"); after one, or last, it is "me"
        # ("a time someone doubted you").
        after = text[m.end():].split()[:1]
        return "I" if after and gr.is_past(after[0].lower()) or after and after[0].lower() in {
            "were", "had", "have", "did", "would", "could", "made", "felt", "led", "are", "can",
            "will", "couldnt", "couldn't", "didnt", "didn't", "cant", "can't", "cannot",
            "wouldnt", "wouldn't", "should", "might"} else "me"

    return re.sub(r"(?i)\b(you|your|yours|yourself)\b", swap, text)


def question_named(pieces: list[str]) -> str | None:
    """The question an improve entry is about, from its jotted pieces (spelled out), as a
    noun phrase with its article: "OOS question" -> "the OOS question"; "'evaluation'
    question" -> "the evaluation question"; "the ethics hypo about a client ..." -> "the
    ethics hypothetical"; "bar raiser question on 'a time research didn't change
    anything'" -> "the question about a time research didn't change anything"; "'tell us
    about a time you disagreed with a captain'" -> "the question about a time I disagreed
    with a captain"; "'why PD and not private'" -> "the question of why PD and not
    private". None when no piece names one."""
    for piece in pieces:
        piece = piece.strip().rstrip(".")
        by_asker = _asked_about(piece)
        if by_asker:
            return by_asker
        quoted = re.fullmatch(r"['\u2018\u201c\"](.+?)['\u2019\u201d\"]", piece)
        if quoted and _ASKING.match(quoted.group(1)):
            return _asked(quoted.group(1))
        if re.match(r"(?i)(?:how|why|what|when)\s+(?:I|my|to)\b", piece) and \
                len(piece.split()) <= MAX_WORDS:
            # "How I handle a failed deployment": the question as its answer's subject.
            return f"the question of {piece[0].lower()}{piece[1:]}"
        on = re.search(rf"(?i)\b(?:{_KIND})\s+(?:on|about)\s+['\u2018\u201c\"](.+?)"
                       r"['\u2019\u201d\"](?=\s|$|[,.;:-])", piece)
        if on:
            said = _from_asker(on.group(1))
            return f"the question about {said}" if len(said.split()) <= MAX_WORDS else None
        m = re.search(rf"(?i)^(?:(?:the|a|an|that|his|her|their)\s+)?(.*?)\b({_KIND})\b"
                      r"((?:\s+(?:on|about|for)\s+[^,;'\u2018\u201c\"]+)?)", piece)
        if not m:
            continue
        label = m.group(1).strip()
        # "dev's 'walk me through a cat event' q": whose question it was is no part of it.
        label = re.sub(r"^[\w-]+['\u2019]s\s+(?=['\u2018\u201c\"])", "", label)
        # "no start scenario": a trade's "no-X" (no-start, no-show, no-fault) names it.
        label = re.sub(r"(?i)^no\s+(?=[a-z]+$)", "no-", label)
        kind = _KINDS[m.group(2).lower()]
        tail = m.group(3).strip()
        # Scare quotes around a short label are the jotting's ("'evaluation' question"); a
        # longer quotation is the task as set ("the “write a bug report live” exercise").
        inner = re.fullmatch(r"['\u2018\u201c\"](.+?)['\u2019\u201d\"]", label)
        if inner and _ASKING.match(inner.group(1)) and kind == "question":
            asked = _asked(inner.group(1))  # "the 'tell me about a time ...' q"
            if asked:
                return asked
            continue
        if inner:
            if not inner.group(1).strip():
                continue  # "the ' ' question": quotes around nothing name nothing
            label = inner.group(1).strip() if len(inner.group(1).split()) <= 3 else \
                f"\u201c{inner.group(1).strip()}\u201d"
        if re.search(r"['\u2018\u201c\"]", label.replace("\u201c", "").replace("\u201d", "")):
            continue
        # "blanked on the budget q", "fumbled the weather q": what was asked starts after the
        # last article (or the preposition after a verb in the past).
        told = None if label.startswith("\u201c") else re.match(
            r"(?i)^.*\b(?:the|a|an|that|this|his|her|their)\s+(.+)$", label) or (
            re.match(r"(?i)^\S+\s+(?:on|about|with|at)\s+(.+)$", label)
            if label and gr.is_past(label.split()[0].lower()) else None)
        if told:
            label = told.group(1)
        if label and (gr.has_clause_verb(label.split()) or
                      label.split()[0].lower() in {"i", "he", "she", "they", "we", "no", "any"}):
            continue  # "didn't ask any question": a clause about the interview, no question
        if tail and (len(f"{label} {kind} {tail}".split()) > MAX_WORDS or
                     re.search(r"(?i)\b(?:me|he|she|they|who|which|that)\b", tail)):
            tail = ""  # "about a client who tells me ...": the kind alone names it
        named = " ".join(w for w in (label, kind, tail) if w)
        if not label and not tail and kind in {"question", "task"}:
            # "the question" alone names nothing; "the mock call" does, and so does "the
            # scenario" to the one who set it ("your scenario": an interview sets one or two)
            continue
        if len(named.split()) > MAX_WORDS:
            continue
        return f"the {named}"
    return None


def _asked_about(piece: str) -> str | None:
    """The question named by who asked it ("dr mehra asked what i'd do w/ a 1-3s on the chem
    analyzer" -> "the question of what I would do with a 1-3s on the chem analyzer"; "when
    engr obi ask me about final account on project that overrun" -> "the question about the
    final account"; "when aoife asked 'works on my machine'" -> "the “works on my machine”
    question"). None when the piece says no one asked."""
    m = re.search(r"(?i)\b(?:asked|ask|asks)\s+(?:me\s+|us\s+)?(?:(?:about|abt|on)\s+(?P<about>[^,;]+)|"
                  r"(?P<wh>what|how|why|whether)\s+(?P<rest>[^,;?]+)|['\u2018\u201c\"](?P<q>[^'\u2019"
                  r"\u201d\"]+)['\u2019\u201d\"])", piece)
    if not m:
        return None
    if m.group("q"):
        quoted = m.group("q").strip()
        if _ASKING.match(quoted):
            return _asked(quoted)
        return f"the \u201c{quoted}\u201d question" if len(quoted.split()) <= 5 else None
    if m.group("about"):
        # The matter up to where the jotting tells the story ("on project that overrun").
        about = re.split(r"\s+(?:on|that|which|who|when|where|for|in|and|but|so|i)\b",
                         m.group("about").strip(), maxsplit=1)[0].strip()
        words = about.split()
        if not words or len(words) > 4 or gr.has_clause_verb(words):
            return None
        if words[0].lower() not in gr.DETERMINERS:
            about = f"the {about}"
        return f"the question about {about}"
    said = _from_asker(f"{m.group('wh')} {m.group('rest').strip()}")
    said = re.sub(r"(?i)\bI['\u2019]d\b", "I would", said)
    said = re.sub(r"(?i)(?<![\w'])i(?![\w'])", "I", said)
    named = f"the question of {said[0].lower()}{said[1:]}"
    if _CHAT.search(named):
        return None  # "w/", "u": shorthand a note cannot carry
    return named if len(named.split()) <= MAX_WORDS + 5 else None


# Chat shorthand no question named in a note may keep ("how do u give feedback").
_CHAT = re.compile(r"(?i)(?<![\w'])(?:u|ur|r|abt|thru|w/|b/c|pls|ppl|bc|y)(?![\w'])")


def _asked(question: str) -> str | None:
    question = question.strip().rstrip("?")
    # "how do u give feedback to agent older than you": what is asked about, "giving
    # feedback to ..."; any other chat shorthand keeps the question out.
    how = re.match(r"(?i)how\s+(?:do|would|did|should|can)\s+(?:you|u)\s+([a-z]+)\b(.*)$", question)
    if how and gr.is_verb(how.group(1).lower()):
        question = f"about {gr.gerund(how.group(1).lower())}{how.group(2)}"
        said = _from_asker(question)
        said = re.sub(r"(?i)\b(to|with|for)\s+(agent|customer|client|patient|colleague|"
                      r"manager|student|employee|member|user|guest)\b",
                      lambda m: f"{m.group(1)} an {m.group(2)}" if m.group(2)[0] in "aeiou"
                      else f"{m.group(1)} a {m.group(2)}", said)
        if _CHAT.search(said):
            return None
        named = f"the question {said}"
        return named if len(named.split()) <= MAX_WORDS + 3 else None
    if _CHAT.search(question):
        return None
    said = _from_asker(question)
    tell = re.match(r"(?i)(?:tell (?:me|us) about|give (?:me|us) an example of|describe)\s+(.+)$",
                    said)
    if tell:
        said = f"the question about {tell.group(1)}"
    elif (walk := re.match(r"(?i)walk (?:me|us) through\s+((?:an?|the|my|one)\s+.+)$", said)):
        # "walk me through a cat event": the question is about what is walked through.
        said = f"the question about {walk.group(1)}"
    elif re.match(r"(?i)walk (?:me|us) through\s+", said):
        return None  # "walk me through how ...": the task, not a subject
    else:
        said = f"the question of {said[0].lower()}{said[1:]}"
    return said if len(said.split()) <= MAX_WORDS + 3 else None


# Frames that say the rest is what the candidate would say: "I'd say:", "what I meant:".
_SPOKEN = re.compile(r"(?i)^\s*(?:I['\u2019]?d say|I would say|I should(?:['\u2019]ve| have) said|I['\u2019]d tell (?:them|you|her|him)|"
                     r"what I (?:meant|should have said|would say now|'d say now)|my answer|"
                     r"(?:the )?short version|a real one|(?:a )?better answer)\s*:\s*(\S.*)$")


def spoken(text: str) -> str | None:
    """What follows a frame of speech ("I'd say: the study was right but I shared it too
    late. since then I run ..."), as sentences: each opens on a capital and the last ends on a
    full stop. None without such a frame."""
    m = _SPOKEN.match(text)
    if not m:
        return None
    said = re.sub(r"(?<![\w'])i(?=\s|['\u2019](?:d|m|ve|ll)\b)", "I", m.group(1).strip())
    said = re.sub(r"(^|[.!?]\s+)([a-z])", lambda c: c.group(1) + c.group(2).upper(), said)
    return said if said.endswith((".", "!", "?")) else f"{said}."


def measure_before_noun(text: str) -> str:
    """A measure between an article and its noun is one hyphenated word, in the singular:
    "a 30 minutes 'early signals' readout" -> "a 30-minute 'early signals' readout"."""
    return re.sub(r"(?i)\b(an?|the|each|every)\s+(\d+|[a-z]+)\s+(minute|hour|day|week|month|"
                  r"year)s?\s+(?=['\u2018\u201c]?[a-z])(?!(?:of|in|on|at|to|for|and|or|with|"
                  r"ago|later|before|after)\b)",
                  lambda m: f"{m.group(1)} {m.group(2)}-{m.group(3).lower()} ", text)


def weak_points(concerns: list[str]) -> list[str]:
    """What the record's concerns say the candidate has instead ("never tried a jury trial,
    only 2 bench trials" -> "2 bench trials"): a line of fit that says only this restates
    the weakness ("My record includes two bench trials."), so it is used last."""
    out = []
    for concern in concerns:
        # One space a gap first: on a long run of spaces the split's \s* retries quadratically.
        for piece in re.split(r"\s*[,;/]\s*|\s+[-\u2013]\s+", " ".join(concern.split())):
            m = re.match(r"(?i)(?:only|just|mostly|all)\s+(.+)$", piece.strip())
            if m:
                out.append(m.group(1))
    return out


def with_its_ground(answer: str, concern: str) -> str:
    """An answer that leans on what the concern names as the candidate's instead ("no
    fintech exp, only healthtech": "Both serve first-time smartphone users ...") says that
    ground first, or "both" refers to nothing: "My work so far is in healthtech; both serve
    ..."."""
    if not re.match(r"(?:Both|The two|Each)\b", answer):
        return answer
    ground = next((w for w in weak_points([concern]) if len(w.split()) <= 4
                   and re.fullmatch(r"[\w' -]+", w)), None)
    if ground is None or ground.lower() in answer.lower():
        return answer
    return f"My work so far is in {ground}; {answer[0].lower()}{answer[1:]}"


def as_would(text: str, imperative: Callable[[str], bool]) -> str | None:
    """Advice written out as imperatives, sentence by sentence ("Pay for the first night and
    the taxi, ... Then look at why we overbooked."), as what the candidate would do ("I would
    pay ... Then I would look ..."). None unless it is written out (a capital, a full stop)
    and every sentence opens on a verb of advice (after "Then", "First", "Finally" ...)."""
    text = text.strip()
    if not (text[:1].isupper() and text.endswith(".")):
        return None
    out = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        m = re.match(r"((?:Then|First|Next|Finally|After that|Afterwards),?\s+)?([A-Za-z]+)\b(.*)$",
                     sentence)
        if not m or not imperative(m.group(2).lower()):
            return None
        lead = m.group(1) or ""
        said = f"I would {m.group(2).lower()}{m.group(3)}"
        out.append(f"{lead}{said}" if lead else said)
    return " ".join(out)


def yours(about: str) -> str:
    """ "the OOS question" said to whoever asked it: "your OOS question"."""
    return re.sub(r"^the\s+", "your ", about) if about.startswith("the ") else about


# Leads into an addition, by who reads it. "{about}" is the question's noun phrase.
_THANKED = ("Thank you for setting me straight on {about}.",
            "Thank you, too, for correcting me on {about}.")
# Confident, and saying what follows: a coach read "I would like to add something." (the
# same stock line in four notes) as filler before the part that matters.
_ASKED = ("I would like to complete my answer to {yours}.",
          "I have thought more about {yours} since we spoke.")
_TOLD = ("I would like to complete my answer to {about}.",
         "I have thought more about {about} since we spoke.")


def addition_lead(about: str, index: int, *, theirs: bool, was_corrected: bool) -> str:
    """The sentence before an addition: thanks for a correction, to the reader who made it;
    their own question named as theirs; else the question named."""
    bank: tuple[str, ...]
    if theirs and was_corrected:
        bank = _THANKED
    elif theirs:
        bank = _ASKED
    else:
        bank = _TOLD
    if len(about.split()) > 5:
        bank = bank[:1]  # "I have thought more about the question of why ... since we spoke"
    return bank[index % len(bank)].format(about=about, yours=yours(about))


def unplaced_asked(concern: str, person: Person, channel: str) -> str:
    """The record's line for a concern whose asker's note has no room for an answer (a card,
    an invitation): never answered in a colleague's note, so the user is told where to."""
    name = person.given_name
    if channel == "handwritten":
        where = (f"{name}'s note is a card, which has no room for it; answer it in a short "
                 f"e-mail to {name}, or in your next conversation with them")
    else:
        where = (f"{name}'s note is a LinkedIn invitation, which has no room for it; answer it "
                 f"in a message to {name} once the invitation is accepted")
    return f"the concern \u201c{concern}\u201d that {name} raised is answered in no note: {where}"


def unplaced_logistics(concern: str, recruiter: str | None = None) -> str:
    """The record's line for a concern a thank-you leaves out as logistics (shifts, pay,
    where one lives or is posted): said, so the user knows it was not forgotten, with where
    such a question is settled instead (the recruiter, by name when the record has one)."""
    who = recruiter or "the recruiter"
    return (f"the concern \u201c{concern}\u201d is answered in no note, as a thank-you "
            "leaves terms (hours, pay, where you live or work) to the hiring conversation; if "
            f"it is still open, settle it with {who} when you next speak")


# A comparison a concern is jotted as ("mostly federal court, less state court e-filing",
# "mostly consumer lending not commercial", "more residential than commercial"): the side
# the candidate has less of is what the concern is about.
_MOSTLY = r"(?:mostly|mainly|largely|primarily|all|always)"
_LESS = r"(?:less|fewer|little|not much|not a lot of|hardly any|not|no|never)"
_COMPARED = (
    re.compile(rf"(?i)^{_MOSTLY}\s+(?P<have>.+?)\s*(?:,|;|\bbut\b|\band\b|\s)\s*{_LESS}\s+"
               r"(?P<less>.+?)(?:\s+(?:exp|experience))?$"),
    re.compile(r"(?i)^more\s+(?P<have>.+?)\s+than\s+(?P<less>.+?)(?:\s+(?:exp|experience))?$"),
    re.compile(rf"(?i)^{_LESS}\s+(?P<less>.+?)\s*(?:,|;|\bthan\b)\s*(?:{_MOSTLY}|more)\s+"
               r"(?P<have>.+)$"),
)


def compared(concern: str) -> str | None:
    """The side a comparison names as the candidate's thinner one: "mostly federal court,
    less LA superior court e-filing" -> "LA superior court e-filing"; "mostly consumer
    lending not commercial" -> "commercial lending" (an adjective alone takes the head noun
    of what it is compared with); "mostly residential, less commercial" -> "commercial
    work". None when the concern is no such comparison."""
    text = " ".join(concern.split()).strip(" .")
    for pattern in _COMPARED:
        m = pattern.match(text)
        if not m:
            continue
        less = m.group("less").strip(" ,;")
        have = m.group("have").strip(" ,;").split()
        if not less or len(less.split()) > 6 or re.search(r"(?i)\b(?:than|but|vs)\b", less):
            return None
        words = less.split()
        nouns = gr._lemmas(words[0].lower()).get("NOUN") or ()
        plural = bool(nouns) and words[0].lower() not in nouns
        adjective = "ADJ" in gr._lemmas(words[0].lower())
        if len(words) == 1 and not plural and (len(have) > 1 or adjective):
            last = have[-1].lower() if len(have) > 1 else ""
            # "consumer lending": its head noun (a gerund is one) goes with "commercial".
            head = have[-1] if last and "ADJ" not in gr._lemmas(last) and (
                "NOUN" in gr._lemmas(last) or last.endswith("ing")) else "work"
            less = f"{less} {head}"
        return less
    return None


# Words any concern and answer may share that say nothing of the matter.
_SHARED_NOTHING = frozenset(
    "experience work working worked have has had been done doing with from that this than "
    "they their there about more most less only mostly never year years month months week "
    "weeks hour hours minute minutes time times also just some much".split())
# Pronouns that need the matter named before them ("I have used it daily since").
_NEEDS_ANTECEDENT = re.compile(r"(?i)\b(?:it|them|these|those|both|the two|either|neither)\b")


def _stem(word: str) -> str:
    word = word.casefold()
    for end in ("ing", "ed", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return word


def _matter_words(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[^\W_][\w'-]*", text)
            if (len(w) >= 4 or w.isupper() and len(w) >= 2 or re.fullmatch(r"\d+(?:st|nd|rd|th)", w))
            and w.casefold() not in _SHARED_NOTHING}


def stands_alone(concern: str, answer: str) -> bool:
    """Whether an answer says what it answers without the concern named before it: it
    names the concern's matter itself ("teens can be a tough crowd": "I volunteered at a
    teen drop-in center for two years") and leans on no word that needs the matter said
    first ("I have used it daily"). A note that cannot name a concern's subject can still
    give such an answer, on its own."""
    if _NEEDS_ANTECEDENT.search(answer):
        return False
    return bool(_matter_words(concern) & _matter_words(answer))


def leans_on_nothing(answer: str) -> bool:
    """Whether an answer needs no matter named before it ("I have used it daily" does)."""
    return not _NEEDS_ANTECEDENT.search(answer)


_NOT_A_TERM = frozenset("i it he she they we you there if when while because so and or but "
                        "what which who that this".split())


def defined(piece: str) -> str | None:
    """A term defined with an equals sign, as a sentence: "power = chance of detecting a
    real effect" -> "Power is the chance of detecting a real effect"; "alpha = false
    positive rate" -> "Alpha is the false positive rate". None unless the piece is a short
    term, "=", and a noun phrase (never a figure: "cost = $4")."""
    # The jotted reader spells "=" as "is": "power is chance of ..." (no article) is read so.
    m = re.fullmatch(r"\s*([A-Za-z][\w'-]*(?:\s+[\w'-]+){0,2}?)\s*(?:=|\bis\b)\s*"
                     r"([a-z][\w' ,()%.-]*?)\s*", piece)
    if not m or {w.lower() for w in m.group(1).split()} & (gr.DETERMINERS | _NOT_A_TERM) or \
            "," in m.group(2):
        return None  # "If it is late, the visit stops": a condition, no term defined
    term, meaning = m.group(1), m.group(2)
    words = re.sub(r"\([^)]*\)", "", meaning).split()
    if len(words) < 2 or words[0] in gr.DETERMINERS or gr.has_clause_verb(words[:3]) or \
            "NOUN" not in gr._lemmas(words[-1].strip(",.").lower()):
        return None
    meaning = f"the {meaning}"
    return f"{term[0].upper()}{term[1:]} is {meaning}"


# Words before a bare duration that make it no length of time something went on ("in my
# first 3 years", "the last two years", "over 5 years").
_NOT_BEFORE_DURATION = frozenset(
    "first last past next previous the my our those these over in for after within about "
    "around nearly almost only just than of and or".split())


def for_duration(sentence: str) -> str:
    """A bare duration after what was done takes "for": "I taught honors chemistry 3
    years." -> "I taught honors chemistry for 3 years." ("in my first 3 years", "3 years
    ago" keep their words)."""
    def add(m: re.Match[str]) -> str:
        before = m.group(1)
        if before.casefold() in _NOT_BEFORE_DURATION or before[:1].isdigit():
            return m.group()
        return f"{before} for {m.group(2)}"

    return re.sub(r"\b([A-Za-z][\w'-]*) ((?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                  r"a few|several) (?:years?|months?|weeks?))(?=[.,;]|$| and\b)", add, sentence)


_PLACE_ADVERBS = frozenset("here there now often always usually sometimes really".split())


def present_clause(words: list[str]) -> int | None:
    """Where the verb of a clause in the present is, in a concern jotted as a remark about
    the place ("audits here take forever", "the clinic runs on paper charts", "new hires
    quit fast"): a noun phrase, a verb that agrees with it, then more than the verb and no
    noun right after it (so "patient transfers experience" and "sepsis bundles" are things,
    not clauses). None when there is none."""
    lowered = [w.lower().strip(",.") for w in words]
    for i in range(1, len(lowered) - 1):
        word = lowered[i]
        verbs = gr._lemmas(word).get("VERB") or ()
        before = [w for w in lowered[:i] if w not in _PLACE_ADVERBS]
        if any(w not in gr.DETERMINERS and "NOUN" not in gr._lemmas(w) and
               "ADJ" not in gr._lemmas(w) for w in before):
            return None  # something other than a noun phrase before it: not this shape
        nouns = gr._lemmas(before[-1]).get("NOUN") or () if before else ()
        if not verbs or not nouns or word in gr.DETERMINERS or word in gr.PREPOSITIONS:
            continue
        head = before[-1]
        plural_head = head not in nouns or head in {"people", "staff", "children"}
        third = word.endswith("s") and word not in verbs  # "runs", "spikes"
        base = word in verbs and (not gr.is_past(word) or word in {"quit", "put", "cut", "set"})
        after = lowered[i + 1]
        if "NOUN" in gr._lemmas(after) and not {"ADV", "ADJ"} & set(gr._lemmas(after)) \
                and after not in gr.PREPOSITIONS:
            continue  # "patient transfers experience": nouns, not a clause
        if (third and not plural_head) or (base and plural_head):
            return i
    return None
