"""Role rules: titles beside names, heads of ministries, affiliations."""

from __future__ import annotations

from collections import Counter
from typing import Literal

from . import rx as re
from .candidate import Candidate, RuleState
from .domain import domain
from .gazetteer import DEMONYMS, Match
from .mentions import COURTESY_FIRST, NAME_TOKEN, PERSON_NAME, PREPOSITIONS, SENTENCE_END_IN_NAME, Mention
from .patterns import (
    _INSTITUTION,
    _MINISTERS,
    _SAY,
    _TITLE,
    CHARITY_AID,
    COURTESY,
    HEAD_OF_NATO,
    IN_CURRENCY,
    MILITARY_RANK,
    RED_CROSS_AFTER,
    ROLE_TITLES,
    RULER_STYLE,
    _plausible,
    _slug,
    at_war,
    opens_dateline,
    quoted_spans,
)
from .sentences import Sentence

#: Capitalised words that may stand before a title without naming whose office it is.
_OFFICE_WORDS = {"National", "Federal", "Acting", "Deputy", "Vice", "First", "Former", "Interim", "Caretaker", "New", "The",
                 "Then", "Incoming", "Outgoing", "Current", "Incumbent",
                 # (a foreign or defence ministry's initials: "MFA spokesperson Thani Saengrat" is the state's)
                 "MFA", "MoFA", "MOFA", "MoD", "MOD"}


def _of_another_who_acts(between: str) -> bool:
    """Whether the words between a state and a title are another office of that state, its holder and a verb ("Ukraine
    President Volodymyr Zelenskyy has written to …"): the state is that holder's, not the next title's.

    >>> _of_another_who_acts(" President Volodymyr Zelenskyy has written to "), _of_another_who_acts("n President Andrej Plenković and ")
    (True, False)
    """
    other = re.match(rf"(?:['’]s|n)?\s+(?i:{_TITLE})\s+(?:[A-Z][\w’'.-]*\s+){{1,4}}(?P<gap>[^A-Z]*)$", between)
    return other is not None and re.search(r"\b(?!(?:and|or|as\s+well\s+as)\b)[a-z]{2,}\b", other.group("gap")) is not None


def _ranked(rank: str, role: str) -> str:
    """A deputy's office: ``role`` under the rank written before its title ("Deputy", "First Deputy", "Vice").

    >>> _ranked("First  Deputy ", "prime-minister"), _ranked("Vice", "president")
    ('first-deputy-prime-minister', 'vice-president')
    """
    return "-".join(rank.lower().split()) + "-" + role


def _ministry_role(body: str) -> str:
    """The office that heads a ministry named ``body`` ("Ministry of Foreign Affairs", "Defence Ministry", "Finance Ministry"),
    else the head of government's (for "government")."""
    what = body.lower()
    return ("foreign-minister" if "foreign" in what else "defence-minister" if "defen" in what
            else "finance-minister" if "financ" in what else "prime-minister")


def _cut_at_label(name: str) -> str:
    """A name without the words a run-on page glued after it, from the third word on: a label's or a sentence's first word
    that is no name's (a reference page's "President Bamir Topi Head of government: Prime Minister Sali Berisha On April 3").

    >>> _cut_at_label("Bamir Topi Head"), _cut_at_label("Sali Berisha On April"), _cut_at_label("Jonas Gahr Store")
    ('Bamir Topi', 'Sali Berisha', 'Jonas Gahr Store')
    """
    words = name.split()
    cut = next((i for i in range(2, len(words)) if words[i] in domain().not_names), len(words))
    return " ".join(words[:cut])


def _name_of(m: re.Match[str]) -> str:
    """The person's name a pattern's ``name`` group holds, without what ran on past it: a possessive and what follows
    ("Donald Trump’s PURL scheme" is Donald Trump) or a sentence it ended ("Andris Sprūds. Together …"), nor the courtesy
    before it ("H.E. Dr. S. Jaishankar, Minister of External Affairs of India" is S. Jaishankar)."""
    # (and an academic title: "Vice President Professor Nana Jane Opoku-Agyemang")
    name = re.sub(rf"^(?:(?:H\.\s?[EH]|H\.\s?S\.\s?H|HSH|HRH|Mr|Mrs|Ms|Dr|Prof|Professor)\.?\s+|{RULER_STYLE}\s+)+(?=[A-Z])", "",
                  m.group("name"))
    # (and a ruler's rank or a courtesy before a name of two words or more: "Prince Mohammed bin Salman, Crown Prince and …")
    name = COURTESY_FIRST.sub("", name)
    return SENTENCE_END_IN_NAME.sub("", re.sub(r"['’]s(?:\s.*)?$", "", name))


#: Parties' initials news puts before a minister's title ("FDP Finance Minister Karin Keller-Sutter").
_PARTY_INITIALS = frozenset({"FDP", "SPD", "CDU", "CSU", "SVP", "UDC", "SP", "GLP", "PS", "PP", "PSOE", "AfD", "ÖVP", "FPÖ", "VVD",
                             "PvdA", "PiS", "KO", "PSD", "PNL", "ANO", "ODS", "LDP", "DPP", "KMT", "GOP", "SNP", "SD", "KD"})

#: What follows a state named only to name a meeting or a clock ("the Ukraine roundtable", "the Ukraine Recovery Conference",
#: "(U.S. time)"): no state an office belongs to.
_NOUN_ADJUNCT = re.compile(r"\s+(?:[Rr]oundtable|[Cc]onference|[Ss]ummit|[Ff]orum|[Mm]eeting|[Tt]alks|[Rr]ecovery|[Cc]ompact|"
                           r"[Dd]efen[cs]e\s+[Cc]ontact\s+[Gg]roup|time\b\)?)\b"
                           # (or a few words of the event's name between: "the Supporting Syria and the Region conference")
                           r"|(?:\s+(?:and|the|of|for|[A-Z][\w’'-]*)){1,4}\s+(?:[Cc]onference|[Ss]ummit|[Ff]orum)\b")

#: An institution's office named with no holder after it: "the European Council's president", "the president of the
#: European Commission" (not "the European Council's president, António Costa", whose holder is named).
_UNHELD_OFFICE = re.compile(rf"(?:\b(?:the\s+)?(?P<inst>(?:[A-Z][\w-]+\s+){{0,3}}{_INSTITUTION})['’]s\s+(?P<title>(?i:{_TITLE}))|"
                            rf"\b(?i:the)\s+(?P<title2>(?i:{_TITLE}))\s+of\s+the\s+(?P<inst2>(?:[A-Z][\w-]+\s+){{0,3}}{_INSTITUTION}))"
                            r"\b(?!,?\s+[A-Z])")
#: A state's ministry, or its spokesperson left unnamed: "a Chinese Foreign Ministry spokesperson said Monday", "The Chinese
#: Foreign Ministry said on Wednesday that …" — a later "Spokesperson Wang Wenbin" with no state speaks for that state.
_UNNAMED_SPOKESPERSON = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?P<state>[A-Z][\w-]+)\s+(?:(?:Foreign|Defen[cs]e)\s+(?:Affairs\s+)?"
                                   r"(?:Ministry|Office)|FM|MFA)(?:\s+(?:spokes(?:person|man|woman)\b(?!,?\s+[A-Z])|said|says)\b|['’]s\s+"
                                   r"spokes(?:person|man|woman)\b(?!,?\s+[A-Z]))")

#: The first words of the states an envoy's posting names in two ("to the United States", "in Sri Lanka"), read by both the
#: title-then-name and the title-of-state forms (the first also knows Costa Rica, El Salvador, Sierra Leone and Burkina Faso).
_TWO_WORD_POSTING = "United|New|South|North|Czech|European|Saudi|Sri"
#: The bodies of states an envoy is posted to, which the gazetteer need not know ("Canadian Ambassador to the United Nations
#: Bob Rae" is Canada's ambassador): the sending state's office all the same.
_BODY_POSTINGS = r"United\s+Nations|UN|U\.N\.|OSCE|African\s+Union|European\s+Union|EU|NATO|OAS|WTO"
#: An embassy's head, which is its state's ambassador, named by the mission and whose it is ("The head of the island’s
#: diplomatic mission in Hanoi, Lianys Torres"): read as the title "head of the diplomatic mission".
_HEAD_OF_MISSION = r"[Hh]ead\s+of\s+(?:the\s+)?(?:(?:the\s+)?[\w-]+['’]s\s+)?diplomatic\s+mission"


def _thanks(text: str, agents: list[Mention], name_end: int, state: str) -> bool:
    """Whether the holder whose name ends at ``name_end`` thanks or praises ``state`` (or its government) in this sentence: no
    office of that state's ("Finance minister Mohamed Adan Fargeti praised the Emirati government for the deal")."""
    return any(a.match.entity == state and a.start >= name_end and re.fullmatch(
        r"\s+(?:(?:has|had|also|then)\s+)*(?:praised|praises|praising|thanked|thanks|thanking|lauded|commended|hailed|applauded)"
        r"\s+(?:the\s+)?", text[name_end:a.start]) for a in agents)


class RoleRules(RuleState):
    """Role rules: titles beside names, heads of ministries, affiliations."""

    def roles(self, s: Sentence, mentions: list[Mention]) -> list[Candidate]:
        out: list[Candidate] = []
        text = s.text
        # (the person a sentence opens with, carried on through the sentences a "He"/"She" opens: whom a career's pronoun
        # stands for, not the president named in passing)
        # (the names found without remembering them: _people would record a run before the title rules cut it)
        named_here = sorted([m for m in mentions if m.match.type == "person"] + self.finder.new_people(text), key=lambda m: m.start)
        opener = next((p for p in named_here if p.match.type in ("person", None) and (
            re.fullmatch(r"\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+|[A-Z][\w’'-]*['’]s\s+)?", text[:p.start]))), None)
        if opener is not None and (opener.match.entity or _plausible(opener.match.name, opener.match)):
            self.carried_subject = opener
        elif not re.match(r"\s*(?:(?:However|But|And|Then|Later|Now|Also|[A-Z]\w+ly),?\s+)?(?:[Hh]e|[Ss]he)\b", text) \
                and re.match(r"\s*[A-Z][\w’'-]+\s+[A-Z][\w’'-]+", text) and self.carried_subject is not None \
                and any(p.start <= 3 for p in named_here):
            self.carried_subject = None
        self._note_unheld_offices(text)
        # a country named inside a quotation says nothing about the office of someone named outside it
        # ("“… support for Ukraine …,” said Foreign Minister Lars Løkke Rasmussen")
        quotes = quoted_spans(text)
        # (nor a country named in a currency: "US$5.5 billion", "Canadian dollars")
        agents = [a for a in self._agents(mentions) if not any(q0 <= a.start < q1 for q0, q1 in quotes)
                  and not IN_CURRENCY.match(text, a.end)]
        # an organisation after the title: "… Secretary General of NATO", "… ambassador at the European Union"
        # (a state by its official name too: "Enrique A. Manalo, Secretary for Foreign Affairs of the Republic of the Philippines")
        org_after = rf"(?:\s+(?:at|of)\s+(?P<org>(?:the\s+)?(?:Republic\s+of\s+(?:the\s+)?)?{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,3}}))?"
        # (a name never opens with a title: "alongside the president, Defense Minister Dovile Sakaliene" is the minister's)
        title_then_name = re.compile(rf"(?P<former>\b[Ff]ormer\s+|\b[Tt]hen[-‑]|\b[Ee]x[-‑])?"  # ("then-Chancellor Olaf Scholz", "Ex-premier …")
                                     # (a gloss in brackets after the title: "Taoiseach (Prime Minister) Micheal Martin")
                                     # (or where the office sits, set off by a comma: "Russia's ambassador in Sarajevo, Igor …")
                                     # (or where an envoy is sent: "South Africa's ambassador to Ukraine, André Groenwald")
                                     # (or no comma: "Ukrainian Ambassador to Kenya Andrii Pravednyk said")
                                     # (a posting of two words, the few states so named: "German Ambassador to the United States
                                     # Emily Haber")
                                     rf"(?P<title>{_HEAD_OF_MISSION}|(?i:{_TITLE}))(?:\s*\([^()]{{2,40}}\)|\s+(?:in|to)\s+(?:the\s+)?(?P<posting>"
                                     # (or a state's formal name: "Ukrainian Ambassador to the State of Kuwait Balanutsa Oleksandr")
                                     rf"(?:{_TWO_WORD_POSTING}|Costa|El|Sierra|Burkina)\s+[A-Z][\w’'-]+|"
                                     r"(?:State|Kingdom|Republic|Sultanate|"
                                     r"Principality|Grand\s+Duchy)\s+of\s+(?:the\s+)?[A-Z][\w’'-]+|[A-Z][\w’'-]+)"
                                     rf"(?=,|\s+[A-Z][a-z]|\s+H\.\s?[EH]\b))?,?\s+"  # ("… in Pakistan H.E Markian Chuchuk")
                                     # (and a party's post between: "Former Prime Minister and PiS member Beata Szydło")
                                     # (or where the person was born: "former Israeli Prime Minister and Ukrainian native Golda Meir")
                                     r"(?:and\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:member|leader|chair(?:man|woman)?|native)\s+"
                                     # (or a description of the same person, or a second office of hers, then a comma:
                                     # "Germany’s new defence minister and successor to Chancellor Angela Merkel in the leadership
                                     # of the Christian Democrats (CDU), Annegret Kramp-Karrenbauer", "The former Defense Minister
                                     # and President of the next European Commission, Ursula von der Leyen")
                                     rf"|and\s+(?P<desc>(?:(?:successor|predecessor)\s+to|(?i:{_TITLE})\s+of)\s+[^,;.\"“”]{{3,100}}?),\s+)?"
                                     # (a military rank between: "Defense ministry spokesman Brigadier General Frega Wenas
                                     # Inkiriwang")
                                     rf"(?:{MILITARY_RANK}\s+)?"
                                     rf"(?:{COURTESY}\s+)?"  # ("Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani")
                                     # (nor runs into another's title: "signed by the Ukrainian president, European Council
                                     # President Charles Michel and …" names no president "European Council President …")
                                     rf"(?P<name>(?!(?i:{_TITLE})\b)(?!(?:[A-Z][\w’'-]+\s+){{1,3}}(?=[A-Z])(?i:{_TITLE})\s+[A-Z]){PERSON_NAME})"
                                     rf"(?:\s+of\s+(?P<after>(?:the\s+)?{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,2}}))?")
        # (or set off by dashes: "Pete Hegseth - the new US Secretary of Defense - who is joining us")
        # (or "a": "Constantin Spinu, a spokesman for Romania's Defense Ministry, told …")
        # (the name may be the surname of someone named in full before: "… was applauded by Albanese, the minister for foreign
        # affairs", after "Prime Minister Anthony Albanese")
        name_then_title = re.compile(rf"(?P<name>{PERSON_NAME}|{NAME_TOKEN}(?=,\s+the\s))(?:,|\s+[-–—])?\s*"
                                     r"(?i:the\s+|(?<=,\s)an?\s+(?!former\b|ex-))?"
                                     # (a party's post first: "Matej Tonin, the leader of the opposition party New Slovenia
                                     # (NSi) and former defence minister")
                                     r"(?:(?:leader|head|chair(?:man|woman)?|member)\s+of\s+[^,;“”\"]{3,80}?\s+and\s+(?=(?i:former)\s))?"
                                     # (or a title outside the model's offices first: "Prince Mohammed bin Salman, Crown Prince and
                                     # Prime Minister")
                                     rf"(?:(?:[A-Z][a-z]+\s+){{1,2}}and\s+(?=(?i:{_TITLE})\b))?"
                                     r"(?:(?i:newly\s+appointed|newly\s+elected|new|incoming|outgoing|current)\s+)?"
                                     # ("Xavier Bettel, Luxembourg's Deputy Prime Minister": a country and a rank; "Yuliia
                                     # Svyrydenko, Ukraine's First Deputy Prime Minister": a rank of two words)
                                     rf"(?P<pre>[A-Z][\w.’']*\s+(?:(?:First\s+Deputy|Deputy|Vice|Acting|First)\s+)?)?"
                                     # (and a word of politics before the title: "Mette Frederiksen, Denmark’s center left prime
                                     # minister")
                                     r"(?:(?i:cent(?:er|re)[- ](?:left|right)|left-wing|right-wing|conservative|liberal|social\s+democratic|"
                                     r"socialist|populist|nationalist|long-serving|veteran)\s+)?"
                                     # (a title is a word of its own, "the Economic Development Cooperation Fund" holds no "PM";
                                     # or one glued on in capitals, as a scraped page runs words together: "Oxana ShevelProfessor at …")
                                     rf"(?P<former>(?i:former)\s+)?(?:\b|(?<=[a-z])(?=[A-Z]))(?P<title>(?i:{_TITLE}))\b" + org_after)
        # "Klingbeil, who is also the vice chancellor, said …", "…, who also serves as Vice Chancellor": a second office
        # given in a relative clause (the name may be the surname of someone named before)
        # ("…, who is also serving as Qatar's foreign minister": the office's country before it)
        name_who_is = re.compile(rf"(?:{COURTESY}\s+)?(?P<name>{PERSON_NAME}|{NAME_TOKEN}),\s+who\s+(?:is\s+also\s+serving\s+as|is\s+serving\s+as|"
                                 r"also\s+serving\s+as|is\s+also|also\s+serves\s+as|serves\s+as|is)\s+"
                                 rf"(?i:the\s+)?(?P<pre>[A-Z][\w.’'-]*['’]s\s+)?(?P<former>)(?P<title>(?i:{_TITLE}))\b" + org_after)
        # "the return of Donald Trump as U.S. president", "the appointment of Mark Rutte as NATO Secretary General"
        # (and a term set off after the name: "Donald Trump, in his first term as US president, has a huge credit …", a past term)
        # (or a time in office the name's verb spans, an age in brackets after the name: "Ignazio Cassis (61) ended his year
        # under the Ukrainian star as Federal President")
        name_as_title = re.compile(rf"(?P<name>{PERSON_NAME})(?:\s+\(\d{{2}}\))?"
                                   rf"(?:,\s+(?:in|during)\s+(?:his|her)\s+(?P<former>(?:first|previous|earlier)\s+term))?(?:\s+(?:began|begins|started|starts|ended|ends|spent|spends|completed|completes|concluded|"
                                   rf"concludes|finished|finishes|closed|closes)\s+(?:his|her)\s+(?:[\w’'-]+\s+){{0,6}}?(?=as\b))?"
                                   rf"\s*\bas\s+(?i:the\s+)?(?P<pre>[A-Z][\w.’']*\s+)?"
                                   rf"(?P<title>(?i:{_TITLE}))\b"
                                   # (never a title that names another's office: "Pete Hegseth as President Trump’s secretary
                                   # of Defense" — read by RoleRules._career)
                                   rf"(?!\s+(?:{NAME_TOKEN}\s+){{0,2}}{NAME_TOKEN}['’]s\b)" + org_after)
        name_at_org = re.compile(rf"(?P<name>{PERSON_NAME}),?\s+at\s+(?P<org>(?:the\s+)?{NAME_TOKEN}(?:\s+(?:of\s+)?{NAME_TOKEN}){{0,3}})")
        # "the President of Ukraine, Volodymyr Zelensky"
        # (an envoy's posting after the state that sends him, the comma then optional: "Ambassador of Ukraine to Türkiye
        # Vasyl Bodnar")
        # (and a second posting as head of mission: "the Ambassador of Kuwait to Belgium and Head of Missions to the European
        # Union and NATO Jasem Al-Budaiwi")
        # ("for" too, as some copy writes a state's office: "The Foreign Relations Minister for Brazil, Mauro Vieira")
        # (a part of a divided state, by its government: "The prime minister of eastern Libya’s government, Ossama Hamad")
        title_of_org_name = re.compile(rf"(?P<title>(?i:{_TITLE}))\s+(?:of|for)\s+(?:(?:eastern|western|northern|southern)\s+)?"
                                       rf"(?P<org>(?:the\s+)?{NAME_TOKEN}(?:\s+(?:of\s+)?{NAME_TOKEN}){{0,3}})"
                                       rf"(?:['’]s\s+(?:(?:interim|transitional|rival|unity)\s+)?(?:government|administration))?"
                                       # (or where the envoy sits: "The High Commissioner of India in Colombo, Gopal Baglay")
                                       rf"(?:\s+(?:to|in)\s+(?:the\s+)?(?:(?:{_TWO_WORD_POSTING})\s+)?{NAME_TOKEN}"
                                       rf"(?:\s+and\s+(?:Head|Chief)\s+of\s+[Mm]issions?\s+to\s+(?:the\s+)?(?:{NAME_TOKEN}\s+){{1,3}}?"
                                       rf"(?:and\s+{NAME_TOKEN})?)?,?|,|(?<=\bthe\sRepublic))"  # ("the President of the Republic
                                       # Abdelaziz Bouteflika": the page's own republic, read below)
                                       rf"\s+(?:{COURTESY}\s+)?(?P<name>{PERSON_NAME})")
        # (or with no comma where the body's name ends in its kind: "Vice President of the European Commission Valdis Dombrovskis")
        title_of_body_name = re.compile(rf"(?P<title>(?i:{_TITLE}))\s+of\s+(?P<org>(?:the\s+)?(?:[A-Z][\w-]+\s+){{1,3}}{_INSTITUTION})"
                                        rf"\s+(?P<name>{PERSON_NAME})")
        seen_spans: list[tuple[int, int]] = []
        # "Latvian and Ukrainian Defence Ministers Andris Spruds and Rustem Umierov": two offices in one plural title, each
        # name the office of the country named in the same place
        for pair in re.finditer(rf"\b(?P<c1>[A-Z][\w-]+)\s+and\s+(?P<c2>[A-Z][\w-]+)\s+(?P<title>(?:[A-Z][\w-]+\s+)?[A-Z][a-z]+)s\s+"
                                rf"(?P<n1>{PERSON_NAME})\s+and\s+(?P<n2>{PERSON_NAME})", text):
            role = ROLE_TITLES.get(" ".join(pair.group("title").lower().split()))
            countries = [self.g.country_or_org(pair.group(k)) for k in ("c1", "c2")]
            if role is None or not all(c is not None and c.type == "country" and c.entity for c in countries):
                continue
            for key, country in zip(("n1", "n2"), countries, strict=True):
                name = pair.group(key)
                person = self.g.resolve(name, ("person",))
                person = person if person.entity else Match(name, None, "person", 0.0, "new")
                assert country is not None  # (checked above)
                paired = {"person": person.entity or _slug(name), "role": self._defence_title(role, str(country.entity)),
                          "organization": str(country.entity), "status": "current"}
                out.append(Candidate.scored("role", dict(paired), s, "role:title-name", [person, country],
                                            *(() if person.entity else ("new-entity",))))
                self.person_orgs.setdefault(paired["person"], paired["organization"])
                self.person_roles.setdefault(paired["person"], set()).add(paired["role"])
                seen_spans.append((pair.start(key), pair.end(key)))
        # "a phone call between Presidents Abdelfattah Al-Sisi, Vladimir Putin, and Volodymyr Zelensky": one plural title, each
        # name its holder in his own state (the one the workspace knows him in, else the article's, given once)
        # (or former holders, each the article's state's, a comma after the title too: "Former ministers of defence, Tomasz
        # Siemoniak and Czesław Mroczek, voted against …")
        for plural in re.finditer(rf"\b(?P<former>(?i:former)\s+)?(?P<title>Presidents|Prime\s+Ministers|Foreign\s+Ministers|Defen[cs]e\s+Ministers|"
                                  rf"(?<=[Ff]ormer\s)(?i:ministers\s+of\s+(?:defen[cs]e|foreign\s+affairs)|(?:defen[cs]e|foreign|prime)\s+ministers|"
                                  rf"presidents))(?:\s+|,\s+)"
                                  rf"(?P<names>{PERSON_NAME}(?:,\s+{PERSON_NAME})*,?\s+and\s+{PERSON_NAME})", text):
            title = " ".join(plural.group("title").lower().split())
            role = ROLE_TITLES.get(re.sub(r"^(\w+(?:\s+\w+)??)s\b", r"\1", title) if " of " in title else title[:-1])
            if role is None:
                continue
            past = plural.group("former") is not None
            article_state = self.main_country
            for listed in re.finditer(PERSON_NAME, plural.group("names")):
                name = listed.group(0)
                person = self.g.resolve(name, ("person",))
                if not _plausible(name, person):
                    continue
                who = person.entity or _slug(name)
                state = self.offices.get((who, role)) or self.person_orgs.get(who) or article_state
                if state is None or not self.g.types.get(state) == "country":
                    continue
                if state == article_state and not past:
                    article_state = None  # (one holder of the article's state's office; former holders, any number)
                country = Match(self.g.labels.get(state, state), state, "country", 100.0, "label")
                start = plural.start("names") + listed.start()
                held = self._defence_title(role, state) if past else role
                out.append(Candidate.scored("role", {"person": who, "role": held, "organization": state,
                                                     "status": "former" if past else "current"}, s,
                                            "role:title-name", [person, country], *(() if person.entity else ("new-entity",))))
                self.person_orgs.setdefault(who, state)
                self.person_roles.setdefault(who, set()).add(held)
                seen_spans.append((start, start + len(name)))
        letters = [c for c in text if c.isalpha()]
        shouting = len(letters) > 10 and sum(c.isupper() for c in letters) > 0.6 * len(letters)
        last_role: tuple[int, Match, str] | None = None  # where the last role's name ends, its organisation and role
        # "President Trump and NATO Secretary-General Mark Rutte announced …": a title and a known person's surname alone
        title_surname = re.compile(rf"(?P<title>(?i:{_TITLE}))\s+(?P<name>{NAME_TOKEN})(?![\w’'-]|\s+[A-Z])")
        # the state, other than the article's, whose office holder opens this paragraph, the aid's recipient's too: "Ukraine’s
        # Prime Minister Denys Shmyhal is heading his country’s delegation …" then "First Deputy Prime Minister Yuliia
        # Svyrydenko, Finance Minister Serhiy Marchenko … are attending" on a page about Japan (once per sentence)
        delegation = self._delegation_state(s.paragraph)
        for pattern, rule in ((title_of_org_name, "role:title-of-org-name"), (title_of_body_name, "role:title-of-org-name"),
                              (title_then_name, "role:title-name"),
                              (name_then_title, "role:name-title"), (name_who_is, "role:name-title"),
                              (name_as_title, "role:name-title"),
                              (title_surname, "role:title-name")):
            for m in _with_inner(pattern, text):
                name = _name_of(m)  # "Donald Trump's request"
                if pattern is title_then_name:
                    name = _cut_at_label(name)  # "President Bamir Topi Head of government: …": Bamir Topi
                if pattern is not name_who_is and any(m.start("name") < b and a < m.end("name") for a, b in seen_spans):
                    continue  # this name (or a run of words holding it) had its title read by an earlier pattern (a second
                    # office in a relative clause is read all the same: "Prime Minister Sheikh …, who also serves as …")
                if pattern is name_then_title and re.match(r"\s+(?:also\s+|then\s+|later\s+)?[a-z]+(?:ed|s)\b", text[m.end():]) \
                        and re.fullmatch(r"\s*(?:In|At|After|During|Following|Before|On|Alongside|Besides|With|Upon)\s[^,;“”\"]{2,120}",
                                         text[:m.start("name")]):
                    continue  # "In a meeting with President Zelenskyy, the Prime Minister reiterated our support …": the comma ends a
                    # fronted phrase and the title is the main clause's subject, no appositive of the name before it
                if pattern is name_as_title and re.search(r"(?<!re-)\b(?:election|victory|win)\s+of\s+$", text[:m.start("name")]):
                    continue  # "the recent election of Donald Trump as U.S. President": one elected, who holds no office yet
                person = self.g.resolve(name, ("person",))
                if not person.entity and self._headline_verb(text, name):
                    continue  # "President Obama Holds a Press Conference …": a surname and a headline's verb, no name
                if pattern is name_then_title and " " not in name and not person.entity and self.g.country_or_org(name) is not None:
                    continue  # "Ukraine's Deputy Prime Minister …": a state's possessive, never a surname a longer name ends with
                # (or, a word alone, the given name of the one person the page named in full with it first, as Thai copy writes
                # its leaders after the first time: "Premier Srettha’s government" after "the Srettha Thavisin-helmed …")
                fuller = (self.seen_people.get(name) or (self._only_first_name(name) if " " not in name else None)) \
                    if not person.entity else None
                if pattern is name_then_title and " " not in name and not (fuller is not None and fuller.type == "person"
                                                                           and len(fuller.name) > len(name)):
                    continue  # a word alone before ", the …" is a surname only of one this article named in full
                if fuller is not None and fuller.type == "person" and len(fuller.name) > len(name):
                    person = fuller  # "Belgian Prime Minister De Croo said" after "Alexander De Croo": the person named in full
                    if pattern is name_who_is or (pattern is name_then_title and " " not in name):
                        name = fuller.name  # ("Klingbeil, who is also the vice chancellor": the one named in full before)
                # (a city the gazetteer does not know is still a posting after "in" and before a comma: "Moscow’s ambassador in
                # Quito, Vladimir Sprinchan")
                if m.groupdict().get("posting") and self.g.country_or_org(m.group("posting")) is None \
                        and not m.group("posting").isupper() and m.group("posting") not in self.g.capitals_as_written() \
                        and not (re.search(r"\bin\s+$", text[:m.start("posting")]) and text[m.end("posting"):m.end("posting") + 1] == ",") \
                        and not re.fullmatch(_BODY_POSTINGS, m.group("posting")):
                    continue  # "Egypt’s FM to Meet Ukraine-Russia Delegations": a headline's verb, no posting ("Ambassador to Kenya")
                if pattern is title_surname and person.how not in ("surname", "label", "alias", "seen"):
                    continue  # a surname alone names only a person the workspace knows, matched exactly
                if pattern is title_then_name and "," in text[m.end("title"):m.start("name")] \
                        and re.search(r"\bas\s+(?:the\s+|an?\s+)?$", text[:m.start("title")]):
                    continue  # "…, Jean-Noel Barrot remaining as foreign minister, Gerald Darmanin staying on …": the office is
                    # the name's before "as", the next name the list's next item
                if pattern is name_then_title and re.match(rf"\s+{PERSON_NAME}", text[m.end("title"):]) and not m.group("org"):
                    continue  # "Yuliia Svyrydenko, President Volodymyr Zelenskiy, …": the title is the next name's
                if pattern is name_then_title and re.match(rf"\s+to\s+[^,;“”\"]{{2,90}}?\s{PERSON_NAME}\s+(?:{_SAY}|announced)\b",
                                                           text[m.end():]):
                    continue  # "Upon instructions from the Amir … Sheikh Nawaf …, the Ambassador of Kuwait to Belgium and Head of
                    # Missions to the European Union and NATO Jasem Al-Budaiwi announced …": a posting's title, then its holder
                if pattern is name_then_title and re.match(rf",\s+{PERSON_NAME}", text[m.end():]) \
                        and "," in text[m.end("name"):m.start("title")]:
                    continue  # "…, Pope Francis, the Secretary General of the United Nations, Antonio Guterres, and …": the title
                    # set off before a name is that name's
                if pattern is name_then_title and (re.search(r"['’]s$", m.group("name")) or (
                        m.group("pre") and re.search(r"['’]s\s*$", m.group("pre")) and "," not in text[m.end("name"):m.start("pre")])):
                    continue  # "PA Media Ireland's Taoiseach (Prime Minister) Micheal Martin": a country's office after a
                    # credit line; an appositive has its comma ("Xavier Bettel, Luxembourg's Deputy Prime Minister")
                # (a surname alone after its title is as plausible as the full name the page gave it before: "President
                # Sheinbaum announced …" after "Mexico’s Claudia Sheinbaum")
                if not _plausible(person.name if fuller is not None and person is fuller else name, person) \
                        or (shouting and not person.entity):
                    continue  # in a headline in capitals, where a name ends is not known ("… POULSEN VISITED UKRAINE")
                if not person.entity and self.g.country_or_org(name):
                    continue  # "New Zealand’s Prime Minister Christopher Luxon": a country's office, not a person "New Zealand"
                title = " ".join(m.group("title").lower().split())
                title = "head of the diplomatic mission" if re.fullmatch(_HEAD_OF_MISSION, m.group("title")) else title
                if re.search(r"\b(?:likely|probable|presumptive|expected|possible|future|would-be|next|incoming|shadow)\s+(?:\w+\s+)?$",
                             text[max(0, m.start("title") - 30):m.start("title")], re.I) \
                        or re.match(r"[-‑\s]+(?:designate|elect|in-waiting)\b", text[m.end("title"):], re.I):
                    continue  # "Germany’s likely next chancellor, Friedrich Merz": an office to come, not held (nor an opposition's
                    # "shadow foreign minister Beppe Fenech Adami")
                role = ROLE_TITLES[title]
                if re.search(r"\bState\s+$", text[max(0, m.start("title") - 8):m.start("title")]) and role.endswith("minister"):
                    continue  # "Bangladesh’s State Minister for Foreign Affairs Shahriar Alam": a junior minister, not the minister
                if title == "high commissioner" and re.match(r"\s+(?:of\s+the\s+United\s+Nations\s+)?for\s+(?:Refugees|Human\s+Rights|"
                                                               r"National\s+Minorities)\b", text[m.end("title"):]):
                    continue  # "Filippo Grandi, the UN's High Commissioner for Refugees": a UN office, no state's envoy
                if rule == "role:title-of-org-name":  # "The President of the Government, Pedro Sánchez": a title of its own
                    head = re.match(r"(?:the\s+)?[\w-]+", " ".join(m.group("org").lower().split()))
                    role = ROLE_TITLES.get(f"{title} of {head.group(0)}", role) if head else role
                # (an office of a state's presidency or government is the state's: "In Buenos Aires, Presidential Spokesman
                # Manuel Adorni …" is Argentina's spokesman, not NATO's, the organisation the sentence names next)
                # (and by its full name or initials: "the Ministry of Foreign Affairs spokesman", "MFA spokesperson")
                national = role in domain().national_offices or bool(re.search(
                    # (or "the Ministry's Spokesperson", the ministry the article is about)
                    r"\b(?:(?i:presidential|government(?:['’]s)?|(?:(?:defen[cs]e|foreign)\s+)?ministry['’]s|(?:defen[cs]e|foreign)\s+ministry|"
                    r"ministry\s+of\s+(?:foreign\s+affairs|defen[cs]e|foreign\s+relations)(?:['’]s)?)|MFA|MoFA|MOFA|MoD|MOD)\s+$",
                    text[max(0, m.start("title") - 40):m.start("title")]))
                # (in lower case too, as some copy writes offices: "deputy prime minister Richard Marles said")
                rank = re.search(r"\b((?:D|d)eputy|Vice|First\s+(?:D|d)eputy|(?:D|d)eputy\s+(?:P|p)rime)[ -]$",
                                 text[max(0, m.start("title") - 14):m.start("title")])
                # (or before the body's initials or a demonym and the title: "Deputy NATO Secretary General Mircea Geoană"; an
                # acting minister holds the office, however named: "Acting Bulgarian Defence Minister …", "Acting Minister of
                # Defense Sheikh Dr Ahmad Nasser …")
                ranked_of = None if rank else re.search(r"\b(Deputy|Vice|First\s+Deputy)\s+([A-Z]{2,5}|[A-Z][a-z]+)\s+$",
                                                        text[max(0, m.start("title") - 30):m.start("title")])
                # (and the ministry's own word: "Deputy National Defense Minister Nikos Hardalias")
                if ranked_of and (ranked_of.group(2).isupper() or ranked_of.group(2).lower() in DEMONYMS
                                  or ranked_of.group(2) in ("National", "Federal")):
                    rank = ranked_of
                if rank and not rank.group(1).lower().startswith("deputy prime"):
                    role = _ranked(rank.group(1), role)  # a deputy is not the office holder
                org = None
                explicit = None  # an institution the workspace does not know, written with the title ("European Commission")
                if rule == "role:title-of-org-name":
                    org = self.g.country_or_org(m.group("org").removeprefix("the "))
                    # (an office of a state's head: "the press secretary of the President of Argentina, Manuel Adorni")
                    # (a government of a kind too: "Deputy Minister of Foreign Affairs of the Interim Government of Afghanistan Sher
                    # Abbas Stanikzai")
                    head_of = re.fullmatch(r"(?:the\s+)?(?:President|Prime\s+Minister|(?:(?:Interim|Transitional|Provisional|Federal|"
                                           r"National|Royal)\s+)?Government|Presidency|Cabinet)\s+of\s+(?:the\s+)?(?P<state>.+)",
                                           m.group("org")) if org is None else None
                    state_of_head = self.g.country_or_org(head_of.group("state")) if head_of else None
                    if state_of_head is not None and state_of_head.type == "country":
                        org = state_of_head
                    # ("the President of the Republic Abdelaziz Bouteflika" on a page about Algeria: the page's own republic, as
                    # its national press names the office)
                    if org is None and re.fullmatch(r"(?:the\s+)?Republic", m.group("org")) and self.main_country \
                            and self._has_office(role, self.main_country):
                        org = self._assumed_country(self.main_country)
                    if org is None and re.search(rf"\b{_INSTITUTION}$", m.group("org")):
                        explicit = org = Match(m.group("org").removeprefix("the "), None, "organization", 0.0, "new")
                    if org is None:
                        continue  # "the Secretary General of the United Nations, Antonio Guterres": the office of a body the
                        # workspace does not know, never of another state the sentence names
                elif rule == "role:title-name" and m.groupdict().get("after"):  # "Prime Minister Jonas Gahr Store of Norway"
                    org = self.g.country_or_org(m.group("after").removeprefix("the "))
                elif rule == "role:name-title" and m.group("org"):
                    # (not the sentence's full stop, which a name's token may take: "…, the minister of defence of Czechia.")
                    org = self.g.country_or_org(m.group("org").removeprefix("the ").rstrip("."))
                    # (an office's own holder before its state: "Dmitry Peskov, the press secretary of the President of the
                    # Russian Federation" is the state's spokesman)
                    office_word = " ".join(m.group("org").removeprefix("the ").rstrip(".").lower().split())
                    of_state = re.match(r"\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})", text[m.end("org"):])
                    if org is None and of_state and (office_word in ROLE_TITLES or office_word in ("government", "presidency", "cabinet")):
                        served = self.g.country_or_org(of_state.group("state"))
                        org = served if served is not None and served.type == "country" else None
                    if org is None:
                        org = Match(m.group("org"), None, "organization", 0.0, "new")
                org = org or self._state_of_title(title)  # "Tánaiste Simon Harris"
                # "German Defence Minister", "Ukraine's President", "German Deputy Prime Minister"
                # ("Lithuania's new Minister of Defence, Laurynas Kasčiūnas")
                # (or a second title of one holder after it: "… meeting with Belgium Deputy Prime Minister and Foreign Minister Sophie
                # Willems" is Belgium's foreign minister too)
                before = [a for a in agents if a.end <= m.start("title") and re.fullmatch(
                    r"(?:['’]s)?\s*(?:(?:Deputy|Vice|Acting|First|Former|former|new|newly\s+appointed|incoming|outgoing)[\s-]+)*"
                    rf"(?:(?i:{_TITLE})\s+and\s+(?:(?:Deputy|Vice|Acting|First)[\s-]+)*)?",
                    text[a.end:m.start("title")])]
                # (an institution's name with its initials in brackets: "Inter-American Development Bank (IDB) President Ilan
                # Goldfajn" is the bank's, not the state a word of its name is the adjective of)
                # (or a charity's: "Hungarian Interchurch Aid president Laszlo Lehel" holds no office of Hungary)
                institution = re.search(rf"((?:[A-Z][\w-]+\s+){{0,3}}(?:{_INSTITUTION}|{CHARITY_AID}))(?:\s*\([A-Z]{{2,8}}\))?\s+$",
                                        text[max(0, m.start("title") - 70):m.start("title")])
                # ("approved by the United States under President Joe Biden’s administration": the state he led)
                # ("are stalled by the Hungarian government of Prime Minister Viktor Orban": the government's state)
                before += [a for a in agents if a.match.type == "country" and a.end <= m.start("title")
                           and re.fullmatch(r"\s+under\s+(?:the\s+)?(?:then-|then\s+|former\s+)?|"
                                            r"\s+(?:government|cabinet|administration)\s+(?:of|under|led\s+by|headed\s+by)\s+"
                                            r"(?:then-|then\s+|former\s+)?", text[a.end:m.start("title")])]
                # ("politicians from the entity of Republika Srpska and its president, Milorad Dodik": the one named before
                # "and its", a state or a body the workspace may not know yet)
                its = re.search(r"(?<![\w’'-])(?P<org>(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)\s+and\s+its\s+$",
                                text[max(0, m.start("title") - 80):m.start("title")]) if rule == "role:title-name" else None
                # (or the state a relative clause's "whose" stands for: "the Euroclear bank based in Belgium, whose premier Bart De
                # Wever had previously resisted …")
                whose = re.search(r"(?<![\w’'-])(?P<org>(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+),\s+whose\s+$",
                                  text[max(0, m.start("title") - 60):m.start("title")]) if rule == "role:title-name" else None
                if org is None and whose and (whose_state := self.g.country_or_org(whose.group("org"))) is not None and whose_state.type == "country":
                    org, explicit = whose_state, whose_state
                if org is None and its and its.group("org").split()[0] not in domain().not_names:
                    org = self.g.country_or_org(its.group("org"))
                    if org is None:
                        explicit = org = Match(its.group("org"), None, "organization", 0.0, "new")
                if org is None and before and not (institution and rule == "role:title-name" and re.search(
                        r"-$", text[before[-1].start:before[-1].end + 1])):
                    org = before[-1].match
                    if institution and rule == "role:title-name" and org.type == "organization":
                        explicit = org  # "European Parliament president Roberta Metsola": the institution's own office
                    elif rule == "role:title-name" and org.entity in domain().subject_givers \
                            and text[before[-1].start:before[-1].end].isupper():
                        explicit = org  # (or a bank's by its initials: "IDB president Muhammad Al-Jasser", "ADB President …")
                if org is None and rule == "role:title-name":
                    # "Egypt will be represented by the country's Prime Minister …": the state just named; "Ukraine's special
                    # representative for Africa and the Middle East, Ambassador …": the state whose office the appositive is
                    lead = text[max(0, m.start("title") - 120):m.start("title")]
                    offset = m.start("title") - len(lead)
                    own = re.search(r"\bthe\s+(?:country|nation|state)['’]s\s+(?:(?:Deputy|Vice|Acting|First)\s+)?$", lead)
                    office = re.search(r"['’]s\s+(?:[a-z][\w-]*\s+){1,3}(?:for|of|to|on|in)\s+[^,;]{2,60},\s+$", lead)
                    if own is not None:
                        named = [a for a in agents if a.match.type == "country" and a.end <= offset + own.start()]
                        # (the sentence's subject, where it opens with one: "Estonia will send Ukraine a military aid package …, the
                        # country’s Defense Minister Hanno Pevkur said" is Estonia's minister, not the recipient's)
                        opener = next((a for a in named if re.fullmatch(r"\s*(?:[A-Z][A-Z .'/-]{2,}[,.]?\s.*?\.\s*)?", text[:a.start])), None)
                        org = (opener or named[-1]).match if named else None
                    elif office is not None:
                        named = [a for a in agents if a.match.type == "country" and a.end == offset + office.start()]
                        between = [a for a in agents if offset + office.start() < a.start < m.start("title")]
                        org = named[-1].match if named and not between else None
                if org is None and institution and rule == "role:title-name":  # "European Commission President Ursula …"
                    # ("EU Council President Antonio Costa": the European Council, as the union's institutions are named)
                    written = re.sub(r"^EU\s+", "European ", institution.group(1))
                    # (or by its head word alone on a page about the Union: "On behalf of the EU, the agreement was signed by
                    # European Council President Charles Michel and Commission President Ursula von der Leyen")
                    if written in ("Commission", "Council") and any(re.search(r"\b(?:EU|European\s+Union)\b", t)
                                                                    for t in self.paragraph_texts.values()):
                        written = "European " + written
                    explicit = org = self.g.country_or_org(written) or Match(written, None, "organization", 0.0, "new")
                if org is None and rule == "role:name-title" and m.group("pre"):
                    org = self.g.country_or_org(m.group("pre").strip().removesuffix("'s").removesuffix("’s"))
                adjust: tuple[str, ...] = ()
                known = self.offices.get((person.entity or "", role)) or self.person_orgs.get(person.entity or _slug(name))
                if org is None and known:
                    org = Match(known, known, self.g.types.get(known), 100.0, "label")
                # ("Mr Zelensky is accompanied by his foreign minister Dmytro Kuleba": the office of the state whose office the
                # sentence's subject holds)
                his = re.search(r"\b(?:his|her)\s+$", text[max(0, m.start("title") - 8):m.start("title")]) if org is None else None
                # (the office this article gives him, else the one the workspace knows; the first person who holds one)
                owner = next((o for p in self._people(text[:m.start("title")], mentions)
                              if (o := self.person_orgs.get(self._key(p.match))
                                  or next((org for (who, _), org in self.offices.items() if who == self._key(p.match)), None))),
                             None) if his else None
                if owner is not None and self.g.types.get(owner) == "country":
                    org = Match(owner, owner, "country", 100.0, "label")
                # (never in a list of several states' leaders, each with its state: "US President Donald Trump, Jordan's King
                # Abdullah, Egyptian President Abdel Fattah al-Sisi, Prime Minister Giuseppe Conte" gives Egypt no prime minister)
                leaders_of = {a.match.entity for a in agents if a.end <= m.start("title") and a.match.type == "country" and re.match(
                    r"(?:['’]s)?\s+(?:[A-Z][a-z]+\s+){0,2}(?:President|Prime|King|Queen|Emir|Chancellor|Minister)\b", text[a.end:])}
                if org is None and last_role is not None and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*",
                                                                          text[last_role[0]:m.start("title")]) \
                        and not (national and last_role[2] == role) and len(leaders_of) < 2:
                    # "Germany's Chancellor Olaf Scholz and President Frank-Walter Steinmeier" (never a second holder of the
                    # same national office: "Prime Minister of Hungary Viktor Orban and Prime Minister Bart De Wever")
                    org = last_role[1]
                if org is None and national:
                    # (a second holder joined by "and" to a first whose office the model does not hold, the state's adjective
                    # before both: "Israeli National Security Minister Itamar Ben-Gvir and Finance Minister Bezalel Smotrich")
                    chained = re.search(r"\b(?P<dem>[A-Z][\w’'-]+)\s+(?:[A-Z][\w-]*\s+){0,3}(?:Minister|Secretary)\s+"
                                        r"(?:[A-Z][\w’'.-]*\s+){1,3}and\s+$", text[:m.start("title")])
                    chained_state = self.g.country_or_org(chained.group("dem")) if chained and chained.group("dem").lower() in DEMONYMS else None
                    if chained_state is not None and chained_state.type == "country" and self._has_office(role, str(chained_state.entity)):
                        org, adjust = chained_state, ("country-elsewhere",)
                if org is None and national:  # the one country the sentence names as its subject, before the title
                    # (not a state spoken of: "the dangers of a more aggressive Russia, said Prime Minister …"; nor the aid's
                    # recipient given to: "Japan will offer Ukraine … support, Prime Minister Fumio Kishida said")
                    # (nor a state invaded or at war: "after Russia’s invasion of Ukraine in 2022, former Chancellor Olaf Scholz")
                    # (nor the aid's recipient, named everywhere in an aid story: "… packages for Ukraine following a conference
                    # on how to meet Kyiv’s needs, Defense Secretary Lloyd Austin said")
                    recipient_id = self.g.recipient
                    # (the recipient by its capital, or as the owner of what others meet: "to meet Kyiv’s needs"; but "Ukraine and
                    # Japan formalized … as Finance Minister Serhiy Marchenko and …" names his)
                    actors = [a for a in agents if a.match.type == "country" and a.end <= m.start("title")
                              and not (a.match.entity == recipient_id and (a.match.how == "capital" or re.match(r"['’]s?\s+[a-z]", text[a.end:])
                                                                           or text[a.start:a.end].lower() in DEMONYMS))
                              and not re.search(
                        # ("As the war between Russia and Ukraine nears …, … under President Joe Biden’s administration")
                        # (with an adjective of its plight between: "aid to war-ravaged Ukraine, the … spokesman said")
                        # (or "both" between: "despite pressure from both the United States and President Petr Pavel")
                        # (or the place one visits: "He is visiting Ukraine accompanied by Foreign minister Maxime Prévot")
                        r"\b(?:(?:to|for|with|against|from|in|on|by|into|toward|towards|and|between|among|amid|visiting|visited|visits)\s+"
                        r"(?:(?:both|either)\s+)?(?:the\s+)?"
                        # (or a plain adjective: "the idea of donating such a system to neighboring Ukraine emerged …,
                        # following the meeting of President Klaus Iohannis")
                        r"(?:[a-z]+-[a-z]+\s+|(?:neighbou?ring|embattled|besieged|occupied|invaded|war-torn|fellow)\s+)?"
                        # (or a state spoken of with an article, "a more aggressive Russia"; never a state's adjective, the
                        # nationality of those the sentence opens with: "A team of French volunteer firefighters has arrived in
                        # Morocco and President Emmanuel Macron said …")
                        r"|" + (r"(?!)" if a.match.how == "demonym" else r"an?\s+(?:[\w-]+\s+){0,2}") + r")$",
                        text[max(0, a.start - 30):a.start], re.I)
                        and not at_war(text, a.start, a.end)
                        and not _NOUN_ADJUNCT.match(text, a.end)  # ("during the Ukraine roundtable", "(U.S. time)")
                        and not self._given_aid(text, a)
                        # (nor the country of another's office: "Prime Minister of Hungary Viktor Orban and Prime Minister Bart
                        # De Wever")
                        and not (re.search(rf"(?i:{_TITLE})\s+of\s+(?:the\s+)?$", text[max(0, a.start - 60):a.start])
                                 and re.match(r"\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+,?\s+and\s", text[a.end:m.start("title")]))
                        and not re.search(r",\s*(?:and|but|while|whereas)\b|;", text[a.end:m.start("title")])
                        # (nor the country of another's office who then acts on this one: "Ukraine President Volodymyr Zelenskyy
                        # has written to Prime Minister Narendra Modi"; "Ukrainian President … and Prime Minister …" is one state's)
                        and not _of_another_who_acts(text[a.end:m.start("title")])]
                    if len({a.match.entity for a in actors}) > 1:
                        # a capital opening the story is its dateline, where it was filed: a hint only when the
                        # sentence names no other state ("Brussels – The Slovenian government …, said Prime Minister …")
                        actors = [a for a in actors if not opens_dateline(text, a.start, a.end, a.match.how)]
                    if len({a.match.entity for a in actors}) == 1:
                        org, adjust = actors[0].match, ("country-elsewhere",)
                window = max(0, m.start("title") - 30)
                qualifier = re.search(r"([A-Z][\w.-]*)\s+$", text[window:m.start("title")])
                if qualifier is not None and (qualifier.group(1).lower() in PREPOSITIONS or (
                        qualifier.group(1).endswith("ing") and not text[:window + qualifier.start(1)].strip())):
                    qualifier = None  # "Regarding President Rumen Radev's decision", "About Prime Minister …": no institution's title
                if qualifier is not None and re.fullmatch(r"(?i:presidential|government(?:['’]s)?)", qualifier.group(1)):
                    qualifier = None  # "Presidential Spokesman Manuel Adorni": the state's presidency, its country read as any other
                elif qualifier is not None and qualifier.group(1) == "Ministry" and role == "spokesperson" and re.search(
                        r"\b(?:Foreign|Defen[cs]e|Finance)\s+$", text[max(0, window + qualifier.start(1) - 12):window + qualifier.start(1)]):
                    qualifier = None  # "Foreign Ministry spokesman Zhao Lijian": the state's ministry, read as "Presidential" is
                    # (its spokesman only: "Defence Ministry secretary-general Datuk Seri Isham Ishak" holds no office of the model)
                if qualifier is not None and qualifier.group(1) in _PARTY_INITIALS:
                    qualifier = None  # "FDP Finance Minister Karin Keller-Sutter": a party's initials, no institution's title
                    # (not any initials: "PNG Defense Minister Billy Joseph" names a state the workspace may not know)
                if org is None and qualifier is not None and qualifier.group(1).lower() in DEMONYMS:
                    # "French Armed Forces Minister …", where "French Armed Forces" was read as one name
                    org = self.g.country_or_org(qualifier.group(1))
                unread = qualifier is not None and qualifier.group(1) not in _OFFICE_WORDS  # "EU Council President …"
                # (not where someone else here already holds that office of that country: "Defense Minister Rustem Umerov" in
                # the British defence secretary's answer is no second British defence minister)
                # (an office of many holders at once, a spokesperson's or an ambassador's, is never taken: "the Ministry’s Spokesperson
                # Ahmed Hafez", then "Presidential Spokesperson, Bassam Radi")
                held_before = bool(re.search(r"\b(?:[Ff]ormer|[Ee]x-|then-|then\s)\s*(?:\S+\s+){0,2}$",
                                             text[max(0, m.start("title") - 30):m.start("title")])) or bool(
                    # ("Alexander Dobrindt already served as transport minister under Chancellor Angela Merkel": a past holder)
                    re.search(r"\b(?:served|worked)\b[^.;]{0,80}\bunder\s+$", text[max(0, m.start("title") - 100):m.start("title")]))
                taken = self._office_taken(role, self.main_country, person.entity or _slug(name), out, held_before)
                if org is not None and national and adjust == ("country-elsewhere",) and any(
                        c.fields.get("role") == role and c.fields.get("organization") == org.entity
                        and c.fields.get("person") != (person.entity or _slug(name)) and c.fields.get("status") != "former"
                        for c in out) and not held_before:
                    org, adjust = None, ()  # "Romanian President Klaus Iohannis said … he had discussed with President Joe Biden
                    # …": a country's office given in this sentence to another is no second holder's
                if org is not None and national and not self._has_office(role, org.entity):
                    org, adjust = None, ()  # "Britain's Prime Minister Keir Starmer and President Recep Tayyip Erdoğan": no
                    # president is Britain's
                office_of = self.unheld_offices.get(role)
                if office_of is not None and office_of.type == "country" and (
                        self.main_country is not None or self._other_states(text, agents, m.end("name"), own=office_of.entity)):
                    office_of = None  # (a state's office named unheld decides only where nothing else could)
                if org is None and national and office_of is not None and not unread:
                    # "… as revealed by the European Council's president. During his visit to Moldova's capital, President
                    # Antonio Costa stated …": the institution whose office the article named before, holder unnamed
                    explicit = org = office_of
                    adjust = ("office-of-article",)
                spoken_for = self.unheld_offices.get("spokesperson") if role == "spokesperson" else None
                if org is None and spoken_for is not None and spoken_for.type == "country" and not unread:
                    # "…, a Chinese Foreign Ministry spokesperson said Monday." then "Spokesperson Wang Wenbin said …": the
                    # state whose spokesperson the article named before, unnamed (an office of many holders, never guessed else)
                    org, adjust = spoken_for, ("office-of-article",)
                recipient = self.g.recipient
                us = self.g.country_ids.get("US")
                if org is None and national and us is not None and role == "secretary-of-defense" and not unread \
                        and re.fullmatch(r"(?i:secretary\s+of\s+defense|defense\s+secretary)", m.group("title").strip()) \
                        and self.main_country in (None, recipient, us) \
                        and not self._other_states(text, agents, m.end("name")):
                    # "Secretary of Defense Lloyd Austin" on a page about the aid's recipient, or about no state: the office
                    # of that name is the United States' (the recipient's is its defence minister)
                    org, adjust = self._assumed_country(us), ("us-title",)
                if org is None and national and us is not None and role == "secretary-of-defense" and not unread \
                        and re.fullmatch(r"(?i:secretary\s+of\s+defense)", m.group("title").strip()) \
                        and not any(a.match.type == "country" and a.end <= m.start("title") for a in agents):
                    # "Statement by Secretary of Defense Chuck Hagel on the Selection of Former Norwegian Prime Minister …" on a
                    # page about Norway: the office so named, no state before it, is the United States' (a state named after
                    # it is another's office)
                    org, adjust = self._assumed_country(us), ("us-title",)
                # (never a second state's office of the same kind for one the page already gave it: "Ambassador Rae remarked that
                # Haiti …" after "Canadian Ambassador to the United Nations Bob Rae")
                # (or where the page's state has no such office: "Prime Minister Ariel Henry’s government" on a page about the
                # United States' money for Haiti)
                if org is None and national and (self.main_country is None or not self._has_office(role, self.main_country)) \
                        and not unread and not taken \
                        and role not in self.person_roles.get(person.entity or _slug(name), set()) \
                        and (sole := self._sole_state_with(role)) is not None and not self._other_states(text, agents, m.end("name"), own=sole):
                    # "In April, then PM Rishi Sunak announced …" on a page that names Britain and the United States: the one
                    # state named that has such an office
                    org, adjust = self._assumed_country(sole), ("country-of-article",)
                # (not where the paragraph opened with another state's office holder as its subject: the delegation's state,
                # below)
                thanked = self.main_country is not None and _thanks(text, agents, m.end("name"), self.main_country)
                if org is None and national and self.main_country and not unread and not taken and not delegation \
                        and self._has_office(role, self.main_country) and not self._other_states(text, agents, m.end("name")) \
                        and not self._addressed_by_page_state(text, agents, m.start("title")) \
                        and not self._visits(text, agents, m.end("name"), self.main_country) and not thanked:
                    # "Defence Minister Raimundas Karoblis told reporters" in an article about Lithuania (the
                    # sentence names no other country: "visit … with the Belgian king and Defence Minister X")
                    org = self._assumed_country(self.main_country)
                    adjust = ("country-of-article",)
                others = [state for state in self.states_named if state != self.main_country and self._has_office(role, state)] \
                    if org is None and national and thanked else []  # (only where it is asked: this runs for every office read)
                if org is None and national and thanked and not unread and not taken and len(others) == 1 \
                        and not any(a.match.type == "country" and a.match.entity not in (self.main_country, others[0]) for a in agents):
                    # "Finance minister Mohamed Adan Fargeti praised the Emirati government for the deal" on a page about the
                    # Emirates' support: one who thanks the page's state is the other's, the one other state the page names
                    org, adjust = self._assumed_country(others[0]), ("country-of-article",)
                if org is None and national and delegation and not unread \
                        and self._assumable(role, delegation, person.entity or _slug(name), out, held_before, text, agents, m.end("name")):
                    org = self._assumed_country(delegation)
                    adjust = ("country-of-paragraph",)
                paragraph = self.paragraph_country
                if org is None and national and paragraph and paragraph[0] == s.paragraph and not unread \
                        and self._assumable(role, paragraph[1], person.entity or _slug(name), out, held_before, text, agents, m.end("name")):
                    # (not an office another holds there: "… the meeting of President Klaus Iohannis … with President Joe Biden")
                    # (nor one whom that state's holder writes to: "Ukraine President Volodymyr Zelenskyy has written to Prime
                    # Minister Narendra Modi")
                    # "Spain also pledged … . On a recent trip to Kyiv the Prime Minister Pedro Sanchez announced that
                    # Madrid would …": the country the paragraph opened with as its subject
                    org = self._assumed_country(paragraph[1])
                    adjust = ("country-of-paragraph",)
                # (or, on a page about no one state, the one the paragraph before opened with, where office holders open this
                # one: "New Zealand has pledged an initial NZ$500,000 …" then "Foreign Affairs Minister Nanaia Mahuta and Prime
                # Minister Jacinda Ardern said …"; "Australia, meanwhile, has offered supplies …" then "Minister for … Zed
                # Seselja, Foreign Minister Marise Payne and Minister for Defence Peter Dutton said …")
                opened_before = self.previous_paragraph_country
                if org is None and national and self.main_country is None and opened_before is not None and not unread \
                        and opened_before[0] == s.paragraph - 1 and (paragraph is None or paragraph[0] != s.paragraph) \
                        and re.fullmatch(r"[\s\"“]*(?:(?:[A-Z][\w’'.-]*|and|for|of|the|&)[\s,]*)*", text[:m.start("title")]) \
                        and self._assumable(role, opened_before[1], person.entity or _slug(name), out, held_before, text, agents, m.end("name")):
                    org = self._assumed_country(opened_before[1])
                    adjust = ("country-of-paragraph",)
                # (or the state the page's aid goes to, the only state the sentence names, however: "Following President Lazarus
                # Chakwera's declaration of a state of emergency in … southern Malawi" on a page about the UN's money for Malawi)
                aided_here = self.page_recipient
                if org is None and national and aided_here and not unread and self._has_office(role, aided_here) \
                        and {a.match.entity for a in agents if a.match.type == "country"} == {aided_here} \
                        and not self._visits(text, agents, m.end("name"), aided_here) \
                        and not self._office_taken(role, aided_here, person.entity or _slug(name), out, held_before) \
                        and not any(k.endswith("-" + _slug(name).split("-")[-1]) and st != aided_here
                                    for k, st in self.person_orgs.items()):  # ("President Macron" after "French President Emmanuel Macron")
                    org = self._assumed_country(aided_here)
                    adjust = ("country-of-article",)
                # (never where a body the gazetteer does not know is written before the title: "UN Secretary-General Ban Ki-moon
                # said the fighting has set Syria back" holds no office of Syria's)
                # (a body's initials, not a word for the government: "the Executive spokesman, Mihai Dobre" is still read)
                unknown_body = unread and qualifier is not None and qualifier.group(1).isupper() and len(qualifier.group(1)) >= 2 \
                    and self.g.country_or_org(qualifier.group(1)) is None
                if org is None and not national and not unknown_body:  # an organisation's office: the nearest organisation close by
                    # (not a country that opens the next clause: "According to the General Secretary Anders Fogh Rasmussen,
                    # Greece is …")
                    # (never a state a relief society is named for: "Benjamin William, secretary-general and CEO of Singapore Red
                    # Cross" holds a society's office, none of the model's)
                    near = sorted((a for a in agents if abs(a.start - m.start("title")) <= 60
                                   and not RED_CROSS_AFTER.match(text, a.end) and not (
                                   a.match.type == "country" and a.start >= m.end("name")
                                   and re.fullmatch(r"\s*,\s*", text[m.end("name"):a.start]))
                                   # (nor the subject of what the holder said: "Ambassador Rae remarked that Haiti … requires
                                   # peace")
                                   and not (a.start >= m.end("name") and re.search(r"\bthat\s+(?:the\s+)?$",
                                                                                  text[max(0, a.start - 12):a.start]))),
                                  key=lambda a: abs(a.start - m.start("title")))
                    org = near[0].match if near else None
                    if org is None and role == "secretary-general" and rule != "role:title-of-org-name" \
                            and self.main_org == domain().alliance_org:  # (not "the Secretary General of the Government")
                        org = Match(self.main_org, self.main_org, "organization", 80.0, "label")  # the alliance the article is about
                        adjust = ("country-of-article",)
                if org is None and national:
                    self.titled.setdefault(role, []).append(person if person.entity else Match(name, None, "person", 0.0, "new"))
                # (never the state of the counterpart named right after: "Prime Minister Anthony Albanese and his PNG counterpart
                # James Marape" on a page about Papua New Guinea — the one state beside it that has the office, if only one)
                counterpart = re.match(r"\s+and\s+(?:his|her|their)\s+(?P<pre>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+counterparts?\b",
                                       text[m.end("name"):])
                theirs = self.g.country_or_org(counterpart.group("pre")) if counterpart is not None else None
                if org is not None and national and theirs is not None and theirs.entity == org.entity:
                    others = [st for st in self.states_named if st != theirs.entity and self._has_office(role, st)]
                    org = self._assumed_country(others[0]) if len(others) == 1 else None
                    adjust = ("country-of-article",) if org is not None else ()
                posted_to = self._posting_state(m)
                if role == "ambassador" and posted_to is not None and (org is None or org.entity == posted_to):
                    # "The island’s ambassador to Vietnam, Orlando Hernandez Guillen" on a page about Vietnam's gift: an envoy is
                    # never the envoy of the state he is sent to; the other state the page names, the one it names at least
                    # twice as often as any third ("… the island’s second largest trading partner in Asia, after China")
                    senders = sorted(((n, st) for st, n in self.states_on_page.items() if st != posted_to), reverse=True)
                    sender = senders[0][1] if senders and (len(senders) == 1 or senders[0][0] >= 2 * senders[1][0]) else None
                    org, adjust = (self._assumed_country(sender), ("country-of-article",)) if sender else (None, ())
                if org is None or (national and org.type not in ("country", None) and org is not explicit):
                    continue  # a national office needs its country, written next to it; any other country is a guess
                former = m.groupdict().get("former") or re.search(r"\b[Ff]ormer\s+(?:\S+\s+){0,2}$",
                                                                   text[max(0, m.start("title") - 30):m.start("title")])
                only_in = domain().titles_of_states.get(title)
                titled_in = {self.g.country_ids.get(c) for c in only_in} if only_in is not None else set()
                if only_in is not None and org.type == "country" and org.entity not in titled_in and org is not explicit:
                    # (a state assumed, not written: the one state the page names whose title it is, "Foreign Affairs Secretary
                    # Enrique Manalo" on a page about Japan's grant to the Philippines)
                    able = [state for state in self.states_named if state in titled_in]
                    org, adjust = (self._assumed_country(able[0]), ("state-of-title",)) if len(able) == 1 else (org, adjust)
                if only_in is not None and org.type == "country" and org.entity not in titled_in:
                    continue  # "Foreign Secretary Harsh Vardhan Shringla": India's senior diplomat, no minister
                role = self._defence_title(role, org.entity)
                at_alliance = self._to_alliance(person.entity or _slug(person.name), role, org.entity)
                if at_alliance is False:
                    continue
                if at_alliance:
                    role, org = "ambassador-to-nato", at_alliance
                fields = {"person": person.entity or _slug(person.name), "role": role, "organization": org.entity or _slug(org.name),
                          "status": "former" if former else "current"}
                out.append(Candidate.scored("role", fields, s, rule, [person, org], *adjust,
                                            *(() if person.entity and org.entity else ("new-entity",))))
                self.person_orgs.setdefault(fields["person"], fields["organization"])
                self._people(name, [])
                self.person_roles.setdefault(fields["person"], set()).add(fields["role"])
                # (a name inside a quotation is no "he" after it: "… reelected as President …," he added; nor one named after this
                # sentence's own "he said": "“…,” he told a TASS correspondent after talks with US President Joe Biden" — the
                # "he" of the next sentence is still the one before)
                if not any(q0 <= m.start("name") < q1 for q0, q1 in quotes) and not re.search(
                        rf"\b(?:he|she)\s+(?:\w+\s+)?(?:{_SAY})\b", text[:m.start("name")]):
                    self.last_person = Mention(m.start("name"), m.end("name"), person)
                seen_spans.append((m.start("name"), m.end("name")))
                last_role = (m.end("name"), org, role)
                # "Simon Harris, who is Minister for Defence and Foreign Affairs": the second portfolio is his too
                also = re.match(r"\s+and\s+(?P<portfolio>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b", text[m.end("title"):]) \
                    if re.fullmatch(r"(?i:minister)\s+(?:for|of)\s+.+", m.group("title")) else None
                second = ROLE_TITLES.get("minister for " + also.group("portfolio").lower()) if also else None
                if second and second != role and org.type == "country":
                    out.append(Candidate.scored("role", {**fields, "role": second}, s, rule, [person, org], *adjust,
                                                *(() if person.entity and org.entity else ("new-entity",))))
                    self.person_roles[fields["person"]].add(second)
                # "Deputy Prime Minister and Minister for Defence Richard Marles": both titles are his
                # (or the first title's country between: "Deputy Prime Minister of the Republic of Croatia and Minister of
                # Defence Ivan Anušić"; not after "the": "met the Prime Minister of Estonia and Defence Minister X" names two)
                both = re.search(rf"(?P<rank>\b(?:Deputy|Vice|Acting)\s+)?(?P<title>(?i:{_TITLE}))\s+and\s+(?:the\s+)?$",
                                 text[max(0, m.start("title") - 60):m.start("title")]) \
                    or re.search(rf"(?<!\bthe\s)(?P<rank>\b(?:Deputy|Vice|Acting)\s+)?(?P<title>(?i:{_TITLE}))\s+of\s+(?:the\s+)?"
                                 r"(?P<of>[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,3})\s+and\s+(?:the\s+)?$",
                                 text[max(0, m.start("title") - 100):m.start("title")]) \
                    or re.search(rf"(?<!\bthe\s)(?P<rank>\b(?:Deputy|Vice|Acting)\s+)?(?P<title>(?i:{_TITLE}))"
                                 # (or with a portfolio outside the model between, the last held in an acting capacity:
                                 # "Foreign Minister, Minister of State for Cabinet Affairs and Acting Minister of Defense Sheikh
                                 # Dr Ahmad Nasser Al-Mohammad Al-Sabah")
                                 r"(?:,?\s+(?:and\s+)?(?:State\s+)?Minister\s+(?:of\s+State\s+)?for\s+(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)+"
                                 r",?\s+and\s+(?:Acting\s+)?$", text[max(0, m.start("title") - 140):m.start("title")])
                if both and both.groupdict().get("of") and getattr(self.g.country_or_org(both.group("of")), "entity", None) != org.entity:
                    both = None  # (the same country or organisation, nothing else: "Minister of Culture and …")
                if both and not both.group("rank") and both.group("title")[:1].islower() and m.group("title")[:1].isupper() \
                        and re.search(r"\b[Tt]he\s+$", text[:max(0, m.start("title") - 60) + both.start("title")]):
                    both = None  # "The prime minister and Foreign Affairs Minister Winston Peters made the announcement": two people
                if both:
                    other = ROLE_TITLES[both.group("title")]
                    other = _ranked(both.group("rank"), other) if both.group("rank") else other
                    if other != role:
                        out.append(Candidate.scored("role", {**fields, "role": other}, s, rule, [person, org], *adjust,
                                                    *(() if person.entity and org.entity else ("new-entity",))))
                        self.person_roles.setdefault(fields["person"], set()).add(other)
        self._affiliations(s, out, name_at_org)
        self._heads(s, out)
        self._title_of_country_name(s, out)
        self._as_title_of(s, out)
        self._career(s, mentions, out)
        self._respectively(s, mentions, out)
        self._government_of(s, mentions, out)
        self._title_dash_name(s, out)
        self._joint_portfolios(s, mentions, out)
        self._second_title(s, out)
        self._paired_portfolios(s, out)
        self._takes_over(s, mentions, out)
        # (the office given last, for a "He replaced …" in the sentence after)
        self.last_office_given = next((c for c in reversed(out) if c.kind == "role"), None)
        self._of_the_country(s, out)
        self._counterpart(s, out, mentions)
        # (an embassy's or a consulate's staff hold no office of their state: "Valeria Samoylova, the press secretary of the
        # Ukrainian Embassy in Kazakhstan")
        out = [c for c in out if not re.search(r"(?:^|-)(?:embassy|consulate)(?:-|$)", str(c.fields.get("organization")))]
        for c in out:
            known = self._misheard(str(c.fields["person"]), str(c.fields["role"]), c.fields.get("organization"))
            if known is not None:
                c.fields["person"] = known
        return out

    def _misheard(self, person: str, role: str, organization: object) -> str | None:
        """The person the workspace knows in ``role`` at ``organization`` whose name a new one is a mishearing of (the same
        first name, a surname of nearly the same letters): "the Secretary General of NATO, Mark Ruda" in a transcript is Mark
        Rutte. None where the name is known, or no holder of that office is close enough.

        Written by hand: the offices are the workspace's own, and one ratio of difflib's is all it takes."""
        from difflib import SequenceMatcher

        if person in self.g.labels:
            return None
        first, _, last = person.partition("-")
        for (holder, held), org in self.offices.items():
            label = self.g.labels.get(holder, "").split()
            if held == role and org == organization and len(label) >= 2 and label[0].lower() == first \
                    and SequenceMatcher(None, label[-1].lower(), last.replace("-", " ")).ratio() >= 0.4:
                return holder
        return None

    def _note_unheld_offices(self, text: str) -> None:
        """Remember an institution's office the text names with no holder ("the European Council's president", "the
        president of the European Commission"): a later "President X" with no country is that office's holder."""
        for m in _UNHELD_OFFICE.finditer(text):
            title = " ".join((m.group("title") or m.group("title2")).lower().split())
            role = ROLE_TITLES.get(title)
            written = m.group("inst") or m.group("inst2")
            # (an institution the workspace does not know yet is proposed by its name, as with "European Council President X")
            org = self.g.country_or_org(written) or Match(written, None, "organization", 0.0, "new")
            if role and org.type == "organization":
                self.unheld_offices.setdefault(role, org)
        # (a state's own office too, named with no holder: "Ecuador’s minister of defense had once praised Russian military
        # equipment" then "the then Minister of Defense Javier Ponce said …" — read only where the page's state is not known)
        for m in re.finditer(rf"\b(?P<state>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+(?:then\s+|former\s+)?(?P<title>(?i:{_TITLE}))\b"
                             r"(?!,?\s+[A-Z])(?!\s+(?:of|for)\b)", text):
            role = ROLE_TITLES.get(" ".join(m.group("title").lower().split()))
            state = self.g.country_or_org(m.group("state"))
            if role and state is not None and state.type == "country" and state.entity and state.entity != self.g.recipient:
                self.unheld_offices.setdefault(role, state)
        for m in _UNNAMED_SPOKESPERSON.finditer(text):
            state = self.g.country_or_org(m.group("state"))
            if state is not None and state.type == "country" and state.entity:
                self.unheld_offices.setdefault("spokesperson", state)

    def _counterpart(self, s: Sentence, out: list[Candidate], mentions: list[Mention]) -> None:
        """"Dutch Defence Minister Ruben Brekelmans … his Ukrainian counterpart, Rustem Umerov": the same
        office, of the country the demonym names (or, after the name, the country it is from: "Dick Schoof, the prime minister
        of the Netherlands, and Mette Frederiksen, his counterpart from Denmark")."""
        # (a title of the counterpart's own between: "his Ukrainian counterpart, Minister of Defence Oleksii Reznikov")
        # (a state of more words too, "his Papua New Guinean counterpart James Marape"; or no possessive, after "with" or
        # "and": "has traded insults with US counterpart Donald Trump", "accused him and Venezuelan counterpart Nicolas Maduro")
        before = re.finditer(rf"(?:\b(?:his|her|their)|\b(?:with|and))\s+(?P<pre>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}}?)\s+counterparts?,?\s+"
                             rf"(?:(?P<own>(?i:{_TITLE}))\s+)?(?P<name>{PERSON_NAME})",
                             s.text)
        after = re.finditer(rf"(?P<name>{PERSON_NAME}),\s+(?:his|her|their)\s+counterparts?\s+(?:from|in|of)\s+(?:the\s+)?"
                            r"(?P<pre>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)", s.text)
        for m in [*before, *after]:
            country = self.g.country_or_org(m.group("pre"))
            holder = next((held for held in (self.person_roles.get(self._key(p.match)) for p in reversed(self._people(s.text, mentions))
                                              if p.start < m.start()) if held), None)
            # ("On Sunday, he first held talks with President Abdel Fattah el-Sissi, then his Egyptian counterpart, Sameh Shukry":
            # "his" is the subject's, the person "he" stands for, not the president he met)
            subject = re.search(r"(?:^|[,;]\s*|\b(?:and|then)\s+)(?:[Hh]e|[Ss]he)\s+[a-z]", s.text[:m.start()])
            if subject and self.person_before is not None and not any(
                    p.start < subject.start() for p in self._people(s.text[:subject.start()], mentions)):
                holder = self.person_roles.get(self._key(self.person_before.match)) or holder
            titled = list(re.finditer(rf"(?i:{_TITLE})", s.text[:m.start()]))
            if not holder and titled:  # "the French president welcomed his Ukrainian counterpart, Volodymyr Zelensky"
                holder = {ROLE_TITLES[titled[-1].group(0)]}
            if not holder and self.last_person is not None:  # "Speaking … with his Polish counterpart" of the one just named
                holder = self.person_roles.get(self._key(self.last_person.match))
            if m.groupdict().get("own"):  # (the counterpart's own title, which says the office: "to his Zimbabwean
                holder = {ROLE_TITLES[m.group("own")]}  # counterpart President Emmerson Mnangagwa" after a minister was named)
            name = _name_of(m)
            person = self.g.resolve(name, ("person",))
            if country is None or country.type != "country" or not holder or not _plausible(name, person):
                continue
            role = self._defence_title(sorted(holder)[0], country.entity)  # "Defence Secretary John Healey … his Ukrainian counterpart"
            heads = ("prime-minister", "president")
            if role in heads and person.entity and (person.entity, role) not in self.offices:
                # a head of government's counterpart may head the state: "the President of the Government of Spain, Pedro
                # Sánchez, and his Ukrainian counterpart, Volodymyr Zelensky" (whom the workspace knows as president)
                role = next((h for h in heads if (person.entity, h) in self.offices), role)
            who = person.entity or _slug(name)
            if any(c.fields["person"] == who for c in out):
                continue
            self._office(s, out, {"person": who, "role": role, "organization": country.entity, "status": "current"},
                         "role:name-title", [person, country])

    def _defence_title(self, role: str, organization: str | None) -> str:
        """``role`` as the office is called in ``organization``: the US title "Secretary of Defense" (in either spelling)
        held in any other country is a defence minister's ("UK Defense Secretary John Healey"), a US "Defense Minister" the
        secretary of defense, and France's
        Minister of the Armed Forces (elsewhere a junior office, the UK's Minister for the Armed Forces); Italy's
        economy minister is its finance minister (Germany's is not)."""
        if role.endswith("secretary-of-defense") and organization != self.g.country_ids.get("US"):
            return role.replace("secretary-of-defense", "defence-minister")
        # (and the other way: "US Defense Minister Lloyd Austin" holds the US office, its secretary of defense)
        if role.endswith("defence-minister") and organization is not None and organization == self.g.country_ids.get("US"):
            return role.replace("defence-minister", "secretary-of-defense")
        # France's Minister of the Armed Forces heads its defence ministry ("Armed Forces Minister Sébastien Lecornu")
        if role.endswith("armed-forces-minister") and organization is not None and organization == self.g.country_ids.get("FR"):
            return role.replace("armed-forces-minister", "defence-minister")
        # Italy's Minister of Economy and Finance is its finance minister ("Economy Minister Giancarlo Giorgetti")
        if role.endswith("economy-minister") and organization is not None and organization == self.g.country_ids.get("IT"):
            return role.replace("economy-minister", "finance-minister")
        return role

    def _given_aid(self, text: str, a: Mention) -> bool:
        """Whether ``a`` is the aid's usual recipient named as the one given to ("sending Ukraine …", "offer Ukraine …")."""
        return a.match.entity == self.g.recipient and bool(re.search(
            r"\b(?:send|giv|provid|suppl|offer|arm|help|lend|grant)\w*\s+$", text[max(0, a.start - 20):a.start], re.I))

    def _office_taken(self, role: str, state: str | None, who: str, out: list[Candidate], former: bool) -> bool:
        """Whether someone other than ``who`` already holds ``role`` of ``state`` here, in an earlier sentence or earlier in
        this one ("Romanian President Klaus Iohannis said … he had discussed with President Joe Biden …" gives Romania no
        second president). Never for an office of many holders (a spokesperson's, an ambassador's) or one held before."""
        if role in ("spokesperson", "ambassador") or former:
            return False
        return any(role in held and self.person_orgs.get(p) == state and p != who for p, held in self.person_roles.items()) \
            or any(c.fields.get("role") == role and c.fields.get("organization") == state and c.fields.get("person") != who
                   for c in out)

    def _assumable(self, role: str, state: str, who: str, out: list[Candidate], former: bool, text: str, agents: list[Mention],
                   name_end: int) -> bool:
        """Whether ``who``'s office ``role``, the sentence naming no state of it, may be read as ``state``'s (the delegation's,
        the paragraph's, the paragraph before's): an office ``state`` has, no one else holds there (:meth:`_office_taken`), the
        sentence naming no other state (:meth:`_other_states`) and no visit to it (:meth:`_visits`)."""
        return self._has_office(role, state) and not self._office_taken(role, state, who, out, former) \
            and not self._other_states(text, agents, name_end, own=state) and not self._visits(text, agents, name_end, state)

    def _addressed_by_page_state(self, text: str, agents: list[Mention], title_start: int) -> bool:
        """Whether the holder whose title starts at ``title_start`` is one the page's state speaks or writes to ("the Emiratis
        communicated their decision to halt payments directly to Defense Minister Abdulqadir Mohamed Nur" on a page about the
        Emirates' money for Somalia's army) or meets with another state's people ("Conroy also met with Vanuatu’s government
        ministers …, as well as Prime minister Ishmael Kalsakau" on a page about Australia's aid): no office of the page's state.
        A meeting needs another state named between: never one with one's own minister ("held a meeting with Defense Minister
        Jose Alencar"), nor "a bilateral meeting between President Ferdinand Marcos Jr. and Prime Minister …"."""
        main = self.main_country
        if main is None:
            return False
        before = text[:title_start]
        met_with = re.search(r"\b(?:met|meets)\s+(?:with\s+)?[^.;:“”\"]{0,120}$", before)
        if met_with is not None and not re.search(r"\b(?:said|says|told|and\s+(?:his|her)\s+counterpart)\b", before) \
                and any(a.match.type == "country" and a.match.entity != main and met_with.start() < a.start < title_start for a in agents):
            return True
        return re.search(r"\b(?:to|with)\s+(?:the\s+)?$", text[max(0, title_start - 12):title_start]) is not None and (
            any(a.match.entity == main and a.end <= title_start for a in agents)
            or any(d.lower() in DEMONYMS and (demonym_of := self.g.country_or_org(d)) is not None and demonym_of.entity == main
                   for d in re.findall(r"\b([A-Z][a-z]+)s\b", before)))  # ("the Emiratis")

    def _delegation_state(self, paragraph: int) -> str | None:
        """The state, other than the article's, whose office holder opens paragraph number ``paragraph`` as its subject
        ("Ukraine’s Prime Minister Denys Shmyhal is heading his country’s delegation …"), else None."""
        opened = re.match(rf"\s*(?:The\s+)?(?P<state>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?)(?:['’]s)?\s+(?i:{_TITLE})\s+[A-Z]",
                          self.paragraph_texts.get(paragraph, ""))
        state = self.g.country_or_org(opened.group("state")) if opened else None
        return state.entity if state is not None and state.type == "country" and state.entity != self.main_country else None

    @staticmethod
    def _visits(text: str, agents: list[Mention], name_end: int, state: str) -> bool:
        """Whether the holder whose name ends at ``name_end`` goes to ``state`` in this sentence: a visitor of the
        article's state is no office holder of it ("… after Defence Minister Oleksii Reznikov's visit to Greece").

        >>> from nato_kg.extract.gazetteer import Match
        >>> t = "It came after Defence Minister Oleksii Reznikov's visit to Greece."
        >>> g = Mention(t.index("Greece"), t.index("Greece") + 6, Match("Greece", "greece", "country", 100.0, "label"))
        >>> RoleRules._visits(t, [g], t.index("'s visit"), "greece")
        True
        >>> RoleRules._visits("Greek Defence Minister Nikos Dendias spoke in Greece.", [g], 36, "greece")
        False

        Nor is one who meets that state's office holder ("declared Prime Minister Giorgia Meloni at the end of the meeting
        with Ukrainian President Volodymyr Zelensky" is no prime minister of Ukraine):

        >>> t = "declared Prime Minister Giorgia Meloni at the end of the meeting with Ukrainian President Volodymyr Zelensky."
        >>> u = Mention(t.index("Ukrainian"), t.index("Ukrainian") + 9, Match("Ukrainian", "ukraine", "country", 100.0, "demonym"))
        >>> RoleRules._visits(t, [u], t.index(" at the end"), "ukraine")
        True
        >>> t = "said the Ukrainian president addressing Prime Minister Giorgia Meloni."
        >>> u = Mention(t.index("Ukrainian"), t.index("Ukrainian") + 9, Match("Ukrainian", "ukraine", "country", 100.0, "demonym"))
        >>> RoleRules._visits(t, [u], len(t) - 1, "ukraine")
        True
        """
        return any(a.match.type == "country" and a.match.entity == state and a.start >= name_end and (re.fullmatch(
            r"(?:(?:['’]s?)?\s+(?:\w+\s+){0,2}?(?:visit|trip|journey|travel)s?\s+(?:to|in)|,?\s+(?:\w+\s+){0,3}?(?:"
            r"visit(?:ed|s|ing)?|(?:travell?(?:ed|ing|s)?|flew|came|went|arrived|is\s+arriving)\s+(?:to|in)))\s+(?:the\s+)?",
            text[name_end:a.start])
            # (or is there, with others: "Deputy Prime Minister Richard Marles and Wong, with other senior government officials are
            # in Papua New Guinea for a ministerial forum")
            or re.fullmatch(r"[^.;]{0,80}?\b(?:are|is|were|was)\s+(?:now\s+|currently\s+)?in\s+(?:the\s+)?", text[name_end:a.start])
            or re.fullmatch(r"[^.;]{0,50}?\b(?:meeting|met|meets|talks|call|conversation)\s+with\s+(?:the\s+)?",
                            text[name_end:a.start]) and re.match(rf"\s+(?i:{_TITLE})\s+[A-Z]", text[a.end:]))
                   for a in agents) or any(
            # (or whom that state's office holder, named before, addresses or meets: "said the Ukrainian president addressing
            # Prime Minister Giorgia Meloni")
            a.match.type == "country" and a.match.entity == state and a.end < name_end and re.fullmatch(
                # (or writes to: "Ukraine President Volodymyr Zelenskyy has written to Prime Minister Narendra Modi")
                rf"\s+(?i:{_TITLE})\s+(?:[A-Z][\w’'-]*\s+){{0,3}}?(?:(?:has|had|have)\s+)?(?:also\s+)?(?:addressing|addressed|"
                rf"meeting(?:\s+with)?|met(?:\s+with)?|thanking|thanked|greeting|greeted|welcoming|welcomed|hosting|hosted|receiving|"
                rf"received|(?:written|wrote|writes|writing|sent\s+a\s+letter|phoned|called|spoke|talked)\s+(?:to|with))\s+(?:the\s+)?"
                rf"(?i:{_TITLE})\s+[^.;,]{{2,60}}\.?", text[a.end:name_end]) for a in agents)

    def _posting_state(self, m: re.Match) -> str | None:
        """The state an envoy's title says he is sent to ("ambassador to Vietnam", "in Hanoi"), by name or capital, or None."""
        posting = m.groupdict().get("posting")
        if not posting:
            return None
        state = self.g.country_or_org(posting) or self.g.as_state(posting)
        return str(state.entity) if state is not None and state.type == "country" else None

    def _other_states(self, text: str, agents: list[Mention], name_end: int, own: str | None = None) -> bool:
        """Whether the sentence names a state that could be an office holder's own, other than ``own`` (the
        article's by default): not one named as a place ("tumult in Russia", "a visit to Kyiv"), nor the
        recipient of the aid after the name ("… to support the efforts of Ukraine fighters")."""
        recipient = self.g.recipient
        own = own or self.main_country
        for a in agents:
            if a.match.type != "country" or a.match.entity == own:
                continue
            other = re.match(rf"(?:['’]s)?\s+(?i:{_TITLE})(?:\s+(?:to|in)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?"
                             rf"\s+(?P<other>{PERSON_NAME})", text[a.end:])
            if other is not None and a.end + other.end("other") < name_end:
                continue  # "… between … Japanese Ambassador to the Philippines Koshikawa Kazuhiko during a meeting between President
                # Ferdinand Marcos Jr. and …": the state of another holder's office, named before him
            if a.end == name_end and re.search(r"[A-Z][\w’'-]+\s+$", text[max(0, a.start - 30):a.start]):
                continue  # "Prime Minister Luis Montenegro speaks …": a state's name that is the name's last word, a surname
            # (or the next of a list after one: "in close cooperation with Australia and New Zealand")
            if re.search(r"\b(?:in|to|into|for|from|at|across|near|inside|over|throughout|within|visit(?:ed|ing|s)?|with|join)\s+(?:the\s+)?"
                         r"(?:(?:neighbou?ring|embattled|besieged|occupied|invaded|war-torn|fellow)\s+)?"
                         r"(?:(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?){0,3}$",
                         text[max(0, a.start - 80):a.start], re.I) \
                    or re.search(r"\b(?:in|at|near|from)\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)?,\s+$", text[max(0, a.start - 40):a.start]):
                continue  # (a partner "with Latvia", "to join the UK", "the next aid package for Ukraine": no office's country either;
                # nor the state of a city, "… the General Assembly in New York, U.S.")
            if re.search(r"\b(?:(?:of|against|by)\s+(?:the\s+)?(?-i:[a-z][\w-]*\s+){0,3}|an?\s+(?:[\w-]+\s+){0,2})$",
                         text[max(0, a.start - 40):a.start], re.I):
                continue  # "the dangers of a more aggressive Russia", "the war against Russia", "aggression against independent
                # and sovereign Ukraine": a state spoken of, not served
            if a.start >= name_end and re.search(r"\b(?:on|upon)\s+(?:the\s+)?$", text[max(0, a.start - 12):a.start]):
                continue  # "Foreign Minister Winston Peters said it’s “vital” countries keep pressure on Russia": spoken of
            if self._given_aid(text, a):
                continue  # "The UK is sending Ukraine more than 10,000 drones …": the one the aid is for
            if at_war(text, a.start, a.end):
                continue  # "after Russia launched its full-scale invasion of Ukraine, then-Chancellor Olaf Scholz": the war's
            if a.match.entity == recipient and a.start >= name_end:
                continue
            if a.start >= name_end and re.search(r"[“”\"]", text[name_end:a.start]):
                continue  # "Defense Minister Edmundo Novillo said at Viru Viru airport:”Brazil had to mourn …": a state in the
                # words he is quoted saying (whichever mark opens them), spoken of, not served
            if a.start >= name_end and re.match(r"\s+(?:requests?|demands?|calls?|pressure|officials?|troops|forces|tariffs?|threats?|"
                                                r"aggression|attacks?|strikes?|drones?|missiles?|weapons|sanctions|administration|"
                                                r"counterparts?|allies|partners|policy|interests|economy|debt|elections?|presidency)\b",
                                                text[a.end:]):
                continue  # "Defence Minister Guido Crosetto … said it is not possible for Italy to meet U.S. requests …": a
                # state's name used as an adjective after the name, spoken of, not served
            if a.start >= name_end and re.search(r"\bthat\s+(?:the\s+)?$", text[max(name_end, a.start - 12):a.start]):
                continue  # "President Gustavo Petro admitted on January 24 that the US made such a request": the subject of
                # what he said, spoken of, not served
            if a.match.how == "demonym" and re.match(r"(?:-(?:made|built|designed|origin))?\s+(?:[\w-]+\s+)?(?:weapons|arms|tanks|"
                                                     r"helicopters|jets|missiles|equipment|hardware|weaponry|guns|ammunition)\b",
                                                     text[a.end:]):
                continue  # "Ecuador canceled plans to swap decades-old Russian weapons …, President Daniel Noboa said": what kind of
                # arms, wherever in the sentence, no office's country
            if _NOUN_ADJUNCT.match(text, a.end):
                continue  # "during the Ukraine roundtable held in Washington on Wednesday (U.S. time)": a meeting named for a
                # state, a time zone, no office's country
            if a.start >= name_end and re.match(r"['’]s\s", text[a.end:]):
                continue  # "Prime Minister Mark Carney … condemned Russia's “barbarism”": a state's own thing after the
                # name, spoken of, not served
            other = re.match(rf"\s+(?i:{_TITLE}),?\s+{PERSON_NAME}", text[a.end:]) if a.end < name_end else None
            if other is not None and a.end + other.end() < name_end - 2:
                continue  # "… and later Ukrainian FM, Dmytro Kuleba …, tweeted the Ministry’s Spokesperson Ahmed Hafez": the state of
                # another office named before the name, not this one's
            if a.start >= name_end and re.match(rf"\s+(?:(?i:{_TITLE})|leader|chief)\b", text[a.end:]):
                continue  # "Prime Minister Giorgia Meloni meets U.S. President Donald Trump, as … Russian leader Vladimir
                # Putin …": the country of another office named after the name
            if a.start >= name_end and re.search(r"\s(?:warned|urged|told|thanked|critici[sz]ed|accused|condemned|praised|blamed|"
                                                 r"pressed|asked|threatened)\s+(?:the\s+)?$", text[name_end:a.start]):
                continue  # "Peter Lund, the Defence Secretary, warned the Kremlin not to …": the object of his verb, not served
            if a.start >= name_end and a.match.how == "capital" \
                    and re.search(r"\b(?:as|while|whereas|when|after|because|since)\s+$", text[max(0, a.start - 10):a.start]):
                continue  # "President Lee Jae Myung’s summit with …, during which Lee pledged … as Washington pushes its allies …": a
                # state by its capital, acting in a clause of its own after the name, never the office's
            if a.start >= name_end and text[a.start:a.end].lower() in DEMONYMS and re.match(r"\s+[a-z]", text[a.end:]):
                continue  # "Ben Wallace, the Defence Secretary, … the light weapons wreaking havoc on Russian tanks": a state's
                # adjective before a common noun after the name (not a title: see just above), its things spoken of, not served
            return True
        return False

    def _of_the_country(self, s: Sentence, out: list[Candidate]) -> None:
        """"the Minister of Defense of the country Ludivine Dedonder": "the country" is the one the
        article is about (only a minister, only when the article has one main country)."""
        if not self.main_country:
            return
        for m in re.finditer(rf"(?P<title>(?i:{_TITLE}))\s+of\s+(?:the|this|that|his|her|their)\s+country,?\s+"
                             rf"(?P<name>{PERSON_NAME})", s.text):
            role = ROLE_TITLES[m.group("title")]
            name = _name_of(m)
            person = self.g.resolve(name, ("person",))
            who = person.entity or _slug(name)
            if role not in _MINISTERS or not _plausible(name, person) or any(c.fields["person"] == who for c in out):
                continue
            country = self._assumed_country(self.main_country)
            out.append(Candidate.scored("role", {"person": who, "role": role, "organization": self.main_country,
                                                 "status": "current"}, s, "role:title-name", [person, country],
                                        "country-of-article", *(() if person.entity else ("new-entity",))))
            self.person_orgs.setdefault(who, self.main_country)
            self.person_roles.setdefault(who, set()).add(role)

    def _to_alliance(self, person: str, role: str, organization: object) -> Match | Literal[False] | None:
        """For "NATO ambassador Matthew Whitaker" (an ambassador whose organisation is the alliance): the state whose
        ambassador to the alliance the workspace knows him as, or False (no office proposed: the alliance has no ambassador
        of its own); None for any other office."""
        if role != "ambassador" or organization != self._alliance():
            return None
        known = self.offices.get((person, "ambassador-to-nato"))
        if known is None:
            return False
        return Match(self.g.labels.get(known, known), known, self.g.types.get(known), 100.0, "label")

    def _office(self, s: Sentence, out: list[Candidate], fields: dict, rule: str, matches: list[Match]) -> None:
        """Propose an office a person holds, and remember it for the article's later sentences."""
        at_alliance = self._to_alliance(str(fields["person"]), str(fields["role"]), fields["organization"])
        if at_alliance is False:
            return
        if at_alliance:
            fields = {**fields, "role": "ambassador-to-nato", "organization": at_alliance.entity}
            matches = [matches[0], at_alliance]
        out.append(Candidate.scored("role", fields, s, rule, matches))
        self.person_orgs.setdefault(fields["person"], str(fields["organization"]))
        self.person_roles.setdefault(fields["person"], set()).add(fields["role"])

    def _as_title_of(self, s: Sentence, out: list[Candidate]) -> None:
        """"the election of Donald Trump as President of the United States": the office a person is named "as", of the
        country or organisation after it."""
        for m in re.finditer(rf"(?P<name>{PERSON_NAME})\s+as\s+(?:the\s+)?(?P<title>(?i:{_TITLE}))\s+of\s+(?:the\s+)?"
                             rf"(?P<org>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,3}})", s.text):
            name = _name_of(m)
            person = self.g.resolve(name, ("person",))
            words = m.group("org").rstrip(".").split()
            leading = self.g.leading_country_or_org(words)  # (the country's words, not what follows them)
            org = leading[0] if leading else None
            who = person.entity or _slug(name)
            if org is None or not _plausible(name, person) or any(c.fields["person"] == who for c in out):
                continue
            role = ROLE_TITLES[m.group("title")]
            if role in domain().national_offices and org.type != "country":
                continue
            self._office(s, out, {"person": who, "role": role, "organization": org.entity, "status": "current"},
                         "role:title-of-org-name", [person, org])

    def _career(self, s: Sentence, mentions: list[Mention], out: list[Candidate]) -> None:
        """Offices a profile tells as a career: "… served as Prime Minister of Norway from 2000-2001", "who has been serving
        as the 13th secretary general of NATO", "Mr Stoltenberg became Norway's youngest prime minister", "…, who had been
        NATO secretary-general since July 2009", "As Prime Minister of Denmark from 2001 to 2009, Rasmussen …", "the new
        Secretary General of NATO is Mark Rutte", "he worked as an environment and finance minister", "who served as
        ambassador, as defence minister and as foreign minister". The holder is the person named last before the verb (or
        the one a pronoun opening the sentence stands for); the state is the one the title names, else the one the article
        gave the person, else the article's. An office to come ("next", "designated") is none; held before ("served", "was",
        "had been", "became") it is former, unless still held ("has been serving")."""
        text = s.text
        # (a deputy's office by its rank: "is a deputy PM", "the additional post of deputy prime minister")
        title = (rf"(?:(?:\d+(?:st|nd|rd|th)|youngest|oldest|first|longest-serving|new|current)\s+)*"
                 rf"(?P<rank>(?i:first\s+deputy|deputy|vice)[\s-]+)?(?P<title>(?i:{_TITLE}))\b")
        org = rf"(?:\s+of\s+(?:the\s+)?(?P<org>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,3}}))?"
        # (an office kept: "Jean-Noel Barrot remaining as foreign minister", "Bruno Retailleau continuing as interior minister")
        verbs = (r"(?P<verb>has\s+been\s+serving|is\s+serving|served|serving|had\s+been|has\s+been|was|became|worked|"
                 r"remaining|remains|continuing|continues|will\s+continue|will\s+remain|staying\s+on|stays\s+on|"
                 # ("Foreign Minister Radosław Sikorski was given the additional post of deputy prime minister"; "X is a
                 # deputy PM and the minister of defence", the name right before the verb)
                 r"(?:was|has\s+been|were)\s+given\s+the\s+(?:additional\s+|new\s+)?(?:post|role|office|portfolio)\s+of|"
                 # ("with Prayut now holding the post of premier as well as defense minister", "who doubles as the defence
                 # minister")
                 r"(?:(?:now|also)\s+)?(?:holding|holds)\s+the\s+(?:posts?|roles?|offices?|portfolios?)\s+of|doubles\s+as|doubling\s+as|"
                 rf"(?P<is>is)(?=\s+an?\s+(?:(?i:first\s+deputy|deputy|vice)[\s-]+)?(?i:{_TITLE})\b(?![’']s))|"
                 r"(?:has\s+been|have\s+been|was|were|is)\s+(?:[a-z]+ly\s+)?(?:chosen|appointed|elected|named|confirmed|made)|"
                 r"is(?=\s+(?:the|Ukraine['’]s|[A-Z][\w-]+['’]s)\s+(?:(?:country|nation)['’]s\s+)?(?:new|current)\s))\s+"
                 r"(?:(?:the\s+)?(?:country|nation)['’]s\s+)?"
                 r"(?:as\s+)?(?:the\s+|an?\s+)?(?:(?P<pre>[A-Z][\w’'-]+)(?:['’]s)?\s+)?(?:[a-z]+\s+and\s+)?")
        found: list[tuple[re.Match[str], int | None]] = [(m, m.start("verb")) for m in re.finditer(verbs + title + org, text)]
        # (and the offices listed after it: "who served as ambassador, as defence minister and as foreign minister")
        # ("holding the post of premier as well as defense minister")
        listed = re.compile(rf"(?:(?:,\s+(?:and\s+)?|\s+and\s+)as|\s+as\s+well\s+as)\s+(?:the\s+|an?\s+)?(?P<pre>)(?P<verb>){title}{org}")
        # (or, after "is", joined by "and" alone: "is a deputy PM and the minister of defence")
        joined = re.compile(rf"\s+and\s+(?:the\s+|an?\s+)(?P<pre>)(?P<verb>){title}{org}")
        for first, at in list(found):
            nxt = (joined if first.groupdict().get("is") else listed).match(text, first.end())
            while nxt is not None:
                found.append((nxt, at))
                nxt = (joined if first.groupdict().get("is") else listed).match(text, nxt.end())
        # (a clause opening with "As", never "as" inside a list: "…, Jean-Noel Barrot remaining as foreign minister, Gerald
        # Darmanin staying on …")
        found += [(m, None) for m in re.finditer(rf"\bAs\s+(?:the\s+)?{title}{org}(?:\s+from\s+\d{{4}}\s+(?:to|until)\s+\d{{4}})?"
                                                 r"(?:\s*\([^()]*\))?,\s+"
                                                 rf"(?P<name>{PERSON_NAME}|[A-Z][\w’'-]+)\s+[a-z]", text)]
        found += [(m, None) for m in re.finditer(rf"\b(?:[Tt]he\s+|[Aa]nother\s+)?{title}{org}\s+is\s+(?P<name>{PERSON_NAME})\b", text)]
        # ("Grant Shapps has replaced Ben Wallace as defence secretary": the office of both, the one replaced held it)
        found += [(m, None) for m in re.finditer(rf"(?P<name>{PERSON_NAME})\s+(?:has\s+|had\s+)?(?:replaced|replaces|succeeded|succeeds)\s+"
                                                 rf"{PERSON_NAME}\s+as\s+(?:the\s+)?(?:(?P<pre>[A-Z][\w’'-]+)['’]s\s+)?(?P<verb>){title}{org}", text)]
        # ("Roland Lescure will replace Eric Lombard as finance minister": the office to come is none, the one replaced holds it)
        found += [(m, None) for m in re.finditer(rf"{PERSON_NAME}\s+(?:will|is\s+to|is\s+set\s+to|is\s+expected\s+to)\s+(?:replace|succeed)\s+"
                                                 rf"(?P<name>{PERSON_NAME})\s+as\s+(?:the\s+)?(?:(?P<pre>[A-Z][\w’'-]+)['’]s\s+)?(?P<verb>){title}{org}",
                                                 text)]
        # ("voted to appoint Alexei Goncharuk the country’s prime minister", "voted to confirm Rustem Umerov as the new defense
        # minister", "the appointment of Svyrydenko as Prime Minister")
        # (a description before the name: "the appointment of Social Democrat (SPD) politician Boris Pistorius as Germany's new
        # Defense Minister")
        # (whose office a nominee is given, by a holder's possessive or his nominee: "to confirm Pete Hegseth as President
        # Trump’s secretary of Defense", "confirmed President Trump nominee Pete Hegseth as the country's next Defense
        # secretary": the office is of the state whose office that holder holds; "next" is the office given, the vote done)
        found += [(m, None) for m in re.finditer(rf"\b(?P<given>appoint|appointed|confirm|confirmed|elect|elected|name|named|appointment\s+of)\s+"
                                                 rf"(?P<described>(?:[A-Z][\w-]*\s+|\([A-Z]{{2,5}}\)\s+){{0,4}}(?!as\b)[a-z]+\s+(?=[A-Z][\w’'-]+\s+[A-Z])"
                                                 # (or a former office: "the appointment of former Minister of Economy and
                                                 # Finance Bruno Le Maire as Minister of Defense")
                                                 rf"|(?:former|ex-)\s*(?i:{_TITLE})\s+)?"
                                                 rf"(?P<name>{PERSON_NAME}|[A-Z][\w’'-]+)\s+(?:as\s+)?(?:the\s+)?(?:(?:country|nation)['’]s\s+|"
                                                 rf"(?P<pre>[A-Z][\w-]+)['’]s\s+|(?P<boss>(?:(?i:{_TITLE})\s+)?{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,2}})['’]s\s+)?"
                                                 rf"(?:next\s+)?(?P<verb>){title}{org}", text)]
        # (the people a sentence names, none inside a longer name: "Thorvald Stoltenberg" is not "Stoltenberg")
        people = [p for p in self._people(text, mentions) if p.match.type in ("person", None)]
        people = [p for p in people if not any(o is not p and o.start <= p.start and p.end <= o.end and o.end - o.start > p.end - p.start
                                               for o in people)]
        for m, at in found:
            if re.search(r"\b(?:next|designated|incoming|future|would-be)\s+(?:\w+\s+)?$", text[max(0, m.start("title") - 25):m.start("title")]) \
                    and not (m.groupdict().get("given") and re.match(r"(?:appointed|confirmed|elected|named)\b", m.group("given"))):
                continue
            if at is not None:
                # (a name after "with" is an object, unless the clause's own subject: "with Jean-Noel Barrot remaining as foreign
                # minister")
                before = [p for p in people if p.end <= at and (
                    not re.search(r"\b(?:of|to|with|from|by|for)\s+$", text[max(0, p.start - 6):p.start])
                    or (re.search(r"\bwith\s+$", text[max(0, p.start - 6):p.start]) and re.fullmatch(r"\s*", text[p.end:at])
                        and re.match(r"(?:(?:now|also|still)\s+)?[a-z]+ing\b", text[at:])))]
                # (never one named inside a relative clause set off before the verb: "Catherine Vautrin, who served as Minister of
                # Health and Labor in François Bayrou's government, has been appointed …" is Vautrin's)
                relative = re.search(r",\s+who\s+[^,;]{3,160},\s+(?:(?:has|have|had|was|is)\s+(?:[a-z]+ly\s+)?)?$", text[:m.start("verb")])
                if relative is not None:
                    before = [p for p in before if p.end <= relative.start()] or before
                pronoun = re.search(r"\b(?:[Hh]e|[Ss]he)\s+(?:(?:had|has|have|also|once|later|then|[a-z]+ly)\s+)*$", text[:at])
                who = before[-1] if before and not (pronoun and pronoun.start() > before[-1].end) else (
                    (self.carried_subject or self._subject_so_far()) if pronoun else None)
            else:
                who = next((p for p in people if p.start >= m.start("name")), None)
            if who is None or not (who.match.entity or _plausible(who.match.name, who.match)):
                continue
            if at is not None and re.match(r"is\s+an?\s", text[at:]) and not re.fullmatch(r"\s*", text[who.end:at]):
                continue  # ("The biggest loser is a former prime minister": only a name right before "is")
            person = who.match.entity or _slug(who.match.name)
            role = ROLE_TITLES[" ".join(m.group("title").lower().split())]
            rank = m.groupdict().get("rank")
            named = m.groupdict().get("org") or m.groupdict().get("pre")
            named = re.sub(r"['’]s$", "", named.rstrip(".")) if named else None  # ("Ukraine's ambassador")
            state = self.g.country_or_org(named) if named else None
            if state is None and named and named.lower().rstrip("’'s") in DEMONYMS:
                state = self.g.country_or_org(named)
            if role == "ambassador" and state is None:
                continue  # "served as ambassador": no posting, no office of the model
            body = next((a.match for a in self._agents(mentions) if a.match.type == "organization" and a.start > m.start("title")), None)
            national = role in domain().national_offices
            if rank:  # ("deputy PM": a deputy of a national office, of the state as that office is)
                role = _ranked(rank, role)
            boss = self._holders_state(" ".join(filter(None, (m.groupdict().get("boss"), m.groupdict().get("described"))))) \
                if national else None
            organization = state.entity if state is not None and state.entity else (
                (self.person_orgs.get(person) or boss or self._page_state()) if national else (body.entity if body is not None else None))
            if organization is None or any(c.fields["person"] == person and c.fields["role"] == role for c in out):
                continue
            if national and self.g.types.get(organization) != "country":
                continue
            role = self._defence_title(role, organization)  # ("the UK's new defence secretary": its defence minister)
            # (held before, unless still held or just given: "has been serving as", "has been appointed")
            verb = (m.group("verb") or text[at:at + 40]) if at is not None else ""  # (a listed office: the first one's verb)
            former = at is not None and bool(verb) and not re.match(
                r"(?:has\s+been\s+serving|is\s+serving|(?:has\s+been|have\s+been|is)\s+(?:[a-z]+ly\s+)?(?:chosen|appointed|elected|named|"
                r"confirmed|made)|is\b|remain|continu|will\s+|stay|(?:was|has\s+been|were)\s+given|(?:(?:now|also)\s+)?hold|doubl)", verb)
            matches = [who.match] + ([state] if state is not None else [])
            self._office_once(s, out, {"person": person, "role": role, "organization": organization,
                                       "status": "former" if former else "current"}, "role:name-title", matches)

    def _government_of(self, s: Sentence, mentions: list[Mention], out: list[Candidate]) -> None:
        """The head of a government named by its head: "Donald Tusk's reshuffled government", "the new government of Mateusz
        Morawiecki", "The new Polish centrist government, with Donald Tusk at the helm", "The Tusk government" — the page's
        state's prime minister (its president where it has no prime minister). Never one the article or the workspace gives
        another national office ("Macron's government" is no prime minister's, where Macron is known as president)."""
        text = s.text
        # (the name as the sentence's people give it: "In Donald Tusk's reshuffled government" is Donald Tusk's)
        heads = [m.start() for m in re.finditer(r"['’]s\s+(?:(?:new|reshuffled|first|second|third|coalition|centrist|minority)\s+)?"
                                                 r"(?:government|cabinet)\b", text)]
        people = [p for p in self._people(text, mentions) if p.match.type in ("person", None)]
        # (never one a title names just before: "an attempt to overthrow Prime Minister Ariel Henry’s government" on a page about
        # the United States' money — the title's rules decide his office, not the page's state)
        people = [p for p in people if not re.search(rf"\b(?i:{_TITLE})\s+$", text[max(0, p.start - 40):p.start])]
        found = [text[p.start:p.end] for at in heads for p in people if p.end == at]
        found += [w.group(0) for at in heads if not any(p.end == at for p in people)
                  for w in [re.search(r"[A-Z][\w’'-]+$", text[:at])] if w is not None
                  and not re.search(rf"\b(?i:{_TITLE})\s+(?:[A-Z][\w’'-]+\s+)?$", text[max(0, w.start() - 40):w.start()])]
        found += [m.group("name") for m in re.finditer(rf"\b(?:the\s+)?(?:new\s+)?government\s+of\s+(?P<name>{PERSON_NAME})", text)]
        # (a government gone: "the former pro-European government of Kiril Petkov" was his, an office held before)
        formers = {m.group("name") for m in re.finditer(rf"\b(?:former|previous|then)\s+(?:[\w-]+\s+){{0,2}}government\s+of\s+"
                                                        rf"(?P<name>{PERSON_NAME})", text)}
        found += [m.group("name") for m in re.finditer(rf"\bgovernment,\s+with\s+(?P<name>{PERSON_NAME})\s+at\s+the\s+helm\b", text)]
        found += [m.group("name") for m in re.finditer(r"\b[Tt]he\s+(?P<name>[A-Z][\w’'-]+)\s+(?:government|cabinet)\b", text)]
        state = self._page_state() if found else None
        if state is None:
            return
        role = "prime-minister" if self._has_office("prime-minister", state) else "president"
        for name in found:
            person = self.seen_person(name) if " " not in name else None
            person = person or self.g.resolve(name, ("person",))
            if person.type not in ("person", None) or not (person.entity or (" " in name and _plausible(name, person))) \
                    or any(self.g.country_or_org(w) is not None for w in name.split()):
                continue  # (a surname alone only for a person named in full before: "The Tusk government"; never a state's
                # name in a headline's run of capitals, "Meet Germany's new government")
            who = person.entity or _slug(person.name)
            if any(c.fields["person"] == who and c.fields["role"] == role for c in out) or self.g.country_or_org(name) is not None:
                continue
            held = {r for (p, r), _ in self.offices.items() if p == who} | self.person_roles.get(who, set())
            if held & (set(domain().national_offices) - {role}):
                continue  # ("Macron's government", Macron known as France's president)
            surname = re.escape(person.name.split()[-1])
            if re.search(rf"\bcandidate\s+for\s+(?:the\s+(?:post|office)\s+of\s+)?(?i:prime\s+minister|premier|president)\b[^.]{{0,120}}"
                         rf"\b{surname}\b", " ".join(self.paragraph_texts.values())):
                continue  # ("the candidate for Prime Minister …, Donald Tusk" then "Candidates for Donald Tusk’s government": to come)
            self._office(s, out, {"person": who, "role": role, "organization": state,
                                  "status": "former" if name in formers else "current"}, "role:name-title", [person])

    def _title_dash_name(self, s: Sentence, out: list[Candidate]) -> None:
        """A cabinet's list as a government's page sets it, the offices before a dash and the name after: "- Deputy Prime
        Minister, Minister of National Defence — Władysław Kosiniak-Kamysz" (both his offices, of the page's state)."""
        line = re.fullmatch(rf"\s*(?:[-•*]\s*)?(?P<titles>[A-Z][^—–:\n]{{2,120}}?)\s+[—–-]\s+(?P<name>{PERSON_NAME})\s*\.?\s*", s.text)
        # (or a gallery's heading, the office, a colon and the name with the party: "Defense Minister: Boris Pistorius (SPD)";
        # never on a page of picks for a cabinet to come, "Germany’s Incoming Cabinet", "unveils cabinet picks")
        line = line or re.fullmatch(rf"\s*(?P<titles>[A-Z][^—–:\n]{{2,60}}?):\s+(?P<name>{PERSON_NAME})(?:\s*\([^()]{{1,20}}\))?\s*", s.text)
        state = self._page_state() if line is not None else None
        if line is None or state is None:
            return
        if re.search(r"\b(?:[Ii]ncoming|picks|nominees|-in-waiting|set\s+to\s+be\s+sworn|designate)\b", " ".join(self.paragraph_texts.values())):
            return
        name = line.group("name")
        person = self.g.resolve(name, ("person",))
        if not _plausible(name, person):
            return
        for title in re.split(r",\s*", line.group("titles")):
            title = re.sub(r"\s+of\s+the\s+Council\s+of\s+Ministers$", "", title.strip())
            ranked = re.fullmatch(rf"(?:(?P<rank>(?i:first\s+deputy|deputy|vice))\s+)?(?P<title>(?i:{_TITLE}))", title)
            if ranked is None:
                continue
            role = ROLE_TITLES[" ".join(ranked.group("title").lower().split())]
            if role not in domain().national_offices or not self._has_office(role, state):
                continue
            if ranked.group("rank"):
                role = _ranked(ranked.group("rank"), role)
            fields = {"person": person.entity or _slug(name), "role": self._defence_title(role, state), "organization": state,
                      "status": "current"}
            self._office_once(s, out, fields, "role:title-name", [person])

    def _office_once(self, s: Sentence, out: list[Candidate], fields: dict, rule: str, matches: list[Match]) -> None:
        """:meth:`_office`, unless this sentence already gave that person that office."""
        if not any(c.fields["person"] == fields["person"] and c.fields["role"] == fields["role"] for c in out):
            self._office(s, out, fields, rule, matches)

    def _joint_portfolios(self, s: Sentence, mentions: list[Mention], out: list[Candidate]) -> None:
        """Two portfolios one person held, named together: "Karl-Theodor zu Guttenberg, a former minister of both economy and
        defense under Angela Merkel" (the economy minister's office and the defence minister's, of the page's state); "Tánaiste
        Simon Harris, minister for foreign affairs and defence"."""
        found = re.search(rf"(?P<name>{PERSON_NAME}),\s+(?:(?:a|the)\s+)?(?P<former>former\s+)?minister\s+(?:of|for)\s+(?:both\s+)?"
                          r"(?P<a>[a-z]+(?:\s+affairs)?)\s+and\s+(?P<b>[a-z]+(?:\s+affairs)?)\b", s.text)
        state = self._page_state() if found is not None else None
        if found is None or state is None:
            return
        name = re.sub(rf"^(?i:{_TITLE})\s+", "", _name_of(found))  # ("Tánaiste Simon Harris": the name after his first title)
        person = self.g.resolve(name, ("person",))
        if not (person.entity or _plausible(name, person)):
            return
        for portfolio in (found.group("a"), found.group("b")):
            role = ROLE_TITLES.get(f"{portfolio} minister")
            if role is None or role not in domain().national_offices:
                continue
            fields = {"person": person.entity or _slug(name), "role": self._defence_title(role, state), "organization": state,
                      "status": "former" if found.group("former") else "current"}
            self._office_once(s, out, fields, "role:name-title", [person])

    def _second_title(self, s: Sentence, out: list[Candidate]) -> None:
        """A second office joined by "and" to the first in an appositive: "Władysław Kosiniak-Kamysz, Poland's Deputy Prime
        Minister and Minister of Defence" (the defence minister's office too, of the state the first was given)."""
        for found in re.finditer(rf"(?P<name>{PERSON_NAME}),\s+[A-Z][\w’'.]*['’]s\s+(?:(?:Deputy|Vice|First)\s+)?(?i:{_TITLE})\s+"
                                 rf"and\s+(?P<second>(?i:{_TITLE}))\b", s.text):
            name = _name_of(found)
            first = next((c for c in out if c.kind == "role" and (c.fields.get("person") == _slug(name)
                                                                  or bool(c.matches) and c.matches[0].name == name)), None)
            role = ROLE_TITLES.get(" ".join(found.group("second").lower().split()))
            if first is None or role is None or not first.fields.get("organization"):
                continue
            fields = {**first.fields, "role": self._defence_title(role, str(first.fields["organization"]))}
            self._office_once(s, out, fields, "role:name-title", list(first.matches))

    def _paired_portfolios(self, s: Sentence, out: list[Candidate]) -> None:
        """Two portfolios of one state, then their holders in the same order: "Luxembourg Foreign and Defense Ministers Xavier
        Bettel and Yuriko Bakes" (the foreign minister's office and the defence minister's)."""
        portfolio = r"(?:Foreign|Defen[cs]e|Finance|Economy)"
        for found in re.finditer(rf"\b(?P<state>[A-Z][\w’'-]+)\s+(?P<a>{portfolio})\s+and\s+(?P<b>{portfolio})\s+Ministers\s+"
                                 rf"(?P<n1>{PERSON_NAME})\s+and\s+(?P<n2>{PERSON_NAME})", s.text):
            state = self.g.country_or_org(found.group("state"))
            if state is None or state.type != "country" or not state.entity:
                continue
            for title, name in ((found.group("a"), found.group("n1")), (found.group("b"), found.group("n2"))):
                role = ROLE_TITLES.get(f"{title.lower()} minister")
                person = self.g.resolve(name, ("person",))
                if role is None or not (person.entity or _plausible(name, person)):
                    continue
                fields = {"person": person.entity or _slug(name), "role": self._defence_title(role, state.entity),
                          "organization": state.entity, "status": "current"}
                self._office_once(s, out, fields, "role:title-name", [person, state])

    def _respectively(self, s: Sentence, mentions: list[Mention], out: list[Candidate]) -> None:
        """Offices paired with their holders in order: "Roland Lescure and Gerald Darmanin will continue as finance and justice
        ministers, respectively" (the finance minister and an office outside the model). Only where there are as many offices
        as names; the state is the page's."""
        found = re.search(rf"(?P<names>{PERSON_NAME}(?:,\s+{PERSON_NAME})*,?\s+and\s+{PERSON_NAME})\s+(?:will\s+|would\s+)?"
                          r"(?:continue|continues|remain|remains|stay|stays|serve|serves|were\s+(?:named|appointed)|are\s+(?:named|appointed)|"
                          r"become|became)(?:\s+on)?\s+as\s+(?:the\s+)?(?P<kinds>[a-z]+(?:,\s+[a-z]+)*,?\s+and\s+[a-z]+)\s+ministers,?\s+"
                          r"respectively\b", s.text)
        state = self._page_state() if found is not None else None
        if found is None or state is None:
            return
        people = [p for p in self._people(s.text, mentions) if p.match.type in ("person", None)
                  and found.start("names") <= p.start and p.end <= found.end("names")]
        kinds = re.split(r",?\s+and\s+|,\s+", found.group("kinds"))
        if len(people) != len(kinds):
            return  # ("… as culture health, and agriculture ministers, respectively": a comma lost, no pairs to be sure of)
        for person, kind in zip(people, kinds, strict=True):
            role = ROLE_TITLES.get(f"{kind} minister")
            if role is None or role not in domain().national_offices or not (person.match.entity or _plausible(person.match.name, person.match)):
                continue
            fields = {"person": person.match.entity or _slug(person.match.name), "role": role, "organization": state, "status": "current"}
            self._office_once(s, out, fields, "role:name-title", [person.match])

    def _holders_state(self, words: str) -> str | None:
        """The state whose national office the one person ``words`` name holds, as this article or the workspace gives it
        ("President Trump": the United States), else None."""
        if not words:
            return None
        states = set()
        for person in self.finder.find(words):
            if person.match.type == "person" and person.match.entity:
                states |= {org for (who, role), org in self.offices.items()
                           if who == person.match.entity and role in domain().national_offices}
                if person.match.entity in self.person_orgs:
                    states.add(self.person_orgs[person.match.entity])
        return next(iter(states)) if len(states) == 1 and self.g.types.get(next(iter(states))) == "country" else None

    def _takes_over(self, s: Sentence, mentions: list[Mention], out: list[Candidate]) -> None:
        """An office taken over, told by what the new holder took and whom he replaced: "Andrii Sybiha … takes the reins of the
        foreign ministry, replacing Dmytro Kuleba" (the foreign minister, and his predecessor in it), "… is the country’s new
        chief diplomat. He replaced Dmytro Kuleba" (the one replaced held the office just given)."""
        text = s.text
        people = [p for p in self._people(text, mentions) if p.match.type in ("person", None)]
        reins = re.search(r"\b(?:takes|took|taking|take)\s+(?:the\s+)?(?:reins|helm|charge)\s+of\s+the\s+(?P<what>foreign|defen[cs]e|finance)\s+"
                          r"ministry\b", text)
        if reins is not None:
            holder = [p for p in people if p.end <= reins.start()]
            state = self._page_state()
            if holder and state and (holder[0].match.entity or _plausible(holder[0].match.name, holder[0].match)):
                role = {"foreign": "foreign-minister", "finance": "finance-minister"}.get(reins.group("what"), "defence-minister")
                self._office(s, out, {"person": holder[0].match.entity or _slug(holder[0].match.name), "role": role,
                                      "organization": state, "status": "current"}, "role:name-title", [holder[0].match])
        replaced = re.search(rf"\b(?:replacing|replaced|replaces|succeeding|succeeded|succeeds|took\s+over\s+from|takes\s+over\s+from)\s+"
                             rf"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<name>{PERSON_NAME}|[A-Z][\w’'-]+)", text)
        given = next((c for c in reversed(out) if c.kind == "role"), None) or self.last_office_given
        if replaced is None or re.search(r"\b(?:will|would|to)\s+$", text[max(0, replaced.start() - 8):replaced.start()]):
            return
        # (the office the clause itself names before "replacing": "named the veteran politician as the new defense minister,
        # replacing Christine Lambrecht" — never the chancellor's office the sentence gave its subject)
        named_office = re.search(rf"\bas\s+(?:the\s+)?(?:new\s+)?(?P<title>(?i:{_TITLE}))\b[^.;]{{0,40}}?,?\s+$", text[:replaced.start()])
        if named_office is not None:
            state = (given.fields["organization"] if given is not None and given.fields["role"] in domain().national_offices
                     else None) or self._page_state()
            role = self._defence_title(ROLE_TITLES[" ".join(named_office.group("title").lower().split())], state)
            given = Candidate.scored("role", {"person": "", "role": role, "organization": state, "status": "current"}, s,
                                     "role:name-title", []) if state else None
        if given is None:
            return
        who = next((p for p in people if replaced.start("name") <= p.start < replaced.end("name")), None)
        if who is None or not (who.match.entity or _plausible(who.match.name, who.match)):
            return
        if re.match(r"\s+as\s+(?!the\s+(?:new\s+)?(?:head|chief)\b)", text[replaced.end("name"):]):
            return  # "Claire Coutinho replacing Mr Shapps as energy security secretary": another office than the one given
        person = who.match.entity or _slug(who.match.name)
        if person != given.fields["person"]:
            self._office_once(s, out, {"person": person, "role": given.fields["role"], "organization": given.fields["organization"],
                                       "status": "former"}, "role:name-title", [who.match])

    def _page_state(self) -> str | None:
        """The state a page of careers is about: the one it names most, the aid's recipient included (a page on Ukraine's
        cabinet names Ukraine throughout), where it is named at least twice as often as any other; else the article's. Read
        once a page (every sentence's rules ask it), after the article's state is settled."""
        if self.page_state is None:
            self.page_state = (self._read_page_state(),)
        return self.page_state[0]

    def _read_page_state(self) -> str | None:
        named = Counter(m.match.entity for text in self.paragraph_texts.values() for m in self.finder.find(text)
                        if m.match.type == "country" and m.match.entity and not m.war)
        ranked = named.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            return ranked[0][0]
        return self.main_country

    def _subject_so_far(self) -> Mention | None:
        """The person a career's "he" stands for: of those the page has named, the one named most often so far (a profile's
        subject), else the last one named."""
        written = " ".join(self.paragraph_texts.values())
        seen = {self._key(m): m for m in self.seen_people.values() if m.type in ("person", None) and len(m.name.split()) >= 2}
        counted = sorted(seen.values(), key=lambda m: -len(re.findall(rf"\b{re.escape(m.name.split()[-1])}\b", written)))
        if counted and len(re.findall(rf"\b{re.escape(counted[0].name.split()[-1])}\b", written)) >= 2:
            return Mention(0, 0, counted[0])
        return self.last_person

    def _title_of_country_name(self, s: Sentence, out: list[Candidate]) -> None:
        """"Minister of Defence of the Netherlands Kajsa Ollongren noted": a title, "of" its country or
        organisation, then the name with no comma between. Where the country ends and the name begins is
        decided by the gazetteer (the shortest run of words it knows, and the longer runs naming the same), never by the words' shapes; in a
        headline written in Title Case ("… of Ukraine Visited Berlin") only a person the workspace knows."""
        words_of = s.text.split()
        title_case = sum(w[:1].islower() for w in words_of) < 0.25 * len(words_of)
        # (an honorific between the country and the name is no part of either: "Prime Minister of Iceland Ms. Katrín
        # Jakobsdóttir"; only names are taken from this text, no positions)
        text = re.sub(r"\b(?:Ms|Mr|Mrs|Dr)\.?\s+(?=[A-Z])", "", s.text)
        # (a state by its official name: "President of the Republic of Uganda Yoweri Museveni")
        for m in re.finditer(rf"(?P<former>\b[Ff]ormer\s+)?(?P<title>(?i:{_TITLE}))\s+of\s+(?:the\s+)?(?P<rest>{NAME_TOKEN}"
                             rf"(?:\s+(?:of\s+(?:the\s+)?)?{NAME_TOKEN}){{1,6}})", text):
            rest = m.group("rest")
            words = list(re.finditer(r"\S+", rest))
            leading = self.g.leading_country_or_org([w.group(0) for w in words[:-1]])
            if leading is None:
                continue
            org, cut = leading
            named = re.match(PERSON_NAME, rest[words[cut].start():])
            if named is None:
                continue
            name = SENTENCE_END_IN_NAME.sub("", re.sub(r"['’]s$", "", named.group(0)))  # ("… William Ruto. Thanked …")
            person = self.g.resolve(name, ("person",))
            role = ROLE_TITLES[m.group("title")]
            national = role in domain().national_offices
            rank = re.search(r"\b(Deputy|Vice|First\s+Deputy)[ -]$", text[max(0, m.start("title") - 14):m.start("title")])
            if rank:  # "Deputy Minister of Defense of Ukraine Dmytro Klymenko": a deputy is not the office holder
                role = _ranked(rank.group(1), role)
            who = person.entity or _slug(name)
            if (not _plausible(name, person) or (national and org.type != "country") or (title_case and not person.entity)
                    or any(c.fields["person"] == who for c in out)):
                continue
            fields = {"person": who, "role": role, "organization": org.entity, "status": "former" if m.group("former") else "current"}
            self._office(s, out, fields, "role:title-of-org-name", [person, org])

    def _heads(self, s: Sentence, out: list[Candidate]) -> None:
        """"Kęstutis Budrys, head of the Lithuanian Ministry of Foreign Affairs", "the head of the Estonian
        government, Kaja Kallas", "the head of the Ministry of Foreign Affairs of the Netherlands, Kaspar
        Veldkamp": the office a head of a ministry or government holds."""
        body = (r"(?P<body>Ministry of Foreign Affairs|Foreign Ministry|Ministry of (?:National\s+)?Defen[cs]e|Defen[cs]e Ministry|"
                r"[Dd]efen[cs]e [Dd]epartment|Ministry of Finance|Finance Ministry|[Gg]overnment)")
        for pattern in (rf"(?P<name>{PERSON_NAME}),\s+(?:the\s+)?head of the (?P<pre>[A-Z][\w’'-]+)\s+{body}",
                        # (its comma left out too: "the head of the Ukrainian Foreign Ministry Dmitry Kuleba said …")
                        rf"\b(?i:the\s+)?head of the (?P<pre>[A-Z][\w’'-]+)\s+{body},?\s+(?P<name>{PERSON_NAME})",
                        # "the head of the Ministry of Foreign Affairs of the Netherlands, Kaspar Veldkamp"
                        rf"\b(?i:the\s+)?head of the {body} of (?:the\s+)?(?P<pre>{NAME_TOKEN}(?:\s+{NAME_TOKEN})?),\s+"
                        rf"(?P<name>{PERSON_NAME})"):
            for m in re.finditer(pattern, s.text):
                name = _name_of(m)
                person = self.g.resolve(name, ("person",))
                org = self.g.country_or_org(m.group("pre"))
                if org is None or not _plausible(name, person) or any(
                        c.fields["person"] == (person.entity or _slug(name)) for c in out):
                    continue
                role = _ministry_role(m.group("body"))
                who = person.entity or _slug(name)
                fields = {"person": who, "role": role, "organization": org.entity, "status": "current"}
                self._office(s, out, fields, "role:head-of", [person, org])
        def held(m: re.Match[str], role: str, state: str | None, *matches: Match) -> None:
            """The name ``m`` holds, where it looks like a person's, holding ``role`` of ``state`` (once a sentence)."""
            name = _name_of(m)
            person = self.g.resolve(name, ("person",))
            if state is not None and _plausible(name, person):
                self._office_once(s, out, {"person": person.entity or _slug(name), "role": role, "organization": state,
                                           "status": "current"}, "role:head-of", [person, *matches])

        # "the spokesperson of the Russian Ministry of Foreign Affairs, Maria Zakharova": the state's spokesperson (the model's
        # office for a ministry's or a government's spokesman)
        for m in re.finditer(rf"\b(?i:the\s+)?spokes(?:person|man|woman)\s+(?:of|for)\s+the\s+(?P<pre>[A-Z][\w’'-]+)\s+{body},\s+"
                             rf"(?P<name>{PERSON_NAME})", s.text):
            org = self.g.country_or_org(m.group("pre"))
            if org is not None and org.type == "country":
                held(m, "spokesperson", org.entity, org)
        # (or after the name: "Maria Zakharova, the Russian Foreign Ministry's spokeswoman, claimed …", "…, spokeswoman of the
        # Russian Foreign Ministry, said")
        for m in [*re.finditer(rf"(?P<name>{PERSON_NAME}),\s+(?:the\s+)?(?P<pre>[A-Z][\w’'-]+)\s+{body}['’]s\s+spokes(?:person|man|woman)\b",
                               s.text),
                  *re.finditer(rf"(?P<name>{PERSON_NAME}),\s+(?:the\s+)?spokes(?:person|man|woman)\s+(?:of|for)\s+the\s+(?P<pre>[A-Z][\w’'-]+)"
                               rf"\s+{body}\b", s.text)]:
            org = self.g.country_or_org(m.group("pre"))
            if org is not None and org.type == "country":
                held(m, "spokesperson", org.entity, org)
        # "the Hungarian Defense Ministry said citing Minister Kristóf Szalay-Bobrovniczky": the ministry's own minister (of the
        # state named with it, else the page's)
        for m in re.finditer(rf"\b(?:the\s+)?(?:(?P<pre>[A-Z][\w’'-]+)\s+)?{body}\s+(?:said|says|reported|stated|announced|wrote)"
                             rf"(?:\s+(?:on\s+)?\w+day)?,?\s+(?:citing|quoting)\s+(?:its\s+)?(?:head|[Mm]inister)\s+(?P<name>{PERSON_NAME})",
                             s.text):
            named = self.g.country_or_org(m.group("pre")) if m.group("pre") else None
            if "government" not in m.group("body").lower():
                held(m, _ministry_role(m.group("body")),
                     named.entity if named is not None and named.type == "country" else self._page_state())
        # "the Ministry of Foreign Affairs will remain headed by Jean-Noël Barrot", "This was announced by the head of the
        # country's Ministry of Defense, Theo Franken": the page's state's minister
        for m in [*re.finditer(rf"\b(?:the\s+)?{body}\s+(?:will\s+(?:remain|continue\s+to\s+be)|remains|is|was)\s+headed\s+by\s+"
                               rf"(?P<name>{PERSON_NAME})", s.text),
                  *re.finditer(rf"\b(?i:the\s+)?head\s+of\s+the\s+(?:country|nation)['’]s\s+{body},\s+(?P<name>{PERSON_NAME})", s.text)]:
            if "government" not in m.group("body").lower():
                held(m, _ministry_role(m.group("body")), self._page_state())
        # "the head of the European Commission, Ursula von der Leyen": the president of an institution (one the workspace
        # does not know, by its slug)
        for m in re.finditer(rf"\b(?i:the\s+)?head of the (?P<inst>(?:[A-Z][\w-]+\s+){{1,3}}{_INSTITUTION}),\s+(?P<name>{PERSON_NAME})",
                             s.text):
            name = _name_of(m)
            person = self.g.resolve(name, ("person",))
            inst = self.g.country_or_org(m.group("inst")) or Match(m.group("inst"), None, "organization", 0.0, "new")
            who = person.entity or _slug(name)
            if not _plausible(name, person) or any(c.fields["person"] == who for c in out):
                continue
            fields = {"person": who, "role": "president", "organization": inst.entity or _slug(m.group("inst")), "status": "current"}
            self._office(s, out, fields, "role:head-of", [person, inst])
        # "met today with the head of NATO, Jens Stoltenberg": the alliance's secretary general
        alliance = self._alliance()
        for m in re.finditer(rf"\b(?i:the\s+)?{HEAD_OF_NATO},\s+"
                             rf"(?P<name>{PERSON_NAME})", s.text) if alliance else ():
            name = _name_of(m)
            person = self.g.resolve(name, ("person",))
            who = person.entity or _slug(name)
            if _plausible(name, person) and not any(c.fields["person"] == who for c in out):
                self._office(s, out, {"person": who, "role": "secretary-general", "organization": alliance, "status": "current"},
                             "role:head-of", [person])

    def _affiliations(self, s: Sentence, out: list[Candidate], name_at_org) -> None:
        text = s.text
        for m in name_at_org.finditer(text):
            org = self.g.country_or_org(m.group("org").removeprefix("the "))
            if org is None and not re.search(r"Universit|Institut|College|Cent(?:er|re)|School|Academy", m.group("org")):
                continue
            if org is not None and org.type == "country":
                continue  # "Rustem Umerov, at the U.S. military headquarters": a place he was, not where he works
            if re.match(r"\s+(?i:summit|meeting|ministerial|conference|talks|gathering|session|headquarters|HQ)\b", text[m.end():]):
                continue  # "Jens Stoltenberg at the Nato summit in Washington": an event he was at, not where he works
            person = self.g.resolve(m.group("name"), ("person",))
            if re.search(r"\b(?i:director|head|chief|officer|professor|editor|researcher|fellow|analyst|manager|president|chair)$",
                         m.group("name")):
                continue  # "… and Research Director at the Kiel Institute": a post, no person's name
            if not _plausible(m.group("name"), person) or any(
                    c.fields["person"] == (person.entity or _slug(m.group("name"))) for c in out):
                continue
            org = org or Match(m.group("org").removeprefix("the "), None, "organization", 0.0, "new")
            fields = {"person": person.entity or _slug(m.group("name")), "role": domain().affiliation_role,
                      "organization": org.entity or _slug(org.name), "status": "current"}
            out.append(Candidate.scored("role", fields, s, "role:name-at-org", [person, org]))


def _with_inner(pattern: re.Pattern[str], text: str):
    """``pattern``'s matches in ``text``, and after one that holds a description of its person, the matches inside that
    description ("… defence minister and successor to Chancellor Angela Merkel in …, Annegret Kramp-Karrenbauer": the
    chancellor's office too)."""
    for m in pattern.finditer(text):
        yield m
        if m.groupdict().get("desc"):
            yield from pattern.finditer(text, m.start("desc"), m.end("desc"))
