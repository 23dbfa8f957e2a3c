"""One error names every problem, whatever stage finds it.

A record with a problem of its own (an unknown field, a repeated id) does
not stop the other records' references from being checked.
"""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from mineralpact import (
    Citation,
    Dataset,
    InvalidDatasetError,
    InvalidDocumentError,
    Name,
    Organisation,
    OrganisationKind,
    Source,
    SourceKind,
)
from mineralpact.serialization import load_lines, loads

HEADER = {"format": "mineralpact", "version": "1.0"}


def _source(source_id: str, **extra: Any) -> dict[str, Any]:
    return {"type": "source", "id": source_id, "title": "A report", "kind": "dataset", **extra}


def _organisation(org_id: str, cites: str) -> dict[str, Any]:
    return {
        "type": "organisation",
        "id": org_id,
        "names": [{"text": "Korea Institute of Geoscience"}],
        "kind": "research_institute",
        "citations": [{"source": cites}],
    }


def _document(records: list[dict[str, Any]]) -> str:
    return json.dumps({**HEADER, "records": records})


def _found(exc: InvalidDatasetError) -> set[tuple[str, str]]:
    return {(p.path, p.code) for p in exc.problems}


def test_a_field_problem_does_not_hide_a_missing_citation() -> None:
    text = _document([_source("src:a", bogus=1), _organisation("org:k", "src:nowhere")])
    with pytest.raises(InvalidDocumentError) as caught:
        loads(text)
    assert _found(caught.value) == {
        ("$.records[0].bogus", "unknown-field"),
        ("$.records[1].citations[0].source", "unknown-source"),
    }


def test_a_record_that_was_not_read_is_still_held() -> None:
    # The organisation cites the source that has a problem of its own: that
    # source exists, so its citation is not reported as missing.
    text = _document([_source("src:a", bogus=1), _organisation("org:k", "src:a")])
    with pytest.raises(InvalidDocumentError) as caught:
        loads(text)
    assert _found(caught.value) == {("$.records[0].bogus", "unknown-field")}


def test_json_lines_report_both_kinds_with_their_lines() -> None:
    lines = [HEADER, _source("src:a", bogus=1), _organisation("org:k", "src:nowhere")]
    text = "".join(json.dumps(line) + "\n" for line in lines)
    with pytest.raises(InvalidDocumentError) as caught:
        load_lines(io.StringIO(text))
    assert _found(caught.value) == {
        ("line 2: $.bogus", "unknown-field"),
        ("line 3: $.citations[0].source", "unknown-source"),
    }


def test_a_repeated_id_does_not_hide_a_missing_citation() -> None:
    source = Source(id="src:a", title="A report", kind=SourceKind.DATASET)
    org = Organisation(
        id="org:k",
        names=(Name("Korea Institute of Geoscience"),),
        kind=OrganisationKind.RESEARCH_INSTITUTE,
        citations=(Citation("src:nowhere"),),
    )
    with pytest.raises(InvalidDatasetError) as caught:
        Dataset((source, source, org))
    assert _found(caught.value) == {
        ("$.records[1].id", "duplicate-id"),
        ("$.records[2].citations[0].source", "unknown-source"),
    }
    assert {p.code for p in Dataset.check([source, source, org])} == {
        "duplicate-id",
        "unknown-source",
    }


def test_a_repeated_id_in_a_document_does_not_hide_a_missing_citation() -> None:
    text = _document([_source("src:a"), _source("src:a"), _organisation("org:k", "src:b")])
    with pytest.raises(InvalidDocumentError) as caught:
        loads(text)
    assert _found(caught.value) == {
        ("$.records[1].id", "duplicate-id"),
        ("$.records[2].citations[0].source", "unknown-source"),
    }


def test_a_record_of_the_wrong_type_does_not_hide_a_missing_citation() -> None:
    org = Organisation(
        id="org:k",
        names=(Name("Korea Institute of Geoscience"),),
        kind=OrganisationKind.RESEARCH_INSTITUTE,
        citations=(Citation("src:nowhere"),),
    )
    assert {p.code for p in Dataset.check(["not a record", org])} == {
        "wrong-type",
        "unknown-source",
    }
