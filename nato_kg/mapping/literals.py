"""Typed literals shared by the fact mappers."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from rdflib import Literal
from rdflib.namespace import XSD

from ..records import DateValue

LANG = "en"


def date_literal(value: DateValue) -> Literal:
    """``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear``, as precise as the seed."""
    return _typed(value.text, value.datatype)


# rdflib parses a typed literal's text into a Python value when it makes one (20 µs for a date): the same dates and
# amounts recur across thousands of facts, so each is made once (literals are immutable)
@lru_cache(maxsize=1 << 16)
def _typed(text: str, datatype: str) -> Literal:
    return Literal(text, datatype=XSD[datatype])


def decimal_literal(value: Decimal) -> Literal:
    """An ``xsd:decimal`` in its canonical form (``691000000``, ``2.5``, ``1.1``).

    The canonical form is what Oxigraph stores and what both stores' exports write, so
    the same seeds give the same bytes whichever store holds the graph. (The seeds keep
    the text as written; ``1.10`` and ``1.1`` are the same decimal.)

    >>> str(decimal_literal(Decimal("691000000"))), str(decimal_literal(Decimal("2.50")))
    ('691000000', '2.5')
    """
    return _typed(format(value.normalize(), "f"), "decimal")


def year_literal(value: str) -> Literal:
    """An ``xsd:gYear``."""
    return _typed(value, "gYear")


@lru_cache(maxsize=1 << 12)
def term_literal(value: str) -> Literal:
    """A plain literal from a small closed list (a currency code, a figure's kind, a status), made once per value."""
    return Literal(value)


def day_literal(value) -> Literal:
    """An ``xsd:date`` for a ``datetime.date``."""
    return _typed(value.isoformat(), "date")


def text_literal(value: str) -> Literal:
    """An English language-tagged string."""
    return Literal(value, lang=LANG)
