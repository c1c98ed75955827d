"""Reading fixture articles: one JSON file per article, validated as `Article`.

The project's own fixtures ship with the package: `bundled:` names them all and
`bundled:NAME` one file or folder among them, from any directory.
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from schemas import Article
from streams.errors import FixtureError

BUNDLED = "bundled:"


def bundled_path(name: str = "") -> Path:
    """The installed fixture articles (`dyadwatch_fixtures`), or one of them by name."""
    import dyadwatch_fixtures

    folder = Path(dyadwatch_fixtures.__file__).parent / "articles"
    return folder / name if name else folder


def bundled_gold() -> Path:
    """Where the bundled articles' events happened (README, "Where it happened")."""
    import dyadwatch_fixtures

    return Path(dyadwatch_fixtures.__file__).parent / "places.jsonl"


def resolve(raw: str | Path) -> Path:
    """A path as given, or, for `bundled:` and `bundled:NAME`, among the bundled ones."""
    text = str(raw)
    return bundled_path(text.removeprefix(BUNDLED)) if text.startswith(BUNDLED) else Path(raw)


def fixture_files(paths: Iterable[str | Path]) -> list[Path]:
    """The `.json` files named, or found below the directories named, in sorted order."""
    found: list[Path] = []
    for raw in paths:
        path = resolve(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.json") if p.is_file()))
        elif path.exists():
            found.append(path)
        else:
            raise FixtureError(str(raw), "no such file or directory")
    return found


def describe_validation_error(exc: ValidationError) -> str:
    """`field `published`: Input should have timezone info; ...` — one clause per problem."""
    parts = []
    for error in exc.errors():
        loc = ".".join(str(part) for part in error["loc"]) or "(whole record)"
        parts.append(f"field `{loc}`: {error['msg']}")
    return "; ".join(parts)


def load_fixture(path: Path) -> Article:
    try:
        data = json.loads(path.read_bytes())
    except OSError as exc:
        raise FixtureError(str(path), f"cannot read: {exc.strerror}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FixtureError(str(path), f"not valid JSON: {exc}") from exc
    try:
        return Article.model_validate(data)
    except ValidationError as exc:
        raise FixtureError(str(path), describe_validation_error(exc)) from exc


@dataclass
class FixtureSet:
    """What a set of paths held: valid articles, and one error per bad file."""

    articles: list[Article]
    errors: list[FixtureError]


def load_fixtures(paths: Iterable[str | Path]) -> FixtureSet:
    """Load every file; a bad file is reported, never fatal to the others.

    Articles come back in publication order (ties by id, then version), the
    order a live feed would have sent them in.
    """
    articles, errors = [], []
    for path in fixture_files(paths):
        try:
            articles.append(load_fixture(path))
        except FixtureError as exc:
            errors.append(exc)
    articles.sort(key=lambda a: (a.published, a.id, a.version))
    return FixtureSet(articles, errors)
