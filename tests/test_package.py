"""The package as users meet it: its version, its public API and its import cost."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

import pytest

import mineralpact


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


def test_import_is_cheap() -> None:
    """Importing the package loads neither pint nor pycountry, nor dateutil's parser."""
    code = (
        "import sys, mineralpact\n"
        "heavy = [m for m in ('pint', 'pycountry', 'dateutil.parser') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""


def test_package_ships_py_typed() -> None:
    from importlib.resources import files

    assert files("mineralpact").joinpath("py.typed").is_file()
