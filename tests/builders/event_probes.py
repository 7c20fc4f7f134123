"""Scorers shared by the PLOVER and ACLED probe and rule-table tests."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from newsledger.evaluation.metrics import half
from newsledger.records import (
    Article,
)
from tests.builders.basics import pipeline

ROW_KINDS = frozenset({"positive", "negative", "near miss"})


def acled_subtype(text: str) -> str | None:
    """The ACLED sub-event type (or outside-ACLED scope) of a text's main event, as the ACLED
    evaluation picks it (None: no main event), by the shared default pipeline; like the evaluation, with
    no language check (a headline of names and verbs has too few English function words to pass it)."""
    from newsledger.evaluation.acled import predict

    return predict(pipeline().analyze(Article.create(text))).subtype


def acled_subtype_at(text: str, predicate: str) -> str | None:
    """The ACLED sub-event type (or outside-ACLED scope) of the event of ``text`` whose predicate is the word
    ``predicate`` (the first such event; None when there is none or it has neither), by the shared default
    pipeline: one event of a sentence that tells two."""
    events = pipeline().analyze(Article.create(text)).events
    event = next((e for e in events if e.predicate.text.lower() == predicate.lower()), None)
    if event is None:
        return None
    return event.acled_subtype if event.scope == "acled" else event.scope


def row_kinds(rows: Any) -> dict[str, set[str]]:
    """The kinds of row ("positive", "negative", "near miss") each rule of a test table has, the
    rule being a row's first field and the kind its second."""
    kinds: dict[str, set[str]] = {}
    for row in rows:
        kinds.setdefault(row[0], set()).add(row[1])
    return kinds


def incomplete_rules(rows: Any) -> list[str]:
    """The rules of a test table that lack a positive, a negative or a near-miss row."""
    return [rule for rule, seen in row_kinds(rows).items() if seen != {"positive", "negative", "near miss"}]


def rule_params(rows: Any) -> list[Any]:
    """A rule table's rows (rule, kind, text, expected) as pytest parameters named by rule, kind and
    the text's start."""
    return [pytest.param(*r, id=f"{r[0]}:{r[1]}:{r[2][:30]}") for r in rows]


# a PLOVER probe row's expected (type, source codes, target codes)
Triple = tuple[str, tuple[str, ...], tuple[str, ...]]


def counted_events(text: str) -> list[Any]:
    """The counted events of ``text`` analysed as one article, most confident first, as the PLOVER
    evaluation counts them (no language check)."""
    from newsledger.evaluation.events import predictions

    return predictions(pipeline().analyze(Article.create(text)))


# a rule row of the real-set rule tests (set 3p, set 4p): (rule, kind, plover, text, expected triple or None)
RuleRow = tuple[str, str, str, str, Triple | None]


def rule_row_holds(row: RuleRow) -> bool:
    """A rule row holds: with ``expected`` (type, source codes, target codes), some counted event has that
    triple; with ``expected`` None, no counted event is of the row's PLOVER type."""
    _rule, _kind, plover, text, expected = row
    preds = [p for p in counted_events(text) if p.plover != "NONE"]
    if expected is None:
        return all(p.plover != plover for p in preds)
    return any((p.plover, p.source, p.target) == (expected[0], frozenset(expected[1]), frozenset(expected[2]))
               for p in preds)


def probe_ok(rule: str, kind: str, text: str, expected: Triple | None) -> bool:
    """A PLOVER probe row holds: with ``expected`` None, no counted event of the rule's type (the
    rule's first word); otherwise the most confident counted event is the expected triple."""
    preds = counted_events(text)
    if expected is None:
        return all(p.plover != rule.split()[0] for p in preds)
    if not preds:
        return False
    top = preds[0]
    return (top.plover, top.source, top.target) == (expected[0], frozenset(expected[1]), frozenset(expected[2]))


# the ACLED sub-event types and outside-ACLED categories, as the ACLED probes write them
AC = "Armed clash"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
AIR = "Air/drone strike"
SHL = "Shelling/artillery/missile attack"
REM = "Remote explosive/landmine/IED"
SUI = "Suicide bomb"
GRN = "Grenade"
CHM = "Chemical weapon"
ATK = "Attack"
ABD = "Abduction/forced disappearance"
SEX = "Sexual violence"
PEA = "Peaceful protest"
PWI = "Protest with intervention"
EXF = "Excessive force against protesters"
VDM = "Violent demonstration"
MOB = "Mob violence"
AGR = "Agreement"
ARR = "Arrests"
CHG = "Change to group/activity"
DIS = "Disrupted weapons use"
HQ = "Headquarters or base established"
LOO = "Looting/property destruction"
NVT = "Non-violent transfer of territory"
OTH = "Other"
ORG = "organised_crime"
NAT = "natural_disaster"
MAN = "man_made_disaster"
DIP = "diplomacy"
CLM = "claim_of_responsibility"
# a probe row's label when the snippet holds no ACLED event (a verdict, a drill, a debunked rumour)
NONE = "no ACLED event"
OUTSIDE_ACLED = frozenset({ORG, NAT, MAN, DIP, CLM})


def acled_row_holds(label: str, text: str) -> bool:
    """An ACLED probe row holds: the main event's sub-event type (or outside-ACLED scope) is
    ``label``; with ``NONE``, the main event is no ACLED event (none at all, or one outside ACLED)."""
    got = acled_subtype(text)
    if label == NONE:
        return got is None or got in OUTSIDE_ACLED
    return got == label


def acled_family_holds(label: str, text: str) -> bool:
    """An ACLED probe row's family holds: the main event's ACLED event type (or ``outside ACLED``) is the
    one ``label`` belongs to (by the CASE code table); with ``NONE``, no main event or one outside ACLED."""
    from newsledger.evaluation.acled import CASE_CODES, OUTSIDE, predict

    got = predict(pipeline().analyze(Article.create(text))).family
    if label == NONE:
        return got is None or got == OUTSIDE
    return got == {sub: fam for fam, sub in CASE_CODES.values()}[label]


def acled_main_parties(text: str) -> tuple[str | None, str | None]:
    """The words of the source and of the target of a text's main event as the ACLED evaluation picks it
    (None where the event has no such span, or there is no main event)."""
    from newsledger.evaluation.acled import main_event

    e = main_event(pipeline().analyze(Article.create(text)))
    if e is None:
        return None, None
    return (e.source.text if e.source else None), (e.target.text if e.target else None)


def acled_probe_params(rows: Any, gaps: Any) -> list[Any]:
    """An ACLED probe's rows (label, shape or style, text) as pytest parameters, those in
    ``gaps`` (by text) as strict xfails; a mapping of gaps gives each its reason."""
    import pytest

    def reason(text: str) -> str:
        return str(gaps[text]) if isinstance(gaps, dict) else "probe gap"

    return [pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason(row[2])), id=f"{row[0]}:{row[1]}:{row[2][:30]}")
            if row[2] in gaps else pytest.param(*row, id=f"{row[0]}:{row[1]}:{row[2][:30]}") for row in rows]


def acled_probe_covers_every_label(rows: Any, gaps: Any) -> bool:
    """An ACLED probe has at least five rows for each of the 29 labels, and its gaps are rows."""
    labels = {r[0] for r in rows}
    return (len(labels) == 29 and all(sum(r[0] == label for r in rows) >= 5 for label in labels)
            and set(gaps) <= {r[2] for r in rows})


# the type of a probe row whose sentence should give no counted event (negated, not done)
NO_EVENT = "NONE"


def triple_row_result(row: tuple[str, str, str, tuple[str, ...], tuple[str, ...]]) -> tuple[bool, bool]:
    """(type right, triple right) for one PLOVER probe row (id, text, type, source codes, target
    codes), from the most confident counted event; a row of type ``NO_EVENT`` holds when there is
    no counted event at all."""
    _rid, text, plover, source, target = row
    preds = counted_events(text)
    if plover == NO_EVENT:
        return not preds, not preds
    if not preds:
        return False, False
    top = preds[0]
    type_ok = top.plover == plover
    return type_ok, type_ok and (top.source, top.target) == (frozenset(source), frozenset(target))


def class_found(rows: Any, part: str = "whole") -> dict[str, tuple[int, int]]:
    """Per expected type of PLOVER probe ``rows``: (rows whose most confident counted event has that type,
    rows), over the rows of ``part`` (whole, tune or check by ``half(text)``)."""
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for row in rows:
        if part != "whole" and half(row[1]) != part:
            continue
        total[row[2]] += 1
        found[row[2]] += triple_row_result(row)[0]
    return {k: (found[k], total[k]) for k in total}


def plover_probe_scores(rows: Any) -> dict[str, float]:
    """The PLOVER evaluation's metrics on probe ``rows`` (id, text, type, source codes, target
    codes), as ``evaluation.events.score`` gives them on dev records (type accuracy of the most
    confident counted event, triple and actor F1 over every counted event), with the main event's
    triple accuracy, the share of rows with no counted event and the number of rows."""
    from newsledger.evaluation.events import GoldEvent, score

    gold = [GoldEvent(r[0], r[1], r[2], frozenset(r[3]), frozenset(r[4])) for r in rows]
    preds = [counted_events(r[1]) for r in rows]
    scores = score(gold, preds)
    scores["triple_accuracy"] = sum(
        bool(p) and (p[0].plover, p[0].source, p[0].target) == (g.plover, g.source, g.target)
        for g, p in zip(gold, preds, strict=True)) / len(gold)
    scores["no_event_rate"] = sum(not p for p in preds) / len(gold)
    scores["rows"] = float(len(gold))
    return scores


PloverRow = tuple[str, str, str, tuple[str, ...], tuple[str, ...]]


def plover_row(rid: str, text: str, plover: str, source: str, target: str) -> PloverRow:
    """A PLOVER probe row: id ``CODE-construction``, text, PLOVER type, source and target codes
    (space-separated, "" for none)."""
    return rid, text, plover, tuple(source.split()), tuple(target.split())


def cameo_probe_layout(rows: Any, gaps: dict[str, str], constructions: tuple[str, ...]) -> dict[str, Any]:
    """How a CAMEO-code probe's rows (ids ``CODE-construction``) are laid out: the row count, the
    largest count of one id, the codes' row counts, the constructions' row counts, the codes whose
    two rows share a construction, gaps naming no row and the PLOVER types used."""
    ids = Counter(row[0] for row in rows)
    kinds = Counter(rid.split("-")[1] for rid in ids)
    by_code: dict[str, set[str]] = {}
    for rid in ids:
        by_code.setdefault(rid.split("-")[0], set()).add(rid.split("-")[1])
    return {"rows": len(rows), "max_id": max(ids.values()), "codes": Counter(rid.split("-")[0] for rid in ids),
            "kinds": kinds, "same_kind": [c for c, k in by_code.items() if len(k) < 2],
            "unknown_kinds": set(kinds) - set(constructions), "stray_gaps": set(gaps) - set(ids),
            "types": {row[2] for row in rows}}


def plover_row_params(rows: Any, gaps: dict[str, str]) -> list[Any]:
    """A PLOVER probe's rows (id, text, type, source codes, target codes) as pytest parameters
    named by their id, the rows of ``gaps`` strict xfails with their failure class as reason."""
    return [pytest.param(r, id=r[0], marks=[pytest.mark.xfail(strict=True, reason=gaps[r[0]])] if r[0] in gaps else [])
            for r in rows]


def any_event_row_result(row: PloverRow) -> tuple[bool, bool]:
    """(type right, triple right) of one class-probe row (id, text, type, source codes, target codes) over every
    counted event of the sentence (the VOA gold counts every event of a sentence); a type ``!X`` holds when no
    counted event is of type X."""
    _rid, text, plover, source, target = row
    preds = counted_events(text)
    if plover.startswith("!"):
        ok = all(p.plover != plover[1:] for p in preds)
        return ok, ok
    typed = [p for p in preds if p.plover == plover]
    return bool(typed), any((p.source, p.target) == (frozenset(source), frozenset(target)) for p in typed)


def class_probe_scores(rows: Any, classes: dict[str, Any],
                       row_result: Callable[[Any], tuple[bool, bool]]) -> dict[str, float]:
    """Type and triple accuracy of a class probe's ``rows`` (by ``row_result``), over all rows, per half of the rows
    (``metrics.half`` of the text) and per class of ``classes``."""
    results = {r[0]: row_result(r) for r in rows}
    groups: dict[str, list[tuple[bool, bool]]] = {"all": list(results.values())}
    for r in rows:
        groups.setdefault(half(r[1]), []).append(results[r[0]])
    for name, members in classes.items():
        groups[name] = [results[r[0]] for r in members if r[0] in results]
    scores: dict[str, float] = {}
    for name, held in groups.items():
        if held:
            scores[f"{name}_type"] = sum(t for t, _ in held) / len(held)
            scores[f"{name}_triple"] = sum(x for _, x in held) / len(held)
    return scores


def check_class_probe_rows(rows: Any, classes: dict[str, Any], gaps: dict[str, str], size: tuple[int, int],
                           min_positive: int) -> None:
    """A class probe's rows (id "class-NN", near misses "class-nN"): unique ids, ``size`` rows at
    least and at most, every gap a row, the classes exactly ``classes``, and each class with three
    near misses or more and ``min_positive`` other rows or more."""
    ids = [r[0] for r in rows]
    assert size[0] <= len(ids) == len(set(ids)) <= size[1]
    assert set(gaps) <= set(ids)
    assert set(Counter(rid.split("-")[0] for rid in ids)) == set(classes)
    seen = 0
    for name, members in classes.items():
        near = [r for r in members if "-n" in r[0]]
        assert len(near) >= 3 and len(members) - len(near) >= min_positive, name
        seen += 1
    assert seen == len(classes)


def plover_probe_shortfalls(rows: Any, measured: dict[str, float]) -> list[str]:
    """The PLOVER probe metrics of ``rows`` that fell below their ``measured`` figure (more than
    half a point; for the share of rows with no event, rose above it), or a changed row count."""
    scores = plover_probe_scores(rows)
    out = [] if scores["rows"] == measured["rows"] else [f"rows {scores['rows']}"]
    out += [f"{k} {scores[k]:.3f}" for k in ("type_accuracy", "triple_f1", "actor_f1") if scores[k] < measured[k] - 0.005]
    if scores["no_event_rate"] > measured["no_event_rate"] + 0.005:
        out.append(f"no_event_rate {scores['no_event_rate']:.3f}")
    return out


def triple_probe_scores(rows: Any) -> dict[str, float]:
    """Type accuracy and (type, source, target) accuracy of the main event over every row."""
    results = [triple_row_result(r) for r in rows]
    n = len(results)
    return {"type_accuracy": sum(t for t, _ in results) / n,
            "triple_accuracy": sum(x for _, x in results) / n, "rows": float(n)}


# -- ACCUSE class probes (test_accuse_register_probe.py, test_accuse_speech_probe.py) ----------
# a row: (id, sentence, expected, source codes, target codes); expected is "ACCUSE" (some counted
# event is ACCUSE), NOT_ACCUSE (no counted event is ACCUSE), NO_EVENT (no counted event) or another
# PLOVER type (the most confident counted event has it); codes are space-separated
AccuseRow = tuple[str, str, str, str, str]
ACCUSE = "ACCUSE"
NOT_ACCUSE = "-"


def typed_counted(text: str) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """(type, source codes, target codes) of the counted events of ``text`` that have a PLOVER type,
    most confident first."""
    return [(e.plover, e.source, e.target) for e in counted_events(text) if e.plover != NO_EVENT]


def accuse_row_holds(row: AccuseRow) -> bool:
    """Whether the code gives the row's expected type (see ``AccuseRow``)."""
    _rid, text, plover, _source, _target = row
    preds = typed_counted(text)
    if plover == NO_EVENT:
        return not preds
    if plover == NOT_ACCUSE:
        return all(p[0] != ACCUSE for p in preds)
    if plover == ACCUSE:
        return any(p[0] == ACCUSE for p in preds)
    return bool(preds) and preds[0][0] == plover


def accuse_probe_scores(rows: list[AccuseRow], *, any_accuse_triple: bool) -> dict[str, float]:
    """Rows right, ACCUSE rows right and triples right, as shares of the rows. A row's triple is
    right when it holds for a ``NO_EVENT`` / ``NOT_ACCUSE`` row; otherwise, with
    ``any_accuse_triple``, when some counted ACCUSE event of an ACCUSE row has the row's source and
    target (other rows: none right), without it when the most confident counted event has the row's
    type, source and target."""
    right = accuse = accuse_n = triple = 0
    for row in rows:
        ok = accuse_row_holds(row)
        right += ok
        accuse_n += row[2] == ACCUSE
        accuse += ok and row[2] == ACCUSE
        want = (row[2], frozenset(row[3].split()), frozenset(row[4].split()))
        preds = typed_counted(row[1])
        if row[2] in (NO_EVENT, NOT_ACCUSE):
            triple += ok
        elif any_accuse_triple:
            triple += row[2] == ACCUSE and want in preds
        else:
            triple += bool(preds) and preds[0] == want
    assert rows and accuse_n, "an ACCUSE probe scores ACCUSE rows"
    return {"rows": float(len(rows)), "right": right / len(rows), "accuse": accuse / accuse_n,
            "triple": triple / len(rows)}
