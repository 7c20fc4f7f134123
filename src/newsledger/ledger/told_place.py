"""The place a placeless claim's own sentence tells, over the place it borrows from its ledger event.

A claim whose figure was placed nowhere takes the place of the ledger event it is anchored to
(:func:`newsledger.ledger.claims.anchor_figures`); when that event is told in another sentence,
its place may be another stage of the story (the port a boat left, the capital a minister spoke
in) while the claim's own sentence names where the dead are ("Now 38 are dead and the sea south
of Gavdos is searched"). The place the claim's sentence names, and the event's place not, is
the claim's: it joins a thread at that place (``Threader._place``). A sentence naming both
("left Tobruk and sank off Gavdos") does not say which place is the count's: the event's place
stands."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .claims import ClaimFigure, Thread
    from .places import PlaceWords

TOLD_NOTE = "the claim's own sentence names the thread's place, not its ledger event's"


def tells(m: ClaimFigure, core: frozenset[str], texts: PlaceWords) -> bool:
    """True when ``m`` has no place of its own, borrows one from its ledger event, and its own
    sentence names the place ``core`` but not the borrowed place."""
    if m.core or not m.event_core or not core or not m.sentence_words:
        return False
    named = texts.words(m.article_id) & m.sentence_words
    return core <= named and not m.event_core <= named


def told_place(f: ClaimFigure, t: Thread, texts: PlaceWords) -> str | None:
    """``TOLD_NOTE`` when the claim's sentence names a place of the thread (``tells``), or a
    claim of the thread tells, in its sentence, the place the claim names; else None."""
    core = f.core or f.event_core
    if any(tells(f, c, texts) for c, _ in t.places) or any(tells(m, core, texts) for m in t.members):
        return TOLD_NOTE
    return None
