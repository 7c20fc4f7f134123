"""A count noun cut off from its copula by a parenthetical: "the ministry's total for the
northern side, civilians included, was 31". The parser takes the absolute phrase ("civilians
included", "children among them") for a clause of its own and leaves the copula with no subject,
so the number it gives seems to be the value of nothing; its subject is the noun of counting
right before the parenthetical (``tally_nouns``), whose value the number is."""

from __future__ import annotations

from spacy.tokens import Token

from .types import NOUNS, FigureLexicon


def cut_off_tally(verb: Token, lex: FigureLexicon) -> Token | None:
    """The noun of counting that is the subject of the copula ``verb`` (which has none of its
    own), every word between them in that noun's phrase or in a parenthetical hung on the verb."""
    if verb.lemma_.lower() != "be" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    aside = {t.i for c in verb.children if c.dep_ == "parataxis" and c.i < verb.i for t in c.subtree}
    if not aside:
        return None
    left = next((t for t in reversed(verb.doc[verb.sent.start:verb.i]) if t.i not in aside and not t.is_punct), None)
    if left is None:
        return None
    # the first word left of the parenthetical ends the phrase a noun of counting heads
    head = next((a for a in (left, *left.ancestors) if a.lemma_.lower() in lex.tally_nouns and a.pos_ in NOUNS), None)
    if head is None or head.i >= verb.i:
        return None
    between = verb.doc[head.i + 1:verb.i]
    return head if all(t.is_punct or t.i in aside or t in head.subtree for t in between) else None


__all__ = ["cut_off_tally"]
