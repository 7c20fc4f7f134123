"""Numbers on a grid stored as small integers (SQLite, from schema 18): a REAL value that is a
whole number of hundredths (a confidence of 0.85, 0.9, 1.0 ...) is stored as that number of
hundredths, an INTEGER (1 byte up to 127, 2 up to 32767; a REAL takes 8 unless it is a whole
number), and read back as ``k / 100.0``, the very float it was: IEEE division is correctly
rounded, so ``k / 100.0`` is the double nearest to k hundredths, which is the value a writer gave
when it is on the grid (the test ``k / 100.0 = x`` decides that, exactly). Any other value is
stored as given (a REAL off the grid stays REAL; SQLite's types are per value), so the stored
column has no type: a REAL column would turn the integer back into a REAL.

``stored`` and ``public`` are the conversion in Python (a bulk writer's rows, one article's rows
read back), ``stored_sql`` and ``public_sql`` in SQL (the triggers and the migration, the view).
A value that came in as an INTEGER is a REAL in the public column (REAL affinity made it one):
it is stored as its hundredths too, or as a REAL. The column stores no text a writer gives as a
number: a REAL column made a numeric text a REAL, here it stays text (no writer of newsledger
gives one).
"""

from __future__ import annotations

import math
import sqlite3
from typing import Any

SCALE = 100  # hundredths
_LIMIT = 2 ** 53 // SCALE  # beyond: hundredths not exact in a double; stored as given


def stored(value: Any) -> Any:
    """The stored form of a public REAL ``value``: its hundredths if it is on the grid."""
    if isinstance(value, int):  # bool too: SQLite binds it as an integer
        value = float(value)
    if type(value) is not float or not math.isfinite(value) or abs(value) >= _LIMIT:
        return value
    k = round(value * SCALE)
    return k if k / SCALE == value else value


def public(value: Any) -> Any:
    """The public value of a stored one (``stored``'s inverse)."""
    return value / SCALE if type(value) is int else value


def stored_sql(expr: str) -> str:
    """``stored`` in SQL."""
    x = f"CAST({expr} AS REAL)"
    k = f"CAST(round({x} * {SCALE}) AS INTEGER)"
    return (f"CASE WHEN typeof({expr}) IN ('integer', 'real') AND abs({expr}) < {_LIMIT} AND {k} / {SCALE}.0 = {x}"
            f" THEN {k} WHEN typeof({expr}) = 'integer' THEN {x} ELSE {expr} END")


def public_sql(expr: str) -> str:
    """``public`` in SQL (the view's column)."""
    return f"CASE WHEN typeof({expr}) = 'integer' THEN {expr} / {SCALE}.0 ELSE {expr} END"


def on_grid(conn: sqlite3.Connection, table: str, column: str) -> bool:
    """Whether ``table`` stores ``column`` on the grid (schema 18: the column has no type)."""
    for row in conn.execute(f"PRAGMA table_info({table})"):
        if row[1] == column:
            return not row[2]
    return False
