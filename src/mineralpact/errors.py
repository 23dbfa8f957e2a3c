"""The exceptions that mineralpact raises.

Every exception derives from :class:`MineralpactError`, so one ``except``
clause catches them all. Each specific error also derives from the builtin
that matches its meaning (:class:`ValueError` for a bad value,
:class:`TypeError` for a value of the wrong type, :class:`LookupError` for a
missing record), so code written against the builtins keeps working.

Errors keep their context as attributes and build their message from them;
they survive :mod:`pickle` (and so cross process boundaries) unchanged.

>>> from mineralpact import PartialDate, InvalidDateError
>>> try:
...     PartialDate.parse("2023-13")
... except InvalidDateError as exc:
...     print(exc.value, "|", exc.expected)
2023-13 | an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Iterable
from typing import Any

import attrs

__all__ = [
    "IncompatibleUnitsError",
    "InvalidCodeError",
    "InvalidDatasetError",
    "InvalidDateError",
    "InvalidDocumentError",
    "InvalidIdError",
    "InvalidQuantityError",
    "InvalidTypeError",
    "InvalidUnitError",
    "InvalidValueError",
    "MineralpactError",
    "MissingExtraError",
    "Problem",
    "ProblemGroup",
    "RecordNotFoundError",
    "RecordTypeError",
    "Severity",
    "UnknownMineralError",
    "UnresolvableDateError",
]


#: The most problems an :class:`InvalidDatasetError` (or
#: :class:`InvalidDocumentError`) keeps in full; the rest are counted by kind
#: and place in :attr:`InvalidDatasetError.more`. The readers take their own
#: cap from ``Limits.max_problems``.
MAX_PROBLEMS = 100

# Python refuses to turn an int of more digits than this into text (and back).
_INT_TEXT_DIGITS = 4300
# No int of fewer bits has that many digits (a digit takes about 3.32 bits).
_INT_TEXT_BITS = 14_000


def digit_count(value: int) -> int:
    """The number of decimal digits of ``value``, found without writing it as text.

    >>> digit_count(0), digit_count(-999), digit_count(10**5000)
    (1, 3, 5001)
    """
    size = abs(value)
    count = max(1, int(size.bit_length() * 0.30102999566398) - 1)
    while size >= 10**count:
        count += 1
    return count


def safe_repr(value: object) -> str:
    """``repr(value)``, except that an integer too long to write is named by its size.

    >>> safe_repr(12), safe_repr(10**5000)
    ('12', 'an integer of 5001 digits')
    """
    # Only an int of many bits may be too long: count its digits then.
    if isinstance(value, int) and value.bit_length() > _INT_TEXT_BITS:
        digits = digit_count(value)
        if digits > _INT_TEXT_DIGITS:
            return f"an integer of {digits} digits"
    return repr(value)


class MineralpactError(Exception):
    """The root of every exception that mineralpact raises.

    >>> from mineralpact import Country
    >>> try:
    ...     Country.parse("Korea")  # North or South?
    ... except MineralpactError as exc:
    ...     print(type(exc).__name__, "|", exc.value)
    InvalidCodeError | Korea
    """


class InvalidValueError(MineralpactError, ValueError):
    """A value that is of the right type but cannot be accepted.

    Attributes:
        value: the value that came, as given.
        expected: what was expected instead, in words.
        what: the kind of thing being read (``"PartialDate"``, ``"unit"``).
        path: where the value was found (a JSON path such as
            ``$.records[3].signed``), or ``None`` when it was given directly.
        reason: an optional detail on what exactly is wrong.

    >>> error = InvalidValueError("Count.value", -1, "a whole number of at least 0")
    >>> print(error)
    invalid Count.value: -1; expected a whole number of at least 0
    >>> isinstance(error, ValueError)
    True
    """

    def __init__(
        self,
        what: str,
        value: object,
        expected: str,
        *,
        path: str | None = None,
        reason: str | None = None,
    ) -> None:
        self.what = what
        self.value = value
        self.expected = expected
        self.path = path
        self.reason = reason
        super().__init__(self._message())

    def _message(self) -> str:
        where = f" at {self.path}" if self.path else ""
        detail = f" ({self.reason})" if self.reason else ""
        shown = safe_repr(self.value)
        return f"invalid {self.what}{where}: {shown}{detail}; expected {self.expected}"

    def __reduce__(self) -> tuple[Any, ...]:
        state = {"path": self.path, "reason": self.reason}
        return (type(self), (self.what, self.value, self.expected), state)

    def __setstate__(self, state: dict[str, Any] | None) -> None:
        self.__dict__.update(state or {})
        self.args = (self._message(),)


class InvalidDateError(InvalidValueError):
    """Text or values that do not form a valid date, partial date or interval.

    >>> from mineralpact import PartialDate
    >>> try:
    ...     PartialDate.parse("2023-02-30")
    ... except InvalidDateError as exc:
    ...     print(exc.reason)
    2023-02 has 28 days, not 30
    """


class UnresolvableDateError(InvalidValueError):
    """A phrase that :func:`mineralpact.resolve_date` cannot read without guessing.

    >>> from mineralpact import PartialDate, resolve_date
    >>> try:
    ...     resolve_date("soon", PartialDate(2025, 3, 12))
    ... except UnresolvableDateError as exc:
    ...     print(exc.reason)
    'soon' is not part of a date
    """


class InvalidUnitError(InvalidValueError):
    """Unit text that is not a unit, or that the unit grammar refuses.

    >>> from mineralpact import Quantity
    >>> try:
    ...     Quantity(1, "xyzzy")
    ... except InvalidUnitError as exc:
    ...     print(exc.reason)
    'xyzzy' is not defined in the unit registry
    """


class IncompatibleUnitsError(InvalidValueError):
    """Two quantities, or a quantity and a unit, of different dimensions.

    Amounts of money in different currencies raise it too.

    >>> from mineralpact import Quantity
    >>> try:
    ...     Quantity(3110, "t").to("m")
    ... except IncompatibleUnitsError as exc:
    ...     print(exc.reason)
    'm' is [length]
    """


class InvalidQuantityError(InvalidValueError):
    """A magnitude, share, rank, count or amount of money that cannot be accepted.

    >>> from mineralpact import Share
    >>> Share(101, of="global rare earth reserves")
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidQuantityError: invalid Share.value: 101 (out of range); ...
    """


class InvalidCodeError(InvalidValueError):
    """A country, subdivision or currency code, or an identifier, that is not valid.

    >>> from mineralpact import Country
    >>> Country("XK")  # user-assigned, not in ISO 3166-1
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidCodeError: invalid Country: 'XK'; expected an ISO 3166-1 ...
    """


class InvalidIdError(InvalidValueError):
    """A record id that is malformed, or names the wrong kind of record.

    >>> from mineralpact import Citation
    >>> Citation("org:kigam")  # a citation names a source
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidIdError: invalid Citation.source: 'org:kigam'; expected an id ...
    """


class InvalidTypeError(MineralpactError, TypeError):
    """A value of the wrong type where mineralpact expected a specific one.

    Attributes:
        what: the kind of thing being read.
        value: the value that came.
        expected: the expected type, in words.
        path: where the value was found, or ``None``.

    >>> from mineralpact import Quantity
    >>> try:
    ...     Quantity(0.1, "t")
    ... except InvalidTypeError as exc:
    ...     print(exc.what, "|", type(exc.value).__name__, "|", isinstance(exc, TypeError))
    Quantity.magnitude | float | True
    """

    def __init__(self, what: str, value: object, expected: str, *, path: str | None = None) -> None:
        self.what = what
        self.value = value
        self.expected = expected
        self.path = path
        super().__init__(self._message())

    def _message(self) -> str:
        where = f" at {self.path}" if self.path else ""
        return (
            f"wrong type for {self.what}{where}: expected {self.expected}, "
            f"got {type(self.value).__name__} {safe_repr(self.value)}"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.what, self.value, self.expected), {"path": self.path})

    def __setstate__(self, state: dict[str, Any] | None) -> None:
        self.__dict__.update(state or {})
        self.args = (self._message(),)


class RecordTypeError(InvalidTypeError):
    """A record that is not of the type asked for: ``data.get("org:kt", Agreement)``.

    Attributes:
        record_id: the id asked for (also :attr:`value`).
        expected: the name of the type asked for.
        got: the name of the type of the record that has the id.
        what: what was asked (``"Dataset.get"``).

    >>> error = RecordTypeError("org:kt", "Agreement", "Organisation")
    >>> print(error)
    wrong type for record 'org:kt' in Dataset.get: expected Agreement, got Organisation
    >>> isinstance(error, TypeError), isinstance(error, MineralpactError)
    (True, True)
    """

    def __init__(
        self, record_id: str, expected: str, got: str, *, what: str = "Dataset.get"
    ) -> None:
        self.record_id = record_id
        self.got = got
        super().__init__(what, record_id, expected)

    def _message(self) -> str:
        return (
            f"wrong type for record {self.record_id!r} in {self.what}: "
            f"expected {self.expected}, got {self.got}"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            type(self),
            (self.record_id, self.expected, self.got),
            {"what": self.what, "path": self.path},
        )


class Severity(enum.Enum):
    """How serious a :class:`Problem` is.

    An ERROR makes a dataset or document invalid. A WARNING is kept beside a
    valid dataset: something that may come from the sources themselves (a
    report that contradicts the timeline), which the user should see but
    which must not stop the data from being used.

    >>> Severity("warning")
    <Severity.WARNING: 'warning'>
    """

    ERROR = "error"
    WARNING = "warning"


@attrs.frozen(kw_only=True)
class Problem:
    """One problem found in a dataset or a document, with its place.

    Attributes:
        path: where it is, as a JSON path: ``$.records[3].parties[0]``.
        code: a short, stable, machine-readable name (``missing-reference``).
        message: what is wrong, for a person.
        expected: what was expected instead, in words (may be empty).
        value: what came, as text (may be empty).
        severity: :attr:`Severity.ERROR` or :attr:`Severity.WARNING`.
        record: the id of the record concerned, when there is one.

    >>> problem = Problem(
    ...     path="$.records[3].parties[0]",
    ...     code="missing-reference",
    ...     message="reference to a record the dataset does not hold",
    ...     expected="the id of a record in the dataset",
    ...     value="'org:nowhere'",
    ... )
    >>> print(problem)
    $.records[3].parties[0]: reference to a record the dataset does not hold (got 'org:nowhere'); expected the id of a record in the dataset
    """  # noqa: E501 -- a doctest output line

    path: str
    code: str
    message: str
    expected: str = ""
    value: str = ""
    severity: Severity = Severity.ERROR
    record: str | None = None

    def __str__(self) -> str:
        text = f"{self.path}: {self.message}"
        if self.value:
            text += f" (got {self.value})"
        if self.expected:
            text += f"; expected {self.expected}"
        return text


_INDEX = re.compile(r"\[[0-9]+\]")
_LINE = re.compile(r"^line [0-9]+:")


def path_pattern(path: str) -> str:
    """The place of a problem with its indexes (and line number) left open.

    >>> path_pattern("$.records[31].dates[0].value")
    '$.records[*].dates[*].value'
    >>> path_pattern("line 12: $.parties[2]")
    'line *: $.parties[*]'
    """
    return _INDEX.sub("[*]", _LINE.sub("line *:", path, count=1))


# The last member of a path: ``.name`` or ``["name"]`` (a JSON string, escapes and all).
_LAST_MEMBER = re.compile(r'(?:\.[^.\[\]"]*|\["(?:[^"\\]|\\.)*"\])$')


def _parent_pattern(pattern: str) -> str:
    """``pattern`` with its last member, if it has one, written ``*``.

    >>> _parent_pattern('$.records[*].k1'), _parent_pattern('$.records[*]["a.b"]')
    ('$.records[*].*', '$.records[*].*')
    >>> _parent_pattern("$.records[*]")
    '$.records[*]'
    """
    parent, found = _LAST_MEMBER.subn("", pattern, count=1)
    return parent + ".*" if found else pattern


@attrs.frozen
class ProblemGroup:
    """Problems beyond those an error keeps in full: how many of a kind, and where.

    An :class:`InvalidDatasetError` (and so an :class:`InvalidDocumentError`)
    keeps its first problems in full in ``problems`` and counts the rest in
    ``more``, a tuple of these: the problems' ``code``, the ``path`` pattern
    where they are (each index written ``[*]``, see :func:`path_pattern`) and
    their ``count``.

    >>> print(ProblemGroup("wrong-type", "$.records[*]", 999_900))
    and 999900 more like this: wrong-type at $.records[*]
    """

    code: str
    path: str
    count: int

    def __str__(self) -> str:
        return f"and {self.count} more like this: {self.code} at {self.path}"


class ProblemCollector:
    """Problems gathered up to a cap: the first ``limit`` in full, the rest counted.

    Internal to the library (not exported): what users see is the error it
    makes, its ``problems``, ``more`` (:class:`ProblemGroup` s) and ``total``.

    Beyond the cap a problem costs a counter, so that a document with a
    million mistakes is reported in the memory that a hundred take.

    >>> collector = ProblemCollector(limit=1)
    >>> for index in range(3):
    ...     collector.add(Problem(path=f"$.records[{index}]", code="wrong-type", message="m"))
    >>> len(collector.kept), collector.total, [str(g) for g in collector.groups()]
    (1, 3, ['and 2 more like this: wrong-type at $.records[*]'])
    """

    def __init__(self, limit: int = MAX_PROBLEMS) -> None:
        self.limit = limit
        self.kept: list[Problem] = []
        self.counts: dict[tuple[str, str], int] = {}
        self.total = 0

    @property
    def full(self) -> bool:
        """Whether further problems are only counted."""
        return len(self.kept) >= self.limit

    def add(self, problem: Problem) -> None:
        if len(self.kept) < self.limit:
            self.kept.append(problem)
            self.total += 1
        else:
            self.count(problem.code, problem.path)

    def count(self, code: str, path: str, count: int = 1) -> None:
        """Count problems past the cap without keeping them (``path`` may be a pattern)."""
        self.tally(code, path_pattern(path), count)

    def tally(self, code: str, pattern: str, count: int = 1) -> None:
        """Count problems at a path pattern (one with its indexes already ``[*]``).

        The groups are bounded too: once there are ``limit`` of them, a
        problem at a new pattern is counted at its parent's (its last member
        written ``*``: ``$.records[*].*``), and once there are twice as many,
        at ``*``. A document's own keys (unknown fields, each named
        differently) so cost no more groups than the cap.
        """
        key = (code, pattern)
        if key not in self.counts and len(self.counts) >= self.limit:
            key = (code, _parent_pattern(pattern) if len(self.counts) < 2 * self.limit else "*")
        self.counts[key] = self.counts.get(key, 0) + count
        self.total += count

    def extend(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            self.add(problem)

    def absorb(self, groups: Iterable[ProblemGroup]) -> None:
        """Count the groups that another error already summarized."""
        for group in groups:
            self.tally(group.code, path_pattern(group.path), group.count)

    def groups(self) -> tuple[ProblemGroup, ...]:
        return tuple(ProblemGroup(code, path, n) for (code, path), n in self.counts.items())

    def __bool__(self) -> bool:
        return self.total > 0


class InvalidDatasetError(MineralpactError, ValueError):
    """A dataset, or a document, with problems: each with its path.

    The first :data:`MAX_PROBLEMS` problems (100) are kept in full, in the
    order of the records; the rest are counted by kind and place, so that a
    document with a million mistakes costs no more to report than one with a
    hundred.

    Attributes:
        problems: the problems kept in full, in the order of the records.
        more: the problems beyond those, as :class:`ProblemGroup` counts by
            code and path pattern (``$.records[*]``); empty when every
            problem is in :attr:`problems`.
        total: how many problems were found in all.

    >>> from mineralpact import Citation, Dataset, Name, Organisation, OrganisationKind
    >>> kigam = Organisation(
    ...     id="org:kigam",
    ...     names=(Name("Korea Institute of Geoscience and Mineral Resources"),),
    ...     kind=OrganisationKind.RESEARCH_INSTITUTE,
    ...     citations=(Citation("src:report"),),
    ... )
    >>> try:
    ...     Dataset((kigam,))
    ... except InvalidDatasetError as exc:
    ...     print([(p.path, p.code) for p in exc.problems], exc.total)
    [('$.records[0].citations[0].source', 'unknown-source')] 1
    """

    def __init__(
        self,
        problems: Iterable[Problem],
        *,
        more: Iterable[ProblemGroup] = (),
        limit: int | None = MAX_PROBLEMS,
    ) -> None:
        collector = ProblemCollector(limit if limit is not None else 2**63)
        collector.extend(problems)
        collector.absorb(more)
        self.problems = tuple(collector.kept)
        self.more = collector.groups()
        self.total = collector.total
        super().__init__(self._message())

    def _lines(self, listed: int | None = None) -> list[str]:
        count = self.total
        lines = [f"{count} problem{'s' if count != 1 else ''} found:"]
        lines += [f"  {problem}" for problem in self.problems[:listed]]
        if listed is not None and len(self.problems) > listed:
            unlisted = len(self.problems) - listed
            lines.append(f"  ... and {unlisted} more (see the problems attribute)")
        lines += [f"  {group}" for group in self.more]
        return lines

    def _message(self) -> str:
        return "\n".join(self._lines())

    def __reduce__(self) -> tuple[Any, ...]:
        return (functools.partial(type(self), more=self.more, limit=None), (self.problems,))


class RecordNotFoundError(MineralpactError, LookupError):
    """A record id that the dataset does not hold.

    Attributes:
        record_id: the id asked for.
        suggestions: ids of the same kind that are close to it.

    >>> error = RecordNotFoundError("org:kigm", ("org:kigam",))
    >>> print(error)
    no record with id 'org:kigm'; did you mean org:kigam?
    >>> isinstance(error, LookupError)
    True
    """

    def __init__(self, record_id: str, suggestions: tuple[str, ...] = ()) -> None:
        self.record_id = record_id
        self.suggestions = tuple(suggestions)
        hint = f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"no record with id {record_id!r}{hint}")

    def __str__(self) -> str:
        # LookupError subclasses such as KeyError would repr the message.
        return str(self.args[0])

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.record_id, self.suggestions))


class MissingExtraError(MineralpactError, ImportError):
    """A feature that needs an optional dependency which is not installed.

    The message says which extra installs it. It is an :class:`ImportError`,
    raised when the module that needs the dependency is imported
    (``import mineralpact.strategies`` without Hypothesis).

    Attributes:
        feature: what needs the dependency (``"mineralpact.strategies"``).
        extra: the extra of mineralpact that installs it (``"hypothesis"``).
        name: the module that could not be imported, as for any
            :class:`ImportError`.

    >>> error = MissingExtraError("mineralpact.strategies", "hypothesis", "hypothesis")
    >>> print(error)
    mineralpact.strategies needs hypothesis, which is not installed:
    pip install "mineralpact[hypothesis]"
    >>> isinstance(error, ImportError), error.name
    (True, 'hypothesis')
    """

    def __init__(self, feature: str, extra: str, name: str) -> None:
        self.feature = feature
        self.extra = extra
        super().__init__(
            f'{feature} needs {name}, which is not installed: pip install "mineralpact[{extra}]"',
            name=name,
        )

    def __str__(self) -> str:
        return str(self.args[0])

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.feature, self.extra, self.name))


class UnknownMineralError(InvalidValueError, LookupError):
    """A symbol, name or id that names no element, group, commodity or list.

    Attributes:
        suggestions: symbols, names or ids close to the text given, best first.

    >>> from mineralpact.minerals import lookup
    >>> try:
    ...     lookup("neodymum")
    ... except UnknownMineralError as exc:
    ...     print(exc.suggestions)
    ('neodymium',)
    """

    def __init__(
        self,
        what: str,
        value: object,
        expected: str,
        *,
        path: str | None = None,
        reason: str | None = None,
        suggestions: tuple[str, ...] = (),
    ) -> None:
        self.suggestions = tuple(suggestions)
        super().__init__(what, value, expected, path=path, reason=reason)

    def __reduce__(self) -> tuple[Any, ...]:
        state = {"path": self.path, "reason": self.reason, "suggestions": self.suggestions}
        return (type(self), (self.what, self.value, self.expected), state)


class InvalidDocumentError(InvalidDatasetError):
    """A JSON document or JSON Lines file that cannot be read: every problem in it.

    Raised by :func:`mineralpact.loads` and the other readers for anything
    wrong with their input, from text that is not JSON to a record that
    refers to a source the document does not hold. Each :class:`Problem`
    carries the JSON path of what is wrong (``$.records[3].dates[0].value``;
    in a JSON Lines file, the line first: ``line 12: $.dates[0].value``),
    what was expected and what came. It derives from
    :class:`InvalidDatasetError`, since loading a document builds a dataset
    and the dataset's own problems are among those reported.

    Attributes:
        problems: the problems kept in full (the first ``Limits.max_problems``),
            in document order.
        more: the problems beyond those, counted by code and path pattern.
        total: how many problems were found in all.

    >>> problem = Problem(
    ...     path="$.records[0].kind",
    ...     code="invalid-value",
    ...     message="unknown SourceKind",
    ...     expected="one of 'news_report', 'press_release', ...",
    ...     value="string 'blog'",
    ... )
    >>> print(InvalidDocumentError([problem]))
    1 problem found:
      $.records[0].kind: unknown SourceKind (got string 'blog'); expected one of 'news_report', 'press_release', ...
    """  # noqa: E501 -- a doctest output line

    #: The most problems that the message lists; :attr:`problems` holds them all.
    MAX_LISTED = 50

    def _message(self) -> str:
        return "\n".join(self._lines(self.MAX_LISTED))
