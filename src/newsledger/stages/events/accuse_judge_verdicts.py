"""Verdicts on a named party's act (PLOVER ACCUSE disapprove: "criticize, defame, denigrate responsible parties";
"condemn, decry a policy or an action"), told by words that judge conduct only when the sentence names whose it is,
read where ``judgements.py`` reads ``disapproval_words``:

- a reported copula whose predicate is a word of ``accuse_judge_words`` or a noun one qualifies ("said the American
  tariffs were a serious mistake", "said Beijing's ban was invalid", "said the plan was a threat to stability"), or
  a reported verb of ``accuse_judge_posing_verbs`` with such an object ("said Minsk's plant posed a grave danger");
- a reported failure with no duty named: a party's conduct of ``accuse_judge_conduct_nouns`` that failed ("said
  Macron's policy had failed") or a party that failed people of ``accuse_judge_failed_people`` ("said Ruto had
  failed the farmers");
- a reported hostile design: a thing used as a weapon ("said Russia was using winter as a weapon"), a verb of
  ``accuse_judge_design_verbs`` ("was weaponising trade"), an aim of ``accuse_judge_hostile_aims`` sought or plotted
  ("was seeking to annex", "was plotting to overthrow its leadership");
- a naming verb calling a party's act such a word ("called X's move a mistake"), also when the parser made the
  object the subject of the word ("termed the Russian lawmaker's remarks irresponsible").

The words judge no one alone ("said the weather was terrible", "the flooding was a disaster"): every verdict needs a
party judged other than the speaker's (``judgements.reported_judgement``'s party check).
"""

from __future__ import annotations

from spacy.tokens import Token

from .tokens import children_of, first_child, form_in
from .types import Context

# the predicate of a copula or what a verb of posing, constituting or naming gives its object
_SAID = ("acomp", "attr", "dobj", "oprd")


def verdict_code(ctx: Context, clause: Token) -> tuple[str, bool] | None:
    """The code of the verdict a reported clause gives on its subject's conduct, and that it needs a party judged;
    None for any other clause or a negated one."""
    if any(c.dep_ == "neg" for c in clause.children):
        return None
    lex, code = ctx.lex, ctx.rules.judgement_code
    if clause.lemma_ == "be" or form_in(clause, lex.accuse_judge_posing_verbs) or form_in(clause, lex.constituting_verbs):
        if any(verdict_word(ctx, p) for p in children_of(clause, *_SAID)):
            return code, True
        return None
    if hostile_aim(ctx, clause):
        return ctx.rules.blame_code, True  # "was using winter as a weapon", "was plotting to overthrow"
    if form_in(clause, lex.failure_verbs) and first_child(clause, "xcomp") is None:
        objects = children_of(clause, "dobj")
        subj = first_child(clause, "nsubj")
        if objects and all(form_in(o, lex.accuse_judge_failed_people) for o in objects):
            return code, True  # "had failed the farmers"
        if not objects and subj is not None and form_in(subj, lex.accuse_judge_conduct_nouns):
            return code, True  # "X's policies had failed"
    return None


def hostile_aim(ctx: Context, clause: Token) -> bool:
    """A reported clause telling its subject's hostile design: a thing used as a weapon (a verb of
    ``accuse_judge_using_verbs`` with an "as" phrase of ``accuse_judge_weapon_nouns``: "was using winter as a weapon"),
    a verb of ``accuse_judge_design_verbs`` with an object ("was weaponising trade", "was harbouring terrorists"), or
    an aim of ``accuse_judge_hostile_aims`` sought or plotted ("was seeking to annex", "plotting to overthrow")."""
    lex = ctx.lex
    if form_in(clause, lex.accuse_judge_using_verbs) and first_child(clause, "dobj") is not None:
        objs = [o for p in children_of(clause, "prep") if p.lower_ == "as" for o in children_of(p, "pobj")]
        if any(form_in(o, lex.accuse_judge_weapon_nouns) for o in objs):
            return True
    if form_in(clause, lex.accuse_judge_design_verbs) and first_child(clause, "dobj") is not None:
        return True
    if form_in(clause, lex.attempt_verbs) or form_in(clause, lex.accuse_judge_plot_verbs):
        return any(form_in(x, lex.accuse_judge_hostile_aims) for x in children_of(clause, "xcomp"))
    return False


def verdict_word(ctx: Context, p: Token) -> bool:
    """A word of ``accuse_judge_words``, a noun one qualifies ("a serious mistake", "a dangerous gamble") or one of
    its coordinates ("naive and weak"), not negated."""
    words = ctx.lex.accuse_judge_words
    if any(c.dep_ == "neg" for c in p.children):
        return False
    if form_in(p, words):
        return True
    if p.pos_ in ("NOUN", "PROPN") and any(form_in(a, words) for a in children_of(p, "amod")):
        return True
    return any(form_in(c, words) for c in children_of(p, "conj"))


def called_verdict(ctx: Context, v: Token) -> tuple[Token, Token] | None:
    """What a naming verb ``v`` judges and the word it calls it, for a word of ``accuse_judge_words``: ``(judged,
    word)`` from the verb's object and a predicative after it ("called the tariffs a mistake", "described the plan as
    naive") or from the subject the parser gave the predicative ("termed X's remarks irresponsible"); None."""
    obj = first_child(v, "dobj")
    if obj is not None:
        said = [c for c in v.children if c.dep_ in _SAID and c.i > obj.i]
        said += [o for p in children_of(v, "prep") + children_of(obj, "prep") if p.lower_ == "as"
                 for o in children_of(p, "pobj")]
        word = next((w for w in said if verdict_word(ctx, w)), None)
        return (obj, word) if word is not None else None
    for word in children_of(v, "oprd", "ccomp", "xcomp"):
        judged = first_child(word, "nsubj")
        if judged is not None and judged.i < word.i and (
                verdict_word(ctx, word) or form_in(word, ctx.lex.disapproval_words)):
            return judged, word
    return None


__all__ = ["called_verdict", "hostile_aim", "verdict_code", "verdict_word"]
