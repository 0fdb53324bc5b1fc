"""Finding things of the graph by the names people use: an entity by its slug, a label, an
alias or ``<IRI>``; a source's title by its id.

Shared by ``query -p``, ``viz --focus`` and ``show``; each turns :class:`NameNotFound`
into its own message. Source titles go under tables and into reports.
"""

from __future__ import annotations

import re

from .errors import NatoKGError
from .suggest import did_you_mean

_IRI = re.compile(r"^[a-zA-Z][\w+.-]*:[^\s<>\"{}|\\^`]*$")


class NameNotFound(NatoKGError):
    """No entity, or more than one, goes by that name; or it is no IRI."""


def iri(value: str):
    """``value`` as an IRI term, or :class:`NameNotFound` (a space or ``<`` inside would end it in a query)."""
    from rdflib import URIRef

    if not _IRI.match(value):
        raise NameNotFound(f"{value!r} is not an IRI")
    return URIRef(value)


class EntityIndex:
    """Finds an entity's IRI from its slug, a label or alias (case-insensitive), or ``<IRI>``."""

    def __init__(self, graph):
        from rdflib import URIRef
        from rdflib.namespace import SKOS

        self.by_key: dict[str, set] = {}
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for subject, label in graph.subject_objects(prop):
                if not isinstance(subject, URIRef):
                    continue
                slug = str(subject).rstrip("/").rsplit("/", 1)[-1]
                for key in (slug, str(label).casefold()):
                    self.by_key.setdefault(key, set()).add(subject)

    def find(self, value: str):
        """The one entity ``value`` names; :class:`NameNotFound` (with suggestions) otherwise."""
        if value.startswith("<") and value.endswith(">"):
            return iri(value[1:-1])
        found = self.by_key.get(value) or self.by_key.get(value.casefold())
        if not found:
            raise NameNotFound(f"no entity {value!r}{did_you_mean(value, self.by_key)}")
        if len(found) > 1:
            raise NameNotFound(f"{value!r} is ambiguous: " + ", ".join(sorted(f"<{i}>" for i in found)))
        return next(iter(found))


def source_titles(graph) -> dict[str, str]:
    """Source id → headline, for every source in the graph that has one."""
    from .store import TermReader
    from .vocab import SCHEMA

    # two bulk reads joined here: one lookup per source through oxrdflib took 2 s for 9,000 sources
    reader = TermReader(graph)
    headlines: dict = {}
    for node, headline in reader.subject_objects(SCHEMA.headline):
        headlines.setdefault(node, headline)
    return {str(sid): str(headlines[node]) for node, sid in reader.subject_objects(SCHEMA.identifier) if node in headlines}
