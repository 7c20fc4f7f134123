"""The ledger's answers as tables for the command line (``newsledger ledger ...``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..storage.query import Table
from .types import ActorProfile, Claim, ClaimThread, LedgerEvent, LedgerSummary, OutletProfile


def _num(v: float) -> str:
    return f"{v:g}"


def _value(low: float, high: float) -> str:
    return _num(low) if low == high else f"{_num(low)}-{_num(high)}"


def events_table(events: Sequence[LedgerEvent]) -> Table:
    """One row per ledger event."""
    cols = ("id", "date", "type", "source", "target", "place", "mentions", "outlets", "matched")
    rows = tuple(
        (e.id, e.date_start if e.date_start == e.date_end else f"{e.date_start}..{e.date_end}",
         e.plover, "; ".join(e.source_names), "; ".join(e.target_names), e.place, e.n_mentions,
         "; ".join(e.outlets), ",".join(e.why.fields) or "single")
        for e in events)
    return Table(columns=cols, rows=rows)


def mentions_table(events: Sequence[LedgerEvent]) -> Table:
    """One row per mention of each ledger event."""
    cols = ("ledger_event_id", "type", "outlet", "published", "modality", "stance", "claimed_by", "source",
            "predicate", "target", "article_id", "sentence", "start", "end", "matched")
    rows = tuple(
        (e.id, m.plover, m.outlet, m.published, m.modality, m.stance, m.claimed_by_name or m.claimed_by,
         m.source.text if m.source else None, m.predicate.text, m.target.text if m.target else None,
         m.article_id, m.sentence, m.start, m.end, ",".join(m.matched))
        for e in events for m in e.mentions)
    return Table(columns=cols, rows=rows)


def _source_label(c: Claim) -> str:
    """The source as written, with the actor it was resolved to when that says more."""
    name = c.attribution_name
    if name and name.lower() not in c.attribution.lower():
        return f"{c.attribution} [{name}]"
    return c.attribution


def claims_table(threads: Sequence[ClaimThread]) -> Table:
    """One row per claim, grouped by thread: who says how many, citing whom, and its role."""
    cols = ("thread_id", "measure", "group", "place", "published", "outlet", "qualifier", "value",
            "source", "role", "spread", "series", "text")
    rows = tuple(
        (t.id, t.measure, t.group, t.place, c.published, c.outlet, c.qualifier,
         _value(c.value_low, c.value_high), _source_label(c),
         f"{c.role} (identity disputed: counted as {c.counted_as})" if c.counted_as else c.role,
         _value(t.spread.low, t.spread.high), "yes" if t.series else "no", c.text)
        for t in threads for c in t.claims)
    return Table(columns=cols, rows=rows)


def outlets_table(profiles: Sequence[OutletProfile]) -> Table:
    cols = ("outlet", "articles", "events", "events_unattributed", "figures", "figures_unattributed",
            "quotes", "framing_marks", "ledger_events", "shared_events", "top_framing", "most_quoted")
    rows = tuple(
        (p.outlet, p.articles, p.events, f"{p.events_unattributed_share:.0%}", p.figures,
         f"{p.figures_unattributed_share:.0%}", p.quotes, p.framing_marks, p.ledger_events,
         p.shared_ledger_events,
         "; ".join(f"{f.text} ({f.kind}{' of ' + f.referent_name if f.referent_name else ''}) x{f.n}"
                   for f in p.framing_by_referent[:3]),
         "; ".join(f"{s.name} x{s.quotes + s.figures_cited}" for s in p.quoted[:3]))
        for p in profiles)
    return Table(columns=cols, rows=rows)


def outlet_detail_table(p: OutletProfile) -> Table:
    """One outlet's profile as rows of (section, item, detail, count)."""
    rows: list[tuple[Any, ...]] = [
        ("summary", "articles", f"{p.first_published} to {p.last_published}", p.articles),
        ("summary", "events unattributed", f"{p.events_unattributed_share:.0%} of {p.events}",
         p.events_unattributed),
        ("summary", "figures unattributed", f"{p.figures_unattributed_share:.0%} of {p.figures}",
         p.figures_unattributed),
        ("summary", "ledger events shared with other outlets", f"of {p.ledger_events}",
         p.shared_ledger_events),
    ]
    rows += [("framing by kind", k.kind, f"{k.quoted} inside quotes", k.outlet_voice + k.quoted)
             for k in p.framing_by_kind]
    rows += [("framing by referent", f.text, f"{f.kind}, {f.voice}"
              + (f", of {f.referent_name}" if f.referent_name else ""), f.n)
             for f in p.framing_by_referent]
    rows += [("quotes and cites", s.name, f"{s.quotes} quotes, {s.figures_cited} figures",
              s.quotes + s.figures_cited) for s in p.quoted]
    rows += [("names as actor", a.name, f"{a.as_source} as source, {a.as_target} as target",
              a.as_source + a.as_target) for a in p.actors]
    return Table(columns=("section", "item", "detail", "count"), rows=tuple(rows))


def actor_table(p: ActorProfile) -> Table:
    """An actor's profile as rows of (section, date, outlet, item, detail)."""
    rows: list[tuple[Any, ...]] = [
        ("actor", None, None, p.actor.name, f"{p.actor.id} {p.actor.code} ({p.actor.type})"),
        ("counts", None, None, "mentions", p.mentions),
        ("counts", None, None, "said (quotes)", p.n_said),
        ("counts", None, None, "did (event mentions as source)", f"{p.n_did} in {p.n_ledger_did} ledger events"),
        ("counts", None, None, "suffered (event mentions as target)",
         f"{p.n_suffered} in {p.n_ledger_suffered} ledger events"),
        ("counts", None, None, "claimed (figures citing it)", p.n_claimed),
        ("counts", None, None, "denied (quotes and event mentions)", p.n_denied),
    ]
    rows += [("name", None, n.outlet, n.text, n.n) for n in p.names]
    rows += [("label", None, f.outlet, f.text, f"{f.kind}, {f.voice}, x{f.n}") for f in p.labels]
    rows += [("said", q.published, q.outlet, q.kind, q.content) for q in p.said]
    rows += [("did", e.date_start, "; ".join(e.outlets), e.plover,
              "target: " + ("; ".join(e.target_names) or "-")) for e in p.did]
    rows += [("suffered", e.date_start, "; ".join(e.outlets), e.plover,
              "source: " + ("; ".join(e.source_names) or "-")) for e in p.suffered]
    rows += [("claimed", c.published, c.outlet, f"{c.measure or c.unit or ''}",
              f"{c.qualifier + ' ' if c.qualifier else ''}{_value(c.value_low, c.value_high)}: {c.text}")
             for c in p.claimed]
    return Table(columns=("section", "date", "outlet", "item", "detail"), rows=tuple(rows))


def summary_table(s: LedgerSummary) -> Table:
    rows = tuple((k, v) for k, v in s.to_dict().items() if k != "config")
    return Table(columns=("ledger", "value"), rows=rows)
