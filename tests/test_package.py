"""The package as users meet it: its version, its public API and its import cost."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path
from types import ModuleType

import pytest

import mineralpact

ROOT = Path(__file__).resolve().parent.parent


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
        "data = [f for f in opened if f.endswith('.json')]\n"
        "print(heavy, data)\n"
    )
    assert out == "[] []"


def test_pint_is_loaded_when_a_unit_is_first_used() -> None:
    out = _run(
        "import sys, mineralpact\n"
        "q = mineralpact.Quantity.parse('3,110 t')\n"
        "print('pint' in sys.modules, q.to('kt'))\n"
    )
    assert out == "True 3.11 kt"


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
        "print(mineralpact.datasets.korea_mongolia.__name__, mineralpact.minerals.__name__)\n"
    )
    assert out == "korea_mongolia mineralpact.minerals"


def _minimum_requirements() -> ModuleType:
    path = ROOT / "scripts" / "minimum_requirements.py"
    spec = importlib.util.spec_from_file_location("minimum_requirements", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_runtime_dependency_has_a_floor_that_ci_installs() -> None:
    script = _minimum_requirements()
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    pins = script.minimum_requirements(pyproject)
    names = {pin.partition("==")[0] for pin in pins}
    assert names == {"attrs", "cattrs", "pint", "python-dateutil", "pycountry"}
    # pycountry 23.12.11 fails the suite and warns (Country("MN").official_name);
    # 24.6.1 is the first release that passes.
    assert "pycountry==24.6.1" in pins
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    install = next(line for line in ci if "scripts/minimum_requirements.py" in line)
    venv = install.split()[0].removesuffix("/bin/python")
    assert '-e ".[test]"' in install
    assert ci.index(f"{venv}/bin/python -m pytest") > ci.index(install)


def test_a_dependency_without_a_plain_floor_is_refused() -> None:
    script = _minimum_requirements()
    with pytest.raises(ValueError, match="without a plain floor"):
        script.minimum_requirements('dependencies = [\n  "attrs",\n]\n')
    assert script.minimum_requirements('dependencies = [\n  "pint>=0.23",\n]\n') == ["pint==0.23"]
