"""The benchmark's schema as msgspec Structs, written to the format's rules.

Decoding is strict (no coercion), unknown fields are refused, records and
figure values are unions tagged by ``type``, strings are checked by pattern
and length, enums by value. msgspec's own ``Decimal`` type would accept a
JSON number and ``"NaN"``, so a magnitude is a string checked by pattern and
turned into a :class:`~decimal.Decimal` in ``__post_init__``; that is also
where the checks live that span fields or need a set (a phrase in its
quotation, a value or a description, no repeated set item, an assigned
country code).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal, Union

import _rules as r
import msgspec
from msgspec import Meta

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

__all__ = ["Document", "dump", "load"]


def _id(*prefixes: str) -> type[str]:
    return Annotated[str, Meta(max_length=r.MAX_ID_LENGTH, pattern=r.id_pattern(*prefixes))]  # type: ignore[return-value]


def _text(max_length: int) -> type[str]:
    return Annotated[str, Meta(max_length=max_length, pattern=r.NOT_BLANK)]  # type: ignore[return-value]


SourceId = _id("src")
OrgId = _id("org")
PersonId = _id("person")
PositionId = _id("position")
PartyId = _id("person", "org", "country")
MineralId = _id("element", "group", "commodity", "list")
AnyId = _id()
ExactText = Annotated[str, Meta(max_length=r.MAX_DECIMAL_LENGTH, pattern=r.DECIMAL)]
PartialDateText = Annotated[str, Meta(max_length=10, pattern=r.PARTIAL_DATE)]
TemporalText = Annotated[str, Meta(max_length=24, pattern=r.TEMPORAL)]
PeriodText = Annotated[str, Meta(max_length=24, pattern=r.PERIOD)]
UnitText = Annotated[str, Meta(max_length=64, pattern=r.UNIT)]
CountryCode = Annotated[str, Meta(pattern=r.COUNTRY)]
SubdivisionCode = Annotated[str, Meta(pattern=r.SUBDIVISION)]
Language = Annotated[str, Meta(pattern=r.LANGUAGE)]
Positive = Annotated[int, Meta(ge=1)]

_COUNTRIES = r.country_codes()
_SUBDIVISIONS = r.subdivision_codes()


def _unique(items: tuple[str, ...], what: str) -> None:
    if len(set(items)) != len(items):
        raise ValueError(f"{what}: an item is repeated")


def _country(code: str | None) -> None:
    if code is not None and code not in _COUNTRIES:
        raise ValueError(f"{code!r} is not an assigned ISO 3166-1 code")


class _Struct(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, omit_defaults=True):
    pass


class _Record(_Struct, tag_field="type", kw_only=True):
    pass


class Citation(_Struct, kw_only=True):
    source: SourceId  # type: ignore[valid-type]
    quotation: _text(600) | None = None  # type: ignore[valid-type]
    phrase: _text(200) | None = None  # type: ignore[valid-type]

    def __post_init__(self) -> None:
        quotation, phrase = self.quotation, self.phrase
        if phrase is not None and quotation is not None and phrase not in quotation:
            raise ValueError("the phrase must occur in the quotation")


Citations = Annotated[tuple[Citation, ...], Meta(min_length=1)]


class Name(_Struct, kw_only=True):
    text: _text(300)  # type: ignore[valid-type]
    language: Language = "en"
    kind: NameKind = NameKind.OFFICIAL
    since: PartialDateText | None = None
    until: PartialDateText | None = None
    citations: tuple[Citation, ...] = ()


class Source(_Record, tag="source", kw_only=True):
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


class Organisation(_Record, tag="organisation", kw_only=True):
    id: OrgId  # type: ignore[valid-type]
    names: Annotated[tuple[Name, ...], Meta(min_length=1)]
    kind: OrganisationKind
    jurisdiction: CountryCode | None = None
    parent: OrgId | None = None  # type: ignore[valid-type]
    identifiers: tuple[str, ...] = ()
    citations: Citations
    notes: _text(2000) | None = None  # type: ignore[valid-type]

    def __post_init__(self) -> None:
        _country(self.jurisdiction)
        _unique(self.identifiers, "identifiers")


class Person(_Record, tag="person", kw_only=True):
    id: PersonId  # type: ignore[valid-type]
    names: Annotated[tuple[Name, ...], Meta(min_length=1)]
    nationality: CountryCode | None = None
    identifiers: tuple[str, ...] = ()
    citations: Citations
    notes: _text(2000) | None = None  # type: ignore[valid-type]

    def __post_init__(self) -> None:
        _country(self.nationality)
        _unique(self.identifiers, "identifiers")


class Position(_Record, tag="position", kw_only=True):
    id: PositionId  # type: ignore[valid-type]
    person: PersonId  # type: ignore[valid-type]
    organisation: OrgId  # type: ignore[valid-type]
    title: _text(300)  # type: ignore[valid-type]
    since: PartialDateText | None = None
    until: PartialDateText | None = None
    citations: Citations
    notes: _text(2000) | None = None  # type: ignore[valid-type]


class _Value(_Struct, tag_field="type", kw_only=True):
    pass


class Quantity(_Value, tag="quantity", kw_only=True):
    magnitude: ExactText
    unit: UnitText

    def __post_init__(self) -> None:
        self.magnitude = Decimal(self.magnitude)  # type: ignore[assignment]


class Share(_Value, tag="share", kw_only=True):
    value: ExactText
    of: _text(300)  # type: ignore[valid-type]

    def __post_init__(self) -> None:
        self.value = Decimal(self.value)  # type: ignore[assignment]


class Rank(_Value, tag="rank", kw_only=True):
    position: Positive
    of: Positive | None = None
    scope: _text(300)  # type: ignore[valid-type]


class Count(_Value, tag="count", kw_only=True):
    value: Annotated[int, Meta(ge=0)]
    approximate: bool = False
    of: _text(300) | None = None  # type: ignore[valid-type]


class Money(_Value, tag="money", kw_only=True):
    amount: ExactText
    currency: Annotated[str, Meta(pattern=r"^[A-Z]{3}$")]

    def __post_init__(self) -> None:
        self.amount = Decimal(self.amount)  # type: ignore[assignment]


class Figure(_Record, tag="figure", kw_only=True):
    id: _id("figure")  # type: ignore[valid-type]
    subject: _id("org", "country", "person", "facility", "project") | None  # type: ignore[valid-type]
    measure: Measure
    minerals: tuple[MineralId, ...] = ()  # type: ignore[valid-type]
    value: Union[Quantity, Share, Rank, Count, Money, None] = None  # noqa: UP007
    description: _text(1000) | None = None  # type: ignore[valid-type]
    basis: Basis | None = None
    period: PeriodText | None = None
    as_of: PartialDateText | None = None
    category: ReserveCategory | None = None
    estimated: bool = False
    citations: Citations
    notes: _text(2000) | None = None  # type: ignore[valid-type]

    def __post_init__(self) -> None:
        _unique(self.minerals, "minerals")
        if self.value is None and self.description is None:
            raise ValueError("a figure needs a value or a description")


class DateClaim(_Struct, kw_only=True):
    value: TemporalText
    citations: Citations


class Place(_Struct, kw_only=True):
    country: CountryCode | None = None
    subdivision: SubdivisionCode | None = None
    city: _text(200) | None = None  # type: ignore[valid-type]
    venue: _text(300) | None = None  # type: ignore[valid-type]

    def __post_init__(self) -> None:
        _country(self.country)
        if self.subdivision is not None and self.subdivision not in _SUBDIVISIONS:
            raise ValueError(f"{self.subdivision!r} is not an assigned ISO 3166-2 code")


class Participant(_Struct, kw_only=True):
    party: PartyId  # type: ignore[valid-type]
    role: _text(100) | None = None  # type: ignore[valid-type]
    position: PositionId | None = None  # type: ignore[valid-type]


class Event(_Record, tag="event", kw_only=True):
    id: _id("event")  # type: ignore[valid-type]
    kind: EventKind
    title: _text(500)  # type: ignore[valid-type]
    dates: tuple[DateClaim, ...] = ()
    place: Place | None = None
    participants: tuple[Participant, ...] = ()
    organisers: tuple[PartyId, ...] = ()  # type: ignore[valid-type]
    series: OrgId | None = None  # type: ignore[valid-type]
    number: Positive | None = None
    agreements: tuple[_id("agreement"), ...] = ()  # type: ignore[valid-type]
    subjects: tuple[AnyId, ...] = ()  # type: ignore[valid-type]
    minerals: tuple[MineralId, ...] = ()  # type: ignore[valid-type]
    citations: Citations
    notes: _text(2000) | None = None  # type: ignore[valid-type]

    def __post_init__(self) -> None:
        _unique(self.organisers, "organisers")
        _unique(self.agreements, "agreements")
        _unique(self.subjects, "subjects")
        _unique(self.minerals, "minerals")


class Document(_Struct, kw_only=True):
    format: Literal["mineralpact"]
    version: Annotated[str, Meta(pattern=r"^1\.[0-9]+$")]
    records: tuple[Union[Source, Organisation, Person, Position, Figure, Event], ...]  # noqa: UP007


_DECODER = msgspec.json.Decoder(Document, strict=True)
_ENCODER = msgspec.json.Encoder(decimal_format="string")


def load(text: str | bytes) -> Document:
    """Validate a document of the benchmark's schema into msgspec Structs."""
    return _DECODER.decode(text)


def dump(document: Document) -> bytes:
    """The document as JSON, defaults left out as the format wants."""
    return _ENCODER.encode(document)
