"""Amounts of money in news text, as exact decimals with ISO 4217 codes.

Handles "$691 million", "$1.05bn", "8 billion Japanese yen", "EUR 400 million",
"about 600m euros", "€100 million", "1 billion euros ($1.1 billion)" and
"$58,000,000 USD". Written here because price parsers drop "billion" (see CONVENTIONS).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ..text import SCALES as _SCALES

_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "c$": "CAD", "a$": "AUD"}
_WORDS = {"dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR",
          "pounds": "GBP", "pound": "GBP", "gbp": "GBP", "sterling": "GBP", "yen": "JPY", "jpy": "JPY",
          "swiss francs": "CHF", "francs": "CHF", "chf": "CHF", "kroner": "NOK", "kronor": "SEK", "krona": "SEK",
          "zloty": "PLN", "zlotys": "PLN", "pln": "PLN", "hryvnias": "UAH", "hryvnia": "UAH", "uah": "UAH",
          "canadian dollars": "CAD", "australian dollars": "AUD", "cad": "CAD", "aud": "AUD", "sek": "SEK", "nok": "NOK",
          "dkk": "DKK", "danish kroner": "DKK", "norwegian kroner": "NOK", "swedish kronor": "SEK"}
_CURRENCY_WORDS = "|".join(sorted((re.escape(w) for w in _WORDS), key=len, reverse=True))
# A number starts where no digit, comma or point stands before it, and has at most 15
# digits: a run of digits is then read once, not re-tried from each of its positions
# (20 KB of digits took 30 s), and no figure is too large for a decimal to hold.
_NUM = r"(?<![\d.,])(\d{1,3}(?:,\d{3}){1,5}(?:\.\d{1,6})?|\d{1,15}(?:\.\d{1,6})?)(?![\d])"
_SCALE = r"(?:\s*(thousand|million|billion|trillion|mln|bn|mn|tn|[kmb])\b)?"
# symbol first: "$691 million", "US$ 5bn", "€100 million", "EUR 400 million"
_PREFIXED = re.compile(r"(US\$|C\$|A\$|\$|€|£|¥|\b(?:USD|EUR|GBP|JPY|CHF|PLN|UAH|CAD|AUD|SEK|NOK|DKK)\b)\s?" + _NUM + _SCALE
                       + r"(?:\s+(?:USD|dollars)\b)?", re.I)
# word after: "8 billion Japanese yen", "600m euros", "500 million dollars"
_SUFFIXED = re.compile(_NUM + _SCALE + r"\s+(?:(?:US|U\.S\.|Japanese|Canadian|Australian)\s+)?(" + _CURRENCY_WORDS + r")\b", re.I)


#: No pledge reaches this (a thousand trillion); larger figures are not read as money.
MAX_AMOUNT = Decimal(10) ** 18


@dataclass(frozen=True)
class Money:
    """An amount found in text: value, ISO 4217 code, and where it is in the string."""

    value: Decimal
    currency: str
    start: int
    end: int
    text: str


def _value(number: str, scale: str | None) -> Decimal | None:
    try:
        value = Decimal(number.replace(",", ""))
    except InvalidOperation:
        return None
    if scale:
        value *= _SCALES[scale.lower()]
    if not value.is_finite() or value >= MAX_AMOUNT:
        return None
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def find_money(text: str) -> list[Money]:
    """Every amount in ``text``, in order, without overlaps.

    >>> [(str(m.value), m.currency) for m in find_money("Japan: 8 billion Japanese yen, approximately $58,000,000 USD")]
    [('8000000000', 'JPY'), ('58000000', 'USD')]
    >>> [(str(m.value), m.currency) for m in find_money("1 billion euros ($1.1 billion) and about 600m euros")]
    [('1000000000', 'EUR'), ('1100000000', 'USD'), ('600000000', 'EUR')]
    """
    found: list[Money] = []
    for m in _PREFIXED.finditer(text):
        symbol = m.group(1).lower()
        currency = _SYMBOLS.get(symbol) or symbol.upper()
        value = _value(m.group(2), m.group(3))
        if value is not None and value > 0:
            found.append(Money(value, currency, m.start(), m.end(), m.group(0)))
    for m in _SUFFIXED.finditer(text):
        if any(f.start <= m.start() < f.end or m.start() <= f.start < m.end() for f in found):
            continue
        value = _value(m.group(1), m.group(2))
        if value is not None and value > 0:
            found.append(Money(value, _WORDS[m.group(3).lower()], m.start(), m.end(), m.group(0)))
    return sorted(found, key=lambda f: f.start)
