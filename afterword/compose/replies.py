"""An answer to a concern, jotted as the pieces of a to-do list, said as the candidate's own
sentences: the shapes `fragments.SentenceReading.sentences` cannot read on its own.

A candidate answers "not yet RQS registered" with "TPC is 14 feb, logbook already signed off
by my supervisor"; "PgCert not finished yet" with "all taught modules passed, dissertation
submitted by 20 march"; "no six sigma yellow belt yet" with "enrolled in the free online one,
finish by end of jan". Each piece is a thing with its standing ("logbook signed off"), a date
("TPC is 14 feb"), a willingness ("happy to do their competency pack") or something done or
under way. A coach writes them as "My logbook is already signed off by my supervisor", "I
will finish it by the end of January", "I would be happy to complete your ...". A piece none
of these shapes reads is returned as None: the answer is then told another way, or asked for.
"""

from __future__ import annotations

import re
from datetime import date

from afterword.language import phrases as gr

# The months by name, lower case: one list for the composer (replies, concerns, invitations).
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH = "|".join(m.capitalize() for m in MONTHS)
# A date as the reader spells it: "14 February", "February 14", "the 14th", "end of January".
_DATE = (rf"(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:{_MONTH})|"
         rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})|(?:{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?|"
         rf"(?:{_MONTH})|(?:next|this)\s+(?:week|month|year|term|semester|spring|summer|autumn|"
         r"fall|winter))")
# Verbs of a thing's standing once done, and the tense each takes ("passed" is done by the
# candidate: "I have passed ..."; "signed off" is done to the thing: "My logbook is ...").
_DONE_BY_ME = {"passed": "passed", "done": "done", "completed": "completed",
               "finished": "finished", "submitted": "submitted"}
_DONE_TO_IT = ("signed off", "approved", "accepted", "booked", "scheduled", "confirmed",
               "verified", "logged", "recorded", "up to date")
_WILLING = re.compile(r"(?i)^(?:(?:i(?:'d| would| am| was)?|would be|am)\s+)?(happy|glad|keen|"
                      r"willing|eager|open)\s+to\s+([a-z][\w'-]*)\b(.*)$")
# Something under way, with its verb in -ing: "going through the AABB manual now".
_UNDER_WAY = re.compile(r"(?i)^(?:currently\s+|now\s+|still\s+)?((?:going|working|reading|"
                        r"studying|doing|taking|learning|finishing|completing|preparing|"
                        r"practising|practicing|shadowing|reviewing|building|writing|"
                        r"attending)(?:\s+(?:through|on|for|up on))?)\s+(.+?)(?:\s+(now|"
                        r"currently|at the moment|this (?:week|month|term)))?$")
_FINISH = re.compile(rf"(?i)^(?:will\s+|should\s+)?(finish|complete|be done|sit it|submit it|"
                     rf"qualify|wrap up)\s+(by|in|before|on)\s+({_DATE})$")


def _date_after(text: str, today: date | None) -> bool | None:
    """Whether a date in `text` ("20 March", "end of January") lies after `today`: True,
    False, or None when the text names no month or there is no day to count from."""
    m = re.search(rf"(?i)\b({'|'.join(MONTHS)})\b", text)
    if not m or today is None:
        return None
    month = MONTHS.index(m.group(1).lower()) + 1
    day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", text)
    when = date(today.year, month, min(int(day.group(1)) if day else 28, 28))
    # A month well before the interview's, jotted without a year, is next year's ("by 20
    # march" jotted in November); one just before it is past ("by 20 march" in April).
    return when >= today or (today.month - month) % 12 > 4


def _with_the(thing: str) -> str:
    """ "logbook" -> "my logbook"; "taught modules" -> "the taught modules"; a thing with its
    determiner or a name in capitals keeps it."""
    words = thing.split()
    if not words or words[0].lower() in gr.DETERMINERS or words[0].lower() in {"all", "both"}:
        return thing
    if words[0][:1].isupper() and words[0] != words[0].capitalize() or words[0].isupper():
        return f"my {thing}"  # "TPC is booked": "my TPC"
    return f"my {thing}"


def _be(thing: str) -> str:
    last = thing.split()[-1]
    plural = last.endswith("s") and not last.endswith("ss") and not last.isupper()
    return "are" if plural or " and " in thing else "is"


def clause(piece: str, *, today: date | None = None, first: bool = True) -> str | None:
    """One jotted piece of an answer as a sentence of the candidate's, without its final
    stop ("logbook already signed off by my supervisor" -> "My logbook is already signed off
    by my supervisor"), or None when the piece has none of the shapes read here. `first`:
    whether a sentence came before it (a bare "finish by ..." needs one to refer to)."""
    text = " ".join(piece.strip().rstrip(".;").split())
    if not text or re.search(r"\b(?:he|she|his|him|her)\b", text, re.I):
        return None  # another person's part needs its writer
    # "happy to do their cardiac competency pack": a willingness, "I would be happy to ...".
    m = _WILLING.match(text)
    if m:
        verb = m.group(2).lower()
        if (gr._lemmas(verb).get("VERB") or ("",))[0] != verb:
            return None  # "happy to report": a verb in its base form, or no willingness
        return f"I would be {m.group(1).lower()} to {verb}{m.group(3)}"
    # "road test booked jan 9": a booking's date needs its "for".
    text = re.sub(rf"^(.+?\s(?:booked|scheduled|confirmed))\s+(?=(?:{_DATE})$)", r"\1 for ", text)
    # "permit in hand since oct", "DOT card in hand": what the candidate holds.
    m = re.fullmatch(rf"(?:(?:my|the)\s+)?([\w&-]+(?:\s+[\w&-]+){{0,3}}?)\s+(?:already\s+)?in hand"
                     rf"(?:\s+since\s+({_DATE}|\d{{4}}))?", text)
    if m and ("NOUN" in gr._lemmas(m.group(1).split()[0].lower()) or
              m.group(1).split()[0].isupper()) and not gr.is_past(m.group(1).split()[0].lower()):
        thing = _with_the(m.group(1))
        return f"I have had {thing} since {_dated(m.group(2))}" if m.group(2) else f"I have {thing}"
    # "hazmat test right after", "the course the same week": what comes next, after a date
    # said before it.
    m = re.fullmatch(r"(?:(?:my|the)\s+)?((?:[\w&-]+\s+){0,3}(test|exam|assessment|course|"
                     r"class|training|check|medical|physical|interview|module|endorsement))\s+"
                     r"(right after|straight after|soon after|just after|after that|afterwards|"
                     r"the same (?:day|week)|same (?:day|week)|the (?:day|week) after|next)", text)
    if m and not first:
        head = m.group(2).lower()
        verb = "take" if head in {"test", "exam", "assessment", "check", "medical", "physical",
                                  "module", "interview"} else "do" if head in {"course", "class",
                                                                               "training"} else "get"
        when = re.sub(r"^same\b", "the same", m.group(3))
        return f"I will {verb} the {m.group(1)} {when}"
    # "done same day", after a course booked: when the thing just named will be finished.
    m = re.fullmatch(r"(?:and\s+)?(?:done|finished|complete|completed|certified)\s+"
                     r"(?:the\s+)?(same (?:day|week)|(?:the )?(?:day|week) after)", text)
    if m and not first:
        return f"I will finish it {re.sub(r'^(?!the )', 'the ', m.group(1))}"
    # "registered for the crematory operator course in feb": a place taken on something to
    # come, "I have registered for ...".
    m = re.fullmatch(r"(?i)(registered|enrolled|signed up|applied)\s+((?:for|in|on|to)\s+.+)", text)
    if m:
        return f"I have {m.group(1).lower()} {m.group(2)}"
    # "want to do more", "would love to lead the rollout": a wish with no subject is the
    # candidate's, said as "I would like to ...".
    m = re.fullmatch(r"(?i)(?:i\s+)?(?:would\s+)?(?:want|wanna|like|love|would like)\s+to\s+"
                     r"([a-z]+)\b(.*)", text)
    if m and (gr._lemmas(m.group(1).lower()).get("VERB") or ("",))[0] == m.group(1).lower():
        return f"I would like to {m.group(1).lower()}{m.group(2)}"
    # "TPC is 14 feb", "the exam is on 14 February": a date of its own.
    m = re.fullmatch(rf"(?:(?:my|the)\s+)?([A-Z][\w&-]*(?:\s+[\w&-]+){{0,3}}?|(?:[a-z][\w-]*\s+)"
                     rf"{{0,2}}(?:exam|test|assessment|interview|viva|board|boards|"
                     rf"review|panel|course|module))\s+(is|=|due|is due)\s+(?:on\s+|in\s+|by\s+)?({_DATE})",
                     text)
    if not m:
        # "6G bend test appointment is January 14": any thing named by a noun, its date.
        m = re.fullmatch(rf"(?:(?:my|the)\s+)?((?:[\w&-]+\s+){{0,4}}[\w&-]+)\s+(is|=|due|is due)\s+"
                         rf"(?:on\s+|in\s+|by\s+)?({_DATE})", text)
        head = m.group(1).split() if m else []
        if m and (head[0].lower() in {"i", "it", "this", "that", "there", "he", "she", "we",
                                      "they"} or gr.is_past(head[0].lower())
                  or "NOUN" not in gr._lemmas(head[-1].lower()) and not head[-1].isupper()
                  or gr.has_clause_verb(head)):
            m = None
    if m:
        thing, due, when = m.group(1), "due " if "due" in m.group(2) else "", m.group(3)
        prep = "in" if re.fullmatch(rf"(?:{_MONTH})|(?:next|this)\s+\w+", when) else "on"
        return f"My {thing} {_be(thing)} {due}{prep} {_dated(when)}"
    # "portfolio due 15 april", "dissertation due in march": when it is handed in.
    m = re.fullmatch(rf"(?:(?:my|the)\s+)?([a-z][\w-]*(?:\s+[\w-]+){{0,2}}?)\s+(?:is\s+)?due\s+"
                     rf"(?:on\s+|in\s+|by\s+)?({_DATE})", text)
    if m and "NOUN" in gr._lemmas(m.group(1).split()[-1].lower()) and not gr.is_verb(
            m.group(1).split()[0].lower()) or m and "NOUN" in gr._lemmas(m.group(1).split()[0]):
        when = m.group(2)
        prep = "in" if re.fullmatch(rf"(?:{_MONTH})|(?:next|this)\s+\w+", when) else "on"
        return f"My {m.group(1)} {_be(m.group(1))} due {prep} {_dated(when)}"
    # "DMP hours signed off 60 of 90": how many of them so far.
    m = re.fullmatch(rf"(?:my\s+|the\s+)?([\w&'-]+(?:\s+[\w&'-]+){{0,2}}?)\s+"
                     rf"({'|'.join(map(re.escape, _DONE_TO_IT))}|done|completed|passed)\s+"
                     r"(\d+)\s*(?:of|/|out of)\s*(\d+)", text)
    if m and not gr.is_past(m.group(1).split()[0].lower()):
        return f"{m.group(3)} of my {m.group(4)} {m.group(1)} are {m.group(2)}"
    # "3 of 5 weeks completed": how far through something under way.
    m = re.fullmatch(r"(?i)(\d+|one|two|three|four|five|six)\s+(?:of|/|out of)\s+(\d+|two|three|four|"
                     r"five|six|seven|eight|nine|ten)\s+([a-z]+s)\s+(done|completed|finished|passed)",
                     text)
    if m:
        verb = "completed" if m.group(4).lower() == "done" else m.group(4).lower()
        part, whole = (_WORDS.get(g, g) for g in (m.group(1), m.group(2)))
        return f"I have {verb} {part} of the {whole} {m.group(3)}"
    # "logbook already signed off by my supervisor", "all taught modules passed",
    # "dissertation submitted by 20 march".
    done = "|".join([*map(re.escape, _DONE_BY_ME), *map(re.escape, _DONE_TO_IT)])
    m = re.fullmatch(rf"(?:(all my|all the|all|both|my|the)\s+)?([\w&'-]+(?:\s+[\w&'-]+){{0,3}}?)"
                     rf"\s+(already\s+|now\s+|all\s+)?({done})(\s+(?:by|on|in|for|with|at)\s+.+)?",
                     text)
    # With its determiner the thing is a noun phrase ("all taught modules"); bare, it must
    # not open on a verb ("ran the line solo" is something done).
    first_word = m.group(2).split()[0] if m else ""
    if m and not first_word[:1].isdigit() and not gr.has_clause_verb(m.group(2).split()) and (
            m.group(1) or not gr.is_verb(first_word.lower()) or first_word.isupper()
            or "NOUN" in gr._lemmas(first_word.lower()) and not gr.is_past(first_word.lower())):
        lead, thing, adverb, verb, rest = (m.group(1) or "", m.group(2), (m.group(3) or ""),
                                           m.group(4), m.group(5) or "")
        if thing.split()[0].lower() in {"i", "it", "we", "they", "this", "that"}:
            return None
        by_date = re.match(rf"\s+by\s+({_DATE})$", rest)
        if by_date and verb in _DONE_BY_ME:
            after = _date_after(by_date.group(1), today)
            if after is None:
                return None
            noun = _with_the(thing) if not lead else f"{lead} {thing}"
            if after:
                # "dissertation submitted by 20 march", before March: still to come.
                return f"I will {_base(verb)} {noun} by {_dated(by_date.group(1))}"
            return f"I {verb} {noun} by {_dated(by_date.group(1))}"
        in_month = re.match(rf"\s+(?:in|on)\s+({_DATE}(?:\s+\d{{4}})?|\d{{4}})$", rest)
        if in_month and verb in _DONE_BY_ME and not adverb.strip():
            # "capstone 2 done in nov", "APC done in jan": done at a time, said in the past
            # ("I completed ... in January": the most recent such month, since "done" is past);
            # in the future only for a later year written out ("done in march 2027").
            noun = f"{lead} {thing}".strip() if lead else _with_the(thing)
            year = re.search(r"\d{4}", in_month.group(1))
            if year and today is None:
                return None  # no day to count from: done or to come cannot be told
            if year and today and (int(year.group()) > today.year or int(year.group()) ==
                                   today.year and _date_after(in_month.group(1), today)):
                base = "complete" if verb == "done" else _base(verb)
                return f"I will {base} {noun}{rest}"
            past = "completed" if verb == "done" else verb
            return f"I {past} {noun}{rest}"
        if verb in _DONE_BY_ME and adverb.strip() == "all" and not lead:
            noun = _with_the(thing)  # "clinical hours all done": "My clinical hours are all done"
            said = f"{noun} {_be(noun)} all {verb}{rest}"
            return said[0].upper() + said[1:]
        if verb in _DONE_BY_ME:
            if lead.startswith("all") or lead == "both":
                noun = f"{lead.split()[0]} {'my' if 'my' in lead else 'the'} {thing}"
            else:
                noun = f"{lead} {thing}".strip() if lead else _with_the(thing)
            return f"I have {adverb.strip() + ' ' if adverb.strip() in {'already'} else ''}" \
                   f"{verb} {noun}{rest}"
        noun = f"{lead} {thing}".strip() if lead and not lead.startswith("all") else \
            _with_the(thing)
        quantity = "all " if lead.startswith("all") or adverb.strip() == "all" else ""
        said = f"{noun} {_be(noun)} {quantity}{adverb if adverb.strip() != 'all' else ''}{verb}{rest}"
        return said[0].upper() + said[1:]
    # "going through the AABB tech manual chapters now": what is under way.
    m = _UNDER_WAY.match(text)
    if m and not re.match(r"(?i)(?:to|a|an)\b", m.group(2)):
        now = " now" if m.group(3) else ""
        return f"I am{now} {m.group(1).lower()} {m.group(2)}"
    # "all back on time", "all signed off": how every one of the things just named ended.
    m = re.fullmatch(r"(?i)(?:and\s+)?(all|both|every one|each)\s+((?:back|done|finished|"
                     r"delivered|closed|completed|signed off|on time|on budget|under budget|"
                     r"within budget|ahead of schedule|passed)\b.*)", text)
    if m and not first:
        verb = "was" if m.group(1).lower() in {"every one", "each"} else "were"
        return f"{m.group(1).capitalize()} {verb} {m.group(2)}"
    # "32 wks on the bench incl 6 wks of evenings": time spent at something.
    m = re.fullmatch(r"(?i)((?:\d+|a few|several|two|three|four|five|six|seven|eight|nine|ten)"
                     r"\s+(?:years?|months?|weeks?|days?|shifts?))\s+((?:on|in|at|as|doing|"
                     r"with)\s+.+?)(?:,?\s+(including|incl\.?)\s+(.+))?", text)
    if m and not re.search(r"\b(?:I|i)\b", m.group(2)):
        tail = f", including {m.group(4)}" if m.group(4) else ""
        return f"I have spent {m.group(1)} {m.group(2)}{tail}"
    m = re.fullmatch(r"(?i)(?:the\s+)?(last|past)\s+((?:\d+|two|three|four|five|six|a few|several)"
                     r"\s+(?:years?|months?|weeks?))\s+((?:on|in|at|as|with)\s+.+)", text)
    if m:
        return f"I have spent the {m.group(1).lower()} {m.group(2)} {m.group(3)}"
    # "do my own LRU swaps", "know the theory": what the candidate does as a rule, a verb
    # in its base form before the thing it takes.
    words = text.split()
    if len(words) >= 3 and words[0].islower() and words[1].lower() in gr.DETERMINERS | {
            "my", "our", "all", "most", "every"} and (
            gr._lemmas(words[0]).get("VERB") or ("",))[0] == words[0] and \
            not gr.is_past(words[0]) and "NOUN" not in gr._lemmas(words[0]):
        return f"I {text}"
    # "sitting the licensing exam in june", "retaking part 2 next month": any verb in -ing
    # before its object is what the candidate is doing now or has arranged.
    if len(words) >= 3 and words[0].islower() and words[0].endswith("ing") and \
            gr.is_verb(words[0]) and words[1].lower() in gr.DETERMINERS | {"my", "our", "for",
                                                                            "on", "up"} and \
            not re.search(r"\b(?:I|he|she)\b", text):
        return f"I am {text}"
    # "finish by end of jan", after something begun: when it will be done.
    m = _FINISH.match(text)
    if m and not first:
        verb = m.group(1).lower()
        it = "" if verb in {"qualify", "be done", "sit it", "submit it"} else " it"
        return f"I will {verb}{it} {m.group(2).lower()} {_dated(m.group(3))}"
    return None


# Verbs of a thing begun that goes on: "I have enrolled ... and will finish ...".
_BEGUN = "enrolled|started|began|registered|signed up|applied|booked|joined"
# Verbs a jotting leaves without their object when it is the thing just named.
_TAKES_THEM = ("planned|scheduled|checked|reviewed|tested|built|documented|organised|organized|"
               "coordinated|delivered|prepared|wrote|signed|ran|led|presented|shared|tracked")


def rejoined(text: str) -> str:
    """Written sentences joined as `joined` joins them (each split at a full stop before a
    capital, never at an abbreviation's)."""
    parts = re.split(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])", text.strip())
    if len(parts) < 2 or any(re.search(r"\b(?:St|Dr|Mr|Mrs|Ms|No)$", p) for p in parts[:-1]):
        return text
    return joined(parts)


_WORDS = dict(zip("1 2 3 4 5 6 7 8 9 10".split(), "one two three four five six seven eight "
                   "nine ten".split(), strict=True))


def _base(verb: str) -> str:
    return {"passed": "pass", "done": "finish", "completed": "complete",
            "finished": "finish", "submitted": "submit"}[verb]


def _dated(when: str) -> str:
    """ "end of January" -> "the end of January"."""
    return re.sub(r"(?i)^(end|start|beginning|middle)\s+of\b", r"the \1 of", when)


def joined(sentences: list[str]) -> str:
    """Sentences in order, two short ones that open on "I" joined with "and" (never a list of
    one-clause sentences: "I shadowed two lists. I know the theory.")."""
    out: list[str] = []
    for sentence in sentences:
        sentence = sentence.rstrip(".")
        if re.match(r"I (?:started|began|enrolled)\b", sentence) and not re.search(
                rf"(?i)\b(?:last|ago|yesterday|in (?:19|20)\d\d|on|in (?:{_MONTH})|then|when)\b",
                sentence):
            # "started the B2 modules online": begun and going on, "I have started ...".
            sentence = re.sub(r"^I began\b", "I have begun", re.sub(
                r"^I (started|enrolled)\b", r"I have \1", sentence))
        if out and sentence[:1].isdigit():
            # "60 of my 90 hours are signed off": never a sentence that opens on a figure.
            out[-1] = f"{out[-1]}; {sentence}"
            continue
        if out and sentence.startswith("My ") and re.match(r"(?:My |\d+ of my )|.*; \d+ of my ",
                                                          out[-1]) and \
                ", and " not in out[-1] and len(out[-1].split()) + len(sentence.split()) <= 22:
            out[-1] = f"{out[-1]}, and m{sentence[1:]}"  # "My TPC is ..., and my logbook ..."
            continue
        if out and re.match(r"(?:All|Both) were |(?:Every one|Each) was ", sentence):
            out[-1] = f"{out[-1]}, and {sentence[0].lower()}{sentence[1:]}"  # "..., and all were"
            continue
        done = re.match(rf"I ({_TAKES_THEM}) (?=with|alongside|using|together)", sentence)
        if out and done:
            # "ran three mini checks, planned with tech records": what was planned is what
            # was just named ("planned them"), never "I planned with".
            them = "them" if re.search(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|"
                                       r"\d+|several|many|all)\s+(?:[\w-]+\s+){0,3}[\w-]+s\b",
                                       out[-1]) else "it"
            sentence = f"I {done.group(1)} {them} {sentence[len(done.group()):]}"
        if out and sentence.startswith("I will ") and re.match(rf"I ({_BEGUN}) ", out[-1]):
            # "enrolled ..., will finish by ...": begun and still going, "I have enrolled".
            out[-1] = re.sub(r"^I ", "I have ", out[-1]).replace("I have began", "I have begun")
        if out and sentence.startswith("I ") and out[-1].startswith("I ") and \
                " and " not in out[-1] and " and " not in sentence and \
                _form(out[-1]) == _form(sentence) and \
                len(out[-1].split()) + len(sentence.split()) <= 22:
            out[-1] = f"{out[-1]} and {sentence[2:]}"
        else:
            out.append(sentence)
    return " ".join(f"{s}." for s in out)


# Contractions typed without their apostrophe, where the word without one cannot be meant:
# "its the call we talk about" (before a determiner or "not"), "dont", "whats".
_APOSTROPHES = (
    (r"\bits(?= (?:the|a|an|not|all|only|just|what|how|about|my|our|your|their|been|going)\b)",
     "it's"),
    (r"\b(do|does|did|is|was|were|are|could|would|should|have|has|had)nt\b", r"\1n't"),
    (r"\bcant\b", "can't"), (r"\bwont\b", "won't"),
    (r"\b(what|that|there|who|where)s\b(?= (?:a|an|the|not|what|how|\w+ing|\w+ed|different|"
     r"wrong|broken|right|going|been)\b)", r"\1's"),
)


def apostrophes(text: str) -> str:
    """A jotting's contractions with their apostrophes ("so its the call we talk about" ->
    "so it's the call ...", "whats broken" -> "what's broken"), in lower case only: a word
    in capitals or a name is left as it is."""
    for pattern, repl in _APOSTROPHES:
        text = re.sub(pattern, repl, text)
    return text


def second_language(text: str) -> str:
    """Slips a writer of another first language makes, mended where the meaning is sure:
    "on march 2027" (a month with no day) -> "in march 2027"; "doing a class since 2 months"
    (a length of time) -> "have been doing a class for 2 months". Anything less sure is left
    for the readers, which leave out what they cannot say well and ask for it."""
    text = re.sub(rf"(?i)\bon\s+((?:{'|'.join(MONTHS)})(?:\s+\d{{4}})?)\b(?!\s*\d{{1,2}}\b)",
                  r"in \1", text)
    span = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+"
            r"(?:days?|weeks?|months?|years?|yrs?)")
    text = re.sub(rf"(?i)\b(?:i\s+am|i'm|am)\s+([a-z]+ing)\b(?=[^.;,+]*\bsince\s+{span}\b)",
                  r"I have been \1", text)
    text = re.sub(rf"(?i)(^|[+,;]\s*)([a-z]+ing)\b(?=[^.;,+]*\bsince\s+{span}\b)",
                  r"\1have been \2", text)
    text = re.sub(rf"(?i)\bsince\s+({span})\b", r"for \1", text)
    # "I am used to hear no": "used to" after "be" takes the -ing form.
    text = re.sub(r"(?i)\b((?:am|is|are|'m|was|were)\s+used to)\s+([a-z]+)\b",
                  lambda m: f"{m.group(1)} {gr.gerund(m.group(2).lower())}"
                  if gr.is_base_verb(m.group(2).lower()) else m.group(), text)
    # "I can study, I passed the SIE exam": two sentences joined by a comma are two.
    return re.sub(r"\b(I\s+[^,.;+]+),\s+(?=I\s+[a-z])", r"\1. ", text)


def _form(sentence: str) -> str:
    """The verb form a sentence of the candidate's opens on ("am", "have", "will", ... or
    "" for a plain verb): two joined with "and" must share it ("I am writing the CFE and
    completed ..." mixes two, which a coach reads as pasted)."""
    m = re.match(r"I (am|have|will|would|was|had|can)\b", sentence)
    return m.group(1) if m else ""


# An exam by its shape: a paper's code ("CS2", "CFA level 1", "FRM part 2", "Series 7"), or
# "the X exam". Plural letters ("SOPs", "BOQs"), "the board papers" and "ISO 9001 manuals" are
# documents one writes, not exams.
_PREPARING_EXAM = re.compile(
    r"\bpreparing (?=(?:the |my )?(?:[A-Z]{2,5}\d{1,3}[A-Z]?\b|[A-Z]{2,5} (?:level|part) "
    r"(?:\d|I{1,3}\b)|Series \d+\b)|(?:the|my) (?:(?!for\b|and\b|of\b|to\b|with\b)[\w-]+ ){1,2}"
    r"exams?\b)")


def since_tense(text: str) -> str:
    """A present tense before "since", as a writer of another first language may put it ("I
    am learning DAX since October", "I work here since 2022"), in the perfect English needs:
    "I have been learning DAX since October"."""
    # "preparing CS2": one prepares for an exam; "preparing SOPs" is work one writes.
    text = _PREPARING_EXAM.sub("preparing for ", text)
    text = re.sub(r"\b(I|we) (?:am|are) ([a-z]+ing)\b(?=[^.;]*\bsince\b)", r"\1 have been \2", text)
    text = re.sub(r"\b(I|we) (?:am|are) (in|at|with|on)\b(?=[^.;]*\bsince\b)", r"\1 have been \2",
                  text)
    def perfect(m: re.Match[str]) -> str:
        verb = m.group(2)
        return f"{m.group(1)} have {_PERFECT.get(verb, verb + 'ed')}"

    return re.sub(r"\b(I|we) (work|live|teach|lead|manage|know|use)\b(?=[^.;]*\bsince\b)",
                  perfect, text)


_PERFECT = {"teach": "taught", "lead": "led", "know": "known", "use": "used", "live": "lived",
            "manage": "managed"}
