"""Checking the filters of a query before they reach SQL: dates that are dates, countries by
code or by name, and a search that is not FTS5 syntax read as plain words.

The query layer (``query.checked``) takes a country by name as well as by code. The CLI checks
its options with ``check_date`` and ``country_code`` and stops with an error naming the option
for a value that cannot match anything (``--since notadate``, ``--since 2024-13-45``,
``--country Narnia``): a filter that silently matches nothing reads as "there are no such
records". ``plain_words(text)`` turns a search into quoted
terms, for input such as ``S-300``, ``Russia's``, ``12,000`` or ``U.S.`` that FTS5 would read
as syntax; the query layer retries with it when FTS5 rejects the search.
"""

from __future__ import annotations

import datetime as dt
import re

from ..errors import NewsledgerError
from ..resources import packaged_text, read_csv_rows

COUNTRIES_FILE = "actors/countries.csv"
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def check_date(value: str, name: str) -> str:
    """``value`` as an ISO date (YYYY-MM-DD, a real one) or an error naming the filter ``name``."""
    m = _DATE.match(value.strip())
    if m is None:
        raise NewsledgerError(f"{name}: {value!r} is not a date (use YYYY-MM-DD)")
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    try:
        dt.date(year, month, day)
    except ValueError as exc:
        raise NewsledgerError(f"{name}: {value!r} is not a date ({exc})") from exc
    return value.strip()


def _names(row: dict[str, str]) -> list[str]:
    """Every name a country row gives: name, formal name, aliases, demonyms, adjectives."""
    out = [row.get("name", ""), row.get("formal_name", "")]
    for col in ("aliases", "demonyms", "adjectives"):
        out += (row.get(col) or "").split("|")
    return [n.strip().lower() for n in out if n and n.strip()]


def country_code(value: str, strict: bool = True) -> str:
    """The ISO alpha-3 code of a country given by code (``rus``) or name (``Russia``, ``Russian
    Federation``, ``Russian``). Three letters are taken as a code (a user dictionary may define
    its own). Anything else is an error, or with ``strict`` off is kept as given."""
    text = (packaged_text(COUNTRIES_FILE) or "")
    rows = read_csv_rows(text, COUNTRIES_FILE)
    wanted = value.strip()
    codes = {r["code"].upper() for r in rows if r.get("code")}
    if wanted.upper() in codes or re.fullmatch(r"[A-Za-z]{3}", wanted):
        return wanted.upper()
    for r in rows:
        if wanted.lower() in _names(r):
            return r["code"].upper()
    if not strict:
        return wanted
    raise NewsledgerError(f"--country: {value!r} is neither an ISO 3166 alpha-3 code nor a country name")


def like_pattern(text: str) -> str:
    """``text`` as a LIKE pattern matching any value containing it, with ``%``, ``_`` and ``\\``
    taken literally (use with ``ESCAPE '\\'``): "_" finds outlets with an underscore, not all."""
    esc = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{esc}%"


def plain_words(text: str) -> str | None:
    """A search string as plain FTS5 terms (each word quoted), for input that is not FTS syntax."""
    words = [w.replace('"', '""') for w in text.split()]
    return " ".join(f'"{w}"' for w in words) or None


__all__ = ["check_date", "country_code", "like_pattern", "plain_words"]
