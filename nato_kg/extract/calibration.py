"""What a finished candidate's own fields say about how often such candidates are right.

The rules score a candidate as they find it (``domain.yaml``: the rule's value, plus an
adjustment for each assumption it made). Some of what predicts a wrong candidate is only
known once the article is read: a target with no deadline and no one proposing it, a claim
whose speaker is an organisation or only a surname, a very short claim, a pledge whose aid type the text never
says. These *traits* are adjustments of the same table, added by :func:`rescore` after the
rules have run. Their values, like the rules', are measured, not guessed:
``python benchmarks/calibrate.py`` re-runs each fresh list of real articles with the code as
it was before that list was read (so every candidate is one of news the rules had not seen),
fits the table to whether each candidate was right, and reports the calibration of the fit
with each list left out in turn.

>>> traits("target", {"actor": "nato", "percent_gdp": "5"}, None)
('target-no-deadline', 'target-no-proposer')
>>> traits("claim", {"speaker": "nato", "kind": "quote", "text": "We stand together."}, "organization")
('claim-speaker-organisation', 'claim-short')
>>> traits("claim", {"speaker": "nauseda", "kind": "quote", "text": "We stand together."}, "person")
('claim-speaker-one-name', 'claim-short')
"""

from __future__ import annotations

from collections.abc import Iterable

from .candidate import Candidate
from .domain import domain

#: A claim this many words long or shorter is "short" (a fragment is more often mis-cut or mis-attributed).
SHORT_CLAIM_WORDS = 11


def traits(kind: str, fields: dict, speaker_type: str | None) -> tuple[str, ...]:
    """The trait adjustments (keys of ``domain.yaml``'s ``confidence.adjustments``) a candidate's fields carry."""
    out: list[str] = []
    if kind == "target":
        if not fields.get("year"):
            out.append("target-no-deadline")
        if not fields.get("proposed_by"):
            out.append("target-no-proposer")
    elif kind == "claim":
        if speaker_type in ("country", "organization"):
            out.append("claim-speaker-organisation")
        elif "-" not in str(fields.get("speaker", "-")):
            out.append("claim-speaker-one-name")  # a surname never given in full here ("Nausėda said")
        if len(str(fields.get("text", "")).split()) <= SHORT_CLAIM_WORDS:
            out.append("claim-short")
    elif kind == "pledge":
        if fields.get("aid_type") == "unspecified":
            out.append("pledge-aid-unspecified")
        if fields.get("figure") == "running-total":
            out.append("pledge-running-total")
    return tuple(out)


def rescore(candidates: Iterable[Candidate], types: dict[str, str]) -> None:
    """Give each candidate the confidence of its rule, its rule's adjustments and its own traits.

    ``types`` is the workspace's entity types by id (a claim's speaker is an organisation or a person)."""
    table = domain()
    for c in candidates:
        speaker = c.fields.get("speaker") if c.kind == "claim" else None
        matched = c.matches[0].type if c.kind == "claim" and c.matches else None
        kind_of_speaker = types.get(speaker) if speaker in types else matched
        c.confidence, c.reasons = table.confidence(c.rule, *c.adjustments, *traits(c.kind, c.fields, kind_of_speaker))
