"""Where entities are named in a sentence: gazetteer names, and capitalised names not yet known."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import DEMONYMS, Gazetteer, Match

NAME_TOKEN = r"[A-Z][a-zA-Z\u00C0-\u024F'’.-]*[a-zA-Z\u00C0-\u024F.]"
#: Two to four capitalised words: a person's name as news writes it.
PERSON_NAME = rf"{NAME_TOKEN}(?:\s+(?:{NAME_TOKEN}|de|van|von|der|da|al-?)){{1,3}}"
_NOT_NAMES = {"The", "He", "She", "It", "They", "We", "In", "On", "At", "As", "But", "And", "However", "According",
              "While", "After", "During", "Under", "Earlier", "Experts", "Views", "What", "Secretary", "General",
              "Minister", "President", "Prime", "Defense", "Defence", "Ambassador", "Professor", "Former", "Allies",
              "NATO", "U.S.", "US", "Many", "This", "That", "These", "Those", "Big", "Great", "Our", "Their"}


@dataclass(frozen=True)
class Mention:
    """A name in a sentence and what it resolves to."""

    start: int
    end: int
    match: Match


class MentionFinder:
    """Finds the workspace's (and countries') names in text, longest first."""

    def __init__(self, gazetteer: Gazetteer, names: list[str]):
        self.g = gazetteer
        forms = sorted({n for n in names if len(n) >= 2} | {d for d in DEMONYMS if len(d) > 3} | {"U.S.", "U.K.", "US", "UK"},
                       key=len, reverse=True)
        self.pattern = re.compile(r"(?<![\w])(" + "|".join(re.escape(f) for f in forms) + r")(?![\w])", re.I)

    def find(self, text: str) -> list[Mention]:
        out = []
        for m in self.pattern.finditer(text):
            word = m.group(1)
            if word.islower() and word.lower() not in ("us",) and not word[0].isupper():
                continue  # names are capitalised; "us" the pronoun is not the United States
            if word == "us":
                continue
            resolved = self.g.resolve(word)
            if resolved.entity:
                out.append(Mention(m.start(), m.end(), resolved))
        return out

    def new_people(self, text: str) -> list[Mention]:
        """Capitalised two-to-four word names the gazetteer does not know (proposed as new persons)."""
        known = [(m.start, m.end) for m in self.find(text)]
        out = []
        for m in re.finditer(PERSON_NAME, text):
            words = m.group(0).split()
            while words and words[0].strip(".") in _NOT_NAMES:
                words = words[1:]
            if len(words) < 2 or any(w.strip(".") in _NOT_NAMES for w in words):
                continue
            name = " ".join(words)
            start = m.start() + m.group(0).index(name)
            if any(s <= start < e for s, e in known):
                continue
            resolved = self.g.resolve(name, ("person",))
            out.append(Mention(start, start + len(name), resolved))
        return out
