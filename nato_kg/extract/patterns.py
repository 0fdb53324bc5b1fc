"""The patterns the extraction rules share: titles, saying verbs, cue words, and small name tests."""

from __future__ import annotations

from ..text import NUMBER_WORDS
from . import rx as re
from .domain import domain
from .gazetteer import DEMONYMS, Match, norm
from .mentions import COMPASS_SURNAMES, INNER_NAME_WORDS, JOINED_INITIAL_NAME, PERSON_NAME, PREPOSITIONS
from .money import NUMBER, SCALE

#: The hyphens typeset copy writes ("Secretary‑General" with U+2011): read as "-".
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


class _Titles(dict):
    """Title → role slug; a title is looked up as a match of :data:`_TITLE` writes it: in any case, its words spaced
    any way, a Unicode hyphen as "-" (``ROLE_TITLES["Prime  Minister"]``).

    >>> ROLE_TITLES["Secretary\u2011General"], ROLE_TITLES["Prime  MINISTER"]
    ('secretary-general', 'prime-minister')
    """

    def __missing__(self, key: str) -> str:
        plain = " ".join(key.translate(_HYPHENS).lower().split())
        if plain == key:
            raise KeyError(key)
        return self[plain]


ROLE_TITLES = _Titles({  # how news writes a title → the role slug
    "secretary general": "secretary-general", "secretary-general": "secretary-general",
    "prime minister": "prime-minister", "premier": "prime-minister", "president": "president",
    "prime minster": "prime-minister",  # (a typing slip news leaves in: "Canadian prime minster Justin Trudeau")
    "defence minister": "defence-minister", "defense minister": "defence-minister",
    "minister of defence": "defence-minister", "minister of defense": "defence-minister",
    # (the US title in either spelling; outside the United States it is read as a defence minister: see RoleRules)
    "secretary of defense": "secretary-of-defense", "defense secretary": "secretary-of-defense",
    "secretary of defence": "secretary-of-defense", "defence secretary": "secretary-of-defense",
    # (the US department's second name since 2025: "US War Secretary Pete Hegseth")
    "secretary of war": "secretary-of-defense", "war secretary": "secretary-of-defense",
    # (the British office's full name: "The UK Secretary of State for Defense, John Healey")
    "secretary of state for defence": "secretary-of-defense", "secretary of state for defense": "secretary-of-defense",
    # (the Philippines' office: "Secretary of National Defense Gilberto C. Teodoro, Jr.", "Department of National Defense
    # (DND) Secretary Gilbert C. Teodoro")
    "secretary of national defense": "secretary-of-defense", "secretary of national defence": "secretary-of-defense",
    "department of national defense secretary": "secretary-of-defense", "department of national defense (dnd) secretary":
    "secretary-of-defense", "dnd secretary": "secretary-of-defense", "dnd chief": "secretary-of-defense",
    "foreign minister": "foreign-minister",
    "chancellor": "chancellor", "ambassador to nato": "ambassador-to-nato", "ambassador": "ambassador",
    # (the envoy's formal title, either way round: "Türkiye’s Extraordinary And Plenipotentiary Ambassador to Ukraine, …",
    # "Ambassador Extraordinary and Plenipotentiary of Ukraine to Türkiye …")
    "extraordinary and plenipotentiary ambassador": "ambassador", "ambassador extraordinary and plenipotentiary": "ambassador",
    # (a Commonwealth state's envoy to another is its high commissioner: "Indian High Commissioner Gopal Baglay")
    "high commissioner": "ambassador",
    # (a state's head of government by the council he presides: "Peruvian President of the Council of Ministers Javier Velasquez
    # Quesquen", as Peru, Italy, Poland and Lebanon name the office)
    "president of the council of ministers": "prime-minister", "chairman of the council of ministers": "prime-minister",
    # (an embassy's head is its ambassador: "the head of the diplomatic mission, X"; the mission's owner between is read by
    # role_rules._HEAD_OF_MISSION)
    "head of the diplomatic mission": "ambassador", "head of diplomatic mission": "ambassador",
    "professor": "professor", "spokesperson": "spokesperson", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
    "press secretary": "spokesperson",  # ("Pentagon Press Secretary John F. Kirby provided the following readout")
    "fm": "foreign-minister",  # ("Russian FM, Sergey Lavrov", "Ukrainian FM Dmytro Kuleba")
    # (titles abbreviated, as story pages and wires' digests write them: "US Pres. Biden", "Sec. of State Antony Blinken", "UN
    # Sec. General António Guterres", "Defense Sec. Lloyd Austin")
    "pres.": "president", "sec. of state": "secretary-of-state", "sec. of defense": "secretary-of-defense",
    "sec. general": "secretary-general", "sec.-general": "secretary-general", "sec.-gen.": "secretary-general",
    "sec. gen.": "secretary-general", "defense sec.": "secretary-of-defense", "amb.": "ambassador",
    "minister of national defence": "defence-minister", "minister of national defense": "defence-minister",
    "minister of foreign affairs": "foreign-minister", "foreign secretary": "foreign-minister",
    # (the Philippines' title: "Philippine Secretary of Foreign Affairs Enrique Manalo", "Foreign Affairs Secretary Enrique
    # Manalo")
    "secretary of foreign affairs": "foreign-minister", "secretary for foreign affairs": "foreign-minister",
    "foreign affairs secretary": "foreign-minister",
    # (India's foreign minister: "External Affairs Minister S Jaishankar", "Minister of External Affairs of India")
    "external affairs minister": "foreign-minister", "minister of external affairs": "foreign-minister",
    # (Brazil's and Mexico's, as their own names translate: "The Foreign Relations Minister for Brazil, Mauro Vieira")
    "foreign relations minister": "foreign-minister", "minister of foreign relations": "foreign-minister",
    "secretary of state": "secretary-of-state", "finance minister": "finance-minister", "vice chancellor": "vice-chancellor",
    "minister of finance": "finance-minister", "defence chief": "defence-minister", "defense chief": "defence-minister",
    # (a ministry's chief: "Austrian Foreign Ministry chief Beate Meinl-Reisinger")
    "foreign ministry chief": "foreign-minister", "defence ministry chief": "defence-minister",
    # (the US defence department by its building: "The head of the Pentagon indicated that …")
    "head of the pentagon": "secretary-of-defense", "pentagon chief": "secretary-of-defense",
    "defense ministry chief": "defence-minister",
    # (a ministry's head, as agency copy calls the minister: "…,” the head of the defense department said")
    "head of the defense department": "defence-minister", "head of the defence department": "defence-minister",
    "head of the defense ministry": "defence-minister", "head of the defence ministry": "defence-minister",
    "head of the foreign ministry": "foreign-minister",
    "nato chief": "secretary-general", "alliance chief": "secretary-general", "pm": "prime-minister",
    "nato head": "secretary-general", "alliance head": "secretary-general",
    "general secretary": "secretary-general",  # (as translated copy writes it: "the General Secretary Anders Fogh Rasmussen")
    "minister for defence": "defence-minister", "minister for defense": "defence-minister",
    "minister for foreign affairs": "foreign-minister", "minister for finance": "finance-minister",
    # (a joint ministry: Poland's "Minister for Finance and Economy", Italy's "Minister of Economy and Finance")
    "minister for finance and economy": "finance-minister", "minister of finance and economy": "finance-minister",
    "minister of economy and finance": "finance-minister", "minister for economy and finance": "finance-minister",
    # (France's: "Minister of the Economy, Finance, and Industrial, Energy, and Digital Sovereignty", "Economy and Finance
    # Minister Roland Lescure"; and its foreign minister, "Minister of Europe and Foreign Affairs")
    "minister of the economy and finance": "finance-minister", "minister of the economy, finance": "finance-minister",
    "economy and finance minister": "finance-minister", "finance and economy minister": "finance-minister",
    "minister of europe and foreign affairs": "foreign-minister", "minister for europe and foreign affairs": "foreign-minister",
    "europe and foreign affairs minister": "foreign-minister",
    # (and the office by its ministry's longer names: "Foreign Affairs Minister Ian Borg", Malta's "Minister for Foreign and
    # European Affairs and Trade", Croatia's and Slovakia's "Minister of Foreign and European Affairs")
    "foreign affairs minister": "foreign-minister", "minister for foreign and european affairs": "foreign-minister",
    "minister of foreign and european affairs": "foreign-minister",
    "minister for foreign and european affairs and trade": "foreign-minister",
    # (Palestine's "Minister of Foreign Affairs and Expatriates")
    "minister of foreign affairs and expatriates": "foreign-minister",
    # (South Africa's: "International Relations and Co-Operation Minister Naledi Pandor", "International Relations minister")
    "international relations and co-operation minister": "foreign-minister",
    "international relations and cooperation minister": "foreign-minister", "international relations minister": "foreign-minister",
    "minister of international relations and cooperation": "foreign-minister",
    "minister of international relations and co-operation": "foreign-minister",
    # Spain's head of government is its "President of the Government" (Presidente del Gobierno)
    "president of the government": "prime-minister",
    "economy minister": "economy-minister", "minister of economy": "economy-minister",
    # (Japan's: "Minister of Economy, Trade and Industry", "Economy and Trade and Industry Minister Ken Saito")
    "minister of economy, trade and industry": "economy-minister", "economy, trade and industry minister": "economy-minister",
    "economy and trade and industry minister": "economy-minister", "economy, trade, and industry minister": "economy-minister",
    # France's defence minister is its Minister of the Armed Forces; elsewhere (the UK) a junior minister: see RoleRules
    "armed forces minister": "armed-forces-minister", "minister of the armed forces": "armed-forces-minister",
    "minister for the armed forces": "armed-forces-minister", "minister of armed forces": "armed-forces-minister",
    # Ireland's heads of government, by their Irish titles
    "taoiseach": "prime-minister", "tánaiste": "deputy-prime-minister", "tanaiste": "deputy-prime-minister",
    # a state's foreign minister by the name news gives the office ("the country’s new chief diplomat", "Ukraine's top diplomat")
    "chief diplomat": "foreign-minister", "top diplomat": "foreign-minister",
})

#: Titles only one country's office holders bear: the title names the country ("Tánaiste Simon Harris").
TITLE_COUNTRIES = {"taoiseach": "IE", "tánaiste": "IE", "tanaiste": "IE", "head of the pentagon": "US", "pentagon chief": "US",
                   # (the Philippines' Department of National Defense: "DND Secretary Gilberto C. Teodoro Jr." beside Japan's envoy)
                   "department of national defense secretary": "PH", "department of national defense (dnd) secretary": "PH",
                   "dnd secretary": "PH", "dnd chief": "PH"}

#: The alliance's head named by a phrase, not a title ("the head of NATO", "the chief of the NATO military alliance"): its
#: secretary general.
HEAD_OF_NATO = r"(?:head|chief|leader)\s+of\s+(?:the\s+)?NATO(?:\s+(?:military\s+)?alliance)?"

#: The head word of an institution's name: "President of the European Council" is its office, whatever the
#: workspace knows of it (a national title otherwise needs a country).
_INSTITUTION = r"(?:Commission|Council|Parliament|Bank|Fund|Agency|Organi[sz]ation|Court|Assembly|Committee)"

#: The words that make "… Aid" a kind of aid, not a charity's name ("Military Aid", "Humanitarian Aid").
AID_KINDS = ("Military", "Humanitarian", "Financial", "Economic", "Development", "Defence", "Defense", "Foreign", "Emergency", "Food",
             "Medical", "Winter", "New", "Additional", "Further", "More", "Total", "Bilateral", "Direct", "EU", "US", "U.S.")
#: A charity named "… Aid" or "… Relief" ("Hungarian Interchurch Aid"), never a kind of aid in a headline's capitals ("Polish
#: Military Aid Reaches …").
CHARITY_AID = "".join(rf"(?<!\b{re.escape(k)}\s)" for k in AID_KINDS) + r"(?:Aid|Relief)\b(?!\s+(?:[Tt]o|[Ff]or|[Pp]ackages?)\b)"

_TITLE = "|".join(sorted((re.escape(t).replace(r"\-", "[-\u2010\u2011]") for t in ROLE_TITLES), key=len, reverse=True))

# Verbs that attribute a quotation ("“…”, he underlined"); every verb of reported speech below is one too.
_SAY_OWN = (r"said|says|stated|states|noted|notes|added|told|tells|wrote|warned|warns|emphasized|emphasised|declared|insisted|"
            r"criticized|criticised|"  # ("…, criticized Werner Salzmann (UDC/BE)")
            r"argued|explained|remarked|stressed|indicated|reiterated|cautioned|asserted|announced|urged|outlined|"
            r"confirmed|claimed|suggested|commented|observed|asked|questioned|wondered|replied|recalled|concluded|"
            r"pointed out|underscored|highlighted|emphasizes|stresses|quoted|clarified|specified|assured|reassured|posted|"
            r"summarized|summarised|summed up|continued|conceded|concedes|texted|messaged|tweeted|"
            r"quipped|joked|retorted|mused|lamented|boasted|elaborated|"
            r"spoke of|speaks of|"
            # ("“…,” he informed.", "“We need water, noodles, …,” the minister requested.")
            # (each alternative free of bars: the list is split at them)
            r"informed(?=\s*[.,])|requested(?=\s*[.,])")  # ("Nehammer spoke of “a particularly good morning for …”")

#: What a possessive's owner said, named by its noun: "Mr Trump’s blunt assessment that …", "Macron’s statement that NATO
#: was …" (the owner's claim; see also :func:`nato_kg.extract.speakers.possessor`).
SAID_NOUNS = r"assessment|view|belief|warning|insistence|argument|claim|contention|position|message|statement|remarks?|comments?|assertion"

#: When something was said, as wire copy puts it after the verb: "on Tuesday", "on June 25", "in late March",
#: "in mid-June", "earlier this week", "last month", "in a statement".
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
#: A month's name cut short, as wire copy dates a statement ("said on Feb 28").
_MONTHS_SHORT = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_WHEN = (rf"on\s+(?:\w+day(?:,?\s+(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?)?|(?:{_MONTHS}|{_MONTHS_SHORT})\s+\d{{1,2}}(?:st|nd|rd|th)?|"
         rf"\d{{1,2}}\s+(?:{_MONTHS}|{_MONTHS_SHORT})|\w+)"
         rf"|in\s+(?:(?:late|early|mid)[\s-])?(?:{_MONTHS}|\d{{4}})|(?:earlier|later)\s+(?:this|last)\s+(?:week|month|year)"
         # (what kind of statement, in up to two words: "in a cabinet statement", "in a televised interview", "at a joint press
         # conference")
         r"|(?:this|last)\s+(?:week|month|year)|yesterday|today|in\s+an?\s+(?:[\w’'-]+\s+){0,2}?(?:statement|interview)"
         r"|(?:in|at)\s+an?\s+(?:[\w’'-]+\s+){0,2}?(?:briefing|press\s+conference|news\s+conference|speech)"
         r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")

_PLEDGE_CUES = re.compile(r"\b(pledg\w*|promis\w*|receiv\w*|commit\w*|provid\w*|suppl\w*|contribut\w*|donat\w*|allocat\w*|packages?|funding|"
                          r"financing|made\s+available|"
                          # (the sum between: "Britain has made £22 million available to the three countries affected")
                          r"made\s+(?:an?\s+)?(?:(?:additional|further|extra)\s+)?(?:[A-Z]{2,3}\s?|[€$£¥]\s?)?\d[\d.,]*\s*(?:bn|m|million|billion)?\s+"
                          r"(?:[\w-]+\s+){0,4}?available\b|"
                          # ("$4 million would be directed to the Olena Zelenska Foundation")
                          r"direct(?:ed|s|ing)?(?=\s+(?:to|towards?)\b)|channell?ed(?=\s+(?:to|towards?)\b)|"
                          # ("the Biden administration alone has directed more than $75 billion in assistance to Ukraine")
                          r"directed(?=\s+(?:(?:more\s+than|over|about|around|some|nearly|almost|roughly)\s+)?[$€£]?\d)|"
                          # (funds released with their sum: "the EU’s executive … announced it would release EUR 248 million for
                          # five member states"; never a statement or a prisoner released)
                          r"releas(?:e|es|ed|ing)(?=\s+(?:(?:up\s+to|more\s+than|over|about|around|some|nearly|almost|roughly|a\s+further|"
                          r"another|an\s+additional)\s+)?(?:[A-Z]{3}\s?|[€$£]\s?)?\d)|"
                          # (never the conjunction: "given that the destruction of this material would exceed €100 million")
                          r"deliver\w*|send\w*|sent|giv(?!en\s+(?:that|the|its|their|this|these|how|what)\b)\w*|gave|grant\w*|transfer\w*|"
                          # (equipment handed over with its worth: "Japan formally handed over five coastal surveillance radar
                          # systems worth ¥600 million … to the Philippines")
                          r"(?:hand|turn)(?:s|ed|ing)?\s+over(?=[^.;]{0,120}?\bto\b)|"
                          r"earmark\w*|total\s+investment|"
                          # (a list of givers with their sums: "Donors included the Islamic Development Bank ($4.2 billion), the
                          # World Bank ($2 billion)", "Among the donors were …")
                          r"(?:donors|contributors|funders)\s+(?:included|include|were|are)\b|"
                          # (a sum announced right after the verb: "the United Nations has announced $10 million in response to the
                          # flooding")
                          # (or its release named with the sum: "has announced the release of US$5.5 million from the Central
                          # Emergency Response Fund")
                          r"(?:release|allocation|disbursement)\s+of(?=\s+(?:up\s+to\s+)?(?:[A-Z]{2,3}\s?)?[$€£]?\s?\d)|"
                          r"announc(?:e|es|ed|ing)(?=\s+(?:an?\s+)?(?:(?:additional|further|extra|new|initial|emergency)\s+)?"
                          r"(?:(?:up\s+to|more\s+than|over|about|around|some|nearly|almost|roughly)\s+)?(?:[A-Z]{3}\s?|[€$£]\s?)\d)|"
                          # (money put in another state's central bank: "Saudi Arabia deposited $1 billion into the central bank of
                          # Yemen’s legitimate government", "a US$2 billion deposit to the Central Bank of Yemen")
                          r"deposit(?:s|ed|ing)?(?=[^.;]{0,100}?\b(?i:central\s+bank|treasury|foreign\s+reserves)\b)|"
                          # ("The first phase … will be funded by the international cooperation budget in the amount of 1.5
                          # billion Swiss francs")
                          r"funded(?=\s+(?:by|from|through|with)\b)|"
                          r"aid|assistance|support|"
                          # (helping or supporting with a sum: "Swiss authorities have helped train minesweepers … with 15.2 million
                          # francs", "The SDC is supporting a UN program for humanitarian demining … with CHF10 million")
                          # (and spending to help the recipient: "Portugal will spend at least 126 million euros to help Ukraine in
                          # 2024")
                          r"spend(?:s|ing)?(?=[^.;]{0,60}?\bto\s+(?:help|support|assist|aid)\s+(?:Ukraine|Kyiv|Kiev)\b)|"
                          r"(?:help|support|assist)(?:s|ed|ing)?(?=[^.;]{0,140}?\bwith\s+(?:some\s+|about\s+|around\s+|nearly\s+|"
                          r"almost\s+|over\s+|more\s+than\s+)?(?:[A-Z]{3}\s?|[€$£]\s?)?\d)|"
                          # (help as a noun of a kind: "an increase in Iceland’s humanitarian and economic help")
                          r"(?:(?<=humanitarian\s)|(?<=financial\s)|(?<=economic\s)|(?<=military\s))help)\b", re.I)

#: A news outlet named as the source ("according to BBC", "according to the Associated Press", "according to Punchbowl News").
_OUTLET = re.compile(r"(?:the\s+)?(?:BBC|CNN|CBC|NBC|CBS|ABC|NPR|AP|DPA|AFP|Reuters|Politico|Axios|Bloomberg|Yonhap|Kyodo|TASS|Interfax|"
                     r"Ukr[Ii]nform|UNIAN|Lusa|ANSA|EFE|PAP|Associated\s+Press|(?:[A-Z][\w.-]*\s+){0,3}(?:News|Times|Post|Agency|Press|Journal|"
                     r"Herald|Telegraph|Tribune|Gazette|Radio|Television|TV|"
                     # (papers by their own names' last word: "According to Yevropeiska Pravda, he made the announcement …")
                     r"Pravda|Izvestia|Kommersant|Vedomosti|Zeitung|Gazeta|Dziennik|Kurier|Guardian|Observer|Monitor|Insider|Wire|"
                     # (and papers of one name, which an interview's labels give its side: "DER SPIEGEL: …")
                     r"Spiegel|Zeit|Welt|Figaro|Monde|"
                     # (and others of one name, quoted as one quotes a person: "“Part of the financing will be provided by the
                     # US …,” Clarín said.")
                     r"Clar[ií]n|Infobae|Haaretz|Asahi|Yomiuri|Mainichi|Nikkei|Bild|Handelsblatt|Aftenposten|Dagbladet|Politiken|"
                     r"Expressen|Aftonbladet|Corriere|Repubblica|Folha|Estad[ãa]o|Hromadske|Suspilne|Delfi|Onet|Semafor))"
                     r"(?:['’]s)?(?:\s+(?:report|reports|reporting))?")

#: Where a story was filed, opening it before its separator: "OTTAWA — …", "LVIV, Ukraine — …", "STOCKHOLM: …" (each
#: reader adds the separators it accepts).
DATELINE = r"\s*[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\w .'-]*?)?\s*(?:\([^)]*\))?\s*"
#: What follows a city (written in any case) that opens a story as its dateline, up to its dash: a region or date
#: after a comma, an agency in brackets ("Brussels – ", "KYIV, Jan 3 (Reuters) - "), a state's capitals ("Washington DC - ").
DATELINE_REST = r"(?:,?\s+(?:[A-Z]\.?){2}(?=[\s,(]))?(?:,\s*[\w .]{2,30}?)?(?:\s*\([^)]{1,30}\))?\s+"


def opens_dateline(text: str, start: int, end: int, how: str | None) -> bool:
    """Whether the capital at ``text[start:end]`` (matched as ``how``) is the city a story was filed from, opening it
    before its dash ("Brussels, 5 June 2025 (MIA) - …"): where the story was written, not a country it is about.

    >>> opens_dateline("Brussels, 5 June 2025 (MIA) - One of the key points", 0, 8, "capital")
    True
    >>> opens_dateline("Washington DC - NATO leaders on Wednesday pledged", 0, 10, "capital")
    True

    A page's date stamp may come first, and the dateline may be a line of its own:

    >>> opens_dateline("date 2024-07-09 WASHINGTON -", 16, 26, "capital")
    True

    A city-state's name in capitals before a colon is one too ("SINGAPORE: The Singapore Red Cross will contribute …"):

    >>> opens_dateline("date 2022-02-25 SINGAPORE: The Singapore Red Cross", 16, 25, "label")
    True
    """
    if how != "capital" and not (text[start:end].isupper() and end - start > 3 and re.match(r"\s*:\s", text[end:])):
        return False
    return bool(_STAMP.fullmatch(text[:start])) and bool(re.match(DATELINE_REST + r"[—–-](?:\s|$)|\s*:\s", text[end:]))


#: What may come before a dateline on its line: nothing, or the page's date stamp ("date 2024-07-09").
_STAMP = re.compile(r"\s*(?:date\s+\d{4}-\d\d-\d\d\s+)?")

#: A loan to the recipient is aid as much as a grant ("the G7 leaders agreed to provide a $50B loan").
_LOAN = re.compile(r"\b(?:loan(?:s|ed)?|lend(?:s|ing)?|lent)\b", re.I)  # ("Canada is lending Ukraine $2.3 billion")

_GDP = re.compile(r"\b(GDP|gross domestic product|economic output|national income)\b", re.I)

#: Another measure after a percentage: gross national income ("2% of its Gross National Income (GNI)", "a 5% GNI
#: target"). "National income" alone is GDP, as British copy writes it ("2.5% of national income") and _GDP reads it.
_GNI = re.compile(r"\s*(?:of\s+(?:(?:its|their|the|our|[A-Z][\w-]*['’]s?)\s+)?)?(?:GNI\b|gross\s+national\s+income)", re.I)

# (and "allocating 3.5% to essential defence needs": money given to a purpose, the measure unsaid)
_SPENDING = re.compile(r"\b(defen[cs]e|military)\s+(spending|expenditures?|budgets?|investment|allocations?)\b|\bspend\w*\b|"
                       r"\ballocat(?:e|es|ed|ing)\b", re.I)

_NUMBER_WORDS = NUMBER_WORDS

# ("from 5 to 6 [percent]": a word an editor added in brackets is still the unit)
#: (a decimal comma, as much European copy writes a share: "3,5% of their GDP" is 3.5 %)
#: (and "pct.", as Danish and Norwegian releases write it: "more than 3 pct. of GDP")
#: (never the decimals of a number alone, and a number glued to the word before it still one: "in 2020 and2.5 percent by 2030")
_PERCENT = re.compile(r"(?:\b|(?<=[a-z])(?=\d))(?<!\d[.,])(\d+(?:\.\d+|,\d{1,2}(?!\d))?|" + "|".join(_NUMBER_WORDS) + r")"
                      r"(?:\s*(?:%|\[?percent\b\]?|per\s+cent\b|pct\b\.?)|-percent\b)", re.I)
#: What follows a state named for a Red Cross society ("the Singapore Red Cross", "Ukraine's Red Cross"): the society, no state
#: that gives, receives or holds an office there.
RED_CROSS_AFTER = re.compile(r"['’]?s?\s+Red\s+(?:Cross|Crescent)\b")
#: A bare number that continues a list of percentages without its unit ("3.5 per cent for core military spending and
#: another 1.5 in defence-related investments"): read only after a percentage in the same sentence.
_PERCENT_ELIDED = re.compile(r"\b(?:another|a\s+further|an\s+additional|and|plus)\s+(\d+(?:\.\d+)?)(?=\s+(?:for|in|on|to)\b)", re.I)
#: The lower bound written before a percentage that ends a range ("between 5% and 6%", "between 5 and 6 percent",
#: "5-6%", "from 5 to 6 percent" where nothing rises from the first figure to the second).
_RANGE_FROM = re.compile(r"(?:\bbetween\s+(?P<between>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)?\s+and|"
                         r"\b(?P<dash>\d+(?:\.\d+)?)\s*%?\s*[-–]|"
                         r"\bfrom\s+(?P<from>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)?\s+to|"
                         # ("an objective of 3 to 3.5 percent of GDP")
                         r"(?<!\bfrom\s)(?<![\d.])\b(?P<to>\d{1,2}(?:\.\d+)?)\s*(?:%|percent|per\s+cent)?\s+to)\s*$", re.I)

# A deadline: "by 2035", "in 2030" — but not the year a goal was set ("the 2 % target set in 2014",
# "agreed in Wales in 2014", "since 2014"), nor a review year ("to be reviewed in 2029").
# ("from 2026" is a deadline, "from 2026 to 2030" a period, not one year; "in the 2026-2030 period" from its first year)
# (not a period's first year: "Moldova's new military strategy for 2025-2035 … calls for … 1% of the GDP")
# (and "within" a year, as translated copy writes it: "Albania's commitment that within 2024, 2% of Gross Domestic Product …")
_BY_YEAR = re.compile(r"\b(?:(?:[Bb]y|until|before|[Ww]ithin|"
                      r"for(?!\s+20\d\d\s*[-–]\s*20\d\d\b)|[Ff]rom(?=\s+20\d\d\b(?!\s*(?:to|until|through|-|–)\s*20\d\d))|"
                      r"starting(?:\s+in)?|as\s+of)(?:\s+the\s+year(?:\s+of)?|(?<=[Bb]y)\s+the\s+end\s+of|"  # ("by the end of 2029",
                      # ("by April 2026", "until the end of March 2026")
                      r"(?:(?<=[Bb]y)|(?<=until)|(?<=before))\s+(?:the\s+end\s+of\s+)?(?:January|February|March|April|May|June|July|"
                      r"August|September|October|November|December))?|"
                      # "by the year of 2024")
                      # (a fiscal year named for the year it starts in: "the year starting April 2027")
                      r"the\s+(?:fiscal\s+|financial\s+)?year\s+(?:starting|beginning)(?:\s+in)?(?:\s+(?:January|April|July|October))?|"
                      r"(?<!\bset )(?<!\bagreed )(?<!\badopted )(?<!\breviewed )(?<!\breview )"
                      r"(?<!\bWales )(?<!\bspending )(?<!\bbudget )(?<!\bexpenditure )in)"
                      r"(?:\s+(?:fiscal|financial)(?:\s+year)?|\s+FY)?\s+(20\d\d)\b"  # ("in fiscal 2027")
                      r"(?!\s+(?:budget|summit|election))|\b(20\d\d)(?:\s+(?:deadline|target date|target year)|\s*[-–]\s*20\d\d\s+period|"
                      r"\s*[-–/]\s*(?:20)?\d\d\s+(?:fiscal|financial)\s+year)\b")  # ("in the 2027-28 fiscal year")

# "next year", "this year": a deadline relative to the article's date (read only when it is known)
# ("by the end of the year": this year)
# (not when it was said or floated: "floated the 3.5% target earlier this year")
_RELATIVE_YEAR = re.compile(r"\b(?<!earlier )(?<!later )(?:(?:from|by|in|until|starting)\s+)?(?:the\s+end\s+of\s+)?"
                            r"(next|this|current|the coming|(?<=end of )the)\s+"  # ("the current fiscal year ending March 2026")
                            r"(?:fiscal\s+|financial\s+|tax\s+)?year\b|"
                            # ("within seven years", "within the next two years")
                            # ("prepared to increase its defense spending to 2 percent of GDP in just five years")
                            # ("1.5 percent of the country's GDP, in three years"; not "the first time in three years")
                            # (and a goal set for a span of years: "Cyprus' five-year goal is to …, reach the level of 2 percent")
                            r"\b(?<!time\s)(?:(?:over|within|in)\s+(?:the\s+(?:next|coming)\s+|a\s+period\s+of\s+|(?<=within\s)|(?<=in\s)(?:just|only)\s+|"
                            r"(?<=in\s))(?=(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+years\b)|"
                            # (never a plan the figure pays for: "Mindef seeks 1% of GDP to fund 10-year plan")
                            r"(?<!fund\s)(?<!finance\s)(?<!implement\s)(?<!funding\s)"
                            r"(?=(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)-year\s+(?:goal|plan|target|aim|objective)s?\b))"
                            r"(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)(?:\s+years|-year)\b|"
                            # ("aim to move towards the 2% guideline within a decade": ten years on)
                            r"\b(?:over|within)\s+(?:a|the\s+(?:next|coming))\s+(decade)\b|"
                            # ("to increase defense spending to 2.5% of GDP by the end of the decade": the decade's last year)
                            r"\bby\s+the\s+end\s+of\s+(?:the|this)\s+(decade)\b|"
                            # (a month with no year: "to hit defense outlays of roughly 2% of GDP by March", "by March next year" — the
                            # next such month after the page's day)
                            r"\bby\s+(?:the\s+end\s+of\s+)?(?-i:(January|February|March|April|May|June|July|August|September|October|"
                            r"November|December))\b(?!\s*,?\s*(?:\d|of\b))(?:\s+next\s+year\b)?", re.I)

# A level already reached or budgeted, not a goal: "Currently, Estonia allocates about 3.3%",
# "spends 2.1 percent", "expenditure earmarked for this year is 3.3 percent".
_LEVEL = re.compile(r"\b(?:currently|at present|presently|now|today|so far|already|this year['’]s|at (?:this|the) moment|"
                    # ("Current defence spending in Germany is in the region of 1,25%")
                    # (or with no word of defence: "with current spending at around 1.37 per cent")
                    r"(?i:current)\s+(?:annual\s+)?(?:(?:defen[cs]e|military)\s+)?(?:spending|expenditures?|budgets?)|"
                    # (a ranking by share: "Poland remains the NATO country with the highest percentage of GDP allocated to
                    # defense — 4.48%")
                    # (a sum's decimal point before the share is no sentence's end: "the current defense budget is at ₱423.7
                    # billion, or about 1.37 percent of gross domestic product")
                    r"(?:highest|largest|biggest|lowest|smallest)\s+(?:percentage|share|proportion|ratio)\s+of)\b(?:[^.;]|\.(?=\d))*$|"
                    # ("Bulgaria is, at this moment, spending at least 2% of GDP", "Bulgaria is at 2%")
                    # (never a future's "will be spending": "The Netherlands will be spending 2% of its gross domestic product on
                    # defense starting 2024", a goal)
                    # ("… trending upwards, with the US setting aside 3.48 per cent of GDP for defence")
                    r"\b(?:allocates|spends|spent|setting\s+aside|(?:is|was|are|were|(?<!\bwill\s)(?<!\bwould\s)be),?(?:\s+[\w ]{2,20},)?\s+spending|"
                    r"stands at|stood at|reached|"
                    r"(?:is|are|was|were)\s+(?:now\s+|already\s+|still\s+)?at|amounted to|amounts to|"
                    # ("there are countries that are even reaching five percent", "many countries haven’t even reached 2 percent")
                    r"(?:is|are|was|were)\s+(?:even\s+|already\s+|now\s+)?reaching|"
                    # ("spending on defense was approximately 1.5% of GDP")
                    r"(?:was|were|stood|amounted)\s+(?:approximately|about|around|roughly|some|nearly)|"
                    # ("with the average among member states at 1.9% as of 2023")
                    r"average\s+(?:[^.;%]{0,40}\s+)?(?:at|of|is|was|stood\s+at)|"
                    r"(?:has|have)(?:n[’']t|\s+not)\s+(?:even\s+|yet\s+)?reached|"
                    r"on track to spend|accounts? for|accounted for|levels? of|(?:has|have) been set at|corresponds? to|corresponding to|"
                    # ("whose annual spending on defense exceeds 2 percent": a level passed, not "plans to exceed 2 percent")
                    r"exceeds|exceeded|surpasses|surpassed|"
                    # (a ranking: "the US, with 3.61 percent, followed by Greece with 2.38 percent")
                    r",\s+with|followed\s+by\s+[A-Z][^.;,%]{1,40}?\s+with|"
                    # ("Greece ranked (at 3.54% of GDP) ahead of the United States (3.46%)")
                    r"\brank(?:s|ed)\s*\(\s*at\b|"
                    # (a fall: "with the figure dropping to 2.1% the past two years")
                    # ("The ratio will reportedly drop to 1.38% next year")
                    r"(?:drop(?:s|ped|ping)?|fall(?:s|ing|en)?|fell|declin(?:e|es|ing|ed)|decreas(?:e|es|ing|ed)|shr(?:ink|inks|ank|inking|unk)|"
                    r"slip(?:s|ped|ping)?|sank|sinks?|sinking)\s+(?:back\s+)?to|"
                    # ("with spending reaching 3.8% of GDP", "despite Greece spending 2% of its GDP": a spending told, no goal)
                    r"(?:spending|expenditures?|outlays?)\s+reaching|(?-i:\b(?!To\b)[A-Z][\w'’-]+)\s+spending|"
                    r"equat(?:e|ing|es|ed)\s+to|"

                    # ("… has long been capped at 1 percent of GDP", "budgeted at 6.1 trillion yen, which was 1.09 percent of GDP")
                    # ("which in percentage terms makes up 2,74 percent of GDP")
                    # ("since Jakarta’s paltry budget has never constituted more than 1% of GDP")
                    r"capped at|(?:has|have|had)\s+(?:long\s+)?been\s+capped\s+at|which was|that was|makes\s+up|made\s+up|"
                    r"(?:(?:has|have|had)\s+(?:never\s+|always\s+|long\s+)?)?constituted|constitutes|"
                    r"earmarked for this year is|this year is|which is|that is|equal to|equivalent to|amounting to)\s+"
                    r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|over\s+|approximately\s+|approx\.\s+|"
                    r"more than\s+|just over\s+|barely over\s+|a little over\s+|above\s+|at least\s+)?$",
                    re.I)

_STATUS_CUES = [("demanded", r"\b(demand\w*|call\w* on|called for|request\w*|urg\w*|insist\w*)\b"),
                ("proposed", r"\b(propos\w*|suggest\w*|compromise|recommend\w*)\b"),
                ("agreed", r"\b(agree\w*|commitment|committed|approved|pledged?)\b"),
                ("benchmark", r"\b(benchmark|guideline|threshold|target set)\b"),
                ("intended", r"\b(intent\w*|plan\w*|aim\w*|will raise|to raise|vow\w*)\b")]

_REPORT_VERBS = (r"said|stated|noted|warned|emphasized|emphasised|declared|insisted|argued|explained|remarked|stressed|"
                 r"indicated|reiterated|cautioned|asserted|claimed|suggested|outlined|observed|added|believes|says|warns|predicts|"
                 r"predicted|conceded|concedes|responded|responds|claims|hinted|hints|alleged|alleges|hopes(?=\s+that\b)|hoped(?=\s+that\b)|"
                 r"divulged(?=\s+that\b)|"  # ("The Ukrainian President reportedly divulged that the two leaders agreed …")
                 r"shared(?=\s+that\b)|shares(?=\s+that\b)|"  # ("Guterres shared that the UN was ready to “work in any …”")
                 # ("… boasted to his colleagues at the Davos Economic Forum in January that his country was …")
                 r"boasted(?=\s+[^.;]{0,90}?\bthat\b)|boasts(?=\s+[^.;]{0,90}?\bthat\b)|"
                 r"tweeted(?=\s+that\b)|tweets(?=\s+that\b)|"  # ("… after which Zelenskiy tweeted that Rome was considering …")
                 # (what someone expects is his view too: "Janša expects that by 2030 Slovenia will be able to say: “…”")
                 # ("Petro specified Friday in an event at a military base that Colombia will buy 17 Gripen fighter jets")
                 r"specified(?=[^.;“”\"]{0,60}\bthat\b)|"
                 # ("She urged that the money would ensure that Haitians get …": what one urges that is so is said too)
                 r"urged(?=\s+that\b)|urges(?=\s+that\b)|"
                 r"expects(?=\s+that\b)|threatened(?=\s+that\b)|threatens(?=\s+that\b)|reaffirmed(?=(?:,\s+however,)?\s+that\b)|reported(?=\s+that\b)|reaffirms(?=(?:,\s+however,)?\s+that\b)|"
                 r"to\s+warn|to\s+argue|to\s+insist|to\s+stress|"  # ("used his address … to warn that Europe faces …")
                 # (the plural after two names: "officials and analysts like Zukan Helez and Đuro Kozar maintain that …")
                 # (each alternative alone: the list is split at its bars)
                 + "|".join(rf"(?<=[^\W\d_] ){verb}(?=\s+that\b)" for verb in ("say", "maintain", "contend", "argue", "insist", "warn",
                                                                            "believe", "stress")) + "|"
                 # the present tense of news copy ("NATO reinforces that …", "the ministry stresses that …")
                 # (never the noun: "expelling from the alliance member states that do not adhere to …")
                 r"(?<!\bmember\s)(?<!\bMember\s)(?<!\bUnited\s)(?<!\bthe\s)states|notes|emphasizes|emphasises|stresses|insists|argues|reiterates|reinforces|underlines|underlined|"
                 r"maintains|maintained|affirms|affirmed|asserts|declares|explains|cautions|confirms|confirmed|announced|announces|"
                 r"points out|pointed out|adds|acknowledged|acknowledges|admitted|admits|confessed|confesses|will say|will tell \w+|will confirm|"
                 r"made clear|makes clear|made it clear|makes it clear|detailed|details|"
                 # (what a leader is expected to say: "Government sources confirm he will stress that “…”")
                 r"will stress|will underline|will emphasise|will emphasize|will highlight|will argue|will insist|will reiterate|"
                 r"clarified|clarifies|specified|wrote|writes|mentioned|mentions|reminded|recalled|highlighted|highlights|contended|contends|"
                 r"revealed|reveals|disclosed|discloses|underscored|underscores|estimates|"
                 # (a complaint with what it says: "the president of Chile criticized that the joint declaration is blocked …")
                 r"criticized(?=\s+that\b)|criticised(?=\s+that\b)|lamented|laments|complained|complains|regretted(?=\s+that\b)|"
                 # an opinion told of is a claim too ("Prime Minister Plenković feels that the cost of NATO membership is well
                 # worth it"), and so is what a speaker "went on to say"
                 r"feels|felt|believed|thinks|went on to say|goes on to say|went on to add|went on to stress|"
                 # (a conviction told of: "Defence Minister Oleksii Reznikov is convinced that Ukraine will get back …")
                 r"is convinced(?=\s+that\b)|was convinced(?=\s+that\b)|is confident(?=\s+that\b)|was confident(?=\s+that\b)|"
                 r"is certain(?=\s+that\b)|was certain(?=\s+that\b)|"
                 # (a promise told of: "She promised that all Western equipment supplied to Ukraine would be destroyed")
                 r"promised(?=\s+that\b)|promises(?=\s+that\b)|"
                 # (and a pledge that one will strive, no sum: "Defense Minister Prabowo Subianto pledged that he would strive to
                 # increase the budget …"; an opinion offered: "He opined the set budget was tight …")
                 r"pledged(?=\s+that\b)|vowed(?=\s+that\b)|opined|"
                 # (a stance said again: "… Denys Shmyhal, speaking in Lugano, repeated that his country was the victim of …")
                 r"repeated(?=\s+that\b)|repeats(?=\s+that\b)|"
                 # ("Nikos Christodoulides drew attention to the fact that Russia's full-scale war … has demonstrated …")
                 r"drew\s+attention\s+to\s+the\s+fact(?=\s+that\b)|draws\s+attention\s+to\s+the\s+fact(?=\s+that\b)|"
                 # (a demand made of someone: "Merz demanded from Chancellor Olaf Scholz (SPD) that the 100 billion euros …")
                 # (no bar inside a lookahead: the list is split at its bars)
                 r"demanded(?=\s+from\s+[^.;“”\"]{3,60}?\s+that\b)|demanded(?=\s+that\b)|demands(?=\s+that\b)")
#: A military rank before a name ("Admiral Rob Bauer", "Lt. Gen. …", "Vice Admiral …"): no part of the name, no office.
MILITARY_RANK = (r"(?:(?:Rear|Vice|Fleet|Lieutenant|Lt\.?|Major|Maj\.?|Brigadier|Brig\.?|Air\s+Chief|Air|Field)\s+)?"
                 r"(?:Admiral|Adm\.|General|Gen\.|Colonel|Col\.|Captain|Capt\.|Commander|Cmdr\.|Marshal)")
#: A courtesy written between an office and its holder's name, no word of the name: "Qatar's Prime Minister Sheikh Mohammed
#: bin Abdulrahman Al Thani", "Foreign Minister Dr. Subrahmanyam Jaishankar", "Defence Secretary Sir …".
# (and the diplomats' "His/Her Excellency", alone or before another: "H.E. Ms. Yulia Svyrydenko", "H.E. Dr. S. Jaishankar")
# (and a ruler's style: "President His Highness Sheikh Mohamed bin Zayed Al Nahyan", "H.H. Sheikh Abdullah bin Zayed")
# (and a sovereign prince's: "HSH Prince Albert", "His Serene Highness Prince Albert II of Monaco")
#: A ruler's or a diplomat's style in words ("His Highness", "Her Royal Highness", "His Serene Highness", "His Excellency").
RULER_STYLE = r"(?:His|Her)\s+(?:Royal\s+|Serene\s+)?(?:Highness|Majesty|Excellency)"
# (its stop left off too: "the Ukrainian ambassador in Pakistan H.E Markian Chuchuk")
COURTESY = (rf"(?:(?:H\.\s?[EH](?:\.|(?=\s+[A-Z]))|H\.\s?S\.\s?H\.|HSH|HRH|{RULER_STYLE})"
            r"(?:\s+(?:Mr|Mrs|Ms|Dr|Sheikh|Sheikha|Prince|Princess)\.?)?"
            # (two in a row: "Acting Minister of Defense Sheikh Dr Ahmad Nasser Al-Mohammad Al-Sabah")
            r"|(?:Sheikh|Sheikha|Sheik|Sir|Dame|Mr|Mrs|Ms|Dr)\.?(?:\s+Dr\.?)?|Prince|Princess"  # ("Saudi Foreign Minister Prince Faisal bin Farhan")
            r"|Brother|Comrade"  # (a form of address: "the president of Brazil, Brother Lula da Silva")
            # (an academic title after another title: "Vice President Professor Nana Jane Opoku-Agyemang")
            r"|Professor|Prof\."
            # (Malaysia's styles, a pilgrim's and a doctor's after them: "Foreign Minister Datuk Seri Mohamad Hasan", "Dato’ Seri
            # Utama Haji Mohamad bin Haji Hasan", "Datuk Seri Dr Ahmad Zahid Hamidi")
            r"|(?:Tan\s+Sri|Toh\s+Puan|Tun|Datuk|Dato['’]?|Datin)(?:\s+(?:Seri|Sri|Paduka))?(?:\s+Utama)?(?:\s+(?:Haji|Hajah|Dr\.?))*)")
# one list, longest first, so that an alternative is never cut short by a shorter one
_SAY = "|".join(sorted(set(_SAY_OWN.split("|")) | set(_REPORT_VERBS.split("|")), key=len, reverse=True))

#: The rest of a statement, up to where another speaker's words begin ("Putin warned it would be a “big mistake” …, while
#: President Yoon insisted Seoul's decision would …": two statements, each found).
_UNTIL_ANOTHER_SPEAKER = (r"(?:(?!,\s+(?:while|whereas|but|and)\s+(?:(?:[A-Z][\w.’'-]*|the)\s+){1,4}(?:said|says|saying|insisted|insists|added|"
                          r"warned|warns|stressed|argued|claimed|noted|countered|replied)\b).){10,}")

# Reported speech, each pattern with the claim's text in group "text":
#: No sum of money and no share of GDP in the rest of the sentence: what is promised or committed to is then a claim (with
#: one it is a pledge or a goal, read by those rules).
_NO_SUM_AHEAD = r"(?!(?:[^.;]|\.(?=\d))*(?:[$€£¥%]|\b(?:million|billion|bn|percent|per\s+cent)\b))"

#: A thing (no one who speaks) as the word before a verb: "the additional funding reaffirms …".
_NO_THING_BEFORE = "".join(rf"(?<!\b{w} )" for w in ("funding", "support", "package", "aid", "assistance", "measure", "decision",
                                                      "move", "step", "grant", "agreement", "contribution", "donation", "visit"))

_REPORTED = [
    # a judgement of what was just told: "Defense Minister Shinjiro Koizumi deems this the “bare minimum” for Japan's security …"
    re.compile(r"\b(?:deems|deemed|deem)\s+(?P<text>(?:this|it|that|these|those)\s+(?:the\s+|a\s+|an\s+)?[“\"]?[a-z][^;]{10,}?)[.;]?\s*$"),
    # a pronoun's statement its attribution interrupts: "This, he said, called for “courageous decisions”"
    re.compile(r"(?:(?<=^This, he )|(?<=^This, she )|(?<=^That, he )|(?<=^That, she )|(?<=^It, he )|(?<=^It, she ))"
               r"(?:said|added|noted|argued|stressed|insisted|warned),\s+(?P<text>[a-z].{10,})"),
    # what someone told or urged an organisation or a country to do ("Marco Rubio on Thursday told NATO to commit to
    # spending five percent of GDP on defence")
    # (never a relative "which urged": "pressure from the United States, which urged NATO allies to …" is the country's)
    # ("called on Nato allies to increase defence spending", "urges Nato partners to bolster …")
    # ("He asked attendees to make it the “Ramstein of tanks”", "urged them to “dig deeper” into their stocks")
    # (and invited, to give: "Al-Sabah … invited participants to show their generosity to the suffering Syrian people")
    re.compile(r"(?<!\bwhich )\b(?:told|urged|urges|urging|called\s+on|calling\s+on|pressed|warned|advised|encouraged|asked|asks)\s+"
               r"(?P<text>(?:them|(?:the\s+)?(?:attendees|participants|delegates|delegations))\s+(?:not\s+)?to\s+[“\"]?[a-z].{10,})"),
    re.compile(r"(?<!\bwhich )\b(?:invited|invites|inviting)\s+(?P<text>(?:them|(?:the\s+)?(?:attendees|participants|delegates|delegations|"
               r"donors|states|countries|allies|partners))\s+to\s+(?:show|give|contribute|donate|pledge|help|support|increase|step\s+up|"
               r"join)\b[^;]{10,}?)(?=,\s+[^,;]{2,40}?\s+(?:reported|reports|said|says)\.?\s*$|[.;]?\s*$)"),
    # (a call on one person named before: "…, urging him not to row back on commitments for defence spending")
    re.compile(r"(?<!\bwhich )\b(?:urged|urges|urging|pressing|pressed)\s+(?:him|her)\s+(?P<text>(?:not\s+)?to\s+[a-z].{10,})"),
    # ("Brazil’s Defense Minister … asked the Brazilian Congress on Tuesday (Jul 6) to support the gradual expansion of funding")
    re.compile(r"(?<!\bwhich )\b(?:told|urged|urges|urging|called\s+on|calling\s+on|pressed|warned|advised|encouraged|asked|asks)\s+"
               r"(?P<text>(?:(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
               # ("She also encouraged EU member states to procure weapons systems directly from …")
               r"(?:\s+(?:member\s+states|countries|allies|members|nations|states|leaders|governments|partners))?|"
               # ("called on other NATO countries to follow the lead")
               r"(?:other|all|fellow)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
               r"(?:\s+(?:countries|allies|members|nations|states|leaders|governments|partners))?|"
               # ("called on countries in Europe, North America and other countries to follow suit")
               # (or the group alone: "Rutte is urging members to commit to 3.5 percent …")
               # ("urged foreign partners not to delay and provide Kyiv with the promised Patriots")
               # ("He called on allied countries to deposit funds at the central bank …")
               r"(?:(?:foreign|international|[Ww]estern|European|key|major|regional|allied|friendly|donor|partner|neighbouring|"
               r"neighboring|other)\s+)?"
               r"(?:countries|allies|members|nations|governments|partners|leaders|companies|businesses|firms|industries|"
               # ("He urged companies to recognize …", "calling on politicians to provide …", "warned business heads to prepare …")
               # ("Frederiksen urged voters to back abandoning the defense opt-out")
               r"politicians|lawmakers|citizens|voters|taxpayers|residents|Europeans|business\s+heads|business\s+leaders|"
               # ("He urged the military to adopt cost-effective and efficiency-enhancing measures …")
               r"(?:the\s+)?(?:military|armed\s+forces|army|troops|soldiers|security\s+forces|service\s+chiefs))"
               r"(?:\s+(?:in|of|across)\s+[^.;]{3,60}?)?|"
               # (or his own peers: "Mr. Boric urged his regional counterparts to recognize …")
               r"(?:his|her|their|its)\s+(?:[a-z]+\s+)?(?:counterparts|colleagues|peers|neighbours|neighbors|allies|partners)|"
               # (or a state's government and others: "urged Japan's government and private sector on Monday to step up …")
               r"[A-Z][\w.-]*['’]s\s+(?:government|authorities|leaders|parliament|business(?:es)?|companies|industry|people)"
               r"(?:\s+and\s+(?:[a-z]+\s+)?(?:sector|businesses|companies|industry|people|parliament))?(?:\s+on\s+\w+day)?)"
               r"(?:\s+on\s+[A-Z][a-z]+day(?:\s+\([^()]{1,20}\))?)?"
               # (or not to: "Ben Wallace … warned Vladimir Putin not to “test” the United Kingdom")
               r"\s+(?:not\s+)?to\s+[“\"]?[a-z].{10,})"),
    # a threat or a call is something said: "He went so far as to threaten the withdrawal of U.S. protection if …",
    # "Trump threatened to pull out", "The U.S. administration is advocating for a substantial increase in …"
    # (and a call: "NATO Secretary-General Mark Rutte has called for a fivefold increase in air defence capabilities")
    # (and an appeal: "Zelenskyy had appealed for a quick decision to keep Ukraine afloat")
    # (a call renewed, when it was made, a quoted object: "reiterated the call for stationing foreign troops",
    # "called on Monday for “reliable security guarantees”")
    # (never the noun: "amid calls for an increase …", "despite growing calls for …")
    # (nor one answered: "responding to international calls for assistance during conflicts")
    re.compile(r"(?<!\bthe )(?<!\ba )(?<!\bamid )(?<!\bdespite )(?<!\bgrowing )(?<!\brenewed )(?<!\bmounting )(?<!\brepeated )"
               r"(?<!\binternational )(?<!\burgent )(?<!\bpublic )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )"
               r"\b(?:threaten(?:s|ed|ing)?|advocat(?:es|ed|ing)\s+for|(?:(?<!\bto\s)calls|called)\s+(?:on\s+[A-Z]\w+\s+)?for|"
               # ("who called for more spending on defense to ensure prosperity")
               # ("Rutte urged an increase in defense spending": a call with no one named)
               r"appeal(?:s|ed)\s+for|urg(?:es|ed)(?=\s+(?:an?|more|greater|further)\s))\s+"
               # (or what is called for, as a verb's noun: "called for strengthening of defence capacities to counter …"; never
               # a share of GDP, a goal's proposal: "called for raising allies' defense spending to 5% of GDP")
               r"(?P<text>(?:the|to|a|an|more|greater|further|increased|higher|stronger|[“\"][\w-]|"
               r"[a-z]{4,}ing\b(?![^.;]*(?:%|\bper\s*cent\b|\bpercent\b)))\s*.{15,})"),
    # (a warning against something, and a call as a participle after it: "He cautioned against duplicating efforts, calling for
    # strategic coordination on defense investments across the EU")
    re.compile(r"\b(?P<text>(?:cautioned|cautions|warned|warns)\s+against\s+[a-z][^.;“”\"]{8,})"),
    re.compile(r",\s+calling\s+for\s+(?P<text>(?!(?:in|by|under|at)\b)[a-z][^.;“”\"]{15,})"),
    re.compile(r"\b(?P<text>(?:reiterated|renewed|repeated)\s+(?:the|his|her|their)\s+calls?\s+for\s+.{15,})"),
    # an action suggested, up to the clause's end: "Donald Trump, who has previously suggested expelling from the alliance member
    # states that do not adhere to the spending target, underscores …" (never a sum or a share, a pledge's or a goal's: "Rutte
    # has even suggested increasing spending ceilings to 3.7% …")
    re.compile(r"(?<!\bwas )(?<!\bbeen )(?<!\bis )\b(?:suggested|proposed)\s+(?P<text>(?!(?:during|following|regarding|concerning|including)\b)"
               r"[a-z]{3,}ing\s+" + _NO_SUM_AHEAD + r"[^,;“”\"]{15,})"),
    # what someone puts a figure at is his estimate: "Ukrainian President Volodymyr Zelensky estimates his country’s needs for
    # this winter at about $800 million" (never the adjective: "the estimated cost")
    re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bthe )(?<!\ban )\b"
               r"(?P<text>(?:estimates|estimated|puts|put)\s+(?:the|his|her|their|its)\s+(?:[\w’'-]+\s+){1,10}?at\s+"
               r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|at\s+least\s+)?"
               r"(?:[$€£]\s?|[A-Z]{3}\s?)?\d(?:[^.;,]|[.,](?=\d))*)"),
    # (and what someone advocates: "Czech President Peter Pavel advocates its continuation", "advocated continuing the initiative")
    re.compile(r"\b(?P<text>advocat(?:es|ed)\s+(?!for\b)(?:its|their|the|continu\w+|keep\w*|maintain\w*)\b[^.;]{3,})"),
    # what someone promised to do, with no sum nor share of GDP (those are a pledge, a target): "Trump also pledged to look
    # into giving Ukraine more Patriot missiles"
    # (and not to: "Fico … now promises not to obstruct Slovak companies in manufacturing and supplying arms to Ukraine")
    # (never the noun after a possessive: "Regarding Trump's promises to end the war in Ukraine in 24 hours, X said …")
    re.compile(r"(?<!\bthe )(?<!\ba )(?<!['’]s )(?<!\bhis )(?<!\bher )(?<!\btheir )\b(?:pledged|promised|vowed|promises|vows)\s+"
               r"(?P<text>(?:not\s+)?to\s+[a-z]+\s+" + _NO_SUM_AHEAD
               + r".{15,})"),
    # (and what someone committed to doing, the verb: "Teodoro committed to reviewing the bilateral security guidelines";
    # never the state of being so, "Croatia continues to be committed to …", "the UK was committed to providing …", "… for
    # standing by … and being committed to providing …")
    re.compile(r"(?<!\bbe )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bremains )(?<!\bremain )(?<!\bfully )"
               r"(?<!\bstrongly )(?<!\bdeeply )\bcommitted\s+to\s+(?P<text>[a-z]{3,}ing\s+" + _NO_SUM_AHEAD + r".{15,})"),
    # (and what one committed one's government to do: "Kishida has committed his government to help rebuild Ukraine when
    # the Russian invasion ends, with the world leader making a public vow …")
    re.compile(r"\b(?P<text>committed\s+(?:his|her|their|its|the)\s+(?:government|country|nation|administration)\s+to\s+[a-z]+\s+"
               + _NO_SUM_AHEAD + r"[^;]{10,}?)(?=,\s+with\b|[.;]?\s*$)"),
    # a judgement of someone and its reason: "Mark Rutte repeatedly praised Trump’s leadership for getting the alliance to
    # move on spending …, and pointedly criticised the Russian president, Vladimir Putin, for telling “lies”" (two, each
    # up to the next)
    # (never a passive: "Lambrecht was widely criticized by the opposition parties for …" is the opposition's judgement of her)
    re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bwidely )(?<!\bheavily )(?<!\bsharply )"
               r"\b(?P<text>(?:praised|praises|commended|commends|criticised|criticized|criticises|criticizes|condemned|condemns|"
               r"accused|accuses|blamed|blames|hailed|hails)\s+(?!by\b)(?:(?!,?\s+and\s+(?:[a-z]+ly\s+)?(?:praised|criticised|criticized|condemned|accused|"
               r"blamed|hailed)\b)[^.;]){3,90}?\s+for\s+(?:(?!,?\s+and\s+(?:[a-z]+ly\s+)?(?:praised|criticised|criticized|condemned|"
               r"accused|blamed|hailed)\b).){8,})"),
    # (applause for a reason, its object with no comma: "Jakobsdóttir applauded the people of Poland … for welcoming millions
    # of refugees"; never "applauded the move, calling it a vital step forward for Ukraine", the naming rule's)
    # (and praise so worded: "He lauded the Kuwaiti society’s efforts for relieving peoples suffering from …")
    re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )\b(?P<text>(?:applauded|applauds|lauded|lauds)\s+(?!by\b)[^.;,]{3,90}?\s+for\s+.{8,})"),
    # a judgement in a quoted word: "called the idea of raising defense spending to 3% of GDP “unthinkable.”", "rejected a rapid
    # jump to 5% GDP as “impossible”"
    # (a plain "called X “Y”" is read by the naming rule, which keeps the words after the verb)
    re.compile(r"\b(?P<text>(?:(?:dismissed|rejected)\s+(?:an?\s+|the\s+)?[^.;“”\"]{5,100}?\s+as|called\s+the\s+idea\s+of\s+[^.;“”\"]{5,100}?)"
               r"\s+[“\"][^”\"]{3,40}[.,]?[”\"])"),
    # (and one a clause after it gives the object of: "Guido Crosetto declared it "absurd" not to boost both military and
    # civilian aid")
    re.compile(r"(?<!\bwas )(?<!\bis )\b(?P<text>(?:declared|deemed|called|found|considered|termed)\s+it\s+[“\"][^”\"]{3,40}[”\"]\s+"
               r"(?:not\s+)?(?:to|that)\s+[a-z][^.;“”\"]{8,})"),
    # "X said that …", "X reiterated that …", "…, indicating that …", "by asserting that …"
    # ("said in a statement on Friday, October 18, that …", "told Polish media that …")
    # (never a passive "it was announced that", nor a participle: "the money Blair announced Friday comes out of that …")
    # ("He repeated his position that the war …")
    re.compile(rf"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bbe )\b(?:(?:{_REPORT_VERBS}|told|informed|assured|reassured|"
               # (a promise told to someone named: "Zaev also promised Stoltenberg that Macedonia will …")
               r"promised(?=\s+[A-Z])|promises(?=\s+[A-Z])|"
               r"made\s+(?:the|a)\s+statement|"
               r"(?:repeated|defended|restated|reaffirmed)\s+(?:his|her|their|its)\s+(?:position|view|stance|belief|argument|claim)|"
               # ("Židan meanwhile expressed the awareness that “we must not be egotistical …”")
               r"expressed\s+(?:the|his|her|their|its)\s+(?:view|belief|hope|conviction|awareness|concern|opinion|confidence|"
               r"expectation)),?\s+"
               # (a longer gap only as where or when it was said: "who stressed ahead of Monday’s informal meeting of
               # European Union leaders in Brussels that …"; not "announced the transfer of a package … that includes")
               # (an audience first: "told reporters in a news conference at NATO headquarters in Brussels that …")
               rf"(?:(?:reporters|journalists|the\s+press|(?:[\w-]+\s+)?media|lawmakers)\s+(?=in\b|at\b|during\b|after\b|before\b))?"
               # (a word set off between the verb and "that": "Trump reaffirmed, however, that no US forces …")
               rf"(?:(?:however|though|moreover|nonetheless|nevertheless|again|once\s+again),\s+)?"
               # (the day it was said first, then where: "Petro specified Friday in an event at a military base that …")
               rf"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s+(?=(?:in|at|on|during)\b))?"
               # (a place and a clause of what happens there, set off: "He stated, in Vilnius, where he is participating in the
               # NATO Summit on Tuesday, Wednesday, that …")
               rf"(?:(?:in|at)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s+(?:where|when|while)\s+[^.;“”\"]{{3,100}}?,\s+(?=that\b)|"
               # ("said during a joint press conference with Singaporean Prime Minister Lee Hsien Loong that …")
               # (or to whom, then where: "boasted to his colleagues at the Davos Economic Forum in January that …")
               # (or when, then where: "announced on Thursday at the beginning of the government meeting that …")
               rf"(?:ahead\s+of|at|in|on|during|after|before|upon|following|to)\s+(?:(?!(?:comes?|came|is|was|are|were|will|would|has|have|had|"
               # (up to twenty words: "said, in a statement issued by the Presidency of the Council of Ministers, after his
               # participation in the launch of the bus, that “…”")
               rf"goes|went|adding|saying|noting|stating)\b)[\w’'-]+,?\s+){{1,20}}?|"
               # (nor a noun a relative "that" hangs from: "stressed the importance of reducing dependence on countries that
               # could use economic blackmail" says nothing "that")
               # (nor a clause of its own, a pronoun and its verb, that a relative "that" ends: "the minister said this included
               # bilateral assistance that primarily focused on …")
               rf"(?!(?:this|it|he|she|they|we)\s+[a-z]+(?:ed|es)\b)"
               # (nor an action proposed, whose object a relative "that" describes: "has previously suggested expelling from the
               # alliance member states that do not adhere to the spending target")
               rf"(?!(?!(?:during|following|regarding|concerning|including)\b)[a-z]{{3,}}ing\s+(?:from|the|a|an|all|any|its|their)\b)"
               rf"(?:(?!(?:comes?|came|is|was|are|were|will|would|has|have|had|goes|went|adding|saying|noting|stating|importance|need|"
               # (a party's initials in brackets among them: "demanded from Chancellor Olaf Scholz (SPD) that …")
               rf"countries|companies)\b)\(?[\w’'-]+\)?\.?,?\s+){{0,7}}?)|"
               # (a longer audience after "told": "told a plenary session of the Chamber of Representatives that …")
               # (or "informed" one named with an appositive: "Fico informed Ursula von der Leyen, the President of the European
               # Commission, on Oct. 26 that …")
               rf"(?:told|informed)\s+(?:(?!(?:comes?|came|is|was|are|were|will|would|has|have|had|goes|went|adding|saying|noting|stating)\b)"
               rf"[\w’'.-]+,?\s+){{8,14}}?|"
               # ("…,” he added, informing that Pakistan has always advocated for a peaceful conclusion")
               r"(?:by\s+)?(?:asserting|stating|saying|arguing|claiming|contending|specifying|informing|"
               r"warning|noting|indicating|suggesting|adding|emphasi[sz]ing|stressing|underscoring|underlining|highlighting|"
               # (and where or when it was claimed: "by claiming at a Saturday campaign rally that he had once told …")
               # (and what is recalled: "…, recalling that Athens has provided humanitarian and defence support …")
               # ("France has not joined, with French President Emmanuel Macron arguing against … and cautioning that …")
               r"explaining|insisting|pointing\s+out|recalling|reminding|cautioning|acknowledging|conceding|predicting)\s+"
               r"(?:(?:at|in|during|on)\s+(?:[\w’'-]+\s+){1,5}?)?)"
               # ("how" only as what is said: "explained how …", not "stressed the importance of fairness in how …")
               # ("that" after a preposition is a demonstrative, no clause: "has responded to that call with a clear message")
               r"(?:(?<!\bto )(?<!\bwith )(?<!\bof )(?<!\bon )(?<!\bfor )(?<!\bat )(?<!\bin )(?<!\babout )that|"
               r"(?<!\bin )(?<!\bof )(?<!\bon )(?<!\babout )(?:how|why)),?\s+(?P<text>.{15,})"),
    # a pronoun and its verb run together after "said" (no "that"): "Foreign Minister Winston Peters said it’s “vital”
    # countries keep pressure on Russia and …"
    re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bis )\b(?:said|says|added|stressed|insisted|warned|noted)\s+"
               r"(?P<text>(?:it|that|there|he|she|they|we)['’](?:s|re|ll)\s+[“\"‘]?[a-z][^;]{10,})"),
    # what was said after a colon with no quotation marks, a sentence of its own: "However, he added: Hungarians do not want
    # the war in Ukraine, they want peace to return as soon as possible, MTI reported."
    re.compile(r"(?<!\bwas )(?<!\bis )\b(?:said|says|added|adds|stated|stressed|emphasi[sz]ed|noted|underlined)\s*:\s+"
               r"(?P<text>[A-Z][^“”\"«»]{20,})"),
    # a participle of saying, when it was said, then a pronoun and its verb (no "that"): "he met with … Jens Stoltenberg, saying
    # ahead of the meeting they would talk about Croatia’s contribution …"
    re.compile(r"\bsaying\s+(?:(?:ahead\s+of|after|before|during|at|on|in)\s+(?:the|a|his|her|their)\s+[a-z]+\s+)?"
               r"(?P<text>(?:they|he|she|we|it|there)\s+(?:would|will|could|should|must|had|have|has|was|were|is|are|did|do)\s+"
               r"(?:not\s+)?[a-z][^;]{10,})"),
    # "President Sergio Mattarella assured that Ukraine can rely on …" (only with no one assured between: "Macron assured
    # Zelenskyy … that" is the Elysee's account of a call)
    # (and when, between: "The Prime Minister assured today that Portugal is prepared to accept …")
    re.compile(r"(?<!\bwas )\b(?:assure[sd]|assuring)\s+(?:(?:today|yesterday|on\s+[A-Z][a-z]+day)\s+)?that,?\s+(?P<text>.{15,})"),
    # "He also welcomed the fact that Croatia has stopped the cuts in defence spending …": what was welcomed, as a statement
    re.compile(r"(?<!\bwas )\b(?:welcomed|welcomes|hailed|praised|appreciated|applauded|noted|acknowledged|stressed|underlined|underscored)\s+"
               r"the\s+fact\s+that,?\s+(?P<text>.{15,})"),
    # "… amid what he described as a “deeply concerning” shift in the global security landscape": his words for it
    re.compile(r"\bwhat\s+(?P<relative>he|she|they|[A-Z][\w’'-]+)\s+(?:described|called|termed|characteri[sz]ed)\s+as\s+(?P<text>.{10,})"),
    # "As the head of the Icelandic agency emphasized, that is why Reykjavik should make its contribution …": his words
    # (or a pronoun: "As he said, in the current shipment, anti-tank … weapons are coming to Ukraine")
    # (and when: "As the PM said on Tuesday, important decisions will be made …")
    # (after a connective: "At the same time, as the premier noted, the dynamics of this defense spending growth does not …")
    re.compile(r"(?:^|(?<=[.;]\s)|(?<=^At\sthe\ssame\stime,\s)|(?<=^However,\s)|(?<=^Moreover,\s)|(?<=^Meanwhile,\s)|(?<=^Also,\s))"
               r"\s*[Aa]s\s+(?P<relative>he|she|(?:the\s+)?[A-Za-z][^,;“”\"]{2,60}?)\s+(?:emphasi[sz]ed|stressed|noted|said|"
               r"pointed\s+out|explained|underlined|underscored|added)(?:\s+on\s+[A-Z][a-z]+day)?,\s+(?P<text>.{15,})"),
    # "Mr Trump’s blunt assessment that both nations “don’t know what …”": the possessor's view
    # (and the noun's verb: "Prime Minister Mette Frederiksen's main message is that Ukraine must …")
    # (or a statement the sentence answers: "He downplayed French President Emmanuel Macron’s statement that NATO was “brain
    # dead.”")
    # (or his, hers: "… based on her argument that a strong economy is a prerequisite for sound fiscal policy")
    re.compile(rf"(?:(?<=['’]s\s)|(?<=\b[Hh]is\s)|(?<=\b[Hh]er\s))(?:[a-z]+\s+)?(?:{SAID_NOUNS})"
               r"\s+(?:(?:is|was)\s+)?that,?\s+"
               r"(?P<text>.{15,})"),
    # "According to U.S. officials, Washington is prepared to …"
    re.compile(r"\bAccording to [^,]{2,40}(?:officials|sources|statement|spokes\w+),\s+(?P<text>.{15,})"),
    # "According to the President of France, Emmanuel Macron, Ukraine will receive …": a title, then the name
    re.compile(rf"\b(?i:according to) [^.;,]{{2,60}},\s+{PERSON_NAME},\s+(?P<text>.{{15,}})"),
    # "According to the head of the Finnish government, the reconstruction …": a title alone (the speaker is then
    # whoever this article named in that office)
    # (never the name set off after it at the sentence's end: "…, according to the Foreign Minister, Þorgerður Katrín
    # Gunnarsdóttir.")
    # ("According to the premier, "Norway allocates more on defense per capita than everybody else at NATO …"")
    # (and its abbreviation: "According to the interim PM, the jets … will be used …")
    re.compile(r"\b(?i:according to)\s+the\s+(?:[\w’'-]+\s+){0,4}?(?:(?i:head|leader|minister|premier|president|chancellor)|PM)\b[^,.;]{0,40},"
               rf"\s+(?!{PERSON_NAME}\.?\s*$)(?P<text>.{{15,}})"),
    # "According to Rutte, the alliance must …", "…, according to Secretary General Mark Rutte, would …"
    # (never the relative clause after the name: "…, according to Prime Minister Edi Rama, who spoke ahead of …")
    # (a title with its article first: "According to the General Secretary Anders Fogh Rasmussen, Greece is …")
    # (and an occupation before the name: "According to Barclays Japan economist Naohiko Baba, the additional …")
    # (a title with "of" in it: "According to Secretary of State Marco Rubio, the US has …")
    # (a family name's particle in lower case: "…, according to Belgian Prime Minister Alexander de Croo, “emphasizes …”")
    re.compile(r"\b(?i:according to) (?:the\s+(?=(?:[A-Z][\w.’'-]*\s+){2}))?"
               r"(?:(?:[A-Z][\w.’'-]*|(?:de|van|von|der|den|da|di|du|le|la)(?=\s+[A-Z]))\s+(?:of\s+(?=[A-Z]))?){0,6}"
               r"(?:(?:chief\s+|senior\s+)?(?:economist|analyst|strategist|expert|researcher|scholar|professor)\s+(?:[A-Z][\w.’'-]*\s+){0,3})?"
               r"[A-Z][\w.’'-]*,\s+"
               # (nor a subordinate clause after it, which says why or when, not what: "Safe passage … is of the utmost
               # importance, according to … Martin Griffiths, as thousands of people … need medical supplies")
               r"(?!(?:who|which|whose|whom|where|when|as|because|since|while|whereas|although|though|after|before|amid)\b)"
               # (nor what the person is, after the name at the sentence's end: "…, according to Hansgerg Eberle, director of the
               # Foundation for Mine Action (FSD).")
               r"(?!(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+){0,2}(?:director|head|chief|spokes\w+|chairman|chairwoman|chair|leader|member|"
               r"professor|expert|analyst|adviser|advisor|founder|researcher)\b[^,;]{0,90}\.?\s*$)"
               # (nor the next title of one holder's many: "According to Foreign Minister, Minister of State for Cabinet Affairs and
               # Acting Minister of Defense Sheikh Dr Ahmad …, …")
               r"(?!(?:[A-Z][\w’'-]*\s+){0,2}(?:Minister|Secretary)\b)"
               r"(?P<text>.{15,})"),
    # "Prime Minister Pedro Sánchez said Spain will not meet …" (no "that"): a clause with its own subject
    # ("…, saying it was an international show of solidarity"; "said the two leaders welcomed …": a verb in the past)
    # (never a passive, whose subject was told: "EU leaders were warned Ukraine was approaching a critical financial cliff")
    # (nor an attribution set after the statement, its speaker after the verb: "…, added the sources quoted by daily O Estado de
    # S. Paulo")
    re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bbe )"
               r"(?!(?<=, )\w+\s+the\s+(?:sources?|officials?|ministry|government|statement|report|agency|spokes\w+)\b)"
               r"\b(?:said|says|stated|warned|added|stressed|insisted|argued|explained|explains|clarified|saying|adding|suggesting|suggested|"
               r"predicted|predicts|declaring|"  # ("Dmytro Razumkov, an opposition lawmaker, predicted the appointments would not …")
               r"warning|"
               # (not "announced": "The money Rutte announced Friday comes out of that July commitment"; "vowing the UK’s
               # support for Ukraine was “ironclad”")
               r"announcing|vowing|vowed|confirming|confirmed|claimed|claims|stating|"
               # (but "has announced", never a participle: "Prime Minister, Eduard Heger has announced his country has provided …")
               r"(?<=\bhas\s)announced|(?<=\bhave\s)announced|(?<=\bhad\s)announced|"
               # ("Macron noted there was no consensus …")
               r"noted|notes|"
               # ("Albanese … told reporters the plan had been under consideration …")
               r"claiming|arguing|insisting|asserting|believes|believed|told\s+(?:reporters|journalists|the\s+press|lawmakers|parliament|"
               # (or an outlet by what it is: "told a local news outlet Russia is willing to repair …", "told the broadcaster")
               r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:outlet|broadcaster|newspaper|agency|channel|station|television|magazine|website|"
               r"daily|weekly)|"
               # (or an outlet by its name: "told GB News the department was “complex”")
               # (a modal too: "told Goobjoog News the remarks may have been taken out of context")
               # (its last word leaves the space before the statement to the pattern, as the other audiences do)
               r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?=\s+the\s+[a-z]+\s+(?:was|is|were|are|would|will|had|has|may|"
               r"might|could|should|can|must)\b)))"
               # (when it was said between: "Trump said on Tuesday the U.S. is no longer spending …")
               rf"(?:\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:{_MONTHS})\s+\d{{1,2}})|yesterday|today|"
               # ("said last month, during a visit to America, he had discussed …")
               rf"last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)))?(?:,\s+(?:during|while|after|at|in)\s+[^,.;“”\"]{{3,50}},)?"
               # (a comma after "said" as some copy writes it: "Aoun said, the Lebanese army appreciated Qatar for …")
               r"(?:(?<=\bsaid),(?=\s+the\s+[A-Z][\w-]+\s+[a-z]))?"
               r"\s+(?P<text>(?:"
               # (a possessive and its noun: "President Yoon insisted Seoul's decision would depend on …")
               # ("he said the National Guard’s purpose in 1964 was confined to …": a name of several words, and when)
               # (an adjective and a place after the noun: "said on Thursday the West’s strategic defeat on Moscow had …")
               # (an adjective before the noun: "Rutte said Iceland’s geographic position supports security …")
               r"(?:the\s+)?(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+['’]s\s+(?:[a-z]{3,}\s+)?[a-z]{3,}(?:\s+in\s+\d{4}|(?:\s+[a-z]{3,})?"
               r"\s+(?:on|of|in|for|against|with|to)\s+(?:the\s+)?[A-Z][\w-]+(?=\s+(?:had|has|have|was|is|were|are|will|would)\s))?|"
               # (a demonym and a plural noun: "Mark Rutte said European countries are now “stepping up”")
               r"(?:(?:North|South|East|West)\s+)?[A-Z][a-z]{3,}(?:an|ian|ean|ish|ese|ic)\s+[a-z]{3,}s|"
               # (a part of a group: "said most of the EU member states were also members of Nato")
               r"(?:most|many|some|all|none|several|both)\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w-]+\s+){0,3}[\w-]+|"
               # ("said New Zealand stood in solidarity", "Ms. Anand said Mr. Putin thought the world would …")
               # (and a name with its article: "has claimed the United States has provided …")
               # (names used as the adjectives of a noun: "Stoltenberg says Ukraine Nato membership is …")
               # (or a state's initials: "Emily Haber said U.S. troops were in Europe to defend transatlantic security")
               # (and a verb of wanting or needing: "Mr de Croo said Nato allies wanted to move on from …")
               r"(?:U\.[SK]\.|[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+){0,2}\s+[a-z]{4,}(?=\s+(?:is|are|was|were|will|would|has|have|had|"
               r"wanted|needed|hoped|intended)\s)|"
               # (with its initials in brackets after it: "He said the Ghana Armed Forces (GAF) was poised for transformation")
               r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+|the\s+(?=[A-Z]))?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}(?:\s+\([A-Z]{2,6}\))?|it|they|we|he|she|there|"
               r"this(?=\s+(?:is|was|should|would|will|must|could)\b)|"
               # (a name of a thing with its number: "said the JAS 39 Gripen aircraft was “one of the most effective elements”")
               r"the\s+(?:[A-Z][\w-]*\s+){1,2}\d+\s+(?:[A-Z][\w-]*\s+)?[a-z]+|"
               # (an article of a law or a treaty: "He said Article 52 of the Constitution requires the government to …")
               r"(?:Article|Section|Clause|Chapter|Resolution)\s+\d+[A-Za-z]?(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})?|"
               # (and "a" where an adjective, a noun and a verb follow: "said a political solution is required …")
               # ("…, insisting any contribution will not be linked to the funding or supply of lethal weapons")
               r"(?:the|this|these|those|its|their|our|his|her|no|every|each|all|any|"
               r"an?(?=\s+[a-z]+\s+[a-z]+\s+(?:is|was|are|were|will|would|must|should|can|could)\b))\s+[“\"‘]?[\w.’'-]+(?:\s+[a-z]+)?[”\"’]?"
               # ("says the position of Nato has not changed", "the secretary of state could", "said the alliance's success
               # against terrorism hinges on …")
               # (two such phrases: "said the “transfer process” of F-16s to Kyiv was under way")
               r"(?:\s+(?:of|against|for|in|on|with|from|to)\s+(?:the\s+)?[A-Za-z][\w.’'-]+){0,2}|"
               # (a plural noun alone: "Misajlovski said discussions were held about …")
               # (with a phrase after it: "She said leftovers from the warehouses are waiting to be transported")
               # (a possessive and an adjective before the noun: "Kishida explained his country’s decisive movements are …")
               r"(?:his|her|their|its|the)\s+[a-z]+['’]s\s+(?:[a-z]+\s+)?[a-z]{3,}(?=\s+(?:is|are|was|were|will|would|has|have|had)\b)|"
               # (a number of them: "Blinken said more than a dozen countries participated in the event")
               r"(?:more\s+than|over|fewer\s+than|less\s+than|about|nearly|almost|at\s+least|some)\s+(?:a\s+)?(?:dozen|hundred|\d+|"
               r"two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\s+(?:[a-z]+\s+)?[a-z]{3,}s|"
               # (an article and a word before the noun after "of": "Zelenskyy said violations of a July truce were on the rise")
               r"[a-z]{3,}s(?:\s+(?:from|of|in|at|on|for|with)\s+(?:the\s+|an?\s+)?(?:[A-Z][a-z]+\s+)?[a-z]{3,})?"
               r"(?=\s+(?:will|would|are|were|must|should|could|can|have|had|remain|continue)\b)|"
               # (or with a place after "on" and a verb in the past: "Abela said discussions on Ukraine dominated the December
               # European Council")
               r"[a-z]{3,}s\s+(?:on|about|with|in)\s+[A-Z][a-z]+(?=\s+[a-z]{4,}ed\s)|"
               # (a noun with its adjective, no article: "Richard Marles, said military assistance was at the centrepiece …")
               r"(?!(?:on|in|at|last|this|that|next|earlier|later|during|after|before|when|while|if|so|in)\b)[a-z]{3,}\s+"
               r"(?:(?!(?:was|is|were|are|will|would|had|has)\b)[a-z]{4,}\s+)?"  # ("adding overall military spending was set …")
               # (or a verb in the past: "Denys Shmyhal on Monday said key allies pledged new defense support")
               r"[a-z]{4,}(?=\s+(?:was|is|were|are|will|would|had|has|[a-z]{3,}ed)\s)|"
               # (a pronoun, an adverb, a verb in the past: "Mark Rutte said he recently visited Ukraine and witnessed …")
               r"(?:he|she|they|we)\s+[a-z]+ly(?=\s+[a-z]{3,}ed\s))"
               # (a relative clause set off after the subject: "the president said Serbia, which has traditionally depended on
               # Russian aircraft, may purchase at least 12 Rafales")
               r"(?:,\s+(?:which|who)\s+[^,;“”\"]{3,90},)?"
               # (the verb in the speaker's words: "said it “is not possible” for Italy to meet …", "said it never reached Ukraine")
               r"\s+(?:(?:never|also|already|still|only|just|actually|really|now)\s+)?[“\"]?(?:will|would|is|are|was|were|must|should|"
               r"could|can|cannot|has|have|had|may|might|needs?|wants?|remains?|plans?|continues?|supports?|stands?|expects?|"
               r"intends?|hopes?|welcomed|agreed|decided|approved|rejected|remained|continued|planned|wanted|needed|expected|"
               r"intended|hoped|supported|stood|spoke|met|talked|discussed|signed|received|thought|believed|knew|does|did|"
               # ("Olaf Scholz says the principle of inviolability of borders applies to every country")
               r"appl(?:y|ies)|depends?|lies|means|matters|belongs?|"
               # ("Serhiy Cherevatyi … said the military advanced at least 600 metres", "said key allies pledged new defense support")
               r"advanced|attacked|launched|repelled|destroyed|captured|retreated|withdrew|shot|struck|[a-z]{3,}ed|"
               # ("He said the visit came at a “critical moment” for Ukraine")
               r"came|comes|went|goes|took|takes|made|makes|gave|gives|marked|marks|showed|became|becomes|"
               # ("Zapryanov explained it contained sensitive defense plans")
               r"contained|contains|included|includes|showed|shows|meant|means|required|requires|reflects|reflected|"
               # ("claiming Germany owes NATO billions")
               r"owes|owe|pays|spends|gives|lacks|depends|hinges|rests|relies|lies|matters|"
               # (a state's view: "he said Vietnam shares the international community’s deep concern over …")
               r"shares|perceives|considers|condemns|regards|believes|sees|views|"
               # ("Abela said the agreement ensures Ukraine receives needed funding for the next two years")
               r"ensures|guarantees|allows|enables|provides|offers|keeps|helps|puts|leaves|gets|"
               # ("Borrell said the additional funding reaffirms Europe’s support for Mozambique and Rwanda …")
               r"reaffirms|confirms|demonstrates|underlines|underscores|highlights|signals|proves|represents|testifies)\b"
               + _UNTIL_ANOTHER_SPEAKER + ")"),
    # "He said the outcome reflects a united stance behind …": a subject, a verb in the present and its object
    # ("German Defence Minister Boris Pistorius says today’s announcement, including Germany’s pledge …, is a record boost")
    re.compile(r"\b(?:said|says)\s+(?P<text>(?:the\s+[a-z]{3,}\s+[a-z]{4,}s\s+(?:a|an|the|that|its|their|his|her|no|more|new)\b|"
               # (an institution by its name: "Reznikov said the Ministry of Defence sues all suppliers who …")
               r"the\s+(?:[A-Z][\w-]+\s+){1,3}(?:of\s+(?:the\s+)?(?:[A-Z][\w-]+\s+){1,3})?[a-z]{3,}s\s+"
               r"(?:a|an|the|all|every|each|its|their|no|more|new)\s|"
               r"[A-Za-z]+['’]s\s+[a-z]{4,}(?:,[^,;“”\"]{3,90},)?\s+(?:is|was|are|were|will|would)\b|"
               # ("Blair said Ukraine’s ongoing war with Russia remains one of the alliance’s top priorities")
               r"[A-Z][a-z]+['’]s\s+[a-z]{4,}\s+(?:[\w’'-]+\s+){0,4}?(?:remains|remained|is|was|are|were|will|would|has|have|had)\s+"
               r"(?:one|a|an|the|not|still|now|very|more|less|critical|crucial|vital|key|essential|important)\b).{10,})"),
    # "… said UK military, economic, political and diplomatic support for Ukraine will “remain ironclad”": a clause
    # whose verb is a modal, its subject a few words with no verb of their own
    # (the present of news copy too: "Golob argues the most efficient approach would be to …")
    # (never a passive, "EU leaders were warned Ukraine was approaching a critical financial cliff", nor "said" as a word of
    # reference: "will be able to set aside said 2 percent by 2024")
    re.compile(r"(?<!\bwere )(?<!\bwas )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\baside )(?<!\bthe )"
               r"\b(?:said|says|stated|warned|warns|added|adds|stressed|stresses|insisted|insists|argued|argues|suggested|suggests)\s+"
               # (never when it was said: "Tusk said Sunday, voicing concerns about whether the United States will show …"; but the
               # day before the statement is no part of it: "Vučić said on Tuesday he was satisfied with the results of …")
               r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s+(?=(?:he|she|they|it|we)\s))?"
               r"(?P<text>(?!that\b|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b)"
               # (a name in quotation marks among them, "the massive “ReArm Europe” package"; never a quotation opening it, the
               # quotation rules' to read)
               # (never a "that" among the words before the verb: "said earlier this week that Italy would be able to …" is read
               # by the "that" rule, from after it)
               # ("Crosetto said hitting the 2 per cent spending objective was going to be hard for Italy")
               r"(?:(?![“‘\"])(?:[“‘\"]?(?!that\b)[\w’'-]+[”’\"]?,?\s+){1,10}?"
               # (a quotation opening at the verb: "Nauseda said Ukraine’s path to NATO “must stay on the table,” and …")
               r"[“\"]?(?:will|would|must|should|could|cannot|can|may|might|(?:is|was|are|were)\s+going\s+to)\s+\S|"
               # (or a verb of being or having, with no quotation mark among the words before it: "Vučić said defence and security
               # spending had reached a record level of …", "said on Tuesday he was satisfied with the results of …"; never "Rutte
               # said earlier, "On Ukraine, Allies are preparing …"", the quotation rules' to read)
               r"(?:(?!that\b)[\w’'-]+,?\s+){1,10}?(?:had|has|have|is|was|are|were)\s+\S)"
               + _UNTIL_ANOTHER_SPEAKER + ")"),
    # a relative clause's reported speech, no "that": "…, the party of Andrej Babis, who has said spending at current
    # targets already means more money …" (never where or when it was said: "who said on Monday …")
    re.compile(r"\bwho\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|repeatedly\s+|previously\s+|long\s+)?"
               r"(?:said|says|argued|argues|warned|warns|insisted|insists|claimed|claims|maintained|maintains)\s+"
               r"(?!(?:that|how|why|on|in|at|during|after|before|last|this|earlier|to|of|for|with|about|so|nothing|little)\b)"
               r"(?P<text>[a-z][\w’'-]*\s+.{15,})"),
    # a relative clause whose own speaker says what its antecedent did: "… Russian attacks, which Zelenskyy said targeted
    # civilian infrastructure, including housing" (the speaker is the name after "which", not the sentence's subject)
    # (a title before the name: "…, which Defence Secretary John Healey indicated would send a stern message to Moscow")
    # (or a pronoun: "He lauded the EU’s unity on the issue, which he said would make it harder for … Putin to play his game")
    re.compile(r"(?<=,\s)(?:which|that)\s+(?:[A-Z][\w’'-]+\s+){0,3}?(?P<relative>he|she|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+"
               r"(?:said|says|claimed|claims|indicated|indicates|believes|believed|expects|expected|warned|warns)\s+"
               r"(?P<text>(?:was|were|is|are|had|has|have|will|would|[a-z]{3,}ed)\s+[a-z].{10,})"),
    # a condemnation and what it condemns: "Carney condemned “in the strongest terms” the latest round of Russian attacks",
    # "… and condemned Russia's “barbarism” following its deadliest attack this year on Kyiv"
    re.compile(r"(?<!\bthe )(?<!\ba )\b(?P<text>(?:condemned|condemns|denounced|denounces)\s+"
               # (an initial's point ends nothing: "… comments that he would encourage Russia to invade U.S. allies …")
               r"(?:(?!\s+for\b)(?:(?<!\w)[A-Z]\.|[^,.;])){8,}(?:,\s+including\b[^,.;]+)?)"
               r"(?=\s*(?:,\s+(?:which|who|as|while|and|describing|calling|saying)\b|[.;]|$))"),
    # a judgement of a decision with no reason given: "German Chancellor Friedrich Merz also hailed the decision, which came
    # after …" (with a reason, "praised … for …", the pattern above reads it)
    # ("Zelenskyy appreciated the Finland´s decision of sending the defence materiel": an acute accent typed for the apostrophe)
    # ("Stoltenberg underscored Croatia’s contributions to NATO missions in Afghanistan, Kosovo, Lithuania and Poland": a
    # contribution stressed, the places it names listed after it)
    # (and the present, a compromise too: "Austria’s Federal Chancellor Christian Stocker welcomes the compromise reached by the EU
    # summit to support Ukraine")
    re.compile(r"(?<!\bthe )(?<!\ba )\b(?P<text>(?:hailed|praised|welcomed|criticized|criticised|slammed|appreciated|applauded|"
               r"commended|lauded|underscored|underlined|highlighted|welcomes|hails|praises|criticises|criticizes)\s+"
               r"(?:the|this|that|its|his|her|their|(?:the\s+|(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency)\s+the\s+)?"
               r"[A-Z][\w.-]*['’´]s)\s+(?:[a-z]+\s+)?"  # ("He praised His Highness the Amir's commitment to …")
               # ("Mr. Stoltenberg praised Albania's commitment to meet the obligations undertaken …", "praised the human contribution
               # of our country to peacekeeping missions")
               r"(?:decision|deal|agreement|compromise|move|plan|package|loan|outcome|announcement|step|proposal|commitments?|contributions?|"
               r"developments?|progress|"
               # (a decimal point ends nothing: "commended the efforts on hosting some 3.9 million Syrian refugees")
               r"efforts?)\b(?:(?!\bfor\b)(?:[^,.;:]|(?<=\d)\.(?=\d))){0,130}(?:(?:,\s+[A-Z][\w’'-]+)+,?\s+and\s+[A-Z][\w’'-]+)?)"
               # (not where the verb's own judgement follows: "applauded the move, calling it a vital step forward …" is that
               # one claim, read by the rule for "calling it")
               r"(?=\s*(?:,(?!\s+(?:calling|describing|terming|branding)\s+(?:it|them|this|that)\b)|\.|;|$))"),
    # wire copy's reported speech with no "that", a noun phrase and its verb: "Lee Jae Myung said on Wednesday the country’s
    # defense budget for next year would rise by 8.2% …", "Lee said the military’s reputation had suffered an “endless decline”"
    # (or an opinion: "He opined the set budget was tight and far lower than that of other countries")
    # (and a clause announced or specified: "… Juan Manuel Santos, announced his country will send 30 tons …", "He specified 800
    # tons were shipped to Chimbote and Trujillo cities")
    re.compile(r"\b(?:said|says|opined|argued|believed|felt|announced|specified|explained)\s+(?:on\s+\w+day\s+)?(?P<text>(?:the|his|her|its|their|"
               r"\d[\d,.]*(?=\s+(?:tons|tonnes|people|troops|soldiers|units|trucks|planes|aircraft)\b))\s+"
               # (a sum named again as the subject: "Swaraj said the $1 billion was over and above India's existing aid pledges")
               r"(?:[$€£]\d[\d,.]*\s+(?:million|billion)\s+)?(?:[\w’'-]+\s+){0,7}?"
               r"(?:would|will|was|were|had|has|is|are|could|should|must)\s+(?:not\s+)?[a-z][\w’'-]*\s+[^;]{8,}?)"
               # (up to the same speaker's next verb: "… an “endless decline” and called for the military to regain …")
               r"(?=\s+and\s+(?:called|urged|said|added|warned|stressed|vowed|pledged)\b|[.;]?\s*$)"),
    # an emphasis with no "that", a name or a pronoun and a finite verb: "Ukrainian President Volodymyr Zelenskyy has repeatedly
    # emphasized Ukraine needs more air defense to fend off Russian attacks" (never its object, "emphasized Germany's support")
    re.compile(r"\b(?:emphasi[sz]ed|emphasi[sz]es|underlined|underscored)\s+(?P<text>(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?|it|they|he|she|we)\s+"
               r"(?:needs|must|will|would|is|are|was|were|has|have|had|cannot|can|could|should)\s+(?:not\s+)?[a-z][^;]{8,}?)(?=[.;]?\s*$)"),
    # (a sum for its subject: "Foreign minister Joseph Wu (left) said more than US$10 million had been collected")
    re.compile(r"\b(?:said|says)\s+(?P<text>(?:more\s+than|over|about|around|some|nearly|almost|at\s+least)\s+(?:US\$|NT\$|[$€£])?\d[\d.,]*"
               r"\s*(?:million|billion)?\s+(?:[a-z]+\s+){0,3}?(?:had|has|have|was|were|will|would|is|are)\s+(?:been\s+)?[a-z]+\b[^;]{0,80}?)"
               r"(?=[.;]?\s*$)"),
    # (a subject with no determiner, a mass noun or a gerund, and "still" or a word of need after its verb: "Kishida said
    # fighting was still going on in Ukraine …", "Mr Kishida said assistance across public and private sectors in various
    # industries is needed to achieve Ukraine’s goal")
    re.compile(r"\b(?:said|says)\s+(?:on\s+\w+day\s+)?(?P<text>(?!(?:yesterday|today|tonight|earlier|later|recently|previously|"
               r"also|then|once|again|last|next|this|that|there|here)\b)[a-z]{4,}\s+(?:[\w’'-]+\s+){0,8}?"
               r"(?:was|were|is|are)\s+(?:still\s+[a-z]+ing|(?:needed|necessary|required|essential|vital)\s+to)\b[^;]{8,}?)"
               r"(?=[.;]?\s*$|[,”\"]+\s+(?:[\w’'-]+\s+){1,5}(?:reported|said)\b)"),
    # a belief told with no "that": "Prime Minister Viktor Orbán believes a turning point has been reached at the current NATO
    # Summit: while …" (up to a colon that explains it)
    # (never a belief inside a statement reported before it: "Abela said that …, and while …, he believes the country's
    # constitution … is a clear and rigid one" is one statement)
    re.compile(r"(?<!, he )(?<!, she )(?<!and he )(?<!and she )\b(?:believes|believed|thinks|feels)\s+"
               r"(?P<text>(?:the|his|her|its|their|a|an|this)\s+(?:[\w’'-]+\s+){0,7}?"
               r"(?:would|will|was|were|had|has|have|is|are|could|should|must)\s+(?:not\s+)?[a-z][\w’'-]*\s+[^;:]{8,}?)"
               r"(?=\s*(?::|;|[.]?\s*$))"),
    # what was said as a condition, no "that": "President Borut Pahor said as long as the Ukrainian people exercised their right
    # to self-defence, “we have no right to impose peace on them against their will”"
    re.compile(r"\b(?:said|says|stressed|warned|added|insisted)\s+(?P<text>(?:as\s+long\s+as|unless|if)\s+[a-z][^“”\"]{10,},\s+.{10,})"),
    # one granted right: "also acknowledged U.S. President Donald Trump was right in saying that EU members don't spend enough"
    re.compile(r"\b(?:acknowledged|conceded|admitted|agreed)\s+(?:that\s+)?(?P<text>(?:[A-Z][\w.’'-]*\s+){1,5}(?:was|is|were|are)\s+"
               r"right\b.{5,})"),
    # what was pointed to: "Kallas pointed to numerous hybrid actions Russia is conducting against EU countries" (a warning "of"
    # something is left out: the seeds do not curate "the Secretary General warned of potential dangers if …")
    # (a clause in it, something said of them; never a bare noun phrase: "pointed to Türkiye's role as a diplomatic broker")
    re.compile(r"\b(?:pointed|points)\s+to\s+(?P<text>(?!the\s+(?:fact|need)\b)[^;]{5,}?\b(?:is|are|was|were|has|have|had|will|would)\s+"
               r"[a-z][^;]{5,})"),
    # a denial of what was alleged, with no clause: "Hegseth has denied all of the allegations."
    re.compile(r"\b(?P<text>(?:denied|denies|rejected|rejects)\s+(?:all\s+(?:of\s+)?)?(?:the|these|those|such)\s+(?:\w+\s+)?"
               r"(?:allegations|accusations|charges)\b(?!\s+that\b)[^.;]*)"),
    # a suggestion dismissed: "Prime Minister Frieden dismissed any suggestion that the change in plan indicated hesitation"
    re.compile(r"\b(?P<text>(?:dismissed|dismisses|rejected|rejects|denied|denies)\s+(?:any|the|all|such)\s+(?:suggestions?|claims?|"
               r"reports?|idea|notion|accusations?)\s+that\s+.{10,})"),
    # what something is characterised as, with no quotation: "Frieden characterised the summit outcome as a success for both
    # Belgium and Germany"; and a name given in quotation marks, however short: "…, calling it “lost money”"
    # (and its participle: "President Zelensky thanked Belgium, describing the €1 billion as a significant contribution that
    # will really help save lives")
    re.compile(r"\b(?P<text>(?:characterized|characterised|described|describes|characterizes|characterises|describing|"
               r"characteri[sz]ing)\s+(?:the|this|that|its|his|her|"
               r"their)\s+[^,.;“”\"]{3,60}?\s+as\s+(?:a|an|the)\s+[^“”\"]{4,80}?"
               # (with what its speaker said of it: "… as a provocation, which, he said, threatens global security …")
               r"(?:,\s+(?:which|that),\s+(?:he|she|they)\s+(?:said|says|added|noted),\s+[^.;“”\"]{5,120}?)?)(?=\s*(?:[,.;–—]|$))"),
    re.compile(r"(?<=,\s)(?P<text>(?:calling|labelling|labeling|branding)\s+(?:it|them|this|that|the\s+\w+)\s+(?:a\s+|an\s+)?"
               r"[“\"][^”\"]{3,60}[”\"])"),
    # "X dismissed such concerns as “hysteria”", "X characterized Putin's ambitions as “insane”"
    # ("what Mark Rutte described as “a quantum leap in our collective defence”": with no object, a quote of three words or more)
    # ("Zapryanov praised the assessment as “very honest”")
    # ("President Zoran Milanovic … evaluated the situation as "I don't care"")
    re.compile(r"\b(?P<text>(?:characterized|characterised|described|describing|dismissed|called|branded|labelled|labeled|praised|"
               r"criticised|criticized|evaluated|assessed)(?!\s+by\b)\s+"  # (never a passive: "criticized by Moscow as a “big mistake”")
               # ("He described the meeting as coming at a “critical moment for the defence and security of allies”")
               # («…» too: "described the visit as coming at «one of the most challenging and optimistic moments»")
               # ("Healey described the war in Ukraine as one that Russian President Vladimir Putin “thought he'd win in a week”")
               r"(?:.{3,80}?\bas\s+(?:[\w’'-]+\s+){0,8}(?:[“\"][^”\"]+[”\"]|«[^»]+»)|as\s+[“\"](?:[^”\"\s]+\s+){2,}[^”\"]+[”\"]).?)"),
    # what a relative's antecedent is called: "the UK’s £4.5bn commitment for this year, which the country’s defence secretary
    # John Healey described as its highest contribution yet"
    # (or in quotation marks, each name it is given: "the donation, which she described as a “noble and solidary gesture” and a
    # “sign of the special and historical ties between both countries.”")
    re.compile(r"\b(?:which|that)\s+[^,.;“”\"]{3,80}?\bdescribed\s+as\s+(?P<text>(?:(?:its|their|his|her|the|a|an)\s+)?"
               r"[“\"][^“”\"]{3,150}[”\"](?:,?\s+and\s+(?:its|their|his|her|the|a|an)\s+[“\"][^“”\"]{3,150}[”\"])?|"
               r"(?:its|their|his|her|the|a|an)\s+[\w’'-]+(?:\s+[\w’'-]+){1,8})"),
    # a judgement in the speaker's words, without quotation marks: "Backes described these investments as a necessity"
    # (an object, then what it is called; never a passive "what was described as", nor "as follows")
    re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )\b(?:described|describes|describing)\s+"
               r"(?P<text>(?:it|this|that|them|these|those|the|its|their|his|her|our)\s+(?:[\w’'-]+\s+){0,12}?as\s+"
               r"(?!follows\b)(?:an?\s+|the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,8})\b(?!\s*[“\"])"),  # (quoted: the rule above)
    # a judgement on a move is a claim: "Biden called it a “significant achievement” that …", "Zelenskyy applauded the
    # move, calling it a vital step forward …"
    re.compile(r"\b(?:called|calling|described|describing|branded|branding|hailed|hailing|termed|terming)\s+"
               r"(?:it|this|that|them|these|those|the\s+(?:move|decision|deal|agreement|plan|step|package|loan|announcement|pledge|"
               r"commitments?|steps?|measures?)|"
               # (or the war: "Klitschko … called the ongoing war a fight to safeguard democratic values and freedom")
               r"the\s+(?:(?:ongoing|current|present|full-scale|Russian)\s+)?(?:war|conflict|invasion|aggression))\s+(?:as\s+)?"
               # (up to a second verb of the same speaker: "called it a “serious setback” and called for “continued engagement …”")
               r"(?P<text>[“\"]?(?:an?|the)\s+(?![“\"]?(?:day|summit|meeting|conference|session|talks)\b)"
               # (never the relay after it: "…, the ministry said")
               r"(?:(?!,?\s+and\s+(?:called|said|urged|added|warned|stressed|insisted)\b|,\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:said|says|"
               r"reported|stated)\b).){10,})"),
    # a name given to something, in quotation marks: "He called the near-daily Russian air strikes “pure terror”"
    re.compile(r"\b(?:called|calling|branded|branding|labell?ed|labell?ing|dubbed|dubbing)\s+(?!on\b|upon\b|for\b|it\b|them\b|the\s+[“\"])"
               # (or a purpose, however long: "Putin called its goal “to protect people who have been subjected to …”"; a long
               # object too: "Zelensky called the agreements signed this week with the three EU countries "very important,"")
               r"(?P<text>(?:[\w’'\u2010\u2011-]+\s+){1,12}?[“\"](?:[^”\"]{3,60}|to\s+[a-z][^”\"]{3,200})[”\"](?:\s+(?:for|to|of)\b[^,.;“”\"]{3,60})?)"),
    # what someone urged, a noun phrase: "Prime Minister Michael Martin called this step “a serious setback” and urged continued
    # cooperation among allies" (never "urged … to": the rule above)
    re.compile(r"\b(?:urged|urges|urging)\s+(?P<text>(?:continued|further|greater|more|closer|stronger|renewed|increased|immediate|"
               r"swift|urgent|calm|restraint|unity|caution|dialogue|cooperation|support|solidarity)\b(?:\s+[a-z][\w’'-]*){0,10})"),
    # a position restated is a claim: "Addressing the parliament, Zagorodnyuk reiterated Ukraine’s NATO-wards course"
    # (never where a thing restates it, in a clause of what was said, read whole by the rule for "said the …": "Borrell said
    # the additional funding reaffirms Europe’s support for Mozambique and Rwanda"; so for the stances below)
    # (not a commitment to spend, a goal's evidence: "reiterated Türkiye's commitment to ramping up defence spending")
    re.compile(_NO_THING_BEFORE + r"\b(?P<text>(?:reiterated|reiterates|reaffirmed|reaffirms)\s+"
               r"(?!(?:[^.;]*?)\b(?:spending|budget|expenditure|GDP)\b)"
               # (its words quoted: "Borg also reiterated “the unceasing support” of the Maltese government for …")
               r"[“\"‘]?(?:[A-Z][\w’'-]*['’]s|the|his|her|its|their)\s+"
               r"(?:[\w’'-]+\s+){0,4}(?:course|commitment|support|position|stance|policy|path|goal|aspirations?|resolve)\b[”\"’]?"
               # (up to where and when it was said: "reaffirmed Romania's commitment to … unity during a working dinner with …")
               r"[^.;]{0,120}?)(?=\s*(?:[.;]|,\s+(?:as|while|which|who|when|after|before)\b|\s+during\s+(?:an?|the|his|her|their)\b|"
               r",\s+(?:[A-Za-z][\w’'-]*\s+){1,5}(?:said|says|told|added)\b|$))"),
    # a plea is a claim: "Rutte has been pleading for the NATO requirements for defense spending to be raised"
    re.compile(r"\bplead(?:s|ed|ing)?\s+for\s+(?P<text>(?:the|a|an|more|higher|greater|[A-Z])\b.{15,})"),
    # a vow is a claim: "Trump has vowed to broker a swift end to the war"
    # (never a sum vowed: "vowed to provide an additional $2.3 billion in aid" is the pledge's evidence; a share of GDP vowed
    # stays a claim, "vowed to lift the country's defense spending to 3.5% of gross domestic product in 2029")
    # (where it was promised between: "Scholz had promised in a government statement to invest two percent of …")
    # (a pledge of no money and no share of GDP is a vow too: "the NATO Secretary General once again pledged to support Ukraine
    # “for as long as it takes”"; "pledged to raise military spending to 3.5 percent of GDP" is a goal's evidence)
    re.compile(r"(?<!['’]s )(?<!\bhis )(?<!\bher )(?<!\btheir )"
               r"\b(?:vowed|vows|vowing|promised|promises|(?:pledged|pledges|pledging)(?!(?:[^.;]|\.(?=\d))*(?:%|\bper\s?cent\b)))\s+"
               r"(?:(?:in|during|at)\s+(?:an?|the|his|her|its|their)\s+[a-z][\w -]{2,40}?\s+)?"
               # (the words vowed in quotation marks: "He pledged to “stay on the side of the government and the heroic people” of
               # Ukraine, …")
               # (never a giving whose object went before it: "the F-16 warplanes that Denmark and the Netherlands pledged to
               # provide to Kyiv" tells what was given, no vow of its own)
               r"(?P<text>to\s+(?!(?:provide|send|supply|give|deliver|transfer|donate)\s+(?:to|for)\b|(?:provide|send|supply|give|"
               r"deliver|transfer|donate)\s*[.,;]?\s*$)[“\"]?[a-z]"
               r"(?!(?:[^.;]|\.(?=\d))*(?:[$€£¥]|\b(?:million|billion|bn)\b)).{10,})"),  # ("Trump promised to ensure …")
    # a vow of support is one too ("Kim Jong Un vowed support for what he called Russia's “just fight” against Ukraine"), and so is
    # the pledge a quotation gives ("… and pledged “Full and unconditional support.”"); never a sum
    re.compile(r"\b(?:vowed|vows|vowing|pledged|pledges|pledging|promised|promises)\s+(?P<text>(?:(?:his|her|its|their|full|continued|"
               r"unwavering|unconditional|further)\s+)*support\s+(?:for|to)\b(?:(?![$€£¥]|\b(?:million|billion|bn)\b)[^;])+)"),
    re.compile(r"\b(?:vowed|vows|pledged|pledges|promised|promises)\s+[“\"](?P<text>[^”\"$€£¥]{5,})[”\"]"),
    # (a delivery planned, confirmed: "Defence Minister Margarita Robles confirmed the planned missile deliveries during a video
    # conference …, her ministry said")
    re.compile(r"\b(?P<text>confirmed\s+(?:the|its|his|her|their)\s+(?:planned|intended|promised|announced|upcoming)\s+(?:[\w-]+\s+){0,2}"
               r"(?:deliver(?:y|ies)|transfers?|shipments?|suppl(?:y|ies))\b[^;“”\"]{0,120}?)"
               r"(?=,\s+(?:her|his|its|their|the)\s+(?:ministry|office|government|spokes\w+)\s+(?:said|says|stated)\b|[.;]?\s*$)"),
    # (a promise of a thing to come, after the verb before: "… urged Japan … to step up support …, promising an “economic
    # miracle” once the … war with Russia ends"; never a sum)
    re.compile(r"(?<=,\s)(?P<text>promising\s+(?:an?|the)\s+[“\"]?[a-z](?:(?![$€£¥]|\b(?:million|billion|bn)\b)[^.;]){8,})"),
    # an accusation is a claim: "Landsbergis accused Hungary of systematically obstructing EU foreign policy"
    # ("accused the government on social media of “sabotaging Lithuania's defence”": a body by its common noun, and where he
    # said it)
    re.compile(r"\baccus(?:ed|es|ing)\s+(?P<text>(?:the\s+)?(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}|(?:[a-z]+\s+)?(?:government|"
               r"authorities|ministry|coalition|leadership|cabinet))(?:\s+(?:on\s+social\s+media|in\s+a\s+post|in\s+an\s+interview))?"
               r"\s+of\s+.{15,})"),
    # "According to him, the majority of …": the person just named
    re.compile(r"^\s*(?i:according to (?:him|her)|in (?:his|her) (?:view|opinion|words)),\s+(?P<text>.{15,})"),  # ("In his view, …")
    # "X urged EU leaders to …", "X reiterated the need for …"
    # ("…, emphasizing the need to modernize …", and "expressed Canada's commitment to collaborating …")
    # ("He reaffirmed Australia’s commitment to standing in solidarity with NATO …": a commitment to do something, not
    # "renewed Australia’s commitment to the Ukrainian cause")
    re.compile(r"\b(?:reaffirm|renew)(?:ed|s|ing)?\s+(?P<text>(?:his|her|their|its|[A-Z][\w.-]*['’]s?)\s+(?:\w+\s+)?"
               r"(?:commitment|determination|readiness|resolve)\s+(?:to\s+(?:not\s+)?[a-z]+ing\b|that\b).{10,})"),  # ("to not sending …")
    # (or stressed, where no quotation follows to give it: "Montenegro emphasized Portugal’s dedication to strengthening its
    # defense capabilities …")
    # ("Italy's Defence Minister, Guido Crosetto, emphasized the country's commitment to increasing military and civilian aid")
    re.compile(r"\b(?:emphasi[sz]|stress|underlin|highlight)(?:ed|es|ing)\s+(?P<text>(?:his|her|their|its|[A-Z][\w.-]*['’]s?|"
               r"the\s+(?:country|nation|government)['’]s)\s+"
               r"(?:\w+\s+)?(?:commitment|determination|readiness|resolve|dedication)\s+to\s+(?:not\s+)?[a-z]+ing\b[^“”\":;]{10,})$"),
    # ("Erdoğan reaffirmed Turkey's principled stance of not recognizing the annexation of Crimea", "reaffirmed Turkey's
    # support for Ukraine's territorial integrity": a stance restated, as one expressed)
    # ("The Prime Minister reaffirmed Portugal’s “unconditional support” for Ukraine": marks around it too)
    re.compile(_NO_THING_BEFORE + r"\b(?:reaffirm(?:ed|s|ing)?|reiterat(?:ed|es|ing))\s+(?P<text>(?:(?:his|her|their|its|[A-Z][\w.-]*['’]s?)\s+)?"
               r"(?:[“\"]?\w+\s+)?(?:support|stance|position|opposition)[”\"]?\s+(?:for|of|on|to|against|that)\b.{10,})"),
    # (an intention confirmed or stated: "Fico has confirmed his intention to cease assistance to Ukraine", "Fico confirmed his
    # intent to halt aid to Ukraine immediately after his electoral victory")
    # (never an intention announced, an event: "… announced her intention to resign after …", list 183)
    re.compile(r"\b(?P<text>(?:confirmed|confirms|reaffirmed|reaffirms|stated|states|declared|declares)\s+"
               r"(?:his|her|their|its)\s+(?:intention|intent|plan|readiness|determination|decision)\s+(?:not\s+)?to\s+[a-z].{10,})"),
    # ("had publicly stated their opposition to Hegseth, citing concerns …": a stance stated)
    re.compile(r"\bstated\s+(?P<text>(?:his|her|their|its)\s+(?:opposition|support|objection|objections)\s+(?:to|for)\b.{10,})"),
    # ("expressed “full support for EU efforts for de-escalation”", "expressed satisfaction with military and humanitarian aid
    # …", "expressed the belief that parliament will confirm …")
    re.compile(r"\b(?:express|voic)(?:ed|es|ing)\s+[“\"]?(?P<text>(?:(?:his|her|their|its|the|[A-Z][\w.-]*['’]s?)\s+)?(?:\w+\s+)?"
               r"(?:satisfaction|dissatisfaction|disappointment|belief|conviction)\s+(?:with|in|that|over|about)\b.{10,})"),
    # (and a readiness announced: "He also announced his readiness to send additional radars to detect drones …")
    # (a person's only: "The Spanish government announced its intention to provide …" is a government's)
    # (or his country's: "Nazarbayev confirmed his country’s readiness to host the next round of meetings …")
    re.compile(r"\b(?P<text>(?:announced|declared|confirmed|signalled|signaled)\s+(?:his|her)\s+(?:country['’]s\s+)?(?:readiness|"
               r"willingness|determination)\s+to\s+[a-z]" + _NO_SUM_AHEAD + r".{10,})"),
    # (and a commitment to give a share of GDP as aid, which is no goal and, with no sum, no pledge: "both Nausėda and Kallas had
    # declared their commitments to allocate not less than 0.25% of their GDP for the military aid for Ukraine")
    re.compile(r"\b(?:declared|reaffirmed|confirmed|reiterated|announced|stated)\s+(?:his|her|their|its)\s+commitments?\s+to\s+"
               r"(?P<text>(?:allocate|spend|devote|give|provide|contribute)\s+(?:at\s+least\s+|not\s+less\s+than\s+|no\s+less\s+than\s+)?"
               r"\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent)\s+of\s+(?:(?:their|its|his|her|the\s+country['’]s)\s+)?(?:GDP|gross\s+domestic\s+product)\s+"
               r"(?:for|to|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:aid|assistance|support|help)\b[^;]{0,80}?)(?=[.;]?\s*$|,)"),
    # (and efforts or plans announced with no sum: "Ukrainian President Zelenskiy announced efforts to expedite F-16 pilot and
    # technician training")
    re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )\bannounced\s+(?P<text>(?:new\s+)?(?:efforts|plans|steps|measures)\s+to\s+[a-z]+\b"
               + _NO_SUM_AHEAD + r".{10,})"),
    # (and talks or plans revealed: "Milei revealed ongoing discussions between Defense Minister Luis Petri and Ukrainian
    # authorities", "Milei also disclosed plans for a defense forum in Argentina at Zelenski's request")
    re.compile(r"\b(?:revealed|reveals|disclosed|discloses)\s+(?P<text>(?:ongoing\s+|new\s+)?(?:discussions|talks|negotiations|plans|"
               r"efforts)\s+(?:between|with|for|to|on)\b" + _NO_SUM_AHEAD + r"[^;]{10,}?)(?=,\s+[a-z]+ing\b|[.;]?\s*$)"),
    # (and a solidarity expressed or noted: "The sovereign prince also noted his “…full solidarity…” with the Ukrainian people")
    re.compile(r"\b(?:express|not|reiterat|reaffirm)(?:ed|es|ing)\s+(?P<text>(?:his|her|their|its|the\s+[A-Z][\w.-]*['’]s|"
               r"[A-Z][\w.-]*['’]s)\s+[“\"…]*\s*(?:(?:full|deep|strong|firm|unwavering|complete)\s+)?solidarity[…”\"]*\s+with\b[^;]{5,}?)"
               r"(?=,\s+[a-z]+ing\b|,\s+(?:the|its|and)\b|[.;]?\s*$)"),
    # ("Mucunski expressed the intent of continued Macedonian support … to the NATO policies of defense")
    # ("The Crown Prince had expressed the Kingdom’s support of de-escalation efforts …")
    re.compile(r"\b(?:express|voic)(?:ed|es|ing)\s+[“\"]?(?P<text>(?:(?:his|her|their|its|the(?:\s+[A-Z][\w.-]*['’]s)?|[A-Z][\w.-]*['’]s?)\s+)?"
               r"(?:\w+\s+)?(?:commitment|support|concerns?|reservations?|skepticism|scepticism|doubts?|optimism|regret|"
               # ("De Wever also expressed strong interest in establishing Belgian defense production in Ukraine")
               # ("Milei, who has expressed a preference for fostering relationships with nations that prioritize freedom …")
               r"hope|confidence|readiness|determination|intention|intent|wish|desire|preference)\s+(?:to|for|that|about|over|regarding|of|at)\b.{10,}|"
               r"(?:(?:his|her|their|its|[A-Z][\w.-]*['’]s?)\s+)?(?:(?:strong|keen|great|particular)\s+)?interest\s+in\s+[a-z]+ing\b[^;]{10,}?(?=,\s+[a-z]+ing\b|[.;]?\s*$))"),
    # ("Pevkur emphasized the country's readiness to meet this commitment …")
    # (and an affirmed one: "Dr Sayer affirmed the society’s readiness to coordinate with humanitarian and social organizations")
    re.compile(r"\b(?:stressed|emphasized|emphasised|underlined|underscored|stressing|emphasizing|emphasising|underlining|"
               r"highlighted|highlighting|affirmed|affirming|reaffirmed|reaffirming)\s+"
               # ("Rama underlined Albania's ambition to contribute more to the alliance")
               # ("Glavchev highlighted the country's efforts in meeting its commitments to bolster …")
               # ("Defense Minister Anatolie Nosatîi emphasised the strategy's role in guiding Moldova's response to …")
               # ("His Highness also underscored the UAE’s readiness to continue its efforts …")
               r"(?P<text>(?:the\s+country['’]s|the\s+[a-z]+['’]s|the\s+[A-Z]{2,}['’]s|its|his|her|their|[A-Z][\w.-]*['’]s?)\s+"
               r"(?:(?:readiness|willingness|determination|ambition|intention|resolve|desire)\s+to\b|efforts?\s+(?:to|in)\b|"
               r"role\s+in\b).{10,})"),
    # what one recalled, a noun phrase: "Duc recalled material and spiritual assistance the Cuban people had given to Vietnamese
    # people in the past, and emphasised …" (up to the next verb of the same subject; never an envoy or troops called home:
    # "Paris recalled its ambassador")
    re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )\brecalled\s+(?!(?:that|how|when|why|what|the\s+words)\b)"
               r"(?!(?:its|his|her|their|the)\s+(?:[\w-]+\s+)?(?:ambassadors?|envoys?|diplomats?|troops|forces|soldiers|staff|personnel|"
               r"representatives?|products?|vehicles?|units?)\b)"
               r"(?P<text>[a-z][\w’'-]*\s+[^;“”\"]{15,}?)(?=,?\s+and\s+(?:also\s+)?[a-z]+ed\b|[.;]?\s*$)"),
    # (or the desire of a body or a government, named after it: "… submitted a detailed report …, reaffirming the desire of the
    # government of President Michelle Bachelet to modify or repeal the Pinochet-era legislation")
    re.compile(r"\b(?:reaffirm|express|reiterat|underlin|stress|emphasi[sz])(?:ed|es|ing)\s+(?P<text>the\s+(?:\w+\s+)?(?:desire|wish|"
               r"will|intention|determination|readiness|willingness|commitment)\s+of\s+[^;“”\"]{3,80}?\s+to\s+[a-z][^;]{5,})"),
    # a significance echoed is a claim: "Prime Minister Dorin Recean echoed the project's significance, highlighting its
    # contribution to civic education …"
    re.compile(r"\b(?P<text>(?:echoed|echoes)\s+(?:the|his|her|their|its|[A-Z][\w.-]*['’]s)\s+(?:[a-z]+['’]s\s+)?[a-z]+\b.{10,})"),
    re.compile(r"(?<!\bwhich )\b(?:urged|reiterated|stressed|emphasized|emphasised|urging|reiterating|stressing|emphasizing|emphasising|"
               # ("Taoiseach Micheal Martin spoke about the need to increase …", "following Martin stating the need to …")
               r"underlining|underscoring|underlined|underscored|noted|noting|highlighted|highlighting|spoke\s+(?:about|of)|"
               # ("NATO Secretary General Jens Stoltenberg then announced the need to make the alliance's military supplies …")
               # ("Mitsotakis articulated the necessity for all 32 NATO members to meet agreed defence spending targets")
               r"talked\s+about|stating|stated|pointed\s+to|announced|declared|articulated)\s+(?!that\b)"
               # ("Sanchez stressed the importance of Ukraine and the EU being directly involved in …")
               # ("President Christodoulides emphasized the necessity for Europe to address contemporary challenges …"; after a
               # participle, "…, emphasizing the urgency of …", the seed articles' curators read the main verb's claim only)
               # ("Stoltenberg acknowledged Italy’s efforts and emphasised the strategic significance of meeting the target")
               # ("He emphasized the strong message of unity this sends")
               # ("President Macron emphasized the critical importance of mobilized funds in addressing the urgent needs …")
               r"(?P<text>(?:the\s+(?:(?:critical|crucial|vital|great|utmost|key|paramount|urgent|pressing)\s+)?(?:need|importance)|"
               r"(?<=ed\s)the\s+(?:[a-z]+\s+)?(?:necessity|urgency|significance)(?=\s+(?:of|for|to)\b)|"
               r"(?<=ed\s)the\s+(?:[a-z]+\s+)?message(?=\s+(?:of|that)\b)|"
               # ("Lebanon’s caretaker prime minister, Najib Mikati, urged the establishment of a safe haven inside Syria …": an act
               # urged, by its noun)
               r"(?<=urged\s)the\s+(?:[a-z]+\s+)?[a-z]{3,}(?:ment|tion|sion|al)(?=\s+of\b)|"
               # ("Duc … emphasised the support of the Vietnamese Party, State and people for the Cuban people’s revolutionary cause")
               r"(?<=(?:sised|sized|essed|lined)\s)the\s+(?:[a-z]+\s+)?(?:support|solidarity)(?=\s+(?:of|for)\b)|"
               r"\w+\s+(?:leaders|allies|members|countries))\b.{10,})"),
]

# "… agreed to fulfil that commitment", "… pledged to meet the target": a target named in an earlier sentence
_TARGET_ANAPHORA = re.compile(r"\b(?:agreed|agree|committed|pledged|promised|promises|pledges|vowed|vows|decided)\s+to\s+"
                              r"(?:meet|fulfil|fulfill|reach|honou?r|hit)"
                              # ("The Government promises to meet the requirement by 2024", after "the 2 percent NATO requirement")
                              r"\s+(?:that|this|the)\s+(?:commitment|target|benchmark|goal|threshold|requirement|obligation)\b"
                              # (or a level another state expects to reach: "“In Denmark, they expect to reach this level in 2033,”"
                              # after "… a level representing two percent of GDP")
                              r"|\b(?:expects?|expected|plans?|planned|aims?|hopes?)\s+to\s+(?:reach|hit|achieve|meet)\s+(?:this|that|the\s+same)\s+"
                              r"(?:level|figure|share)\b"
                              # (or the share just named, by a year: "Our country aims to achieve this by 2035")
                              r"|\b(?:aims?|plans?|intends?|wants?|expects?)\s+to\s+(?:achieve|reach|meet|hit)\s+(?:this|that|it)\s+"
                              r"(?:by|in|before)\s+(?:19|20)\d\d\b", re.I)

#: How news qualifies a figure ("of which more than $50 million").
#: What a figure of GDP is called when it is someone's goal.
#: ("a NATO quota of 3.5%", as German news says; "the 2 percent requirement"; "The current Nato norm is 2%", as Dutch news says)
_GOAL_WORDS = r"(?:target|benchmark|goal|guideline|threshold|quota|requirement|norm)"

APPROX = (r"(?:about\s+|some\s+|around\s+|roughly\s+|approximately\s+|(?:just\s+|barely\s+|a\s+little\s+)?(?:more\s+than|over|under)\s+|"
          r"nearly\s+|almost\s+|up\s+to\s+|at\s+least\s+)?")
_SHARE = re.compile(r"[\s,;(]*(?:of\s+which|including)\s+" + APPROX + r"(?P<number>" + NUMBER + ")(?P<scale>" + SCALE + ")"
                    + r"(?:\s+(?:euros?|dollars?|pounds?|kroner|kronor|crowns?))?"
                    + r"(?:\s+(?:is|are|was|were|goes|go)?\s*(?:for\s+)?(?P<aid>military|humanitarian|financial))?", re.I)

# A sentence whose subject stands for the donor named just before ("It will include …", "The package …",
# "In total, the country has already provided …").
# (also after a fronted date: "By October 3, it had delivered 220 million euros …" after "France, which has …")
_ANAPHORIC_DONOR = re.compile(r"\s*(?:(?:In total|Overall|Altogether|So far|(?:By|As\s+of|Since|Until|Through|Over|During|Throughout)"
                              r"\s+[^,.;]{3,30}),?\s+)?"  # ("Over the past year, it has provided …")
                              r"(?:It|it|This|(?i:the)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:package|aid|assistance|support|contribution|funding|decision)|(?i:the country|the government))\b")

#: Offices whose holder, named with no country at all, is most likely of the article's own country.
_MINISTERS = {"defence-minister", "foreign-minister", "finance-minister"}

# Where a new clause with its own subject starts.
_CLAUSE = re.compile(r",\s*while\b|;|\bwhile\b|\bwhereas\b|,\s*but\b")

# A country named as a partner of the donor, not the donor.
_PARTNER = re.compile(r"\b(?:in\s+collaboration|together|jointly|along|in\s+cooperation|in\s+partnership)\s+with\s+"
                      r"(?:[\w’'-]+\s*,?\s*(?:and\s+)?){0,6}$", re.I)

_SECURITY = re.compile(r"\b(security-related|broader security|infrastructure|resilience)\b", re.I)



#: A country name that only names a currency ("US$5.5 billion", "1.3 billion U.S. dollars", "Canadian dollars"):
#: matched right after the name, it says the country neither spends nor holds an office.
IN_CURRENCY = re.compile(r"\$|\s+(?:dollars?|euros?|pounds?|kron[ae]r?|kroner|crowns?|yen|francs?|zlot(?:y|ys|ies))\b", re.I)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where quotations stand in ``text`` (straight or curly marks; a curly opening may close straight)."""
    return [(q.start(), q.end()) for q in re.finditer(r"\"[^\"“”]*[\"”]|“[^”\"]*[”\"]|«[^«»]*»", text)]


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each of ``spans`` turned to spaces, so that an offset into it is still the text's (a quotation or an
    aside a rule must not read into).

    >>> blanked("Denmark, which is a member, will", [(7, 27)])
    'Denmark                     will'
    """
    for b, e in spans:
        e = min(e, len(text))
        text = text[:b] + " " * (e - b) + text[e:]
    return text


#: What follows the state that started a war, named as its time ("after Russia launched its full-scale invasion",
#: "Russia's war"): no office holder's country.
_INVADER = re.compile(r"(?:['’]s)?\s+(?:(?:launched|began|started|waged)\s+(?:its\s+|a\s+)?(?:full[- ]scale\s+)?)?"
                      r"(?:invasion|war|aggression|attack)\b")
_INVADED = re.compile(r"\b(?:invasion|war|aggression|attack|occupation)\s+(?:of|on|in|against)\s+(?:the\s+)?$", re.I)
#: A side of a war named with the other ("the conflict between Ukraine and Russia"): a state spoken of, as the invaded is.
_SIDE = re.compile(r"\b(?:war|conflict|fighting|hostilities|confrontation)\s+between\s+(?:the\s+)?"
                   r"(?:(?:[\w.’'-]+\s+){1,3}and\s+(?:the\s+)?)?$", re.I)
#: The war named by its two sides joined by a hyphen ("the Russia-Ukraine crisis", "the Russo-Ukrainian war"): either side.
_WAR_NOUN = r"\s+(?:war|conflict|crisis|hostilities|confrontation)\b"
_PAIR_FIRST = re.compile(rf"[-–][A-Z][\w’']+{_WAR_NOUN}")
_PAIR_SECOND = re.compile(r"\b[A-Z][\w’']+[-–]$")


def at_war(text: str, start: int, end: int) -> bool:
    """Whether the state named at ``text[start:end]`` is the war's, named as a time ("after Russia launched its invasion of
    Ukraine in 2022, then-Chancellor Olaf Scholz …"): neither an office's country nor one that spends.

    >>> text = "after Russia launched its full-scale invasion of Ukraine in 2022"
    >>> at_war(text, 6, 12), at_war(text, 49, 56), at_war("Germany will spend 3.5%", 0, 7)
    (True, True, False)

    Either side of "the conflict between Ukraine and Russia" too:

    >>> text = "could drag Slovakia into the conflict between Ukraine and Russia"
    >>> at_war(text, 46, 53), at_war(text, 58, 64), at_war(text, 11, 19)
    (True, True, False)

    Either side of the war its two names make with a hyphen too:

    >>> text = "to discuss the Russia-Ukraine crisis"
    >>> at_war(text, 15, 21), at_war(text, 22, 29)
    (True, True)
    """
    return bool(_INVADER.match(text, end) or _INVADED.search(text[max(0, start - 30):start])
                or _SIDE.search(text[max(0, start - 70):start]) or _PAIR_FIRST.match(text, end)
                or (_PAIR_SECOND.search(text[max(0, start - 30):start]) and re.match(_WAR_NOUN, text[end:])))


def own_defence_spending(text: str, start: int, end: int) -> bool:
    """Whether the amount at ``text[start:end]`` is a country's spending on its own defence ("plans to invest more
    than €25 billion in defense", "will spend $10 billion on its armed forces"): nobody's aid.

    >>> own_defence_spending("Greece plans to invest more than €25 billion in defense.", 33, 44)
    True
    >>> own_defence_spending("Germany will spend €5 billion on defence aid for Ukraine.", 19, 29)
    False
    >>> own_defence_spending("Germany will spend €5 billion on defence for Ukraine.", 19, 29)
    False
    >>> own_defence_spending("a draft budget which allocates PLN 200 billion for this purpose", 31, 46)
    True
    >>> own_defence_spending("and DKK 4.6 billion will be invested in the navy.", 4, 19)
    True
    >>> own_defence_spending("a DKK 1 billion package to strengthen Ukraine's defence", 2, 15)
    False
    >>> own_defence_spending("an additional 3 billion euros would be allocated to national defence efforts", 14, 29)
    True
    >>> own_defence_spending("3 billion euros will be allocated to defence aid for Ukraine", 0, 15)
    False
    >>> own_defence_spending("Scholz introduced a special fund of 100 billion euros for military modernization.", 35, 52)
    True
    >>> own_defence_spending("a significant rise in military spending, with 95 billion euros allocated in 2025", 46, 62)
    True
    >>> own_defence_spending("a record CZK 160 billion will go on defence under the 2024 budget", 9, 24)
    True
    >>> own_defence_spending("its goal of raising defense spending to 2% of GDP, pledging 43 trillion yen over five years", 60, 76)
    True
    >>> own_defence_spending("Neighbor to Allocate 25 Billion Euros for Defense", 21, 37)
    True
    >>> own_defence_spending("Serbia plans to inject a hefty one billion euros into its military.", 31, 48)
    True
    >>> own_defence_spending("It has earmarked a meager sum of around 190 million euros for its military expenditure.", 40, 57)
    True
    >>> own_defence_spending("an increase in defence spending, which totals around €45 million for this year", 53, 64)
    True
    >>> own_defence_spending("It allocated 2.02% of GDP for defense needs this year – about 150 million euros", 62, 80)
    True
    >>> own_defence_spending("allocated an extra 7 billion kroner over the next two years for an immediate boost to the military", 19, 35)
    True

    An order that refills its own stocks is its own purchase, whatever it replaces was sent to:

    >>> own_defence_spending("Berlin confirmed a €1.3 billion order for four new Patriot systems, partly to replace the two sent to Kyiv.", 19, 31)
    True
    >>> own_defence_spending("the government confirmed an order worth €1.3 billion for four new Patriots to partially replace two", 40, 52)
    True
    >>> own_defence_spending("Germany placed a €500 million order for IRIS-T systems for Ukraine.", 17, 29)
    False
    """
    if (re.match(r"(?:\s*\([^()]{1,40}\))?\s+orders?\b", text[end:]) or re.search(r"\borders?\s+(?:worth|of|valued\s+at)\s+(?:\w+\s+){0,2}$",
                                                                                   text[max(0, start - 40):start])) \
            and re.match(r"[^.;]{0,120}?\b(?:partly\s+|partially\s+|in\s+part\s+)?to\s+(?:partly\s+|partially\s+)?"
                         r"(?:replace|replenish|restock|refill|backfill)\b", text[end:]):
        return True  # "a €1.3 billion order for four new Patriot systems, partly to replace the two sent to Kyiv": its own stocks
    if re.search(r"\b(?:military|defen[cs]e)\s+(?:spending|budgets?|expenditures?)\s*,?\s+(?:which\s+)?(?:totals?|totall?ing|"
                 r"amounts?\s+to|amounting\s+to|stands?\s+at|comes?\s+to)\s+(?:\w+\s+){0,2}$", text[max(0, start - 80):start]):
        return True  # "an increase in defence spending, which totals around €45 million for this year": the spending's sum
    if re.search(r"\b(?:its\s+|their\s+|our\s+)?(?:military|defen[cs]e)\s+(?:spending|budgets?|expenditures?)\s+(?:by|to)\s+"
                 r"(?:\w+\s+){0,2}$", text[max(0, start - 60):start]) and not re.match(r"[^.;]{0,40}\b(?:to|for)\s+(?:the\s+)?[A-Z]",
                                                                            text[end:]):
        return True  # "Canada has increased military spending by over $175 billion in incremental funding": its own
    if re.search(r"\b(?:military|defen[cs]e)\s+(?:spending|budgets?|expenditures?)\s+(?:to|at)\s+[\d.]+\s*(?:%|per\s*cent|percent)\s+of\s+"
                 r"(?:GDP|gross\s+domestic\s+product)\b[^.;]{0,60}$", text[max(0, start - 150):start]) \
            and "Ukrain" not in text[max(0, start - 150):end + 60]:
        return True  # "raising defense spending to 2% of GDP in 2022, pledging 43 trillion yen ($285 billion) over five years"
    if re.search(r"\b[\d.]+\s*(?:%|per\s*cent|percent)\s+of\s+(?:its\s+)?(?:GDP|gross\s+domestic\s+product)\s+(?:for|to|on)\s+"
                 r"(?:defen[cs]e|the\s+military|military)\b[^.;]{0,60}?(?:[–—-]|,)\s*(?:or\s+)?(?:about|around|some|roughly|nearly|"
                 r"approximately)?\s*$", text[max(0, start - 150):start]) and "Ukrain" not in text[max(0, start - 150):end + 40]:
        return True  # "Montenegro allocated 2.02% of GDP for defense needs for the first time this year – about 150 million euros":
        # the share's worth, its own spending
    if re.search(r"\b(?:military|defen[cs]e)\s+(?:spending|budgets?|expenditures?)\s+from\s+[^.;]{0,70}?(?:\bto\s+" + APPROX + r")?$",
                 text[max(0, start - 130):start]) and not re.match(r"[^.;]{0,40}\b(?:to|for)\s+(?:the\s+)?[A-Z]", text[end:]):
        return True  # "increase the defense budget from the current level of 135 million EUR to a little over 200 million EUR"
    if re.search(r"\b(?:budget|allocation|spending|funding)\s+(?:for|of)\s+(?:the\s+)?(?:Department|Ministry)\s+of\s+(?:National\s+)?"
                 r"Defen[cs]e\b[^.;]{0,30}$", text[max(0, start - 110):start]):
        return True  # "increasing the 2025-26 allocation for the Department of National Defence by $9.3-billion"
    if re.match(r"(?:\s*\([^()]{1,40}\))?\s+(?:more\s+)?(?:for|to)\s+(?:the\s+|its\s+)?(?:Department|Ministry)\s+of\s+(?:National\s+)?Defen[cs]e\b",
                text[end:end + 90]):
        return True  # "an extra US $6.6 billion (CA $9 billion) for the Department of National Defense": its own ministry's
    if re.search(r"\bbudget\b[^.;]{0,60}\ballocat\w*\s+$", text[max(0, start - 90):start]) \
            and not re.match(r"[^.;]{0,40}\b(?:to|for)\s+(?:the\s+)?[A-Z]", text[end:]):
        return True  # "a draft budget for next year which allocates PLN 200 billion for this purpose": its own budget
    # "DKK 4.6 billion will be invested in the navy", "50 billion DKK … to rapid investments in fighting capability that will
    # strengthen the Danish Defence", "a package to accelerate the build-up of the Danish Defence": its own forces
    after = text[end:end + 120]
    # ("would be allocated to national defence efforts")
    own = re.match(r"(?:\s*\([^)]{0,40}\))?\s+(?:will\s+be|would\s+be|is\s+to\s+be|are\s+to\s+be|to\s+be)\s+"
                   r"(?:invested|spent|allocated|earmarked)\s+(?:in|on|to|for)\s+(?:the\s+|its\s+)?(?:own\s+|national\s+)?"
                   r"(?:navy|army|air\s+force|(?:\w+\s+)?brigades?|armed\s+forces|military|defen[cs]e)\b"
                   r"(?!\s+(?:aid|support|assistance|industry))", after) \
        or re.match(r"[^.;]{0,80}?\b(?:build-up|build\s+up|investments?\s+in\s+fighting\s+capabilit\w*|strengthen\w*)\s+(?:of\s+)?"
                    r"(?:the\s+)?(?:own\s+|national\s+)?(?:[A-Z][a-z]+\s+)?(?:Defen[cs]e\b|armed\s+forces|military\b)", after)
    if own and "Ukrain" not in after[:own.end()]:
        return True
    # "The Turkish government plans to allocate USD 51.5 billion to defense and security in 2026": its own budget
    # (a Title Case headline's too: "Neighbor to Allocate 25 Billion Euros for Defense")
    allocated = re.match(r"(?:\s*\([^()]{1,40}\))?\s+(?:(?:in|for)\s+(?:20\d\d|this\s+year|next\s+year)\s+)?(?:to|for|on|into)\s+"
                         r"(?:its\s+|the\s+)?(?:own\s+|national\s+)?"
                         r"(?i:defen[cs]e|military|armed\s+forces)(?:\s+and\s+security)?\b(?!\s+(?i:aid|support|assistance|industry|of\b))",
                         after)
    if allocated and "Ukrain" not in after[:allocated.end() + 40] \
            and re.search(r"\b(?i:allocat\w*|spend\w*|spent|invest\w*|earmark\w*|budget\w*|commit\w*|inject\w*|pour\w*)\s+"
                          r"(?:\w+\s+){0,5}$", text[max(0, start - 60):start]):
        # ("we are allocating a record 200 billion Złotys (€46.86 billion) to defence", "We are committing a record amount of 200
        # billion zlotys (about $55 billion) to defense in 2026", "has earmarked a meager sum of around 190 million euros for its
        # military expenditure", "to inject a hefty one billion euros into its military")
        return True
    # "a record CZK 160 billion will go on defence under the 2024 budget": a budget's sum for its own forces
    goes = re.match(r"\s+(?:will\s+|would\s+|is\s+to\s+|are\s+to\s+)?(?:go|goes|went|be\s+spent)\s+(?:on|to|towards?)\s+(?:the\s+)?"
                    r"(?:defen[cs]e|military|armed\s+forces|army)\b(?!\s+(?:aid|support|assistance|industry))[^.;]{0,30}?"
                    r"\b(?:budget|this\s+year|next\s+year|in\s+20\d\d)\b", after)
    if goes and "Ukrain" not in after[:goes.end()]:
        return True
    # "an extra 7 billion kroner over the next two years for an immediate boost to the military": its own forces
    boost = re.match(r"[^.;]{0,50}?\bfor\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:boost|increase|investment|strengthening|upgrade)s?\s+"
                     r"(?:to|in|of|for)\s+(?:the\s+|its\s+)?(?:own\s+|national\s+)?(?:military|armed\s+forces|army|defen[cs]e)\b"
                     r"(?!\s+(?:aid|support|assistance|industry))", after)
    if boost and "Ukrain" not in after[:boost.end()]:
        return True
    # "a special fund of 100 billion euros for military modernization", "… to modernize the Bundeswehr": its own forces
    modern = re.match(r"[^.;]{0,40}?\b(?:for|to)\s+(?:the\s+|its\s+)?(?:(?:military|armed\s+forces|defen[cs]e|army)\s+moderni[sz]ation\b|"
                      r"moderni[sz]e\s+(?:the\s+|its\s+)?(?:armed\s+forces|military|army|[A-Z]\w+))", after)
    if modern and "Ukrain" not in after[:modern.end()]:
        return True
    if re.search(r"\b(?:military|defen[cs]e)\s+(?:spending|budget|expenditure)\s*,?\s+with\s+$", text[max(0, start - 60):start]):
        return True  # "a significant rise in military spending, with 95 billion euros allocated in 2025"
    return bool(re.search(r"\b(?:invest|spend|spent)\w*\s+(?:\w+\s+){0,3}$", text[max(0, start - 40):start])
                and re.match(r"(?:\s*\([^)]{0,40}\))?\s+(?:in|on)\s+(?:its\s+(?:own\s+)?|national\s+)?"
                             r"(?:defen[cs]e|(?:the\s+)?armed\s+forces|equipment|weapons|arms|ammunition|procurement)\b"
                             r"(?!\s+(?:aid|support|assistance|industry))(?![^.;]{0,25}\b(?:for|to)\s+(?:the\s+)?[A-Z])", text[end:]))


def _is_conversion(text: str, first, second) -> bool:
    """Whether ``second`` restates ``first`` in another currency: "(…)", "[…]" or "approximately …" right after it (or
    a bracket after the noun it counts)."""
    between = text[first.end:second.start]
    # ("approx." abbreviated: "2bn Danish kroner (approx. €268m)")
    # ("13.3 billion kronor\", i.e. 1.25 billion dollars")
    qualifier = (r"(?:which is\s+)?(?:or\s+)?(?:approximately|approx\.?|about|roughly|around|some|or|over|more than|nearly|almost|just over|"
                 r"just under|≈|i\.\s?e\.|that\s+is)")
    # (a bracket that names the first's dollar before the second: "$245 million [Australian dollars, $164 million US dollars]")
    between = re.sub(r"^(\s*[(\[])\s*(?:Australian|Canadian|New\s+Zealand)\s+dollars\s*[,;]\s*", r"\1", between)
    m = re.fullmatch(rf"[\s,”\"]*([(\[]\s*)?({qualifier},?\s*)?[\s(\[]*", between)
    # (or in brackets after the noun the amount counts: "a €90 billion loan (£79 billion; $105 billion)")
    after_noun = re.fullmatch(r"(?:\s+[a-z][a-z-]*){1,2}\s*[(\[]\s*(?:about\s+|around\s+|approx(?:imately|\.)?\s*|some\s+)?", between)
    return len(between) <= 25 and ((m is not None and bool(m.group(1) or m.group(2))) or after_noun is not None)


def _plausible(name: str, person: Match) -> bool:
    """A known person, or words that look like a person's name (not "Former U.S.", "Swedish Deputy",
    "Since Russian", "Alongside Sikorski"): two or more capitalised words, none a title word, a stop word or a
    demonym, the first no preposition."""
    if person.entity or re.fullmatch(JOINED_INITIAL_NAME, name):  # ("D.Tsogtbaatar", one word)
        return True
    # (a label in capitals is read as written in title case: "THE FACTS" is no one, as "The Facts" is not; a first name
    # written as initials stays as it is: "J.D. Vance", never a state's: "U.S. Senator")
    given = name.split()[:1]
    initials = bool(given) and re.fullmatch(r"(?:[A-Z]\.){2,3}", given[0]) is not None and given[0] not in _STATE_INITIALS
    words = [w.capitalize() if w.isupper() and len(w) > 1 and not (initials and i == 0) else w for i, w in enumerate(name.split())]
    return len(words) >= 2 and words[0].lower() not in PREPOSITIONS and not any(
        (w.strip(".,") in domain().not_names and not (w in INNER_NAME_WORDS and 0 < i < len(words) - 1)
         and not (w.strip(".,") in COMPASS_SURNAMES and 0 < i == len(words) - 1 and words[i - 1] not in domain().not_names))
        or ("." in w.strip(".") and not (initials and i == 0))
        or w.strip(".,").lower() in DEMONYMS or (i and w in _HEADLINE_LINKS) for i, w in enumerate(words))


#: Linking words a title-cased headline capitalises, never inside a person's name ("Belgium Preparing New Military Assistance
#: Package For Ukraine - Prime Minister": no one named "Assistance Package For Ukraine"). Written by hand: the few a headline
#: capitalises that no name holds ("In", "On", "Of" are left out: Korean given names, "… Of Arc").
_HEADLINE_LINKS = frozenset({"For", "To", "With", "From", "And", "Against", "Over", "After", "Before", "Into", "About", "Amid",
                             # (and a body's name: "Spain's Firefighters Without Frontiers", "Doctors Without Borders")
                             "Without", "Within", "Across", "Beyond"})


#: Initials that name a state or a union, never a person's first name ("U.S. Senator …"). Written by hand: news writes
#: few such, and no gazetteer lists them with their stops.
_STATE_INITIALS = frozenset({"U.S.", "U.K.", "E.U.", "U.N.", "U.A.E.", "U.S.A.", "R.O.K.", "P.R.C."})


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", norm(name)).strip("-") or "unnamed"
