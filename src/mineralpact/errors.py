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
    "Problem",
    "RecordNotFoundError",
    "RecordTypeError",
    "Severity",
    "UnknownMineralError",
    "UnresolvableDateError",
]


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
        return f"invalid {self.what}{where}: {self.value!r}{detail}; expected {self.expected}"

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
            f"got {type(self.value).__name__} {self.value!r}"
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


class InvalidDatasetError(MineralpactError, ValueError):
    """A dataset, or a document, with problems: every one of them, each with its path.

    Attributes:
        problems: the problems found, in the order of the records.

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
    ...     print([(p.path, p.code) for p in exc.problems])
    [('$.records[0].citations[0].source', 'unknown-source')]
    """

    def __init__(self, problems: tuple[Problem, ...] | list[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(self._message())

    def _message(self) -> str:
        count = len(self.problems)
        lines = [f"{count} problem{'s' if count != 1 else ''} found:"]
        lines += [f"  {problem}" for problem in self.problems]
        return "\n".join(lines)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.problems,))


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
        problems: every problem found, in document order.

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
        count = len(self.problems)
        lines = [f"{count} problem{'s' if count != 1 else ''} found:"]
        lines += [f"  {problem}" for problem in self.problems[: self.MAX_LISTED]]
        if count > self.MAX_LISTED:
            lines.append(f"  ... and {count - self.MAX_LISTED} more (see the problems attribute)")
        return "\n".join(lines)
