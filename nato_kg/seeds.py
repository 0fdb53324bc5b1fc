"""Load ``seeds/*.yaml`` into typed :class:`~nato_kg.records.Seeds`, reporting every problem.

A seed file is a YAML mapping whose keys are sections: ``sources``, ``entities``,
``roles`` (the curated list of roles) and one per fact kind: ``role_assignments``,
``pledges``, ``targets``, ``claims``. Each section holds a list of records. All files of
a workspace are read before references between them are checked, so a fact may cite
a source or an entity defined in another file.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import fields as F
from .collector import paused
from .errors import NatoKGError, Position, SeedError, SeedIssue
from .kinds import ENTITY_NAMES, KINDS
from .parallel import spread, worker_count
from .records import (
    AID_TYPES,
    PLEDGE_FIGURES,
    PLEDGE_STATUSES,
    Citation,
    Claim,
    Entity,
    Pledge,
    RoleFact,
    RoleType,
    Seeds,
    Source,
    SpendingTarget,
)
from .suggest import did_you_mean
from .yamlsafe import Mapping, Sequence, Value, read_yaml

#: A seed file larger than this is refused before parsing (a seed file is hand-written).
MAX_SEED_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Field:
    """How one key of a record is read: its converter and whether it must be present."""

    convert: Callable[[Value], object]
    required: bool = False
    attr: str | None = None  # the record attribute, when it differs from the key


def _citations(value: Value) -> tuple[Citation, ...]:
    if not isinstance(value, Sequence) or not value:
        raise F.FieldProblem("expected a list of {source, evidence} entries", getattr(value, "position", None))
    out = []
    for item in value:
        if not isinstance(item, Mapping):
            raise F.FieldProblem("each entry needs 'source' and 'evidence'", getattr(item, "position", None))
        unknown = [k for k in item if k not in ("source", "evidence")]
        if unknown:
            k = unknown[0]
            raise F.FieldProblem(f"unknown key {str(k)!r}{did_you_mean(k, ('source', 'evidence'))}", k.position)
        for key in ("source", "evidence"):
            if item.get(key) is None:
                raise F.FieldProblem(f"missing or empty {key!r}", item.position)
        evidence = item["evidence"]
        try:
            quote = F.text(evidence)
        except F.FieldProblem as p:
            raise F.FieldProblem(f"evidence {p.message}", p.position) from None
        out.append(Citation(F.source_id(item["source"]), quote, item.position))
    return tuple(out)


_NOTE = Field(F.text)
_FACT = {"id": Field(F.slug, True), "sources": Field(_citations, True, "citations"), "note": _NOTE,
         "date_status": Field(F.choice("stated", "inferred")), "date_basis": Field(F.text)}

SECTIONS: dict[str, tuple[type, dict[str, Field]]] = {
    "sources": (Source, {
        "id": Field(F.source_id, True),
        "title": Field(F.text, True),
        "kind": Field(F.choice("article", "reference", "import")),
        "title_status": Field(F.choice("stated", "curated")),
        "date": Field(F.date_value),
        "date_status": Field(F.choice("stated", "inferred", "unknown")),
        "date_basis": Field(F.text),
        "file": Field(F.text),
        "publisher": Field(F.slug),  # an entity's id (checked with the references)
        "url": Field(F.url),
        "note": _NOTE,
    }),
    "entities": (Entity, {
        "id": Field(F.slug, True),
        "type": Field(F.choice(*ENTITY_NAMES), True),
        "label": Field(F.text, True),
        "aliases": Field(F.list_of(F.text)),
        "wikidata": Field(F.qid),
        "iso3166": Field(F.iso3166),
        "government_of": Field(F.slug),
        "note": _NOTE,
    }),
    "roles": (RoleType, {
        "id": Field(F.slug, True),
        "label": Field(F.text, True),
        "broader": Field(F.slug),
        "note": _NOTE,
    }),
}

#: The fields of each fact kind's records (the kind's section and record class come from
#: :mod:`nato_kg.kinds`).
FACT_FIELDS: dict[str, dict[str, Field]] = {
    "role": {
        **_FACT,
        "person": Field(F.slug, True),
        "role": Field(F.slug, True),
        "organization": Field(F.slug, True),
        "start": Field(F.date_value),
        "end": Field(F.date_value),
        "as_of": Field(F.date_value),
        "status": Field(F.choice("current", "former")),
    },
    "pledge": {
        **_FACT,
        "donor": Field(F.slug, True),
        "recipient": Field(F.slug, True),
        "amount": Field(F.positive_decimal, True),
        "currency": Field(F.currency, True),
        "amount_usd": Field(F.positive_decimal),
        "purpose": Field(F.text),
        "date": Field(F.date_value),
        "figure": Field(F.choice(*PLEDGE_FIGURES)),
        "aid_type": Field(F.choice(*AID_TYPES)),
        "status": Field(F.choice(*PLEDGE_STATUSES)),
        "period": Field(F.text),
        "joint_with": Field(F.list_of(F.slug)),
        "share_of": Field(F.slug),
    },
    "target": {
        **_FACT,
        "actor": Field(F.slug, True),
        "percent_gdp": Field(F.percent, True),
        "year": Field(F.year),
        "proposed_by": Field(F.list_of(F.slug)),
        "status": Field(F.choice("demanded", "proposed", "agreed", "benchmark", "intended")),
        "category": Field(F.choice("defence", "security-related")),
        "date": Field(F.date_value),
    },
    "claim": {
        **_FACT,
        "speaker": Field(F.slug, True),
        "text": Field(F.text, True),
        "kind": Field(F.choice("quote", "paraphrase"), True, "claim_kind"),
        "date": Field(F.date_value),
        "about": Field(F.list_of(F.slug)),
        "same_statement_as": Field(F.list_of(F.slug)),
        "topic": Field(F.text),
    },
}
SECTIONS.update({k.section: (k.record, FACT_FIELDS[k.name]) for k in KINDS})


def _read_record(item: Value, cls: type, spec: dict[str, Field], issues: list[SeedIssue], section: str,
                 allow_candidate: bool = False):
    if not isinstance(item, Mapping):
        where = getattr(item, "position", None)
        if where is not None:
            issues.append(SeedIssue(where, f"each entry of {section!r} must be a mapping"))
        return None
    values: dict[str, object] = {}
    ok = True
    for key, value in item.items():
        field = spec.get(key)
        if field is None and allow_candidate and key == "candidate":
            continue  # review notes of 'nato-kg extract'; not part of the fact
        if field is None and allow_candidate and key == "review":
            if str(value) == "todo":  # nothing unreviewed enters the graph by accident
                issues.append(SeedIssue(key.position, "not reviewed yet (review: todo): check this entry against its "
                                        "evidence, then set 'review: done' (or delete the entry)"))
                ok = False
            elif str(value) != "done":
                issues.append(SeedIssue(getattr(value, "position", key.position), "review is 'todo' or 'done'"))
                ok = False
            continue
        if field is None:
            issues.append(SeedIssue(key.position, f"unknown key {str(key)!r} in {section}{did_you_mean(key, spec)}"))
            ok = False
            continue
        if value is None:
            if field.required:
                issues.append(SeedIssue(key.position, f"{str(key)!r} must not be empty"))
                ok = False
            continue
        try:
            values[field.attr or key] = field.convert(value)
        except F.FieldProblem as p:
            issues.append(SeedIssue(p.position or key.position, f"{key}: {p.message}"))
            ok = False
    for key, field in spec.items():
        if field.required and key not in item:
            issues.append(SeedIssue(item.position, f"missing required key {key!r} in {section}"))
            ok = False
    return cls(position=item.position, **values) if ok else None


def parse_seed_text(text: str, path: str, seeds: Seeds, issues: list[SeedIssue], fact_ids: dict | None = None,
                    allow_candidate: bool = False) -> None:
    """Read one seed file's text into ``seeds``; problems are appended to ``issues``.

    ``fact_ids`` indexes the facts read so far (by id), to find duplicates across files.
    """
    if fact_ids is None:
        fact_ids = {f.id: f for f in seeds.facts}
    doc, yaml_issues = read_yaml(text, path)
    issues.extend(yaml_issues)
    if doc is None:
        return
    if not isinstance(doc, Mapping):
        issues.append(SeedIssue(getattr(doc, "position", Position(path, 1, 1)),
                                f"a seed file is a mapping of sections ({', '.join(SECTIONS)})"))
        return
    for section, entries in doc.items():
        if section not in SECTIONS:
            issues.append(SeedIssue(section.position, f"unknown section {str(section)!r}{did_you_mean(section, SECTIONS)}"))
            continue
        if entries is None:
            continue
        if not isinstance(entries, Sequence):
            issues.append(SeedIssue(getattr(entries, "position", section.position), f"{section!r} must be a list"))
            continue
        cls, spec = SECTIONS[section]
        for item in entries:
            record = _read_record(item, cls, spec, issues, section, allow_candidate)
            if record is not None:
                _add(seeds, record, issues, fact_ids)


def _add(seeds: Seeds, record, issues: list[SeedIssue], fact_ids: dict) -> None:
    tables: dict[type, dict] = {Source: seeds.sources, Entity: seeds.entities, RoleType: seeds.roles}
    table = tables.get(type(record), fact_ids)
    first = table.get(record.id)
    if first is not None:
        issues.append(SeedIssue(record.position, f"duplicate id {record.id!r} (first at {first.position})"))
        return
    table[record.id] = record
    if table is fact_ids:
        seeds.facts.append(record)


def check_references(seeds: Seeds, issues: list[SeedIssue]) -> None:
    """Append an issue for every id a record names that does not exist (or has the wrong type)."""

    def need(ref: str, where: Position, what: str, types: tuple[str, ...] | None = None) -> None:
        ent = seeds.entities.get(ref)
        if ent is None:
            issues.append(SeedIssue(where, f"{what} {ref!r} is not a known entity{did_you_mean(ref, seeds.entities)}"))
        elif types and ent.type not in types:
            issues.append(SeedIssue(where, f"{what} {ref!r} is a {ent.type}, expected {' or '.join(types)}"))

    agents = ("person", "country", "organization")
    claims: set[str] | None = None
    for entity in seeds.entities.values():
        if entity.government_of:
            if entity.type != "organization":
                issues.append(SeedIssue(entity.position, f"government_of is for organisations, not a {entity.type}"))
            need(entity.government_of, entity.position, "government_of", ("country",))
    for source in seeds.sources.values():
        if source.publisher:
            need(source.publisher, source.position, "publisher", ("organization", "person"))
    pledges: dict[str, Pledge] | None = None
    for role in seeds.roles.values():
        if role.broader and role.broader not in seeds.roles:
            issues.append(SeedIssue(role.position, f"broader role {role.broader!r} is not in the roles list"))
    for fact in seeds.facts:
        where = fact.position
        seen_sources = set()
        for c in fact.citations:
            if c.source not in seeds.sources:
                issues.append(SeedIssue(c.position, f"source {c.source!r} is not a known source{did_you_mean(c.source, seeds.sources)}"))
            if c.source in seen_sources:
                issues.append(SeedIssue(c.position, f"source {c.source!r} is cited twice by {fact.id!r}"))
            seen_sources.add(c.source)
        if isinstance(fact, RoleFact):
            need(fact.person, where, "person", ("person",))
            need(fact.organization, where, "organization", ("organization", "country"))
            if fact.role not in seeds.roles:
                issues.append(SeedIssue(where, f"role {fact.role!r} is not in the roles list{did_you_mean(fact.role, seeds.roles)}"))
            if fact.start and fact.end and fact.end.text < fact.start.text:
                issues.append(SeedIssue(where, f"end {fact.end} is before start {fact.start}"))
        elif isinstance(fact, Pledge):
            need(fact.donor, where, "donor", agents)
            need(fact.recipient, where, "recipient", agents)
            if fact.currency == "USD" and fact.amount_usd not in (None, fact.amount):
                issues.append(SeedIssue(where, "amount_usd differs from a USD amount"))
            for other in fact.joint_with:
                need(other, where, "joint_with", agents)
            if (fact.figure == "joint") != bool(fact.joint_with):
                issues.append(SeedIssue(where, "a joint figure names its other donors in joint_with (and only a joint one does)"))
            if (fact.figure == "share") != bool(fact.share_of):
                issues.append(SeedIssue(where, "a share names the pledge it is part of in share_of (and only a share does)"))
            if fact.share_of:
                if pledges is None:  # only when a pledge is a share: big workspaces pay nothing
                    pledges = {f.id: f for f in seeds.facts if isinstance(f, Pledge)}
                whole = pledges.get(fact.share_of)
                if whole is None or whole.id == fact.id:
                    issues.append(SeedIssue(where, f"share_of {fact.share_of!r} is not another pledge{did_you_mean(fact.share_of, pledges)}"))
        elif isinstance(fact, SpendingTarget):
            need(fact.actor, where, "actor", agents)
            for p in fact.proposed_by:
                need(p, where, "proposed_by", agents)
        elif isinstance(fact, Claim):
            # schema:author takes a person or an organisation: a country speaks through its
            # government, an organisation entity of its own.
            spoken_by = seeds.entities.get(fact.speaker)
            if spoken_by is not None and spoken_by.type == "country":
                issues.append(SeedIssue(where, f"speaker {fact.speaker!r} is a country; a claim's speaker is a person or an "
                                               "organisation: name the country's government (an organization entity)"))
            else:
                need(fact.speaker, where, "speaker", ("person", "organization"))
            for a in fact.about:
                need(a, where, "about", None)
            for other in fact.same_statement_as:
                if claims is None:  # only when a claim links to another: big workspaces pay nothing
                    claims = {f.id for f in seeds.facts if isinstance(f, Claim)}
                if other not in claims or other == fact.id:
                    issues.append(SeedIssue(where, f"same_statement_as {other!r} is not another claim"
                                            f"{did_you_mean(other, claims)}"))


def load_seeds(seed_dir: Path, display_root: Path | None = None, cache_dir: Path | None = None) -> Seeds:
    """Read every ``*.yaml`` file of ``seed_dir`` (sorted by name) into :class:`Seeds`.

    Raises :class:`~nato_kg.errors.SeedError` listing every problem of every file,
    each as ``file:line:column: message``; paths are shown relative to
    ``display_root`` (the workspace) when given.

    With ``cache_dir`` (the build's), each file's records are kept there, keyed by the
    file's bytes, its name and the loader's code: an unchanged file is unpickled instead of
    parsed (YAML parsing is most of a big build). Checks across files (duplicate ids,
    references) always run on the merged records.
    """

    seeds = Seeds()
    issues: list[SeedIssue] = []
    # A link that leads nowhere is listed too, so that it is reported rather than skipped.
    files = sorted(p for p in seed_dir.glob("*.yaml") if p.is_file() or p.is_symlink()) + sorted(
        p for p in seed_dir.glob("*.yml") if p.is_file() or p.is_symlink()
    )
    fact_ids: dict = {}
    cache = _RecordCache(cache_dir) if cache_dir is not None else None
    with paused():  # millions of small records and no cycles: the collector would only rescan them
        read: list[tuple[str, str | None, list | None]] = []  # each file's name, cache key and cached records
        for path in files:
            shown = str(path.relative_to(display_root)) if display_root else str(path)
            key = cache.key(path, shown) if cache else None
            read.append((shown, key, cache.get(key) if cache and key else None))
        todo = [(path, shown) for path, (shown, _, records) in zip(files, read, strict=True) if records is None]
        # the files not cached are parsed several at a time on a big workspace (see nato_kg.parallel)
        parsed = iter(spread(_parsed_file, todo, worker_count(sum(_size(path) for path, _ in todo), len(todo))))
        for shown, key, records in read:
            if records is None:
                blob, local = next(parsed)
                records = pickle.loads(blob)
                issues.extend(local)
                if cache and key and not local:
                    cache.put(key, blob)
            seeds.files[shown] = (key, records)
            for record in records:
                _add(seeds, record, issues, fact_ids)
        if cache:
            cache.prune()
    check_references(seeds, issues)
    if issues:
        raise SeedError(sorted(issues, key=lambda i: (i.position.path, i.position.line, i.position.column)))
    return seeds


def _parsed_file(item: tuple[Path, str]) -> tuple[bytes, list[SeedIssue]]:
    """One seed file's records, pickled (as the cache keeps them, and cheap to send from a child), and its problems."""
    path, shown = item
    one, local = Seeds(), list[SeedIssue]()
    parse_seed_file(path, shown, one, local, {})
    records = [*one.sources.values(), *one.entities.values(), *one.roles.values(), *one.facts]
    return pickle.dumps(records, protocol=pickle.HIGHEST_PROTOCOL), local


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # reported when it is read
        return 0


class _RecordCache:
    """One pickle of records per seed file, named by a hash of what the records depend on."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.used: set[str] = set()

    def key(self, path: Path, shown: str) -> str | None:
        """The file's cache key: a hash of its name, its bytes and the loader's code (None if unreadable)."""
        import hashlib

        try:
            raw = path.read_bytes()
        except OSError:
            return None
        h = hashlib.sha256(_loader_code_hash())
        h.update(shown.encode() + b"\0" + raw)
        return h.hexdigest()

    def get(self, key: str) -> list | None:
        file = self.folder / f"{key}.pickle"
        try:
            records = pickle.loads(file.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return None
        self.used.add(file.name)
        return records

    def put(self, key: str, records: bytes) -> None:
        """Keep a file's records (pickled)."""
        from .output import atomic_write_bytes

        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.folder / f"{key}.pickle", records)
            self.used.add(f"{key}.pickle")
        except (OSError, NatoKGError):  # a cache that cannot be written only costs time
            pass

    def prune(self) -> None:
        """Remove the pickles of files that are no longer there or have changed."""
        if self.folder.is_dir():
            for old in self.folder.glob("*.pickle"):
                if old.name not in self.used:
                    old.unlink(missing_ok=True)


@lru_cache(maxsize=1)
def _loader_code_hash() -> bytes:
    """A hash of the loader's own code and version: records cached by another loader are not reused."""
    import hashlib

    from . import __version__

    here = Path(__file__).parent
    h = hashlib.sha256(__version__.encode())
    for name in ("records.py", "fields.py", "seeds.py", "yamlsafe.py", "kinds.py"):
        h.update((here / name).read_bytes())
    return h.digest()


def parse_seed_file(path: Path, shown: str, seeds: Seeds, issues: list[SeedIssue], fact_ids: dict | None = None,
                    allow_candidate: bool = False) -> None:
    """Read one seed file from disk (size-checked, UTF-8) into ``seeds``."""
    try:
        size = path.stat().st_size
        if size > MAX_SEED_BYTES:
            issues.append(SeedIssue(Position(shown, 1, 1), f"file is {size} bytes, larger than the {MAX_SEED_BYTES}-byte limit for a seed file"))
            return
        raw = path.read_bytes()
    except OSError as exc:  # a dangling or looping link, a file we may not read
        what = "a symbolic link that leads nowhere" if path.is_symlink() else "cannot be read"
        issues.append(SeedIssue(Position(shown, 1, 1), f"{what} ({exc.strerror or exc})"))
        return
    if b"\x00" in raw:
        issues.append(SeedIssue(Position(shown, 1, 1), "binary file, not YAML text"))
        return
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        issues.append(SeedIssue(Position(shown, line, 1), f"not UTF-8 text ({exc.reason})"))
        return
    parse_seed_text(text, shown, seeds, issues, fact_ids, allow_candidate)
