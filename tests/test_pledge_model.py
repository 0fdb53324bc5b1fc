"""Pledges that add up: kinds of figure, conversion at the pledge's date, totals that add each
package once, and the check for a package larger than a later running total. One test per rule."""

from __future__ import annotations

import json
from decimal import Decimal

from click.testing import CliRunner

from nato_kg.cli import cli

from .conftest import mark_reviewed

SOURCES = """
    sources:
      - {id: src1, title: One, date: 2025-01-02, date_status: stated}
      - {id: src2, title: Two, date: 2025-03-03, date_status: stated}
      - {id: src3, title: Three, date: 2025-06-02, date_status: stated}
"""
ENTITIES = """
    entities:
      - {id: finland, type: country, label: Finland, iso3166: FI}
      - {id: ukraine, type: country, label: Ukraine, iso3166: UA}
      - {id: norway, type: country, label: Norway, iso3166: NO}
      - {id: sweden, type: country, label: Sweden, iso3166: SE}
      - {id: germany, type: country, label: Germany, iso3166: DE}
      - {id: jane-doe, type: person, label: Jane Doe}
      - {id: nato, type: organization, label: NATO}
"""


def pledge(pid: str, donor: str, amount: str, currency: str, source: str, **extra) -> str:
    more = "".join(f"    {k}: {json.dumps(v)}\n" for k, v in extra.items())
    return (f"  - id: {pid}\n    donor: {donor}\n    recipient: ukraine\n    amount: {amount}\n    currency: {currency}\n"
            f"{more}    sources:\n      - {{source: {source}, evidence: \"{donor} pledged {amount} {currency}.\"}}\n")


def workspace(make_ws, *pledges: str):
    return make_ws({"sources.yaml": SOURCES, "entities.yaml": ENTITIES,
                    "facts.yaml": "roles:\n  - {id: secretary-general, label: Secretary General}\npledges:\n" + "".join(pledges)})


def query(ws, name: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "query", name, "-f", "json"])
    assert result.exit_code == 0, result.output
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(result.stdout)["results"]["bindings"]]


def totals(ws) -> dict[str, dict]:
    return {r["donor"]: r for r in query(ws, "pledge-totals")}


def test_totals_never_add_a_running_total_or_a_share(make_ws):
    ws = workspace(make_ws,
                   pledge("no-package", "norway", "500000000", "USD", "src1"),
                   pledge("no-share", "norway", "350000000", "USD", "src1", figure="share", share_of="no-package"),
                   pledge("no-total", "norway", "2800000000", "USD", "src2", figure="running-total", period="since 2022"))
    row = totals(ws)["Norway"]
    assert (row["total_usd"], row["packages"], row["left_out"]) == ("500000000", "1", "2")
    reasons = {r["amount"]: r["in_totals"] for r in query(ws, "pledges")}
    assert reasons["2800000000"] == "no: a running total, not new money"
    assert reasons["350000000"] == "no: a share of no-package" and reasons["500000000"] == "yes"


def test_a_eur_pledge_is_converted_at_its_date_and_keeps_its_own_figure(make_ws):
    from currency_converter import CurrencyConverter

    ws = workspace(make_ws, pledge("de", "germany", "400000000", "EUR", "src2"))  # src2: Monday 2025-03-03
    row = query(ws, "pledges")[0]
    assert (row["amount"], row["currency"], row["eur"]) == ("400000000", "EUR", "400000000")
    rate = CurrencyConverter().convert(1, "EUR", "USD", date=__import__("datetime").date(2025, 3, 3))
    assert abs(Decimal(row["usd"]) - Decimal(400_000_000) * Decimal(str(rate))) < 10  # not 0, not 400m
    ttl = ws.graph_path.read_text()
    assert "nkg:ComputedValue" in ttl and 'nkg:rateDate "2025-03-03"^^xsd:date' in ttl
    assert totals(ws)["Germany"]["total_usd"] == row["usd"]


def test_a_weekend_date_takes_the_last_published_rate(make_ws):
    ws = workspace(make_ws, pledge("de", "germany", "100", "EUR", "src1", date="2025-03-01"))  # a Saturday
    assert query(ws, "pledges")[0]["in_totals"] == "yes"  # builds the graph
    assert 'nkg:rateDate "2025-02-28"^^xsd:date' in ws.graph_path.read_text()


def test_a_joint_pledge_counts_once_and_is_shown_as_joint(make_ws):
    ws = workspace(make_ws, pledge("nordic", "finland", "300000000", "USD", "src1", figure="joint", joint_with=["sweden"]))
    rows = totals(ws)
    assert rows["Finland, Sweden (joint)"]["total_usd"] == "300000000"
    assert rows["(all donors)"]["total_usd"] == "300000000" and "Sweden" not in rows


def test_two_undated_packages_of_one_donor_are_two_packages_not_a_conflict(make_ws):
    """Regression: two German packages (600 m and 400 m euros) were one pledge 'in conflict', since undated."""
    ws = workspace(make_ws, pledge("de-1", "germany", "600000000", "EUR", "src1"),
                   pledge("de-2", "germany", "400000000", "EUR", "src2"))
    assert totals(ws)["Germany"]["total_eur"] == "1000000000"
    check = CliRunner().invoke(cli, ["-w", str(ws.root), "check", "-f", "json"])
    assert check.exit_code == 0 and json.loads(check.stdout) == []


def test_two_sources_versions_of_one_pledge_count_once_and_are_a_conflict(make_ws):
    ws = workspace(make_ws, pledge("fi-a", "finland", "691000000", "USD", "src1"),
                   pledge("fi-b", "finland", "700000000", "USD", "src2"))
    row = totals(ws)["Finland"]
    assert (row["total_usd"], row["packages"], row["left_out"]) == ("691000000", "1", "1")
    assert {r["in_totals"] for r in query(ws, "pledges")} == {"yes", "no: another source's version of fi-a"}
    check = CliRunner().invoke(cli, ["-w", str(ws.root), "check", "-f", "json"])
    assert [c["rule"] for c in json.loads(check.stdout)] == ["value"]


def test_a_currency_without_a_rate_is_left_out_never_counted_as_zero(make_ws):
    ws = workspace(make_ws, pledge("ua", "norway", "5000000", "UAH", "src1"), pledge("no", "norway", "10", "USD", "src1"))
    row = totals(ws)["Norway"]
    assert (row["total_usd"], row["packages"], row["left_out"]) == ("10", "1", "1")
    reason = next(r["in_totals"] for r in query(ws, "pledges") if r["currency"] == "UAH")
    assert reason == "no: no exchange rate for UAH at its date"


def test_regression_a_donor_with_nothing_added_showed_a_total_of_zero(make_ws):
    # (a donor whose only pledge had no exchange rate, or was a running total, had "0" as its total: read as nothing given,
    # where nothing could be added; its pledges are in left_out and its total is empty)
    ws = workspace(make_ws, pledge("ua", "sweden", "5000000", "UAH", "src1"),
                   pledge("de-total", "germany", "28000000000", "EUR", "src2", figure="running-total"),
                   pledge("no", "norway", "10", "USD", "src1"))
    rows = totals(ws)
    assert [(d, "total_usd" in rows[d], rows[d]["packages"], rows[d]["left_out"]) for d in ("Sweden", "Germany", "Norway")] == [
        ("Sweden", False, "0", "1"), ("Germany", False, "0", "1"), ("Norway", True, "1", "0")]
    assert rows["(all donors)"]["total_usd"] == "10"


def test_a_package_larger_than_a_later_running_total_is_reported(make_ws):
    ws = workspace(make_ws, pledge("no-big", "norway", "900000000", "USD", "src1"),
                   pledge("no-sum", "norway", "500000000", "USD", "src3", figure="running-total"))
    check = CliRunner().invoke(cli, ["-w", str(ws.root), "check", "-f", "json"])
    found = json.loads(check.stdout)
    assert [c["rule"] for c in found] == ["total"] and "larger than its running total" in found[0]["message"]


def test_shapes_and_loader_refuse_a_joint_figure_without_its_donors(make_ws):
    ws = workspace(make_ws, pledge("nordic", "finland", "300000000", "USD", "src1", figure="joint"))
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "build"])
    assert result.exit_code == 2 and "a joint figure names its other donors in joint_with" in result.stderr


def test_extract_reads_a_running_total_as_one_and_add_refuses_unreviewed_candidates(make_ws, tmp_path):
    ws = workspace(make_ws)
    article = tmp_path / "a.txt"
    article.write_text("Aid\nNorway has already provided around EUR 2.8 billion in military aid to Ukraine since 2022.\n")
    out = tmp_path / "c.yaml"
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(ws.root), "extract", str(article), "-o", str(out)]).exit_code == 0
    text = out.read_text()
    assert "figure: running-total" in text and "aid_type: military" in text and "review: todo" in text
    refused = runner.invoke(cli, ["-w", str(ws.root), "add", str(out), "--no-build"])
    assert refused.exit_code == 2 and "not reviewed yet (review: todo)" in refused.stderr
    assert f"{out}:" in refused.stderr and "pledge" not in (ws.seeds_dir / "facts.yaml").read_text().split("pledges:")[1]
    mark_reviewed(out)
    accepted = runner.invoke(cli, ["-w", str(ws.root), "add", str(out)])
    assert accepted.exit_code == 0, accepted.output
    assert totals(ws)["Norway"]["left_out"] == "1"  # added, and never summed as new money


def test_a_share_of_a_pledge_that_does_not_exist_is_refused(make_ws):
    ws = workspace(make_ws, pledge("part", "norway", "350000000", "USD", "src1", figure="share", share_of="no-whole"))
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "build"])
    assert result.exit_code == 2 and "share_of 'no-whole' is not another pledge" in result.stderr


def test_regression_a_groups_loan_and_its_members_shares_pass_add_and_are_summed_once(make_ws, tmp_path):
    """Extracted from a G7 article, the group's loan was a joint figure naming no co-donors and a share of three
    donors was both joint and a share: `add` refused both, and a co-donor the workspace lacked was never proposed."""
    ws = workspace(make_ws)
    article = tmp_path / "g7.txt"
    article.write_text("G7 loan\nThe G7 leaders agreed to provide a $50 billion loan to Ukraine. The US and the EU are "
                       "expected to take on $20 billion each, and Japan, Britain, and Canada will share the remaining "
                       "$10 billion.\n")
    out = tmp_path / "c.yaml"
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(ws.root), "extract", str(article), "--date", "2024-06-13", "-o", str(out)]).exit_code == 0
    import yaml

    proposed = yaml.safe_load(out.read_text())
    assert {"id": "g7", "type": "organization", "label": "Group of Seven", "review": "todo"} in proposed["entities"]
    assert any("the first named stands for all" in why for p in proposed["pledges"] for why in p["candidate"]["why"])
    mark_reviewed(out)
    accepted = runner.invoke(cli, ["-w", str(ws.root), "add", str(out)])
    assert accepted.exit_code == 0, accepted.stderr
    found = totals(ws)
    assert found["Group of Seven"]["packages"] == "1" and found["Group of Seven"]["total_usd"] == "50000000000"
    assert "Japan" not in found or found["Japan"]["packages"] == "0"  # a share, never summed beside its whole
