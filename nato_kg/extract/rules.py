"""The extractor: every rule applied to an article's sentences, in order, with what it remembers.

The rules live in one module per kind (pledge_rules, target_rules, role_rules,
claim_rules), the patterns they share in patterns.py, and the candidate and the state the
rules share in candidate.py. Every candidate keeps the sentence it came from (the
evidence), its offsets in the article, the rule that produced it and a confidence with its
reasons, so that a reviewer can judge it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise

from . import rx as re
from .candidate import Candidate, ascii_folded
from .claim_rules import _NAMED_OUTLET, ClaimRules
from .domain import domain
from .gazetteer import Gazetteer, Match, norm
from .layouts import labelled_turns
from .mentions import _BUILDING, HEADLINE_VERBS, PERSON_NAME, SURNAME_TOKEN, Mention, MentionFinder, beside
from .money import FAMILIES, Money, dollar_of_brackets, find_money, issuing_state
from .patterns import _GOAL_WORDS, _SAY, _TITLE, _is_conversion, _plausible, _slug, at_war, opens_dateline
from .pledge_rules import PledgeRules, claimed_figure, parts_across
from .role_rules import RoleRules
from .sentences import Sentence
from .target_rules import TargetRules

__all__ = ["Candidate", "Extractor", "_is_conversion", "_plausible", "_slug"]


#: What a sentence holding a figure someone claims or guesses must contain (see :func:`.pledge_rules.claimed_figure`).
#: A legislature, whose vote a request awaits.
_LEGISLATURE = re.compile(r"\b(?:Congress|lawmakers|legislators|[Pp]arliament|Senate|House\s+of\s+Representatives|Bundestag|Sejm|"
                          r"Verkhovna\s+Rada|Storting|Riksdag|Folketing)\b")
_MAY_CLAIM = re.compile(r"\bclaim|\bI\s+(?:believe|think|guess|suppose)\b", re.I)
#: Seats of government written for their state (capitals.yaml): the state's, but no sign of what a page is about.


#: A line that is only a date ("3 May 2024", "May 3, 2024", "2024-05-03"): a page's date, not its headline.
_DATE_LINE = re.compile(r"\s*(?:date\s+\d{4}-\d{2}-\d{2}\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
                        # (and its time, and the time's zone: "12 February 2025 13:18 (UTC+04:00)")
                        r"(?:,?\s+\d{1,2}:\d{2}(?:\s*\((?:UTC|GMT)[+−-]?\d{0,2}(?::\d{2})?\))?)?\s*")
#: A byline alone on its line, after a date line: two or three capitalised words ("Akbar Novruz"), no sentence.
_BYLINE = re.compile(r"\s*(?:By\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}\s*")


#: What a state's own economy or spending is called after its name ("Slovenia’s GDP", "Poland's defence budget"): the page
#: that speaks of it is about that state.
_OWN_SPENDING = (r"(?:GDP|gross\s+domestic|defen[cs]e\s+(?:budget|spending|expenditure)|"
                 r"military\s+(?:budget|spending|expenditure))")
#: A currency's name after a state's ("100 million US dollars"): the state named only in it, no giver or recipient.
_DOLLARS_AFTER = re.compile(r"\s*dollars?\b")
#: A state's own firms, named by its demonym ("South Korean firms"): a page that names no other state is that state's, even
#: where it names them after a preposition ("more opportunities for South Korean firms to take part").
_OWN_FIRMS = re.compile(r"\s+(?:firms|companies|businesses|enterprises|exporters|manufacturers|contractors)\b")

#: What comes before a state named as where something takes place, after its city: "in Vilnius, Lithuania".
_CITY_THEN_STATE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),\s*$")

#: What follows a state's name that is a person's surname: "… Montenegro said, as quoted by the Lusa agency".
_QUOTED_SURNAME = re.compile(rf"\s+(?:{_SAY}|told\s+\w+)\s*,?\s+as\s+quoted\s+by\b")


#: What stands before a state the page's aid goes to: aid or a sum, then "to" or "for" and at most two words ("in aid to
#: disaster-hit Tonga", "NZ$500,000 to the Government of Tonga", "$3.1 million in assistance to Tonga").
_AIDED_BEFORE = re.compile(r"\b(?:aid|assistance|support|relief|donations?|funding|grants?|supplies|packages?|million|billion|"
                           r"bn|m|thousand|\d)\b[^.;]{0,40}?\b(?:to|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
                           r"(?:(?i:government|people)\s+of\s+(?:the\s+)?)?$")


def _with_page_initials(sentences: list[Sentence], mentions_of: list[list[Mention]], g: Gazetteer) -> list[list[Mention]]:
    """Each sentence's mentions, with the initials the page gives a body in brackets after its name as that body wherever
    the page writes them: "the Islamic Development Bank (IDB)", then "IDB president Muhammad Al-Jasser" (initials the
    workspace does not know, or knows as another body's: the page says which it means)."""
    initials: dict[str, Match] = {}
    for s, ms in zip(sentences, mentions_of, strict=True):
        for m in ms:
            given = re.match(r"\s*\(([A-Z][A-Za-z]{1,6})\)", s.text[m.end:]) if m.match.type == "organization" else None
            if given is not None and sum(c.isupper() for c in given.group(1)) >= 2 \
                    and g.resolve(given.group(1)).entity in (None, m.match.entity):
                initials.setdefault(given.group(1), m.match)
    if not initials:
        return mentions_of
    pattern = re.compile(r"\b(" + "|".join(re.escape(k) for k in initials) + r")\b")
    out = []
    for s, ms in zip(sentences, mentions_of, strict=True):
        added = [Mention(t.start(), t.end(), initials[t.group(1)]) for t in pattern.finditer(s.text)
                 if not any(m.start <= t.start() < m.end for m in ms)]
        out.append(sorted(ms + added, key=lambda m: m.start) if added else ms)
    return out


#: What stands before a state struck by the disaster the page's aid answers, alone or in a list ("Cyclone Idai that hit
#: Mozambique, Malawi and Zimbabwe", "affected by Cyclone Idai in Mozambique", "devastated Malawi, Mozambique and Zimbabwe").
_HIT_BEFORE = re.compile(r"\b(?:hit|struck|devastated|ravaged|battered|pounded|flooded|affected|swept)\s+"
                         r"(?:by\s+[^.;,]{1,50}?\s+(?:in|across|through)\s+|(?:in|across|through)\s+)?(?:parts\s+of\s+)?"
                         # (a part of it by its compass point: "the earthquake that hit western Afghanistan")
                         r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
                         r"(?:[A-Z][\w’'-]+,?\s+(?:and\s+)?){0,3}$")


class Extractor(RoleRules, PledgeRules, TargetRules, ClaimRules):
    """Applies every rule to an article's sentences."""

    def __init__(self, gazetteer: Gazetteer, finder: MentionFinder, known_roles: set[str],
                 offices: dict[tuple[str, str], str] | None = None):
        self.g = gazetteer
        self.finder = finder
        self.known_roles = known_roles
        #: (person, role) → organisation, from the workspace's curated role facts
        self.offices = offices or {}
        self.last_person: Mention | None = None
        #: the sentence read last and the claims found in it (for "This statement by X was made …")
        self.previous_sentence: tuple[Sentence, tuple] | None = None
        #: person → organisation and person → roles, from the role candidates found so far
        self.person_orgs: dict[str, str] = {}
        self.person_roles: dict[str, set[str]] = {}
        #: the country the article is about (a minister named with no country at all is most likely its)
        self.main_country: str | None = None
        #: the organisation the article names most (an unnamed "secretary general" speaks for it)
        self.main_org: str | None = None
        #: people named so far in the article, by full name and by surname (for "Merz said")
        self.seen_people: dict[str, Match] = {}
        #: sums restated in another currency on the page ((value, currency), (value, currency)), see :meth:`run`
        self.money_pairs: set[tuple] = set()
        #: the initials of people named in full (three words or more) so far, for "said AMLO"
        self.initials: dict[str, Match] = {}
        #: the first word of each full name seen, to the people it begins (see RuleState.seen_person)
        self.first_names: dict[str, dict[str, Match]] = {}
        #: the last spending target found (for "… agreed to fulfil that commitment")
        self.last_target: dict | None = None
        #: every spending target found so far (for "This represents more than 4.8% of GDP": the one of that figure)
        self.targets_read: list[dict] = []
        #: the year of the budget the article speaks of ("its 2026 budget proposal"), for "the new budget would raise …"
        self.budget_year: str | None = None
        #: the speaker of a sentence ending "… X stated:", for a quote that follows as its own paragraph
        self.pending_speaker: Mention | None = None
        #: a paragraph that is only a quotation ending "…,”", for a next paragraph that is only its attribution
        self.dangling_quote: tuple[Sentence, str] | None = None
        #: whether the page has quoted an unnamed source ("a senior … source said"): "The official said …" is then that one
        self.unnamed_source = False
        #: a quotation that opened its paragraph unattributed, for a later sentence of the paragraph that reports its speaker
        self.held_quote: tuple[Sentence, str] | None = None
        #: the person an interview page interviews, and whether the paragraph being read is one of their answers
        self.interview: tuple[Mention | None, bool] = (None, False)
        self.interview_lead = 0  # (the paragraph that named the interview: see LayoutRules._interview_answer)
        #: a record's speaker whose turn runs on (a "Name:" label, or "[Title (Name):" until its "]"), and whether the page
        #: labels two turns or more (a transcript, whose turns run over paragraphs)
        self.turn: tuple[Mention | None, bool] = (None, False)
        self.labelled_turns = 0
        self.record_turn = False  # (whether the turn is a parliamentary record's, opened by its speaker line)
        #: a time-coded interview's guest (named in its first turn) and the number of time codes read so far
        self.guest: Mention | None = None
        self.time_codes = 0
        self.asking: set[int] = set()
        self.claimed: set = set()
        self.split_totals: set = set()
        self.instrument_sums: dict = {}
        self.paragraph_texts: dict[int, str] = {}
        #: capitalised words the article writes inside a sentence (proper names there), for a lone surname opening one
        self.inner_capitals: set[str] = set()
        #: the words the article writes in lower case (a word never among them, opening a sentence, may be a surname)
        self.lower_words: set[str] = set()
        #: the people the article introduces as a body's leader ("ADPD leader Sandra Gauci"), by the body's name as written,
        #: for a later "the ADPD leader said"
        self.leaders: dict[str, str] = {}
        #: the speaker of the last quote and its paragraph, for a quote continued in the next paragraph
        self.last_quote: tuple[Mention, int] | None = None
        #: where the sentence holding that quote ends (a quote-only sentence right after it continues it)
        self.last_quote_end = -10
        #: who announced an own spending goal in this sentence (its evidence, no claim), and where the sentence ends
        self.goal_speaker: tuple[Mention, int] | None = None
        #: each speaker of a goal's announcement (no claim) and where: one a pronoun before any name may stand for
        self.goal_speakers: list[tuple[Mention, Sentence]] = []
        #: whether that speaker was reported ("He added that …"), not quoted: a quotation after it continues it only
        #: in the same paragraph
        self.last_quote_reported = False
        #: the sentences of a paragraph so far that no one was said to say, for "… - said X." closing the paragraph
        self.unattributed: tuple[int, list[str]] = (-1, [])
        #: the person a "he" or "she" opening the sentence being read stands for (as the sentences before left it)
        self.person_before: Mention | None = None
        #: the last sentence's targets that had no deadline (its paragraph, their fields), for "This will happen by 2035."
        self.undated_targets: tuple[int, list[dict]] = (-1, [])
        #: a state's goal named as the alliance's target by a year, its share still to come (see TargetRules._named_goal)
        self.pending_named: tuple[Match, str, Sentence] | None = None
        #: the paragraph of the last sentence about defence spending as a share of GDP (for "Riga is also aiming for 4% next
        #: year" after it, which names neither)
        self.spending_paragraph = -10
        self.names_recipient = True
        #: the last state other than the default recipient that the article's aid was given to, by name
        self.aid_to: str | None = None
        #: the one state the page's aid goes to, never a giver nor an actor, where it is not the usual recipient (see run)
        self.page_recipient: str | None = None
        self.page_destination: str | None = None
        #: the last paragraph's sentences while none held a claim or a quotation mark (its number, their texts, whether
        #: all were so): what a dash line after it ("- X said after …") says X said
        #: (the sentences themselves, for a name line after them: each its own claim, its own evidence)
        self.plain_paragraph: tuple[int, list[Sentence], bool] = (-1, [], False)
        #: the person whose statement closed a paragraph, that paragraph's number, and whether it is remarks of theirs
        #: pasted without quotation marks (see ClaimRules._pasted_remarks)
        self.remarks: tuple[Mention, int, bool] | None = None
        self.states_named: list[str] = []
        #: every state the page names as one, the aid's recipient too, and how often (an envoy's sending state: RoleRules)
        self.states_on_page: dict[str, int] = {}
        #: the speaker a moderator introduced, and the one a moderator handed the floor to (see ClaimRules._handed_over)
        self.introduced: Mention | None = None
        #: the speaker a speech page's byline names, and whether its "(As delivered)" mark has been read (see
        #: ClaimRules._speech_page)
        self.speech: tuple[Mention, bool] | None = None
        #: where the article's last sentence starts (an excerpt cut there ends mid-sentence)
        self.last_start = -1
        #: the last two people named, most recent last (for "The leaders pledged …")
        self.recent_people: list[Match] = []
        #: the people the sentence read last named (for "Each of the ministers emphasized …")
        self.named_before: list[Match] = []
        #: a letter's signatories, named as a list with their countries (the paragraph and the people)
        self.signatories: tuple[int, list[Match]] | None = None
        #: whether the page calls its aid a request a legislature has yet to grant ("I hope Congress will quickly support this
        #: request"), and says of none that it passed
        self.requested = False
        #: the author a statement's page names in its title ("Statement by Secretary of Defense Chuck Hagel on …")
        self.statement_author: Mention | None = None
        #: the person the sentences of a career are about (see RoleRules.roles), and the office given last
        self.carried_subject: Mention | None = None
        #: the state a page of careers is about, once read (see RoleRules._page_state)
        self.page_state: tuple[str | None] | None = None
        self.last_office_given: Candidate | None = None
        self.floor: Mention | None = None
        #: names the article gives as outlets ("the Onet website has reported"): no speaker wherever named
        self.outlets: set[str] = set()
        #: amounts the article gave as a country's spending on its own forces (value, currency): the same money again is
        #: no pledge either
        self.own_spending: set[tuple] = set()
        #: the person who opened the last sentence, its paragraph and end, for a quotation that follows unattributed
        self.opened_by: tuple[Mention, int, int] | None = None
        #: the donor of the last pledge, for "It will include … worth 100 million euros" in the next sentence
        self.last_donor: Mention | None = None
        #: whether the state gave through a fund named for it ("Qatar Fund for Development"), for "The fund had provided …"
        self.donor_fund = False
        #: people named with a national title whose country the sentence did not say, by role
        #: ("According to Prime Minister Jonas Gahr Støre, …"), for a later "the prime minister of Norway"
        self.titled: dict[str, list[Match]] = {}
        #: offices of institutions the article named with no holder (role → the institution), for "President X" later
        self.unheld_offices: dict[str, Match] = {}
        #: the person each title of rank outside the model's offices named first ("prince" → Mohammed bin Salman)
        self.honoured: dict[str, Match] = {}
        #: an office learnt from a title-only reference to such a person (set by the claim rules)
        self.inferred_office: tuple[Match, str, Match] | None = None
        #: the country the headline names as giver (else the article's main country), and whether the
        #: article marks its dollars (both set when the article is read)
        self.article_donor: str | None = None
        self.explicit_dollars = False
        #: the year the article was published, when given (``nato-kg extract --date``)
        self.year: int | None = None
        #: its day, when given, else the middle of its year (for the exchange rate a bracketed conversion is checked against)
        self.day: date | None = None
        #: a paragraph opened by a dash (a quotation in Nordic copy) and its sentences so far
        self.dash_quote: tuple[int, list[str]] | None = None
        #: the last new package found, for "the package, which includes … $10 million" in a later sentence
        self.last_package: Candidate | None = None
        self.converted_from: tuple[int, str] | None = None
        #: the last share of it found ("… nine billion kronor is earmarked for …"), for "Another half billion …"
        self.last_share: Candidate | None = None
        #: the last list of countries read (its paragraph and their ids), and an amount a group of countries gives that
        #: waits for the list naming them ("Nordic and Baltic countries have unveiled a combined $500 million …")
        self.listed_countries: tuple[int, list[str]] | None = None
        #: the last running total found, for "The share consisting of weapons and equipment amounts to …" right after it
        self.last_total: Candidate | None = None
        #: the paragraph of the last sentence that announced a split of the money ("The money will be distributed as follows:")
        self.split_announced = -10
        self.pending_group: tuple[Sentence, Money] | None = None
        #: the paragraph of the last sentence that named a package ("This package … is the 21st for Finland."),
        #: for "They stated that it is worth approximately €106 million." right after it
        self.package_paragraph = -10
        #: the paragraph being read and the country it opened with as its subject, if any
        self.paragraph_country: tuple[int, str] | None = None
        self.previous_paragraph_country: tuple[int, str] | None = None
        #: whether the sentence being read gave a pledge (its reported speech is then that pledge's evidence)
        self.pledged_here = False
        self.targeted_here = False
        #: the targets read in the sentence being read (a reported statement of one of them is its evidence)
        self.targets_here: list[Candidate] = []

    def _reread(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A sentence's mentions of states read again where the state is no actor, or no state.

        A state's name alone that an agency quotes is a person's surname ("“…,” Montenegro said, as quoted by the Lusa agency"
        on a page about Portugal): a new person's mention, neither a giver nor a place. A state named after its own capital
        as where something takes place ("… the NATO Summit in Vilnius, Lithuania") is a place: no actor, never the state of an
        office named in the sentence nor a giver (but "At talks in Warsaw, Finland pledged …" is Finland acting)."""
        def placed(m: Mention) -> bool:
            city = _CITY_THEN_STATE.search(text[max(0, m.start - 40):m.start])
            state = self.g.as_state(city.group("city")) if city else None
            return state is not None and state.entity == m.match.entity

        out = []
        for m in mentions:
            if m.match.type == "country" and _QUOTED_SURNAME.match(text, m.end) \
                    and re.search(r"(?:^|[”\"]\s*,?\s*|[.!?]\s+)$", text[:m.start]):
                m = Mention(m.start, m.end, Match(text[m.start:m.end], None, "person", 0.0, "new"))
            elif m.match.type == "country" and placed(m):
                m = replace(m, war=True)
            out.append(m)
        return out

    def run(self, sentences: list[Sentence]) -> list[Candidate]:
        out: list[Candidate] = []
        seen: dict = {}
        again: list[tuple[Candidate, Candidate]] = []  # (the pledge kept, its copy read again later)
        mentions_of = [self.finder.find(s.text) for s in sentences]  # each sentence's names, found once
        mentions_of = _with_page_initials(sentences, mentions_of, self.g)
        mentions_of = [self._reread(s.text, ms) for s, ms in zip(sentences, mentions_of, strict=True)]
        # the paragraphs that ask (an interview's questions end with a question mark)
        self.asking = {s.paragraph for s in sentences if s.text.rstrip().endswith("?")}
        # the outlets the page names as such anywhere, before the sentence that cites one ("…, Kathimerini said." above "the
        # Kathimerini media outlet reported")
        # (no full stop: "the Onet website has reported." names "Onet")
        self.outlets = {(m.group("name") or m.group("later")).rstrip(".") for s in sentences for m in _NAMED_OUTLET.finditer(s.text)}
        # (and a one-word name that only ever reports, never named in full nor known to the workspace: "Recently, Infobae
        # reported that Argentina is actively discussing …")
        page = " ".join(s.text for s in sentences)
        self.outlets |= {word for s in sentences for m in re.finditer(r"(?:^|[,;]\s+|\b(?:[Rr]ecently|[Ee]arlier|[Ll]ater|[Aa]lso),?\s+)"
                                                                  r"(?P<word>[A-Z][a-z][\w-]+)\s+(?:has\s+|had\s+)?(?:reported|reports)\s+that\b",
                                                                  s.text)
                         if (word := m.group("word")) not in domain().not_names and self.g.resolve(word).entity is None
                         and not re.search(rf"\b[A-Z][\w’'-]+\s+{re.escape(word)}\b", page)}
        self.paragraph_texts = {}
        self.inner_capitals = {m.group(0) for s in sentences for m in re.finditer(SURNAME_TOKEN, s.text)
                               if m.start() > 0 and not re.search(r"(?:^|[.!?:;“\"‘(\[–—-])\s*$", s.text[:m.start()])}
        # the last words of names of two words or more ("… Recep Tayyip Erdogan"): what a headline's "…: Erdogan" may stand for
        runs = [m for s in sentences for m in re.finditer(r"(?:[A-Z][\w’'-]+\s+)+([A-Z][\w’'-]+)\b", s.text)]
        self.surnames = {m.group(1) for m in runs}
        # (a headline "Name: …" the page repeats with its section's name before it, "Main Business Dmytro Klymenko: …": the
        # name is the one the other copy gives alone)
        labelled = [(m.group(1), m.group(2)) for s in sentences
                    if (m := re.match(r"\s*([A-Z][\w’'-]+\s+[A-Z][\w’'-]+):\s+(\S.{10,})", s.text))]
        self.finder.standalone = frozenset(name for name, said in labelled if any(
            other.text.strip().endswith(f"{name}: {said}".strip()) and len(other.text.strip()) > len(f"{name}: {said}".strip())
            for other in sentences))
        self.name_runs = Counter(" ".join(m.group(0).split()) for m in runs)
        # the words the article writes in lower case: a common noun opening a sentence ("Research shows …") is among them,
        # a surname never
        self.lower_words = {w for s in sentences for w in re.findall(r"\b[a-z][a-z'’-]+\b", s.text)}
        # (its boss, chief or chairman too, the body starred as a translation marks a link: "CDU* boss Friedrich Merz"; or
        # the body in brackets after the name: "opposition leader Friedrich Merz (CDU)")
        self.leaders = {m.group("body"): m.group("name") for s in sentences
                        for m in re.finditer(rf"\b(?P<body>[A-Z][\w-]+)\*?\s+(?:leader|boss|chief|chairman|chairwoman),?\s+"
                                             rf"(?P<name>{PERSON_NAME})", s.text)}
        self.leaders.update({m.group("body"): m.group("name") for s in sentences
                             for m in re.finditer(rf"\b(?:opposition|party|faction|parliamentary\s+group)\s+leader\s+(?P<name>{PERSON_NAME})"
                                                  r"\s*\((?:[^()]*,\s*)?(?P<body>[A-Z][A-Za-z]{1,5})\)", s.text)
                             if m.group("body") not in self.leaders})
        for s in sentences:
            self.paragraph_texts[s.paragraph] = f"{self.paragraph_texts.get(s.paragraph, '')} {s.text.strip()}".strip()
        self.labelled_turns = labelled_turns(self.paragraph_texts)
        self.last_start = sentences[-1].start if sentences else -1
        # a letter's signatories, named as a list with their countries anywhere on the page ("Olaf Scholz (Germany), Mette
        # Frederiksen (Denmark), …"): what "the leaders" wrote before the list names them is theirs too
        self.signatories = None
        self.statement_author = None
        self.carried_subject = None
        self.page_state = None
        self.last_office_given = None
        for at, text in self.paragraph_texts.items():
            listed = re.findall(rf"({PERSON_NAME})\s*\([A-Z][\w ]{{2,30}}\)", text)
            if len(listed) >= 3:
                self.signatories = (at, [self.g.resolve(name, ("person",)) if self.g.resolve(name, ("person",)).entity
                                         else Match(name, None, "person", 0.0, "new") for name in listed])
                break
        # a page whose aid is a request to a legislature ("I hope Congress will quickly support this request for aid"), which
        # no sentence says was granted: its undecided sums are asked for, not given (see PledgeRules)
        self.requested = any(re.search(r"\b(?:this|that|the|his|her|its)\s+(?:aid\s+|funding\s+|spending\s+|budget\s+)?request\b", s.text)
                             and _LEGISLATURE.search(s.text) for s in sentences) and not any(
            re.search(r"\b(?:passed|approved|adopted|signed|voted\s+(?:for|through))\b", s.text) and _LEGISLATURE.search(s.text)
            for s in sentences)
        # the figures the page calls someone's claim ("Trump has claimed the United States has provided approximately US$350
        # billion", "Trump’s claim of $200 billion"): that figure named anywhere on the page is the claim's, no pledge
        # (the money of a sentence read here only where a claim or a guess can be: the pledge rules read every sentence's again)
        self.claimed = {m.value for s in sentences if _MAY_CLAIM.search(s.text)
                        for m in find_money(s.text, families=True) if claimed_figure(s.text, m)}
        # sums the page splits into a list of parts some of which go to other recipients ("21.5 million euros divided into:" /
        # "• 9.5 million euros … for projects in African countries" / "• 2 million euros for projects in Ukraine"): a fund
        # for many, no pledge to the recipient (its part for the recipient is, read where the page gives it)
        self.split_totals = {m.value for i, s in enumerate(sentences)
                             if re.search(r"\b(?:divided|split|broken\s+down|distributed|allocated)\s+(?:into|as\s+follows|among|"
                                          r"between)\s*:\s*$", s.text)
                             and len(items := [x.text for x in sentences[i + 1:i + 10] if re.match(r"\s*[•·▪●◦*-]\s", x.text)]) >= 2
                             and any(not any(m.match.entity == self.g.recipient
                                                 for m in self.finder.find(item)) for item in items)
                             for m in find_money(s.text)}
        # sums the page names with an instrument whose money is its organisation's, right after the sum ("the approved 90 billion
        # euros in joint borrowing"): that organisation's where the sum is named again with no giver
        # (only the sentences that name an instrument read for money: this is done for every article)
        self.instrument_sums = {(m.value, m.currency): org for s in sentences
                                if any(names.search(s.text) for names in domain().instruments.values())
                                for m in find_money(s.text)
                                if (joint := re.match(r"\s+(?:in|of|from|under|through|via)\s+(?:the\s+|an?\s+)?", s.text[m.end:]))
                                for org, names in domain().instruments.items() if names.match(s.text, m.end + joint.end())}
        # sums the page restates in another currency anywhere ("it has allocated Bt2 million, or about US$60,000, to the
        # embassy"), whether or not that sentence gives a pledge: the second is the first again ("Thai embassy buys $60,000
        # worth of humanitarian items")
        self.money_pairs = {((a.value, a.currency), (b.value, b.currency)) for s in sentences if re.search(r"\d", s.text)
                            for a, b in pairwise(find_money(s.text)) if _is_conversion(s.text, a, b)}
        # "Russia's full-scale invasion" names the war, not the country the article is about
        # (nor a company's owner: "Thales is a French-owned company" in a story about a British order)
        # (nor a government by its building, "the Pentagon boss", "the White House": a page about Australia that names them
        # is still about Australia)
        # (nor a state given in brackets as where a place or a body is: "he lectured at the University of Lausanne
        # (Switzerland)" on a page about France)
        glossed = {id(m) for s, ms in zip(sentences, mentions_of, strict=True) for m in ms
                   if re.search(r"[A-Z][\w’'-]*\s*\($", s.text[:m.start]) and s.text[m.end:m.end + 1] == ")"}
        # (nor a state's name that is a person's surname, after a first name the page gives it with a title: "Prime Minister
        # Luis Montenegro", then "said Luís Montenegro", on a page about Portugal)
        def first_name(s: Sentence, m: Mention, titled: bool) -> str | None:
            before = re.search((rf"(?i:{_TITLE})\s+" if titled else r"(?<![\w’'.-])") + r"([A-Z][\w’'-]+)\s+$",
                               s.text[max(0, m.start - 60):m.start])
            return ascii_folded(before.group(1)) if before and m.match.type == "country" and m.match.how != "demonym" else None
        firsts = {f for s, ms in zip(sentences, mentions_of, strict=True) for m in ms if (f := first_name(s, m, True))}
        surnamed = {id(m) for s, ms in zip(sentences, mentions_of, strict=True) for m in ms if first_name(s, m, False) in firsts}
        # (nor the capital a story was filed from, its dateline: "WASHINGTON -" over CTV's page about Canada's spending)
        filed = {id(m) for s, ms in zip(sentences, mentions_of, strict=True) for m in ms
                 if opens_dateline(s.text, m.start, m.end, m.match.how)}
        found = [m for ms in mentions_of for m in ms if not m.war and not m.maker and not _BUILDING.fullmatch(m.match.name)
                 and id(m) not in glossed and id(m) not in surnamed and id(m) not in filed]
        orgs = Counter(m.match.entity for m in found if m.match.type == "organization")
        self.main_org = orgs.most_common(1)[0][0] if orgs else None
        # the country the article is about: named most (not the default recipient), twice as often as any other
        recipient = self.g.recipient
        adversary = self.g.country_ids.get(domain().adversary)
        # (nor a country named beside the recipient as a recipient too: "covers Ukraine and Moldova")
        co_recipients = {id(m) for s, ms in zip(sentences, mentions_of, strict=True) for m in beside(s.text, ms, recipient)}
        # (nor a country named only in another person's title: "the election of Donald Trump as President of the United
        # States" on the Hungarian government's page)
        co_recipients |= {id(m) for s, ms in zip(sentences, mentions_of, strict=True) for m in ms if re.search(
            r"\bas\s+(?:the\s+)?(?:President|Prime\s+Minister|Chancellor|Minister|Secretary|King|Queen|Ambassador)\s+of\s+(?:the\s+)?$",
            s.text[max(0, m.start - 60):m.start])}
        # (nor a country named only in its currency's name: "funds equivalent to one million US dollars in manats" on a page
        # about Azerbaijan's aid)
        co_recipients |= {id(m) for s, ms in zip(sentences, mentions_of, strict=True) for m in ms
                          if _DOLLARS_AFTER.match(s.text, m.end)}
        # (nor a state named as what a gift is for, where the page also says the gift went to it: "South Africa's R50 million
        # Cuba donation" beside "aid contribution to Cuba", on a page about South Africa's minister)
        def after_to(s: Sentence, m: Mention) -> bool:
            return re.search(r"\bto\s+(?:the\s+)?$", s.text[max(0, m.start - 8):m.start]) is not None
        sent_to = {m.match.entity for s, ms in zip(sentences, mentions_of, strict=True) for m in ms
                   if m.match.type == "country" and after_to(s, m)}
        gift_for = {id(m) for s, ms in zip(sentences, mentions_of, strict=True) for m in ms if m.match.entity in sent_to
                    and re.match(r"\s+(?i:aid|donations?|assistance|contributions?|relief)\b", s.text[m.end:])}
        co_recipients |= gift_for
        # (nor the state the page's aid goes to where it is not the usual recipient, named as the destination of aid or of a
        # sum and never as a giver: "New Zealand will be providing Tonga with an additional $2 million …", "… to the Government
        # of Tonga", "¥114 million in aid to disaster-hit Tonga" — the page's recipient, as the usual one is on its pages)
        aided = {m.match.entity for s, ms in zip(sentences, mentions_of, strict=True) for m in ms
                 if m.match.type == "country" and m.match.entity not in (recipient, adversary) and m.match.how != "demonym" and (
                     _AIDED_BEFORE.search(s.text[max(0, m.start - 90):m.start])
                     # (or helped: "helping Malawi recover", "to support the Government of Malawi")
                     or re.search(r"\b(?:help|helping|helps|support|supporting|supports|assist|assisting)\s+(?:the\s+)?"
                                  r"(?:(?:people|government)\s+of\s+(?:the\s+)?)?$", s.text[max(0, m.start - 30):m.start])
                     or re.search(r"\b(?:provid|supply|supplied|supplies|equip)\w*\s+$", s.text[max(0, m.start - 14):m.start])
                     and re.match(r"\s+with\b", s.text[m.end:])
                     # (or struck by the disaster the aid answers, alone or in a list: "Cyclone Idai that hit Mozambique, Malawi and
                     # Zimbabwe", "people affected by Cyclone Idai in Mozambique, Malawi and Zimbabwe")
                     or _HIT_BEFORE.search(s.text[max(0, m.start - 120):m.start]))}
        givers = {m.match.entity for s, ms in zip(sentences, mentions_of, strict=True) for m in ms
                  if re.match(r"(?:['’]s)?\s+(?:government\s+|has\s+|have\s+|had\s+|will\s+|would\s+|also\s+|is\s+|was\s+)*"
                              r"(?:pledg|donat|provid|sen[dt]|gave|giv|allocat|contribut|grant|deliver|dispatch|offer|commit)\w*", s.text[m.end:])}
        # (never a state that acts on the page, the subject of a verb other than receiving: "Nepal says it needs $7bn",
        # "Ecuador requires new …" — its own offices speak there)
        actors = {m.match.entity for s, ms in zip(sentences, mentions_of, strict=True) for m in ms
                  if not re.search(r"\b(?:in|to|for|of|from|at|with|on|by|into|near|off|across|around)\s+(?:the\s+)?$",
                                   s.text[max(0, m.start - 12):m.start])
                  and re.match(r"(?:['’]s\s+(?:government|authorities)|\s+(?:government|authorities))?\s+(?:also\s+|now\s+|still\s+)?"
                              r"(?!(?:receiv|gets|got|obtain|welcom|benefit|suffer)\w*)(?:[a-z]+(?:s|ed)|has|have|had|is|was|will|would|"
                              r"can|could|must|may|said)\b", s.text[m.end:])
                  # (a state things happen to acts no more than one given to: "Vanuatu has been hit by two tropical cyclones",
                  # "Vanuatu is reeling from the impacts …", "Tonga was battered")
                  and not re.match(r"\s+(?:(?:has|have|had)\s+been|(?:is|are|was|were)\s+(?:being\s+)?(?:[a-z]+ed|hit|struck|reeling|"
                                   r"struggling|recovering|suffering|facing|still\s+reeling))\b", s.text[m.end:])}
        # (a state that asks for the money is where it goes too: "Islamabad, Pakistan, sought funds to cover half of their
        # $16.3 billion recovery bill")
        asking = {m.match.entity for s, ms in zip(sentences, mentions_of, strict=True) for m in ms
                  if m.match.type == "country" and m.match.entity not in (recipient, adversary) and m.match.how != "demonym"
                  and re.match(r",?\s+(?:(?:has|had|is|was)\s+)?(?:sought|seeks|seeking|appealed|appeals|appealing|requested|requests)\s+"
                               r"(?:for\s+)?(?:[\w-]+\s+){0,3}?(?:funds?|aid|assistance|help|support|money|financing|donations?|"
                               r"(?:US)?\$)", s.text[m.end:])
                  # (never a place people go to: "perilous journeys by boat to Malaysia seeking better lives")
                  and not re.search(r"\b(?:to|in|from|for|into|at|of|by|with|towards?)\s+(?:the\s+)?$", s.text[max(0, m.start - 12):m.start])}
        destination = (aided | asking) - givers
        aided -= givers | actors
        co_recipients |= {id(m) for ms in mentions_of for m in ms if m.match.entity in aided}
        # (the one such state is where the page's aid goes when a sentence names no recipient: "To date, USAID has provided
        # approximately $5 million to affected communities" on a page about Malawi, never the usual recipient it never names)
        self.page_recipient = next(iter(aided)) if len(aided) == 1 else None
        # (and so is the one the page's aid goes to that also acts or speaks on it, its offices still the page's: "Donors
        # included the Islamic Development Bank ($4.2 billion), …" on a page where Pakistan seeks the money and its prime
        # minister speaks)
        # (of several such states, struck together, the one the page names most, first named where as often: a sum for the three
        # states Cyclone Idai hit goes to the one the story is most about, never to the usual recipient the page never names)
        named_as = Counter(m.match.entity for ms in mentions_of for m in ms if m.match.entity in destination)
        self.page_destination = self.page_recipient or (named_as.most_common(1)[0][0] if named_as else None)
        def named_most(excluded: set[int]) -> list[tuple[str | None, int]]:
            return Counter(m.match.entity for m in found if m.match.type == "country" and id(m) not in excluded
                           and m.match.entity not in (recipient, adversary)).most_common(2)

        countries = named_most(co_recipients)
        # (every state the page names as one, for an office named with no state: see RuleState._sole_state_with)
        # (not a demonym inside another proper name: "the 1962 Cuban Missile Crisis" names no state of the story; nor a side of
        # a war named as such: "As the war between Russia and Ukraine nears …")
        self.states_on_page = dict(Counter(m.match.entity for ms in mentions_of for m in ms
                                           if m.match.type == "country" and m.match.entity and not m.war and not m.maker))
        self.states_named = sorted({m.match.entity for s, ms in zip(sentences, mentions_of, strict=True) for m in ms
                                    if m.match.type == "country" and m.match.entity and m.match.entity not in (recipient, adversary)
                                    and not m.war and not m.maker and not at_war(s.text, m.start, m.end) and id(m) not in glossed
                                    and not (m.match.how == "demonym" and re.match(r"\s+[A-Z]", s.text[m.end:])
                                             and not re.match(rf"\s+(?i:{_TITLE})\b", s.text[m.end:]))}
                                   # (nor one only given to: "R50m Cuba aid", "aid to Cuba", on a page that writes its giver "SA")
                                   - {e for e in sent_to if all(
                                       id(m) in gift_for or after_to(s, m)
                                       for s, ms in zip(sentences, mentions_of, strict=True) for m in ms if m.match.entity == e)})
        # (or named most and alone in the headline: "The Danish government has announced …" over an article that also
        # names Lithuania's and Latvia's targets and the US president)
        # (a page opening with its date alone, "3 May 2024", has its headline in the next paragraph)
        top = 1 if sentences and _DATE_LINE.fullmatch(" ".join(x.text for x in sentences if x.paragraph == 0)) else 0
        # (and a byline alone after it: "12 February 2025 13:18 (UTC+04:00)" / "Akbar Novruz" / "Azerbaijan has dispatched …")
        if top and _BYLINE.fullmatch(" ".join(x.text for x in sentences if x.paragraph == 1)) \
                and any(x.paragraph == 2 for x in sentences):
            top = 2
        in_headline = {m.match.entity for s, ms in zip(sentences, mentions_of, strict=True) if s.paragraph == top for m in ms
                       if m.match.type == "country" and not m.war and m.match.entity not in (recipient, adversary)
                       and id(m) not in filed}
        # (or the one country at all the article names, once: "The Prime Minister said New Zealand stood in solidarity …"
        # on a New Zealand broadcaster's page that otherwise says only "the government")
        # (only as a subject: "Aid from the Nordics, Baltics and Poland totals …" names Poland in a list, not as the article's)
        # (a country named only in another's office, "U.S. President Donald Trump", or as a side of another war, "the war
        # between Israel and Iran", leaves a page that names one other country once, "Canada is also promising …", that one's)
        aside = {id(m) for s, ms in zip(sentences, mentions_of, strict=True) for m in ms
                 if re.match(rf"\s+(?i:{_TITLE})\s+[A-Z]", s.text[m.end:])
                 or re.search(r"\b(?:war|conflict|fighting)\s+between\s+(?:the\s+)?(?:[\w-]+\s+and\s+(?:the\s+)?)?$",
                              s.text[max(0, m.start - 40):m.start], re.I)
                 # (nor one named only in its currency's name: "520 billion won, or some 400 million U.S. dollars")
                 or re.match(r"\s*(?:dollars?|\$)", s.text[m.end:])}
        alone = named_most(co_recipients | aside)
        countries = countries if len(countries) == 1 or len(alone) != 1 or alone[0][1] != 1 else alone
        # (a country named most once the other's offices are set aside: "Prime Minister Anthony Albanese", "Defence Minister
        # Richard Marles" on a page about Australia that names "US Secretary of Defence Pete Hegseth" and the "US Department of
        # Defence" almost as often)
        if len(countries) == 2 and len(alone) == 2 and alone[0][0] == countries[0][0] and alone[0][1] >= 2 * alone[1][1] \
                and countries[0][1] < 2 * countries[1][1]:
            countries = alone
        lone = len(countries) == 1 and countries[0][1] == 1 and any(
            m.match.entity == countries[0][0] and not re.search(r"\b(?:from|and|of|to|in|for|with|by|at|on)\s+(?:the\s+)?$",
                                                                s.text[max(0, m.start - 12):m.start])
            # (its possessive too: "Bulgaria’s defence spending will reach 2.09% …, Defence Minister … said")
            and re.match(r"(?:['’]s)?\s+[a-z]", s.text[m.end:]) for s, ms in zip(sentences, mentions_of, strict=True) for m in ms)
        self.main_country = countries[0][0] if countries and (countries[0][1] >= 2 or lone) and (
            len(countries) == 1 or countries[0][1] >= 2 * countries[1][1]
            or (in_headline == {countries[0][0]} and countries[0][1] > countries[1][1])) else None
        # (or, of two states named as often, the one whose own spending or GDP the page speaks of: "… allocating five percent
        # of Slovenia’s GDP for defence purposes" over "the United States is no longer willing to bear the costs …")
        if self.main_country is None and len(countries) == 2 and countries[0][1] == countries[1][1]:
            owned = {m.match.entity for s, ms in zip(sentences, mentions_of, strict=True) for m in ms if m.match.type == "country"
                     and re.match(rf"['’]s?\s+(?:own\s+)?{_OWN_SPENDING}\b", s.text[m.end:])}
            both = owned & {countries[0][0], countries[1][0]}
            if len(both) == 1:
                self.main_country = next(iter(both))
        # (or, of two states named at least as often, the one not only named as where someone went or something was sent:
        # "Deputy Defense Minister Nikos Hardalias … after arriving in Poland …. Greece sent medical supplies …" and "the Greek
        # delegation to Poland" on a caption about Greece's aid)
        if self.main_country is None and len(countries) == 2:
            found_ids = {id(m) for m in found}  # (by identity: two mentions alike in two sentences compare equal)

            def only_a_place(state: str | None) -> bool:
                # (or what is given for or stood with: "more than $1 million to Palestine", "mobilise aid for Palestine", "stand
                # with Palestine" on a page about Malaysia's aid)
                # (or passed through: "it has arrived in Poland …", "sent … via Poland" on a page about Cyprus's aid)
                return all(re.search(r"\b(?:in|to|into|at|near|toward|towards|across|inside|for|with|via|through)\s+(?:the\s+)?$",
                                     s.text[max(0, m.start - 16):m.start])
                           for s, ms in zip(sentences, mentions_of, strict=True) for m in ms
                           if m.match.entity == state and id(m) not in co_recipients and id(m) in found_ids)
            (first, many), (second, fewer) = countries
            if only_a_place(second) and not only_a_place(first):
                self.main_country = first
            elif many == fewer and only_a_place(first) and not only_a_place(second):
                self.main_country = second
        # (or the state named most, more than any other, whose office the story's opening sentence gives its subject:
        # "Finnish President Alexander Stubb took part in a Ukraine support summit …" over a page that names Britain and
        # France as other backers)
        opening = next(((s, ms) for s, ms in zip(sentences, mentions_of, strict=True) if s.paragraph >= top), None)
        lead = next((m.match.entity for m in opening[1] if m.start <= 2 and m.match.type == "country"
                     and re.match(rf"(?:['’]s)?\s+(?i:{_TITLE})\s+[A-Z]", opening[0].text[m.end:])), None) if opening else None
        if self.main_country is None and lead is not None and countries and countries[0][0] == lead and countries[0][1] >= 2 \
                and (len(countries) == 1 or countries[0][1] > countries[1][1]):
            self.main_country = lead
        # (or, where setting the other's offices aside leaves two states named as often, the one the story's opening sentence
        # opens with: "The Czech Republic's lawmakers passed a 2026 defense budget …, despite significant pressure from both the
        # United States and President Petr Pavel" over a page that also names "US Ambassador Nicholas Merrick")
        opening_state = next((m.match.entity for m in opening[1] if m.match.type == "country" and m.match.entity not in (recipient, adversary)
                       and re.fullmatch(r"\s*(?:date\s+\d{4}-\d\d-\d\d\s+)?(?:The\s+)?", opening[0].text[:m.start])
                       and not re.match(r"\s*(?:,|and\b|or\b|&)", opening[0].text[m.end:])), None) \
            if opening else None
        if len(alone) == 2 and alone[0][1] == alone[1][1] and opening_state in (alone[0][0], alone[1][0]):
            self.main_country = opening_state
        # (or the state named most, more than any other, that the story's opening sentence opens with: "Estonia's defense spending
        # is set to be higher than the USA's this year …" over a league table that names the United States three times)
        if self.main_country is None and opening_state is not None and countries and countries[0][0] == opening_state \
                and countries[0][1] >= 3 and (len(countries) == 1 or countries[0][1] > countries[1][1]):
            self.main_country = opening_state
        # (or the one state the headline names, named at least twice and at least half as often as the other: "Russia Praises
        # Colombia for Not Exporting Russian Weapons to Ukraine" over a body that also says "the US", "US arsenal", "US ally")
        count = dict(countries)
        if len(countries) == 2 and len(in_headline) == 1 and (head := next(iter(in_headline))) == countries[1][0] \
                and count[head] >= 2 and 2 * count[head] > countries[0][1]:
            self.main_country = head
        # (and, whatever was named most, the state a headline opens with as the giver of its verb, named again on the page:
        # "Bolivia Sends Humanitarian Aid After Floods in Brazil" is Bolivia's page, whose minister speaks of Brazil throughout)
        def headline_state(verbs: str) -> str | None:
            """The state (not the aid's recipient or the war's other side) the headline opens with as the subject of one
            of ``verbs``."""
            return next((m.match.entity for s, ms in zip(sentences, mentions_of, strict=True) if s.paragraph == top for m in ms
                         if m.start <= 4 and m.match.type == "country" and m.match.entity not in (recipient, adversary)
                         # (a wire headline's future too: "Netherlands to provide $224M to Bolster Ukrainian air defence",
                         # "Germany will send …")
                         and re.match(rf"(?:['’]s)?\s+(?:Government\s+)?(?:(?i:to|will)\s+)?(?i:{verbs})\b", s.text[m.end:])), None)
        giver = headline_state(r"[Ss]ends?|[Gg]ives?|[Dd]onates?|[Dd]elivers?|[Pp]ledges?|[Pp]rovides?|[Dd]ispatch(?:es)?|"
                               r"[Hh]ands\s+[Oo]ver")
        if giver is not None and self.main_country != giver and sum(1 for m in found if m.match.entity == giver) >= 2:
            self.main_country = giver
        # (or, where nothing else decided, the state a headline opens with as the subject of any of its verbs, named again on
        # the page: "Ecuador Confirms US Weapons Swap Is Off After Russian Protest" over a body that names the US as often)
        # (a headline in sentence case too, and a buyer's: "Argentina inks deal to buy 24 F-16 jets from Denmark" over a body
        # that names the seller as often)
        subject = headline_state(rf"{HEADLINE_VERBS}|Cancels|Confirms|Rejects|Denies|Refuses|Inks|Buys|Purchases|Orders|Acquires|"
                                 r"Seals|Finali[sz]es|Completes")
        if self.main_country is None and subject is not None and sum(1 for m in found if m.match.entity == subject) >= 2:
            self.main_country = subject
        # (or the aid's usual recipient, where the page names no other state at all: "Ukraine's parliament approved the 2026
        # budget …, planning to allocate about 27.2% of the country's gross domestic product to the army and defence")
        if self.main_country is None and recipient is not None and sum(
                1 for m in found if m.match.entity == recipient and m.match.type == "country") >= 2 and not any(
                m.match.type == "country" and m.match.entity not in (recipient, adversary) and not re.search(
                    r"\b(?:from|to|with|by|in|of|for|and|or)\s+(?:the\s+)?$|,\s+(?:the\s+)?$", s.text[max(0, m.start - 12):m.start])
                for s, ms in zip(sentences, mentions_of, strict=True) for m in ms if not m.war and not m.maker):
            self.main_country = recipient  # (other states only as where money comes from: "resources from … the United Kingdom")
        # (or the one country the page names at all, in its own forces' or government's name: "The Government’s defence
        # spending will reach over 2% of GDP …" on a page that names only "the New Zealand Defence Force"; or its own
        # firms': "the government has earmarked 520 billion won …" on a page that names only "South Korean firms")
        if self.main_country is None and len(alone) == 1 and any(
                m.match.entity == alone[0][0] and re.match(r"\s+(?:Defen[cs]e\s+Forces?|Armed\s+Forces|Army|Navy|Air\s+Force|"
                                                           r"Government|Treasury|Parliament)\b", s.text[m.end:])
                or m.match.entity == alone[0][0] and m.match.how == "demonym" and _OWN_FIRMS.match(s.text, m.end)
                for s, ms in zip(sentences, mentions_of, strict=True) for m in ms):
            self.main_country = alone[0][0]
        # (or, on a page that names no state at all but in its own forces' proper name, whose war the mention is read as, that
        # state: "The Chairperson of the newly sworn-in Ghana Armed Forces Council, Vice President Professor Nana Jane
        # Opoku-Agyemang, …")
        own_forces = {m.match.entity for s, ms in zip(sentences, mentions_of, strict=True) for m in ms
                      if m.war and m.match.type == "country" and m.match.how != "demonym"
                      and re.match(r"\s+(?:Defen[cs]e\s+Forces?|Armed\s+Forces|Army|Navy|Air\s+Force)\b", s.text[m.end:])}
        if self.main_country is None and not countries and len(own_forces) == 1 and own_forces.isdisjoint({recipient, adversary}):
            self.main_country = next(iter(own_forces))
        # (and never a country the page names only as one spoken of, after a preposition: "concerns from Belgium", "a success
        # for both Belgium and Germany" on Luxembourg's broadcaster, whose prime minister is no Belgian)
        # (its own sovereignty is no country spoken of: "the questioning of Cyprus’ sovereignty" on a page about Cyprus)
        if self.main_country is not None and not any(
                m.match.entity == self.main_country and m.match.type == "country" and id(m) not in gift_for and (not re.search(
                    # (a word, never the end of a hyphened one: "the newly sworn-in Ghana Armed Forces Council")
                    r"(?<![\w-])(?:from|for|of|to|in|into|with|by|against|on|at|about|between|over|toward|towards)\s+(?:the\s+|both\s+|either\s+)?$",
                    s.text[max(0, m.start - 16):m.start], re.I) or re.match(r"['’]s?\s+(?:own\s+)?(?:sovereignty|territorial|territory|"
                                                                              rf"security|defen[cs]e|independence|{_OWN_SPENDING})\b",
                                                                              s.text[m.end:])
                    or m.match.how == "demonym" and _OWN_FIRMS.match(s.text, m.end)
                    # (nor its own government or parliament by its adjective: "by the Polish government", "of the Polish
                    # Parliament" on the Polish defence ministry's page)
                    or m.match.how == "demonym" and re.match(r"\s+(?i:government|parliament|cabinet|army|armed\s+forces)\b", s.text[m.end:])
                    # (nor its aid, by its adjective or as where the aid comes from: "The first shipment of Cypriot
                    # humanitarian aid …", "a second humanitarian aid package from Cyprus to Ukraine" on a page about Cyprus's aid)
                    or m.match.how == "demonym" and re.match(r"\s+(?:(?:humanitarian|military|financial|economic)\s+)?(?:aid|assistance|"
                                                             r"support|donations?|contributions?)\b", s.text[m.end:])
                    or re.search(r"\b(?:aid|package|assistance|shipments?|mission|donations?|contributions?|supplies|consignment)\s+"
                                 r"(?:[a-z]+\s+){0,2}from\s+(?:the\s+)?$", s.text[max(0, m.start - 50):m.start]))
                for s, ms in zip(sentences, mentions_of, strict=True) for m in ms):
            self.main_country = None
        # (or, on a page that names no state at all but the story's capital as a place, that capital's state: "President
        # Gitanas Nausėda met with MP Kasčiūnas at the Presidential Palace in Vilnius" on a page that never writes "Lithuania";
        # never where it names an alliance or another body, whose meeting the city may only host: "NATO leaders met in The
        # Hague")
        if self.main_country is None and not countries and self.main_org is None:
            cities = {self.g.capitals.get(norm(c)) for c in self.g.capitals_as_written()
                      if any(re.search(rf"\b{re.escape(c)}\b", s.text) for s in sentences)} - {recipient, adversary, None}
            if len(cities) == 1:
                self.main_country = next(iter(cities))
        # (or, on a page that names no state at all, the state whose own currency is the only one its sums are written in: "Tk
        # 42,095 crore has been proposed for the Defence Ministry …" then "Finance Minister AHM Mustafa Kamal made the
        # announcement" is Bangladesh's; never a currency many states use or one a page of aid quotes for all)
        # (or names it only as its people's or its bodies' adjective: "Tinubu assured Nigerians …", "the Nigerian Police Force")
        if self.main_country is None and self.main_org is None:
            currencies = {m.currency for s in sentences for m in find_money(s.text)}
            issuer = issuing_state(next(iter(currencies))) if len(currencies) == 1 else None
            state = self.g.country_ids.get(issuer) if issuer is not None else None
            if state not in (recipient, adversary, None) and all(c == state for c, _ in countries):
                self.main_country = state
        # the donor of an article whose headline names one giver ("Denmark increases Ukraine aid by billions"),
        # for a sentence that names none ("It increases the total support … to DKK 64.8 billion")
        # (never a country named as what the aid is for: "House Passes Taiwan Aid Bill")
        headline = {m.match.entity for s, ms in zip(sentences, mentions_of, strict=True) if s.paragraph == top for m in ms
                    if m.match.type == "country" and m.match.entity not in (recipient, adversary)
                    and not re.match(r"['’]?s?\s+(?:aid|funding|support|assistance|security)\b", s.text[m.end:], re.I)
                    # (nor where something happened: "… at the NATO summit in Vilnius, Lithuania")
                    and not re.search(r"\b(?:in|at|near)\s+(?:the\s+)?(?:[A-Z][\w’'-]+,\s+)?$", s.text[max(0, m.start - 30):m.start])
                    # (nor one the aid goes to: "… granting emergency humanitarian aid to the Republic of Moldova, Ukraine …")
                    and not re.search(r"\b(?:aid|assistance|support|help|funding|grants?|loans?|donations?)\b[^.;]{0,40}\b(?:to|for)\s+(?:the\s+)?$",
                                      s.text[max(0, m.start - 90):m.start])}
        self.article_donor = next(iter(headline)) if len(headline) == 1 else self.main_country
        # (never a country the page says stays out of it: "Hungary will not participate in the loan", "Hungary, Slovakia, and
        # the Czech Republic formally refused to participate", "these funds are being blocked by … Viktor Orban" — a page
        # about the EU's loan that names the refuser most; the giving group the page names most gives then, if any)
        if self.article_donor is not None and any(
                m.match.entity == self.article_donor and (_REFUSES.match(s.text, m.end) or re.search(
                    r"\b(?:blocked|vetoed|opposed)\s+by\b[^.;]{0,40}$", s.text[max(0, m.start - 60):m.start]))
                for s, ms in zip(sentences, mentions_of, strict=True) for m in ms):
            self.article_donor = None
        # (a page about a group's giving that names no country as its own: the group, "European Union leaders agreed …",
        # then "“Decision to provide 90 billion euros …”," Costa said)
        if self.article_donor is None and self.main_org in self.g.group_labels and self.main_org not in self.g.named_givers:
            self.article_donor = self.main_org
        # whether the article names the default recipient at all (a pledge is given to it only where it does)
        self.names_recipient = any(m.match.entity == recipient for ms in mentions_of for m in ms)
        # whether the article says which dollar it means anywhere (then a bare "$" is the US dollar), or is a US or
        # international wire's copy, which writes every sum in US dollars ("MELBOURNE, Australia (AP) — … valued at $163
        # million"; never "(AAP)", whose "$" is Australia's)
        self.explicit_dollars = any(re.search(r"US\$|\bUSD\b|U\.S\. dollars|\bUS dollars|[A-Z]{1,2}\$|\b(?:CAD|AUD|NZD)\b|"
                                              r"(?:Canadian|Australian|New Zealand) dollars|\((?:AP|AFP|Reuters)\)\s*[—–-]|"
                                              # (and the Russian and Chinese wires', which write sums in US dollars too:
                                              # "MOSCOW, October 16. /TASS/. … $20 million from Canada")
                                              r"/TASS/|\(Xinhua\)",
                                              s.text) for s in sentences)
        # (but not where the page's own bracket shows its bare "$" is another dollar: "A$800,000 ($873,987)" in a New Zealand
        # paper, whose "an initial package of $450,000" from New Zealand is then New Zealand's)
        if self.explicit_dollars and dollar_of_brackets([s.text for s in sentences], self.day) not in (None, "USD"):
            self.explicit_dollars = False
        # (nor where the page marks its US dollars after the sum, as it must where its bare "$" is another: "2 million Kina
        # ($500,000 USD)" beside the Australian Government's "$2.5 million" on a Papua New Guinean page)
        if self.explicit_dollars and any(re.search(r"\$\s?[\d.,]+(?:\s*(?:million|billion|m|bn))?\s+USD\b", s.text) for s in sentences):
            self.explicit_dollars = False
        for s, mentions in zip(sentences, mentions_of, strict=True):
            # a country's name that is the surname of a person this article named is that person ("Montenegro, accompanied
            # by Foreign Minister Paulo Rangel …" after "Portuguese Prime Minister Luís Montenegro"), unless it reads as a place
            mentions = [self._as_person_named(s.text, m) for m in mentions]
            if self.paragraph_country is not None and self.paragraph_country[0] != s.paragraph:
                self.previous_paragraph_country = self.paragraph_country  # (for a paragraph a title opens: see RoleRules)
            if self.paragraph_country is None or self.paragraph_country[0] != s.paragraph:
                # the country a paragraph opens with as its subject ("Poland also recently confirmed …")
                # (not the city the story was filed from: "Brussels, 5 June 2025 (MIA) - One of the key points …")
                opener = next((m for m in mentions if m.start <= 4 and m.match.type == "country"
                               and m.match.entity not in (recipient, adversary)
                               and not opens_dateline(s.text, m.start, m.end, m.match.how)
                               # (not the first of a list: "Hungary, Slovakia, and Czechia will not take part …")
                               and not re.match(r",?\s+(?:and\s+)?(?:the\s+)?[A-Z]", s.text[m.end:m.end + 8])), None)
                self.paragraph_country = (s.paragraph, opener.match.entity) if opener is not None and opener.match.entity else None
            self.pledged_here = False
            self.targeted_here = False
            self.targets_here = []
            self.note_honoured(s.text)
            self.person_before = self.last_person  # (a role this sentence gives moves last_person to its holder)
            for rule in (self.roles, self.pledges, self.targets, self.claims):
                for c in rule(s, mentions):
                    required = {"pledge": ("donor", "recipient"), "target": ("actor",)}.get(c.kind, ())
                    if any(c.fields.get(k) is None for k in required):
                        continue
                    if c.kind == "pledge" and c.fields["donor"] == c.fields["recipient"]:
                        continue  # "Sweden … loan-backed investments worth SEK 300 billion": its own money, given to no one
                    self.pledged_here = self.pledged_here or c.kind == "pledge"
                    self.targeted_here = self.targeted_here or c.kind == "target"
                    if c.kind == "target":
                        self.targets_here.append(c)
                    if c.kind == "pledge":
                        # a figure read before with its giver, named again with none ("NATO leaders … pledged €40 billion"
                        # then "“We have agreed that €40 billion is a minimum baseline …”"): that giver's, not the page's; or
                        # named again with another state in a later clause after it ("The EU … with a €500 million package …"
                        # then "“… this is going to be a €500 million package … and Ireland will contribute fully our fair
                        # share to that fund …”"): the giver read first
                        # (a speaker's state taken as the giver is assumed too: "“The OSA grant worth 600 million yen … will help
                        # boost the efforts of our Department of National Defense,” added Marcos" restates Japan's grant)
                        assumed = "donor-of-article" in c.adjustments or "donor-from-office" in c.adjustments
                        named = next((o for o in out if o.kind == "pledge" and o.fields.get("amount") == c.fields.get("amount")
                                      and o.fields.get("currency") == c.fields.get("currency")
                                      and ("donor-of-article" not in o.adjustments if assumed else
                                           o.fields.get("donor") != c.fields.get("donor") and o.evidence.start != c.evidence.start)), None)
                        if named is not None and named.fields.get("donor") != c.fields.get("donor") \
                                and (assumed or _giver_in_later_clause(c)):
                            c.fields["donor"], c.matches = named.fields["donor"], named.matches[:1] + c.matches[1:]
                    if c.key() not in seen:
                        seen[c.key()] = c
                        out.append(c)
                    elif c.kind == "target":
                        # the same goal again, still undated: a deadline the next sentence gives it is the kept one's ("Why
                        # is a defense effort of 2% of GDP insufficient for France?" over "… to bring France's defense effort
                        # to 2% …" then "… from 2019 to 2025 aimed at achieving this objective")
                        at, pending = self.undated_targets
                        self.undated_targets = (at, [seen[c.key()].fields if f is c.fields else f for f in pending])
                    elif c.kind == "pledge":  # the same pledge again: what it restates still drops a headline's copy
                        kept = seen[c.key()]
                        again.append((kept, c))
                        kept.restated += tuple(r for r in c.restated if r not in kept.restated)
                        # a headline's figure the body states again is no mere summary of another body figure
                        first_body = _title(kept) and not _title(c) and not kept.in_body
                        kept.in_body = kept.in_body or (_title(kept) and not _title(c))
                        for told in ("aid_type", "status"):
                            if kept.fields.get(told) in (None, "unspecified") and c.fields.get(told) not in (None, "unspecified"):
                                # "Brazil pledges $1.3 million aid for conflict-hit Syrians" over "… a $1.3 million donation for
                                # humanitarian assistance …": the kind of aid (and the status) the fuller statement of the same
                                # pledge names ("UN pumps in US$5.5 mln …" over "The United Nations has announced the release of …")
                                kept.fields[told] = c.fields[told]
                        if (_title(kept) or _subheading(kept)) and not _title(c) and kept.fields.get("figure") == "package" \
                                and c.fields.get("figure") not in (None, "package"):
                            # "Poland Reaffirms €4B Military Aid" over "… has already contributed €4 billion": a headline
                            # has no room to say what kind of figure it gives; the body does (so too a subheading's:
                            # "Switzerland contributed CHF 1.3 billion" over "… has already spent CHF 1.3 billion on Ukraine")
                            kept.fields["figure"] = c.fields["figure"]
                        elif first_body and kept.fields.get("figure") == "running-total" \
                                and c.fields.get("figure") == "package" and c.share_of is None:
                            # "South Korea’s aid to Ukraine to increase to $2.3bn" over "South Korea will provide Ukraine with
                            # an aid package totalling $2.3 billion": what the body calls the sum wins over a headline's verb
                            kept.fields["figure"] = "package"
        # a copy dropped as the same pledge again, read later as a share of a larger one ("Canada is giving Ukraine C$300
        # million …" then "The new money is part of a C$2 billion aid package"), makes the copy kept (the headline's) a share
        for kept, copy in again:
            if copy.share_of is not None and kept.share_of is None and kept.fields.get("figure") == "package":
                kept.fields["figure"], kept.share_of = copy.fields["figure"], copy.share_of
        # a share whose whole was found again in a later sentence (and so dropped there) is part of the one kept
        for c in out:
            if c.share_of is not None and not any(c.share_of is o for o in out) and c.share_of.key() in seen:
                c.share_of = seen[c.share_of.key()]
        parts_across(out)
        self._recipient_of_page(out, sentences, mentions_of)
        # the alliance's share named again with no year on a page that gave its deadline is that goal, not a second one ("In
        # 2014, all NATO member countries agreed to meet the 2 % … guideline by 2024." then "A Norwegian commitment to NATO’s 2 %
        # target is vital …")
        alliance = self._alliance()
        dated = {str(c.fields.get("percent_gdp")) for c in out if c.kind == "target" and c.fields.get("actor") == alliance
                 and c.fields.get("year")}
        out = [c for c in out if not (c.kind == "target" and c.fields.get("actor") == alliance and not c.fields.get("year")
                                      and str(c.fields.get("percent_gdp")) in dated)]
        # a speaker the headline named by surname alone ("…,' Erdoğan says"), named in full further on: the full name
        for c in out:
            key, match = _person_of(c)
            if key and match is not None and not match.entity and len(match.name.split()) == 1:
                full = self.seen_person(match.name)
                if full is not None and len(full.name.split()) >= 2 and c.fields.get(key) == _slug(match.name):
                    c.fields[key] = full.entity or _slug(full.name)
        return _without_restatements(_without_quoted_phrases(self._resolve_offices(_one_spelling(out))), self._alliance(),
                                     self.money_pairs)

    def _recipient_of_page(self, out: list[Candidate], sentences: list[Sentence], mentions_of: list[list[Mention]]) -> None:
        """On a page that never names the usual recipient, a pledge that named none goes to the state the page names most
        that gives nothing on it (and is not the war's other side), never to the usual recipient assumed: "China is giving $5
        million in aid to the victims of Herat earthquake" on a page about Afghanistan. Left as it is where no such state is
        named at least twice."""
        if self.names_recipient or self.g.recipient is None:
            return
        givers = {c.fields.get("donor") for c in out if c.kind == "pledge"}
        adversary = self.g.country_ids.get(domain().adversary)
        # (never a state named only in its currency's name: "100 million US dollars")
        named = Counter(m.match.entity for s, ms in zip(sentences, mentions_of, strict=True) for m in ms
                        if m.match.type == "country" and not m.war and not _DOLLARS_AFTER.match(s.text, m.end)
                        and m.match.entity not in givers and m.match.entity not in (adversary, self.g.recipient))
        top = named.most_common(2)
        if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
            return
        for c in out:
            if c.kind == "pledge" and c.fields.get("recipient") == self.g.recipient and "default-recipient" in c.adjustments:
                c.fields["recipient"] = top[0][0]

    def _as_person_named(self, text: str, m: Mention) -> Mention:
        """A country's name that is the surname of a person this article named, as that person ("Montenegro, accompanied by
        Foreign Minister Paulo Rangel …" after "Portuguese Prime Minister Luís Montenegro"), unless it reads as a place."""
        if m.match.type != "country" or " " in m.match.name.strip():
            return m
        person = self.seen_people.get(text[m.start:m.end])
        # (only a person who holds an office here, and never the country the article is about: "Ukraine's ambassador to
        # Ireland Andriy Andriyenko" misread as one name must not turn every "Ireland" into him)
        if person is None or person.type != "person" or " " not in person.name \
                or self._key(person) not in self.person_roles or m.match.entity in (self.main_country, self.article_donor) \
                or re.search(r"\b(?:of|in|to|from|for|with|and|at)\s+(?:the\s+)?$", text[max(0, m.start - 10):m.start]):
            return m
        return Mention(m.start, m.end, person)

    def _times_named(self, person: str, candidates: list[Candidate]) -> int:
        """How often the article writes ``person``'s family name (the workspace's label, else the name a candidate read)."""
        name = self.g.labels.get(person) or next((m.name for c in candidates for m in c.matches
                                                  if m.type == "person" and (m.entity or _slug(m.name)) == person), "")
        surname = name.split()[-1] if name.split() else ""
        text = " ".join(self.paragraph_texts.values())
        return len(re.findall(rf"\b{re.escape(surname)}\b", text)) if surname else 0

    def _surname_alone(self, surname: str) -> Match | None:
        """The person a surname after a title stands for where the page never gives the full name ("President Obama" on a
        page that never writes "Barack"): the person as the page writes them; None for a word that is no surname (a title
        word, a state's name) or one the page gives in full."""
        if not re.fullmatch(r"[A-Z][a-z’'-]{2,}", surname) or surname in domain().not_names or self.g.country_or_org(surname) \
                or any(m.type == "person" and len(m.name.split()) > 1 and m.name.split()[-1] == surname for m in self.seen_people.values()):
            return None
        return Match(surname, None, "person", 0.0, "seen")

    def _resolve_offices(self, candidates: list[Candidate]) -> list[Candidate]:
        """Speakers named by an office alone before the article named its holder (see
        :meth:`SpeakerRules._office_alone`): the one person the whole article gives that office
        (of that country, when one was named), or the claim is dropped."""
        out = []
        named_after: list[Candidate] = []  # offices given to the person named after their stand-in (see below)
        for index, c in enumerate(candidates):
            match = c.matches[0] if c.kind == "claim" and c.matches else None
            if match is None or match.how != "office":
                out.append(c)
                continue
            role, org = match.name.split("|")
            if role == "pronoun":
                # "“…,” she said" opening the excerpt: the next person who speaks, quoted or announcing a goal, in this
                # paragraph or the next ("“Ukraine is the difference. …,” she said" then "Denmark would also boost military
                # spending …, Frederiksen said")
                later = sorted([(r.evidence.start, r.evidence.paragraph, r.matches[0]) for r in candidates[index + 1:]
                                if r.kind == "claim" and r.matches and r.matches[0].how != "office" and r.matches[0].type == "person"]
                               + [(g.start, g.paragraph, who.match) for who, g in self.goal_speakers if who.match.type == "person"],
                               key=lambda x: x[0])
                following = next(((at, para, m) for at, para, m in later if at > c.evidence.start), None)
                if following is not None and c.evidence.paragraph <= 2 and 0 <= following[1] - c.evidence.paragraph <= 1:
                    person = self.seen_person(following[2].name) if not following[2].entity else None
                    person = person if person is not None and len(person.name) > len(following[2].name) else following[2]
                    c.fields["speaker"] = person.entity or _slug(person.name)
                    c.matches = [person, *c.matches[1:]]
                    out.append(c)
                continue
            # ("the Ukrainian leader": whoever heads that country, by whichever title)
            roles = {"president", "prime-minister", "chancellor"} if role == "leader" else {role}
            holders = [p for p, held in self.person_roles.items() if roles & held and (not org or self.person_orgs.get(p) == org)]
            if len(holders) > 1:  # (a former holder named too, "former PM Rishi Sunak": the one who holds it now)
                now = [p for p in holders if any(r.kind == "role" and r.fields["person"] == p and r.fields["role"] in roles
                                                 and r.fields.get("status") != "former" for r in candidates)]
                holders = now if len(now) == 1 else holders
            if len(holders) > 1 and not org and self.main_country:
                # ("“…,” said the leftist president" on a page about Colombia that also names the US president: Colombia's)
                own = [p for p in holders if self.person_orgs.get(p) == self.main_country]
                holders = own if len(own) == 1 else holders
            known_named: Match | None = None
            if holders and not org:
                # ("“We're protecting Germany and they're delinquent …,” the President said" on a page that names "Trump" often
                # and "Russian President Vladimir Putin" once, in a caption: a holder the workspace knows, named here, weighs
                # too; the one the page names most speaks, and where two are named as often, no one)
                named = {m.entity: m for m in [*self.seen_people.values(), *(m for r in candidates for m in r.matches)]
                         if m.entity and m.type == "person"}
                known = [p for (p, r), _ in self.offices.items() if r in roles and p in named and p not in holders]
                if known:
                    times = {p: self._times_named(p, candidates) for p in holders + known}
                    most = [p for p in times if times[p] == max(times.values())]
                    holders = most if len(most) == 1 else holders + known
                    known_named = named.get(holders[0]) if len(holders) == 1 and holders[0] in known else None
            if org.startswith("~"):  # "Minister Anušić" before the story named him: the one minister of that surname
                # ("President Erdoğan": the one president of that surname, given the office with or without its state)
                surname = "-" + _slug(org[1:])
                holders = [p for p, held in self.person_roles.items() if p.endswith(surname)
                           and (any(r.endswith("minister") for r in held) if role == "minister" else roles & held)]
                titled = {m.entity or _slug(m.name): m for r in roles for m in self.titled.get(r, [])}
                holders = holders or [p for p in titled if p.endswith(surname)]
            person = next((r.matches[0] for r in (*candidates, *named_after) if r.kind == "role" and len(holders) == 1
                           and r.fields["person"] == holders[0] and r.matches), None)
            person = person or known_named
            if person is None and org.startswith("~") and len(holders) == 1 and holders[0] in titled:
                person = titled[holders[0]]  # (titled with no state the page could tell: no role, still the speaker)
            if person is None and org.startswith("~") and not holders and (alone := self._surname_alone(org[1:])) is not None:
                # (a surname after a title the page never gives in full, "President Obama called this …": the person as the
                # page writes them, with no office, the state of which the title does not tell)
                holders, person = [_slug(alone.name)], alone
            if not holders and not org:
                # (no holder and no state: the one person the page gives that title before a surname alone, "The President
                # began his remarks …" on a page that writes "President Obama" and never his full name)
                surnamed = {r.matches[0].name.split("~", 1)[1] for r in candidates if r.kind == "claim" and r.matches
                            and r.matches[0].how == "office" and r.matches[0].name.startswith(f"{role}|~")}
                if len(surnamed) == 1 and (alone := self._surname_alone(next(iter(surnamed)))) is not None:
                    holders, person = [_slug(alone.name)], alone
            if not holders and not org:
                # (no holder and no state: the one person the page titled so with no state it could tell, "The premier renewed
                # her appeal to Moscow “…”" after "declared Prime Minister Giorgia Meloni" on a page that never names Italy)
                # (one person under two spellings a letter apart, "Prime Minister Giorgia Melons" later, is one)
                titled = {}
                for m in (m for r in roles for m in self.titled.get(r, [])):
                    key = m.entity or _slug(m.name)
                    if not any(_a_letter_apart(key, other) for other in titled):
                        titled.setdefault(key, m)
                if len(titled) == 1:
                    holders, person = list(titled), next(iter(titled.values()))
            if not holders and not org.startswith("~"):
                # (no holder named with the office here: the one person the workspace knows in it whom the page names, "The
                # Ukrainian president also confirmed that …" after "Zelensky explained …")
                named = {m.entity: m for m in [*self.seen_people.values(), *(m for r in candidates for m in r.matches)]
                         if m.entity and m.type == "person"}
                known = [p for (p, r), o in self.offices.items() if r in roles and (not org or o == org) and p in named]
                if len(known) == 1:
                    holders, person = known, named[known[0]]
            # (an office with no state on a page whose state is known, "…, the foreign minister said in parliament on Tuesday."
            # then "Péter Szijjártó said …" on a page about Hungary: that state's)
            org = org or (self.main_country if not holders and role != "leader" else None) or ""
            if not holders and org and not org.startswith("~") and role != "leader" and c.evidence.paragraph <= 3:
                # (or, in wire copy that gives the office in its lede and the name a sentence later, the next person quoted,
                # whom the article gives no office: "Ukraine's prime minister urged Japan … ." then "“…,” Denys Shmygal told a
                # conference …"; a paragraph further after a headline's "… – Bulgarian Defence Minister", the lede naming him
                # first: "Minister Todor Tagarev said at a press conference …" then his quotation)
                after = candidates[index + 1:]
                nxt = next((r for r in after if r.kind == "claim" and r.matches and r.matches[0].how != "office"), None)
                who = nxt.matches[0] if nxt is not None else None
                if nxt is not None and who is not None and " " in who.name and (who.type == "person" or (
                        who.type is None and _plausible(who.name, who) and not any(self.g.country_or_org(w) for w in who.name.split()))) \
                        and nxt.evidence.paragraph - c.evidence.paragraph <= (2 if c.rule == "claim:headline-colon" else 1) \
                        and not self.person_roles.get(nxt.fields["speaker"]):
                    holders, person = [nxt.fields["speaker"]], who
                    state = Match(self.g.labels.get(org, org), org, "country", 100.0, "label")
                    named_after.append(Candidate.scored("role", {"person": holders[0], "role": role, "organization": org,
                                                                 "status": "current"},
                                                        nxt.evidence, "role:title-reference", [who, state], "office-named-after",
                                                        *(() if who.entity else ("new-entity",))))
                    out.append(named_after[-1])
                    self.person_roles.setdefault(holders[0], set()).add(role)
                    self.person_orgs.setdefault(holders[0], org)
            if person is not None:
                c.fields["speaker"] = holders[0]
                c.matches = [person, *c.matches[1:]]
                out.append(c)
        return out


def _person_of(c: Candidate) -> tuple[str | None, Match | None]:
    """The field that names a role's or a claim's person ("person", "speaker") and the name the rule matched for it."""
    key = "speaker" if c.kind == "claim" else "person" if c.kind == "role" else None
    return key, (c.matches[0] if key and c.matches else None)


def _a_letter_apart(a: str, b: str) -> bool:
    """Whether two slugs of names are one name with one letter of the family name changed ("giorgia-meloni",
    "giorgia-melons").

    >>> _a_letter_apart("giorgia-meloni", "giorgia-melons"), _a_letter_apart("giorgia-meloni", "giorgia-moloni")
    (True, True)
    >>> _a_letter_apart("giorgia-meloni", "giorgia-meloni"), _a_letter_apart("anna-berger", "anna-bergen-smith")
    (False, False)
    """
    first_a, _, last_a = a.partition("-")
    first_b, _, last_b = b.partition("-")
    return first_a == first_b and len(last_a) == len(last_b) >= 5 and sum(x != y for x, y in zip(last_a, last_b, strict=True)) == 1


def _one_spelling(candidates: list[Candidate]) -> list[Candidate]:
    """One person per name spelt two ways in one article ("Petr Fiala" and, in a later paragraph,
    "Peter Fiala"; "Volodymyr"/"Volodimir"): a new name with the same family name as a person named
    before, and a first name with the same initial and nearly the same letters, is that person."""
    from difflib import SequenceMatcher

    first: dict[str, Match] = {}  # family name → the first spelling of a new person's name
    seen_keys: set = set()
    out = []
    # (and a new name that is the end of one fuller name the article gives: the headline's "…, De Wever tells European
    # leaders" is the story's "Belgian Prime Minister Bart De Wever")
    full = {m.name: m for m in (_person_of(c)[1] for c in candidates) if m is not None and len(m.name.split()) >= 2}
    for c in candidates:
        key, match = _person_of(c)
        if key and match is not None and match.entity is None and c.fields.get(key) == _slug(match.name):
            longer = [m for name, m in full.items() if name.endswith(" " + match.name)]
            # (or the start of one, where none ends with it, as Malaysian copy names a person again by the given name: "Foreign
            # Minister Datuk Seri Mohamad Hasan", then "Mohamad said …")
            longer = longer or [m for name, m in full.items() if name.startswith(match.name + " ")]
            if len(longer) == 1:
                c.fields[key] = longer[0].entity or _slug(longer[0].name)
                c.matches = [longer[0], *c.matches[1:]]
    # (and a new name with a middle name, a caption's "Todor Dimitrov Tagarev", that the text writes without it, "Minister Todor
    # Tagarev said …": one person, named as the text names them)
    short = {(words[0], words[-1]): m for m in full.values() if m.entity is None and len(words := m.name.split()) == 2}
    for c in candidates:
        key, match = _person_of(c)
        words = match.name.split() if key and match is not None and match.entity is None else []
        if len(words) == 3 and key and c.fields.get(key) == _slug(" ".join(words)) and re.fullmatch(r"[A-Z][a-z]{2,}", words[1]) \
                and (two := short.get((words[0], words[2]))) is not None:
            c.fields[key] = _slug(two.name)
            c.matches = [two, *c.matches[1:]]
    for c in candidates:
        key, match = _person_of(c)
        if key and match is not None and match.entity is None and c.fields.get(key) == _slug(match.name) and len(match.name.split()) == 2:
            given, family = match.name.split()
            # (the family name spelt the same, or nearly, with or without accents: "André Groenwald", then a post's "Andre
            # Groenewald")
            folded = ascii_folded(family).lower()
            near = next((m for f, m in first.items() if f == folded or (len(f) >= 7 and len(folded) >= 7
                                                                           and SequenceMatcher(None, f, folded).ratio() >= 0.9)), None)
            earlier = near if near is not None else first.setdefault(folded, match)
            other = ascii_folded(earlier.name.split()[0])
            if earlier.name != match.name and ascii_folded(given)[0] == other[0] \
                    and SequenceMatcher(None, ascii_folded(given), other).ratio() >= 0.75:
                c.fields[key] = _slug(earlier.name)
                c.matches = [earlier, *c.matches[1:]]
        if c.key() in seen_keys:
            continue  # the same fact, once the two spellings are one person
        seen_keys.add(c.key())
        out.append(c)
    return out


#: What follows a state that stays out of a giving: "Hungary will not participate in the loan", "Hungary, Slovakia, and the
#: Czech Republic formally refused to participate", "Hungary is not taking part", "the Hungarian government had decided to
#: block …", "calls on Hungary to immediately stop blocking EU funds"; or the one a giving is "blocked by".
_REFUSES = re.compile(r"(?:,\s*(?:and\s+)?(?:the\s+)?[A-Z][\w ]{2,30}?)*\s+(?:government\s+)?(?:(?:has|had|have)\s+)?(?:formally\s+|also\s+)?"
                      r"(?:(?:(?:will|would|does|do|did|is|are)\s*(?:not|n['’]t)|won['’]t)\s+"
                      r"(?:participate|take\s+part|taking\s+part|participating|join|be\s+part)|"
                      r"refused?\s+to\s+(?:participate|take\s+part|join|contribute)|refuses\s+to\s+(?:participate|take\s+part|join)|"
                      r"decided\s+to\s+block|blocks|blocked|is\s+blocking|vetoe[sd]|is\s+totally\s+out|to\s+(?:\w+\s+)?stop\s+blocking)\b")


def _title(c: Candidate) -> bool:
    """Whether a candidate comes from the article's headline: its first paragraph, or a line at the top that no
    full stop ends (a page's section label can come before the headline)."""
    return c.evidence.paragraph == 0 or (c.evidence.start < 400 and not re.search(r"[.!?\"”’:)]$", c.evidence.text.rstrip()))


def _giver_in_later_clause(c: Candidate) -> bool:
    """Whether a pledge's giver is named after its sum, in a later clause ("… a €500 million package …, and Ireland will
    contribute …"), never as where the money comes from ("from", "by")."""
    if not c.matches or not c.span:
        return False
    at = c.evidence.text.lower().find(c.matches[0].name.lower())
    return at > c.span[1] and bool(re.search(r",|\b(?:and|but|while|whereas)\b", c.evidence.text[c.span[1]:at])) \
        and not re.search(r"\b(?:from|by)\s+(?:the\s+)?$", c.evidence.text[:at])


def _subheading(c: Candidate) -> bool:
    """Whether a candidate comes from a short line inside the page that no full stop ends (a section's heading)."""
    text = c.evidence.text.strip()
    return len(text) <= 80 and not re.search(r"[.!?\"”’:;,)]$", text)


_ROUNDED = re.compile(r"\b(nearly|almost|just\s+under|over|more\s+than|just\s+over|about|around|approximately|roughly|some)\s+"
                      r"(?:[A-Z]{3}\s?|[$€£¥])?$")


def _rounds_to(rounded: Candidate, exact: Candidate) -> bool:
    """Whether ``rounded``'s amount, written as an approximation ("nearly NZD 26 million"), is ``exact``'s rounded to
    as many significant digits, on the side its word says (nearly 26 → 25.9; over 9 → 9.4), same donor and currency.

    Used only for the first figure an article gives a donor: a lede summarises what the body then states exactly
    ("about €100 million" for a previous package, later in the article, is another pledge)."""
    words = _ROUNDED.search(rounded.evidence.text[:rounded.span[0]])
    if words is None or rounded.fields.get("currency") != exact.fields.get("currency") \
            or rounded.fields.get("donor") != exact.fields.get("donor") or rounded.fields.get("figure") != exact.fields.get("figure"):
        return False
    a, b = Decimal(str(rounded.fields["amount"])), Decimal(str(exact.fields["amount"]))
    if a == b:
        return False
    # the exact figure rounded at the approximate one's last significant digit (26 million: the millions)
    exponent = a.normalize().as_tuple().exponent
    if not isinstance(exponent, int) or b.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP) != a:
        return False
    word = words.group(1).split()[-1]
    return b < a if word in ("nearly", "almost", "under") else b > a if word in ("over", "than") else True


def _approximates(c: Candidate, earlier: Candidate) -> bool:
    """Whether ``c`` ("more than $500m") approximates, in another currency, what ``earlier`` (same donor, given in its
    own currency with a conversion: "500 million euros ($578 million)") was converted to. Before or after it: a lede's
    "worth more than $200 million" is the body's "almost €200 million ($207 million)".

    >>> from types import SimpleNamespace as NS
    >>> s = NS(text="a package worth more than $500m", start=90)
    >>> c = NS(kind="pledge", fields={"donor": "nl", "amount": "500000000", "currency": "USD"}, evidence=s, span=(26, 31))
    >>> e = NS(kind="pledge", fields={"donor": "nl", "amount": "500000000", "currency": "EUR", "amount_usd": "578000000"},
    ...        evidence=NS(text="", start=0), restated=())
    >>> _approximates(c, e), _approximates(c, NS(**{**vars(e), "fields": {**e.fields, "amount_usd": "700000000"}}))
    (True, False)
    """
    if earlier is c or earlier.fields.get("donor") != c.fields.get("donor") \
            or earlier.fields.get("currency") == c.fields.get("currency"):
        return False
    words = _ROUNDED.search(c.evidence.text[:c.span[0]])
    if words is None:
        return False
    value, word = Decimal(str(c.fields["amount"])), words.group(1).split()[-1]
    converted = [Decimal(str(a)) for a, cur in (*earlier.restated, (earlier.fields.get("amount_usd"), "USD"))
                 if a and cur == c.fields.get("currency")]
    if word in ("over", "than"):
        return any(value < u <= value * Decimal("1.25") for u in converted)
    if word in ("nearly", "almost", "under"):
        return any(value * Decimal("0.9") <= u < value for u in converted)
    return any(abs(u - value) <= value / 10 for u in converted)


def _rounded_to(exact: object, written: object) -> bool:
    """Whether ``written`` is ``exact`` rounded to the figure's last written digit, a million or coarser ("$43 billion"
    for "$43.28 billion"); never the same amount (that is a restatement as it stands).

    >>> _rounded_to("43280000000", "43000000000"), _rounded_to("43280000000", "44000000000"), _rounded_to("1500000", "1000000")
    (True, False, False)
    """
    value, given = Decimal(str(exact)), Decimal(str(written))
    if value == given or given <= 0:
        return False
    step = Decimal(1)
    while given % (step * 10) == 0:
        step *= 10
    return step >= 1_000_000 and (value / step).quantize(Decimal(1), rounding="ROUND_HALF_UP") * step == given


def _without_quoted_phrases(candidates: list[Candidate]) -> list[Candidate]:
    """Drop a short quotation that is only a phrase of the same speaker's reported statement in the same sentence, read
    again on its own: "… also said the economy has grown by 7.5% …, which he said is “an absolute leading indicator”" is
    one claim (read once its speakers are known: an office's holder is resolved only then)."""
    said = [c for c in candidates if c.kind == "claim" and c.fields.get("kind") == "paraphrase"]
    return [c for c in candidates if not (c.kind == "claim" and c.fields.get("kind") == "quote" and len(c.fields["text"].split()) <= 6
                                          and any(o.fields["speaker"] == c.fields["speaker"] and o.evidence.start == c.evidence.start
                                                  and c.fields["text"] in o.fields["text"] for o in said))]


def _without_restatements(candidates: list[Candidate], alliance: str | None = None, pairs: set | None = None) -> list[Candidate]:
    """Drop a pledge that only restates another pledge's figure in another currency (a headline's
    "worth $1.1 billion" or "over EUR 115 million" for the body's "1 billion euros ($1.1 billion)" or
    "GBP 100 million (over EUR 115 million)", or where the page restates that figure in a sentence of no pledge,
    ``pairs`` of (value, currency)), and a target without a year that the article dates elsewhere."""
    restated: set[tuple] = set()
    for c in candidates:
        if c.kind == "pledge":
            own = (Decimal(str(c.fields["amount"])), c.fields.get("currency"))
            also = list(c.restated) + ([(c.fields["amount_usd"], "USD")] if c.fields.get("amount_usd") else []) \
                + [(str(second[0]), second[1]) for first, second in (pairs or ()) if first == own]
            restated.update((c.fields.get("donor"), amount, currency) for amount, currency in also)
            # (a headline's bare "$7.3b" for the body's "US$5.5 billion (S$7.3 billion)": any dollar, as "$" may be)
            restated.update((c.fields.get("donor"), amount, "$") for amount, currency in also if currency in FAMILIES["dollar"])
    kept = [c for c in candidates if not (c.kind == "pledge" and (
        (c.fields.get("donor"), c.fields["amount"], c.fields.get("currency")) in restated
        or (_title(c) and c.fields.get("currency") in FAMILIES["dollar"] and (c.fields.get("donor"), c.fields["amount"], "$") in restated)
        # (or rounded as written: a lede's "at least $43 billion" for the body's "40 billion euros ($43.28 billion)")
        or any(d == c.fields.get("donor") and cur == c.fields.get("currency") and _rounded_to(amount, c.fields["amount"])
               for d, amount, cur in restated)))]
    # a headline's round figure ("Aid Pack Of Almost €400M") for a body pledge it summarises (€393 million)
    body = [(c.fields.get("donor"), Decimal(amount), currency) for c in kept if c.kind == "pledge" and not _title(c)
            for amount, currency in ((c.fields["amount"], c.fields["currency"]), *c.restated,
                                     *(((c.fields["amount_usd"], "USD"),) if c.fields.get("amount_usd") else ()))]

    def summarises(c: Candidate) -> bool:
        value = Decimal(str(c.fields["amount"]))
        return any(d == c.fields.get("donor") and cur == c.fields.get("currency") and abs(v - value) <= value / 20
                   for d, v, cur in body)

    kept = [c for c in kept if not (c.kind == "pledge" and _title(c) and not c.in_body and summarises(c))]
    # "the first package … worth more than $500m … funded by the Netherlands" after "500 million euros ($578 million)":
    # the same package again, approximately, in the currency the earlier one was converted to
    # (the earlier one may be a headline's copy dropped above: its conversion still says what the figure was)
    kept = [c for c in kept if not (c.kind == "pledge" and any(_approximates(c, p) for p in candidates if p.kind == "pledge"))]
    # the lede's round figure ("a new package of nearly NZD 26 million") for the exact one the body gives later ("worth
    # NZD 25.9 million"): one pledge, as the body states it
    pledges = [c for c in kept if c.kind == "pledge"]
    first: dict[str | None, Candidate] = {}
    for c in pledges:
        first.setdefault(c.fields.get("donor"), c)
    kept = [c for c in kept if not (c.kind == "pledge" and first.get(c.fields.get("donor")) is c and not c.in_body
                                    and any(_rounds_to(c, p) for p in pledges if p.evidence.start > c.evidence.start))]
    # and the round figure of a report before the announcement ("Earlier, a representative of the White House reported
    # that … Biden would announce a new … package … worth about $2 billion", after Blinken's $1.85 billion): the same one
    kept = [c for c in kept if not (c.kind == "pledge" and re.search(r"\bwould\s+(?:announce|unveil|present|approve)\b",
                                                                     c.evidence.text[:c.span[0]])
                                    and any(_rounds_to(c, p) for p in pledges if p.evidence.start < c.evidence.start))]
    # a target without a year that the article gives elsewhere with its year, in a headline ("… to Reach NATO’s 2 Percent
    # Target" over "… 2 percent of GDP by 2032") or named as the known target ("Spain will not meet the 5% target" after
    # "… 5% of GDP by 2035"): one target, as the article dates it
    # (a country's figure named again anywhere: "could have an issue with proven defence spending of 2 percent" after
    # "fulfil its NATO commitment to spending 2 percent … next year"; the alliance may have an undated guideline and a
    # dated one of the same figure: "the 2% guideline" and "2% by 2024", agreed in Wales)
    dated = {(c.fields.get("actor"), c.fields.get("percent_gdp")) for c in kept if c.kind == "target" and c.fields.get("year")}
    # (a headline below a page's menu lines counts: "Close / Newsletters / … / Explained: Where Türkiye stands on NATO’s 5% …")
    return [c for c in kept if not (c.kind == "target" and not c.fields.get("year") and (
        _title(c) or _REFERS_BACK.search(c.evidence.text) or c.fields.get("actor") != alliance)
        and (c.fields.get("actor"), c.fields.get("percent_gdp")) in dated)]


#: A figure named as a target already known ("meet the 5% target", "the two per cent goal"): the same target again.
#: (or "the new defence spending target of 5% of GDP")
_REFERS_BACK = re.compile(rf"\bthe\s+[\w.]+\s*(?:%|percent|per\s+cent)[\s-]*(?:[\w-]+\s+){{0,2}}?{_GOAL_WORDS}\b|"
                          rf"\bthe\s+(?:[\w-]+\s+){{0,3}}?{_GOAL_WORDS}\s+of\s+[\d.]+\s*(?:%|percent|per\s+cent)", re.I)

