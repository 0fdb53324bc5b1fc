"""Name forms an article uses, recorded as aliases when ``add`` relies on them.

``extract`` marks fuzzy and surname matches (``Mark Rute -> mark-rutte (fuzzy, 91)``) for
review under each candidate's ``confirm``. Once a reviewed file is added, those names are
the workspace's knowledge too: the next article that writes "Mark Rute" should match
exactly. The alias is written into the entity's own entry in its seed file, in that
entry's style (a flow mapping, a flow list, or a block list); the merged seeds are then
loaded again, and an edit that did not give the expected alias is dropped and reported.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..records import Entity
from ..yamlsafe import Mapping, Sequence, Text, read_yaml
from . import rx as re

_CONFIRM = re.compile(r"^(?P<name>.+?) -> (?P<entity>[a-z0-9][a-z0-9-]*) \((?P<how>\w+), (?P<score>[\d.]+)\)$")


def confirmed_matches(candidates_text: str, path: str) -> list[tuple[str, str, str]]:
    """Every ``(name, entity id, how)`` a candidates file's ``confirm`` notes name.

    >>> confirmed_matches("claims:\\n  - candidate: {confirm: ['Mark Rute -> mark-rutte (fuzzy, 91)']}\\n", "c.yaml")
    [('Mark Rute', 'mark-rutte', 'fuzzy')]
    """
    doc, _ = read_yaml(candidates_text, path)
    found: list[tuple[str, str, str]] = []
    if not isinstance(doc, Mapping):
        return found
    for entries in doc.values():
        for item in entries if isinstance(entries, Sequence) else ():
            note = item.get("candidate") if isinstance(item, Mapping) else None
            confirm = note.get("confirm") if isinstance(note, Mapping) else None
            for line in confirm if isinstance(confirm, Sequence) else ():
                m = _CONFIRM.match(str(line)) if isinstance(line, Text) else None
                if m and (m["name"], m["entity"], m["how"]) not in found:
                    found.append((m["name"], m["entity"], m["how"]))
    return found


def new_aliases(matches: list[tuple[str, str, str]], entities: dict[str, Entity]) -> list[tuple[str, str]]:
    """``(entity id, name)`` for each confirmed name that is not yet the entity's label or an alias."""
    out = []
    for name, entity, _how in matches:
        ent = entities.get(entity)
        if ent is None:
            continue
        known = {ent.label.casefold(), *(a.casefold() for a in ent.aliases)}
        if name.casefold() not in known and (entity, name) not in out:
            out.append((entity, name))
    return out


def insert_alias(lines: list[str], entity: Entity, alias: str) -> bool:
    """Add ``alias`` to the entity's entry in ``lines`` (its seed file), in the entry's style; whether it could."""
    quoted = json.dumps(alias, ensure_ascii=False)
    start = entity.position.line - 1
    line = lines[start]
    if "{" in line[: entity.position.column]:  # a flow mapping on one line: - {id: x, label: X, ...}
        if "}" not in line:
            return False
        if re.search(r"\baliases:\s*\[", line):
            def append(m: re.Match) -> str:
                return m.group(1) + ("" if m.group(1).endswith("[") else ", ") + quoted + "]"

            lines[start] = re.sub(r"(\baliases:\s*\[[^\]]*?)\s*\]", append, line, count=1)
        else:
            close = line.rindex("}")
            lines[start] = line[:close].rstrip() + f", aliases: [{quoted}]" + line[close:]
        return True
    indent = entity.position.column - 1
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) >= indent):
        end += 1
    block = range(start, end)
    key = " " * indent
    for i in block:
        text = lines[i] if i != start else " " * indent + lines[i][indent:]
        if re.match(rf"^{key}aliases:\s*\[.*\]\s*$", text.rstrip("\n")):
            sep = "" if lines[i].rstrip().endswith("[]") else ", "
            lines[i] = re.sub(r"\s*\]\s*$", sep + quoted.replace("\\", "\\\\") + "]\n", lines[i].rstrip("\n")).replace("[, ", "[")
            return True
        if re.match(rf"^{key}aliases:\s*$", text.rstrip("\n")):
            j = i + 1
            while j < end and lines[j].lstrip().startswith("- "):
                j += 1
            item_indent = len(lines[i + 1]) - len(lines[i + 1].lstrip()) if i + 1 < end else indent + 2
            lines[j:j] = [" " * item_indent + f"- {quoted}\n"]
            return True
    for i in block:
        text = lines[i] if i != start else " " * indent + lines[i][indent:]
        if re.match(rf"^{key}label:", text):
            lines[i + 1:i + 1] = [f"{key}aliases: [{quoted}]\n"]
            return True
    return False


def record_aliases(ws_root: Path, entities: dict[str, Entity], aliases: list[tuple[str, str]],
                   changed: dict[Path, bytes]) -> list[tuple[str, str]]:
    """Write ``aliases`` into the entities' seed files (into ``changed``, path → new bytes); the ones written."""
    done = []
    # Bottom-up within a file, so that a line added for one entity moves no entity still to come.
    for entity_id, alias in sorted(aliases, key=lambda a: (entities[a[0]].position.path, -entities[a[0]].position.line)):
        ent = entities[entity_id]
        path = ws_root / ent.position.path
        text = changed[path].decode("utf-8") if path in changed else path.read_text(encoding="utf-8")
        lines = text.splitlines(keepends=True)
        if insert_alias(lines, ent, alias):
            changed[path] = "".join(lines).encode("utf-8")
            done.append((entity_id, alias))
    return done
