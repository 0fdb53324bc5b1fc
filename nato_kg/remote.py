"""Talking to a SPARQL server: push the graph (Graph Store Protocol), run queries (SPARQL protocol).

Oxigraph, Apache Jena Fuseki, GraphDB and Virtuoso all speak SPARQL 1.1 Protocol and
the Graph Store HTTP Protocol, so the same two calls work against each; only the
endpoint URLs differ (see the README). The standard library's HTTP client is enough.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

from .errors import NatoKGError

USER_AGENT = "nato-kg"


class RemoteError(NatoKGError):
    """The server could not be reached or refused the request."""


def _check_url(url: str) -> None:
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise RemoteError(f"{url!r} is not an http(s) URL")


def _send(request: urllib.request.Request, timeout: float) -> tuple[int, bytes, str]:
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - scheme checked
            return response.status, response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        body = exc.read()[:500].decode("utf-8", "replace").strip()
        raise RemoteError(f"{request.full_url}: HTTP {exc.code} {exc.reason}" + (f": {body}" if body else "")) from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise RemoteError(f"cannot reach {request.full_url}: {reason}") from None


def graph_store_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL for a named graph (``?graph=…``) or the default graph (``?default``)."""
    _check_url(endpoint)
    sep = "&" if "?" in endpoint else "?"
    return f"{endpoint}{sep}graph={urllib.parse.quote(graph, safe='')}" if graph else f"{endpoint}{sep}default"


def push(ntriples: bytes, endpoint: str, graph: str | None = None, timeout: float = 120.0) -> int:
    """Replace the target graph on the server with these N-Triples (HTTP PUT); returns the HTTP status."""
    url = graph_store_url(endpoint, graph)
    request = urllib.request.Request(url, data=ntriples, method="PUT",
                                     headers={"Content-Type": "application/n-triples", "User-Agent": USER_AGENT})
    status, _, _ = _send(request, timeout)
    return status


def remote_query(endpoint: str, text: str, kind: str, timeout: float = 30.0):
    """Run ``text`` on a SPARQL endpoint (POST, ``application/sparql-query``) into a QueryResult."""
    from rdflib import Graph
    from rdflib.plugins.sparql.results.jsonresults import JSONResultParser

    from .query.engine import QueryResult, canonical

    _check_url(endpoint)
    graph_result = kind in ("CONSTRUCT", "DESCRIBE")
    accept = "application/n-triples" if graph_result else "application/sparql-results+json"
    request = urllib.request.Request(endpoint, data=text.encode("utf-8"), method="POST", headers={
        "Content-Type": "application/sparql-query; charset=utf-8", "Accept": accept, "User-Agent": USER_AGENT})
    _, body, content_type = _send(request, timeout)
    if graph_result:
        fmt = "turtle" if "turtle" in content_type else "nt"
        return QueryResult(kind, graph=Graph().parse(data=body.decode("utf-8"), format=fmt))
    try:
        parsed = JSONResultParser().parse(__import__("io").StringIO(body.decode("utf-8")))
    except (ValueError, KeyError, json.JSONDecodeError) as exc:
        raise RemoteError(f"{endpoint} did not answer with SPARQL JSON results: {exc}") from None
    if kind == "ASK":
        return QueryResult("ASK", boolean=bool(parsed.askAnswer))
    names = [str(v) for v in parsed.vars]
    rows = [tuple(canonical(b.get(v)) for v in parsed.vars) for b in parsed.bindings]
    return QueryResult("SELECT", names, rows)
