"""Database connections: one interface over SQLite files and PostgreSQL servers.

The store and every module reading it (query, ledger, exports, web, batch) run SQL through
``store.conn``, written once, in SQLite's dialect with ``?`` placeholders. For a SQLite file
``conn`` is the ``sqlite3.Connection`` itself: nothing in between, nothing slower. For a
``postgresql://`` URL it is a ``PgConnection`` over psycopg 3 with the same calls
(``execute``, ``executemany``, ``executescript``, ``commit``, ``with conn:`` for one
transaction, rows readable by position and by column name), which rewrites each distinct
statement once (``to_postgres``): ``?`` placeholders become ``%s``; ``LIKE`` becomes ``ILIKE``
(SQLite's LIKE ignores ASCII case; so does ILIKE over the store's "C"-collated text columns);
and ORDER BY terms get SQLite's NULL order (first when ascending, last when descending).
Everything else the shared SQL uses is valid in both dialects (ON CONFLICT upserts, CASE,
COALESCE, substr, string concatenation ...); what is not (DDL, full-text search) is chosen by
the connection's ``dialect``.

PostgreSQL's columns are typed (dates, times with zone, booleans, JSON: ``column_types``,
migration 8) where SQLite has TEXT and INTEGER; the connection hands their values back as
SQLite does (``values_as_sqlite``: ISO text, 1 and 0, the JSON text), so the code above reads
one kind of value from both. A server answering many requests takes its connections from a
``PgPool`` (psycopg-pool) rather than opening one each.

psycopg is imported only when a PostgreSQL URL is opened.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ..errors import StoreError

SQLITE, POSTGRESQL = "sqlite", "postgresql"
URL_SCHEMES = ("postgresql://", "postgres://")

# SQLSTATEs worth retrying a whole transaction for (another writer got in the way)
RETRYABLE_SQLSTATES = frozenset({"40001", "40P01"})  # serialization failure, deadlock detected


class DatabaseError(Exception):
    """An error from the PostgreSQL server or driver, with its SQLSTATE code (None if unknown)."""

    def __init__(self, message: str, sqlstate: str | None = None) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


class IntegrityError(DatabaseError):
    """A constraint (primary key, foreign key, check, not null) was violated."""


# Catch these around database work, whichever the backend.
ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, DatabaseError)
INTEGRITY_ERRORS: tuple[type[Exception], ...] = (sqlite3.IntegrityError, IntegrityError)


def is_url(target: object) -> bool:
    """True when ``target`` names a PostgreSQL database (a postgresql:// URL), not a file."""
    return isinstance(target, str) and target.lower().startswith(URL_SCHEMES)


def dialect_of(target: object) -> str:
    return POSTGRESQL if is_url(target) else SQLITE


def display_name(target: object) -> str:
    """``target`` fit for messages and logs: a URL's password is replaced by ``***``."""
    text = str(target)
    if not is_url(text):
        return text
    parts = urlsplit(text)
    if parts.password is None:
        return text
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def is_retryable(exc: BaseException) -> bool:
    """A deadlock or serialization failure: the transaction may simply be run again."""
    return isinstance(exc, DatabaseError) and exc.sqlstate in RETRYABLE_SQLSTATES


# -- SQL rewriting (SQLite dialect -> PostgreSQL) ------------------------------------------------

_TOKEN = re.compile(r"""(?P<str>'(?:[^']|'')*')|(?P<qid>"(?:[^"]|"")*")|(?P<comment>--[^\n]*)"""
                    r"""|(?P<word>[A-Za-z_][A-Za-z_0-9$]*)|(?P<space>\s+)|(?P<num>[0-9]+(?:\.[0-9]+)?)"""
                    r"""|(?P<other>.)""", re.DOTALL)
# words that end an ORDER BY clause
_ORDER_END = frozenset({"LIMIT", "OFFSET", "FETCH", "FOR", "UNION", "INTERSECT", "EXCEPT", "WINDOW",
                        "ROWS", "RANGE", "GROUPS", "RETURNING", "ON"})


@lru_cache(maxsize=2048)
def to_postgres(sql: str, with_params: bool = True) -> str:
    """``sql`` (SQLite dialect) as PostgreSQL: ``?`` placeholders as ``%s`` (and ``%`` as
    ``%%`` when parameters are passed), ``LIKE`` as ``ILIKE``, and every ORDER BY term without
    NULLS FIRST/LAST given SQLite's order (NULLs first ascending, last descending). String
    literals, quoted names and comments are otherwise left as they are."""
    toks = [[m.lastgroup or "other", m.group(0)] for m in _TOKEN.finditer(sql)]
    for t in toks:
        kind, text = t
        if with_params and "%" in text:  # psycopg reads % everywhere, in literals too
            t[1] = text = text.replace("%", "%%")
        if kind == "other" and text == "?":
            t[1] = "%s"
        elif kind == "word" and text.upper() == "LIKE":
            t[1] = "ILIKE"
    for i, suffix in _null_orders(toks):
        toks[i][1] += suffix
    return "".join(t[1] for t in toks)


def _null_orders(toks: list[list[str]]) -> list[tuple[int, str]]:
    """(token index, NULLS clause to append) for every ORDER BY term that has none."""
    out: list[tuple[int, str]] = []
    sig = [i for i, t in enumerate(toks) if t[0] not in ("space", "comment")]
    k = 0
    while k < len(sig) - 1:
        i = sig[k]
        if not (toks[i][0] == "word" and toks[i][1].upper() == "ORDER"
                and toks[sig[k + 1]][1].upper() == "BY"):
            k += 1
            continue
        k += 2
        depth = 0
        last: int | None = None  # the last token of the current term
        has_nulls = False
        while k < len(sig):
            kind, text = toks[sig[k]]
            up = text.upper()
            if text == "(":
                depth += 1
            elif text == ")":
                if depth == 0:
                    break
                depth -= 1
            elif depth == 0 and (text in (",", ";") or (kind == "word" and up in _ORDER_END)):
                _finish_term(toks, last, has_nulls, out)
                last, has_nulls = None, False
                if text != ",":
                    break
                k += 1
                continue
            if depth == 0 and kind == "word" and up == "NULLS":
                has_nulls = True
            last = sig[k]
            k += 1
        _finish_term(toks, last, has_nulls, out)
    return out


def _finish_term(toks: list[list[str]], last: int | None, has_nulls: bool,
                 out: list[tuple[int, str]]) -> None:
    if last is not None and not has_nulls:
        desc = toks[last][0] == "word" and toks[last][1].upper() == "DESC"
        out.append((last, " NULLS LAST" if desc else " NULLS FIRST"))


def _nulls_first(m: re.Match[str]) -> str:
    cols = ", ".join(f"{c.strip()} NULLS FIRST" for c in m.group(2).split(","))
    return f"{m.group(1)}({cols})"


def postgres_ddl(sql: str) -> str:
    """SQLite DDL as PostgreSQL DDL: the same statements, with TEXT as TEXT COLLATE "C" (byte
    order and ASCII-only case folding, as in SQLite), REAL as DOUBLE PRECISION, and index keys
    sorting NULLs first (SQLite's order, which the queries' ORDER BY asks for: see to_postgres)."""
    sql = re.sub(r"\bTEXT\b", 'TEXT COLLATE "C"', sql)
    sql = re.sub(r"\bREAL\b", "DOUBLE PRECISION", sql)
    return re.sub(r"(CREATE (?:UNIQUE )?INDEX [^;]*? ON \w+)\(([^)]*)\)", _nulls_first, sql)


def explain(exc: Exception) -> str:
    """The database's message with what to do about the usual causes."""
    msg = str(exc)
    state = getattr(exc, "sqlstate", None)
    if "locked" in msg or "busy" in msg or state == "55P03":
        return f"{msg} (another process is writing to it; nothing was written, try again)"
    if "full" in msg or state in ("53100", "53200"):
        return f"{msg} (free some disk space; nothing of this write was stored)"
    if "readonly" in msg or "read-only" in msg or state == "25006":
        return f"{msg} (the file or its directory is not writable)" if state is None else \
            f"{msg} (the database or this connection is read-only)"
    return msg


def dialect(conn: Any) -> str:
    """The dialect of a connection (a ``sqlite3.Connection`` or a ``PgConnection``)."""
    return str(getattr(conn, "dialect", SQLITE))


def table_exists(conn: Any, name: str) -> bool:
    """True when the database has a table (or view) called ``name``."""
    if dialect(conn) == POSTGRESQL:
        return bool(conn.execute("SELECT to_regclass(?) IS NOT NULL", (name,)).fetchone()[0])
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?",
                        (name,)).fetchone() is not None


# -- rows -----------------------------------------------------------------------------------------


class Row(tuple[Any, ...]):
    """A result row readable by position and by column name (case-insensitive), like
    ``sqlite3.Row``; ``dict(row)`` maps column names to values."""

    __slots__ = ()
    _names: tuple[str, ...] = ()
    _index: dict[str, int] = {}  # noqa: RUF012 - set per result shape by _row_class

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            try:
                i = self._index[key]
            except KeyError:
                try:
                    i = self._index[key.lower()]
                except KeyError:
                    raise IndexError(f"no such column: {key}") from None
            return tuple.__getitem__(self, i)
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


@lru_cache(maxsize=512)
def _row_class(names: tuple[str, ...]) -> type[Row]:
    index: dict[str, int] = {}
    for i, n in enumerate(names):
        index.setdefault(n, i)
        index.setdefault(n.lower(), i)
    return type("Row", (Row,), {"__slots__": (), "_names": names, "_index": index})


def _row_factory(cursor: Any) -> Any:
    desc = cursor.description
    if desc is None:
        return tuple
    cls = _row_class(tuple(d.name for d in desc))
    return cls


# -- PostgreSQL -----------------------------------------------------------------------------------


def _wrap(exc: Exception) -> DatabaseError:
    import psycopg

    sqlstate = getattr(exc, "sqlstate", None)
    msg = str(exc).strip() or type(exc).__name__
    if isinstance(exc, psycopg.IntegrityError):
        return IntegrityError(msg, sqlstate)
    return DatabaseError(msg, sqlstate)


class PgConnection:
    """A PostgreSQL connection with the subset of ``sqlite3.Connection`` newsledger uses.

    Statements outside ``with conn:`` run on their own (autocommit); ``with conn:`` runs its
    statements in one transaction, committed at the end or rolled back on an exception (a
    ``with`` inside another joins the outer transaction).
    """

    dialect = POSTGRESQL

    def __init__(self, url: str, *, readonly: bool = False, timeout: float = 30.0,
                 raw: Any = None, release: Callable[[Any], None] | None = None) -> None:
        """Connect to ``url``; or, given ``raw`` (a psycopg connection set up by ``configure``,
        e.g. from a ``PgPool``), use it, and give it to ``release`` when closed."""
        import psycopg

        self.url = url
        self._release = release
        self._pooled = release is not None
        if raw is None:
            try:
                raw = psycopg.connect(url, **connect_kwargs(readonly=readonly, timeout=timeout))
            except psycopg.Error as exc:
                raise _wrap(exc) from exc
            configure(raw)
        self.raw = raw
        self._depth = 0

    # sqlite3.Connection compatibility
    @property
    def in_transaction(self) -> bool:
        import psycopg

        return self.raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        try:
            return self.raw.execute(to_postgres(sql, params is not None), params)
        except Exception as exc:
            raise self._error(exc) from exc

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> Any:
        cur = self.raw.cursor()
        try:
            cur.executemany(to_postgres(sql, True), seq)
        except Exception as exc:
            raise self._error(exc) from exc
        return cur

    def copy_insert(self, table: str, columns: Sequence[str], key: Sequence[str],
                    rows: Iterable[Sequence[Any]], types: Sequence[str]) -> int:
        """Insert ``rows`` (tuples of ``columns``) into ``table`` through COPY, leaving rows whose
        key is already there as they are; returns how many were new. The rows are copied into a
        temporary table with the columns (and column types) of ``table``, then inserted in key
        order with ``ON CONFLICT DO NOTHING`` (COPY itself cannot skip a conflicting row). Runs
        inside the caller's transaction. (``types``, the columns' SQL types, is not needed: the
        server reads each copied value as its column's type.)"""
        del types
        tmp = f"nl_copy_{table}"
        names = ", ".join(f'"{c}"' for c in columns)
        cur = self.raw.cursor()
        try:
            # made in the transaction that first needs it (and gone with it if that rolls back)
            cur.execute(f"CREATE TEMP TABLE IF NOT EXISTS {tmp} AS SELECT {names} FROM {table} WITH NO DATA")
            cur.execute(f"TRUNCATE {tmp}")
            with cur.copy(f"COPY {tmp} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            order = ", ".join(f'"{c}"' for c in key)
            cur.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {tmp} ORDER BY {order}"
                        " ON CONFLICT DO NOTHING")
            return max(cur.rowcount, 0)
        except Exception as exc:
            raise self._error(exc) from exc

    def executescript(self, script: str) -> Any:
        """Run several statements (no parameters) in one round trip."""
        return self.execute(script, None)

    def commit(self) -> None:
        if self.in_transaction:
            self.execute("COMMIT")
            if self._depth:
                self.execute("BEGIN")

    def rollback(self) -> None:
        if self.in_transaction:
            self.execute("ROLLBACK")
            if self._depth:
                self.execute("BEGIN")

    def close(self) -> None:
        """Close the connection, or give it back to its pool (rolled back if in a transaction)."""
        if not self._pooled:
            self.raw.close()
            return
        release, self._release = self._release, None
        if release is None:  # given back already
            return
        if self.in_transaction:
            self._quiet_rollback()
        self._depth = 0
        release(self.raw)

    def __enter__(self) -> PgConnection:
        if self._depth == 0 and not self.in_transaction:
            self.execute("BEGIN")
        self._depth += 1
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self._depth -= 1
        if self._depth:
            return
        if not self.in_transaction:
            return
        if exc_type is None:
            try:
                self.execute("COMMIT")
            except DatabaseError:
                self._quiet_rollback()
                raise
        else:
            self._quiet_rollback()

    def _quiet_rollback(self) -> None:
        try:
            self.raw.execute("ROLLBACK")
        except Exception:  # the connection may be gone; the server rolls back by itself
            pass

    def _error(self, exc: Exception) -> Exception:
        import psycopg

        if isinstance(exc, psycopg.Error):
            return _wrap(exc)
        return exc


def connect_kwargs(*, readonly: bool = False, timeout: float = 30.0) -> dict[str, Any]:
    """How newsledger connects to PostgreSQL (``psycopg.connect`` keyword arguments): statements
    on their own unless in ``with conn:`` (autocommit), a lock wait that gives up after
    ``timeout`` like SQLite's busy timeout, times in UTC and ISO dates."""
    options = "-c default_transaction_read_only=on " if readonly else ""
    options += f"-c lock_timeout={int(timeout * 1000)} -c TimeZone=UTC -c DateStyle=ISO"
    return {"autocommit": True, "connect_timeout": max(int(timeout), 2), "options": options,
            "application_name": "newsledger"}


def configure(conn: Any) -> None:
    """Set up a psycopg connection to give rows and values as SQLite does (see ``values_as_sqlite``)."""
    conn.row_factory = _row_factory
    values_as_sqlite(conn)


def values_as_sqlite(conn: Any) -> None:
    """Values as SQLite gives them, whatever PostgreSQL type their column has: numeric as int or
    float (not Decimal); booleans as 1 and 0; dates as ISO text (``2024-03-05``) and times
    with a zone as ISO text in UTC (``2024-03-05T10:00:00+00:00``, as the store writes them);
    ``json`` as its text, as stored; ``jsonb`` as ``json.dumps`` writes it (the text the store
    wrote: jsonb keeps a list's order but not its spacing). Bool parameters go as 1 and 0 typed
    by their place, so they fit INTEGER and BOOLEAN columns alike."""
    from psycopg.adapt import Dumper, Loader
    from psycopg.types.datetime import TimestamptzLoader

    class NumericLoader(Loader):
        def load(self, data: Any) -> int | float:
            text = bytes(data).decode("ascii")
            if text.lstrip("-").isdigit():
                return int(text)
            return float(text)

    class BoolAsInt(Loader):
        def load(self, data: Any) -> int:
            return 1 if bytes(data) == b"t" else 0

    class TextOf(Loader):  # date (DateStyle ISO) and json: the text itself
        def load(self, data: Any) -> str:
            return bytes(data).decode("utf-8")

    class JsonbAsText(Loader):
        def load(self, data: Any) -> str:
            return json.dumps(json.loads(bytes(data)))

    class UtcText(TimestamptzLoader):
        def load(self, data: Any) -> str:
            return str(super().load(data).astimezone(UTC).isoformat())

    class BoolParam(Dumper):
        oid = 0  # unknown: the server reads '1' as the type of the column or operand

        def dump(self, obj: Any) -> bytes:
            return b"1" if obj else b"0"

    for name, loader in (("numeric", NumericLoader), ("bool", BoolAsInt), ("date", TextOf),
                         ("json", TextOf), ("jsonb", JsonbAsText), ("timestamptz", UtcText)):
        conn.adapters.register_loader(name, loader)
    conn.adapters.register_dumper(bool, BoolParam)


def connect_postgres(url: str, *, readonly: bool = False, timeout: float = 30.0) -> PgConnection:
    """Open ``url``, raising ``StoreError`` with the reason when the server cannot be reached."""
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise StoreError("PostgreSQL needs the psycopg package: pip install 'psycopg[binary]'") from exc
    try:
        return PgConnection(url, readonly=readonly, timeout=timeout)
    except DatabaseError as exc:
        name = display_name(url)
        if exc.sqlstate == "3D000" or re.search(r'database "[^"]*" does not exist', str(exc)):
            raise StoreError(f"database not found: {name} (create it first, e.g. createdb)") from exc
        raise StoreError(f"cannot connect to {name}: {exc}") from exc


class PgPool:
    """A bounded pool of connections to one PostgreSQL database (psycopg_pool), for a server
    answering many requests: ``connect()`` hands out a ``PgConnection`` that goes back to the
    pool when closed, so requests reuse at most ``max_size`` connections instead of opening
    one each. Connections are checked before they are handed out (a server restart does not
    break the next request) and rolled back if given back inside a transaction. Opened on
    creation; ``close()`` closes every connection."""

    def __init__(self, url: str, *, readonly: bool = False, max_size: int = 8, timeout: float = 30.0) -> None:
        try:
            from psycopg_pool import ConnectionPool
        except ImportError as exc:
            raise StoreError("a PostgreSQL pool needs the psycopg-pool package: pip install psycopg-pool") from exc
        self.url = url
        self.readonly = readonly
        self._pool = ConnectionPool(url, min_size=1, max_size=max_size, timeout=timeout,
                                    kwargs=connect_kwargs(readonly=readonly, timeout=timeout),
                                    configure=configure, check=ConnectionPool.check_connection,
                                    name=f"newsledger{'-readonly' if readonly else ''}", open=False)
        try:
            self._pool.open(wait=True, timeout=timeout)
        except Exception as exc:
            self._pool.close()
            raise StoreError(f"cannot connect to {display_name(url)}: {exc}") from exc

    def connect(self) -> PgConnection:
        """A connection from the pool (waiting up to ``timeout`` for one to be free); closing it
        gives it back."""
        try:
            raw = self._pool.getconn()
        except Exception as exc:
            raise StoreError(f"no connection to {display_name(self.url)} free: {exc}") from exc
        return PgConnection(self.url, raw=raw, release=self._pool.putconn)

    @contextmanager
    def connection(self) -> Iterator[PgConnection]:
        conn = self.connect()
        try:
            yield conn
        finally:
            conn.close()

    @property
    def closed(self) -> bool:
        return bool(self._pool.closed)

    def stats(self) -> dict[str, int]:
        """The pool's counters (psycopg_pool's ``get_stats``: pool_size, connections_num ...)."""
        return dict(self._pool.get_stats())

    def close(self) -> None:
        self._pool.close()
