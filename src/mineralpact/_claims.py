"""Agreement and disagreement between the dates that sources claim for one thing.

An agreement, event or milestone keeps one :class:`~mineralpact.sources.DateClaim`
per distinct date its sources give. This module decides whether those claims
agree, and on what.

Every temporal value stands for a set of days: a :class:`PartialDate` covers
its whole year, month or day (``2023-02`` is 1 to 28 February 2023), a
:class:`DateRange` the days from the first day of its start to the last day of
its end (open ends unbounded), a :class:`Deadline` every day up to the last day
of its ``by`` date, and a :class:`QualifiedDate` the days of its stated date
(the qualifier is not widened into a guessed margin: ``2023~`` covers 2023).

* Two values are **compatible** when their sets of days overlap: both can be
  true of one day. ``2023-02`` and ``2023-02-15`` are compatible (one refines
  the other); ``2025-12-12`` and ``2025-01-12`` are not.
* A set of claims is **disputed** when any two of its values are incompatible.
  Since the values are intervals of days, claims that agree pairwise also share
  at least one day.
* The **consensus** of undisputed claims is the claimed value whose days lie
  within every other claim's days: the most precise value that every source
  allows (``2023-02`` and ``2023-02-15`` give ``2023-02-15``). When no claimed
  value is that precise (``2023`` and ``2022-12/2023-02`` only overlap), there
  is no consensus: a value that no source states is never made up.

>>> from mineralpact.dates import PartialDate
>>> from mineralpact.sources import Citation, DateClaim
>>> february = DateClaim(PartialDate(2023, 2), (Citation("src:korea-net-2025-03-12"),))
>>> fifteenth = DateClaim(PartialDate(2023, 2, 15), (Citation("src:yonhap-2023-02-15"),))
>>> consensus([february, fifteenth])
PartialDate(2023, 2, 15)
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from itertools import combinations
from typing import Any

from mineralpact.dates import TEMPORAL_TYPES, TemporalValue
from mineralpact.errors import InvalidTypeError, InvalidValueError
from mineralpact.sources import DateClaim

__all__ = [
    "before",
    "bounds",
    "compatible",
    "conflicts",
    "consensus",
    "disputed",
    "distinct_values",
    "same_time",
    "within",
]

_TEMPORAL_EXPECTED = "a PartialDate, DateRange, Deadline or QualifiedDate"

Bounds = tuple[datetime.date | None, datetime.date | None]


def bounds(value: TemporalValue) -> Bounds:
    """The first and last day ``value`` covers; ``None`` for an open end.

    >>> from mineralpact.dates import Deadline, PartialDate
    >>> bounds(PartialDate(2023, 2))
    (datetime.date(2023, 2, 1), datetime.date(2023, 2, 28))
    >>> bounds(Deadline(PartialDate(2025, 11)))
    (None, datetime.date(2025, 11, 30))
    """
    if not isinstance(value, TEMPORAL_TYPES):
        raise InvalidTypeError("temporal value", value, _TEMPORAL_EXPECTED)
    return value.earliest, value.latest


def compatible(a: TemporalValue, b: TemporalValue) -> bool:
    """Whether ``a`` and ``b`` can both be true: they share at least one day.

    >>> from mineralpact.dates import Deadline, PartialDate
    >>> compatible(PartialDate(2023, 2), PartialDate(2023, 2, 15))
    True
    >>> compatible(PartialDate(2025, 12, 12), PartialDate(2025, 1, 12))
    False
    >>> compatible(Deadline(PartialDate(2025, 11)), PartialDate(2025, 12, 12))
    False
    """
    a_first, a_last = bounds(a)
    b_first, b_last = bounds(b)
    return (a_first is None or b_last is None or a_first <= b_last) and (
        b_first is None or a_last is None or b_first <= a_last
    )


def within(inner: TemporalValue, outer: TemporalValue) -> bool:
    """Whether every day ``inner`` covers is also covered by ``outer``.

    >>> from mineralpact.dates import PartialDate
    >>> within(PartialDate(2023, 2, 15), PartialDate(2023, 2))
    True
    >>> within(PartialDate(2023, 2), PartialDate(2023, 2, 15))
    False
    """
    inner_first, inner_last = bounds(inner)
    outer_first, outer_last = bounds(outer)
    starts_inside = outer_first is None or (inner_first is not None and outer_first <= inner_first)
    ends_inside = outer_last is None or (inner_last is not None and inner_last <= outer_last)
    return starts_inside and ends_inside


def before(a: TemporalValue | None, b: TemporalValue | None) -> bool:
    """Whether every day ``a`` covers is before every day ``b`` covers.

    ``None`` (an unknown date) is before nothing, and nothing is before it.

    >>> from mineralpact.dates import DateRange, PartialDate
    >>> before(PartialDate(2025, 9, 22), PartialDate(2025, 12, 11))
    True
    >>> before(DateRange(PartialDate(2025, 3, 12), PartialDate(2026, 3, 21)), PartialDate(2025, 12))
    False
    >>> before(None, PartialDate(2025))
    False
    """
    if a is None or b is None:
        return False
    a_last, b_first = bounds(a)[1], bounds(b)[0]
    return a_last is not None and b_first is not None and a_last < b_first


def same_time(a: TemporalValue | None, b: TemporalValue | None) -> bool:
    """Whether ``a`` and ``b`` cannot be told apart in time: neither is :func:`before` the other.

    Two dates that overlap, and an unknown date (``None``) with any other,
    count as the same time.

    >>> from mineralpact.dates import DateRange, PartialDate
    >>> same_time(PartialDate(2025, 12, 11), PartialDate(2025, 12))
    True
    >>> same_time(PartialDate(2025, 9, 22), PartialDate(2025, 12, 11))
    False
    >>> same_time(None, PartialDate(2025, 12, 11))
    True
    """
    return not before(a, b) and not before(b, a)


def _claims(claims: Iterable[DateClaim]) -> tuple[DateClaim, ...]:
    items = tuple(claims)
    for item in items:
        if not isinstance(item, DateClaim):
            raise InvalidTypeError("date claim", item, "a DateClaim")
    return items


def conflicts(claims: Iterable[DateClaim]) -> tuple[tuple[DateClaim, DateClaim], ...]:
    """Every pair of claims whose values are incompatible, in the claims' order.

    >>> from mineralpact.dates import PartialDate
    >>> from mineralpact.sources import Citation, DateClaim
    >>> december = DateClaim(PartialDate(2025, 12, 12), (Citation("src:yonhap"),))
    >>> january = DateClaim(PartialDate(2025, 1, 12), (Citation("src:sedaily"),))
    >>> [(str(a.value), str(b.value)) for a, b in conflicts([december, january])]
    [('2025-12-12', '2025-01-12')]
    """
    return tuple(
        (a, b) for a, b in combinations(_claims(claims), 2) if not compatible(a.value, b.value)
    )


def disputed(claims: Iterable[DateClaim]) -> bool:
    """Whether any two of the claims are incompatible.

    >>> from mineralpact.dates import PartialDate
    >>> from mineralpact.sources import Citation, DateClaim
    >>> december = DateClaim(PartialDate(2025, 12, 12), (Citation("src:yonhap"),))
    >>> january = DateClaim(PartialDate(2025, 1, 12), (Citation("src:sedaily"),))
    >>> disputed([december, january]), disputed([december]), disputed([])
    (True, False, False)
    """
    return bool(conflicts(claims))


def consensus(claims: Iterable[DateClaim]) -> TemporalValue | None:
    """The most precise claimed value that every claim allows, or ``None``.

    ``None`` when there are no claims, when they are disputed, or when no
    claimed value lies within all the others. Among claimed values that cover
    exactly the same days, the first by ``sort_key`` is chosen (a plain
    :class:`PartialDate` before a :class:`QualifiedDate`), so the answer does
    not depend on the order of the claims.

    >>> from mineralpact.dates import DateRange, PartialDate
    >>> from mineralpact.sources import Citation, DateClaim
    >>> def claim(value):
    ...     return DateClaim(value, (Citation("src:a"),))
    >>> consensus([claim(PartialDate(2023, 2, 15)), claim(PartialDate(2023, 2))])
    PartialDate(2023, 2, 15)
    >>> consensus([claim(PartialDate(2025, 12, 12)), claim(PartialDate(2025, 1, 12))]) is None
    True
    >>> overlapping = DateRange(PartialDate(2022, 12), PartialDate(2023, 2))
    >>> consensus([claim(PartialDate(2023)), claim(overlapping)]) is None
    True
    """
    values = [claim.value for claim in _claims(claims)]
    if any(not compatible(a, b) for a, b in combinations(values, 2)):
        return None
    candidates = [v for v in values if all(within(v, other) for other in values)]
    return min(candidates, key=lambda v: v.sort_key, default=None)


def distinct_values(instance: object, attribute: Any, value: tuple[DateClaim, ...]) -> None:
    """An attrs validator: a tuple of claims holds one claim per distinct value.

    Use it after ``tuple_of(DateClaim)``; two sources that give the same date
    are two citations of one claim, not two claims.

    >>> import attrs
    >>> from mineralpact import _validate as v
    >>> from mineralpact.dates import PartialDate
    >>> from mineralpact.sources import Citation, DateClaim
    >>> @attrs.frozen
    ... class Dated:
    ...     dates: tuple[DateClaim, ...] = attrs.field(
    ...         validator=[v.tuple_of(DateClaim), distinct_values]
    ...     )
    >>> day = PartialDate(2023, 1, 26)
    >>> Dated((DateClaim(day, (Citation("src:a"),)), DateClaim(day, (Citation("src:b"),))))
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidValueError: invalid Dated.dates: '2023-01-26' (given by 2 claims); expected one claim per distinct date, with all the citations that give it
    """  # noqa: E501 -- a doctest output line
    seen: set[TemporalValue] = set()
    for claim in value:
        if claim.value in seen:
            count = sum(1 for c in value if c.value == claim.value)
            raise InvalidValueError(
                f"{type(instance).__name__}.{attribute.name}",
                str(claim.value),
                "one claim per distinct date, with all the citations that give it",
                reason=f"given by {count} claims",
            )
        seen.add(claim.value)
