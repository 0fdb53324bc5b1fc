"""SHACL validation of the graph with pySHACL, each result pointed back at its seed line."""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import URIRef

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
        """Seed order, then every field: two results differing only in their value keep one order run to run."""
        return (self.position or Position("~", 0, 0), self.focus, self.path or "", self.message, self.value or "",
                self.severity, self.via or "")


@dataclass
class ValidationReport:
    """Whether the graph conforms, and every violation found."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    #: How many focus nodes were validated again after an edit (the others' results kept from the last
    #: validation, see :mod:`.incremental`); None when the whole graph was validated.
    revalidated: int | None = None


def load_shapes(ws: Workspace):
    """Parse ``ontology/shapes*.ttl`` (the workspace's SHACL shapes)."""
    from ..rdfio import read_turtle_files

    files = sorted(ws.ontology_dir.glob("shapes*.ttl"))
    if not files:
        raise OntologyError(f"no SHACL shapes in {ws.relative(ws.ontology_dir)} (expected shapes.ttl)")
    return read_turtle_files(files, ws.relative)


def validate_graph(graph, shapes, positions: dict | None = None, ws: Workspace | None = None,
                   jobs: int = 1) -> ValidationReport:
    """Validate ``graph`` against ``shapes`` (no inference; the graph carries the ontology).

    pySHACL is given only the triples the shapes can read (see :mod:`.shape_scope`; the whole
    graph when the shapes use features beyond SHACL Core's). With ``jobs`` above 1 and a large
    graph, the shapes that have targets are validated in that many forked processes at once.

    Only the report's own results count (pySHACL also lists nested ``sh:detail``
    results). A blank-node focus (an amount, a derivation) is shown through the node
    it hangs from, ``id:pledge/x → schema:amount``, and located where that node is: its
    seed line, or its line in an ``imports/`` file when ``ws`` is given.
    """
    conforms, results, data = _run(graph, shapes, jobs)
    return _report(conforms, results, data, graph, positions, ws)


def _run(graph, shapes, jobs: int) -> tuple[bool, list[_Result], object]:
    """pySHACL on what the shapes read of ``graph``: whether it conforms, its results, and the graph it was given."""
    from rdflib import Graph

    from ..built import in_memory
    from ..collector import give_back, paused
    from ..store import TermReader
    from .shape_scope import scoped_graph, shape_scope, targeted_shapes

    with paused():  # pySHACL makes millions of short-lived objects and no garbage cycles worth a scan
        scope = shape_scope(shapes)
        groups = targeted_shapes(shapes)
        reader = TermReader(graph, keep=False) if scope is not None else None
        if (reader is not None and reader.from_file and jobs > 1 and len(groups) > 1
                and (reader.count() or 0) >= PARALLEL_FROM_TRIPLES):
            # no graph of every shape's triples here: each process reads the file for its own shape alone
            conforms, results = _apart(reader, shapes, scope, groups, jobs)
            return conforms, results, Graph()
        data = in_memory(graph) if scope is None else scoped_graph(graph, scope, reader)
        give_back()  # what reading the graph in bulk freed, before pySHACL's own peak
        if jobs > 1 and len(groups) > 1 and len(data) >= PARALLEL_FROM_TRIPLES:
            conforms, results = _in_processes(data, shapes, groups, jobs)
        else:
            conforms, results = _validate(data, shapes)
    return conforms, results, data


def _report(conforms: bool, results: list[_Result], data, graph, positions: dict | None, ws: Workspace | None,
            revalidated: int | None = None) -> ValidationReport:
    """The report of pySHACL's ``results``: each located at its seed line, a blank node through its owner."""
    from rdflib import BNode, URIRef

    imported: dict | None = None
    violations = set()
    for focus, path, message, value, severity, details in results:
        anchor, shown, via = focus, str(focus), None
        if isinstance(focus, BNode):
            owner = next(((s, p) for source in (data, graph) for s, p in source.subject_predicates(focus)
                          if isinstance(s, URIRef)), None)
            if owner is not None:
                anchor, shown, via = owner[0], str(owner[0]), compact(str(owner[1]))
            else:
                shown = "a blank node"
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
    return ValidationReport(bool(conforms), sorted(violations, key=Violation.sort_key), revalidated)


def validate_workspace(ws: Workspace, graph, shapes, positions: dict | None = None, jobs: int = 1,
                       reuse: bool = True) -> ValidationReport:
    """Validate the workspace's built ``graph`` (see :func:`validate_graph`), again only where an edit can
    change a result when the last validation's results are kept (see :mod:`.incremental`).

    The results are kept under ``build/cache/validate/`` with a hard link to the sorted N-Triples they
    are the results of, named by this version of nato-kg and the shapes files; ``reuse=False``
    validates the whole graph all the same (and keeps its results)."""
    from ..store import previous_build

    built = previous_build(ws)
    key = _shapes_key(ws)
    last = _last_results(ws, key) if reuse and built is not None else None
    if built is not None and last is not None:
        from .incremental import revalidate

        outcome = revalidate(last[0], built[0], last[1], shapes)
        if outcome is not None:
            kept, count, part = outcome
            _keep_results(ws, key, kept)
            conforms = not any(r[4] == _VIOLATION for r in kept)
            return _report(conforms, kept, part if part is not None else graph, graph, positions, ws, count)
    conforms, results, data = _run(graph, shapes, jobs)
    if built is not None:
        _keep_results(ws, key, results)
    return _report(conforms, results, data, graph, positions, ws)


_VIOLATION = URIRef("http://www.w3.org/ns/shacl#Violation")


def _validation_dir(ws: Workspace):
    return ws.build_dir / "cache" / "validate"


def _shapes_key(ws: Workspace) -> str:
    """This version of nato-kg and the shapes files' bytes: results kept under another key are not used."""
    from ..query.safety import version_key

    files = sorted(ws.ontology_dir.glob("shapes*.ttl"))
    return version_key("\0".join(f"{f.name}\0{f.read_text(encoding='utf-8', errors='replace')}" for f in files))


def _keep_results(ws: Workspace, key: str, results: list[_Result]) -> None:
    """Keep ``results`` with a hard link to the build's sorted N-Triples they belong to (the link is made
    first and the record, which names it, last: a kill in between leaves a record that does not match)."""
    import json
    import os

    from ..output import atomic_write_bytes
    from ..rdfio import n3_terms
    from ..store import _ntriples_cache

    folder = _validation_dir(ws)
    graph_nt = _ntriples_cache(ws)[0]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "results.json").unlink(missing_ok=True)
        link = folder / ".graph.nt.tmp"
        link.unlink(missing_ok=True)
        os.link(graph_nt, link)
        os.replace(link, folder / "graph.nt")
        stat = (folder / "graph.nt").stat()
        rows = [n3_terms(r[:5]) + [list(r[5])] for r in results]
        body = {"key": key, "graph": [stat.st_size, stat.st_mtime_ns], "results": rows}
        atomic_write_bytes(folder / "results.json", json.dumps(body).encode("utf-8"))
    except OSError:
        pass  # a read-only or full disk only means validating whole next time


def _last_results(ws: Workspace, key: str) -> tuple[bytes, list[_Result]] | None:
    """The sorted N-Triples last validated and their results, when kept under ``key`` and intact."""
    import json

    from ..rdfio import from_n3_terms

    folder = _validation_dir(ws)
    try:
        body = json.loads((folder / "results.json").read_text(encoding="utf-8"))
        stat = (folder / "graph.nt").stat()
        if body["key"] != key or body["graph"] != [stat.st_size, stat.st_mtime_ns]:
            return None
        results = [from_n3_terms(row[:5]) + (list(row[5]),) for row in body["results"]]
        return (folder / "graph.nt").read_bytes(), results
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None


#: Below this many triples one process validates (forking costs more than it saves).
PARALLEL_FROM_TRIPLES = 50_000

#: One SHACL result as plain terms: focus, path, message, value, severity, nested reasons.
_Result = tuple


def _validate(data, shapes) -> tuple[bool, list[_Result]]:
    """pySHACL on ``data``: whether it conforms, and its results."""
    import pyshacl
    from rdflib import Literal
    from rdflib.namespace import RDF, SH

    from .shacl_speed import faster_pyshacl

    with faster_pyshacl():
        conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", allow_warnings=True,
                                               allow_infos=True)
    results = []
    for node in report.subjects(RDF.type, SH.ValidationReport):
        for result in report.objects(node, SH.result):
            details = sorted({f"{report.value(d, SH.resultMessage) or 'constraint not met'}"
                              + (f" (value: {report.value(d, SH.value)})"
                                 if isinstance(report.value(d, SH.value), Literal) else "")
                              for d in report.objects(result, SH.detail)})
            results.append((report.value(result, SH.focusNode), report.value(result, SH.resultPath),
                            report.value(result, SH.resultMessage), report.value(result, SH.value),
                            report.value(result, SH.resultSeverity), details))
    return bool(conforms), results


def _in_processes(data, shapes, groups: list, jobs: int) -> tuple[bool, list[_Result]]:
    """Each targeted shape validated in its own task, ``jobs`` forked processes at a time.

    A task is given every shape but with the other shapes' targets taken away, so nested
    shapes are found as in one run (pySHACL's ``use_shapes`` does not find them). Forking
    shares the memory graph without copying or pickling it; blank nodes in the results keep
    their identity, so each is still found in ``data`` afterwards. The largest shapes go
    first (by their focus nodes' count) so that the processes finish close together."""
    from ..parallel import spread
    from .shape_scope import focus_estimate, only_targets_of

    groups = sorted(groups, key=lambda shape: -focus_estimate(data, shapes, shape))
    return _gathered(spread(lambda shape: _validate(data, only_targets_of(shapes, shape)), groups, jobs))


def _apart(reader, shapes, scope, groups: list, jobs: int) -> tuple[bool, list[_Result]]:
    """Each targeted shape validated in its own task, ``jobs`` forked processes at a time, each task
    reading from the build's file only the triples its shape reads (:func:`.shape_scope.one_shape_scope`).

    The memory graph of every shape's triples is never made: at 1.1M triples it alone held
    about 1 GB in the parent, which every child shared and grew from. Where the file's lines start
    is found once here, before forking, so the children share it. The shapes that read the most
    triples go first, so that the processes finish close together."""
    from ..parallel import spread
    from .shape_scope import one_shape_scope, only_targets_of, scoped_graph

    # a part of shapes all in SHACL Core is too (the whole ``scope`` when it were not)
    scopes = {shape: one_shape_scope(shapes, shape) or scope for shape in groups}

    def size(shape) -> int:
        return sum(reader.count(p) or 0 for p in scopes[shape].predicates)

    def task(shape) -> tuple[bool, list[_Result]]:
        import gc

        from ..collector import give_back

        data = scoped_graph(reader.graph, scopes[shape], reader)
        reader.forget()  # this process's next task starts from nothing but the file (the graph holds its terms)
        give_back()
        outcome = _validate(data, only_targets_of(shapes, shape))
        # the collector is paused here (as in the parent when forked): pySHACL's cycles, which hold the
        # data graph, are collected now, or the process's next task would grow on top of them
        del data
        gc.collect()
        give_back()
        return outcome

    return _gathered(spread(task, sorted(groups, key=lambda shape: -size(shape)), jobs))


def _gathered(done: list[tuple[bool, list[_Result]]]) -> tuple[bool, list[_Result]]:
    """Whether every task's graph conformed, and all their results."""
    return all(ok for ok, _ in done), [r for _, results in done for r in results]


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
