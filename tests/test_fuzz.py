"""Property-based tests: mutated seed files and mutated imports end in the project's own errors only.

Never a traceback, a hang or a crash of the interpreter (the security review found
RecursionErrors and segfaults from deep YAML, and tracebacks from imports). A few hundred
examples here; ``benchmarks/fuzz.py`` runs ten thousand.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nato_kg.errors import NatoKGError
from nato_kg.importer import parse_import
from nato_kg.seeds import load_seeds

from .conftest import MINIMAL_SEEDS, REPO

#: ``NATO_KG_FUZZ_EXAMPLES`` raises the count (``benchmarks/fuzz.py`` sets 10,000).
SETTINGS = settings(max_examples=int(os.environ.get("NATO_KG_FUZZ_EXAMPLES", "150")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def mutate(base: str, draw_ops) -> str:
    """Apply (position, kind, text) edits to ``base``."""
    text = base
    for at, kind, piece in draw_ops:
        i = at % (len(text) + 1)
        if kind == 0:
            text = text[:i] + piece + text[i:]
        elif kind == 1:
            text = text[:i] + text[i + len(piece):]
        else:
            text = text[:i] + piece * 50 + text[i:]
    return text


PIECES = st.sampled_from(["[", "{", "- ", ":", "\n", "  ", "'", '"', "&a ", "*a", "!!python/object ", "\t", "\x00",
                          "\ufeff", "- - - ", "1e999", "NO", "2025-13-45", "\\u0022", "USDD", "<", "%", "#"])
OPS = st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 2), st.one_of(PIECES, st.text(max_size=8))),
               min_size=1, max_size=6)


@SETTINGS
@given(ops=OPS, name=st.sampled_from(sorted(MINIMAL_SEEDS)))
def test_mutated_seed_files_give_seed_errors_only(ops, name):
    import textwrap

    folder = Path(tempfile.mkdtemp())
    try:
        for file, text in MINIMAL_SEEDS.items():
            body = textwrap.dedent(text).lstrip("\n")
            (folder / file).write_text(mutate(body, ops) if file == name else body, encoding="utf-8", errors="surrogatepass")
        try:
            load_seeds(folder, folder)
        except NatoKGError:
            pass
    finally:
        shutil.rmtree(folder)


def test_the_curated_seeds_survive_one_deep_nesting_each():
    """Deep nesting in any curated file is one clear error, not a crash."""
    for path in sorted((REPO / "seeds").glob("*.yaml")):
        folder = Path(tempfile.mkdtemp())
        try:
            (folder / path.name).write_text(path.read_text() + "\nextra: " + "[" * 60000 + "]" * 60000 + "\n")
            try:
                load_seeds(folder, folder)
            except NatoKGError as exc:
                assert "deep" in str(exc) or "YAML" in str(exc)
            else:
                raise AssertionError("deep nesting was accepted")
        finally:
            shutil.rmtree(folder)


SAMPLES = {
    "ttl": '@prefix ex: <https://other.example/> .\nex:a ex:p "v"@en ; ex:q [ ex:r 1.5 ] .\n',
    "nt": '<https://other.example/a> <https://other.example/p> "v\\n2" .\n',
    "nq": '<https://other.example/a> <https://other.example/p> "v" <https://other.example/g> .\n',
    "trig": '@prefix ex: <https://other.example/> .\nex:g { ex:a ex:p "v" . }\n',
    "jsonld": json.dumps({"@context": {"ex": "https://other.example/"}, "@id": "ex:a", "ex:p": [{"@value": "v"}]}),
    "rdf": ('<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            'xmlns:ex="https://other.example/"><rdf:Description rdf:about="https://other.example/a">'
            '<ex:p>v</ex:p></rdf:Description></rdf:RDF>'),
    "n3": "@prefix : <https://other.example/> . :a :b :c .",
}


@SETTINGS
@given(ops=OPS, fmt=st.sampled_from(sorted(SAMPLES)), encoding=st.sampled_from(["utf-8", "utf-16", "latin-1"]))
def test_mutated_imports_give_import_errors_only(ops, fmt, encoding):
    data = mutate(SAMPLES[fmt], ops).encode(encoding, errors="replace")
    try:
        triples = parse_import(data, fmt, f"x.{fmt}", "https://example.org/nato-kg/id/import/x/")
    except NatoKGError:
        return
    import pyoxigraph as ox

    # What was accepted writes as N-Triples that parse again (what the build reads).
    written = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    assert len(list(ox.parse(written, format=ox.RdfFormat.N_TRIPLES))) == len(triples)
