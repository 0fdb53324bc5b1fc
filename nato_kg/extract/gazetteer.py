"""Names to entities: the workspace's labels and aliases, countries from pycountry, demonyms,
and fuzzy matching (rapidfuzz) for the misspellings news really contains ("Higgsith")."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..records import Seeds
from ..states import UNLISTED
from . import rx as re

#: Adjectives and short forms news uses for countries (ISO 3166 alpha-2); pycountry has none.
DEMONYMS = {
    "american": "US", "u.s.": "US", "us": "US", "america": "US", "british": "GB", "u.k.": "GB",
    "uk": "GB", "britain": "GB", "french": "FR", "german": "DE",
    "italian": "IT", "spanish": "ES", "polish": "PL",
    "finnish": "FI", "swedish": "SE", "norwegian": "NO",
    "danish": "DK", "dutch": "NL", "belgian": "BE",
    "estonian": "EE", "latvian": "LV", "lithuanian": "LT",
    "czech": "CZ", "slovak": "SK", "hungarian": "HU", "romanian": "RO",
    "bulgarian": "BG", "greek": "GR", "turkish": "TR", "portuguese": "PT",
    "canadian": "CA", "japanese": "JP", "ukrainian": "UA",
    "russian": "RU", "chinese": "CN",
    "australian": "AU", "south korean": "KR", "korean": "KR", "irish": "IE", "croatian": "HR", "slovenian": "SI",
    "icelandic": "IS", "luxembourgish": "LU", "albanian": "AL", "montenegrin": "ME", "north macedonian": "MK",
    # the other forms news writes ("the Slovakian government") and neighbours it names
    "slovakian": "SK", "slovene": "SI", "macedonian": "MK", "austrian": "AT", "swiss": "CH", "serbian": "RS",
    "georgian": "GE", "moldovan": "MD", "belarusian": "BY", "israeli": "IL", "maltese": "MT", "cypriot": "CY",
    "iranian": "IR", "north korean": "KP", "indian": "IN", "kosovar": "XK", "kosovan": "XK", "bosnian": "BA",
    "philippine": "PH", "filipino": "PH",
    # states beyond the alliance's neighbours that defence news names by their adjective ("Argentine Defence Minister Luis
    # Petri", "the Brazilian government"); only forms one state goes by ("Korean", "Guinean", "Congolese" are left out)
    "argentine": "AR", "argentinian": "AR", "argentinean": "AR", "brazilian": "BR", "chilean": "CL", "colombian": "CO",
    "mexican": "MX", "peruvian": "PE", "venezuelan": "VE", "egyptian": "EG", "moroccan": "MA", "saudi": "SA", "emirati": "AE",
    "qatari": "QA", "jordanian": "JO", "iraqi": "IQ", "syrian": "SY", "lebanese": "LB", "south african": "ZA", "nigerian": "NG",
    "kenyan": "KE", "ethiopian": "ET", "pakistani": "PK", "afghan": "AF", "indonesian": "ID", "malaysian": "MY",
    "singaporean": "SG", "thai": "TH", "vietnamese": "VN", "taiwanese": "TW", "mongolian": "MN", "kazakh": "KZ",
    "kazakhstani": "KZ", "uzbek": "UZ", "azerbaijani": "AZ", "armenian": "AM",
    # ("Senegalese President Macky Sall", "Zambian President …": the states of Africa's and Asia's peace missions and aid)
    "senegalese": "SN", "zambian": "ZM", "ugandan": "UG", "comorian": "KM", "ghanaian": "GH", "rwandan": "RW",
    "tanzanian": "TZ", "zimbabwean": "ZW", "mozambican": "MZ", "angolan": "AO", "namibian": "NA", "malian": "ML",
    "ivorian": "CI", "cameroonian": "CM", "sudanese": "SD", "libyan": "LY", "tunisian": "TN", "algerian": "DZ",
    "somali": "SO", "kuwaiti": "KW", "bahraini": "BH", "omani": "OM", "yemeni": "YE", "bangladeshi": "BD",
    "sri lankan": "LK", "nepali": "NP", "nepalese": "NP", "cambodian": "KH", "kyrgyz": "KG", "tajik": "TJ", "turkmen": "TM",
    "cuban": "CU", "bolivian": "BO", "uruguayan": "UY", "paraguayan": "PY", "ecuadorian": "EC", "guatemalan": "GT",
    # ("Palestinian Minister of Foreign Affairs and Expatriates Riyad al-Malki")
    "palestinian": "PS",
    # ("Anthony Albanese and his Papua New Guinean counterpart James Marape")
    "papua new guinean": "PG", "fijian": "FJ", "samoan": "WS", "tongan": "TO", "solomon islander": "SB", "vanuatuan": "VU",
}


#: The names English news gives countries whose ISO 3166 names (pycountry's) differ: pycountry writes
#: "Türkiye", "Iran, Islamic Republic of", "Viet Nam"; news writes "Turkey", "Iran", "Vietnam".
NEWS_NAMES = {"Turkey": "TR", "Russia": "RU", "South Korea": "KR", "North Korea": "KP",
              # (Korean news writes the South as "Korea", the North always in full: "Korea would need to raise its defense
              # budget by 7.7 percent annually")
              "Korea": "KR", "Iran": "IR", "Syria": "SY",
              "Vietnam": "VN", "Moldova": "MD", "Taiwan": "TW", "Czech Republic": "CZ", "Macedonia": "MK", "Laos": "LA",
              "Bolivia": "BO", "Venezuela": "VE", "Tanzania": "TZ", "Ivory Coast": "CI", "Cape Verde": "CV",
              "Brunei": "BN", "Palestine": "PS", "USA": "US", "U.S.A.": "US", "Bosnia": "BA", "BiH": "BA",
              "UAE": "AE", "U.A.E.": "AE",  # ("The UAE will send AED 18 million …")
              # (a compass point cut to its initial, as Balkan and wire copy writes it: "Ukraine has asked N. Macedonia for new
              # military aid" had been read as a person "N. Macedonia")
              "N. Macedonia": "MK", "N. Korea": "KP", "S. Korea": "KR", "S. Africa": "ZA",
              # (initials as a broadcast's transcript spells them out: "U-K Defence Secretary John Healey")
              "U-K": "GB", "U-S": "US",
              # (a state news writes by its initials: "PNG Prime Minister James Marape")
              "PNG": "PG",
              # (the one grand duchy, as its own papers name it: "The Grand Duchy targeted a goal of 0.6% by last year")
              "Grand Duchy": "LU",
              # a nation of a state that news names like a country: "made in Northern Ireland" is made in the UK,
              # never in Ireland ("a £1.6 billion deal the UK has signed" had been given to Ireland)
              "Northern Ireland": "GB", "Scotland": "GB", "Wales": "GB",
              # (a state's development agency by its initials, the state giving: "To date, USAID has provided approximately $5
              # million"; only initials no other body or word goes by, and "U.S" as copy types it without its last point)
              "USAID": "US", "U.S": "US", "JICA": "JP", "KOICA": "KR", "FCDO": "GB", "DFID": "GB", "TIKA": "TR", "AusAID": "AU"}

#: Legislatures named without their country ("The House of Representatives passed the $60.8bn package"): the
#: country whose money they vote. Only names no other country's parliament goes by in English news.
LEGISLATURES = {"Congress": "US", "U.S. Congress": "US", "US Congress": "US", "House of Representatives": "US",
                "U.S. House": "US", "US House": "US", "Bundestag": "DE", "Verkhovna Rada": "UA", "Sejm": "PL",
                "Storting": "NO", "Riksdag": "SE", "Folketing": "DK", "Eduskunta": "FI", "Knesset": "IL", "Duma": "RU",
                "Dewan Rakyat": "MY",  # ("after tabling the Defence White Paper in the Dewan Rakyat today")
                # (the Baltic and other parliaments by their own names: "Kasčiūnas, an MP …, previously chaired the Seimas
                # Committee on National Security and Defence" on a Lithuanian page that never writes "Lithuania")
                "Seimas": "LT", "Saeima": "LV", "Riigikogu": "EE", "Sabor": "HR", "Althingi": "IS", "Alþingi": "IS",
                "Oireachtas": "IE", "Dáil": "IE", "Tweede Kamer": "NL", "Stortinget": "NO", "Riksdagen": "SE",
                "Folketinget": "DK"}


_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
                          "þ": "th", "Þ": "Th", "ð": "d", "œ": "oe", "Œ": "Oe", "ı": "i"})


def norm(name: str) -> str:
    """Case-, accent- and punctuation-folded key for a name ("Støre" → "store", "Władysław" → "wladyslaw")."""
    text = unicodedata.normalize("NFKD", name.translate(_LETTERS)).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9.]+", " ", text).strip()


def skeleton(key: str) -> str:
    """A folded name (:func:`norm`) without what transliterations of one name disagree on: "y" for "i", a doubled
    letter ("Volodimir Zelenski", "Volodymyr Zelenskyy" and "Oleksii"/"Oleksiy" each become one form).

    >>> skeleton("volodimir zelenski") == skeleton("volodymyr zelenskyy"), skeleton("oleksiy") == skeleton("oleksii")
    (True, True)
    >>> skeleton("mark rutte") == skeleton("mark ruta")
    False
    """
    return re.sub(r"(.)\1+", r"\1", key.replace("y", "i"))


def consonants(key: str) -> str:
    """A folded surname's consonants, each run of one written once: what a misspelling by ear keeps ("Higgsith" and
    "Hegseth" both sound h-g-s-t-h) and another name does not ("Sarec" is no "Starmer").

    >>> consonants("higgsith") == consonants("hegseth"), consonants("sarec"), consonants("starmer")
    (True, 'src', 'strmr')
    """
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy\W]", "", key))


def person_form(name: str) -> str:
    """A person's name without middle initials or a generational suffix.

    >>> person_form("Lloyd J. Austin III"), person_form("Martin Luther King Jr."), person_form("U.S.")
    ('Lloyd Austin', 'Martin Luther King', 'U.S.')
    """
    plain = re.sub(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV)$", "", name.strip())
    plain = re.sub(r"(?<=[a-z])\s+(?:[A-Z]\.\s*)+(?=[A-Z][a-z])", " ", plain)
    return plain if len(plain.split()) >= 2 or plain == name.strip() else name


def capitals() -> dict[str, str]:
    """Capital (or seat of government) as written → ISO 3166 alpha-2 code, from ``capitals.yaml`` (read once)."""
    global _CAPITALS
    if _CAPITALS is None:
        import yaml

        text = (Path(__file__).with_name("capitals.yaml")).read_text(encoding="utf-8")
        _CAPITALS = {str(k): str(v) for k, v in (yaml.safe_load(text) or {}).items()}
    return _CAPITALS


_CAPITALS: dict[str, str] | None = None


@dataclass(frozen=True)
class Match:
    """A name found in the text, resolved (or not) to an entity."""

    name: str
    entity: str | None
    type: str | None
    score: float  # 100 for an exact label, alias or demonym
    how: str  # label | alias | surname | demonym | fuzzy | new

    @property
    def to_confirm(self) -> bool:
        return self.how in ("fuzzy", "surname", "capital")


class Gazetteer:
    """Resolves names against a workspace's entities (and countries it does not list yet)."""

    def __init__(self, seeds: Seeds):
        import pycountry

        self.types = {e.id: e.type for e in seeds.entities.values()}
        self.exact: dict[str, tuple[str, str]] = {}
        self.surnames: dict[str, set[str]] = {}
        for e in seeds.entities.values():
            # resolve() looks names up without a leading "the": an alias written "the alliance" is kept so too
            self.exact.setdefault(norm(e.label).removeprefix("the ").strip(), (e.id, "label"))
            for alias in e.aliases:
                self.exact.setdefault(norm(alias).removeprefix("the ").strip(), (e.id, "alias"))
            if e.type == "person":
                for name in (e.label, *e.aliases):
                    parts = norm(name).split()
                    if len(parts) >= 2:
                        self.surnames.setdefault(parts[-1], set()).add(e.id)
        by_code = {e.iso3166: e.id for e in seeds.entities.values() if e.iso3166}
        self.country_ids: dict[str, str] = {}
        #: country names as written (for finding them in text)
        self.country_names: list[str] = []
        # ISO 3166's states, then those it does not list (Kosovo, XK), each under its names as written
        # (an official name also without its article, as news writes it: "President of the Union of Comoros …")
        states = [(c.alpha_2, getattr(c, "common_name", c.name), {c.name, getattr(c, "common_name", c.name),
                                                                   getattr(c, "official_name", c.name),
                                                                   getattr(c, "official_name", c.name).replace(" of the ", " of ")})
                  for c in pycountry.countries]
        states += [(code, name, {name}) for code, name in UNLISTED.items()]
        for code, common, names in states:
            slug = by_code.get(code) or re.sub(r"[^a-z0-9]+", "-", norm(common)).strip("-")
            self.country_ids[code] = slug
            self.types.setdefault(slug, "country")
            for name in names:
                self.exact.setdefault(norm(name), (slug, "label"))
                self.country_names.append(name)
        for name, code in {**NEWS_NAMES, **LEGISLATURES}.items():  # "Turkey" for pycountry's "Türkiye"; "Congress" for the US
            if code in self.country_ids:
                self.exact.setdefault(norm(name), (self.country_ids[code], "label"))
                self.country_names.append(name)
        for word, code in DEMONYMS.items():
            self.exact.setdefault(norm(word), (self.country_ids[code], "demonym"))
        from .domain import domain

        #: the gazetteer id of the domain's default recipient of aid (Ukraine), read by every rule that sets it apart
        self.recipient: str | None = self.country_ids.get(domain().default_recipient)
        #: groups of states that give together (the G7), as news names them: proposed as organisations
        self.group_names: list[str] = []
        self.group_labels: dict[str, str] = {}
        #: the groups that give only where a sentence names them giving (see :attr:`.domain.Domain.named_givers`)
        self.named_givers: set[str] = set()
        for gid, (label, written) in domain().groups.items():
            named_only = gid in domain().named_givers
            gid = next((e.id for e in seeds.entities.values() if norm(e.label) == norm(label)), gid)  # the workspace's own
            if named_only:
                self.named_givers.add(gid)
            self.types.setdefault(gid, "organization")
            self.group_labels[gid] = label
            for name in (label, *written):
                self.exact.setdefault(norm(name), (gid, "label"))
                self.group_names.append(name)
        #: a capital as written → its country's id, for "Warsaw is preparing a package"
        # (never a city that stands for the institutions seated there: "Brussels" is the EU or NATO, not Belgium)
        seats = {norm(city) for city in domain().seats}
        self.capitals = {norm(city): self.country_ids[code] for city, code in capitals().items()
                         if code in self.country_ids and norm(city) not in seats}
        self.labels = {e.id: e.label for e in seeds.entities.values()}
        #: a country's id → its government's (an organisation speaks for it in claims)
        self.governments = {e.government_of: e.id for e in seeds.entities.values() if e.government_of}
        self._state_of_government = {e.id: e.government_of for e in seeds.entities.values() if e.government_of}
        self._fuzzy_keys = [k for k, (eid, _) in self.exact.items() if self.types.get(eid) == "person"]
        #: a person's names and surnames by their :func:`skeleton` (another transliteration of the same name)
        self.skeletons: dict[str, set[str]] = {}
        for k in self._fuzzy_keys:
            self.skeletons.setdefault(skeleton(k), set()).add(self.exact[k][0])
        for surname, ids in self.surnames.items():
            self.skeletons.setdefault(skeleton(surname), set()).update(ids)

    def capitals_as_written(self) -> list[str]:
        """The capitals' names as news writes them (for finding them in text)."""
        return [city for city, code in capitals().items() if code in self.country_ids]

    def names_place(self, words: list[str]) -> bool:
        """Whether a run of capitalised ``words`` that opens a line before a colon names a place, a dateline's, not a person:
        a city ("Kuwait City") or a run holding a country's or an organisation's name."""
        return words[-1] == "City" or any(self.country_or_org(w) is not None for w in words)

    def as_state(self, name: str) -> Match | None:
        """The country a capital stands for ("Warsaw" → Poland), marked for the reviewer to confirm."""
        slug = self.capitals.get(norm(name))
        return Match(name, slug, "country", 90.0, "capital") if slug else None

    def state_of(self, match: Match) -> Match:
        """The state a government's name stands for when it gives or aims ("U.S. government" → the United States), else
        ``match`` itself."""
        state = self._state_of_government.get(match.entity or "")
        return Match(match.name, state, "country", match.score, match.how) if state else match

    def resolve(self, name: str, want: tuple[str, ...] | None = None) -> Match:
        """The entity ``name`` stands for; fuzzy and surname matches are marked to be confirmed.

        A person's middle initials and generational suffix are not part of the name looked up (nor of the new
        entity proposed): "Lloyd J. Austin III" is Lloyd Austin."""
        from rapidfuzz import fuzz, process

        from .domain import domain

        if want is None or "person" in want:
            name = person_form(name)

        key = norm(name).removeprefix("the ").strip()
        found = self.exact.get(key)
        if found and (not want or self.types.get(found[0]) in want):
            return Match(name, found[0], self.types.get(found[0]), 100.0, found[1])
        parts = key.split()
        if parts and (not want or "person" in want):
            ids = self.surnames.get(parts[-1], set())
            if len(ids) == 1 and (len(parts) == 1 or parts[0] in norm(self.labels.get(next(iter(ids)), ""))):
                eid = next(iter(ids))
                return Match(name, eid, "person", 95.0, "surname" if len(parts) == 1 else "label")
        if all(w.capitalize() in domain().not_names for w in re.split(r"[\s\u2010\u2011-]+", key) if w):
            return Match(name, None, None, 0.0, "new")  # a title alone is no one's misspelt name ("Secretary-General")
        same = self.skeletons.get(skeleton(key), set())
        if len(key) >= 5 and (not want or "person" in want) and len(same) == 1:
            # another transliteration of a known name ("Volodimir Zelenski"): marked to be confirmed, as a fuzzy match is
            return Match(name, next(iter(same)), "person", 90.0, "fuzzy")
        if len(key) >= 5 and (not want or "person" in want) and self._fuzzy_keys:
            best = process.extractOne(key, self._fuzzy_keys, scorer=fuzz.WRatio, score_cutoff=86)
            if best is None and len(parts) == 1:
                # A lone misspelt surname ("Higgsith" for Hegseth): looser, but the first letter must agree,
                # and the match is always marked for a person to confirm.
                surname = process.extractOne(key, [s for s in self.surnames if s[:1] == key[:1]],
                                             scorer=fuzz.ratio, score_cutoff=65)
                # ... and it must sound like it: its consonants nearly the same ("Šarec" is no misspelt "Starmer")
                if surname and len(self.surnames[surname[0]]) == 1 \
                        and fuzz.ratio(consonants(key), consonants(surname[0])) >= 80:
                    eid = next(iter(self.surnames[surname[0]]))
                    return Match(name, eid, "person", float(surname[1]), "fuzzy")
            if best is not None:
                eid = self.exact[best[0]][0]
                given = norm(self.labels.get(eid, "")).split()
                if len(parts) == 2 and len(given) >= 2 and parts[-1] == given[-1] and given[0] not in parts \
                        and parts[0].capitalize() not in domain().not_names and fuzz.ratio(parts[0], given[0]) < 60:
                    return Match(name, None, None, 0.0, "new")  # the same family, another given name: "Thorvald Stoltenberg",
                    # Jens Stoltenberg's father, is not Jens
                return Match(name, eid, "person", float(best[1]), "fuzzy")
        return Match(name, None, None, 0.0, "new")

    def code_of(self, entity: str | None) -> str | None:
        """The ISO 3166 alpha-2 code of the country ``entity`` (a gazetteer id), or None for anything else."""
        return next((code for code, slug in self.country_ids.items() if slug == entity), None) if entity else None

    def country_or_org(self, name: str) -> Match | None:
        """A country or organisation for ``name``, or None."""
        m = self.resolve(name, ("country", "organization"))
        return m if m.entity else None

    def leading_country_or_org(self, words: list[str]) -> tuple[Match, int] | None:
        """The country or organisation ``words`` open with, and how many words name it: the fewest
        words the gazetteer knows, and then as many more as still name the same one ("Czech" is
        Czechia, and so is "Czech Republic": "the Czech Republic Petr Fiala" leaves "Petr Fiala")."""
        for n in range(1, len(words) + 1):
            org = self.country_or_org(" ".join(words[:n]))
            if org is not None:
                while n < len(words) and (longer := self.country_or_org(" ".join(words[:n + 1]))) is not None \
                        and longer.entity == org.entity:
                    n += 1
                return org, n
        return None

