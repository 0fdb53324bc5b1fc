"""The curator's loop at scale: build, build again, edit one seed file, check, query.

On a synthetic workspace (``nato-kg bench-data``) of about N triples, each step runs as
a fresh ``nato-kg`` process, as a user runs it, timed with its peak memory
(``/usr/bin/time``):

- full build (no cache), build with nothing changed, build after editing one seed file;
- ``check`` and ``validate``, each first and again after editing another seed file, and ``query pledge-totals
  -f json``, end to end on the built store;
- the floor: raw pyoxigraph bulk-loading the built graph's N-Triples into a fresh store,
  and the peer: rdflib parsing the same N-Triples.

Prints each figure with its ratio to the floor (and to the peer for the full build), in one
run on one machine (these machines are noisy; compare ratios, not seconds).

Usage: ``python benchmarks/loop_bench.py --articles 900 [--store oxigraph]``
(about 105 triples per article: 900 ≈ 100k triples, 9,000 ≈ 1M).
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

NKG = [sys.executable, "-m", "nato_kg"]


def timed(cmd: list[str], cwd: Path | None = None) -> tuple[float, float]:
    """Wall seconds and peak MB of one process."""
    out = subprocess.run(["/usr/bin/time", "-f", "%e %M", *cmd], cwd=cwd, capture_output=True, text=True)
    if out.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({out.returncode}):\n{out.stderr[-2000:]}")
    seconds, kb = out.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kb) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=900)
    parser.add_argument("--store", default="oxigraph", choices=("oxigraph", "memory"))
    parser.add_argument("--skip-validate", action="store_true", help="leave out validate (pySHACL is slow at 1M)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="nato-kg-loop-"))
    try:
        ws = tmp / "ws"
        subprocess.run([*NKG, "bench-data", "--articles", str(args.articles), "-o", str(ws)], check=True,
                       capture_output=True)
        w = [*NKG, "-w", str(ws)]
        rows: list[tuple[str, float, float]] = []
        rows.append(("full build (no cache)", *timed([*w, "build", "--store", args.store])))
        nt = tmp / "graph.nt"
        subprocess.run([sys.executable, "-c", "import pyoxigraph as ox, sys; open(sys.argv[2], 'wb').write(ox.serialize("
                        "ox.parse(path=sys.argv[1], format=ox.RdfFormat.TURTLE), format=ox.RdfFormat.N_TRIPLES))",
                        str(ws / "build" / "nato_kg.ttl"), str(nt)], check=True)
        triples = sum(1 for _ in nt.open("rb"))
        floor = timed([sys.executable, "-c", "import pyoxigraph as ox, sys, tempfile; s = ox.Store(tempfile.mkdtemp()); "
                       "s.bulk_load(path=sys.argv[1], format=ox.RdfFormat.N_TRIPLES); s.flush()", str(nt)])
        peer = timed([sys.executable, "-c", "import rdflib, sys; rdflib.Graph().parse(sys.argv[1], format='nt')", str(nt)])
        shutil.rmtree(ws / "build")
        rows[0] = ("full build (no cache)", *timed([*w, "build", "--store", args.store]))
        rows.append(("build, nothing changed", *timed([*w, "build"])))
        seed = sorted((ws / "seeds").glob("articles-*.yaml"))[0]
        seed.write_text(seed.read_text(encoding="utf-8").replace("title: 'Synthetic", "title: 'Edited synthetic", 1), encoding="utf-8")
        rows.append(("build after editing one seed file", *timed([*w, "build"])))
        rows.append(("check (no similar claims kept yet)", *timed([*w, "check"])))
        if not args.skip_validate:
            rows.append(("validate (the whole graph)", *timed([*w, "validate"])))
        # another file edited: an article's title and one claim's words (the check keeps the others' similar pairs)
        other = sorted((ws / "seeds").glob("articles-*.yaml"))[-1]
        other.write_text(other.read_text(encoding="utf-8").replace("title: 'Synthetic", "title: 'Edited synthetic", 1)
                         .replace("  text: On ", "  text: Again, on ", 1), encoding="utf-8")
        subprocess.run([*w, "build"], check=True, capture_output=True)
        rows.append(("check after editing one seed file", *timed([*w, "check"])))
        if not args.skip_validate:
            rows.append(("validate after editing one seed file", *timed([*w, "validate"])))
        rows.append(("query pledge-totals -f json, end to end", *timed([*w, "query", "pledge-totals", "-f", "json"])))
        query_floor = timed([sys.executable, "-c", "import pyoxigraph as ox, sys; s = ox.Store.read_only(sys.argv[1]); "
                             "list(s.query(open(sys.argv[2]).read()))", str(ws / "build" / "oxigraph"),
                             str(ws / "queries" / "pledge-totals.rq")]) if args.store == "oxigraph" else None
        print(f"{platform.machine()}, {platform.python_version()}, {args.articles} articles, {triples:,} triples, "
              f"store {args.store}, seed files {len(list((ws / 'seeds').glob('*.yaml')))}")
        print(f"floor: pyoxigraph bulk load of the N-Triples {floor[0]:.2f} s ({floor[1]:.0f} MB); "
              f"peer: rdflib parsing them {peer[0]:.2f} s ({peer[1]:.0f} MB)")
        if query_floor:
            print(f"query floor: python + pyoxigraph opening the store and running pledge-totals {query_floor[0]:.2f} s")
        print(f"{'step':45} {'s':>8} {'x floor':>8} {'peak MB':>8}")
        for name, seconds, mb in rows:
            base = query_floor[0] if name.startswith("query") and query_floor else floor[0]
            print(f"{name:45} {seconds:8.2f} {seconds / base:8.1f} {mb:8.0f}")
        print(f"full build / peer (rdflib parse): {rows[0][1] / peer[0]:.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
