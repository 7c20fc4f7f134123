"""The one loader for newsledger's data files: packaged YAML and CSV, checked against a schema,
merged with the user's files, and cached per pipeline.

Every stage reads its words, codes and thresholds through a :class:`Resources` object that the
pipeline owns (there is no module-level cache). A file is read once per ``Resources``; a YAML
file is checked against the :data:`Schema` its stage declares, and a key the schema does not
know is an error naming the file and the key (a misspelt ``needs_targt`` is not ignored).

User data files
---------------
Any packaged YAML file can be extended by the user with a *data file* (``--data FILE``,
``NEWSLEDGER_DATA`` or ``data_files`` in ``newsledger.toml``): a YAML mapping whose top-level
keys name packaged files as ``<folder>/<file stem>`` (``quotes/cues``, ``figures/units``,
``framing/scare_quotes`` ...), each holding a fragment of that file. The fragment is checked
against the same schema, then merged: mappings key by key, lists appended (without repeats),
other values replaced. The actor dictionary (``--actors``) and event patterns (``--patterns``)
keep their own formats and are merged by their stages.

Schemas
-------
A schema is a small Python value:

* a type (``str``, ``int``, ``float``, ``bool``, ``dict``, ``list``) or a tuple of types;
* ``[item_schema]``: a list whose items follow ``item_schema``;
* ``{"key": schema, ...}``: a mapping with these keys only (all optional unless listed in
  ``Required``);
* :class:`MapOf` ``(value_schema)``: a mapping with free keys (words, codes) and checked values;
* :data:`ANY`: anything.
"""

from __future__ import annotations

import csv
import io
import logging
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError

log = logging.getLogger(__name__)

DATA_PACKAGE = "newsledger"
DATA_ROOT = "data"


class _Any:
    def __repr__(self) -> str:
        return "ANY"


ANY: Any = _Any()


@dataclass(frozen=True)
class MapOf:
    """A mapping with free keys whose values follow ``value``."""

    value: Any
    key: type = str


@dataclass(frozen=True)
class Required:
    """A mapping schema whose listed keys must be present."""

    keys: Mapping[str, Any]
    required: frozenset[str] = field(default_factory=frozenset)


_TYPE_NAMES = {str: "text", int: "a whole number", float: "a number", bool: "true or false",
               dict: "a mapping", list: "a list"}


def _type_ok(value: Any, types: tuple[type, ...]) -> bool:
    if isinstance(value, bool) and bool not in types:
        return False
    if float in types and isinstance(value, int) and not isinstance(value, bool):
        return True
    return isinstance(value, types)


def check(value: Any, schema: Any, where: str, path: str = "", *, partial: bool = False) -> None:
    """Raise :class:`ConfigError` unless ``value`` follows ``schema``; ``where`` names the file.
    With ``partial=True`` (a user's fragment of a file) required keys may be missing."""
    at = path or "top level"
    if schema is ANY:
        return
    if isinstance(schema, type) or (isinstance(schema, tuple) and all(isinstance(t, type) for t in schema)):
        types = schema if isinstance(schema, tuple) else (schema,)
        if not _type_ok(value, types):
            expected = " or ".join(_TYPE_NAMES.get(t, t.__name__) for t in types)
            raise ConfigError(f"{where}: {at}: expected {expected}, got {type(value).__name__} {value!r}"[:300])
        return
    if isinstance(schema, list):
        if not isinstance(value, list):
            raise ConfigError(f"{where}: {at}: expected a list, got {type(value).__name__}")
        for i, item in enumerate(value):
            check(item, schema[0], where, f"{path}[{i}]", partial=partial)
        return
    if isinstance(schema, MapOf):
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: {at}: expected a mapping, got {type(value).__name__}")
        for k, v in value.items():
            check(v, schema.value, where, f"{path}.{k}" if path else str(k), partial=partial)
        return
    keys, required = (schema.keys, schema.required) if isinstance(schema, Required) else (schema, frozenset())
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: {at}: expected a mapping, got {type(value).__name__}")
    for k, v in value.items():
        if k not in keys:
            known = ", ".join(sorted(map(str, keys)))
            raise ConfigError(f"{where}: unknown key {(path + '.' if path else '')}{k!s} (known: {known})")
        check(v, keys[k], where, f"{path}.{k}" if path else str(k), partial=partial)
    missing = [] if partial else sorted(k for k in required if k not in value)
    if missing:
        raise ConfigError(f"{where}: {at}: missing key(s) {', '.join(missing)}")


def word_set(data: Any, key: str) -> frozenset[str]:
    """The list of words under ``key`` of a loaded data file, lower-cased (empty when absent)."""
    return frozenset(str(w).lower() for w in data.get(key) or ())


def merge(base: Any, extra: Any) -> Any:
    """``extra`` merged into ``base``: mappings key by key, lists appended without repeats,
    anything else replaced. Neither argument is changed."""
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for k, v in extra.items():
            out[k] = merge(base[k], v) if k in base else v
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + [x for x in extra if x not in base]
    return extra


# libyaml's safe loader when PyYAML was built with it (7 x faster on the event patterns), else
# the pure-Python one: both read the same documents
_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_SAFE_LOADER):  # type: ignore[misc]
    """The safe loader, refusing a key given twice in one mapping (YAML keeps the last silently,
    so a word list written twice would lose its first half)."""

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        seen: set[str] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
                if key_node.value in seen:
                    raise yaml.constructor.ConstructorError(
                        "while reading a mapping", node.start_mark,
                        f"key {key_node.value!r} given twice", key_node.start_mark)
                seen.add(key_node.value)
        return super().construct_mapping(node, deep=deep)


def load_yaml(text: str) -> Any:
    """A YAML document, read safely (no arbitrary objects, no key given twice in a mapping)."""
    return yaml.load(text, Loader=_StrictLoader)


def _read_yaml_text(text: str, where: str) -> Any:
    try:
        return load_yaml(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        problem = " ".join(str(exc.problem or exc.context or "").split())
        raise ConfigError(f"{where}: invalid YAML{line}: {problem}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{where}: invalid YAML: {' '.join(str(exc).split())}") from exc


def read_user_text(path: str | os.PathLike[str]) -> str:
    """The text of a user file, with a clear error when it cannot be read."""
    p = Path(path)
    try:
        return p.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"data file not found: {p}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{p}: cannot read: {exc}") from exc


def packaged_text(relpath: str) -> str | None:
    """The text of a packaged data file (``"quotes/cues.yaml"``), or None when it is missing."""
    res = importlib_resources.files(DATA_PACKAGE).joinpath(f"{DATA_ROOT}/{relpath}")
    try:
        return res.read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError):
        return None


def read_csv_rows(text: str, where: str) -> list[dict[str, str]]:
    """Rows of a CSV text as dicts (comment lines starting with ``#`` skipped)."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    try:
        return [dict(r) for r in csv.DictReader(io.StringIO("\n".join(lines)))]
    except csv.Error as exc:
        raise ConfigError(f"{where}: invalid CSV: {exc}") from exc


class Resources:
    """Loads, checks, merges and caches the data files of one pipeline.

    ``data_files`` are the user's data files (see the module docs); they are read and checked
    when the object is made, so a bad file fails at start-up, not in the middle of a batch.
    """

    def __init__(self, data_files: Iterable[str | os.PathLike[str]] = ()) -> None:
        self._cache: dict[tuple[str, ...], Any] = {}
        self._user: dict[str, list[tuple[str, Any]]] = {}
        self.data_files = tuple(str(p) for p in data_files)
        for path in self.data_files:
            self._read_user_data_file(path)

    def _read_user_data_file(self, path: str) -> None:
        raw = _read_yaml_text(read_user_text(path), path)
        if raw is None:
            return
        if not isinstance(raw, dict):
            raise ConfigError(f"{path}: a data file must be a mapping of '<folder>/<file>' keys")
        for key, fragment in raw.items():
            key = str(key)
            if packaged_text(f"{key}.yaml") is None:
                raise ConfigError(f"{path}: unknown key {key!r}: no packaged data file {key}.yaml")
            self._user.setdefault(key, []).append((path, fragment))

    def user_keys(self) -> set[str]:
        """The packaged files the user's data files extend."""
        return set(self._user)

    def yaml(self, relpath: str, schema: Any = ANY) -> Any:
        """A packaged YAML file (``"figures/units.yaml"``), checked against ``schema`` and merged
        with the user's fragments for it. Cached per schema: the same object is returned each
        time, and a file read by two stages with different schemas is checked against both."""
        key = ("yaml", relpath, str(id(schema)))
        if key in self._cache:
            return self._cache[key]
        text = packaged_text(relpath)
        if text is None:
            raise ConfigError(f"packaged data file missing: {relpath}")
        data = _read_yaml_text(text, relpath)
        check(data, schema, relpath)
        stem = relpath.removesuffix(".yaml").removesuffix(".yml")
        for path, fragment in self._user.get(stem, []):
            check(fragment, schema, f"{path} [{stem}]", partial=True)
            data = merge(data, fragment)
            check(data, schema, f"{path} [{stem}] merged into {relpath}")
        self._cache[key] = data
        return data

    def csv(self, relpath: str, columns: Iterable[str] = ()) -> list[dict[str, str]]:
        """Rows of a packaged CSV file, whose header must hold ``columns``. Cached."""
        key = ("csv", relpath)
        if key in self._cache:
            return self._cache[key]  # type: ignore[no-any-return]
        text = packaged_text(relpath)
        if text is None:
            raise ConfigError(f"packaged data file missing: {relpath}")
        rows = read_csv_rows(text, relpath)
        header = next(csv.reader(io.StringIO(text.lstrip())), [])
        missing = [c for c in columns if c not in header]
        if missing:
            raise ConfigError(f"{relpath}: missing column(s) {', '.join(missing)}")
        self._cache[key] = rows
        return rows

    def user_yaml(self, path: str | os.PathLike[str], schema: Any = ANY) -> Any:
        """A user file in a stage's own format (event patterns), checked against ``schema``."""
        key = ("user", str(path))
        if key not in self._cache:
            data = _read_yaml_text(read_user_text(path), str(path))
            check(data if data is not None else {}, schema, str(path))
            self._cache[key] = data
        return self._cache[key]

    def memo(self, key: tuple[str, ...], build: Any) -> Any:
        """A value built once per ``Resources`` (a compiled matcher, a derived table)."""
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]


__all__ = ["ANY", "MapOf", "Required", "Resources", "check", "merge", "packaged_text",
           "read_csv_rows", "read_user_text", "word_set"]
