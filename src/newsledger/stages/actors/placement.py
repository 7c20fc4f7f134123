"""Where an actor belongs: the country of a people, an unnamed group or a titled person.

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from ...nlp import in_prepositional_phrase
from ...nlp.syntax import NOUN_CLAUSE_DEPS
from .countries import modifier_country
from .phrases import patron
from .state import ArticleState, verb_subject
from .types import CAT_NAME, Atom, Phrase


def residence(state: ArticleState, m: Phrase, atoms: list[Atom]) -> str | None:
    """The country of a people named by demonyms (``atoms``, the last one closest to the head).

    Ethnic groups are coded by the country they live in: "Bosnian Serbs" (a country adjective
    before a people's name), "the Albanians of southern Serbia" (an "of" complement), "ethnic
    Albanians" in a sentence that places them ("operating in Macedonia"). Otherwise the
    demonym's own country."""
    last = atoms[-1]
    code = modifier_country(state, last)
    rules = state.rules
    if last.key not in rules.ethnic_forms and not ethnic_marked(state, atoms[0]):
        return code
    if len(atoms) >= 2 and atoms[-2].end == last.start and last.key in rules.ethnic_forms:
        first = modifier_country(state, atoms[-2])
        if first and first != code:
            return first  # "Bosnian Serbs", "Kosovo Albanians"
    head = state.doc[m.head]
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                place = place_code(state, obj) if obj.dep_ == "pobj" else None
                if place:
                    return place  # "the Albanians of southern Serbia"
    if not ethnic_marked(state, atoms[0]):
        return code
    for acl in head.children:  # "ethnic Albanian guerrillas operating in Macedonia"
        if acl.dep_ in ("acl", "relcl"):
            for t in acl.subtree:
                place = place_code(state, t) if locative(state, t) else None
                if place:
                    return place
    places = locatives(state, m.sentence)
    return next(iter(places)) if len(places) == 1 else code


def ethnic_marked(state: ArticleState, a: Atom) -> bool:
    return a.start > 0 and state.doc[a.start - 1].lower_ in state.rules.ethnic_markers


def place_code(state: ArticleState, tok: Token) -> str | None:
    """The country a country, capital or place name at ``tok`` denotes."""
    a = state.names[tok.i]
    if a is None or a.table not in ("country", "capital", "place"):
        return None
    return modifier_country(state, a)


def locative(state: ArticleState, tok: Token) -> bool:
    """A place name in a locative phrase: "in Baku", "near Macedonia's border", "outside of
    the city of Basra" (climbing through "the town of ...")."""
    return in_prepositional_phrase(tok, state.rules.locative_prepositions)


def locatives(state: ArticleState, sentence: int) -> set[str]:
    """Countries of the places a sentence puts its events in ("in Baku", "near Samarra")."""
    return {code for code, _ in locative_hits(state, sentence)}


def locative_hits(state: ArticleState, sentence: int) -> list[tuple[str, int]]:
    """The places of :func:`locatives`, each as (country, index of its head token)."""
    cache = state.locative_cache
    if cache is None:  # all sentences at once, on first use
        cache = state.locative_cache = {}
        seen: set[int] = set()
        for a in state.names:
            if a is None or id(a) in seen or a.table not in ("country", "capital", "place", "demonym", "adjective"):
                continue
            seen.add(id(a))
            tok = state.doc[a.start:a.end].root
            territory = a.table in ("demonym", "adjective")
            if territory:
                if not on_territory(state, tok):
                    continue
                tok = tok.head  # "on Afghan soil": the people's word names the place
            code = modifier_country(state, a)
            if inside_larger_place(state, a):
                continue  # "the South China Sea", "the Gulf of Finland": not the country
            if code and (territory or locative(state, tok)) and not in_background(state, tok) and not owner_phrase(tok):
                cache.setdefault(state.pd.sentence_index(tok.idx), []).append((code, tok.i))
        for code, i in described_places(state):
            cache.setdefault(state.pd.sentence_index(state.doc[i].idx), []).append((code, i))
    return cache.get(sentence, [])


def described_place(state: ArticleState, tok: Token) -> str | None:
    """The country of the place a definite place description at ``tok`` stands for ("in the
    enclave": the last place named before; :func:`described_places`), else None."""
    if tok.lower_ not in state.rules.place_description_nouns:
        return None
    hits = locative_hits(state, state.pd.sentence_index(tok.idx))
    return next((code for code, i in hits if i == tok.i), None)


def described_places(state: ArticleState) -> list[tuple[str, int]]:
    """Definite descriptions of a place named before, in a locative phrase ("health officials in
    the enclave", "in the Hamas-run enclave", "officials in the province";
    ``place_description_nouns``): (the country of the last place named before, the noun's
    index), when that place is a town, city or province with a country (not a country's own name)
    named within ``pronoun_window`` sentences. Not a description that names its own place ("the
    Gaza Strip"), nor an indefinite one ("in a province where ...")."""
    nouns = state.rules.place_description_nouns
    out: list[tuple[str, int]] = []
    last: tuple[str | None, int] | None = None  # (country, sentence) of the last place named
    for tok in state.doc:
        a = state.names[tok.i]
        if a is not None and tok.i == a.end - 1 and a.table in ("country", "capital", "place"):
            # a country's own name is no antecedent: "a market in Sudan ... in the province"
            # names no province
            code = modifier_country(state, a) if a.table != "country" else None
            last = (code, state.pd.sentence_index(tok.idx))
        elif a is None and tok.lower_ in nouns and last is not None and last[0] and tok.pos_ == "NOUN":
            near = state.pd.sentence_index(tok.idx) - last[1] <= state.rules.pronoun_window
            the = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            if near and the and locative(state, tok):
                out.append((last[0], tok.i))
    return out


def on_territory(state: ArticleState, tok: Token) -> bool:
    """A people's word before a territory noun in a locative phrase, or one of
    ``territory_prepositions`` ("present on Afghan soil", "over Syrian territory"; ``territory_nouns``)."""
    land = tok.head
    if tok.dep_ != "amod" or land.lower_ not in state.rules.territory_nouns or land.dep_ != "pobj":
        return False
    return land.head.lower_ in state.rules.territory_prepositions or land.head.lower_ in state.rules.locative_prepositions


def inside_larger_place(state: ArticleState, a: Atom) -> bool:
    """A country's name in the name of a sea or gulf: "the South China Sea", "the Gulf of Finland"."""
    water = state.rules.water_features
    if a.end < state.n and state.doc[a.end].lower_ in water:
        return True
    root = state.doc[a.start:a.end].root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in water


def owner_phrase(tok: Token) -> bool:
    """``tok`` is in the "by" phrase of a participle or relative clause that describes a noun
    ("a mine operated by a company from China", "a factory owned by China"): who owns or runs
    that thing, not where the people of the sentence are from."""
    t = tok
    for _ in range(10):
        if t.dep_ == "agent" and t.head.dep_ in ("acl", "relcl"):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def in_background(state: ArticleState, tok: Token) -> bool:
    """Inside a conditional or temporal clause ("if war starts in Iraq")."""
    marks = state.rules.background_marks
    t = tok
    for _ in range(12):
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in t.children):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def context_country(state: ArticleState, m: Phrase, forces: bool = False, places_only: bool = False) -> str | None:
    """The country of an unnamed group ("rebels", "demonstrators"): where the sentence places
    it, else the one country the sentence names (for people and civilians, not a speaker's who
    reports them: "U.S. officials said 300 people died")."""
    reported = reported_tokens(state, m)
    if set(m.sectors) & state.rules.commentator_sectors:
        # "the talks in Moscow failed, analysts said": what they say does not place them, nor do
        # the parties of their sentence ("If North Korea tests a missile, experts think ..."):
        # only a place that frames them
        places = {code for code, i in locative_hits(state, m.sentence) if i not in reported}
        if not places:  # "experts at the University of Tehran": a party in their own phrase does
            own = {t.i for t in state.doc[m.head].subtree} - {m.head}
            places = {code for x in state.mentions if x.head in own and x.sentence == m.sentence
                      and (code := places_group(state, m, x, reported, False, False)) is not None}
        return next(iter(places)) if len(places) == 1 else None
    elif set(m.sectors) & state.rules.reported_sectors:
        # "hundreds were killed, prompting Jordan to cancel a meeting with Biden, who was to visit after
        # his stop in Israel": a place in a relative clause on another noun is not where the people are
        head = state.doc[m.head]
        hits = locative_hits(state, m.sentence)
        places = {code for code, i in hits if not in_others_relative(state.doc[i], head, ("relcl",))}
        if places and places != {code for code, _ in hits}:
            return None  # other places still make the sentence's place unclear
    else:
        # "A ministry spokesman said terrorist groups based in northern Iraq had ...": where a
        # clause on another noun puts that noun is not where the speaker is
        head = state.doc[m.head]
        places = {code for code, i in locative_hits(state, m.sentence)
                  if not in_others_relative(state.doc[i], head, NOUN_CLAUSE_DEPS)}
    if len(places) == 1:
        return next(iter(places))
    if places or places_only:
        return None
    return sentence_country(state, m, reported, forces)


def sentence_country(state: ArticleState, m: Phrase, reported: set[int], forces: bool) -> str | None:
    """The one country the actors of ``m``'s sentence have, leaving out those that do not place
    it (see :func:`places_group`)."""
    if state.by_sentence is None:
        state.by_sentence = {}
        for x in state.mentions:
            state.by_sentence.setdefault(x.sentence, []).append(x)
    codes: set[str] = set()
    civilians = bool(set(m.sectors) & state.rules.reported_sectors)
    for x in state.by_sentence.get(m.sentence, ()):
        code = places_group(state, m, x, reported, forces, civilians)
        if code is not None:
            codes.add(code)
    return next(iter(codes)) if len(codes) == 1 else None


def places_group(state: ArticleState, m: Phrase, x: Phrase, reported: set[int], forces: bool,
                 civilians: bool) -> str | None:
    """The country of ``x`` when it places the unnamed group ``m`` of its sentence, else None."""
    if x is m or not x.actor or x.kind == "compound":
        return None
    if x.start <= m.start and m.end <= x.end:
        return None
    if x.atom is not None and patron(state, x.atom):
        return None  # "Russia-backed separatists": who backs them, not where they are
    if x.head in reported:
        return None  # "the health ministry said Israel ...": what it says is not where it is
    if civilians and m.head in speaker_says(state, x):
        return None  # "U.S. officials said 300 people died": who reports victims is not where they are
    if civilians and held_responsible(state, state.doc[x.head]):
        return None  # "it judged that Israel was not responsible for the blast and put the toll at 300"
    if civilians and spoken_of(state, state.doc[x.head]):
        return None  # "“They killed thousands of children,” the minister said of Israel": who it is about
    if not victims_placed_by(state.doc[x.head], state.doc[m.head], state.rules.acted_on_verbs):
        return None
    if civilians and would_act_on(state.doc[x.head], state.rules.acted_on_verbs, state.rules.accusation_verbs):
        return None  # "Israel denied hitting the hospital, and ... 500 people were killed"
    if owner_phrase(state.doc[x.head]):
        return None  # "at a mine operated by a company from China": the mine's owner, not theirs
    a = state.reg.actors.get(x.actor)
    if a is None or not a.country or (not forces and set(a.sectors) & state.rules.force_sectors):
        return None  # troops and fighters often act abroad: "U.S. troops killed three militants"
    if x.atom is not None and x.atom.cat == CAT_NAME and inside_larger_place(state, x.atom):
        return None  # "the South China Sea"
    if not forces and x.kind == "demonym" and a.type == "country":
        return None  # "Israeli strikes killed 20 people": whose strikes, not where
    if "MED" in a.sectors:
        return None  # "a police officer told AFP": an outlet's country is not its sources'
    return a.country


def in_others_relative(tok: Token, head: Token, deps: Collection[str]) -> bool:
    """Whether ``tok`` lies in a clause on a noun of ``deps`` (a relative clause; a participle:
    "groups based in Iraq") whose noun is not ``head`` nor holds it."""
    for anc in tok.ancestors:
        if anc.dep_ in deps:
            noun = anc.head
            return not (noun.i == head.i or noun.left_edge.i <= head.i <= noun.right_edge.i)
    return False


def held_responsible(state: ArticleState, tok: Token) -> bool:
    """Whether ``tok`` is the party said (or denied) to be behind an act: the subject of
    "was (not) responsible", "is to blame" (``doer_adjectives``): the alleged doer, never where the
    people it counts are."""
    subj = subject_holding(tok)
    return subj is not None and any(c.dep_ == "acomp" and c.lower_ in state.rules.doer_adjectives
                                    for c in subj.head.children)


def victims_placed_by(actor: Token, victims: Token, acted_on: Collection[str]) -> bool:
    """Whether an actor named in the sentence may place a group of people it does not name: not
    the subject of a verb of ``acted_on`` whose object the people are ("Y killed 40
    civilians", "Y will not accept refugees": those it harms or takes in are not its people; "Y
    evacuated 300 people" may be). A party in another clause may ("Lebanon complained over
    raids in which 20 people were killed": Lebanese), whoever the text blames."""
    if victims.dep_ == "pobj" and victims.head.lower_ == "of":
        victims = victims.head.head  # "killing hundreds of people"
    verb = victims.head
    if victims.dep_ != "dobj" or verb.lemma_.lower() not in acted_on:
        return True
    subj, doer = subject_holding(actor), verb_subject(verb)  # the doer through participles
    return not (subj is not None and (subj.head.i == verb.i or (doer is not None and doer.i == subj.i)))


def subject_holding(tok: Token) -> Token | None:
    """The subject ``tok`` is or modifies ("Saudi" in "Saudi-led air strikes killed ..."), if any."""
    t = tok
    for _ in range(4):
        if t.dep_ == "nsubj":
            return t
        if t.head.i == t.i or t.dep_ not in ("compound", "amod", "npadvmod", "poss", "nmod"):
            return None
        t = t.head
    return None


def would_act_on(actor: Token, acted_on: Collection[str], accusing: Collection[str] = ()) -> bool:
    """Whether the actor is the subject of a clause with no subject of its own that acts on
    others' people: "X denied hitting the hospital", "X vowed to strike back", "X threatened to
    bomb the port" (said, denied or intended, X is the doer; the victims its sentence counts are
    not its people); or the one accused ("Y blamed X for the blast that killed 40 people")."""
    if actor.dep_ == "dobj" and actor.head.lemma_.lower() in accusing:
        return True
    if actor.dep_ != "nsubj":
        return False
    return any(c.dep_ in ("xcomp", "pcomp", "ccomp") and c.lemma_.lower() in acted_on
               and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
               for c in actor.head.children)


def reported_tokens(state: ArticleState, m: Phrase) -> set[int]:
    """The tokens of what the phrase, as a subject, says or reports (its verb's clausal
    complements), or as the source of an "according to" phrase (the clause the phrase is on,
    but the phrase: "North Korea could become a priority, according to experts")."""
    head = state.doc[m.head]
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according" and prep.head.head.i != prep.head.i:
        phrase = {t.i for t in prep.head.subtree}
        return {t.i for t in prep.head.head.subtree if t.i not in phrase}
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    return {t.i for c in head.head.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree}


def spoken_of(state: ArticleState, tok: Token) -> bool:
    """Whether ``tok`` is the one a report is about: the object of "of" or "about" after a
    reporting verb ("the minister said of Israel", "speaking about Russia"), often the one its
    words accuse, never where the people it counts are."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("of", "about") and prep.head.i != prep.i and (
        prep.head.lemma_.lower() in state.rules.reporting_verbs or prep.head.lower_ in state.rules.reporting_verbs)


def speaker_says(state: ArticleState, x: Phrase) -> set[int]:
    """The tokens of what ``x``, or the noun phrase it modifies ("U.S. intelligence", "Israel's
    army"), says as a subject: its verb's clausal complements and the clause of its object ("the
    ministry's claim that ...")."""
    head, owner = state.doc[x.head], False
    while head.dep_ in ("compound", "amod", "poss", "nmod") and head.head.i != head.i:
        owner = owner or head.dep_ == "poss"
        head = head.head
    said = [c for c in head.children if c.dep_ in ("acl", "ccomp")] if owner else []  # "the ministry's claim that"
    if head.dep_ in ("nsubj", "nsubjpass"):
        said += [c for c in head.head.children if c.dep_ in ("ccomp", "xcomp")]
        said += [g for c in head.head.children if c.dep_ == "dobj" for g in c.children if g.dep_ in ("acl", "ccomp")]
    return {t.i for c in said for t in c.subtree}


def place_titled_people(state: ArticleState) -> None:
    """A person the dictionary does not know, named with a title ("President X", "Judge Y"),
    belongs to the country the text is about: the sentence's country, else the focus. An
    organisation the dictionary does not know ("the opposition newspaper La Prensa") belongs
    to the country its sentence places it in, unless its name says it is international; nor is
    a person described by a region's word ("the European envoy", "the African envoy") placed."""
    international = frozenset(state.rules.international_words)
    for m in state.mentions:
        a = state.reg.actors.get(m.actor or "")
        if a is None or a.country or a.source != "derived" or a.members:
            continue
        if m.apposed is not None or any(c.dep_ == "appos" for c in state.doc[m.head].children):
            continue  # "X, the African Union's envoy": the apposition says whom they serve
        if a.type == "person" and m.role and set(a.sectors) & state.rules.office_sectors \
                and not region_named(state, m, international):
            code = context_country(state, m, forces=True) or state.focus
        elif a.type == "organisation" and a.sectors and "IGO" not in a.sectors \
                and not set(a.name.lower().split()) & international:
            code = context_country(state, m)  # a body described as something ("the newspaper X")
        else:
            continue
        if code:
            state.reg.actors[a.id] = a.replace(country=code)


def incident_country(state: ArticleState, m: Phrase) -> str | None:
    """The country where the sentences before ``m``'s, in its paragraph, put what happened: the
    places of the nearest one that names any, when they are of one country. An unqualified body
    reporting it ("the ministry said") is that place's, not the dateline's nor the article's
    most named country ("TEL AVIV - Tanks pushed into Gaza City. 54 were killed, the ministry
    said": Gaza's)."""
    sentences = state.pd.sentences
    para = sentences[m.sentence].paragraph
    for s in range(m.sentence - 1, -1, -1):
        if sentences[s].paragraph != para:
            return None
        codes = {code for code, _ in locative_hits(state, s)}
        if codes:
            return next(iter(codes)) if len(codes) == 1 else None
    return None


def region_named(state: ArticleState, m: Phrase, international: frozenset[str]) -> bool:
    """A region's capitalised adjective before the head of a description ("the European envoy",
    "an African mediator"): the region's person, not the country in view's ("the regional
    governor" is a country's)."""
    return any(t.lower_ in international and t.is_title and t.pos_ in ("ADJ", "PROPN")
               for t in state.doc[m.start:m.head])
