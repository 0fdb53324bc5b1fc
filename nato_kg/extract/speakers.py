"""Who said it: the speaker an attribution names (a name, a title alone, a pronoun, an organisation), for the claim rules."""

from __future__ import annotations

from . import rx as re
from .candidate import RuleState
from .domain import domain
from .gazetteer import DEMONYMS, Match
from .mentions import _BUILDING, COMPASS_SURNAMES, PERSON_NAME, Mention
from .patterns import _INSTITUTION, _TITLE, _WHEN, DATELINE, HEAD_OF_NATO, MILITARY_RANK, ROLE_TITLES, SAID_NOUNS, _plausible, _slug

#: Offices outside the workspace's role list that still mark a person's title ("Majority Leader Chuck Schumer").
_OFFICE_WORDS = (r"\bchair(?:man|woman)?\b|\bleader\b|\bspeaker\b|\bsenator\b|\brepresentative\b|\bgovernor\b|\bmayor\b|"
                 # (offices of no state, before the name: "UN Emergency Relief Coordinator Martin Griffiths")
                 r"\bcoordinator\b|\bdirector\b|\badministrator\b|\brapporteur\b|"
                 # (and an ombudsman's: "commissioner for the citizen Panayiotis Sentonas said", "Commissioner for Human Rights …")
                 r"\bcommissioner\b|\bombudsman\b")

#: What may stand between a subject and its reporting verb: auxiliaries and a few adverbs.
#: Adverbs that may end a speaker's lead before its verb ("the Prime Minister reportedly", "The Ukrainian president also").
_TRAILING_ADVERBS = r"[a-z]+ly|also|then|later|again"
_BEFORE_VERB = re.compile(r"(?:\s+(?:has|have|had|is|was|also|long|repeatedly|again|once|consistently|itself))*\s*", re.I)


#: Titles of rank that are no office of the model ("Crown Prince", "Emir"): the person named after one is who "the Crown
#: Prince" later in the article is.
_HONORIFIC = r"(?P<honorific>(?i:crown\s+prince|crown\s+princess|prince|princess|emir|sheikh))"
_HONOURED = re.compile(rf"\b{_HONORIFIC.replace('?P<honorific>', '?P<title>')}\s+(?:of\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,?\s+)?"
                       rf"(?P<name>{PERSON_NAME})")


#: "the head of the MFA", "the head of the Italian Defence Ministry": a minister named by the ministry he heads (see
#: :meth:`SpeakerRules._ministry_head`).
_MINISTRY_HEAD = r"[Tt]he\s+head\s+of\s+the\s+(?:[A-Z][\w-]+\s+){0,2}(?:MFA|MoFA|[Mm]inistry|[Aa]gency|[Dd]epartment)"

#: The lower-case words a name may hold between its capitalised ones.
_NAME_PARTICLES = frozenset("bin bint ibn da de do dos das di del della du van von der al".split())

#: A passive's "by" just before a name, its agent ("… was praised by President Obama"): who did what the clause tells.
_PASSIVE_BY = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\s+by\s+(?:[\w’'.-]+\s+){0,4}$")


def _honorific_key(title: str) -> str:
    """The title as remembered: "Crown Prince" and "prince" are one ("crown prince" → "prince")."""
    return " ".join(title.lower().split()).removeprefix("crown ")


#: What a speaker's possessive owns when it is something said: "Mr Trump’s blunt assessment that …", "Trump’s latest comments
#: that …" (the owner spoke); its adjectives before it, never a plural noun ("NATO’s leaders warning that …" is the leaders'
#: warning, no one's named).
_SAID_THING = re.compile(rf"\s+(?:(?![a-z]*[^us]s\s)[a-z]+\s+){{0,2}}?(?:{SAID_NOUNS})s?\b")


def possessor(name: str, after: str) -> bool:
    """Whether a name written in its possessive owns something other than words, so that it is no verb's subject ("… warned
    that Trump's actions could trigger … and has vowed to …": the vow is not Trump's); ``after`` is the text after the name.

    >>> possessor("Trump's", " actions could trigger"), possessor("Trump", "’s blunt assessment that"), possessor("Trump", " said")
    (True, False, False)
    >>> possessor("NATO", "’s leaders warning that")
    True
    """
    if re.match(r"['’]s\b", after):
        after = after[2:]
    elif not re.search(r"\w['’]s$", name):
        return False
    return _SAID_THING.match(after) is None


class SpeakerRules(RuleState):
    """Resolving speakers: the person (or organisation) an attribution or a reporting verb's subject names."""

    def _introduced_unnamed(self, noun: str) -> bool:
        """Whether the sentence before introduced someone unnamed by ``noun`` ("A White House official told CNN …"): a
        "the official" that follows is that one, not the person the article named last."""
        before = self.previous_sentence[0].text if self.previous_sentence is not None else ""
        # (as the sentence's subject: "Panagiotis Ioakeimidis, a professor and security expert" names the professor)
        return bool(re.match(rf"\s*(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w.-]+\s+){{0,3}}?{re.escape(noun.lower())}s?\b", before))

    def _person_before(self, text: str, mentions: list[Mention], at: int, reach: int = 90) -> Mention | None:
        """The speaker named (or the pronoun standing for one) closest before ``at``."""
        lead = text[max(0, at - reach):at]
        base = at - len(lead)
        if re.search(r"\b(?:the|its|their|both|all)\s+(?:[\w-]+\s+)?(?:ministers|officials|leaders|participants|delegates|"
                     r"diplomats|lawmakers|governments|members|allies|sides)\s+(?:have\s+|had\s+|also\s+)?$", lead, re.I):
            return None  # "…, written by Special Adviser Sauli Niinisto, the ministers said …": a group spoke, no one person
        if re.search(r"\b(?:leaders|ministers|officials|countries|states|nations|delegations|members|allies|governments)\b[^,;]{0,60},\s+"
                     r"(?:led|headed|chaired)\s+by\s+[^,;]{3,80},\s+(?:(?:have|has|had|also)\s+)*$", lead):
            return None  # "several world leaders at the 78th UN Assembly, led by U.S. President Joe Biden, have echoed …": the group,
            # not the one who led it
        if re.fullmatch(r"\s*[Tt]he\s+latter\s+(?:also\s+)?", text[:at]) and self.previous_sentence is not None:
            # "… met today with the head of NATO, Jens Stoltenberg. The latter said that …": the one the sentence before named last
            return self._other_named_before()
        led = re.search(r"\b[Tt]he\s+(?P<body>[A-Z][\w-]+)\s+leader\s+(?:also\s+)?$", lead)
        if led and led.group("body") in self.leaders:  # "the ADPD leader said that …" after "ADPD leader Sandra Gauci"
            return self._leader_of(led.group("body"), base + led.start(), at)
        party = re.fullmatch(r"\s*[Tt]he\s+(?P<body>(?:[A-Z][\w-]+\s+){1,3})leader\s+(?:also\s+)?", lead)
        if party and self.g.country_or_org(party.group("body").strip()) is None and self.last_person is not None \
                and self.last_person.match.type in ("person", None):
            # "Simon Harris, who is Minister for Defence …, made the comments …" then "The Fine Gael leader said …": an epithet
            # of the person just spoken of, never the party itself
            return self.last_person
        # (a subject with a relative clause set off between it and the verb: "Zelenskiy, who travels to the United States this
        # month and hopes to present a “victory plan” to President Joe Biden, has said that …" is Zelenskiy's)
        # (or a clause of when or while: "Stoltenberg, when he’s not speaking in front of Trump, says 2019 was …")
        relative = re.match(rf"\s*(?P<name>{PERSON_NAME}|[A-Z][\w’'-]+),\s+(?:who|when|while|whereas|although|though)\s+[^;]{{5,200}}?,\s+"
                            r"(?:(?:has|had|have|also)\s+)*$", text[:at]) \
            or re.match(rf"\s*(?:[Ee]x-[a-z]+\s+)?(?P<name>{PERSON_NAME}|[A-Z][\w’'-]+),\s+(?:the\s+|a\s+|an\s+|one\s+of\s+|(?=[A-Z]))"
                        rf"[^;,“”\"]{{5,160}}?,\s+"
                        r"(?:(?:has|had|have|also)\s+)*$",
                        re.sub(r"^\s*date\s+\d{4}-\d\d-\d\d\s+", lambda d: " " * len(d.group(0)), text[:at])) \
            or re.match(rf"\s*(?P<name>{PERSON_NAME}),\s+(?:[A-Z][\w’'-]*|of|for|and|the|on)(?:,?\s+(?:[A-Z][\w’'-]*|of|for|and|the|on)){{2,24}}"
                        r"\s+(?:[a-z]+\s+){1,5}$", text[:at]) \
            or re.match(rf"\s*(?P<name>{PERSON_NAME}),\s+(?:the|a|an)\s+[^;“”\"]{{5,220}}?,\s+who\s+[^;“”\"]{{3,120}}?,\s+"
                        r"(?:(?:has|had|have|also)\s+)*$", text[:at])
        # (or its titles and posts set off, then a relative clause: "Mr Ken Ohene Agyepong, the Chairman, Parliamentary Select
        # Committee on Defence and Interior, and … Member of Parliament for Assin Central, who seconded the Motion, said …")
        # (or the subject of a sentence that opens with the name and its titles, no comma closing them, then what the one
        # named did before saying: "R.Munkhbat, President of National Association of Food and Agriculture, and Head of
        # Mongolia-Inner Mongolia Cooperation Association made press release and stated “…”")
        # (or an appositive: "Matej Tonin, the leader of the opposition party New Slovenia (NSi) and former defence minister,
        # expressed satisfaction …")
        named = self._people(text, mentions)  # (once: finding new names is the costly part)
        if relative is not None:
            # (the name after its title too: "Venezuelan President Nicolas Maduro, who is close to Petro, says …")
            subject = next((m for m in named if (m.start == relative.start("name") or (
                relative.start("name") < m.start and m.end == relative.end("name")))
                            and m.match.type in ("person", None)), None)
            if subject is None and " " not in relative.group("name") and relative.group("name") not in domain().not_names:
                seen = self.seen_person(relative.group("name"))  # ("Kallas, one of EU's most vocal opponents to …, also …")
                subject = Mention(relative.start("name"), relative.end("name"), seen) if seen is not None and seen.type in (
                    "person", None) else None
                # (or a surname the page never gives in full, opening the sentence before "who": "Albanese, who later this
                # month heads to Washington for his first formal meeting with President Donald Trump, said …" is Albanese's,
                # never the one his relative clause names)
                if subject is None and "who" in relative.re.pattern and relative.start("name") <= 2 \
                        and relative.group("name").lower() not in DEMONYMS and self.g.country_or_org(relative.group("name")) is None:
                    subject = Mention(relative.start("name"), relative.end("name"),
                                      Match(relative.group("name"), None, "person", 0.0, "new"))
            if subject is not None:
                return subject
        best: Mention | None = None
        # ("The Crown Prince emphasized “…,” SPA reported": the person the article gave that title, as "the Crown Prince" names)
        honoured = re.search(rf"\b(?:[Tt]he\s+)(?:[A-Z][\w’'.]*\s+)?{_HONORIFIC}\s+(?:\w+\s+)?$", lead)
        if honoured is not None and (holder := self._honoured_by(honoured)) is not None:
            best = Mention(base + honoured.start(), base + honoured.end("honorific"), holder)
        for m in named:
            if base <= m.start and m.end <= at and (best is None or m.start > best.start) \
                    and not possessor(text[m.start:m.end], text[m.end:m.end + 60]) \
                    and not (m.match.entity is None and re.search(r"\b(?:in|at|near)\s+$", text[max(0, m.start - 6):m.start])):
                best = m  # (a name never given before, after "in", is a place: "Trump, speaking at a campaign rally in South
                # Carolina on Saturday, said …")
        for token in self._surname_tokens(lead):  # a lone surname, maybe misspelt ("Higgsith"), or "Wu" after "Joseph Wu"
            start = base + token.start()
            if best is not None and start <= best.start:
                continue
            if re.search(r"\b(?:in|at|near)\s+(?:[A-Z][\w-]*\s+)?$", lead[:token.start()]):
                continue
            if possessor(token.group(0), lead[token.end():token.end() + 60]):
                continue  # a possessor is no verb's subject: "… warned that Trump's actions could trigger … and has vowed to …"
            if token.group(0) in domain().not_names and not (token.group(0) in COMPASS_SURNAMES and self.seen_person(token.group(0))):
                continue  # (but "West" after "Thomas West", a surname the page gave)
            resolved = self.seen_person(token.group(0)) or self.g.resolve(token.group(0), ("person",))
            prior = re.search(r"([A-Z][\w’'-]*)(\s+of(?:\s+the)?)?\s+[“\"‘]?$", lead[:token.start()])
            if resolved.how == "fuzzy" and (re.match(r"\s+[A-Z]", lead[token.end():]) or (
                    prior is not None and (prior.group(2) or prior.group(1) not in domain().not_names))):
                continue  # a word of a longer name ("The White House has said …", "the “Group of Seven” countries"), not a
                # misspelt surname ("Whitaker", "Shevel"); after a title it may be one ("Secretary Higgsith")
            knight = self._knight(token.group(0)) if re.search(r"\b(?:Sir|Dame)\s+$", lead[:token.start()]) else None
            # ("Following the summit, President Erdoğan commented on …, saying: “…”" before the story names him in full: the
            # title opening the clause, then the surname alone)
            # (or after a passive's "by": "… was praised by President Obama here Saturday, although he cautioned …")
            titled = re.search(rf"(?:^|,\s|\n|\b(?:was|were|been|being)\s+[a-z]+(?:ed|en)\s+by\s)\s*(?P<title>(?i:{_TITLE}))\s+$", text[:start]) \
                if not (resolved.entity or resolved.how == "seen") and token.group(0)[:1].isupper() \
                and self.g.country_or_org(token.group(0)) is None and token.group(0).lower() not in DEMONYMS else None
            if knight is not None:  # "Sir Keir stated …"
                best = Mention(start, base + token.end(), knight)
            elif resolved.entity or resolved.how == "seen":
                best = Mention(start, base + token.end(), resolved)
            elif titled is not None:  # (a match of _TITLE: always a title ROLE_TITLES knows)
                best = self._by_surname(ROLE_TITLES[titled.group("title")], token.group(0), start)
            elif re.fullmatch(r"\s*(?:also\s+)?", lead[token.end():]) and (
                    (token.start() > 0 and lead[:token.start()].rstrip().endswith(","))
                    # (or opening the sentence, a word the article also writes with a capital inside one: "Lai said his
                    # government had committed …" after "…, Lai said"; never a plural noun, "Officials said", "Critics argue")
                    # (or opening it before a person's verb of saying and "that", a word the article never writes in lower
                    # case: "Nehammer emphasized that …" on a page that names him once)
                    # (after a conjunction that opens it too, and with when or where it was said before "that": "But Yoon said
                    # in an interview with Reuters last month that his government might not …")
                    or (re.fullmatch(r"\s*(?:(?:But|And|Yet|Still|However|Meanwhile),?\s+)?", text[:base + token.start()])
                        and not re.search(r"(?:[^s]s)$", token.group(0))
                        and (token.group(0) in self.inner_capitals
                             or (token.group(0).lower() not in self.lower_words
                                 # (and "also" between, and "noted": "Obama also noted that NATO had been …")
                                 and re.match(r"(?:said|says|told|stressed|emphasi[sz]ed|insisted|added|argued|warned|stated|"
                                              r"declared|underlined|underscored|noted)\s+(?:[\w’'-]+\s+){0,8}?that\b", text[at:]))))) \
                    and self.g.country_or_org(token.group(0)) is None and token.group(0).lower() not in DEMONYMS \
                    and self.g.as_state(token.group(0)) is None:  # (nor a capital: "Seoul claims that …")
                # "Trump was, Merz argued, “…”": a surname the article never gave in full, right before the verb
                best = Mention(start, base + token.end(), Match(token.group(0), None, "person", 0.0, "seen"))
        # "He congratulated NATO Secretary General Mark Rutte for his successful leadership and said: “…”": the one named is
        # the object of the opening pronoun's verb, and "and said" goes on with that subject
        if best is not None and re.search(r"\band\s+(?:then\s+|also\s+)?$", text[best.end:at]) \
                and not re.search(r"[.;:“”\"]", text[best.end:at]) and re.fullmatch(
                    r"\s*(?:(?:However|But|And|Meanwhile|Later|Then|Also|[A-Z]\w+ly),?\s+)?(?:He|She)\s+(?:also\s+)?"
                    r"(?:[a-z]{3,}ed|met|told)\s+(?:[\w’'.-]+\s+){0,5}?", text[:best.start]):
            return self.person_before or self.last_person
        unnamed: re.Match[str] | None = None
        for found in re.finditer(r"\b(?:[Hh]e|[Ss]he)\b|\b(?i:the\s+(?:\w+[’']s\s+|(?-i:[A-Z]{2,5})\s+)?secretary[ -]general)\b|"
                                 # (with a word of description: "The Greek expert considers …", "The emeritus professor estimates …")
                                 # (or of his standing: "…, the caretaker minister added")
                                 r"\b(?i:the\s+(?:(?:(?-i:[A-Z][\w-]+)|emeritus|former|veteran|security|defen[cs]e|military|caretaker|"
                                 r"acting|interim|outgoing|presidential)\s+)?"
                                 r"(?:official|analyst|expert|professor|researcher|spokesperson|spokesman|spokeswoman|minister|envoy|"
                                 r"advis[eo]r|leader|candidate|"
                                 # (a rank for the officer just named: "The admiral said that …")
                                 r"admiral|general|commander|colonel)|"
                                 # (the head of a ministry or an agency: "the head of the MFA stressed", "As the head of the
                                 # Icelandic agency emphasized": its minister, if a minister was just spoken of)
                                 rf"\b(?i:{_MINISTRY_HEAD}))\b", lead):
            unnamed = found
        if unnamed and (best is None or base + unnamed.start() > best.start):
            if unnamed.group(0).lower().startswith("the head of"):
                return self._ministry_head(unnamed.group(0))  # "The head of the Italian Defence Ministry said that …"
            if unnamed.group(0).lower().endswith("minister"):
                # "Still, the minister acknowledged that …": the minister just spoken of, if a minister he is
                who = self.last_person
                held = self.person_roles.get(self._key(who.match), set()) if who is not None else set()
                # (or, "the minister" with no word of whose, a minister of an office outside the model the page titled so:
                # "Information Minister Marriyum Aurangzeb"; "The Ukraine Minister" is that state's, below)
                return who if any(r.endswith("minister") for r in held) or (
                    who is not None and not held and re.fullmatch(r"(?i:the\s+minister)", unnamed.group(0))
                    and self._titled_minister(who.match.name)) else None
            if unnamed.group(0).lower() not in ("he", "she") and self._introduced_unnamed(unnamed.group(0).split()[-1]):
                return None  # "A White House official told CNN …" then "“…,” the official said": someone unnamed
            if unnamed.group(0).lower() in ("he", "she") and re.fullmatch(
                    r"\s*(?:(?:However|But|And|Yet|Meanwhile|Later|Earlier|Then|Still|Also|[A-Z]\w+ly),?\s*)?", text[:base + unnamed.start()]):
                # ("However, he threatened to punish Spain after Prime Minister Pedro Sanchez claimed …": the same)
                # "He added that Russian President Vladimir Putin must …": the sentence's opening pronoun is the person
                # before it, not one whose office this sentence names
                return self.person_before or self.last_person
            # (never a passive's agent, who did what the sentence tells: "A halt to a decline … was praised by President Obama
            # here Saturday, although he cautioned that …")
            if unnamed.group(0).lower() in ("he", "she") and best is not None and re.search(
                    r"\b(?:with|to|from|by|against|alongside)\s+(?:[\w’'.-]+\s+){0,4}$", text[:best.start]) \
                    and not _PASSIVE_BY.search(text[:best.start]):
                # "… and during a call with Ukrainian President Volodymyr Zelensky, he made it clear that …": not the one the
                # preposition names, but one named before it in the sentence, or before the sentence
                earlier = [m for m in named if m.end <= best.start and not re.search(
                    r"\b(?:with|to|from|by|against|alongside)\s+(?:[\w’'.-]+\s+){0,4}$", text[:m.start])]
                if earlier:
                    return earlier[-1]
                before = self.person_before
                return before if before is not None and self._key(before.match) != self._key(best.match) else None
            if unnamed.group(0).lower() in ("he", "she") and best is not None and best.match.type in ("person", None) \
                    and _PASSIVE_BY.search(text[:best.start]):
                return best  # (the passive's agent, then: "… was praised by President Obama here Saturday, although he cautioned …")
            if unnamed.group(0).lower() in ("he", "she") and best is not None and best.match.type in ("person", None) \
                    and re.search(r"\b(?:what|which|as)\s+$", lead[:unnamed.start()]):
                return best  # "Kim Jong Un vowed support for what he called Russia's “just fight”": the sentence's own subject
            fronted = re.match(r"\s*(?:When|After|Once|As|While|Before|Since|Although|Though)\s+(?P<who>[^,;]{2,40}?)\s+[a-z]+ed\b"
                               r"[^;“”\"]*,\s*$", text[:base + unnamed.start()])
            if unnamed.group(0).lower() in ("he", "she") and fronted is not None:
                # "When Trump nominated Hegseth shortly after winning reelection, he said …": the subject of the clause put
                # before the pronoun, not the one it names after its verb
                # (a person the page already knows, the clause's whole subject: never "As the post-Cold War era ended, he …")
                subject = next((p for p in named if p.match.type in ("person", None)
                                and (p.match.entity or p.match.how == "seen" or _slug(p.match.name) in self.person_orgs)
                                and fronted.start("who") <= p.start and p.end == fronted.end("who")), None)
                if subject is not None:
                    return subject
            # (none named in the window before the pronoun, or only a word taken for a name, "EUMAM")
            weak_best = best is None or not (best.match.entity or best.match.how == "seen" or _slug(best.match.name) in self.person_orgs) \
                or (best.start <= 2 and best.match.type in ("person", None))  # (or the sentence's own opening subject)
            opener = next((p for p in named if p.start <= 2 and p.end <= base + unnamed.start()
                           and p.match.type in ("person", None)
                           and (p.match.entity or p.match.how == "seen" or _slug(p.match.name) in self.person_orgs)), None) \
                if unnamed.group(0).lower() in ("he", "she") and weak_best else None
            surname = re.match(r"\s*([A-Z][\w’'-]+)\s+(?:also\s+)?(?:said|says|told|[a-z]+ed)\b", text) \
                if unnamed.group(0).lower() in ("he", "she") and weak_best and opener is None else None
            seen = self.seen_person(surname.group(1)) if surname is not None and surname.group(1) not in domain().not_names else None
            if surname is not None and seen is not None and seen.type in ("person", None) and len(seen.name.split()) >= 2:
                opener = Mention(surname.start(1), surname.end(1), seen)  # ("Golob said …, and he …": a surname named in full before)
            if opener is not None:
                # "Golob said … was being coordinated with the allies and he expressed the belief that …": the person the
                # sentence opened with, out of the window before the pronoun
                return opener
            if unnamed.group(0).lower() in ("he", "she"):
                # (where the pronoun stands: the person's own mention lies in another sentence, so its offsets say nothing of
                # this one; "“As regards …, he stressed that …,” the ministry said" must not read him as inside the quotation)
                return Mention(base + unnamed.start(), base + unnamed.end(), self.last_person.match) \
                    if self.last_person is not None else None
            if not unnamed.group(0).lower().endswith("general"):
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
            if not text[m.end:at].strip() and re.match(r"\s*:", text[at:at + 3]):
                continue  # "Minister Backes underlined Luxembourg’s ongoing commitment to supporting Ukraine: “…”": the last
                # word of the clause before the colon, its verb's object, never the one who speaks
            if best is not None and re.search(r"\bof\s+(?:the\s+)?$", text[best.end:m.start]):
                continue  # "Foreign Minister Anna Smith of Iceland said …": the country of her office, not the subject
            if m.match.entity in self.g.governments and any(
                    o.match.type == "country" and o.end <= m.start and re.fullmatch(r",?\s+(?:and|&)\s+(?:the\s+)?", text[o.end:m.start])
                    for o in self._agents(mentions)):
                continue  # "Ukraine and the United States argue that …": two states together, no one government's statement
            if best is None and (m.match.type == "organization" or m.match.entity in self.g.governments):
                best = m
            elif best is not None and m.start > best.end and m.match.type in ("country", "organization"):
                best = m
        # (a clause of a state's or a body's own between the person and the verb: "…, which was announced by President Gustavo
        # Petro on Friday, comes as the US has been increasing its military presence … and accusing Colombia of …" is the US's
        # doing, not his)
        if best is not None and best.match.type in ("person", None) and any(
                best.end <= m.start and m.end <= at and m.match.type in ("country", "organization")
                and re.search(r"\b(?:as|while|when|since|because|after|whereas)\s+(?:the\s+)?$", text[max(best.end, m.start - 16):m.start])
                and re.match(r"\s+(?:has|have|had|is|are|was|were)\b", text[m.end:]) for m in self._agents(mentions)):
            return None
        return best

    def _by_surname(self, role: str, surname: str, start: int) -> Mention:
        """The person a title and a surname alone name, ``surname`` standing at ``start``: the one seen in this article
        of that surname, else a stand-in (``Match.how == "office"``) that ``Extractor._resolve_offices`` replaces by the
        one holder of ``role`` ("minister": any minister) of that surname the whole article names, or drops."""
        resolved = self.seen_person(surname)
        if resolved is not None and resolved.type == "person" and (resolved.entity or resolved.how == "seen"):
            return Mention(start, start + len(surname), resolved)
        return Mention(start, start + len(surname), Match(f"{role}|~{surname}", None, "person", 0.0, "office"))

    def _knight(self, first: str) -> Match | None:
        """The one person named in full before whose first name is ``first``: a knight or dame is named by
        the first name ("Sir Keir" for Keir Starmer); None when no one, or more than one, is. Where the page named no
        one so, the one person the workspace knows by that first name (a page that says only "Sir Keir" and "the Prime
        Minister")."""
        full = {m.name: m for m in self.seen_people.values() if m.type == "person" and len(m.name.split()) >= 2
                and m.name.split()[0] == first}
        if not full:
            known = [eid for eid, label in self.g.labels.items() if self.g.types.get(eid) == "person"
                     and len(label.split()) >= 2 and label.split()[0] == first]
            return Match(self.g.labels[known[0]], known[0], "person", 90.0, "label") if len(known) == 1 else None
        return next(iter(full.values())) if len(full) == 1 else None

    def _holder(self, role: str) -> Mention | None:
        """Who holds ``role`` in this article (for "the secretary general"), else the article's organisation."""
        holders = [person for person, held in self.person_roles.items() if role in held]
        # (the one this article names in it before the one the workspace knows: "The Secretary-General said …" after "NATO
        # Secretary General Jens Stoltenberg announced …" on a page of 2024 is Stoltenberg, whoever holds the office now)
        seen = {self._key(m) for m in self.seen_people.values() if m.type == "person"}
        named = [p for p in holders if p in seen]
        if len(named) == 1:
            holders = named
        for person in holders:
            return Mention(0, 0, Match(person, person, "person", 90.0, "label"))
        if self.main_org:
            return Mention(0, 0, Match(self.main_org, self.main_org, "organization", 80.0, "label"))
        return None

    def _demonym_state(self, adjective: re.Match[str] | None) -> Match | None:
        """The state whose adjective ``adjective`` caught in its first group ("Italian"), else None."""
        return self.g.country_or_org(adjective.group(1)) if adjective and adjective.group(1).lower() in DEMONYMS else None

    def _ministry_head(self, phrase: str) -> Mention | None:
        """For "the head of the Italian Defence Ministry" (or "of the MFA"): the one person this article gives that ministry's
        office (of the state its adjective names, if it names one), else the minister just spoken of; None if neither."""
        words = re.sub(r"(?i)^\s*the\s+head\s+of\s+the\s+", "", phrase)
        role = "defence-minister" if re.search(r"(?i)defen[cs]e", words) else "foreign-minister" if re.search(
            r"(?i)\bforeign\b|\bMo?FA\b", words) else "finance-minister" if re.search(r"(?i)finance", words) else None
        state = self._demonym_state(re.match(r"([A-Z][a-z]+)\s", words))
        holders = [p for p, held in self.person_roles.items() if role in held
                   and (state is None or self.person_orgs.get(p) in (state.entity, None))] if role else []
        if len(holders) == 1:
            return Mention(0, 0, Match(holders[0], holders[0], "person", 90.0, "label"))
        who = self.last_person
        held = self.person_roles.get(self._key(who.match), set()) if who is not None else set()
        # (a bare "the ministry" after a person the page gave no office: "Peter Szijjártó attended a donors’ conference … .
        # The head of the ministry said at the event that “…”": that person)
        return who if any(r.endswith("minister") for r in held) or (not held and who is not None
                                                                    and re.fullmatch(r"(?i)ministry", words.strip())) else None

    def _epithet_of(self, head: str) -> Mention | None:
        """For "the official", "the Italian politician": the person just named, or, where a state's adjective names
        another state than that person's office, the one person of that state this article gave an office."""
        state = self._demonym_state(re.match(r"[Tt]he\s+([A-Z][a-z]+)\s", head))
        who = self.last_person
        if state is not None and who is not None and self.person_orgs.get(self._key(who.match)) not in (state.entity, None):
            of_state = [p for p, org in self.person_orgs.items() if org == state.entity]
            return Mention(0, 0, Match(of_state[0], of_state[0], "person", 80.0, "label")) if len(of_state) == 1 else None
        return who

    def _voice_of(self, lead: str, at: int) -> Mention | None:
        """For "The representative of Milei" (or "Milei's spokesman"): the one spokesperson this article gave an office of the
        state whose office that person holds, else None (never the person spoken for)."""
        voice = re.fullmatch(r"\s*(?:[Tt]he\s+(?:representative|spokes(?:person|man|woman)|press\s+secretary)\s+(?:of|for)\s+"
                             r"(?P<of>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})|(?P<own>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})['’]s\s+"
                             r"(?:representative|spokes(?:person|man|woman)|press\s+secretary))\s*", lead)
        if voice is None:
            return None
        spoken_for = self.seen_people.get(voice.group("of") or voice.group("own"))
        state = self.person_orgs.get(self._key(spoken_for)) if spoken_for is not None else None
        voices = [p for p, held in self.person_roles.items() if "spokesperson" in held and self.person_orgs.get(p) == state]
        if state is None or len(voices) != 1:
            return None
        return Mention(at, at + len(lead.rstrip()), Match(voices[0], voices[0], "person", 85.0, "label"))

    def _speaker_in(self, lead: str, at: int, mentions: list[Mention]) -> Mention | None:
        """The speaker an attribution names: ``German Defence Minister Boris Pistorius``, ``Yermak, who
        heads the presidential office``, ``he``, or a title alone (``the Norwegian Prime Minister``: whoever
        this article has named in that office). ``at`` is where ``lead`` starts in the sentence."""
        if lead.strip() in self.initials:  # "…, according to AMLO": the one named in full whose initials they are
            return Mention(at + lead.index(lead.strip()), at + lead.index(lead.strip()) + len(lead.strip()), self.initials[lead.strip()])
        if (voice := self._voice_of(lead, at)) is not None:
            return voice
        found = self._speaker_head(lead, at, mentions)
        if found is not None and _BUILDING.fullmatch(found.match.name):
            found = None  # "White House spokesman John Kirby": the government's building names whom he speaks for
        if found is None and re.search(rf"(?i:{_TITLE}|\bminister\b|{_OFFICE_WORDS})", lead):
            # a long title ending in the name ("Minister for International Development Cooperation and Foreign
            # Trade Johan Forssell", "House Foreign Affairs Chairman Michael McCaul, a Texas Republican"): the name the
            # lead (or its part before an appositive) ends with
            head = lead.split(",")[0] if re.search(rf"(?i:{_OFFICE_WORDS})", lead.split(",")[0]) else lead
            named = [m for m in self.finder.new_people(head) if head[m.end:].strip(" .,") == ""]
            set_off = lead.split(",")[1] if not named and head != lead and len(lead.split(",")) >= 2 else ""
            if set_off.strip():
                # (or the name set off after the office: "Commissioner for Crisis Management, Janez Lenarčič,")
                named = [m for m in self.finder.new_people(set_off) if set_off[m.end:].strip(" .,") == ""
                         and not set_off[:m.start].strip()]
                head_at = len(head) + 1
                named = [Mention(head_at + m.start, head_at + m.end, m.match) for m in named]
            if named and _plausible(named[-1].match.name, named[-1].match):
                m = named[-1]
                found = Mention(at + m.start, at + m.end, m.match if m.match.entity else Match(m.match.name, None, "person", 0.0, "new"))
        described = re.fullmatch(r"\s*(?:the\s+)?(?:[A-Z][\w’'-]*\s+)?(?:[a-z][\w’'-]{3,}\s+){1,2}"
                                 r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s*", lead)
        if found is None and described:
            # a description of the speaker's place before the name, no office of the model: "Union housekeeper Mathias
            # Middelberg", "party treasurer …"
            named = [m for m in self.finder.new_people(lead) if m.start == described.start("name") and lead[m.end:].strip(" .,") == ""]
            if named and _plausible(named[0].match.name, named[0].match):
                m = named[0]
                found = Mention(at + m.start, at + m.end, m.match if m.match.entity else Match(m.match.name, None, "person", 0.0, "new"))
        return found or self._holder_of_title(lead, at)

    def _holder_of_title(self, lead: str, at: int) -> Mention | None:
        """The one person the page names with the title ``lead`` ends with, alone after "the" ("Speaking on the occasion,
        the Minister of State for Foreign Affairs said that …" where the page wrote "Minister of State for Foreign Affairs,
        Hina Rabbani Khar handed over …"): an office outside the model's, whose holder only the page says."""
        titled = re.search(r"\b[Tt]he\s+(?P<title>[A-Z][\w’'-]*(?:\s+(?:of|for|and|the|[A-Z][\w’'-]*)){1,8}?)\s*$", lead)
        if titled is None or not re.search(r"\b(?:Minister|Secretary|Chairman|Chairwoman|Director|Head|Chief|Commissioner|Governor)\b",
                                           titled.group("title")):
            return None
        title = re.escape(titled.group("title")).replace(r"\ ", r"\s+")
        names = {m.group("name") for text in self.paragraph_texts.values()
                 for m in re.finditer(rf"\b{title},?\s+(?P<name>{PERSON_NAME})", text)}
        if len(names) != 1:
            return None
        name = names.pop()
        match = self.seen_people.get(name) or self.g.resolve(name, ("person",))
        if not (match.entity or _plausible(name, match)):
            return None
        return Mention(at + titled.start("title"), at + titled.end("title"),
                       match if match.entity else Match(name, None, "person", 0.0, "new"))

    def _other_named_before(self, speaker: Mention | None = None) -> Mention | None:
        """The last person the sentence before names ("The latter said …") who is not ``speaker`` (the one a pronoun
        stands for where the person it would stand for is the one the quotation speaks to), or None."""
        if self.previous_sentence is None:
            return None
        prior = self.previous_sentence[0].text
        others = [p for p in self._people(prior, self.finder.find(prior)) if p.match.type in ("person", None)
                  and (speaker is None or p.match.name.split()[-1] != speaker.match.name.split()[-1])]
        return Mention(0, 0, max(others, key=lambda p: p.start).match) if others else None

    def _speaker_or_office(self, lead: str, at: int, mentions: list[Mention]) -> Mention | None:
        """The speaker ``lead`` names (:meth:`_speaker_in`), else the office it names alone, whose holder the
        article may name later (:meth:`_office_alone`)."""
        # (an Arabic family name after its article, which copy writes in lower case after the verb: "…,” added al-Sabah.")
        lead = re.sub(r"^(\s*)([ae])l-(?=[A-Z])", lambda a: f"{a.group(1)}{a.group(2).upper()}l-", lead)
        if lead.strip().lower() in ("he", "she"):  # "…, he says.": the person just spoken of
            if self.last_person is None:
                # (none yet, where the excerpt opens with the quotation: "“Ukraine is the difference. …,” she said" before
                # "…, Frederiksen said": a stand-in the next person quoted replaces, see Extractor._resolve_offices)
                return Mention(at, at + len(lead.strip()), Match("pronoun|", None, "person", 0.0, "office"))
            return self.last_person
        if re.fullmatch(r"(?:on|for|in|about|to|at)\s+[^,“”\"]{1,30},\s+(?:he|she)", lead.strip()):
            return self.last_person  # "“governments are spending like drunken millionaires” on defense, he said": the same
        if re.fullmatch(r"\s*the\s+(?:envoy|ambassador)\s*", lead, re.I) and self.last_person is not None and any(
                "ambassador" in r or "envoy" in r for r in self.person_roles.get(self._key(self.last_person.match), ())):
            return self.last_person  # "…, the envoy underlined.": the ambassador just spoken of
        if re.fullmatch(rf"\s*{_MINISTRY_HEAD}\s*", lead):
            return self._ministry_head(lead)  # "“…,” the head of the MFA stressed": the foreign minister
        if re.search(r"\b(?:proposal|report|statement|document|letter|draft|paper|memo|plan|study|communiqu[eé])s?\s*$", lead, re.I):
            return None  # "“…,” the Keller-Sutter proposal said": a document named for its author says it, no person
        if re.fullmatch(r"\s*the\s+former\s+(?:commander|chief|head|general|leader|governor|director)\s+of\s+[^,;“”\"]{3,80}", lead) \
                and self.last_person is not None and self.last_person.match.type in ("person", None):
            return self.last_person  # "“…,” the former commander of the Army's Special Forces (Kopassus) remarked.": the one
            # just spoken of, by a post he held
        if re.fullmatch(rf"\s*the\s+former\s+(?:[A-Z][\w’'-]*\s+)?(?i:{_TITLE}|PM)\s*", lead) and self.last_person is not None:
            # "“…,” said the former Dutch PM": an epithet of the person just spoken of, never the office's holder now
            return self.last_person
        # (an office, then a participle whose object is another: "“Giorgia, thank you …,” said the Ukrainian president addressing
        # Prime Minister Giorgia Meloni" is the president's, never the one addressed)
        acting = re.fullmatch(rf"\s*(?P<office>[Tt]he\s+(?:[A-Z][\w’'.-]*\s+)?(?i:{_TITLE}))\s+[a-z]{{3,}}ing\b.*", lead, re.S)
        if acting is not None and (office := self._office_alone(acting.group("office"), at + acting.start("office"))) is not None:
            return office
        # ("At the EU-CELAC summit, the president of Chile criticized that …": the office after the circumstance's comma is
        # the subject; not an appositive after a name, "Mark Rutte, the NATO chief, said")
        tail = re.search(rf",\s+(?P<office>[Tt]he\s+(?:[A-Z][\w’'.]*\s+)?(?i:{_TITLE})(?:\s+of\s+(?:the\s+)?[A-Z][\w’']*"
                         rf"(?:\s+[A-Z][\w’']*){{0,2}})?)\s*$", lead)
        if tail and not re.search(r"[A-Z][\w’'.-]*\s*$", lead[:tail.start()]):
            office = self._office_alone(tail.group("office"), at + tail.start("office"))
            if office is not None:
                return office
        led = re.fullmatch(r"\s*[Tt]he\s+(?P<body>[A-Z][\w-]+)\s+(?:(?:faction|party|parliamentary\s+group)\s+)?"
                           r"(?:leader|boss|chief|chairman|chairwoman)\s*", lead)
        if led and led.group("body") in self.leaders:  # "“…,” the ADPD leader said" after "ADPD leader Sandra Gauci"
            return self._leader_of(led.group("body"), at, at + len(lead))
        if led and len(set(self.leaders.values())) == 1:  # "the Union faction leader" where the page named one leader, as
            return self._leader_of(next(iter(self.leaders)), at, at + len(lead))  # "CDU* boss Friedrich Merz"
        found = self._speaker_in(lead, at, mentions) or self._office_alone(lead, at)
        if found is None and re.fullmatch(r"\s*the\s+(?:minister|secretary|admiral|general|colonel|commander|(?:presidential\s+)?candidate)\s*",
                                          lead) and self.last_person is not None \
                and self.last_person.match.type in ("person", None):
            # "“I am now in Kiev …,” the minister wrote in X" after "Lloyd Austin …", where no one here holds a minister's
            # office: an epithet of the person just spoken of ("“…,” stated the admiral" after the candidate, a retired admiral)
            found = self.last_person
        if found is None and re.fullmatch(r"\s*the\s+\d{1,3}-year-old\s+(?:[a-z]+\s+)?[a-z]+\s*", lead) and self.last_person is not None \
                and self.last_person.match.type in ("person", None):
            found = self.last_person  # "“…,” the 36-year-old leader told the broadcaster": an age, said only of one just named
        epithet = re.fullmatch(r"\s*the\s+(?P<title>director|mayor|chairman|chairwoman|chairperson|governor)\s*", lead)
        if found is None and epithet is not None:
            # "…, the director said" after "Executive Director of the Egyptian Red Crescent Society Dr Ramy El-Nagar": a title of
            # no office of the model, the one person the page named under it
            page = " ".join(self.paragraph_texts.values())
            under = {m.name: m for m in self.seen_people.values() if m.type in ("person", None) and len(m.name.split()) >= 2
                     and re.search(rf"\b(?i:{epithet.group('title')})\b[^.;]{{0,80}}\b{re.escape(m.name)}", page)}
            if len(under) == 1:
                found = Mention(at, at + len(lead.rstrip()), next(iter(under.values())))
        if found is None and re.fullmatch(r"\s*the\s+(?:caretaker|acting|interim|outgoing)\s+minister\s*", lead, re.I):
            # "…, the caretaker minister added" after "caretaker Minister of Defense Atanas Zapryanov" (the minister last named,
            # before or in this sentence: not "Donald Trump, in his first term as US president, …" that the sentence names)
            found = next((p for p in (self.last_person, self.person_before) if p is not None and any(
                r.endswith("minister") for r in self.person_roles.get(self._key(p.match), ()))), None)
        return found

    def _titled_minister(self, name: str) -> bool:
        """Whether the page writes a minister's title right before ``name`` or in an appositive after it ("Information
        Minister Marriyum Aurangzeb", "Hina Rabbani Khar, Pakistan's minister of state for foreign affairs")."""
        page = " ".join(self.paragraph_texts.values())
        return re.search(rf"\b(?i:minister)\s+(?:(?:of|for)\s+(?:[\w-]+\s+){{1,3}}?)?{re.escape(name)}\b"
                         rf"|\b{re.escape(name)},\s+(?:[\w’'-]+\s+){{0,5}}?(?i:minister)\b", page) is not None

    def _leader_of(self, body: str, start: int, end: int) -> Mention:
        """The person the article introduced as ``body``'s leader ("ADPD leader Sandra Gauci"), standing at start:end."""
        name = self.leaders[body]
        resolved = self.g.resolve(name, ("person",))
        return Mention(start, end, resolved if resolved.entity else Match(name, None, "person", 0.0, "seen"))

    def _honoured_by(self, found: re.Match[str] | None) -> Match | None:
        """The person this article gave the title of rank ``found`` caught ("the Crown Prince"), else None (the crown prince
        before any prince: "The Crown Prince had expressed …" on a page that first named "Prince Faisal bin Farhan")."""
        if found is None:
            return None
        written = " ".join(re.sub(r"^\s*[Tt]he\s+", "", found.string[found.start():found.end("honorific")]).lower().split())
        # ("crown prince", or "saudi prince")
        return self.honoured.get(written) or self.honoured.get(_honorific_key(found.group("honorific")))

    def note_honoured(self, text: str) -> None:
        """Remember the person each title of rank in ``text`` names ("Crown Prince Mohammed bin Salman"), the first one
        per title, for "the Crown Prince" later (see :meth:`_office_alone`)."""
        for m in _HONOURED.finditer(text):
            written = " ".join(m.group("title").lower().split())
            name = m.group("name")
            for key in {written, _honorific_key(written)}:  # ("crown prince" under both: "the prince" names him too)
                if key not in self.honoured:
                    self.honoured[key] = self.g.resolve(name) if self.g.resolve(name).type == "person" \
                        else Match(name, None, "person", 0.0, "new")

    def _office_alone(self, lead: str, at: int) -> Mention | None:
        """A speaker named by an office alone whose holder this article has not named yet ("The Czech Prime
        Minister announced that …", the name a paragraph later): a stand-in, ``Match.how == "office"``,
        that ``Extractor._resolve_offices`` replaces by the one holder the whole article names, or drops."""
        # (without the story's dateline before it or when it was said after it: "BERLIN -- Germany's finance minister on
        # Tuesday vowed to …")
        lead = re.sub(rf"^{DATELINE}(?:--|[—–-])\s*", "", lead)
        # (nor the mark of a quotation relayed from a release: "according to a press release …, "the Prime Minister reiterated …")
        lead = re.sub(r"^\s*[\"“]", lambda mark: " " * len(mark.group(0)), lead)
        lead = re.sub(rf"\s+(?:{_WHEN})\s*$", "", lead)
        lead = re.sub(rf"(?:\s+(?:{_TRAILING_ADVERBS}|too))+\s*$", "", lead)  # "The Ukrainian president also"
        # ("The Ukraine Minister said …", "the Ukrainian minister said …" after "Ukraine’s Deputy Foreign Minister Emine
        # Dzhaparova …" and another state's minister: the one person this article gave a minister's office of that state)
        of_state = re.fullmatch(r"\s*[Tt]he\s+([A-Z][a-z]+)\s+[Mm]inister\s*", lead)
        state = self.g.country_or_org(of_state.group(1)) if of_state else None
        if state is not None and state.type == "country":
            ministers = [p for p, held in self.person_roles.items() if self.person_orgs.get(p) == state.entity
                         and any(r.endswith("minister") for r in held)]
            if len(ministers) == 1:
                return Mention(at, at + len(lead.rstrip()), Match(ministers[0], ministers[0], "person", 85.0, "label"))
        # ("The diplomat noted that …" after "Orlando Hernandez Guillen, Cuban ambassador to Hanoi": the one envoy this article
        # named, an epithet of his, no office of its own)
        if re.fullmatch(r"\s*[Tt]he\s+(?:diplomat|envoy|ambassador)\s*", lead):
            envoys = [p for p, held in self.person_roles.items() if "ambassador" in held or "ambassador-to-nato" in held]
            if len(envoys) == 1:
                return Mention(at, at + len(lead.rstrip()), Match(envoys[0], envoys[0], "person", 85.0, "label"))
        # ("The head of the NATO military alliance warned Sunday that …", "the NATO chief said": its secretary general)
        lead = re.sub(rf"^\s*(?:[Tt]he\s+)?(?:{HEAD_OF_NATO}|NATO(?:['’]s)?\s+(?:chief|head|boss))\s*$", "the NATO Secretary General",
                      lead)
        # ("the country's prime minister told parliament …": the holder this article names, as for "the Prime Minister")
        # ("The Crown Prince emphasized …", "the prince emphasised …" after "Crown Prince Mohammed bin Salman": a title of no office
        # of the model, standing for the one person the article gave it)
        # ("The sovereign prince also noted …": an adjective before the title of rank too)
        if (holder := self._honoured_by(re.fullmatch(rf"\s*(?:[Tt]he\s+)?(?:[A-Z][\w’'.]*\s+|(?:sovereign|reigning|young|late)\s+)?"
                                                      rf"{_HONORIFIC}\s*", lead))) is not None:
            return Mention(at, at + len(lead.rstrip()), holder)
        # ("His Highness also underscored …" after "President His Highness Sheikh Mohamed …": a ruler's style alone, the one
        # person this article gave a title of rank)
        if re.fullmatch(r"\s*(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty)\s*", lead) and len(set(self.honoured.values())) == 1:
            return Mention(at, at + len(lead.rstrip()), next(iter(self.honoured.values())))
        # ("Chile's top official reaffirmed her commitment …" after "Chilean President Michelle Bachelet stated": the one just
        # spoken of, if she holds an office of that state)
        top = re.fullmatch(r"\s*(?P<pre>[A-Z][\w’'-]+)['’]s\s+(?:top|highest|chief)\s+(?:official|leader)\s*", lead)
        top_state = self.g.country_or_org(top.group("pre")) if top else None
        if top_state is not None and self.last_person is not None \
                and self.person_orgs.get(self._key(self.last_person.match)) == top_state.entity:
            return Mention(at, at + len(lead.rstrip()), self.last_person.match)
        # (a state of two words before it: "The South African president declared that …", "South Africa's president")
        # ("The Colombian leader said in January that …": the one head of that state's government the article named)
        leader = re.fullmatch(r"\s*[Tt]he\s+(?P<pre>[A-Z][\w’'.]*(?:\s+[A-Z][\w’'.]*)?)\s+(?:leader|head\s+of\s+state)\s*", lead)
        state = self.g.country_or_org(leader.group("pre")) if leader else None
        if state is not None and state.type == "country":  # (resolved as "The Ukrainian leader requested …, saying" is)
            return Mention(at, at + len(lead.rstrip()), Match(f"leader|{state.entity}", None, "person", 0.0, "office"))
        # (a word of opinion before the title, no state: "…,” said the leftist president"; or of the term: "According to the
        # interim PM, …")
        lead = re.sub(r"^(\s*[Tt]he\s+)(?:leftist|rightist|left-wing|right-wing|conservative|liberal|populist|nationalist|"
                      r"socialist|veteran|embattled|outgoing|newly\s+elected|interim|acting|caretaker)\s+", r"\1", lead)
        titled = re.fullmatch(rf"\s*(?:[Tt]he\s+)?(?:(?:country|nation)['’]s\s+)?(?:(?P<pre>[A-Z][\w’'.]*?(?:\s+[A-Z][\w’'.]*?)?)"
                              rf"(?:['’]s)?\s+)?"
                              rf"(?P<title>(?i:{_TITLE}))"
                              rf"(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w’']*(?:\s+[A-Z][\w’']*){{0,2}}))?\s*", lead)
        if titled is None:
            return None
        where = titled.group("of") or titled.group("pre")
        org = self.g.country_or_org(where) if where else None
        if where and org is None:
            return None
        org = org or self._state_of_title(titled.group("title"))
        role = ROLE_TITLES[titled.group("title")]
        opener = self._opener_holds(role, org) if not any(
            role in held for held in self.person_roles.values()) else None
        if opener is not None:
            return Mention(at, at + len(lead.rstrip()), opener)
        if org is not None and org.type == "organization" and re.search(r"(?i:\bchief\s+diplomat)$", titled.group("title")) \
                and self.last_person is not None and self.last_person.match.type in ("person", None):
            return self.last_person  # ("The EU’s chief diplomat also called Ukraine …" after Kallas: an epithet of the one just named,
            # no office of the model)
        return Mention(at, at + len(lead.rstrip()), Match(f"{role}|{org.entity if org else ''}", None, "person", 0.0, "office"))

    def _opener_holds(self, role: str, org: Match | None) -> Match | None:
        """For an office named alone ("Writing in …, the Prime Minister stated: …") that no one here holds: the person the
        sentence before opened with ("Boris Johnson is issuing a plea …"), spoken of last and holding no office here yet,
        as its holder, the office then noted (of the state the title names, else of the article's state, for a national
        office). None where that does not hold."""
        lead = self.opened_by[0] if self.opened_by is not None else None
        if lead is None or lead.match.type not in ("person", None) or self.last_person is None \
                or self._key(self.last_person.match) != self._key(lead.match) or self.person_roles.get(self._key(lead.match)) \
                or (org is None and not (role in domain().national_offices and self.main_country)):
            return None
        self.inferred_office = (lead.match, role, org or self._assumed_country(str(self.main_country)))
        return lead.match

    def _speaker_head(self, lead: str, at: int, mentions: list[Mention]) -> Mention | None:
        """The speaker the head of an attribution names (see :meth:`_speaker_in`)."""
        # "the prime minister of Norway during the meeting with … Jens Stoltenberg": the speaker ends where
        # the circumstances begin
        # a dateline first: "OTTAWA — Canada's minister", "LVIV, Ukraine — Russia's foreign minister"
        age = re.match(r"\s*(?:the\s+)?\d{1,3}-year-old\s+", lead)  # "said 71-year-old Babiš": the age is no part of the name
        # (nor a military rank: "…, Admiral Bauer said", "said Lt. Gen. Jane Doe")
        age = age or re.match(rf"\s*(?:{MILITARY_RANK})\s+(?=[A-Z])", lead)
        # (nor a member's party and canton or state in brackets: "Andrea Gmür-Schönenberger (Center/LU) for the commission")
        lead = re.sub(r"\s\([A-Za-zÀ-ÿ. -]{1,20}/[A-Z]{2,3}\)", lambda b: " " * len(b.group(0)), lead)
        if age:
            lead, at = lead[age.end():], at + age.end()
        dateline = re.match(DATELINE + r"[—–-]\s*", lead)
        if dateline:
            lead, at = lead[dateline.end():], at + dateline.end()
        fronted = re.match(r"\s*(?:Writing|Speaking|Talking)\s+(?:in|at|to|on|with|before|after)\s[^,“”\"]{1,80},\s+(?=[Tt]he\s)", lead)
        if fronted:  # "Writing in The New York Times, the Prime Minister stated: …": the subject after the opening phrase
            lead, at = lead[fronted.end():], at + fronted.end()
        head = re.split(r"\s+(?:during|at|in|on|after|before|while|when|with|as|from|to|for)\s+",
                        lead.split(",")[0].strip().lstrip("–—- ").strip())[0]
        head = re.sub(rf"(?:\s+(?:{_TRAILING_ADVERBS}|is|was|has been))+$", "", head)  # "the Prime Minister reportedly"
        if not head:
            return None
        # "the head of the Finnish government": the Finnish prime minister
        # ("…,” the Head of Ukrainian Government said": in capitals too)
        head = re.sub(r"^(?:[Tt]he\s+)?[Hh]ead\s+of\s+(?:the\s+)?(?P<pre>[A-Z][\w’']*\s+)?[Gg]overnment$",
                      lambda g: f"the {g.group('pre') or ''}Prime Minister", head)
        # ("According to the head of Swiss diplomacy, …": the Swiss foreign minister)
        head = re.sub(r"^(?:[Tt]he\s+)?[Hh]ead\s+of\s+(?:the\s+)?(?P<pre>[A-Z][\w’']*\s+)?[Dd]iplomacy$",
                      lambda g: f"the {g.group('pre') or ''}Foreign Minister", head)
        if head.lower() in ("he", "she"):
            return self.last_person
        start = at + lead.find(head)
        seat = re.match(r"\s*(?:the|The)\s+(?:(?:defen[cs]e|foreign|finance)\s+)?(?:ministry|government)\s+in\s+(?P<city>[A-Z][\w’'-]+)", lead)
        state = self.g.as_state(seat.group("city")) if seat else None
        if state is not None and state.entity:  # "…, the defense ministry in Berlin said": the state whose capital it sits in
            return Mention(start, start + len(head), self._assumed_country(state.entity))
        known = [m for m in mentions if m.match.type == "person" and start <= m.start and m.end <= start + len(head)]
        if known:
            return known[-1]
        titled = re.match(rf"(?:the\s+)?(?:(?:former|deputy|acting|interim|caretaker)\s+)?(?:[A-Z][\w.’']*\s+){{0,2}}?(?P<title>(?i:{_TITLE}))\b\s*",
                          head)  # ("According to the interim PM, …": the holder of the office for its term)
        name = head[titled.end():].strip() if titled else head
        of = re.match(r"of\s+(?:the\s+)?", name) if titled else None
        org = None
        if of:  # "Minister of Defence of the Netherlands Kajsa Ollongren": the country, then the name
            words = name[of.end():].split()
            leading = self.g.leading_country_or_org(words)
            if leading:
                org, cut = leading
                name = " ".join(words[cut:])
            elif words and re.fullmatch(rf"(?:[A-Z][\w-]+\s+){{0,3}}{_INSTITUTION}", " ".join(words)):
                # "the President of the European Council": an institution the workspace does not know, by its slug
                org, name = Match(" ".join(words), _slug(" ".join(words)), "organization", 0.0, "new"), ""
        if re.fullmatch(r"(?:the|The)\s+(?:(?:defen[cs]e|foreign|finance)\s+)?(?:ministry|government)|(?:the|The)\s+MoD|"
                        r"(?:the|The)\s+Ministry\s+of\s+(?:Defen[cs]e|Foreign\s+Affairs|Finance)", head) and self.main_country:
            # "…, the ministry said", "the government said in a resolution": the article's own country speaking
            return Mention(start, start + len(head), self._assumed_country(self.main_country))
        # ("the Italian politician said": a demonym between)
        # (and a diplomat by his post: "…,” explained the chargé d'affaires"; a parliament's speaker by his: "…,” the speaker
        # said" after "Chamber of Deputies Speaker Tomio Okamura")
        # (an adviser by his post: "The adviser added that …" after "President's chief national security adviser, Kęstutis
        # Budrys, told reporters …")
        if re.fullmatch(r"[Tt]he\s+(?:[A-Z][a-z]+\s+)?(?i:official|politician|diplomat|lawmaker|charg[eé]\s+d['’]affaires|speaker|"
                        r"advis[eo]r)",
                        head) \
                and self.last_person is not None \
                and self.last_person.match.type in ("person", None):
            if self._introduced_unnamed(head.split()[-1]):
                return None  # "A White House official told CNN …" then "“…,” the official said": someone unnamed, not the last named
            return self._epithet_of(head)  # "the official also noted", "…,” the politician said: the one this article just named
        if re.fullmatch(r"(?i:the\s+leader)", head):
            # "…," the leader said: the head of state or government this article named (the one just spoken of,
            # where it named several)
            leaders = [p for p, held in self.person_roles.items() if held & {"president", "prime-minister", "chancellor"}]
            if self.last_person is not None and self._key(self.last_person.match) in leaders:
                return self.last_person
            return Mention(start, start + len(head), Match(leaders[0], leaders[0], "person", 80.0, "label")) \
                if len(leaders) == 1 else None
        bare = re.fullmatch(r"(?i:the\s+minister)", head)
        if bare:  # "the minister pointed out": the one minister (not the prime minister) this article named
            ministers = [p for p, held in self.person_roles.items() if any(r.endswith("minister") and r != "prime-minister" for r in held)]
            if len(ministers) > 1 and self.last_person is not None and self._key(self.last_person.match) in ministers:
                return self.last_person  # several ministers: the one the sentence before spoke of ("Collins said …")
            return Mention(start, start + len(head), Match(ministers[0], ministers[0], "person", 80.0, "label")) \
                if len(ministers) == 1 else None
        if not name and titled:  # a title alone ("the prime minister of Norway"): the holder this article named
            role = ROLE_TITLES[titled.group("title")]
            # ("The French president": the sentence's capital, not a qualifier)
            qualifier = re.match(r"(?:[Tt]he\s+)?(?:(?:former|deputy|acting)\s+)?(?P<pre>[A-Z][\w’']*)\s", head)
            pre = re.sub(r"['’]s$", "", qualifier.group("pre")) if qualifier else ""
            if org is None and qualifier and pre and (pre.lower() in DEMONYMS or pre != qualifier.group("pre")):
                org = self.g.country_or_org(pre)  # "the Norwegian Prime Minister", "Canada's minister of defence"
            org = org or self._state_of_title(titled.group("title"))
            # ("the Defence Secretary": the US office's name, a defence minister's elsewhere)
            roles = {role, "defence-minister"} if role == "secretary-of-defense" else {role}
            holders = [p for p, held in self.person_roles.items() if roles & held
                       and (org is None or self.person_orgs.get(p) in (org.entity, None))]
            if len(holders) > 1 and org is None and self.main_country:  # "The president added …": of the article's country
                holders = [p for p in holders if self.person_orgs.get(p) == self.main_country] or holders
            if len(holders) == 1:
                return Mention(start, start + len(head), Match(holders[0], holders[0], "person", 90.0, "label"))
            named = {m.entity or _slug(m.name): m for m in self.titled.get(role, [])}
            if org is not None:  # "The French president" is not "U.S. President Joe Biden", the one president named before
                named = {k: m for k, m in named.items() if self.person_orgs.get(k) in (org.entity, None)}
            if not holders and len(named) == 1:  # "Prime Minister Jonas Gahr Støre" earlier, with no country there
                person = next(iter(named.values()))
                if org is not None and org.type == "country":  # what the title-only reference adds: the country
                    self.inferred_office = (person, role, org)
                return Mention(start, start + len(head), person)
            opener = self._opener_holds(role, org) if not holders and not named and re.match(r"[Tt]he\s+[A-Z]", head) else None
            return Mention(start, start + len(head), opener) if opener is not None else None
        name = re.sub(r"['’]s$", "", name)
        sir = re.match(r"(?:Sir|Dame)\s+([A-Z][\w’'-]+)$", name)
        knight = self._knight(sir.group(1)) if sir else None
        if knight is not None:  # "Sir Keir stated …"
            return Mention(start, start + len(head), knight)
        name = re.sub(r"^(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+", "", name)  # "Mr Marles said"
        minister = re.fullmatch(r"Minister\s+([A-Z][\w’'-]+)", name)
        if minister:  # "…, says Minister Anušić": a bare title before a surname, only of a minister the article names
            # (a subheadline names him before the story does: a stand-in the one minister of that surname replaces)
            return self._by_surname("minister", minister.group(1), start + head.find(name) + minister.start(1))
        if titled is not None and not of and re.fullmatch(r"[A-Z][\w’'-]+", name) and name not in domain().not_names \
                and self.g.country_or_org(name) is None and name.lower() not in DEMONYMS:
            # "President Erdoğan commented …, saying: “…”" before the story gives his full name
            return self._by_surname(ROLE_TITLES[titled.group("title")], name, start + head.find(name))
        words = name.split()
        # (a name's particles in lower case between its words: "Luiz Inacio Lula da Silva", "Mohammed bin Salman")
        capitalised = [w for w in words if w not in _NAME_PARTICLES]
        if not 1 <= len(capitalised) <= 4 or not all(w[:1].isupper() for w in capitalised) or words[0] in _NAME_PARTICLES \
                or words[-1] in _NAME_PARTICLES or any(w.strip(".,") in domain().not_names for w in words):
            return None
        offset = start + head.find(name)
        resolved = self.seen_person(name) or self.g.resolve(name, ("person",))
        if resolved.entity or resolved.how == "seen":
            return Mention(offset, offset + len(name), resolved)
        if self.g.country_or_org(name) is not None or name.lower() in DEMONYMS:
            return None  # "…," Germany said: a state, not a person
        return Mention(offset, offset + len(name), Match(resolved.name, None, "person", 0.0, "new"))  # (as resolve wrote it)
