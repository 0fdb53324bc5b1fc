"""Calibrate the extractor's confidences on news the rules had not seen.

Every fresh list in ``benchmarks/corpus/`` was scored before any rule was changed for it. This
script re-runs each list with the code as it was just before the commit that added the list (a
``git worktree`` of its parent, run in a subprocess), so that every candidate is one the rules
made on articles they had not seen; judges each against the list's facts as curated now; and
fits ``domain.yaml``'s confidence table to whether candidates were right:

* a value per rule (the share of its candidates that were right, pulled toward the share of all);
* a change per adjustment: the rules' own adjustments are assumptions (an assumed recipient, a
  donor from the sentence before), never counted in a candidate's favour (at most 0); the traits
  of :mod:`nato_kg.extract.calibration` (a target with no deadline, a claim by an organisation …)
  may go either way.

The fit is a least-squares fit of the clipped sum (the table's own arithmetic), by coordinate
descent with a ridge pull (written here: a few dozen numbers do not need a numerical library).
It prints the calibration of three scorings, each list left out of the fit in turn and scored by
the fit of the others: the confidences the candidates had then, today's ``domain.yaml``, and the
fit. ``--write`` puts the fit on every list into ``domain.yaml`` (descriptions kept).

    python benchmarks/calibrate.py [--write]

Needs the saved texts (``benchmarks/corpus/texts/``, git-ignored) and the git history.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

from extract_eval import _same_corpus, fresh_lists  # noqa: E402

DOMAIN = ROOT / "nato_kg" / "extract" / "domain.yaml"
BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.01))
#: How strongly a value is pulled toward its prior (in candidates' worth of evidence).
RIDGE = 2.0

#: Run inside an old checkout (first on sys.path): each candidate's rule, adjustments and fields.
_RUNNER = r'''
import json, sys
from pathlib import Path
import yaml
listing, texts, root = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
from nato_kg.extract import candidate as C
made = C.Candidate.scored.__func__
def scored(cls, kind, fields, evidence, rule, matches, *adjustments):
    c = made(cls, kind, fields, evidence, rule, matches, *adjustments)
    c._made_with = adjustments  # (older code kept only the reasons' texts)
    return c
C.Candidate.scored = classmethod(scored)
from nato_kg.extract.article import extract_article, read_article
from nato_kg.seeds import load_seeds
seeds = load_seeds(root / "seeds", root)
for e in yaml.safe_load(listing.read_text(encoding="utf-8")) or []:
    p = texts / f"{e['id']}.txt"
    if not p.is_file():
        continue
    text = read_article(p.read_bytes(), e["id"])
    try:
        ex = extract_article(text, seeds, "corpus-" + e["id"], str(e["date"]) if e.get("date") else None)
    except TypeError:  # before extract_article took the article's date
        ex = extract_article(text, seeds, "corpus-" + e["id"])
    for c in ex.candidates:
        speaker = c.matches[0].type if c.kind == "claim" and c.matches else None
        print(json.dumps({"id": e["id"], "kind": c.kind, "rule": c.rule, "adjust": list(getattr(c, "_made_with", ())),
                          "confidence": c.confidence, "fields": c.fields, "speaker_type": speaker}, default=str))
'''


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()


def unseen_candidates(corpus: Path) -> list[dict]:
    """Every candidate each fresh list got from the code before it was read, judged against the list's facts."""
    import yaml

    from nato_kg.extract.calibration import traits
    from nato_kg.extract.gazetteer import Gazetteer
    from nato_kg.seeds import load_seeds

    types = Gazetteer(load_seeds(ROOT / "seeds", ROOT)).types
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        for listing, what in fresh_lists(corpus):
            path = corpus / listing
            added = _git("log", "--diff-filter=A", "--format=%H", "--", str(path.relative_to(ROOT))).splitlines()
            if not path.is_file() or not added:
                continue
            before = Path(tmp) / listing.removesuffix(".yaml")
            _git("worktree", "add", "--detach", "-f", str(before), added[-1] + "~1")
            try:
                out = subprocess.run([sys.executable, "-c", _RUNNER, str(path), str(corpus / "texts"), str(before)],
                                     cwd=tmp, env={"PYTHONPATH": str(before), "PATH": "/usr/bin:/bin"},
                                     check=True, capture_output=True, text=True).stdout
            finally:
                _git("worktree", "remove", "--force", str(before))
            facts = {e["id"]: e for e in yaml.safe_load(path.read_text(encoding="utf-8")) or []}
            for line in out.splitlines():
                r = json.loads(line)
                r["list"] = listing
                r["ok"] = any(_same_corpus(r["kind"], r["fields"], f) for f in facts[r["id"]].get(r["kind"] + "s") or [])
                speaker = r["fields"].get("speaker")
                r["traits"] = list(traits(r["kind"], r["fields"], types.get(speaker) if speaker in types else r["speaker_type"]))
                rows.append(r)
            print(f"{what}: {sum(1 for r in rows if r['list'] == listing)} candidates", file=sys.stderr)
    return rows


def _features(r: dict) -> list[tuple[str, str]]:
    return [("rule", r["rule"]), *(("adjustment", a) for a in r["adjust"]), *(("trait", t) for t in r["traits"])]


def _clip(x: float) -> float:
    return min(max(x, 0.05), 0.99)


def fit(rows: list[dict], iterations: int = 80) -> dict[tuple[str, str], float]:
    """The table's values that best predict ``ok`` (least squares of the clipped sum, ridge-pulled to priors)."""
    mean = sum(r["ok"] for r in rows) / len(rows)
    data = [(_features(r), r["ok"]) for r in rows]
    keys = sorted({k for fs, _ in data for k in fs})
    w = {k: (mean if k[0] == "rule" else 0.0) for k in keys}
    having = {k: [(fs, y) for fs, y in data if k in fs] for k in keys}
    for _ in range(iterations):
        for k in keys:
            prior = mean if k[0] == "rule" else 0.0
            # the residual each of its candidates leaves with every other value fixed
            residual = sum(y - _clip(sum(w[f] for f in fs)) for fs, y in having[k])
            value = (w[k] * len(having[k]) + residual + RIDGE * prior) / (len(having[k]) + RIDGE)
            w[k] = min(value, 0.0) if k[0] == "adjustment" else value  # an assumption never helps a candidate
    return w


def _predict(w: dict, r: dict, mean: float) -> float:
    return _clip(sum(w.get(k, mean if k[0] == "rule" else 0.0) for k in _features(r)))


def _today(r: dict) -> float | None:
    from nato_kg.extract.domain import domain

    table = domain()
    names = [*r["adjust"], *r["traits"]]
    if r["rule"] not in table.rules or any(n not in table.adjustments for n in names):
        return None
    return table.confidence(r["rule"], *names)[0]


def _report(title: str, pairs: list[tuple[float, bool]]) -> None:
    brier = sum((p - y) ** 2 for p, y in pairs) / len(pairs)
    print(f"{title}: Brier score {brier:.4f} ({len(pairs)} candidates)")
    print(f"  {'confidence':<12} {'candidates':>10} {'right':>7}")
    for lo, hi in BANDS:
        got = [y for p, y in pairs if lo <= p < hi]
        share = f"{sum(got) / len(got):.2f}" if got else "-"
        print(f"  {lo:.2f}-{min(hi, 1.0):.2f}{'':<3} {len(got):>10} {share:>7}")


def write(w: dict[tuple[str, str], float]) -> None:
    """Put the fitted values into domain.yaml's table, each on its own line (descriptions kept)."""
    text = DOMAIN.read_text(encoding="utf-8")
    for (_, name), value in w.items():
        text, n = re.subn(rf"(?m)^(\s+{re.escape(name)}: \[)-?[\d.]+(,)", rf"\g<1>{round(value, 2) + 0.0}\g<2>", text)
        if n != 1:
            print(f"not in domain.yaml: {name}", file=sys.stderr)
    DOMAIN.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "benchmarks" / "corpus")
    parser.add_argument("--write", action="store_true", help="write the fit on every list into domain.yaml")
    args = parser.parse_args()
    rows = unseen_candidates(args.corpus)
    print(f"{len(rows)} candidates from {len({r['list'] for r in rows})} lists, {sum(r['ok'] for r in rows)} right\n")
    then, today, fitted = [], [], []
    for listing in sorted({r["list"] for r in rows}):
        rest = [r for r in rows if r["list"] != listing]
        w, mean = fit(rest), sum(r["ok"] for r in rest) / len(rest)
        for r in rows:
            if r["list"] == listing:
                then.append((r["confidence"], r["ok"]))
                fitted.append((_predict(w, r, mean), r["ok"]))
                if (value := _today(r)) is not None:
                    today.append((value, r["ok"]))
    _report("as scored when each list was read", then)
    _report("today's domain.yaml", today)
    _report("the fit, each list scored by the fit of the others", fitted)
    w = fit(rows)
    print("\nthe fit on every list:")
    for (kind, name), value in sorted(w.items()):
        n = sum(1 for r in rows if (kind, name) in _features(r))
        print(f"  {kind:<11} {name:<34} {value:+.2f}  ({n} candidates)")
    if args.write:
        write(w)
        print(f"\nwritten to {DOMAIN.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
