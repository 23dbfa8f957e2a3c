"""Documents of older minor versions of the format read as this release's.

Version 1.2 added kinds of record and optional fields, and renamed nothing.

Version 1.1 named a project's and a facility's place ``place``, as on
agreements and events; version 1.0 called it ``location``.
"""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from mineralpact.bundled import korea_mongolia
from mineralpact.errors import InvalidDocumentError
from mineralpact.projects import Facility, Project
from mineralpact.serialization import FORMAT_VERSION, dumps, iter_lines, load_lines, loads

DATA = korea_mongolia()
MOVED = [r for r in DATA.records if isinstance(r, (Project, Facility)) and r.place is not None]


def _as_1_0(document: dict[str, Any]) -> dict[str, Any]:
    """What version 1.0 wrote for *document*: ``location`` on projects and facilities."""
    records = [
        {
            ("location" if k == "place" and r["type"] in {"project", "facility"} else k): v
            for k, v in r.items()
        }
        for r in document["records"]
    ]
    return dict(document, version="1.0", records=records)


def test_this_release_writes_version_1_2_with_place() -> None:
    written = json.loads(dumps(DATA))
    assert FORMAT_VERSION == written["version"] == "1.2"
    moved = [r for r in written["records"] if r["type"] in {"project", "facility"}]
    assert len([r for r in moved if "place" in r]) == len(MOVED) > 0
    assert not [r for r in written["records"] if "location" in r]


def test_a_1_0_document_with_location_reads_into_place() -> None:
    old = _as_1_0(json.loads(dumps(DATA)))
    assert len([r for r in old["records"] if "location" in r]) == len(MOVED)
    data = loads(json.dumps(old))
    assert data == DATA
    for record in MOVED:
        assert data.get(record.id).place == record.place  # type: ignore[union-attr]
    # written again, it is the current version, with ``place``
    assert dumps(data) == dumps(DATA)


def test_a_1_1_document_reads_as_it_is() -> None:
    """Version 1.2 added kinds and optional fields and renamed nothing."""
    written = json.loads(dumps(DATA))
    data = loads(json.dumps(dict(written, version="1.1")))
    assert data == DATA
    assert dumps(data) == dumps(DATA)


def test_a_1_0_json_lines_file_with_location_reads_into_place() -> None:
    old = _as_1_0(json.loads(dumps(DATA)))
    text = "".join(
        json.dumps(line, separators=(",", ":")) + "\n"
        for line in [{"format": "mineralpact", "version": "1.0"}, *old["records"]]
    )
    assert load_lines(io.StringIO(text)) == DATA
    assert list(iter_lines(io.StringIO(text))) == list(DATA.records)


@pytest.mark.parametrize("version", ["1.1", "1.7"])
def test_location_is_unknown_from_version_1_1(version: str) -> None:
    document = dict(_as_1_0(json.loads(dumps(DATA))), version=version)
    with pytest.raises(InvalidDocumentError) as caught:
        loads(json.dumps(document))
    unknown = [p.path for p in caught.value.problems if p.code == "unknown-field"]
    assert unknown == [f"$.records[{i}].location" for i, r in enumerate(DATA.records) if r in MOVED]


def test_a_1_0_record_with_both_names_loses_neither() -> None:
    """``place`` was not a field of a 1.0 project: nothing is overwritten,
    and the old name is refused rather than dropped."""
    record: dict[str, Any] = {"type": "project", "id": "project:x", "title": "X"}
    record |= {"place": {"country": "MN"}, "location": {"country": "KR"}}
    document = {"format": "mineralpact", "version": "1.0", "records": [record]}
    with pytest.raises(InvalidDocumentError) as caught:
        loads(json.dumps(document))
    assert ("$.records[0].location", "unknown-field") in [
        (p.path, p.code) for p in caught.value.problems
    ]
    assert "$.records[0].place" not in [p.path for p in caught.value.problems]


def test_other_records_of_a_1_0_document_are_not_touched() -> None:
    """An event's ``place`` was already ``place``; a ``location`` on it was never a field."""
    record = {"type": "event", "id": "event:x", "kind": "meeting", "location": {"country": "MN"}}
    document = {"format": "mineralpact", "version": "1.0", "records": [record]}
    with pytest.raises(InvalidDocumentError) as caught:
        loads(json.dumps(document))
    assert ("$.records[0].location", "unknown-field") in [
        (p.path, p.code) for p in caught.value.problems
    ]
