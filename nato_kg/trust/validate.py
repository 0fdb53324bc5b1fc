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
    #: The focus node's IRI; for a blank node, the IRI of the node it hangs from (see ``via``).
    focus: str
    path: str | None
    message: str
    value: str | None
    position: Position | None
    #: For a blank-node focus: the property that leads from ``focus`` to it (``schema:amount``).
    via: str | None = None

    def shown(self, prefixes: dict[str, str]) -> str:
        """The focus for a table: ``id:pledge/x`` or ``id:pledge/x → schema:amount``."""
        node = compact(self.focus, prefixes) if "://" in self.focus or self.focus.startswith("urn:") else self.focus
        return f"{node} → {self.via}" if self.via else node

    def sort_key(self):
        return (self.position or Position("~", 0, 0), self.focus, self.path or "", self.message)


@dataclass
class ValidationReport:
    """Whether the graph conforms, and every violation found."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)


def load_shapes(ws: Workspace):
    """Parse ``ontology/shapes*.ttl`` (the workspace's SHACL shapes)."""
    from ..rdfio import read_turtle_files

    files = sorted(ws.ontology_dir.glob("shapes*.ttl"))
    if not files:
        raise OntologyError(f"no SHACL shapes in {ws.relative(ws.ontology_dir)} (expected shapes.ttl)")
    return read_turtle_files(files, ws.relative)


def validate_graph(graph, shapes, positions: dict | None = None, ws: Workspace | None = None) -> ValidationReport:
    """Validate ``graph`` against ``shapes`` (no inference; the graph carries the ontology).

    Only the report's own results count (pySHACL also lists nested ``sh:detail``
    results). A blank-node focus (an amount, a derivation) is shown through the node
    it hangs from, ``id:pledge/x → schema:amount``, and located where that node is: its
    seed line, or its line in an ``imports/`` file when ``ws`` is given.
    """
    import pyshacl
    from rdflib import BNode, Literal, URIRef
    from rdflib.namespace import RDF, SH

    conforms, results, _ = pyshacl.validate(graph, shacl_graph=shapes, inference="none",
                                            allow_warnings=True, allow_infos=True)
    report_nodes = list(results.subjects(RDF.type, SH.ValidationReport))
    top = [r for node in report_nodes for r in results.objects(node, SH.result)]
    imported: dict | None = None
    violations = set()
    for result in top:
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        value = results.value(result, SH.value)
        severity = results.value(result, SH.resultSeverity)
        anchor, shown, via = focus, str(focus), None
        if isinstance(focus, BNode):
            owner = next(((s, p) for s, p in graph.subject_predicates(focus) if isinstance(s, URIRef)), None)
            if owner is not None:
                anchor, shown, via = owner[0], str(owner[0]), compact(str(owner[1]))
            else:
                shown = "a blank node"
        details = sorted({f"{results.value(d, SH.resultMessage) or 'constraint not met'}"
                          + (f" (value: {results.value(d, SH.value)})" if isinstance(results.value(d, SH.value), Literal) else "")
                          for d in results.objects(result, SH.detail)})
        if details:  # a nested shape failed: say why, once, instead of counting its results again
            message = f"{message or 'constraint not met'}; because: {'; '.join(details)}"
        if isinstance(value, BNode):
            value = None
        position = locate(anchor, positions)
        if position is None and ws is not None and isinstance(anchor, URIRef):
            if imported is None:
                imported = import_positions(ws)
            position = imported.get(str(anchor))
        violations.add(Violation(
            severity=str(severity).rsplit("#", 1)[-1],
            focus=shown,
            path=compact(str(path)) if isinstance(path, URIRef) else (str(path) if path is not None else None),
            message=str(message) if message is not None else "constraint not met",
            value=str(value) if value is not None else None,
            position=position,
            via=via,
        ))
    return ValidationReport(bool(conforms), sorted(violations, key=Violation.sort_key))


def import_positions(ws: Workspace) -> dict[str, Position]:
    """Where each subject of the ``imports/`` files first appears (file, line), for reports on imported data."""
    found: dict[str, Position] = {}
    folder = ws.root / "imports"
    if folder.is_dir():
        for path in sorted(folder.glob("*.nt")):
            shown = ws.relative(path)
            with path.open("rb") as f:
                for number, line in enumerate(f, 1):
                    if line.startswith(b"<"):
                        subject = line[1:line.find(b">")].decode("utf-8", "replace")
                        found.setdefault(subject, Position(shown, number, 1))
    return found
