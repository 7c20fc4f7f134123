"""Two classes of loaded language every side uses of its own (issue 15), by construction:

* a party's fighters named as heroes or lions by a possessive of the party, in an act of fighting
  or of falling ("its heroes liberated the palace", "their lions stormed the base"), or honoured
  "as heroes" ("were buried as heroes", "hailed as heroes"); the glorifying nouns alone ("the
  heroes of the film", "Heroes of Ukraine Avenue") are no label;
* a territory's annexation or claim presented as its reunion with a homeland ("the reunification
  of the region with the motherland", "reunification of the motherland"); a reunion of people or
  of a divided country ("family reunification", "the reunification of Germany") names no homeland.

Words in ``data/framing/classes.yaml`` (``glorifying_nouns``, ``fighting_verbs``, ``fallen_verbs``,
``party_possessives``, ``honouring_verbs``, ``reunion_words``, ``reunion_lands``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import FramingMark
from .framing_classes import ClassRules
from .framing_labels import LabelContext

_ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj")


def _possessed_in_act(tok: Token, rules: ClassRules) -> bool:
    """"its heroes had liberated", "buried their heroes": a party's possessive, and the noun an
    argument of a verb of fighting or of falling."""
    owned = any(c.dep_ == "poss" and c.lower_ in rules.party_possessives for c in tok.children)
    verb = tok.head
    acts = rules.fighting_verbs | rules.fallen_verbs
    return owned and tok.dep_ in _ARGUMENT_DEPS and verb.lemma_.lower() in acts


def _honoured_as(tok: Token, rules: ClassRules) -> bool:
    """"the soldiers were honoured as heroes", "hailed the fighters as heroes": the noun after "as"
    on a verb of honour whose object is a party's fighters (not "hailed the striker as the hero",
    nor "the man who saved his neighbours was hailed as a hero")."""
    prep = tok.head
    verb = prep.head
    if tok.dep_ != "pobj" or prep.lower_ != "as" or verb.lemma_.lower() not in rules.honouring_verbs:
        return False
    honoured = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    nouns = rules.fighter_nouns
    return honoured is not None and (honoured.lower_ in nouns or honoured.lemma_.lower() in nouns)


def glory_marks(ctx: LabelContext, rules: ClassRules) -> list[FramingMark]:
    """A party's fighters named as heroes: possessed in an act of fighting, or honoured as such."""
    out = []
    for tok in ctx.tokens:
        if tok.lower_ not in rules.glorifying_nouns or tok.pos_ != "NOUN":
            continue
        if tok.text[:1].isupper() and not tok.is_sent_start:
            continue  # a title or a name ("Heroes and Villains")
        if _possessed_in_act(tok, rules) or _honoured_as(tok, rules):
            out.append(ctx.mark(tok.idx, tok.idx + len(tok.text), "loaded_label", rules.glorifying_note))
    return out


def reunion_marks(ctx: LabelContext, rules: ClassRules) -> list[FramingMark]:
    """"the reunification of Kherson region with the motherland", "reunification of the
    motherland": a word of reunion with a homeland word after "with", "to" or "of" in its phrase."""
    out = []
    for tok in ctx.tokens:
        if tok.lemma_.lower() not in rules.reunion_words:
            continue
        # "celebrated the reunification of X with the motherland": the parser may hang "with" on the verb
        beside = [t for p in tok.head.children if p.dep_ == "prep" and p.i > tok.i for t in p.subtree] \
            if tok.dep_ in ("dobj", "nsubjpass") else []
        land = next((g for g in [*tok.subtree, *beside] if g.dep_ == "pobj" and g.lower_ in rules.reunion_lands
                     and g.head.lower_ in ("with", "to", "of")), None)
        if land is not None and land.i > tok.i:
            out.append(ctx.mark(tok.idx, land.idx + len(land.text), "euphemism", rules.reunion_note))
    return out


__all__ = ["glory_marks", "reunion_marks"]
