"""Frames: the wrapper, speech and modal context that governs an event's clause."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.clause_modes import inverted_condition, possibility_adverb, question_mark
from ...nlp.headlines import infinitive_future
from ...nlp.stance import negated as clause_negated
from ...nlp.syntax import has_to, is_passive, is_verb, time_split_infinitive
from ...nlp.tree import children
from .arguments import arg
from .coerce_real_deontic import coerce_real_deontic, coerce_real_holder
from .future_clauses import future_time_clause
from .noun_roles import noun_owner
from .predicates import addressee, subject_arg, to_clause, wrapper_of
from .ranked import ranked_copula
from .roles import acting_subject, headline_infinitive, source_token
from .speaker_roles import ccomp_ok, speaker_arg
from .tokens import first_child, form_in, lemma_of, prep_objects
from .types import Context, Frame


def frame_of(ctx: Context, clause: Token) -> Frame:
    """Modal, wrapper and speech context of the clause headed by ``clause``."""
    fr = Frame()
    cur = clause
    first = True
    shared = False  # reached through coordination: the head's auxiliaries apply too
    for _ in range(8):
        if shared:
            was_negated = fr.negated
            modals(ctx, cur, fr, True)
            fr.negated = was_negated  # "could reverse or decline": the modal is shared, "not" is not
        else:
            modals(ctx, cur, fr, first)
        first = False
        head = cur.head
        if head.i == cur.i:
            break
        if cur.dep_ == "conj" and is_verb(head):
            shared = (cur.i == clause.i or shared) and not any(c.dep_ in ("aux", "auxpass") for c in cur.children)
            cur = head
            continue
        shared = False
        nxt = _climb(ctx, cur, fr)
        if nxt is None:
            break
        cur = nxt
    return fr


def _climb(ctx: Context, cur: Token, fr: Frame) -> Token | None:
    """Read what governs ``cur`` into ``fr``; the token to go on from, or None to stop."""
    head = cur.head
    shared = _shared_frame(ctx, cur, fr)
    if shared is not None:
        return shared
    dep = "xcomp" if _adjunct_complement(ctx, cur, head, fr) else cur.dep_
    if dep == "relcl" and has_to(cur) and first_child(cur, "nsubj", "nsubjpass") is None:
        dep = "acl"  # "gave X an undertaking to release ...": an infinitive the parser took for a relative clause
    if _set_aside(ctx, cur, dep, fr):
        return None
    if dep == "advcl" and (_for_clause(ctx, cur, fr) or _light_appeal(ctx, cur, head, fr)):
        return head
    if dep == "advcl":
        _adverbial(ctx, cur, fr)
        return None
    if dep in ("acl", "ccomp") and fr.wrapper is None and head.pos_ == "NOUN":
        k = form_in(head, ctx.lex.wrapper_nouns)
        if k is not None and (ctx.lex.wrapper_nouns[k].kind != "intent" or _own_intent(head)):
            # "reiterated its demand that Israel ease ...", "a call to ...", "expressed its readiness to ..."
            _noun_wrapper(ctx, fr, head, cur, k)
            verb = head.head
            return verb if is_verb(verb) and head.dep_ in ("dobj", "nsubjpass") else None
    if headline_infinitive(cur):
        fr.future = True  # "Japan's PM to visit India": the headline's plan
        return None
    if dep == "pcomp" and _speech_to(ctx, cur) and fr.speaker is None and fr.wrapper is None:
        fr.speaker_token = head.head  # "admitted to carrying out the ambush": what is admitted
        fr.speaker = speaker_arg(ctx, head.head)
        return head.head
    if dep in ("relcl", "acl", "pcomp", "csubj", "amod", "nsubj", "dobj", "pobj", "prep", "appos", "attr"):
        fr.main = False
        return None
    if dep == "ccomp" and fr.wrapper is None and is_verb(head):
        dobj = first_child(head, "dobj")
        k = form_in(dobj, ctx.lex.wrapper_nouns) if dobj is not None and dobj.pos_ == "NOUN" else None
        if k is not None and dobj is not None:  # the parser hung the "that" clause on the verb, not on "demand"
            _noun_wrapper(ctx, fr, dobj, cur, k)
            return head
    if dep in ("xcomp", "ccomp"):
        if question_mark(cur, ctx.lex.question_marks):
            fr.hypothetical = True  # "asked whether the army attacked": a question, not told done
        return _complement_head(ctx, cur, dep, fr)
    return None


def _light_appeal(ctx: Context, cur: Token, head: Token, fr: Frame) -> bool:
    """An appeal noun whose infinitive the parser hung on the light verb that carries it (i16-types55): "made an
    appeal to the authorities on Friday to release them" is the appeal's content, not the purpose of making it.
    When the light verb's (one of ``light_verbs``) direct object is one of the appeal or demand ``wrapper_nouns``,
    read it into ``fr`` as the clause's wrapper and say so."""
    if fr.wrapper is not None or not has_to(cur) or not is_verb(head) or form_in(head, ctx.lex.light_verbs) is None:
        return False
    obj = first_child(head, "dobj")
    k = form_in(obj, ctx.lex.wrapper_nouns) if obj is not None and obj.pos_ == "NOUN" and obj.i < cur.i else None
    if obj is None or k is None or ctx.lex.wrapper_nouns[k].kind not in ("appeal", "demand"):
        return False
    _noun_wrapper(ctx, fr, obj, cur, k)
    return True


def _shared_frame(ctx: Context, cur: Token, fr: Frame) -> Token | None:
    """A clause told as the act of the verb above it, whose modals it takes (read into ``fr``): the
    infinitive of a ranked predicate ("Kenya was the first to condemn Y": the copula's, not a
    purpose; "will be the first to": to come) and a means after "by" ("urged X to respond by
    releasing ..."). The verb to go on from, or None."""
    holder = coerce_real_holder(ctx, cur)
    if holder is not None:
        return holder  # i16-coerce-real: "it is time for X to V": the obligation's holder is told, as a modal is
    copula = ranked_copula(ctx, cur)
    if copula is not None:
        was_negated = fr.negated
        modals(ctx, copula, fr, True)
        fr.negated = was_negated  # "was not the first to condemn Y": it condemned all the same
        return copula
    means = _means_of(cur)
    if means is None:
        means = helped_act_verb(ctx, cur)  # "will help release the prisoners": help's modals
    if means is not None:
        modals(ctx, means, fr, True)
    return means


def helped_act_verb(ctx: Context, cur: Token) -> Token | None:
    """The verb of ``helping_verbs`` whose complement ``cur`` is ("will help release the prisoners",
    "helped to rebuild the bridge"): the act is the helper's own doing, under the helper's modals,
    wrapper and speech (a promise to help is a promise of the act); None for any other clause."""
    head = cur.head
    if cur.dep_ != "xcomp" or cur.tag_ != "VB" or not is_verb(head) or form_in(head, ctx.lex.helping_verbs) is None:
        return None
    return head


def _means_of(cur: Token) -> Token | None:
    """The verb whose means a gerund after "by" tells ("responded by releasing the prisoners", "urged
    X to act by lifting the blockade"): the gerund's act is that verb's own doing, under the verb's
    modals, wrapper and speech, or None."""
    prep = cur.head
    if cur.dep_ != "pcomp" or cur.tag_ != "VBG" or prep.dep_ != "prep" or prep.lower_ != "by":
        return None
    verb = prep.head
    return verb if verb.i != prep.i and is_verb(verb) else None


def _adjunct_complement(ctx: Context, cur: Token, head: Token, fr: Frame) -> bool:
    """A clause the parser hung on its verb as an adjunct that completes it: "called on X to V"
    (a purpose clause after an addressee), "committed on Wednesday to conclude a deal" (a time
    phrase split the infinitive off), "ruled out recognising X" (the gerund is what is refused)."""
    if cur.dep_ != "advcl" or fr.wrapper is not None:
        return False
    purpose = to_clause(head)  # tokens are compared by position: spaCy makes a new object at each access
    if purpose is not None and purpose.i == cur.i and addressee(ctx, head) is not None:
        wr = wrapper_of(ctx, head)
        if wr is not None and wr.kind in ("appeal", "demand"):
            return True
    if time_split_infinitive(head, cur) and wrapper_of(ctx, head) is not None:
        return True
    return _gerund_complement(ctx, cur, head)


def _set_aside(ctx: Context, cur: Token, dep: str, fr: Frame) -> bool:
    """A clause told as a condition by inversion ("Had the army attacked the town, ...") or as what a
    thing made or got is for ("was building explosives to carry out attacks"): read into ``fr``."""
    if dep in ("advcl", "ccomp") and inverted_condition(cur, ctx.lex.inversion_aux):
        fr.hypothetical = True
    elif dep == "xcomp" and _procured_for(ctx, cur, cur.head):
        fr.purpose = fr.aimed = True
    else:
        return False
    fr.main = False
    return True


def _adverbial(ctx: Context, cur: Token, fr: Frame) -> None:
    """An adverbial clause: a condition ("if", "unless"), a purpose ("were making bombs to carry out
    attacks": to come; what a thing made or got is for, one of ``procurement_verbs``, is aimed at, not
    told done: hypothetical), or another subordinate clause."""
    mark = first_child(cur, "mark")
    if (mark is not None and lemma_of(mark) in ctx.lex.conditional_marks) or future_time_clause(ctx, cur):
        fr.hypothetical = True  # "if X attacks", "must agree before they disarm"
    elif cur.tag_ == "VB" and has_to(cur) and first_child(cur, "nsubj") is None:
        fr.purpose = True
        fr.aimed = _procuring(ctx, cur.head)
    fr.main = False


def _procured_for(ctx: Context, cur: Token, head: Token) -> bool:
    """An infinitive after the object of a verb of making or getting (``procurement_verbs``) is
    what the thing is for: "was building explosives to carry out attacks", "bought drones to
    strike the base" (not "used drones to strike", told done; not "urged X to")."""
    obj = first_child(head, "dobj")
    return cur.tag_ == "VB" and has_to(cur) and obj is not None and obj.i < cur.i \
        and _procuring(ctx, head) and first_child(cur, "nsubj") is None


def _procuring(ctx: Context, head: Token) -> bool:
    """A verb of making or getting things (``procurement_verbs``) or of hiring people (``hiring_verbs``)."""
    return lemma_of(head) in ctx.lex.procurement_verbs or lemma_of(head) in ctx.lex.hiring_verbs


def _for_clause(ctx: Context, cur: Token, fr: Frame) -> bool:
    """"called for Bolivia to hand over the suspect", "pressed for the army to leave": an infinitive
    with its own subject after "for", on a verb that asks for things (the appeal's ``for_verbs``),
    is what is asked, and its subject is whom it is asked of (read into ``fr``)."""
    head = cur.head
    mark = first_child(cur, "mark")
    subj = first_child(cur, "nsubj")
    wr = ctx.lex.wrappers.get("appeal")
    if wr is None or fr.wrapper is not None or fr.speaker is not None or mark is None or mark.lower_ != "for":
        return False
    if subj is None or not has_to(cur) or lemma_of(head) not in ctx.lex.for_verbs:
        return False
    fr.wrapper = wr
    fr.wrapper_token = head
    fr.wrapper_subject = acting_subject(ctx, head)
    fr.wrapper_negated = negated(ctx, head)
    fr.wrapper_modal = own_modals(ctx, head)
    fr.wrapper_addressee = arg(ctx, subj)
    return True


def _gerund_complement(ctx: Context, cur: Token, head: Token) -> bool:
    """A gerund right after a refusing, negating or promising verb (its particles apart), with no
    subordinator: "ruled out recognising Kosovo" (not "refused, saying ...")."""
    if cur.tag_ != "VBG" or first_child(cur, "mark") is not None or cur.i < head.i:
        return False
    if any(t.dep_ != "prt" or t.head.i != head.i for t in head.doc[head.i + 1:cur.i]):
        return False
    wr = wrapper_of(ctx, head)
    return wr is not None and wr.kind in ("reject", "negate", "intent", "threaten")


def _speech_to(ctx: Context, cur: Token) -> bool:
    """A gerund after "to" that is the complement of a speech verb ("admitted to carrying out",
    "confessed to planting the bomb"): told by the verb's subject, like "admitted carrying out"."""
    prep = cur.head
    return cur.tag_ == "VBG" and prep.dep_ == "prep" and prep.lower_ == "to" and prep.head.i != prep.i \
        and form_in(prep.head, ctx.lex.speech_verbs) is not None


def _own_intent(noun: Token) -> bool:
    """An intent noun tells the intent of the one who voices it ("expressed its readiness to"), not
    another's ("questioned South Korea's readiness to"): its owner, if any, is a pronoun, and no
    "of" phrase names another."""
    if noun.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "poss" for c in noun.children):
        return True  # "Japan's pledge to V was announced": the pledge told as a fact
    return all(c.pos_ == "PRON" for c in noun.children if c.dep_ == "poss") and not prep_objects(noun, "of")


def _noun_wrapper(ctx: Context, fr: Frame, noun: Token, clause: Token, key: str) -> None:
    """A wrapper noun over the clause: "its demand that Israel ease ...", "a call to ..."."""
    fr.wrapper = ctx.lex.wrapper_nouns[key]
    fr.wrapper_token = noun
    fr.wrapper_subject = noun_owner(ctx, noun)
    fr.wrapper_addressee = arg(ctx, first_child(clause, "nsubj", "nsubjpass"))


def _complement_head(ctx: Context, cur: Token, dep: str, fr: Frame) -> Token | None:
    """The head ``w`` of a complement clause: a wrapper adjective or verb, a speech verb, "going
    to"; the token to go on from, or None to stop."""
    w = cur.head
    if w.pos_ == "ADJ" and lemma_of(w) in ctx.lex.wrapper_adjectives and fr.wrapper is None:
        fr.wrapper = ctx.lex.wrapper_adjectives[lemma_of(w)]
        fr.wrapper_token = w
        verb = w.head if w.dep_ in ("acomp", "amod", "oprd") else w
        # (a headline's adjective heads its clause, the copula dropped: "Oman ready to host talks")
        fr.wrapper_subject = subject_arg(ctx, source_token(ctx, verb) if verb.i != w.i else first_child(w, "nsubj"))
        fr.wrapper_negated = negated(ctx, verb) or negated(ctx, w)
        fr.wrapper_modal = own_modals(ctx, verb)
        modals(ctx, verb, fr, False)
        return verb if verb.dep_ in ("ccomp", "xcomp", "conj") and verb.head.i != verb.i else None
    wr = wrapper_of(ctx, w) if fr.wrapper is None and fr.speaker is None else None
    if wr is not None and dep == "ccomp" and wr.kind != "negate" and not ccomp_ok(ctx, w, cur, wr):
        wr = None
    if wr is not None and wr.kind in ("appeal", "demand") and is_passive(w) and not prep_objects(w, "by"):
        wr = None
    if wr is not None:
        fr.wrapper = wr
        fr.wrapper_token = w
        fr.wrapper_subject = acting_subject(ctx, w)
        fr.wrapper_negated = negated(ctx, w)
        fr.wrapper_modal = own_modals(ctx, w)
        if wr.kind in ("appeal", "demand"):
            if dep == "ccomp":
                fr.wrapper_addressee = arg(ctx, first_child(cur, "nsubj", "nsubjpass"))
            else:
                fr.wrapper_addressee = arg(ctx, addressee(ctx, w))
        return w
    if form_in(w, ctx.lex.speech_verbs) and fr.speaker is None:
        fr.speaker_token = w
        fr.speaker = speaker_arg(ctx, w)
        return w
    if lemma_of(w) in ("go",) and dep == "xcomp":  # "is going to"
        fr.future = True
    elif (form_in(w, ctx.lex.schedule_words) or form_in(w, ctx.lex.likelihood_words)) and dep == "xcomp":
        fr.hypothetical = True  # "is due to visit Kenya", "are likely to find him guilty": not told done (nor promised)
    elif dep == "xcomp" and is_verb(w) and form_in(w, ctx.lex.desire_verbs):
        fr.hypothetical = True  # "the militants want to kill the governor": wished for, not told done
    return w


def negated(ctx: Context, v: Token) -> bool:
    """``v``'s clause is negated: a negator on the verb ("did not", "never"), or a negative
    subject, object or existential ("no passengers were killed", "nobody agreed", "there were no
    attacks": the shared grammar of :func:`newsledger.nlp.stance.negated`)."""
    return any(
        (c.dep_ == "neg" and not focus_follows(ctx, c))
        or (c.dep_ == "advmod" and c.text.lower() in ctx.lex.negators) for c in children(v)
    ) or clause_negated(v, ctx.data.stance)


def focus_follows(ctx: Context, neg: Token) -> bool:
    """"not only", "not just": the first half of a correlative ("not only X but also Y")."""
    nxt = neg.nbor(1) if neg.i + 1 < len(neg.doc) else None
    return nxt is not None and nxt.lower_ in ctx.lex.focus_after_negator


def own_modals(ctx: Context, v: Token) -> Frame:
    """The modal auxiliaries of a wrapper verb itself, as a frame of their own ("will ask X to
    ...", "would urge", "could demand": the request is to come, or may be)."""
    fr = Frame()
    modals(ctx, v, fr, True)
    return fr


def modals(ctx: Context, v: Token, fr: Frame, own: bool) -> None:
    """Negation and modal auxiliaries of ``v`` into ``fr`` (only for the clause's own verb:
    ``own``; a governing verb's modals are read as wrappers instead)."""
    if not own:
        return
    if negated(ctx, v):
        fr.negated = True
    if possibility_adverb(v, ctx.lex.possibility_adverbs):
        fr.hypothetical = True  # "the soldiers possibly shelled the hospital"
    if infinitive_future(v):
        fr.future = True  # a headline's "X to V": what X will do
    for c in children(v):
        low = c.text.lower()
        if c.dep_ not in ("aux", "auxpass"):
            continue
        if low in ctx.lex.future_aux or lemma_of(c) in ctx.lex.future_aux:
            fr.future = True
        elif low in ("would", "'d"):
            fr.would = True
        elif low in ctx.lex.hypothetical_aux:
            fr.hypothetical = True
        elif low in ("must",):
            fr.deontic = "demand"
        elif low in ("should", "ought"):
            subj = first_child(v, "nsubj", "nsubjpass")
            first = min(t.i for t in v.subtree)
            if low == "should" and ((subj is not None and c.i < subj.i) or (c.i == first and v.dep_ == "advcl")):
                fr.hypothetical = True  # "should the court strike them down": a condition
            else:
                fr.deontic = "appeal"
    if fr.deontic is None:
        fr.deontic = _phrasal_deontic(ctx, v)


def _phrasal_deontic(ctx: Context, v: Token) -> str | None:
    """The deontic kind of ``v`` told with no modal auxiliary: "has to", "needs to" (have/need with an xcomp
    to this verb), else an obligation told by a phrase ("has an obligation to", "it is time for X to";
    i16-coerce-real)."""
    h = v.head
    if v.dep_ == "xcomp" and lemma_of(h) in ("have", "need") and lemma_of(h) in ctx.lex.deontic:
        return "demand" if lemma_of(h) == "have" else "appeal"
    return coerce_real_deontic(ctx, v)
