"""A definite description of one person that stands for a person the article named before.

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`), run after the passes in
document order. "The surgeon said" after "Dr. Karim Haddad, a surgeon, ..."; "the army spokesman"
after "army spokesman Dan Shaked"; "the Egyptian president" after "Egypt's President Kamal
Ezzat"; "the Russian leader" after "Russian President X": the description's head noun
is a word of the person's introduction (the title written before the name, a description in
apposition to it, the office the actor layer gave them), or a noun of leading anything
(``leading_nouns``: "leader", "chief") with a modifier; and every other word of the description
agrees with that introduction: the word is in it ("army"), or it names the person's country
("Egyptian"). The last person named before who agrees is the one; a description the passes
before read as a person the article named is left alone, and so is one that names a body ("the
ministry"), a rank many hold ("the minister"), an indefinite or plural one ("an official", "the
officials"), or one apposed to a name.
It outranks the people's group the noun is filed under ("the surgeon": health workers), the body a
spokesperson speaks for, and the dictionary's holder of an office when the article named another.
"""

from __future__ import annotations

from spacy.tokens import Token

from .descriptions import body_noun, describes_body
from .state import ArticleState
from .types import COUNTRY_TABLES, Phrase

_SKIPPED_POS = frozenset({"DET", "PUNCT", "PART", "ADP", "CCONJ"})


def described_people(state: ArticleState) -> None:
    """Give every definite description of one person the person named before that it describes."""
    named = [x for x in state.mentions if x.kind == "name" and x.actor and state.reg.kind_of(x.actor) == "person"]
    if not named:
        return
    name_actors = {x.actor for x in named}
    intros: dict[str, frozenset[str]] = {}  # each person's introduction, read once
    for m in state.mentions:
        if m.actor in name_actors or not _person_description(state, m):
            continue
        person = _described(state, m, [x for x in named if x.end <= m.start], intros) or _led_body(state, m)
        if person is not None:
            m.actor, m.pending, m.confidence = person, "", state.conf.likely


def _person_description(state: ArticleState, m: Phrase) -> bool:
    """A definite ("the ...") singular description with a common noun for its head, no body's."""
    doc = state.doc
    head = doc[m.head]
    return m.kind in ("nominal", "title") and not m.plural and m.apposed is None and not m.members \
        and doc[m.start].lower_ == "the" and head.tag_ == "NN" and head.is_lower \
        and not body_noun(state, m) and not describes_body(state, m)


def _rank(state: ArticleState, m: Phrase) -> bool:
    """A title of a rank, not an office ("the minister", "the spokesman"): many hold it."""
    te = state.d.title_forms.get(m.term) if m.kind == "title" else None
    return te is not None and te.kind != "office"


def _described(state: ArticleState, m: Phrase, named: list[Phrase], intros: dict[str, frozenset[str]]) -> str | None:
    """The last person of ``named`` whose introduction (kept in ``intros`` by actor id) the
    description agrees with."""
    doc = state.doc
    head = doc[m.head]
    mods = [t for t in doc[m.start:m.end] if t.i != m.head and t.pos_ not in _SKIPPED_POS and t.is_alpha
            and t.lower_ not in state.rules.vague_modifiers]
    if any(_body_word(state, t) for t in mods):
        return None  # "the UNICEF director", "the army spokesman": a post that speaks for its body
    leading = head.lower_ in state.rules.leading_nouns
    # a rank many hold ("the Ruritanian minister") points back only with a word of its body
    # written in the person's introduction ("the navy spokesman")
    own = [t for t in mods if not _country_word(state, t)] if _rank(state, m) else None
    if (leading and not mods) or own == []:
        return None
    for x in reversed(named):
        aid = x.actor or ""
        words = intros.get(aid)
        if words is None:
            words = intros[aid] = _introduction(state, aid)
        if head.lemma_.lower() not in words and head.lower_ not in words and not leading:
            continue
        if all(_agrees(state, t, words, x.actor or "") for t in mods) \
                and (own is None or any(t.lower_ in words or t.lemma_.lower() in words for t in own)):
            return x.actor
    return None


def _led_body(state: ArticleState, m: Phrase) -> str | None:
    """The organisation a noun of leading with its name speaks for, when no person was found for
    it ("the Hamas leader", "the WHO chief": the post speaks for its body)."""
    if m.actor is not None or state.doc[m.head].lower_ not in state.rules.leading_nouns:
        return None
    oid = next((o for t in state.doc[m.start:m.head] if (o := _organisation(state, t)) is not None), None)
    return state.reg.org(oid) if oid is not None else None


def _introduction(state: ArticleState, aid: str) -> frozenset[str]:
    """The lower-cased words and lemmas of every mention of the person (the title before the name,
    a description in apposition) and of the offices the actor layer gave them."""
    out: set[str] = set()
    for x in state.mentions:
        if x.actor == aid and x.kind in ("name", "nominal", "title"):
            for t in state.doc[x.start:x.end]:
                out.update((t.lower_, t.lemma_.lower()))
            if x.apposed is not None:
                out.update(t.lower_ for t in state.doc[x.apposed.start:x.apposed.end])
    for role in state.reg.roles.get(aid, ()):
        out.update(role.lower().split())
    return frozenset(out)


def _body_word(state: ArticleState, tok: Token) -> bool:
    """A modifier naming a body: a name that is no country's, or a noun of a sector ("army")."""
    atom = state.names[tok.i]
    if atom is not None and atom.table != "office":
        return atom.table not in COUNTRY_TABLES
    return _organisation(state, tok) is not None or (atom is None and state.nouns[tok.i] is not None)


def _organisation(state: ArticleState, tok: Token) -> str | None:
    """The dictionary's organisation a word names on its own ("Hamas", "UNICEF"), if one."""
    refs = {r.key for r in state.d.lookup(tok.text) if r.table == "organisation" and r.key in state.d.organisations}
    return refs.pop() if len(refs) == 1 else None


def _country_word(state: ArticleState, tok: Token) -> bool:
    atom = state.names[tok.i]
    return atom is not None and atom.table in COUNTRY_TABLES


def _agrees(state: ArticleState, tok: Token, words: frozenset[str], aid: str) -> bool:
    """A modifier agrees with a person's introduction: it is a word of it, or names their country."""
    if tok.lower_ in words or tok.lemma_.lower() in words:
        return True
    atom = state.names[tok.i]
    actor = state.reg.actors.get(aid)
    return atom is not None and atom.table in COUNTRY_TABLES and actor is not None and atom.ref == actor.country
