"""The maps' colours, one set for the interactive map (map.py) and its still picture (still_map.py)."""

from __future__ import annotations

LAND = "#ece8df"
LAND_EDGE = "#8f8a80"
SEA = "#b9d3e6"
LABEL = "#1b1b1b"
DARK_SEA = "#10151c"
DARK_LAND = "#2b303a"
DARK_LAND_EDGE = "#6c7380"
# A country the article names is shown by its shaded outline, not by a dot at its centroid.
NAMED_LAND = "#f3d9a4"
DARK_NAMED_LAND = "#4a4330"
# What the map shows, by layer: cities, borders, routes, and the other places.
LAYERS = {"cities": "#1f5fa8", "borders": "#b3261e", "other": "#5b5f66", "routes": "#7b3fa0"}
