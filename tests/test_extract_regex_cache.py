"""The extraction rules' regular expressions are compiled once each (:mod:`nato_kg.extract.rx`), not again per sentence."""

from nato_kg.extract import rx
from nato_kg.extract.article import extract_article

from .test_extract import seeds_with


def test_regression_every_rule_pattern_was_compiled_again_for_each_sentence():
    # (re keeps its last 512 patterns and the rules hold well over a thousand: each sentence compiled most of them again,
    # half the extractor's time; benchmarks/extract_speed.py measures it)
    seeds = seeds_with(("ukraine", "country", "Ukraine"), ("norway", "country", "Norway"), roles=("prime-minister",))
    text = ("Norway gives more\n\nNorway will provide $691 million in military aid to Ukraine, Prime Minister Jonas Gahr Store "
            "said on Monday. “We stand with Ukraine,” he said.")
    extract_article(text, seeds, "src")
    misses = rx._compiled.cache_info().misses
    found = extract_article(text, seeds, "src").candidates
    assert found and rx._compiled.cache_info().misses == misses
    assert rx._compiled.cache_info().currsize > 512  # (more than re itself would have kept)
