"""What the actor stage loads once per pipeline: the dictionary, and the phrase matcher built
from it."""

from __future__ import annotations

from collections.abc import Iterable

from ...nlp.quotation import MarkSet, load_marks
from ...resources import Resources
from .coref import COREF_FILE, COREF_SCHEMA
from .dictionary import ActorDictionary
from .loader import load_dictionary
from .matcher import Matcher, build_matcher


class ActorsData:
    """The loaded actor dictionary of one pipeline, with its phrase matcher, and the quotation
    marks (``quotes/marks.yaml``) that tell speech from narration to pronoun resolution."""

    def __init__(self, dictionary: ActorDictionary, marks: MarkSet | None = None) -> None:
        self.dictionary = dictionary
        self.matcher: Matcher = build_matcher(dictionary)
        self.marks = marks


def load_actor_data(resources: Resources, user_files: Iterable[str] = ()) -> ActorsData:
    """The packaged actor dictionary merged with the user's ``user_files`` (CSV or YAML)."""
    return ActorsData(load_dictionary(resources, tuple(str(p) for p in user_files)), load_marks(resources))


def name_forms(data: ActorsData) -> list[str]:
    """Every form of a name the dictionary holds, as written ("Gaza", "West Bank", "UN", "Zionist
    regime"): the names a title-case headline keeps capitalised when it is read in sentence case
    (``nlp.titlecase``)."""
    return sorted({form for forms in data.dictionary.originals.values() for form in forms})


def water_features(data: ActorsData) -> tuple[str, ...]:
    """The words of the names of seas and gulfs ("the Gulf of Finland" is no place in Finland)."""
    return data.dictionary.rules.water_features


def load_water_features(resources: Resources) -> tuple[str, ...]:
    """The same words as :func:`water_features`, for a stage that has only the resources: read
    from ``actors/coref.yaml`` (merged with the user's data files) through ``resources``."""
    rules = resources.yaml(COREF_FILE, COREF_SCHEMA) or {}
    return tuple(str(w).lower() for w in rules.get("water_features", []) or [])
