"""The error hierarchy: roots, builtins, context attributes and pickling."""

from __future__ import annotations

import pickle

import pytest

import mineralpact
from mineralpact import errors
from mineralpact.errors import (
    IncompatibleUnitsError,
    InvalidCodeError,
    InvalidDateError,
    InvalidQuantityError,
    InvalidTypeError,
    InvalidUnitError,
    InvalidValueError,
    MineralpactError,
    UnresolvableDateError,
)

VALUE_ERRORS = [
    InvalidValueError,
    InvalidDateError,
    UnresolvableDateError,
    InvalidUnitError,
    IncompatibleUnitsError,
    InvalidQuantityError,
    InvalidCodeError,
]


@pytest.mark.parametrize("cls", VALUE_ERRORS)
def test_value_errors_derive_from_root_and_value_error(cls: type[InvalidValueError]) -> None:
    exc = cls("PartialDate", "2023-13", "YYYY-MM", path="$.signed", reason="month 13")
    assert isinstance(exc, MineralpactError)
    assert isinstance(exc, ValueError)
    assert (exc.what, exc.value, exc.expected) == ("PartialDate", "2023-13", "YYYY-MM")
    assert exc.path == "$.signed"
    assert exc.reason == "month 13"
    assert str(exc) == "invalid PartialDate at $.signed: '2023-13' (month 13); expected YYYY-MM"


def test_message_without_path_or_reason() -> None:
    exc = InvalidUnitError("unit", "furlong**9", "a unit such as t or kg")
    assert str(exc) == "invalid unit: 'furlong**9'; expected a unit such as t or kg"
    assert exc.path is None
    assert exc.reason is None


@pytest.mark.parametrize("cls", VALUE_ERRORS)
def test_value_errors_pickle_with_their_context(cls: type[InvalidValueError]) -> None:
    exc = cls("unit", "9**9**9 m", "a plain unit", path="$.records[3]", reason="too deep")
    copy = pickle.loads(pickle.dumps(exc))
    assert type(copy) is cls
    assert (copy.what, copy.value, copy.expected) == (exc.what, exc.value, exc.expected)
    assert (copy.path, copy.reason) == (exc.path, exc.reason)
    assert str(copy) == str(exc)
    assert copy.args == exc.args


def test_type_error_is_root_and_type_error_and_pickles() -> None:
    exc = InvalidTypeError("Quantity.magnitude", 1.5, "a Decimal or an int", path="$.value")
    assert isinstance(exc, MineralpactError)
    assert isinstance(exc, TypeError)
    assert str(exc) == (
        "wrong type for Quantity.magnitude at $.value: expected a Decimal or an int, got float 1.5"
    )
    copy = pickle.loads(pickle.dumps(exc))
    assert type(copy) is InvalidTypeError
    assert (copy.what, copy.value, copy.expected, copy.path) == (
        "Quantity.magnitude",
        1.5,
        "a Decimal or an int",
        "$.value",
    )
    assert str(copy) == str(exc)


def test_every_error_is_exported_from_the_package() -> None:
    for name in errors.__all__:
        assert getattr(mineralpact, name) is getattr(errors, name)
        assert name in mineralpact.__all__
    exceptions = [getattr(errors, n) for n in errors.__all__]
    exceptions = [e for e in exceptions if isinstance(e, type) and issubclass(e, BaseException)]
    assert all(issubclass(e, MineralpactError) for e in exceptions)
    assert len(exceptions) >= 10


def test_the_counted_problems_are_a_public_type() -> None:
    assert mineralpact.ProblemGroup is errors.ProblemGroup
    assert "ProblemGroup" in errors.__all__
    problems = [
        errors.Problem(path=f"$.records[{i}]", code="wrong-type", message="m")
        for i in range(errors.MAX_PROBLEMS + 5)
    ]
    error = errors.InvalidDocumentError(problems)
    assert len(error.problems) == errors.MAX_PROBLEMS
    assert error.more == (mineralpact.ProblemGroup("wrong-type", "$.records[*]", 5),)
    assert error.total == errors.MAX_PROBLEMS + 5
