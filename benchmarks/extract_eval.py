"""Score `nato-kg extract` on the five seed articles against the curated seeds.

For each article, the candidates are compared with the curated facts that cite it, on each
kind's core identity fields from the registry (``nato_kg.kinds``): a pledge on donor, amount
and currency (or its US-dollar figure); a target on actor, percentage and year; a role on
person and role; a claim on speaker and wording (content-word overlap). Prints
precision and recall per kind and overall.

Usage: python benchmarks/extract_eval.py [--articles ../shared/seeds] [--floor P R] [--misses]

With saved texts of the development corpus (benchmarks/corpus/articles.yaml; texts in
benchmarks/corpus/texts/, git-ignored), it scores the corpus too (not under the floor:
CI has no texts).

With --floor, exits 1 when any kind's precision is below P or its recall below R (CI runs
it so that a change that makes extraction worse on the seeds does not land unnoticed).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The fields a corpus fact of each kind may have (``year`` and ``figure`` optional). A fragment with a
#: comma written unquoted in a YAML flow mapping ({speaker: X, fragment: a, b}) parses as a fragment "a"
#: and a key "b": twelve facts were cut short that way and scored on their first words.
FACT_FIELDS = {"pledges": ({"donor", "amount", "currency"}, {"figure"}),
               "targets": ({"actor", "percent_gdp"}, {"year"}),
               "roles": ({"person", "role", "organization"}, set()),
               "claims": ({"speaker", "fragment"}, set())}


def fresh_lists(folder: Path = ROOT / "benchmarks" / "corpus") -> tuple[tuple[str, str], ...]:
    """The lists of real articles each scored before any rule was changed for it: every ``fresh*.yaml``
    of ``folder`` with a title, in the order they were read (by number). Each one's first figure is the
    honest estimate for unseen news; benchmarks/calibrate.py re-runs them with the code as it was then.
    Found on disk rather than kept by hand: a hand-kept tuple had silently left out lists 146-149."""
    def number(path: Path) -> int:
        digits = path.stem.removeprefix("fresh")
        return int(digits) if digits else 1

    paths = sorted(folder.glob("fresh*.yaml"), key=number)
    return tuple((p.name, "fresh articles" if number(p) == 1 else f"fresh list {number(p)}") for p in paths)


#: (confidence, whether the candidate was right) for every candidate scored in this run: calibration
CALIBRATION: list[tuple[float, bool]] = []
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


def _score(kind: str, cands: list, gold: list, same, totals: tuple, where: str, misses: bool, name=lambda f: f) -> None:
    """Count one article's candidates and expected facts of ``kind`` into ``totals`` (true positives
    among candidates and among facts, then how many of each); print each miss and extra if asked."""
    tp_c, tp_f, n_c, n_f = totals
    n_c[kind] += len(cands)
    n_f[kind] += len(gold)
    tp_c[kind] += sum(any(same(kind, c, f) for f in gold) for c in cands)
    tp_f[kind] += sum(any(same(kind, c, f) for c in cands) for f in gold)
    if misses:
        for c in cands:
            if not any(same(kind, c, f) for f in gold):
                print(f"  {where}: extra {kind}: {c}")
        for f in gold:
            if not any(same(kind, c, f) for c in cands):
                print(f"  {where}: missed {kind}: {name(f)}")


def evaluate(articles: Path, misses: bool = False) -> dict:
    from nato_kg.extract.article import extract_article, read_article
    from nato_kg.seeds import load_seeds

    seeds = load_seeds(ROOT / "seeds", ROOT)
    tp_c, tp_f, n_c, n_f = Counter(), Counter(), Counter(), Counter()
    per_article = {}
    for source in sorted(seeds.sources.values(), key=lambda s: s.file or ""):
        if not source.file:
            continue
        text = read_article((articles / source.file).read_bytes(), source.file)
        ex = extract_article(text, seeds, source.id, str(source.date) if source.date else None)
        facts = [f for f in seeds.facts if source.id in f.sources]
        found = Counter()
        for kind in KINDS:
            cands = [c.fields for c in ex.candidates if c.kind == kind]
            gold = [f for f in facts if f.kind == kind]
            _score(kind, cands, gold, _same, (tp_c, tp_f, n_c, n_f), source.id, misses, lambda f: f.id)
            CALIBRATION.extend((c.confidence, any(_same(kind, c.fields, f) for f in gold))
                               for c in ex.candidates if c.kind == kind)
            found[kind] = (len(cands), len(gold))
        per_article[source.id] = found
    return {"tp_c": tp_c, "tp_f": tp_f, "n_c": n_c, "n_f": n_f, "per_article": per_article}


def _slug(name: str) -> str:
    from nato_kg.extract.rules import _slug as slug

    return slug(name)


def _same_corpus(kind: str, cand: dict, fact: dict) -> bool:
    """A candidate against a corpus fact (people by label, the rest by slug; a quote by its fragment)."""
    from decimal import Decimal

    from nato_kg.text import content_words

    if kind == "pledge":
        return (cand.get("donor") == fact["donor"] and cand.get("currency") == fact["currency"]
                and Decimal(str(cand["amount"])) == Decimal(str(fact["amount"])))
    if kind == "role":
        return (cand.get("person") == _slug(fact["person"]) and cand.get("role") == fact["role"]
                and cand.get("organization") == fact.get("organization", cand.get("organization")))
    if kind == "target":
        return (cand.get("actor") == fact["actor"] and Decimal(str(cand["percent_gdp"])) == Decimal(str(fact["percent_gdp"]))
                and cand.get("year") == (str(fact["year"]) if fact.get("year") else None))
    if cand.get("speaker") != _slug(fact["speaker"]):
        return False
    a, b = content_words(cand["text"]), content_words(fact["fragment"])
    return bool(b) and len(a & b) / len(b) >= 0.6


def list_problems(entries: list, listing: str) -> list[str]:
    """What is malformed in one corpus list: a fact with a field its kind does not have or without one it
    needs (most often a fragment cut at an unquoted comma), an entry without an id.

    >>> list_problems([{"id": "a", "claims": [{"speaker": "X", "fragment": "one", "two": None}]}], "l.yaml")
    ["l.yaml: a: claims: fields {'two'} unknown (a fragment with an unquoted comma?)"]
    """
    problems = []
    for entry in entries:
        if not isinstance(entry, dict) or "id" not in entry:
            problems.append(f"{listing}: an entry without an id")
            continue
        for kind, (needed, optional) in FACT_FIELDS.items():
            for fact in entry.get(kind) or []:
                unknown, missing = set(fact) - needed - optional, needed - set(fact)
                if unknown:
                    problems.append(f"{listing}: {entry['id']}: {kind}: fields {unknown} unknown"
                                    " (a fragment with an unquoted comma?)")
                if missing:
                    problems.append(f"{listing}: {entry['id']}: {kind}: fields {missing} missing")
    return problems


def evaluate_corpus(folder: Path, misses: bool = False, listing: str = "articles.yaml") -> dict | None:
    """Score one list of the development corpus (facts in ``listing``, texts in ``texts/``,
    git-ignored); None when no text is there. The workspace is the repository's own (its entities
    and aliases)."""
    import yaml

    from nato_kg.extract.article import extract_article, read_article
    from nato_kg.seeds import load_seeds

    entries = yaml.safe_load((folder / listing).read_text(encoding="utf-8")) or []
    problems = list_problems(entries, listing)
    if problems:
        raise ValueError("\n".join(problems))
    present = [e for e in entries if (folder / "texts" / f"{e['id']}.txt").is_file()]
    if not present:
        return None
    seeds = load_seeds(ROOT / "seeds", ROOT)
    tp_c, tp_f, n_c, n_f = Counter(), Counter(), Counter(), Counter()
    figures = Counter()
    for e in present:
        text = read_article((folder / "texts" / f"{e['id']}.txt").read_bytes(), e["id"])
        ex = extract_article(text, seeds, "corpus-" + e["id"], str(e["date"]) if e.get("date") else None)
        for kind in KINDS:
            cands = [c.fields for c in ex.candidates if c.kind == kind]
            gold = e.get(kind + "s") or []
            _score(kind, cands, gold, _same_corpus, (tp_c, tp_f, n_c, n_f), e["id"], misses)
            CALIBRATION.extend((c.confidence, any(_same_corpus(kind, c.fields, f) for f in gold))
                               for c in ex.candidates if c.kind == kind)
            if kind == "pledge":
                for f in gold:
                    match = next((c for c in cands if _same_corpus(kind, c, f)), None)
                    if match is not None:
                        figures["read"] += 1
                        figures["right"] += match.get("figure", "package") == f.get("figure", "package")
    return {"tp_c": tp_c, "tp_f": tp_f, "n_c": n_c, "n_f": n_f, "articles": len(present), "of": len(entries),
            "figures": figures}


def _report(title: str, r: dict, floor) -> list[str]:
    below = []
    print(title)
    print(f"{'kind':<8} {'candidates':>10} {'expected':>8} {'precision':>10} {'recall':>8}")
    for kind in (*KINDS, "overall"):
        keys = KINDS if kind == "overall" else (kind,)
        c = sum(r["n_c"][k] for k in keys)
        f = sum(r["n_f"][k] for k in keys)
        p = sum(r["tp_c"][k] for k in keys) / c if c else 0.0
        rec = sum(r["tp_f"][k] for k in keys) / f if f else 0.0
        print(f"{kind:<8} {c:>10} {f:>8} {p:>10.2f} {rec:>8.2f}")
        if floor and (p < floor[0] or rec < floor[1]):
            below.append(f"{kind} (P {p:.2f}, R {rec:.2f})")
    return below


def _calibration() -> None:
    """How often a candidate of each confidence band was right, over everything scored above: a
    confidence means something when the share right rises with it."""
    bands = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.01))
    print("\ncalibration (every candidate scored above)")
    print(f"{'confidence':<12} {'candidates':>10} {'right':>8}")
    for lo, hi in bands:
        got = [ok for conf, ok in CALIBRATION if lo <= conf < hi]
        share = f"{sum(got) / len(got):.2f}" if got else "-"
        print(f"{lo:.2f}-{min(hi, 1.0):.2f}{'':<3} {len(got):>10} {share:>8}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--corpus", type=Path, default=ROOT / "benchmarks" / "corpus",
                        help="the development corpus (articles.yaml; texts/ when saved)")
    parser.add_argument("--misses", action="store_true", help="list each fact missed and each extra candidate (corpus and seeds)")
    parser.add_argument("--floor", nargs=2, type=float, metavar=("PRECISION", "RECALL"),
                        help="fail (exit 1) when a kind scores below these on the seeds")
    args = parser.parse_args()
    # articles.yaml is the corpus the rules were developed on; fresh.yaml was scored before any rule
    # was changed for it (its first figure is the honest estimate for unseen news).
    for listing, what in (("articles.yaml", "development corpus"), *fresh_lists(args.corpus)):
        corpus = evaluate_corpus(args.corpus, args.misses, listing) if (args.corpus / listing).is_file() else None
        if corpus is None:
            print(f"{what}: no saved texts (see benchmarks/corpus/{listing})\n")
            continue
        _report(f"{what} ({corpus['articles']} of {corpus['of']} articles saved; not under the floor)", corpus, None)
        fig = corpus["figures"]
        print(f"pledges found with the right kind of figure: {fig['right']} of {fig['read']}\n")
    r = evaluate(args.articles, args.misses)
    below = _report("the five seed articles", r, args.floor)
    _calibration()
    if below and args.floor:
        print(f"below the floor of P {args.floor[0]:.2f} / R {args.floor[1]:.2f}: {', '.join(below)}")
        raise SystemExit(1)


if __name__ == "__main__":
    main()
