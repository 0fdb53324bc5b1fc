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
    #: The rows hold the pyoxigraph terms the engine gave (decimals canonical), not rdflib's: asked for
    #: (``Running.result(native=True)``) where the answer is written without rdflib, which costs a tenth of
    #: a second to import. :func:`with_rdflib_terms` converts them.
    native: bool = False


_XSD_DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"


def _canonical_decimal(text: str) -> str | None:
    """An ``xsd:decimal``'s canonical lexical form (``1050000000``, ``2.5``), or None if ``text`` is no decimal.

    >>> _canonical_decimal("1050000000.0"), _canonical_decimal("2.50"), _canonical_decimal("x")
    ('1050000000', '2.5', None)
    """
    try:
        text = format(Decimal(text), "f")
    except ArithmeticError:
        return None
    return text.rstrip("0").rstrip(".") if "." in text else text


def canonical(term):
    """Write xsd:decimal values canonically (``1050000000``, ``2.5``), whatever the engine produced."""
    from rdflib import Literal
    from rdflib.namespace import XSD

    if isinstance(term, Literal) and term.datatype == XSD.decimal:
        text = _canonical_decimal(str(term))
        return term if text is None else Literal(text, datatype=XSD.decimal)
    return term


def _canonical_ox(term):
    """:func:`canonical` for a pyoxigraph term (without importing rdflib)."""
    import pyoxigraph as ox

    if isinstance(term, ox.Literal) and term.datatype.value == _XSD_DECIMAL:
        text = _canonical_decimal(term.value)
        if text is not None and text != term.value:
            return ox.Literal(text, datatype=term.datatype)
    return term


def with_rdflib_terms(result: QueryResult) -> QueryResult:
    """``result`` with rdflib terms in its rows (itself if they are already): each distinct pyoxigraph term
    converted once (terms repeat down a column)."""
    if not result.native:
        return result
    from ..store import from_ox

    converted = _each_term(result, lambda t: canonical(from_ox(t)))
    converted.native = False
    return converted


def _each_term(result: QueryResult, convert) -> QueryResult:
    """``result`` with ``convert`` applied to every term of its rows, once per distinct term."""
    done = dict[object, object]()
    rows = [tuple(None if t is None else done.get(t) or done.setdefault(t, convert(t)) for t in row)
            for row in result.rows]
    return QueryResult(result.type, result.vars, rows, result.boolean, result.graph, result.native)


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
            from ..store import inner_store

            return _on_store(inner_store(graph), text, kind)
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


def _on_store(store, text: str, kind: str) -> tuple:
    """``text`` (a SELECT or ASK) answered by a pyoxigraph Store; rows stay pyoxigraph terms (marked "ox"),
    which the parent converts: this process need not import rdflib."""
    solutions = store.query(text)
    if kind == "ASK":
        return kind, [], [], bool(solutions), None
    return kind, [v.value for v in solutions.variables], [tuple(s) for s in solutions], None, "ox"


def _on_built(where: tuple[str, str], text: str, kind: str) -> tuple:
    from ..store import open_for_engine

    return _on_store(open_for_engine(where), text, kind)


def _child(out: int, evaluate, memory_limit, parent: int) -> None:
    """In the forked child: fence the process, evaluate, and write ``(status, outcome)`` pickled to the pipe ``out``."""
    import pickle
    import resource

    from .isolation import isolate, near_memory_cap

    start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    try:
        isolate(memory_limit, parent)
        message = pickle.dumps(("ok", evaluate()), protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException as exc:  # report any failure to the parent, never hang it
        chain: BaseException | None = exc
        seen = 0
        while chain is not None and seen < 20 and not isinstance(chain, MemoryError):
            chain, seen = chain.__cause__ or chain.__context__, seen + 1
        try:
            out_of_memory = isinstance(chain, MemoryError) or near_memory_cap(memory_limit, start)
            message = pickle.dumps(("memory", None) if out_of_memory else ("error", f"{type(exc).__name__}: {exc}"))
        except BaseException:  # no memory left even to report: the parent sees the child end
            return
    with open(out, "wb", closefd=False) as pipe:
        pipe.write(message)


class Running:
    """A query evaluating in a forked child (or, where there is no ``fork``, already evaluated):
    :meth:`result` waits for its answer. See :func:`start_query` and :func:`start_on_built`.

    A plain ``os.fork`` and a pipe, not :mod:`multiprocessing`: importing that and starting its
    ``Process`` cost 0.02–0.03 s, as long as the engine takes to answer a named query on the seed graph."""

    def __init__(self, evaluate, memory_limit: int | None, graph=None) -> None:
        import os

        self.memory_limit = memory_limit
        self.graph = graph  # its namespaces go to a CONSTRUCT's graph
        self.outcome: tuple | None = None
        self.pid = 0
        if not hasattr(os, "fork"):  # pragma: no cover - POSIX has fork
            self.outcome = evaluate()
            return
        import pickle  # noqa: F401  # (before the fork: both sides need it, and the child's time is the caller's wait)

        receive, send = os.pipe()
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # the child: it never returns into the caller's code, and leaves without its clean-up
            try:
                os.close(receive)
                _child(send, evaluate, memory_limit, parent)
            finally:
                os._exit(0)
        os.close(send)
        self.pid, self.receive = pid, receive

    def result(self, timeout: float | None = DEFAULT_TIMEOUT, native: bool = False) -> QueryResult:
        """The answer, once the child sent it; :class:`QueryTimeout` after ``timeout`` seconds
        (None or 0: no limit), :class:`QueryError` if the child failed or went over its memory.
        With ``native``, rows the engine gave as pyoxigraph terms stay so (see :attr:`QueryResult.native`)."""
        if self.outcome is None:
            self.outcome = self._wait(timeout)
        kind, names, rows, boolean, extra = self.outcome
        if extra == "ox":
            ox_rows = QueryResult(kind, names, rows, boolean, native=True)
            return _each_term(ox_rows, _canonical_ox) if native else with_rdflib_terms(ox_rows)
        result = QueryResult(kind, names, rows, boolean)
        if isinstance(extra, list):
            from rdflib import Graph

            out = Graph()
            for prefix, ns in (self.graph.namespaces() if self.graph is not None else ()):
                out.bind(prefix, ns, override=True, replace=True)
            for triple in extra:
                out.add(triple)
            result.graph = out
        return result

    def _read(self, timeout: float | None) -> bytes | None:
        """Everything the child wrote, once it closed the pipe; None if ``timeout`` seconds passed first."""
        import os
        import select
        import time

        ends = time.monotonic() + timeout if timeout else None
        chunks: list[bytes] = []
        while True:
            left = None if ends is None else ends - time.monotonic()
            if left is not None and (left <= 0 or not select.select([self.receive], [], [], left)[0]):
                return None
            chunk = os.read(self.receive, 1 << 20)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)

    def _wait(self, timeout: float | None) -> tuple:
        import os
        import pickle
        import signal

        memory_limit, message = self.memory_limit, None
        try:
            message = self._read(timeout)
        finally:
            os.close(self.receive)
            if message is None:  # timed out, or interrupted while waiting: the child must not run on
                os.kill(self.pid, signal.SIGKILL)
            _, code = os.waitpid(self.pid, 0)
        if message is None:
            raise QueryTimeout.after(timeout or 0)
        if not message:
            how = f"signal {os.WTERMSIG(code)}" if os.WIFSIGNALED(code) else f"exit code {os.waitstatus_to_exitcode(code)}"
            hint = f"; it may have needed more than the memory limit of {memory_limit // 2**20} MiB" if memory_limit else ""
            raise QueryError(f"the query process ended unexpectedly ({how}){hint}")
        status, outcome = pickle.loads(message)
        if status == "memory":
            raise QueryError(f"the query needed more than the memory limit of {(memory_limit or 0) // 2**20} MiB "
                             "and was stopped")
        if status == "error":
            raise QueryError(f"the query failed: {outcome}")
        return outcome


def start_query(graph, query, bindings: dict | None = None, text: str | None = None,
                memory_limit: int | None = DEFAULT_MEMORY_LIMIT) -> Running:
    """Start evaluating a prepared query on ``graph`` in a forked child; see :func:`run_query`."""
    from functools import partial

    return Running(partial(_evaluate, graph, query, bindings or {}, text, reopen=True), memory_limit, graph)


def start_on_built(where: tuple[str, str], text: str, kind: str,
                   memory_limit: int | None = DEFAULT_MEMORY_LIMIT) -> Running:
    """Start answering ``text`` (a checked SELECT or ASK with its parameters, see
    :func:`~nato_kg.query.safety.final_text`) on the last build, in a forked child that opens it
    itself (:func:`~nato_kg.store.built_for_engine`'s ``where``). Started before the caller imports
    rdflib, the engine runs while the caller's process gets ready to write the answer."""
    from functools import partial

    import pyoxigraph  # noqa: F401  # (before the fork, as pickle: the child opens the build with it, the caller reads its terms)

    return Running(partial(_on_built, where, text, kind), memory_limit)


def run_query(graph, query, bindings: dict | None = None, timeout: float | None = DEFAULT_TIMEOUT,
              text: str | None = None, memory_limit: int | None = DEFAULT_MEMORY_LIMIT) -> QueryResult:
    """Evaluate a prepared query (see :func:`~nato_kg.query.safety.prepare`) on ``graph``.

    The query runs in a forked child without network access (see :func:`isolate`),
    whose memory is capped at ``memory_limit`` bytes and which is killed after
    ``timeout`` seconds (:class:`QueryTimeout`); ``timeout=None`` or 0 sets no time
    limit. An Oxigraph-backed graph runs ``text`` (the checked text with its parameters,
    see :func:`~nato_kg.query.safety.final_text`) in Oxigraph's engine.
    """
    return start_query(graph, query, bindings, text, memory_limit).result(timeout)


__all__ = ["QueryResult", "Running", "run_query", "start_query", "start_on_built", "DEFAULT_TIMEOUT", "DEFAULT_MEMORY_LIMIT", "canonical",
           "with_rdflib_terms"]
