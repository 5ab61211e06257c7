"""The review rules, one page each: what a rule flags, why it matters, its examples.

The text is the rule's own docs, the same as `afterword rules ID` and docs/rules/; each
finding in the app links here.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from afterword.config import Config
from afterword.web.deps import ConfigDep, page

router = APIRouter()


def _setting(config: Config, rule_id: str, default: str) -> dict[str, Any]:
    """Whether the rule runs here, and at which severity (the user's, else its default)."""
    from afterword.review.service import options_from_config

    options = options_from_config(config)
    chosen = options.select is None or rule_id in options.select
    return {"on": chosen and rule_id not in options.ignore,
            "severity": str(options.severity.get(rule_id) or default),
            "changed": rule_id in options.severity}


@router.get("/rules")
def rule_index(request: Request, config: ConfigDep) -> Response:
    from afterword.review.registry import all_rules

    rules = [{"id": r.id, "family": r.family, "summary": r.summary,
              **_setting(config, r.id, str(r.severity))} for r in all_rules()]
    return page(request, "rules.html", {"rules": rules})


@router.get("/rules/{rule_id}")
def rule_page(request: Request, rule_id: str, config: ConfigDep) -> Response:
    from afterword.review.registry import get_rule
    from afterword.web.prose import to_html

    try:
        spec = get_rule(rule_id)
    except KeyError:
        raise HTTPException(status_code=404) from None
    return page(request, "rule.html", {
        "rule": spec, "doc": to_html(spec.doc), "setting": _setting(config, spec.id,
                                                                    str(spec.severity))})
