"""The cost of reading is bounded by the document, not by the number of mistakes in it.

An error keeps the first ``Limits.max_problems`` problems in full and counts
the rest by code and path pattern; the reader's peak memory stays a small
multiple of the document's size. Integers too long for Python to write are
named by their size, never printed.
"""

from __future__ import annotations

import io
import pickle
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _sizes import examples, size
from mineralpact.errors import (
    MAX_PROBLEMS,
    InvalidDatasetError,
    InvalidDocumentError,
    InvalidValueError,
    Problem,
    ProblemGroup,
    safe_repr,
)
from mineralpact.quantities import Quantity
from mineralpact.serialization import Limits, load_lines, loads

HEADER = '{"format":"mineralpact","version":"1.1","records":['

#: The size of a large document: 2 MiB under the ``ci`` profile, less in a quick
#: run (the peak memory is checked as a multiple of the size, whatever the size).
LARGE = size(2 * 2**20, smallest=2**18)


def _ones(size: int) -> str:
    """A document of about ``size`` bytes whose records are all ``1``."""
    count = max(1, (size - len(HEADER)) // 2)
    return HEADER + ",".join(["1"] * count) + "]}"


def _words(size: int) -> str:
    """A document of about ``size`` bytes whose records are all strings."""
    word = '"' + "x" * 30 + '"'
    count = max(1, (size - len(HEADER)) // (len(word) + 1))
    return HEADER + ",".join([word] * count) + "]}"


def _error(text: str, **kwargs: object) -> InvalidDocumentError:
    # Records of 1 are refused for their cost (see test_serialization_memory)
    # unless the caller allows it: here the problems themselves are tested.
    kwargs.setdefault("max_cost", 100)
    with pytest.raises(InvalidDocumentError) as info:
        loads(text, limits=Limits(**kwargs))  # type: ignore[arg-type]
    return info.value


def _warm_up() -> None:
    """Read a small bad document, so that what is built once (the converter, the
    lazy imports) is built before memory is traced: it is not the document's cost,
    and building it under tracing is slow."""
    _error(_ones(100))


def test_an_error_keeps_the_first_problems_and_counts_the_rest() -> None:
    text = _ones(LARGE)
    count = text.count("1") - 2  # not the two of the version
    _warm_up()
    tracemalloc.start()
    try:
        error = _error(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20 * len(text), peak / len(text)
    assert error.total == count
    assert [p.path for p in error.problems] == [f"$.records[{i}]" for i in range(MAX_PROBLEMS)]
    assert {p.code for p in error.problems} == {"wrong-type"}
    assert error.more == (ProblemGroup("wrong-type", "$.records[*]", count - MAX_PROBLEMS),)
    message = str(error)
    assert message.splitlines()[0] == f"{count} problems found:"
    assert message.splitlines()[-1] == (
        f"  and {count - MAX_PROBLEMS} more like this: wrong-type at $.records[*]"
    )
    assert len(message) < 20_000


def test_the_cap_is_a_limit() -> None:
    error = _error(_ones(1000), max_problems=3)
    assert len(error.problems) == 3
    assert error.total == 3 + error.more[0].count
    assert _error(_ones(1000), max_problems=1000).more == ()


def test_many_unknown_fields_are_counted_not_kept() -> None:
    keys = ",".join(f'"k{i}":1' for i in range(5000))
    text = HEADER + '{"type":"source","id":"src:a","title":"A","kind":"dataset",' + keys + "}]}"
    error = _error(text)
    assert error.total == 5000
    assert len(error.problems) == MAX_PROBLEMS
    assert (
        error.more == (ProblemGroup("unknown-field", "$.records[*].k*", 5000 - MAX_PROBLEMS),)
        or sum(g.count for g in error.more) == 5000 - MAX_PROBLEMS
    )


def test_json_lines_errors_are_capped_too() -> None:
    text = '{"format":"mineralpact","version":"1.1"}\n' + "1\n" * 1000
    with pytest.raises(InvalidDocumentError) as info:
        load_lines(io.StringIO(text))
    error = info.value
    assert error.total == 1000
    assert len(error.problems) == MAX_PROBLEMS
    assert error.problems[0].path == "line 2: $"
    assert error.more == (ProblemGroup("wrong-type", "line *: $", 1000 - MAX_PROBLEMS),)


@examples(50)
@given(
    st.lists(st.sampled_from(["a", "b"]), max_size=30),
    st.integers(min_value=1, max_value=10),
)
def test_the_summary_counts_exactly_what_is_left_out(codes: list[str], limit: int) -> None:
    problems = [Problem(path=f"$.records[{i}]", code=c, message="m") for i, c in enumerate(codes)]
    error = InvalidDatasetError(problems, limit=limit)
    assert error.problems == tuple(problems[:limit])
    assert error.total == len(problems)
    left = {c: codes[limit:].count(c) for c in set(codes[limit:])}
    assert {g.code: g.count for g in error.more} == left
    assert all(g.path == "$.records[*]" for g in error.more)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.problems, copy.more, copy.total, str(copy)) == (
        error.problems,
        error.more,
        error.total,
        str(error),
    )


def test_validate_reports_a_hostile_document_without_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "words.json"
    path.write_text(_words(LARGE), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mineralpact", "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == MAX_PROBLEMS + 1
    assert lines[-1].endswith("more like this: wrong-type at $.records[*]")


# --- integers too long to write --------------------------------------------------------------


def test_an_integer_too_long_to_write_is_named_by_its_size() -> None:
    with pytest.raises(InvalidValueError) as info:
        Quantity(10**5000, "t")
    assert "an integer of 5001 digits" in str(info.value)
    assert "0000000000" not in str(info.value)
    assert safe_repr(-(10**4300)) == "an integer of 4301 digits"
    assert safe_repr(10**4299) == repr(10**4299)


def test_the_digit_limit_stays_within_what_python_reads() -> None:
    with pytest.raises(InvalidValueError) as info:
        Limits(max_int_digits=5000)
    assert "4300" in str(info.value)


def test_an_integer_past_the_interpreter_limit_is_a_problem() -> None:
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(640)
    try:
        error = _error(
            '{"format":"mineralpact","version":"1.1","records":[' + "9" * 700 + "]}",
            max_int_digits=4300,
        )
    finally:
        sys.set_int_max_str_digits(old)
    assert error.problems[0].path == "$.records[0]"
    assert "9" * 40 not in str(error)


@pytest.mark.parametrize(
    ("record", "code"),
    [("{}", "missing-field"), ('{"type":"blog"}', "unknown-type"), ('{"type":1}', "wrong-type")],
)
def test_records_without_a_known_type_are_counted_as_they_would_be_kept(
    record: str, code: str
) -> None:
    error = _error(HEADER + ",".join([record] * 300) + "]}")
    assert {(p.code, p.path) for p in error.problems} == {
        (code, f"$.records[{i}].type") for i in range(MAX_PROBLEMS)
    }
    assert error.more == (ProblemGroup(code, "$.records[*].type", 300 - MAX_PROBLEMS),)


def test_records_of_bad_values_cost_a_small_multiple_of_the_document() -> None:
    record = '{"type":"source","id":1,"title":2,"kind":3}'
    count = size(20_000, smallest=2_500)
    text = HEADER + ",".join([record] * count) + "]}"
    _warm_up()
    tracemalloc.start()
    try:
        error = _error(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert error.total == 3 * count
    assert peak < 20 * len(text), peak / len(text)
