"""Sources, citations, date claims and places."""

from __future__ import annotations

import attrs
import pytest

from mineralpact.codes import Country, Subdivision
from mineralpact.dates import Deadline, PartialDate, QualifiedDate
from mineralpact.errors import (
    InvalidCodeError,
    InvalidIdError,
    InvalidTypeError,
    InvalidValueError,
)
from mineralpact.places import Place
from mineralpact.sources import (
    MAX_QUOTATION_LENGTH,
    Citation,
    Confidence,
    DateClaim,
    Source,
    SourceKind,
)

ASIA_REVIEW = Source(
    id="src:asia-review",
    title="Korea and Mongolia Strengthen Rare Metals Cooperation to Secure Supply Chains",
    kind=SourceKind.NEWS_REPORT,
    publisher="The Asia Review",
    url="https://theasiareview.com/",
    # The page shows only the date it was rendered: published by then.
    published=Deadline(PartialDate(2026, 3, 21)),
    confidence=Confidence.LOW,
)


def test_a_source_with_an_unknown_publication_date() -> None:
    assert ASIA_REVIEW.published is not None
    assert ASIA_REVIEW.published.latest is not None
    assert str(ASIA_REVIEW.published) == "../2026-03-21"
    assert ASIA_REVIEW.language == "en"
    assert list(ASIA_REVIEW.references()) == []
    inferred = attrs.evolve(ASIA_REVIEW, published=QualifiedDate.parse("2025-12-15?"))
    assert inferred != ASIA_REVIEW
    assert hash(attrs.evolve(inferred)) == hash(inferred)


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("id", "org:asia-review", InvalidIdError),
        ("id", "src:Asia Review", InvalidIdError),
        ("title", "  ", InvalidValueError),
        ("title", 12, InvalidTypeError),
        ("kind", "news_report", InvalidTypeError),
        ("authors", ["Jie Ye-eun"], InvalidTypeError),
        ("authors", "Jie Ye-eun", InvalidTypeError),
        ("published", "2025-03-12", InvalidTypeError),
        ("language", "english", InvalidCodeError),
        ("language", "EN", InvalidCodeError),
        ("language", "xx", InvalidCodeError),
        ("language", None, InvalidTypeError),
        ("confidence", "low", InvalidTypeError),
        ("url", "x" * 3000, InvalidValueError),
    ],
)
def test_bad_source_fields_name_the_field(
    field: str, value: object, error: type[Exception]
) -> None:
    with pytest.raises(error) as info:
        attrs.evolve(ASIA_REVIEW, **{field: value})  # type: ignore[arg-type]
    assert f"Source.{field}" in str(info.value)


def test_sources_are_immutable() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        ASIA_REVIEW.title = "x"  # type: ignore[misc]


def test_a_citation_keeps_the_phrase_as_written() -> None:
    c = Citation("src:sedaily", quotation="opened ... in Ulaanbaatar on January 12.",
                 phrase="January 12")  # fmt: skip
    assert (c.source, c.phrase) == ("src:sedaily", "January 12")
    assert Citation("src:sedaily") == Citation("src:sedaily", None, None)


@pytest.mark.parametrize(
    ("kwargs", "error", "field"),
    [
        ({"source": "org:kigam"}, InvalidIdError, "Citation.source"),
        ({"source": "src:a", "quotation": "x" * (MAX_QUOTATION_LENGTH + 1)}, InvalidValueError,
         "Citation.quotation"),
        ({"source": "src:a", "quotation": ""}, InvalidValueError, "Citation.quotation"),
        ({"source": "src:a", "quotation": "on March 12", "phrase": "March 13"},
         InvalidValueError, "Citation.phrase"),
        ({"source": "src:a", "phrase": 12}, InvalidTypeError, "Citation.phrase"),
    ],
)  # fmt: skip
def test_bad_citations(kwargs: dict[str, object], error: type[Exception], field: str) -> None:
    with pytest.raises(error, match=field.replace(".", r"\.")):
        Citation(**kwargs)  # type: ignore[arg-type]


def test_a_date_claim_needs_a_temporal_value_and_a_citation() -> None:
    cite = Citation("src:a")
    claim = DateClaim(PartialDate(2025, 12, 12), (cite,))
    assert claim.sources == {"src:a"}
    with pytest.raises(InvalidValueError, match=r"DateClaim\.citations"):
        DateClaim(PartialDate(2025), ())
    with pytest.raises(InvalidTypeError, match=r"DateClaim\.value"):
        DateClaim("2025-12-12", (cite,))  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"DateClaim\.citations"):
        DateClaim(PartialDate(2025), [cite])  # type: ignore[arg-type]


# --- places ------------------------------------------------------------------


def test_a_place_in_a_subdivision_knows_its_country() -> None:
    bayan_olgii = Place(subdivision=Subdivision("MN-071"))
    assert bayan_olgii.country == Country("MN")
    assert bayan_olgii == Place(country=Country("MN"), subdivision=Subdivision("MN-071"))
    assert str(bayan_olgii) == "Bayan-Ölgiy, MN"


def test_place_text() -> None:
    seoul = Place(venue="Government Complex Seoul", city="Seoul", country=Country("KR"))
    assert str(seoul) == "Government Complex Seoul, Seoul, KR"
    assert str(Place(city="Ulaanbaatar")) == "Ulaanbaatar"


def test_a_subdivision_of_another_country_is_refused() -> None:
    with pytest.raises(InvalidValueError, match="a subdivision of KR"):
        Place(country=Country("KR"), subdivision=Subdivision("MN-053"))


def test_an_empty_place_is_refused() -> None:
    with pytest.raises(InvalidValueError, match="at least one of"):
        Place()


@pytest.mark.parametrize(
    ("field", "value"),
    [("country", "MN"), ("subdivision", "MN-071"), ("city", 1), ("venue", ("x",))],
)
def test_place_fields_are_typed(field: str, value: object) -> None:
    with pytest.raises(InvalidTypeError, match=f"Place.{field}"):
        Place(**{field: value})  # type: ignore[arg-type]
