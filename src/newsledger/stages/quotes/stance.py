"""The stance of a quote: its speaker denies the content ("X denied that ...", "X rejected
claims that ...": denied; "X did not deny ...": uncertain; "X rejected the request" denies no
proposition), or the content says something is not so ("officials said none of the intelligence
pointed to a strike": negated), or leaves it open ("X could not confirm that ...", "I don't know whether ...": uncertain). Read by
:mod:`newsledger.nlp.stance` from the cue verb and the clauses above the content's head."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...nlp.contrast import (
    asserted_conjuncts,
    falsified_conjuncts,
    negated_conjuncts,
    negated_juxtaposed,
    negated_phrases,
    span_head,
)
from ...nlp.stance import (
    calls_false,
    denies,
    hedged,
    negated,
)
from ...nlp.stance_frames import framed_stance
from ...nlp.stance_prospects import prospect_stance
from ...nlp.stance_words import StanceWords
from ...nlp.syntax import has_to
from ...records import Quote, Span, Stance, record_id
from .asked_sayings import asked_saying
from .stance_prospect import complement_noun, copular_no, negated_counterfactual


def _cue_token(doc: ParsedDoc, q: Quote) -> Token | None:
    if q.cue is None:
        return None
    return span_head(doc, q.cue.start, q.cue.end)


def _proposition(head: Token, words: StanceWords) -> bool:
    """The content states a proposition: a clause ("that it fired"), a gerund ("targeting
    civilians") or a noun of one ("the claims", "any involvement", "responsibility"), or a
    demonstrative standing for what was just reported or charged ("Pakistan denied this.", "X
    accused the KNU of diverting aid. The KNU denied it."), or the accused and the charge of an accusation
    ("blamed India for the attack, a charge New Delhi rejected")."""
    if head.pos_ in ("VERB", "AUX"):
        return True
    if head.dep_ == "dobj" and _accused(head.head, words):  # "blamed [India for the attack], a charge X rejected"
        return True
    if head.pos_ == "PRON" and head.lower_ in words.demonstratives and head.dep_ == "dobj" and head.sent.start > 0:
        before = head.doc[head.sent.start - 1].sent  # what was just reported: a clause under a verb of saying
        return any((t.lemma_ or t.text).lower() in words.report_verbs and any(c.dep_ == "ccomp" for c in t.children)
                   for t in before) or any(_accused(t, words) for t in before)
    lemma = (head.lemma_ or head.text).lower()
    return lemma in words.proposition_nouns or head.text.lower() in words.proposition_nouns or complement_noun(head)


def _accused(t: Token, words: StanceWords) -> bool:
    """A verb of accusing with what it accuses of ("accused the KNU of diverting relief supplies",
    "blamed the army for the shelling"): a charge a demonstrative after it can deny ("The KNU
    denied it."); not an accusation of no act ("accused him of nothing")."""
    if (t.lemma_ or t.text).lower() not in words.accusation_verbs:
        return False
    # the phrase of what is charged, on the verb or on the accused ("accused [the KNU of diverting]")
    holders = [t, *(c for c in t.children if c.dep_ == "dobj")]
    return any(c.dep_ == "prep" and any(g.dep_ in ("pcomp", "pobj") and g.lower_ not in words.demonstratives
                                        and g.pos_ in ("VERB", "NOUN") for g in c.children)
               for h in holders for c in h.children)


def _own_characterisation(cue: Token, head: Token) -> bool:
    """The content lies in the "as" phrase after the object of a verb of denial ("dismissed the
    plan as “doomed to fail”", "rejected the report as “a smear” meant to “hide the truth”"): the
    speaker's own words for what is denied, which the speaker asserts (the parser hangs "as" on
    the verb or on its object). What is denied itself ("dismissed the claim that the army
    “shelled the village”") is not so."""
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    for holder in (cue, *objects):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "as" and objects and prep.i > objects[0].i \
                    and prep.left_edge.i <= head.i <= prep.right_edge.i and head.i != prep.i:
                return True
    return False


def _sentences(doc: ParsedDoc, start: int, end: int) -> int:
    """How many of the article's sentences the characters ``start:end`` touch."""
    return sum(1 for s in doc.sentences if s.start < end and start < s.end)


def _reported(head: Token, words: StanceWords, speech: frozenset[str] = frozenset()) -> Token:
    """The proposition of a content that is itself a statement or belief of the speaker ("we
    affirm that the accusations are false", "I can tell you that no one was hurt", "we know it
    was not our rocket"), or a copula framing a clause ("the truth is that it was not ours", "I
    am sure it was not"): its complement clause, unless the frame is negated ("we did not say
    that ...": read by :func:`stance_of`, which also reads a frame of doubt above the clause), or
    an infinitive the speaker asks for ("called on Kenya to show that it does not ...")."""
    for _ in range(3):
        lemma = (head.lemma_ or head.text).lower()
        comps = [c for c in head.children if c.dep_ == "ccomp" and c.i > head.i]
        if not comps and (lemma in words.report_verbs or lemma in speech):  # “… ,” said the report
            comps = [c for c in head.children if c.dep_ == "ccomp"]
        if lemma == "be" and not comps:  # "I am sure (that) ...": the clause hangs on the adjective
            comps = [g for c in head.children if c.dep_ == "acomp" for g in c.children if g.dep_ == "ccomp"]
        frame = lemma in words.report_verbs or lemma in speech or lemma in words.belief_verbs or lemma == "be"
        if not frame or len(comps) != 1 or negated(head, words) or _infinitive(head):
            break  # "called on Kenya to show it does not ...": a saying asked for, not the speaker's own
        head = comps[0]
    return head


def _infinitive(verb: Token) -> bool:
    return verb.dep_ in ("xcomp", "advcl") and has_to(verb)


def quote_stance(doc: ParsedDoc, q: Quote, words: StanceWords, speech: frozenset[str] = frozenset()) -> Stance:
    """The speaker's stance towards the quote's content (``speech``: the verbs of saying, whose
    clause is the proposition when the content is itself a statement: "we reaffirm that ...")."""
    cue = _cue_token(doc, q)
    head = span_head(doc, q.content.start, q.content.end)
    if head is None:
        return "asserted"
    if cue is not None and _own_characterisation(cue, head):
        return "asserted"  # "dismissed the plan as “doomed to fail”": the speaker's own words
    if cue is not None and calls_false(cue, words):
        return "denied"  # "called Pakistan's assertions 'baseless'"
    if cue is not None and (q.cue_lemma in words.denial_verbs or denies(cue, words)):
        if not _proposition(head, words):
            return "asserted"  # "rejected the request", "denied the budget": no proposition denied
        return "uncertain" if negated(cue, words) else "denied"
    if q.kind == "direct" and _sentences(doc, q.content.start, q.content.end) > 1:
        return "asserted"  # several sentences: no one clause says what the quote stands for
    proposition = _reported(head, words, speech)
    stance = framed_stance(proposition, words)
    if stance in ("asserted", "historical"):  # "said the army will withdraw": future (.stance_prospect)
        if copular_no(proposition, words):
            return "negated"  # "said it was no accident"
        return prospect_stance(proposition, cue, words) or "asserted"
    if stance == "negated" and negated_counterfactual(proposition, words):
        return "hypothetical"  # "would not have run if ...": a supposition
    return stance  # type: ignore[return-value]


def with_stance(doc: ParsedDoc, q: Quote, words: StanceWords, speech: frozenset[str] = frozenset()) -> Quote:
    """``q`` with its stance (unchanged when asserted); what a saying asked for would assert is
    requested ("said the authorities should declare an emergency"), what it would deny or negate
    keeps that stance."""
    stance = quote_stance(doc, q, words, speech)
    if stance == "asserted" and (cue := _cue_token(doc, q)) is not None and asked_saying(cue, words):
        stance = "requested"
    return q if stance == q.stance else q.replace(stance=stance)


def _nested(doc: ParsedDoc, q: Quote, start: int, end: int, stance: Stance) -> Quote | None:
    """A quote nested in ``q`` for the characters ``start:end`` of its content, with ``stance``."""
    start, end = max(start, q.content.start), min(end, q.content.end)
    while end > start and doc.text[end - 1] in " \n\t.,;:\"'“”‘’":
        end -= 1
    while start < end and doc.text[start] in " \n\t\"'“”‘’":
        start += 1
    if end <= start or (start, end) == (q.content.start, q.content.end):
        return None
    qid = record_id("q", q.article_id, start, end, q.kind, q.cue.start if q.cue else None)
    return q.replace(id=qid, content=Span(start, end, doc.text[start:end]), parent_id=q.id, stance=stance,
                     paragraph=doc.paragraph_index(start))


def sentence_stances(doc: ParsedDoc, q: Quote, words: StanceWords, speech: frozenset[str] = frozenset()) -> list[Quote]:
    """Nested quotes for the sentences of a direct quote of several sentences that deny, negate
    or doubt what they say (“We did not fire. Our units were elsewhere.”): the quote as a whole
    stands for no one proposition and stays asserted, each such sentence is recorded with its
    own stance."""
    if q.kind != "direct" or q.stance != "asserted" or _sentences(doc, q.content.start, q.content.end) < 2:
        return []
    out: list[Quote] = []
    for sent in doc.sentences:
        if sent.end <= q.content.start or sent.start >= q.content.end:
            continue
        head = span_head(doc, max(sent.start, q.content.start), min(sent.end, q.content.end))
        if head is None:
            continue
        stance = framed_stance(_reported(head, words, speech), words)
        if stance in ("denied", "negated", "uncertain"):
            start, end = _outside_cue(q, sent.start, sent.end)
            nested = _nested(doc, q, start, end, stance)  # type: ignore[arg-type]
            if nested is not None:
                out.append(nested)
    return out


def _outside_cue(q: Quote, start: int, end: int) -> tuple[int, int]:
    """The part of the sentence ``start:end`` that the quotation holds: a sentence that runs on
    into the cue (“A,” she said. “B.”: “A,” she said) stops before the cue and its speaker, one
    that begins with them (She said: “A.”) starts after them."""
    marks = [s for s in (q.cue, q.speaker) if s is not None]
    if not marks:
        return start, end
    left, right = min(m.start for m in marks), max(m.end for m in marks)
    if not start < left < end and not start < right < end:
        return start, end
    lo, hi = q.content.start, q.content.end  # of the parts on each side, the one the quotation holds more of
    before = (max(start, lo), min(left, hi))
    after = (max(right, lo), min(end, hi))
    return before if before[1] - before[0] >= after[1] - after[0] else after


def contrasted(doc: ParsedDoc, q: Quote, words: StanceWords) -> list[Quote]:
    """Nested quotes for the propositions an asserted indirect or direct quote negates beside
    what it asserts: "X said the fire was caused by a cable, and not by sabotage" holds "not by
    sabotage", negated; "X said that A and that B was not so" holds "that B was not so"; “It
    was not a strike, it was a failed launch” holds “It was not a strike”. Each is a quote of
    its own (the same speaker and cue) nested in ``q``, so that the denial is recorded as one
    while ``q`` keeps what is asserted. A hedged quote holds them too ("most likely caused by a
    cable, and not by sabotage"): the hedge is on what it asserts, not on what it negates."""
    if q.stance not in ("asserted", "uncertain") or q.kind not in ("indirect", "direct"):
        return []
    head = span_head(doc, q.content.start, q.content.end)
    if head is None or (q.stance == "uncertain" and not hedged(head, words)) or _infinitive(head):
        return []  # an infinitive asked for ("called on X to show it does not ...") asserts nothing
    out: list[Quote] = []
    span = doc.span_chars(q.content.start, q.content.end)
    phrases = negated_phrases(head, doc.tokens_in(span), words) if span is not None else []
    for conj in dict.fromkeys(negated_conjuncts(head, words) + phrases + negated_juxtaposed(head, words)):
        last = conj.right_edge
        nested = _nested(doc, q, conj.left_edge.idx, last.idx + len(last.text), "negated")
        if nested is not None:
            out.append(nested)
    for conj in falsified_conjuncts(head, words):  # "the video is old and the number is invented"
        nested = _nested(doc, q, conj.left_edge.idx, conj.right_edge.idx + len(conj.right_edge.text), "denied")
        if nested is not None:
            out.append(nested)
    return out


def split_asserted(doc: ParsedDoc, q: Quote, words: StanceWords,
                   speech: frozenset[str] = frozenset()) -> tuple[Quote, list[Quote]]:
    """A negated quote that also asserts, in a complement of its own: "X said that no civilians
    were harmed and that the strike hit a meeting" is asserted as a whole, with "no civilians were
    harmed" nested as negated (the mirror of :func:`contrasted`), so that the denial is recorded
    as one and what is asserted is not."""
    if q.stance != "negated" or q.kind not in ("indirect", "direct"):
        return q, []
    head = span_head(doc, q.content.start, q.content.end)
    if head is None:
        return q, []
    head = _reported(head, words, speech)
    conjs = [c for c in asserted_conjuncts(head, words) if q.content.start <= c.left_edge.idx < q.content.end]
    if not conjs:
        return q, []
    last = doc.doc[min(c.left_edge.i for c in conjs) - 1]
    while last.i > head.left_edge.i and (last.dep_ == "cc" or last.is_punct):
        last = doc.doc[last.i - 1]
    nested = _nested(doc, q, head.left_edge.idx, last.idx + len(last.text), "negated")
    return (q.replace(stance="asserted"), [nested]) if nested is not None else (q, [])
