"""People moved to a shelter ("about 3,400 residents have been moved to schools in the town",
"relocated 200 families to tents"): displaced, as people carried to a hospital are hurt
(``tallied.carried_to_hospital``)."""

from __future__ import annotations

from spacy.tokens import Token

from .types import FigureLexicon, MeasureHit


def moved_to_shelter(counted: Token, lex: FigureLexicon) -> MeasureHit | None:
    """The counted as the passive subject (or object) of a verb of ``shelter_verbs`` whose "to"
    or "into" object is a noun of ``shelter_nouns`` ("were moved to schools", "relocated 200
    families into tents"): displaced. Not another place ("moved to the capital") nor another verb
    ("were sent to schools")."""
    verb = counted.head
    if counted.dep_ not in ("nsubjpass", "dobj") or verb.i == counted.i \
            or verb.lemma_.lower() not in lex.shelter_verbs:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into")):
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            if place.lemma_.lower() in lex.shelter_nouns or place.lower_ in lex.shelter_nouns:
                return MeasureHit("displaced", verb, passive=True, np_is_subject=counted.dep_ == "nsubjpass")
    return None
