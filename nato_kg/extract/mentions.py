"""Where entities are named in a sentence: gazetteer names, and capitalised names not yet known."""

from __future__ import annotations

from dataclasses import dataclass

from . import rx as re
from .domain import domain
from .gazetteer import DEMONYMS, Gazetteer, Match, norm

#: The capitals of the Latin alphabets news names are written in ("Þorgerður", "Łukasz", "Šefčovič"), not A–Z alone.
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper() and c.isalpha())
NAME_TOKEN = rf"[{UPPER}][a-zA-Z\u00C0-\u024F'’.-]*[a-zA-Z\u00C0-\u024F.]"
#: A lowercase letter of the same alphabets.
LOWER = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.islower() and c.isalpha())
#: One capitalised word, accents anywhere ("Sánchez", "Źródło"): a surname written alone.
SURNAME_TOKEN = rf"\b[{UPPER}][{LOWER}][\w'’-]+\b"
#: A family name of two letters ("Wu", "Li", "Xi"): a surname alone only where the article gave it in a full name before.
SHORT_SURNAME = r"\b[A-Z][a-z]\b"
#: Two to four capitalised words: a person's name as news writes it.
#: A lowercase particle ("van", "al-") only inside a name, before another capitalised word: "Pistorius
#: also said" is not the name "Pistorius al".
_PARTICLE = rf"(?:de|van|von|zu|der|da|al)(?=\s+(?:[A-Z]|(?:de|der|van|von|zu|da)\s))|(?:al|el)-{NAME_TOKEN}"
#: Verbs of Title Case headlines, never a word of a name: "Swedish Defence Minister Pal Jonson Emphasises Collective
#: Security" names Pal Jonson.
HEADLINE_VERBS = ("Says|Said|Warns|Urges|Calls|Emphasises|Emphasizes|Announces|Announced|Pledges|Pledged|Vows|Hails|"
                  "Slams|Backs|Rejects|Confirms|Stresses|Welcomes|Meets|Visits|Signs|Promises|Commits|Unveils|Insists|"
                  "Admits|Demands|Rules|Seeks|Expects|Wants|Tells|Asks|Defends|Criticises|Criticizes|Praises|Thanks|"
                  # ("Slovenia’s PM Robert Golob Pushes for 2% Defense Spending Target")
                  "Pushes|Pushed|Proposes|Approves|Reaffirms|Reiterates|Outlines|Agrees|Refuses|Opposes|Supports|Doubles|"
                  # ("President Jokowi Brings Humanitarian Assistance for Ukrainian People")
                  "Raises|Boosts|Increases|Plans|Aims|Brings|Sends|Gives|Delivers|Provides|Offers|Donates|Hands")
#: English prepositions (a closed class, written out here: no maintained package lists them alone). Capitalised at a
#: sentence's start they open no name: "Alongside Sikorski, …", "Amid Russian attacks, …". ("Per", a Nordic first
#: name, and "Till" are left out.)
PREPOSITIONS = frozenset("""
about above across after against along alongside amid amidst among amongst around at before behind below beneath
beside besides between beyond by concerning despite during except from in inside into like near of off on onto outside
for over regarding through throughout toward towards under underneath unlike until upon via with within without
""".split())  # ("like" too: "Like Ecuador, China is prone to earthquakes, said Wang." names no person "Like Ecuador")
#: One more word of a run of name words: a capitalised word that is no headline verb, or a particle.
#: Letters after a name that are no part of it ("Simon Harris TD", "… MP", "… MEP").
POST_NOMINALS = r"TD|MP|MEP|MLA|MSP|QC|KC|PC|OBE|MBE|CBE|KCMG|PhD"  # ("Ali Sabry PC", a President's Counsel)
#: (nor a day of the week, which wire copy writes right after a name: "Defense Minister Luis Petri Thursday filed …")
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
#: (an Arabic name's "son of", or a Romance name's "da", "de", "dos", with the name it joins, one word of the run: "Mohammed
#: bin Salman bin Abdulaziz", "Luiz Inacio Lula da Silva", "Juan Ramón de la Fuente"; never last, as a particle left dangling)
# (and an Arabic article written apart and capitalised, one word with the name after it: "Sheik Sabah Al Ahmad Al Sabah")
#: ("Gouveia e Melo"; and the Urdu "ul"/"ud" between two words of a name: "Prime Minister Anwar ul Haq Kakar")
_ARABIC_PARTICLE = rf"(?:(?:de|del)\s+(?:la|las|los)|bin|bint|ibn|da|de|do|dos|das|di|del|della|du|e|Al|El|ul|ud)\s+{NAME_TOKEN}"
_NEXT_NAME_WORD = rf"\s+(?:{_ARABIC_PARTICLE}|(?!(?:{HEADLINE_VERBS}|{POST_NOMINALS}|{_WEEKDAYS})\b){NAME_TOKEN}|{_PARTICLE})"
# (a given name as an initial with no point, as Indian copy writes it: "External Affairs Minister S Jaishankar"; never "A"
# or "I", which are words)
#: (or a name with its patronymic's initial joined to it, one word, as Mongolian copy writes names: "Minister of Foreign
#: Affairs D.Tsogtbaatar", "Kh.Bulgantuya"; never a title's abbreviation, "Mr.Smith")
JOINED_INITIAL_NAME = r"\b(?!(?:Mr|Ms|Dr|St|Mt|Jr|Sr|No|Co|Lt|Fr)\.)[A-Z][a-z]?\.(?:[A-Z][a-z]?\.)?[A-Z][a-z]{2,}\b(?![.'’-]?\w)"
#: The participle a leader's name is joined to ("Thavisin-helmed", "Orbán-led"): no word of the name.
_LED_BY = re.compile(r"[-\u2010\u2011](?:led|helmed|headed|chaired|run|ruled|backed|era)$")
#: Words that are a title before a name ("Sheikh Tamim") and a part of one between its words ("Hassan Sheikh Mohamud").
#: Compass words that are also surnames: the last word of a name after a given name ("Thomas West", "Oliver North"), though
#: a word of no name elsewhere ("the West", "West Bank", "North Korea").
COMPASS_SURNAMES = frozenset({"West", "North"})
INNER_NAME_WORDS = frozenset({"Sheikh", "Sheekh", "Shaikh", "Sheik"})  # ("Kuwait’s emir, Sheik Sabah Al Ahmad Al Sabah")

#: (an Arabic name that gives a father and a grandfather, "son of" twice, runs to six words with its family's: "Mohammed bin
#: Abdulrahman bin Jassim Al Thani"; other names stop at four; a literal "bin" first, as this is tried after every capitalised
#: word of every page: a lookahead there cost the extractor half its time again)
_SON_OF = rf"(?:\s+(?:bin|bint|ibn)\s+{NAME_TOKEN}){{0,2}}"
#: A courtesy or a ruler's rank before two or more words of a name, none of it ("Sheikh Mohammed bin Abdulrahman …", "Prince
#: Mohammed bin Salman", where "Sheikh Hasina" keeps hers): taken off where a name is read (see role_rules._name_of), never
#: checked in PERSON_NAME itself, where a lookahead before every capitalised word cost the extractor a fifth of its time.
# (and an honourable's style: "Senator the Hon. Penny Wong")
_COURTESIES = INNER_NAME_WORDS | {"Sheikha", "Prince", "Princess", "King", "Queen", "Emir", "Sultan", "Hon.", "Honourable"}
COURTESY_FIRST = re.compile(rf"^(?:{'|'.join(re.escape(w) for w in sorted(_COURTESIES))})"
                            rf"\s+(?=\S+\s+\S)")
PERSON_NAME = (rf"(?:(?:{NAME_TOKEN}|\b[B-HJ-Z](?=\s+[{UPPER}][{LOWER}]{{2,}})){_SON_OF}(?:{_NEXT_NAME_WORD}){{1,3}}"
               rf"|{JOINED_INITIAL_NAME})")
#: A word that ends a sentence inside a run of capitalised words ("… Andris Sprūds. Together with …"): the name ends
#: there (not after an initial or a title's abbreviation: "Lloyd J. Austin", "Mr. Fiala"); an acronym ends one too ("… in
#: relation to GDP. Greece now surpasses …" names no "GDP Greece").
SENTENCE_END_IN_NAME = re.compile(r"(?:(?<=[a-z\u00DF-\u024F]{3})|(?<=[A-Z]{2}))\.\s.*$")


#: A capital right after one of these is a place ("talks in Brussels"), not its state.
#: A government named by its building ("the White House", "the Kremlin", "the Pentagon"): never what an article is about,
#: never a claim's speaker, and its government wherever it stands ("Attributed to Pentagon Press Secretary …").
_BUILDING = re.compile(r"(?i:the\s+)?(?:Kremlin|White\s+House|Pentagon|Downing\s+Street|[ÉE]lys[ée]e(?:\s+Palace)?)")
_SUM_FROM = re.compile(r"(?:\d|\b(?:million|billion|bn|trillion))\s+(?:[a-z]+\s+){0,2}from\s+$")
_LOCATIVE = re.compile(r"\b(?:in|at|to|from|near|via|into|outside|around|of)\s+(?:the\s+)?$", re.I)


@dataclass(frozen=True)
class Mention:
    """A name in a sentence and what it resolves to."""

    start: int
    end: int
    match: Match
    #: named only as the side that wages the war ("Russia's invasion", "the Russian forces") or as a threat ("China is
    #: NATO's key challenge"): not an actor
    war: bool = False
    #: named only in an adjective of where a thing comes from ("American-designed tanks", "a French-owned company",
    #: "United States-supplied Abrams"): not an actor either
    maker: bool = False


def beside(text: str, mentions: list[Mention], entity: str | None) -> list[Mention]:
    """The mentions named right beside a mention of ``entity``, joined by a comma or "and" ("covers Ukraine and
    Moldova": Moldova beside Ukraine), in either order."""
    return [m for m in mentions for r in mentions if r.match.entity == entity and m is not r and re.fullmatch(
        r"\s*(?:,|and|,\s*and)\s*", text[r.end:m.start] if r.end <= m.start else text[m.end:r.start])]


#: What follows a country named in an adjective of a thing's origin rather than as an actor.
MAKER_OF = re.compile(r"-(?:owned|based|headquartered|made|built|designed|produced|supplied|manufactured|developed|"
                      # (or a sponsor named in a description: "the Iranian-backed Huthi militias", "Iran-aligned")
                      r"backed|sponsored|funded|aligned|allied)\b")

#: Weapons after a state's adjective ("17 Iranian drones", "North Korean missiles"): the state that made them, named as their
#: origin as "American-designed tanks" name theirs, no actor.
WEAPONRY = re.compile(r"\s+(?:[a-z-]+\s+)?(?:drones?|missiles?|rockets?|tanks?|jets?|warplanes?|helicopters?|shells?|"
                      r"ammunition|munitions|artillery|howitzers?|bombs?)\b")

#: What follows a country named as the side waging the war rather than as an actor.
WAR_OF = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:war|invasion|aggression|attacks?|assault|offensive|forces|troops|"
                    r"army|shelling|strikes?|bombings?)\b", re.I)

#: An army, its forces or its troops after a country (in what ``WAR_OF`` matched) …
_ARMED = re.compile(r"\b(?:army|forces|troops)$", re.I)
#: … given to or supported ("fuel to the Lebanese army", "to support Lebanon's armed forces") …
_GIVEN_TO = re.compile(r"\b(?:to|for|supply|equip|fund|finance|support|supporting|strengthen|assist)\s+(?:the\s+)?$", re.I)
#: … or receiving ("the Lebanese Army received a grant …"): the recipient, not the side waging a war.
_RECEIVES = re.compile(r"\s+(?:(?:has|had|have|will|would)\s+)?(?:also\s+)?(?:received|receives|receive|gets|got|obtained)\b")

#: What follows a country named as a threat or a challenge to others ("China is NATO’s key challenge", "sees China as a
#: threat"): no actor either, no more than the side that wages the war.
THREAT_OF = re.compile(r"\s+(?:is|was|are|were|remains|as)\s+(?:(?:a|an|the|[A-Z][\w.]*['’]s?)\s+)?(?:(?:key|main|biggest|greatest|"
                       r"major|chief|principal|primary|long-term|systemic|serious|growing|real|most\s+\w+)\s+){0,2}"
                       r"(?:challenge|threat|adversary|rival|enemy|danger)s?\b")


#: What comes before "America" when it names a part of the continent, not the United States.
_CONTINENT_PART = re.compile(r"\b(?:Latin|North|South|Central)[\s-]+$")

#: What follows a place that names a newspaper ("The Washington Post", "The Japan Times", "the Kyiv Independent").
_NEWSPAPER = re.compile(r"\s+(?:Post|Times|Herald|Journal|Tribune|Gazette|Telegraph|Independent|Examiner|Chronicle)\b")


#: Adjectives of a region, never the last word of a person's name ("the Eastern European country", "Nordic leaders").
_REGION_ADJECTIVES = frozenset({"European", "Asian", "African", "Baltic", "Nordic", "Balkan", "Scandinavian", "Arab", "Atlantic",
                                "Pacific", "Western", "Eastern"})
#: The compass's adjectives, before a state's name a part of it ("Northern Afghanistan"), never a first name.
_COMPASS = frozenset({"Northern", "Southern", "Central", "Northwestern", "Northeastern", "Southwestern", "Southeastern", "North-Western",
                      "North-Eastern", "South-Western", "South-Eastern"})


class MentionFinder:
    """Finds the workspace's (and countries') names in text, longest first."""

    def __init__(self, gazetteer: Gazetteer, names: list[str]):
        self.g = gazetteer
        capitals = {city for city in gazetteer.capitals_as_written()}
        self.capital_keys = {norm(city) for city in capitals}
        # ("The U.K expects to spend …": initials written without their last stop, as some copy does)
        forms = sorted({n for n in names if len(n) >= 2} | {d for d in DEMONYMS if len(d) > 3} | {"U.S.", "U.K.", "US", "UK", "U.S", "U.K"}
                       | capitals, key=len, reverse=True)
        self.pattern = re.compile(r"(?<![\w])(" + "|".join(re.escape(f) for f in forms) + r")(?![\w])", re.I)
        #: names of two words the page writes on their own somewhere (set for each article by the rules): a longer run
        #: that ends with one is that name after the page's furniture ("Main Business Dmytro Klymenko: …")
        self.standalone: frozenset[str] = frozenset()

    def find(self, text: str) -> list[Mention]:
        out = []
        for m in self.pattern.finditer(text):
            word = m.group(1)
            letters = word.replace(".", "")
            if word.islower() or (len(letters) == 2 and not letters.isupper()):
                continue  # names are capitalised; "us" the pronoun is not the United States, nor "Us" in a page's "Support Us"
                # (two letters are initials only in capitals)
            if word.lower() in ("america", "american", "americans") and _CONTINENT_PART.search(text[max(0, m.start() - 10):m.start()]):
                continue  # "Latin America", "North American allies": a part of a continent, not the United States
            if text[m.end():m.end() + 1] == "$" or (letters.isupper() and len(letters) <= 3
                                                     and text[m.end():m.end() + 2] == " $") or _NEWSPAPER.match(text, m.end()):
                continue  # a currency's prefix ("US$31.1 billion", "US $6.6 billion"; not "Greece $112 million") or a paper's
                # name ("The Washington Post"): no state named
            if re.match(r"[-\u2010\u2011](?:style|like|type)\b", text[m.end():]):
                continue  # "a NATO-style framework", "a Marshall-like plan": a thing modelled on it, not it
            resolved = self.g.resolve(word + "." if word in ("U.S", "U.K") else word)
            # (a government's building is its government wherever it stands: "Attributed to Pentagon Press Secretary …")
            # (a sum "from" a capital comes from its state: "$3 billion …: $2 billion from Riyadh and another $1 billion from the
            # United Arab Emirates")
            if resolved.type in (None, "place") and (not _LOCATIVE.search(text[max(0, m.start() - 12):m.start()])
                                                      or _BUILDING.fullmatch(word)
                                                      or _SUM_FROM.search(text[max(0, m.start() - 40):m.start()])):
                resolved = self.g.as_state(word) or resolved  # "Warsaw is preparing …": the state acts
            if resolved.entity:
                war = WAR_OF.match(text, m.end())
                if war and _ARMED.search(war.group(0)) and (_GIVEN_TO.search(text[max(0, m.start() - 40):m.start()])
                                                             or _RECEIVES.match(text, war.end())):
                    war = None  # an army given to or receiving ("fuel to the Lebanese army", "the Lebanese Army received a
                    # grant"): its state is the recipient, not the side that wages a war
                out.append(Mention(m.start(), m.end(), resolved, bool(war or THREAT_OF.match(text, m.end())),
                                   bool(MAKER_OF.match(text, m.end()) or (resolved.how == "demonym" and WEAPONRY.match(text, m.end())))))
        return out

    def new_people(self, text: str) -> list[Mention]:
        """Names of two to four capitalised words the gazetteer does not know (proposed as new persons).

        A run of capitalised words is cut after its last title, demonym or country word:
        "Estonian Prime Minister Kristen Michal" gives "Kristen Michal".
        """
        # a known person's name is not proposed again; a country that is only a first name ("Georgia Meloni") is
        # no known name for the whole run
        known = [(m.start, m.end, m.match.type) for m in self.find(text)]
        out = []
        for m in re.finditer(rf"{NAME_TOKEN}(?:{_NEXT_NAME_WORD})*", text):
            tokens = list(re.finditer(r"\S+", m.group(0)))
            cut = 0
            for i, t in enumerate(tokens):
                word = t.group(0).strip(".,")
                # (a title joined by a hyphen is a title word too: "NATO Secretary-General Mark Rutte" gives "Mark Rutte")
                joined = re.split(r"[-\u2010\u2011]", word)
                # (and one a suffix makes an office to come: "Chilean President-elect Gabriel Boric" gives "Gabriel Boric")
                if word in INNER_NAME_WORDS and cut < i < len(tokens) - 1:
                    continue  # a word of the name between two of its words, no title before it: "Somali Prime Minister
                    # Abdiweli Sheikh Ahmed", "President Hassan Sheikh Mohamud"
                # (a compass word that ends a run after a given name is a surname: "Thomas West", "Oliver North"; "the West",
                # "West Bank", "North Korea" still name no one)
                surname = word in COMPASS_SURNAMES and 0 < i == len(tokens) - 1 \
                    and tokens[i - 1].group(0) not in domain().not_names and tokens[i - 1].group(0).lower() not in DEMONYMS \
                    and self.g.country_or_org(tokens[i - 1].group(0)) is None
                if (word in domain().not_names and not surname) or (len(joined) > 1 and all(w in domain().not_names or w in ("elect", "designate")
                                                                          for w in joined) and joined[0] in domain().not_names) \
                        or (re.search(r"['’]s$", word) and i < len(tokens) - 1) \
                        or re.fullmatch(r"(?i:ex)[-\u2010\u2011][a-z]+", word) is not None \
                        or (i == 0 and word.endswith("ing") and (m.start() == 0 or re.fullmatch(r"\s*(?:date\s+)?\d{4}-\d\d-\d\d\s+",
                                                                                           text[:m.start()]))) \
                        or (i == 0 and word.lower() in PREPOSITIONS) \
                        or (i == 0 and word in ("Amir", "Emir") and re.search(r"\b[Tt]he\s+$", text[max(0, m.start() - 5):m.start()])) \
                        or (i == 0 and text[max(0, m.start() - 1):m.start()] == "@"):
                    cut = i + 1  # a title word ("Ex-premier Giuseppe Conte" gives "Giuseppe Conte"), a possessive before the
                    # name ("Germany’s Merz"), a sentence's opening
                    # participle ("Urging European allies to step up, …") or preposition ("Alongside Sikorski, …"), a handle
                    # ("I thank @POTUS Joe Biden")
                # a country or demonym starts the name after it only if two words are left ("President of Georgia
                # Salome Zourabichvili"), not in "Council Georgia Meloni", where Georgia is her first name; or one,
                # after a preposition ("Prime Minister of Slovakia Fico", "Aid to Ukraine\nBRATISLAVA (Sputnik)"):
                # a place, not a first name
                elif (len(tokens) - i - 1 >= 2 or (len(tokens) - i - 1 == 1 and re.search(
                        r"\b(?:of|to|in|for|from|with|and)\s+$", text[max(0, m.start() + t.start() - 6):m.start() + t.start()]))) \
                        and (word.lower() in DEMONYMS or any(
                        self.g.resolve(" ".join(t.group(0).strip(".,") for t in tokens[k:i + 1]), ("country", "organization")).entity
                        for k in range(max(0, i - 3), i + 1))):
                    cut = i + 1  # (or ends a country's name of several words: "the Czech Republic Petr Fiala")
                elif len(tokens) - i - 1 >= 2 and norm(word) in self.capital_keys and re.search(
                        r"\b(?:of|in|from)\s+$", text[max(0, m.start() + t.start() - 6):m.start() + t.start()]):
                    cut = i + 1  # a city after "in", where its institutions sit ("the provisional institutions in
                    # Priština Albin Kurti"): a place before the name, never a first name there ("Sofia Gomez" keeps hers)
            words = tokens[cut:]
            # (a name joined to the participle of what its bearer leads ends there: "the Srettha Thavisin-helmed Pheu Thai (PT)
            # government" names "Srettha Thavisin")
            led_at = next((k for k, t in enumerate(words) if k and _LED_BY.search(t.group(0))), None)
            if led_at is not None:
                words = words[:led_at + 1]
            for k, t in enumerate(words[:-1]):
                if SENTENCE_END_IN_NAME.search(t.group(0) + " "):
                    words = words[:k + 1]  # "Andris Sprūds. Together": the name ends with the sentence
                    break
            if sum(1 for t in words if t.group(0)[:1].isupper()) >= 3 and len(words) >= 3 \
                    and " ".join(t.group(0).strip(".,:;") for t in words[-2:]) in self.standalone \
                    and " ".join(t.group(0).strip(".,:;") for t in words[-3:-1]) not in self.standalone:
                words = words[-2:]  # a section's name before a name the page writes alone: "Main Business Dmytro Klymenko"
            if len(words) >= 2 and re.fullmatch(r"[A-Z]{3,}", words[0].group(0).strip(".,’'()")) and not all(
                    t.group(0).strip(".,’'()").isupper() for t in words):
                # an acronym before words in lower case letters is never a first name: a party's initials before the name
                # ("PSL Wladyslaw Kosiniak-Kamysz"), or a body's name of its own ("EUMAM Ukraine", no name left)
                words = words[1:]
            # (two to four capitalised words, its particles between not counted: "Luiz Inacio Lula da Silva"; an Arabic family
            # name after its article counted, "Abdel-Fattah al-Sisi")
            # (or one word that joins a patronymic's initial to the name: "D.Tsogtbaatar", read as "D. Tsogtbaatar")
            one_word = len(words) == 1 and re.fullmatch(JOINED_INITIAL_NAME, words[0].group(0).rstrip(".,’'")) is not None
            # (a second "son of" adds its father's name: "Mohammed bin Abdulrahman bin Jassim Al Thani")
            more = max(0, sum(1 for t in words if t.group(0) in ("bin", "bint", "ibn")) - 1)
            # (nor an Arabic article written apart inside it: "Sabah Al Ahmad Al Sabah" is three words, "Al Gore" two)
            if not one_word and (not 2 <= sum(1 for i, t in enumerate(words) if (t.group(0)[:1].isupper() and not (
                    0 < i < len(words) - 1 and t.group(0) in ("Al", "El"))) or re.match(r"(?:al|el)-[A-Z]", t.group(0))) <= 4 + more
                               or not 2 <= len(words) <= 6 + 2 * more):
                continue
            last = words[-1].group(0).strip(".,’'")
            if len(words) >= 3 and (found := self.g.country_or_org(last)) is not None and found.type == "country":
                continue  # a run of words ending with a state's name, a page's breadcrumbs: "Home Muslim World News Kuwait opens …"
            if last.lower() in DEMONYMS or last in _REGION_ADJECTIVES:
                continue  # a region's people, "Latin American leaders", "the South American nation", "the Eastern European
                # country": no one's name ends so
            # (a region's adjective before a state's name too: "the earthquake victims in Western Afghanistan")
            if all(t.group(0).strip(".,’'").lower() in DEMONYMS or self.g.country_or_org(t.group(0).strip(".,’'")) is not None
                   or (k < len(words) - 1 and t.group(0) in _REGION_ADJECTIVES | _COMPASS)
                   or (k and re.fullmatch(r"[IVX]{1,4}", t.group(0).strip(".,’'")))
                   or (not k and len(words) > 1 and re.fullmatch(r"[A-Z][a-z]+ing", t.group(0))) for k, t in enumerate(words)):
                continue  # every word a country's or an organisation's name: "Stoltenberg says Ukraine Nato membership is …"
                # (or its numeral after it, an event's: "kicked off Kuwait III, the Third International Pledging Conference"; or
                # a participle before it: "Palestinian president is Visiting Algeria from 5th December")
            start = m.start() + words[0].start()
            end = m.start() + words[-1].end()
            led = _LED_BY.search(words[-1].group(0)) if led_at is not None else None
            if led is not None:
                end -= len(led.group(0))
            if start and text[start - 1].isalnum():
                continue  # a letter glued to a number is no name's start: "EU’s 90B-euro Ukraine loan"
            filed = re.match(r",\s*([A-Z][\w .'-]{2,30}?)\s*[\u2013\u2014-]\s", text[end:]) if start <= 2 else None
            if filed is not None and self.g.country_or_org(filed.group(1)) is not None:
                continue  # a dateline's place and its state: "Metro Manila, Philippines – Malacañang said …"
            if start <= 2 and re.match(r"\s*:\s", text[end:]) and self.g.names_place([t.group(0).strip(".,") for t in words]):
                continue  # a dateline's city before a colon: "Kuwait City : Kuwaiti Emir Sabah al-Ahmad al-Sabah kicked off …"
            # (a date before it is no amount: " date 2025-06-18 Kaja Kallas, High Representative …" opens a page)
            dated = re.search(r"\b\d{4}-\d\d-\d\d\s+$", text[max(0, start - 12):start])
            if (re.search(r"[\d$€£¥]\s*$", text[max(0, start - 3):start]) and not dated) \
                    or re.search(r"\b(?:Source|Sources|Via|Credit)\s*:\s*$",
                                                                                   text[max(0, start - 12):start]) \
                    or re.match(r",\s+citing\b", text[m.start() + words[-1].end():]):
                continue  # "€9 Billion Annually, Says …" (a headline's amount), "Source: European Pravda, citing Reuters" (an outlet)
            if text[end - 1] == "." and len(words[-1].group(0)) > 2 and not re.fullmatch(r"(?:[A-Z]\.)+", words[-1].group(0)):
                end -= 1  # the sentence's full stop after a name ("… according to Richard Marles."), not an initial
            possessive = re.search(r"['’]s$", text[start:end])
            if possessive:  # "Speaker Mike Johnson’s political future": the name is "Mike Johnson"
                end -= len(possessive.group(0))
            glued = re.search(r"(?<=[a-z\u00DF-\u024F])[A-Z]{2,6}$", text[start:end])
            if glued and len(text[start:end - len(glued.group(0))].split()) >= 2:
                end -= len(glued.group(0))  # initials a scraped page ran into the name: "Andrés Manuel López ObradorAMLO said"
            name = text[start:end]
            if any(s <= start < e and (kind == "person" or e >= end) for s, e, kind in known):
                continue
            if one_word:
                end = start + len(words[0].group(0).rstrip(".,’'"))
                name = re.sub(r"\.(?=[A-Z][a-z])", ". ", text[start:end])
            out.append(Mention(start, end, self.g.resolve(name, ("person",))))
        return out
