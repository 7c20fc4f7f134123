"""Force words that tell no force, and a way shut by a state (issue 16).

* An attack on an abstraction ("an attack on democracy", "launched an assault on inflation",
  "attacked press freedom"): the thing attacked is a value, an institution of ideas or an economic
  ill (``abstract_nouns``), so no ASSAULT is done.
* A result in sport ("Brazil beat Argentina 2-1"): a force verb with a score in its clause is a win,
  no ASSAULT. (A sporting occasion alone, "clashed with fans after the match", is kept: violence at
  a match is violence; accidents are left to the ACLED outside-categories, which type them.)
* A way or an access shut by a state ("Ethiopia has blocked access to social media", "Azerbaijan
  blocked the road"): the obstruction a state named by its country does is its restriction of
  movement or of information (PLOVER COERCE restrict, ``codes.state_obstruction`` in rules.yaml), not a
  protest by the public.

Words: ``patterns.yaml`` ``abstract_nouns``.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .lexicon import plover_of
from .tokens import children_of, clause_verb, form_in, lemma_of
from .types import Context, Found

SCORE = re.compile(r"^\d{1,2}\s*[-–]\s*\d{1,2}$")
_TARGET_PREPS = ("on", "against", "upon")


def figurative_force(ctx: Context, f: Found) -> bool:
    """``f`` is an ASSAULT told of no force: an abstraction attacked or a sporting win."""
    if plover_of(ctx.cameo, f) != "ASSAULT":
        return False
    heads = [*f.pred, *f.extra]
    return any(_abstract_target(ctx, t) for t in heads) or _sporting(ctx, f)


def _abstract_target(ctx: Context, tok: Token) -> bool:
    """"an attack on democracy", "attacked press freedom": what is attacked is an abstraction, or
    an abstraction is the doer ("inflation is killing small businesses"); the light verb's noun
    ("launched an assault on inflation") is looked at too."""
    nouns = [tok, *children_of(tok, "dobj")]
    for n in nouns:
        objs = [o for p in children_of(n, "prep") if lemma_of(p) in _TARGET_PREPS for o in children_of(p, "pobj")]
        if n.i == tok.i and tok.pos_ == "VERB":
            objs += children_of(tok, "dobj", "nsubj")  # "inflation is killing small businesses"
        if any(form_in(o, ctx.lex.abstract_nouns) for o in objs):
            return True
    return False


def _sporting(ctx: Context, f: Found) -> bool:
    """A score ("2-1", "by 3-0") in the event's clause."""
    verb = f.clause if f.clause is not None else f.pred[0]
    span = verb.subtree
    for t in span:
        if _score(t):
            return True
    return False


def _score(t: Token) -> bool:
    """"2-1", "3 - 0": two small numbers joined by a dash that count no noun ("20-30 people" does)."""
    doc = t.doc
    if SCORE.match(t.text):
        last = t
    elif len(t.text) <= 2 and t.text.isdigit() and t.i + 2 < len(doc) and doc[t.i + 1].text in ("-", "–") \
            and len(doc[t.i + 2].text) <= 2 and doc[t.i + 2].text.isdigit():
        last = doc[t.i + 2]
    else:
        return False
    return not any(x.dep_ in ("nummod", "quantmod") or (x.head.pos_ == "NOUN" and x.head.i > x.i) for x in (t, last))


def state_obstruction(ctx: Context, f: Found) -> None:
    """A way or an access shut (PROTEST obstruct) by a state named by its country ("Ethiopia has
    blocked access to", "Azerbaijan blocked the road"): the state restricts movement (COERCE)."""
    mode = f.mode or (f.pattern.mode if f.pattern is not None else None)
    if plover_of(ctx.cameo, f) != "PROTEST" or mode != "obstruct" or f.noun:
        return
    subj = f.source.tokens[0] if f.source.tokens else None
    if subj is None or subj.ent_type_ != "GPE" or clause_verb(subj) is None:
        return
    f.cameo = ctx.rules.state_obstruction_code
    f.plover = None
    f.mode = "restrict"
