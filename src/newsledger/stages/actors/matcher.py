"""One phrase matcher over every dictionary surface form (names, sector nouns, titles, framing
terms, anaphors), built once for one dictionary (it needs no spaCy vocabulary).

A form matches a run of tokens whose lower-case texts are the form's tokens, lower-cased (as
spaCy's ``PhraseMatcher`` on ``LOWER`` would match it). The forms are split into tokens by the
English tokenizer once; the split is kept in a cache file (see :mod:`newsledger.cache`), so that a
new process does not tokenize the dictionary again (and does not add its thirteen thousand
words to the model's vocabulary). The built matcher is part of the actor stage's data, which the
pipeline keeps in its own cache file too.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from ... import cache
from ...cache import digest
from .dictionary import ActorDictionary
from .types import CAT_ANAPHOR, CAT_FRAME, CAT_NAME, CAT_SECTOR, CAT_TITLE

log = logging.getLogger(__name__)

_LABELS = "\x00"  # the key of a trie node's labels (no token is this text)


@dataclass(eq=False)
class Matcher:
    """Every dictionary form as a path of lower-case token texts in a trie."""

    trie: dict[str, Any]  # token -> node; node[_LABELS] -> match ids
    labels: dict[int, tuple[str, str]]  # match id -> (category, normalised form)

    def __call__(self, doc: Doc | Sequence[Token]) -> list[tuple[int, int, int]]:
        """(match id, start, end) of every form found in ``doc`` (or a document's list of tokens,
        ``ParsedDoc.tokens``; overlapping ones too), by start then end."""
        return list(self._matches([t.lower_ for t in doc]))

    def _matches(self, lowers: list[str]) -> Iterator[tuple[int, int, int]]:
        for i in range(len(lowers)):
            node: dict[str, Any] = self.trie
            for j in range(i, len(lowers)):
                nxt = node.get(lowers[j])
                if nxt is None:
                    break
                node = nxt
                for label in node.get(_LABELS, ()):
                    yield label, i, j + 1


def _forms(d: ActorDictionary) -> list[tuple[str, str, list[str]]]:
    """(category, normalised form, surface texts) of every form, in a stable order."""
    groups = (
        (CAT_NAME, d.surfaces.keys()),
        (CAT_SECTOR, d.sector_nouns.keys()),
        (CAT_TITLE, d.title_forms.keys()),
        (CAT_FRAME, d.framing_forms.keys()),
        (CAT_ANAPHOR, d.anaphors.keys()),
    )
    out = []
    for cat, keys in groups:
        for k in keys:
            texts: set[str] = set()
            for orig in d.originals.get(k, {k}):
                texts.add(orig)
                if "'" in orig:
                    texts.add(orig.replace("'", "’"))
                if "." in orig:
                    texts.add(capitalised(orig))
            out.append((cat, k, sorted(texts)))
    return out


def capitalised(form: str) -> str:
    """``form`` with each word's first letter in upper case ("lt. gen." -> "Lt. Gen."). The
    tokenizer keeps a known abbreviation and its full stop as one token only as the text writes
    it ("Gen." is one token, "gen." two), so a form written in lower case in a data file would
    never meet the token of the capitalised abbreviation before a name."""
    return " ".join(w[:1].upper() + w[1:] for w in form.split(" "))


def cache_name(texts: list[str]) -> str:
    """The cache file of the token split of ``texts`` (see :mod:`newsledger.cache`): its name
    holds a hash of spaCy's version and the texts."""
    from spacy.about import __version__ as spacy_version

    return f"actor-forms-{digest([spacy_version, *texts])}.json"


def _split(texts: list[str]) -> dict[str, list[str]]:
    """The lower-case token texts of every text, from the cache or the English tokenizer."""
    name = cache_name(texts)
    raw = cache.read(name)
    if raw is not None:
        try:
            cached = json.loads(raw.decode("utf-8"))
            if isinstance(cached, dict) and len(cached) == len(texts):
                return cached
        except ValueError as exc:
            log.debug("actor form cache %s unreadable (%s): tokenizing again", name, exc)
    import spacy

    tokenizer: Any = spacy.blank("en").tokenizer
    split = {t: [tok.lower_ for tok in doc] for t, doc in zip(texts, tokenizer.pipe(texts), strict=True)}
    cache.write(name, json.dumps(split, ensure_ascii=False).encode("utf-8"))
    return split


def build_matcher(d: ActorDictionary) -> Matcher:
    """The matcher of dictionary ``d``; each match id maps to (category, form)."""
    forms = _forms(d)
    split = _split(sorted({t for _, _, texts in forms for t in texts}))
    trie: dict[str, Any] = {}
    labels: dict[int, tuple[str, str]] = {}
    for label, (cat, k, texts) in enumerate(forms):
        labels[label] = (cat, k)
        for t in texts:
            tokens = split[t]
            if not tokens:
                continue
            node = trie
            for tok in tokens:
                node = node.setdefault(tok, {})
            found = node.setdefault(_LABELS, [])
            if label not in found:
                found.append(label)
    return Matcher(trie, labels)
