"""The table of kinds: every place that lists the kinds of record derives from it.

A kind of record is one class plus one row of ``mineralpact._kinds``; the
type aliases, written out for type checkers, are checked against the table.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import typing
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from mineralpact import Dataset, _converter, _kinds, schema, serialization, strategies
from mineralpact._ids import id_prefix
from mineralpact.dataset import RECORD_TYPES, Record
from mineralpact.dates import TEMPORAL_TYPES, TemporalValue
from mineralpact.figures import FigureValue

RECORD_CLASSES = _kinds.classes(_kinds.RECORD_KINDS)
VALUE_CLASSES = _kinds.classes(_kinds.VALUE_KINDS)


def test_the_record_alias_is_the_union_of_the_tables_record_classes() -> None:
    assert typing.get_args(Record) == RECORD_CLASSES
    assert Record == _kinds.union(_kinds.RECORD_KINDS)


def test_the_figure_value_alias_is_the_union_of_the_tables_value_classes() -> None:
    assert typing.get_args(FigureValue) == VALUE_CLASSES
    assert FigureValue == _kinds.union(_kinds.VALUE_KINDS)


def test_the_temporal_types_are_the_members_of_temporal_value() -> None:
    assert typing.get_args(TemporalValue) == TEMPORAL_TYPES


def test_tags_and_prefixes_are_each_used_once() -> None:
    kinds = _kinds.RECORD_KINDS
    assert len({k.cls for k in kinds}) == len({k.tag for k in kinds}) == len(kinds)
    assert len({k.prefix for k in kinds}) == len(kinds)
    assert len({k.tag for k in _kinds.VALUE_KINDS}) == len(_kinds.VALUE_KINDS)


def test_the_derived_places_read_the_table() -> None:
    assert RECORD_TYPES == RECORD_CLASSES
    assert {k.cls: k.tag for k in _kinds.RECORD_KINDS} == _converter.RECORD_TAGS
    assert {k.cls: k.tag for k in _kinds.VALUE_KINDS} == _converter.VALUE_TAGS
    refs = schema.json_schema()["$defs"]["Record"]["oneOf"]
    assert refs == [{"$ref": f"#/$defs/{cls.__name__}"} for cls in RECORD_CLASSES]
    # Every built-in kind has a strategy of its own.
    assert set(strategies._RECORDS) == set(RECORD_CLASSES)


def test_a_record_that_is_not_one_names_every_kind() -> None:
    problems = Dataset.check([object()])
    assert [p.code for p in problems] == ["wrong-type"]
    # (The message once said "mineral" for the four mineral kinds.)
    for cls in RECORD_CLASSES:
        assert cls.__name__ in problems[0].expected


@given(st.one_of([st.tuples(st.just(k), strategies._kind_records(k)) for k in _kinds.RECORD_KINDS]))
def test_each_kind_writes_its_tag_and_its_ids_have_its_prefix(drawn: tuple[Any, Any]) -> None:
    kind, record = drawn
    assert id_prefix(record.id) == kind.prefix
    assert json.loads(serialization.dumps(record))["type"] == kind.tag


# --- adding a kind: one module plus one row ------------------------------------------------

TOY_MODULE = '''
"""A kind of record that mineralpact does not have: an id, citations, notes."""

from __future__ import annotations

import attrs

from mineralpact import _fields
from mineralpact.sources import Citation


@attrs.frozen
class Toy:
    """A toy record, cited by its sources."""

    id: str = attrs.field(**_fields.identifier("toy"))
    citations: tuple[Citation, ...] = attrs.field(**_fields.citations())
    notes: str | None = _fields.notes()

    references = _fields.references
'''

# Run in a fresh interpreter: the row is added before any module that derives
# from the table is imported, exactly as if it were written in _kinds.py.
# Every derived place is then exercised by name.
TOY_CHECK = """
import json, sys
sys.path.insert(0, sys.argv[1])
import mineralpact._kinds as kinds
from toy import Toy
kinds.RECORD_KINDS = (*kinds.RECORD_KINDS, kinds.RecordKind(Toy, "toy", "toy"))

import io
from hypothesis import Phase, find, settings
from mineralpact import Citation, Dataset, Source, SourceKind, dumps, loads
from mineralpact import dataset, strategies
from mineralpact.schema import json_schema
from mineralpact.serialization import dump_lines, load_lines

source = Source(id="src:a", title="A", kind=SourceKind.OTHER)
toy = Toy(id="toy:one", citations=(Citation("src:a"),), notes="a note")

# 1. dataset.RECORD_TYPES: a dataset holds it.
assert Toy in dataset.RECORD_TYPES
data = Dataset((source, toy))
# 2. the converter's record tags and tagged union: a document round-trips it.
text = dumps(data)
assert json.loads(text)["records"][1] == {
    "type": "toy", "id": "toy:one", "citations": [{"source": "src:a"}], "notes": "a note"
}
assert loads(text) == data
# 3. a record read and written alone carries its tag.
assert loads(dumps(toy), Toy) == toy
# 4. JSON Lines write and read it.
out = io.StringIO()
dump_lines(data, out)
assert load_lines(io.StringIO(out.getvalue())) == data
# 5. the schema has it, tagged, with its id prefix.
schema = json_schema()
assert {"$ref": "#/$defs/Toy"} in schema["$defs"]["Record"]["oneOf"]
assert schema["$defs"]["Toy"]["properties"]["type"] == {"const": "toy"}
assert schema["$defs"]["Toy"]["properties"]["id"]["pattern"].startswith("^toy:")
# 6. the dataset's message lists it.
assert "Toy" in Dataset.check([object()])[0].expected
# 7. the strategies draw it among the records of datasets(): the search stops
# at the first one drawn.
found = find(
    strategies._dataset_records(),
    lambda record: isinstance(record, Toy),
    settings=settings(database=None, max_examples=2000, phases=[Phase.generate]),
)
assert isinstance(found, Toy)
print("ok")
"""


def test_adding_a_record_kind_is_one_module_and_one_row(tmp_path: Path) -> None:
    (tmp_path / "toy.py").write_text(textwrap.dedent(TOY_MODULE), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", TOY_CHECK, str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ok\n"
