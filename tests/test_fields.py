"""Field roles: validators with readable attributes and the one ``references()``."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineralpact import _fields, strategies
from mineralpact import _validate as v
from mineralpact._ids import IdRef
from mineralpact.agreements import Agreement, Signatory
from mineralpact.bundled import korea_mongolia
from mineralpact.dataset import RECORD_TYPES
from mineralpact.errors import InvalidTypeError, InvalidValueError
from mineralpact.events import Event, Participant
from mineralpact.figures import Figure
from mineralpact.laws import Law
from mineralpact.milestones import Milestone
from mineralpact.minerals import Commodity, Element, MineralForm, MineralGroup, MineralList
from mineralpact.parties import Organisation, Person, Position
from mineralpact.projects import Facility, Project
from mineralpact.restatements import Restatement
from mineralpact.sources import Citation, Source
from mineralpact.stages import Stage

# --- the hand-written references() each record had before, as a reference ----

Ref = tuple[str, str]


def _one(path: str, record_id: str | None) -> Iterator[Ref]:
    if record_id is not None:
        yield path, record_id


def _each(path: str, record_ids: Iterable[str]) -> Iterator[Ref]:
    ids = sorted(record_ids) if isinstance(record_ids, frozenset) else record_ids
    for i, record_id in enumerate(ids):
        yield f"{path}[{i}]", record_id


def _cited(path: str, citations: Iterable[Citation]) -> Iterator[Ref]:
    for i, citation in enumerate(citations):
        yield f"{path}[{i}].source", citation.source


def _claims_cited(path: str, claims: Iterable[Any]) -> Iterator[Ref]:
    for i, claim in enumerate(claims):
        yield from _cited(f"{path}[{i}].citations", claim.citations)
        yield from _claims_cited(f"{path}[{i}].attested", getattr(claim, "attested", ()))


def _nested(path: str, items: Iterable[Any], refs: Callable[[Any], Iterator[Ref]]) -> Iterator[Ref]:
    for i, item in enumerate(items):
        for inner, ref in refs(item):
            yield f"{path}[{i}].{inner}", ref


def _signatory(s: Signatory) -> Iterator[Ref]:
    yield from _one("person", s.person)
    yield from _one("on_behalf_of", s.on_behalf_of)
    yield from _one("position", s.position)


def _participant(p: Participant) -> Iterator[Ref]:
    yield from _one("party", p.party)
    yield from _one("position", p.position)


def _stage(s: Stage) -> Iterator[Ref]:
    yield from _one("party", s.party)
    yield from _one("by", s.by)
    yield from _claims_cited("dates", s.dates)
    yield from _claims_cited("scheduled", s.scheduled)
    yield from _cited("citations", s.citations)


def _agreement(r: Agreement) -> Iterator[Ref]:
    yield from _each("parties", r.parties)
    yield from _nested("signatories", r.signatories, _signatory)
    yield from _each("minerals", r.minerals)
    yield from _each("follows", r.follows)
    yield from _each("establishes", r.establishes)
    yield from _nested("stages", r.stages, _stage)
    yield from _claims_cited("dates", r.dates)
    yield from _cited("citations", r.citations)


def _event(r: Event) -> Iterator[Ref]:
    yield from _nested("participants", r.participants, _participant)
    yield from _each("organisers", r.organisers)
    yield from _one("series", r.series)
    yield from _each("agreements", r.agreements)
    yield from _each("subjects", r.subjects)
    yield from _each("minerals", r.minerals)
    yield from _claims_cited("dates", r.dates)
    yield from _cited("citations", r.citations)


def _figure(r: Figure) -> Iterator[Ref]:
    yield from _one("subject", r.subject)
    yield from _each("minerals", r.minerals)
    yield from _cited("citations", r.citations)
    yield from _one("within", r.within)


def _milestone(r: Milestone) -> Iterator[Ref]:
    yield from _one("subject", r.subject)
    yield from _claims_cited("planned", r.planned)
    yield from _claims_cited("actual", r.actual)
    yield from _cited("citations", r.citations)


def _law(r: Law) -> Iterator[Ref]:
    yield from _one("issuer", r.issuer)
    yield from _one("jurisdiction", r.jurisdiction)
    yield from _each("minerals", r.minerals)
    yield from _each("establishes", r.establishes)
    yield from _nested("stages", r.stages, _stage)
    yield from _cited("citations", r.citations)


def _element(r: Element) -> Iterator[Ref]:
    yield from _cited("citations", r.citations)


def _group(r: MineralGroup) -> Iterator[Ref]:
    yield from _each("members", r.members)
    yield from _cited("citations", r.citations)


def _commodity(r: Commodity) -> Iterator[Ref]:
    yield from _each("elements", r.elements)
    yield from _cited("citations", r.citations)


def _form(r: MineralForm) -> Iterator[Ref]:
    yield from _one("of", r.of)
    yield from _each("only", r.only)
    yield from _cited("citations", r.citations)


def _list(r: MineralList) -> Iterator[Ref]:
    yield from _one("issuer", r.issuer)
    yield from _one("jurisdiction", r.jurisdiction)
    yield from _each("entries", r.entries)
    for i, subset in enumerate(r.subsets):
        yield from _each(f"subsets[{i}].members", subset.members)
    yield from _one("within", r.within)
    yield from _cited("citations", r.citations)


def _organisation(r: Organisation) -> Iterator[Ref]:
    yield from _claims_cited("names", r.names)
    yield from _one("parent", r.parent)
    for i, membership in enumerate(r.members):
        yield f"members[{i}].member", membership.member
        yield from _cited(f"members[{i}].citations", membership.citations)
    yield from _cited("citations", r.citations)


def _person(r: Person) -> Iterator[Ref]:
    yield from _claims_cited("names", r.names)
    yield from _cited("citations", r.citations)


def _position(r: Position) -> Iterator[Ref]:
    yield from _one("person", r.person)
    yield from _one("organisation", r.organisation)
    yield from _cited("citations", r.citations)
    yield from _claims_cited("attested", r.attested)


def _project(r: Project) -> Iterator[Ref]:
    yield from _each("funders", r.funders)
    yield from _each("executors", r.executors)
    yield from _each("managers", r.managers)
    yield from _each("hosts", r.hosts)
    yield from _each("minerals", r.minerals)
    yield from _cited("citations", r.citations)
    yield from _claims_cited("start", r.start)
    yield from _claims_cited("end", r.end)


def _facility(r: Facility) -> Iterator[Ref]:
    yield from _claims_cited("names", r.names)
    yield from _one("project", r.project)
    yield from _each("operators", r.operators)
    yield from _one("host", r.host)
    yield from _each("minerals", r.minerals)
    yield from _cited("citations", r.citations)
    yield from _claims_cited("start", r.start)
    yield from _claims_cited("end", r.end)


def _source(r: Source) -> Iterator[Ref]:
    yield from ()


def _restatement(r: Restatement) -> Iterator[Ref]:
    # The statement's own id names the record restated; the dataset checks it.
    for path, ref in _BEFORE[type(r.statement)](r.statement):
        yield f"statement.{path}", ref


_BEFORE: dict[type, Callable[[Any], Iterator[Ref]]] = {
    Source: _source,
    Organisation: _organisation,
    Person: _person,
    Position: _position,
    Element: _element,
    MineralGroup: _group,
    Commodity: _commodity,
    MineralForm: _form,
    MineralList: _list,
    Agreement: _agreement,
    Event: _event,
    Project: _project,
    Facility: _facility,
    Milestone: _milestone,
    Figure: _figure,
    Law: _law,
    Stage: _stage,
    Restatement: _restatement,
    Signatory: _signatory,
    Participant: _participant,
}


def test_every_kind_has_a_reference_implementation() -> None:
    assert set(RECORD_TYPES) <= _BEFORE.keys()


def test_the_bundled_data_has_the_same_references() -> None:
    records = korea_mongolia().records
    assert len({type(r) for r in records}) >= 10
    for record in records:
        assert list(record.references()) == list(_BEFORE[type(record)](record))


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
    strategies.signatories(),
    strategies.participants(),
)


@given(_ANY_RECORD)
def test_generated_records_have_the_same_references(record: Any) -> None:
    assert list(record.references()) == list(_BEFORE[type(record)](record))


def test_every_record_shares_one_references() -> None:
    for cls in (*RECORD_TYPES, Signatory, Participant):
        assert cls.references is _fields.references  # type: ignore[attr-defined]


# --- the roles declared once ---------------------------------------------------


def test_every_record_declares_notes_and_citations_with_the_helpers() -> None:
    for cls in RECORD_TYPES:
        if cls is Restatement:
            # Another record's statement, whole: its notes and citations are the statement's.
            continue
        roles = {f.name: f.metadata.get(_fields.ROLE) for f in attrs.fields(cls)}
        assert roles["notes"] == "notes"
        if cls is not Source:
            assert roles["citations"] == "citations"


def test_notes_are_limited_once() -> None:
    long = "x" * (_fields.MAX_NOTES_LENGTH + 1)
    with pytest.raises(InvalidValueError, match="at most 2000 characters"):
        Element(
            id="element:li",
            symbol="Li",
            name="lithium",
            atomic_number=3,
            citations=(Citation("src:x"),),
            notes=long,
        )


# --- validators say what they check -------------------------------------------


def test_validators_have_readable_attributes() -> None:
    assert v.text(max_length=5) == v.Text(max_length=5, allow_empty=False)
    assert v.optional(v.instance_of(int)).inner == v.InstanceOf((int,))
    members = _fields.refs("org", min_length=1)["validator"]
    assert (members.container, members.types, members.min_length) == (frozenset, (str,), 1)
    assert members.member == IdRef(frozenset({"org"}))
    assert _fields.ref()["validator"].prefixes is None
    assert repr(v.text(max_length=5)) == "Text(max_length=5, allow_empty=False, multiline=False)"
    assert v.text(max_length=5, multiline=True).multiline


@attrs.frozen
class _Box:
    x: Any = attrs.field(validator=v.tuple_of(int, min_length=2))


def test_validators_raise_the_same_errors() -> None:
    with pytest.raises(InvalidTypeError, match=r"_Box\.x\[1\]: expected int, got bool True"):
        _Box((1, True))
    with pytest.raises(InvalidValueError, match="with at least 2 items"):
        _Box((1,))
    with pytest.raises(InvalidTypeError, match="expected a tuple of int"):
        _Box([1, 2])


# --- references declared once, read by the checks and the strategies ------------

_MODULES = (
    "agreements",
    "events",
    "figures",
    "laws",
    "milestones",
    "minerals",
    "parties",
    "places",
    "projects",
    "sources",
    "stages",
)


def _attrs_classes() -> list[type]:
    import importlib

    found: dict[str, type] = {}
    for name in _MODULES:
        module = importlib.import_module(f"mineralpact.{name}")
        for value in vars(module).values():
            if isinstance(value, type) and attrs.has(value) and value.__module__ == module.__name__:
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return list(found.values())


def _id_refs(validator: object) -> Iterator[IdRef]:
    if isinstance(validator, IdRef):
        yield validator
    elif isinstance(validator, v.Optional):
        yield from _id_refs(validator.inner)
    elif isinstance(validator, v.Members):
        yield from _id_refs(validator.member)


def test_every_id_field_is_declared_with_a_role() -> None:
    classes = _attrs_classes()
    assert {Agreement, Signatory, Participant, Citation, Figure} <= set(classes)
    declared = 0
    for cls in classes:
        for field in attrs.fields(cls):
            if not list(_id_refs(field.validator)):
                continue
            role = field.metadata.get(_fields.ROLE)
            assert role in {"id", "reference", "references"}, f"{cls.__name__}.{field.name}"
            assert (role == "id") == (field.name == "id"), f"{cls.__name__}.{field.name}"
            declared += 1
    assert declared == 63  # 16 ids, 21 references, 26 sets of references


def test_reference_fields_read_the_declarations() -> None:
    subject, minerals, within = _fields.reference_fields(Figure)
    assert (within.name, within.optional, within.prefixes) == (
        "within",
        True,
        frozenset({"country", "org"}),
    )
    assert (subject.name, subject.many, subject.optional) == ("subject", False, True)
    assert subject.prefixes == frozenset({"org", "country", "person", "facility", "project"})
    assert (minerals.name, minerals.many, minerals.min_length) == ("minerals", True, 0)
    parties = _fields.reference_field(Agreement, "parties")
    assert (parties.prefixes, parties.min_length) == (frozenset({"org", "country", "person"}), 1)
    assert _fields.reference_field(Event, "subjects").prefixes is None
    entries = attrs.fields(MineralList).entries
    assert entries.validator.container is tuple  # type: ignore[union-attr]
    with pytest.raises(KeyError):
        _fields.reference_field(Agreement, "title")


def test_a_field_that_defaults_to_none_is_declared_optional() -> None:
    for cls in _attrs_classes():
        for field in _fields.reference_fields(cls):
            default = attrs.fields_dict(cls)[field.name].default
            if default is None:
                assert field.optional, f"{cls.__name__}.{field.name}"
            elif field.optional:  # optional without a default: it must be given, even as None
                assert (cls, field.name) == (Figure, "subject")


def test_references_name_the_field_that_declares_them() -> None:
    for record in korea_mongolia().records:
        for path, ref, field in _fields.declared_references(record):
            assert field.prefixes is None or ref.partition(":")[0] in field.prefixes, path
            assert field.name == path.rpartition(".")[2].partition("[")[0]


def test_titles_keep_their_limits() -> None:
    limits = {
        (cls.__name__, f.name): (f.validator, f.default)
        for cls in _attrs_classes()
        for f in attrs.fields(cls)
        if f.metadata.get(_fields.ROLE) == "title"
    }
    assert limits == {
        ("Agreement", "title"): (v.Optional(v.Text(500)), None),
        ("Event", "title"): (v.Text(500), attrs.NOTHING),
        ("Law", "title"): (v.Text(500), attrs.NOTHING),
        ("MineralList", "title"): (v.Text(500), attrs.NOTHING),
        ("Position", "title"): (v.Text(300), attrs.NOTHING),
        ("Project", "title"): (v.Text(500), attrs.NOTHING),
        ("Source", "title"): (v.Text(500), attrs.NOTHING),
    }


@given(_ANY_RECORD)
def test_generated_references_are_of_the_declared_kinds(record: Any) -> None:
    for path, ref, field in _fields.declared_references(record):
        assert field.prefixes is None or ref.partition(":")[0] in field.prefixes, path
