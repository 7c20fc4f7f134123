"""A speaker met in a side clause: "Hezbollah said it hit a tank, after the army said it had
killed a commander. “...,” it said" is Hezbollah. A cue whose clause is adverbial ("after X said
...", "as X said ...", "while X said ...") and hangs on the clause of another speaker's cue in the
same sentence tells the circumstance of what that speaker reports; the sentence reports the other
speaker, and an "it" in a later sentence goes on with them, not with the body named last. A cue
within another's content ("X said troops had ordered them out") is said within that report.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ...nlp import ParsedDoc


def in_side_clause(pd: ParsedDoc, link: Any, links: Sequence[Any]) -> bool:
    """The cue of chain link ``link`` (a speaker met: actor, cue position, sentence) heads or sits
    in an adverbial clause hung on the clause of another speaker's cue of ``links`` in that
    sentence."""
    verb = pd.token_at(link.pos)
    if verb is None:
        return False
    path: list[Any] = []
    for t in (verb, *verb.ancestors):
        path.append(t)
        if t.dep_ == "advcl":
            break
    else:
        return False
    mains = {pd.token_at(k.pos) for k in links if k.sentence == link.sentence and k.actor_id != link.actor_id}
    return any(t in mains for t in path[-1].ancestors)


def said_within(pd: ParsedDoc, outer: int, inner: int) -> bool:
    """The cue verb at ``inner`` stands in the content of the cue verb at ``outer``: ``outer`` is
    one of its ancestors, reached through no conjunct ("Families said troops had ordered them out",
    not "X said ..., and Y said ..." however the parser hung the second cue)."""
    verb, cue = pd.token_at(inner), pd.token_at(outer)
    if verb is None or cue is None:
        return False
    path = [verb, *verb.ancestors]
    return cue in path and all(t.dep_ != "conj" for t in path[:path.index(cue)])


def spoke_aside(pd: ParsedDoc, links: Sequence[Any], here: int, actor_id: str) -> bool:
    """``actor_id`` last spoke before ``here``, in an earlier sentence, in such a side clause: it is
    no antecedent of an "it" at ``here``."""
    mine = [k for k in links if k.actor_id == actor_id and k.pos < here]
    return bool(mine) and mine[-1].sentence < pd.sentence_index(here) and in_side_clause(pd, mine[-1], links)
