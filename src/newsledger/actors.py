"""Actor stage: find every mention of an actor and resolve it to who it is.

``extract_actors(doc) -> ActorLayer`` returns the mentions found in the article, the actors
they resolve to, and the framing marks found while reading them: every framing-lexicon term
(loaded labels, pejoratives, euphemisms, honorifics, loaded terms), each with the actor it
denotes when there is one, and names in scare quotes. Unresolved mentions are kept with their
text and ``actor_id=None``.

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
   ``PhraseMatcher`` (built once per vocabulary and dictionary), spaCy entities, pronouns and
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

import logging
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from .dictionary import (
    ActorDictionary,
    AmbiguityRule,
    AnaphorEntry,
    FramingTerm,
    TitleEntry,
    body_words,
    load_dictionary,
    slug,
)
from .nlp import ParsedDoc, in_prepositional_phrase
from .records import Actor, ActorLayer, FramingMark, Mention, record_id

log = logging.getLogger(__name__)

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}

_USER_FILES: tuple[str, ...] = ()


def configure(settings: Any) -> None:
    """Use the user dictionary files named in ``settings.actors_files`` (CSV or YAML)."""
    global _USER_FILES
    _USER_FILES = tuple(str(p) for p in (getattr(settings, "actors_files", ()) or ()))
    load_dictionary(_USER_FILES)  # read (and check) them now, not in the middle of a batch


def current_dictionary() -> ActorDictionary:
    """The dictionary the actor stage uses: packaged data merged with configured user files."""
    return load_dictionary(_USER_FILES)


# ---------------------------------------------------------------------------------------------
# matcher: one PhraseMatcher over every dictionary surface form, built once per vocab+dictionary

_CAT_NAME = "N"
_CAT_SECTOR = "S"
_CAT_TITLE = "T"
_CAT_FRAME = "F"
_CAT_ANAPHOR = "A"


@dataclass(eq=False)
class _Matcher:
    matcher: PhraseMatcher
    labels: dict[int, tuple[str, str]]  # match id -> (category, normalised form)
    vocab: Vocab
    dictionary: ActorDictionary


_MATCHERS: dict[tuple[int, int], _Matcher] = {}


def _matcher_for(vocab: Vocab, d: ActorDictionary) -> _Matcher:
    key = (id(vocab), id(d))
    m = _MATCHERS.get(key)
    if m is not None and m.vocab is vocab and m.dictionary is d:
        return m
    tokenizer = spacy.blank("en", vocab=vocab).tokenizer
    matcher = PhraseMatcher(vocab, attr="LOWER")
    labels: dict[int, tuple[str, str]] = {}
    groups = (
        (_CAT_NAME, d.surfaces.keys()),
        (_CAT_SECTOR, d.sector_nouns.keys()),
        (_CAT_TITLE, d.title_forms.keys()),
        (_CAT_FRAME, d.framing_forms.keys()),
        (_CAT_ANAPHOR, d.anaphors.keys()),
    )
    for cat, keys in groups:
        for k in keys:
            texts: set[str] = set()
            for orig in d.originals.get(k, {k}):
                texts.add(orig)
                if "'" in orig:
                    texts.add(orig.replace("'", "’"))
            label = f"{cat}|{k}"
            labels[vocab.strings.add(label)] = (cat, k)
            matcher.add(label, list(tokenizer.pipe(sorted(texts))))
    m = _Matcher(matcher, labels, vocab, d)
    if len(_MATCHERS) > 16:
        _MATCHERS.clear()
    _MATCHERS[key] = m
    return m


# ---------------------------------------------------------------------------------------------
# internal working records (never leave this module)

_QUOTE_CHARS = {"'", "‘", "’", '"', "“", "”", "`", "``", "''"}
_NP_LEFT_DEPS = {"det", "predet", "amod", "compound", "nmod", "poss", "nn", "advmod", "punct", "case", "prep", "dep"}
_MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "nn"}
_COUNTRY_TABLES = ("country", "demonym", "adjective", "capital", "place")
_SCARE = re.compile(
    r"(?<![\w’'])([‘'])([A-Z][\w\-]*(?:[ \-][A-Z][\w\-]*){0,2}(?:[’']s)?)([’'])(?![\w])"
)


@dataclass
class _Atom:
    start: int  # token indices, end exclusive
    end: int
    cat: str  # N (name), S (sector noun), T (title), F (framing term), A (anaphor), E (entity), P (pronoun)
    key: str  # normalised form, or entity label for E
    ner: str = ""
    table: str = ""  # for names: country, demonym, adjective, capital, person, organisation, group
    ref: str = ""  # country code or entry id for names


@dataclass
class _M:
    """A mention being built and resolved."""

    start: int  # token indices
    end: int
    head: int
    kind: str
    label: str
    atom: _Atom | None = None
    actor: str | None = None
    pending: str = ""  # pronoun, anaphor, title, honorific, civilian, sector
    term: str = ""
    sectors: tuple[str, ...] = ()
    frames: list[_Atom] = field(default_factory=list)
    role: str = ""
    gender: str = ""
    plural: bool = False
    definite: bool = False
    confidence: float = 1.0
    members: list[_M] = field(default_factory=list)  # of a compound
    coordinated: bool = False  # its countries come from coordinated modifiers
    complement: _M | None = None  # "the leaders of X": X
    comp_members: list[_M] = field(default_factory=list)  # X and its conjuncts
    complement_of: _M | None = None
    read: bool = False
    merged: bool = False
    honorifics: list[str] = field(default_factory=list)
    sentence: int = 0
    fallback: str = ""  # for a description: how to read it when it names no body named before
    person_hint: bool = False  # a name the syntax shows to be a person's ("Natalia, a resident")
    apposed: _M | None = None  # the description a name is in apposition with, or the name of one


class _Registry:
    """The actors of one article, created on demand."""

    def __init__(self, d: ActorDictionary, date: str | None) -> None:
        self.d = d
        self.date = date
        self.actors: dict[str, Actor] = {}
        self.gender: dict[str, str] = {}
        self.roles: dict[str, set[str]] = {}
        self._kinds: dict[str, str] = {}

    def add_role(self, aid: str, role: str) -> None:
        self.roles.setdefault(aid, set()).add(role.lower())

    def _add(self, actor: Actor) -> str:
        if actor.id not in self.actors:
            self.actors[actor.id] = actor
        return actor.id

    def _source(self, table: str, key: str) -> str:
        return "user" if self.d.is_user(table, key) else "dictionary"

    def country_name(self, code: str) -> str:
        c = self.d.countries.get(code)
        return c.name if c else code

    def state(self, code: str) -> str:
        return self._add(Actor(f"state:{code}", self.country_name(code), "state", code, ("GOV",),
                               source=self._source("countries", code)))

    def country(self, code: str) -> str:
        return self._add(Actor(f"country:{code}", self.country_name(code), "country", code, (),
                               source=self._source("countries", code)))

    def sector(self, code: str | None, sectors: tuple[str, ...]) -> str:
        if code and (not sectors or sectors == ("GOV",)):
            return self.state(code)
        secs = tuple(s for s in sectors if s) or ("UNK",)
        c = self.d.countries.get(code or "")
        adj = (c.adjectives[0] if c and c.adjectives else (c.name if c else ""))
        words = " ".join(self.d.rules.sector_names.get(s, s.lower()) for s in secs)
        name = f"{adj} {words}".strip() if adj else words
        aid = f"sector:{code}:{'+'.join(secs)}" if code else f"sector:{'+'.join(secs)}"
        return self._add(Actor(aid, name, "group", code, secs, source="derived"))

    def person(self, pid: str) -> str:
        p = self.d.person_on(pid, self.date)
        if p.role:
            self.add_role(p.id, p.role)
        return self._add(Actor(p.id, p.name, "person", p.country, p.sectors, source=self._source("people", pid)))

    def org(self, oid: str) -> str:
        o = self.d.organisations[oid]
        return self._add(Actor(o.id, o.name, "organisation", o.country, o.sectors,
                               source=self._source("organisations", oid)))

    def group(self, gid: str) -> str:
        g = self.d.groups[gid]
        # a group of organisations of one country ("Palestinian factions") belongs to that country
        countries = {self.d.organisations[o].country for o in g.member_orgs if o in self.d.organisations}
        country = countries.pop() if len(countries) == 1 and not g.members else None
        return self._add(Actor(g.id, g.name, "group", country, g.sectors, members=g.members,
                               source=self._source("groups", gid)))

    def subgroup(self, gid: str, code: str) -> str:
        """A group within one country ("Iraqi Kurds"): the group's sectors, the country's code."""
        g = self.d.groups[gid]
        c = self.d.countries.get(code)
        adj = c.adjectives[0] if c and c.adjectives else code
        return self._add(Actor(f"{g.id}:{code}", f"{adj} {g.name}", "group", code, g.sectors, source="derived"))

    def derived(self, kind: str, name: str, country: str | None, sectors: tuple[str, ...]) -> str:
        prefix = {"person": "person", "organisation": "org"}.get(kind, kind)
        aid = f"{prefix}:{slug(name)}"
        existing = self.actors.get(aid)
        if existing is not None:
            if (country and not existing.country) or (sectors and not existing.sectors):
                self.actors[aid] = existing.replace(country=existing.country or country,
                                                    sectors=existing.sectors or sectors)
            return aid
        return self._add(Actor(aid, name, kind, country, sectors, source="derived"))

    def alternative(self, rule: AmbiguityRule) -> str:
        return self._add(Actor(rule.alternative_id, rule.alternative_name or rule.name, rule.alternative_type,
                               rule.alternative_country or None, (), source="dictionary"))

    def compound(self, member_ids: list[str], sectors: tuple[str, ...]) -> str:
        names = [self.actors[m].name for m in member_ids if m in self.actors]
        name = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else (names[0] if names else "?")
        if sectors == ("GOV",):
            name += " governments"
        countries = {self.actors[m].country for m in member_ids if m in self.actors}
        country = countries.pop() if len(countries) == 1 else None
        return self._add(Actor("compound:" + "+".join(member_ids), name, "compound", country, sectors,
                               members=tuple(member_ids), source="derived"))

    def kind_of(self, aid: str | None) -> str:
        """The actor's type, with sector actors ("sector:PSE:CVL") told apart from other groups."""
        if aid is None:
            return ""
        k = self._kinds.get(aid)
        if k is None:
            a = self.actors.get(aid)
            if a is None:
                return ""
            k = self._kinds[aid] = "sector" if aid.startswith("sector:") else a.type
        return k


# ---------------------------------------------------------------------------------------------


def extract_actors(doc: ParsedDoc) -> ActorLayer:
    """Mentions of actors, resolved to dictionary or derived actors, with naming framing marks."""
    d = current_dictionary()
    return _Resolver(doc, d, _matcher_for(doc.doc.vocab, d)).run()


class _Resolver:
    def __init__(self, pd: ParsedDoc, d: ActorDictionary, m: _Matcher) -> None:
        self.pd = pd
        self.doc: Doc = pd.doc
        self.d = d
        self.rules = d.rules
        self.m = m
        self.reg = _Registry(d, pd.article.published)
        self.n = len(self.doc)
        self.names: list[_Atom | None] = [None] * self.n
        self.nouns: list[_Atom | None] = [None] * self.n
        self.frames: list[_Atom | None] = [None] * self.n
        self.quoted: list[tuple[int, int, int, int]] = []  # (tok start, tok end, char start, char end)
        self.quoted_tok: set[int] = set()
        self.mentions: list[_M] = []
        self.by_head: dict[int, _M] = {}
        self.marks: list[FramingMark] = []
        self._cue_cache: dict[str, int] = {}
        self._raw_countries: list[_Atom] = []
        self._countries_named: set[str] = set()
        self._locative_cache: dict[int, set[str]] | None = None
        self._by_sentence: dict[int, list[_M]] | None = None
        self._named_refs: set[str] = set()
        self._evidence: Counter[str] = Counter()  # country codes named in the article (not capitals)
        self._all_frames: list[_Atom] = []
        self._org_word_cache: dict[str, frozenset[str]] = {}
        self._male = frozenset(self.rules.male_cues)
        self._female = frozenset(self.rules.female_cues)

    # ---- driver ------------------------------------------------------------------------------

    def run(self) -> ActorLayer:
        if self.n == 0:
            return ActorLayer()
        self._atoms()
        self._scare_quotes()
        self._build()
        self._apposed_names()
        self._read_names()
        self._link_appositions()
        self._focus = self._focus_country()
        self._resolve_in_order()
        self._place_titled_people()
        self._framing_marks()
        return self._layer()

    # ---- atoms -------------------------------------------------------------------------------

    def _atoms(self) -> None:
        doc = self.doc
        by_cat: dict[str, list[_Atom]] = {}
        for match_id, start, end in self.m.matcher(doc):
            cat, key = self.m.labels[match_id]
            if cat == _CAT_NAME:
                text = doc[start:end].text
                refs = self.d.surfaces.get(key, [])
                if not refs or not self._case_ok(text, key):
                    continue
                for ref in refs:
                    by_cat.setdefault(cat, []).append(_Atom(start, end, cat, key, table=ref.table, ref=ref.key))
            else:
                by_cat.setdefault(cat, []).append(_Atom(start, end, cat, key))
        nouns = _longest(by_cat.get(_CAT_SECTOR, []) + by_cat.get(_CAT_TITLE, []) + by_cat.get(_CAT_ANAPHOR, []),
                         prefer=_noun_priority)
        for a in nouns:
            for i in range(a.start, a.end):
                self.nouns[i] = a
        frames = by_cat.get(_CAT_FRAME, [])
        for a in _longest(frames, prefer=lambda a: 0):
            for i in range(a.start, a.end):
                self.frames[i] = a
        # every lexicon term gets a mark, overlapping ones too, but not one inside another
        self._all_frames = sorted(
            (a for a in frames
             if not any(b is not a and b.start <= a.start and a.end <= b.end and (b.end - b.start) > (a.end - a.start)
                        for b in frames)),
            key=lambda a: (a.start, a.end))
        names = self._gate_ambiguous_orgs(by_cat.get(_CAT_NAME, []))
        names = self._drop_coordinations(names)
        self._raw_countries = [a for a in names if a.table == "country"]
        pre = Counter(a.ref for a in names if a.table in _COUNTRY_TABLES and self._one_country(a.key))
        preferred = self.rules.preferred_readings
        names = _longest(names, prefer=lambda a: (_name_priority(a), -pre[a.ref], preferred.get(a.key, a.ref) != a.ref))
        self._named_refs = {a.ref for a in names}
        self._evidence = Counter(a.ref for a in names if a.table in ("country", "demonym", "adjective", "place"))
        names = self._longer_proper_names(names)
        names = names + self._unlabelled_organisations(names)
        names = self._with_entities(names)
        for a in names:
            for i in range(a.start, a.end):
                self.names[i] = a

    def _longer_proper_names(self, names: list[_Atom]) -> list[_Atom]:
        """An organisation's name at the end of a longer proper name is another body: "the
        African Union's Peace and Security Council", "the National Security Council" are not the
        UN Security Council. The capitalised words before it (joined by "and", "of", "for") make
        a name of its own, read as an organisation the dictionary does not know."""
        doc = self.doc
        taken = {i for a in names for i in range(a.start, a.end)}
        out = []
        for a in names:
            if a.table != "organisation" or not doc[a.start].is_title:
                out.append(a)
                continue
            start = a.start
            i = a.start - 1
            while i >= 0 and i not in taken and self.nouns[i] is None and self.frames[i] is None:
                t = doc[i]
                if t.is_title and t.is_alpha and t.pos_ in ("PROPN", "NOUN", "ADJ"):
                    start = i
                elif t.lower_ in _NAME_JOINERS and i > 0 and doc[i - 1].is_title and (i - 1) not in taken:
                    pass
                else:
                    break
                i -= 1
            if start == a.start:
                out.append(a)
                continue
            atom = _Atom(start, a.end, "E", "ORG", ner="ORG", ref=f"organisation={a.ref}")
            out.append(atom)
            taken.update(range(start, a.end))
        return out

    def _unlabelled_organisations(self, names: list[_Atom]) -> list[_Atom]:
        """Capitalised names of organisations that the entity recogniser missed: a head noun
        such as "Headquarters", "Council" or "Service" with capitalised words before it and
        "of"/"for" complements after it ("the Coordination Headquarters for the Treatment of
        Prisoners of War"). A name made only of common actor nouns ("the Defence Ministry") is
        left to be read as a description."""
        doc = self.doc
        taken = {i for a in names for i in range(a.start, a.end)}
        heads = self.rules.organisation_heads
        out: list[_Atom] = []
        for tok in doc:
            if tok.i in taken or tok.pos_ != "PROPN" or not tok.is_title or tok.lower_ not in heads:
                continue
            start = tok.i
            while start > 0 and (start - 1) not in taken and doc[start - 1].is_title and doc[start - 1].is_alpha \
                    and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ") and doc[start - 1].head.i >= start:
                start -= 1
            end = tok.i + 1
            while end + 1 < self.n and doc[end].lower_ in ("of", "for"):
                j = end + 1
                if doc[j].lower_ == "the" and j + 1 < self.n:
                    j += 1
                k = j
                while k < self.n and k not in taken and doc[k].is_title and doc[k].is_alpha:
                    k += 1
                if k == j:
                    break
                end = k
            content = [t for t in doc[start:end] if t.is_title]
            if len(content) < 2 or (end <= tok.i + 1 and self._all_common(start, tok.i + 1, [])):
                continue
            if any(i in taken for i in range(start, end)):
                continue
            out.append(_Atom(start, end, "E", "ORG", ner="ORG"))
            taken.update(range(start, end))
        return out

    def _one_country(self, key: str) -> bool:
        return len({r.key for r in self.d.surfaces.get(key, []) if r.table in _COUNTRY_TABLES}) == 1

    def _drop_coordinations(self, atoms: list[_Atom]) -> list[_Atom]:
        """A group named as a plain list of countries ("the United States and Britain", "US and
        British") is read as the coordination it is, so each country keeps its own mention."""
        covered: set[int] = set()
        for a in atoms:
            if a.table in _COUNTRY_TABLES:
                covered.update(range(a.start, a.end))
        out = []
        for a in atoms:
            if a.table == "group" and any(t.dep_ == "cc" or t.lower_ in ("and", "&") for t in self.doc[a.start:a.end]):
                rest = [t for t in self.doc[a.start:a.end] if not (t.is_punct or t.lower_ in ("and", "&", "the"))]
                if rest and all(t.i in covered for t in rest):
                    continue
            out.append(a)
        return out

    def _gate_ambiguous_orgs(self, atoms: list[_Atom]) -> list[_Atom]:
        """An ambiguous alias ("Aerospace Force") names the organisation only when its country is
        named somewhere in the article."""
        self._countries_named = {a.ref for a in atoms if a.table in _COUNTRY_TABLES}
        if not self.d.ambiguous_org_forms:
            return atoms
        return [a for a in atoms if not (a.table == "organisation" and self._gated_org(a.key, a.ref))]

    def _gated_org(self, key: str, ref: str) -> bool:
        """An ambiguous alias of an organisation whose country the article does not name."""
        if ref not in self.d.ambiguous_org_forms.get(key, ()):
            return False
        org = self.d.organisations.get(ref)
        return org is not None and bool(org.country) and org.country not in self._countries_named

    def _case_ok(self, text: str, key: str) -> bool:
        """Names match case-insensitively only where that is safe: never 'us' for 'US'."""
        t = text.replace("’", "'")
        originals = self.d.originals.get(key, set())
        if t in originals:
            return True
        if not t[:1].isupper():
            return False
        for o in originals:
            letters = [c for c in o if c.isalpha()]
            if letters and all(c.isupper() for c in letters):
                continue  # an acronym: exact case only
            if o.lower() == t.lower():
                return True
        return False

    def _with_entities(self, names: list[_Atom]) -> list[_Atom]:
        """Reconcile dictionary names with spaCy's entities; entities no name covers become atoms."""
        doc = self.doc
        at: list[_Atom | None] = [None] * self.n  # names do not overlap: one atom per token
        for a in names:
            for i in range(a.start, a.end):
                at[i] = a
        removed: set[int] = set()
        added: list[_Atom] = []

        def drop(atoms: list[_Atom]) -> None:
            for x in atoms:
                removed.add(id(x))
                for i in range(x.start, x.end):
                    at[i] = None

        for ent in doc.ents:
            if ent.label_ not in ACTOR_LABELS:
                continue
            s, e = ent.start, ent.end
            while s < e - 1 and doc[s].pos_ in ("ADV", "ADP", "CCONJ", "PUNCT", "DET"):
                s += 1
            if doc[s].lower_ in self.rules.non_actor_first_words:
                continue  # "Operation Al-Aqsa Flood": an event's name, not an actor
            touching: list[_Atom] = []
            for i in range(s, e):
                x = at[i]
                if x is not None and (not touching or touching[-1] is not x):
                    touching.append(x)
            if any(x.start < s or x.end > e for x in touching):
                continue  # a dictionary name crosses the entity's edge: the name wins
            inside = touching
            if any(x.start == s and x.end == e for x in inside):
                for x in inside:
                    x.ner = ent.label_
                continue
            if inside and ent.label_ == "ORG" and self._first_name_before(s, inside):
                label = "PERSON"  # "Denzel Washington": a first name before an ambiguous name
            else:
                label = ent.label_
            if inside and label == "PERSON":
                if len(inside) == 1 and inside[0].table == "person" and (
                    self._name_goes_on(inside[0], e) or self._other_first_name(inside[0], s)
                ):
                    # "Father Petro Sas": a first name, then someone else's surname;
                    # "Pieter Claes": someone else's first name before a known surname
                    drop(inside)
                    inside = []
                elif not all(x.table in _COUNTRY_TABLES for x in inside):
                    continue
                if all(x.table in ("demonym", "adjective") for x in inside) and doc[e - 1].tag_ in ("NNS", "NNPS"):
                    continue  # "Bosnian Serbs": a people, not a person's name
                # "Michael Jordan", "George Washington", "Israel Katz": a person's name
                drop(inside)
                inside = []
            inner: list[_Atom] = []
            if inside:
                first = inside[0]
                if first.start == s and first.end < e and doc[first.end].tag_ == "POS":
                    s = first.end + 1  # "Iran's Islamic Revolution Guard": the possessor is its own name
                    inside = [x for x in inside if x.start >= s]
                if s >= e:
                    continue
                exact = [x for x in inside if x.start == s and x.end == e]
                if exact:
                    for x in exact:
                        x.ner = label
                    continue
                if self._all_common(s, e, inside):
                    continue  # "the Iranian Armed Forces": common nouns, read as a noun phrase
                if inside and label in ("GPE", "LOC", "NORP"):
                    continue
                drop(inside)
                inner = inside
            elif self._all_common(s, e, []):
                continue
            if any(at[i] is not None for i in range(s, e)):
                continue
            atom = _Atom(s, e, "E", label, ner=label)
            atom.ref = ",".join(f"{x.table}={x.ref}" for x in inner)
            added.append(atom)
            for i in range(s, e):
                at[i] = atom
        return [x for x in names if id(x) not in removed] + added

    def _name_goes_on(self, a: _Atom, e: int) -> bool:
        """A person's name in the dictionary followed, inside one PERSON entity, by another name."""
        return any(t.pos_ == "PROPN" and t.tag_ != "POS" for t in self.doc[a.end:e])

    def _other_first_name(self, a: _Atom, s: int) -> bool:
        """Proper names before a known person's name, inside one PERSON entity, that are none
        of that person's names: another person with the same surname ("Pieter Claes")."""
        before = [t for t in self.doc[s:a.start]
                  if t.pos_ == "PROPN" and t.is_alpha and self.nouns[t.i] is None and self.frames[t.i] is None]
        if not before or a.ref not in self.d.people:
            return False
        known = {w.lower() for n in self.d.people[a.ref].names for w in n.replace(".", " ").split()}
        return not any(t.lower_ in known for t in before)

    def _first_name_before(self, s: int, inside: list[_Atom]) -> bool:
        """[Proper names] + an ambiguous name read as a person's (``coref.yaml`` person_reading)."""
        if len(inside) != 1:
            return False
        a = inside[0]
        amb = self.d.ambiguity.get(a.key)
        if amb is None or not amb.person_reading or a.start <= s:
            return False
        return all(t.pos_ == "PROPN" and self.nouns[t.i] is None for t in self.doc[s:a.start])

    def _all_common(self, s: int, e: int, inside: list[_Atom]) -> bool:
        """True when every word of tokens[s:e] is a sector noun, title, demonym or adjective."""
        covered = set()
        for a in inside:
            if a.table in ("demonym", "adjective"):
                covered.update(range(a.start, a.end))
        content = [i for i in range(s, e) if self.doc[i].is_alpha or i in covered]
        if not content:
            return False
        for i in content:
            if i in covered:
                continue
            fa = self.frames[i]
            if fa is not None and self._frame_names_actor(fa):
                continue
            tok = self.doc[i]
            low = tok.lower_
            if low in self.d.sector_nouns or low in self.d.title_forms or low in self.d.anaphors:
                continue
            # multi-word sector nouns ("armed forces")
            two = " ".join(t.lower_ for t in self.doc[i:i + 2])
            prev = " ".join(t.lower_ for t in self.doc[max(i - 1, 0):i + 1])
            if two in self.d.sector_nouns or prev in self.d.sector_nouns or two in self.d.anaphors or prev in self.d.anaphors:
                continue
            return False
        return True

    def _scare_quotes(self) -> None:
        text = self.pd.text
        doc = self.doc
        for mt in _SCARE.finditer(text):
            inner_s, inner_e = mt.start(2), mt.end(2)
            span = doc.char_span(inner_s, inner_e, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            toks = [t for t in span if t.tag_ != "POS" and t.text not in _QUOTE_CHARS]
            if not toks or len(toks) > 3:
                continue
            name_tok = [t.i for t in toks if self.names[t.i] is not None]
            if not name_tok:
                continue
            atom = self.names[name_tok[0]]
            assert atom is not None
            if atom.start < toks[0].i or atom.end > toks[-1].i + 1:
                continue  # the quotes cut a name in two: not a quoted name
            self.quoted.append((toks[0].i, toks[-1].i + 1, mt.start(1), mt.end(3)))
            self.quoted_tok.update(range(toks[0].i, toks[-1].i + 1))

    # ---- mentions ----------------------------------------------------------------------------

    def _heads(self) -> dict[int, str]:
        """Head tokens of candidate mentions: "atom" (a dictionary or entity head) or "pronoun"."""
        doc = self.doc
        heads: dict[int, str] = {}
        seen: set[int] = set()
        for arr in (self.names, self.nouns, self.frames):
            for a in arr:
                if a is None or id(a) in seen:
                    continue
                seen.add(id(a))
                if arr is self.names and self._in_label(a):
                    continue
                if arr is not self.names and any(self.names[i] is not None for i in range(a.start, a.end)) and not (
                    arr is self.frames and self._frame_names_actor(a) and self._frame_refers(a)
                ):
                    continue
                if arr is self.frames and (
                    any(self.nouns[i] is not None for i in range(a.start, a.end)) or not self._frame_names_actor(a)
                ):
                    continue
                root = doc[a.start:a.end].root
                if arr is not self.names and not self._nominal_ok(root):
                    continue
                if a.cat == "E" and a.key == "NORP" and root.dep_ in ("amod", "compound", "nmod") and root.tag_ not in ("NNS", "NNPS"):
                    continue  # "Western support": an adjective, not a mention
                heads.setdefault(root.i, "atom")
        pron = set(self.rules.male_pronouns) | set(self.rules.female_pronouns) | set(self.rules.plural_pronouns)
        neuter = set(self.rules.neuter_pronouns)
        for tok in doc:
            low = tok.lower_
            if (low in pron and tok.pos_ == "PRON") or (low == "her" and tok.tag_ == "PRP"):
                heads.setdefault(tok.i, "pronoun")
            elif low in neuter and tok.pos_ == "PRON" and self._reporting_subject(tok):
                heads.setdefault(tok.i, "pronoun")  # "It said ...": the body last named as a subject
        return dict(sorted(heads.items()))

    def _body_like(self, m: _M) -> bool:
        """A mention headed by a noun for an organisation ("army", "coast guard", "ministry")."""
        a = self.nouns[m.head]
        st = self.d.sector_nouns.get(a.key) if a is not None and a.cat == _CAT_SECTOR else None
        return st is not None and st[0].type == "organisation"

    def _reporting_subject(self, tok: Token) -> bool:
        """The subject of a reporting verb ("It said", "it accused", "It called on ...")."""
        if tok.dep_ != "nsubj":
            return False
        verb = tok.head
        return verb.lemma_.lower() in self.rules.reporting_verbs or verb.lower_ in self.rules.reporting_verbs

    def _frame_refers(self, a: _Atom) -> bool:
        ft = self.d.framing_forms.get(a.key)
        return ft is not None and bool(ft.refers_to)

    def _in_label(self, a: _Atom) -> bool:
        """A name inside a framing label that names its own referent ("Strelsau clique")."""
        f = self.frames[a.start]
        return f is not None and f.start <= a.start and a.end <= f.end and (f.end - f.start) > (a.end - a.start) \
            and self._frame_refers(f)

    def _is_head_atom(self, i: int) -> bool:
        return self.names[i] is not None or self.nouns[i] is not None

    def _frame_names_actor(self, a: _Atom) -> bool:
        """A framing term that names an actor ("Zionist regime", "His Eminence"), not an act."""
        ft = self.d.framing_forms.get(a.key)
        return ft is not None and (bool(ft.refers_to) or bool(ft.sector) or ft.kind in self.rules.actor_framing_kinds)

    def _nominal_ok(self, tok: Token) -> bool:
        """A common noun heading an actor phrase: a noun, not an adjective or part of a hyphenated word."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        nxt = tok.nbor(1) if tok.i + 1 < self.n else None
        if nxt is not None and nxt.text == "-" and not nxt.whitespace_ and not tok.whitespace_:
            return False
        return True

    def _build(self) -> None:
        doc = self.doc
        heads = self._heads()
        head_set = set(heads)
        for h, what in heads.items():
            tok = doc[h]
            if what == "pronoun":
                m = _M(h, h + 1, h, "pronoun", "PRONOUN", pending="pronoun", term=tok.lower_)
                self._add(m)
                continue
            atom = self.names[h] or self.nouns[h] or self.frames[h]
            parent = tok.head
            if (
                tok.dep_ in _MODIFIER_DEPS
                and parent.i != h
                and parent.i in head_set
                and not (tok.dep_ == "poss" and self.names[h] is not None and self.names[h] is not self.names[parent.i])
                and self._np_contains(parent, h)
            ):
                continue  # a modifier of a larger actor phrase ("Israeli" in "Israeli troops")
            if atom is not None and self.names[h] is atom and self.names[parent.i] is atom and parent.i != h:
                continue
            self._add(self._np(tok))
        self._complements()
        self._merge_adjacent()
        self._coordination()
        self._countries_inside_groups()

    def _np_contains(self, parent: Token, i: int) -> bool:
        start, end = self._np_extent(parent)
        return start <= i < end

    def _np_extent(self, tok: Token) -> tuple[int, int]:
        start = tok.i
        for c in tok.lefts:
            if c.dep_ in ("nummod", "quantmod"):
                continue
            if c.dep_ == "punct" and c.text not in _QUOTE_CHARS and c.text not in "[]()":
                continue
            if c.dep_ not in _NP_LEFT_DEPS:
                continue
            left = c.left_edge.i
            # skip a number and its qualifier at the far left ("at least 12,300 Palestinians")
            while left < c.i and (self.doc[left].like_num or self.doc[left].dep_ in ("quantmod", "advmod", "nummod")):
                left += 1
            start = min(start, left)
        parent = tok.head
        if tok.dep_ == "compound" and parent.i > tok.i and not self._is_head_atom(parent.i):
            # "Israeli army bulldozers": the modifiers before a noun used as a modifier are its own
            for c in parent.lefts:
                if c.i < tok.i and c.dep_ in ("amod", "compound", "nmod", "det", "poss"):
                    start = min(start, c.left_edge.i)
        end = tok.i + 1
        for arr in (self.names, self.nouns, self.frames):
            a = arr[tok.i]
            if a is not None:
                start = min(start, a.start)
                end = max(end, a.end)
        # a closing quote right after a quoted name
        if end < self.n and self.doc[end].text in ("’", "'") and end - 1 in self.quoted_tok:
            end += 1
        # drop leading punctuation other than an opening quote right before a quoted name
        while start < tok.i and self.doc[start].is_punct and start + 1 not in self.quoted_tok:
            start += 1
        while start < tok.i and self.doc[start].dep_ == "case":
            start += 1
        return start, end

    def _np(self, tok: Token) -> _M:
        start, end = self._np_extent(tok)
        h = tok.i
        name = self.names[h]
        noun = self.nouns[h]
        frame = self.frames[h]
        if name is not None and self._in_label(name):
            name = None
        if name is not None and name.table == "office":
            m = _M(start, end, h, "title", "TITLE", atom=name, term=name.key)
        elif name is not None:
            kind = "demonym" if name.table in ("demonym", "adjective") else "name"
            label = name.ner or _TABLE_LABEL.get(name.table, name.ner or "NOMINAL")
            m = _M(start, end, h, kind, label, atom=name)
        elif noun is not None:
            kind = "title" if noun.cat == _CAT_TITLE else "nominal"
            m = _M(start, end, h, kind, "TITLE" if kind == "title" else "NOMINAL", atom=noun, term=noun.key)
        else:
            assert frame is not None
            ft = self.d.framing_forms.get(frame.key)
            honor = ft is not None and ft.kind == "honorific"
            m = _M(start, end, h, "honorific" if honor else "label", "HONORIFIC" if honor else "LABEL",
                   atom=frame, term=frame.key)
        m.plural = tok.tag_ in ("NNS", "NNPS") or "Plur" in tok.morph.get("Number")
        first = self.doc[start]
        m.definite = first.lower_ in self.rules.definite_determiners
        if name is not None and name.table == "demonym" and tok.tag_ in ("NNS", "NNPS"):
            m.plural = True
        return m

    def _add(self, m: _M) -> None:
        m.sentence = self.pd.sentence_index(self.doc[m.start].idx)
        self.mentions.append(m)
        self.by_head.setdefault(m.head, m)

    def _complements(self) -> None:
        """Note the of/in complement of a sector noun or title; it is used when no modifier
        gives the country ("the leaders of the United States", "rebels in Darfur")."""
        doc = self.doc
        preps = set(self.rules.complement_prepositions)
        for m in list(self.mentions):
            if m.kind not in ("nominal", "title", "label"):
                continue
            tok = doc[m.head]
            speaks_for = tok.lower_ in self.rules.spokesperson_nouns  # "a spokesman for X"
            for prep in tok.rights:
                if prep.dep_ != "prep" or (prep.lower_ not in preps and not (speaks_for and prep.lower_ == "for")):
                    continue
                objs = [c for c in prep.children if c.dep_ == "pobj"]
                if not objs:
                    continue
                obj = objs[0]
                target = self.by_head.get(obj.i)
                if target is None or target.kind == "pronoun":
                    continue
                a = target.atom
                if prep.lower_ not in ("of", "for") and a is not None and a.table not in _COUNTRY_TABLES \
                        and a.cat != "E":
                    continue
                m.complement = target
                m.comp_members = [target] + [self.by_head[c.i] for c in obj.conjuncts if c.i in self.by_head]
                for x in m.comp_members:
                    x.complement_of = m
                break

    def _merge_adjacent(self) -> None:
        """Descriptor phrases right before a name join it: titles, honorifics, descriptions."""
        changed = True
        while changed:
            changed = False
            ms = sorted((x for x in self.mentions if not x.merged), key=lambda x: (x.start, -x.end))
            by_start: dict[int, _M] = {}
            for x in ms:
                by_start.setdefault(x.start, x)
            for a in ms:
                if a.merged:
                    continue
                b = None
                for st in range(a.end, min(a.end + 4, self.n + 1)):
                    if st in by_start and not by_start[st].merged and by_start[st] is not a:
                        b = by_start[st]
                        break
                if b is None or a.sentence != b.sentence or not self._adjacent(a.end, b.start):
                    continue
                if (self._descriptor(a) and self._is_name(b) and not a.plural) or self._sub_unit(a, b):
                    b.start = a.start  # "the Palestinian resistance movement Hamas"
                    self._absorb(b, a)
                    changed = True
                    break
                if (
                    self._is_name(b) is False
                    and a.atom is not None
                    and a.atom.cat in (_CAT_NAME, "E")
                    and (a.atom.table == "organisation" or a.atom.key == "ORG")
                    and b.kind == "nominal"
                    and self.doc[b.head].tag_ == "NNP"
                ):
                    a.end = b.end  # "Islamic Revolution Guard [IRG] Aerospace Force"
                    self._absorb(a, b)
                    changed = True
                    break
        self.mentions = [x for x in self.mentions if not x.merged]
        self.by_head = {}
        for x in self.mentions:
            self.by_head.setdefault(x.head, x)

    def _absorb(self, keep: _M, gone: _M) -> None:
        gone.merged = True
        if gone.kind == "title" and gone.term:
            te = self.d.title_forms.get(gone.term)
            if te is not None and te.kind != "courtesy":
                keep.role = keep.role or te.role
        if gone.complement is not None and keep.complement is None:
            keep.complement, keep.comp_members = gone.complement, gone.comp_members
            for x in keep.comp_members:
                x.complement_of = keep

    def _sub_unit(self, a: _M, b: _M) -> bool:
        """"Islamic Revolution Guard [IRG] Aerospace Force": an organisation, then a part of it."""
        if a.atom is None or b.atom is None or a.atom.table != "organisation" or b.atom.table != "organisation":
            return False
        child = self.d.organisations.get(b.atom.ref)
        return child is not None and child.parent == a.atom.ref

    def _adjacent(self, end: int, start: int) -> bool:
        if end == start:
            return True
        if end < start:
            between = self.doc[end:start]
            return len(between) <= 3 and all(t.text in "[]()" or (t.is_upper and len(t) <= 6) for t in between)
        return False

    def _descriptor(self, m: _M) -> bool:
        if m.kind in ("title", "honorific"):
            return True
        if m.kind in ("nominal", "label") and not m.plural and m.atom is not None:
            return m.atom.cat in (_CAT_SECTOR, _CAT_FRAME, _CAT_TITLE, _CAT_ANAPHOR)
        return False

    def _is_name(self, m: _M) -> bool:
        a = m.atom
        if a is None:
            return False
        return (a.cat == "E" and a.key in ("PERSON", "ORG")) or (a.cat == _CAT_NAME and a.table in ("person", "organisation"))

    def _countries_inside_groups(self) -> None:
        """"the United States and Britain" named as one group: each country is a mention too."""
        taken = {(m.start, m.end) for m in self.mentions}
        for m in list(self.mentions):
            a = m.atom
            if a is None or a.table != "group" or not self.d.groups[a.ref].members:
                continue
            for c in self._raw_countries:
                if a.start <= c.start and c.end <= a.end and (c.end - c.start) < (a.end - a.start) \
                        and (c.start, c.end) not in taken:
                    sub = _M(c.start, c.end, self.doc[c.start:c.end].root.i, "name", "GPE", atom=c)
                    self._add(sub)
                    taken.add((c.start, c.end))

    def _coordination(self) -> None:
        """Coordinated actor phrases: one compound mention, plus each member's own mention."""
        doc = self.doc
        done: set[int] = set()
        for m in list(self.mentions):
            if m.head in done or m.kind == "pronoun":
                continue
            tok = doc[m.head]
            conj = [c.i for c in tok.conjuncts if c.i in self.by_head and self.by_head[c.i].kind != "pronoun"]
            if not conj or tok.dep_ == "conj":
                continue
            group = [m] + [self.by_head[i] for i in sorted(conj)]
            done.update(g.head for g in group)
            if m.complement_of is not None:
                continue  # the phrase it completes becomes the compound
            comp = _M(min(g.start for g in group), max(g.end for g in group), m.head, "compound", "COMPOUND")
            comp.members = group
            comp.plural = True
            comp.sentence = m.sentence
            self.mentions.append(comp)
        # coordinated country modifiers inside one phrase: "U.S. and Russian negotiators"
        for m in list(self.mentions):
            if m.kind not in ("nominal", "title"):
                continue
            mods = self._country_modifiers(m)
            conj_mods = [a for a in mods if doc[a.start:a.end].root.dep_ == "conj"]
            if len(mods) >= 2 and conj_mods:
                m.coordinated = True

    # ---- context-free readings ---------------------------------------------------------------

    def _country_modifiers(self, m: _M) -> list[_Atom]:
        """Country atoms inside a phrase's modifiers (adjectives, possessors, compounds)."""
        out: list[_Atom] = []
        seen: set[int] = set()
        for i in range(m.start, min(m.end, m.head)):
            a = self.names[i]
            if a is None or id(a) in seen or a.table not in _COUNTRY_TABLES:
                continue
            if a.end > m.head:
                continue
            seen.add(id(a))
            if self._stance_prefixed(a):
                continue  # "an anti-Syria journalist" is no Syrian
            out.append(a)
        return out

    def _stance_prefixed(self, a: _Atom) -> bool:
        """A name after "anti-", "pro-" or "non-": a stance towards the country, not its people."""
        s = a.start
        prefixes = self.rules.stance_prefixes
        if s >= 2 and self.doc[s - 1].text == "-" and self.doc[s - 2].lower_ in prefixes:
            return True
        first = self.doc[s].lower_
        return any(first.startswith(p + "-") for p in prefixes)

    # ---- appositions: a description and the name of whom it describes ------------------------

    def _apposed_names(self) -> None:
        """Pair names with the descriptions in apposition to them ("a senior diplomat, Beatriz
        Andrade"; "Natalia, a resident of the town"; "a resident who gave only her first name,
        Larysa"). A name beside a description of a person is a person's name, whatever its entity
        label, and a bare proper name that a relative "who" clause follows is one too ("Iryna,
        whose husband ...")."""
        doc = self.doc
        for tok in doc:
            if tok.dep_ != "appos" or tok.head.i == tok.i:
                continue
            a, b = self.by_head.get(tok.head.i), self.by_head.get(tok.i)
            if a is None and b is not None and tok.head.lower_ in self.rules.name_nouns:
                a = self._naming_owner(tok.head)  # "who gave her first name, Larysa"
                if a is not None:
                    self._pair(a, b)
                continue
            if a is None and self._bare_name(tok.head):
                a = self._name_mention(tok.head)
            elif b is None and self._bare_name(tok):
                b = self._name_mention(tok)
            if a is None or b is None:
                continue
            desc, name = (a, b) if self._name_like(b) and not self._name_like(a) else (b, a)
            if self._name_like(name) and not self._name_like(desc):
                self._pair(desc, name)
        for tok in doc:  # "Iryna, whose husband ...": a person's name
            if tok.i in self.by_head or not self._bare_name(tok) or self.names[tok.i] is not None:
                continue
            if any(c.dep_ == "relcl" and self._personal_relative(c) for c in tok.children):
                self._name_mention(tok).person_hint = True

    def _naming_owner(self, noun: Token) -> _M | None:
        """The person whose name a naming clause gives: "a resident who gave her first name, X"."""
        t = noun
        for _ in range(4):
            if t.dep_ == "relcl":
                owner = self.by_head.get(t.head.i)
                return owner if owner is not None and self._person_description(owner) else None
            if t.head.i == t.i:
                return None
            t = t.head
        return None

    def _personal_relative(self, clause: Token) -> bool:
        """A relative clause about a person: "who ...", or "whose husband ..."."""
        first = clause.left_edge
        if first.lower_ in ("who", "whom"):
            return True
        return first.lower_ == "whose" and first.head.lower_ in self.rules.kin_nouns

    def _bare_name(self, tok: Token) -> bool:
        """A capitalised proper noun no dictionary entry or actor entity covers."""
        if tok.pos_ != "PROPN" or not tok.is_title or not tok.is_alpha:
            return False
        if tok.ent_type_ and tok.ent_type_ not in ("PERSON", "GPE", "LOC", "NORP", "ORG"):
            return False
        return not any(arr[tok.i] is not None for arr in (self.names, self.nouns, self.frames))

    def _name_mention(self, tok: Token) -> _M:
        """A mention for a proper name the earlier passes left out, with its compound first names."""
        existing = self.by_head.get(tok.i)
        if existing is not None:
            return existing
        start = tok.i
        while start > 0 and self.doc[start - 1].dep_ == "compound" and self.doc[start - 1].head.i == tok.i \
                and self.doc[start - 1].pos_ == "PROPN" and self.names[start - 1] is None:
            start -= 1
        atom = _Atom(start, tok.i + 1, "E", "PERSON", ner="PERSON")
        m = _M(start, tok.i + 1, tok.i, "name", "PERSON", atom=atom, person_hint=True)
        m.sentence = self.pd.sentence_index(self.doc[start].idx)
        # in document order, so that a later "Marek" finds the person named here
        at = next((k for k, x in enumerate(self.mentions) if x.kind != "compound" and x.head > tok.i),
                  len(self.mentions))
        self.mentions.insert(at, m)
        self.by_head.setdefault(m.head, m)
        return m

    def _name_like(self, m: _M) -> bool:
        """A proper name the dictionary does not know (a spaCy entity), or a person's name."""
        a = m.atom
        if a is None or m.kind != "name":
            return False
        return a.cat == "E" or a.table == "person"

    def _person_description(self, m: _M) -> bool:
        """A description of one person: a title ("spokesman") or a noun for a person ("resident")."""
        if m.kind not in ("title", "nominal") or m.plural:
            return False
        if m.kind == "title":
            te = self.d.title_forms.get(m.term)
            return te is None or te.kind != "courtesy"
        a = self.nouns[m.head]
        st = self.d.sector_nouns.get(a.key) if a is not None and a.cat == _CAT_SECTOR else None
        return (st is not None and st[0].type == "person") or self.doc[m.head].lower_ in self.rules.representative_nouns

    def _pair(self, desc: _M, name: _M) -> None:
        if not self._person_description(desc) or name.apposed is not None:
            return
        a = name.atom
        if a is not None and a.cat == "E" and a.key in ("GPE", "LOC", "FAC") and self._is_place(self.doc[name.head]):
            return  # "In Tulsa, an unarmed man ...": a place, then someone in it
        if a is not None and a.cat == "E":
            name.person_hint = True
            # "Beatriz Andrade" when the entity is only "Andrade": first names belong to the name
            while a.start > 0 and a.end - a.start == 1:  # a one-word entity: "Andrade"
                prev = self.doc[a.start - 1]
                if not (prev.dep_ == "compound" and prev.pos_ == "PROPN" and prev.is_title
                        and all(arr[prev.i] is None for arr in (self.names, self.nouns, self.frames))):
                    break
                a.start = prev.i
                name.start = min(name.start, prev.i)
                self.names[prev.i] = a
        desc.apposed, name.apposed = name, desc

    def _link_appositions(self) -> None:
        """A description in apposition to a person's name denotes that person, and lends the
        person its country and sectors when the dictionary does not know them."""
        for name in self.mentions:
            desc = name.apposed
            if desc is None or desc.apposed is not name or not name.actor:
                continue
            person = self.reg.actors.get(name.actor)
            if person is None or person.type != "person":
                continue
            if person.source == "derived" and (not person.country or not person.sectors):
                known = self.reg.actors.get(desc.actor or "")
                country = person.country or (known.country if known is not None else None)
                sectors = person.sectors or (known.sectors if known is not None else ()) or desc.sectors
                if known is not None and known.type in ("country",):
                    sectors = person.sectors or desc.sectors
                self.reg.actors[person.id] = person.replace(country=country, sectors=tuple(sectors))
            if desc.role:
                self.reg.add_role(person.id, desc.role)
            desc.actor, desc.pending, desc.confidence = person.id, "", 0.8

    def _read_names(self) -> None:
        """Resolve names, demonyms, nominals with their own country; leave the rest pending."""
        for m in list(self.mentions):
            if m.kind != "compound":
                self._read(m)
        for m in self.mentions:
            if m.kind == "compound" and m.actor is None:
                self._read_compound(m)

    def _read(self, m: _M) -> None:
        a = m.atom
        if m.kind in ("pronoun", "compound") or m.read:
            return
        m.read = True
        if a is not None and a.table == "office":
            self._read_office(m)
            return
        if self._is_name(m) or (a is not None and a.cat in (_CAT_NAME, "E") and m.kind in ("name", "demonym")):
            self._read_name(m)
            return
        self._read_nominal(m)

    def _read_office(self, m: _M) -> None:
        """A title that names one office ("UN chief"): its holder on the article's date."""
        a = m.atom
        assert a is not None
        countries, _, _, _ = self._descriptors(m)
        cands = self.d.office_people.get(a.key, [])
        if countries:
            cands = [p for p in cands if self.d.people[p].country in countries] or cands
        date = self.pd.article.published
        on = [p for p in cands if self.d.held_on(p, date)]
        indefinite = self.doc[m.start].lower_ in self.rules.indefinite_determiners
        if len(on) == 1 and not indefinite and not m.plural:
            m.actor = self.reg.person(on[0])
            m.confidence = 0.8
            return
        # several holders, or none on that date: read it as a plain title
        te = self.d.title_forms.get(a.key) or next(
            (self.d.title_forms[k] for k in _tail_keys(a.key) if k in self.d.title_forms), None)
        m.term = te.term.lower() if te is not None else a.key
        m.atom = None
        if te is None:  # "the Hamas leader": a noun phrase like any other
            noun = self.nouns[m.head]
            m.kind, m.label, m.atom = "nominal", "NOMINAL", noun
            m.term = noun.key if noun is not None else a.key
        self._read_nominal(m)

    def _descriptors(self, m: _M) -> tuple[list[str], tuple[str, ...], str, list[str]]:
        """Countries, sectors, role and honorifics from the words around a name or noun."""
        countries: list[str] = []
        sectors: tuple[str, ...] = ()
        role = ""
        honor: list[str] = []
        for a in self._country_modifiers(m):
            code = self._modifier_country(a)
            if code and code not in countries:
                countries.append(code)
        seen: set[int] = set()
        for i in range(m.start, m.end):
            owner = self.names[i]
            if owner is not None and owner is not m.atom and owner.start <= i < owner.end and (
                owner.end - owner.start > 1
            ):
                continue  # a word of another name ("Union" in "the African Union's council")
            for arr in (self.nouns, self.frames):
                a = arr[i]
                if a is None or id(a) in seen:
                    continue
                seen.add(id(a))
                if a.cat == _CAT_TITLE:
                    te = self.d.title_forms.get(a.key)
                    if te is not None:
                        if te.kind != "courtesy":
                            role = role or te.role
                            sectors = sectors or te.sectors
                        if te.gender:
                            m.gender = m.gender or te.gender
                elif a.cat == _CAT_SECTOR:
                    st = self.d.sector_nouns.get(a.key)
                    if st is not None and not sectors:
                        sectors = st[0].sectors
                elif a.cat == _CAT_FRAME:
                    ft = self.d.framing_forms.get(a.key)
                    if ft is not None and ft.kind == "honorific":
                        honor.append(a.key)
                    if a not in m.frames:
                        m.frames.append(a)
        if not m.gender:
            m.gender = self._gender_cue(m.start, m.end)
        return countries, sectors, role, honor

    def _gender_cue(self, s: int, e: int) -> str:
        male, female = self._male, self._female
        prev = ""
        for t in self.doc[s:e]:
            low = t.lower_
            pair = f"{prev} {low}"
            if low in male or pair in male:
                return "m"
            if low in female or pair in female:
                return "f"
            prev = low
        return ""

    def _read_name(self, m: _M) -> None:
        a = m.atom
        assert a is not None
        countries, sectors, role, honor = self._descriptors(m)
        m.role = m.role or role
        m.honorifics = honor
        if a.cat == "E":
            self._read_entity(m, a, countries, sectors)
            return
        table, ref = a.table, a.ref
        if table == "person":
            earlier = self._short_name_of_earlier(m, a)
            if earlier is not None:
                m.actor = earlier
                m.confidence = 0.8
                return
        refs = [r for r in self.d.surfaces.get(a.key, [])]
        if len(refs) > 1:
            table, ref = self._choose_reading(m, a, refs)
        if table == "person":
            p = self._person_by_date(a.key) or ref
            m.actor = self.reg.person(p)
            if m.role:
                self.reg.add_role(m.actor, m.role)
        elif table == "organisation":
            m.actor = self.reg.org(ref)
        elif table == "group":
            g = self.d.groups[ref]
            code = countries[-1] if countries else None
            if code and not g.members:
                m.actor = self.reg.subgroup(ref, code)  # "Iraqi Kurds"
            elif g.members and self._subset(m, a):
                m.actor = self._part_of_group(ref)  # "new EU members": some of them, not all
            else:
                m.actor = self.reg.group(ref)
        elif table == "place":
            m.actor = self.reg.country(ref)  # "in the besieged Gaza Strip"
        elif table in ("country", "capital"):
            self._read_country_name(m, a, ref, table)
        elif table in ("demonym", "adjective"):
            tok = self.doc[m.head]
            if a.start <= m.head < a.end and (tok.pos_ in ("NOUN", "PROPN") or tok.tag_ in ("NNS", "NNPS")) and table == "demonym":
                atom = _Atom(a.start, a.end, a.cat, a.key, table=table, ref=ref)
                mods = [x for x in self._country_modifiers(m) if x.end <= a.start]
                m.actor = self.reg.sector(self._residence(m, [*mods, atom]), ("CVL",))  # "Palestinians"
            else:
                m.actor = self.reg.country(ref)  # "Israeli air raids"
                m.confidence = 0.8
        if m.gender and m.actor:
            self.reg.gender.setdefault(m.actor, m.gender)

    def _subset(self, m: _M, a: _Atom) -> bool:
        """"new EU members", "some NATO allies": a part of a group with a fixed membership."""
        words = self.rules.subset_modifiers
        return any(t.lower_ in words for t in self.doc[m.start:a.start])

    def _part_of_group(self, gid: str) -> str:
        """Some members of a group: the international body the group is the membership of (the
        CAMEO practice for its members acting as such), else the group with no member list."""
        g = self.d.groups[gid]
        bodies = [o for o in g.member_orgs if o in self.d.organisations and "IGO" in self.d.organisations[o].sectors]
        if len(bodies) == 1:
            return self.reg.org(bodies[0])
        return self.reg.derived("group", f"some {g.name}", None, g.sectors)

    def _choose_reading(self, m: _M, a: _Atom, refs: list[Any]) -> tuple[str, str]:
        order = {"person": 0, "organisation": 1, "group": 2, "country": 3, "capital": 4, "place": 5, "demonym": 6, "adjective": 7}
        tok = self.doc[m.head]
        # "The PRC said": China, unless the article is about the country of the other reading
        refs = [r for r in refs if not (r.table == "organisation" and self._gated_org(a.key, r.key))] or refs
        pref = self.rules.preferred_readings.get(a.key)
        best = sorted(refs, key=lambda r: (order.get(r.table, 9), -self._evidence[r.key], r.key != pref))
        tables = {r.table for r in refs}
        if "demonym" in tables and "adjective" in tables:
            want = "demonym" if tok.tag_ in ("NNS", "NNPS") or tok.pos_ in ("NOUN", "PROPN") else "adjective"
            wanted = [r for r in refs if r.table == want]
            if wanted:
                r = max(wanted, key=lambda r: (self._evidence[r.key], r.key == pref))
                return r.table, r.key
        return best[0].table, best[0].key

    def _person_by_date(self, key: str) -> str | None:
        """Of several people with one name, the one in office on the article's date, else the latest."""
        people = self.d.people_named(key)
        if len(people) <= 1:
            return people[0].id if people else None
        date = self.pd.article.published
        on = [p for p in people if self.d.held_on(p.id, date)]
        pool = on or people
        return max(pool, key=lambda p: self.d.latest_start(p.id)).id

    def _read_country_name(self, m: _M, a: _Atom, code: str, table: str) -> None:
        tok = self.doc[m.head]
        amb = self.d.ambiguity.get(a.key)
        if a.key in self.d.ambiguous_forms:
            reading = self._ambiguous_reading(m, a, amb)
            if reading == "person":
                m.actor = self.reg.derived("person", self.doc[a.start:a.end].text, None, ())
                m.kind, m.label = "name", "PERSON"
                m.confidence = 0.7
                return
            if reading == "alternative" and amb is not None and amb.alternative_id:
                m.actor = self.reg.alternative(amb)
                m.confidence = 0.7
                return
        if self._is_place(tok):
            m.actor = self.reg.country(code)
            return
        if tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i and m.end <= tok.head.i:
            m.actor = self.reg.country(code)  # "the U.S. election", "Iran talks"
            m.confidence = 0.8
            return
        if table == "capital":
            if a.key in self.d.ambiguous_forms and amb is None and not self._evidence[code]:
                m.actor = None  # "Victoria said": a capital that is also a first name, and no Seychelles
                m.confidence = 0.4
                return
            if self._capital_acts(tok):
                m.actor = self.reg.state(code)
                m.confidence = 0.8
            else:
                m.actor = self.reg.country(code)
                m.confidence = 0.7
            return
        m.actor = self.reg.state(code)

    def _modifier_country(self, a: _Atom) -> str | None:
        """The country a modifier names, read as in ``_read_country_name`` for ambiguous names."""
        if a.key not in self.d.ambiguous_forms:
            return a.ref
        amb = self.d.ambiguity.get(a.key)
        reading = self._ambiguous_reading(None, a, amb)
        if reading == "person":
            return None
        if reading == "alternative" and amb is not None:
            return amb.alternative_country or None
        return a.ref

    def _ambiguous_reading(self, m: _M | None, a: _Atom, amb: AmbiguityRule | None) -> str:
        """person, alternative or country."""
        doc = self.doc
        country_cues = self._cues(amb.country_cues) if amb else 0
        if amb is None or amb.person_reading:
            person = False
            if a.start > 0:  # a first name before it: "Michael Jordan"
                prev = doc[a.start - 1]
                person = (prev.ent_type_ == "PERSON" and prev.pos_ == "PROPN" and self.names[prev.i] is None
                          and self.nouns[prev.i] is None)
            if not person and a.ner == "PERSON":
                # spaCy's PERSON alone is weak evidence ("Chad said it would ..."): ask the pronouns
                person = self._pronoun_evidence(a.start) == "person"
            if person and country_cues == 0:
                return "person"
        if amb is not None and amb.alternative_id:
            alt = self._cues(amb.alternative_cues)
            if alt > country_cues:
                return "alternative"
        return "country"

    def _pronoun_evidence(self, i: int) -> str:
        """"person" when he/she (and no it/its) follow the name in its sentence and the next one,
        "thing" when it/its do, "" when neither."""
        sent = self.doc[i].sent
        end = sent.end
        if end < self.n:
            end = self.doc[end].sent.end
        personal = set(self.rules.male_pronouns) | set(self.rules.female_pronouns) | {"his", "her"}
        seen_person = seen_thing = False
        for t in self.doc[i + 1:end]:
            low = t.lower_
            if low in personal:
                seen_person = True
            elif low in ("it", "its", "itself"):
                seen_thing = True
        if seen_thing:
            return "thing"
        return "person" if seen_person else ""

    def _cues(self, cues: Iterable[str]) -> int:
        text = self.pd.text
        n = 0
        for c in cues:
            if c not in self._cue_cache:
                self._cue_cache[c] = len(re.findall(rf"(?<!\w){re.escape(c)}(?!\w)", text))
            n += self._cue_cache[c]
        return n

    def _is_place(self, tok: Token) -> bool:
        """A name used as a place: "in Gaza", "flew to Washington"."""
        t = tok
        while t.dep_ in ("conj", "appos", "compound") and t.head.i != t.i:
            t = t.head
        if t.dep_ != "pobj":
            return False
        prep = t.head
        low = prep.lower_
        if low in self.rules.locative_prepositions:
            return True
        if low in self.rules.motion_prepositions:
            gov = prep.head
            return gov.lemma_.lower() in self.rules.travel_lemmas or gov.lower_ in self.rules.travel_lemmas
        return False

    def _capital_acts(self, tok: Token) -> bool:
        """A capital that acts or owns stands for its government: "Tehran said", "Washington's position"."""
        t = tok
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        if t.dep_ in ("nsubj", "nsubjpass", "poss", "agent", "dobj", "appos"):
            return True
        if t.dep_ == "compound" and (self.nouns[t.head.i] is not None):
            return True
        if t.dep_ == "pobj":
            return t.head.lower_ not in self.rules.locative_prepositions and t.head.lower_ not in self.rules.motion_prepositions
        return False

    def _read_entity(self, m: _M, a: _Atom, countries: list[str], sectors: tuple[str, ...]) -> None:
        """A spaCy entity the dictionary does not know: a derived person or organisation."""
        doc = self.doc
        inner: list[tuple[str, str]] = []
        for part in a.ref.split(","):
            if "=" in part:
                t, r = part.split("=", 1)
                inner.append((t, r))
        for t, r in inner:
            if t in _COUNTRY_TABLES and r not in countries:
                countries.append(r)
            if t == "organisation" and r in self.d.organisations and not countries:
                oc = self.d.organisations[r].country
                if oc:
                    countries.append(oc)
        own_sectors = self._sectors_inside(a.start, min(m.end, doc[a.start:a.end].root.i + 1))
        name_toks = [t for t in doc[a.start:a.end] if not (t.i == a.start and t.lower_ == "the")]
        name = " ".join(t.text for t in name_toks if t.text not in ("[", "]")) if m.end <= a.end else doc[a.start:m.end].text
        name = _clean_name(name)
        if a.key != "PERSON" and not m.person_hint and m.start == a.start and m.end == a.end:
            earlier = self._short_name_of_earlier(m, a)
            if earlier is not None:  # "Levchuk said" after "Oksana Levchuk", whatever the entity label
                m.actor = earlier
                m.label, m.confidence = "PERSON", 0.8
                return
        person = a.key == "PERSON" or m.person_hint
        org_secs = self._org_descriptor(m.start, a.start) if person else None
        if org_secs is not None:  # "the opposition newspaper La Prensa": a body, not a person
            m.label = "ORG"
            m.actor = self.reg.derived("organisation", name, countries[0] if len(countries) == 1 else None, org_secs)
            m.confidence = 0.7
        elif person:
            m.label = "PERSON"
            name = self._strip_titles(a.start, a.end) or name
            existing = self._person_by_last_name(name)
            if existing is not None:
                m.actor = existing
            else:
                secs = sectors or ()
                if not countries:
                    countries = self._of_country(doc[m.head])  # "King Hassan of Morocco"
                org = self._org_in(m.start, a.start)  # "U.N. Secretary-General Kofi Annan"
                if not countries and org is not None:
                    if org.country:
                        countries = [org.country]
                    elif "IGO" in org.sectors:
                        secs = ("IGO", *(x for x in secs if x != "IGO"))
                m.actor = self.reg.derived("person", name, countries[0] if len(countries) == 1 else None, secs)
            m.confidence = 0.8
            if m.role:
                self.reg.add_role(m.actor, m.role)
        elif a.key == "NORP":
            if doc[m.head].tag_ not in ("NNPS", "NNS"):
                m.actor = None
                m.confidence = 0.5
                return
            if countries:  # "Iraqi Kurds": a people of a country
                m.actor = self.reg.sector(countries[-1], ("CVL",))
            else:
                m.actor = self.reg.derived("group", name, None, ())
            m.confidence = 0.7
        elif a.key == "ORG" or (a.key in ("GPE", "FAC", "LOC") and m.end > a.end):
            # sectors from the name's own head ("... Service") or a noun before it ("the newspaper
            # X"), not from a complement ("Headquarters for the Treatment of Prisoners of War")
            secs = own_sectors or (sectors if m.end > a.end else self._sectors_inside(m.start, a.start))
            if not countries:
                countries = self._of_country(doc[m.head])  # "the State Emergency Service of Ukraine"
            m.actor = self.reg.derived("organisation", name, countries[0] if len(countries) == 1 else None, secs)
            m.confidence = 0.7
        else:
            m.actor = None  # a place or facility the dictionary does not know
            m.confidence = 0.5
        if m.gender and m.actor:
            self.reg.gender.setdefault(m.actor, m.gender)

    def _org_descriptor(self, s: int, e: int) -> tuple[str, ...] | None:
        """The sectors of an organisation noun right before a name ("the newspaper X"), if any."""
        for i in range(e - 1, s - 1, -1):
            a = self.nouns[i]
            if a is None:
                continue
            st = self.d.sector_nouns.get(a.key) if a.cat == _CAT_SECTOR else None
            return st[0].sectors if st is not None and st[0].type == "organisation" else None
        return None

    def _of_country(self, tok: Token) -> list[str]:
        """The country in an "of" complement of a name: "King Hassan of Morocco"."""
        for prep in tok.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    a = self.names[obj.i] if obj.dep_ == "pobj" else None
                    if a is not None and a.table in ("country", "place"):
                        return [a.ref]
        return []

    def _org_in(self, s: int, e: int) -> Any:
        for i in range(s, e):
            a = self.names[i]
            if a is not None and a.table == "organisation" and a.ref in self.d.organisations:
                return self.d.organisations[a.ref]
        return None

    def _sectors_inside(self, s: int, e: int) -> tuple[str, ...]:
        found: tuple[str, ...] = ()
        for i in range(s, e):
            owner = self.names[i]
            if owner is not None and owner.cat == _CAT_NAME and owner.end - owner.start > 1:
                continue  # a word of a dictionary name ("Union" in "the African Union's council")
            a = self.nouns[i]
            if a is not None and a.cat == _CAT_SECTOR:
                st = self.d.sector_nouns.get(a.key)
                if st is not None:
                    found = st[0].sectors
        return found

    def _strip_titles(self, s: int, e: int) -> str:
        words = []
        for t in self.doc[s:e]:
            if self.nouns[t.i] is not None and self.nouns[t.i].cat == _CAT_TITLE:  # type: ignore[union-attr]
                continue
            if t.text in ("[", "]", "(", ")"):
                continue
            words.append(t.text)
        return _clean_name(" ".join(words))

    def _person_by_last_name(self, name: str) -> str | None:
        """A person named in full earlier in the article whom a short form denotes: the surname
        ("Kravets" after "Vasyl Kravets"), or the first name of someone the dictionary does not
        know ("Iryna", "Father Petro" after "Father Petro Sas"); the latest such person wins."""
        parts = name.split()
        if not parts:
            return None
        found = None
        for aid, actor in self.reg.actors.items():
            if actor.type != "person":
                continue
            aparts = actor.name.split()
            if len(parts) == 1 and len(aparts) >= 2 and (
                aparts[-1] == parts[0] or (actor.source == "derived" and aparts[0] == parts[0])
            ):
                found = aid
            elif len(aparts) == 1 and parts[-1] == aparts[0] and actor.source == "derived":
                found = aid
        return found

    def _short_name_of_earlier(self, m: _M, a: _Atom) -> str | None:
        """A one-word name that is the surname or first name of a person named earlier in the
        article: that person, before any other reading of the word ("Zhao" after "Zhao
        Meiling" is not another Zhao the dictionary knows)."""
        if a.end - a.start != 1 or not self.doc[a.start].is_title:
            return None
        aid = self._person_by_last_name(self.doc[a.start].text)
        if aid is None or (a.table == "person" and aid == a.ref):
            return None
        return aid

    def _read_nominal(self, m: _M) -> None:
        """A noun phrase headed by a sector noun, title, anaphor or framing label."""
        countries, sectors, role, honor = self._descriptors(m)
        m.honorifics = honor
        m.role = m.role or role
        sectors = self._head_sectors(m) or sectors
        m.sectors = sectors
        # a framing label that names its referent ("the Zionist regime")
        for fa in self._frames_in(m):
            ft = self.d.framing_forms.get(fa.key)
            if ft is not None and ft.refers_to:
                referent = self._framing_referent(ft)
                if referent is not None:
                    m.actor = referent
                    m.confidence = 0.9
                    return
        representative = self.doc[m.head].lower_ in self.rules.representative_nouns
        # "Hamas leaders", "Hezbollah guerrillas", "Red Cross officials": people of an organisation
        # stand for it (an organisation that is itself part of the phrase's possessor is not meant)
        if m.kind in ("nominal", "title"):
            for i in range(m.start, m.head):
                a = self.names[i]
                if a is not None and a.table == "organisation" and self._person_noun(m) and not (
                    representative or set(sectors) & set(self.d.organisations[a.ref].sectors)
                ):
                    continue  # "a Kremlin critic" is not the Kremlin; "U.N. helicopters" are the U.N.'s
                if a is not None and a.table == "organisation" and self._body_noun(m) and not self._indefinite(m):
                    # "the UN human rights monitoring mission": a body of the organisation
                    m.actor = self._body_actor(m, None, self.d.organisations[a.ref])
                    return
                if a is not None and a.table == "organisation":
                    te = self.d.title_forms.get(m.term) if m.kind == "title" else None
                    holder = self.d.org_office_holder(te.role, a.ref, self.pd.article.published) if te else None
                    # "the UN Secretary-General": the holder; "Hamas fighters": Hamas
                    m.actor = self.reg.person(holder.id) if holder is not None else self.reg.org(a.ref)
                    return
                if a is not None and a.cat == "E" and a.key == "ORG":
                    inner = self.by_head.get(self.doc[a.start:a.end].root.i)
                    if inner is None:
                        inner = _M(a.start, a.end, self.doc[a.start:a.end].root.i, "name", "ORG", atom=a)
                    self._read(inner)
                    if inner.actor:
                        m.actor = inner.actor
                        return
        unknown_owner = False
        if not countries:  # "the Bush administration", "Putin's government"
            for i in range(m.start, m.head):
                a = self.names[i]
                if a is None or not (a.table == "person" or (a.cat == "E" and a.key == "PERSON")):
                    continue
                pa = self.reg.actors.get(self.reg.person(a.ref)) if a.table == "person" and a.ref in self.d.people else None
                if pa is not None and pa.country:
                    countries = [pa.country]
                else:
                    unknown_owner = True
                break
        if m.coordinated and len(countries) >= 2:
            members = [self.reg.sector(c, sectors or ("GOV",)) for c in countries]
            m.actor = self.reg.compound(list(dict.fromkeys(members)), sectors or ("GOV",))
            m.kind = "compound"
            self._per_country_mentions(m, sectors or ("GOV",))
            return
        if not countries and m.complement is not None:
            if len(m.comp_members) >= 2:
                self._complement_compound(m, sectors)
                return
            c = m.complement
            self._read(c)
            ca = self.reg.actors.get(c.actor or "")
            if ca is not None:
                if representative and (ca.type in ("organisation", "group") or (
                    ca.type == "person" and self.doc[m.head].lower_ in self.rules.spokesperson_nouns
                )):
                    m.actor = ca.id  # "officials of X", "a spokesman for X": X
                    m.end = max(m.end, c.end)
                    return
                if ca.country:
                    countries = [ca.country]
                    m.end = max(m.end, c.end)
        country = countries[-1] if countries else None
        if country and not m.coordinated:
            mods = self._country_modifiers(m)
            if mods and self._modifier_country(mods[-1]) == country:
                country = self._residence(m, mods)
        if m.kind == "title":
            te = self.d.title_forms.get(m.term)
            if country:
                m.actor = self._office(te, country) or self.reg.sector(country, sectors or ("GOV",))
                m.confidence = 0.8
            else:
                m.pending = "title"
            return
        if m.kind == "honorific":
            m.pending = "honorific"
            return
        body = self._body_noun(m) and not self._indefinite(m)
        if country:
            # "Japan's foreign ministry", "the Russian embassy": a body of that state
            m.actor = self._body_actor(m, country, None) if body else self.reg.sector(country, sectors)
            return
        if unknown_owner:
            m.actor = None  # someone's administration, but whose country we do not know
            m.confidence = 0.5
            return
        fallback = ""
        if m.term in self.d.anaphors and m.definite:
            fallback = "anaphor"
        elif "CVL" in sectors:
            fallback = "civilian"
        elif sectors and sectors != ("GOV",):
            fallback = "sector"
        if m.kind == "nominal" and m.definite and not m.plural and (body or self._describes_body(m)):
            # "the emergency service", "The Defence Ministry", "the headquarters": a body named before
            m.pending, m.fallback = "description", fallback
            return
        if fallback:
            m.pending = fallback
            return
        m.actor = None  # "a regime", "officials": no referent to be had
        m.confidence = 0.5

    # ---- government bodies and other organisations described, not named -----------------------

    def _indefinite(self, m: _M) -> bool:
        return self.doc[m.start].lower_ in self.rules.indefinite_determiners

    def _body_noun(self, m: _M) -> bool:
        """A government body ("foreign ministry", "embassy", "coast guard"), singular."""
        if m.plural or m.kind not in ("nominal", "label"):
            return False
        a = self.nouns[m.head]
        key = a.key if a is not None else self.doc[m.head].lower_
        bodies = self.rules.body_nouns
        return key in bodies or self.doc[m.head].lower_ in bodies or (
            key.split()[-1] in bodies if key else False)

    def _describes_body(self, m: _M) -> bool:
        """A head noun that names a kind of organisation ("the headquarters", "the council")."""
        return self.doc[m.head].lower_ in self.rules.organisation_heads

    def _description_words(self, m: _M) -> frozenset[str]:
        """The words of a description that a name must share: head and modifiers, without
        determiners, possessors, countries and numbers ("the 15-member council" → council)."""
        doc = self.doc
        head = doc[m.head]
        skip: set[int] = set()
        for c in head.children:
            if c.dep_ == "poss" or c.like_num or any(g.like_num for g in c.subtree):
                skip.update(t.i for t in c.subtree)
        words = []
        for t in doc[m.start:m.head + 1]:
            if t.i in skip or not t.is_alpha or t.pos_ in ("DET", "PRON", "PART", "NUM", "ADP", "CCONJ"):
                continue
            a = self.names[t.i]
            if a is not None and a.table in _COUNTRY_TABLES:
                continue
            words.append(t.text)
        return body_words(words)

    def _body_actor(self, m: _M, country: str | None, owner: Any) -> str:
        """The organisation a description of a government body names: the dictionary's, when it
        knows that body of that country ("China's coast guard"), else a derived organisation named
        after the country and the description ("Japanese foreign ministry"), sectors from the
        noun ("ministry" → GOV, "health ministry" → GOV HLH)."""
        words = self._description_words(m)
        if country:
            known = self.d.body_of(country, words)
            if known is not None:
                return self.reg.org(known.id)
        desc = self._description_text(m)
        if owner is not None:
            child = self.d.child_body(owner.id, words)
            if child is not None:
                return self.reg.org(child.id)  # "the UN human rights office": OHCHR
            name = f"{owner.name} {desc}"
            return self.reg.derived("organisation", name, owner.country, owner.sectors)
        c = self.d.countries.get(country or "")
        adj = c.adjectives[0] if c is not None and c.adjectives else (c.name if c is not None else "")
        name = f"{adj} {desc}".strip()
        return self.reg.derived("organisation", name, country, m.sectors or ("GOV",))

    def _description_text(self, m: _M) -> str:
        """The description as written, head and modifiers only ("foreign affairs department",
        "regional prosecutor's office"), without determiners, possessors and numbers."""
        doc = self.doc
        head = doc[m.head]
        own = self.nouns[m.head]
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
            a = self.names[t.i]
            if a is not None and (a.table in _COUNTRY_TABLES or a.table == "organisation"):
                continue
            if t.tag_ == "POS" or t.lower_ in ("'s", "’s"):
                if words:
                    words[-1] += t.text
                continue
            words.append(t.text)
        return " ".join(words) or head.text

    def _earlier_body(self, m: _M, history: list[_M]) -> str | None:
        """The organisation named before whose name holds every word of a description ("the
        emergency service" → "the State Emergency Service", "the headquarters" → "the
        Coordination Headquarters for ...", "the ministry" → the last ministry named)."""
        words = self._description_words(m)
        if not words:
            return None
        for h in self._recent(history, m):
            if h.kind in ("pronoun", "compound") or self.reg.kind_of(h.actor) != "organisation":
                continue
            if words <= self._org_words(h.actor or ""):
                return h.actor
        return None

    def _org_words(self, aid: str) -> frozenset[str]:
        cached = self._org_word_cache.get(aid)
        if cached is not None:
            return cached
        a = self.reg.actors.get(aid)
        names: list[str] = [a.name] if a is not None else []
        if aid in self.d.organisations:
            names.extend(self.d.organisations[aid].names)
        out: set[str] = set()
        for n in names:
            out |= body_words(n.replace("’s", "").replace("'s", "").split())
        words = frozenset(out)
        self._org_word_cache[aid] = words
        return words

    def _resolve_description(self, m: _M, history: list[_M]) -> None:
        earlier = self._earlier_body(m, history)
        if earlier is not None:
            m.actor = earlier
            m.confidence = 0.7
            return
        if self._body_noun(m) and self.doc[m.head].lower_ not in self.rules.abroad_bodies:
            # "the foreign ministry said" with none named before: the body of the country the
            # sentence is about, else of the country in focus (not for an embassy: it is abroad)
            code = self._context_country(m) or self._focus
            if code:
                m.actor = self._body_actor(m, code, None)
                m.confidence = 0.6
                return
        fallback, m.fallback = m.fallback, ""
        if fallback:
            m.pending = fallback
            self._resolve_pending(m, history)
        else:
            m.actor = None
            m.confidence = 0.5

    def _person_noun(self, m: _M) -> bool:
        """Is the head a noun for people (a sector noun of type person or group)?"""
        a = self.nouns[m.head]
        if a is None or a.cat != _CAT_SECTOR:
            return False
        st = self.d.sector_nouns.get(a.key)
        return st is not None and st[0].type in ("person", "group")

    def _frames_in(self, m: _M) -> list[_Atom]:
        out: list[_Atom] = []
        for i in range(m.start, m.end):
            a = self.frames[i]
            if a is not None and a not in out:
                out.append(a)
        return out

    def _head_sectors(self, m: _M) -> tuple[str, ...]:
        a = self.nouns[m.head]
        if a is not None:
            if a.cat == _CAT_SECTOR:
                st = self.d.sector_nouns.get(a.key)
                if st is not None:
                    return st[0].sectors
            if a.cat == _CAT_TITLE:
                te = self.d.title_forms.get(a.key)
                if te is not None:
                    return te.sectors
            if a.cat == _CAT_ANAPHOR:
                an = self.d.anaphors.get(a.key)
                if an is not None and an.sectors:
                    return an.sectors
        f = self.frames[m.head]
        if f is not None:
            ft = self.d.framing_forms.get(f.key)
            if ft is not None and ft.sector:
                return (ft.sector,)
        return ()

    def _framing_referent(self, ft: FramingTerm) -> str | None:
        """What a label denotes, from the lexicon: a country code (its government, or the sector
        given), or the id of a person, organisation or group. A label tied to one person or
        organisation ("resistance movement" → Hamas) counts only when the article names them."""
        ref = ft.refers_to.strip()
        if not ref:
            return None
        if len(ref) == 3 and ref.upper() in self.d.countries:
            return self.reg.sector(ref.upper(), (ft.sector,) if ft.sector else ("GOV",))
        keys = [ref] if ":" in ref else [f"person:{ref}", f"org:{ref}", f"group:{ref}"]
        for k in keys:
            if k in self.d.people:
                return self.reg.person(k) if k in self._named_refs else None
            if k in self.d.organisations:
                return self.reg.org(k) if k in self._named_refs else None
            if k in self.d.groups:
                return self.reg.group(k)
        if ref.startswith("state:") and ref[6:] in self.d.countries:
            return self.reg.state(ref[6:])
        code = self.d.country_of_word(ref)
        return self.reg.state(code) if code else None

    def _office(self, te: TitleEntry | None, country: str) -> str | None:
        if te is None or te.kind != "office":
            return None
        p = self.d.office_holder(te.role, country, self.pd.article.published)
        if p is None:
            return None
        aid = self.reg.person(p.id)
        self.reg.add_role(aid, te.role)
        return aid

    def _per_country_mentions(self, m: _M, sectors: tuple[str, ...]) -> None:
        for a in self._country_modifiers(m):
            same = [x for x in self.mentions if x.start == a.start and x.end == a.end and x is not m]
            if same:
                for x in same:
                    x.actor, x.read, x.pending = self.reg.sector(a.ref, sectors), True, ""
                continue
            sub = _M(a.start, a.end, self.doc[a.start:a.end].root.i, "demonym", "NORP", atom=a)
            sub.actor = self.reg.sector(a.ref, sectors)
            sub.sentence = m.sentence
            sub.confidence = 0.8
            self.mentions.append(sub)

    def _read_compound(self, m: _M) -> None:
        for g in m.members:
            self._read(g)
        # "Sierra Leonean and Liberian refugees": a bare demonym shares the noun of its partner
        nouns = [g for g in m.members if g.kind in ("nominal", "title") and g.sectors and g.actor]
        for g in m.members:
            a = g.atom
            if nouns and g.kind == "demonym" and a is not None and a.table in ("demonym", "adjective") and g.end == a.end:
                g.actor = self.reg.sector(a.ref, nouns[0].sectors)
        if any(g.pending for g in m.members):
            m.pending = "compound"
            return
        self._finish_compound(m)

    def _finish_compound(self, m: _M) -> None:
        ids = list(dict.fromkeys(g.actor for g in m.members))
        if None in ids or not ids:
            m.actor = None  # a member we cannot name: the whole is not named either
            m.confidence = 0.5
            return
        real = [i for i in ids if i]
        if len(real) == 1:
            m.actor = real[0]
            return
        secs = [self.reg.actors[i].sectors for i in real]
        common = tuple(x for x in secs[0] if all(x in y for y in secs[1:]))
        m.actor = self.reg.compound(real, common)

    def _complement_compound(self, m: _M, sectors: tuple[str, ...]) -> None:
        """"the leaders of the United States, Germany, France and Britain"."""
        sectors = sectors or ("GOV",)
        members: list[str] = []
        for g in m.comp_members:
            self._read(g)
            a = g.atom
            if a is not None and a.table in _COUNTRY_TABLES:
                members.append(self.reg.sector(a.ref, sectors))
            elif g.actor:
                members.append(g.actor)
            else:
                m.actor = None  # "the people of Europe and America": a member we cannot name
                m.confidence = 0.5
                return
        m.end = max(m.end, *(g.end for g in m.comp_members))
        m.actor = self.reg.compound(list(dict.fromkeys(members)), sectors)
        m.kind = "compound"

    def _focus_country(self) -> str | None:
        counts: Counter[str] = Counter()
        for m in self.mentions:
            a = self.reg.actors.get(m.actor or "")
            if a is not None and a.country and a.type in ("state", "person", "country"):
                counts[a.country] += 1
        return counts.most_common(1)[0][0] if counts else None

    # ---- resolution in document order --------------------------------------------------------

    def _resolve_in_order(self) -> None:
        self.mentions.sort(key=lambda x: (x.start, -x.end))
        history: list[_M] = []
        for m in self.mentions:
            if m.pending:
                self._resolve_pending(m, history)
            if m.gender and m.actor and self.reg.kind_of(m.actor) == "person":
                self.reg.gender.setdefault(m.actor, m.gender)
            history.append(m)
        for m in self.mentions:
            if m.pending == "compound":
                m.pending = ""
                self._finish_compound(m)

    def _resolve_pending(self, m: _M, history: list[_M]) -> None:
        kind = m.pending
        if kind == "compound":
            return
        m.pending = ""
        if kind == "pronoun":
            self._resolve_pronoun(m, history)
        elif kind == "anaphor":
            self._resolve_anaphor(m, history)
        elif kind == "title":
            self._resolve_title(m, history)
        elif kind == "honorific":
            self._resolve_honorific(m, history)
        elif kind == "civilian":
            self._resolve_civilian(m, history)
        elif kind == "sector":
            self._resolve_sector(m, history)
        elif kind == "description":
            self._resolve_description(m, history)

    def _recent(self, history: list[_M], m: _M, window: int | None = None, named_only: bool = True) -> Iterable[_M]:
        for h in reversed(history):
            if window is not None and m.sentence - h.sentence > window:
                return
            if (named_only and h.actor is None) or h is m or (h.start <= m.start < h.end):
                continue
            yield h

    def _resolve_pronoun(self, m: _M, history: list[_M]) -> None:
        r = self.rules
        window = r.pronoun_window
        bound = self._bound_antecedent(m)
        if bound is not None:
            m.actor = bound.actor
            m.confidence = 0.8
            return
        if m.term in r.plural_pronouns:
            for h in self._recent(history, m, window, named_only=False):
                kind = self.reg.kind_of(h.actor)
                if (h.kind != "pronoun" and (h.plural or kind in ("compound", "group"))) or (
                    h.kind == "pronoun" and h.term in r.plural_pronouns
                ):
                    m.actor = h.actor
                    m.confidence = 0.7 if h.actor else 0.5
                    return
            return
        if m.term in r.neuter_pronouns:
            self._resolve_neuter(m, history)
            return
        gender = "f" if m.term in r.female_pronouns or m.term == "her" else "m"
        m.gender = gender
        for h in self._recent(history, m, window):
            if self.reg.kind_of(h.actor) != "person":
                continue
            known = self.reg.gender.get(h.actor or "")
            if known and known != gender:
                continue
            m.actor = h.actor
            m.confidence = 0.7
            if not known and h.actor:
                self.reg.gender[h.actor] = gender
            return

    def _resolve_neuter(self, m: _M, history: list[_M]) -> None:
        """"It said": the organisation, state body or state last named as the subject of a
        clause in the last few sentences (a speaker, or the actor of a reported act)."""
        cands = []
        for h in self._recent(history, m, self.rules.pronoun_window):
            if h.plural or h.kind == "compound" or h.start >= m.start:
                continue
            kind = self.reg.kind_of(h.actor)
            if kind not in ("organisation", "state", "sector") or (kind == "sector" and not self._body_like(h)):
                continue  # "the army ... It said": a sector named by an organisation noun only
            tok = self.doc[h.head]
            if h.kind == "pronoun" or self._reporting_subject(tok):
                m.actor = h.actor  # the last speaker first: "X said no aircraft had ... It accused"
                m.confidence = 0.7
                return
            if tok.dep_ in ("nsubj", "nsubjpass"):
                cands.append(h)
        if cands:
            m.actor = cands[0].actor
            m.confidence = 0.6

    def _bound_antecedent(self, m: _M) -> _M | None:
        """The subject a pronoun is bound to by the syntax: a reflexive goes to the subject of its
        clause ("the bombers killed 23 people and themselves"); a plural subject of a clause
        hanging on another verb goes to that verb's plural subject ("the bombers killed 23 people
        when they blew themselves up")."""
        tok = self.doc[m.head]
        plural = m.term in self.rules.plural_pronouns
        if m.term.endswith(("self", "selves")):
            verb = tok.head
            for _ in range(4):
                if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                    break
                verb = verb.head
            subj = self._verb_subject(verb)
        elif plural and tok.dep_ == "nsubj" and tok.head.dep_ in ("advcl", "ccomp") and tok.head.head.i != tok.head.i:
            subj = self._verb_subject(tok.head.head)
        else:
            return None
        if subj is None or subj.i == tok.i:
            return None
        h = self.by_head.get(subj.i)
        if h is None or h is m or not h.actor or h.kind == "pronoun":
            return None
        if plural and not (h.plural or self.reg.kind_of(h.actor) in ("compound", "group", "sector")):
            return None
        if not plural and self.reg.kind_of(h.actor) != "person":
            return None
        return h

    def _verb_subject(self, verb: Token) -> Token | None:
        """The subject of a verb, through coordinated and participle clauses."""
        v = verb
        for _ in range(3):
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return subj
            if v.dep_ not in ("conj", "xcomp", "advcl") or v.head.i == v.i:
                return None
            v = v.head
        return None

    def _resolve_anaphor(self, m: _M, history: list[_M]) -> None:
        an: AnaphorEntry | None = self.d.anaphors.get(m.term)
        if an is None:
            return
        if an.named:
            m.actor = self._earlier_body(m, history)  # "the headquarters": only one named so
            m.confidence = 0.7 if m.actor else 0.5
            return
        targets = set(an.targets)
        cands = []
        for h in self._recent(history, m):
            kind = self.reg.kind_of(h.actor)
            if targets and kind not in targets:
                continue
            actor = self.reg.actors[h.actor or ""]
            if an.sectors and not set(an.sectors) & set(actor.sectors):
                continue
            cands.append(h)
        if an.prefer_label:
            for h in cands:
                if an.prefer_label in self.doc[h.start:h.end].text.lower():
                    m.actor = h.actor
                    m.confidence = 0.8
                    return
        if cands:
            m.actor = cands[0].actor
            m.confidence = 0.7
            return
        if an.fallback == "focus" and self._focus:
            m.actor = self.reg.state(self._focus)
            m.confidence = 0.5

    def _resolve_title(self, m: _M, history: list[_M]) -> None:
        te = self.d.title_forms.get(m.term)
        role = (te.role if te else m.term).lower()
        if self.doc[m.head].lower_ in self.rules.spokesperson_nouns:
            principal = self._spoken_for(m, history)
            if principal is not None:  # "his spokesman", "a police spokeswoman": whom they speak for
                m.actor = principal
                m.confidence = 0.7
                return
        if m.plural:
            group = self._plural_antecedent(m, history, te.sectors if te else ()) if m.definite else None
            if group is not None:  # "the three ministers": the ministers just named together
                m.actor = group
                m.confidence = 0.7
            return  # "several ministers" are no one person
        for h in self._recent(history, m):
            if self.reg.kind_of(h.actor) == "person" and any(_role_matches(role, r) for r in self.reg.roles.get(h.actor or "", ())):
                m.actor = h.actor
                m.confidence = 0.7
                return
        if self._focus and te is not None:
            holder = self._office(te, self._focus)
            if holder:
                m.actor = holder
                m.confidence = 0.6
                return
        if te is not None and te.kind != "courtesy" and m.definite and self._qualified(m) \
                and self.doc[m.head].dep_ not in _MODIFIER_DEPS:
            # "the regional governor", "the Belgorod regional governor": one person the article
            # does not name; the later "the governor" is the same person (by role)
            desc = self._description_text(m)
            aid = f"person:unnamed:{slug(desc)}:{self.pd.article_id[:8]}"
            self.reg.actors.setdefault(aid, Actor(aid, desc, "person", None, te.sectors, source="derived"))
            self.reg.add_role(aid, te.role or te.term)
            m.actor = aid
            m.confidence = 0.5

    def _spoken_for(self, m: _M, history: list[_M]) -> str | None:
        """Whom a spokesperson speaks for (the ledger gives their words to that principal): the
        antecedent of a possessive pronoun ("his spokesman" → the man last named, "its
        spokeswoman" → the body last named as a subject), or the body a sector noun before the
        title names ("a police spokeswoman" → the police of the place, as for "police")."""
        head = self.doc[m.head]
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is not None and poss.lower_ in _POSSESSIVE_PRONOUNS:
            word = poss.lower_
            for h in self._recent(history, m, self.rules.pronoun_window):
                if h.start >= m.start or (h.kind == "pronoun" and not h.actor):
                    continue
                kind = self.reg.kind_of(h.actor)
                if word in ("his", "her") and kind == "person":
                    known = self.reg.gender.get(h.actor or "")
                    if not known or known == ("m" if word == "his" else "f"):
                        return h.actor
                elif word == "its" and kind in ("organisation", "state") and not h.plural:
                    return h.actor
                elif word == "their" and (h.plural or kind in ("compound", "group")):
                    return h.actor
            return None
        for c in head.lefts:
            a = self.nouns[c.i]
            st = self.d.sector_nouns.get(a.key) if a is not None and a.cat == _CAT_SECTOR else None
            if c.dep_ in ("compound", "amod", "nmod") and st is not None and st[0].type != "person":
                m.sectors = st[0].sectors
                self._resolve_sector(m, history)
                return m.actor
        return None

    def _qualified(self, m: _M) -> bool:
        """A title in lower case with a word outside the title itself that tells which office it
        is ("the regional governor", "the Belgorod regional governor"; not "the current
        commander", not "the attorney general", not "the rosy-sounding Justice ... Act")."""
        head = self.doc[m.head]
        if not head.is_lower:
            return False
        own = self.nouns[m.head]
        vague = self.rules.vague_modifiers
        return any(
            c.dep_ in ("amod", "compound", "nmod") and c.is_alpha and c.lower_ not in vague
            and not (own is not None and own.start <= c.i < own.end)
            and not (c.i + 1 < self.n and self.doc[c.i + 1].text == "-")
            for c in head.lefts
        )

    def _plural_antecedent(self, m: _M, history: list[_M], sectors: tuple[str, ...]) -> str | None:
        """The compound or group actor a definite plural description points back to, within the
        pronoun window: of the number given ("the three ministers"), with the sectors given."""
        count = next((t for t in self.doc[m.start:m.head] if t.like_num), None)
        n = None
        if count is not None:
            try:
                n = int(count.text) if count.text.isdigit() else self.rules.number_words.index(count.lower_) + 1
            except ValueError:
                n = None
        for h in self._recent(history, m, self.rules.pronoun_window):
            a = self.reg.actors.get(h.actor or "")
            if a is None or self.reg.kind_of(h.actor) not in ("compound", "group") or not (h.plural or a.members):
                continue
            if n is not None and a.members and len(a.members) != n:
                continue
            if sectors and a.sectors and not set(sectors) & set(a.sectors):
                continue
            return a.id
        return None

    def _resolve_honorific(self, m: _M, history: list[_M]) -> None:
        for h in self._recent(history, m):
            if m.term in h.honorifics and self.reg.kind_of(h.actor) == "person":
                m.actor = h.actor
                m.confidence = 0.9
                return
        ids = self.d.honorific_people.get(m.term, [])
        present = [i for i in ids if i in self.reg.actors]
        if len(present) == 1 or len(ids) == 1:
            m.actor = self.reg.person((present or ids)[0])
            m.confidence = 0.7
            return
        for h in self._recent(history, m, self.rules.pronoun_window):
            if self.reg.kind_of(h.actor) == "person":
                m.actor = h.actor
                m.confidence = 0.5
                return

    def _resolve_civilian(self, m: _M, history: list[_M]) -> None:
        tok = self.doc[m.head]
        t = tok
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        link = t.head
        if t.dep_ == "pobj" and link.lower_ in self.rules.civilian_link_words:
            owner = self.by_head.get(link.head.i)
            if owner is not None and owner.actor and "CVL" in self.reg.actors[owner.actor].sectors:
                m.actor = owner.actor
                m.confidence = 0.8
                return
        self._resolve_sector(m, history, window=1)

    def _resolve_sector(self, m: _M, history: list[_M], window: int = 1) -> None:
        for h in self._recent(history, m, window):
            a = self.reg.actors[h.actor or ""]
            if a.country and set(m.sectors) <= set(a.sectors) and self.reg.kind_of(h.actor) in ("sector", "organisation"):
                m.actor = a.id
                m.confidence = 0.6
                return
        code = None
        if self.doc[m.head].lower_ not in self.rules.relational_nouns:  # "its neighbours" are others
            code = self._possessor_country(m, history)
            if code is None:
                # groups that often come from abroad (troops, reporters): only from where they are
                code = self._context_country(m, places_only=bool(set(m.sectors) & _ABROAD_SECTORS))
        m.actor = self.reg.sector(code, m.sectors)
        m.confidence = 0.6

    def _possessor_country(self, m: _M, history: list[_M]) -> str | None:
        """"their forces", "its army": the country of the possessive pronoun's antecedent, the
        last actor with a country named in this sentence or the one before."""
        poss = next((c for c in self.doc[m.head].children if c.dep_ == "poss"), None)
        if poss is None or poss.lower_ not in _POSSESSIVE_PRONOUNS:
            return None
        word = poss.lower_

        def fits(h: _M) -> str | None:
            a = self.reg.actors.get(h.actor or "")
            kind = self.reg.kind_of(h.actor)
            if a is None or not a.country or h.kind == "pronoun" or h is m:
                return None
            if word == "their" and not (h.plural or kind in ("compound", "group", "organisation", "state")):
                return None
            if word in ("his", "her") and kind != "person":
                return None
            if word == "its" and (kind == "person" or h.plural):
                return None
            return a.country

        # the subject of its clause, or of the clause that reports it ("X said its forces ...")
        verb = self.doc[m.head].head
        for _ in range(3):
            subj = self._verb_subject(verb)
            h = self.by_head.get(subj.i) if subj is not None else None
            if h is not None and h is not m and fits(h):
                return fits(h)
            if verb.head.i == verb.i:
                break
            verb = verb.head
        for h in self._recent(history, m, 1):
            if h.start < m.start and fits(h):
                return fits(h)
        return None

    # ---- where an actor belongs ------------------------------------------------------------

    def _residence(self, m: _M, atoms: list[_Atom]) -> str | None:
        """The country of a people named by demonyms (``atoms``, the last one closest to the head).

        Ethnic groups are coded by the country they live in: "Bosnian Serbs" (a country adjective
        before a people's name), "the Albanians of southern Serbia" (an "of" complement), "ethnic
        Albanians" in a sentence that places them ("operating in Macedonia"). Otherwise the
        demonym's own country."""
        last = atoms[-1]
        code = self._modifier_country(last)
        rules = self.rules
        if last.key not in rules.ethnic_forms and not self._ethnic_marked(atoms[0]):
            return code
        if len(atoms) >= 2 and atoms[-2].end == last.start and last.key in rules.ethnic_forms:
            first = self._modifier_country(atoms[-2])
            if first and first != code:
                return first  # "Bosnian Serbs", "Kosovo Albanians"
        head = self.doc[m.head]
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    place = self._place_code(obj) if obj.dep_ == "pobj" else None
                    if place:
                        return place  # "the Albanians of southern Serbia"
        if not self._ethnic_marked(atoms[0]):
            return code
        for acl in head.children:  # "ethnic Albanian guerrillas operating in Macedonia"
            if acl.dep_ in ("acl", "relcl"):
                for t in acl.subtree:
                    place = self._place_code(t) if self._locative(t) else None
                    if place:
                        return place
        places = self._locatives(m.sentence)
        return next(iter(places)) if len(places) == 1 else code

    def _ethnic_marked(self, a: _Atom) -> bool:
        return a.start > 0 and self.doc[a.start - 1].lower_ in self.rules.ethnic_markers

    def _place_code(self, tok: Token) -> str | None:
        """The country a country, capital or place name at ``tok`` denotes."""
        a = self.names[tok.i]
        if a is None or a.table not in ("country", "capital", "place"):
            return None
        return self._modifier_country(a)

    def _locative(self, tok: Token) -> bool:
        """A place name in a locative phrase: "in Baku", "near Macedonia's border", "outside of
        the city of Basra" (climbing through "the town of ...")."""
        return in_prepositional_phrase(tok, self.rules.locative_prepositions)

    def _locatives(self, sentence: int) -> set[str]:
        """Countries of the places a sentence puts its events in ("in Baku", "near Samarra")."""
        cache = self._locative_cache
        if cache is None:  # all sentences at once, on first use
            cache = self._locative_cache = {}
            seen: set[int] = set()
            for a in self.names:
                if a is None or id(a) in seen or a.table not in ("country", "capital", "place"):
                    continue
                seen.add(id(a))
                tok = self.doc[a.start:a.end].root
                code = self._modifier_country(a)
                if self._inside_larger_place(a):
                    continue  # "the South China Sea", "the Gulf of Finland": not the country
                if code and self._locative(tok) and not self._in_background(tok):
                    cache.setdefault(self.pd.sentence_index(tok.idx), set()).add(code)
        return cache.get(sentence, set())

    def _inside_larger_place(self, a: _Atom) -> bool:
        """A country's name in the name of a sea or gulf: "the South China Sea", "the Gulf of Finland"."""
        water = self.rules.water_features
        if a.end < self.n and self.doc[a.end].lower_ in water:
            return True
        root = self.doc[a.start:a.end].root
        return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in water

    def _in_background(self, tok: Token) -> bool:
        """Inside a conditional or temporal clause ("if war starts in Iraq")."""
        marks = self.rules.background_marks
        t = tok
        for _ in range(12):
            if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in t.children):
                return True
            if t.head.i == t.i:
                return False
            t = t.head
        return False

    def _context_country(self, m: _M, forces: bool = False, places_only: bool = False) -> str | None:
        """The country of an unnamed group ("rebels", "demonstrators"): where the sentence places
        it, else the one country the sentence names."""
        places = self._locatives(m.sentence)
        if len(places) == 1:
            return next(iter(places))
        if places or places_only:
            return None
        if self._by_sentence is None:
            self._by_sentence = {}
            for x in self.mentions:
                self._by_sentence.setdefault(x.sentence, []).append(x)
        codes: set[str] = set()
        for x in self._by_sentence.get(m.sentence, ()):
            if x is m or not x.actor or x.kind == "compound":
                continue
            if x.start <= m.start and m.end <= x.end:
                continue
            a = self.reg.actors.get(x.actor)
            if a is None or not a.country or (not forces and set(a.sectors) & _FORCE_SECTORS):
                continue  # troops and fighters often act abroad: "U.S. troops killed three militants"
            if x.atom is not None and x.atom.cat == _CAT_NAME and self._inside_larger_place(x.atom):
                continue  # "the South China Sea"
            if not forces and x.kind == "demonym" and a.type == "country":
                continue  # "Israeli strikes killed 20 people": whose strikes, not where
            codes.add(a.country)
        return next(iter(codes)) if len(codes) == 1 else None

    def _place_titled_people(self) -> None:
        """A person the dictionary does not know, named with a title ("President X", "Judge Y"),
        belongs to the country the text is about: the sentence's country, else the focus. An
        organisation the dictionary does not know ("the opposition newspaper La Prensa") belongs
        to the country its sentence places it in, unless its name says it is international."""
        international = frozenset(self.rules.international_words)
        for m in self.mentions:
            a = self.reg.actors.get(m.actor or "")
            if a is None or a.country or a.source != "derived" or a.members:
                continue
            if m.apposed is not None or any(c.dep_ == "appos" for c in self.doc[m.head].children):
                continue  # "X, the African Union's envoy": the apposition says whom they serve
            if a.type == "person" and m.role and set(a.sectors) & _OFFICE_SECTORS:
                code = self._context_country(m, forces=True) or self._focus
            elif a.type == "organisation" and a.sectors and "IGO" not in a.sectors \
                    and not set(a.name.lower().split()) & international:
                code = self._context_country(m)  # a body described as something ("the newspaper X")
            else:
                continue
            if code:
                self.reg.actors[a.id] = a.replace(country=code)

    # ---- framing marks -----------------------------------------------------------------------

    def _framing_marks(self) -> None:
        doc = self.doc
        seen: set[tuple[int, int, str]] = set()
        for fa in self._all_frames:
            ft = self.d.framing_forms.get(fa.key)
            if ft is None:
                continue
            m = self._innermost(fa.start, fa.end)
            owner = doc[fa.start:fa.end].root.dep_ == "poss" and m is not None and not fa.start <= m.head < fa.end
            if m is not None and m.actor and not (owner and ft.refers_to):
                refers: str | None = m.actor
                if owner:
                    # a label as a possessor names the owner ("the aggressor's defence ministry")
                    a = self.reg.actors.get(m.actor)
                    refers = self.reg.state(a.country) if a is not None and a.country else None
            else:
                refers = self._framing_referent(ft)  # "special military operation": no mention, a referent
            span = doc[fa.start:fa.end]
            self._mark(span.start_char, span.end_char, ft.kind, refers, ft.note or None, seen)
        for ts, te, cs, ce in self.quoted:
            self._mark(cs, ce, "scare_quotes", self._quoted_referent(ts, te), None, seen)
        self._regime_marks(seen)

    def _regime_marks(self, seen: set[tuple[int, int, str]]) -> None:
        """"Putin's regime", "the Tehran regime", "the Kremlin's regime": a word such as
        "regime" after a leader, capital, country or state body replaces the neutral name of that
        state's government, whichever state it is (the lexicon lists common fixed forms)."""
        doc = self.doc
        nouns = self.rules.regime_nouns
        for m in self.mentions:
            head = doc[m.head]
            if head.lower_ not in nouns or m.kind == "compound":
                continue
            mod = next((self.names[c.i] for c in head.lefts
                        if c.dep_ in ("poss", "compound", "amod", "nmod") and self.names[c.i] is not None), None)
            if mod is None:
                continue
            code = None
            if mod.table in _COUNTRY_TABLES:
                code = self._modifier_country(mod)
            elif mod.table in ("person", "organisation") and mod.cat == _CAT_NAME:
                entry = self.d.people.get(mod.ref) or self.d.organisations.get(mod.ref)
                code = entry.country if entry is not None else None
            if code is None or code not in self.d.countries:
                continue
            refers = m.actor if self.reg.kind_of(m.actor) == "state" else self.reg.state(code)
            start = mod.start + 1 if doc[mod.start].lower_ in self.rules.definite_determiners else mod.start
            span = doc[start:m.head + 1]
            self._mark(span.start_char, span.end_char, "loaded_label", refers, self.rules.regime_note or None, seen)

    def _quoted_referent(self, ts: int, te: int) -> str | None:
        """The actor of a name in scare quotes: the name's own, not that of the phrase around it."""
        m = self._innermost(ts, te)
        if m is not None and m.actor and ts <= m.head < te:
            return m.actor
        a = next((self.names[i] for i in range(ts, te) if self.names[i] is not None), None)
        if a is None:
            return m.actor if m is not None else None
        if a.cat == _CAT_NAME:
            if a.table == "person" and a.ref in self.d.people:
                return self.reg.person(a.ref)
            if a.table == "organisation" and a.ref in self.d.organisations:
                return self.reg.org(a.ref)
            if a.table == "group" and a.ref in self.d.groups:
                return self.reg.group(a.ref)
            code = self._modifier_country(a)
            return self.reg.state(code) if code else None
        return m.actor if m is not None else None

    def _innermost(self, s: int, e: int) -> _M | None:
        best = None
        for m in self.mentions:
            if m.start <= s and e <= m.end and m.kind != "compound":
                if best is None or (m.end - m.start) < (best.end - best.start):
                    best = m
        return best

    def _mark(self, start: int, end: int, kind: str, refers: str | None, note: str | None,
              seen: set[tuple[int, int, str]]) -> None:
        key = (start, end, kind)
        if key in seen:
            return
        seen.add(key)
        self.marks.append(
            FramingMark(
                id=record_id("fm", self.pd.article_id, start, end, kind),
                article_id=self.pd.article_id,
                sentence=self.pd.sentence_index(start),
                start=start,
                end=end,
                text=self.pd.text[start:end],
                kind=kind,
                refers_to=refers,
                note=note,
            )
        )

    # ---- output ------------------------------------------------------------------------------

    def _char_span(self, m: _M) -> tuple[int, int]:
        span = self.doc[m.start:m.end]
        s, e = span.start_char, span.end_char
        for ts, te, cs, ce in self.quoted:
            if ts >= m.start and te <= m.end:
                s, e = min(s, cs), max(e, ce) if te == m.end or ce <= e + 2 else e
        text = self.pd.text
        while e > s and text[e - 1] in " ,;:":
            e -= 1
        return s, e

    def _layer(self) -> ActorLayer:
        aid = self.pd.article_id
        out: list[Mention] = []
        seen: set[tuple[int, int]] = set()
        used: set[str] = set()
        for m in sorted(self.mentions, key=lambda x: (x.start, -x.end)):
            if m.kind == "compound" and m.actor is None and m.members:
                continue  # its members are mentions of their own
            s, e = self._char_span(m)
            if (s, e) in seen or e <= s:
                continue
            seen.add((s, e))
            if m.actor:
                used.add(m.actor)
            out.append(
                Mention(
                    id=record_id("m", aid, s, e),
                    article_id=aid,
                    sentence=self.pd.sentence_index(s),
                    start=s,
                    end=e,
                    text=self.pd.text[s:e],
                    label=m.label,
                    actor_id=m.actor,
                    kind=m.kind,
                    confidence=m.confidence if m.actor else min(m.confidence, 0.5),
                )
            )
        for mk in self.marks:
            if mk.refers_to:
                used.add(mk.refers_to)
        # members of compounds are actors of the layer too
        stack = list(used)
        while stack:
            a = self.reg.actors.get(stack.pop())
            if a is None:
                continue
            for mid in a.members:
                if mid not in used and mid in self.reg.actors:
                    used.add(mid)
                    stack.append(mid)
        actors = tuple(a for a in self.reg.actors.values() if a.id in used)
        marks = tuple(sorted(self.marks, key=lambda x: (x.start, x.end)))
        return ActorLayer(mentions=tuple(out), actors=actors, framing=marks)


# ---------------------------------------------------------------------------------------------
# helpers

_NAME_JOINERS = frozenset({"and", "of", "for", "&"})
_OFFICE_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG", "COP"})
_FORCE_SECTORS = frozenset({"MIL", "REB", "INS"})
# unnamed groups of these sectors often come from abroad: a country only from where they are
_ABROAD_SECTORS = frozenset({"MIL", "MED", "IGO", "NGO"})
_POSSESSIVE_PRONOUNS = frozenset({"their", "its", "his", "her"})

_TABLE_LABEL = {
    "country": "GPE", "capital": "GPE", "place": "GPE", "demonym": "NORP", "adjective": "NORP",
    "person": "PERSON", "organisation": "ORG", "group": "NOMINAL",
}


def _name_priority(a: _Atom) -> int:
    return {"person": 0, "organisation": 1, "group": 2, "country": 3, "capital": 4, "place": 5, "demonym": 6,
            "adjective": 7}.get(a.table, 9)


def _noun_priority(a: _Atom) -> int:
    return {_CAT_TITLE: 0, _CAT_SECTOR: 1, _CAT_ANAPHOR: 2}.get(a.cat, 9)


def _longest(atoms: list[_Atom], prefer: Any) -> list[_Atom]:
    """Non-overlapping atoms, longest first; ties go to the preferred reading, then the earliest."""
    chosen: list[_Atom] = []
    taken: set[int] = set()
    for a in sorted(atoms, key=lambda x: (-(x.end - x.start), prefer(x), x.start)):
        if any(i in taken for i in range(a.start, a.end)):
            continue
        chosen.append(a)
        taken.update(range(a.start, a.end))
    return sorted(chosen, key=lambda x: x.start)



def _tail_keys(key: str) -> list[str]:
    """"iranian supreme leader" → ["supreme leader", "leader"]: the title inside a longer one."""
    words = key.split()
    return [" ".join(words[i:]) for i in range(1, len(words))]


def _role_matches(title_role: str, person_role: str) -> bool:
    """'minister' fits a foreign minister; 'president' fits a president, not a vice president."""
    if not title_role or not person_role:
        return False
    if title_role == person_role:
        return True
    return person_role.endswith(" " + title_role) and not person_role.startswith(("vice ", "deputy ", "former "))


def _clean_name(name: str) -> str:
    name = name.replace("’s", "").replace("'s", "") if name.endswith(("’s", "'s")) else name
    return " ".join(name.replace(" - ", "-").replace(" -", "-").replace("- ", "-").split()).strip(" ,.;:‘’'\"")


__all__ = ["ActorLayer", "configure", "current_dictionary", "extract_actors"]
