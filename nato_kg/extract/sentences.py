"""Sentences with their character offsets in the article (hand-written: a few regexes
that know news abbreviations such as "U.S." and "Gen." are enough, and keep offsets exact)."""

from __future__ import annotations

from dataclasses import dataclass

from . import rx as re

_ABBREVIATIONS = {"u.s", "u.k", "u.n", "e.u", "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sen", "sens", "rep", "reps", "maj", "brig", "adm",
                  "capt", "cmdr", "sgt", "hon",  # ("Senator the Hon. Penny Wong")
                  "gov", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "approx", "est", "jan",
                  "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                  # (titles and bodies as story pages abbreviate them: "US Pres. Biden", "UN Sec. General António Guterres",
                  # "a US State Dept. official")
                  "pres", "sec", "amb", "dept"}
#: Days abbreviated, capitalised, that a name may follow ("On Sat. Biden signed a package …", "approved by the Senate on
#: Thurs., in an 86-11 vote"); the verb "sat" stays a sentence's last word.
_DAYS = {"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"}
# (a lowercase word after the mark continues the sentence: "“… against Russian aggression!” he wrote.")
# (also a full stop with no space after it, between a word and a capitalised word, as copy that lost the space writes
# it: "…, he reminded.Croatia has a plan …"; not "News.Az", "U.S.", "vlada.gov.hr")
_END = re.compile(r"[.!?](?:[\"'”’)\]]+)?(?=\s+(?![a-z])|$)|(?<=[a-z]{2})\.(?=[A-Z][a-z]{2,}\b)"
                  # (and a quotation's end glued to the next sentence, as scraped pages run them: "… national airspace.”Romanian
                  # President Klaus Iohannis said …")
                  r"|(?<=[a-z]{2})[.!?]”(?=[A-Z][a-z]{2,}\b)"
                  # (and a photo's caption glued into the text, which ends at its credit: "Russian President Vladimir Putin
                  # Credit:AP In his White House remarks to reporters, Trump suggested …")
                  r"|(?<=\bCredit:)\s?[A-Z][A-Za-z/&-]{1,20}(?=\s+[A-Z])")


@dataclass(frozen=True)
class Sentence:
    """A sentence, where it starts and ends in the article, and its paragraph number."""

    text: str
    start: int
    end: int
    paragraph: int


#: The longest sentence kept whole; longer runs (text without full stops, a stray quotation
#: mark) are cut at a space. Rules are run per sentence, so this bounds their cost.
MAX_SENTENCE = 1500
#: A quote left open runs on into the next lines up to this many characters (a multi-paragraph
#: quote), not to the end of the article.
MAX_QUOTE_RUN = 3000


def split_sentences(article: str) -> list[Sentence]:
    r"""Split ``article`` into sentences, paragraph by paragraph (a line break ends a paragraph).

    Linear in the article's length: quote marks are counted once, as the scan goes.

    >>> [s.text for s in split_sentences('He said: "We act. Now." Then left.\nNext line.')]
    ['He said: "We act. Now."', 'Then left.', 'Next line.']
    >>> [s.text for s in split_sentences('More details: The minister explained it.')]
    ['The minister explained it.']
    >>> [s.text for s in split_sentences('It will rise, he reminded.Croatia has a plan, News.Az says.')]
    ['It will rise, he reminded.', 'Croatia has a plan, News.Az says.']
    """
    out: list[Sentence] = []
    offset = 0
    number = -1  # paragraphs are counted by the lines that hold text: a blank line between two is no paragraph
    for line in _paragraphs(article):
        number += bool(line.strip())
        start, counted, quotes = 0, 0, _Quotes()
        for match in _END.finditer(line):
            if not _ends_sentence(line, start, match):
                continue
            chunk = line[counted:match.end()]
            # (a joined paragraph of an open quotation opens with a mark of its own, British style, which closes nothing:
            # "… posting online: “Putin’s … tactics. / “In Washington … Ukraine. Slava Ukraini.”" is one quotation)
            # (a line break the paragraphs' joining made a space tells where the next paragraph's own mark stands: "… of the
            # GDP. / “In 2020, we have costs … logic. I hope …," Pashinyan emphasized.")
            lead = re.match(r"\s*[“«]", chunk) if quotes.open else None
            mark_at = offset + counted + lead.end() - 1 if lead is not None else 0
            if lead is not None and article[mark_at - 1:mark_at] == "\n":
                quotes.add(chunk[lead.end():])
            else:
                quotes.add(re.sub(r"(?<=\s\s)[“«]", "", chunk) if quotes.open else chunk)
            counted = match.end()
            if quotes.open and match.end() - start < MAX_SENTENCE:  # a quote of several sentences stays one
                continue
            _add(out, line, start, match.end(), offset, number)
            start = match.end()
        _add(out, line, start, len(line), offset, number)
        offset += len(line) + 1
    return out


#: A state's initials, which end a sentence only before a word that opens one.
_STATE_INITIALS = {"u.s", "u.k", "e.u", "u.n"}
#: Words that open a sentence and rarely follow a state's initials inside one ("U.S. President", "U.K. government" do not).
_OPENERS = ("The|A|An|In|On|At|As|He|She|It|They|We|I|But|And|However|This|That|These|Those|Meanwhile|After|While|During|"
            "Earlier|Later|His|Her|Their|Its|There|Since|When|Under")


def _ends_sentence(line: str, start: int, match: re.Match[str]) -> bool:
    """Whether the mark ``match`` found (the sentence so far began at ``start``) ends a sentence: not after an
    abbreviation ("U.S.", "Gen."), a single letter, or between the digits of a number."""
    before = line[max(start, match.start() - 40):match.start()].rsplit(None, 1)
    word = before[-1].lower().strip("(\"'“") if before else ""
    # (initials too: "Vice President J.D. Vance"; but a state's initials end a sentence before a word that opens one:
    # "… turned over leadership of the group to the U.K. In remarks to the group, he said …")
    if word in _STATE_INITIALS and re.match(rf"\s+(?:{_OPENERS})\s", line[match.end():]):
        return True
    # (nor a patronymic's initial of two consonants before the name, as Mongolian copy writes it: "the President of Mongolia
    # Kh. Battulga visited China")
    if re.fullmatch(r"[A-Z][b-df-hj-np-tv-z]", before[-1] if before else "") and re.match(r"\s+[A-Z][a-z]{2,}", line[match.end():]):
        return False
    return not (word in _ABBREVIATIONS or re.fullmatch(r"[a-z]|(?:[a-z]\.)+[a-z]", word)
                or (before and before[-1].strip("(\"'“") in _DAYS
                    and re.search(r"\b(?:on|On|last|Last|since|by|until)\s+\S+$", line[start:match.start()]))
                or (word[-1:].isdigit() and line[match.end():match.end() + 1].isdigit()))


def sentence_at(text: str, at: int) -> str:
    """The sentence of ``text`` that holds position ``at``, where ``text`` runs over several (a quotation of several
    sentences is kept as one by :func:`split_sentences`), its sentences told apart as that function tells them.

    >>> sentence_at("It gives €5 million. In total it gave €9 million since 2022.", 10)
    'It gives €5 million.'
    >>> sentence_at("Since 2022, the U.S. Congress gave $5 billion. It said so.", 40)
    'Since 2022, the U.S. Congress gave $5 billion.'
    """
    start = 0
    for match in _END.finditer(text):
        if not _ends_sentence(text, start, match):
            continue
        if match.end() > at:
            return text[start:match.end()].strip()
        start = match.end()
    return text[start:].strip()


class _Quotes:
    """Running counts of quotation marks: whether a quote is open after the text seen so far."""

    def __init__(self) -> None:
        self.straight = self.opening = self.closing = self.single = 0

    def add(self, text: str) -> None:
        self.straight += text.count('"') + text.count("''")  # (two apostrophes typed for a mark)
        self.opening += text.count("“") + text.count("«")
        self.closing += text.count("”") + text.count("»")
        # a single curly quotation: "‘" opens (it is no apostrophe); "’" closes unless a letter follows ("Ukraine’s"
        # is an apostrophe): "‘… for all of us. Today we …,’ she said" is one sentence
        # ("Trump‘s", a mark typed for an apostrophe after a letter, opens nothing)
        # (one closed by a double mark is a double quotation a typist opened with the wrong key: "‘Greece is willing to
        # take a number of people in …,” Migration and Asylum Minister Notis Mitarakis told Skai TV")
        slips = len(re.findall(r"(?<![A-Za-z])‘[^‘’“”\"]*[,.!?]”", text))
        self.opening += slips
        self.single = max(0, self.single + len(re.findall(r"(?<![A-Za-z])‘", text)) - slips - len(re.findall(r"’(?![A-Za-z])", text)))

    @property
    def open(self) -> bool:
        # by the parity of all marks: wire copy closes a curly opening with a straight mark ("“… enough,"
        # said …"), and a multi-paragraph quote opens each paragraph and closes only the last
        return (self.straight + self.opening + self.closing) % 2 == 1 or self.single > 0


#: A line this long that stops without a sentence's end is text wrapped by hand, not a heading.
WRAPPED_LINE = 60
#: A page with a line longer than this is no hand-wrapped text: a line that stops there without a sentence's end lost its stop.
WRAPPED_WIDTH = 160
#: How much longer than the line before it a wrapped line's continuation may be (hand-wrapped lines are of a width).
WRAPPED_SLACK = 20
_OPEN_END = re.compile(r"[\w,;–—-]$")
#: Words (and marks) no sentence ends with: a line stopping on one runs on into the next.
_MID_SENTENCE = re.compile(r"(?:\b(?:that|the|a|an|of|to|and|or|but|in|on|at|for|with|by|from|as|is|are|was|were|be|been|has|"
                           r"have|had|will|would|which|who|whose|its|his|her|their|our|this|these|those)|[,;–—-]"
                           # (or a title, whose name follows: "… aligning with U.S. President" / "Donald Trump's request …")
                           r"|\b(?:President|Minister|Secretary|Chancellor|General|Premier|Ambassador|Mr|Mrs|Ms|Dr|Sir))$")


def _paragraphs(article: str) -> list[str]:
    r"""Lines, except that a line ending inside an open quote runs on into the next one
    (the line break becomes a space, so offsets stay those of the article), for at most
    :data:`MAX_QUOTE_RUN` characters; so does a long line wrapped in mid-sentence
    ("… aligning with U.S. President" / "Donald Trump's request …"), but never the title line.

    >>> _paragraphs("Title\n" + "x" * 60 + " U.S. President\nDonald Trump spoke.\nShort heading\nNext.")[1][-34:]
    'U.S. President Donald Trump spoke.'
    """
    out: list[str] = []
    quotes = _Quotes()
    lines = article.split("\n")
    hand_wrapped = max((len(line) for line in lines[1:]), default=0) <= WRAPPED_WIDTH
    for index, line in enumerate(lines):
        # (or a shorter line, where the next one opens in lower case: "The package will also encompass ground combat
        # military" / "equipment, marine equipment, …", hard-wrapped copy)
        # (not a heading or a standfirst over a longer paragraph: "… as Zelenskyy attends G7" / "Prime Minister Mark Carney
        # announced …" — hard-wrapped copy has no line much longer than the one wrapped before it)
        # (nor a link's title, which ends with no stop: "…funds.Read also: Wadephul calls on Hungary to … for Ukraine")
        # (never on a page with a paragraph far longer than a hand-wrapped line: a line there that stops with no sentence's
        # end lost its stop in the copy, "… where there is no trust" / "On Monday, X met with …", as a news agency sets a
        # quotation's paragraphs)
        # (unless the line stops on a word no sentence ends with: "It also rightly stated that" / "“Russia’s aggression …”")
        # (the first line too, where it opens with a dateline in capitals and stops mid-sentence: wire copy with no title,
        # "KUWAIT Jan 30 Kuwait's emir pledged on" / "Wednesday to give $300 million …")
        first_body = len(out) == 1 and hand_wrapped and bool(_MID_SENTENCE.search(out[0])) \
            and re.match(r"[A-Z]{3,}[A-Z .'-]*(?:,|\s+\(|\s+[A-Z][a-z]{2}\.?\s+\d)", out[0]) is not None
        wrapped = len(out) > 1 and ((WRAPPED_LINE <= len(out[-1]) and (hand_wrapped or _MID_SENTENCE.search(out[-1]))
                                     and len(line) <= len(lines[index - 1]) + WRAPPED_SLACK
                                     and not re.search(r"\b(?:Read|See)\s+(?:also|more)\s*:[^.!?]*$", out[-1]))
                                    or line[:1].islower()) and _OPEN_END.search(out[-1]) and line[:1].strip() \
            and not re.match(r"\s*(?:[-•*–]\s|\d{1,2}[.)]\s)", line)  # (a list's next item: "- warned …" / "- "If we …"")
        wrapped = wrapped or (first_body and bool(line[:1].strip()))
        # (a line that opens with a straight quotation mark is a new paragraph of the quotation: British copy leaves a
        # quote open at a paragraph's end and opens the next paragraph with a mark, "… frontline. / "I encourage …";
        # joined, a straight mark could not tell an opening from a closing. Curly marks can: “… support. “Our …” stays one.)
        # (but a line wrapped in mid-sentence before a quotation, "… would include" / ""three major …", runs on)
        continues = not re.match(r'\s*"', line) or bool(wrapped)
        # (a quotation left open at a paragraph that ended a sentence, before a paragraph that neither opens with a mark
        # nor closes one, was closed by no mark in the source: "“It’s fair and absolutely right." / "Canada announced …"
        # are two; "… no dependency." / "There can … threats."" is one quotation over a line break; so are a teaser cut at a
        # comma inside its quotation, "“Russia jeopardizes …, which violates international law," / "Ukraine's President …")
        # (unless a later paragraph closes it before any opens: "“I had a productive meeting …" / "Together with the
        # team, …" / … / "I thank the people … of Ukraine," Umierov said." is one quotation)
        first_mark = re.search(r"[\"“”«»]", line)
        unmarked_end = bool(out) and quotes.open and not wrapped and bool(line.strip()) \
            and not re.match(r"\s*[\"“”«»‘’'–—-]", line) \
            and bool(re.search(r"[.!?]\s*$", out[-1]) or (re.search(r",\s*$", out[-1]) and line[:1].isupper())) \
            and (first_mark is None or first_mark.group(0) in "“«") and not _closed_later(lines, index)
        counted = line
        # (a quotation closed by a comma, its attribution on the next line: "“This is highly, highly complex,”" / "She said, …")
        attributed = bool(out) and re.search(r",\s*[”\"]\s*$", out[-1]) is not None and re.match(
            r"\s*(?:[Ss]he|[Hh]e|They|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:said|says|added|noted|told|stressed|explained|wrote)\b",
            line) is not None
        wrapped = wrapped or attributed
        # (a paragraph that ends with its quotation's attribution closed that quotation, however many marks a quotation
        # nested inside it left uneven: ""I informed him … 500 million euros is crucial "in the line of drones," Brekelmans
        # said in a statement posted on the social network on Sunday." / "Russia believes …" are two)
        said_last = bool(out) and not wrapped and re.search(
            r"[,.!?…][\"”]\s+(?:[\w’'.-]+\s+){0,4}?(?:said|says|added|wrote|stated|told|noted|stressed)\b[^\"“”]*[.!?]\s*$",
            out[-1]) is not None
        if out and (quotes.open or wrapped) and continues and not unmarked_end and not said_last \
                and len(out[-1]) + len(line) < MAX_QUOTE_RUN:
            out[-1] = out[-1] + " " + line
            if quotes.open:  # (a paragraph of the open quotation opens with a mark of its own, British style: “… values. /
                counted = re.sub(r"^\s*[“«]", "", line)  # “Those values … security.” closes the one quotation)
        else:
            out.append(line)
            quotes = _Quotes()
            if first_mark is not None and first_mark.group(0) == '"' and first_mark.start() > 0 \
                    and line[first_mark.start() - 1] in ",.!?…" and _closed_later([line], 0):
                # a paragraph whose first mark closes a quotation its opening mark was lost from ("I understand … any of
                # us," said the Chilean head of state.): the quotation ends here, no mark is left open for the next
                quotes.straight += 1
        quotes.add(counted)
        if re.search(r"[.!?…]”\s*$", out[-1]):
            # a paragraph that ends with a curly closing mark after its sentence's end closed its quotation, whatever marks
            # before it the copy lost: "“We take Article 5 as a sacred obligation,” Mr Biden said. I want Nato to be aware that
            # America is present.”" / "Mr Trump had previously …" are two
            quotes = _Quotes()
    return out


def _closed_later(lines: list[str], index: int) -> bool:
    """Whether a line from ``index`` on (within :data:`MAX_QUOTE_RUN` characters) closes a quotation left open
    before it, before any line opens one: its first mark is a closing one ("”", "»", or a straight mark right after
    punctuation: "… of Ukraine," Umierov said.")."""
    budget = MAX_QUOTE_RUN
    for line in lines[index:]:
        budget -= len(line) + 1
        if budget < 0:
            return False
        # (a single curly mark after punctuation closes too, where no double one comes first: "‘We are not acting for show
        # …" / "This demonstrates our firm commitment …,’ Tusk stated.")
        mark = re.search(r"[\"“”«»]|(?<=[,.!?…])’(?![A-Za-z])", line)
        if mark is None:
            continue
        return mark.group(0) in "”»’" or (mark.group(0) == '"' and mark.start() > 0 and line[mark.start() - 1] in ",.!?…;:")
    return False


def _add(out: list[Sentence], line: str, start: int, end: int, offset: int, paragraph: int) -> None:
    """Add ``line[start:end]`` (stripped) as sentences, cut at spaces into pieces of at most :data:`MAX_SENTENCE`."""
    while end - start > MAX_SENTENCE:
        cut = line.rfind(" ", start + 1, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        _add_one(out, line, start, cut, offset, paragraph)
        start = cut
    _add_one(out, line, start, end, offset, paragraph)


#: An editor's label opening a paragraph ("Details: Orpo stressed …", "More details: The prime minister explained …"):
#: not part of the sentence, whose subject follows it. ("Quote:" is kept: it says whose words follow.)
_LABEL = re.compile(r"\s*(?:(?:More\s+)?[Dd]etails|Background|Context|Source|(?:For\s+)?[Rr]eference|Update|Recap)\s*:\s+(?=\S)")


def _add_one(out: list[Sentence], line: str, start: int, end: int, offset: int, paragraph: int) -> None:
    if start == 0:
        label = _LABEL.match(line, 0, end)
        start = label.end() if label else start
    chunk = line[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = offset + start + lead
    out.append(Sentence(stripped, s, s + len(stripped), paragraph))
