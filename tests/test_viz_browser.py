"""The network page in real headless Chromium (Debian's chromium, driven by Playwright).

Checks what a person would: the page loads with no request beyond the file and no
console error, draws the expected nodes and edges, the search box finds "Rutte",
tooltips show evidence, filters hide what they should, and an XSS payload in the data
runs nothing. A screenshot is saved to test-artifacts/ to look at.
"""

from __future__ import annotations

import shutil
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

    def __init__(self, browser, path: Path):
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
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
