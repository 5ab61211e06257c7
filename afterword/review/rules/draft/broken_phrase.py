"""The `broken-phrase` rule: a sentence frame broken by a pasted fragment ("about I have")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from afterword.language.patterns import lazy_compile
from afterword.language.text import Note
from afterword.language.wordscan import WordScan
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule
from afterword.review.rules.draft._running import running
from afterword.review.rules.draft._seams import FINDERS, stranded

_PREP = r"(?:about|of|on|regarding)"
_A = "['’]"
# A subject pronoun, alone or in a contraction ("I've", "she's"): never the object of a
# preposition. "on I-5" is a road.
_SUBJECT = rf"(?:I|i|he|she|we|they)(?:{_A}(?:m|d|ve|ll|s|re))?(?![\w'’-])"
# Finite forms that cannot follow a preposition ("about is", "of hasn't"). Nouns that look
# like verbs ("a test of will", "a can of soup", "does and fawns") are left out.
_NEGATED = (
    rf"isn{_A}?t|aren{_A}?t|wasn{_A}?t|weren{_A}?t|hasn{_A}?t|haven{_A}?t|hadn{_A}?t|doesn{_A}?t"
    rf"|didn{_A}?t|don{_A}?t|can{_A}?t|couldn{_A}?t|won{_A}?t|wouldn{_A}?t|shouldn{_A}?t|cannot"
)
_FINITE = rf"(?:is|are|was|were|am|has|had|did|{_NEGATED})(?![\w'’-])"
# Verbs that are seldom nouns, in the plain form, directly followed by a determiner: the
# start of a clause pasted where a noun phrase belongs ("our discussion of design a
# payouts service").
_CLAUSE_VERBS = (
    "design|build|handle|manage|lead|improve|reduce|create|develop|implement|launch|hire|train"
    "|migrate|streamline|automate|ship|fix|cut|grow|increase|decrease|optimize|optimise"
    "|standardize|standardise|integrate|deploy|rebuild|redesign|replace|move|get|make|take"
    "|bring|add|expand|brief|handle|turn|cover|coach|onboard|shorten|speed|simplify|track"
    "|prioritize|prioritise|negotiate|scale|staff|rewrite|modernize|modernise|consolidate"
)
# Verbs that are hardly ever nouns, before any word that goes on the phrase: a verb phrase
# pasted where a noun phrase belongs ("our conversation about grow individual giving").
# "launch", "hire", "redesign", "increase" and their kin are nouns too ("the date of hire").
_BARE_VERBS = (
    "grow|improve|reduce|create|develop|implement|migrate|streamline|automate|optimize|optimise"
    "|standardize|standardise|integrate|deploy|rebuild|simplify|prioritize|prioritise"
    "|modernize|modernise|consolidate|expand|shorten|onboard|strengthen|accelerate"
)
_LINKS = r"(?:and|or|but|to|with|in|on|at|for|from|by|of|as|than|vs|versus)"
_DETERMINER = r"(?:a|an|the|my|our|your|their|this|that|these|those|its|his|her|every|each)"
# "on" as an adverb before a subject is grammatical: "Early on I saw ...", "from then on we".
_ADVERB_ON = lazy_compile(
    r"(?:early|later|then|now|so|and\s+so|going|went|moved?|moving|carry|carried|hold|held"
    r"|keep|kept|catch|caught|come|came|further|from\s+\w+)\s*$",
    re.IGNORECASE,
)
_NOT_OK_AFTER = (
    r"(?!\w+ing\b|only\b|just\b|merely\b|simply\b|least\b|to\b|so\b|quite\b|necessarily\b"
    r"|enough\b|much\b|many\b|all\b|every\w*\b|exactly\b|yet\s+\w+ing\b|more\b|less\b|fewer\b"
    r"|over\b|under\b|a\b|an\b|the\b|one\b|until\b|always\b|even\b|too\b|very\b|really\b"
    r"|again\b|before\b|once\b|ever\b)"
)
_PATTERNS = (
    (
        lazy_compile(rf"\b{_PREP}\s+({_SUBJECT})", re.IGNORECASE),
        "a preposition needs a noun phrase, not the start of a sentence",
    ),
    (
        lazy_compile(rf"\b{_PREP}\s+({_FINITE})", re.IGNORECASE),
        "a preposition needs a noun phrase, not a verb",
    ),
    (
        lazy_compile(rf"\b{_PREP}\s+((?:{_CLAUSE_VERBS})\s+{_DETERMINER})\b", re.IGNORECASE),
        "a preposition needs a noun phrase, not a clause",
    ),
    (
        lazy_compile(
            rf"\b{_PREP}\s+((?:{_BARE_VERBS})\s+(?!{_LINKS}\b)[a-z][\w-]*)", re.IGNORECASE
        ),
        "a preposition needs a noun phrase, not a verb",
    ),
    (
        # "our discussion of wants QA to stop ...": a verb of saying or wanting, then its
        # clause ("a list of wants that ..." and "talk of plans to" are nouns: not read).
        lazy_compile(
            rf"\b{_PREP}\s+((?:wants|thinks|says|hopes|believes|feels|expects)\s+"
            r"(?:to|[A-Z]{2,})\b)"
        ),
        "a preposition needs a noun phrase, not a clause",
    ),
    (
        lazy_compile(
            rf"\b{_PREP}\s+((?:not|never)\s+{_NOT_OK_AFTER}[\w'’]+)(?![\w-])", re.IGNORECASE
        ),
        "a bare negation cannot follow a preposition",
    ),
    (
        lazy_compile(
            rf"\b{_PREP}\s+(no\s+(?:[\w'’/&+-]+\s+){{0,3}}?(?:yet|exp|experience)\b)",
            re.IGNORECASE,
        ),
        "a bare negation cannot follow a preposition",
    ),
    (
        lazy_compile(
            rf"\b{_PREP}\s+((?:[\w/&+-]+\s+){{1,3}}not\s+yet)(?=\s*(?:[.,;:!?)]|$))",
            re.IGNORECASE,
        ),
        "a fragment ending in 'not yet' cannot follow a preposition",
    ),
    (
        lazy_compile(
            rf"\b(my\s+(?:no|none|nothing|never|{_NEGATED}|not\s+{_NOT_OK_AFTER}[\w'’]+))"
            r"(?![\w.-])",
            re.IGNORECASE,
        ),
        "'my' cannot stand before a negation",
    ),
)


_CAN_BE_STRANDED = (_PATTERNS[0][0], _PATTERNS[1][0])
# The same matches as each pattern's, sought only where its first word stands.
_SCANS = tuple(WordScan(regex) for regex, _ in _PATTERNS)


@rule(
    "broken-phrase",
    severity=Severity.WARNING,
    fires=[
        Example(
            "Dear Linda,\n\nThank you for the interview. You raised a fair question about I "
            "have not used Tableau, and I have started its course.\n\nBest regards,\nOmar",
            note="A sentence is pasted where the question's subject belongs.",
        ),
        Example(
            "Dear Mr. Abbott,\n\nThank you for our discussion of design a payouts service, "
            "and for your question about no CPA yet.\n\nSincerely,\nNadia",
        ),
        Example(
            "Dear Rebecca,\n\nThank you for our conversation about from 3 to 12 AE build. It "
            "was good to find that we switched for a minute, and that we are both NUS business."
            "\n\nBest regards,\nLucas",
            note="A preposition before a preposition; a frame of common ground with nothing "
            "shared in it; 'both' with a name and no noun.",
        ),
        Example(
            "Dear Judge Whitfield-Amos,\n\nThank you for meeting with me. We volunteered in "
            "Pueblo In College, and I would be glad to bring my experience to U.S. District "
            "Court for the District of Vermont in first 6 months.\n\nRespectfully,\nJordan",
            note="'In' in title case mid-sentence; a court without 'the'; 'in first 6' "
            "without 'the'.",
        ),
        Example(
            "Dear Marcus,\n\nThank you for our conversation about the my team's roster. I "
            "pitched two the US investors last spring, and I was glad to find that we are both "
            "have rescue dogs.\n\nBest regards,\nJordan",
            note="Two determiners in a row; a number word before 'the'; 'are both' before a "
            "verb.",
        ),
        Example(
            "Dear Ms. Brandt,\n\nThank you for meeting with me. I admitted CA 2022, and I "
            "built an intake tracker in Airtable and adopted by four clinics.\n\nSincerely,\n"
            "Jordan",
            note="A verb, a name and a bare year; a passive glued onto 'I built ...' with no "
            "subject of its own.",
        ),
        Example(
            "Dear Mr. Eze,\n\nThank you for our talk about the audit. I know my experience "
            "with experience in Revit is limited, and you asked what I do when client refuse "
            "to pay. Your aim of having site engineer on site every day not just in office is "
            "one I share.\n\nKind regards,\nAda",
            note="A phrase pasted onto itself; a bare singular subject whose verb does not "
            "agree; a person named without 'a'; a contrast jotted without its comma.",
        ),
        Example(
            "Dear Ms. Cruz,\n\nThank you for telling me about your target na 90% QA score. "
            "I was glad to discover that we argued about the rota, and I passed my exam and "
            "graduated May 2024. “About us” is something I would be proud to live up to. I "
            "found it. I fixed it. We both worked at RAAF, and I shadowed our lead for two "
            "months already.\n\nKind regards,\nAda",
            note="A word of Tagalog between English words; a frame of common ground with "
            "nothing shared; a month and a year without 'in'; a web page's name as a motto; "
            "steps jotted as sentences of three words; an acronym without 'the'; 'already' "
            "with a past verb.",
        ),
    ],
    passes=[
        Example(
            "Dear Linda,\n\nThank you for the interview. You raised a fair question about my "
            "experience with Tableau; I have started its course. Early on I learned that "
            "worrying about not knowing a tool helps no one.\n\nBest regards,\nOmar",
            note="'about my experience' is a noun phrase; 'early on I' and 'about not "
            "knowing' are good English.",
        ),
        Example(
            "Dear Rebecca,\n\nThank you for our talk about growing the team from 3 to 12. It "
            "was good to find that we are both NUS graduates, and the project we talked about "
            "in March is the work I want to do at the University of Vermont.\n\nBest "
            "regards,\nLucas",
            note="'about in March' ends a relative clause; 'both NUS graduates' has its noun; "
            "'the University of Vermont' has its article.",
        ),
        Example(
            "Dear Marcus,\n\nThank you for our conversation about the team's roster. I "
            "pitched two US investors last spring, we both have rescue dogs, and I eat five a "
            "day. Teach For America taught me that.\n\nBest regards,\nJordan",
            note="A count before a noun, 'we both have', a rate ('five a day') and a name in "
            "title case are good English.",
        ),
        Example(
            "Dear Ms. Brandt,\n\nThank you for meeting with me. I was admitted to the "
            "California bar in 2022, and I 100% agree with your point. I ran a tracker built "
            "in Airtable and adopted by four clinics.\n\nSincerely,\nJordan",
            note="The same facts in full sentences; 'built ... and adopted by' is a reduced "
            "relative.",
        ),
        Example(
            "Dear Mr. Eze,\n\nThank you for our talk about the audit. When clients refuse to "
            "pay, I go back to the contract; I worked as charge nurse, went from client to "
            "client, and I want to be on site every week, not just in the office. Day by day "
            "the backlog came down, and the audit I ran a year ago saved the firm money. I "
            "graduated in May 2024, and I was glad to discover that we both argue about rotas."
            "\n\nKind regards,\nAda",
            note="Plural subjects, a role after 'as', 'from client to client', a contrast with "
            "its comma, 'day by day', a clause that is the sentence's subject, 'in May 2024' "
            "and a thing in common are good English.",
        ),
    ],
)
def broken_phrase(note: Note) -> Iterator[Hit]:
    """Flag a sentence frame broken by a pasted fragment: "our talk about he wants ...".

    ## What it flags
    A preposition (about, of, on, regarding) followed by a subject pronoun ("a fair
    question about I have not used Tableau"), a finite verb ("about hasn't used"), a clause
    ("our discussion of design a payouts service", "our talk about wants QA to sign off")
    or a bare negation ("about no CPA yet"), a verb that is hardly ever a noun ("our conversation about grow individual
    giving"), and "my" before a negation ("my no experience"). And these seams of a fragment
    pasted into a frame:

    - about, of or regarding followed by another preposition ("our conversation about from
      3 to 12 AE build"), unless it ends a relative clause ("the project we talked about in
      March", "the dashboard the night shift relies on was ...") or follows "instead of" and
      its kin;
    - a frame that announces common ground ("It was good to find that we ...") with nothing
      shared after it: no both, also, same, share, common, too ("we switched for a minute");
    - "we are both" with a name and no noun for what you both are ("we are both NUS
      business"; "both NUS graduates" and "both Texans" are fine);
    - in, at, during, while, when, since, before, after or until in title case inside a
      sentence, after an ordinary word ("in Pueblo In College");
    - a court, university, department, ministry, office or bureau "of" or "for" something,
      named after a preposition without "the" ("to U.S. District Court for the District of
      Vermont", "at University of Eastmere"), or an office named for its holder ("at Marion
      County Sheriff's Office"), even when the name is the company's;
    - a span counted from its edge without "the" ("in first 6 months"), a number word
      before "the" ("two the US investors"), "non" written apart from its word ("non
      compete"), and a jotted passive given an "I" but not its "was" ("I accepted onto the
      course", "I promoted to charge nurse");
    - words pasted together mechanically (`language/seams.py`, which compose reads too, so
      that it never writes them): a number word before a determiner ("two the US investors",
      "three my reports"; "five a day" and "at nine the next morning" are fine), two
      determiners in a row ("the my team", "a an audit", "on a our roster"), a frame whose
      subject is missing ("our conversation about."), a small word in title case after a
      word in lower case ("our talk About the roster", "the close And the audit"), and "are
      both" before a verb ("we are both have cats"). A word written twice ("the the") is
      left to `repeated-word`;
    - a clause a jotting left without its grammar (`_clauses.py`, verbs in
      `jotted_verbs.tsv`): "I" followed by an acronym or a number ("I NY 2024"), a verb that
      takes no object followed by a name ("I interned Google"), a verb, a name and a bare
      year ("I admitted NY 2024", "I joined Acme 2019"), and a passive participle glued with
      "and" onto an active clause ("I set up a repository in Dovetail and used by 40
      designers"; "a tool built in Go and used by 40 teams" and "it was tested and used by"
      are fine), and a span of time "of" a word for a person ("10 years of freelance legal
      translator": "as a translator").

    - a phrase pasted onto itself (`_doubled.py`): a word, a preposition and the same word
      again ("my experience with experience on CostX", "our conversation about our
      conversation about"); "day by day", "word for word" and "the best of the best" are
      English;
    - a singular count noun left bare where English needs "a", "the" or a plural
      (`_bare_nouns.py`, words for people from `person_nouns.tsv` and `count_nouns.tsv`):
      as the subject after when, if, because and their kin, with its verb in the plain form
      ("when client refuse to pay"); after a preposition or a verb that takes a person, at
      the end of its phrase ("having quantity surveyor on site", "I saved client ₦38m");
      after a word for many ("many customer in a day"); and the job search's own nouns
      ("the discussion about role", "before deadline", "giving me opportunity", "doing great
      job"), and the acronym of a public body that takes "the" ("we both used to work at
      RAAF", "six years in NHS"; "at NHS Digital" and "in EU law" are English). A role ("as charge nurse", "promoted to team lead", "from nurse to manager"), a
      noun that describes another ("client onboarding") and a group ("when staff need") are
      English;
    - jottings pasted with their own grammar (`_jottings.py`): a contrast without its comma
      and article ("every week not just in office"), a word of Tagalog between English
      words ("your target na 90%"), a verb in the past before a bare month and year ("passed
      October 2026"), and a pronoun's clause that runs into a second verb with no subject
      ("that you used to drink in my bar years ago recognised me"), a web page's heading
      quoted as the company's motto ("“About us” is something I would be proud to live up
      to"), and two sentences in a row that are only "I <verb> it." ("I grounded it. I
      replaced it."), and "already" after a past verb and a span ("I shadowed our QA
      analyst for two months already": "I have shadowed");
    - the frame of common ground also with glad, pleased or delighted to learn or discover,
      before a verb that tells of the talk itself ("I was glad to discover that we moaned
      about Saturday for a bit"; "glad to learn that we know Priya" is English).

    ## Why it matters
    These are the seams of a note assembled from jotted fragments: a reader stumbles on
    them at once, and sees that the note was not written for them. Recast the fragment as
    a noun phrase ("your question about my Tableau experience") or leave it out.

    ## Known limits
    Only these frames are read, and only the clause-starting verbs that are seldom nouns:
    "our talk about planning" and "the cost of design" are fine and are not flagged. The
    rule reads words, not a parse: a missing article before an ordinary noun ("about IVOST
    push"), an adjective used as a noun ("2 years of Band 6 rotational") or a verb phrase
    left without its object ("I designed storm and sanitary") goes unseen. A bare noun is
    read only for words for people and a few nouns of the job search ("before deadline"):
    "I finished the project before deadline" is seen, "in warehouse" is not; and the slips of
    a second language that are not seams ("we discussed about", "explained me") are left to
    `grammar`, which reads the known ones. A proper name in
    title case that starts with "In" or "At" after an ordinary word is read as a seam.
    """
    text = running(note)
    body = note.body
    seen: set[int] = set()
    # The spans marked so far: a seam read twice (a bare year by two finders: "I qualified
    # March 2020") is marked once, by the first.
    marked: list[tuple[int, int]] = []
    for (regex, why), scan in zip(_PATTERNS, _SCANS, strict=True):
        for match in scan.finditer(body, note.word_starts):
            start, end = match.start(), match.end()
            if end > text.end:
                break
            if start in seen or not text.allows(start, end):
                continue
            before = body[max(0, start - 30) : start]
            prep = match.group().split()[0].lower()
            if prep == "on" and _ADVERB_ON.search(before):
                continue
            if regex in _CAN_BE_STRANDED and stranded(body, start):
                continue
            seen.add(start)
            marked.append((start, end))
            shown = match.group()
            yield Hit(
                (start, end),
                f"'{shown}' reads as a pasted note: {why}",
                suggestion='Recast it as a noun phrase ("your question about my Tableau '
                'experience") or leave it out.',
            )
    for find in FINDERS:
        for start, end, why in find(note, text):
            if any(start <= s < end or s <= start < e for s, e in marked):
                continue
            marked.append((start, end))
            yield Hit(
                (start, end),
                f"'{body[start:end]}' reads as a pasted note: {why}",
                suggestion="Rewrite the sentence in full, or leave it out.",
            )
