"""One self-contained HTML page from the network: pyvis's vis-network, our template, no requests.

pyvis 0.3.2 is used for the vis-network build it ships (found on disk without importing
pyvis, whose import pulls in IPython), not for its HTML: its templates load Bootstrap and vis-network from
CDNs, switch tooltips to ``innerHTML`` when a title contains ``href``, insert the heading
and the select-menu ids raw, and write a ``lib/`` folder into the working directory.
Here every script and stylesheet is inlined, the data travels as JSON in a
``<script type="application/json">`` element (``<``, ``>``, ``&`` escaped) and the page's
script only ever sets text (``textContent``), so a label like ``<img src=x onerror=…>``
shows as text and runs nothing. A Content-Security-Policy forbids any request at all.
The nodes, edges and options are built here as plain data; nothing goes through a pyvis
``Network`` object (it would only hand them back, after quadratic duplicate checks).
"""

from __future__ import annotations

import html
import json
from importlib import resources

import networkx as nx

from .. import kinds as fact_kinds
from .layout import compute_layout
from .project import KINDS, node_size

KIND_STYLE = {  # colour, vis-network shape, legend text
    "person": ("#4e79a7", "dot", "a person"),
    "country": ("#59a14f", "square", "a country"),
    "organization": ("#f28e2b", "diamond", "an organisation"),
    "place": ("#76b7b2", "triangle", "a place"),
    "event": ("#edc948", "star", "an event"),
    "article": ("#9c755f", "box", "a source article"),
    **{k.name: (k.color, k.shape, k.legend) for k in fact_kinds.KINDS},
    "resource": ("#bab0ac", "dot", "another resource"),
}
FACT_KINDS = fact_kinds.NAMES
LINK_COLOR, SOURCE_COLOR, CONFLICT_COLOR = "#555555", "#c8c8c8", "#d62728"
#: Above this many edges, edge labels are left to the tooltips (they would only clutter).
EDGE_LABEL_LIMIT = 800


def _asset(package: str, *parts: str) -> str:
    node = resources.files(package) if package == "nato_kg" else _package_folder(package)
    for part in parts:
        node = node.joinpath(part)
    return node.read_text(encoding="utf-8")


def _package_folder(package: str):
    """A package's folder, found without running its ``__init__`` (pyvis's imports IPython and jinja2)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"the {package} package is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _safe_json(value) -> str:
    """JSON that cannot end the ``<script>`` element it sits in."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)  # the page's JSON.parse has no Infinity
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _options(edge_count: int) -> dict:
    return {
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False, "hideEdgesOnDrag": edge_count > 2000},
        "layout": {"improvedLayout": False},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "smooth": False,
                  "font": {"size": 10 if edge_count <= EDGE_LABEL_LIMIT else 0, "align": "middle", "color": "#444"}},
        "nodes": {"font": {"size": 13, "face": "system-ui, sans-serif"}, "borderWidth": 1},
    }


def network_data(net: nx.MultiDiGraph, sources: list[dict]) -> dict:
    """Everything the page needs, as plain JSON-able data: vis-network's nodes, edges and options.

    Built directly: a pyvis ``Network`` would hand the same lists back unchanged (it is kept
    only as the source of vis-network's script and stylesheet, see :func:`render_page`).
    """
    positions = compute_layout(net)
    nodes = []
    for key in sorted(net.nodes):
        d = net.nodes[key]
        color, shape, _ = KIND_STYLE.get(d["kind"], KIND_STYLE["resource"])
        x, y = positions[key]
        conflict = bool(d.get("conflicts"))
        nodes.append({
            "id": key, "label": d["label"], "group": d["kind"], "shape": shape, "size": round(node_size(d), 1),
            "color": {"background": color, "border": CONFLICT_COLOR if conflict else color,
                      "highlight": {"background": color, "border": "#000"}},
            "borderWidth": 3 if conflict else 1, "x": x, "y": y, "info": d["info"],
            "search": d.get("search", d["label"]), "sources": d.get("sources", []), "fact": d["kind"] in FACT_KINDS,
        })
    edges = []
    for i, (a, b, d) in enumerate(sorted(net.edges(data=True), key=lambda e: (e[0], e[1], e[2]["relation"]))):
        is_source = d["relation"] == "source"
        color = CONFLICT_COLOR if d.get("conflict") else (SOURCE_COLOR if is_source else LINK_COLOR)
        edges.append({
            "id": f"e{i}", "from": a, "to": b, "label": "" if is_source else d["relation"],
            "color": {"color": color, "highlight": "#000"}, "dashes": bool(d.get("conflict")),
            "width": 0.6 if is_source else 1.2, "info": [["", "stated in" if is_source else d["relation"]]]
            + ([["sources disagree", "see the fact's tooltip"]] if d.get("conflict") else []),
        })
    counts: dict[str, int] = {}
    for n in nodes:
        counts[n["group"]] = counts.get(n["group"], 0) + 1
    kinds = [{"kind": k, "color": KIND_STYLE[k][0], "meaning": KIND_STYLE[k][2], "count": counts[k], "shape": KIND_STYLE[k][1]}
             for k in KINDS if k in counts]
    legend_edges = [
        {"meaning": "a fact's link (holds, in, pledges, to, proposes, for, says, about)", "color": LINK_COLOR},
        {"meaning": "stated in (fact → source article)", "color": SOURCE_COLOR},
        {"meaning": "sources disagree about this fact (see its tooltip)", "color": CONFLICT_COLOR, "conflict": True},
    ]
    return {"nodes": nodes, "edges": edges, "options": _options(len(edges)), "kinds": kinds,
            "sources": sources, "legend_edges": legend_edges}


LINK_STYLE = {k.name: (k.color, k.legend) for k in fact_kinds.KINDS}
#: Room per node in the overview, whose links carry labels (the fact view's nodes carry them instead).
OVERVIEW_SPACING = 230.0


def overview_data(net: nx.MultiDiGraph, sources: list[dict]) -> dict:
    """The overview's nodes (entities) and links (facts between them), each with the facts for the panel."""
    from .overview import link_width

    positions = compute_layout(net, spacing=OVERVIEW_SPACING)
    # Each fact once, by kind and id: a node's panel and its links' panels name them (a fact was
    # written into every panel that shows it, a page of 7.6 MB at 1,000 articles).
    facts: dict[str, dict] = {}

    def keys(found: list[dict]) -> list[str]:
        out = []
        for f in found:
            key = f"{f['kind']}/{f['id']}"
            facts.setdefault(key, f)
            out.append(key)
        return out

    nodes = []
    for key in sorted(net.nodes):
        d = net.nodes[key]
        color, shape, _ = KIND_STYLE.get(d["kind"], KIND_STYLE["resource"])
        x, y = positions[key]
        # its own facts (claims, targets nobody proposed), then those of its links, each once
        panel_facts, seen = [], set()
        for f in [*d["facts"], *(f for _, _, e in net.in_edges(key, data=True) for f in e["facts"]),
                  *(f for _, _, e in net.out_edges(key, data=True) for f in e["facts"])]:
            if f["id"] + f["kind"] not in seen:
                seen.add(f["id"] + f["kind"])
                panel_facts.append(f)
        nodes.append({
            "id": key, "label": d["label"], "group": d["kind"], "shape": shape,
            "size": round(8 + 3 * (d.get("degree", 1) + d["claims"] / 4) ** 0.5, 1),
            "color": {"background": color, "border": CONFLICT_COLOR if d["conflict"] else color,
                      "highlight": {"background": color, "border": "#000"}},
            "borderWidth": 3 if d["conflict"] else 1, "x": x, "y": y,
            "info": [["", d["full_label"]], ["type", d["kind"]]] + ([["also written", ", ".join(d["aliases"])]] if d["aliases"] else [])
            + [["", "click for its facts and their sources"]],
            "search": d["search"], "sources": d["sources"], "panel": {"title": d["full_label"], "facts": keys(panel_facts)},
        })
    # One drawn link per pair of entities, whatever kinds of fact join them (a role and a target
    # between Rutte and NATO would be two lines on top of each other, their labels too).
    pairs: dict[tuple[str, str], list] = {}
    order = {"pledge": 0, "role": 1, "target": 2}
    for a, b, d in sorted(net.edges(data=True), key=lambda e: (e[0], e[1], order[e[2]["relation"]])):
        pairs.setdefault((min(a, b), max(a, b)), []).append((a, b, d))
    edges = []
    for i, (_, links) in enumerate(sorted(pairs.items())):
        links.sort(key=lambda x: order[x[2]["relation"]])
        a, b, d = links[0]
        kinds = [x[2]["relation"] for x in links]
        conflict = any(x[2]["conflict"] for x in links)
        color = CONFLICT_COLOR if conflict else LINK_STYLE[d["relation"]][0]
        title = f"{net.nodes[a]['full_label']} → {net.nodes[b]['full_label']}: {', '.join(kinds)}"
        link_facts = [f for x in links for f in x[2]["facts"]]
        label = d["label"] + (f" (+{len(links) - 1} more)" if len(links) > 1 else "")
        edges.append({
            "id": f"e{i}", "from": a, "to": b, "label": label, "group": d["relation"], "kinds": kinds,
            "color": {"color": color, "highlight": "#000"}, "dashes": conflict,
            "width": round(link_width(d["usd"]) if d["relation"] == "pledge" else 1.5, 2),
            "info": [["", title], ["facts", str(len(link_facts))], ["", "click for the facts and their sources"]],
            "sources": sorted({s for x in links for s in x[2]["sources"]}), "panel": {"title": title, "facts": keys(link_facts)},
        })
    counts: dict[str, int] = {}
    for n in nodes:
        counts[n["group"]] = counts.get(n["group"], 0) + 1
    kinds = [{"kind": k, "color": KIND_STYLE[k][0], "meaning": KIND_STYLE[k][2], "count": counts[k], "target": "node",
              "shape": KIND_STYLE[k][1]}
             for k in KINDS if k in counts]
    link_counts: dict[str, int] = {}
    for e in edges:
        for k in e["kinds"]:
            link_counts[k] = link_counts.get(k, 0) + 1
    kinds += [{"kind": k, "color": LINK_STYLE[k][0], "meaning": LINK_STYLE[k][1] + " (a link)", "count": link_counts[k],
               "target": "edge"} for k in ("pledge", "role", "target") if k in link_counts]
    legend_edges: list[dict] = [{"meaning": f"{k}: {LINK_STYLE[k][1]}", "color": LINK_STYLE[k][0]} for k in ("pledge", "role", "target")]
    legend_edges.append({"meaning": "sources disagree about a fact on this link (see its panel)", "color": CONFLICT_COLOR,
                         "conflict": True})
    options = _options(len(edges))
    options["edges"]["font"].update(size=11 if len(edges) <= EDGE_LABEL_LIMIT else 0, align="horizontal",
                                    background="rgba(255,255,255,0.85)")
    return {"view": "overview", "nodes": nodes, "edges": edges, "facts": facts, "options": options, "kinds": kinds, "sources": sources,
            "legend_edges": legend_edges,
            "note": "Entities are nodes; pledges, roles and targets are links (pledge width by amount in USD). "
                    "Claims are counted on their speaker. Click a node or a link for its facts, sources and evidence."}


def render_page(net: nx.MultiDiGraph, title: str, sources: list[dict], overview: bool = False,
                charts: dict | None = None) -> str:
    """The complete HTML page (one file, works offline); ``charts`` (Vega-Lite specs, overview only)
    adds the charts and conflicts views, with the vendored Vega."""
    data = overview_data(net, sources) if overview else network_data(net, sources)
    if charts is not None and overview:
        data["charts"] = charts
    parts = {
        "__VIS_CSS__": _asset("pyvis", "lib", "vis-9.1.2", "vis-network.css"),
        "__PAGE_CSS__": _asset("nato_kg", "resources", "viz", "page.css"),
        "__VIS_JS__": _asset("pyvis", "lib", "vis-9.1.2", "vis-network.min.js").replace("</script", "<\\/script"),
        "__PAGE_JS__": _asset("nato_kg", "resources", "viz", "page.js"),
        "__CHART_JS__": (_asset("nato_kg", "resources", "viz", "vega.min.js").replace("</script", "<\\/script")
                         if "charts" in data else ""),
        "__DATA__": _safe_json(data),
        "__TITLE__": html.escape(title),
    }
    page = _asset("nato_kg", "resources", "viz", "page.html")
    # One pass, so that text inserted for one placeholder is never searched for another.
    import re

    return re.sub("|".join(map(re.escape, parts)), lambda m: parts[m.group(0)], page)
