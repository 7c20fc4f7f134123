"""Closed-class English words shared by the stages: month and weekday names, small number
words and pronouns.

These are function words of the language, not data to tune, so they live here in code, once.
Open-class words (cue verbs, actor nouns, units) live in the stages' data files.
"""

from __future__ import annotations

from types import MappingProxyType

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _months() -> dict[str, int]:
    out = {name.lower(): i for i, name in enumerate(MONTH_NAMES, start=1)}
    out.update({name[:3].lower(): i for i, name in enumerate(MONTH_NAMES, start=1)})
    out["sept"] = 9
    return out


# month name or abbreviation (lower case) -> month number: "january" and "jan" -> 1, "sept" -> 9
MONTHS = MappingProxyType(_months())
# weekday name (lower case) -> weekday number as date.weekday() counts: "monday" -> 0
WEEKDAYS = MappingProxyType({name.lower(): i for i, name in enumerate(WEEKDAY_NAMES)})
# number words up to twelve -> their value
NUMBER_WORDS = MappingProxyType({w: i for i, w in enumerate(
    "one two three four five six seven eight nine ten eleven twelve".split(), start=1)})

# personal pronouns, by the referent they can stand for
PERSON_PRONOUNS = frozenset("he him his she her".split())  # a man or a woman (no reflexives)
THING_PRONOUNS = frozenset("it its itself".split())  # a thing, or a state or an organisation
GROUP_PRONOUNS = frozenset("they them their themselves".split())
WE_PRONOUNS = frozenset("we our us".split())
# pronouns that may stand for an actor named elsewhere
ACTOR_PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | GROUP_PRONOUNS | WE_PRONOUNS
# determiners pointing back at what was just said ("that estimate", "these figures")
DEMONSTRATIVES = frozenset("this that these those".split())
ARTICLE_WORDS = frozenset("a an the".split())
# the speaker and the addressee: "we must ...", "you should ..." exhort rather than request
SPEAKER_PRONOUNS = frozenset("i we us you".split())
RELATIVE_PRONOUNS = frozenset("who whom which that whose".split())
# reflexive pronouns; beside a noun subject one is intensive ("the group itself claimed ...")
REFLEXIVE_PRONOUNS = frozenset("myself yourself himself herself itself ourselves yourselves themselves".split())
# actor types that are places: a place name before a colon is a dateline, not a source
PLACE_TYPES = frozenset({"country", "state", "place"})

__all__ = ["ACTOR_PRONOUNS", "GROUP_PRONOUNS", "MONTHS", "MONTH_NAMES", "NUMBER_WORDS", "PERSON_PRONOUNS",
           "PLACE_TYPES", "REFLEXIVE_PRONOUNS", "RELATIVE_PRONOUNS", "SPEAKER_PRONOUNS", "THING_PRONOUNS", "WEEKDAYS", "WEEKDAY_NAMES",
           "WE_PRONOUNS"]
