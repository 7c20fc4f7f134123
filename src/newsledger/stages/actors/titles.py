"""Resolution of titles, spokespeople, honorifics and unnamed groups of a sector.

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import first_conjunct
from ...records import Actor
from .descriptions import description_text, repeated_plural, same_head
from .nominals import office
from .phrases import reporting_subject
from .placement import context_country, subject_holding
from .readings import shadow_title
from .state import ArticleState, recent, verb_subject
from .state_roles import framed_officials, role_words, story_country
from .tables import TitleEntry, slug
from .types import (
    CAT_SECTOR,
    FIRST_PERSON_POSSESSIVES,
    MODIFIER_DEPS,
    POSSESSIVE_PRONOUNS,
    Phrase,
    role_matches,
)


def resolve_title(state: ArticleState, m: Phrase, history: list[Phrase]) -> None:
    te = state.d.title_forms.get(m.term)
    role = (te.role if te else m.term).lower()
    if state.doc[m.head].lower_ in state.rules.spokesperson_nouns:
        principal = spoken_for(state, m, history)
        if principal is not None:  # "his spokesman", "a police spokeswoman": whom they speak for
            m.actor = principal
            m.confidence = state.conf.plausible
            return
    title = state.nouns[m.head]
    if title is not None and shadow_title(state, m, title):
        return  # "the shadow justice secretary" holds no office: the opposition's spokesperson
    if possessed_office(state, m, te, history):
        return  # "its ambassador": an office of the country "its" stands for
    if m.plural and not (te is not None and acronym_office(state, m, te)):  # "the CCPO" may be tagged plural
        group = None
        if m.definite:
            sectors = te.sectors if te else ()
            counted = any(c.dep_ == "nummod" for c in state.doc[m.head].children)  # "the two ministers": by number
            same = None if counted else same_head(state, m, history)  # "G7 foreign ministers ... The foreign ministers"
            group = (same.actor if same is not None else None) or plural_antecedent(state, m, history, sectors) \
                or body_of_members(state, m, history, sectors)
        else:
            again = repeated_plural(state, m, history)  # "U.S. lawmakers ... Republican lawmakers"
            group = again.actor if again is not None else None
            group = framed_officials(state, m, te, group) or group  # "In Peru, officials said"
        if group is not None:  # "the three ministers": the ministers just named together
            m.actor = group
            m.confidence = state.conf.plausible
        return  # "several ministers" are no one person
    for h in recent(history, m):
        if state.reg.kind_of(h.actor) == "person" and any(role_matches(role, r) for r in state.reg.roles.get(h.actor or "", ())):
            m.actor = h.actor
            m.confidence = state.conf.plausible
            return
    if state.focus and te is not None:
        holder = office(state, te, state.focus)
        if holder:
            m.actor = holder
            m.confidence = state.conf.guess
            return
    if te is not None and te.kind != "courtesy" and m.definite and (qualified(state, m) or acronym_office(state, m, te)) \
            and state.doc[m.head].dep_ not in MODIFIER_DEPS:
        # "the regional governor", "the Belgorod regional governor": one person the article
        # does not name; the later "the governor" is the same person (by role)
        desc = description_text(state, m)
        aid = f"person:unnamed:{slug(desc)}:{state.pd.article_id[:8]}"
        state.reg.actors.setdefault(aid, Actor(aid, desc, "person", None, te.sectors, source="derived"))
        state.reg.add_role(aid, te.role or te.term)
        m.actor = aid
        m.confidence = state.conf.weak


def possessed_office(state: ArticleState, m: Phrase, te: TitleEntry | None, history: list[Phrase]) -> bool:
    """"Pretoria recalled its ambassador", "Iran said its foreign minister ...": a government office
    of the country of the possessive pronoun's antecedent; its holder when the dictionary knows
    one, else one person of that country the article does not name."""
    if m.plural or te is None or te.kind == "courtesy" or "GOV" not in te.sectors:
        return False  # (a group's "its commander" is no state office)
    code = possessor_country(state, m, history)
    if code is None:
        return False
    holder = office(state, te, code)
    if holder is None:
        desc = description_text(state, m)
        holder = f"person:unnamed:{slug(code + ' ' + desc)}:{state.pd.article_id[:8]}"
        state.reg.actors.setdefault(holder, Actor(holder, f"{code} {desc}", "person", code, te.sectors,
                                                  source="derived"))
        state.reg.add_role(holder, te.role or te.term)
    m.actor = holder
    m.confidence = state.conf.guess
    return True


def spoken_for(state: ArticleState, m: Phrase, history: list[Phrase]) -> str | None:
    """Whom a spokesperson speaks for (the ledger gives their words to that principal): the
    antecedent of a possessive pronoun ("his spokesman" → the man last named, "its
    spokeswoman" → the body last named as a subject), or the body a sector noun before the
    title names ("a police spokeswoman" → the police of the place, as for "police")."""
    head = state.doc[m.head]
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is not None and poss.lower_ in POSSESSIVE_PRONOUNS:
        word = poss.lower_
        for h in recent(history, m, state.rules.pronoun_window):
            if h.start >= m.start or (h.kind == "pronoun" and not h.actor):
                continue
            kind = state.reg.kind_of(h.actor)
            if word in ("his", "her") and kind == "person":
                known = state.reg.gender.get(h.actor or "")
                if not known or known == ("m" if word == "his" else "f"):
                    return h.actor
            elif word == "its" and kind in ("organisation", "state") and not h.plural:
                return h.actor
            elif word == "their" and (h.plural or kind in ("compound", "group")):
                return h.actor
        return None
    for c in head.lefts:
        a = state.nouns[c.i]
        st = state.d.sector_nouns.get(a.key) if a is not None and a.cat == CAT_SECTOR else None
        if c.dep_ in ("compound", "amod", "nmod") and st is not None and st[0].type != "person":
            m.sectors = st[0].sectors
            resolve_sector(state, m, history)
            return m.actor
    return None


def acronym_office(state: ArticleState, m: Phrase, te: TitleEntry) -> bool:
    """An office written as its acronym ("the IGP", "the CCPO"): the one holder of that post where
    the story is, as "the regional governor" is, though nothing qualifies it."""
    return te.kind == "office" and state.doc[m.head].is_upper and len(state.doc[m.head]) > 1


def qualified(state: ArticleState, m: Phrase) -> bool:
    """A title in lower case with a word outside the title itself that tells which office it
    is ("the regional governor", "the Belgorod regional governor"; not "the current
    commander", not "the attorney general", not "the rosy-sounding Justice ... Act")."""
    head = state.doc[m.head]
    if not head.is_lower:
        return False
    own = state.nouns[m.head]
    vague = state.rules.vague_modifiers
    return any(
        c.dep_ in ("amod", "compound", "nmod") and c.is_alpha and c.lower_ not in vague
        and not (own is not None and own.start <= c.i < own.end)
        and not (c.i + 1 < state.n and state.doc[c.i + 1].text == "-")
        for c in head.lefts
    )


def plural_antecedent(state: ArticleState, m: Phrase, history: list[Phrase], sectors: tuple[str, ...]) -> str | None:
    """The compound or group actor a definite plural description points back to, within the
    pronoun window: of the number given ("the three ministers"), with the sectors given."""
    count = next((t for t in state.doc[m.start:m.head] if t.like_num), None)
    n = None
    if count is not None:
        try:
            n = int(count.text) if count.text.isdigit() else state.rules.number_words.index(count.lower_) + 1
        except ValueError:
            n = None
    for h in recent(history, m, state.rules.pronoun_window):
        a = state.reg.actors.get(h.actor or "")
        if a is None or state.reg.kind_of(h.actor) not in ("compound", "group") or not (h.plural or a.members):
            continue
        if n is not None and a.members and len(a.members) != n:
            continue
        if sectors and not set(sectors) & group_sectors(state, a):
            continue  # "the judges" are not a country and its emperor named before
        return a.id
    return None


def body_of_members(state: ArticleState, m: Phrase, history: list[Phrase], sectors: tuple[str, ...]) -> str | None:
    """"the judges" after a court is named, "the lawmakers" after a parliament: the body whose
    members they are (the latest organisation in the pronoun window with the title's first
    sector)."""
    if not sectors or m.end - m.start != 2:
        return None  # "the two judges", "the judges of the lower court": not the body's members
    for h in recent(history, m, state.rules.pronoun_window):
        a = state.reg.actors.get(h.actor or "")
        if a is not None and state.reg.kind_of(h.actor) == "organisation" and sectors[0] in a.sectors:
            return a.id
    return None


def group_sectors(state: ArticleState, a: Actor) -> set[str]:
    """The sectors of a compound or group: its own, else those of its members."""
    if a.sectors:
        return set(a.sectors)
    out: set[str] = set()
    for mid in a.members:
        member = state.reg.actors.get(mid)
        if member is not None:
            out.update(member.sectors)
    return out


def resolve_honorific(state: ArticleState, m: Phrase, history: list[Phrase]) -> None:
    for h in recent(history, m):
        if m.term in h.honorifics and state.reg.kind_of(h.actor) == "person":
            m.actor = h.actor
            m.confidence = state.conf.sure
            return
    ids = state.d.honorific_people.get(m.term, [])
    present = [i for i in ids if i in state.reg.actors]
    if len(present) == 1 or len(ids) == 1:
        m.actor = state.reg.person((present or ids)[0])
        m.confidence = state.conf.plausible
        return
    for h in recent(history, m, state.rules.pronoun_window):
        if state.reg.kind_of(h.actor) == "person":
            m.actor = h.actor
            m.confidence = state.conf.weak
            return


def resolve_civilian(state: ArticleState, m: Phrase, history: list[Phrase]) -> None:
    tok = state.doc[m.head]
    t = first_conjunct(tok)
    link = t.head
    if t.dep_ == "pobj" and link.lower_ in state.rules.civilian_link_words:
        owner = state.by_head.get(link.head.i)
        if owner is not None and owner.actor and "CVL" in state.reg.actors[owner.actor].sectors:
            m.actor = owner.actor
            m.confidence = state.conf.likely
            return
    resolve_sector(state, m, history, window=1)


def resolve_sector(state: ArticleState, m: Phrase, history: list[Phrase], window: int = 1) -> None:
    head = state.doc[m.head]
    if possessed_members(state, m, history):
        return
    site = head.lower_ in state.rules.site_nouns  # "the hospital": a place that also acts
    distinct = bool(set(state.doc[m.start:m.head].text.lower().split()) & set(state.rules.distinct_group_modifiers))
    for h in recent(history, m, window) if not distinct else ():  # "local clan militias": another group
        a = state.reg.actors[h.actor or ""]
        if site and state.doc[h.head].lemma_ != head.lemma_:
            continue
        if harms(state, state.doc[h.head], head):
            continue  # "Indian troops killed two of its soldiers": those they kill are others
        kind = state.reg.kind_of(h.actor)
        members = kind == "organisation" and (group_of_members(state, m, a.sectors) or body_named(state, m, a.sectors))
        if kind == "organisation" and not members and set(m.sectors) & state.rules.commentator_sectors:
            continue  # "experts", "a professor" after "the Atlantic Council": people, not the institute
        if kind in ("sector", "organisation") and (members or (a.country and set(m.sectors) <= set(a.sectors))):
            m.actor = a.id
            m.confidence = state.conf.guess
            return
    code = None
    region = regional_modifier(state, m)
    foreign = any(c.dep_ == "amod" and c.lower_ in state.rules.foreign_modifiers for c in head.children)
    sides = any(c.dep_ == "amod" and c.lower_ in state.rules.side_modifiers for c in head.children)
    if head.lower_ not in state.rules.relational_nouns and not foreign:  # "its neighbours" are others
        code = possessor_country(state, m, history)
        if code is None and region is None and not sides and not placed_in_general(state, head) \
                and not held_captive(state, head):
            # groups that often come from abroad (troops, reporters) and places: only from where they are
            code = context_country(state, m, places_only=site or bool(set(m.sectors) & state.rules.abroad_sectors))
            code = code or story_country(state, m)  # "a security official": the story's state's
    if code is None and region is not None:
        # "a senior European intelligence official": the region's, not the country in view
        words = " ".join(state.rules.sector_names.get(s, s.lower()) for s in m.sectors)
        m.actor = state.reg.derived("group", f"{region} {words}", None, m.sectors)
    else:
        m.actor = state.reg.sector(code, m.sectors, role_words(state, m))
    m.confidence = state.conf.guess


def held_captive(state: ArticleState, head: Token) -> bool:
    """ "six hostages", "the captives": people held by captors, whom the place where they are held
    or killed does not place; not the bare noun of a taking ("taking hundreds hostage" near a
    town: the people taken are that place's)."""
    if head.lower_ not in state.rules.captive_nouns:
        return False
    return head.tag_ in ("NNS", "NNPS") or any(c.dep_ in ("det", "nummod", "poss") for c in head.children)


def placed_in_general(state: ArticleState, head: Token) -> bool:
    """"officials in two Western countries", "diplomats from several capitals": a group placed
    in places of no one country (a place noun, not a name), so the sentence's country is not
    theirs."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "from"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in state.rules.place_nouns:
                    return True
    return False


def body_named(state: ArticleState, m: Phrase, sectors: tuple[str, ...]) -> bool:
    """"the terror group", "the rebel movement" just after an organisation of those sectors is
    named ("... the leader of ISIS ..., using another acronym for the terror group"): that body,
    when the noun is one for a body, singular and definite."""
    st = state.d.sector_nouns.get(m.atom.key) if m.atom is not None else None
    return bool(st is not None and st[0].type == "organisation" and m.definite and not m.plural
                and m.sectors and set(m.sectors) <= set(sectors))


def group_of_members(state: ArticleState, m: Phrase, sectors: tuple[str, ...]) -> bool:
    """"the insurgents", "the militants" just after an armed group is named: its members, when
    the noun's main sector is one of the group's ("the Taliban ... the insurgents")."""
    first = state.doc[m.start].lower_
    return bool(m.plural and m.sectors and first in state.rules.definite_determiners
                and m.sectors[0] in sectors and m.head == m.end - 1 and m.end - m.start == 2)


def regional_modifier(state: ArticleState, m: Phrase) -> str | None:
    """A region's adjective before the head ("European", "Arab", "African"), as written; not a
    word of a name ("the Ahli Arab Hospital")."""
    words = state.rules.international_words
    if state.doc[m.head].lower_ in state.rules.site_nouns:
        return None  # "the al-Ahli Arab Hospital": a name, not a region's people
    for t in state.doc[m.start:m.head]:
        if t.lower_ in words and t.is_title and t.pos_ == "ADJ" and t.ent_type_ not in ("ORG", "FAC"):
            return t.text
    return None


def possessed_members(state: ArticleState, m: Phrase, history: list[Phrase]) -> bool:
    """"Hezbollah said four of its members were killed", "the party said 12 of its members":
    a noun of a body's people (``member_nouns``) owned by a body or a sector group is that body's
    people (its actor); owned by a state, that state's people of the noun's sector."""
    if state.doc[m.head].lower_ not in state.rules.member_nouns:
        return False
    owner = possessor(state, m, history)
    a = state.reg.actors.get(owner.actor or "") if owner is not None else None
    if a is None:
        return False
    kind = state.reg.kind_of(a.id)
    m.actor = a.id if kind in ("organisation", "sector", "group") else state.reg.sector(a.country, m.sectors)
    m.confidence = state.conf.guess
    return True


def possessor_country(state: ArticleState, m: Phrase, history: list[Phrase]) -> str | None:
    """"their forces", "its army": the country of the possessive pronoun's antecedent, the
    last actor with a country named in this sentence or the one before."""
    poss = next((c for c in state.doc[m.head].children if c.dep_ == "poss"), None)
    if poss is not None and poss.lower_ in FIRST_PERSON_POSSESSIVES and state.in_speech(poss.idx):
        return speaker_country(state, m)
    h = possessor(state, m, history)
    a = state.reg.actors.get(h.actor or "") if h is not None else None
    return a.country if a is not None else None


def possessor(state: ArticleState, m: Phrase, history: list[Phrase]) -> Phrase | None:
    """The antecedent of the possessive pronoun of ``m`` ("its", "their"), an actor with a
    country named in this sentence or the one before."""
    poss = next((c for c in state.doc[m.head].children if c.dep_ == "poss"), None)
    if poss is None or poss.lower_ not in POSSESSIVE_PRONOUNS:
        return None
    word = poss.lower_

    def fits(h: Phrase) -> bool:
        a = state.reg.actors.get(h.actor or "")
        kind = state.reg.kind_of(h.actor)
        if a is None or not a.country or h.kind == "pronoun" or h is m:
            return False
        if word == "their" and not (h.plural or kind in ("compound", "group", "organisation", "state")):
            return False
        if word in ("his", "her") and kind != "person":
            return False
        return not (word == "its" and (kind == "person" or h.plural))

    # the subject of its clause, or of the clause that reports it ("X said its forces ..."); not
    # the subject of a verb that harms the phrase's people ("Iran said Israeli strikes had killed
    # 600 of its people": Iran's): those a party kills are not its own
    verb, steps, harmers = state.doc[m.head].head, 3, []
    while steps > 0:
        steps -= 1
        subj = verb_subject(verb)
        if subj is not None and harmed_by(state, verb, state.doc[m.head]):
            harmers.append(subj)
            steps += 2  # look on to the clause that reports the harm
        else:
            h = state.by_head.get(subj.i) if subj is not None else None
            if h is not None and h is not m and fits(h):
                return h
        if verb.head.i == verb.i:
            break
        verb = verb.head
    for h in recent(history, m, 1):
        if h.start < m.start and fits(h) and not any(x.left_edge.i <= h.head <= x.right_edge.i for x in harmers):
            return h
    return None


def speaker_country(state: ArticleState, m: Phrase) -> str | None:
    """ "“Hamas murdered 1,200 of our people,” the prime minister said": the country of the one
    who says "our", the subject of a reporting verb outside the quotation marks, in the phrase's
    sentence or the one next to it."""
    for h in state.mentions:
        if abs(h.sentence - m.sentence) > 1 or h is m or state.in_speech(state.doc[h.head].idx):
            continue
        a = state.reg.actors.get(h.actor or "")
        tok = subject_holding(state.doc[h.head]) or state.doc[h.head]  # "the Pakistani army spokesman"
        if a is not None and a.country and reporting_subject(state, tok):
            return a.country
    return None


def harms(state: ArticleState, doer: Token, head: Token) -> bool:
    """Whether ``doer`` is (in) the subject of a verb that harms the people ``head`` heads ("Indian
    troops killed two soldiers", "Saudi-led air strikes killed 31 people")."""
    subj = subject_holding(doer)
    return subj is not None and harmed_by(state, subj.head, head)


def harmed_by(state: ArticleState, verb: Token, head: Token) -> bool:
    """Whether ``head`` is among those the verb (one of ``acted_on_verbs``) acts on: in its
    object, not its subject ("Israeli strikes killed 600 of its people")."""
    if verb.lemma_.lower() not in state.rules.acted_on_verbs:
        return False
    t = head
    while t.head.i != t.i and t.head.i != verb.i:
        t = t.head
    return t.head.i == verb.i and t.dep_ in ("dobj", "obj", "nsubjpass", "attr", "npadvmod")
