"""Time `nato-kg query pledges` end to end and on a warm graph, beside rdflib's `sparqlquery`
and the floor: python and pyoxigraph loading the built Turtle and writing the same query's JSON.

Run from the repository (a workspace): ``python benchmarks/query_bench.py [--runs N]``.
Prints medians (seconds) and ratios; every tool reads the same built Turtle file and runs
the same query text, with JSON output. ``nato-kg`` is timed three ways: asked again of the
same build (its answer kept), the first time after a build (the kept answers removed before
each run), and with ``--no-cache``. Its last line says whether ``nato_kg`` was an installed package or the
source tree: only the first gives a user's figures.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed_command(cmd: list[str], runs: int, before=None) -> float:
    times = []
    for _ in range(runs):
        if before is not None:
            before()
        start = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def timed_call(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


#: The floor: what any tool must do at least (start Python, load the graph, run the query, write JSON).
FLOOR = ("import sys, pyoxigraph as ox; s = ox.Store(); s.bulk_load(path=sys.argv[1], format=ox.RdfFormat.TURTLE); "
         "sys.stdout.buffer.write(s.query(open(sys.argv[2]).read()).serialize(format=ox.QueryResultsFormat.JSON))")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    bindir = Path(sys.executable).parent
    nato_kg = str(bindir / "nato-kg")
    sparqlquery = shutil.which("sparqlquery", path=str(bindir)) or "sparqlquery"
    subprocess.run([nato_kg, "build"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    query_file = ROOT / "queries" / "pledges.rq"

    ours = [nato_kg, "query", "pledges", "-f", "json"]
    subprocess.run(ours, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)  # keep the answer of this build
    e2e_kept = timed_command(ours, args.runs)
    e2e_first = timed_command(ours, args.runs, before=lambda: shutil.rmtree(ROOT / "build" / "cache" / "results",
                                                                        ignore_errors=True))
    e2e_ours = timed_command([*ours, "--no-cache"], args.runs)
    e2e_rdflib = timed_command([sparqlquery, "build/nato_kg.ttl", "-qf", str(query_file), "-f", "json"], args.runs)
    floor = timed_command([sys.executable, "-c", FLOOR, str(ROOT / "build" / "nato_kg.ttl"), str(query_file)], args.runs)

    from nato_kg.built import load_built_graph
    from nato_kg.query.engine import run_query
    from nato_kg.query.safety import prepare
    from nato_kg.workspace import open_workspace

    graph, _ = load_built_graph(open_workspace(ROOT))
    text = query_file.read_text()
    prepared = prepare(text)
    warm_forked = timed_call(lambda: run_query(graph, prepared, {}, timeout=30), args.runs)
    warm_inline = timed_call(lambda: run_query(graph, prepared, {}, timeout=None), args.runs)
    warm_rdflib = timed_call(lambda: list(graph.query(text)), args.runs)

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"graph: {len(graph)} triples; median of {args.runs} runs")
    print(f"{'measure':<48} {'seconds':>9} {'ratio':>7}")
    print(f"end to end, x the floor: asked again {e2e_kept / floor:.2f}x, first after a build {e2e_first / floor:.2f}x, "
          f"--no-cache {e2e_ours / floor:.2f}x, sparqlquery {e2e_rdflib / floor:.2f}x")
    rows = [
        ("floor: python + pyoxigraph load, query, JSON", floor, floor / e2e_rdflib),
        ("end to end: nato-kg query, asked again", e2e_kept, e2e_kept / e2e_rdflib),
        ("end to end: nato-kg query, first after a build", e2e_first, e2e_first / e2e_rdflib),
        ("end to end: nato-kg query --no-cache", e2e_ours, e2e_ours / e2e_rdflib),
        ("end to end: sparqlquery build/nato_kg.ttl", e2e_rdflib, 1.0),
        ("warm graph: run_query with timeout (forked)", warm_forked, warm_forked / warm_rdflib),
        ("warm graph: run_query without timeout", warm_inline, warm_inline / warm_rdflib),
        ("warm graph: rdflib Graph.query (parse + run)", warm_rdflib, 1.0),
    ]
    for name, seconds, ratio in rows:
        print(f"{name:<48} {seconds:>9.4f} {ratio:>6.2f}x")
    print(f"nato_kg ran as: {how_installed()}")


def how_installed() -> str:
    """Whether the ``nato_kg`` measured is a regular install or the source tree (an editable install), whose
    start-up differs from a user's: the editable finder imports pathlib, re and more in ``site``, for the floor
    too, which flatters the ratios; and without bytecode (PYTHONDONTWRITEBYTECODE) every module compiles."""
    import nato_kg

    where = Path(nato_kg.__file__).resolve().parent
    compiled = any((where / "__pycache__").glob("__init__.*.pyc"))
    if ROOT in where.parents:
        return (f"the source tree (editable){'' if compiled else ', not compiled'}: for a user's figures run this "
                "script with the python of a venv holding an installed wheel (see benchmarks/README.md)")
    return f"an installed package{'' if compiled else ' (not compiled)'} at {where}"


if __name__ == "__main__":
    main()
