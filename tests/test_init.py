"""``nato-kg init``: check everything first, write nothing on error; templates a new user can follow."""

from __future__ import annotations

import re

import pytest
import yaml
from click.testing import CliRunner

from nato_kg.cli import cli
from nato_kg.seeds import load_seeds


def test_regression_base_iri_without_a_slash_gets_one_and_says_so(tmp_path):
    """It wrote 14 files and then failed, and a retry refused because seeds/ existed."""
    target = tmp_path / "mine"
    result = CliRunner().invoke(cli, ["init", str(target), "--base-iri", "https://data.example.org/kg"])
    assert result.exit_code == 0, result.output
    assert "taken as 'https://data.example.org/kg/'" in result.stderr
    assert 'base_iri = "https://data.example.org/kg/"' in (target / "nato-kg.toml").read_text()
    assert CliRunner().invoke(cli, ["-w", str(target), "build"]).exit_code == 0


@pytest.mark.parametrize("bad", ["ftp://example.org/kg/", "not an iri", "https://"])
def test_a_bad_base_iri_writes_nothing(tmp_path, bad):
    target = tmp_path / "mine"
    result = CliRunner().invoke(cli, ["init", str(target), "--base-iri", bad])
    assert result.exit_code == 2 and "--base-iri" in result.stderr
    assert not target.exists() and list(tmp_path.iterdir()) == []
    retry = CliRunner().invoke(cli, ["init", str(target)])
    assert retry.exit_code == 0, retry.output


def test_templates_start_with_the_alliance_and_its_office_holder(tmp_path):
    target = tmp_path / "mine"
    assert CliRunner().invoke(cli, ["init", str(target)]).exit_code == 0
    seeds = load_seeds(target / "seeds", target)
    for slug in ("nato", "european-union", "mark-rutte", "ukraine", "russia", "united-states", "finland"):
        assert slug in seeds.entities
    assert sum(1 for e in seeds.entities.values() if e.type == "country") == 34
    assert any(f.kind == "role" and f.person == "mark-rutte" for f in seeds.facts)


def test_every_commented_example_in_the_templates_is_valid(tmp_path):
    """Uncommented, the examples of every section (pledges, targets, claims, sources) load."""
    target = tmp_path / "mine"
    assert CliRunner().invoke(cli, ["init", str(target)]).exit_code == 0
    for path in (target / "seeds").glob("*.yaml"):
        text = path.read_text()
        text = re.sub(r"^(\w+): \[\]$", r"\1:", text, flags=re.M)
        text = re.sub(r"^#(  [- ])", r"\1", text, flags=re.M)
        path.write_text(text)
    doc = yaml.safe_load((target / "seeds" / "facts.yaml").read_text())
    assert doc["pledges"] and doc["targets"] and doc["claims"]
    seeds = load_seeds(target / "seeds", target)
    assert {f.kind for f in seeds.facts} == {"role", "pledge", "target", "claim"}


def test_extract_in_a_fresh_workspace_gives_the_quote_to_the_secretary_general(tmp_path):
    """With no entities, a quote after 'NATO Secretary General Mark Rute … he said' went to whoever was named before."""
    target = tmp_path / "mine"
    assert CliRunner().invoke(cli, ["init", str(target)]).exit_code == 0
    article = tmp_path / "a.txt"
    article.write_text("Allies meet\nFinland's President Alexander Stubb welcomed the plan. "
                       "NATO Secretary General Mark Rutte told reporters: \"We will do more for Ukraine,\" he said.\n")
    result = CliRunner().invoke(cli, ["-w", str(target), "extract", str(article)])
    assert result.exit_code == 0, result.output
    doc = yaml.safe_load(result.stdout)
    quotes = [c for c in doc.get("claims", []) if "do more for Ukraine" in c["text"]]
    assert quotes and quotes[0]["speaker"] == "mark-rutte"
