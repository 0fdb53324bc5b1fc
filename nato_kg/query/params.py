"""Turning ``--param name=value`` into RDF terms bound through the engine.

Values become RDF terms (an IRI, a typed literal), bound as initial bindings: never
pasted into the query text, so a value with a quote in it is just a value.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from ..suggest import did_you_mean
from .errors import QueryError
from .named import Param


def iri_term(name: str, value: str):
    """``value`` as an IRI term for ``--param name``, or a clear error."""
    from ..names import NameNotFound, iri

    try:
        return iri(value)
    except NameNotFound as exc:
        raise QueryError(f"--param {name}: {exc}") from None


class EntityIndex:
    """Entities by slug, label or alias (see :mod:`nato_kg.names`), for ``--param``."""

    def __init__(self, graph):
        from ..names import EntityIndex as Names

        self.names = Names(graph)

    def resolve(self, name: str, value: str):
        """The entity ``value`` names, or a ``--param name: …`` error."""
        from ..names import NameNotFound

        try:
            return self.names.find(value)
        except NameNotFound as exc:
            raise QueryError(f"--param {name}: {exc}") from None


def to_term(param: Param, value: str, entities: EntityIndex | None):
    """The RDF term for one parameter value, checked against the parameter's type."""
    from rdflib import Literal
    from rdflib.namespace import XSD

    if param.type == "entity":
        assert entities is not None
        return entities.resolve(param.name, value)
    if param.type == "iri":
        return iri_term(param.name, value)
    if param.type == "date":
        try:
            date.fromisoformat(value)
        except ValueError:
            raise QueryError(f"--param {param.name}: {value!r} is not a date (YYYY-MM-DD)") from None
        return Literal(value, datatype=XSD.date)
    if param.type in ("decimal", "integer"):
        try:
            number = Decimal(value)
        except InvalidOperation:
            raise QueryError(f"--param {param.name}: {value!r} is not a number") from None
        if param.type == "integer":
            if number != number.to_integral_value():
                raise QueryError(f"--param {param.name}: {value!r} is not an integer")
            return Literal(int(number), datatype=XSD.integer)
        return Literal(value, datatype=XSD.decimal)
    return Literal(value)


def parse_assignments(pairs: tuple[str, ...]) -> dict[str, str]:
    """``("role=x", "date=y")`` → ``{"role": "x", "date": "y"}``; a pair without ``=`` is an error."""
    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise QueryError(f"--param {pair!r}: expected NAME=VALUE")
        out[name.strip()] = value
    return out


def bind(params: tuple[Param, ...], given: dict[str, str], graph, strict: bool = True) -> dict[str, object]:
    """Initial bindings ``{variable: term}`` for a query's declared parameters.

    With ``strict=False`` (an ad-hoc query without a header) any ``NAME=VALUE`` is
    accepted, bound as a plain literal to ``?NAME`` (or an IRI when written ``<…>``).
    """
    declared = {p.name: p for p in params}
    if not params and not strict:
        from rdflib import Literal

        return {name: iri_term(name, v[1:-1]) if v.startswith("<") and v.endswith(">") else Literal(v)
                for name, v in given.items()}
    unknown = [n for n in given if n not in declared]
    if unknown:
        takes = f"it takes: {', '.join(declared)}" if declared else "it takes none"
        raise QueryError(f"--param {unknown[0]}: this query has no such parameter{did_you_mean(unknown[0], declared)} ({takes})")
    needs_entities = any(p.type == "entity" and (p.name in given or p.default) for p in params)
    entities = EntityIndex(graph) if needs_entities else None
    bindings: dict[str, object] = {}
    for p in params:
        value = given.get(p.name, p.default)
        if value is None:
            if p.required:
                raise QueryError(f"missing --param {p.name}=… ({p.type}{': ' + p.doc if p.doc else ''})")
            continue
        bindings[p.variable] = to_term(p, value, entities)
    return bindings
