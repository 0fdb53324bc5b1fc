"""Which claims say the same thing in near-same words: word-set pairs at or above a Jaccard similarity.

The attribution and wording rules compare every claim with every other by content words
(:func:`nato_kg.text.content_words`). :func:`similar_pairs` finds those pairs exactly without
comparing them all; :func:`similar_texts` keeps what it found beside the build, so that a
check after an edit works out only the claims whose words it has not seen: on 27,000 synthetic
claims the whole search takes about 8 s, each new word set a few milliseconds against an
inverted index of the others.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from itertools import chain, combinations
from pathlib import Path
from typing import NamedTuple

#: The file under a check's cache folder holding the word sets and pairs last found.
KEPT_FILE = "similar-pairs.json"
#: The kept pairs are extended (not searched afresh) while at most this share of the word sets is new.
NEW_SHARE = 0.125


def similar_pairs(words: Sequence[AbstractSet[str]], threshold: float) -> list[tuple[int, int]]:
    """Index pairs whose word sets have Jaccard similarity ≥ ``threshold`` (empty sets pair with nothing).

    Exact, without comparing every pair. |x ∩ y| / |x ∪ y| ≥ t  ⇔  |x ∩ y| ≥ t / (1 + t) · (|x| + |y|),
    so two sets of known sizes need at least ``need`` shared words; with each set's words ordered
    rarest first, the k-th word they share lies among the first ``|x| - need + k`` words of each
    (the prefix filter). So each set is indexed under the word *pairs* of its prefix and probes with
    those of its own: at t = 0.3 one shared word is too weak a filter (the prefix is 70 % of the set,
    frequent words included), a shared pair of rare-first words is not. The prefixes are one word
    longer than two shared words need (``extra``): the first three shared words then lie in both, so
    a partner is found under at least three of the probed pairs, and sets found under fewer are
    dropped before they are compared (a tenth as many comparisons, for an eighth more look-ups).
    Sets are visited smallest first, so the partner's size bounds ``need``; sets small enough to need
    a single shared word are also indexed word by word. Candidates are verified on bit masks.

    >>> similar_pairs([{"a", "b", "c"}, {"a", "b", "d"}, {"x", "y"}, set()], 0.5)
    [(0, 1)]
    """
    extra = 1  # prefixes this many words longer than two shared words need (see above)
    freq = Counter(w for ws in words for w in ws)
    vocab = sorted(freq, key=lambda w: (freq[w], w))
    rank = {w: k for k, w in enumerate(vocab)}
    width = len(vocab)
    ordered = [sorted(rank[w] for w in ws) for ws in words]  # rarest first, as integers
    masks = [sum(1 << r for r in x) for x in ordered]
    sizes = [len(x) for x in ordered]
    factor = threshold / (1 + threshold)
    by_word: dict[int, list[int]] = defaultdict(list)  # sets a later one may share a single word with
    by_pair: dict[int, list[int]] = defaultdict(list)  # a · width + b → sets whose prefix holds both
    pair_sets = by_pair.get

    def under_pairs(prefix: list[int]) -> Iterable[int]:
        """The sets indexed under each pair of ``prefix``'s words, once per pair."""
        return chain.from_iterable(filter(None, map(pair_sets, [a * width + b for a, b in combinations(prefix, 2)])))

    found: list[tuple[int, int]] = []
    for i in sorted(range(len(words)), key=lambda i: (sizes[i], i)):
        x, size, mask = ordered[i], sizes[i], masks[i]
        if not size:
            continue
        # the fewest shared words a partner needs: its size is at most this one's, at least t times it
        least = math.ceil(factor * (size + max(1, math.ceil(threshold * size - 1e-9))) - 1e-9)
        candidates: Iterable[int]
        if least < 2:
            near: set[int] = set()
            for w in x:
                near.update(by_word.get(w, ()))
            near.update(under_pairs(x))
            candidates = near
        else:
            # the first min(need, 2 + extra) shared words lie in both prefixes: each pair of them is a hit
            hits = Counter(under_pairs(x[: size - least + 2 + extra]))
            shared = min(least, 2 + extra)
            enough = shared * (shared - 1) // 2
            candidates = [j for j, n in hits.items() if n >= enough]
        low = threshold * size - 1e-9
        found.extend((j, i) if j < i else (i, j) for j in candidates
                     if sizes[j] >= low and (masks[j] & mask).bit_count() >= factor * (size + sizes[j]) - 1e-9)
        # a later set is this size or larger: it needs at least t/(1+t)·2·|x| shared words with this one
        own = math.ceil(2 * factor * size - 1e-9)
        if own < 2:
            for w in x:
                by_word[w].append(i)
        for a, b in combinations(x[: size - own + 2 + extra], 2):
            by_pair[a * width + b].append(i)
    return sorted(found)


def _similar(shared: int, a: int, b: int, threshold: float) -> bool:
    """Whether two sets of sizes ``a`` and ``b`` sharing ``shared`` words are similar, by the very tests
    :func:`similar_pairs` makes (a size bound, then |x ∩ y| ≥ t / (1 + t) · (|x| + |y|), with its tolerance)."""
    small, big = min(a, b), max(a, b)
    return small >= threshold * big - 1e-9 and shared >= threshold / (1 + threshold) * (a + b) - 1e-9


def pairs_with(sets: Sequence[frozenset[str]], new: Iterable[int], threshold: float) -> set[tuple[int, int]]:
    """The pairs of ``sets`` (distinct, as index pairs, smaller first) at or above ``threshold`` that include
    one of the sets numbered ``new``: each new set's shared words with every other are counted on an
    inverted index of the words the new sets hold.

    >>> sorted(pairs_with([frozenset("abc"), frozenset("abd"), frozenset("xy"), frozenset("xyz")], [1, 3], 0.5))
    [(0, 1), (2, 3)]
    """
    new = list(new)
    wanted = frozenset().union(*(sets[k] for k in new))
    postings: dict[str, list[int]] = defaultdict(list)
    for k, words in enumerate(sets):
        for w in words & wanted:
            postings[w].append(k)
    found: set[tuple[int, int]] = set()
    for k in new:
        x = sets[k]
        for j, shared in Counter(chain.from_iterable(postings[w] for w in x)).items():
            if j != k and _similar(shared, len(x), len(sets[j]), threshold):
                found.add((j, k) if j < k else (k, j))
    return found


class SimilarTexts(NamedTuple):
    """Texts' content words, and the index pairs of texts whose words are similar."""

    pairs: list[tuple[int, int]]
    words: list[frozenset[str]]


def similar_texts(texts: Sequence[str], threshold: float, folder: Path | None = None) -> SimilarTexts:
    """The content words of ``texts``, and the index pairs of texts whose words are similar at or above
    ``threshold``: exactly the pairs :func:`similar_pairs` gives for their word sets.

    With ``folder``, the texts' word sets and the pairs found among them are kept there (a JSON file,
    rewritten atomically when they change). The next call takes the word sets of texts it has seen from
    it, keeps the pairs of sets still present, and searches only the new sets' partners — unless more
    than :data:`NEW_SHARE` of the sets are new, when the whole search is faster. A missing, damaged or
    other version's file only costs the whole search.

    >>> similar_texts(["allies pledge more shells", "the allies pledge more shells", "nothing alike"], 0.5).pairs
    [(0, 1)]
    """
    from ..text import content_words

    kept = _read_kept(folder, threshold) if folder is not None else None
    known: dict[str, frozenset[str]] = kept[0] if kept else {}
    before = len(known)
    words: list[frozenset[str]] = []
    for text in texts:
        found = known.get(text)
        if found is None:
            found = known[text] = frozenset(content_words(text))
        words.append(found)
    holders: dict[frozenset[str], list[int]] = defaultdict(list)  # each distinct non-empty set → its texts
    for i, w in enumerate(words):
        if w:
            holders[w].append(i)
    sets = list(holders)
    number = {s: k for k, s in enumerate(sets)}
    new = [k for k, s in enumerate(sets) if kept is None or s not in kept[2]]
    if kept is None or len(new) > NEW_SHARE * len(sets):
        set_pairs = set(similar_pairs(sets, threshold))
    else:
        set_pairs = {(min(a, b), max(a, b)) for a, b in ((number.get(x), number.get(y)) for x, y in kept[1])
                     if a is not None and b is not None}
        set_pairs |= pairs_with(sets, new, threshold)
    # the word sets and pairs follow from the texts: they are written again only when the texts differ
    if folder is not None and (kept is None or len(known) != before or before != len(set(texts))):
        _keep(folder, threshold, {t: known[t] for t in texts}, sets, set_pairs)
    pairs = {(i, j) if i < j else (j, i) for a, b in set_pairs for i in holders[sets[a]] for j in holders[sets[b]]}
    for same in holders.values():  # texts with the same words: similarity 1
        pairs.update(combinations(same, 2))
    return SimilarTexts(sorted(pairs), words)


def _version(threshold: float) -> str:
    from ..query.safety import version_key

    return version_key(f"similar text pairs\0{threshold}")


def _read_kept(folder: Path, threshold: float):
    """(text → word set, pairs of word sets, the word sets) as kept in ``folder``, or None."""
    import json

    try:
        body = json.loads((folder / KEPT_FILE).read_text(encoding="utf-8"))
        if body["key"] != _version(threshold):
            return None
        sets = [frozenset(words) for words in body["sets"]]
        texts = {text: sets[k] for text, k in body["texts"]}
        pairs = [(sets[a], sets[b]) for a, b in body["pairs"]]
        return texts, pairs, set(sets)
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None


def _keep(folder: Path, threshold: float, texts: dict[str, frozenset[str]], sets: list[frozenset[str]],
          pairs: set[tuple[int, int]]) -> None:
    import json

    from ..output import atomic_write_bytes

    every = list(dict.fromkeys([*sets, *texts.values()]))  # the empty set too, for the texts that have it
    number = {s: k for k, s in enumerate(every)}
    body = {"key": _version(threshold), "sets": [sorted(s) for s in every],
            "texts": [[text, number[s]] for text, s in texts.items()], "pairs": sorted(pairs)}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(folder / KEPT_FILE, json.dumps(body, ensure_ascii=False).encode("utf-8"))
    except OSError:
        pass  # a read-only or full disk only means searching whole next time
