"""``extract``: an article's text → candidate facts in the seeds' YAML shape, for review."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date as _date

from ..errors import NatoKGError
from ..kinds import KINDS
from ..records import Seeds
from . import rx as re
from .calibration import rescore
from .gazetteer import Gazetteer, Match
from .mentions import MentionFinder
from .patterns import _SAY
from .rules import Candidate, Extractor, _slug
from .sentences import split_sentences

#: An article larger than this is refused (a news article is a few thousand words).
MAX_ARTICLE_CHARS = 2_000_000

#: A line that opens a saved page's tail of links to other stories ("ALSO READ", "- READ MORE ON:", "Related
#: articles", a ministry's "Latest News", a paper's appeal to its readers opened by "Dear reader,"): nothing after it is the
#: article's ("Trump's Controversial Nominee: The Battle for Public Lands"; "Our access to web content is free, …").
_PAGE_TAIL = re.compile(r"^[ \t]*[-–•]?[ \t]*(?:ALSO READ|READ MORE(?: ON)?|Read also|Related (?:articles|stories|news|posts)|"
                        r"More stories|Recommended for you|Latest (?:news|stories|articles)|Dear readers?)[ \t]*[:,]?[ \t]*$", re.M | re.I)


#: A link to another story on a line of its own, its headline after the marker ("RELATED STORY | Ukraine pleads for more
#: aid …", "Read also: …"): another story's words, none of this one's.
_LINKED_LINE = re.compile(r"^[ \t]*(?i:related\s+(?:story|stories|articles?|news|reading)|read\s+(?:also|more)|see\s+also|also\s+read)"
                          r"[ \t]*[|:–—-][ \t]*\S[^\n]*$|"
                          # (or a feed's line, another story's headline and how long ago it ran: "Braves vs. Mets Highlights |
                          # MLB on FOX - 40 mins ago")
                          r"^[^\n]{8,200}?[ \t][-–—][ \t](?:about[ \t]+)?(?:\d+|an?)[ \t]+(?:seconds?|secs?|mins?|minutes?|hours?|hrs?|days?)"
                          r"[ \t]+ago[ \t]*$|"
                          # (or a video player's messages, left in the copy: "We apologize, but this video has failed to load." /
                          # "tap here to see other videos from our team. Try refreshing your browser, or … Back to video")
                          r"^[^\n]*(?i:this\s+video\s+has\s+failed\s+to\s+load|try\s+refreshing\s+your\s+browser|[ \t]back\s+to\s+video)"
                          r"[^\n]*$", re.M)


def without_linked_lines(text: str) -> str:
    """``text`` without the lines that link another story, marker and headline on one line (:data:`_LINKED_LINE`).

    >>> without_linked_lines("Troops sent.\\nRELATED STORY | Ukraine pleads for more aid\\nAustin confirmed it.")
    'Troops sent.\\n\\nAustin confirmed it.'
    >>> without_linked_lines("Ecuador recaptures gang leader - 16 mins ago\\nFM: Hungary is a loyal ally")
    '\\nFM: Hungary is a loyal ally'
    >>> without_linked_lines("Sweden will spend more.\\nWe apologize, but this video has failed to load.\\nIt said so.")
    'Sweden will spend more.\\n\\nIt said so.'
    """
    return _LINKED_LINE.sub("", text)


#: A video transcript's line, its time code glued to its words ("00:06military aid to Ukraine and security in Europe.").
_TIME_CODED = re.compile(r"^(?:\d{1,2}:)?\d{2}:\d{2}(?=[A-Za-z“\"‘'])")


def without_time_codes(text: str) -> str:
    """``text`` with a video transcript's time-coded lines (:data:`_TIME_CODED`, three or more) read as the paragraph
    they are: each code dropped and the lines that follow one another joined, as their sentences run over them.

    >>> without_time_codes("Transcript\\n00:00Ministers met in Warsaw to discuss\\n00:06aid to Ukraine.\\n00:10They agreed.\\nMore")
    'Transcript\\nMinisters met in Warsaw to discuss aid to Ukraine. They agreed.\\nMore'
    """
    lines = text.split("\n")
    if sum(1 for line in lines if _TIME_CODED.match(line)) < 3:
        return text
    out: list[str] = []
    joined = False
    for line in lines:
        coded = _TIME_CODED.match(line)
        if coded and joined:
            out[-1] += " " + line[coded.end():].strip()
        else:
            out.append(line[coded.end():] if coded else line)
        joined = coded is not None
    return "\n".join(out)


#: A caption file's cue timing, SubRip's ("3 00:00:04,913 --> 00:00:06,969", its cue number before it) or WebVTT's
#: ("00:02.880 --> 00:05.550").
_CUE = re.compile(r"(?:(?<![\w$€£.,])\d{1,5}\s+)?(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s*-->\s*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}")
#: The hesitations a caption writes down ("Uh Thanks for working …", "and , uh , …"): no words of the speech.
_FILLER = re.compile(r"(?<![\w’'-])(?P<filler>[Uu]h+|[Uu]m+|[Hh]m+|[Ee]r+m?|[Aa]h)(?![\w’'-])\s*,?\s*(?P<next>\w?)")


def without_caption_cues(text: str) -> str:
    """``text`` as the speech a caption file (three cue timings or more, :data:`_CUE`) writes down: its header, cue
    numbers and timings dropped (even inside a sentence, a sum: "$2 00:55.201 --> 00:59.010 billion"), its cues joined
    into one paragraph, the space a caption sets before punctuation closed, and its hesitations ("uh", "um") dropped. A
    cue cut off at the excerpt's end ("… and 01:1") goes too.

    >>> without_caption_cues("WEBVTT 00:00.440 --> 00:02.880 Welcome , uh , to the 00:02.880 --> 00:05.550 meeting . "
    ...                      "00:06.740 --> 00:09.430 It announced $2 00:09.430 --> 00:11.597 billion . 01:1")
    'Welcome, to the meeting. It announced $2 billion.'
    >>> without_caption_cues("1 00:00:01,080 --> 00:00:03,080 Well , thank you 2 00:00:03,080 --> 00:00:04,913 all . "
    ...                      "3 00:00:04,913 --> 00:00:06,969 Some 50 4 00:00:06,969 --> 00:00:09,191 countries met .")
    'Well, thank you all. Some 50 countries met.'
    >>> without_caption_cues('00:15.325 --> 00:19.007 He tweeted, 00:19.007 --> 00:21.290 "The US spends more '
    ...                      '00:22.225 --> 00:24.799 "than any other country. 00:24.799 --> 00:26.460 "Not fair." Then?')
    'He tweeted, "The US spends more than any other country. Not fair." Then?'
    >>> without_caption_cues("He said: 10:00 --> maybe.")
    'He said: 10:00 --> maybe.'
    """
    if len(_CUE.findall(text)) < 3:
        return text
    text = re.sub(r"^\s*WEBVTT\b[^\n]*?(?=\s(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s*-->|\n|$)", "", text)
    # (a quotation that runs over cues opens each cue again with a mark, as captions write it: "“The US is spending many
    # times more / “than any other country …": one quotation, its repeated marks dropped)
    parts, quoted = [], False
    for part in _CUE.split(text):
        if quoted and part.lstrip().startswith('"'):
            part = part.lstrip()[1:]
        parts.append(part)
        quoted = quoted != (part.count('"') % 2 == 1)
    text = " ".join(parts)
    text = re.sub(r"\s+\d{1,5}(?:\s+(?:\d{1,2}:?){1,3}(?:[.,]\d{0,3})?)?\s*$|\s+\d{1,2}:\d{0,2}\s*$", "", text)  # (a cut cue)
    # (one that opened a sentence leaves the sentence's next word opening it: "Uh this group …" is "This group …")
    text = _FILLER.sub(lambda m: m["next"].upper() if m["filler"][0].isupper() else m["next"], text)
    text = re.sub(r"\s+", " ", text)
    return re.sub(r"\s+([.,;:?!])", r"\1", text).strip()


#: A Ukrainian agency's closing section ("Recall", "Addendum"): its paragraphs, then a linked story's headline as the page's
#: last line, no stop after it ("Recall / The Icelandic government will double … . / Iceland provides Ukraine with $30 million
#: in defense aid").
_RECALLED = re.compile(r"(^[ \t]*(?:Recall|Addendum|Reminder)[ \t]*:?[ \t]*\n(?:[ \t]*\n)*(?:[^\n]*[.!?…”\"][ \t]*\n(?:[ \t]*\n)*)+)"
                       r"[ \t]*[A-Z][^\n]{10,200}?(?<![.!?…”\"\s])[ \t]*\s*\Z", re.M)


def without_recalled_headline(text: str) -> str:
    """``text`` without the linked headline that ends a closing "Recall" section (:data:`_RECALLED`); a section whose last
    paragraph is cut off keeps it (it is no headline).

    >>> without_recalled_headline("Body.\\n\\nRecall\\n\\nThe government will double it.\\n\\nIceland provides Ukraine with $30 million")
    'Body.\\n\\nRecall\\n\\nThe government will double it.\\n\\n'
    >>> without_recalled_headline("Body.\\nAddendum\\nSeoul claims that North Korea has sent 3,000 troops. US Defense Secretary L")[-10:]
    'ecretary L'
    """
    return _RECALLED.sub(r"\1", text)


#: A link that an excerpt's cut runs into, in the page's language, the linked headline after it on the same line: "… Jens …
#: Continuă lectura UK to provide extra £500m to Ukraine".
_READ_ON = re.compile(r"(…|\.\.\.)[ \t]*(?:Continue\s+reading|Read\s+more|Read\s+the\s+full\s+(?:story|article)|Continuă\s+lectura|"
                      r"Citește\s+mai\s+mult|Lire\s+la\s+suite|Weiterlesen|Leer\s+más|Czytaj\s+dalej|Читать\s+далее|Читати\s+далі)\b[^\n]*")


def without_read_on(text: str) -> str:
    """``text`` without the link and its headline after an excerpt's cut on the same line.

    >>> without_read_on("… to meet the secretary general Jens … Continuă lectura UK to provide extra £500m to Ukraine")
    '… to meet the secretary general Jens …'
    """
    return _READ_ON.sub(r"\1", text)


def without_page_tail(text: str) -> str:
    """``text`` up to the first line that opens a page's tail of links to other stories (past its first 200 characters).

    A "Read more" line with one linked headline after it, and the article going on after that, is a link set into
    the story: those two lines go, and the story stays (RT's copy sets them between its paragraphs).

    >>> without_page_tail("Title\\n" + "Body. " * 40 + "\\n- READ MORE ON:\\n- Romania\\nALSO READ\\nOther story").rstrip().endswith("Body.")
    True
    >>> without_page_tail("Title\\n" + "Body. " * 40 + "\\nRead more\\n\\nGermans must be ready for war\\n\\nThe story goes on.")[-26:]
    'Body. \\n\\nThe story goes on.'
    >>> without_page_tail("Title\\n" + "Body. " * 40 + "\\nRead Also\\n- One story\\n- Another story\\nThe story goes on.")[-26:]
    'Body. \\n\\nThe story goes on.'
    >>> without_page_tail("Title\\n" + "Body. " * 40 + "\\nREAD MORE\\nThe money was also earmarked for facilities.").endswith(
    ...     "Body. \\n\\nThe money was also earmarked for facilities.")
    True
    """
    start = 200
    while (tail := _PAGE_TAIL.search(text, start)) is not None:
        # (or a short list of linked headlines, "- …" each, before the story goes on: "Read Also / - … / - … / The Balkan …")
        links, rest = [], tail.end()
        for line in re.finditer(r"[^\n]+", text[tail.end():]):
            if not line.group(0).strip():
                continue
            if _goes_on(line.group(0)) and not re.match(r"\s*[-•*–]\s", line.group(0)):  # (a bulleted line is a link)
                rest = tail.end() + line.start()
                break
            links.append(line.group(0))
            if len(links) > 6:
                break
        listed = len(links) == 1 or all(re.match(r"\s*[-•*–]\s", link) for link in links)
        if not links and rest != tail.end() and _goes_on(text[rest:].split("\n", 1)[0]) \
                and re.fullmatch(r"[ \t]*(?i:read\s+more)[ \t]*", text[tail.start():tail.end()].strip("\n")):
            # a "READ MORE" line whose linked headline the page lost, the story going on right after it (the Irish Times):
            # only the line goes
            text = text[:tail.start()] + "\n" + text[rest:]
            start = tail.start()
            continue
        if rest == tail.end() or not links or len(links) > 6 or not listed:
            return text[:tail.start()]
        text = text[:tail.start()] + "\n" + text[rest:]
        start = tail.start()
    return text


def _goes_on(line: str) -> bool:
    """Whether ``line`` reads as the article's prose rather than a linked headline: a finished sentence, or a long one
    (a page may end mid-sentence)."""
    line = line.strip()
    return bool(re.search(r"[.!?][\"”’)]?$", line)) or len(line.split()) >= 13


def lowered_lead_in(text: str) -> str:
    """``text`` with a paragraph's lead-in set in capitals, as some papers print a story's first words, written as titles
    and names are ("TÁNAISTE AND MINISTER for Defence Simon Harris told …" → "Tánaiste and Minister for …"): the same
    length. Only two or more words in capitals before a word in lower case; words of three letters or fewer that are no
    connective stay as they are (initials: "NATO", "EU"), and a dateline ("BRUSSELS — …") is no lead-in.

    >>> lowered_lead_in("TÁNAISTE AND MINISTER for Defence Simon Harris told reporters")
    'Tánaiste and Minister for Defence Simon Harris told reporters'
    >>> lowered_lead_in("BRUSSELS — NATO AND EU leaders met")
    'BRUSSELS — NATO AND EU leaders met'
    >>> lowered_lead_in("THE PHILIPPINES must catch up")
    'The Philippines must catch up'
    """
    connectives = {"AND", "OF", "FOR", "THE", "IN", "TO", "ON", "AT"}

    def lowered(m: re.Match[str]) -> str:
        words = re.split(r"(\s+)", m.group(0))
        return "".join(w.capitalize() if k == 0 and (w in connectives or len(w) >= 4)  # (the paragraph's first word keeps its capital)
                       else w.lower() if w in connectives else w.capitalize() if len(w) >= 4 else w for k, w in enumerate(words))

    return re.sub(r"^(?:[A-ZÀ-Þ][A-ZÀ-Þ'’-]+[ \t]+){2,6}(?=[a-z])", lambda m: lowered(m) if sum(
        len(w) >= 4 for w in m.group(0).split()) >= 1 else m.group(0), text, flags=re.M)


def without_cut_quotation(text: str) -> str:
    """``text`` without the unfinished sentence of a quotation the text's end cuts off (a page or an excerpt
    that stops there) after one or more finished sentences: what the speaker went on to say is unknown,
    what they said before is theirs; the quotation is closed after it. A quotation with no finished
    sentence is left as it is (it may be whole words the speaker said, "… what the alliance needs").

    >>> without_cut_quotation("Graas states: “We have to be honest. Thi")
    'Graas states: “We have to be honest.”'
    >>> without_cut_quotation("Minister Bettel stated: “What is happening in Ukraine di")
    'Minister Bettel stated: “What is happening in Ukraine di'
    >>> without_cut_quotation("He said: “We will help.” And Luxembourg wants to develop capa")
    'He said: “We will help.” And Luxembourg wants to develop capa'
    """
    end = text.rstrip()
    if not end or not end[-1].isalnum():
        return text
    start = end.rfind("\n") + 1
    paragraph = end[start:]
    if paragraph.rfind("“") > paragraph.rfind("”"):
        opening, closing = paragraph.rfind("“"), "”"
    elif paragraph.count('"') % 2:
        opening, closing = paragraph.rfind('"'), '"'
    else:
        return text
    finished = [m.end() for m in re.finditer(r"[.!?](?=\s)", paragraph[opening:])]
    return end[:start + opening + finished[-1]] + closing if finished else text


class ExtractError(NatoKGError):
    """The input cannot be read as an article."""


@dataclass
class Extraction:
    """The candidates found in one article, and the new entities they name."""

    source_id: str
    title: str
    date: str | None
    candidates: list[Candidate]
    new_entities: dict[str, dict] = field(default_factory=dict)
    new_roles: dict[str, dict] = field(default_factory=dict)


def read_article(data: bytes, name: str) -> str:
    """Decode an article file: UTF-8 text, not binary, not empty, of a sane size."""
    if not data.strip():
        raise ExtractError(f"{name} is empty")
    if b"\x00" in data[:65536]:
        raise ExtractError(f"{name} is a binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ExtractError(f"{name} is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    if len(text) > MAX_ARTICLE_CHARS:
        raise ExtractError(f"{name} has {len(text):,} characters, more than the {MAX_ARTICLE_CHARS:,} an article may have")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def one_spelling(candidates: list[Candidate], text: str) -> list[Candidate]:
    """The candidates with a person new to the workspace whose name the page misspells once ("Prime Minister Inga
    Rugienienė" over four "Ruginienė") under one name, the spelling the page writes most (the first, if as often); the same
    first name and surnames of seven letters or more a letter or two apart. Candidates that become the same are kept once.

    >>> from nato_kg.extract.gazetteer import Match
    >>> from nato_kg.extract.sentences import Sentence
    >>> page = "Inga Rugienienė spoke. Inga Ruginienė said so. Ruginienė left."
    >>> def role(name):
    ...     return Candidate("role", {"person": _slug(name), "role": "prime-minister"}, Sentence(page, 0, 1, 0), "t", 0.5,
    ...                      [Match(name, None, "person", 0.0, "new")])
    >>> [c.fields["person"] for c in one_spelling([role("Inga Rugienienė"), role("Inga Ruginienė")], page)]
    ['inga-ruginiene']
    """
    from difflib import SequenceMatcher

    from .candidate import ascii_folded
    from .gazetteer import consonants

    names = {m.name: _slug(m.name) for c in candidates for m in c.matches
             if m.entity is None and m.type in ("person", None) and len(m.name.split()) in (2, 3)}

    def written(name: str) -> tuple[int, int]:
        surname = name.split()[-1]
        found = [w.start() for w in re.finditer(rf"(?<![\w’'-]){re.escape(surname)}(?![\w’'-])", text)]
        return len(found), -(found[0] if found else len(text))

    def close(a: str, b: str) -> bool:
        # (the surname with its particle: "Sébastien Le Coronneau" misspells "Sébastien Lecornu" by ear, its consonants kept)
        (first_a, *rest_a), (first_b, *rest_b) = (ascii_folded(x).lower().split() for x in (a, b))
        last_a, last_b = "".join(rest_a), "".join(rest_b)
        # (a shorter surname too, one letter apart: "Yuriko Bakes" beside "Yuriko Backes")
        return first_a == first_b and last_a != last_b and min(len(last_a), len(last_b)) >= 5 \
            and (SequenceMatcher(None, last_a, last_b).ratio() >= 0.85 or consonants(last_a) == consonants(last_b))
    renamed: dict[str, str] = {}
    for name in names:
        # (the other spelling as the page writes it, in a candidate or not: the office is read once, under the first)
        first = re.escape(name.split()[0])
        family = [name] + [other for other in dict.fromkeys(m.group(0) for m in re.finditer(
            rf"(?<![\w’'-]){first}\s+(?:(?:Le|La|De|Di|Da|Du|Del|Van|Von|Der)\s+)?[A-Z][\w-]+(?![\w’'-])", text))
                           if close(name, other)]  # (never a possessive: "Boris Johnson’s")
        best = max(family, key=written)
        if best != name:
            renamed[name] = best
    if not renamed:
        return candidates
    slugs = {names[a]: _slug(b) for a, b in renamed.items()}
    kept: list[Candidate] = []
    seen: set[tuple] = set()
    for c in candidates:
        for key in ("person", "speaker"):
            if c.fields.get(key) in slugs:
                c.fields[key] = slugs[c.fields[key]]
        c.matches = [Match(renamed[m.name], m.entity, m.type, m.score, m.how) if m.entity is None and m.name in renamed else m
                     for m in c.matches]
        same = (c.kind, repr(sorted(c.fields.items(), key=lambda kv: kv[0])))
        if c.kind == "role" and same in seen:
            continue  # (the office read twice, once under each spelling)
        seen.add(same)
        kept.append(c)
    return kept


#: A quotation nested in another with the same marks, on one line: "“… campaign “1 person- 1000 tugrik” with … nationwide”".
_NESTED = re.compile(r"“([^“”\n]*?)“([^“”\n]{1,120}?)”([^“”\n]*?[^\s“”][^“”\n]*?)”")
#: The marks a nested quotation's are read as while the rules run: no rule takes them for a quotation's, and
#: :func:`nato_kg.text.fold` reads them as the page's own (a double mark).
_INNER_MARKS = "‟″"
#: A nickname in quotation marks between a given and a family name ("President Joko “Jokowi” Widodo"), read as the
#: rules read a nickname in brackets after the name ("Joko Widodo (Jokowi)": the same length, so every offset holds) and
#: given back after.
_NICKNAME = re.compile(r"\b(?P<given>[A-Z][a-z]+) [“\"](?P<nick>[A-Z][a-z]{2,})[”\"] (?P<family>[A-Z][a-z]+)\b")
_MARKS_BACK = str.maketrans({"‟": "“", "″": "”"})


def extract_article(text: str, seeds: Seeds, source_id: str, date: str | None = None) -> Extraction:
    """Find candidate facts in ``text`` (a title line, then paragraphs) using the workspace's entities.

    A page saved with its HTML markup is read as its visible text (see :func:`nato_kg.text.visible_text`),
    its mis-decoded words decoded again (:func:`nato_kg.text.repaired`)."""
    from ..text import repaired, visible_text

    # (a quotation opened low, as Romanian, Polish and German copy does: „…” or „…“, read as “…”; the same length)
    # (a quotation nested in it, opened before a word and closed before none, stays inside: "„… is defined as “One for all and
    # all for one“ and this principle … means”")
    text = re.sub(r"„((?:[^„“”\"\n]|“(?=\w)[^„“”\"\n]{1,200}?[“”](?!\w))+?)[“”](?!\w)", r"“\1”",
                  lowered_lead_in(without_cut_quotation(without_linked_lines(without_page_tail(without_read_on(without_time_codes(without_recalled_headline(
                      without_caption_cues(repaired(visible_text(text)))))))))))
    # (and one typed with its marks reversed, as some sites' feeds print them: "”I met with … this organization,“ Petri wrote
    # on X", "allow Argentina ”to increase its … decisions.“"; the same length)
    text = re.sub(r"(^|[\s(:])”(?=[\w'’])([^“”\"\n]{1,2000}?[\w,.!?])“(?=[\s,.;:!?)]|$)", r"\1“\2”", text, flags=re.M)
    # (and a quotation closed by a second opening mark at its paragraph's end: "…: “Ukraine must win … unity. “")
    text = re.sub(r"(“[^“”\"\n]{20,2000}?[.!?])[ \t]*“[ \t]*$", r"\1”", text, flags=re.M)
    # (and one typed as an opening mark glued to the quotation's last word, before a comma, a stop or the line's end: "…
    # within the Atlantic Alliance“, said the minister", "… that often leads to wrong choices“."; the same length)
    text = re.sub(r"(?<=[\w.!?])“(?=[ \t]*(?:[,.;:!?]|$))", "”", text, flags=re.M)
    # (and one closed by an opening mark that leans on its attribution's verb: "“… are impressive, “said Rutte."; the
    # same length)
    text = re.sub(rf"(“[^“”\"\n]{{20,2000}}?[,.!?])([ \t]+)“(?=(?:{_SAY})\b)", r"\1”\2", text, flags=re.M)
    # (and a possessive written with the modifier letter apostrophe, as Uzbek Latin copy types it: "Acting on President Shavkat
    # Mirziyoyevʼs instruction"; the same length)
    text = re.sub(r"(?<=\w)\u02bc(?=s\b)", "’", text)
    # (and a quotation opened on its line and never closed there but by a double prime glued to its last word, as a page
    # whose keyboard gave "″" writes it: "“The Danish defense is engaged … in favor of the new F-35″ fighters, Lund Poulsen
    # said in a statement."; the same length)
    text = re.sub(r"^([^“”″\n]*“[^“”″\n]{10,2000}?[\w.,!?])″(?=[ \t,.][^“”″\n]*$)", r"\1”", text, flags=re.M)
    # (and a quotation nested in another with the same marks, as copy without single marks writes it: "stated “… We have
    # decided to organize donation campaign “1 person- 1000 tugrik” with 1-month term …. And we are appealing …”" — its
    # inner marks read as no quotation's while the rules run, so that the inner closing mark does not end the whole, and
    # given back after; the same length)
    nested = _NESTED.search(text) is not None and not re.search(f"[{_INNER_MARKS}]", text)
    if nested:
        text = _NESTED.sub(rf"“\1{_INNER_MARKS[0]}\2{_INNER_MARKS[1]}\3”", text)
    nicknamed = {f"{m['given']} {m['family']} ({m['nick']})": m.group(0) for m in _NICKNAME.finditer(text)}
    if nicknamed:
        text = _NICKNAME.sub(lambda m: f"{m['given']} {m['family']} ({m['nick']})", text)
    gazetteer = Gazetteer(seeds)
    names = ([e.label for e in seeds.entities.values()] + [a for e in seeds.entities.values() for a in e.aliases]
             + gazetteer.country_names + gazetteer.group_names)
    # Who holds which office, as the workspace's other sources say (never this article's own curated
    # facts: re-reading an article must not be helped by what was curated from it).
    offices = {(f.person, f.role): f.organization for f in seeds.facts_of("role")  # type: ignore[attr-defined]
               if source_id not in f.sources}
    extractor = Extractor(gazetteer, MentionFinder(gazetteer, names), set(seeds.roles), offices)
    # the article's year, for "next year" and for telling a past year (when a goal was set) from a deadline
    year = re.match(r"(\d{4})", date or "")
    extractor.year = int(year.group(1)) if year else None
    day = re.match(r"(\d{4})-(\d\d)-(\d\d)", date or "")
    extractor.day = _date(*map(int, day.groups())) if day else _date(extractor.year, 7, 1) if extractor.year else None
    lines = [line for line in text.split("\n") if line.strip()]
    title = lines[0].strip() if lines else ""
    candidates = one_spelling(extractor.run(split_sentences(text)), text)
    if nested:  # (the inner marks as the page writes them, in what is quoted and in the evidence)
        _give_back(candidates, lambda t: t.translate(_MARKS_BACK))
    if nicknamed:  # (and a nickname where the page writes it, in the middle of the name)
        def as_written(text: str) -> str:
            for read, written in nicknamed.items():
                text = text.replace(read, written)
            return text
        _give_back(candidates, as_written)
    new: dict[str, dict] = {}
    for c in candidates:
        for m in c.matches:
            if m.entity is None and m.name:
                kind = m.type or ("person" if c.kind in ("role", "claim") else "organization")
                new.setdefault(_slug(m.name), {"id": _slug(m.name), "type": kind, "label": m.name})
        values = [(key, c.fields.get(key)) for key in ("person", "speaker", "donor", "recipient", "actor", "organization")]
        values += [("joint_with", other) for other in c.fields.get("joint_with", ())]  # a co-donor must exist too
        for key, value in values:
            if value and value not in seeds.entities and value not in new and value not in gazetteer.types:
                kind = "person" if key in ("person", "speaker") else "organization"
                new[value] = {"id": value, "type": kind, "label": value.replace("-", " ").title()}
            elif value and value not in seeds.entities and value not in new and value in gazetteer.group_labels:
                new[value] = {"id": value, "type": "organization", "label": gazetteer.group_labels[value]}
            elif value and value not in seeds.entities and value not in new and gazetteer.types.get(value) == "country":
                from ..states import country_name

                code = gazetteer.code_of(value)
                new[value] = {"id": value, "type": "country", "label": (country_name(code) if code else None) or value,
                              "iso3166": code}
    roles = {c.fields["role"]: {"id": c.fields["role"], "label": c.fields["role"].replace("-", " ").title()}
             for c in candidates if c.kind == "role" and c.fields["role"] not in seeds.roles}
    rescore(candidates, gazetteer.types)  # the candidates' own traits, now that the article is read
    return Extraction(source_id, title, date, candidates, new, roles)


def _give_back(candidates: list[Candidate], restore: Callable[[str], str]) -> None:
    """Give the page's own wording back to each candidate's text fields and evidence, where the rules read a same-length
    rewriting of it (see :func:`extract_article`)."""
    for c in candidates:
        c.fields = {k: restore(v) if isinstance(v, str) else v for k, v in c.fields.items()}
        c.evidence = replace(c.evidence, text=restore(c.evidence.text))


def candidate_id(c: Candidate, source_id: str, n: int) -> str:
    f = c.fields
    base = {"pledge": f"{f.get('donor')}-pledge", "target": f"{f.get('actor')}-{f.get('percent_gdp')}-percent",
            "role": f"{f.get('person')}-{f.get('role')}", "claim": f"{f.get('speaker')}-claim"}[c.kind]
    return re.sub(r"[^a-z0-9]+", "-", f"{base}-{source_id[:8]}-{n}".lower()).strip("-")


def to_yaml(ex: Extraction, file_name: str) -> str:
    """The candidates as a YAML document in the seeds' shape, with review notes under ``candidate``."""
    from ..seed_yaml import dump_yaml

    source = {"id": ex.source_id, "title": ex.title or ex.source_id, "file": file_name}
    if ex.date:
        source.update({"date": ex.date, "date_status": "stated", "date_basis": "given with nato-kg extract --date"})
    else:
        source["date_status"] = "unknown"
    sections: dict[str, list] = {"sources": [source], "entities": [{**e, "review": "todo"} for e in ex.new_entities.values()],
                                 "roles": list(ex.new_roles.values())}
    names = {k.name: k.section for k in KINDS}
    ids = {id(c): candidate_id(c, ex.source_id, n) for n, c in enumerate(ex.candidates, 1)}
    for c in ex.candidates:
        entry: dict[str, object] = {"id": ids[id(c)], "review": "todo"}
        entry.update({k: v for k, v in c.fields.items() if v not in (None, [], "")})
        if c.share_of is not None and id(c.share_of) in ids:
            entry["share_of"] = ids[id(c.share_of)]
        entry["sources"] = [{"source": ex.source_id, "evidence": c.evidence.text}]
        review: dict[str, object] = {"rule": c.rule, "confidence": round(c.confidence, 2), "why": list(c.reasons),
                                     "offsets": [c.evidence.start, c.evidence.end]}
        to_confirm = [f"{m.name} -> {m.entity} ({m.how}, {m.score:.0f})" for m in c.matches if m.entity and m.to_confirm]
        if to_confirm:
            review["confirm"] = to_confirm
        entry["candidate"] = review
        sections.setdefault(names[c.kind], []).append(entry)
    header = (f"# Candidate facts extracted from {file_name} by nato-kg extract.\n"
              "# Review every entry marked 'review: todo': delete what is wrong, fix what is close (see each\n"
              "# 'candidate' note: rule, confidence and why, character offsets of the evidence, names matched\n"
              "# fuzzily to confirm; a pledge's figure: package, running-total, joint or share), set 'review: done',\n"
              "# then: nato-kg add THIS_FILE (it refuses a file that still holds 'review: todo')\n")
    return dump_yaml({k: v for k, v in sections.items() if v}, header)
