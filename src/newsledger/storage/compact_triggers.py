"""Shorter triggers (SQLite, migration ``VERSION``): the INSTEAD OF triggers that keep the views
``mentions``, ``quotes`` and ``events`` writable (migrations 10, 11 and 13) declared again with
shorter SQL that does the same. Their text is kept in ``sqlite_schema`` and was its largest part
(40 triggers, 66 KB of the 116 KB of SQL an empty store holds; SQLite also parses it when a
connection first reads the schema). Two things made it long:

- a stored id (``compact.id_key_sql``): each of its 12 digits read from the public id wrapped
  in the CASE that writes a number as text (``as_text_sql``), and valued as ``(instr(...) - 1) *
  16^k``. Only text matches the pattern an id's digits are read under, so the digits are read
  from the id itself, and valued as ``instr`` in the digits after ``0`` shifted into place
  (``compact.short_key_sql``): the same integer;
- an update deleted the old row and inserted the new one with the whole insert body again:
  it inserts the new row through the view now (its insert trigger, as figures' and framing
  marks' updates have done since migration 14), with the same checks and defaults.

The triggers keep their names; nothing else changes. PostgreSQL has no such triggers.
"""

from __future__ import annotations

from . import compact, compact_events, compact_quotes
from .compact_layout import short_key
from .rows import quoted

VERSION = 16  # one place: the lead renumbers at merge

_MENTION_COLUMNS = ("id", "article_id", "sentence", "start", "end", "text", "label", "kind", "confidence",
                    "actor_id")
MENTION_AGAIN = (f"\n    INSERT INTO mentions({', '.join(quoted(c) for c in _MENTION_COLUMNS)})"
                  f" VALUES ({', '.join('NEW.' + quoted(c) for c in _MENTION_COLUMNS)});")


def _drop(view: str) -> str:
    return "".join(f"DROP TRIGGER {view}_{what};\n" for what in ("insert", "delete", "update"))


_MENTIONS = compact.instead_of_sql("mentions", compact.insert_body(compact.short_key_sql), compact.delete_body(compact.short_key_sql),
                                   compact.delete_body(compact.short_key_sql) + MENTION_AGAIN)
_QUOTES = compact.instead_of_sql("quotes", compact_quotes.LAYOUT.insert_body(short_key),
                                 compact_quotes.LAYOUT.delete_body(short_key),
                                 compact_quotes.LAYOUT.delete_body(short_key) + compact_quotes.LAYOUT.insert_again())
_EVENTS = compact_events.instead_of_triggers(short_key, compact_events.LAYOUT.insert_again())

MIGRATION_SQL = (_drop("mentions") + _MENTIONS + "\n" + _drop("quotes") + _QUOTES + "\n" + _drop("events")
                 + _EVENTS)
DESCRIPTION = (
    "shorter triggers (SQLite): the INSTEAD OF triggers of the views `mentions`, `quotes` and `events` declared"
    " again with shorter SQL that does the same (a stored id's digits read from the id itself; an update inserts"
    " its new row through the view). Nothing else changes; PostgreSQL has no such triggers")
