"""``nato-kg add``: merge reviewed candidates into ``seeds/``.

A candidate that restates a fact the seeds already hold adds its source (and evidence)
to that fact instead of making a duplicate; other candidates go to a new seed file for
their source. Everything is validated on a copy before any seed file changes.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Position, SeedError, SeedIssue
from ..kinds import KINDS, same_fact
from ..records import Fact, Seeds
from ..seed_yaml import dump_yaml, record_to_yaml
from ..seeds import check_references, load_seeds, parse_seed_file
from ..transaction import commit, writer_lock
from ..workspace import Workspace
from .aliases import confirmed_matches, new_aliases, record_aliases

SECTION_OF = {k.name: k.section for k in KINDS}


@dataclass
class MergeReport:
    """What ``add`` did."""

    new_file: Path | None = None
    added: dict[str, int] = field(default_factory=dict)
    sourced: list[str] = field(default_factory=list)  # existing facts that got another source
    skipped: list[str] = field(default_factory=list)  # already cited by that source
    #: The fuzzy or surname matches the reviewed file relied on: (name, entity, how).
    relied_on: list[tuple[str, str, str]] = field(default_factory=list)
    #: Names recorded as aliases of existing entities: (entity, alias).
    aliases: list[tuple[str, str]] = field(default_factory=list)


def _insert_citation(lines: list[str], fact: Fact, source: str, evidence: str) -> None:
    """Add ``- source/evidence`` after the fact's last citation, in the file's own block style."""
    last = fact.citations[-1].position
    index = last.line - 1
    if "{" in lines[index][: last.column]:
        raise SeedError([SeedIssue(last, "cannot add a source to a flow-style sources list; edit it by hand")])
    indent = last.column - 1
    end = index + 1
    while end < len(lines) and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) >= indent):
        end += 1
    while end > index + 1 and not lines[end - 1].strip():
        end -= 1
    pad = " " * (indent - 2)
    lines[end:end] = [f"{pad}- source: {source}\n", f"{pad}  evidence: {json.dumps(evidence, ensure_ascii=False)}\n"]


def _validated(copy: Path, tmp: str, changed: dict[Path, bytes]) -> Seeds:
    """Write ``changed`` into the seeds' copy and load it: the merged seeds, or every problem (exit 2)."""
    for path, data in changed.items():
        (copy / path.name).write_bytes(data)
    try:
        return load_seeds(copy, Path(tmp))
    except SeedError as exc:
        raise SeedError([SeedIssue(Position(str(Path(i.position.path)), i.position.line, i.position.column),
                                   f"after merging: {i.message}") for i in exc.issues]) from None


def merge_candidates(ws: Workspace, candidates_path: Path) -> MergeReport:
    """Merge a candidates file into the seeds (see the module's docstring); one writer at a time."""
    with writer_lock(ws.build_dir):
        return _merge(ws, candidates_path)


def _merge(ws: Workspace, candidates_path: Path) -> MergeReport:
    """Validate ``candidates_path`` against the workspace and merge it into ``seeds/``."""

    seeds = load_seeds(ws.seeds_dir, ws.root)
    cand = Seeds()
    issues: list[SeedIssue] = []
    shown = str(candidates_path)
    parse_seed_file(Path(candidates_path), shown, cand, issues, allow_candidate=True)
    merged_view = Seeds({**seeds.sources, **cand.sources}, {**seeds.entities, **cand.entities},
                        {**seeds.roles, **cand.roles}, list(cand.facts))
    check_references(merged_view, issues)
    if issues:
        raise SeedError(issues)
    report = MergeReport()
    new: dict[str, list] = {}
    edits: dict[str, list[tuple[Fact, str, str]]] = {}
    for s in cand.sources.values():
        if s.id not in seeds.sources:
            new.setdefault("sources", []).append(record_to_yaml(s))
    for e in cand.entities.values():
        if e.id not in seeds.entities:
            new.setdefault("entities", []).append(record_to_yaml(e))
    for r in cand.roles.values():
        if r.id not in seeds.roles:
            new.setdefault("roles", []).append(record_to_yaml(r))
    for fact in cand.facts:
        existing = next((f for f in seeds.facts if same_fact(f, fact)), None)
        if existing is None:
            if any(f.id == fact.id for f in seeds.facts):
                raise SeedError([SeedIssue(fact.position, f"id {fact.id!r} is already used in the seeds; rename the candidate")])
            new.setdefault(SECTION_OF[fact.kind], []).append(record_to_yaml(fact))
            report.added[fact.kind] = report.added.get(fact.kind, 0) + 1
            continue
        for c in fact.citations:
            if c.source in existing.sources:
                report.skipped.append(existing.id)
            else:
                edits.setdefault(existing.position.path, []).append((existing, c.source, c.evidence))
                report.sourced.append(existing.id)
    # Write everything to a copy, validate it, then replace the real files.
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "seeds"
        shutil.copytree(ws.seeds_dir, copy)
        changed: dict[Path, bytes] = {}
        for rel, items in edits.items():
            path = ws.root / rel
            lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
            for fact, source, evidence in sorted(items, key=lambda i: -i[0].citations[-1].position.line):
                _insert_citation(lines, fact, source, evidence)
            changed[path] = "".join(lines).encode("utf-8")
        if new:
            sid = next(iter(cand.sources), Path(candidates_path).stem)
            target = ws.seeds_dir / f"added-{sid}.yaml"
            n = 2
            while target.exists():
                target = ws.seeds_dir / f"added-{sid}-{n}.yaml"
                n += 1
            header = f"# Facts added with 'nato-kg add' from {Path(candidates_path).name}.\n"
            changed[target] = dump_yaml(new, header).encode("utf-8")
            report.new_file = target
        _validated(copy, tmp, changed)
        report.relied_on = confirmed_matches(Path(candidates_path).read_text(encoding="utf-8"), shown)
        wanted = new_aliases(report.relied_on, seeds.entities)
        if wanted:
            with_aliases = dict(changed)
            written = record_aliases(ws.root, seeds.entities, wanted, with_aliases)
            try:
                merged = _validated(copy, tmp, with_aliases)
            except SeedError:
                merged = None
            if merged is not None and all(a in merged.entities[e].aliases for e, a in written):
                changed, report.aliases = with_aliases, written
    commit(ws.root, changed)  # every seed file at once, or none (a journal survives a kill)
    return report
