"""Pledge rules: donor, amount, recipient, kind of figure, shares and joint figures."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from itertools import pairwise

from . import rx as re
from .candidate import Candidate, RuleState
from .domain import domain
from .gazetteer import DEMONYMS, LEGISLATURES, Match
from .mentions import SURNAME_TOKEN, Mention, beside
from .money import _NUMBER_WORDS, Money, find_money, national_currency, parse_amount, settle
from .patterns import (
    _ANAPHORIC_DONOR,
    _CLAUSE,
    _LOAN,
    _PARTNER,
    _PLEDGE_CUES,
    _SHARE,
    APPROX,
    CHARITY_AID,
    DATELINE,
    IN_CURRENCY,
    RED_CROSS_AFTER,
    _is_conversion,
    opens_dateline,
    own_defence_spending,
)
from .sentences import Sentence, sentence_at

_CLAUSE_BREAK = re.compile(r"[,;]|\s[-–—]\s")  # (a dash set off by spaces too: "… $500m from the World Bank - take the total …")
#: A subject that stands for several donors at once ("member states agreed to pledge …"): none of them alone.
_COLLECTIVE = (r"member states|members|allies|countries|nations|leaders|coalition|contact group|heads\s+of\s+(?:\w+\s+)?states?|"
               r"Europe|Europeans|European\s+(?:donors|states|governments)|allocations|"  # ("Europe allocated €10.5 billion …")
               r"(?:conference|summit|meeting)\s+participants|participants|attendees|delegates|donors|"
               r"representatives\s+of\s+\d+\s+countries")  # ("attendees pledged … an additional US$60 billion")
#: The nouns that make an organisation's name stand for its members ("the first NATO ally", "NATO countries").
_MEMBER_NOUNS = r"ally|allies|members?|countries|nations|partners?"
#: A sentence whose subject is all the alliance's members, none counted ("The NATO members will show …", "The allies …").
_ALL_MEMBERS = re.compile(r"\s*(?:The\s+)?(?:(?:NATO|[Aa]lliance(?:['’]s)?)\s+(?:members|allies|member\s+(?:states|countries))|"
                          r"(?:NATO\s+)?[Aa]llies)\b")
#: All the alliance's members agreeing on a sum ("the allies intend to provide", "Allies agreed"): no one possessive or counted.
_ALLIES_AGREE = re.compile(r"(?<![\w’'])(?:(?:the|The)\s+)?(?:NATO\s+)?[Aa]llies\s+(?:have\s+|had\s+|also\s+)?"
                           r"(?:intend|agree|pledge|commit|decide|vow|promise)\w*\b")
#: Words that make a group's members named after them some of them only ("several NATO allies", "Nordic EU states").
_SOME = (r"some|several|many|most|few|other|fellow|individual|certain|northern|southern|eastern|western|central|Nordic|Baltic|"
         r"European|Scandinavian|Asian|smaller|larger|richer|wealthier|poorer")
#: Groups of countries named beside one of them ("the Nordics, Baltics and Poland"): a figure for all, no one's own.
_REGIONS = (r"Nordics|Nordic\s+(?:countries|states)|Baltics|Baltic\s+(?:countries|states)|Scandinavians?|Benelux|Western\s+allies|Europeans|"
            r"(?:EU|European)\s+(?:countries|nations|states|members|member\s+states)")


#: A count in words, longest first (one word each: "Fifteen billion ($1.4 billion) will be provided as civilian aid …").
_COUNT_WORDS = "|".join(sorted((w for w in _NUMBER_WORDS if " " not in w and len(w) > 2), key=len, reverse=True))


#: The rest of a private body's name after the state's adjective that opens it ("American Jewish Joint Distribution
#: Committee", "Indian Pharmaceuticals Manufacturers Association").
_OPENS_BODY_NAME = re.compile(r"(?:\s+[A-Z][\w’'-]+){1,5}\s+(?:Committee|Foundation|Association|Society|Fund|Institute|Cent(?:er|re)|"
                              r"Federation|Congress|Trust|Charity|Charities|" + CHARITY_AID + ")")


#: What a state's adjective describes when it describes a source or an outlet, not a giver ("a German research institute",
#: "the Spanish daily", "a British think tank").
_DESCRIBES_SOURCE = re.compile(r"(?:\s+[a-z-]+){0,2}\s+(?:institute|think[\s-]tank|newspaper|daily|weekly|broadcaster|news\s+agency|"
                               r"news\s+outlet|outlet|website|magazine|tabloid|publication|university)\b")


def _significant_digits(value: Decimal) -> int:
    """How many digits a sum is written with, its trailing zeros left out: a round sum has few.

    >>> _significant_digits(Decimal("100000")), _significant_digits(Decimal("135618")), _significant_digits(Decimal("1.9E9"))
    (1, 6, 2)
    """
    return len(value.normalize().as_tuple().digits)


#: A city's or a town's own body after its name ("Tallinn City Council", "Kyiv City State Administration"): a city gives no
#: state's money.
_LOCAL_BODY = r"City\s+(?:Council|Hall|Government|Administration|Assembly)|Municipality|Municipal\s+Council|Town\s+(?:Council|Hall)"


#: What names a city as a body before its name ("The City of Skopje", "the Municipality of Bitola", "the Mayor's Office of …").
_CITY_BODY_OF = r"(?:City|Municipality|Town|Mayor['’]s\s+Office)\s+of"
_CITY_OF = re.compile(rf"\b{_CITY_BODY_OF}\s+$")


#: A sentence whose subject is a city, its council or its mayor ("Skopje Mayor Danela Arsovska submitted a proposal … in the
#: amount of MKD 7 million"): the city's money, whatever the verb.
_LOCAL_SUBJECT = re.compile(rf"\W*(?:The\s+)?(?:[A-Z][\w’'-]+\s+){{0,3}}(?:Mayor|{_CITY_BODY_OF}|{_LOCAL_BODY})\b")


#: A verb of buying, whose "from" names a seller and whose object's adjective a maker, never a giver.
_BUYING = r"(?:purchas\w*|buy\w*|bought|procur\w*)"


#: A charity's name before the state it is named for ("Caritas Monaco", "Red Cross Monaco"): the state gives nothing there.
_CHARITY_BEFORE = re.compile(r"\b(?:Caritas|Cross|Crescent)\s+$")


def _body_gives(text: str, amount: Money, agents: list[Mention]) -> bool:
    """Whether a body that names no state is the giver of the sum at ``amount``, so that the page's giver is never assumed:
    a society or a foundation ("The Disaster Relief Foundation immediately allocated 350 million yuan to the Ministry of
    Foreign Affairs …"), an administration named for a person the workspace does not know ("the Biden administration alone has
    directed more than $75 billion …" on a page about Argentina), a charity or a Red Cross by its name ("Caritas Monaco, which
    collected and sent €69,000 …", "aid from Singapore Red Cross’ earlier US$100,000 commitment"). A Red Cross's gift that the
    state's ministry or government announces in the same sentence is the state's ("Chinese Red Cross will provide … worth 5
    million yuan …, Chinese foreign ministry spokesman Zhao Lijian said"). ``agents`` are the sentence's givers as the pledge
    rule keeps them (a state named for a charity, "Caritas Monaco", already set aside)."""
    before = text[:amount.start]
    if _LOCAL_SUBJECT.match(before) and not any(a.start < amount.start and not re.search(r"\b(?:to|for|of|in)\s+(?:the\s+)?$",
                                                                                       text[max(0, a.start - 16):a.start]) for a in agents):
        return True  # (a state named after the city's subject only as where the money goes: "… for the citizens of Ukraine …")
    body = re.search(r"\b(?!(?:The|This|That|Its|Their|Our|Your|A|An)\s)(?:[A-Z][\w’'-]+\s+){1,4}"
                     r"(?:Foundation|Society|Association|Charity|Trust|administration|government|" + CHARITY_AID + "|" + _LOCAL_BODY
                     + r")\b(?P<rest>[^.;,]{0,50})$", before) \
        or re.search(r"\b(?:Caritas|Red\s+Cross|Red\s+Crescent)\b(?:\s+[A-Z][\w’'-]+)?(?P<rest>[^.;]{0,60})$", before) \
        or re.search(rf"\b{_CITY_BODY_OF}\s+(?:[A-Z][\w’'-]+\s*){{1,2}}(?P<rest>[^.;,]{{0,50}})$", before) \
        or re.search(r"\b(?:the|this)\s+(?:foundation|society|association|charity|trust|NGO)\s+(?:itself\s+)?(?P<rest>[^.;,]{0,40})$", before)
    # (or named again by its kind: "Nippon Foundation has established a fund …, while the foundation itself plans to offer ¥100
    # million")
    if body is None or (re.search(r"Red\s+(?:Cross|Crescent)", body.group(0))
                        and re.search(r"\b(?:[Mm]inistry|[Gg]overnment|spokes(?:man|woman|person))\b", text)):
        return False
    if any(body.start() <= a.start < amount.start for a in agents):
        return False  # (a state named inside it: "The Red Cross Society of China had earlier provided …" is China's)
    return bool(re.search(r"\b(?:allocat|donat|gave|giv|provid|grant|transferr|rais|collect|sen[dt]|direct|pledg|commit|contribut|offer)\w*\b",
                          body.group("rest"))
                or re.match(r"\s*(?:commitment|contribution|donation|pledge|gift)\b", text[amount.end:]))


#: Where money is put in a state's own bank: "into the central bank of …", "to the Central Bank of …".
_INTO_BANK_OF = re.compile(r"\b(?:to|into|in|with)\s+(?:the\s+)?(?i:central\s+bank|national\s+bank|treasury|(?:foreign\s+)?reserves|"
                           r"budget)\s+of\s+(?:the\s+)?$")
#: A giving verb before the state it gives to, the gift after "with" (``_SUPPLIED_WITH_AFTER``)
_SUPPLIED_WITH = re.compile(r"\b(?:provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|equip(?:s|ped|ping)?|furnish(?:es|ed|ing)?|"
                            r"present(?:s|ed|ing)?)\s+(?:the\s+)?$")
_SUPPLIED_WITH_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?with\b")


def _supplied(text: str, m: Mention) -> bool:
    """Whether the state named by ``m`` is the object of a giving verb whose gift "with" names ("it would supply the Lebanese
    army with fuel aid", "will provide Moldova with €60 million"): the one given to.

    >>> from types import SimpleNamespace as N
    >>> text = "Qatar would supply the Lebanese army with fuel"
    >>> _supplied(text, N(start=23, end=31)), _supplied(text, N(start=0, end=5))
    (True, False)
    """
    return _SUPPLIED_WITH.search(text[max(0, m.start - 20):m.start]) is not None and _SUPPLIED_WITH_AFTER.match(text, m.end) is not None


def _sent_to(text: str, start: int) -> bool:
    """Whether the state named at ``start`` follows "to" or "for": where aid goes ("some $5 million will be donated to
    Afghanistan", "sending aid to Egypt and Sudan"), never a giver of the sentence's next sum or of the next sentence's.

    >>> _sent_to("donated to Afghanistan", 11), _sent_to("Afghanistan gave", 0)
    (True, False)
    """
    return re.search(r"\b(?:to|for)\s+(?:the\s+)?$", text[max(0, start - 12):start]) is not None


def _posting(text: str, start: int) -> bool:
    """Whether the state named at ``start`` is only where an envoy serves ("Ukrainian Ambassador to Turkey Andrii Sybiha",
    "Ukraine’s ambassador to Turkey", "the Embassy of the People’s Republic of China to Mongolia"): neither giver nor
    recipient of what the sentence says is given."""
    # (a mission that is a force's, not an embassy's, is where aid goes: "$100 million for the multinational security mission in
    # Haiti")
    return re.search(r"\b(?i:ambassador|envoy|consul|embassy|representative|"
                     r"(?<!security\s)(?<!peacekeeping\s)(?<!military\s)(?<!training\s)(?<!support\s)(?<!police\s)mission)"
                     r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*"
                     r"(?:\s+(?:[A-Z][\w’'-]*|of))*)?\s+(?:to|in)\s+(?:the\s+)?$", text[max(0, start - 90):start]) is not None


def _count_of(count: str, scale: str) -> Decimal | None:
    """A count in digits or in words at its scale.

    >>> _count_of("10.4", "billion"), _count_of("Fifteen", "billion")
    (Decimal('10400000000'), Decimal('15000000000'))
    """
    return parse_amount(count if count[0].isdigit() else str(_NUMBER_WORDS[count.lower()]), scale)


def _in_currency_of_whole(text: str, money: list, currency: str) -> list:
    """Amounts written without a currency, each with a conversion in brackets, in a sentence about parts of the
    package before it ("Of this, 22.5 billion (EUR 1.9 billion) will be allocated as military support"): read in
    the whole's currency, the bracket dropped as the conversion it is."""
    out = list(money)
    words = _COUNT_WORDS
    for bare in re.finditer(rf"(?<![\w.,$€£¥])(\d+(?:\.\d+)?|(?i:{words}))\s+(billion|million)\s*\((?P<inside>[^)]{{3,40}})\)", text):
        converted = next((m for m in out if bare.start("inside") <= m.start < bare.end("inside")), None)
        if any(m is not converted and m.start <= bare.start(1) < m.end for m in out):
            continue  # (not bare: "CHF 100 million (€103.5 million)" has its currency)
        value = _count_of(bare.group(1), bare.group(2))
        if converted is None or value is None or converted.currency == currency:
            continue
        out[out.index(converted)] = Money(value, currency, bare.start(), bare.end(2), bare.group(0))
    # (or with no conversion at all, where the count is what is given: the sentence's subject, or the object of a verb of
    # giving, and no noun after it to say it counts something else — "10.4 billion will be allocated in 2024", "we have
    # also allocated another billion for direct purchases"; never "1 million shells", "a population of 38 million")
    for bare in re.finditer(rf"(?:^[\s“\"]*|\b(?:allocat|provid|earmark|reserv|donat|contribut|pledg|commit|spen[dt]|give|gave|"
                            rf"add)\w*\s+(?:also\s+|now\s+|so\s+far\s+)?)(?:(?P<one>another|a\s+further|an\s+additional)|"
                            rf"(?:(?:another|a\s+further|an\s+additional)\s+)?(?P<count>\d+(?:\.\d+)?|(?i:{words})))\s+"
                            rf"(?P<scale>billion|million)\b(?=\s+(?:will|would|is|was|are|were|has|have|had|for|to|in|on|as|this|"
                            rf"next|each|per|annually|a\s+year)\b|\s*[,.;])", text):
        if any(m.start <= bare.start("scale") < m.end for m in out):
            continue  # (not bare: "DKK 1.6 billion" has its currency)
        count = bare.group("count")
        value = _count_of(count or "1", bare.group("scale"))
        if value is not None:
            start = bare.start("one") if count is None else bare.start("count")
            out.append(Money(value, currency, start, bare.end("scale"), text[start:bare.end("scale")]))
    # (or the parts a whole is said to include, one after the other: "… 27.6 billion euros …, including 15.2 billion in weapons
    # and 11.7 billion in defence aid")
    parts = re.search(r"\bincluding\s+(?P<list>(?:(?:\d+(?:\.\d+)?)\s+(?:billion|million)\s+(?:in|for|of)\s+[^,;.]{3,40}?"
                      r"(?:,\s*|,?\s+and\s+|(?=[.;]|$)))+)", text)
    for bare in re.finditer(r"(?P<count>\d+(?:\.\d+)?)\s+(?P<scale>billion|million)\b", parts.group("list") if parts else ""):
        at = parts.start("list") + bare.start() if parts else 0
        if any(m.start <= at < m.end for m in out):
            continue
        value = _count_of(bare.group("count"), bare.group("scale"))
        if value is not None:
            out.append(Money(value, currency, at, at + len(bare.group(0)), bare.group(0)))
    return sorted(out, key=lambda m: m.start)


#: What joins the names of one list: "Sweden, Norway, and Denmark", "Norway as well as the Netherlands".
_LIST_SEP = re.compile(r"\s*(?:,|,?\s+and|,?\s+as\s+well\s+as)\s+(?:the\s+)?")


def _listed_with(text: str, donor: Mention, donors: list[Mention], before: int) -> list[str | None]:
    """The other givers named in one list with ``donor`` ("Sweden, Norway, and Denmark"), as the subject of the
    amount's clause; none where the list is not the donor's own (a gap of other words between two names)."""
    out: list[str | None] = []
    last = donor
    for d in sorted((d for d in donors if donor.end <= d.start < before), key=lambda d: d.start):
        if not _LIST_SEP.fullmatch(text[last.end:d.start]):
            break
        if d.match.entity != donor.match.entity and d.match.entity not in out:
            out.append(d.match.entity)
        last = d
    return out


def _respectively(text: str, agents: list[Mention], money: list[Money]) -> tuple[dict[int, Mention], dict[int, Mention]]:
    """Each giver of a list its sum from a list of as many, in order, where the sentence says so: "The European Union, Germany
    and China said they will commit $93 million, $88m and $100m, respectively"; or each recipient after the sums its own: "…
    will donate USD 200 000 and USD 100 000 to the Republic of Mozambique and the Republic of Zimbabwe respectively" (the
    index of each amount in ``money``, and its giver; and its recipient). Empty where the lists are not the same length.
    """
    if "respectively" not in text:
        return {}, {}
    for first in range(len(money)):
        run = [first]
        while run[-1] + 1 < len(money) and _LIST_SEP.fullmatch(text[money[run[-1]].end:money[run[-1] + 1].start]):
            run.append(run[-1] + 1)
        if len(run) < 2:
            continue
        if re.match(r",?\s+respectively\b", text[money[run[-1]].end:]):
            names: list[Mention] = []
            for a in reversed([a for a in agents if a.end <= money[first].start]):  # the list that ends nearest before the sums
                if names and not _LIST_SEP.fullmatch(text[a.end:names[0].start]):
                    break
                names.insert(0, a)
            if len(names) == len(run):
                return dict(zip(run, names, strict=True)), {}
        to = re.match(r"\s+to\s+(?:the\s+)?", text[money[run[-1]].end:])
        if to is not None:
            at = money[run[-1]].end + to.end()
            listed: list[Mention] = []
            for a in (a for a in agents if a.start >= at and a.match.type == "country"):
                if not (a.start == at if not listed else _LIST_SEP.fullmatch(text[listed[-1].end:a.start])):
                    break
                listed.append(a)
            if len(listed) == len(run) and re.match(r",?\s+respectively\b", text[listed[-1].end:]):
                return {}, dict(zip(run, listed, strict=True))
    return {}, {}


#: What follows a body that gives only as a giving verb's subject where it gives (see ``domain().subject_givers``): its giving verb,
#: past its initials, its group's word, its officer or an inset ("the Islamic Development Bank group, as part of contributing to …,
#: pledges a financing amount of $4.2 billion", "The U.N. humanitarian coordinator has approved a $5 million … allocation"); its
#: announcing a sum ("the United Nations has announced $10 million in response to the flooding"); or its sum right after its name,
#: in a list of givers ("Donors included the Islamic Development Bank ($4.2 billion), the World Bank ($2 billion)", "World Bank
#: $2bn, Japan $77m", "the World Bank with $2billion").
_BODY_THEN = (r"(?:\s*\([A-Z]{2,8}\))?(?:\s+[Gg]roup)?(?:\s+(?:(?:humanitarian|emergency|relief|resident)\s+)?(?:coordinator|chief))?"
              r"(?:,[^,;.]{1,120},)?\s+(?:(?:has|have|had|will|would|also|then|now|already|on\s+\w+day)\s+)*")
_SUBJECT_GIVES = re.compile(_BODY_THEN + r"(?:provid|giv|gave|allocat|releas|donat|pledg|contribut|grant|disburs|transferr?|sen[dt]|approv|"
                            r"commit)\w*\b"
                            r"|" + _BODY_THEN + r"announc\w*\s+(?:the\s+(?:release|allocation|disbursement)\s+of\s+)?(?:an?\s+)?"
                            r"(?:(?:additional|further|new|initial|emergency)\s+)?(?:up\s+to\s+)?(?:[A-Z]{2,3}\s?)?[$€£]?\s?\d"
                            r"|(?:\s*\([A-Z][A-Za-z]{1,7}\))?(?:\s*\(|\s+with\s+|\s+)(?:[A-Z]{2,3}\s?)?[$€£]\s?\d")


#: A country's army named as the aid's recipient, before the country: "worth €40 million for the benefit of the Armed Forces of
#: the Republic of Moldova", "in support of the armed forces of Georgia" (the country is the recipient).
_FOR_FORCES = re.compile(r"\b(?:to|for|in\s+support\s+of)\s+(?:the\s+benefit\s+of\s+)?(?:the\s+|its\s+)?(?:[\w-]+\s+)?"
                         r"(?i:armed\s+forces|army|military|troops|soldiers|defen[cs]e\s+forces)\s+of\s+(?:the\s+)?$")


#: What a place gone to follows ("the visit to NATO", "on his trip to Kyiv"; where people went, "the 70,000 Ukrainian refugees
#: admitted to Switzerland"): no giver or recipient of the money.
_VISITED = re.compile(r"\b(?:(?:visits?|trips?|journey|travel(?:l?ed|l?ing)?|return(?:ed|ing)?|flight)\s+to|"
                      r"(?:admitted|fled|came|moved|relocated|arrived|returned)\s+(?:to|for))\s+(?:the\s+)?$", re.I)

#: A state's own programmes, whose money is no one's aid (where the sentence names no recipient): the EU's recovery
#: instrument as each member writes its plan, and its energy chapter.
_OWN_PROGRAMME = re.compile(r"\b(?:Recovery\s+and\s+Resilience\s+(?:Plan|Facility)|REPowerEU|(?:national\s+)?recovery\s+plan|"
                           r"cohesion\s+(?:funds?|policy))\b", re.I)
#: What stands before the figure another sum is measured against ("an over eightfold increase from the related 62.9 billion won
#: budget for this year", "compared to this year’s nearly 63 billion won").
_BASELINE = re.compile(r"\b(?:compared\s+(?:to|with)|(?:increase|rise|up|jump)\s+from)\s+(?:the\s+|this\s+|last\s+)?"
                       r"(?:[\w’'-]+\s+){0,3}?" + APPROX + "$")
#: Money a sentence names for another purpose than the war's recipient: a state's development aid as a whole, or a region's
#: ("raised its official development assistance budget by two trillion won", "1.95 trillion won for diplomacy projects in the
#: Indo-Pacific and Africa", "700 billion won … for overseas humanitarian assistance programs"): no pledge where the sentence
#: does not name the recipient.
_ELSEWHERE = re.compile(r"\b(?:(?:official|overseas)\s+development\s+(?:assistance|aid)|ODA|overseas\s+humanitarian|Indo-Pacific|"
                        r"(?<!South\s)Africa|Latin\s+America|Middle\s+East|Southeast\s+Asia)\b")


#: What stands between two restatements of one sum after its first conversion: a separator inside the bracket, or a second
#: bracket ("€90 billion loan (£79 billion; $105 billion)", "NOK 35 billion (EUR 3.0 billion) [$3.2 billion]").
_RESTATED_AGAIN = re.compile(r"\s*(?:[;,/]|\)\s*[\[(])\s*(?:or\s+)?(?:about\s+|around\s+|approximately\s+)?")


def _conversions(text: str, money: list[Money], i: int) -> list[Money]:
    """The amounts right after ``money[i]`` that restate it in other currencies: its bracket, and a second bracket or a
    second figure inside the first ("NOK 35 billion (EUR 3.0 billion) [$3.2 billion]", "€90 billion (£79 billion; $105
    billion)")."""
    out: list[Money] = []
    for j in range(i + 1, len(money)):
        between = text[money[j - 1].end:money[j].start]
        if not (_is_conversion(text, money[j - 1], money[j])
                or (out and _RESTATED_AGAIN.fullmatch(between))):
            break
        out.append(money[j])
    return out


#: What stands before a whole whose part the sentence then gives ("As part of the $4 million in new funding …").
_PART_OF_BEFORE = r"\b(?:[Aa]s\s+)?part\s+of\s+(?:the|its|this|that)\s+(?:[\w-]+\s+){0,2}$"


class PledgeRules(RuleState):
    """Pledge rules: donor, amount, recipient, kind of figure, shares and joint figures."""

    def pledges(self, s: Sentence, mentions: list[Mention]) -> list[Candidate]:
        """The pledges ``s`` states (and a group's joint figure an earlier sentence left waiting for this one's list)."""
        return self._listed_here(s, mentions) + self._pledges(s, mentions)

    def _pledges(self, s: Sentence, mentions: list[Mention]) -> list[Candidate]:
        if re.fullmatch(r"[\s“\"‘]*(?:[A-Z][^:?]{0,80}:\s*)?(?:What|How|Why|Who|Will|Would|Does|Do|Did|Is|Are|Can|Could|Should)\b[^?]*\?[”\"’]?\s*",
                        s.text):
            return []  # "Impact of NATO’s New Military Budget Allocation: What Does Over €2.035 Billion Mean for Montenegro?": a
            # question asks, gives nothing
        money = find_money(s.text, families=True)
        self._note_aid_to(s, mentions)
        # (or the sentence right after it: "… 85 billion Norwegian kroner ($ 8.5 billion). Fifteen billion ($1.4 billion) will be
        # provided as civilian aid and 70 billion ($6.9 billion) as military aid.")
        # (in the currency the whole was given in before its conversion: this sentence's own, "… 85 billion Norwegian kroner
        # ($ 8.5 billion). Fifteen billion ($1.4 billion) …" quoted as one, or the paragraph's)
        here = next((str(money[i - 1].currency) for i in range(1, len(money)) if money[i - 1].currency != "?dollar"
                     and _is_conversion(s.text, money[i - 1], money[i]) and "(" in s.text[money[i - 1].end:money[i].start]), None)
        if here is not None:
            money = _in_currency_of_whole(s.text, money, here)
        elif self.last_package is not None and (re.match(r"\s*(?:-\s*)?Of\s+(?:this|which|that|these|it)\b", s.text, re.I)
                                                # ("“As part of this donation package, we have also allocated another billion …")
                                                or re.match(r"[\s“\"]*(?:As\s+)?part\s+of\s+(?:this|that|the)\s+(?:[\w-]+\s+){0,2}package\b",
                                                            s.text, re.I)
                                                or 0 <= s.paragraph - self.last_package.evidence.paragraph <= 1):
            whole_currency = self.converted_from[1] if self.converted_from and self.converted_from[0] == s.paragraph \
                else str(self.last_package.fields["currency"])
            money = _in_currency_of_whole(s.text, money, whole_currency)
        # a bare "$" restating an amount just given ("1.4 billion Danish kroner ($203 million)") is the US dollar
        money = [settle(m, "USD", True) or m if i and m.currency == "?dollar" and _is_conversion(s.text, money[i - 1], m) else m
                 for i, m in enumerate(money)]
        # "Most of the funds, SEK 900 million, …", "A significant portion of the new aid — nine billion kronor — …",
        # "Another half billion kronor will come from …" right after a share of the same package
        # ("Over 3 years, Latvia has provided Ukraine with aid worth almost EUR 860 million. This amount includes about EUR 540
        # million of military support, EUR 225 million for …": the running total's parts)
        total_includes = re.match(r"\s*(?:This|That|The)\s+(?:amount|sum|total|figure)\s+(?:includ(?:es|ed)|comprise[sd]?|consist(?:s|ed)\s+of)\b",
                                  s.text)
        if total_includes and self.last_total is not None and 0 <= s.paragraph - self.last_total.evidence.paragraph <= 1 \
                and (self.last_package is None or self.last_package.evidence.start < self.last_total.evidence.start):
            self.last_package = self.last_total
        # ("According to the government, Switzerland has already spent about CHF3 billion … About CHF425 million of this
        # amount was received from …, and the rest (about CHF2.5 billion) was spent by …": the running total's parts)
        # ("As specified by the Irish Mirror, EUR 80 million of this money will be spent on …": the package's part)
        of_this = re.match(r"[^.;]{0,60}?\b(?:million|billion|bn|thousand)\s+of\s+(?:this|that|the)\s+(?:amount|sum|total|figure|money|"
                           r"funds?|funding|package)\b", s.text, re.I)
        if of_this and self.last_total is not None and 0 <= s.paragraph - self.last_total.evidence.paragraph <= 1 \
                and (self.last_package is None or self.last_package.evidence.start < self.last_total.evidence.start
                     or self.last_package.evidence.paragraph < self.last_total.evidence.paragraph):
            self.last_package = self.last_total
        a_share = re.match(r"\s*The\s+(?:share|part|portion)\s+(?:consisting\s+of|made\s+up\s+of|in|of)\s+(?!the\b|this\b|these\b|that\b)", s.text)
        if a_share and self.last_total is not None and 0 <= s.paragraph - self.last_total.evidence.paragraph <= 1 \
                and (self.last_package is None or self.last_package.evidence.paragraph < self.last_total.evidence.paragraph):
            self.last_package = self.last_total  # (a running total's part: "… the first twelve packages is just over SEK 17 billion. The
            # share consisting of weapons and equipment amounts to … SEK 15.6 billion")
        # ("New Zealand will be providing Tonga with an additional $2 million …" then "Of the $2m, $1.5m would go towards …": the
        # package named by its sum in a fronted "Of", a part after it; the sum named again is no pledge of its own)
        of_the_sum = self.last_package is not None and len(money) > 1 \
            and money[0].value == Decimal(str(self.last_package.fields["amount"])) \
            and 0 <= s.paragraph - self.last_package.evidence.paragraph <= 3 \
            and re.fullmatch(r"[\s“\"]*Of\s+(?:the|this|that)\s*", s.text[:money[0].start]) is not None \
            and re.match(r"\s*,", s.text[money[0].end:]) is not None
        share_of_last = a_share or of_this or re.match(
            r"\s*(?:(?:most|part|some|half|the bulk|the rest|the remainder|(?:a|an)\s+(?:\w+\s+)?(?:portion|part|share))\s+)?"
                                 r"of\s+(?:the|this|these|that|such)\s+(?:new\s+|latest\s+)?(?:(?:military|humanitarian|financial|defen[cs]e)\s+)?"
                                 r"(?:funds?|money|package|aid|amount|sum|support|funding|assistance|spending)\b",
                                 s.text, re.I) \
            or re.match(r"\s*(?:-\s*)?Of\s+(?:this|which|that|it|those|these)\s*,", s.text) \
            or (self.last_package is not None and 0 <= s.paragraph - self.last_package.evidence.paragraph <= 2 and re.match(
                # (a sum opening the sentence, "of the funds": "1.5 million euros of the funds are earmarked for disaster preparedness")
                r"[\s“\"]*(?:[€$£]\s?)?[\d.,]+\s*(?:million|billion|bn|m)?\s*(?:euros?|dollars?|pounds?)?\s+of\s+(?:the|this|these|that)\s+"
                r"(?:new\s+)?(?:funds?|money|package|aid|amount|sum|funding|assistance)\b", s.text) is not None) \
            or (self.last_package is not None and (
                # ("… just the first part of a larger $275 million package approved by Congress …" then "The Defense Department
                # said the final $150 million would be released once …": the rest of the package just read)
                (bool(money) and 0 <= s.paragraph - self.last_package.evidence.paragraph <= 1
                 and money[0].value < Decimal(str(self.last_package.fields["amount"]))
                 and re.search(r"\b(?i:the)\s+(?:final|remaining|outstanding)\s+$", s.text[max(0, money[0].start - 20):money[0].start]))
                or
                # ("“Of the military assistance, New Zealand will provide $2m …, and $4m …”": a part of the package just read)
                (0 <= s.paragraph - self.last_package.evidence.paragraph <= 2
                 and re.match(r"[\s“\"]*Of\s+the\s+(?:military|humanitarian|financial|non-lethal|lethal)\s+(?:assistance|aid|support)\s*,",
                              s.text))
                # ("The $16m announced by the coalition will provide an additional $6m in military assistance …, and $10m …":
                # the package named again by its sum, however far on, then its parts)
                or (len(money) > 1 and money[0].value == Decimal(str(self.last_package.fields["amount"]))
                    and re.match(r"\s*(?:The|This|That)\s*$", s.text[:money[0].start])
                    and re.match(r"[^.;$€£]{0,60}?\b(?:will|would)\s+(?:provide|include|cover|fund|go\s+to)\b|"
                                 r"[^.;$€£]{0,60}?\b(?:includes|included|comprises|covers)\b", s.text[money[0].end:]))
                or of_the_sum)) \
            or (self.last_package is not None and s.paragraph - self.last_package.evidence.paragraph <= 1
                # ("… agreed a €5.6bn package of military assistance … This included €5.22bn for lethal equipment and €380m …")
                # ("The new package will provide more than $50 million in weapons …", "The Prime Minister's Office said that sum
                # includes $2 billion for …")
                and re.match(r"\s*(?:(?:The\s+)?[\w’'\s]{0,40}?\b(?:said|says|noted|added)\s+)?"
                             r"(?:(?:This|That|The)\s+(?:new\s+)?(?:package|fund|sum|amount|total|figure)|This|It|That)\s+"
                             r"(?:includ(?:es|ed)|comprise[sd]?|consist(?:s|ed)\s+of|will\s+(?:provide|include|fund|cover))\b",
                             s.text, re.I)) \
            or (self.last_share is not None and s.paragraph - self.last_share.evidence.paragraph <= 1
                # ("The package includes $43 million dedicated to … radars. Additionally, $50 million will be allocated to
                # NATO’s Prioritized Ukraine Requirements List")
                and re.match(r"\s*(?:(?:Another|A\s+further|The\s+remaining)\b|(?:Additionally|In\s+addition|Also|Further(?:more)?),?\s+"
                             r"(?:another\s+|a\s+further\s+)?(?=[$€£¥]|[A-Z]{3}\s?\d|\d))", s.text))
        # ("The Foreign Ministry noted that about €6 million will go to the Austrian Neighbour in Need initiative", "The ICRC and
        # the UNHCR will receive €2 million each" after "The Austrian government has allocated €10 million …": where the
        # package goes, no giver named)
        recipient_id, package = self.g.recipient, self.last_package
        # ("The money will be distributed as follows:" then "€5 million in favor of the Mine Action Coalition …;", "€3 million
        # for the Maritime Security Coalition …": each a share of the package split)
        listed_part = package is not None and 0 < s.paragraph - self.split_announced <= 4 and bool(money) and money[0].start <= 3
        if re.search(r"\b(?:distributed|divided|split|broken\s+down|allocated)\s+(?:\w+\s+){0,3}?(?:as\s+follows|among|between)\b[^.;]*:\s*$",
                     s.text):
            self.split_announced = s.paragraph
        goes_to = listed_part or (
            package is not None and (0 <= s.paragraph - package.evidence.paragraph <= 2 or (  # (or right after its last share)
                self.last_share is not None and self.last_share.share_of is package and 0 <= s.paragraph - self.last_share.evidence.paragraph <= 1))
            and bool(re.search(r"\b(?:will|would|is\s+to|are\s+to)\s+(?:go|be\s+(?:channell?ed|directed|given|allocated|transferred|sent|"
                               r"paid))\s+to\b|"
                               # (or what it buys: "A total of 150 million euros ($160 million) will be invested in a German-led
                               # air defense initiative" after "The Netherlands has announced a donation of 210 million euros")
                               r"\b(?:will|would|is\s+to|are\s+to)\s+be\s+(?:invested|spent|used)\s+(?:in|on|for|to)\b|"
                               r"\bwill\s+(?:each\s+|also\s+)?receive\b", s.text))  # ("… and the UNHCR will each receive €2 million")
            # (a state that leads what the money goes to is no giver of it: "a German-led air defense initiative")
            and all(m.match.entity in (recipient_id, package.fields.get("donor")) for m in mentions if m.match.type == "country"
                    and not re.match(r"-led\b", s.text[m.end:]))
            # (not a speaker's own share of another's package: "we will pay our full share (approx €10 million) and our funding
            # will go to non-lethal elements")
            and not re.search(r"\b(?:we|our|us|I|my)\b|\bshare\b", s.text, re.I))
        shares_last = bool(share_of_last) or goes_to
        link = re.match(r"\s*(?:Read (?:also|more)|See also|Related|Also read)\b", s.text, re.I)
        # "… it is worth approximately €106 million." right after a sentence about the package: its size
        # (or what it costs: "It will cost €8.3 million.", "The replacement of the equipment included in this batch is
        # estimated to cost Finland approximately €159 million.")
        worth = s.paragraph - self.package_paragraph <= 2 and bool(re.search(
            r"\b(?:it|this|which)\s+(?:is|was|will\s+be)\s+(?:worth|valued\s+at)\b|\b(?:it|this|which)\s+(?:will\s+|would\s+)?costs?\b"
            r"|\b(?:this|the)\s+(?:batch|package|tranche|consignment)\b[^.;]{0,40}\b(?:costs?|costing|worth|valued)\b", s.text, re.I))
        # (or an item of a bulleted list that the package's lead-in opens, with its worth: "The first package includes:" then
        # "• Pharmaceuticals worth 700,000 euros")
        worth = worth or (0 < s.paragraph - self.package_paragraph <= 3 and re.match(r"\s*[•·▪◦*]\s*[A-Z][^.;]{0,60}?\b(?:worth|valued\s+at)\b",
                                                                                  s.text) is not None)
        if re.search(r"\bpackages?\b", s.text, re.I):
            self.package_paragraph = s.paragraph
        ukraine = self.g.recipient
        adversary = self.g.country_ids.get(domain().adversary)
        # no pledge word, but an amount a named country gives "for Ukraine" ("Luxembourg secured €13.2 million in military
        # contracts in 2023 for Ukraine"): the recipient itself is the cue, where a giver stands before the amount
        to_recipient = bool(money) and any(
            m.match.entity == ukraine and re.search(r"\b(?:for|to)\s+$", s.text[max(0, m.start - 6):m.start])
            and not re.match(r"['’]s\b", s.text[m.end:]) for m in mentions)
        for_recipient = to_recipient and any(
            a.match.entity not in (ukraine, adversary) and a.start < money[0].start for a in self._agents(mentions))
        # or a contract, deal or order "for Ukraine" ("A major £1.6 billion contract has been awarded to Thales Belfast to
        # manufacture 5,000 air defence missiles for Ukraine, British Prime Minister Keir Starmer announced")
        ordered = to_recipient and re.search(r"\b(?:contracts?|deals?|orders?)\b", s.text, re.I)
        passive = re.search(r"\b(?:be|been|being|is|are|was|were)\s+(?:\w+\s+)?spent\b[^.;]{0,60}\bby\s+[A-Z]", s.text)
        # contracts a giver signed, on a page that has already read its money for the recipient ("Denmark will direct
        # approximately €1.4 billion in 2025 to support Ukraine's defense industry …" then "last year, Denmark signed contracts
        # worth €600 million")
        contracted = (self.last_package is not None or self.last_total is not None) and re.search(
            r"\b(?:signed|awarded|placed|concluded)\s+(?:\w+\s+){0,2}?contracts?\s+(?:worth|valued\s+at|totall?ing|of)\b", s.text)
        # money from a named country ("This includes €125 million from Denmark, €20 million from Sweden, €2.7 million from
        # Iceland"): the country it comes from is the cue, as the giver named right after the amount below
        from_giver = any(re.fullmatch(r"\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?", s.text[m.end:a.start])
                         for m in money for a in mentions if a.match.type == "country" and a.start > m.end
                         and a.match.entity not in (ukraine, adversary))
        # "The US and the EU are expected to take on $20B each, and Japan, Britain, and Canada will share the remaining
        # $10B" right after the loan they share: parts of that package
        divided = bool(money) and self.last_package is not None and s.paragraph - self.last_package.evidence.paragraph <= 1 \
            and re.search(r"\b(?:each|apiece|the\s+remaining|the\s+rest)\b", s.text, re.I)
        # (not a plan awaiting its vote: "If approved by the Storting (parliament), the overall framework … would reach NOK 275
        # billion")
        if re.match(r"\s*(?:If|Were)\b(?!\s+(?:approved|adopted|passed|ratified|confirmed)\b)[^.;]*\b(?:were\s+to|would)\b", s.text):
            return []  # "If Estonia were to contribute 0.08 percent of €40 billion …, that would amount to …": no one's pledge
        # "In 2022, France contributed around 1.7 billion euros … This figure is set to increase to 2.1 billion euros in 2023."
        grown = self.last_package is not None and re.match(r"\s*(?:This|That|The)\s+(?:figure|amount|sum|total)\b[^.;]{0,40}?\b"
                                                          r"(?:increas\w*|ris\w*|rose|grow\w*|grew|climb\w*|reach\w*)\s+to\b", s.text)
        # (a giver's own fund or package by its size: "the EU’s new €50B Ukrainian fund, which will operate from 2023 to 2027")
        owned = bool(money) and re.search(r"['’]s\s+(?:new\s+|latest\s+)?[€$£]\s?[\d.,]+\s*(?:bn|billion|million|B|M|m)\b\s+(?:[\w-]+\s+){0,2}"
                                          r"(?:fund|facility|package|programme|program|instrument)\b", s.text)
        # (the support the sentence before announced, its sum given by "This will amount to …": "… will continue financial
        # support for such efforts for another four years. This will amount to some CHF15 million ($17.4 million) this year")
        amounted = bool(money) and self.previous_sentence is not None and self.previous_sentence[0].paragraph == s.paragraph \
            and re.match(r"\s*(?:This|That|It)\s+(?:will\s+|would\s+)?(?:amounts?|amounted|totals?|totall?ed|comes?|came)\s+to\b", s.text) \
            and re.search(r"\b(?:support|aid|assistance|funding|financing|contribution)\b", self.previous_sentence[0].text) is not None
        if not (_PLEDGE_CUES.search(s.text) or _LOAN.search(s.text) or (shares_last and self.last_package) or worth
                or for_recipient or ordered or passive or divided or grown or contracted or from_giver or owned or amounted) or link:
            # (or a state that opens the sentence as its subject: "France, which has one of the biggest armies in Europe, has
            # been criticised …" then "By October 3, it had delivered 220 million euros in weapons")
            if not money and not link and any(m.match.entity == ukraine for m in mentions) \
                    and (re.search(r"\b(?:decision|decided|agreed|approved)\b", s.text)
                         or any(m.start <= 1 and m.match.type == "country" and m.match.entity != ukraine for m in mentions)):
                # "The foreign ministers of the EU countries have made the official decision to continue joint financing of
                # military equipment … for Ukraine": the giver of what "The decision" is worth next
                self._remember_giver(s, self._agents(mentions), ukraine)
            return []  # (a link to another story is not this article's news)
        agents = [a for a in self._agents(mentions) if a.match.entity != adversary  # "Russia's invasion" gives nothing
                  # (nor a place gone to: "On the same day as the visit to NATO, the US government announced $40 million in
                  # foreign military financing for Argentina" — neither giver nor recipient)
                  and not _VISITED.search(s.text, max(0, a.start - 25), a.start)
                  # (nor where an envoy serves: "Turkey will provide $50 million …, Ukrainian Ambassador to Turkey Andrii Sybiha
                  # told Ukrinform" — the giver named first, where the recipient's envoy serves no recipient)
                  and not _posting(s.text, a.start)
                  # (nor a state's adjective that opens a body's name: "the Charles and Lynn Schusterman Family Foundation and
                  # the American Jewish Joint Distribution Committee" names no American giver)
                  and not (a.match.how == "demonym" and _OPENS_BODY_NAME.match(s.text, a.end))
                  # (nor one that describes a source: "according to the Kiel Institute for the World Economy, a German research
                  # institute")
                  and not (a.match.how == "demonym" and _DESCRIBES_SOURCE.match(s.text, a.end))
                  # (nor the state a charity is named for: "Caritas Monaco, which collected and sent €69,000 …", "Red Cross
                  # Monaco")
                  and not _CHARITY_BEFORE.search(s.text, max(0, a.start - 12), a.start)
                  # (nor one met, or a body named for it: "… announced during a meeting with NATO Secretary General Mark Rutte
                  # that contributions … amount to US$2.1 billion", "the ministerial meeting of the Ukraine-NATO Council: five
                  # countries confirmed …" — neither gives)
                  and not re.search(r"\b(?:meeting|meetings|met|meets|talks|call|conversation)\s+with\s+(?:the\s+)?$",
                                    s.text[max(0, a.start - 30):a.start])
                  and not re.match(r"\s+(?:Council|Commission|[Hh]eadquarters|[Mm]inisterial)\b", s.text[a.end:])
                  # (nor a seller, what was bought from it: "Previously purchased military aid packages from the US under this
                  # program amounted to $500 million" — the buyers' money, not the seller's gift)
                  and not re.search(rf"\b{_BUYING}\b[^.;,]{{0,40}}\bfrom\s+(?:the\s+)?$", s.text[max(0, a.start - 60):a.start])
                  # (or by its adjective, what is bought: "the initiative, which enables the purchase of American weapons …")
                  and not (a.match.how == "demonym" and re.search(rf"\b{_BUYING}\s+(?:of\s+)?(?:the\s+)?$",
                                                                  s.text[max(0, a.start - 30):a.start]))
                  # (nor a capital named for its own city's body: "The City of Skopje sends MKD 7 million …", "Tallinn City
                  # Council allocated …" — a city gives no state's money)
                  and not (a.match.how == "capital" and (re.match(r"\s+(?:" + _LOCAL_BODY + r"|Mayor)\b", s.text[a.end:])
                                                         or _CITY_OF.search(s.text, max(0, a.start - 20), a.start)))
                  # (nor the state a Red Cross society is named for: "The Singapore Red Cross will contribute US$100,000 …",
                  # "… will donate US$100,000 to the Singapore Red Cross to assist …" — its gift, or where the state's money goes)
                  and not RED_CROSS_AFTER.match(s.text, a.end)
                  # (nor a country that names a currency: "CHF 15.2 million (US$16,4 million) have been allocated …")
                  and not (a.match.type == "country" and IN_CURRENCY.match(s.text, a.end))
                  # "the first NATO ally to deliver …": an organisation named for its members is not the giver
                  # (a group's members too: "procurement partnerships with EU states"; but "G7 countries agreed" is the G7)
                  and not (a.match.type == "organization" and (
                      (a.match.entity not in self.g.group_labels and re.match(rf"\s+(?:{_MEMBER_NOUNS}|states)\b", s.text[a.end:], re.I))
                      # (nor its members with others: "NATO allies and partners have committed nearly $48 billion")
                      or re.match(r"\s+(?:allies|members|member\s+states)\s+and\s+(?:its\s+|their\s+)?partners\b", s.text[a.end:], re.I)
                      or re.match(r"\s+(?:member\s+)?(?:states|member\s+countries)\b", s.text[a.end:], re.I)
                      # (nor some of a group's members: "Eight northern and Baltic NATO allies have announced a joint …
                      # package", "17 NATO partner states")
                      or (re.match(rf"\s+(?:[\w-]+\s+)?(?:{_MEMBER_NOUNS}|states)\b", s.text[a.end:], re.I)
                          and re.search(rf"\b(?:\d+|{'|'.join(_COUNTS)}|{_SOME})\s+(?:[\w-]+\s+){{0,3}}$",
                                        s.text[max(0, a.start - 50):a.start], re.I))))
                  # (nor one on whose behalf another spends: "channeled nearly €400 million on behalf of the EU")
                  and not re.search(r"\bon\s+behalf\s+of\s+(?:the\s+)?$", s.text[max(0, a.start - 20):a.start])
                  # (nor the one a fund or an appeal is for: "Nippon Foundation has established a fund to collect donations in
                  # support of Tonga, while the foundation itself plans to offer ¥100 million")
                  and not re.search(r"\bin\s+(?:support|aid|favou?r)\s+of\s+(?:the\s+)?(?:people\s+of\s+)?$", s.text[max(0, a.start - 30):a.start])
                  # (nor a state's adjective before a charity's or a group's name: "the French Secours populaire group announced …
                  # the disbursement of 100,000 euros")
                  and not (a.match.how == "demonym" and re.match(r"\s+[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}?\s+(?:group|charity|association|NGO|"
                                                                  r"foundation|organi[sz]ation)\b", s.text[a.end:]))
                  # (nor a state a headline opens with as its topic, a colon after it, where the sentence names a giver after:
                  # "Armenia: EU funding for Karabakh refugees increased to €12 million")
                  and not (a.start <= 2 and re.match(r"\s*:\s", s.text[a.end:]) and any(o.start > a.end for o in self._agents(mentions)))
                  # (nor the state a pooled fund is named for, where it spends: "a $5 million emergency reserve allocation from the
                  # Afghanistan Humanitarian Fund (AHF)" is the United Nations' money, not Afghanistan's)
                  and not re.match(r"\s+Humanitarian\s+(?:Pooled\s+)?Fund\b", s.text[a.end:])
                  # (nor the source of the news: "According to NATO, Iceland has provided more than eight million euros …")
                  and not re.search(r"\b(?i:according)\s+to\s+(?:the\s+)?$", s.text[max(0, a.start - 20):a.start])
                  # "at the summit in Italy to provide a $50B loan": where it was agreed, not who gives
                  # (but "an increase in Iceland’s humanitarian and economic help" is Iceland's giving)
                  # (nor an island one works on: "providing more relief supplies on Tonga"; nor where, at a sentence's opening too: "In
                  # Malawi’s capital Lilongwe, the Chinese embassy … donated $50,000")
                  and not (re.search(r"\b(?i:in|on)\s+(?:the\s+)?$", s.text[max(0, a.start - 8):a.start])
                           and not re.match(r"['’]s?\s+(?:[\w-]+\s+){0,4}?(?:aid|support|assistance|help|contributions?|funding)\b",
                                            s.text[a.end:]))
                  # (nor a meeting's name: "on the final day of the G7 summit in Alberta, Carney said a new $2-billion
                  # package …")
                  # ("during a session of the Group of 20 (G20) summit in New Delhi")
                  # (a kind of meeting between: "Kuwait donor conference pledges $2.4 billion for Syria", a headline's)
                  # (or a body's name: "During a United Nations Security Council meeting, member nations were appraised …")
                  and not re.match(r"(?:\s*\([^()]{1,12}\)|\))?['’]?s?\s+(?:(?i:donors?['’]?|pledging|aid|humanitarian|fundraising|"
                                   r"international)\s+|[A-Z][a-z]+\s+){0,3}(?:[Ss]ummit|[Mm]eeting|[Cc]onference)\b", s.text[a.end:])
                  # (nor a state whose neighbour or ally is named after it, the subject: "Kuwait’s Gulf neighbor Saudi Arabia promised
                  # an additional $60 million")
                  and not re.match(r"['’]s?\s+(?:[A-Z][\w-]*\s+)?(?:neighbou?r|ally|partner|rival)\s+(?=[A-Z])", s.text[a.end:])
                  # (nor a body that gives only as a giving verb's subject, named otherwise: "the United Nations’ USD1.7 billion flash
                  # appeal", "via UN agencies"; a sum "from" it is its own: "$600m from the Asian Development Bank")
                  and not (a.match.entity in domain().subject_givers
                           and not re.search(r"\bfrom\s+(?:the\s+)?$", s.text[max(0, a.start - 10):a.start])
                           and not _SUBJECT_GIVES.match(s.text, a.end))
                  # (nor the city the story was filed from: "LONDON (Reuters) - Germany will …")
                  and not opens_dateline(s.text, a.start, a.end, a.match.how)]
        # a state's government gives as its state ("The U.S. government has allotted more than $2 billion …": the United
        # States' figure; the workspace names the government apart only to speak for the state in claims)
        agents = [replace(a, match=self.g.state_of(a.match)) for a in agents
                  # (never a social-media handle: "News I shared with @ZelenskyyUA in our talks at @NATO: Canada plans to
                  # reinforce Ukraine’s defence with $500 million …" is Canada's)
                  if s.text[max(0, a.start - 1):a.start] != "@"]
        # "As the Group of Seven finalizes the program …, Canada is ready to contribute …": the fronted clause's
        # subject is not the giver when the main clause names one (after a page's date too: " date 2022-05-23 As Sri Lanka
        # grapples with a massive economic crisis, India handed over …")
        # (or a disaster's: "Following the deadly earthquake that hit western Afghanistan this weekend, the EU announced …", "In
        # response to the devastating earthquake that struck western Afghanistan …, the European Union (EU) has authorized …")
        fronted = re.match(r"\s*(?:date\s+\d{4}-\d\d-\d\d\s+)?[\"“‘']?(?:As|While|When|Once|After|Before|Since|Although|Though|If|"
                           r"Because|Amid|With|Following|In\s+(?:response|reaction)\s+to)\b[^,;]*,", s.text)
        if fronted and any(a.start >= fronted.end() for a in agents if a.match.entity != ukraine):
            agents = [a for a in agents if a.start >= fronted.end()]
        # "NATO said in a statement that Sweden, Norway, and Denmark have agreed to finance …": who reports is not who
        # gives, where the reported clause names a giver of its own
        reported = re.search(r"\b(?:said|says|announced|stated|confirmed|noted|reported)\b[^.;\"“”]{0,40}?\bthat\b", s.text)
        # (not one given to: "Qatar announced that it would supply the Lebanese army with fuel aid valued at …")
        if reported and money and any(reported.end() <= a.start < money[0].start and not re.match(
                rf"\s+(?:{_MEMBER_NOUNS})\b", s.text[a.end:]) and not _supplied(s.text, a)
                                      for a in agents if a.match.entity != ukraine):
            agents = [a for a in agents if a.start >= reported.end()]
        # a dateline is where the story was filed ("STOCKHOLM: The Netherlands, Sweden …"), not who gives
        dateline = re.match(DATELINE + r"[:—–-]\s", s.text)
        if dateline:
            agents = [a for a in agents if a.start >= dateline.end()]
        if not money:  # "Finland has decided to provide Ukraine with a new package.": the donor of what follows
            self._remember_giver(s, agents, ukraine)
            return []
        # (or gets aid or money: "Rwanda will get additional support worth €20m from the European Peace Facility")
        receives = re.search(r"\breceiv\w*\b|\b(?:get|gets|got|obtain|obtains|obtained)\s+(?=(?:[\w-]+\s+){0,3}?(?:support|aid|"
                             r"assistance|funding|money|grants?|[$€£]))", s.text)  # "Ukraine will receive … from the Netherlands"
        # (who receives: a state named just before the verb — the usual recipient, "Ukraine received €4.1 billion under the
        # Ukraine Facility program", or another the page's giver gives to, "the Philippines is expected to receive JPY 900
        # million worth of rigid-hulled inflatable boats" on a page about Japan's grants)
        receivers = [m for m in agents if receives is not None and 0 <= receives.start() - m.end <= 40]
        recipient_receives = any(m.match.entity == ukraine for m in receivers)
        other_receives = any(m.match.type == "country" and m.match.entity not in (ukraine, adversary, self.article_donor)
                             for m in receivers)
        out: list[Candidate] = []
        paired, paired_to = _respectively(s.text, agents, money)
        package_before = self.last_package  # (the package the sentences before read, for parts that add up to it)
        orphans: list = []  # amounts with no donor of their own
        previous_end = 0
        restating = False  # whether the amount before was a conversion in brackets, still open
        for i, amount in enumerate(money):
            if i == 0 and of_the_sum:
                previous_end = amount.end
                continue
            if i and (_is_conversion(s.text, money[i - 1], amount) or (
                    # (or a second bracket after the first: "NOK 35 billion (EUR 3.0 billion) [$3.2 billion]")
                    restating and _RESTATED_AGAIN.fullmatch(s.text[money[i - 1].end:amount.start]))):
                if "(" in s.text[money[i - 1].end:amount.start] and money[i - 1].currency != "?dollar":
                    self.converted_from = (s.paragraph, str(money[i - 1].currency))  # (the original currency of a sum converted)
                restating = "(" in s.text[money[i - 1].end:amount.start] or (
                    restating and ")" not in s.text[money[i - 1].end:amount.start])
                continue  # "8 billion yen (about $58 million)": the same pledge in dollars; "€90 billion loan (£79 billion;
                # $105 billion)": in two more currencies
            restating = False
            if re.match(r"\s+(?:(?:flash|humanitarian|emergency|regional|joint|global|funding|fundraising|donor|donation)\s+){0,2}"
                        r"(?:appeal|response\s+plan)\b", s.text[amount.end:]):
                continue  # "… to respond to the United Nations’ USD1.7 billion flash appeal in March, pledging USD100,000 …", "the UN
                # launched a $281.7 million funding appeal": what the appeal asks of all, no one's pledge
            if (i and re.fullmatch(r"\s+(?:out\s+)?of\s+(?:the\s+)?(?:estimated\s+|total\s+)?", s.text[money[i - 1].end:amount.start])
                    or re.search(r"\b(?:half|a\s+(?:quarter|third|fifth|tenth)|part|a\s+share)\s+of\s+(?:the\s+)?(?:estimated\s+|total\s+)?$",
                                 s.text[max(0, amount.start - 40):amount.start])) \
                    and re.match(r"[^.;]{0,80}?\b(?:needed|needs?|required|estimat\w*|cost)\b", s.text[amount.end:]):
                continue  # "plans to provide $100 million of the $400 million that Ukrainian authorities estimate will be needed",
                # "half of the $400 million it estimates Ukraine will need": the whole that is needed, no one's pledge
            if re.search(r"\b(?:(?:conversion|exchange)\s+rate|(?:dollar|euro|US\s+dollar|U\.S\.\s+dollar)\s+value|"
                         r"(?:is|was|are|were)\s+(?:equivalent|equal)\s+to)\b[^.;]{0,60}$",
                         s.text[max(0, amount.start - 100):amount.start], re.I):
                continue  # "The conversion rate at the time placed the military aid's dollar value at around $220 million":
                # the sum before, restated in another currency
            if amount.value in self.split_totals:
                continue  # "Austria sees 21.5 million euros from the foreign disaster fund …" then "21.5 million euros divided into:"
                # and parts for Africa, the Middle East, Ukraine and Afghanistan: a fund for many, no pledge to Ukraine
            if amount.value in self.claimed or claimed_figure(s.text, amount):
                continue  # "Trump has claimed the United States has provided approximately US$350 billion", "Trump’s claim of $350
                # billion", "spurious claims … that some $100 billion … had disappeared", "we gave them, I believe, $350 billion": a
                # figure someone claims or guesses is a claim's, no pledge
            if re.match(r"(?:\s*\([^()]{1,40}\))?\s+(?:in|worth\s+of)\s+(?:[\w-]+\s+){0,2}?(?:sales|revenues?|exports|imports|purchases|"
                        r"earnings|profits|income)\b", s.text[amount.end:], re.I) \
                    or re.search(r"\b(?:sold|sells|selling|exported|exports|exporting)\b[^.;]{0,60}$",
                                 s.text[max(0, amount.start - 80):amount.start]) \
                    or re.match(r"[^.;]{0,30}?\b(?:has|have|had)\s+(?:made|found)\s+(?:its|their)\s+way\b", s.text[amount.end:]):
                continue  # "Russia received €1.1 billion in fuel sales from the EU in one year", "€800 million worth of ammunition
                # exports have reached Ukraine", "Serbia sold ammunition to Ukraine for 800,000,000 euros", "Serbian ammunition worth
                # $855 million has made its way indirectly to Ukraine": trade, no aid
            if self._recipients_account(s, mentions, amount, recipient_id):
                continue  # "Zelenskyy said some $70 billion worth of military aid had been delivered to Ukraine", "we’ve received more
                # than $75 billion", "…, according to Ukrainian President Vladimir Zelensky": what the receiver says it got is his claim
            if re.match(rf"\s+(?:in\s+[^.;]{{0,40}}?)?,?\s*including\s+{APPROX}[^.;]{{0,40}}?\bfrom\s+[^.;]{{2,40}}?\band\s+{APPROX}"
                        r"[^.;]{0,20}?\bfrom\b", s.text[amount.end:]):
                continue  # "a total of $223 billion in financial and military aid, including $92 billion from the US and $131 billion from EU
                # countries and the UK": several givers' total, no one's
            if re.match(r"(?:(?!\bUkrain|\bKyiv|\bKiev|[$€£\d])[^.;,]){0,60}?\b(?:to|for)\s+(?:the\s+)?"
                        r"(?:European|NATO|Baltic|Nordic|other|neighbou?ring|Western|allied)\s+"
                        r"(?:countries|partners|allies|nations|states|members)\b", s.text[amount.end:]):
                continue  # "… and $682 million to European countries", "$682 million in foreign military assistance for European
                # partners and allies": money for other recipients
            if re.match(r"(?:(?![$€£\d])[^.;,]){0,60}?\b(?:worldwide|globally|around\s+the\s+(?:world|globe)|"
                        r"across\s+the\s+(?:world|globe))\b", s.text[amount.end:]):
                continue  # "Hungary spent over 70 million euros on humanitarian aid worldwide last year": aid to all the
                # world, no pledge to one
            if re.match(r"(?:(?![$€£\d])[^.;,]){0,60}?\bfrom\s+(?:the\s+)?(?:NATO|EU|Western|European|allied|partner|member)\s+"
                        r"(?:countries|allies|members|member\s+states|nations|partners|states)\b", s.text[amount.end:]):
                continue  # "Ukraine has received more than $70 billion in military aid from NATO countries": many givers' sum
            if re.search(r"\b(?:the|all|other)\s+(?:\w+\s+){0,2}(?:countries|nations|participants|donors|delegations|states|allies|partners)\s+"
                         r"(?:that|which|who)\s+(?:[\w’'-]+\s+){1,6}?(?:have\s+|has\s+|had\s+)?(?:pledged|promised|committed|raised|"
                         r"mobili[sz]ed)\s+" + APPROX + "$", s.text[max(0, amount.start - 120):amount.start]):
                continue  # "the countries that attended the Paris conference pledged nearly a billion dollars": many givers' sum
            if re.search(r"\b(?:needs|requirements|shortfall|gap)\b[^.;$€£\d]{0,60}\bat\s+" + APPROX + "$",
                         s.text[max(0, amount.start - 90):amount.start]):
                continue  # "Zelensky estimates his country’s needs for this winter at about $800 million": needed, not given
            if re.search(r"\bUkraine\s+and\s+(?:its\s+)?(?:European|NATO|other)\s+(?:partners|allies|countries|neighbou?rs)\b", s.text) \
                    and re.match(r"\s+(?:in\s+)?(?:new\s+)?(?:military\s+)?(?:aid|assistance|support)\b", s.text[amount.end:]):
                continue  # "… stand behind Ukraine and European partners, announcing more than $3.75 billion in new military aid":
                # a total for the recipient and others together
            if re.search(r"\b(?:requested|request(?:s|ing)?|sought|seek(?:s|ing)?|asked\s+for|demand(?:s|ed|ing)?|need(?:s|ed)?|"
                         r"require(?:s|d)?)\s+" + APPROX + "$",
                         s.text[max(0, amount.start - 40):amount.start]) \
                    or re.match(r"\s+(?:(?:in|of)\s+\w+\s+)?(?:needed|required|requested)\b", s.text[amount.end:]):
                continue  # "Pistorius requested 10 billion euros … more", "the 12.8 billion euros needed in 2027", "in a first instance we
                # need €200 billion to be able to invest": asked or needed, not given
            if self.requested and (re.search(r"\b(?:prepar(?:es|ed|ing)|plann(?:ed|ing)|propos(?:es|ed|ing)|could|would)\b", s.text)
                                   or not re.search(r"\b(?:approved|passed|signed|adopted|allocated|announced|provided|delivered|"
                                                    r"sent|gave|given|committed|pledged|granted)\b", s.text)):
                continue  # "the USA has prepared a new support package … For $33 billion", "more than $20 billion could go to defense"
                # on a page that hopes "Congress will quickly support this request": asked for, not given
            if re.search(r"\bwhether\s+(?:or\s+not\s+)?to\s+(?:approve|provide|send|give|release|allocate|grant)\s+" + APPROX + "$",
                         s.text[max(0, amount.start - 60):amount.start]):
                continue  # "The German government was at odds over whether to approve three billion euros … of new military aid":
                # undecided, not given
            if re.search(r"\b(?:are|is|were)\s+combined\b[^.;]{0,80}$", s.text[max(0, amount.start - 100):amount.start]):
                continue  # "When all EU institutions and countries are combined, their total pledged support now comes out at just
                # under €52bn": several givers' sum, no one's
            if re.search(r"\b(?:together\s+with|along\s+with)\s+(?:its|their|our)\s+(?:allies|partners)\b[^.;]{0,80}$",
                         s.text[max(0, amount.start - 140):amount.start]):
                continue  # "the US, together with its allies, has provided or intends to provide Ukraine with a combined $65 billion":
                # all of them together, no one's
            if re.match(r"\s+from\s+(?:\w+\s+)?(?:donors|partners|allies|countries|contributors)\b", s.text[amount.end:]):
                continue  # "The initiative previously garnered $4.8 billion from donors": many givers' money, none named
            # (but on behalf of the giver's own people it is the giver's: "US$1.5 million from USAID on behalf of the American people")
            if re.match(r"(?:\s*\([^()]{1,30}\))?\s+(?:[\w-]+\s+){0,3}?on\s+behalf\s+of\b(?!\s+the\s+[A-Z][\w-]+\s+people\b)", s.text[amount.end:]):
                continue  # "Denmark already channeled nearly €400 million on behalf of the EU through this model": another's money
            if (re.search(r"\b(?:mobili[sz]\w*|loan\s+(?:instrument|facility)|fiscal\s+space)\b",
                          s.text[max(0, amount.start - 60):amount.end + 40], re.I)
                    or re.match(r"[^.;]{0,30}?\bplan\s+to\s+(?:strengthen|bolster|boost|rearm)\s+(?:the\s+)?(?:defen[cs]es?|militar\w+)\s+of\b",
                                s.text[amount.end:])) \
                    and not re.search(r"\b(?:to|for)\s+(?:the\s+)?(?:Ukrain|Kyiv|Kiev)", s.text[amount.end:amount.end + 60]):
                continue  # "the mobilization of up to €800 billion to boost defense spending", "a new €150 billion loan instrument …
                # to help countries invest in defense": money a union frees up or lends its members, no one's pledge to Ukraine
            if re.search(r"\b(?:(?:set\s+)?an?\s+(?:\w+\s+)?(?:target|goal|ambition|aim)\s+of|aiming\s+(?:for|at)|aims?\s+(?:for|at))\s+"
                         + APPROX + "$",
                         s.text[max(0, amount.start - 45):amount.start], re.I):
                continue  # "We’ve set a target of €20 billion, …. There are also bigger commitments aiming for €40 billion": a sum
                # aimed at, no one's pledge
            if re.search(r"\b(?:capital\s+(?:increase|injection|contribution)|share\s+capital|paid-in\s+capital)\s+(?:of\s+)?" + APPROX + "$",
                         s.text[max(0, amount.start - 45):amount.start], re.I):
                continue  # "pledged South Korea will provide a capital increase of $150 million for the entity": a bank's capital
            if amount.value < 1000:
                continue  # "$5.5 billi" cut off by a scraper, "$5.5" alone: no state's aid is a few units of money
            if re.match(r"\s+(?:in\s+cash\s+)?(?:seizure|seized|confiscated|intercepted|impounded)\b", s.text[amount.end:]) or re.search(
                    r"\b(?:seiz(?:e|ed|ing)|confiscat(?:e|ed|ing)|intercept(?:ed|ing)|impound(?:ed|ing))\s+(?:[\w-]+\s+){0,3}?" + APPROX + "$",
                    s.text[max(0, amount.start - 60):amount.start]):
                continue  # "… added to the $9.6 million seizure delivered the final blow": money seized, given by no one
            # (but a new sum of aid told as its increase, nothing it is compared with, is a package: "The EU today announced a €5
            # million increase in humanitarian funding in response to the growing needs …")
            if (re.match(r"\s+(?:more|less|fewer)\s+than\b|\s+(?:increase|rise|boost|hike|cut|decrease|reduction)\s+(?:in|of|on|over)\b",
                         s.text[amount.end:])
                    and not (re.match(r"\s+(?:increase|boost)\s+in\s+(?:its\s+|their\s+)?(?:humanitarian\s+|emergency\s+|military\s+)?"
                                      r"(?:funding|aid|assistance|support)\b", s.text[amount.end:])
                             and not re.search(r"\b(?:compared|than|over\s+(?:last|the\s+previous)|from\s+(?:last|the\s+previous))\b",
                                               s.text[amount.end:amount.end + 120]))):
                continue  # "€84 million – €20 million more than planned", "pledged a $30 million increase in its budgetary support
                # … compared to last year": a difference, not a pledge
            if re.search(r"\b(?:expect\w*|hop\w*|seek\w*|sought|aim\w*|want\w*)\s+to\s+(?:secure|receive|raise|attract|obtain|get)\s+"
                         + APPROX + "$", s.text[max(0, amount.start - 60):amount.start]):
                continue  # "Ukrainian Prime Minister Denys Shmyhal said he expected to secure almost $7 billion in aid": what the
                # receiving side hopes for, no one's pledge
            if re.search(r"\binstead\s+of\s+(?:a|the|its)?\s*(?:\w+\s+){0,2}?(?:of\s+)?" + APPROX + "$",
                         s.text[max(0, amount.start - 40):amount.start]):
                continue  # "… a floor of 15 billion a year, instead of a ceiling of 75 billion": what it replaces
            if re.search(r"\bfrom\s+" + APPROX + "$", s.text[max(0, amount.start - 20):amount.start]) and i + 1 < len(money) \
                    and re.match(r"\s+to\s+" + APPROX + "$", s.text[amount.end:money[i + 1].start]):
                continue  # "double its aid plan from €4 billion to €8 billion": the figure it grows from is no new pledge
            if own_defence_spending(s.text, amount.start, amount.end) or (
                    i and (money[i - 1].value, money[i - 1].currency) in self.own_spending
                    and (re.match(r"\s+of\s+(?:that|this|the)\s+(?:amount|sum|budget|money|total)\b", s.text[amount.end:])
                         or re.search(r"(?:,\s+(?:while|whereas)|;)\s+[^.;]{0,80}$", s.text[money[i - 1].end:amount.start])
                         and not re.search(r"\b(?:aid|assistance|support|package|donat\w*|Ukrain\w*)\b",
                                           s.text[money[i - 1].end:amount.end + 60], re.I))):
                # ("…, over CZK 8.5 billion of that amount is earmarked for institutions …": a part of it; "Serbia is planning to
                # inject one billion euros into its military within a year, while Croatia intends to allocate four billion euros
                # over three years": the same kind of sum, another state's own)
                self.own_spending.add((amount.value, amount.currency))
                continue  # "Greece plans to invest more than €25 billion in defense": its own budget, no one's aid
            if re.match(r"(?:\s*\([^()]{1,40}\))?\s+in\s+(?:its|their|the\s+(?:state|national|government['’]s))\s+(?:[\w-]+\s+){0,2}"
                        r"budgets?\b(?![^.;]*\b(?:aid|assistance|support|Ukrain\w*|Kyiv|Kiev)\b)", s.text[amount.end:]):
                continue  # "… with Japan earmarking 5 billion yen ($33 million) in its initial budget for the current fiscal year":
                # a line of its own budget (for a programme that gives to several states), no one's pledge
            sentence_before = self.previous_sentence[0].text if self.previous_sentence is not None \
                and self.previous_sentence[0].paragraph == s.paragraph else ""
            if (_OWN_PROGRAMME.search(" ".join([sentence_before, s.text])) or _ELSEWHERE.search(s.text)) and not any(
                    m.match.type == "country" and m.match.entity == self.g.recipient
                    for m in mentions):
                continue  # "For the implementation of the measures outlined in this plan, Slovenia has pledged a contribution of
                # EUR 2.16 billion" after "the Government approved a revised Recovery and Resilience Plan": its own recovery;
                # "The government also raised its official development assistance budget by two trillion won" after "520
                # billion won … for Ukraine-related spending": another budget
            if (amount.value, amount.currency) in self.own_spending and not re.search(r"\bUkrain", s.text):
                continue  # "An additional 50 billion DKK allocated …" after "a 50 billion DKK package to accelerate the
                # build-up of the Danish Defence": the same money, named again
            if re.search(r"\b(?:block(?:s|ed|ing)?|blockade\s+of|reject(?:s|ed|ing)?|veto(?:es|ed|ing)?|refus(?:es|ed|ing)|"
                         r"cancel(?:s|l?ed)|scrap(?:s|ped)|halt(?:s|ed)|obstruct(?:s|ed|ing|ion\s+of)|"
                         r"(?:does|did)\s*n[o’']t\s+approve)\b[^.;]{0,80}$", s.text[max(0, amount.start - 90):amount.start], re.I):
                continue  # "The new Slovak government blocked a military aid package … worth 40.3 million euros",
                # "Hungary Blocks €6.5B EU Military Aid", "Hungary is blocking three … tranches": no pledge
            if re.search(r"\b(?:(?:does|do|did|will|would|shall|is|are|was|were)\s*(?:not|n['’]t)|won['’]t|never|no\s+longer|refus\w*\s+to|"
                         r"declin\w*\s+to)\s+"
                         r"(?:\w+\s+){0,2}?(?:intend|plan|want|wish|agree|participat|take\s+part|join|provide|send|give|contribute|"
                         r"supply|pay|fund|finance)\w*\b(?:(?!\b(?:but|however|yet|instead)\b|,\s+and\b)[^.;]){0,70}$",
                         s.text[max(0, amount.start - 110):amount.start], re.I):
                continue  # "Slovakia does not intend to participate in providing Kiev with a loan of €70 billion": a sum refused
                # (not one given after the refusal of something else: "We will not give up, but will provide €100 million")
            if re.search(r"\b(?:conference|summit|appeal|fundraiser|fund-?raising|campaign|pledging\s+event)\b[^.;]{0,60}\b(?:raised|collected|"
                         r"mobili[sz]ed|raises|collects|mobili[sz]es|generated|generates|secured|secures|drew|draws|attracted|attracts)\s+"
                         + APPROX + "$", s.text[max(0, amount.start - 110):amount.start]):
                continue  # "An international donor conference … raised more than 6 billion euros …, Poland said": all donors'
                # ("An international conference in Kuwait generated at least $2.4 billion in pledges Wednesday from donors")
            if re.search(r"\b(?:appealing|asking|appeals?|appealed|calling|calls|called)\s+for\s+(?:an?\s+|the\s+)?(?:staggering\s+|further\s+|"
                         r"additional\s+|total\s+of\s+)?" + APPROX + r"$|\b(?:seek|seeks|seeking|sought|aims?\s+to\s+raise|hopes?\s+to\s+raise)\s+"
                         r"(?:pledges|funding|contributions|donations)\s+(?:of|totalling|totaling|worth)\s+" + APPROX + "$",
                         s.text[max(0, amount.start - 80):amount.start]) \
                    and not re.search(r"\b(?:agreement|accord|pact|treaty|deal|document|memorandum)\s+(?:also\s+)?calls\s+for\s+"
                                      + APPROX + "$", s.text[max(0, amount.start - 60):amount.start]):
                # (not what an agreement provides: "The agreement also calls for €2 billion in military aid from the Netherlands
                # this year")
                continue  # "The UN is appealing for US$6.5 billion this year", "The U.N. is asking for a staggering $6.5 billion",
                # "Wednesday's conference will seek pledges of $1 billion of aid": what an appeal asks of all, no one's pledge
            if re.search(r"\b(?:Chamber|Association|Federation|Foundation|Society|Companies|Company|Corporation)\b(?:\s+(?:of|in|for)?\s*"
                         r"[A-Z][\w-]*)*\s+(?:(?:has|have|had|also)\s+)?(?:provided|donated|gave|contributed|pledged|sent)\s+" + APPROX + "$",
                         s.text[max(0, amount.start - 120):amount.start]):
                continue  # "the Chamber of Commerce of Chinese Companies in Ecuador provided $138,000": a body's gift, no state's (nor
                # the giver the sentence before named)
            if re.search(r"\b(?:needs?|needed|requires?|required)\s+(?:an?\s+)?(?:additional\s+|further\s+|extra\s+|new\s+)?(?:funding|funds|"
                         r"financing|money|aid|assistance)\s+(?:of\s+)?" + APPROX + "$", s.text[max(0, amount.start - 60):amount.start]):
                continue  # "The United Nations says Myanmar alone needs additional funding of $122 million": a need, no one's pledge
            # (a passive's sum only where the sentence names no giver before it: "Norway's €50 million was pledged …" is Norway's)
            # (nor what the aid of all now comes to, no owner before it: "India pledges $1 bn to Nepal as quake aid tops $3 billion")
            if re.search(r"(?<!['’]s\s)(?<!\bits\s)(?<!\btheir\s)(?:\b[a-z]+\s+)?\b(?:aid|assistance|pledges|donations|support)\s+(?:now\s+)?"
                         r"(?:tops|topped|exceeds|exceeded|passes|passed|surpasses|surpassed|hits|reaches)\s+" + APPROX + "$",
                         s.text[max(0, amount.start - 40):amount.start]):
                continue
            # (never pledges each named with its giver after: "Additional pledges of $260m from Japan, $130m from the US, …")
            # (nor a total of all the givers the sentence named: "… - take the total assistance offered to around $3bn")
            if re.search(r"\b(?:take|takes|took|bring|brings|brought)\s+the\s+total\b[^.;]{0,40}\bto\s+" + APPROX + "$",
                         s.text[max(0, amount.start - 80):amount.start]) \
                    and len({a.match.entity for a in agents if a.end <= amount.start and a.match.entity not in (ukraine, adversary)}) >= 2:
                continue
            if (_ALL_GIVERS_BEFORE.search(s.text[max(0, amount.start - 110):amount.start])
                    and not re.match(_RESTATED + r"\s+from\s+(?:the\s+)?[A-Z]", s.text[amount.end:])) or (
                    _ALL_GIVERS_AFTER.match(s.text, amount.end) and not any(
                        a.start < amount.start and a.match.entity not in (ukraine, adversary, self.aid_to)
                        # (nor the state a conference is on: "The Paris International Conference on Sudan was held …")
                        and not re.search(r"\b(?i:conference|summit|meeting|talks|appeal)\s+(?:on|for)\s+(?:the\s+)?$",
                                          s.text[max(0, a.start - 30):a.start])
                        # (nor a city that names it: "The Paris International Conference …")
                        and not (a.match.how == "capital" and re.match(r"\s+[A-Z]", s.text[a.end:]))
                        # (nor the state of the one who tells it: "German Foreign Minister Heiko Maas told ZDF broadcaster that “more
                        # than 200 million euros of emergency aid have been collected”")
                        and not re.match(r"['’]?s?\s+(?:[A-Z][a-z]+\s+){0,2}(?:Minister|President|Chancellor|Secretary|Premier)\b",
                                         s.text[a.end:])
                        for a in agents)):
                continue  # "… and its allies had collected pledges of over €2 billion", "world donors are pledging more than 2
                # billion euros", "a conference … aims to raise “significantly more than one billion euros”", "more than two
                # billion euros in aid was pledged" at a conference: many givers' sum, no one's pledge
            if re.match(r"\s+(?:\w+\s+){0,3}?(?:agreed|decided|committed)\s+(?:within|by|at|in)\s+(?:the\s+)?(?:NATO|alliance|allies|"
                        r"summit|EU|European\s+Union|G7)\b", s.text[amount.end:]):
                continue  # "the €40 billion agreed within NATO is a minimum level": the allies' figure, no one country's
            if re.match(rf"\s+(?:\w+\s+){{0,2}}?(?:vowed|pledged|promised|committed|provided|given|contributed)\s+by\s+(?:the\s+)?"
                        rf"(?:{_COLLECTIVE}|partners)\b", s.text[amount.end:], re.I):
                continue  # "EUR 549 million already vowed by member states, partners within … the Drone Coalition": all of theirs
            if re.search(r"(?:%|\bper\s*cent|\bpercent)\s+of\s+(?:the\s+)?" + APPROX + "$", s.text[max(0, amount.start - 30):amount.start]):
                continue  # "0.25 percent of €40 billion": the base a share is taken of
            if re.search(r"\b(?:the\s+)?international\s+community\b[^.;]{0,160}\btotall?ing\s+(?:some\s+|about\s+|around\s+)?" + APPROX + "$",
                         s.text[max(0, amount.start - 220):amount.start]):
                continue  # "The international community has demonstrated its strong commitment … with its announcement of funding
                # today totaling $597 million": every giver's at the conference, no one's
            if _SWAP.search(s.text[max(0, amount.start - 160):amount.start]) or _SWAP_AFTER.match(s.text, amount.end):
                continue  # "… send … Russian scrap metal to the U.S. in exchange for modern equipment worth $200 million", "we will
                # swap … ‘scrap metal’ for advanced equipment costing $200 million": arms traded for arms, no one's aid
            if re.search(r"\b(?:1|one|per|each|every|a)\s+(?:person|citizen|head|household|family|resident)\s*[-–—:]\s*" + APPROX + "$",
                         s.text[max(0, amount.start - 40):amount.start], re.I) \
                    or re.match(r"\s+(?:per|a|for\s+each|from\s+each|each)\s+(?:person|citizen|head|capita|household|family|resident)\b",
                                s.text[amount.end:], re.I):
                continue  # "donation campaign “1 person- 1000 tugrik”", "5,000 won per person": what each gives, no one's pledge
            if re.match(r"\s+(?:tranches|instal(?:l)?ments|increments|batches|per\s+(?:package|tranche|batch)\b)",
                        s.text[amount.end:], re.I) or re.search(
                    r"\b(?:each|every)\s+(?:[\w-]+\s+){0,3}?(?:worth|valued\s+at|costing|of)\s+" + APPROX + "$",
                    s.text[max(0, amount.start - 70):amount.start], re.I):
                continue  # "in US$500 million tranches", "regular packages, each worth roughly $500 million", "its 45th
                # aid package, each previous package valued at approximately 100 million euros": a unit's size, no one package
                # (but "$20 billion each" after several donors is what each of them gives)
            if re.match(r"[^.;]{0,30}?\b(?:to\s+(?:the\s+)?(?:NATO|alliance)(?:['’]s)?\s+(?:common\s+|joint\s+|civil\s+|military\s+)?"
                        r"budgets?|for\s+(?:its|their|our)\s+(?:NATO\s+)?membership)\b", s.text[amount.end:]):
                continue  # "we would have to contribute about 1.2 million EUR to the NATO budget per year": dues, no aid
            if re.match(r"\s+(?:worth\s+)?(?:of|in)\s+(?:[\w-]+\s+){0,2}(?:assets|reserves)\b", s.text[amount.end:]) \
                    or re.match(r"\s+(?:worth\s+)?(?:of|in)\s+(?:frozen|immobili[sz]ed|seized)\s+(?:[\w-]+\s+){0,2}(?:funds|money|holdings)\b",
                                s.text[amount.end:]) or re.search(
                    r"\b(?:assets|reserves)\s+(?:worth|valued\s+at|of)\s+" + APPROX + "$", s.text[max(0, amount.start - 40):amount.start]):
                # ("Frozen Russian assets worth €390 million ($402 million) and international contributions have bolstered …")
                continue  # "more than C$140 million worth of Russian assets have been seized": frozen money, no aid
            if re.search(r"\b(?:equivalent|equal)\s+to\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|some\s+)?$|\bthe\s+equivalent\s+of\s+$",
                         s.text[max(0, amount.start - 40):amount.start]) and (out or (
                             self.last_package is not None and _could_be_same_sum(self.last_package, amount, self.year))):
                continue  # "approximately 520 billion yen, equivalent to $3.3 billion", "The funds, equivalent to 471.9 billion Japanese
                # yen, are part of …": the same sum again in another currency, no pledge of its own (not one of another size: "The
                # U.K expects to spend the equivalent of $5.8 billion this year" after its "450 million pounds")
            if re.search(r"\b(?:assets|reserves|holdings)\b", s.text) and re.match(
                    r"(?:\s*\([^()]{1,30}\))?,?\s*(?:(?:are|is|were|was)\s+(?:managed|held|stored|located|kept|frozen|immobili[sz]ed)\b|"
                    r"in\s+(?:profits?|income|interest|revenues?)\b)", s.text[amount.end:amount.end + 60]):
                continue  # "approximately €191 billion ($217 billion), are managed by … Euroclear, which generated nearly €4.4 billion
                # ($4.8 billion) in profits from these assets": money held and what it earns, no one's aid
            if re.search(r"\b(?:consider(?:s|ing)?|mull(?:s|ing)?|weigh(?:s|ing)?|explor(?:es|ing))\s+(?:\w+\s+){0,3}$",
                         s.text[max(0, amount.start - 50):amount.start], re.I):
                continue  # "Japan is considering a $3.3B loan for Ukraine": not decided
            if re.search(r"\b(?:economic\s+)?stimulus\s+(?:package|plan|programme|program)\b[^.;]{0,40}$",
                         s.text[max(0, amount.start - 80):amount.start], re.I):
                continue  # "an economic stimulus package expected to exceed 13.9 trillion yen": a country's own economy, no aid
            if re.search(r"\bwants?\s+(?:the\s+)?(?:allies|members|countries|partners|nations|(?:NATO\s+)?member\s+states)\s+to\s+"
                         r"(?:contribute|give|provide|commit|spend|pledge|put\s+up)\s+" + APPROX + "$",
                         s.text[max(0, amount.start - 90):amount.start]):
                continue  # "NATO Secretary-General Jens Stoltenberg wants allies to contribute around $58 billion a year to a fund to
                # help the war-torn country defend itself": a wish for others' money, no one's pledge
            legislature = (r"\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|urg(?:e|es|ed|ing))\s+(?:the\s+)?(?:US\s+|U\.S\.\s+)?"
                           r"(?:Congress|lawmakers|legislators|parliament|Parliament|Senate|House|Bundestag)\s+(?:for|to\s+(?:approve|provide|"
                           r"pass|fund))\s+(?:a\s+|an\s+|the\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|another\s+|an\s+additional\s+|"
                           r"a\s+further\s+)?")
            if re.search(legislature + "$", s.text[max(0, amount.start - 70):amount.start]) \
                    or re.search(legislature + r"[$€£]?\d[^.;]{0,40}?\s+(?:[\w-]+\s+){0,3}(?:package|request|bill)\s+(?:that\s+)?(?:includes?|"
                                 r"including|with)\s+(?:an?\s+)?(?:extra\s+|additional\s+|further\s+)?$",
                                 s.text[max(0, amount.start - 180):amount.start]):
                continue  # "President Biden asked Congress for $106 billion in national security supplemental spending …": asked, not given
                # ("… while urging Congress to approve a $33B spending package that includes an extra $20.4B in military
                # assistance": the request, and its part)
            if re.search(r"\b(?:has\s+|had\s+|have\s+)?(?:proposed|suggested)\s+(?:that|to\s+(?:donate|give|provide|send|allocate|supply|"
                         r"transfer|grant|contribute)\b)[^.;]{0,80}$", s.text[max(0, amount.start - 120):amount.start]):
                continue  # "Stoltenberg has proposed that the Alliance commit to an annual sum of €40 billion": proposed, not decided
                # (or to give: "The Defence Ministry has proposed to donate to Ukraine military equipment worth a total of €32.2
                # million", quoted from the document by which the cabinet released €6.27 million)
            if re.match(r"\s+(?:arms\s+|weapons\s+|fighter\s+|jet\s+)?(?:deal|sale|purchase|acquisition)\b", s.text[amount.end:]) \
                    and not any(m.match.entity == ukraine for m in mentions):
                continue  # "24 US F-16 combat aircraft from Denmark—a $300 million deal": a sale between two states, no aid
            if not any(m.match.entity == ukraine for m in mentions) and re.search(
                    r"\b(?:agreement|deal|contract|accord)\s+with\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+to\s+(?:supply|sell|deliver|"
                    r"provide|buy|purchase|acquire|produce)\b[^.;]{0,80}$", s.text[max(0, amount.start - 160):amount.start]):
                continue  # "… to sign an additional agreement with Poland to supply K2 tanks by the end of the year, which is estimated to
                # be worth about $7 billion": one state's arms sold to another, no aid (the recipient, never named, is no party)
                # (a deal for the recipient is: "contracts … for Ukraine", read above)
            if re.search(r"\bproposed\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:plan|fund|mechanism|facility|scheme)\s+(?:for\s+[A-Z][\w-]+\s+)?"
                         r"(?:for|of|worth)\s+" + APPROX + "$", s.text[max(0, amount.start - 90):amount.start]) \
                    or re.search(r"\b(?:is|are)\s+working\s+on\s+(?:a\s+|an\s+)?(?:new\s+)?$",
                                 s.text[max(0, amount.start - 40):amount.start]):
                continue  # "Estonia proposed a financing plan for Ukraine for 120 billion euros", "The European Union is working on a new
                # €20 billion military aid package": a plan proposed, a package in the works, no pledge yet
            if re.match(r"[^.;]{0,90}?\b(?:bill|legislation|draft\s+law)\s+(?:(?:that\s+is|now|still)\s+)*(?:(?:working|making|moving|"
                        r"wending)\s+its\s+way\s+through|pending\s+(?:in|before)|under\s+consideration\s+(?:in|by)|being\s+debated\s+in)\b",
                        s.text[amount.end:]):
                continue  # "U.S. lawmakers pledged an additional $300 million … in the massive defense authorization bill now working
                # its way through Congress": a sum in a bill not yet passed, no pledge yet
            if re.search(r"\bproposals?\s+(?:for|of|on)\s+(?:\w+\s+){0,4}$", s.text[max(0, amount.start - 50):amount.start], re.I) \
                    or re.search(r"\b[Aa]\s+proposal\s+(?:will|would|is\s+to|is\s+going\s+to)\s+be\s+(?:presented|submitted|put|sent|"
                                 r"brought)\b(?:(?!\b(?:approved|adopted|passed)\b)[^.;])*$", s.text[:amount.start]):
                continue  # "he will be bringing a proposal for a package of €100 million … to Cabinet", "A proposal will be
                # presented to government ministers for further military assistance … worth 600-700 million korunas": not decided
            # (an inset between the givers and their verb too: "Indian Pharmaceutical Companies, under the Indian Pharmaceuticals
            # Manufacturers Association of Ukraine (IPMA) have also donated USD six million worth of medical aid")
            if re.search(r"\b(?:industry|industries|compan(?:y|ies)|firms?|manufacturers?|embassy|citizens|the\s+public|people|"
                         r"donors|volunteers|crowdfunding|fundraisers?)(?:,[^.;,]{1,100}?,?)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
                         r"(?:contributed|donated|raised|received|collected|sent|gave|given)\s+"
                         r"(?:(?:about|around|at\s+least|more\s+than|over|some|almost|nearly)\s+)?$",
                         s.text[max(0, amount.start - 200):amount.start], re.I):
                continue  # "The domestic armaments industry contributed at least 17 million korunas", "the embassy has received
                # about 1.2 billion korunas" (from the public): no state's pledge
            if re.search(r"\b(?:insur\w*|reinsur\w*|underwrit\w*)\s+(?:(?:about|around|approximately|some|up\s+to)\s+)?$",
                         s.text[max(0, amount.start - 40):amount.start], re.I) \
                    or re.match(r"[^.;]{0,40}?\bto\s+(?:cover|insure|guarantee)\s+(?:\w+\s+){0,2}risks?\b", s.text[amount.end:], re.I):
                continue  # "JBIC has decided to insure approximately 93 billion yen worth of Samurai bonds that Poland will issue",
                # "funds worth $23 million to cover military risks when investing in Ukraine": cover against a loss, no aid given
            if re.search(r"\b(?:bought|purchased|acquired|paid)\b[^.;$€£¥]{0,90}?\bfor\s+(?:about\s+|around\s+|some\s+|nearly\s+|"
                         r"almost\s+|over\s+|more\s+than\s+)?$", s.text[max(0, amount.start - 120):amount.start], re.I):
                continue  # "The four Su-25 fighter jets that Macedonia bought from Ukraine during the 2001 conflict for four million
                # euros have been donated to Ukraine": the price once paid for what is given now, no sum given
            if re.search(r"\blicen[cs]es?\b[^.;]{0,40}\b(?:commercial|export\w*|sales?)\b[^.;]{0,80}$|"
                         r"\b(?:residual|book|market|resale)\s+value\s+of\s+(?:about\s+|around\s+|some\s+)?$",
                         s.text[max(0, amount.start - 140):amount.start], re.I):
                continue  # "licenses have been issued for commercial supplies of military equipment to Ukraine, with a total value
                # of approximately 117 billion crowns": companies' sales; "whose purchase price was CZK 6.2 billion, with a residual
                # value of CZK 1.2 billion": the same gift valued again
            # ("… would bring Ireland’s contribution to €33m": a sum worked out, not decided)
            if re.search(r"\b(?:could|would|might|may)\s+(?:amount|total|reach|come|bring\s+(?:[\w’'-]+\s+){1,3}?)\s*to\s+" + APPROX + "$",
                         s.text[max(0, amount.start - 50):amount.start]):
                continue  # "This aid, which was discussed …, could amount to some 6.5 billion euros": not decided
            # (the one named right after the sum first: "some $5 million will be donated to Afghanistan, and another $2
            # million to the Ukraine" — the second sum's is Ukraine, not the state before it)
            near_first = sorted(agents, key=lambda m: (not amount.end <= m.start <= amount.end + 60, m.start))
            # (never the subject of a relative clause: "The complex, to which the Hungarian government is providing a grant of 2.5
            # million euros" — the giver)
            # (nor a body that gives only where named giving, the one the money passes through: "€100,000 to the UN’s Ukraine
            # Humanitarian Fund" is for Ukraine)
            # (past an adjective of its plight and a government's name: "¥114 million in aid to disaster-hit Tonga", "NZ$500,000 to
            # the Government of Tonga")
            recipient = next((m for m in near_first if m.start > previous_end and m.match.entity not in self.g.named_givers and (re.search(
                r"\b(?:to|for|TO|FOR)\s+(?!(?:which|whom|whose)\b)(?:[\w-]+\s+){0,2}(?:(?i:government|people)\s+of\s+(?:the\s+)?)?$",
                s.text[max(0, m.start - 45):m.start])
                # (or the state whose central bank, treasury or reserves the money goes into: "deposited $1 billion into the
                # central bank of Yemen’s legitimate government", "a deposit to the Central Bank of Yemen")
                or _INTO_BANK_OF.search(s.text[max(0, m.start - 50):m.start])
                or _FOR_FORCES.search(s.text[max(0, m.start - 90):m.start])
                # (or the object of a giving verb that names the gift after "with": "it would supply the Lebanese army with fuel
                # aid valued at 30 million U.S. dollars", "will provide Moldova with €60 million")
                or _supplied(s.text, m)
                # (or the first object of a giving verb, the sum right after it: "The US government has given Malawi K4 billion")
                or (m.end <= amount.start and re.search(r"\b(?:giv(?:e|es|en|ing)|gave|grant(?:s|ed|ing)?|sen[dt]s?|sending|award(?:s|ed|ing)?)\s+$",
                                                      s.text[max(0, m.start - 14):m.start]) is not None
                    and re.fullmatch(r"\s*(?:(?:an?|another)\s+)?(?:(?:additional|further|extra|new)\s+)?", s.text[m.end:amount.start]) is not None)
                # (or the one a sentence opens for, another state giving: "“For the Republic of Moldova, Romania will grant
                # emergency humanitarian aid … with a value of approximately 19 million RON")
                or (re.fullmatch(r"\s*[\"“]?For\s+(?:the\s+)?", s.text[:m.start]) and any(
                    m.end < o.start < amount.start and o.match.type == "country" and o.match.entity != m.match.entity for o in agents)))
                # (never the owner of the giving, "to double South Korea's contributions", nor a currency, "to 790 million Australian
                # dollars"; but "to raise Sweden’s defence spending" is Sweden's own money, given to no one)
                # ("… provides for Lisbon's initial allocation of 126 million euros in military aid to Kyiv": the giver's)
                and not (m.match.type == "country" and re.match(r"['’]s?\s+(?:\w+\s+)?(?:contributions?|aid|support|assistance|pledges?|"
                                                                  r"packages?|donations?|funding|allocations?|commitments?)\b", s.text[m.end:]))
                and not IN_CURRENCY.match(s.text, m.end)
                # (not a source, nor a phrase that is no giving: "According to the Australian Government, …", "In response
                # to queries on Ireland’s commitments, …", "due to", "compared to")
                # (nor the one thanked: "I am grateful to Finland’s President Niinisto for the decision to provide Ukraine with
                # … €200 million" — the giver; nor whom a person serves: "Dworczyk, who is a top aide to Polish Prime Minister
                # Mateusz Morawiecki, told the conference: “… we’ve spent over PLN 7 billion …”")
                and not re.search(r"\b(?i:according|response|due|thanks|compared|regard|addition|contrary|respect|relation|"
                                  r"reference|prior|similar|grateful|thankful|gratitude|indebted|aide|advis[eo]r|assistant|"
                                  r"spokes(?:man|woman|person)|staff|counsell?or|successor|predecessor)\s+to\s+(?:\w+\s+){0,2}$",
                                  s.text[max(0, m.start - 40):m.start])
                and not re.search(r"\bcost(?:s|ing)?\s+$", s.text[max(0, m.start - 12):m.start])  # ("… to cost Finland €159 million": who pays)
                # (nor the subject of the giving after "for": "he will sign an agreement for Turkey to provide $50 million …" —
                # the giver; "$50 million for Ukraine to buy weapons" is still Ukraine's)
                and not re.match(r"\s+to\s+(?:(?:also|further|jointly)\s+)?(?:provide|give|send|allocate|supply|deliver|donate|transfer|"
                                 r"grant|pay|fund|finance|contribute|commit|pledge)\b", s.text[m.end:])
                and not re.match(r"-(?:led|based|run)\b", s.text[m.end:])  # "to a United Kingdom-led partnership"
                # ("Denmark’s contribution to the Danish model – …": a scheme named for a country, no recipient)
                and not (m.match.entity != ukraine and re.match(r"\s+(?:model|initiative|mechanism|scheme|format|formula)\b",
                                                                s.text[m.end:], re.I))
                # ("a further $7m to New Zealand and international aid agencies": the country's agencies, no recipient)
                and not re.match(r"\s+(?:and\s+international\s+)?(?:aid\s+|humanitarian\s+)?(?:agencies|organi[sz]ations|NGOs|charities)\b",
                                 s.text[m.end:])
                # ("$585 million for US air defense and artillery capabilities": what kind of arms, no recipient)
                and not (m.match.entity != ukraine and re.match(r"\s+(?:air\s+defen[cs]e|weapons|arms|missiles|systems|artillery|equipment|"
                                                                r"munitions|ammunition|defen[cs]e\s+(?:systems|equipment|industry))\b",
                                                                s.text[m.end:]))
                # (nor a legislature, which is reported to, never given aid: "… until the departments … certify to Congress that
                # Ukraine has made …")
                and s.text[m.start:m.end] not in LEGISLATURES), None)
            if recipient is None:  # (or a state's territory the aid goes to: "… for the benefit of the Gaza population")
                recipient = self._territory(s.text, previous_end)
            if recipient is None:  # (or the state where the people it goes to live: "$5 million to affected communities in Malawi")
                recipient = next((m for m in mentions if m.match.type == "country" and m.start > amount.end and re.search(
                    r"\b(?:to|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,5}(?:communities|people|families|victims|survivors|households|"
                    r"population|refugees|children)\s+(?:[\w-]+\s+){0,6}in\s+(?:the\s+)?(?:(?:southern|northern|eastern|western|central)\s+)?$",
                    s.text[max(amount.end, m.start - 120):m.start])), None)
            if recipient is None:  # (or the state where the mission the money is for works, a place to every other rule: "$100
                # million for the multinational security mission in Haiti")
                recipient = next((m for m in mentions if m.match.type == "country" and m.start > amount.end and re.search(
                    r"\bfor\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:mission|operation|force|deployment)\s+(?:in|to)\s+(?:the\s+)?$",
                    s.text[max(amount.end, m.start - 80):m.start])), None)
            if recipient is None:  # (or the war's other side itself, given to by a state outside the war: "The Mongolian
                # government has handed over to Russia a certificate for humanitarian assistance worth 1$ million" — never
                # the default recipient's)
                recipient = next((m for m in mentions if m.match.entity == adversary and m.start > previous_end and not m.war
                                  and _sent_to(s.text, m.start)), None)
            if recipient is None:  # (or the state given to before the sum, as a passive's or a receiving's subject: "the
                # Philippines is expected to receive JPY 900 million worth of rigid-hulled inflatable boats")
                recipient = next((m for m in agents if m.match.type == "country" and m.match.entity not in (ukraine, adversary)
                                  and previous_end <= m.start and m.end <= amount.start and _given_to(s.text[m.end:amount.start])), None)
            if recipient is None:
                recipient = next((m for m in agents if m.match.entity == ukraine), None)
            recipient = paired_to.get(i, recipient)
            # the donor is in the amount's own clause ("Canada will send drones, while the Netherlands … will
            # supply … 200 million euros"), and not a partner named after "with" ("in collaboration with Denmark")
            clause = max((c.end() for c in _CLAUSE.finditer(s.text, 0, amount.start)), default=0)
            # (a region's or a group's givers as the clause's subject, no state among them: "the Europeans have allocated €70
            # billion …, while the United States has allocated €50 billion …": the first no one's)
            region = re.search(r"(?:^|[:;,]\s*|\b(?:while|whereas)\s+)(?:the\s+)?(?:Europeans|European\s+(?:donors|countries|allies|states|"
                               r"partners|nations)|Western\s+(?:countries|allies|donors|partners)|(?:other\s+)?donors)\s+(?:have|has|had|will|would)\b",
                               s.text[clause:amount.start])
            if region is not None and not any(clause + region.start() <= a.start < amount.start and a.match.type == "country" for a in agents):
                continue
            partners = [m for m in agents if _PARTNER.search(s.text[max(0, m.start - 40):m.start])]
            if recipient is not None:  # "covers Ukraine and Moldova": a second recipient, not a donor
                partners += [m for m in agents if re.fullmatch(r",?\s+(?:and|or)\s+", s.text[recipient.end:m.start])]
            # (never one that gives only some of it: "… will receive CHF2.5 million over the next 12 months, with some of the
            # money coming from Liechtenstein" is the page's giver's, Liechtenstein adding to it)
            partly = re.search(r"\b(?:some|part|a\s+share|a\s+portion)\s+of\s+(?:the\s+)?(?:money|funds?|funding|it|which|this|that)"
                               r"\s+(?:(?:is\s+|was\s+)?coming|comes|came)?\s*from\s+(?:the\s+)?[A-Z]", s.text[amount.end:])
            # "… included €200 million from the Netherlands for drone interceptors": the giver named right after the amount (first:
            # in a list of sums each with its giver, "Ukraine has received commitments …: $8 billion from Sweden …, $72 million from
            # the Czech Republic, …", each sum is its own giver's, never the first one's)
            # (or its ruler or its government: "a grant worth $20 million from the Emir of Qatar")
            # (past the sum restated in brackets: "Pledges include $1bn (£640m) from India, …")
            giver = next((m for m in agents if amount.end <= m.start <= amount.end + 40 and m.match.entity not in (ukraine, adversary)
                          and re.fullmatch(_RESTATED + r"\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?"
                                           r"(?:(?:[A-Z][\w-]+\s+){1,2}of\s+(?:the\s+)?|"
                                           r"(?:government|people|emir|king|ruler)\s+of\s+(?:the\s+)?)?",
                                           s.text[amount.end:m.start])), None)
            if giver is None and receives:
                giver = next((m for m in agents if re.search(r"\bfrom\s+(?:the\s+)?$", s.text[max(0, m.start - 12):m.start])
                              and not (partly is not None and m.start == amount.end + partly.end() - 1)), None)
            # (a ranking's donors, each with its sum in brackets: "followed by EU institutions ($37.2bn), the UK ($7.5bn), …")
            giver = giver or next((m for m in agents if m.match.entity not in (ukraine, adversary)
                                   and re.fullmatch(r"(?:\s+[a-z]+){0,2}\s*\(\s*", s.text[m.end:amount.start])), None)
            # (or the one a participle after it says agreed or gave it: "a new €18bn Macro-Financial Assistance (MFA) package
            # agreed by the EU for 2023")
            # (never where the sum is a part "of" what the participle's agent gave and the sentence names its own giver before it:
            # "Japan will shoulder $3.3 billion of the loan pledged by the Group of Seven" is Japan's part)
            if giver is None:
                giver = next((m for m in agents if amount.end <= m.start <= amount.end + 80 and m.match.entity not in (ukraine, adversary)
                              and re.fullmatch(r"\s+(?:[\w()-]+\s+){0,5}?(?:agreed|approved|adopted|pledged|provided|promised|granted|"
                                               r"announced|offered)\s+by\s+(?:the\s+)?", s.text[amount.end:m.start])
                              and not (re.match(r"\s+of\s+(?:the|a|an|its|this)\s", s.text[amount.end:])
                                       and any(a.end <= amount.start and a.match.entity not in (ukraine, adversary) for a in agents))),
                             None)
            # (or the agent of a passive whose subject the sum was given to: "The Philippines was awarded a ¥600 million grant by
            # Japan")
            if giver is None and any(a.end <= amount.start and a.match.entity != ukraine and _given_to(s.text[a.end:amount.start])
                                     for a in agents):
                giver = next((m for m in agents if amount.end <= m.start <= amount.end + 60 and m.match.entity not in (ukraine, adversary)
                              and re.fullmatch(r"\s+(?:[\w()-]+\s+){0,4}?by\s+(?:the\s+)?", s.text[amount.end:m.start])), None)
            # (a giver named after "from" that the workspace does not know leaves no other to guess: "EUR 15 million from the
            # European Investment Bank", "the first tranche from the International Monetary Fund in the amount of $900 million")
            if giver is None and (re.match(r"\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?[A-Z][\w-]+(?:\s+(?:of\s+|for\s+)?[A-Z][\w-]+){1,5}",
                                           s.text[amount.end:])
                                  or re.search(r"\bfrom\s+(?:the\s+)?[A-Z][\w-]+(?:\s+(?:of\s+|for\s+)?[A-Z][\w-]+){1,5}\s+(?:in\s+the\s+amount\s+"
                                               r"of|worth|totall?ing|of)\s+" + APPROX + "$", s.text[max(0, amount.start - 120):amount.start])) \
                    and not any(a.start > amount.end and a.start - amount.end <= 60 or 0 < amount.start - a.end <= 100 for a in agents
                                if a.match.entity not in (ukraine, adversary)):
                continue
            # (a body the workspace does not know named right after the sum as its giver leaves no other to guess, however many
            # are named before: "Pledges include …, $500m from China, and $600m from the Asian Development Bank")
            unknown_from = re.match(_RESTATED + r"\s+from\s+(?:the\s+)?[A-Z][\w-]+(?:\s+(?:of\s+|for\s+)?[A-Z][\w-]+){1,5}",
                                    s.text[amount.end:]) if giver is None else None
            if unknown_from is not None and not any(amount.end <= a.start < amount.end + unknown_from.end() for a in agents) \
                    and not any(names.search(unknown_from.group(0)) for names in domain().instruments.values()) \
                    and not (re.search(r"\b(?:Fund|Facility)\b", unknown_from.group(0))
                             and any(a.end <= amount.start and a.match.type == "organization" for a in agents)):
                continue  # (but a fund whose money is an organisation's gives as it: "€20m from the European Peace Facility"; and an
                # organisation named giving before it gives from its own fund: "The United Nations has announced the release of US$5.5
                # million from the Central Emergency Response Fund")
            # (a state a sum went to before is no giver of the next: "some $5 million will be donated to Afghanistan, and
            # another $2 million to the Ukraine")
            went_to = [a for a in agents if _sent_to(s.text, a.start) and any(m.end <= a.start for m in money)]
            # (the agent of a giving participle right after the sum is its giver, whoever the clause named before it: "the staff of
            # the Embassy of … China … attended the handing over ceremony of the MNT 391.6 million donation raised by government
            # organizations, 43 businesses, and 188 citizens of Mongolia")
            agent_after = _passive_agent(s.text, amount, agents, money, (ukraine, adversary), close=True) if giver is None else None
            donors = [agent_after] if agent_after is not None else [giver] if giver is not None and giver.match.entity != ukraine else \
                [m for m in agents if max(previous_end, clause) <= m.start < amount.start and m not in partners and m not in went_to
                      # (nor a body whose mechanism the aid goes through: "Through the EU civil protection mechanism Slovenia will
                      # send EUR 163,000 worth of sleeping bags …")
                      and not re.search(r"\b(?:[Tt]hrough|[Vv]ia)\s+(?:the\s+|an?\s+)?$", s.text[max(0, m.start - 14):m.start])
                      and not _given_to(s.text[m.end:amount.start])
                      and (recipient is None or m.match.entity != recipient.match.entity)
                      and m.match.entity != ukraine]  # (the aid's recipient gives none, and leaves the giver to be found:
            # "the amount of military assistance provided to Ukraine is now over $710 million")
            # someone other than the recipient receives the money, from no giver named: no donor to guess ("Budapest's
            # actions cause anxiety, as the EU fund is set to receive up to $3.26 billion … from the profits of frozen assets")
            # (never a state receiving it: see receivers above)
            fund_receives = receives and giver is None and partly is None and not other_receives and not recipient_receives \
                and not any(
                # (never where a giver of its own gives the sum after the receiving: "the Philippines was the first country to
                # receive assistance from the program when Japan pledged $4 million in … radars")
                receives.end() <= d.start and re.fullmatch(rf"\s+(?:[a-z]+\s+){{0,2}}?{_GIVING_VERBS}\s+(?:(?:[\w-]+\s+){{0,3}}?)?" + APPROX,
                                                           s.text[d.end:amount.start]) for d in donors)
            if fund_receives:
                donors = []
            elif not donors and i == 0:
                donors = [m for m in agents if m.start < amount.start and m not in partners and not _given_to(s.text[m.end:amount.start])
                          and (recipient is None or m.match.entity != recipient.match.entity)]
            previous_start, previous_end = previous_end, amount.end
            adjust: tuple[str, ...] = ()
            part_of = out[-1] if out and re.search(r"\b(?:of\s+which|including)\s+" + APPROX + "$",
                                                  s.text[max(0, amount.start - 40):amount.start]) else None
            if part_of is None and self.last_package is not None and amount.value < Decimal(str(self.last_package.fields["amount"])) \
                    and self.last_package.fields.get("currency") == amount.currency and re.search(
                        r"\b(?:full|fair|whole|proportional|national)?\s*share\s*(?:of\s+(?:it|this|that|the\s+\w+)\s*)?[(,:]?\s*"
                        r"(?:approx(?:imately|\.)?\s+|about\s+|around\s+|some\s+)?$", s.text[max(0, amount.start - 45):amount.start]):
                share_of_whole = self.last_package  # "we will pay our full share (approx €10 million)" of the EU's €500 million
            else:
                share_of_whole = None
            if part_of is None and out and out[-1].span[1] >= amount.start - 40 and amount.value < Decimal(str(out[-1].fields["amount"])) \
                    and re.search(r",\s+with\s+" + APPROX + "$", s.text[out[-1].span[1]:amount.start]) \
                    and not any(out[-1].span[1] <= a.start < amount.start for a in agents
                                if recipient is None or a.match.entity != recipient.match.entity):
                part_of = out[-1]  # "more than $200 million for Ukraine, with $185.6 million in defence assistance": a part of it
            if part_of is None and out and amount.value < Decimal(str(out[-1].fields["amount"])) and re.search(
                    r"\b(?:divided|split|broken\s+down|distributed)\s+(?:into|among|between|as\s+follows)\b[^.;]{0,60}:\s*" + APPROX + "$",
                    s.text[out[-1].span[1]:amount.start]):
                part_of = out[-1]  # "The allocated €100 million will be divided into two main channels: €80 million will fund …"
            # (or set off by a dash after the whole, and the next joined to it: "a new aid package … worth almost 10 million euros —
            # 5.3 million euros will go to the reconstruction of Ukraine and 4.3 million to support the armed forces")
            dashed = next((c for c in reversed(out) if c.share_of is None), None)
            if part_of is None and dashed is not None and amount.value < Decimal(str(dashed.fields["amount"])) and (
                    re.fullmatch(r"\s*[—–]\s*" + APPROX, s.text[dashed.span[1]:amount.start])
                    or (out[-1].share_of is dashed and re.fullmatch(r"[^.;—–]{0,80}?\band\s+" + APPROX, s.text[out[-1].span[1]:amount.start]))):
                part_of = dashed
            # ("Of this, 22.5 billion … as military support, and 12.5 billion … as humanitarian": every part a share)
            # ("The contract includes an initial £1.16 billion commitment, with potential for an additional £500 million":
            # every part the sentence gives after one is a part too)
            if part_of is None and (not out or all(c.share_of is self.last_package for c in out)) \
                    and self.last_package is not None and (re.search(
                    r"\b(?:package|contribution|aid|contract|deal|order|agreement)\b[^.;]{0,40}\b(?:which\s+)?"
                    r"(?:includ\w+|encompass\w*|allocat(?:es|ed)|"
                    r"comprises?|contains?|consists?\s+of|covers?)\b", s.text[:amount.start])
                    # "Most of the funds, SEK 900 million, will go to …", "Of this package, 900 million kronor …"
                    or shares_last) \
                    and amount.value < Decimal(str(self.last_package.fields["amount"])):
                part_of = self.last_package  # "… the new aid package, which includes … $10 million in humanitarian aid"
            # (a part its own giver, named first, takes "of the package": "The United States has pledged $20 billion of the
            # package" after the G7's $50 billion is the United States' part of it)
            own_part = part_of is not None and bool(donors) and all(
                d.start < amount.start and d.match.entity != part_of.fields.get("donor") for d in donors) \
                and re.match(r"\s+of\s+(?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}?(?:package|loan|fund|aid|sum|total)\b",
                             s.text[amount.end:]) is not None
            # (a giver named right after the part is its own: "… 200 million euros of emergency aid have been collected, including
            # 20 million euros from Germany")
            from_own = next((a for a in agents if a.start > amount.end and a.match.entity != part_of.fields.get("donor")
                             and re.fullmatch(_RESTATED + r"\s+from\s+(?:the\s+)?", s.text[amount.end:a.start])), None) \
                if part_of is not None else None
            if from_own is not None:
                donors, part_of = [from_own], None
            if part_of is not None and not own_part:  # "3.5 billion euros …, of which 2 billion euros this year": the whole's donor
                donors = [Mention(0, 0, part_of.matches[0])]
            if not donors and i == 0 and self.article_donor and re.match(r"\s*The\s+Government\b", s.text):
                # "The Government will also provide a further $7m …" on a New Zealand page after Australia's $50m: the page's
                # own government (capitalised as its press writes it), not the last giver named
                donors, adjust = [Mention(0, 0, self._assumed_country(self.article_donor))], ("donor-of-article",)
            if not donors and i == 0 and re.search(r"(?:^|,\s+)(?:[Tt]he\s+)?Government\s+(?:(?:will|would|has|have|had|shall|also)\s+)+"
                                                   r"[a-z]+\s+$", s.text[:amount.start]):
                # (or, after a fronted clause, the one state whose government the page named so: "The Government of Mauritius
                # has taken note …" then "As an expression of its solidarity …, Government will donate USD 200 000 …")
                page = " ".join(self.paragraph_texts.values())  # (joined once: each mention's words before it are read from it)
                governed = {self.g.state_of(m.match).entity for m in self.finder.find(page)
                            if m.match.type == "country" and re.search(r"\bGovernment\s+of\s+(?:the\s+)?$", page[max(0, m.start - 20):m.start])}
                if len(governed) == 1:
                    donors, adjust = [Mention(0, 0, self._assumed_country(str(next(iter(governed)))))], ("donor-of-article",)
            # "It will include … worth 100 million euros"; (or "the country" as the giving clause's subject after its reporter:
            # "Citing the DFA, the PCO said the country would be sending $200,000 cash donation to Syria" after "… said the
            # Philippines will provide … aid to Syria")
            # (or the state's fund named before: "The fund had provided similar assistance last year, …" after "Qatar Fund for
            # Development (QFFD) has announced a financial grant …")
            # (or the giver named by a noun or a possessive before the sum: "He said the amount would be added to former contributions
            # made by the Gulf nation exceeding USD 150 million", "… adding that his country has made total contribution of over
            # USD 600 million" after Saudi Arabia's pledge)
            if not donors and i == 0 and self.last_donor is not None and not agents and re.search(
                    r"\b(?:(?:by|from)\s+the\s+(?:[A-Z][\w-]*\s+)?|(?:his|her)\s+)(?:nation|country|kingdom)\b[^.;]{0,60}$",
                    s.text[:amount.start]):
                donors, adjust = [self.last_donor], ("donor-from-previous",)
            if not donors and i == 0 and self.last_donor is not None and (_ANAPHORIC_DONOR.match(s.text) or re.search(
                    r"\b(?:said|says|announced|stated)\s+(?:that\s+)?the\s+(?:country|government)\s+(?:would|will)\s+(?:be\s+)?[a-z]+\b"
                    r"[^.;]{0,20}$", s.text[:amount.start])
                    or (self.donor_fund and re.match(r"\s*(?:The|This)\s+(?:[A-Z][\w-]*\s+)?[Ff]und\s+(?:has|had|will|would|also|then|"
                                                     r"provided|gave|granted|donated|supplied)\b", s.text))):
                donors, adjust = [self.last_donor], ("donor-from-previous",)
            givers_named = [a for a in agents if a not in partners and a not in went_to and a.match.entity != ukraine]
            # (or all the alliance's members a pronoun stands for, the previous sentence's subject: "The NATO members will show
            # with their summit declaration that …" then "They have made 40 billion Euros available to Kiev annually")
            if not donors and i == 0 and not givers_named and re.match(r"\s*They\s+(?:have|had|will|would|also|[a-z]+ed)\b", s.text) \
                    and self.previous_sentence is not None and self.previous_sentence[0].paragraph == s.paragraph \
                    and _ALL_MEMBERS.match(self.previous_sentence[0].text) and (alliance := self._alliance()) is not None:
                donors, adjust = [Mention(0, 0, self._assumed_country(alliance))], ("donor-from-previous",)
            if not donors and i and out and not givers_named:
                donors = [Mention(0, 0, out[-1].matches[0])]  # "… encompasses £160m for repairs and over £250m for …"
            # (or the second of two sums joined by "and" in the clause that gave the first its giver: "while the United
            # States has allocated €50 billion for financial and humanitarian aid and €64 billion for military")
            if not donors and i and out and Decimal(str(out[-1].fields["amount"])) == money[i - 1].value \
                    and re.fullmatch(r"[^.;,]{0,60}?\band\s+" + APPROX, s.text[money[i - 1].end:amount.start]) \
                    and not [a for a in agents if money[i - 1].end <= a.start < amount.start]:
                donors = [Mention(0, 0, out[-1].matches[0])]
            # (the states named after the sum, where it goes, do not count: "… which had initially pledged £6m to help announced
            # that they will provide an extra £12m of support for survivors … in Mozambique, Malawi and Zimbabwe"; a body named
            # after it still does: "… a total of US$4.5 billion, including this additional support and a loan from the World Bank")
            if not donors and i and out and len({m.match.entity for m in agents if m not in partners
                                                and not (m.start > amount.end and m.match.type == "country")
                                                and (recipient is None or m.match.entity != recipient.match.entity)}) == 1:
                donors = [Mention(0, 0, out[-1].matches[0])]  # "Sweden has committed 80 billion …, with … a total of 29.5 billion"
            receiving = giver is None and receives and partly is None  # "receives … from" a giver not known: no guess (but where
            # another gives only some of it, the page's giver gives the rest)
            lead_at = max(previous_start, clause)
            collective = re.search(rf"\b(?:{_COLLECTIVE}|partners)\b",  # "member states agreed to pledge …", "this Contact Group has …"
                                   s.text[lead_at:amount.start], re.I)
            # (some of them counted, never the whole group: "Five countries confirmed allocation of $1 billion …" on a page about
            # NATO's PURL is no NATO money, and its givers are not named; "The 27 member states agreed …" are all of them)
            named_at = lead_at + collective.start() if collective is not None else 0
            some_of = collective is not None and re.search(
                rf"(?<!\bthe\s)(?<!\ball\s)\b(?:\d+|{'|'.join(_COUNTS)}|{_SOME})\s+(?:[\w-]+\s+){{0,2}}$",
                s.text[max(0, named_at - 40):named_at], re.I) is not None
            alliance = self._alliance()
            if not donors and i == 0 and not receiving and collective and alliance is not None and self.main_org == alliance \
                    and alliance in self.g.group_labels and _all_allies_agree(s.text[max(previous_start, clause):amount.start]) \
                    and not [a for a in agents if a not in partners and a.match.entity not in (ukraine, alliance)]:
                # "A communique … said the allies intend to provide Ukraine with at least 40 billion euros" on a page about the
                # alliance: all its members agreeing, the alliance's figure (not "Ukraine's allies", "eight allies")
                donors = [Mention(0, 0, self._assumed_country(alliance))]
            if not donors and i == 0 and not receiving and not collective and not givers_named:
                # "Prime Minister Anthony Albanese announced the 110 million Australian dollars package": the
                # country whose office the person named in the sentence holds
                # (or the one "him" stands for: "According to him, food items will be sent to Ukraine …, with a value of
                # approximately 10 million RON" after the government's spokesman was named)
                people = self._people(s.text, mentions) + ([self.last_person] if self.last_person is not None and re.match(
                    r"\s*According\s+to\s+(?:him|her),", s.text) else [])
                office = self._office_country(people, (ukraine, adversary))
                # (or the body whose institution's office the person holds: "Von der Leyen started the fundraising by pledging one
                # billion euros …", the Commission's president pledging the Union's money)
                held_at = next((o for p in people if (o := self.person_orgs.get(self._key(p.match))) and self.g.types.get(o) != "country"),
                            None) if not office else None
                institution_owner = self._instrument_owner(self.g.labels.get(held_at, held_at.replace("-", " ").title())) \
                    if held_at else None
                office = office or institution_owner
                if office:
                    donors = [Mention(0, 0, self._assumed_country(office))]
                    adjust = ("donor-from-office",)
            if not donors and not collective:
                # "Approximately two million euros are expected to be spent on the project by Iceland": a passive's agent
                # (of a later amount too, no other between: "received only $75 billion of the $177 billion in military aid
                # approved by the United States")
                by = _passive_agent(s.text, amount, agents, money, (ukraine, adversary))
                if by is not None:
                    donors = [by]
            # (the recipient receiving under the fund too: "Ukraine received €4.1 billion under the Ukraine Facility program"; or
            # another state receiving from it: "Rwanda will get additional support worth €20m from the European Peace Facility")
            if not donors and i == 0 and (not receiving or any(m.match.type == "country" for m in receivers)):
                # "… agreed a €5.6bn package of military assistance to Ukraine under the European Peace Facility": the fund's
                # organisation, where no state in the amount's clause gives it
                window = s.text[max(previous_start, clause):amount.end + 120]  # (previous_start: the amount before's end)
                fund_owner = self._instrument_owner(window)
                # (or the same sum named with its instrument elsewhere on the page: "the approved 90 billion euros in joint
                # borrowing", then "The use of the loan will not immediately amount to 90 billion euros")
                fund_owner = fund_owner or self.instrument_sums.get((amount.value, amount.currency))
                fund_owner = fund_owner if fund_owner is None or self.g.types.get(fund_owner) else None
                if fund_owner is not None:
                    donors = [Mention(0, 0, Match(self.g.labels.get(fund_owner, fund_owner), fund_owner, self.g.types[fund_owner],
                                                  100.0, "label"))]
                    adjust = ("donor-of-instrument",)
            # (nor where the sentence names that country after the amount, as what the money is for: "an $8 billion aid
            # package aimed at averting Chinese aggression against Taiwan" in an article mostly about Taiwan)
            # (a fund or coalition the money goes to, and who leads it, gives none: "$15 million towards a United States and NATO
            # initiative", "$4 million will go to the drone capability coalition …, led by the United Kingdom and Latvia")
            destined = [a for a in agents if a.start > amount.end and re.match(r"['’]?s?\s+(?:[Ss]ummit|[Mm]eeting|[Cc]onference)\b",
                                                                               s.text[a.end:])]  # ("ahead of this week's NATO Summit")
            destined += [a for a in agents if a.start > amount.end and re.search(
                r"\b(?:towards?|into|via|through|led\s+by|run\s+by|administered\s+by)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,6}$|,?\s+and\s+$",
                s.text[max(0, a.start - 60):a.start]) and re.search(r"\b(?:towards?|into|via|through|led\s+by|run\s+by|administered\s+by|fund|"
                                                                    r"coalition|initiative)\b", s.text[amount.end:a.start])]
            # (a group's members agreeing are the group, on a page about its giving: "the 27 member states agreed early Friday
            # morning to a €90 billion loan package for Kyiv")
            if not agents and re.search(r"\b(?:[Tt]he|[Tt]his)\s+(?:total\s+(?:volume|value|size)\s+of\s+the\s+)?(?:package|bill|aid)\b",
                                        s.text[:amount.start]):
                paragraph_text = self.paragraph_texts.get(s.paragraph, "")
                told_before = paragraph_text[:max(0, paragraph_text.find(s.text.strip()))] or self.paragraph_texts.get(s.paragraph - 1, "")
                aided = {b.match.entity for b in self.finder.find(told_before) if b.match.type == "country"} - {self.article_donor}
                # (money voted, that is: a giver's aid sent to two states is its own, "… sending aid to Egypt and Sudan …" then
                # "The aid sent today amounts to around 30 billion rupees")
                voted = re.search(r"\b(?:House|Senate|Congress|[Pp]arliament|[Ll]awmakers|[Bb]ill|voted|passed|approved)\b", told_before)
                if voted and (len(aided) >= 3 or (len(aided) >= 2 and ukraine not in aided)):
                    continue  # "The US House of Representatives approved aid to Ukraine. Israel and Taiwan. The total volume of
                    # the package amounted to $95bn.": a package voted for several recipients, no one's pledge
            society_gives = _body_gives(s.text, amount, agents)
            # (a later sum the page calls its government's: "Donations … have reached about S$2 million, which includes the
            # Government’s contribution of US$100,000")
            governments = re.search(r"\b[Tt]he\s+[Gg]overnment['’]s\s+(?:own\s+)?(?:contribution|donation|pledge|grant)\s+of\s+" + APPROX + "$",
                                    s.text[max(0, amount.start - 60):amount.start])
            # (never the state this sum goes to: "… a directive to transfer a US$2 billion deposit to the Central Bank of Yemen" on a
            # page that names Yemen most)
            if not donors and (i == 0 or governments) and (not receiving or other_receives) \
                    and not (recipient is not None and recipient.match.entity == self.article_donor) \
                    and not (collective and (self.article_donor not in self.g.group_labels or some_of)) \
                    and not society_gives and self.article_donor and not any(
                    a.match.entity == self.article_donor and a.start > amount.end
                    and re.search(r"\b(?:against|to|for)\s+(?:the\s+)?$", s.text[max(0, a.start - 12):a.start]) for a in agents) and not any(
                    a.match.entity not in (ukraine, self.article_donor) for a in agents if a not in partners and a not in destined
                    # (nor the one given to, as a passive's subject: "… the Southeast Asian country being awarded a ¥600 million grant")
                    and not (a.end <= amount.start and _given_to(s.text[a.end:amount.start]))):
                # "It increases the total support … to DKK 64.8 billion" under "Denmark increases Ukraine aid …"
                donors = [Mention(0, 0, self._assumed_country(self.article_donor))]
                adjust = ("donor-of-article",)
            # (nor one named in brackets before the amount: "(including contributions from Europe, the U.S., and other donors), only
            # €32.5 billion was allocated in 2025")
            donors = [d for d in donors if not any(b.start() < d.start < b.end() <= amount.start for b in re.finditer(r"\([^()]*\)", s.text))]
            # (nor one named only in an inset between commas after another giver: "while France, with a population slightly bigger
            # than Italy’s, has sent $2.7 billion" is France's)
            insets = [b for b in re.finditer(r",\s+(?:with|like|unlike|than|whose|compared\s+(?:to|with))\b[^,;]*,", s.text)
                      if b.end() <= amount.start]
            donors = [d for d in donors if not any(b.start() < d.start < b.end() and any(o.end <= b.start() for o in donors)
                                                   for b in insets)]
            donors = [d for d in donors if d.match.entity != ukraine]  # the aid's recipient gives none ("The Ukraine aid will
            # be combined with funding for Israel and Taiwan, for a package totaling $95 billion")
            if i in paired:
                donors = [paired[i]]
            lead40 = s.text[max(0, amount.start - 60):amount.start]
            bracket = re.search(r"\(([^()]*)$", s.text[:amount.start])
            if bracket and re.match(r"[^()]*\brespectively\s*\)", s.text[amount.start:]):
                continue  # "(4.99 and 4.20 billion euros, respectively)": the figures before it in another currency
            if re.search(r"\b(?:averag(?:ed|ing|es)|an?\s+average\s+of|on\s+average)\s+(?:of\s+)?" + APPROX + "$", lead40) \
                    or re.search(r"\b(?:exceed(?:s|ed|ing)?|outstrip\w*|surpass\w*)\b[^.;]{0,80}\bby\s+" + APPROX + "$",
                                 s.text[max(0, amount.start - 120):amount.start]) \
                    or re.match(r"[^.;]{0,30}?\b(?:would|will|still)\s+(?:need|have)\s+to\s+be\s+(?:allocated|provided|found|raised)\b",
                                s.text[amount.end:]) \
                    or re.match(r"\s+(?:in|of)\s+(?:\w+\s+)?(?:savings|cuts|spending\s+cuts)\b", s.text[amount.end:]) \
                    or (re.search(r"\ba\s+total\s+of\s+" + APPROX + "$", lead40) and (
                        len({a.match.entity for a in agents if a.match.type == "country" and a.end <= amount.start
                             and a.match.entity != ukraine}) >= 3
                        or re.match(r"\s*(?:They|These\s+countries|The\s+countries)\b", s.text))):
                continue  # an average, a difference ("exceeds … by €4.4 billion"), what would still need to be allocated, savings
                # ("as he works to secure €40 billion in savings"), and
                # several givers' total ("eight NATO countries, namely Belgium, Canada, …, providing a total of €1.9 billion",
                # "They allocated a total of EUR 1.9 billion"): no one's pledge
            if re.search(r"\b(?:in\s+)?(?:packages|batches|tranches)\s+of\s+" + APPROX + "$", s.text[max(0, amount.start - 40):amount.start]) \
                    or re.match(r"[-\s]*(?:million|billion)?[-\s]*(?:batches|tranches)\b", s.text[amount.end:]) \
                    or re.search(r"\btotal\b[^.;]{0,40}\bpledged\s+by\s+(?:NATO\s+|the\s+)?(?:countries|allies|members|partners|nations)\b"
                                 r"[^.;]{0,20}$", s.text[max(0, amount.start - 90):amount.start]):
                continue  # "(usually in packages of about $500 million)", "$500-million batches", "brings the total in PURL funds
                # pledged by NATO countries to about $3.3 billion": a scheme's size or total, no one's pledge
            # (the pledges' own subject first: "The new pledges of military aid announced today through the UDCG total over 21
            # billion euros")
            if re.search(r"\b(?:commitments|pledges|contributions)\s+(?:of\s+(?:[\w-]+\s+){1,3})?(?:made|announced|received|secured|"
                         r"collected|gathered)\b[^.;]{0,60}?"
                         r"\b(?:amount(?:s|ed)?\s+to|total(?:s|led|ling|ed)?|reach(?:es|ed)?|exceed(?:s|ed)?|came\s+to|come\s+to|stand\s+at|"
                         r"stood\s+at)\s+" + APPROX + "$", s.text[max(0, amount.start - 140):amount.start]):
                continue  # "Meloni announced that commitments made during the day amount to over ten billion euros": a
                # conference's tally of everyone's commitments, no one giver's
            if re.search(r"\b(?:[Dd]onations?|[Cc]ontributions)\s+(?:to|in|into)\s+(?:a|the|its)\s+(?:special\s+)?(?:bank\s+)?(?:account|fund|"
                         r"fundraising\s+appeal|appeal)\b"
                         r"[^.;]{0,30}?\b(?:reached|reaching|totall?ed|stood\s+at|amounted\s+to|topped|came\s+to|hit|hitting|"
                         r"exceed(?:ed|ing)|surpass(?:ed|ing))\s+" + APPROX + "$",
                         s.text[max(0, amount.start - 120):amount.start]) \
                    or re.match(r"\s+(?:was\s+|were\s+|has\s+been\s+|have\s+been\s+)?raised\s+(?:in|through|from)\s+(?:public\s+)?donations\b",
                                s.text[amount.end:]):
                continue  # "donations to a special account reached NT$678 million (US$24 million) today", "US$24 million raised in
                # donations": what the public gave, no state's pledge
            if re.search(r"\b(?:[Aa]t\s+the\s+time\s+of\s+(?:its\s+)?launch|[Ii]nitially|[Oo]riginally|[Aa]t\s+(?:its|the)\s+(?:launch|"
                         # (not across a "but" that sets the sum against it: "The percentage initially seemed to be slightly
                         # lower, but because some 611 million euros will be provided for military aid to Ukraine …")
                         # (nor a giver's first package, "initially" its verb's, nor a later one said to add to it: "The United
                         # Kingdom which had initially pledged £6m to help announced that they will provide an extra £12m")
                         r"outset|start))\b(?!\s+(?:pledged|promised|offered|committed|donated|gave|announced|allocated|sent)\b)"
                         r"(?:(?!\bnew\b|,\s+but\b|\b(?:extra|additional|further)\b)[^.;]){0,80}$",
                         s.text[max(0, amount.start - 120):amount.start]) \
                    or re.search(r"\b(?:consider(?:ing|s|ed)?|mull(?:ing|s|ed)?|weigh(?:ing|s|ed)?)\s+(?:an?\s+)?(?:increas|rais|allocat|"
                                 r"provid|giv)\w*\b[^.;]{0,80}$", s.text[max(0, amount.start - 120):amount.start]):
                continue  # "At the time of launch, the program provided for … 75 billion Norwegian kroner …", "initially its total
                # amount was 75 billion kroner": the figure a programme started from, no fact now; "was considering increasing
                # the amount … to about $2.7 billion": a plan weighed, no pledge
            if re.search(r"\b(?:Ukraine|Kyiv|Kiev)\s+has\s+(?:now\s+|already\s+|so\s+far\s+)?received\s+(?:in\s+total\s+)?" + APPROX + "$",
                         s.text[max(0, amount.start - 60):amount.start]) \
                    and not re.match(r"[^.;]{0,60}\bfrom\s+(?:the\s+)?[A-Z]", s.text[amount.end:]):
                continue  # "… Ukraine has received more than $88 billion in security assistance commitments": all its givers', no one's
            if re.search(r"\b(?:conference|appeal|campaign|fundraiser|telethon|summit|event|drive|initiative)\b[^.;]{0,140}\b(?:raised|collected|"
                         r"received|mobili[sz]ed|drew|gathered)\s+(?:a\s+total\s+of\s+|in\s+total\s+)?" + APPROX + r"(?:U\.?S\.?\s*)?$",
                         s.text[max(0, amount.start - 230):amount.start]):
                continue  # "Slovenia has contributed a million euros at an international donor conference …, which raised a total of
                # EUR 9.1 billion", "An international conference on Thursday to raise funds … received about U.S. $600 million in
                # pledges led by donations from the United States …", "the initiative launched by FM Annalena Baerbock and Defense
                # Minister Boris Pistorius has already raised almost one billion euros": what all its donors gave, no one's pledge
            if re.search(r"\b(?:one\s+of\s+)?the\s+(?:[\w-]+\s+)?(?:largest|biggest|top|leading|main|major|greatest)\s+(?:[\w-]+\s+)?"
                         r"(?:donors?|contributors?|funders?)\s+(?:to|of)\s+(?:the|its|this|that)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:fund|facility|appeal|agency|programme|program)\b[^.;]{0,60}$", s.text[max(0, amount.start - 160):amount.start]):
                continue  # "Britain is one of the largest donors to the fund, committing £52 million in 2023": its share of a body's
                # fund for every crisis, no pledge to this page's recipient
            if not donors:
                orphans.append(amount)
                continue
            donor = donors[0] if i == 0 else donors[-1]
            if i and len(donors) > 1 and all(_LIST_SEP.fullmatch(s.text[a.end:b.start])
                                             for a, b in pairwise(donors)):
                donor = donors[0]  # "…, followed by a joint effort from Denmark, Norway, and Sweden contributing $495 million": the
                # list's first (its others joined below), not its last
            # "Rutte has hailed The Netherlands’ decision to purchase 500 million euro worth …": whose decision it is
            # ("the EU’s planned 90-billion-euro support package": its planned one)
            owner = next((d for d in donors if re.match(r"\s*(?:['’]s?|['’])\s+(?:[\w-]+\s+){0,3}?(?:decision|plan|pledge|commitment|offer|"
                                                      r"package|contribution|donation|purchase|initiative)s?\b", s.text[d.end:])), None)
            if owner is not None:
                donor = owner
            # (or a list of givers that ends "and others": "The United States, European Union and others pledged $600 million in
            # additional funds")
            if (re.match(r"\s+and\s+(?:its\s+|their\s+)?other\s+(?:\w+\s+)?(?:members|allies|partners|countries|nations|donors)\b",
                         s.text[donor.end:]) and not any(d.match.entity in self.g.group_labels for d in donors)) \
                    or re.search(r"\band\s+(?:many\s+|several\s+|various\s+)?others\s+(?:have\s+|had\s+|also\s+)?(?:pledged|committed|"
                                 r"promised|gave|provided|contributed|offered)\b[^.;]{0,30}$", s.text[donor.end:amount.start]):
                continue  # "The United States and other members of the Contact Group have in total committed …": all of theirs
            group = next((d for d in donors if d.match.entity in self.g.group_labels), None)
            if group is not None and re.fullmatch(r"\s*(?:and|,)\s+(?:its|their|other|fellow)\s+", s.text[donor.end:group.start]):
                donor = group  # "Canada and its G7 allies have reached a deal that would see US$50 billion loaned"
            each = re.match(r"\s+(?:each|apiece)\b", s.text[amount.end:])
            remaining = re.search(r"\b(?:the\s+)?(?:remaining|rest\s+of\s+the)\s+" + APPROX + "$", s.text[max(0, amount.start - 30):amount.start])
            named = list(dict.fromkeys(d.match.entity for d in donors if d not in partners))
            if remaining and len(named) > 1:
                donor = next(d for d in donors if d.match.entity == named[0])  # a figure several share: the first named
            if donor.match.entity not in self.g.group_labels and re.search(  # (the G7's leaders are the G7)
                    # (never the agent of a passive: "The $16m announced by the coalition will provide …", a government's)
                    rf"(?<!\bby\sthe\s)\b(?:{_COLLECTIVE})\s+(?:\w+\s+){{0,2}}(?:agreed|pledged|committed|promised|decided|commit|pledge|promise|"
                    r"provide)\b", s.text[donor.end:amount.start]):
                continue  # "Iceland's contribution is in accordance with … where member states agreed to pledge at least …"
            if re.search(rf"\b(?:the\s+)?(?:{_REGIONS})\s*(?:,|and)\s*(?:(?:the\s+)?(?:{_REGIONS})\s*(?:,|and)\s*)*(?:the\s+)?$",
                         s.text[max(0, donor.start - 60):donor.start]):
                continue  # "Aid from the Nordics, Baltics and Poland totals around 24 billion euros": a region's, not Poland's
            code = self.g.code_of(donor.match.entity)
            # (a ranking that gives several donors' sums in brackets, "… ($37.2bn), the UK ($7.5bn), … Canada ($5.1bn)", counts them
            # all in one currency, the US dollar its first "$" is)
            ranked = amount.currency == "?dollar" and len(re.findall(r"\(\s*\$\s?\d", s.text)) >= 3
            # (a sum in a currency the giver and the recipient may both write, in the recipient's: "The US government has given
            # Malawi K4 billion")
            local = self.g.code_of(recipient.match.entity) if recipient is not None else None
            # (a bare "$" restated in US dollars in brackets is no US dollar, whatever else the page writes: "another $8 million
            # (US$5.36 million)" from Australia)
            in_us = i + 1 < len(money) and money[i + 1].currency == "USD" and _is_conversion(s.text, amount, money[i + 1]) \
                and re.match(r"\s*\(\s*(?:US\$|USD)", s.text[amount.end:]) is not None
            settled = settle(amount, "USD" if ranked else national_currency(code) if code else None,
                             (self.explicit_dollars or ranked) and not in_us, national_currency(local) if local else None)
            if settled is None:  # "crowns" from a donor whose currency is no crown: not read as money
                continue
            if amount.currency == "?dollar" and settled.currency != "USD":
                adjust += ("dollar-of-donor",)  # "Canada pledged $500 million" in copy that never says which dollar
            amount = settled
            # "a deal worth up to €1.9 billion (£1.6 billion)" from the UK: the donor's own currency in brackets is the
            # figure the deal was made in, the one before it the outlet's conversion (kept as a restatement)
            following = money[i + 1] if i + 1 < len(money) else None
            own_currency = national_currency(code) if code else None
            converted_from = None
            if following is not None and own_currency and amount.currency != own_currency \
                    and following.currency == own_currency and _is_conversion(s.text, amount, following) \
                    and not re.match(r"\s*(?:\(\s*|,?\s*or\s+)(?:around|about|approximately|approx\.?|roughly|some|nearly|almost|ca\.|~)",
                                     s.text[amount.end:]) \
                    and not _significant_digits(amount.value) < _significant_digits(following.value):
                # (not where the bracket only approximates: "EUR 5 million (around SEK 50 million)", "USD100,000 or approximately PHP5
                # million", the first is the figure; nor where it
                # is the exact conversion of a round sum: "US$100,000 (S$135,618)" is the sum decided, in dollars)
                converted_from, amount = amount, following
            # (a part of a package read before is aid as its whole is: "1.5 million euros of the funds are earmarked for …")
            if recipient is None and not self.names_recipient and self.aid_to is None and self.page_destination is None \
                    and part_of is None and not re.search(
                    r"\b(?:aid|assistance|support|packages?|loans?|donat\w*|donors?|pledg\w*|contribut\w*|gifts?|grants?|relief|"
                    r"funding)\b", s.text, re.I):
                continue  # "2017 million euros were allocated …" in a story about Montenegro's own budgets: an article that never
                # names the default recipient gives it nothing unless the sentence speaks of giving ("Norway will provide $691
                # million in military aid": the recipient assumed, and said to be)
            if recipient is None and not self.names_recipient and re.match(
                    r"[^.;]{0,80}?\bto\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:Department|Ministry|Office|Treasury|Agency)\s+(?:of|for)\s+[A-Z]",
                    s.text[amount.end:]):
                continue  # "President Lazarus Chakwera has donated K120 million … to the Department of Disaster Management Affairs": a
                # state's own department, named with no state, given to at home; no aid to another
            if recipient is None and not self.names_recipient and self.aid_to is None and "donor-of-article" in adjust \
                    and not re.search(_PART_OF_BEFORE, s.text[max(0, amount.start - 40):amount.start]) and self.page_destination is None:
                continue  # "… the European SAFE instrument, which provides loans for 150 billion euros" in a story about Italy's
                # budget: no giver named, no recipient named in the whole article, nothing known of whose sum it is (but the
                # page's giver on a page that said whom its aid is for gives to that state: "His Highness the Amir … had
                # announced a pledge of USD 500 million" after "humanitarian pledges for Syrians")
            self.last_donor = donor
            self.donor_fund = any(m.match.entity == donor.match.entity and re.match(
                r"['’]?s?\s+(?:(?:National|Development|Sovereign)\s+)?Fund\b", s.text[m.end:]) for m in mentions)
            if recipient is not None and recipient.match.entity != ukraine:
                self.aid_to = recipient.match.entity
            # a sentence naming no recipient, after aid to another state than the default: that state's still ("… worth €40
            # million for the … Republic of Moldova. This assistance measure will complement the €7 million assistance measure
            # adopted in December 2021 …")
            unnamed_to = self.aid_to if recipient is None and not any(m.match.entity == ukraine for m in mentions) else None
            unnamed_to = unnamed_to or (self.page_destination if recipient is None and not self.names_recipient else None)
            fields: dict[str, object] = {"donor": donor.match.entity,
                                         "recipient": recipient.match.entity if recipient else unnamed_to or ukraine,
                                         "amount": str(amount.value), "currency": amount.currency,
                                         # figure kind, aid type, status as worded in the amount's own sentence (a
                                         # quotation over several paragraphs is read as one: "… about €112 million …
                                         # In total, Latvia will provide … drones" is no running total)
                                         **domain().pledge_reading(sentence_at(s.text, amount.start))}
            if len(money) > 1:  # the kind of figure as this amount's own clause words it ("secured €13.2 million …,
                # devoting a total of €90 million": a package, then a running total)
                # (never cut at the same sum restated in another currency: "more than RM70 million (US$17 million) in … assistance to
                # Palestine since 2024" is a running total)
                later = [m for m in money if m.start > amount.end]
                while later and _is_conversion(s.text, amount, later[0]):
                    later = later[1:]
                after = later[0].start if later else len(s.text)
                start = max([previous_start] + [b.end() for b in _CLAUSE_BREAK.finditer(s.text, previous_start, amount.start)])
                end = next((b.start() for b in _CLAUSE_BREAK.finditer(s.text, amount.end, after)), after)
                own = domain().pledge_reading(s.text[start:end])
                fields["figure"] = own["figure"]
                if out and out[-1].fields.get("figure") == "running-total" and re.search(
                        r"\bon\s+top\s+of\s+(?:another|a\s+further|an\s+additional)?\s*" + APPROX + "$",
                        s.text[max(0, amount.start - 40):amount.start]):
                    fields["figure"] = "running-total"  # "had already pledged or sent more than $68 million in military assistance
                    # …, on top of another $49 million in humanitarian aid": the same kind of figure, of other aid
                if out and out[-1].fields.get("figure") == "running-total" and re.search(
                        r",?\s+and\s+(?:the\s+)?(?:overall|total|combined|all)\b[^.;$€£]{0,60}\bto\s+" + APPROX + "$",
                        s.text[max(0, amount.start - 90):amount.start]):
                    fields["figure"] = "running-total"  # "It brings the total … military aid … to A$1.3 billion, and overall
                    # Australian support to A$1.5 billion": the same verb's second total
                if out and out[-1].fields.get("figure") == "running-total" and re.search(r"\)\s*(?:,|,?\s+and)\s+(?:the\s+)?[A-Z][^()]{1,40}\(\s*$",
                                                                                            s.text[max(0, amount.start - 60):amount.start]):
                    fields["figure"] = "running-total"  # "followed by EU institutions ($37.2bn), the UK ($7.5bn), …": one ranking's
                    # tallies, each of the kind the first is
                if own["aid_type"] != "unspecified":  # "… 22.5 billion … as military support, and 12.5 billion … as humanitarian"
                    fields["aid_type"] = own["aid_type"]
            lead = s.text[max(0, amount.start - 90):amount.start]
            about = APPROX + "$"
            if re.search(r"\b(?:increas|rais|boost|top)\w*\b[^;]{0,60}\bby\s+" + about, lead):
                fields["figure"] = "package"  # "increased by 2.5 billion crowns": the new money
            elif re.search(r"\b(?:increas|rais|boost|bring|brings|brought|takes|taking|took|expand|surg)\w*\b[^;]{0,60}\bto\s+"
                           r"(?:a\s+(?:minimum|total)\s+of\s+|minimum\s+)?" + about, lead) \
                    or re.search(r"\b(?:bring(?:s|ing)?|brought|takes?|taking|took)\b[^.;]{0,40}\b(?:total|value|amount|volume|sum)\b"
                                 r"[^.;]{0,100}\bto\s+" + about,
                                 s.text[max(0, amount.start - 170):amount.start]):
                fields["figure"] = "running-total"  # "increase its military support … to 10 billion crowns": the new level
            elif re.search(r"\b(?:total|combined)\s+(?:value|worth|sum|amount)\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?(?:first\s+\w+|previous|"
                           r"earlier|past)\s+(?:\w+\s+){0,2}(?:packages|tranches|rounds)\b", lead):
                fields["figure"] = "running-total"  # "The total value of the first twelve support packages is just over SEK 17 billion"
            elif re.search(r"\b(?:former|previous|earlier|past|existing)\s+(?:contributions|donations|pledges|grants|funding)\b[^.;]{0,60}?"
                           r"\b(?:exceeding|totall?ing|amounting\s+to|worth|of)\s+" + about, lead):
                fields["figure"] = "running-total"  # "added to former contributions made by the Gulf nation exceeding USD 150 million":
                # what was given before, together
            elif re.search(r"\breach\w*\s+a\s+total\s+(?:investment|contribution|value|sum|amount)\s+of\s+" + about, lead):
                fields["figure"] = "running-total"  # "…, reaching a total investment of approximately DKK 4.4 billion … by 2024"
            elif re.search(r"\btotal\b", lead) and re.search(
                    r"\bha(?:s|ve)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:delivered|provided|given|sent|supplied)\b", lead) \
                    and not re.search(r"\b(?:a|an|another|new)\s+(?:\w+\s+){0,2}package\b", lead):
                # "Finland has now delivered defence materiel … to a total value of EUR 2.3 billion", "the total value of
                # the packages we have already delivered is €1.6 billion": what was given so far, not a new package
                fields["figure"] = "running-total"
            years = re.search(r"\b(?:in|for|during|over)\s+(?:the\s+years\s+)?((?:19|20)\d\d)\s*(?:and|to|-|–)\s*((?:19|20)\d\d)\b",
                              s.text[amount.end:amount.end + 90])
            said = s.text[max(0, amount.start - 60):years.start() + amount.end] if years else ""
            if years and self.year and int(years.group(2)) <= self.year and fields["figure"] == "package" \
                    and re.search(r"\b(?:allocated|provided|gave|given|spent|made\s+available|disbursed|contributed|donated|delivered)\b", said) \
                    and not re.search(r"\b(?:will|would|shall|plans?|is\s+to|are\s+to)\b", said):
                # "allocated 15.2 million Swiss francs in 2022 and 2023" in a 2023 article about a new package for 2024-2027:
                # what the years before were given, a running total of them
                fields["figure"] = "running-total"
            joint = [m.match.entity for m in partners if donor.start < m.start < amount.start
                     and m.match.entity not in (donor.match.entity, fields["recipient"])]
            shared_by = named[1:] if remaining and len(named) > 1 else []  # "Japan, Britain, and Canada will share the remaining $10B"
            if shared_by and self.last_package is None:
                joint = shared_by  # (with no package before it: a figure they give together)
            listed = _listed_with(s.text, donor, donors, amount.start)
            if not joint and not each and not shared_by and listed and not part_of:
                joint = listed  # "Sweden, Norway, and Denmark have agreed to finance a $500 million weapons package"
            if joint:  # "the Netherlands, in collaboration with Denmark and Germany, will supply … 200 million euros"
                fields.update(figure="joint", joint_with=list(dict.fromkeys(joint)))
            # ("saying South Korea will provide the initial $300 million in 2024 … and the remaining $2 billion …": the first
            # part of the package just read, as the rest is)
            initial = re.search(r"\bthe\s+(?:initial|first)\s+" + APPROX + "$", s.text[max(0, amount.start - 30):amount.start]) \
                and re.search(r"\b(?:the\s+)?(?:remaining|rest)\b", s.text[amount.end:])
            whole_of = share_of_whole or self.last_package if (share_of_whole or each or remaining or initial) and self.last_package is not None \
                and amount.value < Decimal(
                str(self.last_package.fields["amount"])) and self.last_package.evidence is not s else None
            if whole_of is not None and fields["aid_type"] == "unspecified":
                fields["aid_type"] = whole_of.fields["aid_type"]  # a part of the loan is a loan
            if each and len(named) > 1:  # "The US and the EU are expected to take on $20B each": one share each
                for other in named[1:]:
                    c = Candidate.scored("pledge", {**fields, "donor": other, "figure": "share" if whole_of else fields["figure"]},
                                         s, "pledge:donor-cue-amount", [next(d.match for d in donors if d.match.entity == other)])
                    c.share_of, c.span = whole_of, (amount.start, amount.end)
                    out.append(c)
            if whole_of is not None and not joint:
                fields["figure"] = "share"
                if shared_by:  # a share several give: the first named stands for them, the reviewer sees the others
                    adjust += ("share-of-several",)
            if part_of is not None:  # (and its recipient: "… will go to the Austrian Neighbour in Need initiative" is Ukraine's)
                fields.update(figure="share", recipient=part_of.fields.get("recipient", fields.get("recipient")))
                if not own_part:
                    fields["donor"] = part_of.fields["donor"]
            if amount.currency != "USD" and i + 1 < len(money) and money[i + 1].currency == "USD" \
                    and _is_conversion(s.text, amount, money[i + 1]):
                fields["amount_usd"] = str(money[i + 1].value)
            whole = Candidate.scored("pledge", fields, s, "pledge:donor-cue-amount", [donor.match], *adjust,
                                     *(() if recipient else ("default-recipient",)))
            whole.restated = ((str(converted_from.value), converted_from.currency),) if converted_from is not None else tuple(
                # (a bare "$" restating it is the US dollar where the page says which dollar it means)
                (str(m.value), "USD" if m.currency == "?dollar" and self.explicit_dollars else m.currency)
                for m in _conversions(s.text, money, i))
            whole.share_of = part_of or (whole_of if fields["figure"] in ("share", "joint") else None)
            if part_of is not None:
                self.last_share = whole
            whole.span = (amount.start, amount.end)
            out.append(whole)
            if fields["figure"] in ("package", "joint") and part_of is None and whole_of is None and not _BASELINE.search(
                    s.text[max(0, amount.start - 60):amount.start]):
                # (not the figure another is measured against: "up more than eightfold compared to this year’s nearly 63 billion
                # won", then "Half of such spending …" is the new budget's)
                self.last_package = whole
            if fields["figure"] == "running-total" and part_of is None and whole_of is None:
                self.last_total = whole
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
        # ("additional support of US$1 billion …, and is ready to provide a total of US$4.5 billion …, including this
        # additional support": the first is part of the total named after it)
        for a, b in zip(out, out[1:], strict=False):
            # (never of a running total: "This new $4 million assistance is part of the U.S government’s ongoing assistance—valued
            # at approximately $5 million" is a package of its own)
            if a.share_of is None and b.share_of is None and b.fields.get("figure") != "running-total" and (
                    re.search(r"\bpart of\b", s.text[a.span[1]:b.span[0]]) or (
                    re.search(r"\ba\s+total\s+of\s+" + APPROX + "$", s.text[max(0, b.span[0] - 30):b.span[0]])
                    and re.search(r"\bincluding\s+(?:this|these|that|those|the)\b", s.text[b.span[1]:b.span[1] + 80])
                    and Decimal(str(a.fields["amount"])) < Decimal(str(b.fields["amount"])))):
                a.fields["figure"], a.share_of = "share", b
            # ("As part of the $4 million in new funding announced last week, the U.S government will provide $1.5 million …": the
            # whole named first, the giver's part after it)
            elif a.share_of is None and b.share_of is None and a.fields.get("donor") == b.fields.get("donor") \
                    and a.fields.get("currency") == b.fields.get("currency") \
                    and Decimal(str(b.fields["amount"])) < Decimal(str(a.fields["amount"])) \
                    and re.search(_PART_OF_BEFORE, s.text[max(0, a.span[0] - 40):a.span[0]]):
                a.fields["figure"] = "package"
                b.fields["figure"], b.share_of = "share", a
        for amount in orphans:
            # "Japan has decided to provide additional support of US$1 billion …, and is ready to provide a total of
            # US$4.5 billion …, including this additional support": the same giver's total, the amount before it a share
            before = [c for c in out if c.span[1] <= amount.start and c.share_of is None
                      and Decimal(str(c.fields["amount"])) < amount.value and c.fields.get("currency") == amount.currency]
            if before and re.search(r"\ba\s+total\s+of\s+" + APPROX + "$", s.text[max(0, amount.start - 30):amount.start]) \
                    and re.search(r"\bincluding\s+(?:this|these|that|those)\b", s.text[amount.end:amount.end + 80]):
                included = before[-1]
                total = Candidate.scored("pledge", {**included.fields, "amount": str(amount.value), "figure": "package"}, s,
                                         "pledge:donor-cue-amount", included.matches[:1], "donor-from-previous")
                total.fields.pop("amount_usd", None)
                total.span = (amount.start, amount.end)
                included.fields["figure"], included.share_of = "share", total
                out.append(total)
        for amount in orphans:
            # "Scandinavia – $500 million (combined): Sweden will contribute $275 million, Norway $112 million and Denmark
            # $113 million to the total": the givers' parts after it make the combined figure theirs, jointly
            if not re.match(r"\s*\(?\s*(?:combined|in\s+total|together|jointly)\b\)?\s*[:—–-]", s.text[amount.end:]):
                continue
            # (a bare "$" is the dollar its parts were read in)
            parts = [c for c in out if c.span[0] > amount.end and c.share_of is None and Decimal(str(c.fields["amount"])) < amount.value
                     and (c.fields.get("currency") == amount.currency
                          or (amount.currency == "?dollar" and str(c.fields.get("currency")).endswith("D")))]
            part_givers = list(dict.fromkeys(str(c.fields["donor"]) for c in parts))
            if len(part_givers) < 2:
                continue
            parts = [c for c in parts if c.fields.get("currency") == parts[0].fields.get("currency")]
            combined = Candidate.scored("pledge", {**parts[0].fields, "amount": str(amount.value), "figure": "joint",
                                                   "joint_with": part_givers[1:]}, s, "pledge:donor-cue-amount", parts[0].matches[:1])
            combined.fields.pop("amount_usd", None)
            combined.span = (amount.start, amount.end)
            for c in parts:
                c.fields["figure"], c.share_of = "share", combined
            out.insert(out.index(parts[0]), combined)
        for k, whole in enumerate(out):
            # "a package of €500 million … (i) … to a total value of €50 million and (ii) a lethal assistance component, valued
            # at €450 million": amounts after a package that add up to it exactly are its parts
            if whole.fields.get("figure") not in ("package", "joint") or whole.share_of is not None:
                continue
            # (a joint figure's parts are its givers': "Denmark and Norway are set to allocate €178 million …, with Denmark
            # committing €135 million … and Norway adding €43 million")
            joint_with = whole.fields.get("joint_with")
            by_whole = {str(whole.fields.get("donor"))} | (set(map(str, joint_with)) if isinstance(joint_with, list) else set())
            parts = [c for c in out[k + 1:] if c.share_of is None and c.fields.get("figure") == "package"
                     and str(c.fields.get("donor")) in by_whole and c.fields.get("currency") == whole.fields.get("currency")]
            if len(parts) >= 2 and sum(Decimal(str(c.fields["amount"])) for c in parts) == Decimal(str(whole.fields["amount"])):
                for c in parts:
                    c.fields["figure"], c.share_of = "share", whole
                if self.last_package in parts:
                    self.last_package = whole
                break
        # the parts of the package just read, given in the next sentence and adding up to it: "… a further $16 million of support
        # … . “New Zealand will provide an additional $6 million in military assistance …, and $10 million in humanitarian
        # assistance …”"
        earlier = package_before
        fresh = [c for c in out if c.fields.get("figure") == "package" and c.share_of is None]
        if earlier is not None and earlier not in out and len(fresh) >= 2 and earlier.evidence.paragraph >= s.paragraph - 2 \
                and all(c.fields.get("donor") == earlier.fields.get("donor") and c.fields.get("currency") == earlier.fields.get("currency")
                        for c in fresh) \
                and sum(Decimal(str(c.fields["amount"])) for c in fresh) == Decimal(str(earlier.fields["amount"])):
            for c in fresh:
                c.fields["figure"], c.share_of = "share", earlier
            self.last_package = earlier
        # "Canada is giving Ukraine C$300 million …" then "The new money is part of a C$2 billion aid package …": the
        # package just read is a share of the larger one this sentence names
        back = re.search(r"\b(?:the|this|that)\s+(?:new\s+)?(?:money|package|aid|funding|assistance|funds|contribution|allocation)\s+"
                         r"(?:is|was|are|were|will\s+be|comes?|came)\s+(?:(?:a\s+)?part\s+of|from|out\s+of)\s+", s.text, re.I)
        read = package_before
        if back and read is not None and read not in out and read.share_of is None \
                and 0 <= s.paragraph - read.evidence.paragraph <= 2:
            larger = next((b for b in out if b.span[0] >= back.end() - 2 and b.fields.get("donor") == read.fields.get("donor")
                           and b.fields.get("currency") == read.fields.get("currency")
                           and Decimal(str(b.fields["amount"])) > Decimal(str(read.fields["amount"]))), None)
            if larger is not None:
                read.fields["figure"], read.share_of = "share", larger
        _split_by_givers(s, out)
        out = self._group_parts(s, out) + out + self._group_gives(s, mentions, orphans)
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


    def _instrument_owner(self, text: str) -> str | None:
        """The organisation (one the workspace knows) whose instrument or institution ``text`` names ("the European Peace
        Facility", "the European Commission": the European Union's), else None."""
        return next((org for org, names in domain().instruments.items() if names.search(text) and self.g.types.get(org)), None)

    def _note_aid_to(self, s: Sentence, mentions: list[Mention]) -> None:
        """Remember the state a page says its aid is for, where no sum of that sentence gave it ("a conference in Paris
        regarding humanitarian aid for Sudan aims to raise …"): the recipient of the page's sums that name none after it."""
        if self.aid_to is not None:
            return
        adversary = self.g.country_ids.get(domain().adversary)
        # (or, on a page that never names the default recipient, the state a conference is on or whose crisis it speaks of:
        # "The Paris International Conference on Sudan was held on Monday, during which …")
        # ("talks … aimed at raising humanitarian pledges for Syrians displaced internally …": pledges for a state's people)
        cue = r"\b(?:aid|assistance|relief|support|pledges|donations)\s+(?:for|to)\s+(?:the\s+)?(?:people\s+of\s+)?$" + (
            "" if self.names_recipient else r"|\b(?i:conference|summit|appeal)\s+(?:on|for)\s+(?:the\s+)?$"
                                            r"|\bhumanitarian\s+(?:crisis|situation|catastrophe)\s+in\s+(?:the\s+)?$")
        self.aid_to = next((m.match.entity for m in mentions if m.match.type == "country"
                            and m.match.entity not in (self.g.recipient, adversary) and re.search(cue, s.text[max(0, m.start - 40):m.start])),
                           None)
        # (a state's people by their plural name, which the gazetteer does not read as a state: "pledges for Syrians displaced")
        # ("to help fund humanitarian efforts for millions of Syrians affected by …")
        people = re.search(r"\b(?:aid|assistance|relief|support|pledges|donations|efforts)\s+(?:for|to)\s+(?:the\s+)?"
                           r"(?:(?:millions|thousands|hundreds)\s+of\s+)?(?P<people>[A-Z][a-z]+)s\b", s.text) \
            if self.aid_to is None else None
        state = self.g.resolve(people.group("people"), ("country",)) if people and people.group("people").lower() in DEMONYMS else None
        if state is not None and state.entity not in (None, self.g.recipient, adversary):
            self.aid_to = state.entity

    def _territory(self, text: str, start: int) -> Mention | None:
        """A territory of a state (:attr:`.domain.Domain.territories`) that the aid goes to, after ``start``, as its state:
        "to Gaza", "for the benefit of the Gaza population", "to civilians in the West Bank"."""
        for code, names in domain().territories.items():
            state = self.g.country_ids.get(code)
            for m in names.finditer(text, start):
                if state and re.search(r"\b(?:to|for|into)\s+(?:(?:the|[a-z][\w’'-]*)\s+){0,5}$", text[max(0, m.start() - 60):m.start()]):
                    return Mention(m.start(), m.end(), Match(m.group(), state, "country", 90.0, "territory"))
        return None

    def _remember_giver(self, s: Sentence, agents: list[Mention], recipient: str | None) -> None:
        """The giver a sentence with no sum opens with ("Finland has decided to provide Ukraine with a new package."), a
        country or a group that gives, kept for the next sentence's "It"/"The package"/"The decision" (not a second
        recipient: "The support covers Ukraine and Moldova")."""
        co_recipients = beside(s.text, agents, recipient)
        # (nor one the aid goes to: "“We are once again sending aid to Egypt and Sudan …”")
        # (nor the state the page's last aid went to: "This support comes at a time when Lebanon is facing a severe economic
        # crisis" after Qatar's grant to Lebanon's army)
        givers = [m for m in agents if (m.match.type == "country" or m.match.entity in self.g.group_labels)
                  and m.match.entity not in (recipient, self.aid_to) and m not in co_recipients
                  and not _sent_to(s.text, m.start)]
        if givers and givers[0].start < 40:
            self.last_donor = givers[0]
            return
        # (or the state a reported clause opens with as the giver: "President … on Friday said the Philippines will provide
        # financial and in-kind aid to Syria")
        told = next((m for m in givers if re.search(r"\b(?:said|says|announced|stated)\s+(?:that\s+)?(?:the\s+)?$",
                                                    s.text[max(0, m.start - 20):m.start])
                     and re.match(r"\s+(?:will|would|is\s+to|plans\s+to)\s+(?:provide|give|send|donate|allocate|extend)\b",
                                  s.text[m.end:])), None)
        if told is not None:
            self.last_donor = told

    def _recipients_account(self, s: Sentence, mentions: list[Mention], amount, recipient: str | None) -> bool:
        """Whether ``amount`` is what the aid's recipient says it received ("we’ve received more than $75 billion"), or what its
        leader says was received or delivered ("Zelenskyy said some $70 billion worth of military aid had been delivered to
        Ukraine", "Kyiv has received only $75 billion …, Zelenskyy has clarified", "Washington has extended over $75 billion …,
        according to Ukrainian President Vladimir Zelensky"): his account, a claim, not a giver's pledge."""
        if recipient is None:
            return False
        near = s.text[max(0, amount.start - 70):amount.start]
        if re.search(r"\b(?:we|We)\s*(?:['’]ve|have|had)?\s*(?:only\s+|actually\s+|already\s+|never\s+)?received\b[^.;]{0,40}$", near):
            return True  # (a receiver speaking: only the one who got the aid says "we received")
        after = s.text[amount.end:amount.end + 120]
        if not (re.search(r"\b(?:received|got)\s+(?:only\s+|just\s+|actually\s+)?" + APPROX + "$", near)
                or re.match(r"[^.;]{0,60}?\b(?:had|has|have)\s+(?:been\s+delivered|come|arrived|reached)\b", after)
                or re.search(r"\baccording\s+to\b", after) or re.search(r"\baccording\s+to\b", s.text[:amount.start])):
            return False
        known = {p for (p, _), o in self.offices.items() if o == recipient}  # (the workspace's holders of its offices too)
        people = [p.match for p in self._people(s.text, mentions)]
        people += [self.g.resolve(t.group(0), ("person",)) for t in re.finditer(SURNAME_TOKEN, s.text)]  # ("Zelenskyy said …")
        return any(m.entity and (self.person_orgs.get(m.entity) == recipient or m.entity in known) for m in people)

    def _group_gives(self, s: Sentence, mentions: list[Mention], orphans: list) -> list[Candidate]:
        """A figure a group of countries gives together, the countries listed in this sentence or one close by ("Nordic and
        Baltic countries have unveiled a combined $500 million contribution …" then "… defence ministers from Denmark,
        Estonia, Finland …"; "Denmark, Estonia, … will finance a joint military package" then "The countries announced the
        allocation of $500 million …"): a joint pledge under the first listed. An amount whose list is still to come waits
        for it (two paragraphs at most)."""
        out: list[Candidate] = []
        run = self.listed_countries[1] if self.listed_countries is not None and self.listed_countries[0] == s.paragraph else []
        for amount in orphans:
            lead = s.text[:amount.start]
            many = _group_count(lead)
            if many and run and many != len(run):
                continue  # "six NATO member countries have collectively contributed over $2 billion" beside three named: not theirs
            if not (re.search(r"\b(?:countries|states|nations|allies)\b", lead) and (
                    re.search(r"\b(?:joint(?:ly)?|combined|together|pool(?:s|ed|ing)?|team(?:s|ed|ing)?\s+up|collectively)\b", s.text, re.I)
                    or re.match(r"\s*The\s+(?:countries|states|nations|allies)\b", s.text))):
                continue
            listed = run or (self.listed_countries[1] if self.listed_countries is not None
                             and 0 <= s.paragraph - self.listed_countries[0] <= 2 else None)
            if listed and not (many and many != len(listed)):
                out.append(self._joint_of(s, amount, listed))
            elif not listed:
                self.pending_group = (s, amount)
        return out

    def _group_parts(self, s: Sentence, out: list[Candidate]) -> list[Candidate]:
        """The group's figure still waiting for its givers (see :meth:`_group_gives`), when this sentence gives the parts of
        two or more of them, each smaller ("… a $500 million … package" then "Norway will contribute the lion’s share at 2
        billion Norwegian kroner, or about $200 million, while Sweden will provide $60 million and Denmark around 400
        million Danish kroner ($53 million)"): their joint figure, the parts its shares."""
        pending = self.pending_group
        parts = [c for c in out if c.kind == "pledge" and c.fields.get("figure") == "package" and c.share_of is None]
        givers = list(dict.fromkeys(str(c.fields["donor"]) for c in parts))
        if pending is None or len(givers) < 2 or not 0 <= s.paragraph - pending[0].paragraph <= 1:
            return []
        whole = pending[1].value

        def in_dollars(c: Candidate) -> Decimal:
            return Decimal(str(c.fields["amount"] if c.fields.get("currency") == "USD" else c.fields.get("amount_usd", whole)))
        if not all(in_dollars(c) < whole for c in parts):
            return []
        self.pending_group = None
        joint = self._joint_of(pending[0], pending[1], givers)
        for c in parts:
            c.fields["figure"], c.share_of = "share", joint
        return [joint]

    def _listed_here(self, s: Sentence, mentions: list[Mention]) -> list[Candidate]:
        """Remember the list of countries ``s`` names, and give it the group's figure waiting for it (see
        :meth:`_group_gives`)."""
        run = _country_run(s.text, mentions, self.g.recipient)
        if not run:
            return []
        self.listed_countries = (s.paragraph, run)
        pending, self.pending_group = self.pending_group, None
        many = _group_count(pending[0].text[:pending[1].start]) if pending is not None else None
        if pending is not None and 0 <= s.paragraph - pending[0].paragraph <= 2 and many in (None, len(run)):
            return [self._joint_of(pending[0], pending[1], run)]
        return []

    def _joint_of(self, s: Sentence, amount: Money, listed: list[str]) -> Candidate:
        """The joint pledge of the countries ``listed`` for ``amount`` read in ``s`` (a bare "$" is the US dollar: none of
        them writes its own)."""
        settled = settle(amount, None, True) or amount
        fields: dict[str, object] = {"donor": listed[0], "recipient": self.g.recipient,
                                     "amount": str(settled.value), "currency": settled.currency,
                                     **domain().pledge_reading(sentence_at(s.text, amount.start))}
        fields.update(figure="joint", joint_with=listed[1:])
        c = Candidate.scored("pledge", fields, s, "pledge:donor-cue-amount", [self._assumed_country(listed[0])], "donor-of-group")
        c.span = (amount.start, amount.end)
        return c


#: Small counts as words ("eight Baltic and Nordic NATO states").
_COUNTS = {w: str(n) for n, w in enumerate("two three four five six seven eight nine ten eleven twelve".split(), start=2)}


#: A giving verb's participle and its agent's "by", up to the agent: "… spent on the project by", "aid worth MAD 10 million was
#: raised by the Royal Armed Forces (FAR), the Moroccan Agency for International Cooperation and", "donation raised by government
#: organizations, 43 businesses, and 188 citizens of".
_BY_AGENT = (r"\b(?:spent|provided|allocated|given|donated|contributed|paid|pledged|funded|approved|appropriated|authori[sz]ed|"
             r"sent|raised|collected|delivered|supplied|granted|transferred|disbursed|financed)\s+"
             r"(?:[^.;]{0,60}?\s)?by\s+(?:[^.;:]{0,100}?(?:,\s+|\s+and\s+))?"
             r"(?:(?:the\s+)?(?:\d+\s+)?(?:citizens|people|residents|businesses|companies|organi[sz]ations|government|authorities)\s+of\s+)?"
             r"(?:the\s+)?$")


#: A trade of arms for arms before a sum, in its sentence: "in exchange for receiving $200 million worth of new gear", "swap
#: Ukrainian and Russian ‘scrap metal’ for advanced equipment costing $200 million", "pledged in return to provide Ecuador with
#: new weapons to the value of $200 million" (never a reform or a pledge given in return: only arms, equipment or gear).
_SWAP = re.compile(r"(?:\b(?:in\s+exchange\s+for|in\s+return\b|swap(?:s|ped|ping)?\b)[^.;]{0,140}"
                   r"\b(?:weapons|arms|equipment|gear|hardware|weaponry|helicopters|tanks)\b[^.;]{0,60}"
                   r"|\b(?:weapons|arms|equipment|gear|hardware|weaponry|helicopters|tanks|scrap\s+metal)\b[^.;]{0,140}"
                   r"\b(?:in\s+exchange\s+for|in\s+return\b)[^.;]{0,80}|\bswap(?:s|ped|ping)?\b[^.;]{0,140}\bfor\s+[^.;]{0,80})$", re.I)
_SWAP_AFTER = re.compile(r"[^.;]{0,60}?\bin\s+(?:exchange|return)\s+for\s+(?:[\w’'-]+\s+){0,4}?(?:weapons|arms|equipment|gear|hardware|"
                         r"weaponry|helicopters|tanks|scrap)\b", re.I)


#: A sum's restatement in another currency, in brackets right after it, if any ("$1bn (£640m) from India"): read past where
#: the sum's giver is named after it.
_RESTATED = r"(?:\s*\([^()]{1,20}\))?"

#: A sum many givers make together, before it: "Paris and its allies had collected pledges of over", "world donors are pledging
#: more than", "… aims to raise “significantly more than", "pledges exceeding".
_ALL_GIVERS_BEFORE = re.compile(r"(?:\b(?:and|with)\s+(?:its|their|his|her)\s+(?:allies|partners)|\b(?:world|international|other)\s+donors|"
                                # (or states of a region, none named: "Gulf states have so far pledged a total USD 660 million")
                                r"\b(?:Gulf|Arab|Nordic|Baltic|European|Western|Asian|African|donor|member)\s+(?:states|countries|nations)|"
                                r"\bdonors|\bthe\s+international\s+community)\b[^.;]{0,40}\b(?:collected|gathered|raised|mobili[sz]ed|"
                                r"pledg(?:ed|ing)|committed)\b[^.;]{0,30}$"
                                r"|\b(?:aims?|aiming|hopes?|hoping|seeks?|seeking)\s+to\s+(?:raise|mobili[sz]e|collect)\s+[“\"‘]?"
                                r"(?:(?:significantly|well|far|much)\s+)?" + APPROX + r"$"
                                # ("I hope the amount will exceed one billion euros")
                                r"|\b(?:hope|hopes|hoping|expect|expects)\b[^.;]{0,30}\b(?:exceed|top|surpass|reach)\s+" + APPROX + r"$"
                                r"|\bpledges\s+(?:of|exceeding|totall?ing|worth)\s+" + APPROX + r"$", re.I)
#: … or after it: "more than two billion euros in aid was pledged" (a passive with no giver), "… €2 billion ($2.1 billion) were
#: gathered".
_ALL_GIVERS_AFTER = re.compile(r"(?:\s*\([^()]{1,30}\))?\s+(?:(?:in|of)\s+(?:[a-z]+\s+)?aid\s+)?(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
                               r"(?:pledged|gathered|collected|raised|mobili[sz]ed)\b(?![^.;]{0,80}\bby\b)", re.I)


#: Verbs of giving in the past, a giver's before its sum ("Japan pledged $4 million").
_GIVING_VERBS = r"(?:pledged|gave|provided|promised|committed|donated|granted|sent|offered|allocated|contributed|announced)"


def _given_to(between: str) -> bool:
    """Whether the words ``between`` a state and a sum make the state the one given to: the subject of a passive giving ("the
    Philippines was awarded a ¥600 million grant by Japan", "with the Southeast Asian country being awarded a ¥600 million
    grant"), of a receiving, or a beneficiary named.

    >>> _given_to(" was awarded a "), _given_to(" has been granted some "), _given_to(" awarded a "), _given_to(" will give ")
    (True, True, False, False)
    >>> _given_to(" has been an OSA beneficiary, with the country awarded a ")
    True
    >>> _given_to(" was the first country to receive assistance when Japan pledged "), _given_to(", which received it, gave ")
    (True, False)
    >>> _given_to(" is expected to receive "), _given_to(" mine clearance foundation will receive ")
    (True, False)
    >>> _given_to(" Army received a grant worth ")  # (its army: "the Lebanese Army received a grant worth $20 million")
    True
    >>> _given_to(" will get additional support worth "), _given_to(" will get to give ")
    (True, False)

    (or one that welcomes the support, or whose support the sum boosts: "Rwanda today welcomed the support of the European
    Peace Facility, in the form of €20 million", "Rwandan military support to Mozambique … has been boosted by a 20 million
    euro … top-up")

    >>> _given_to(" today welcomed the support of the European Peace Facility, in the form of ")
    True
    >>> _given_to(" military support to Mozambique in ongoing efforts has been boosted by a ")
    True
    >>> _given_to(" welcomed the decision and pledged ")
    False
    """
    return re.match(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being|been|will\s+be)"
                    r"\s+(?:(?:\w+ly\s+)?(?:awarded|granted|given|offered|promised|allocated|handed|sent|donated)\b|"
                    # (or named the receiver: "the Philippines has been an OSA beneficiary, with …")
                    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:beneficiary|recipient)\b)", between) is not None \
        or re.match(r"\s+(?:(?:is|was|are|were|will|would|has|have|had|be|been|being|also|now|then|first|expected|set|due|to|"
                    r"the|a|an|only|country|state|nation|[Aa]rmy|[Aa]rmed|[Ff]orces|[Tt]roops|[Mm]ilitary|[a-z]+ly)\s+){0,6}?"
                    r"(?:receiv(?:e|es|ed|ing)|(?:get|gets|got|obtain|obtains|obtained)\s+(?:[\w-]+\s+){0,3}?(?:support|aid|assistance|"
                    r"funding|money|grants?|worth)\b)\b", between) is not None \
        or re.match(r"\s+(?:(?:today|also|greatly|warmly|has|have|had)\s+)*(?:welcom(?:ed|es|ing)|appreciat(?:ed|es|ing)|hail(?:ed|s)|"
                    r"thank(?:ed|s))\s+(?:the\s+|this\s+)?(?:[\w-]+\s+){0,2}?(?:support|aid|assistance|funding|grant|contribution|donation|"
                    r"package|top-up)\b", between) is not None \
        or re.match(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:support|aid|assistance|deployment|operations?|efforts?|mission)\b[^.;$€£]{0,100}?"
                    r"\b(?:has\s+been|have\s+been|was|were|is|are|will\s+be)\s+(?:boosted|bolstered|backed|funded|financed|supported|"
                    r"reinforced)\s+by\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$", between) is not None  # ("the
    # Philippines was the first country to receive assistance from the program when Japan pledged …"; never an adjective of
    # another receiver, "The Swiss mine clearance foundation will receive CHF2.5 million")


def _passive_agent(text: str, amount: Money, agents: list[Mention], money: list[Money], never: tuple,
                   close: bool = False) -> Mention | None:
    """The state that a passive's "by" names as giving ``amount``, the first after it with no other sum between
    ("Approximately two million euros are expected to be spent on the project by Iceland"); with ``close``, only where
    the giving participle stands within three words of the sum ("the MNT 391.6 million donation raised by …")."""
    for a in agents:
        if a.start <= amount.end or any(amount.end < o.start < a.start for o in money) or a.match.entity in never:
            continue
        between = text[amount.end:a.start]
        found = re.search(_BY_AGENT, between)
        # (close: the sum's own noun between, never a whole it is part of — "$3.3 billion of the loan pledged by the Group of
        # Seven" is Japan's part)
        if found and (not close or re.fullmatch(r"\s*(?:(?!(?:of|from|in|for|to|under)\b)[\w-]+\s+){0,3}?", between[:found.start()])):
            return a
    return None


def _could_be_same_sum(package: Candidate, amount, year: int | None) -> bool:
    """Whether ``amount`` may be ``package``'s sum in another currency: at the ECB's rate of the page's year, within a factor
    of two of it (where either currency has no rate, it may). A computed check only; nothing converted is kept.

    >>> from types import SimpleNamespace as NS
    >>> pounds = NS(fields={"amount": "450000000", "currency": "GBP"})
    >>> _could_be_same_sum(pounds, NS(value=Decimal("5800000000"), currency="USD"), 2025)
    False
    >>> _could_be_same_sum(pounds, NS(value=Decimal("580000000"), currency="USD"), 2025)
    True
    >>> _could_be_same_sum(NS(fields={"amount": "1300000", "currency": "USD"}), NS(value=Decimal("1850000"), currency="USD"), None)
    False
    """
    from datetime import date

    from ..conversion import shared_converter

    currency = str(package.fields.get("currency") or "")
    written = "USD" if str(amount.currency).endswith("dollar") else str(amount.currency)  # (a bare "$" read as the US dollar)
    if written == currency:  # (in the same currency, only the same figure: "$1.3 million … 4,500 tons of rice, equivalent to
        # $1.85 million" is rice of its own worth)
        return abs(Decimal(amount.value) - Decimal(str(package.fields["amount"]))) <= Decimal("0.01") * Decimal(str(package.fields["amount"]))
    if not year or not currency or len(written) != 3:
        return True
    converter = shared_converter()
    before = converter.convert(Decimal(str(package.fields["amount"])), currency, "USD", date(year, 6, 30))
    after = converter.convert(Decimal(amount.value), written, "USD", date(year, 6, 30))
    if before is None or after is None or not before.value:
        return True
    return Decimal("0.5") <= after.value / before.value <= 2




def claimed_figure(text: str, amount) -> bool:
    """Whether the ``amount`` found in ``text`` is a figure someone claims or guesses, not one given: "Trump has claimed the United
    States has provided approximately US$350 billion", "Trump’s claim of $350 billion", "spurious claims … that some $100 billion …
    had disappeared", "we gave them, I believe, $350 billion".

    >>> from types import SimpleNamespace as NS
    >>> text = "Trump has claimed the United States has provided approximately US$350 billion in aid"
    >>> claimed_figure(text, NS(start=text.index("US$"))), claimed_figure("Norway will give $5 million", NS(start=17))
    (True, False)
    """
    return bool(re.search(r"\bclaim(?:s|ed|ing)?\b[^.;]{0,110}$", text[max(0, amount.start - 120):amount.start], re.I)
                or re.search(r"\bI\s+(?:believe|think|guess|suppose)\b,?\s*" + APPROX + "$", text[max(0, amount.start - 30):amount.start]))


def _all_allies_agree(clause: str) -> bool:
    """Whether ``clause`` has all the allies agreeing on a sum: "the allies intend to provide", "Allies agreed" — not some of
    them ("eight allies", "Nordic allies") nor another's ("Ukraine's key allies", "their allies").

    >>> _all_allies_agree("A communique said the allies intend to provide Ukraine with"), _all_allies_agree("Ukraine’s key allies have pledged")
    (True, False)

    (nor a state's by its name as a headline writes it: "Ukraine allies pledge nearly $48bn in weapons"; "NATO allies" are all)

    >>> _all_allies_agree("Ukraine allies pledge nearly"), _all_allies_agree("NATO allies pledge")
    (False, True)
    """
    return any(not re.search(rf"(?:['’]s|\b(?:its|their|our|his|her|\d+|{'|'.join(_COUNTS)}|{_SOME}))\s+(?:[\w-]+\s+)?$",
                             clause[:m.start()], re.I)
               and not re.search(r"\b(?!NATO\b|The\b)[A-Z][\w’'-]+\s+$", clause[:m.start()])
               for m in _ALLIES_AGREE.finditer(clause))


def _group_count(lead: str) -> int | None:
    """How many countries a group giving is said to be ("eight Baltic and Nordic NATO states", "6 countries"), if said.

    >>> _group_count("A group of eight Baltic and Nordic NATO states announced"), _group_count("Nordic countries")
    (8, None)
    """
    many = re.search(rf"\b(\d+|{'|'.join(_COUNTS)})\s+(?:[\w-]+\s+){{0,4}}(?:countries|states|nations|allies)\b", lead, re.I)
    return int(_COUNTS.get(many.group(1).lower(), many.group(1))) if many else None


def _country_run(text: str, mentions: list[Mention], recipient: str | None) -> list[str]:
    """The countries of the longest list ``text`` names ("Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway, and
    Sweden"), two or more, the aid's recipient left out; else none."""
    countries = sorted((m for m in mentions if m.match.type == "country" and not m.war and m.match.entity != recipient),
                       key=lambda m: m.start)
    best: list[Mention] = []
    run: list[Mention] = []
    for m in countries:
        if run and _LIST_SEP.fullmatch(text[run[-1].end:m.start]):
            run.append(m)
        else:
            run = [m]
        if len(run) > len(best):
            best = list(run)
    ids = list(dict.fromkeys(str(m.match.entity) for m in best))
    return ids if len(ids) >= 2 else []


#: How many paragraphs after a package its parts may come, each in a sentence of its own.
PARTS_REACH = 4


def _split_by_givers(s: Sentence, out: list[Candidate]) -> None:
    """Mark a package and the sums of two or more givers after it, past a colon or a dash in the same sentence, that add up
    to it exactly, as a joint figure and its shares: "a new support package of $3 billion for Yemen’s economy: $2 billion from
    Riyadh and another $1 billion from the United Arab Emirates"."""
    pledges = [c for c in out if c.kind == "pledge" and c.fields.get("figure") == "package" and c.share_of is None]
    for k, whole in enumerate(pledges):
        parts = [c for c in pledges[k + 1:] if c.fields.get("currency") == whole.fields.get("currency")]
        givers = list(dict.fromkeys(str(c.fields["donor"]) for c in parts))
        if len(parts) < 2 or len(givers) < 2 or whole.fields.get("donor") not in givers \
                or not re.search(r"[:\u2014\u2013]", s.text[whole.span[1]:parts[0].span[0]]) \
                or sum(Decimal(str(c.fields["amount"])) for c in parts) != Decimal(str(whole.fields["amount"])):
            continue
        whole.fields.update(figure="joint", joint_with=[g for g in givers if g != whole.fields.get("donor")])
        for c in parts:
            c.fields["figure"], c.share_of = "share", whole
        return


def parts_across(candidates: list[Candidate]) -> None:
    """Mark as shares the packages read after a package, each in a sentence of its own, that add up to it exactly (the same
    giver and currency, within :data:`PARTS_REACH` paragraphs): "Carney outlined $4.3 billion in new support …" then "that
    sum includes $2 billion for the purchase … of weapons" and "Canada is lending Ukraine $2.3 billion …". An exact sum
    of two or more later figures is what tells parts from new packages; the first run of them that adds up is taken."""
    pledges = [c for c in candidates if c.kind == "pledge"]
    for k, whole in enumerate(pledges):
        if whole.fields.get("figure") != "package" or whole.share_of is not None:
            continue
        # (with the parts already read as its shares: "$200 million … as part of a broader assistance package totaling $2.3
        # billion" then "Additionally, South Korea plans to extend further support with $2.1 billion …")
        known = [c for c in pledges if c.share_of is whole and c.fields.get("figure") == "share"]
        total, parts = sum((Decimal(str(c.fields["amount"])) for c in known), Decimal(0)), []
        for c in pledges[k + 1:]:
            if c.evidence.paragraph - whole.evidence.paragraph > PARTS_REACH:
                break
            if c.fields.get("donor") != whole.fields.get("donor") or c.fields.get("currency") != whole.fields.get("currency"):
                continue
            if any(c is k for k in known):
                continue  # (a part already read as its share)
            if c.fields.get("figure") != "package" or c.share_of is not None or c.evidence is whole.evidence:
                break
            total += Decimal(str(c.fields["amount"]))
            parts.append(c)
            if total >= Decimal(str(whole.fields["amount"])):
                break
        if parts and len(parts) + len(known) >= 2 and total == Decimal(str(whole.fields["amount"])) \
                and len({c.evidence.start for c in parts}) == len(parts):
            for c in parts:
                c.fields["figure"], c.share_of = "share", whole

