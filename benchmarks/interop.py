"""Read every export of the built graph with independent RDF tools and print a matrix.

    python benchmarks/interop.py [-w WORKSPACE]

Each cell compares the triples (quads without their graph name) a tool reads from our file
with those pyoxigraph reads from it: "= N" when they are the same set, "≠ +a −b" when not,
"error" when the tool refused the file, "–" when the tool does not read that syntax, and
"absent" when the tool is not installed. Decimals are compared by value (tools differ in
canonical forms). A last row runs the OWL API's OWL 2 DL profile check on the vocabulary
alone and on `export --owl-dl`.

Tools, each used only where found (none is downloaded by this script):
- rapper (Debian ``raptor2-utils``), serdi (Debian ``serdi``);
- N3.js and jsonld.js: ``npm install --prefix benchmarks/.node n3@1 jsonld@8`` (git-ignored);
- the OWL API: Debian ``libowlapi-java`` with a Java runtime (tests/owl/DLProfile.java).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
NODE_MODULES = HERE / ".node" / "node_modules"
FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
           "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML}
DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"

# What each tool reads, and how to make it print N-Quads (a superset of N-Triples) on stdout.
RAPPER = {"ttl": "turtle", "nt": "ntriples", "nq": "nquads", "trig": "trig", "xml": "rdfxml"}
SERDI = {"ttl": "turtle", "nt": "ntriples", "nq": "nquads", "trig": "trig"}
N3JS = {"ttl": "Turtle", "nt": "N-Triples", "nq": "N-Quads", "trig": "TriG"}

N3JS_SCRIPT = """
const fs = require('fs'); const N3 = require('n3');
const quads = new N3.Parser({format: process.argv[3]}).parse(fs.readFileSync(process.argv[2], 'utf8'));
process.stdout.write(new N3.Writer({format: 'N-Quads'}).quadsToString(quads));
"""
# No document loader: a remote or local context is refused, never fetched.
JSONLD_SCRIPT = """
const fs = require('fs'); const jsonld = require('jsonld');
const refuse = async (url) => { throw new Error('no document loading: ' + url); };
jsonld.toRDF(JSON.parse(fs.readFileSync(process.argv[2], 'utf8')), {format: 'application/n-quads', documentLoader: refuse})
  .then((nq) => process.stdout.write(nq), (e) => { console.error(String(e)); process.exit(1); });
"""
OWLAPI_JARS = ("owlapi-distribution guava caffeine commons-io commons-codec commons-rdf-api hppcrt jsr305 atinject-jsr330-api "
               "slf4j-api xz jackson-core jackson-databind jackson-annotations httpclient httpcore commons-logging").split()


def term_key(term) -> str:
    """A term as text, with decimals by value."""
    if isinstance(term, ox.Literal) and term.datatype.value == DECIMAL:
        try:
            return f'"{Decimal(term.value).normalize()}"^^<{DECIMAL}>'
        except InvalidOperation:
            pass
    return str(term)


def triple_set(data: bytes, fmt: ox.RdfFormat) -> set[tuple[str, str, str]]:
    return {(term_key(q.subject), term_key(q.predicate), term_key(q.object)) for q in ox.parse(data, format=fmt)}


def run(cmd: list[str]) -> bytes | None:
    # NODE_PATH: the scripts live in a temporary folder, the packages under benchmarks/.node.
    done = subprocess.run(cmd, capture_output=True, timeout=300, env={**os.environ, "NODE_PATH": str(NODE_MODULES)})
    return done.stdout if done.returncode == 0 else None


def tools(tmp: Path) -> dict:
    """Each available tool: a function (file, our format) → N-Quads bytes, None on refusal; or None when absent."""
    found: dict = {}
    found["rapper"] = (lambda f, k: run(["rapper", "-q", "-i", RAPPER[k], "-o", "nquads", str(f)]) if k in RAPPER else "–") \
        if shutil.which("rapper") else None
    found["serdi"] = (lambda f, k: run(["serdi", "-i", SERDI[k], "-o", "nquads", str(f)]) if k in SERDI else "–") \
        if shutil.which("serdi") else None
    node = shutil.which("node")
    if node and (NODE_MODULES / "n3").is_dir():
        n3_script = tmp / "n3.js"
        n3_script.write_text(N3JS_SCRIPT)
        found["N3.js"] = lambda f, k: run([node, str(n3_script), str(f), N3JS[k]]) if k in N3JS else "–"
    else:
        found["N3.js"] = None
    if node and (NODE_MODULES / "jsonld").is_dir():
        jsonld_script = tmp / "jsonld.js"
        jsonld_script.write_text(JSONLD_SCRIPT)
        found["jsonld.js"] = lambda f, k: run([node, str(jsonld_script), str(f)]) if k == "jsonld" else "–"
    else:
        found["jsonld.js"] = None
    return found


def owl_dl(files: list[Path]) -> str:
    classpath = [f"/usr/share/java/{name}.jar" for name in OWLAPI_JARS] + sorted(glob.glob("/usr/share/java/rdf4j*.jar"))
    if not shutil.which("java") or not all(Path(p).exists() for p in classpath):
        return "absent"
    done = subprocess.run(["java", "-cp", ":".join(classpath), str(REPO / "tests" / "owl" / "DLProfile.java"), *map(str, files)],
                          capture_output=True, text=True, timeout=300)
    last = done.stdout.strip().splitlines()[-1:] or ["error"]
    return last[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-w", "--workspace", default=str(REPO))
    args = parser.parse_args()
    nato_kg = [sys.executable, "-m", "nato_kg", "-w", args.workspace]
    subprocess.run([*nato_kg, "build"], check=True, capture_output=True)
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        available = tools(tmp)
        header = ["export", "pyoxigraph", *available]
        rows = []
        for key, fmt in FORMATS.items():
            target = tmp / f"graph.{key}"
            subprocess.run([*nato_kg, "export", "-o", str(target)], check=True, capture_output=True)
            ours = triple_set(target.read_bytes(), fmt)
            row = [key, f"{len(ours)}"]
            for tool in available.values():
                if tool is None:
                    row.append("absent")
                    continue
                out = tool(target, key)
                if out == "–" or out is None:
                    row.append(out or "error")
                    continue
                theirs = triple_set(out, ox.RdfFormat.N_QUADS)
                row.append(f"= {len(theirs)}" if theirs == ours else f"≠ +{len(theirs - ours)} −{len(ours - theirs)}")
            rows.append(row)
        dl = tmp / "graph-dl.ttl"
        subprocess.run([*nato_kg, "export", "--owl-dl", "-o", str(dl)], check=True, capture_output=True)
        widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
        for r in [header, *rows]:
            print("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)))
        print()
        print("OWL API, OWL 2 DL profile:")
        print(f"  vocabulary alone:           {owl_dl([REPO / 'ontology' / 'nato_kg.ttl'])}")
        print(f"  export --owl-dl (with data): {owl_dl([dl])}")
        print(f"  plain export (with data):    {owl_dl([tmp / 'graph.ttl'])}")
        print(json.dumps({"tools": {k: v is not None for k, v in available.items()}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
