"""The extraction rules: pledges, spending targets, roles and claims, each from one sentence.

Every candidate keeps the sentence it came from (the evidence), its offsets in the
article, the rule that produced it and a confidence, so that a reviewer can judge it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from .domain import domain
from .gazetteer import DEMONYMS, Gazetteer, Match
from .mentions import NAME_TOKEN, PERSON_NAME, Mention, MentionFinder
from .money import NUMBER, SCALE, find_money, parse_amount
from .sentences import Sentence

ROLE_TITLES = {  # how news writes a title → the role slug
    "secretary general": "secretary-general", "secretary-general": "secretary-general",
    "prime minister": "prime-minister", "premier": "prime-minister", "president": "president",
    "defence minister": "defence-minister", "defense minister": "defence-minister",
    "minister of defence": "defence-minister", "minister of defense": "defence-minister",
    "secretary of defense": "secretary-of-defense", "defense secretary": "secretary-of-defense",
    "defence secretary": "defence-minister", "foreign minister": "foreign-minister",
    "chancellor": "chancellor", "ambassador to nato": "ambassador-to-nato", "ambassador": "ambassador",
    "professor": "professor", "spokesperson": "spokesperson", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
    "minister of national defence": "defence-minister", "minister of national defense": "defence-minister",
    "minister of foreign affairs": "foreign-minister", "foreign secretary": "foreign-minister",
    "secretary of state": "secretary-of-state", "finance minister": "finance-minister",
    "minister of finance": "finance-minister", "defence chief": "defence-minister",
}
_TITLE = "|".join(sorted((re.escape(t) for t in ROLE_TITLES), key=len, reverse=True))
_SAY = (r"said|says|stated|states|noted|notes|added|told|wrote|warned|warns|emphasized|emphasised|declared|insisted|"
        r"argued|explained|remarked|stressed|indicated|reiterated|cautioned|asserted|announced|urged|outlined|"
        r"confirmed|claimed|suggested|commented|observed|asked|questioned|wondered|replied|recalled|concluded")
_PLEDGE_CUES = re.compile(r"\b(pledg\w*|commit\w*|provid\w*|suppl\w*|contribut\w*|donat\w*|allocat\w*|packages?|"
                          r"deliver\w*|send\w*|sent|giv\w*|grant\w*|transfer\w*|earmark\w*|"
                          r"aid|assistance|support)\b", re.I)
_GDP = re.compile(r"\b(GDP|gross domestic product|economic output|national income)\b", re.I)
_SPENDING = re.compile(r"\b(defen[cs]e|military)\s+(spending|expenditures?|budgets?|investment|allocations?)\b|\bspend\w*\b", re.I)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_PERCENT = re.compile(r"\b(\d+(?:\.\d+)?|" + "|".join(_NUMBER_WORDS) + r")(?:\s*(?:%|percent\b|per\s+cent\b))", re.I)
# A deadline: "by 2035", "in 2030" — but not the year a goal was set ("the 2 % target set in 2014",
# "agreed in Wales in 2014", "since 2014"), nor a review year ("to be reviewed in 2029").
_BY_YEAR = re.compile(r"\b(?:by|until|before|for|(?<!\bset )(?<!\bagreed )(?<!\badopted )(?<!\breviewed )(?<!\breview )"
                      r"(?<!\bWales )in)\s+(20\d\d)\b(?!\s+(?:budget|summit|election))|\b(20\d\d)\s+(?:deadline|target date)\b")
_STATUS_CUES = [("demanded", r"\b(demand\w*|call\w* on|called for|request\w*|urg\w*|insist\w*)\b"),
                ("proposed", r"\b(propos\w*|suggest\w*|compromise|recommend\w*)\b"),
                ("agreed", r"\b(agree\w*|commitment|committed|approved|pledged?)\b"),
                ("benchmark", r"\b(benchmark|guideline|threshold|target set)\b"),
                ("intended", r"\b(intent\w*|plan\w*|aim\w*|will raise|to raise|vow\w*)\b")]
_REPORT_VERBS = (r"said|stated|noted|warned|emphasized|emphasised|declared|insisted|argued|explained|remarked|stressed|"
                 r"indicated|reiterated|cautioned|asserted|claimed|suggested|outlined|observed|added|believes|says|warns")
# Reported speech, each pattern with the claim's text in group "text":
_REPORTED = [
    # "X said that …", "X reiterated that …", "…, indicating that …", "by asserting that …"
    re.compile(rf"\b(?:(?:{_REPORT_VERBS})\s+(?:\w+\s+){{0,3}}?|(?:by\s+)?(?:asserting|stating|saying|arguing|claiming|"
               r"warning|noting|indicating|suggesting)\s+)(?:that|how)\s+(?P<text>.{15,})"),
    # "According to U.S. officials, Washington is prepared to …"
    re.compile(r"\bAccording to [^,]{2,40}(?:officials|sources|statement|spokes\w+),\s+(?P<text>.{15,})"),
    # "According to Rutte, the alliance must …", "…, according to Secretary General Mark Rutte, would …"
    re.compile(r"\b(?i:according to) (?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*,\s+(?P<text>.{15,})"),
    # "Prime Minister Pedro Sánchez said Spain will not meet …" (no "that"): a clause with its own subject
    re.compile(r"\b(?:said|says|stated|warned|added|stressed|insisted|argued)\s+(?P<text>(?:[A-Z][\w’'-]+|it|they|we|he|she|"
               r"(?:the|this|that|these|those|its|their|our)\s+\w+)\s+(?:will|would|is|are|was|were|must|should|could|can|cannot|has|have|had|may|might|needs?|wants?|"
               r"remains?|plans?)\b.{10,})"),
    # "X dismissed such concerns as “hysteria”", "X characterized Putin's ambitions as “insane”"
    re.compile(r"\b(?P<text>(?:characterized|characterised|described|dismissed|called|branded|labelled|labeled)\s+"
               r".{3,80}?\bas\s+[“\"][^”\"]+[”\"].?)"),
    # "X urged EU leaders to …", "X reiterated the need for …"
    re.compile(r"\b(?:urged|reiterated|stressed|emphasized|emphasised)\s+(?!that\b)"
               r"(?P<text>(?:the\s+need|\w+\s+(?:leaders|allies|members|countries))\b.{10,})"),
]
# "… agreed to fulfil that commitment", "… pledged to meet the target": a target named in an earlier sentence
_TARGET_ANAPHORA = re.compile(r"\b(?:agreed|agree|committed|pledged|promised|vowed)\s+to\s+(?:meet|fulfil|fulfill|reach|honou?r|hit)"
                              r"\s+(?:that|this|the)\s+(?:commitment|target|benchmark|goal|threshold)\b", re.I)
_SHARE = re.compile(r"[\s,;(]*(?:of\s+which|including)\s+(?:about\s+|some\s+|around\s+)?(?P<number>" + NUMBER + ")(?P<scale>" + SCALE + ")"
                    + r"(?:\s+(?:euros?|dollars?|pounds?|kroner|kronor|crowns?))?"
                    + r"(?:\s+(?:is|are|was|were|goes|go)?\s*(?:for\s+)?(?P<aid>military|humanitarian|financial))?", re.I)
# A sentence whose subject stands for the donor named just before ("It will include …", "The package …",
# "In total, the country has already provided …").
_ANAPHORIC_DONOR = re.compile(r"\s*(?:(?:In total|Overall|Altogether|So far),?\s+)?(?:It|This|(?i:the)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:package|aid|assistance|support|contribution|funding)|(?i:the country|the government))\b")
#: Offices whose holder, named with no country at all, is most likely of the article's own country.
_MINISTERS = {"defence-minister", "foreign-minister", "finance-minister"}
# Where a new clause with its own subject starts.
_CLAUSE = re.compile(r",\s*while\b|;|\bwhile\b|\bwhereas\b|,\s*but\b")
# A country named as a partner of the donor, not the donor.
_PARTNER = re.compile(r"\b(?:in\s+collaboration|together|jointly|along|in\s+cooperation|in\s+partnership)\s+with\s+"
                      r"(?:[\w’'-]+\s*,?\s*(?:and\s+)?){0,6}$", re.I)
_SECURITY = re.compile(r"\b(security-related|broader security|infrastructure|resilience)\b", re.I)


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

    @classmethod
    def scored(cls, kind: str, fields: dict, evidence: Sentence, rule: str, matches: list[Match],
               *adjustments: str) -> Candidate:
        """A candidate whose confidence and reasons come from the domain file's table."""
        confidence, reasons = domain().confidence(rule, *adjustments)
        return cls(kind, fields, evidence, rule, confidence, matches, reasons)

    def key(self) -> tuple:
        """What makes two candidates the same fact (for de-duplication): the kind's identity."""
        from ..kinds import key_of

        return key_of(self.kind, self.fields)


class Extractor:
    """Applies every rule to an article's sentences."""

    def __init__(self, gazetteer: Gazetteer, finder: MentionFinder, known_roles: set[str],
                 offices: dict[tuple[str, str], str] | None = None):
        self.g = gazetteer
        self.finder = finder
        self.known_roles = known_roles
        #: (person, role) → organisation, from the workspace's curated role facts
        self.offices = offices or {}
        self.last_person: Mention | None = None
        #: person → organisation and person → roles, from the role candidates found so far
        self.person_orgs: dict[str, str] = {}
        self.person_roles: dict[str, set[str]] = {}
        #: the country the article is about (a minister named with no country at all is most likely its)
        self.main_country: str | None = None
        #: the organisation the article names most (an unnamed "secretary general" speaks for it)
        self.main_org: str | None = None
        #: people named so far in the article, by full name and by surname (for "Merz said")
        self.seen_people: dict[str, Match] = {}
        #: the last spending target found (for "… agreed to fulfil that commitment")
        self.last_target: dict | None = None
        #: the speaker of a sentence ending "… X stated:", for a quote that follows as its own paragraph
        self.pending_speaker: Mention | None = None
        #: the speaker of the last quote and its paragraph, for a quote continued in the next paragraph
        self.last_quote: tuple[Mention, int] | None = None
        #: the donor of the last pledge, for "It will include … worth 100 million euros" in the next sentence
        self.last_donor: Mention | None = None

    # --- helpers ------------------------------------------------------------------------

    def _agents(self, mentions: list[Mention]) -> list[Mention]:
        return [m for m in mentions if m.match.type in ("country", "organization")]

    def _people(self, text: str, mentions: list[Mention]) -> list[Mention]:
        known = [m for m in mentions if m.match.type == "person"]
        found = sorted(known + [m for m in self.finder.new_people(text) if m.match.type in (None, "person")],
                       key=lambda m: m.start)
        for m in found:  # remember them, so that a later bare surname finds the same person
            if len(m.match.name.split()) >= 2:
                self.seen_people.setdefault(m.match.name, m.match)
                self.seen_people.setdefault(m.match.name.split()[-1], Match(m.match.name, m.match.entity, "person",
                                                                              m.match.score, m.match.how if m.match.entity else "seen"))
        return found

    # --- pledges ------------------------------------------------------------------------

    def pledges(self, s: Sentence, mentions: list[Mention]) -> list[Candidate]:
        money = find_money(s.text)
        if not _PLEDGE_CUES.search(s.text):
            return []
        agents = self._agents(mentions)
        if not money:  # "Finland has decided to provide Ukraine with a new package.": the donor of what follows
            ukraine_id = self.g.country_ids.get(domain().default_recipient)
            givers = [m for m in agents if m.match.type == "country" and m.match.entity != ukraine_id]
            if givers and givers[0].start < 40:
                self.last_donor = givers[0]
            return []
        ukraine = self.g.country_ids.get(domain().default_recipient)
        out: list[Candidate] = []
        orphans: list = []  # amounts with no donor of their own
        previous_end = 0
        for i, amount in enumerate(money):
            if i and _is_conversion(s.text, money[i - 1], amount):
                continue  # "8 billion yen (about $58 million)": the same pledge in dollars
            recipient = next((m for m in agents if m.start > previous_end and re.search(
                r"\b(?:to|for)\s+(?:\w+\s+){0,2}$", s.text[max(0, m.start - 25):m.start])), None)
            if recipient is None:
                recipient = next((m for m in agents if m.match.entity == ukraine), None)
            # the donor is in the amount's own clause ("Canada will send drones, while the Netherlands … will
            # supply … 200 million euros"), and not a partner named after "with" ("in collaboration with Denmark")
            clause = max((c.end() for c in _CLAUSE.finditer(s.text, 0, amount.start)), default=0)
            partners = [m for m in agents if _PARTNER.search(s.text[max(0, m.start - 40):m.start])]
            if recipient is not None:  # "covers Ukraine and Moldova": a second recipient, not a donor
                partners += [m for m in agents if re.fullmatch(r",?\s+(?:and|or)\s+", s.text[recipient.end:m.start])]
            donors = [m for m in agents if max(previous_end, clause) <= m.start < amount.start and m not in partners
                      and (recipient is None or m.match.entity != recipient.match.entity)]
            if not donors and i == 0:
                donors = [m for m in agents if m.start < amount.start and m not in partners
                          and (recipient is None or m.match.entity != recipient.match.entity)]
            previous_end = amount.end
            adjust: tuple[str, ...] = ()
            part_of = out[-1] if out and re.search(r"\b(?:of\s+which|including)\s+(?:about\s+|some\s+|around\s+)?$",
                                                  s.text[max(0, amount.start - 30):amount.start]) else None
            if part_of is not None:  # "3.5 billion euros …, of which 2 billion euros this year": the whole's donor
                donors = [Mention(0, 0, part_of.matches[0])]
            if not donors and i == 0 and self.last_donor is not None and _ANAPHORIC_DONOR.match(s.text):
                donors, adjust = [self.last_donor], ("donor-from-previous",)  # "It will include … worth 100 million euros"
            if not donors and i and out and len({m.match.entity for m in agents if m not in partners
                                                and (recipient is None or m.match.entity != recipient.match.entity)}) == 1:
                donors = [Mention(0, 0, out[-1].matches[0])]  # "Sweden has committed 80 billion …, with … a total of 29.5 billion"
            if not donors:
                orphans.append(amount)
                continue
            donor = donors[0] if i == 0 else donors[-1]
            self.last_donor = donor
            fields: dict[str, object] = {"donor": donor.match.entity,
                                         "recipient": recipient.match.entity if recipient else ukraine,
                                         "amount": str(amount.value), "currency": amount.currency,
                                         **domain().pledge_reading(s.text)}  # figure kind, aid type, status as worded
            joint = [m.match.entity for m in partners if donor.start < m.start < amount.start
                     and m.match.entity not in (donor.match.entity, fields["recipient"])]
            if joint:  # "the Netherlands, in collaboration with Denmark and Germany, will supply … 200 million euros"
                fields.update(figure="joint", joint_with=list(dict.fromkeys(joint)))
            if part_of is not None:
                fields.update(figure="share", donor=part_of.fields["donor"])
            if amount.currency != "USD" and i + 1 < len(money) and money[i + 1].currency == "USD" \
                    and _is_conversion(s.text, amount, money[i + 1]):
                fields["amount_usd"] = str(money[i + 1].value)
            whole = Candidate.scored("pledge", fields, s, "pledge:donor-cue-amount", [donor.match], *adjust,
                                     *(() if recipient else ("default-recipient",)))
            whole.restated = tuple((str(m.value), m.currency) for m in money[i + 1:i + 2] if _is_conversion(s.text, amount, m))
            whole.share_of = part_of
            whole.span = (amount.start, amount.end)
            out.append(whole)
            share = _SHARE.match(s.text, amount.end)
            if share:  # "500 million euros, of which 350 million military": a share, never added beside its whole
                value = parse_amount(share.group("number"), share.group("scale").strip() or None)
                if value is not None and value < amount.value:
                    part = {**fields, "amount": str(value), "figure": "share"}
                    part.pop("amount_usd", None)
                    if share.group("aid"):
                        part["aid_type"] = share.group("aid").lower()
                    c = Candidate.scored("pledge", part, s, "pledge:share-of-which", [donor.match])
                    c.share_of = whole
                    out.append(c)
        # "drones valued at 95 million Canadian dollars … is part of Canada's broader commitment of 500 million":
        # the first is a share of the second
        for a, b in zip(out, out[1:], strict=False):
            if a.share_of is None and b.share_of is None and re.search(r"\bpart of\b", s.text[a.span[1]:b.span[0]]):
                a.fields["figure"], a.share_of = "share", b
        for amount in orphans:  # "these drones, valued at 95 million …, are part of Canada's commitment of 500 million"
            found = next((b for b in out if b.span[0] > amount.end and b.share_of is None
                          and re.search(r"\bpart of\b", s.text[amount.end:b.span[0]])), None)
            if found is not None:
                whole = found
                part = {**whole.fields, "amount": str(amount.value), "currency": amount.currency, "figure": "share"}
                part.pop("amount_usd", None)
                c = Candidate.scored("pledge", part, s, "pledge:share-of-which", whole.matches[:1])
                c.share_of, c.span = whole, (amount.start, amount.end)
                out.insert(out.index(whole), c)
        return out

    # --- spending targets -----------------------------------------------------------------

    def targets(self, s: Sentence, mentions: list[Mention]) -> list[Candidate]:
        anaphora = _TARGET_ANAPHORA.search(s.text)
        if anaphora and self.last_target and not _PERCENT.search(s.text):
            return self._restated_targets(s, mentions)
        if not (_GDP.search(s.text) or _SPENDING.search(s.text)):
            return []
        out = []
        people = [m for m in mentions if m.match.type == "person"]
        percents = [pm for pm in _PERCENT.finditer(s.text)]
        years = [a or b for a, b in _BY_YEAR.findall(s.text)]
        for i, pm in enumerate(percents):
            raw = pm.group(1).lower()
            value = Decimal(_NUMBER_WORDS[raw]) if raw in _NUMBER_WORDS else Decimal(raw)
            if not 0 < value <= 20:
                continue  # not a share of GDP spent on defence
            if re.search(r"\b(?:current|currently|now|today|only|just)\s+(?:about\s+|around\s+)?$", s.text[max(0, pm.start() - 24):pm.start()]):
                continue  # "a rise from the current 1.8 percent": a level reached, not a goal
            upto = percents[i + 1].start() if i + 1 < len(percents) else len(s.text)
            window = s.text[pm.end():upto]
            year = _BY_YEAR.search(window[:60])
            # an old goal ("from 2% to 5%", "the 2014 commitment of 2%", "the previous target of two percent")
            # does not take the new one's deadline
            old = re.search(r"\b(?:from|previous|former|old|earlier|existing|current|commitment of|(?:19|20)\d\d\s+"
                            r"(?:commitment|target|pledge|goal))\b[^.%]{0,30}$", s.text[max(0, pm.start() - 45):pm.start()], re.I)
            if year is None and len(set(years)) == 1 and not old:  # the sentence's one deadline
                year = _BY_YEAR.search(s.text)
            status = next((name for name, cue in _STATUS_CUES if re.search(cue, s.text, re.I)), None)
            actor = self._actor(s.text, mentions, pm.start(), people)
            if actor is None and self.last_target is not None and self.last_target.get("actor"):
                actor = str(self.last_target["actor"])  # "That headline figure breaks down as 3.5 percent …"
            fields: dict[str, object] = {"actor": actor, "percent_gdp": str(value)}
            if year:
                fields["year"] = year.group(1) or year.group(2)
            if people:
                fields["proposed_by"] = [people[0].match.entity]
            if status:
                fields["status"] = status
            fields["category"] = "security-related" if _SECURITY.search(window[:90]) else "defence"
            out.append(Candidate.scored("target", fields, s, "target:percent-of-gdp", [m.match for m in people[:1]],
                                        *(() if _GDP.search(s.text) else ("no-gdp-word",))))
            self.last_target = fields
        return out

    def _restated_targets(self, s: Sentence, mentions: list[Mention]) -> list[Candidate]:
        """"Lithuania and Estonia agreed to fulfil that commitment": the last target named, for each country."""
        out: list[Candidate] = []
        last = self.last_target
        if last is None:
            return out
        for m in self._agents(mentions):
            if m.match.type != "country":
                continue
            fields = {"actor": m.match.entity, "percent_gdp": last["percent_gdp"], "status": "agreed",
                      "category": last.get("category", "defence")}
            if last.get("year"):
                fields["year"] = last["year"]
            out.append(Candidate.scored("target", fields, s, "target:restated-commitment", [m.match]))
        return out

    def _actor(self, text: str, mentions: list[Mention], at: int, people: list[Mention]) -> str | None:
        """Who is to spend: the alliance for "member states/allies", else the nearest country or
        organisation not governed by "from"/"against", else the proposer's organisation."""
        agents = self._agents(mentions)
        # "Lithuania said it would raise its defence spending to 2 percent …": the subject spends
        own = re.search(r"\b(?:its|their)\s+(?:own\s+)?(?:annual\s+)?(?:defen[cs]e|military)\s+(?:spending|budgets?|expenditures?)",
                        text[:at])
        alliance = self.g.exact.get(domain().alliance_org, (None,))[0]
        if alliance and domain().alliance_words.search(text):
            return alliance
        subject = [m for m in agents if m.end <= (own.start() if own else 0)]
        if subject:
            return subject[-1].match.entity
        scored = []
        for m in agents:
            before = text[max(0, m.start - 12):m.start].lower()
            if re.search(r"\b(from|against|with|by|on)\s+(?:the\s+)?$", before):
                continue
            if len(agents) > 1 and re.match(r"(?:['’]s)?\s+(?:target|benchmark|goal|guideline|threshold)", text[m.end:m.end + 14]):
                continue  # "to meet a NATO target": whose benchmark it is, not who spends
            scored.append((abs(m.start - at), m.match.entity))
        if scored:
            return min(scored)[1]
        for p in people:
            if p.match.entity in self.person_orgs:
                return self.person_orgs[p.match.entity]
        return None

    # --- roles --------------------------------------------------------------------------------

    def roles(self, s: Sentence, mentions: list[Mention]) -> list[Candidate]:
        out = []
        agents = self._agents(mentions)
        text = s.text
        title_then_name = re.compile(rf"(?P<former>\b[Ff]ormer\s+)?(?P<title>(?i:{_TITLE})),?\s+(?P<name>{PERSON_NAME})"
                                     rf"(?:\s+of\s+(?P<after>(?:the\s+)?{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,2}}))?")
        name_then_title = re.compile(rf"(?P<name>{PERSON_NAME}),?\s*(?i:the\s+)?"
                                     r"(?:(?i:newly\s+appointed|newly\s+elected|new|incoming|outgoing|current)\s+)?"
                                     rf"(?P<pre>[A-Z][\w.’']*\s+)?"
                                     rf"(?P<former>(?i:former)\s+)?(?P<title>(?i:{_TITLE}))"
                                     rf"(?:\s+(?:at|of)\s+(?P<org>(?:the\s+)?{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,3}}))?")
        name_at_org = re.compile(rf"(?P<name>{PERSON_NAME}),?\s+at\s+(?P<org>(?:the\s+)?{NAME_TOKEN}(?:\s+(?:of\s+)?{NAME_TOKEN}){{0,3}})")
        # "the President of Ukraine, Volodymyr Zelensky"
        title_of_org_name = re.compile(rf"(?P<title>(?i:{_TITLE}))\s+of\s+(?P<org>(?:the\s+)?{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,2}}),"
                                       rf"\s+(?P<name>{PERSON_NAME})")
        seen_spans: list[tuple[int, int]] = []
        last_role: tuple[int, Match] | None = None  # where the last role's name ends, and its organisation
        for pattern, rule in ((title_of_org_name, "role:title-of-org-name"), (title_then_name, "role:title-name"),
                              (name_then_title, "role:name-title")):
            for m in pattern.finditer(text):
                name = re.sub(r"['’]s$", "", m.group("name"))  # "Donald Trump's request"
                if any(a <= m.start("name") < b for a, b in seen_spans):
                    continue  # this name's title was read by an earlier pattern
                person = self.g.resolve(name, ("person",))
                if not _plausible(name, person):
                    continue
                title = " ".join(m.group("title").lower().split())
                role = ROLE_TITLES[title]
                national = role in domain().national_offices
                rank = re.search(r"\b(Deputy|Vice|Acting|First\s+Deputy|Deputy\s+Prime)[ -]$", text[max(0, m.start("title") - 14):m.start("title")])
                if rank and not rank.group(1).startswith("Deputy Prime"):
                    role = "-".join(rank.group(1).lower().split()) + "-" + role  # a deputy is not the office holder
                org = None
                if rule == "role:title-of-org-name":
                    org = self.g.country_or_org(m.group("org").removeprefix("the "))
                elif rule == "role:title-name" and m.groupdict().get("after"):  # "Prime Minister Jonas Gahr Store of Norway"
                    org = self.g.country_or_org(m.group("after").removeprefix("the "))
                elif rule == "role:name-title" and m.group("org"):
                    org = self.g.country_or_org(m.group("org").removeprefix("the "))
                    if org is None:
                        org = Match(m.group("org"), None, "organization", 0.0, "new")
                # "German Defence Minister", "Ukraine's President", "German Deputy Prime Minister"
                before = [a for a in agents if a.end <= m.start("title") and re.fullmatch(
                    r"(?:['’]s)?\s*(?:(?:Deputy|Vice|Acting|First|Former|former)[\s-]+)*", text[a.end:m.start("title")])]
                if org is None and before:
                    org = before[-1].match
                if org is None and rule == "role:name-title" and m.group("pre"):
                    org = self.g.country_or_org(m.group("pre").strip().removesuffix("'s").removesuffix("’s"))
                adjust: tuple[str, ...] = ()
                known = self.offices.get((person.entity or "", role)) or self.person_orgs.get(person.entity or _slug(name))
                if org is None and known:
                    org = Match(known, known, self.g.types.get(known), 100.0, "label")
                if org is None and last_role is not None and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*",
                                                                          text[last_role[0]:m.start("title")]):
                    org = last_role[1]  # "Germany's Chancellor Olaf Scholz and President Frank-Walter Steinmeier"
                if org is None and national:  # the one country the sentence names as its subject, before the title
                    actors = [a for a in agents if a.match.type == "country" and a.end <= m.start("title") and not re.search(
                        r"\b(?:to|for|with|against|from|in|on|by|into|toward|towards|and)\s+(?:the\s+)?$",
                        text[max(0, a.start - 14):a.start], re.I)
                        and not re.search(r",\s*(?:and|but|while|whereas)\b|;", text[a.end:m.start("title")])]
                    if len({a.match.entity for a in actors}) == 1:
                        org, adjust = actors[0].match, ("country-elsewhere",)
                if org is None and role in _MINISTERS and self.main_country and not any(a.match.type == "country" for a in agents):
                    # "Defence Minister Raimundas Karoblis told reporters" in an article about Lithuania
                    org = Match(self.main_country, self.main_country, "country", 80.0, "label")
                    adjust = ("country-of-article",)
                if org is None and not national:  # an organisation's office: the nearest organisation close by
                    near = sorted((a for a in agents if abs(a.start - m.start("title")) <= 60),
                                  key=lambda a: abs(a.start - m.start("title")))
                    org = near[0].match if near else None
                if org is None or (national and org.type not in ("country", None)):
                    continue  # a national office needs its country, written next to it; any other country is a guess
                former = m.groupdict().get("former") or re.search(r"\b[Ff]ormer\s+(?:\S+\s+){0,2}$",
                                                                   text[max(0, m.start("title") - 30):m.start("title")])
                fields = {"person": person.entity or _slug(name), "role": role, "organization": org.entity or _slug(org.name),
                          "status": "former" if former else "current"}
                out.append(Candidate.scored("role", fields, s, rule, [person, org], *adjust,
                                            *(() if person.entity and org.entity else ("new-entity",))))
                self.person_orgs.setdefault(fields["person"], fields["organization"])
                self._people(name, [])
                self.person_roles.setdefault(fields["person"], set()).add(fields["role"])
                self.last_person = Mention(m.start("name"), m.end("name"), person)
                seen_spans.append((m.start("name"), m.end("name")))
                last_role = (m.end("name"), org)
        self._affiliations(s, out, name_at_org)
        self._heads(s, out)
        return out

    def _heads(self, s: Sentence, out: list[Candidate]) -> None:
        """"Kęstutis Budrys, head of the Lithuanian Ministry of Foreign Affairs", "the head of the Estonian
        government, Kaja Kallas": the office a head of a ministry or government holds."""
        body = (r"(?P<body>Ministry of Foreign Affairs|Foreign Ministry|Ministry of (?:National\s+)?Defen[cs]e|Defen[cs]e Ministry|"
                r"Ministry of Finance|Finance Ministry|[Gg]overnment)")
        for pattern in (rf"(?P<name>{PERSON_NAME}),\s+(?:the\s+)?head of the (?P<pre>[A-Z][\w’'-]+)\s+{body}",
                        rf"\b(?i:the\s+)?head of the (?P<pre>[A-Z][\w’'-]+)\s+{body},\s+(?P<name>{PERSON_NAME})"):
            for m in re.finditer(pattern, s.text):
                name = re.sub(r"['’]s$", "", m.group("name"))
                person = self.g.resolve(name, ("person",))
                org = self.g.country_or_org(m.group("pre"))
                if org is None or not _plausible(name, person) or any(
                        c.fields["person"] == (person.entity or _slug(name)) for c in out):
                    continue
                what = m.group("body").lower()
                role = ("foreign-minister" if "foreign" in what else "defence-minister" if "defen" in what
                        else "finance-minister" if "financ" in what else "prime-minister")
                who = person.entity or _slug(name)
                fields = {"person": who, "role": role, "organization": org.entity, "status": "current"}
                out.append(Candidate.scored("role", fields, s, "role:head-of", [person, org]))
                self.person_orgs.setdefault(who, str(org.entity))
                self.person_roles.setdefault(who, set()).add(role)

    def _affiliations(self, s: Sentence, out: list[Candidate], name_at_org) -> None:
        text = s.text
        for m in name_at_org.finditer(text):
            org = self.g.country_or_org(m.group("org").removeprefix("the "))
            if org is None and not re.search(r"Universit|Institut|College|Cent(?:er|re)|School|Academy", m.group("org")):
                continue
            person = self.g.resolve(m.group("name"), ("person",))
            if not _plausible(m.group("name"), person) or any(
                    c.fields["person"] == (person.entity or _slug(m.group("name"))) for c in out):
                continue
            org = org or Match(m.group("org").removeprefix("the "), None, "organization", 0.0, "new")
            fields = {"person": person.entity or _slug(m.group("name")), "role": domain().affiliation_role,
                      "organization": org.entity or _slug(org.name), "status": "current"}
            out.append(Candidate.scored("role", fields, s, "role:name-at-org", [person, org]))

    # --- claims ----------------------------------------------------------------------------------

    def _person_before(self, text: str, mentions: list[Mention], at: int, reach: int = 90) -> Mention | None:
        """The speaker named (or the pronoun standing for one) closest before ``at``."""
        lead = text[max(0, at - reach):at]
        base = at - len(lead)
        best: Mention | None = None
        for m in self._people(text, mentions):
            if base <= m.start and m.end <= at and (best is None or m.start > best.start):
                best = m
        for token in re.finditer(r"\b[A-Z][a-z][\w'’-]+\b", lead):  # a lone surname, maybe misspelt ("Higgsith")
            start = base + token.start()
            if best is not None and start <= best.start:
                continue
            if token.group(0) in domain().not_names:
                continue
            resolved = self.seen_people.get(token.group(0)) or self.g.resolve(token.group(0), ("person",))
            if resolved.entity or resolved.how == "seen":
                best = Mention(start, base + token.end(), resolved)
        unnamed: re.Match[str] | None = None
        for found in re.finditer(r"\b(?:[Hh]e|[Ss]he)\b|\b(?i:the\s+(?:\w+[’']s\s+)?secretary[ -]general)\b", lead):
            unnamed = found
        if unnamed and (best is None or base + unnamed.start() > best.start):
            if unnamed.group(0).lower() in ("he", "she"):
                return self.last_person
            return self._holder("secretary-general")
        if best is None:
            for m in self._agents(mentions):  # "NATO’s leaders", "U.S. officials"
                if base <= m.start and m.end <= at and re.match(r"(?:[’']s)?\s+(?:leaders|officials|government|ministry)\b",
                                                                text[m.end:m.end + 16], re.I):
                    best = m
        return best

    def _holder(self, role: str) -> Mention | None:
        """Who holds ``role`` in this article (for "the secretary general"), else the article's organisation."""
        for person, held in self.person_roles.items():
            if role in held:
                return Mention(0, 0, Match(person, person, "person", 90.0, "label"))
        if self.main_org:
            return Mention(0, 0, Match(self.main_org, self.main_org, "organization", 80.0, "label"))
        return None

    def _speaker_in(self, lead: str, at: int, mentions: list[Mention]) -> Mention | None:
        """The speaker an attribution names: ``German Defence Minister Boris Pistorius``, ``Yermak, who
        heads the presidential office``, ``he``, or a title alone (``the Norwegian Prime Minister``: whoever
        this article has named in that office). ``at`` is where ``lead`` starts in the sentence."""
        head = lead.split(",")[0].strip()
        if not head:
            return None
        if head.lower() in ("he", "she"):
            return self.last_person
        start = at + lead.find(head)
        known = [m for m in mentions if m.match.type == "person" and start <= m.start and m.end <= start + len(head)]
        if known:
            return known[-1]
        titled = re.match(rf"(?:the\s+)?(?:(?:former|deputy|acting)\s+)?(?:[A-Z][\w.’']*\s+){{0,2}}?(?P<title>(?i:{_TITLE}))\b\s*", head)
        name = head[titled.end():].strip() if titled else head
        if not name and titled:  # a title alone: the holder this article named
            role = ROLE_TITLES[" ".join(titled.group("title").lower().split())]
            holders = [p for p, held in self.person_roles.items() if role in held]
            return Mention(start, start + len(head), Match(holders[0], holders[0], "person", 90.0, "label")) \
                if len(holders) == 1 else None
        name = re.sub(r"['’]s$", "", name)
        words = name.split()
        if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or \
                any(w.strip(".,") in domain().not_names for w in words):
            return None
        offset = start + head.find(name)
        resolved = self.seen_people.get(name) or self.g.resolve(name, ("person",))
        if resolved.entity or resolved.how == "seen":
            return Mention(offset, offset + len(name), resolved)
        if self.g.country_or_org(name) is not None or name.lower() in DEMONYMS:
            return None  # "…," Germany said: a state, not a person
        return Mention(offset, offset + len(name), Match(name, None, "person", 0.0, "new"))

    def claims(self, s: Sentence, mentions: list[Mention]) -> list[Candidate]:
        out = []
        text = s.text
        pending, self.pending_speaker = self.pending_speaker, None
        # a curly opening mark may close with a straight one ("“… not enough," said …"): wire copy mixes them
        for q in re.finditer(r"\"([^\"“”]{12,})\"|“([^”\"]{12,})[”\"]", text):
            quote = (q.group(1) or q.group(2)).strip().rstrip(",")
            if len(quote.split()) < 4:
                continue
            tail = text[q.end():q.end() + 160]
            # "…," <speaker, with title or appositive> said …   /   "…," said <speaker>
            lead = re.match(rf"\s*,?\s*(?P<lead>[^.!?\"“”]{{1,120}}?)\s+(?:{_SAY})\b", tail) \
                or re.match(rf"\s*,?\s*(?:{_SAY})\s+(?P<lead>[^.!?\"“”,]{{1,90}})", tail)
            if lead:
                speaker = self._speaker_in(lead.group("lead"), q.end() + lead.start("lead"), mentions)
                if speaker is not None and (speaker.match.entity or speaker.match.how in ("new", "seen")):
                    out.append(self._claim(s, speaker, quote, "quote", "claim:quote-attribution"))
                    continue
            if pending is not None and q.start() <= 2:  # "… Frederiksen stated:" then the quote as its own paragraph
                out.append(self._claim(s, pending, quote, "quote", "claim:quote-after-colon"))
                continue
            # "Quote from Austin: "…"", "Austin: "…"", "Quote: "…"" (the speaker quoted last)
            intro = re.search(rf"(?:\b(?:Quote|Quoting|Quotes?)\s+(?:from\s+)?)?(?P<who>{PERSON_NAME}|{NAME_TOKEN})?\s*:\s*$",
                              text[max(0, q.start() - 80):q.start()])
            if intro and (intro.group("who") or intro.group(0).strip().lower().startswith("quote")):
                who = intro.group("who")
                speaker = self._speaker_in(who, 0, mentions) if who and who.lower() not in ("quote", "quotes") else (
                    self.last_quote[0] if self.last_quote else None)
                if speaker is not None and (speaker.match.entity or speaker.match.how in ("new", "seen")):
                    out.append(self._claim(s, speaker, quote, "quote", "claim:quote-after-colon"))
                    continue
            if q.start() <= 2 and self.last_quote and self.last_quote[1] == s.paragraph - 1 and \
                    not re.search(rf"\b(?:{_SAY})\b", text[q.end():q.end() + 80]):
                # a quote that opens its own paragraph, right after the same speaker's quote, unattributed
                out.append(self._claim(s, self.last_quote[0], quote, "quote", "claim:quote-continued"))
                continue
            after = re.match(rf"\s*,?\s*(?P<who>{PERSON_NAME}|{NAME_TOKEN}|he|she)\s+(?:{_SAY})\b", text[q.end():q.end() + 70], re.I) \
                or re.match(rf"\s*,?\s*(?:{_SAY})\s+(?P<who>{PERSON_NAME}|{NAME_TOKEN})", text[q.end():q.end() + 70])
            speaker = None
            if after:
                at = q.end() + after.end("who")
                speaker = self._person_before(text, mentions, at, reach=after.end("who") - after.start("who") + 1)
            else:
                verb = None
                for v in re.finditer(rf"\b(?:{_SAY}|stating|saying|noting|adding|warning|writing|"
                                     r"shares? (?:her|his|their) views?)\b", text[:q.start()]):
                    verb = v
                if verb and q.start() - verb.end() <= 45:
                    speaker = self._person_before(text, mentions, verb.start(), reach=140)
            if speaker is None or not (speaker.match.entity or _plausible(speaker.match.name, speaker.match)):
                continue
            out.append(self._claim(s, speaker, quote, "quote", "claim:quote-attribution"))
        for m in (m for pattern in _REPORTED for m in pattern.finditer(text)):
            if any(m.start() >= q.start() and m.start() < q.end() for q in re.finditer(r"\"[^\"“”]*\"|“[^”\"]*[”\"]", text)):
                continue  # reported speech inside a quote belongs to the quote
            anchor = m.start("text") if m.group(0).lower().startswith("according") else m.start()
            who = self._person_before(text, mentions, anchor, reach=110)
            if who is None:
                continue
            para = re.split(r",\s+(?:stating|saying|adding|noting|emphasizing|emphasising|warning|claiming)\b", m.group("text"))[0]
            para = para.strip().rstrip(".").rstrip(",")
            if len(para.split()) < 3:
                continue
            out.append(self._claim(s, who, para, "paraphrase", "claim:reported-speech"))
        colon = re.search(rf"\b(?:{_SAY})\s*:\s*$|:\s*$", text)
        if colon and not out:
            verb = None
            for v in re.finditer(rf"\b(?:{_SAY})\b", text):
                verb = v
            if verb is not None:
                self.pending_speaker = self._person_before(text, mentions, verb.start(), reach=120)
        # The subject a later "he"/"she" refers to: a known person, or one a role rule named.
        people = [m for m in self._people(text, mentions)
                  if m.match.entity or _slug(m.match.name) in self.person_orgs]
        subject = people[0] if people and people[0].start < 60 else None
        quoted = [c for c in out if c.fields["kind"] == "quote" and c.matches]
        if quoted:
            self.last_quote = (Mention(0, 0, quoted[-1].matches[0]), s.paragraph)
        if out:
            self.last_person = next((Mention(0, 0, c.matches[0]) for c in out if c.matches and c.matches[0].type == "person"),
                                    self.last_person)
        elif subject is not None:
            self.last_person = subject
        return out

    def _claim(self, s: Sentence, speaker: Mention, text: str, kind: str, rule: str) -> Candidate:
        if speaker.match.how == "seen":
            speaker = Mention(speaker.start, speaker.end, Match(speaker.match.name, None, "person", 0.0, "new"))
        fields = {"speaker": speaker.match.entity or _slug(speaker.match.name), "kind": kind, "text": text}
        return Candidate.scored("claim", fields, s, rule, [speaker.match],
                                *(("to-confirm",) if speaker.match.to_confirm else ()))

    def run(self, sentences: list[Sentence]) -> list[Candidate]:
        out: list[Candidate] = []
        seen: set = set()
        found = [m for s in sentences for m in self.finder.find(s.text)]
        orgs = Counter(m.match.entity for m in found if m.match.type == "organization")
        self.main_org = orgs.most_common(1)[0][0] if orgs else None
        # the country the article is about: named most (not the default recipient), twice as often as any other
        recipient = self.g.country_ids.get(domain().default_recipient)
        countries = Counter(m.match.entity for m in found if m.match.type == "country" and m.match.entity != recipient).most_common(2)
        self.main_country = countries[0][0] if countries and countries[0][1] >= 2 and (
            len(countries) == 1 or countries[0][1] >= 2 * countries[1][1]) else None
        for s in sentences:
            mentions = self.finder.find(s.text)
            for rule in (self.roles, self.pledges, self.targets, self.claims):
                for c in rule(s, mentions):
                    required = {"pledge": ("donor", "recipient"), "target": ("actor",)}.get(c.kind, ())
                    if any(c.fields.get(k) is None for k in required):
                        continue
                    if c.key() not in seen:
                        seen.add(c.key())
                        out.append(c)
        return _without_restated_dollars(out)


def _without_restated_dollars(candidates: list[Candidate]) -> list[Candidate]:
    """Drop a pledge that only restates another pledge's figure in another currency (a headline's
    "worth $1.1 billion" or "over EUR 115 million" for the body's "1 billion euros ($1.1 billion)" or
    "GBP 100 million (over EUR 115 million)")."""
    restated: set[tuple] = set()
    for c in candidates:
        if c.kind == "pledge":
            also = list(c.restated) + ([(c.fields["amount_usd"], "USD")] if c.fields.get("amount_usd") else [])
            restated.update((c.fields.get("donor"), amount, currency) for amount, currency in also)
    kept = [c for c in candidates if not (c.kind == "pledge" and
                                          (c.fields.get("donor"), c.fields["amount"], c.fields.get("currency")) in restated)]
    # a headline's round figure ("Aid Pack Of Almost €400M") for a body pledge it summarises (€393 million)
    body = [(c.fields.get("donor"), Decimal(amount), currency) for c in kept if c.kind == "pledge" and c.evidence.paragraph > 0
            for amount, currency in ((c.fields["amount"], c.fields["currency"]), *c.restated,
                                     *(((c.fields["amount_usd"], "USD"),) if c.fields.get("amount_usd") else ()))]

    def summarises(c: Candidate) -> bool:
        value = Decimal(str(c.fields["amount"]))
        return any(d == c.fields.get("donor") and cur == c.fields.get("currency") and abs(v - value) <= value / 20
                   for d, v, cur in body)

    return [c for c in kept if not (c.kind == "pledge" and c.evidence.paragraph == 0 and summarises(c))]


def _is_conversion(text: str, first, second) -> bool:
    """Whether ``second`` restates ``first`` in another currency: "(…)" or "approximately …" right after it."""
    between = text[first.end:second.start]
    qualifier = r"(?:which is\s+)?(?:approximately|about|roughly|around|some|or|over|more than|nearly|almost|just over|just under|≈)"
    m = re.fullmatch(rf"[\s,]*(\(\s*)?({qualifier}\s*)?[\s(]*", between)
    return len(between) <= 25 and m is not None and bool(m.group(1) or m.group(2))


def _plausible(name: str, person: Match) -> bool:
    """A known person, or words that look like a person's name (not "Former U.S.", "Swedish Deputy",
    "Since Russian"): two or more capitalised words, none a title word, a stop word or a demonym."""
    if person.entity:
        return True
    words = name.split()
    return len(words) >= 2 and not any(w.strip(".,") in domain().not_names or "." in w.strip(".")
                                       or w.strip(".,").lower() in DEMONYMS for w in words)


def _slug(name: str) -> str:
    from .gazetteer import norm

    return re.sub(r"[^a-z0-9]+", "-", norm(name)).strip("-") or "unnamed"
