"""The dataset's checks give the problems of the plain walk over every record.

``Dataset(records)`` finds the references that do not resolve from the set of
ids the records mention, and walks a record with paths only when it mentions
one of them. The plain checks, as they read before that (every reference of
every record walked with its path and looked up), are kept here as the
reference: on generated datasets, valid and broken (references dropped,
unknown countries and minerals, repeated ids, records that are not
records), both give the same problems, with the same codes, messages and
paths, in the same order, also when a document is read with a cap on the
problems kept.
"""

from __future__ import annotations

import contextlib
import json
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from typing import Any
from unittest import mock

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from mineralpact import _checks, _fields, strategies
from mineralpact.agreements import Agreement
from mineralpact.bundled import korea_mongolia
from mineralpact.dataset import Dataset, Record, problems_beside
from mineralpact.errors import (
    InvalidDatasetError,
    InvalidDocumentError,
    InvalidValueError,
    Problem,
    Severity,
)
from mineralpact.events import Event
from mineralpact.figures import Figure
from mineralpact.laws import Law
from mineralpact.milestones import Milestone
from mineralpact.serialization import Limits, dumps, loads

# --- the plain checks, as they were: the reference ----------------------------------


def _walk(value: object) -> Iterator[tuple[str, str, _fields.ReferenceField]]:
    """Every id ``value`` mentions, with its path and declaring field, by the plan."""
    for name, how, declared in _fields._plan(type(value)):
        held = getattr(value, name)
        if held is None:
            continue
        if declared is not None and how == _fields._ONE:
            yield name, held, declared
        elif declared is not None:
            ids = sorted(held) if isinstance(held, frozenset) else held
            for i, record_id in enumerate(ids):
                yield f"{name}[{i}]", record_id, declared
        else:
            items = held if isinstance(held, (tuple, frozenset)) else None
            if items is None:
                for path, record_id, field in _walk(held):
                    yield f"{name}.{path}", record_id, field
                continue
            for i, item in enumerate(sorted(items) if isinstance(items, frozenset) else items):
                for path, record_id, field in _walk(item):
                    yield f"{name}[{i}].{path}", record_id, field


def _plain_references(base: str, record: Record, held: Container[str]) -> Iterator[Problem]:
    for path, ref, field in _walk(record):
        if _checks.resolves(ref, held):
            continue
        if field.prefixes == frozenset({"src"}):
            yield Problem(
                path=f"{base}.{path}",
                code="unknown-source",
                message="citation of a source the dataset does not hold",
                value=repr(ref),
                expected="the id of a Source in the dataset",
                record=record.id,
            )
        else:
            yield Problem(
                path=f"{base}.{path}",
                code="missing-reference",
                message="reference to a record the dataset does not hold",
                value=repr(ref),
                expected=_checks._expected_reference(ref),
                record=record.id,
            )


def _plain_run(checks: _checks._Checks) -> Iterator[Problem]:
    for i, record in enumerate(checks.records):
        base = f"$.records[{i}]"
        yield from _plain_references(base, record, checks._index)
        yield from _checks._check_periods(base, record)
        if isinstance(record, Agreement):
            yield from checks._check_signatories(base, record)
            yield from checks._check_stage_parties(base, record)
        if isinstance(record, (Agreement, Law)):
            for j, stage in enumerate(record.stages):
                yield from checks._check_reported_after(
                    base, f"stages[{j}].dates", stage.dates, record.id, Severity.WARNING
                )
        if isinstance(record, Event):
            yield from checks._check_reported_after(base, "dates", record.dates, record.id)
            yield from checks._check_reported_before_done(base, record)
        if isinstance(record, Milestone):
            yield from checks._check_reported_after(
                base, "actual", record.actual, record.id, Severity.WARNING
            )
            yield from checks._check_met_before_planned(base, record)
    yield from checks._check_shares()


def _plain_check(
    records: Sequence[Record],
    index: Mapping[str, Record],
    ancestors: Callable[[str], frozenset[str]],
) -> Iterator[Problem]:
    return _plain_run(_checks._Checks(records, index, ancestors))


def _plain_check_alone(
    records: Iterable[tuple[int, Record]], held: Container[str]
) -> Iterator[Problem]:
    for i, record in records:
        base = f"$.records[{i}]"
        yield from _plain_references(base, record, held)
        yield from _checks._check_periods(base, record)


@contextlib.contextmanager
def _plain_checks() -> Iterator[None]:
    """The dataset (and the readers) run the plain checks meanwhile."""
    with (
        mock.patch.object(_checks, "check", _plain_check),
        mock.patch.object(_checks, "check_alone", _plain_check_alone),
    ):
        yield


# --- generated datasets, valid and broken -------------------------------------------

_ANY_RECORD = st.one_of(
    strategies.sources(),
    strategies.organisations(),
    strategies.persons(),
    strategies.positions(),
    strategies.elements(),
    strategies.mineral_groups(),
    strategies.commodities(),
    strategies.mineral_lists(),
    strategies.agreements(),
    strategies.events(),
    strategies.projects(),
    strategies.facilities(),
    strategies.milestones(),
    strategies.figures(),
    strategies.laws(),
    strategies.restatements(),
)

#: Ids that a figure may name: a held country, an unknown one, a mineral of
#: the reference data, minerals and records that nothing holds.
_SUBJECTS = ("country:kr", "country:zz", "org:nowhere", "org:a", None)
_MINERALS = ("element:nd", "element:zz", "group:ree", "group:nowhere", "list:nowhere")


@st.composite
def _figures_naming(draw: st.DrawFn) -> Figure:
    figure = draw(strategies.figures())
    subject = draw(st.sampled_from(_SUBJECTS))
    minerals = draw(st.frozensets(st.sampled_from(_MINERALS), max_size=3))
    # A figure of some measures names no subject, or some mineral: then fewer changes.
    for changes in (
        {"subject": subject, "minerals": minerals},
        {"minerals": minerals | figure.minerals},
    ):
        with contextlib.suppress(InvalidValueError):
            return attrs.evolve(figure, **changes)
    return figure


@st.composite
def _record_lists(draw: st.DrawFn) -> list[Any]:
    """The records of a valid dataset, some dropped, some repeated, others added, shuffled."""
    records: list[Any] = list(draw(strategies.datasets(max_records=4, linked=True)).records)
    if draw(st.integers(0, 3)) == 0:
        return records  # valid, with its warnings
    breaks = draw(st.sets(st.sampled_from(("drop", "add", "repeat", "other")), min_size=1))
    if records and "drop" in breaks:
        drop = draw(st.sets(st.integers(0, len(records) - 1), min_size=1, max_size=3))
        records = [r for i, r in enumerate(records) if i not in drop]
    if "add" in breaks or not records:
        records += draw(st.lists(st.one_of(_ANY_RECORD, _figures_naming()), min_size=1, max_size=3))
    if "repeat" in breaks:
        records += draw(st.lists(st.sampled_from(records), min_size=1, max_size=2))
    if "other" in breaks:
        records.append("not a record")
    return draw(st.permutations(records))


def _outcome(records: list[Any]) -> tuple[object, ...]:
    try:
        dataset = Dataset(tuple(records))
    except InvalidDatasetError as exc:
        return ("refused", exc.problems, exc.more, exc.total)
    return ("accepted", dataset.warnings)


def _document(records: list[Any]) -> str:
    return json.dumps(
        {
            "format": "mineralpact",
            "version": json.loads(dumps(korea_mongolia()))["version"],
            "records": [json.loads(dumps(r)) for r in records if not isinstance(r, str)],
        }
    )


def _read(text: str, max_problems: int) -> tuple[object, ...]:
    try:
        dataset = loads(text, limits=Limits(max_problems=max_problems))
    except InvalidDocumentError as exc:
        return ("refused", exc.problems, exc.more, exc.total)
    return ("accepted", dataset.records, dataset.warnings)


# --- the properties -------------------------------------------------------------------


@settings(max_examples=80, deadline=None)
@given(_record_lists())
def test_a_dataset_has_the_problems_of_the_plain_checks(records: list[Any]) -> None:
    found = _outcome(records)
    with _plain_checks():
        expected = _outcome(records)
    assert found == expected


@settings(max_examples=50, deadline=None)
@given(_record_lists(), st.data())
def test_records_beside_unread_ones_have_the_problems_of_the_plain_checks(
    records: list[Any], data: st.DataObject
) -> None:
    records = [r for r in records if not isinstance(r, str)]
    mentioned = sorted({ref for r in records for _, ref in r.references()})
    unread = data.draw(
        st.lists(st.sampled_from(mentioned), max_size=3) if mentioned else st.just([])
    )
    found = problems_beside(enumerate(records), unread)
    with _plain_checks():
        expected = problems_beside(enumerate(records), unread)
    assert found == expected


@settings(max_examples=25, deadline=None)
@given(_record_lists(), st.integers(1, 4))
def test_a_document_read_with_a_cap_has_the_problems_of_the_plain_checks(
    records: list[Any], max_problems: int
) -> None:
    text = _document(records)
    found = _read(text, max_problems)
    with _plain_checks():
        expected = _read(text, max_problems)
    assert found == expected


@given(st.one_of(_ANY_RECORD, strategies.signatories(), strategies.participants()))
def test_the_ids_collected_are_those_of_the_walk(value: Any) -> None:
    ids: list[str] = []
    _fields.collect_ids(value, ids)
    assert Counter(ids) == Counter(ref for _, ref, _ in _walk(value))


def test_the_bundled_data_has_the_problems_of_the_plain_checks() -> None:
    records = list(korea_mongolia().records)
    # Its warnings, and the errors once a source and an organisation are gone.
    broken = [r for r in records if r.id not in {"src:korea-times-2025-09-22", "org:kigam"}]
    for case in (records, broken, [*records, records[3], records[0]]):
        found = _outcome(case)
        with _plain_checks():
            expected = _outcome(case)
        assert found == expected
    assert _outcome(broken)[0] == "refused"
