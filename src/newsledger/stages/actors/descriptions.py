"""Government bodies and other organisations described, not named ("the foreign ministry").

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .state import ArticleState, recent
from .tables import body_words
from .types import COUNTRY_TABLES, Phrase


def indefinite(state: ArticleState, m: Phrase) -> bool:
    return state.doc[m.start].lower_ in state.rules.indefinite_determiners


def body_noun(state: ArticleState, m: Phrase) -> bool:
    """A government body ("foreign ministry", "embassy", "coast guard"), singular."""
    if m.plural or m.kind not in ("nominal", "label"):
        return False
    a = state.nouns[m.head]
    key = a.key if a is not None else state.doc[m.head].lower_
    bodies = state.rules.body_nouns
    return key in bodies or state.doc[m.head].lower_ in bodies or (
        key.split()[-1] in bodies if key else False)


def describes_body(state: ArticleState, m: Phrase) -> bool:
    """A head noun that names a kind of organisation ("the headquarters", "the council")."""
    return state.doc[m.head].lower_ in state.rules.organisation_heads


def description_words(state: ArticleState, m: Phrase) -> frozenset[str]:
    """The words of a description that a name must share: head and modifiers, without
    determiners, possessors, countries and numbers ("the 15-member council" → council)."""
    doc = state.doc
    head = doc[m.head]
    skip: set[int] = set()
    for c in head.children:
        if c.dep_ == "poss" or c.like_num or any(g.like_num for g in c.subtree):
            skip.update(t.i for t in c.subtree)
    words = []
    for t in doc[m.start:m.head + 1]:
        if t.i in skip or not t.is_alpha or t.pos_ in ("DET", "PRON", "PART", "NUM", "ADP", "CCONJ"):
            continue
        a = state.names[t.i]
        if a is not None and a.table in COUNTRY_TABLES:
            continue
        words.append(t.text)
    return body_words(words)


def body_actor(state: ArticleState, m: Phrase, country: str | None, owner: Any) -> str:
    """The organisation a description of a government body names: the dictionary's, when it
    knows that body of that country ("China's coast guard"), else a derived organisation named
    after the country and the description ("Japanese foreign ministry"), sectors from the
    noun ("ministry" → GOV, "health ministry" → GOV HLH)."""
    words = description_words(state, m)
    if country:
        known = state.d.body_of(country, words)
        if known is not None:
            return state.reg.org(known.id)
    desc = description_text(state, m)
    if owner is not None:
        child = state.d.child_body(owner.id, words)
        if child is not None:
            return state.reg.org(child.id)  # "the UN human rights office": OHCHR
        name = f"{owner.name} {desc}"
        return state.reg.derived("organisation", name, owner.country, owner.sectors)
    if country and state.d.sector_terms.get(state.doc[m.head].lower_) is not None and m.sectors \
            and "GOV" not in m.sectors:
        # "Ruritania's army" with no army of Ruritania in the dictionary: its military, one
        # actor however it is written ("army", "military", "armed forces")
        return state.reg.sector(country, m.sectors)
    adj = state.d.adjective(country)
    name = f"{adj} {desc}".strip()
    return state.reg.derived("organisation", name, country, m.sectors or ("GOV",))


def description_text(state: ArticleState, m: Phrase) -> str:
    """The description as written, head and modifiers only ("foreign affairs department",
    "regional prosecutor's office"), without determiners, possessors and numbers."""
    doc = state.doc
    head = doc[m.head]
    own = state.nouns[m.head]
    skip: set[int] = set()
    for c in head.children:
        if c.dep_ == "poss" and own is not None and own.start <= c.i < own.end:
            skip.update(t.i for t in c.subtree if t.dep_ == "det" or t.like_num)
            continue  # "prosecutor's office": the possessive is part of the noun
        if c.dep_ in ("poss", "det") or c.like_num:
            skip.update(t.i for t in c.subtree)
    words = []
    for t in doc[m.start:m.head + 1]:
        if t.i in skip or t.pos_ == "DET" or t.is_punct:
            continue
        a = state.names[t.i]
        if a is not None and (a.table in COUNTRY_TABLES or a.table == "organisation"):
            continue
        if t.tag_ == "POS" or t.lower_ in ("'s", "’s"):
            if words:
                words[-1] += t.text
            continue
        words.append(t.text)
    return " ".join(words) or head.text


def earlier_body(state: ArticleState, m: Phrase, history: list[Phrase]) -> str | None:
    """The organisation named before whose name holds every word of a description ("the
    emergency service" → "the State Emergency Service", "the headquarters" → "the
    Coordination Headquarters for ...", "the ministry" → the last ministry named)."""
    words = description_words(state, m)
    if not words:
        return None
    for h in recent(history, m):
        if h.kind in ("pronoun", "compound") or state.reg.kind_of(h.actor) != "organisation" \
                or other_force(state, m, h.actor or ""):
            continue
        if words <= org_words(state, h.actor or ""):
            return home_beside(state, h, history) or h.actor
    return None


def other_force(state: ArticleState, m: Phrase, aid: str) -> bool:
    """A description of one kind of armed force and a body of another whose name holds its words
    ("the Army", "the National Army" after the ELN, the "National Liberation Army": a state's
    army is no rebel group; "the rebels" are no military)."""
    a = state.reg.actors.get(aid)
    mine = set(m.sectors) & state.rules.force_sectors
    theirs = set(a.sectors) & state.rules.force_sectors if a is not None else set()
    return bool(mine and theirs and not mine & theirs)


def home_beside(state: ArticleState, h: Phrase, history: list[Phrase]) -> str | None:
    """A group of the country in focus with the sectors of ``h``, named in ``h``'s sentence, when
    ``h`` is another country's body ("Malian troops and Russian forces raided the village. The
    army says ...": the army of the article's country, not the foreign force named last)."""
    a = state.reg.actors.get(h.actor or "")
    home = state.focus
    if a is None or not home or not a.country or a.country == home or not a.sectors:
        return None
    for x in history:
        b = state.reg.actors.get(x.actor or "")
        if x.sentence == h.sentence and x.kind != "compound" and b is not None and b.country == home \
                and set(a.sectors) <= set(b.sectors):
            return b.id
    return None


def org_words(state: ArticleState, aid: str) -> frozenset[str]:
    cached = state.org_word_cache.get(aid)
    if cached is not None:
        return cached
    a = state.reg.actors.get(aid)
    names: list[str] = [a.name] if a is not None else []
    if aid in state.d.organisations:
        names.extend(state.d.organisations[aid].names)
    out: set[str] = set()
    for n in names:
        out |= body_words(n.replace("’s", "").replace("'s", "").split())
    words = frozenset(out)
    state.org_word_cache[aid] = words
    return words


def same_head(state: ArticleState, m: Phrase, history: list[Phrase], bare: bool = False) -> Phrase | None:
    """The latest earlier phrase with an actor whose head is the description's own noun: a
    definite description that repeats a noun stands for what the noun stood for before it
    ("Militants attacked a train ... The militants blew up the tracks"), not for the latest body
    named between them. Only after "the": "those governments" points at the latest ones named.
    A name ending in the noun is not repeated by it ("the Special Services Group ... the militant
    group", "the Baloch Liberation Army ... the army"): the noun is part of the name there; a noun
    after a name is ("G7 foreign ministers ... the foreign ministers"). With ``bare``, a bare
    noun, with no determiner, repeats it too ("Haitian police and Kenyan officers fought the
    gangs. Police said ...": the Haitian police)."""
    if state.doc[m.start].lower_ != "the" and not (bare and m.start == m.head):
        return None
    return _latest_same_noun(state, m, history)


def repeated_plural(state: ArticleState, m: Phrase, history: list[Phrase]) -> Phrase | None:
    """The latest earlier phrase of a group named by the same plural noun, for a bare plural
    that names no country of its own: "U.S. lawmakers welcomed the deal ... Republican lawmakers
    praised Trump" (a part of the same body, named by its party), "Ukrainian officials said ...
    Officials also said". A noun after a name is not repeated ("the Parliament ... lawmakers")."""
    head = state.doc[m.head]
    if head.tag_ not in ("NNS", "NNPS") or any(c.dep_ in ("det", "nummod", "poss") for c in head.children):
        return None
    h = _latest_same_noun(state, m, history)
    return h if h is not None and state.reg.kind_of(h.actor) in ("sector", "state") else None


def _latest_same_noun(state: ArticleState, m: Phrase, history: list[Phrase]) -> Phrase | None:
    """The latest earlier phrase with an actor whose head noun is ``m``'s, not a name that ends
    in the noun."""
    forms = _noun_forms(state.doc[m.head])
    return next((h for h in recent(history, m) if not (h.kind == "name" and state.names[h.head] is not None)
                 and forms & _noun_forms(state.doc[h.head])), None)


def _noun_forms(tok: Token) -> set[str]:
    return {tok.lower_, tok.lemma_.lower()}  # a capitalised "Gunmen" may keep its plural as lemma


def post_holder(state: ArticleState, m: Phrase) -> str | None:
    """The person a description of one post and a name set off by a comma both name ("the
    spokesperson for Pakistan's Ministry of Foreign Affairs, Ambassador Shafqat Ali Khan"; "the
    head of the UN mission, Ana Ruiz"): one person, not a compound of the body and the person.
    Joined by "and", or a plural description, they are two parties ("the ministry and Ana Ruiz",
    "the spokespeople of the ministry, Ana Ruiz and ...")."""
    if len(m.members) != 2:
        return None
    post, person = m.members
    doc = state.doc
    head = doc[post.head]
    if doc[post.end:person.start].text.strip() != "," or state.reg.kind_of(person.actor) != "person" \
            or head.tag_ != "NN" or doc[post.start].lower_ not in ("the", "a", "an") \
            or post.kind not in ("title", "nominal"):
        return None
    return person.actor


def named_child(state: ArticleState, m: Phrase, parent: str) -> str | None:
    """The body of organisation ``parent`` a definite description of one of its bodies stands
    for ("The U.N. agency said" after "the World Food Programme said": the WFP, not the U.N.):
    the one of its bodies of that kind (a name of it holds the head noun: "UN food agency")
    named last before it, when any is (not "the U.N. Security Council": no agency)."""
    if indefinite(state, m) or m.plural or not describes_body(state, m):
        return None
    kids = set(state.d.children.get(parent, ()))
    head = state.doc[m.head].lower_
    named = [p for p in state.mentions if p.end <= m.start and p.actor in kids
             and head in org_words(state, p.actor or "")]
    return max(named, key=lambda p: p.start).actor if named else None
