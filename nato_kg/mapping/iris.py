"""Data IRIs: ``{base}{type}/{slug}``, slash IRIs built from the seeds' frozen ids."""

from __future__ import annotations

from rdflib import URIRef

from ..kinds import KINDS
from ..records import Fact, Seeds

#: The path segment of each fact kind's IRIs.
FACT_SEGMENTS = {k.name: k.iri_segment for k in KINDS}


class Iris:
    """Builds the IRI of every record of a workspace under one base IRI."""

    def __init__(self, base: str, seeds: Seeds):
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self._types = {e.id: e.type for e in seeds.entities.values()}

    def entity(self, slug: str) -> URIRef:
        """The IRI of an entity, e.g. ``…/person/mark-rutte``."""
        return URIRef(f"{self.base}{self._types[slug]}/{slug}")

    def source(self, source_id: str) -> URIRef:
        """The IRI of a source article, e.g. ``…/source/22aa553175590713``."""
        return URIRef(f"{self.base}source/{source_id}")

    def role(self, slug: str) -> URIRef:
        """The IRI of a role of the curated list, e.g. ``…/role/secretary-general``."""
        return URIRef(f"{self.base}role/{slug}")

    def role_scheme(self) -> URIRef:
        """The SKOS concept scheme that holds the curated roles."""
        return URIRef(f"{self.base}role")

    def fact(self, fact: Fact) -> URIRef:
        """The IRI of a fact node, e.g. ``…/pledge/finland-military-aid-2025``."""
        return URIRef(f"{self.base}{FACT_SEGMENTS[fact.kind]}/{fact.id}")
