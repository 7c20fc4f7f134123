"""Counts told by an ordinal: the Nth of a series of people that a verb of harm counts.

Rolling reports add one person to a count by naming the next of the series: "On Wednesday a fifth
victim died of her wounds", "A fifth, a 62-year-old woman, died overnight", "Two officers were
killed and a third was wounded". An article ("a", "an", "another") and an ordinal word
(``numbers.yaml`` ``ordinals``), alone or on a noun of people, as the subject of a clause whose
verb or state gives a measure, make a figure. Its value is the count the series reaches (five:
the dead now number five) when the series it continues is counted under the same measure, or
when no count of N - 1 comes before it; it is one when the count of N - 1 before it counts another
harm ("two killed and a third wounded": one wounded). No measure, no figure ("a second term", "a
third round of talks", "a second person was named")."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp import ParsedDoc
from .counted import is_people
from .measures import find_measure
from .read import read_figure
from .types import KIND_COUNT, NOUNS, FigureLexicon, Quantity, Reading

SERIES_ARTICLES = ("a", "an", "another")
SUBJECTS = ("nsubj", "nsubjpass")


def ordinal_readings(doc: ParsedDoc, readings: list[Reading], lex: FigureLexicon) -> list[Reading]:
    """The counts told by an ordinal in the text, valued against the counts before them."""
    found: list[Reading] = []
    for tok in doc.doc:
        n = lex.numbers.ordinals.get(tok.lower_)
        if n is None or tok.i == 0 or tok.doc[tok.i - 1].lower_ not in SERIES_ARTICLES \
                or any(p.start <= tok.idx < p.end for p in readings):
            continue  # a fraction another number has taken: "a third of the dead"
        noun = _counted(tok, lex)
        if noun is None or find_measure(tok, None if noun.i == tok.i else noun, lex) is None:
            continue
        q = Quantity(tok.idx, tok.idx + len(tok.text), float(n), float(n), raw=float(n), source="ordinal")
        r = read_figure(doc, q, [tok], lex)
        if r is None or r.measure is None:
            continue
        r.kind = KIND_COUNT
        if _continues_other_harm(r, n, readings):
            q.low = q.high = q.raw = 1.0
        found.append(r)
    return found


def _counted(tok: Token, lex: FigureLexicon) -> Token | None:
    """The subject the ordinal stands in: itself ("A fifth, a woman, died"; "a third was wounded")
    or the noun of people it is an adjective on ("a fifth victim died")."""
    if tok.dep_ in SUBJECTS:
        return tok
    head = tok.head
    if tok.dep_ == "amod" and head.pos_ in NOUNS and head.dep_ in SUBJECTS and is_people(head, lex):
        return head
    return None


def _continues_other_harm(r: Reading, n: int, readings: list[Reading]) -> bool:
    """The nearest count of N - 1 before the ordinal counts another harm than its own."""
    before = [p for p in readings if p.start < r.start and p.measure is not None and p.q.low == n - 1]
    return bool(before) and before[-1].measure != r.measure
