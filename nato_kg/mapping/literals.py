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
    """An ``xsd:decimal`` with the seed's digits, always with a decimal point (``691000000.0``, ``2.5``).

    With the point, Turtle writes it as a bare decimal and every parser (rdflib,
    Oxigraph, Jena) reads back the same lexical form, so exports round-trip exactly.
    """
    text = format(value, "f")
    return Literal(text if "." in text else text + ".0", datatype=XSD.decimal)


def year_literal(value: str) -> Literal:
    """An ``xsd:gYear``."""
    return Literal(value, datatype=XSD.gYear)


def text_literal(value: str) -> Literal:
    """An English language-tagged string."""
    return Literal(value, lang=LANG)
