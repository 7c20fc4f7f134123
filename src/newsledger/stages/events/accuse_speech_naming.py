"""Judgements told in reported political speech (PLOVER ACCUSE disapprove "criticize, defame, denigrate
responsible parties"; allege "formally or informally accuse") that the naming and reported-copula constructions of
``judgements.py`` miss:

- a party called a name (``accuse_speech_epithets``) by a naming verb, what it is called an apposition of the
  object ("labelled Kyiv's claims a lie", "called the minister a traitor"), the object after a dative ("branded
  Israel a terrorist state"), the "as" phrase hung on the object ("described Britain's move as hostile") or the
  verb's own predicative ("called the envoy a liar"); a name is a judgement only of a party, never of a thing;
  a word of disapproval the parser hung inside the object's infinitive ("called Japan's plan to release the water
  irresponsible") is read before the verb's phone-call pattern, which would take the object for a party called;
- a reported clause telling a party's wrongdoing by a verb that needs no object (``accuse_speech_wrong_verbs``:
  "said the president was lying", "said Washington had meddled in the vote"), by a verb of abuse done to others
  (``accuse_speech_abuse_verbs``: "said Beijing was bullying its neighbours") or by a promise or a truce broken
  (``accuse_speech_broken_verbs`` with an object of ``accuse_speech_broken_objects``: "said Turkey had broken its
  promises", "had reneged on the deal"), or judging a party's conduct by a copula with a word of
  ``accuse_speech_conduct_words`` ("said Ghana's levy was absurd"; "said the winter was cruel" judges no one).
"""

from __future__ import annotations

from spacy.tokens import Token

from .tokens import children_of, first_child, form_in, prep_objects
from .types import Context

# what a naming verb's object is called when the parser hangs it below the object
_NAMED_BELOW = ("appos", "oprd", "attr", "acomp")
# endings of English adjectives, for a bare predicate word the small tagger took for a noun ("reckless", "illegal")
_ADJECTIVE_ENDINGS = ("ous", "ful", "less", "ible", "able", "ive", "ic", "ent", "ant", "ish", "al")


def named_judgement(ctx: Context, v: Token, obj: Token) -> tuple[Token, Token] | None:
    """The party a naming verb ``v`` judges and the word it is called, when the word (a word of
    ``disapproval_words`` or one of ``accuse_speech_epithets``) sits where ``judgements.naming_judgement``
    does not look: ``(judged, word)``, or None."""
    candidates: list[tuple[Token, Token]] = []
    dative = first_child(v, "dative")
    if dative is not None and dative.i < obj.i:
        candidates.append((dative, obj))  # "branded Israel a terrorist state"
    candidates += [(obj, c) for c in obj.children if c.dep_ in _NAMED_BELOW and c.i > obj.i]
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"):
        candidates += [(obj, c) for c in prep.children]  # "described Britain's move as hostile"
    candidates += [(obj, c) for c in children_of(v, "oprd", "attr", "dobj") if c.i > obj.i]  # "branded X a Y": two objects
    stranded = stranded_adjective(ctx, v)
    if stranded is not None:
        candidates.append((obj, stranded))  # "called Japan's plan to release the water irresponsible"
    for judged, word in candidates:
        if _epithet(ctx, word) or _conduct_word(ctx, word) or (_disapproving_word(ctx, word) and judged is not dative):
            return judged, word
    return None


def stranded_adjective(ctx: Context, v: Token) -> Token | None:
    """What a naming verb ``v`` calls its object when the parser has hung the word inside the object's own
    infinitive or relative clause as that clause's object ("called Japan's plan to release the water irresponsible",
    "described the decision to close the border as reckless"): an adjective (never a noun, which may be the
    clause's real object) of ``disapproval_words`` or ``accuse_speech_conduct_words`` that ends the object's
    phrase; None for any other."""
    obj = first_child(v, "dobj")
    if obj is None or not form_in(v, ctx.lex.judging_verbs):
        return None
    clause = next((c for c in obj.children if c.dep_ in ("acl", "relcl") and c.i > obj.i), None)
    if clause is None:
        return None
    words = [w for w in clause.subtree if not w.is_punct]
    last = words[-1] if words else None
    if last is None or not _adjective(last) or last.dep_ not in ("dobj", "attr", "oprd", "acomp", "conj", "npadvmod"):
        return None
    first = last
    while first.dep_ == "conj" and first.head.pos_ == "ADJ":
        first = first.head  # "selfish and irresponsible": the first of the coordinated words
    if first.dep_ == "amod" or first.head.pos_ not in ("VERB", "AUX"):
        return None
    return first if _disapproving_word(ctx, first) or _conduct_word(ctx, first) else None


def _adjective(w: Token) -> bool:
    """An adjective, or a word of an adjective's ending that the tagger took for a noun ("close the border
    reckless": the parser made "reckless" the head of "the border reckless")."""
    return w.pos_ == "ADJ" or (w.pos_ == "NOUN" and w.lower_.endswith(_ADJECTIVE_ENDINGS))


def _epithet(ctx: Context, word: Token) -> bool:
    """A name for a party ("a liar", "a traitor", "a terrorist state", "a puppet of Moscow"), not negated."""
    if any(c.dep_ == "neg" for c in word.children):
        return False
    words = ctx.lex.accuse_speech_epithets
    return bool(form_in(word, words)) or any(form_in(a, words) for a in children_of(word, "amod", "compound"))


def _disapproving_word(ctx: Context, word: Token) -> bool:
    words = ctx.lex.disapproval_words
    return bool(form_in(word, words)) and not any(c.dep_ == "neg" for c in word.children)


def speech_judgement(ctx: Context, clause: Token) -> tuple[str, bool] | None:
    """The code of the judgement a reported clause makes of its subject, and that it needs a party judged:
    wrongdoing with no object ("was lying", "had meddled in the election", "had broken its promises",
    "reneged on the deal": ``codes.blame``), or a copula whose predicate is a word of
    ``accuse_speech_conduct_words`` ("was absurd": ``codes.judgement``); None for any other or a negated clause."""
    if any(c.dep_ == "neg" for c in clause.children):
        return None
    lex = ctx.lex
    if form_in(clause, lex.accuse_speech_wrong_verbs) and first_child(clause, "dobj") is None:
        return ctx.rules.blame_code, True
    if form_in(clause, lex.accuse_speech_abuse_verbs) and first_child(clause, "dobj") is not None:
        return ctx.rules.blame_code, True  # "was bullying its neighbours", "was stealing its oil"
    if form_in(clause, lex.accuse_speech_broken_verbs):
        objects = children_of(clause, "dobj") + [o for p in ("on", "upon") for o in prep_objects(clause, p)]
        if any(form_in(o, lex.accuse_speech_broken_objects) for o in objects):
            return ctx.rules.blame_code, True
        return None
    if clause.lemma_ == "be" and any(_conduct_word(ctx, p) for p in children_of(clause, "acomp", "attr")):
        return ctx.rules.judgement_code, True
    return None


def _conduct_word(ctx: Context, p: Token) -> bool:
    """A word of ``accuse_speech_conduct_words``, or one of its coordinates ("cruel and arrogant"), not negated."""
    words = ctx.lex.accuse_speech_conduct_words
    if any(c.dep_ == "neg" for c in p.children):
        return False
    return bool(form_in(p, words)) or any(form_in(c, words) for c in children_of(p, "conj", "amod"))
