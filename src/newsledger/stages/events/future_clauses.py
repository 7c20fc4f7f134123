"""A time clause that tells a future act on a verb with a modal.

English tells the future in a time clause by the present tense: in "the government must agree to
talks before the rebels disarm", "Kenya would not reopen the border until Somalia arrests the
militants" or "the army will withdraw once the rebels free the hostages", the disarming, the
arrests and the freeing have not happened; they are set as the condition or the time of an act that
is itself only demanded, promised or possible (a modal on the verb the clause hangs on). Such an
act is read as hypothetical, as one under "if" or "unless" is. A past tense ("before the rebels
disarmed") or a head with no modal ("the rebels disarm before the army withdraws") tells what
happened. Words: the time subordinators are ``patterns.yaml`` ``background_marks``.
"""

from __future__ import annotations

from spacy.tokens import Token

from .tokens import first_child, lemma_of
from .types import Context

# the present tense of a finite verb: "before they disarm", "until Somalia arrests"
_PRESENT_TAGS = frozenset({"VBP", "VBZ"})


def future_time_clause(ctx: Context, cur: Token) -> bool:
    """``cur`` heads an adverbial time clause in the present tense (a mark of ``background_marks``)
    on a verb with a modal auxiliary ("must agree ... before they disarm")."""
    mark = first_child(cur, "mark")
    if mark is None or lemma_of(mark) not in ctx.lex.background_marks or cur.tag_ not in _PRESENT_TAGS:
        return False
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in cur.head.children)


__all__ = ["future_time_clause"]
