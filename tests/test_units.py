"""The unit grammar, the lazily built pint registry, and exact conversion factors."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineralpact import _unit_table, _units
from mineralpact._units import (
    MAX_UNIT_LENGTH,
    MISLEADING_UNITS,
    check_unit_text,
    conversion_factor,
    format_dimensionality,
    registry,
    unit_info,
)
from mineralpact.errors import IncompatibleUnitsError, InvalidTypeError, InvalidUnitError
from mineralpact.quantities import Quantity

# Exact factors to grams (pint's root unit of mass), from the units' definitions.
MASS_FACTORS = {
    "t": Fraction(10**6),
    "tonne": Fraction(10**6),
    "tonnes": Fraction(10**6),
    "kt": Fraction(10**9),
    "Mt": Fraction(10**12),
    "kg": Fraction(1000),
    "g": Fraction(1),
    "lb": Fraction("453.59237"),
    "troy_ounce": Fraction("31.1034768"),
    "ozt": Fraction("31.1034768"),
}

DIMENSIONLESS_FACTORS = {
    "percent": Fraction(1, 100),
    "%": Fraction(1, 100),
    "ppm": Fraction(1, 10**6),
    "g/t": Fraction(1, 10**6),
}

# A Julian year of 365.25 days, as pint defines ``year``, ``yr`` and ``a``.
SECONDS_PER_YEAR = 365 * 86400 + 86400 // 4

RATE_FACTORS = {
    "t/year": Fraction(10**6, SECONDS_PER_YEAR),
    "t/yr": Fraction(10**6, SECONDS_PER_YEAR),
    "t/a": Fraction(10**6, SECONDS_PER_YEAR),
    "kt/a": Fraction(10**9, SECONDS_PER_YEAR),
    "Mt/yr": Fraction(10**12, SECONDS_PER_YEAR),
    "t per year": Fraction(10**6, SECONDS_PER_YEAR),
}


def run_fresh(code: str) -> str:
    """Run ``code`` in a new interpreter and return what it prints."""
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()


# --- the field's units --------------------------------------------------------


@pytest.mark.parametrize(("unit", "factor"), MASS_FACTORS.items())
def test_mass_units_have_exact_factors(unit: str, factor: Fraction) -> None:
    info = unit_info(unit)
    assert info.dimensionality == "[mass]"
    assert info.factor == factor


@pytest.mark.parametrize(("unit", "factor"), DIMENSIONLESS_FACTORS.items())
def test_grades_are_dimensionless_with_exact_factors(unit: str, factor: Fraction) -> None:
    info = unit_info(unit)
    assert info.dimensionality == "dimensionless"
    assert info.factor == factor


@pytest.mark.parametrize(("unit", "factor"), RATE_FACTORS.items())
def test_rates_per_year_have_exact_factors(unit: str, factor: Fraction) -> None:
    info = unit_info(unit)
    assert info.dimensionality == "[mass] / [time]"
    assert info.factor == factor


def test_kt_is_the_kilotonne_not_the_knot() -> None:
    assert unit_info("kt").dimensionality == "[mass]"
    assert conversion_factor("kt", "t") == 1000
    # The knot keeps its long names.
    assert unit_info("knot").dimensionality == "[length] / [time]"


def test_t_is_the_metric_tonne_and_short_ton_the_short_ton() -> None:
    assert conversion_factor("t", "kg") == 1000
    assert conversion_factor("short_ton", "lb") == 2000
    assert conversion_factor("long_ton", "lb") == 2240


@pytest.mark.parametrize(
    ("source", "target", "factor"),
    [
        ("t", "kt", Fraction(1, 1000)),
        ("kt", "t", Fraction(1000)),
        ("Mt", "kt", Fraction(1000)),
        ("lb", "kg", Fraction("0.45359237")),
        ("troy_ounce", "g", Fraction("31.1034768")),
        ("t/yr", "kt/a", Fraction(1, 1000)),
        ("t/year", "t/a", Fraction(1)),
        ("percent", "ppm", Fraction(10**4)),
        ("g/t", "ppm", Fraction(1)),
        ("kg", "lb", Fraction(10**8, 45359237)),
    ],
)
def test_conversion_factors_are_exact(source: str, target: str, factor: Fraction) -> None:
    assert conversion_factor(source, target) == factor


def test_dimensions_of_compound_units() -> None:
    assert unit_info("(t/yr)**2").dimensionality == "[mass] ** 2 / [time] ** 2"
    assert unit_info("m^-2").dimensionality == "1 / [length] ** 2"
    assert unit_info("kg·m").dimensionality == "[length] * [mass]"
    assert unit_info("t t").dimensionality == "[mass] ** 2"
    assert unit_info("µg").factor == Fraction(1, 10**6)


def test_a_unit_defined_through_a_square_root_gets_a_rational_factor() -> None:
    info = unit_info("planck_length")
    assert info.dimensionality == "[length]"
    assert 1.6e-35 < info.factor < 1.7e-35


@pytest.mark.parametrize(
    ("dimensions", "text"),
    [
        ({}, "dimensionless"),
        ({"[mass]": 1}, "[mass]"),
        ({"[mass]": 1, "[time]": -1}, "[mass] / [time]"),
        ({"[time]": -1}, "1 / [time]"),
        ({"[length]": 2, "[mass]": 0}, "[length] ** 2"),
        ({"[time]": -2, "[length]": 1}, "[length] / [time] ** 2"),
    ],
)
def test_format_dimensionality(dimensions: dict[str, int], text: str) -> None:
    assert format_dimensionality(dimensions) == text


# --- text is kept as written, whitespace collapsed ------------------------------


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("t", "t"),
        ("  t ", "t"),
        ("t /  yr", "t / yr"),
        ("g/t", "g/t"),
        ("t\tper\nyear", "t per year"),
    ],
)
def test_whitespace_is_collapsed_and_nothing_else_changes(text: str, normalized: str) -> None:
    assert check_unit_text(text) == normalized
    assert unit_info(text).text == normalized


# --- hostile and invalid unit text ---------------------------------------------


INVALID_UNITS = [
    pytest.param("9**9**9 meter", "number", id="power-tower"),
    pytest.param("(" * 5000 + "m" + ")" * 5000, "characters", id="deep-parentheses-long"),
    pytest.param("(((m)))", "deeper than 2", id="deep-parentheses-short"),
    pytest.param("m" * (MAX_UNIT_LENGTH + 1), "characters", id="too-long"),
    pytest.param("", "empty", id="empty"),
    pytest.param("   ", "empty", id="blank"),
    pytest.param("1000 kg", "number", id="scaling-factor"),
    pytest.param("1/s", "number", id="leading-number"),
    pytest.param("kg2", "separated", id="digit-after-name"),
    pytest.param("m**5", "out of range", id="exponent-too-large"),
    pytest.param("m**-5", "out of range", id="exponent-too-small"),
    pytest.param("m**0", "out of range", id="exponent-zero"),
    pytest.param("m**12", "out of range", id="exponent-two-digits"),
    pytest.param("m**2**2", "once", id="exponent-of-exponent"),
    pytest.param("m**", "integer", id="exponent-missing"),
    pytest.param("m**x", "integer", id="exponent-not-a-number"),
    pytest.param("m**1.5", "character", id="exponent-fraction"),
    pytest.param("kg/", "missing", id="trailing-operator"),
    pytest.param("/kg", "expected", id="leading-operator"),
    pytest.param("kg//m", "expected", id="double-operator"),
    pytest.param("(m", "not closed", id="unclosed-parenthesis"),
    pytest.param("m)", "unexpected", id="stray-parenthesis"),
    pytest.param("()", "expected", id="empty-parentheses"),
    pytest.param("k%", "separated", id="glued-percent"),
    pytest.param("m\x00", "character", id="nul"),
    pytest.param("m;import os", "character", id="semicolon"),
    pytest.param("m²", "character", id="superscript"),
    pytest.param("kg.m", "character", id="dot"),
    pytest.param("xyzzy", "not defined", id="unknown-name"),
    pytest.param("Kg", "not defined", id="wrong-case"),
    pytest.param("degC", "offset", id="offset-unit"),
    pytest.param("degC/s", "offset", id="offset-unit-in-a-product"),
    pytest.param("dB", "logarithmic", id="logarithmic-unit"),
    pytest.param("per", "not defined", id="bare-per"),
]


@pytest.mark.parametrize(("text", "reason"), INVALID_UNITS)
def test_invalid_unit_text_is_refused(text: str, reason: str) -> None:
    with pytest.raises(InvalidUnitError) as info:
        unit_info(text)
    assert info.value.what == "unit"
    assert info.value.reason is not None
    assert reason in info.value.reason
    assert "'t'" in info.value.expected


@pytest.mark.parametrize("value", [None, 1, b"t", ["t"]])
def test_unit_text_must_be_a_str(value: object) -> None:
    with pytest.raises(InvalidTypeError):
        check_unit_text(value)


def test_overlong_text_is_reported_shortened() -> None:
    with pytest.raises(InvalidUnitError) as info:
        check_unit_text("(" * 5000)
    assert len(str(info.value.value)) == MAX_UNIT_LENGTH + 1


def test_the_error_keeps_pints_error_as_its_cause() -> None:
    with pytest.raises(InvalidUnitError) as info:
        unit_info("xyzzy")
    assert info.value.__cause__ is not None


def test_incompatible_units_name_both_dimensions() -> None:
    with pytest.raises(IncompatibleUnitsError) as info:
        conversion_factor("t", "m")
    message = str(info.value)
    assert "[mass]" in message
    assert "[length]" in message
    assert info.value.value == "t to m"


# A small alphabet of the grammar's own pieces, and a few foreign ones, so
# that random text often gets far into the grammar.
_PIECES = st.sampled_from(
    ["t", "kg", "m", "yr", "%", "ppm", "g", "*", "/", "·", " ", "(", ")", "**", "^", "-", "2",
     "9", "0", "e", ".", "µ", "per", "degC", "x"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=20).map("".join) | st.text(max_size=80))
def test_any_text_is_either_a_unit_or_an_invalid_unit_error(text: str) -> None:
    try:
        info = unit_info(text)
    except InvalidUnitError:
        return
    assert info.text == " ".join(text.split())
    assert isinstance(info.factor, Fraction)
    assert info.factor > 0


# --- laziness and caching ------------------------------------------------------


def test_importing_the_quantities_module_loads_neither_pint_nor_pycountry() -> None:
    code = (
        "import sys, mineralpact.quantities, mineralpact._units\n"
        "heavy = [m for m in ('pint', 'pycountry', 'dateutil.parser') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    assert run_fresh(code) == ""


def test_the_grammar_alone_does_not_load_pint() -> None:
    code = (
        "import sys\n"
        "from mineralpact._units import check_unit_text\n"
        "check_unit_text('t/yr')\n"
        "try:\n"
        "    check_unit_text('9**9**9 meter')\n"
        "except ValueError:\n"
        "    pass\n"
        "print('pint' in sys.modules)\n"
    )
    assert run_fresh(code) == "False"


@pytest.mark.skipif(
    _unit_table.table() is None,
    reason="the shipped unit table was made from another pint than the one installed",
)
def test_the_fields_units_are_read_without_pint_and_pint_is_loaded_once_when_needed() -> None:
    code = (
        "import sys\n"
        "from mineralpact.quantities import Quantity\n"
        "Quantity(1, 't').to('kt')\n"
        "from mineralpact import _units\n"
        "print('pint' in sys.modules, _units.registry.builds)\n"
        # The Planck length's factor is a float in pint: the table leaves it to pint.
        "Quantity(1, 'planck_length')\n"
        "print('pint' in sys.modules, _units.registry.builds)\n"
    )
    assert run_fresh(code) == "False 0\nTrue 1"


def test_the_registry_is_the_packages_own() -> None:
    import pint

    ureg = registry()
    assert ureg is registry()
    assert ureg is not pint.get_application_registry()  # type: ignore[no-untyped-call]
    # pint's own registries keep ``kt`` as the knot; ours does not leak into them.
    assert str(pint.UnitRegistry().parse_units("kt")) == "knot"


def test_validating_the_same_unit_twice_hits_the_cache() -> None:
    unit_info("Mt/yr")
    before = _units.unit_info.cache_info()
    unit_info("Mt/yr")
    after = _units.unit_info.cache_info()
    assert after.hits == before.hits + 1
    assert after.misses == before.misses


def test_conversion_factors_are_cached_per_pair() -> None:
    conversion_factor("kt/a", "Mt/yr")
    before = _units.conversion_factor.cache_info()
    conversion_factor("kt/a", "Mt/yr")
    assert _units.conversion_factor.cache_info().hits == before.hits + 1


# --- units whose pint meaning misleads in this field --------------------------

# Each name, and the units that its error must name as what to write instead.
MISLEADING_NAMES = {
    "ton": ("'t'", "'short_ton'", "'long_ton'"),
    "tons": ("'t'", "'short_ton'", "'long_ton'"),
    "kton": ("'t'", "'short_ton'", "'long_ton'"),
    "kilotons": ("'t'", "'short_ton'", "'long_ton'"),
    "Mtons": ("'t'", "'short_ton'", "'long_ton'"),
    "megaton": ("'t'", "'short_ton'", "'long_ton'"),
    "mt": ("'t'",),
    "T": ("'t'", "'kt'", "'Mt'"),
    "MT": ("'t'", "'Mt'"),
    "kT": ("'t'", "'kt'"),
    "oz": ("'troy_ounce'", "'ozt'", "'avoirdupois_ounce'"),
    "ounce": ("'troy_ounce'", "'ozt'", "'avoirdupois_ounce'"),
    "ounces": ("'troy_ounce'", "'ozt'", "'avoirdupois_ounce'"),
    "koz": ("'kozt'",),
    "Moz": ("'Mozt'",),
    "gr": ("'g'", "'grain'"),
    "cwt": ("'short_hundredweight'", "'long_hundredweight'"),
    "hundredweight": ("'short_hundredweight'", "'long_hundredweight'"),
    "quarter": ("period",),
    "k": ("'kt'",),
}


@pytest.mark.parametrize(("name", "suggestions"), MISLEADING_NAMES.items())
def test_a_misleading_unit_is_refused_naming_what_to_write(
    name: str, suggestions: tuple[str, ...]
) -> None:
    for text in (name, f"{name}/yr", f"g/{name}"):
        with pytest.raises(InvalidUnitError) as info:
            unit_info(text)
        assert info.value.value == text
        assert repr(name) in str(info.value.reason)
        for suggestion in suggestions:
            assert suggestion in info.value.expected


def test_3110_tons_is_not_silently_2821_metric_tons() -> None:
    # pint reads "tons" as the US short ton: 3110 tons would be 2821.34 t.
    with pytest.raises(InvalidUnitError) as info:
        Quantity(3110, "tons")
    message = str(info.value)
    for name in ("'t'", "'short_ton'", "'long_ton'", "metric"):
        assert name in message


@pytest.mark.parametrize(
    ("unit", "factor"),
    [
        ("tonne", Fraction(10**6)),
        ("tonnes", Fraction(10**6)),
        ("metric_ton", Fraction(10**6)),
        ("metric_tons", Fraction(10**6)),
        ("metric ton", Fraction(10**6)),
        ("metric tons", Fraction(10**6)),
        ("metric  tons", Fraction(10**6)),
        ("short_ton", Fraction("907184.74")),
        ("short tons", Fraction("907184.74")),
        ("long_ton", Fraction("1016046.9088")),
        ("long ton", Fraction("1016046.9088")),
        ("Mt", Fraction(10**12)),
        ("Gt", Fraction(10**15)),
        ("kt", Fraction(10**9)),
        ("troy_ounce", Fraction("31.1034768")),
        ("troy ounces", Fraction("31.1034768")),
        ("ozt", Fraction("31.1034768")),
        ("kozt", Fraction("31103.4768")),
        ("Mozt", Fraction("31103476.8")),
        ("avoirdupois_ounce", Fraction("28.349523125")),
        ("ct", Fraction(1, 5)),
        ("carat", Fraction(1, 5)),
        ("kct", Fraction(200)),
        ("grain", Fraction("0.06479891")),
        ("short_hundredweight", Fraction("45359.237")),
        ("long_hundredweight", Fraction("50802.34544")),
        ("flask", 76 * Fraction("453.59237")),
        ("mercury_flask", 76 * Fraction("453.59237")),
        ("mtu", Fraction(10**4)),
        ("dmtu", Fraction(10**4)),
        ("stu", 20 * Fraction("453.59237")),
        ("lb", Fraction("453.59237")),
        ("tesla", None),
    ],
)
def test_the_fields_units_and_the_explicit_names_are_accepted(
    unit: str, factor: Fraction | None
) -> None:
    info = unit_info(unit)
    assert info.text == " ".join(unit.split())
    if factor is not None:
        assert info.dimensionality == "[mass]"
        assert info.factor == factor


@pytest.mark.parametrize(
    ("unit", "tonnes_per_year"),
    [("tpa", 1), ("ktpa", 1000), ("Mtpa", 10**6), ("metric tons per year", 1)],
)
def test_tonnes_per_annum(unit: str, tonnes_per_year: int) -> None:
    assert conversion_factor(unit, "t/yr") == tonnes_per_year


def test_the_phrases_are_written_back_as_given() -> None:
    assert Quantity.parse("3,110 metric tons").unit == "metric tons"
    assert Quantity(3110, "metric tons") == Quantity(3110, "t")
    assert str(Quantity(3110, "metric tons").to("t")) == "3110 t"


def test_every_suggested_unit_is_itself_accepted() -> None:
    for entry in MISLEADING_UNITS:
        for suggestion in re.findall(r"'([^']+)'", entry.instead):
            if any(ch.isdigit() for ch in suggestion):
                continue  # a period such as '2025-01/2025-03', not a unit
            unit_info(suggestion)


def test_every_misleading_unit_is_listed_in_the_how_to() -> None:
    text = (Path(__file__).parent.parent / "docs" / "how-to" / "quantities.md").read_text("utf-8")
    for name in MISLEADING_NAMES:
        assert f"`{name}`" in text, name


_PREFIXES = sorted(
    {"", "k", "M", "G", "kilo", "mega", "giga", "milli", "m", "centi", "c", "da", "h", "hecto"}
)


@given(st.sampled_from(_PREFIXES), st.sampled_from(("", "s")))
def test_any_prefixed_ton_is_refused_and_any_prefixed_tonne_is_metric(
    prefix: str, plural: str
) -> None:
    with pytest.raises(InvalidUnitError):
        unit_info(f"{prefix}ton{plural}")
    short = f"{prefix}short_ton{plural}"
    assert conversion_factor(short, f"{prefix}short_ton") == 1
    tonne = unit_info(f"{prefix}tonne{plural}")
    assert tonne.dimensionality == "[mass]"
    assert tonne.factor == unit_info(f"{prefix}metric_ton").factor


@pytest.mark.parametrize("unit", ["kilotonnes", "kts", "kilotonne", "Mtpa", "metric tons"])
def test_a_name_pint_reads_two_ways_logs_no_warning(
    unit: str, caplog: pytest.LogCaptureFixture
) -> None:
    # "kilotonnes" is the plural of kilotonne and kilo-tonnes; pint logs a
    # warning when it has to choose, and that warning would reach the user.
    unit_info.cache_clear()
    with caplog.at_level(logging.DEBUG):
        info = unit_info(unit)
    assert info.factor in {Fraction(10**9), Fraction(10**6), unit_info("Mt/yr").factor}
    assert caplog.records == []
