"""The package as users meet it: its version, its public API and its import cost."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

import mineralpact
from mineralpact import _unit_table


def test_version_comes_from_the_installed_metadata() -> None:
    assert mineralpact.__version__ == version("mineralpact")


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        mineralpact.no_such_name  # type: ignore[attr-defined]  # noqa: B018


def test_all_names_exist_and_are_unique() -> None:
    assert len(set(mineralpact.__all__)) == len(mineralpact.__all__)
    for name in mineralpact.__all__:
        assert hasattr(mineralpact, name), name


def test_public_names_have_docstrings() -> None:
    for name in mineralpact.__all__:
        obj = getattr(mineralpact, name)
        if callable(obj):
            assert obj.__doc__, f"{name} has no docstring"


def _run(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_import_is_cheap() -> None:
    """``import mineralpact`` loads none of its submodules and no dependency."""
    out = _run(
        "import sys, mineralpact\n"
        "loaded = [m for m in sys.modules if m.startswith(('mineralpact.', 'pint', 'pycountry',"
        " 'dateutil', 'cattrs', 'attr'))]\n"
        "print(','.join(sorted(loaded)))\n"
    )
    assert out == ""


def test_using_every_public_name_loads_no_heavy_dependency_nor_data() -> None:
    """pint, pycountry and dateutil's parser load only when a unit, a code or a
    phrase is first checked; bundled data files are read only when looked up."""
    out = _run(
        "import builtins, io, sys\n"
        "opened = []\n"
        "real_open = io.open\n"
        "def spy(file, *a, **k):\n"
        "    opened.append(str(file))\n"
        "    return real_open(file, *a, **k)\n"
        "io.open = builtins.open = spy\n"
        "import mineralpact\n"
        "for name in mineralpact.__all__:\n"
        "    getattr(mineralpact, name)\n"
        "heavy = [m for m in ('pint', 'pycountry', 'dateutil.parser') if m in sys.modules]\n"
        "data = [f for f in opened if f.endswith(('.json', '.tsv'))]\n"
        "print(heavy, data)\n"
    )
    assert out == "[] []"


@pytest.mark.skipif(
    _unit_table.table() is None,
    reason="the shipped unit table was made from another pint than the one installed",
)
def test_the_fields_units_are_read_from_the_shipped_table_without_pint() -> None:
    out = _run(
        "import sys, mineralpact\n"
        "q = mineralpact.Quantity.parse('3,110 t')\n"
        "print('pint' in sys.modules, q.to('kt'))\n"
    )
    assert out == "False 3.11 kt"


def test_every_public_name_is_its_submodules_object() -> None:
    import importlib

    from mineralpact import _SUBMODULE

    assert set(_SUBMODULE) == set(mineralpact.__all__)
    for name, module in _SUBMODULE.items():
        submodule = importlib.import_module(f"mineralpact.{module}")
        assert name in submodule.__all__, (name, module)
        assert getattr(mineralpact, name) is getattr(submodule, name)


def test_dir_lists_the_public_names() -> None:
    assert set(mineralpact.__all__) <= set(dir(mineralpact))


def test_package_ships_py_typed() -> None:
    from importlib.resources import files

    assert files("mineralpact").joinpath("py.typed").is_file()


def test_public_submodules_are_attributes_of_the_package() -> None:
    out = _run(
        "import mineralpact\n"
        "print(mineralpact.bundled.korea_mongolia.__name__, mineralpact.minerals.__name__)\n"
    )
    assert out == "korea_mongolia mineralpact.minerals"


def _type_checking_imports() -> tuple[dict[str, tuple[str, ...]], set[str]]:
    """The names and submodules that ``mineralpact/__init__.py`` imports under
    ``TYPE_CHECKING``, read from its source as a type checker reads them."""
    import ast

    source = Path(mineralpact.__file__).read_text(encoding="utf-8")
    block = next(
        node
        for node in ast.parse(source).body
        if isinstance(node, ast.If)
        and isinstance(node.test, ast.Name)
        and node.test.id == "TYPE_CHECKING"
    )
    names: dict[str, list[str]] = {}
    modules: set[str] = set()
    for node in block.body:
        if not isinstance(node, ast.ImportFrom):
            continue
        assert node.module is not None
        for alias in node.names:
            # ``X as X``: the form that re-exports X to a type checker
            assert alias.asname == alias.name, ast.unparse(node)
            if node.module == "mineralpact":
                modules.add(alias.name)
            else:
                module = node.module.removeprefix("mineralpact.")
                names.setdefault(module, []).append(alias.name)
    return {module: tuple(sorted(n)) for module, n in names.items()}, modules


def test_the_type_checking_imports_mirror_the_one_list_of_public_names() -> None:
    """``_EXPORTS`` is the one hand-kept list of public names; ``__all__`` and
    the lazy look-up derive from it, and the imports that type checkers see
    must name exactly the same names from the same submodules."""
    from mineralpact import _EXPORTS, _MODULES

    names, modules = _type_checking_imports()
    assert names == {module: tuple(sorted(n)) for module, n in _EXPORTS.items()}
    # strategies needs hypothesis, which type checkers of users may not have
    assert modules == _MODULES - {"strategies"}
    listed = [name for n in _EXPORTS.values() for name in n]
    assert len(listed) == len(set(listed)) == len(mineralpact.__all__)
    assert mineralpact.__all__ == sorted(listed)


def test_no_private_name_crosses_a_module_boundary() -> None:
    """A module uses only its own private names: what modules share lives in
    a private module (``mineralpact._x``) under a name without an underscore."""
    import ast

    crossings = []
    for path in sorted(Path(mineralpact.__file__).parent.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("mineralpact"):
                for alias in node.names:
                    if node.module == "mineralpact":
                        modules.add(alias.asname or alias.name)
                    elif alias.name.startswith("_") and not alias.name.startswith("__"):
                        crossings.append(f"{path.name}: from {node.module} import {alias.name}")
        crossings.extend(
            f"{path.name}:{node.lineno}: {node.value.id}.{node.attr}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in modules
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
        )
    assert crossings == []


def test_the_old_name_of_the_bundled_module_warns_and_names_the_new_one() -> None:
    import importlib

    from mineralpact import bundled

    sys.modules.pop("mineralpact.datasets", None)
    with pytest.warns(DeprecationWarning, match=r"mineralpact\.datasets.*mineralpact\.bundled"):
        old = importlib.import_module("mineralpact.datasets")
    assert old.korea_mongolia is bundled.korea_mongolia
    assert old.__all__ == bundled.__all__


def test_the_old_name_of_the_bundled_module_is_an_attribute_that_warns() -> None:
    out = _run(
        "import warnings\n"
        "warnings.simplefilter('error')\n"
        "import mineralpact\n"
        "assert mineralpact.bundled.korea_mongolia\n"
        "try:\n"
        "    mineralpact.datasets\n"
        "except DeprecationWarning as warning:\n"
        "    print(warning)\n"
    )
    assert "mineralpact.bundled" in out
