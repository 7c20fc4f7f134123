"""Monitors' log lines: a date and a dash before the entry ("14 March – Clashes erupted ...", "Dec 23 - Junta
soldiers ...").

The parser, given a log line's date prefix, may end a sentence after the day's number ("16 | May – Regime forces
recaptured ...": "May" read as the modal) or read the month into the subject ("Dec – Junta soldiers"). A day and a
month (either order) followed by a dash, opening the text, a paragraph or a sentence, is a sentence of its own, as a
wire dateline is (:func:`.headlines.dateline_end`); the entry after the dash starts the next one. What a log entry's
date tells the event stages read from that sentence (:func:`date_line`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Doc, Span

from .words import MONTHS

SENTENCE_ENDS = frozenset({".", "!", "?"})
DATE_LABELS = frozenset({"DATE", "CARDINAL"})


def log_date_starts(doc: Doc, dashes: Iterable[int], breaks: Collection[int]) -> dict[int, int]:
    """Sentence starts (1) and non-starts (-1) for the log lines' date prefixes of ``doc``: the date starts a sentence
    and nothing inside it does; the entry after its dash starts the next, which runs to its stop (the parser, given
    a line that opens with a name, may split "Regime | forces recaptured ..."). ``dashes`` are the positions of the doc's
    dashes (found from its arrays); ``breaks`` the whitespace tokens that hold a line break (a date after one opens
    a paragraph)."""
    out: dict[int, int] = {}
    for dash in (int(i) for i in dashes if 2 <= i < len(doc) - 1):
        start = dash - 2
        first, second = doc[start], doc[start + 1]
        if not (_day(first.text) and _month(second.text)) and not (_month(first.text) and _day(second.text)):
            continue
        if start > 0 and doc[start - 1].text not in SENTENCE_ENDS and start - 1 not in breaks:
            continue  # "... killed on 14 March - a day after ...": a date inside a sentence
        if not doc[dash + 1].text[:1].isupper() and not doc[dash + 1].is_digit:
            continue
        out.update({start: 1, start + 1: -1, dash: -1, dash + 1: 1})
        end = next((j for j in range(dash + 2, len(doc)) if doc[j].text in SENTENCE_ENDS or j in breaks), len(doc))
        out.update({j: -1 for j in range(dash + 2, end)})  # the entry is one sentence up to its stop
    return out


def date_line(sent: Span) -> bool:
    """A sentence that holds nothing but a date and its dash (a log line's prefix, :func:`log_date_starts`)."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    return bool(words) and len(words) <= 3 and all(t.ent_type_ in DATE_LABELS or _month(t.text) or _day(t.text)
                                                   for t in words)


def _day(text: str) -> bool:
    return text.isdigit() and 1 <= int(text) <= 31


def _month(text: str) -> bool:
    return text.lower().rstrip(".") in MONTHS and text[:1].isupper()


__all__ = ["date_line", "log_date_starts"]
