"""Loading the actor dictionary: the packaged tables (``data/actors/*.csv``) and coreference
rules (``coref.yaml``), read through the pipeline's :class:`~newsledger.resources.Resources`,
merged with the user's dictionary files.

User files (``Settings.actors_files``) add to or override the packaged entries: a CSV with the
same columns as one of the packaged tables (the table is told by its header, or else by its file
name), or a YAML mapping of table name to a list of rows, e.g.::

    people:
      - {id: person:jane-doe, name: Jane Doe, country: GBR, sector: GOV, role: foreign minister}
    countries:
      - {code: XKX, name: Kosovo, demonyms: Kosovar|Kosovars, adjectives: Kosovar}

A YAML row may only have the columns of its table: a misspelt column is an error naming the file
and the key. An entry whose key (``code`` for countries, ``id`` for people, organisations and
groups, ``term`` for sector nouns, titles and framing labels, ``name`` for places) is already
known replaces the packaged one (for people: all of that person's packaged rows, one per term).
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

from ...errors import ConfigError
from ...resources import Resources, check, load_yaml, read_csv_rows
from .coref import (
    CONFIDENCE_FILE,
    CONFIDENCE_SCHEMA,
    COREF_FILE,
    COREF_SCHEMA,
    confidence_from,
    rules_from,
)
from .dictionary import ActorDictionary
from .index import build_indexes
from .rows import PACKAGED, TABLE_BY_NAME, TABLES, Table, row_schema
from .tables import PersonEntry, date_floor

log = logging.getLogger(__name__)

DATA_FOLDER = "actors"


def load_dictionary(resources: Resources, user_files: Iterable[str] = ()) -> ActorDictionary:
    """The packaged actor dictionary merged with ``user_files`` (later files win)."""
    d = ActorDictionary()
    sources = []
    for table_name, fname in PACKAGED:
        rows = clean_rows(resources.csv(f"{DATA_FOLDER}/{fname}"))
        merge_rows(d, TABLE_BY_NAME[table_name], rows, fname, user=False)
        sources.append(fname)
    d.rules = rules_from(resources.yaml(COREF_FILE, COREF_SCHEMA) or {})
    d.confidence = confidence_from(resources.yaml(CONFIDENCE_FILE, CONFIDENCE_SCHEMA))
    for path in user_files:
        load_user_file(d, path)
        sources.append(path)
    d.sources = tuple(sources)
    _people_of_bodies(d)
    build_indexes(d)
    log.debug(
        "actor dictionary: %d countries, %d people, %d organisations, %d groups, %d sector nouns, "
        "%d titles, %d framing terms",
        len(d.countries), len(d.people), len(d.organisations), len(d.groups),
        len(d.sector_terms), len(d.titles), len(d.framing),
    )
    return d


def clean_rows(rows: Iterable[Mapping[str | None, Any]]) -> list[dict[str, str]]:
    """CSV rows with lower-cased, stripped column names and stripped values; empty rows dropped."""
    out = []
    for row in rows:
        clean = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()
                 if k is not None and not isinstance(v, list)}
        if any(clean.values()):
            out.append(clean)
    return out


def _table_for(columns: Iterable[str], stem: str) -> Table | None:
    cols = {c.strip().lower() for c in columns}
    for t in TABLES:
        if t.columns <= cols:
            return t
    s = stem.lower()
    for name, t in TABLE_BY_NAME.items():
        if s.startswith(name) or s.startswith(f"extra_{name}"):
            return t
    return None


def merge_rows(d: ActorDictionary, table: Table, rows: Iterable[Mapping[str, Any]], source: str, user: bool) -> int:
    target: dict[str, Any] = getattr(d, table.attr)
    n = 0
    user_keys = set(d.user_keys)
    for i, row in enumerate(rows):
        try:
            entry = table.reader(row)
        except (TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(f"{source}: row {i + 1}: {exc}") from exc
        key = table.key(entry)
        if not key or not (getattr(entry, "name", None) or getattr(entry, "term", None)):
            log.warning("%s: row %d has no key or name; skipped", source, i + 1)
            continue
        if key in target and user and f"{table.attr}:{key}" not in user_keys:
            log.info("%s: %s %r overrides the packaged entry", source, table.name, key)
            if table.attr == "people":
                d.person_terms.pop(key, None)
        if table.attr == "people":
            # one row per term of office: the first row names the person, all rows give roles
            terms = d.person_terms.setdefault(key, [])
            terms.append(entry)
            if len(terms) == 1:
                target[key] = entry
            else:
                target[key] = _union_person(terms)
        else:
            target[key] = entry
        if user:
            user_keys.add(f"{table.attr}:{key}")
        n += 1
    d.user_keys = frozenset(user_keys)
    return n


def _union_person(rows: list[PersonEntry]) -> PersonEntry:
    """One person from several rows: the latest row's country and sector, every alias and title."""
    latest = max(rows, key=lambda p: (not p.end, date_floor(p.start)))
    aliases = tuple(dict.fromkeys(a for r in rows for a in r.aliases))
    titles = tuple(dict.fromkeys(t for r in rows for t in r.titles))
    return latest.replace(name=rows[0].name, aliases=aliases, titles=titles)


def _people_of_bodies(d: ActorDictionary) -> None:
    """Officials of an international body give the body's id as their country (``UN``,
    ``ISLAMIC-STATE``): record the body as their organisation and the body's country, if any."""
    for pid, rows in d.person_terms.items():
        fixed = []
        for r in rows:
            if r.country and r.country not in d.countries:
                org = d.organisations.get(f"org:{r.country.lower()}")
                if org is not None:
                    r = r.replace(country=org.country, organisation=r.organisation or org.id)
                else:
                    log.debug("person %s: country %r is not in the country table", pid, r.country)
            fixed.append(r)
        d.person_terms[pid] = fixed
        d.people[pid] = fixed[0] if len(fixed) == 1 else _union_person(fixed)


def load_user_file(d: ActorDictionary, path: str) -> None:
    """Merge one user dictionary file (CSV or YAML) into ``d``."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ConfigError(f"actor dictionary file {path}: cannot be read ({exc.strerror or exc})") from exc
    if p.suffix.lower() in (".yaml", ".yml"):
        _load_user_yaml(d, path, text)
        return
    rows = clean_rows(read_csv_rows(text, path))
    header = next(csv.reader(io.StringIO(text.lstrip())), [])
    table = _table_for(header, p.stem)
    if table is None:
        raise ConfigError(
            f"{path}: cannot tell which actor table this is from its columns {header}; "
            "use the columns of one of the packaged files"
        )
    merge_rows(d, table, rows, path, user=True)


def _load_user_yaml(d: ActorDictionary, path: str, text: str) -> None:
    try:
        data = load_yaml(text) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: invalid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of table name to a list of rows")
    for name, rows in data.items():
        table = TABLE_BY_NAME.get(str(name).lower())
        if table is None:
            raise ConfigError(
                f"{path}: unknown table {name!r} (expected one of {', '.join(sorted(TABLE_BY_NAME))})"
            )
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise ConfigError(f"{path}: table {name!r} must be a list of rows (mappings)")
        lowered = [{str(k).lower(): v for k, v in r.items()} for r in rows]
        check(lowered, [row_schema(table)], path, str(name))
        merge_rows(d, table, lowered, path, user=True)
