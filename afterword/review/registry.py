"""The rule registry: `@rule` declares a rule beside its check; `all_rules()` finds them all.

Adding a rule is one new file under `review/rules/<family>/`, named for its id.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.options import ReviewOptions

Check = Callable[[Note], Iterable[Hit]]

# The spec's table "Which content rules apply to which messages": the kinds a rule
# applies to, and whether it applies to a LinkedIn invitation (any kind).
ALL_KINDS = frozenset({"thank-you", "follow-up", "rejection-reply", "networking"})


class Example(NamedTuple):
    """A documented example: a message (and context) that makes a rule fire, or not."""

    body: str
    subject: str | None = None
    kind: str = "thank-you"
    channel: str = "email"
    context: Mapping[str, Any] = MappingProxyType({})
    note: str | None = None  # why it fires or passes, shown in the docs


class RuleSpec(NamedTuple):
    """Everything about one rule; `id` is public API: never renamed, never reused."""

    id: str
    family: str
    severity: Severity
    fires: tuple[Example, ...]
    passes: tuple[Example, ...]
    needs: tuple[str, ...]
    kinds: frozenset[str]
    invite: bool
    check: Check

    # The summary and the docs are read from the check's docstring when asked (for the docs,
    # `afterword rules`, the web pages), not at registration: `inspect.cleandoc` would import
    # `inspect`, about 5 ms of every `afterword review FILE`.
    @property
    def summary(self) -> str:
        """The first line of the check's docstring."""
        return _docstring(self.check)[0]

    @property
    def doc(self) -> str:
        """The rest of the check's docstring."""
        return _docstring(self.check)[1]

    def applies(self, note: Note) -> bool:
        """Whether the rule reads this kind/channel of message at all (the applicability table)."""
        if note.channel == "linkedin-invite":
            # The spec's "invite" column is for content rules; a timing rule keeps its
            # kinds: a thank-you sent as an invitation is no follow-up sent too soon.
            return self.invite and (self.family != "timing" or note.kind in self.kinds)
        return note.kind in self.kinds

    def ready(self, note: Note) -> bool:
        """Whether the context holds every field the rule needs."""
        # Most rules need nothing, and this runs for every rule on every note: skip the generator.
        return not self.needs or all(note.context.has(name) for name in self.needs)


_REGISTRY: dict[str, RuleSpec] = {}
_LOADED = False
_ORDERED: list[RuleSpec] | None = None  # `all_rules()`, sorted once; a new rule clears it
_APPLYING: dict[tuple[str, str], list[RuleSpec]] = {}  # the same, for one (kind, channel)


def rule(
    rule_id: str,
    *,
    severity: Severity,
    fires: Iterable[Example],
    passes: Iterable[Example],
    needs: Iterable[str] = (),
    kinds: Iterable[str] = ALL_KINDS,
    invite: bool = True,
) -> Callable[[Check], Check]:
    """Declare a rule: its id, default severity, examples and needed context fields.

    The family is the rule's folder; the summary and docs come from the check's docstring.
    A duplicate id is refused.
    """

    def register(check: Check) -> Check:
        if rule_id in _REGISTRY:
            raise ValueError(f"duplicate rule id {rule_id!r}")
        module = check.__module__
        parts = module.split(".")
        family = parts[-2] if "rules" in parts else "other"
        global _ORDERED
        _ORDERED = None
        _APPLYING.clear()
        _REGISTRY[rule_id] = RuleSpec(
            id=rule_id,
            family=family.replace("_", "-"),
            severity=severity,
            fires=tuple(fires),
            passes=tuple(passes),
            needs=tuple(needs),
            kinds=frozenset(kinds),
            invite=invite,
            check=check,
        )
        return check

    return register


def _docstring(check: Check) -> tuple[str, str]:
    """A check's docstring, cleaned: its summary line and the rest."""
    import inspect

    doc = inspect.cleandoc(check.__doc__ or "")
    summary, _, rest = doc.partition("\n")
    return summary.strip(), rest.strip()


def _load() -> None:
    global _LOADED
    if _LOADED:
        return
    from afterword.language import wordscan
    from afterword.review import rules

    wordscan.load_known()  # where the rules' patterns can start, as an earlier run read them
    for name in _modules(rules.__path__[0], rules.__name__ + "."):
        importlib.import_module(name)
    _LOADED = True


def _modules(folder: str, prefix: str) -> Iterator[str]:
    """The modules and packages under a package's folder, as `pkgutil.walk_packages` names
    them (a package, then what it holds), read with `os.scandir` (a few ms less)."""
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        if entry.is_dir():
            if os.path.isfile(os.path.join(entry.path, "__init__.py")):
                yield prefix + entry.name
                yield from _modules(entry.path, f"{prefix}{entry.name}.")
        elif entry.name.endswith(".py") and entry.name != "__init__.py":
            yield prefix + entry.name[:-3]


def all_rules() -> list[RuleSpec]:
    """Every registered rule, in catalogue order (family, then id)."""
    return list(_ordered())


def _ordered() -> list[RuleSpec]:
    # Sorted once rather than for every note reviewed; callers must not change the list.
    global _ORDERED
    _load()
    if _ORDERED is None:
        _ORDERED = sorted(_REGISTRY.values(), key=lambda r: (FAMILY_ORDER.index(r.family), r.id))
    return _ORDERED


def get_rule(rule_id: str) -> RuleSpec:
    """The rule with this id; raises KeyError when there is none."""
    _load()
    return _REGISTRY[rule_id]


def rule_ids() -> list[str]:
    return [r.id for r in all_rules()]


FAMILY_ORDER = ["content", "accuracy", "language", "draft", "tone", "form", "timing", "across-notes", "other"]


def iter_checks(note: Note, options: ReviewOptions | None = None) -> Iterator[RuleSpec]:
    """The rules that run on `note`: enabled, applicable to its kind/channel, context ready."""
    specs = _APPLYING.get((note.kind, note.channel))
    if specs is None:  # worked out once for each kind and channel of message
        specs = [spec for spec in _ordered() if spec.applies(note)]
        _APPLYING[note.kind, note.channel] = specs
    for spec in specs:
        if options is not None and not options.enabled(spec.id):
            continue
        if spec.ready(note):
            yield spec
