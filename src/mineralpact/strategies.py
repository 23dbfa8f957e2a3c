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
"""

from __future__ import annotations

from hypothesis import strategies as st

__all__: list[str] = [
    "FIELD_UNITS",
    "agreements",
    "commodities",
    "countries",
    "counts",
    "date_claims",
    "date_ranges",
    "deadlines",
    "elements",
    "events",
    "facilities",
    "figures",
    "identifiers",
    "milestones",
    "mineral_groups",
    "mineral_ids",
    "mineral_lists",
    "money",
    "names",
    "organisations",
    "partial_dates",
    "participants",
    "persons",
    "positions",
    "projects",
    "qualified_dates",
    "quantities",
    "ranks",
    "shares",
    "signatories",
    "subdivisions",
    "temporal_values",
]

# --- dates (mineralpact.dates) ---
import datetime as _datetime

from mineralpact.dates import (
    DateRange,
    Deadline,
    PartialDate,
    Precision,
    QualifiedDate,
    Qualifier,
    TemporalValue,
)
from mineralpact.errors import InvalidTypeError


def _truncate(day: _datetime.date, precision: Precision) -> PartialDate:
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
    days = st.dates(_datetime.date(year, 1, 1), _datetime.date(year, 12, 31))
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
from decimal import Decimal as _Decimal  # noqa: E402 -- each section keeps its own imports

from mineralpact.quantities import (  # noqa: E402 -- each section keeps its own imports
    Count,
    Money,
    Quantity,
    Rank,
    Share,
    _currency_codes,
)

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
) -> st.SearchStrategy[_Decimal]:
    # Decimal("1200E-2") is Decimal("12.00"): trailing zeros are kept, as written.
    largest = 10**max_digits - 1
    return st.builds(
        lambda coefficient, exponent: _Decimal(f"{coefficient}E{exponent}"),
        st.integers(-largest if signed else 0, largest),
        st.integers(min_exponent, max_exponent),
    )


def _descriptions() -> st.SearchStrategy[str]:
    # Printable text with whitespace collapsed, as the types store it.
    characters = st.characters(categories=("L", "N", "P", "S", "Zs"))
    return (
        st.text(characters, min_size=1, max_size=40)
        .map(lambda text: " ".join(text.split()))
        .filter(bool)
    )


def quantities(units: tuple[str, ...] = FIELD_UNITS) -> st.SearchStrategy[Quantity]:
    """Quantities with magnitudes of up to 15 significant digits, in ``units``.

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
    return st.builds(Quantity, _exact_decimals(), st.sampled_from(units))


def _percentages() -> st.SearchStrategy[_Decimal]:
    return st.integers(0, 4).flatmap(
        lambda places: st.integers(0, 100 * 10**places).map(lambda n: _Decimal(f"{n}E-{places}"))
    )


def shares() -> st.SearchStrategy[Share]:
    """Shares from 0 to 100 percent, with up to 4 decimal places, of a description.

    >>> from hypothesis import given
    >>> from mineralpact.quantities import Share
    >>> @given(shares())
    ... def check(s: Share) -> None:
    ...     assert 0 <= s.as_fraction() <= 1
    >>> check()
    """
    return st.builds(Share, _percentages(), _descriptions())


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
            scope=_descriptions(),
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
    return st.builds(Count, st.integers(0, 10**9), st.booleans(), st.none() | _descriptions())


def money() -> st.SearchStrategy[Money]:
    """Amounts of up to 15 significant digits, some negative, in any ISO 4217 currency.

    >>> from hypothesis import given
    >>> from mineralpact.quantities import Money
    >>> @given(money())
    ... def check(m: Money) -> None:
    ...     assert Money.parse(str(m)) == m
    >>> check()
    """
    currencies = st.sampled_from(sorted(_currency_codes()))
    return st.builds(Money, _exact_decimals(min_exponent=-4), currencies)


# --- codes (mineralpact.codes) ---
from mineralpact.codes import (  # noqa: E402 -- each section keeps its imports with its code
    Country,
    Identifier,
    IdentifierScheme,
    Subdivision,
    _lei_check_digits,
    _pycountry,
    _to_scheme,
)


def countries() -> st.SearchStrategy[Country]:
    """Countries of ISO 3166-1, sampled from pycountry's list.

    >>> from hypothesis import given
    >>> from mineralpact.codes import Country
    >>> @given(countries())
    ... def check(country: Country) -> None:
    ...     assert Country.parse(str(country)) == country
    >>> check()
    """
    codes = sorted(record.alpha_2 for record in _pycountry().countries)
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
    from mineralpact.errors import InvalidCodeError, InvalidTypeError

    if country is None:
        codes = sorted(record.code for record in _pycountry().subdivisions)
    else:
        if isinstance(country, str):
            country = Country.parse(country)
        elif not isinstance(country, Country):
            raise InvalidTypeError("Country", country, "Country, str or None")
        records = _pycountry().subdivisions.get(country_code=country.alpha2) or ()
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


def _url_values() -> st.SearchStrategy[str]:
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


def _identifier_values(scheme: IdentifierScheme) -> st.SearchStrategy[str]:
    if scheme is IdentifierScheme.WIKIDATA:
        return st.integers(min_value=1, max_value=10**15 - 1).map(lambda n: f"Q{n}")
    if scheme is IdentifierScheme.LEI:
        return st.text(_LEI_ALPHABET, min_size=18, max_size=18).map(
            lambda base: base + _lei_check_digits(base)
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
    schemes = list(IdentifierScheme) if scheme is None else [_to_scheme(scheme)]
    return st.one_of([st.builds(Identifier, st.just(s), _identifier_values(s)) for s in schemes])


# --- parties (mineralpact.parties) ---
from mineralpact.parties import (  # noqa: E402 -- each section keeps its imports with its code
    Name,
    NameKind,
    Organisation,
    OrganisationKind,
    Person,
    Position,
)
from mineralpact._validate import _iso639_1_codes  # noqa: E402
from mineralpact.sources import Citation  # noqa: E402 -- each section keeps its imports


def _parties_ids(prefix: str) -> st.SearchStrategy[str]:
    slug = st.from_regex(r"[a-z0-9]{1,12}(?:[-_.][a-z0-9]{1,8}){0,2}", fullmatch=True)
    return slug.map(lambda s: f"{prefix}:{s}")


def _parties_text(max_size: int) -> st.SearchStrategy[str]:
    alphabet = st.characters(categories=("L", "N", "P", "Zs"))
    return st.text(alphabet, min_size=1, max_size=max_size).filter(str.strip)


def _parties_citations(min_size: int) -> st.SearchStrategy[tuple[Citation, ...]]:
    citation = st.builds(
        Citation,
        source=_parties_ids("src"),
        quotation=st.none() | _parties_text(60),
    )
    return st.lists(citation, min_size=min_size, max_size=3).map(tuple)


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
        text=_parties_text(40),
        language=st.sampled_from(sorted(_iso639_1_codes())),
        kind=st.sampled_from(NameKind),
        since=st.none() | partial_dates(),
        until=st.none() | partial_dates(),
        citations=_parties_citations(0),
    )


def organisations() -> st.SearchStrategy[Organisation]:
    """Organisations with one to three names, at times a jurisdiction, parent and identifiers.

    >>> from hypothesis import given
    >>> from mineralpact.parties import Organisation
    >>> @given(organisations())
    ... def check(organisation: Organisation) -> None:
    ...     assert organisation.matches(organisation.name.text)
    >>> check()
    """
    return st.builds(
        Organisation,
        id=_parties_ids("org"),
        names=st.lists(names(), min_size=1, max_size=3).map(tuple),
        kind=st.sampled_from(OrganisationKind),
        jurisdiction=st.none() | countries(),
        # An organisation's own id as its parent is refused, so parents are
        # drawn from ids that no generated organisation id can equal.
        parent=st.none() | _parties_ids("org").map(lambda i: i + "-parent"),
        identifiers=st.frozensets(identifiers(), max_size=2),
        citations=_parties_citations(1),
        notes=st.none() | _parties_text(80),
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
        id=_parties_ids("person"),
        names=st.lists(names(), min_size=1, max_size=3).map(tuple),
        nationality=st.none() | countries(),
        identifiers=st.frozensets(identifiers(), max_size=2),
        citations=_parties_citations(1),
        notes=st.none() | _parties_text(80),
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
        id=_parties_ids("position"),
        person=_parties_ids("person"),
        organisation=_parties_ids("org"),
        title=_parties_text(60),
        since=st.none() | partial_dates(),
        until=st.none() | partial_dates(),
        citations=_parties_citations(1),
        notes=st.none() | _parties_text(80),
    )


# --- agreements (mineralpact.agreements) ---
from typing import Any  # noqa: E402 -- each section keeps its imports

from mineralpact.agreements import (  # noqa: E402 -- each section keeps its imports with its code
    Agreement,
    AgreementKind,
    Scope,
    Signatory,
)
from mineralpact.places import Place  # noqa: E402 -- each section keeps its imports
from mineralpact.sources import DateClaim  # noqa: E402 -- each section keeps its imports

_AGREEMENTS_SLUG_PART = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=8)
# Built from parts rather than st.from_regex, which is several times slower.
_AGREEMENTS_SLUG = st.builds(
    lambda first, rest: first + "".join(sep + part for sep, part in rest),
    _AGREEMENTS_SLUG_PART,
    st.lists(st.tuples(st.sampled_from("-_."), _AGREEMENTS_SLUG_PART), max_size=2),
)


def _agreements_ids(*prefixes: str) -> st.SearchStrategy[str]:
    return st.builds(lambda prefix, s: f"{prefix}:{s}", st.sampled_from(prefixes), _AGREEMENTS_SLUG)


def _agreements_party_ids(*prefixes: str) -> st.SearchStrategy[str]:
    """Ids of parties of the given kinds; countries are real ISO 3166-1 codes."""
    others = [p for p in prefixes if p != "country"]
    country_ids = countries().map(lambda c: f"country:{c.alpha2.lower()}")
    if "country" not in prefixes:
        return _agreements_ids(*others)
    return country_ids | _agreements_ids(*others) if others else country_ids


def _agreements_mineral_ids() -> st.SearchStrategy[str]:
    return _agreements_ids("element", "group", "commodity", "list")


def _agreements_text(max_size: int) -> st.SearchStrategy[str]:
    alphabet = st.characters(categories=("L", "N", "P", "Zs"))
    return st.text(alphabet, min_size=1, max_size=max_size).filter(str.strip)


def _agreements_citations(min_size: int) -> st.SearchStrategy[tuple[Citation, ...]]:
    citation = st.builds(
        Citation,
        source=_agreements_ids("src"),
        quotation=st.none() | _agreements_text(60),
    )
    return st.lists(citation, min_size=min_size, max_size=3).map(tuple)


def _agreements_places() -> st.SearchStrategy[Place]:
    parts = st.none() | _agreements_text(30)
    return st.builds(Place, country=countries(), city=parts, venue=parts) | st.builds(
        Place, subdivision=subdivisions(), city=parts
    )


def date_claims() -> st.SearchStrategy[DateClaim]:
    """Date claims of any temporal value, each citing one to three sources.

    >>> from hypothesis import given
    >>> from mineralpact.sources import DateClaim
    >>> @given(date_claims())
    ... def check(claim: DateClaim) -> None:
    ...     assert claim.sources
    >>> check()
    """
    return st.builds(DateClaim, temporal_values(), _agreements_citations(1))


def _agreements_dates() -> st.SearchStrategy[tuple[DateClaim, ...]]:
    """Up to three claims with distinct values, as records hold them."""
    return st.lists(date_claims(), max_size=3, unique_by=lambda c: c.value).map(tuple)


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
        person=_agreements_ids("person"),
        on_behalf_of=_agreements_party_ids("org", "country"),
        position=st.none() | _agreements_ids("position"),
    )


def _agreements_record(**fields: Any) -> Agreement:
    # An agreement that follows itself is refused: drop its own id.
    fields["follows"] = fields["follows"] - {fields["id"]}
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
        _agreements_record,
        id=_agreements_ids("agreement"),
        kind=st.sampled_from(AgreementKind),
        title=st.none() | _agreements_text(60),
        parties=st.frozensets(
            _agreements_party_ids("org", "country", "person"), min_size=1, max_size=3
        ),
        signatories=st.lists(signatories(), max_size=3).map(tuple),
        dates=_agreements_dates(),
        place=st.none() | _agreements_places(),
        minerals=st.frozensets(_agreements_mineral_ids(), max_size=3),
        scope=st.frozensets(st.sampled_from(Scope)),
        binding=st.none() | st.booleans(),
        follows=st.frozensets(_agreements_ids("agreement"), max_size=2),
        citations=_agreements_citations(1),
        notes=st.none() | _agreements_text(80),
    )


# --- events (mineralpact.events) ---
from mineralpact.events import Event, EventKind, Participant  # noqa: E402 -- section imports


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
        party=_agreements_party_ids("person", "org", "country"),
        role=st.none() | st.sampled_from(["co-chair", "host", "speaker", "attendee", "appointee"]),
        position=st.none() | _agreements_ids("position"),
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
        id=_agreements_ids("event"),
        kind=st.sampled_from(EventKind),
        title=_agreements_text(60),
        dates=_agreements_dates(),
        place=st.none() | _agreements_places(),
        participants=st.lists(participants(), max_size=3).map(tuple),
        organisers=st.frozensets(_agreements_party_ids("org", "country", "person"), max_size=2),
        series=st.none() | _agreements_ids("org"),
        number=st.none() | st.integers(min_value=1, max_value=200),
        agreements=st.frozensets(_agreements_ids("agreement"), max_size=2),
        subjects=st.frozensets(
            _agreements_ids("position", "facility", "project", "org", "milestone"), max_size=2
        ),
        minerals=st.frozensets(_agreements_mineral_ids(), max_size=3),
        citations=_agreements_citations(1),
        notes=st.none() | _agreements_text(80),
    )


# --- projects (mineralpact.projects) ---
from mineralpact.agreements import Scope as _Scope  # noqa: E402 -- each section keeps its imports
from mineralpact.places import Place as _Place  # noqa: E402 -- each section keeps its imports
from mineralpact.projects import (  # noqa: E402 -- each section keeps its imports with its code
    Facility,
    FacilityKind,
    FundingInstrument,
    Project,
)
from mineralpact.sources import Citation as _Citation  # noqa: E402 -- section imports


def _projects_ids(*prefixes: str) -> st.SearchStrategy[str]:
    slug = st.from_regex(r"[a-z0-9]{1,12}(?:[-_.][a-z0-9]{1,8}){0,2}", fullmatch=True)
    return st.builds(lambda prefix, s: f"{prefix}:{s}", st.sampled_from(prefixes), slug)


def _projects_party_ids() -> st.SearchStrategy[str]:
    """Party ids; countries are real ISO 3166-1 codes in lower case."""
    return countries().map(lambda c: f"country:{c.alpha2.lower()}") | _projects_ids("org", "person")


def _projects_mineral_ids() -> st.SearchStrategy[str]:
    return _projects_ids("element", "group", "commodity", "list")


def _projects_text(max_size: int) -> st.SearchStrategy[str]:
    alphabet = st.characters(categories=("L", "N", "P", "Zs"))
    return st.text(alphabet, min_size=1, max_size=max_size).filter(str.strip)


def _projects_citations() -> st.SearchStrategy[tuple[_Citation, ...]]:
    citation = st.builds(
        _Citation, source=_projects_ids("src"), quotation=st.none() | _projects_text(60)
    )
    return st.lists(citation, min_size=1, max_size=3).map(tuple)


def _projects_places() -> st.SearchStrategy[_Place]:
    parts = st.none() | _projects_text(30)
    return st.builds(_Place, country=countries(), city=parts, venue=parts) | st.builds(
        _Place, subdivision=subdivisions(), city=parts
    )


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
        id=_projects_ids("project"),
        title=_projects_text(80),
        funders=st.frozensets(_projects_party_ids(), max_size=3),
        instrument=st.none() | st.sampled_from(FundingInstrument),
        executors=st.frozensets(_projects_ids("org"), max_size=3),
        managers=st.frozensets(_projects_ids("org"), max_size=2),
        hosts=st.frozensets(_projects_party_ids(), max_size=3),
        location=st.none() | _projects_places(),
        minerals=st.frozensets(_projects_mineral_ids(), max_size=4),
        scope=st.frozensets(st.sampled_from(_Scope)),
        citations=_projects_citations(),
        notes=st.none() | _projects_text(80),
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
        id=_projects_ids("facility"),
        names=st.lists(names(), min_size=1, max_size=3).map(tuple),
        kind=st.sampled_from(FacilityKind),
        project=st.none() | _projects_ids("project"),
        operators=st.frozensets(_projects_ids("org"), max_size=3),
        host=st.none() | _projects_ids("org"),
        location=st.none() | _projects_places(),
        minerals=st.frozensets(_projects_mineral_ids(), max_size=4),
        scope=st.frozensets(st.sampled_from(_Scope)),
        citations=_projects_citations(),
        notes=st.none() | _projects_text(80),
    )


# --- milestones (mineralpact.milestones) ---
from mineralpact.milestones import (  # noqa: E402 -- each section keeps its imports with its code
    Milestone,
    MilestoneKind,
    MilestoneStatus,
)
from mineralpact.sources import DateClaim as _DateClaim  # noqa: E402 -- section imports


def _milestones_claims() -> st.SearchStrategy[tuple[_DateClaim, ...]]:
    """Up to three claims with distinct values (at times disputed), as records hold them."""
    claim = st.builds(_DateClaim, temporal_values(), _projects_citations())
    return st.lists(claim, max_size=3, unique_by=lambda c: c.value).map(tuple)


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
        id=_projects_ids("milestone"),
        subject=_projects_ids("project", "facility", "agreement"),
        kind=st.sampled_from(MilestoneKind),
        description=_projects_text(80),
        planned=_milestones_claims(),
        actual=_milestones_claims(),
        status=st.sampled_from(MilestoneStatus),
        citations=_projects_citations(),
        notes=st.none() | _projects_text(80),
    )


# --- figures (mineralpact.figures) ---
import functools as _functools  # noqa: E402 -- each section keeps its own imports

from mineralpact.figures import (  # noqa: E402 -- each section keeps its imports with its code
    Basis,
    Figure,
    FigureValue,
    Measure,
    ReserveCategory,
)


def _figures_values(measure: Measure) -> st.SearchStrategy[FigureValue]:
    if measure is Measure.COUNT:
        # A count figure says what it counts.
        return st.builds(Count, st.integers(0, 10**9), st.booleans(), _descriptions())
    return st.one_of(quantities(), shares(), ranks(), counts(), money())


def _figures_categories(measure: Measure) -> st.SearchStrategy[ReserveCategory | None]:
    if measure is Measure.RESERVES:
        fitting = [c for c in ReserveCategory if not c.is_resource]
    elif measure is Measure.RESOURCES:
        fitting = [c for c in ReserveCategory if not c.is_reserve]
    else:
        return st.none()
    return st.none() | st.sampled_from(fitting)


@_functools.cache
def _figures_of(measure: Measure) -> st.SearchStrategy[Figure]:
    # Built once per measure, so that draws reuse validated strategies.
    values = _figures_values(measure)
    description = _projects_text(60)
    value_and_description = st.tuples(st.none(), description) | st.tuples(
        values, st.none() | description
    )
    when = st.one_of(
        st.just((None, None)),
        st.tuples(st.one_of(partial_dates(), date_ranges()), st.none()),
        st.tuples(st.none(), partial_dates()),
    )
    subjects = st.none() | _projects_party_ids() | _projects_ids("facility", "project")
    minerals = st.frozensets(_projects_mineral_ids(), max_size=3)
    bases = st.none() | st.sampled_from(Basis)
    categories = _figures_categories(measure)
    notes = st.none() | _projects_text(80)

    @st.composite
    def build(draw: st.DrawFn) -> Figure:
        value, text = draw(value_and_description)
        period, as_of = draw(when)
        return Figure(
            id=draw(_projects_ids("figure")),
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
            citations=draw(_projects_citations()),
            notes=draw(notes),
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
    _currency_codes()
    return st.sampled_from(Measure).flatmap(_figures_of)


# --- minerals (mineralpact.minerals) ---
from mineralpact.minerals import (  # noqa: E402 -- each section keeps its imports with its code
    Commodity,
    Element,
    ListSubset,
    MineralGroup,
    MineralList,
    periodic_table,
    reference_records,
)

_MINERAL_KINDS = ("element", "group", "commodity", "list")


def _minerals_ids(prefix: str) -> st.SearchStrategy[str]:
    slug = st.from_regex(r"[a-z0-9]{1,12}(?:[-_.][a-z0-9]{1,8}){0,2}", fullmatch=True)
    return slug.map(lambda s: f"{prefix}:{s}")


def _minerals_text(max_size: int) -> st.SearchStrategy[str]:
    alphabet = st.characters(categories=("L", "N", "P", "Zs"))
    return st.text(alphabet, min_size=1, max_size=max_size).filter(str.strip)


def _minerals_citations() -> st.SearchStrategy[tuple[Citation, ...]]:
    citation = st.builds(
        Citation, source=_minerals_ids("src"), quotation=st.none() | _minerals_text(60)
    )
    return st.lists(citation, min_size=1, max_size=3).map(tuple)


def _minerals_element_ids(max_size: int) -> st.SearchStrategy[frozenset[str]]:
    return st.frozensets(mineral_ids("element"), min_size=1, max_size=max_size)


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
    from mineralpact.errors import InvalidValueError

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
        id=_minerals_ids("group"),
        name=_minerals_text(40),
        aliases=st.lists(_minerals_text(20), max_size=3).map(tuple),
        members=_minerals_element_ids(8),
        citations=_minerals_citations(),
        notes=st.none() | _minerals_text(80),
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
        id=_minerals_ids("commodity"),
        name=_minerals_text(40),
        aliases=st.lists(_minerals_text(20), max_size=3).map(tuple),
        elements=_minerals_element_ids(4),
        formula=st.none() | st.from_regex(r"(?:[A-Z][a-z]?[1-9]?){1,4}", fullmatch=True),
        citations=_minerals_citations(),
        notes=st.none() | _minerals_text(80),
    )


@st.composite
def _mineral_list(
    draw: st.DrawFn,
    entry_ids: st.SearchStrategy[str],
    jurisdictions: st.SearchStrategy[str | None],
) -> MineralList:
    entries = draw(st.lists(entry_ids, min_size=1, max_size=12, unique=True))
    names = draw(st.lists(_minerals_text(20), max_size=2, unique_by=_fold_subset_name))
    subsets = tuple(
        ListSubset(name, frozenset(draw(st.lists(st.sampled_from(entries), min_size=1))))
        for name in names
    )
    return MineralList(
        id=draw(_minerals_ids("list")),
        title=draw(_minerals_text(60)),
        aliases=tuple(draw(st.lists(_minerals_text(20), max_size=2))),
        issuer=draw(_minerals_ids("org")),
        jurisdiction=draw(jurisdictions),
        published=draw(st.none() | partial_dates()),
        entries=tuple(entries),
        subsets=subsets,
        citations=draw(_minerals_citations()),
        notes=draw(st.none() | _minerals_text(80)),
    )


def _fold_subset_name(name: str) -> str:
    from mineralpact.minerals import _fold

    return _fold(name)


def mineral_lists() -> st.SearchStrategy[MineralList]:
    """Lists of bundled minerals in a drawn order, at times with named subsets.

    >>> from hypothesis import given
    >>> from mineralpact.minerals import MineralList
    >>> @given(mineral_lists())
    ... def check(mineral_list: MineralList) -> None:
    ...     for subset in mineral_list.subsets:
    ...         assert subset.members <= set(mineral_list.entries)
    >>> check()
    """
    jurisdictions = st.none() | countries().map(lambda c: f"country:{c.alpha2.lower()}")
    return _mineral_list(mineral_ids("element", "group", "commodity"), jurisdictions)
