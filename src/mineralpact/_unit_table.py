"""pint's unit names and factors, shipped as a table so that common units need no pint.

Building pint's registry takes a good part of a second, and importing pint
alone takes longer than the whole first conversion is meant to: a cache of
the registry on disk would still import pint, so the package ships, in a
form that reads fast, what :func:`mineralpact._units.unit_info` needs from
the registry for multiplicative units. The table in ``data/units.tsv``
holds pint's prefixes and suffixes, every unit name, symbol and alias with
its canonical name, and each canonical unit's exact factor to the root units
and its dimensions. It is pint's own data, not a rewrite of it: it is
generated from the package's registry by ``scripts/build_unit_table.py``,
checked by ``--check`` in continuous integration, and tested against pint on
every name and on generated units and conversions. Whatever the table cannot
answer exactly goes to pint.

The table is used only when the installed pint is the one it was generated
from: the same version, and the same bytes of pint's definition files (their
length and CRC-32, which tell an edited or other file from the one read,
without the cost of importing a cryptographic hash). With any other pint (or
none found), every unit goes to pint, as before, so the results never depend
on the table being right for another version.

The file is plain text, one entry a line, fields separated by tabs, so that
reading it needs neither :mod:`json` nor pint; the factors stay text until a
unit needs one::

    mineralpact unit table 1
    pint    <version>    <length and CRC-32 of pint's definition files>
    definition    <each of the package's own definitions, in order>
    prefix    <spelling>    <canonical prefix name>    <exact factor, or empty>
    suffix    <plural suffix>
    unit    <name, symbol or alias>    <canonical name>
    root    <canonical name>    <exact factor>    <[dimension]:exponent>...
"""

from __future__ import annotations

import os
import re
from fractions import Fraction
from typing import Any

from mineralpact._once import once

__all__ = [
    "DEFINITION_FILES",
    "HEADER",
    "UnitTable",
    "build_table",
    "pint_fingerprint",
    "table",
]

#: pint's files of unit definitions, whose bytes the table depends on.
DEFINITION_FILES = ("default_en.txt", "constants_en.txt")

#: The first line of the table; another format is not read.
HEADER = "mineralpact unit table 1"

_FILE = "units.tsv"
# A root entry: the exact factor, then each dimension with its integer exponent.
_ROOT = re.compile(r"-?[0-9]+(?:/[0-9]+)?(?:\t\[[^\]\t\n]+\]:-?[0-9]+)*")


def pint_fingerprint() -> dict[str, str] | None:
    """The installed pint's version and a digest of its definition files, without importing it.

    ``None`` if pint or its metadata cannot be found where this expects them.
    """
    import importlib.util
    from binascii import crc32

    try:
        spec = importlib.util.find_spec("pint")
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    package = os.path.dirname(spec.origin)
    digest = 0
    size = 0
    try:
        for name in DEFINITION_FILES:
            with open(os.path.join(package, name), "rb") as file:
                data = file.read()
            digest = crc32(b"\0", crc32(data, digest))
            size += len(data) + 1
        versions = [
            entry[len("pint-") : -len(".dist-info")]
            for entry in os.listdir(os.path.dirname(package))
            if entry.lower().startswith("pint-") and entry.endswith(".dist-info")
        ]
    except OSError:
        return None
    if len(versions) != 1:
        return None
    return {"version": versions[0], "definitions": f"{size}-{digest:08x}"}


class UnitTable:
    """What the table says about pint's registry.

    Attributes:
        prefixes: each spelling of a prefix (``"k"``, ``"kilo"``), in pint's
            order, with the prefix's canonical name.
        prefix_factors: each canonical prefix name's exact factor.
        suffixes: pint's plural suffixes, in its order.
        units: each unit name, symbol and alias, with the unit's canonical name.
        roots: for each multiplicative unit with an exact factor, that factor to
            the root units and its dimensions, as the table's text.
    """

    __slots__ = ("prefix_factors", "prefixes", "roots", "suffixes", "units")

    def __init__(
        self,
        prefixes: dict[str, str],
        prefix_factors: dict[str, Fraction],
        suffixes: tuple[str, ...],
        units: dict[str, str],
        roots: dict[str, str],
    ) -> None:
        self.prefixes = prefixes
        self.prefix_factors = prefix_factors
        self.suffixes = suffixes
        self.units = units
        self.roots = roots

    def root(self, unit: str) -> tuple[Fraction, dict[str, int]] | None:
        """The factor and dimensions of the canonical ``unit``, if the table has them.

        The factors are kept as text until asked for: reading them all would
        cost more than the few a process uses.
        """
        entry = self.roots.get(unit)
        if entry is None:
            return None
        factor, *dimensions = entry.split("\t")
        exponents: dict[str, int] = {}
        for dimension in dimensions:
            name, _, exponent = dimension.rpartition(":")
            exponents[name] = int(exponent)
        return Fraction(factor), exponents


def _fraction(value: Any) -> Fraction | None:
    if isinstance(value, (Fraction, int)) and not isinstance(value, bool):
        return Fraction(value)
    return None


def _line(*fields: str) -> str:
    for field in fields:
        if "\t" in field or "\n" in field or "\r" in field:  # pragma: no cover - pint's names
            raise ValueError(f"a field of the unit table holds a tab or a line break: {field!r}")
    return "\t".join(fields) + "\n"


def build_table(ureg: Any, definitions: tuple[str, ...]) -> str:
    """The table of ``ureg`` (built with ``definitions`` added), as the text of ``data/units.tsv``.

    ``ureg`` should be fresh: pint adds the prefixed units it meets to its
    table of names, which would make the table depend on what was read before.
    """
    fingerprint = pint_fingerprint()
    if fingerprint is None:  # pragma: no cover - the registry's pint is installed
        raise RuntimeError("the installed pint's definition files cannot be found")
    # Sorted: pint adds some prefixed units (``kilometer``) while it reads its
    # definitions, in an order that varies from run to run.
    units = dict(sorted(ureg._units.items()))
    lines = [HEADER + "\n", _line("pint", fingerprint["version"], fingerprint["definitions"])]
    lines.extend(_line("definition", definition) for definition in definitions)
    for spelling, prefix in ureg._prefixes.items():
        factor = _fraction(prefix.converter.scale)
        lines.append(_line("prefix", spelling, prefix.name, "" if factor is None else str(factor)))
    lines.extend(_line("suffix", suffix) for suffix in ureg._suffixes)
    lines.extend(_line("unit", spelling, unit.name) for spelling, unit in units.items())
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
        lines.append(
            _line(
                "root",
                name,
                str(exact),
                *(f"{dim}:{int(exp)}" for dim, exp in sorted(dimensions.items())),
            )
        )
    return "".join(lines)


def _read(definitions: tuple[str, ...]) -> UnitTable | None:
    """The table in ``data/units.tsv``, if it is whole and belongs to the installed pint."""
    try:
        with open(os.path.join(os.path.dirname(__file__), "data", _FILE), "rb") as file:
            lines = file.read().decode("utf-8").split("\n")
    except (OSError, ValueError):
        return None
    if lines[0] != HEADER or lines.pop() != "" or len(lines) < 2:
        return None
    fingerprint = pint_fingerprint()
    if fingerprint is None:
        return None
    if lines[1] != f"pint\t{fingerprint['version']}\t{fingerprint['definitions']}":
        return None
    read_definitions: list[str] = []
    prefixes: dict[str, str] = {}
    prefix_factors: dict[str, Fraction] = {}
    suffixes: list[str] = []
    units: dict[str, str] = {}
    roots: dict[str, str] = {}
    try:
        for line in lines[2:]:
            kind, _, rest = line.partition("\t")
            if kind == "unit":
                spelling, name = rest.split("\t")
                units[spelling] = name
            elif kind == "root":
                name, _, entry = rest.partition("\t")
                # Every factor must read as a fraction; the first unit read would fail otherwise.
                if not _ROOT.fullmatch(entry):
                    return None
                roots[name] = entry
            elif kind == "prefix":
                spelling, name, factor = rest.split("\t")
                prefixes[spelling] = name
                if factor:
                    prefix_factors[name] = Fraction(factor)
            elif kind == "suffix":
                suffixes.append(rest)
            elif kind == "definition":
                read_definitions.append(rest)
            else:
                return None
    except ValueError:
        return None
    if tuple(read_definitions) != definitions:
        return None
    return UnitTable(prefixes, prefix_factors, tuple(suffixes), units, roots)


@once
def table() -> UnitTable | None:
    """The shipped table, or ``None`` if it does not belong to the installed pint.

    Read once, on first use; ``None`` sends every unit to pint.
    """
    from mineralpact._units import DEFINITIONS

    if os.environ.get("MINERALPACT_UNIT_TABLE", "").strip().lower() in ("0", "off", "no", "false"):
        return None
    return _read(DEFINITIONS)
