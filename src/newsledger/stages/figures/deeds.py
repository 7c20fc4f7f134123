"""A figure in what a body decides, plans or refuses to do ("Officials decided to move all 40
remaining detainees", "The army plans to evacuate 2,000 residents", "The rebels refused to free 30
hostages"): the quote stage reads the infinitive after such a verb as the body's intention, but the
count is the act's object, not a statement of the body: the figure is told by whoever else the
sentence names, or the outlet. Verbs of saying that promise or threaten ("vowed to free 30",
"threatened to kill 20 hostages") state their count and are not among ``deed_cues``."""

from __future__ import annotations

from collections.abc import Collection

from ...records import Quote


def intended_deed(quote: Quote, deed_cues: Collection[str]) -> bool:
    """Whether ``quote`` is an intention whose cue is one of ``deed_cues`` and whose content is
    the infinitive of the intended act ("to move all 40 ...")."""
    if quote.cue_lemma is None or quote.cue_lemma.lower() not in deed_cues:
        return False
    return quote.content.text.lstrip().lower().startswith("to ")
