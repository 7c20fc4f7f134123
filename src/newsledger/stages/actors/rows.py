"""The tables of the actor dictionary: how a row (from a CSV file or a user YAML file) becomes
an entry, which key it is filed under, and which columns a row may have."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .tables import (
    CountryEntry,
    FramingTerm,
    GroupEntry,
    OrgEntry,
    PersonEntry,
    PlaceEntry,
    SectorTerm,
    TitleEntry,
    multi,
    norm,
    one,
    prefixed,
    sector_codes,
    slug,
)


def read_country(row: Mapping[str, Any]) -> CountryEntry:
    return CountryEntry(
        code=one(row.get("code")).upper(),
        name=one(row.get("name")),
        formal_name=one(row.get("formal_name")),
        aliases=multi(row.get("aliases")),
        demonyms=multi(row.get("demonyms")),
        adjectives=multi(row.get("adjectives")),
        capitals=multi(row.get("capital") or row.get("capitals")),
        region=one(row.get("region")),
        ambiguous=one(row.get("ambiguous")),
        ambiguous_terms=multi(row.get("ambiguous_terms")),
    )


def read_person(row: Mapping[str, Any]) -> PersonEntry:
    name = one(row.get("name"))
    pid = one(row.get("id")) or f"person:{slug(name)}"
    return PersonEntry(
        id=pid if ":" in pid else f"person:{pid}",
        name=name,
        aliases=multi(row.get("aliases")),
        country=one(row.get("country")).upper() or None,
        sectors=sector_codes(row.get("sector") or row.get("sectors")),
        role=one(row.get("role")),
        titles=multi(row.get("titles")),
        start=one(row.get("start")),
        end=one(row.get("end")),
        organisation=prefixed(one(row.get("organisation")), "org"),
    )


def read_org(row: Mapping[str, Any]) -> OrgEntry:
    name = one(row.get("name"))
    oid = one(row.get("id")) or f"org:{slug(name)}"
    return OrgEntry(
        id=oid if ":" in oid else f"org:{oid}",
        name=name,
        aliases=multi(row.get("aliases")),
        country=one(row.get("country")).upper() or None,
        sectors=sector_codes(row.get("sectors") or row.get("sector")),
        type=one(row.get("type")),
        parent=prefixed(one(row.get("parent")), "org"),
        ambiguous_aliases=multi(row.get("ambiguous_aliases")),
    )


def read_group(row: Mapping[str, Any]) -> GroupEntry:
    name = one(row.get("name"))
    gid = one(row.get("id")) or f"group:{slug(name)}"
    return GroupEntry(
        id=gid if ":" in gid else f"group:{gid}",
        name=name,
        aliases=multi(row.get("aliases")),
        sectors=sector_codes(row.get("sectors") or row.get("sector")),
        members=tuple(m.upper() if len(m) == 3 else m for m in multi(row.get("members"))),
        member_orgs=tuple(prefixed(m, "org") for m in multi(row.get("member_orgs"))),
    )


def read_place(row: Mapping[str, Any]) -> PlaceEntry:
    return PlaceEntry(
        name=one(row.get("name")),
        aliases=multi(row.get("aliases")),
        country=one(row.get("country")).upper(),
        kind=one(row.get("kind")),
        note=one(row.get("note")),
    )


def read_sector(row: Mapping[str, Any]) -> SectorTerm:
    return SectorTerm(
        term=one(row.get("term")),
        plural=one(row.get("plural")),
        sectors=sector_codes(row.get("sectors") or row.get("sector")),
        type=one(row.get("type")),
    )


def read_title(row: Mapping[str, Any]) -> TitleEntry:
    term = one(row.get("term"))
    return TitleEntry(
        term=term,
        role=one(row.get("role")) or term,
        sectors=sector_codes(row.get("sectors") or row.get("sector")),
        aliases=multi(row.get("aliases")),
        gender=one(row.get("gender")).lower(),
        kind=one(row.get("kind")) or "office",
    )


def read_framing(row: Mapping[str, Any]) -> FramingTerm:
    return FramingTerm(
        term=one(row.get("term")),
        kind=one(row.get("kind")) or "loaded_label",
        refers_to=one(row.get("refers_to")),
        sector=one(row.get("sector")).upper(),
        conflict=one(row.get("conflict")),
        used_by=one(row.get("used_by")),
        note=one(row.get("note")),
        shared=one(row.get("shared")).lower() in ("yes", "true"),
    )


@dataclass(frozen=True)
class Table:
    name: str
    columns: frozenset[str]  # columns that identify the table in a user CSV
    reader: Callable[[Mapping[str, Any]], Any]
    key: Callable[[Any], str]
    attr: str
    known: frozenset[str] = frozenset()  # every column a row may have (a user YAML row is checked)


def _cols(text: str) -> frozenset[str]:
    return frozenset(text.split())


TABLES: tuple[Table, ...] = (
    Table("countries", frozenset({"code", "demonyms"}), read_country, lambda e: e.code, "countries",
          _cols("code name formal_name aliases demonyms adjectives capital capitals region ambiguous "
                "ambiguous_terms un_status sovereign note")),
    Table("people", frozenset({"id", "role"}), read_person, lambda e: e.id, "people",
          _cols("id name aliases country sector sectors role titles start end organisation note")),
    Table("groups", frozenset({"id", "members"}), read_group, lambda e: e.id, "groups",
          _cols("id name aliases sectors sector members member_orgs note")),
    Table("organisations", frozenset({"id", "type"}), read_org, lambda e: e.id, "organisations",
          _cols("id name aliases country sectors sector type parent ambiguous_aliases note")),
    Table("sectors", frozenset({"term", "plural"}), read_sector, lambda e: norm(e.term), "sector_terms",
          _cols("term plural sectors sector type note")),
    Table("framing", frozenset({"term", "refers_to"}), read_framing, lambda e: norm(e.term), "framing",
          _cols("term kind refers_to sector conflict used_by note shared")),
    Table("titles", frozenset({"term", "role"}), read_title, lambda e: norm(e.term), "titles",
          _cols("term aliases role sectors sector gender kind note")),
    Table("places", frozenset({"name", "country", "kind"}), read_place, lambda e: norm(e.name), "places",
          _cols("name aliases country kind note")),
)
TABLE_BY_NAME = {t.name: t for t in TABLES} | {
    "organizations": next(t for t in TABLES if t.name == "organisations"),
    "extra_titles": next(t for t in TABLES if t.name == "titles"),
}

# packaged files: (table, file name); extra_* files add to the table of the same kind
PACKAGED: tuple[tuple[str, str], ...] = (
    ("countries", "countries.csv"),
    ("people", "people.csv"),
    ("people", "extra_people.csv"),
    ("organisations", "organisations.csv"),
    ("groups", "groups.csv"),
    ("sectors", "sectors.csv"),
    ("sectors", "extra_sectors.csv"),
    ("framing", "framing.csv"),
    ("framing", "extra_framing.csv"),
    ("titles", "extra_titles.csv"),
    ("places", "extra_places.csv"),
)

# a value in a user YAML row: text, a number, a date, a list (of a ``|``-separated field) or nothing
CELL: Any = (str, int, float, bool, datetime.date, list, type(None))


def row_schema(table: Table) -> dict[str, Any]:
    """The schema of one user YAML row of ``table``."""
    return dict.fromkeys(sorted(table.known), CELL)
