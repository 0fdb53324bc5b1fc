"""The loader on the curated seeds: typed records that remember their seed position."""

from decimal import Decimal
from pathlib import Path

from nato_kg.records import Claim, Pledge, RoleFact, SpendingTarget
from nato_kg.seeds import load_seeds

from .conftest import ARTICLES, REPO


def _facts(built, cls):
    return {f.id: f for f in built.seeds.facts if isinstance(f, cls)}


def test_every_article_is_a_source_named_after_its_file(built):
    articles = {p.name.split("_", 1)[1].removesuffix(".txt"): p.name for p in ARTICLES.glob("*.txt")}
    assert len(articles) == 5
    for sid, name in articles.items():
        assert built.seeds.sources[sid].file == name
        assert built.seeds.sources[sid].kind == "article"


def test_dates_say_whether_stated_or_inferred(built):
    src = built.seeds.sources
    assert (str(src["22aa553175590713"].date), src["22aa553175590713"].date_status) == ("2025-03-01", "stated")
    assert src["647195934bf44ad2"].date_status == "inferred" and str(src["647195934bf44ad2"].date) == "2025-06"
    assert src["c6468833aaad77f4"].date is None and src["c6468833aaad77f4"].date_status == "unknown"
    for s in src.values():
        if s.date_status != "unknown":
            assert s.date_basis, f"{s.id} has a {s.date_status} date without saying what it rests on"


def test_every_article_has_facts(built):
    for sid, counts in built.summary.by_source.items():
        assert sum(counts.values()) > 0, sid


def test_records_remember_file_and_line(built):
    pledge = _facts(built, Pledge)["japan-energy-aid-ukraine-2025"]
    assert pledge.position.path == "seeds/pledges.yaml"
    line = (REPO / "seeds/pledges.yaml").read_text().splitlines()[pledge.position.line - 1]
    assert "japan-energy-aid-ukraine-2025" in line


def test_amounts_are_exact_decimals(built):
    japan = _facts(built, Pledge)["japan-energy-aid-ukraine-2025"]
    assert (japan.amount, japan.currency, japan.amount_usd) == (Decimal("8000000000"), "JPY", Decimal("58000000"))
    spain = _facts(built, Pledge)["spain-military-package-ukraine-2025"]
    assert spain.amount == Decimal("1050000000")


def test_same_fact_from_two_articles_is_one_fact_with_two_sources(built):
    finland = [f for f in _facts(built, Pledge).values() if f.donor == "finland"]
    assert len(finland) == 1
    assert set(finland[0].sources) == {"22aa553175590713", "acfff0cc65ac9122"}


def test_misspellings_the_articles_use_are_aliases(built):
    ents = built.seeds.entities
    assert "Higgsith" in ents["pete-hegseth"].aliases
    assert "Keir Sterner" in ents["keir-starmer"].aliases
    assert "Jens Stltenberg" in ents["jens-stoltenberg"].aliases
    assert "Kiev" in ents["kyiv"].aliases


def test_wrong_attributions_are_recorded_as_the_article_states_them(built):
    roles = _facts(built, RoleFact)
    stated = [r for r in roles.values() if r.person == "jens-stoltenberg" and "acfff0cc65ac9122" in r.sources]
    assert stated and stated[0].role == "secretary-general" and stated[0].status == "current"
    former = [r for r in roles.values() if r.person == "pete-hegseth" and r.status == "former"]
    assert [r.sources for r in former] == [("acfff0cc65ac9122",)]
    claims = _facts(built, Claim)
    assert claims["stoltenberg-us-and-nato-get-stronger"].speaker == "jens-stoltenberg"
    assert claims["rutte-great-to-talk-with-trump"].speaker == "mark-rutte"


def test_spending_targets_named_in_the_issue_are_curated(built):
    targets = {(t.actor, str(t.percent_gdp), t.year) for t in _facts(built, SpendingTarget).values()}
    for expected in [("nato", "5", None), ("nato", "2", None), ("united-kingdom", "2.5", "2027"),
                     ("nato", "3.7", None), ("nato", "3.5", "2032"), ("nato", "1.5", "2032")]:
        assert expected in targets


def test_claims_say_quote_or_paraphrase_and_quotes_are_in_the_evidence(built):
    for claim in _facts(built, Claim).values():
        assert claim.claim_kind in ("quote", "paraphrase")
        if claim.claim_kind == "quote":
            flat = " ".join(" ".join(c.evidence for c in claim.citations).split())
            assert " ".join(claim.text.split()).rstrip(".") in flat, claim.id


def test_evidence_of_article_facts_is_verbatim_in_the_article(built):
    """A stand-in for the audit command: every article quote is found (white space folded)."""
    texts = {s.id: " ".join((ARTICLES / s.file).read_text(encoding="utf-8").split())
             for s in built.seeds.sources.values() if s.file}
    missing = [(f.id, c.source) for f in built.seeds.facts for c in f.citations
               if c.source in texts and " ".join(c.evidence.split()) not in texts[c.source]]
    assert missing == []


def test_load_seeds_reads_a_folder(tmp_path):
    (tmp_path / "a.yaml").write_text("sources:\n  - {id: s1, title: T}\n")
    seeds = load_seeds(Path(tmp_path))
    assert list(seeds.sources) == ["s1"]
