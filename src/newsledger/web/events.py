"""The events page: ledger events ordered by how many outlets report them (or newest first).

The ledger's own query (``ledger.ledger_events``) lists events newest first; the page a
fact-checker opens first leads with what most outlets report, so the ordering is done here, on
the same table and with the same filters, and the events are loaded with the ledger's loader.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..ledger.read import ledger_event_filter, load_events
from ..ledger.status import require_ledger
from ..records import Record
from ..storage.store import Store
from .charts import (
    ASSERTED,
    Cell,
    FieldItem,
    TableView,
    actor_href,
    article_href,
    outlet_href,
    stance_of,
)

if TYPE_CHECKING:
    from ..ledger import LedgerEvent, LedgerMention

SORTS = {
    "outlets": "le.n_outlets DESC, le.n_articles DESC, le.n_mentions DESC, le.date_start DESC, le.id",
    "newest": "le.date_start DESC, le.n_outlets DESC, le.id",
}
DEFAULT_SORT = "outlets"


def sorted_events(store: Store, *, actor: str | None = None, type: str | None = None,
                  outlet: str | None = None, since: str | None = None, until: str | None = None,
                  min_outlets: int = 1, sort: str = DEFAULT_SORT, limit: int = 25, offset: int = 0,
                  max_mentions: int = 200, role: str | None = None) -> list[LedgerEvent]:
    """Ledger events matching the filters (as ``ledger.ledger_events`` reads them), by ``sort``
    ("outlets": most outlets first; "newest")."""
    require_ledger(store)
    where, params = ledger_event_filter(actor=actor, type=type, since=since, until=until, role=role,
                                        outlet=outlet, min_outlets=min_outlets)
    order = SORTS.get(sort, SORTS[DEFAULT_SORT])
    rows = store.conn.execute(f"SELECT * FROM ledger_events le{where} ORDER BY {order} LIMIT ? OFFSET ?",
                              [*params, int(limit), int(offset)]).fetchall()
    return load_events(store.conn, rows, max_mentions)


def count_events(store: Store, *, actor: str | None = None, type: str | None = None,
                 outlet: str | None = None, since: str | None = None, until: str | None = None,
                 min_outlets: int = 1, role: str | None = None) -> int:
    """How many ledger events pass the filters (as :func:`sorted_events` reads them)."""
    require_ledger(store)
    where, params = ledger_event_filter(actor=actor, type=type, since=since, until=until, role=role,
                                        outlet=outlet, min_outlets=min_outlets)
    return int(store.conn.execute(f"SELECT COUNT(*) FROM ledger_events le{where}", params).fetchone()[0])


# -- the view ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class LedgerEventView(Record):
    id: str
    title: str
    facts: tuple[FieldItem, ...]
    table: TableView
    n_outlets: int = 0


def mention_stance(m: LedgerMention) -> str:
    """A report's stance: the record's ``stance`` when the store has one, else its modality
    when that says more than "asserted" (negated, hypothetical ...)."""
    stance = stance_of(m)
    return stance if stance != ASSERTED else (m.modality or ASSERTED)


def event_rows(event: LedgerEvent) -> list[tuple[Cell, ...]]:
    rows: list[tuple[Cell, ...]] = []
    for m in event.mentions:
        claimant = "the outlet" if m.claimed_by == "outlet" else (m.claimed_by_name or m.claimed_by)
        stance = mention_stance(m)
        rows.append((
            Cell((m.published or "")[:10] or "undated"),
            Cell(m.outlet or "", outlet_href(m.outlet)),
            Cell(claimant, None if m.claimed_by == "outlet" else actor_href(m.claimed_by)),
            Cell(stance, badge=None if stance == ASSERTED else stance),
            Cell(" ".join(x for x in (m.source.text if m.source else "", m.predicate.text,
                                      m.target.text if m.target else "") if x),
                 article_href(m.article_id, m.event_id), note=m.text),
            Cell(", ".join(m.matched) or ("first report" if m.position == 0 else ""), note=m.link_note),
        ))
    return rows


def ledger_event_table(event: LedgerEvent) -> TableView:
    return TableView(title="", columns=("Published", "Outlet", "Claimed by", "Stance", "Reported as",
                                        "Matched on"),
                     rows=tuple(event_rows(event)), numeric=(False,) * 6)


def event_facts(event: LedgerEvent) -> tuple[FieldItem, ...]:
    def links(names: tuple[str, ...], ids: tuple[str, ...]) -> tuple[Cell, ...]:
        return tuple(Cell(n, actor_href(i)) for n, i in zip(names, ids, strict=False))

    why = event.why
    denied = sum(1 for m in event.mentions if mention_stance(m) != ASSERTED)
    facts = (
        FieldItem("Reported by", f"{event.n_outlets} outlet(s), {event.n_articles} article(s), "
                                 f"{event.n_mentions} report(s)"
                                 + (f"; {denied} not asserted (denied, negated ...)" if denied else "")),
        FieldItem("Sources", "", links=links(event.source_names, event.source_actor_ids))
        if event.source_actor_ids else None,
        FieldItem("Targets", "", links=links(event.target_names, event.target_actor_ids))
        if event.target_actor_ids else None,
        FieldItem("Outlets", "", links=tuple(Cell(o, outlet_href(o)) for o in event.outlets)),
        FieldItem("CAMEO", event.cameo) if event.cameo else None,
        FieldItem("Why linked", "; ".join(x for x in (why.type, why.actors, why.date,
                                                      f"place: {why.place}" if why.place else "")
                                          if x)),
    )
    return tuple(f for f in facts if f is not None)


def ledger_event_view(event: LedgerEvent) -> LedgerEventView:
    days = event.date_start or "undated"
    if event.date_end and event.date_end != event.date_start:
        days = f"{event.date_start} to {event.date_end}"
    title = " · ".join(x for x in (event.plover, days, event.place) if x)
    return LedgerEventView(id=event.id, title=title, facts=event_facts(event),
                           table=ledger_event_table(event), n_outlets=event.n_outlets)
