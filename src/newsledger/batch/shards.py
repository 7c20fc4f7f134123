"""Shards: the Parquet files a Dask batch writes, one set per input shard, and their loading.

Layout of an output directory::

    DIR/<table>/<shard>.parquet   the rows of every record table for one input shard
    DIR/_done/<shard>.json        written last, once all of a shard's tables are on disk

A shard with a _done marker is skipped on a re-run, so a killed batch resumes where it was; a
shard whose input could not be read at all (missing, unreadable) gets no marker and is tried
again. An uncompressed JSON Lines file larger than the split size is read as several shards,
one per byte range (``ShardTask``), so that one large file does not become one long task.

``load_shards`` writes whole shards, about ``batch_articles`` articles to a transaction; within
one, a part of up to ``_PART_ARTICLES`` articles is read (only the columns the store writes,
sorted by key in Arrow; a shard's failures file only when its done marker counts failures) in
two more threads while the previous part is written column by column (the first part is a small
one: nothing is written until it is read). A transaction into a new or small SQLite store builds
its tables' secondary indexes once after its rows (``Store.indexes_built_after``).
"""

from __future__ import annotations

import itertools
import json
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..config import Settings
from ..errors import InputError, NewsledgerError, StoreError
from ..ingest import jsonl_record, read_jsonl_range, read_paths
from ..records import Article, Failure, Record
from ..storage import db
from ..storage.arrow import storage_schema
from ..storage.rows import TABLE_COLUMNS, TABLES, analysis_rows, failure_row
from ..storage.store import Store, now

if TYPE_CHECKING:
    from ..pipeline import Pipeline

log = logging.getLogger(__name__)

SHARD_TABLES = ("articles", "actors", "sentences", "mentions", "quotes", "figures", "events",
                "event_actors", "framing", "failures")
SHARD_EXTS = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".parquet")


@dataclass(frozen=True)
class ShardResult(Record):
    shard: str
    source: str
    articles: int
    failed: int
    skipped: bool = False
    failures: tuple[Failure, ...] = ()


def shard_inputs(inputs: Iterable[str | os.PathLike[str]],
                 exclude: str | os.PathLike[str] | None = None) -> list[Path]:
    """The shard files named or found (recursively) under ``inputs``, sorted; files under
    ``exclude`` (the batch's own output directory) are left out."""
    out: list[Path] = []
    skip = Path(exclude).resolve() if exclude is not None else None

    def wanted(x: Path) -> bool:
        return (x.is_file() and x.name.lower().endswith(SHARD_EXTS) and not x.name.startswith(".")
                and (skip is None or skip not in x.resolve().parents))

    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            out += sorted(x for x in p.rglob("*") if wanted(x))
        elif p.is_file():
            if not p.name.lower().endswith(SHARD_EXTS):
                raise NewsledgerError(f"{p}: batch input must be JSON Lines (.jsonl, .jsonl.gz) or Parquet")
            out.append(p)
        else:
            raise NewsledgerError(f"{p}: no such file or directory")
    if not out:
        raise NewsledgerError("no JSON Lines or Parquet shards found in the inputs")
    return out


def shard_key(path: Path, byte_range: tuple[int, int] | None = None) -> str:
    """A stable name for a shard's outputs: its file name and a hash of its full path (and of
    its byte range, for a part of a large file)."""
    import hashlib

    stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in path.name)[:60]
    full = str(path.resolve()) + (f"@{byte_range[0]}-{byte_range[1]}" if byte_range else "")
    digest = hashlib.sha1(full.encode()).hexdigest()[:10]
    return f"{stem}-{digest}" + (f"-{byte_range[0]}" if byte_range else "")


# uncompressed JSON Lines files larger than this are split into byte ranges
DEFAULT_SPLIT_BYTES = 64 * 1024 * 1024
_SPLITTABLE = (".jsonl", ".ndjson")


@dataclass(frozen=True)
class ShardTask(Record):
    """One unit of batch work: a whole input file, or the lines starting in ``[start, end)`` of
    a large uncompressed JSON Lines file. ``path`` is absolute, so that workers with another
    working directory find it."""

    path: str
    start: int = 0
    end: int | None = None

    @property
    def byte_range(self) -> tuple[int, int] | None:
        return (self.start, self.end) if self.end is not None else None

    @property
    def key(self) -> str:
        return shard_key(Path(self.path), self.byte_range)


def plan_tasks(paths: Iterable[Path], split_bytes: int | None = DEFAULT_SPLIT_BYTES) -> list[ShardTask]:
    """The tasks for the shard files ``paths``: one per file, or one per ``split_bytes`` of an
    uncompressed JSON Lines file larger than that (``None`` or 0: never split)."""
    tasks: list[ShardTask] = []
    for p in paths:
        full = Path(os.path.abspath(p))
        size = full.stat().st_size if full.exists() else 0
        if not split_bytes or size <= split_bytes or not full.name.lower().endswith(_SPLITTABLE):
            tasks.append(ShardTask(str(full)))
            continue
        tasks += [ShardTask(str(full), lo, min(lo + split_bytes, size)) for lo in range(0, size, split_bytes)]
    return tasks


def _read_shard(path: Path, settings: Settings, byte_range: tuple[int, int] | None = None
                ) -> Iterator[Article | Failure]:
    if byte_range is not None:
        yield from read_jsonl_range(path, byte_range[0], byte_range[1], settings)
        return
    if path.name.lower().endswith(".parquet"):
        import pyarrow.parquet as pq

        try:
            table = pq.read_table(path)
        except Exception as exc:  # pyarrow raises several types for broken files
            yield Failure(str(path), f"cannot read Parquet file: {exc}")
            return
        for i, row in enumerate(table.to_pylist(), start=1):
            try:
                yield jsonl_record(row, f"{path}:{i}", settings)
            except InputError as exc:
                yield Failure(exc.source, exc.reason, str(row.get("id")) if row.get("id") else None)
        return
    yield from read_paths([path], settings)


def _unreadable(failures: list[Failure], path: str) -> bool:
    """The input itself could not be read (missing, no permission, broken file)."""
    return any(f.source == path and (f.reason.startswith("cannot read") or f.reason == "no such file or directory")
               for f in failures)


def process_shard(task: ShardTask | str, out_dir: str, settings: Settings,
                  pipeline: Pipeline | None = None) -> ShardResult:
    """Analyse one shard (a file, or a byte range of one) and write its tables as Parquet,
    then its done marker; an input that cannot be read gets no marker, to be tried again.

    ``pipeline`` analyses it (default: the one the Dask worker running this keeps, see
    ``worker``, or a new one outside a worker)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    task = task if isinstance(task, ShardTask) else ShardTask(task)
    path, p, out = task.path, Path(task.path), Path(out_dir)
    key = task.key
    done = out / "_done" / f"{key}.json"
    if done.exists():
        return ShardResult(key, path, 0, 0, skipped=True)
    if pipeline is None:
        from .worker import worker_pipeline

        pipeline = worker_pipeline(settings)
    rows: dict[str, list[dict[str, object]]] = {t: [] for t in SHARD_TABLES}
    failures: list[Failure] = []
    n = 0
    stamp = now()
    for result in pipeline.analyze_many(_read_shard(p, settings, task.byte_range), n_process=1):
        if isinstance(result, Failure):
            failures.append(result)
            rows["failures"].append(failure_row(result.source, result.reason, result.article_id,
                                                stamp))
            continue
        n += 1
        for table, table_rows in analysis_rows(result, stamp).items():
            rows[table] += table_rows
    if n == 0 and _unreadable(failures, path):
        log.warning("shard %s: input unreadable; no done marker, it will be tried again", path)
        return ShardResult(key, path, 0, len(failures), failures=tuple(failures))
    for table in SHARD_TABLES:
        cols = TABLE_COLUMNS[table]
        data = {c: [r.get(c) for r in rows[table]] for c in cols}
        folder = out / table
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{key}.parquet.part"
        # the column types of the table, not guessed: an empty shard has the same ones
        pq.write_table(pa.table(data, schema=storage_schema(table)), tmp)
        tmp.replace(folder / f"{key}.parquet")
    done.parent.mkdir(parents=True, exist_ok=True)
    tmp_done = done.with_name(done.name + ".part")
    tmp_done.write_text(json.dumps({"source": path, "range": list(task.byte_range) if task.byte_range else None,
                                    "articles": n, "failed": len(failures)}))
    tmp_done.replace(done)
    return ShardResult(key, path, n, len(failures), failures=tuple(failures))


@dataclass(frozen=True)
class LoadReport(Record):
    shards: int
    shards_skipped: int
    articles_new: int


# articles loaded per transaction (whole shards: a transaction holds at least one shard)
DEFAULT_LOAD_BATCH = 2000

def load_shards(out_dir: str | os.PathLike[str], store: Store,
                progress: Callable[[str], None] | None = None, *,
                batch_articles: int = DEFAULT_LOAD_BATCH) -> LoadReport:
    """Load finished Parquet shards into a store (SQLite or PostgreSQL), whole shards of about
    ``batch_articles`` articles per transaction (1: one shard per transaction). A killed load
    keeps the transactions it committed, each with its shards' ``loaded_shards`` rows, and the
    next run loads the rest. Loading the same shards again changes nothing: every row has a
    stable key and existing rows are kept; two processes loading overlapping shards at once
    store each row once."""
    out = Path(out_dir)
    done_dir = out / "_done"
    if not done_dir.is_dir():
        raise NewsledgerError(f"{out} holds no finished batch shards (no _done folder)")
    keys = sorted(p.name[:-5] for p in done_dir.glob("*.json"))
    loaded = {r[0] for r in store.conn.execute("SELECT shard FROM loaded_shards")}
    wanted = _columns_to_read(store)
    new_articles = 0
    skipped = [k for k in keys if k in loaded]
    for key in skipped:
        if progress:
            progress(key)
    todo = [k for k in keys if k not in loaded]
    counts = _shard_counts(done_dir, todo)
    sizes = {k: n for k, (n, _) in counts.items()}
    # a shard whose marker counts no failure has an empty failures file: not even opened
    no_failures = frozenset(k for k, (_, failed) in counts.items() if failed == 0)
    with store.bulk_load():
        for group in _groups(todo, sizes, batch_articles):
            new_articles += _load_with_retries(store, out, group, sizes, wanted, no_failures)
            if progress:
                for key in group:
                    progress(key)
    return LoadReport(shards=len(keys), shards_skipped=len(skipped), articles_new=new_articles)


def _load_with_retries(store: Store, out: Path, group: list[str], sizes: dict[str, int],
                       wanted: dict[str, tuple[str, ...]], no_failures: frozenset[str] = frozenset()) -> int:
    """``_load_group``, run again when PostgreSQL broke it off for a deadlock or a
    serialization failure; any other database error is a ``StoreError``."""
    for attempt in range(1, 5):
        try:
            return _load_group(store, out, group, sizes, wanted, now(), no_failures)
        except db.ERRORS as exc:
            if attempt < 4 and db.is_retryable(exc):
                log.info("shards %s ...: %s; trying again", group[0], exc)
                continue
            which = f"shard {group[0]}" if len(group) == 1 else f"shards {group[0]} to {group[-1]}"
            raise StoreError(f"cannot load {which} into {store.name}: {db.explain(exc)}") from exc
    return 0


def _shard_sizes(done_dir: Path, keys: list[str]) -> dict[str, int]:
    """The articles of each shard, as its done marker counts them (at least 1)."""
    return {key: n for key, (n, _) in _shard_counts(done_dir, keys).items()}


def _shard_counts(done_dir: Path, keys: list[str]) -> dict[str, tuple[int, int | None]]:
    """The articles (at least 1) and failures (None: not known) of each shard, as its done
    marker counts them."""
    counts: dict[str, tuple[int, int | None]] = {}
    for key in keys:
        try:
            marker = json.loads((done_dir / f"{key}.json").read_text())
            n = int(marker.get("articles", 1))
            failed = marker.get("failed")
            counts[key] = (max(n, 1), failed if isinstance(failed, int) else None)
        except (OSError, ValueError, AttributeError, TypeError):
            counts[key] = (1, None)
    return counts


def _groups(keys: list[str], sizes: dict[str, int], articles: int) -> Iterator[list[str]]:
    """Consecutive shards whose articles add up to about ``articles``; a larger shard is a
    group of its own."""
    group: list[str] = []
    size = 0
    for key in keys:
        n = sizes.get(key, 1)
        if group and size + n > articles:
            yield group
            group, size = [], 0
        group.append(key)
        size += n
    if group:
        yield group


def _load_groups(done_dir: Path, keys: list[str], batch_articles: int) -> Iterator[list[str]]:
    """Consecutive shards whose articles (as their done markers count them) add up to about
    ``batch_articles``; a larger shard is a group of its own."""
    return _groups(keys, _shard_sizes(done_dir, keys), batch_articles)


def _columns_to_read(store: Store) -> dict[str, tuple[str, ...]]:
    """The columns of each shard table the store is written with (``Store.writable_columns``:
    not SQLite's computed ``record``, the largest column, which is then not even read)."""
    out: dict[str, tuple[str, ...]] = {}
    for t in SHARD_TABLES:
        writable = store.writable_columns(t)
        out[t] = tuple(c for c in TABLE_COLUMNS[t] if c in writable)
    return out


def _read_tables(out: Path, key: str, wanted: dict[str, tuple[str, ...]], skip: tuple[str, ...] = ()
                 ) -> dict[str, Any]:
    """One shard's tables (Arrow tables of the ``wanted`` columns, in that order; a column a
    shard of an older version lacks is null). A table whose ``extra`` is missing (a shard
    written before migration 7) gets its ``record`` too, to compute ``extra`` from."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    tables: dict[str, Any] = {}
    base = os.fspath(out)
    for t in SHARD_TABLES:
        if t in skip:
            continue
        try:  # a plain file without pre-buffering: less work for small files than a memory map
            source = pa.OSFile(os.path.join(base, t, f"{key}.parquet"))
        except FileNotFoundError:
            continue
        with source:
            tables[t] = _read_table(pq.ParquetFile(source, pre_buffer=False), wanted[t])
    return tables


def _read_table(f: Any, cols: tuple[str, ...]) -> Any:
    """The ``cols`` of one Parquet file, in that order (see ``_read_tables``)."""
    import pyarrow as pa

    try:  # in the order asked; pyarrow leaves out a column the file lacks (no schema lookup needed)
        data = f.read(columns=list(cols), use_threads=False)
    except (KeyError, ValueError):  # a pyarrow that refuses a missing column
        names = set(f.schema_arrow.names)
        data = f.read(columns=[c for c in cols if c in names], use_threads=False)
    has = set(data.column_names)
    if "extra" in cols and "record" not in cols and ("extra" not in has or data.column("extra").null_count) and (
            "record" in f.schema_arrow.names):
        cols = (*cols, "record")
        data = data.append_column("record", f.read(columns=["record"], use_threads=False).column(0))
        has.add("record")
    missing = [c for c in cols if c not in has]
    for c in missing:
        data = data.append_column(c, pa.nulls(data.num_rows, pa.string()))
    return data.select(list(cols)) if missing else data


TableColumns = tuple[tuple[str, ...], list[list[Any]]]  # column names, and each column's values


def _columns(table: str, parts: list[Any]) -> TableColumns:
    """Several shards' Arrow tables of ``table`` as one set of columns of Python values, the
    rows sorted by the table's key (a stable sort: of rows with the same key, the first shard's
    comes first, as it is the one stored)."""
    import pyarrow as pa

    data = pa.concat_tables(parts, promote_options="permissive") if len(parts) > 1 else parts[0]
    if data.num_rows > 1:
        data = data.sort_by([(k, "ascending") for k in TABLES[table].key])
    return tuple(data.column_names), [c.to_pylist() for c in data.columns]


def _read_part(out: Path, keys: list[str], wanted: dict[str, tuple[str, ...]],
               no_failures: frozenset[str] = frozenset()) -> dict[str, TableColumns]:
    """The rows of some shards, table by table, ready to insert (the failures of a shard in
    ``no_failures`` not read: it has none)."""
    shards = [_read_tables(out, key, wanted, ("failures",) if key in no_failures else ()) for key in keys]
    tables = {}
    for t in SHARD_TABLES:
        parts = [s[t] for s in shards if t in s and s[t].num_rows]
        if parts:
            tables[t] = _columns(t, parts)
    return tables


# articles read and written at a time within a transaction: while one part is written, the next
# ones are read from their Parquet files in other threads (pyarrow and SQLite let go of the GIL). The
# first part, read before anything can be written, is a small one; each next part is half as
# large again (reading a part takes about as long as writing two thirds of it), up to the last
_PART_ARTICLES = 200
_FIRST_PART_ARTICLES = 20
# threads reading parts at once: reading takes nearly as much CPU as writing, and a reader that
# lags behind (the machine busy with other work) leaves the writer waiting
_READERS = 2


def _parts(keys: list[str], sizes: dict[str, int]) -> list[list[str]]:
    """The shards of a transaction in parts to read and write in turn: about
    ``_FIRST_PART_ARTICLES`` articles first, then 1.5 times as many each part, up to
    ``_PART_ARTICLES``."""
    parts: list[list[str]] = []
    size, at = min(_FIRST_PART_ARTICLES, _PART_ARTICLES), 0
    while at < len(keys):
        part = next(_groups(keys[at:], sizes, int(size)))
        parts.append(part)
        at += len(part)
        size = min(size * 1.5, _PART_ARTICLES)
    return parts


def _load_group(store: Store, out: Path, group: list[str], sizes: dict[str, int],
                wanted: dict[str, tuple[str, ...]], loaded_at: str, no_failures: frozenset[str] = frozenset()) -> int:
    """Several shards' rows in one transaction; returns the number of new articles. A shard
    another process loaded since we looked is left out."""
    from concurrent.futures import ThreadPoolExecutor

    new = 0
    with store.conn, ThreadPoolExecutor(_READERS, thread_name_prefix="newsledger-load") as reader:
        fresh = [key for key in sorted(group) if store.conn.execute(
            "INSERT INTO loaded_shards(shard, loaded_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
            (key, loaded_at)).rowcount != 0]
        parts = _parts(fresh, sizes)
        if not parts:  # another process loaded them all
            return 0
        # the parts being read, in order: up to ``_READERS`` ahead of the one written
        pending = deque(reader.submit(_read_part, out, part, wanted, no_failures) for part in parts[:_READERS])
        following = iter(parts[_READERS:])
        # a new or small store: its indexes built once at the end (see ``Store.indexes_built_after``)
        with store.indexes_built_after(SHARD_TABLES, sum(sizes.get(k, 1) for k in fresh)):
            while pending:
                tables = pending.popleft().result()
                for part in itertools.islice(following, 1):
                    pending.append(reader.submit(_read_part, out, part, wanted, no_failures))
                new += _write_part(store, tables)
    return new


def _write_part(store: Store, tables: dict[str, TableColumns]) -> int:
    """Some shards' rows (``_read_part``), inside the caller's transaction; returns the number
    of new articles."""
    new = 0
    if store.dialect == db.SQLITE:  # its own checks are paused (``Store.bulk_load``)
        store.check_references(tables)
    for t in SHARD_TABLES[:-1]:
        if t in tables:
            n = store.insert_columns(t, *tables[t])
            new = n if t == "articles" else new
    if "failures" in tables:
        cols, data = tables["failures"]
        at = [cols.index(c) for c in ("source", "reason", "article_id", "failed_at")]
        # one row per source (the last one given), in order of source
        failures = sorted({r[at[0]]: tuple(r[i] for i in at) for r in zip(*data, strict=True)}.values(),
                          key=lambda r: str(r[0]))
        store.conn.executemany(
            "INSERT INTO failures(source, reason, article_id, failed_at) VALUES (?,?,?,?)"
            " ON CONFLICT(source) DO UPDATE SET reason=excluded.reason, failed_at=excluded.failed_at",
            failures)
    return new
