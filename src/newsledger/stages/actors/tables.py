"""The records of the actor dictionary (one per table row) and the small text helpers the
dictionary and the resolver share: lookup keys, slugs, body words, dates."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ...records import Record

FALSE_WORDS = frozenset({"", "0", "no", "false", "n", "none"})


def multi(value: Any) -> tuple[str, ...]:
    """A ``|``-separated field (or a YAML list) as a tuple of stripped, non-empty strings."""
    if value is None:
        return ()
    if isinstance(value, list | tuple):
        items = [str(v) for v in value]
    else:
        items = str(value).split("|")
    return tuple(s.strip() for s in items if s and s.strip())


def prefixed(value: str, prefix: str) -> str:
    """An entry id with its table prefix (``hamas`` → ``org:hamas``); empty stays empty."""
    return value if not value or ":" in value else f"{prefix}:{value}"


def one(value: Any) -> str:
    return "" if value is None else str(value).strip()


def sector_codes(value: Any) -> tuple[str, ...]:
    return tuple(s.upper() for s in multi(value))


def slug(text: str) -> str:
    """A lower-case, hyphenated form of a name for use in actor ids."""
    out = []
    prev_dash = False
    for ch in text.lower():
        if ch.isalnum():
            out.append(ch)
            prev_dash = False
        elif not prev_dash:
            out.append("-")
            prev_dash = True
    return "".join(out).strip("-") or "x"


@dataclass(frozen=True)
class CountryEntry(Record):
    code: str
    name: str
    formal_name: str = ""
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    region: str = ""
    ambiguous: str = ""  # 1/yes: some of its names have other readings (a person, a US state, ...)
    ambiguous_terms: tuple[str, ...] = ()  # which of its names, demonyms or capitals those are

    @property
    def is_ambiguous(self) -> bool:
        return self.ambiguous.lower() not in FALSE_WORDS

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.name, self.formal_name, *self.aliases) if n)


@dataclass(frozen=True)
class PersonEntry(Record):
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    sectors: tuple[str, ...] = ()
    role: str = ""
    titles: tuple[str, ...] = ()
    start: str = ""  # ISO date (or year) the role began
    end: str = ""  # ISO date (or year) it ended; empty: still in office
    organisation: str = ""  # id of the organisation the person leads or belongs to, if any

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def holds_on(self, date: str | None) -> bool:
        """True when the role was held on ``date`` (ISO); with no date, when it is current."""
        if not date:
            return not self.end
        day = date[:10]
        start = date_floor(self.start)
        end = date_ceiling(self.end)
        return (not start or start <= day) and (not end or day <= end)


@dataclass(frozen=True)
class OrgEntry(Record):
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    sectors: tuple[str, ...] = ()
    type: str = ""
    parent: str = ""  # id of the organisation this one is part of
    ambiguous_aliases: tuple[str, ...] = ()  # aliases that may name another body ("Security Council")

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class GroupEntry(Record):
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    members: tuple[str, ...] = ()  # member country codes, when the group is a fixed set
    member_orgs: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class PlaceEntry(Record):
    """A place below the country level (a city, region or territory) and the country it lies in."""

    name: str
    aliases: tuple[str, ...] = ()
    country: str = ""
    kind: str = ""
    note: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class SectorTerm(Record):
    """A common noun naming a kind of actor: ``troops`` → MIL, ``children`` → CVL."""

    term: str
    plural: str = ""
    sectors: tuple[str, ...] = ()
    type: str = ""


@dataclass(frozen=True)
class TitleEntry(Record):
    """A title or office: ``foreign minister`` → role ``foreign minister``, sector GOV."""

    term: str
    role: str = ""
    sectors: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    gender: str = ""  # m, f or empty
    kind: str = "office"  # office (a post with one holder per country), rank, honorific

    @property
    def names(self) -> tuple[str, ...]:
        return (self.term, *self.aliases)


@dataclass(frozen=True)
class FramingTerm(Record):
    """A loaded, euphemistic or honorific expression and what it refers to."""

    term: str
    kind: str
    refers_to: str = ""  # country code or actor id; empty: the referent comes from context
    sector: str = ""
    conflict: str = ""
    used_by: str = ""
    note: str = ""
    shared: bool = False  # the parties of several conflicts use it of each other ("occupation forces")


@dataclass(frozen=True)
class AnaphorEntry(Record):
    """A definite description that points back to an actor: ``the regime``, ``those governments``."""

    term: str
    targets: tuple[str, ...] = ()  # actor types it may point to: state, group, compound, organisation, person
    sectors: tuple[str, ...] = ()  # required sector of the antecedent (any if empty)
    plural: bool = False
    prefer_label: str = ""  # prefer antecedents named with this word (e.g. regime)
    fallback: str = ""  # "focus": the state in focus when nothing fits
    named: bool = False  # only an antecedent whose name holds the word ("the headquarters")
    not_org_types: tuple[str, ...] = ()  # dictionary organisation types it never points to


@dataclass(frozen=True)
class AmbiguityRule(Record):
    """How to read a name that is also something else (Georgia the US state, Jordan the person)."""

    code: str
    name: str
    person_reading: bool = False  # a PERSON entity reading makes it a person
    alternative_id: str = ""
    alternative_name: str = ""
    alternative_country: str = ""
    alternative_type: str = "place"
    alternative_cues: tuple[str, ...] = ()
    country_cues: tuple[str, ...] = ()


@dataclass(frozen=True)
class CorefRules(Record):
    """Word lists that drive coreference and metonymy (from ``coref.yaml``)."""

    male_pronouns: tuple[str, ...] = ()
    female_pronouns: tuple[str, ...] = ()
    plural_pronouns: tuple[str, ...] = ()
    male_cues: tuple[str, ...] = ()
    female_cues: tuple[str, ...] = ()
    male_given_names: tuple[str, ...] = ()
    female_given_names: tuple[str, ...] = ()
    definite_determiners: tuple[str, ...] = ()
    # "Police said ...", "Authorities say ...": the news register's zero article, definite
    bare_definite_terms: tuple[str, ...] = ()
    quantifier_determiners: tuple[str, ...] = ()
    locative_prepositions: tuple[str, ...] = ()
    motion_prepositions: tuple[str, ...] = ()
    place_name_prepositions: tuple[str, ...] = ()
    employer_prepositions: tuple[str, ...] = ()
    name_employer_prepositions: tuple[str, ...] = ()
    place_head_nouns: tuple[str, ...] = ()
    # a people's adjective before one of these is a place ("on Afghan soil": in Afghanistan)
    territory_nouns: tuple[str, ...] = ()
    region_nouns: tuple[str, ...] = ()  # "in Zamfara state": with a place's name, that place
    resultative_adjectives: tuple[str, ...] = ()  # "shot dead two teenagers": the verb's, not the noun's
    territory_prepositions: tuple[str, ...] = ()  # ... besides the locative ones ("on Afghan soil")
    non_person_entity_labels: tuple[str, ...] = ()  # lower-cased, see entities.named_as_place
    surname_place_labels: tuple[str, ...] = ()  # lower-cased: "in Austin" labelled GPE is the town (surname_places)
    surname_place_suffixes: tuple[str, ...] = ()  # "Austin-based": the town (surname_places)
    travel_lemmas: tuple[str, ...] = ()
    complement_prepositions: tuple[str, ...] = ()
    representative_nouns: tuple[str, ...] = ()
    accredited_nouns: tuple[str, ...] = ()  # "Kenya's U.N. ambassador": the country's envoy to the organisation
    civilian_link_words: tuple[str, ...] = ()
    indefinite_determiners: tuple[str, ...] = ()
    sector_names: dict[str, str] = field(default_factory=dict)  # GOV -> government, for actor names
    non_actor_first_words: tuple[str, ...] = ()
    actor_framing_kinds: tuple[str, ...] = ()
    pronoun_window: int = 3
    # named people and bodies of one country that make it the context of an ambiguous party or
    # chamber name (alias_context.named_by_context)
    alias_context_actors: int = 2
    # a party's capitalised adjective -> the party's id in organisations.csv ("Republican lawmakers")
    party_member_adjectives: dict[str, str] = field(default_factory=dict)
    preferred_readings: dict[str, str] = field(default_factory=dict)  # shared form -> default country
    ethnic_markers: tuple[str, ...] = ()  # "ethnic Albanians": a people, wherever they live
    ethnic_forms: tuple[str, ...] = ()  # demonyms that also name a people living across borders
    stance_prefixes: tuple[str, ...] = ()  # "anti-Syria": a stance, not a nationality
    background_marks: tuple[str, ...] = ()  # "if war starts in Iraq": a clause that sets no scene
    international_words: tuple[str, ...] = ()  # "World Water Forum": a body of no one country
    subset_modifiers: tuple[str, ...] = ()  # "new EU members": part of a group, not all of it
    relational_nouns: tuple[str, ...] = ()  # "its neighbours": others, not the owner's people
    member_nouns: tuple[str, ...] = ()  # "its members": the owner's own people, of the owner's sector
    foreign_modifiers: tuple[str, ...] = ()  # "foreign nationals": not the people of the place in view
    side_modifiers: tuple[str, ...] = ()  # "the warring parties": the sides of a conflict, no one country
    creed_words: tuple[str, ...] = ()  # "the Islamist Hayat Tahrir al-Sham": a description, not part of the name
    captive_nouns: tuple[str, ...] = ()  # "hostages": not placed by where their captors hold them
    place_description_nouns: tuple[str, ...] = ()  # "in the enclave": the place named before
    doer_adjectives: tuple[str, ...] = ()  # "X was responsible": X the alleged doer
    water_features: tuple[str, ...] = ()  # "the Gulf of Finland" is no place in Finland
    language_verbs: tuple[str, ...] = ()  # "she speaks Burmese": a language, not a people
    language_modifiers: tuple[str, ...] = ()  # "fluent French"
    language_nouns: tuple[str, ...] = ()  # "the Portuguese language"
    neuter_pronouns: tuple[str, ...] = ()  # "it": resolved only as the subject of a reporting verb
    impersonal_lemmas: tuple[str, ...] = ()  # "said it was unclear": an "it" that names no body
    reporting_verbs: tuple[str, ...] = ()  # lemmas of verbs that report what a body said or did
    number_words: tuple[str, ...] = ()  # one, two, three ...: "the three ministers"
    regime_nouns: tuple[str, ...] = ()  # "Putin's regime", "the Tehran regime": a loaded label
    regime_note: str = ""
    vague_modifiers: tuple[str, ...] = ()  # "the current commander": tells no office apart
    spokesperson_nouns: tuple[str, ...] = ()  # people who speak for another: "his spokesman"
    leading_nouns: tuple[str, ...] = ()  # "the Hamas leader": the person named before with that body
    body_nouns: tuple[str, ...] = ()  # government bodies: with a country, an organisation of it
    abroad_bodies: tuple[str, ...] = ()  # "the embassy": a body abroad, of no country in view
    organisation_heads: tuple[str, ...] = ()  # nouns heading organisations' names ("Council")
    organisation_anaphors: tuple[str, ...] = ()  # "the council": the council named before
    control_descriptors: tuple[str, ...] = ()  # "Hamas-run": who controls a body, not whose it is
    patron_descriptors: tuple[str, ...] = ()  # "Iran-backed": a patron, not the phrase's country
    acted_on_verbs: tuple[str, ...] = ()  # "X killed 40 people": X's people are not the victims
    accusation_verbs: tuple[str, ...] = ()  # "Y blamed X for the blast": X is the alleged doer
    site_nouns: tuple[str, ...] = ()  # "the hospital": placed only by where its sentence puts it
    conveyance_nouns: tuple[str, ...] = ()  # "a passenger train": a vehicle, not its passengers
    audience_compounds: tuple[str, ...] = ()  # "a press conference": the press is its audience, no actor
    name_particles: tuple[str, ...] = ()  # "al-Shabab", "el-Sisi": lower-case in running text
    topic_nouns: tuple[str, ...] = ()  # "a Russia expert": the country is what they know about
    opposition_modifiers: tuple[str, ...] = ()  # "the shadow foreign secretary": the opposition's
    group_role_nouns: tuple[str, ...] = ()  # "a rebel leader", "a gang member": the group's sectors
    place_nouns: tuple[str, ...] = ()  # "officials in two Western countries": placed, in no one country
    named_place_nouns: tuple[str, ...] = ()  # "the regional capital, Banja Luka": a place, no person
    facility_nouns: tuple[str, ...] = ()  # "Nelson Mandela Square", "JFK airport": a place named after someone
    distinct_group_modifiers: tuple[str, ...] = ()  # "local clan militias" after "al-Shabab": another group
    name_nouns: tuple[str, ...] = ()  # "who gave only her first name, Larysa": the name that follows
    naming_verbs: tuple[str, ...] = ()  # "an officer, identified only as Sgt. A.": the name after "as"
    kin_nouns: tuple[str, ...] = ()  # "Iryna, whose husband ...": a relative clause about a person
    # "the younger Lai": of two people of one surname, the one named as the other's son or daughter
    junior_age_words: tuple[str, ...] = ()
    senior_age_words: tuple[str, ...] = ()
    junior_kin_nouns: tuple[str, ...] = ()  # "his son Sebastien Lai": a generation below
    senior_kin_nouns: tuple[str, ...] = ()  # "her father, Omar Haddad": a generation above
    male_kin_nouns: tuple[str, ...] = ()  # "her brother-in-law, Idris": the name is a man's
    female_kin_nouns: tuple[str, ...] = ()  # "his daughter, Amani": the name is a woman's
    organisation_name_words: tuple[str, ...] = ()  # "Faisal Bank": a given name opening a body's name
    anaphors: tuple[AnaphorEntry, ...] = ()
    ambiguity: tuple[AmbiguityRule, ...] = ()
    # sectors of people who hold an office: an unknown titled person of these takes the country in view
    office_sectors: frozenset[str] = frozenset()
    # sectors that often act abroad: they tell no country of the sentence ("U.S. troops killed ...")
    force_sectors: frozenset[str] = frozenset()
    # unnamed groups of these sectors often come from abroad: a country only from where they are
    abroad_sectors: frozenset[str] = frozenset()
    # unnamed groups of these sectors comment on places: what they say does not place them
    commentator_sectors: frozenset[str] = frozenset()
    reported_sectors: frozenset[str] = frozenset()
    # organisations of these sectors are "they" as well as "it" ("the BLA ... they shot people")
    they_sectors: frozenset[str] = frozenset()
    # unnamed political groups that take the country of the article's context (alias_context)
    context_group_sectors: frozenset[str] = frozenset()
    family_name_first_countries: frozenset[str] = frozenset()  # "Fu Cong ... Fu said": the first word is the family name


@dataclass(frozen=True)
class SurfaceRef(Record):
    """One reading of a surface form: which table and which key it names."""

    table: str  # country, demonym, adjective, capital, place, person, organisation, group
    key: str  # country code or entry id


_BODY_STOP = frozenset({"of", "the", "for", "and", "affairs", "'s", "’s"})
_SPELLINGS = {"defense": "defence", "center": "centre", "organization": "organisation"}


def body_words(words: Iterable[str]) -> frozenset[str]:
    """The words that tell one government body from another, spelling and word order aside:
    "Ministry of Foreign Affairs" and "foreign ministry" give the same set."""
    out = set()
    for w in words:
        low = w.lower().strip(".,'’")
        if low and low not in _BODY_STOP:
            out.add(_SPELLINGS.get(low, low))
    return frozenset(out)


def norm(text: str) -> str:
    """The lookup key of a surface form: lower case, straight apostrophes, single spaces."""
    return " ".join(text.replace("’", "'").replace("‘", "'").lower().split())



def date_floor(value: str) -> str:
    v = value.strip()
    if not v:
        return ""
    if len(v) == 4:
        return f"{v}-01-01"
    if len(v) == 7:
        return f"{v}-01"
    return v[:10]


def date_ceiling(value: str) -> str:
    v = value.strip()
    if not v:
        return ""
    if len(v) == 4:
        return f"{v}-12-31"
    if len(v) == 7:
        return f"{v}-31"
    return v[:10]


@dataclass(frozen=True)
class Confidence(Record):
    """How sure the actor stage is of each kind of reading (``confidence.yaml``)."""

    sure: float  # a label the lexicon ties to its referent; an honorific of the person named
    likely: float  # an office holder by date, a country read from its syntax, a bound pronoun
    plausible: float  # an antecedent found by agreement, a derived name, a capital as a place
    guess: float  # a body or holder of the country in focus, an unnamed group's country
    weak: float  # no referent to be had, or only the nearest person
    doubtful: float  # a capital that is also a first name, its country not named
    unresolved: float  # the most a mention with no actor may have
