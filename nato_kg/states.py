"""The states a workspace can name: ISO 3166-1's (from pycountry) and the few that news names but the
standard does not list yet.

Kosovo has no ISO 3166-1 code; the European Commission, the IMF and the ECB write it ``XK``, a code the
standard leaves to its users, so that is the one used here. Everything that checks or resolves a country
code asks this module, never pycountry alone, so such a state is one entry here.

>>> country_name("XK"), country_name("NO"), country_name("ZZ")
('Kosovo', 'Norway', None)
"""

from __future__ import annotations

#: States outside ISO 3166-1, by the user-assigned code their institutions use → English name.
UNLISTED = {"XK": "Kosovo"}


def country_codes() -> list[str]:
    """Every country code a workspace may use: ISO 3166-1 alpha-2 (pycountry) and :data:`UNLISTED`."""
    import pycountry  # loads its data files on first use

    return [c.alpha_2 for c in pycountry.countries] + list(UNLISTED)


def is_country_code(code: str) -> bool:
    """Whether ``code`` is one a workspace may use (a lookup, not the list :func:`country_codes` builds).

    >>> is_country_code("XK"), is_country_code("NO"), is_country_code("XZ")
    (True, True, False)
    """
    import pycountry

    return code in UNLISTED or pycountry.countries.get(alpha_2=code) is not None


def country_name(code: str) -> str | None:
    """The English name of a country code as news writes it (ISO 3166's common name where it has one, "Taiwan" rather than
    "Taiwan, Province of China", "South Korea" rather than "Korea, Republic of"; or :data:`UNLISTED`'s), None for an unknown
    code.

    >>> country_name("TW"), country_name("KR"), country_name("AZ")
    ('Taiwan', 'South Korea', 'Azerbaijan')
    """
    import pycountry

    if code in UNLISTED:
        return UNLISTED[code]
    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", country.name) if country else None
