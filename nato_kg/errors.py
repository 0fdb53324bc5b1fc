"""The error classes of nato-kg: one base, :class:`NatoKGError`, and a few kinds.

The CLI maps every subclass to a message on stderr and an exit code; library code
never prints or exits.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class NatoKGError(Exception):
    """Base class of every error nato-kg raises on purpose."""

    #: Exit code the CLI uses for this kind of error (2: usage or input error).
    exit_code = 2


class WorkspaceError(NatoKGError):
    """The workspace (``seeds/``, ``ontology/``, ``queries/``) is missing or unusable."""


class Position(NamedTuple):
    """A place in a seed file: 1-based line and column, as editors show them.

    A named tuple, not a dataclass: every YAML node gets one, and this is cheap to make.
    """

    path: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True, order=True)
class SeedIssue:
    """One problem found in a seed file, with where it is."""

    position: Position
    message: str

    def __str__(self) -> str:
        return f"{self.position}: {self.message}"


class SeedError(NatoKGError):
    """One or more seed files are malformed; ``issues`` lists every problem found."""

    def __init__(self, issues: list[SeedIssue]):
        self.issues = sorted(issues)
        super().__init__("\n".join(str(i) for i in self.issues))


class OntologyError(NatoKGError):
    """The ontology cannot be read, or the data uses a term it does not declare."""


class OutputError(NatoKGError):
    """An output file could not be written."""
