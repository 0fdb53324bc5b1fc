"""The vocabulary in OWL tools: the OWL API's OWL 2 DL profile check (what Protégé uses, Debian's
``libowlapi-java``) and the HermiT reasoner (bundled with owlready2), both really run.

The built graph keeps precise date types (xsd:date, xsd:gYear, xsd:gYearMonth), which are outside
the OWL 2 datatype map; ``export --owl-dl`` writes them as strings for these tools.
"""

from __future__ import annotations

import glob
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from nato_kg.cli import cli

from .conftest import CURATED, REPO

HERE = Path(__file__).parent
NKG = "https://w3id.org/nato-kg/ns#"
SCHEMA = "https://schema.org/"
# The OWL API jar and what its parsers need, as Debian installs them (.ci/run installs libowlapi-java).
_JARS = ("owlapi-distribution guava caffeine commons-io commons-codec commons-rdf-api hppcrt jsr305 atinject-jsr330-api "
         "slf4j-api xz jackson-core jackson-databind jackson-annotations httpclient httpcore commons-logging").split()


def owl_api_dl_check(*files: Path) -> tuple[int, list[str]]:
    """Run tests/owl/DLProfile.java on the files (merged); returns its exit code and violation lines."""
    classpath = [f"/usr/share/java/{name}.jar" for name in _JARS] + sorted(glob.glob("/usr/share/java/rdf4j*.jar"))
    missing = [p for p in classpath if not Path(p).exists()]
    assert not missing, f"Debian's libowlapi-java is not installed (missing {missing[:3]}); .ci/run installs it"
    run = subprocess.run(["java", "-cp", ":".join(classpath), str(HERE / "owl" / "DLProfile.java"), *map(str, files)],
                         capture_output=True, text=True, timeout=240)
    lines = run.stdout.splitlines()
    assert lines and lines[-1].startswith("axioms: "), run.stdout + run.stderr
    return run.returncode, lines[:-1]


def export(tmp_path: Path, *args: str) -> Path:
    target = tmp_path / "graph.ttl"
    result = CliRunner().invoke(cli, ["-w", str(CURATED), "export", *args, "-o", str(target)])
    assert result.exit_code == 0, result.output
    return target


@pytest.fixture(scope="module")
def built_curated():
    result = CliRunner().invoke(cli, ["-w", str(CURATED), "build"])
    assert result.exit_code == 0, result.output


def test_vocabulary_alone_is_in_owl2_dl():
    code, violations = owl_api_dl_check(REPO / "ontology" / "nato_kg.ttl")
    assert violations == [] and code == 0


def test_owl_dl_export_of_vocabulary_and_data_is_in_owl2_dl(built_curated, tmp_path):
    code, violations = owl_api_dl_check(export(tmp_path, "--owl-dl"))
    assert violations == [] and code == 0


def test_plain_export_leaves_owl2_dl_only_by_its_precise_dates(built_curated, tmp_path):
    # Why --owl-dl exists: the default graph's only departures from OWL 2 DL are date literals.
    code, violations = owl_api_dl_check(export(tmp_path))
    assert code == 1 and violations
    assert all(v.startswith("UseOfDefinedDatatypeInLiteral") for v in violations), violations[:5]
    assert any("xsd:date" in v for v in violations) and any("xsd:gYear" in v for v in violations)


def _hermit(path: Path):
    """Load ``path`` into a fresh owlready2 world and classify it with HermiT."""
    import owlready2
    from rdflib import Graph

    nt = path.with_suffix(".nt")
    Graph().parse(path).serialize(nt, format="nt", encoding="utf-8")
    world = owlready2.World()
    onto = world.get_ontology(nt.as_uri()).load()
    with onto:
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    return world


def test_hermit_classifies_vocabulary_and_data(built_curated, tmp_path):
    world = _hermit(export(tmp_path, "--owl-dl"))
    assert list(world.inconsistent_classes()) == []
    # What the vocabulary says is what a reasoner concludes: a pledge is a fact, a PROV entity
    # and a schema:MonetaryGrant; a role assignment is a schema:Role.
    pledges = list(world.search_one(iri=NKG + "Pledge").instances())
    assert pledges
    grant, entity = world.search_one(iri=SCHEMA + "MonetaryGrant"), world.search_one(iri="http://www.w3.org/ns/prov#Entity")
    assert all(grant in p.is_a or grant in p.INDIRECT_is_a for p in pledges)
    assert all(entity in p.INDIRECT_is_a for p in pledges)
    role = world.search_one(iri=SCHEMA + "Role")
    assert all(role in r.INDIRECT_is_a for r in world.search_one(iri=NKG + "RoleAssignment").instances())


def test_regression_hermit_refuses_the_precise_dates_that_owl_dl_export_writes_as_strings(built_curated, tmp_path):
    import owlready2

    with pytest.raises(owlready2.OwlReadyJavaError, match="not part of the OWL 2 datatype map"):
        _hermit(export(tmp_path))
