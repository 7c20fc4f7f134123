"""A headline's count restated under it: the headline abridges the report that follows, and the
count takes the source the report gives it.

Liveblog entry titles, subheads and wire flashes state a count in a line of their own with no
final stop ("Israel: four soldiers hurt", "Lebanon toll rises to 11"), then the sentence under
the line restates it with its source ("The Israeli military says four soldiers were wounded",
"Lebanon's health ministry now says 11 people were killed"). Where the line names no source, or
only the party the report's source belongs to (a country, where the report names its ministry),
the source of the restated count (same value and measure, in the next sentence) is the
headline's. A line that quotes another party ("Hamas: 30 killed") keeps its own.
"""

from __future__ import annotations

from ...nlp import ParsedDoc
from ...nlp.attribution import UNATTRIBUTED, UNKNOWN_SPEAKER
from ...nlp.headlines import SENTENCE_STOPS
from ...records import ActorLayer, Figure

NO_SOURCE = (UNATTRIBUTED, UNKNOWN_SPEAKER)
PARTIES = ("country", "state")  # actor types that stand for a whole party


def headline_line(doc: ParsedDoc, index: int) -> bool:
    """Sentence ``index`` is a line of its own with no final stop (a headline, an entry title)."""
    if index >= len(doc.sentences):
        return False
    s = doc.sentences[index]
    text = doc.text[s.start:s.end].rstrip()
    return bool(text) and text[-1] not in SENTENCE_STOPS and doc.text[s.end:].lstrip(" \t").startswith("\n")


def same_party(actors: ActorLayer, headline_actor: str | None, report_actor: str | None) -> bool:
    """The headline's source is the party the report's source belongs to ("Lebanon" for
    "Lebanon's health ministry")."""
    a, b = actors.actor(headline_actor), actors.actor(report_actor)
    return a is not None and b is not None and a.type in PARTIES and a.country is not None \
        and a.country == b.country and a.id != b.id


def restated_sources(doc: ParsedDoc, actors: ActorLayer, figures: list[Figure]) -> None:
    """Give a headline's count the source of the same count restated in the sentence under it."""
    for i, f in enumerate(figures):
        if f.quote_id is not None or f.measure is None or not headline_line(doc, f.sentence):
            continue
        report = next((g for g in figures if g.sentence == f.sentence + 1 and g.measure == f.measure
                       and (g.value_low, g.value_high) == (f.value_low, f.value_high)
                       and g.attribution not in NO_SOURCE), None)
        if report is not None and (f.attribution in NO_SOURCE
                                   or same_party(actors, f.attribution_actor_id, report.attribution_actor_id)):
            figures[i] = f.replace(attribution=report.attribution, attribution_actor_id=report.attribution_actor_id)
