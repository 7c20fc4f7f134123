"""Place names joined by hyphens read as one name: "Savane-Latour", "Beit-Lahia", "Kfar-Kila".

The tokenizer splits a hyphened name into its words and hyphens ("Savane", "-", "Latour"), and the
entity recogniser may take only one part for the place ("Savane" a GPE, "Latour" nothing), so a
town is named by a part of its name, a place other than the one the article means. A place entity
(GPE, LOC, FAC) glued by a hyphen, with no space on either side, to a capitalised word that no
other entity holds is widened over it, on either side, as often as the name goes on
("Port-au-Prince" keeps its lower-case particles when the recogniser has them). Two names that
are each an entity ("Israel-Hamas") stay two. A hyphened name the article uses only before a noun
it modifies ("the Russia-Ukraine war", "the US-Mexico border") is a pair of places, not one; one
the article uses at least once as a noun of its own ("killed in Savane-Latour") is widened
wherever it occurs ("Savane-Latour residents" too).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

HYPHEN = "-"
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})


def _glued_name(doc: Doc, hyphen: int, word: int, taken: set[int]) -> bool:
    """``doc[hyphen]`` is a hyphen with no space either side joining a capitalised word
    ``doc[word]`` that no entity holds."""
    if not (0 <= hyphen < len(doc) and 0 <= word < len(doc)):
        return False
    before = doc[min(hyphen, word)]
    h, w = doc[hyphen], doc[word]
    return (h.text == HYPHEN and not h.whitespace_ and not before.whitespace_ and w.is_alpha
            and w.text[:1].isupper() and word not in taken)


def widened(doc: Doc, ent: Span, taken: set[int]) -> tuple[int, int]:
    """The token range of ``ent`` widened over the capitalised words hyphened to it."""
    start, end = ent.start, ent.end
    while _glued_name(doc, end, end + 1, taken):
        end += 2
    while _glued_name(doc, start - 1, start - 2, taken):
        start -= 2
    return start, end


def modifier(span: Span) -> bool:
    """``span`` is used before a lower-case noun it modifies ("the Russia-Ukraine war")."""
    root = span.root
    return root.dep_ in MODIFIER_DEPS and root.head.i >= span.end and root.head.is_lower


@Language.component("newsledger_hyphen_places")
def hyphen_places(doc: Doc) -> Doc:
    """Widen each place entity over the capitalised words hyphened to it (see the module)."""
    ents = list(doc.ents)
    taken = {i for e in ents for i in range(e.start, e.end)}
    wide = {}
    for k, ent in enumerate(ents):
        if ent.label_ in PLACE_LABELS:
            start, end = widened(doc, ent, taken)
            if (start, end) != (ent.start, ent.end):
                wide[k] = Span(doc, start, end, label=ent.label_)
    names = {span.text for span in wide.values() if not modifier(span)}
    out: list[Span] = []
    changed = False
    for k, ent in enumerate(ents):
        if k in wide and wide[k].text in names:
            ent = wide[k]
            changed = True
        out.append(ent)
    if changed:
        doc.ents = out
    return doc
