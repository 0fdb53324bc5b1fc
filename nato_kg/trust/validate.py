"""SHACL validation of the graph with pySHACL, each result pointed back at its seed line."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import OntologyError, Position
from ..vocab import compact
from ..workspace import Workspace
from .locate import locate


@dataclass(frozen=True)
class Violation:
    """One SHACL result: where, what, and the seed position of the offending node."""

    severity: str
    focus: str
    path: str | None
    message: str
    value: str | None
    position: Position | None

    def sort_key(self):
        return (self.position or Position("~", 0, 0), self.focus, self.path or "", self.message)


@dataclass
class ValidationReport:
    """Whether the graph conforms, and every violation found."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)


def load_shapes(ws: Workspace):
    """Parse ``ontology/shapes*.ttl`` (the workspace's SHACL shapes)."""
    from rdflib import Graph

    files = sorted(ws.ontology_dir.glob("shapes*.ttl"))
    if not files:
        raise OntologyError(f"no SHACL shapes in {ws.relative(ws.ontology_dir)} (expected shapes.ttl)")
    shapes = Graph()
    for path in files:
        try:
            with path.open("rb") as f:
                shapes.parse(source=f, format="turtle", publicID=path.resolve().as_uri())
        except Exception as exc:
            raise OntologyError(f"{ws.relative(path)}: cannot parse Turtle: {exc}") from exc
    return shapes


def validate_graph(graph, shapes, positions: dict | None = None) -> ValidationReport:
    """Validate ``graph`` against ``shapes`` (no inference; the graph carries the ontology)."""
    import pyshacl
    from rdflib import URIRef
    from rdflib.namespace import SH

    conforms, results, _ = pyshacl.validate(graph, shacl_graph=shapes, inference="none",
                                            allow_warnings=True, allow_infos=True)
    violations = []
    for result in results.subjects(SH.resultSeverity, None):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        value = results.value(result, SH.value)
        severity = results.value(result, SH.resultSeverity)
        violations.append(Violation(
            severity=str(severity).rsplit("#", 1)[-1],
            focus=str(focus),
            path=compact(str(path)) if isinstance(path, URIRef) else (str(path) if path is not None else None),
            message=str(message) if message is not None else "constraint not met",
            value=str(value) if value is not None else None,
            position=locate(focus, positions),
        ))
    violations.sort(key=Violation.sort_key)
    return ValidationReport(bool(conforms), violations)
