"""A candidate fact: what a rule proposes, with its evidence, confidence and reasons; and the state the rules share."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING

from . import rx as re
from .domain import domain
from .gazetteer import DEMONYMS, Gazetteer, Match
from .mentions import SHORT_SURNAME, SURNAME_TOKEN, Mention, MentionFinder
from .patterns import _HEADLINE_LINKS, TITLE_COUNTRIES, _plausible, _slug
from .sentences import Sentence

if TYPE_CHECKING:  # (for annotations only)
    from .money import Money

#: Words of a body's name, never of a person's: such a name's initials ("EEAS") stand for the body.
_BODY_WORD = re.compile(r"Service|Agency|Council|Commission|Organi[sz]ation|Office|Ministry|Department|Fund|Bank|Forces?|Party|"
                        r"Union|Committee|Assembly|Parliament|Court|Institute|Foundation|Association|Corporation|Company|Group|"
                        r"Alliance|Authority|Command|Army|Navy|Guard|Police|Agency|Network|Centre|Center|Programme|Program")

_FOLD = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "ae", "Æ": "Ae", "ß": "ss"})


def ascii_folded(word: str) -> str:
    """``word`` without its accents and the letters news written in ASCII replaces ("Støre" → "Store", "Sūdžius" → "Sudzius").

    Written by hand: ``unicodedata`` drops combining accents but leaves "ø" and "ł", which have no decomposition.

    >>> ascii_folded("Støre"), ascii_folded("Anušić"), ascii_folded("Łukasz")
    ('Store', 'Anusic', 'Lukasz')
    """
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", word.translate(_FOLD)) if not unicodedata.combining(c))


@dataclass
class Candidate:
    """A proposed fact: its kind, seed fields, evidence, and how it was found."""

    kind: str
    fields: dict
    evidence: Sentence
    rule: str
    confidence: float
    matches: list[Match] = field(default_factory=list)
    #: Why the confidence is what it is: the rule's reason, then each adjustment's (domain.yaml).
    reasons: tuple[str, ...] = ()
    #: For a share ("of which …"): the candidate it is part of (its id is known only when written).
    share_of: Candidate | None = None
    #: The same amount as the text restates it in other currencies ("GBP 100 million (over EUR 115 million)").
    restated: tuple[tuple[str, str], ...] = ()
    #: Where the amount is in the evidence sentence (a pledge's), for rules that look between two amounts.
    span: tuple[int, int] = (0, 0)
    #: The domain file's adjustments the rule applied (keys of ``confidence.adjustments``).
    adjustments: tuple[str, ...] = ()
    #: A headline's pledge the body states again ("… roughly two billion euros" over "… will surpass the two billion euro
    #: mark"): not dropped as the headline's rounding of another body figure.
    in_body: bool = False

    @classmethod
    def scored(cls, kind: str, fields: dict, evidence: Sentence, rule: str, matches: list[Match],
               *adjustments: str) -> Candidate:
        """A candidate whose confidence and reasons come from the domain file's table."""
        confidence, reasons = domain().confidence(rule, *adjustments)
        return cls(kind, fields, evidence, rule, confidence, matches, reasons, adjustments=tuple(adjustments))

    def key(self) -> tuple:
        """What makes two candidates the same fact (for de-duplication): the kind's identity."""
        from ..kinds import key_of

        return key_of(self.kind, self.fields)


class RuleState:
    """What the rules know about the article read so far (the Extractor's state), and helpers they share."""

    g: Gazetteer
    finder: MentionFinder
    known_roles: set[str]
    offices: dict[tuple[str, str], str]
    last_person: Mention | None
    person_before: Mention | None
    undated_targets: tuple[int, list[dict]]
    spending_paragraph: int
    names_recipient: bool
    aid_to: str | None
    unheld_offices: dict[str, Match]
    honoured: dict[str, Match]
    person_orgs: dict[str, str]
    person_roles: dict[str, set[str]]
    main_country: str | None
    main_org: str | None
    seen_people: dict[str, Match]
    initials: dict[str, Match]
    first_names: dict[str, dict[str, Match]]
    last_target: dict | None
    targets_read: list[dict]
    budget_year: str | None
    pending_speaker: Mention | None
    dangling_quote: tuple[Sentence, str] | None
    unnamed_source: bool
    held_quote: tuple[Sentence, str] | None
    interview: tuple[Mention | None, bool]
    interview_lead: int
    turn: tuple[Mention | None, bool]
    labelled_turns: int
    record_turn: bool
    guest: Mention | None
    time_codes: int
    asking: set[int]
    paragraph_texts: dict[int, str]
    #: the figures the page calls someone's claim (no pledge wherever named)
    claimed: set
    #: the sums the page splits into parts for several recipients (no pledge to the article's recipient)
    split_totals: set
    #: the sums the page names with an instrument right after them, and the instrument's organisation
    instrument_sums: dict
    inner_capitals: set[str]
    surnames: set[str]
    name_runs: Counter[str]
    lower_words: set[str]
    leaders: dict[str, str]
    last_quote: tuple[Mention, int] | None
    last_quote_end: int
    goal_speaker: tuple[Mention, int] | None
    goal_speakers: list[tuple[Mention, Sentence]]
    pending_named: tuple[Match, str, Sentence] | None
    last_quote_reported: bool
    opened_by: tuple[Mention, int, int] | None
    unattributed: tuple[int, list[str]]
    plain_paragraph: tuple[int, list[Sentence], bool]
    remarks: tuple[Mention, int, bool] | None
    states_named: list[str]
    states_on_page: dict[str, int]
    introduced: Mention | None
    speech: tuple[Mention, bool] | None
    last_start: int
    recent_people: list[Match]
    named_before: list[Match]
    signatories: tuple[int, list[Match]] | None
    requested: bool
    statement_author: Mention | None
    carried_subject: Mention | None
    page_state: tuple[str | None] | None
    last_office_given: Candidate | None
    floor: Mention | None
    outlets: set[str]
    own_spending: set[tuple]
    last_donor: Mention | None
    donor_fund: bool
    titled: dict[str, list[Match]]
    inferred_office: tuple[Match, str, Match] | None
    article_donor: str | None
    explicit_dollars: bool
    year: int | None
    day: date | None
    dash_quote: tuple[int, list[str]] | None
    last_package: Candidate | None
    #: the paragraph and original currency of the last sum given with its conversion in brackets
    converted_from: tuple[int, str] | None
    listed_countries: tuple[int, list[str]] | None
    split_announced: int
    last_total: Candidate | None
    pending_group: tuple[Sentence, Money] | None
    last_share: Candidate | None
    previous_sentence: tuple[Sentence, tuple] | None
    package_paragraph: int
    paragraph_country: tuple[int, str] | None
    previous_paragraph_country: tuple[int, str] | None
    page_recipient: str | None
    page_destination: str | None  # (the same, or the one aided state that also acts on the page: pledges only)
    pledged_here: bool
    targeted_here: bool  # a target was read in this sentence (its announcement is that goal's evidence)
    targets_here: list[Candidate]  # and which

    @staticmethod
    def _key(match: Match) -> str:
        """The id a candidate gives a matched name: the entity's, else a slug of the name as written."""
        return match.entity or _slug(match.name)

    def _alliance(self) -> str | None:
        """The alliance's entity id (``alliance`` in domain.yaml), where the workspace knows it."""
        return self.g.exact.get(domain().alliance_org, (None,))[0]

    def _office_country(self, people: list[Mention], exclude: tuple = ()) -> str | None:
        """The first country whose office one of ``people`` holds in this article (not one in ``exclude``)."""
        return next((o for o in (self.person_orgs.get(self._key(p.match)) for p in people)
                     if o and self.g.types.get(o) == "country" and o not in exclude), None)

    def _has_office(self, role: str, state: str | None) -> bool:
        """Whether ``state`` (a gazetteer id) can have an office of ``role``: no president is a monarchy's, no prime minister
        a state its president governs, no chancellor but Germany's and Austria's."""
        absent = {"president": domain().without_president, "prime-minister": domain().without_prime_minister}.get(role, ())
        only = {"chancellor": domain().with_chancellor}.get(role)
        if state is not None and only is not None and state in self.g.country_ids.values():
            return state in {self.g.country_ids.get(code) for code in only}  # (no chancellor is Italy's)
        return not (state is not None and state in {self.g.country_ids.get(code) for code in absent})

    def _page_state(self) -> str | None:
        """The state the page is about (the article's here; :class:`~nato_kg.extract.role_rules.RoleRules` reads it from the
        whole page)."""
        return self.main_country

    def _sole_state_with(self, role: str) -> str | None:
        """The one state the page names (other than the aid's recipient and the war's other side) that can have an office of
        ``role``, else None: "the Prime Minister" on a page that names only Britain and the United States is Britain's."""
        able = [state for state in self.states_named if self._has_office(role, state)]
        return able[0] if len(able) == 1 else None

    def _assumed_country(self, slug: str) -> Match:
        """A country the rules assume (the article's, the headline's, a person's office's), as a match (or a group of
        states, the EU or the G7, where that is the article's giver)."""
        return Match(slug, slug, "organization" if slug in self.g.group_labels else "country", 80.0, "label")

    def _state_of_title(self, title: str) -> Match | None:
        """The state a title names by itself ("Taoiseach", "the Pentagon chief"), if the workspace knows it: "…,” the Pentagon
        chief added" is the US secretary's, not his Croatian counterpart's."""
        code = TITLE_COUNTRIES.get(" ".join(title.lower().split()))
        return self._assumed_country(self.g.country_ids[code]) if code and self.g.country_ids.get(code) else None

    def _agents(self, mentions: list[Mention]) -> list[Mention]:
        return [m for m in mentions if m.match.type in ("country", "organization") and not m.war and not m.maker]

    def _people(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """The people ``text`` names (known, new, or seen before by a shorter form), remembering each for later forms."""
        known = [m for m in mentions if m.match.type == "person"]
        found = sorted(known + [m for m in self.finder.new_people(text) if m.match.type in (None, "person")],
                       key=lambda m: m.start)
        # a name seen before in a fuller form ("Von der Leyen announced …" after "Ursula von der Leyen"): that person (before
        # its words are remembered, so that its bare surname later is that person too: "Mulyani" after "Sri Mulyani Indrawati"
        # and "Sri Mulyani")
        found = [Mention(m.start, m.end, fuller) if not m.match.entity and (fuller := self.seen_people.get(m.match.name)) is not None
                 and len(fuller.name) > len(m.match.name) else m for m in found]
        # (never a surname and a headline's verb in title case: "President Obama Holds a Press Conference …")
        found = [m for m in found if m.match.entity or not self._headline_verb(text, m.match.name)]
        for m in found:  # remember them, so that a later bare surname finds the same person
            words = m.match.name.split()
            # (never words that are no one's name: "The German Rheinmetall concern" leaves no person "Rheinmetall"; a
            # headline's run with a linking word, "Trump Says US to Pull Some Troops From Germany", leaves no person "Germany")
            if len(words) >= 2 and (m.match.entity or not any(w.lower() in DEMONYMS for w in words)) \
                    and (m.match.entity or not any(w in _HEADLINE_LINKS for w in words[1:])):
                self.seen_people.setdefault(m.match.name, m.match)
                seen = Match(m.match.name, m.match.entity, "person", m.match.score, m.match.how if m.match.entity else "seen")
                self.seen_people.setdefault(words[-1], seen)
                self.seen_people.setdefault(ascii_folded(words[-1]), seen)  # "Støre", later written "Store"
                # (an Arabic family name without its article: "Dr Sayer affirmed …" after "Dr Hilal Al-Sayer")
                bare = re.fullmatch(r"(?i:al|el|ad|ash|as|at|az|ar|an)-([A-Z][\w’'-]+)", words[-1])
                if bare is not None:
                    self.seen_people.setdefault(bare.group(1), seen)
                # (and the one word the page gives in brackets after the name, its bearer's nickname: "Joko Widodo (Jokowi)",
                # then "“…,” President Jokowi said")
                nickname = re.match(r"\s*\(([A-Z][a-z][\w’'-]+)\)", text[m.end:])
                if nickname is not None and not self.g.country_or_org(nickname.group(1)):
                    self.seen_people.setdefault(nickname.group(1), seen)
                if len(words) >= 3 or (len(words) == 2 and words[0][:1].islower()):
                    tail = " ".join(words[1:])  # "Ursula von der Leyen" → "von der Leyen", "Von der Leyen"
                    for key, old in list(self.seen_people.items()):
                        if not old.entity and old.name.lower() == tail.lower():
                            self.seen_people[key] = seen  # the headline's "Von der Leyen" was this fuller name all along
                    self.seen_people.setdefault(tail, seen)
                    self.seen_people.setdefault(tail[:1].upper() + tail[1:], seen)
                    # (and a shorter tail of two family names, with or without accents: "López Obrador" after "Andrés
                    # Manuel López Obrador")
                    for k in range(2, len(words) - 1):
                        shorter = " ".join(words[k:])
                        if all(w[:1].isupper() for w in words[k:]):
                            self.seen_people.setdefault(shorter, seen)
                            self.seen_people.setdefault(ascii_folded(shorter), seen)
                    # (and the initials news writes for such a name: "AMLO" for Andrés Manuel López Obrador)
                    initials = "".join(w[0] for w in words if w[:1].isupper())
                    if len(initials) >= 3 and initials.isupper() and initials not in domain().not_names \
                            and not any(_BODY_WORD.fullmatch(w) for w in words):  # (not a body's: "European External Action Service")
                        self.initials.setdefault(initials, seen)
                for before, after in pairwise(words):
                    if before[:1].isupper() and after in ("da", "do", "dos", "das", "de"):
                        # the name Portuguese copy goes on with, before its family name's particle ("Lula" after "Luiz
                        # Inacio Lula da Silva")
                        self.seen_people.setdefault(before, seen)
                if len(words) >= 3 and all(w[:1].isupper() for w in words):
                    # the given names alone, as Indonesian and Malay copy writes a person after the first time ("Finance
                    # Minister Sri Mulyani Indrawati", then "According to Sri Mulyani, …")
                    self.seen_people.setdefault(" ".join(words[:-1]), seen)
                # a family name written first ("Moon Jae-in", then "Moon said"): the first word, where no one else
                # seen has it (the same person written two ways, "Yoon Suk Yeol" and "Yoon Suk-yeol", is one)
                first = words[0]
                if first not in domain().not_names and _plausible(m.match.name, m.match) and first.lower() not in DEMONYMS:
                    self.first_names.setdefault(first, {})[self._key(seen)] = seen
        # a surname guessed at ("Store" read as a near "Starmer") that is the surname, without its accents, of someone
        # this article named ("Jonas Gahr Støre"): that person
        found = [Mention(m.start, m.end, named) if m.match.how == "fuzzy" and " " not in m.match.name.strip()
                 and (named := self.seen_people.get(m.match.name.strip())) is not None and named.entity != m.match.entity else m
                 for m in found]
        # a bare family name of someone seen before ("Yoon pledged …"), as a mention of that person
        taken = [(m.start, m.end) for m in found]
        for token in re.finditer(r"\b[A-Z]{3,5}\b", text):  # (or the initials of one: "said AMLO")
            if token.group(0) in self.initials and not any(a <= token.start() < b for a, b in taken):
                found.append(Mention(token.start(), token.end(), self.initials[token.group(0)]))
                taken.append((token.start(), token.end()))
        for token in self._surname_tokens(text):
            if any(a <= token.start() < b for a, b in taken):
                continue
            match = self.seen_person(token.group(0))
            if match is not None:
                found.append(Mention(token.start(), token.end(), match))
        return sorted(found, key=lambda m: m.start)

    def _headline_verb(self, text: str, name: str) -> bool:
        """Whether a new name of two words is a surname and a headline's verb in title case ("President Obama Holds a Press
        Conference at the NATO Summit"): the sentence is written in title case, a small word in lower case follows the two,
        they never run together elsewhere on the page, and the first is written there without the second ("President Obama
        called this …"); never a name at a line's end ("… with the Prime Minister of Greece, Kyriakos Mitsotakis")."""
        words = name.split()
        if len(words) != 2:  # (checked first: this is asked of every new name of every sentence)
            return False
        first, second = words
        long_words = re.findall(r"\b[^\W\d_][\w’'-]{3,}", text)
        if len(long_words) < 4 or sum(w[:1].isupper() for w in long_words) < 0.7 * len(long_words):
            return False
        # (the verb's object after it opened by a small word the title case leaves in lower case: "Holds a Press …")
        if not re.search(rf"\b{re.escape(name)}\s+(?:a|an|the|to|on|for|with|at|in|of)\s+[A-Z]", text):
            return False
        page = " ".join(self.paragraph_texts.values())
        return self.name_runs[name] <= 1 and re.search(rf"\b{re.escape(first)}\b(?!\s+{re.escape(second)}\b)", page) is not None

    def _surname_tokens(self, text: str) -> list[re.Match[str]]:
        """The capitalised words of ``text`` that may be a surname alone, in order: any of three letters or more, and one of
        two letters only where the article gave it in a full name before ("Wu said that …" after "Joseph Wu", "Ng noted …"
        after "Ng Eng Hen")."""
        # (or a family name written first in the full name: "Dr Ng noted that …" after "Defence Minister Ng Eng Hen")
        short = [t for t in re.finditer(SHORT_SURNAME, text) if t.group(0) not in domain().not_names
                 and self.seen_person(t.group(0)) is not None]  # (seen_person looks up seen_people first)
        return sorted([*re.finditer(SURNAME_TOKEN, text), *short], key=lambda t: t.start())

    def seen_person(self, word: str) -> Match | None:
        """The person seen before in this article whose surname is ``word``, else whose name (one person's only)
        begins with it: Korean, Chinese and Japanese news writes the family name first and alone after."""
        seen = self.seen_people.get(word)
        if seen is not None:
            return seen
        # (the same surname with or without its diacritics: "Sprūds said" after "Andris Spruds")
        folded = ascii_folded(word).lower()
        same = {(m.name, m.entity): m for key, m in self.seen_people.items()
                if " " not in key and key != word and ascii_folded(key).lower() == folded}
        if len(same) == 1:
            return next(iter(same.values()))
        first = self._only_first_name(word)
        if first is not None:
            return first
        # (the same family name in another romanization: "Yoon said" after "President Yun Suk-yol")
        for other in domain().surname_spellings.get(word, ()):
            found = self.seen_people.get(other)
            if found is None:
                found = self._only_first_name(other)
            if found is not None:
                return found
        return self._misspelt_surname(word)

    def _only_first_name(self, word: str) -> Match | None:
        """The one person seen whose name this article began with ``word`` (a family name written first, "Moon said" after
        "Moon Jae-in", or a given name, "Premier Srettha" after "Srettha Thavisin"), else None."""
        firsts = self.first_names.get(word, {})
        return next(iter(firsts.values())) if len(firsts) == 1 else None

    def _misspelt_surname(self, word: str) -> Match | None:
        """The one person seen whose long surname ``word`` misspells by a letter or two ("Frostadouttir" for Kristrún
        Frostadóttir, in the same article), or whose shorter one it changes by one letter ("Austen" for Lloyd Austin), else
        None."""
        from difflib import SequenceMatcher

        folded = ascii_folded(word).lower()
        if len(folded) < 5 or not word[:1].isupper() or word in domain().not_names:
            return None

        def close(key: str) -> bool:
            other = ascii_folded(key).lower()
            # (any surname with one letter changed, after its first two: "Austen" for Lloyd Austin, "Lecorne" for Sébastien
            # Lecornu; a long one also by a letter or two more or less)
            if len(other) == len(folded) >= 5 and other[:2] == folded[:2] and sum(a != b for a, b in zip(other, folded, strict=True)) == 1:
                return True
            # (a very long one by a little more: "Christodulides" for Nikos Christodourides, a page's two misspellings)
            return len(other) >= 7 and len(folded) >= 7 and SequenceMatcher(None, other, folded).ratio() >= (
                0.85 if min(len(other), len(folded)) >= 12 else 0.9)

        def transliterated(key: str) -> bool:  # "Johannis" for Klaus Iohannis: I, J and Y stand for one another at the start
            other = ascii_folded(key).lower()  # (and C and K: "Mr Kassis" for Ignazio Cassis)
            return other[:1] != folded[:1] and ({other[:1], folded[:1]} <= set("ijy") or {other[:1], folded[:1]} == set("ck")) \
                and other[1:] == folded[1:]

        near = {(m.name, m.entity): m for key, m in self.seen_people.items()
                if " " not in key and ((key[:1] == word[:1] and close(key)) or transliterated(key))}
        return next(iter(near.values())) if len(near) == 1 else None
