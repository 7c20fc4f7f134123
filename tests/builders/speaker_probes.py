"""Scorers shared by the whole-article speaker and figure-source probes, and the claims probes."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from newsledger.evaluation.metrics import half
from newsledger.records import (
    Analysis,
)
from tests.builders.basics import pipeline

# -- whole-article speaker probes (tests/stages/quotes/test_article_*.py) ----------------------

# (construction, quoted words, expected speaker words)
ArticleCheck = tuple[str, str, str]
# (article id, paragraphs (the first is the headline), checks)
ProbeArticle = tuple[str, tuple[str, ...], tuple[ArticleCheck, ...]]
ArticleRow = tuple[str, str, str, str]  # article id, construction, quoted words, expected


def speaker_names(an: Any, words: str) -> tuple[bool, list[str]]:
    """(a quote covers half the words or more, the speaker as written and its actor's name)."""
    start = an.article.text.find(words)
    assert start >= 0 and an.article.text.find(words, start + 1) < 0, words
    end = start + len(words)

    def shared(q: Any) -> int:
        return min(end, q.content.end) - max(start, q.content.start)

    covering = [q for q in an.quotes if shared(q) >= len(words) / 2]
    if not covering:
        return False, []
    # the quote that is most nearly these words (an inner quote over the one around it)
    q = max(covering, key=lambda q: shared(q) / (max(end, q.content.end) - min(start, q.content.start)))
    actors = {a.id: a.name for a in an.actors}
    names = [q.speaker.text if q.speaker else "", actors.get(q.speaker_actor_id or "", "")]
    return True, [re.sub(r"\s+", " ", n) for n in names if n]


def described_speaker_names(an: Any, words: str) -> tuple[bool, list[str]]:
    """(a quote covers half the words or more, the names of its speaker): the speaker as written,
    the description a pronoun or role noun stands for (``speaker_described``, as the claims
    evaluation reads it), its actor's name and the words of the passage's other mentions of that
    actor that are not pronouns (the antecedent a pronoun stands for: a category actor is named by
    the words that introduced it, "Relatives of the missing sailors" for "they")."""
    found, names = speaker_names(an, words)
    if not found or not names:
        return found, names
    start = an.article.text.find(words)
    end = start + len(words)

    def share(q: Any) -> float:
        both = min(end, q.content.end) - max(start, q.content.start)
        return both / (max(end, q.content.end) - min(start, q.content.start))

    quote = max(an.quotes, key=share)
    if quote.speaker_described is not None:
        names.append(quote.speaker_described.text)
    if quote.speaker_actor_id:
        names += [m.text for m in an.mentions if m.actor_id == quote.speaker_actor_id and m.kind != "pronoun"]
    return True, names


@dataclass(frozen=True)
class Fig:
    """A figure: the number as written."""

    number: str


@dataclass(frozen=True)
class Quo:
    """A quote: words it holds."""

    words: str


def number_span(text: str, number: str) -> tuple[int, int]:
    hits = [m.span() for m in re.finditer(rf"(?<![\w.,]){re.escape(number)}(?![\w]|[.,]\d)", text)]
    assert len(hits) == 1, (number, text)
    return hits[0]


def figure_names(an: Analysis, number: str) -> tuple[bool, list[str]]:
    """(a figure covers the number, [] for the outlet's voice or the source as written and its actor)."""
    start, end = number_span(an.article.text, number)
    figs = [f for f in an.figures if f.start < end and start < f.end]
    if not figs:
        return False, []
    f = min(figs, key=lambda f: f.end - f.start)
    if f.attribution == "unattributed":
        return True, []
    actors = {a.id: a.name for a in an.actors}
    return True, [n for n in (f.attribution, actors.get(f.attribution_actor_id or "")) if n]


def target_result(an: Analysis, target: Fig | Quo, expected: str | None) -> tuple[bool, bool]:
    """(the probe row's target was found, its source or speaker is ``expected``): a figure's source
    as written or its actor (None: the outlet's own voice), a quote's speaker (None: no quote over
    the words has one, which counts as found)."""
    if isinstance(target, Fig):
        found, names = figure_names(an, target.number)
        return found, found and (not names if expected is None else bool(names) and names_match(expected, names))
    found, names = speaker_names(an, target.words)
    if expected is None:
        return True, not (found and names)
    return found, found and names_match(expected, names)


def fig_quo_key(row: tuple[Any, ...]) -> tuple[str, str]:
    """A probe row's key: its construction and its target's number or words."""
    target = row[3]
    return row[0], target.number if isinstance(target, Fig) else target.words


@cache
def headed_analysis(headline: str, text: str) -> Analysis:
    """The analysis of a probe row's text under ``headline`` (a row with a paragraph break of its own keeps
    its own first line), once per text."""
    return pipeline().analyze_text(text if "\n\n" in text else headline + text)


def figure_source_result(headline: str, row: tuple[Any, ...]) -> tuple[bool, bool]:
    """(the figure was found, its source is the expected one) of a figure-source probe row (class, kind,
    text, Fig, expected source)."""
    return target_result(headed_analysis(headline, row[2]), row[3], row[4])


def figure_source_scores(rows: list[Any], headline: str, label: str) -> dict[str, float]:
    """A figure-source probe's measure, printed, whole and by half (:func:`probe_accuracies`)."""
    parts = [("figure_source", rows)] + [(f"figure_source_{h}", [r for r in rows if half(r[2]) == h])
                                         for h in ("tune", "check")]
    return probe_accuracies([(name, [figure_source_result(headline, r) for r in rs]) for name, rs in parts], label)


def figure_source_classes(rows: list[Any], headline: str) -> dict[str, tuple[int, int]]:
    """(right, rows) per construction class (a row's first field) of a figure-source probe."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        out[r[0]][0] += figure_source_result(headline, r)[1]
        out[r[0]][1] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}


def probe_accuracies(parts: list[tuple[str, list[tuple[bool, bool]]]], label: str) -> dict[str, float]:
    """A probe's measure, printed: for each part (name, the rows' (found, right)), the accuracy among
    the targets found and the share of rows right (a target not found is wrong)."""
    out: dict[str, float] = {}
    for name, results in parts:
        found = sum(f for f, _ in results)
        right = sum(ok for _, ok in results)
        out[f"{name}_accuracy"] = round(right / found, 3) if found else 0.0
        out[f"{name}_rows_right"] = round(right / len(results), 3)
        out[f"{name}_found"] = found
        out[f"{name}_rows"] = len(results)
    print(f"{label}:", out)
    return out


def speaker_row_result(an: Any, words: str, expected: str | None) -> tuple[bool, bool]:
    """A speaker probe row's result: (the quote over ``words`` was found, or rightly has no speaker;
    its speaker is ``expected``: ``names_match`` words, None for no speaker)."""
    found, names = described_speaker_names(an, words)
    if expected is None:
        return True, not (found and names)
    return found, found and names_match(expected, names)


def speaker_probe_scores(rows: list[Any], result: Any, label: str) -> dict[str, float]:
    """A speaker probe's measure: whole, tune and check halves pooled (by ``half`` of a row's id,
    its first field), and the tune half by construction (its second); ``result`` gives a row's
    (found, right)."""
    by_half: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    by_class: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    for row in rows:
        got = result(row)
        by_half[half(row[0])].append(got)
        if half(row[0]) == "tune":
            by_class[f"tune {row[1]}"].append(got)
    parts = [("speaker", by_half["tune"] + by_half["check"]), ("tune", by_half["tune"]),
             ("check", by_half["check"])]
    return probe_accuracies(parts + sorted(by_class.items()), label)


def assert_speaker(text: str, words: str, expected: str | None) -> None:
    """A quote over ``words`` of the analysed ``text`` is spoken by ``expected`` (``names_match``
    words); None: no quote over them has a speaker."""
    found, names = speaker_names(pipeline().analyze_text(text), words)
    if expected is None:
        assert not (found and names), (text, names)
    else:
        assert found and names_match(expected, names), (text, names)


def assert_probe_rows(keys: list[str], gaps: set[str], least: int) -> None:
    """A probe's rows by key: no two alike, at least ``least`` of them, and every gap one of them."""
    assert len(keys) == len(set(keys)) and len(keys) >= least
    assert gaps <= set(keys), gaps - set(keys)


def gap_params(rows: list[Any], key: Any, gaps: set[Any], reason: str) -> list[Any]:
    """Probe rows as test parameters (id: the first fields of the row), those whose ``key`` is in
    ``gaps`` strict xfails."""
    return [pytest.param(r, id=f"{r[0]}:{r[1]}:{r[2][:30]}",
                         marks=[pytest.mark.xfail(strict=True, reason=reason)] if key(r) in gaps else [])
            for r in rows]


def names_match(expected: str, names: list[str]) -> bool:
    words = [w.lower() for w in expected.split("|")]
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", n.lower()) for w in words for n in names)


PROBES = Path(__file__).resolve().parents[2] / "eval" / "probes" / "claims"


def probe_misses(name: str, n_docs: int, floors: dict[str, float], ceilings: dict[str, float]) -> dict[str, Any]:
    """Run ``newsledger eval claims`` on the incident probe ``eval/probes/claims/<name>`` and
    return the metrics under their floor or over their ceiling (empty when all hold). Every
    metric of the claims evaluation must have a floor or a ceiling (the side gap is the gate's)."""
    from newsledger.evaluation.claims import METRICS, evaluate

    result = evaluate(PROBES / name, pipeline())
    m = result.metrics
    assert result.n_docs == n_docs
    assert set(floors) | set(ceilings) == set(METRICS) - {"framing_side_gap"}
    low = {k: (round(m[k], 3), floor) for k, floor in floors.items() if m[k] < floor}
    high = {k: (m[k], ceiling) for k, ceiling in ceilings.items() if m[k] > ceiling}
    return {**low, **high}
