"""Speakers who are an unnamed person's description: a pronoun ("he said") or a definite role
noun ("the official said") whose antecedent is an indefinite description of one person no name
is given for ("A resident who saw the shooting said ... “...,” he said"; "A local official told
Reuters ... “...,” the official said"). The speaker is that description, written as the article
wrote it, not the nearest named actor nor the people's group the actor layer filed the noun
under.

The antecedent is looked for backwards from the speaker, within the sentences of the speaker
chain's window, outside what direct quotes say:

* for a pronoun ("he", "she"), the nearest person reference: a named person stops the search
  (the pronoun is theirs); another pronoun is passed over (it stands for the same person); an
  indefinite singular description headed by a noun for one person (the ``role_nouns`` of
  ``speakers.yaml`` and the nouns the actor lexicon types as a person: "a doctor", "a
  resident", "an official", "a farmer"; not "a company") is the antecedent when it is a
  clause's subject, or, when the cue names its listener by a pronoun ("he told her"), in any
  place: the one reached or asked;
* a pronoun the actor layer gave no actor (no named person of its gender is near) may also stand
  for a definite description of a person known by a post only ("The police spokesman arrived
  ... “...,” he said"; "The ship's captain radioed ..."): a bare "the governor" is taken when no
  fuller description is found before it;
* an "it" the actor layer gave no actor stands for the nearest subject of a main clause before it
  when that is a body the actor layer could not place ("The army said ... “...,” it said");
* for a definite role noun ("the official"), the nearest indefinite description with the same
  head noun ("A local official", "An Israeli official");
* a relative pronoun ("who", "which") stands for the description it follows, when that is a
  noun for someone who can speak (a role, or a noun the actor layer gives an actor) ("Pro-Russian
  bloggers, who call the victims “extras”", "the military government, which calls them
  “terrorists”"), whose actor the speaker already has; a name it follows is that actor's;
* the speaker keeps the actor the chain gave it unless that is a named person (the body a
  description speaks for, "an army officer": the army, stays); and a pronoun that goes on
  with a speaker quoted before with the same pronoun ('“...,” she said' twice of one woman) is
  hers;
* a description the article gives a name to (in apposition, "a nurse, Amal Haddad", or any
  description the actor layer reads as a named person) is no unnamed person: left alone.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...nlp.syntax import NOMINAL_SUBJECT_DEPS
from ...records import ActorLayer
from .speakers import relative_antecedent
from .types import Attribution

_PERSONAL = frozenset({"he", "she"})
_LISTENERS = frozenset({"her", "him"})
_INDEFINITE = frozenset({"a", "an"})
_LISTENER_DEPS = frozenset({"dobj", "dative"})
_PARTY_KINDS = frozenset({"nominal", "title"})  # the actor layer's mentions of a body or post it could not place


def described_speakers(pd: ParsedDoc, atts: list[Attribution], actors: ActorLayer,
                       role_nouns: Collection[str], window: int, documents: Collection[str] = ()) -> None:
    """Set ``written_as`` (and the actor of the description, or none) on every attribution
    whose pronoun or role-noun speaker stands for an unnamed person's description; only
    ``written_as`` for a relative pronoun standing for a description."""
    quoted = [(a.content_start, a.content_end) for a in atts
              if a.kind == "direct" and a.content_start is not None and a.content_end is not None]
    spoke = {a.speaker_head for a in atts if a.speaker_head is not None and not a.standalone}
    speaking = frozenset(role_nouns) | frozenset(documents)
    for a in atts:
        if a.standalone or a.speaker_start is None or a.speaker_end is None:
            continue
        head = pd.token_at(a.speaker_head if a.speaker_head is not None else a.speaker_start)
        if head is None:
            continue
        antecedent = relative_antecedent(head)
        if antecedent is not None and _party_noun(actors, antecedent, speaking):  # "Pro-Russian bloggers, who call ..."
            a.written_as = (antecedent.left_edge.idx, _description_end(antecedent))
            continue
        written = pd.text[a.speaker_start:a.speaker_end].strip().lower()
        role = _bare_role(head, role_nouns) if written != head.lower_ else None
        if (written in _PERSONAL or role is not None) and not _goes_on(pd, atts, a, written):
            # "The police spokesman ... he said": a definite description, when the pronoun has no actor
            definite = role is None and a.speaker_actor_id is None
            found = _antecedent(pd, actors, head, (role, definite), role_nouns, window, (quoted, spoke))
            if found is not None:
                a.written_as = (found[0].left_edge.idx, found[1])
                if a.speaker_actor_id is None or _is_person(actors, a.speaker_actor_id):
                    a.speaker_actor_id = _description_actor(actors, found[0])
        elif written == "it" and a.speaker_actor_id is None:  # "The army said ... “...,” it said"
            body = _body_antecedent(pd, actors, head, role_nouns, (window, quoted))
            if body is not None:
                a.written_as = (body.left_edge.idx, _description_end(body))
        elif written == "they":  # "Nine rights groups called for ... “...,” they said"
            group = group_antecedent(pd, actors, head, a.speaker_actor_id, (window, quoted))
            if group is not None:
                a.written_as = (group.left_edge.idx, _description_end(group))


def _goes_on(pd: ParsedDoc, atts: list[Attribution], a: Attribution, written: str) -> bool:
    """An earlier speaker written with the same pronoun has ``a``'s actor already (""...," she
    said" of a woman named before, and "she said" again): the pronoun goes on with her."""
    for b in atts:
        if b is a or b.speaker_start is None or b.speaker_end is None or b.speaker_start >= (a.speaker_start or 0):
            continue
        if b.written_as is None and b.speaker_actor_id is not None and b.speaker_actor_id == a.speaker_actor_id \
                and pd.text[b.speaker_start:b.speaker_end].strip().lower() == written:
            return True
    return False


def _is_person(actors: ActorLayer, actor_id: str) -> bool:
    a = actors.actor(actor_id)
    return a is not None and a.type == "person"


def _party_noun(actors: ActorLayer, tok: Token, role_nouns: Collection[str]) -> bool:
    """``tok`` is a common noun for someone or something that can speak: a person's role, a
    document or account a body speaks through ("Telegram channels, which ..."), or a noun the
    actor layer reads as a body or a post, placed or not ("bloggers", "the ruling council"); not
    a place, a thing or a dispute a relative clause was hung on ("the eastern province of X, who
    spoke ...")."""
    if tok.pos_ != "NOUN":
        return False
    if tok.lemma_.lower() in role_nouns or tok.lower_ in role_nouns:
        return True
    m = actors.mention_overlapping(tok.idx, tok.idx + len(tok.text))
    return m is not None and m.start <= tok.idx < m.end and (m.actor_id is not None or m.kind in _PARTY_KINDS)


def _bare_role(head: Token, role_nouns: Collection[str]) -> str | None:
    """The role noun of a definite singular description with no other word ("the official"),
    or with only a relative clause that says no more of who it is than that it is not named
    ("said the teacher, who asked not to be named": the teacher met before)."""
    if head.tag_ != "NN" or head.lemma_.lower() not in role_nouns:
        return None
    kids = [c for c in head.children if not (c.dep_ == "relcl" and c.i > head.i) and not c.is_punct]
    if len(kids) != 1 or kids[0].dep_ != "det" or kids[0].lower_ != "the":
        return None
    return head.lemma_.lower()


def _antecedent(pd: ParsedDoc, actors: ActorLayer, head: Token, sought: tuple[str | None, bool],
                role_nouns: Collection[str], window: int,
                said: tuple[list[tuple[int | None, int | None]], set[int]]) -> tuple[Token, int] | None:
    """The head of the unnamed person's description ``head`` stands for, and where the
    description ends; ``sought``: the role noun of a role-noun speaker (None for a pronoun) and
    whether a definite description may be the antecedent (a pronoun nothing else resolved);
    ``said``: the contents of the direct quotes (passed over) and the heads of the speakers found
    (each a party, whatever the parse made of its clause)."""
    role, definite = sought
    quoted, spoke = said
    first = max(pd.sentence_index(head.idx) - window, 0)
    listened = role is None and any(c.dep_ in _LISTENER_DEPS and c.lower_ in _LISTENERS for c in head.head.children)
    passed = None  # with ``definite``: the latest "the governor" passed over, if no fuller description is found
    for tok in reversed(pd.doc[: head.left_edge.i]):
        if pd.sentence_index(tok.idx) < first:
            break
        if any(s is not None and e is not None and s <= tok.idx < e for s, e in quoted):
            continue
        if role is not None:
            if tok.lemma_.lower() == role and _unnamed_description(actors, tok, role_nouns):
                return tok, _description_end(tok)
            continue
        if tok.pos_ == "PRON" or not (tok.idx in spoke or _main_party(tok, listened)):
            continue
        if _bare_role(tok, role_nouns) is not None:  # "the official" stands for the one before
            if definite and passed is None and _unnamed_description(actors, tok, role_nouns, definite):
                passed = tok
            continue
        if _unnamed_description(actors, tok, role_nouns, definite):
            return tok, _description_end(tok)
        if actors.mention_overlapping(tok.idx, tok.idx + len(tok.text)) is not None:
            break  # another actor is the last one to act or speak: the pronoun is theirs
    return (passed, _description_end(passed)) if passed is not None else None


def _body_antecedent(pd: ParsedDoc, actors: ActorLayer, head: Token, role_nouns: Collection[str],
                     where: tuple[int, list[tuple[int | None, int | None]]]) -> Token | None:
    """The body an "it" nothing else resolved stands for: the nearest subject of a main clause
    before it, outside what direct quotes say, that is a singular common noun for a body the actor
    layer could not place ("The army said ..."; not a person's role, not a named actor)."""
    tok = _nearest_main_subject(pd, head, where)
    if tok is None:
        return None
    m = actors.mention_overlapping(tok.idx, tok.idx + len(tok.text))
    body = m is not None and m.actor_id is None and m.kind in _PARTY_KINDS
    return tok if body and tok.tag_ == "NN" and tok.lemma_.lower() not in role_nouns else None


def group_antecedent(pd: ParsedDoc, actors: ActorLayer, head: Token, actor_id: str | None,
                     where: tuple[int, list[tuple[int | None, int | None]]]) -> Token | None:
    """The unnamed group a "they" speaker stands for: the nearest subject of a main clause before
    it, outside what direct quotes say, when that is a plural common noun the actor layer reads
    as a party it gives no name ("Nine press freedom and rights groups called for ...": the
    groups), filed under the speaker's actor if the speaker has one; None when the nearest such
    subject is anything else (a name, a singular noun, a pronoun goes on with it)."""
    tok = _nearest_main_subject(pd, head, where)
    if tok is None:
        return None
    m = actors.mention_overlapping(tok.idx, tok.idx + len(tok.text))
    party = m is not None and m.kind in _PARTY_KINDS and (actor_id is None or m.actor_id in (None, actor_id))
    return tok if party and tok.tag_ == "NNS" else None


def _nearest_main_subject(pd: ParsedDoc, head: Token,
                          where: tuple[int, list[tuple[int | None, int | None]]]) -> Token | None:
    """The nearest subject of a main clause before ``head`` that is no pronoun, within ``where``'s
    window of sentences and outside its direct quotes' contents."""
    window, quoted = where
    first = max(pd.sentence_index(head.idx) - window, 0)
    for tok in reversed(pd.doc[: head.left_edge.i]):
        if pd.sentence_index(tok.idx) < first:
            return None
        if any(s is not None and e is not None and s <= tok.idx < e for s, e in quoted):
            continue
        if tok.pos_ != "PRON" and _main_party(tok, False):
            return tok
    return None


def _main_party(tok: Token, listened: bool) -> bool:
    """``tok`` is the subject of a main clause (not of what someone is said to say), or, when
    the cue names its listener by a pronoun, that clause's object (the one reached or asked)."""
    deps = NOMINAL_SUBJECT_DEPS | _LISTENER_DEPS if listened else NOMINAL_SUBJECT_DEPS
    return tok.dep_ in deps and tok.head.dep_ in ("ROOT", "conj") and tok.head.pos_ in ("VERB", "AUX")


def _unnamed_description(actors: ActorLayer, tok: Token, role_nouns: Collection[str], definite: bool = False) -> bool:
    """``tok`` heads an indefinite singular description of one person (``role_nouns``: a noun for
    a post or role, or one the actor lexicon types as a person, "a farmer"; not "a company"),
    with no name given to it (in apposition, or one the actor layer reads as a person's); with
    ``definite``, a definite one too ("the governor", "the ship's captain"): a person the article
    knows by a post only, when no named person stands for it."""
    if tok.tag_ != "NN" or (not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in tok.children) \
            and not (definite and _definite(tok))):
        return False
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children):
        return False
    if tok.lemma_.lower() not in role_nouns and tok.lower_ not in role_nouns:
        return False
    m = actors.mention_overlapping(tok.idx, tok.idx + len(tok.text))
    a = actors.actor(m.actor_id) if m is not None and m.actor_id is not None else None
    return a is None or a.type != "person"


def _definite(tok: Token) -> bool:
    """``tok`` heads a definite description: "the", or a common noun's possessive ("the ship's")."""
    return any((c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.pos_ == "NOUN")
               for c in tok.children)


def _description_end(tok: Token) -> int:
    """Where the description ends: its head, with the prepositional phrases right after it ("a
    nurse at the town clinic"), up to a comma or a relative clause."""
    end = tok
    for nxt in tok.doc[tok.i + 1:]:
        if nxt.is_punct or not _under_prep(nxt, tok):
            break
        end = nxt
    return end.idx + len(end.text)


def _under_prep(tok: Token, head: Token) -> bool:
    """``tok`` sits in a prepositional phrase of ``head``, with no relative clause between."""
    for anc in [tok, *tok.ancestors]:
        if anc.dep_ in ("relcl", "acl"):
            return False
        if anc.dep_ == "prep" and anc.head.i == head.i:
            return True
    return False


def _description_actor(actors: ActorLayer, tok: Token) -> str | None:
    m = actors.mention_overlapping(tok.idx, tok.idx + len(tok.text))
    return m.actor_id if m is not None else None
