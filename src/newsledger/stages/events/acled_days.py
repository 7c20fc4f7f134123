"""The story's day: an act told as of an earlier week, month or year, before a later sentence tells an act of a day,
is the story's background, not its incident.

A report that opens with what happened before ("A roadside bomb hit a convoy near Afgoye last week. On
Saturday, militants and troops fought a two-hour battle near the same road"; "Fighting displaced thousands
last month. On Monday the two sides agreed to a ceasefire") tells its news in the sentence dated by the day:
ACLED codes each event on its own date, and the report is about the day's. Such an earlier act is told as
background (modality ``historical``, as an act of years before is: :func:`.incident.background`), so the main
event is the day's when there is one; an earlier act stays the main event of a report that tells no other. So is an
act told in a phrase or clause of earlier time with a gap of days or more ("Days after troops killed several
militants, a suicide bomber struck the market"; :func:`antecedent_acts`) beside the act its sentence tells.

A date is read as the text tells it ("last week", "in March", "Saturday") or, when the article's date let it be
resolved, as an ISO date ("2026-W48", "2026-03", "2026-12-05"): a period (a week, a month, a year) is earlier
than a day when it ends before it; unresolved, a period of ``earlier_periods`` ("last week", "three weeks ago", "for weeks") or a month's name alone
("in January") is earlier than a weekday, a day of a month ("16 May", a monitor's log line) or a phrase of
``day_words`` ("yesterday", "this week").
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...nlp.loglines import date_line
from ...nlp.words import MONTHS, WEEKDAYS
from ...records import Event, Modality, Stance
from .acled_article import RESIDUAL, told_as_done
from .acled_standing import standing_acts
from .acled_types import AcledData

BACKGROUND: Modality = "historical"  # the modality of an act the report tells as its background (incident.BACKGROUND)
BACKGROUND_STANCE: Stance = "historical"
ASSERTED = "asserted"
MONTH_PREPOSITIONS = frozenset({"in", "early", "late", "mid"})  # "in March", "late January": the month as a period


def earlier_acts(events: list[Event], data: AcledData, sentences: Mapping[int, SpacySpan]) -> list[Event]:
    """The events, those told as of a period that ends before the day of an act a later sentence tells being
    background (modality and stance ``historical``). A sentence's day is its act's date, or a day its words name
    when the parse hung the date on another verb ("On Tuesday, a bomber got through a checkpoint and blew himself
    up": the day is the bombing's), or the date of the log line's prefix before it ("16 May –")."""
    acts = {e.sentence for e in events if incident_like(e)}
    days = [(e.sentence, day_of(e.date, data)) for e in events if incident_like(e)]
    days += [(n, day_of(ent.text, data)) for n in acts if n in sentences
             for ent in sentences[n].ents if ent.label_ == "DATE"]
    days += [(n, day_of(sentences[n - 1].text, data)) for n in acts if n - 1 in sentences and date_line(sentences[n - 1])]
    days = [(n, d) for n, d in days if d is not None]
    after = antecedent_acts(events, data, sentences)
    standing = standing_acts(events, data, sentences)  # "had been held since March": before a later day's act
    out: list[Event] = []
    for e in events:
        if e.modality == ASSERTED and incident_like(e) and (e.id in after or any(
                n > e.sentence and (e.id in standing or before(e.date, d, data)) for n, d in days)):
            e = replace(e, modality=BACKGROUND, stance=BACKGROUND_STANCE if e.stance == ASSERTED else e.stance)
        out.append(e)
    return out


def antecedent_acts(events: list[Event], data: AcledData, sentences: Mapping[int, SpacySpan]) -> set[str]:
    """The ids of the acts told in a phrase or clause of earlier time with a gap of days or more, introduced by one of
    ``antecedent_marks`` ("After a week of protests, unidentified men picked up two journalists", "Days after troops
    killed several militants, a suicide bomber struck the market", "Weeks after a clash with the police, the Maoists
    burned a school"), when the sentence tells another act outside it: what the sentence's act follows, not the act."""
    out: set[str] = set()
    for e in events:
        span = sentences.get(e.sentence)
        if span is None or not incident_like(e):
            continue
        pred = _token_at(span, e)
        phrase = _gap_phrase(span.doc[pred], data) if pred is not None else None
        if phrase is None:
            continue
        inside = {t.i for t in phrase.subtree}
        if any(o.sentence == e.sentence and o.id != e.id and incident_like(o) and _token_at(span, o) not in inside
               for o in events):
            out.add(e.id)
    return out


def _gap_phrase(pred: Token, data: AcledData) -> Token | None:
    """The phrase or clause of earlier time with a gap ("after a week of", "days after", "weeks after") that holds
    ``pred``: its head (the mark's object, or the clause's verb), or None."""
    cur = pred
    for _ in range(8):
        if cur.dep_ == "pobj" and cur.head.lower_ in data.antecedent_marks:
            mark = cur.head
            units = [*mark.children, cur]
            return cur if any(u.lower_ in data.gap_units for u in units) else None
        marks = [c for c in cur.children if c.dep_ == "mark" and c.lower_ in data.antecedent_marks]
        if cur.dep_ == "advcl" and marks:
            units = [*cur.children, *marks[0].children]  # "days after rebels attacked": on the verb or the mark
            return cur if any(u.lower_ in data.gap_units for u in units) else None
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _token_at(span: SpacySpan, event: Event) -> int | None:
    return next((t.i for t in span if t.idx == event.predicate.start), None)


def incident_like(event: Event) -> bool:
    """An act told as done with an ACLED typology or a scope other than diplomacy's: what a report is about."""
    return told_as_done(event) and event.scope is not None and event.scope != RESIDUAL


def day_of(told: str | None, data: AcledData) -> date | str | None:
    """The day a date tells: an ISO day resolved, or the text of a weekday, a day of a month ("16 May") or a phrase of
    ``day_words`` ("yesterday", "this week": the report's present) (None: no day)."""
    if not told:
        return None
    iso = _iso_day(told)
    if iso is not None:
        return iso
    words = told.lower().replace(",", " ").split()
    if any(w in WEEKDAYS for w in words) or _holds(words, data.day_words):
        return told
    return told if any(w.isdigit() and int(w) <= 31 for w in words) and any(w in MONTHS for w in words) else None


def before(period: str | None, day: date | str | None, data: AcledData) -> bool:
    """The date ``period`` tells a week, a month or a year that ends before ``day`` (see the module docs)."""
    if not period or day is None:
        return False
    end = _iso_period_end(period)
    if end is not None:
        return isinstance(day, date) and end < day
    words = period.lower().replace(",", " ").split()
    if any(w in data.later_adverbs for w in words):
        return False  # "three weeks later"
    if _holds(words, data.earlier_periods):
        return True
    return (not any(ch.isdigit() for ch in period) and words[-1] in MONTHS and (len(words[-1]) > 3 or len(words) > 1)
            and all(w in MONTH_PREPOSITIONS for w in words[:-1]))


def _holds(words: list[str], phrases: tuple[str, ...]) -> bool:
    """One of ``phrases`` is a run of ``words``."""
    text = f" {' '.join(words)} "
    return any(f" {p} " in text for p in phrases)


def _iso_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


def _iso_period_end(text: str) -> date | None:
    """The last day of an ISO week ("2026-W48"), month ("2026-03") or year ("2025"); None for anything else."""
    try:
        if len(text) == 8 and text[4:6] == "-W":
            return date.fromisocalendar(int(text[:4]), int(text[6:]), 7)
        if len(text) == 7 and text[4] == "-":
            year, month = int(text[:4]), int(text[5:])
            return date(year, month, monthrange(year, month)[1])
        if len(text) == 4 and text.isdigit():
            return date(int(text), 12, 31)
    except ValueError:
        return None
    return None


__all__ = ["before", "day_of", "earlier_acts", "incident_like"]
