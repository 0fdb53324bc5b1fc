"""Score `nato-kg extract` on the five seed articles against the curated seeds.

For each article, the candidates are compared with the curated facts that cite it, on each
kind's core identity fields from the registry (``nato_kg.kinds``): a pledge on donor, amount
and currency (or its US-dollar figure); a target on actor, percentage and year; a role on
person and role; a claim on speaker and wording (content-word overlap). Prints
precision and recall per kind and overall.

Usage: python benchmarks/extract_eval.py [--articles ../shared/seeds] [--floor P R]

With --floor, exits 1 when any kind's precision is below P or its recall below R (CI runs
it so that a change that makes extraction worse on the seeds does not land unnoticed).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("pledge", "target", "role", "claim")


def _value(name: str, value):
    from decimal import Decimal

    return Decimal(str(value)) if name in ("amount", "percent_gdp") and value is not None else value


def _same(kind: str, cand: dict, fact) -> bool:
    """Whether a candidate finds a curated fact: equal on the kind's core identity fields (the
    registry's, :attr:`nato_kg.kinds.FactKind.core`), a pledge also by its US-dollar figure,
    a claim by the same speaker and most of the shorter text's content words."""
    from nato_kg.kinds import by_name
    from nato_kg.text import content_words

    k = by_name(kind)
    core = k.identity_fields[:k.core]
    if kind == "pledge" and cand.get("currency") == "USD" and fact.amount_usd is not None \
            and _value("amount", cand["amount"]) == fact.amount_usd:  # the same pledge, given in dollars
        core = tuple(n for n in core if n not in ("amount", "currency"))
    if any(_value(n, cand.get(n)) != _value(n, getattr(fact, n)) for n in core):
        return False
    if not k.same_words:
        return True
    a, b = content_words(cand["text"]), content_words(fact.text)
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= 0.6


def evaluate(articles: Path) -> dict:
    from nato_kg.extract.article import extract_article, read_article
    from nato_kg.seeds import load_seeds

    seeds = load_seeds(ROOT / "seeds", ROOT)
    tp_c, tp_f, n_c, n_f = Counter(), Counter(), Counter(), Counter()
    per_article = {}
    for source in sorted(seeds.sources.values(), key=lambda s: s.file or ""):
        if not source.file:
            continue
        text = read_article((articles / source.file).read_bytes(), source.file)
        ex = extract_article(text, seeds, source.id)
        facts = [f for f in seeds.facts if source.id in f.sources]
        found = Counter()
        for kind in KINDS:
            cands = [c.fields for c in ex.candidates if c.kind == kind]
            gold = [f for f in facts if f.kind == kind]
            n_c[kind] += len(cands)
            n_f[kind] += len(gold)
            tp_c[kind] += sum(any(_same(kind, c, f) for f in gold) for c in cands)
            tp_f[kind] += sum(any(_same(kind, c, f) for c in cands) for f in gold)
            found[kind] = (len(cands), len(gold))
        per_article[source.id] = found
    return {"tp_c": tp_c, "tp_f": tp_f, "n_c": n_c, "n_f": n_f, "per_article": per_article}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--floor", nargs=2, type=float, metavar=("PRECISION", "RECALL"),
                        help="fail (exit 1) when a kind scores below these")
    args = parser.parse_args()
    r = evaluate(args.articles)
    below = []
    print(f"{'kind':<8} {'candidates':>10} {'curated':>8} {'precision':>10} {'recall':>8}")
    for kind in (*KINDS, "overall"):
        keys = KINDS if kind == "overall" else (kind,)
        c = sum(r["n_c"][k] for k in keys)
        f = sum(r["n_f"][k] for k in keys)
        p = sum(r["tp_c"][k] for k in keys) / c if c else 0.0
        rec = sum(r["tp_f"][k] for k in keys) / f if f else 0.0
        print(f"{kind:<8} {c:>10} {f:>8} {p:>10.2f} {rec:>8.2f}")
        if args.floor and (p < args.floor[0] or rec < args.floor[1]):
            below.append(f"{kind} (P {p:.2f}, R {rec:.2f})")
    if below:
        print(f"below the floor of P {args.floor[0]:.2f} / R {args.floor[1]:.2f}: {', '.join(below)}")
        raise SystemExit(1)


if __name__ == "__main__":
    main()
