"""Blame: responsibility for an attack stated in the outlet's own voice (words in
``data/framing/labels.yaml``, read through ``stages/framing_labels.LabelRules``).

Like a casualty figure stated without a source, a sentence that names who carried out an attack
("the Israeli airstrike on the hospital", "a failed Islamic Jihad rocket launch", "Israel kills
500", "Ukraine was not behind the blast", "Russia's war on Ukraine") or what caused a blast ("when
an airstrike struck the hospital") asserts what is often disputed; whether it is disputed is for
the ledger to show across outlets. Not inside a quotation or reported speech, not in a sentence
with a verb of saying or blaming, not hedged. A supplement (a free relative "in what was ...", a
relative clause set off by a comma) is the writer's own comment, also inside a report.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import ParsedDoc
from ..records import ActorLayer, FramingMark, Quote
from .framing_labels import NAME_ENTITIES, LabelContext, LabelRules, noun_phrase_start


def _agent_modifier(ctx: LabelContext, noun: Token) -> Token | None:
    """The name that says who carried out an attack named by ``noun``: a nationality or an
    organisation before it ("Israeli airstrike", "Islamic Jihad rocket launch") or its
    possessor ("Russia's strike"); a place before it is where it happened ("Gaza strike")."""
    for child in noun.lefts:
        for t in child.subtree:
            if t.i >= noun.i or not ctx.is_name(t):
                continue
            if t.dep_ == "poss" or t.ent_type_ in ("NORP", "ORG") or t.pos_ == "ADJ":
                return t
    return None


def _agent_after(ctx: LabelContext, noun: Token) -> Token | None:
    """The name in a "by" phrase after an attack noun, its doer ("a failed rocket launch by
    Islamic Jihad", "the bombing of the hospital by Israeli jets"); the last token of that
    phrase, also when the parser hung it on the object ("of the hospital by ..."). "A strike by
    the river" names no doer."""
    objects = [g for p in noun.rights if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    for prep in [*noun.rights, *(r for o in objects for r in o.rights)]:
        if prep.dep_ != "prep" or prep.lower_ != "by":
            continue
        who = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if who is None:
            continue
        if (ctx.is_name(who) and who.ent_type_ in NAME_ENTITIES) or _agent_modifier(ctx, who) is not None:
            return who.right_edge
    return None


def _doer(ctx: LabelContext, verb: Token, rules: LabelRules) -> Token | None:
    """Who carried out the attack a verb names: its subject ("Israel kills 500", "Russian troops
    shelled the town") or its agent ("the hospital was bombed by Israeli jets"), when that is a
    name or a noun with a name before it; the first token of that phrase."""
    for c in verb.children:
        who = c if c.dep_ == "nsubj" else next((g for g in c.children if g.dep_ == "pobj"), None) \
            if c.dep_ == "agent" else None
        if who is None or who.lower_ in rules.attack_nouns:
            continue  # "the Russian strike killed 20": the noun names the doer itself
        if ctx.is_name(who) and who.ent_type_ in NAME_ENTITIES:
            return who
        if _agent_modifier(ctx, who) is not None:
            return noun_phrase_start(who) if who.i < verb.i else who
    return None


def _cause(ctx: LabelContext, verb: Token, rules: LabelRules) -> Token | None:
    """What the writer says hit a place, with no doer named: an attack noun as the subject of
    one of ``impact_verbs`` ("when an airstrike struck the hospital", "a missile hit the
    market"); the first token of its phrase. "The strike killed 20" states a toll, not a cause."""
    if verb.lemma_.lower() not in rules.impact_verbs:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in rules.attack_nouns or _agent_modifier(ctx, subj) is not None:
        return None
    if not any(c.dep_ in ("dobj", "prep") for c in verb.rights):
        return None  # "the strike hit": no place hit
    return noun_phrase_start(subj)


def _unattributed(ctx: LabelContext, head: Token, start: int, end: int, rules: LabelRules) -> bool:
    """Words in the outlet's own voice: not in a quotation or reported speech, not under a verb of
    saying or blaming, not hedged ("if confirmed, it would be ..."). A supplement on the way up
    (``_supplement``) is the writer's comment, also inside reported speech, never inside quoted words."""
    if ctx.in_quote(start, end, verbatim=True):
        return False
    sent = head.sent
    if any(t.lower_ in rules.attribution_verbs for t in sent if t.dep_ == "prep"):
        return False  # "according to the ministry, ..."
    if any(_says(t, rules) and t.i > head.i and t.dep_ not in ("relcl", "acl") and _after_comma(t)
           for t in sent):
        return False  # "..., the ministry said": the whole sentence is its account
    prev = head
    for t in (head, *head.ancestors):
        if t != head and (_says(t, rules) or t.lemma_.lower() in rules.hedges):
            return False  # "X blamed an Israeli strike", "officials said Israel bombed it", "appeared to be"
        if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in rules.content_nouns and _content_of(prev):
            return False  # "reports that Russian jets bombed it", "evidence the blast was a ... rocket"
        prev = t
        if any(c.lower_ in rules.hedges for c in t.children if c.dep_ in ("aux", "mark", "advmod", "amod")):
            return False
        if _supplement(t):
            return True  # "in what was a failed rocket launch": the writer's comment, inside a report too
    return not ctx.in_quote(start, end)


def _content_of(child: Token) -> bool:
    """Whether ``child`` is a clause or phrase that says what a noun of account holds: "claims
    [that X did it]", "evidence [the blast was ...]", "reports [of Russian shelling]"."""
    return child.dep_ in ("acl", "ccomp") or (child.dep_ == "prep" and child.lower_ in ("of", "about"))


def _supplement(verb: Token) -> bool:
    """A clause that is the writer's own comment on what the sentence reports: a free relative
    ("in what was a blast caused by ...", "in what is widely seen as ...") or a relative clause set
    off by a comma (", which was hit by Israeli jets,")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.lower_ == "what" and c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return True
    first = min(verb.subtree, key=lambda t: t.i)
    return verb.dep_ == "relcl" and first.i > 0 and verb.doc[first.i - 1].text == ","


def _says(tok: Token, rules: LabelRules) -> bool:
    return tok.pos_ == "VERB" and tok.lemma_.lower() in rules.attribution_verbs


def _after_comma(verb: Token) -> bool:
    """A verb of saying that follows what was said: "..., the army said", "..., said the army"
    (a comma right before the verb or before its subject)."""
    starts = [verb.i] + [min(c.subtree, key=lambda t: t.i).i for c in verb.lefts if c.dep_ == "nsubj"]
    return any(i > 0 and verb.doc[i - 1].text in (",", "—", "–") for i in starts)


def _blame_candidates(ctx: LabelContext, rules: LabelRules) -> list[tuple[Token, Token, Token]]:
    """(head, first, last) of each phrase that names who carried out an attack."""
    out = []
    for tok in ctx.tokens:
        low = tok.lower_
        if low in rules.war_nouns and tok.pos_ == "NOUN":
            agent = _agent_modifier(ctx, tok)
            if agent is not None and any(c.dep_ == "prep" and c.lower_ in rules.war_prepositions for c in tok.rights):
                out.append((tok, min(agent, noun_phrase_start(tok), key=lambda t: t.i), tok))  # "Russia's war on Ukraine"
        elif low in rules.attack_nouns and tok.pos_ in ("NOUN", "PROPN"):
            agent = _agent_modifier(ctx, tok)
            after = _agent_after(ctx, tok) if agent is None else None
            if agent is not None:
                out.append((tok, min(agent, noun_phrase_start(tok), key=lambda t: t.i), tok))
            elif after is not None:
                out.append((tok, noun_phrase_start(tok), after))
        elif tok.lemma_.lower() in rules.attack_verbs and tok.pos_ == "VERB":
            doer = _doer(ctx, tok, rules)
            cause = _cause(ctx, tok, rules) if doer is None else None
            if doer is not None:
                out.append((tok, *sorted((doer, tok), key=lambda t: t.i)))
            elif cause is not None:
                out.append((tok, cause, tok))
        elif low in rules.responsibility_words and tok.head.lemma_ == "be":
            subj = next((c for c in tok.head.lefts if c.dep_ == "nsubj"), None)
            if subj is None and tok.head.i > 0:  # a parse that lost the subject: the name before "was"
                subj = tok.doc[tok.head.i - 1]
            if subj is not None and ctx.is_name(subj):
                last = next((c for c in tok.children if c.dep_ == "pobj"), tok)
                out.append((tok, subj, last))
    return out


def blame_marks(ctx: LabelContext, rules: LabelRules) -> list[FramingMark]:
    """Responsibility for an attack stated in the outlet's own voice ("the Israeli airstrike on the
    hospital", "Israel kills 500", "Ukraine was not behind the blast"): whether it is disputed is
    for the ledger to show across outlets."""
    out: list[FramingMark] = []
    spans = sorted(((first.idx, last.idx + len(last.text), head)
                    for head, first, last in _blame_candidates(ctx, rules)), key=lambda x: (x[0], -x[1]))
    for start, end, head in spans:
        if any(m.start < end and start < m.end for m in out):
            continue  # one mark for "the Russian missile strike ... killed"
        if _unattributed(ctx, head, start, end, rules):
            agent = (_agent_modifier(ctx, head) or _agent_after(ctx, head)) if head.pos_ in ("NOUN", "PROPN") else None
            refers = ctx.referent(agent.idx, agent.idx + len(agent.text)) if agent is not None else None
            out.append(ctx.mark(start, end, "unattributed_blame", rules.blame_note, refers))
    return out


def blame_marks_of(doc: ParsedDoc, actors: ActorLayer, quotes: list[Quote] | tuple[Quote, ...],
                   rules: LabelRules) -> list[FramingMark]:
    """The blame marks of one article."""
    return blame_marks(LabelContext(doc, actors, quotes), rules)


__all__ = ["blame_marks", "blame_marks_of"]
