"""Scorers shared by the framing probes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from newsledger.evaluation.metrics import half
from newsledger.nlp import ParsedDoc
from newsledger.records import (
    FramingMark,
)
from tests.builders.basics import pipeline, stage_outputs

# -- framing probes (tests/stages/test_framing_*probe.py, test_framing_epithets.py, ...) ----------


def _overlaps_mark(mark: FramingMark, start: int, end: int) -> bool:
    return mark.start < end and start < mark.end


def check_voice_rule_row(marks: list[FramingMark], text: str, words: str, voice: str) -> None:
    """A framing rule's table row: the marks over ``words`` of ``text`` hold its ``voice``
    ("outlet" or "quoted"), or there are none over it (``voice`` "none")."""
    start = text.index(words)
    hit = [m for m in marks if _overlaps_mark(m, start, start + len(words))]
    if voice == "none":
        assert hit == [], [(m.text, m.voice) for m in hit]
    else:
        assert any((m.voice == "outlet") == (voice == "outlet") for m in hit), [(m.text, m.voice) for m in marks]


def check_voice_rows(rows: tuple[tuple[str, str, str, str, tuple[tuple[str, str], ...]], ...], *, least: int,
                     least_quoted: int, least_plain: int) -> Counter[str]:
    """A voice probe's rows (``(row_id, side, kind, text, ((words, voice), ...))``) are well formed:
    unique ids and texts, a known kind whose labels' voices agree with it, every label in its
    text, at least ``least`` rows, ``least_quoted`` quoted ones and ``least_plain`` negative or
    near-miss ones, both halves present. Returns the count of rows by kind."""
    ids = [r[0] for r in rows]
    assert len(set(ids)) == len(ids) and len({r[3] for r in rows}) == len(rows)
    for _, _, kind, text, labels in rows:
        voices = {v for _, v in labels}
        assert kind in ("pos", "quoted", "neg", "near"), text
        assert (kind == "pos") == ("outlet" in voices) and (kind == "quoted") == (voices == {"quoted"}), text
        assert all(words in text for words, _ in labels), text
    kinds = Counter(r[2] for r in rows)
    assert len(rows) >= least and kinds["quoted"] >= least_quoted, kinds
    assert kinds["neg"] + kinds["near"] >= least_plain, kinds
    assert {half(i) for i in ids} == {"tune", "check"}
    return kinds


def probe_marks(parse: Callable[..., ParsedDoc], text: str) -> list[FramingMark]:
    """The label marks of ``text`` through the real pipeline: no figure or blame marks (the
    probe is about wording that labels a party, place or act)."""
    out = stage_outputs(parse(text), pipeline())
    return [m for m in out["framing"] if m.kind not in ("unattributed_figure", "unattributed_blame")]


def row_result(marks: list[FramingMark], text: str, wording: tuple[str, ...], voice: str) -> tuple[int, int, int]:
    """(wordings marked in the right voice, wordings, marks over no expected wording)."""
    found, spans = 0, []
    for w in wording:
        start = text.index(w)
        spans.append((start, start + len(w)))
        hit = [m for m in marks if _overlaps_mark(m, start, start + len(w))]
        if any((m.voice == "outlet") == (voice == "outlet") for m in hit):
            found += 1
    extra = sum(1 for m in marks if not any(_overlaps_mark(m, s, e) for s, e in spans))
    return found, len(wording), extra


def probe_params(rows: list[tuple[str, str, str, tuple[str, ...], str]], gaps: set[str],
                 negative: str = "neg") -> list[object]:
    """The rows as test parameters, those in ``gaps`` strict xfails."""
    return [pytest.param(*row, id=f"{row[0]}-{row[1] or negative}-{i}",
                         marks=[pytest.mark.xfail(strict=True)] if row[2] in gaps else [])
            for i, row in enumerate(rows)]


def framing_row_right(parse: Callable[..., ParsedDoc], row: tuple[str, str, str, tuple[str, ...], str]) -> bool:
    """A framing probe's positive row with its wording marked in its voice; a near miss with nothing
    marked where it expects no wording, its wording in a quoted voice where it has one."""
    _, _, text, wording, voice = row
    marks = probe_marks(parse, text)
    found, wanted, _ = row_result(marks, text, wording, voice)
    return found == wanted and (bool(wording) or not marks)


def framing_probe_scores(parse: Callable[..., ParsedDoc], rows: list[tuple[str, str, str, tuple[str, ...], str]],
                         sides: Any, conflicts: dict[str, str]) -> dict[str, float]:
    """A framing class-by-side probe's recall of its positive rows, whole, by half, by class and by
    side; its near misses read wrong; and the largest gap between the two sides of a conflict."""
    right = {row[2]: framing_row_right(parse, row) for row in rows}
    out: dict[str, float] = {}

    def ratio(key: str, chosen: list[tuple[str, str, str, tuple[str, ...], str]]) -> None:
        out[key] = round(sum(right[r[2]] for r in chosen) / len(chosen), 3)

    positives = [r for r in rows if r[1]]
    for part in ("tune", "check"):
        ratio(f"recall_{part}", [r for r in positives if half(r[2]) == part])
    ratio("recall_whole", positives)
    for key in sorted({r[0] for r in rows}):
        ratio(f"class_{key}", [r for r in positives if r[0] == key])
    for key in sorted(sides):
        ratio(f"side_{key}", [r for r in positives if r[1] == key])
    out["near_misses_wrong"] = sum(not right[r[2]] for r in rows if not r[1])
    out["side_gap"] = max(abs(out[f"side_{a}"] - out[f"side_{b}"]) for a, b in conflicts.items())
    return out


def check_side_probe_rows(rows: list[tuple[str, str, str, tuple[str, ...], str]], sides: Any, n_classes: int) -> None:
    """A framing class-by-side probe's rows: ``n_classes`` classes, unique texts, a side exactly
    where a row has wording, every class written once for each side with three near misses or
    more, and rows in both halves."""
    classes: dict[str, list[str]] = {}
    for cls, side, text, wording, _ in rows:
        assert (side in sides) == bool(side) and (bool(wording) or not side), text
        classes.setdefault(cls, []).append(side)
    assert len(classes) == n_classes and len(rows) == len({r[2] for r in rows})
    for cls, written in classes.items():
        assert sorted(s for s in written if s) == sorted(sides), cls
        assert written.count("") >= 3, cls
    assert {half(r[2]) for r in rows} == {"tune", "check"}


def check_framing_floors(scores: dict[str, float], floors: dict[str, float]) -> None:
    """A framing class-by-side probe's scores at or above its floors (recall whole and check) and at
    or under its ceilings (side gap, near misses read wrong)."""
    assert scores["recall_whole"] >= floors["recall_whole"]
    assert scores["recall_check"] >= floors["recall_check"]
    assert scores["side_gap"] <= floors["side_gap"] + 1e-9
    assert scores["near_misses_wrong"] <= floors["near_misses_wrong"]


def check_row(parse: Callable[..., ParsedDoc], text: str, wording: tuple[str, ...], voice: str) -> None:
    """Every wording of a row marked in its voice; a negative row with no mark at all."""
    marks = probe_marks(parse, text)
    found, wanted, _ = row_result(marks, text, wording, voice)
    assert found == wanted
    if not wording:
        assert [m.text for m in marks] == []


def label_probe_scores(parse: Callable[..., ParsedDoc],
                       rows: tuple[tuple[str, str, str, str, tuple[str, ...]], ...]) -> dict[str, Any]:
    """A label probe's scores (rows ``(row_id, side, kind, text, labels)``, split by ``half(row_id)``):
    label recall (a label counts when a mark overlaps it, in any voice) and mark precision (marks
    overlapping a label over all marks), whole and by half; false marks on rows without a label;
    recall by side; and the side gap (the largest recall less the smallest, over the sides with
    three labels or more in the rows scored)."""
    counts: dict[str, list[int]] = {}  # key -> [found, labels, true marks, marks]
    by_side: dict[str, list[int]] = {}
    false_on_negatives = 0
    for row_id, side, _, text, labels in rows:
        marks = probe_marks(parse, text)
        spans = [(text.index(w), text.index(w) + len(w)) for w in labels]
        found = sum(any(_overlaps_mark(m, s, e) for m in marks) for s, e in spans)
        wanted, extra = len(labels), sum(not any(_overlaps_mark(m, s, e) for s, e in spans) for m in marks)
        if not labels:
            false_on_negatives += len(marks)
        for key in ("whole", half(row_id)):
            c = counts.setdefault(key, [0, 0, 0, 0])
            c[0], c[1], c[2], c[3] = c[0] + found, c[1] + wanted, c[2] + len(marks) - extra, c[3] + len(marks)
        if labels:
            s = by_side.setdefault(side, [0, 0])
            s[0], s[1] = s[0] + found, s[1] + wanted
    out: dict[str, Any] = {"false_marks_on_negatives": false_on_negatives}
    for key, (found, wanted, true, marked) in counts.items():
        out[f"recall_{key}"] = round(found / wanted, 3) if wanted else 0.0
        out[f"precision_{key}"] = round(true / marked, 3) if marked else 1.0
    sides = {k: round(f / w, 3) for k, (f, w) in sorted(by_side.items())}
    out["sides"] = sides
    big = [v for k, v in sides.items() if by_side[k][1] >= 3]
    out["side_gap"] = round(max(big) - min(big), 3) if big else 0.0
    return out


def _voice_row(marks: list[FramingMark], text: str,
               labels: tuple[tuple[str, str], ...]) -> tuple[list[tuple[str, bool, bool | None]], int]:
    """Each label of a row as (voice, found in the outlet's voice, voice right when marked at all or
    None when unmarked), and the outlet-voice marks over no outlet label."""
    spans = [(text.index(w), text.index(w) + len(w), v) for w, v in labels]
    out: list[tuple[str, bool, bool | None]] = []
    for s, e, voice in spans:
        hit = [m for m in marks if _overlaps_mark(m, s, e)]
        right = any((m.voice == "outlet") == (voice == "outlet") for m in hit) if hit else None
        out.append((voice, any(m.voice == "outlet" for m in hit), right))
    false = sum(1 for m in marks if m.voice == "outlet"
                and not any(v == "outlet" and _overlaps_mark(m, s, e) for s, e, v in spans))
    return out, false


def voice_probe_scores(parse: Callable[..., ParsedDoc],
                       rows: tuple[tuple[str, str, str, str, tuple[tuple[str, str], ...]], ...]) -> dict[str, Any]:
    """A voice probe's scores (rows ``(row_id, side, kind, text, ((words, voice), ...))``, split by
    ``half(row_id)``): recall of the outlet-voice labels by outlet-voice marks and the precision of
    the outlet-voice marks, whole and by half; recall by side and the side gap (sides with three
    outlet labels or more); voice accuracy (labels marked at all whose marks hold their voice);
    outlet-voice marks on quoted, negative and near-miss rows."""
    n: dict[str, Counter[str]] = {}
    by_side: dict[str, list[int]] = {}
    for row_id, side, kind, text, labels in rows:
        res, false = _voice_row(probe_marks(parse, text), text, labels)
        for key in ("whole", half(row_id)):
            c = n.setdefault(key, Counter())
            outlet = [r for r in res if r[0] == "outlet"]
            c["gold"] += len(outlet)
            c["found"] += sum(r[1] for r in outlet)
            c["false"] += false
            c["marked"] += sum(r[2] is not None for r in res)
            c["voice_right"] += sum(bool(r[2]) for r in res)
            c[f"false_{kind}"] += false
        s = by_side.setdefault(side, [0, 0])
        s[0] += sum(r[1] for r in res if r[0] == "outlet")
        s[1] += sum(r[0] == "outlet" for r in res)
    out: dict[str, Any] = {}
    for key, c in n.items():
        out[f"recall_{key}"] = round(c["found"] / c["gold"], 3) if c["gold"] else 0.0
        out[f"precision_{key}"] = round(c["found"] / (c["found"] + c["false"]), 3) if c["found"] + c["false"] else 1.0
        out[f"voice_accuracy_{key}"] = round(c["voice_right"] / c["marked"], 3) if c["marked"] else 0.0
    w = n["whole"]
    out["false_outlet_marks"] = {k: w[f"false_{k}"] for k in ("pos", "quoted", "neg", "near")}
    sides = {k: round(f / t, 3) for k, (f, t) in sorted(by_side.items()) if t}
    out["sides"] = sides
    big = [sides[k] for k, (_, t) in by_side.items() if t >= 3]
    out["side_gap"] = round(max(big) - min(big), 3) if big else 0.0
    return out
