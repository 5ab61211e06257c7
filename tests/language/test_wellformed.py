"""Property: a phrase whose grammar no note can mend for sure is found; its mended form is not.

Subjects and verbs are drawn from the layer's own person nouns and a set of everyday verbs,
so no phrase is a hard-coded draft: a singular noun with the verb's base form ("when
operator ignore") or a counted noun bare after a past verb ("trained apprentice") is a
fault; the same words with their article and agreement are none."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afterword.language.determiners import countable
from afterword.language.lexicon import words
from afterword.language.wellformed import doubled, faults, repair

# Person nouns that are plainly singular common nouns (the lexicon also holds titles).
NOUNS = sorted(w for w in words("person_nouns") if w.isalpha() and w.islower() and
               not w.endswith("s") and len(w) > 3 and countable(w) and
               not w.startswith(("any", "every", "some", "no")))[:60]
VERBS = ["refuse", "ignore", "skip", "ask", "complain", "forget", "call", "arrive", "want"]
OBJECTS = ["to sign the form", "the checklist", "for a discount", "about the rota"]
SUBORDINATORS = ["when", "if", "because", "until"]


def third_person(verb: str) -> str:
    return verb + ("es" if verb.endswith(("sh", "ch", "s")) else "s")


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(SUBORDINATORS), st.sampled_from(NOUNS), st.sampled_from(VERBS),
       st.sampled_from(OBJECTS))
def test_a_bare_singular_subject_with_a_base_verb_is_a_fault(
        link: str, noun: str, verb: str, rest: str) -> None:
    assert faults(f"how I deal with it {link} {noun} {verb} {rest}")
    assert faults(f"how I deal with a {noun} who {verb} {rest}")
    # Mended: the article and the verb's -s; or the plural, which takes the base form.
    assert not faults(f"how I deal with it {link} the {noun} {third_person(verb)} {rest}")
    assert not faults(f"how I deal with {noun}s who {verb} {rest}")


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["he", "she"]), st.sampled_from(["want", "expect", "prefer"]),
       st.sampled_from(NOUNS))
def test_he_or_she_with_a_base_verb_is_a_fault(pronoun: str, verb: str, noun: str) -> None:
    article = "an" if noun[0] in "aeiou" else "a"
    assert faults(f"{pronoun} {verb} {article} {noun} on site every week")
    assert not faults(f"{pronoun} {third_person(verb)} {article} {noun} on site every week")


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["trained", "hired", "supervised", "mentored", "saved"]),
       st.sampled_from(NOUNS))
def test_a_counted_object_left_bare_is_a_fault(verb: str, noun: str) -> None:
    assert faults(f"{verb} {noun} on the new system")
    assert not faults(f"{verb} a {noun} on the new system")
    assert not faults(f"{verb} {noun}s on the new system")


@pytest.mark.parametrize("phrase", [
    "the kitchen walk-in she wants replaced by spring",
    "I cut waste by 12% by changing the ordering",
    "pulled wire and ran conduit on a solar farm",
    "I kept cost under 31%",
    "did side by side coaching for new hires",
    "do it right the first time",
    "I already know the software",
    "the team who clean as they go",
    "I would show both and say what it assumes",
    "we were short of staff, so I covered nights",
    "St Luke's Hospital",
])
def test_finished_english_is_no_fault(phrase: str) -> None:
    assert faults(phrase) == []


@pytest.mark.parametrize("phrase", [
    "the rota for the ward na by march",     # a word of another language mixed in
    "six months on the cardiac ward at st luke's",  # a name typed in lower case
    "Permit is booked for June",             # a counted subject, bare
    "I already pass the theory part",        # a done thing in the present
    "the apprentice who not wear the harness",  # "not" with no auxiliary
])
def test_pasted_jottings_are_faults(phrase: str) -> None:
    assert faults(phrase)


def test_a_doubled_word_counts_only_when_the_source_does_not_double_it() -> None:
    assert doubled("my experience with experience in Revit", "limited exp in Revit")
    assert doubled("side by side coaching", "side by side coaching") is None
    assert doubled("my experience with Revit", "limited exp in Revit") is None


def _kept_in_order(source: str, mended: str) -> bool:
    """Every word and figure of the source is in the mended phrase, in order, inflected at
    most ("refuse" in "refuses"; "pass" in "passed")."""
    said = [w.lower() for w in re.findall(r"[\w'%₦$.-]+", mended)]
    k = 0
    for word in re.findall(r"[\w'%₦$.-]+", source):
        while k < len(said) and not said[k].startswith(word.lower()[:max(3, len(word) - 1)]):
            k += 1
        if k == len(said):
            return False
        k += 1
    return True


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(SUBORDINATORS), st.sampled_from(NOUNS), st.sampled_from(VERBS),
       st.sampled_from(OBJECTS))
def test_a_mended_agreement_is_grammatical_and_keeps_every_word(
        link: str, noun: str, verb: str, rest: str) -> None:
    phrase = f"how I deal with it {link} {noun} {verb} {rest}"
    mended = repair(phrase)
    assert mended is not None and faults(mended) == [], (phrase, mended)
    assert _kept_in_order(phrase, mended), (phrase, mended)
    assert f" {third_person(verb)} " in f" {mended} "


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["trained", "hired", "supervised", "mentored"]), st.sampled_from(NOUNS),
       st.sampled_from(["on the new system", "for the night shift", ""]))
def test_a_mended_bare_object_takes_its_article(verb: str, noun: str, rest: str) -> None:
    phrase = f"{verb} {noun} {rest}".strip()
    mended = repair(phrase)
    assert mended is not None and faults(mended) == [], (phrase, mended)
    assert _kept_in_order(phrase, mended)
    assert re.search(rf"\b(?:a|an|the) {noun}\b", mended), mended


@pytest.mark.parametrize(("phrase", "mended"), [
    ("how i handle variation when client refuse to pay",
     "how i handle variation when a client refuses to pay"),
    ("having quantity surveyor on site every week", "having a quantity surveyor on site every week"),
    ("saved client ₦38m on re-measurement of piling works",
     "saved the client ₦38m on re-measurement of piling works"),
    ("her target na 90% QA score for the whole account", "her target of a 90% QA score for the whole account"),
    ("I shadowed our QA for two months already", "I have shadowed our QA for two months"),
    ("I already register for the course", "I have already registered for the course"),
    ("six months on the cardiac ward at st luke's", "six months on the cardiac ward at St Luke's"),
    ("my experience with wood fire oven", "my experience with a wood fire oven"),
    ("he want electrician on call", "he wants an electrician on call"),
    ("enrolled na in the free online one", "enrolled in the free online one"),
])
def test_jottings_a_repair_mends(phrase: str, mended: str) -> None:
    assert repair(phrase) == mended
    assert faults(mended) == []


@pytest.mark.parametrize("phrase", [
    "the apprentice who not wear the harness",  # did not, or does not?
    "the rota na for december",  # "na" before a preposition: already? now?
    "if ok lang na fixed graveyard long term",  # "lang" means "only"
    "how we calm the client wahala",  # "wahala" means trouble
    "when client refuse to pay I was there",  # a past: "refused"?
    "I already write the weekly report",  # an irregular verb: no "-ed" form to trust
])
def test_faults_no_repair_is_sure_of_stay_faults(phrase: str) -> None:
    assert repair(phrase) is None
    assert faults(phrase)
