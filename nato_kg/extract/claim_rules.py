"""Claim rules: quotations and reported speech, and who said them."""

from __future__ import annotations

import re

from .candidate import Candidate, RuleState
from .domain import domain
from .gazetteer import DEMONYMS, Match
from .mentions import NAME_TOKEN, PERSON_NAME, Mention
from .money import find_money
from .patterns import _INSTITUTION, _PLEDGE_CUES, _REPORTED, _SAY, _TITLE, ROLE_TITLES, _plausible, _slug, own_defence_spending, quoted_spans
from .sentences import Sentence

#: What may stand between a subject and its reporting verb: auxiliaries and a few adverbs.
_BEFORE_VERB = re.compile(r"(?:\s+(?:has|have|had|is|was|also|long|repeatedly|again|once|consistently|itself))*\s*", re.I)


def _announces_pledge(text: str) -> bool:
    """Whether reported speech only announces a pledge (an amount and a pledge word): the seeds keep such
    speech as the pledge's evidence, not as a claim of its own."""
    return bool([m for m in find_money(text) if not own_defence_spending(text, m.start, m.end)] and _PLEDGE_CUES.search(text))


class ClaimRules(RuleState):
    """Claim rules: quotations and reported speech, and who said them."""

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
            resolved = self.seen_person(token.group(0)) or self.g.resolve(token.group(0), ("person",))
            knight = self._knight(token.group(0)) if re.search(r"\b(?:Sir|Dame)\s+$", lead[:token.start()]) else None
            if knight is not None:  # "Sir Keir stated …"
                best = Mention(start, base + token.end(), knight)
            elif resolved.entity or resolved.how == "seen":
                best = Mention(start, base + token.end(), resolved)
            elif not lead[token.end():].strip() and token.start() > 0 and lead[:token.start()].rstrip().endswith(",") \
                    and self.g.country_or_org(token.group(0)) is None and token.group(0).lower() not in DEMONYMS:
                # "Trump was, Merz argued, “…”": a surname the article never gave in full, right before the verb
                best = Mention(start, base + token.end(), Match(token.group(0), None, "person", 0.0, "seen"))
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
        # An organisation as the subject of the reporting verb ("NATO reinforces that …", "The alliance has long
        # emphasized that …"), or a country whose government the workspace lists; any country that is the verb's
        # own subject after the last person named ("…, as demanded by President Donald Trump, but Spain said it
        # could …": Spain's statement, not Trump's).
        for m in self._agents(mentions):
            if not (m.match.entity and base <= m.start and m.end <= at and re.fullmatch(_BEFORE_VERB, text[m.end:at])):
                continue
            if best is None and (m.match.type == "organization" or m.match.entity in self.g.governments):
                best = m
            elif best is not None and m.start > best.end and m.match.type in ("country", "organization"):
                best = m
        return best

    def _knight(self, first: str) -> Match | None:
        """The one person named in full before whose first name is ``first``: a knight or dame is named by
        the first name ("Sir Keir" for Keir Starmer); None when no one, or more than one, is."""
        full = {m.name: m for m in self.seen_people.values() if m.type == "person" and len(m.name.split()) >= 2
                and m.name.split()[0] == first}
        return next(iter(full.values())) if len(full) == 1 else None

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
        found = self._speaker_head(lead, at, mentions)
        if found is None and re.search(rf"(?i:{_TITLE}|\bminister\b)", lead):
            # a long title ending in the name ("Minister for International Development Cooperation and Foreign
            # Trade Johan Forssell"): the name the lead ends with
            named = [m for m in self.finder.new_people(lead) if lead[m.end:].strip(" .,") == ""]
            if named and _plausible(named[-1].match.name, named[-1].match):
                m = named[-1]
                found = Mention(at + m.start, at + m.end, m.match if m.match.entity else Match(m.match.name, None, "person", 0.0, "new"))
        return found

    def _speaker_head(self, lead: str, at: int, mentions: list[Mention]) -> Mention | None:
        """The speaker the head of an attribution names (see :meth:`_speaker_in`)."""
        # "the prime minister of Norway during the meeting with … Jens Stoltenberg": the speaker ends where
        # the circumstances begin
        head = re.split(r"\s+(?:during|at|in|on|after|before|while|when|with|as|from|to|for)\s+",
                        lead.split(",")[0].strip().lstrip("–—- ").strip())[0]
        head = re.sub(r"^[A-Z][A-Z .'-]{2,}(?:\([^)]*\))?\s*[—–-]\s*", "", head)  # a dateline: "OTTAWA — Canada's minister"
        head = re.sub(r"(?:\s+(?:[a-z]+ly|also|then|later|again|is|was|has been))+$", "", head)  # "the Prime Minister reportedly"
        if not head:
            return None
        # "the head of the Finnish government": the Finnish prime minister
        head = re.sub(r"^(?:[Tt]he\s+)?head\s+of\s+(?:the\s+)?(?P<pre>[A-Z][\w’']*\s+)?government$",
                      lambda g: f"the {g.group('pre') or ''}Prime Minister", head)
        if head.lower() in ("he", "she"):
            return self.last_person
        start = at + lead.find(head)
        known = [m for m in mentions if m.match.type == "person" and start <= m.start and m.end <= start + len(head)]
        if known:
            return known[-1]
        titled = re.match(rf"(?:the\s+)?(?:(?:former|deputy|acting)\s+)?(?:[A-Z][\w.’']*\s+){{0,2}}?(?P<title>(?i:{_TITLE}))\b\s*", head)
        name = head[titled.end():].strip() if titled else head
        of = re.match(r"of\s+(?:the\s+)?", name) if titled else None
        org = None
        if of:  # "Minister of Defence of the Netherlands Kajsa Ollongren": the country, then the name
            words = name[of.end():].split()
            cut = next((i for i in range(1, len(words) + 1) if self.g.country_or_org(" ".join(words[:i])) is not None), None)
            if cut:
                org = self.g.country_or_org(" ".join(words[:cut]))
                name = " ".join(words[cut:])
            elif words and re.fullmatch(rf"(?:[A-Z][\w-]+\s+){{0,3}}{_INSTITUTION}", " ".join(words)):
                # "the President of the European Council": an institution the workspace does not know, by its slug
                org, name = Match(" ".join(words), _slug(" ".join(words)), "organization", 0.0, "new"), ""
        if re.fullmatch(r"(?:the|The)\s+(?:(?:defen[cs]e|foreign|finance)\s+)?(?:ministry|government)", head) and self.main_country:
            # "…, the ministry said", "the government said in a resolution": the article's own country speaking
            return Mention(start, start + len(head), self._assumed_country(self.main_country))
        bare = re.fullmatch(r"(?:the|The)\s+minister", head)
        if bare:  # "the minister pointed out": the one minister (not the prime minister) this article named
            ministers = [p for p, held in self.person_roles.items() if any(r.endswith("minister") and r != "prime-minister" for r in held)]
            if len(ministers) > 1 and self.last_person is not None and self._key(self.last_person.match) in ministers:
                return self.last_person  # several ministers: the one the sentence before spoke of ("Collins said …")
            return Mention(start, start + len(head), Match(ministers[0], ministers[0], "person", 80.0, "label")) \
                if len(ministers) == 1 else None
        if not name and titled:  # a title alone ("the prime minister of Norway"): the holder this article named
            role = ROLE_TITLES[" ".join(titled.group("title").lower().split())]
            qualifier = re.match(r"(?:the\s+)?(?:(?:former|deputy|acting)\s+)?(?P<pre>[A-Z][\w’']*)\s", head)
            pre = re.sub(r"['’]s$", "", qualifier.group("pre")) if qualifier else ""
            if org is None and qualifier and pre and (pre.lower() in DEMONYMS or pre != qualifier.group("pre")):
                org = self.g.country_or_org(pre)  # "the Norwegian Prime Minister", "Canada's minister of defence"
            holders = [p for p, held in self.person_roles.items() if role in held
                       and (org is None or self.person_orgs.get(p) in (org.entity, None))]
            if len(holders) > 1 and org is None and self.main_country:  # "The president added …": of the article's country
                holders = [p for p in holders if self.person_orgs.get(p) == self.main_country] or holders
            if len(holders) == 1:
                return Mention(start, start + len(head), Match(holders[0], holders[0], "person", 90.0, "label"))
            named = {m.entity or _slug(m.name): m for m in self.titled.get(role, [])}
            if not holders and len(named) == 1:  # "Prime Minister Jonas Gahr Støre" earlier, with no country there
                person = next(iter(named.values()))
                if org is not None and org.type == "country":  # what the title-only reference adds: the country
                    self.inferred_office = (person, role, org)
                return Mention(start, start + len(head), person)
            return None
        name = re.sub(r"['’]s$", "", name)
        sir = re.match(r"(?:Sir|Dame)\s+([A-Z][\w’'-]+)$", name)
        knight = self._knight(sir.group(1)) if sir else None
        if knight is not None:  # "Sir Keir stated …"
            return Mention(start, start + len(head), knight)
        name = re.sub(r"^(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+", "", name)  # "Mr Marles said"
        words = name.split()
        if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or \
                any(w.strip(".,") in domain().not_names for w in words):
            return None
        offset = start + head.find(name)
        resolved = self.seen_person(name) or self.g.resolve(name, ("person",))
        if resolved.entity or resolved.how == "seen":
            return Mention(offset, offset + len(name), resolved)
        if self.g.country_or_org(name) is not None or name.lower() in DEMONYMS:
            return None  # "…," Germany said: a state, not a person
        return Mention(offset, offset + len(name), Match(name, None, "person", 0.0, "new"))

    def claims(self, s: Sentence, mentions: list[Mention]) -> list[Candidate]:
        out = self._claims(s, mentions)
        # two readings of one statement ("said on Wednesday that all 32 members …" and "all 32 members …"): the one
        # without the words before it
        out = [c for c in out if not (c.kind == "claim" and any(
            o is not c and o.kind == "claim" and o.fields["speaker"] == c.fields["speaker"]
            and len(o.fields["text"]) < len(c.fields["text"]) and c.fields["text"].endswith(o.fields["text"]) for o in out))]
        if self.inferred_office is not None:  # "…," said the prime minister of Norway (named earlier by title only)
            person, role, org = self.inferred_office
            self.inferred_office = None
            who = person.entity or _slug(person.name)
            if role not in self.person_roles.get(who, set()):
                out.append(Candidate.scored("role", {"person": who, "role": role, "organization": org.entity, "status": "current"},
                                            s, "role:title-reference", [person, org],
                                            *(() if person.entity else ("new-entity",))))
                self.person_orgs.setdefault(who, str(org.entity))
                self.person_roles.setdefault(who, set()).add(role)
        return out

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
        speaker = self._speaker_in(said.group("lead"), said.start("lead"), mentions)
        if len(quote.split()) < 4 or speaker is None or not (speaker.match.entity or speaker.match.how in ("new", "seen")):
            return None
        return self._claim(s, speaker, quote, "quote", "claim:dash-quote")

    def _claims(self, s: Sentence, mentions: list[Mention]) -> list[Candidate]:
        out: list[Candidate] = []
        text = s.text
        dashed = self._dash_quote(s, mentions)
        if dashed is not None:
            return self._remember(s, mentions, [dashed])
        pending, self.pending_speaker = self.pending_speaker, None
        dangling, self.dangling_quote = self.dangling_quote, None
        # "“… Ukraine can count on us,”" as a paragraph, then "Minister of Defence … Kajsa Ollongren noted." as the next
        alone = re.fullmatch(rf"\s*(?P<lead>[^\"“”]{{3,150}}?)\s+(?:{_SAY})\s*[.!]?\s*", text)
        # the very next sentence: a paragraph of its own after a quote cut off at a comma, or the rest of the quote's
        # own paragraph after a complete one ("“… fight and win.” Blair said.")
        if dangling is not None and alone and (s.paragraph > dangling[0].paragraph if dangling[0].text.rstrip().endswith(("”", "\""))
                                               and re.search(r",\s*[\"”]$", dangling[0].text.rstrip())
                                               else s.paragraph == dangling[0].paragraph):
            speaker = self._speaker_in(alone.group("lead"), 0, mentions)
            if speaker is not None and (speaker.match.entity or speaker.match.how in ("new", "seen")):
                out.append(self._claim(dangling[0], speaker, dangling[1], "quote", "claim:quote-then-attribution"))
        # a curly opening mark may close with a straight one ("“… not enough," said …"): wire copy mixes them
        # (and single marks where a sentence or a clause opens with one and it closes after the quote's punctuation:
        # "'Additional Lithuanian military aid will soon arrive in Ukraine,' Anušauskas said")
        # («…» too, as much European copy writes them: "«We know what is at stake», – Michel added")
        for q in re.finditer(r"\"([^\"“”]{12,})[\"”]|“([^”\"]{12,})[”\"]|(?:(?<=^)|(?<=[\s:]))['‘]([^'‘’]{12,}?[,.!?])['’](?=\s|$)"
                             r"|«([^«»]{12,})»|(?<=:\s)‘([^‘’]{12,})’", text):  # (and "said: ‘it is crucial …’.")
            quote = (q.group(1) or q.group(2) or q.group(3) or q.group(4) or q.group(5)).strip().rstrip(",")
            tail = text[q.end():q.end() + 160]
            if len(quote.split()) < 4:
                # too short to be a claim ("“Make no mistake,” Austin said."), but who said it: a quote that follows
                # as its own sentence is theirs
                short = re.match(rf"\s*,?\s*(?P<lead>[^.!?\"“”]{{1,60}}?)\s+(?:{_SAY})\b", tail)
                teller = self._speaker_in(short.group("lead"), q.end() + short.start("lead"), mentions) if short else None
                if teller is not None and (teller.match.entity or teller.match.how in ("new", "seen")):
                    self.last_quote, self.last_quote_end = (teller, s.paragraph), s.end
                continue
            # "…," <speaker, with title or appositive> said …   /   "…," said <speaker>
            lead = re.match(rf"\s*,?\s*(?P<lead>[^.!?\"“”]{{1,120}}?)\s+(?:{_SAY})\b", tail) \
                or re.match(rf"\s*,?\s*(?:{_SAY})\s+(?P<lead>(?i:{_TITLE})[^.!?\"“”,]{{0,60}},\s+{PERSON_NAME})", tail) \
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
                    self.last_quote[0] if self.last_quote else self.last_person)  # "Quote: “…”" after "X has said that …"
                if speaker is not None and (speaker.match.entity or speaker.match.how in ("new", "seen")):
                    out.append(self._claim(s, speaker, quote, "quote", "claim:quote-after-colon"))
                    continue
            # (or a sentence of the same paragraph that is only a quotation: "“…,” Healey emphasized. “As the new …”")
            if q.start() <= 2 and self.last_quote and (self.last_quote[1] == s.paragraph - 1 or (
                    self.last_quote[1] == s.paragraph and not text[q.end():].strip(" .")
                    and 0 <= s.start - self.last_quote_end <= 3)) and \
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
            if speaker is None or not (speaker.match.entity or speaker.match.how == "seen" or _plausible(speaker.match.name, speaker.match)):
                if q.start() <= 2 and not text[q.end():].strip(" .") and re.search(r"[,.!?]\s*[\"”]\.?$", q.group(0) + text[q.end():].strip()):
                    self.dangling_quote = (s, quote)  # the whole paragraph, cut off at a comma: its speaker follows
                continue
            out.append(self._claim(s, speaker, quote, "quote", "claim:quote-attribution"))
        for m in (m for pattern in _REPORTED for m in pattern.finditer(text)):
            if any(q0 <= m.start() < q1 for q0, q1 in quoted_spans(text)):
                continue  # reported speech inside a quote belongs to the quote
            anchor = m.start("text") if m.group(0).lower().startswith("according") else m.start()
            # "According to the head of the Finnish government, …": the holder of that office, before any country the
            # words name (the government is the speaker only where no one holds the office here)
            according = re.match(r"\s*(?i:according to)\s+(?P<lead>[^,]{3,60}),", text[m.start():])
            who = self._person_before(text, mentions, anchor, reach=110)
            if according and (who is None or who.match.type != "person") \
                    and re.search(rf"(?i:{_TITLE}|\bhead\s+of\b|\bminister\b)", according.group("lead")):
                holder = self._speaker_in(according.group("lead"), m.start() + according.start("lead"), mentions)
                who = holder if holder is not None and holder.match.type == "person" else who
            if who is None and not m.group(0).lower().startswith("according") and anchor <= 70 \
                    and re.search(rf"(?i:{_TITLE}|\bminister\b)", text[:anchor]):
                # "Canada's minister of defence says …": a title alone as the subject, or a name with a long
                # appositive ("Rutte, chairing his first meeting …, said …")
                who = self._speaker_in(text[:anchor], 0, mentions) or self._person_before(text, mentions, anchor, reach=200)
            elif who is None and not m.group(0).lower().startswith("according"):
                who = self._person_before(text, mentions, anchor, reach=200)
            if who is None:
                continue
            para = re.split(r",\s+(?:stating|saying|adding|noting|emphasizing|emphasising|warning|claiming)\b", m.group("text"))[0]
            para = para.strip().rstrip(".").rstrip(",")
            if len(para.split()) < 3:
                continue
            if re.match(r"(?:[A-Z][\w-]+\s+)?(?:reports?|reported|citing|writes|wrote)\b", para):
                continue  # "According to the minister, Ukrinform reports, citing …": where the news came from, not what was said
            if _announces_pledge(para):
                continue  # "Sánchez announced that Madrid would provide … $1.05bn": the pledge's evidence, not a claim
            if m.group("text").rstrip().endswith(":"):
                continue  # "…, the package will reportedly consist of the following:": a list follows, no statement
            out.append(self._claim(s, who, para, "paraphrase", "claim:reported-speech"))
        # "Mr Healey said: “As the new Defence Secretary, I will …" with no closing mark: British copy closes a
        # multi-paragraph quote only at its end; the quote runs to the end of the paragraph's sentence
        opened = re.search(rf"\b(?:{_SAY})\s*[:,]\s*[“\"](?P<text>[^”\"]{{15,}})$", text)
        if opened and not out:
            speaker = self._person_before(text, mentions, opened.start(), reach=90)
            if speaker is not None and (speaker.match.entity or _plausible(speaker.match.name, speaker.match)):
                # (the paragraphs it ran over each opened with a mark of their own)
                quote = re.sub(r"\s+[“\"]", " ", opened.group("text")).strip()
                out.append(self._claim(s, speaker, quote, "quote", "claim:quote-attribution"))
                self.last_quote = (speaker, s.paragraph)
        # "Brekelmans: Unceasing waves of Russian attacks …" (a statement introduced by its speaker's name)
        named = re.match(rf"\s*(?P<who>{PERSON_NAME}|{NAME_TOKEN}):\s+(?P<text>[A-Z].{{20,}})", text) or \
            re.search(rf"(?P<who>{PERSON_NAME})\s+(?i:on)\s+(?:X|Twitter|Facebook|Telegram|Instagram|LinkedIn|Bluesky)\s*[,:]\s+"
                      r"(?P<text>[A-Z].{20,})", text)  # "… Pete Hegseth On X, I advocated …": a post introduced by its author
        if named and not out and s.paragraph > 0:
            speaker = self._speaker_in(named.group("who"), named.start("who"), mentions)
            if speaker is not None and speaker.match.type in ("person", None) and (speaker.match.entity or speaker.match.how == "seen"):
                out.append(self._claim(s, speaker, named.group("text").strip().rstrip("."), "quote", "claim:quote-after-colon"))
        # "The Czech Republic will allocate tens of millions of euros …, Czech Prime Minister Petr Fiala said." (wire
        # copy's reported speech: the statement first, its speaker after, no quotation marks)
        said_after = re.search(r",\s+(?P<lead>[^,\"“”]{2,90}?)\s+(?:said|says|told reporters|added|clarified|explained|noted)"
                               r"(?:\s+(?:on\s+\w+|earlier\s+this\s+week|this\s+week|last\s+week|yesterday|today))?"
                               r"(?:,\s+(?:as|while|after)\b[^\"“”]*)?\.?\s*$", text)
        # (a few words in quotation marks are the writer's, not a quotation: "going through ammunition “many times higher”")
        quoted = [q for q in quoted_spans(text) if len(text[q[0]:q[1]].split()) > 5]
        if said_after and not out and not quoted and len(text[:said_after.start()].split()) >= 5:
            speaker = self._speaker_in(said_after.group("lead"), said_after.start("lead"), mentions)
            body = text[:said_after.start()].strip()
            if speaker is not None and (speaker.match.entity or speaker.match.how in ("new", "seen")) \
                    and not _announces_pledge(body):
                out.append(self._claim(s, speaker, body, "paraphrase", "claim:reported-speech"))
        # "Public support will push forward …, according to Deputy Prime Minister Richard Marles."
        trailing = re.search(r",\s+according to\s+(?P<lead>[^,.;\"“”]{3,90})\.?\s*$", text)
        if trailing and not out and len(text[:trailing.start()].split()) >= 4:
            speaker = self._speaker_in(trailing.group("lead"), trailing.start("lead"), mentions)
            if speaker is not None and (speaker.match.entity or speaker.match.how in ("new", "seen")):
                body = re.sub(r"^[A-Z][\w .]{0,20}\([A-Z]+\)\s*[—–-]+\s*", "", text[:trailing.start()].strip())  # "July 3 (UPI) --"
                if not _announces_pledge(body):
                    out.append(self._claim(s, speaker, body, "paraphrase", "claim:reported-speech"))
        # a paragraph that opens a quotation and never closes it, right after the same speaker's quotation:
        # British copy continues a quote so ("… might," Minister Marles said. / "As a middle-sized country …)
        if not out and re.match(r"\s*[“\"]", text) and not re.search(r"[”\"]", text.lstrip()[1:]) and self.last_quote \
                and self.last_quote[1] == s.paragraph - 1 and len(text.split()) >= 5:
            out.append(self._claim(s, self.last_quote[0], text.strip().lstrip("“\"").strip(), "quote", "claim:quote-continued"))
            self.last_quote = (self.last_quote[0], s.paragraph)
        colon = re.search(rf"\b(?:{_SAY})\s*:\s*$|:\s*$", text)
        if colon and not out:
            verb = None
            for v in re.finditer(rf"\b(?:{_SAY})\b", text):
                verb = v
            if verb is not None:
                self.pending_speaker = self._person_before(text, mentions, verb.start(), reach=120)
        # a quoted fragment inside the same speaker's reported speech ("Macron stated that “the first security
        # guarantee” is …") is part of that claim, not a claim of its own
        paraphrases = [(c.fields["speaker"], c.fields["text"]) for c in out if c.fields["kind"] == "paraphrase"]
        out = [c for c in out if not (c.fields["kind"] == "quote" and any(
            who == c.fields["speaker"] and c.fields["text"] in para for who, para in paraphrases))]
        return self._remember(s, mentions, out)

    def _remember(self, s: Sentence, mentions: list[Mention], out: list[Candidate]) -> list[Candidate]:
        """Note what later sentences refer back to: the last quote's speaker, the subject a "he" stands for."""
        text = s.text
        # The subject a later "he"/"she" refers to: a known person, or one a role rule named.
        people = [m for m in self._people(text, mentions)
                  if m.match.entity or _slug(m.match.name) in self.person_orgs]
        subject = people[0] if people and people[0].start < 60 else None
        # "Marles reiterated …", "Meanwhile, Kristersson warned …": the surname of one named before
        for first in re.finditer(r"\b([A-Z][\w-]+)(?![\w’'-])", text[:60]):
            seen = self.seen_person(first.group(1)) if first.group(1) not in domain().not_names else None
            if subject is None and seen is not None and seen.type == "person" and len(seen.name.split()) >= 2 and (
                    seen.entity or _slug(seen.name) in self.person_orgs):  # a known person, or one holding an office
                subject = Mention(first.start(1), first.end(1), seen)
                break
        quoted = [c for c in out if c.fields["kind"] == "quote" and c.matches]
        if quoted:
            self.last_quote = (Mention(0, 0, quoted[-1].matches[0]), s.paragraph)
            self.last_quote_end = s.end
        if out:
            self.last_person = next((Mention(0, 0, c.matches[0]) for c in out if c.matches and c.matches[0].type == "person"),
                                    self.last_person)
        elif subject is not None:
            self.last_person = subject
        return out

    def _claim(self, s: Sentence, speaker: Mention, text: str, kind: str, rule: str) -> Candidate:
        if speaker.match.how == "seen":
            speaker = Mention(speaker.start, speaker.end, Match(speaker.match.name, None, "person", 0.0, "new"))
        who = speaker.match.entity or _slug(speaker.match.name)
        # A claim's speaker is a person or an organisation: a country speaks through its government
        # (left as the country, which `add` refuses with that advice, where none is listed).
        who = self.g.governments.get(who, who) if self.g.types.get(who) == "country" else who
        fields = {"speaker": who, "kind": kind, "text": text}
        return Candidate.scored("claim", fields, s, rule, [speaker.match],
                                *(("to-confirm",) if speaker.match.to_confirm else ()))
