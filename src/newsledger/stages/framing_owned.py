"""Accounts and servants owned by a power named by a common noun: "the regime's lies", "the
junta's mouthpieces", "the army's propaganda machine", "the occupation's narrative".

The label rules mark an account judged by the writer when a state's or group's *name* owns it
("Hamas propaganda", "Moscow's lies"), and a party word used as a party's name on its own ("the
regime"). When the owner is a party word, a noun for a body of power or for a group (``labels.yaml``'s
``party_words``, ``descriptor_nouns`` and ``group_nouns``) after "the", the account word (``account_nouns``,
``classes.yaml``'s ``falsehood_nouns``) or servant word (``epithets.yaml``'s ``servant_nouns``) is
the writer's judgement too; it is marked from the word itself, so that it stands beside the party
word's own mark. An owner that is no power ("the museum's propaganda posters") labels nothing. An
account word compounded on a noun for what is told ("propaganda figures") judges it with no owner,
and a word for a medium compounded on a noun of war ("the enemy's media war", "an information
operation") presents speech or reporting as an act of war (``classes.yaml``'s ``medium_words``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import FramingMark
from .framing_classes import ClassRules
from .framing_labels import LabelContext, LabelRules


def _power_owner(tok: Token, last: Token, powers: frozenset[str]) -> Token | None:
    """The possessor of ``tok``'s phrase (its own, or that of the noun it is compounded on), when
    it is one of ``powers`` after "the"."""
    owner = next((c for c in (*tok.children, *last.children) if c.dep_ == "poss" and c.i < tok.i), None)
    if owner is None or owner.lower_ not in powers:
        return None
    return owner if any(c.lower_ == "the" for c in owner.children if c.dep_ == "det") else None


def owned_account_marks(ctx: LabelContext, labels: LabelRules, classes: ClassRules, servants: frozenset[str],
                        servant_note: str) -> list[FramingMark]:
    """"the regime's lies", "the junta's mouthpieces", "the army's propaganda machine"."""
    powers = labels.party_words | labels.descriptor_nouns | labels.group_nouns  # "the terror group's propaganda arm"
    notes = {w: labels.claim_note for w in labels.account_nouns | classes.falsehood_nouns}
    notes.update({w: servant_note for w in servants})
    out = []
    for tok in ctx.tokens:
        note = notes.get(tok.lower_)
        if note is None or tok.pos_ != "NOUN":
            continue
        last = tok.head if tok.dep_ == "compound" and tok.head.i > tok.i else tok
        owner = _power_owner(tok, last, powers)
        if owner is None:
            continue
        kind = "loaded_term" if note == labels.claim_note else "loaded_label"
        out.append(ctx.mark(tok.idx, last.idx + len(last.text), kind, note,  # type: ignore[arg-type]
                            ctx.referent(owner.idx, owner.idx + len(owner.text))))
    return out


def owned_slur_marks(ctx: LabelContext, labels: LabelRules, classes: ClassRules, militias: frozenset[str],
                     slur_note: str) -> list[FramingMark]:
    """"the junta's henchmen", "the regime's thugs": a criminal noun owned by a power word after
    "the"; "the army's militias", "the warlord's militias": a militia or gang owned by a body of
    power or a criminal noun (not "the movement's militia", "the museum's guards")."""
    powers = labels.party_words | labels.descriptor_nouns
    out = []
    for tok in ctx.tokens:
        if tok.pos_ != "NOUN" or tok.lower_ not in classes.criminal_nouns | militias:
            continue
        criminal = tok.lower_ in classes.criminal_nouns
        owner = _power_owner(tok, tok, powers if criminal else powers | classes.criminal_nouns)
        if owner is None or owner.lower_ in militias:
            continue
        start = tok if criminal else owner
        note = classes.criminal_note if criminal else slur_note
        out.append(ctx.mark(start.idx, tok.idx + len(tok.text), "loaded_label", note,
                            ctx.referent(owner.idx, owner.idx + len(owner.text))))
    return out


def account_compound_marks(ctx: LabelContext, labels: LabelRules, classes: ClassRules) -> list[FramingMark]:
    """"propaganda figures", "disinformation claims": an account word compounded on a noun for
    what is told (``claim_nouns``, ``told_nouns``) judges it, with no name before it too (not
    "propaganda posters", "the propaganda ministry")."""
    told = labels.claim_nouns | classes.told_nouns
    return [ctx.mark(tok.idx, tok.head.idx + len(tok.head.text), "loaded_term", labels.claim_note)
            for tok in ctx.tokens if tok.lower_ in labels.account_nouns and tok.dep_ == "compound"
            and tok.head.i > tok.i and tok.head.lower_ in told]


def medium_war_marks(ctx: LabelContext, classes: ClassRules) -> list[FramingMark]:
    """"the enemy's media war", "an information operation", "psychological warfare": speech or
    reporting presented as an act of war (not "a military operation", "the war in the media", nor a
    post's title, "information operations officers")."""
    return [ctx.mark(tok.idx, tok.head.idx + len(tok.head.text), "loaded_term", classes.medium_war_note)
            for tok in ctx.tokens if tok.lower_ in classes.medium_words and tok.dep_ in ("compound", "amod")
            and tok.head.i == tok.i + 1 and tok.head.lower_ in classes.medium_war_nouns
            and tok.head.dep_ != "compound"]  # "information operations officers": a post's title


__all__ = ["account_compound_marks", "medium_war_marks", "owned_account_marks", "owned_slur_marks"]
