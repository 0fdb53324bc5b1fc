"""Charts of the graph as Vega-Lite specifications: pledges by donor, spending targets by actor and
year, and facts over time by their sources' dates.

Each chart's data are the rows of a named query (``pledges``, ``targets``, ``facts-by-source``
with ``sources``), so a chart says what ``nato-kg query`` says: a pledge chart's bars are the
``pledges`` rows that ``pledge-totals`` adds, and their sum per donor is its total. The same
specification is drawn in the page (Vega, vendored) and written as SVG or PNG by ``nato-kg chart``
(vl-convert, offline). Each mark carries the ids of its facts, which the page opens in its panel.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import NatoKGError

CHARTS = ("pledges", "targets", "timeline")
#: An axis label in words a reader of news uses: 1.5 bn, 200 m (Vega's ~s would say 1.5G).
_SCALED = ("datum.value >= 1e12 ? format(datum.value / 1e12, '~g') + ' tn' : datum.value >= 1e9 ? "
           "format(datum.value / 1e9, '~g') + ' bn' : datum.value >= 1e6 ? format(datum.value / 1e6, '~g') + ' m' : "
           "format(datum.value, ',')")
CHART_FORMATS = ("svg", "png", "json")
#: Aid types in the Kiel Institute's classes, each with a fixed colour (the same in every chart).
AID_COLORS = {"military": "#4e79a7", "financial": "#f28e2b", "humanitarian": "#59a14f", "unspecified": "#bab0ac"}


class ChartError(NatoKGError):
    """A chart cannot be made as asked."""


@dataclass
class ChartRows:
    """The named queries' rows behind the charts, as plain values."""

    pledges: list[dict]
    targets: list[dict]
    timeline: list[dict]


def _rows(ws, graph, name: str) -> list[dict]:
    """The rows of the named query ``name`` on ``graph`` (one Oxigraph engine queries, see chart_rows)."""
    from ..query.named import load_query
    from ..query.runner import answer

    result = answer(ws, load_query(name, ws.queries_dir), graph=graph, timeout=None).result
    return [{var: (None if value is None else str(value)) for var, value in zip(result.vars, row, strict=True)}
            for row in result.rows]


def _number(text: str | None) -> float | None:
    return float(text) if text else None


def chart_rows(ws, graph) -> ChartRows:
    """Read the rows the three charts draw, from the named queries on ``graph`` (the workspace's built graph)."""
    from decimal import Decimal

    from ..built import query_graph
    from ..text import money_text

    graph = query_graph(ws, graph)
    pledges = [{"donor": r["donor"], "recipient": r["recipient"], "aid_type": r["aid_type"] or "unspecified",
                "usd": _number(r["usd"]), "eur": _number(r["eur"]), "amount": money_text(Decimal(r["amount"]), r["currency"]),
                "ids": [r["fact"]]}
               for r in _rows(ws, graph, "pledges") if r["in_totals"] == "yes"]
    targets = [{"actor": r["actor"], "percent": _number(r["percent_gdp"]), "year": r["target_year"] or "no year",
                "status": r["status"] or "", "category": r["category"] or "", "proposed_by": r["proposed_by"] or "",
                "ids": [r["fact"]]}
               for r in _rows(ws, graph, "targets")]
    sources = {r["source"]: r for r in _rows(ws, graph, "sources")}
    timeline = []
    for r in _rows(ws, graph, "facts-by-source"):
        source = sources.get(r["source"], {})
        date = source.get("date") or ""
        timeline.append({"period": date[:7] or "undated", "source": r["source"], "title": source.get("title") or "",
                         "kind": r["kind"], "count": int(r["count"])})
    return ChartRows(pledges, targets, timeline)


def _kind_colors() -> dict[str, str]:
    from ..kinds import KINDS

    return {k.name: k.color for k in KINDS}


def _chart(title: str, subtitle: str, values: list[dict], mark: dict, encoding: dict, height, width: int) -> dict:
    """A Vega-Lite specification with its data inline, in the pages' font, its marks clickable."""
    return {"width": width, "height": height, "config": {"font": "system-ui, sans-serif", "view": {"stroke": None}},
            "title": {"text": title, "subtitle": subtitle, "anchor": "start"}, "data": {"values": values},
            "mark": {**mark, "cursor": "pointer"}, "encoding": encoding}


def _colors(scale: dict[str, str]) -> dict:
    return {"domain": list(scale), "range": list(scale.values())}


def narrow_charts(charts: dict[str, dict], facts: list[dict], source: str | None = None) -> dict[str, dict]:
    """The charts of a narrowed page (``viz --focus``, ``--source``, ``--kind``) keep the rows of the
    facts it draws (each a dict with ``id``, ``kind`` and ``sources``); a timeline segment counts the
    drawn facts of its source and kind, and under ``source`` only that source's segments are kept
    (as the page's source filter does: a fact another article also states is not that article's
    segment). Each chart's subtitle says so.

    >>> spec = {"title": {"subtitle": "s"}, "data": {"values": [{"ids": ["a"]}, {"ids": ["b"]}]}}
    >>> narrow_charts({"pledges": spec}, [{"id": "b", "kind": "pledge", "sources": []}])["pledges"]["data"]["values"]
    [{'ids': ['b']}]
    """
    from collections import Counter

    ids = {f["id"] for f in facts}
    per = Counter((s["id"], f["kind"]) for f in {f["id"]: f for f in facts}.values() for s in f["sources"])
    out = {}
    for name, spec in charts.items():
        values = spec["data"]["values"]
        if name == "timeline":
            kept = [{**r, "count": per[(r["source"], r["kind"])]} for r in values
                    if per[(r["source"], r["kind"])] and source in (None, r["source"])]
        else:
            kept = [r for r in values if set(r.get("ids", ())) & ids]
        title = {**spec.get("title", {}), "subtitle": spec.get("title", {}).get("subtitle", "") + " — only the facts drawn on this page"}
        out[name] = {**spec, "title": title, "data": {"values": kept}}
    return out


def chart_specs(rows: ChartRows, width: int = 560) -> dict[str, dict]:
    """One Vega-Lite specification per chart, with its data inline (nothing is fetched)."""
    money = {"type": "quantitative", "format": ",.0f"}
    segments = {"type": "bar", "stroke": "#fff", "strokeWidth": 0.5}
    pledges = _chart(
        "Pledges by donor: new packages in USD",
        "running totals, shares and other sources' versions left out, as in pledge-totals", rows.pledges, segments, {
            "y": {"field": "donor", "type": "nominal", "sort": "-x", "title": None},
            "x": {"field": "usd", "type": "quantitative", "stack": "zero", "axis": {"labelExpr": _SCALED},
                  "title": "USD (converted at the ECB rate of the pledge's date where needed)"},
            "color": {"field": "aid_type", "type": "nominal", "title": "aid type", "scale": _colors(AID_COLORS)},
            "order": {"field": "usd", "type": "quantitative", "sort": "descending"},
            "tooltip": [{"field": "donor"}, {"field": "recipient"}, {"field": "amount", "title": "as the source gives it"},
                        {"field": "usd", "title": "USD", **money}, {"field": "eur", "title": "EUR", **money},
                        {"field": "aid_type", "title": "aid type"}],
        }, {"step": 22}, width)
    targets = _chart(
        "Spending targets by actor and year", "per cent of GDP; \"no year\" where the source gives none", rows.targets,
        {"type": "point", "filled": True, "size": 110, "opacity": 0.85}, {
            "x": {"field": "year", "type": "ordinal", "title": "by year", "sort": "ascending", "axis": {"labelAngle": 0}},
            "y": {"field": "percent", "type": "quantitative", "title": "% of GDP"},
            "xOffset": {"field": "actor", "type": "nominal"},  # actors side by side, not on top of each other
            "color": {"field": "actor", "type": "nominal", "title": "actor"},
            "shape": {"field": "status", "type": "nominal", "title": "status"},
            "tooltip": [{"field": "actor"}, {"field": "percent", "title": "% of GDP"}, {"field": "year"},
                        {"field": "status"}, {"field": "category"}, {"field": "proposed_by", "title": "proposed by"}],
        }, 260, width)
    timeline = _chart(
        "Facts over time, by their sources' dates",
        "one segment per source and kind of fact; month, or year where only the year is known", rows.timeline, segments, {
            "x": {"field": "period", "type": "ordinal", "title": "source date", "sort": "ascending", "axis": {"labelAngle": 0}},
            "y": {"field": "count", "type": "quantitative", "stack": "zero", "title": "facts"},
            "color": {"field": "kind", "type": "nominal", "title": "kind", "scale": _colors(_kind_colors())},
            "tooltip": [{"field": "period", "title": "date"}, {"field": "source"}, {"field": "title"},
                        {"field": "kind"}, {"field": "count", "title": "facts"}],
        }, 240, width)
    return {"pledges": pledges, "targets": targets, "timeline": timeline}


def render_chart(spec: dict, fmt: str) -> bytes:
    """The chart as SVG or PNG (drawn by vl-convert's bundled Vega, offline), or its Vega-Lite JSON.

    >>> render_chart({"mark": "bar", "data": {"values": [{"a": "x", "b": 1}]},
    ...               "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}, "svg")[:4]
    b'<svg'
    """
    import json

    if fmt == "json":
        return (json.dumps(spec, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    import vl_convert as vlc

    if fmt == "svg":
        return vlc.vegalite_to_svg(spec).encode("utf-8")
    if fmt == "png":
        return bytes(vlc.vegalite_to_png(spec, scale=2))
    raise ChartError(f"unknown chart format {fmt!r}; use one of {', '.join(CHART_FORMATS)}")


def chart_format(fmt: str | None, output: str | None) -> str:
    """``-f`` if given, else from the ``-o`` extension, else SVG.

    >>> chart_format(None, "pledges.png"), chart_format("json", None), chart_format(None, None)
    ('png', 'json', 'svg')
    """
    from pathlib import Path

    if fmt is None and output and output != "-":
        fmt = Path(output).suffix.lower().lstrip(".")
        if fmt not in CHART_FORMATS:
            raise ChartError(f"cannot tell the format from {output!r}; give -f ({', '.join(CHART_FORMATS)})")
    fmt = (fmt or "svg").lower()
    if fmt not in CHART_FORMATS:
        raise ChartError(f"unknown chart format {fmt!r}; use one of {', '.join(CHART_FORMATS)}")
    return fmt
