"""A speaker described by an epithet of a public figure ("the Florida senator told ...", "the GOP
front-runner said", "the real estate tycoon", "the retired neurosurgeon said"): writers use such a
description for someone they have just named, not to bring in a new person, so it stands for
the last named person who is the subject of a clause, outside quotation marks, in the nearest
sentence before it (its own included) that has one, the subject of the main clause first: "Bill
Clinton got in on the game, bashing Sanders. “...,” the former president said" is Bill Clinton,
not Sanders; "X announced that Y would run the team. In a statement, the mogul said" is X. The nouns are ``epithet_speaker_nouns``
(quotes/speakers.yaml); a post in a body ("the UNICEF director") or a description the article
brings in with "a" ("a senator ... the senator") is left to the other rules.

It stands only where the actor layer read the description as no named person (none, an unnamed
post holder, a body or a sector: "the GOP front-runner" is no party), and never for a person of
another country than the one the actor layer gave the description ("the Israeli leader")."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...nlp.syntax import first_conjunct
from ...records import ActorLayer, Mention
from .chain_words import unnamed

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# children of the head that name whose or which one it is ("the party's senator", "the senator
# from Ohio", "the senator, John Roe,", "the senator who ...")
_OWNED = frozenset({"poss", "prep", "appos", "relcl", "acl"})


def epithet_word(head: Token) -> str:
    """The head noun as written, a hyphenated compound whole ("front-runner")."""
    doc = head.doc
    if head.i >= 2 and doc[head.i - 1].text == "-" and not doc[head.i - 1].whitespace_ \
            and not doc[head.i - 2].whitespace_:
        return (doc[head.i - 2].text + "-" + head.text).lower()
    return head.lower_


def epithet_speaker(pd: ParsedDoc, actors: ActorLayer, head: Token, sentence: int, current: str | None,
                    nouns: Collection[str], quoted: Sequence[tuple[int, int]], window: int) -> str | None:
    """The named person a singular definite epithet speaker (``head``) stands for, or None."""
    if head.tag_ in ("NNS", "NNPS") or (epithet_word(head) not in nouns and head.lemma_.lower() not in nouns):
        return None
    if any(c.dep_ in _OWNED for c in head.children) or _introduced(head):
        return None
    now = actors.actor(current)
    if now is not None and now.type == "person" and not unnamed(now):
        return None
    land = now.country if now is not None else None  # "the Israeli leader" is no American
    best: tuple[int, int, str] | None = None  # (sentence, rank, actor) of the best subject so far
    for m in sorted(actors.mentions, key=lambda m: m.start, reverse=True):
        if m.start >= head.idx or m.actor_id is None or m.kind == "pronoun":
            continue
        if sentence - m.sentence > window or (best is not None and m.sentence < best[0]):
            break
        a = actors.actor(m.actor_id)
        if a is None or a.type != "person" or unnamed(a):
            continue
        if any(s <= m.start < e for s, e in quoted) or (land and a.country and land != a.country):
            continue
        rank = subject_rank(pd, m)
        if rank and (best is None or rank > best[1]):
            best = (m.sentence, rank, a.id)
    return best[2] if best is not None else None


def subject_rank(pd: ParsedDoc, m: Mention) -> int:
    """2 for the subject of a sentence's main clause (or the focus of a cleft, "it was X who
    ..."), 1 for the subject of another clause, 0 for none: in one sentence the main subject
    comes first ("X announced that Y would lead the team": X)."""
    span = pd.span_chars(m.start, m.end)
    if span is None:
        return 0
    tok = span.root
    verb = first_conjunct(tok.head)
    if tok.dep_ == "attr" and verb.lemma_ == "be" and any(c.dep_ in ("expl", "nsubj") and c.lower_ == "it"
                                                          for c in verb.children):
        return 2
    if tok.dep_ not in _SUBJECTS:
        return 0
    return 2 if verb.dep_ == "ROOT" else 1


def _introduced(head: Token) -> bool:
    """The article brought in someone by this noun with an indefinite article before ("a Senate
    candidate ... the candidate"): a new person, whom the same-noun rules follow."""
    lemma = head.lemma_.lower()
    return any(t.lemma_.lower() == lemma and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
               for t in head.doc[:head.i])


__all__ = ["epithet_speaker", "epithet_word", "subject_rank"]
