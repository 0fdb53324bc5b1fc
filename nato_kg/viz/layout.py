"""A layout computed ahead, the same for the same graph, so that the page is still at once.

igraph's Fruchterman–Reingold (C, grid-accelerated) lays out 5,000 nodes in a fraction
of a second, where networkx's spring layout takes tens of seconds. Starting from a
seeded scatter in a fixed node order, with a seeded random generator, makes it
deterministic: same graph, same picture. Links to source articles pull only weakly
(they are provenance, not structure), and nodes with no link at all are set in rows below.
"""

from __future__ import annotations

import math

import networkx as nx

#: How strongly a relation pulls its two nodes together in the layout.
WEIGHTS = {"source": 0.05, "about": 0.3}
SPACING = 140.0
#: Fruchterman–Reingold iterations: igraph's 500 up to 2,000 nodes, then a budget of a million
#: node-iterations, 200 at the least. Its time grows with the iterations (5,000 nodes: 0.45 s at
#: 500, 0.16 s at 200) while the picture barely changes: the median link is 0.42 of the median
#: distance between two nodes at 500 iterations, 0.43 at 200 (1,000 iterations: 0.42).
ITERATION_BUDGET, MOST_ITERATIONS, FEWEST_ITERATIONS = 1_000_000, 500, 200


def iterations(nodes: int) -> int:
    """How many layout iterations a graph of ``nodes`` linked nodes gets.

    >>> iterations(120), iterations(2_000), iterations(5_000), iterations(50_000)
    (500, 500, 200, 200)
    """
    return max(FEWEST_ITERATIONS, min(MOST_ITERATIONS, ITERATION_BUDGET // max(nodes, 1)))


def compute_layout(net: nx.MultiDiGraph, spacing: float = SPACING) -> dict[str, tuple[float, float]]:
    """Positions (x, y) in page pixels for every node, deterministic for a given graph; ``spacing`` is
    about the room each node gets (the overview's labelled links need more)."""
    import random

    import igraph

    linked = sorted(n for n in net.nodes if net.degree(n) > 0)
    lonely = sorted(n for n in net.nodes if net.degree(n) == 0)
    positions: dict[str, tuple[float, float]] = {}
    width = 0.0
    if linked:
        index = {n: i for i, n in enumerate(linked)}
        weights: dict[tuple[int, int], float] = {}
        for a, b, d in net.edges(data=True):
            if a != b:
                low, high = sorted((index[a], index[b]))
                key = (low, high)
                weights[key] = max(weights.get(key, 0.0), WEIGHTS.get(d.get("relation"), 1.0))
        edges = sorted(weights)
        g = igraph.Graph(n=len(linked), edges=edges)
        n = len(linked)
        # A seeded scatter over the square FR itself starts from (side sqrt(n)): with all
        # nodes in a few cells, its grid would not help and 5,000 nodes take seconds.
        rng = random.Random(n)
        half = math.sqrt(n) / 2
        start = [[rng.uniform(-half, half), rng.uniform(-half, half)] for _ in range(n)]
        # FR also draws random numbers; a seeded generator makes the picture repeatable.
        igraph.set_random_number_generator(random.Random(n))
        try:
            layout = g.layout_fruchterman_reingold(seed=start, weights=[weights[e] for e in edges],
                                                   niter=iterations(n), grid="auto")
        finally:
            igraph.set_random_number_generator(random)
        coords = layout.coords
        xs, ys = [c[0] for c in coords], [c[1] for c in coords]
        span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
        width = spacing * math.sqrt(n) * 1.2
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        for node, i in index.items():
            positions[node] = (round((coords[i][0] - cx) / span * width, 1), round((coords[i][1] - cy) / span * width, 1))
    # a cell as wide as the longest label (about 7 px a character), so that labels in a row never touch
    cell = max([SPACING] + [7.0 * len(str(net.nodes[n].get("label", ""))) + 20 for n in lonely])
    per_row = max(3, int(max(width, 4 * SPACING) / cell))
    top = width / 2 + SPACING
    for i, node in enumerate(lonely):
        row, col = divmod(i, per_row)
        positions[node] = (round((col - (per_row - 1) / 2) * cell, 1), round(top + row * SPACING * 0.6, 1))
    return positions
