"""``nato-kg chart``: the page's charts as SVG, PNG or Vega-Lite files, drawn offline from the named queries."""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal

from click.testing import CliRunner

from nato_kg.cli import cli

from .conftest import CURATED


def run(*args: str):
    return CliRunner().invoke(cli, ["-w", str(CURATED), *args])


def rows(name: str) -> list[dict]:
    result = run("query", name, "-f", "csv", "--no-spreadsheet-guard")
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_pledge_chart_adds_up_to_pledge_totals():
    result = run("chart", "pledges", "-f", "json")
    assert result.exit_code == 0, result.output
    spec = json.loads(result.stdout)
    bars = spec["data"]["values"]
    assert len(bars) == len([r for r in rows("pledges") if r["in_totals"] == "yes"])
    by_donor: dict[str, Decimal] = {}
    for bar in bars:
        by_donor[bar["donor"]] = by_donor.get(bar["donor"], Decimal(0)) + Decimal(str(bar["usd"]))
    totals = {r["donor"]: Decimal(r["total_usd"]) for r in rows("pledge-totals")
              if r["donor"] != "(all donors)" and int(r["packages"])}
    assert by_donor.keys() == totals.keys()
    assert all(abs(by_donor[d] - totals[d]) < 1 for d in totals)
    assert all(bar["ids"] and bar["aid_type"] in ("military", "financial", "humanitarian", "unspecified") for bar in bars)


def test_svg_has_one_bar_per_package(tmp_path):
    out = tmp_path / "pledges.svg"
    result = run("chart", "pledges", "-o", str(out))
    assert result.exit_code == 0, result.output
    svg = out.read_text()
    assert svg.startswith("<svg") and "Finland" in svg and "Pledges by donor" in svg
    # vl-convert writes each bar as a path inside the mark group (class "mark-rect role-mark")
    group = re.search(r'<g class="mark-rect role-mark[^"]*"[^>]*>(.*?)</g>', svg, re.S)
    assert group is not None and group.group(1).count("<path") == 4


def test_png_and_format_from_the_extension(tmp_path):
    out = tmp_path / "timeline.png"
    result = run("chart", "timeline", "-o", str(out), "--width", "400")
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_targets_chart_has_every_target():
    spec = json.loads(run("chart", "targets", "-f", "json").stdout)
    assert len(spec["data"]["values"]) == len(rows("targets"))
    assert {p["year"] for p in spec["data"]["values"]} >= {"2032", "no year"}


def test_unknown_format_is_a_usage_error(tmp_path):
    result = run("chart", "pledges", "-o", str(tmp_path / "pledges.gif"))
    assert result.exit_code == 2 and "cannot tell the format" in result.stderr
    assert not (tmp_path / "pledges.gif").exists()
    result = run("chart", "nothing")
    assert result.exit_code == 2


def chart_values(*args: str) -> list[dict]:
    result = run("chart", *args, "-f", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["data"]["values"]


def test_chart_of_one_source_counts_that_sources_facts():
    # the timeline of one article is its facts-by-source rows, kind by kind; the other charts keep only its facts
    counts = {}
    for r in rows("facts-by-source"):
        counts.setdefault(r["source"], {})[r["kind"]] = int(r["count"])
    source = max(counts, key=lambda s: sum(counts[s].values()))
    assert len(counts) > 1
    timeline = chart_values("timeline", "--source", source)
    assert {r["kind"]: r["count"] for r in timeline} == counts[source]
    assert {r["source"] for r in timeline} == {source}
    # a pledge bar is kept where the article states that pledge: none for an article with no pledges
    without = [s for s in counts if not counts[s].get("pledge")]
    assert without and chart_values("pledges", "--source", without[0]) == []
    assert 0 < len(chart_values("pledges", "--source", source)) <= counts[source]["pledge"]


def test_chart_focused_on_a_donor_keeps_its_pledges_only():
    pledges = chart_values("pledges")
    finland = chart_values("pledges", "--focus", "finland", "--depth", "1")
    assert finland == [bar for bar in pledges if bar["donor"] == "Finland"] != []
    assert chart_values("pledges", "--kind", "role") == []


def test_chart_of_an_unknown_source_is_an_input_error():
    result = run("chart", "targets", "--source", "no-such-article")
    assert result.exit_code == 2 and "no-such-article" in result.stderr
