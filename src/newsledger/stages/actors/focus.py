"""The country an article is about when it names no state, person or country as an actor: the one
country its words name at all ("Somali lawmakers extended the president's term": Somalia's
president). Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from .state import ArticleState


def sole_named_country(state: ArticleState) -> str | None:
    """The one country the article's names, peoples' words and places name, when there is only
    one; None when there are none or several."""
    named = [code for code, n in state.evidence.items() if n > 0]
    return named[0] if len(named) == 1 else None
