"""``nato-kg import``: merge RDF from another tool, never fetching anything."""

import json
import time

from click.testing import CliRunner
from rdflib import URIRef

from nato_kg.built import load_built_graph
from nato_kg.cli import cli

from .net import Listener  # a loopback listener counting connections


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


# --- regressions from the security review: decide on the parsed document --------------------

def _no_traceback(result):
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)


def test_regression_jsonld_context_nested_in_a_list_or_on_disk_is_never_loaded(make_ws, tmp_path):
    ws = make_ws()
    secret = tmp_path / "ctx.jsonld"
    secret.write_text(json.dumps({"@context": {"name": "https://schema.org/name"}}))
    server = Listener()
    try:
        for ctx in ([[f"http://127.0.0.1:{server.port}/c"]], [[[f"http://127.0.0.1:{server.port}/c"]]],
                    secret.as_uri(), [{"@context": f"http://127.0.0.1:{server.port}/c"}],
                    {"@import": secret.as_uri()}, {"x": {"@id": "urn:x", "@context": f"http://127.0.0.1:{server.port}/s"}}):
            path = tmp_path / "nested.jsonld"
            path.write_text(json.dumps({"@context": ctx, "@id": "urn:x", "name": "x"}))
            result = run(ws, "import", str(path))
            _no_traceback(result)
            assert result.exit_code == 2, (ctx, result.output)
        time.sleep(0.3)
        assert server.connections == 0
    finally:
        server.close()
    assert not (ws.root / "imports").exists()


def _bomb(encoding_decl: str) -> str:
    entities = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)]
    return (f'<?xml version="1.0" encoding="{encoding_decl}"?>\n<!DOCTYPE rdf:RDF [' + "".join(entities) + ']>\n'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="https://other.example/">'
            '<rdf:Description rdf:about="https://other.example/a"><ex:p>&lol9;</ex:p></rdf:Description></rdf:RDF>')


import pytest  # noqa: E402


@pytest.mark.parametrize("codec, decl", [("utf-16-le", "UTF-16"), ("utf-16", "UTF-16"), ("utf-16-be", "UTF-16"),
                                         ("utf-8-sig", "UTF-8"), ("latin-1", "ISO-8859-1")])
def test_regression_entity_bomb_in_another_encoding_is_refused_at_once(make_ws, tmp_path, codec, decl):
    ws = make_ws()
    path = tmp_path / "bomb.rdf"
    text = _bomb(decl)
    path.write_bytes((b"\xff\xfe" if codec == "utf-16-le" else b"") + text.encode(codec))
    started = time.monotonic()
    result = run(ws, "import", str(path))
    assert time.monotonic() - started < 2.0
    _no_traceback(result)
    assert result.exit_code == 2 and "DTD" in result.stderr


def test_utf16_rdfxml_without_dtd_is_imported(make_ws, tmp_path):
    ws = make_ws()
    path = tmp_path / "u16.rdf"
    doc = ('<?xml version="1.0" encoding="UTF-16"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
           'xmlns:ex="https://other.example/"><rdf:Description rdf:about="https://other.example/a">'
           '<ex:p>Zürich</ex:p></rdf:Description></rdf:RDF>')
    path.write_bytes(doc.encode("utf-16"))
    result = run(ws, "import", str(path))
    assert result.exit_code == 0, result.output
    assert "Zürich" in next((ws.root / "imports").glob("*.nt")).read_text(encoding="utf-8")


@pytest.mark.parametrize("text, word", [
    ("<http://a:b:c/x> <https://other.example/p> \"1\" .", "parse"),
    ("<https://other.example/%zz> <https://other.example/p> \"1\" .", "parse"),
])
def test_regression_iris_later_tools_choke_on_are_refused(make_ws, tmp_path, text, word):
    ws = make_ws()
    path = tmp_path / "bad.nt"
    path.write_text(text)
    result = run(ws, "import", str(path))
    _no_traceback(result)
    assert result.exit_code == 2 and word in result.stderr
    assert run(ws, "build").exit_code == 0


def test_regression_n3_formulas_are_refused(make_ws, tmp_path):
    ws = make_ws()
    path = tmp_path / "rules.n3"
    path.write_text("@prefix : <https://other.example/> . { :a :b :c } => { :a :b :d } .")
    result = run(ws, "import", str(path))
    _no_traceback(result)
    assert result.exit_code == 2 and "formula" in result.stderr


def test_regression_huge_literal_is_refused(make_ws, tmp_path):
    ws = make_ws()
    path = tmp_path / "big.nt"
    path.write_text('<https://other.example/a> <https://other.example/p> "' + "x" * 200_000 + '" .\n')
    result = run(ws, "import", str(path))
    assert result.exit_code == 2 and "longer than the limit" in result.stderr


def test_undeclared_project_term_is_refused_on_import(make_ws, tmp_path):
    ws = make_ws()
    path = tmp_path / "odd.ttl"
    path.write_text("<https://other.example/a> <https://w3id.org/nato-kg/ns#noSuchTerm> 1 .")
    result = run(ws, "import", str(path))
    assert result.exit_code == 2 and "noSuchTerm" in result.stderr
    assert run(ws, "build").exit_code == 0


def test_regression_literals_with_newlines_and_odd_characters_round_trip(make_ws, tmp_path):
    """Import wrote Turtle strings (\"\"\"…\"\"\") into imports/*.nt and the next build died."""
    from rdflib import Graph, Literal

    ws = make_ws()
    values = ["two\nlines", "tab\there", 'quote " inside', "back\\slash", "non-BMP \U0001F600", "cr\rlf"]
    source = Graph()
    for i, value in enumerate(values):
        source.add((URIRef(f"https://other.example/s{i}"), URIRef("https://other.example/p"), Literal(value)))
    source.add((URIRef("https://other.example/l"), URIRef("https://other.example/p"), Literal("Bonjour", lang="fr")))
    path = tmp_path / "odd.ttl"
    path.write_bytes(source.serialize(format="turtle", encoding="utf-8"))
    assert run(ws, "import", str(path)).exit_code == 0
    built = run(ws, "build")
    assert built.exit_code == 0, built.output
    graph, _ = load_built_graph(ws)
    for s, p, o in source:
        assert (s, p, o) in graph, (s, o)


def test_regression_a_bad_file_under_imports_is_a_file_line_error(make_ws):
    ws = make_ws()
    (ws.root / "imports").mkdir()
    (ws.root / "imports" / "broken.nt").write_text('<https://x/a> <https://x/p> "ok" .\n<https://x/a> <https://x/p> """no""" .\n')
    result = run(ws, "build")
    _no_traceback(result)
    assert result.exit_code == 2
    assert result.stderr.startswith("imports/broken.nt:2:")


def test_import_from_stdin_needs_a_format(make_ws):
    ws = make_ws()
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "import", "-", "-f", "text/turtle"],
                                input='<https://other.example/a> <https://other.example/p> "v" .')
    assert result.exit_code == 0, result.output
    assert "import-stdin" in result.stderr
    missing = CliRunner().invoke(cli, ["-w", str(ws.root), "import", "-"], input="x")
    assert missing.exit_code == 2 and "--format" in missing.stderr


def test_regression_importing_another_workspaces_export_is_not_counted_twice(make_ws, tmp_path):
    """The same Finland pledge came in a second time: two rows, double in pledge-totals, and check said nothing."""
    ws = make_ws()
    assert run(ws, "build").exit_code == 0
    export = tmp_path / "theirs.ttl"
    assert run(ws, "export", "-f", "ttl", "-o", str(export)).exit_code == 0
    export.write_text(export.read_text().replace("https://example.org/nato-kg/id/", "https://other.example/kg/"))
    assert run(ws, "import", str(export)).exit_code == 0
    build = run(ws, "build")
    assert build.exit_code == 0, build.output
    assert "import-theirs" in build.stdout  # the import's facts are counted in the summary
    row = next(line for line in build.stdout.splitlines() if line.startswith("import-theirs"))
    assert row.split()[-3:] == ["1", "0", "0"]  # role 0 / pledge 1 / target 0 / claim 0 → the pledge is counted
    totals = run(ws, "query", "pledge-totals", "-f", "csv").stdout.splitlines()
    # the restatement is left out (counted once), and said so: total_usd, total_eur, packages, left_out
    finland = next(line for line in totals if line.startswith("Finland,")).split(",")
    assert (finland[1], finland[3], finland[4]) == ("691000000", "1", "1")
    check = run(ws, "check", "--rule", "duplicate", "-f", "json")
    conflicts = json.loads(check.stdout)
    assert len(conflicts) == 1 and conflicts[0]["rule"] == "duplicate"
    assert {s["node"] for s in conflicts[0]["sides"]} == {
        "https://example.org/nato-kg/id/pledge/finland-aid", "https://other.example/kg/pledge/finland-aid"}
