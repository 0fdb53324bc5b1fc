"""Spending-target rules: percentages of GDP, deadlines, who is to spend."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from . import rx as re
from .candidate import Candidate, RuleState
from .domain import domain
from .gazetteer import DEMONYMS
from .mentions import Mention
from .patterns import (
    _BY_YEAR,
    _GDP,
    _GNI,
    _GOAL_WORDS,
    _LEVEL,
    _NUMBER_WORDS,
    _PERCENT,
    _PERCENT_ELIDED,
    _RANGE_FROM,
    _RELATIVE_YEAR,
    _SECURITY,
    _SPENDING,
    _STATUS_CUES,
    _TARGET_ANAPHORA,
    APPROX,
    DATELINE_REST,
    IN_CURRENCY,
    at_war,
    blanked,
    quoted_spans,
)
from .sentences import Sentence

#: Verbs of reaching a spending goal ("to meet NATO's target", "will achieve NATO's 2 percent target").
#: An appositive after a country's figure naming it the alliance's own goal: "… by 2029 – the standard agreed upon by NATO
#: countries", ", the target set by the alliance".
#: The alliance named only as the measure a figure is counted by ("in line with NATO standards", "by NATO standards",
#: "what Premier Cho Jung-tai said was the “NATO (North Atlantic Treaty Organization) model”").
# (and its recommendations, with a union's: "Our main goal is to increase funding in accordance with the European and NATO
# recommendations. The current funding … should increase up to 2% of GDP" is the speaker's state's goal)
_NATO_MEASURE = re.compile(r"\b(?i:in\s+line\s+with|in\s+accordance\s+with|by|according\s+to|under|using|(?:to\s+)?align(?:s|ed|ing)?\s+with)\s+"
                           r"(?:what\s+[^.;%]{0,60}?\s+(?:said|called|described)\s+(?:was\s+|as\s+)?)?(?:the\s+)?(?:European\s+and\s+)?"
                           r"[“\"]?NATO(?:['’]s)?"
                           r"(?:\s*\([^()]{0,40}\))?\s+(?:standards?|criteria|definitions?|methodology|model|method|rules|recommendations|"
                           r"regulations)\b[.,]?[”\"]?")
_ALLIANCE_STANDARD = re.compile(
    r"[^.;–—]{0,60}?\s*(?:[–—]+|\s--?|,)\s*(?:the\s+(?:[\w-]+\s+){0,2}?(?:standard|norm|target|benchmark|goal|guideline|threshold|"
    r"requirement)\s+(?:(?:agreed|set|adopted|fixed)\s+(?:upon\s+|on\s+)?(?:by|among|within)\s+(?:the\s+)?(?:NATO|[Aa]lliance|[Aa]llies)\b|"
    r"of\s+(?:NATO|the\s+[Aa]lliance)\b)|"
    # ("… at least two percent of gross domestic product on its defence -- NATO's spending target --")
    r"(?:NATO|the\s+[Aa]lliance)['’]s\s+(?:[\w-]+\s+){0,2}?(?:standard|norm|target|benchmark|goal|guideline|threshold|requirement)\b)")

_REACH = r"reach|reaching|hit|hitting|meet|meeting|achieve|achieving|exceed|exceeding|surpass|surpassing"
#: A verb of passing a share, right before it ("to Surpass 2% GDP Target", "surpass the minimum 2%"): what is passed is a
#: threshold, the alliance's, never a goal of the one who passes it.
_SURPASSED = re.compile(r"\b(?:surpass\w*|exceed\w*|outstrip\w*|top(?:s|ped|ping)?)\s+(?:the\s+)?(?:minimum\s+)?$|"
                        # (the alliance's own named, passed already: "surpassing NATO’s long-standing 2% benchmark"; never "will
                        # surpass NATO’s 2% target this year", a state's goal of reaching it)
                        r"\b(?:surpass(?:ing|ed)|exceed(?:ing|ed)|outstripp(?:ing|ed)|topp(?:ing|ed))\s+(?:NATO|the\s+alliance)['’]s\s+"
                        r"(?:(?:minimum|long-standing|longstanding|current|previous|existing)\s+)?$", re.I)

#: Where a sentence's next clause begins: a year after it is that clause's, not the figure's ("met the 2% target
#: thanks to the fund, but it will be used up in 2027").
_NEW_CLAUSE = re.compile(r",\s+(?:but|although|though|while|whereas)\b|;")
#: A state on its way to a share, from its name to the figure (see TargetRules._actor): "Italy is set to reach NATO’s defense
#: spending target of 2 percent of its GDP this year".
_ON_ITS_WAY = re.compile(
    # (an appositive between: "Montenegro, as a future NATO member, plans to reach … 2 percent … by the year of 2024")
    rf"(?:['’]s\s+government)?(?:,[^,.;]{{3,60}},)?\s+(?:is|are)?\s*(?:(?:previously|already|now|still|also)\s+)?"
    rf"(?:set\s+to|going\s+to|on\s+track\s+to|will|would|plan(?:s|ned)?\s+to|aim(?:s|ed)?\s+to|"
    rf"expect(?:s|ed)?\s+to|intend(?:s|ed)?\s+to)\s+"
    # (its commitment restated on the way: "Italy plans to reaffirm its commitment to increasing military spending to
    # meet the alliance’s target of 2% of GDP by 2028")
    rf"(?:(?:reaffirm|renew|restate|reiterate|confirm)\s+its\s+commitment\s+to\s+[a-z]+ing\s+(?:[\w-]+\s+){{0,3}}?to\s+)?"
    rf"(?:{_REACH})\b"
    # (or commits to the share itself: "Germany commits to 2% NATO spending goal by 2031 for first time")
    rf"|\s+(?:commits|committed|pledges|pledged)\s+to\s+(?:the\s+|a\s+)?$")
#: What joins a figure to the next part of the same goal ("… of 3.5%, plus an additional 1.5% …", "… and another 1.5%").
_NEXT_PART = re.compile(r"[^.;%]{0,90}?\b(?:plus|and|,\s+or)\s+(?:an?\s+|another\s+)?(?:additional|further|extra)?\s*")

#: Praise for a country ("thanked Romania for …"): the country is the one spending, the speaker no proposer.
#: A sentence that only gives the goals just read their deadline: "This will happen not by 2032, but by 2035.", "It is to be
#: reached by 2030." (the last year it names after "by", past any "not by …, but")
_LATER_DEADLINE = re.compile(r"\s*(?:This|That|It|These|They|Both)\s+(?:will|would|should|shall|is\s+to|are\s+to|must|has\s+to|have\s+to)"
                             r"\s+(?:happen|be\s+(?:achieved|reached|met|done|attained)|take\s+place)\b[^.;%]*?"
                             r"(?<!\bnot\s)\bby\s+(?P<year>20\d\d)\b(?![^.;]*\bby\s+20\d\d)")

#: (or a plan over years that the next sentence says aims at the goal just read: "… to bring France's defense effort to 2% of
#: its Gross Domestic Product, …" then "… a new Military Programming Law from 2019 to 2025 aimed at achieving this objective")
_PERIOD_DEADLINE = re.compile(r"\bfrom\s+20\d\d\s+(?:to|until|through|[-–])\s+(?P<year>20\d\d)\b[^.;%]{0,40}?\b(?:aim(?:ed|ing|s)?\s+at|"
                              r"in\s+order\s+to|to)\s+(?:achiev|reach|meet|attain)\w*\s+(?:this|that|the)\s+(?:objective|goal|target)\b")

_PRAISE = re.compile(r"\b(?:thank(?:s|ed)?|prais(?:es|ed)|commend(?:s|ed)?|congratulat(?:es|ed)|applaud(?:s|ed)?)", re.I)


#: What joins one share of a list to the next, with the next one's state and no verb: "… 3.48 per cent of GDP for defence,
#: China 1.74 per cent", "…, China 1.74 per cent and India 2.66 per cent".
_LIST_NEXT = re.compile(r"\s*(?:per\s*cent|percent|%)?(?:\s+of\s+(?:its\s+|their\s+)?(?:GDP|gross\s+domestic\s+product))?"
                        r"(?:\s+(?:for|on)\s+(?:defen[cs]e|the\s+military))?\s*(?:,|,?\s+and)\s+(?:the\s+)?[A-Z][\w.’'-]*"
                        r"(?:\s+[A-Z][\w.’'-]*)?\s+")


def _clause_to(text: str, at: int) -> str:
    """The clause of ``text`` that runs up to ``at``: after its last semicolon or comma-and-conjunction ("…, but", "…, while").

    >>> _clause_to("Poland spends 4%, while Spain will reach 2%", 41)
    ' Spain will reach '
    """
    return re.split(r"[;,]\s*(?:but|while|and|whereas)\b|;", text[:at])[-1]

def _figure(pm: re.Match) -> Decimal:
    """A percentage as written: digits (a decimal comma read as a point) or a number word ("five")."""
    raw = pm.group(1).lower().replace(",", ".")
    return Decimal(_NUMBER_WORDS[raw]) if raw in _NUMBER_WORDS else Decimal(raw)


#: A goal moved "from" one share (the figure that follows): "agreed to boost their target spend from 2% to 3.5% of GDP".
_GOAL_FROM = re.compile(r"\b(?:target|goal|benchmark|guideline)s?\b(?:\s+[a-z]+)?\s+from\s+$")



#: One member of a legislature (never its majority, nor the government): "Senator Carlos Portinho", "A member of the Brazilian
#: Senate", "MP Jane Doe".
_LEGISLATOR = (r"(?:(?:Senator|Sen\.|Congressman|Congresswoman|Deputy|MP|lawmaker|legislator)\b|"
               r"(?:[Aa]n?|[Oo]ne)\s+(?:member|legislator|lawmaker)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}"
               r"(?:Senate|Parliament|Congress|House|Chamber|Assembly|Sejm|Bundestag|Knesset))")


def _legislators_proposal(text: str) -> bool:
    """Whether ``text`` tells of a proposal one legislator made: "A member of the Brazilian Senate has proposed amending …",
    "… proposed by Senator Carlos Portinho".

    >>> _legislators_proposal("A member of the Brazilian Senate has proposed amending Article 166 of the Constitution.")
    True
    >>> _legislators_proposal("An amendment is being considered, proposed by Senator Carlos Portinho.")
    True
    >>> _legislators_proposal("The government has proposed raising defence spending to 2% of GDP.")
    False
    """
    return re.search(rf"{_LEGISLATOR}[^.;]{{0,60}}?\s+(?:has\s+|have\s+)?(?:proposed|put\s+forward|tabled|introduced)\b", text) is not None \
        or re.search(rf"\b(?:proposed|put\s+forward|tabled|introduced|submitted|authored)\s+by\s+(?:the\s+)?{_LEGISLATOR}", text) is not None

#: The alliance's name as a possessive right before a figure: the figure is written inside the name of the alliance's goal
#: ("NATO’s 5% Defence Investment Pledge", "NATO’s 2 percent target").
_IN_ALLIANCE_NAME = re.compile(r"\b(?:NATO|[Aa]lliance)['’]s\s+$")


def _inside_alliance_name(text: str, at: int) -> bool:
    """Whether the figure at ``at`` is written inside the name of the alliance's goal (:data:`_IN_ALLIANCE_NAME`).

    >>> _inside_alliance_name("to meet NATO’s 5% Defence Investment Pledge", 15), _inside_alliance_name("NATO's target of 5%", 17)
    (True, False)
    """
    return _IN_ALLIANCE_NAME.search(text[max(0, at - 20):at]) is not None


#: The months, in order, for a deadline by a month with no year (see :data:`.patterns._RELATIVE_YEAR`).
_MONTHS_OF_YEAR = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
                   "December")

class TargetRules(RuleState):
    """Spending-target rules: percentages of GDP, deadlines, who is to spend."""

    def targets(self, s: Sentence, mentions: list[Mention]) -> list[Candidate]:
        before, self.undated_targets = self.undated_targets, (s.paragraph, [])
        later = _LATER_DEADLINE.match(s.text) or _PERIOD_DEADLINE.search(s.text)
        if later and before[1] and s.paragraph - before[0] <= 1 and not _PERCENT.search(s.text):
            # "… 3.5% of GDP for capabilities plus 1.5% for infrastructure. This will happen not by 2032, but by 2035.": the
            # deadline the next sentence gives the goals just read that had none
            for fields in before[1]:
                fields["year"] = later.group("year")
            return []
        found = self._targets(s, mentions)
        found += self._committed_later(s, mentions, found)
        if not found and not _PERCENT.search(s.text):
            found += self._brought_forward(s)
        found += self._named_goal(s, mentions, found)
        undated = [c.fields for c in found if not c.fields.get("year")]
        last_figure = max((pm.end() for pm in _PERCENT.finditer(s.text)), default=len(s.text))
        # (the same inside one quoted paragraph read as one sentence: "“We … support … 3.5% of GDP … plus 1.5% … This will
        # happen not by 2032, but by 2035. …”")
        inside = next((m for m in (_LATER_DEADLINE.match(s.text, b.end()) for b in re.finditer(r"(?<=[.!?])\s+(?=[A-Z])", s.text)
                                   if b.start() >= last_figure) if m), None)
        if inside is not None:
            for fields in undated:
                fields["year"] = inside.group("year")
            undated = []
        self.undated_targets = (s.paragraph, undated)
        return found

    def _named_goal(self, s: Sentence, mentions: list[Mention], found: list[Candidate]) -> list[Candidate]:
        """A state's goal named as the alliance's target with no share, by a year ("Canada expects to hit the NATO defence
        spending target in 2032"), given the share the alliance's target has in the sentence before or the next one ("The 32
        members of the alliance agreed last year to spend at least … two per cent …"): that share, the state's, by that year."""
        alliance = self._alliance()
        pending, self.pending_named = self.pending_named, None
        named = None if _PERCENT.search(s.text) else re.search(
            r"\b(?P<who>[A-Z][\w-]+)\s+(?:expects?|plans?|aims?|intends?|wants?|will|would)\s+(?:to\s+)?(?:hit|reach|meet|achieve)\s+"
            r"(?:the\s+|its\s+)?(?:NATO['’]?s?\s+|alliance['’]s\s+)(?:(?:defen[cs]e\s+)?spending\s+)?(?:target|goal|benchmark)\s+(?:in|by)\s+"
            r"(?P<year>20\d\d)\b", s.text)
        state = self.g.country_or_org(named.group("who")) if named else None
        out: list[Candidate] = []
        # (or the target the page just gave a state, hit by a year or by this year's end: "Just a couple of months after announcing
        # that he would meet the NATO-agreed target of 2 per cent … by 2029, … Pedro Sánchez, reconsidered … Now, Madrid is aiming
        # to hit the target by the end of the year")
        moved = None if named or _PERCENT.search(s.text) or not self.last_target else re.search(
            r"\b(?P<who>[A-Z][\w-]+)\s+(?:is\s+|are\s+)?(?:now\s+)?(?:expects?|expecting|plans?|planning|aims?|aiming|intends?|wants?|will|"
            r"would)\s+(?:to\s+)?(?:hit|reach|meet|achieve)\s+(?:the|that|this)\s+(?:target|goal)\s+(?:(?:in|by)\s+(?P<year>20\d\d)\b|"
            r"(?P<now>(?:by\s+the\s+end\s+of\s+|(?:with)?in\s+)?(?:the|this)\s+year\b))", s.text)
        mover = (self.g.country_or_org(moved.group("who")) or self.g.as_state(moved.group("who"))) if moved else None
        due = (moved.group("year") or (str(self.year) if self.year else None)) if moved else None
        if moved and mover is not None and mover.type == "country" and due and self.last_target \
                and self.last_target.get("actor") in (mover.entity, alliance):
            out.append(Candidate.scored("target", {"actor": mover.entity, "percent_gdp": self.last_target["percent_gdp"], "year": due,
                                                   "category": "defence"}, s, "target:restated-commitment", [mover]))
        if named and state is not None and state.type == "country" and alliance:
            share = self.last_target.get("percent_gdp") if self.last_target and self.last_target.get("actor") == alliance else None
            if share is None:
                self.pending_named = (state, named.group("year"), s)  # (the share may come in the next sentence)
                return out
            out.append(Candidate.scored("target", {"actor": state.entity, "percent_gdp": share, "year": named.group("year"),
                                                   "category": "defence"}, s, "target:restated-commitment", [state]))
        share = next((c.fields["percent_gdp"] for c in found if c.fields.get("actor") == alliance), None)
        if pending is not None and share is not None and s.paragraph - pending[2].paragraph <= 1:
            state, year, said = pending
            out.append(Candidate.scored("target", {"actor": state.entity, "percent_gdp": share, "year": year, "category": "defence"},
                                        said, "target:restated-commitment", [state]))
        return out

    def _targets(self, s: Sentence, mentions: list[Mention]) -> list[Candidate]:
        # (never an interviewer's question, nor his line in a paragraph that asks: "DER SPIEGEL: … why not set more ambitious
        # targets, 2.5 or 3 percent, which could …?", "Regarding the demands for the defense budget to increase to five percent,
        # you said that percentages don't matter. But could you tell us …?"; a headline's question is the story's: "Will NATO’s
        # defence spending target … be raised to 5 per cent?")
        interviewing = self.labelled_turns >= 2 or self.interview[0] is not None
        if s.paragraph in self.asking and ((interviewing and s.text.rstrip().endswith("?"))
                                           or re.search(r"\byou\s+(?:said|say|have|had|were|are)\b", s.text)):
            return []
        budget = re.search(r"\b(20\d\d)\s+(?:draft\s+|state\s+)?(?:defen[cs]e\s+|military\s+)?budget\b|"
                           r"\bbudget\s+(?:proposal\s+|bill\s+|law\s+|plan\s+)?for\s+(20\d\d)\b",
                           s.text, re.I)
        if budget and self.year and int(budget.group(1) or budget.group(2)) >= self.year:
            self.budget_year = budget.group(1) or budget.group(2)  # "its 2026 budget proposal", "its defense budget for 2026"
        anaphora = _TARGET_ANAPHORA.search(s.text)
        if anaphora and self.last_target and not _PERCENT.search(s.text):
            return self._restated_targets(s, mentions)
        # (and where the sentence's own figures come only after it: "Our country aims to achieve this by 2035, with an
        # intermediate target of 1.57 percent by 2030" — the share named before, by 2035, and the new one)
        named_before = self._restated_targets(s, mentions) if anaphora and self.last_target and all(
            pm.start() > anaphora.end() for pm in _PERCENT.finditer(s.text)) else []
        # (or a percentage called a target: "until 2035 to reach the 3.5% target", "reach their targets with 2.1 percent")
        # (or a percentage to reach: "a plan … to reach that 5 percent percentage by 2032")
        # (or a percentage named as a commitment or benchmark: "already exceeds today the 2 percent commitment in defense",
        # "We have consistently surpassed the 2% benchmark")
        # the next part of a target just read, its actor's: "Another 1.5 percent is added to this …", "Together, that makes
        # 5 percent, which is the same as the demand that … Trump made"
        continued = self.last_target is not None and re.match(
            r"\s*(?:(?:Another|An\s+additional|A\s+further)\s+[\d.,]+\s*(?:%|percent|per\s+cent)|Together,?\s+(?:that|this|these|they)\s+"
            r"(?:makes?|adds?\s+up\s+to|comes?\s+to)\s+[\d.,]+\s*(?:%|percent|per\s+cent))", s.text)
        spoken_of = self.spending_paragraph == s.paragraph
        # (or its GDP given to defence: "Macedonia contributes more than 2 percent of its GDP to defense. That is enormous progress
        # and the country has pledged to reach 5 percent")
        if _GDP.search(s.text) and (_SPENDING.search(s.text) or re.search(r"\b(?:to|for|on)\s+(?:its\s+)?defen[cs]e\b", s.text)):
            self.spending_paragraph = s.paragraph
        if not (_GDP.search(s.text) or _SPENDING.search(s.text)
                or re.search(r"\b(?:targets?|goals?|percentages?|requirements?|thresholds?|norms?)\b", s.text, re.I)
                # ("… allocate more than 3% of GDP to defense spending. Riga is also aiming for 4% next year.")
                or (spoken_of and re.search(r"\b(?:aim(?:s|ing)?\s+(?:for|at)|reach|hit|achieve)\s+(?:about\s+|around\s+)?(?:[\d.,]+|"
                                            + "|".join(_NUMBER_WORDS) + r")\s*(?:%|percent|per\s+cent)", s.text, re.I))
                or re.search(r"\d\s*(?:%|percent|per\s+cent)\s+(?:of\s+GDP\s+)?(?:commitment|benchmark)\b", s.text, re.I)
                # (or a share to reach by a year, on a page that speaks of defence spending as a share elsewhere: "Germany aims
                # to reach 1.5% by 2024", then "The 2% defense spending aim is disputed …")
                # (or the share a state intends to achieve, the one the page named: "Germany, like many other allies, has
                # expressed its intention to achieve the 2 percent as quickly as possible")
                or ((re.search(r"\b(?:(?:aims?|aiming|plans?|hopes?|intends?)\s+to|should|will|would)\s+(?:reach|hit|achieve)\s+"
                               r"(?:about\s+|around\s+)?[\d.,]+\s*(?:%|percent|per\s+cent)\s+by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b",
                               s.text)
                     or re.search(r"\b(?:intention|aim|plans?|commitment|promise)\s+to\s+(?:achieve|reach|meet|hit)\s+the\s+[\d.,]+\s*"
                                  r"(?:%|percent|per\s+cent)\b", s.text))
                    and any(_SPENDING.search(t) and _PERCENT.search(t) for t in self.paragraph_texts.values()))
                or continued):
            return []
        out: list[Candidate] = []
        people = [m for m in mentions if m.match.type == "person" and not _addressed(s.text, m)]
        percents = [pm for pm in _PERCENT.finditer(s.text)]
        if percents:  # "… 3.5 per cent for core military spending and another 1.5 in defence-related investments"
            percents = sorted(percents + [e for e in _PERCENT_ELIDED.finditer(s.text, percents[0].end())
                                          if 0 < float(e.group(1)) <= 20], key=lambda m: m.start())
        # (never the year a goal was set, named after it: "By 2024, … aims to reach 1.66% …, a target that will still fall short
        # of the 2% target agreed between NATO member countries at the Welsh summit in 2014" has one deadline, 2024)
        # (nor one a pledge was made in, named before its verb: "In 2014 NATO allies pledged to set a minimum of 2% of GDP by 2024")
        years = [y.group(1) or y.group(2) for y in _BY_YEAR.finditer(s.text)
                 if not (re.match(r"in\b", y.group(0), re.I) and (
                     re.search(r"\b(?:agreed|set|adopted|established|summit)\b[^.;%]{0,60}$", s.text[max(0, y.start() - 60):y.start()])
                     or re.match(r",?\s+(?:[A-Z][\w-]*\s+){0,3}(?:\w+\s+){0,2}?(?:agreed|pledged|committed|decided|promised|vowed)\b",
                                 s.text[y.end():])))]
        alliance = self._alliance()
        figures = [_figure(pm) for pm in percents]  # each as written (a range's lower bound is taken below)
        previous: tuple[int, object, str | None] | None = None  # the sentence's last target figure: where it ended, year, actor
        # shares of the defence budget, no share of GDP anywhere in the sentence: "43.9 percent of defense expenditure is
        # reserved for military personnel salaries, 29.3 percent for equipment …, and 3.8 percent …" (no goal)
        # (or of the state's whole spending: "Malta spent just under €90m on defence in 2023, roughly 1.2% of total government
        # spending")
        # (or of "the budget" the page speaks of: "25 per cent of the budget will be allocated to …, and 2 per cent to research")
        # (or of a programme's or an allocation's, by its name: "Naval operations received GH¢101,989,960 representing six percent
        # of the Ghana Armed Forces allocation", "5.4 percent of the Ghana Armed Forces Programme"; or of a company's sales)
        if not _GDP.search(s.text) and re.search(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s*(?:%|percent|per\s+cent)\s+"
                                                 r"of\s+(?:the\s+|its\s+|their\s+)?(?:total\s+|all\s+)?"
                                                 r"(?:(?:defen[cs]e|military|government|public|state)\s+(?:expenditure|spending|budget)s?|"
                                                 r"budgets?|(?:[A-Z][\w’'-]*\s+){0,4}(?:allocation|programme|program|estimates?|appropriation)s?|"
                                                 # (or a company's sales or revenue: "ten percent of gross sales from the public
                                                 # corporation Codelco … be allocated to the national Armed Forces")
                                                 r"(?:[\w’'-]+\s+){0,5}?(?:gross\s+)?(?:sales|revenues?|earnings|profits?|exports?))\b",
                                                 s.text, re.I) \
                and not any(re.match(r"\s*(?:target|goal|benchmark|threshold)\b", s.text[pm.end():]) for pm in percents):
            # (but a figure named a goal stays one: "“We will reach the two-percent target next year … NATO observes the principle
            # of allocating at least 20 percent of the defense budget for modernization …,” says Petrovska")
            return []
        # a sentence about a budget that names no goal (see below)
        # ("- North Macedonia's state budget for 2024 foresees USD 263 million on defense spending, or 2.22 percent of the GDP")
        # (after a dateline: "Brussels, 18 June 2024 (MIA) - …")
        budget_levels = re.match(r"\s*(?:[-–•]\s*)?(?:[A-Z][\w.'-]+" + DATELINE_REST + r"[—–-]+\s+)?"
                                 r"(?:The|Its|Their|A|This\s+year['’]s|Next\s+year['’]s|"
                                 r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}['’]s)\s+(?:(?:new|draft|proposed|revised|state|"
                                 r"national|defen[cs]e|military|(?:19|20)\d\d)\s+)*budget(?:\s+(?:proposal|draft|bill|plan|law))?\b",
                                 s.text) and not re.search(rf"\b(?:{_GOAL_WORDS}|aim|commitment|pledge|obligation)s?\b", s.text, re.I) \
            and not re.search(r"\b(?:should|must|ought\s+to)\s+(?:be|reach|exceed)\b", s.text)  # ("Georgia's military budget should be
        # over 2% of GDP": a goal)
        # (a legislator's proposal, told in this sentence or the one before that "the proposal" refers to: see below)
        legislators = _legislators_proposal(s.text) or (
            self.previous_sentence is not None and self.previous_sentence[0].paragraph == s.paragraph
            and re.match(r"\s*(?:The|This|That|Its)\s+(?:[A-Z]{2,6}|proposal|amendment|bill)\b", s.text) is not None
            and _legislators_proposal(self.previous_sentence[0].text))
        level_end = -1  # where the last figure read as a level ended ("drop to 1.38% next year and to 1.26% in 2025")
        goal_before = self.last_target  # (the goal read before this sentence, which its figures may be the parts of)
        for i, pm in enumerate(percents):
            values_before = figures[:i]  # the figures read before this one in the sentence
            value = figures[i]
            if re.search(r"\b(?:(?:should|must|shall|may|can|could|would|will)\s+not|cannot|can't|never\s+to|not\s+to)\s+"
                         r"(?:exceed|surpass|go\s+(?:above|beyond|over)|be\s+more\s+than)\s+(?:about\s+|around\s+)?$|"
                         r"\b(?:ceiling|cap|limit|maximum)\s+of\s+$|\bcapped\s+at\s+$", s.text[max(0, pm.start() - 40):pm.start()]):
                continue  # "legislative regulations on military spending, according to which that spending should not exceed 4
                # percent of the GDP": a ceiling, the most allowed, no goal
            following = _RANGE_FROM.search(s.text[:percents[i + 1].start()], max(0, percents[i + 1].start() - 40)) \
                if i + 1 < len(percents) else None
            if following and pm.start() in (following.start(g) for g in ("between", "dash", "from", "to")) \
                    and not (pm.start() == following.start("from")
                             and _GOAL_FROM.search(s.text, 0, pm.start())):
                continue  # "between 5% and 6%": the range is read once, at its second figure (but a goal moved "from" one
                # figure to another had the first before: "agreed to boost their target spend from 2% to 3.5% of GDP")
            lower = _RANGE_FROM.search(s.text, max(0, pm.start() - 40), pm.start())
            ranged = False
            # (the words before the range itself, in the sentence: "Albania has increased defence spending from 1.35% to 1.76%")
            if lower and (lower.group("between") or lower.group("dash") or lower.group("to") or not re.search(
                    r"\b(?:increas|rais|boost|lift|grow|hik|doubl|ris|jump|up)\w*\b[^.;]{0,50}$", s.text[max(0, lower.start() - 80):lower.start()])):
                # a range is committed at its lower bound ("between 5% and 6% … starting in 2026"), not an old
                # figure rising to a new one ("increase from 2 to 3 percent")
                value, ranged = Decimal(lower.group("between") or lower.group("dash") or lower.group("from") or lower.group("to")), True
            if level_end >= 0 and re.fullmatch(r"[^.;%]{0,40}?\b(?:and|or)\s+(?:then\s+)?(?:to\s+|at\s+)?(?:about\s+|around\s+|some\s+)?",
                                               s.text[level_end:pm.start()]):
                level_end = pm.end()
                continue  # "… drop to 1.38% next year and to 1.26% in 2025": the next level of the same run
            if re.match(r"\s*(?:per\s*cent|percent)?\s+of\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:target|goal|benchmark|requirement)\b",
                        s.text[pm.end():]):
                continue  # "Italy … is expected to reach 1.46% of the target this year": a share of a goal, not one
            if i and re.search(r"\b(?:rais|bring|brings|brought|tak|took|lift|push)\w*\s+(?:that|this|it)\s+to\s+(?:almost|about|around|nearly|"
                               r"over|more\s+than|some)?\s*$", s.text[percents[i - 1].end():pm.start()]) \
                    and not re.match(r"\s*(?:per\s*cent|percent)?\s*of\s+(?:its\s+|the\s+)?(?:GDP|gross\s+domestic\s+product)\b",
                                     s.text[percents[i - 1].end():], re.I) \
                    and not _GDP.search(s.text[pm.end():pm.end() + 30]):
                continue  # "only 6.73% goes on equipment …, but the purchase of Black Hawk helicopters raises that to almost 10%":
                # the figure before raised, a share of the budget, no share of GDP
            at_war = 10 < value <= 50 and re.match(r"\s*(?:per\s*cent|percent)?\s+of\s+(?:the\s+country['’]s\s+|its\s+|their\s+|"
                                                   r"[A-Z][\w’'-]*['’]s?\s+)?(?:GDP|gross\s+domestic\s+product)\b", s.text[pm.end():])
            # (a small state's own goal below 1 %, named a goal and due a year: "The Grand Duchy targeted a goal of 0.6% by last
            # year and 0.72% by 2024", "has set a target of 0.72% by 2024" — never aid's share, "aid from 0.5% of GDP to 0.3%")
            small_goal = Decimal("0.3") <= value < 1 and re.search(
                r"\b(?:target(?:s|ed)?|goals?|aim(?:s|ed)?|objective)\b", s.text[max(0, pm.start() - 60):pm.end() + 40], re.I) \
                and re.match(r"\s*(?:of\s+(?:\w+\s+){1,3}?)?(?:by|until|in)\s+(?:20\d\d|last\s+year|next\s+year)\b", s.text[pm.end():]) \
                and not re.search(r"\baid\b|\bassistance\b|\bODA\b|\bGNI\b", s.text, re.I)
            if not (1 <= value <= 10 or at_war or small_goal):
                # not a share of GDP spent on defence (no ally's goal is under 1 %, "aid from 0.5% of GDP to 0.3%", nor above
                # 10 %: "NATO expects Croatia to reach the minimum target of 20 percent by 2024" is a share of its budget; but a
                # country at war may spend more, said as a share of its GDP: "about 27.2% of the country's gross domestic
                # product to the army and defence")
                continue
            if re.search(r"\b(?:in|since|of)\s+19\d\d\b[^.;%]{0,40}$", s.text[max(0, pm.start() - 60):pm.start()]):
                continue  # "The last time the country approached 2% of GDP was back in 1964, when 1.9% of GDP was allocated": a
                # level of last century, no goal
            if re.search(r"\b(?:deficits?|debt|borrowing|inflation|growth|revenues?|taxe?s?|unemployment)\b(?:(?!,?\s+and\s)[^.;%]){0,40}$",
                         s.text[max(0, pm.start() - 60):pm.start()], re.I):
                continue  # "The budget deficit is set at 18.5% of GDP": a deficit, a debt, growth, no defence spending (not a next
                # clause's: "agreed to increase defence expenditure in line with GDP growth, and to aim to reach a 2% defence
                # spending/GDP ratio")
            if re.search(r"\b(?:meaning|which\s+means|that\s+means|this\s+means)\s+(?:that\s+)?(?:about\s+|around\s+)?$",
                         s.text[max(0, pm.start() - 30):pm.start()]):
                continue  # "GDP in 2035 may be approximately 9.23 billion euros, meaning five percent earmarked for defense would total
                # around 461.5 million euros": a sum worked out, no goal
            if re.search(r"(?:^|[.;:]\s+|,\s+)[Ii]f\s+(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?|it|they|we)\s+(?:were\s+to\s+)?"
                         r"(?:allocates?|spends?|raises?|increases?|devotes?|reaches?|allocated|spent|raised|devoted)\b[^.;,]{0,60}$",
                         s.text[:pm.start()]):
                continue  # "If Montenegro allocates five percent of its gross domestic product (GDP) to defense by 2035, …, that
                # figure could exceed 460 million euros": a supposition, no goal
            if re.search(r"\b(?:military\s+|financial\s+|humanitarian\s+)?(?:assistance|aid|support)\s+(?:to|for)\s+(?:Ukraine|Kyiv|Kiev)\s+"
                         r"(?:is|was|amounts?\s+to|amounted\s+to|stands?\s+at|totals?|totalled|reached)\s+(?:more\s+than\s+|over\s+|about\s+|"
                         r"around\s+|nearly\s+|almost\s+)?$", s.text[max(0, pm.start() - 70):pm.start()]):
                continue  # "Thus, our total military assistance to Ukraine is more than 1% of our GDP": aid as a share of GDP, no
                # defence goal
            sector = r"(?:education|health(?:care)?|pensions?|the\s+pension\s+scheme|social\s+(?:protection|security|spending)|culture)"
            if re.match(rf"\s*(?:of\s+(?:the\s+)?GDP\s+)?(?:to|on|for)\s+{sector}\b", s.text[pm.end():]) or re.search(
                    rf"\b(?:to|on|for)\s+{sector}\s+(?:is|was|are|were|at|of)\s+(?:about\s+|around\s+)?$|\b(?:dedicated|allocated|devoted)\s+to\s+{sector}\b"
                    rf"(?=[^.;%]{{0,10}}$)", s.text[max(0, pm.start() - 60):pm.start()]) or re.match(
                    rf"[^.;,%]{{0,40}}?\b(?:dedicated|allocated|devoted|spent)\s+(?:to|on)\s+{sector}\b", s.text[pm.end():]):
                continue  # "In 2025, a budget of 2.36% of GDP has been dedicated to education, 2.78% to health, while budgetary spending
                # on the pension scheme is 7.4% of GDP": shares of other sectors, no defence goal
            if re.search(r"\b[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s+\(\s*(?:about\s+|around\s+)?$", s.text[max(0, pm.start() - 30):pm.start()]) \
                    and re.match(r"\s*\)", s.text[pm.end():]):
                continue  # "Croatia (2.03%), Estonia (2.34%), Greece (3.76%) …": a country's share in brackets, a level
            if _GNI.match(s.text, pm.end()):
                continue  # "2% of its Gross National Income (GNI)", "a 5% GNI target": a share of another measure than GDP
            if i and re.search(r"\b(?:amounts?|amounting|correspond(?:s|ing)?|equals?|equal\s+to|equivalent)\s+(?:to\s+)?"
                               r"(?:around\s+|about\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$", s.text[max(0, pm.start() - 40):pm.start()]):
                continue  # "2% GNI would amount to around 1.7% GDP": the figure before, in another measure, not a goal of its own
            if re.match(r"\s+(?:share\s+)?of\s+(?:the\s+)?(?:world|global|worldwide|total\s+world)\b", s.text[pm.end():]):
                continue  # "Brazil ranks 12 with US$ 23.3 billion with a 1.6% share of world military expenditure": a share of the
                # world's spending, no share of GDP
            if re.search(r"\b(?:spends?|spent|allocates?|allocated|invests?|invested|devotes?|devoted)\s+only\s+"
                         r"(?:about\s+|around\s+|some\s+|roughly\s+|approximately\s+)?$", s.text[max(0, pm.start() - 40):pm.start()]):
                continue  # "…, Brazil allocates only around 1,1%, revealing a significant disparity": what it spends, a level
            if re.search(r"\bwith\s+(?:[\w-]+\s+){0,2}(?:investments?|spending|expenditures?|budgets?|outlays?)\s+(?:exceeding|above|"
                         r"over|of\s+more\s+than|topping)\s+(?:about\s+|around\s+|some\s+)?$", s.text[max(0, pm.start() - 60):pm.start()]):
                continue  # "While nations such as Colombia … surpass Brazil with investments exceeding 1,1% of GDP": others' levels
            if legislators:
                continue  # "A member of the Brazilian Senate has proposed amending … the Constitution to permanently assign 2% or more
                # of the country’s annual GDP …", "… proposed by Senator Carlos Portinho. The PEC aims to … 2% of GDP": a
                # legislator's proposal, no state's goal
            if re.match(r"[\s\-–—)]*of\s+(?:its|their|the|our|this\s+year's)?\s*(?:[\w'’-]+\s+){0,3}?budget(?:s|ary)?\b", s.text[pm.end():]) \
                    and not re.search(r"\bGDP\b|gross domestic product", s.text[pm.end():pm.end() + 60]):
                continue  # "€90 million - or 17% - of its total annual defence budget": a share of a budget, not of GDP
            if (re.search(r"\bup\s+from\s+(?:the\s+)?(?:current\s+|present\s+)?(?:about\s+|around\s+)?$", s.text[max(0, pm.start() - 30):pm.start()])
                    and not re.match(rf"\s*(?:of\s+GDP\s+)?{_GOAL_WORDS}", s.text[pm.end():])) \
                    or re.search(r"\b(?:projected|projections?|forecasts?|forecast)\b(?:[^.;]|\.(?=\d)){0,45}$",
                                 s.text[max(0, pm.start() - 60):pm.start()]) \
                    or re.match(r"[^.;%]{0,40}?,\s+according\s+to\s+(?:[\w-]+\s+){0,3}(?:projections?|forecasts?|estimates?)\b",
                                s.text[pm.end():]) \
                    or (re.search(r"\b(?:projected|projections?\s+show|forecasts?\s+show|estimated\s+at|estimates?\s+show|"
                                  r"estimat(?:es|ed|ing)\s+that\s+(?:it|spending|this)\s+(?:stood|stands|was|is|amounted|amounts|reached))\b"
                                  r"(?![^;]*\b(?:target|goal|aim\w*|plan\w*|pledg\w*|commit\w*|intend\w*|want\w*)\b)[^;]*$",
                                  s.text[:pm.start()], re.I)
                        and not re.match(rf"\s*(?:of\s+GDP\s+)?{_GOAL_WORDS}", s.text[pm.end():])):
                # ("Norway's defence spending is this year expected to amount to just over 1.4% of GDP, according to government
                # budget projections": a projection too, named after the figure)
                continue  # "up from the 2.4% the country currently spends" (not "up from the current 2% target"), "the
                # previously projected 2.4% for this year and 2.6% by 2028": a level risen from, a projection; and so is
                # every figure after "estimated at" or "projections show" in its clause ("spending for 2025 is estimated at
                # 1.53 percent of GDP, and for 2026 at 1.6 percent"), unless a goal is named between
            if i + 1 < len(percents) and re.search(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+)?$", s.text[max(0, pm.start() - 25):pm.start()]) \
                    and re.fullmatch(r"[^.;%]{0,40}?\bto\s+(?:(?:reach|hit|meet)\s+(?:the\s+|its\s+)?)?"  # ("from 1.3% of GDP to reach the 2% goal")
                                     r"(?:about\s+|around\s+|approximately\s+|roughly\s+|nearly\s+|some\s+|at\s+least\s+|over\s+|"
                                     r"more\s+than\s+)?",
                                     s.text[pm.end():percents[i + 1].start()]) \
                    and not re.match(rf"\s*(?:of\s+GDP\s+)?{_GOAL_WORDS}", s.text[pm.end():]) \
                    and re.search(r"\b(?:increas|rais|boost|lift|grow|hik|doubl|ris|jump|push|bring|brought|tak|took|"
                                  # (or fallen from: "… has fallen sharply since 2010, a time of austerity, from 1.24% of GDP to 1%
                                  # in 2015")
                                  r"fall|fell|drop|declin|decreas|shr[aiu]nk|slid|slipp)\w*\b[^.;]{0,60}$",
                                  s.text[max(0, pm.start() - 90):pm.start()]) \
                    and not _GOAL_FROM.search(s.text, 0, pm.start()):
                continue  # "raising military spending from 2.41% of GDP in 2024 to 3% by 2029": the level risen from (but a goal
                # raised from one figure had it before: "agreed to boost their target spend from 2% to 3.5% of GDP")
            aligned = alliance and re.match(
                r"[^.;%]{0,60}?,?\s+(?:aligning|aligned|in\s+line|in\s+keeping|consistent|complying|in\s+accordance)\s+with\s+(?:the\s+)?"
                r"(?:NATO|[Aa]lliance|North\s+Atlantic\s+Alliance)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:recommendations?|guidelines?|"
                r"targets?|goals?|benchmarks?|requirements?|standards?|norms?)\b", s.text[pm.end():])
            if aligned and not any(c.fields.get("actor") == alliance and c.fields.get("percent_gdp") == str(value.normalize())
                                   for c in out):
                # "At present, Croatia dedicates 2% of its economic output to defense, aligning with NATO recommendations
                # for member states": whatever the country's figure is (here a level), the alliance's guideline is that
                guideline = value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
                out.append(Candidate.scored("target", {"actor": alliance, "percent_gdp": str(guideline), "status": "benchmark",
                                                       "category": "defence"},
                                            s, "target:percent-of-gdp", [], *(() if _GDP.search(s.text) else ("no-gdp-word",))))
            if budget_levels:
                continue  # "The new budget proposal, rolled out for 2026, reduces defense allocations to 2.1% of GDP, diverging
                # from the former administration's plan of 2.35%": a budget's levels, no goal
            past = re.search(r"\bin\s+((?:19|20)\d\d),?\s+(?:(?:it|this|that|spending|the\s+figure)\s+(?:was|stood\s+at|reached|amounted\s+to)\s+)?"
                             r"(?:about\s+|around\s+)?$", s.text[max(0, pm.start() - 50):pm.start()])  # (or "and in 2024, 2.2%")
            if re.search(r"\b(?:by\s+maintaining|(?:is|are)\s+(?:maintaining|keeping)|maintains|keeps)\s+(?:its|their|the\s+country['’]s)\s+"
                         r"(?:defen[cs]e\s+|military\s+)?(?:spending|expenditures?|budget)\s+(?:above|at|over|beyond)\s+(?:about\s+|around\s+)?$",
                         s.text[max(0, pm.start() - 90):pm.start()]):
                continue  # "Greece is fulfilling its obligations … by maintaining its defense spending above 2% of GDP": a level
                # held now, no goal (the alliance's guideline, where named, is read above)
            if re.match(r"\s*(?:more|less)\b(?:\s+[\w-]+){0,3}?\s+(?:than|compared)\b", s.text[pm.end():]):
                continue  # "European countries and Canada will spend 3% more on defense compared to last year": a growth rate
            if past and self.year and int(past.group(1)) < self.year:
                continue  # "By comparison, in 2024 it was 2.1% of GDP": a level of a year gone
            # (or kept since a year gone: "we have allocated 2pct of the GDP for defence since 2016")
            gone = re.match(r"[^.;%]{0,50}?\b(?:in|since)\s+((?:19|20)\d\d)\b",
                            s.text[pm.end():percents[i + 1].start() if i + 1 < len(percents) else None])
            if gone and self.year and int(gone.group(1)) < self.year and not re.search(
                    r"\b(?:targets?|goals?|aim\w*|pledg\w*|commit\w*|agree\w*|promis\w*|benchmark|threshold|guideline|requirement|"
                    r"plan\w*|will|would|should|must|set|adopted|decided)\b", _NEW_CLAUSE.split(s.text[:pm.end() + gone.end()])[-1], re.I):
                continue  # "Greece spent 3.1% of its GDP on national defense in 2008": a level of a year gone, told after it
            if re.search(r"\b(?:an?\s+)?(?:increase|rise|growth|jump|up)\s+from\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$",
                         s.text[max(0, pm.start() - 30):pm.start()]) or (
                    re.search(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$", s.text[max(0, pm.start() - 20):pm.start()])
                    and re.search(r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:increased|raised|grown|risen|boosted|lifted)\b[^.;]{0,60}$",
                                  s.text[max(0, pm.start() - 90):pm.start()])) or re.search(
                    r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:increased|raised|grown|risen|boosted|lifted)\b(?:[^.;]|\.(?=\d)){0,80}\bto\s+"
                    r"(?:about\s+|around\s+|roughly\s+|some\s+)?$", s.text[max(0, pm.start() - 120):pm.start()]):
                continue  # "…, an increase from 1.35% over the last decade", "Albania has increased defence spending from 1.35% to
                # 1.76%": the level it rose from, and the level it has reached
            if i > 0 and re.search(r"\bfrom\s+(?:a\s+little\s+|just\s+)?(?:over\s+|under\s+|about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$",
                                   s.text[max(0, pm.start() - 30):pm.start()]) \
                    and re.search(r"\b(?:rais|increas|boost|lift|grow|hik|ris|bring|take)\w*\b[^.;]{0,80}\bto\b", s.text[:percents[i - 1].start()]):
                continue  # "plans to raise defence spending to as much as 2.5% … this year from a little over 2.2% in 2024": the
                # level risen from, after the goal
            if re.match(r"\s*(?:per\s+cent|percent)?\s*(?:of\s+(?:GDP|gross\s+domestic\s+product)\s*)?(?:(?:at\s+(?:this|the)\s+moment|at\s+present|"
                        r"right\s+now)\b|\([^)]*\b(?:currently|now)\s+(?:spends?|spending)\b[^)]*\))", s.text[pm.end():]):
                continue  # "as we have 2.3 per cent at this moment", "from 2.3% (how much Romania currently spends)": a level
            if re.search(r"\b(?:less\s+than|below|under|fewer\s+than|(?:is|are|was|were)\s+(?:still\s+)?not)\s+$",
                         s.text[max(0, pm.start() - 20):pm.start()]):
                continue  # "still spending less than one percent of their GDP", "that is still not two percent": a comparison
            if re.match(r"\s*(?:per\s*cent|percent|%)?\s*(?:of\s+(?:GDP|gross\s+domestic\s+product))?\s*,?\s*(?:which\s+is\s+|still\s+)?"
                        r"(?:less\s+than|below|short\s+of|under|lower\s+than|falling\s+short\s+of)\s+[^.;%]{0,50}?"
                        r"\b(?:goal|target|aim|benchmark|pledge)\b", s.text[pm.end():]):
                continue  # "would be 4.87 percent of GDP, less than the government's stated goal of 5 percent": the figure held
                # against the goal (the goal is read on its own)
            # (or a comparison with another figure: "about 3.1 per cent lower than the last one")
            if (re.match(r"\s*(?:per\s*cent|percent|%)?\s*(?:annual\s+|year-on-year\s+)?(?:increase|rise|growth|hike|jump|boost|cut|"
                         r"decrease|decline|drop|reduction|(?:lower|higher|less|more)\s+than)\b",
                         s.text[pm.end():])
                    or re.search(r"\b(?:rise|rises|rising|rose|increase|increases|increased|increasing|grow|grows|grew|growing|jump|jumped|"
                                 r"climb|climbed|up|down)\s+by\s+(?:about\s+|around\s+|some\s+|an?\s+average\s+of\s+)?$",
                                 s.text[max(0, pm.start() - 40):pm.start()])) \
                    and not re.match(r"\s*(?:per\s*cent|percent|%)?\s*of\s+(?:(?:the\s+)?(?:country['’]s\s+)?GDP|gross)", s.text[pm.end():]):
                continue  # "an 8.2 percent increase from 2025", "would rise by 8.2% to 66.3 trillion won": a budget's growth, no share
                # of GDP
            # (or growth as the subject the figures are given to, or a budget raised by the figure: "Nominal defence spending
            # increases in 2015 and 2016 were 5% and 7% respectively", "Thailand Raises Defence Budget 5%")
            if (re.search(r"\b(?:increases?|rises?|growth|cuts?|declines?|decreases?|reductions?)\b[^.;%]{0,60}?\b(?:was|were|is|are|"
                          r"stood\s+at|amounted\s+to)\s+(?:[\d.,]+\s*(?:%|per\s*cent|percent)\s*(?:,|and)\s*)*"
                          r"(?:about\s+|around\s+|roughly\s+|some\s+)?$", s.text[max(0, pm.start() - 120):pm.start()])
                    or re.search(r"\b(?i:rais|increas|boost|hik|lift|cut|slash|trim)\w*\s+(?:[\w-]+\s+){0,3}?(?i:budget|spending|"
                                 r"expenditure)s?\s+(?:by\s+)?$", s.text[max(0, pm.start() - 60):pm.start()])) \
                    and not re.match(r"\s*(?:per\s*cent|percent|%)?\s*of\s+(?:(?:the\s+)?(?:country['’]s\s+)?GDP|gross)", s.text[pm.end():]):
                continue
            if re.search(r"\b(?:compared\s+(?:with|to)|as\s+against|versus|vs\.?)\s+(?:about\s+|around\s+|some\s+)?$",
                         s.text[max(0, pm.start() - 25):pm.start()]):
                continue  # "3 percent of GDP on defense by 2029, compared with 2.4 percent in 2024": the level compared with
            if re.search(r"\b(?:data|figures|statistics)\b[^.;%()]{0,40}\bspending\s+of\s+(?:about\s+|around\s+)?$",
                         s.text[max(0, pm.start() - 70):pm.start()]):
                continue  # "(the latest available data for 2024 indicates spending of 1.3 per cent of GDP …)": a level
            if re.search(r"\b(?:at\s+the\s+moment|at\s+present|right\s+now)\b[^.;%]{0,20}$", s.text[max(0, pm.start() - 40):pm.start()]) \
                    or re.search(r"\bwith\s+a\s+(?:GDP\s+)?(?:ratio|share|level)\s+of\s+$", s.text[max(0, pm.start() - 30):pm.start()]) \
                    or re.search(r"\b(?:current|present|existing)\s+(?:allocation|level|spending|share|ratio|rate)\s+(?:of\s+)?"
                                 r"(?:about\s+|around\s+|roughly\s+)?$", s.text[max(0, pm.start() - 45):pm.start()]):
                continue  # "Turkey's support at the moment is about 1.8 percent", "with a ratio of 2.09 percent": a level
            if re.search(r"\b(?:has|have|had)\s+(?:traditionally|historically|consistently|always|long)\s+(?:invested|spent|allocated|"
                         r"devoted|exceeded|met|kept)\s+(?:at\s+least\s+|about\s+|around\s+|over\s+|more\s+than\s+)?$",
                         s.text[max(0, pm.start() - 70):pm.start()]):
                # "Greece has traditionally invested at least two percent of gross domestic product on its defence": a level
                # kept for years, no goal (the alliance's target where the figure is named so: "-- NATO's spending target --")
                if alliance and _ALLIANCE_STANDARD.match(s.text, pm.end()):
                    out.append(Candidate.scored("target", {"actor": alliance, "percent_gdp": str(_figure(pm)), "category": "defence"},
                                                s, "target:percent-of-gdp", [], *(() if _GDP.search(s.text) else ("no-gdp-word",))))
                continue
            if re.search(r"\b(?:current|currently|now|today|only|just)\s+(?:about\s+|around\s+)?$", s.text[max(0, pm.start() - 24):pm.start()]) \
                    and not re.match(r"\s*(?:of\s+GDP\s+)?(?:(?:GDP|defen[cs]e|military|spending|NATO)\s+){0,3}(?:goal|target|benchmark|guideline)\b",
                                     s.text[pm.end():]):  # (not "the current 2% GDP defence spending benchmark")
                continue  # "a rise from the current 1.8 percent": a level reached, not a goal
            if re.search(r"\bhad\s+(?:until\s+now|initially|originally|previously|earlier|so\s+far)\s+(?:indicated|planned|expected|"
                         r"intended|aimed|said|announced)\b[^.;%]{0,80}$", s.text[max(0, pm.start() - 160):pm.start()]):
                continue  # "… had until now indicated that it would achieve this objective of 2% in 2025" (now 2024): a plan
                # overtaken, the goal's old date, no goal of its own
            if re.search(r"\b(?:meet\w*|met|exceed\w*|surpass\w*|hit\w*|beat\w*|top(?:s|ped|ping)?)\s+(?:the\s+)?[^.;%]{0,30}?\b"
                         rf"(?:{_GOAL_WORDS}|minimum)s?,?\s+(?:reaching|hitting|at|with)\s+(?:about\s+|around\s+|almost\s+|nearly\s+)?$",
                         s.text[max(0, pm.start() - 90):pm.start()], re.I):
                continue  # "… would not only meet but exceed the NATO target, reaching 2.18% of its GDP": the level the goal is
                # passed with, no goal of its own
            # (another state's share in a list after a level, its verb not repeated: "… with the US setting aside 3.48 per cent of
            # GDP for defence, China 1.74 per cent and India 2.66 per cent" — levels all three)
            head = i
            while head and _LIST_NEXT.fullmatch(s.text, percents[head - 1].end(), percents[head].start()):
                head -= 1
            if head < i and _LEVEL.search(_clause_to(s.text, percents[head].start())):
                continue
            clause = _clause_to(s.text, pm.start())
            level = _LEVEL.search(clause)
            if level and out and re.fullmatch(r",\s+with\s*", level.group(0)):
                level = None  # "Of this, 3.5 percent will be allocated to direct military spending, with 1.5 percent for “broader
                # security expenses.”": the goal's next part, not a ranking's level
            if level and re.search(r"\b(?:ensur(?:e|es|ed|ing)|make\s+sure|making\s+sure)\s+that\s+[^.;%]{0,40}$", clause[:level.start()]):
                level = None  # "The Georgian Defense Ministry is working on ensuring that its budget exceeds two percent of the
                # country's GDP": what is to be made so, no level
            # (a goal word counts only between the level's cue and the figure, or just after it: "he would cut aid to fund
            # the rise in defence spending, which is presently 2.3%" is a level)
            # (after the figure, only its own clause: "Poland, which already spends more than 4% and plans to go higher")
            after = re.split(r"\s+(?:and|but|while)\b|[,;]", s.text[pm.end():pm.end() + 40])[0]
            if level and re.match(r"today\b", level.group(0), re.I) and re.search(r"\b(?:agreed|committed|pledged|decided)\s+$",
                                                                               clause[:level.start()]):
                level = None  # the day of an agreement, no level: "NATO allies agreed today to spend, by 2035, 3.5% …"
            if level and re.search(r"\bwould\s+(?:mean|require|need)\b", clause[:level.start()]):
                level = None  # a consequence supposed, no level: "This would mean that the Netherlands is spending 3.5 percent"
            if level and re.match(r"(?:equal|equivalent|equat|amounting|correspond)", level.group(0), re.I) and not re.search(
                    # (not what a sum named just before comes to: "budgeting €30.5 billion for defence, equivalent to about 1.5% of GDP")
                    r"(?:[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s*(?:euros?|dollars?|pounds?))\s*(?:million|billion|bn|m|trillion)?\b[^.;%$€£¥]{0,40}$",
                    clause[:level.start()], re.I) and re.search(
                    r"\b(?:agreed|agree|committed|commit|pledged|pledge|promised|decided|to\s+target|targeting|aim(?:s|ed|ing)?\s+to|"
                    r"plans?\s+to|planned\s+to|will\s+(?:spend|allocate|devote))\b", clause[:level.start()]):
                level = None  # "Members … agreed at a 2014 summit to target defense spending equivalent to 2% of each country’s
                # GDP by 2024": the goal's measure, not a level
            # (a rise backed, no level: "has already said it backs raising defence spending to 3.5%")
            # (a relative "which is" naming the level a country plans to reach is that goal: "Montenegro … plans to reach the demanded
            # level of expenditures for defense which is 2 percent of annual GDP by the year of 2024")
            if level and re.match(r"(?:which|that)\s+is", level.group(0), re.I) and re.search(
                    rf"\b(?:plans?|aims?|intends?|wants?|will|must|expects?)\s+to\s+(?:{_REACH})\b", clause[:level.start()], re.I):
                level = None
            if level and re.match(r"levels?\s+of", level.group(0), re.I) and re.search(
                    r"\b(?:targets?|targeting|aims?\s+(?:at|for)|aiming\s+(?:at|for)|calls?\s+for|calling\s+for|sets?|setting|requires?|"
                    r"requiring|envisages?|foresees?|commits?\s+(?:allies\s+|members\s+)?to)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$",
                    clause[:level.start()], re.I):
                level = None  # "NATO's new defense investment plan, which targets a defense spending level of 5% of GDP by 2035": the
                # level aimed at is the goal
            if level and re.search(r"\b(?:target|goal|aim|objective|plan)\s+(?:was|is|had\s+been|has\s+been|remains)\s+to\b", clause, re.I):
                level = None  # "Tokyo's previous target was to be spending two percent …": what the goal is, no level
            if level and (any(pm.start() - len(clause) + level.start() < p.start() < pm.start() for p in percents)
                          or re.search(rf"{_GOAL_WORDS}s?,?\s+(?:currently\s+|now\s+)?(?:set|fixed|pegged)\s+at\s+$", clause)):
                # the cue is an earlier figure's ("target, currently set at 2 per cent of GDP, be raised to 5 per cent"), or
                # the goal's own measure ("NATO's target, currently set at 2 per cent")
                level = None
            if re.search(r"\b(?:other|neighbou?ring|many|some|most)\s+(?:countries|states|nations)\b[^.;%]{0,40}$",
                         s.text[max(0, pm.start() - 60):pm.start()]) \
                    and re.match(r"[^.;%]{0,30}\bof\s+their\b", s.text[pm.end():]):
                continue  # "… at around 0.8 percent of GDP, while other countries set it at 2 to 3 percent of their GDP": others'
                # levels, no goal of the page's state
            if re.search(r"\bwould\s+be\s+(?:approximately\s+|about\s+|around\s+|roughly\s+|some\s+)?$", s.text[max(0, pm.start() - 30):pm.start()]) \
                    and re.search(r"\bif\b", s.text[:pm.start()], re.I):
                continue  # "… if NATO's method of calculation were used, Australia's defense spending would be approximately 2.8% of GDP"
            rise = re.search(r"\b(?i:increas\w*|rais\w*|boost\w*|lift\w*)\b[^.;%]{0,60}\bby\s+(?:an?\s+average\s+of\s+|about\s+|around\s+|"
                             r"(?P<upto>up\s+to\s+|as\s+much\s+as\s+))?$", s.text[max(0, pm.start() - 90):pm.start()])
            # ("by up to" is a rise only where it is one a year: "to increase their military spending by up to 1.5% of GDP per year";
            # "would need to raise their defence spending by up to 3.7 percent of their GDP" is the level they need)
            if rise and (not rise.group("upto") or re.match(r"[^.;%]{0,30}?\b(?:per|a|each)\s+year\b|[^.;%]{0,30}?\bannually\b",
                                                             s.text[pm.end():])) \
                    and not re.search(r"\bto\s+[\d.,]+\s*(?:%|percent|per\s+cent)", s.text[pm.end():pm.end() + 40]):
                continue  # "if member states would increase their defence spending by 1.5% of GDP on average": a rise by so much, no level
            if re.search(r"\b(?:above|exceeding|beyond|over|in\s+excess\s+of)\s+$", s.text[max(0, pm.start() - 25):pm.start()]) \
                    and re.search(r"\bexempt\w*|\bdebt\s+brakes?\b|\bborrowing\s+(?:rules?|limits?)\b|\bfiscal\s+rules?\b", s.text, re.I):
                continue  # "exempt defence spending above 1% of GDP from debt brake rules": the line a rule starts at, no goal
            if re.search(r"\bwhich\s+is\s+(?:set|expected|projected|forecast)\s+to\s+(?:rise|grow|increase|climb|reach)\s+(?:to\s+)?"
                         r"(?:about\s+|around\s+)?$|\bestimat(?:es|ed|ing)\s+(?:that\s+)?(?:its\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:will|would)\s+"
                         r"(?:rise|grow|increase|climb|reach)\s+(?:to\s+)?(?:about\s+|around\s+)?$", s.text[max(0, pm.start() - 90):pm.start()]):
                continue  # "current spending at around 1.37 per cent, which is set to rise to 1.76 per cent by the end of the decade",
                # "the federal government estimates its defence spending will rise to 1.76 per cent of GDP by 2029-30": projections
            if re.search(r"\b(?:could|might|may)\s+(?:\w+\s+)?(?:reach|hit|rise\s+to|climb\s+to|exceed|top)\s+(?:about\s+|around\s+)?$",
                         s.text[max(0, pm.start() - 40):pm.start()]) \
                    and not re.search(r"\b(?:hop(?:e|es|ed|ing)|wish(?:es|ed)?|want(?:s|ed)?|aim(?:s|ed)?)\b[^.;]{0,80}$",
                                      s.text[max(0, pm.start() - 120):pm.start()]):
                continue  # "Latvia's spending on defence could reach 3% of GDP already next year", "… we could hit 3% as early as next
                # year": a possibility, no goal set (but a hope is one: "he hoped defense spending … could reach 6 percent of GDP
                # before 2032")
            if re.search(r"\b(?:higher|greater|lower)\s*[”\"’]?\s+than\s+(?:the\s+)?$", s.text[max(0, pm.start() - 30):pm.start()]) \
                    and not (alliance and re.match(r"\s*(?:of\s+(?:GDP|gross\s+domestic\s+product)\s+)?(?:standard|target|guideline|"
                                                   r"benchmark)\s+(?:set|agreed|recommended|required)\s+by\s+(?:the\s+)?(?:NATO|[Aa]lliance)\b",
                                                   s.text[pm.end():])):
                # (but the alliance's goal it is measured against, named so, is one: "the draft budget is 2.8 times lower than the
                # 2% of GDP standard set by NATO")
                continue  # "the new target would be “significantly higher” than 3 percent": a figure a goal is compared with, no goal
            if level and not re.search(r"\b(?:will|would|plans?|aims?|intends?|wants?|must|should|targets?|goals?|benchmarks?|"
                                       r"reach|path|track|"
                                       r"thresholds?|guidelines?|pledge|commitment|raise|raised|raising|increase|increased|increasing|"
                                       r"boost|boosted|boosting)\b", clause[level.start():] + after, re.I):
                level_end = pm.end()
                continue  # "Currently, Estonia allocates about 3.3%": a level, not a goal
            if i + 1 < len(percents) and re.search(r"\b(?:above|over|beyond|more\s+than)\s+$", s.text[max(0, pm.start() - 20):pm.start()]) \
                    and re.match(r"\s*(?:of\s+)?(?:the\s+|its\s+)?(?:GDP\s+)?and\s+(?:then\s+)?(?:reaching|rising\s+to|to\s+reach|growing\s+to|"
                                 r"increasing\s+to)\s+", s.text[pm.end():]):
                continue  # "an increase of defence spending above 2% GDP and reaching 2.5% GDP in 2030": the floor on the way, no goal
            upto = percents[i + 1].start() if i + 1 < len(percents) else len(s.text)
            window = s.text[pm.end():upto]
            year = _BY_YEAR.search(_NEW_CLAUSE.split(window[:60])[0]) or re.search(r"\b(?:by|until|in)\s+(20\d\d),\s+when\s+[^.;%]{0,40}$",
                                                            s.text[max(0, pm.start() - 70):pm.start()])
            # ("increase this by 0.2% annually until 2030, when we will reach 3% of GDP": the year the clause opened with)
            # a year the figure's own clause opens with, its verb still to come, beats one in the next clause: "In 2026,
            # they will amount to 2.2% of GDP, and by 2030 they will reach 3%"
            # (or "until" with no comma: "… until 2020, and until 2030 we will further increase it to 2.5 percent")
            opening = re.search(r"(?:^|[.;:]\s+|,\s+(?:and|but)\s+)(?:(?:[Ii]n|[Bb]y)\s+(?=20\d\d,)|[Uu]ntil\s+)(20\d\d)(),?\s+"
                                r"(?:(?!agreed|decided|committed|pledged|"
                                r"promised|set|adopted)[^.;%,])*?\b(?:will|would|should|shall|must|is\s+to|are\s+to|is\s+(?:expected|set|"
                                r"planned)\s+to)\b[^.;%,]{0,40}$", s.text[:pm.start()])
            if opening and (year is None or window.startswith(year.string) and re.search(r",\s+and\s", window[:year.start()])):
                year = opening
            # a year just before the figure, its verb left out: "… to reach at least 0.95% of the GDP, and in 2034, at least 1%"
            # (a quotation's too: "“In 2025, 26.3% of the country's GDP will be directed to security and defense, …, which is
            # UAH 47.6 billion more than the revised plan for 2024”" is due 2025, not in the year it is compared with)
            elided = re.search(r"(?:^[“\"]?|[.;:]\s+[“\"]?|,\s+(?:and|but|then)\s+)(?:[Ii]n|[Bb]y)\s+(20\d\d)(),\s+(?:(?:at\s+least|about|around|"
                               r"roughly|some|up\s+to|over|more\s+than|nearly|almost)\s+)?$", s.text[:pm.start()])
            if elided:
                year = elided
            # an old goal ("from 2% to 5%", "the 2014 commitment of 2%", "the previous target of two percent")
            # does not take the new one's deadline
            # ("starting from 2023, to 2.5%" is a start year, not an old figure)
            # (a state's own commitment named so is no old one: "meet its NATO commitment of spending the equivalent of 2 per cent on
            # GDP this year")
            # (searched in the whole text, so that the words before the window are seen)
            old = re.compile(r"\b(?:from(?!\s+(?:19|20)\d\d\b)|previous|former|old|earlier|existing|current|"
                             r"(?<!\bits\s)(?<!\btheir\s)(?<!\bour\s)(?<!\bNATO\s)commitment of|(?:19|20)\d\d\s+"
                             r"(?:commitment|target|pledge|goal))\b[^.%]{0,30}$", re.I).search(s.text, max(0, pm.start() - 45), pm.start())
            if old is not None and re.search(r"\bfrom\s+(?:about\s+|around\s+)?[\d.]+\s*(?:%|percent|per\s+cent)\s+(?:of\s+(?:its\s+|the\s+)?"
                                             r"GDP\s+)?(?:up\s+)?to\s+(?:about\s+|around\s+|at\s+least\s+)?$",
                                             s.text[max(0, pm.start() - 45):pm.start()], re.I):
                old = None  # "from 2 percent to 5 percent of GDP over the next 10 years": the new figure, whose deadline it is
            own_relative = _RELATIVE_YEAR.search(window[:80])
            # (not over a relative year of the figure's own before the next figure: "to 3.3 per cent of gross domestic product
            # next year, then raise it further to 5 per cent by 2030")
            if year is None and len(set(years)) == 1 and not old \
                    and not (own_relative and any(p.start() > pm.end() for p in percents[i + 1:])):  # the sentence's one deadline
                year = _BY_YEAR.search(s.text)
                if year is not None and re.match(r"as\s+of\b", year.group(0), re.I) and self.year and int(year.group(1)) <= self.year:
                    year = None  # when another figure stood so ("… with the average among member states at 1.9% as of 2023")
                if year is not None and year.start() > pm.end() and _NEW_CLAUSE.search(s.text[pm.end():year.start()]):
                    year = None  # another clause's ("…, but it will be used up in 2027")
                if year is not None and year.start() > pm.end() and re.search(
                        r"\bas\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?:seeks|aims|tries|hopes|wants|plans|strives)\s+to\b",
                        s.text[pm.end():year.start()]):
                    year = None  # another aim's, the clause after "as" ("… to 1.5% of GDP from its current 0.8% as Jakarta seeks to
                    # achieve a so-called Minimum Essential Force by 2024")
                if year is not None and year.end() <= pm.start() and _NEW_CLAUSE.search(s.text[year.end():pm.start()]):
                    year = None  # another clause's before it ("… 3% of their GDP on defence in 2024, while the target … is 2%")
                if year is not None and any(pm.end() <= p.start() < year.start() for p in percents[i + 1:]) \
                        and re.search(r"[.!?;]\s", s.text[pm.end():year.start()]):
                    year = None  # the next figure's, a sentence of a quotation later: "5% should be our target. Although we
                    # planned 3.7% for 2026, …"
                if year is not None and own_relative and re.search(r"[.!?]\s+[A-Z]", s.text[pm.end():year.start()]):
                    year = None  # not over a relative year of the figure's own in a run of sentences (a quotation left
                    # open): "a commitment to allocate 2% of GDP … this year. We will … increase this … until 2030"
                if year is not None and any(p.end() <= year.start() < (percents[j + 1].start() if j + 1 < len(percents) else len(s.text))
                                            and year.start() - p.end() <= 60 for j, p in enumerate(percents[:i])) \
                        and re.search(r",\s+(?:a|an|which|that)\s", s.text[year.end():pm.start()]):
                    year = None  # an earlier figure's own, a new clause between ("to 3% of GDP by 2030, a figure that aligns
                    # with NATO’s broader call for member states to meet the 2% benchmark")
            # (a deadline the goal was moved from is no deadline of it, where the figure's clause gives it another: "to reach 2% of
            # GDP on military expenditure this year, well before its initial 2029 deadline" is due this year, and was due 2029)
            superseded = year is not None and _RELATIVE_YEAR.search(window[:80]) is not None and re.search(
                r"\b(?:initial|original|previous|earlier|old|former)\s+$", year.string[max(0, year.start() - 20):year.start()])
            moved_from = (year.group(1) or year.group(2)) if superseded and year is not None else None
            if moved_from:
                year = None
            due = (year.group(1) or year.group(2)) if year else None
            # a deadline named before the figure: "the country will miss a 2024 NATO deadline to devote at least 2% of its GDP"
            named_deadline = re.search(r"\b(20\d\d)\s+(?:NATO\s+|[Aa]lliance\s+)?deadline\s+(?:to|for)\b[^.;%]{0,50}$", s.text[:pm.start()])
            if due is None and named_deadline:
                due = named_deadline.group(1)
            # a span counted from the figure before's year, after this one: "1.5 percent of GDP to defense in 2024, rising to the 2
            # percent — the established target … — seven years later" is due 2031
            later = re.match(r"[^.;%]{0,90}?\b(?P<n>\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")\s+years?\s+later\b", window, re.I)
            if later and previous is not None and previous[1]:
                n = later.group("n").lower()
                due = str(int(str(previous[1])) + (_NUMBER_WORDS[n] if n in _NUMBER_WORDS else int(n)))
            if year is not None and re.search(r"\breview\w*\b[^.;]{0,25}$", year.string[:year.start()]):
                due = None  # "agreeing to “review this pledge in 2029”": a review, not the deadline
            if due and year is not None and self.year and int(due) < self.year and not re.match(r"(?:by|until|before)\b", year.group(0), re.I) \
                    and not (re.match(r"for\b", year.group(0)) and s.text[pm.end():].startswith(year.string)):
                due = None  # "agreed at the summit in Vilnius in 2023" in a 2025 article: when it was set, not a deadline
                # (a deadline passed is still the goal's: "agreed in 2014 that spending would reach 2% of GDP by 2024", "we set
                # the target of 2 % at ten years, for 2024", the year after the figure)
            # (a relative year before the figure is its own, not one an earlier, other figure took: "increased to 4% of GDP
            # next year and continue to move toward 5%"; the same figure again is the same goal: "Five percent is the goal
            # we want to achieve next year, to get closer and closer to five percent")
            earlier = [v for v in values_before if v != value]
            relative = own_relative or (
                None if earlier else _RELATIVE_YEAR.search(s.text[max(0, pm.start() - 90):pm.start()])
                # (a goal named for its span opens the sentence, however far before the figure: "Cyprus' five-year goal is to
                # increase defense spending, strengthen the deterrent power of Cyprus, reach the level of 2 percent of GDP")
                or next((r for r in _RELATIVE_YEAR.finditer(s.text, 0, pm.start()) if "-year" in r.group(0)), None))
            if relative and re.search(r"\b(?:\d+|all|most|many|several|few|(?:[a-z]+-)?(?:two|three|four)(?:-thirds|-quarters)?\s+of)\s+"
                                      r"(?:the\s+)?(?:NATO\s+)?(?:[Aa]llies|members|countries|nations|member\s+states)\s+(?:to\s+|will\s+|would\s+)?"
                                      r"(?:meet|meeting|reach|reaching|hit|hitting|achieve|achieving|fulfil\w*)\s+(?:the|its|their|NATO['’]s)\s+"
                                      r"(?:[\w-]+\s+){0,3}(?:target|goal|benchmark|guideline)\b[^.;%]{0,30}$", s.text[:pm.start()]):
                relative = None  # "This year, we expect 18 Allies to meet the target of spending 2% of GDP": the year some meet a
                # goal set before, not its deadline
            # the figure before, when this one is the next part of its goal: its year and its actor are this one's too
            part_of = previous if previous is not None and _NEXT_PART.fullmatch(s.text[previous[0]:pm.start()]) else None
            if due is None and part_of and part_of[1]:
                due = str(part_of[1])  # "… of 3.5%, plus an additional 1.5% indirectly": one commitment, one deadline
            if due is None and re.search(r"\b(?:by|in)\s+(?:that|the same)\s+year\b", s.text[pm.end():pm.end() + 80]) \
                    and self.last_target and self.last_target.get("year"):
                due = str(self.last_target["year"])  # "… will spend 2.5% of GDP on defence … by that year"
            if due is None and self.last_target and self.last_target.get("year") and re.search(
                    r"\b(?i:the|this|that)\s+(?:new\s+|overall\s+|headline\s+)?(?:target|commitment|goal|pledge)\s+(?:(?:is|was)\s+)?"
                    r"(?:divides?|divided|splits?|split|breaks?\s+down|"
                    r"broken\s+down|consists?|comprises?)\b[^.;%]{0,30}$", s.text[:pm.start()]):
                due = str(self.last_target["year"])  # "… to 5% of GDP by 2035. The commitment divides the target into 3.5% for
                # conventional forces and 1.5% for broader security": the parts of the goal just read, due when it is
            if due is None and goal_before and goal_before.get("year") and len(figures) >= 2 \
                    and sum(figures, Decimal(0)) == Decimal(str(goal_before["percent_gdp"])) \
                    and value in figures and not _BY_YEAR.search(s.text):
                due = str(goal_before["year"])  # "… to 5% of GDP by 2035 …. 3.5% will be real defense spending, and the remaining
                # 1.5% can be spent on …": figures that add up to the goal just read are its parts, due when it is
            named_budget = re.search(r"\b(20\d\d)\s+(?:draft\s+|state\s+|defen[cs]e\s+|military\s+)?budget\b[^.;%]{0,70}$",
                                     s.text[max(0, pm.start() - 110):pm.start()], re.I)
            if due is None and named_budget and self.year and int(named_budget.group(1)) >= self.year:
                due = named_budget.group(1)  # "plans to increase the 2026 defence budget to 3.32 percent of gross domestic product"
            moved_to = re.search(r"\b(?P<who>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s?\s+deadline\s+for\s+(?:meeting|reaching|hitting|achieving)\s+"
                                 r"(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}$", s.text[max(0, pm.start() - 80):pm.start()])
            moved_year = re.match(r"[^.;%]{0,50}?\bto\s+(20\d\d)\b", window) if moved_to else None
            moved_who = self.g.country_or_org(moved_to.group("who")) if moved_year and moved_to else None
            if moved_year and moved_who is not None and moved_who.type == "country":
                # "to move up Canada’s deadline for meeting the two per cent threshold from 2032 to 2030 or sooner": the
                # country's goal, due the year it is moved to (not the one it is moved from)
                due, deadline_of = moved_year.group(1), moved_who.entity
            else:
                deadline_of = None
            if due is None and self.budget_year and (re.search(
                    r"\b(?:the\s+(?:new\s+|proposed\s+|draft\s+|approved\s+)?budget|(?:this|the)\s+(?:amount|sum|allocation))\b[^.;%]{0,80}$",
                    s.text[:pm.start()], re.I)
                    # (or the sum the budget allocates, told as its share: "… voted … to allocate almost 155 billion koruna
                    # ($7.4 billion) for the Defense Ministry, or just over 1.7% of gross domestic product")
                    or re.search(r"\ballocat\w*\s+(?:[^.;%]|(?<=\d)\.(?=\d)){0,60}?\b(?:billion|million|bn)\b"
                                 r"(?:[^.;%]|(?<=\d)\.(?=\d)){0,70}$", s.text[:pm.start()], re.I)
                    # (or a share the budget's year will spend: "… 27.2% of the country's GDP will be used for defense and
                    # security", after "approve the country's budget for 2026")
                    or re.match(r"[^.;%]{0,40}?\bwill\s+(?:be\s+used|be\s+spent|be\s+allocated|be\s+directed|flow|go)\b",
                                s.text[pm.end():])) and not re.search(r"\b(?:19|20)\d\d\b", s.text):
                due = self.budget_year  # "the new budget would raise Poland’s defence spending to 4.8% of GDP", "This amount
                # equates to approximately 4.8% of the country’s GDP" after "its 2026 budget proposal": that budget's year
            if re.search(r"\b(?:cap|caps|capped|capping)\s+(?:[\w-]+\s+){0,6}?at\s+(?:around\s+|about\s+|roughly\s+)?$|\ba\s+cap\s+of\s+$",
                         s.text[max(0, pm.start() - 70):pm.start()], re.I):
                continue  # "Japan capped its annual defense budget at around one percent of GDP", "once capping spending at 1% of
                # GDP": a ceiling, no goal
            risen = re.search(r"\b(?:take|takes|taking|took|bring|brings|bringing|brought|rais\w*|increas\w*|boost\w*|lift\w*|"
                              r"push\w*|grow\w*)\b[^.;%]{0,70}\bto\s+(?:about\s+|around\s+|some\s+|more\s+than\s+|over\s+|above\s+|at\s+least\s+|as\s+much\s+as\s+|up\s+to\s+)?$",
                              s.text[max(0, pm.start() - 90):pm.start()])
            # (a goal named just before the figure makes it a goal too: "set to reach NATO’s … target of 2 percent of its GDP
            # this year"; a figure one is "on track to reach" this year is still a level: "Canada is on track to reach 1.37 per
            # cent of GDP this year")
            aimed = re.search(rf"\b{_GOAL_WORDS}\s+(?:of\s+)?(?:about\s+|around\s+)?$", s.text[max(0, pm.start() - 40):pm.start()], re.I) \
                or re.search(r"\b(?:commitment|pledge|promise|decision)\s+to\s+(?:allocate|spend|reach|devote|dedicate)\s+(?:at\s+least\s+)?$",
                             s.text[max(0, pm.start() - 50):pm.start()], re.I)  # "a commitment to allocate 2% of GDP … this year"
            # (and the article's own year written out: "will reach 2.4% of GDP in 2025" in a 2025 article)
            # (however far in its clause: "allocated 2.02% of GDP for defense needs for the first time this year")
            now = re.match(r"[^.;,]{0,60}?(?<!\bby\s)(?<!\bend\sof\s)\b(?:this\s+year|in\s+" + (str(self.year) if self.year else "this year")
                           + r")\b", window)
            if now and not re.search(r"this\s+year", now.group(0)) \
                    and re.match(r"\s*(?:Earlier|Previously|Last\s+year|In\s+(?:the\s+)?(?:past|autumn|December|November)),?\s+[^.;]{0,60}?"
                                 r"\b(?:said|stated|announced|declared)\b", s.text):
                now = None  # "Earlier, he said that Hungary’s defense spending will reach 2% of GDP in 2023" in a 2023 article: said
                # before the year began, a goal for it then, not this year's level
            # (a goal word right after counts too: "Albania will reach the 2% defense spending this year, which is a great
            # commitment")
            # (nor a figure a subject sets out to reach: "aiming to achieve the current 2% GDP defence spending benchmark this year")
            # (nor a share a government plans to allocate this year, from less: "the Slovenian government plans to allocate two
            # percent of the country’s GDP for defense and security policy this year")
            intended = re.search(rf"\b(?:aim(?:s|ed|ing)?|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|seek(?:s|ing)?|striv\w+|determined|"
                                 rf"commit(?:s|ted|ting)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?)\s+to\s+"
                                 rf"(?:{_REACH}|allocate|devote|dedicate|earmark)\s+"
                                 r"(?:the\s+|its\s+|their\s+)?(?:current\s+|NATO['’]s\s+)?(?:about\s+|around\s+|at\s+least\s+)?$",
                                 s.text[max(0, pm.start() - 70):pm.start()])
            # (nor a figure that meets a goal named before it: "Canada will meet its NATO commitment and spend 2 per cent of
            # national GDP on defence this year")
            meets = re.search(r"\b(?:meet|meets|reach|reaches|hit|hits|achieve|achieves|fulfil\w*)\s+(?:its|their|our|the|NATO['’]s)\s+"
                              r"(?:[\w-]+\s+){0,3}(?:commitments?|targets?|goals?|pledges?|obligations?)\b[^.;%]{0,40}$",
                              s.text[max(0, pm.start() - 100):pm.start()], re.I)
            if re.search(r"(?:\b(?:ranks?|ranked|is|was|comes?\s+in|came\s+in)\s+(?:first|second|third|fourth|fifth|sixth|top|last)\b[^()%]{0,70}"
                         r"|\b(?:[A-Z][\w’'.-]+|US|UK|USA)\s*)\(\s*$|"
                         r"\b(?:first|second|third|fourth|fifth|sixth|behind|top\s+spender|biggest\s+spender|highest|lowest)\b"
                         r"[^.;%()]{0,15}\b(?:with|on|at)\s+$|\b(?:third|fourth|fifth)\s+with\s+$",
                         s.text[max(0, pm.start() - 90):pm.start()]) \
                    or re.search(r"\b(?:plan|projection|forecast|budget\s+framework)s?\s+(?:foresees?|projects?|envisages?|sees?)\b"
                                 r"(?:[^.;]|(?<=\d)\.(?=\d)){0,160}$",
                                 s.text[max(0, pm.start() - 200):pm.start()]) \
                    or re.search(r"\b(?:(?:is|are|was|were)\s+(?:expected|forecast|projected|estimated|set)\s+to\s+"
                                 r"(?:total|be|amount\s+to|stand\s+at)|"
                                 # (never a pledge to go on: "Macedonia will continue to spend more than two percent of its GDP")
                                 r"(?<!\bwill\s)(?<!\bto\s)(?:spend|spends|spent)\s+(?:above|over|more\s+than|below|under|less\s+than)|"
                                 # (or contributes now, or a budget that was: "Macedonia contributes more than 2 percent of its GDP
                                 # to defense", "This year our defence budget was 2% of GDP")
                                 r"(?<!\bwill\s)(?<!\bto\s)(?:contributes|contributed)\s+(?:above|over|more\s+than|almost|nearly|about|around)|"
                                 r"\b(?:budget|spending|expenditure)s?\s+(?:was|were|stood\s+at|amounted\s+to)|"
                                 r"would\s+read|"
                                 r"(?:members|allies|countries|states)\s+have\s+(?:already\s+)?(?:allocated|spent|reached)\s+(?:at\s+least)?|"
                                 r"(?:could|might|may)\s+(?:temporarily\s+|even\s+)?be\s+as\s+high\s+as)"
                                 r"\s+(?:about\s+|around\s+)?$",
                                 s.text[max(0, pm.start() - 60):pm.start()]):
                continue  # "Poland ranks first … (4.12% of GDP), Estonia is second (3.43%)", "Latvia comes in fourth with 3.15%", "the USA
                # third with 3.38 percent", "Estonia’s long-term plan foresees lower defence spending at 3.13% of GDP in 2025",
                # "spending is expected to total 3.43 percent of GDP", "also spend above 3%": a league table's levels, a forecast's
                # and a plan's projected ones, no goals
            if re.search(r"\b[Tt]his\s+year,?\s+(?:we|it|they)\s*(?:['’]ll|\s+will)\s+(?:spend|allocate|devote)\s+(?:about\s+|around\s+)?$",
                         s.text[max(0, pm.start() - 60):pm.start()]) \
                    or re.search(r"\b(?:by|already)\s+spending\s+(?:about\s+|over\s+|more\s+than\s+|at\s+least\s+)?$",
                                 s.text[max(0, pm.start() - 40):pm.start()]) \
                    or re.search(r"\b(?:median|average|mean)\s+(?:outlay|spending|expenditure|level)\b[^.;%]{0,40}?\b(?:is|was|stands\s+at|"
                                 r"stood\s+at)\s+(?:about\s+|around\s+|just\s+)?$", s.text[max(0, pm.start() - 80):pm.start()]):
                continue  # "This year, we’ll spend 2.3 percent of G.D.P.", "The median outlay for NATO members is 1.65% of GDP",
                # "You lead by example by spending 2% of GDP on defence": a level, this year's, the allies' or now, no goal
            if re.search(r"\b(?:[Ww]e|[Tt]hey|[Ii]t)\s+(?:have|has|had)\s+(?:[a-z]+\s+){0,2}(?:allocations?|spending|expenditures?|budgets?)\b"
                         r"[^.;%]{0,15}$", s.text[max(0, pm.start() - 60):pm.start()]) \
                    or re.search(r"\b(?:drop\w*|fall\w*|fell|declin\w*|decreas\w*|shrink\w*|shrank|slip\w*|sank|sink\w*)\s+from\s+"
                                 r"(?:[^.;]|\.(?=\d)){0,40}?\bto\s+(?:about\s+|around\s+|approximately\s+|roughly\s+|nearly\s+|some\s+)?$",
                                 s.text[max(0, pm.start() - 80):pm.start()]) \
                    or re.search(r"\b(?:dropping|falling|declining|decreasing|shrinking|slipping|sinking)\s+(?:\w+ly\s+)?to\s+"
                                 r"(?:about\s+|around\s+)?$", s.text[max(0, pm.start() - 40):pm.start()]):
                # ("Germany’s fiscal plans saw defense spending falling slightly to 1.24% in 2023": a fall foreseen too)
                continue  # "We have record allocations, around 2.65% of GDP": what it has now; "spending as a proportion of GDP dropping
                # from 1.7% in 2020 to 1.3% by 2029": a fall foreseen, no goal
            if re.search(r"\blast\s+year,?\s+(?:[A-Z][\w’'-]+\s+){1,3}(?:increased|raised|boosted|lifted|brought)\b[^.;%]{0,60}?\bto\s+"
                         r"(?:about\s+|around\s+|some\s+)?$", s.text[max(0, pm.start() - 120):pm.start()]) \
                    or re.search(r"\b(?:earmarked|spent|allocated|invested|devoted|set\s+aside)\s+the\s+(?:most|least)\b[^.;%]{0,40}?,\s*$",
                                 s.text[max(0, pm.start() - 70):pm.start()]):
                continue  # "NATO estimates that, last year, Croatia increased its defence budget to 2.16 percent of GDP": a year gone's
                # level; "Greece earmarked the most for defence last year, 3.59 percent of GDP, followed by …": a league table's
            if re.search(r"\b(?:at\s+the\s+time|then)\s+(?:was|were|stood\s+at|amounted\s+to|represented)\s+(?:more\s+than\s+|about\s+|"
                         r"around\s+|over\s+|nearly\s+|almost\s+|less\s+than\s+|only\s+|just\s+)?$", s.text[max(0, pm.start() - 50):pm.start()]) \
                    or re.search(r"(?<!\breach\s)(?<!\breaching\s)\b[Tt]he\s+(?:figure|number|indicator)\s+of\s+(?:about\s+|around\s+)?"
                                 r"(?:\d+(?:\.\d+)?\s*[-–]\s*)?$",
                                 s.text[max(0, pm.start() - 30):pm.start()]):
                continue  # "… was 1.5 billion GEL in 2008, which at the time was more than 7.8 percent of the country’s GDP": a level
                # of its time; "The figure of 4-4.5% is not a high indicator compared with …": a figure judged, no goal
            past = re.match(r"\s*(?:In|During)\s+((?:19|20)\d\d),\s+[^.;%]{0,60}\b(?:allocated|spent|devoted|reached|invested|was|were|"
                            r"stood)\s+(?:about\s+|around\s+|approximately\s+|roughly\s+|some\s+|only\s+|just\s+)?$", s.text[:pm.start()])
            if past and self.year and int(past.group(1)) < self.year:
                continue  # "In 2024, Slovenia allocated approximately 1.35 percent of GDP …" in a 2025 article: a past year's level
            if now and not risen and not aimed and not intended and not meets \
                    and not re.search(r"\b(?:target|goal|aim|pledge|commit\w*|requirement|benchmark|threshold)\b",
                                      _NEW_CLAUSE.split(window[:now.end() + 40])[0], re.I):
                continue  # "It will spend 1.37 percent of GDP on defence this year": this year's level, not a goal
            if relative and re.search(r"\b(?:in|over)\s+the\s+coming\s+years\b", s.text[max(0, pm.start() - 40):pm.start()]):
                relative = None  # "… from next year, and in the coming years, aim for 5%": no year for the later goal
            # (the current goal reached in a year of its own: "aiming to achieve the current 2% … benchmark this year")
            if due is None and relative and self.year and (not old or (re.match(r"current", old.group(0), re.I) and (
                    own_relative or not re.match(r"[^.;%]{0,40}?\bto\s+[\d.,]+\s*(?:%|percent|per\s+cent)", s.text[pm.end():])))):
                if relative.group(5):  # "by March": the next March after the page's day ("by March next year" the same)
                    due = self._by_month(relative.group(5))
                elif relative.group(4):  # "by the end of the decade": its turn (2024 → 2030)
                    due = str(self.year // 10 * 10 + 10)
                elif relative.group(3):  # "within a decade", of the year the sentence names before it ("At a summit in 2014, …")
                    anchors = re.findall(r"\b(?:in|since|of)\s+((?:19|20)\d\d)\b", s.text[:pm.start()])
                    due = str((int(anchors[-1]) if anchors else self.year) + 10)
                elif relative.group(2):
                    due = str(self.year + int(_NUMBER_WORDS.get(relative.group(2).lower(), relative.group(2))))
                else:
                    due = str(self.year + (0 if relative.group(1).lower() in ("this", "the", "current") else 1))
            status = next((name for name, cue in _STATUS_CUES if re.search(cue, s.text, re.I)), None)
            if re.search(r"\b(?:previous|former|old)\s+(?:NATO\s+|alliance\s+)?(?:baseline|target|goal|benchmark|one)\s+\[?of\s+"
                         r"(?:spending\s+|allocating\s+)?(?:about\s+)?$",
                         s.text[max(0, pm.start() - 40):pm.start()], re.I):
                continue  # "almost double the previous baseline of 2%": the old goal, told for comparison
            if re.match(r"[^.;%]{0,50}?\b(?:is|are|was|would\s+be|remains)\s+(?:more\s+or\s+less\s+|quite\s+|fully\s+|already\s+)?"
                        r"(?:sufficient|enough|adequate)\b", s.text[pm.end():]):
                continue  # "“2% of gross domestic product for defense is more or less sufficient,” he said": a level defended, no goal
            if re.search(r"\bwould\s+(?:\w+\s+){0,3}$", s.text[max(0, pm.start() - 40):pm.start()]) \
                    and re.match(r"[^.;]{0,30}?\bonly\s+if\b", s.text[pm.end():]):
                continue  # "The Czech spending would inch above 2% only if funding for … other ministries is factored in": a level
                # counted another way, no goal
            # (or a plan denied: "The Czech government does not plan to increase defense spending … beyond 2% of GDP")
            if re.search(r"\b(?:opposition|opposed|opposes|opposing|concern\w*|against|(?:not|never)\s+(?:plan|plans|planning|intend|intends|"
                         r"want|wants|aim|aims|seek|seeks|going)\b)[^.;%]{0,60}\b(?:increas\w*|rais\w*)\b[^.;%]{0,50}"
                         r"\b(?:beyond|above|over)\s+$", s.text[max(0, pm.start() - 140):pm.start()]):
                continue  # "Orbán has stated his opposition to increasing defense spending beyond 2% of GDP": no goal of his
            if re.search(r"\b(?:objected|objecting|objects|opposed|opposes|rejected|rejects|resisted|resists|refused|refuses)\s+"
                         r"(?:to\s+)?(?:the\s+)?(?:\w+\s+){0,2}$", s.text[max(0, pm.start() - 40):pm.start()]):
                continue  # "who had objected to the 5% target": a target someone rejects is not theirs
            if (re.search(r"\b(?:cannot|can\s*not|can['’]t|could\s+not|couldn['’]t|unable|uncertain|unsure|doubts?|doubtful|"
                          r"without)\b(?:\s+[\w'’]+){0,5}?\s+(?:the\s+)?(?:\w+\s+)?$", s.text[max(0, pm.start() - 60):pm.start()])
                or re.search(r"\b(?:reject\w*|refus\w*|avoid\w*|not\s+(?:be\s+)?required|not\s+have\s+to)\b(?:\s+[\w'’]+){0,8}?\s+"
                             r"(?:the\s+)?(?:\w+\s+)?$", s.text[max(0, pm.start() - 90):pm.start()])) \
                    and not re.search(r"\b(?:but|yet|however)\b", s.text[max(0, pm.start() - 60):pm.start()]):
                continue  # "uncertain about its ability to reach 5%", "cannot commit to the 3.5% target", "it can meet …
                # without reaching the famous 3.5%": a goal doubted or refused is not the doubter's
            unable = re.search(r"\b(?:(?:will|would|wo)n?['’]?t?\s+not\s+be\s+able|won['’]t\s+(?:\w+\s+)?be\s+able|not\s+be\s+able|"
                               r"(?:has|have|had|with)\s+no\s+chance|no\s+longer\s+able)\b(?:\s+[\w'’]+){0,8}?\s+(?:the\s+)?(?:\w+\s+)?$",
                               s.text[max(0, pm.start() - 90):pm.start()])
            if unable and not re.search(r"\b(?:but|yet|however)\b", s.text[unable.start() + max(0, pm.start() - 90):pm.start()]):
                # "Italy will not be able to reach the 2% … threshold set by NATO until 2028", "Italy has no chance of boosting its
                # military spending to 2% …, as required by NATO": no goal of the country's; the alliance's where the clause
                # names the figure as the alliance's requirement (due no year: the country's doubt is not its deadline)
                named = alliance and re.search(
                    r"^[^.;]{0,80}?\b(?:as\s+)?(?:required|demanded|set|envisaged|recommended|agreed)\s+by\s+(?:the\s+)?"
                    r"(?:NATO|North\s+Atlantic|[Aa]lliance|bloc)\b", s.text[pm.end():]) \
                    or (alliance and re.search(r"\b(?:NATO|[Aa]lliance)['’]s\s+(?:[\w-]+\s+){0,3}(?:target|goal|threshold|benchmark|"
                                               r"requirement)\s+of\s+(?:spending\s+)?(?:at\s+least\s+)?$|\b(?:a|the)\s+NATO\s+(?:target|goal)"
                                               r"\s+of\s+(?:spending\s+)?(?:at\s+least\s+)?$", s.text[max(0, pm.start() - 70):pm.start()]))
                if not named:
                    continue
                fields_named: dict[str, object] = {"actor": alliance, "percent_gdp": str(value.normalize() if value != value.to_integral_value()
                                                                                          else value.quantize(Decimal(1))),
                                                   "status": "benchmark", "category": "defence"}
                out.append(Candidate.scored("target", fields_named, s, "target:percent-of-gdp", [],
                                            *(() if _GDP.search(s.text) else ("no-gdp-word",))))
                continue
            if re.match(r"[^.;%]{0,40}?\b(?:(?:is|are|was|were)\s+(?:still\s+)?(?:not\s+(?:sufficient|enough|adequate)|insufficient|inadequate)|"
                        # ("bringing military spending to 2% of GDP will be “impossible” in 2024")
                        r"(?:would|will)\s+be\s+[“\"]?(?:not\s+only\s+)?(?:unreasonable|counterproductive|unrealistic|impossible|unaffordable|"
                        r"unattainable|unachievable))\b",
                        s.text[pm.end():]) \
                    or re.search(r"\b(?:would|will)\s+not\s+commit\s+to\s+(?:the\s+)?$|\bwon['’]t\s+commit\s+to\s+(?:the\s+)?$",
                                 s.text[max(0, pm.start() - 30):pm.start()]):
                continue  # "Kallas stressed that the current target of two percent of GDP for defence is not sufficient": a goal
                # found wanting is not the critic's (nor one "would be … unreasonable", nor one Madrid "would not commit to")
            if re.match(r"[^.;%]{0,30}?[“\"]?(?:unthinkable|impossible|unrealistic|unaffordable|unattainable|absurd)\b", s.text[pm.end():], re.I) \
                    or re.search(r"\b(?:does\s+not|do\s+not|doesn['’]t|don['’]t|did\s+not|would\s+not|will\s+not|won['’]t|has\s+not|have\s+not|"
                                 r"hasn['’]t|haven['’]t)\s+(?:yet\s+)?(?:support|back|accept|increase|raise|agree\s+to|endorse[sd]?)\b[^.;%]{0,60}$|"
                                 # (not a date refused: "Despite refusing to say when the UK would hike defence spending to 2.5%")
                                 r"\b(?:reject\w*|refus\w*|oppos\w*|block\w*)\b(?!\s+to\s+(?:say|give|set|specify|name|put|disclose|reveal|"
                                 r"confirm))[^.;%]{0,60}$|"
                                 # ("he excluded the possibility of raising defence spending to the target of 2% of GDP overnight")
                                 r"\b(?:exclud(?:ed|es|ing)|rul(?:ed|es|ing)\s+out)\s+(?:the\s+|any\s+)?(?:possibility|idea|prospect|option)\s+"
                                 r"of\b[^.;%]{0,70}$|"
                                 r"\b(?:face|faces|facing)\s+(?:challenges|difficulties)\s+in\b[^.;%]{0,30}$",
                                 s.text[max(0, pm.start() - 90):pm.start()], re.I):
                continue  # "called the idea of raising defense spending to 3% of GDP “unthinkable.”", "Fico does not support increasing
                # defense spending to 5% of GDP", "he would block the rise to 3%", "will face challenges in spending 2% of GDP": a goal
                # refused, ruled out ("excluded the possibility of raising …") or doubted is no one's
            if re.search(r"\b[A-Z][\w-]+,?\s+(?:at|with)\s+(?:(?:defen[cs]e|military)\s+(?:costs|spending|expenditure)\s+of\s+)?"
                         r"(?:about\s+|around\s+)?$|\bwith\s+(?:an?\s+)?(?:allocated\s+)?(?:defen[cs]e\s+|military\s+)?(?:budget|spending|expenditure|"
                         r"costs?|funds)(?:\s+for\s+defen[cs]e)?\s+of\s+$|"
                         # ("the United States, which leads the list with a percentage of 3.42%", "the United Kingdom and Estonia
                         # (both 2.14%)")
                         r"\bwith\s+(?:an?\s+)?(?:percentage|share|rate|level)\s+of\s+$|\(\s*(?:both|each|all)\s+$",
                         s.text[max(0, pm.start() - 60):pm.start()]) \
                    and re.search(r"\b(?:highest|lowest|biggest|largest|top|spenders|ranking|ranked|ranks?|followed\s+by|ahead\s+of|place|"
                                  r"champion|classification|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|the\s+last)\b", s.text, re.I):
                continue  # "The highest NATO defense spenders are Poland at 4.48% of GDP, Lithuania at 4%, …", "the second is the USA
                # with 3.5%", "Norway is in 12th place with defense costs of 2.20 percent", "The country with a defense budget of
                # 2.22 percent ranks 11th": levels ranked, no goals
            # (what a state spends now, in the present tense or as what it has long done: "Greece invests a little more than 3% of
            # its GDP in defence", "Greece has long made security a priority, investing 3% of GDP in defence"; never with a goal
            # word in its clause)
            if (re.search(r"\b(?:spends|invests|allocates|devotes)\s+" + APPROX + "$", s.text[max(0, pm.start() - 40):pm.start()])
                    or (re.search(r",\s+(?:investing|spending|allocating|devoting)\s+" + APPROX + "$", s.text[max(0, pm.start() - 40):pm.start()])
                        and re.search(r"\b(?:has|have)\s+(?:long|always|consistently)\b", s.text[:pm.start()]))) \
                    and not re.search(r"\b(?:will|would|aims?|plans?|target|goal|commit\w*|pledge\w*|by\s+20\d\d)\b",
                                      " ".join(_NEW_CLAUSE.split(s.text[max(0, pm.start() - 90):pm.end() + 60]))):
                continue  # (the clause's words around the figure read only where a verb of spending stands right before it)
            if re.search(r"\b(?:maintain\w*|keep(?:s|ing)?|kept|hold(?:s|ing)?|held|sustain\w*)\s+(?:[\w-]+\s+){0,3}at\s+"
                         r"(?:about\s+|around\s+|roughly\s+|some\s+)?$", s.text[max(0, pm.start() - 60):pm.start()]):
                continue  # "The Slovak government plans to maintain defense spending at 2% of GDP in the coming years", "the Republic
                # will keep military spending at about 3 per cent of gross domestic product (GDP) over the next decade": a level kept
            if re.search(r"\b(?:(?:all\s+)?(?:three|the)\s+)?(?:Baltic|Nordic|Scandinavian|Benelux|Visegrad)\s+(?:States|states|countries|nations)\s+"
                         r"(?:have\s+|has\s+|had\s+|all\s+)?(?:long\s+)?(?:pledged|promised|committed|agreed|plan(?:ned)?|vowed|decided|will|would|"
                         r"aim\w*|called\s+for|advocated\s+for|pushed\s+for|urged)\b"
                         r"[^.;%]{0,60}$", s.text[:pm.start()]):
                continue  # "All three Baltic States have pledged to raise defense spending to 5% of GDP …, a target suggested by U.S.
                # President Donald Trump": a goal of each of a group this sentence does not name, no one state's ("While Baltic
                # nations have long called for military spending to rise to at least 3 percent of GDP …" too)
            if self._adversary_spends(s.text, mentions, pm.start()):
                continue  # "For the past three years, the Russians have been spending 10 percent of their GDP on defense": the
                # threatening state's level, an argument, no goal
            if (re.search(r"\b(?:call(?:s|ed|ing)?\s+on|urg(?:es|ed|ing)|press(?:es|ed|ing)?|ask(?:s|ed|ing)?)\s+(?:the\s+|fellow\s+|other\s+)?"
                          r"(?:Europeans|Europe|European\s+(?:nations|countries|states|governments|leaders|allies|partners))\b[^.;%]{0,90}$",
                          s.text[:pm.start()])
                    # (or told that they should: "… told his fellow defence ministers that European countries should increase their
                    # defence spending to 5 % of gross domestic product")
                    or re.search(r"\b(?:Europeans|Europe|European\s+(?:nations|countries|states|governments|allies|partners))\s+"
                                 r"(?:should|must|need\s+to|have\s+to|ought\s+to)\s+[^.;%]{0,70}$", s.text[:pm.start()])) and not any(
                             a.match.type == "country" and re.search(r"\b(?:Europeans|Europe|European\s+\w+)\b[^.;%]*$", s.text[:a.start])
                             for a in self._agents(mentions) if a.end <= pm.start()):
                continue  # "Macron called on Europeans to dramatically increase their yearly defense spending to over 3 percent": a
                # continent is no actor of the model (the call stays a claim)
            actor = self._actor(s.text, mentions, pm.start(), people)
            if alliance and re.match(rf"\S*\s+(?:[\w()-]+\s+){{0,6}}?{_GOAL_WORDS}\s+for\s+(?:(?:all|the|NATO|its)\s+)?"
                                     r"(?:member\s+(?:states|countries|nations)|members|allies)\b", s.text[pm.end():]):
                actor = alliance  # "the feasibility of Trump’s proposed 5% gross domestic product (GDP) target for member states"
            if deadline_of:
                actor = deadline_of
            if continued and i == 0 and self.last_target is not None and self.last_target.get("actor"):
                actor = str(self.last_target["actor"])
            if part_of and part_of[2]:
                actor = part_of[2]  # "NATO’s proposed target of 3.5% of GDP, plus an additional 1.5% …": one target's two parts
            if small_goal and actor in (None, alliance):
                # a goal below 1 % is no alliance's: the state's the sentence names, else the page's ("The Grand Duchy targeted
                # a goal of 0.6% by last year and 0.72% by 2024")
                named_state = next((a.match.entity for a in self._agents(mentions) if a.match.type == "country"), None)
                actor = named_state or self.main_country or self._page_state()
            if re.match(r"\s*(?:of\s+\w+\s+)?by\s+last\s+year\b", s.text[pm.end():]) and self.year:
                due = str(self.year - 1)  # ("0.6% by last year": the year before the article's, not the sentence's other year)
            # ("the 2 percent threshold agreed by NATO members in 2014", "2% of GDP is the target agreed upon by the members of
            # the NATO alliance")
            by_whom = re.match(r"(?:\s*(?:per\s*cent|percent))?(?:\s*of\s+(?:GDP|gross\s+domestic\s+product))?"
                               r"(?:\s+(?:is|was)\s+the)?(?:\s+(?:threshold|target|goal|benchmark|guideline|requirement|limit|standard|norm))?"
                               r"\s+(?:recommended|required|demanded|requested|set|agreed(?:\s+(?:up)?on)?)\s+by\s+(?:the\s+)?"
                               r"(?:members\s+of\s+(?:the\s+)?)?", s.text[pm.end():])
            if by_whom and alliance and any(m.match.entity == alliance and m.start == pm.end() + by_whom.end() for m in mentions):
                actor, due = alliance, None  # "well above the 2% recommended by NATO": the alliance's
            # (or where: "the 2% target agreed between NATO member countries at the Welsh summit in 2014")
            agreed = re.match(r"[^.;%]{0,30}?\b(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been)\s+)?(?:agreed|set|adopted|"
                              r"established)\s+(?:(?:between|by|among|at)\s+[^.;%]{3,60}?\s+)?(?:back\s+)?in\s+((?:19|20)\d\d)\b", window)
            if agreed and self.year and int(agreed.group(1)) < self.year and alliance \
                    and any(m.match.entity == alliance for m in self._agents(mentions)) \
                    and not (_BY_YEAR.search(window[agreed.end():agreed.end() + 40])
                             or _RELATIVE_YEAR.search(window[agreed.end():agreed.end() + 40])):
                actor, due = alliance, None  # "reaching the required 2% target which was agreed back in 2014": the alliance's
            if actor is None and any(q0 < pm.start() < q1 and re.search(
                    rf"\b(?:{_REACH}|reaches|rise|rises|raise|increase|spend)\b[^.;%]{{0,60}}$", s.text[q0:pm.start()])
                                     for q0, q1 in quoted_spans(s.text)):
                # a figure inside a quotation whose speaker, named after it, holds a country's office: that country's
                # ("“… over one to two years it reaches 3% …,” Bolojan told reporters")
                actor = self._office_country([p for p in self._people(s.text, mentions) if p.start > pm.end()])
            if actor is None and self.main_country and re.match(
                    r"\s*(?:The|Its)\s+(?:[\w-]+\s+){0,2}?(?:government|cabinet|coalition|party|country|nation|kingdom)\b(?:,[^,.;]{3,60},)?\s+"
                    r"(?:has|have|had|is|was|will|would|agreed|decided|last\s+year|set|plans?)\b", s.text):
                actor = self.main_country  # "The caretaker coalition has agreed to increase defense spending to 3.5%" (the Dutch one;
                # "The fourth coalition party, the right-wing liberal VVD, has already said it backs raising …" too)
            if actor is None and self.main_country and re.search(
                    r"\b(?:the|its)\s+(?i:government|cabinet)\s+(?:should|must|will|would|plans?\s+to|intends?\s+to|is\s+(?:expected|set|"
                    r"going)\s+to|has\s+decided\s+to|decided\s+to|agreed\s+to)\s+(?:\w+\s+){0,4}?$", s.text[max(0, pm.start() - 90):pm.start()]):
                actor = self.main_country  # "… announced that the Government should increase defense spending to three percent …"
            if self.main_country and actor != self.main_country and re.search(
                    r"\b(?:[Tt]he|[Ii]ts)\s+(?:government|executive|cabinet)(?:\s+of\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})?\s+"
                    r"(?:also\s+|still\s+)?(?:aims?|hopes?|wants?|intends?|plans?|expects?)\s+to\s+(?:reach|hit|spend|allocate|achieve)\s+$",
                    s.text[max(0, pm.start() - 90):pm.start()]):
                # "By 2024, the executive of António Costa aims to reach 1.66% …, a target that will still fall short of the 2%
                # target agreed between NATO member countries", "The government also hopes to reach 1.98% … if the country
                # manages to obtain the EU funds": the page's government, whatever the sentence names after the figure
                actor = self.main_country
            # (a figure a sum "represents" that was read as a goal before is that goal: "“… a record 200 billion zloty … to defense
            # spending,” … “This represents more than 4.8% of GDP”" after "Poland will raise its defense expenditure to 4.8% …")
            restated = [t for t in self.targets_read if Decimal(str(t["percent_gdp"])) == value] if actor is None and re.search(
                r"\b(?:represents?|represented|equates?\s+to|equated\s+to|amounts?\s+to|amounted\s+to|corresponds?\s+to)\s+"
                r"(?:more\s+than\s+|over\s+|about\s+|approximately\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?$",
                s.text[max(0, pm.start() - 45):pm.start()]) else []
            if restated:
                actor, due = str(restated[-1]["actor"]), due or restated[-1].get("year")
            floor = re.match(r"[^.;%]{0,60}?\b(?:should|must|is|was|remains?|be)\s+(?:not\s+|no\s+longer\s+|only\s+)?(?:be\s+)?"
                             r"(?:seen\s+as\s+)?(?:the|a|our)\s+(?:ceiling|floor|starting\s+point|minimum|bare\s+minimum|baseline)\b"
                             r"(?P<all>\s+(?:that|which|for)\s+(?:any|every|all|each)\s+(?:NATO\s+)?(?:member|ally|allies)\b)?",
                             s.text[pm.end():]) if alliance else None
            if floor and (floor.group("all") or actor is None):
                # "2pct of the GDP for defence should not be the ceiling, but should be the starting point" (no state named): the
                # alliance's guideline, a floor since Vilnius, not the goal read last; and "2% of GDP allocated to defence “is the
                # minimum that any NATO member country must comply with”": the alliance's floor, whoever says it
                actor = alliance
            if actor is None and self.last_target is not None and self.last_target.get("actor") and not _new_speaker(s.text):
                actor = str(self.last_target["actor"])  # "That headline figure breaks down as 3.5 percent …"
            if actor is None and self.main_country and re.match(r"\s*(?:The|Its|Their)\s+(?:aim|goal|target|plan)\s+(?:is|was)\b", s.text):
                actor = self.main_country  # "The goal is to reach 3.5% of GDP by 2030" in an article about Sweden
            if actor is None and self.main_country and re.search(
                    rf"\b(?:its|their|[Oo]wn)\s+(?:own\s+)?(?:[\w-]+\s+){{0,2}}?{_GOAL_WORDS}s?\s+(?:of\s+)?(?:about\s+|around\s+)?$",
                    s.text[max(0, pm.start() - 60):pm.start()]):
                actor = self.main_country  # "Czechs may not meet own target of 2 percent …" (no state named): the article's
            # (the alliance only as the measure the figure is counted by is no one spending: "reach five percent of GDP by
            # 2030, in line with NATO standards," Lai said; "to align with what Premier Cho Jung-tai said was the “NATO model”")
            unmeasured = _NATO_MEASURE.sub(" ", s.text)
            if actor is None and self.main_country and not domain().alliance_words.search(unmeasured) \
                    and not re.match(r"\s*(?:All\s+)?(?:NATO\s+)?(?:[Mm]embers|[Aa]llies|[Cc]ountries|[Nn]ations|[Ss]tates|"
                                     r"[Gg]overnments)\b", s.text) \
                    and not re.search(r"\b(?:NATO|[Aa]lliance)['’]?s?\b|\b(?:we|allies)\s+(?:have\s+)?agreed\b", unmeasured) \
                    and not re.match(rf"\S*\s+(?:[\w-]+\s+){{0,3}}?{_GOAL_WORDS}\b", s.text[pm.start():], re.I) \
                    and not re.search(r"\b(?:recommendations?|guidelines?|norm|advice)\s+that\s+(?:all\s+)?(?:states|countries|nations|"
                                      r"governments)\s+(?:should|must|ought\s+to)\b[^.;%]*$", s.text[:pm.start()]):
                # (never a recommendation to states at large: "Despite the recommendation that states should allocate funds in the
                # amount of 2% of gross domestic product (GDP) for defense, …" is no one's goal)
                actor = self.main_country  # "Prime minister: Defense spending likely to exceed 5% of GDP in coming years" in an
                # article about Estonia that names NATO more than any other organisation: the article's country (not "the 2%
                # GDP defense spending target", nor a level "as we agreed": the alliance's, below)
            if actor is None and re.search(r"\b[Tt]he\s+(?:Prime\s+Minister|PM)\b(?!['’])[^.;%]{0,80}$", s.text[:pm.start()]) \
                    and (sole := self._sole_state_with("prime-minister")) is not None:
                actor = sole  # "the Prime Minister is right to commit to increase defence spending to 2.5 per cent …" on a page
                # that names Britain and the United States: the one state named that has a prime minister
            if actor is None and alliance and self.main_org == alliance:
                actor = alliance  # "… raise the countries' defense spending to 5 percent" in an article about the alliance
            value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()  # "5.0%" is 5 %
            # a state's own goal of reaching the alliance's recommended share, its deadline moved ("Portugal’s goal of reaching the
            # NATO-recommended 2% GDP spending on defense was originally set for 2030 but has now been brought forward to 2029"): the
            # state's, due the year it was moved to, and the alliance's too, due none
            owned = re.search(r"\b(?P<state>[A-Z][\w’'-]+)['’]s\s+(?:goal|target|aim|ambition|commitment)\s+of\s+(?:reaching|meeting|hitting|"
                              r"achieving|spending)\s+(?:the\s+)?(?:NATO|[Aa]lliance)[- ](?:recommended|agreed|mandated|set)\s+$",
                              s.text[max(0, pm.start() - 100):pm.start()]) if actor == alliance else None
            owner = self.g.country_or_org(owned.group("state")) if owned else None
            moved = re.match(r"[^.;%]{0,80}?\boriginally\s+(?:set|planned|scheduled|due)\s+(?:for|in)\s+(?:19|20)\d\d\b[^.;%]{0,40}?\b"
                             r"(?:brought\s+forward|moved(?:\s+up)?|advanced|pushed\s+back|postponed|delayed)\s+to\s+((?:19|20)\d\d)\b", window)
            if owner is not None and owner.type == "country":
                if not any(c.fields.get("actor") == alliance and c.fields.get("percent_gdp") == str(value) for c in out):
                    out.append(Candidate.scored("target", {"actor": alliance, "percent_gdp": str(value), "status": "agreed",
                                                           "category": "defence"}, s, "target:percent-of-gdp", []))
                actor = owner.entity
            if moved is not None:
                due = moved.group(1)
            fields: dict[str, object] = {"actor": actor, "percent_gdp": str(value)}
            if due:
                fields["year"] = due
            if people and not _PRAISE.search(s.text[:pm.start()]):  # who thanks a country for its budget did not propose it
                fields["proposed_by"] = [people[0].match.entity]
            if status:
                fields["status"] = status
            fields["category"] = "security-related" if _SECURITY.search(window[:90]) else "defence"
            counted = re.search(  # (a count, never a year: "In 2014 NATO allies pledged …")
                r"\b(?:(?!(?:19|20)\d\d\b)\d+|[Mm]ore\s+than\s+\d+|(?i:" + "|".join(_NUMBER_WORDS) + r"|eleven|twelve|eighteen|twenty)|only\s+\w+)\s+"
                r"(?:of\s+(?:its|the\s+alliance['’]s|the)\s+\d+\s+)?"
                r"(?:NATO\s+)?(?:allies|countries|members|member\s+(?:states|countries)|states|nations)\b", s.text[:pm.start()])
            # (not all of them agreeing on it: "NATO's 32 member states agreed on a proposed target to raise defense spending to 5
            # percent of GDP by 2035", "NATO’s 32 member states pledged Wednesday to allocate 5% of GDP annually by 2035")
            if counted and re.search(r"\b(?:agreed|agree|decided|committed|adopted|endorsed|approved|pledged|pledge|promised|vowed)\b",
                                     s.text[counted.end():pm.start()]):
                counted = None
            if actor == alliance and fields.get("year") and counted:
                fields.pop("year")  # "18 of the alliance's 31 countries are set to meet the … target of two percent … in 2024": when a
                # count of allies reaches the alliance's goal, not the goal's deadline
            if actor != alliance and alliance and re.match(r"[^.;%]{0,80}?,\s+(?:a|the)\s+(?:commitment|pledge|target|goal)\s+(?:made|agreed|set|"
                                                            r"adopted)\s+(?:in\s+(?:19|20)\d\d\s+)?by\s+(?:all\s+)?(?:NATO\s+members|(?:the\s+)?allies|NATO|"
                                                            r"the\s+alliance)\b", s.text[pm.end():]) \
                    and not any(c.fields.get("actor") == alliance and c.fields.get("percent_gdp") == str(value) for c in out):
                # "… two per cent of the country’s GDP on defence by the end of 2024, a commitment made in 2014 by all NATO
                # members": the alliance's too, due no year
                out.append(Candidate.scored("target", {"actor": alliance, "percent_gdp": str(value), "status": "agreed",
                                                       "category": "defence"}, s, "target:percent-of-gdp", []))
            other = self._committed_to_alliance(s.text, mentions, pm.start(), actor)
            if other is not None and actor == alliance and _inside_alliance_name(s.text, pm.start()):
                # "We are also on a pathway to meet NATO’s 5% Defence Investment Pledge by 2035": a figure written inside the
                # alliance's goal's name is the country's own goal, by its date (as "Canada will achieve NATO’s 2 percent target
                # this year" is)
                actor, other = other, None
                fields["actor"] = actor
            # "Britain, France and Germany committed to the 5% goal": the alliance's goal, and each country's own
            signed = re.search(r"\s(?:have\s+|had\s+|has\s+)?(?:(?:already|also|all)\s+)?(?:committed|signed\s+up|agreed|pledged)\s+to\s+"
                               r"(?:the\s+|NATO['’]s\s+|its\s+)?(?:(?:new|proposed)\s+)?$", s.text[:pm.start()])
            if signed and actor == alliance and re.match(rf"\S*\s+(?:[\w-]+\s+){{0,2}}?{_GOAL_WORDS}\b", s.text[pm.start():]):
                clause_start = max([0] + [b.end() for b in re.finditer(r"[.;:]\s|\b(?:while|whereas|but)\b", s.text[:signed.start()])])
                listed = [m for m in self._agents(mentions) if m.match.type == "country" and clause_start <= m.start
                          and m.end <= signed.start() and re.fullmatch(r"(?:['’]s)?(?:,\s+(?:and\s+)?|\s+and\s+|\s*)",
                                                                    s.text[m.end:next((n.start for n in self._agents(mentions)
                                                                                       if n.start > m.end), signed.start())])]
                for m in listed:
                    if not any(c.fields.get("actor") == m.match.entity and c.fields.get("percent_gdp") == str(value) for c in out):
                        out.append(Candidate.scored("target", {"actor": m.match.entity, "percent_gdp": str(value), "status": "agreed",
                                                               "category": "defence"}, s, "target:restated-commitment", [m.match]))
            if other is None and alliance and actor not in (None, alliance) and _ALLIANCE_STANDARD.match(s.text, pm.end()):
                other = alliance  # "… 2% of its GDP on defence by 2029 – the standard agreed upon by NATO countries": the
                # alliance's goal too, named after the figure
            if actor == alliance and fields.get("year") and str(fields["year"]) not in s.text[pm.end():] and re.search(
                    rf"\b(?:NATO|[Aa]lliance)(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?{_GOAL_WORDS}\s+of\s+(?:at\s+least\s+)?$",
                    s.text[max(0, pm.start() - 60):pm.start()]):
                fields.pop("year")  # "… total defense spending for 2024, exceeding the NATO threshold of 2 percent": the alliance's
                # goal named by its name, due no year the sentence gives before it
            if other is not None and actor == alliance:
                fields.pop("year", None)  # the alliance's goal a country will meet by a date is due no year of the alliance's
            if actor == alliance and fields.get("year") and _SURPASSED.search(s.text[max(0, pm.start() - 40):pm.start()]):
                fields.pop("year")  # "… to Surpass 2% GDP Target in 2024": the year a state passes the alliance's floor, not its due
            out.append(Candidate.scored("target", fields, s, "target:percent-of-gdp", [m.match for m in people[:1]],
                                        *(() if _GDP.search(s.text) else ("no-gdp-word",)), *(("range-lower-bound",) if ranged else ())))
            if moved_from and fields.get("year") and fields["year"] != moved_from:
                out.append(Candidate.scored("target", {**fields, "year": moved_from}, s, "target:percent-of-gdp", [m.match for m in people[:1]]))
            self.last_target = fields
            self.targets_read.append(fields)
            previous = (pm.end(), fields.get("year"), actor)
            also = re.match(r"\s+and\s+(20\d\d)\b(?!\s*(?:%|per\s*cent|percent))", year.string[year.end():]) \
                if year is not None and due is not None and fields.get("year") == due else None  # (none due: no year to repeat)
            if also is not None and int(also.group(1)) > int(str(due)):  # "about 1.86% in 2022 and 2023": the same share, due each year
                out.append(Candidate.scored("target", {**fields, "year": also.group(1)}, s, "target:percent-of-gdp",
                                            [m.match for m in people[:1]], *(() if _GDP.search(s.text) else ("no-gdp-word",))))
            if other is not None and not any(c.fields.get("actor") == other and c.fields.get("percent_gdp") == fields["percent_gdp"]
                                             for c in out):
                # "Italy will adhere to NATO's revised defence spending target of 5% of GDP", "Italy will struggle to meet a
                # NATO target of spending at least 2 per cent … by 2028": the alliance's target, and the country's own goal
                # of meeting it (by its deadline; the alliance's is due no year)
                both = {**fields, "actor": other}
                both.pop("year", None)
                if other != alliance and due:
                    both["year"] = due
                out.append(Candidate.scored("target", both, s, "target:percent-of-gdp", [m.match for m in people[:1]],
                                            *(() if _GDP.search(s.text) else ("no-gdp-word",))))
        return named_before + out

    def _brought_forward(self, s: Sentence) -> list[Candidate]:
        """"The target, originally set for 2027, will now be met within the current fiscal year …", "But Takaichi wants this
        achieved in the current tax year …": the goal just read, due at the new date (its actor's)."""
        last = self.last_target
        # "Carney promised … to move up Canada's deadline for meeting the target by at least two years, to 2030": the goal
        # just read, the country's own, due at the year it is moved to
        deadline = re.search(r"\b(?P<who>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s?\s+deadline\s+for\s+(?:meeting|reaching|hitting|achieving)\s+"
                             r"(?:the|its|that)\s+(?:[\w-]+\s+)?(?:target|goal|threshold|benchmark)\b[^.;%]{0,60}?\bto\s+(?P<year>20\d\d)\b",
                             s.text)
        who = self.g.country_or_org(deadline.group("who")) if deadline else None
        if deadline and last is not None and who is not None and who.type == "country" and who.entity:
            fields = {"actor": who.entity, "percent_gdp": last["percent_gdp"], "year": deadline.group("year"), "category": "defence"}
            self.last_target = fields
            return [Candidate.scored("target", fields, s, "target:restated-commitment", [])]
        moved = re.search(r"\b(?:(?:wants?|aims?\s+for|plans?\s+for|expects?)\s+(?:this|it|the\s+(?:target|goal))\s+(?:to\s+be\s+)?"
                          r"(?:achieved|met|reached|attained)|(?:The|This|That|Its)\s+(?:target|goal)\b[^.;]{0,60}?\b(?:will|would|is\s+to|"
                          r"should|could)\s+(?:now\s+)?be\s+(?:met|reached|achieved|attained))\b", s.text)
        if last is None or moved is None or not last.get("actor"):
            return []
        rest = s.text[moved.end():moved.end() + 80]
        year = _BY_YEAR.search(rest)
        relative = _RELATIVE_YEAR.search(rest) if year is None else None
        if year is not None:
            due = year.group(1) or year.group(2)
        elif relative is not None and relative.group(5) and self.year:
            due = self._by_month(relative.group(5))
        elif relative is not None and relative.group(1) and self.year:
            due = str(self.year + (0 if relative.group(1).lower() in ("this", "the", "current") else 1))
        else:
            return []
        if str(last.get("year")) == due:
            return []
        fields = {**last, "year": due}
        fields.pop("proposed_by", None)
        self.last_target = fields
        return [Candidate.scored("target", fields, s, "target:restated-commitment", [])]

    def _committed_later(self, s: Sentence, mentions: list[Mention], found: list[Candidate]) -> list[Candidate]:
        """"After member states received a near-ultimatum … to raise their defense spending to 2% of GDP, Prime Minister
        Andrej Plenković is expected to commit Croatia to reaching that goal by 2024": the goal just read, made a country's
        own later in its sentence, by the date given there (the date the country's, not the goal's)."""
        last = found[-1] if found else None
        figures = [pm.end() for pm in _PERCENT.finditer(s.text)]
        if last is None or not figures:
            return []
        tail = s.text[figures[-1]:]
        made = re.search(r"\b(?:commit(?:s|ted|ting)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|agreed|vow(?:s|ed)?)\s+"
                         r"(?:(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+)?to\s+(?:reaching|reach|meeting|meet|achieving|achieve|"
                         r"hitting|hit|fulfil\w*)\s+(?:that|this|the\s+same)\s+(?:commitment|target|benchmark|goal|threshold|requirement|"
                         r"level)\b(?P<rest>[^.;%]{0,40})", tail)
        year = _BY_YEAR.search(made.group("rest")) if made else None
        if made is None or year is None:
            return []
        # the country committed ("commit Croatia to …"), else the clause's subject ("…, Croatia agreed to meet that goal …")
        lo, hi = (made.start("who"), made.end("who")) if made.group("who") else (0, made.start())
        countries = [m for m in self._agents(mentions) if m.match.type == "country"
                     and figures[-1] + lo <= m.start and m.end <= figures[-1] + hi]
        if not countries:
            return []
        country, due = countries[-1].match.entity, year.group(1) or year.group(2)
        if last.fields.get("actor") == country:
            return []
        if last.fields.get("year") == due:
            last.fields.pop("year")  # (the date is the country's commitment's, not the goal's it takes on)
        status = "intended" if re.search(r"\b(?:expected|set|going|plans?|will|would)\b", tail[:made.start()]) else "agreed"
        fields = {**last.fields, "actor": country, "year": due, "status": status}
        return [Candidate.scored("target", fields, s, "target:restated-commitment", [countries[-1].match])]

    def _by_month(self, month: str) -> str:
        """The year a deadline "by <month>" with no year falls in: the next such month after the page's day (its year's, when
        the day is not known). Read only where the page's year is."""
        number = _MONTHS_OF_YEAR.index(month) + 1
        return str((self.year or 0) + (1 if self.day is None or number <= self.day.month else 0))

    def _committed_to_alliance(self, text: str, mentions: list[Mention], at: int, actor: str | None) -> str | None:
        """The other party of a country's commitment to meet the alliance's named target at ``at`` ("Italy will adhere to
        NATO's … target of 5%"): the country when ``actor`` is the alliance, the alliance when it is the country; else None."""
        alliance = self._alliance()
        if not alliance or actor is None:
            return None
        # (or agreed by it: "he would meet the NATO-agreed target of 2 per cent of GDP")
        named = re.search(r"(?:\b(?:NATO|[Aa]lliance)['’]s|\b(?:a|the)\s+NATO(?:-(?:agreed|set|mandated|recommended))?)\s+(?:[\w-]+\s+){0,4}?"
                          r"(?:target|goal|threshold|benchmark|"
                          r"guideline|requirement)s?\s*(?:(?:of\s+)?(?:spending\s+|allocating\s+)?|[—–-]+\s*reaching\s+|,\s+reaching\s+)"
                          r"(?:at\s+least\s+)?(?:about\s+|around\s+)?$", text[max(0, at - 80):at]) \
            or (re.match(r"\S*\s+(?:[\w-]+\s+){0,4}?(?i:target|goal|pledge|threshold|benchmark)\b", text[at:])
                and _IN_ALLIANCE_NAME.search(text[max(0, at - 80):at]))  # ("meet NATO’s 5% Defence Investment Pledge")
        if named is None:
            return None
        before = text[:max(0, at - 80) + named.start()]
        verb = re.search(r"(?:\b(?:will|would|shall|is\s+(?:set|going|preparing|expected|poised|determined|on\s+track)\s+to|are\s+(?:set|going|"
                         r"preparing)\s+to|plans?\s+to|aims?\s+to|intends?\s+to|wants?\s+to|struggles?\s+to|(?:has|have)\s+(?:agreed|committed|"
                         # (a few words between: "Denmark would also boost military spending to meet the NATO target of 2%";
                         # or its spending raised to the target: "will also aim to raise its defense spending to the alliance’s
                         # target of 2 per cent")
                         r"promised|pledged)\s+to|(?:is|are)\s+(?:also\s+)?on\s+(?:a|the)\s+(?:pathway|path|track|road)\s+to|"
                         # ("We are also on a pathway to meet NATO’s 5% …", "the federal government’s commitment to meet NATO’s defence
                         # spending targets—reaching 2% of GDP …")
                         r"commitment\s+to)\s+(?:(?!not\b|never\b)\w+\s+){0,5}?(?:meet|reach|hit|achieve|adhere\s+to|comply\s+with|"
                         r"fulfil+|honou?r|respect|(?:raise|increase|boost|lift)\s+(?:its|their|the\s+country['’]s)\s+(?:[\w-]+\s+){0,2}?to)\s+"
                         r"(?:the\s+)?)$",
                         before)
        if verb is None or re.search(r"\b(?:not|never)\b|n['’]t\b", verb.group(0)):
            return None
        subject = [m for m in self._agents(mentions) if m.match.type == "country" and m.end <= verb.start()
                   and not re.search(r"[;]", text[m.end:verb.start()])]
        country = subject[-1].match.entity if subject and verb.start() - subject[-1].end <= 40 else None
        if country is None and self.main_country and re.search(r"\b(?:it|[Ww]e|(?:the|his|her|its|their|our)\s+(?:federal\s+)?"
                                                               r"(?:government|country)(?:['’]s)?)\s+$", before[:verb.start()]):
            country = self.main_country  # "… the government said in April that this year, it will hit NATO's current target …"
        if country is None and self.main_country and re.search(r"\b(?:he|she)\s+$", before[:verb.start()]) \
                and self.main_country in self.person_orgs.values():
            country = self.main_country  # ("announcing that he would meet the NATO-agreed target …" on a page about the state
            # whose leader the page names)
        if country is None:
            return None
        if actor == alliance:
            return country
        # (a figure written inside the alliance's goal's name, "NATO’s 2 percent target", is the country's own goal, once)
        return alliance if actor == country and not _inside_alliance_name(text, at) else None

    def _restated_targets(self, s: Sentence, mentions: list[Mention]) -> list[Candidate]:
        """"Lithuania and Estonia agreed to fulfil that commitment": the last target named, for each country."""
        out: list[Candidate] = []
        last = self.last_target
        if last is None:
            return out
        countries = [m.match for m in self._agents(mentions) if m.match.type == "country"]
        # ("The De Croo government has decided to meet this target by 2035", "Our country aims to achieve this by 2035")
        if not countries and self.main_country and re.match(r"\s*(?:(?:The|Its)\s+(?:[A-Z][\w’'-]+\s+){0,2}government|Our\s+country)\b",
                                                            s.text, re.I):
            countries = [self._assumed_country(self.main_country)]  # "The Government promises to meet the requirement by 2024"
        own_year = _BY_YEAR.search(s.text)  # (a year this sentence gives is its own: "… to meet the requirement by 2024")
        for match in countries:
            fields = {"actor": match.entity, "percent_gdp": last["percent_gdp"], "status": "agreed",
                      "category": last.get("category", "defence")}
            if own_year is not None:
                fields["year"] = own_year.group(1) or own_year.group(2)
            elif last.get("year"):
                fields["year"] = last["year"]
            out.append(Candidate.scored("target", fields, s, "target:restated-commitment", [match]))
        return out

    def _adversary_spends(self, text: str, mentions: list[Mention], at: int) -> bool:
        """Whether the figure at ``at`` is what the adversary spends ("the Russians have been spending 10 percent of their GDP",
        "Moscow spent 6 percent"): its level, no one's goal."""
        adversary = self.g.country_ids.get(domain().adversary)
        spend = (r"(?:['’]s)?\s+(?:has\s+|have\s+|had\s+|is\s+|are\s+)?(?:been\s+|now\s+)?(?:spend\w*|spent|allocat\w*|devot\w*|pour\w*)\b"
                 r"[^.;%]{0,40}$")
        if any(m.match.entity == adversary and m.end <= at and re.match(spend, text[m.end:at]) for m in mentions):
            return True
        peoples = _people_of(domain().adversary)
        return peoples is not None and re.search(rf"\b(?:{peoples})" + spend, text[max(0, at - 100):at]) is not None

    def _actor(self, text: str, mentions: list[Mention], at: int, people: list[Mention]) -> str | None:
        """Who is to spend: the alliance for "member states/allies", else the nearest country or
        organisation not governed by "from"/"against", else the proposer's organisation."""
        # (an aside between dashes is no subject: "Canada – along with other NATO allies – will invest five per cent of GDP on
        # defence by 2035"; blanked, so that the offsets stay the text's)
        asides = [(m.start(), m.end()) for m in re.finditer(r"\s[–—]\s[^–—.;%]{3,80}?\s[–—]\s", text[:at])]
        # (so is a comparison set off by commas: "Cyprus, like other EU member states, will devote 2% of its gross domestic
        # product to defense spending")
        asides += [(m.start(), m.end()) for m in re.finditer(r",\s+(?:like|unlike|along\s+with|together\s+with|as\s+well\s+as)\s+"
                                                             r"(?:many|most|all|other|its|the|fellow|some|several)\s+[^,–—.;%]{3,60}?,", text[:at])]
        # (and a relative clause of what the subject is: "Denmark, which is a founding member of NATO, will also aim to raise its
        # defense spending to the alliance’s target of 2 per cent …")
        asides += [(m.start(), m.end()) for m in re.finditer(r",\s+(?:which|who)\s+(?:is|was|are|were|has\s+been|have\s+been)\s+"
                                                             r"[^,–—.;%]{3,80}?,", text[:at])]
        if asides:
            mentions = [m for m in mentions if not any(b <= m.start < e for b, e in asides)]
            text = blanked(text, asides)
        # (a country named in a currency is no one who spends: "1.3 billion U.S. dollars, “that is still not two percent”")
        # (nor a place that names a meeting: "NATO allies agreed at the Wales Summit in 2014": the allies agreed)
        # (nor a country whose capital is where it happens: "at the NATO summit in Lithuania's capital Vilnius")
        agents = [a for a in self._agents(mentions) if not IN_CURRENCY.match(text, a.end)
                  and not re.match(r"\s+(?i:summit)\b|(?:['’]s)?\s+capital\b", text[a.end:])
                  and not re.search(r"\bcapital,?\s+$", text[max(0, a.start - 10):a.start])
                  # (nor the body a commitment is made to: "Sánchez is committed to NATO to allocate 2% of GDP to Defence")
                  and not (a.match.type == "organization" and re.search(
                      r"\b(?:committed|commitments?|obligations?|pledged|promised)\s+to\s+(?:the\s+)?$", text[max(0, a.start - 20):a.start]))
                  # (nor a body the spending is for: "to gradually raise defense expenditures for the North Atlantic Treaty
                  # Organization (NATO) and the European Union, to reach 2.5 percent by 2025" is the state's goal)
                  and not (a.match.type == "organization" and re.search(
                      r"\b(?:expenditures?|spending|budgets?|contributions?)\s+for\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,5}"
                      r"(?:\([A-Z]{2,6}\)\s+)?(?:and\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3})?\(?$", text[max(0, a.start - 120):a.start]))]
        # (nor the alliance named only as the measure a figure is counted by: "to align with what Premier Cho Jung-tai said was
        # the “NATO (North Atlantic Treaty Organization) model”"; blanked, so that the offsets stay the text's)
        measures = [(m.start(), m.end()) for m in _NATO_MEASURE.finditer(text)]
        if measures:
            agents = [a for a in agents if not any(b <= a.start < e for b, e in measures)]
            text = _NATO_MEASURE.sub(lambda m: " " * len(m.group(0)), text)
        # "U.S. President Donald Trump has demanded 5 percent": a share a person demands, no one named to spend it, is the
        # alliance's (as a share "called for by" a president is)
        alliance_id = self._alliance()
        # (another group's members in the alliance are its members: "just a day after EU partners in Nato agreed to boost their
        # target spend from 2% to 3.5% of GDP")
        if alliance_id and re.search(r"\b(?:partners|members|allies|countries|states)\s+(?:in|of)\s+(?:NATO|Nato|the\s+(?:Atlantic\s+)?"
                                     r"[Aa]lliance)\b(?:(?![.;]).){0,60}$", text[max(0, at - 120):at]):
            return alliance_id
        # (the goalpost moved is the allies' own, its old place and its new: "the US has upped the stakes and asked to move the
        # goalpost from 2% to 5%")
        if alliance_id and re.search(r"\bgoal\s?posts?\s+from\s+(?:[\d.,]+\s*(?:%|percent|per\s+cent)\s+(?:of\s+GDP\s+)?to\s+)?$",
                                     text[max(0, at - 60):at]):
            return alliance_id
        demand = re.search(r"\b(?:has\s+|have\s+|had\s+)?(?:demanded|pushed\s+for|insisted\s+on)\s+(?:an?\s+|the\s+)?(?:at\s+least\s+)?$",
                           text[max(0, at - 45):at])
        if alliance_id and demand:
            clause = re.split(r"[,;]\s+|\s+and\s+", text[:at])[-1]
            start = at - len(clause)
            if any(p.start >= start for p in self._people(text, mentions) if p.end <= at) and not any(
                    a.match.type == "country" and a.start >= start and not re.match(r"\s+(?:President|Prime|Secretary|Defen[cs]e|Chancellor)\b",
                                                                                 text[a.end:]) for a in agents if a.end <= at):
                return alliance_id
        # ("But with the latest decision of 5%, Albania is expected to spend over 1.3 billion euros" on a page about the alliance's
        # decision: the decision's figure, the alliance's)
        if alliance_id and self.main_org == alliance_id and re.search(
                r"\b(?:the\s+)?(?:(?:latest|new|recent|summit['’]?s?)\s+)?(?:decision|agreement)\s+of\s+(?:about\s+|around\s+)?$",
                text[max(0, at - 40):at]):
            return alliance_id
        # ("The discussion follows a collective agreement to boost the defence spending target to 5% of GDP, a move heavily
        # advocated by U.S. President Donald Trump": the allies' target together, never the advocate's state)
        if alliance_id and re.search(r"\b(?:collective|joint|common)\s+(?:agreement|decision|commitment|pledge)\s+to\s+(?:boost|raise|"
                                     r"increase|lift)\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,3}(?:target|goal)\s+to\s+"
                                     r"(?:about\s+|around\s+|at\s+least\s+)?$", text[max(0, at - 120):at]):
            return alliance_id
        # "Podgorica’s obligation to increase defense spending as part of NATO from 1.66 to 2 percent of GDP …": a capital's
        # obligation, goal or plan, opening the sentence, is its state's
        capital = re.match(r"\s*(?P<city>[A-Z][\w-]+)['’]s?\s+(?:[a-z]+\s+){0,2}?(?:obligation|commitment|goal|plan|pledge|target|"
                           r"intention|decision)\b", text)
        if capital and (state_of_capital := self.g.as_state(capital.group("city"))) is not None and not any(
                a.match.type == "country" and capital.end("city") <= a.start and a.end <= at for a in agents):
            return state_of_capital.entity
        # "The STAR plan drawn up by Belgian Defense Minister Ludivine Dedonder aims for 1.57 percent …": the plan of a state's
        # minister is that state's, named only in the title's adjective
        drawn = re.search(r"\b(?:plan|programme|program|strategy|vision|budget)\b[^.;%]{0,40}?\b(?:by|of)\s+(?P<dem>[A-Z][a-z]+)\s+"
                          r"(?:(?:Defen[cs]e|Foreign|Finance|Prime)\s+)?(?:Minister|President|Chancellor)\b[^.;%]{0,80}$", text[:at])
        owner = self.g.country_or_org(drawn.group("dem")) if drawn and drawn.group("dem").lower() in DEMONYMS else None
        if owner is not None and owner.type == "country" \
                and not any(a.match.type == "country" and a.end <= at and a.match.entity != owner.entity for a in agents):
            return owner.entity
        # "… with an intermediate target of 1.57 percent by 2030" after "Our country aims to …": the outlet's own country, the
        # article's, whatever alliance words came before
        if self.main_country and re.match(r"\s*Our\s+country\b", text) \
                and not any(a.match.type == "country" and a.end <= at for a in agents):
            return self.main_country
        # "The Orbán administration has committed to spending at least two per cent …": a leader's administration is the
        # article's country, whatever alliance words come after
        if self.main_country and re.match(r"\s*(?:The|the)\s+[A-Z][\w’'-]+\s+(?:administration|government|cabinet)\b", text) \
                and not any(a.match.type == "country" and a.end <= at for a in agents):
            return self.main_country
        # a goal a speaker calls "our target", or one "we planned", inside a quotation: the speaker's country ("NATO members
        # must raise their defense budgets. … I fully agree — 5% should be our target. Although we planned 3.7% for 2026 …,"
        # Michal wrote)
        ours = re.match(r"[^.;]{0,25}\b(?:should|must|will|would)\s+be\s+(?:our|my)\s+(?:own\s+)?(?:target|goal|aim|objective)\b|"
                        r"\s*(?:is|was)\s+(?:our|my)\s+(?:target|goal)\b", text[at:]) \
            or re.search(r"\bwe\s+(?:had\s+|have\s+)?(?:planned|plan|aimed|aim|intended|intend)\b[^.;%]{0,25}$|"
                         r"\b[Ww]e\s+(?:shall|will|would|can)\s+(?:reach|hit|achieve|meet)\s+(?:the\s+)?$", text[max(0, at - 50):at])
        if ours and any(q0 < at < q1 for q0, q1 in quoted_spans(text)):
            speaker_country = self._office_country(self._people(text, mentions))
            if speaker_country:
                return speaker_country
        # "we" who moved to, raised or will spend the figure, inside a quotation: the speaker's country, or the page's when the
        # speaker is named only by office ("… starting this year we have moved to 2.5pct of the GDP and we will stay like that,”
        # said the head of state"), not an alliance the quotation names on the way ("bases … relevant for NATO")
        we = re.search(r"\b[Ww]e\s+(?:have\s+|had\s+|will\s+|would\s+|shall\s+|are\s+going\s+to\s+)?(?:already\s+|now\s+|also\s+)?"
                       r"(?:moved|move|raised?|increased?|reached|reach|allocated|allocate|spend|spent|devoted?|gone|go|went)\s+"
                       r"(?:(?:it|defen[cs]e\s+spending|spending|the\s+budget|our\s+budget)\s+)?(?:up\s+)?(?:to\s+)?"
                       r"(?:at\s+least\s+|about\s+|around\s+)?$", text[max(0, at - 80):at]) \
            or re.search(r"\b[Ww]e\s+(?:need|must|have|want|plan|intend|aim)\s+(?:to\s+)?[\[(]?(?:to\s+)?(?:spend|reach|allocate)[\])]?\s+"
                         r"(?:at\s+least\s+|about\s+|around\s+)?$", text[max(0, at - 80):at])  # ("“We need [to spend] 1.5 percent by 2024
        # and 2 percent by 2031 at the latest,” she said")
        if we and any(q0 < at < q1 for q0, q1 in quoted_spans(text)):
            offices = [o for o in (self.person_orgs.get(self._key(p.match)) for p in self._people(text, mentions)) if o]
            if offices:
                return offices[0]  # (the speaker's state, or the alliance its secretary general speaks for)
            if self.main_country and (self.main_org != alliance_id or re.search(
                    r"[”\"],?\s+(?:said|added|stated|noted)\s+the\s+(?:head\s+of\s+state|[Pp]resident|[Pp]rime\s+[Mm]inister|[Cc]hancellor|"
                    r"(?:[Dd]efen[cs]e\s+)?[Mm]inister)\b|[”\"],?\s+the\s+(?:head\s+of\s+state|President|Prime\s+Minister|Chancellor)\s+"
                    r"(?:said|added|stated|noted)\b", text[at:])):
                return self.main_country
        # "The European Union and NATO member - which shares the longest land border with Ukraine - … plans to raise defence
        # spending to …": an epithet of one member, the article's country, not the union or the alliance
        epithet = [a for a in agents if a.end <= at and re.match(
            r"(?:\s+and\s+[A-Z][\w.]*)?\s+member\b(?![-\s]*(?:states|countries|nations|governments)\b)", text[a.end:])]
        if epithet:
            agents = [a for a in agents if a not in epithet]
            if self.main_country and not any(a.match.type == "country" and a.end <= epithet[0].start for a in agents):
                return self.main_country  # (a state in its relative clause is no subject: "which shares … with Ukraine")
        # "Lithuania said it would raise its defence spending to 2 percent …": the subject spends
        own = re.search(r"\b(?:its|their)\s+(?:own\s+)?(?:annual\s+)?(?:defen[cs]e|military)\s+(?:spending|budgets?|expenditures?)",
                        text[:at])
        alliance = self._alliance()
        # (not a group one is compared with: "Slovenia is near the tail end among NATO members … and has been aiming to
        # reach the 2% target by 2030")
        words = next((w for w in domain().alliance_words.finditer(text) if not re.search(
            r"\b(?:among|than|like|behind|ahead\s+of|(?:expenditures?|spending|budgets?)\s+for)\s+(?:the\s+|its\s+|other\s+|fellow\s+)*$",
            text[max(0, w.start() - 30):w.start()],
            re.I)), None)
        spenders = [m for m in agents if m.match.type == "country" and m.end <= at]
        # "Stoltenberg thanked Romania … for the increase in the budget … to 2.5%": the country praised is the one spending,
        # whatever alliance words the sentence holds
        praised = [m for m in spenders if re.search(_PRAISE.pattern + r"\s+(?:the\s+)?$", text[max(0, m.start - 25):m.start], re.I)]
        if praised:
            return praised[-1].match.entity
        # ("… while the target spending rate is 2% of GDP", "the alliance's 2 percent guideline" on a page about the alliance: its
        # own goal, no member's)
        if alliance and self.main_org == alliance and re.search(rf"\bthe\s+(?:new\s+|current\s+)?(?:(?:alliance|NATO)['’]s?\s+)?(?i:{_GOAL_WORDS})\s+"
                                                                  r"(?:spending\s+)?(?:rate|level|figure)?\s*(?:is|was|of|at)\s+(?:at\s+least\s+)?$",
                                                                  text[max(0, at - 50):at]) \
                and not (spenders and re.search(rf"\b(?:{_REACH})\s+the\s+(?:(?:alliance|NATO)['’]s?\s+)?(?i:{_GOAL_WORDS})\s+of\s+$",
                                                text[max(0, at - 50):at])
                         and (_BY_YEAR.search(clause_ahead := _NEW_CLAUSE.split(text[at:at + 70])[0]) or _RELATIVE_YEAR.search(clause_ahead))):
            # (not where a state on its way meets it by a date: "Italy plans to reaffirm its commitment to increasing military
            # spending to meet the alliance’s target of 2% of GDP by 2028", its own goal, read below)
            return alliance
        # ("In Latvia, the government targets defence spending to reach 3.00% of GDP in 2026": the state the clause opens with)
        fronted = re.search(r"(?:^|[.;]\s+|,\s+while\s+)In\s+(?P<state>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),\s+the\s+government\b[^.;]{0,80}$",
                            text[:at])
        state = self.g.country_or_org(fronted.group("state")) if fronted else None
        if state is not None and state.type == "country":
            return state.entity
        # ("… while spending much less than the new target of five per cent of GDP": the alliance's new one, named before it)
        if alliance and self.main_org == alliance and re.search(rf"\bthe\s+(?:(?:new|proposed|agreed)\s+){{1,2}}(?:[\w-]+\s+)?{_GOAL_WORDS}\s+"
                                                                  r"of\s+(?:at\s+least\s+)?$", text[max(0, at - 50):at]):
            return alliance
        # "Canada expects to reach its NATO commitment to spend two per cent … by 2032": the alliance's goal made the
        # subject's own ("its", "their"; "meeting its existing NATO commitments", "its existing commitments to NATO")
        held = re.search(r"\b(?:its|their)\s+(?:(?:own|existing|current|present)\s+)?(?:(?:NATO|alliance)\s+"
                         r"(?:commitment|target|pledge|goal|obligation)s?\b|(?:commitment|obligation)s?\s+to\s+(?:NATO|the\s+alliance)\b)",
                         text[:at], re.I)
        holder = next((m for m in spenders if m.end <= held.start()), None) if held else None
        if holder is not None:
            return holder.match.entity
        # (or named after the figure as a state's own: "… the target of raising defence spending to 2% of GDP by 2024 to come into
        # line with Italy's NATO commitments")
        line = re.match(r"[^.;]{0,60}?\b(?:(?:to\s+)?(?:come|be|bring\s+\w+)\s+in(?:to)?\s+line|in\s+line|to\s+comply|complying)\s+with\s+"
                        r"(?P<state>[A-Z][\w-]+)['’]s\s+(?:own\s+)?(?:NATO|alliance)\s+(?:commitment|obligation|pledge)s?\b", text[at:])
        owner = self.g.country_or_org(line.group("state")) if line else None
        if owner is not None and owner.type == "country":
            return owner.entity
        # a share a state will surpass or exceed, called a target or the minimum, is the alliance's whatever the date: no one
        # aims to exceed a goal of its own ("Bulgaria's Defense Spending to Surpass 2% GDP Target in 2024", "set to surpass the
        # minimum 2% of its gross domestic product")
        if alliance and _SURPASSED.search(text[max(0, at - 40):at]) \
                and (re.search(r"\bminimum\s+$", text[max(0, at - 12):at])
                     or re.match(rf"\S*\s+(?:[\w-]+\s+){{0,2}}?{_GOAL_WORDS}\b", text[at:], re.I)):
            return alliance
        # "Turkey backs NATO's new defense spending target of 5% …", "has achieved the NATO target of allocating at least
        # 2 percent", "… surpassing the previous 2% benchmark": the alliance's target, whoever backs or reaches it
        # (but a country on its way "to reaching NATO's target of 2 percent … by 2032" has that goal of its own)
        named = [m for m in agents if alliance and m.match.entity == alliance]
        # (a country that will reach it by a date: "Canada will achieve NATO’s 2 percent target this year", "to meet
        # NATO's 2% target by the end of this fiscal year")
        ahead = _NEW_CLAUSE.split(text[at:at + 70])[0]  # (not another clause's year)
        deadline = _BY_YEAR.search(ahead) or _RELATIVE_YEAR.search(ahead)

        # "Spain, …, announced … that it intends to reach the two per cent target by the end of the year": the subject a
        # pronoun stands for, on its way to the goal by a date, has that goal of its own
        pronoun = re.search(rf"\b(?:it|they)\s+(?:[\w-]+\s+){{0,3}}?(?:{_REACH})\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,3}}$",
                            text[:at])
        if pronoun and deadline is not None and spenders:
            return spenders[0].match.entity
        # "Italy is set to reach NATO’s defense spending target of 2 percent of its GDP this year": the subject on its way (the
        # one before the verb, not a place named before it: "As this week’s NATO summit in Washington DC, US, approaches, Italy
        # plans to …")
        first = next((m for m in spenders if _ON_ITS_WAY.match(text, m.end, at)), None) if deadline is not None else None
        if first is not None:
            return first.match.entity

        def reached(m) -> bool:
            return deadline is not None and bool(re.search(
                rf"\b(?:to|towards?|will|would|shall|can|could|must)\s+(?:\w+\s+)?(?:{_REACH}|fulfil\w*)\s+(?:the\s+|an?\s+)?$",
                text[max(0, m.start - 40):m.start]))
        if any(m.end <= at and re.fullmatch(rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,4}}?{_GOAL_WORDS}\s+(?:of\s+)?(?:[\w-]+\s+){{0,3}}",
                                            text[m.end:at]) and not reached(m) for m in named):
            return alliance
        # the figure itself named the alliance's goal: "far outstrip NATO’s two-percent-of-GDP target", "… the previous 2%
        # benchmark" in a sentence about the alliance
        if re.match(rf"[^.;]{{0,25}}\b{_GOAL_WORDS}\b", text[at:]) and (
                any(re.fullmatch(r"['’]s\s+(?:(?:current|new|existing|previous|former|old|agreed|official)\s+)?", text[m.end:at])
                    and not reached(m) for m in named)
                or (named and re.search(r"\b(?:the|its|their)\s+(?:previous|former|old|existing)\s+$", text[max(0, at - 30):at]))):
            return alliance
        # "Spain will not meet the 5% target", "Turkey, already surpassing the 2% goal, …" in an article about the
        # alliance: "the N% target" is the one the article is about, the alliance's, not the country's own
        # (but "help Greece reach the 5% target by 2035": a country with its own deadline has that goal of its own)
        # ("European leaders largely backed the new 5% GDP target, with some – including Ukrainian president …": the new one too)
        if alliance and self.main_org == alliance and re.search(r"\bthe\s+(?:(?:new|proposed|current|existing)\s+){0,2}$", text[max(0, at - 25):at]) \
                and re.match(rf"\S+\s+(?:[\w-]+\s+){{0,2}}?{_GOAL_WORDS}\b", text[at:]) and not _BY_YEAR.search(text[at:at + 60]) \
                and not (deadline is not None and re.search(rf"\b(?:{_REACH})\s+the\s+(?:[\w-]+\s+){{0,2}}$", text[max(0, at - 40):at])) \
                and not re.match(rf"\S+\s+(?:[\w-]+\s+){{0,2}}?{_GOAL_WORDS}\s+of\s+(?:the\s+country['’]s|its|their)\s+(?:GDP|gross)",
                                 text[at:]):
            # ("they want to reach the 2% target this year": on its way by a date, the goal is the subject's own; so is one
            # "of the country's GDP": "Montenegro is required to increase its defense spending to meet the 2-percent target of the
            # country’s GDP")
            return alliance
        # "the objective that Italy intends to achieve, … 2% of GDP, as requested by the Alliance": the
        # alliance asks, Italy spends
        # (nor when a country stands between the alliance's word and the figure: "Urging European allies to step up, Sir
        # Keir said the UK would … extend defence spending to 3%")
        between = [m for m in spenders if words and words.end() <= m.start]
        # (nor the alliance a figure is only measured against, after it: "to 3% of GDP by 2030, a figure that aligns
        # with NATO’s broader call for member states to …")
        measured = words is not None and words.start() > at and re.search(
            r"\b(?:align\w*\s+with|in\s+line\s+with|compared\s+(?:with|to)|than|exceed\w*|above|below)\b", text[at:words.start()])
        if alliance and words and not (spenders and words.start() > at) and not between and not measured:
            return alliance
        # "Germany met the 2% target thanks to the fund", "criticism for failing to hit the existing 2% spending target": a
        # target met or missed, with no deadline, is the one the alliance set
        # ("Türkiye is very close to fulfilling the 5% commitment": the alliance's, which the country is near)
        if alliance and deadline is None and re.search(
                r"\b(?:met|meets|meeting|hit|hits|hitting|reached|achieved|missed|missing|fulfil(?:l|ls|led|ling|s)?|"
                r"(?:fail(?:ed|ing|s)?|failure)\s+to\s+(?:hit|meet|reach|fulfil+))"
                r"\s+the\s+(?:existing\s+|current\s+|previous\s+)?$|"
                # ("in order to meet the recommended 5 percent target, it was necessary for the EU to relax …": the one the
                # alliance recommends, whoever must change for it)
                r"\b(?:to\s+meet|to\s+reach|to\s+hit)\s+the\s+(?:recommended|required|agreed)\s+$", text[max(0, at - 60):at], re.I) \
                and re.match(rf"\S*\s+(?:[\w-]+\s+){{0,2}}?(?:{_GOAL_WORDS}|commitment|pledge)\b", text[at:], re.I):
            return alliance
        # ("an allied country that reached the threshold of two percent": the goal's word before the figure)
        # ("all members fulfilled the target to spend at least 2 percent of GDP on defense")
        if alliance and deadline is None and re.search(
                rf"\b(?:met|meets|meeting|hit|hits|hitting|reached|reaches|reaching|achieved|exceed\w*|surpass\w*|fulfil+(?:s|ed|ing)?)\s+the\s+"
                rf"(?:(?:existing|current|previous|NATO)\s+)?{_GOAL_WORDS}\s+(?:of|to\s+(?:spend|allocate|invest|devote))\s+"
                rf"(?:at\s+least\s+)?$", text[max(0, at - 70):at], re.I):
            return alliance
        # ("North Macedonia ranks 11th according to NATO 2% defense spending target": the alliance's, named right before it)
        if alliance and deadline is None and re.search(r"\bNATO\s+$", text[max(0, at - 8):at]) \
                and re.match(rf"\S*\s+(?:[\w-]+\s+){{0,3}}?{_GOAL_WORDS}\b", text[at:], re.I):
            return alliance
        subject = [m for m in agents if m.end <= (own.start() if own else 0)]
        if subject:
            return subject[-1].match.entity
        # "Michal said his NATO country would … raise defense spending": the speaker's own country
        his = re.search(r"\b(?:his|her|their|our)\s+(?:[\w-]+\s+)?(?:country|nation|government)\b", text[:at], re.I)
        if his:
            own_country = self._office_country([p for p in self._people(text, mentions) if p.start < his.start()])
            if own_country:
                return own_country
        # "Prime Minister Sir Keir Starmer has set out plans to extend defence spending to 2.5% …, as peace talks in
        # Ukraine …": a country named only after the figure is not who spends when the speaker holds a country's office
        office = self._office_country([p for p in self._people(text, mentions) if p.start < at and not _addressed(text, p)])
        # (but what an office holder demands of others in an article about the alliance is the alliance's: "a push led by US
        # President Donald Trump to raise defence spending commitments to 5% of GDP by 2035")
        if office and alliance and self.main_org == alliance and re.search(
                r"\b(?:demand\w*|push(?:es|ed|ing)?|call(?:s|ed|ing)?\s+(?:on|for)|urg\w*|press(?:es|ed|ing)?|insist\w*)\b", text[:at], re.I) \
                and not any(a.end <= at and a.match.type == "country" and not at_war(text, a.start, a.end)
                            and not re.match(r"\s+(?:President|Prime|Defen[cs]e|Chancellor|Foreign|Secretary)\b", text[a.end:])
                            for a in agents):
            return alliance
        # a decision its summit took is the alliance's, whoever tells of it: "A major decision was unanimously made after
        # today’s conclusion of the NATO summit to increase defence spending to a total of 5% …" (a defence minister's words)
        summit = alliance and re.search(
            r"\b(?:decisions?|decided|agreements?|agreed)\b[^.;%“”\"]{0,90}?\b(?:NATO|[Aa]lliance|[Aa]llies['’]?)\s+[Ss]ummit\b[^.;%]{0,60}$"
            r"|\b(?:NATO|[Aa]lliance|[Aa]llies['’]?)\s+[Ss]ummit\s+(?:has\s+|have\s+)?(?:decided|agreed)\b[^.;%]{0,60}$", text[:at])
        if summit and not any(a.end <= at and a.match.type == "country" and not at_war(text, a.start, a.end) for a in agents):
            return alliance
        # (a state at war named as the time is no one spending: "after Russia launched its invasion of Ukraine in 2022,
        # then-Chancellor Olaf Scholz pledged to increase defense spending to 2%")
        if office and not any(a.end <= at and not at_war(text, a.start, a.end) for a in agents):
            return office
        # (a state told or asked by others to spend it: "After Croatia, along with some other NATO countries, was told by the US
        # and NATO … to come up with a plan … on how to set aside 2 percent of its GDP": the one told, not those telling)
        told = re.search(r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:told|asked|urged|pressed|called\s+on|required|requested)\b"
                         r"[^.;%]{0,160}?\bto\b[^.;%]*$", text[:at])
        if told:
            one_told = next((a for a in reversed(agents) if a.match.type == "country" and a.end <= told.start()
                             and not re.search(r"[.;]", text[a.end:told.start()])), None)
            if one_told is not None:
                return one_told.match.entity
        scored = []
        for m in agents:
            before = text[max(0, m.start - 30):m.start].lower()
            if re.search(r"\b(from|against|with|by|on|under|in|among|than|except|besides)\s+(?:the\s+|other\s+|fellow\s+)?"
                         r"(?:neighbou?ring\s+|nearby\s+|hostile\s+|aggressor\s+)?$", before):
                continue
            if at_war(text, m.start, m.end):
                continue  # "failing to meet the 2% target, but the Russian invasion of Ukraine in 2022 …": a state at war, no spender
            if re.match(r"['’]s?\s+(?:[\w-]+\s+)?(?:threats?|aggression|pressure|assertiveness|intimidation|provocations?)\b", text[m.end:]):
                continue  # "Lai said China’s threats had increased …, and that he hoped defense spending … could reach 5 percent":
                # the state that threatens is not the one spending
            if m.start > at and _NEW_CLAUSE.search(text[at:m.start]):
                continue  # "… 2 per cent of GDP on defence within a decade, but Italy’s previous administration …": another clause's
            if m.start > at and re.search(r",\s+(?:[a-z]+ly\s+)?[a-z]+ing\b", text[at:m.start]):
                continue  # "Austria to raise defence spending to 2% of GDP, joining EU security push": a participle's object
            if m.start > at and (re.search(r"\b(?:in\s+line\s+with|compared\s+(?:with|to)|than)\s+(?:the\s+)?(?:new\s+|current\s+)?$", before)
                                 or re.search(r"\bin\s+line\s+with\b", text[at:m.start])):
                # "… to 5% of GDP in line with the new NATO norm": what the figure is measured against, after it
                continue
            if len(agents) > 1 and re.search(rf"\b(?:a|an|the|to|of|with|{_REACH})\s+$", before) \
                    and re.match(r"(?:['’]s)?\s+(?:(?!(?:has|have|had|set|sets|is|was|will|would|wants?|aims?|plans?)\b)"
                                 rf"[\w.%-]+\s+){{0,3}}?{_GOAL_WORDS}", text[m.end:m.end + 40], re.I):
                continue  # "to meet a NATO target": whose benchmark it is, not who spends ("Poland has set targets": it spends)
            scored.append((abs(m.start - at), m.match.entity))
        if scored:
            return min(scored)[1]
        for p in people:
            if p.match.entity in self.person_orgs:
                return self.person_orgs[p.match.entity]
        return None


def _new_speaker(text: str) -> bool:
    """Whether the sentence opens with someone named who says or promises it: his aim, not the last target told of ("Šarec
    therefore assured Stoltenberg that he would strive for … 1.5% of GDP" after the alliance's 2 %).

    >>> _new_speaker("Šarec therefore assured Stoltenberg that he would strive for 1.5% of GDP"), _new_speaker("That figure is 3.5%")
    (True, False)
    """
    # (a name in any script's capitals: "Šarec", "Židan")
    opened = re.match(r"\s*([^\W\d_][\w’'-]+)(?:\s+[^\W\d_][\w’'-]+){0,2}?\s+(?:[a-z]+\s+)?(?:assured|promised|pledged|vowed|said|told|"
                      r"stated|insisted|announced)\b", text)
    return opened is not None and opened.group(1)[0].isupper() and opened.group(1) not in domain().not_names


def _addressed(text: str, person: Mention) -> bool:
    """Whether ``person`` is the one told or assured, not the one telling: "Šarec therefore assured Stoltenberg that he would
    strive for defence spending to reach 1.5% of GDP" is Šarec's aim, neither proposed by Stoltenberg nor his alliance's.

    >>> from types import SimpleNamespace as N
    >>> text = "Šarec therefore assured Stoltenberg that he would strive for 1.5% of GDP"
    >>> _addressed(text, N(start=text.index("Stoltenberg"))), _addressed(text, N(start=0))
    (True, False)
    """
    # (a title between: "Zoran Zaev told NATO Secretary General Jens Stoltenberg that …")
    return bool(re.search(r"\b(?:assured|assures|reassured|reassures|told|tells|promised|promises|informed|informs)\s+"
                          r"(?:[A-Z][\w.-]*\s+){0,4}$", text[max(0, person.start - 60):person.start]))


@cache
def _people_of(code: str) -> str | None:
    """A state's people, as news names them in the plural ("the Russians"), as one alternation; None where none is known."""
    plurals = [w.capitalize() + "s" for w, c in DEMONYMS.items() if c == code and w.endswith("n")]
    return "|".join(plurals) or None
