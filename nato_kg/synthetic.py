"""Synthetic workspaces for benchmarks: a realistic mix of persons, countries, articles,
pledges with amounts, targets, claims with quote text and roles with dates.

Deterministic for a given size and seed. About 110 triples per article, so 10,000
articles make roughly a million triples.
"""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from .errors import Position
from .kinds import KINDS
from .records import (
    Citation,
    Claim,
    DateValue,
    Entity,
    Pledge,
    RoleFact,
    RoleType,
    Seeds,
    Source,
    SpendingTarget,
)

_FIRST = ("Anna", "Mark", "Jens", "Pete", "Oxana", "Tim", "Keir", "Pedro", "Ursula", "Olaf", "Kaja", "Matthew",
          "Sanna", "Petr", "Radoslaw", "Giorgia", "Emmanuel", "Mette", "Ulf", "Dick", "Alexander", "Lars")
_LAST = ("Novak", "Berg", "Hansen", "Kowalski", "Rossi", "Dubois", "Schmidt", "Virtanen", "Jensen", "Costa",
         "Horvat", "Popescu", "Larsen", "Murphy", "Silva", "Kask", "Ozols", "Petrov", "Smith", "Garcia")
_WORDS = tuple("""
alliance allies ammunition artillery border budget capability ceasefire coalition command commitment
conflict cooperation council deployment deterrence diplomacy drones economy energy escalation europe
exercise fighter flank frontline funding gap guarantees industry infrastructure intelligence investment
invasion leaders logistics maritime military minister missile mobilisation munitions negotiation northern
nuclear partners patrol peace pledge posture procurement production readiness recovery reform reserves
resilience russia sanctions satellites security shells shipyard soldiers sovereignty spending strategy
summit supply tanks territory threat training treaty troops ukraine unity urgent veterans weapons winter
""".split())
_SYLLABLES = ("ka", "ro", "mi", "sto", "len", "var", "dex", "ul", "tor", "bri", "qua", "pes", "nor", "vik", "am", "zel")
#: Rarer words (place names, people, programmes): real quotes share few of them.
_RARE = tuple(a + b + c for a in _SYLLABLES for b in _SYLLABLES for c in _SYLLABLES)
_VERBS = ("said", "warned", "stressed", "announced", "argued", "noted")
_TOPICS = ("defence spending", "air defence", "aid to Ukraine", "the 5 % target", "ammunition production",
           "security guarantees", "sanctions on Russia", "the eastern flank")
_CURRENCIES = (("USD", 1), ("EUR", Decimal("1.08")), ("GBP", Decimal("1.27")), ("JPY", Decimal("0.0067")))
ROLES = (("secretary-general", "Secretary General"), ("prime-minister", "Prime Minister"),
         ("defence-minister", "Defence Minister"), ("president", "President"))
ARTICLES_PER_FILE = 500


def _pos(path: str, line: int) -> Position:
    return Position(path, line, 5)


def synthetic_seeds(articles: int, seed: int = 7) -> Seeds:
    """Seeds for ``articles`` synthetic articles (and persons, countries, organisations in proportion)."""
    import pycountry

    rng = random.Random(seed)
    seeds = Seeds()
    line = iter(range(1, 10**9))
    countries = sorted(pycountry.countries, key=lambda c: c.alpha_2)
    for c in countries:
        slug = "country-" + c.alpha_2.lower()
        seeds.entities[slug] = Entity(slug, "country", c.name, _pos("seeds/entities.yaml", next(line)), iso3166=c.alpha_2)
    country_ids = [e for e in seeds.entities]
    orgs = [f"org-{i}" for i in range(max(10, articles // 50))]
    for i, slug in enumerate(orgs):
        seeds.entities[slug] = Entity(slug, "organization", f"Alliance Body {i}", _pos("seeds/entities.yaml", next(line)))
    persons = [f"person-{i}" for i in range(max(20, articles // 2))]
    for i, slug in enumerate(persons):
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        seeds.entities[slug] = Entity(slug, "person", f"{name} {i}", _pos("seeds/entities.yaml", next(line)),
                                      aliases=(f"{name.split()[1]} {i}",))
    for slug, label in ROLES:
        seeds.roles[slug] = RoleType(slug, label, _pos("seeds/roles.yaml", next(line)))
    for a in range(articles):
        path = f"seeds/articles-{a // ARTICLES_PER_FILE:04d}.yaml"
        sid = f"{rng.getrandbits(64):016x}"
        day = DateValue(f"{rng.randint(2022, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
        seeds.sources[sid] = Source(sid, f"Synthetic article {a}: allies debate {rng.choice(_TOPICS)}",
                                    _pos(path, next(line)), date=day, date_status="stated", file=f"{sid}.txt")
        speaker, other = rng.choice(persons), rng.choice(persons)
        country, recipient = rng.choice(country_ids), rng.choice(country_ids)

        def cite(text: str, sid=sid, path=path) -> tuple[Citation, ...]:
            return (Citation(sid, text, _pos(path, next(line))),)

        role, role_label = rng.choice(ROLES)
        start = DateValue(f"{rng.randint(2010, 2024)}-{rng.randint(1, 12):02d}-01")
        seeds.facts.append(RoleFact(f"role-{a}", cite(f"{role_label} {seeds.entities[speaker].label} said"),
                                    _pos(path, next(line)), person=speaker, role=role,
                                    organization=rng.choice(orgs + [country]), start=start, status="current"))
        currency, rate = rng.choice(_CURRENCIES)
        amount = Decimal(rng.randint(1, 2000)) * 1_000_000
        seeds.facts.append(Pledge(f"pledge-{a}", cite(f"{amount} {currency} in aid"), _pos(path, next(line)),
                                  donor=country, recipient=recipient, amount=amount, currency=currency,
                                  amount_usd=None if currency == "USD" else (amount * rate).quantize(Decimal(1)),
                                  purpose=f"support for {rng.choice(_TOPICS)}", date=day))
        if a % 2 == 0:
            pct = Decimal(rng.choice(("2", "2.5", "3", "3.5", "5")))
            seeds.facts.append(SpendingTarget(f"target-{a}", cite(f"{pct}% of GDP"), _pos(path, next(line)),
                                              actor=country, percent_gdp=pct, year=str(rng.randint(2025, 2035)),
                                              proposed_by=(speaker,), status="proposed", category="defence"))
        for k in range(3):
            topic = rng.choice(_TOPICS)
            words = " ".join(rng.choice(_WORDS) if rng.random() < 0.3 else rng.choice(_RARE)
                             for _ in range(rng.randint(10, 22)))
            text = f"On {topic}, {words}, as {seeds.entities[other].label.rsplit(' ', 1)[0]} {rng.choice(_VERBS)}."
            seeds.facts.append(Claim(f"claim-{a}-{k}", cite(text), _pos(path, next(line)), speaker=speaker, text=text,
                                     claim_kind=rng.choice(("quote", "paraphrase")), date=day,
                                     about=(rng.choice(country_ids),), topic=topic))
    return seeds


def write_workspace(seeds: Seeds, root: Path) -> Path:
    """Write ``seeds`` as a workspace (YAML seeds split by article, ontology, queries, config)."""
    from .seed_yaml import dump_yaml, record_to_yaml
    from .workspace import init_workspace

    root = Path(root)
    init_workspace(root)
    for template in (root / "seeds").glob("*.yaml"):
        template.unlink()

    def dump(name: str, data: dict) -> None:
        (root / name).write_text(dump_yaml(data, width=1000), encoding="utf-8")

    dump("seeds/entities.yaml", {"entities": [record_to_yaml(e, omit_defaults=True) for e in seeds.entities.values()]})
    dump("seeds/roles.yaml", {"roles": [record_to_yaml(r, omit_defaults=True) for r in seeds.roles.values()]})
    files: dict[str, dict] = {}
    for s in seeds.sources.values():
        files.setdefault(s.position.path, {"sources": [], **{k.section: [] for k in KINDS}})
        files[s.position.path]["sources"].append(record_to_yaml(s, omit_defaults=True))
    section = {k.name: k.section for k in KINDS}
    for f in seeds.facts:
        files[f.position.path][section[f.kind]].append(record_to_yaml(f, omit_defaults=True))
    for path, data in files.items():
        dump(path, {k: v for k, v in data.items() if v})
    return root
