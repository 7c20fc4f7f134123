"""Attributions found by cue words: a cue verb with its speaker and content clause ("X said
that …", "X accused Y of …", "It is necessary, X underlined, to …") and cue phrases
("according to X, …")."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from ...nlp import ParsedDoc
from ...nlp.count_appositions import counted_apposition
from ...nlp.syntax import (
    SUBJECT_DEPS,
    has_to,
    is_passive,
    semicolon_between,
    subject_conjunct,
    text_length,
    without_intensive,
)
from ...records import ActorLayer
from .claim_nouns import claim_apposition, claim_commas
from .comma_speakers import speaker_after_quotation
from .extent import (
    adverbial_mark,
    head_clause,
    misattached_tail,
    one_side,
    right_extent,
    semicolon_cue_cut,
    sentence_start,
)
from .hung_contents import clauses_past_of_phrase
from .hung_subjects import name_before_apposition, reporting_clause_subject
from .impersonal_it import impersonal_it, impersonal_it_noun
from .inversions import inverted_attribution, issued_range
from .misparse import (
    apposed_speaker,
    colon_label,
    comma_between,
    compound_read_as_cue,
    infinitive_conjunct_head,
    inverted_object,
    misattached_subject,
    noun_cue_subject,
    noun_read_as_cue,
    noun_read_as_verb,
    particle_cue_subject,
    perfect_subject,
    plural_noun_cue,
    prepositional_subject,
    reduced_relative_subject,
    relayed_clause,
    root_noun_participle,
    subordinated_subjects,
    verb_read_as_noun,
)
from .other_senses import other_sense
from .phrases import idiom_entry, phrase_attributions, speaker_range
from .types import (
    COMPLEMENTIZERS,
    CUE_LEFT_DEPS,
    DATELINE,
    INHERIT_DEPS,
    LEADING_JUNK,
    OBJECT_DEPS,
    QUOTE_GLYPHS,
    TRAILING_CONJ,
    TRAILING_JUNK,
    WH_WORDS,
    Attribution,
    CueEntry,
    CueLexicon,
    Thresholds,
)


def _hull(tokens: Iterable[Token]) -> tuple[int, int] | None:
    lo = hi = None
    for t in tokens:
        a = t.left_edge.idx
        r = t.right_edge
        b = r.idx + len(r.text)
        lo = a if lo is None else min(lo, a)
        hi = b if hi is None else max(hi, b)
    return None if lo is None or hi is None else (lo, hi)


def _wh_clause(tok: Token) -> bool:
    """An adverbial clause that is really an indirect question: "said when they would …"."""
    first = tok.left_edge
    return first.lower_ in WH_WORDS and first.i < tok.i


def _is_infinitive(tok: Token) -> bool:
    return tok.tag_ == "VB" and has_to(tok)


def _object_controller(inf: Token) -> Token | None:
    """The object that is the subject of an infinitive it comes before ("urged Kenya to say ...",
    "called on the people of Europe to show ..."): the verb's direct object, or the object of its
    particle "on"."""
    if inf.dep_ not in ("xcomp", "advcl") or not _is_infinitive(inf) or inf.head.i == inf.i:
        return None
    verb = inf.head
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.i < inf.i]
    objs += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i < inf.i
             for o in c.children if o.dep_ == "pobj"]
    return objs[0] if objs else None


def hung_on_content(v: Token) -> bool:
    """A participle after a comma that the parser hung on the content clause of another cue
    ("X denied that the strike came from its jets, claiming that ..."): it is X's, like the cue
    whose content it closes."""
    return (v.tag_ == "VBG" and v.dep_ == "advcl" and _after_comma(v)
            and _content_clause(v.head) is not None and not any(c.dep_ in SUBJECT_DEPS for c in v.children))


def _after_comma(v: Token) -> bool:
    """A comma right before ``v``, or a comma and a closing quotation mark ("… on gender,” calling it")."""
    doc, i = v.doc, v.i - 1
    if i >= 0 and doc[i].text in QUOTE_GLYPHS:
        i -= 1
    return i >= 0 and doc[i].text == ","


def _content_clause(verb: Token) -> Token | None:
    """The outermost complement clause ``verb`` belongs to ("that the toll will rise as bodies
    remain"), climbing through complement and adverbial clauses and conjuncts; None outside one."""
    h, found = verb, None
    for _ in range(5):
        if h.dep_ not in ("ccomp", "advcl", "conj") or h.head.i == h.i:
            break
        if h.dep_ == "ccomp":
            found = h
        h = h.head
    return found


def _parted_subject(v: Token, spk: tuple[int, int, int] | None) -> Token | None:
    """A subject the parser gave an inverted parenthetical cue besides its speaker after it,
    before it and parted from it by a comma: the subject of the clause the cue interrupts ("The
    decision, said the minister, was final"; not a dateline before "The ministry says ...")."""
    if spk is None or spk[2] < v.idx:
        return None
    return next((c for c in v.children if c.dep_ in SUBJECT_DEPS and c.i < v.i and c.idx != spk[2]
                 and comma_between(c, v)), None)


def _second_verb_of(v: Token, lex: CueLexicon) -> Token | None:
    """The cue whose second verb ``v`` is, when the parser coordinated ``v`` (with no subject of
    its own) with the verb of that cue's content clause instead of with the cue: the content's
    subject would speak otherwise. The parse is read as a misparse when
    - the content's verb is a copula before ``v``, in the cue's tense ("X told TV the site was “a
      den” and accused the militia of ..."), or
    - ``v`` is in the cue's tense and not in that of the content's verb ("X said 40 people had died
      and warned that ...", "X says 50 people have died, and warns ..."), or
    - the content's subject is a count of people to whom something happened, with no object ("X
      told reporters that 40 people had died and accused Rwanda of ...", "X said 12 soldiers were
      killed and denied ...").
    None for any other conjunct ("X said the gunmen fired first and accused ...", "X said 40
    rebels entered the town and told them to leave")."""
    if v.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in v.children):
        return None
    clause = _content_clause(v.head)
    if clause is None:
        return None
    outer, head = clause.head, v.head
    if head.dep_ == "ccomp" and head.lemma_ == "be" and head.i < v.i and head.head.pos_ == "VERB" \
            and head.head.tag_ == v.tag_ and head.head.i < head.i:
        return head.head
    if v.tag_.startswith("VB") and v.tag_ == outer.tag_ and head.tag_ != v.tag_:
        return outer
    first = subject_conjunct(v)
    if first.dep_ != "ccomp" or first.head.i == first.i or first.head.lemma_.lower() not in lex.verbs \
            or any(c.dep_ == "dobj" for c in first.children):
        return None
    counted = any(c.dep_ in SUBJECT_DEPS and any(g.dep_ == "nummod" or g.like_num for g in c.children)
                  for c in first.children)
    return outer if counted else None


def _find_speaker(v: Token, lex: CueLexicon) -> tuple[int, int, int] | None:
    """The source of cue verb ``v``: its subject, the agent of a passive, or an inherited subject."""
    clause = _content_clause(v.head) if hung_on_content(v) else None
    h = clause.head if clause is not None else (_second_verb_of(v, lex) or infinitive_conjunct_head(v) or v)
    first = h  # the cue itself, or the cue whose second verb it is: its own misparses are read
    conjunct = False  # the last step up was from a conjunct
    for _ in range(6):
        passive = any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in h.children)
        # a participle or conjunct of a passive clause is said by its subject ("He was released
        # on Monday, saying he was beaten"); a conjunct shares the subject, not the agent
        # ("Officials were angered by the deal and predicted ...": the officials)
        held = next((c for c in h.children if c.dep_ == "nsubjpass"), None) if h.i != v.i else None
        if held is not None and conjunct:
            return speaker_range(held) if held.lower_ != "it" else None
        # the agent of a passive or of a participle with no subject ("..., reported by the ministry");
        # a "by" phrase on an active verb with a subject is a means the parser took for an agent
        # ("A resident said by phone that ...": the resident)
        active = not passive and any(c.dep_ in SUBJECT_DEPS for c in h.children)
        for c in h.children:
            if c.dep_ == "agent" and not active:
                for g in c.children:
                    if g.dep_ == "pobj":
                        return speaker_range(g)
        if passive:
            # "it was reported that …": no source; but "he's predicted big wins" has 's for has
            held = held if held is not None else perfect_subject(h)
            return speaker_range(held) if held is not None and held.lower_ != "it" else None
        subjects = subordinated_subjects(without_intensive(
            [c for c in h.children if c.dep_ in SUBJECT_DEPS and not prepositional_subject(c) and not colon_label(c)]))
        if subjects:
            # the nearest, and of two as near the one no comma parts from the verb: "X, Imam
            # Khamenei said, …"; "The decision, said the minister, was final"
            c = name_before_apposition(subjects) or min(subjects, key=lambda t: (abs(t.i - h.i), comma_between(t, h)))
            apposed_count = counted_apposition(h) if h.i == v.i else None  # "…, killing 30 people, an official said"
            return _subject_range(apposed_count if apposed_count is not None else c, h, v, lex)
        misread = (inverted_object(h, lex.base_form_pasts) or misattached_subject(h) or noun_read_as_verb(h)
                   or noun_cue_subject(h, lex.medium_nouns) or compound_read_as_cue(h)
                   or particle_cue_subject(h, lex.particles)
                   or reduced_relative_subject(h) or reporting_clause_subject(h) or root_noun_participle(h)
                   or speaker_after_quotation(h)) \
            if h.i in (v.i, first.i) else None
        if misread is not None:
            return issued_range(h, misread, lex.issuer_preps, lex.medium_nouns)
        apposed = apposed_speaker(h) if h.i == v.i else None
        if apposed is not None:
            return apposed
        modified = _modified_noun(h)
        if modified is not None:  # "a news conference to announce ...": held by someone unnamed
            return None if _unheld(h, modified, v, lex) else speaker_range(modified)
        controller = _object_controller(h) or (verb_read_as_noun(h) if conjunct else None)
        if controller is not None:  # "called on the people to show that ...": the people would show it
            return speaker_range(controller)
        if h.dep_ in INHERIT_DEPS and h.head != h:
            conjunct = h.dep_ == "conj"
            h = subject_conjunct(h)  # "Y denounced ... and said": Y, however the parser hung "said"
            if h.dep_ == "prep" and h.head != h:  # "… by telling them that …"
                h = h.head
            continue
        return None
    return None


def _subject_range(c: Token, h: Token, v: Token, lex: CueLexicon) -> tuple[int, int, int] | None:
    """The speaker span of subject ``c`` of ``h``; None for an impersonal "it" ("It's easy to see why ...")."""
    return None if impersonal_it(c, h, v, lex.impersonal_it_predicates) else speaker_range(c)


def _unheld(h: Token, modified: Token, v: Token, lex: CueLexicon) -> bool:
    """The noun an infinitive cue modifies holds no speaker: a medium ("a news conference to announce
    ...") or the noun of an impersonal frame ("It's one thing to say ...")."""
    return (_is_infinitive(h) and modified.lemma_.lower() in lex.medium_nouns) \
        or impersonal_it_noun(modified, v, lex.impersonal_it_predicates)


def _modified_noun(h: Token) -> Token | None:
    """The noun a cue verb modifies and that says what it says: the antecedent of a relative
    clause ("officials, who said ..."), or the subject noun a participle of saying is set on ("A
    post by a militia page, claiming that ..., cites no source": the post; a document an issuing
    verb takes, "X released a statement saying ...", is its issuer's, read by the chain)."""
    if h.dep_ == "relcl" and h.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return h.head
    if h.dep_ == "acl" and h.tag_ == "VBG" and h.head.pos_ in ("NOUN", "PROPN") and h.head.i < h.i \
            and (h.head.dep_ in ("nsubj", "nsubjpass", "ROOT") or _passive_agent_noun(h.head)):
        return h.head
    return None


def _passive_agent_noun(noun: Token) -> bool:
    """The noun of a passive's "by" phrase ("a clip posted by accounts claiming to show ...",
    "a video shared by users saying ..."): the doer, who says what its participle says."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "agent"


def _cue_range(v: Token, right_i: int) -> tuple[int, int]:
    doc = v.doc
    left = v.i
    lefts = {c.i for c in v.children if c.dep_ in CUE_LEFT_DEPS and c.i < v.i}
    while left - 1 in lefts:
        left -= 1
    return doc[left].idx, doc[right_i].idx + len(doc[right_i].text)


@dataclass
class _Complements:
    """The children of a cue verb that may hold its content."""

    right_i: int  # index of the cue's last token (its particle, if any)
    particle: Token | None
    ccomps: list[Token]
    objs: list[Token]
    infinitives: list[Token]
    preps: list[Token]


def _complements(v: Token, entry: CueEntry, lex: CueLexicon) -> _Complements:
    particles = lex.particles.get(entry.lemma, frozenset())
    right_i = v.i
    particle: Token | None = None
    for c in v.rights:
        if c.i == right_i + 1 and c.dep_ in ("prt", "prep") and c.lower_ in particles:
            right_i = c.i
            particle = c
            break
    children = list(v.children)
    ccomps = [c for c in children if c.dep_ == "ccomp" or (c.dep_ == "advcl" and c.i > v.i and _wh_clause(c))
              or (c.dep_ == "relcl" and v.tag_ == "NNS" and c.i > v.i)]  # "A post claims 300 were killed"
    # a gerund complement is what is said ("denied having fighters there", "admitted killing two")
    objs = [c for c in children if (c.dep_ in OBJECT_DEPS or (c.dep_ == "xcomp" and c.tag_ == "VBG")) and c.i > v.i
            and not _agentless_state(v, c)]
    if particle is not None and particle.dep_ == "prep":
        objs += [g for g in particle.children if g.dep_ in ("pobj", "pcomp")]
    infinitives = [
        c for c in children if c.dep_ in ("xcomp", "advcl", "ccomp") and c.i > v.i and _is_infinitive(c)
    ]
    preps = [c for c in children if c.dep_ == "prep" and c != particle and c.lower_ in lex.preps and c.i > v.i]
    # a clause before the cue and a semicolon is another clause's ("Kyiv says 40 died; Moscow says ...")
    ccomps = [c for c in ccomps if not adverbial_mark(c) and not (c.i < v.i and semicolon_between(c, v))] \
        or _medium_clauses(v, lex)
    ccomps = [x for c in ccomps for x in relayed_clause(c, lex.relay_verbs)]  # "N said A, W reported": A
    return _Complements(right_i, particle, ccomps, objs, infinitives, preps)


def _agentless_state(v: Token, c: Token) -> bool:
    """An adjective an agentless passive cue gives its subject ("six people have been confirmed dead",
    "were declared missing"): the state of the subject, nothing said by anyone."""
    return c.dep_ == "oprd" and c.pos_ == "ADJ" and is_passive(v) and not any(a.dep_ == "agent" for a in v.children)


def _medium_clauses(v: Token, lex: CueLexicon) -> list[Token]:
    """A content clause the parser hung on the medium of the saying: "X said in a statement
    that ...", "X said in a post on X that ...", "X told a briefing that ..." (a clause opened by
    a complementizer on a ``medium_nouns`` noun of a phrase after the cue, or its object; not a
    relative clause, whose "that" is its subject or object: "in a statement that was read on
    television")."""
    nouns = [g for c in v.rights if c.dep_ == "prep" for g in c.children
             if g.dep_ == "pobj" and g.lemma_.lower() in lex.medium_nouns]
    nouns += [x for g in nouns for c in g.children if c.dep_ == "prep" for x in c.children if x.dep_ == "pobj"]
    nouns += [c for c in v.rights if c.dep_ == "dobj" and c.lemma_.lower() in lex.medium_nouns]
    hung = [c for g in nouns for c in g.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > g.i
            and any(m.dep_ == "mark" and m.lower_ in COMPLEMENTIZERS for m in c.children)]
    return list(dict.fromkeys(hung + clauses_past_of_phrase(v)))  # "on condition of anonymity that ..."


def _choose_content(v: Token, frames: frozenset[str], cx: _Complements) -> tuple[list[Token], bool]:
    """The complements that make the content, and whether the content is a clause (no run-on
    over later complements)."""
    objs, infinitives = cx.objs, cx.infinitives
    if "clause" in frames and cx.ccomps and not all(_is_infinitive(c) for c in cx.ccomps):
        chosen = one_side(v, cx.ccomps)
        if all(c.i < v.i for c in chosen) and infinitives:
            chosen = chosen + infinitives  # "It is necessary, X underlined, to …"
        return chosen, True
    if "object_infinitive" in frames and objs and (
        infinitives
        or any(_is_infinitive(t) for o in objs for t in o.subtree if t.dep_ in ("acl", "relcl", "xcomp"))
    ):
        return objs + infinitives, False
    if "object_prep" in frames and objs and cx.preps:
        return objs + cx.preps, False
    if "infinitive" in frames and infinitives:
        return infinitives, False
    if "object" in frames and objs:
        return objs, False
    return [], False


def _verb_attribution(v: Token, entry: CueEntry, lex: CueLexicon) -> Attribution:
    cx = _complements(v, entry, lex)
    chosen, clause_mode = _choose_content(v, entry.frames, cx)
    att = Attribution(None, None, entry.lemma, entry.confidence, entry.speech)
    att.cue_start, att.cue_end = _cue_range(v, cx.right_i)
    spk = None if _addressed(v) else _find_speaker(v, lex)
    if spk is not None:
        att.speaker_start, att.speaker_end, att.speaker_head = spk
    if chosen:
        hull = _hull(chosen)
        if hull is not None:
            end = hull[1] if clause_mode else max(hull[1], right_extent(v, chosen, lex))
            start = hull[0]
            if clause_mode and all(c.i < v.i for c in chosen):
                start = min(start, sentence_start(v))  # "X, but Y, the source added."
                end = max(end, misattached_tail(v, chosen))
            end = min(end, _conj_cue_cut(chosen, lex), semicolon_cue_cut(v, chosen, lex))
            if not clause_mode:  # "condemned the attack, which killed 40": the aside is the writer's
                end = min([end, *(_aside(o) for o in chosen)])
            att.content_start, att.content_end = start, end
    elif "clause" in entry.frames or claim_apposition(v, lex) is not None:
        # a verb of an object only takes the clause its claim noun stands for, the noun being its
        # object ("…, a claim the office dismissed as a lie", "…, an account the army disputed")
        hull2 = head_clause(v, lex)
        if hull2 is not None and (entry.speech or not hull2[0] <= v.idx < hull2[1]):
            att.content_start, att.content_end = hull2
    if chosen and att.content_start is not None and att.content_end is not None:
        one_side = all(c.i < v.i for c in chosen) or all(c.i > v.i for c in chosen)
        if one_side and att.content_start <= v.idx < att.content_end:
            att.content_start = att.content_end = None  # a content holding its own cue: a misparse
    lead = _parted_subject(v, spk)
    if lead is not None and (clause_mode or not chosen) and att.content_start is not None \
            and att.content_start > v.idx:
        att.content_start = lead.left_edge.idx  # "The decision, said the minister, was final"
    _count_before_speaker(v, att)
    return att


def _count_before_speaker(v: Token, att: Attribution) -> None:
    """"..., killing at least 30 people, an official said": the count the parser made the
    speaker's head belongs to what is said, up to the comma before the speaker."""
    apposed = counted_apposition(v)
    if apposed is None or att.content_start is None or att.content_end is None or att.speaker_start is None:
        return
    comma = v.doc[apposed.left_edge.i - 1]
    if att.speaker_start > comma.idx >= att.content_end:
        att.content_end = comma.idx


def _aside(obj: Token) -> int:
    """Where a non-restrictive relative clause on an object opens (its comma: "the attack,
    which killed 40"), or the end of the text when it has none."""
    doc = obj.doc
    for c in obj.rights:
        first = c.left_edge
        if c.dep_ == "relcl" and first.i > 0 and doc[first.i - 1].text == "," and first.tag_ in ("WDT", "WP", "WP$"):
            return doc[first.i - 1].idx
    return text_length(doc)


def _addressed(v: Token) -> bool:
    """A bare past participle opening an adverbial clause ("Asked whether the army was
    responsible, the minister said ...", "When pressed on the toll, ..."): the main clause's
    subject was spoken to, and who spoke is not named; unless a "by" phrase names who did ("Asked
    by a reporter whether ...", "As reported by Al Jazeera, ...": the reporter, Al Jazeera)."""
    return (v.tag_ == "VBN" and v.dep_ == "advcl"
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass", "nsubjpass", "agent")
                        for c in v.children))


def _conj_cue_cut(chosen: list[Token], lex: CueLexicon) -> int:
    """Where a content clause stops before a coordinated cue of its own: in "X says Y promised
    Z and said W", the first content ends before "and said"; in "X denied that Y, claiming W",
    before ", claiming"; in "X says it holds the town, but according to Y, fighting goes on",
    before ", but according to Y" (a conjunct with a source phrase of its own)."""
    cut = 1 << 62
    for c in chosen:
        for g in c.rights:
            sourced = g.dep_ == "conj" and any(x.dep_ == "prep" and x.i < g.i and x.lower_ in lex.phrase_firsts
                                               for x in g.children)
            entry = lex.verbs.get(g.lemma_.lower())
            if not sourced and (entry is None or not entry.speech or not (g.dep_ == "conj" or hung_on_content(g))):
                continue
            if not sourced and any(x.dep_ in SUBJECT_DEPS for x in g.children):
                continue
            i = g.left_edge.i - 1
            doc = g.doc
            while i > c.left_edge.i and (doc[i].dep_ == "cc" or doc[i].is_punct):
                i -= 1
            cut = min(cut, doc[i].idx + len(doc[i].text))
    return cut


def _candidate_tokens(doc: Doc, lex: CueLexicon) -> list[int]:
    """Indices of the tokens that may start a cue, found over the token arrays (no Token objects)."""
    strings = doc.vocab.strings
    lemmas = {strings[form] for w in [*lex.verbs, *lex.idioms] for form in (w, w.capitalize(), w.upper())}
    lowers = {strings[w] for w in lex.forms} | {strings[p[0]] for p in lex.phrases}
    arr = doc.to_array([LEMMA, LOWER])
    return [
        i for i, (lemma, lower) in enumerate(arr.tolist()) if lemma in lemmas or lower in lowers
    ]


def place_tokens(pd: ParsedDoc, actors: ActorLayer) -> frozenset[int]:
    """Tokens of the names of towns and regions: mentions of a place within a country (actor
    type ``country``) and place entities (GPE) that name no actor the dictionary knows (every
    country is in it)."""
    named = {m.start: m for m in actors.mentions}
    out: set[int] = set()
    for m in actors.mentions:
        a = actors.actor(m.actor_id) if m.actor_id else None
        if a is not None and a.type == "country":
            found = pd.token_range(m.start, m.end)
            out.update(range(*found) if found else ())
    for ent in pd.entities:
        m = named.get(ent.start_char)
        if ent.label_ == "GPE" and (m is None or m.actor_id is None):
            out.update(t.i for t in ent)
    return frozenset(out)


def actor_heads(pd: ParsedDoc, actors: ActorLayer, documents: Collection[str] = ()) -> frozenset[int]:
    """The head tokens of the article's actor mentions (persons, bodies, groups), and of the
    nouns for documents that state things on their issuer's behalf (``documents``: "records",
    "figures"): what a verb of citing names as a source."""
    out: set[int] = {t.i for t in pd.tokens if t.pos_ == "NOUN" and t.lemma_.lower() in documents}
    for m in actors.mentions:
        span = pd.span_chars(m.start, m.end)
        if span is not None and len(span):
            out.add(span.root.i)
    return frozenset(out)


def _cites_source(v: Token, lex: CueLexicon, speakers: frozenset[int]) -> bool:
    """A verb of citing whose object is a speaker or a document: "citing the ministry", "quoting
    officials", "citing hospital records" name where words come from; "citing security concerns"
    still cites what was said, and so does "quoted a report that the ship sank" (the document's
    own clause is what is said)."""
    return v.lemma_.lower() in lex.source_verbs and any(
        c.dep_ == "dobj" and c.i in speakers
        and not any(g.dep_ in ("acl", "ccomp") and g.pos_ in ("VERB", "AUX") for g in c.children)
        for c in v.children)


def find_attributions(pd: ParsedDoc, lex: CueLexicon, th: Thresholds,
                      places: frozenset[int] = frozenset(),
                      speakers: frozenset[int] = frozenset()) -> list[Attribution]:
    """Attributions cued by a verb or a phrase, in cue order, their contents trimmed
    (``places``: the tokens of town and region names, see :func:`place_tokens`; ``speakers``:
    the head tokens of actor mentions, see :func:`actor_heads`)."""
    out: list[Attribution] = []
    doc = pd.doc
    phrase_starts: list[Token] = []
    for i in _candidate_tokens(doc, lex):
        tok = doc[i]
        if tok.lower_ in lex.phrase_firsts:
            phrase_starts.append(tok)
        if not tok.tag_.startswith("VB") and not plural_noun_cue(tok) and not noun_read_as_cue(tok) \
                and noun_cue_subject(tok, lex.medium_nouns) is None \
                and compound_read_as_cue(tok) is None:  # "A video claims that ...", "Media report that ..."
            continue
        entry = lex.verbs.get(tok.lemma_.lower()) or lex.verbs.get(lex.forms.get(tok.lower_, "")) \
            or idiom_entry(tok, lex)
        if entry is None or other_sense(tok, lex, places) or _cites_source(tok, lex, speakers):
            continue
        out.append(inverted_attribution(tok, entry, speakers, lex.no_object) or _verb_attribution(tok, entry, lex))
    out.extend(phrase_attributions(phrase_starts, lex, th.phrase))
    text = pd.text
    claims = claim_commas(pd.tokens, lex)
    for att in out:
        if att.has_content:
            # "…, a claim the group denied" is no part of what the clause's own speaker said
            cut = [k for k in claims if att.content_start < k < att.content_end]  # type: ignore[operator]
            if cut and (att.cue_start is None or not min(cut) < att.cue_start < att.content_end):  # type: ignore[operator]
                att.content_end = min(cut)
                inside = [x for x in (att.speaker_start, att.cue_start)
                          if x is not None and att.content_start < x < att.content_end]  # type: ignore[operator]
                if inside:  # "A, the navy said, a claim …": the content ends before its speaker
                    att.content_end = min(inside)
            trimmed = trim(text, att.content_start, att.content_end)  # type: ignore[arg-type]
            if trimmed is None:
                att.content_start = att.content_end = None
            else:
                att.content_start, att.content_end = trimmed
    out.sort(key=lambda a: a.cue_start or 0)
    return out


def trim(text: str, a: int, b: int) -> tuple[int, int] | None:
    """[a, b) without a dateline, surrounding punctuation and a trailing conjunction."""
    m = DATELINE.match(text, a, b)
    if m is not None:
        a = m.end()
    while a < b and text[a] in LEADING_JUNK:
        a += 1
    while b > a:
        while b > a and text[b - 1] in TRAILING_JUNK:
            b -= 1
        m = TRAILING_CONJ.search(text, a, b)
        if m is None:
            break
        b = m.start()
    return (a, b) if b > a else None

