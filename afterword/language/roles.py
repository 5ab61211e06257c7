"""The words after which a singular noun names a role, and goes bare: "became ward manager",
"promoted to team lead", "as charge nurse", "went from cashier to store manager".

One table for both sides: compose's grammar check (`wellformed.bare_count_noun`) and the
review's bare-noun seam (`review/rules/draft/_bare_nouns.py`), so that a jotting compose
keeps is one the review does not flag, and the other way round.
"""

from __future__ import annotations

import re

from afterword.language.patterns import lazy_compile

# Verbs a role follows at once, as their complement: "became ward manager", "made team
# lead", "appointed site manager", "elected chair". (Not "moved", "rose": "moved patient"
# is one patient moved; their role comes after "to" or "up".)
TAKES_A_ROLE = frozenset(
    "became become becomes becoming made appointed elected named voted".split()
)
# Words a role follows after a few more ("promoted to team lead", "stepped up as shift
# lead", "rose to head chef"), and "as" itself ("as charge nurse").
LEADS_TO_A_ROLE = frozenset("as promoted moved rose progressed stepped step up".split())

# A role word, then up to four words, ending where the noun starts; or "from" and up to
# three ("from nurse to manager"). For text just before a noun.
ROLE_BEFORE = lazy_compile(
    r"\b(?:(?:" + "|".join(sorted(TAKES_A_ROLE | LEADS_TO_A_ROLE)) + r")"
    r"(?:[ \t]+[\w'’-]+){0,4}|from(?:[ \t]+[\w-]+){1,3})[ \t]*$",
    re.IGNORECASE,
)
