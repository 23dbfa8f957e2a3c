"""Reading a hostile document takes memory bounded by the document's size.

Each family of ``benchmarks/hostile.py`` is read at a modest size under
:mod:`tracemalloc`: its peak (the text itself not counted) stays within 10
times the text's size, whether the document is read or refused. Valid
documents, however dense the format makes them, are still read.
"""

from __future__ import annotations

import sys
import tracemalloc
from pathlib import Path

import pytest

import mineralpact
from mineralpact.serialization import Limits, loads

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import hostile  # type: ignore[import-not-found]

SIZE = 200_000


def _peak(text: str) -> int:
    tracemalloc.start()
    try:
        loads(text)
    except mineralpact.InvalidDocumentError:
        pass
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak


@pytest.mark.parametrize(
    "case",
    [
        "empty objects",
        "deep values",
        "records of 1",
        "many keys",
        "unique keys",
        "unique keys, nested",
        "unique unknown fields",
    ],
)
def test_a_hostile_document_costs_at_most_ten_times_its_size(case: str) -> None:
    text = hostile.make(case, SIZE)
    loads('{"format":"mineralpact","version":"1.1","records":[]}')  # warm the caches
    assert _peak(text) <= 10 * len(text), case


def test_a_costly_structure_is_refused_with_the_librarys_error() -> None:
    text = hostile.make("empty objects", SIZE)
    with pytest.raises(mineralpact.InvalidDocumentError) as caught:
        loads(text)
    (problem,) = caught.value.problems
    assert (problem.path, problem.code) == ("$", "too-costly")
    assert "Limits.max_cost" in problem.expected
    # A caller who trusts the document raises the limit.
    with pytest.raises(mineralpact.InvalidDocumentError) as read:
        loads(text, limits=Limits(max_cost=100))
    assert read.value.problems[0].code != "too-costly"


def test_valid_dense_documents_are_still_read() -> None:
    source = '{"type":"source","id":"src:a%d","title":"A","kind":"dataset"}'
    records = ",".join(source % i for i in range(4000))
    text = '{"format":"mineralpact","version":"1.1","records":[' + records + "]}"
    assert len(text) > 200_000
    assert len(loads(text)) == 4000
    bundled = mineralpact.dumps(mineralpact.bundled.korea_mongolia())
    assert loads(bundled) == mineralpact.bundled.korea_mongolia()


def test_unknown_keys_are_counted_in_the_cost_and_known_ones_are_not() -> None:
    """Keys that the format does not know cost their own strings; the format has none."""
    from mineralpact import serialization

    known = '{"type":"source","id":"src:a","title":"A \\"id\\": x","kind":"dataset"}'
    assert serialization._unknown_keys(known) == 0
    spaced = '{"type" :"source", "id"\n:"src:a"}'
    assert serialization._unknown_keys(spaced) == 0
    unknown = '{"type":"source","k1":1,"k2\\\\":2,"x\\"id":3, "k3" :4}'
    assert serialization._unknown_keys(unknown) == 4
    assert serialization._unknown_keys(unknown.replace(" ", "")) == 4


def test_the_groups_of_uncounted_problems_are_bounded() -> None:
    text = hostile.make("unique unknown fields", 100_000)
    with pytest.raises(mineralpact.InvalidDocumentError) as caught:
        loads(text, limits=Limits(max_cost=1000))
    error = caught.value
    assert len(error.problems) == 100
    assert len(error.more) <= 2 * 100 + 1
    assert sum(g.count for g in error.more) + 100 == error.total
    assert ("unknown-field", "$.records[*].*") in {(g.code, g.path) for g in error.more}
