"""The extractor's domain knowledge, read once from ``domain.yaml`` beside the gazetteer.

>>> d = domain()
>>> d.default_recipient, d.alliance_org
('UA', 'nato')
>>> d.confidence("pledge:donor-cue-amount", "default-recipient")
(0.6, ('a donor, a pledge word and an amount in one sentence', 'no recipient named: the default recipient is assumed'))
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class Domain:
    """What the rules assume about the news they read."""

    default_recipient: str  # ISO 3166 alpha-2
    alliance_org: str  # a gazetteer id
    alliance_words: re.Pattern[str]
    affiliation_role: str
    not_names: frozenset[str]
    rules: dict[str, tuple[float, str]]
    adjustments: dict[str, tuple[float, str]]

    def confidence(self, rule: str, *adjustments: str) -> tuple[float, tuple[str, ...]]:
        """A rule's confidence after the named adjustments, with the reason for each part."""
        base, why = self.rules[rule]
        reasons = [why]
        for name in adjustments:
            delta, reason = self.adjustments[name]
            base += delta
            reasons.append(reason)
        return round(min(max(base, 0.05), 0.99), 2), tuple(reasons)


@lru_cache(maxsize=1)
def domain() -> Domain:
    """The domain file, parsed (once per process)."""
    import yaml

    data = yaml.safe_load(Path(__file__).with_name("domain.yaml").read_text(encoding="utf-8"))
    words = sorted(data["alliance"]["words"], key=len, reverse=True)
    pair = lambda v: (float(v[0]), str(v[1]))  # noqa: E731
    return Domain(
        default_recipient=str(data["default_recipient"]),
        alliance_org=str(data["alliance"]["organization"]),
        alliance_words=re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.I),
        affiliation_role=str(data["affiliation_role"]),
        not_names=frozenset(map(str, data["not_names"])),
        rules={k: pair(v) for k, v in data["confidence"]["rules"].items()},
        adjustments={k: pair(v) for k, v in data["confidence"]["adjustments"].items()},
    )
