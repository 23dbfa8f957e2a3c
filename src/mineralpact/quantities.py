"""Figures as values: quantities with units, shares, ranks, counts and money.

Each kind of figure the sources state gets its own small type, so that they
cannot be confused: a tonnage is a :class:`Quantity`, "16 percent of global
reserves" a :class:`Share`, "8th-largest producer" a :class:`Rank`, "some 80
kinds" a :class:`Count`, and an amount in a currency :class:`Money`. Every
type is frozen and hashable, has a canonical text form that ``parse`` reads
back (``T.parse(str(x)) == x``), and keeps its number exact as a
:class:`~decimal.Decimal`.

>>> from decimal import Decimal
>>> from mineralpact.quantities import Count, Money, Quantity, Rank, Share
>>> mo = Quantity.parse("3,110 t")
>>> mo
Quantity(magnitude=Decimal('3110'), unit='t')
>>> str(mo.to("kt"))
'3.11 kt'
>>> mo == Quantity(Decimal("3.11"), "kt")
True
>>> str(Share(Decimal("16"), "global rare-earth reserves"))
'16% of global rare-earth reserves'
>>> Rank(8, scope="largest producers of molybdenum").ordinal
'8th'
>>> str(Count(80, approximate=True, of="kinds of mineral resources"))
'~80 kinds of mineral resources'
>>> Money.parse("1,000,000 usd")
Money(amount=Decimal('1000000'), currency='USD')

Units are checked by pint, which is loaded only when the first unit is
checked, never at import. Unit text is first checked against a small grammar
(names, ``*``, ``/``, spaces, exponents up to 4, two levels of parentheses,
at most 64 characters), so hostile text fails fast with
:class:`~mineralpact.errors.InvalidUnitError` before pint sees it.
"""

from __future__ import annotations

import decimal
import enum
import functools
import re
from decimal import Decimal
from fractions import Fraction

import attrs

from mineralpact._decimal import PRECISION
from mineralpact._decimal import context as _decimal_context
from mineralpact._decimal import text as _decimal_text
from mineralpact._isocodes import currency_codes
from mineralpact._units import UnitInfo, conversion_factor, unit_info
from mineralpact.errors import (
    IncompatibleUnitsError,
    InvalidCodeError,
    InvalidQuantityError,
    InvalidTypeError,
    InvalidUnitError,
)

__all__ = [
    "MAX_DESCRIPTION_LENGTH",
    "MAX_DIGITS",
    "MAX_EXPONENT",
    "MAX_WHOLE",
    "Coded",
    "Count",
    "Money",
    "Quantity",
    "QuantityRange",
    "Rank",
    "Share",
    "StatisticCode",
]

#: The most significant digits a magnitude or an amount may have (as IEEE
#: decimal128); results of arithmetic are rounded to this many when they are
#: not exact.
MAX_DIGITS = PRECISION
#: The largest decimal exponent, in absolute value, of a magnitude or an
#: amount (``Decimal.adjusted()``): from 1e-99 to 9.99…e99.
MAX_EXPONENT = 99
#: The largest whole number of a :class:`Rank` (its position and how many are
#: ranked) or a :class:`Count`: 999,999,999,999,999, fifteen digits. Every
#: such number is written, read back and parsed from its text exactly; the
#: constructors, ``parse`` and the JSON Schema (``maximum``) share this bound.
MAX_WHOLE = 10**15 - 1
_MAX_WHOLE_DIGITS = len(str(MAX_WHOLE))
#: The longest description (what a share is of, a rank's scope, what is counted).
MAX_DESCRIPTION_LENGTH = 300

# The longest text that parse() reads; number and unit are bounded separately.
_MAX_TEXT_LENGTH = 400
_MAX_NUMBER_LENGTH = 64

_NUMBER_EXPECTED = (
    f"a decimal number such as '3110', '3,110', '-0.5' or '2.5e6', with at most "
    f"{MAX_DIGITS} significant digits and an exponent from -{MAX_EXPONENT} to {MAX_EXPONENT}"
)
_DESCRIPTION_EXPECTED = (
    f"a non-blank, printable description of at most {MAX_DESCRIPTION_LENGTH} characters"
)

# A number as written in a source: thousands separators only in groups of
# three after a first group of one to three digits that does not start with 0.
_NUMBER = re.compile(
    r"[-+]?(?:[1-9][0-9]{0,2}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]{1,4})?"
)
# Whatever looks like a number at the start of a text, checked by _NUMBER.
_NUMBER_CANDIDATE = r"[-+]?[0-9][0-9.,]*(?:[eE][-+]?[0-9]+)?"

# "about 16" or "~16": an approximate number, as Count's "~80".
_APPROXIMATELY = r"(?:((?i:about)\s+|~\s*))?"
_QUANTITY_RE = re.compile(rf"\s*{_APPROXIMATELY}({_NUMBER_CANDIDATE})\s*(.*?)\s*", re.DOTALL)
_SPACE_RUNS = re.compile("[ \t\n\r\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# One digit more than MAX_WHOLE has, so that a larger number is refused as too large.
_RANK_NUMBER = f"([0-9]{{1,{_MAX_WHOLE_DIGITS + 1}}})"

# The patterns of the other kinds' parse methods, compiled on first use: a
# program that reads only quantities (the first unit conversion) need not
# compile them.
_PATTERNS: dict[str, tuple[str, int]] = {
    "integer": (r"[1-9][0-9]{0,2}(?:,[0-9]{3})+|[0-9]+", 0),
    "share": (
        rf"\s*{_APPROXIMATELY}({_NUMBER_CANDIDATE})\s*(?:%|percent)\s+of\s+(.+?)\s*",
        re.DOTALL | re.IGNORECASE,
    ),
    "rank": (
        rf"\s*{_RANK_NUMBER}([a-z]{{2}})(?:\s+of\s+{_RANK_NUMBER})?\s*:\s*(.+?)\s*",
        re.DOTALL,
    ),
    "count": (r"\s*((?i:about)\s+|~\s*)?([0-9][0-9,]*)(?:\s+(.+?))?\s*", re.DOTALL),
    "money": (rf"\s*({_NUMBER_CANDIDATE})\s+([A-Za-z]+)\s*", re.DOTALL),
    "range split": (r"\s*\u2013\s*|\s+to\s+", 0),
    "bare number": (rf"\s*{_APPROXIMATELY}{_NUMBER_CANDIDATE}\s*", 0),
}


@functools.cache
def _pattern(name: str) -> re.Pattern[str]:
    """The compiled pattern called ``name`` in :data:`_PATTERNS`."""
    source, flags = _PATTERNS[name]
    return re.compile(source, flags)


def _exactly(operation: str, a: Decimal, b: Decimal, what: str) -> Decimal:
    """``a`` and ``b`` added, subtracted or multiplied, or an error if it would round.

    Arithmetic never rounds silently: a result that needs more than
    MAX_DIGITS significant digits is refused.
    """
    ctx = _decimal_context()
    result: Decimal = getattr(ctx, operation)(a, b)
    if ctx.flags[decimal.Inexact]:
        symbol = {"add": "+", "subtract": "-", "multiply": "*"}[operation]
        raise InvalidQuantityError(
            what,
            f"{_decimal_text(a)} {symbol} {_decimal_text(b)}",
            f"a result that fits in {MAX_DIGITS} significant digits",
            reason="the exact result has more digits and would be rounded",
        )
    return result


def _decimal(value: object, what: str, float_hint: str) -> Decimal:
    """Check a magnitude or amount: a finite Decimal (or an int) within the bounds."""
    if type(value) is not Decimal:  # plain Decimals, the common case, skip these checks
        if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
            expected = "a Decimal or an int"
            if isinstance(value, float):
                expected += f" (a float is not exact: use {float_hint})"
            raise InvalidTypeError(what, value, expected)
        if isinstance(value, int) and value.bit_length() > 4 * MAX_EXPONENT:
            raise InvalidQuantityError(
                what, value, _NUMBER_EXPECTED, reason="the number is too large"
            )
        # An int converts exactly; a Decimal subclass becomes a plain Decimal.
        value = Decimal(value)
    if not value.is_finite():
        raise InvalidQuantityError(
            what, value, _NUMBER_EXPECTED, reason="NaN and Infinity are not quantities"
        )
    digits = len(value.as_tuple().digits)
    if digits > MAX_DIGITS:
        raise InvalidQuantityError(
            what, value, _NUMBER_EXPECTED, reason=f"{digits} significant digits"
        )
    if not -MAX_EXPONENT <= value.adjusted() <= MAX_EXPONENT:
        raise InvalidQuantityError(
            what, value, _NUMBER_EXPECTED, reason=f"exponent {value.adjusted()} is out of range"
        )
    return value


def _parse_number(text: str, number: str, what: str) -> Decimal:
    """Read a number as written (``"3,110"``) into an exact Decimal."""
    if len(number) > _MAX_NUMBER_LENGTH or not _NUMBER.fullmatch(number):
        if "," in number:
            reason = f"{number!r}: thousands separators must group digits by three"
        else:
            reason = f"{number!r} is not a number in range"
        raise InvalidQuantityError(what, text, _NUMBER_EXPECTED, reason=reason)
    value = Decimal(number.replace(",", ""))
    try:
        return _decimal(value, what, "")
    except InvalidQuantityError as exc:
        raise InvalidQuantityError(what, text, _NUMBER_EXPECTED, reason=exc.reason) from exc


def _parse_integer(text: str, number: str, what: str, expected: str) -> int:
    if not _pattern("integer").fullmatch(number) or len(number) > 24:
        raise InvalidQuantityError(
            what,
            text,
            expected,
            reason=f"{number!r} is not a whole number with thousands separators by three",
        )
    return int(number.replace(",", ""))


def _require_text(what: str, text: object) -> str:
    if not isinstance(text, str):
        raise InvalidTypeError(what, text, "a str")
    if len(text) > _MAX_TEXT_LENGTH:
        raise InvalidQuantityError(
            what,
            text[:40] + "…",
            f"a text of at most {_MAX_TEXT_LENGTH} characters",
            reason=f"{len(text)} characters",
        )
    return text


def _description(value: object, what: str) -> str:
    """A description with whitespace collapsed: non-blank, printable, bounded."""
    if not isinstance(value, str):
        raise InvalidTypeError(what, value, "a str")
    if len(value) > 4 * MAX_DESCRIPTION_LENGTH:
        raise InvalidQuantityError(
            what, value[:40] + "…", _DESCRIPTION_EXPECTED, reason=f"{len(value)} characters"
        )
    # Only spaces (ASCII space, tab, CR, LF and the Unicode space separators)
    # are collapsed: str.split() would take U+001C-U+001F and U+0085 for
    # spaces too, and hide them.
    text = _SPACE_RUNS.sub(" ", value).strip(" ")
    if not text:
        raise InvalidQuantityError(what, value, _DESCRIPTION_EXPECTED, reason="it is blank")
    if len(text) > MAX_DESCRIPTION_LENGTH:
        raise InvalidQuantityError(
            what, text[:40] + "…", _DESCRIPTION_EXPECTED, reason=f"{len(text)} characters"
        )
    if not text.isprintable():
        raise InvalidQuantityError(
            what, value, _DESCRIPTION_EXPECTED, reason="it holds control characters"
        )
    return text


def _from_fraction(value: Fraction, what: str) -> tuple[Decimal, bool]:
    """The Decimal nearest ``value`` in MAX_DIGITS digits, tidied, and whether it is exact."""
    ctx = _decimal_context()
    result = ctx.divide(Decimal(value.numerator), Decimal(value.denominator))
    exact = not ctx.flags[decimal.Inexact]
    return _decimal(_tidy(result, ctx), what, ""), exact


def _tidy(value: Decimal, ctx: decimal.Context) -> Decimal:
    """Drop trailing zeros of a computed result, without turning 3110 into 3.11E+3."""
    if not value:
        return Decimal(0)
    value = value.normalize(ctx)
    if value.as_tuple().exponent > 0 and value.adjusted() < MAX_DIGITS:  # type: ignore[operator]
        value = value.quantize(Decimal(1), context=ctx)
    return value


def _scalar(value: object, what: str) -> Decimal | None:
    """A Decimal or int factor for multiplication, None for other types."""
    if isinstance(value, float):
        raise InvalidTypeError(what, value, "a Decimal or an int (a float is not exact)")
    if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
        return None
    return _decimal(value, what, "Decimal(str(x))")


def _flag(value: object, what: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidTypeError(what, value, "a bool")
    return value


def _about(approximate: bool) -> str:
    return "about " if approximate else ""


def _quantity_approximate(value: bool) -> bool:
    return _flag(value, "Quantity.approximate")


def _quantity_magnitude(value: Decimal | int) -> Decimal:
    return _decimal(value, "Quantity.magnitude", "Quantity.from_float(x, unit)")


def _unit_of(value: object, what: str) -> UnitInfo:
    """The unit ``value`` names; a value that is not a str is the library's error."""
    if not isinstance(value, str):
        raise InvalidTypeError(what, value, "a unit as a str, such as 't' or 'kt/yr'")
    return unit_info(value)


def _quantity_unit(value: str) -> str:
    return _unit_of(value, "Quantity.unit").text


@attrs.frozen(eq=False)
class Quantity:
    """An exact magnitude with a unit checked by pint: ``3110 t``, ``3.11 kt``, ``16 g/t``.

    ``magnitude`` is a :class:`~decimal.Decimal` (an int is converted
    exactly; a float is refused, see :meth:`from_float`). ``unit`` is any
    unit pint knows that passes the unit grammar; the units of the field are
    ``t`` (tonne), ``kt``, ``Mt``, ``kg``, ``g``, ``lb``, ``troy_ounce`` (or
    ``ozt``), ``percent`` (or ``%``), ``ppm``, ``g/t``, and rates per year
    such as ``t/yr``, ``t/year``, ``kt/a`` or ``Mtpa``. ``kt`` is the
    kilotonne, never the knot. Names that pint reads otherwise than the
    field does are refused with what to write instead: a bare ``ton``
    (pint's US short ton: write ``t``, ``short_ton`` or ``long_ton``),
    ``oz`` (write ``troy_ounce``, ``ozt`` or ``avoirdupois_ounce``), ``T``,
    ``mt`` and a few more. The unit text is kept as written, with runs of
    whitespace collapsed, so that ``str`` reads back.

    ``approximate`` (keyword-only) marks a number that its source hedges
    ("about 3,000 tonnes"); the text form then starts with ``about``.

    Two quantities are equal when they are the same amount, in whatever
    units of the same dimension, and both exact or both approximate; equal
    quantities hash equal. An approximate quantity never equals an exact
    one, even of the same amount: "about 16" is not the statement "16".
    Quantities of different dimensions are simply unequal. Ordering compares
    amounts only (approximate or not), works across units of one dimension
    and raises :class:`~mineralpact.errors.IncompatibleUnitsError` across
    dimensions.

    >>> from decimal import Decimal
    >>> Quantity(3110, "t") == Quantity(Decimal("3.11"), "kt")
    True
    >>> hash(Quantity(3110, "t")) == hash(Quantity(Decimal("3.11"), "kt"))
    True
    >>> Quantity(1, "lb") < Quantity(500, "g")
    True
    >>> about = Quantity(3110, "t", approximate=True)
    >>> str(about), about == Quantity(3110, "t")
    ('about 3110 t', False)
    >>> Quantity(2.5, "t")
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidTypeError: wrong type for Quantity.magnitude: ...
    """

    magnitude: Decimal = attrs.field(converter=_quantity_magnitude)
    unit: str = attrs.field(converter=_quantity_unit)
    approximate: bool = attrs.field(default=False, kw_only=True, converter=_quantity_approximate)

    @classmethod
    def parse(cls, text: str) -> Quantity:
        """Read a quantity as written: a number, then a unit.

        Thousands separators are accepted in groups of three (``"3,110 t"``);
        the space between number and unit is optional (``"16%"``). A leading
        ``about`` or ``~`` makes the quantity approximate.

        >>> Quantity.parse("3,110 t")
        Quantity(magnitude=Decimal('3110'), unit='t')
        >>> Quantity.parse("about 3,000 t")
        Quantity(magnitude=Decimal('3000'), unit='t', approximate=True)
        >>> Quantity.parse("0.5 g/t").unit
        'g/t'
        >>> Quantity.parse("3,11 t")
        Traceback (most recent call last):
        ...
        mineralpact.errors.InvalidQuantityError: invalid Quantity: '3,11 t' ...

        Raises:
            InvalidTypeError: if ``text`` is not a str.
            InvalidQuantityError: if the number is missing, malformed or out of range.
            InvalidUnitError: if the unit is missing or invalid.
        """
        text = _require_text("Quantity", text)
        match = _QUANTITY_RE.fullmatch(text)
        if match is None:
            raise InvalidQuantityError(
                "Quantity",
                text,
                "a number followed by a unit, such as '3,110 t' or '0.5 g/t'",
                reason="it does not start with a number",
            )
        magnitude = _parse_number(text, match[2], "Quantity")
        try:
            return cls(magnitude, match[3], approximate=match[1] is not None)
        except InvalidUnitError as exc:
            raise InvalidUnitError(
                "Quantity", text, exc.expected, reason=f"unit {exc.value!r}: {exc.reason}"
            ) from exc

    @classmethod
    def from_float(cls, value: float, unit: str, *, approximate: bool = False) -> Quantity:
        """Make a quantity from a float, through its shortest decimal form.

        ``0.1`` becomes ``Decimal("0.1")``, not the binary value
        0.1000000000000000055511151231257827….

        >>> Quantity.from_float(0.1, "t")
        Quantity(magnitude=Decimal('0.1'), unit='t')

        Raises:
            InvalidTypeError: if ``value`` is not a float or an int.
            InvalidQuantityError: for NaN, infinities, or a value out of range.
        """
        if isinstance(value, bool) or not isinstance(value, (float, int)):
            raise InvalidTypeError("Quantity.magnitude", value, "a float or an int")
        number = Decimal(repr(value)) if isinstance(value, float) else value
        return cls(number, unit, approximate=approximate)

    def __str__(self) -> str:
        """The canonical text: ``"3110 t"``, ``"about 3110 t"``; :meth:`parse` reads it back."""
        return f"{_about(self.approximate)}{_decimal_text(self.magnitude)} {self.unit}"

    def __repr__(self) -> str:
        """An evaluable repr that names ``approximate`` only when it is set."""
        about = ", approximate=True" if self.approximate else ""
        magnitude = f"Decimal({_decimal_text(self.magnitude)!r})"
        return f"Quantity(magnitude={magnitude}, unit={self.unit!r}{about})"

    @property
    def dimensionality(self) -> str:
        """The unit's dimensions, as pint writes them.

        >>> Quantity(1, "t/yr").dimensionality
        '[mass] / [time]'
        >>> Quantity(16, "%").dimensionality
        'dimensionless'
        """
        return unit_info(self.unit).dimensionality

    def is_compatible(self, unit: str) -> bool:
        """Whether this quantity can be converted to ``unit``.

        >>> Quantity(1, "t").is_compatible("lb"), Quantity(1, "t").is_compatible("m")
        (True, False)

        Raises:
            InvalidUnitError: if ``unit`` is not a valid unit.
        """
        return _unit_of(unit, "Quantity.is_compatible unit").dimensionality == self.dimensionality

    def to(self, unit: str, *, exact: bool = False) -> Quantity:
        """The same quantity in ``unit``.

        The result is exact whenever it fits in :data:`MAX_DIGITS`
        significant digits, which it does for every unit of the field whose
        definition is exact (tonnes, kilotonnes, grams, pounds, troy ounces,
        ppm, percent, per year). Otherwise (kilograms to pounds: the factor
        1/0.45359237 has no end) it is rounded to :data:`MAX_DIGITS`
        significant digits, or, with ``exact=True``, refused. Trailing zeros
        are dropped from a converted magnitude (``3.11``, not ``3.110``). An
        approximate quantity stays approximate.

        >>> str(Quantity(3110, "t").to("kt"))
        '3.11 kt'
        >>> str(Quantity(1, "lb").to("g"))
        '453.59237 g'
        >>> str(Quantity(1, "kg").to("lb"))
        '2.20462262184877580722973801345027 lb'
        >>> Quantity(1, "kg").to("lb", exact=True)
        Traceback (most recent call last):
        ...
        mineralpact.errors.InvalidQuantityError: invalid Quantity.to: '1 kg to lb' ...

        Raises:
            InvalidUnitError: if ``unit`` is not a valid unit.
            IncompatibleUnitsError: if ``unit`` has another dimension.
            InvalidQuantityError: if the result is out of range, or inexact
                and ``exact`` is true.
        """
        target = _unit_of(unit, "Quantity.to unit").text
        factor = conversion_factor(self.unit, unit)
        if factor == 1:
            return Quantity(self.magnitude, target, approximate=self.approximate)
        magnitude, is_exact = _from_fraction(Fraction(self.magnitude) * factor, "Quantity.to")
        if exact and not is_exact:
            raise InvalidQuantityError(
                "Quantity.to",
                f"{self} to {target}",
                f"a conversion whose result fits in {MAX_DIGITS} significant digits",
                reason=f"the exact result has more digits, or does not end; nearest: {magnitude}",
            )
        return Quantity(magnitude, target, approximate=self.approximate)

    def _base(self) -> tuple[str, Fraction]:
        info = unit_info(self.unit)
        return info.dimensionality, Fraction(self.magnitude) * info.factor

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Quantity):
            return NotImplemented
        if self.approximate != other.approximate:
            return False
        if self.unit == other.unit:
            return self.magnitude == other.magnitude
        return self._base() == other._base()

    def __hash__(self) -> int:
        return hash((self._base(), self.approximate))

    def _compare(self, other: object, operator: str) -> tuple[Fraction, Fraction] | None:
        if not isinstance(other, Quantity):
            return None
        (dim, mine), (other_dim, theirs) = self._base(), other._base()
        if dim != other_dim:
            raise IncompatibleUnitsError(
                f"Quantity {operator}",
                f"{self} {operator} {other}",
                f"quantities of one dimension ({self.unit!r} is {dim})",
                reason=f"{other.unit!r} is {other_dim}",
            )
        return mine, theirs

    def __lt__(self, other: object) -> bool:
        pair = self._compare(other, "<")
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __le__(self, other: object) -> bool:
        pair = self._compare(other, "<=")
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __gt__(self, other: object) -> bool:
        pair = self._compare(other, ">")
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __ge__(self, other: object) -> bool:
        pair = self._compare(other, ">=")
        return NotImplemented if pair is None else pair[0] >= pair[1]

    def _in_my_unit(self, other: Quantity, operator: str) -> Decimal:
        if not self.is_compatible(other.unit):
            self._compare(other, operator)  # raises with both dimensions
        if other.unit == self.unit:
            return other.magnitude
        return other.to(self.unit, exact=True).magnitude

    def __add__(self, other: object) -> Quantity:
        """The sum, in this quantity's unit; exact, or an error if it would round.

        The sum is approximate when either operand is.

        >>> str(Quantity.parse("3,110 t") + Quantity.parse("1.09 kt"))
        '4200 t'
        """
        if not isinstance(other, Quantity):
            return NotImplemented
        theirs = self._in_my_unit(other, "+")
        return Quantity(
            _exactly("add", self.magnitude, theirs, "Quantity +"),
            self.unit,
            approximate=self.approximate or other.approximate,
        )

    def __sub__(self, other: object) -> Quantity:
        """The difference, in this quantity's unit.

        >>> str(Quantity(4200, "t") - Quantity(3110, "t"))
        '1090 t'
        """
        if not isinstance(other, Quantity):
            return NotImplemented
        theirs = self._in_my_unit(other, "-")
        return Quantity(
            _exactly("subtract", self.magnitude, theirs, "Quantity -"),
            self.unit,
            approximate=self.approximate or other.approximate,
        )

    def __mul__(self, other: object) -> Quantity:
        """The quantity times a Decimal or int, exactly when it fits.

        >>> str(Quantity(Decimal("1.5"), "kt") * 2)
        '3.0 kt'
        """
        factor = _scalar(other, "Quantity factor")
        if factor is None:
            return NotImplemented
        return Quantity(
            _exactly("multiply", self.magnitude, factor, "Quantity *"),
            self.unit,
            approximate=self.approximate,
        )

    __rmul__ = __mul__


def _share_value(value: Decimal | int) -> Decimal:
    number = _decimal(value, "Share.value", "Decimal(str(x))")
    if not 0 <= number <= 100:
        raise InvalidQuantityError(
            "Share.value", value, "a percentage from 0 to 100", reason="out of range"
        )
    return number if number else abs(number)  # -0 is 0


def _share_of(value: str) -> str:
    return _description(value, "Share.of")


def _share_approximate(value: bool) -> bool:
    return _flag(value, "Share.approximate")


@attrs.frozen
class Share:
    """A part of a named total, in percent: "16 percent of global reserves".

    ``value`` is the percentage, a :class:`~decimal.Decimal` from 0 to 100
    (an int is converted). ``of`` names the total; it is required, since a
    share of nothing in particular means nothing. ``approximate``
    (keyword-only) marks a hedged number ("about 16 percent"). The text form
    is ``"16% of global rare-earth reserves"``, or ``"about 16% of …"``.

    An approximate share never equals an exact one of the same value: "about
    16 percent" and "16%" are different statements.

    >>> from decimal import Decimal
    >>> share = Share(Decimal("16"), of="global rare-earth reserves")
    >>> share.as_fraction()
    Decimal('0.16')
    >>> Share.parse(str(share)) == share
    True
    >>> about = Share(16, of="global rare-earth reserves", approximate=True)
    >>> str(about), about == share
    ('about 16% of global rare-earth reserves', False)
    >>> Share(120, "world production")
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidQuantityError: invalid Share.value: 120 (out of range); ...
    """

    value: Decimal = attrs.field(converter=_share_value)
    of: str = attrs.field(converter=_share_of)
    approximate: bool = attrs.field(default=False, kw_only=True, converter=_share_approximate)

    @classmethod
    def parse(cls, text: str) -> Share:
        """Read ``"16% of global reserves"``; ``"16 percent of …"`` is read too.

        A leading ``about`` or ``~`` makes the share approximate.

        >>> Share.parse("16 percent of global rare-earth reserves")
        Share(value=Decimal('16'), of='global rare-earth reserves')
        >>> Share.parse("about 16 percent of global rare-earth reserves").approximate
        True

        Raises:
            InvalidTypeError: if ``text`` is not a str.
            InvalidQuantityError: if the text is not a share or the share is invalid.
        """
        text = _require_text("Share", text)
        match = _pattern("share").fullmatch(text)
        if match is None:
            raise InvalidQuantityError(
                "Share",
                text,
                "a percentage of a named total, such as '16% of global reserves'",
            )
        value = _parse_number(text, match[2], "Share")
        try:
            return cls(value, match[3], approximate=match[1] is not None)
        except InvalidQuantityError as exc:
            raise InvalidQuantityError("Share", text, exc.expected, reason=exc.reason) from exc

    @classmethod
    def from_fraction(cls, fraction: Decimal | int, of: str, *, approximate: bool = False) -> Share:
        """Make a share from a fraction of one: ``0.16`` is 16 percent.

        >>> Share.from_fraction(Decimal("0.16"), "global reserves")
        Share(value=Decimal('16'), of='global reserves')

        Raises:
            InvalidTypeError: if ``fraction`` is not a Decimal or an int.
            InvalidQuantityError: if it is not from 0 to 1.
        """
        number = _decimal(fraction, "Share fraction", "Decimal(str(x))")
        return cls(number.scaleb(2, _decimal_context()), of, approximate=approximate)

    def __str__(self) -> str:
        """The canonical text: ``"16% of global rare-earth reserves"``, ``"about 16% of …"``."""
        return f"{_about(self.approximate)}{_decimal_text(self.value)}% of {self.of}"

    def __repr__(self) -> str:
        """An evaluable repr that names ``approximate`` only when it is set."""
        about = ", approximate=True" if self.approximate else ""
        return f"Share(value=Decimal({_decimal_text(self.value)!r}), of={self.of!r}{about})"

    def as_fraction(self) -> Decimal:
        """The share as a fraction of one: 16 percent is ``Decimal("0.16")``.

        >>> Share(5, "x").as_fraction()
        Decimal('0.05')
        """
        return self.value.scaleb(-2, _decimal_context())

    def as_quantity(self) -> Quantity:
        """The percentage as a dimensionless :class:`Quantity` in percent, approximate or not.

        >>> Share(16, "global reserves").as_quantity() == Quantity(160000, "ppm")
        True
        """
        return Quantity(self.value, "percent", approximate=self.approximate)


def _ordinal(number: int) -> str:
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _whole(value: object, what: str, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError(what, value, "an int")
    expected = f"a whole number from {minimum} to {MAX_WHOLE:,} (MAX_WHOLE)"
    if value < minimum:
        raise InvalidQuantityError(what, value, expected, reason="too small")
    if value > MAX_WHOLE:
        # A huge int is named by its size: past Python's conversion limit it has no str().
        shown: object = value
        if value.bit_length() > 100:
            shown = f"an int of about {int(value.bit_length() * 0.30103) + 1} digits"
        raise InvalidQuantityError(what, shown, expected, reason="too large")
    return int(value)


def _rank_position(value: int) -> int:
    return _whole(value, "Rank.position", 1)


def _rank_of(value: int | None) -> int | None:
    return None if value is None else _whole(value, "Rank.of", 1)


def _rank_scope(value: str) -> str:
    return _description(value, "Rank.scope")


_RANK_EXPECTED = (
    "a rank such as '8th: largest producers of molybdenum' "
    "or '8th of 20: largest producers of molybdenum'"
)


@attrs.frozen
class Rank:
    """A position in a ranking: "8th-largest producer of molybdenum".

    ``position`` counts from 1; ``of``, when known, is how many are ranked
    (at least ``position``); ``scope`` (keyword-only, required) names the
    ranking. The text form is ``"8th: largest producers of molybdenum"`` or,
    with ``of``, ``"8th of 20: …"``.

    Ranks have no ordering operators: ranks in different rankings do not
    compare, and within one ranking "less" would mean "better". Compare
    ``position`` directly when the scopes match.

    >>> rank = Rank(8, scope="largest producers of molybdenum")
    >>> str(rank)
    '8th: largest producers of molybdenum'
    >>> Rank.parse("3rd of 20: largest producers of molybdenum")
    Rank(position=3, of=20, scope='largest producers of molybdenum')
    >>> Rank(21, 20, scope="producers")
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidQuantityError: invalid Rank.of: 20 ...
    """

    position: int = attrs.field(converter=_rank_position)
    of: int | None = attrs.field(default=None, converter=_rank_of)
    scope: str = attrs.field(kw_only=True, converter=_rank_scope)

    @of.validator
    def _check_of(self, attribute: attrs.Attribute[int | None], value: int | None) -> None:
        if value is not None and value < self.position:
            raise InvalidQuantityError(
                "Rank.of",
                value,
                f"at least the position ({self.position})",
                reason="fewer ranked than the position",
            )

    @classmethod
    def parse(cls, text: str) -> Rank:
        """Read ``"8th: scope"`` or ``"8th of 20: scope"``; the suffix must fit the number.

        >>> Rank.parse("22nd: largest producers").ordinal
        '22nd'
        >>> Rank.parse("22th: largest producers")
        Traceback (most recent call last):
        ...
        mineralpact.errors.InvalidQuantityError: invalid Rank: '22th: largest producers' ...

        Raises:
            InvalidTypeError: if ``text`` is not a str.
            InvalidQuantityError: if the text is not a rank or the rank is invalid.
        """
        text = _require_text("Rank", text)
        match = _pattern("rank").fullmatch(text)
        if match is None:
            raise InvalidQuantityError("Rank", text, _RANK_EXPECTED)
        position = int(match[1])
        if _ordinal(position) != match[1] + match[2]:
            raise InvalidQuantityError(
                "Rank",
                text,
                _RANK_EXPECTED,
                reason=f"the ordinal of {position} is {_ordinal(position)!r}",
            )
        try:
            return cls(position, None if match[3] is None else int(match[3]), scope=match[4])
        except InvalidQuantityError as exc:
            raise InvalidQuantityError("Rank", text, exc.expected, reason=exc.reason) from exc

    @property
    def ordinal(self) -> str:
        """The position as an English ordinal: ``"1st"``, ``"12th"``, ``"22nd"``.

        >>> [Rank(n, scope="x").ordinal for n in (1, 2, 3, 4, 11, 12, 13, 21, 101, 111)]
        ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '101st', '111th']
        """
        return _ordinal(self.position)

    def __str__(self) -> str:
        """The canonical text: ``"8th: scope"`` or ``"8th of 20: scope"``."""
        out_of = "" if self.of is None else f" of {self.of}"
        return f"{self.ordinal}{out_of}: {self.scope}"


def _count_value(value: int) -> int:
    return _whole(value, "Count.value", 0)


def _count_approximate(value: bool) -> bool:
    return _flag(value, "Count.approximate")


def _count_of(value: str | None) -> str | None:
    return None if value is None else _description(value, "Count.of")


_COUNT_EXPECTED = "a count such as '35', '~80' or '~80 kinds of mineral resources'"


@attrs.frozen
class Count:
    """A whole number of things, exact or approximate: "some 80 kinds".

    ``value`` is at least 0; ``approximate`` marks a round or hedged number
    ("some", "about", "more than"); ``of``, optional, says what is counted.
    The text form puts a tilde before an approximate count (as EDTF does for
    approximate dates) and what is counted after a space:
    ``"~80 kinds of mineral resources"``, ``"35 types of rare metals"``,
    ``"80"``.

    >>> Count(80, approximate=True, of="kinds of mineral resources")
    Count(value=80, approximate=True, of='kinds of mineral resources')
    >>> Count.parse("~80 kinds of mineral resources").approximate
    True
    >>> Count(-1)
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidQuantityError: invalid Count.value: -1 (too small); ...
    """

    value: int = attrs.field(converter=_count_value)
    approximate: bool = attrs.field(default=False, converter=_count_approximate)
    of: str | None = attrs.field(default=None, converter=_count_of)

    @classmethod
    def parse(cls, text: str) -> Count:
        """Read ``"80"``, ``"~80"``, ``"1,200 kinds"`` or ``"~80 kinds of minerals"``.

        ``"about 80 kinds"`` is read as ``"~80 kinds"``, as :class:`Quantity`
        and :class:`Share` read it.

        >>> Count.parse("35 types of rare metals")
        Count(value=35, approximate=False, of='types of rare metals')

        Raises:
            InvalidTypeError: if ``text`` is not a str.
            InvalidQuantityError: if the text is not a count.
        """
        text = _require_text("Count", text)
        match = _pattern("count").fullmatch(text)
        if match is None:
            raise InvalidQuantityError("Count", text, _COUNT_EXPECTED)
        value = _parse_integer(text, match[2], "Count", _COUNT_EXPECTED)
        try:
            return cls(value, approximate=bool(match[1]), of=match[3])
        except InvalidQuantityError as exc:
            raise InvalidQuantityError("Count", text, exc.expected, reason=exc.reason) from exc

    def __str__(self) -> str:
        """The canonical text: ``"~80 kinds of mineral resources"``."""
        tilde = "~" if self.approximate else ""
        return f"{tilde}{self.value}" + ("" if self.of is None else f" {self.of}")


_CURRENCY_EXPECTED = "an ISO 4217 currency code such as 'USD', 'KRW' or 'MNT'"


def _money_amount(value: Decimal | int) -> Decimal:
    return _decimal(value, "Money.amount", "Decimal(str(x))")


def _money_currency(value: str) -> str:
    if not isinstance(value, str):
        raise InvalidTypeError("Money.currency", value, "a str")
    # Three ASCII letters before the case is changed: "uſd".upper() is "USD".
    if not (len(value) == 3 and value.isascii() and value.isalpha()):
        raise InvalidCodeError(
            "Money.currency", value, _CURRENCY_EXPECTED, reason="not three ASCII letters"
        )
    code = value.upper()
    if code not in currency_codes():
        raise InvalidCodeError(
            "Money.currency", value, _CURRENCY_EXPECTED, reason="not in ISO 4217"
        )
    return code


@attrs.frozen
class Money:
    """An exact amount in an ISO 4217 currency: ``1000000 USD``.

    ``amount`` is a :class:`~decimal.Decimal` (an int is converted; a float
    is refused), and keeps its written precision (``Decimal("1.50")``).
    ``currency`` is checked against pycountry's list and stored in upper
    case. Amounts add, subtract and compare within one currency; across
    currencies they raise :class:`~mineralpact.errors.IncompatibleUnitsError`
    (no fixed rate converts them).

    >>> from decimal import Decimal
    >>> Money(Decimal("1.50"), "usd") + Money(2, "USD")
    Money(amount=Decimal('3.50'), currency='USD')
    >>> Money(1, "USD") < Money(1, "KRW")
    Traceback (most recent call last):
    ...
    mineralpact.errors.IncompatibleUnitsError: invalid Money <: '1 USD < 1 KRW' ...
    """

    amount: Decimal = attrs.field(converter=_money_amount)
    currency: str = attrs.field(converter=_money_currency)

    @classmethod
    def parse(cls, text: str) -> Money:
        """Read ``"1000000 USD"``; thousands separators by three are accepted.

        >>> Money.parse("25,000,000 KRW")
        Money(amount=Decimal('25000000'), currency='KRW')

        Raises:
            InvalidTypeError: if ``text`` is not a str.
            InvalidQuantityError: if the text is not an amount and a code.
            InvalidCodeError: if the currency is not an ISO 4217 code.
        """
        text = _require_text("Money", text)
        match = _pattern("money").fullmatch(text)
        if match is None:
            raise InvalidQuantityError(
                "Money", text, "an amount and an ISO 4217 code, such as '1000000 USD'"
            )
        amount = _parse_number(text, match[1], "Money")
        try:
            return cls(amount, match[2])
        except InvalidCodeError as exc:
            raise InvalidCodeError("Money", text, exc.expected, reason=exc.reason) from exc

    def __str__(self) -> str:
        """The canonical text: ``"1000000 USD"``."""
        return f"{_decimal_text(self.amount)} {self.currency}"

    def _same_currency(self, other: Money, operator: str) -> None:
        if other.currency != self.currency:
            raise IncompatibleUnitsError(
                f"Money {operator}",
                f"{self} {operator} {other}",
                f"amounts in one currency ({self.currency})",
                reason=f"the other is in {other.currency}",
            )

    def _pair(self, other: object, operator: str) -> tuple[Decimal, Decimal] | None:
        if not isinstance(other, Money):
            return None
        self._same_currency(other, operator)
        return self.amount, other.amount

    def __lt__(self, other: object) -> bool:
        pair = self._pair(other, "<")
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __le__(self, other: object) -> bool:
        pair = self._pair(other, "<=")
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __gt__(self, other: object) -> bool:
        pair = self._pair(other, ">")
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __ge__(self, other: object) -> bool:
        pair = self._pair(other, ">=")
        return NotImplemented if pair is None else pair[0] >= pair[1]

    def __add__(self, other: object) -> Money:
        """The sum of two amounts in one currency."""
        pair = self._pair(other, "+")
        if pair is None:
            return NotImplemented
        return Money(_exactly("add", *pair, "Money +"), self.currency)

    def __sub__(self, other: object) -> Money:
        """The difference of two amounts in one currency.

        >>> str(Money(5, "EUR") - Money(Decimal("0.25"), "EUR"))
        '4.75 EUR'
        """
        pair = self._pair(other, "-")
        if pair is None:
            return NotImplemented
        return Money(_exactly("subtract", *pair, "Money -"), self.currency)

    def __mul__(self, other: object) -> Money:
        """The amount times a Decimal or int.

        >>> str(Money(Decimal("1.25"), "USD") * 4)
        '5.00 USD'
        """
        factor = _scalar(other, "Money factor")
        if factor is None:
            return NotImplemented
        return Money(_exactly("multiply", self.amount, factor, "Money *"), self.currency)

    __rmul__ = __mul__


def _range_end(value: Quantity, what: str) -> Quantity:
    if not isinstance(value, Quantity):
        raise InvalidTypeError(what, value, "a Quantity")
    return value


def _range_low(value: Quantity) -> Quantity:
    return _range_end(value, "QuantityRange.low")


def _range_high(value: Quantity) -> Quantity:
    return _range_end(value, "QuantityRange.high")


_RANGE_EXPECTED = "a range such as '100–200 t' or '1 kt – 1500 t', low end first"


@attrs.frozen
class QuantityRange:
    """A range that a source gives for one figure: "100–200 t".

    ``low`` and ``high`` are :class:`Quantity` values of one dimension, in
    any units, with ``low`` not above ``high``; either may be approximate.
    The text form is ``"100–200 t"`` (an en dash) when both ends share a
    unit, ``"1 kt – 1500 t"`` otherwise; :meth:`parse` reads both, and
    ``to`` for the dash. Two ranges are equal when their ends are equal
    amounts. A range holds a value when the value lies within it:
    :meth:`holds`.

    >>> r = QuantityRange.parse("100–200 t")
    >>> r
    QuantityRange(low=Quantity(magnitude=Decimal('100'), unit='t'), \
high=Quantity(magnitude=Decimal('200'), unit='t'))
    >>> str(r), r.holds(Quantity(150, "t")), r.holds(Quantity(1, "kt"))
    ('100–200 t', True, False)
    >>> QuantityRange(Quantity(2, "kt"), Quantity(100, "t"))
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidQuantityError: invalid QuantityRange.high: '100 t' ...
    """

    low: Quantity = attrs.field(converter=_range_low)
    high: Quantity = attrs.field(converter=_range_high)

    @high.validator
    def _check_high(self, attribute: attrs.Attribute[Quantity], value: Quantity) -> None:
        if not self.low.is_compatible(value.unit):
            raise IncompatibleUnitsError(
                "QuantityRange.high",
                str(value),
                f"a quantity of the low end's dimension ({self.low.dimensionality})",
                reason=f"{value.unit!r} is {value.dimensionality}",
            )
        if value < self.low:
            raise InvalidQuantityError(
                "QuantityRange.high",
                str(value),
                f"at least the low end ({self.low})",
                reason="the range ends below its start",
            )

    @classmethod
    def parse(cls, text: str) -> QuantityRange:
        """Read ``"100–200 t"``, ``"100 to 200 t"`` or ``"1 kt – 1500 t"``.

        >>> str(QuantityRange.parse("about 100 to 200 t"))
        'about 100 t – 200 t'

        Raises:
            InvalidTypeError: if ``text`` is not a str.
            InvalidQuantityError: if the text is not a range or the range is invalid.
            InvalidUnitError: if a unit is invalid.
            IncompatibleUnitsError: if the ends have different dimensions.
        """
        text = _require_text("QuantityRange", text)
        parts = _pattern("range split").split(text)
        if len(parts) != 2:
            raise InvalidQuantityError("QuantityRange", text, _RANGE_EXPECTED)
        low_text, high_text = parts
        try:
            high = Quantity.parse(high_text)
            if _pattern("bare number").fullmatch(low_text):
                low_text = f"{low_text} {high.unit}"
            return cls(Quantity.parse(low_text), high)
        except (InvalidQuantityError, InvalidUnitError, IncompatibleUnitsError) as exc:
            raise type(exc)("QuantityRange", text, exc.expected, reason=exc.reason) from exc

    def holds(self, value: Quantity) -> bool:
        """Whether ``value`` lies within the range (ends included); other dimensions do not.

        >>> QuantityRange(Quantity(1, "kt"), Quantity(2, "kt")).holds(Quantity(1500, "t"))
        True
        """
        return self.low.is_compatible(value.unit) and self.low <= value <= self.high

    def overlaps(self, other: QuantityRange) -> bool:
        """Whether two ranges share a value (ranges of other dimensions do not).

        >>> QuantityRange.parse("100–200 t").overlaps(QuantityRange.parse("200–300 t"))
        True
        """
        return (
            self.low.is_compatible(other.low.unit)
            and self.low <= other.high
            and other.low <= self.high
        )

    @property
    def dimensionality(self) -> str:
        """The dimensions of both ends.

        >>> QuantityRange.parse("1–2 t/yr").dimensionality
        '[mass] / [time]'
        """
        return self.low.dimensionality

    def __str__(self) -> str:
        """The canonical text: ``"100–200 t"``, or ``"1 kt – 1500 t"`` across units."""
        if self.low.unit == self.high.unit and not (self.low.approximate or self.high.approximate):
            return f"{_decimal_text(self.low.magnitude)}\u2013{self.high}"
        return f"{self.low} \u2013 {self.high}"


class StatisticCode(enum.Enum):
    """What a statistical table writes in place of a number (USGS's symbols).

    Each is a statement of its own: neither zero nor missing data. ``symbol``
    is the text as the table prints it.

    >>> StatisticCode.WITHHELD.symbol, StatisticCode("not_available").symbol
    ('W', 'NA')
    >>> [c.symbol for c in StatisticCode]
    ['W', 'NA', '—', 'Large', 'Very small']
    """

    #: Withheld to avoid disclosing company proprietary data (USGS "W").
    WITHHELD = "withheld"
    #: Not available (USGS "NA").
    NOT_AVAILABLE = "not_available"
    #: Zero (USGS "—", an em dash).
    ZERO = "zero"
    #: Large, without a number (USGS reserves "Large").
    LARGE = "large"
    #: Very small, without a number (USGS "Very small").
    VERY_SMALL = "very_small"

    @property
    def symbol(self) -> str:
        """The symbol as the table prints it."""
        return _SYMBOLS[self]


_SYMBOLS = {
    StatisticCode.WITHHELD: "W",
    StatisticCode.NOT_AVAILABLE: "NA",
    StatisticCode.ZERO: "\u2014",
    StatisticCode.LARGE: "Large",
    StatisticCode.VERY_SMALL: "Very small",
}
_CODES_BY_SYMBOL = {symbol: code for code, symbol in _SYMBOLS.items()}


def _coded_code(value: StatisticCode) -> StatisticCode:
    if not isinstance(value, StatisticCode):
        raise InvalidTypeError("Coded.code", value, "a StatisticCode")
    return value


@attrs.frozen
class Coded:
    """A figure stated by a code instead of a number: USGS's W, NA, —, "Large", "Very small".

    A coded value is neither zero nor missing: it is what the table says.
    :meth:`parse` reads the symbol as printed; ``str`` writes it back.
    A coded figure is compared with the codes other sources give for the
    same figure: a code that states no number (W, NA, "Large", "Very
    small") agrees with any code, and — (zero) only with —. A figure's key
    holds the kind of its value, and a code does not say what kind of
    number it stands in for, so a coded figure and a figure with a number
    have different keys and are not compared.

    >>> Coded.parse("W")
    Coded(code=<StatisticCode.WITHHELD: 'withheld'>)
    >>> str(Coded(StatisticCode.ZERO)), Coded(StatisticCode.ZERO).states_number
    ('—', True)
    >>> Coded.parse("w")
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidQuantityError: invalid Coded: 'w'; expected one of 'W', ...
    """

    code: StatisticCode = attrs.field(converter=_coded_code)

    @classmethod
    def parse(cls, text: str) -> Coded:
        """Read a symbol as printed: ``W``, ``NA``, ``—``, ``Large`` or ``Very small``.

        Raises:
            InvalidTypeError: if ``text`` is not a str.
            InvalidQuantityError: if the text is not one of the symbols.
        """
        text = _require_text("Coded", text)
        code = _CODES_BY_SYMBOL.get(_SPACE_RUNS.sub(" ", text).strip(" "))
        if code is None:
            raise InvalidQuantityError(
                "Coded", text, "one of " + ", ".join(repr(s) for s in _CODES_BY_SYMBOL)
            )
        return cls(code)

    @property
    def states_number(self) -> bool:
        """Whether the code stands for a number (only — , zero, does).

        >>> Coded(StatisticCode.WITHHELD).states_number
        False
        """
        return self.code is StatisticCode.ZERO

    def __str__(self) -> str:
        """The symbol as printed."""
        return self.code.symbol
