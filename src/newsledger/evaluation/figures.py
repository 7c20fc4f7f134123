"""Figure evaluation on NewsQuant (quantities in news sentences).

Each gold sentence is analysed as an article of its own (``Article.create(text)``) and its
``analysis.figures`` are matched one-to-one (greedy, in text order) to the gold quantities.

Metrics
-------
``value_p/value_r/value_f1``
    A predicted figure matches a gold quantity when the values are equal: a single value
    against a single gold value, a range against a gold range with both bounds equal (the
    bounds of a gold range are compared in sorted order: "208-193" is 193 to 208). Numbers
    are compared with a relative tolerance of 1e-4 (absolute 1e-9 near zero).
``value_unit_p/value_unit_r/value_unit_f1``
    Value as above, and the unit matches (see below).

Vague amounts
-------------
NewsQuant writes vague amounts as order-of-magnitude ranges ("dozens" is "12-120",
"thousands" "1000-10000"); newsledger's own convention (``data/figures/vague.yaml``) is
narrower ("dozens" 24-99, "thousands" 2,000-9,999). For scoring only, a predicted figure
whose text holds a vague phrase is mapped through ``NEWSQUANT_VAGUE`` below; the pipeline
keeps its own convention.

Unit matching
-------------
Units are compared as sets of keys. A unit string is lower-cased; spelling and symbols are
mapped to one word ("%", "per cent", "pct", "percentage" -> ``percent``; "$", "US$", "USD",
"dollars" -> ``dollar``; "£", "GBP", "sterling" -> ``pound``; "€" -> ``euro``; "km" ->
``kilometre``, "mph" -> ``mile per hour``, "hp"/"bhp" -> ``horsepower`` ...); each word is
made singular ("children" -> "child", "miles" -> "mile"). The keys of a unit are its whole
normalised form and its head word: the last word before "per"/"of" ("Kia and Hyundai
vehicles" -> "vehicle", "$ per barrel" -> "dollar", "barrels of oil" -> "barrel"), and for
gold units also the first word ("pound sterling"). A prediction's unit matches when its keys
meet the keys of the gold ``unit`` or ``normalized_unit``. A gold unit of "-" (none written)
is matched by a prediction with no unit.

Details hold counts only (no gold text is copied into results).
"""

from __future__ import annotations

import json
import logging
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..nlp.numbers import packaged_vague_pattern, vague_phrase
from ..pipeline import Pipeline
from ..records import Article, Figure, Record
from .metrics import PRF, EvalResult, greedy_match

log = logging.getLogger(__name__)

REL_TOL = 1e-4
ABS_TOL = 1e-9

# newsledger vague phrase -> the NewsQuant range for the same words (scoring only)
NEWSQUANT_VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (12, 120),
    "several dozen": (12, 120),
    "a few dozen": (12, 120),
    "many dozens": (12, 120),
    "hundreds": (100, 1000),
    "several hundred": (100, 1000),
    "a few hundred": (100, 1000),
    "many hundreds": (100, 1000),
    "thousands": (1000, 10000),
    "several thousand": (1000, 10000),
    "a few thousand": (1000, 10000),
    "many thousands": (1000, 10000),
    "tens of thousands": (10000, 100000),
    "hundreds of thousands": (100000, 1000000),
    "several hundred thousand": (100000, 1000000),
    "millions": (1000000, 10000000),
    "several million": (1000000, 10000000),
    "tens of millions": (10000000, 100000000),
    "hundreds of millions": (100000000, 1000000000),
    "billions": (1000000000, 10000000000),
    "several billion": (1000000000, 10000000000),
}

# unit spellings and symbols -> one normalised word or phrase (scoring only)
UNIT_ALIASES: dict[str, str] = {
    "%": "percent", "per cent": "percent", "pct": "percent", "pc": "percent",
    "percentage": "percent", "percentage point": "percent", "percentage points": "percent",
    "percent-owned": "percent",
    "$": "dollar", "us$": "dollar", "$us": "dollar", "usd": "dollar", "us": "dollar",
    "hk$": "dollar", "a$": "dollar", "c$": "dollar", "us dollar": "dollar",
    "£": "pound", "gbp": "pound", "sterling": "pound", "ps": "pound",
    "€": "euro", "eur": "euro", "¥": "yen", "jpy": "yen", "y": "yen",
    "rm": "ringgit", "malaysian ringgit": "ringgit", "inr": "rupee", "rs": "rupee",
    "cny": "yuan", "rmb": "yuan", "chinese yuan": "yuan", "nis": "shekel", "kn": "kuna",
    "p": "pence", "penny": "pence",
    "km": "kilometre", "kilometer": "kilometre", "cm": "centimetre", "centimeter": "centimetre",
    "mm": "millimetre", "millimeter": "millimetre", "m": "metre", "meter": "metre",
    "nm": "nanometre", "nanometer": "nanometre", "μm": "micrometre",
    "kg": "kilogram", "kilo": "kilogram", "g": "gram", "mg": "milligram",
    "lb": "pound", "lbs": "pound", "pound-mass": "pound",
    "ft": "foot", "feet": "foot", "'": "foot", "in": "inch", "inches": "inch",
    "mph": "mile per hour", "m.p.h.": "mile per hour", "km/h": "kilometre per hour",
    "kph": "kilometre per hour", "mpg": "mile per gallon",
    "hp": "horsepower", "bhp": "horsepower", "horse": "horsepower", "brake horsepower": "horsepower",
    "w": "watt", "kw": "kilowatt", "mw": "megawatt", "gw": "gigawatt",
    "kwh": "kilowatt hour", "gwh": "gigawatt hour", "mwh": "megawatt hour",
    "hz": "hertz", "ghz": "gigahertz", "mhz": "megahertz",
    "gb": "gigabyte", "mb": "megabyte", "tb": "terabyte",
    "°c": "celsius", "c": "celsius", "degrees celsius": "celsius", "degree celsius": "celsius",
    "°f": "fahrenheit", "degrees fahrenheit": "fahrenheit", "degree fahrenheit": "fahrenheit",
    "liter": "litre", "l": "litre", "sq ft": "square foot", "sq m": "square metre",
    "sqm": "square metre", "ppm": "part per million", "ppb": "parts-per-billion",
    "hrs": "hour", "hr": "hour", "mins": "minute", "min": "minute", "secs": "second",
    "sec": "second", "yrs": "year", "yr": "year",
}
_IRREGULAR = {
    "people": "people", "children": "child", "women": "woman", "men": "man", "feet": "foot",
    "teeth": "tooth", "mice": "mouse", "geese": "goose", "staff": "staff", "series": "series",
    "species": "species", "news": "news", "data": "data", "media": "media", "celsius": "celsius",
    "yes": "yes", "gas": "gas", "bus": "bus", "plus": "plus", "us": "us", "ms": "ms",
}
_VALUE = re.compile(r"^\s*(-?\d*\.?\d+(?:[eE][-+]?\d+)?)\s*(?:-\s*(-?\d*\.?\d+(?:[eE][-+]?\d+)?))?\s*$")
_HEAD_BREAK = re.compile(r"\s+(?:per|of|a|an)\s+")


@dataclass(frozen=True)
class Bounds(Record):
    low: float
    high: float


@dataclass(frozen=True)
class GoldQuantity(Record):
    value: Bounds
    unit: str  # as the gold writes it; "-" when none
    normalized_unit: str
    change: str = "="


@dataclass(frozen=True)
class GoldSentence(Record):
    text: str
    quantities: tuple[GoldQuantity, ...] = ()
    unreadable: int = 0  # gold quantities whose value could not be read (still counted)


def parse_value(raw: str) -> Bounds | None:
    """A NewsQuant value: "12.5", "12-120", "3.0 - 4.0", "-5.0", "1.99E-29"."""
    m = _VALUE.match(str(raw))
    if not m:
        return None
    a = float(m.group(1))
    b = float(m.group(2)) if m.group(2) is not None else a
    return Bounds(min(a, b), max(a, b))


def load_gold(path: Path, limit: int | None = None) -> list[GoldSentence]:
    """NewsQuant JSON: a list of ``{text, quantities: [{change, value, unit, normalized_unit}]}``."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if isinstance(data, dict):
        data = data.get("data") or data.get("sentences") or list(data.values())
    out = []
    for item in data[:limit] if limit else data:
        qs = []
        bad = 0
        for q in item.get("quantities") or []:
            bounds = parse_value(q.get("value", ""))
            if bounds is None:
                bad += 1
                log.debug("unreadable gold value %r", q.get("value"))
                continue
            qs.append(GoldQuantity(bounds, str(q.get("unit") or "-"),
                                   str(q.get("normalized_unit") or "-"), str(q.get("change") or "=")))
        out.append(GoldSentence(item["text"], tuple(qs), bad))
    return out


def predicted_bounds(fig: Figure, vague: re.Pattern[str] | None = None) -> Bounds:
    """A figure's value for scoring: vague amounts (``vague``: the pattern of
    :func:`packaged_vague_pattern`, read once by the caller) mapped to NewsQuant's ranges."""
    phrase = vague_phrase(fig.text, vague) if fig.value_low != fig.value_high else None
    if phrase is not None and phrase in NEWSQUANT_VAGUE:
        low, high = NEWSQUANT_VAGUE[phrase]
        return Bounds(float(low), float(high))
    return Bounds(fig.value_low, fig.value_high)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=ABS_TOL)


def values_match(pred: Bounds, gold: Bounds) -> bool:
    return _close(pred.low, gold.low) and _close(pred.high, gold.high)


def _singular(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _normalise(unit: str) -> str:
    u = " ".join(unit.lower().replace("-", " - ").split()).replace(" - ", "-")
    if u in UNIT_ALIASES:
        return UNIT_ALIASES[u]
    words = []
    for w in u.split():
        w = UNIT_ALIASES.get(w, w)
        w = _singular(w)
        words.append(UNIT_ALIASES.get(w, w))
    out = " ".join(words)
    return UNIT_ALIASES.get(out, out)


def unit_keys(unit: str | None, gold: bool = False) -> set[str]:
    """The keys a unit is compared by: its normalised form and its head word."""
    if unit is None or unit.strip() in ("", "-"):
        return set()
    norm = _normalise(unit.strip().lstrip("%").strip() if unit.strip().startswith("% ") else unit)
    keys = {norm}
    first_part = _HEAD_BREAK.split(f" {norm} ".replace("  ", " ").strip())[0]
    words = first_part.split()
    if words:
        keys.add(words[-1])
        if gold:
            keys.add(words[0])
    return {k for k in keys if k}


def units_match(pred_unit: str | None, gold: GoldQuantity) -> bool:
    if gold.unit.strip() == "-" and pred_unit is None:
        return True
    gold_keys = unit_keys(gold.unit, gold=True) | unit_keys(gold.normalized_unit, gold=True)
    return bool(unit_keys(pred_unit) & gold_keys)


@dataclass(frozen=True)
class SentenceScore(Record):
    value: PRF
    value_unit: PRF


def score_sentence(figures: list[Figure], gold: GoldSentence,
                   vague: re.Pattern[str] | None = None) -> SentenceScore:
    """Value and value+unit matches between one sentence's figures and its gold."""
    preds = [(f, predicted_bounds(f, vague)) for f in figures]
    golds = list(gold.quantities)
    n_gold = len(golds) + gold.unreadable
    v_pairs = greedy_match(preds, golds, lambda p, g: values_match(p[1], g.value))
    vu_pairs = greedy_match(preds, golds,
                            lambda p, g: values_match(p[1], g.value) and units_match(p[0].unit, g))
    return SentenceScore(PRF(len(v_pairs), len(preds), n_gold), PRF(len(vu_pairs), len(preds), n_gold))


def evaluate(gold_path: Path, pipeline: Pipeline, limit: int | None = None) -> EvalResult:
    """Score the figure stage on NewsQuant: value and value+unit P/R/F1."""
    sentences = load_gold(gold_path, limit)
    value = PRF(0, 0, 0)
    value_unit = PRF(0, 0, 0)
    by_kind: dict[str, int] = {}
    per_sentence: list[dict[str, Any]] = []
    vague = packaged_vague_pattern()
    for i, sent in enumerate(sentences):
        analysis = pipeline.analyze(Article.create(sent.text))
        figures = list(analysis.figures)
        s = score_sentence(figures, sent, vague)
        value += s.value
        value_unit += s.value_unit
        for f in figures:
            by_kind[f.kind] = by_kind.get(f.kind, 0) + 1
        per_sentence.append({"index": i, "tp": s.value.tp, "n_pred": s.value.n_pred,
                             "n_gold": s.value.n_gold, "tp_unit": s.value_unit.tp})
    metrics = {
        "value_p": value.precision, "value_r": value.recall, "value_f1": value.f1,
        "value_unit_p": value_unit.precision, "value_unit_r": value_unit.recall,
        "value_unit_f1": value_unit.f1,
    }
    details = {"counts": {"value": value.to_dict(), "value_unit": value_unit.to_dict()},
               "predicted_kinds": by_kind, "per_sentence": per_sentence}
    return EvalResult(task="figures", metrics=metrics, n_docs=len(sentences),
                      gold_path=str(gold_path), details=details)
