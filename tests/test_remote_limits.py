"""Servers that misbehave: a total deadline, a size cap, and one clear line for what they answer.

Regressions: a server dripping one byte a second made ``--timeout 3`` take 48.5 s; a 2 GiB
answer used 4.2 GB and crashed; DESCRIBE/CONSTRUCT against a server answering garbage
ended in tracebacks; an HTML error page was printed whole.
"""

from __future__ import annotations

import http.server
import threading
import time

import pytest
from click.testing import CliRunner

from nato_kg.cli import cli


class Handler(http.server.BaseHTTPRequestHandler):
    mode = "ok"

    def log_message(self, *args):
        pass

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        mode = self.server.mode
        if mode == "drip":
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            for _ in range(30):
                try:
                    self.wfile.write(b" ")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.5)
        elif mode == "huge":
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            try:
                for _ in range(64):
                    self.wfile.write(b" " * 65536)
            except OSError:
                pass
        elif mode == "garbage":
            body = b"\x00\xffthis is not RDF { at all"
            self.send_response(200)
            self.send_header("Content-Type", self.headers.get("Accept", "").split(",")[0])
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif mode == "html-error":
            body = (b"<!DOCTYPE html><html><head><title>Error 500</title><style>p{}</style></head>"
                    b"<body><h1>Virtuoso 42000 Error</h1><p>Permission denied for delete from DB.DBA.RDF_QUAD</p>"
                    + b"<p>padding</p>" * 200 + b"</body></html>")
            self.send_response(500)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        self.close_connection = True


@pytest.fixture
def bad_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def run(ws, *args):
    return CliRunner().invoke(cli, ["-w", str(ws.root), *args])


def _clean(result):
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 2, result.output
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_regression_a_dripping_server_is_cut_off_at_the_total_deadline(make_ws, bad_server):
    ws = make_ws()
    bad_server.mode = "drip"
    started = time.monotonic()
    result = run(ws, "query", "-e", "SELECT * WHERE { ?s ?p ?o }", "--timeout", "2",
                 "--endpoint", f"http://127.0.0.1:{bad_server.server_port}/sparql")
    assert time.monotonic() - started < 8
    _clean(result)
    assert "within 2 s" in result.stderr or "longer than 2 s" in result.stderr


def test_regression_an_oversized_answer_is_refused_not_read_on(make_ws, bad_server, monkeypatch):
    import nato_kg.remote

    monkeypatch.setattr(nato_kg.remote, "MAX_ANSWER_BYTES", 1_000_000)
    ws = make_ws()
    bad_server.mode = "huge"
    result = run(ws, "query", "-e", "SELECT * WHERE { ?s ?p ?o }",
                 "--endpoint", f"http://127.0.0.1:{bad_server.server_port}/sparql")
    _clean(result)
    assert "larger than the limit" in result.stderr


@pytest.mark.parametrize("query", ["SELECT * WHERE { ?s ?p ?o }", "ASK { ?s ?p ?o }",
                                   "CONSTRUCT WHERE { ?s ?p ?o }", "DESCRIBE <https://example.org/x>"])
def test_regression_garbage_answers_are_one_clear_line(make_ws, bad_server, query):
    ws = make_ws()
    bad_server.mode = "garbage"
    result = run(ws, "query", "-e", query, "--endpoint", f"http://127.0.0.1:{bad_server.server_port}/sparql")
    _clean(result)
    assert "did not answer with" in result.stderr


def test_an_html_error_page_becomes_one_line(make_ws, bad_server):
    ws = make_ws()
    bad_server.mode = "html-error"
    result = run(ws, "query", "pledges", "--endpoint", f"http://127.0.0.1:{bad_server.server_port}/sparql")
    _clean(result)
    assert "HTTP 500" in result.stderr and "Permission denied for delete" in result.stderr
    assert "<" not in result.stderr and len(result.stderr) < 400
