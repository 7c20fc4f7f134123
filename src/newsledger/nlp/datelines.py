"""The date inside a wire dateline ("PESHAWAR, Nov 7 (APP): ...", "KYIV, 8 March (Reuters) - ...").

A dateline names the place, then maybe the day, then the agency: the day's number sits next to a
month's name. Read as part of the story's first sentence, the month ("Nov") becomes a person and
the dateline the subject of its verb; :func:`.headlines.dateline_end` reads it with these tests.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .words import MONTHS

DAY_OR_YEAR = (1, 2, 4)  # the lengths of a day's or a year's number


def dated(doc: Doc, i: int, first: int) -> bool:
    """Token ``i`` (after the dateline's first token ``first``) is the number of a day or year next
    to a month's name ("Nov 7", "7 November", "Nov 7, 2026"), not a count in a story."""
    t = doc[i]
    if i <= first or not t.is_digit or len(t.text) not in DAY_OR_YEAR:
        return False
    near = [doc[j] for j in (i - 1, i - 2, i + 1) if first <= j < len(doc)]
    return any(w.lower_.rstrip(".") in MONTHS for w in near)


def agency_colon(doc: Doc, first: int, i: int, bracketed: bool) -> bool:
    """Token ``i`` is the colon that closes a dateline after its agency's credit, the house style of
    national agencies ("PESHAWAR, Nov 7 (APP): ...", "KARACHI (PPI): ..."; the tokenizer may glue
    it to the bracket, "):"), the place in capitals ("Dr Khan (KMC): ..." is a speaker's label)."""
    return bracketed and doc[first].is_upper and doc[i].text in (":", "):")


__all__ = ["agency_colon", "dated"]
