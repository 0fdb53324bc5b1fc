"""Every named query, the first time after a build, on a large store: nato-kg end to end
against the engine's floor, and (``--before REV``) the query texts of an earlier revision.

- floor: a fresh python process opening the built Oxigraph store read-only, running the
  query text and writing its JSON (pyoxigraph alone, nothing of nato-kg);
- ``nato-kg query NAME -f json``, the answers kept from the build removed before each run
  (so each run evaluates the query, as the first question after a build does);
- before: the floor script running REV's text of the same query (``git show REV:queries/NAME.rq``),
  in the same run, so that a rewrite of the queries is measured against what it replaced.

``who-held`` is left out: it needs a date and the synthetic workspace has no role timeline.

Usage: ``python benchmarks/named_bench.py --articles 9000 [--before REV] [--runs 3]``, or
``--workspace DIR`` for a workspace built already (``nato-kg bench-data --articles N -o DIR``).
Prints medians in seconds and ratios (these machines are noisy; compare ratios).
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from query_bench import timed_command  # this folder is the script's, first on sys.path

ROOT = Path(__file__).resolve().parent.parent
NKG = [sys.executable, "-m", "nato_kg"]
FLOOR = ("import sys, pyoxigraph as ox; s = ox.Store.read_only(sys.argv[1]); "
         "sys.stdout.buffer.write(s.query(open(sys.argv[2]).read()).serialize(format=ox.QueryResultsFormat.JSON))")
LEFT_OUT = {"who-held"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=900)
    parser.add_argument("--workspace", type=Path, help="a workspace already made (and built) to use instead")
    parser.add_argument("--before", metavar="REV", help="also time this git revision's query texts (floor script)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="nato-kg-named-"))
    try:
        ws = args.workspace.resolve() if args.workspace else tmp / "ws"
        if not args.workspace:
            subprocess.run([*NKG, "bench-data", "--articles", str(args.articles), "-o", str(ws)], check=True,
                           capture_output=True)
        w = [*NKG, "-w", str(ws)]
        subprocess.run([*w, "build", "--store", "oxigraph"], check=True, capture_output=True)
        subprocess.run([*w, "queries", "--refresh"], check=True, capture_output=True)  # this version's texts
        for bak in (ws / "queries").glob("*.rq.bak"):
            bak.unlink()
        store = str((ws / "build" / "oxigraph").resolve())
        names = sorted(p.stem for p in (ROOT / "queries").glob("*.rq") if p.stem not in LEFT_OUT)
        forget = lambda: shutil.rmtree(ws / "build" / "cache" / "results", ignore_errors=True)  # noqa: E731
        triples = sum(1 for _ in open(ws / "build" / "cache" / "graph.nt", "rb"))
        print(f"{platform.machine()}, {platform.python_version()}, {triples:,} triples; medians of {args.runs} runs")
        head = f"{'query':16} {'floor s':>8} {'nato-kg s':>10} {'x floor':>8}"
        print(head + (f" {'before s':>9} {'now/before':>11}" if args.before else ""))
        for name in names:
            text = ROOT / "queries" / f"{name}.rq"
            floor = timed_command([sys.executable, "-c", FLOOR, store, str(text)], args.runs)
            ours = timed_command([*w, "query", name, "-f", "json"], args.runs, before=forget)
            line = f"{name:16} {floor:8.2f} {ours:10.2f} {ours / floor:8.1f}"
            if args.before:
                old = tmp / f"{name}.before.rq"
                shown = subprocess.run(["git", "show", f"{args.before}:queries/{name}.rq"], cwd=ROOT, capture_output=True)
                if shown.returncode == 0:
                    old.write_bytes(shown.stdout)
                    before = timed_command([sys.executable, "-c", FLOOR, store, str(old)], args.runs)
                    line += f" {before:9.2f} {floor / before:11.2f}"
            print(line, flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
