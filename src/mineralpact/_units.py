"""The unit registry and the unit-text grammar behind :mod:`mineralpact.quantities`.

Unit text comes from scrapers and users, and pint's own expression parser is
not safe on it: ``9**9**9 meter`` makes it compute a number with hundreds of
millions of digits, and thousands of nested parentheses overflow its stack.
So every unit text is first checked against a small grammar, here, with
plain string scanning and hard bounds; only text that passes is handed to
pint.

The grammar (after runs of whitespace are collapsed to one space)::

    unit     := factor (separator factor)*
    factor   := atom [("**" | "^") exponent]
    atom     := name | "(" unit ")"
    name     := one or more of A-Z a-z _ µ μ, or the single symbol %
    separator:= "*" | "/" | "·" | " " (a space multiplies, as in pint)
    exponent := an optional sign and one digit, 1 to 4 in size

with at most :data:`MAX_UNIT_LENGTH` characters and at most
:data:`MAX_DEPTH` levels of parentheses. There are no numbers apart from
exponents: a scaling factor such as ``1000 kg`` is not a unit.

The pint registry is built once, on first use, with
``non_int_type=Fraction``: every factor that pint's definitions state
exactly (a tonne is 1000 kg, a pound 0.45359237 kg, a troy ounce
31.1034768 g, a year 365.25 days) stays exact, so conversions and
comparisons are exact rational arithmetic. In the registry ``kt`` is the
kilotonne (pint's default makes it the knot, which no mineral statistic
means), and offset or logarithmic units (``degC``, ``dB``) are refused.

Some names mean one thing to pint and another in this field: a bare
``ton`` is pint's US short ton where USGS means the metric ton, ``oz`` the
avoirdupois ounce where precious metals use the troy ounce, ``T`` the tesla,
``mt`` the millitonne. Such names are refused, with what to write instead
(:data:`MISLEADING_UNITS`), and the explicit names (``t``, ``short_ton``,
``troy_ounce``) pass. The two-word names ``metric ton(s)``, ``short ton(s)``,
``long ton(s)`` and ``troy ounce(s)`` are read as one unit each.
"""

from __future__ import annotations

import functools
import re
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from mineralpact._once import once
from mineralpact._quiet import quiet
from mineralpact.errors import IncompatibleUnitsError, InvalidTypeError, InvalidUnitError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from mineralpact._unit_table import UnitTable

__all__ = [
    "DEFINITIONS",
    "MAX_DEPTH",
    "MAX_EXPONENT",
    "MAX_UNIT_LENGTH",
    "MISLEADING_UNITS",
    "UNIT_EXPECTED",
    "MisleadingUnit",
    "UnitInfo",
    "check_unit_text",
    "conversion_factor",
    "format_dimensionality",
    "registry",
    "unit_info",
]

#: The longest unit text accepted, in characters (before whitespace is collapsed).
MAX_UNIT_LENGTH = 64
#: The deepest nesting of parentheses accepted.
MAX_DEPTH = 2
#: The largest exponent accepted, in absolute value.
MAX_EXPONENT = 4

#: What a unit text must look like, in words, for error messages.
UNIT_EXPECTED = (
    "a unit such as 't', 'kt', 'Mt', 'lb', 'troy_ounce', '%', 'ppm', 'g/t' or 't/yr': "
    "unit names joined by '*', '/' or spaces, integer exponents from -4 to 4, "
    f"at most {MAX_DEPTH} levels of parentheses, at most {MAX_UNIT_LENGTH} characters"
)

_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_µμ")
_SEPARATORS = frozenset("*/·")

# Definitions added to pint's defaults. pint reads ``kt`` as the knot; in
# mineral statistics it is always the kilotonne. The others are units of the
# field that pint lacks: the mercury flask, the tonne units in which
# tungsten (WO3) and iron ore are priced, and tonnes per year (``ktpa``,
# ``Mtpa`` through pint's prefixes).
DEFINITIONS = (
    "kilotonne = 1000 * metric_ton = kt",
    "flask = 76 * pound = _ = mercury_flask",
    "metric_ton_unit = 10 * kilogram = mtu",
    "dry_metric_ton_unit = 10 * kilogram = dmtu",
    "short_ton_unit = 20 * pound = stu",
    "tonne_per_year = metric_ton / year = tpa",
)

# Two-word names that mean one unit: "metric tons" is not "metric" times "tons".
_PHRASES: dict[tuple[str, str], str] = {
    (first, second): f"{first}_{second}"
    for first, seconds in (
        ("metric", ("ton", "tons")),
        ("short", ("ton", "tons")),
        ("long", ("ton", "tons")),
        ("troy", ("ounce", "ounces")),
    )
    for second in seconds
}


@attrs.frozen
class MisleadingUnit:
    """A unit whose pint meaning is not what the field means by the name.

    Attributes:
        unit: pint's name of the unit a written name resolves to (``"ton"``).
        prefix: the prefix that makes it misleading (``"milli"`` for ``mt``),
            or ``None`` for any prefix.
        reading: what pint reads, in words.
        instead: what to write instead, in words.
        explicit: parts of a written name that make the meaning plain
            (``short_ton`` is the short ton on purpose); such names pass.
    """

    unit: str
    prefix: str | None
    reading: str
    instead: str
    explicit: tuple[str, ...] = ()


#: The units that are refused because pint's reading misleads in this field.
MISLEADING_UNITS: tuple[MisleadingUnit, ...] = (
    MisleadingUnit(
        "ton",
        None,
        "the US short ton (2000 lb, 907.18474 kg) in pint, where tables of the field"
        " such as USGS's mean the metric ton",
        "'t' (the metric ton; also 'tonne', 'metric ton', 'metric_ton'),"
        " 'short_ton' (2000 lb) or 'long_ton' (2240 lb)",
        ("short",),
    ),
    MisleadingUnit(
        "metric_ton",
        "milli",
        "the millitonne (1 kg) in pint, where 'mt' in the field means the metric ton",
        "'t' for the metric ton, or 'kg'",
        ("ton",),
    ),
    MisleadingUnit(
        "tesla",
        None,
        "the tesla, a unit of magnetic flux density, in pint",
        "'t', 'kt', 'Mt' or 'Gt' for tonnes (in lower case)",
        ("tesla",),
    ),
    MisleadingUnit(
        "ounce",
        None,
        "the avoirdupois ounce (28.35 g) in pint, where precious metals are weighed"
        " in troy ounces (31.10 g)",
        "'troy_ounce' or 'ozt' (and 'kozt', 'Mozt' for thousands and millions),"
        " or 'avoirdupois_ounce'",
        ("avoirdupois", "avdp"),
    ),
    MisleadingUnit(
        "grain",
        None,
        "the grain (64.79891 mg) in pint, where 'gr' is often written for the gram",
        "'g' for the gram, or 'grain'",
        ("grain",),
    ),
    MisleadingUnit(
        "hundredweight",
        None,
        "the US short hundredweight (100 lb) in pint, where the British one is 112 lb",
        "'short_hundredweight' (100 lb) or 'long_hundredweight' (112 lb)",
        ("short", "US"),
    ),
    MisleadingUnit(
        "quarter",
        None,
        "a mass of 28 lb in pint, not a quarter of a year",
        "a mass, with the quarter as the period of the figure (such as '2025-01/2025-03')",
    ),
    MisleadingUnit(
        "boltzmann_constant",
        None,
        "the Boltzmann constant in pint, not a thousand",
        "'kt' for a thousand tonnes",
        ("boltzmann",),
    ),
)
_MISLEADING_BY_UNIT = {entry.unit: entry for entry in MISLEADING_UNITS}


def _refuse(text: str, reason: str) -> InvalidUnitError:
    return InvalidUnitError("unit", text, UNIT_EXPECTED, reason=reason)


def _tokens(text: str) -> list[str]:
    """Split grammar-checked-for-characters text into tokens; spaces are kept as " "."""
    tokens: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _NAME_CHARS:
            j = i + 1
            while j < n and text[j] in _NAME_CHARS:
                j += 1
            tokens.append(text[i:j])
            i = j
        elif ch == "*" and text.startswith("**", i):
            tokens.append("**")
            i += 2
        elif ch.isdigit() and ch.isascii():
            j = i + 1
            while j < n and text[j].isdigit() and text[j].isascii():
                j += 1
            tokens.append(text[i:j])
            i = j
        elif ch in "%^()+- " or ch in _SEPARATORS:
            tokens.append(ch)
            i += 1
        else:
            raise _refuse(text, f"character {ch!r} at position {i} is not allowed in a unit")
    return tokens


class _Grammar:
    """A recursive-descent check of the token list; depth is bounded, so is recursion."""

    def __init__(self, text: str, tokens: list[str]) -> None:
        self.text = text
        self.tokens = tokens
        self.pos = 0

    def _peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def _skip_space(self) -> None:
        while self._peek() == " ":
            self.pos += 1

    def check(self) -> None:
        self._skip_space()
        self._unit(0)
        if self._peek() is not None:
            raise _refuse(self.text, f"unexpected {self._peek()!r}")

    def _unit(self, depth: int) -> None:
        self._factor(depth)
        while True:
            spaced = self._peek() == " "
            self._skip_space()
            token = self._peek()
            if token is None or token == ")":
                return
            if token in ("**", "^"):
                raise _refuse(self.text, "an exponent may follow only a unit name or ')', once")
            if token in _SEPARATORS:
                self.pos += 1
                self._skip_space()
            elif not spaced:
                raise _refuse(self.text, f"{token!r} must be separated by '*', '/' or a space")
            self._factor(depth)

    def _factor(self, depth: int) -> None:
        token = self._peek()
        if token is None:
            raise _refuse(self.text, "a unit name is missing at the end")
        if token == "(":
            if depth >= MAX_DEPTH:
                raise _refuse(self.text, f"parentheses nest deeper than {MAX_DEPTH} levels")
            self.pos += 1
            self._skip_space()
            self._unit(depth + 1)
            if self._peek() != ")":
                raise _refuse(self.text, "a '(' is not closed")
            self.pos += 1
        elif token == "%" or token[0] in _NAME_CHARS:
            self.pos += 1
        elif token[0].isdigit():
            raise _refuse(self.text, f"a number ({token}) is allowed only as an exponent")
        else:
            raise _refuse(self.text, f"a unit name was expected, not {token!r}")
        if self._peek() in ("**", "^"):
            self.pos += 1
            self._exponent()

    def _exponent(self) -> None:
        token = self._peek()
        sign = 1
        if token in ("+", "-"):
            sign = -1 if token == "-" else 1
            self.pos += 1
            token = self._peek()
        if token is None or not token[0].isdigit():
            raise _refuse(self.text, "an exponent must be an integer")
        if len(token) > 1 or not 1 <= int(token) <= MAX_EXPONENT:
            raise _refuse(
                self.text,
                f"exponent {sign * int(token[:4])} is out of range"
                f" (from -{MAX_EXPONENT} to {MAX_EXPONENT}, not 0)",
            )
        self.pos += 1


def check_unit_text(text: object) -> str:
    """Check unit text against the grammar and return it with whitespace collapsed.

    pint is not loaded: this is plain string scanning with hard bounds.

    >>> check_unit_text("  t /  yr ")
    't / yr'
    >>> check_unit_text("9**9**9 meter")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidUnitError: invalid unit: '9**9**9 meter' (a number (9) ...

    Raises:
        InvalidTypeError: if ``text`` is not a str.
        InvalidUnitError: if the text is empty, too long, or not in the grammar.
    """
    if not isinstance(text, str):
        raise InvalidTypeError("unit", text, "a unit as a str, such as 't' or 'g/t'")
    if len(text) > MAX_UNIT_LENGTH:
        raise InvalidUnitError(
            "unit",
            text[:MAX_UNIT_LENGTH] + "…",
            UNIT_EXPECTED,
            reason=f"{len(text)} characters, more than {MAX_UNIT_LENGTH}",
        )
    # Only ASCII space, tab, CR and LF are whitespace here: str.split() would
    # also split on U+001C-U+001F and U+0085, turning "t\x1f/yr" into "t /yr".
    normalized = " ".join(_SPACE_RUNS.split(text.strip(_ASCII_SPACE)))
    if not normalized:
        raise _refuse(text, "the unit is empty")
    _Grammar(normalized, _tokens(normalized)).check()
    return normalized


_ASCII_SPACE = " \t\n\r"
_SPACE_RUNS = re.compile("[ \t\n\r]+")


@once
def registry() -> Any:
    """The package's pint registry, built on first call and then reused.

    It is never pint's global or application registry. Building it imports
    pint and reads its definitions, which takes a noticeable fraction of a
    second, so nothing in mineralpact calls this at import time. Threads that
    race for the first call wait for the one build and share it.

    >>> registry() is registry()
    True
    """
    # pint is imported here, not at the top: only when a unit is first checked.
    # What pint warns about while it is set up is its own affair.
    with quiet():
        import pint

        ureg: Any = pint.UnitRegistry(
            non_int_type=Fraction,
            cache_folder=None,
            # Only the definitions below replace anything (``kt``); they are
            # meant to, so pint is told not to complain about it.
            on_redefinition="ignore",
        )
        for definition in DEFINITIONS:
            ureg.define(definition)
    return ureg


@attrs.frozen
class UnitInfo:
    """What pint says about one valid unit text.

    Attributes:
        text: the unit text with whitespace collapsed, as it was written.
        dimensionality: the dimensions in words, ``"[mass]"``, ``"[mass] / [time]"``
            or ``"dimensionless"``.
        factor: the exact factor from the unit to the registry's root units
            (grams for mass, seconds for time).
    """

    text: str
    dimensionality: str
    factor: Fraction


def format_dimensionality(dimensions: Mapping[str, Any]) -> str:
    """Write pint's dimensions the way pint writes them, from a mapping of exponents.

    pint's own formatter cannot format the ``Fraction`` exponents of a
    registry with ``non_int_type=Fraction``, hence this small function.

    >>> format_dimensionality({"[mass]": 1, "[time]": -1})
    '[mass] / [time]'
    >>> format_dimensionality({"[length]": -2})
    '1 / [length] ** 2'
    >>> format_dimensionality({})
    'dimensionless'
    """

    def power(items: Iterable[tuple[str, int]]) -> str:
        return " * ".join(name if exp == 1 else f"{name} ** {exp}" for name, exp in items)

    items = sorted((name, int(exp)) for name, exp in dimensions.items() if exp)
    up = [(name, exp) for name, exp in items if exp > 0]
    down = [(name, -exp) for name, exp in items if exp < 0]
    if not up and not down:
        return "dimensionless"
    text = power(up) if up else "1"
    return f"{text} / {power(down)}" if down else text


def _join_phrases(tokens: list[str]) -> list[str]:
    """Join the two-word names of :data:`_PHRASES` into pint's one-word names."""
    joined: list[str] = []
    i = 0
    while i < len(tokens):
        pair = (tokens[i], tokens[i + 2]) if i + 2 < len(tokens) else None
        if pair in _PHRASES and tokens[i + 1] == " ":
            joined.append(_PHRASES[pair])
            i += 3
        else:
            joined.append(tokens[i])
            i += 1
    return joined


def _misleading(text: str, name: str, candidates: Iterable[tuple[str, str, str]]) -> None:
    """Refuse ``name`` if one of pint's readings of it is in :data:`MISLEADING_UNITS`."""
    for prefix, unit, _suffix in candidates:
        entry = _MISLEADING_BY_UNIT.get(unit)
        if entry is None or (entry.prefix is not None and entry.prefix != prefix):
            continue
        if any(part in name for part in entry.explicit):
            continue
        raise InvalidUnitError(
            "unit", text, entry.instead, reason=f"{name!r} would be {entry.reading}"
        )


def _pint_names(ureg: Any, text: str, tokens: list[str]) -> list[str]:
    """The tokens with each name pint can read two ways replaced by pint's first reading.

    A name that resolves to one of :data:`MISLEADING_UNITS` is refused here.
    ``kilotonnes`` is both the plural of ``kilotonne`` and kilo-``tonnes``
    (the same mass); pint takes the first and logs a warning, which would
    reach the user, so it is given the first reading's name directly.
    """
    names: list[str] = []
    for name in tokens:
        candidates: tuple[tuple[str, str, str], ...] = (
            ureg.parse_unit_name(name) if name[0] in _NAME_CHARS else ()
        )
        _misleading(text, name, candidates)
        if len(candidates) > 1:
            first_prefix, first_unit, _suffix = candidates[0]
            names.append(first_prefix + first_unit)
        else:
            names.append(name)
    return names


@functools.lru_cache(maxsize=4096)
def unit_info(text: str) -> UnitInfo:
    """Check ``text`` with the grammar, then with pint's definitions; cached per text.

    Loading many records with the same few units parses each unit once.
    Multiplicative units are read from the shipped table of pint's
    definitions (:mod:`mineralpact._unit_table`) without loading pint, when
    that table belongs to the installed pint; anything else is read by pint,
    with the same result.

    >>> info = unit_info("kt")
    >>> info.dimensionality, info.factor
    ('[mass]', Fraction(1000000000, 1))
    >>> unit_info("t/yr").dimensionality
    '[mass] / [time]'

    Raises:
        InvalidTypeError: if ``text`` is not a str.
        InvalidUnitError: if the grammar refuses the text, pint does not know a
            name in it, or the unit has an offset or is logarithmic.
    """
    normalized = check_unit_text(text)
    fast = _table_unit_info(normalized)
    return fast if fast is not None else _pint_unit_info(normalized)


def _pint_unit_info(normalized: str) -> UnitInfo:
    """:func:`unit_info` of grammar-checked text, read by pint's registry."""
    ureg = registry()
    tokens = _pint_names(ureg, normalized, _join_phrases(_tokens(normalized)))
    try:
        units = ureg.parse_units("".join(tokens), as_delta=False)
        factor, _root = ureg.get_root_units(units)
        dimensions = dict(units.dimensionality)
    except Exception as exc:
        raise _refuse(normalized, _message(exc)) from exc
    try:
        # A multiplicative unit maps zero to zero; degC (an offset) and dB
        # (a logarithm) do not, or cannot be converted at all (where NumPy is
        # installed, pint takes the logarithm with it, which fails on the
        # registry's Fractions).
        zero = ureg.Quantity(0, units).to_base_units().magnitude
    except Exception as exc:
        raise _refuse(
            normalized, "offset and logarithmic units such as degC or dB are not supported"
        ) from exc
    if factor is None or zero != 0:
        raise _refuse(
            normalized, "offset and logarithmic units such as degC or dB are not supported"
        )
    if isinstance(factor, float):
        # A few physical constants are defined through a square root.
        factor = Fraction(repr(factor))
    return UnitInfo(normalized, format_dimensionality(dimensions), Fraction(factor))


def _message(exc: Exception) -> str:
    """What pint says went wrong; some of its errors cannot write their own message."""
    try:
        return str(exc)
    except Exception:
        # pint's DimensionalityError fails to format the Fraction exponents
        # of a registry with non_int_type=Fraction ("degC*degC").
        return "offset and logarithmic units such as degC or dB are not supported"


# Names that pint's expression parser reads as words or numbers, not as units.
_PINT_WORDS = frozenset({"per", "dimensionless", "inf", "infinity", "nan"})
# Text that pint's parser rewrites ("square m", "m squared", "cubic m", "m cubed").
_PINT_REWRITES = ("sq", "cubic", "cubed")


def _table_candidates(tab: UnitTable, name: str) -> tuple[tuple[str, str, str], ...]:
    """pint's ``parse_unit_name``, from the table: each (prefix, unit, suffix) reading."""
    found: dict[tuple[str, str, str], None] = {}
    for suffix in tab.suffixes:
        if not name.endswith(suffix):
            continue
        for prefix, prefix_name in tab.prefixes.items():
            if not name.startswith(prefix):
                continue
            rest = name[len(prefix) :]
            if suffix:
                rest = rest[: -len(suffix)]
                if len(rest) == 1:
                    continue
            unit = tab.units.get(rest)
            if unit is not None:
                found[(prefix_name, unit, "")] = None
    for prefix, unit, _suffix in list(found):
        if prefix:
            found.pop(("", prefix + unit, ""), None)
    return tuple(found)


class _NotInTableError(Exception):
    """The table cannot say what pint would; pint is asked instead."""


def _table_unit_info(normalized: str) -> UnitInfo | None:
    """:func:`unit_info` of grammar-checked text from the table, or ``None`` to ask pint.

    It follows pint step by step (name readings, the misleading names, the
    left-to-right reading of ``*``, ``/`` and spaces, exponents) and gives up
    on anything outside the field's plain units: a name pint reads as a word
    or a number, a non-ASCII name, an offset or logarithmic unit, a factor
    that is not exact. A name it refuses is refused again by pint, with
    pint's own message.
    """
    from mineralpact._unit_table import table

    tab = table()
    if tab is None:
        return None
    tokens = _join_phrases(_tokens(normalized))
    joined = "".join(tokens).replace("%", " percent ")
    if " per " in joined or any(word in joined for word in _PINT_REWRITES):
        return None
    try:
        reader = _TableReader(tab, normalized, tokens)
        factor, dimensions = reader.read()
    except (_NotInTableError, InvalidUnitError):
        return None
    return UnitInfo(normalized, format_dimensionality(dimensions), factor)


class _TableReader:
    """Reads a grammar-checked unit to its factor and dimensions, as pint's parser would."""

    def __init__(self, tab: UnitTable, text: str, tokens: list[str]) -> None:
        self.tab = tab
        self.text = text
        self.tokens = tokens
        self.pos = 0

    def read(self) -> tuple[Fraction, dict[str, int]]:
        self._skip_space()
        result = self._unit()
        if self.pos != len(self.tokens):  # pragma: no cover - the grammar has checked it
            raise _NotInTableError
        return result

    def _peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def _skip_space(self) -> bool:
        spaced = False
        while self._peek() == " ":
            self.pos += 1
            spaced = True
        return spaced

    def _unit(self) -> tuple[Fraction, dict[str, int]]:
        factor, dimensions = self._factor()
        while True:
            self._skip_space()
            token = self._peek()
            if token is None or token == ")":
                return factor, dimensions
            sign = 1
            if token in _SEPARATORS:
                sign = -1 if token == "/" else 1
                self.pos += 1
                self._skip_space()
            right, right_dimensions = self._factor()
            factor = factor * right if sign == 1 else factor / right
            for name, exp in right_dimensions.items():
                dimensions[name] = dimensions.get(name, 0) + sign * exp

    def _factor(self) -> tuple[Fraction, dict[str, int]]:
        token = self._peek()
        if token == "(":
            self.pos += 1
            self._skip_space()
            factor, dimensions = self._unit()
            self.pos += 1  # the ")"
        elif token is not None:
            self.pos += 1
            factor, dimensions = self._name(token)
        else:  # pragma: no cover - the grammar has checked it
            raise _NotInTableError
        if self._peek() in ("**", "^"):
            self.pos += 1
            exponent = 1
            if self._peek() in ("+", "-"):
                exponent = -1 if self._peek() == "-" else 1
                self.pos += 1
            exponent *= int(self.tokens[self.pos])
            self.pos += 1
            factor = factor**exponent
            dimensions = {name: exp * exponent for name, exp in dimensions.items()}
        return factor, dimensions

    def _name(self, name: str) -> tuple[Fraction, dict[str, int]]:
        tab = self.tab
        if name == "%":
            name = "percent"
        elif not name.isascii() or name.lower() in _PINT_WORDS:
            raise _NotInTableError
        else:
            candidates = _table_candidates(tab, name)
            if not candidates:
                raise _NotInTableError
            _misleading(self.text, name, candidates)
            if len(candidates) > 1:
                name = candidates[0][0] + candidates[0][1]
        # pint's get_name: a name it knows as written, else its first reading.
        unit = tab.units.get(name)
        prefix = ""
        if unit is None:
            candidates = _table_candidates(tab, name)
            if not candidates:
                raise _NotInTableError
            prefix, unit, _suffix = candidates[0]
        root = tab.root(unit)
        scale = tab.prefix_factors.get(prefix)
        if root is None or scale is None:
            raise _NotInTableError
        return scale * root[0], dict(root[1])


@functools.lru_cache(maxsize=4096)
def conversion_factor(from_unit: str, to_unit: str) -> Fraction:
    """The exact factor that takes a magnitude in ``from_unit`` to ``to_unit``.

    >>> conversion_factor("t", "kt")
    Fraction(1, 1000)
    >>> conversion_factor("lb", "kg")
    Fraction(45359237, 100000000)

    Raises:
        InvalidUnitError: if either unit is invalid.
        IncompatibleUnitsError: if the units have different dimensions.
    """
    source, target = unit_info(from_unit), unit_info(to_unit)
    if source.dimensionality != target.dimensionality:
        raise IncompatibleUnitsError(
            "unit conversion",
            f"{source.text} to {target.text}",
            f"a unit of the same dimension as {source.text!r} ({source.dimensionality})",
            reason=f"{target.text!r} is {target.dimensionality}",
        )
    return source.factor / target.factor
