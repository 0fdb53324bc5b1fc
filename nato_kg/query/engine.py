"""Run a prepared query on a graph in a forked child process that can be stopped.

rdflib's engine has no timeout and runs in pure Python; a forked child shares the
loaded graph for free, and killing it stops a runaway query (and frees its memory)
without leaving a thread behind. The child also has no network (a second wall behind
the SERVICE check: both rdflib and Oxigraph would make the HTTP call) and a memory cap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .errors import QueryError, QueryTimeout
from .safety import query_type

DEFAULT_TIMEOUT = 30.0
#: The memory a query may use beyond what the process had when it started (bytes).
DEFAULT_MEMORY_LIMIT = 4 * 2**30


@dataclass
class QueryResult:
    """What a query returned: rows for SELECT, a boolean for ASK, a graph for CONSTRUCT/DESCRIBE."""

    type: str
    vars: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    graph: object | None = None  # an rdflib Graph for CONSTRUCT / DESCRIBE


def canonical(term):
    """Write xsd:decimal values canonically (``1050000000``, ``2.5``), whatever the engine produced."""
    from rdflib import Literal
    from rdflib.namespace import XSD

    if isinstance(term, Literal) and term.datatype == XSD.decimal:
        try:
            text = format(Decimal(str(term)), "f")
        except ArithmeticError:
            return term
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return Literal(text, datatype=XSD.decimal)
    return term


def _evaluate(graph, query, bindings, text: str | None = None, reopen: bool = False) -> tuple:
    from ..store import is_oxigraph, open_oxigraph_graph

    kind = query_type(query)
    if is_oxigraph(graph):
        # Oxigraph runs the checked text itself (oxrdflib takes no parsed query); its
        # substitutions accept projected variables only, so parameters travel as a VALUES block.
        if text is None:
            from .safety import final_text

            text = final_text(query, bindings)
        if reopen and getattr(graph, "nato_kg_store_path", None):  # in a forked child: a handle of its own on the
            # persistent store, never the parent's (an in-memory store is the child's own copy after the fork)
            graph = open_oxigraph_graph(graph.nato_kg_store_path)
        if kind == "SELECT":  # straight from pyoxigraph: oxrdflib's row-by-row conversion costs 5x the query
            from ..store import from_ox, inner_store

            solutions = inner_store(graph).query(text)
            names = [v.value for v in solutions.variables]
            cache: dict = {}
            rows = [tuple(None if t is None else cache.get(t) or cache.setdefault(t, canonical(from_ox(t)))
                          for t in solution) for solution in solutions]
            return kind, names, rows, None, None
        result = graph.query(text)
    else:
        from .safety import Checked

        result = graph.query(query.parsed() if isinstance(query, Checked) else query, initBindings=bindings)
    if kind == "SELECT":
        names = [str(v) for v in result.vars]
        return kind, names, [tuple(canonical(t) for t in row) for row in result], None, None
    if kind == "ASK":
        return kind, [], [], bool(result.askAnswer), None
    return kind, [], [], None, list(result.graph) if result.graph is not None else list(result)


def _child(conn, graph, query, bindings, text, memory_limit) -> None:
    import resource

    from .isolation import isolate, near_memory_cap

    start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    try:
        isolate(memory_limit)
        conn.send(("ok", _evaluate(graph, query, bindings, text, reopen=True)))
    except BaseException as exc:  # report any failure to the parent, never hang it
        chain: BaseException | None = exc
        seen = 0
        while chain is not None and seen < 20 and not isinstance(chain, MemoryError):
            chain, seen = chain.__cause__ or chain.__context__, seen + 1
        try:
            out_of_memory = isinstance(chain, MemoryError) or near_memory_cap(memory_limit, start)
            conn.send(("memory", None) if out_of_memory else ("error", f"{type(exc).__name__}: {exc}"))
        except BaseException:  # no memory left even to report: the parent sees the child end
            pass
    finally:
        conn.close()


def run_query(graph, query, bindings: dict | None = None, timeout: float | None = DEFAULT_TIMEOUT,
              text: str | None = None, memory_limit: int | None = DEFAULT_MEMORY_LIMIT) -> QueryResult:
    """Evaluate a prepared query (see :func:`~nato_kg.query.safety.prepare`) on ``graph``.

    The query runs in a forked child without network access (see :func:`isolate`),
    whose memory is capped at ``memory_limit`` bytes and which is killed after
    ``timeout`` seconds (:class:`QueryTimeout`); ``timeout=None`` or 0 sets no time
    limit. An Oxigraph-backed graph runs ``text`` (the checked text with its parameters,
    see :func:`~nato_kg.query.safety.final_text`) in Oxigraph's engine.
    """
    import multiprocessing  # here, not at the top: an answer kept from the last build needs no process

    from rdflib import Graph

    bindings = bindings or {}
    if "fork" not in multiprocessing.get_all_start_methods():  # pragma: no cover - POSIX has fork
        outcome = _evaluate(graph, query, bindings, text)
    else:
        ctx = multiprocessing.get_context("fork")
        receiver, sender = ctx.Pipe(duplex=False)
        child = ctx.Process(target=_child, args=(sender, graph, query, bindings, text, memory_limit), daemon=True)
        child.start()
        sender.close()
        try:
            if not receiver.poll(timeout or None):
                child.kill()
                raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped (raise --timeout to allow more)")
            try:
                status, outcome = receiver.recv()
            except EOFError:
                child.join(1)
                code = child.exitcode
                how = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
                hint = f"; it may have needed more than the memory limit of {memory_limit // 2**20} MiB" if memory_limit else ""
                raise QueryError(f"the query process ended unexpectedly ({how}){hint}") from None
        finally:
            receiver.close()
            child.join(1)
            if child.is_alive():
                child.kill()
                child.join()
        if status == "memory":
            raise QueryError(f"the query needed more than the memory limit of {(memory_limit or 0) // 2**20} MiB "
                             "and was stopped")
        if status == "error":
            raise QueryError(f"the query failed: {outcome}")
    kind, names, rows, boolean, triples = outcome
    result = QueryResult(kind, names, rows, boolean)
    if triples is not None:
        out = Graph()
        for prefix, ns in graph.namespaces():
            out.bind(prefix, ns, override=True, replace=True)
        for triple in triples:
            out.add(triple)
        result.graph = out
    return result


__all__ = ["QueryResult", "run_query", "DEFAULT_TIMEOUT", "DEFAULT_MEMORY_LIMIT", "canonical"]
