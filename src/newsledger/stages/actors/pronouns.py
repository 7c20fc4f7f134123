"""Resolution in document order: the driver, pronouns and definite descriptions (anaphors).

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import conjunct_subject, has_to
from .descriptions import body_actor, body_noun, earlier_body, same_head
from .nominals import finish_compound
from .phrases import bare_definite, body_like, reported_subject, reporting_subject
from .placement import context_country, incident_country
from .possessed_bodies import anaphor_owner
from .state import ArticleState, recent, verb_subject
from .state_roles import own_force, story_land
from .tables import AnaphorEntry
from .titles import resolve_civilian, resolve_honorific, resolve_sector, resolve_title
from .types import CAT_SECTOR, Phrase


def resolve_description(state: ArticleState, m: Phrase, history: list[Phrase]) -> None:
    earlier = earlier_body(state, m, history)
    if earlier is not None:
        m.actor = earlier
        m.confidence = state.conf.plausible
        return
    forces = bool(set(m.sectors) & state.rules.force_sectors)  # "the army" may be anyone's
    if body_noun(state, m) and state.doc[m.head].lower_ not in state.rules.abroad_bodies and not forces:
        # "the foreign ministry said" with none named before: the body of the country the
        # sentence is about, else of the country in focus (not for an embassy: it is abroad)
        owner = anaphor_owner(state, m, history)  # "The country's foreign ministry accused France": not France's
        code = (state.reg.actors[owner.actor].country if owner is not None and owner.actor else None) \
            or context_country(state, m) or incident_country(state, m) or state.focus
        if code:
            m.actor = body_actor(state, m, code, None)
            m.confidence = state.conf.guess
            return
    fallback, m.fallback = m.fallback, ""
    if fallback:
        m.pending = fallback
        resolve_pending(state, m, history)
    else:
        m.actor = None
        m.confidence = state.conf.weak


def resolve_in_order(state: ArticleState) -> None:
    state.mentions.sort(key=lambda x: (x.start, -x.end))
    history: list[Phrase] = []
    for m in state.mentions:
        if m.pending:
            resolve_pending(state, m, history)
        if m.gender and m.actor and state.reg.kind_of(m.actor) == "person" and not spoken_pronoun(state, m):
            state.reg.gender.setdefault(m.actor, m.gender)
        history.append(m)
    for m in state.mentions:
        if m.pending == "compound":
            m.pending = ""
            finish_compound(state, m)


def resolve_pending(state: ArticleState, m: Phrase, history: list[Phrase]) -> None:
    kind = m.pending
    if kind == "compound":
        return
    m.pending = ""
    if kind == "pronoun":
        resolve_pronoun(state, m, history)
    elif kind == "anaphor":
        resolve_anaphor(state, m, history)
    elif kind == "title":
        resolve_title(state, m, history)
    elif kind == "honorific":
        resolve_honorific(state, m, history)
    elif kind == "civilian":
        resolve_civilian(state, m, history)
    elif kind == "sector":
        resolve_sector(state, m, history)
    elif kind == "description":
        resolve_description(state, m, history)


def resolve_pronoun(state: ArticleState, m: Phrase, history: list[Phrase]) -> None:
    r = state.rules
    window = r.pronoun_window
    bound = bound_antecedent(state, m)
    if bound is not None:
        m.actor = bound.actor
        m.confidence = state.conf.likely
        return
    if m.term in r.plural_pronouns:
        h = plural_antecedent(state, m, history)
        if h is not None:
            m.actor = h.actor
            m.confidence = state.conf.plausible if h.actor else state.conf.weak
        return
    if m.term in r.neuter_pronouns:
        if reporting_subject(state, state.doc[m.head]):  # "It said ...", never "it" in what is said
            resolve_neuter(state, m, history)
        return
    gender = "f" if m.term in r.female_pronouns or m.term == "her" else "m"
    m.gender = gender
    # the narrator's pronoun (outside quotation marks) takes no antecedent from inside them: a
    # person the quoted words name or call "he" is the quoted speaker's topic, not the speaker
    # ("“It is not clear whether he can win,” he said": not the man he talks of)
    local = clause_subject(state.doc[m.head])
    # ... nor the actor the subject names by another mention ("The U.S. envoy, Linda Thomas-Greenfield,
    # answered him": not her, whichever of the two phrases is met)
    subject = state.by_head.get(local) if local >= 0 else None
    local_actor = subject.actor if subject is not None else None
    spoken = spoken_pronoun(state, m)
    speakers = {h.actor for h in recent(history, m, window) if quote_speaker(state, h, m)} if spoken else set()
    for h in recent(history, m, window):
        if state.reg.kind_of(h.actor) != "person" or h.head == local or h.actor in speakers \
                or (local_actor is not None and h.actor == local_actor) \
                or in_controlled_adjunct(state.doc[h.head], state.doc[m.head]) \
                or (not spoken and state.in_speech(state.doc[h.head].idx)):
            continue
        known = state.reg.gender.get(h.actor or "")
        if known and known != gender:
            continue
        topic = None if spoken else subject_over(state, h, m, gender, history)
        if topic is not None:  # the subject of h's sentence goes on, not a person named inside it
            m.actor, m.confidence = topic.actor, state.conf.plausible
            return
        m.actor = h.actor
        m.confidence = state.conf.plausible
        if not known and h.actor and not spoken:
            state.reg.gender[h.actor] = gender
        return


SUBJECTS = ("nsubj", "nsubjpass")


def in_controlled_adjunct(tok: Token, pronoun: Token) -> bool:
    """Whether ``tok`` is inside a participle clause with no subject of its own hung on the verb
    whose subject is ``pronoun``: the pronoun is the participle's understood subject, so a person
    named in it is someone else ("Speaking to Jane Roe by telephone, he said ...", "Asked about
    Jane Roe, she said ...": not Jane Roe)."""
    if pronoun.dep_ not in SUBJECTS:
        return False
    for anc in tok.ancestors:
        if anc.i == pronoun.head.i:
            return False
        if anc.dep_ == "advcl" and anc.tag_ in ("VBG", "VBN") and anc.head.i == pronoun.head.i \
                and not any(c.dep_ in SUBJECTS for c in anc.children):
            return True
    return False


def subject_over(state: ArticleState, h: Phrase, m: Phrase, gender: str, history: list[Phrase]) -> Phrase | None:
    """The subject of the main clause of the sentence naming ``h``, when ``h`` is named there in a
    lesser place (a possessor, an object, after a preposition) and the pronoun ``m`` is a
    subject: a subject pronoun goes on with the subject of the sentence before, not with a person
    named inside it ("He agreed with President X's remark. "…," he added": the first "he", whoever
    that is). The subject is a pronoun of ``m``'s gender (with its actor, none included), or a
    person known to have it ("Mr Boris Kandel")."""
    if state.doc[m.head].dep_ not in SUBJECTS or state.doc[h.head].dep_ in SUBJECTS:
        return None
    for p in recent(history, m, None, named_only=False):
        if p.sentence < h.sentence:
            return None
        tok = state.doc[p.head]
        if p.sentence != h.sentence or p.start >= h.start or tok.dep_ not in SUBJECTS or tok.head.dep_ != "ROOT":
            continue
        if p.kind == "pronoun":
            return p if p.gender == gender else None
        # a name only when known to be of that gender ("Mr Boris Kandel"): names tell no gender
        known = state.reg.gender.get(p.actor or "")
        return p if state.reg.kind_of(p.actor) == "person" and known == gender else None
    return None


def spoken_pronoun(state: ArticleState, m: Phrase) -> bool:
    """A pronoun inside double quotation marks: the speaker's words, where "he" or "she" is
    someone else than the speaker, and tells nothing of the speaker's gender."""
    return m.kind == "pronoun" and state.in_speech(state.doc[m.head].idx)


def quote_speaker(state: ArticleState, h: Phrase, m: Phrase, own_clause: bool = False) -> bool:
    """Whether ``h`` is likely the speaker of the quotation holding the pronoun ``m``: the
    subject of a reporting verb outside quotation marks, in ``m``'s sentence or the one before
    ("X told reporters. “He has lied,” ..." : "he" is not X). With ``own_clause``, a report that
    is itself reported is not the quotation's ("The militants asked passengers to come forward,
    he said": the militants are no speaker of what he says next)."""
    tok = state.doc[h.head]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "nsubj":
        tok = tok.head.head  # "Two of the passengers told VOA"
    if own_clause and tok.dep_ == "nsubj" and tok.head.dep_ in ("ccomp", "parataxis", "xcomp"):
        return False
    return m.sentence - h.sentence <= 1 and not state.in_speech(tok.idx) and reporting_subject(state, tok)


def plural_antecedent(state: ArticleState, m: Phrase, history: list[Phrase]) -> Phrase | None:
    """The antecedent of "they": the latest plural phrase; but the subject of an action verb
    ("they shot them") goes back to the latest subject of an action before it, the agent still
    in focus, over the objects named since ("The militants asked passengers to come forward.
    Then they picked out police officers"): agents stay agents from clause to clause. The
    subject of a state ("They were afraid") is no agent and takes the latest plural phrase."""
    r = state.rules
    shared = conjunct_subject(state.doc[m.head])
    if shared is not None:  # "the elephants change their behaviour and they kill people"
        return state.by_head.get(shared.i)
    agent = agent_subject(state.doc[m.head])
    latest = None
    speakers = {h.actor for h in recent(history, m, r.pronoun_window, named_only=False)
                if h.actor and quote_speaker(state, h, m, own_clause=True)} if spoken_pronoun(state, m) else set()
    for h in recent(history, m, r.pronoun_window, named_only=False):
        if h.head == clause_subject(state.doc[m.head]):
            continue
        if h.actor in speakers:
            continue  # "Two of the passengers told VOA ... “They shot people”": the speakers say "we"
        kind = state.reg.kind_of(h.actor)
        if not ((h.kind != "pronoun" and (h.plural or kind in ("compound", "group") or they_body(state, h))) or (
                h.kind == "pronoun" and h.term in r.plural_pronouns)):
            continue
        if not agent:
            return h
        latest = latest or h
        if agent_subject(state.doc[h.head]) and h.sentence < m.sentence:
            return h
    return latest


def they_body(state: ArticleState, h: Phrase) -> bool:
    """An armed group named as an organisation, which writers call "they" (``they_sectors``)."""
    actor = state.reg.actors.get(h.actor or "")
    return actor is not None and actor.type == "organisation" and bool(set(actor.sectors) & state.rules.they_sectors)


def clause_subject(tok: Token) -> int:
    """The index of the subject of the verb ``tok`` is the object of (-1 if none): a plain
    pronoun never means its own clause's subject ("they killed them"; a reflexive would)."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif tok.dep_ not in ("dobj", "dative"):
        return -1
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ in ("xcomp", "advcl") and verb.head.i != verb.i and has_to(verb):
        # an infinitive's subject is its controller: "police fired tear gas to disperse them" (the
        # police do the dispersing), "urged the villagers to leave them" (the villagers leave)
        head = verb.head
        controller = next((c for c in head.children if c.dep_ == "dobj"), None) if verb.dep_ == "xcomp" else None
        subj = controller or next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj.i if subj is not None else -1


def agent_subject(tok: Token) -> bool:
    """``tok`` is the active subject of a full verb (not of "be" or another auxiliary)."""
    return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB"


def resolve_neuter(state: ArticleState, m: Phrase, history: list[Phrase]) -> None:
    """"It said": the organisation, state body or state last named as the subject of a
    clause in the last few sentences (a speaker, or the actor of a reported act); the subject of
    a relative clause only when there is no other ("Islamic Jihad, which Israel blamed, denied
    it. It said ...": Islamic Jihad)."""
    cands: list[Phrase] = []
    background: list[Phrase] = []  # subjects of relative clauses: the last resort
    here = state.doc[m.head]
    for h in recent(history, m, state.rules.pronoun_window):
        if (h.plural and not singular_name(state, h)) or h.kind == "compound" or h.start >= m.start:
            continue
        kind = state.reg.kind_of(h.actor)
        if kind not in ("organisation", "state", "sector") or (kind == "sector" and not body_like(state, h)):
            continue  # "the army ... It said": a sector named by an organisation noun only
        tok = state.doc[h.head]
        if tok.head.dep_ == "relcl" and h.kind != "pronoun":
            background.append(h)  # "X, which Y blamed, denied it. It said ...": Y is in the background
            continue
        if h.kind == "pronoun" or reporting_subject(state, tok) or governing_subject(tok, here):
            # the last speaker first: "X said no aircraft had ... It accused"; the subject of the
            # clause the pronoun is in: "State television showed him ... what it said were ..."
            # but not over the body the sentence before is about, named after that speaker
            m.actor = next((c.actor for c in cands if topic_since(state, c, h, m)), h.actor)
            m.confidence = state.conf.plausible
            return
        if tok.dep_ in ("nsubj", "nsubjpass"):
            cands.append(h)
    cands += background
    if cands:
        m.actor = cands[0].actor
        m.confidence = state.conf.guess


def topic_since(state: ArticleState, c: Phrase, h: Phrase, m: Phrase) -> bool:
    """Whether the body ``c`` is the topic "it" goes on with rather than the speaker ``h`` named
    before it, when "it" closes a direct quotation: the subject of the main clause of the sentence
    right before the pronoun's (or of its own sentence), in a later sentence than the speaker's
    ("X said ... . The Y council, a body ..., was the first to reject the plan. “...,” it said":
    the council)."""
    tok, doc = state.doc[c.head], state.doc
    # only for "it" closing a direct quotation ("“...,” it said"): "The X was silent. Later it
    # said ..." goes on with the last speaker
    closing = any(t.tag_ == "''" for t in doc[max(m.head - 2, 0):m.head])
    return closing and c.sentence > h.sentence and m.sentence - c.sentence <= 1 and tok.dep_ == "nsubj" \
        and tok.head.dep_ == "ROOT" and c.kind != "pronoun"


def singular_name(state: ArticleState, h: Phrase) -> bool:
    """A body's name of several words headed by a plural noun ("Doctors Without Borders",
    "Reporters Without Borders", "the United Nations"): one organisation or state, which "it"
    names; not a one-word plural name ("the Houthis"), which "they" does."""
    words = [t for t in state.doc[h.start:h.end] if not t.is_punct and t.lower_ != "the"]
    return h.kind == "name" and len(words) >= 2 and state.reg.kind_of(h.actor) in ("organisation", "state")


def governing_subject(subj: Token, pronoun: Token) -> bool:
    """``subj`` is the subject of a clause that holds ``pronoun`` deeper down ("State television
    showed him at the bedside of what it said were ...")."""
    verb = subj.head
    return subj.dep_ in ("nsubj", "nsubjpass") and verb.i != subj.i and pronoun.head.i != verb.i \
        and verb.left_edge.i <= pronoun.i <= verb.right_edge.i and verb in pronoun.ancestors


def bound_antecedent(state: ArticleState, m: Phrase) -> Phrase | None:
    """The subject a pronoun is bound to by the syntax: a reflexive goes to the subject of its
    clause ("the bombers killed 23 people and themselves"); a plural subject of a clause
    hanging on another verb goes to that verb's plural subject ("the bombers killed 23 people
    when they blew themselves up")."""
    tok = state.doc[m.head]
    plural = m.term in state.rules.plural_pronouns
    if m.term.endswith(("self", "selves")):
        verb = tok.head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        subj = verb_subject(verb)
    elif plural and tok.dep_ == "nsubj" and tok.head.dep_ in ("advcl", "ccomp") and tok.head.head.i != tok.head.i:
        subj = verb_subject(tok.head.head)
    elif m.term in state.rules.neuter_pronouns and reported_subject(state, tok) and not spoken_pronoun(state, m):
        subj = verb_subject(tok.head.head)  # "the army said it had ...": the body that reports
        # (not in its quoted words: "'It diverts ...,' the ministry said" is about something else)
    else:
        return None
    if subj is None or subj.i == tok.i:
        return None
    h = state.by_head.get(subj.i)
    if h is None or h is m or not h.actor or h.kind == "pronoun":
        return None
    if m.term in state.rules.neuter_pronouns:
        kind = state.reg.kind_of(h.actor)
        body = kind in ("organisation", "state") or (kind == "sector" and body_like(state, h))
        return h if body and not h.plural and h.kind != "compound" else None
    if plural and not (h.plural or state.reg.kind_of(h.actor) in ("compound", "group", "sector")):
        return None
    if not plural and state.reg.kind_of(h.actor) != "person":
        return None
    return h


def home_first(state: ArticleState, cands: list[Phrase]) -> Phrase:
    """The latest candidate, unless it is another country's and its sentence also names one of
    the country in focus ("Malian troops and Russian forces raided the village. The army says
    ...": the army of the article's country, not the foreign force named last)."""
    first = cands[0]
    a = state.reg.actors.get(first.actor or "")
    if a is None or not state.focus or not a.country or a.country == state.focus:
        return first
    for h in cands[1:]:
        b = state.reg.actors.get(h.actor or "")
        if h.sentence == first.sentence and b is not None and b.country == state.focus:
            return h
    return first


def modifier_sectors(state: ArticleState, m: Phrase) -> set[str]:
    """The sectors of the sector nouns that modify a phrase's head ("the poultry farmers
    group": farmers); of a creed word, only an armed force's sectors ("the separatist group": a
    rebel group, no army), its creed being no sector the antecedent must have ("the Islamist
    movement" after Hamas, a rebel group and a party: not a religious body)."""
    out: set[str] = set()
    for i in range(m.start, m.head):
        a = state.nouns[i]
        st = state.d.sector_nouns.get(a.key) if a is not None and a.cat == CAT_SECTOR else None
        if st is not None:
            creed = state.doc[i].lower_ in state.rules.creed_words
            out.update(x for x in st[0].sectors if not creed or x in state.rules.force_sectors)
    return out


def apposed_modifier(tok: Token) -> bool:
    """A name modifying the head of an apposition to another noun ("JNIM, an al-Qaeda
    affiliate,", "Islamic Jihad, a Hamas ally,", "Islamic Jihad, Hamas's ally,"), or the object of
    its relation's preposition ("Islamic Jihad, a smaller ally of Hamas,", "a rival to X"): it
    tells what that noun's body is related to, and is no antecedent of a later description of a
    body."""
    while tok.dep_ == "compound" and tok.head.dep_ in ("compound", "pobj"):
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("of", "to", "with"):
        return tok.head.head.dep_ == "appos"
    return tok.dep_ in ("compound", "poss") and tok.head.dep_ == "appos"


def named_here(state: ArticleState, m: Phrase) -> bool:
    """An anaphor noun given a name of its own before it: an abbreviation in brackets ("the Bring
    Back Our Girls (BBOG) movement") or two capitalised words that name no place or people ("the
    Tamil Nadu Farmers Association" aside, "the Bring Back movement")."""
    toks = state.doc[m.start:m.head]
    if len(toks) >= 3 and toks[-1].text == ")" and toks[-2].text.isupper() and toks[-3].text == "(":
        return True
    capitals = [t for t in toks if t.text[:1].isupper() and t.i > m.start and t.ent_type_ not in ("NORP", "GPE", "LOC")]
    return len(capitals) >= 2


def resolve_anaphor(state: ArticleState, m: Phrase, history: list[Phrase]) -> None:
    an: AnaphorEntry | None = state.d.anaphors.get(m.term)
    if an is None:
        return
    if an.named:
        m.actor = earlier_body(state, m, history)  # "the headquarters": only one named so
        m.confidence = state.conf.plausible if m.actor else state.conf.weak
        return
    if named_here(state, m):
        return  # "the Bring Back Our Girls (BBOG) movement": a body named here, not one named before
    same = same_head(state, m, history, bare=True)
    if same is not None:  # "Militants linked with ... attacked a train. ... The militants blew up"
        m.actor, m.confidence = same.actor, state.conf.plausible
        return
    described = modifier_sectors(state, m)
    cands = [h for h in recent(history, m) if anaphor_candidate(state, an, described, h)]
    if an.prefer_label:
        for h in cands:
            if an.prefer_label in state.doc[h.start:h.end].text.lower():
                m.actor = h.actor
                m.confidence = state.conf.likely
                return
    if cands:
        m.actor = home_first(state, cands).actor
        m.confidence = state.conf.plausible
        return
    anaphor_fallback(state, m, an)
    if m.actor is None and bare_definite(state, m) and m.sectors:
        resolve_sector(state, m, history)  # "The paper cited police as saying ...": a group, as before


def anaphor_candidate(state: ArticleState, an: AnaphorEntry, described: set[str], h: Phrase) -> bool:
    """Whether a phrase named before may be what the anaphor ``an`` stands for: of its kind, with
    its sectors and those its modifiers describe (``described``)."""
    if an.targets and state.reg.kind_of(h.actor) not in set(an.targets):
        return False
    actor = state.reg.actors[h.actor or ""]
    if an.sectors and not set(an.sectors) & set(actor.sectors):
        return False
    if described and not described & set(actor.sectors):
        return False  # "the poultry farmers group" is no commission named before
    org = state.d.organisations.get(h.actor or "")
    if org is not None and org.type in an.not_org_types:
        return False  # "the group", "the movement": not a state's army or ministry
    # "JNIM, an al-Qaeda affiliate, ... The group": JNIM, not al-Qaeda
    return not apposed_modifier(state.doc[h.head])


def anaphor_fallback(state: ArticleState, m: Phrase, an: AnaphorEntry) -> None:
    """A definite description with no antecedent: the state in focus ("the government", fallback
    ``focus``), or the force of the state the story is about ("BOGOTA - ... The army said three
    soldiers died", fallback ``force``), not a force of no country; else nothing."""
    if an.fallback == "focus" and state.focus:
        m.actor = state.reg.state(state.focus)
        m.confidence = state.conf.weak
    elif an.fallback == "force" and own_force(state, m, an.term) and (land := story_land(state)):
        m.actor = state.reg.sector(land, an.sectors, None)
        m.confidence = state.conf.weak
