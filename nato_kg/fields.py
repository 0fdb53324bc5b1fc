"""Converters from seed text to typed values, each raising :class:`FieldProblem`.

They take the :class:`~nato_kg.yamlsafe.Text` the YAML reader gives (text with a
position) and return a typed value, so that a bad value is reported at its own line
and column.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation

from .errors import Position
from .records import DateValue
from .suggest import did_you_mean
from .yamlsafe import Mapping, Sequence, Text, Value

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SOURCE_ID_RE = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
QID_RE = re.compile(r"^Q[1-9][0-9]*$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
DECIMAL_RE = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$")


class FieldProblem(Exception):
    """A value that cannot be used; ``position`` is where it stands (if known)."""

    def __init__(self, message: str, position: Position | None = None):
        self.message = message
        self.position = position
        super().__init__(message)


def _where(value: Value) -> Position | None:
    return getattr(value, "position", None)


def text(value: Value) -> str:
    """A non-empty string, surrounding white space removed."""
    if not isinstance(value, Text):
        raise FieldProblem("expected text", _where(value))
    stripped = " ".join(value.split()) if "\n" in value else value.strip()
    if not stripped:
        raise FieldProblem("must not be empty", value.position)
    return stripped


def slug(value: Value) -> str:
    """A lowercase-with-hyphens id such as ``mark-rutte``."""
    s = text(value)
    if not SLUG_RE.match(s):
        raise FieldProblem(f"{s!r} is not a slug (lowercase letters, digits and single hyphens)", _where(value))
    return s


def source_id(value: Value) -> str:
    """A source id: lowercase letters and digits, hyphens or underscores between."""
    s = text(value)
    if not SOURCE_ID_RE.match(s):
        raise FieldProblem(f"{s!r} is not a valid source id", _where(value))
    return s


def decimal(value: Value) -> Decimal:
    """An exact decimal written as digits (``691000000``, ``2.5``); text is never float-rounded."""
    s = text(value).replace("_", "")
    if not DECIMAL_RE.match(s):
        raise FieldProblem(f"{s!r} is not a number (write digits, e.g. 691000000 or 2.5)", _where(value))
    try:
        return Decimal(s)
    except InvalidOperation:  # pragma: no cover - the regex already guards this
        raise FieldProblem(f"{s!r} is not a number", _where(value)) from None


def positive_decimal(value: Value) -> Decimal:
    """A decimal greater than zero."""
    d = decimal(value)
    if d <= 0:
        raise FieldProblem(f"must be greater than zero, not {d}", _where(value))
    return d


def percent(value: Value) -> Decimal:
    """A percentage between 0 and 100 (``2.5`` means 2.5 %)."""
    s = text(value).rstrip("%").strip()
    d = decimal(Text(s, _where(value)) if isinstance(value, Text) else value)
    if not 0 < d <= 100:
        raise FieldProblem(f"a percentage must be above 0 and at most 100, not {d}", _where(value))
    return d


def date_value(value: Value) -> DateValue:
    """A date as precise as known: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, checked on the calendar."""
    s = text(value)
    m = DATE_RE.match(s)
    if not m:
        raise FieldProblem(f"{s!r} is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)", _where(value))
    year, month, day = m.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise FieldProblem(f"{s!r} is not a date ({exc})", _where(value)) from None
    return DateValue(s)


def year(value: Value) -> str:
    """A four-digit year."""
    s = text(value)
    if not re.fullmatch(r"\d{4}", s):
        raise FieldProblem(f"{s!r} is not a year (write four digits, e.g. 2027)", _where(value))
    return s


def currency(value: Value) -> str:
    """An ISO 4217 currency code, checked against pycountry's list."""
    import pycountry  # loads its data files on first use

    s = text(value)
    if pycountry.currencies.get(alpha_3=s) is None or s != s.upper():
        codes = [c.alpha_3 for c in pycountry.currencies]
        raise FieldProblem(f"unknown currency {s!r}{did_you_mean(s, codes)}", _where(value))
    return s


def iso3166(value: Value) -> str:
    """An ISO 3166-1 alpha-2 country code (``NO`` stays the string "NO"), or one of the few states' codes the
    standard does not list (``XK``, Kosovo: see :mod:`nato_kg.states`)."""
    from .states import country_codes, is_country_code

    s = text(value)
    if len(s) != 2 or s != s.upper() or not is_country_code(s):
        raise FieldProblem(f"unknown ISO 3166-1 alpha-2 code {s!r}{did_you_mean(s, country_codes())}", _where(value))
    return s


def qid(value: Value) -> str:
    """A Wikidata item id such as ``Q7184``."""
    s = text(value)
    if not QID_RE.match(s):
        raise FieldProblem(f"{s!r} is not a Wikidata item id (Q followed by digits)", _where(value))
    return s


def url(value: Value) -> str:
    """An http(s) URL."""
    s = text(value)
    if not re.match(r"^https?://[^\s<>\"{}|\\^`]+$", s):
        raise FieldProblem(f"{s!r} is not an http(s) URL", _where(value))
    return s


def choice(*allowed: str) -> Callable[[Value], str]:
    """A converter accepting one of ``allowed``."""

    def convert(value: Value) -> str:
        s = text(value)
        if s not in allowed:
            raise FieldProblem(
                f"{s!r} is not one of {', '.join(allowed)}{did_you_mean(s, allowed)}", _where(value)
            )
        return s

    convert.__doc__ = f"one of {', '.join(allowed)}"
    return convert


def list_of(item: Callable[[Value], object]) -> Callable[[Value], tuple]:
    """A converter for a YAML list (or a single value) of ``item``."""

    def convert(value: Value) -> tuple:
        if isinstance(value, Mapping):
            raise FieldProblem("expected a list", value.position)
        items = value if isinstance(value, Sequence) else [value]
        return tuple(item(v) for v in items)

    return convert
