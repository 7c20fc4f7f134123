"""The acceptance check: the seed article against an analyst's reading (``expected.json``).

Items are matched by text, not offsets: each expected actor, quote, figure, event and framing
item is looked for among the records of the analysis, and reported found or missed with the
record that matched. The rules for each item type are written out in the functions below.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..ingest import read_one
from ..pipeline import Pipeline
from ..records import Actor, Analysis, Event, Figure, FramingMark, Quote
from .metrics import EvalResult

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "«": '"', "»": '"'})


def norm(text: str | None) -> str:
    """Lower case, straight quotes, one space; the form in which seed texts are compared."""
    return re.sub(r"\s+", " ", (text or "").translate(_QUOTES)).strip().lower()


def _bare(text: str | None) -> str:
    t = norm(text).strip("'\" .,")
    return re.sub(r"^(the|a|an)\s+", "", t)


def _countries(an: Analysis, actor: Actor | None) -> set[str]:
    """Country codes an actor stands for (its own, or its members')."""
    if actor is None:
        return set()
    out = {actor.country} if actor.country else set()
    for m in actor.members:
        member = an.actor(m)
        if member is not None and member.country:
            out.add(member.country)
        elif re.fullmatch(r"[A-Z]{3}", m):
            out.add(m)
    return out


def _name_matches(actor: Actor | None, name: str) -> bool:
    if actor is None:
        return False
    a, b = norm(actor.name), norm(name)
    return a == b or b in a or a in b


def actor_matches(an: Analysis, actor: Actor | None, country: Any, sector: str | None,
                  name: str | None = None) -> bool:
    """Does ``actor`` carry the expected country (code, list of codes, or none) and sector?"""
    if actor is None:
        return False
    if sector and sector not in actor.sectors:
        return False
    codes = _countries(an, actor)
    if isinstance(country, list):
        return set(country) <= codes
    if country is None:
        return not actor.country and (name is None or bool(set(norm(name).split()) & set(norm(actor.name).split())))
    return country in codes


def _describe(record: Any) -> str:
    if isinstance(record, Quote):
        return f"quote[{record.kind}] {record.content.text[:80]!r} speaker={record.speaker_actor_id}"
    if isinstance(record, Figure):
        return (f"figure {record.text!r} {record.qualifier} {record.value_low:g}-{record.value_high:g}"
                f" {record.measure} group={record.group} attribution={record.attribution}")
    if isinstance(record, Event):
        return (f"event {record.plover} {record.source_actor_ids}->{record.target_actor_ids}"
                f" {record.predicate.text!r} modality={record.modality} claimed_by={record.claimed_by}")
    if isinstance(record, FramingMark):
        return f"framing {record.kind} {record.text!r} -> {record.refers_to}"
    if isinstance(record, Actor):
        return f"actor {record.id} {record.name} ({record.code})"
    return repr(record)


# -- per item type ---------------------------------------------------------------------------

def check_actor(an: Analysis, item: dict[str, Any]) -> tuple[bool, str]:
    """Every surface form has a mention resolved to an actor of the expected country and sector."""
    missing = []
    matched: Actor | None = None
    for form in item["surface_forms"]:
        f = _bare(form)
        hit = None
        for m in an.mentions:
            mt = _bare(m.text)
            if (mt == f or f in mt) and actor_matches(an, an.actor(m.actor_id), item["country"],
                                                      item.get("sector"), item["canonical"]):
                hit = an.actor(m.actor_id)
                break
        if hit is None:
            missing.append(form)
        else:
            matched = matched or hit
    if missing:
        return False, "unresolved forms: " + "; ".join(missing)
    return True, _describe(matched)


def _speaker_ok(an: Analysis, speaker_id: str | None, name: str | None) -> bool:
    if name is None:
        return speaker_id is None
    return _name_matches(an.actor(speaker_id), name)


def check_quote(an: Analysis, item: dict[str, Any]) -> tuple[bool, str]:
    want = norm(item["content_contains"])
    near = []
    for q in an.quotes:
        if want in norm(q.content.text):
            if q.kind == item["kind"] and _speaker_ok(an, q.speaker_actor_id, item.get("speaker")):
                return True, _describe(q)
            near.append(_describe(q))
    return False, ("near: " + " | ".join(near)) if near else "no quote with this content"


def _value_ok(f: Figure, value: Any) -> bool:
    if isinstance(value, list):
        return f.value_low == value[0] and f.value_high == value[1]
    return f.value_low == value and f.value_high == value


def check_figure(an: Analysis, item: dict[str, Any]) -> tuple[bool, str]:
    near = []
    by_id = {f.id: f for f in an.figures}
    for f in an.figures:
        if not _value_ok(f, item["value"]):
            continue
        problems = []
        q = item.get("qualifier")
        note = item.get("note") or ""
        if norm(f.qualifier) != norm(q) and not ("either reading" in note and q is None):
            problems.append(f"qualifier {f.qualifier!r}")
        measure = item.get("measure") or ""
        if measure.startswith("days"):
            if f.kind != "duration" or f.is_casualty:
                problems.append(f"kind {f.kind}/measure {f.measure}")
        elif norm(f.measure) != norm(measure):
            problems.append(f"measure {f.measure!r}")
        who = item.get("who")
        if who and norm(who.split()[0]) not in norm(f.group or f.unit):
            problems.append(f"group {f.group!r}")
        if "part_of" in item:
            parent = by_id.get(f.part_of or "")
            if parent is None or not _value_ok(parent, item["part_of"]):
                problems.append("no part-of link")
        attributed = item.get("attributed_to")
        if attributed is None and f.attribution != "unattributed":
            problems.append(f"attribution {f.attribution!r}")
        if attributed is not None and not (
            _name_matches(an.actor(f.attribution_actor_id), attributed)
        ):
            problems.append(f"attribution {f.attribution!r}")
        if item.get("since") and norm(item["since"]) not in norm(f.time_scope):
            problems.append(f"time scope {f.time_scope!r}")
        if item.get("perpetrator") and item["perpetrator"] not in _countries(an, an.actor(f.perpetrator_actor_id)):
            problems.append(f"perpetrator {f.perpetrator_actor_id!r}")
        if not problems:
            return True, _describe(f)
        near.append(_describe(f) + " [" + ", ".join(problems) + "]")
    return False, ("near: " + " | ".join(near)) if near else "value not found"


def _side_ok(an: Analysis, ids: tuple[str, ...], want: Any) -> bool:
    actors = [an.actor(i) for i in ids]
    codes: set[str] = set()
    for a in actors:
        codes |= _countries(an, a)
    if isinstance(want, list):
        return set(want) <= codes
    m = re.match(r"^([A-Z]{3})\b", want)
    if m:
        return m.group(1) in codes
    # a named group ("Muslim-majority governments", "Gaza hospitals"): compare words
    words = {w for w in re.findall(r"[a-z]+", norm(want)) if len(w) > 3}
    for a in actors:
        if a is not None and words & set(re.findall(r"[a-z]+", norm(a.name))):
            return True
    return False


def check_event(an: Analysis, item: dict[str, Any]) -> tuple[bool, str]:
    evidence = norm(item["evidence"])
    near = []
    for e in an.events:
        if evidence not in norm(e.text) and norm(e.predicate.text) not in evidence:
            continue
        problems = []
        if e.plover != item["plover"]:
            problems.append(f"type {e.plover}")
        if not _side_ok(an, e.source_actor_ids, item["source"]):
            problems.append("source")
        if not _side_ok(an, e.target_actor_ids, item["target"]):
            problems.append("target")
        if not problems:
            return True, _describe(e)
        near.append(_describe(e) + " [" + ", ".join(problems) + "]")
    return False, ("near: " + " | ".join(near[:3])) if near else "no event from this evidence"


def check_framing(an: Analysis, item: dict[str, Any]) -> tuple[bool, str]:
    want_kind = item["kind"]
    kinds = {want_kind}
    if want_kind == "loaded_term_in_outlet_voice":
        kinds = {"loaded_term", "loaded_label", "loaded_term_in_outlet_voice"}
    text = _bare(item["text"])
    near = []
    for f in an.framing:
        if text not in _bare(f.text) and _bare(f.text) not in text:
            continue
        if f.kind not in kinds:
            near.append(_describe(f))
            continue
        if want_kind == "loaded_term_in_outlet_voice" and f.voice != "outlet":
            near.append(_describe(f))
            continue
        ref = item.get("refers_to")
        if ref:
            actor = an.actor(f.refers_to)
            ok = ref in _countries(an, actor) if re.fullmatch(r"[A-Z]{3}", ref) else _name_matches(actor, ref)
            if not ok:
                near.append(_describe(f))
                continue
        return True, _describe(f)
    return False, ("near: " + " | ".join(near[:3])) if near else "no framing mark for this text"


CHECKS: dict[str, Callable[[Analysis, dict[str, Any]], tuple[bool, str]]] = {
    "actors": check_actor,
    "quotes": check_quote,
    "figures": check_figure,
    "events": check_event,
    "framing": check_framing,
}


def _label(section: str, item: dict[str, Any]) -> str:
    for key in ("canonical", "content_contains", "evidence", "text"):
        if key in item:
            return f"{section}: {item[key]}"
    if section == "figures":
        return f"figures: {item.get('qualifier') or ''} {item['value']} {item.get('measure')} {item.get('who') or ''}".replace("  ", " ")
    return section


def score(an: Analysis, expected: dict[str, Any]) -> EvalResult:
    """Check every item of ``expected`` against one analysis."""
    items = []
    for section, check in CHECKS.items():
        for item in expected.get(section, []):
            found, detail = check(an, item)
            items.append({"section": section, "level": item.get("level", "must"),
                          "item": _label(section, item), "found": found, "matched": detail})
    meta = expected.get("metadata", {})
    for key in ("title", "byline"):
        if key in meta:
            got = getattr(an.article, key)
            items.append({"section": "metadata", "level": "must", "item": f"metadata: {key}",
                          "found": norm(got) == norm(meta[key]), "matched": got or ""})
    metrics: dict[str, float] = {}
    for level in ("must", "should"):
        sel = [i for i in items if i["level"] == level]
        metrics[f"{level}_found"] = sum(1 for i in sel if i["found"])
        metrics[f"{level}_total"] = len(sel)
    return EvalResult(task="seed", metrics=metrics, n_docs=1, gold_path="", details={"items": items})


def evaluate(gold_path: Path, pipeline: Pipeline, limit: int | None = None) -> EvalResult:
    """``gold_path``: the seed directory (article.txt and expected.json) or expected.json."""
    folder = gold_path if gold_path.is_dir() else gold_path.parent
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    article = read_one(folder / "article.txt", pipeline.settings)
    result = score(pipeline.analyze(article), expected)
    result.gold_path = str(gold_path)
    return result
