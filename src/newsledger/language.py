"""Which language a text is in, for the ingest's "English only" check.

Two steps. The share of English function words among a text's words settles most texts at no
cost: real English news has 0.30 or more (0.34 and up on Voice of America stories), other
languages in Latin script far less. Texts in between, and texts too short for a share to mean
anything, go to py3langid (a maintained language identifier, the one trafilatura uses), loaded
on first need and kept for the process. A text is English when the identifier says so.
"""

from __future__ import annotations

import functools
import logging
import os
import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np

from . import cache

log = logging.getLogger(__name__)

# py3langid ships its model next to its module under this name
_MODEL = "data/model.npz.xz"


@functools.cache
def _identifier() -> Any:
    """py3langid's identifier, loaded once per process and kept (about 100 MB)."""
    return load_identifier()


def load_identifier() -> Any:
    """py3langid's identifier, loaded anew (see :func:`identify` for the one a process keeps). The model file is
    LZMA-compressed: decompressing it and expanding its transition table takes about half a
    second and 100 MB at its peak, so its parts are kept in the cache folder (:mod:`newsledger.cache`)
    as they come out and read back from there (its large tables mapped into memory), unchanged:
    the identifier decides the same."""
    import py3langid
    import py3langid.langid as langid

    path = os.path.join(os.path.dirname(langid.__file__), _MODEL)
    parts = _model_parts(path, cache.digest([py3langid.__version__, sys.version, *cache.file_stamps([path])]))
    if parts is None:  # not as this version of py3langid loads them: its own loader
        return langid.LanguageIdentifier.from_modelpath(path, norm_probs=True)
    ptc, pc, classes, nextmove, row, output = parts
    return langid.LanguageIdentifier(np.asarray(ptc), np.asarray(pc), classes, nextmove, output,
                                     norm_probs=True, tk_row=row)


def _model_parts(path: str, key: str) -> tuple[Any, ...] | None:
    """The six parts of py3langid's model file (``modelio.load_model``), from the cache when it
    holds them, else from the model file (and then cached): the two large tables as ``.npy``
    files mapped into memory (only the rows a text's features use are read: the process does not
    hold the 70 MB they take), the rest in ``langid-model-KEY.pickle``."""
    from py3langid.modelio import load_model

    folder = cache.cache_dir()
    names = (f"langid-model-{key}.pickle", f"langid-ptc-{key}.npy", f"langid-nextmove-{key}.npy")
    if folder is not None and all((folder / n).is_file() for n in names):
        try:
            cached = _read_parts(*(folder / n for n in names))
            if cached is not None:
                return cached
        except Exception as exc:  # cut short, or written by another version: load afresh
            log.debug("cache files langid-*-%s unreadable (%s): reading the model file", key, exc)
    parts = load_model(path)
    if not (isinstance(parts, tuple) and len(parts) == 6):
        return None
    ptc, pc, classes, nextmove, row, output = parts
    try:
        cache.write_with(names[1], lambda fh: np.save(fh, np.asarray(ptc)))
        cache.write_with(names[2], lambda fh: np.save(fh, np.frombuffer(nextmove, dtype=_dtype(nextmove))))
        cache.write_with(names[0], lambda fh: pickle.dump((pc, classes, row, output), fh,
                                                          protocol=pickle.HIGHEST_PROTOCOL))
    except Exception as exc:  # a cache that cannot be written is skipped, never an error
        log.debug("cache files langid-*-%s not written: %s", key, exc)
    return parts


def _dtype(table: Any) -> Any:
    """The numpy type of an ``array.array`` of unsigned integers."""
    return np.dtype(f"u{table.itemsize}")


def _read_parts(small: Path, ptc_file: Path, nextmove_file: Path) -> tuple[Any, ...] | None:
    with open(small, "rb") as fh:
        rest = pickle.load(fh)
    if not (isinstance(rest, tuple) and len(rest) == 4):
        return None
    pc, classes, row, output = rest
    ptc = np.load(ptc_file, mmap_mode="r")
    nextmove = np.asarray(np.load(nextmove_file, mmap_mode="r"))  # a plain array over the map: indexed per byte
    return ptc, pc, classes, nextmove, row, output


def identify(text: str, max_chars: int = 3000) -> tuple[str, float]:
    """The ISO 639-1 code of the language of ``text`` (its first ``max_chars`` characters) and
    the identifier's probability."""
    code, prob = _identifier().classify(text[:max_chars])
    return str(code), float(prob)


__all__ = ["identify", "load_identifier"]
