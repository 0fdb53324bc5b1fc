"""Typed literals shared by the fact mappers."""

from __future__ import annotations

from decimal import Decimal

from rdflib import Literal
from rdflib.namespace import XSD

from ..records import DateValue

LANG = "en"


def date_literal(value: DateValue) -> Literal:
    """``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear``, as precise as the seed."""
    return Literal(value.text, datatype=XSD[value.datatype])


def decimal_literal(value: Decimal) -> Literal:
    """An ``xsd:decimal`` in its canonical form (``691000000``, ``2.5``, ``1.1``).

    The canonical form is what Oxigraph stores and what both stores' exports write, so
    the same seeds give the same bytes whichever store holds the graph. (The seeds keep
    the text as written; ``1.10`` and ``1.1`` are the same decimal.)

    >>> str(decimal_literal(Decimal("691000000"))), str(decimal_literal(Decimal("2.50")))
    ('691000000', '2.5')
    """
    text = format(value.normalize(), "f")
    return Literal(text, datatype=XSD.decimal)


def year_literal(value: str) -> Literal:
    """An ``xsd:gYear``."""
    return Literal(value, datatype=XSD.gYear)


def text_literal(value: str) -> Literal:
    """An English language-tagged string."""
    return Literal(value, lang=LANG)
