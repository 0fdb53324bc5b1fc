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


class Credentials:
    """A user name and password for a server that asks for them (HTTP Basic or Digest, as the server asks).

    The password never comes from the command line: the CLI reads it from an environment
    variable or a prompt. Shown as the user name only.
    """

    def __init__(self, user: str, password: str):
        self.user, self._password = user, password

    def __repr__(self) -> str:
        return f"Credentials({self.user!r}, ***)"

    def opener(self, url: str) -> urllib.request.OpenerDirector:
        """An opener that answers the server's 401 challenge for ``url`` (Basic or Digest)."""
        manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        manager.add_password(None, url, self.user, self._password)
        return urllib.request.build_opener(urllib.request.HTTPBasicAuthHandler(manager),
                                           urllib.request.HTTPDigestAuthHandler(manager))


def _send(request: urllib.request.Request, timeout: float, max_bytes: int | None = None,
          credentials: Credentials | None = None) -> tuple[int, bytes, str]:
    """Send ``request`` and read the whole answer within ``timeout`` seconds in all (not per read) and ``max_bytes``."""
    from .deadline import deadline

    max_bytes = max_bytes or MAX_ANSWER_BYTES
    open_url = credentials.opener(request.full_url).open if credentials else urllib.request.urlopen

    def too_slow() -> RemoteError:
        return RemoteTimeout(f"{request.full_url}: no complete answer within {timeout:g} s (raise --timeout to allow more)")

    try:
        with deadline(timeout, too_slow):
            with open_url(request, timeout=timeout) as response:  # noqa: S310 - scheme checked
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
        hint = ""
        if exc.code == 401:
            hint = (" (the server wants a user: give --user NAME and the password in NATO_KG_PASSWORD or at the prompt)"
                    if credentials is None else f" (the server refused user {credentials.user!r} and its password)")
        raise RemoteError(f"{request.full_url}: HTTP {exc.code} {exc.reason}" + (f": {body}" if body else "") + hint) from None
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


def push(ntriples: bytes, endpoint: str, graph: str | None = None, timeout: float = 120.0,
         credentials: Credentials | None = None) -> int:
    """Replace the target graph on the server with these N-Triples (HTTP PUT); returns the HTTP status."""
    url = graph_store_url(endpoint, graph)
    request = urllib.request.Request(url, data=ntriples, method="PUT",
                                     headers={"Content-Type": "application/n-triples", "User-Agent": USER_AGENT})
    status, _, _ = _send(request, timeout, credentials=credentials)
    return status


def server_of(url: str) -> str:
    """The server part of an endpoint URL (``http://host:port``): push and query endpoints differ in path only."""
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def remember_push(path, endpoint: str, graph: str | None) -> None:
    """Record (in ``path``, JSON) which graph the workspace last pushed to this server."""
    import json

    from .output import atomic_write_bytes

    try:
        known = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except (OSError, ValueError):
        known = {}
    known[server_of(endpoint)] = {"endpoint": endpoint, "graph": graph}
    atomic_write_bytes(path, json.dumps(known, indent=1, sort_keys=True).encode("utf-8"))


def pushed_graph(path, endpoint: str) -> tuple[bool, str | None]:
    """Whether the workspace pushed to the server of ``endpoint``, and to which graph (None: the default graph)."""
    import json

    try:
        known = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except (OSError, ValueError):
        return False, None
    entry = known.get(server_of(endpoint))
    return (entry is not None, entry.get("graph") if entry else None)


def remote_query(endpoint: str, text: str, kind: str, timeout: float = 30.0, default_graphs: tuple[str, ...] = (),
                 credentials: Credentials | None = None):
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
    _, body, content_type = _send(request, timeout, credentials=credentials)
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
