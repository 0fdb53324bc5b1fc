"""``nato-kg import``: merge RDF from another tool, never fetching anything."""

import json
import time

from click.testing import CliRunner
from rdflib import URIRef

from nato_kg.cli import cli
from nato_kg.built import load_built_graph

from .test_cli_query import Listener  # a loopback listener counting connections


def run(ws, *args):
    return CliRunner().invoke(cli, ["-w", str(ws.root), *args])


def test_import_turtle_merges_as_a_source(make_ws, tmp_path):
    ws = make_ws()
    data = tmp_path / "other-tool.ttl"
    data.write_text('@prefix ex: <https://other.example/> .\nex:alice ex:knows ex:bob ; ex:name "Alice" .\n')
    result = run(ws, "import", str(data), "--title", "Alice's graph")
    assert result.exit_code == 0, result.output
    assert "imported 2 triples as source import-other-tool" in result.stderr
    assert (ws.root / "imports" / "import-other-tool.nt").is_file()
    assert "id: import-other-tool" in (ws.seeds_dir / "imports.yaml").read_text()
    assert run(ws, "build").exit_code == 0
    graph, _ = load_built_graph(ws)
    assert (URIRef("https://other.example/alice"), URIRef("https://other.example/knows"), URIRef("https://other.example/bob")) in graph
    source = URIRef("https://example.org/nato-kg/id/source/import-other-tool")
    assert str(graph.value(source, URIRef("https://schema.org/headline"))) == "Alice's graph"
    again = run(ws, "import", str(data))
    assert again.exit_code == 0 and (ws.seeds_dir / "imports.yaml").read_text().count("id: import-other-tool") == 1


def test_jsonld_with_inline_context_is_imported(make_ws, tmp_path):
    ws = make_ws()
    doc = {"@context": {"name": "https://schema.org/name"}, "@id": "https://other.example/x", "name": "X"}
    path = tmp_path / "x.jsonld"
    path.write_text(json.dumps(doc))
    result = run(ws, "import", str(path))
    assert result.exit_code == 0, result.output


def test_remote_jsonld_context_is_refused_and_not_fetched(make_ws, tmp_path):
    ws = make_ws()
    server = Listener()
    try:
        for doc in ({"@context": f"http://127.0.0.1:{server.port}/context.jsonld", "@id": "urn:x", "name": "x"},
                    {"@context": [{"@import": f"http://127.0.0.1:{server.port}/c"}], "@id": "urn:x"},
                    {"@graph": [{"@context": f"http://127.0.0.1:{server.port}/nested", "@id": "urn:y"}]}):
            path = tmp_path / "remote.jsonld"
            path.write_text(json.dumps(doc))
            result = run(ws, "import", str(path))
            assert result.exit_code == 2 and "context by URL" in result.stderr
        time.sleep(0.3)
        assert server.connections == 0
    finally:
        server.close()
    assert not (ws.root / "imports").exists()


def test_rdfxml_external_entity_is_refused_and_not_fetched(make_ws, tmp_path):
    ws = make_ws()
    server = Listener()
    try:
        path = tmp_path / "xxe.rdf"
        path.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [ <!ENTITY ext SYSTEM "http://127.0.0.1:{server.port}/secret"> ]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="https://other.example/">
  <rdf:Description rdf:about="https://other.example/a"><ex:p>&ext;</ex:p></rdf:Description>
</rdf:RDF>""")
        result = run(ws, "import", str(path))
        time.sleep(0.3)
        assert result.exit_code == 2 and "DTD" in result.stderr
        assert server.connections == 0
    finally:
        server.close()


def test_entity_bomb_is_refused_in_under_a_second(make_ws, tmp_path):
    ws = make_ws()
    entities = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)]
    path = tmp_path / "bomb.rdf"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [' + "".join(entities) + ']>\n'
                    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="https://other.example/">'
                    '<rdf:Description rdf:about="https://other.example/a"><ex:p>&lol9;</ex:p></rdf:Description></rdf:RDF>')
    started = time.monotonic()
    result = run(ws, "import", str(path))
    assert time.monotonic() - started < 1.0
    assert result.exit_code == 2 and "entity" in result.stderr


def test_plain_rdfxml_is_imported(make_ws, tmp_path):
    ws = make_ws()
    path = tmp_path / "ok.rdf"
    path.write_text('<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
                    'xmlns:ex="https://other.example/"><rdf:Description rdf:about="https://other.example/a">'
                    '<ex:p>v</ex:p></rdf:Description></rdf:RDF>')
    result = run(ws, "import", str(path), "--source-id", "ok-import")
    assert result.exit_code == 0, result.output
    assert "1 triples as source ok-import" in result.stderr


def test_broken_and_unknown_files(make_ws, tmp_path):
    ws = make_ws()
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle")
    assert run(ws, "import", str(bad)).exit_code == 2
    odd = tmp_path / "data.docx"
    odd.write_text("x")
    result = run(ws, "import", str(odd))
    assert result.exit_code == 2 and "--format" in result.stderr
