"""Files derived from the package and the user's data, kept between runs so that a new process
starts quickly: the stages' loaded data (``stage-data-*.pickle``), the actor dictionary's
token split (``actor-forms-*.json``) and the language identifier's model as it comes out of its
compressed file (``langid-model-*.pickle``, ``langid-ptc-*.npy``, ``langid-nextmove-*.npy``).

The folder is ``$NEWSLEDGER_CACHE`` (``off`` for no cache), else ``newsledger`` in the user's
cache folder (``$XDG_CACHE_HOME`` or ``~/.cache``). Each file's name holds a hash of everything
it was derived from, so a changed data file, code file, setting or library version gets a file
of its own; a file that cannot be read is rebuilt, and one that cannot be written is skipped
(logged, never an error). Only files this cache wrote are read back: the folder is the user's own.

``gc_paused`` serves the same end: no garbage collection while a process loads what it keeps.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

log = logging.getLogger(__name__)

CACHE_ENV = "NEWSLEDGER_CACHE"  # a folder for the cache; "off" for none
KEEP = 4  # files of one kind kept; older ones are removed when a new one is written


def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is turned off."""
    where = os.environ.get(CACHE_ENV, "")
    if where.lower() == "off":
        return None
    if where:
        return Path(where)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsledger"


def digest(parts: Iterable[str]) -> str:
    """A short hash of ``parts`` (in order) for a cache file's name."""
    h = hashlib.sha1()
    for p in parts:
        h.update(p.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()[:16]


def file_stamps(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """"path size mtime" of every file at or under ``paths`` (folders walked, in order), for a
    digest that changes when any of them is edited, added or removed."""
    out = []
    for p in paths:
        path = Path(p)
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            try:
                st = f.stat()
            except OSError:
                out.append(f"{f} missing")
                continue
            out.append(f"{f} {st.st_size} {st.st_mtime_ns}")
    return out


def read(name: str) -> bytes | None:
    """The cache file ``name``'s bytes, or None (no cache, no file, unreadable)."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        return (folder / name).read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.debug("cache file %s unreadable: %s", folder / name, exc)
        return None


def write(name: str, data: bytes) -> None:
    """Write the cache file ``name`` whole or not at all (two processes may write it at once),
    then remove all but the newest :data:`KEEP` files of its kind (the part before the hash)."""
    write_with(name, lambda f: f.write(data))


def write_with(name: str, dump: Callable[[BinaryIO], object]) -> None:
    """:func:`write`, the content written by ``dump`` into the open file (a large file is then
    never whole in memory, e.g. ``pickle.dump``)."""
    import tempfile  # only a run that writes needs it

    folder = cache_dir()
    if folder is None:
        return
    tmp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".part")
        with os.fdopen(fd, "wb") as f:
            dump(f)
        os.replace(tmp, folder / name)
        tmp = None
        kind = name.rsplit("-", 1)[0]
        same = sorted(folder.glob(f"{kind}-*"), key=lambda f: f.stat().st_mtime_ns, reverse=True)
        for old in same[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError as exc:
        log.debug("cache file %s not written: %s", folder / name, exc)
    finally:
        if tmp is not None:  # written in part: no file is left behind
            with contextlib.suppress(OSError):
                os.unlink(tmp)


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No automatic collection by Python's cyclic garbage collector in the block (its thresholds
    set to 0, then back). Loading the model and the stages' data keeps nearly every object it
    makes, so the collections that would run meanwhile walk the same objects again and again
    and free next to nothing: about a tenth of a one-article ``analyze`` (see "Start-up" in
    docs/PERFORMANCE.md). The thresholds, not ``gc.disable()``: spaCy's model loader turns the
    collector back on (srsly's ``msgpack_loads``), but leaves the thresholds alone."""
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


__all__ = ["CACHE_ENV", "KEEP", "cache_dir", "digest", "file_stamps", "gc_paused", "read", "write", "write_with"]
