"""Sort the claims evaluation's source and speaker errors by kind, with no text.

The claims evaluation reports its counts per half; the check half's errors must be countable
without being read. This module answers two questions about one error, in words of the
article's layout only:

* where the **right** body (the gold source or speaker, by any surface form the gold lists) is
  named: in the record's own sentence (``sentence``), in one of the ``NEAR_SENTENCES`` before it
  (``near``), earlier still (``far``), only after it (``later``) or nowhere (``absent``);
* what the **chosen** speaker mention is (a pronoun, a description with no name, a name), and
  where the **credited** source is named (the same places, plus ``dateline`` when it is named only
  in the article's dateline, the capitals before the first dash).

So ``speaker_err_gold_sentence`` counts wrong speakers whose right speaker was named in the
quote's own sentence (a choice between two names), and ``speaker_err_gold_absent`` those the
text never names (a resolution the gold made from knowledge, or an alias the gold lacks).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..records import Analysis

# sentences before a record's own that count as "near"
NEAR_SENTENCES = 3
PLACES = ("sentence", "near", "far", "later", "absent")
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their",
                      "him", "them", "our", "my"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "one", "another"})
DATELINE = re.compile(r"^\W*([A-Z][A-Z .,'/-]{2,60}?)\s*(?:\([^)]{0,40}\)\s*)?[-\u2013\u2014:]")


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w' -]", " ", text.replace("\u2019", "'").lower()).split())


def _names_in(window: str, forms: Iterable[str]) -> bool:
    padded = f" {_norm(window)} "
    return any(f" {_norm(form)} " in padded for form in forms if _norm(form))


def where_named(an: Analysis, sentence: int, forms: Iterable[str]) -> str:
    """Where the article names any of ``forms`` relative to sentence index ``sentence``."""
    forms = [f for f in forms if f and f.strip()]
    sentences = {s.index: an.article.text[s.start:s.end] for s in an.sentences}
    if not forms or sentence not in sentences:
        return "absent"
    if _names_in(sentences[sentence], forms):
        return "sentence"
    before = [i for i in sentences if i < sentence]
    near = [i for i in before if i >= sentence - NEAR_SENTENCES]
    if any(_names_in(sentences[i], forms) for i in near):
        return "near"
    if any(_names_in(sentences[i], forms) for i in before):
        return "far"
    if any(_names_in(sentences[i], forms) for i in sentences if i > sentence):
        return "later"
    return "absent"


def credited_place(an: Analysis, sentence: int, name: str | None) -> str:
    """Where the source a record was credited to is named; ``dateline`` when only there."""
    if not name:
        return "absent"
    place = where_named(an, sentence, [name])
    m = DATELINE.match(an.article.text)
    if m and _names_in(m.group(0), [name]):
        body = an.article.text[m.end():]
        if not _names_in(body, [name]):
            return "dateline"
    return place


def mention_kind(text: str | None, described: bool) -> str:
    """What a chosen speaker mention is: ``pronoun``, ``description`` (no name) or ``name``."""
    if not text:
        return "none"
    if text.strip().lower() in PRONOUNS:
        return "pronoun"
    first = text.split()[0].lower()
    if described or text[:1].islower() or first in DETERMINERS:
        return "description"
    return "name"
