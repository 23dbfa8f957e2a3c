"""The fast reading pass makes each check once, and accepts and builds what every validator would.

The converter's fast pass reads model objects with functions made by
``mineralpact._construct``: they skip the validators whose checks the hooks
have already made, and make a text validator's check in place of the string
hook's. These tests compare that pass with the same converter running every
validator (``_build(detailed=False, once=False)``), on valid and broken
documents: both accept the same values and build equal objects, or both
refuse. The problems reported come from the detailed pass, which does not
change.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given
from hypothesis import strategies as st

from _sizes import examples
from mineralpact import Dataset, _construct, _converter, _validate, dumps
from mineralpact.dataset import Record
from mineralpact.serialization import _limits, _parse
from mineralpact.sources import Citation, Source
from mineralpact.strategies import datasets
from test_fuzz import json_values, mutated

_SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]

REFERENCE = _converter._build(detailed=False, once=False)


def _outcome(converter: Any, raw: object, cl: Any) -> tuple[str, object]:
    try:
        return "built", converter.structure(raw, cl)
    except _converter.Found as exc:
        return "found", (exc.problems, exc.more)
    except Exception:
        return "refused", None


def assert_same(raw: object, cl: Any) -> None:
    once = _outcome(_converter.fast(), raw, cl)
    every = _outcome(REFERENCE, raw, cl)
    assert once == every


def _raw(text: str) -> object:
    """The JSON value that ``loads`` reads from ``text`` (its parser keeps what it refuses)."""
    try:
        return _parse(text, _limits(None), "$")
    except Exception:
        return None


def _model_classes() -> list[type]:
    found: dict[type, None] = {}
    pending: list[Any] = [_converter.RECORD_UNION, _converter._VALUE_UNION]
    while pending:
        t = pending.pop()
        pending.extend(getattr(t, "__args__", ()))
        if isinstance(t, type) and attrs.has(t) and t not in found and t is not Dataset:
            found[t] = None
            attrs.resolve_types(t)
            pending.extend(f.type for f in attrs.fields(t))
    return sorted(found, key=lambda t: t.__qualname__)


MODEL_CLASSES = _model_classes()


@examples(60, suppress_health_check=_SLOW)
@given(dataset=datasets(), data=st.data())
def test_mutated_documents_are_accepted_and_built_alike(
    dataset: Dataset, data: st.DataObject
) -> None:
    text = dumps(dataset)
    assert _converter.fast().structure(json.loads(text), Dataset) == dataset
    raw = _raw(data.draw(mutated(text)))
    assert_same(raw, Dataset)


@examples(60, suppress_health_check=_SLOW)
@given(dataset=datasets(), data=st.data())
def test_mutated_records_are_accepted_and_built_alike(
    dataset: Dataset, data: st.DataObject
) -> None:
    if not dataset.records:
        return
    record = data.draw(st.sampled_from(dataset.records))
    assert_same(_raw(data.draw(mutated(dumps(record)))), Record)


#: Strings that each check of the text policy refuses, or only just accepts.
_EDGE_STRINGS = st.sampled_from(
    [
        "",
        " ",
        "\u3000",
        "a\n",
        "a\tb",
        "\u2028",
        "\u202e",
        "\x85",
        "\ud800",
        "x" * 200,
        "x" * 201,
        "x" * 2048,
        "x" * 2049,
        "x" * 10_001,
        " a ",
    ]
) | st.text(max_size=12)


def _string_paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, str):
        return [path]
    items: Any = ()
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    return [p for key, item in items for p in _string_paths(item, (*path, key))]


@examples(100, suppress_health_check=_SLOW)
@given(dataset=datasets(), data=st.data())
def test_any_string_replaced_is_accepted_and_built_alike(
    dataset: Dataset, data: st.DataObject
) -> None:
    """Every text field, given a string at the edge of its checks (blank, a control, too long)."""
    if not dataset.records:
        return
    record = json.loads(dumps(data.draw(st.sampled_from(dataset.records))))
    paths = [p for p in _string_paths(record) if p != ("type",)]
    if not paths:
        return
    path = data.draw(st.sampled_from(paths))
    parent = record
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = data.draw(_EDGE_STRINGS | json_values)
    assert_same(record, Record)


@pytest.mark.parametrize("cl", MODEL_CLASSES, ids=lambda cl: cl.__qualname__)
def test_every_model_class_is_read_by_a_function_of_its_own(cl: type) -> None:
    """No class falls back to every validator, but those with an ``__init__`` of their own."""
    fast = _converter.fast()
    made = _construct.structure_fn(cl, lambda field: fast.get_structure_hook(field.type))
    own_init = cl.__init__.__code__.co_filename.startswith("<attrs generated") is False  # type: ignore[misc]
    assert (made is None) == own_init


def test_the_checks_kept_are_those_the_hooks_do_not_make() -> None:
    fields = {f.name: f for f in attrs.fields(Citation)}
    # An id's prefix, a quotation's text policy: the converter does not check them.
    assert not _construct.guaranteed(fields["source"].type, fields["source"].validator)
    # A tuple of sources that must not be empty, or whose items are checked one by one.
    names = attrs.fields(Source).authors
    assert not _construct.guaranteed(names.type, names.validator)
    assert _construct.guaranteed(tuple[Citation, ...], _validate.tuple_of(Citation))
    not_empty = _validate.tuple_of(Citation, min_length=1)
    assert not _construct.guaranteed(tuple[Citation, ...], not_empty)
    assert not _construct.guaranteed(frozenset[str], _validate.tuple_of(str))
    assert _construct.guaranteed(frozenset[str], _validate.frozenset_of(str))
    # An int hook returns an int, never a bool, which instance_of(int) refuses.
    assert _construct.guaranteed(int, _validate.instance_of(int))
    assert not _construct.guaranteed(bool, _validate.instance_of(int))
    assert _construct.guaranteed(Decimal | None, _validate.optional(_validate.instance_of(Decimal)))
    assert not _construct.guaranteed(Decimal | None, _validate.instance_of(Decimal))
    assert not _construct.guaranteed(Any, _validate.instance_of(str))
    assert not _construct.guaranteed(str, _validate.text())


def test_a_text_field_refuses_what_its_validator_refuses() -> None:
    """The text check made in place of the string hook's refuses a blank phrase, like the class."""
    good = {"source": "src:a", "phrase": "a phrase"}
    assert _converter.fast().structure(good, Citation) == Citation("src:a", phrase="a phrase")
    for phrase in ["", " ", "a\nb", "x" * 201, "\ud800", 3, ["a"]]:
        bad = {"source": "src:a", "phrase": phrase}
        assert _outcome(_converter.fast(), bad, Citation)[0] == "refused"
        assert_same(bad, Citation)
    assert_same({"source": "src:a", "phrase": None}, Citation)
