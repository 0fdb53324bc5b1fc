"""``check -f md`` and ``-f html``: a conflict report ready to paste into a memo, and one offline page."""

from __future__ import annotations

import html.parser

from click.testing import CliRunner

from nato_kg.cli import cli
from nato_kg.trust.conflicts import Conflict, Side
from nato_kg.trust.report import conflicts_html, conflicts_markdown, conflicts_text

from .conftest import CURATED


def run(*args):
    return CliRunner().invoke(cli, ["-w", str(CURATED), *args])


def test_markdown_report_of_the_seed_graph_names_both_sides_and_titles():
    result = run("check", "-f", "md")
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert text.startswith("# Conflicts between sources (10)")
    assert text.count("\n## ") == 10
    assert "`rutte-three-point-seven-percent`" in text and "`stoltenberg-three-point-seven-percent`" in text
    assert "NATO Announces Increased Support For Ukraine After Trump-Rutte Talks" in text
    assert "`seeds/targets.yaml:" in text


def test_html_report_is_one_offline_page(tmp_path):
    out = tmp_path / "conflicts.html"
    result = run("check", "-o", str(out))
    assert result.exit_code == 0, result.output
    page = out.read_text()
    assert "default-src 'none'" in page and "<script" not in page
    assert page.count("<section>") == 10


XSS = '<img src=x onerror=alert(1)>"<script>alert(2)</script>'


def _xss_conflict():
    return [Conflict("attribution", "error", XSS, [Side("fact-1", XSS, ("src1",)), Side("fact-2", "`*_[x](y)", ("src2",))])]


def test_data_in_the_html_report_is_text_never_markup():
    page = conflicts_html(_xss_conflict(), {"src1": XSS})

    class Tags(html.parser.HTMLParser):
        found: list = []

        def handle_starttag(self, tag, attrs):
            self.found.append(tag)

    parser = Tags()
    parser.found = []
    parser.feed(page)
    assert "img" not in parser.found and "script" not in parser.found
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_data_in_the_markdown_report_cannot_make_links_or_html():
    text = conflicts_markdown(_xss_conflict())
    import re

    assert not re.search(r"(?<!\\)<(img|script)", text)
    assert "\\[x\\]" in text and "\\`" in text


def test_terminal_report_wraps_at_spaces_and_keeps_positions_whole():
    conflicts = [Conflict("office", "error", "word " * 40,
                          [Side("a-very-long-fact-identifier-that-is-long", "statement " * 20, ("22aa553175590713",),
                                None)])]
    text = conflicts_text(conflicts, 50)
    assert all(len(line) <= 50 for line in text.splitlines() if "a-very-long" not in line)
    assert "a-very-long-fact-identifier-that-is-long" in text
