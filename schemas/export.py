"""Write (or check) the JSON Schema files generated from the wire models.

python -m schemas.export           # rewrite schemas/json/*.schema.json
python -m schemas.export --check   # exit 1 if any file differs from the models
"""

import json
import sys
from pathlib import Path

from pydantic import BaseModel

from schemas import Alert, Article, DeadLetter, Event, Happening, IndicatorUpdate

SCHEMA_DIR = Path(__file__).parent / "json"
MODELS: dict[str, type[BaseModel]] = {
    "article": Article,
    "event": Event,
    "happening": Happening,
    "indicator_update": IndicatorUpdate,
    "alert": Alert,
    "dead_letter": DeadLetter,
}


def render(model: type[BaseModel]) -> str:
    """The schema file's exact text for `model`."""
    schema = model.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def expected_files() -> dict[Path, str]:
    return {SCHEMA_DIR / f"{name}.schema.json": render(model) for name, model in MODELS.items()}


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for path, text in expected_files().items():
        current = path.read_text() if path.exists() else None
        if current == text:
            continue
        stale.append(path.name)
        if not check:
            path.write_text(text)
    if check and stale:
        print(f"out of date: {', '.join(stale)}; run python -m schemas.export", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
