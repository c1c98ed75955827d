"""Charts as server-side SVG: no JavaScript library, no build step, nothing fetched
from a CDN, and the output is testable in Python. Colours are from the Okabe-Ito
palette, which stays distinguishable under the common colour-vision deficiencies;
lines also differ by dash, not only by colour."""

import functools
import json
from collections.abc import Sequence
from html import escape
from pathlib import Path

from schemas import IndicatorUpdate

BLUE = "#0072B2"  # cooperation
VERMILION = "#D55E00"  # conflict
INK = "#222222"  # tension
SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg" '
"""An SVG served as an image needs its namespace; inline SVG in HTML would not."""


def _points(
    values: Sequence[float | None],
    width: float,
    height: float,
    top: float,
    low: float,
    high: float,
    left: float = 0,
) -> list[tuple[float, float] | None]:
    span = (high - low) or 1.0
    step = width / max(len(values) - 1, 1)
    return [
        None if v is None else (left + i * step, top + height - (v - low) / span * height)
        for i, v in enumerate(values)
    ]


def _path(points: list[tuple[float, float] | None]) -> str:
    parts, pen_down = [], False
    for point in points:
        if point is None:
            pen_down = False
            continue
        parts.append(f"{'L' if pen_down else 'M'}{point[0]:.1f},{point[1]:.1f}")
        pen_down = True
    return " ".join(parts)


def sparkline(series: Sequence[IndicatorUpdate], width: int = 120, height: int = 28) -> str:
    """Tension over the series as a small line; gaps where tension is undefined."""
    values = [u.tension for u in series]
    label = escape(f"tension over {len(series)} days")
    path = _path(_points(values, width - 4, height - 4, 2, 0.0, 1.0, left=2))
    return (
        SVG_OPEN + f'class="spark" role="img" aria-label="{label}" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}">'
        f'<rect width="{width}" height="{height}" fill="none"/>'
        f'<path d="{path}" fill="none" stroke="{INK}" stroke-width="1.5"/></svg>'
    )


def pair_chart(
    pair: str, series: Sequence[IndicatorUpdate], width: int = 720, height: int = 300
) -> str:
    """Tension (line, 0-1) above; cooperation against conflict (lines) below."""
    title = escape(f"{pair}: tension, cooperation and conflict")
    if not series:
        return (
            SVG_OPEN + f'class="chart" role="img" aria-label="{title}" width="{width}" '
            f'height="{height}"><text x="10" y="20">No data</text></svg>'
        )
    left, right, gap = 48, 12, 26
    inner = width - left - right
    top_h = (height - 3 * gap) * 0.45
    bottom_h = (height - 3 * gap) * 0.55
    bottom_top = gap + top_h + gap
    tension = _points([u.tension for u in series], inner, top_h, gap, 0.0, 1.0, left)
    peak = max([u.cooperation for u in series] + [u.conflict for u in series] + [1.0])
    cooperation = _points(
        [u.cooperation for u in series], inner, bottom_h, bottom_top, 0, peak, left
    )
    conflict = _points([u.conflict for u in series], inner, bottom_h, bottom_top, 0, peak, left)
    first, last = series[0].as_of.isoformat(), series[-1].as_of.isoformat()
    desc = escape(f"{len(series)} days from {first} to {last}, {series[-1].window}-day windows")
    return "".join(
        [
            SVG_OPEN + 'class="chart" role="img" aria-labelledby="chart-title chart-desc" '
            f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
            f'<title id="chart-title">{title}</title><desc id="chart-desc">{desc}</desc>',
            f'<g font-size="11" fill="{INK}">',
            f'<text x="{left}" y="{gap - 8}">tension (0-1)</text>',
            f'<text x="4" y="{gap + 4}">1</text><text x="4" y="{gap + top_h}">0</text>',
            f'<text x="{left}" y="{bottom_top - 8}">'
            "cooperation vs conflict (sum of weights)</text>",
            f'<text x="4" y="{bottom_top + 4}">{peak:.0f}</text>',
            f'<text x="4" y="{bottom_top + bottom_h}">0</text>',
            f'<text x="{left}" y="{height - 6}">{first}</text>',
            f'<text x="{width - right}" y="{height - 6}" text-anchor="end">{last}</text></g>',
            f'<g stroke="#bbbbbb" stroke-width="0.5"><line x1="{left}" x2="{width - right}" '
            f'y1="{gap + top_h}" y2="{gap + top_h}"/><line x1="{left}" x2="{width - right}" '
            f'y1="{bottom_top + bottom_h}" y2="{bottom_top + bottom_h}"/></g>',
            f'<path class="tension" d="{_path(tension)}" fill="none" stroke="{INK}" '
            f'stroke-width="2"/>',
            f'<path class="cooperation" d="{_path(cooperation)}" fill="none" stroke="{BLUE}" '
            f'stroke-width="2"/>',
            f'<path class="conflict" d="{_path(conflict)}" fill="none" stroke="{VERMILION}" '
            f'stroke-width="2" stroke-dasharray="6 3"/>',
            f'<g font-size="11"><rect x="{width - 250}" y="{bottom_top - 20}" width="10" '
            f'height="3" fill="{BLUE}"/><text x="{width - 236}" y="{bottom_top - 15}">'
            f'cooperation</text><rect x="{width - 150}" y="{bottom_top - 20}" width="10" '
            f'height="3" fill="{VERMILION}"/><text x="{width - 136}" y="{bottom_top - 15}">'
            f"conflict (dashed)</text></g></svg>",
        ]
    )


WORLD = Path(__file__).parent / "data" / "world-110m.geojson"
MAP_WIDTH, MAP_HEIGHT = 960, 480
"""The map's projection is equirectangular: x = (lon + 180) * 960 / 360, y = (90 - lat)
* 480 / 180; the page places event points with the same formula."""


def project(longitude: float, latitude: float) -> tuple[float, float]:
    return (longitude + 180) * MAP_WIDTH / 360, (90 - latitude) * MAP_HEIGHT / 180


@functools.cache
def world_outline() -> str:
    """Every country's outline as one SVG, drawn once per process from the shipped
    Natural Earth shapes: nothing is fetched, no tile server."""
    paths = []
    for country in json.loads(WORLD.read_text())["features"]:
        geometry = country["geometry"]
        polygons = (
            [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        )
        rings = []
        for polygon in polygons:
            for ring in polygon:
                points = [project(lon, lat) for lon, lat in ring]
                rings.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in points) + "Z")
        name = escape(country["properties"]["name"])
        paths.append(f'<path d="{"".join(rings)}"><title>{name}</title></path>')
    return (
        SVG_OPEN + f'viewBox="0 0 {MAP_WIDTH} {MAP_HEIGHT}" width="{MAP_WIDTH}" '
        f'height="{MAP_HEIGHT}" role="img" aria-label="World map, country outlines">'
        f'<rect width="{MAP_WIDTH}" height="{MAP_HEIGHT}" fill="#eef3f7"/>'
        f'<g fill="#d9d9d9" stroke="#ffffff" stroke-width="0.5">{"".join(paths)}</g></svg>'
    )
