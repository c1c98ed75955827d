"""Each name the project's modules define at module level is defined once: a second
`DISASTERS = ...` further down a module silently replaces the first for every function
that reads it, a bug no behaviour test points at directly (the coder had three)."""

import ast
from collections import Counter
from pathlib import Path

import pytest

import streams

PACKAGE = Path(streams.__file__).parent
MODULES = sorted(PACKAGE.rglob("*.py"))


def defined_names(path: Path) -> list[str]:
    names = []
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.ImportFrom):  # a name imported, then defined again
            names += [alias.asname or alias.name for alias in node.names]
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_level_names_are_defined_once(path: Path) -> None:
    twice = [name for name, count in Counter(defined_names(path)).items() if count > 1]
    assert twice == [], f"{path.name} defines {twice} more than once"


def test_a_second_definition_is_found(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("A = 1\n\ndef f():\n    return A\n\nA = 2\n")
    assert Counter(defined_names(module))["A"] == 2


def test_an_imported_name_defined_again_is_found(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("from os.path import sep as A\n\nA = 2\n")
    assert Counter(defined_names(module))["A"] == 2
