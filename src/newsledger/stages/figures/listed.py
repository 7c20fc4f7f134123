"""Counts listed with a source each: "The toll stood at 590: 231 in government-held areas according
to the ministry, 342 in KNU-held areas according to the volunteers, and 17 in Thailand", "At least
419 were killed, including 143 in X according to A, 262 in Y according to B". Each part takes the
source phrase that follows it before the next count; the total before the parts, and a part
with no phrase of its own, take none of them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

# the words that open the parts of a total ("590: 231 in ..., 342 in ...", "419, including 143 ...")
OPENERS = frozenset({"including", "among", "of"})


@dataclass(frozen=True)
class Listed:
    """A figure's place in a sentence that lists counts with a source each: ``own`` is the
    source phrase that follows it (None: the total before the parts, or a part with no phrase)."""

    own: re.Match[str] | None


def _count(t: Token) -> bool:
    return t.like_num and t.pos_ == "NUM" and t.ent_type_ not in ("DATE", "TIME")


def listed(anchor: Token, phrases: list[re.Match[str]]) -> Listed | None:
    """The source phrase of the figure at ``anchor`` when its sentence lists counts with a source
    each (``phrases``: the source phrases of the sentence, "according to", as matched in its
    text): two phrases at least, each after a count that follows the phrase before it. None
    when the sentence is no such list ("50 were killed and 20 injured, according to A": one
    phrase; "According to A, 50 died; according to B, 60": phrases before their counts)."""
    if len(phrases) < 2:
        return None
    sent = anchor.sent
    counts = [t.idx - sent.start_char for t in sent if _count(t)]
    previous = 0
    for m in phrases:
        if not any(previous <= c < m.start() for c in counts):
            return None
        previous = m.end()
    at = anchor.idx - sent.start_char
    after = next((m for m in phrases if m.start() > at), None)
    if after is None:
        return Listed(None)
    inside = [c for c in counts if at < c < after.start()]
    if inside and any(t.text == ":" or t.lower_ in OPENERS for t in sent
                      if at < t.idx - sent.start_char < inside[0]):
        return Listed(None)  # the total the parts after ":" or "including" break down
    return Listed(after)
