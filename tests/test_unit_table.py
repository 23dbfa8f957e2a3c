"""The shipped table of pint's units: the same answers as pint, and pint when in doubt."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineralpact import _unit_table, _units
from mineralpact._units import MISLEADING_UNITS, UnitInfo, check_unit_text, unit_info
from mineralpact.errors import IncompatibleUnitsError, InvalidUnitError
from mineralpact.quantities import Quantity
from mineralpact.strategies import FIELD_UNITS, quantities

ROOT = Path(__file__).resolve().parent.parent
_SHIPPED = (ROOT / "src" / "mineralpact" / "data" / "units.tsv").read_text(encoding="utf-8")

_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_")


def _table() -> _unit_table.UnitTable:
    tab = _unit_table.table()
    assert tab is not None, "the shipped table does not match the installed pint"
    return tab


def _names() -> list[str]:
    """Every spelling of a unit in the table that the unit grammar lets through."""
    return sorted(n for n in _table().units if n and set(n) <= _NAME_CHARS)


def _pint_answer(text: str) -> UnitInfo | str:
    try:
        return _units._pint_unit_info(text)
    except InvalidUnitError as exc:
        return f"refused: {exc}"


def _agree(text: str) -> None:
    """The table's answer is pint's, or the table leaves the text to pint."""
    try:
        normalized = check_unit_text(text)
    except InvalidUnitError:
        return
    fast = _units._table_unit_info(normalized)
    expected = _pint_answer(normalized)
    if fast is not None:
        assert fast == expected, text
    # Whatever path it takes, the public function gives pint's answer.
    try:
        got: UnitInfo | str = unit_info(normalized)
    except InvalidUnitError as exc:
        got = f"refused: {exc}"
    assert got == expected, text


@pytest.fixture
def fresh_table() -> Iterator[None]:
    """Forget the table and the per-text caches before and after the test."""

    def forget() -> None:
        _unit_table.table.reset()
        _units.unit_info.cache_clear()
        _units.conversion_factor.cache_clear()

    forget()
    yield
    forget()


# --- the same answers as pint --------------------------------------------------


#: The tests below that need the table to be the one the package reads run
#: only where the installed pint is the one it was made from (with the declared
#: oldest pint, the package reads every unit by pint, as
#: ``test_a_table_that_is_missing_corrupt_or_for_another_pint_is_not_used`` checks).
needs_table = pytest.mark.skipif(
    _unit_table.table() is None,
    reason="the shipped unit table was made from another pint than the one installed",
)


@needs_table
def test_the_shipped_table_is_the_installed_pints() -> None:
    assert _unit_table.table() is not None
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_unit_table.py"), "--check"],
        check=False,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


@needs_table
def test_every_unit_name_in_the_table_reads_as_pint_reads_it() -> None:
    names = _names()
    assert len(names) > 800
    read = 0
    for name in names:
        _agree(name)
        read += _units._table_unit_info(name) is not None
    # The table answers for nearly all of them; pint only for the few it must.
    assert read > 0.8 * len(names)


@needs_table
def test_the_fields_units_and_the_misleading_names_agree_with_pint() -> None:
    for text in FIELD_UNITS:
        assert _units._table_unit_info(check_unit_text(text)) is not None, text
        _agree(text)
    for entry in MISLEADING_UNITS:
        for text in (entry.unit, f"{entry.unit}s", f"k{entry.unit}", "ton", "mt", "T", "oz"):
            _agree(text)
    for text in ("g per t", "square m", "m squared", "cubic m", "nan", "dimensionless", "inf"):
        _agree(text)


_PREFIXES = ("", "", "k", "M", "G", "m", "u", "kilo", "mega", "micro", "milli", "n")
_SUFFIXES = ("", "", "s")


@st.composite
def _unit_texts(draw: st.DrawFn, depth: int = 0) -> str:
    """Unit texts of the grammar: names of the table, prefixed or plural, in products,
    ratios, powers and parentheses."""
    factors = []
    for _ in range(draw(st.integers(1, 3))):
        if depth < 2 and draw(st.integers(0, 5)) == 0:
            atom = f"({draw(_unit_texts(depth + 1))})"
        else:
            atom = draw(
                st.one_of(
                    st.sampled_from(FIELD_UNITS),
                    st.sampled_from(("ton", "mt", "T", "oz", "gr", "per", "degC", "dB", "%")),
                    st.builds(
                        "".join,
                        st.tuples(
                            st.sampled_from(_PREFIXES),
                            st.sampled_from(_names()),
                            st.sampled_from(_SUFFIXES),
                        ),
                    ),
                )
            )
        exponent = draw(st.sampled_from(("", "", "**2", "^-1", "**-3", "^+2")))
        factors.append(atom + exponent)
    separators = [draw(st.sampled_from(("*", "/", " ", " / ", "·", " * "))) for _ in factors]
    return "".join(s + f for s, f in zip(["", *separators], factors, strict=False))


@needs_table
@given(_unit_texts())
def test_generated_units_read_as_pint_reads_them(text: str) -> None:
    _agree(text)


@given(quantities(), st.sampled_from(FIELD_UNITS))
def test_conversions_of_generated_quantities_are_pints(quantity: Quantity, unit: str) -> None:
    def convert() -> Quantity | str:
        _units.unit_info.cache_clear()
        _units.conversion_factor.cache_clear()
        try:
            return quantity.to(unit)
        except (InvalidUnitError, IncompatibleUnitsError) as exc:
            return f"refused: {exc}"

    with_table = convert()
    with mock.patch.object(_units, "_table_unit_info", return_value=None):
        with_pint = convert()
    assert with_table == with_pint
    assert repr(with_table) == repr(with_pint)


@pytest.mark.parametrize("text", ["degC*degC", "degC*((t))**2", "degC**2", "t*degF"])
def test_offset_units_in_products_are_refused_with_the_packages_error(text: str) -> None:
    # pint's own error here could not write its message, and a TypeError escaped.
    with pytest.raises(InvalidUnitError, match="offset"):
        unit_info(text)


# --- when the table is not used ------------------------------------------------


def _with_table_text(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str | bytes) -> None:
    """Make the package read ``text`` as its table."""
    data = tmp_path / "data"
    data.mkdir(parents=True)
    (data / "units.tsv").write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    monkeypatch.setattr(_unit_table, "__file__", str(tmp_path / "_unit_table.py"))


@needs_table
def test_the_table_is_read_once_and_shared(fresh_table: None) -> None:
    first = _unit_table.table()
    assert first is not None
    assert _unit_table.table() is first
    assert _unit_table.table.builds == 1


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{not a table\n",
        "mineralpact unit table 2\n",
        "mineralpact unit table 1\n",
        "mineralpact unit table 1\npint\t0.1\t0-00000000\n",
        _SHIPPED.replace("\nprefix\t", "\nprefix \t", 1),
        _SHIPPED.replace("\nunit\t", "\nunit\tt\tt\t", 1),
        _SHIPPED.replace("\nsuffix\t", "\nunknown\t", 1),
        _SHIPPED + "unit\tt",
        _SHIPPED.encode("utf-8").replace(b"\ndefinition", b"\ndefinition\xff", 1),
    ],
    ids=[
        "empty",
        "corrupt",
        "another format",
        "no pint",
        "another pint",
        "a misspelt kind",
        "too many fields",
        "an unknown kind",
        "cut short",
        "not UTF-8",
    ],
)
def test_a_table_that_is_missing_corrupt_or_for_another_pint_is_not_used(
    fresh_table: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str | bytes
) -> None:
    _with_table_text(monkeypatch, tmp_path, text)
    assert _unit_table.table() is None
    # Units are read by pint, with the same answers, and nothing is reported.
    assert unit_info("kt").factor == Fraction(10**9)
    assert unit_info("g/t").dimensionality == "dimensionless"


def test_a_table_for_other_definitions_is_not_used(
    fresh_table: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    first = next(line for line in _SHIPPED.splitlines() if line.startswith("definition\t"))
    _with_table_text(monkeypatch, tmp_path, _SHIPPED.replace(first + "\n", "", 1))
    assert _unit_table.table() is None


def test_a_damaged_entry_sends_the_units_to_pint(
    fresh_table: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    entry = next(line for line in _SHIPPED.splitlines() if line.startswith("root\tmetric_ton\t"))
    _with_table_text(
        monkeypatch, tmp_path, _SHIPPED.replace(entry, "root\tmetric_ton\tnot a fraction", 1)
    )
    assert _unit_table.table() is None
    assert unit_info("t").factor == Fraction(10**6)


def test_the_table_can_be_turned_off(fresh_table: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINERALPACT_UNIT_TABLE", "off")
    assert _unit_table.table() is None
    assert _units._table_unit_info("kt") is None
    assert unit_info("kt").factor == Fraction(10**9)


def test_no_pint_found_means_no_table(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    assert _unit_table.pint_fingerprint() is None


_FIRST_CONVERSION = (
    "import sys, warnings\n"
    "warnings.simplefilter('error')\n"
    "import mineralpact\n"
    "q = mineralpact.Quantity.parse('3110 t').to('kt')\n"
    "r = mineralpact.Quantity.parse('2.5 Mt/yr').to('kt/a')\n"
    "print(q, r, ' '.join(sorted(m for m in {modules} if m in sys.modules)), sep=' | ')\n"
)

# What the first conversion has no need of: pint, and the modules of loading
# and writing documents, each of which would cost it milliseconds.
_NOT_ON_THE_WAY = ("pint", "cattrs", "mineralpact._converter", "json", "hashlib")


def _first_conversion(**env: str) -> str:
    code = _FIRST_CONVERSION.format(modules=_NOT_ON_THE_WAY)
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **env},
    )
    assert out.stderr == ""
    return out.stdout.rstrip("\n")


@needs_table
def test_the_first_conversion_in_a_fresh_interpreter_is_exact_and_does_not_load_pint() -> None:
    assert _first_conversion() == "3.11 kt | 2500 kt/a | "


def test_the_first_conversion_with_the_table_turned_off_is_the_same_by_pint() -> None:
    q, r, loaded = _first_conversion(MINERALPACT_UNIT_TABLE="off").split(" | ")
    assert (q, r) == ("3.11 kt", "2500 kt/a")
    assert "pint" in loaded.split()
