"""The place an act struck, for the count its participle or its "when" clause tells ("glide
bombs hit Kharkiv, killing eight"; "rockets hit the border town of Nusaybin, killing two
people"; "launched missiles against Kharkiv City, killing eight civilians"; "Eleven civilians
were killed and 38 others injured when troops attacked the centre of Pryoskolsk").

A count told by a participle hung on the verb of an act ("killing", "wounding", "leaving ...
dead"), or whose own verb has a clause of that act opened by a word of its time
(``struck_clause_marks``: "when"), counts what that act did where it struck: the place its verb
names as its direct object, or as the object of a preposition of aim (``struck_prepositions``:
"against", "on") on the verb or on its object, or the place such an object is of ("the centre
of Pryoskolsk"). A name the recogniser ran on over the phrase locating it ("Kimoka near Sake")
is cut before it. A place named by another word of the sentence (a town the writer compares it to,
the place of a source) is not this; a place preposition on the count's own clause ("killing
six in X") is read first, by ``context.place``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...nlp import ParsedDoc
from ...nlp.syntax import is_verb
from .types import PLACE_LABELS, FigureLexicon, Reading

# the dependencies by which a participle of counting hangs on the act it tells of
_PARTICIPLE_DEPS = ("advcl", "xcomp")


def _act(anchor: Token, lex: FigureLexicon) -> Token | None:
    """The verb of the act that did what the count counts: the verb a participle holding the
    count hangs on ("hit Kharkiv, killing at least seven people and wounding 29"), or the verb
    of a clause on the count's own verb opened by a word of its time ("were killed when troops
    attacked ...")."""
    tok = anchor
    while not is_verb(tok) and tok.head.i != tok.i:
        tok = tok.head
    while tok.dep_ == "conj" and tok.head.tag_ == "VBG":
        tok = tok.head
    if tok.tag_ == "VBG" and tok.dep_ in _PARTICIPLE_DEPS and is_verb(tok.head):
        return tok.head
    # the verbs coordinated with the count's share its clause of time ("were killed and 38
    # others were injured when ...")
    for c in (c for v in (tok, *tok.conjuncts) if is_verb(v) for c in v.children):
        if c.dep_ == "advcl" and is_verb(c) and any(
                m.dep_ in ("advmod", "mark") and m.lower_ in lex.struck_clause_marks for m in c.children):
            return c
    return None


def _objects(holder: Token, preps: frozenset[str]) -> list[Token]:
    return [c for p in holder.children if p.dep_ == "prep" and p.lower_ in preps
            for c in p.children if c.dep_ == "pobj"]


def _aimed_at(verb: Token, lex: FigureLexicon) -> Iterator[Token]:
    """The objects of the act: its direct objects (and their conjuncts), the objects of a
    preposition of aim on the verb or on a direct object ("launched bombs and a missile against
    X"), then what those are of ("the centre of Pryoskolsk")."""
    aim = lex.struck_prepositions
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [c for o in objs for c in o.conjuncts]
    found = [*objs, *(o for holder in (verb, *objs) for o in _objects(holder, aim))]
    yield from found
    for o in found:
        yield from _objects(o, frozenset({"of"}))


def _entity(doc: ParsedDoc, tok: Token) -> Span | None:
    sent = tok.sent
    return next((e for e in doc.ents_in(sent) if e.start <= tok.i < e.end), None)


def place_name(ent: Span, prepositions: frozenset[str]) -> str:
    """The place's name: an entity the recogniser ran on over a phrase locating it ("Kimoka
    near Sake") is cut before the preposition."""
    cut = next((t.i for t in ent[1:] if t.lower_ in prepositions), None)
    return ent.doc[ent.start:cut].text if cut is not None else ent.text


def _place_named(doc: ParsedDoc, tok: Token, lex: FigureLexicon,
                 places: tuple[tuple[int, int], ...]) -> str | None:
    """The place ``tok`` names: a name the recogniser or the actor stage reads as a place, or the
    proper name after "of" on a place noun ("the Turkish border town of Nusaybin"), whatever the
    recogniser labelled it."""
    ent = _entity(doc, tok)
    if ent is not None and (ent.label_ in PLACE_LABELS
                            or any(s <= ent.start_char and ent.end_char <= e for s, e in places)):
        return place_name(ent, lex.place_prepositions)
    if tok.lower_ in lex.place_head_nouns:
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for o in p.children:
                    named = _entity(doc, o) if o.dep_ == "pobj" and o.pos_ == "PROPN" else None
                    if named is not None and named.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
                        return place_name(named, lex.place_prepositions)
    return None


def struck_place(doc: ParsedDoc, r: Reading, lex: FigureLexicon,
                 places: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The place the act struck whose participle tells the count, or None (``places``: the
    spans of the actor stage's place names)."""
    act = _act(r.anchor, lex)
    if act is None:
        return None
    for obj in _aimed_at(act, lex):
        found = _place_named(doc, obj, lex, places)
        if found is not None:
            return found
    return None
