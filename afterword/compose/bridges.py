"""Which of a reader's topics a qualification speaks to, and the sentence that ties them.

A qualification fits a reader when it shares a content word with what they discussed: the
same lemma ("schedules" and "scheduled", "nursing" and "nurse", "leads" and "led", from
lemminflect's tables), the same first five letters ("supervise" and "supervisor"), the same
acronym ("ADP", "CT"), or the same kind of work in other words (`lexicons/kin.tsv`: "the
budget" and "saved the client ₦38m", "late deliveries" and "on-time delivery"); function
words ("within", "every", "about") never make a fit. A fitting qualification that shares a word
of the topic's own (not a kind of work alone) is said with a bridge that names
the topic ("Since we talked about your plan for a shift huddle, it may help to know that I
..."), in a wording no other note of the panel used; never a stock tail after the claim.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from afterword.language import phrases as gr
from afterword.language.inflections import lemmas
from afterword.language.lexicon import rows

# Words that say nothing of a topic or a claim, though long enough to look like content.
_EMPTY = frozenset(
    "about above after again against along also among around because been before being "
    "below between both could does doing down during each every from have having here into "
    "just last least less made many more most much must next once only other over same "
    "should since some such than that their them then there these they this those through "
    "under until very were what when where which while will with within without would your "
    "years year bring brought spent experience plan goal question team role work "
    # Light verbs: "finding someone for the role" is no matter of "found 23 bugs".
    "find finds found finding get gets getting make makes making take takes taking took "
    "keep keeps kept need needs needed want wants wanted give gave given look looking "
    "come came know knew think thought going "
    # When, not what: "monthly date checks" says nothing of "the audit next month".
    "month months monthly week weeks weekly daily annual annually today tomorrow "
    "spring summer autumn winter "
    # Whose, not what: "the firm's history" and "a 12-attorney firm" share no matter.
    "firm firms company companies business employer organisation organization".split())


@cache
def _kinds() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """`kin.tsv`: each kind of work and the pattern of its words, matched whole."""
    out = []
    for kind, alternatives in (cells[:2] for cells in rows("kin")):
        # "#" in a phrase is any number: "opened # accounts" matches "opened 312 accounts".
        words = [re.escape(w.rstrip("*")).replace(r"\ ", r"\s+").replace(r"\#", r"~?\d[\d,.]*k?")
                 + (r"\w*" if w.endswith("*") else "")
                 for w in alternatives.split("|") if w]
        out.append((f"~{kind}", re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])")))
    return tuple(out)


# A sum of money as jotted ("₦38m", "$1,200", "£18k"): the money kind, whatever the words.
_MONEY = re.compile(r"[£$₦€¥]\s?\d")


def kinds(text: str) -> set[str]:
    """The kinds of work a text speaks of ("~money", "~delay"), from `kin.tsv`."""
    low = " ".join(text.lower().split())
    found = {kind for kind, pattern in _kinds() if pattern.search(low)}
    return found | ({"~money"} if _MONEY.search(text) else set())


@lru_cache(maxsize=4096)
def roots(text: str) -> frozenset[str]:
    """A text's content words, each as its lemmas and its first five letters; its acronyms
    ("ADP", "CT"); and the kinds of work it speaks of (`kinds`)."""
    out: set[str] = kinds(text)
    out.update(a.lower() for a in re.findall(r"(?<![\w-])([A-Z][A-Z0-9]+)s?(?![\w-])", text))
    for word in re.findall(r"(?<![A-Za-z])[a-z]{3}(?![A-Za-z])", text):
        # "led", "ran": a short verb counts by a lemma long enough to mean something ("lead").
        found = lemmas(word)
        out.update(lemma for pos, forms in found.items() if pos in ("VERB", "NOUN")
                   for lemma in forms if len(lemma) >= 4 and lemma not in _EMPTY)
    for word in re.findall(r"[A-Za-z]{4,}", text):
        w = word.lower()
        if w in _EMPTY or w in gr.PREPOSITIONS or w in gr.DETERMINERS:
            continue
        found = lemmas(w)
        if found and set(found) <= {"ADV", "ADP", "DET", "PRON", "AUX", "CCONJ", "SCONJ"}:
            continue
        out.add(w[:5])
        out.update(lemma for forms in found.values() for lemma in forms if len(lemma) >= 4)
    return frozenset(out)


def shared(topic: str, clause: str, common: frozenset[str] | set[str] = frozenset()) -> int:
    """How much a topic and a qualification share, beyond `common` (the role's and the
    company's words, which fit every reader alike): `weight` of their shared roots."""
    return weight((roots(topic) & roots(clause)) - common)


def weight(found: set[str] | frozenset[str]) -> int:
    """How much shared roots weigh: a word counts once by its lemma and once by its first
    letters, so a kind of work (one root) counts twice, as a word does."""
    return sum(2 if r.startswith("~") else 1 for r in found)


def topic_for(clause: str, topics: list[str],
              common: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The topic of this note a qualification speaks to best (the first on a tie), or None;
    a topic too long to name again in a bridge, or one that is a question ("your question
    about ..."), is not bridged to."""
    best, most = None, 0
    for topic in topics:
        n = shared(topic, clause, common)
        # The claim's own clause must speak to it: "brought a school job in early, and no
        # lost-time incidents" is about the schedule, though its tail shares safety; "...,
        # where I wrote zoning code updates" is the claim's own deed.
        if n > most and len(topic.split()) <= 8 and not re.match(r"(?i)your question\b", topic) \
                and worded(core(topic), re.split(r", (?!where I\b|and I\b)", clause)[0], common) \
                and not other_kind(core(topic), clause, common):
            best, most = topic, n
    return best


def worded(topic: str, clause: str, common: frozenset[str] | set[str]) -> bool:
    """Whether a topic and a claim share a word of their own, not a kind of work alone: a
    kind makes a fit worth choosing ("the budget" and "saved the client ₦38m"), but a bridge
    that calls the claim work on the topic needs the topic's own matter in it (a coach read
    "The cost reporting format is something I know from my own work: I saved the client
    ₦38m", and "On valuations ..., I handled final accounts")."""
    return any(not r.startswith("~") for r in (roots(topic) & roots(clause)) - common)


def other_kind(topic: str, clause: str, common: frozenset[str] | set[str]) -> bool:
    """Whether a topic and a claim share only the topic's head noun, named for another
    thing: "the pantry reports" and "automated the monthly risk report" (a bank's) are both
    reports, but "On the pantry reports, I automated the monthly risk report" ties the claim
    to work it was not (a coach read it as made up)."""
    words = re.findall(r"[A-Za-z][A-Za-z']*", topic)  # "nurse-led" is "nurse" and "led"
    if len(words) < 2:
        return False
    shared_ = {r for r in (roots(topic) & roots(clause)) - common if not r.startswith("~")}
    head = roots(words[-1])
    # The words that say which one (an adjective too: "annual", "pantry"), by their stems.
    said = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]{3,}", clause)}
    named = [w.lower() for w in words[:-1] if len(w) > 2 and w.lower() not in gr.DETERMINERS
             and w.lower() not in {"your", "our", "their", "his", "her", "its", "new", "the",
                                   "and"}]

    def named_in_clause(w: str) -> bool:
        # "cutting" for "cut", "sourdough" for "dough": the same word, or its compound.
        return any(w.startswith(c) or len(c) > 3 and w.endswith(c) or c.startswith(w.rstrip("s"))
                   for c in said)

    return bool(shared_) and shared_ <= head and bool(named) and \
        not any(named_in_clause(w) for w in named)


def core(topic: str) -> str:
    """What a topic is about, without where or when: "fatigue on 12-hour night shifts" ->
    "fatigue"; "your plan to move everyone to Windows 11" -> "moving everyone". A bridge
    needs a claim that speaks to this part: "led the night shift crew" shares the night
    shift with "fatigue on night shifts", yet says nothing of fatigue."""
    said = doing(topic) or matter(topic) or topic
    words = said.split()
    for n, word in enumerate(words[1:], start=1):
        if word.lower() in gr.PREPOSITIONS or word.lower() in {"who", "that", "which", "when",
                                                                "while", "where", "because"}:
            return " ".join(words[:n])
    return said


# Each names the reader's topic in their words and says the claim after it, in a wording
# no other note of the panel used: never a stock "it may help to know" nor a tail after
# the claim. {t}: the topic; {T}: capitalised; {be}: "is" or "are" by its head noun; {S}:
# the claim as a sentence ("I cut ...").
_LEADS = (
    "On {t}, {S}",
    "{T} {be} close to work I have done: {S}",
    "Our conversation about {t} brought my own work to mind: {S}",
    "What you said about {t} is close to my own experience: {S}",
)
# A topic the note's thanks already named comes back by its head ("the backlog").
_BACK = (
    "On {t}, {S}",
    "{T} {be} something I know from my own work: {S}",
    "What you said about {t} is close to my own experience: {S}",
)
# A plan or goal named by what it would do ("moving everyone to Windows 11 by June").
_DOING = (
    "{T} is close to work I have done: {S}",
    "{T} is work I know well: {S}",
)
# A credential held ("I hold a ServSafe manager certification") is no work done: it is said
# as what the reader's matter calls for.
_HELD = (
    "With {t} in mind, I would add that {S}",
    "Given {t}, it may help that {S}",
)
# An event ("the DVSA audit in March") is no kind of work one knows: no "is close to work".
_WHEN = re.compile(r"(?i)\b(?:(?:last|next|this)\s+(?:week|month|year|spring|summer|fall|autumn|"
                   r"winter|quarter|term)|(?:in|by|until|from)\s+(?:jan|feb|mar|apr|may|jun|jul|"
                   r"aug|sep|oct|nov|dec|q[1-4]\b|\d)|yesterday|tomorrow|coming)")
# A bridge and its claim in one sentence stay readable up to this many words.
_LONGEST = 34

# "your plan to move everyone to Windows 11", "the team's goal to cut ...": what it would do.
_PLAN_TO = re.compile(r"(?i)^(?:your|the team's|your team's|the)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:plan|plans|goal|aim|target|push|idea|ambition|drive)\s+to\s+"
                      r"([a-z]+)\b(.*)$")
# A plan or goal named by its head alone says nothing ("your plan"): bridged by what it does.
_VAGUE_HEAD = re.compile(r"(?i)^(?:your|the team's|your team's|the|our)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:plan|plans|goal|goals|aim|target|push|idea|ambition|vision|"
                         r"question|point|focus|wish)\b")


def head(topic: str) -> str:
    """A topic named again, by its head: "the backlog of old tickets" -> "the backlog";
    "the incident process" stays whole; a head that would drop who is meant ("a sous who
    can teach") is not taken."""
    words = topic.split()
    for n, word in enumerate(words[1:], start=1):
        low = word.lower()
        if low in {"who", "that", "which"}:
            return topic
        if low in gr.PREPOSITIONS:
            return " ".join(words[:n])
    return topic


def doing(topic: str) -> str | None:
    """A plan or goal as what it would do: "your plan to move everyone to Windows 11" ->
    "moving everyone to Windows 11"; None for other topics."""
    m = _PLAN_TO.match(topic)
    if not m or not gr.is_verb(m.group(1)):
        return None
    return f"{gr.gerund(m.group(1))}{m.group(2)}"


def matter(topic: str) -> str | None:
    """What a plan or goal named by its head is about: "your goal of a same-day reply" ->
    "a same-day reply", "your plan for a lobby bar" -> "the lobby bar"; None when there is
    nothing after the head, or for other topics."""
    m = re.match(_VAGUE_HEAD.pattern + r"\s+(?:of|for|on|about)\s+(.+)$", topic)
    if not m:
        return None
    said = m.group(1)
    if re.search(r"\bto\s+[a-z]+\b", said) and not said.split()[0].endswith("ing"):
        return None  # "for nurses to run more of the clinics": a clause, no thing to name
    return re.sub(r"^an?\s+(?=\w+\s+\w)", "the ", said)


def _plural(phrase: str) -> bool:
    """Whether a noun phrase's head is plural ("late deliveries", "the tickets")."""
    words = head(phrase).split()
    cut = next((n for n, w in enumerate(words) if n and w.lower() in {"who", "that", "which"}),
               len(words))
    last = words[cut - 1].lower().strip(",.")
    found = lemmas(last).get("NOUN", ())
    return last.endswith("s") and not last.endswith("ss") and bool(found) and found[0] != last


def bridged(topic: str, sentence: str, index: int, *, named: bool = False,
            short: bool = False) -> str | None:
    """A qualification's sentence ("I hold a Class B CDL.") tied to the topic it speaks to,
    in the `index`th wording (`named`: the note's thanks named the topic already, so it
    comes back by its head; `short`: for a card or a message, "On ..., I ..." only); None
    when the sentence does not open on "I", would run on, or the topic cannot be named in
    a bridge ("your plan for ..." by its head says nothing)."""
    if not sentence.startswith("I ") or re.search(r"(?i)\bwithin\b", topic):
        return None  # "Class A CDL within six months of hire": a requirement, no matter to name
    if _said_already(topic, sentence):
        return None  # "On the weekly design review, I ran the weekly design review": once
    if short:
        if doing(topic) or _VAGUE_HEAD.match(topic) or re.match(
                r"I (?:hold|have held|am|have been|earned|passed)\b", sentence):
            return None
        said = _fill(_LEADS[0], head(topic) if named else topic, sentence)
        return said if said and len(said.split()) <= 24 else None
    done = doing(topic)
    if not done and _VAGUE_HEAD.match(topic):
        # "your plan" says nothing: what the plan or goal is about is named instead.
        topic, named = matter(topic) or "", False
        if not topic:
            return None
    # A skill signed off with how many were done ("I am trained in IV cannulation and have
    # done about 60") is work done, bridged as work: not "Given ..., it may help that".
    if re.match(r"I (?:hold|have held|am|have been|earned|passed)\b", sentence) and \
            not re.search(r"\band have done\b", sentence):
        said = done or (head(topic) if named else topic)
        frame = _HELD[index % len(_HELD)]
        return _fill(frame, said, sentence)
    if done:
        frame, said = _DOING[index % len(_DOING)], done
    else:
        said = head(topic) if named else topic
        frames = _BACK if named else _LEADS
        frame = frames[index % len(frames)]
        first = said.lower().split()[0]
        if "{be}" in frame and (first.endswith("ing") or _WHEN.search(said)):
            # "Handling variations are ...", "The audit in March is close to work I have
            # done" read wrong: "On handling ...", "What you said about the audit ...".
            frame = frames[0] if first.endswith("ing") else frames[-1]
        if first.endswith("ing") and frame == frames[0] and lemmas(first).get("VERB", ("",))[
                0] == lemmas(sentence.split()[1].lower()).get("VERB", ("-",))[0]:
            frame = frames[-1]  # "On handling ..., I handled ...": the verb said twice
    return _fill(frame, said, sentence)


def _said_already(topic: str, sentence: str) -> bool:
    """Whether the claim already names the topic, every longer word of it: a bridge would
    say the topic twice in one sentence."""
    words = [re.sub(r"['\u2019]s$", "", w) for w in re.findall(r"[\w'\u2019-]+", head(topic).lower())]
    words = [w for w in words if len(w) > 3]
    low = sentence.lower()
    return bool(words) and all(re.search(rf"\b{re.escape(w)}", low) for w in words)


def _fill(frame: str, said: str, sentence: str) -> str | None:
    text = frame.format(t=said, T=said[0].upper() + said[1:], S=sentence,
                        be="are" if _plural(said) else "is")
    return text if len(text.split()) <= _LONGEST else None
