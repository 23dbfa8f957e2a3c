"""The benchmark's schema as pydantic v2 models, written to the format's rules.

Strict mode (no coercion: ``123`` is not a string, ``"1"`` not an int),
unknown fields forbidden, decimals as strings checked by pattern and turned
into :class:`~decimal.Decimal`, dates and units as strings checked by
pattern, country and subdivision codes checked against ISO 3166, sets as
arrays whose items must not repeat, records and figure values as unions
tagged by ``type``. The record types are those of the benchmark's dataset:
source, organisation, person, position, figure, event.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal, TypeVar, Union

import _rules as r
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    TypeAdapter,
    model_validator,
)

from mineralpact import (
    Basis,
    Confidence,
    EventKind,
    Measure,
    NameKind,
    OrganisationKind,
    ReserveCategory,
    SourceKind,
)

__all__ = ["Document", "load"]

T = TypeVar("T")


def _unique(items: tuple[T, ...]) -> tuple[T, ...]:
    if len(set(items)) != len(items):
        raise ValueError("an item is repeated")
    return items


def _in(codes: frozenset[str], what: str) -> AfterValidator:
    def check(value: str) -> str:
        if value not in codes:
            raise ValueError(f"not an assigned {what}")
        return value

    return AfterValidator(check)


def _id(*prefixes: str) -> type[str]:
    return Annotated[  # type: ignore[return-value]
        str, StringConstraints(max_length=r.MAX_ID_LENGTH, pattern=r.id_pattern(*prefixes))
    ]


def _text(max_length: int) -> type[str]:
    return Annotated[  # type: ignore[return-value]
        str, StringConstraints(max_length=max_length, pattern=r.NOT_BLANK)
    ]


SourceId = _id("src")
OrgId = _id("org")
PersonId = _id("person")
PositionId = _id("position")
PartyId = _id("person", "org", "country")
MineralId = _id("element", "group", "commodity", "list")
AnyId = _id()
Ids = Annotated[tuple[str, ...], AfterValidator(_unique)]
MineralIds = Annotated[tuple[MineralId, ...], AfterValidator(_unique)]  # type: ignore[valid-type]
PartyIds = Annotated[tuple[PartyId, ...], AfterValidator(_unique)]  # type: ignore[valid-type]
Exact = Annotated[
    str,
    StringConstraints(max_length=r.MAX_DECIMAL_LENGTH, pattern=r.DECIMAL),
    AfterValidator(Decimal),
    PlainSerializer(str),
]
PartialDateText = Annotated[str, StringConstraints(max_length=10, pattern=r.PARTIAL_DATE)]
TemporalText = Annotated[str, StringConstraints(max_length=24, pattern=r.TEMPORAL)]
PeriodText = Annotated[str, StringConstraints(max_length=24, pattern=r.PERIOD)]
UnitText = Annotated[str, StringConstraints(max_length=64, pattern=r.UNIT)]
CountryCode = Annotated[
    str, StringConstraints(pattern=r.COUNTRY), _in(r.country_codes(), "ISO 3166-1 code")
]
SubdivisionCode = Annotated[
    str, StringConstraints(pattern=r.SUBDIVISION), _in(r.subdivision_codes(), "ISO 3166-2 code")
]
Language = Annotated[str, StringConstraints(pattern=r.LANGUAGE)]


class _Model(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class Citation(_Model):
    source: SourceId  # type: ignore[valid-type]
    quotation: _text(600) | None = None  # type: ignore[valid-type]
    phrase: _text(200) | None = None  # type: ignore[valid-type]

    @model_validator(mode="after")
    def _phrase_in_quotation(self) -> Citation:
        quotation, phrase = self.quotation, self.phrase
        if phrase is not None and quotation is not None and phrase not in quotation:
            raise ValueError("the phrase must occur in the quotation")
        return self


Citations = Annotated[tuple[Citation, ...], Field(min_length=1)]


class Name(_Model):
    text: _text(300)  # type: ignore[valid-type]
    language: Language = "en"
    kind: NameKind = NameKind.OFFICIAL
    since: PartialDateText | None = None
    until: PartialDateText | None = None
    citations: tuple[Citation, ...] = ()


class Source(_Model):
    type: Literal["source"]
    id: SourceId  # type: ignore[valid-type]
    title: _text(500)  # type: ignore[valid-type]
    kind: SourceKind
    publisher: _text(200) | None = None  # type: ignore[valid-type]
    authors: tuple[_text(200), ...] = ()  # type: ignore[valid-type]
    url: _text(2048) | None = None  # type: ignore[valid-type]
    published: TemporalText | None = None
    language: Language = "en"
    confidence: Confidence | None = None
    notes: _text(2000) | None = None  # type: ignore[valid-type]


class Organisation(_Model):
    type: Literal["organisation"]
    id: OrgId  # type: ignore[valid-type]
    names: Annotated[tuple[Name, ...], Field(min_length=1)]
    kind: OrganisationKind
    jurisdiction: CountryCode | None = None
    parent: OrgId | None = None  # type: ignore[valid-type]
    identifiers: Ids = ()
    citations: Citations
    notes: _text(2000) | None = None  # type: ignore[valid-type]


class Person(_Model):
    type: Literal["person"]
    id: PersonId  # type: ignore[valid-type]
    names: Annotated[tuple[Name, ...], Field(min_length=1)]
    nationality: CountryCode | None = None
    identifiers: Ids = ()
    citations: Citations
    notes: _text(2000) | None = None  # type: ignore[valid-type]


class Position(_Model):
    type: Literal["position"]
    id: PositionId  # type: ignore[valid-type]
    person: PersonId  # type: ignore[valid-type]
    organisation: OrgId  # type: ignore[valid-type]
    title: _text(300)  # type: ignore[valid-type]
    since: PartialDateText | None = None
    until: PartialDateText | None = None
    citations: Citations
    notes: _text(2000) | None = None  # type: ignore[valid-type]


class Quantity(_Model):
    type: Literal["quantity"]
    magnitude: Exact
    unit: UnitText


class Share(_Model):
    type: Literal["share"]
    value: Exact
    of: _text(300)  # type: ignore[valid-type]


class Rank(_Model):
    type: Literal["rank"]
    position: Annotated[int, Field(ge=1)]
    of: Annotated[int, Field(ge=1)] | None = None
    scope: _text(300)  # type: ignore[valid-type]


class Count(_Model):
    type: Literal["count"]
    value: Annotated[int, Field(ge=0)]
    approximate: bool = False
    of: _text(300) | None = None  # type: ignore[valid-type]


class Money(_Model):
    type: Literal["money"]
    amount: Exact
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]


FigureValue = Annotated[Union[Quantity, Share, Rank, Count, Money], Field(discriminator="type")]  # noqa: UP007


class Figure(_Model):
    type: Literal["figure"]
    id: _id("figure")  # type: ignore[valid-type]
    subject: _id("org", "country", "person", "facility", "project") | None  # type: ignore[valid-type]
    measure: Measure
    minerals: MineralIds = ()
    value: FigureValue | None = None
    description: _text(1000) | None = None  # type: ignore[valid-type]
    basis: Basis | None = None
    period: PeriodText | None = None
    as_of: PartialDateText | None = None
    category: ReserveCategory | None = None
    estimated: bool = False
    citations: Citations
    notes: _text(2000) | None = None  # type: ignore[valid-type]

    @model_validator(mode="after")
    def _value_or_description(self) -> Figure:
        if self.value is None and self.description is None:
            raise ValueError("a figure needs a value or a description")
        return self


class DateClaim(_Model):
    value: TemporalText
    citations: Citations


class Place(_Model):
    country: CountryCode | None = None
    subdivision: SubdivisionCode | None = None
    city: _text(200) | None = None  # type: ignore[valid-type]
    venue: _text(300) | None = None  # type: ignore[valid-type]


class Participant(_Model):
    party: PartyId  # type: ignore[valid-type]
    role: _text(100) | None = None  # type: ignore[valid-type]
    position: PositionId | None = None  # type: ignore[valid-type]


class Event(_Model):
    type: Literal["event"]
    id: _id("event")  # type: ignore[valid-type]
    kind: EventKind
    title: _text(500)  # type: ignore[valid-type]
    dates: tuple[DateClaim, ...] = ()
    place: Place | None = None
    participants: tuple[Participant, ...] = ()
    organisers: PartyIds = ()
    series: OrgId | None = None  # type: ignore[valid-type]
    number: Annotated[int, Field(ge=1)] | None = None
    agreements: Annotated[tuple[_id("agreement"), ...], AfterValidator(_unique)] = ()  # type: ignore[valid-type]
    subjects: Annotated[tuple[AnyId, ...], AfterValidator(_unique)] = ()  # type: ignore[valid-type]
    minerals: MineralIds = ()
    citations: Citations
    notes: _text(2000) | None = None  # type: ignore[valid-type]


Record = Annotated[
    Union[Source, Organisation, Person, Position, Figure, Event],  # noqa: UP007
    Field(discriminator="type"),
]


class Document(_Model):
    format: Literal["mineralpact"]
    version: Annotated[str, StringConstraints(pattern=r"^1\.[0-9]+$")]
    records: tuple[Record, ...]


_ADAPTER = TypeAdapter(Document)


def load(text: str | bytes) -> Document:
    """Validate a document of the benchmark's schema into pydantic models."""
    return _ADAPTER.validate_json(text)


def dump(document: Document) -> bytes:
    """The document as JSON, defaults left out as the format wants."""
    return _ADAPTER.dump_json(document, exclude_defaults=True)
