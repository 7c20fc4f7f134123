"""People moved to a shelter ("about 3,400 residents have been moved to schools in the town",
"relocated 200 families to tents"): displaced, as people carried to a hospital are hurt
(``tallied.carried_to_hospital``)."""

from __future__ import annotations

from spacy.tokens import Token

from .tallied import carried_to
from .types import FigureLexicon, MeasureHit


def moved_to_shelter(counted: Token, lex: FigureLexicon) -> MeasureHit | None:
    """The counted as the passive subject (or object) of a verb of ``shelter_verbs`` whose "to"
    or "into" object is a noun of ``shelter_nouns`` ("were moved to schools", "relocated 200
    families into tents"): displaced. Not another place ("moved to the capital") nor another verb
    ("were sent to schools")."""
    return carried_to(counted, lex.shelter_verbs, lex.shelter_nouns, "displaced", compounds=False)
