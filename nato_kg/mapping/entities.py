"""Sources (articles), entities (persons, countries, …) and the curated list of roles."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, SKOS, XSD

from ..kinds import ENTITY_KINDS
from ..records import Seeds
from ..vocab import NKG, SCHEMA, WD
from .iris import Iris
from .literals import date_literal, text_literal

ENTITY_CLASSES = {e.name: URIRef(e.rdf_class) for e in ENTITY_KINDS}


def _labels(g: Graph, node: URIRef, label: str, aliases=()) -> None:
    g.add((node, SKOS.prefLabel, text_literal(label)))
    g.add((node, SCHEMA.name, text_literal(label)))
    for alias in aliases:
        g.add((node, SKOS.altLabel, text_literal(alias)))


def add_sources(g: Graph, seeds: Seeds, iris: Iris) -> None:
    """Each source as a ``schema:NewsArticle`` (or ``schema:CreativeWork`` for references)."""
    for s in seeds.sources.values():
        node = iris.source(s.id)
        g.add((node, RDF.type, SCHEMA.NewsArticle if s.kind == "article" else SCHEMA.CreativeWork))
        if s.kind == "import":
            g.add((node, RDF.type, SCHEMA.Dataset))
        g.add((node, RDF.type, PROV.Entity))
        g.add((node, SCHEMA.identifier, Literal(s.id)))
        g.add((node, SCHEMA.headline, text_literal(s.title)))
        g.add((node, SKOS.prefLabel, text_literal(s.title)))
        g.add((node, NKG.titleStatus, Literal(s.title_status)))
        if s.date:
            g.add((node, SCHEMA.datePublished, date_literal(s.date)))
        g.add((node, NKG.dateStatus, Literal(s.date_status)))
        if s.date_basis:
            g.add((node, NKG.dateBasis, text_literal(s.date_basis)))
        if s.file:
            g.add((node, NKG.sourceFile, Literal(s.file)))
        if s.publisher:
            g.add((node, SCHEMA.publisher, iris.entity(s.publisher)))
        if s.url:
            g.add((node, SCHEMA.url, Literal(s.url, datatype=XSD.anyURI)))
        if s.note:
            g.add((node, SKOS.note, text_literal(s.note)))


def add_entities(g: Graph, seeds: Seeds, iris: Iris) -> None:
    """Each entity with its schema.org class, labels, aliases, Wikidata link and ISO code."""
    for e in seeds.entities.values():
        node = iris.entity(e.id)
        g.add((node, RDF.type, ENTITY_CLASSES[e.type]))
        _labels(g, node, e.label, e.aliases)
        if e.wikidata:
            # schema:sameAs, not owl:sameAs: under OWL reasoning owl:sameAs would fuse our entity
            # with Wikidata's item and everything said of it.
            g.add((node, SCHEMA.sameAs, WD[e.wikidata]))
        if e.iso3166:
            g.add((node, NKG.iso3166Code, Literal(e.iso3166)))
        if e.government_of:
            g.add((node, NKG.governmentOf, iris.entity(e.government_of)))
        if e.note:
            g.add((node, SKOS.note, text_literal(e.note)))


def add_roles(g: Graph, seeds: Seeds, iris: Iris) -> None:
    """The curated roles as SKOS concepts of one concept scheme."""
    if not seeds.roles:
        return
    scheme = iris.role_scheme()
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, SKOS.prefLabel, text_literal("Roles")))
    for r in seeds.roles.values():
        node = iris.role(r.id)
        g.add((node, RDF.type, SKOS.Concept))
        g.add((node, SKOS.inScheme, scheme))
        g.add((node, SKOS.prefLabel, text_literal(r.label)))
        if r.broader:
            g.add((node, SKOS.broader, iris.role(r.broader)))
        if r.note:
            g.add((node, SKOS.note, text_literal(r.note)))
