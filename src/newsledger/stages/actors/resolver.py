"""The actor resolver: find every mention of an actor in one article and resolve it to who it is.

The passes, in the order :func:`resolve` calls them, each a module of plain functions over one
article's :class:`~.state.ArticleState`:

1. :mod:`.atoms`: dictionary names, sector nouns, titles, anaphors and framing terms found with
   one phrase matcher, spaCy entities, names in scare quotes;
2. :mod:`.phrases`: noun phrases around the atoms, complements, merges and coordination;
3. :mod:`.appositions`: descriptions in apposition to names;
4. :mod:`.readings`, :mod:`.entities`, :mod:`.nominals`, :mod:`.descriptions`: context-free
   readings of names, entities and noun phrases;
5. :mod:`.pronouns`, :mod:`.titles`: resolution in document order (pronouns, anaphors, titles,
   honorifics, unnamed sectors);
6. :mod:`.placement`: where an actor belongs;
7. :mod:`.framing_terms`: framing marks; then the output layer (here).

Actor ids
---------
``state:ISR``            a country's government / the state as an actor (code ``ISR GOV``)
``country:PSE``          the country as a whole: a place ("in Gaza"), or an unspecified national
                         reference ("Israeli air raids") (code ``PSE``)
``sector:PSE:CVL``       a sector of a country: civilians, troops, police ... (code ``PSE CVL``);
                         ``sector:MIL`` when the country is unknown
``person:ali-khamenei``  a person (dictionary id, or derived from the name: ``source="derived"``)
``org:hamas``            an organisation (dictionary id, or derived from the name: ``org:coordination-
                         headquarters-for-...``; a government body from its country and description:
                         ``org:japanese-foreign-ministry``)
``person:unnamed:regional-governor:<article>``  an office holder the article does not name ("the
                         regional governor"): one person within the article, no one across articles
``group:muslim-majority-governments``  a collective group from the dictionary
``compound:state:USA+state:DEU``       coordinated actors ("the United States and Jordan"); its
                         ``members`` are the member actor ids, each also an actor of the layer
``place:usa-georgia``    another reading of an ambiguous name (from ``coref.yaml``)

Mention kinds: name, nominal, title, honorific, label (a framing label such as "the Zionists"),
demonym, pronoun, compound.

How a mention is resolved
-------------------------
1. Atoms: dictionary names, sector nouns, titles, anaphors and framing terms found with one
   phrase matcher (built once per dictionary), spaCy entities, pronouns and
   names in scare quotes.
2. Noun phrases: each atom's syntactic head grows into its noun phrase (determiners, adjectives,
   compounds, possessors), then takes a country from an ``of``/``in`` complement ("the leaders of
   the United States, Germany, France and Britain"). Adjacent descriptor + name phrases merge
   ("the Palestinian resistance movement Hamas"). Coordinated phrases make compound actors.
3. Context-free readings: names, demonyms, capitals (government when acting, a place in
   locative or travel phrases), ambiguous names (PERSON reading, cue words).
4. In document order: pronouns (a reflexive or a subordinate clause's plural subject is bound
   to its clause's subject first; "it" only as the subject of a reporting verb, to the body last
   named as a subject), definite descriptions ("the regime", "those governments"; "the emergency
   service", "the headquarters", "the ministry" to the organisation named before whose name holds
   their words, else a government body of the sentence's or the article's country), titles (office
   holder by the article's date, or the last one named; "the three ministers" to the group just
   named; "his spokesman", "a police spokeswoman" to whom they speak for; "the regional governor"
   to an unnamed office holder), honorifics.

Names within the article: a surname or (for people the dictionary does not know) a first name
points back to the person named in full before ("Kravets", "Father Petro"), before any other
reading of the word; a description in apposition to a name ("a senior diplomat, Beatriz Andrade";
"a resident who gave only her first name, Larysa") is that person, and lends them its country and
sectors; capitalised names of bodies the entity recogniser misses ("the Coordination Headquarters
for the Treatment of Prisoners of War") and longer names ending in a known one ("the African
Union's Peace and Security Council") are organisations of their own. A government body with a
country ("Japan's foreign ministry", "the Russian embassy") is an organisation of that country
(the dictionary's when it knows it), coded as its government.
5. Where an actor belongs (the CAMEO coding conventions): a people is coded by the country it
   lives in ("Bosnian Serbs", "ethnic Albanians in Macedonia"); an unnamed group ("rebels",
   "demonstrators") by the place its sentence puts it in, else the one country the sentence
   names (soldiers, who often act abroad, do not count); a titled person or an organisation the
   dictionary does not know likewise; part of a group with a fixed membership ("new EU members")
   stands for the body they are members of.
"""

from __future__ import annotations

from ...nlp import ParsedDoc
from ...nlp.quotation import find_quotations
from ...records import ActorLayer, Mention, record_id
from .alias_context import context_political_groups, party_member_groups
from .appositions import aged_names, apposed_names, link_appositions, named_employers
from .atoms import atoms, scare_quotes
from .data import ActorsData
from .described_people import described_people
from .focus import sole_named_country
from .framing_terms import framing_marks
from .given_names import given_names
from .language_names import drop_language_names
from .nominals import focus_country, read_names
from .phrases import build, link_acronyms
from .placement import place_titled_people
from .pronouns import resolve_in_order
from .readings import namesakes_in_focus
from .state import ArticleState
from .types import Phrase
from .water_names import drop_water_names


def extract_actors(doc: ParsedDoc, data: ActorsData) -> ActorLayer:
    """Mentions of actors, resolved to dictionary or derived actors, with naming framing marks."""
    speech = [(q.inner_start, q.inner_end) for q in find_quotations(doc.text, data.marks)
              if q.family == "double"] if data.marks is not None else []
    return resolve(ArticleState(doc, data.dictionary, data.matcher, speech))


def resolve(state: ArticleState) -> ActorLayer:
    if state.n == 0:
        return ActorLayer()
    atoms(state)
    drop_water_names(state)
    drop_language_names(state)
    scare_quotes(state)
    build(state)
    apposed_names(state)
    aged_names(state)
    given_names(state)
    read_names(state)
    link_appositions(state)
    named_employers(state)
    state.focus = focus_country(state) or sole_named_country(state)
    namesakes_in_focus(state)
    resolve_in_order(state)
    described_people(state)
    party_member_groups(state)
    context_political_groups(state)
    link_acronyms(state)
    place_titled_people(state)
    framing_marks(state)
    return layer(state)


def char_span(state: ArticleState, m: Phrase) -> tuple[int, int]:
    span = state.doc[m.start:m.end]
    s, e = span.start_char, span.end_char
    for ts, te, cs, ce in state.quoted:
        if ts >= m.start and te <= m.end:
            s, e = min(s, cs), max(e, ce) if te == m.end or ce <= e + 2 else e
    text = state.pd.text
    while e > s and text[e - 1] in " ,;:":
        e -= 1
    return s, e


def layer(state: ArticleState) -> ActorLayer:
    aid = state.pd.article_id
    out: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    used: set[str] = set()
    for m in sorted(state.mentions, key=lambda x: (x.start, -x.end)):
        if m.kind == "compound" and m.actor is None and m.members:
            continue  # its members are mentions of their own
        s, e = char_span(state, m)
        if (s, e) in seen or e <= s:
            continue
        seen.add((s, e))
        if m.actor:
            used.add(m.actor)
        out.append(
            Mention(
                id=record_id("m", aid, s, e),
                article_id=aid,
                sentence=state.pd.sentence_index(s),
                start=s,
                end=e,
                text=state.pd.text[s:e],
                label=m.label,
                actor_id=m.actor,
                kind=m.kind,
                confidence=m.confidence if m.actor else min(m.confidence, state.conf.unresolved),
            )
        )
    for mk in state.marks:
        if mk.refers_to:
            used.add(mk.refers_to)
    # members of compounds are actors of the layer too
    stack = list(used)
    while stack:
        a = state.reg.actors.get(stack.pop())
        if a is None:
            continue
        for mid in a.members:
            if mid not in used and mid in state.reg.actors:
                used.add(mid)
                stack.append(mid)
    actors = tuple(a for a in state.reg.actors.values() if a.id in used)
    marks = tuple(sorted(state.marks, key=lambda x: (x.start, x.end)))
    return ActorLayer(mentions=tuple(out), actors=actors, framing=marks)
