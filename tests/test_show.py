"""``nato-kg show`` and ``nato-kg stats``: everything about one thing, and the graph at a glance."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from nato_kg.cli import cli

from .conftest import CURATED


def run(*args):
    return CliRunner().invoke(cli, ["-w", str(CURATED), *args])


def test_show_an_entity_lists_its_facts_sources_quotes_and_conflicts():
    result = run("show", "Mark Rutte", "-f", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["what"] == "entity" and data["iri"].endswith("/person/mark-rutte")
    ids = {f["id"] for f in data["facts"]}
    assert "rutte-three-point-seven-percent" in ids and "mark-rutte-secretary-general-nato" in ids
    target = next(f for f in data["facts"] if f["id"] == "rutte-three-point-seven-percent")
    assert target["kind"] == "target"
    assert [c["source"] for c in target["citations"]] == ["22aa553175590713"]
    assert target["citations"][0]["title"].startswith("NATO Announces Increased Support")
    assert target["citations"][0]["evidence"] and target["citations"][0]["date"] == "2025-03-01"
    assert any("attribution" in c and "Stoltenberg" in c for c in target["conflicts"])
    assert target["position"].startswith("seeds/targets.yaml:")


@pytest.mark.parametrize("name", ["mark-rutte", "Mark Rutte", "mark rutte"])
def test_show_takes_a_slug_label_or_any_case(name):
    result = run("show", name, "-f", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["label"] == "Mark Rutte"


def test_show_a_fact_with_both_of_its_sources():
    result = run("show", "finland-military-aid-ukraine-2025")
    assert result.exit_code == 0, result.output
    assert "source 22aa553175590713" in result.stdout and "source acfff0cc65ac9122" in result.stdout
    assert "$691 million" in result.stdout  # the evidence quotes
    assert "691,000,000 USD" in result.stdout


def test_show_a_source_lists_its_facts():
    data = json.loads(run("show", "c6468833aaad77f4", "-f", "json").stdout)
    assert data["what"] == "source" and len(data["facts"]) == 5
    assert all(any(c["source"] == "c6468833aaad77f4" for c in f["citations"]) for f in data["facts"])


def test_show_markdown_and_unknown_names():
    md = run("show", "Oxana Shevel", "-f", "md")
    assert md.exit_code == 0 and md.stdout.startswith("# Oxana Shevel")
    missing = run("show", "Mark Rute")
    assert missing.exit_code == 2 and "did you mean" in missing.stderr


def test_stats_counts_kinds_sources_months_idle_entities_and_conflicts():
    result = run("stats", "-f", "json")
    assert result.exit_code == 0, result.output
    s = json.loads(result.stdout)
    assert s["facts_by_kind"] == {"claim": 42, "pledge": 4, "role": 17, "target": 11}
    assert s["facts_by_source"]["acfff0cc65ac9122"] == 26
    assert s["facts_by_month"]["2025-03"] == 20
    assert "Crimea" in s["entities_without_facts"] and "Mark Rutte" not in s["entities_without_facts"]
    assert sum(s["conflicts_by_rule"].values()) == 10
    text = run("stats")
    assert text.exit_code == 0 and "entities without facts (16)" in text.stdout


def test_help_lists_commands_in_workflow_order_with_whole_descriptions():
    text = CliRunner().invoke(cli, ["--help"]).output
    order = [text.index(f"  {name} ") for name in ("build", "query", "show", "check", "viz", "extract", "init")]
    assert order == sorted(order)
    assert "Shell completion" in text and "..." not in text.split("Commands:")[1].split("Exit codes")[0]
