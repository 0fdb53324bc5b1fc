"""Malformed seeds: every error reported as file:line:col, non-zero exit, no output touched."""

import pytest
from click.testing import CliRunner

from nato_kg.cli import cli
from nato_kg.errors import SeedError
from nato_kg.seeds import load_seeds


def _errors(ws):
    with pytest.raises(SeedError) as info:
        load_seeds(ws.seeds_dir, ws.root)
    return [str(i) for i in info.value.issues]


def _pledge(**overrides):
    fields = {"id": "p2", "donor": "finland", "recipient": "ukraine", "amount": "100", "currency": "USD"}
    fields.update(overrides)
    body = "".join(f"    {k}: {v}\n" for k, v in fields.items() if v is not None)
    # line 1 "pledges:", line 2 "- id", then donor 3, recipient 4, amount 5, currency 6, extras 7…
    return "pledges:\n" + "  - " + body[4:] + "    sources:\n      - source: src1\n        evidence: Some words.\n"


def test_unknown_currency_suggests_the_close_one(make_ws):
    ws = make_ws({"more.yaml": _pledge(currency="USDD")})
    assert _errors(ws) == ["seeds/more.yaml:6:15: currency: unknown currency 'USDD' (did you mean USD?)"]


def test_non_numeric_amount(make_ws):
    errors = _errors(make_ws({"more.yaml": _pledge(amount="lots")}))
    assert errors == ["seeds/more.yaml:5:13: amount: 'lots' is not a number (write digits, e.g. 691000000 or 2.5)"]


def test_date_that_is_not_a_date(make_ws):
    errors = _errors(make_ws({"more.yaml": _pledge(date="2025-02-30")}))
    assert len(errors) == 1 and errors[0].startswith("seeds/more.yaml:7:11: date: '2025-02-30' is not a date")


def test_unknown_key_suggests_the_close_one(make_ws):
    errors = _errors(make_ws({"more.yaml": _pledge(recipent="ukraine", recipient=None)}))
    assert "seeds/more.yaml:6:5: unknown key 'recipent' in pledges (did you mean recipient?)" in errors
    assert any("missing required key 'recipient'" in e for e in errors)


def test_unknown_entity_and_source(make_ws):
    text = _pledge(donor="finlnd").replace("source: src1", "source: src9")
    errors = _errors(make_ws({"more.yaml": text}))
    assert any(e.startswith("seeds/more.yaml:") and "donor 'finlnd' is not a known entity (did you mean finland?)" in e for e in errors)
    assert any(e.startswith("seeds/more.yaml:8:9:") and "source 'src9' is not a known source" in e for e in errors)


def test_duplicate_id_across_files(make_ws):
    errors = _errors(make_ws({"more.yaml": _pledge(id="finland-aid")}))
    assert errors == ["seeds/more.yaml:2:5: duplicate id 'finland-aid' (first at seeds/facts.yaml:4:5)"]


def test_duplicate_key(make_ws):
    errors = _errors(make_ws({"more.yaml": _pledge() + "    amount: 200\n"}))
    assert any("duplicate key 'amount' (first at line 5)" in e for e in errors)


def test_empty_evidence(make_ws):
    text = _pledge().replace("evidence: Some words.", 'evidence: ""')
    errors = _errors(make_ws({"more.yaml": text}))
    assert len(errors) == 1 and "evidence must not be empty" in errors[0] and errors[0].startswith("seeds/more.yaml:9:")


def test_python_tag(make_ws, tmp_path):
    marker = tmp_path / "pwned"
    text = _pledge(purpose=f"!!python/object/apply:os.system ['touch {marker}']")
    errors = _errors(make_ws({"more.yaml": text}))
    assert not marker.exists()
    assert any("seeds/more.yaml:7:14: YAML tag" in e for e in errors)


def test_alias_bomb(make_ws):
    bomb = ["x_a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        bomb.append(f"x_{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    errors = _errors(make_ws({"more.yaml": "\n".join(bomb) + "\n"}))
    assert any("aliases are not allowed" in e for e in errors)


def test_bad_yaml_syntax(make_ws):
    errors = _errors(make_ws({"more.yaml": "pledges:\n  - id: [unclosed\n"}))
    assert len(errors) == 1 and errors[0].startswith("seeds/more.yaml:") and "invalid YAML" in errors[0]


def test_every_error_in_a_file_is_reported(make_ws):
    text = _pledge(currency="USDD", amount="x", date="yesterday")
    errors = _errors(make_ws({"more.yaml": text}))
    assert len(errors) == 3
    assert [int(e.split(":")[1]) for e in errors] == [5, 6, 7]


def test_values_keep_their_meaning(make_ws, tmp_path):
    ws = make_ws({"more.yaml": _pledge(amount="1.10")})
    seeds = load_seeds(ws.seeds_dir, ws.root)
    assert seeds.entities["norway"].iso3166 == "NO"
    assert str(next(f for f in seeds.facts if f.id == "p2").amount) == "1.10"


def test_a_country_code_iso_3166_lacks_is_kosovo_s_xk_and_no_other(make_ws):
    ws = make_ws({"more.yaml": "entities:\n  - {id: kosovo, type: country, label: Kosovo, iso3166: XK}\n"})
    assert load_seeds(ws.seeds_dir, ws.root).entities["kosovo"].iso3166 == "XK"
    errors = _errors(make_ws({"more.yaml": "entities:\n  - {id: nowhere, type: country, label: Nowhere, iso3166: XZ}\n"}))
    assert len(errors) == 1 and "unknown ISO 3166-1 alpha-2 code 'XZ'" in errors[0], errors


def test_binary_and_non_utf8_files(make_ws):
    ws = make_ws()
    (ws.seeds_dir / "bin.yaml").write_bytes(b"\x00\x01\x02")
    (ws.seeds_dir / "latin.yaml").write_bytes("sources: []\n# caf\xe9\n".encode("latin-1"))
    errors = _errors(ws)
    assert "seeds/bin.yaml:1:1: binary file, not YAML text" in errors
    assert any(e.startswith("seeds/latin.yaml:2:1: not UTF-8") for e in errors)


def test_cli_reports_errors_exit_2_and_leaves_output_untouched(make_ws):
    ws = make_ws()
    runner = CliRunner()
    ok = runner.invoke(cli, ["-w", str(ws.root), "build"])
    assert ok.exit_code == 0, ok.output
    before = ws.graph_path.read_bytes()
    (ws.seeds_dir / "more.yaml").write_text(_pledge(currency="USDD", amount="x"))
    bad = runner.invoke(cli, ["-w", str(ws.root), "build"])
    assert bad.exit_code == 2
    assert "seeds/more.yaml:5:13: amount:" in bad.stderr
    assert "seeds/more.yaml:6:15: currency: unknown currency 'USDD' (did you mean USD?)" in bad.stderr
    assert bad.stdout == ""
    assert ws.graph_path.read_bytes() == before
    assert sorted(p.name for p in ws.build_dir.iterdir()) == [".inputs.sha256", ".lock", ".store", "cache", "nato_kg.ttl",
                                                               "positions.json", "summary.json"]
    assert len(list((ws.build_dir / "cache" / "seeds").glob("*.pickle"))) == 3  # the three good files; the bad one never


def test_regression_a_claim_spoken_by_a_country_is_refused(make_ws):
    # schema:author takes a person or an organisation: a country speaks through its government.
    errors = _errors(make_ws({"claims.yaml": """
        claims:
          - id: c1
            speaker: finland
            kind: paraphrase
            text: Finland will help.
            sources:
              - source: src1
                evidence: Finland will help.
    """}))
    assert any("seeds/claims.yaml:2:" in e and "speaker 'finland' is a country" in e and "government" in e for e in errors), errors


def test_regression_a_publisher_names_an_entity(make_ws):
    errors = _errors(make_ws({"sources.yaml": """
        sources:
          - id: src1
            title: A test article
            publisher: The Daily Planet
    """}))
    assert any(e.startswith("seeds/sources.yaml:4:") and "publisher" in e and "not a slug" in e for e in errors), errors


def test_a_publisher_that_is_no_entity_says_so(make_ws):
    errors = _errors(make_ws({"sources.yaml": """
        sources:
          - id: src1
            title: A test article
            publisher: daily-planet
    """}))
    assert any(e.startswith("seeds/sources.yaml:2:") and "publisher 'daily-planet' is not a known entity" in e for e in errors), errors
