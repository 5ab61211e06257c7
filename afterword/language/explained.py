"""A jotted explanation of a point of the trade, punctuated as the sentences it stands for.

An improve entry often holds the correct answer the interviewer was looking for, typed as one
run: "select rates apply in the first few years after underwriting when lives are just
medically checked so mortality is lower, after the select period we use the ultimate rates";
"step potential is the voltage between your two feet ..., touch potential is between your
hand and your feet ...". It is about the matter, not about the candidate, and a coach keeps
it in the candidate's words, punctuated: a capital, a full stop where a comma joins two
clauses that each have their subject ("..., after the select period we use" -> ". After the
select period, we use"), a comma before a clause-joining "so". `punctuated` does only that,
or returns None when the text is not such an explanation; whether every word of the result
may go out is for the composer's own checks.
"""

from __future__ import annotations

import re

from afterword.language import phrases as gr

# Words that open a phrase before the subject of a clause ("after the select period we use
# ...", "under ASPE you recognize ...").
_LEADS = ("after", "before", "under", "in", "during", "for", "once", "within", "at", "on",
          "with", "without", "when", "if", "unless", "above", "below", "beyond", "past", "over",
          "until")
_PRONOUNS = ("we", "you", "they", "it", "one")


def opens_on_statement(text: str) -> bool:
    """Whether a clause is a statement about the matter: a noun phrase of one to four words
    and then a verb that makes a clause ("select rates apply ...", "step potential is ..."),
    or a phrase such as "under ASPE" before "you", "we" or "they" and their verb. Never one
    that opens on "I" (the candidate's own sentence) or speaks of another person."""
    words = text.strip().split()
    if len(words) < 3 or words[0].lower() in {"i", "i'd", "i'm", "i've", "my", "he", "she"} or \
            re.search(r"(?i)\b(?:he|she|his|him|her)\b", text):
        return False
    lowered = [w.strip(",.;:").lower() for w in words]
    if lowered[0] in _LEADS:
        return any(w in _PRONOUNS and k + 1 < len(lowered) and gr.is_verb(lowered[k + 1])
                   for k, w in enumerate(lowered[1:7], start=1))
    if lowered[0] in gr.DETERMINERS - {"the", "a", "an"} or gr.is_past(lowered[0]):
        return False
    for k in range(1, min(5, len(lowered))):
        word = lowered[k]
        if word in {"was", "were", "had"}:
            return False  # a story told in the past, not how the matter works
        after_noun = "NOUN" in gr._lemmas(lowered[k - 1]) and not lowered[k - 1].endswith("s")
        if word in {"is", "are", "has", "have"} or (
                gr.is_verb(word) and not gr.is_past(word) and "NOUN" not in gr._lemmas(word)
                and word not in gr.DETERMINERS | gr.PREPOSITIONS) or (
                gr.is_finite(word) and after_noun and k > 1):
            # ("holding time starts": a verb's -s form after a singular noun, though the
            # word list knows "starts" as a noun too)
            # ("rates apply" reads "apply" as the verb; a noun heads the phrase before it,
            # and its first word may be one the word list knows only as a verb: "select
            # rates apply", a plural before a verb in its base form)
            head = lowered[:k]
            plural = head[-1].endswith("s") and "NOUN" in gr._lemmas(head[-1]) and \
                not word.endswith("s")
            return all("NOUN" in gr._lemmas(w) or "ADJ" in gr._lemmas(w) or w in gr.DETERMINERS
                       or (n == 0 and plural and k > 1)
                       # ("preheat applies": no verb is followed by a verb's -s form)
                       or (n == 0 and word.endswith("s") and gr.is_finite(word))
                       for n, w in enumerate(head))
        if word in gr.PREPOSITIONS:
            return False
    return False


def punctuated(text: str) -> str | None:
    """A run-on explanation as sentences (see the module), or None when `text` does not open
    on a statement about the matter or holds a question."""
    text = " ".join(text.split()).strip()
    if "?" in text or not opens_on_statement(text):
        return None
    parts = [p.strip() for p in re.split(r"\s*(?:,|;|\s-\s)\s*", text.rstrip(".")) if p.strip()]
    sentences: list[str] = []
    for part in parts:
        # A comma before a new clause with its own subject ends a sentence; one before a
        # phrase ("..., when lives are checked") keeps it in the sentence before.
        if sentences and re.match(r"(?i)(?:if|when|once|unless|until|because|while|although|"
                                  r"as soon as)\b", sentences[-1]) and "," not in sentences[-1]:
            if not (opens_on_statement(part) or re.match(r"(?i)(?:the|a|an|we|you|they|it)\s+\w+",
                                                         part)):
                return None  # "if they refuse, make sure ...": an instruction follows
            sentences[-1] += f", {part}"  # "If it is late, the visit stops": one sentence
            continue
        if sentences and not opens_on_statement(part):
            if not re.match(r"(?i)(?:when|where|which|so|because|as|since|while|after|before|"
                            r"with|without|including|unless|if|but|and|or)\b", part):
                return None  # "..., make sure they ...": an instruction, not an explanation
            sentences[-1] += f", {part}"
        else:
            sentences.append(part)
    out = []
    for sentence in sentences:
        # "after the select period we use": the opening phrase takes a comma before its subject.
        m = re.match(rf"(?i)((?:{'|'.join(_LEADS)})\s+[^,]+?)\s+((?:{'|'.join(_PRONOUNS)})\s+\S+)",
                     sentence)
        if m and len(m.group(1).split()) <= 6:
            sentence = f"{m.group(1)}, {m.group(2)}{sentence[m.end():]}"
        # "... checked so mortality is lower": "so" joining two clauses takes a comma.
        sentence = re.sub(r"(?<=[a-z])\s+so\s+(?=(?:[a-z]+\s+){0,3}(?:is|are|was|were|"
                          r"will|would|can|has|have|[a-z]+s)\b)", ", so ", sentence)
        out.append(sentence[0].upper() + sentence[1:] + ".")
    return " ".join(out)
