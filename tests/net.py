"""Network helpers for tests: a loopback listener that counts connections, and a real Oxigraph server."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest


class Listener:
    """A loopback TCP listener that counts connections (nothing should ever connect)."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.stop = False
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while not self.stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self):
        self.stop = True
        self.thread.join()
        self.sock.close()


@pytest.fixture
def listener():
    server = Listener()
    yield server
    server.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running(command: list[str], name: str, ready, within: float, stop_within: float, cwd=None):
    """Start a server process, wait until ``ready()`` (failing the test if it dies or takes longer than
    ``within`` seconds), and stop it afterwards (killed if it does not end within ``stop_within``)."""
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + within
    while not ready():
        assert proc.poll() is None, proc.stderr.read().decode()
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"{name} did not start within {within:g} s")
        time.sleep(0.1)
    try:
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(stop_within)
        except subprocess.TimeoutExpired:
            proc.kill()


def _connects(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
        return True
    except OSError:
        return False


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    assert binary, "the oxigraph server binary comes with the test extra (pip install -e '.[test]')"
    port = free_port()
    data = tmp_path_factory.mktemp("oxigraph-server")
    with running([binary, "serve", "--location", str(data), "--bind", f"127.0.0.1:{port}"], "the Oxigraph server",
                 lambda: _connects(port), within=30, stop_within=10):
        yield f"http://127.0.0.1:{port}"


_VIRTUOSO_INI = """[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
ServerThreads = 10
CheckpointInterval = 60
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., /usr/share/virtuoso-opensource-7/vad

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerThreads = 10
MaxClientConnections = 10

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    """A real Virtuoso 7 (Debian's virtuoso-opensource, installed by .ci/run) on loopback, with a fresh
    database (its administrator is dba/dba); yields the base URL."""
    import urllib.request

    binary = shutil.which("virtuoso-t")
    assert binary, "Virtuoso comes from Debian's virtuoso-opensource package (apt-get install virtuoso-opensource)"
    folder = tmp_path_factory.mktemp("virtuoso")
    http_port, sql_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(_VIRTUOSO_INI.format(db=folder, sql_port=sql_port, http_port=http_port))
    base = f"http://127.0.0.1:{http_port}"

    def answers() -> bool:
        try:
            with urllib.request.urlopen(f"{base}/sparql?query=ASK%7B%7D", timeout=2) as answer:
                return answer.status == 200
        except OSError:
            return False

    with running([binary, "+foreground", "+configfile", str(ini)], "Virtuoso", answers, within=90, stop_within=30,
                 cwd=folder):
        yield base
