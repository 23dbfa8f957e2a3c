"""Reading date phrases as written in a source, against the source's date.

The value types live in :mod:`mineralpact.dates`; this module holds the
resolver behind :func:`mineralpact.dates.resolve_date`: it reads a phrase
("May last year", "by November", "Thursday") into words, then into a
*reading* (a function of the reference day and the tense), and checks that
the reading means the same on every day the reference allows. dateutil is
imported inside the functions that use it, so that importing this module
stays cheap.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import TypeAlias

import attrs

from mineralpact._datetext import ISO_EXPECTED, MAX_TEXT, english_names, is_plain_date
from mineralpact.dates import (
    Deadline,
    PartialDate,
    QualifiedDate,
    Qualifier,
    ResolvedDate,
    TemporalValue,
    Tense,
    parse_temporal,
)
from mineralpact.errors import InvalidDateError, InvalidTypeError, UnresolvableDateError

__all__ = ["resolve_date"]

_PHRASE_EXPECTED = (
    "a date phrase: a weekday ('Thursday'), a month and day ('March 12'), a month "
    "('in November'), a date ('Nov. 20, 2023'), 'last/this/next year' or 'month', "
    "'May last year', 'yesterday/today/tomorrow', any of these after 'by', or an EDTF date"
)


class _UnreadableError(Exception):
    """A phrase, or part of one, that cannot be read without guessing."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


#: A reading of a phrase: the value it means, given the reference day and tense.
_Reading: TypeAlias = Callable[[datetime.date, Tense], TemporalValue]

_LEADING_WORDS = frozenset({"in", "on", "since", "starting"})
_STEPS = {"last": -1, "this": 0, "next": 1}
_DAY_WORDS = {"yesterday": -1, "today": 0, "tomorrow": 1}
_RELATIVE = re.compile(r"(?:(?P<date>.+) )?(?P<step>last|this|next) (?P<unit>year|month)")
_EDTF_CHARACTERS = re.compile(r"[0-9./~?%-]+")
_TIME_OF_DAY = re.compile(
    r"[0-9]:[0-9]|\b[0-9]{1,2} ?[ap]\.?m\b"
    r"|\b(?:noon|midnight|morning|afternoon|evening|tonight)\b"
)
_SEPARATORS = re.compile(r"[\s,]+")
_NAME = re.compile(r"[a-z]+\.?")
_DAY_NUMBER = re.compile(r"(?P<digits>[0-9]{1,2})(?:st|nd|rd|th)?")
_YEAR_NUMBER = re.compile(r"[0-9]{4}")
# Two defaults that differ in every field: a field that comes out the same from
# both was stated by the phrase. Both years are leap years and both months have
# 31 days, so that no stated day is refused for a field the phrase left out.
_DEFAULTS = (datetime.datetime(2000, 1, 1, 0, 0, 0, 0), datetime.datetime(2004, 12, 2, 1, 1, 1, 1))


@attrs.frozen
class _Fields:
    """What a calendar phrase states: the year, month and day, and a weekday."""

    year: int | None
    month: int | None
    day: int | None
    weekday: int | None


def _calendar_fields(text: str) -> _Fields:
    """Read a phrase of month and weekday names, a day and a year with dateutil.

    Only month and weekday names, "of", a day number (1 or 2 digits, with an
    optional ordinal suffix) and a four-digit year are accepted, once each:
    dateutil would otherwise take anything that looks like a number or a time,
    and guess. Its reading must then agree with the numbers as written (it
    reads "March 32" as March 2032 and the year "0099" as 1999).
    """
    info = english_names()  # first: it imports dateutil.parser without its warnings

    from dateutil.parser import parse

    kept: list[str] = []
    written: dict[str, list[int]] = {"year": [], "month": [], "day": [], "weekday": []}
    for token in _SEPARATORS.split(text):
        if not token:  # before a leading or after a trailing comma
            continue
        name = token.rstrip(".") if _NAME.fullmatch(token) else None
        day_number = _DAY_NUMBER.fullmatch(token)
        if name is not None and (number := info.weekday(name)) is not None:
            # Left out of what dateutil reads: it would move the date to that
            # weekday. It is checked against the date instead.
            written["weekday"].append(number)
            continue
        if name is not None and (number := info.month(name)) is not None:
            written["month"].append(number)
        elif day_number is not None:
            written["day"].append(int(day_number["digits"]))
        elif _YEAR_NUMBER.fullmatch(token):
            written["year"].append(int(token))
        elif token != "of":
            raise _UnreadableError(f"{token!r} is not part of a date")
        kept.append(token)
    repeated = [field for field, values in written.items() if len(values) > 1]
    if repeated:
        raise _UnreadableError(f"more than one {repeated[0]}")
    year, month, day, weekday = (values[0] if values else None for values in written.values())
    if month is None:
        if year is None and day is None and weekday is not None:
            return _Fields(None, None, None, weekday)
        raise _UnreadableError("no month in the phrase")
    try:
        first, second = (parse(" ".join(kept), default=default) for default in _DEFAULTS)
    except (ValueError, OverflowError) as exc:
        raise _UnreadableError(f"not a calendar date ({exc})") from exc
    for field in ("year", "month", "day", "hour", "minute", "second", "microsecond"):
        one, other, stated = getattr(first, field), getattr(second, field), written.get(field)
        if not (one == other == stated[0] if stated else one != other):
            raise _UnreadableError("its numbers can be read more than one way")
    return _Fields(year, month, day, weekday)


def _check_weekday(value: PartialDate, weekday: int | None) -> PartialDate:
    if weekday is not None and value.earliest.weekday() != weekday:
        raise _UnreadableError(f"{value} is not on the weekday the phrase names")
    return value


def _weekday_near(anchor: datetime.date, tense: Tense, weekday: int) -> PartialDate:
    """The given weekday on or before (PAST) or on or after (FUTURE) *anchor*."""
    from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

    day = (MO, TU, WE, TH, FR, SA, SU)[weekday]
    return PartialDate.from_date(
        anchor + relativedelta(weekday=day(-1 if tense is Tense.PAST else +1))
    )


def _month_near(anchor: datetime.date, tense: Tense, month: int, day: int | None) -> PartialDate:
    """The month (and day) on or before (PAST) or on or after (FUTURE) *anchor*.

    A month alone is compared with the anchor's month. The search spans eight
    years on the chosen side, enough to find any 29 February.
    """
    from dateutil.rrule import YEARLY, rrule

    at = datetime.datetime(anchor.year, anchor.month, anchor.day if day is not None else 1)
    if tense is Tense.PAST:
        start, until = datetime.datetime(max(1, at.year - 8), 1, 1), at
    else:
        start, until = at, datetime.datetime(min(9999, at.year + 8), 12, 31)
    rule = rrule(YEARLY, bymonth=month, bymonthday=day or 1, dtstart=start, until=until)
    found = rule.before(at, inc=True) if tense is Tense.PAST else rule.after(at, inc=True)
    if found is None:
        raise _UnreadableError("the date falls outside the years 1 to 9999")
    return PartialDate(found.year, month, day)


def _month_of(day: datetime.date) -> PartialDate:
    return PartialDate(day.year, day.month)


@attrs.frozen
class _Fixed:
    """The reading of a phrase that names its own date: it needs no reference."""

    value: TemporalValue

    def __call__(self, anchor: datetime.date, tense: Tense) -> TemporalValue:
        return self.value


def _fixed(value: TemporalValue) -> _Reading:
    return _Fixed(value)


def _read_calendar(text: str) -> _Reading:
    fields = _calendar_fields(text)
    month, day, weekday = fields.month, fields.day, fields.weekday
    if month is None:
        assert weekday is not None  # _calendar_fields refuses a phrase with neither
        return lambda anchor, tense: _weekday_near(anchor, tense, weekday)
    if weekday is not None and day is None:
        raise _UnreadableError("a weekday with a month but no day")
    if fields.year is not None:
        return _fixed(_check_weekday(PartialDate(fields.year, month, day), weekday))
    return lambda anchor, tense: _check_weekday(_month_near(anchor, tense, month, day), weekday)


def _read_relative(step: int, unit: str, before: str | None) -> _Reading:
    """Read 'last/this/next year' or 'month', and '<month> [<day>] last/this/next year'."""
    from dateutil.relativedelta import relativedelta

    if unit == "month":
        if before is not None:
            raise _UnreadableError(f"{before!r} cannot go before 'last/this/next month'")
        shift = relativedelta(months=step)
        return lambda anchor, tense: _month_of(anchor + shift)
    if before is None:
        return lambda anchor, tense: PartialDate(anchor.year + step)
    fields = _calendar_fields(before)
    if fields.month is None or fields.year is not None or fields.weekday is not None:
        raise _UnreadableError(f"only a month, or a month and day, can go before '{unit}'")
    month, day = fields.month, fields.day
    return lambda anchor, tense: PartialDate(anchor.year + step, month, day)


def _read(text: str) -> _Reading:
    """Turn a lower-cased phrase without its leading word into a reading."""
    if _EDTF_CHARACTERS.fullmatch(text):
        try:
            return _fixed(parse_temporal(text))
        except InvalidDateError as exc:
            raise _UnreadableError(exc.reason or f"not {ISO_EXPECTED}") from exc
    if text in _DAY_WORDS:
        from dateutil.relativedelta import relativedelta

        shift = relativedelta(days=_DAY_WORDS[text])
        return lambda anchor, tense: PartialDate.from_date(anchor + shift)
    relative = _RELATIVE.fullmatch(text)
    if relative is not None:
        return _read_relative(_STEPS[relative["step"]], relative["unit"], relative["date"])
    return _read_calendar(text)


def _reference(reference: object) -> TemporalValue:
    if isinstance(reference, TemporalValue):
        return reference
    if is_plain_date(reference):
        return PartialDate.from_date(reference)
    raise InvalidTypeError(
        "reference", reference, "a PartialDate, another temporal value, or a datetime.date"
    )


def resolve_date(
    phrase: str, reference: TemporalValue | datetime.date, *, tense: Tense = Tense.PAST
) -> ResolvedDate:
    """Resolve a date phrase as written in a source against the source's date.

    *reference* is the publication date: usually a :class:`PartialDate`, but
    any temporal value with a first and a last day will do (a source
    published "on 12 or 13 March 2025" is a :class:`DateRange`; an inferred
    date a :class:`QualifiedDate`): the phrase must mean the same thing on
    every day the reference allows, or it is refused. The result is never
    more certain than the reference: a phrase whose meaning depends on an
    uncertain or approximate reference is uncertain or approximate in turn
    (``Wednesday`` against ``2025-12-15?`` is ``2025-12-10?``; a deadline,
    which cannot carry a qualifier, is refused), while a phrase that names its
    own year ("Nov. 20, 2023") needs no reference and stays certain. *tense* says whether the source speaks
    of the past (the default) or the future, which decides the year of
    "March 12" and the week of "Thursday". Explicit dates are kept as written.
    The result keeps the phrase exactly as given.

    >>> str(resolve_date("Thursday", PartialDate(2023, 1, 26)).value)
    '2023-01-26'
    >>> str(resolve_date("January 12", PartialDate(2025, 12, 15)).value)
    '2025-01-12'
    >>> str(resolve_date("in November", PartialDate(2025, 9, 22), tense=Tense.FUTURE).value)
    '2025-11'
    >>> resolve_date("by November", PartialDate(2025, 3, 12), tense=Tense.FUTURE).value
    Deadline(PartialDate(2025, 11))
    >>> str(resolve_date("next year", PartialDate(2025, 12, 15)).value)
    '2026'
    >>> str(resolve_date("Wednesday", QualifiedDate.uncertain(PartialDate(2025, 12, 15))).value)
    '2025-12-10?'

    A phrase that it cannot read without guessing is an error, as is one whose
    meaning depends on more than the reference tells:

    >>> resolve_date("soon", PartialDate(2025, 3, 12))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    mineralpact.errors.UnresolvableDateError: invalid date phrase: 'soon' ('soon' is not part of a date); expected ...
    >>> resolve_date("Thursday", PartialDate(2025, 3))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    mineralpact.errors.UnresolvableDateError: invalid date phrase: 'Thursday' (the reference 2025-03 is not precise enough to tell); expected ...
    """  # noqa: E501
    if not isinstance(phrase, str):
        raise InvalidTypeError("date phrase", phrase, "a str")
    ref = _reference(reference)
    if not isinstance(tense, Tense):
        raise InvalidTypeError("tense", tense, "a Tense")
    try:
        value = _resolve(phrase, ref, tense)
    except _UnreadableError as exc:
        raise UnresolvableDateError(
            "date phrase", phrase, _PHRASE_EXPECTED, reason=exc.reason
        ) from exc
    return ResolvedDate(phrase, value, ref, tense)


#: How far an open end of a reference reaches, in years.
_OPEN_SPAN_YEARS = 500


def _resolve(phrase: str, reference: TemporalValue, tense: Tense) -> TemporalValue:
    if len(phrase) > MAX_TEXT:
        raise _UnreadableError(f"longer than {MAX_TEXT} characters")
    words = phrase.lower().split()
    if not words:
        raise _UnreadableError("the phrase is empty")
    deadline = words[0] == "by"
    if (deadline or words[0] in _LEADING_WORDS) and len(words) > 1:
        words = words[1:]
    text = " ".join(words)
    if _TIME_OF_DAY.search(text):
        raise _UnreadableError("a time of day; only dates are resolved")
    reading = _read(text)
    if isinstance(reading, _Fixed):
        return _by(reading.value) if deadline else reading.value
    first, last = reference.earliest, reference.latest
    # An open end (published "by 2026-03-21") stands for days far off: a
    # relative phrase does not read the same on all of them, and is refused
    # as not precise enough.
    if first is None:
        assert last is not None  # no temporal value is open at both ends
        first = datetime.date(max(1, last.year - _OPEN_SPAN_YEARS), 1, 1)
    if last is None:
        last = datetime.date(min(9999, first.year + _OPEN_SPAN_YEARS), 12, 31)
    try:
        value = reading(first, tense)
        # Every reading moves forward with its anchor, so one that agrees at
        # both ends of the reference agrees everywhere in between.
        if first != last and reading(last, tense) != value:
            raise _UnreadableError(f"the reference {reference} is not precise enough to tell")
    except InvalidDateError as exc:
        raise _UnreadableError(exc.reason or "not a calendar date") from exc
    except (ValueError, OverflowError) as exc:
        # dateutil's arithmetic stepping out of datetime's years 1 to 9999
        raise _UnreadableError("the date falls outside the years 1 to 9999") from exc
    if deadline:
        value = _by(value)
    if not isinstance(reference, QualifiedDate):
        return value
    # The answer depends on the reference: it is no more certain than it.
    if not isinstance(value, PartialDate):
        raise _UnreadableError(
            f"the reference {reference} is {_QUALIFIER_WORDS[reference.qualifier]}, "
            "and a deadline cannot say so"
        )
    return QualifiedDate(value, reference.qualifier)


_QUALIFIER_WORDS = {
    Qualifier.APPROXIMATE: "approximate",
    Qualifier.UNCERTAIN: "uncertain",
    Qualifier.APPROXIMATE_AND_UNCERTAIN: "approximate and uncertain",
}


def _by(value: TemporalValue) -> Deadline:
    if not isinstance(value, PartialDate):
        raise _UnreadableError("'by' must be followed by a single date")
    return Deadline(value)
