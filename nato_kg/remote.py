"""Talking to a SPARQL server: push the graph (Graph Store Protocol), run queries (SPARQL protocol).

Oxigraph, Apache Jena Fuseki, GraphDB and Virtuoso all speak SPARQL 1.1 Protocol and
the Graph Store HTTP Protocol, so the same two calls work against each; only the
endpoint URLs differ (see the README). The standard library's HTTP client is enough.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

from .errors import NatoKGError
from .query.errors import QueryTimeout

USER_AGENT = "nato-kg"


class RemoteError(NatoKGError):
    """The server could not be reached or refused the request."""


class RemoteTimeout(RemoteError, QueryTimeout):
    """The server did not answer in full within the time allowed."""


def _check_url(url: str) -> None:
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise RemoteError(f"{url!r} is not an http(s) URL")


#: The most bytes a server's answer may have; past it the answer is refused, not read on.
MAX_ANSWER_BYTES = 512 * 2**20


def _one_line(body: bytes, limit: int = 300) -> str:
    """A server's error body as one short line: an HTML page becomes its title and text, without tags."""
    import html
    import re

    text = body[:20000].decode("utf-8", "replace")
    if re.search(r"<html|<!doctype|<body", text, re.I):
        title = re.search(r"<title[^>]*>(.*?)</title>", text, re.I | re.S)
        main = re.sub(r"(?is)<(script|style|head)[^>]*>.*?</\1>", " ", text)
        main = re.sub(r"<[^>]+>", " ", main)
        parts = [html.unescape(title.group(1)) if title else "", html.unescape(main)]
        text = " — ".join(p for p in (" ".join(x.split()) for x in parts) if p)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _send(request: urllib.request.Request, timeout: float, max_bytes: int | None = None) -> tuple[int, bytes, str]:
    """Send ``request`` and read the whole answer within ``timeout`` seconds in all (not per read) and ``max_bytes``."""
    from .deadline import deadline

    max_bytes = max_bytes or MAX_ANSWER_BYTES

    def too_slow() -> RemoteError:
        return RemoteTimeout(f"{request.full_url}: no complete answer within {timeout:g} s (raise --timeout to allow more)")

    try:
        with deadline(timeout, too_slow):
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - scheme checked
                declared = response.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > max_bytes:
                    raise RemoteError(f"{request.full_url}: the answer ({int(declared):,} bytes) is larger than the "
                                      f"limit of {max_bytes:,} bytes")
                chunks, size = [], 0
                while chunk := response.read1(65536):
                    size += len(chunk)
                    if size > max_bytes:
                        raise RemoteError(f"{request.full_url}: the answer is larger than the limit of {max_bytes:,} bytes")
                    chunks.append(chunk)
                return response.status, b"".join(chunks), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        try:
            body = _one_line(exc.read(20000))
        except OSError:
            body = ""
        raise RemoteError(f"{request.full_url}: HTTP {exc.code} {exc.reason}" + (f": {body}" if body else "")) from None
    except (urllib.error.URLError, OSError, ValueError) as exc:  # ValueError: a URL http.client cannot send
        reason = getattr(exc, "reason", exc)
        raise RemoteError(f"cannot reach {request.full_url}: {reason}") from None
    except __import__("http.client").client.HTTPException as exc:
        raise RemoteError(f"{request.full_url}: the server's answer is not valid HTTP ({type(exc).__name__})") from None


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


def remote_query(endpoint: str, text: str, kind: str, timeout: float = 30.0, default_graphs: tuple[str, ...] = ()):
    """Run ``text`` on a SPARQL endpoint into a QueryResult.

    The query is sent as a form-encoded POST (``query=…``), the one form of the SPARQL 1.1
    Protocol every server answers (Virtuoso 7 does not answer a direct
    ``application/sparql-query`` POST); ``default_graphs`` become ``default-graph-uri``.
    """
    import pyoxigraph as ox
    from rdflib import Graph

    from .query.engine import QueryResult, canonical
    from .store import from_ox, rdflib_triples

    _check_url(endpoint)
    graph_result = kind in ("CONSTRUCT", "DESCRIBE")
    accept = "application/n-triples, text/turtle;q=0.9" if graph_result else "application/sparql-results+json"
    form = [("query", text), *(("default-graph-uri", g) for g in default_graphs)]
    request = urllib.request.Request(endpoint, data=urllib.parse.urlencode(form).encode("ascii"), method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": accept, "User-Agent": USER_AGENT})
    _, body, content_type = _send(request, timeout)
    if graph_result:
        fmt = ox.RdfFormat.TURTLE if "turtle" in content_type else ox.RdfFormat.N_TRIPLES
        try:
            triples = list(rdflib_triples(ox.parse(body, format=fmt)))
        except (SyntaxError, ValueError) as exc:
            raise RemoteError(f"{endpoint} did not answer with {fmt.name}: {_one_line(str(exc).encode())}") from None
        graph = Graph()
        for triple in triples:
            graph.add(triple)
        return QueryResult(kind, graph=graph)
    try:
        parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
    except (SyntaxError, ValueError) as exc:
        hint = _one_line(body, 120)
        raise RemoteError(f"{endpoint} did not answer with SPARQL JSON results ({_one_line(str(exc).encode(), 120)})"
                          + (f": {hint}" if hint else "")) from None
    if isinstance(parsed, ox.QueryBoolean):
        return QueryResult("ASK", boolean=bool(parsed))
    names = [v.value for v in parsed.variables]
    rows = [tuple(None if t is None else canonical(from_ox(t)) for t in solution) for solution in parsed]
    return QueryResult("SELECT", names, rows)
