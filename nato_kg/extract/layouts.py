"""Claims as a page's layout gives them rather than a sentence's grammar: a transcript's labelled or time-coded turns, an
interview's answers, a speech page under its byline, a moderator's hand-over, remarks pasted after a statement, a post signed
below it, a name line or a dash under a paragraph, and a quotation whose opening mark the page lost. :class:`LayoutRules` holds
them, and the one way every claim rule makes a candidate (:meth:`LayoutRules._claim`); :class:`.claim_rules.ClaimRules` reads
each sentence's grammar on top of it."""

from __future__ import annotations

from typing import TypeGuard

from . import rx as re
from .candidate import Candidate
from .domain import domain
from .gazetteer import Match
from .mentions import PERSON_NAME, Mention
from .patterns import _OUTLET, _SAY, _TITLE, _plausible, _slug
from .sentences import Sentence
from .speakers import SpeakerRules

#: A record's speaker label opening a paragraph: "Sir Julian Lewis: …", "[The Secretary of State for Defence (John Healey): …".
_TURN_LABEL = re.compile(r"\s*\[?\s*(?:(?:The\s+)?[A-Z][\w’'-]*(?:\s+(?:of|for|the|and|[A-Z][\w’'-]*)){0,8}\s*\((?P<inner>"
                         r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})\)|(?P<name>(?P<courtesy>(?:Sir|Dame|Mr|Mrs|Ms|Dr|Lord|Lady|Baroness)\.?\s+)?"
                         r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}))\s*:\s+(?=\S)")


#: A parliamentary record's speaker line, a paragraph of its own: the name, and the seat and party in brackets, after the picture's
#: alternative text glued to it ("Photo of Catherine ConnollyCatherine Connolly (Galway West, Independent)"), or alone
#: ("Michael McNamara (Clare, Independent)"); the turn's paragraphs follow it, up to the next.
_RECORD_SPEAKER = re.compile(r"\s*(?:Photo\s+of\s+(?P<alt>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})(?P=alt)|"
                             r"(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}))"
                             r"\s+\((?:[A-Z][^()\n]{1,50}),\s*[A-Z][^()\n]{1,40}\)\s*(?:\|[^\n]*)?$")

#: A record's line that is no one's words: the site's links, a written question ("59. To ask the Taoiseach …", "[2755/24]"),
#: the asker's framing ("Briefly, my question is to ask the Minister …"), the answer's procedure ("I propose to take Questions
#: Nos. 80 and 108 together.").
_RECORD_FURNITURE = re.compile(r"\s*(?:Link\s+to\s+this:|\d+\.\s*$|\[\d+/\d+\]|(?:\d+\.\s+)?To\s+ask\b|.*\bmy\s+question\s+is\b|"
                               r"I\s+propose\s+to\s+take\s+Questions?\b|"
                               # (the procedure's numbers, split from it at "Nos.": "80 and 108 together.", "1 to 7, inclusive, together.")
                               r"\d+(?:,?\s+(?:and|to)\s+\d+)?,?\s*(?:inclusive,?\s*)?together\.?\s*$)")

#: A turn's label that may name the one who asks: an outlet's name ("DER SPIEGEL:"), "Q:", "Question:", "Interviewer:".
_ASKER = re.compile(r"\s*(?:date\s+\d{4}-\d\d(?:-\d\d)?\s+)?(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s*:\s+(?=\S)")
#: A turn's label of one word, a surname ("Stoltenberg: …"), read as a turn only where the workspace or the page knows him.
_SURNAME_LABEL = re.compile(r"\s*(?P<name>[A-Z][\w’'.-]+)\s*:\s+(?=\S)")


def _in_body(paragraph: int, text: str) -> bool:
    """Whether a paragraph is the story's, not its headline: any after the first line, or a first line that is a long
    paragraph (a record may open with its first turn)."""
    return paragraph > 0 or len(text.split()) > 20


def labelled_turns(paragraph_texts: dict[int, str]) -> int:
    """How many paragraphs of the story open with a speaker's label (:data:`_TURN_LABEL`): two or more make it a
    transcript, whose turns run over paragraphs.

    >>> labelled_turns({0: "Budget debate", 1: "Sir Tom Archer: Will he act?", 2: "Jane Hollis: We will act."})
    2

    A headline "Name: …" (no full stop, however often the page repeats it: its title, its breadcrumb, its heading) is no
    turn, nor a related story's headline under it:

    >>> labelled_turns({1: "News Jane Hollis: We will act", 2: "Jane Hollis: We will act", 3: "Tom Archer: Allies agree to"})
    0

    A parliamentary record's speaker line is a turn, and one is enough:

    >>> labelled_turns({0: "Dáil debates", 1: "Photo of Jo BrayJo Bray (Cork South, Labour)", 2: "We will act."})
    2
    """
    labelled = len({" ".join(text[m.end():].split()) for at, text in paragraph_texts.items()
                    if _in_body(at, text) and (m := _TURN_LABEL.match(text))
                    and (re.search(r"[.!?…\"”’)\]]\s*$", text) or len(text.split()) > 25)})
    # (a parliamentary record's speaker lines count too, each a turn: "Photo of Simon CoveneySimon Coveney (Cork South Central,
    # Fine Gael)")
    # (one is enough to make a transcript: a speaker line is no headline, and its turn runs on over the paragraphs after it)
    records = sum(1 for text in paragraph_texts.values() if _RECORD_SPEAKER.fullmatch(text))
    return max(labelled + records, 2) if records else labelled


def verbless(text: str) -> bool:
    """Whether a sentence of a speech is a fragment with no clause of its own — a list of places, a list of arms, a noun
    phrase — by the signs of a finite verb it lacks (no auxiliary, no subject pronoun, no past form) and the way it opens:
    an item and a comma, or a determiner, a noun and a preposition. Written by hand: no tagger is installed, and the
    speeches' own fragments are of these few shapes.

    >>> verbless("Sumy, Chernihiv, Lviv, Odesa, Kharkiv and Kyiv, Dnipro and Nikopol.")
    True
    >>> verbless("Our rescuers from the State Emergency Service of Ukraine.")
    True
    >>> verbless("Our defenders of the sky are doing everything possible to protect the state.")
    False
    >>> verbless("Obviously, the rulers of the terrorist state tried to break our spirit.")
    False
    """
    if re.search(r"\b(?:am|is|are|was|were|be|been|has|have|had|will|would|shall|should|can|could|may|might|must|do|does|did)\b"
                 r"|['’](?:s|re|ve|ll|d|m)\b|\b(?:I|[Ww]e|[Yy]ou|[Tt]hey|[Hh]e|[Ss]he|[Ii]t)\s+(?:\w+ly\s+)?[a-z]+\b|\b[a-z]{3,}ed\b", text):
        return False
    return bool(re.match(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,\s"
                         # (one noun, after an adjective at most: "The week brought results for …" has a verb)
                         r"|(?:The|A|An|Our|Their|His|Her|Its|Your|My|These|Those)\s+(?:(?:new|old|other|entire|[a-z]+(?:al|ic|ive|ous|"
                         r"ful|ent|ant|ian|ese|ish))\s+)?[\w-]+\s+"
                         r"(?:of|from|for|in|on|at|with|to)\s", text.strip()))


def _speaks(speaker: Mention | None) -> TypeGuard[Mention]:
    """Whether a claim may be given to ``speaker``: a known entity, a new name, a surname named before, or an office
    whose holder the whole article may name."""
    # (never an unknown acronym: "…,” CSAT said in a statement" is a council, by the initials the article gave it)
    return speaker is not None and bool(speaker.match.entity or speaker.match.how in ("new", "seen", "office")) and not (
        not speaker.match.entity and re.fullmatch(r"[A-Z]{2,6}", speaker.match.name.strip()))


#: The day a statement was made on, left at its start by a verb with no "that" ("… said Wednesday Germany will only be
#: able to …"): no part of what was said.
DAY_LEAD = re.compile(r"^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s+(?=that\b|[A-Z])")


class LayoutRules(SpeakerRules):
    """Claim rules that read a page's layout (see the module's docstring)."""

    def _claim(self, s: Sentence, speaker: Mention, text: str, kind: str, rule: str) -> Candidate:
        if speaker.match.how == "seen":
            speaker = Mention(speaker.start, speaker.end, Match(speaker.match.name, None, "person", 0.0, "new"))
        who = speaker.match.entity or _slug(speaker.match.name)
        # A claim's speaker is a person or an organisation: a country speaks through its government
        # (left as the country, which `add` refuses with that advice, where none is listed).
        who = self.g.governments.get(who, who) if self.g.types.get(who) == "country" else who
        if kind == "paraphrase":  # (who passed the words on is no part of them: "…, reporter Tsvetelina Stoyanova informed")
            # (nor the release that told them: "… were now of paramount importance, the press release read")
            text = re.sub(r",\s+(?:(?:a\s+|the\s+)?(?:reporter|correspondent)\s+[^,\"“”]{2,60}?\s+(?:informed|reported|said)|"
                          r"(?:as\s+)?(?:quoted|cited)\s+by\s+[^,\"“”]{2,60}?|"
                          r"(?:the|a|its|his|her)\s+(?:[\w-]+\s+)?(?:press\s+release|release|statement|communiqu[eé]|readout)\s+"
                          r"(?:read|reads|said|says|stated|states|added|noted))\.?\s*$", "", text)
        text = re.sub(r"^[•·▪●◦]\s*", "", text)  # (a list's bullet is no part of what was said)
        # (nor the wire's credit that opens the story: "(Bloomberg) -- Ecuador canceled plans to swap …, President Daniel
        # Noboa said")
        text = re.sub(r"^\([A-Z][\w .&-]{1,30}\)\s*(?:--|—|–)\s*", "", text)
        if kind == "paraphrase":  # (nor the day it was said on, left after the verb: "… said Wednesday Germany will …")
            text = DAY_LEAD.sub("", text)
        # (nor the main clause after a fronted phrase that told it: "With Trump suggesting at times that he would consider
        # withdrawing from the alliance, NATO Secretary General Jens Stoltenberg clearly understands that …")
        fronted = re.match(r"\s*With\s", s.text) and kind == "paraphrase" and re.search(
            r",\s+(?:[A-Z][\w’'.-]*\s+){1,6}(?:[a-z]+ly\s+)?[a-z]{3,}(?:s|ed)\b", text)
        if fronted:
            text = text[:fronted.start()]
        fields = {"speaker": who, "kind": kind, "text": text}
        return Candidate.scored("claim", fields, s, rule, [speaker.match],
                                *(("to-confirm",) if speaker.match.to_confirm else ()))

    def _interview_answer(self, s: Sentence, mentions: list[Mention], out: list[Candidate]) -> list[Candidate]:
        """An interview page's answers: "… where Ukrinform managed to get a blitz interview" with the person its lead names,
        then questions and answers each opened by a dash ("- Vladimir Putin skillfully manipulates …? " / "- First, we cannot
        be intimidated …"); an answer runs on over the paragraphs after it, up to the next dash or a heading in capitals.
        Its sentences are the interviewee's words; a question is no one's."""
        interviewee, answering = self.interview
        opens = self.previous_sentence is None or self.previous_sentence[0].paragraph != s.paragraph
        if interviewee is None:
            if s.paragraph <= 2 and re.search(r"\binterview(?:ed)?\b", s.text, re.I):
                # (the person the lead is about, named before the interview: "The UK Secretary of State for Defense, John
                # Healey, paid a visit to Ukraine, where Ukrinform managed to get a blitz interview …")
                said = re.search(r"\binterview", s.text, re.I)
                people = [m for m in self._people(s.text, mentions) if m.match.type in ("person", None) and m.start < said.start()
                          and (m.match.entity or _plausible(m.match.name, m.match))] if said else []
                if people:
                    self.interview, self.interview_lead = (people[0], False), s.paragraph
            return []
        text = s.text.strip()
        if opens:
            dashed = re.match(r"[-–—]\s+", text)
            # (or, where the questions stand as paragraphs of their own with no mark, on a page of two questions or more, any
            # paragraph after the lead that asks nothing and is no label: "German Defense Minister Boris Pistorius gave a long
            # interview to the Frankfurter Allgemeine Zeitung", "Part two:", "With additional recruits alone, we …", "Up to
            # 460,000?", "Yes, active personnel …")
            plain = not dashed and len(self.asking) >= 2 and s.paragraph > self.interview_lead and not re.search(r"\binterview", text, re.I) \
                and not re.fullmatch(r"[^.!?]{0,40}:", self.paragraph_texts.get(s.paragraph, text).strip()) \
                and not any(re.match(r"\s*[-–—]\s", t) for t in self.paragraph_texts.values())
            if dashed or plain:
                answering = s.paragraph not in self.asking
            elif re.fullmatch(r"[^a-z]{6,}", text):  # a heading in capitals ("WE ARE NOT INTIMIDATED BY …")
                answering = False
            self.interview = (interviewee, answering)
        # (a paragraph of an answer is one statement, read at its first sentence)
        if not answering or out or not opens:
            return []
        body = re.sub(r"^[-–—]\s+", "", self.paragraph_texts.get(s.paragraph, text)).rstrip()
        if len(body.split()) < 4:
            return []
        return [self._claim(s, interviewee, body, "quote", "claim:quote-attribution")]

    def _workspace_person(self, name: str) -> Match | None:
        """The person the workspace knows by ``name`` (by its label, an alias or a surname, never a fuzzy guess), else None:
        who a turn's label or a record's speaker line names."""
        resolved = self.g.resolve(name, ("person",))
        return resolved if resolved.entity and resolved.type == "person" and resolved.how != "fuzzy" else None

    def _labelled_turn(self, s: Sentence, mentions: list[Mention], out: list[Candidate]) -> list[Candidate]:
        """A record's turns, each opened by its speaker's label: "Sir Julian Lewis: The Secretary of State was …", "[The
        Secretary of State for Defence (John Healey): When, as a Government, …]". Each sentence is the speaker's claim; a
        question asserts nothing. A turn opened with "[" runs on to its "]"; on a page that labels two turns or more (a
        transcript), a turn runs on over the paragraphs up to the next label. Never the headline, nor a label that names no
        person ("Source: European Pravda")."""
        opens = self.previous_sentence is None or self.previous_sentence[0].paragraph != s.paragraph
        in_body = _in_body(s.paragraph, self.paragraph_texts.get(s.paragraph, ""))
        label = _TURN_LABEL.match(s.text) if opens and in_body else None
        if label is not None and label.group("name") and self.g.names_place(label.group("name").split()):
            label = None  # a dateline's place before a colon, no one's label: "Kuwait City : Kuwaiti Emir … kicked off …"
        speaker, bracketed = self.turn
        # (an interviewer's label, the outlet's or the asker's, "DER SPIEGEL: …", "Q: …": a turn of no one's claims)
        asker = _ASKER.match(s.text) if opens and in_body else None
        if asker and (asker.group("name").lower() in ("q", "question", "interviewer")
                      or _OUTLET.fullmatch(asker.group("name").title())):
            self.turn = (None, False)
            return []
        # (or a parliamentary record's speaker line, a paragraph of its own: the turn is the person's, its lines after it theirs)
        record = _RECORD_SPEAKER.fullmatch(s.text) if opens and in_body else None
        if record is not None:
            name = record.group("alt") or record.group("name")
            at = record.start("alt") if record.group("alt") else record.start("name")
            # (the name the line gives, once: the picture's text glued to it is no part of it)
            holder = self._workspace_person(name) or Match(name, None, "person", 0.0, "new")
            self.turn, self.record_turn = (Mention(at, at + len(name), holder), False), True
            return []
        if speaker is not None and self.labelled_turns >= 2 and _RECORD_FURNITURE.match(s.text):
            return []
        # (or the surname alone of a person the workspace or the page knows: "Stoltenberg: The agreement we reached …")
        alone = _SURNAME_LABEL.match(s.text) if opens and in_body and label is None else None
        if alone and alone.group("name") not in domain().not_names:
            known = self.seen_person(alone.group("name"))
            person = known if known is not None and known.type in ("person", None) else self._workspace_person(alone.group("name"))
            if person is not None:
                self.turn = speaker, bracketed = (Mention(alone.start("name"), alone.end("name"), person), False)
                label = alone
        if label and label is not alone:
            name = label.group("inner") or label.group("name")
            at = label.start("inner") if label.group("inner") else label.start("name")
            named = [m for m in self._people(s.text[:label.end()], mentions) if m.match.type in ("person", None) and m.start >= at
                     and _plausible(m.match.name, m.match) and m.end <= at + len(name) + 1]
            speaker = named[0] if named else None
            # (a label of a person, not a page's rubric, "Pay Attention: …", "Creative Accounting: …": known, given a courtesy
            # title or an office, or named elsewhere in the page, outside a label)
            if speaker is not None and not (speaker.match.entity or label.group("inner") or label.group("courtesy") or any(
                    speaker.match.name in text and not re.match(rf"\s*\[?\s*{re.escape(speaker.match.name)}\s*:", text)
                    for at, text in self.paragraph_texts.items() if at != s.paragraph)):
                speaker = None
            bracketed = label.group(0).lstrip().startswith("[")
            self.turn, self.record_turn = (speaker, bracketed), False
        elif opens and speaker is not None and not bracketed and self.labelled_turns < 2:
            self.turn = speaker, bracketed = (None, False)  # (a single label's turn is its own paragraph)
        if speaker is None:
            return []
        text = s.text[label.end():] if label else s.text
        if bracketed and "]" in text:
            text = text[:text.index("]")]
            self.turn = (None, False)
        body = text.strip().rstrip(".")
        # (the turn's whole sentence, not a part another rule read as the same speaker's: "When we say that we will stand
        # with Ukraine …, we mean it" is more than "we will stand with Ukraine …")
        who = speaker.match.entity or _slug(speaker.match.name)
        if self.record_turn:  # (a record's turn is all its speaker's words: "I spoke to President Zelenskyy … and reiterated
            # Ireland's unwavering commitment …", "He told me of the severe pressure …" are the Taoiseach's, recounting)
            out[:] = [c for c in out if c.kind != "claim"]
        out[:] = [c for c in out if not (c.kind == "claim" and c.fields["speaker"] == who and c.fields["text"] in body)]
        if any(c.kind == "claim" for c in out) or body.endswith("?") or len(body.split()) < 4:
            return []
        return [self._claim(s, speaker, body, "quote", "claim:quote-attribution")]

    def _timed_turn(self, s: Sentence, mentions: list[Mention], out: list[Candidate]) -> list[Candidate]:
        """An interview transcribed with a time code before each turn ("[00:00:10]") and no speakers' labels, its guest named
        in the first turn ("Now, Luke Pollard, Minister of the Armed Forces, is with us this morning."): the turns take
        their speakers in turn, the presenter's first, so every second one is the guest's, each sentence a claim (never a
        question)."""
        if re.fullmatch(r"\s*\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*", s.text):
            self.time_codes += 1
            return []
        if self.time_codes == 1 and self.guest is None:
            found = re.search(rf"(?P<who>{PERSON_NAME}),\s+[^,.;]{{3,80}},\s+(?:is|are)\s+(?:with\s+us|joining\s+us|here\s+with\s+us)\b|"
                              rf"(?:joining\s+us|with\s+us)\s+(?:now\s+|today\s+|this\s+morning\s+)?is\s+(?P<who2>{PERSON_NAME})\b", s.text)
            if found:
                at = found.start("who") if found.group("who") else found.start("who2")
                self.guest = next((m for m in self._people(s.text, mentions) if m.start >= at and m.match.type in ("person", None)
                                   and _plausible(m.match.name, m.match)), None)
            return []
        body = s.text.strip().rstrip(".")
        if self.guest is None or self.time_codes < 2 or self.time_codes % 2 or out or body.endswith("?") or len(body.split()) < 4:
            return []
        return [self._claim(s, self.guest, body, "quote", "claim:quote-attribution")]

    def _speech_page(self, s: Sentence, mentions: list[Mention], out: list[Candidate]) -> list[Candidate]:
        """An institution's page of a speech or a press conference: a byline that names an office holder ("by NATO Secretary
        General Jens Stoltenberg (hosted by …)"), then "(As delivered)", then the speech, each sentence its speaker's claim,
        no quotation marks anywhere. Never a greeting or thanks to a host, a "let me turn to …", a fragment that opens with a
        preposition and has no clause, the page's furniture (a bullet, a caption naming the speaker), a question, nor the
        excerpt's last words cut off mid-sentence."""
        text = s.text.strip()
        if self.speech is None:
            byline = re.match(rf"(?:[A-Z][\w-]*(?:\s+[\w-]+){{0,4}}\s+)?[Bb]y\s+(?:[A-Z][\w.’'-]*\s+){{0,2}}(?i:{_TITLE})\s+", text)
            # (a head of state's own page titles each address "… – address of President Volodymyr Zelenskyy": the
            # address follows with no "(As delivered)", the name closing the title line)
            titled = re.search(rf"\s[–—-]\s+(?:[Aa]ddress|[Ss]peech|[Rr]emarks)\s+(?:of|by)\s+(?:the\s+)?(?i:{_TITLE})\s+"
                               rf"(?:of\s+[A-Z][\w-]+\s+)?(?=[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}}\s*$)", text)
            if (byline or titled) is not None and s.paragraph <= 4:
                at = (byline or titled).end()  # type: ignore[union-attr]
                named = [m for m in self._people(s.text, mentions) if m.start >= at and m.match.type in ("person", None)]
                if named and (named[0].match.entity or _plausible(named[0].match.name, named[0].match)):
                    # (the mark may end the byline's own line, where a short line was read as a wrapped one)
                    self.speech = (named[0], titled is not None or bool(re.search(r"\(\s*As\s+(?:delivered|prepared)\b", text, re.I)))
            return []
        who, delivered = self.speech
        if not delivered:
            if re.fullmatch(r"\(\s*(?:As\s+delivered|As\s+prepared(?:\s+for\s+delivery)?|Check\s+against\s+delivery)\s*\)\.?", text, re.I):
                self.speech = (who, True)
            elif s.paragraph > 8:
                self.speech = None
            return []
        if out or len(text.split()) < 3 or text.endswith("?") or re.search(r"[\"“”]", text) or not re.search(r"\b[a-z]{3,}\b", text) \
                or verbless(text) \
                or re.match(r"(?:[•·▪|(]|Last\s+updated\b|(?:So\s+)?[Ll]et\s+me\b|(?:And|But)\s+(?:has|have|had|is|are|was|were)\b)", text) \
                or re.match(r"(?:Thanks?|Thank\s+you|Good\s+(?:morning|afternoon|evening|day)|Ladies\s+and\s+gentlemen|Dear\s+)\b", text, re.I) \
                or re.match(r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*,\s+thank\b", text) \
                or re.match(r"(?:Over|In|Just|With|Facing|Including|Despite|Through|Among|Beyond|Across)\b[^,]*$", text) \
                or who.match.name.split()[-1] in text \
                or (s.start == self.last_start and not re.search(r"[.!?)]$", text)):
            return []
        return [self._claim(s, who, text.rstrip("."), "quote", "claim:speech-page")]

    def _handed_over(self, s: Sentence, mentions: list[Mention], out: list[Candidate]) -> list[Candidate]:
        """Speech a moderator hands over, as captions and transcripts of press conferences write it with no speaker labels:
        "please let me introduce Secretary of Defense Lloyd Austin to deliver opening remarks. Mr Secretary over to you.
        Thanks … . We just concluded our 12th meeting …": after the hand-over ("over to you", "I'll turn it over to
        Secretary Austin", "Mr Secretary." alone), each sentence is the introduced speaker's claim, up to the next hand-over;
        greetings, thanks and welcomes are none, nor a question, nor the excerpt's last words when cut off mid-sentence. The
        moderator's own words are no one's."""
        text = s.text.strip()
        introduces = re.search(r"\b(?:introduce|introducing|turn\s+it\s+over\s+to|hand\s+(?:it\s+)?over\s+to|give\s+the\s+floor\s+to)\b",
                               s.text, re.I)
        hands_over = re.search(r"\bover\s+to\s+you\b|\bturn\s+it\s+over\s+to\b|\bthe\s+floor\s+is\s+yours\b", s.text, re.I) \
            or re.fullmatch(r"(?:Mr\.?|Madam|Madame)\s+(?:Secretary(?:\s+General)?|President|Minister|Chairman|Chair)[.!]?", text)
        # (the names only where someone is introduced or handed the floor: finding new names is the costly part)
        people = [m for m in self._people(s.text, mentions) if m.match.type in ("person", None)] if introduces or hands_over else []
        if introduces:
            after = [m for m in people if m.start >= introduces.end()]
            if after:
                self.introduced = after[0]
        if hands_over:
            named = [m for m in people if m.start >= (introduces.end() if introduces else 0)]
            self.floor = named[0] if named else self.introduced
            return []
        if self.floor is None or out:
            return []
        if re.match(r"(?:Thanks?|Thank\s+you|Good\s+(?:morning|afternoon|evening|day)|Welcome|Hello|Hi|Ladies\s+and\s+gentlemen|"
                    r"It['’]s\s+(?:great|good|a\s+pleasure|an\s+honou?r)\s+to)\b", text, re.I) or text.endswith("?") \
                or (not re.search(r"[.!?”\"’')]$", text) and self.paragraph_texts.get(s.paragraph, "").rstrip().endswith(text)) \
                or len(text.split()) < 4:
            return []
        return [self._claim(s, self.floor, text.rstrip("."), "quote", "claim:handed-over")]

    def _pasted_remarks(self, s: Sentence, mentions: list[Mention], out: list[Candidate]) -> list[Candidate]:
        """A live blog's remarks pasted as paragraphs of their own, their block quotation's marks lost in the copy: after a
        paragraph closed by what a person said ("…, Jens Stoltenberg, told reporters that “supporting Ukraine is not
        charity” …"), each next paragraph that opens in the first person ("And to do both, we need to invest more, …"),
        with no quotation mark (one that closes is a quotation whose opening mark was lost: see
        :meth:`_unopened_quotation`), no one named and no one else said to say anything in it, is that person's, each
        sentence a claim. The run ends at the first paragraph that is not so."""
        if self.remarks is None or (self.speech is not None and self.speech[1]):
            return []  # (a speech page's sentences are read by _speech_page)
        who, at, pasted = self.remarks
        opens = self.paragraph_texts.get(s.paragraph, "").lstrip().startswith(s.text.strip())
        if not (pasted and s.paragraph == at) and not (opens and s.paragraph == at + 1):
            if s.paragraph > at:
                self.remarks = None
            return []
        if opens and s.paragraph == at + 1 and re.fullmatch(
                r"(?:(?:My\s+)?[Dd]ear|Fellow|Ladies\s+and\s+gentlemen)\b[\w’' ,-]{0,40}[!,.]", self.paragraph_texts[s.paragraph].strip()):
            self.remarks = (who, s.paragraph, False)  # (an address pasted after its lead opens with a greeting: "Dear Ukrainians!")
            return []
        # (a name in scare quotes, “Shahed” drones, is no quotation)
        unquoted = re.sub(r"“[^“”\"]{1,30}”|\"[^“”\"]{1,30}\"|«[^«»]{1,30}»", "", self.paragraph_texts.get(s.paragraph, ""))
        # (nor the page's call to its readers: "Join us on social networks!", "Support us", "Subscribe to our newsletter")
        promo = re.match(r"\s*(?:Join|Follow|Subscribe|Sign\s+up|Share|Like|Download|Donate|Support|Read|Watch|Listen|Click|Visit|"
                         r"Become)\b[^.!?]*\b(?:us|our)\b", s.text)
        # (a reported clause in the first person is the remarks' own words, no claim of the one it names: "The Prime
        # Minister made it clear that her trust in me had wavered." between her remarks)
        # (never a first person inside a quoted phrase: "… evaluated the situation as "I don't care"" is the one named's)
        mine = [c for c in out if c.kind == "claim" and c.rule == "claim:reported-speech"
                and re.search(r"\b(?:I|me|my|myself)\b", re.sub(r"[“\"][^“”\"]*[”\"]", "", c.fields["text"]))]
        if mine and len(mine) == len(out) and not re.search(r"[\"“”«»]", unquoted):
            out.clear()
        # (nor a paragraph in which someone else is said to speak, however far on: "I must say that Europe continues its
        # policy of pressure on Russia. … Foreign Minister Sergei Lavrov said that …" — an outlet's own voice)
        # (a title is no one else: "…, the Prime Minister added")
        others = any(said.group(1) not in who.match.name.split() and said.group(1) not in domain().not_names for said in re.finditer(
            r"\b([A-Z][\w’'-]+)\s+(?:said|says|noted|stated|added|told|warned|claimed)\b", unquoted))
        plain = not out and not promo and not others and not re.search(r"[\"“”«»]", unquoted) and not any(
            m.match.type in ("person", None) for m in self._people(s.text, mentions)
            if not (mine and m.start < s.text.find(mine[0].fields["text"])))
        paragraph = self.paragraph_texts[s.paragraph].rstrip()
        # (a numeral after a name is no "I": "the former two events in Kuwait (Kuwait I and II)", "World War I.")
        numbered = re.sub(r"\b([A-Z][\w-]+\s+)I(?=\s+and\s+II\b|\s*[),.])", r"\1#", s.text)
        if not plain or (not pasted or s.paragraph != at) and not (
                re.search(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|I|[Mm]y|[Mm]e)\b", numbered) and (paragraph[-1:] in ".!?" or (
                    # (or the page's last paragraph, a long one the excerpt cut off)
                    s.paragraph == max(self.paragraph_texts) and len(paragraph.split()) >= 20)
                    # (or a long one whose last stop the copy lost: "I have a draft resignation letter, … no trust", a news
                    # agency's block quotation; a heading is shorter)
                    or len(paragraph.split()) >= 12)):
            if opens and s.paragraph == at + 1 and not out and self._about(s, mentions, who):
                # (a line of narrative between her remarks keeps them hers: "On Monday, X met with Prime Minister Y.")
                self.remarks = (who, s.paragraph, False)
                return []
            self.remarks = None
            return []
        self.remarks = (who, s.paragraph, True)
        said = s.text.strip().rstrip(".")
        cut = s.start == self.last_start and not re.search(r"[.!?)]$", said)  # (the excerpt's last words, cut off)
        return [self._claim(s, who, said, "quote", "claim:pasted-remarks")] if len(said.split()) >= 4 and not verbless(said) and not cut else []

    def _about(self, s: Sentence, mentions: list[Mention], who: Mention) -> bool:
        """Whether ``s`` is a whole paragraph of narrative whose subject is ``who`` ("On Monday, Šakalėnė met with Prime
        Minister Ruginienė."), in the third person."""
        paragraph = self.paragraph_texts.get(s.paragraph, "").strip()
        if paragraph != s.text.strip() or re.search(r"\b(?:I|me|my|we|our|us)\b", paragraph) or re.search(r"[\"“”«»]", paragraph):
            return False
        people = [m for m in self._people(s.text, mentions) if m.match.type in ("person", None)]
        first = people[0] if people else None
        return first is not None and self._key(first.match) == self._key(who.match) and first.start < 40

    def _named_person(self, found: re.Match[str] | None, mentions: list[Mention]) -> Mention | None:
        """The person a layout's ``who`` group names, if one who may be given a claim (see :func:`_speaks`)."""
        if found is None:
            return None
        who = self._speaker_in(found.group("who"), found.start("who"), mentions)
        return who if _speaks(who) and who.match.type in ("person", None) else None

    def _told_outlet(self, s: Sentence, mentions: list[Mention], before: tuple[Sentence, tuple] | None,
                     out: list[Candidate]) -> list[Candidate]:
        """A line that only says whom a person told ("Merz told the “Bild am Sonntag”."), as translated copy sets it between a
        quotation and the next: the quotation just before, in a sentence a pronoun opens and no claim took ("He throws “one
        smoke candle after the other”."), is that person's, and so is a quotation standing alone as the next paragraph."""
        told = re.fullmatch(rf"\s*(?P<who>{PERSON_NAME}|[A-Z][\w’'-]+)\s+(?:told|said\s+to)\s+(?:the\s+)?[“\"„]?"
                            r"[A-Z][^.;“”\"]{1,40}[”\"]?\s*\.?\s*", s.text)
        who = self._named_person(told, mentions) if not out else None
        if who is None:
            return []
        self.last_quote = (who, s.paragraph)
        self.last_quote_reported = False
        self.last_quote_end = s.end
        if before is None or before[1] or s.paragraph - before[0].paragraph > 1:
            return []
        quoted = re.fullmatch(r"\s*(?:He|She)\s+[a-z]+s?\s+[“\"](?P<said>[^“”\"]{5,})[”\"]\s*\.?\s*", before[0].text)
        return [self._claim(before[0], who, quoted.group("said").rstrip("."), "quote", "claim:quote-attribution")] if quoted else []

    def _statement_by(self, s: Sentence, mentions: list[Mention], out: list[Candidate]) -> list[Candidate]:
        """A statement's page, its title naming its author ("Statement by Secretary of Defense Chuck Hagel on the Selection of
        …"), then the statement as paragraphs each opened by a quotation mark, with no one said to say them: each paragraph
        the author's claim (up to its closing mark, or its end where the mark closes only the last)."""
        if s.paragraph <= 1 and self.statement_author is None:
            titled = re.match(rf"\s*(?:Statement|Remarks|Message|Readout)\s+(?:by|from)\s+(?:(?:[A-Z][\w.’'-]*\s+){{0,2}}"
                              rf"(?i:{_TITLE})\s+)?(?P<name>{PERSON_NAME})\b", s.text)
            if titled is not None:
                who = next((m for m in self._people(s.text, mentions) if m.start >= titled.start("name")
                            and m.match.type in ("person", None)), None)
                if who is not None and (who.match.entity or _plausible(who.match.name, who.match)):
                    self.statement_author = who
            return []
        paragraph = self.paragraph_texts.get(s.paragraph, "")
        if self.statement_author is None or out or not paragraph.lstrip().startswith(s.text.strip()) \
                or not re.match(r"\s*[“\"]", paragraph):
            return []
        # (each paragraph the page joined, its own opening mark each: a statement over paragraphs closes only the last)
        return [self._claim(s, self.statement_author, said.group(1).strip().rstrip("."), "quote", "claim:quote-attribution")
                for said in re.finditer(r"[“\"]([^“”\"]{20,})", paragraph)]

    def _captioned(self, s: Sentence, mentions: list[Mention], out: list[Candidate]) -> list[Candidate]:
        """A photo's caption quoting the one it shows: "… Friedrich Merz (r, CDU) during his parliamentary speech to Chancellor
        Olaf Scholz (SPD): “The seriousness of the situation does not lie in rhetoric and populism”" — the name before
        "during his/her …" says it."""
        caption = re.search(rf"(?P<who>{PERSON_NAME})\s*(?:\([^()]*\))?\s+(?:during|in|at)\s+(?:his|her)\s+[^:“”\"]{{3,100}}:\s*"
                            r"[“\"](?P<said>[^“”\"]{10,})[”\"]?\s*$", s.text)
        who = self._named_person(caption, mentions) if not out else None
        if who is None or caption is None:
            return []
        return [self._claim(s, who, caption.group("said").strip().rstrip("."), "quote", "claim:quote-after-colon")]

    def _cut_quotation(self, s: Sentence, out: list[Candidate]) -> list[Candidate]:
        """A quotation a Ukrainian agency's "Quote:" opens and the excerpt cuts off before its closing mark ("Quote: “The
        contracts were concluded in late February …" to the page's end, no mark closing it anywhere after): the speaker's,
        as "Quote: “…”" is (the one quoted or spoken of last), its opening paragraph one claim."""
        paragraph = self.paragraph_texts.get(s.paragraph, "")
        opened = re.match(r"\s*Quotes?\s*:\s*[“\"](?P<said>[^“”\"]{20,})$", paragraph)
        if out or opened is None or not paragraph.lstrip().startswith(s.text.strip()) \
                or any(re.search(r"[“”\"]", text) for at, text in self.paragraph_texts.items() if at > s.paragraph):
            return []
        speaker = self.last_quote[0] if self.last_quote else self.last_person
        said = opened.group("said").strip().rstrip(".")
        return [self._claim(s, speaker, said, "quote", "claim:quote-after-colon")] if _speaks(speaker) else []

    def _embedded_post(self, s: Sentence, mentions: list[Mention], run: list[str], out: list[Candidate],
                       above: list[str] | None = None) -> list[Candidate]:
        """A post as pages embed it: its text, then "— Hanno Pevkur (@HPevkur) April 24, 2025" (the author's name and
        handle); the text is the paragraph's, up to the dash, without handles and picture links (or, where the signature is a
        line of its own, ``above``: the sentences of the paragraph before it that no one was said to say)."""
        # (the name also in another script after a slash: "— Volodymyr Zelenskyy / Володимир Зеленський (@ZelenskyyUa)")
        signed = re.search(rf"[—–]\s*(?P<who>{PERSON_NAME})\s*(?:/\s*[^()/\n]{{2,60}}?\s*)?\(@\w+\)", s.text)
        if signed is None or out:
            return []
        if not run and not s.text[:signed.start()].strip() and above:
            run = above  # (the signature a line of its own, under the post's paragraph)
        body = " ".join([*run, s.text[:signed.start()]])
        body = re.sub(r"(?:pic\.twitter\.com|https?://)\S*|@\w+", "", body)
        body = re.sub(r"\s+", " ", body).strip(" .—–-")
        speaker = self._speaker_in(signed.group("who"), signed.start("who"), mentions)
        if len(body.split()) < 4 or not _speaks(speaker) or speaker.match.type not in ("person", None):
            return []
        return [self._claim(s, speaker, body, "quote", "claim:quote-attribution")]

    def _name_line(self, s: Sentence, mentions: list[Mention], before: tuple[int, list[Sentence], bool],
                   out: list[Candidate]) -> list[Candidate]:
        """A paragraph of words in the first person, no quotation marks and no one said to say them, then a line that is
        only the name of someone the article has named ("We were actually the first to help … ." then "Piotr Lukasiewicz"):
        a quotation set as a block with its speaker under it, as some sites lay one out. Each sentence is a claim of that
        person. Never a name new at that line (a byline under a linked headline), nor a paragraph in the third person."""
        if out or before[0] != s.paragraph - 1 or not before[2] or not re.fullmatch(rf"\s*{PERSON_NAME}\s*", s.text) \
                or self.paragraph_texts.get(s.paragraph, "").strip() != s.text.strip():
            return []
        who = next((m for m in self._people(s.text, mentions) if m.match.type in ("person", None)), None)
        if who is None or not (who.match.entity or _slug(who.match.name) in self.person_orgs or any(
                who.match.name in text for at, text in self.paragraph_texts.items() if at < before[0])):
            return []  # (named before the quotation, not only under it)
        said = before[1]
        if not any(re.search(r"\b(?:we|our|us|I|my|me)\b", p.text, re.I) for p in said):
            return []
        if self.paragraph_texts.get(s.paragraph + 1, "").lstrip().startswith((who.match.name, who.match.name.split()[-1])):
            return []  # a profile's heading, the next paragraph opening with the same name ("Jens Stoltenberg" then "Jens
            # Stoltenberg served as …"): the paragraph above it is the page's own
        return [self._claim(p, who, p.text.strip().rstrip("."), "quote", "claim:quote-attribution") for p in said
                if len(p.text.split()) >= 4]

    def _dash_attribution(self, s: Sentence, mentions: list[Mention], before: tuple[int, list[Sentence], bool],
                          out: list[Candidate]) -> list[Candidate]:
        """"We discussed the implementation of the 47th military aid package …" as a paragraph of its own, then "- Radosław
        Sikorski said after a meeting with …" (or "- said the Polish Foreign Minister."): the layout of Ukrainian
        agencies, whose quotation is the whole paragraph before, without marks, and the next paragraph a dash and who
        said it. Only a paragraph none of whose sentences held a claim or a quotation mark is taken so."""
        said = re.match(rf"\s*[-–—]\s*(?:(?P<lead>[^,.;:\"“”]{{3,90}}?)\s+(?:{_SAY})\b|(?:{_SAY})\s+(?P<after>[^,.;:\"“”]{{3,90}}?)"
                        r"\s*(?:[,.;]|$))", s.text)
        if said is None or out or before[0] != s.paragraph - 1 or not before[2]:
            return []
        body = " ".join(p.text.strip() for p in before[1]).strip()
        which = "lead" if said.group("lead") else "after"
        speaker = self._speaker_or_office(said.group(which), said.start(which), mentions)
        if said.group(which).strip().lower() in ("he", "she"):
            # ("– she wrote." under a post that names others: the one the paragraph before the post opened with, "Former Prime
            # Minister … Beata Szydło commented on this information on the X platform", never one named inside it)
            speaker = self._paragraph_opener(before[0] - 1) or speaker
        if len(body.split()) >= 5 and _speaks(speaker):
            return [self._claim(s, speaker, body.rstrip("."), "quote", "claim:dash-attribution")]
        return []

    def _paragraph_opener(self, paragraph: int) -> Mention | None:
        """The first person a paragraph names, within its first sixty characters, if any."""
        text = self.paragraph_texts.get(paragraph, "")
        people = sorted([m for m in [*self.finder.find(text), *self.finder.new_people(text)] if m.match.type in ("person", None)
                         and (m.match.entity or _plausible(m.match.name, m.match))], key=lambda m: m.start)
        return people[0] if people and people[0].start < 60 else None

    def _attributed_next(self, s: Sentence) -> bool:
        """Whether the sentence after ``s`` in its paragraph opens with its own attribution ("“…!” / Bondar said in a
        tweet."): a quotation closed by "!" or "?" is a sentence of its own, and that next one says whose it is.

        Or with another quotation and its attribution ("“… with the United States.” “These funds …,” Plenkovic said."): two
        quotations side by side, told once, are the one teller's."""
        paragraph, own = self.paragraph_texts.get(s.paragraph, ""), s.text.strip()
        at = paragraph.find(own)
        after = paragraph[at + len(own):] if at >= 0 else ""
        teller = r"(?:he|she|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
        return bool(re.match(rf"\s*{teller}\s+(?:{_SAY})\b", after)
                    or re.match(rf"\s*[“\"][^“”\"]{{12,}}[”\"]\s*,?\s*(?:{teller}\s+(?:{_SAY})|(?:{_SAY})\s+{teller})\b", after))

    def _unopened_quotation(self, s: Sentence, mentions: list[Mention], run: list[str], out: list[Candidate]) -> list[Candidate]:
        """"In Vilnius, Albania will present … . We will also announce that … . Together we are stronger, …,” he added.": a
        quotation whose opening mark the page lost, closed and attributed in the paragraph's last sentence; it runs from
        the paragraph's first sentence that no one was said to say (``run``, those before this one)."""
        # (or the paragraph's own first sentence: "We stand shoulder-to-shoulder with Ukraine …,” Conroy said while in London")
        opens = self.previous_sentence is None or self.previous_sentence[0].paragraph != s.paragraph
        if out or not (run or opens):
            return []
        closed = re.match(rf"(?P<body>[^“”\"]{{10,}}?)\s*[”\"]\s*,?\s*(?P<lead>he|she|[A-Z][^,.;“”\"]{{2,60}}?)\s+(?:{_SAY})\b[^“”\"]*$",
                          s.text)
        # (or the verb first: "… but tomorrow it could be any of us," said the Chilean head of state.)
        closed = closed or re.match(rf"(?P<body>[^“”\"]{{10,}}?)\s*[”\"]\s*,?\s*(?:{_SAY})\s+(?P<lead>(?:the\s+)?[A-Za-z][^,.;“”\"]{{2,60}}?)"
                                    r"\s*[.!]?\s*$", s.text)
        # (speech in the first person somewhere: a narrator's sentence before is no part of it; a paragraph of that one sentence
        # alone is the quotation whatever its person: "Croatia will be in the green,” he said.")
        if closed is None or (run and not any(re.search(r"\b(?:[Ww]e|[Oo]ur|us|I|[Mm]y)\b", part) for part in [*run, closed.group("body")])):
            return []
        speaker = self._speaker_or_office(closed.group("lead"), closed.start("lead"), mentions)
        if _speaks(speaker):
            body = " ".join([*run, closed.group("body").strip()]).strip().rstrip(",")
            return [self._claim(s, speaker, body, "quote", "claim:quote-attribution")]
        return []

    def _dash_quote(self, s: Sentence, mentions: list[Mention]) -> Candidate | None:
        """"– From the start of the war, Denmark has been … We shall continue to be so, says Defence
        Minister X.": a paragraph opened by a dash is a quotation (Nordic and Slavic copy marks speech
        so), attributed by its last sentence's ", says X"."""
        opened = re.match(r"\s*[–—]\s*|\s*-\s+", s.text)
        if opened:
            self.dash_quote = (s.paragraph, [s.text[opened.end():]])
        elif self.dash_quote is not None and self.dash_quote[0] == s.paragraph:
            self.dash_quote[1].append(s.text)
        else:
            self.dash_quote = None
            return None
        said = re.search(rf",\s+(?:{_SAY})\s+(?P<lead>[^,.;\"“”]{{3,90}})[.!]?\s*$", s.text)
        if said is None:
            return None
        parts = self.dash_quote[1]
        quote = " ".join([*parts[:-1], parts[-1][:len(parts[-1]) - (len(s.text) - said.start())]]).strip()
        self.dash_quote = None
        # (the speaker's party after the name is no part of it: "says Defense Minister Bjørn Arild Gram (Sp).")
        lead = re.sub(r"\s*\([^)]{1,15}\)\s*$", "", said.group("lead"))
        speaker = self._speaker_in(lead, said.start("lead"), mentions)
        if len(quote.split()) < 4 or speaker is None or not (speaker.match.entity or speaker.match.how in ("new", "seen")):
            return None
        return self._claim(s, speaker, quote, "quote", "claim:dash-quote")
