"""The ledger's knowledge (``data/ledger/*.yaml``, read through :class:`Resources` and checked
against the schemas below) and the normalisation rules that use it: place cores, group classes,
time scopes and claim intervals. Pure functions of their arguments and a :class:`Rules`."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..nlp.words import MONTHS
from ..resources import MapOf, Resources

# -- schemas of the data files -------------------------------------------------------------------

# (plain mappings: a user's data file gives a fragment of a file, so no key is required)
LINKING_SCHEMA = {
    "compatible_types": [[str]],
    "measure_event_types": MapOf([str]),
    "state_sectors": [str],
    "disputable_types": [str],
}
GROUPS_SCHEMA = {"default_class": str, "classes": MapOf([str]), "named_by_measure": MapOf([str]),
                 "identity_measures": [str], "identity_labels": [str],
                 "unnamed_labels": [str]}
PLACES_SCHEMA = {"drop_words": [str], "story_place_kinds": [str], "within_prepositions": [str],
                 "within_kinds": [str], "landmark_nouns": [str]}
_BOUND = (float, type(None))
CLAIMS_SCHEMA = {
    "qualifier_intervals": MapOf({"low": _BOUND, "high": _BOUND}),
    "period_markers": [str],
    "scope_drop_words": [str],
    "update_cues": [str],
    "update_cue_window": int,
    "cumulative_cues": [str],
    "coordinators": [str],
    "part_after": [str],
    "pronoun_partitives": [str],
    "increment_partitives": [str],
    "part_before": [str],
    "incident_nouns": [str],
    "event_day_gap": int,
    "running_markers": [str],
    "part_predicates": [str],
    "part_leads": [str],
    "breakdown_subjects": [str],
    "breakdown_headings": [str],
    "breakdown_openers": [str],
    "later_happenings": [str],
    "cumulative_subjects": [str],
    "total_verbs": [str],
    "series_subjects": [str],
    "increment_after": [str],
    "increment_before": [str],
    "raising_participles": [str],
    "part_restrictors": [str],
    "restrictor_prepositions": [str],
    "zone_nouns": [str],
    "zone_holders": [str],
    "zone_restrictors": [str],
    "part_quantifiers": [str],
    "part_holders": [str],
    "facility_nouns": [str],
    "facility_intakes": [str],
    "intake_passives": [str],
    "whole_cues": [str],
    "other_place_nouns": [str],
    "separate_openers": [str],
    "carried_claim_sources": [str],
    "carried_claim_classes": [str],
    "side_nouns": [str],
    "side_possessives": [str],
    "own_dead_sectors": [str],
    "retrospective_units": MapOf(int),
    "retrospective_links": [str],
    "retrospective_max_days": int,
}


@dataclass(frozen=True)
class Rules:
    """What the ledger's data files say, ready to use."""

    compatible: frozenset[frozenset[str]]
    measure_types: dict[str, frozenset[str]]
    default_group: str
    group_of: dict[str, str]
    place_drop: frozenset[str]
    qualifier_intervals: dict[str, tuple[float | None, float | None]]
    period_markers: tuple[str, ...]
    scope_drop: frozenset[str]
    update_cue: re.Pattern[str]
    update_window: int
    state_sectors: frozenset[str]
    disputable: frozenset[str]
    cumulative_cues: tuple[str, ...] = ()
    coordinators: tuple[str, ...] = ()
    part_after: tuple[str, ...] = ()
    pronoun_partitives: tuple[str, ...] = ()  # "31 of them": a part only of a count before it
    increment_partitives: tuple[str, ...] = ()  # "three of the wounded died": an increment
    part_before: tuple[str, ...] = ()  # "the last two bodies"
    incident_nouns: tuple[str, ...] = ()  # "killed in an army raid ... this week"
    event_day_gap: int = 1
    # a retrospective's duration and link words, in days ("three weeks after"; ``retro``)
    retrospective_units: tuple[tuple[str, int], ...] = ()
    retrospective_links: tuple[str, ...] = ()
    retrospective_max_days: int = 0
    running_markers: frozenset[str] = frozenset()
    part_predicates: tuple[str, ...] = ()
    part_leads: tuple[str, ...] = ()  # "Among the dead were 12 children": the inverted predicate
    breakdown_subjects: tuple[str, ...] = ()  # "The dead are 12 civilians and four policemen"
    breakdown_headings: tuple[str, ...] = ()  # "By town:" over rows "Nairobi: 12 dead"
    breakdown_openers: tuple[str, ...] = ()  # "596, with the ministry's 231 and Thailand's 17"
    later_happenings: tuple[str, ...] = ()  # "23 killed in Wednesday's aftershock": another incident
    cumulative_subjects: tuple[str, ...] = ()  # "the war ... has killed N"
    total_verbs: tuple[str, ...] = ()
    series_subjects: tuple[str, ...] = ()  # "so far, the attacks have killed N"
    increment_after: tuple[str, ...] = ()  # "three more died", "six more bodies"
    increment_before: tuple[str, ...] = ()  # "another five died", "a further 12 bodies"
    raising_participles: tuple[str, ...] = ()  # "five bodies recovered, bringing the toll to 24"
    part_restrictors: tuple[str, ...] = ()  # "near the buses alone": a part of a larger count
    restrictor_prepositions: tuple[str, ...] = ()
    zone_nouns: tuple[str, ...] = ()  # "in KNU-held areas", "in areas under government control": a part
    zone_holders: tuple[str, ...] = ()
    zone_restrictors: tuple[str, ...] = ()
    part_quantifiers: tuple[str, ...] = ()  # "some families have lost three people": a share
    part_holders: tuple[str, ...] = ()
    facility_nouns: tuple[str, ...] = ()  # "Nasser Hospital received 18 bodies": that facility's share
    facility_intakes: tuple[str, ...] = ()
    intake_passives: tuple[str, ...] = ()  # "33 bodies received at the X morgue": placed where brought
    separate_openers: tuple[str, ...] = ()  # "Separately, a roadside bomb killed four": another incident
    carried_claim_sources: frozenset[str] = frozenset()  # "a video", "one post on X": a circulating claim
    carried_claim_classes: frozenset[str] = frozenset()  # its "40 children" count the incident's people
    whole_cues: tuple[str, ...] = ()  # "23 people died nationwide": a whole, never one thread with a town's count
    other_place_nouns: tuple[str, ...] = ()  # "in Nairobi and two other towns": a list of places
    side_nouns: tuple[str, ...] = ()  # "24 killed on the Kyrgyz side": the country of the people counted
    side_possessives: tuple[str, ...] = ()  # "Tajik officials reported 12 dead on their side"
    own_dead_sectors: frozenset[str] = frozenset()  # "the health ministry says 12 died": its country's dead
    # a country's name, capital, demonym or adjective (lower case) -> its code (``actors/countries.csv``)
    country_words: dict[str, str] | None = None
    named_by_measure: dict[str, frozenset[str]] | None = None  # measure -> classes that count its people
    # a side's names for the fighters it says its strike killed ("31 terrorists neutralised"),
    # and the measures whose counts under such a name may be another account of an incident's dead
    identity_labels: frozenset[str] = frozenset()
    identity_measures: frozenset[str] = frozenset()
    # names of the dead that say nothing of who they were ("24 bodies", "the dead"; ``unnamed``)
    unnamed_labels: frozenset[str] = frozenset()
    # the core words of the towns and cities of the gazetteer (``actors/extra_places.csv``, kinds
    # ``story_place_kinds`` of ``places.yaml``) that are no country's name or capital
    # (``actors/countries.csv``): a place the actor stage reads as its country ("El Obeid" ->
    # Sudan) that is still the specific place a story is about
    town_places: frozenset[frozenset[str]] = frozenset()
    # the core words of the countries' names (``actors/countries.csv``): a figure placed "in
    # Ukraine" names the country an incident is in, not a specific place apart from it
    country_places: frozenset[frozenset[str]] = frozenset()
    # places within places ("the Al-Noor hospital in Karmel", ``within``): the prepositions, and the
    # words that may stand between the inner place and the preposition ("Borova, a suburb of")
    within_prepositions: frozenset[str] = frozenset()
    within_kinds: frozenset[str] = frozenset()
    landmark_nouns: frozenset[str] = frozenset()  # a facility or landmark ("hospital"): a place within a town


def _build_rules(resources: Resources) -> Rules:
    linking = resources.yaml("ledger/linking.yaml", LINKING_SCHEMA)
    groups = resources.yaml("ledger/groups.yaml", GROUPS_SCHEMA)
    places = resources.yaml("ledger/places.yaml", PLACES_SCHEMA)
    claims = resources.yaml("ledger/claims.yaml", CLAIMS_SCHEMA)
    group_of = {str(w).lower(): str(cls) for cls, words in groups["classes"].items() for w in words}
    intervals = {str(k).lower(): (v.get("low"), v.get("high"))
                 for k, v in claims["qualifier_intervals"].items()}
    cues = sorted((str(c).lower() for c in claims["update_cues"]), key=len, reverse=True)
    cue_re = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b[^.;:!?]{0,25}$")
    return Rules(
        compatible=frozenset(frozenset(p) for p in linking["compatible_types"]),
        measure_types={str(k): frozenset(v) for k, v in linking["measure_event_types"].items()},
        default_group=str(groups["default_class"]),
        group_of=group_of,
        place_drop=frozenset(str(w).lower() for w in places["drop_words"]),
        qualifier_intervals=intervals,
        period_markers=tuple(str(m).lower() for m in claims["period_markers"]),
        scope_drop=frozenset(str(w).lower() for w in claims["scope_drop_words"]),
        update_cue=cue_re,
        update_window=int(claims["update_cue_window"]),
        state_sectors=frozenset(str(x).upper() for x in linking["state_sectors"]),
        disputable=frozenset(str(x).upper() for x in linking["disputable_types"]),
        cumulative_cues=tuple(str(c).lower() for c in claims.get("cumulative_cues") or ()),
        coordinators=tuple(str(c).lower() for c in claims.get("coordinators") or ()),
        part_after=tuple(str(c).lower() for c in claims.get("part_after") or ()),
        pronoun_partitives=tuple(str(c).lower() for c in claims.get("pronoun_partitives") or ()),
        increment_partitives=tuple(str(c).lower() for c in claims.get("increment_partitives") or ()),
        part_before=tuple(str(c).lower() for c in claims.get("part_before") or ()),
        incident_nouns=tuple(str(c).lower() for c in claims.get("incident_nouns") or ()),
        event_day_gap=int(claims.get("event_day_gap", 1)),
        retrospective_units=tuple((str(k).lower(), int(v)) for k, v in (claims.get("retrospective_units") or {}).items()),
        retrospective_links=tuple(str(w).lower() for w in claims.get("retrospective_links") or ()),
        retrospective_max_days=int(claims.get("retrospective_max_days", 0)),
        running_markers=frozenset(str(m).lower() for m in claims.get("running_markers") or ()),
        part_predicates=tuple(str(c).lower() for c in claims.get("part_predicates") or ()),
        part_leads=tuple(str(c).lower() for c in claims.get("part_leads") or ()),
        breakdown_subjects=tuple(str(c).lower() for c in claims.get("breakdown_subjects") or ()),
        breakdown_headings=tuple(str(c).lower() for c in claims.get("breakdown_headings") or ()),
        breakdown_openers=tuple(str(c).lower() for c in claims.get("breakdown_openers") or ()),
        later_happenings=tuple(str(c).lower() for c in claims.get("later_happenings") or ()),
        cumulative_subjects=tuple(str(c).lower() for c in claims.get("cumulative_subjects") or ()),
        total_verbs=tuple(str(c).lower() for c in claims.get("total_verbs") or ()),
        series_subjects=tuple(str(c).lower() for c in claims.get("series_subjects") or ()),
        increment_after=tuple(str(c).lower() for c in claims.get("increment_after") or ()),
        increment_before=tuple(str(c).lower() for c in claims.get("increment_before") or ()),
        raising_participles=tuple(str(c).lower() for c in claims.get("raising_participles") or ()),
        part_restrictors=tuple(str(c).lower() for c in claims.get("part_restrictors") or ()),
        restrictor_prepositions=tuple(str(c).lower() for c in claims.get("restrictor_prepositions") or ()),
        zone_nouns=tuple(str(c).lower() for c in claims.get("zone_nouns") or ()),
        zone_holders=tuple(str(c).lower() for c in claims.get("zone_holders") or ()),
        zone_restrictors=tuple(str(c).lower() for c in claims.get("zone_restrictors") or ()),
        part_quantifiers=tuple(str(c).lower() for c in claims.get("part_quantifiers") or ()),
        part_holders=tuple(str(c).lower() for c in claims.get("part_holders") or ()),
        facility_nouns=tuple(str(c).lower() for c in claims.get("facility_nouns") or ()),
        facility_intakes=tuple(str(c).lower() for c in claims.get("facility_intakes") or ()),
        intake_passives=tuple(str(c).lower() for c in claims.get("intake_passives") or ()),
        whole_cues=tuple(str(c).lower() for c in claims.get("whole_cues") or ()),
        other_place_nouns=tuple(str(c).lower() for c in claims.get("other_place_nouns") or ()),
        separate_openers=tuple(str(c).lower() for c in claims.get("separate_openers") or ()),
        carried_claim_sources=frozenset(str(c).lower() for c in claims.get("carried_claim_sources") or ()),
        carried_claim_classes=frozenset(str(c).lower() for c in claims.get("carried_claim_classes") or ()),
        side_nouns=tuple(str(c).lower() for c in claims.get("side_nouns") or ()),
        side_possessives=tuple(str(c).lower() for c in claims.get("side_possessives") or ()),
        own_dead_sectors=frozenset(str(c).upper() for c in claims.get("own_dead_sectors") or ()),
        country_words=_country_words(resources),
        named_by_measure={str(k): frozenset(str(c) for c in v) for k, v in (groups.get("named_by_measure") or {}).items()},
        identity_labels=frozenset(str(w).lower() for w in groups.get("identity_labels") or ()),
        identity_measures=frozenset(str(m).lower() for m in groups.get("identity_measures") or ()),
        unnamed_labels=frozenset(str(w).lower() for w in groups.get("unnamed_labels") or ()),
        town_places=_town_places(resources, frozenset(str(w).lower() for w in places["drop_words"]),
                                 frozenset(str(k).lower() for k in places.get("story_place_kinds") or ())),
        within_prepositions=frozenset(str(w).lower() for w in places.get("within_prepositions") or ()),
        within_kinds=frozenset(str(w).lower() for w in places.get("within_kinds") or ()),
        landmark_nouns=frozenset(str(w).lower() for w in places.get("landmark_nouns") or ()),
        country_places=frozenset(_names(resources, "actors/countries.csv", COUNTRY_NAMES,
                                        frozenset(str(w).lower() for w in places["drop_words"]))),
    )


COUNTRY_NAME_COLUMNS = ("name", "formal_name", "aliases", "capital")
COUNTRY_NAMES = COUNTRY_NAME_COLUMNS[:3]


def _names(resources: Resources, relpath: str, columns: tuple[str, ...], drop: frozenset[str],
           kinds: frozenset[str] | None = None) -> set[frozenset[str]]:
    """The place cores of the names in ``columns`` (``|``-separated) of a gazetteer's rows (of
    the ``kinds`` given, when given)."""
    out: set[frozenset[str]] = set()
    for row in resources.csv(relpath, columns):
        if kinds is not None and (row.get("kind") or "").strip().lower() not in kinds:
            continue
        for col in columns:
            out.update(core for name in (row.get(col) or "").split("|") if (core := _core(name, drop)))
    return out


def _country_words(resources: Resources) -> dict[str, str]:
    """Each country's name, capital, demonyms and adjectives (lower case) -> its code; a word two
    countries share (or a country's flagged ambiguous terms) names neither."""
    out: dict[str, str] = {}
    shared: set[str] = set()
    for row in resources.csv("actors/countries.csv", ("code", "name", "aliases", "demonyms", "adjectives", "capital")):
        code = (row.get("code") or "").strip()
        for col in ("name", "aliases", "demonyms", "adjectives", "capital"):
            for w in (row.get(col) or "").split("|"):
                w = w.strip().lower()
                if not w or not code:
                    continue
                if out.get(w, code) != code:
                    shared.add(w)
                out[w] = code
    return {w: c for w, c in out.items() if w not in shared}


def _town_places(resources: Resources, drop: frozenset[str], kinds: frozenset[str]) -> frozenset[frozenset[str]]:
    if not kinds:
        return frozenset()
    towns = _names(resources, "actors/extra_places.csv", ("name", "aliases"), drop, kinds)
    return frozenset(towns - _names(resources, "actors/countries.csv", COUNTRY_NAME_COLUMNS, drop))


def load_rules(resources: Resources | None = None) -> Rules:
    """The ledger's rules, read once per ``resources`` (a new :class:`Resources` when None)."""
    res = resources if resources is not None else Resources()
    rules: Rules = res.memo(("ledger", "rules"), lambda: _build_rules(res))
    return rules


# -- normalisation -------------------------------------------------------------------------------

WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
POSSESSIVE = re.compile(r"'s\b")
YEAR = re.compile(r"(?:1[89]|20)\d\d")  # a calendar year
# a month or a year closing a span of time ("early January", "mid-2023")
_SPAN_END = (r"(?:early\s+|late\s+|mid-?)?(?:" + "|".join(sorted(MONTHS, key=len, reverse=True))
             + r"|(?:1[89]|20)\d\d)")
# a span of months or years ("between January and May", "from 2019 to 2023"): a period, not a day
SPAN = re.compile(rf"\b(?:between|from)\s+{_SPAN_END}\b.*?\b(?:and|to|until|till|through)\s+{_SPAN_END}\b")


def place_core(place: str | None, rules: Rules) -> frozenset[str]:
    """The core words of a place as written: lower case, possessive 's dropped, and the generic
    words of ``data/ledger/places.yaml`` (the, region, town, north-eastern ...) removed."""
    return _core(place, rules.place_drop)


def _core(place: str | None, drop: frozenset[str]) -> frozenset[str]:
    if not place:
        return frozenset()
    text = re.sub(r"\([^)]*\)", " ", place.replace("’", "'").lower())
    text = POSSESSIVE.sub("", text)
    return frozenset(w for w in WORD.findall(text) if w not in drop)


def names_town(place: str | None, rules: Rules) -> bool:
    """True when a place as written is a town or city of the gazetteer ("El Obeid"), not a
    country, a capital ("Port Sudan", "CAIRO") or a region ("North Kordofan", "Gaza")."""
    return place_core(place, rules) in rules.town_places


def places_match(a: str | None, b: str | None, rules: Rules) -> bool:
    """True when two places (as written) have equal core words or one's contain the other's."""
    ca, cb = place_core(a, rules), place_core(b, rules)
    return bool(ca and cb and (ca <= cb or cb <= ca))


def _singular(word: str) -> str:
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"  # gunmen, policemen, tribesmen
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _listed_word(lowered: list[str], group_of: dict[str, str]) -> str | None:
    """The right-most listed word as listed (two-word entries such as "aid worker" first)."""
    for i in range(len(lowered) - 1, -1, -1):
        if i > 0:
            pair = f"{lowered[i - 1]} {lowered[i]}"
            for cand in (pair, f"{lowered[i - 1]} {_singular(lowered[i])}"):
                if cand in group_of:
                    return cand
        for cand in (lowered[i], _singular(lowered[i])):
            if cand in group_of:
                return cand
    return None


def _listed_class(lowered: list[str], group_of: dict[str, str]) -> str | None:
    """The class of the right-most listed word."""
    word = _listed_word(lowered, group_of)
    return group_of[word] if word is not None else None


def group_head(group: str | None, rules: Rules) -> str | None:
    """The word of a figure's group that gives its class, as listed in ``groups.yaml``
    ("PDF terrorists" -> "terrorists"), or None when no word of it is listed."""
    if not group:
        return None
    return _listed_word([w.lower() for w in WORD.findall(group.replace("’", "'"))], rules.group_of)


def group_class(group: str | None, rules: Rules, measure: str | None = None) -> str:
    """The class of people a figure counts (see ``data/ledger/groups.yaml``): no group ->
    people; a capitalised plural such as a demonym ("Ukrainians") -> people; a class the
    figure's ``measure`` itself names ("200 hostages" held hostage) -> people; else the class
    of its head noun, or the singular head noun itself when it is not listed."""
    found = _group_class(group, rules)
    if measure is not None and rules.named_by_measure and found in rules.named_by_measure.get(measure, ()):
        return rules.default_group
    return found


def _group_class(group: str | None, rules: Rules) -> str:
    if not group or not group.strip():
        return rules.default_group
    words = WORD.findall(group.replace("’", "'"))
    if not words:
        return rules.default_group
    listed = _listed_class([w.lower() for w in words], rules.group_of)
    if listed is not None:
        return listed
    head = words[-1]
    if head[:1].isupper() and head.lower().endswith("s"):
        return rules.default_group
    return _singular(head.lower())


def scope_key(time_scope: str | None, rules: Rules) -> str | None:
    """None for a missing scope; ``day`` for a day-like one ("on Saturday", "overnight"); for a
    period ("since October 7", "in the past 24 hours", a bare year: "in 2024", a span of months
    or years: "between January and May", ``SPAN``)
    ``period:<core words>``. Missing scopes
    are compatible with any; ``day`` with ``day``; a period only with the same period. A
    running count with no period named ("so far", "to date": nothing left once the period
    markers' own words are dropped) counts up to now whatever its clause is about, an incident
    as well as a war ("41 bodies so far"; a war's is named by its words, ``cumulative_cues``):
    no scope of its own."""
    if not time_scope or not time_scope.strip():
        return None
    text = " ".join(time_scope.lower().split())
    words = [w for w in WORD.findall(text) if w not in rules.scope_drop]
    if not words:
        return None
    if len(words) == 1 and YEAR.fullmatch(words[0]):
        # "in 2024": a year's total, or an incident of that year; "since 2009": every year from
        # 2009 to the time of writing, another period
        running = next((w for w in WORD.findall(text) if w in rules.running_markers), None)
        return "period:" + (f"{running} " if running else "") + words[0]
    if not SPAN.search(text) and not any(re.search(r"(?:^|\b)" + re.escape(m) + r"\b", text)
                                         for m in rules.period_markers):
        return "day"
    return "period:" + " ".join(words)


def is_period(scope: str | None) -> bool:
    return scope is not None and scope.startswith("period:")


Interval = tuple[float, float | None]


def interval(low: float, high: float, qualifier: str | None, rules: Rules) -> Interval:
    """A claim as an interval for agreement checks; ``None`` as the upper bound is unbounded."""
    lo, hi = min(low, high), max(low, high)
    if qualifier:
        rule = rules.qualifier_intervals.get(qualifier.lower().strip())
        if rule is not None and lo == hi:
            f_lo, f_hi = rule
            return (0.0 if f_lo is None else lo * f_lo), (None if f_hi is None else hi * f_hi)
    return lo, hi


def overlap(a: Interval, b: Interval) -> bool:
    a_hi = float("inf") if a[1] is None else a[1]
    b_hi = float("inf") if b[1] is None else b[1]
    return a[0] <= b_hi + 1e-9 and b[0] <= a_hi + 1e-9


def as_date(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def rid(prefix: str, seed: str) -> str:
    """A stable id of a ledger row from the id of its first member."""
    return f"{prefix}_{hashlib.sha1(seed.encode('utf-8')).hexdigest()[:12]}"


def most_common(values: Any) -> Any:
    """The most frequent value (ignoring None and ""); among equals, the first seen."""
    counts: dict[Any, int] = {}
    for v in values:
        if v is not None and v != "":
            counts[v] = counts.get(v, 0) + 1
    if not counts:
        return None
    top = max(counts.values())
    return next(k for k, n in counts.items() if n == top)
