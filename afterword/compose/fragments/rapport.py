"""Rapport shaped into a sentence to the reader."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from afterword.compose import connections, rapport_clauses, rapport_events, rapport_kinds
from afterword.compose.facts import Person
from afterword.compose.fragments.base import ReadingBase
from afterword.compose.fragments.common_ground import family_connection, same_place, shared_path
from afterword.compose.fragments.phrased import Phrased, _unstopped, clean
from afterword.compose.fragments.words import _SMALL, _plural_noun, _rare, _short
from afterword.language import banter, determiners
from afterword.language import phrases as gr


class RapportReading(ReadingBase):
    """Rapport as a sentence to the reader."""

    # Rapport ----------------------------------------------------------------------------

    def rapport(self, person: Person) -> Phrased:
        """The rapport as a sentence to the reader, or left out (mishaps, private life).

        Also read clause by clause: one private or awkward clause ("her son is in my
        daughter's class") costs the note only that clause, and when the whole line cannot
        be said the safe clauses ("we're both from laredo") are phrased alone, so nothing of
        a dropped clause can reach the sentence. The dropped clauses, with why, go to the
        record's preview. A name typed in lower case ("at the savoy") is given capitals."""
        found = self._salvaged(person)
        if not found.text:
            return found
        said = rapport_clauses.recased(found.text)
        fixed = _typo_fixed(said, person.rapport or "")
        if fixed:
            # "did our MBA at insead" spelled as "at instead": a name the typo fixer took for
            # a slip. Asked, with the line as jotted for its example.
            shown = ", ".join(f"\u201c{raw}\u201d" for raw, _ in fixed)
            for raw, word in fixed:
                said = re.sub(rf"\b{re.escape(word)}\b", raw, said)
            return Phrased(found.source, reason=f"{shown} {_UNSURE}",
                           ask=f"if {shown} is spelled as you mean it, write the line to "
                               f"{_them(person)} yourself, e.g. \u201c{said.rstrip('.')}\u201d",
                           dropped=found.dropped)
        return replace(found, text=said)

    def _salvaged(self, person: Person) -> Phrased:
        text = person.rapport or ""
        safe, out = rapport_clauses.sort_out(text)
        # The whole line's own readings come first: they take only what is in common from a
        # clause ("he used to come into my dads chippy in jesmond, recognised me": "a
        # familiar face from Jesmond"), behind the gates of private life.
        whole = self._rapport(person, text)
        if whole.ok or not out:
            return replace(whole, dropped=tuple(dict.fromkeys((*whole.dropped, *out))))
        if safe:
            kept = self._rapport(person, ", ".join(safe))
            if kept.ok or (kept.reason and kept.reason.endswith(_UNSURE[_UNSURE.index(","):])):
                # Said, or built but for one word no list knows: the ask then gives the line.
                return replace(kept, source=text, dropped=(*kept.dropped, *out))
        return replace(whole, dropped=tuple(dict.fromkeys((*whole.dropped, *out))))

    def _other(self, person: Person, text: str) -> str:
        return (f"\u201c{_short(text)}\u201d stays out of the note, which reads well without "
                f"it; if you and {person.first_name} share something you would like to mention, "
                f"write it as a sentence to {_them(person)}, e.g. \u201cIt was good to find we "
                "both ...\u201d")

    def _rapport(self, person: Person, text: str) -> Phrased:
        """The rapport line (or its safe clauses) as a sentence to the reader, or left out."""
        # "... (janet!!) small world": the exclamation is no part of what is in common.
        jot = self.read(re.sub(r"(?i)[\s,;:.!-]*\bsmall world\b[\s!.]*$", "", text) or text)
        ask = (f"write what you found in common with {person.first_name} as a sentence to "
               f"{_them(person)}, e.g. \u201cIt was good to find we both ...\u201d")
        # What is private, or not something in common ("his daughter came in to say
        # goodnight", "he's a dentist"), is not to be rephrased: it stays out, and the ask is
        # for something else in common, if the candidate wants a line of rapport.
        # Never "add something else you have in common": a coach read that as pushing the
        # user to invent a line, which is worse than none.
        other = self._other(person, text)
        if jot.off_limits:
            return Phrased(text, reason=jot.off_limits, ask=other)
        if family_connection(text) and all(
                family_connection(p) or re.fullmatch(r"(?i)\W*small (?:town|world)\W*", p)
                for p in jot.content):
            # Issue 13: family never reaches a note, however warm the link ("he knew my
            # grandpa from rotary"); the candidate may write it in themselves. Beside
            # something else in common ("both from pasco, he knew my uncle") the rest stays.
            return Phrased(text, reason="a family connection",
                           ask=f"\u201c{_short(text)}\u201d is a family connection: add it "
                               "yourself if you want it in the note")
        path = shared_path(text, self.facts) or same_place(text)
        if path and clean(path, self.reader):
            return Phrased(text, text=path, dropped=tuple(jot.left_out))
        # A kind of rapport with its own verb and preposition ("we both served in the RAAF",
        # "a fellow Lakeshore graduate", "a familiar face from Rathmines"): names of a
        # school or a service are the reader's own, so their capitals are kept. The line
        # holds only what is in common ("my dads chippy in jesmond" gives "Jesmond"), so
        # private life elsewhere in the jotting stays out of it.
        spoke = any(connections.spoken(piece) for piece in jot.content)
        # A line that reads well but for a word no word list knows ("quenelles"): the
        # example the ask gives, so the user need only check it and write it in.
        unsure: list[str] = []
        for kind in () if spoke else rapport_kinds.sentences(text):
            if clean(kind, self.reader, own_terms=True) and not _private_life().search(kind) \
                    and not connections.judges_someone(text):
                return Phrased(text, text=kind, dropped=tuple(jot.left_out))
            unsure.append(kind)
        if _private_life().search(text):
            # "both have twins", "same church": private life, however warmly it came up.
            return Phrased(text, reason="it touches on private life", ask=other,
                           dropped=tuple(jot.left_out))
        if connections.judges_someone(text):
            return Phrased(text, reason="it passes on an opinion of someone", ask=other,
                           dropped=tuple(jot.left_out))
        if re.search(r"(?i)\b(?:hate|hates|can'?t stand|sick of|fed up|annoy\w*|complain\w*)\b",
                     text):
            # "we both hate charting in X": a shared complaint is no line for a thank-you.
            return Phrased(text, reason="a shared complaint, not a line for a thank-you",
                           ask=other, dropped=tuple(jot.left_out))
        # "he slagged me the whole tour": banter is a moment of the interview, never a
        # kindness to thank for; what else the line holds may still be in common.
        teased = [piece for piece in jot.content if banter.teasing(piece)]
        for piece in jot.content:
            if piece in teased or rapport_kinds.unfit(piece) or rapport_kinds.moaned_only(piece):
                continue
            # "knew my grandpas shop in ames": a connection, not a shared fact.
            said = connections.spoken(piece) or \
                self._rapport_sentence(connections.unled(piece)) or connections.link(piece)
            # "both play in a beer league team (diff teams)": each in one of them, so "in
            # beer league teams"; "the same team" is what the line says we do not share.
            sentence = _each_of_what_differs(said, text) if said else None
            if said and sentence is None:
                return self._left_out(text, reason="it reads as the one thing the record says "
                                      "differs", ask=ask, dropped=tuple(jot.left_out))
            # "trained at the kessler institute": a name typed in lower case is a name.
            sentence = rapport_clauses.recased(sentence) if sentence else None
            if sentence and clean(sentence, self.reader):
                return Phrased(text, text=sentence, dropped=tuple(jot.left_out))
            if sentence:
                unsure.append(sentence)
        sentence = _same_as_mine([p for p in jot.content if p not in teased])
        if sentence and clean(sentence, self.reader):
            return Phrased(text, text=sentence, dropped=tuple(jot.left_out))
        # Nothing else in common: what we talked about, when it is a short thing of the
        # reader's world ("we talked about the quenelles 10 min").
        sentence = rapport_events.talked(", ".join(p for p in jot.content if p not in teased))
        if sentence and not _private_life().search(sentence):
            if clean(sentence, self.reader):
                return Phrased(text, text=sentence, dropped=tuple(jot.left_out))
            unsure.append(sentence)
        if rapport_kinds.moaned_only(text) or any(rapport_kinds.unfit(p) for p in jot.content):
            # "we moaned abt saturday", "used to drink in my bar": a moment of the interview
            # or a night out, no line for the note; the note reads whole without it.
            return Phrased(text, reason="it tells of a moment of the interview or a night "
                           "out, not something to put in writing", dropped=tuple(jot.left_out))
        if teased:
            # Nothing to rephrase and nothing missing: the note reads whole without it, so
            # nothing is asked (the preview still shows it left out, and why).
            return Phrased(text, reason="teasing is a moment of the interview, not something "
                           "in common or a kindness to thank for", dropped=tuple(jot.left_out))
        if not re.search(r"(?i)\b(?:both|same|also|too|we|us|our|in common|as well|either)\b",
                         text):
            # (Said of the line, never of the two people: "she taught PE before the fire
            # service" may be a past they share, which the line alone does not say.)
            return Phrased(text, reason="the line does not say what you both share", ask=other,
                           dropped=tuple(jot.left_out))
        doubt = next(((line, words) for line in unsure
                      for words in [self._doubtful(line)] if words), None)
        if doubt:
            shown = ", ".join(f"\u201c{w}\u201d" for w in doubt[1])
            many = len(doubt[1]) > 1
            reason = f"{shown} {_UNSURE}" if not many else \
                f"{shown} {_UNSURE.replace('is not a word', 'are not words')}"
            return Phrased(text, reason=reason, ask=f"if {shown} {'are' if many else 'is'} "
                           f"spelled as you mean {'them' if many else 'it'}, "
                           f"write the line to {_them(person)} yourself, e.g. "
                           f"\u201c{doubt[0].rstrip('.')}\u201d", dropped=tuple(jot.left_out))
        return self._left_out(text, reason="no part of it says for sure what you both share",
                              ask=ask, dropped=tuple(jot.left_out))

    def _rapport_sentence(self, piece: str) -> str | None:
        piece = _unstopped(piece)
        # "both play in a rec league, diff teams": what differs is no part of what we share.
        tail = _CONTRAST_TAIL.search(piece)
        if tail and not re.search(r"(?i)\b(?:in|on|at|for|with|from)\s*$", piece[:tail.start()]):
            piece = piece[:tail.start()].strip()  # "... in different years" reads well: kept
        piece = re.sub(r"(?<=[a-z]) ((?:19|20)\d\d)$", r" in \1", piece)  # "the marathon 2019"
        if _MOMENT.match(piece):
            return None  # "we talked about the deer way too long": the interview, not in common
        piece = re.sub(r"(?i)^(?:and|but|plus)\s+", "", piece)  # "... and we both did X"
        piece = re.sub(r"(?i)^we(?:'re|\s+are)\s+both\s+", "both ", piece)  # "we are both X"
        # "also from swansea originally": what the reader is too, said as ours.
        m = re.match(r"(?i)^(?:(?:he|she)(?:'s|\u2019s|\s+is)\s+)?(?:also|too)\s+from\s+"
                     r"([A-Z].*)$", piece)
        if m:
            return f"It was good to find that we are both from {_drop_tail(m.group(1))}."
        # "she's a marathoner too": one of a kind we both are.
        # "she's also a climber" says the same.
        m = re.match(r"(?i)^(?:he|she)(?:'s|\u2019s|\s+is)\s+(?:also\s+)?an?\s+([a-z-]+(?:\s+[a-z-]+)?)"
                     r"\s+(?:too|as well)$", piece) or re.match(
                         r"(?i)^(?:he|she)(?:'s|\u2019s|\s+is)\s+also\s+an?\s+([a-z-]+(?:\s+[a-z-]+)?)$",
                         piece)
        if m:
            *lead, last = m.group(1).split()
            many = _IRREGULAR_PLURALS.get(last.lower()) or determiners.plurals(last)[0]
            if _people(many):
                return f"It was good to find that we are both {' '.join([*lead, many])}."
        if re.search(r"(?i)\b(?:same as me|my age|years? old|born in)\b", piece):
            return None  # a shared start date or age touches on age
        m = re.match(r"(?i)(?:we\s+)?both\s+(.+)$", piece) or re.match(r"(?i)(.+?),?\s+both$", piece)
        if m:
            rest = m.group(1).strip()
            words = rest.split()
            # "both work nights", "both coach soccer": a verb in its base form (not also an
            # adjective: "cross country") before what is done, unless what follows names
            # people ("both nurse managers": we are both managers).
            does = len(words) > 1 and gr.base_form(words[0].lower()) == words[0].lower() \
                and "VERB" in gr._lemmas(words[0].lower()) \
                and ("ADJ" not in gr._lemmas(words[0].lower()) or _plural_noun(words[-1])) \
                and not _people(words[-1])
            verb_first = gr.is_past(words[0]) or gr.is_base_verb(words[0]) or \
                words[0].lower() in _HAVE_VERBS or does
            if words[0].lower() in _HAVE_VERBS and len(words) > 1:
                # "both have 3 legged cats", "both play guitar": what we both have or do.
                return f"It was good to find that we both {_hyphen_figure(rest)}."
            if len(words) <= 3 and _plural_noun(words[-1]) and not verb_first \
                    and words[1:2] != ["the"]:
                return f"It was good to find that we are both {rest}."  # "marathon runners"
            if len(words) == 1 and gr.is_past(words[0]):
                return None  # "we both laughed": a moment of the interview, not in common
            if gr.is_past(words[0]) or gr.is_base_verb(words[0]) or _verb_with_object(words) \
                    or does:
                return f"It was good to find that we both {_drop_tail(rest)}."
            if words[0].lower() in {"from", "in", "at"}:
                # "both from galway": a place typed in lower case is still a name.
                place = " ".join(w.capitalize() if w.islower() and _rare(w) else w
                                 for w in words[1:])
                return f"It was good to find that we are both {words[0].lower()} {place}."
            if words[0].lower() == "former":
                rest = " ".join(words[1:])
                branch = _MILITARY.get(rest.lower())
                if branch:
                    # "both ex-army": veterans of it, a branch named with capitals.
                    return f"It was good to find that we both served in the {branch}."
                if rest[:1].isupper() and len(words) <= 5 and all(
                        w[:1].isupper() or w in {"&", "of"} for w in words[1:]):
                    # "both ex-Rackspace": a former employer, named with capitals; "ex-QC
                    # micro" is a line of work, not a place one worked at.
                    return f"It was good to find that we both used to work at {rest}."
                return f"It was good to find that we both have {rest} in our backgrounds."
            if _plural_noun(words[-1]) and len(words) <= 4:
                return f"It was good to find that we are both {rest}."
            if len(words) == 1 and words[0][:1].isupper():
                return f"It was good to discover our {words[0]} connection."
            return None
        # "she trained at UMN too": something the reader did that I did as well ("did Shannon"
        # says neither what was done nor where: asked about).
        m = re.match(r"(?i)(?:he|she)\s+(\S+)\s+(.+?),?\s+(?:too|as well)$", piece)
        if m and gr.is_past(m.group(1)) and m.group(1).lower() not in {"was", "had"} \
                and not (m.group(1).lower() == "did" and m.group(2)[:1].isupper()) \
                and not re.search(r"(?i)\b(?:her|his|him|me|my)\b|\d", m.group(2)):
            return (f"It was good to find that we both {m.group(1).lower()} "
                    f"{connections.plural_role(_drop_tail(m.group(2)))}.")
        # "she's also from bozeman": a place in common, said as ours.
        m = re.match(r"(?i)(?:he|she)(?:'s|\u2019s|\s+is)\s+also\s+(from|in)\s+(.+)$", piece)
        if m and m.group(2)[:1].isupper():
            return f"It was good to find that we are both {m.group(1).lower()} {_drop_tail(m.group(2))}."
        m = re.match(r"(?i)(?:about\s+)?(\d+|a few)[ -](minutes|hours)\s+(on|about)\s+(.+)$", piece)
        if m and re.search(r"\bwe\b", m.group(4)):
            return f"I enjoyed our {m.group(1)} {m.group(2)} {m.group(3)} {m.group(4)}."
        m = re.match(r"(?i)we\s+(\S+)\s+(.+)$", piece)
        if m and m.group(1).lower() not in {"are", "am", "is"} and (
                gr.is_past(m.group(1)) or m.group(1).startswith("were")):
            if not re.search(r"(?i)\b(?:same|both|also|too|each|as well)\b", piece):
                # "we did the lion salute", "we moaned about saturday": something done in the
                # interview, not a fact found in common; "found that we did it" distorts it.
                return None
            return f"It was good to find that we {m.group(1)} {_drop_tail(m.group(2))}."
        m = re.match(r"(?i)you\s+(\S+)\s+(.+)$", piece)
        if m and (gr.is_past(m.group(1)) or gr.is_verb(m.group(1))):
            return f"I also appreciated that you {m.group(1)} {m.group(2)}."
        m = re.match(r"(?i)(?:he|she)\s+(\S+)\s+me\s+(.+)$", piece)
        if m and gr.is_past(m.group(1)) and m.group(1).lower() not in connections.NOT_THANKED:
            # "she reminded me of my old boss" is an opinion, no kindness to thank for.
            return f"Thank you, too, for {gr.gerund(m.group(1))} me {m.group(2)}."
        # "she had the same mentor as me": in common, said as ours. Any other "she had ..."
        # ("tea + a cat in frame", "a rough week") is what the camera showed or her own life.
        m = re.match(r"(?i)(?:he|she)\s+had\s+the\s+same\s+(.+?)\s+as\s+(?:me|mine|i did)\b(.*)$",
                     piece)
        if m:
            return f"It was good to find that we had the same {_drop_tail(m.group(1) + m.group(2))}."
        second = gr.third_to_second(piece) or ""
        words = second.split()
        if words[:2] == ["you", "had"] and len(words) > 2 and (words[2] == "been" or gr.is_past(words[2])):
            # "said he'd been exactly where i am": what they told of their own path.
            return f"It meant a lot to hear that {second}."
        return None


_UNSURE = "is not a word Afterword knows, so it cannot be sure of the spelling"


def _typo_fixed(sentence: str, jotted: str) -> list[tuple[str, str]]:
    """The words of the sentence that the typo fixer put for a word of the jotting one
    letter away ("instead" for "insead"), as (jotted, fixed)."""
    from afterword.language.jotted import _edit_distance_one

    raw = {w.lower() for w in re.findall(r"[A-Za-z]+", jotted)}
    out = []
    for word in dict.fromkeys(re.findall(r"\b[a-z]{5,}\b", sentence)):
        if word in raw:
            continue
        # (An ending added or taken off, "potter" -> "potters", is grammar, not a fix.)
        near = next((r for r in raw if len(r) > 4 and _edit_distance_one(r, word)
                     and not word.startswith(r) and not r.startswith(word)), None)
        if near:
            out.append((near, word))
    return out


def _them(person: Person) -> str:
    return person.first_name


_MILITARY = {"army": "Army", "navy": "Navy", "air force": "Air Force", "marines": "Marines",
             "marine corps": "Marine Corps", "coast guard": "Coast Guard",
             "national guard": "National Guard", "military": "military"}


def _verb_with_object(words: list[str]) -> bool:
    """ "love the pottery place", "ride bikes to work": a verb in its base form before its
    object (a determiner, a preposition or a plural), not a noun ("dog people")."""
    if len(words) < 2 or "VERB" not in gr._lemmas(words[0].lower()):
        return False
    if gr.base_form(words[0].lower()) != words[0].lower():
        return False
    nxt = words[1].lower()
    return nxt in gr.DETERMINERS or nxt in gr.PREPOSITIONS or (nxt.endswith("s") and len(nxt) > 3)


# Verbs of having and liking: "both have ...", "both love ..." is what we share, not what we are.
_HAVE_VERBS = frozenset("have own keep love like play speak collect".split())


_IRREGULAR_PLURALS = {"person": "people", "man": "men", "woman": "women", "child": "children"}


_AGENT = re.compile(r"(?:er|or|ist|ian|ant|ent|ee|eer)s$")


def _people(word: str) -> bool:
    """A plural that names people: a person noun of the lexicon ("nurses") or an agent
    noun's ending ("managers", "runners", "pharmacists")."""
    from afterword.language.lexicon import words

    w = word.lower()
    return bool(_AGENT.search(w)) or w in {"people", "folks", "men", "women", "kids"} or \
        w.rstrip("s") in words("person_nouns") or \
        w[:-2] in words("person_nouns")


def _hyphen_figure(rest: str) -> str:
    """ "have 3 legged cats" -> "have three-legged cats"."""
    return re.sub(r"\b([2-9]) (\w+ed)\b", lambda m: f"{_SMALL[m.group(1)]}-{m.group(2)}", rest)


# A difference added after what is shared: "diff teams", "different years", "not together".
_DIFFERS = re.compile(r"(?i)\b(?:diff|different|separate|other|rival)\s+([a-z]+?)(?:e?s)?\b")


def _each_of_what_differs(sentence: str, text: str) -> str | None:
    """A rapport sentence said of each of what its line says differs: "we both play in a
    hockey team" from "... (diff teams)" is "we both play in hockey teams"; None when it says
    we share that very thing ("the same team")."""
    frame, _, said = sentence.partition("that ")
    for noun in _DIFFERS.findall(text):
        if re.search(rf"(?i)\b(?:the\s+)?same\s+(?:[\w-]+\s+){{0,4}}{re.escape(noun)}\b", said):
            return None
        one = re.compile(rf"(?i)\b(?:a|an|one)\s+((?:[\w-]+\s+){{0,4}}){re.escape(noun)}\b(?!s)")
        if one.search(said):
            plural = next((p for p in determiners.plurals(noun.lower())
                           if noun.lower() in (gr._lemmas(p).get("NOUN") or ())), noun + "s")
            said = one.sub(rf"\g<1>{plural}", said)
    return f"{frame}that {said}" if _ else sentence


_CONTRAST_TAIL = re.compile(
    r"(?i)[\s,;(-]*\b(?:diff|different|separate|other)\s+(?:teams?|years?|yrs|times?|cities|"
    r"towns?|stores?|schools?|projects?|campuses|cohorts?|classes|offices?|sites?|units?|"
    r"floors?|shifts?|countries|companies|eras?|decades?|groups?|leagues?)\)?\s*$"
    r"|[\s,;(-]*\bnot (?:together|at the same time)\)?\s*$")


# A moment of the interview itself, not something in common.
_MOMENT = re.compile(r"(?i)^(?:we|i|she|he)\s+(?:talked|chatted|spoke|discussed|laughed|joked|spent|went off|"
                     r"moaned|complained|whinged|grumbled|ranted|vented|commiserated|argued|"
                     r"bonded|nerded out|geeked out|got sidetracked|digressed)\b")


@cache
def _private_life() -> re.Pattern[str]:
    from afterword.language.lexicon import rows

    forms = [re.escape(c[0].rstrip("*")) + (r"\w*" if c[0].endswith("*") else "")
             for c in rows("private_life")]
    return re.compile(r"(?i)(?<![\w-])(?:" + "|".join(forms) + r")(?![\w-])")


def _same_as_mine(pieces: list[str]) -> str | None:
    """ "she worked at the Harbor Inn in the 2000s, same as my first job": something the
    reader did that the candidate did too, said as shared ("we both worked at the Harbor
    Inn"); the time is left out (it says nothing in common and may touch on age)."""
    for n, piece in enumerate(pieces[1:], start=1):
        if not re.match(r"(?i)same (?:as|for) (?:me|mine|my\b)", piece.strip()):
            continue
        # The reader may be left out of the jotting ("started as a cashier, same as me").
        m = re.match(r"(?i)(?:(?:he|she)\s+)?(\S+)\s+(.+)$", pieces[n - 1].strip())
        if not m or not gr.is_past(m.group(1)) or m.group(1).lower() in {"was", "had"}:
            return None
        rest = re.sub(r"\s+(?:in|during|back in|around)\s+(?:the\s+)?(?:(?:19|20)\d0s|'?\d0s|"
                      r"(?:19|20)\d\d)\b", "", m.group(2))
        if re.search(r"\d", rest) or re.search(r"(?i)\b(?:her|his)\b", rest):
            return None  # "she did her PhD there, same as my MSc": not the same thing
        rest = connections.plural_role(rest)  # "as cashiers": one cashier each
        return f"It was good to find that we both {m.group(1).lower()} {rest.rstrip('.!')}."
    return None


def _drop_tail(rest: str) -> str:
    """ "came up under Chef Marlow at Tallow, different years" -> without the aside tail."""
    # "... and she's a marathoner too": a second fact about the reader, in the third
    # person, is no part of what we share.
    return re.split(r",\s+|\s+(?:and|but|&|\+)\s+(?=(?:he|she|his|her|they|their)\b)",
                    rest, flags=re.IGNORECASE)[0]
