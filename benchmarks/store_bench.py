"""Stores side by side on synthetic workspaces of about 10k, 100k and 1M triples.

For each size it generates a workspace (`nato-kg bench-data`), then times, each
configuration in a fresh process (so that peak memory is its own):

- ``nato-kg memory`` / ``nato-kg oxigraph``: build from the YAML seeds with that store,
  export Turtle, run the ``pledge-totals`` and ``claims`` named queries;
- ``rdflib``: plain rdflib: parse the built Turtle, serialise Turtle, run the same queries;
- ``pyoxigraph``: raw pyoxigraph (the floor): load the built Turtle, dump Turtle, same queries.

Usage: ``python benchmarks/store_bench.py --sizes 10k,100k,1M``. CI runs ``--sizes 10k``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}
CONFIGS = ("nato-kg memory", "nato-kg oxigraph", "rdflib", "pyoxigraph")
QUERIES = ("pledge-totals", "claims")
TRIPLES_PER_ARTICLE = 116
BASE_TRIPLES = 500


def worker(config: str, ws_path: str) -> dict:
    """Run one configuration; print its timings as JSON."""
    from nato_kg.workspace import open_workspace

    ws = open_workspace(Path(ws_path))
    texts = [(ws.queries_dir / f"{q}.rq").read_text() for q in QUERIES]
    times: dict[str, float] = {}

    def timed(name, fn):
        start = time.perf_counter()
        value = fn()
        times[name] = time.perf_counter() - start
        print(json.dumps({name: times[name]}), flush=True)  # progress, kept if the run is cut short
        return value

    if config.startswith("nato-kg"):
        from nato_kg.build import build
        from nato_kg.export import export_rdf
        from nato_kg.query.named import load_query
        from nato_kg.query.runner import answer

        store = config.split()[1]
        result = timed("build", lambda: build(ws, store=store))
        timed("export", lambda: export_rdf(result.graph, "ttl", ws.base_iri))
        for q in QUERIES:
            named = load_query(q, ws.queries_dir)
            rows = timed(q, lambda named=named: answer(ws, named, {}, timeout=None, graph=result.graph).result.rows)
            times[q + " rows"] = len(rows)
        times["triples"] = len(result.graph)
    elif config == "rdflib":
        from rdflib import Graph

        g = Graph()
        timed("build", lambda: g.parse(ws.graph_path, format="turtle"))
        timed("export", lambda: g.serialize(format="turtle"))
        for q, text in zip(QUERIES, texts, strict=True):
            times[q + " rows"] = len(timed(q, lambda text=text: list(g.query(text))))
        times["triples"] = len(g)
    else:
        import pyoxigraph as ox

        store = ox.Store()
        timed("build", lambda: store.bulk_load(path=str(ws.graph_path), format=ox.RdfFormat.TURTLE))
        timed("export", lambda: store.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph()))
        for q, text in zip(QUERIES, texts, strict=True):
            times[q + " rows"] = len(timed(q, lambda text=text: list(store.query(text))))
        times["triples"] = len(store)
    return times


def run_config(config: str, ws: Path, budget: float) -> dict:
    """Run one configuration in its own process, stopping it after ``budget`` seconds."""
    import selectors

    proc = subprocess.Popen([sys.executable, __file__, "--worker", config, str(ws)], stdout=subprocess.PIPE, cwd=ROOT)
    result: dict = {}
    deadline = time.monotonic() + budget
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    buffer = b""
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not sel.select(timeout=remaining):
            proc.kill()
            result["cut"] = True
            break
        chunk = os.read(proc.stdout.fileno(), 65536)
        if not chunk:
            break
        buffer += chunk
        *lines, buffer = buffer.split(b"\n")
        for line in lines:
            result.update(json.loads(line))
    _, status, usage = os.wait4(proc.pid, 0)  # not proc.wait(): wait4 also gives the child's peak memory
    result["peak MB"] = usage.ru_maxrss / 1024
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10k,100k,1M")
    parser.add_argument("--budget", type=float, default=150.0,
                        help="seconds each configuration may take before it is stopped (its missing steps show as '-')")
    parser.add_argument("--worker", nargs=2, metavar=("CONFIG", "WORKSPACE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(*args.worker)), flush=True)
        return
    from nato_kg.synthetic import synthetic_seeds, write_workspace

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    for size in args.sizes.split(","):
        articles = max(1, (SIZES[size] - BASE_TRIPLES) // TRIPLES_PER_ARTICLE)
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            ws = write_workspace(synthetic_seeds(articles), Path(tmp) / "ws")
            made = time.perf_counter() - started
            results = {c: run_config(c, ws, args.budget) for c in CONFIGS}
            floor = results["pyoxigraph"]
            steps = ("build", "export", *QUERIES)
            total = {c: sum(r.get(k, 0.0) for k in steps) for c, r in results.items()}
            print(f"\n{size}: {articles} articles, {results['nato-kg oxigraph']['triples']:,} triples "
                  f"(workspace written in {made:.1f} s)")
            print(f"{'configuration':<18} {'build':>8} {'export':>8} {'totals':>8} {'claims':>8} {'total':>8} "
                  f"{'x floor':>8} {'peak MB':>8}")
            for c, r in results.items():
                cells = [f"{r[k]:>8.3f}" if k in r else f"{'-':>8}" for k in steps]
                mark = ">" if r.get("cut") else " "
                print(f"{c:<18} {' '.join(cells)} {mark}{total[c]:>7.2f} {total[c] / total['pyoxigraph']:>8.2f} "
                      f"{r['peak MB']:>8.0f}")
            rows = {c: (r["pledge-totals rows"], r["claims rows"]) for c, r in results.items() if "claims rows" in r}
            if len(set(rows.values())) > 1:
                raise SystemExit(f"the configurations disagree on row counts: {rows}")
            if any(r.get("cut") for r in results.values()):
                print(f"(>: stopped after the {args.budget:.0f} s budget; '-' steps did not finish, the total is a lower bound)")
            ours = total["nato-kg oxigraph"]
            without_yaml = (ours - results["nato-kg oxigraph"]["build"]) / (total["pyoxigraph"] - floor["build"])
            cut = "+" if results["rdflib"].get("cut") else ""
            print(f"nato-kg oxigraph: {total['rdflib'] / ours:.1f}x{cut} faster than plain rdflib, "
                  f"{ours / total['pyoxigraph']:.2f}x raw pyoxigraph; without the YAML build: {without_yaml:.2f}x")


if __name__ == "__main__":
    main()
