"""The registry finds the rule modules itself (`registry._modules`, faster than pkgutil's
walk at start-up): the same modules that `pkgutil.walk_packages` finds."""

from __future__ import annotations

import pkgutil

from afterword.review import registry, rules


def test_the_registry_finds_what_pkgutil_finds() -> None:
    prefix = rules.__name__ + "."
    walked = [info.name for info in pkgutil.walk_packages(rules.__path__, prefix)]
    found = list(registry._modules(rules.__path__[0], prefix))
    assert sorted(found) == sorted(walked)
    assert len(found) == len(set(found)) > 40
