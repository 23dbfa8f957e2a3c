"""Dates as the sources give them: partial dates, ranges, deadlines and approximate dates.

A source rarely gives a full date. It says "2023", "in February 2023", "by
November" or "Thursday". Each of these means something different, so each is
its own type:

* :class:`PartialDate`: a date known to the year, the month or the day
  (``2023``, ``2023-02``, ``2023-02-15``). It is never padded: ``2023-02`` is
  the whole of February, not its first day.
* :class:`DateRange`: from one partial date to another, either end open
  (``2023-11-20/2025-03-12``, ``2023/..``).
* :class:`Deadline`: no later than a partial date (``../2025-11``).
* :class:`QualifiedDate`: an approximate or uncertain partial date (``2023~``,
  ``2025-12-15?``, ``2025-12%``).

Their text forms follow EDTF (ISO 8601-2, levels 0 and 1); every ``str()`` is
the exact inverse of the type's ``parse``, and :func:`parse_temporal` reads any
of them. :func:`resolve_date` turns a phrase as written in a source ("May last
year", "by November") into one of these values, against the source's
publication date.

>>> from mineralpact.dates import PartialDate, parse_temporal
>>> PartialDate.parse("2023-02")
PartialDate(2023, 2)
>>> parse_temporal("../2025-11")
Deadline(PartialDate(2025, 11))
"""

from __future__ import annotations

import calendar
import datetime
import enum
import re
from typing import TYPE_CHECKING, TypeAlias

import attrs

from mineralpact._datetext import ISO_EXPECTED, MAX_TEXT, english_names, is_plain_date
from mineralpact.errors import InvalidDateError, InvalidTypeError

# The phrase resolver lives in mineralpact._resolve, which needs dateutil: it
# is imported on first use of resolve_date (see __getattr__ below), so that
# importing mineralpact stays cheap.
if TYPE_CHECKING:
    from mineralpact._resolve import resolve_date

__all__ = [
    "Comparison",
    "DateRange",
    "Deadline",
    "PartialDate",
    "Precision",
    "QualifiedDate",
    "Qualifier",
    "ResolvedDate",
    "TemporalValue",
    "Tense",
    "parse_temporal",
    "resolve_date",
]

_RANGE_EXPECTED = "an EDTF interval START/END of ISO 8601 dates, '..' for an open end"
_DEADLINE_EXPECTED = "an EDTF interval open at the start: ../YYYY, ../YYYY-MM or ../YYYY-MM-DD"
_QUALIFIED_EXPECTED = (
    "an ISO 8601 date followed by '~' (approximate), '?' (uncertain) or '%' (both)"
)

_ISO_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_OPEN = ".."

# The sort key of every temporal value: (earliest or date.min, minus the ordinal
# of latest, or below any ordinal for an open end, rank of the kind, text).
_SortKey: TypeAlias = tuple[datetime.date, int, int, str]
_OPEN_LATEST = -(datetime.date.max.toordinal() + 1)


class _Enum(enum.Enum):
    """An enum whose ``repr`` is the expression that gives it back."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.name}"


class Precision(_Enum):
    """How much of a :class:`PartialDate` is known: the year, the month or the day.

    Precisions are ordered from coarse to fine by :attr:`rank`; they do not
    support ``<`` themselves.

    >>> Precision.MONTH
    Precision.MONTH
    >>> Precision("day").rank > Precision.YEAR.rank
    True
    """

    YEAR = "year"
    MONTH = "month"
    DAY = "day"

    @property
    def rank(self) -> int:
        """``0`` for YEAR, ``1`` for MONTH, ``2`` for DAY: the higher, the finer.

        >>> [p.rank for p in Precision]
        [0, 1, 2]
        """
        return _PRECISION_RANKS[self]


_PRECISION_RANKS = {Precision.YEAR: 0, Precision.MONTH: 1, Precision.DAY: 2}


class Comparison(_Enum):
    """The answer of :meth:`PartialDate.compare`: before, after, the same, or cannot tell.

    >>> PartialDate(2023).compare(PartialDate(2023, 2, 15))
    Comparison.UNKNOWN
    """

    BEFORE = "before"
    AFTER = "after"
    SAME = "same"
    UNKNOWN = "unknown"


class Qualifier(_Enum):
    """An EDTF level 1 qualifier on a whole date; its value is the suffix written.

    >>> Qualifier("~")
    Qualifier.APPROXIMATE
    >>> Qualifier.UNCERTAIN.value
    '?'
    """

    APPROXIMATE = "~"
    UNCERTAIN = "?"
    APPROXIMATE_AND_UNCERTAIN = "%"


class Tense(_Enum):
    """Whether a source speaks of the past or the future, for :func:`resolve_date`.

    >>> Tense("future")
    Tense.FUTURE
    """

    PAST = "past"
    FUTURE = "future"


def _check_text(text: object, what: str, expected: str) -> str:
    """Return *text* if it is a string short enough to parse, else raise."""
    if not isinstance(text, str):
        raise InvalidTypeError(what, text, "a str")
    if len(text) > MAX_TEXT:
        raise InvalidDateError(what, text, expected, reason=f"longer than {MAX_TEXT} characters")
    return text


def _check_int(what: str, value: object) -> None:
    # bool is an int subclass, but True is not a year.
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidTypeError(what, value, "an int")


def _span(item: object, what: str) -> tuple[datetime.date, datetime.date]:
    """The first and last day of a :class:`PartialDate` or a ``datetime.date``."""
    if isinstance(item, PartialDate):
        return item.earliest, item.latest
    if is_plain_date(item):
        return item, item
    raise InvalidTypeError(what, item, "a PartialDate or a datetime.date")


def _sort_key(
    earliest: datetime.date | None, latest: datetime.date | None, kind: int, text: str
) -> _SortKey:
    return (
        earliest or datetime.date.min,
        _OPEN_LATEST if latest is None else -latest.toordinal(),
        kind,
        text,
    )


def _weekday_number(name: str) -> int:
    """Monday 0 ... Sunday 6 for an English weekday name, or raise."""
    if not isinstance(name, str):
        raise InvalidTypeError("weekday", name, "a str")
    number = english_names().weekday(name) if len(name) <= MAX_TEXT else None
    if number is None:
        raise InvalidDateError("weekday", name, "an English weekday name such as 'Thursday'")
    return number


@attrs.frozen(repr=False)
class PartialDate:
    """A date known to the year, the month or the day.

    The text form is ISO 8601 (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, years
    1 to 9999) and is never padded: ``2023-02`` is the whole month, not its
    first day.

    >>> d = PartialDate.parse("2023-02")
    >>> d
    PartialDate(2023, 2)
    >>> str(d), d.precision
    ('2023-02', Precision.MONTH)
    >>> d.earliest, d.latest
    (datetime.date(2023, 2, 1), datetime.date(2023, 2, 28))
    >>> PartialDate(2023, 2, 15) in d
    True

    Partial dates are only partially ordered, so ``<`` is not defined; sort
    them with :attr:`sort_key`:

    >>> dates = [PartialDate(2023, 2, 15), PartialDate(2023, 2), PartialDate(2023)]
    >>> [str(d) for d in sorted(dates, key=lambda d: d.sort_key)]
    ['2023', '2023-02', '2023-02-15']
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __attrs_post_init__(self) -> None:
        _check_int("PartialDate year", self.year)
        if self.month is not None:
            _check_int("PartialDate month", self.month)
        if self.day is not None:
            _check_int("PartialDate day", self.day)
        reason = self._invalid_reason()
        if reason is not None:
            raise InvalidDateError(
                "PartialDate",
                (self.year, self.month, self.day),
                "a calendar date with a year from 1 to 9999",
                reason=reason,
            )

    def _invalid_reason(self) -> str | None:
        if not 1 <= self.year <= 9999:
            return f"year {self.year} is not between 1 and 9999"
        if self.month is None:
            return None if self.day is None else "a day needs a month"
        if not 1 <= self.month <= 12:
            return f"month {self.month} is not between 1 and 12"
        if self.day is None:
            return None
        days = calendar.monthrange(self.year, self.month)[1]
        if not 1 <= self.day <= days:
            return f"{self.year:04d}-{self.month:02d} has {days} days, not {self.day}"
        return None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, exactly; nothing else.

        >>> PartialDate.parse("2023-02-15")
        PartialDate(2023, 2, 15)
        >>> PartialDate.parse("2023-2")
        Traceback (most recent call last):
        ...
        mineralpact.errors.InvalidDateError: invalid PartialDate: '2023-2'; expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD
        """  # noqa: E501
        text = _check_text(text, "PartialDate", ISO_EXPECTED)
        match = _ISO_DATE.fullmatch(text)
        if match is None:
            reason = "a time of day is not part of a date" if ":" in text else None
            raise InvalidDateError("PartialDate", text, ISO_EXPECTED, reason=reason)
        year, month, day = (None if part is None else int(part) for part in match.groups())
        assert year is not None  # the pattern requires it
        try:
            return cls(year, month, day)
        except InvalidDateError as exc:
            raise InvalidDateError("PartialDate", text, ISO_EXPECTED, reason=exc.reason) from exc

    @classmethod
    def from_date(cls, value: datetime.date) -> PartialDate:
        """The day-precision partial date of a ``datetime.date`` (not a ``datetime``).

        >>> PartialDate.from_date(datetime.date(2025, 3, 12))
        PartialDate(2025, 3, 12)
        """
        if not is_plain_date(value):
            raise InvalidTypeError("PartialDate", value, "a datetime.date (not a datetime)")
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> Precision:
        """YEAR, MONTH or DAY: how much of the date is known.

        >>> PartialDate(2023).precision
        Precision.YEAR
        """
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def earliest(self) -> datetime.date:
        """The first day the partial date covers.

        >>> PartialDate(2023).earliest
        datetime.date(2023, 1, 1)
        """
        return datetime.date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> datetime.date:
        """The last day the partial date covers.

        >>> PartialDate(2024, 2).latest
        datetime.date(2024, 2, 29)
        """
        if self.month is None:
            return datetime.date(self.year, 12, 31)
        if self.day is None:
            return datetime.date(
                self.year, self.month, calendar.monthrange(self.year, self.month)[1]
            )
        return datetime.date(self.year, self.month, self.day)

    @property
    def sort_key(self) -> _SortKey:
        """A key that orders partial dates, and any mix of temporal values, totally.

        The order is by earliest day, then coarser before finer (so ``2023``,
        ``2023-02``, ``2023-02-01``, ``2023-02-15``). All temporal types share
        the key's shape: ``(earliest or date.min, -latest.toordinal() (an open
        end sorts first), rank of the kind, text)``; the kinds rank
        PartialDate, QualifiedDate, DateRange, Deadline.

        >>> texts = ["2023-02-15", "2023-02-01", "2023-02", "2023"]
        >>> [str(d) for d in sorted(map(PartialDate.parse, texts), key=lambda d: d.sort_key)]
        ['2023', '2023-02', '2023-02-01', '2023-02-15']
        """
        return _sort_key(self.earliest, self.latest, 0, str(self))

    def __contains__(self, item: PartialDate | datetime.date) -> bool:
        """Whether every day of *item* falls within this partial date.

        >>> datetime.date(2023, 2, 15) in PartialDate(2023)
        True
        >>> PartialDate(2023) in PartialDate(2023, 2)
        False
        """
        first, last = _span(item, "PartialDate member")
        return self.earliest <= first and last <= self.latest

    def compare(self, other: PartialDate) -> Comparison:
        """BEFORE or AFTER when the two do not overlap, SAME when equal, else UNKNOWN.

        >>> PartialDate(2022).compare(PartialDate(2023, 2))
        Comparison.BEFORE
        >>> PartialDate(2023, 3).compare(PartialDate(2023, 2, 15))
        Comparison.AFTER
        >>> PartialDate(2023).compare(PartialDate(2023, 2, 15))
        Comparison.UNKNOWN
        """
        if not isinstance(other, PartialDate):
            raise InvalidTypeError("PartialDate comparand", other, "a PartialDate")
        if self == other:
            return Comparison.SAME
        if self.latest < other.earliest:
            return Comparison.BEFORE
        if self.earliest > other.latest:
            return Comparison.AFTER
        return Comparison.UNKNOWN

    def falls_on(self, weekday: str) -> bool:
        """Whether the date is on *weekday* ("Thursday", "thu", in any case).

        Checks a weekday that a text states against a date; the date must be
        known to the day.

        >>> PartialDate(2023, 1, 26).falls_on("Thursday")
        True
        >>> PartialDate(2023, 1, 26).falls_on("fri")
        False
        """
        number = _weekday_number(weekday)
        if self.day is None:
            raise InvalidDateError(
                "PartialDate",
                str(self),
                "a date known to the day",
                reason="a weekday can only be checked against a full date",
            )
        return self.earliest.weekday() == number

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __repr__(self) -> str:
        parts = (self.year, self.month, self.day)
        return f"PartialDate({', '.join(str(p) for p in parts if p is not None)})"


def _parse_endpoint(text: str, part: str, what: str, expected: str) -> PartialDate:
    """Parse one side of an interval, naming the whole *text* on error."""
    try:
        return PartialDate.parse(part)
    except InvalidDateError as exc:
        reason = f"{part!r} is not {ISO_EXPECTED}" if exc.reason is None else exc.reason
        raise InvalidDateError(what, text, expected, reason=reason) from exc


@attrs.frozen(repr=False)
class DateRange:
    """From one partial date to another; ``None`` is an open end, written ``..``.

    A range open at the start is a :class:`Deadline`, and is refused here.

    >>> r = DateRange.parse("2023-11-20/2025-03-12")
    >>> r
    DateRange(PartialDate(2023, 11, 20), PartialDate(2025, 3, 12))
    >>> str(DateRange(PartialDate(2023), None))
    '2023/..'
    >>> PartialDate(2024, 6) in r
    True
    """

    start: PartialDate | None
    end: PartialDate | None

    def __attrs_post_init__(self) -> None:
        for name, side in (("start", self.start), ("end", self.end)):
            if side is not None and not isinstance(side, PartialDate):
                raise InvalidTypeError(f"DateRange {name}", side, "a PartialDate or None")
        if self.start is None:
            reason = (
                "a range must have a start"
                if self.end is None
                else "a range open at the start is a deadline: use Deadline(end)"
            )
            raise InvalidDateError(
                "DateRange", (self.start, self.end), "a start and an optional end", reason=reason
            )
        if self.end is not None and self.start.earliest > self.end.latest:
            raise InvalidDateError(
                "DateRange",
                (self.start, self.end),
                "a start no later than the end",
                reason=f"{self.start} is after {self.end}",
            )

    @classmethod
    def parse(cls, text: str) -> DateRange:
        """Read an EDTF interval: ``START/END``, with ``..`` for an open end.

        >>> DateRange.parse("2023/..")
        DateRange(PartialDate(2023), None)
        >>> DateRange.parse("../2025-11")
        Traceback (most recent call last):
        ...
        mineralpact.errors.InvalidDateError: invalid DateRange: '../2025-11' (a range open at the start is a deadline: use Deadline.parse); expected an EDTF interval START/END of ISO 8601 dates, '..' for an open end
        """  # noqa: E501
        text = _check_text(text, "DateRange", _RANGE_EXPECTED)
        first, slash, second = text.partition("/")
        if not slash or not first or not second:
            raise InvalidDateError("DateRange", text, _RANGE_EXPECTED)
        if first == _OPEN:
            reason = (
                "a range must have a start"
                if second == _OPEN
                else "a range open at the start is a deadline: use Deadline.parse"
            )
            raise InvalidDateError("DateRange", text, _RANGE_EXPECTED, reason=reason)
        start = _parse_endpoint(text, first, "DateRange", _RANGE_EXPECTED)
        end = (
            None if second == _OPEN else _parse_endpoint(text, second, "DateRange", _RANGE_EXPECTED)
        )
        try:
            return cls(start, end)
        except InvalidDateError as exc:
            raise InvalidDateError("DateRange", text, _RANGE_EXPECTED, reason=exc.reason) from exc

    @property
    def earliest(self) -> datetime.date | None:
        """The first day of the start (never ``None``: a range has a start).

        >>> DateRange.parse("2023-02/..").earliest
        datetime.date(2023, 2, 1)
        """
        return None if self.start is None else self.start.earliest

    @property
    def latest(self) -> datetime.date | None:
        """The last day of the end, or ``None`` when the range is open-ended.

        >>> DateRange.parse("2023/2024-02").latest
        datetime.date(2024, 2, 29)
        """
        return None if self.end is None else self.end.latest

    @property
    def sort_key(self) -> _SortKey:
        """The shared sort key (see :attr:`PartialDate.sort_key`).

        >>> DateRange.parse("2023/..").sort_key[:3]
        (datetime.date(2023, 1, 1), -3652060, 2)
        """
        return _sort_key(self.earliest, self.latest, 2, str(self))

    def __contains__(self, item: PartialDate | datetime.date) -> bool:
        """Whether every day of *item* falls within the range.

        >>> datetime.date(2030, 1, 1) in DateRange.parse("2023/..")
        True
        """
        first, last = _span(item, "DateRange member")
        earliest, latest = self.earliest, self.latest
        return (earliest is None or earliest <= first) and (latest is None or last <= latest)

    def __str__(self) -> str:
        start = _OPEN if self.start is None else str(self.start)
        end = _OPEN if self.end is None else str(self.end)
        return f"{start}/{end}"

    def __repr__(self) -> str:
        return f"DateRange({self.start!r}, {self.end!r})"


@attrs.frozen(repr=False)
class Deadline:
    """No later than a partial date: "by November". EDTF ``../2025-11``.

    >>> d = Deadline.parse("../2025-11")
    >>> d
    Deadline(PartialDate(2025, 11))
    >>> d.earliest, d.latest
    (None, datetime.date(2025, 11, 30))
    >>> PartialDate(2025, 10, 2) in d
    True
    """

    by: PartialDate

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.by, PartialDate):
            raise InvalidTypeError("Deadline by", self.by, "a PartialDate")

    @classmethod
    def parse(cls, text: str) -> Deadline:
        """Read an EDTF interval open at the start: ``../YYYY[-MM[-DD]]``.

        >>> Deadline.parse("../2025")
        Deadline(PartialDate(2025))
        """
        text = _check_text(text, "Deadline", _DEADLINE_EXPECTED)
        prefix = _OPEN + "/"
        if not text.startswith(prefix):
            raise InvalidDateError("Deadline", text, _DEADLINE_EXPECTED)
        return cls(_parse_endpoint(text, text[len(prefix) :], "Deadline", _DEADLINE_EXPECTED))

    @property
    def earliest(self) -> None:
        """Always ``None``: a deadline is open at the start.

        >>> Deadline(PartialDate(2025)).earliest is None
        True
        """
        return None

    @property
    def latest(self) -> datetime.date:
        """The last day of :attr:`by`.

        >>> Deadline(PartialDate(2025, 11)).latest
        datetime.date(2025, 11, 30)
        """
        return self.by.latest

    @property
    def sort_key(self) -> _SortKey:
        """The shared sort key (see :attr:`PartialDate.sort_key`).

        >>> Deadline(PartialDate(2025)).sort_key[0]
        datetime.date(1, 1, 1)
        """
        return _sort_key(None, self.latest, 3, str(self))

    def __contains__(self, item: PartialDate | datetime.date) -> bool:
        """Whether *item* meets the deadline: its last day is no later than the deadline's.

        >>> datetime.date(2025, 12, 1) in Deadline(PartialDate(2025, 11))
        False
        """
        return _span(item, "Deadline member")[1] <= self.latest

    def __str__(self) -> str:
        return f"{_OPEN}/{self.by}"

    def __repr__(self) -> str:
        return f"Deadline({self.by!r})"


@attrs.frozen(repr=False)
class QualifiedDate:
    """A partial date that a source gives as approximate, uncertain, or both.

    The text form is EDTF level 1: the date followed by ``~``, ``?`` or ``%``.
    :attr:`earliest` and :attr:`latest` are the stated date's own bounds.

    >>> q = QualifiedDate.parse("2023~")
    >>> q
    QualifiedDate(PartialDate(2023), Qualifier.APPROXIMATE)
    >>> str(QualifiedDate.uncertain(PartialDate(2025, 12, 15)))
    '2025-12-15?'
    """

    date: PartialDate
    qualifier: Qualifier

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.date, PartialDate):
            raise InvalidTypeError("QualifiedDate date", self.date, "a PartialDate")
        if not isinstance(self.qualifier, Qualifier):
            raise InvalidTypeError("QualifiedDate qualifier", self.qualifier, "a Qualifier")

    @classmethod
    def approximate(cls, date: PartialDate) -> QualifiedDate:
        """An approximate date (``~``): "around 2023".

        >>> QualifiedDate.approximate(PartialDate(2023))
        QualifiedDate(PartialDate(2023), Qualifier.APPROXIMATE)
        """
        return cls(date, Qualifier.APPROXIMATE)

    @classmethod
    def uncertain(cls, date: PartialDate) -> QualifiedDate:
        """An uncertain date (``?``): perhaps this date, e.g. an inferred one.

        >>> QualifiedDate.uncertain(PartialDate(2025, 12, 15))
        QualifiedDate(PartialDate(2025, 12, 15), Qualifier.UNCERTAIN)
        """
        return cls(date, Qualifier.UNCERTAIN)

    @classmethod
    def parse(cls, text: str) -> QualifiedDate:
        """Read an ISO 8601 date followed by one of ``~``, ``?``, ``%``.

        >>> QualifiedDate.parse("2025-12%")
        QualifiedDate(PartialDate(2025, 12), Qualifier.APPROXIMATE_AND_UNCERTAIN)
        """
        text = _check_text(text, "QualifiedDate", _QUALIFIED_EXPECTED)
        qualifier = next((q for q in Qualifier if text.endswith(q.value)), None)
        if qualifier is None:
            raise InvalidDateError("QualifiedDate", text, _QUALIFIED_EXPECTED)
        date = _parse_endpoint(text, text[:-1], "QualifiedDate", _QUALIFIED_EXPECTED)
        return cls(date, qualifier)

    @property
    def earliest(self) -> datetime.date:
        """The first day of the stated date.

        >>> QualifiedDate.parse("2023~").earliest
        datetime.date(2023, 1, 1)
        """
        return self.date.earliest

    @property
    def latest(self) -> datetime.date:
        """The last day of the stated date.

        >>> QualifiedDate.parse("2023~").latest
        datetime.date(2023, 12, 31)
        """
        return self.date.latest

    @property
    def sort_key(self) -> _SortKey:
        """The shared sort key (see :attr:`PartialDate.sort_key`).

        >>> QualifiedDate.parse("2023~").sort_key[2:]
        (1, '2023~')
        """
        return _sort_key(self.earliest, self.latest, 1, str(self))

    def __str__(self) -> str:
        return f"{self.date}{self.qualifier.value}"

    def __repr__(self) -> str:
        return f"QualifiedDate({self.date!r}, {self.qualifier!r})"


TemporalValue: TypeAlias = PartialDate | DateRange | Deadline | QualifiedDate
"""Any of the temporal value types; :func:`parse_temporal` reads them all."""

#: The classes of :data:`TemporalValue`, for ``isinstance`` and validators.
TEMPORAL_TYPES = (PartialDate, DateRange, Deadline, QualifiedDate)


def parse_temporal(text: str) -> TemporalValue:
    """Read any temporal value from its EDTF text, choosing the type by its form.

    ``../X`` is a :class:`Deadline`, any other ``X/Y`` a :class:`DateRange`, a
    trailing ``~``, ``?`` or ``%`` a :class:`QualifiedDate`, and the rest a
    :class:`PartialDate`.

    >>> parse_temporal("2023-11-20/2025-03-12")
    DateRange(PartialDate(2023, 11, 20), PartialDate(2025, 3, 12))
    >>> parse_temporal("../2025-11")
    Deadline(PartialDate(2025, 11))
    >>> parse_temporal("2023~")
    QualifiedDate(PartialDate(2023), Qualifier.APPROXIMATE)
    >>> parse_temporal("2025-11")
    PartialDate(2025, 11)
    """
    text = _check_text(text, "temporal value", "an EDTF date, interval or qualified date")
    if text.startswith(_OPEN + "/"):
        return Deadline.parse(text)
    if "/" in text:
        return DateRange.parse(text)
    if text.endswith(tuple(q.value for q in Qualifier)):
        return QualifiedDate.parse(text)
    return PartialDate.parse(text)


# --- resolving phrases as written ---------------------------------------------


@attrs.frozen
class ResolvedDate:
    """A phrase from a source, exactly as written, and the value it resolved to.

    >>> from mineralpact.dates import resolve_date
    >>> r = resolve_date("May last year", PartialDate(2023, 1, 26))
    >>> r.value
    PartialDate(2022, 5)
    >>> print(r)
    'May last year' -> 2022-05 (past, against 2023-01-26)
    """

    phrase: str
    value: TemporalValue
    reference: TemporalValue
    tense: Tense

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.phrase, str):
            raise InvalidTypeError("ResolvedDate phrase", self.phrase, "a str")
        if not isinstance(self.value, TEMPORAL_TYPES):
            raise InvalidTypeError(
                "ResolvedDate value",
                self.value,
                "a PartialDate, DateRange, Deadline or QualifiedDate",
            )
        if not isinstance(self.reference, TEMPORAL_TYPES):
            raise InvalidTypeError(
                "ResolvedDate reference",
                self.reference,
                "a PartialDate, DateRange, Deadline or QualifiedDate",
            )
        if not isinstance(self.tense, Tense):
            raise InvalidTypeError("ResolvedDate tense", self.tense, "a Tense")

    def __str__(self) -> str:
        return f"{self.phrase!r} -> {self.value} ({self.tense.value}, against {self.reference})"


def __getattr__(name: str) -> object:
    # resolve_date is defined in mineralpact._resolve, which imports this
    # module: importing it here on first use keeps the two free of a cycle.
    if name == "resolve_date":
        from mineralpact._resolve import resolve_date

        return resolve_date
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), "resolve_date"})
