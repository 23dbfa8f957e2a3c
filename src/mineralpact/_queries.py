"""Indexes that let a dataset's queries cost in proportion to their answer.

A :class:`QueryIndex` is built once per dataset, on its first query, and
holds positions into the dataset's records (never copies of them): by class,
by the parties and posts a record involves, by the country of its place, by
the elements and commodities its minerals stand for, and by the years of its
dates. The parties and places and minerals are each split by year too, so
that "Mongolia, molybdenum, 2024" reads only the records of Mongolia in 2024
and of molybdenum in 2024, whatever the size of the dataset.

An index only narrows: a query reads the positions of its most selective
filter and then checks every filter on those records as a full scan would,
so its answer is the scan's. A record is therefore filed under every key it
could match (a date across many years, or open on one side, is filed as
``WIDE``, which every period reads).

:class:`Lazy` keeps the indexes of one dataset, each built the first time it
is asked for, once, whatever the number of threads asking (the pattern of
:mod:`mineralpact._once`).
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import Any, Generic, TypeVar

__all__ = ["NO_DATE", "WIDE", "Lazy", "QueryIndex", "collector_paused", "year_keys"]

Span = tuple[date | None, date | None]

#: The key of the records that have no date the period filter reads.
NO_DATE = -1
#: The key of the records with a date open on one side, or across many years.
WIDE = -2
#: A date across more years than this is filed as :data:`WIDE`.
MAX_YEARS = 12
#: A period across more years than this reads every key (it narrows little).
MAX_PERIOD_YEARS = 60

# Postings: for one key (a party id, a country, a mineral), the positions of
# the records filed under it, by year key, each list in dataset order.
_Postings = dict[int, list[int]]
_ORGANISATION, _POSITION, _RESTATEMENT, _INSTRUMENT = range(4)


def year_keys(spans: Sequence[Span]) -> set[int]:
    """The year keys a record with these date spans is filed under."""
    if not spans:
        return {NO_DATE}
    keys: set[int] = set()
    for lo, hi in spans:
        if lo is None or hi is None or hi.year - lo.year >= MAX_YEARS:
            keys.add(WIDE)
        else:
            keys.update(range(lo.year, hi.year + 1))
    return keys


def period_keys(start: date | None, end: date | None) -> tuple[int, ...] | None:
    """The year keys a period reads, or ``None`` if it should read them all.

    A record whose date can share a day with the period has a date in one of
    the period's years (filed under that year) or a wide one (``WIDE``).
    """
    if start is None or end is None or end.year - start.year >= MAX_PERIOD_YEARS:
        return None
    return (*range(start.year, end.year + 1), WIDE)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No garbage collection while an index is built, then the collector as it was.

    An index holds lists of positions and no cycles; a collection while its
    millions of small objects are made would scan them again and again, and
    cost more than the build. Whether the collector is enabled is the
    caller's, and is left as it was.

    >>> import gc
    >>> with collector_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class QueryIndex:
    """Positions of a dataset's records by class, party, place, mineral and year."""

    def __init__(
        self,
        records: Sequence[Any],
        *,
        involved: Callable[[Any], Iterable[str]],
        spans: Callable[[Any], Sequence[Span]],
        place_country: Callable[[Any], str | None],
        covered: Callable[[Any], Iterable[str]],
        organisation: type,
        position: type,
        restatement: type,
        instruments: tuple[type, ...],
        jurisdiction: Callable[[Any], str | None],
    ) -> None:
        self.size = len(records)
        self.by_class: dict[type, list[int]] = defaultdict(list)
        self.by_year: _Postings = defaultdict(list)
        self.involved: dict[str, _Postings] = {}
        self.placed: dict[str, _Postings] = {}
        self.minerals: dict[str, _Postings] = {}
        #: Organisations by parent, and by the country of their jurisdiction.
        self.children: dict[str, list[str]] = defaultdict(list)
        self.under_country: dict[str, list[str]] = defaultdict(list)
        #: (person, position) ids of the posts in each organisation.
        self.posts: dict[str, list[tuple[str, str]]] = defaultdict(list)
        #: Positions of the organisations that list each id as a member.
        self.member_of: dict[str, list[int]] = defaultdict(list)
        #: Positions of the restatements of each record id.
        self.restated: dict[str, list[int]] = defaultdict(list)
        #: Positions of the agreements and laws that establish each id.
        self.established: dict[str, list[int]] = defaultdict(list)
        # What each class of record adds beyond the postings (subclasses too).
        roles: dict[type, int] = {}
        kinds: tuple[type | tuple[type, ...], ...] = (
            organisation,
            position,
            restatement,
            instruments,
        )
        for i, record in enumerate(records):
            cls = type(record)
            self.by_class[cls].append(i)
            role = roles.get(cls)
            if role is None:
                role = roles[cls] = next(
                    (n for n, kind in enumerate(kinds) if issubclass(cls, kind)), len(kinds)
                )
            keys = year_keys(spans(record))
            for key in keys:
                self.by_year[key].append(i)
            _file(self.involved, involved(record), keys, i)
            country = place_country(record)
            if country is not None:
                _file(self.placed, (country,), keys, i)
            _file(self.minerals, covered(record), keys, i)
            if role == _ORGANISATION:
                if record.parent is not None:
                    self.children[record.parent].append(record.id)
                held = jurisdiction(record)
                if held is not None:
                    self.under_country[held].append(record.id)
                for member in dict.fromkeys(m.member for m in record.members):
                    self.member_of[member].append(i)
            elif role == _POSITION:
                self.posts[record.organisation].append((record.person, record.id))
            elif role == _RESTATEMENT:
                self.restated[record.record].append(i)
            elif role == _INSTRUMENT:
                for established in record.establishes:
                    self.established[established].append(i)
        # Plain dicts from here on: a look-up of a missing key adds nothing.
        self.by_class = dict(self.by_class)
        self.by_year = dict(self.by_year)
        self.children = dict(self.children)
        self.under_country = dict(self.under_country)
        self.posts = dict(self.posts)
        self.member_of = dict(self.member_of)
        self.restated = dict(self.restated)
        self.established = dict(self.established)

    def of_classes(self, classes: type | tuple[type, ...]) -> list[int]:
        """The positions of the records that are instances of ``classes``, in order."""
        lists = [p for cls, p in self.by_class.items() if issubclass(cls, classes)]
        return _merge(lists)

    def lists(
        self, table: dict[str, _Postings], ids: Iterable[str], keys: tuple[int, ...] | None
    ) -> list[list[int]]:
        """The posting lists of ``ids`` in ``table``, for ``keys`` (``None``: every key)."""
        found: list[list[int]] = []
        for key in ids:
            postings = table.get(key)
            if postings is None:
                continue
            if keys is None:
                found.extend(postings.values())
            else:
                found.extend(p for k in keys if (p := postings.get(k)) is not None)
        return found

    def years(self, keys: tuple[int, ...]) -> list[list[int]]:
        """The posting lists of the records filed under ``keys``."""
        return [p for k in keys if (p := self.by_year.get(k)) is not None]


def _file(table: dict[str, _Postings], ids: Iterable[str], keys: set[int], i: int) -> None:
    for key in ids:
        postings = table.get(key)
        if postings is None:
            postings = table[key] = {}
        for year in keys:
            at = postings.get(year)
            if at is None:
                postings[year] = [i]
            else:
                at.append(i)


def _merge(lists: Sequence[list[int]]) -> list[int]:
    """The positions of ``lists`` (each in order), once each, in order."""
    if len(lists) == 1:
        return lists[0]
    return sorted({i for p in lists for i in p})


def narrowest(candidates: Sequence[Sequence[list[int]]]) -> list[int]:
    """The positions of the smallest of ``candidates`` (each a set of posting lists), in order."""
    smallest = min(candidates, key=lambda lists: sum(map(len, lists)))
    return _merge(smallest)


T = TypeVar("T")


class Lazy(Generic[T]):
    """Values of one owner, each built on first use, once, whatever the threads asking.

    A pickled or copied owner starts with nothing built: what is built is
    derived from the owner, not part of its value.

    >>> lazy: Lazy[int] = Lazy()
    >>> lazy.get("answer", lambda: 42), lazy.get("answer", lambda: 0)
    (42, 42)
    """

    __slots__ = ("_lock", "_values")

    def __init__(self) -> None:
        # Re-entrant: one value may be built from another.
        self._lock = threading.RLock()
        self._values: dict[str, T] = {}

    def get(self, name: str, build: Callable[[], T]) -> T:
        """The value called ``name``, built by ``build`` on the first call."""
        value = self._values.get(name)
        if value is None:
            with self._lock:
                value = self._values.get(name)
                if value is None:
                    value = build()
                    self._values[name] = value
        return value

    def __reduce__(self) -> tuple[type[Lazy[T]], tuple[()]]:
        return (type(self), ())

    def __copy__(self) -> Lazy[T]:
        return type(self)()

    def __deepcopy__(self, memo: dict[int, object]) -> Lazy[T]:
        return type(self)()
