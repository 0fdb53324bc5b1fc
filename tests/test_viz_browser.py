"""The network page in real headless Chromium (Debian's chromium, driven by Playwright).

Checks what a person would: the page loads with no request beyond the file and no
console error, draws the expected nodes and edges, the search box finds "Rutte",
tooltips show evidence, filters hide what they should, and an XSS payload in the data
runs nothing. A screenshot is saved to test-artifacts/ to look at.
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from playwright.sync_api import sync_playwright

from nato_kg.cli import cli
from nato_kg.viz.build_page import VizRequest, make_page

from .conftest import CURATED, REPO

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = REPO / "test-artifacts"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), ("the browser tests drive Debian's Chromium: install it with "
                                     "'apt-get update && apt-get install -y chromium' (.ci/run does)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Visit:
    """A page opened from a file, with every request and console message recorded."""

    def __init__(self, browser, path: Path, width: int = 1400, height: int = 900):
        self.page = browser.new_page(viewport={"width": width, "height": height})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.errors.append(f"dialog: {d.message}"), d.dismiss()))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)
        self.page.wait_for_function("window.natoKG && window.natoKG.drawn", timeout=30000)

    def counts(self) -> tuple[int, int]:
        return tuple(self.page.evaluate("[natoKG.network.body.nodeIndices.length, natoKG.network.body.edgeIndices.length]"))

    def hover(self, node_id: str) -> str:
        """Move the mouse over a node and return its tooltip's text."""
        point = self.page.evaluate(
            """id => { const n = natoKG.network; n.moveTo({position: n.getPosition(id), scale: 1.5});
                       const p = n.canvasToDOM(n.getPosition(id));
                       const r = document.getElementById('network').getBoundingClientRect();
                       return [p.x + r.left, p.y + r.top]; }""", node_id)
        self.page.mouse.move(point[0] + 1, point[1] + 1)
        self.page.mouse.move(point[0], point[1])
        self.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
        return self.page.inner_text("div.vis-tooltip")


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory):
    out = tmp_path_factory.mktemp("viz") / "nato_kg.html"
    result = CliRunner().invoke(cli, ["-w", str(CURATED), "viz", "--view", "facts", "-o", str(out)])
    assert result.exit_code == 0, result.output
    nodes, edges = (int(x) for x in result.stderr.strip().splitlines()[-1].replace(",", "").split()[::2])
    return out, nodes, edges


def test_page_loads_offline_without_errors_and_draws_every_node(browser, seed_page):
    path, nodes, edges = seed_page
    visit = Visit(browser, path)
    assert visit.requests == [visit.url]
    assert visit.errors == []
    assert visit.counts() == (nodes, edges)
    ARTIFACTS.mkdir(exist_ok=True)
    visit.page.screenshot(path=str(ARTIFACTS / "viz-seed-graph.png"))
    assert (ARTIFACTS / "viz-seed-graph.png").stat().st_size > 10_000
    visit.page.close()


def test_search_finds_rutte(browser, seed_page):
    visit = Visit(browser, seed_page[0])
    visit.page.fill("#search", "Rutte")
    visit.page.wait_for_selector("#search-status[data-matches]")
    matches = int(visit.page.get_attribute("#search-status", "data-matches"))
    selected = visit.page.evaluate("natoKG.network.getSelectedNodes()")
    assert matches >= 1 and "https://example.org/nato-kg/id/person/mark-rutte" in selected
    assert "match" in visit.page.inner_text("#search-status")
    visit.page.fill("#search", "Stltenberg")  # an alias (misspelling) the articles use
    visit.page.wait_for_function("document.getElementById('search-status').textContent.startsWith('1 ')")
    assert visit.page.evaluate("natoKG.network.getSelectedNodes()") == ["https://example.org/nato-kg/id/person/jens-stoltenberg"]
    visit.page.close()


def test_tooltip_shows_sources_and_evidence(browser, seed_page):
    visit = Visit(browser, seed_page[0])
    text = visit.hover("https://example.org/nato-kg/id/pledge/japan-energy-aid-ukraine-2025")
    assert "8,000,000,000 JPY" in text and "58,000,000 USD" in text
    assert "8 billion Japanese yen" in text and "22aa553175590713" in text
    assert visit.errors == []
    visit.page.close()


def test_kind_and_source_filters(browser, seed_page):
    path, nodes, _ = seed_page
    visit = Visit(browser, path)
    claims = visit.page.evaluate("natoKG.nodes.get({filter: n => n.group === 'claim'}).length")
    visit.page.uncheck("#filter-kind input[value=claim]")
    assert visit.counts()[0] == nodes - claims
    visit.page.check("#filter-kind input[value=claim]")
    visit.page.select_option("#filter-source", "647195934bf44ad2")
    shown = visit.page.evaluate("natoKG.nodeView.get()")
    facts = [n for n in shown if n["fact"]]
    assert facts and all("647195934bf44ad2" in n["sources"] for n in facts)
    assert visit.counts()[0] == len(shown) < nodes
    visit.page.close()


def test_xss_payload_in_labels_and_quotes_runs_nothing(browser, make_ws, tmp_path):
    ws = make_ws({
        "entities.yaml": """
            entities:
              - {id: finland, type: country, label: "<img src=x onerror=window.__xss=1>", iso3166: FI}
              - {id: ukraine, type: country, label: Ukraine, iso3166: UA}
              - {id: norway, type: country, label: Norway, iso3166: NO}
              - {id: jane-doe, type: person, label: "Jane <script>window.__xss=2</script> Doe"}
              - {id: nato, type: organization, label: NATO}
        """,
        "claims.yaml": """
            claims:
              - id: href-quote
                speaker: jane-doe
                kind: quote
                text: 'See <a href="javascript:window.__xss=3">this</a> href and <img src=y onerror=window.__xss=4>'
                sources:
                  - source: src1
                    evidence: 'the page said <b onmouseover=window.__xss=5>href</b>'
        """,
    })
    out = tmp_path / "xss.html"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "viz", "--view", "facts", "-o", str(out)])
    assert result.exit_code == 0, result.output
    visit = Visit(browser, out)
    text = visit.hover("https://example.org/nato-kg/id/claim/href-quote")
    assert 'href="javascript:window.__xss=3"' in text  # shown as text
    visit.hover("https://example.org/nato-kg/id/country/finland")
    visit.page.fill("#search", "<img")
    visit.page.wait_for_selector("#search-status[data-matches]")
    assert visit.page.evaluate("window.__xss") is None
    assert visit.page.evaluate("document.querySelectorAll('#network img, .vis-tooltip img, .vis-tooltip b, .vis-tooltip a').length") == 0
    assert visit.requests == [visit.url]  # the <img src=x> never loaded
    assert visit.errors == []
    ARTIFACTS.mkdir(exist_ok=True)
    visit.page.screenshot(path=str(ARTIFACTS / "viz-xss.png"))
    visit.page.close()


def test_a_focused_page_draws_its_neighbourhood(browser, built, tmp_path):
    page = make_page(built.graph, VizRequest(focus="mark-rutte", depth=2, view="facts"))
    out = tmp_path / "focus.html"
    out.write_text(page.html)
    visit = Visit(browser, out)
    assert visit.counts() == (page.nodes, page.edges)
    visit.page.close()


# --- the overview (the default page) ---------------------------------------------------------------

@pytest.fixture(scope="module")
def overview_page(tmp_path_factory):
    out = tmp_path_factory.mktemp("overview") / "nato_kg.html"
    result = CliRunner().invoke(cli, ["-w", str(CURATED), "viz", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def overlapping(boxes: list[dict]) -> int:
    """How many of the drawn labels overlap another."""
    return sum(any(j != i and a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] and a["y"] < b["y"] + b["h"]
                   and b["y"] < a["y"] + a["h"] for j, b in enumerate(boxes)) for i, a in enumerate(boxes))


def test_the_overview_draws_entities_with_facts_as_links_and_few_labels_overlap(browser, overview_page):
    visit = Visit(browser, overview_page)
    groups = set(visit.page.evaluate("natoKG.nodeView.get().map(n => n.group)"))
    assert groups <= {"person", "country", "organization", "place", "event"} and "country" in groups
    labels = visit.page.evaluate("natoKG.edgeView.get().map(e => e.label)")
    assert "691 m USD" in labels  # Finland → Ukraine
    boxes = visit.page.evaluate("natoKG.labelBoxes()")
    assert len(boxes) > 30 and overlapping(boxes) / len(boxes) < 0.05, overlapping(boxes)
    assert visit.requests == [visit.url] and visit.errors == []
    ARTIFACTS.mkdir(exist_ok=True)
    visit.page.screenshot(path=str(ARTIFACTS / "viz-overview.png"))
    visit.page.close()


def test_at_800_px_labels_are_readable_none_overlaps_and_more_appear_as_you_zoom(browser, overview_page):
    # at 800 px the whole seed graph fits at a third of its size: its labels were too small to be drawn
    visit = Visit(browser, overview_page, 800, 600)
    first = visit.page.evaluate("natoKG.labelBoxes()")
    assert len(first) >= 15 and overlapping(first) == 0
    assert min(b["h"] for b in first) >= 11 * 1.2 - 0.01  # drawn at a readable size, not 4 px
    ARTIFACTS.mkdir(exist_ok=True)
    visit.page.screenshot(path=str(ARTIFACTS / "viz-overview-800.png"))
    visit.page.evaluate("() => { const n = natoKG.network; n.moveTo({scale: n.getScale() * 2.5}); n.emit('zoom', {}); }")
    visit.page.wait_for_timeout(200)
    zoomed = visit.page.evaluate("natoKG.labelBoxes()")
    assert overlapping(zoomed) == 0 and min(b["h"] for b in zoomed) >= 11 * 1.2 - 0.01
    assert {b["id"] for b in zoomed} - {b["id"] for b in first}  # labels that had no room now have it
    visit.page.screenshot(path=str(ARTIFACTS / "viz-overview-800-zoomed.png"))
    assert visit.requests == [visit.url] and visit.errors == []
    visit.page.close()


def test_the_panel_of_finland_lists_its_pledge_with_both_articles_and_their_evidence(browser, overview_page):
    visit = Visit(browser, overview_page)
    visit.page.evaluate("natoKG.showPanel('node', 'https://example.org/nato-kg/id/country/finland')")
    panel = visit.page.inner_text("#panel")
    assert "Finland → Ukraine: 691,000,000 USD" in panel
    assert "source 22aa553175590713" in panel and "source acfff0cc65ac9122" in panel
    assert "approximately $691 million worth of military support" in panel and "produced in-house" in panel
    assert visit.page.evaluate("document.activeElement.id") == "panel"  # keyboard users land in it
    visit.page.click("#panel button:has-text('focus here')")
    shown = set(visit.page.evaluate("natoKG.nodeView.getIds()"))
    assert shown == {"https://example.org/nato-kg/id/country/finland", "https://example.org/nato-kg/id/country/ukraine"}
    visit.page.keyboard.press("Escape")
    assert visit.page.evaluate("document.getElementById('panel').hidden")
    visit.page.screenshot(path=str(ARTIFACTS / "viz-overview-focus.png"))
    visit.page.close()


def test_a_link_panel_shows_conflicts_with_both_sides(browser, overview_page):
    visit = Visit(browser, overview_page)
    edge = visit.page.evaluate("""natoKG.edgeView.get().find(e => e.dashes && e.from.endsWith('/person/mark-rutte')
                                  || e.dashes && e.to.endsWith('/person/mark-rutte') || e.dashes).id""")
    visit.page.evaluate(f"natoKG.showPanel('edge', '{edge}')")
    panel = visit.page.inner_text("#panel")
    assert "sources disagree" in panel and panel.count("•") >= 2
    visit.page.screenshot(path=str(ARTIFACTS / "viz-overview-panel.png"))
    visit.page.close()


def test_xss_in_the_panel_runs_nothing(browser, make_ws, tmp_path):
    ws = make_ws({
        "entities.yaml": """
            entities:
              - {id: finland, type: country, label: "<img src=x onerror=window.__xss=1>", iso3166: FI}
              - {id: ukraine, type: country, label: Ukraine, iso3166: UA}
              - {id: jane-doe, type: person, label: "<script>window.__xss=2</script>"}
              - {id: nato, type: organization, label: NATO}
        """,
        "claims.yaml": """
            claims:
              - id: q1
                speaker: jane-doe
                kind: quote
                text: 'See <a href="javascript:window.__xss=3">this</a> and <img src=y onerror=window.__xss=4>'
                sources:
                  - source: src1
                    evidence: 'the page said <b onmouseover=window.__xss=5>it</b>'
        """,
    })
    out = tmp_path / "xss-overview.html"
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "viz", "-o", str(out)]).exit_code == 0
    visit = Visit(browser, out)
    for node in ("https://example.org/nato-kg/id/person/jane-doe", "https://example.org/nato-kg/id/country/finland"):
        visit.page.evaluate(f"natoKG.showPanel('node', '{node}')")
        assert "<" in visit.page.inner_text("#panel")  # the markup is shown as text
    assert visit.page.evaluate("window.__xss") is None
    assert visit.page.evaluate("document.querySelectorAll('#panel img, #panel script, #panel a, #panel b').length") == 0
    assert visit.requests == [visit.url] and visit.errors == []
    visit.page.close()


# --- the charts and conflicts views --------------------------------------------------------------

def _query_rows(name: str, *args: str) -> list[dict]:
    import csv
    import io

    result = CliRunner().invoke(cli, ["-w", str(CURATED), "query", name, *args, "-f", "csv", "--no-spreadsheet-guard"])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def _open_charts(browser, path):
    visit = Visit(browser, path)
    visit.page.click("#tab-charts")
    visit.page.wait_for_function("document.body.getAttribute('data-charts')", timeout=30000)
    assert visit.page.evaluate("document.body.getAttribute('data-charts')") == "drawn"
    return visit


def test_each_chart_draws_one_mark_per_row_of_its_named_query(browser, overview_page):
    visit = _open_charts(browser, overview_page)
    # the marks themselves (role-mark), not the legend's symbols
    marks = lambda chart, kind: visit.page.evaluate(f"document.querySelectorAll('#chart-{chart} .mark-{kind}.role-mark path').length")
    pledges = [r for r in _query_rows("pledges") if r["in_totals"] == "yes"]
    totals = [r for r in _query_rows("pledge-totals") if r["donor"] != "(all donors)" and int(r["packages"]) > 0]
    assert marks("pledges", "rect") == len(pledges) == 4
    donors = visit.page.evaluate("natoKG.charts.pledges.data('data_0').map(d => d.donor)")
    assert sorted(set(donors)) == sorted(r["donor"] for r in totals)
    assert marks("targets", "symbol") == len(_query_rows("targets")) == 11
    assert marks("timeline", "rect") == len(_query_rows("facts-by-source"))
    assert visit.requests == [visit.url] and visit.errors == []
    ARTIFACTS.mkdir(exist_ok=True)
    visit.page.screenshot(path=str(ARTIFACTS / "viz-charts.png"), full_page=True)
    visit.page.close()


def _click_mark(visit, selector: str, index: int = 0) -> None:
    box = visit.page.evaluate(f"""(() => {{ const e = document.querySelectorAll("{selector}")[{index}];
                                          e.scrollIntoView({{block: "center"}});
                                          const r = e.getBoundingClientRect();
                                          return [r.x + r.width / 2, r.y + r.height / 2]; }})()""")
    visit.page.mouse.click(*box)


def test_a_click_on_a_bar_opens_its_facts_with_their_sources(browser, overview_page):
    visit = _open_charts(browser, overview_page)
    finland = visit.page.evaluate("[...document.querySelectorAll('#chart-pledges .mark-rect.role-mark path')]"
                                  ".findIndex(e => e.__data__.datum.donor === 'Finland')")
    _click_mark(visit, "#chart-pledges .mark-rect.role-mark path", finland)
    panel = visit.page.inner_text("#panel")
    assert "Finland → Ukraine: 691,000,000 USD" in panel
    assert "source 22aa553175590713" in panel and "source acfff0cc65ac9122" in panel
    assert visit.page.evaluate("document.querySelectorAll('#panel .fact').length") == 1
    # a timeline segment: the facts of that kind from that source
    # the datum Vega drew as the first segment (its SVG element carries its scenegraph item)
    segment = visit.page.evaluate("document.querySelector('#chart-timeline .mark-rect.role-mark path').__data__.datum")
    _click_mark(visit, "#chart-timeline .mark-rect.role-mark path", 0)
    facts = visit.page.evaluate("document.querySelectorAll('#panel .fact').length")
    assert facts == segment["count"], (segment, facts)
    assert visit.page.inner_text("#panel").count(f"source {segment['source']}") == facts
    visit.page.screenshot(path=str(ARTIFACTS / "viz-charts-panel.png"))
    visit.page.close()


def test_the_conflicts_view_lists_what_check_reports_and_jumps_to_the_graph(browser, overview_page):
    import json

    check = CliRunner().invoke(cli, ["-w", str(CURATED), "check", "-f", "json"])
    reported = json.loads(check.stdout)
    reported = reported["conflicts"] if isinstance(reported, dict) else reported
    visit = Visit(browser, overview_page)
    visit.page.click("#tab-conflicts")
    items = visit.page.evaluate("document.querySelectorAll('#conflicts .item').length")
    assert items == len(reported) == 10
    assert visit.page.inner_text("#tab-conflicts") == f"Conflicts ({items})"
    text = visit.page.inner_text("#conflicts")
    assert all(c["message"] in text for c in reported)
    visit.page.click("#conflicts .item[data-rule='office'] button")
    visit.page.wait_for_function("document.body.getAttribute('data-jumped')")
    assert visit.page.evaluate("document.body.getAttribute('data-view')") == "network"
    assert visit.page.evaluate("natoKG.network.getSelectedEdges().length") >= 1
    panel = visit.page.inner_text("#panel")
    assert "Jens Stoltenberg" in panel and "Mark Rutte" in panel and "sources disagree" in panel
    visit.page.screenshot(path=str(ARTIFACTS / "viz-conflicts-jump.png"))
    visit.page.click("#tab-conflicts")
    visit.page.screenshot(path=str(ARTIFACTS / "viz-conflicts.png"))
    assert visit.errors == []
    visit.page.close()


def test_xss_in_charts_and_the_conflicts_view_runs_nothing(browser, make_ws, tmp_path):
    evil = "<img src=x onerror=window.__xss=1>"
    ws = make_ws({
        "sources.yaml": f"""
            sources:
              - id: src1
                title: '<script>window.__xss=2</script> {evil}'
                date: 2025-01-02
                date_status: stated
              - id: src2
                title: 'Another <svg onload=window.__xss=3>'
                date: 2025-01-03
                date_status: stated
        """,
        "entities.yaml": f"""
            entities:
              - {{id: finland, type: country, label: "{evil}", iso3166: FI}}
              - {{id: ukraine, type: country, label: "<b onmouseover=window.__xss=4>Ukraine</b>", iso3166: UA}}
              - {{id: norway, type: country, label: Norway, iso3166: NO}}
              - {{id: jane-doe, type: person, label: "Jane <img src=z onerror=window.__xss=6>"}}
              - {{id: nato, type: organization, label: "<script>window.__xss=5</script>"}}
        """,
        "more.yaml": """
            targets:
              - id: t1
                actor: nato
                percent_gdp: 3.5
                year: 2035
                proposed_by: [jane-doe]
                sources:
                  - {source: src1, evidence: Three and a half.}
              - id: t2
                actor: nato
                percent_gdp: 3
                year: 2035
                status: proposed
                sources:
                  - {source: src2, evidence: Three.}
        """,
    })
    out = tmp_path / "xss-charts.html"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "viz", "-o", str(out)])
    assert result.exit_code == 0, result.output
    visit = _open_charts(browser, out)
    assert "<img src=x" in visit.page.inner_text("#chart-pledges")  # drawn as text (long labels are cut with …)
    for i in range(visit.page.evaluate("document.querySelectorAll('#chart-pledges .mark-rect.role-mark path').length")):
        _click_mark(visit, "#chart-pledges .mark-rect.role-mark path", i)
        visit.page.mouse.move(5, 5)
    _click_mark(visit, "#chart-targets .mark-symbol.role-mark path", 0)
    visit.page.click("#tab-conflicts")
    for i in range(visit.page.evaluate("document.querySelectorAll('#conflicts .item button').length")):
        visit.page.click(f"#conflicts .item:nth-of-type({i + 1}) button")
        visit.page.click("#tab-conflicts")
    assert visit.page.evaluate("window.__xss") is None
    assert visit.page.evaluate("document.querySelectorAll('#charts img, #charts script, #conflicts img, #conflicts script,"
                               " #panel img, #panel script').length") == 0
    assert visit.requests == [visit.url] and visit.errors == []
    visit.page.close()


def test_the_source_filter_recounts_the_kinds_and_the_legend_shows_shapes(browser, overview_page):
    visit = Visit(browser, overview_page)
    assert "country (10)" in visit.page.inner_text("#filter-kind")
    visit.page.select_option("#filter-source", "ec5d905ce794c62e")
    kinds = visit.page.inner_text("#filter-kind")
    assert "pledge (0 of 4)" in kinds and "country (2 of 10)" in kinds
    shown = visit.page.evaluate("natoKG.nodeView.get().filter(n => n.group === 'country').length")
    assert f"country ({shown} of 10)" in kinds
    assert visit.page.evaluate("[...document.querySelectorAll('#legend .shape')].map(s => s.textContent).slice(0, 3)") == ["●", "■", "◆"]
    visit.page.select_option("#filter-source", "")
    assert "country (10)" in visit.page.inner_text("#filter-kind")
    finland = "https://example.org/nato-kg/id/country/finland"
    visit.page.evaluate(f"natoKG.showPanel('node', '{finland}')")
    visit.page.click("#panel button:has-text('focus here')")
    assert visit.page.evaluate("natoKG.network.getSelectedNodes()") == [finland]  # the entity in focus is marked
    assert visit.errors == []
    visit.page.close()


def test_the_charts_follow_the_source_filter_and_a_focused_page(browser, overview_page, tmp_path):
    # the charts once covered the whole graph whatever the page showed: now they tell the same part of it
    visit = _open_charts(browser, overview_page)
    pledges = [r for r in _query_rows("pledges") if r["in_totals"] == "yes"]
    targets = _query_rows("targets")
    stated = Counter(s for r in targets for s in r["sources"].split())
    sid = min(stated, key=lambda s: (stated[s], s))  # a source that states some of the targets, and no pledge
    visit.page.select_option("#filter-source", sid)
    visit.page.wait_for_function("document.body.getAttribute('data-charts') === 'drawn'", timeout=30000)
    marks = lambda chart, kind: visit.page.evaluate(f"document.querySelectorAll('#chart-{chart} .mark-{kind}.role-mark path').length")
    shown_targets = visit.page.evaluate("natoKG.charts.targets.data('data_0').length")
    assert shown_targets == sum(sid in r["sources"].split() for r in targets) < len(targets)
    assert marks("pledges", "rect") == sum(sid in r["sources"].split() for r in pledges)
    timeline = [r for r in _query_rows("facts-by-source") if r["source"] == sid]
    assert visit.page.evaluate("natoKG.charts.timeline.data('data_0').length") == len(timeline)
    assert sid in visit.page.inner_text("#charts-note")
    visit.page.screenshot(path=str(ARTIFACTS / "viz-charts-source.png"), full_page=True)
    visit.page.select_option("#filter-source", "")  # back to every source
    visit.page.wait_for_function("document.body.getAttribute('data-charts') === 'drawn'", timeout=30000)
    assert marks("pledges", "rect") == len(pledges)
    assert visit.errors == []
    visit.page.close()
    # a page drawn with --focus keeps only the charts' rows of the facts it draws
    out = tmp_path / "finland.html"
    result = CliRunner().invoke(cli, ["-w", str(CURATED), "viz", "--focus", "finland", "--depth", "1", "-o", str(out)])
    assert result.exit_code == 0, result.output
    focused = _open_charts(browser, out)
    donors = focused.page.evaluate("natoKG.charts.pledges.data('data_0').map(d => d.donor)")
    assert set(donors) == {"Finland"}
    assert "Nothing to chart here" in focused.page.inner_text("#chart-targets")  # Finland's page has no target
    focused.page.screenshot(path=str(ARTIFACTS / "viz-charts-focused.png"), full_page=True)
    assert focused.errors == []
    focused.page.close()
