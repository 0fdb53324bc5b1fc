"""The extractor's domain knowledge, read once from ``domain.yaml`` beside the gazetteer.

>>> d = domain()
>>> d.default_recipient, d.alliance_org
('UA', 'nato')
>>> confidence, why = d.confidence("target:percent-of-gdp", "no-gdp-word")
>>> why
('a percentage of GDP next to defence-spending words', 'a percentage near spending words, but GDP is not named')
>>> confidence == round(d.rules["target:percent-of-gdp"][0] + d.adjustments["no-gdp-word"][0], 2)  # the fitted table's sum
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import rx as re


@dataclass(frozen=True)
class Domain:
    """What the rules assume about the news they read."""

    default_recipient: str  # ISO 3166 alpha-2
    #: the other side of the war the news is about (ISO 3166 alpha-2): named in nearly every article,
    #: it is never what an article is about nor a donor
    adversary: str
    alliance_org: str  # a gazetteer id
    alliance_words: re.Pattern[str]
    affiliation_role: str
    national_offices: frozenset[str]
    #: states a monarch heads (ISO 3166 alpha-2): no president is theirs
    without_president: frozenset[str]
    #: states a president governs (ISO 3166 alpha-2): no prime minister is theirs
    without_prime_minister: frozenset[str]
    #: the only states whose head of government is a chancellor (ISO 3166 alpha-2)
    with_chancellor: frozenset[str]
    #: a title (lower case) → the only states (ISO 3166 alpha-2) where it names an office of the model
    titles_of_states: dict[str, frozenset[str]]
    #: a family name → its other spellings ("Yoon" → ("Yun",))
    surname_spellings: dict[str, tuple[str, ...]]
    not_names: frozenset[str]
    rules: dict[str, tuple[float, str]]
    adjustments: dict[str, tuple[float, str]]
    #: a group of states' id → (label, the names news writes for it)
    groups: dict[str, tuple[str, tuple[str, ...]]]
    #: the groups that give only where a sentence names them giving, never as the organisation a page names most
    #: (NATO is named on nearly every page of this domain, most of them about its members' own money)
    named_givers: frozenset[str]
    #: the groups that give only as the subject of a giving verb ("The UN will allocate …"), never a sentence's giver by being
    #: named in it ("to respond to the United Nations’ USD1.7 billion flash appeal …, pledging USD150,000")
    subject_givers: frozenset[str]
    #: an organisation's id → the names of the funds whose money is its own ("European Peace Facility": the EU's)
    instruments: dict[str, re.Pattern[str]]
    #: cities that stand for the institutions seated there (never their country: "Brussels")
    seats: frozenset[str]
    #: field → [(value, patterns)]: a pledge's figure kind, aid type and status as its sentence words them.
    pledge_cues: dict[str, list[tuple[str, tuple[re.Pattern[str], ...]]]]
    #: a state (ISO 3166 alpha-2) → the names of its territories that aid is sent to ("to Gaza": the State of Palestine)
    territories: dict[str, re.Pattern[str]]

    def pledge_reading(self, sentence: str) -> dict[str, str]:
        """The figure kind, aid type and status a sentence gives a pledge (defaults: a package, unspecified aid).

        >>> domain().pledge_reading("Norway has provided EUR 2.8 billion in military aid since 2022.")
        {'figure': 'running-total', 'aid_type': 'military', 'status': 'delivered'}
        """
        out = {"figure": "package", "aid_type": "unspecified"}
        for name, classes in self.pledge_cues.items():
            for value, patterns in classes:
                if any(p.search(sentence) for p in patterns):
                    out[name] = value
                    break
        return out

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
        adversary=str(data["adversary"]),
        alliance_org=str(data["alliance"]["organization"]),
        alliance_words=re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.I),
        affiliation_role=str(data["affiliation_role"]),
        national_offices=frozenset(map(str, data["national_offices"])),
        without_president=frozenset(map(str, data.get("without_president") or ())),
        without_prime_minister=frozenset(map(str, data.get("without_prime_minister") or ())),
        with_chancellor=frozenset(map(str, data.get("with_chancellor") or ())),
        titles_of_states={str(t): frozenset(map(str, codes)) for t, codes in (data.get("titles_of_states") or {}).items()},
        surname_spellings={str(name): tuple(str(o) for o in group if o != name)
                           for group in data.get("surname_spellings") or () for name in group},
        not_names=frozenset(map(str, data["not_names"])),
        groups={str(k): (str(v["label"]), tuple(map(str, v["names"]))) for k, v in (data.get("groups") or {}).items()},
        named_givers=frozenset(str(k) for k, v in (data.get("groups") or {}).items() if v.get("page_giver") is False),
        subject_givers=frozenset(str(k) for k, v in (data.get("groups") or {}).items() if v.get("gives_as_subject") is True),
        seats=frozenset(map(str, data.get("seats") or ())),
        instruments={str(k): re.compile(r"\b(?:" + "|".join(re.escape(str(n)).replace(r"\ ", r"\s+") for n in v) + r")\b")
                     for k, v in (data.get("instruments") or {}).items()},
        rules={k: pair(v) for k, v in data["confidence"]["rules"].items()},
        adjustments={k: pair(v) for k, v in data["confidence"]["adjustments"].items()},
        pledge_cues={name: [(str(value), tuple(re.compile(p, re.I) for p in patterns))
                            for value, patterns in data[section].items()]
                     for name, section in (("figure", "pledge_figure"), ("aid_type", "pledge_aid_type"),
                                           ("status", "pledge_status"))},
        territories={str(k): re.compile(r"\b(?:" + "|".join(re.escape(str(n)).replace(r"\ ", r"\s+") for n in v) + r")\b")
                     for k, v in (data.get("territories") or {}).items()},
    )
