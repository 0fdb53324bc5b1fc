"""``nato-kg viz`` and the network exports, without a browser (see test_viz_browser.py for one)."""

import io
import json
import re

import networkx as nx
from click.testing import CliRunner

from nato_kg.cli import cli
from nato_kg.viz.build_page import VizRequest, make_page, narrow, project

from .conftest import CURATED


def viz(*args, ws=CURATED):
    return CliRunner().invoke(cli, ["-w", str(ws), "viz", *args])


def page_data(html: str) -> dict:
    raw = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S).group(1)
    return json.loads(raw)


def kinds_of(net) -> set:
    return {d["kind"] for _, d in net.nodes(data=True)}


def test_whole_graph_page_is_self_contained(tmp_path):
    out = tmp_path / "kg.html"
    result = viz("--view", "facts", "-o", str(out))
    assert result.exit_code == 0, result.output
    html = out.read_text()
    assert "<script src" not in html and "<link" not in html
    assert "cdn.jsdelivr" not in html and "cdnjs" not in html and "bootstrap" not in html.lower()
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    data = page_data(html)
    assert len(data["nodes"]) == int(result.stderr.split(" nodes")[0].split()[-1])
    assert {k["kind"] for k in data["kinds"]} >= {"person", "country", "organization", "article", "claim", "pledge", "target", "role"}


def test_same_graph_same_page(built):
    request = VizRequest(view="facts")
    assert make_page(built.graph, request).html == make_page(built.graph, request).html


def test_nodes_have_positions_and_meaningful_sizes(built):
    data = page_data(make_page(built.graph, VizRequest(view="facts")).html)
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    assert data["options"]["physics"]["enabled"] is False
    pledges = {n["label"]: n["size"] for n in data["nodes"] if n["group"] == "pledge"}
    assert pledges["1.05 bn USD"] > pledges["207 m USD"]


def test_tooltips_carry_sources_dates_evidence_and_amounts(built):
    data = page_data(make_page(built.graph, VizRequest(view="facts")).html)
    japan = next(n for n in data["nodes"] if n["id"].endswith("/pledge/japan-energy-aid-ukraine-2025"))
    text = " ".join(f"{k} {v}" for k, v in japan["info"])
    assert "8,000,000,000 JPY" in text and "58,000,000 USD" in text
    assert "source 22aa553175590713" in text and "(2025-03-01)" in text
    assert "8 billion Japanese yen" in text


def test_conflicting_facts_are_marked_on_node_and_edges(built):
    data = page_data(make_page(built.graph, VizRequest(view="facts")).html)
    stoltenberg = next(n for n in data["nodes"] if n["id"].endswith("/role-assignment/jens-stoltenberg-secretary-general-nato-2025"))
    assert stoltenberg["borderWidth"] == 3
    assert any(k == "sources disagree" and "office" in v for k, v in stoltenberg["info"])
    dashed = [e for e in data["edges"] if e["dashes"]]
    assert dashed and all(e["color"]["color"] == "#d62728" for e in dashed)
    assert any(e["conflict"] for e in data["legend_edges"] if "conflict" in e)


def test_focus_keeps_the_neighbourhood(built):
    full = project(built.graph)
    net = narrow(full, VizRequest(focus="mark-rutte", depth=2), built.graph)
    labels = {d["label"] for _, d in net.nodes(data=True)}
    assert "Mark Rutte" in labels and "NATO" in labels and "Secretary General" in labels
    assert "Japan" not in labels
    assert net.number_of_nodes() < full.number_of_nodes()
    by_label = narrow(full, VizRequest(focus="Mark Rutte", depth=1), built.graph)
    assert "NATO" not in {d["label"] for _, d in by_label.nodes(data=True)}


def test_source_keeps_what_one_article_states(built):
    net = narrow(project(built.graph), VizRequest(source="647195934bf44ad2"), built.graph)
    facts = [d for _, d in net.nodes(data=True) if d["kind"] in ("claim", "pledge", "target", "role")]
    assert facts and all("647195934bf44ad2" in d["sources"] for d in facts)
    articles = [d for _, d in net.nodes(data=True) if d["kind"] == "article"]
    assert [a["sources"] for a in articles] == [["647195934bf44ad2"]]


def test_kind_filter(built):
    net = narrow(project(built.graph), VizRequest(kinds=("pledge",)), built.graph)
    assert kinds_of(net) == {"pledge", "country", "article"}
    two = narrow(project(built.graph), VizRequest(kinds=("pledge", "target")), built.graph)
    assert {"pledge", "target"} <= kinds_of(two) and "claim" not in kinds_of(two)


def test_cli_filters_and_unknown_values(tmp_path):
    out = tmp_path / "p.html"
    result = viz("--view", "facts", "--kind", "pledge", "--kind", "claim", "-o", str(out))
    assert result.exit_code == 0, result.output
    groups = {n["group"] for n in page_data(out.read_text())["nodes"]}
    assert "target" not in groups and "pledge" in groups and "claim" in groups
    overview = viz("--kind", "pledge", "-o", str(out))  # the overview: only pledge links, and their entities
    assert overview.exit_code == 0, overview.output
    data = page_data(out.read_text())
    assert {k for e in data["edges"] for k in e["kinds"]} == {"pledge"} and len(data["nodes"]) == 5
    bad = viz("--source", "22aa55317559071", "-o", str(out))
    assert bad.exit_code == 2 and "did you mean 22aa553175590713" in bad.stderr
    nobody = viz("--focus", "mark-rute", "-o", str(out))
    assert nobody.exit_code == 2 and "--focus" in nobody.stderr and "mark-rutte" in nobody.stderr


def test_node_cap_refuses_with_advice(tmp_path):
    out = tmp_path / "p.html"
    result = viz("--max-nodes", "20", "-o", str(out))
    assert result.exit_code == 2
    assert "--focus" in result.stderr and "--source" in result.stderr and "--kind" in result.stderr
    assert not out.exists()
    assert viz("--max-nodes", "20", "--focus", "finland", "--depth", "1", "-o", str(out)).exit_code == 0


def test_query_construct_is_drawn(tmp_path):
    q = tmp_path / "my-construct.rq"
    q.write_text("PREFIX nkg: <https://w3id.org/nato-kg/ns#>\n"
                 "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                 "CONSTRUCT { ?d nkg:pledgedTo ?r . ?d skos:prefLabel ?l . ?r skos:prefLabel ?rl }\n"
                 "WHERE { ?d nkg:pledgedTo ?r ; skos:prefLabel ?l . ?r skos:prefLabel ?rl }")
    out = tmp_path / "q.html"
    result = viz("--query", str(q), "-o", str(out))
    assert result.exit_code == 0, result.output
    data = page_data(out.read_text())
    assert sorted(n["label"] for n in data["nodes"]) == ["Finland", "Japan", "Poland", "Spain", "Ukraine"]
    assert len(data["edges"]) == 4 and {e["label"] for e in data["edges"]} == {"pledgedTo"}


def test_query_select_spo_is_drawn(tmp_path):
    out = tmp_path / "q.html"
    sel = tmp_path / "spo.rq"
    sel.write_text("PREFIX nkg: <https://w3id.org/nato-kg/ns#>\nSELECT ?s ?p ?o WHERE { ?s nkg:pledgedTo ?o BIND(nkg:pledgedTo AS ?p) }")
    result = viz("--query", str(sel), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert len(page_data(out.read_text())["edges"]) == 4


def test_labels_cannot_break_out_of_the_data_element(make_ws, tmp_path):
    evil = '</script><script>alert(1)</script><img src=x onerror=alert(2)>'
    ws = make_ws({"entities.yaml": f"""
        entities:
          - {{id: finland, type: country, label: "{evil}", iso3166: FI}}
          - {{id: ukraine, type: country, label: Ukraine, iso3166: UA}}
          - {{id: norway, type: country, label: Norway, iso3166: NO}}
          - {{id: jane-doe, type: person, label: Jane Doe}}
          - {{id: nato, type: organization, label: NATO}}
    """})
    out = tmp_path / "x.html"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "viz", "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text()
    assert evil not in html and "<img src=x" not in html
    assert html.count("</script>") == 4  # the template's four script elements (vis, Vega, data, page), no more
    assert any(n["label"] == evil for n in page_data(html)["nodes"])


def test_no_lib_folder_written_in_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert viz("-o", str(tmp_path / "p.html")).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.html"]


def test_open_launches_the_browser_only_when_asked(tmp_path, monkeypatch):
    launched = []
    monkeypatch.setattr("click.launch", lambda url, **kw: launched.append(url))
    assert viz("-o", str(tmp_path / "a.html")).exit_code == 0
    assert launched == []
    assert viz("-o", str(tmp_path / "b.html"), "--open").exit_code == 0
    assert launched == [str(tmp_path / "b.html")]


def test_graphml_export_reads_back_with_same_counts(built, tmp_path):
    out = tmp_path / "graph.graphml"
    result = CliRunner().invoke(cli, ["-w", str(CURATED), "export", "-f", "graphml", "-o", str(out)])
    assert result.exit_code == 0, result.output
    back = nx.read_graphml(out)
    full = project(built.graph)
    assert (back.number_of_nodes(), back.number_of_edges()) == (full.number_of_nodes(), full.number_of_edges())
    rutte = back.nodes["https://example.org/nato-kg/id/person/mark-rutte"]
    assert rutte["label"] == "Mark Rutte" and rutte["kind"] == "person"


def test_graphml_export_narrowed_and_csv(built):
    result = CliRunner().invoke(cli, ["-w", str(CURATED), "export", "-f", "graphml", "--kind", "pledge"])
    back = nx.read_graphml(io.BytesIO(result.stdout_bytes))
    assert {d["kind"] for _, d in back.nodes(data=True)} == {"pledge", "country", "article"}
    csv_out = CliRunner().invoke(cli, ["-w", str(CURATED), "export", "-f", "csv", "--kind", "pledge"])
    lines = csv_out.stdout.splitlines()
    assert lines[0] == "source,source_label,source_kind,relation,target,target_label,target_kind,fact"
    assert any(",Finland,country,pledges," in line for line in lines)


def test_regression_network_csv_writes_whole_labels_not_the_pictures_short_ones():
    import csv
    import io

    result = CliRunner().invoke(cli, ["-w", str(CURATED), "export", "-f", "csv", "--kind", "claim"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    labels = [r["source_label"] for r in rows if r["source_kind"] == "claim"]
    assert labels and not any(label.endswith("…") for label in labels)
    assert any(len(label) > 60 for label in labels)


def test_viz_keeps_the_similar_claims_it_found_as_check_does(make_ws, tmp_path):
    # the page runs the conflict rules too: on a large graph their similar-claims search is what a second page would repeat
    ws = make_ws()
    kept = ws.cache_dir("check") / "similar-pairs.json"
    q = tmp_path / "all.rq"
    q.write_text("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert viz("--query", str(q), "-o", str(tmp_path / "q.html"), ws=ws.root).exit_code == 0
    assert not kept.exists()  # a query's graph is not the workspace's: nothing kept for it
    result = viz("-o", str(tmp_path / "p.html"), ws=ws.root)
    assert result.exit_code == 0, result.output
    assert kept.is_file()
