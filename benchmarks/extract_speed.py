"""How long extraction takes over the saved corpus texts, with the rules' regular expressions compiled once each
(:mod:`nato_kg.extract.rx`) and, in the same run, compiled as :mod:`re` alone would keep them (its last 512 patterns).

Prints seconds for each way and their ratio; the texts are the git-ignored ones under ``benchmarks/corpus/texts`` (a
glob picks them, the first ``--limit``). No timed assertion anywhere: figures to record in ``benchmarks/README.md``.

    python benchmarks/extract_speed.py --glob 'fresh3[01]*.txt' --limit 60
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(paths: list[Path]) -> float:
    from nato_kg.extract.article import extract_article, read_article
    from nato_kg.seeds import load_seeds

    seeds = load_seeds(ROOT / "seeds", ROOT)
    start = time.perf_counter()
    for p in paths:
        extract_article(read_article(p.read_bytes(), p.stem), seeds, "corpus-" + p.stem, None)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--glob", default="fresh3[01]*.txt")
    parser.add_argument("--limit", type=int, default=60)
    args = parser.parse_args()
    paths = sorted((ROOT / "benchmarks/corpus/texts").glob(args.glob))[:args.limit]
    if not paths:
        raise SystemExit("no saved texts match (they are git-ignored: fetch them as benchmarks/corpus/README.md says)")
    from nato_kg.extract import rx

    cached = _run(paths)
    info = rx._compiled.cache_info()
    original = rx.compile
    # the stdlib's own cache in place of ours: every call compiles through re, which keeps its last 512 patterns
    rx.compile = lambda pattern, flags=0: pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, int(flags))  # type: ignore[assignment]
    try:
        plain = _run(paths)
    finally:
        rx.compile = original  # type: ignore[assignment]
    print(f"texts: {len(paths)} ({args.glob})")
    print(f"patterns compiled once each (rx): {cached:.2f} s  ({info.currsize} patterns cached, {info.hits} hits, {info.misses} misses)")
    print(f"re's own cache of 512 patterns:   {plain:.2f} s")
    print(f"ratio re / rx: {plain / cached:.2f}x")


if __name__ == "__main__":
    main()
