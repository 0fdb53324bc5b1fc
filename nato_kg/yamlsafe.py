"""Read YAML as text with positions, never as typed or executable values.

PyYAML's composer gives a node tree whose scalars are still the text written in the
file and whose nodes carry marks (line, column). Walking that tree ourselves, instead
of constructing Python objects, keeps ``NO`` the string "NO" and ``1.10`` the text
"1.10" (YAML 1.1 typing would make them ``False`` and ``1.1``), and lets us refuse
what a data file should never hold: explicit tags such as ``!!python/object/apply``,
anchors and aliases (the "billion laughs" bomb), and duplicate keys.
"""

from __future__ import annotations

from typing import Any

import yaml

from .errors import Position, SeedIssue

# The C composer is much faster on big workspaces; same nodes, same marks.
_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_TAG = "tag:yaml.org,2002:"
# Tags the resolver gives plain scalars, plus the collection tags. An explicit
# ``!!str`` is harmless and also allowed; anything else was written on purpose.
_PLAIN_TAGS = {_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")}
_NULL_TEXT = {"", "~", "null", "Null", "NULL"}


class Text(str):
    """A scalar's text, remembering where it stands."""

    position: Position | None

    def __new__(cls, value: str, position: Position | None) -> Text:
        obj = super().__new__(cls, value)
        obj.position = position
        return obj


class Mapping(dict):
    """A YAML mapping: keys are :class:`Text`, values are YAML values or None."""

    position: Position


class Sequence(list):
    """A YAML sequence."""

    position: Position


Value = Text | Mapping | Sequence | None


class YAMLProblem(Exception):
    """Raised inside the walk; carries one :class:`SeedIssue`."""

    def __init__(self, issue: SeedIssue):
        self.issue = issue
        super().__init__(str(issue))


def _pos(path: str, mark) -> Position:
    return Position(path, mark.line + 1, mark.column + 1) if mark is not None else Position(path, 1, 1)


#: The deepest nesting a seed file may have; seeds need about five levels.
MAX_DEPTH = 64


def _too_deep(text: str, path: str) -> SeedIssue | None:
    """The first place nested deeper than :data:`MAX_DEPTH`, found from the parser's events.

    Composing a node tree recurses once per level (400 levels overflow Python's stack,
    50,000 crash the C composer); the event stream does not, so it is read first.
    """
    depth = 0
    starts, ends = (yaml.MappingStartEvent, yaml.SequenceStartEvent), (yaml.MappingEndEvent, yaml.SequenceEndEvent)
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, starts):
                depth += 1
                if depth > MAX_DEPTH:
                    return SeedIssue(_pos(path, event.start_mark), f"nested more than {MAX_DEPTH} levels deep; "
                                     "seed files need only a few")
            elif isinstance(event, ends):
                depth -= 1
    except yaml.YAMLError:  # reported with its position by the composer below
        return None
    return None


def read_yaml(text: str, path: str) -> tuple[Value, list[SeedIssue]]:
    """Parse one YAML document into :class:`Mapping`/:class:`Sequence`/:class:`Text`.

    Returns the value (None for an empty document) and the problems found. A syntax
    error stops the read (nothing after it can be trusted); other problems are
    collected so that a file reports all of them at once.

    >>> value, issues = read_yaml("code: NO\\nversion: 1.10\\n", "x.yaml")
    >>> value["code"], value["version"], issues
    ('NO', '1.10', [])
    """
    deep = _too_deep(text, path)
    if deep:
        return None, [deep]
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = _pos(path, mark) if mark else Position(path, 1, 1)
        message = " ".join(p for p in (exc.context, exc.problem) if p) or "invalid YAML"
        return None, [SeedIssue(where, f"invalid YAML: {message}")]
    except yaml.YAMLError as exc:
        return None, [SeedIssue(Position(path, 1, 1), f"invalid YAML: {exc}")]
    if node is None:
        return None, []
    issues: list[SeedIssue] = []
    walker = _Walker(path, issues)
    try:
        value = walker.walk(node)
    except YAMLProblem as problem:  # an alias: stop before any expansion
        issues.append(problem.issue)
        return None, issues
    return value, issues


class _Walker:
    """Turns a composed node tree into :class:`Mapping`/:class:`Sequence`/:class:`Text`, collecting problems.

    Written as one closure with its lookups bound once: every node of a seed file passes through it (1.2 million
    for 9,000 articles), and the method calls, ``isinstance`` checks and :class:`Text` constructor it replaced were
    more than half of reading the YAML."""

    def __init__(self, path: str, issues: list[SeedIssue]):
        self.path = path
        self.issues = issues
        self.seen: set[int] = set()

    def walk(self, node: yaml.Node) -> Value:
        path, issues, seen = self.path, self.issues, self.seen
        scalar, sequence = yaml.ScalarNode, yaml.SequenceNode
        plain, null_text, new_text = _PLAIN_TAGS, _NULL_TEXT, str.__new__

        def go(node: Any) -> Value:  # (a ScalarNode, SequenceNode or MappingNode, told apart by class below)
            mark = node.start_mark
            where = Position(path, mark.line + 1, mark.column + 1) if mark is not None else Position(path, 1, 1)
            # The composer hands back the very same node object for an alias.
            if id(node) in seen:
                raise YAMLProblem(SeedIssue(where, "YAML anchors and aliases are not allowed in seed files (this node is reused "
                                                   "by an alias)"))
            seen.add(id(node))
            if node.tag not in plain:
                issues.append(SeedIssue(where, f"YAML tag {node.tag!r} is not allowed in seed files"))
                return None
            kind = node.__class__
            if kind is scalar:
                if not node.style and node.value in null_text:
                    return None
                text = new_text(Text, node.value)
                text.position = where
                return text
            if kind is sequence:
                seq = Sequence(map(go, node.value))
                seq.position = where
                return seq
            mapping = Mapping()
            mapping.position = where
            for key_node, value_node in node.value:
                key = go(key_node)
                if not isinstance(key, Text):
                    issues.append(SeedIssue(_pos(path, key_node.start_mark), "mapping keys must be plain text"))
                    continue
                if key in mapping:
                    first = next(k for k in mapping if k == key)
                    issues.append(SeedIssue(key.position or where, f"duplicate key {str(key)!r} (first at line {first.position.line})"))
                    continue
                mapping[key] = go(value_node)
            return mapping

        return go(node)
