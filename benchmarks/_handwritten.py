"""The floor: a loader and a dumper written by hand in plain Python, no cattrs.

:func:`load` is ``json.loads`` plus straight-line code that calls the
mineralpact constructors and ``parse`` methods for the record types the
benchmark's dataset holds (source, organisation, person, position, figure,
event) and builds the :class:`~mineralpact.Dataset`. It keeps the format's
rules, as a careful person would by hand: unknown and missing keys are
refused, magnitudes must be decimal strings, a repeated item of a set is an
error, every value goes through the constructors' own checks, and the
dataset-wide checks run. Unlike mineralpact's ``loads`` it stops at the first
problem and does not say where it is: that is what makes it the floor.

:func:`dump` writes the canonical document of ``docs/format.md`` by hand,
as the floor for ``dumps``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any

from mineralpact import (
    FORMAT_VERSION,
    Basis,
    Citation,
    Confidence,
    Count,
    Country,
    Dataset,
    DateClaim,
    DateRange,
    Event,
    EventKind,
    Figure,
    FigureValue,
    Measure,
    Money,
    Name,
    NameKind,
    Organisation,
    OrganisationKind,
    PartialDate,
    Participant,
    Person,
    Place,
    Position,
    Quantity,
    Rank,
    ReserveCategory,
    Share,
    Source,
    SourceKind,
    Subdivision,
    parse_temporal,
)

__all__ = ["DocumentError", "dump", "load"]

_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
_MAX_DECIMAL_LENGTH = 64


class DocumentError(ValueError):
    """The first problem the hand-written loader met."""


# --- loading ------------------------------------------------------------------


def _keys(
    obj: object, what: str, required: frozenset[str], allowed: frozenset[str]
) -> dict[str, Any]:
    if type(obj) is not dict:
        raise DocumentError(f"{what}: expected an object, got {type(obj).__name__}")
    keys = obj.keys()
    if not required <= keys:
        raise DocumentError(f"{what}: missing {sorted(required - keys)}")
    if not keys <= allowed:
        raise DocumentError(f"{what}: unknown {sorted(keys - allowed)}")
    return obj


def _shape(*required: str, optional: Iterable[str] = ()) -> tuple[frozenset[str], frozenset[str]]:
    req = frozenset(required)
    return req, req | frozenset(optional)


def _list(value: object, what: str) -> list[Any]:
    if type(value) is not list:
        raise DocumentError(f"{what}: expected an array, got {type(value).__name__}")
    return value


def _set(value: object, what: str) -> frozenset[str]:
    items = _list(value, what)
    result = frozenset(items)
    if len(result) != len(items):
        raise DocumentError(f"{what}: a repeated item")
    return result


def _decimal(value: object, what: str) -> Decimal:
    if type(value) is not str:
        raise DocumentError(f"{what}: expected a decimal string, got {type(value).__name__}")
    if len(value) > _MAX_DECIMAL_LENGTH or not _DECIMAL.fullmatch(value):
        raise DocumentError(f"{what}: {value!r} is not a decimal number")
    return Decimal(value)


def _opt_date(value: object) -> PartialDate | None:
    return None if value is None else PartialDate.parse(value)  # type: ignore[arg-type]


_CITATION = _shape("source", optional=("quotation", "phrase"))


def _citation(d: object) -> Citation:
    d = _keys(d, "citation", *_CITATION)
    return Citation(d["source"], quotation=d.get("quotation"), phrase=d.get("phrase"))


def _citations(value: object, what: str = "citations") -> tuple[Citation, ...]:
    return tuple([_citation(c) for c in _list(value, what)])


_NAME = _shape("text", optional=("language", "kind", "since", "until", "citations"))


def _name(d: object) -> Name:
    d = _keys(d, "name", *_NAME)
    return Name(
        d["text"],
        language=d.get("language", "en"),
        kind=NameKind(d["kind"]) if "kind" in d else NameKind.OFFICIAL,
        since=_opt_date(d.get("since")),
        until=_opt_date(d.get("until")),
        citations=_citations(d.get("citations", [])),
    )


_SOURCE = _shape(
    "type",
    "id",
    "title",
    "kind",
    optional=("publisher", "authors", "url", "published", "language", "confidence", "notes"),
)


def _source(d: dict[str, Any]) -> Source:
    _keys(d, "source", *_SOURCE)
    published = d.get("published")
    confidence = d.get("confidence")
    return Source(
        id=d["id"],
        title=d["title"],
        kind=SourceKind(d["kind"]),
        publisher=d.get("publisher"),
        authors=tuple(_list(d.get("authors", []), "authors")),
        url=d.get("url"),
        published=None if published is None else parse_temporal(published),
        language=d.get("language", "en"),
        confidence=None if confidence is None else Confidence(confidence),
        notes=d.get("notes"),
    )


_ORGANISATION = _shape(
    "type",
    "id",
    "names",
    "kind",
    "citations",
    optional=("jurisdiction", "parent", "identifiers", "notes"),
)


def _organisation(d: dict[str, Any]) -> Organisation:
    _keys(d, "organisation", *_ORGANISATION)
    if d.get("identifiers"):
        raise DocumentError("identifiers: not in the benchmark's schema")
    jurisdiction = d.get("jurisdiction")
    return Organisation(
        id=d["id"],
        names=tuple([_name(n) for n in _list(d["names"], "names")]),
        kind=OrganisationKind(d["kind"]),
        jurisdiction=None if jurisdiction is None else Country(jurisdiction),
        parent=d.get("parent"),
        citations=_citations(d["citations"]),
        notes=d.get("notes"),
    )


_PERSON = _shape(
    "type", "id", "names", "citations", optional=("nationality", "identifiers", "notes")
)


def _person(d: dict[str, Any]) -> Person:
    _keys(d, "person", *_PERSON)
    if d.get("identifiers"):
        raise DocumentError("identifiers: not in the benchmark's schema")
    nationality = d.get("nationality")
    return Person(
        id=d["id"],
        names=tuple([_name(n) for n in _list(d["names"], "names")]),
        nationality=None if nationality is None else Country(nationality),
        citations=_citations(d["citations"]),
        notes=d.get("notes"),
    )


_POSITION = _shape(
    "type",
    "id",
    "person",
    "organisation",
    "title",
    "citations",
    optional=("since", "until", "notes"),
)


def _position(d: dict[str, Any]) -> Position:
    _keys(d, "position", *_POSITION)
    return Position(
        id=d["id"],
        person=d["person"],
        organisation=d["organisation"],
        title=d["title"],
        since=_opt_date(d.get("since")),
        until=_opt_date(d.get("until")),
        citations=_citations(d["citations"]),
        notes=d.get("notes"),
    )


_QUANTITY = _shape("type", "magnitude", "unit")
_SHARE = _shape("type", "value", "of")
_RANK = _shape("type", "position", "scope", optional=("of",))
_COUNT = _shape("type", "value", optional=("approximate", "of"))
_MONEY = _shape("type", "amount", "currency")


def _value(d: object) -> Quantity | Share | Rank | Count | Money:
    if type(d) is not dict:
        raise DocumentError("value: expected an object")
    kind = d.get("type")
    if kind == "quantity":
        _keys(d, "quantity", *_QUANTITY)
        return Quantity(_decimal(d["magnitude"], "magnitude"), d["unit"])
    if kind == "share":
        _keys(d, "share", *_SHARE)
        return Share(_decimal(d["value"], "value"), d["of"])
    if kind == "rank":
        _keys(d, "rank", *_RANK)
        return Rank(d["position"], d.get("of"), scope=d["scope"])
    if kind == "count":
        _keys(d, "count", *_COUNT)
        return Count(d["value"], approximate=d.get("approximate", False), of=d.get("of"))
    if kind == "money":
        _keys(d, "money", *_MONEY)
        return Money(_decimal(d["amount"], "amount"), d["currency"])
    raise DocumentError(f"value: unknown type {kind!r}")


_FIGURE = _shape(
    "type",
    "id",
    "subject",
    "measure",
    "citations",
    optional=(
        "minerals",
        "value",
        "description",
        "basis",
        "period",
        "as_of",
        "category",
        "estimated",
        "notes",
    ),
)


def _figure(d: dict[str, Any]) -> Figure:
    _keys(d, "figure", *_FIGURE)
    value = d.get("value")
    basis = d.get("basis")
    period = d.get("period")
    category = d.get("category")
    if period is not None:
        period = parse_temporal(period)
        if not isinstance(period, (PartialDate, DateRange)):
            raise DocumentError(f"period: {period} is not a date or a range")
    return Figure(
        id=d["id"],
        subject=d["subject"],
        measure=Measure(d["measure"]),
        minerals=_set(d.get("minerals", []), "minerals"),
        value=None if value is None else _value(value),
        description=d.get("description"),
        basis=None if basis is None else Basis(basis),
        period=period,
        as_of=_opt_date(d.get("as_of")),
        category=None if category is None else ReserveCategory(category),
        estimated=d.get("estimated", False),
        citations=_citations(d["citations"]),
        notes=d.get("notes"),
    )


_CLAIM = _shape("value", "citations")
_PLACE = _shape(optional=("country", "subdivision", "city", "venue"))
_PARTICIPANT = _shape("party", optional=("role", "position"))


def _claim(d: object) -> DateClaim:
    d = _keys(d, "date claim", *_CLAIM)
    return DateClaim(parse_temporal(d["value"]), _citations(d["citations"]))


def _place(d: object) -> Place:
    d = _keys(d, "place", *_PLACE)
    country = d.get("country")
    subdivision = d.get("subdivision")
    return Place(
        country=None if country is None else Country(country),
        subdivision=None if subdivision is None else Subdivision(subdivision),
        city=d.get("city"),
        venue=d.get("venue"),
    )


def _participant(d: object) -> Participant:
    d = _keys(d, "participant", *_PARTICIPANT)
    return Participant(party=d["party"], role=d.get("role"), position=d.get("position"))


_EVENT = _shape(
    "type",
    "id",
    "kind",
    "title",
    "citations",
    optional=(
        "dates",
        "place",
        "participants",
        "organisers",
        "series",
        "number",
        "agreements",
        "subjects",
        "minerals",
        "notes",
    ),
)


def _event(d: dict[str, Any]) -> Event:
    _keys(d, "event", *_EVENT)
    place = d.get("place")
    return Event(
        id=d["id"],
        kind=EventKind(d["kind"]),
        title=d["title"],
        dates=tuple([_claim(c) for c in _list(d.get("dates", []), "dates")]),
        place=None if place is None else _place(place),
        participants=tuple(
            [_participant(p) for p in _list(d.get("participants", []), "participants")]
        ),
        organisers=_set(d.get("organisers", []), "organisers"),
        series=d.get("series"),
        number=d.get("number"),
        agreements=_set(d.get("agreements", []), "agreements"),
        subjects=_set(d.get("subjects", []), "subjects"),
        minerals=_set(d.get("minerals", []), "minerals"),
        citations=_citations(d["citations"]),
        notes=d.get("notes"),
    )


_RECORD_LOADERS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "source": _source,
    "organisation": _organisation,
    "person": _person,
    "position": _position,
    "figure": _figure,
    "event": _event,
}


def load(text: str | bytes) -> Dataset:
    """Read a document of the benchmark's record types into a Dataset, by hand.

    Raises:
        DocumentError: at the first problem of the document's shape.
        MineralpactError: at the first value a constructor refuses.
        InvalidDatasetError: if the records do not form a valid dataset.
    """
    doc = _keys(json.loads(text), "document", *_shape("format", "version", "records"))
    if doc["format"] != "mineralpact" or type(doc["version"]) is not str:
        raise DocumentError("not a mineralpact document")
    if not doc["version"].startswith("1."):
        raise DocumentError(f"version {doc['version']!r} is not 1.x")
    out: list[Any] = []
    for record in _list(doc["records"], "records"):
        if type(record) is not dict:
            raise DocumentError("a record must be an object")
        loader = _RECORD_LOADERS.get(record.get("type"))  # type: ignore[arg-type]
        if loader is None:
            raise DocumentError(f"unknown record type {record.get('type')!r}")
        out.append(loader(record))
    return Dataset(tuple(out))


# --- dumping ------------------------------------------------------------------


def _put(out: dict[str, Any], key: str, value: object) -> None:
    if value is not None:
        out[key] = value


def _dump_citation(c: Citation) -> dict[str, Any]:
    out: dict[str, Any] = {"source": c.source}
    _put(out, "quotation", c.quotation)
    _put(out, "phrase", c.phrase)
    return out


def _dump_citations(citations: tuple[Citation, ...]) -> list[dict[str, Any]]:
    return [_dump_citation(c) for c in citations]


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def _dump_name(n: Name) -> dict[str, Any]:
    out: dict[str, Any] = {"text": n.text}
    if n.language != "en":
        out["language"] = n.language
    if n.kind is not NameKind.OFFICIAL:
        out["kind"] = n.kind.value
    _put(out, "since", _str_or_none(n.since))
    _put(out, "until", _str_or_none(n.until))
    if n.citations:
        out["citations"] = _dump_citations(n.citations)
    return out


def _dump_source(s: Source) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "source", "id": s.id, "title": s.title, "kind": s.kind.value}
    _put(out, "publisher", s.publisher)
    if s.authors:
        out["authors"] = list(s.authors)
    _put(out, "url", s.url)
    _put(out, "published", _str_or_none(s.published))
    if s.language != "en":
        out["language"] = s.language
    _put(out, "confidence", None if s.confidence is None else s.confidence.value)
    _put(out, "notes", s.notes)
    return out


def _dump_organisation(o: Organisation) -> dict[str, Any]:
    out: dict[str, Any] = {
        "type": "organisation",
        "id": o.id,
        "names": [_dump_name(n) for n in o.names],
        "kind": o.kind.value,
    }
    _put(out, "jurisdiction", _str_or_none(o.jurisdiction))
    _put(out, "parent", o.parent)
    if o.identifiers:
        out["identifiers"] = sorted(str(i) for i in o.identifiers)
    out["citations"] = _dump_citations(o.citations)
    _put(out, "notes", o.notes)
    return out


def _dump_person(p: Person) -> dict[str, Any]:
    out: dict[str, Any] = {
        "type": "person",
        "id": p.id,
        "names": [_dump_name(n) for n in p.names],
    }
    _put(out, "nationality", _str_or_none(p.nationality))
    if p.identifiers:
        out["identifiers"] = sorted(str(i) for i in p.identifiers)
    out["citations"] = _dump_citations(p.citations)
    _put(out, "notes", p.notes)
    return out


def _dump_position(p: Position) -> dict[str, Any]:
    out: dict[str, Any] = {
        "type": "position",
        "id": p.id,
        "person": p.person,
        "organisation": p.organisation,
        "title": p.title,
    }
    _put(out, "since", _str_or_none(p.since))
    _put(out, "until", _str_or_none(p.until))
    out["citations"] = _dump_citations(p.citations)
    _put(out, "notes", p.notes)
    return out


def _dump_value(v: FigureValue) -> dict[str, Any]:
    if isinstance(v, Quantity):
        return {"type": "quantity", "magnitude": str(v.magnitude), "unit": v.unit}
    if isinstance(v, Share):
        return {"type": "share", "value": str(v.value), "of": v.of}
    if isinstance(v, Rank):
        out: dict[str, Any] = {"type": "rank", "position": v.position}
        _put(out, "of", v.of)
        out["scope"] = v.scope
        return out
    if isinstance(v, Count):
        out = {"type": "count", "value": v.value}
        if v.approximate:
            out["approximate"] = True
        _put(out, "of", v.of)
        return out
    if isinstance(v, Money):
        return {"type": "money", "amount": str(v.amount), "currency": v.currency}
    # The benchmark's records hold no ranges or statistical codes.
    raise TypeError(f"the hand-written baseline does not write {type(v).__name__}")


def _enum_value(value: Any) -> str | None:
    return None if value is None else str(value.value)


def _dump_figure(f: Figure) -> dict[str, Any]:
    out: dict[str, Any] = {
        "type": "figure",
        "id": f.id,
        "subject": f.subject,
        "measure": f.measure.value,
    }
    if f.minerals:
        out["minerals"] = sorted(f.minerals)
    _put(out, "value", None if f.value is None else _dump_value(f.value))
    _put(out, "description", f.description)
    _put(out, "basis", _enum_value(f.basis))
    _put(out, "period", _str_or_none(f.period))
    _put(out, "as_of", _str_or_none(f.as_of))
    _put(out, "category", _enum_value(f.category))
    if f.estimated:
        out["estimated"] = True
    out["citations"] = _dump_citations(f.citations)
    _put(out, "notes", f.notes)
    return out


def _dump_place(p: Place) -> dict[str, Any]:
    out: dict[str, Any] = {}
    _put(out, "country", _str_or_none(p.country))
    _put(out, "subdivision", _str_or_none(p.subdivision))
    _put(out, "city", p.city)
    _put(out, "venue", p.venue)
    return out


def _dump_participant(p: Participant) -> dict[str, Any]:
    out: dict[str, Any] = {"party": p.party}
    _put(out, "role", p.role)
    _put(out, "position", p.position)
    return out


def _dump_event(e: Event) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "event", "id": e.id, "kind": e.kind.value, "title": e.title}
    if e.dates:
        out["dates"] = [
            {"value": str(c.value), "citations": _dump_citations(c.citations)} for c in e.dates
        ]
    _put(out, "place", None if e.place is None else _dump_place(e.place))
    if e.participants:
        out["participants"] = [_dump_participant(p) for p in e.participants]
    if e.organisers:
        out["organisers"] = sorted(e.organisers)
    _put(out, "series", e.series)
    _put(out, "number", e.number)
    if e.agreements:
        out["agreements"] = sorted(e.agreements)
    if e.subjects:
        out["subjects"] = sorted(e.subjects)
    if e.minerals:
        out["minerals"] = sorted(e.minerals)
    out["citations"] = _dump_citations(e.citations)
    _put(out, "notes", e.notes)
    return out


_RECORD_DUMPERS: Mapping[type, Callable[[Any], dict[str, Any]]] = {
    Source: _dump_source,
    Organisation: _dump_organisation,
    Person: _dump_person,
    Position: _dump_position,
    Figure: _dump_figure,
    Event: _dump_event,
}


def document(dataset: Dataset) -> dict[str, Any]:
    """The dataset as the JSON-ready document of the format, built by hand."""
    return {
        "format": "mineralpact",
        "version": FORMAT_VERSION,
        "records": [_RECORD_DUMPERS[type(r)](r) for r in dataset.records],
    }


def dump(dataset: Dataset) -> str:
    """The dataset's document as compact JSON text, written by hand."""
    return json.dumps(document(dataset), ensure_ascii=False, separators=(",", ":"))
