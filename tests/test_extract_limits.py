"""Inputs that were quadratic or crashed: long runs without full stops, digit runs, huge amounts.

Regressions: ``extract`` took 240 s on a 480 KB article and over 30 s on 20 KB of digits;
an amount of more than 28 digits raised ``InvalidOperation``; a 10^400 amount left the
page blank (``Infinity`` is not JSON).
"""

from __future__ import annotations

from click.testing import CliRunner

from nato_kg.cli import cli
from nato_kg.extract.money import find_money
from nato_kg.extract.sentences import MAX_QUOTE_RUN, MAX_SENTENCE, split_sentences


def test_a_long_run_without_full_stops_is_cut_into_bounded_sentences():
    text = ("Finland pledged $691 million to Ukraine, officials said, " * 9000)[:480_000]
    sentences = split_sentences(text)
    assert len(sentences) >= 480_000 // MAX_SENTENCE
    assert max(len(s.text) for s in sentences) <= MAX_SENTENCE
    for s in sentences[:50]:
        assert text[s.start:s.end] == s.text  # offsets stay the article's


def test_a_stray_quotation_mark_does_not_swallow_the_article():
    text = 'Headline with a stray " mark\n' + "\n".join(f"Paragraph {i} says something. It ends." for i in range(2000))
    sentences = split_sentences(text)
    assert max(len(s.text) for s in sentences) <= max(MAX_SENTENCE, MAX_QUOTE_RUN)
    assert len({s.paragraph for s in sentences}) > 1000


def test_digit_runs_and_huge_amounts_are_not_money():
    assert find_money("1" * 20000) == []
    assert find_money("Finland pledged $" + "9" * 40 + " million to Ukraine.") == []
    [m] = find_money("Finland pledged $691 million to Ukraine.")
    assert str(m.value) == "691000000"


def test_extract_with_a_huge_amount_gives_a_result_not_a_traceback(make_ws, tmp_path):
    ws = make_ws()
    article = tmp_path / "a.txt"
    article.write_text("Title\nFinland pledged $" + "9" * 40 + " million to Ukraine.\n" + "7" * 20000 + "\n")
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "extract", str(article)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 0, result.output


def test_regression_a_10_to_the_400_amount_still_draws_a_page(make_ws, tmp_path):
    huge = "1" + "0" * 400
    ws = make_ws({"facts.yaml": f"""
        pledges:
          - id: finland-aid
            donor: finland
            recipient: ukraine
            amount: {huge}
            currency: USD
            sources:
              - source: src1
                evidence: Finland pledged a lot.
    """})
    out = tmp_path / "page.html"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "viz", "-o", str(out)])
    assert result.exit_code == 0, result.output
    import json
    import re

    page = out.read_text()
    data = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1)

    def refuse(name):
        raise AssertionError(f"{name} in the page's data")

    parsed = json.loads(data, parse_constant=refuse)  # what the browser's JSON.parse accepts
    assert parsed
