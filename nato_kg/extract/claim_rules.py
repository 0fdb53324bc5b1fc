"""Claim rules: quotations and reported speech, and who said them."""

from __future__ import annotations

from ..text import STOPWORDS
from . import rx as re
from .candidate import Candidate
from .domain import domain
from .gazetteer import DEMONYMS, Match
from .layouts import DAY_LEAD, LayoutRules, _speaks
from .mentions import _BUILDING, NAME_TOKEN, PERSON_NAME, PREPOSITIONS, SURNAME_TOKEN, Mention
from .money import find_money
from .patterns import (
    _OUTLET,
    _PLEDGE_CUES,
    _REPORT_VERBS,
    _REPORTED,
    _SAY,
    _TITLE,
    _WHEN,
    DATELINE,
    DATELINE_REST,
    _plausible,
    _slug,
    blanked,
    own_defence_spending,
    quoted_spans,
)
from .sentences import Sentence
from .speakers import possessor

#: Whom a release or an outlet quotes doing something, the participles after it theirs ("The release quoted him describing …").
_QUOTED_DOING = r"\bquot(?:ed|es|ing)\s+(?P<who>him|her|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:as\s+)?"
#: Conjunctions that open a clause put before the subject ("When asked if he agrees …, Gouveia e Melo denied …"): no
#: preposition, and no surname either.
_SUBORDINATORS = "When|While|If|As|Once|Although|Though|Unless|Until"
#: Someone unnamed as a speaker: "a senior Canadian government source", "The official", "a diplomat".
_UNNAMED = r"(?:[\w-]+\s+){0,4}(?P<who>sources?|officials?|diplomats?|aides?|aid(?=\s+has\s+been\s+quoted))\b"


#: Words that only say where or when something was said ("in a declaration", "at a press conference on Wednesday",
#: "in an interview with Reuters"): no statement.
_SETTING_ONLY = re.compile(r"(?:(?:in|on|at|during|to|via|through|after|before|late|early)\s+)(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?"
                           r"(?:[\w’'-]+\s+){0,2}(?:declaration|statement|communiqu[ée]|speech|address|interview|post|letter|"
                           r"message|briefing|press\s+conference|news\s+conference|conference|meeting|summit|session|"
                           r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|night|morning|evening|afternoon)"
                           r"(?:\s+(?:with|to|on|at|in)\s+[^,;“”\"]{1,40})?", re.I)


def _announces_pledge(text: str) -> bool:
    """Whether reported speech only announces a pledge (an amount and a pledge word): the seeds keep such
    speech as the pledge's evidence, not as a claim of its own (asked only where the sentence gave a pledge: "the
    €40 billion agreed within NATO is a minimum level" announces no one's). Speech that denies something of the money
    ("the €4 billion in aid does not include logistical efforts") announces nothing: it is a claim."""
    if re.search(r"\b(?:not|never|no\s+longer)\b|n[’']t\b", text, re.I):
        return False
    # (after a clause of when, too: "Since the Russian invasion started, Ukraine has received more than $70 billion …")
    if re.match(r"(?:[^,.;]{3,60},)?\s*(?:Ukraine|Kyiv|Kiev|we|his\s+country|her\s+country|the\s+country)\s+(?:has\s+|had\s+|have\s+)?"
                r"(?:only\s+|actually\s+|already\s+)?received\b", text, re.I):
        return False  # "Kyiv has received only $75 billion of the $177 billion … approved by the United States": the receiver's
        # account of what reached it, a claim (the approved total in it still the giver's pledge)
    if re.match(r"\s*(?:describ(?:ed|ing)|characteri[sz]ed|called|branded|criticized|criticised|condemned|slammed|hailed|praised|dismissed)\b", text):
        return False  # "described the EU's decision to provide a €90 billion loan … as “extremely bad”": a judgement of it
    # (money only in an inset clause announces nothing: "today’s announcement, including Germany’s pledge of €11 billion
    # until 2029, is a record boost in military funding for Ukraine" is a judgement)
    text = re.sub(r",\s+(?:including|which|of\s+which)\b[^,;]*,", "", text)
    return bool([m for m in find_money(text) if not own_defence_spending(text, m.start, m.end)] and (
        _PLEDGE_CUES.search(text) or re.search(r"\bcontracts?\s+(?:worth|valued\s+at)\b", text)
        # ("the Czech government will release up to an additional CZK 400 million worth of weapons to Ukraine")
        or re.search(r"\breleas\w*\s+(?:up\s+to\s+)?(?:an?\s+)?(?:additional|further|new|another)?\s*\S*\d[^.;]{0,40}\bworth\b", text)))


#: A sentence opened by a participle of saying and its "that" clause, its subject after the comma: "Stating that this
#: decision is a necessity for NATO …, President Erdoğan continued: “…”", "Noting that Türkiye is the most affected …,
#: Erdoğan said …". The clause is the subject's statement (the lazy text stops at the first comma a subject and its verb follow).
_FRONTED_SAYING = re.compile(
    r"\s*(?:(?:However|Meanwhile|Also|Later|Earlier|Moreover),?\s+)?(?P<verb>Stating|Noting|Saying|Adding|Stressing|Emphasi[sz]ing|"
    r"Underlining|Underscoring|Reiterating|Pointing\s+out|Recalling|Asserting|Arguing|Insisting|Warning|Explaining|Declaring|"
    r"Highlighting|Reminding|Acknowledging)\s+that\s+(?P<text>[^;“”\"]{10,}?),\s+(?P<subject>(?:[A-Z][\w’'.-]*\s+){1,6}?|[Hh]e\s+|[Ss]he\s+)"
    r"(?:also\s+|then\s+|further\s+)?(?:said|says|continued|continues|added|adds|stressed|noted|stated|told|emphasi[sz]ed|"
    r"underlined|underscored|explained|went\s+on|declared|remarked|concluded|thanked|called|urged|warned|argued|insisted)\b")

#: A word of the speaker's own first person, in a run of speech printed with no quotation marks ("We must increase our …").
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|I|my|me)\b")

#: Verbs of saying, any of whose first letters may end an excerpt cut inside them ("…,” Anušić ad").
_CUT_SAYING = ("said", "says", "added", "adds", "stated", "stressed", "noted", "told", "explained", "emphasised", "emphasized",
               "underlined", "concluded", "warned", "declared", "insisted", "continued")


def _said_after(text: str) -> re.Match[str] | None:
    """A statement its speaker tells at its end, no quotation marks: the attribution after its last comma, as wire copy
    writes reported speech ("The Czech Republic will allocate tens of millions of euros …, Czech Prime Minister Petr Fiala
    said."); never an inset ("…, as Prime Minister Pedro Sanchez declared during his visit, a new package …")."""
    # (a long title before the name, two offices joined: "…, the country’s Minister of Supply and Internal Trade and
    # Chairperson of the General Committee for Foreign Aid, Ali Moselhi, said.")
    return re.search(rf",\s+(?!as\s)(?P<lead>[^,\"“”]{{2,120}}?)"
                       # (a party in brackets after the name: "Defence Minister Guido Crosetto (Fratelli d’Italia/ECR)")
                       r"(?:\s*\([^()]{1,40}\))?"
                       # (an appositive: "…, Balazs Orban, Political Director for Hungarian Prime Minister Viktor Orban,
                       # stated.")
                       # (a list inside it, its next parts in lower case: "…, Momcilo Radulovic, a member of Montenegro's
                       # negotiating working group … on foreign, security and defense policy, told Sputnik 08 June 2017.")
                       # (or a relative clause: "…, Ukrainian Foreign Minister Andriy Sybiha, who is at NATO headquarters, has said.")
                       r"(?:,\s+(?P<apposed>(?:a\s|an\s|the\s|who\s|[A-Z])[^,\"“”]{3,90}(?:,\s+[a-z][^,\"“”]{2,40})*),)?"
                       # ("…, Crosetto has previously warned.")
                       r"(?:\s+(?:has|had|have))?(?:\s+(?:previously|also|repeatedly|earlier|already))?"
                       # (an audience with a word or two before it: "… told national lawmakers on Tuesday (Nov 7).")
                       # (and a headline's "…, De Wever tells European leaders")
                       # (or a press conference: "…, Plenković told a press conference after meeting with …")
                       r"\s+(?:said|says|(?:told|tells)\s+(?:the\s+)?(?:[A-Za-z]+\s+){0,2}?(?:reporters|journalists|"
                       # ("…, he told media persons", as South Asian copy writes it)
                       r"(?:press|news)\s+(?:conference|briefing)|briefing|press|media(?:\s+(?:persons|people|representatives))?|newsmen|"
                       r"parliament|lawmakers|legislators|deputies|senators|congressmen|congresswomen|MPs|committees?|leaders|allies|"
                       # (or a gathering: "…, Morawiecki told the meeting, which was held to discuss …")
                       r"counterparts|partners|colleagues|meeting|gathering|conference|summit|forum|audience|crowd|assembly)|"
                       # (or a named audience, an outlet mostly: "…, Italian Defense Minister Guido Crosetto told Il
                       # Messaggero.", "…, he told the BBC")
                       # (an ordinal too: "…, Dendias told the 28th Annual Economist Government Roundtable")
                       r"(?:told|tells)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?"
                       # (a number in it: "…, Tajani told Radio 24 Mattino.")
                       r"(?:(?:[A-Z][\w’'-]*|\d+)\s+(?:(?:della|del|di|de|des|du|la|le|el|al|van|von|der)\s+)?){0,4}"
                       # ("…, President Recep Tayyip Erdogan told Zelenskyy during a telephone call")
                       # (or a date after it: "… told Sputnik 08 June 2017.")
                       r"[A-Z][\w’'-]*(?:\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?(?=\.?\s*$|\s+(?:on|in|last|this|during|over|via)\b)|"
                       # (a broadcaster by its country: "…, foreign minister Peter Szijjarto told Hungary’s state
                       # television while in Washington DC.")
                       r"(?:told|tells)\s+(?:[A-Z][\w-]*['’]s\s+)?(?:(?:state|public|national|private|local)\s+)?"
                       r"(?:television|TV|radio|broadcaster|news\s+agency)|"
                       # ("…, Belgian Prime Minister Alexander De Croo assured during a press conference with …")
                       r"added|clarified|explained|noted|announced|assured|assures|"
                       r"emphasi[sz]ed|stressed|stated|insisted|underlined|warned|emphasi[sz]es|stresses|adds|notes|"
                       r"explains|insists|warns|reminded|recalled|pointed\s+out|points\s+out|"  # ("…, he pointed out.")
                       r"remarked|remarks|observed|affirmed|asserted|"  # ("…, he remarked.")
                       # ("…, Mrs. Bachelet posted on Twitter.")
                       r"(?:wrote|posted)\s+on\s+(?:social\s+media|X|Twitter|Facebook|Telegram|Instagram))"
                       rf"(?:\s+(?:{_WHEN}))?"
                       # (where, and a date in brackets: "… told lawmakers in Rome.", "on Tuesday (Nov 7)"; or where, then
                       # when: "…, Foreign Minister Gordan Grlić Radman said in Vilnius on Tuesday.")
                       rf"(?:\s+in\s+[A-Z][\w’'-]+(?:\s+(?:{_WHEN}))?)?(?:\s*\([^()]{{1,30}}\))?"
                       # (on the air: "…, Defense Minister Tibor Benkő said on public television on Monday", "…, Benkő
                       # said on news channel M1")
                       rf"(?:\s+(?:on|in)\s+(?:(?:public|state|national|local|private)\s+)?(?:television|TV|radio|"
                       rf"(?:news\s+)?channel(?:\s+[A-Z][\w-]*)?)(?:\s+(?:{_WHEN}))?)?"
                       # (and where it was said: "…, Defense Minister Vlado Misajlovski said in a statement for MIA.")
                       # (or "in his joint press conference with President …")
                       r"(?:\s+(?:in|on|at)\s+(?:a|an|the|his|her|their)\s+(?:joint\s+)?(?:statement|interview|post|press\s+release|"
                       r"letter|video|press\s+conference|news\s+conference|briefing|speech|address)\b[^\"“”,]*)?"
                       # (or in a parliament, named or not: "…, Prime Minister Nikol Pashinyan said in the parliament of the
                       # republic during the discussion of the draft budget for 2022")
                       r"(?:\s+in\s+(?:the\s+)?(?:parliament|Parliament|National\s+Assembly|Senate|Bundestag|Sejm|Knesset|Duma|Rada|Storting|"
                       # (and when after it: "…, the foreign minister said in parliament on Tuesday.")
                       r"Riksdag|Folketing|Saeima|Seimas|Riigikogu)\b(?:\s+of\s+(?:the\s+)?[\w’'-]+)?"
                       rf"(?:\s+(?:{_WHEN}))?)?"
                       # (", satisfying a key US demand …": a participle's clause after it)
                       # (or who passed it on: "…, Zapryanov said, quoted by BTA.")
                       # (a quotation after a participle too: "…, Tajani said on Friday, adding that “an official …”": the
                       # quotation rules read it, this rule the statement before)
                       # (where it was said, or a relative clause of the statement's: "…, Macron announced on March 27 at
                       # a summit of European leaders in Paris", "…, Sir Keir has previously said, which would help …")
                       # (and when: "…, PM Janez Janša said ahead of a summit of NATO leaders …")
                       # (and what else the speaker did: "…, Speaker … Nicola Minchev announced and listed the types of
                       # support included in the decision:")
                       # (and what the same speaker says next, a statement of its own: "… are a “source of pride,” she added,
                       # saying such initiatives encapsulate KRCS’ commitment towards humanitarian endeavors.")
                       r"(?:,\s+(?:saying|adding|noting|stressing)\s+(?:that\s+)?(?P<more>(?:[a-z]+\s+){1,3}[^\"“”]{10,}?)(?=\.?\s*$)|"
                       # (a participle after "thus", a short name in marks in it: "…, Mrs. Bachelet posted on Twitter, thus joining
                       # the campaign titled "Una Sola Fuerza" (A Single Force).")
                       r",?\s+(?:as|while|after|before|during|ahead\s+of|upon)\b[^\"“”]*|,\s+citing\b.*|"
                       r",\s+(?:thus\s+)?[a-z]+ing\b(?:[^\"“”]|[“\"][^“”\"]{1,40}[”\"])*|"
                       r"\s+and\s+(?:listed|outlined|detailed|enumerated|named)\b[^\"“”]*|"
                       # ("… told the … Roundtable in a panel on Tuesday": where, never a clause of what was said after
                       # it, "said in a lecture at …, that defense spending will be increased")
                       r"\s+at\s+(?:a|an|the)\s[^\"“”]*|,\s+which\s[^\"“”]*|"
                       r"\s+in\s+(?:a|an|the)\s+(?:panel|session|debate|discussion|roundtable|forum)\b(?:(?!\bthat\b)[^\"“”])*|"
                       r",\s+(?:adding|saying|noting|stressing)\s+(?:that\s+)?[“\"][^“”\"]+[”\"]?\.?[”\"]?|"
                       r",\s+(?:as\s+)?(?:quoted|cited)\s+by\b[^\"“”]*)?"
                       # (and the outlet that reported it: "…, Crosetto told parliament on Wednesday, according to Euractiv.",
                       # "…, Report informs referring to TASS.")
                       r"(?:,\s+according\s+to\s+[^,\"“”]{2,60}|,\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+(?:informs|reports|reported)"
                       r"(?:\s+(?:referring\s+to|citing)\s+[^,\"“”]{2,40})?)?"
                       # (and a dash's afterword on what was said: "…, Zelenskyy said — the deadliest attack on the
                       # capital this year.")
                       r"(?:\s+[—–]\s+(?:the|a|an|its|his|her|their)\s+[^\"“”]{2,80}?)?"
                       # (or a colon, and the quotation it announces, which the quotation rules read: "The use of this loan
                       # is covered by the budget of the European Union, Stocker emphasized: “That means …”")
                       r"(?::\s*[“\"][^“”\"]{10,}[”\"]?)?\.?\s*$", text) \
    or re.search(rf",\s+(?:said|says|assured|assures|added|adds|clarified|explained|noted|stated|announced|announces|criticized|"
                 # ("…, underlined Minister Logar.")
                 rf"criticised|underlined|stressed|emphasized|emphasised)(?:\s+(?:{_WHEN}))?"
                 r"\s+(?P<lead>[^,\"“”]{2,90}?)"
                 # (and where or when: "…, said Prime Minister Robert Golob upon arrival at the meeting of EU leaders,
                 # which focuses on defense.")
                 r"(?:\s+(?:upon|on\s+(?:arrival|arriving)|after|before|during|while|ahead\s+of|at\s+the\s+(?:start|end))\b[^\"“”]*)?"
                 # (or who the speaker is: "…, said caretaker Minister of Defense Atanas Zapryanov, who participated in …",
                 # "…, said Piotr Łukasiewicz, Poland's Chargé d'Affaires in Ukraine.", "…, said Piotr Nowak, a diplomat.")
                 # (or the name after the office: "…, says the country's Prime Minister, Kristrún Frostadóttir.")
                 rf"(?:,\s+who\s+[^\"“”]*|,\s+(?:a|an|the|[A-Z][\w’'-]*['’]s)\s+[^,\"“”]{{2,80}}?|,\s+(?P<apposed>{PERSON_NAME})(?=\.?\s*$))?"
                 # (and what the same speaker adds: "…, says Pål Jonsson and adds that the conditions exist to …")
                 # (or a participle: "…, said the Foreign Minister, adding that new national measures were in the pipeline")
                 r"(?:(?:\s+and\s+(?:adds|added|notes|noted|says|said|stresses|stressed)|,\s+(?:adding|noting|stressing))\s+that\s+"
                 r"(?P<more>[^\"“”]{10,}?))?"
                 r"\.?\s*$", text)  # "…, assures the Prime Minister of the Czech Republic Petr Fiala."


#: A line that is another story's headline (a speaker, a colon, what was said, no full stop at its end).
_INSET_HEADLINE = re.compile(r"\s*[A-Z][^.!?:“”\"]{2,60}:\s+[A-Z](?:[^.!?“”\"]|(?<=\d)\.(?=\d)){5,140}")

#: A page's own line between paragraphs of a story: an advertisement, a link to another story, a call to follow the site.
_BOILERPLATE = re.compile(r"\s*(?:[A-Z]{2,}(?:\s+[A-Z]{2,})*\s*:|(?:Read|See)\s+(?:also|more)\b|Also\s+read\b|Advertisement\b|"
                          r"Don['’]t\s+miss\b|Follow\s+(?:us|[A-Z][\w.]*\s+on)\b|Subscribe\b|Sign\s+up\b)")

#: "This was stated by …", "This was announced to journalists by …": a sentence naming who said the one before it.
_STATED_BY = (r"\s*(?:This|That|It)\s+was\s+(?:stated|said|declared|noted|announced|manifested|expressed|emphasi[sz]ed|stressed|"
              r"underlined|pointed\s+out)\s+"  # ("This was manifested by Brigadier General Roy Galido …")
              r"(?:to\s+(?:journalists|reporters|the\s+press|the\s+media)\s+)?by\s+")


#: An outlet the article names as one: "the Onet website", "the newspaper Rzeczpospolita", "the Delfi portal".
#: (with its state's or its kind's word for "the": "Slovak media outlet Aktuality", "Aktuality publication quoted Heger")
_NAMED_OUTLET = re.compile(r"\b(?:(?:the|[Mm]edia|[A-Z][a-z]+)\s+(?:(?:media|news)\s+)?(?:(?:website|newspaper|portal|daily|outlet|"
                           r"broadcaster|news\s+site|news\s+agency|magazine|weekly|tabloid|publication)\s+)"
                           r"(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})|"
                           # ("the Kathimerini media outlet reported")
                           r"(?P<later>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s+(?:(?:media|news)\s+)?(?:website|newspaper|portal|daily|outlet|"
                           r"broadcaster|news\s+site|news\s+agency|magazine|weekly|tabloid|publication)\b)")


def _announces_own_goal(text: str) -> bool:
    """Whether reported speech only announces a country's own spending goal ("the new budget would raise Poland’s defence
    spending to 4.8% of GDP"): the goal's evidence, as the seeds curate an announced budget, not a claim.

    >>> _announces_own_goal("Poland will raise its defense expenditure to 4.8% of its gross domestic product in 2026")
    True
    >>> _announces_own_goal("his government had committed to “significantly increase” military expenditure to 3.3 per cent of GDP")
    True
    >>> _announces_own_goal("he hoped defense spending would reach 5 percent of the island’s gross domestic product before 2030")
    True
    >>> _announces_own_goal("Canada will meet its NATO commitment and spend 2 per cent of national GDP on defence this year")
    True
    >>> _announces_own_goal("Austria intends to significantly increase its military spending to 2% of its gross domestic product")
    True
    >>> _announces_own_goal("BELGRADE (Sputnik - 20th February, 2023) Serbia will increase the country's defense spending from 2% to 3% of the GDP")
    True
    >>> _announces_own_goal("“as I promised, because I never forget my promises, our aim is to reach 2 per cent (of GDP)”, he said")
    True
    >>> _announces_own_goal("Hungary will increase its defence spending gradually to 2 percent of its economic output by 2026")
    True
    >>> _announces_own_goal("2.5% is the necessary effort that our country must make in terms of defence spending")
    True
    >>> _announces_own_goal("Our main goal is to increase funding. The current funding which makes 0,69% of GDP should increase up to 2% of GDP")
    True
    >>> _announces_own_goal("Cyprus' five-year goal is to increase defense spending, strengthen its deterrence, reach the level of 2 percent of GDP")
    True
    >>> _announces_own_goal("allies must raise their defence spending to 5% of GDP")
    False
    >>> _announces_own_goal("Canada expects to hit the NATO defence spending target in 2032")
    True
    >>> _announces_own_goal("the ministry would require about 1% of GDP per annum to prepare the country against threats")
    True
    """
    # (the story's dateline first: "THE HAGUE — Canada and its …", "BELGRADE (UrduPoint News / Sputnik - 20th February, 2023) …")
    text = re.sub(r"^\s*[A-Z][A-Z .'-]{2,}\s*(?:[—–-]+|\([^()]{3,80}\))\s*", "", text)
    if re.match(r"(?:Europeans|Europe|European\s+(?:nations|countries|states|governments|leaders))\b", text):
        return False  # ("Europeans to increase defense spending to more than 3 percent": no one's own goal, a call on a continent)
    figure = (r"(?:about\s+|around\s+|more\s+than\s+|over\s+|at\s+least\s+)?(?:[\d.]+|one|two|three|four|five|six)\s*"
              r"(?:%|per\s*cent|percent)")  # ("plans to allocate two percent of the country’s GDP")
    hoped = r"(?:(?:he|she|it|they|we)\s+(?:hoped|hopes|expects?|expected)\s+(?:that\s+)?)?"
    raised = (r"(?:it|they|we|(?:his|her|their|its|the)\s+(?:\w+\s+)?\w+|[A-Z][\w-]+)\s+(?:(?:will|would|is\s+to|had|has|have)\s+)?"
              # ("Italy would be able to raise its defense expenditure to 2 percent of GDP by the end of 2025")
              r"(?:(?:committed|pledged|planned|plans|aims?|decided|intends|intended|is\s+prepared|is\s+ready|is\s+willing|be\s+able)\s+to\s+)?"
              r"[“\"]?(?:\w+\s+)?(?:increase|raise|boost|lift)[”\"]?\s+"
              r"(?:(?:its|their|our|the\s+country['’]s|[A-Z][\w-]+['’]s)\s+)?(?:defen[cs]e|military)\s+(?:spending|budget|expenditure)\s+"
              # (an adverb of how: "Hungary will increase its defence spending gradually to 2 percent of its economic output")
              r"(?:(?:gradually|steadily|further|significantly|substantially|progressively)\s+)?"
              r"(?:from\s+" + figure + r"\s+)?to\s+" + figure)  # ("will increase the country's defense spending from 2% to 3% of the GDP")
    reached = (r"(?:(?:the|its|their|our|[A-Z][\w-]+['’]s|next\s+year['’]s)\s+)?(?:defen[cs]e|military)\s+(?:spending|budget|expenditure)\s+"
               r"(?:[\w-]+\s+){0,3}?(?:would|will|could|is\s+to)\s+(?:reach|rise\s+to|increase\s+to|hit)\s+" + figure)
    # ("Canada will meet its NATO commitment and spend 2 per cent of national GDP on defence this year", "Canada will meet
    # NATO’s defence spending target of 2 percent of GDP in the 2025–26 fiscal year")
    met = (r"(?:it|they|we|(?:his|her|their|its|the)\s+(?:\w+\s+)?\w+|[A-Z][\w-]+)\s+(?:will|would|is\s+to|plans?\s+to|is\s+going\s+to)\s+"
           r"(?:(?:meet|reach|hit|achieve)\s+[^.;%]{0,60}?\s+and\s+)?(?:spend|allocate|devote)\s+" + figure
           + r"\s+of\s+(?:[\w’']+\s+){0,2}(?:GDP|gross\s+domestic)"
           # ("Italy is poised to fulfill NATO's defense spending target of 2% of GDP this year by revamping its accounting methods")
           r"|(?:it|they|we|[A-Z][\w-]+)\s+(?:is|are)\s+(?:poised|set|on\s+track|about)\s+to\s+(?:fulfil+|meet|reach|hit|achieve)\s+"
           r"(?:the\s+|its\s+|NATO['’]s\s+|the\s+alliance['’]s\s+)?(?:[\w-]+\s+){0,3}?(?:target|goal|benchmark|guideline)\s+of\s+" + figure)
    # ("Canada and its NATO allies agreed at their annual summit on Wednesday to substantially hike their defence spending target
    # to five per cent of annual GDP by 2035": the goal the speaker's country agreed with its allies)
    agreed = (r"(?:[A-Z][\w-]+\s+and\s+its\s+[^.;]{0,60}?(?:allies|Allies)|(?:NATO\s+)?(?:members|allies|Allies))\s+(?:have\s+|had\s+)?"
              r"agreed\b[^.;%]{0,120}?\b(?:to|of)\s+(?:[\w-]+\s+){0,8}?(?:about\s+|at\s+least\s+)?(?:[\d.]+|[a-z]+)\s*(?:%|per\s*cent|percent)")
    # ("“as I promised during the pre-election period, …, our aim is to reach 2 per cent (of GDP) in expenditure regarding
    # National Guard equipment programmes”": the goal, however the sentence opens)
    aim = r"[“\"]?(?:[^“”\".;]{0,120}?,\s+)?(?:our|my|its|their)\s+(?:aim|goal|target|objective)\s+is\s+to\s+(?:reach|hit|achieve|spend)\s+" + figure
    # ("Our main goal is to increase funding in accordance with the European and NATO recommendations. The current funding which
    # makes 0,69% of GDP should increase up to 2% of GDP": the goal named, then its figure)
    # ("Cyprus' five-year goal is to increase defense spending, strengthen the deterrent power of Cyprus, reach the level of 2
    # percent of GDP")
    aim += (r"|[A-Z][\w-]+['’]s?\s+(?:[\w-]+\s+)?(?:aim|goal|target|objective)\s+is\s+to\s+(?:increase|raise|boost)\s+(?:defen[cs]e|military)\s+"
            r"(?:spending|budget|expenditure)\b[^;%]{0,120}?\b(?:reach|hit|achieve)\s+(?:the\s+level\s+of\s+)?" + figure)
    aim += (r"|(?:[Oo]ur|[Mm]y)\s+(?:main\s+|first\s+|chief\s+)?(?:aim|goal|target|objective)\s+is\s+to\s+(?:increase|raise|boost)\s+"
            r"(?:defen[cs]e\s+|military\s+)?(?:funding|spending|budget|expenditure)\b[^;]{0,160}?\b(?:should|must|will|would)\s+"
            r"(?:increase|rise|grow|reach)\s+(?:up\s+)?(?:to\s+)?" + figure)
    # ("The good news is that the governance programme envisions defence spending rising to 2.5% of GDP in the coming years")
    envisioned = (r"(?:[^“”\".;]{0,60}?\bthat\s+)?(?:the|our|its|their)\s+(?:[\w-]+\s+){0,2}(?:programme|program|plan|budget|strategy)\s+"
                  r"(?:envisions|envisages|foresees|provides\s+for|projects)\s+(?:defen[cs]e|military)\s+(?:spending|budget|expenditure)\s+"
                  r"(?:rising|increasing|growing|going\s+up)\s+to\s+" + figure)
    # ("2.5% is the necessary effort that our country must make in terms of defence spending": the share called for)
    needed = (figure + r"(?:\s+of\s+(?:the\s+)?GDP)?\s+(?:is|was|would\s+be|remains)\s+the\s+(?:necessary|minimum|required|essential|needed)\s+"
              r"(?:effort|level|contribution|share)\b")
    # ("Canada expects to hit the NATO defence spending target in 2032", "Canada expects to reach the spending target in eight
    # years": the alliance's target as the state's own goal, its share named elsewhere)
    named = (r"(?:it|we|[A-Z][\w-]+)\s+(?:expects?|plans?|aims?|intends?|wants?|hopes?|will|would)\s+(?:to\s+)?(?:hit|reach|meet|"
             r"achieve)\s+(?:the\s+|its\s+)?(?:NATO['’]?s?\s+|alliance['’]s\s+)?(?:(?:defen[cs]e\s+)?spending\s+)?(?:target|goal|benchmark)\s+"
             r"(?:in|by)\s+(?:(?:19|20)\d\d|\w+\s+years)\b")
    # (and the share a ministry says it needs or hopes to be given: "the ministry would require about 1% of GDP per annum to …",
    # "that his ministry would be allocated at least one percent of the nation’s GDP each year")
    required = (r"(?:hope\s+that\s+)?(?:the|his|her|its|our)\s+(?:ministry|department|forces|armed\s+forces|military)\s+(?:would|will|should|must)\s+"
                r"(?:require|need|be\s+allocated|be\s+given|receive|get)\s+" + figure)
    return bool(re.match(hoped + r"(?:" + raised + r"|" + reached + r"|" + met + r"|" + agreed + r"|" + aim + r"|" + envisioned + r"|"
                         + needed + r"|" + named + r"|" + required + r")", text))


#: The words of a statement before the object its own subject called for ("Pakistan has always advocated for "): the whole
#: statement is the claim, the object alone none.
_SUBJECT_CALLED_FOR = re.compile(r"(?:[^\s,]+\s+){2,}(?:advocat|call|appeal)(?:ed|es|s)\s+for\s+")


def _reports_within(words: str) -> bool:
    """Whether ``words``, the start of a statement, report what another subject said before a "that" ("the UK has this
    week announced that "): the statement is the whole, not only what follows.

    >>> _reports_within("the UK has this week announced that "), _reports_within("on Wednesday that ")
    (True, False)
    """
    return len(words.split()) >= 4 and bool(re.search(rf"\b(?:{_REPORT_VERBS}|told)\b[^.;]{{0,30}}\bthat\s*$", words))


#: A quotation that only thanks: "“Thank you for the Patriot,” said Andriy Yermak" (one that goes on to say more keeps; "I thank
#: you …" and "I am grateful …" in an address stay its sentences, list 174).
#: A sentence whose subject is a person's spokesman or aide, unnamed ("Prime Minister Sir Keir Starmer's official spokesman was
#: repeatedly asked …").
_SPOKESPERSON_OF = re.compile(r"\s*(?:[A-Z][\w’'.-]*\s+){0,6}[A-Z][\w’'-]*['’]s?\s+(?:(?:official|chief|press|senior|top|deputy)\s+)*"
                              r"(?:spokes(?:man|woman|person)|aide|advis[eo]r|press\s+secretary)\b")
#: What a paragraph says of one who spoke, and no more, before his words in the next ("… has responded to that call with a clear
#: message", "… has also responded strongly", "… has issued an urgent call to Europe's defence ministers").
_SPEECH_ACT = re.compile(r"\s+(?:(?:has|had|have)\s+)?(?:also\s+|now\s+|since\s+)?(?:responded|replied|reacted|spoke|"
                         r"(?:issued|made|sent|delivered)\s+an?\s+(?:[\w-]+\s+){0,2}(?:call|appeal|plea|warning|message))\b")
_ONLY_THANKS = re.compile(
    # ("A big Thank You to those that have supported my initiative and those that continue to help …")
    r"[“\"]?(?:(?:An?\s+)?(?:[Mm]any|[Bb]ig|[Ss]pecial|[Hh]uge|[Hh]eartfelt)\s+)?(?:[Tt]hank\s+[Yy]ou|[Tt]hanks)\b[^.!?;:]{0,140}[.!?]?[”\"]?\s*"
    # ("On behalf of the people and government of Ecuador, we thank China for this contribution to our country")
    # (only so, on others' behalf: "I thank you for such steady support" stays a claim, as test_extract_unseen holds)
    r"|[“\"]?[Oo]n\s+behalf\s+of\s+[^.;“”\"]{1,80},\s+(?:[Ww]e|I)\s+(?:would\s+like\s+to\s+|want\s+to\s+)?(?:thank|express\s+"
    r"(?:our|my)\s+(?:deep\s+|sincere\s+|heartfelt\s+)?(?:gratitude|thanks))\b[^.!?;:]{0,160}[.!?]?[”\"]?\s*")
#: A quotation that only offers sympathy, as condolences are no claim: "As the devastation … becomes evident, our sympathies
#: are with the people of Vanuatu.", "Our whānau in Vanuatu are very much in our thoughts."
_ONLY_SYMPATHY = re.compile(
    r"[“\"]?(?:[^.;“”\"]{0,100},\s+)?(?:[Oo]ur|[Mm]y)\s+(?:deepest\s+|heartfelt\s+|sincere\s+)?(?:sympath(?:y|ies)|condolences|"
    r"thoughts|prayers)(?:\s+and\s+(?:prayers|thoughts))?\s+(?:are|go|goes)\s+(?:out\s+)?(?:with|to)\s+[^.;]{1,80}[.!]?[”\"]?\s*|"
    r"[“\"]?[^.;]{1,80}\s+(?:are|is)\s+(?:very\s+much\s+|always\s+)?in\s+our\s+(?:thoughts|prayers)(?:\s+and\s+(?:thoughts|prayers))?"
    r"[.!]?[”\"]?\s*")


class ClaimRules(LayoutRules):
    """Claim rules: quotations and reported speech, and who said them."""

    def _inset_attribution(self, s: Sentence, mentions: list[Mention], out: list[Candidate]) -> list[Candidate]:
        """A statement its attribution interrupts after its subject or its opening word, no quotation marks: "The delivery of
        aid, said Farhan, must also arrive at the right location." (the subject and the rest, one claim) and "Instead, Farhan
        continued, his party encouraged humanitarian aid to be immediately sent to Ukraine." (what follows the attribution)."""
        if any(c.kind == "claim" for c in out) or re.search(r"[“”\"]", s.text):
            return []
        text = s.text
        # (or an office alone, its holder the one the article names: "These donations, said the head of government, demonstrate
        # the special bonds …")
        split = re.match(rf"\s*(?P<head>[A-Z][^,;:]{{5,80}}),\s+(?:said|says|added|continued|noted|stressed)\s+(?P<who>{PERSON_NAME}|"
                         rf"{NAME_TOKEN}|(?P<office>the\s+head\s+of\s+(?:the\s+)?(?:government|state)|the\s+(?:[A-Z][\w’'.]*\s+)?"
                         rf"(?i:{_TITLE}))),\s+(?P<tail>[a-z][^;]{{10,}}?)[.!]?\s*$", text)
        opened = None if split else re.match(
            rf"\s*(?:Instead|Moreover|However|Meanwhile|Furthermore|Also|Still|Yet|And|But|So|Indeed),\s+(?P<who>{PERSON_NAME}|{NAME_TOKEN})"
            rf"\s+(?:said|says|added|continued|noted|stressed|argued),\s+(?P<tail>[a-z][^;]{{10,}}?)[.!]?\s*$", text)
        found = split or opened
        if found is None or found.group("who") in domain().not_names:
            return []
        office = found.groupdict().get("office")
        if office:
            # (the head of a government is its prime minister, of a state its president, as "The head of the … government
            # explained" is read)
            office = re.sub(r"head\s+of\s+(?:the\s+)?government$", "Prime Minister", re.sub(r"head\s+of\s+state$", "President", office))
        speaker = self._office_alone(office, found.start("who")) if office else \
            self._speaker_in(found.group("who"), found.start("who"), mentions)
        if speaker is None or (not office and not _speaks(speaker)) or speaker.match.type not in ("person", None):
            return []
        said = f"{found.group('head')} {found.group('tail')}" if split else found.group("tail")
        return [self._claim(s, speaker, said, "paraphrase", "claim:reported-speech")]

    def _goal_evidence(self, body: str, speaker: Mention, s: Sentence) -> bool:
        """Whether reported speech ``body`` only announces a goal read in sentence ``s`` (its evidence, no claim); if so,
        ``speaker`` is remembered as one who spoke (a "she said" before any name may stand for them: see
        ``Extractor._resolve_offices``)."""
        goal = self.targeted_here and (_announces_own_goal(body) or self._says_goal_read(body))
        if goal:
            self.goal_speakers.append((speaker, s))
        return goal

    def _says_goal_read(self, body: str) -> bool:
        """Whether reported speech only says a state's own goal read in this sentence: the state opens it (by name, or as
        "it", "we", "the country") and the goal's share is in it ("Germany plans to meet NATO's 2 percent of GDP spending target
        by 2031 …", "it should reach 2% by 2031"). A goal of the alliance stays the speaker's claim ("allies must raise their
        defence spending to 5% of GDP"), and so does a vow with no subject ("… on Tuesday vowed to lift the country's defense
        spending to 3.5% …", as `test_extract_unseen.py` holds)."""
        for t in self.targets_here:
            # (the alliance's target too, where the statement is that the state will meet it: "The country, a founding member
            # of the North Atlantic Treaty Organization, will also boost military spending to meet the alliance’s target of 2%
            # of gross domestic product")
            meets = re.search(r"\b(?:meet|reach|hit|achieve)\s+(?:the\s+)?(?:alliance|NATO)(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:target|goal|benchmark|guideline)\b", body)
            if self.g.types.get(str(t.fields["actor"])) != "country" and not (t.fields["actor"] == self._alliance() and meets):
                continue
            share = re.escape(str(t.fields["percent_gdp"])).replace(r"\.", "[.,]")
            if not re.search(rf"(?<![\d.,]){share}\s*(?:%|per\s*cent|percent)", body):
                continue
            opening = re.match(r"\s*(?:that\s+)?(?:[Tt]he\s+)?(?P<rest>.*)", DAY_LEAD.sub("", body.lstrip()), re.S)
            rest = opening.group("rest") if opening else body
            if re.match(r"(?:(?:his|her|its|their|our)\s+)?(?:it|we|country|government)\b", rest, re.I):
                return True  # (the speaker's own too: "his government would meet NATO's target of 2% … this year")
            # (its possessive too: "Sweden's government wants to increase military spending to 2% of GDP …")
            lead = self.g.leading_country_or_org([re.sub(r"['’]s?$", "", w) for w in rest.split()[:4]])
            if lead is not None and lead[0].entity == t.fields["actor"]:
                return True
        return False

    def claims(self, s: Sentence, mentions: list[Mention]) -> list[Candidate]:
        paragraph = self.plain_paragraph
        run = self._run_before(s)
        above = self.unattributed[1] if self.unattributed[0] == s.paragraph - 1 else []  # (the paragraph before's, unsaid)
        held, self.held_quote = self.held_quote, None
        before = self.previous_sentence
        out = self._claims(s, mentions)
        out += self._interview_answer(s, mentions, out)
        out += self._labelled_turn(s, mentions, out)
        out += self._timed_turn(s, mentions, out)
        out += self._embedded_post(s, mentions, run, out, above)
        out += self._dash_attribution(s, mentions, paragraph, out)
        out += self._name_line(s, mentions, paragraph, out)
        out += self._unopened_quotation(s, mentions, run, out)
        out += self._verb_quoted(s, mentions, out)
        out += self._as_noted(s, mentions, out)
        out += self._pair_said(s, mentions, out)
        out += self._signatories_said(s, mentions, out)
        out += self._headline_colon(s, out)
        out += self._cut_quotation(s, out)
        out += self._told_outlet(s, mentions, before, out)
        out += self._captioned(s, mentions, out)
        out += self._statement_by(s, mentions, out)
        out += self._judged_by(s, mentions, out)
        out += self._inset_attribution(s, mentions, out)
        # (nothing of the excerpt's last sentence where the excerpt cuts it off: "Most decisions, he said, were ultimately made in
        # Zelenskyy's offi", "… that he resigned as Prim")
        # (only what it cuts short: a few words, or a quotation it leaves open — a long statement cut near its end keeps, as
        # the lists before curated it)
        if s.start == self.last_start and not re.search(r"[.!?…\"”’)\]]\s*$", s.text) and len(self.paragraph_texts) > 1:
            # (nor a quotation the sentence leaves open whose last word the cut split: "\"We will continue to work to hold
            # Russia accountable for its abuses and ag"; one cut between words keeps, "… of what the alliance needs")
            left_open = s.text.count('"') % 2 == 1 or s.text.count("“") > s.text.count("”")
            split_word = re.search(r"\b[a-z]{1,2}$", s.text.rstrip()) is not None \
                and s.text.rstrip().rsplit(None, 1)[-1] not in STOPWORDS | {"go", "if", "am"}
            # (nor one cut inside its figure: "He disclosed that in 2024 alone, Portugal’s aid to Ukraine amounted to €227 ")
            out = [c for c in out if not (c.kind == "claim" and (len(c.fields["text"].split()) < 6 or (
                c.fields["text"].count("“") > c.fields["text"].count("”"))
                or (re.search(r"(?:[€$£]\s?|\b)\d[\d.,]*$", c.fields["text"].rstrip()) and s.text.rstrip().endswith(c.fields["text"].rstrip()))
                or (left_open and split_word and s.text.rstrip().endswith(c.fields["text"].rstrip()))))]
            for c in out:  # (a second "that" clause the cut falls in is left out, the first kept whole: "… said that Greece
                # played a key role in NATO and that its contribution to th")
                second = re.fullmatch(r"(?P<head>.{20,}?),?\s+and\s+that\s+[^,;]{0,60}", c.fields["text"]) if c.kind == "claim" else None
                if second is not None:
                    c.fields["text"] = second.group("head")
        # (nor what runs into a cut the page marks with a comma and an ellipsis: "On July 16 Defense Minister Gazmend Oketa
        # announced that the number of troops serving in Mosul,...", a reference page's excerpt)
        marked_cut = re.search(r",\s*(?:\.{3}|…)\s*$", s.text)
        if marked_cut:
            before_cut = s.text[:marked_cut.start()].rstrip()
            out = [c for c in out if not (c.kind == "claim" and before_cut.endswith(c.fields["text"].rstrip(" .")))]
        # (nor "this" said, then when or where: "Tinubu said this when he presented the 2025 Appropriation Bill …" says nothing
        # more than the sentence before)
        out = [c for c in out if not (c.kind == "claim" and c.fields["kind"] == "paraphrase" and re.match(
            r"(?:this|that|so|it)\s+(?:when|while|after|before|at|during|in|on|as|to|during)\b", c.fields["text"]))]
        # (nor what one plans or is expected to say, not said yet: "Takaichi plans to say that her government will use …"; nor
        # a call a state or a capital makes: "… amid Washington's calls for allies to shoulder more …")
        out = [c for c in out if not (c.kind == "claim" and c.fields["kind"] == "paraphrase" and (
            re.search(r"\b(?:plans?|planning|intends?|expected|set|going|due|is\s+to|are\s+to)\s+to\s+(?:say|announce|tell|declare|state)\b"
                      r"[^.;]{0,40}$", s.text[:max(0, s.text.find(c.fields["text"]))])
            or (called := re.search(r"\b(?P<owner>[A-Z][\w’'-]+)['’]s\s+(?:calls?|demands?|appeals?|requests?)\s+(?:for|on)\s+$",
                                    s.text[:max(0, s.text.find(c.fields["text"]))])) is not None
            and (self.g.country_or_org(called.group("owner")) is not None
                 or called.group("owner") in self.g.capitals_as_written())))]
        # (nor a capital proposed as a person: "…, Tokyo says" is no one named Tokyo)
        out = [c for c in out if not (c.kind == "claim" and c.matches and c.matches[0].entity is None
                                      and c.matches[0].name.strip().lower() in {city.lower() for city in self.g.capitals_as_written()})]
        # (a quotation that is only a relative clause of what the sentence says before it is that whole statement: "The Union
        # will not allow finished results to be presented, “which we should then simply agree to,” said Merz")
        for c in out:
            if c.kind == "claim" and c.rule == "claim:quote-attribution" and re.match(r"(?:which|who|that|where)\b", c.fields["text"]):
                at = s.text.find(c.fields["text"])
                lead = re.sub(r"[\s,“\"]+$", "", s.text[:max(0, at)])
                if len(lead.split()) >= 4 and not re.search(r"[“”\"]", lead) and not re.search(rf"\b(?:{_SAY})\b", lead):
                    c.fields["text"] = f"{lead.strip()}, {c.fields['text']}"
        out += self._pasted_remarks(s, mentions, out)
        out += self._handed_over(s, mentions, out)
        out += self._speech_page(s, mentions, out)
        # (an outlet is no speaker: "Politico described Italy as “one of NATO’s lowest military spenders,”"; nor one the
        # article calls so anywhere, read once for the whole page: "the Onet website has reported" then "…, Onet notes")
        # (nor a broadcaster by its medium's word: "Radio Slovenija meanwhile reported that …")
        out = [c for c in out if not (c.kind == "claim" and c.matches and not c.matches[0].entity
                                      and (_OUTLET.fullmatch(c.matches[0].name) or c.matches[0].name in self.outlets
                                           or re.match(r"(?:Radio|Television|TV|Channel)\s+[A-Z]", c.matches[0].name)
                                           # (in capitals too, as an interview labels its side: "DER SPIEGEL: You have …")
                                           or c.matches[0].name.isupper() and _OUTLET.fullmatch(c.matches[0].name.title())))]
        # (nor words that only announce the pledge this sentence gave, reported or quoted as a phrase inside reported speech:
        # "He said the United States is preparing “a strong and important military package worth $725 million.”", a
        # headline's "Zelensky: U.S. preparing $725M military aid package": its evidence; a quoted sentence of the speaker's
        # own, "Denmark is allocating an additional 2bn Danish kroner …", stays a claim, as the lists curate it)
        if self.pledged_here:
            out = [c for c in out if not (c.kind == "claim" and _announces_pledge(c.fields["text"]) and (
                c.fields["kind"] == "paraphrase" or not c.fields["text"][:1].isupper()))]
        if find_money(s.text):
            # (nor a vow to give the sum again, told beside it: "… would provide €1 billion in aid and pledged to maintain this
            # level of support annually throughout his term": the pledge's evidence)
            out = [c for c in out if not (c.kind == "claim" and c.fields["kind"] == "paraphrase" and re.match(
                r"to\s+(?:maintain|keep|continue|sustain|repeat|match|provide)\s+(?:this|that|the\s+same)\s+(?:level|amount|sum|figure)\b",
                c.fields["text"]))]
        # (nor the first person's words, whoever they met before them: "… where we welcomed President Zelensky, and then at the
        # G7 … where we had important updates …, agreed that …, and stressed the need …")
        out = [c for c in out if not (c.kind == "claim" and c.fields["kind"] == "paraphrase" and c.matches and (
            named_at := s.text.find(c.matches[0].name.split()[-1])) >= 0 and (said_at := s.text.find(c.fields["text"][:30])) > named_at
            and re.search(r"\b(?:welcomed|met|meeting|greeted|hosted|received|visited|with)\s+(?:[A-Z][\w.’'-]*\s+){0,3}$", s.text[:named_at])
            and re.search(r"(?:,|\bwhere|\band|\bthen)\s+(?:we|I)\s+(?:(?:have|had|also|then)\s+)?[a-z]+\b", s.text[named_at:said_at]))]
        # (nor reported words inside a question: "Has the Secretary of State had a chance … to talk about how we maintain that
        # level of military aid …, what was the outcome?")
        if s.text.rstrip().endswith("?"):
            out = [c for c in out if not (c.kind == "claim" and c.fields["kind"] == "paraphrase")]
        # (nor a government named by its building: "The White House has warned that …", "…,” the Pentagon said")
        out = [c for c in out if not (c.kind == "claim" and c.matches and c.matches[0].type != "person"
                                      and _BUILDING.fullmatch(c.matches[0].name))]
        # (nor a name in marks inside a phrase, no words said: "On the “coalition of the willing”, Stubb says: “…”")
        out = [c for c in out if not (c.kind == "claim" and c.fields["kind"] == "quote" and len(c.fields["text"].split()) <= 5
                                      and re.search(r"\b(?i:on|about|of|for|to|in|with|from|by|over)\s+(?:the|a|an)\s*[“\"‘']"
                                                    + re.escape(c.fields["text"]), s.text))]
        # (nor the outlet's appeal to its readers, its paragraph asking for money: "We’re bringing the voice of Ukraine to the
        # world. Support us with a one-time donation, or become a Patron!")
        if re.search(r"\b(?:one-time\s+donation|become\s+a\s+[Pp]atron|[Ss]upport\s+us\s+with)\b", self.paragraph_texts.get(s.paragraph, "")):
            out = [c for c in out if c.kind != "claim"]
        # (nor the outlet's own reminder to its readers: "We remind you that Ukraine has been at war with Russian aggression for
        # almost a year …", which pasted-remarks rules had given to the minister named before)
        out = [c for c in out if not (c.kind == "claim" and re.match(
            r"[“\"]?(?:(?:We|Let\s+us)\s+(?:would\s+like\s+to\s+)?remind\s+(?:you|our\s+readers|readers)|(?:It\s+should\s+be\s+)?[Rr]ecall(?:ed)?\s+that)\b",
            c.fields["text"]))]
        # (nor a quotation that only thanks or only offers sympathy: courtesies are no claim, as the lists curate them)
        out = [c for c in out if not (c.kind == "claim" and c.fields["kind"] == "quote" and (
            _ONLY_THANKS.fullmatch(c.fields["text"]) or _ONLY_SYMPATHY.fullmatch(c.fields["text"])))]
        # (or the next paragraph's, where it opens with its speaker "also" saying more: "“Our Minister of Defense is proud to
        # announce …”" / "Bart De Wever also noted that …")
        if held is not None and (held[0].paragraph == s.paragraph or (
                s.paragraph == held[0].paragraph + 1
                and re.match(rf"\s*(?:{PERSON_NAME}|{NAME_TOKEN})\s+also\s+(?:{_SAY})\b", s.text))):
            # "“We are in support of … .” The deadline … has been set for 2035. In a media statement, Minister Anušić told
            # reporters that …": a quotation opening its paragraph, unattributed, is the one the paragraph reports speaking
            # (the first sentence that gives anyone's words; a sentence between that names no one is no other speaker's)
            said = next((c for c in out if c.kind == "claim" and c.rule == "claim:reported-speech" and c.matches
                         and c.matches[0].type == "person" and c.matches[0].how != "office"), None)
            # (or the next sentence's quotation, opening it and told at once: "“… with the United States.” “These funds will be
            # used …,” Plenkovic said.": two quotations side by side, one teller)
            said = said or next((c for c in out if c.kind == "claim" and c.rule == "claim:quote-attribution" and c.matches
                                 and c.matches[0].type == "person" and held[0].paragraph == s.paragraph
                                 and before is not None and before[0] is held[0] and re.match(r"\s*[“\"]", s.text)
                                 and s.text.lstrip().lstrip("“\"").startswith(c.fields["text"][:20])), None)
            if said is not None:
                out.insert(out.index(said), Candidate.scored("claim", {**said.fields, "kind": "quote", "text": held[1]}, held[0],
                                                             "claim:quote-then-attribution", said.matches[:1]))
            elif not out and not any(m.match.type in ("person", None) for m in self._people(s.text, mentions)):
                self.held_quote = held
        plain = not out and not re.search(r"[\"“”]", s.text)
        self.plain_paragraph = (s.paragraph, [*paragraph[1], s], paragraph[2] and plain) \
            if paragraph[0] == s.paragraph else (s.paragraph, [s], plain)
        # "The allocation of … is unacceptable for Hungary. / This statement by Hungarian Minister of Foreign Affairs
        # Péter Szijjártó was made on Monday …": the sentence before, unattributed, is that person's
        this = re.match(r"\s*(?:This|That|The)\s+(?:statement|remark|comment|assessment|announcement)\s+(?:by|from|of)\s+"
                        r"(?P<lead>(?:[^,.;\"“”]|(?<=\b[A-Z])\.){3,90}?)\s+(?:was|came)\b", s.text) \
            or re.match(r"\s*(?P<lead>(?:[A-Z][\w’'.-]*\s+){1,6}?)(?:stated|said|declared|announced|confirmed)\s+this\b"
                        # (not when: "Trump said this week that the troops could be moved to Poland")
                        r"(?!\s+(?:week|weekend|month|year|morning|afternoon|evening|spring|summer|autumn|fall|winter|time)\b)", s.text) \
            or re.match(_STATED_BY + r"(?P<lead>(?:[^,.;\"“”]|(?<=\b[A-Z])\.){3,140}?)"
                        # (a long one too, where the speaker serves: "… by Brigadier General Roy Galido of Armed Forces of the
                        # Philippines (AFP) Systems Engineering Office during …")
                        r"(?:\s+(?:at|in|on|during|after|before|while|to|following|upon|ahead\s+of)\b[^\"“”]*|,[^\"“”]*|"
                        # ("This was said by … Antonio Tajani, speaking about the agreement …, adding that “…”": what he added
                        # is a claim of its own)
                        r",\s+(?:speaking|adding|noting|stressing)\b.*)?\.?\s*$", s.text)
        # ("Austria will continue to provide full support to Ukraine … . That's according to Federal Chancellor of Austria, Karl
        # Nehammer, who spoke at a joint press conference …": the sentence before is his)
        according = re.match(r"\s*(?:This|That)(?:['’]s|\s+is|\s+was)\s+according\s+to\s+(?P<lead>[^.;\"“”]{3,90}?)"
                             r"(?:,\s+(?:who|which|as|in|at|during|speaking)\b[^\"“”]*)?\.?\s*$", s.text)
        if according is not None:
            out = [c for c in out if c.kind != "claim"]  # (what the attribution itself says of the speaker is no claim)
        this = this or according
        # ("The tolerance of the Bulgarian people … is a guarantee against xenophobia. This was stated by President Rumen
        # Radev at a meeting in Sofia …": the same, a state's initials in the title too, "U.S. Secretary of Defense …"; "This was
        # announced by Sánchez" names who announced a pledge, its evidence)
        before = self.previous_sentence
        # (a sentence that is one quotation and nothing else is the quotation of whom the next names: "“The negotiation for
        # the bilateral agreement … alongside Kiev”. This was said by Deputy Prime Minister … Antonio Tajani")
        whole = re.fullmatch(r"\s*[“\"](?P<q>[^“”\"]{20,})[”\"]\s*\.?\s*", before[0].text) if before is not None else None
        if this and before is not None and before[1] == () and s.paragraph - before[0].paragraph <= 1 \
                and len(before[0].text.split()) >= 5 and (not quoted_spans(before[0].text) or whole is not None) \
                and not _announces_pledge(before[0].text) \
                and not (re.match(r"\s*\w+\s+was\s+announced\b", s.text) and (
                    self.pledged_here or _announces_pledge(before[0].text)
                    or not re.search(r"\b(?:will|would|must|should|cannot|can['’]t|could|won['’]t|not|never)\b", before[0].text))):
            # ("Italy will not be able to reach the 2% … until 2028. This was announced by … Guido Crosetto in an interview
            # with Avvenire": his statement; but "This was announced by Sánchez" (or "President Yoon Suk-yeol stated this")
            # after a pledge names who announced it, and
            # after "Finnish Defence Minister Antti Hakkanen arrived in Athens." who made the news known: an event, no claim)
            # (a name, then "of" where its bearer serves: "Brigadier General Roy Galido of Armed Forces of the Philippines (AFP)
            # Systems Engineering Office", never a title's own "of", "U.S. Secretary of Defense Pete Hegseth")
            served = re.match(r"(?P<who>.*?\b[A-Z][\w’'-]+\s+(?P<last>[A-Z][\w’'-]+))\s+of\s+", this.group("lead"))
            lead = served.group("who") if served is not None and served.group("last") not in domain().not_names \
                and not re.fullmatch(rf"(?i:{_TITLE})", served.group("last")) else this.group("lead")
            speaker = self._speaker_in(lead, this.start("lead"), mentions)
            # (a single word never named before is no one's name: "That's according to Azertac, which refers to Azerenergy OJSC"
            # cites an agency)
            if speaker is not None and speaker.match.how == "new" and not speaker.match.entity and len(speaker.match.name.split()) < 2:
                speaker = None
            if speaker is not None and speaker.match.type in ("person", None) and (speaker.match.entity or speaker.match.how in ("new", "seen")):
                # (the paragraph's sentences before it that no one was said to say are all what was announced: "The
                # Icelandic government will double its defense support … . The funds will be used to demine … . This was
                # announced by the Prime Minister …")
                if whole is not None:
                    out.append(self._claim(before[0], speaker, whole.group("q").strip().rstrip("."), "quote",
                                           "claim:quote-then-attribution"))
                else:
                    announced = " ".join(run) if run and run[-1].strip() == before[0].text.strip() else before[0].text.strip()
                    out.append(self._claim(before[0], speaker, announced.rstrip("."), "paraphrase", "claim:reported-speech"))
        self.previous_sentence = (s, tuple(c for c in out if c.kind == "claim"))
        # two readings of one statement ("said on Wednesday that all 32 members …" and "all 32 members …"): the one
        # without the words before it
        # (not a statement that ends with another the same speaker made in it: "he warned that the nation would not be safe
        # …, accusing Moscow of “blackmailing other countries”" is one statement, the accusation another)
        # (but the longer keeps, and the shorter goes, where the words before the shorter report someone else's: "He says
        # the UK has this week announced that it will provide …")
        # (a quotation inside a person's reported statement is that statement's, not the state's it names: "Motegi said … that
        # Tokyo will tell Trump that it will place a “fundamental strengthening …”")
        out = [c for c in out if not (c.kind == "claim" and c.fields.get("kind") == "quote" and c.matches
                                      and c.matches[0].type == "country" and any(
            o is not c and o.kind == "claim" and o.fields.get("kind") == "paraphrase" and o.matches
            and o.matches[0].type in ("person", None) and c.fields["text"].rstrip(".”\"") in o.fields["text"] for o in out))]
        # (but a body's statement that tells what a person said is the person's: "“As regards the war …, he stressed that the
        # need to reinforce … is still imperative …,” the ministry said in a statement" is the minister's, not the state's)
        out = [c for c in out if not (c.kind == "claim" and c.matches and c.matches[0].type in ("country", "organization") and any(
            o is not c and o.kind == "claim" and o.matches and o.matches[0].type in ("person", None)
            and len(o.fields["text"]) < len(c.fields["text"]) and c.fields["text"].rstrip(".”\"").endswith(o.fields["text"])
            and _reports_within(c.fields["text"][:c.fields["text"].rstrip(".”\"").rfind(o.fields["text"])]) for o in out))]
        # (whoever the shorter's speaker: "Foreign Minister Toshimitsu Motegi said … that Tokyo will tell Trump that it will …" is
        # the minister's statement, not Tokyo's)
        out = [c for c in out if not (c.kind == "claim" and any(
            o is not c and o.kind == "claim"
            and len(c.fields["text"]) < len(o.fields["text"]) and o.fields["text"].endswith(c.fields["text"])
            and _reports_within(o.fields["text"][:len(o.fields["text"]) - len(c.fields["text"])]) for o in out))]
        # (a call that runs on into the same speaker's next verb is cut before it: "urged lawmakers to continue supporting
        # Ukraine and criticized President Biden for …" is two statements, each found)
        for c in out:
            for o in out:
                # (the marks that close the sentence aside: "… and condemned Russian “war crimes.”" ends with "… “war crimes")
                whole, part = (x.fields["text"].rstrip(".”\"’ ") for x in (c, o))
                if o is not c and c.kind == o.kind == "claim" and o.fields["speaker"] == c.fields["speaker"] \
                        and len(part) < len(whole) and whole.endswith(part) \
                        and (cut := re.fullmatch(r"(?P<head>.{15,}?),?\s+and\s+", whole[:-len(part)]) if re.match(
                            r"(?:criticized|criticised|praised|accused|blamed|condemned|warned|said|stressed|called)\b", o.fields["text"])
                             # (or a promise after a comma: "… to step up support …, promising an “economic miracle” …")
                             else re.fullmatch(r"(?P<head>.{15,}?),\s+", whole[:-len(part)]) if re.match(
                            r"(?:promising|vowing|pledging)\b", o.fields["text"]) else None):
                    c.fields["text"] = cut.group("head")
        out = [c for c in out if not (c.kind == "claim" and any(
            o is not c and o.kind == "claim" and o.fields["speaker"] == c.fields["speaker"]
            and len(o.fields["text"]) < len(c.fields["text"]) and c.fields["text"].endswith(o.fields["text"])
            and not _reports_within(c.fields["text"][:len(c.fields["text"]) - len(o.fields["text"])])
            and not re.search(r",\s+(?:accus|urg|call|press|warn|claim|describ|brand|dismiss)\w*\s+$",
                              c.fields["text"][:len(c.fields["text"]) - len(o.fields["text"])])
            # (nor one whose own subject called for it: "… noting that Pakistan has always advocated for a peaceful conclusion"
            # is more than "a peaceful conclusion")
            and not _SUBJECT_CALLED_FOR.fullmatch(c.fields["text"][:len(c.fields["text"]) - len(o.fields["text"])])
            # (nor one the other's judgement closes: "a new set of objectives … was adopted today, describing it as “…”")
            and not (re.search(r",\s*$", c.fields["text"][:len(c.fields["text"]) - len(o.fields["text"])])
                     and re.match(r"(?:describ|call|brand|dismiss|label|term|hail|accus)\w*\b", o.fields["text"]))
            for o in out))]
        # (and the call's object alone is then no claim of its own: "a peaceful conclusion")
        out = [o for o in out if not (o.kind == "claim" and any(
            c is not o and c.kind == "claim" and c.fields["speaker"] == o.fields["speaker"] and len(c.fields["text"]) > len(o.fields["text"])
            and c.fields["text"].endswith(o.fields["text"])
            and _SUBJECT_CALLED_FOR.fullmatch(c.fields["text"][:len(c.fields["text"]) - len(o.fields["text"])])
            for c in out))]
        # (a person's statement that closes its paragraph may be followed by their remarks, pasted without marks)
        closing = next((c for c in reversed(out) if c.kind == "claim" and c.matches and c.matches[0].type == "person"), None)
        if closing is not None and self.paragraph_texts.get(s.paragraph, "").rstrip().endswith(s.text.strip()):
            self.remarks = (Mention(0, 0, closing.matches[0]), s.paragraph, False)
        if self.inferred_office is not None:  # "…," said the prime minister of Norway (named earlier by title only)
            person, role, org = self.inferred_office
            self.inferred_office = None
            who = person.entity or _slug(person.name)
            # (never an office of another state for one the workspace knows in it: "“…,” the President said" on a page about
            # Germany is Trump, the United States' president, not Germany's)
            known_elsewhere = self.offices.get((who, role)) not in (None, org.entity)
            if role not in self.person_roles.get(who, set()) and not known_elsewhere:
                out.append(Candidate.scored("role", {"person": who, "role": role, "organization": org.entity, "status": "current"},
                                            s, "role:title-reference", [person, org],
                                            *(() if person.entity else ("new-entity",))))
                self.person_orgs.setdefault(who, str(org.entity))
                self.person_roles.setdefault(who, set()).add(role)
        return out

    def _claims(self, s: Sentence, mentions: list[Mention]) -> list[Candidate]:
        out: list[Candidate] = []
        text = s.text
        if re.search(rf"\b(?i:an?|one|two|three|several)\s+{_UNNAMED}\s+(?:said|says|told)\b|\bsources?\s+(?:said|told|familiar)\b", text):
            self.unnamed_source = True  # (a later "The official said …" is that one, no one named)
        dashed = self._dash_quote(s, mentions)
        if dashed is not None:
            return self._remember(s, mentions, [dashed])
        pending, self.pending_speaker = self.pending_speaker, None
        if pending is not None and _BOILERPLATE.match(text) and not re.search(r"[\"“”]", text):
            # "In his own words, Ruto went on:" / "PAY ATTENTION: Don't miss trending Kenyan news." / "“Kenya advocates …”": a
            # page's advertisement between the colon and the quotation it announces
            self.pending_speaker = pending
            return []
        # (a list's items after "… spoke at an event in Brussels:" are all that speaker's)
        listed = pending if re.match(r"\s*[-•*–]\s", text) else None
        dangling, self.dangling_quote = self.dangling_quote, None
        # "“… Ukraine can count on us,”" as a paragraph, then "Minister of Defence … Kajsa Ollongren noted." as the next
        # (with where or how it was said after the verb: "Zelenskyy said in a tweet.")
        # (a surname of two letters too: "Wu wrote.")
        alone = re.fullmatch(rf"\s*(?P<lead>[^\"“”]{{2,150}}?)\s+(?:{_SAY})(?:\s+(?:in|on|at|during|via)\s+[^.!?\"“”]{{1,60}}?)?"
                             r"\s*[.!]?\s*", text) \
            or re.match(rf"\s*(?i:{_SAY})\s+(?P<lead>[^,.!?\"“”]{{3,90}}?)\s*(?:[,.!]|$)", text)  # "Stated De Wever, following …"
        # the very next sentence: a paragraph of its own after a quote cut off at a comma, or the rest of the quote's
        # own paragraph after a complete one ("“… fight and win.” Blair said.")
        # (a comma outside the closing mark too: "“… protect Western society”," then "Stated De Wever, …")
        if dangling is not None and alone and (s.paragraph > dangling[0].paragraph
                                               if re.search(r",\s*[\"”]$|[\"”]\s*,$", dangling[0].text.rstrip())
                                               else s.paragraph == dangling[0].paragraph):
            speaker = self._speaker_in(alone.group("lead"), 0, mentions)
            asked = dangling[1].rstrip("”\" ").endswith("?") and re.search(r"\basked\b", text)  # ("“…?” Manuel asked.": a question)
            if speaker is not None and (speaker.match.entity or speaker.match.how in ("new", "seen")) and not asked:
                out.append(self._claim(dangling[0], speaker, dangling[1], "quote", "claim:quote-then-attribution"))
        # (or a paragraph of speech whose marks the copy lost, cut off at a comma, its attribution the next paragraph alone: "The
        # most important thing now is to help people …, because timely help is twice as valuable," / "said Federal Chancellor
        # Karl Nehammer.")
        elif dangling is None and alone and self.unattributed[0] == s.paragraph - 1 and self.unattributed[1] \
                and self.unattributed[1][-1].rstrip().endswith(",") and (
                    self.previous_sentence is None or self.previous_sentence[0].paragraph != s.paragraph) \
                and not re.search(r"[\"“”]", " ".join(self.unattributed[1])) and self.previous_sentence is not None:
            speaker = self._speaker_in(alone.group("lead"), 0, mentions)
            if speaker is not None and speaker.match.type in ("person", None) and (speaker.match.entity or speaker.match.how in ("new", "seen")):
                said = " ".join(self.unattributed[1]).strip().rstrip(",")
                out.append(self._claim(self.previous_sentence[0], speaker, said, "quote", "claim:quote-then-attribution"))
        halves: list[str] = []  # quotations that a conjunction joins to the next, attributed one
        continued_to: int | None = None  # where the last quotation read as the previous speaker's continuing ends
        # a curly opening mark may close with a straight one ("“… not enough," said …"): wire copy mixes them
        # (and single marks where a sentence or a clause opens with one and it closes after the quote's punctuation:
        # "'Additional Lithuanian military aid will soon arrive in Ukraine,' Anušauskas said")
        # («…» too, as much European copy writes them: "«We know what is at stake», – Michel added")
        # (a straight mark after a sentence's end and a space, before a capital, opens nothing new inside a quotation: a
        # stray one in "“… We will not stand for this. "Austria has been supporting …," said X")
        for q in re.finditer(r"\"((?:[^\"“”]|(?<=[.!?]\s)\"(?=[A-Z][a-z])){12,})[\"”]|“([^”\"]{12,})[”\"]|"
                             r"(?:(?<=^)|(?<=[\s:]))['‘]((?:[^'‘’]|[’'](?=[A-Za-z])){12,}?[,.!?])['’](?=\s|$)"
                             r"|«([^«»]{12,})»|(?<=:\s)‘([^‘’]{12,})’|''((?:[^\"“”']|'(?!')){12,}?)(?:[\"”]|'')"
                             # (and a single-marked one with no comma before its attribution: "‘Today’s decision strengthens
                             # security …’ the Ukrainian president wrote in a social network post")
                             r"|(?:(?<=^)|(?<=\s))‘((?:[^‘’]|’(?=[A-Za-z])){12,}?)’(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:said|says|wrote|writes|"
                             r"added|adds|noted|stressed|stated|emphasi[sz]ed|tweeted|posted)\b)"
                             # (and a straight mark after a colon left open to the paragraph's end, the quotation going on in
                             # the next paragraph's own mark: "Luxon condemned the attacks, posting online: "Putin's … tactics." /
                             # ""In Washington this week, …"")
                             r"|(?<=:\s)\"([^\"“”]{12,}[.!?])\s*$"
                             # (and a single opening mark closed by a double one, a typist's slip: "‘Greece is willing to
                             # take a number of people in …,” Migration and Asylum Minister Notis Mitarakis told Skai TV")
                             r"|(?:(?<=^)|(?<=\s))‘([^‘’“”\"]{12,}?[,.!?])”", text):  # (and "said: ‘…’.", and two
            # apostrophes typed for an opening mark: "''Ukrainians told me …," the minister said"; and for both marks:
            # "''This (agreement) will further enhance …,'' said Marcos")
            quote = (q.group(1) or q.group(2) or q.group(3) or q.group(4) or q.group(5) or q.group(6) or q.group(7)
                     or q.group(8) or q.group(9)).strip().rstrip(",")
            tail = text[q.end():q.end() + 160]
            # (an honorific's stop is no sentence's end: "…,” said Senator the Hon. Penny Wong, Minister of Foreign Affairs." —
            # blanked, the same length, so that every offset holds)
            tail = re.sub(r"\b(?:the\s+)?Hon(?:\.|ourable\b)", lambda h: " " * len(h.group(0)), tail)
            # (an attribution set between dashes inside the quotation: "“We are in favor – she added – of a diplomatic
            # solution to the conflict. …”": the speaker's, the dashes' words no part of it)
            inset = re.search(rf"\s+[–—]\s*(?P<who>[Hh]e|[Ss]he|{PERSON_NAME})\s+(?:{_SAY})\s*[–—]\s+", quote)
            if inset is not None:
                inset_speaker = self._speaker_or_office(inset.group("who"), text.find(quote) + inset.start("who"), mentions)
                if _speaks(inset_speaker):
                    out.append(self._claim(s, inset_speaker, quote[:inset.start()] + " " + quote[inset.end():], "quote",
                                           "claim:quote-attribution"))
                    continue
            # (or set between commas before it, after the sentence's subject: "Europe, concluded the Ukrainian leader, “is very
            # important to us”")
            lead_in = re.search(rf"^[^,“”\"]{{2,60}},\s+(?:{_SAY})\s+(?P<who>(?:the\s+)?(?:[A-Z][\w’'-]*\s+)?(?:(?i:{_TITLE})|leader)|"
                                rf"{PERSON_NAME}),\s*[“\"]$", text[:q.start() + 1])
            if lead_in is not None and not re.search(rf"\b(?:{_SAY})\b", tail):
                inset_speaker = self._speaker_or_office(lead_in.group("who"), lead_in.start("who"), mentions)
                if _speaks(inset_speaker):
                    out.append(self._claim(s, inset_speaker, quote, "quote", "claim:quote-attribution"))
                    continue
            if re.match(r"\s*,?\s*(?:the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,3}(?:proposal|report|statement|document|letter|draft|"
                        r"paper|memo|plan|study|communiqu[eé])\s+(?:said|says|stated|states|read|reads|noted|notes)\b", tail, re.I):
                continue  # "“…,” the Keller-Sutter proposal said": a document named for its author says it, no person
            if _announces_own_goal(quote):
                continue  # "“… our aim is to reach 2 per cent (of GDP) in expenditure …”, he said": the goal's evidence
            if self.targeted_here and quote[:1].islower() and len(quote.split()) <= 8 and not q.start() <= 2:
                continue  # "… wants to increase military spending to 2% of GDP “as soon as practically possible,” …": a phrase of
                # the goal this sentence announces, its evidence
            if quote.rstrip("”\" ").endswith("?") and re.match(r"[”\"]?\s*,?\s*(?:[^.!?\"“”]{1,60}?\s+)?asked\b", text[q.end():]):
                continue  # "“… So is this one of the things you didn’t want to emphasize …?” Manuel asked": a question, no claim
            if re.fullmatch(r"(?:(?:[A-Z][\w’'-]*|of|the|and|for|on|in|to|de|du|des)\s+)*[A-Z][\w’'-]*(?:\s+\([A-Z]{2,}\))?", quote):
                continue  # a name in quotation marks ("a meeting of the “Coalition of the Willing”"), never something said
                # (its initials in brackets too: "notes for 1.6 billion yen in “Official Security Assistance (OSA)” FY 2024 project")
            if re.search(r"\b(?:entitled|titled)\s+$", text[:q.start()]):
                continue  # (or a title: "a high-level conference … entitled “NATO – 75 Years of Unity, fostering Cooperation …”")
            if len(quote.split()) < 4 and not re.fullmatch(
                    r"(?:[A-Z][\w’'-]*|We|I|It|This|They)\s+(?:is|are|was|were|will|has|have|must|can|stands?)\s+[\w’'-]+[.!]?", quote):
                # ("“Germany is back,” Merz said": a subject, its verb and what it is, a statement however short)
                # too short to be a claim ("“Make no mistake,” Austin said."), but who said it: a quote that follows
                # as its own sentence is theirs
                short = re.match(rf"\s*,?\s*(?P<lead>[^.!?\"“”]{{1,60}}?)\s+(?:{_SAY})\b", tail)
                teller = self._speaker_in(short.group("lead"), q.end() + short.start("lead"), mentions) if short else None
                if teller is not None and (teller.match.entity or teller.match.how in ("new", "seen")):
                    self.last_quote, self.last_quote_end = (teller, s.paragraph), s.end
                    self.last_quote_reported = False
                continue
            # "…," <speaker, with title or appositive> said …   /   "…," said <speaker>
            # ("“…,” it quoted Rutte as saying": the one quoted, not the one quoting)
            # (or "“…,” The Japan Times quoted Kishida as saying")
            # (or "“…,” state broadcaster CCTV reported Xi as saying during a call with Putin")
            # (or "“…,” Aktuality publication quoted Heger.": the one quoted, at the sentence's end)
            # (or an office in any words, the name set off after it at the sentence's end: "…,” said USAID acting Mission Director,
            # Anna Toness.", "…,” said Australian minister for the Pacific, Zed Seselja.")
            lead = re.match(r"\s*,?\s*[^.!?\"“”]{1,60}?\s+(?:quoted|reported|cited)\s+(?P<lead>[^.!?\"“”]{1,60}?)\s+as\s+saying\b", tail) \
                or re.match(r"\s*,?\s*[^.!?\"“”]{1,60}?\s+(?:quoted|cited)\s+(?P<lead>[A-Z][^.!?\"“”]{1,60}?)\s*\.?\s*$", tail) \
                or re.match(rf"\s*,?\s*(?P<lead>(?![\s,])(?:[^.!?\"“”]|(?<=\b[A-Z])\.|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.){{1,120}}?)\s+"
                            rf"(?:{_SAY}|pledged|vowed|promised)\b"
                            r"(?!\s+to\b)", tail) \
                or re.match(rf"\s*,?\s*(?:{_SAY})\s+(?P<lead>(?i:{_TITLE})[^.!?\"“”,]{{0,60}},\s+{PERSON_NAME})", tail) \
                or re.match(rf"\s*,?\s*(?:{_SAY})\s+the\s+[A-Z][\w’'-]*(?:\s+(?:of|for|and|the|[A-Z][\w’'-]*)){{0,6}},\s+(?P<lead>{PERSON_NAME})"
                            r"\.?\s*$", tail) \
                or re.match(rf"\s*,?\s*(?:{_SAY})\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[\w’'-]+){{1,7}},\s+(?P<lead>{PERSON_NAME})\.?\s*$", tail) \
                or re.match(rf"\s*,?\s*(?i:{_SAY})\s+(?P<lead>[^.!?\"“”,]{{1,90}}\b)", tail) \
                or re.match(rf"\s*,?\s*(?P<lead>{PERSON_NAME}),\s+(?:the\s+)?[^.!?\"“”]{{0,40}}?\b(?i:{_TITLE}|minister)\b[^.!?\"“”]{{0,60}}"
                            r"\.?\s*$", tail)  # (", Stated De Wever, …"; never a name cut at the 90th character: "…,” said Anušić /
                # Deputy Prime Minister … Ivan Anuši"; and a caption with no verb: "“…,” Jana Černochová, the minister of defence
                # of the Czech Republic.")
            if not lead and s.start == self.last_start and (cut := re.match(
                    rf"\s*,?\s*(?P<lead>{PERSON_NAME}|{NAME_TOKEN})\s+(?P<verb>[a-z]{{1,9}})\s*$", tail)) is not None and any(
                    verb.startswith(cut.group("verb")) for verb in _CUT_SAYING):
                lead = cut  # (the excerpt cut inside the verb of a whole quotation's telling: "“… ammunition and weaponry,” Anušić ad")
            if lead:
                # (the words the quotation was about, between its mark and its speaker: "“We are seeing evidence that there
                # are North Korean troops” in Russia, Austin said")
                # (or a longer phrase before "he": "“We call it Agenda 2030, and it will …” in terms of dogmas and through the
                # introduction of technology, he added")
                # (or a participle's clause on what was said: "“… over $10 billion of various support,” making it the
                # fourth-biggest donor, Denys Shmygal told a conference …")
                # (or how it was meant: "“Our government is on the right side of history” by providing Kiev with the …
                # warplanes …, he said")
                # (or the sentence the quotation opened, run on in the narrator's words: "“That is a long-term strategic decision
                # …” and will strengthen our security …, he added")
                about = re.match(r"(?:in|on|at|for|to|from|with|about|over|of|by)\s+(?:[^,]{1,30},\s+(?=[A-Z])|[^,]{1,80},\s+(?=(?:he|she)$))|"
                                 r"and\s+(?:will|would|can|could|must|should)\s+[^,]{1,110},\s+(?=(?:he|she)$)|"
                                 # (or run on by a participle: "“Russia is our number three trading partner …” and risking to
                                 # violate international treaties, Noboa said")
                                 r"and\s+[a-z]{3,}ing\s+[^,]{1,110},\s+(?=[A-Z]|(?:he|she)$)|"
                                 r"(?:making|putting|bringing|taking)\s+[^,]{1,80},\s+(?=[A-Z])|"
                                 # (or the quotation's last word, left outside a mark typed one word early: "“… in favor of
                                 # the new F-35” fighters, Lund Poulsen said in a statement.")
                                 r"[a-z][\w-]*,\s+(?=[A-Z][\w’'-]+\s+[A-Z])|"
                                 # (what the verb ended, before the name: "…”, concluded his speech Borg.")
                                 r"(?:his|her|their)\s+(?:speech|remarks|address|statement|intervention)\s+(?=[A-Z])",
                                 lead.group("lead"))
                skip = about.end() if about else 0
                # ("…,” Reuters quoted him as saying": the person just spoken of)
                speaker = self.last_person if lead.group("lead").lower() in ("him", "her") else \
                    self._speaker_or_office(lead.group("lead")[skip:], q.end() + lead.start("lead") + skip, mentions)
                if lead.group("lead").lower() in ("he", "she") and (
                        introduced := re.search(rf"\b(?:{_SAY}|adding|saying|noting|stating)\s*[,:]?\s*$", text[:q.start()])) is not None:
                    # "…, Harris said, “I think … security. / “That statement …,” he said": the one the quotation was
                    # introduced with, not the last person named before it
                    speaker = self._person_before(text, mentions, introduced.start(), reach=90) or speaker
                if lead.group("lead").lower() in ("he", "she") and speaker is not None and _addresses(quote, speaker.match.name):
                    # ("“I want to say thank you very much, Prime Minister Albanese,” he said" after "… a sentiment that Mr
                    # Marape echoed": no one addresses himself by name — the other the sentence before named)
                    speaker = self._other_named_before(speaker)
                if _speaks(speaker):
                    # ("“…,” Macron and Merz wrote in a joint statement": each of the two)
                    pair = re.match(rf"\s*(?P<first>{NAME_TOKEN}(?:\s+{NAME_TOKEN})?)\s+and\s+(?:{NAME_TOKEN}\s*){{1,3}}$", lead.group("lead"))
                    partner = self._speaker_in(pair.group("first"), q.end() + lead.start("lead") + pair.start("first"), mentions) \
                        if pair else None
                    if partner is not None and partner.match.type == "person" and partner.match != speaker.match:
                        out.append(self._claim(s, partner, quote, "quote", "claim:quote-attribution"))
                    out.append(self._claim(s, speaker, quote, "quote", "claim:quote-attribution"))
                    continue
            if pending is not None and q.start() <= 2:  # "… Frederiksen stated:" then the quote as its own paragraph
                out.append(self._claim(s, pending, quote, "quote", "claim:quote-after-colon"))
                continue
            # "Quote from Austin: "…"", "Austin: "…"", "Quote: "…"" (the speaker quoted last)
            # ("Quote from Orbán, speaking after the EU leaders' summit, which approved …: “…”")
            intro = re.match(rf"\s*(?:Quote|Quotes)\s+from\s+(?P<who>{PERSON_NAME}|{NAME_TOKEN}),[^:“”\"]{{3,160}}:\s*$", text[:q.start()]) \
                or re.search(rf"(?:\b(?:Quote|Quoting|Quotes?)\s+(?:from\s+)?)?(?P<who>{PERSON_NAME}|{NAME_TOKEN})?"
                             r"(?:\s+(?:tweet|post|statement|speech|remarks))?\s*:\s*$",  # ("TRUMP tweet: “…”")
                             text[max(0, q.start() - 80):q.start()])
            if intro and intro.group("who") and (self.g.country_or_org(intro.group("who"))
                                                 or intro.group("who") in self.g.capitals_as_written()):
                intro = None  # "Martin told Zelensky at a joint press conference in Dublin: «…»": a place, never the speaker
            if intro and intro.group("who") and re.search(r"\b(?i:in|on|at|since|from|until|during|by|of)\s+$", intro.string[:intro.start()]):
                intro = None  # "…, Africa Intelligence's server reported in December: “…”": a preposition's object, never the speaker
            listener = re.search(r"\b(?:told|tells|telling)\s+(?:[\w-]+\s+){0,3}$",
                                 text[:q.start() - len(intro.string) + intro.start("who")]) if intro and intro.group("who") else None
            if listener is not None:
                # "Dworczyk told private broadcaster Radio Plus: “…”": the one told is no speaker, the teller is
                teller = self._person_before(text, mentions, listener.start(), reach=90)
                if teller is not None and teller.match.type in ("person", None) and (teller.match.entity or teller.match.how in ("new", "seen")):
                    out.append(self._claim(s, teller, quote, "quote", "claim:quote-after-colon"))
                    continue
                intro = None
            if intro and (not intro.group("who") or intro.group("who").lower() in ("quote", "quotes")) \
                    and intro.group(0).strip().lower().startswith("quote") \
                    and self.previous_sentence is not None and re.match(
                        r"\s*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}(?:decree|order|document|report|resolution|law|statement|communiqu[eé]|"
                        r"declaration|release)\s+(?:also\s+)?(?:highlights|says|states|notes|stresses|reads|emphasi[sz]es|underlines|"
                        r"said|stated|noted)\b", self.previous_sentence[0].text):
                continue  # "The presidential decree highlights that … ." then "Quote: “…”": the decree's words, no person's
            if intro and (intro.group("who") or intro.group(0).strip().lower().startswith("quote")):
                who = intro.group("who")
                speaker = self._speaker_in(who, 0, mentions) if who and who.lower() not in ("quote", "quotes") else (
                    self.last_quote[0] if self.last_quote else self.last_person)  # "Quote: “…”" after "X has said that …"
                if speaker is not None and (speaker.match.entity or speaker.match.how in ("new", "seen")):
                    out.append(self._claim(s, speaker, quote, "quote", "claim:quote-after-colon"))
                    continue
            # "In his view, “this would be an outstanding contribution …”": the person just spoken of
            if re.fullmatch(r"\s*(?:In|By)\s+(?:his|her)\s+(?:view|opinion|words|estimation|assessment),\s*", text[:q.start()]) \
                    and not text[q.end():].strip(" .") and self.last_person is not None:
                out.append(self._claim(s, self.last_person, quote, "quote", "claim:quote-attribution"))
                continue
            # (or a sentence of the same paragraph that is only a quotation: "“…,” Healey emphasized. “As the new …”")
            # (after the same speaker's reported speech too, when the quotation is its whole paragraph: "Zapryanov told
            # journalists that Bulgaria would …" then "“There is a decision of the Council of Ministers, … .”")
            opens_paragraph = self.previous_sentence is None or self.previous_sentence[0].paragraph != s.paragraph
            if continued_to is not None and re.fullmatch(r"[,\s]*(?:as|and|but|because|since)\s*", text[continued_to:q.start()]) \
                    and self.last_quote:
                # ("…, “every state must do whatever it can do,” as “we are now in a difficult situation …”": the same one's)
                out.append(self._claim(s, self.last_quote[0], quote, "quote", "claim:quote-continued"))
                continued_to = q.end()
                continue
            # (or after a few words of topic: "In terms of NATO members, “every state must do whatever it can do,” …")
            # (or after a lead-in that names no one: "“…,” said Scholz. One can safely say: “Without Germany having taken the lead,
            # this step would not be taken now.”")
            topic = q.start() <= 2 or (opens_paragraph and re.fullmatch(
                r"\s*(?:In\s+terms\s+of|As\s+(?:for|to|regards)|With\s+regard\s+to|Regarding|When\s+it\s+comes\s+to|On)\s+"
                r"[^,“”\"]{2,40},\s*", text[:q.start()]) is not None) or re.fullmatch(
                r"\s*(?:One\s+(?:can|could|may|might)\s+(?:\w+ly\s+)?say|In\s+other\s+words|"
                r"To\s+put\s+it\s+(?:simply|bluntly|plainly|another\s+way))\s*[:,]\s*", text[:q.start()]) is not None
            if topic and self.last_quote and ((self.last_quote[1] == s.paragraph - 1 and (
                    not self.last_quote_reported or (opens_paragraph and not text[q.end():].strip(" .")))) or (
                    self.last_quote[1] == s.paragraph and not text[q.end():].strip(" .")
                    and 0 <= s.start - self.last_quote_end <= 3)) and \
                    not re.search(rf"\b(?:{_SAY})\b", text[q.end():q.end() + 80]) and not self._attributed_next(s) \
                    and not _heading_case(quote) \
                    and not (self._just_opened_by(s) and self.opened_by is not None
                             and self.opened_by[0].match != self.last_quote[0].match) \
                    and not (q.start() == 0 and not text[q.end():].strip() and not re.search(r"[.!?…]\s*$", quote)
                             and len(quote.split()) <= 15 and not re.search(r"[.!?]\s", quote)):
                # (nor one with no full stop standing alone as its paragraph, a subheading in sentence case: "“Since yesterday at
                # the latest, we have two opposition leaders in Germany”")
                # (nor one right after a sentence of its paragraph that opened with another person: "National Security
                # advisor Abdisaid Ali reiterated this position in a tweet Monday. “International law allows …”" after the
                # minister's quotation in the paragraph before)
                # a quote that opens its own paragraph, right after the same speaker's quote, unattributed (never a
                # subheading set in quotation marks: "„We Thought 2% Was Ancient History”")
                out.append(self._claim(s, self.last_quote[0], quote, "quote", "claim:quote-continued"))
                continued_to = q.end()
                continue
            # (a country's title before the name, which may hold an initial: "…,” Norway’s Defence Minister Tore O. Sandvik said";
            # or an institution's, with or without a title: "…,” the Defence Ministry's Ibrahim Shala clarified)
            # (or whom the attribution cites: "…,” the press service of the President of Ukraine said, citing De Croo")
            after = re.match(rf"\s*,?\s*(?P<who>{PERSON_NAME}|{NAME_TOKEN}|he|she)\s+(?:{_SAY})\b", text[q.end():q.end() + 70], re.I) \
                or re.match(rf"\s*,?\s*(?:the\s+|its\s+|his\s+|her\s+)?[^,.;“”\"]{{2,80}}?\s+(?:said|reported|wrote|stated|reports|says)"
                            rf"(?:\s+(?:{_WHEN}))?,\s+(?:citing|quoting)\s+(?P<who>{PERSON_NAME}|{NAME_TOKEN})\b", text[q.end():q.end() + 140]) \
                or re.match(rf"\s*,?\s*(?:[A-Z][\w’']*['’]s\s+)?(?:(?i:{_TITLE})\s+)(?P<who>{PERSON_NAME})\s+(?:{_SAY})\b",
                            text[q.end():q.end() + 100]) \
                or re.match(rf"\s*,?\s*the\s+(?:[A-Z][\w’'-]*\s+){{0,3}}[A-Z][\w’'-]*['’]s\s+(?:(?i:{_TITLE})\s+)?(?P<who>{PERSON_NAME})\s+"
                            rf"(?:{_SAY})\b", text[q.end():q.end() + 100]) \
                or re.match(rf"\s*,?\s*(?:[-–—]\s*)?(?:(?:i\.\s?e\.|that\s+is)\s+[^,“”\"]{{3,40}},\s*)?(?:{_SAY})\s+"
                            rf"(?:(?:the\s+)?(?:[a-z]+\s+|(?:[A-Z][\w’'.-]*\s+){{1,3}})?(?i:{_TITLE})\s+|"
                            rf"(?:(?!(?:on|in|at|by|to|for|of|the|a|an|that|this|"
                            rf"last|next|earlier|later)\b)[a-z]+\s+){{1,2}}(?=[A-Z][\w’'-]+\s+[A-Z]))?(?P<who>{PERSON_NAME}|{NAME_TOKEN})",
                            text[q.end():q.end() + 90])  # (a title before the name in lower case: "said defence minister X", "said
            # project head Christoph Trebesch")
            speaker = None
            if after:
                at = q.end() + after.end("who")
                speaker = self._person_before(text, mentions, at, reach=after.end("who") - after.start("who") + 1)
            else:
                verb = None
                for v in re.finditer(rf"\b(?:{_SAY}|stating|saying|noting|adding|warning|writing|stressing|emphasi[sz]ing|"
                                     r"underlining|insisting|arguing|pointing\s+out|"
                                     # ("… has thanked Switzerland for its support, calling it “substantial aid …”")
                                     r"calling\s+(?:it|them|this|that)|describing\s+(?:it|them|this|that)(?:\s+as)?|"
                                     # ("The premier renewed her appeal to Moscow “to stop the aggression …”")
                                     r"(?:renewed|repeated|reiterated|made|issued|launched)\s+(?:her|his|their|an?|the)\s+"
                                     r"(?:appeal|call|plea|demand)|"
                                     r"shares? (?:her|his|their) views?)\b", text[:q.start()]):
                    verb = v
                if verb and q.start() - verb.end() <= 45 and re.search(
                        r"\b(?:a|the|its|their)\s+(?:new\s+|latest\s+)?(?:report|study|survey|analysis|paper)\s+(?:by|from|of)\s+[^,;]{0,90}$",
                        text[:verb.start()]):
                    continue  # "… a report by the Australian Strategic Policy Institute (ASPI) warned Australia could be left with a
                    # "brittle and hollowed defence force"": the report's words, no person's
                if verb and q.start() - verb.end() <= 45:
                    bare = re.search(rf"(?:^|[,;:]\s+)(?:the\s+|The\s+)?(?P<office>(?:[A-Z][\w’']*\s+)?(?i:{_TITLE}))\s+(?:also\s+)?$",
                                     text[:verb.start()])
                    if bare:  # "Referring to the ReArm Europe package …, PM says “…”": the office, not the name before it
                        speaker = self._office_alone(bare.group("office"), bare.start("office"))
                    participle = re.match(r"(?:stating|saying|noting|adding|warning|writing|stressing|emphasi[sz]ing|underlining|"
                                          r"insisting|arguing|pointing|calling|describing)\b", verb.group(0)) \
                        and re.search(r",\s*[”\"]?\s*$|[”\"]\s*,\s*$", text[:verb.start()])  # (after a quotation's closing mark too)
                    if participle and _body_speaks(text, verb.start()):
                        continue  # "The Green Party has endorsed …, saying Malta “cannot live …”": the party's words
                    if participle:
                        # (never one named inside an earlier quotation: "… she declared that “Putin’s pointless and brutal attack
                        # … has heralded a new era in Europe,” calling it a “test of strength …”" is hers)
                        spans = quoted_spans(text[:verb.start()])
                        outside = [m for m in mentions if not any(a <= m.start < b for a, b in spans)]
                        speaker = self._clause_subject(text, outside, verb.start())
                        if speaker is None and not bare and spans:
                            speaker = self._person_before(blanked(text, spans), outside, verb.start(), reach=140)
                    if speaker is None:
                        speaker = self._person_before(text, mentions, verb.start(), reach=140) if not bare else speaker
                    if speaker is None and re.search(r"\bby\s+$", text[:verb.start()]) and verb.group(0) in ("saying", "stating", "arguing"):
                        # "He is set to arrive … after injecting some uncertainty … by saying the US commitment … “depends on
                        # your definition”": whoever the sentence is about, however far back
                        speaker = self._clause_subject(text, mentions, verb.start())
                # a quotation after a colon that closes a clause of saying, however long: "Ione Belarra, leader of Podemos,
                # has criticized in this same post the announcement of the new aid package: “…”", "This was reported by
                # Sánchez through a post on X: “…”"
                colon = re.search(r":\s*$", text[:q.start()])
                if speaker is None and colon and re.search(
                        rf"\b(?:{_SAY}|critici[sz]ed|critici[sz]es|commented|comments|responded|replied|reacted|posted|tweeted|"
                        # ("conveyed a steadfast message: “…”", "addressing fellow leaders … with these sentiments: “…”")
                        r"message|sentiments|remarks|addressing|addressed|"
                        # ("Ignazio Cassis (61) ended his year … in Paris on Tuesday with a firm promise: “…”")
                        r"promise|pledge|warning|vow|assurance|appeal|plea|"
                        # ("Luxon condemned the attacks, posting online: “…”")
                        r"posting|writing|tweeting|"
                        # (a call or a condemnation, and the words that make it: "Zelensky, speaking immediately after, called
                        # for urgent action to strengthen air defenses: “…”", "He went on to condemn the Kremlin’s strategy: “…”")
                        r"called\s+for|calls\s+for|urged|urges|condemn|condemned|condemns|denounced|denounces|"
                        r"(?:reported|announced|written)\s+by)\b", text[:colon.start()]):
                    told = None
                    # (never "when asked", which the one who tells is: "X told POP TV the following when asked whether …: “…”")
                    for t in re.finditer(r"\b(?:told|assured|reassured|(?<!when )(?<!after )(?<!if )(?<!once )asked)\b", text[:colon.start()]):
                        told = t
                    # "Martin told Zelensky at a joint press conference in Dublin: «…»": who told, not who was told
                    speaker = (self._person_before(text, mentions, told.start(), reach=120) if told is not None else None) \
                        or self._person_before(text, mentions, colon.start(), reach=200)
                    office = re.search(rf"(?:^|,\s+)\s*(?P<office>[Tt]he\s+(?:[A-Z][\w’'.]*\s+)?(?i:{_TITLE}))\b", text[:colon.start()])
                    if speaker is None and office:  # "The Prime Minister plans on addressing … with these sentiments: “…”",
                        # "On Thursday, the prime minister will tell his fellow leaders: “…”"
                        speaker = self._office_alone(office.group("office"), office.start("office"))
            rule = "claim:quote-attribution"
            # (across a paragraph's end only for a quotation the excerpt cuts, the last sentence read: see _just_opened_by)
            if speaker is None and q.start() <= 2 and self._just_opened_by(s, across=s.start == self.last_start) \
                    and not re.search(rf"\b(?:{_SAY})\b", text[q.end():]):
                speaker, rule = self.opened_by[0], "claim:quote-after-subject"  # type: ignore[index]  # (checked just above)
            if speaker is None and re.match(r"\s*,?\s*(?:because|and|but|as|while)\s+[\"“]", text[q.end():]):
                halves.append(quote)  # "“The agreement … whole” because “it will allow us …,” he stated": the next one's
                continue
            if speaker is None or not (speaker.match.entity or speaker.match.how in ("seen", "office")
                                       or _plausible(speaker.match.name, speaker.match)):
                if q.start() <= 2 and not text[q.end():].strip(" .,") and re.search(r"[,.!?]\s*[\"”]\.?$|[\"”]\s*,$",
                                                                                   q.group(0) + text[q.end():].strip()):
                    self.dangling_quote = (s, quote)  # the whole paragraph, cut off at a comma: its speaker follows
                    if self.previous_sentence is None or self.previous_sentence[0].paragraph != s.paragraph:
                        self.held_quote = (s, quote)  # (or one who speaks later in the paragraph: see claims())
                continue
            out.append(self._claim(s, speaker, quote, "quote", rule))
        # a quotation opened and left open to the paragraph's end (British copy: "He says: "In the face of … I've long
        # argued that …"): what follows the mark is the quotation, reported speech inside it included
        marks = [q.start() for q in re.finditer(r"[\"“”]", text)]
        left_open = marks[-1] if len(marks) % 2 == 1 and text[marks[-1]] != "”" else None
        spans = quoted_spans(text)
        reported = [m for pattern in _REPORTED for m in pattern.finditer(text)]
        # (but a quotation an unnamed official relays reports what the named say: "“… President Trump emphasized that Europe must
        # stop purchasing Russian oil …,” a White House official told Reuters")
        # (and a ministry's or a government's statement that tells what its minister said: "“…, he stressed that the need to
        # reinforce the Ukrainian armed forces is still imperative …,” the ministry said in a statement")
        relayed = [(q0, q1) for q0, q1 in spans if re.match(
            r"[,.]?[”\"]?\s*,?\s*(?:an?|one|the)\s+(?:[\w-]+\s+){0,3}?(?:official|source|aide|spokes(?:man|woman|person)|diplomat|"
            r"adviser|advisor|ministry|government|presidency|department)\s+(?:said|says|told|added|stated)\b", text[q1:])
            # (or a release the quotation is introduced by: "according to a press release from the Greek Prime Minister's
            # office, "the Prime Minister reiterated Greece's firm position …"")
            or re.search(r"\b(?i:according\s+to)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:press\s+release|statement|readout|communiqu[eé])\b"
                         r"[^“”\".;]{0,80},\s*$", text[:q0])
            # (or the whole paragraph, a release quoted after the sentence that cites it: "According to the press release, they
            # discussed …" / "“The Ukrainian president expressed his gratitude … The prime minister emphasized that …“")
            or q0 <= 1 and q1 >= len(text.rstrip()) - 1 and self.previous_sentence is not None
            and self.previous_sentence[0].paragraph == s.paragraph - 1 and re.search(
                r"\b(?i:according\s+to|in|quoting|cites?|cited)\s+(?:an?|the|its|his|her)\s+(?:[\w-]+\s+)?(?:press\s+release|statement|"
                r"readout|communiqu[eé])\b", self.previous_sentence[0].text) is not None]
        fronted = _FRONTED_SAYING.match(text)
        fronted_claim = self._fronted_saying(s, fronted, mentions) if fronted is not None and not any(
            q0 < fronted.end("text") and fronted.start("verb") < q1 for q0, q1 in spans) else None
        if fronted_claim is not None:
            out.append(fronted_claim)
        for m in reported:  # (grows as it is read: see "nested" below)
            if fronted is not None and fronted.start("verb") <= m.start() < fronted.end("text"):
                continue  # (read above)
            if left_open is not None and m.start() > left_open:
                continue  # reported speech inside a quote belongs to the quote
            inside = next((q1 for q0, q1 in spans if q0 <= m.start() < q1 and (q0, q1) not in relayed), None)
            if inside is not None:
                # (but the same verb's match after the quotation closes is read on its own: "Mitsotakis “emphasised that
                # Greece will continue …”, recalling that Athens has provided …")
                later = m.re.search(text, inside)
                if later is not None and later.start() >= inside:
                    reported.append(later)
                continue
            # (nor what an object was promised for: "the transfer of 1.8 million rounds …, which it had promised to provide in 2025")
            if re.search(r"\bwhich\s+(?:also\s+|(?:it|he|she|they|we)\s+(?:had\s+|has\s+|have\s+)?)?$", text[:m.start()]) \
                    and not re.match(r"(?:which|that)\b", m.group(0)):
                continue  # "… committed to Article 5, which states that if a Nato ally is attacked …": the article states it
            if re.search(r"\b(?:plan|proposal|report|document|declaration|agreement|bill|law|resolution|strategy)\b[^.;“”\"]{0,80}?"
                         r"\b(?:that|which)\s+$", text[:m.start()]) and re.match(r"(?:says|said|states|stated|notes|noted)\b", m.group(0)):
                continue  # "a plan put forward by NATO Secretary-General Mark Rutte that says they will invest …": the plan says it
            if m.group(0).startswith("reported") and (re.search(r"\b(?:media|outlets?|newspapers?|papers?|agency|agencies|press|"
                                                                 r"television|TV|radio|broadcaster|channel|site|website|daily|"
                                                                 r"reports?)\s+(?:also\s+|has\s+|had\s+)*$", text[:m.start()], re.I)
                                                       or _OUTLET.search(text[max(0, m.start() - 60):m.start()].rstrip() + " ") is not None
                                                       and re.search(rf"{_OUTLET.pattern}\s+(?:also\s+|has\s+|had\s+)*$",
                                                                     text[max(0, m.start() - 60):m.start()])):
                continue  # "Reuters reported that …", "Polish media reported that …": an outlet's account (a person's "reported that"
                # is his statement: "Slovenian Defense Minister Matej Tonin also reported that …")
            if re.match(r"(?:claims|reports|alleges|claimed|reported)\b", m.group(0)) and re.search(
                    r"\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|refuted|refutes|the|these|those|such|false|unfounded|"
                    r"recent|media)\s+$", text[:m.start()], re.I):
                continue  # "Shoukry denied claims that Egypt has sided with …": the noun, others' claim he denies, not his words
            if re.search(r"\bthat,?\s+$", text[:m.start("text")]) and re.match(r"(?:is|was|'s|’s)\s+(?:why|how|what|the\s+reason)\b",
                                                                           m.group("text")):
                continue  # "As the head of the agency emphasized, that is why Reykjavik should …": a demonstrative "that", read
                # with what follows it by the "As X emphasized," rule
            before_that = re.search(r"([\w’'-]+)\s+that,?\s+$", text[:m.start("text")])
            if before_that and not re.fullmatch(rf"(?i:{_SAY}|told|informed|promised|promises|statement|position|view|stance|"
                                                r"belief|argument|claim|hope|conviction|awareness|concern|opinion|confidence|"
                                                r"expectation|reporters|journalists|press|media|lawmakers)", before_that.group(1)) \
                    and re.match(r"(?:would|will|could|can|may|might|should|must|is|are|was|were|has|have|had)\b", m.group("text")):
                continue  # "highlighted the sectors that would benefit from this aid": a relative clause of the verb's object,
                # nothing said "that"
            if re.search(r"\b(?:was|is|were|are)\s+right\s+(?:in|when)\s+$", text[:m.start()]):
                continue  # "acknowledged U.S. President Donald Trump was right in saying that …": the acknowledgement is the claim
            if before_that and re.fullmatch(r"(?:he|she|they|it|we|I)\s+(?:(?:seems?|seemed|appears?|appeared)\s+to\s+(?:have\s+)?)?"
                                            r"(?:had\s+|has\s+|have\s+)?[a-z]+(?:ed|en)\s*[.!]?\s*", m.group("text")):
                continue  # "… halt payments directly to Defense Minister Abdulqadir Mohamed Nur, a warning that he seems to have
                # underestimated": a relative clause whose verb's object is the noun before "that", nothing said
            anchor = m.start("text") if m.group(0).lower().startswith("according") else m.start()
            # (where the unnamed one works may take a longer name: "A senior official in the EU’s European External Action
            # Service (EEAS) told a Dublin webinar … that …")
            unnamed = re.search(rf"\b(?P<det>(?i:an?|one|two|three|several|the))\s+{_UNNAMED}(?:[^.;,]{{0,40}}|\s+(?:in|at|of|from)\s+"
                                rf"[^.;,]{{0,80}}),?\s*$", text[:anchor])
            if unnamed is not None and re.search(r"[A-Z][\w’'.-]+,\s*$", text[:unnamed.start()]):
                unnamed = None  # "President Petr Pavel, a former NATO official, advocated …": an appositive of the name before
            if unnamed and unnamed.group("det").lower() != "the" or (unnamed and unnamed.group("who").startswith("source")):
                self.unnamed_source = True
            if re.search(r"(?:^|[,;:]\s+|\b(?:and|but|However,?|after|as|while|when|since|because|though|although|until|before|once)\s+)"
                         r"(?:[\w.-]+\s+){0,3}(?:officials|sources|diplomats|authorities)\s+"
                         r"(?:(?:have|has|had|are|were)\s+)?(?:also\s+|[a-z]+ly\s+)?$", text[:anchor]) \
                    or re.search(r"\b(?:officials|sources|diplomats|ministers|lawmakers|legislators|critics|analysts|experts|Republicans|"
                                 r"Democrats)(?:\s+(?:in|of|from)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?\s+(?:who\s+)?"
                                 r"(?:(?:have|has|had)\s+)?(?:also\s+)?$", text[:anchor]):
                # (and a group right before its verb, or its relative "who": "… a week after several allied defense ministers
                # expressed concern about …", "… fellow Republicans in Congress who have argued a cut would be a gift to Russia")
                continue  # "British officials have said that …": unnamed, however many (as "a senior official" below); "since
                # earlier the Belgian authorities promised to send their fighters …": a state's authorities, no one person
            if re.search(r"(?:^|[,;:]\s+|\b(?:and|but|that|when|as)\s+)(?:the|its|their)\s+(?:ruling\s+|opposition\s+)?(?:party|parties|"
                         r"government|ministry|coalition|cabinet|administration)\s+(?:(?:has|had|have|also|then|once)\s+)*$", text[:anchor]):
                continue  # "… the party vowed that if elected, it would enact military reforms": a body's word, no one's (never the
                # person named before it)
            noun = re.match(r"(?:states|countries|nations|allies)\s+", text[anchor:])  # ("states" read as the verb "states")
            if re.search(r"\b(?:[Aa]\s+group\s+of\s+(?:[\w-]+\s+){0,5}|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,4})"
                         r"(?:states|countries|nations|allies)\s+(?:(?:have|has|had)\s+)?(?:\w+ly\s+)?$",
                         text[:anchor] + (noun.group(0) if noun else "")):
                continue  # "A group of eight Baltic and Nordic NATO states announced … that …": governments together, no one speaker
            coordinated = re.search(r"(?:(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2},\s+)+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}"
                               r",?\s+and\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s+(?:(?:have|has|had)\s+)?(?:also\s+)?$",
                               text[:anchor])
            bodies = [b for b in mentions if coordinated and coordinated.start() <= b.start < anchor]
            if len(bodies) >= 3 and all(b.match.type in ("country", "organization") for b in bodies):
                continue  # "the European Union, the US and NATO have maintained that …": bodies together, no one speaker
            # (or a relative clause of such a group: "… contrasts with some Republicans who have called for reducing aid")
            if re.search(r"\b(?:[Ss]ome|[Oo]thers|[Mm]any|[Cc]ritics|[Ss]everal|[Ff]ew)\s+(?:(?:have|had|were|are|also)\s+)?$", text[:anchor]) \
                    or re.search(r"\b(?:[Ss]ome|[Mm]any|[Ss]everal|[Ff]ew|[Oo]ther)\s+(?:[\w-]+\s+){1,2}(?:who|that)\s+"
                                 r"(?:(?:have|had|were|are|also)\s+)?$", text[:anchor]):
                continue  # "… despite some advocating for a more extended commitment": no one named
            if re.search(r"\bon\s+(?:the\s+)?condition\b", m.group(0)[:m.start("text") - m.start()]) or (
                    unnamed and (unnamed.group("det").lower() != "the" or self.unnamed_source)):
                # ("The official said …" is the unnamed one only after an unnamed source: after "Dutch Defense Minister Ruben
                # Brekelmans spoke …", "The official noted that …" is the minister)
                continue  # "…, a senior Canadian government source said, speaking on condition that they not be named": an
                # unnamed source (or "The official", "a diplomat") is no speaker, and the terms it spoke on no statement
            if re.search(r"(?:['’]s|\b(?:[Hh]is|[Hh]er|[Tt]heir))\s+(?:[\w-]+\s+)?(?i:office|ministry|administration|cabinet|"
                         r"press\s+service|spokes(?:man|woman|person)|advis[eo]rs?|aides?)\s*,?\s*$", text[:anchor]) \
                    and not re.search(rf"{PERSON_NAME},\s+(?:the|a|an)\s+[^,;“”\"]{{3,100}},\s*$", text[:anchor]):
                # (but one named before it in apposition is the speaker: "Maria Zakharova, the Russian Foreign Ministry's
                # spokeswoman, claimed on Feb. 2 that …")
                # (nor an unnamed adviser: "Slovak President Zuzana Caputova’s advisor expressed concerns about …")
                continue  # "The Prime Minister's Office said the loan will be repaid …": an office is no speaker, nor the one
                # it serves
            if "relative" in m.re.groupindex and m.group("relative"):
                anchor = m.end("relative")  # "…, which Zelenskyy said targeted …": the name after the relative pronoun
                if self.g.country_or_org(m.group("relative")) is not None:
                    continue  # "He thanked Iceland for what NATO described as strong contributions": a body's words (its
                    # release's), never the person of the sentence's subject
            if re.match(r"(?:which|that)\b", m.group(0)) and "described" in m.group(0):
                anchor = m.start() + m.group(0).find("described")  # "…, which … John Healey described as …": the one describing
            # "According to the head of the Finnish government, …": the holder of that office, before any country the
            # words name (the government is the speaker only where no one holds the office here)
            according = re.match(r"\s*(?i:according to)\s+(?P<lead>[^,]{2,60}),", text[m.start():])
            if according and (re.search(r"\b(?:reports?|study|studies|survey|analysis|poll|data|estimates?|documents?|figures)\b",
                                        according.group("lead"), re.I) or _OUTLET.fullmatch(according.group("lead").strip())):
                continue  # "According to a Wall Street Journal report published in May, South Korea … is transferring …": a
                # report's account, no one's statement (nor an outlet's: "…, according to Reuters, Macron told reporters, “…”"; the
                # quotation rules read the quotation)
            who = self._person_before(text, mentions, anchor, reach=110)
            # (a second verb the sentence's subject joins with "and": "Klitschko expressed his appreciation for the donation
            # announced by Wu, and called the ongoing war a fight …" is Klitschko's, not the one named last)
            if re.search(r",\s+and\s+(?:also\s+)?$", text[:anchor]) \
                    and re.match(r"(?:called|said|added|noted|stressed|warned|urged|described|branded|hailed|termed)\b", m.group(0)) \
                    and re.match(rf"\s*{PERSON_NAME}\s+(?:also\s+)?[a-z]+ed\b|\s*{NAME_TOKEN}\s+(?:also\s+)?[a-z]+ed\b", text):
                who = self._clause_subject(text, mentions, anchor) or who
            # (a participle whose own subject "with" gives: "…, with the Liberal Democrats labelling him a “yes-man”" — theirs,
            # and a party is no speaker; never the one the sentence named before)
            absolute = re.search(r"\bwith\s+(?:the\s+)?(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+$", text[:m.start()]) \
                if re.match(r"[a-z]+ing\b", m.group(0)) else None
            if absolute is not None:
                who = next((p for p in self._people(text, mentions) if p.match.type in ("person", None)
                            and absolute.start("np") <= p.start and p.end <= absolute.end("np")), None)
                if who is None:
                    continue
            # (not a name inside a participle's clause set off before the verb: "Zelenskyy, speaking after meeting with Macron
            # yesterday, said that …" is Zelenskyy's)
            # (or with whom: "Montenegrin President Milo Djukanovic, jointly with eight leaders of Eastern European countries,
            # expressed support for …")
            aside = re.search(r",\s+(?:speaking|writing|talking|addressing|answering|responding|standing|appearing|meeting|commenting|"
                              r"reacting|referring|replying|jointly\s+with|together\s+with|along\s+with|alongside)\b[^,;“”\"]{0,100},"
                              r"\s*$", text[:anchor])
            if aside is not None and who is not None and who.start >= aside.start():
                who = self._person_before(text, mentions, aside.start(), reach=80) or who
            # (or the title of its state: "At the EU-CELAC summit, the president of Chile criticized that …")
            office_subject = re.search(rf"(?:^|,\s+)(?P<office>[Tt]he\s+(?:[A-Z][\w’'.]*\s+)?(?i:{_TITLE})(?:\s+of\s+(?:the\s+)?"
                                       rf"[A-Z][\w’']*(?:\s+[A-Z][\w’']*){{0,2}})?)\s+(?:(?:also|then|later)\s+)?$", text[:anchor])
            if office_subject and who is not None and who.match.type in ("person", None) and who.end <= office_subject.start("office"):
                # "After his talks with the Ukrainian president, Volodymyr Zelenskiy, …, the prime minister confirmed …": the
                # office is the subject, not the name before it (its holder resolved once the whole article is read)
                who = self._office_alone(office_subject.group("office"), office_subject.start("office"))
            if re.match(r"(?:saying|adding|noting|stating|warning|arguing|claiming|emphasi[sz]ing|stressing|underscoring|underlining|"
                        r"highlighting|explaining|insisting|describing|calling|vowing|pledging|promising|suggesting|asserting|"
                        r"contending|maintaining|complaining|pointing\s+out|recalling|reminding|urging|pressing)\b", m.group(0), re.I) and (
                    # (or after "while": "South Korea’s president on Thursday raised the possibility …, while stressing that …")
                    re.search(r"(?:,|\bwhile)\s*$", text[:m.start()])
                    # (or joined by "and" to a participle before: "…, holding talks with his counterpart X and vowing to …")
                    or (re.search(r"\band\s+$", text[:m.start()]) and re.search(r",\s+[a-z]+ing\b", text[:m.start()]))
                    # (or hanging from the one a release quotes: "The release quoted him describing the structures as
                    # “impressive” and noting that …")
                    or re.search(rf"{_QUOTED_DOING}(?:[^.;]*\band\s+)?$", text[:m.start()])):
                # "X expressed support for US President Donald Trump's goal …, emphasizing that …": the participle's clause
                # hangs from the sentence's subject, not from the last name before it
                if _body_speaks(text, m.start()):
                    continue  # "The Green Party has endorsed Robert Abela’s call …, saying …": a party's statement, no one's
                if re.search(r",\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}(?:embassy|ministry|government|office|agency|presidency|"
                             r"statement|army|military|police|department)\s+(?:said|says|added|stated|noted)(?:\s+(?:on\s+)?\w+day)?,\s*$",
                             text[:m.start()]):
                    continue  # "Algerian President Abdel Aziz Bouteflika made the decision, the embassy said, adding that the aid
                    # comprises 30 tonnes …": the participle is the body's that told it, no one's
                who = self._clause_subject(text, mentions, m.start()) or who
            and_verb = re.search(r"[^,\s](?P<comma>,)?\s+and\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|since\s+|repeatedly\s+|previously\s+)?$",
                               text[:m.start()])
            if and_verb and (not and_verb.group("comma") or re.match(r"[a-z]+ed\b", m.group(0))) \
                    and (re.match(rf"(?:{_SAY})\b", m.group(0)) or (
                        re.match(r"(?:expressed|voiced)\b", m.group(0))
                        and re.search(r"\b(?:informed|told|briefed|met|thanked|assured|visited)\s+", text[:m.start()]))):
                # ("Plenković informed Stoltenberg about … and expressed hope that …" is Plenković's, not the one he informed)
                # (after a comma too, where a verb in the past follows: "Ben Wallace … warned Vladimir Putin not to “test” the
                # United Kingdom, and indicated that he could …" is Wallace's)
                # "Carney, who is serving as the G7 summit host this year, invited Zelenskyy to the meeting and has said Canada
                # intends …": a verb joined to the clause before by "and" has that clause's subject, not the name last read
                who = self._clause_subject(text, mentions, m.start()) or who
            if re.match(r"(?:praise[sd]|criticise[sd]|criticize[sd]|condemn(?:s|ed)|accuse[sd]|blame[sd]|hail(?:s|ed))\b", m.group(0)) \
                    and re.search(r"[’”'\"],\s+$", text[:m.start()]):
                # a headline's "Mark Rutte calls Donald Trump ‘Daddy’, praises him for …": the clause's subject again
                who = self._clause_subject(text, mentions, m.start()) or who
            if re.match(r"(?:praised|criticised|criticized|condemned|accused|blamed|hailed)\b", m.group(0)) \
                    and re.search(r",?\s+and\s+(?:[a-z]+ly\s+)?$", text[:m.start()]) \
                    and any(c.kind == "claim" and c.matches and c.evidence is s for c in out):
                # "Rutte praised Trump’s leadership for …, and pointedly criticised the Russian president …": the same subject
                who = Mention(0, 0, next(c.matches[0] for c in reversed(out) if c.kind == "claim" and c.matches and c.evidence is s))
            # "A retired German politician, Walther Stützle, former …, criticized …": the name its opening appositive gives
            opener = re.match(rf"\s*(?:\[\d+\]\s*)*(?:An?|The)\s+[^,;\"“”]{{3,60}},\s+(?P<name>{PERSON_NAME})", text)
            # (never over a relative clause's own subject: "The island’s ambassador …, Orlando Hernandez Guillen, quoted … Miguel
            # Diaz-Canel, who described the gesture as …" is Diaz-Canel's)
            relative_subject = who is not None and re.fullmatch(r",\s+who\s+(?:(?:has|had|also|then|later)\s+)*", text[who.end:anchor])
            if opener and who is not None and opener.end("name") < anchor and who.start > opener.end("name") and not relative_subject \
                    and re.match(r"\s*(?:\[[a-z]{2}\]\s*)?,", text[opener.end("name"):]):
                first = self._speaker_in(opener.group("name"), opener.start("name"), mentions)
                who = first if first is not None and first.match.type in ("person", None) and _plausible(first.match.name, first.match) \
                    else who
            if re.fullmatch(r"\s*The\s+(?:politician|lawmaker|legislator|veteran\s+politician)\s*", text[:anchor]) \
                    and self.last_quote is not None:
                who = self.last_quote[0]  # "The politician argued that …": the one whose words were just read
            if according and according.group("lead").lower() in ("him", "her"):
                who = self.last_person  # "According to him, …": the person just named
            # (or a surname alone, as the page writes the person: "According to Andersson, the government will ensure …")
            if according and (who is None or who.match.type != "person") \
                    and (re.search(rf"(?i:{_TITLE}|\bhead\s+of\b|\bminister\b)", according.group("lead"))
                         or re.fullmatch(r"[A-Z][a-zà-ÿ’'-]{2,}", according.group("lead").strip())):
                holder = self._speaker_in(according.group("lead"), m.start() + according.start("lead"), mentions)
                who = holder if holder is not None and holder.match.type == "person" else who
            # "The head of the Spanish government explained that …": its prime minister, not the government
            # ("The head of the Armenian government also said the economy has grown …")
            head_of = re.fullmatch(r"\s*[Tt]he\s+[Hh]ead\s+of\s+(?:the\s+)?(?:(?P<pre>[A-Z][\w’'-]+)\s+)?government"
                                   r"(?:\s+(?:also|then|later|further|again))?\s*", text[:anchor])
            if head_of:
                who = self._office_alone(f"the {head_of.group('pre') or ''} Prime Minister", 0) or who
            # "The representative of Milei noted that …": the spokesperson the article named, never the one spoken for
            who = self._voice_of(text[:anchor], 0) or who
            if who is None and not m.group(0).lower().startswith("according") and anchor <= 70 \
                    and re.search(rf"(?i:{_TITLE}|\bminister\b|\bministry\b|\bgovernment\b)|\bMoD\b|^\s*[Tt]he\s+[A-Z][\w’'.]*\s+leader\s+$",
                                  text[:anchor]):
                # "Canada's minister of defence says …": a title alone as the subject, or a name with a long
                # appositive ("Rutte, chairing his first meeting …, said …"); "The Ukrainian leader called Albanian Prime
                # Minister Edi Rama “Ukraine’s unwavering friend”": the state's leader, not the one he named
                who = self._speaker_in(text[:anchor], 0, mentions) or self._person_before(text, mentions, anchor, reach=200)
            elif who is None and not m.group(0).lower().startswith("according"):
                who = self._person_before(text, mentions, anchor, reach=200)
            if who is None and not m.group(0).lower().startswith("according"):
                # (or the clause's subject after a fronted clause: "Although increasing defense spending is a challenging task
                # for Italy …, the Prime Minister assured that …")
                # (or after a full stop inside a sentence the splitter kept whole, a quoted release's: "“The Ukrainian president
                # expressed his gratitude … . The prime minister emphasized that …“")
                clause = re.split(r"[,;]\s+|(?<=[a-z][.!?])\s+(?=[A-Z])", text[:anchor])[-1]
                # ("As the PM said on Tuesday, …": the office after "As")
                as_said = re.match(r"\s*As\s+", text[:anchor])
                office_at = as_said.end() if as_said else 0
                # (and after a connective: "At the same time, as the premier noted, …")
                clause = re.sub(r"^\s*[Aa]s\s+", lambda lead: " " * len(lead.group(0)), clause)
                who = self._office_alone(text[office_at:anchor], office_at) or (
                    # (resolved once the whole article is read)
                    self._office_alone(clause, anchor - len(clause)) if clause != text[:anchor] else None)
            if who is None and re.fullmatch(r"\s*The\s+(?:[A-Z][\w’'-]+\s+)*(?:Chief|Head|Commander|Chairman|Chair|Director|Chancellor|"
                                            r"Governor|Admiral|General|Marshal)(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)?"
                                            r"\s+(?:(?:also|then|later)\s+)?(?:told\s+[^,;“”\"]{1,60}?|said|says|added)\s*",
                                            text[:m.start("text")].removesuffix("that ").rstrip() + " ") \
                    and self.previous_sentence is not None and self.last_person is not None and any(
                        c.kind == "claim" and c.matches and self._key(c.matches[0]) == self._key(self.last_person.match)
                        for c in self.previous_sentence[1]):
                # "…, Admiral Sir Tony Radakin said." then "The Chief of the Defence Staff told the BBC … that …": an office
                # outside the model's, by its capitals, as the subject just after its holder spoke: the one who spoke
                who = self.last_person
            # (a pronoun after a participle's clause the sentence opens with, that clause naming another: "Representing Deputy
            # Prime Minister … Ahmad Zahid Hamidi at the flagging off …, he said the containers …" is the one named before,
            # never the one represented)
            participle = re.fullmatch(r"\s*[A-Z][a-z]+ing\b[^,;“”\"]{3,200},\s+(?:he|she)\s+(?:also\s+)?", text[:anchor])
            if participle and self.person_before is not None and who is not None and who.match != self.person_before.match \
                    and any(p.match == who.match for p in self._people(text[:anchor], mentions)):
                who = self.person_before
            just_spoke = self.person_before
            if who is not None and who.match.how == "office" and just_spoke is not None \
                    and just_spoke.match.type in ("person", None) and not self.person_roles.get(self._key(just_spoke.match)) \
                    and self.previous_sentence is not None and s.paragraph - self.previous_sentence[0].paragraph <= 1 \
                    and re.search(rf"\b{re.escape(just_spoke.match.name.split()[-1])}\s+(?:{_SAY})\b", self.previous_sentence[0].text) \
                    and re.match(rf"\s*[Tt]he\s+(?:[A-Z][\w’'.]*\s+)?(?i:{_TITLE})\s+(?:also\s+)?(?:added|continued|went\s+on)\b", text):
                # "“…,” Montenegro said, as quoted by the Lusa agency." then "The prime minister added that …": the one who just
                # spoke, named by his office (which no one here holds by name)
                who = just_spoke
            if who is not None and who.end > who.start and who not in (self.person_before, self.last_person) \
                    and any(q0 <= who.start < q1 and not ((q0, q1) in relayed and q0 <= m.start() < q1) for q0, q1 in spans):
                who = None  # a name inside the quotation before ("“On Ukraine, Allies are …,” emphasizing …"): no speaker (but
                # in a relayed quotation, the one the same quotation says spoke; and never one a pronoun stands for, whose
                # place is in another sentence: "He pledged to “stay on the side of …”")
            if who is not None and re.match(r"(?:saying|adding|noting|stating|warning|arguing|claiming|calling)\b", m.group(0), re.I) \
                    and re.search(r"\b(?:to|with|from)\s+(?:[\w.’'-]+\s+){0,2}$", text[max(0, who.start - 25):who.start]):
                # "Sanchez sent a letter to Rutte saying Madrid would not commit to 5%": the one who wrote, not the one addressed
                who = self._person_before(text, mentions, who.start, reach=110) or who
            if who is None and re.match(r"(?:adding|saying|noting|stating|stressing|warning|emphasi[sz]ing|underlining|underscoring|"
                                        r"reiterating|urging)\b", m.group(0), re.I) \
                    and any(c.matches and c.fields["kind"] == "quote" for c in out):
                # "“…,” the Slovenian Prime Minister said on Monday, adding that it was not so easy to …": the
                # quotation's speaker goes on
                who = Mention(0, 0, next(c.matches[0] for c in reversed(out) if c.matches and c.fields["kind"] == "quote"))
            if who is None and listed is not None and m.start() <= 4:
                who = listed  # "- warned business heads to prepare …" under "… Admiral Rob Bauer, spoke at an event in Brussels:"
            if who is None:
                # no one said the whole, but someone says its part: "A POLITICO report last month revealed that Trump had told
                # European Commission President Ursula von der Leyen in 2020 that the U.S. wouldn’t come …"
                nested = m.re.search(text, m.start("text"))
                if nested is not None and nested.start() >= m.start("text") and nested.start("text") > m.start("text"):
                    reported.append(nested)
                continue
            # (also after a conjunction: "- While the Italian government also aims to advocate …, it is expected to play …,
            # emphasising the importance of …")
            if who.match.type == "country" and re.match(r"\s*(?:[-–•]\s*)?(?:(?:While|Although|As|Since|Because|Whereas),?\s+)?[Tt]he\s+"
                                                         r"(?:[A-Z][\w’'-]+\s+)?(?:government|cabinet|administration|ministry)\b",
                                                         text[:anchor]):
                continue  # "The Irish government, which met today …, said there was “no doubt” that …": a government is no speaker
            if re.match(r"['’]s\s+(?:[\w-]+\s+)?(?:administration|government|cabinet|office|ministry|team|party|coalition|"
                        r"spokes(?:man|woman|person)|aides?|camp)\b", text[who.end:who.end + 40]):
                continue  # "De Wever’s administration had said …": the administration spoke, not the person it is named for
            if re.match(r"['’]s\s+(?:[a-z]+ly\s+)?(?:expressed|voiced|stated|declared|announced|reported)\b", text[who.end:who.end + 40]):
                continue  # "Mr. Trump’s publicly expressed doubts about … have sparked a re-thinking …, Macron said": the doubts a
                # possessive names are the subject of another's sentence, not what that person said
            if who.end > who.start and possessor(text[who.start:who.end], text[who.end:who.end + 60]):
                # (nor is any other possessor the verb's subject: "Sheinbaum has … warned that Trump's actions could trigger … and
                # has vowed to use all “diplomatic channels” …" — the vow is hers, the one named before him)
                who = self._person_before(text, mentions, who.start, reach=200)
                if who is None:
                    continue
            said = m.group("text")
            inside = next((q1 for q0, q1 in relayed if q0 <= m.start() < q1), None)
            if inside is not None:  # (a relayed quotation's words end where it closes)
                said = re.sub(r"[\s,.;]*[”\"]?[\s,]*$", "", text[m.start("text"):inside])
            # (and the same speaker's next verb: "… becoming a “job-creating machine”, and explains that the country is …")
            # (", while warning that …" too: "said on Tuesday he was satisfied with …, citing …, while warning that Belgrade was
            # concerned about …")
            para, *more = re.split(r",\s+(?:while\s+)?(?:stating|saying|adding|noting|emphasizing|emphasising|warning|claiming|contending|stressing|"
                                   r"underlining|underscoring|insisting|arguing)\b|"
                                   # (", but complained that “the lack of accountability” …": the same speaker's second statement)
                                   r",?\s+(?:and|but)\s+(?:explains|explained|adds|added|says|said|notes|noted|stresses|stressed|insists|"
                                   r"insisted|argues|argued|complained|complains|warned|warns|"
                                   r"expressed\s+(?:the\s+)?(?:hope|concern|confidence|regret|doubt))(?=\s+that\b)|"
                                   # ("said Türkiye’s air defense system had reached “a certain level” but stressed the need for
                                   # more robust missile capabilities": the emphasis a second statement, read by the rule for it)
                                   r",?\s+(?:and|but)\s+(?:also\s+)?(?:stressed|emphasi[sz]ed|underlined|underscored|highlighted)"
                                   r"(?=\s+the\s+(?:need|importance|necessity|urgency)\b)|"
                                   # ("… as “extremely bad” and said he does not want his country to have anything to do with it")
                                   r"\s+and\s+(?:said|says|added|adds)(?=\s+(?:he|she|they|it|we)\s)|"
                                   # ("accused Germany of being “delinquent” in its payments … and vowed to stick with the plan …":
                                   # the accusation, then a vow the vow rule reads)
                                   # ("… warned that … and has vowed to use all “diplomatic channels” …": the auxiliary too)
                                   r"\s+and\s+(?:(?:has|have|had)\s+)?(?:vowed|pledged|promised)(?=\s+to\b)",
                                   said)
            if len(para.split()) < 3 and more:
                para, more = said, []  # ("He warned against complacency, stressing retreat would embolden …": one
                # statement, the words before the participle too few to stand alone)
            # (up to where another speaker's words begin: "Putin warned it would be a “big mistake” if Seoul sent arms to Ukraine,
            # while President Yoon insisted Seoul's decision would depend on …")
            para = re.split(rf",\s+(?:while|whereas|but|and)\s+(?:(?:[A-Z][\w.’'-]*|the)\s+){{1,4}}(?:{_SAY}|saying)\b", para)[0]
            # (nor what the speaker did meanwhile: "… for as long as it was needed - as he announced a new £40million aid package")
            para = re.sub(r"\s+[-–—]\s+as\s+(?:he|she|they|it)\s+[a-z]+ed\b.*$", "", para)
            # (a live blog's time stamps are no part of what was said: "… to move on spending (14:45, 14:56)")
            para = re.sub(r"\s*\((?:\d{1,2}[:.]\d\d(?:,\s*)?)+\)", "", para)
            para = para.strip().rstrip(".").rstrip(",")
            para = re.sub(r",\s+(?:[A-Z][\w.-]*\s+){1,3}(?:reported|reports|wrote|writes)$", "", para)  # "…, G4media.ro reported"
            para = re.sub(r",\s+(?:reports|reported|writes|wrote)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}[A-Z][^,]{1,40}$", "", para)  # (", reports
            # regional television N1")
            if re.fullmatch(r"[“\"][^“”\"]+[”\"]", para) and re.search(r"\bthat,?\s*$", text[:m.start("text")]):
                para = para[1:-1].strip().rstrip(".").rstrip(",")  # "stressing that “the line … is blurring”": the quotation's words
                if any(c.fields["kind"] == "quote" and c.fields["text"].rstrip(".!?, ") == para.rstrip(".!?, ") for c in out):
                    continue  # (which the quotation rules gave already)
            if len(para.split()) < 3 or _SETTING_ONLY.fullmatch(para):
                # (where it was said is no statement: "NATO leaders said in a declaration, adding China must …")
                self._next_statements(s, who, more, out)
                continue
            if re.match(r"(?:[A-Z][\w-]+\s+)?(?:reports?|reported|citing|writes|wrote)\b", para):
                continue  # "According to the minister, Ukrinform reports, citing …": where the news came from, not what was said
            inner = re.match(rf"(?P<who>(?:[A-Z][\w’'-]+\s+){{1,3}})(?:(?:had|has|have)\s+)?(?:also\s+)?(?:{_REPORT_VERBS})\s+that\b", para)
            if inner and not (self.g.country_or_org(inner.group("who").strip()) or self.g.as_state(inner.group("who").strip())):
                # (but a state or its capital that reports is the speaker's report: "Motegi said … that Tokyo will tell Trump
                # that …" is the minister's statement)
                continue  # "Hamada said, adding that Kishida had also stressed that …": Kishida's statement, read as his
            if re.match(r"(?:it|they|we|the\s+\w+)\s+(?:will|would|plans?\s+to|is\s+to)\s+(?:increase|raise|boost|lift)\s+(?:its|their|our)\s+"
                        r"(?:defen[cs]e|military)\s+(?:spending|budget|expenditure)\b[^.;]{0,30}?\bby\b", para) and find_money(para):
                continue  # "The Swedish government announced that it will increase its defence spending by 300 billion kronor":
                # an announcement of its own budget is the evidence of its target, not a claim
            if _announces_own_goal(para) or (self.targeted_here and self._says_goal_read(para)):
                # (still the one a "he" then stands for, and whose words a quotation on its own then are: "… Lai said his
                # government had committed …" then "“…,” he wrote"; "Zapryanov told journalists that Bulgaria would increase …"
                # then a paragraph that is only a quotation)
                self.goal_speaker = (who, s.end)
                self.goal_speakers.append((who, s))
                continue  # "Domański said that the new budget would raise Poland’s defence spending to 4.8% of GDP": the goal's
                # evidence, as the sum of a budget is
            if re.match(r"(?:calling|labelling|labeling|branding)\s", para) and any(
                    para in c.fields["text"] for c in out if c.kind == "claim"):
                continue  # "… announced that allies will raise spending sharply, calling it a “quantum leap”": inside that claim
            if (re.match(r"(?:urged|urges|urging|called\s+on|pressed)\s", m.group(0))
                    # ("she said she wanted Nato countries to increase defence spending to 3% of their GDP")
                    or re.match(r"(?:she|he|they|it)\s+(?:wanted|wants|would\s+like)\s", m.group("text"))
                    # ("reiterated his demand that alliance members raise their military spending to 5% of economic output"; "has
                    # demanded that NATO countries increase their defense expenditures to five percent of their GDP")
                    or re.search(r"\bdemand(?:s|ed|ing)?\s+that\s*$", text[:m.start("text")])) and re.match(
                    r"(?!(?:Europeans|Europe|European\s+(?:nations|countries|states|governments|leaders|allies|partners))\b)"
                    # ("The Trump administration has pressed its allies to allocate up to 5% of their GDP …")
                    r"(?:(?:the\s+)?(?:[A-Z][\w.’'-]*|alliance)|(?:its|their|his|her|our)\s+(?:allies|partners))(?:\s+[A-Z][\w.’'-]*){0,3}"
                    r"(?:\s+(?:countries|allies|members|nations|states|governments|"
                    r"partners))?\s+(?:to\s+)?(?:[a-z]+\s+){0,2}?(?:raise|increase|lift|boost|spend|devote|allocate|commit|adopt|meet|reach|hit)\b[^.;,]*?"
                    r"(?:\d+(?:\.\d+)?|two|three|four|five)\s*(?:%|percent|per\s+cent)",
                    re.sub(r"^(?:she|he|they|it)\s+(?:wanted|wants|would\s+like)\s+", "", para)):
                continue  # "Trump had called on NATO members to devote 5 percent of GDP towards defence", "has called on Australia to
                # boost its military budget to 3.5 per cent of GDP": the demanded target's evidence, as the seeds curate it (a call
                # with no figure is a claim: "called on Nato allies to increase …"; so is one on Europeans, no actor of a
                # target)
            if re.match(r"(?:all\s+)?(?:(?:the\s+)?other\s+)?(?:NATO\s+|[Aa]lliance\s+)?(?:countries|members|member\s+states|allies|nations)\b"
                        r"[^.;]{0,50}?"
                        r"\b(?:should|must|need\s+to|have\s+to)\s+(?:spend|devote|allocate|invest)\s+(?:at\s+least\s+)?[\d.]+\s*(?:%|percent|per\s+cent)",
                        para):
                continue  # "Donald Trump has stated that all NATO countries except the United States should spend 5% of GDP on defense":
                # the alliance's goal's evidence, as a call on its members to spend a share is
            if re.search(r"\b(?:a|the|its|their)\s+(?:new\s+|latest\s+)?(?:report|study|survey|analysis|paper)\s+(?:by|from|of)\s+[^,;]{0,90}$",
                         text[:anchor]):
                continue  # "… after a report by the Australian Strategic Policy Institute (ASPI) warned Australia could …": the report's
            evidence_only = self.pledged_here and _announces_pledge(para)
            # (and what the package just read will pay for: "Carney said the package would fund drones, ammunition and
            # armoured vehicles" after "Carney announced $2 billion in military support …")
            evidence_only = evidence_only or (
                self.last_package is not None and 0 <= s.paragraph - self.last_package.evidence.paragraph <= 1
                # (the giver named after it too: "the money allocated by Latvia will be used to purchase … shells")
                and bool(re.match(r"(?:the|this|that)\s+(?:new\s+)?(?:package|funding|money|aid|assistance|loan|contribution)\s+"
                                  r"(?:(?:allocated|provided|pledged|given|approved)\s+by\s+(?:the\s+)?[A-Z][\w-]+\s+)?"
                                  r"(?:would|will|is\s+to|is\s+going\s+to)\s+(?:also\s+)?(?:fund|pay\s+for|go|include|cover|"
                                  r"consist|be\s+used|support|finance|buy)\b", para, re.I))
                # (or what the sum just read comprised: "Malta has provided over €1.7 million in emergency assistance …" then
                # "the Minister told international partners that this included bilateral assistance that …")
                # (or what the package just read held: "He notes that the latest aid package included 155 mm shells, which was …")
                or (self.last_package is not None and 0 <= s.paragraph - self.last_package.evidence.paragraph <= 3
                    and bool(re.match(r"(?:the|this|that)\s+(?:new\s+|latest\s+)?(?:[a-z]+\s+){0,2}?package\s+(?:included|includes|"
                                      r"contains|contained|comprises|comprised)\b", para)))
                or (any(p is not None and 0 <= s.paragraph - p.evidence.paragraph <= 1 for p in (self.last_package, self.last_total))
                    and bool(re.match(r"(?:this|that|it)\s+(?:also\s+)?(?:included|includes|comprised|comprises|consisted\s+of|"
                                      r"covered|covers)\b", para, re.I))))
            # ("Sánchez announced that Madrid would provide … $1.05bn": the pledge's evidence, not a claim; what the same
            # speaker says after it still is: "… would bring the total … to $1.2 billion, saying … the fourth drawdown in less
            # than a year was “unprecedented.”")
            if re.search(r"\b(?:following|as\s+follows|include|includes|including|are|is|were|was|of|namely|consist|consists)\s*:$",
                         m.group("text").rstrip()) or (m.group("text").rstrip().endswith(":") and len(m.group("text").split()) < 8):
                continue  # "…, the package will reportedly consist of the following:": a list follows, no statement (a statement
                # before its list is one: "He stated that there is a broader consensus that any future security guarantees should
                # be based on three pillars:")
            head = re.match(r"(?P<head>[^:;]{20,}?):\s", para) \
                or re.match(r"(?P<head>(?:\S+\s+){4,}?\S+?),?\s+(?:as|while|when)\s+(?:he|she|[A-Z][\w’'-]+)\s+(?:announced|unveiled|"
                            r"pledged|promised|revealed|confirmed)\b", para)
            # (or before a clause of the announcement: "… told the mayor of Ukraine’s capital that their democracies stand on “the
            # front line of resisting” large authoritarian neighbors as Wu announced a donation of US$8 million …")
            # (never the words that lead into the list of the sum's parts: "he noted that the donation will be distributed to the
            # following UN agencies: $500,000 for …")
            if evidence_only and head and not find_money(head.group("head")) and len(head.group("head").split()) >= 4 \
                    and not re.search(r"\b(?:the\s+following|as\s+follows)\b[^:;]*$", head.group("head")):
                # "According to Poulsen, this mechanism has already proven its value: last year, Denmark signed contracts worth
                # €600 million, …": the money after the colon is the pledge's evidence, the judgement before it a claim
                out.append(self._claim(s, who, head.group("head"), "paraphrase", "claim:reported-speech"))
            if not evidence_only:
                out.append(self._claim(s, who, para, "paraphrase", "claim:reported-speech"))
                partner = self._joined_subject(text, mentions, who, anchor)
                if partner is not None:  # "Rutte and Hegseth reiterated the need …": each of the two says it
                    out.append(self._claim(s, partner, para, "paraphrase", "claim:reported-speech"))
            self._next_statements(s, who, more, out)
        # "Mr Healey said: “As the new Defence Secretary, I will …" with no closing mark: British copy closes a
        # multi-paragraph quote only at its end; the quote runs to the end of the paragraph's sentence
        # (an audience between the verb and the colon: "the prime minister will tell his fellow leaders: “…")
        opened = re.search(rf"\b(?:{_SAY})(?:\s*[:,]|\b[^.;:“”\"]{{1,40}}:)\s*[“\"](?P<text>[^”\"]{{15,}})$", text)
        # (or with single marks, as British tabloids print them: "…, who wrote on X: 'It is a great pleasure …" — no mark
        # after it but apostrophes inside words)
        opened = opened or re.search(rf"\b(?:{_SAY})(?:\s*:|\b[^.;:“”\"']{{1,40}}:)\s*'(?=[A-Z])"
                                     r"(?P<text>(?:[^'\"“”]|(?<=[A-Za-z])'(?=[a-z])){15,})$", text)
        # (or a whole one closing the line, as a live page's headings and bullets print them: "US Defense Secretary Lloyd
        # Austin tells allies, 'we need to dig even deeper'")
        opened = opened or re.search(rf"\b(?:{_SAY})(?:\s+(?:the\s+)?[a-z]+)?\s*[,:]\s*'(?=[A-Za-z])"
                                     r"(?P<text>(?:[^'\"“”]|(?<=[A-Za-z])'(?=[a-z])){15,})'\s*$", text)
        if opened and not [c for c in out if c is not fronted_claim]:  # (the fronted clause is no part of the quotation)
            speaker = self._person_before(text, mentions, opened.start(), reach=90)
            office = re.search(rf"(?:^|,\s+)\s*(?P<office>[Tt]he\s+(?:[A-Z][\w’'.]*\s+)?(?i:{_TITLE}))\s+(?:[\w’']+\s+){{0,2}}$",
                               text[:opened.start()])
            if speaker is None and office:  # (its holder resolved once the whole article is read)
                speaker = self._office_alone(office.group("office"), office.start("office"))
            if speaker is not None and (speaker.match.entity or speaker.match.how == "office"
                                        or _plausible(speaker.match.name, speaker.match)):
                # (the paragraphs it ran over each opened with a mark of their own)
                quote = re.sub(r"\s+[“\"]", " ", opened.group("text")).strip()
                out.append(self._claim(s, speaker, quote, "quote", "claim:quote-attribution"))
                self.last_quote = (speaker, s.paragraph)
                self.last_quote_reported = False
        # "Brekelmans: Unceasing waves of Russian attacks …" (a statement introduced by its speaker's name)
        # (or after a title, as a transcript labels its speakers: "NATO Secretary General Jens Stoltenberg: Iceland is important
        # for NATO for many reasons.")
        named = re.match(rf"\s*(?P<who>{PERSON_NAME}|{NAME_TOKEN}):\s+(?P<text>[A-Z].{{20,}})", text) or \
            re.match(rf"\s*(?:[A-Z][\w.]*\s+){{0,3}}?(?i:{_TITLE})\s+(?P<who>{PERSON_NAME}):\s+(?P<text>[A-Z].{{20,}})", text) or \
            re.search(rf"(?P<who>{PERSON_NAME})\s+(?i:on)\s+(?:X|Twitter|Facebook|Telegram|Instagram|LinkedIn|Bluesky)\s*[,:]\s+"
                      r"(?P<text>[A-Z].{20,})", text)  # "… Pete Hegseth On X, I advocated …": a post introduced by its author
        if named and re.search(r"\d{1,2}\.\d{1,2}\.\d{2,4},?\s+\d{1,2}:\d{2}\b|\b\d+\s+views\b", named.group("text")):
            named = None  # ("Zelenskyy: It is quite possible to make … drones …, but very little money27.08.24, 16:27 • 21597
            # views": a linked story's headline with its time stamp, no statement of this page)
        if named and re.fullmatch(rf"{PERSON_NAME}(?:\s*\([^()]{{1,20}}\))?\s*\.?", named.group("text").strip()):
            named = None  # ("Defense Minister: Boris Pistorius (SPD)": a gallery's heading, the office and its holder)
        if named and not out and s.paragraph > 0:
            speaker = self._speaker_in(named.group("who"), named.start("who"), mentions)
            if speaker is not None and speaker.match.type in ("person", None) and (speaker.match.entity or speaker.match.how == "seen"):
                out.append(self._claim(s, speaker, named.group("text").strip().rstrip("."), "quote", "claim:quote-after-colon"))
        said_after = _said_after(text)
        # (or a few words in marks closing the statement before its attribution, the comma inside the marks: "The agreement …
        # runs for ten years but Portugal will support Ukraine "for as long as necessary," … Luís Montenegro said …"; never a
        # quotation that opens the sentence, "“Those are well-paid soldiers,” he said", the quotation rules' own)
        closing = re.search(r"[“\"][^“”\"]{3,60},[”\"]\s+", text) if said_after is None else None
        if closing is not None and len(text[:closing.start()].split()) >= 3:
            at = closing.start() + closing.group(0).index(",")
            said_after = _said_after(text[:at] + ", " + text[at + 2:])  # (the same length: every offset holds)
        if said_after is not None and re.fullmatch(r"\s*the\s+(?:[a-z]+\s+)?(?:ministry|office|department|embassy|government)\s*",
                                                   said_after.group("lead") or "") \
                and re.match(rf"\s*(?:{PERSON_NAME}|{NAME_TOKEN})\s+(?:also\s+)?(?:expressed|called|said|thanked|noted|stressed)\b", text):
            said_after = None  # "Klitschko expressed his appreciation …, and called the ongoing war a fight …, the ministry said":
            # a ministry relays what the person it names said, no statement of its own (the naming rule reads his)
        if said_after is not None and ":" in said_after.group(0) and re.match(r"\s*(?:[A-Z][a-z]+ing|In|At|On|During|After|Before|When)\b",
                                                                             text):
            said_after = None  # "Updating MPs at prime minister’s questions, Mr Johnson said: “…”": a phrase of when, no statement
        # (a few words in quotation marks are the writer's, not a quotation: "going through ammunition “many times higher”")
        # (nor is a quotation the sentence's statement runs on past: "Moreover, “all the noise that distorts the approach”
        # from Belgium jeopardises the flexibility …, he said.")
        quoted = [q for q in quoted_spans(text) if len(text[q[0]:q[1]].split()) > 5
                  and not (said_after and text[:q[0]].strip() and len(text[q[1]:said_after.start()].split()) >= 3)
                  and not (said_after and q[0] > said_after.start("lead"))]  # (the quotation of a participle after it)
        run = self._run_before(s)
        spoken = run and all(_FIRST_PERSON.search(r) for r in run)
        # (or a paragraph of speech with no quotation marks at all, opened by the run, whose statements name no one and run into
        # the speaker's own first person before the attribution: "Macedonia contributes more than 2 percent of its GDP to
        # defense. That is enormous progress … . We must increase our contributions … . I want to welcome Macedonia’s support for
        # Ukraine, Rutte said in his joint press conference …", as a page that marks no quotation writes it)
        paragraph_words = self.paragraph_texts.get(s.paragraph, "")
        spoken = spoken or bool(
            run and said_after is not None and not re.search(r"[“”\"]", paragraph_words)
            and paragraph_words.strip().startswith(run[0].strip()[:40])
            and _FIRST_PERSON.search(run[-1]) and _FIRST_PERSON.search(text[:said_after.start()])
            and not any(m.match.type in ("person", None) for r in run for m in self._people(r, self.finder.find(r))))
        # (a few words in marks read as a quotation of their own are the statement's: "US authorities will allocate … in the
        # “coming weeks and months”, White House spokesman John Kirby said" is one statement)
        words_in_marks = [c for c in out if c.kind == "claim" and c.fields.get("kind") == "quote" and len(c.fields["text"].split()) <= 5
                          and said_after is not None and 0 <= text.find(c.fields["text"]) < said_after.start()] if not quoted else []
        read_before = said_after is not None and any(
            0 <= text.find(c.fields["text"][:40]) < said_after.start() for c in out if c.kind == "claim" and c not in words_in_marks)
        if said_after and not read_before and words_in_marks:
            out = [c for c in out if c not in words_in_marks]
        # (never the office before a name whose words follow a colon, words in capitals and their links only: "Director-General
        # for … Operations, Maciej Popowski said: “…”" — what he said is the quotation; "The use of this loan is covered …,
        # Stocker emphasized: “…”" still tells a statement)
        office_before = said_after is not None and re.match(r"[^“”\"]{0,80}?:\s*[“\"‘]", text[said_after.start():]) is not None \
            and re.fullmatch(r"(?:[A-Z][\w’'-]*|for|of|and|the|on|in|to|at|&)(?:[\s,]+(?:[A-Z][\w’'-]*|for|of|and|the|on|in|to|at|&))*",
                             text[:said_after.start()].strip(" ,")) is not None
        if said_after and not read_before and not quoted and (len(text[:said_after.start()].split()) >= 5 or spoken) \
                and not office_before:
            body = text[:said_after.start()].strip()
            # the paragraph's sentences before it, unattributed and in the speaker's own first person, are the start of
            # the same statement: "The fact that we are a NATO member state increases our security … . The gains are
            # enormous, …, Misajlovski said." (speech without quotation marks, as some Balkan copy writes it)
            if spoken:
                body = " ".join([*run, body])
            self._reported_after(s, said_after, body, mentions, out)
        # reported speech its attribution interrupts, no quotation marks: "The additional 1.5 percent, he said, are
        # investments in civil protection …", "First of all, he explained, these were topics related to …", "Poland, he
        # said, is a model ally" (a subject of one short word too)
        interrupted = None if out or quoted else re.fullmatch(
            r"\s*(?P<a>[^\"“”]{3,}?),\s+(?P<lead>he|she|they|(?:the\s+)?[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,2})\s+"
            r"(?:said|says|explained|added|noted|stressed|reminded|insisted|argued|clarified|emphasi[sz]ed|warned|claimed|claims|stated|"
            r"underlined|underscored|"  # ("NATO, he underlined, must become something more than it is")
            # (and how often or where: "The overarching goal is, Tusk said repeatedly in the campaign and after the election, to
            # bring together …")
            r"suggested|believes)(?:\s+(?:" + _WHEN + r"))?(?:\s+(?:repeatedly|again|often|publicly|earlier)(?:\s+(?:in|at|during|after|before)"
            r"\s+[^,\"“”]{3,60})?)?,\s+"
            r"(?P<b>[^\"“”]{12,}?)\.?\s*", text)
        if interrupted:
            self._reported_after(s, interrupted, f"{interrupted.group('a').strip()} {interrupted.group('b').strip()}",
                                 mentions, out)
        # a statement, a dash, its speaker and a verb, no quotation marks ("In the coming weeks, we will approve a new aid
        # package … - Guido Crozetto informed .")
        dash_after = re.fullmatch(rf"\s*(?P<text>[^\"“”]{{20,}}?)\s+[-–—]\s+(?P<lead>[^-–—\"“”]{{3,80}}?)\s+(?:{_SAY}|informed)\s*[.!]?\s*", text) \
            or re.fullmatch(rf"\s*(?P<text>[^\"“”]{{20,}})\s+[-–—]\s+(?i:{_SAY})\s+(?P<lead>[^-–—\"“”,]{{3,80}}?)\s*[.!]?\s*", text)
        if dash_after and not out:  # (or "… - said Prime Minister Mette Frederiksen.", the verb first)
            speaker = self._speaker_in(dash_after.group("lead"), dash_after.start("lead"), mentions)
            if speaker is not None and speaker.match.type in ("person", None) and (speaker.match.entity or speaker.match.how in ("new", "seen")):
                # the paragraph's earlier sentences, unattributed, are the start of the same statement ("We are in the most
                # dangerous situation in many, many years. Therefore - … - we are now embarking on … - said …")
                run = self._run_before(s)
                out.append(self._claim(s, speaker, " ".join([*run, dash_after.group("text").strip()]), "quote",
                                       "claim:quote-attribution"))
        # "Public support will push forward …, according to Deputy Prime Minister Richard Marles."
        # (or with a clause after it that says why or when: "…, according to … Martin Griffiths, as thousands of people …")
        # (or a relative clause saying more of his: "Dialogue is crucial …, according to AMLO, who said it is urgent …", two claims)
        # (or the name set off after the office: "…, according to the Foreign Minister, Þorgerður Katrín Gunnarsdóttir.")
        # (or the name with what the person is after it: "…, according to Hansgerg Eberle, director of the Foundation for Mine
        # Action (FSD).")
        trailing = re.search(r",[\"”]?\s+according to\s+(?P<lead>[^,.;\"“”]{3,90}?(?:,\s+" + PERSON_NAME + r"(?=\.?\s*$))?)"
                             r"(?:,\s+(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+){0,2}(?:director|head|chief|spokes\w+|chairman|chairwoman|chair|"
                             r"leader|member|professor|expert|analyst|adviser|advisor|founder|researcher)\b[^,;\"“”]{0,90}(?=\.?\s*$))?"
                             r"(?:,\s+(?:as|because|since|while|whereas|although|"
                             r"though|after|before|amid|who\s+(?:also\s+)?(?:said|added|stressed|noted|argued))\b[^;\"“”]*)?\.?\s*$",
                             text)  # (",” according to Fico.")
        # (or "as" the speaker said it, the quotation that follows a colon read on its own: "Further close cooperation between
        # allies … is necessary in light of the Russian conflict against Ukraine, as Minister Anušić pointed out:")
        trailing = trailing or re.search(r",\s+as\s+(?P<lead>(?:the\s+)?[A-Z][^,.;:\"“”]{2,80}?)\s+(?:has\s+|had\s+)?(?:pointed\s+out|"
                                         r"noted|said|stressed|emphasi[sz]ed|explained|underlined|underscored|observed|remarked|"
                                         r"put\s+it)(?:\s+(?:" + _WHEN + r"))?\s*[.:]?\s*$", text)
        # (a term in quotation marks inside the statement is no quotation of its own: "The difference between KSF "capital
        # investments" this year and 2018 would amount to …, according to Shala")
        quoted_long = any(len(text[a:b].split()) > 3 for a, b in quoted_spans(text[:trailing.start()])) if trailing else False
        if trailing and (quoted_long or re.search(rf"\b(?:{_SAY})\s+the\b|\breport(?:s|ed)?\b", text[:trailing.start()])):
            trailing = None  # "“…”, said the Senate majority leader, according to Punchbowl News", "This is reported by …"
        if trailing and _OUTLET.fullmatch(trailing.group("lead").strip()):
            trailing = None  # "…, according to BBC": the outlet that reported it, no speaker
        if trailing and all(text.find(c.fields["text"]) > trailing.start() for c in out) and len(text[:trailing.start()].split()) >= 4:
            speaker = self._speaker_in(trailing.group("lead"), trailing.start("lead"), mentions)
            if speaker is not None and (speaker.match.entity or speaker.match.how in ("new", "seen")):
                body = re.sub(r"^[A-Z][\w .]{0,20}\([A-Z]+\)\s*[—–-]+\s*", "", text[:trailing.start()].strip())  # "July 3 (UPI) --"
                goal = self._goal_evidence(body, speaker, s)
                if not (self.pledged_here and _announces_pledge(body)) and not goal:
                    out.append(self._claim(s, speaker, body, "paraphrase", "claim:reported-speech"))
        # a quotation opened and never closed right after a sentence of its paragraph its speaker opened ("Foreign minister
        # Maxime Prévot backed the message. “3.5 per cent is …")
        opens_unclosed = not out and re.match(r"\s*[“\"]", text) and not re.search(r"[”\"]", text.lstrip()[1:]) and len(text.split()) >= 4
        if opens_unclosed and self._just_opened_by(s, across=True):
            out.append(self._claim(s, self.opened_by[0], text.strip().lstrip("“\"").strip(), "quote",  # type: ignore[index]
                                   "claim:quote-after-subject"))
        # a paragraph that opens a quotation and never closes it, right after the same speaker's quotation:
        # British copy continues a quote so ("… might," Minister Marles said. / "As a middle-sized country …)
        # (or the next sentence of the quotation's own paragraph: "“…,” he said. “It’s fair and absolutely right.")
        # (or after reported speech that quoted the speaker's words, where that was the sentence just before: "The Chief of the
        # Defence Staff told the BBC … that the line was “tested every day”." / "“We’ve used that line …"; not after reported
        # speech alone: "… said that the goal would never have been reached …" / "“The Allies commit …", a document's text)
        elif opens_unclosed and self.last_quote and ((self.last_quote[1] == s.paragraph - 1 and (
                not self.last_quote_reported or (0 <= s.start - self.last_quote_end <= 3 and self.previous_sentence is not None and any(
                    re.search(r"[“\"]", c.fields["text"]) for c in self.previous_sentence[1])))) or (
                self.last_quote[1] == s.paragraph and 0 <= s.start - self.last_quote_end <= 3)):
            out.append(self._claim(s, self.last_quote[0], text.strip().lstrip("“\"").strip(), "quote", "claim:quote-continued"))
            self.last_quote = (self.last_quote[0], s.paragraph)
        # a quotation's next words whose opening mark the copy lost, closed at the end of this sentence, in the paragraph of
        # the same speaker's quotation: "“We take Article 5 as a sacred obligation,” Mr Biden said. I want Nato to be aware that
        # America is present.”" (and the plain sentences between: "… he said. No country … on its own. However, … ones.”")
        closes_unopened = not out and re.search(r"[”\"]\s*$", text) and "“" not in text and text.count("”") + text.count('"') == 1
        if closes_unopened and self.last_quote and self.last_quote[1] == s.paragraph and not self.last_quote_reported:
            between = [b for b in self.plain_paragraph[1] if b.paragraph == s.paragraph and self.last_quote_end <= b.start < s.start]
            if all(not re.search(r"[“”\"]", b.text) for b in between):
                said = " ".join([*(b.text.strip() for b in between), text.strip().rstrip("”\"").strip()])
                out.append(self._claim(s, self.last_quote[0], said, "quote", "claim:quote-continued"))
        colon = re.search(rf"\b(?:{_SAY})\s*:\s*$|:\s*$", text)
        if colon and not out:
            verb = None
            # (or who spoke, before a list of what was said: "The Chair of NATO’s Military Committee, Admiral Rob Bauer, spoke
            # at an event in Brussels:" then "- warned business heads …", "- "If we can make sure …,"")
            # (or a participle of saying: "Prime Minister Anthony Albanese welcomed the treaty, saying:")
            for v in re.finditer(rf"\b(?:{_SAY}|spoke|speaking|addressed|remarks|comments|went\s+on|goes\s+on|saying|adding|stating|"
                                 r"noting|writing|declaring)\b", text):
                verb = v
            if verb is not None:
                self.pending_speaker = self._person_before(text, mentions, verb.start(), reach=120)
        for half in halves:  # the speaker of the quotation the conjunction leads to, one statement with it
            joined = next((c for c in out if c.fields["kind"] == "quote" and c.matches
                           and text.find(c.fields["text"]) > text.find(half) >= 0), None)
            if joined is not None:
                out.insert(out.index(joined), self._claim(s, Mention(0, 0, joined.matches[0]), half, "quote",
                                                          "claim:quote-attribution"))
        out = _joined_halves(text, out)
        # a quoted fragment inside the same speaker's reported speech ("Macron stated that “the first security
        # guarantee” is …") is part of that claim, not a claim of its own
        # (and a judgement inside the same speaker's reported speech, "announced that …, calling it a “quantum leap” …", too)
        paraphrases = [(c.fields["speaker"], c.fields["text"]) for c in out if c.fields["kind"] == "paraphrase"]
        out = [c for c in out if not any(who == c.fields["speaker"] and c.fields["text"] != para and re.search(
                   r"\b(?:call|describ|brand|hail|term|label|dub)\w*\s+(?:(?:it|this|that|them|these|those|the\s+\w+)\s+(?:as\s+)?)?"
                   + re.escape(c.fields["text"]), para)
                   for who, para in paraphrases)
               and not (c.fields["kind"] == "quote" and any(who == c.fields["speaker"] and c.fields["text"] in para
                                                            for who, para in paraphrases))]
        if listed is not None:
            self.pending_speaker = listed  # (and the next item's)
        return self._remember(s, mentions, out)

    def _headline_colon(self, s: Sentence, out: list[Candidate]) -> list[Candidate]:
        """A headline that gives a statement and its speaker either side of a colon ("Erdogan: 'Turkey Fully Supports …'",
        "NATO 5% spending commitment shows bloc 'stands ready': Erdogan"): the statement, the speaker's (a surname alone only
        where the article gives a longer name ending in it, read as that name once the whole article is)."""
        if out or s.start > 300 or s.paragraph > 2 or self.paragraph_texts.get(s.paragraph, s.text).strip() != s.text.strip():
            return []
        name = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}"
        found = re.fullmatch(rf"\s*(?P<who>{name})\s*:\s+(?P<text>[^:]{{15,}}?)\s*", s.text) \
            or re.fullmatch(rf"\s*(?P<text>[^:]{{15,}}?)\s*:\s+(?P<who>{name})\s*", s.text)
        # (or after a dash, an office alone: "Republic of Bulgaria will provide Ukraine with more than one hundred units of
        # armoured vehicles – Bulgarian Defence Minister", its holder the one the article names; see _office_alone)
        dashed = re.fullmatch(rf"\s*(?P<text>[^:–—]{{15,}}?)\s+[–—-]\s+(?P<who>{name})\s*", s.text) if found is None else None
        # (never a figure's announcement, a goal's or a sum's, its fact's evidence: "Sweden to raise military spending to 2% of GDP
        # as soon as possible - PM", "Latvia Eyes 3% Of GDP In Defense Spending By 2027 - Prime Minister")
        if dashed and re.search(rf"(?i:{_TITLE})\s*$", dashed.group("who")) and not re.search(r"[.!?]\s+[A-Z]", dashed.group("text")) \
                and not re.search(r"\d\s*(?:%|(?i:percent|per\s+cent|pct)\b)", dashed.group("text")) and not find_money(dashed.group("text")) \
                and not _announces_own_goal(dashed.group("text")):
            office = self._office_alone(dashed.group("who"), dashed.start("who"))
            if office is not None and office.match.type == "person":
                return [self._claim(s, office, dashed.group("text").strip(), "paraphrase", "claim:headline-colon")]
        if found is None or re.search(r"[.!?]\s+[A-Z]", found.group("text")):
            return []
        said = found.group("text").strip()
        if said[:1] in "‘'\"“" and said[-1:] in "’'\"”":
            said = said[1:-1].strip()  # (the marks around the whole: "Erdogan: 'Turkey Fully Supports …'")
        who = found.group("who")
        if any(w in domain().not_names for w in who.split()) or self.g.country_or_org(who) is not None \
                or who.lower() in DEMONYMS or _OUTLET.fullmatch(who):
            return []
        if " " in who:
            match = self.g.resolve(who, ("person",))
            named = " ".join(who.split())
            # (a run that ends with the name, its title before it, names it too: "…: Ng Eng Hen" then "Defence Minister Ng Eng Hen
            # said …")
            if not (match.type == "person" and match.entity or not match.entity and _plausible(who, match)
                    and sum(n for run, n in self.name_runs.items() if run == named or run.endswith(" " + named)) >= 2):
                return []  # ("Russo-Ukrainian War: Enhancement of …": a name the story never gives again is no one it quotes)
        elif who in self.surnames and who.lower() not in self.lower_words:  # (a surname, never a word the article writes in lower case)
            match = Match(who, None, "person", 0.0, "seen")
        else:
            return []
        start = s.text.index(who, found.start("who"))
        return [self._claim(s, Mention(start, start + len(who), match), said, "paraphrase", "claim:headline-colon")]

    def _fronted_saying(self, s: Sentence, fronted: re.Match[str], mentions: list[Mention]) -> Candidate | None:
        """The statement a sentence's opening participle reports, its speaker the subject after it ("Noting that Türkiye
        is …, Erdoğan said …"; see :data:`_FRONTED_SAYING`), else None (no one named, or the clause only announces a goal)."""
        said = fronted.group("text").strip()
        subject = fronted.group("subject").strip()
        if subject.lower() in ("he", "she"):
            who = self.last_person
        else:
            who = self._speaker_in(subject, fronted.start("subject"), mentions)
        if who is None or who.match.type not in ("person", None) or len(said.split()) < 4 or _announces_own_goal(said):
            return None
        return self._claim(s, who, said, "paraphrase", "claim:reported-speech")

    def _reported_after(self, s: Sentence, found: re.Match, body: str, mentions: list[Mention], out: list[Candidate]) -> None:
        """Reported speech whose speaker ``found`` names in its group "lead" after the statement ``body`` (or inside
        it): a claim, unless the speaker is unknown or the statement is the evidence of the sentence's pledge."""
        if s.paragraph <= 1:  # the story's dateline is no part of the statement ("Brussels – The government is …")
            body = re.sub(r"^\s*[A-Z][\w.'’]+(?:\s+[A-Z][\w.'’]+){0,2}" + DATELINE_REST + r"[—–-]+\s+", "", body)
        # (a wire's dateline with its agencies in brackets: "WASHINGTON (UrduPoint News / Sputnik - 21st October, 2022) …")
        body = re.sub(r"^\s*[A-Z]{3,}(?:[ ,]+[A-Z]{2,})*\s*\([^()]{2,80}\)\s*(?:[—–-]+\s*)?", "", body)
        body = re.sub(r"^\s*date\s+\d{4}-\d\d-\d\d\s+", "", body)  # (a saved page's date before its first words)
        # (nor a participle's clause the sentence opens with, on what the speaker was doing: "Announcing the measure on declaring
        # the two ministers personae non gratae, Slovenia had made a new step …, said the Foreign Minister")
        body = re.sub(r"^\s*[A-Z][a-z]+ing\b(?![^,;“”\"]*\bthat\b)[^,;“”\"]{3,160},\s+(?=[A-Z])", "", body)
        speaker = self._speaker_or_office(found.group("lead"), found.start("lead"), mentions)
        apposed = found.groupdict().get("apposed")
        if apposed and (speaker is None or speaker.match.type not in ("person", None) or speaker.match.how == "office"):
            # ("…, Slovakia’s recently appointed Defense Minister, Robert Kaliňák, has said …": the name set off after the office)
            set_off = self._speaker_in(apposed, found.start("apposed"), mentions)
            if set_off is not None and set_off.match.type in ("person", None) and set_off.match.how != "office":
                speaker = set_off
        if found.group("lead").strip().lower() in ("he", "she") and self.person_before is not None and speaker is not None \
                and found.start("lead") > 0 and any(p.match == speaker.match for p in self._people(body, [])):
            # ("US President Donald Trump was right to criticise Europe's spending, …, she added": the one spoken of before
            # the sentence, not the one the statement names)
            speaker = self.person_before
        # (a spokesman's account of the stance his principal restated is the principal's: "US Secretary of Defense Lloyd Austin
        # in a call with his Ukrainian counterpart reiterated the unwavering US commitment to …, Pentagon spokesperson Pat Ryder
        # said")
        restated = re.match(r"(?P<who>[^,;“”\"]{5,80}?)\s+(?P<text>(?:reiterated|reaffirmed|renewed)\s+(?:the|his|her|their|[A-Z][\w-]*['’]s)"
                            r"\s+[^;“”\"]{10,})$", body)
        principal = self._person_before(body, [], restated.start("text"), reach=90) if restated else None
        if restated and principal is None:
            named = [m for m in self.finder.new_people(restated.group("who"))]
            principal = named[-1] if named and _plausible(named[-1].match.name, named[-1].match) else None
        if restated and principal is not None and principal.match.type in ("person", None) and _speaks(speaker) \
                and principal.match != speaker.match:
            speaker, body = principal, restated.group("text")
        # (an own goal announced is the evidence of the target read in this sentence; where none was read, a level for the
        # year, the announcement is the speaker's claim: "Bulgaria's defence spending will reach 2.09% of GDP in 2025, Defence
        # Minister X said")
        goal = self._goal_evidence(body, speaker, s) if _speaks(speaker) else False
        speakers = self._pair_in_lead(found, mentions) or ([speaker] if speaker is not None else [])
        if _speaks(speaker) and not (self.pledged_here and _announces_pledge(body)) and not goal:
            out.extend(self._claim(s, who, body, "paraphrase", "claim:reported-speech") for who in speakers)
        more = found.groupdict().get("more")
        if _speaks(speaker) and more:
            out.extend(self._claim(s, who, more.strip(), "paraphrase", "claim:reported-speech") for who in speakers)

    def _pair_in_lead(self, found: re.Match, mentions: list[Mention]) -> list[Mention]:
        """The two people an attribution names joined by "and", each saying the statement ("…, President Javier Milei and
        Defense Minister Luis Petri said in a video"); empty unless both halves name a person."""
        pair = re.fullmatch(r"(?P<a>[^,]+?)\s+and\s+(?P<b>[^,]+)", found.group("lead"))
        if pair is None:
            return []
        at = found.start("lead")
        both = [self._speaker_or_office(pair.group(half), at + pair.start(half), mentions) for half in ("a", "b")]
        if any(who is None or who.match.type not in ("person", None) or who.match.how == "office" for who in both):
            return []
        first, second = both
        assert first is not None and second is not None  # (for mypy: both checked above)
        return [first, second] if (first.match.entity or first.match.name) != (second.match.entity or second.match.name) else []

    def _remember(self, s: Sentence, mentions: list[Mention], out: list[Candidate]) -> list[Candidate]:
        """Note what later sentences refer back to: the last quote's speaker, the subject a "he" stands for."""
        text = s.text
        named = self._people(text, mentions)  # (once: finding new names is the costly part)
        # (the last two people named, for "The leaders pledged …" after them)
        for m in named:
            if m.match.type in ("person", None) and (m.match.entity or _plausible(m.match.name, m.match)):
                self.recent_people = [p for p in self.recent_people if (p.entity or p.name) != (m.match.entity or m.match.name)][-1:]
                self.recent_people.append(m.match)
        # (and everyone the sentence named, for "Each of the ministers emphasized …" after it)
        persons = [m.match for m in named if m.match.type in ("person", None) and (m.match.entity or _plausible(m.match.name, m.match))]
        if persons:  # (kept over a sentence that names no one: "Each of the ministers …" itself)
            self.named_before = persons
        quotes = quoted_spans(text)
        # The subject a later "he"/"she" refers to: a known person, or one a role rule named.
        # (or a full name new to the workspace that opens the sentence: "Lloyd Austin “traveled to Ukraine today …,” the
        # Pentagon said" — "the minister" after it is he)
        # (or after a description of a word or two with no verb: "Presidential candidate Henrique Gouveia e Melo was asked …")
        # (or after a title of no office of the model, in capitals: "Deputy Head of the Luhansk Oblast State Administration Olga
        # Lishik thanked …" — the "she said" after it is she)
        def titled_opening(before: str) -> bool:
            run = re.fullmatch(r"\s*(?P<first>[A-Z][\w’'-]*)(?:\s+(?:[A-Z][\w’'-]*|of|the|and|for|on)){0,8}\s+", before)
            return run is not None and run.group("first") in domain().not_names and run.group("first") not in ("The", "In", "On", "At", "As")
        people = [m for m in named if m.match.entity or _slug(m.match.name) in self.person_orgs
                  or ((m.start <= 1 or (re.fullmatch(r"\s*[A-Z][a-z]+(?:\s+[a-z]+){1,2}\s+", text[:m.start])
                                        and not any(w.lower() in PREPOSITIONS for w in text[:m.start].split()))
                       or titled_opening(text[:m.start]))
                      and m.match.type in ("person", None) and len(m.match.name.split()) >= 2
                      and _plausible(m.match.name, m.match))]
        # (a possessor is not the subject: "Regarding President Rumen Radev's decision …, Zapryanov acknowledged it" — a "he"
        # that follows is Zapryanov)
        people = [m for m in people if not re.match(r"['’]s\b", text[m.end:])] or people
        # (counted after a dateline's rest: "Dec 10 (Interfax-Ukraine) – Minister of Foreign Affairs of Ukraine Dmytro Kuleba
        # expressed …" after "KYIV.")
        dateline = re.match(r"\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+)?(?:\([^()]{2,40}\)\s*)?[–—-]{1,2}\s+", text)
        subject = people[0] if people and people[0].start - (dateline.end() if dateline else 0) < 60 else None
        # (a title alone opening the sentence is its subject: "The Secretary General commended Prime Minister Jakobsdóttir for
        # …" — a "he" that follows is the Secretary General)
        titled = re.match(rf"\s*[Tt]he\s+(?:[A-Z][\w’'.]*\s+)?(?i:{_TITLE})(?=\s+[a-z])", text)
        holder = self._speaker_head(titled.group(0).strip(), titled.start(), mentions) if titled else None
        if titled is not None and holder is not None and holder.match.type == "person" and (subject is None or subject.start > titled.end()):
            subject = holder
        elif titled is not None and holder is None and subject is not None and subject.start > titled.end():
            # (where no one here holds it yet, the office itself, its holder resolved once the whole article is read: "The
            # President began his remarks by thanking Prime Minister David Cameron …" — the "he" after it is no Cameron)
            subject = self._office_alone(titled.group(0).strip(), titled.start()) or subject
        # (nor anyone in a phrase put before the subject: "Regarding President Rumen Radev's decision not to lead …, Zapryanov
        # acknowledged it": the first person after it)
        fronted = re.match(r"\s*(?:[A-Z][a-z]+ing\b|(?P<prep>[A-Z][a-z]+)\b)[^,;]{0,140},\s+", text)
        # (or a clause of when: "When asked if he agrees with …, Gouveia e Melo denied such statements.")
        if fronted and (fronted.group("prep") is None or fronted.group("prep").lower() in PREPOSITIONS
                        or re.fullmatch(_SUBORDINATORS, fronted.group("prep"))):
            # (anyone named there, known to the workspace or not: "…, Misajlovski said discussions were held")
            after = [m for m in named if m.start >= fronted.end() and m.match.type in ("person", None)
                     and (m.match.entity or m.match.how == "seen" or _slug(m.match.name) in self.person_orgs)]
            if after and after[0].start - fronted.end() < 60:
                subject = after[0]
        if subject is None and re.match(_STATED_BY, text):
            # "This was stated by the temporary charge d'affaires of Poland in Ukraine, Piotr Lukasiewicz.": the source
            # named, new to the workspace or not, is the one an "According to him" after it stands for
            subject = next((m for m in reversed(named) if m.match.type in ("person", None) and _plausible(m.match.name, m.match)),
                           None)
        # (a verb that puts its subject after it, never one that takes an object: "…, who serves on the Committee, told GB
        # News the department was …" is no statement of GB News)
        inverted = re.search(r",\s+(?:says|said|confirms|confirmed|adds|added|notes|noted|states|stated|stresses|stressed|explains|"
                             r"explained|insists|insisted|argues|argued|emphasi[sz]es|emphasi[sz]ed|declares|declared)\s+"
                             r"(?P<name>[A-Z][\w’'-]+)(?![\w’'-])", text) if subject is None else None
        if inverted is not None:
            # "It is this 1,5 percent target that Iceland is now aiming at, confirms Frostadóttir to RÚV at the joint press
            # conference with Rutte.": the one the verb puts after it, not the one named last ("“…,” she said" is she)
            subject = next((m for m in named if m.start == inverted.start("name") and m.match.type in ("person", None)), None)
            seen = self.seen_person(inverted.group("name")) if subject is None else None
            if seen is not None and seen.type in ("person", None) and len(seen.name.split()) >= 2:
                subject = Mention(inverted.start("name"), inverted.end("name"), seen)
        if subject is None:  # "…, according to Latvian Prime Minister Evika Silina during a briefing with …": the source
            subject = next((m for m in people if re.search(r"\baccording\s+to\s+(?:[\w’'-]+\s+){0,5}$",
                                                          text[max(0, m.start - 60):m.start], re.I)), None)
        # (or a source line naming one: "Source: Ville Tavio, Finland’s Minister for Development …" then "Quote: “…”", as
        # Ukrainian agencies lay out a story)
        source = re.match(r"\s*Source:\s+", text)
        if subject is None:  # "Wojciech Lorenz of the Polish Institute …, expressed …": a sentence opened by a new name
            # (after a title of capitalised words outside the model's offices too: "Chairman of the Presidential Leadership Council
            # Dr. Rashad al-Alimi thanked …", then "In a series of tweets, he said …")
            # (or set off after a description of words in lower case: "Kuwait’s emir, Sheik Sabah Al Ahmad Al Sabah, opened the
            # conference …", then "He urged …")
            opener = next((m for m in named if (m.start <= (source.end() if source else 2) or _TITLE_WORDS_BEFORE.fullmatch(text[:m.start])
                                                or (_APPOSED_BEFORE.fullmatch(text[:m.start]) and text[m.end:m.end + 1] == ",")
                                                or _STYLED_BEFORE.fullmatch(text[:m.start]))
                           and m.match.type in ("person", None)
                           and _plausible(m.match.name, m.match) and not any(
                               self.g.country_or_org(w) for w in m.match.name.split())), None)  # (not "Ukraine Facility")
            subject = opener
        # "Marles reiterated …", "Meanwhile, Kristersson warned …": the surname of one named before
        for first in re.finditer(r"\b([A-Z][\w-]+)(?![\w’'-])", text[:60]):
            seen = self.seen_person(first.group(1)) if first.group(1) not in domain().not_names else None
            if subject is None and seen is not None and seen.type == "person" and len(seen.name.split()) >= 2 and (
                    seen.entity or _slug(seen.name) in self.person_orgs):  # a known person, or one holding an office
                subject = Mention(first.start(1), first.end(1), seen)
                break
        # a sentence that opens with a person ("Foreign minister Maxime Prévot of Les Engagés backed the message."): a
        # quotation that follows it in the same paragraph, unattributed, is theirs
        lead = next((m for m in named if m.match.type in ("person", None)), None)
        # (or a post outside the model's offices before the name: "National Security advisor Abdisaid Ali reiterated this
        # position in a tweet Monday." then the tweet quoted)
        self.opened_by = (lead, s.paragraph, s.end) if lead is not None and not quotes and _plausible(
            lead.match.name, lead.match) and re.fullmatch(rf"\s*(?:(?:(?i:{_TITLE})|Minister)\s+|(?:[A-Z][\w’'-]*\s+){{0,4}}"
                                                          r"(?i:advis[eo]r|director|chief|head|commander|envoy|coordinator)\s+)?",
                                                          text[:lead.start]) else None
        # (a bare "Minister" too: "Minister Todor Tagarev said at a press conference …")
        # the paragraph's sentences so far that no one was said to say (a statement whose speaker its last sentence names)
        run = self._run_before(s)
        self.unattributed = (s.paragraph, [] if out or quotes or lead is not None else [*run, text.strip()])
        # (or the speaker of reported speech: "He added that … “happy with …” …" then "“Maybe this will be …”" alone)
        quotes_here = [c for c in out if c.fields["kind"] == "quote" and c.matches]
        if s.paragraph > 1 and _INSET_HEADLINE.fullmatch(text) and self.paragraph_texts.get(s.paragraph, "").strip() == text.strip():
            return out  # "Estonian Prime Minister: Partners donating 0.25% of GDP …", a linked story's headline set between two
            # paragraphs of this one: the "He" after it is still the one the story spoke of
        # (or one whose paragraph only says that he spoke, before a paragraph that is only his quotation, as a transcript writes
        # it: "U-K Defence Secretary John Healey has also responded strongly, announcing a record-breaking military aid
        # commitment." then "“The new pledges of military aid announced today …”")
        if not out and lead is not None and not quotes and self.paragraph_texts.get(s.paragraph, "").strip() == text.strip() \
                and re.fullmatch(rf"\s*(?:(?:[A-Z][\w’'.-]*(?:['’]s)?|[Tt]he)\s+){{0,3}}(?:(?i:{_TITLE})\s+)?", text[:lead.start]) \
                and _SPEECH_ACT.match(text, lead.end):
            self.last_person = lead
            self.last_quote, self.last_quote_reported, self.last_quote_end = (lead, s.paragraph), True, s.end
        quoted = quotes_here or [c for c in out if c.matches and c.matches[0].type in ("person", None)]  # (or a name new here)
        if quoted and not quotes_here and re.match(r"\s*(?:He|She)\s+(?:also\s+)?[a-z]+ed\s+(?:[A-Z][\w’'.-]*\s+){1,5}[A-Z][\w’'-]*['’]s\s+"
                                                   r"(?:[a-z]+\s+)?(?:statement|remarks?|comments?|assertion|claim|view|warning|argument)\s+that\b",
                                                   text):
            quoted = []  # "He downplayed French President Emmanuel Macron’s statement that NATO was “brain dead.”": the one he answered
            # is no speaker a quotation after it goes on for; the "he" still is, as if he had spoken here
            if self.last_quote is not None:
                self.last_quote, self.last_quote_reported, self.last_quote_end = (self.last_quote[0], s.paragraph), True, s.end
        if quoted:
            self.last_quote = (Mention(0, 0, quoted[-1].matches[0]), s.paragraph)
            self.last_quote_reported = not quotes_here
            self.last_quote_end = s.end
        if not out and self.goal_speaker is not None and self.goal_speaker[1] == s.end:
            # (one who announced an own goal, its evidence and no claim, is still the one a "he" then stands for, and whose
            # words a quotation on its own then are: "… Lai said his government had committed …" then "“…,” he wrote";
            # "Zapryanov told journalists that Bulgaria would increase …" then a paragraph that is only a quotation)
            self.last_person = self.goal_speaker[0]
            self.last_quote, self.last_quote_reported, self.last_quote_end = (self.goal_speaker[0], s.paragraph), True, s.end
            return out
        if out:
            # (a speaker new to the workspace has no type yet: still the person a "he" then stands for)
            # (where only a body spoke, the person the sentence is about: "Lloyd Austin “traveled to Ukraine …,” the Pentagon
            # said")
            self.last_person = next((Mention(0, 0, c.matches[0]) for c in out if c.matches and c.matches[0].type in ("person", None)),
                                    subject or self.last_person)
            # (the subject that opens the sentence, where it is one who spoke, over one who spoke in a clause after it:
            # "Plenković said the US and its European partners had come closer recently, after Trump at one time threatened to
            # leave NATO …" — the "he said" of the next paragraph is Plenković)
            by_subject = next((c for c in out if c.matches and c.matches[0].type in ("person", None) and subject is not None
                               and self._key(c.matches[0]) == self._key(subject.match)), None)
            if by_subject is not None and re.fullmatch(r"\s*", text[:subject.start]):  # type: ignore[union-attr]
                self.last_person = Mention(0, 0, by_subject.matches[0])
            # (but where the only ones who spoke did so in a relative clause on the subject's object, the subject: "Heger also
            # rebuffed claims from his political rival …, Robert Fico, who warned that …" — a "he explained" after it is Heger)
            if subject is not None and re.fullmatch(r"\s*", text[:subject.start]) and all(
                    c.matches and c.matches[0] != subject.match
                    and re.search(rf"\b{re.escape(c.matches[0].name.split()[-1])},\s+who\b", text[subject.end:]) for c in out):
                self.last_person = subject
        elif _SPOKESPERSON_OF.match(text):
            self.last_person = None  # "Prime Minister Sir Keir Starmer's official spokesman was repeatedly asked …": the "He" after it
            # is the spokesman, no one named (not the one he speaks for)
        elif subject is not None and not re.fullmatch(rf"\s*{PERSON_NAME}(?:,?\s+and\s+{PERSON_NAME})*\s*", text):
            self.last_person = subject  # (a byline alone, "Diane Hernández" under a linked headline, is no one spoken of; nor
            # two, "Kim Hjelmgaard, and Gregory Korte")
        elif self.pledged_here and (sayer := next((m for m in self._people(text, mentions) if m.match.type in ("person", None)
                                                   and re.match(rf"\s+(?:has\s+|had\s+)?(?:{_SAY})\b", text[m.end:])), None)):
            # "Japan will provide Ukraine with assistance worth $7.6 billion, Prime Minister … Fumio Kishida has said …": the
            # pledge's evidence and no claim, its announcer still the one a "he" then stands for
            self.last_person = sayer
        elif subject is None and (unknown := re.match(rf"\s*(?!(?:He|She|It|They|We|I|This|That|These|Those|The|There|{_SUBORDINATORS})\b)"
                                                      rf"(?P<name>[A-Z][\w’'-]+)\s+(?:also\s+)?(?:{_SAY})\b", text)) \
                and self.seen_person(unknown.group("name")) is None and self.g.resolve(unknown.group("name"), ("person",)).entity is None \
                and not _near_surname(unknown.group("name"), self.last_person) \
                and not re.match(r"\s*\S+\s+(?:also\s+)?(?:writes|wrote|reports|reported)\s+(?:about|on)\s+(?:it|this|that)\b", text):
                # ("Healy confirmed …" after John Healey: him; "Danas writes about it.", a newspaper, is no one)
            self.last_person = None  # "Pistorius emphasized that …", a surname never given in full: the "He" after it is him,
            # not the person named before (no one, then, rather than someone else)
        return out

    def _clause_subject(self, text: str, mentions: list[Mention], at: int) -> Mention | None:
        """The subject of the clause a participle after ``at`` hangs from ("He also addressed Hungary's blockage … and
        their foreign minister Peter Szijjarto, stating, “…”": he, not the minister named last; "Zelensky thanked
        Macron, saying: …": Zelensky): a pronoun opening the sentence stands for the person just spoken of; else the
        first person named, early, and not after a preposition or "and". None when neither is found."""
        if re.match(r"\s*(?:(?:[A-Z]\w+ly|Meanwhile|Later|Earlier|Then|Yet|But|And),?\s+)?(?:He|She)\b", text) \
                or re.match(r"\s*(?:On|In|At|During|After|Before)\s+[^,;“”\"]{3,60},\s+(?:he|she)\s+(?:also\s+)?[a-z]+\b", text):
            # ("On the fringes of the conference, he met with NATO Secretary General Jens Stoltenberg, saying …": he too)
            return self.person_before
        # "The release quoted him describing the structures as “impressive” and noting that …": the one quoted
        quoted = re.search(_QUOTED_DOING + r"(?:[a-z]+ing\b|$)", text[:at])
        if quoted and quoted.group("who") in ("him", "her"):
            return self.person_before
        if quoted:
            person = self._speaker_in(quoted.group("who"), quoted.start("who"), mentions)
            if person is not None and person.match.type in ("person", None):
                return person
        # "Trump likened …, prompting Rutte to chime in with laughter, saying, “…”": the one prompted speaks
        prompted = re.search(r"\b(?:prompting|leading|causing|forcing|inviting)\s+(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+to\s+"
                             r"[^,;.]*,?\s*$", text[:at])
        if prompted:
            person = self._speaker_in(prompted.group("who"), prompted.start("who"), mentions)
            if person is not None and person.match.type in ("person", None):
                return person
        # "The prime minister also addressed rising tensions, warning that …": the office (its holder resolved later)
        # ("SEOUL, South Korea (AP) — South Korea’s president on Thursday raised …, while stressing that …": after the dateline,
        # the office by its state's name, and the day)
        dateline = re.match(rf"{DATELINE}(?:--|[—–-])\s*", text)
        office = re.compile(rf"\s*(?P<office>(?:[Tt]he\s+(?:[A-Z][\w’'.]*\s+)?|[A-Z][\w’'.]*(?:\s+[A-Z][\w’'.]*)?['’]s\s+)(?i:{_TITLE}))"
                            rf"\s+(?:on\s+[A-Z][a-z]+day\s+)?(?:(?:also|then|later|quickly|swiftly|immediately|subsequently)\s+)?"
                            rf"[a-z]+(?:ed|s)\b").match(text, dateline.end() if dateline else 0)
        if office and office.end() <= at:
            return self._office_alone(office.group("office"), office.start("office"))
        # "The Ukrainian leader requested the equipment …, saying “…”": the one person the article names at the head of
        # that country (its president, prime minister or chancellor; resolved once the whole article is read)
        leader = re.match(r"\s*[Tt]he\s+(?P<pre>[A-Z][\w’']+)\s+(?:leader|premier|head\s+of\s+state)\b", text)
        country = self.g.country_or_org(leader.group("pre")) if leader else None
        if leader and country is not None and country.type == "country" and leader.end() <= at:
            return Mention(leader.start("pre"), leader.end(), Match(f"leader|{country.entity}", None, "person", 0.0, "office"))
        people = sorted((m for m in self._people(text, mentions) if m.end <= at and m.match.type in ("person", None)),
                        key=lambda m: m.start)
        first = people[0] if people else None
        # (the titles before the name are no preposition's object: "Deputy prime minister and minister of foreign affairs
        # Maxime Prévot defended him …, insisting …")
        before = re.sub(rf"(?:(?:deputy\s+|vice\s+|former\s+)?(?i:{_TITLE})\s+(?:and\s+)?)+$", "",
                        text[:first.start]) if first is not None else ""
        if first is None or first.start > 60 or re.search(r"\b(?:to|with|from|of|by|for|and|than|about|on|at)\s+(?:[\w.’'-]+\s+){0,3}$",
                                                           before[-40:]):
            return None
        return first

    def _joined_subject(self, text: str, mentions: list[Mention], who: Mention, at: int) -> Mention | None:
        """The first of two people joined by "and" as the subject of the verb at ``at``, ``who`` being the second ("Prime
        Minister Bart De Wever (N-VA) and Francken have already indicated that …", "secretary general Mark Rutte and US
        secretary of defence Pete Hegseth reiterated …"); None for one speaker, or where the first is an object ("met
        with Rutte and Hegseth said …")."""
        # (each name with its appositive: "Dick Schoof, the prime minister of the Netherlands, and Mette Frederiksen, his
        # counterpart from Denmark, said …")
        appositive = r"(?:,\s+(?:the|a|an|his|her|their)\s+[^,;“”\"]{3,60},)?"
        # (and an adverb between: "Both Collins and Murkowski had publicly stated their opposition …")
        if who.end <= who.start or not re.fullmatch(appositive + r"\s*(?:\([^()]{1,30}\))?\s*(?:(?:have|has|had)\s+)?(?:(?:also|already|both|"
                                                    r"jointly|repeatedly|[a-z]{3,}ly)\s+)?", text[who.end:at]):
            return None
        people = self._people(text, mentions)
        start = min([who.start] + [p.start for p in people if p.end == who.end])  # (the whole name: "Pete Hegseth")
        for first in sorted(people, key=lambda m: -m.start):
            if first.end > start or first.match.type not in ("person", None) or first.match == who.match:
                continue
            # (the second with a title: "Secretary Austin and Minister Reznikov committed to continuing …")
            if re.fullmatch(r"\s*(?:\([^()]{1,30}\))?" + appositive.replace(",)?", ")?") + r",?\s+and\s+(?:(?:[A-Z]{2,}|[a-z][\w-]*)\s+){0,5}"
                            rf"(?:(?i:{_TITLE}|minister|secretary)\s+)?", text[first.end:start]) \
                    and not re.search(r"\b(?:to|with|from|of|by|for|than|about|on|at)\s+(?:[\w.’'-]+\s+){0,3}$", text[:first.start]):
                return first if first.match.entity or _plausible(first.match.name, first.match) else None
            return None
        return None

    def _run_before(self, s: Sentence) -> list[str]:
        """The sentences of ``s``'s paragraph before it that no one was said to say (kept by :meth:`_remember`)."""
        return self.unattributed[1] if self.unattributed[0] == s.paragraph else []

    def _just_opened_by(self, s: Sentence, across: bool = False) -> bool:
        """Whether the sentence right before ``s``, in its paragraph, opened with a person (see :meth:`_remember`); with
        ``across``, also one ending the paragraph before where ``s`` speaks in the first person: "Denys Shmyhal also
        expressed his gratitude to Lithuania for …" then a paragraph "“Today we would like to propose a new initiative, …"
        the excerpt cuts before its closing mark (never a document's text: "“The Allies commit to invest 5% of GDP …")."""
        if self.opened_by is None or not 0 <= s.start - self.opened_by[2] <= 3:
            return False
        # (or where that paragraph only said who spoke and where: "Minister Todor Tagarev said at a press conference at the
        # Media Centre Ukraine – Odesa." then a paragraph that is only a quotation in the first person)
        across = across or bool(re.fullmatch(r"[^.;:“”\"]{0,60}\s(?:also\s+)?(?:said|stated|spoke|told\s+(?:reporters|journalists))"
                                             r"(?:\s+(?:at|in|on|during|after|before|while|to)\s[^;:“”\"]{3,100}?)?\.\s*",
                                             self.paragraph_texts.get(s.paragraph - 1, "")))
        return self.opened_by[1] == s.paragraph or (across and self.opened_by[1] == s.paragraph - 1
                                                   and bool(re.search(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|I|[Mm]y)\b", s.text)))

    def _judged_by(self, s: Sentence, mentions: list[Mention], out: list[Candidate]) -> list[Candidate]:
        """A judgement told in the passive, its judge named after "by" ("The Australian High Court's decision to reject
        Russia's appeal … was applauded by Albanese"): the judge's claim, on what the subject names. Never a state's or
        a body's ("criticized by Moscow"), nor where the sentence gave a claim already."""
        found = re.fullmatch(r"\s*(?P<what>(?:The|the|A|a|An|an|This|Its|His|Her|Their|[A-Z][\w.’'-]*['’]s)\s[^;“”\"]{4,200}?)\s+"
                             r"(?:was|were|has\s+been|have\s+been)\s+(?:(?:warmly|widely|strongly)\s+)?"
                             r"(?P<verb>applauded|praised|welcomed|hailed|criticized|criticised|condemned|denounced)\s+by\s+"
                             r"(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,5})(?:,\s+[^;“”\"]*)?\.?\s*", s.text)
        if found is None or out:
            return []
        who = self._speaker_in(found.group("who"), found.start("who"), mentions)
        if who is None or who.match.type not in ("person", None) or not (who.match.entity or who.match.how in ("seen", "new")
                                                                      or _plausible(who.match.name, who.match)):
            return []
        return [self._claim(s, who, f"{found.group('verb')} {found.group('what')[0].lower()}{found.group('what')[1:]}",
                            "paraphrase", "claim:reported-speech")]

    def _verb_quoted(self, s: Sentence, mentions: list[Mention], out: list[Candidate]) -> list[Candidate]:
        """A statement quoted from its verb on, after the name of who made it: "U.K. Prime Minister Keir Starmer “emphasized that
        the group had an unbreakable pledge to Ukraine …,” according to a statement from his office" (an office's statement
        quoting what its head said: his claim)."""
        found = re.search(rf"\s[“\"](?:{_SAY})\s+that\s+(?P<text>[^”\"]{{15,}}?)[,.]?[”\"]", s.text)
        # (once: not where a claim of the sentence already holds it; a statement after the quotation is another's claim,
        # "…,” recalling that Athens has provided …")
        if found is None or any(c.kind == "claim" and (found.group("text")[:40] in c.fields["text"]
                                                       or c.fields["text"][:40] in found.group("text")) for c in out):
            return []
        who = self._person_before(s.text, mentions, found.start() + 1, reach=60)
        if who is None or who.match.type not in ("person", None) or who.end < found.start() - 1:
            return []
        return [self._claim(s, who, found.group("text").strip(), "paraphrase", "claim:reported-speech")]

    def _as_noted(self, s: Sentence, mentions: list[Mention], out: list[Candidate]) -> list[Candidate]:
        """A statement attributed after it by "as": "It is similar to the ANZUS Treaty with New Zealand and the US, as Mr
        Albanese noted in his remarks." (what the one named noted: his claim)."""
        found = re.match(rf"\s*(?P<text>[A-Z][^“”\"]{{15,}}?),\s+as\s+(?P<who>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:{PERSON_NAME}|{SURNAME_TOKEN}))"
                         r"\s+(?:has\s+|had\s+)?(?:noted|said|pointed\s+out|observed|remarked|stressed|explained|put\s+it)\b", s.text)
        if found is None or any(c.kind == "claim" for c in out):
            return []
        who = self._speaker_in(found.group("who"), found.start("who"), mentions)
        if who is None or who.match.type not in ("person", None) or not (who.match.entity or who.match.how in ("new", "seen")):
            return []
        self.last_person = who  # (the "he said" after it is he: "“Both of the nations have also agreed …,” he said")
        return [self._claim(s, who, found.group("text").strip(), "paraphrase", "claim:reported-speech")]

    def _signatories_said(self, s: Sentence, mentions: list[Mention], out: list[Candidate]) -> list[Candidate]:
        """What a letter's signatories state, named once as a list of three or more, each with a country in brackets ("The
        signatories of the letter, Olaf Scholz (Germany), Mette Frederiksen (Denmark), … and Mark Rutte (Netherlands), state
        that “…”"), and then said together ("they warn of …", "“…,” the officials say", "According to the signatories of the
        letter, …", "They believe that …"): a claim of each, as "X and Y wrote" is."""
        listed = [m for m in self._people(s.text, mentions) if m.match.type in ("person", None)
                  and re.match(r"\s*\([A-Z][\w ]{2,30}\)", s.text[m.end:])] if re.search(r"\)\s*,", s.text) else []
        if len(listed) >= 3:
            self.signatories = (s.paragraph, [m.match for m in listed])
        if self.signatories is None or out or abs(s.paragraph - self.signatories[0]) > 6:
            return []
        group = r"(?:[Tt]he\s+(?:leaders|signatories(?:\s+of\s+the\s+letter)?|officials|ministers|prime\s+ministers|authors)|[Tt]hey)"
        said = re.search(rf"^\s*(?:(?:However|But|And|Yet),?\s+)?{group}\b(?:,[^“”\"]*?\([A-Z][\w ]{{2,30}}\),?)?\s+(?:also\s+)?"
                         r"(?:begin\s+the\s+letter\s+by\s+)?(?:state|states|stated|warn|warned|believe|believed|say|said|stress|stressed|"
                         r"argue|argued|write|wrote|note|noted|highlight\w*|insist|insisted|call|called)\w*\s+(?:that,?\s+|of\s+|for\s+)?(?P<text>.{15,})$",
                         s.text) \
            or re.match(rf"\s*(?i:according\s+to)\s+{group},?\s+(?P<text>.{{15,}})$", s.text) \
            or re.match(rf"\s*[“\"](?P<text>[^”\"]{{15,}}?)[,.]?[”\"]\s*,?\s*{group}\s+(?:say|said|write|wrote|state|stated|add|added)\b", s.text)
        if said is None:
            return []
        text = said.group("text").strip().rstrip(".").strip("“”\" ")
        return [self._claim(s, Mention(0, 0, m), text, "paraphrase", "claim:reported-speech") for m in self.signatories[1]]

    def _pair_said(self, s: Sentence, mentions: list[Mention], out: list[Candidate]) -> list[Candidate]:
        """What "the pair" or "the two" said or agreed, the two people the sentence named before it each saying it: "Sir Keir met
        with Nato General Secretary Mark Rutte and the pair agreed Europe “must do everything possible” to back Ukraine"."""
        found = re.search(r"\b(?:the\s+pair|the\s+two(?:\s+(?:leaders|men|women|ministers|presidents))?|both\s+(?:leaders|men|women|ministers))"
                          r"\s+(?:also\s+)?(?:agreed|said|stressed|warned|emphasi[sz]ed|underlined|insisted)\s+(?:that\s+)?"
                          r"(?P<text>[^.;]{15,}?)\.?\s*$", s.text)
        # (or, opening the sentence, what "the leaders" or "the two leaders" promised: a readout's "The leaders pledged to
        # remain in close contact." after the two it spoke of; each of the last two people named promised it)
        promised = re.match(r"\s*The\s+(?:two\s+)?(?:leaders|ministers|men|women)\s+(?:also\s+)?(?P<text>(?:pledged|promised|vowed|"
                            r"committed|agreed)\s+to\s+[^.;]{10,}?)\.?\s*$", s.text)
        if promised is not None and not out and len(self.recent_people) == 2:
            return [self._claim(s, Mention(0, 0, p), promised.group("text").strip(), "paraphrase", "claim:reported-speech")
                    for p in self.recent_people]
        # (and what "each of the ministers" said, each of those the sentence before named: "… interviews … held with Estonia’s
        # Defense Minister Hanno Pevkur, Spain’s Foreign Minister José Manuel Albares, and Czechia’s Foreign Minister Jan
        # Lipavský. Each of the ministers emphasized the global nature of security threats today, …")
        each = re.match(r"\s*(?:Each|All|Both)\s+of\s+the\s+(?:\w+\s+)?(?:ministers|leaders|guests|speakers|panelists|officials)\s+(?:also\s+)?"
                        r"(?:emphasi[sz]ed|stressed|underlined|said|agreed|warned|noted|highlighted|underscored)\s+(?:that\s+)?"
                        r"(?P<text>[^;]{15,}?)\.?\s*$", s.text)
        # (those of them who hold an office: the host who held the interviews is no minister)
        unique = {(p.entity or p.name): p for p in self.named_before if self.person_roles.get(p.entity or _slug(p.name))}
        if each is not None and not out and len(unique) >= 2:
            return [self._claim(s, Mention(0, 0, p), each.group("text").strip(), "paraphrase", "claim:reported-speech")
                    for p in unique.values()]
        if found is None or out:
            return []
        people: list[Mention] = []
        for m in self._people(s.text[:found.start()], [p for p in mentions if p.end <= found.start()]):
            key = m.match.entity or m.match.name
            if m.match.type in ("person", None) and all((p.match.entity or p.match.name) != key for p in people):
                people.append(m)
        sir = re.search(r"\bSir\s+([A-Z][\w’'-]+)", s.text[:found.start()])
        if sir is not None:  # ("Sir Keir": the knight the article named)
            knight = self._knight(sir.group(1))
            if knight is not None and all(p.match.entity != knight.entity for p in people):
                people.insert(0, Mention(0, 0, knight))
        if len(people) != 2:
            return []
        return [self._claim(s, p, found.group("text").strip(), "paraphrase", "claim:reported-speech") for p in people]

    def _next_statements(self, s: Sentence, who: Mention, more: list[str], out: list[Candidate]) -> None:
        """The same speaker's next statements after a participle ("… was no longer viable, adding that they did not wish …")."""
        for rest in more:
            # (where it was said between: ", saying in a post on Twitter that …"; a few words quoted inside it)
            then = re.match(r"\s+(?:also\s+)?(?:(?:in|on|at|during)\s+[^,;“”\"]{2,40}?\s+)?that\s+"
                            r"(?P<text>(?:[^“”\"]|[“\"][^“”\"]{1,40}[”\"]){15,})", rest) \
                or re.match(r"\s+(?P<text>(?:he|she|they|it|we)\s+(?:[^“”\"]|[“\"][^“”\"]{1,40}[”\"]){15,})", rest) \
                or re.match(r"\s+(?P<text>(?:(?:the|any|no|every|each|all|this|these|its|their|our)\s+(?:[a-z][\w’'-]+\s+)?)?"
                            r"[a-z][\w’'-]+\s+(?:would|will|is|are|was|were|must|could|can|has|have)\s+"
                            r"(?:[^“”\"]|[“\"][^“”\"]{1,40}[”\"]){10,})", rest) \
                or re.match(r"\s+(?P<text>(?:what|how|why)\s+(?:[^“”\"]|[“\"][^“”\"]{1,40}[”\"]){15,})", rest)
            # (", stressing retreat would embolden …", ", insisting any contribution will not be linked to …", ", stressing what
            # Kyiv is facing now is the largest reconstruction project in Europe …")
            if then and len(then.group("text").split()) >= 4:
                out.append(self._claim(s, who, then.group("text").strip().rstrip(".").rstrip(","), "paraphrase",
                                       "claim:reported-speech"))

#: A body that opens the sentence as its subject ("The Green Party has endorsed …", "The Defence Ministry said …"): what a
#: participle after it says is the body's, no person's.
_BODY_SUBJECT = re.compile(r"\s*(?:[Tt]he\s+)?(?:[A-Z][\w’'-]+\s+){0,3}(?:Party|Ministry|Government|Opposition)\s+"
                           r"(?:(?:has|had|have|also)\s+)*[a-z]+(?:ed|s)\b")


def _addresses(quote: str, name: str) -> bool:
    """Whether ``quote`` speaks to the person ``name`` by name (a vocative: "…, Prime Minister Albanese," or "thank you,
    Mr Albanese"), which its speaker never does to himself.

    >>> _addresses("I want to say thank you very much, Prime Minister Albanese", "Anthony Albanese")
    True
    >>> _addresses("Albanese has agreed to the treaty", "Anthony Albanese")
    False
    """
    surname = re.escape(name.split()[-1]) if name.strip() else ""
    return bool(surname) and re.search(rf"(?:,|\bthank\s+you(?:\s+very\s+much)?,?)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+|(?i:{_TITLE})\s+)?"
                                       rf"{surname}\s*(?:[,.!?]|$)", quote) is not None


def _body_speaks(text: str, at: int) -> bool:
    """Whether ``text`` opens with a body as its subject (:data:`_BODY_SUBJECT`) whose verb comes before ``at``: a
    participle at ``at`` then says what the body says.

    >>> _body_speaks("The Green Party has endorsed the call, saying Malta must act", 39), _body_speaks("Abela said so, adding …", 15)
    (True, False)
    """
    body = _BODY_SUBJECT.match(text)
    return body is not None and body.end() <= at


#: A description in lower case set off before a name that opens a sentence ("Kuwait’s emir, Sheik …", "The veteran diplomat, …").
_APPOSED_BEFORE = re.compile(r"\s*(?:The\s+|[A-Z][\w’'-]*['’]s\s+)(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+"
                             r"(?:(?:Sheikh|Sheik|Sheikha|Prince|Princess|Dr|Mr|Mrs|Ms)\.?\s+)?")
#: A ruler's style and rank before a name that is a sentence's subject, after an opening participle's clause or none: "Launching
#: the talks, His Highness the Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah had announced …", then "…, he said."
_STYLED_BEFORE = re.compile(r"\s*(?:[A-Z][a-z]+ing\b[^,;“”\"]{2,60},\s+)?(?:(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency)\s+)?"
                            r"(?:[Tt]he\s+)?(?:Amir|Emir|King|Sultan|Crown\s+Prince)\s+(?:(?:Sheikh|Sheik|Prince)\s+)?")
#: A title of capitalised words (and the small words between them) before a name that opens a sentence, a word of a post
#: first and its courtesy last: "Chairman of the Presidential Leadership Council Dr. " (never "The Appropriation Bill …").
_TITLE_WORDS_BEFORE = re.compile(r"\s*(?:Chair(?:man|woman|person)?|Head|Director|Commander|Chief|Leader|Governor|Speaker|Mayor|"
                                 r"Secretary|President|Minister|Advis[eo]r|Ambassador|Envoy|Spokes(?:man|woman|person)|Deputy|Vice)"
                                 r"\s+(?:(?:[A-Z][\w’'-]*|of|the|for|and)\s+){0,7}(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?")


def _heading_case(text: str) -> bool:
    """Whether ``text`` is written as a heading is, each longer word capitalised ("We Thought 2% Was Ancient History").

    >>> _heading_case("We Thought 2% Was Ancient History"), _heading_case("We thought 2% was ancient history")
    (True, False)
    """
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text) if len(w) > 3]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _near_surname(word: str, person: Mention | None) -> bool:
    """Whether ``word`` spells ``person``'s family name, or nearly ("Healy" for John Healey)."""
    from difflib import SequenceMatcher

    family = person.match.name.split()[-1] if person is not None and person.match.name else ""
    return bool(family) and SequenceMatcher(None, word.lower(), family.lower()).ratio() >= 0.8


def _joined_halves(text: str, out: list[Candidate]) -> list[Candidate]:
    """One statement its attribution interrupted, as one claim: "“We are very determined …,” he wrote in a post on
    X, “so we need to do more …”" (the second half opens in lower case, right after the first's attribution)."""
    from dataclasses import replace

    joined: list[Candidate] = []
    for c in out:
        prev = joined[-1] if joined else None
        if prev is not None and c.fields["kind"] == prev.fields["kind"] == "quote" and c.fields["speaker"] == prev.fields["speaker"] \
                and c.fields["text"][:1].islower():
            a, b = text.find(prev.fields["text"]), text.find(c.fields["text"])
            between = text[a + len(prev.fields["text"]):b] if 0 <= a < b else ""
            # (not a second statement after a participle: "…,” NATO leaders said in a declaration, adding China must “…”")
            if between and len(between) <= 90 and len(re.findall(r"[\"“”«»]", between)) == 2 and not re.search(
                    r"\b(?:adding|saying|noting|stating|stressing|warning|insisting|arguing|claiming|calling|urging|demanding)\b", between):
                joined[-1] = replace(prev, fields={**prev.fields, "text": f"{prev.fields['text'].rstrip(',')}, {c.fields['text']}"})
                continue
        joined.append(c)
    return joined
