"""Hypothesis strategies for mineralpact's value types and records.

Downstream packages can use them in their own property tests; they need the
``hypothesis`` extra (``pip install "mineralpact[hypothesis]"``).

>>> from hypothesis import given
>>> from mineralpact import PartialDate
>>> from mineralpact.strategies import partial_dates
>>> @given(partial_dates())
... def test_round_trip(d: PartialDate) -> None:
...     assert PartialDate.parse(str(d)) == d
>>> test_round_trip()

The building blocks the record strategies share are public too:
:func:`record_ids`, :func:`citations`, :func:`sources` and :func:`places`.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

try:
    from hypothesis import strategies as st
except ImportError as missing:  # pragma: no cover (the suite runs with hypothesis)
    from mineralpact.errors import MissingExtraError

    raise MissingExtraError("mineralpact.strategies", "hypothesis", "hypothesis") from missing

from mineralpact import _fields
from mineralpact._folding import fold_name_and_separators
from mineralpact._ids import MAX_ID_LENGTH
from mineralpact._isocodes import currency_codes, language_codes, lei_check_digits, pycountry
from mineralpact._kinds import RECORD_KINDS, RecordKind
from mineralpact.agreements import Agreement, AgreementKind, Scope, Signatory
from mineralpact.codes import (
    Country,
    Identifier,
    IdentifierScheme,
    Subdivision,
    to_scheme,
)
from mineralpact.dates import (
    DateRange,
    Deadline,
    PartialDate,
    Precision,
    QualifiedDate,
    Qualifier,
    TemporalValue,
)
from mineralpact.errors import InvalidCodeError, InvalidIdError, InvalidTypeError, InvalidValueError
from mineralpact.events import Event, EventKind, Participant
from mineralpact.figures import (
    Basis,
    Figure,
    FigureValue,
    Measure,
    ProductionStage,
    ReserveCategory,
    Rounding,
)
from mineralpact.laws import Law, LawKind
from mineralpact.milestones import Milestone, MilestoneKind, MilestoneStatus
from mineralpact.minerals import (
    Commodity,
    Element,
    ListSubset,
    MineralForm,
    MineralGroup,
    MineralList,
    expand,
    periodic_table,
    reference_records,
)
from mineralpact.parties import (
    Membership,
    Name,
    NameKind,
    Organisation,
    OrganisationKind,
    Person,
    Position,
)
from mineralpact.places import Place
from mineralpact.projects import Facility, FacilityKind, FundingInstrument, Project
from mineralpact.quantities import (
    Coded,
    Count,
    Money,
    Quantity,
    QuantityRange,
    Rank,
    Share,
    StatisticCode,
)
from mineralpact.restatements import Restatement
from mineralpact.sources import Citation, Confidence, DateClaim, Source, SourceKind
from mineralpact.stages import Stage, StageKind

if TYPE_CHECKING:
    from mineralpact.dataset import Dataset

__all__: list[str] = [
    "FIELD_UNITS",
    "agreements",
    "citations",
    "coded_values",
    "commodities",
    "countries",
    "counts",
    "datasets",
    "date_claims",
    "date_ranges",
    "deadlines",
    "elements",
    "events",
    "facilities",
    "figures",
    "identifiers",
    "laws",
    "memberships",
    "milestones",
    "mineral_forms",
    "mineral_groups",
    "mineral_ids",
    "mineral_lists",
    "money",
    "names",
    "organisations",
    "partial_dates",
    "participants",
    "persons",
    "places",
    "positions",
    "projects",
    "qualified_dates",
    "quantities",
    "quantity_ranges",
    "ranks",
    "record_ids",
    "restatements",
    "shares",
    "signatories",
    "sources",
    "stages",
    "subdivisions",
    "temporal_values",
]

# --- shared: record ids, text, sources, citations, places ---

_SLUG_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
_SLUG_HEAD_LENGTH = 12
_SLUG_PART_LENGTH = 8
_SLUG_PARTS = 2
# Built from parts rather than with st.from_regex, which is several times slower.
_SLUGS = st.builds(
    lambda head, rest: head + "".join(sep + part for sep, part in rest),
    st.text(_SLUG_ALPHABET, min_size=1, max_size=_SLUG_HEAD_LENGTH),
    st.lists(
        st.tuples(
            st.sampled_from("-_."), st.text(_SLUG_ALPHABET, min_size=1, max_size=_SLUG_PART_LENGTH)
        ),
        max_size=_SLUG_PARTS,
    ),
)
_MAX_PREFIX_LENGTH = MAX_ID_LENGTH - 1 - _SLUG_HEAD_LENGTH - _SLUG_PARTS * (1 + _SLUG_PART_LENGTH)
_PREFIX_RE = re.compile(r"[a-z][a-z0-9]*")

_MINERAL_KINDS = ("element", "group", "commodity", "list")

# Languages of the sources the field draws on, for sources().
_SOURCE_LANGUAGES = ("en", "ko", "mn", "ja", "zh", "ru", "fr", "de", "es")

# Text starts with a letter, digit, punctuation or symbol, so that it is never
# blank and needs no filter; spaces are collapsed, as the types store text.
_TEXT_HEAD = st.characters(categories=("L", "N", "P", "S"))
_TEXT_BODY = st.characters(categories=("L", "N", "P", "S", "Zs"))


def _text(max_size: int) -> st.SearchStrategy[str]:
    """Non-blank printable text of at most ``max_size`` characters, spaces collapsed."""
    return st.builds(
        lambda head, tail: " ".join((head + tail).split()),
        _TEXT_HEAD,
        st.text(_TEXT_BODY, max_size=max_size - 1),
    )


def _url_values() -> st.SearchStrategy[str]:
    """http and https URLs, at times with a port, a non-ASCII path and a query."""
    label = st.from_regex(r"[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?", fullmatch=True)
    host = st.builds(
        lambda labels, tld: ".".join([*labels, tld]),
        st.lists(label, min_size=1, max_size=3),
        st.sampled_from(["org", "com", "net", "kr", "mn", "go.kr", "gov.mn"]),
    )
    port = st.none() | st.integers(min_value=1, max_value=65535)
    segment = st.text(st.characters(categories=("L", "N")) | st.sampled_from("-._~"), max_size=12)
    path = st.lists(segment, max_size=4).map(lambda parts: "".join("/" + p for p in parts))
    query = st.none() | st.from_regex(r"[a-z]{1,5}=[A-Za-z0-9]{0,8}", fullmatch=True)
    return st.builds(
        lambda scheme, host, port, path, query: (
            f"{scheme}://{host}"
            + ("" if port is None else f":{port}")
            + path
            + ("" if query is None else f"?{query}")
        ),
        st.sampled_from(["http", "https"]),
        host,
        port,
        path,
        query,
    )


def record_ids(prefix: str) -> st.SearchStrategy[str]:
    """Well-formed record ids ``prefix:slug``, as every record's id fields accept them.

    Slugs are lower-case ASCII letters and digits in one to three parts joined
    by ``-``, ``_`` or ``.``; ids stay within the longest id accepted. They
    are drawn at random: they name no record.

    >>> from hypothesis import given
    >>> @given(record_ids("org"))
    ... def check(record_id: str) -> None:
    ...     assert record_id.startswith("org:")
    >>> check()

    Raises:
        InvalidTypeError: if ``prefix`` is not a str.
        InvalidIdError: if ``prefix`` is not lower-case ASCII letters and
            digits starting with a letter, or too long for an id.
    """
    if not isinstance(prefix, str):
        raise InvalidTypeError("record id prefix", prefix, "a str")
    if len(prefix) > _MAX_PREFIX_LENGTH or _PREFIX_RE.fullmatch(prefix) is None:
        raise InvalidIdError(
            "record id prefix",
            prefix,
            "lower-case ASCII letters and digits starting with a letter, "
            f"of at most {_MAX_PREFIX_LENGTH} characters",
        )
    return _SLUGS.map(lambda slug: f"{prefix}:{slug}")


def _record_ids(*prefixes: str) -> st.SearchStrategy[str]:
    """Record ids with any of ``prefixes``."""
    return st.one_of([record_ids(prefix) for prefix in prefixes])


def _country_ids() -> st.SearchStrategy[str]:
    """``country:`` ids of real ISO 3166-1 countries, in lower case."""
    return countries().map(lambda country: f"country:{country.alpha2.lower()}")


def _ids_of(*prefixes: str) -> st.SearchStrategy[str]:
    """Ids of records of the given kinds; countries are real ISO 3166-1 codes."""
    others = [record_ids(prefix) for prefix in prefixes if prefix != "country"]
    return st.one_of([_country_ids(), *others] if "country" in prefixes else others)


def _kinds(cls: type, name: str) -> tuple[str, ...]:
    """The kinds of record the reference field ``cls.name`` is declared to name, sorted."""
    prefixes = _fields.reference_field(cls, name).prefixes
    if prefixes is None:  # pragma: no cover - such a field is given its kinds here
        raise TypeError(f"{cls.__name__}.{name} names records of any kind")
    return tuple(sorted(prefixes))


def _ref(cls: type, name: str) -> st.SearchStrategy[Any]:
    """Ids that the reference field ``cls.name`` takes, and ``None`` if it may be empty."""
    ids = _ids_of(*_kinds(cls, name))
    return st.none() | ids if _fields.reference_field(cls, name).optional else ids


def _refs(
    cls: type, name: str, max_size: int, ids: st.SearchStrategy[str] | None = None
) -> st.SearchStrategy[frozenset[str]]:
    """Sets of ids that the field ``cls.name`` takes, as few as it allows and up to ``max_size``."""
    if ids is None:
        ids = _ids_of(*_kinds(cls, name))
    min_size = _fields.reference_field(cls, name).min_length
    return st.frozensets(ids, min_size=min_size, max_size=max_size)


@st.composite
def _citation(draw: st.DrawFn, source_ids: st.SearchStrategy[str]) -> Citation:
    quotation = draw(st.none() | _text(120))
    phrase = None
    if draw(st.booleans()):
        if quotation is None:
            phrase = draw(_text(40))
        else:
            # A phrase is a piece of the quotation that starts with a non-space.
            starts = [i for i, character in enumerate(quotation) if character != " "]
            start = draw(st.sampled_from(starts))
            end = draw(st.integers(start + 1, len(quotation)))
            phrase = quotation[start:end]
    return Citation(draw(source_ids), quotation=quotation, phrase=phrase)


def citations(sources: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Citation]:
    """Citations of sources, at times with a quotation, a phrase, or both.

    Source ids are drawn from ``sources`` (by default any ``src:`` id). When
    a citation has both a quotation and a phrase, the phrase occurs in the
    quotation, as :class:`~mineralpact.sources.Citation` requires.

    >>> from hypothesis import given, strategies as st
    >>> from mineralpact.sources import Citation
    >>> @given(citations(st.just("src:korea-herald-2023-01-26")))
    ... def check(citation: Citation) -> None:
    ...     assert citation.source == "src:korea-herald-2023-01-26"
    ...     if citation.quotation is not None and citation.phrase is not None:
    ...         assert citation.phrase in citation.quotation
    >>> check()

    Raises:
        InvalidTypeError: if ``sources`` is neither a strategy nor None.
    """
    if sources is None:
        sources = record_ids("src")
    elif not isinstance(sources, st.SearchStrategy):
        raise InvalidTypeError("sources", sources, "a strategy of source ids, or None")
    return _citation(sources)


def _citation_tuples(min_size: int = 1) -> st.SearchStrategy[tuple[Citation, ...]]:
    """The citations of a record: ``min_size`` to three."""
    return st.lists(citations(), min_size=min_size, max_size=3).map(tuple)


def date_claims() -> st.SearchStrategy[DateClaim]:
    """Date claims of any temporal value, each citing one to three sources, at times with a reason.

    >>> from hypothesis import given
    >>> from mineralpact.sources import DateClaim
    >>> @given(date_claims())
    ... def check(claim: DateClaim) -> None:
    ...     assert claim.sources
    >>> check()
    """
    return st.builds(DateClaim, temporal_values(), _citation_tuples(), reason=st.none() | _text(60))


def _date_claim_tuples() -> st.SearchStrategy[tuple[DateClaim, ...]]:
    """Up to three claims with distinct values (at times disputed), as records hold them."""
    return st.lists(date_claims(), max_size=3, unique_by=lambda claim: claim.value).map(tuple)


def sources() -> st.SearchStrategy[Source]:
    """Sources of every kind, with every field drawn.

    Publication dates are any temporal value (or unknown), languages are
    two-letter codes of the field's usual languages (``"en"``, ``"ko"``,
    ``"mn"``, …), and URLs are http or https.

    >>> from hypothesis import given
    >>> from mineralpact.sources import Source
    >>> @given(sources())
    ... def check(source: Source) -> None:
    ...     assert source.id.startswith("src:") and len(source.language) == 2
    >>> check()
    """
    return st.builds(
        Source,
        id=record_ids("src"),
        title=_text(80),
        kind=st.sampled_from(SourceKind),
        publisher=st.none() | _text(40),
        authors=st.lists(_text(30), max_size=3).map(tuple),
        url=st.none() | _url_values(),
        published=st.none() | temporal_values(),
        language=st.sampled_from(_SOURCE_LANGUAGES),
        confidence=st.none() | st.sampled_from(Confidence),
        notes=st.none() | _text(80),
    )


def places() -> st.SearchStrategy[Place]:
    """Places of any valid make-up: a country or a subdivision, a region, a city, a venue.

    A place has a country (at times with a city and a venue), a subdivision
    (alone, or with a city or a venue), or only a city or a venue.

    >>> from hypothesis import given
    >>> from mineralpact.places import Place
    >>> @given(places())
    ... def check(place: Place) -> None:
    ...     assert place.subdivision is None or place.subdivision.country == place.country
    >>> check()
    """
    cities = _text(30)
    venues = _text(60)
    return st.one_of(
        st.builds(
            Place,
            country=countries(),
            region=st.none() | cities,
            city=st.none() | cities,
            venue=st.none() | venues,
        ),
        st.builds(
            Place, subdivision=subdivisions(), city=st.none() | cities, venue=st.none() | venues
        ),
        st.builds(Place, city=cities, venue=st.none() | venues),
        st.builds(Place, venue=venues),
    )


# --- dates (mineralpact.dates) ---


def _truncate(day: datetime.date, precision: Precision) -> PartialDate:
    if precision is Precision.YEAR:
        return PartialDate(day.year)
    if precision is Precision.MONTH:
        return PartialDate(day.year, day.month)
    return PartialDate.from_date(day)


def partial_dates(precision: Precision | None = None) -> st.SearchStrategy[PartialDate]:
    """Partial dates of the years 1 to 9999, of any precision or of ``precision`` only.

    >>> from hypothesis import given
    >>> from mineralpact.dates import PartialDate, Precision
    >>> @given(partial_dates(Precision.MONTH))
    ... def check(d: PartialDate) -> None:
    ...     assert d.precision is Precision.MONTH
    >>> check()

    Raises:
        InvalidTypeError: if ``precision`` is neither a Precision nor None.
    """
    if precision is None:
        return st.builds(_truncate, st.dates(), st.sampled_from(Precision))
    if not isinstance(precision, Precision):
        raise InvalidTypeError("precision", precision, "a Precision or None")
    return st.builds(_truncate, st.dates(), st.just(precision))


def _same_year(start: PartialDate) -> st.SearchStrategy[PartialDate]:
    year = start.year
    days = st.dates(datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    return st.builds(_truncate, days, st.sampled_from(Precision))


def _in_order(start: PartialDate, end: PartialDate | None) -> DateRange:
    if end is not None and start.earliest > end.latest:
        start, end = end, start
    return DateRange(start, end)


def date_ranges() -> st.SearchStrategy[DateRange]:
    """Valid ranges: open-ended or closed, endpoints of mixed precision, often overlapping.

    >>> from hypothesis import given
    >>> from mineralpact.dates import DateRange
    >>> @given(date_ranges())
    ... def check(r: DateRange) -> None:
    ...     assert DateRange.parse(str(r)) == r
    >>> check()
    """
    return partial_dates().flatmap(
        lambda start: st.builds(
            _in_order, st.just(start), st.none() | partial_dates() | _same_year(start)
        )
    )


def deadlines() -> st.SearchStrategy[Deadline]:
    """Deadlines by a partial date of any precision.

    >>> from hypothesis import given
    >>> from mineralpact.dates import Deadline
    >>> @given(deadlines())
    ... def check(d: Deadline) -> None:
    ...     assert str(d).startswith("../")
    >>> check()
    """
    return st.builds(Deadline, partial_dates())


def qualified_dates() -> st.SearchStrategy[QualifiedDate]:
    """Approximate, uncertain, or approximate and uncertain partial dates.

    >>> from hypothesis import given
    >>> from mineralpact.dates import QualifiedDate
    >>> @given(qualified_dates())
    ... def check(q: QualifiedDate) -> None:
    ...     assert QualifiedDate.parse(str(q)) == q
    >>> check()
    """
    return st.builds(QualifiedDate, partial_dates(), st.sampled_from(Qualifier))


def temporal_values() -> st.SearchStrategy[TemporalValue]:
    """Any temporal value: a partial date, range, deadline or qualified date.

    >>> from hypothesis import given
    >>> from mineralpact.dates import TemporalValue, parse_temporal
    >>> @given(temporal_values())
    ... def check(value: TemporalValue) -> None:
    ...     assert parse_temporal(str(value)) == value
    >>> check()
    """
    return st.one_of(partial_dates(), date_ranges(), deadlines(), qualified_dates())


# --- quantities (mineralpact.quantities) ---

#: The units the field uses, the default of :func:`quantities`: masses,
#: grades (percent, ppm, g/t) and rates per year.
FIELD_UNITS: tuple[str, ...] = (
    "t",
    "kt",
    "Mt",
    "kg",
    "g",
    "lb",
    "troy_ounce",
    "ozt",
    "percent",
    "%",
    "ppm",
    "g/t",
    "t/year",
    "t/yr",
    "kt/a",
    "Mt/yr",
)


def _exact_decimals(
    max_digits: int = 15, min_exponent: int = -12, max_exponent: int = 6, *, signed: bool = True
) -> st.SearchStrategy[Decimal]:
    # Decimal("1200E-2") is Decimal("12.00"): trailing zeros are kept, as written.
    largest = 10**max_digits - 1
    return st.builds(
        lambda coefficient, exponent: Decimal(f"{coefficient}E{exponent}"),
        st.integers(-largest if signed else 0, largest),
        st.integers(min_exponent, max_exponent),
    )


def quantities(units: tuple[str, ...] = FIELD_UNITS) -> st.SearchStrategy[Quantity]:
    """Exact and approximate quantities of up to 15 significant digits, in ``units``.

    Magnitudes keep trailing zeros at times (``Decimal("12.00")``) and are
    sometimes negative; units are drawn from ``units`` (by default
    :data:`FIELD_UNITS`).

    >>> from hypothesis import given
    >>> from mineralpact.quantities import Quantity
    >>> @given(quantities(("t", "kt")))
    ... def check(q: Quantity) -> None:
    ...     assert Quantity.parse(str(q)) == q
    >>> check()
    """
    return st.builds(Quantity, _exact_decimals(), st.sampled_from(units), approximate=st.booleans())


def _percentages() -> st.SearchStrategy[Decimal]:
    return st.integers(0, 4).flatmap(
        lambda places: st.integers(0, 100 * 10**places).map(lambda n: Decimal(f"{n}E-{places}"))
    )


def shares() -> st.SearchStrategy[Share]:
    """Exact and approximate shares from 0 to 100 percent, up to 4 decimal places, of a description.

    >>> from hypothesis import given
    >>> from mineralpact.quantities import Share
    >>> @given(shares())
    ... def check(s: Share) -> None:
    ...     assert 0 <= s.as_fraction() <= 1
    >>> check()
    """
    return st.builds(Share, _percentages(), _text(40), approximate=st.booleans())


def ranks() -> st.SearchStrategy[Rank]:
    """Ranks from 1st to 1,000,000th, with or without how many were ranked.

    >>> from hypothesis import given
    >>> from mineralpact.quantities import Rank
    >>> @given(ranks())
    ... def check(r: Rank) -> None:
    ...     assert r.of is None or r.of >= r.position
    >>> check()
    """
    return st.integers(1, 10**6).flatmap(
        lambda position: st.builds(
            Rank,
            st.just(position),
            st.none() | st.integers(position, 2 * 10**6),
            scope=_text(40),
        )
    )


def counts() -> st.SearchStrategy[Count]:
    """Exact and approximate counts from 0 to 10**9, with or without what is counted.

    >>> from hypothesis import given
    >>> from mineralpact.quantities import Count
    >>> @given(counts())
    ... def check(c: Count) -> None:
    ...     assert Count.parse(str(c)) == c
    >>> check()
    """
    return st.builds(Count, st.integers(0, 10**9), st.booleans(), st.none() | _text(40))


def quantity_ranges(units: tuple[str, ...] = FIELD_UNITS) -> st.SearchStrategy[QuantityRange]:
    """Ranges of two quantities in one unit, low end first, either end approximate or not.

    >>> from hypothesis import given
    >>> from mineralpact.quantities import QuantityRange
    >>> @given(quantity_ranges(("t", "kt")))
    ... def check(r: QuantityRange) -> None:
    ...     assert QuantityRange.parse(str(r)) == r and r.holds(r.low)
    >>> check()
    """

    def build(unit: str, a: Decimal, b: Decimal, about: tuple[bool, bool]) -> QuantityRange:
        low, high = sorted((a, b))
        return QuantityRange(
            Quantity(low, unit, approximate=about[0]), Quantity(high, unit, approximate=about[1])
        )

    return st.builds(
        build,
        st.sampled_from(units),
        _exact_decimals(),
        _exact_decimals(),
        st.tuples(st.booleans(), st.booleans()),
    )


def coded_values() -> st.SearchStrategy[Coded]:
    """Every code a statistical table prints in place of a number (W, NA, —, Large, Very small).

    >>> from hypothesis import given
    >>> from mineralpact.quantities import Coded
    >>> @given(coded_values())
    ... def check(c: Coded) -> None:
    ...     assert Coded.parse(str(c)) == c
    >>> check()
    """
    return st.builds(Coded, st.sampled_from(StatisticCode))


def money() -> st.SearchStrategy[Money]:
    """Amounts of up to 15 significant digits, some negative, in any ISO 4217 currency.

    >>> from hypothesis import given
    >>> from mineralpact.quantities import Money
    >>> @given(money())
    ... def check(m: Money) -> None:
    ...     assert Money.parse(str(m)) == m
    >>> check()
    """
    currencies = st.sampled_from(sorted(currency_codes()))
    return st.builds(Money, _exact_decimals(min_exponent=-4), currencies)


# --- codes (mineralpact.codes) ---


def countries() -> st.SearchStrategy[Country]:
    """Countries of ISO 3166-1, sampled from pycountry's list.

    >>> from hypothesis import given
    >>> from mineralpact.codes import Country
    >>> @given(countries())
    ... def check(country: Country) -> None:
    ...     assert Country.parse(str(country)) == country
    >>> check()
    """
    codes = sorted(record.alpha_2 for record in pycountry().countries)
    return st.sampled_from(codes).map(Country)


def subdivisions(country: Country | str | None = None) -> st.SearchStrategy[Subdivision]:
    """Subdivisions of ISO 3166-2, of any country or of ``country`` only.

    ``country`` is a :class:`~mineralpact.codes.Country` or anything
    :meth:`Country.parse <mineralpact.codes.Country.parse>` reads.

    >>> from hypothesis import given
    >>> from mineralpact.codes import Subdivision
    >>> @given(subdivisions("MN"))
    ... def check(subdivision: Subdivision) -> None:
    ...     assert subdivision.code.startswith("MN-")
    >>> check()

    Raises:
        InvalidTypeError: if ``country`` is neither a Country, a str nor None.
        InvalidCodeError: if ``country`` is unknown or has no subdivisions.
    """
    if country is None:
        codes = sorted(record.code for record in pycountry().subdivisions)
    else:
        if isinstance(country, str):
            country = Country.parse(country)
        elif not isinstance(country, Country):
            raise InvalidTypeError("Country", country, "Country, str or None")
        records = pycountry().subdivisions.get(country_code=country.alpha2) or ()
        codes = sorted(record.code for record in records)
        if not codes:
            raise InvalidCodeError(
                "Country",
                country,
                "a country with ISO 3166-2 subdivisions",
                reason="ISO 3166-2 lists no subdivisions for it",
            )
    return st.sampled_from(codes).map(Subdivision)


_LEI_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _identifier_values(scheme: IdentifierScheme) -> st.SearchStrategy[str]:
    if scheme is IdentifierScheme.WIKIDATA:
        return st.integers(min_value=1, max_value=10**15 - 1).map(lambda n: f"Q{n}")
    if scheme is IdentifierScheme.LEI:
        return st.text(_LEI_ALPHABET, min_size=18, max_size=18).map(
            lambda base: base + lei_check_digits(base)
        )
    if scheme is IdentifierScheme.SEC_CIK:
        return st.integers(min_value=1, max_value=9_999_999_999).map(lambda n: f"{n:010d}")
    return _url_values()


def identifiers(scheme: IdentifierScheme | str | None = None) -> st.SearchStrategy[Identifier]:
    """Valid identifiers of every scheme, or of ``scheme`` only.

    LEIs carry correctly computed check digits; SEC CIKs are zero-padded;
    URLs are http or https with a host and, at times, a port, a path with
    non-ASCII letters, and a query.

    >>> from hypothesis import given
    >>> from mineralpact.codes import Identifier, IdentifierScheme
    >>> @given(identifiers("lei"))
    ... def check(identifier: Identifier) -> None:
    ...     assert identifier.scheme is IdentifierScheme.LEI
    ...     assert Identifier.parse(str(identifier)) == identifier
    >>> check()

    Raises:
        InvalidTypeError: if ``scheme`` is neither an IdentifierScheme nor a str.
        InvalidCodeError: if ``scheme`` is not a known scheme.
    """
    schemes = list(IdentifierScheme) if scheme is None else [to_scheme(scheme)]
    return st.one_of([st.builds(Identifier, st.just(s), _identifier_values(s)) for s in schemes])


# --- parties (mineralpact.parties) ---


def names() -> st.SearchStrategy[Name]:
    """Names of any ISO 639-1 language and kind, with or without a period and citations.

    >>> from hypothesis import given
    >>> from mineralpact.parties import Name
    >>> @given(names())
    ... def check(name: Name) -> None:
    ...     assert len(name.language) == 2
    >>> check()
    """
    return st.builds(
        Name,
        text=_text(40),
        language=st.sampled_from(sorted(language_codes())),
        kind=st.sampled_from(NameKind),
        since=st.none() | partial_dates(),
        until=st.none() | partial_dates(),
        citations=_citation_tuples(0),
        # At most one attested date: a party holds up to three names, and
        # more claims per name make generation too slow to be useful.
        attested=st.lists(date_claims(), max_size=1).map(tuple),
    )


def _name_tuples() -> st.SearchStrategy[tuple[Name, ...]]:
    """The names of a party or facility: one to three."""
    return st.lists(names(), min_size=1, max_size=3).map(tuple)


def memberships() -> st.SearchStrategy[Membership]:
    """Memberships of a country or an organisation, with or without a period and citations.

    Their ends come in any order: records do not check it.

    >>> from hypothesis import given
    >>> from mineralpact.parties import Membership
    >>> @given(memberships())
    ... def check(membership: Membership) -> None:
    ...     assert membership.member.startswith(("country:", "org:"))
    >>> check()
    """
    return _memberships(_ref(Membership, "member"))


def _memberships(members: st.SearchStrategy[str]) -> st.SearchStrategy[Membership]:
    return st.builds(
        Membership,
        member=members,
        since=st.none() | partial_dates(),
        until=st.none() | partial_dates(),
        citations=_citation_tuples(0),
    )


def organisations() -> st.SearchStrategy[Organisation]:
    """Organisations with one to three names, at times a jurisdiction, parent, identifiers, members.

    >>> from hypothesis import given
    >>> from mineralpact.parties import Organisation
    >>> @given(organisations())
    ... def check(organisation: Organisation) -> None:
    ...     assert organisation.matches(organisation.name.text)
    >>> check()
    """
    return st.builds(
        Organisation,
        id=record_ids("org"),
        names=_name_tuples(),
        kind=st.sampled_from(OrganisationKind),
        jurisdiction=st.none() | countries(),
        # An organisation's own id as its parent is refused, so parents are
        # drawn from ids that no generated organisation id can equal.
        parent=st.none() | _ids_of(*_kinds(Organisation, "parent")).map(lambda i: i + "-parent"),
        identifiers=st.frozensets(identifiers(), max_size=2),
        # An organisation's own id as a member is refused too: members are
        # countries, or organisations whose ids no generated organisation has.
        members=st.lists(
            _memberships(_country_ids() | record_ids("org").map(lambda i: i + "-member")),
            max_size=2,
        ).map(tuple),
        citations=_citation_tuples(),
        notes=st.none() | _text(80),
    )


def persons() -> st.SearchStrategy[Person]:
    """People with one to three names, at times a nationality and identifiers.

    >>> from hypothesis import given
    >>> from mineralpact.parties import Person
    >>> @given(persons())
    ... def check(person: Person) -> None:
    ...     assert person.id.startswith("person:")
    >>> check()
    """
    return st.builds(
        Person,
        id=record_ids("person"),
        names=_name_tuples(),
        nationality=st.none() | countries(),
        identifiers=st.frozensets(identifiers(), max_size=2),
        citations=_citation_tuples(),
        notes=st.none() | _text(80),
    )


def positions() -> st.SearchStrategy[Position]:
    """Positions with or without a period (its ends in any order: records do not check it).

    >>> from hypothesis import given
    >>> from mineralpact.parties import Position
    >>> @given(positions())
    ... def check(position: Position) -> None:
    ...     assert position.organisation.startswith("org:")
    >>> check()
    """
    return st.builds(
        Position,
        id=record_ids("position"),
        person=_ref(Position, "person"),
        organisation=_ref(Position, "organisation"),
        title=_text(60),
        since=st.none() | partial_dates(),
        until=st.none() | partial_dates(),
        citations=_citation_tuples(),
        notes=st.none() | _text(80),
        attested=_date_claim_tuples(),
    )


# --- agreements (mineralpact.agreements) ---


def signatories() -> st.SearchStrategy[Signatory]:
    """Signatories acting for an organisation or a country, at times in a position.

    >>> from hypothesis import given
    >>> from mineralpact.agreements import Signatory
    >>> @given(signatories())
    ... def check(signatory: Signatory) -> None:
    ...     assert signatory.person.startswith("person:")
    >>> check()
    """
    return st.builds(
        Signatory,
        person=_ref(Signatory, "person"),
        on_behalf_of=_ref(Signatory, "on_behalf_of"),
        position=_ref(Signatory, "position"),
    )


def _stage_record(**fields: Any) -> Stage:
    # A stage that no source states is refused: give it its first claim's citations.
    if not (fields["dates"] or fields["scheduled"] or fields["citations"]):
        fields["citations"] = (Citation("src:stage"),)
    return Stage(**fields)


def stages() -> st.SearchStrategy[Stage]:
    """Stages of every kind, reported, scheduled or on a condition, at times for one party.

    >>> from hypothesis import given
    >>> from mineralpact.stages import Stage
    >>> @given(stages())
    ... def check(stage: Stage) -> None:
    ...     assert stage.dates or stage.scheduled or stage.citations
    >>> check()
    """
    return st.builds(
        _stage_record,
        kind=st.sampled_from(StageKind),
        party=_ref(Stage, "party"),
        by=_ref(Stage, "by"),
        dates=_date_claim_tuples(),
        scheduled=_date_claim_tuples(),
        condition=st.none() | _text(60),
        citations=_citation_tuples(min_size=0),
    )


def _stage_tuples() -> st.SearchStrategy[tuple[Stage, ...]]:
    return st.lists(stages(), max_size=2).map(tuple)


def _agreement_record(**fields: Any) -> Agreement:
    # An agreement that follows itself is refused: drop its own id. Its own
    # signing is its dates: a SIGNED stage is for one party.
    fields["follows"] = fields["follows"] - {fields["id"]}
    fields["stages"] = tuple(
        s for s in fields["stages"] if s.kind is not StageKind.SIGNED or s.party is not None
    )
    return Agreement(**fields)


def agreements() -> st.SearchStrategy[Agreement]:
    """Agreements with every field drawn, dates at times disputed.

    Signatories need not act for one of the parties: that is checked by a
    dataset, not by the record.

    >>> from hypothesis import given
    >>> from mineralpact.agreements import Agreement
    >>> @given(agreements())
    ... def check(agreement: Agreement) -> None:
    ...     assert agreement.parties and agreement.id not in agreement.follows
    >>> check()
    """
    return st.builds(
        _agreement_record,
        id=record_ids("agreement"),
        kind=st.sampled_from(AgreementKind),
        title=st.none() | _text(60),
        parties=_refs(Agreement, "parties", max_size=3),
        signatories=st.lists(signatories(), max_size=3).map(tuple),
        dates=_date_claim_tuples(),
        place=st.none() | places(),
        minerals=_refs(Agreement, "minerals", max_size=3),
        scope=st.frozensets(st.sampled_from(Scope)),
        binding=st.none() | st.booleans(),
        follows=_refs(Agreement, "follows", max_size=2),
        establishes=_refs(Agreement, "establishes", max_size=2),
        stages=_stage_tuples(),
        citations=_citation_tuples(),
        notes=st.none() | _text(80),
    )


# --- events (mineralpact.events) ---


def participants() -> st.SearchStrategy[Participant]:
    """Participants (people, organisations, countries), at times with a role and position.

    >>> from hypothesis import given
    >>> from mineralpact.events import Participant
    >>> @given(participants())
    ... def check(participant: Participant) -> None:
    ...     assert participant.role is None or participant.role.strip()
    >>> check()
    """
    return st.builds(
        Participant,
        party=_ref(Participant, "party"),
        role=st.none() | st.sampled_from(["co-chair", "host", "speaker", "attendee", "appointee"]),
        position=_ref(Participant, "position"),
    )


def events() -> st.SearchStrategy[Event]:
    """Events of every kind, at times numbered sessions, with dates at times disputed.

    >>> from hypothesis import given
    >>> from mineralpact.events import Event
    >>> @given(events())
    ... def check(event: Event) -> None:
    ...     assert (event.ordinal is None) is (event.number is None)
    >>> check()
    """
    return st.builds(
        Event,
        id=record_ids("event"),
        kind=st.sampled_from(EventKind),
        title=_text(60),
        dates=_date_claim_tuples(),
        place=st.none() | places(),
        participants=st.lists(participants(), max_size=3).map(tuple),
        organisers=_refs(Event, "organisers", max_size=2),
        series=_ref(Event, "series"),
        number=st.none() | st.integers(min_value=1, max_value=200),
        agreements=_refs(Event, "agreements", max_size=2),
        subjects=st.frozensets(
            _record_ids("position", "facility", "project", "org", "milestone"), max_size=2
        ),
        minerals=_refs(Event, "minerals", max_size=3),
        citations=_citation_tuples(),
        notes=st.none() | _text(80),
    )


# --- projects (mineralpact.projects) ---


def projects() -> st.SearchStrategy[Project]:
    """Projects with every field drawn: funders, instrument, executors, hosts, place, scope.

    >>> from hypothesis import given
    >>> from mineralpact.projects import Project
    >>> @given(projects())
    ... def check(project: Project) -> None:
    ...     assert all(ref.startswith("org:") for ref in project.executors)
    >>> check()
    """
    return st.builds(
        Project,
        id=record_ids("project"),
        title=_text(80),
        funders=_refs(Project, "funders", max_size=3),
        instrument=st.none() | st.sampled_from(FundingInstrument),
        executors=_refs(Project, "executors", max_size=3),
        managers=_refs(Project, "managers", max_size=2),
        hosts=_refs(Project, "hosts", max_size=3),
        place=st.none() | places(),
        areas=st.lists(places(), max_size=1).map(tuple),
        start=_date_claim_tuples(),
        end=_date_claim_tuples(),
        minerals=_refs(Project, "minerals", max_size=4),
        scope=st.frozensets(st.sampled_from(Scope)),
        citations=_citation_tuples(),
        notes=st.none() | _text(80),
    )


def facilities() -> st.SearchStrategy[Facility]:
    """Facilities of every kind with one to three names, at times a project, host and place.

    >>> from hypothesis import given
    >>> from mineralpact.projects import Facility
    >>> @given(facilities())
    ... def check(facility: Facility) -> None:
    ...     assert facility.name in facility.names
    >>> check()
    """
    return st.builds(
        Facility,
        id=record_ids("facility"),
        names=_name_tuples(),
        kind=st.sampled_from(FacilityKind),
        project=_ref(Facility, "project"),
        operators=_refs(Facility, "operators", max_size=3),
        host=_ref(Facility, "host"),
        place=st.none() | places(),
        minerals=_refs(Facility, "minerals", max_size=4),
        scope=st.frozensets(st.sampled_from(Scope)),
        citations=_citation_tuples(),
        notes=st.none() | _text(80),
        start=_date_claim_tuples(),
        end=_date_claim_tuples(),
    )


# --- laws (mineralpact.laws) ---


def laws() -> st.SearchStrategy[Law]:
    """Laws and policies of every kind, with an issuer, at times a jurisdiction, and stages.

    >>> from hypothesis import given
    >>> from mineralpact.laws import Law
    >>> @given(laws())
    ... def check(law: Law) -> None:
    ...     assert law.id.startswith("law:")
    >>> check()
    """
    return st.builds(
        Law,
        id=record_ids("law"),
        kind=st.sampled_from(LawKind),
        title=_text(60),
        designation=st.none() | _text(40),
        issuer=_ref(Law, "issuer"),
        jurisdiction=_ref(Law, "jurisdiction"),
        identifiers=st.frozensets(identifiers(), max_size=2),
        minerals=_refs(Law, "minerals", max_size=3),
        establishes=_refs(Law, "establishes", max_size=2),
        stages=_stage_tuples(),
        citations=_citation_tuples(),
        notes=st.none() | _text(80),
    )


# --- milestones (mineralpact.milestones) ---


def milestones() -> st.SearchStrategy[Milestone]:
    """Milestones of projects, facilities and agreements, with plans and outcomes per source.

    Planned and actual dates are drawn independently: they may disagree among
    themselves, and the outcome may come before or after the plan.

    >>> from hypothesis import given
    >>> from mineralpact.milestones import Milestone
    >>> @given(milestones())
    ... def check(milestone: Milestone) -> None:
    ...     assert milestone.on_time() is None or milestone.actual_date is not None
    >>> check()
    """
    return st.builds(
        Milestone,
        id=record_ids("milestone"),
        subject=_ref(Milestone, "subject"),
        kind=st.sampled_from(MilestoneKind),
        description=_text(80),
        planned=_date_claim_tuples(),
        actual=_date_claim_tuples(),
        status=st.sampled_from(MilestoneStatus),
        citations=_citation_tuples(),
        notes=st.none() | _text(80),
    )


# --- figures (mineralpact.figures) ---


def _figures_values(measure: Measure) -> st.SearchStrategy[FigureValue]:
    if measure is Measure.COUNT:
        # A count figure says what it counts.
        return st.builds(Count, st.integers(0, 10**9), st.booleans(), _text(40))
    return st.one_of(
        quantities(), shares(), ranks(), counts(), money(), quantity_ranges(), coded_values()
    )


def _roundings(value: FigureValue | None) -> st.SearchStrategy[Rounding | None]:
    """No rounding, or a rounding that fits the value (a step of its last digit, or none)."""
    if isinstance(value, Quantity):
        numbers = [value.magnitude]
    elif isinstance(value, QuantityRange):
        numbers = [value.low.magnitude, value.high.magnitude]
    elif isinstance(value, Share):
        numbers = [value.value]
    elif isinstance(value, Money):
        numbers = [value.amount]
    else:
        return st.none()
    exponent = min(int(n.as_tuple().exponent) for n in numbers)
    step = Decimal(1).scaleb(exponent)
    return st.none() | st.just(Rounding()) | st.just(Rounding(to=step))


def _figures_categories(measure: Measure) -> st.SearchStrategy[ReserveCategory | None]:
    if measure is Measure.RESERVES:
        fitting = [c for c in ReserveCategory if not c.is_resource]
    elif measure is Measure.RESOURCES:
        fitting = [c for c in ReserveCategory if not c.is_reserve]
    else:
        return st.none()
    return st.none() | st.sampled_from(fitting)


@functools.cache
def _figures_of(measure: Measure) -> st.SearchStrategy[Figure]:
    # Built once per measure, so that draws reuse validated strategies.
    values = _figures_values(measure)
    description = _text(60)
    value_and_description = st.tuples(st.none(), description) | st.tuples(
        values, st.none() | description
    )
    when = st.one_of(
        st.just((None, None)),
        st.tuples(st.one_of(partial_dates(), date_ranges()), st.none()),
        st.tuples(st.none(), partial_dates()),
    )
    # A use is stated of minerals, not of a subject.
    use = measure is Measure.USE
    subjects = st.none() if use else _ref(Figure, "subject")
    minerals = st.frozensets(_ids_of(*_kinds(Figure, "minerals")), min_size=int(use), max_size=3)
    bases = st.none() | st.sampled_from(Basis)
    stages = (
        st.none()
        if measure in (Measure.RESERVES, Measure.RESOURCES)
        else st.none() | st.sampled_from(ProductionStage)
    )
    within = _ref(Figure, "within")
    categories = _figures_categories(measure)
    notes = st.none() | _text(80)

    @st.composite
    def build(draw: st.DrawFn) -> Figure:
        value, text = draw(value_and_description)
        period, as_of = draw(when)
        return Figure(
            id=draw(record_ids("figure")),
            subject=draw(subjects),
            measure=measure,
            minerals=draw(minerals),
            value=value,
            description=text,
            basis=draw(bases),
            period=period,
            as_of=as_of,
            category=draw(categories),
            estimated=draw(st.booleans()),
            citations=draw(_citation_tuples()),
            notes=draw(notes),
            stage=draw(stages),
            within=draw(within) if isinstance(value, (Rank, Share)) else None,
            rounding=draw(_roundings(value)),
        )

    return build()


def figures() -> st.SearchStrategy[Figure]:
    """Figures of every measure and kind of value, world totals and qualitative ones included.

    Count figures hold a count of something; categories fit the measure; a
    figure has a period or an as-of date, or neither.

    >>> from hypothesis import given
    >>> from mineralpact.figures import Figure
    >>> @given(figures())
    ... def check(figure: Figure) -> None:
    ...     assert figure.value is not None or figure.description is not None
    >>> check()
    """
    # Check the field's units and load the currency list now, not in the
    # first draw: loading pint takes most of a second.
    for unit in FIELD_UNITS:
        Quantity(0, unit)
    currency_codes()
    return st.sampled_from(Measure).flatmap(_figures_of)


# --- minerals (mineralpact.minerals) ---


def _element_id_sets(max_size: int) -> st.SearchStrategy[frozenset[str]]:
    # Bundled elements, of the kind MineralGroup.members and Commodity.elements declare.
    return _refs(
        MineralGroup, "members", max_size, ids=mineral_ids(*_kinds(MineralGroup, "members"))
    )


def elements() -> st.SearchStrategy[Element]:
    """The bundled elements, all 118 of them.

    >>> from hypothesis import given
    >>> from mineralpact.minerals import Element, element
    >>> @given(elements())
    ... def check(e: Element) -> None:
    ...     assert element(e.symbol) is e
    >>> check()
    """
    return st.sampled_from(periodic_table())


def mineral_ids(*kinds: str) -> st.SearchStrategy[str]:
    """Ids of bundled minerals, of every kind or of ``kinds`` only.

    ``kinds`` are id prefixes: ``"element"``, ``"group"``, ``"commodity"``,
    ``"list"``. The ids resolve with :func:`mineralpact.minerals.find`.

    >>> from hypothesis import given
    >>> from mineralpact.minerals import MineralGroup, find
    >>> @given(mineral_ids("group"))
    ... def check(mineral_id: str) -> None:
    ...     assert isinstance(find(mineral_id), MineralGroup)
    >>> check()

    Raises:
        InvalidValueError: if a kind is not one of the four.
    """
    for kind in kinds:
        if kind not in _MINERAL_KINDS:
            raise InvalidValueError(
                "mineral kind", kind, "'element', 'group', 'commodity' or 'list'"
            )
    wanted = kinds or _MINERAL_KINDS
    ids = [
        record.id
        for record in reference_records()
        if isinstance(record, (Element, MineralGroup, Commodity, MineralList))
        and record.id.partition(":")[0] in wanted
    ]
    return st.sampled_from(ids)


def mineral_groups() -> st.SearchStrategy[MineralGroup]:
    """Groups of bundled elements, with names, aliases, citations and notes.

    >>> from hypothesis import given
    >>> from mineralpact.minerals import MineralGroup, find
    >>> @given(mineral_groups())
    ... def check(group: MineralGroup) -> None:
    ...     assert all(find(m) is not None for m in group.members)
    >>> check()
    """
    return st.builds(
        MineralGroup,
        id=record_ids("group"),
        name=_text(40),
        aliases=st.lists(_text(20), max_size=3).map(tuple),
        members=_element_id_sets(8),
        citations=_citation_tuples(),
        notes=st.none() | _text(80),
    )


def commodities() -> st.SearchStrategy[Commodity]:
    """Commodities carrying bundled elements, with or without a formula.

    >>> from hypothesis import given
    >>> from mineralpact.minerals import Commodity
    >>> @given(commodities())
    ... def check(commodity: Commodity) -> None:
    ...     assert commodity.elements
    >>> check()
    """
    return st.builds(
        Commodity,
        id=record_ids("commodity"),
        name=_text(40),
        aliases=st.lists(_text(20), max_size=3).map(tuple),
        elements=_element_id_sets(4),
        formula=st.none() | st.from_regex(r"(?:[A-Z][a-z]?[1-9]?){1,4}", fullmatch=True),
        citations=_citation_tuples(),
        notes=st.none() | _text(80),
    )


@st.composite
def _mineral_form(draw: st.DrawFn) -> MineralForm:
    of = draw(mineral_ids(*_bundled_kinds(MineralForm, "of")))
    whole = sorted(expand(of))
    only = frozenset(draw(st.lists(st.sampled_from(whole), max_size=6)))
    qualifier = draw(_text(30) if not only else st.none() | _text(30))
    return MineralForm(
        id=draw(record_ids("form")),
        name=draw(_text(40)),
        aliases=tuple(draw(st.lists(_text(20), max_size=2))),
        of=of,
        qualifier=qualifier,
        only=only,
        citations=draw(_citation_tuples()),
        notes=draw(st.none() | _text(80)),
    )


def mineral_forms() -> st.SearchStrategy[MineralForm]:
    """Forms of bundled minerals: a qualifier, elements they are limited to, or both.

    The elements a form is limited to are among those of its mineral.

    >>> from hypothesis import given
    >>> from mineralpact.minerals import MineralForm, expand
    >>> @given(mineral_forms())
    ... def check(form: MineralForm) -> None:
    ...     assert form.only <= expand(form.of)
    ...     assert form.qualifier is not None or form.only
    >>> check()
    """
    return _mineral_form()


def _bundled_kinds(cls: type, name: str) -> tuple[str, ...]:
    """The kinds of mineral that ``cls.name`` names and that mineralpact bundles."""
    return tuple(kind for kind in _kinds(cls, name) if kind in _MINERAL_KINDS)


@st.composite
def _mineral_list(
    draw: st.DrawFn,
    entry_ids: st.SearchStrategy[str],
    jurisdictions: st.SearchStrategy[str | None],
) -> MineralList:
    entries = draw(st.lists(entry_ids, min_size=1, max_size=12, unique=True))
    names = draw(st.lists(_text(20), max_size=2, unique_by=fold_name_and_separators))
    subsets = tuple(
        ListSubset(name, frozenset(draw(st.lists(st.sampled_from(entries), min_size=1))))
        for name in names
    )
    list_id = draw(record_ids("list"))
    return MineralList(
        id=list_id,
        title=draw(_text(60)),
        aliases=tuple(draw(st.lists(_text(20), max_size=2))),
        issuer=draw(_ref(MineralList, "issuer")),
        jurisdiction=draw(jurisdictions),
        published=draw(st.none() | partial_dates()),
        entries=tuple(entries),
        subsets=subsets,
        within=draw(st.none() | record_ids("list").filter(lambda other: other != list_id)),
        complete=draw(st.booleans()),
        citations=draw(_citation_tuples()),
        notes=draw(st.none() | _text(80)),
    )


def mineral_lists() -> st.SearchStrategy[MineralList]:
    """Lists of bundled minerals in a drawn order, at times with named subsets.

    Some are stated in part (``complete=False``); some lie within another
    list, whose id is drawn (a dataset needs that list: see :func:`datasets`).

    >>> from hypothesis import given
    >>> from mineralpact.minerals import MineralList
    >>> @given(mineral_lists())
    ... def check(mineral_list: MineralList) -> None:
    ...     for subset in mineral_list.subsets:
    ...         assert subset.members <= set(mineral_list.entries)
    >>> check()
    """
    entries = mineral_ids(*_bundled_kinds(MineralList, "entries"))
    return _mineral_list(entries, _ref(MineralList, "jurisdiction"))


# --- datasets (mineralpact.dataset) ---

# What a record of each kind needs at the least, for ids that the drawn
# records refer to but that no drawn record has.
_STAND_IN_SOURCE = "src:stand-in"


def _stand_in(record_id: str) -> Any:
    """A minimal, valid record with ``record_id``, or None if no record can have it.

    Its own references (a position's holder, a list's issuer) are stand-ins too.
    """
    from mineralpact.minerals import find

    prefix, _, slug = record_id.partition(":")
    cite = (Citation(_STAND_IN_SOURCE),)
    name = (Name(slug),)
    if prefix == "country":
        try:
            Country(slug.upper())
        except InvalidCodeError:
            return None
        return "held"  # a country resolves as it is
    if prefix in _MINERAL_KINDS and find(record_id) is not None:
        return "held"  # a bundled mineral: resolves as it is
    made: dict[str, Any] = {
        "src": lambda: Source(id=record_id, title=slug, kind=SourceKind.OTHER),
        "org": lambda: Organisation(
            id=record_id, names=name, kind=OrganisationKind.OTHER, citations=cite
        ),
        "person": lambda: Person(id=record_id, names=name, citations=cite),
        "position": lambda: Position(
            id=record_id,
            person="person:stand-in",
            organisation="org:stand-in",
            title=slug,
            citations=cite,
        ),
        "agreement": lambda: Agreement(
            id=record_id,
            kind=AgreementKind.OTHER,
            parties=frozenset({"country:kr"}),
            citations=cite,
        ),
        "project": lambda: Project(id=record_id, title=slug, citations=cite),
        "facility": lambda: Facility(
            id=record_id, names=name, kind=FacilityKind.OTHER, citations=cite
        ),
        "milestone": lambda: Milestone(
            id=record_id,
            subject="project:stand-in",
            kind=MilestoneKind.OTHER,
            description=slug,
            citations=cite,
        ),
        "group": lambda: MineralGroup(
            id=record_id, name=slug, members=frozenset({"element:fe"}), citations=cite
        ),
        "commodity": lambda: Commodity(
            id=record_id, name=slug, elements=frozenset({"element:fe"}), citations=cite
        ),
        # Stated in part, so that a list drawn to lie within it may hold anything.
        "list": lambda: MineralList(
            id=record_id,
            title=slug,
            issuer="org:stand-in",
            entries=("element:fe",),
            complete=False,
            citations=cite,
        ),
        "form": lambda: MineralForm(
            id=record_id, name=slug, of="element:fe", qualifier=slug, citations=cite
        ),
    }
    make = made.get(prefix)
    if make is None:
        return None
    try:
        return make()
    except (InvalidValueError, InvalidTypeError):
        return None


def _closed(records: list[Any]) -> list[Any] | None:
    """``records`` with a stand-in for every id they refer to and do not hold.

    None when a reference can be resolved by no record at all (a country that
    ISO 3166 does not assign, an element id that is not a symbol).
    """
    held = {record.id for record in records}
    out = list(records)
    pending = list(out)
    while pending:
        record = pending.pop()
        for _path, ref in record.references():
            if ref in held:
                continue
            stand_in = _stand_in(ref)
            if stand_in is None:
                return None
            held.add(ref)
            if stand_in != "held":
                out.append(stand_in)
                pending.append(stand_in)
    return out


def _repaired(records: list[Any]) -> list[Any] | None:
    """Make the drawn records a valid dataset, or give up (None).

    Signatories and stages act for a party to their agreement; a source that reports an
    event published before the event loses its publication date; a record
    that fails another check of the dataset (a name that ends before it
    starts, shares of one total above 100 %) is left out.
    """
    import attrs

    from mineralpact.dataset import Dataset
    from mineralpact.errors import Severity

    records = [
        attrs.evolve(
            record,
            parties=record.parties
            | {s.on_behalf_of for s in record.signatories}
            | {s.party for s in record.stages if s.party is not None},
            signatories=tuple(attrs.evolve(s, position=None) for s in record.signatories),
        )
        if isinstance(record, Agreement)
        else record
        for record in records
    ]
    for _ in range(8):
        closed = _closed(records)
        if closed is None:
            return None
        sources = [r for r in closed if isinstance(r, Source)]
        closed = sources + [r for r in closed if not isinstance(r, Source)]
        problems = [p for p in Dataset.check(closed) if p.severity is Severity.ERROR]
        if not problems:
            return closed
        index = {record.id: record for record in closed}
        dropped: set[str] = set()
        for problem in problems:
            record = index.get(problem.record or "")
            if record is None:
                return None
            if problem.code == "event-after-report":
                for claim in record.dates:
                    for citation in claim.citations:
                        index[citation.source] = attrs.evolve(
                            index[citation.source], published=None
                        )
            else:
                dropped.add(record.id)
        records = [index[r.id] for r in closed if r.id not in dropped and r.id in index]
    return None


def restatements() -> st.SearchStrategy[Restatement]:
    """Restatements of records of every other kind, as :meth:`Dataset.merge` keeps them.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(restatements())
    ... def check(restatement):
    ...     assert restatement.record == restatement.statement.id
    >>> check()
    """
    # Hypothesis defers to a function only, and the records' strategy is a cached one.
    others = st.deferred(lambda: _dataset_records())  # noqa: PLW0108
    return st.builds(
        Restatement, id=record_ids("restatement"), statement=st.one_of(sources(), others)
    )


#: The strategy of each kind of record (the kinds are those of mineralpact._kinds).
_RECORDS: dict[type, Callable[[], st.SearchStrategy[Any]]] = {
    Source: sources,
    Organisation: organisations,
    Person: persons,
    Position: positions,
    Element: elements,
    MineralGroup: mineral_groups,
    Commodity: commodities,
    MineralForm: mineral_forms,
    MineralList: mineral_lists,
    Agreement: agreements,
    Event: events,
    Project: projects,
    Facility: facilities,
    Milestone: milestones,
    Figure: figures,
    Law: laws,
    Restatement: restatements,
}
# Drawn apart from the other kinds in a dataset: sources come first,
# elements are the bundled periodic table's, and a restatement is made by
# merging (it restates a record the dataset holds).
_DRAWN_APART = (Source, Element, Restatement)


def _kind_records(kind: RecordKind) -> st.SearchStrategy[Any]:
    """The records of one kind: its own strategy, or one built from its fields.

    A kind without a strategy of its own gets ids with its prefix, one to
    three citations, notes or none, and the rest of its fields drawn from
    their types.
    """
    own = _RECORDS.get(kind.cls)
    if own is not None:
        return own()
    roles: dict[str, st.SearchStrategy[Any]] = {
        "id": record_ids(kind.prefix),
        "citations": _citation_tuples(),
        "notes": st.none() | _text(80),
    }
    fields = {f.name for f in attrs.fields(kind.cls)}
    return st.builds(kind.cls, **{name: s for name, s in roles.items() if name in fields})


@functools.cache
def _dataset_records() -> st.SearchStrategy[Any]:
    # Built once: building the record strategies costs more than a draw.
    return st.one_of([_kind_records(kind) for kind in RECORD_KINDS if kind.cls not in _DRAWN_APART])


# Linked datasets: the ids and countries that drawn records refer to are
# replaced by a few of each kind, so that records meet. Three countries, a
# subdivision of each, and minerals that overlap (neodymium is a rare earth
# and one of Korea's rare metals; a commodity or group of the dataset's own
# stands in for iron).
_LINK_COUNTRIES = ("KR", "MN", "JP")
_LINK_SUBDIVISIONS = {"KR": "KR-11", "MN": "MN-071", "JP": "JP-13"}
_LINK_SLUGS = ("a", "b", "c")
_LINK_MINERALS = {
    "element": ("element:nd", "element:mo", "element:cu", "element:fe"),
    "group": ("group:ree", "group:a"),
    "commodity": ("commodity:copper-concentrate", "commodity:a"),
    "list": ("list:kr-rare-metals", "list:a"),
}
_LINKED_PREFIXES = frozenset(
    {"org", "person", "position", "agreement", "event", "project", "facility", "milestone"}
    | set(_MINERAL_KINDS)
    | {"form", "country"}
)
_ID_RE = re.compile(r"([a-z][a-z0-9]*):[a-z0-9]+(?:[-_.][a-z0-9]+)*")
_COUNTRY_KEYS = ("jurisdiction", "nationality", "country")


def _strings(data: Any) -> Iterator[tuple[str | None, str]]:
    """Every str in a JSON value, with the key it is held under (or None)."""
    stack: list[tuple[str | None, Any]] = [(None, data)]
    while stack:
        key, value = stack.pop()
        if isinstance(value, str):
            yield key, value
        elif isinstance(value, dict):
            stack.extend(value.items())
        elif isinstance(value, list):
            stack.extend((key, item) for item in value)


def _relinked(data: Any, ids: dict[str, str], codes: dict[str, str]) -> Any:
    """A record's JSON with ids and country codes replaced (places kept whole)."""
    if isinstance(data, list):
        items = [_relinked(item, ids, codes) for item in data]
        if all(isinstance(item, str) for item in items):
            # Sets of ids: ids that became one are kept once.
            return list(dict.fromkeys(items))
        return items
    if not isinstance(data, dict):
        return ids.get(data, data) if isinstance(data, str) else data
    out = {key: _relinked(value, ids, codes) for key, value in data.items()}
    for key in _COUNTRY_KEYS:
        if isinstance(out.get(key), str):
            out[key] = codes.get(out[key], out[key])
    subdivision = out.get("subdivision")
    if isinstance(subdivision, str):
        country = codes.get(subdivision[:2], subdivision[:2])
        out["subdivision"] = _LINK_SUBDIVISIONS[country]
        out.pop("country", None)
    return out


@functools.cache
def _linked_extras() -> st.SearchStrategy[Any]:
    return st.one_of(organisations(), positions(), agreements(), events())


@st.composite
def _linked(draw: st.DrawFn, records: list[Any]) -> list[Any]:
    """``records`` with their references drawn from a few ids and countries."""
    from mineralpact import _converter

    raw = [_converter.fast().unstructure(record) for record in records]
    codes: dict[str, str] = {}
    ids: dict[str, str] = {}
    for data in raw:
        for key, text in _strings(data):
            if key in _COUNTRY_KEYS or key == "subdivision":
                code = text[:2]
                if code not in codes:
                    codes[code] = draw(st.sampled_from(_LINK_COUNTRIES))
            match = _ID_RE.fullmatch(text)
            if match is None or match[1] not in _LINKED_PREFIXES or text in ids:
                continue
            prefix = match[1]
            if prefix == "country":
                code = text[8:].upper()
                if code not in codes:
                    codes[code] = draw(st.sampled_from(_LINK_COUNTRIES))
                ids[text] = f"country:{codes[code].lower()}"
            else:
                pool = _LINK_MINERALS.get(prefix) or tuple(f"{prefix}:{s}" for s in _LINK_SLUGS)
                ids[text] = draw(st.sampled_from(pool))
    return [
        record
        for record in (
            _restructured(data, type(old), ids, codes)
            for old, data in zip(records, raw, strict=True)
        )
        if record is not None
    ]


def _restructured(data: Any, cls: type, ids: dict[str, str], codes: dict[str, str]) -> Any:
    """The record of ``data`` relinked, or None if the new ids make it invalid (its own parent)."""
    from mineralpact import _converter
    from mineralpact.errors import MineralpactError

    try:
        return _converter.fast().structure(_relinked(data, ids, codes), cls)
    except (MineralpactError, _converter.Refused):
        return None


@st.composite
def _dataset(draw: st.DrawFn, max_records: int, linked: bool) -> Dataset:
    from hypothesis import assume

    from mineralpact.dataset import Dataset

    drawn = draw(st.lists(sources(), max_size=2)) + draw(
        st.lists(_dataset_records(), max_size=max_records)
    )
    if linked:
        # Parties and dated records, as real data has them, whatever else was drawn.
        drawn += draw(st.lists(_linked_extras(), max_size=3))
        drawn = draw(_linked(drawn))
    unique = list({record.id: record for record in reversed(drawn)}.values())[::-1]
    records = _repaired(unique)
    assume(records is not None)
    assert records is not None
    return Dataset(tuple(records))


def datasets(max_records: int = 2, *, linked: bool = False) -> st.SearchStrategy[Dataset]:
    """Small valid datasets: sources first, then records of every kind that refer only within.

    Records are drawn from the record strategies (up to ``max_records`` of
    them, and up to two sources); every id they refer to that no drawn
    record has is given a minimal record of its own, and countries and
    bundled minerals resolve as they are. Drawn records that a dataset would
    refuse together (a name that ends before it starts) are left out.

    With ``linked=True`` the records refer to a few ids of each kind and to
    three countries (KR, MN, JP) instead of ids drawn at random, so that
    they meet as records of real data do: organisations under one another
    and under a country's jurisdiction, people holding posts in them,
    agreements and events between the same parties, places in the same
    countries, minerals that overlap. Queries then have something to find.

    Drawing a dataset builds and checks it, which can be slower than
    Hypothesis expects of a draw on a busy machine:

    >>> from hypothesis import HealthCheck, given, settings
    >>> from mineralpact.dataset import Dataset
    >>> @settings(max_examples=10, suppress_health_check=[HealthCheck.too_slow])
    ... @given(datasets())
    ... def check(dataset: Dataset) -> None:
    ...     assert Dataset.check(dataset.records) == dataset.warnings
    >>> check()
    """
    return _dataset(max_records, linked)
