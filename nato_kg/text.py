"""Text comparison for the checks: normalising typography, content words, numbers, negation.

Hand-written because it is small and specific: fold the typography that news sites vary
(curly quotes, dashes, ellipses, non-breaking spaces), and compare statements by their
content words, the amounts they name and whether they are negated.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Set as AbstractSet
from decimal import Decimal, InvalidOperation
from functools import lru_cache

_TYPOGRAPHY = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "",
})


#: An HTML tag as pages saved with their markup hold them ("<h4><strong>…</strong></h4>", "<a href=…>").
_TAG = re.compile(r"</?(?:h[1-6]|p|div|span|strong|b|i|em|a|br|li|ul|ol|section|article|header|footer|blockquote|"
                  r"figure|figcaption|table|tr|td|th|small|sup|sub|u)\b[^<>]{0,2000}>", re.I)
#: Tags that end a paragraph of the text they hold.
_BLOCKS = frozenset("h1 h2 h3 h4 h5 h6 p div br li ul ol section article header footer blockquote figure figcaption "
                    "table tr".split())


#: Signs of a page saved as Markdown (a reader tool's or a feed's copy): an inline link or image, "[President Trump](/en/entity/
#: donald-trump)", "![photo](https://…)", or words set in bold by asterisks, "the recent approval of a substantial **Ukraine aid
#: package**".
_MARKDOWN_LINK = re.compile(r"!?\[[^\[\]\n]{1,300}\]\((?:<[^<>\n]*>|[^()\s]{1,500})(?:\s+\"[^\"\n]*\")?\)|"
                            r"(?<![*\w])\*\*(?=\S)[^*\n]{1,200}?(?<=\S)\*\*(?![*\w])")
#: A Markdown line that opens a block of its own: a heading, a quotation, an item, a rule, a table's row.
_MARKDOWN_BLOCK = re.compile(r"\s{0,3}(?:#{1,6}(?:\s|$)|>|[-*+]\s|\d{1,3}[.)]\s|(?:[-*_]\s*){3,}$|\|)")


def markdown_text(text: str) -> str:
    """``text`` as a reader sees it where it is a page saved as Markdown (it holds an inline link or image,
    :data:`_MARKDOWN_LINK`): links by their words, images and link definitions dropped, emphasis and code marks dropped,
    headings and quotations without their markers, a paragraph's lines joined where one was wrapped in the middle of a
    sentence (a line that ends a sentence, a heading, an item or a blank line still ends one: pages that set each paragraph
    on a line of its own keep them). Other text is returned as it is. The inline syntax is read by markdown-it-py
    (CommonMark), line by line, so that a page's lines keep their order and their paragraphs.

    >>> markdown_text("# Allies meet\\n\\n[Germany](/en/entity/germany) pledged **EUR 500 million** to\\n"
    ...               "[Ukraine](/en/entity/ukraine), said *Boris Pistorius*.\\n\\n> ![map](map.png) Quoted line")
    'Allies meet\\n\\nGermany pledged EUR 500 million to Ukraine, said Boris Pistorius.\\n\\nQuoted line'
    >>> markdown_text("Spending rose to 2% of GDP.\\nA *new* line.")
    'Spending rose to 2% of GDP.\\nA *new* line.'
    >>> markdown_text("The **aid package** passed.\\nKyiv welcomed it.")
    'The aid package passed.\\nKyiv welcomed it.'
    """
    if not _MARKDOWN_LINK.search(text):
        return text
    from html import unescape

    from markdown_it import MarkdownIt

    inline = MarkdownIt("commonmark")
    lines: list[str] = []
    joinable = False  # (whether the line before is a paragraph's, which a plain next line continues)
    for raw in text.split("\n"):
        if re.match(r"\s{0,3}\[[^\]\n]+\]:\s+\S", raw):
            continue  # a link's definition ("[1]: https://…"), no words of the page
        block = _MARKDOWN_BLOCK.match(raw)
        line = re.sub(r"^\s{0,3}(?:#{1,6}\s+|(?:>\s?)+)", "", raw)
        line = re.sub(r"\s+#+\s*$", "", line) if raw.lstrip().startswith("#") else line
        html = inline.renderInline(line)
        html = re.sub(r"<img\b[^>]*>", "", html)  # (an image's words are its alternative text, no prose of the page)
        words = unescape(re.sub(r"<[^<>]+>", "", html)).strip() if line.strip() else ""
        if not words:
            joinable = False
            if lines and lines[-1] != "":
                lines.append("")
            continue
        if joinable and not block and not re.search(r"[.!?:;\"”’)]\s*$", lines[-1]):
            lines[-1] += " " + words
        else:
            lines.append(words)
        joinable = not block or raw.lstrip().startswith(">")
    return "\n".join(lines).strip("\n")


def visible_text(text: str) -> str:
    """``text`` as a reader sees it: where it holds HTML markup, the words without the tags (entities decoded,
    scripts and styles left out), a block element (heading, paragraph, item) a paragraph of its own; where it is a page
    saved as Markdown, its words (:func:`markdown_text`). Text without markup is returned as it is. Written with the
    standard library's HTML parser: no page is fetched.

    >>> visible_text("<h4><strong>Sánchez reached an agreement.</strong></h4> He said &quot;yes&quot;.")
    'Sánchez reached an agreement.\\n\\nHe said "yes".'
    >>> visible_text("Spending rose to <5% of GDP.")
    'Spending rose to <5% of GDP.'
    """
    if not _TAG.search(text):
        return markdown_text(text)
    from html.parser import HTMLParser

    parts: list[str] = []
    skipping = []

    class _Reader(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag in ("script", "style"):
                skipping.append(tag)
            elif tag in _BLOCKS:
                parts.append("\n\n")

        def handle_endtag(self, tag):
            if skipping and tag == skipping[-1]:
                skipping.pop()
            elif tag in _BLOCKS:
                parts.append("\n\n")

        def handle_data(self, data):
            if not skipping:
                parts.append(data)

    reader = _Reader(convert_charrefs=True)
    reader.feed(text)
    reader.close()
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", "".join(parts)))
    return "\n\n".join(p for p in paragraphs if p)


# A word mis-decoded: a UTF-8 lead byte read as Windows-1252 or Latin-1 (Â … ï) right before a
# continuation byte read so (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ, U+0080 … U+00BF).
_MOJIBAKE_WORD = re.compile(
    r"\S*[\u00c2-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    r"\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]\S*")


def repaired(text: str) -> str:
    """``text`` with its mis-decoded words decoded again (UTF-8 read as Windows-1252: "RadosÅ‚aw"), word by word, and
    the quotation marks it lost to question marks put back (:func:`_with_lost_marks`).

    A page copied through the wrong encoding garbles only some of its words, beside correct
    ones ("€4 billion", "Kęstutis"), so the whole text cannot be re-encoded at once and ftfy's
    own search for such runs misses some ("Å‚"); each word that looks garbled is given to
    ftfy's ``fix_encoding``, which leaves it alone unless decoding it again gives better text.

    >>> repaired("Minister RadosÅ‚aw Sikorski and Kęstutis Budrys: €4 billion, cafÃ© Zürich")
    'Minister Radosław Sikorski and Kęstutis Budrys: €4 billion, café Zürich'
    """
    text = _opening_marks(_with_lost_marks(text))
    if not _MOJIBAKE_WORD.search(text):
        return text
    import ftfy

    return _MOJIBAKE_WORD.sub(lambda m: ftfy.fix_encoding(m.group(0)), text)


#: The signature of a page whose curly quotation marks and apostrophes were lost to question marks on the way (a
#: character set without them): a paragraph opening with one before a word, or one right after a comma ("?Our main goal
#: is …,? Zhvania said"), which no question writes.
_LOST_MARKS = re.compile(r"(?m)^[ \t]*\?(?=[A-Z])|,\?(?=\s)")


def _with_lost_marks(text: str) -> str:
    """``text`` with the quotation marks and apostrophes it lost to question marks put back, where it shows that loss
    (:data:`_LOST_MARKS`); one character for one, so that offsets hold. A question mark that ends a question, or sits in
    a link ("?p=1"), stays.

    >>> _with_lost_marks("?Our goal is 2% of GDP,? Zhvania said. The Prime Minister?s post? Why?")
    '“Our goal is 2% of GDP,” Zhvania said. The Prime Minister’s post? Why?'
    >>> _with_lost_marks("Why? Because it is so. See https://a.ge/?p=1 and it?s")
    'Why? Because it is so. See https://a.ge/?p=1 and it?s'
    """
    if not _LOST_MARKS.search(text):
        return text
    text = re.sub(r"(?<=[A-Za-z])\?(?=(?:s|t|ll|re|ve|d|m)\b)", "’", text)  # "cabinet?s", "don?t"
    text = re.sub(r"(?m)(?:^|(?<=[\s(\[]))\?(?=[A-Z0-9‘])", "“", text)  # an opening mark before a word
    return re.sub(r"(?<=[,.!])\?(?=[\s,.;:)]|$)", "”", text, flags=re.M)  # a closing one after a stop or comma


def _opening_marks(text: str) -> str:
    """``text`` with a closing quotation mark written where a quotation opens — after a colon, a space or a line's start,
    before a capital or a digit — made the opening mark it stands for; one character for one, so that offsets hold. A
    closing mark glued to the next sentence after its stop ("… airspace.”Romanian") stays, and so does a pair written the
    wrong way round ("”We will …,“"), which the sentence splitter reads as it is: only a mark that another closing mark
    follows on its line is taken for an opening one.

    >>> _opening_marks("Novillo said at the airport:”Brazil had to mourn”. It was “fine.”Next")
    'Novillo said at the airport:“Brazil had to mourn”. It was “fine.”Next'
    >>> _opening_marks("”We will keep working,“ Petri wrote.")
    '”We will keep working,“ Petri wrote.'
    """
    return re.sub(r"(?m)(?:^|(?<=[\s:(\[]))”(?=[A-Z0-9][^“”\n]*”)", "“", text)


def fold(text: str) -> str:
    """Normalise typography and white space, keep words and case.

    >>> fold("“It’s  pure\\nnonsense” — he said…")
    '"It\\'s pure nonsense" - he said...'
    """
    text = unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHY).replace("\u2026", "...")
    return " ".join(text.split())


STOPWORDS = frozenset("""
a an the and or but nor of to in on for with at by from as is are was were be been being will would shall
should can could may might must not no it its this that these those we our ours they their them he his him
she her you your i me my us than then so such there here has have had do does did just more most also into
about up out over said says say told tell stated noted very all any each own same other some
""".split())
NEGATIONS = frozenset("not no never cannot can't won't don't doesn't didn't isn't aren't wasn't weren't neither nor".split())
#: Numbers news writes in words ("two percent", "in five years", "one million euros").
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
#: The scale words news writes after a number ("$1.05bn", "600m euros"), the one table of them.
SCALES = {"thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "m": 10**6, "mln": 10**6, "mil": 10**6,
          "billion": 10**9, "bn": 10**9, "bln": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12, "trn": 10**12, "tr": 10**12,
          # (South Asian copy's lakh and crore: "Rs 43.8 crore" is 438 million rupees)
          "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7, "cr": 10**7}
_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion|bln|bn|mln|mn|tn|k|m|b)?\b", re.I)


@lru_cache(maxsize=1 << 16)  # words repeat across claims: stemmed once each
def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > 4 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> set[str]:
    """Lower-cased, lightly stemmed words that carry meaning (stop words and numbers left out)."""
    words = re.findall(r"[a-z][a-z']*", fold(text).lower().replace("&", " and "))
    return {_stem(w.strip("'")) for w in words if w.strip("'") and w not in STOPWORDS and w not in NEGATIONS}


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of two texts' content words (0 to 1)."""
    return jaccard(content_words(a), content_words(b))


def jaccard(a: AbstractSet, b: AbstractSet) -> float:
    """Jaccard similarity of two sets (0 when either is empty).

    >>> jaccard({"a", "b"}, {"b", "c"}), jaccard(set(), {"a"})
    (0.3333333333333333, 0.0)
    """
    return len(a & b) / len(a | b) if a and b else 0.0


def numbers(text: str) -> set[Decimal]:
    """The amounts a text names, scaled: ``$644bn`` and ``$644 billion`` are both 644000000000."""
    out = set()
    for digits, scale in _NUMBER.findall(fold(text)):
        try:
            value = Decimal(digits.replace(",", ""))
        except InvalidOperation:
            continue
        out.add(value * SCALES.get(scale.lower(), 1) if scale else value)
    return out


def negated(text: str) -> bool:
    """Whether the text contains a negation word."""
    words = set(re.findall(r"[a-z][a-z']*", fold(text).lower()))
    return bool(words & NEGATIONS) or "n't" in fold(text).lower()


def money_text(amount: Decimal, currency: str) -> str:
    """A figure as the source gives it, with separators: ``1,050,000,000 USD``.

    >>> from decimal import Decimal
    >>> money_text(Decimal("691000000"), "USD"), money_text(Decimal("2.5"), "EUR")
    ('691,000,000 USD', '2.5 EUR')
    """
    return (f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,f}") + f" {currency}"
