"""Time `nato-kg viz` on the seed graph and on a synthetic graph of about 5,000 nodes.

Prints, for each graph and view (the overview, the fact view): the end-to-end command time,
the in-process page generation time on a loaded graph (reading the facts, the conflict
rules, projection, layout, render; the first two also apart): the first call, as the command
pays it (imports included), and the median of three more; the HTML size, and the time from opening
the page in headless Chromium until the network is drawn (physics is off, so drawn is
still). Needs Debian's chromium and Playwright (the test extra).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def draw_time(html: Path) -> float:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        start = time.perf_counter()
        page.goto(html.resolve().as_uri())
        page.wait_for_function("window.natoKG && window.natoKG.drawn", timeout=120000)
        elapsed = time.perf_counter() - start
        browser.close()
    return elapsed


def measure(name: str, ws: Path, view: str, store: str | None = None) -> tuple:
    from nato_kg.built import load_built_graph
    from nato_kg.facts_view import FactsView
    from nato_kg.trust.conflicts import Checker
    from nato_kg.viz.build_page import VizRequest, make_page
    from nato_kg.workspace import open_workspace

    nato_kg = str(Path(sys.executable).parent / "nato-kg")
    subprocess.run([nato_kg, "-w", str(ws), "build", *(["--store", store] if store else [])], check=True, capture_output=True)
    out = ws / "build" / "bench.html"
    start = time.perf_counter()
    subprocess.run([nato_kg, "-w", str(ws), "viz", "--view", view, "-o", str(out), "--max-nodes", "100000"],
                   check=True, capture_output=True)
    command = time.perf_counter() - start
    graph, _ = load_built_graph(open_workspace(ws))
    times = []
    for _ in range(4):
        start = time.perf_counter()
        page = make_page(graph, VizRequest(max_nodes=100000, view=view))
        times.append(time.perf_counter() - start)
    first, again = times[0], statistics.median(times[1:])
    # the parts of "generate": reading the facts, the conflict rules; the rest is projection, layout, page
    start = time.perf_counter()
    facts = FactsView(graph)
    read = time.perf_counter() - start
    start = time.perf_counter()
    Checker(graph, view=facts).run()
    rules = time.perf_counter() - start
    return (f"{name}, {view}", page.nodes, page.edges, command, first, again, read, rules, out.stat().st_size / 1e6,
            draw_time(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=680, help="synthetic articles (680 give about 5,000 nodes)")
    args = parser.parse_args()
    from nato_kg.synthetic import synthetic_seeds, write_workspace

    rows = [measure("seed graph", ROOT, view) for view in ("overview", "facts")]
    with tempfile.TemporaryDirectory() as tmp:
        ws = write_workspace(synthetic_seeds(args.articles), Path(tmp) / "ws")
        rows += [measure(f"synthetic ({args.articles} articles)", ws, view) for view in ("overview", "facts")]
        # the same workspace in the persistent Oxigraph store (a larger one chooses it by size)
        rows += [measure("the same, Oxigraph store", ws, view, "oxigraph") for view in ("overview", "facts")]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"{'graph, view':<38} {'nodes':>6} {'edges':>6} {'viz cmd s':>10} {'generate s':>10} {'again s':>8} {'of it: read':>11} "
          f"{'rules':>6} {'HTML MB':>8} {'drawn s':>8}")
    for name, nodes, edges, command, first, again, read, rules, size, drawn in rows:
        print(f"{name:<38} {nodes:>6} {edges:>6} {command:>10.2f} {first:>10.2f} {again:>8.2f} {read:>11.2f} {rules:>6.2f} "
              f"{size:>8.2f} {drawn:>8.2f}")


if __name__ == "__main__":
    main()
