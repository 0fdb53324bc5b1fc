"""Amounts of money in news text, as exact decimals with ISO 4217 codes.

Handles "$691 million", "$1.05bn", "8 billion Japanese yen", "EUR 400 million",
"about 600m euros", "€100 million", "1 billion euros ($1.1 billion)", "$58,000,000 USD",
"50 million Australian dollars", "1.5 billion Norwegian crowns" and "C$500 million".
A currency named by a qualifier and a unit is looked up in pycountry's currency names
("Norwegian Krone"), so every currency pycountry knows is read, not a hand list. The
number grammar is written here because price parsers drop "billion" (see CONVENTIONS).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from ..text import NUMBER_WORDS
from ..text import SCALES as _SCALES
from . import rx as re
from .gazetteer import DEMONYMS

_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "c$": "CAD", "ca$": "CAD", "a$": "AUD",
            "au$": "AUD", "nz$": "NZD", "s$": "SGD", "hk$": "HKD", "nt$": "TWD",
            # (Thai copy's abbreviation for the baht before the figure, "Bt2 million"; written here as "C$" is: ISO 4217 has
            # codes, not the local signs)
            "bt": "THB",
            # (Israeli copy's "NIS 10 million": the New Israeli Shekel's initials, no ISO code)
            "nis": "ILS",
            # (Czech copy's sign for the koruna before the figure, "Kč422 Mln")
            "kč": "CZK",
            # (Malaysian copy's sign for the ringgit before the figure, "RM22,337,644", "RM70 million (US$17 million)")
            "rm": "MYR",
            # (South African copy's sign for the rand, "R50 million", "R50m"; Brazil's for the real, "R$ 13,5 milhões")
            "r": "ZAR", "r$": "BRL",
            # (the Indian rupee's sign, and Sri Lankan copy's "SLR 2 billion" and the rupees named before the figure, "Sri Lankan
            # Rupees 3.4 billion")
            "₹": "INR", "slr": "LKR", "sri lankan rupees": "LKR", "sri lankan rupee": "LKR", "indian rupees": "INR",
            "indian rupee": "INR", "pakistani rupees": "PKR", "pakistani rupee": "PKR", "nepalese rupees": "NPR",
            "nepalese rupee": "NPR",
            # (Bangladeshi copy's abbreviation for the taka before the figure, "Tk 406.98 billion", "Tk40,851 crore"; the
            # naira's sign and Nigerian copy's "N" for it)
            "tk": "BDT", "₦": "NGN", "n": "NGN",
            # (Malawian copy's "U$100 000" for the US dollar; a code before the sign, "AUD$12.5 million")
            "u$": "USD", "aud$": "AUD", "cad$": "CAD", "nzd$": "NZD", "sgd$": "SGD", "hkd$": "HKD"}
#: Unqualified currency words (and codes written after the number).
_WORDS = {"dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR",
          "pounds": "GBP", "pound": "GBP", "gbp": "GBP", "sterling": "GBP", "yen": "JPY", "jpy": "JPY",
          "francs": "CHF", "franc": "CHF", "chf": "CHF", "kroner": "NOK", "kronor": "SEK", "krona": "SEK",
          "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "złoty": "PLN", "złotys": "PLN", "złotych": "PLN", "zł": "PLN",
          "pln": "PLN", "hryvnias": "UAH", "hryvnia": "UAH",
          "hryvnas": "UAH", "uah": "UAH", "cad": "CAD", "aud": "AUD", "sek": "SEK", "nok": "NOK", "dkk": "DKK",
          "forints": "HUF", "forint": "HUF", "huf": "HUF", "czk": "CZK", "koruna": "CZK", "korunas": "CZK",
          "lei": "RON", "ron": "RON",
          # (currencies withdrawn when their states took the euro, which pycountry no longer lists but pages of the war's
          # first years write and the ECB's rates still convert: Bulgaria's lev until 2026, Croatia's kuna until 2023)
          "leva": "BGN", "lev": "BGN", "bgn": "BGN", "kuna": "HRK", "kunas": "HRK", "hrk": "HRK",
          # (the one lira ISO 4217 still lists is Türkiye's: "200 million liras" needs no qualifier)
          "lira": "TRY", "liras": "TRY",
          # (Israel's shekel, which ISO 4217 spells "New Israeli Sheqel", and "NIS" as news abbreviates it before or after a figure)
          "shekel": "ILS", "shekels": "ILS", "sheqel": "ILS", "sheqels": "ILS", "nis": "ILS"}
#: A unit's other English forms, to its singular as pycountry's currency names write it.
#: (A plain plural, "dollars", "francs", "manats", is derived below from pycountry's names: only the irregular forms are here.)
_UNITS = {"crowns": "krone", "crown": "krone", "kroner": "krone", "kronor": "krona", "kronur": "krona", "kronors": "krona",
          "lei": "leu"}
#: How news qualifies a US dollar.
_US = {"us", "u.s.", "american", "united states"}


def _qualified() -> dict[tuple[str, str], str]:
    """(qualifier, unit) → ISO 4217 code, from pycountry's currency names ("Norwegian Krone" → NOK;
    "Iceland Krona" also as "Icelandic"). Written once, at import, from the installed package's data."""
    import pycountry

    table: dict[tuple[str, str], str] = {}
    for c in pycountry.currencies:
        words = c.name.replace("(", " ").split()
        if len(words) >= 2 and words[-1].isalpha():
            qualifier, unit = " ".join(words[:-1]).lower(), words[-1].lower()
            table.setdefault((qualifier, unit), c.alpha_3)
            if qualifier.endswith("land"):  # "Iceland Krona": news writes "Icelandic krona"
                table.setdefault((qualifier[:-4] + "landic", unit), c.alpha_3)
    return table


_QUALIFIED = _qualified()
# a qualified unit's plural reads as its singular ("200 million Turkish Liras", "5 billion Armenian drams"; never a fund's or a
# test code's last word, "unit of account")
_UNITS.update({u + "s": u for (_, u), code in _QUALIFIED.items() if not code.startswith("X") and not u.endswith("s")
               and u + "s" not in _UNITS})


def _single() -> dict[str, str]:
    """Unit → ISO 4217 code for the currencies pycountry names by one word, each the only one of that name ("Baht" →
    THB, "Tenge" → KZT, "Rand" → ZAR): "2 million baht" needs no qualifier. Funds, metals and test units (X… codes) are
    left out."""
    import pycountry

    names: dict[str, set[str]] = {}
    for c in pycountry.currencies:
        words = c.name.split()
        if len(words) == 1 and words[0].isalpha() and not c.alpha_3.startswith("X") and c.alpha_3 != "BOV":
            names.setdefault(words[0].lower(), set()).add(c.alpha_3)
    return {word: next(iter(codes)) for word, codes in names.items() if len(codes) == 1}


_SINGLE = _single()
#: ISO 4217 codes that are also English words or well-known acronyms in capitals ("TOP 10", "ALL 32
#: allies", "AMD", "CVE 2024"): not read as a currency before or after a number.
_WORDLIKE_CODES = {"ALL", "AMD", "BAM", "BOB", "CUP", "CVE", "GEL", "MAD", "MOP", "PEN", "SOS", "TOP", "TRY"}


#: Codes of currencies withdrawn for the euro since the war began, still written of its first years ("BGN 100 million").
_WITHDRAWN_CODES = {"BGN", "HRK"}


def _codes() -> list[str]:
    """Every ISO 4217 code pycountry knows (not the X… funds, metals and test codes, nor word-like ones):
    "NZD 25.9 million" and "4 million NZD" are read as every "EUR 400 million" is."""
    import pycountry

    return sorted({c.alpha_3 for c in pycountry.currencies
                   if not c.alpha_3.startswith("X") and c.alpha_3 not in _WORDLIKE_CODES} | _WITHDRAWN_CODES)



_CODES = _codes()
_CODE_SET = frozenset(_CODES)
# in capitals only, whatever the pattern's case flag: "eur" or "nok" in prose are left to the words
_CODE_WORDS = "(?-i:" + "|".join(_CODES) + ")"
#: Units that name a family of currencies when written alone: the donor's own currency of that family
#: is meant ("2.5 billion crowns" from Norway are NOK, "kroner" from Denmark are DKK). The code given
#: here is the reading when the donor's currency is not of the family (None: not read as money).
AMBIGUOUS = {"crowns": ("crown", None), "crown": ("crown", None), "kroner": ("crown", "NOK"), "krone": ("crown", "NOK"),
             "kronor": ("crown", "SEK"), "krona": ("crown", "SEK"),
             # (Azerbaijan's manat and Turkmenistan's: the giver's own, else Azerbaijan's, the one news of this war writes)
             "manat": ("manat", "AZN"), "manats": ("manat", "AZN"),
             # (the yuan is China's unless a Taiwanese giver's, whose dollar Chinese writes "yuan" too; the yen sign before the
             # figure is Japan's unless China's, which writes it for the yuan: "supplies worth ¥5 mln")
             "yuan": ("yuan", "CNY"), "¥": ("yen", "JPY"),
             # (the rupee, and South Asian copy's "Rs" before the figure, "the Rs60 million humanitarian aid": the giver's own
             # rupee, no other reading; Indonesia's rupiah too, which machine translation writes "rupees": "The aid sent today
             # amounts to around 30 billion rupees" in a copy of a release that elsewhere writes "IDR 30 billion")
             "rupee": ("rupee", None), "rupees": ("rupee", None),
             # (the kwacha, Malawi's and Zambia's, and the "K" before a figure that Malawian, Zambian, Papua New Guinean and
             # Burmese copy write for theirs, "K4 billion": the giver's or the recipient's own, no other reading)
             "kwacha": ("kwacha", None), "K": ("ksign", None)}
FAMILIES = {"crown": {"NOK", "DKK", "SEK", "ISK", "CZK"}, "dollar": {"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD"},
            "manat": {"AZN", "TMT"}, "yuan": {"CNY", "TWD"}, "yen": {"JPY", "CNY"},
            "rupee": {"PKR", "INR", "LKR", "NPR", "MUR", "SCR", "IDR"}, "kwacha": {"MWK", "ZMW"},
            "ksign": {"MWK", "ZMW", "PGK", "MMK"}}

# Any demonym too ("Japanese yen", "Polish zloty"): the unit alone then says the currency.
_QUALIFIERS = sorted({q for q, _ in _QUALIFIED} | _US | set(DEMONYMS), key=len, reverse=True)
_UNIT_WORDS = sorted(set(_WORDS) | set(_UNITS) | {u for _, u in _QUALIFIED} | set(_SINGLE) | {w for w in AMBIGUOUS if w.isalpha() and w.islower()},
                     key=len, reverse=True)
_CURRENCY_WORDS = "|".join(re.escape(w) for w in _UNIT_WORDS)
_QUALIFIER_WORDS = "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in _QUALIFIERS)
# A number starts where no digit, comma or point stands before it, and has at most 15
# digits: a run of digits is then read once, not re-tried from each of its positions
# (20 KB of digits took 30 s), and no figure is too large for a decimal to hold.
# (a letter typed twice too many, "$9.3-billlion", is still the scale)
_SCALE_WORDS = (r"thousand|mil{2,}ion|bil{2,}ion|tril{2,}ion|mln|bln|bn|mn|trn|tn|mil|"  # ("510 mil ISK", English for million)
                r"lakhs?|crores?|cr")  # ("Rs 123 crore humanitarian assistance", "Tk 1,216cr more for defence")
# A decimal comma ("$6,3 bn", as written in much of Europe) is read only before a scale word,
# where a thousands separator (three digits after the comma) cannot stand.
# (and South Asian copy's grouping by lakhs and crores: "Rs 65,35,00,000")
NUMBER = _NUM = (r"(?<![\d.,])(\d{1,3},\d{1,2}(?=\s*(?:" + _SCALE_WORDS + r")\b)|\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])"
                 r"|\d{1,3}(?:,\d{3}){1,5}(?:\.\d{1,6})?|\d{1,3}(?:\.\d{3}){2,5}(?![\d.,])"
                 # (thousands set off by spaces, as much of Africa and Europe writes them, "U$100 000"; never before a scale word,
                 # "5 100 million" is no such figure)
                 r"|\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,4}(?![\d.,])(?!\s*(?:" + _SCALE_WORDS + r")\b)"
                 r"|\d{1,15}(?:\.\d{1,6})?)(?![\d])")
SCALE = _SCALE = r"(?:(?:\s*|-)(" + _SCALE_WORDS + r"|[kmb])\b)?"  # ("$9.3-billion")
#: A figure that a scale in lower case makes a sum ("4.91tn", "10 million"): what a sign that is also a letter or a word ("N",
#: "MAD") must be followed by to be money.
_SCALED_SUM = r"\d[\d,.]*\s?(?-i:trillion|billion|million|thousand|tn|bn|mn|mln|bln|m|b)\b"
# symbol first: "$691 million", "US$ 5bn", "€100 million", "EUR 400 million"
# (the common codes in any case, as before: "eur 400 million"; every other code in capitals)
_PREFIX = (r"(US\$|(?-i:\bU\$)|(?-i:\b(?:AUD|CAD|NZD|SGD|HKD)\$)|"
           r"C\$|CA\$|A\$|AU\$|NZ\$|(?<![A-Za-z])S\$|(?<![A-Za-z])HK\$|(?<![A-Za-z])NT\$|\$|(?-i:\bBt)(?=\d)|(?-i:\bKč)|(?-i:\bNIS)(?=\s?\d)|"
           r"(?-i:\bRs\.?)(?=\s?\d)|(?-i:\bRM)(?=\d)|(?-i:\bR\$)|₹|(?-i:\bSLR)(?=\s?\d)|(?-i:\bTk\.?)(?=\s?\d)|₦|"
           # (and Nigerian copy's "N" for the naira, glued to a sum a scale makes one: "N4.91tn", "N4.91 trillion"; never a
           # rate, "N1,500 to the dollar")
           r"(?-i:\bN)(?=" + _SCALED_SUM + r")|"
           # (and the kwacha's or the kina's "K", glued to a sum a scale makes one: "K4 billion", "over K100 million")
           r"(?-i:\bK)(?=" + _SCALED_SUM + r")|"
           r"(?-i:(?:Sri\s+Lankan|Indian|Pakistani|Nepalese)\s+[Rr]upees?)(?=\s\d)|"
           # (a bare "R" only before a sum that a scale or thousands make one, never a road's or a model's number: "the R44")
           r"(?-i:\bR)(?=\d[\d,.]*\s?(?:million|billion|trillion|thousand|bn|mn|m|b)\b|\d{1,3}(?:,\d{3})+\b)|"
           r"€|£|¥|\b(?:USD|EUR|GBP|JPY|CHF|PLN|UAH|CAD|AUD|SEK|NOK|DKK|CZK|HUF|RON|" + _CODE_WORDS + r")(?![A-Za-z])|"
           # (a code that is also a word only before a sum a scale in lower case or thousands make one: "aid worth MAD 10
           # million", never "ALL 32 allies", "TOP 10" or "MAD 2")
           r"(?-i:\b(?:" + "|".join(sorted(_WORDLIKE_CODES)) + r"))(?=\s?" + _SCALED_SUM + r"|\s?\d{1,3}(?:,\d{3})+(?![\d,])))")
_PREFIXED = re.compile(_PREFIX + r"\s?" + _NUM + _SCALE + r"(?:\s+(?:USD|dollars)\b)?", re.I)
#: A number written in words, read only before a scale word ("one million euros", "a billion dollars").
_NUMBER_WORDS = {**NUMBER_WORDS, "a": 1, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
                 "forty": 40, "fifty": 50, "a hundred": 100, "one hundred": 100, "hundred": 100,
                 # "half a billion" is 500 million (it was read as "a billion"), "one and a half billion" 1.5 billion
                 "half a": 0.5, "half": 0.5, "one and a half": 1.5, "two and a half": 2.5, "three and a half": 3.5,
                 # ("around a quarter of a billion euros" is 250 million, never a billion)
                 "a quarter of a": 0.25, "three quarters of a": 0.75}
_WORD_NUM = (r"\b(" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_NUMBER_WORDS, key=len, reverse=True))
             + r")(?=\s+(?:thousand|million|billion|trillion)\b)")


def _in_words(words: str) -> str:
    """The number a match of :data:`_WORD_NUM` writes in words, as digits ("a quarter of a" → "0.25")."""
    return str(_NUMBER_WORDS[" ".join(words.lower().split())])


# (a code before a number in words: "ISK one billion", "EUR two billion")
_PREFIXED_WORDS = re.compile(_PREFIX + r"\s" + _WORD_NUM + r"\s+(thousand|million|billion|trillion)\b", re.I)
# word after: "8 billion Japanese yen", "600m euros", "405 million Danish kroner", "1.5 billion Norwegian crowns",
# "one million euros"
# (or hyphenated as one adjective: "the EU’s planned 90-billion-euro support package", "90B-euro Ukraine loan")
_SUFFIXED = re.compile("(?:" + _NUM + "|" + _WORD_NUM + ")" + _SCALE + r"(?:\s+|-)(?:(" + _QUALIFIER_WORDS + r")\s+)?("
                       + _CURRENCY_WORDS + "|" + _CODE_WORDS + r")\b", re.I)



# sign after: "humanitarian assistance worth 1$ million", "100 million €", as copy translated from languages that write the
# sign last does (never a sign that opens the next amount: "5 million $10 …")
_SIGN_AFTER = re.compile(_NUM + r"(?:\s*([$€£])\s?(" + _SCALE_WORDS + r")\b|" + _SCALE + r"\s?([$€£]))(?!\s?\d)(?![\w$€£])", re.I)


def national_currency(alpha_2: str) -> str | None:
    """The national currency of a country, by ISO 4217's rule that a national currency's numeric code
    is its issuer's ISO 3166-1 numeric code (Norway 578 → NOK 578); None for a currency union (EUR).

    A currency redenominated since took a numeric code of its own (the Turkish lira 949, not Türkiye's 792): its alpha code
    still opens with the issuer's alpha-2 code, ISO 4217's other rule, and the one current currency so coded is the country's.

    >>> [national_currency(c) for c in ("NO", "DK", "CA", "US", "DE")]
    ['NOK', 'DKK', 'CAD', 'USD', None]
    >>> [national_currency(c) for c in ("TR", "AZ", "TW", "RO", "RS", "ME")]
    ['TRY', 'AZN', 'TWD', 'RON', 'RSD', None]
    """
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha_2)
    currency = pycountry.currencies.get(numeric=country.numeric) if country else None
    if currency is None and country is not None:
        coded = [c.alpha_3 for c in pycountry.currencies if c.alpha_3[:2] == alpha_2 and c.alpha_3 not in _FUND_CODES]
        return coded[0] if len(coded) == 1 else None
    return currency.alpha_3 if currency else None


@functools.cache
def issuing_state(currency: str) -> str | None:
    """The one state (ISO 3166 alpha-2) whose national currency ``currency`` is, or None for a currency several states use
    or more than one state's news writes its sums in (the US dollar, the euro, the pound, the Swiss franc).

    >>> issuing_state("BDT"), issuing_state("MAD"), issuing_state("USD"), issuing_state("EUR")
    ('BD', 'MA', None, None)
    """
    import pycountry

    if currency in _WIDELY_QUOTED:
        return None
    found = pycountry.currencies.get(alpha_3=currency)
    if found is None:
        return None
    states = [c.alpha_2 for c in pycountry.countries if c.numeric == found.numeric]
    return states[0] if len(states) == 1 else None


#: Currencies the news of every state quotes sums in: no page's own state by them.
_WIDELY_QUOTED = {"USD", "EUR", "GBP", "CHF", "JPY", "CNY"}


#: ISO 4217's funds and units of account, never a country's money ("CLF", the Chilean unit of account, beside the peso).
_FUND_CODES = {"BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW", "CUC"}


def _currency(qualifier: str | None, word: str) -> str | None:
    """The ISO code of a currency as written after a number: "Australian dollars" → AUD, "euros" → EUR."""
    if word in _CODE_SET:  # a code in capitals after the number: "4 million NZD"
        return word
    word = word.lower()
    if qualifier:
        q = " ".join(qualifier.lower().split())
        if q in _US and word in ("dollar", "dollars"):
            return "USD"
        code = _QUALIFIED.get((q, _UNITS.get(word, word)))
        if code:
            return code
    if word in ("dollars", "dollar") and not qualifier:
        return "?dollar"
    if word in AMBIGUOUS:
        return "?" + AMBIGUOUS[word][0]  # the family, settled by whoever gives it (see AMBIGUOUS)
    if word in _WORDS:
        return _WORDS[word]
    return _SINGLE.get(word)


def dollar_of_brackets(texts: list[str], on: date | None) -> str | None:
    """Which dollar a page's bare "$" is, where the page restates a sum of another currency with it in brackets: the dollar
    whose ECB rate on ``on`` (else the last the table holds) the two figures' ratio matches within 5 %, else None. "A$800,000
    ($873,987)" in a New Zealand paper is New Zealand dollars (1.09 Australian), "A$2 million ($1.43 million)" in Reuters copy
    US dollars (0.72): a page that writes "A$" does not by that mean US dollars by "$".

    >>> dollar_of_brackets(["The Australian government will also provide an initial A$800,000 ($873,987)."], date(2023, 10, 31))
    'NZD'
    >>> dollar_of_brackets(["Australia will provide an additional A$2 million ($1.43 million) to Tonga."], date(2022, 1, 19))
    'USD'
    >>> dollar_of_brackets(["No bracket here: A$2 million."], None) is None
    True
    """
    from ..conversion import shared_converter  # (the process's one rate table, read on first use: few pages ask for it)

    day = on or date(2999, 1, 1)
    for text in texts:
        if "(" not in text:
            continue  # (no bracket, no restatement: the sentence's sums need not be read again)
        money = find_money(text, families=True)
        for a, b in zip(money, money[1:], strict=False):
            if b.currency != "?dollar" or a.currency.startswith("?") or a.value <= 0 \
                    or not re.fullmatch(r"\s*\(\s*(?:about\s+|around\s+|approximately\s+|roughly\s+|some\s+)?", text[a.end:b.start]):
                continue
            ratio = b.value / a.value
            near = [c for c in sorted(FAMILIES["dollar"] - {a.currency})
                    if (rate := shared_converter().rate(a.currency, c, day)) is not None and abs(ratio / rate[0] - 1) <= Decimal("0.05")]
            if len(near) == 1:
                return near[0]
    return None


def settle(money: Money, donor_currency: str | None, explicit_dollars: bool, local_currency: str | None = None) -> Money | None:
    """An amount in a currency family ("2.5 billion crowns", a bare "$") read as the donor's own currency
    of that family, else the recipient's (``local_currency``: "The US government has given Malawi K4 billion"), else the
    family's usual reading, else None. A bare dollar is the donor's own
    (Canadian, Australian…) only where the article never writes which dollar it means (US$, C$,
    "Canadian dollars"): wire copy that marks its dollars means US dollars by a bare "$".

    >>> [settle(m, "USD", True, "MWK").currency for m in find_money("K4 billion and 1.6 billion kwacha", families=True)]
    ['MWK', 'MWK']
    >>> [settle(m, "USD", True, None) for m in find_money("K4 billion", families=True)]
    [None]
    """
    from dataclasses import replace

    if money.currency == "?dollar":
        own = donor_currency if donor_currency in FAMILIES["dollar"] and not explicit_dollars else "USD"
        return replace(money, currency=own)
    if money.currency.startswith("?"):
        if donor_currency in FAMILIES[money.currency[1:]]:
            return replace(money, currency=donor_currency)
        if local_currency in FAMILIES[money.currency[1:]] and money.currency != "?dollar":
            return replace(money, currency=local_currency)
        word = money.text[0] if money.text[0] in AMBIGUOUS else money.text.split()[-1].lower()  # (a sign, or the unit after)
        default = AMBIGUOUS.get(word, (None, None))[1]
        return replace(money, currency=default) if default else None
    return money


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


def parse_amount(number: str, scale: str | None) -> Decimal | None:
    """A number as written ("1,050", "1.05") times its scale word ("billion", "bn"), or None.

    A point before groups of three digits with no scale word after is a thousands separator, as much of Europe and
    Asia writes it ("USD 200.000" is two hundred thousand dollars; "1.500 million" is one and a half million).

    >>> parse_amount("200.000", None), parse_amount("1.500", "million"), parse_amount("2.5", None)
    (Decimal('200000'), Decimal('1500000'), Decimal('2.5'))
    >>> parse_amount("1.250.000", None)
    Decimal('1250000')
    """
    number = re.sub(r"(?<=\d)[ \u00a0\u202f](?=\d{3})", "", number)  # ("100 000")
    if not scale and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", number) or re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", number):
        number = number.replace(".", "")
    try:
        # "6,3" before a scale word is a decimal comma (NUMBER admits no other two-digit group)
        value = Decimal(number.replace(",", ".") if re.fullmatch(r"\d{1,3},\d{1,2}", number) else number.replace(",", ""))
    except InvalidOperation:
        return None
    if scale:
        value *= _SCALES[re.sub(r"l{2,}ion$", "llion", scale.lower())]
    if not value.is_finite() or value >= MAX_AMOUNT:
        return None
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


#: A range's upper figure and its scale after a lower one with none ("€24" then "-28 million").
_RANGE_AFTER = re.compile(r"\s*(?:-|–)\s*(?:[$€£]\s?)?\d{1,15}(?:\.\d{1,6})?(?:\s*|-)(" + _SCALE_WORDS + r"|[mb])\b", re.I)
#: A range's upper figure with a scale of its own after a lower one with one ("$1 billion" then " to $2 billion").
_RANGE_TO = re.compile(r"\s*(?:-|–|to)\s*(?:[$€£]\s?)?(\d{1,15}(?:\.\d{1,6})?)\s*(" + _SCALE_WORDS + r"|[mb])\b", re.I)
#: A range's lower figure before an upper one that carries the scale ("600-" before "700 million korunas").
#: (never a change, "from 2 to 3 billion euros": the figure it goes to)
_RANGE_BEFORE = re.compile(r"(?<!\bfrom\s)(?<![\d.,])(\d{1,15}(?:\.\d{1,6})?)\s*(?:-|–|to)\s*$", re.I)


#: A bare amount joined to one that named its currency, with a verb or a purpose after it and no unit of its own ("… and 4.3
#: million to support the armed forces", "…, and another 2 billion for …"): the same currency, left out.
_ELIDED = re.compile(r"\b(?:and|plus|while)\s+(?:another\s+|a\s+further\s+|an\s+additional\s+)?(?P<number>\d+(?:[.,]\d+)?)\s+"
                     r"(?P<scale>million|billion)\b(?=\s+(?:will|would|is|was|are|were|to|for|towards?|as|in\s+(?:military|humanitarian|"
                     r"financial)|on)\b)")


#: What follows "pounds" that weighs goods, never money: "160,000 pounds of food aid", "40,000 pounds of rice".
_WEIGHED = re.compile(r"\s+of\s+(?:[a-z-]+\s+){0,2}?(?:food|rice|wheat|flour|grain|supplies|medicines?|cargo|goods|equipment|materials|"
                      r"items|commodities|meals|water|tents|blankets)\b")


def find_money(text: str, families: bool = False) -> list[Money]:
    """Every amount in ``text``, in order, without overlaps. With ``families``, an amount in a unit
    several currencies share (a bare "$", "crowns") has the family as its currency ("?dollar",
    "?crown") for the caller to :func:`settle`; without, its usual reading (USD; kroner NOK).

    >>> [(str(m.value), m.currency) for m in find_money("Japan: 8 billion Japanese yen, approximately $58,000,000 USD")]
    [('8000000000', 'JPY'), ('58000000', 'USD')]
    >>> [(str(m.value), m.currency) for m in find_money("1 billion euros ($1.1 billion) and about 600m euros")]
    [('1000000000', 'EUR'), ('1100000000', 'USD'), ('600000000', 'EUR')]
    >>> [(str(m.value), m.currency) for m in find_money("NOK2 billion, $6,3 bn, EUR 6.3 bln, 1,250 euros")]
    [('2000000000', 'NOK'), ('6300000000', 'USD'), ('6300000000', 'EUR'), ('1250', 'EUR')]
    >>> [m.currency for m in find_money("$5 million, 3 billion crowns and 2 billion kroner", families=True)]
    ['?dollar', '?crown', '?crown']
    >>> [m.currency for m in find_money("50 million Australian dollars, 1.5 billion Norwegian crowns, 2bn Swedish kronor")]
    ['AUD', 'NOK', 'SEK']
    >>> [(str(m.value), m.currency) for m in find_money("NZD 25.9 million, 4 million NZD, the TOP 10 allies")]
    [('25900000', 'NZD'), ('4000000', 'NZD')]
    >>> [(str(m.value), m.currency) for m in find_money("100 million leva, BGN 20 million and 300 million kuna")]
    [('100000000', 'BGN'), ('20000000', 'BGN'), ('300000000', 'HRK')]
    >>> [(str(m.value), m.currency) for m in find_money("one million euros, a billion dollars, Two hundred euros")]
    [('1000000', 'EUR'), ('1000000000', 'USD')]
    >>> [(str(m.value), m.currency) for m in find_money("US$5.5 billion (S$7.3 billion), HK$2 million, NT$1.8 billion")]
    [('5500000000', 'USD'), ('7300000000', 'SGD'), ('2000000', 'HKD'), ('1800000000', 'TWD')]
    >>> [(str(m.value), m.currency) for m in find_money("assistance worth 1$ million, 100 million €, USD 200.000")]
    [('1000000', 'USD'), ('100000000', 'EUR'), ('200000', 'USD')]
    >>> [(str(m.value), m.text) for m in find_money("The total will be $1 billion 230 million.")]
    [('1230000000', '$1 billion 230 million')]
    >>> [(str(m.value), m.currency) for m in find_money("$245 million [Australian dollars, $164 million US dollars]")]
    [('245000000', 'AUD'), ('164000000', 'USD')]

    A range is read at its lower bound, the scale written once after it (what is committed at least):

    >>> [(str(m.value), m.currency, m.text) for m in find_money("worth 600-700 million korunas (€24-28 million), Kč422 Mln")]
    [('600000000', 'CZK', '600-700 million korunas'), ('24000000', 'EUR', '€24-28 million'), ('422000000', 'CZK', 'Kč422 Mln')]
    >>> [str(m.value) for m in find_money("from 2 to 3 billion euros, 5 to 6 billion euros")]
    ['3000000000', '5000000000']
    >>> [(str(m.value), m.text) for m in find_money("roughly $66.5–$66.9 billion in security assistance")]
    [('66500000000', '$66.5–$66.9 billion')]
    >>> [(str(m.value), m.text) for m in find_money("an estimated $1 billion to $2 billion, from $3 billion to $4 billion")]
    [('1000000000', '$1 billion to $2 billion'), ('3000000000', '$3 billion'), ('4000000000', '$4 billion')]
    """
    found: list[Money] = []

    def overlaps(m: re.Match[str]) -> bool:
        """Whether ``m`` shares a character with an amount already read (the readings after the first two take no part of one)."""
        return any(f.start <= m.start() < f.end or m.start() <= f.start < m.end() for f in found)

    for m in _PREFIXED.finditer(text):
        if any(f.start <= m.start() < f.end for f in found):
            continue  # (the upper figure of a range read with its lower one: "$66.5–$66.9 billion")
        symbol = " ".join(m.group(1).lower().split())
        currency = "?dollar" if symbol == "$" and not re.search(r"(?:USD|dollars)$", m.group(0), re.I) \
            else "?yen" if symbol == "¥" else "?rupee" if symbol.rstrip(".") == "rs" else "?ksign" if symbol == "k" \
            else _SYMBOLS.get(symbol) or symbol.upper()
        scale, end = m.group(3), m.end()
        upper = _RANGE_AFTER.match(text, m.end()) if not scale else None
        if upper is not None:  # "€24-28 million": the scale the range's upper figure gives
            scale, end = upper.group(1), upper.end()
        value = parse_amount(m.group(2), scale)
        # (a range whose figures both carry the scale, "an estimated $1 billion to $2 billion": at its lower bound; never a
        # change, "from $1 billion to $2 billion", "by $1 billion to $2 billion", whose figures are two)
        ranged = _RANGE_TO.match(text, end) if scale and not re.search(r"\b(?:from|by)\s+(?:[a-z]+\s+){0,2}$", text[:m.start()], re.I) \
            else None
        if ranged is not None and value is not None and (parse_amount(ranged.group(1), ranged.group(2)) or 0) > value:
            end = ranged.end()
        # (billions and millions written apart: "$1 billion 230 million")
        millions = re.match(r"\s+(?:and\s+)?(\d{1,3})\s+million\b", text[end:]) if scale and scale.lower().startswith("b") else None
        if millions is not None and value is not None:
            value, end = value + int(millions.group(1)) * 1_000_000, end + millions.end()
        # (the dollar a bracket names right after it: "$245 million [Australian dollars, $164 million US dollars]")
        named = re.match(r"\s*[\[(]\s*(Australian|Canadian|New\s+Zealand|US|U\.S\.|American)\s+dollars\b", text[end:]) \
            if currency == "?dollar" else None
        if named is not None:
            currency = _currency(named.group(1), "dollars") or currency
        if value is not None and value > 0:
            found.append(Money(value, currency, m.start(), end, text[m.start():end]))
    for m in _PREFIXED_WORDS.finditer(text):
        if m.group(1) in ("$", "€", "£", "¥") or any(f.start <= m.start() < f.end for f in found):
            continue  # (a symbol before a number in words is no usage news has: "$ one billion")
        value = parse_amount(_in_words(m.group(2)), m.group(3))
        if value is not None:
            found.append(Money(value, _SYMBOLS.get(m.group(1).lower()) or m.group(1).upper(), m.start(), m.end(), m.group(0)))
    for m in _SUFFIXED.finditer(text):
        if overlaps(m):
            continue
        number = m.group(1) or _in_words(m.group(2))
        start = m.start()
        lower = _RANGE_BEFORE.search(text[:m.start()]) if m.group(1) else None
        if lower is not None and Decimal(lower.group(1).replace(",", "")) < Decimal(number.replace(",", "")):
            number, start = lower.group(1), lower.start(1)  # "600-700 million korunas": its lower bound
        value = parse_amount(number, m.group(3))
        unit = _currency(m.group(4), m.group(5))
        if unit == "GBP" and _WEIGHED.match(text, m.end()):
            continue  # "more than 160,000 pounds of food aid": a weight, no money
        if value is not None and value > 0 and unit:
            found.append(Money(value, unit, start, m.end(), text[start:m.end()]))
    for m in _SIGN_AFTER.finditer(text):
        if overlaps(m):
            continue
        value = parse_amount(m.group(1), m.group(3) or m.group(4))
        if value is not None and value > 0:
            sign = m.group(2) or m.group(5)
            found.append(Money(value, "?dollar" if sign == "$" else _SYMBOLS[sign], m.start(), m.end(), m.group(0)))
    found.sort(key=lambda f: f.start)
    # (a second amount whose currency the sentence leaves out, joined to one that gave it: "5.3 million euros will go to the
    # reconstruction of Ukraine and 4.3 million to support the armed forces": the same currency)
    elided = []
    for i, f in enumerate(found):
        later = found[i + 1].start if i + 1 < len(found) else len(text)
        for m in _ELIDED.finditer(text, f.end, later):
            value = parse_amount(m.group("number"), m.group("scale"))
            if value is not None and value > 0 and not re.search(r"[.;]\s", text[f.end:m.start()]):
                elided.append(Money(value, f.currency, m.start("number"), m.end("scale"), text[m.start("number"):m.end("scale")]))
    found = sorted(found + elided, key=lambda f: f.start)
    if not families:
        found = [settled for f in found if (settled := settle(f, None, True)) is not None]
    return found
