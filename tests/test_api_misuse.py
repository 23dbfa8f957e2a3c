"""Misuse of the Python API gets the library's errors, saying what was expected.

A wrong-typed argument raises an :class:`~mineralpact.InvalidTypeError` (a
:class:`TypeError` and a :class:`~mineralpact.MineralpactError`), never a bare
``TypeError`` or ``AttributeError`` from deep inside. Operators keep Python's
protocol: an operand of another type gets ``NotImplemented``, and Python
raises its own ``TypeError``.
"""

from __future__ import annotations

import contextlib
import operator
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _sizes import examples
from mineralpact import (
    Agreement,
    Coded,
    Count,
    Dataset,
    Figure,
    MineralpactError,
    Money,
    Organisation,
    PartialDate,
    Quantity,
    QuantityRange,
    Rank,
    RecordNotFoundError,
    Rounding,
    Share,
)
from mineralpact.bundled import korea_mongolia

DATA = korea_mongolia()
TONNES = Quantity(1, "t")
FIGURE = DATA.of_type(Figure)[0]
AGREEMENT = DATA.of_type(Agreement)[0]
ORGANISATION = DATA.of_type(Organisation)[0]

MISUSES: dict[str, tuple[Callable[[], object], type[Exception]]] = {
    "Quantity(1, ['t'])": (lambda: Quantity(1, ["t"]), TypeError),  # type: ignore[arg-type]
    "Quantity.to(['kt'])": (lambda: TONNES.to(["kt"]), TypeError),  # type: ignore[arg-type]
    "Quantity.is_compatible({})": (lambda: TONNES.is_compatible({}), TypeError),  # type: ignore[arg-type]
    "Dataset.get(None)": (lambda: DATA.get(None), TypeError),  # type: ignore[call-overload]
    "Dataset.get(['x'])": (lambda: DATA.get(["x"]), TypeError),  # type: ignore[call-overload]
    "query(country=123)": (lambda: DATA.query(country=123), TypeError),  # type: ignore[arg-type]
    "query(period='2023')": (lambda: DATA.query(period="2023"), TypeError),  # type: ignore[arg-type]
    "query(countries='KR')": (lambda: DATA.query(countries="KR"), TypeError),
    "query(party=1)": (lambda: DATA.query(party=1), TypeError),  # type: ignore[arg-type]
    "timeline(period=2023)": (lambda: DATA.timeline(period=2023), TypeError),  # type: ignore[arg-type]
    "Dataset.merge(None)": (lambda: DATA.merge(None), TypeError),  # type: ignore[arg-type]
    "Dataset.of_type('x')": (lambda: DATA.of_type("x"), TypeError),  # type: ignore[arg-type]
    "Dataset.check(None)": (lambda: Dataset.check(None), TypeError),  # type: ignore[arg-type]
    "Dataset.restatements(None)": (lambda: DATA.restatements(None), TypeError),  # type: ignore[arg-type]
    "Dataset.claims(id, [])": (lambda: DATA.claims(AGREEMENT.id, []), TypeError),  # type: ignore[arg-type]
    "Figure.agrees_with(None)": (lambda: FIGURE.agrees_with(None), TypeError),  # type: ignore[arg-type]
}


@pytest.mark.parametrize("name", sorted(MISUSES))
def test_misuse_gets_the_library_error(name: str) -> None:
    call, builtin = MISUSES[name]
    with pytest.raises(MineralpactError) as caught:
        call()
    assert isinstance(caught.value, builtin)
    assert "expected" in str(caught.value)


@pytest.mark.parametrize(
    ("left", "op", "right"),
    [
        (TONNES, operator.add, 1),
        (Share(1, "a"), operator.lt, Share(2, "b")),
        (Money(1, "USD"), operator.add, 1),
        (Count(1), operator.add, Count(2)),
    ],
)
def test_operators_keep_pythons_protocol(left: object, op: Any, right: object) -> None:
    # The operand of another type gets NotImplemented; Python raises its TypeError.
    with pytest.raises(TypeError):
        op(left, right)


WRONG = st.one_of(
    st.none(),
    st.integers(),
    st.lists(st.integers() | st.text(max_size=3), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.booleans(),
    st.binary(max_size=4),
)
ANYTHING = WRONG | st.text(max_size=12)

CALLS: dict[str, Callable[[Any], object]] = {
    "Quantity unit": lambda x: Quantity(1, x),
    "Quantity value": lambda x: Quantity(x, "t"),
    "Quantity.to": TONNES.to,
    "Quantity.is_compatible": TONNES.is_compatible,
    "Quantity.parse": Quantity.parse,
    "Share value": lambda x: Share(x, "world"),
    "Share of": lambda x: Share(1, x),
    "Share.parse": Share.parse,
    "Rank position": lambda x: Rank(x, scope="s"),
    "Rank scope": lambda x: Rank(1, scope=x),
    "Rank.parse": Rank.parse,
    "Count value": Count,
    "Count of": lambda x: Count(1, of=x),
    "Count.parse": Count.parse,
    "Money amount": lambda x: Money(x, "USD"),
    "Money currency": lambda x: Money(1, x),
    "Money.parse": Money.parse,
    "Dataset.get": DATA.get,
    "Dataset.of_type": DATA.of_type,
    "Dataset.merge": DATA.merge,
    "Dataset.check": Dataset.check,
    "query party": lambda x: DATA.query(party=x),
    "query country": lambda x: DATA.query(country=x),
    "query countries": lambda x: DATA.query(countries=x),
    "query mineral": lambda x: DATA.query(mineral=x),
    "query period": lambda x: DATA.query(period=x),
    "query through_membership": lambda x: DATA.query(country="KR", through_membership=x),
    "Dataset.established_by": DATA.established_by,
    "Dataset.elements_of": DATA.elements_of,
    "Dataset.restatements": DATA.restatements,
    "Dataset.same_figure": DATA.same_figure,
    "Dataset.claims record": lambda x: DATA.claims(x, "title"),
    "Dataset.claims field": lambda x: DATA.claims(AGREEMENT.id, x),
    "Figure.agrees_with": FIGURE.agrees_with,
    "Agreement.status_on": AGREEMENT.status_on,
    "Agreement.status_on party": lambda x: AGREEMENT.status_on(PartialDate(2025), party=x),
    "Organisation.members_on": ORGANISATION.members_on,
    "Coded.parse": Coded.parse,
    "QuantityRange.parse": QuantityRange.parse,
    "Rounding": lambda x: Rounding(to=x),
}


@examples(300)
@given(st.sampled_from(sorted(CALLS)), ANYTHING)
def test_no_other_error_escapes_a_public_method(name: str, argument: object) -> None:
    with contextlib.suppress(MineralpactError):
        CALLS[name](argument)


@pytest.mark.parametrize(
    "call",
    [
        lambda method: method(period=2023),
        lambda method: method(country=123),
        lambda method: method(countries="KR"),
        lambda method: method(mineral=1),
        lambda method: method(party=1),
        lambda method: method(party="country:xx"),
    ],
)
@pytest.mark.parametrize("name", ["query", "timeline"])
def test_an_error_names_the_method_called(name: str, call: Callable[[Any], object]) -> None:
    with pytest.raises(MineralpactError) as caught:
        call(getattr(DATA, name))
    assert getattr(caught.value, "what", "").startswith(f"Dataset.{name} "), caught.value
    assert f"Dataset.{name} " in str(caught.value)


def test_the_restatements_of_a_record_the_dataset_lacks_are_an_error() -> None:
    with pytest.raises(RecordNotFoundError):
        DATA.restatements("src:korea-herald-2023-01-2")  # a typo is not an empty answer
