"""Rendered article pages and API entries kept in memory, all dropped when the database changes.

Building an article page (its stored analysis read and turned into HTML) takes milliseconds; the
same page asked for again is served from here, byte for byte what was built. Every lookup first
asks the database whether anything was written since the entries were made, and drops them all
if so: SQLite's ``PRAGMA data_version``, on a connection the cache keeps for that alone, changes
whenever any other connection (of this process or another) commits a write, and the file's
device and inode numbers change when the file is replaced. A page built while a write commits is
kept only if no change was seen since its lookup. Over PostgreSQL nothing is cached. At most
``max_bytes`` of bodies are kept, the least recently used dropped first.

>>> cache = PageCache("news.db", max_bytes=64 << 20)
>>> body, generation = cache.lookup(("page", article_id))
>>> if body is None:
...     body = render()
...     cache.put(("page", article_id), body, generation)
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections import OrderedDict
from pathlib import Path

from ..storage.db import is_url

log = logging.getLogger(__name__)

Key = tuple[str, str]
Generation = tuple[int, int, int, int] | None  # (device, inode, connection opened, data_version)


class PageCache:
    def __init__(self, db: str, max_bytes: int) -> None:
        self.path = None if is_url(db) else Path(db)
        self.max_bytes = max_bytes
        self.size = 0
        self.hits = 0
        self.misses = 0
        self._lock = threading.Lock()
        self._entries: OrderedDict[Key, bytes] = OrderedDict()
        self._generation: Generation = None
        self._conn: sqlite3.Connection | None = None
        self._file: tuple[int, int] | None = None
        self._opened = 0

    @property
    def enabled(self) -> bool:
        return self.path is not None and self.max_bytes > 0

    def _current(self) -> Generation:
        """Where the database stands now; None when that cannot be told (nothing is cached)."""
        assert self.path is not None
        try:
            st = os.stat(self.path)
            file = (st.st_dev, st.st_ino)
            if self._conn is None or file != self._file:
                self._reopen(file)
            assert self._conn is not None
            version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        except (OSError, sqlite3.Error) as exc:
            log.debug("page cache: cannot tell whether %s changed: %s", self.path, exc)
            self._close_connection()
            return None
        return (*file, self._opened, version)

    def _reopen(self, file: tuple[int, int]) -> None:
        assert self.path is not None
        self._close_connection()
        uri = self.path.resolve().as_uri() + "?mode=ro"
        self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._file = file
        self._opened += 1

    def _close_connection(self) -> None:
        if self._conn is not None:
            self._conn.close()
        self._conn, self._file = None, None

    def lookup(self, key: Key) -> tuple[bytes | None, Generation]:
        """The body kept for ``key`` (None: not kept), and the generation to ``put`` a new one
        under. Drops every body first when the database changed."""
        if not self.enabled:
            return None, None
        with self._lock:
            now = self._current()
            if now != self._generation or now is None:
                self._entries.clear()
                self.size = 0
                self._generation = now
            body = self._entries.get(key)
            if body is None:
                self.misses += 1
            else:
                self.hits += 1
                self._entries.move_to_end(key)
            return body, now

    def put(self, key: Key, body: bytes, generation: Generation) -> None:
        """Keep ``body`` for ``key``, unless the database changed since ``generation``."""
        if generation is None or len(body) > self.max_bytes:
            return
        with self._lock:
            if generation != self._generation:
                return
            old = self._entries.pop(key, None)
            self.size += len(body) - (len(old) if old is not None else 0)
            self._entries[key] = body
            while self.size > self.max_bytes:
                _, dropped = self._entries.popitem(last=False)
                self.size -= len(dropped)

    def close(self) -> None:
        with self._lock:
            self._close_connection()
            self._entries.clear()
            self.size = 0
