"""``nato-kg audit``: every evidence quote found in the article it cites."""

import json
import textwrap

from click.testing import CliRunner

from nato_kg.cli import cli

from .conftest import ARTICLES, REPO


def test_every_curated_quote_is_in_its_article():
    result = CliRunner().invoke(cli, ["-w", str(REPO), "audit", "--articles", str(ARTICLES)])
    assert result.exit_code == 0, result.output
    assert "0 not found" in result.stderr
    assert "ref-nato-secretaries-general" in result.stderr  # named as skipped, not silently passed


SOURCES = """
    sources:
      - id: src1
        title: A test article
        file: article.txt
        date: 2025-01-02
        date_status: stated
"""


def _ws(make_ws, evidence: str, article: str):
    ws = make_ws({"sources.yaml": SOURCES, "facts.yaml": textwrap.dedent(f"""
        pledges:
          - id: finland-aid
            donor: finland
            recipient: ukraine
            amount: 691000000
            currency: USD
            sources:
              - source: src1
                evidence: {json.dumps(evidence)}
    """)})
    articles = ws.root / "articles"
    articles.mkdir()
    (articles / "article.txt").write_text(article, encoding="utf-8")
    return ws, articles


def test_tolerant_of_whitespace_quotes_dashes_and_ellipses(make_ws):
    article = "Title\nFinland’s “aid” —\nworth $691 million… was   announced.\n"
    ws, articles = _ws(make_ws, "Finland's \"aid\" - worth $691 million... was announced.", article)
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "audit", "--articles", str(articles)])
    assert result.exit_code == 0, result.output
    assert "1 quotes checked, 0 not found" in result.stderr


def test_missing_quote_listed_with_seed_position(make_ws):
    ws, articles = _ws(make_ws, "Finland pledged a billion.", "Finland pledged $691 million.\n")
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "audit", "--articles", str(articles), "-f", "json"])
    assert result.exit_code == 1
    (missing,) = json.loads(result.stdout)["missing"]
    assert missing["fact"] == "finland-aid" and missing["source"] == "src1"
    assert missing["position"]["path"] == "seeds/facts.yaml" and missing["position"]["line"] == 8
    table = CliRunner().invoke(cli, ["-w", str(ws.root), "audit", "--articles", str(articles)])
    assert "seeds/facts.yaml:8:" in table.stdout


def test_missing_article_file(make_ws, tmp_path):
    ws, _ = _ws(make_ws, "x", "x")
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "audit", "--articles", str(empty)])
    assert result.exit_code == 1 and "article file article.txt not found" in result.stderr


def test_case_still_matters(make_ws):
    ws, articles = _ws(make_ws, "finland pledged $691 million.", "Finland pledged $691 million.\n")
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "audit", "--articles", str(articles)])
    assert result.exit_code == 1
