"""Claim-ledger evaluation on a real multi-outlet incident (``gold/dev/claims/<incident>/``).

The gold (``gold.json``, format in the gold folder's README) is one analyst's reading of every
article: the figures it states with their source, qualifier, measure, scope and negation; the
accounts it reports with their claimant and stance; its quotes and speakers; and the loaded
labels the outlet uses in its own voice. The articles (``articles.jsonl``) are analysed, stored
in a fresh database and the ledger is built, as ``newsledger ingest`` and ``ledger build`` do;
then the records are matched to the gold by their offsets in each article's text:

* figures: same article, spans overlap, values agree (a range equals the sorted [low, high]; a
  vague gold amount matches a figure written as a vague amount, "dozens", not a number in
  words, "three"); one to one. ``figures_recall``
  (non-negated gold figures), ``figure_precision`` (casualty figures), and among matched ones
  ``figure_source_accuracy`` (the attribution maps to the gold source through its aliases;
  ``outlet`` needs an unattributed figure), ``qualifier_accuracy``, ``measure_accuracy``;
  ``negated_false_claims`` counts negated gold figures kept as claims in a thread.
* threads: of the matched incident-scope "killed" figures, ``incident_thread_completeness`` is
  the largest share in one claim thread and ``incident_thread_purity`` the share of that
  thread's claims that are such figures.
* quotes: ``quote_recall`` (a quote covers at least half of the gold quote; one record may cover
  the two gold quotes of a direct quote interrupted by its cue, "A," he said. "B.") and
  ``speaker_accuracy`` among matched quotes (aliases, or the same surname).
* accounts: ``claim_recall`` (a quote or event overlaps the gold claim) and ``denial_accuracy``
  (found "denies" claims whose record is marked as a denial: a quote or event whose ``stance`` is
  denied or negated).
* framing: ``framing_recall``, gold labels overlapped by a framing mark in the outlet's voice,
  and the same recall per side. The gold does not say which side a label belongs to; a label's
  side is the party it frames, read from the label itself: the country of the first actor the
  article's analysis finds named in the label's span ("Hamas-run" -> Hamas -> PSE, "the
  deadliest Israeli airstrike" -> ISR, "Kremlin-backed governor" -> RUS, "the besieged Gaza
  Strip" -> PSE), or ``none`` when it names no party ("alleged strike"). The rule needs no list
  of outlets or parties, so it carries to any conflict; it groups labels by the party they are
  about, not by their stance for or against it. ``framing_recall_side_<code>`` is reported for
  every side found and ``framing_side_gap`` is the largest difference between the recalls of
  named parties with at least ``MIN_SIDE_LABELS`` labels (a lexicon that knows one party's
  labels and not the other's shows as a gap).

Every metric is also reported on two halves of the articles, split by a hash of the article id
(``_tune`` and ``_check``): rules are written while looking at the tuning half only, and a gap
between the halves shows rules fitted to sentences. The details' counts (per half) also sort the
errors of source and speaker by kind, with no text, so the check half's errors can be counted
without being read: ``source_err_credited`` (the outlet's own figure given a source),
``source_err_unattributed`` (a body's figure left as the outlet's), ``source_err_other`` (given to
another source), ``speaker_err_none`` (a matched quote with no speaker), ``speaker_err_other``.
Finer kinds (``error_kinds``): ``source_err_gold_<place>`` and ``speaker_err_gold_<place>``, where
the right body is named (its own sentence, the three before, earlier, later, absent);
``source_err_credited_at_<place>`` where the wrongly credited source is named (or only in the
dateline); ``speaker_err_mention_<kind>``, what the chosen speaker mention is (pronoun,
description, name).
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..ingest import read_jsonl
from ..ledger import build_ledger
from ..nlp.numbers import packaged_vague_pattern, vague_phrase
from ..pipeline import Pipeline
from ..records import Analysis, Article, Figure
from ..storage.store import Store
from .error_kinds import credited_place, mention_kind, where_named
from .metrics import EvalResult, half

# Figure.qualifier (as newsledger writes it) -> the gold's qualifier classes
QUALIFIER_CLASS = {
    None: "exact", "exactly": "exact",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "more than": "more_than", "over": "more_than", "above": "more_than", "just over": "more_than",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about", "nearly": "about",
    "almost": "about", "close to": "about", "estimated": "about", "some": "about",
    "up to": "up_to", "as many as": "up_to", "as much as": "up_to", "at most": "up_to",
    "fewer than": "fewer_than", "less than": "fewer_than", "under": "fewer_than", "below": "fewer_than",
    "just under": "fewer_than",
}
# Figure.measure -> the gold's measures
MEASURE_CLASS = {"killed": "killed", "injured": "injured", "missing": "missing", "rescued": "rescued",
                 "held hostage": "hostages", "detained": "arrested", "displaced": "displaced"}
# the stances of a quote or event that mark it as a denial
DENIAL_STANCES = frozenset({"denied", "negated"})
METRICS = ("figures_recall", "figure_precision", "figure_source_accuracy", "qualifier_accuracy",
           "measure_accuracy", "negated_false_claims", "incident_thread_completeness",
           "incident_thread_purity", "quote_recall", "speaker_accuracy", "claim_recall",
           "denial_accuracy", "framing_recall", "framing_side_gap")
# a gold label that names no party is counted under this side; parties with fewer labels than
# MIN_SIDE_LABELS are reported but left out of framing_side_gap (one label would swing it by 1/n)
NO_SIDE = "none"
MIN_SIDE_LABELS = 3


def norm(text: str) -> str:
    """Lower case, straight apostrophes, single spaces."""
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").lower().split())


def find_span(text: str, needle: str, start: int = 0) -> tuple[int, int] | None:
    """Offsets of ``needle`` in ``text`` (whitespace runs may differ), or None."""
    i = text.find(needle, start)
    if i >= 0:
        return i, i + len(needle)
    words = needle.split()
    if not words:
        return None
    m = re.compile(r"\s+".join(map(re.escape, words))).search(text, start)
    return (m.start(), m.end()) if m else None


def all_spans(text: str, needle: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    while (span := find_span(text, needle, pos)) is not None:
        out.append(span)
        pos = span[1]
    return out


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


class Sources:
    """The gold's canonical sources and every surface form of each."""

    def __init__(self, sources: dict[str, list[str]]) -> None:
        self.aliases = {name: {norm(a) for a in [name, *forms]} for name, forms in sources.items()}

    def canonical(self, candidates: Iterable[str | None]) -> set[str]:
        """The canonical sources the written names denote (equal to, or containing, an alias)."""
        out = set()
        for cand in candidates:
            if not cand:
                continue
            c = f" {norm(cand)} "
            for name, forms in self.aliases.items():
                if any(f" {a} " in c for a in forms):
                    out.add(name)
        return out

    def same(self, gold: str, candidates: Iterable[str | None]) -> bool:
        """A speaker written ``candidates`` is the gold speaker: it maps to it through the
        aliases (the gold names a source, or a surface form of one: "al-Qudra" and "Ashraf
        al-Qidra" are both the Gaza health ministry's), or shares its surname."""
        cands = [c for c in candidates if c]
        found = self.canonical(cands)
        if gold in found or (found & self.canonical([gold])):
            return True
        surname = norm(gold).split()[-1:] if gold else []
        return bool(surname) and any(norm(c).split()[-1:] == surname for c in cands)


def is_vague(fig: Figure, vague: re.Pattern[str] | None = None) -> bool:
    """A figure written as a vague amount: no digits and a vague-amount phrase ("dozens",
    "hundreds"; ``vague``: :func:`packaged_vague_pattern`); a number written in words ("three",
    "a hundred", "sixty") is an exact amount."""
    return not any(ch.isdigit() for ch in fig.text) and vague_phrase(fig.text, vague) is not None


def value_agrees(fig: Figure, gold: Any, vague: re.Pattern[str] | None = None) -> bool:
    if gold is None:
        return is_vague(fig, vague)
    if isinstance(gold, list):
        low, high = sorted(float(v) for v in gold)
        return (fig.value_low, fig.value_high) == (low, high)
    v = float(gold)
    if fig.value_low == v == fig.value_high:
        return True
    return fig.qualifier is not None and v in (fig.value_low, fig.value_high)


def qualifier_class(fig: Figure, vague: re.Pattern[str] | None = None) -> str:
    if is_vague(fig, vague):
        return "vague"
    if fig.value_low != fig.value_high and fig.qualifier is None:
        return "range"
    return QUALIFIER_CLASS.get(fig.qualifier, "other")


@dataclass
class Tally:
    """Counts behind the metrics, for one set of articles."""

    n: Counter[str] = field(default_factory=Counter)
    killed: list[tuple[str, str]] = field(default_factory=list)  # (article id, figure id)
    articles: set[str] = field(default_factory=set)  # the articles scored

    def ratio(self, num: str, den: str) -> float:
        return self.n[num] / self.n[den] if self.n[den] else 0.0


def _score_figures(t: Tally, an: Analysis, gold: dict[str, Any], sources: Sources,
                   in_thread: set[str], vague: re.Pattern[str]) -> None:
    text = an.article.text
    actor_names = {a.id: a.name for a in an.actors}
    used: set[str] = set()
    for g in gold.get("figures", []):
        span = find_span(text, g["text"])
        cands = [f for f in an.figures if span and overlap((f.start, f.end), span) and value_agrees(f, g["value"], vague)]
        if g.get("negated"):
            t.n["negated"] += 1
            t.n["negated_kept"] += any(f.id in in_thread for f in cands)
            continue
        t.n["gold_figures"] += 1
        fig = next((f for f in cands if f.id not in used), None)
        if fig is None:
            continue
        used.add(fig.id)
        t.n["matched_figures"] += 1
        if g["source"] == "outlet":
            ok, error = fig.attribution == "unattributed", "source_err_credited"
        else:
            names = (fig.attribution if fig.attribution != "unattributed" else None,
                     actor_names.get(fig.attribution_actor_id or ""))
            ok = g["source"] in sources.canonical(names)
            error = "source_err_unattributed" if fig.attribution == "unattributed" else "source_err_other"
        t.n["source_ok" if ok else error] += 1
        if not ok:
            _count_source_error(t, an, fig, g["source"], sources)
        t.n["qualifier_ok"] += qualifier_class(fig, vague) == g["qualifier"]
        t.n["measure_ok"] += MEASURE_CLASS.get(fig.measure or "", "other") == g["measure"]
        if g["scope"] == "incident" and g["measure"] == "killed":
            t.killed.append((an.article.id, fig.id))
    casualty = [f for f in an.figures if f.is_casualty]
    t.n["casualty_figures"] += len(casualty)
    t.n["casualty_matched"] += sum(f.id in used for f in casualty)


def _score_quotes(t: Tally, an: Analysis, gold: dict[str, Any], sources: Sources) -> None:
    text = an.article.text
    names = {a.id: a.name for a in an.actors}
    used: set[str] = set()
    for g in gold.get("quotes", []):
        span = find_span(text, g["text"])
        t.n["gold_quotes"] += 1
        if span is None:
            continue
        need = (span[1] - span[0]) / 2
        covering = [q for q in an.quotes if overlap((q.content.start, q.content.end), span) >= need]
        # a record not matched yet first; a direct quote's content runs over an interrupting "he
        # said" and its continuation paragraphs (the quote stage's convention), so one record may
        # hold two gold quotes ("A," he said. "B."): it covers each
        q = next((q for q in covering if q.id not in used), covering[0] if covering else None)
        if q is None:
            continue
        used.add(q.id)
        t.n["matched_quotes"] += 1
        speaker = (names.get(q.speaker_actor_id or ""), q.speaker.text if q.speaker else None,
                   q.speaker_described.text if q.speaker_described else None)
        if sources.same(g["speaker"], speaker):
            t.n["speaker_ok"] += 1
        else:
            t.n["speaker_err_other" if any(speaker) else "speaker_err_none"] += 1
            kind = mention_kind(q.speaker.text if q.speaker else None, q.speaker_described is not None)
            t.n[f"speaker_err_mention_{kind}"] += 1
            forms = sources.aliases.get(g["speaker"]) or {g["speaker"], *g["speaker"].split()[-1:]}
            t.n[f"speaker_err_gold_{where_named(an, q.sentence, forms)}"] += 1


def _count_source_error(t: Tally, an: Analysis, fig: Figure, gold: str, sources: Sources) -> None:
    """The kind of a figure-source error, in places only (no text): where the right body is
    named, and where the body the figure was credited to is."""
    if gold != "outlet":
        t.n[f"source_err_gold_{where_named(an, fig.sentence, sources.aliases.get(gold, {gold}))}"] += 1
    if fig.attribution != "unattributed":
        t.n[f"source_err_credited_at_{credited_place(an, fig.sentence, fig.attribution)}"] += 1


def _score_accounts(t: Tally, an: Analysis, gold: dict[str, Any]) -> None:
    text = an.article.text
    for g in gold.get("claims", []):
        span = find_span(text, g["text"])
        t.n["gold_claims"] += 1
        if span is None:
            continue
        quotes = [q for q in an.quotes if overlap((q.start, q.end), span)]
        events = [e for e in an.events if overlap((e.start, e.end), span)]
        if not quotes and not events:
            continue
        t.n["found_claims"] += 1
        if g["stance"] == "denies":
            t.n["found_denials"] += 1
            t.n["denials_marked"] += (any(e.stance in DENIAL_STANCES for e in events)
                                      or any(q.stance in DENIAL_STANCES for q in quotes))


def label_side(an: Analysis, spans: list[tuple[int, int]]) -> str:
    """The party a gold framing label frames: the country of the first actor the article's
    analysis finds named in the label (a mention overlapping it, in text order, that resolves to
    an actor with a country, a name or a people's adjective before any other phrase: "Hamas-run"
    -> Hamas -> PSE, "Israeli airstrike" -> ISR, "Kyiv regime" -> UKR, "Kremlin-backed governor"
    -> the Kremlin -> RUS, whoever the governor is); ``none`` when the label names no party
    ("alleged strike")."""
    countries = {a.id: a.country for a in an.actors if a.country}
    mentions = sorted(an.mentions, key=lambda m: (m.start, -m.end))
    for span in spans:
        # a name in the label first ("Kremlin" in "Kremlin-backed governor"), then any phrase
        for named in (True, False):
            for m in mentions:
                country = countries.get(m.actor_id or "")
                if country and (m.kind in ("name", "demonym") or not named) and overlap(span, (m.start, m.end)):
                    return country.lower()
    return NO_SIDE


def _score_framing(t: Tally, an: Analysis, gold: dict[str, Any]) -> None:
    text = an.article.text
    marks = [(m.start, m.end) for m in an.framing if m.voice == "outlet"]
    for label in gold.get("framing", []):
        spans = all_spans(text, label)
        found = any(overlap(s, m) for s in spans for m in marks)
        side = label_side(an, spans)
        t.n["gold_labels"] += 1
        t.n["labels_found"] += found
        t.n[f"gold_labels_side_{side}"] += 1
        t.n[f"labels_found_side_{side}"] += found


def side_metrics(t: Tally) -> dict[str, float]:
    """framing_recall_side_<party> for every party the gold's labels frame, and
    framing_side_gap: the largest difference between the recalls of parties with at least
    MIN_SIDE_LABELS labels (labels that name no party are reported, not compared)."""
    sides = sorted(k.removeprefix("gold_labels_side_") for k in t.n if k.startswith("gold_labels_side_"))
    out = {f"framing_recall_side_{s}": t.ratio(f"labels_found_side_{s}", f"gold_labels_side_{s}") for s in sides}
    compared = [out[f"framing_recall_side_{s}"] for s in sides
                if s != NO_SIDE and t.n[f"gold_labels_side_{s}"] >= MIN_SIDE_LABELS]
    out["framing_side_gap"] = max(compared) - min(compared) if compared else 0.0
    return out


def _thread_metrics(t: Tally, threads: dict[str, str], members: dict[str, list[tuple[str, str]]]) -> tuple[float, float]:
    if not t.killed:
        return 0.0, 0.0
    by_thread = Counter(threads[fid] for _, fid in t.killed if fid in threads)
    if not by_thread:
        return 1 / len(t.killed), 0.0
    best, count = by_thread.most_common(1)[0]
    ours = {fid for _, fid in t.killed}
    in_scope = [fid for aid, fid in members[best] if aid in t.articles]
    return count / len(t.killed), sum(fid in ours for fid in in_scope) / len(in_scope)


def _metrics(t: Tally, threads: dict[str, str], members: dict[str, list[tuple[str, str]]]) -> dict[str, float]:
    completeness, purity = _thread_metrics(t, threads, members)
    return {
        "figures_recall": t.ratio("matched_figures", "gold_figures"),
        "figure_precision": t.ratio("casualty_matched", "casualty_figures"),
        "figure_source_accuracy": t.ratio("source_ok", "matched_figures"),
        "qualifier_accuracy": t.ratio("qualifier_ok", "matched_figures"),
        "measure_accuracy": t.ratio("measure_ok", "matched_figures"),
        "negated_false_claims": float(t.n["negated_kept"]),
        "incident_thread_completeness": completeness,
        "incident_thread_purity": purity,
        "quote_recall": t.ratio("matched_quotes", "gold_quotes"),
        "speaker_accuracy": t.ratio("speaker_ok", "matched_quotes"),
        "claim_recall": t.ratio("found_claims", "gold_claims"),
        "denial_accuracy": t.ratio("denials_marked", "found_denials"),
        "framing_recall": t.ratio("labels_found", "gold_labels"),
        **side_metrics(t),
    }


def analyse_and_build(articles: list[Article], pipeline: Pipeline) -> tuple[list[Analysis], dict[str, str]]:
    """Analyse the articles, store them in a fresh database, build the ledger; the analyses and
    the claim thread of every figure kept as a claim."""
    analyses = [a for a in pipeline.analyze_many(articles, n_process=1) if isinstance(a, Analysis)]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "claims.db") as store:
        for an in analyses:
            store.add(an)
        build_ledger(store)
        rows = store.conn.execute("SELECT figure_id, thread_id FROM claim_thread_claims").fetchall()
        threads = {str(r[0]): str(r[1]) for r in rows}
    return analyses, threads


def evaluate(gold_dir: Path, pipeline: Pipeline, limit: int | None = None) -> EvalResult:
    """Score the claim ledger against an analyst's reading of one incident."""
    gold = json.loads((gold_dir / "gold.json").read_text(encoding="utf-8"))
    by_id = {a["id"]: a for a in gold["articles"]}
    articles = [a for a in read_jsonl(gold_dir / "articles.jsonl")
                if isinstance(a, Article) and a.external_id in by_id][:limit]
    analyses, threads = analyse_and_build(articles, pipeline)
    sources = Sources(gold.get("sources", {}))
    figure_article = {f.id: an.article.id for an in analyses for f in an.figures}
    members: dict[str, list[tuple[str, str]]] = {}
    for fid, tid in threads.items():
        members.setdefault(tid, []).append((figure_article.get(fid, ""), fid))
    tallies = {"all": Tally(), "tune": Tally(), "check": Tally()}
    kept = set(threads)
    vague = packaged_vague_pattern()
    for an in analyses:
        g = by_id[an.article.external_id or ""]
        for t in (tallies["all"], tallies[half(g["id"])]):
            t.articles.add(an.article.id)
            _score_figures(t, an, g, sources, kept, vague)
            _score_quotes(t, an, g, sources)
            _score_accounts(t, an, g)
            _score_framing(t, an, g)
    metrics = _metrics(tallies["all"], threads, members)
    for name in ("tune", "check"):
        metrics.update({f"{k}_{name}": v for k, v in _metrics(tallies[name], threads, members).items()})
    details = {"counts": {k: dict(t.n) for k, t in tallies.items()},
               "halves": {k: sorted(a["id"] for a in gold["articles"] if half(a["id"]) == k)
                          for k in ("tune", "check")}}
    return EvalResult(task="claims", metrics=metrics, n_docs=len(analyses), gold_path=str(gold_dir),
                      details=details)
