"""A qualification shaped into a clause after "I"."""

from __future__ import annotations

import re

from afterword.compose import (
    claims,
    claims_results,
    credentials,
    durations,
    outcomes,
    posts,
    spans,
    stories,
    tallies,
)
from afterword.compose.fragments.base import ReadingBase
from afterword.compose.fragments.degrees import (
    _LIST,
    _SKILL_WORDS,
    _bringable,
    _credential_years,
    _degree,
    _degree_year,
    _figure,
    _held_title,
    _licence_record,
    _measure_moved,
    _one_level_first,
    _spoken,
)
from afterword.compose.fragments.phrased import Phrased, _unstopped, clean
from afterword.compose.fragments.words import (
    _SMALL,
    _has_subject,
    _lower_ok,
    _series,
    _short,
    _small_numbers,
)
from afterword.language import counts, pointers
from afterword.language import phrases as gr
from afterword.language.inflect import indefinite
from afterword.language.jotted import fold
from afterword.language.wellformed import counted_objects

_NUMBER_WORDS = dict(zip("23456789", "two three four five six seven eight nine".split(),
                         strict=True))
# A number and one or two words, nothing else ("2 shift", "three sites", "4 languages").
_BARE_COUNT = re.compile(r"(?i)(?:~\s*)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|"
                         r"nine|ten|a few|several)\s+[a-z-]+(?:\s+[a-z-]+)?")


def _active_past(piece: str) -> bool:
    """ "booked 14 meetings in ...", "trained the new starters": a past verb with its counted
    or determined object is something the candidate did, wherever it stands; "cited in a
    brief" is a passive, and "cut p99 latency of quote API" lacks the articles a sentence
    needs."""
    words = piece.split()
    return len(words) >= 3 and words[0].islower() and gr.is_past(words[0]) and \
        (words[1][:1].isdigit() or words[1].lower() in gr.DETERMINERS)


class ClauseReading(ReadingBase):
    """Qualifications as clauses after "I"."""

    # Qualifications -------------------------------------------------------------------

    def qualification(self, text: str) -> Phrased:
        """A qualification as a clause after "I" ("cut the close from 9 days to 6 ..."); its
        figures stay with it ("trained 4 apprentices, 3 still in the trade" -> "trained four
        apprentices, with three still in the trade")."""
        # "4 yrs as an as clinical pharmacist": a stutter of the jotting, said once.
        jot = self.read(re.sub(r"(?i)\bas\s+an?\s+as\s+(\w+)",
                               lambda m: f"as {indefinite(m.group(1))} {m.group(1)}", text))
        if jot.off_limits or not jot.content:
            return Phrased(text, reason=jot.off_limits or "nothing in it a note can use")
        # "CCRN by june hopefully": a hope is no qualification; the piece is left out.
        hoped = {p.text for p in jot.pieces if p.is_content and p.text and stories.hedged(p.raw)}
        # "some python", "not a quant expert": an undersell never reaches a note.
        undersold = {p.text for p in jot.pieces if p.is_content and p.text and
                     claims.undersold(p.raw)}
        pieces = [counts.year_n(counts.ranks(claims.spelled_measures(part)))
                  for piece in jot.content if piece not in hoped | undersold
                  for part in _one_level_first(piece)]
        if pieces:
            # "6 yrs warehouse before that": the first piece points at the line before it,
            # which the note does not carry; the pointer goes, and the line stays true. A
            # later piece's pointer ("BEd 2015, 6 yrs as a TA before that") has its anchor.
            pieces[0] = pointers.without_pointers(pieces[0])
        if not pieces and undersold:
            return Phrased(text, reason="it undersells you (\u201csome\u201d, \u201cnot an "
                           "expert\u201d): a note says what you have done with it",
                           ask=f"write \u201c{_short(text)}\u201d as something you did with "
                           "it, e.g. \u201cwrote the scripts that ...\u201d")
        if not pieces:
            return Phrased(text, reason="a hope, not a fact: the note says what is done or held",
                           ask=f"write \u201c{_short(text)}\u201d once it is done or booked")
        start_ = self.facts.start
        if credentials.passed_later(pieces, now=(start_.year, start_.month)):
            # "NEBOSH cert - passed sep 2026" jotted before September: not held yet, so
            # never "hold a NEBOSH certification".
            return Phrased(text, reason="its date is after the interview: the note says what "
                           "is done or held", ask=f"write \u201c{_short(text)}\u201d once it is "
                           "passed, or check the date")
        # A title and where it was held ("Articles Editor, Mill River Review") is one idea.
        clause = _held_title(", ".join(pieces)) or _degree(", ".join(pieces)) or \
            _licence_record(", ".join(pieces))
        start, used = 0, len(pieces) if clause else 0
        carried: set[int] = set()  # pieces before `start` that the sentence says too
        held = _credential_years(pieces)
        if clause is None and held:
            clause, used = held  # "CVT, 6 yrs": a credential held for some years
        earned = (credentials.earned(pieces, now=self.facts.start.year) or
                  credentials.held_since(pieces)) if clause is None else None
        if clause is None and not earned and pieces:
            title = credentials.dated_title(pieces[0], now=self.facts.start.year)
            earned = (title, 1) if title else None  # "CNA 2019": earned that year
        if clause is None and not earned:
            # "CSMLS general cert - passed oct 2026": passed then; "IV cannulation trained
            # + signed off, ~60 done": cleared for it, with how many done.
            start_ = self.facts.start
            earned = credentials.passed_on(pieces, now=(start_.year, start_.month)) or \
                credentials.cleared_for(pieces)
        if earned:
            clause, used = earned  # "MSc Geography, Leeds 2020": earned there, then
        held_bare = credentials.bare(pieces) if clause is None else None
        if held_bare and clean(held_bare[0], self.reader):
            clause, used = held_bare  # "Class B CDL", "RN, BLS/ACLS": a credential held
        languages = _one_level_first(", ".join(pieces))
        listed = claims.tools(pieces) if clause is None else None
        if clause is None and len(pieces) == 1 and not _spoken(pieces[0]):
            # "Stata, R and ArcGIS": named tools in one piece (names only: "patience,
            # empathy and grit" are no tools).
            named = re.split(r",\s*|\s+and\s+", pieces[0])
            if all(w[:1].isupper() for n in named for w in n.split()):
                listed = claims.tools(named)
        if listed and clean(listed, self.reader):
            clause, used = listed, len(pieces)  # "SQL, python, Tableau": tools worked with
        led = claims.led_to(pieces, text) if clause is None else None
        if led:
            clause, used = led  # "field study -> redesign of the form": what it led to
        if clause is None and len(pieces) > 1 and _spoken(languages[0]):
            # "fluent marathi, hindi, english + some kannada": one level for a list.
            clause, pieces, used = _spoken(languages[0]), languages, 1
        if clause is None:
            # The first piece that reads as something done or had leads; a piece before it
            # that does not ("EPA 608 universal, NATE certified") is shown as left out.
            for start, piece in enumerate(pieces[:3]):
                if start and (len(piece.split()) < 2 or re.fullmatch(r"[\d\s,.$%-]+", piece)):
                    continue  # "MBA from Ross, 2019": a year alone is nothing to bring
                if start and _BARE_COUNT.fullmatch(piece):
                    # "team of 35 pickers + 6 drivers, 2 shift": a count and its noun after
                    # the line they belong to is a detail of it, nothing to bring alone
                    # (it came out as "My record includes two shift.").
                    continue
                # A past verb after a noun that did not read ("note published, cited in a
                # brief") is that noun's passive, not something the candidate did.
                done = self._i_clause(piece) if start == 0 or piece.startswith("I ") or \
                    _active_past(piece) else None
                if start and piece.startswith("I "):
                    # "recall rate 61% -> 78% (i built the recall call list)": the action is
                    # said with the result jotted before it; alone it is a fragment without
                    # its point ("I built the recall call list.").
                    found = self._with_result(piece, pieces[:start], text)
                    if isinstance(found, Phrased):
                        return found
                    if found:
                        done, carried = found[0], {found[1]}
                if done is None and start == 0:
                    done = claims.count_done(piece)  # "~340 cases closed": "closed about 340 cases"
                if done is None and start == 0:
                    # "food waste 30% -> 12% (i did the par sheet)": what the candidate did,
                    # then the result beside it, never "helped cut ... and did ...".
                    action = self._i_clause(pieces[1]) if len(pieces) > 1 and \
                        pieces[1].startswith("I ") else None
                    done = claims_results.action_and_result(claims.did_as_done(action), piece) \
                        if action else None
                    if done:
                        start, carried = 1, {0}  # both pieces are said
                if done is None and start == 0:
                    # "team CSAT 78% -> 91%": "helped raise team CSAT from 78% to 91%".
                    done = claims_results.metric_moved(piece)
                if start and re.search(r"(?i)\b(?:before|after|since) that\b|\bthen\b", piece):
                    continue  # "4 yrs as an assistant before that": it leans on what is left out
                clause = done or self._framed(piece) or credentials.held(piece)  # ", OSHA 30"
                if start and not done and clause and clause.startswith("would bring ") and \
                        not re.search(r"(?i)\b(?:years?|months?)\b", clause) and \
                        not _SKILL_WORDS.search(clause):
                    # "designed X, 3 levels of struts", "wedding cakes, 2 tiers to 6 tiers":
                    # a noun phrase after a line that did not read is a detail of that line;
                    # alone it went out as "My record includes three levels of struts."
                    clause = None
                    continue
                if clause:
                    clause = claims.with_article(clause)  # "saved client" -> "saved the client"
                recent = claims.last_years(piece) if clause is None else None
                if recent:
                    # "bar manager at The Anchor last 3": a post held for those years.
                    post = self._framed(recent[0])
                    if post and post.startswith("was "):
                        clause = f"{post} for {recent[1]} years"
                if clause is not None and start + 1 < min(len(pieces), 3) and \
                        not clean(clause, self.reader):
                    # "6 yrs hospo, bar manager at ...": a piece that cannot go out as it
                    # is gives way to the next that can; it is shown as left out.
                    clause = None
                    continue
                if clause is not None:
                    used = start + 1
                    break
        averaged = claims.average_first(clause) if clause is not None else None
        if clause is not None and averaged is None:
            # "cut AOG after defects average from ...": where the average goes is a guess.
            return Phrased(text, reason="what the average measures is not clear from the "
                           "jotting", ask=f"write \u201c{_short(text)}\u201d as a sentence "
                           "starting with \u201cI\u201d, e.g. \u201cI cut the average "
                           f"... {_from_part(clause)}\u201d")
        clause = averaged
        if clause is not None and used < len(pieces):
            # "12 yrs finish carpentry, 4 as lead", "BSW 2023, 2 yrs at an agency": a piece
            # that leans on the claim before it is said with it, never cut.
            joined = spans.part_of_years(clause, pieces[used]) or spans.after_earned(
                clause, self._framed(re.sub(r"(?i)\s+(?:before that|before then|prior|"
                                            r"beforehand)$", "", pieces[used])), pieces[used]) \
                or spans.and_held(clause, self._framed(pieces[used]) or
                                  credentials.held(pieces[used]))
            if joined and clean(joined, self.reader):
                clause, used = joined, used + 1
        clause, used = self._tallied(clause, pieces, used)
        # "I would bring {q} to the team" has no room for a second clause or a figure.
        if clause is not None and used < len(pieces) and not clause.startswith(
                ("would bring", "earned my", "speak ", "am a", "my ")):
            more = self._i_clause(pieces[used])
            figures = []
            for piece in pieces[used:used + 2]:
                if not _figure(piece):
                    break
                figures.append(piece)
            longer = None
            tail = claims.passive_tail(pieces[used])
            reached = outcomes.share(pieces[used])
            moved = _measure_moved(pieces[used])
            ended = _all_ended(pieces[used])
            figured = claims.figure_tail(clause, pieces[used])
            if figured and len(figured.split()) <= 30:
                # "found 23 bugs ..., 4 critical", "ran clinics, about 15 a week": the
                # figure that makes the claim, said with it.
                longer, taken = figured, 1
            elif moved and len(f"{clause} {moved}".split()) <= 30:
                # "redesigned the claim flow, completion from 48% to 71% in 4 months": the
                # measure it moved is the point of the claim, never cut from it.
                longer, taken = f"{clause}{'' if moved.startswith('from ') else ','} {moved}", 1
            elif reached and len(f"{clause} {reached}".split()) <= 28:
                # "ran the recall list, 280 overdue pts -> 96 scheduled": how many it reached.
                longer, taken = f"{clause}, and {reached}", 1
            elif tail and len(f"{clause} {tail}".split()) <= 26:
                # "set up a parts catalogue, used by about 40 fitters": what was made, described.
                longer, taken = f"{clause}, {tail}", 1
            elif more and gr.is_past(more.split()[0]) and len(f"{clause} {more}".split()) <= 24 \
                    and not _bare_when(more) and not _bare_object(more):
                # "redesigned a cast bracket, saved $11.40 per unit": the result goes with it.
                longer, taken = f"{clause} and {more}", 1
            elif ended and len(f"{clause} {ended}".split()) <= 26:
                # "rewired 40 flats, all done in a week": how all of them ended, with its verb.
                longer, taken = f"{clause}, and {ended}", 1
            elif _has_subject(pieces[used]) and not _quantified(pieces[used]) and \
                    len(f"{clause} {pieces[used]}".split()) <= 26:
                # "ran the elective, enrolment went from 14 to 31": the outcome, as a clause.
                longer, taken = f"{clause}, and {pieces[used]}", 1
            elif figures and len(f"{clause} {' '.join(figures)}".split()) <= 28:
                # "led the rewrite, ~40M txns/day, zero breaks in 14 mos": figures say how
                # much, so they stay with the claim.
                # "5:1 ratio" counts one thing: "a 5:1 ratio".
                figures = [f"a {f}" if re.match(r"\d+:\d+\s+[a-z]+$", f) else f for f in figures]
                longer, taken = f"{clause}, with {' and '.join(figures)}", len(figures)
                if len(figures) == 1 and re.fullmatch(
                        r"(?i)(?:about |over |nearly )?\d+(?:\.\d+)?\s+(?:years?|months?)",
                        figures[0]):
                    # "planned routes ..., 3 yrs": how long, never "with three years".
                    longer = f"{clause} for {figures[0]}"
            if longer and clean(longer, self.reader):
                clause, used = longer, used + taken
                result = self._i_clause(pieces[used]) if used < len(pieces) else None
                if taken and figures and result and gr.is_past(result.split()[0]) and \
                        len(f"{clause} {result}".split()) <= 32 and \
                        clean(f"{clause}, and {result}", self.reader):
                    # "wrote the checklist, ~420 items -> cut prep from 3 wks to 9 days":
                    # the result the figures led to goes with them.
                    clause, used = f"{clause}, and {result}", used + 1
        clause, used = self._tallied(clause, pieces, used)
        if clause is not None:
            # "have spent 8 years as a teacher and coached robotics": one tense a sentence.
            clause = posts.one_tense(posts.one_year(posts.as_post(clause)))
        if clause is not None and re.search(r"->|\u2192", text) and not re.search(
                r"\bfrom\b", clause) and re.search(
                r"\bto (?:about |a |an )?(?:\d|one|two|three|four|five|six|seven|eight|nine)\b",
                clause):
            # "took a 6 day cycle -> 5 day", "a class -> 1:1 follow ups down": an arrow read
            # as "to" without its "from" says something else than the jotting.
            clause = None
        # What the sentence does not carry is shown, so a preview never hides it.
        details = tuple((p, "a detail the sentence does not carry: write it into the "
                            "qualification if it matters")
                        for n, p in enumerate(pieces)
                        if n < start and n not in carried or n >= used)
        if clause is None or not clean(clause, self.reader):
            return self._left_out(text, reason="it does not read as something you did or have",
                                  ask=f"write \u201c{_short(text)}\u201d as a sentence starting with "
                               "\u201cI\u201d, e.g. \u201cI have three years of ...\u201d or \u201cI cut ... "
                               "by ...\u201d",
                           dropped=tuple(jot.left_out))
        hopes = tuple((p, "a hope, not a fact: the note says what is done or held")
                      for p in sorted(hoped)) + tuple(
            (p, "an undersell: a note says what you did with it") for p in sorted(undersold))
        # "the checklist we still use": "we" is the old team, never the reader's company.
        clause = claims.did_as_done(claims.slashed_pairs(
            claims.our_team(clause, claims.employer(self.facts.qualifications))))
        if start and not carried:
            # "volunteer at the fridge, I did their tracker": "their" pointed at the piece
            # left out; the reader would look for whose ("built a donations tracker").
            clause = re.sub(r"\btheir\s+(\w+)", lambda m: f"{indefinite(m.group(1))} "
                            f"{m.group(1)}", clause, count=1)
        return Phrased(text, text=_small_numbers(claims_results.spans_said(clause)),
                       dropped=tuple(jot.left_out) + details + hopes)

    def _tallied(self, clause: str | None, pieces: list[str], used: int) -> tuple[str | None, int]:
        """The figures after a claim said with it ("..., ~48k miles, 0 accidents 0 tickets":
        "and have driven about 48,000 miles with no accidents or tickets")."""
        while clause is not None and used < len(pieces):
            longer = tallies.joined(clause, pieces[used])
            if not longer or not clean(longer, self.reader):
                break
            clause, used = longer, used + 1
        return clause, used

    def _framed(self, head: str) -> str | None:
        """A qualification jotted as a noun phrase, framed after "I": years, a title, a
        credential, languages, tools used daily, a standing, a rate kept."""
        # "nine years domestic and commercial plumbing": a count in words is a count too
        # (else it went out as "would bring nine years domestic ...", without its "of").
        m = re.match(rf"(?i)({_COUNT})[ -]+years?\s+(?:of\s+)?(.+)$", head)
        spent = re.match(rf"(?i)({_COUNT})[ -]+years?\s+((?:at|in|as|with)\s.+)$", head)
        certified = re.match(r"(?i)(.+?)\s+(certified|licensed|qualified|registered)\b(.*)$",
                             head)
        role = re.match(rf"(?i)({_COUNT})[ -]+years?\s+(?:as\s+(?:an?\s+)?)?((?:\S+\s+){{0,3}}"
                        rf"(?:{gr.ROLES}))\b(.*)$", head)
        acronyms = r"[A-Z][A-Z0-9&-]{1,7}(?:(?:,\s*|\s+and\s+)[A-Z][A-Z0-9&-]{1,7})*"
        since = re.match(rf"({acronyms})\s+since\s+((?:19|20)\d\d)$", head)
        current = re.match(rf"({acronyms})\s+(?:current|active|valid|up to date)$", head)
        fluent = re.match(r"(?i)(fluent|conversational|native|bilingual)\s+(?:in\s+)?"
                          r"((?:[A-Z][a-z]+)(?:(?:,\s*|\s+and\s+|/)[A-Z][a-z]+)*)$", head)
        daily = re.match(r"((?:[A-Z][\w.#+-]*)(?:(?:,\s*|\s+and\s+)[A-Z][\w.#+-]*)+)\s+"
                         r"(daily|every day|weekly)$", head)
        standing = re.match(r"(?i)top\s+(\d+%|\w+)\s+(?:of\s+)?(?:my\s+|the\s+)?"
                            r"(class|cohort|year|program|programme|graduating class)$", head)
        rate = re.match(r"(?i)([a-z-]+(?:\s+[a-z-]+)?\s+rate)\s+((?:under|below|above|over|of)\s+"
                        r"(?:about\s+)?[\d.]+%)\s*(?:(?:for\s+|over\s+|in\s+)?(?:the\s+)?"
                        r"last\s+(\S+\s+(?:years?|months?)))?(\s+(?:at|in)\s+[A-Z].*)?$", head)
        post = re.match(rf"(?i)((?:\S+\s+){{0,2}}(?:{gr.ROLES}|associate|fellow|volunteer|tutor))"
                        r"\s+(at|for|with)\s+((?:[A-Z][\w&'.-]*|&|and|of|the)(?:\s+(?:[A-Z][\w&'.-]*"
                        r"|&|of|the))*(?:\s+and\s+[a-z].*)?)$", head)
        if durations.bare(head):
            return None  # "six weeks" alone says nothing a note can use
        two = spans.years_in_two_roles(head) or spans.years_in_two_fields(head)
        if two:
            return two  # "3 yrs shift lead + 1 yr asst mgr at ...": each post its years
        spoken = _spoken(head)
        if spoken:
            return spoken
        weeks = durations.spent(head)
        if weeks:
            return weeks  # "6 wks agency ICU cover": time spent on it
        earned = _degree_year(head)
        if earned:
            return earned
        if role:
            article = spans.article(role.group(2))
            return f"have spent {role.group(1)} years as {article} {role.group(2)}{role.group(3)}"
        as_role = claims.years_as_role(head)
        if as_role:
            return as_role  # "3 yrs freelance tour guide at ...": a role, not a field
        if spent:
            return f"have spent {spent.group(1)} years {spent.group(2)}"
        licence = credentials.held_since_when(head)
        if licence:
            return licence  # "CDL-A since May 2026": "have held a CDL-A since May 2026"
        if since:
            # "PMP since 2021": a credential held since then.
            return f"have held the {_series(_LIST.split(since.group(1)))} since {since.group(2)}"
        if current:
            names = _LIST.split(current.group(1))
            noun = "certifications" if len(names) > 1 else "certification"
            return f"hold current {_series(names)} {noun}"
        if _degree(head):
            return _degree(head)
        trained = re.fullmatch(r"([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})\s+trained", head)
        if trained and not gr.has_clause_verb(trained.group(1).split()) and \
                trained.group(1).split()[0] not in gr.DETERMINERS:
            # "injection therapy trained": a field of two words or more; "forklift trained"
            # is said as jotted.
            field_words = trained.group(1).split()
            return f"am trained in {trained.group(1)}" if len(field_words) > 1 else \
                f"am {trained.group(1)} trained"
        held_in = re.match(r"(?i)(certified|licensed|trained|registered)\s+(in|as|on)\s+(\S.*)$",
                           head)
        if held_in:
            # "licensed in ohio since 2019": held since then, "have been"; else "am".
            verb = "have been" if re.search(r"(?i)\bsince\b", held_in.group(3)) else "am"
            return (f"{verb} {held_in.group(1).lower()} {held_in.group(2).lower()} "
                    f"{held_in.group(3)}")
        belt = re.match(r"(?i)((?:lean\s+)?six sigma)\s+(green|black|yellow)\s+belt$", head)
        if belt:
            return f"hold a Six Sigma {belt.group(2).capitalize()} Belt" if "lean" not in \
                belt.group(1).lower() else f"hold a Lean Six Sigma {belt.group(2).capitalize()} Belt"
        times = re.match(r"(\d+)x\s+(.+)$", head)
        if times and int(times.group(1)) > 1 and not re.search(r"\d", times.group(2)):
            # "3x employee of the month": a standing earned more than once.
            count = _SMALL.get(times.group(1), times.group(1))
            return f"was {times.group(2)} {count} times"
        if certified and certified.group(3) == "" and certified.group(1).islower() and \
                len(certified.group(1).split()) <= 2:
            return f"am {certified.group(1)} {certified.group(2)}"  # "forklift certified"
        if certified and certified.group(1)[:1].isupper() and (
                not certified.group(3).strip() or re.match(
                    r"\s*(?:in|as|for|through|since|by|until)\b", certified.group(3))):
            # "CKA certified" is held: "I hold the CKA certification" says what it is.
            return (f"hold the {certified.group(1)} certification{certified.group(3)}"
                    if certified.group(2).lower() == "certified" else
                    f"am {certified.group(1)} {certified.group(2)}{certified.group(3)}")
        if fluent:
            languages = re.split(r",\s*|\s+and\s+|/", fluent.group(2))
            if all(self.reader.forms.get(fold(w)) == w for w in languages):
                return f"am {fluent.group(1).lower()} in {_series(languages)}"
        if daily:
            return f"use {_series(_LIST.split(daily.group(1)))} {daily.group(2)}"
        if standing:
            return f"was in the top {standing.group(1)} of my {standing.group(2).lower()}"
        if rate:
            period = f" over the last {rate.group(3)}" if rate.group(3) else ""
            return f"kept my {rate.group(1).lower()} {rate.group(2)}{period}{rate.group(4) or ''}"
        if post:
            article = "an" if post.group(1)[0].lower() in "aeiou" else "a"
            return f"was {article} {post.group(1)} {post.group(2).lower()} {post.group(3)}"
        if m and not re.search(r"(?i)\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
                               r"[ -]+(?:years?|months?|weeks?)\b", m.group(2)):
            field = m.group(2)
            # "5 yrs visual at Lark Home": the field is what comes before where.
            where = re.search(r"\s+(?:at|in|with|for)\s+\S.*$", field)
            bare, place = (field[:where.start()], where.group()) if where else (field, "")
            if (len(bare.split()) <= 2 or _ends_on_adjective(bare)) and \
                    not _SKILL_WORDS.search(bare):
                # "8 yrs warehouse", "6 yrs RDH": a bare field is no thing one has years
                # of; "years of warehouse experience" is.
                field = f"{bare} experience{place}"
            return f"would bring {m.group(1)} years of {gr.add_articles(field)}"
        counted = re.match(r"(?i)(\d|two|three|four|five|six|seven)\s+languages$", head)
        if counted:
            # "4 languages (FR, EN, ES, IT B2)": languages are spoken, never "brought".
            count = counted.group(1).lower()
            return f"speak {_NUMBER_WORDS.get(count, count)} languages"
        if len(head.split()) <= 8 and _bringable(head):
            head = re.sub(r"^(.+?):\s+(.+)$", r"\1 (\2)", head)
            return f"would bring {head[0].lower() + head[1:] if _lower_ok(head) else head}"
        return None

    def _with_result(self, piece: str, before: list[str],
                     text: str) -> tuple[str, int] | Phrased | None:
        """An action jotted after its result ("61% -> 78% (i built the list)") said with it:
        "built the list, and the recall rate rose from 61% to 78%"; the whole line is left
        out, with that sentence as the example, when the result cannot go out as it is."""
        action = claims.did_as_done(piece[2:])
        for n, result in enumerate(map(claims_results.result_clause, before)):
            if result is None:
                continue
            joined = f"{action}, and {result}"
            if clean(joined, self.reader):
                return joined, n
            return Phrased(text, reason="what you did is jotted apart from the result it "
                           "led to, which the note cannot spell out for sure; alone it "
                           "would lose its point", ask="write it as one sentence starting "
                           f"with \u201cI\u201d, e.g. \u201cI {joined}\u201d")
        return None

    def _i_clause(self, piece: str) -> str | None:
        """A piece as what follows "I": "passed FAR and REG", "I learned ..." -> "learned ..."."""
        piece = _unstopped(piece)
        if piece.startswith("I "):
            return piece[2:]
        words = piece.split()
        first = words[0] if words else ""
        if first.lower() in gr.PARTICIPLES:
            return None  # "licensed by end of year" is not something done
        role_time = re.search(r"\b([a-z-]+)\s+\d+(?:\.\d+)?\s+(?:years?|months?)$", piece)
        if claims.years_as_role(piece) or role_time and claims.agent_noun(role_time.group(1)):
            # "paid on-call firefighter 2 yrs": a post held for a while, "paid" describes it.
            return None
        if re.match(r"(?i)(?:turned out|ended up being|seemed|looked like|sounded like|"
                    r"happened)\b", piece):
            return None  # "turned out to be a mislabeled breaker": its subject is "it"
        if first[:1].isupper() and len(words) > 1 and words[1][:1].isupper():
            return None  # "Advanced Excel": a name, not a verb
        if len(first) > 1 and first.isupper():
            return None  # "RECOVER certified": an acronym, never the verb "recover"
        if len(words) > 2 and words[1].lower() == "of" and re.match(r"(?:about\s+)?\d",
                                                                     " ".join(words[2:])):
            # "crew of 7, 3 trucks", "team of 14": a noun and its count, never the verb
            # "crew" ("I crew of 7"); what the candidate did with them is asked for.
            return None
        if len(words) <= 5 and words[-1].lower() in {"trained", "certified", "licensed"}:
            return None  # "wound care trained": a field one is trained in, not "wound" done
        if first[:1].isupper() and self.reader.forms.get(fold(first)) == first:
            return None  # "Excel and SQL daily": a product's name, not the verb "excel"
        if first.lower() in gr.PASSIVES and (len(words) == 1 or words[1].lower() in {
                "to", "as", "for", "by", "in", "into", "after", "at", "onto", "twice"}):
            # "promoted to shift lead" is passive; "promoted 4 leads" is something done.
            said = re.sub(r"(?<=[a-z]) ((?:19|20)\d\d)$", r" in \1", piece)  # "... bar 2024"
            return f"was {said[0].lower()}{said[1:]}"  # "shortlisted for ..." -> "was ..."
        if first.lower() in {"admitted", "sworn"}:
            return None  # "admitted NY 2024": to the bar, said for sure only with "to"
        if first.lower() == "been" and len(words) > 1:
            return f"have {piece[0].lower()}{piece[1:]}"  # "been doing the course" -> "have been ..."
        if re.search(r"(?<=\s)I\b", piece) and "ADJ" in gr._lemmas(first.lower()):
            return None  # "last one like that I found ...": a phrase before its own subject
        if first.lower() in {"am", "was"} and len(words) > 1 and words[1].endswith("ing"):
            # "am writing final exam in may": a form of "be" before what is under way takes
            # no article ("am the writing ..."); the object after it is the candidate's.
            return f"{first.lower()} {piece[len(first):].strip()}"
        if gr.is_past(first) or gr.is_base_verb(first):
            rest = piece[len(first):]
            return first.lower() + gr.add_articles_after_verb(rest)
        return None


_ALL_ENDED = re.compile(r"(?i)(all|both|every one|each)\s+((?:back|done|finished|delivered|closed|"
                        r"completed|signed off|fixed|installed|on time|on budget|under "
                        r"budget|within budget|ahead of schedule)\b.*)")


def _quantified(piece: str) -> bool:
    """ "all signed off", "all snags fixed in a week": a quantifier, then no verb of its own;
    pasted after a claim ("..., and all fixed in a week") it reads as a broken sentence."""
    words = piece.split()
    # "all passed first time", "all went home": a past verb that takes no object is the
    # clause's own verb, and the piece reads as it is.
    return len(words) > 1 and words[0].lower() in {"all", "both", "each", "every", "most",
                                                   "none", "some"} and \
        words[1].lower() not in {"passed", "finished", "arrived", "stayed", "came", "went",
                                 "worked", "ran", "returned", "graduated", "qualified"} and \
        not re.search(r"(?i)\b(?:was|were|is|are|has|have|had|got)\b", piece)


def _all_ended(piece: str) -> str | None:
    """ "all done in a week" -> "all were done in a week": how every one of the things just
    named ended, given the verb the jotting left out. One clause only: "all signed off + all
    snags fixed" is two, and is left out rather than pasted."""
    text = " ".join(piece.split())
    m = _ALL_ENDED.fullmatch(text)
    if not m or re.search(r"(?i)\s(?:and|\+|&)\s|,", m.group(2)):
        return None
    verb = "was" if m.group(1).lower() in {"every one", "each"} else "were"
    return f"{m.group(1).lower()} {verb} {m.group(2)}"


def _ends_on_adjective(field: str) -> bool:
    """ "domestic and commercial", "paediatric + acute": a field that ends on an adjective
    has lost its noun ("nine years of domestic and commercial" reads as cut off)."""
    last = field.split()[-1].lower() if field.split() else ""
    lemmas = gr._lemmas(last)
    return "ADJ" in lemmas and ("NOUN" not in lemmas or last.endswith((
        "al", "ic", "ive", "ary", "ous", "ent", "ant")))


def _bare_object(clause: str) -> bool:
    """ "balanced drawer 100% of days": a past verb whose object, a singular noun of a
    thing one has, lost its article ("my drawer"); joined to a claim it reads as pasted."""
    words = clause.split()
    return len(words) > 1 and words[1].isalpha() and words[1].islower() and \
        words[1] in counted_objects()


def _bare_when(clause: str) -> bool:
    """ "passed in February 2026": a past verb with only a date after it has lost its object;
    joined to a claim ("hold a forklift ticket and passed in February 2026") it reads as
    pasted, and as a fact it may not have happened yet."""
    return bool(re.fullmatch(r"(?i)[a-z]+ed\s+(?:in\s+|on\s+)?(?:[a-z]+\s+)?\d{4}", clause.strip()))


def _from_part(clause: str) -> str:
    """ "from 5.5 hours to about 3 hours" out of a claim, for an ask's example."""
    m = re.search(r"\bfrom\s+\S+(?:\s+\S+)?\s+to\s+(?:about\s+)?\S+(?:\s+(?:hours?|minutes?|"
                  r"days?|weeks?|months?|years?))?", clause)
    return m.group() if m else "from X to Y"


# A count of years, in figures or words.
_COUNT = (r"\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
          r"twenty")
