"""pint's unit names and factors, shipped as a table so that common units need no pint.

Building pint's registry takes a good part of a second (importing pint alone
takes a sixth of one), which every process paid on its first unit. The
table in ``data/units.json`` holds what :func:`mineralpact._units.unit_info`
needs from the registry for multiplicative units: pint's prefixes and
suffixes, every unit name, symbol and alias with its canonical name, and
each canonical unit's exact factor to the root units and its dimensions.
It is generated from the registry by ``scripts/build_unit_table.py``, and
checked by ``--check`` in continuous integration.

The table is used only when the installed pint is the one it was generated
from: the same version, and the same bytes of pint's definition files. With
any other pint (or none found), every unit goes to pint, as before, so the
results never depend on the table being right for another version.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from fractions import Fraction
from typing import Any

import attrs

from mineralpact._once import once

__all__ = [
    "DEFINITION_FILES",
    "UnitTable",
    "build_table",
    "pint_fingerprint",
    "table",
    "table_json",
]

#: pint's files of unit definitions, whose bytes the table depends on.
DEFINITION_FILES = ("default_en.txt", "constants_en.txt")

_FILE = "units.json"
_FRACTION = re.compile(r"-?[0-9]+(/[0-9]+)?")


def pint_fingerprint() -> dict[str, str] | None:
    """The installed pint's version and a digest of its definition files, without importing it.

    ``None`` if pint or its metadata cannot be found where this expects them.
    """
    import importlib.util

    try:
        spec = importlib.util.find_spec("pint")
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    package = os.path.dirname(spec.origin)
    digest = hashlib.sha256()
    try:
        for name in DEFINITION_FILES:
            with open(os.path.join(package, name), "rb") as file:
                digest.update(file.read())
            digest.update(b"\0")
        versions = [
            entry[len("pint-") : -len(".dist-info")]
            for entry in os.listdir(os.path.dirname(package))
            if entry.lower().startswith("pint-") and entry.endswith(".dist-info")
        ]
    except OSError:
        return None
    if len(versions) != 1:
        return None
    return {"version": versions[0], "definitions": digest.hexdigest()}


@attrs.frozen
class UnitTable:
    """What the table says about pint's registry.

    Attributes:
        prefixes: each spelling of a prefix (``"k"``, ``"kilo"``), in pint's
            order, with the prefix's canonical name.
        prefix_factors: each canonical prefix name's exact factor.
        suffixes: pint's plural suffixes, in its order.
        units: each unit name, symbol and alias, with the unit's canonical name.
        roots: for each multiplicative unit with an exact factor, that factor to
            the root units and its dimensions (name and integer exponent).
    """

    prefixes: dict[str, str]
    prefix_factors: dict[str, Fraction]
    suffixes: tuple[str, ...]
    units: dict[str, str]
    roots: dict[str, list[Any]]

    def root(self, unit: str) -> tuple[Fraction, dict[str, int]] | None:
        """The factor and dimensions of the canonical ``unit``, if the table has them.

        The factors are kept as text until asked for: reading them all would
        cost more than the few a process uses.
        """
        entry = self.roots.get(unit)
        if entry is None:
            return None
        return Fraction(entry[0]), dict(entry[1])


def _fraction(value: Any) -> Fraction | None:
    if isinstance(value, (Fraction, int)) and not isinstance(value, bool):
        return Fraction(value)
    return None


def build_table(ureg: Any, definitions: tuple[str, ...]) -> dict[str, Any]:
    """The table of ``ureg`` (built with ``definitions`` added), as JSON-ready data.

    ``ureg`` should be fresh: pint adds the prefixed units it meets to its
    table of names, which would make the table depend on what was read before.
    """
    # Sorted: pint adds some prefixed units (``kilometer``) while it reads its
    # definitions, in an order that varies from run to run.
    units = dict(sorted(ureg._units.items()))
    prefixes: dict[str, list[str]] = {}
    for spelling, prefix in ureg._prefixes.items():
        factor = _fraction(prefix.converter.scale)
        prefixes[spelling] = [prefix.name, str(factor) if factor is not None else ""]
    roots: dict[str, list[Any]] = {}
    for name, definition in units.items():
        if name != definition.name or not definition.is_multiplicative:
            continue
        try:
            factor, _root = ureg.get_root_units(name)
            dimensions = dict(ureg.get_dimensionality(name))
        except Exception:  # pragma: no cover - a unit pint cannot reduce goes to pint
            continue
        exact = _fraction(factor)
        if exact is None or any(Fraction(exp).denominator != 1 for exp in dimensions.values()):
            continue
        roots[name] = [str(exact), {dim: int(exp) for dim, exp in sorted(dimensions.items())}]
    return {
        "pint": pint_fingerprint(),
        "definitions": list(definitions),
        "prefixes": prefixes,
        "suffixes": list(ureg._suffixes),
        "units": {spelling: definition.name for spelling, definition in units.items()},
        "roots": roots,
    }


def table_json(data: dict[str, Any]) -> str:
    """The table as the text of ``data/units.json``."""
    return json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n"


def _read(definitions: tuple[str, ...]) -> UnitTable | None:
    try:
        with open(os.path.join(os.path.dirname(__file__), "data", _FILE), "rb") as file:
            data = json.loads(file.read().decode("utf-8"))
        if data["pint"] is None or data["pint"] != pint_fingerprint():
            return None
        if tuple(data["definitions"]) != definitions:
            return None
        prefixes: dict[str, str] = {}
        prefix_factors: dict[str, Fraction] = {}
        for spelling, (name, factor) in data["prefixes"].items():
            prefixes[spelling] = name
            if factor:
                prefix_factors[name] = Fraction(factor)
        for factor, dimensions in data["roots"].values():
            if not isinstance(factor, str) or not isinstance(dimensions, dict):
                return None
        # Every factor must read as a fraction; the first unit read would fail otherwise.
        if not all(_FRACTION.fullmatch(factor) for factor, _dims in data["roots"].values()):
            return None
        return UnitTable(
            prefixes,
            prefix_factors,
            tuple(data["suffixes"]),
            dict(data["units"]),
            data["roots"],
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


@once
def table() -> UnitTable | None:
    """The shipped table, or ``None`` if it does not belong to the installed pint.

    Read once, on first use; ``None`` sends every unit to pint.
    """
    from mineralpact._units import DEFINITIONS

    if os.environ.get("MINERALPACT_UNIT_TABLE", "").strip().lower() in ("0", "off", "no", "false"):
        return None
    return _read(DEFINITIONS)
