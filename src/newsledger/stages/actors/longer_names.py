"""Organisation names inside longer proper names: a known body's name at the end of a longer
capitalised name ("the African Union's Peace and Security Council") or a word-name alias going on
with "of" and capitalised words ("the Alliance of Democracies") is another body."""

from __future__ import annotations

from .state import ArticleState
from .types import NAME_JOINERS, Atom


def longer_proper_names(state: ArticleState, names: list[Atom]) -> list[Atom]:
    """An organisation's name at the end of a longer proper name is another body: "the
    African Union's Peace and Security Council", "the National Security Council" are not the
    UN Security Council. The capitalised words before it (joined by "and", "of", "for") make
    a name of its own, read as an organisation the dictionary does not know."""
    doc = state.doc
    taken = {i for a in names for i in range(a.start, a.end)}
    out = []
    for a in names:
        if a.table != "organisation" or not doc[a.start].is_title:
            out.append(a)
            continue
        start = a.start
        i = a.start - 1
        while i >= 0 and i not in taken and state.nouns[i] is None and state.frames[i] is None:
            t = doc[i]
            if t.lower_ in state.rules.creed_words:
                break  # "the Islamist Hayat Tahrir al-Sham": a description of the body named
            if t.is_title and t.is_alpha and t.pos_ in ("PROPN", "NOUN", "ADJ"):
                start = i
            elif t.lower_ in NAME_JOINERS and i > 0 and doc[i - 1].is_title and (i - 1) not in taken:
                pass
            else:
                break
            i -= 1
        end = _name_goes_on(state, a, taken)  # "the Alliance of Democracies" is no Alliance (NATO)
        if start == a.start and end == a.end:
            out.append(a)
            continue
        atom = Atom(start, end, "E", "ORG", ner="ORG", ref=f"organisation={a.ref}")
        out.append(atom)
        taken.update(range(start, end))
    return out


def _name_goes_on(state: ArticleState, a: Atom, taken: set[int]) -> int:
    """Where a name goes on after a word-name alias ("the Alliance") with "of" or "for" and
    capitalised words no other name holds ("the Alliance of Democracies"); ``a.end`` when not."""
    doc, end = state.doc, a.end
    if doc[a.end - 1].text.isupper() or end + 1 >= len(doc) or doc[end].lower_ not in ("of", "for"):
        return end
    nxt = end + 1 + (doc[end + 1].lower_ == "the")
    while nxt < len(doc) and nxt not in taken and doc[nxt].is_title and doc[nxt].is_alpha and doc[nxt].pos_ in ("PROPN", "NOUN"):
        nxt += 1
    return nxt if nxt > end + 1 + (doc[end + 1].lower_ == "the") else end
