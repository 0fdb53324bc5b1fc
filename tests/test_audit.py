"""``nato-kg audit``: every evidence quote found in the article it cites."""

import json
import textwrap

from click.testing import CliRunner

from nato_kg.cli import cli

from .conftest import ARTICLES, CURATED


def test_every_curated_quote_is_in_its_article():
    result = CliRunner().invoke(cli, ["-w", str(CURATED), "audit", "--articles", str(ARTICLES)])
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
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 1 and "1 not found" in result.stderr


def test_a_quote_not_found_comes_with_the_closest_passage(make_ws):
    ws, articles = _ws(make_ws, "Finland pledged $700 million to Ukraine.", "Intro.\nFinland pledged $691 million to Ukraine.\n")
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "audit", "--articles", str(articles), "-f", "json"])
    (missing,) = json.loads(result.stdout)["missing"]
    assert "Finland pledged $691 million" in missing["closest"] and missing["similarity"] > 80


def test_several_article_folders_and_a_default_from_the_config(make_ws, tmp_path):
    ws, articles = _ws(make_ws, "Finland pledged $691 million.", "Finland pledged $691 million.\n")
    other = tmp_path / "more"
    other.mkdir()
    both = CliRunner().invoke(cli, ["-w", str(ws.root), "audit", "--articles", str(other), "--articles", str(articles)])
    assert both.exit_code == 0, both.output  # the second folder is searched, not dropped
    (ws.root / "nato-kg.toml").write_text('[audit]\narticles = ["articles"]\n')
    configured = CliRunner().invoke(cli, ["-w", str(ws.root), "audit"])
    assert configured.exit_code == 0 and "1 quotes checked, 0 not found" in configured.stderr


def test_no_folder_at_all_is_a_clear_usage_error(make_ws):
    ws = make_ws()
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "audit"])
    assert result.exit_code == 2 and "--articles" in result.stderr


def test_a_source_may_name_its_file_as_a_path_in_the_workspace(make_ws, tmp_path):
    ws, articles = _ws(make_ws, "Finland pledged $691 million.", "x")
    (ws.root / "texts").mkdir()
    (ws.root / "texts" / "a.txt").write_text("Finland pledged $691 million.\n")
    sources = (ws.seeds_dir / "sources.yaml").read_text().replace("file: article.txt", "file: texts/a.txt")
    (ws.seeds_dir / "sources.yaml").write_text(sources)
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "audit", "--articles", str(articles)])
    assert result.exit_code == 0, result.output


def test_regression_a_file_path_never_leads_out_of_the_folders_and_workspace(make_ws, tmp_path):
    """audit followed a path out of --articles."""
    ws, articles = _ws(make_ws, "secret words", "x")
    outside = tmp_path / "outside.txt"
    outside.write_text("secret words\n")
    for escape in ("../outside.txt", str(outside), "../../outside.txt"):
        sources = (ws.seeds_dir / "sources.yaml").read_text()
        sources = "\n".join(line if "file:" not in line else f"    file: {escape}" for line in sources.splitlines()) + "\n"
        (ws.seeds_dir / "sources.yaml").write_text(sources)
        result = CliRunner().invoke(cli, ["-w", str(ws.root), "audit", "--articles", str(articles)])
        assert result.exit_code == 1 and "not found" in result.stderr, (escape, result.output)


def test_a_page_saved_with_its_html_markup_is_read_by_its_visible_text(make_ws):
    """extract reads such a page by its visible text, so its evidence spans tags the file holds: audit finds it."""
    article = ('<h4><strong>Finland has pledged <a href="https://example.org/x">$691 million</a> for Ukraine.</strong></h4>'
               " <p>It was announced &quot;today&quot;.</p>")
    ws, articles = _ws(make_ws, "Finland has pledged $691 million for Ukraine.", article)
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "audit", "--articles", str(articles)])
    assert result.exit_code == 0, result.output
    assert "1 quotes checked, 0 not found" in result.stderr


def test_a_page_saved_as_markdown_is_read_by_its_words(make_ws):
    """extract reads a page saved as Markdown by its words (links by their text, emphasis dropped, a paragraph's wrapped
    lines joined), so its evidence spans the file's markup and line breaks: audit finds it."""
    article = ("# Air defence\n\n[Finland](/en/entity/finland) has pledged **$691 million** for\n"
               "[Ukraine](/en/entity/ukraine).\n")
    ws, articles = _ws(make_ws, "Finland has pledged $691 million for Ukraine.", article)
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "audit", "--articles", str(articles)])
    assert result.exit_code == 0, result.output
    assert "1 quotes checked, 0 not found" in result.stderr


def test_a_page_with_garbled_words_is_read_as_extract_reads_it(make_ws):
    """extract decodes a page's mis-decoded words again ("WiÅ›niewski" → "Wiśniewski"), so its evidence names the
    person as written: audit finds it in the garbled file."""
    article = "Title\nFinlandâ€™s minister JÃ³zef WiÅ›niewski said $691 million would go to Ukraine.\n"
    ws, articles = _ws(make_ws, "Finland’s minister Józef Wiśniewski said $691 million would go to Ukraine.", article)
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "audit", "--articles", str(articles)])
    assert result.exit_code == 0, result.output
    assert "1 quotes checked, 0 not found" in result.stderr
