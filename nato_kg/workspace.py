"""Finding and creating workspaces: a folder with ``seeds/``, ``ontology/`` and ``queries/``.

Commands look for a workspace from the current directory upwards (like git looks for
``.git``), or use the one named with ``--workspace``. An optional ``nato-kg.toml`` at
its root holds settings such as the base IRI of the data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import WorkspaceError
from .prefixes import DEFAULT_BASE_IRI

CONFIG_NAME = "nato-kg.toml"


@dataclass(frozen=True)
class Workspace:
    """A workspace folder and its settings."""

    root: Path
    config: dict = field(default_factory=dict, compare=False)

    @property
    def seeds_dir(self) -> Path:
        return self.root / "seeds"

    @property
    def ontology_dir(self) -> Path:
        return self.root / "ontology"

    @property
    def queries_dir(self) -> Path:
        return self.root / "queries"

    @property
    def build_dir(self) -> Path:
        return self.root / "build"

    def cache_dir(self, part: str) -> Path:
        """The folder under ``build/cache/`` where one part of nato-kg keeps what its next run can reuse."""
        return self.build_dir / "cache" / part

    @property
    def graph_path(self) -> Path:
        """Where ``nato-kg build`` writes the Turtle graph."""
        return self.build_dir / "nato_kg.ttl"

    @property
    def base_iri(self) -> str:
        """The base of data IRIs: ``[graph] base_iri`` in ``nato-kg.toml``, or the default."""
        return self.config.get("graph", {}).get("base_iri", DEFAULT_BASE_IRI)

    def relative(self, path: Path) -> str:
        """``path`` relative to the workspace when it is inside it (for messages)."""
        try:
            return str(Path(path).resolve().relative_to(self.root))
        except ValueError:
            return str(path)


def _read_config(root: Path) -> dict:
    path = root / CONFIG_NAME
    if not path.is_file():
        return {}
    import tomllib  # (here: a workspace without settings need not pay its import on every command)

    try:
        config = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise WorkspaceError(f"{path}: {exc}") from exc
    base = config.get("graph", {}).get("base_iri")
    if base is not None and (not isinstance(base, str) or not base.startswith(("http://", "https://"))
                             or not base.endswith(("/", "#"))):
        raise WorkspaceError(f"{path}: [graph] base_iri must be an http(s) IRI ending in '/' or '#', not {base!r}")
    return config


def open_workspace(root: Path) -> Workspace:
    """Open the workspace at ``root``; it must have a ``seeds/`` folder."""
    root = Path(root).resolve()
    if not (root / "seeds").is_dir():
        raise WorkspaceError(f"{root} is not a nato-kg workspace (no seeds/ folder); create one with 'nato-kg init {root}'")
    ws = Workspace(root, _read_config(root))
    _recover(ws)
    return ws


def _recover(ws: Workspace) -> None:
    """Finish (or drop) a change to the seeds that a killed ``add`` or ``import`` left half done."""
    from .transaction import JOURNAL, TMP_SUFFIX, WorkspaceBusy, replay, writer_lock

    if not (ws.root / JOURNAL).exists() and not any(ws.seeds_dir.glob(f".*{TMP_SUFFIX}")):
        return
    try:
        with writer_lock(ws.build_dir, wait=0):
            replay(ws.root)
    except WorkspaceBusy:  # a writer is at work; it finishes its own change
        pass
    except OSError as exc:
        raise WorkspaceError(f"{ws.root}: cannot finish an interrupted change: {exc.strerror or exc}") from None


def find_workspace(start: Path | None = None) -> Workspace:
    """The nearest workspace at or above ``start`` (default: the current directory)."""
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "seeds").is_dir() and (folder / "ontology").is_dir():
            return open_workspace(folder)
    raise WorkspaceError(
        f"no nato-kg workspace (a folder with seeds/ and ontology/) at or above {here}; "
        "use --workspace DIR or create one with 'nato-kg init DIR'"
    )


def packaged(*parts: str):
    """A file shipped inside the package (``resources/…``), as an importlib Traversable."""
    from importlib import resources

    node = resources.files("nato_kg").joinpath("resources")
    for part in parts:
        node = node.joinpath(part)
    return node


def stale_queries(ws: Workspace) -> dict[str, str]:
    """The named queries nato-kg ships that this workspace lacks (``"missing"``) or holds in another
    version (``"differs"``): a workspace keeps the copies ``init`` gave it, so it does not see a
    later version's faster or richer queries until they are refreshed."""
    out: dict[str, str] = {}
    for item in packaged("queries").iterdir():
        if not item.is_file() or not item.name.endswith(".rq"):
            continue
        mine = ws.queries_dir / item.name
        if not mine.is_file():
            out[item.name[:-3]] = "missing"
        elif mine.read_bytes() != item.read_bytes():
            out[item.name[:-3]] = "differs"
    return out


def refresh_queries(ws: Workspace) -> dict[str, str]:
    """Bring the workspace's copies of nato-kg's named queries up to this version: each that differs
    is kept beside it as ``NAME.rq.bak`` (edits are never lost) and replaced; each missing one is
    added; queries the workspace wrote itself are left alone. Returns what was done, by name."""
    from .output import atomic_write_bytes

    done = stale_queries(ws)
    ws.queries_dir.mkdir(exist_ok=True)
    for name, state in done.items():
        mine = ws.queries_dir / f"{name}.rq"
        if state == "differs":
            atomic_write_bytes(mine.with_name(f"{name}.rq.bak"), mine.read_bytes())
        atomic_write_bytes(mine, packaged("queries", f"{name}.rq").read_bytes())
    return done


def check_base_iri(base_iri: str) -> str:
    """A base IRI for data: http(s), ending in ``/`` or ``#`` (a ``/`` is added when it ends otherwise).

    >>> check_base_iri("https://data.example.org/kg")
    'https://data.example.org/kg/'
    """
    from urllib.parse import urlsplit

    parts = urlsplit(base_iri)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c in base_iri for c in ' <>"{}|\\^`'):
        raise WorkspaceError(f"--base-iri must be an http(s) IRI such as https://data.example.org/kg/, not {base_iri!r}")
    return base_iri if base_iri.endswith(("/", "#")) else base_iri + "/"


def init_workspace(target: Path, base_iri: str | None = None) -> Workspace:
    """Create a workspace at ``target``: seed templates, the ontology, the named queries and a config file.

    Everything is checked first and written into a temporary folder beside ``target``,
    then moved into place: an error leaves nothing behind, so a retry starts clean.
    Refuses a folder that already holds ``seeds/``, so nothing a user wrote is overwritten.
    """
    import shutil
    import tempfile

    target = Path(target)
    if (target / "seeds").exists():
        raise WorkspaceError(f"{target} already has a seeds/ folder; not overwriting it")
    if target.exists() and not target.is_dir():
        raise WorkspaceError(f"{target} exists and is not a folder")
    base_iri = check_base_iri(base_iri) if base_iri else None
    if not target.parent.is_dir():
        raise WorkspaceError(f"no folder {target.parent} to create {target.name} in")
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.init-", dir=target.parent))
    except OSError as exc:
        raise WorkspaceError(f"cannot create {target}: {exc.strerror or exc}") from None
    try:
        for sub in ("seeds", "ontology", "queries"):
            (staging / sub).mkdir()
        for folder in ("ontology", "queries"):
            for item in packaged(folder).iterdir():
                if item.is_file():
                    (staging / folder / item.name).write_bytes(item.read_bytes())
        for item in packaged("workspace").iterdir():
            name = "nato-kg.toml" if item.name == "nato-kg.toml" else f"seeds/{item.name}"
            if item.is_file():
                text = item.read_text(encoding="utf-8")
                if base_iri and name == "nato-kg.toml":
                    text = text.replace(DEFAULT_BASE_IRI, base_iri)
                (staging / name).write_text(text, encoding="utf-8")
        open_workspace(staging)  # the config must read back before anything is moved into place
        if not target.exists():
            staging.rename(target)
        else:
            for child in staging.iterdir():
                if not (target / child.name).exists():
                    child.rename(target / child.name)
    except OSError as exc:
        raise WorkspaceError(f"cannot create {target}: {exc.strerror or exc}") from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return open_workspace(target)


__all__ = ["Workspace", "find_workspace", "open_workspace", "init_workspace", "packaged"]
