"""The development corpus's fact lists (benchmarks/corpus/*.yaml) are well formed and all scored.

The texts are git-ignored, so CI cannot score them; it can check the lists the scores rest on."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "benchmarks" / "corpus"


@pytest.fixture(scope="module")
def extract_eval():
    spec = importlib.util.spec_from_file_location("extract_eval", ROOT / "benchmarks" / "extract_eval.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_regression_corpus_fragment_cut_at_unquoted_comma(extract_eval):
    """{speaker: X, fragment: a, b} parses as the fragment "a" and a key "b": every fact of every list
    has exactly its kind's fields (twelve claims were scored on their first words before)."""
    problems = []
    for path in sorted(CORPUS.glob("*.yaml")):
        problems += extract_eval.list_problems(yaml.safe_load(path.read_text(encoding="utf-8")) or [], path.name)
    assert problems == []


def test_list_problems_names_the_cut_fragment(extract_eval):
    broken = yaml.safe_load("- id: x\n  claims:\n    - {speaker: A B, fragment: one, two}\n")
    assert extract_eval.list_problems(broken, "l.yaml") == [
        "l.yaml: x: claims: fields {'two'} unknown (a fragment with an unquoted comma?)"]
    quoted = yaml.safe_load('- id: x\n  claims:\n    - {speaker: A B, fragment: "one, two"}\n')
    assert extract_eval.list_problems(quoted, "l.yaml") == []


def test_regression_fresh_lists_left_out_146_to_149(extract_eval):
    """The scorer and the calibration read every fresh list on disk, in the order they were read."""
    found = [name for name, _ in extract_eval.fresh_lists(CORPUS)]
    assert sorted(found) == sorted(p.name for p in CORPUS.glob("fresh*.yaml"))
    numbers = [int(n.removeprefix("fresh").removesuffix(".yaml") or 1) for n in found]
    assert numbers == sorted(numbers) and {146, 147, 148, 149} <= set(numbers)
