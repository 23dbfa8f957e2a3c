"""Organisations, people, their names over time, and the positions people hold."""

from __future__ import annotations

import datetime
import pickle
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, cast

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineralpact.codes import Country, Identifier, IdentifierScheme
from mineralpact.dataset import Dataset
from mineralpact.dates import PartialDate, QualifiedDate
from mineralpact.errors import (
    InvalidCodeError,
    InvalidIdError,
    InvalidTypeError,
    InvalidValueError,
    MineralpactError,
)
from mineralpact.parties import (
    Name,
    NameKind,
    Organisation,
    OrganisationKind,
    Person,
    Position,
)
from mineralpact.sources import Citation, DateClaim, Source, SourceKind
from mineralpact.strategies import (
    names,
    organisations,
    partial_dates,
    persons,
    positions,
)

# --- the seed facts -------------------------------------------------------------------

HERALD = "src:korea-herald-2023-01-26"
KOREA_NET = "src:korea-net-2025-03-12"
KOREA_TIMES = "src:korea-times-2025-09-22"
SEDAILY = "src:sedaily-2025-12-15"

GCRA_001 = Citation(KOREA_NET, quotation="Geological Center for Research and Analysis (GCRA)")
GCRA_004 = Citation(
    SEDAILY,
    quotation="at the Geological Central Research Academy (GCRA) in Ulaanbaatar",
    phrase="Geological Central Research Academy",
)


def gcra() -> Organisation:
    return Organisation(
        id="org:mn-gcra",
        names=(
            Name("Geological Center for Research and Analysis", citations=(GCRA_001,)),
            Name("Geological Central Research Academy", kind=NameKind.ALIAS, citations=(GCRA_004,)),
            Name("GCRA", kind=NameKind.ABBREVIATION, citations=(GCRA_001, GCRA_004)),
        ),
        kind=OrganisationKind.RESEARCH_INSTITUTE,
        jurisdiction=Country("MN"),
        citations=(GCRA_001, GCRA_004),
        notes="One organisation; the sources give two English names.",
    )


def motie() -> Organisation:
    return Organisation(
        id="org:kr-motie",
        names=(
            Name("Ministry of Trade, Industry and Energy", until=PartialDate(2025)),
            Name("MOTIE", kind=NameKind.ABBREVIATION),
            Name("Ministry of Trade, Industry and Resources", since=PartialDate(2025)),
            Name("산업통상자원부", language="ko", until=PartialDate(2025)),
        ),
        kind=OrganisationKind.MINISTRY,
        jurisdiction=Country("KR"),
        parent="org:kr-government",
        citations=(Citation(KOREA_NET, quotation="The Ministry of Trade, Industry and Energy"),),
    )


def kt() -> Organisation:
    return Organisation(
        id="org:kt",
        names=(Name("KT Corporation"), Name("KT Corp.", kind=NameKind.ALIAS)),
        kind=OrganisationKind.COMPANY,
        jurisdiction=Country("KR"),
        identifiers=frozenset(
            {Identifier("sec_cik", "892450"), Identifier("url", "https://corp.kt.com/")}
        ),
        citations=(Citation(HERALD, quotation="South Korean telecommunications giant KT Corp."),),
    )


def ganbaatar() -> Person:
    return Person(
        id="person:ganbaatar-jambal",
        names=(
            Name("Ganbaatar Jambal", citations=(Citation(HERALD, phrase="Ganbaatar Jambal"),)),
            Name("J. Ganbaatar", kind=NameKind.ALIAS),
        ),
        nationality=Country("MN"),
        citations=(Citation(HERALD, quotation="Ganbaatar Jambal, Mongolia's Mining"),),
    )


def uchral_positions() -> tuple[Position, Position]:
    return (
        Position(
            id="position:uchral-nyam-osor-mddc",
            person="person:uchral-nyam-osor",
            organisation="org:mn-mddc",
            title="Minister of Digital Development and Communications",
            citations=(
                Citation(
                    HERALD,
                    quotation="Uchral Nyam-Osor, Mongolia's Minister of digital development "
                    "and communications",
                ),
            ),
        ),
        Position(
            id="position:uchral-nyam-osor-first-deputy-pm",
            person="person:uchral-nyam-osor",
            organisation="org:mn-government",
            title="First Deputy Prime Minister and Minister of Economy and Development",
            citations=(
                Citation(
                    KOREA_TIMES,
                    quotation="Uchral Nyam-Osor, Mongolia's first deputy prime minister and "
                    "minister of economy and development",
                ),
            ),
        ),
    )


def lee_positions() -> tuple[Position, Position]:
    return (
        Position(
            id="position:lee-ho-hyeon-deputy-minister-energy-policy",
            person="person:lee-ho-hyeon",
            organisation="org:kr-motie",
            title="Deputy Minister for Energy Policy",
            citations=(Citation(KOREA_NET, quotation="Deputy Minister for Energy Policy"),),
        ),
        Position(
            id="position:lee-ho-hyeon-vice-minister",
            person="person:lee-ho-hyeon",
            organisation="org:kr-motie",
            title="Vice Minister of Trade, Industry and Energy",
            citations=(
                Citation(KOREA_TIMES, quotation="Vice Minister of Trade, Industry and Energy"),
            ),
        ),
    )


def ku_cto() -> Position:
    return Position(
        id="position:ku-hyeon-mo-mn-cto",
        person="person:ku-hyeon-mo",
        organisation="org:mn-government",
        title="Chief Technology Officer",
        since=PartialDate(2023, 1, 26),
        citations=(Citation(HERALD, quotation="in Ulaanbaatar, Thursday", phrase="Thursday"),),
    )


# --- enums ----------------------------------------------------------------------------


@pytest.mark.parametrize("enum_type", [OrganisationKind, NameKind])
def test_enum_values_are_the_lower_cased_member_names(enum_type: Any) -> None:
    for member in enum_type:
        assert member.value == member.name.lower()


def test_enums_have_the_documented_members() -> None:
    assert [k.name for k in NameKind] == ["OFFICIAL", "ABBREVIATION", "ALIAS", "TRANSLATION"]
    assert OrganisationKind("forum_organiser") is OrganisationKind.FORUM_ORGANISER
    documented = (Path(__file__).parents[1] / "docs" / "reference" / "parties.md").read_text()
    assert [k.name for k in OrganisationKind if f"`{k.name}`" not in documented] == []
    assert OrganisationKind("fund") is OrganisationKind.FUND


# --- Name -----------------------------------------------------------------------------


def test_name_defaults() -> None:
    name = Name("GCRA")
    assert (name.language, name.kind, name.since, name.until, name.citations) == (
        "en",
        NameKind.OFFICIAL,
        None,
        None,
        (),
    )
    assert str(name) == "GCRA"


def test_name_holds_language_kind_period_and_sources() -> None:
    name = Name(
        "Ministry of Mining and Heavy Industry",
        "en",
        NameKind.OFFICIAL,
        None,
        PartialDate(2024),
        (Citation(HERALD, quotation="Mongolia's Mining and Heavy Industry Minister"),),
    )
    assert name.until == PartialDate(2024)
    assert name.citations[0].source == HERALD


@pytest.mark.parametrize("language", ["en", "ko", "mn", "ja", "zh", "ru"])
def test_name_accepts_iso_639_1_codes(language: str) -> None:
    assert Name("x", language=language).language == language


@pytest.mark.parametrize(
    ("kwargs", "error", "what"),
    [
        ({"text": 42}, InvalidTypeError, "Name.text"),
        ({"text": ""}, InvalidValueError, "Name.text"),
        ({"text": "   "}, InvalidValueError, "Name.text"),
        ({"text": "x" * 301}, InvalidValueError, "Name.text"),
        ({"language": None}, InvalidTypeError, "Name.language"),
        ({"language": "EN"}, InvalidCodeError, "Name.language"),
        ({"language": "eng"}, InvalidCodeError, "Name.language"),
        ({"language": "e"}, InvalidCodeError, "Name.language"),
        ({"language": "xx"}, InvalidCodeError, "Name.language"),
        ({"language": "e1"}, InvalidCodeError, "Name.language"),
        ({"language": "én"}, InvalidCodeError, "Name.language"),
        ({"language": "en-GB"}, InvalidCodeError, "Name.language"),
        ({"kind": "official"}, InvalidTypeError, "Name.kind"),
        ({"kind": OrganisationKind.OTHER}, InvalidTypeError, "Name.kind"),
        ({"since": "2025"}, InvalidTypeError, "Name.since"),
        ({"since": datetime.date(2025, 1, 1)}, InvalidTypeError, "Name.since"),
        ({"until": 2025}, InvalidTypeError, "Name.until"),
        ({"citations": [GCRA_001]}, InvalidTypeError, "Name.citations"),
        ({"citations": (KOREA_NET,)}, InvalidTypeError, "Name.citations[0]"),
        ({"citations": GCRA_001}, InvalidTypeError, "Name.citations"),
    ],
)
def test_invalid_name_fields_are_refused(
    kwargs: dict[str, Any], error: type[MineralpactError], what: str
) -> None:
    fields: dict[str, Any] = {"text": "GCRA"} | kwargs
    with pytest.raises(error) as info:
        Name(**fields)
    assert type(info.value) is error
    assert info.value.what == what  # type: ignore[attr-defined]


def test_language_error_says_what_is_expected() -> None:
    with pytest.raises(InvalidCodeError, match="ISO 639-1") as info:
        Name("Монгол Улс", language="MN")
    assert info.value.value == "MN"
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    ("since", "until", "date", "expected"),
    [
        # No period: in use at any time.
        (None, None, PartialDate(1990), True),
        # since 2025-11: certainly not in use in 2025-10, in use from 2025-11 on.
        (PartialDate(2025, 11), None, PartialDate(2025, 10), False),
        (PartialDate(2025, 11), None, PartialDate(2025, 11, 1), None),
        (PartialDate(2025, 11), None, PartialDate(2025, 12), True),
        (PartialDate(2025, 11), None, PartialDate(2025), None),
        (PartialDate(2025, 11, 1), None, PartialDate(2025, 11, 1), True),
        (PartialDate(2025, 11, 1), None, datetime.date(2025, 10, 31), False),
        # until 2025 (some day in 2025, included).
        (None, PartialDate(2025), PartialDate(2024, 12, 31), True),
        (None, PartialDate(2025), PartialDate(2025, 1, 1), True),
        (None, PartialDate(2025), PartialDate(2025, 1, 2), None),
        (None, PartialDate(2025), datetime.date(2026, 1, 1), False),
        (None, PartialDate(2025), PartialDate(2025), None),
        # both ends
        (PartialDate(2013, 3), PartialDate(2025, 9), PartialDate(2020), True),
        (PartialDate(2013, 3), PartialDate(2025, 9), PartialDate(2013), None),
        (PartialDate(2013, 3), PartialDate(2025, 9), PartialDate(2012, 12, 31), False),
    ],
)
def test_name_in_use_on_is_precision_aware(
    since: PartialDate | None,
    until: PartialDate | None,
    date: PartialDate | datetime.date,
    expected: bool | None,
) -> None:
    assert Name("x", since=since, until=until).in_use_on(date) is expected


@pytest.mark.parametrize(
    "date", ["2025", 2025, None, datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)]
)
def test_name_in_use_on_refuses_what_is_not_a_date(date: Any) -> None:
    with pytest.raises(InvalidTypeError) as info:
        Name("x").in_use_on(date)
    assert info.value.what == "Name.in_use_on"


# --- Organisation ---------------------------------------------------------------------


def test_organisation_with_the_seed_facts() -> None:
    org = gcra()
    assert org.name.text == "Geological Center for Research and Analysis"
    assert org.jurisdiction == Country("MN")
    assert org.parent is None
    assert org.identifiers == frozenset()
    assert [n.kind for n in org.names] == [
        NameKind.OFFICIAL,
        NameKind.ALIAS,
        NameKind.ABBREVIATION,
    ]


def test_organisation_keeps_identifiers() -> None:
    assert Identifier(IdentifierScheme.SEC_CIK, "0000892450") in kt().identifiers


@pytest.mark.parametrize(
    ("names_", "expected"),
    [
        (
            (Name("GCRA", kind=NameKind.ABBREVIATION), Name("Geological Center")),
            "Geological Center",
        ),
        (
            (Name("산업통상자원부", language="ko"), Name("MOTIE", kind=NameKind.ALIAS)),
            "산업통상자원부",
        ),
        ((Name("산업통상자원부", language="ko"), Name("Ministry of Trade")), "Ministry of Trade"),
        ((Name("A", kind=NameKind.ALIAS), Name("B", kind=NameKind.TRANSLATION)), "A"),
    ],
)
def test_primary_name_is_the_first_official_english_name_else_the_first(
    names_: tuple[Name, ...], expected: str
) -> None:
    org = Organisation(id="org:x", names=names_, kind=OrganisationKind.OTHER, citations=(GCRA_001,))
    person = Person(id="person:x", names=names_, citations=(GCRA_001,))
    assert org.name.text == expected
    assert person.name.text == expected


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (PartialDate(2023, 2, 15), "Ministry of Trade, Industry and Energy"),
        (datetime.date(2024, 12, 31), "Ministry of Trade, Industry and Energy"),
        (PartialDate(2025, 1, 1), "Ministry of Trade, Industry and Energy"),
        (PartialDate(2026), "Ministry of Trade, Industry and Resources"),
        # In the year of the renaming, only the abbreviation is known to be in use.
        (PartialDate(2025, 9), "MOTIE"),
    ],
)
def test_name_on_gives_the_name_in_use(date: PartialDate | datetime.date, expected: str) -> None:
    name = motie().name_on(date)
    assert name is not None
    assert name.text == expected


def test_name_on_prefers_an_official_name_over_an_earlier_alias() -> None:
    org = Organisation(
        id="org:x",
        names=(
            Name("Old", until=PartialDate(2020)),
            Name("Alias", kind=NameKind.ALIAS),
            Name("Официальное", language="ru"),
            Name("New", since=PartialDate(2021)),
        ),
        kind=OrganisationKind.OTHER,
        citations=(GCRA_001,),
    )
    assert [str(org.name_on(PartialDate(y))) for y in (2019, 2020, 2022)] == [
        "Old",
        "Официальное",
        "New",
    ]


def test_name_on_is_none_in_the_uncertain_time_of_a_renaming() -> None:
    mimr = Organisation(
        id="org:mn-mimr",
        names=(
            Name("Ministry of Mining and Heavy Industry", until=PartialDate(2024)),
            Name("Ministry of Industry and Mineral Resources", since=PartialDate(2024)),
        ),
        kind=OrganisationKind.MINISTRY,
        jurisdiction=Country("MN"),
        citations=(Citation(HERALD), Citation(KOREA_NET)),
    )
    assert mimr.name_on(PartialDate(2024, 6)) is None
    assert str(mimr.name_on(PartialDate(2023, 1, 26))) == "Ministry of Mining and Heavy Industry"
    assert str(mimr.name_on(PartialDate(2025, 3, 12))) == (
        "Ministry of Industry and Mineral Resources"
    )


@pytest.mark.parametrize("date", ["2025-03-12", datetime.datetime(2025, 3, 12), (2025, 3)])
def test_name_on_refuses_what_is_not_a_date(date: Any) -> None:
    with pytest.raises(InvalidTypeError) as info:
        motie().name_on(date)
    assert info.value.what == "Organisation.name_on"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Geological Center for Research and Analysis", True),
        ("geological center for research and analysis", True),
        ("  Geological   Central\tResearch\nAcademy ", True),
        ("GCRA", True),
        ("gcra", True),
        ("ＧＣＲＡ", True),  # full-width letters (Unicode compatibility forms)
        ("Geological Center", False),
        ("GCRA.", False),
        ("", False),
        ("   ", False),
    ],
)
def test_organisation_matches_any_of_its_names(text: str, expected: bool) -> None:
    assert gcra().matches(text) is expected


def test_matches_any_name_whatever_its_period() -> None:
    org = motie()
    assert org.matches("ministry of trade, industry and energy")
    assert org.matches("Ministry of Trade, Industry and Resources")
    assert org.matches("산업통상자원부")


def test_matches_folds_typographic_apostrophes() -> None:
    org = Organisation(
        id="org:x",
        names=(Name("People’s Bank"),),
        kind=OrganisationKind.OTHER,
        citations=(GCRA_001,),
    )
    assert org.matches("people's bank")


@pytest.mark.parametrize("text", [None, 1, b"GCRA", ("GCRA",)])
def test_matches_refuses_what_is_not_a_string(text: Any) -> None:
    with pytest.raises(InvalidTypeError) as info:
        gcra().matches(text)
    assert info.value.what == "Organisation.matches"


ORG_FIELDS: dict[str, Any] = {
    "id": "org:mn-gcra",
    "names": (Name("GCRA"),),
    "kind": OrganisationKind.RESEARCH_INSTITUTE,
    "citations": (GCRA_001,),
}


@pytest.mark.parametrize(
    ("kwargs", "error", "what"),
    [
        ({"id": 1}, InvalidTypeError, "Organisation.id"),
        ({"id": "person:gcra"}, InvalidIdError, "Organisation.id"),
        ({"id": "Org:GCRA"}, InvalidIdError, "Organisation.id"),
        ({"id": "gcra"}, InvalidIdError, "Organisation.id"),
        ({"id": "org:"}, InvalidIdError, "Organisation.id"),
        ({"names": ()}, InvalidValueError, "Organisation.names"),
        ({"names": [Name("GCRA")]}, InvalidTypeError, "Organisation.names"),
        ({"names": ("GCRA",)}, InvalidTypeError, "Organisation.names[0]"),
        ({"names": "GCRA"}, InvalidTypeError, "Organisation.names"),
        ({"kind": "research_institute"}, InvalidTypeError, "Organisation.kind"),
        ({"kind": None}, InvalidTypeError, "Organisation.kind"),
        ({"jurisdiction": "MN"}, InvalidTypeError, "Organisation.jurisdiction"),
        ({"parent": "person:x"}, InvalidIdError, "Organisation.parent"),
        ({"parent": "org:MN"}, InvalidIdError, "Organisation.parent"),
        ({"parent": 7}, InvalidTypeError, "Organisation.parent"),
        ({"parent": "org:mn-gcra"}, InvalidIdError, "Organisation.parent"),
        (
            {"identifiers": {Identifier("wikidata", "Q1")}},
            InvalidTypeError,
            "Organisation.identifiers",
        ),
        (
            {"identifiers": frozenset({"wikidata:Q1"})},
            InvalidTypeError,
            "Organisation.identifiers[0]",
        ),
        ({"citations": ()}, InvalidValueError, "Organisation.citations"),
        ({"citations": [GCRA_001]}, InvalidTypeError, "Organisation.citations"),
        ({"citations": (KOREA_NET,)}, InvalidTypeError, "Organisation.citations[0]"),
        ({"notes": ""}, InvalidValueError, "Organisation.notes"),
        ({"notes": "x" * 2001}, InvalidValueError, "Organisation.notes"),
        ({"notes": 3}, InvalidTypeError, "Organisation.notes"),
    ],
)
def test_invalid_organisation_fields_are_refused(
    kwargs: dict[str, Any], error: type[MineralpactError], what: str
) -> None:
    with pytest.raises(error) as info:
        Organisation(**(ORG_FIELDS | kwargs))
    assert type(info.value) is error
    assert info.value.what == what  # type: ignore[attr-defined]


@pytest.mark.parametrize("missing", ["id", "names", "kind", "citations"])
def test_organisation_requires_its_fields(missing: str) -> None:
    fields = {k: v for k, v in ORG_FIELDS.items() if k != missing}
    with pytest.raises(TypeError, match=missing):
        Organisation(**fields)


def test_organisation_fields_are_keyword_only() -> None:
    positional: tuple[Any, ...] = ("org:x", (Name("x"),), OrganisationKind.OTHER, (GCRA_001,))
    with pytest.raises(TypeError):
        cast(Any, Organisation)(*positional)


def test_organisation_references_give_every_id_with_its_path() -> None:
    assert list(gcra().references()) == [
        ("names[0].citations[0].source", KOREA_NET),
        ("names[1].citations[0].source", SEDAILY),
        ("names[2].citations[0].source", KOREA_NET),
        ("names[2].citations[1].source", SEDAILY),
        ("citations[0].source", KOREA_NET),
        ("citations[1].source", SEDAILY),
    ]
    assert list(motie().references()) == [
        ("parent", "org:kr-government"),
        ("citations[0].source", KOREA_NET),
    ]


# --- Person ---------------------------------------------------------------------------


def test_person_with_the_seed_facts() -> None:
    person = ganbaatar()
    assert person.name.text == "Ganbaatar Jambal"
    assert person.nationality == Country("MN")
    assert person.matches("J. Ganbaatar")
    assert person.matches("ganbaatar  jambal")
    assert not person.matches("Jambal Ganbaatar")
    assert not person.matches("J Ganbaatar")


def test_person_references() -> None:
    assert list(ganbaatar().references()) == [
        ("names[0].citations[0].source", HERALD),
        ("citations[0].source", HERALD),
    ]


@pytest.mark.parametrize("text", [None, 0, ["Ganbaatar Jambal"]])
def test_person_matches_refuses_what_is_not_a_string(text: Any) -> None:
    with pytest.raises(InvalidTypeError) as info:
        ganbaatar().matches(text)
    assert info.value.what == "Person.matches"


PERSON_FIELDS: dict[str, Any] = {
    "id": "person:lee-ho-hyeon",
    "names": (Name("Lee Ho-hyeon"),),
    "citations": (Citation(KOREA_NET),),
}


@pytest.mark.parametrize(
    ("kwargs", "error", "what"),
    [
        ({"id": None}, InvalidTypeError, "Person.id"),
        ({"id": "org:lee-ho-hyeon"}, InvalidIdError, "Person.id"),
        ({"id": "person:Lee Ho-hyeon"}, InvalidIdError, "Person.id"),
        ({"names": ()}, InvalidValueError, "Person.names"),
        ({"names": (Name("Lee"), "Lee Ho-hyeon")}, InvalidTypeError, "Person.names[1]"),
        ({"names": [Name("Lee")]}, InvalidTypeError, "Person.names"),
        ({"nationality": "KR"}, InvalidTypeError, "Person.nationality"),
        ({"identifiers": (Identifier("wikidata", "Q1"),)}, InvalidTypeError, "Person.identifiers"),
        ({"citations": ()}, InvalidValueError, "Person.citations"),
        ({"citations": (None,)}, InvalidTypeError, "Person.citations[0]"),
        ({"notes": " "}, InvalidValueError, "Person.notes"),
    ],
)
def test_invalid_person_fields_are_refused(
    kwargs: dict[str, Any], error: type[MineralpactError], what: str
) -> None:
    with pytest.raises(error) as info:
        Person(**(PERSON_FIELDS | kwargs))
    assert type(info.value) is error
    assert info.value.what == what  # type: ignore[attr-defined]


# --- Position -------------------------------------------------------------------------


def test_changing_titles_are_separate_positions() -> None:
    digital, economy = uchral_positions()
    assert digital.person == economy.person == "person:uchral-nyam-osor"
    assert digital.title != economy.title
    assert digital.citations[0].source == HERALD
    assert economy.citations[0].source == KOREA_TIMES
    deputy, vice = lee_positions()
    assert deputy.organisation == vice.organisation == "org:kr-motie"
    assert (deputy.since, deputy.until) == (None, None)


def test_position_references() -> None:
    assert list(ku_cto().references()) == [
        ("person", "person:ku-hyeon-mo"),
        ("organisation", "org:mn-government"),
        ("citations[0].source", HERALD),
    ]


@pytest.mark.parametrize(
    ("since", "until", "date", "expected"),
    [
        # Neither end stated: nothing can be told.
        (None, None, PartialDate(2023, 1, 26), None),
        # A first day known, no end: held on that day only, as far as the record says.
        (PartialDate(2023, 1, 26), None, PartialDate(2023, 1, 26), True),
        (PartialDate(2023, 1, 26), None, datetime.date(2023, 1, 25), False),
        (PartialDate(2023, 1, 26), None, PartialDate(2022), False),
        (PartialDate(2023, 1, 26), None, PartialDate(2023), None),
        (PartialDate(2023, 1, 26), None, PartialDate(2024), None),
        (PartialDate(2023, 1), None, PartialDate(2023, 1, 31), None),
        # A last day known, no start.
        (None, PartialDate(2025, 9, 22), PartialDate(2025, 9, 22), True),
        (None, PartialDate(2025, 9, 22), PartialDate(2025, 9, 21), None),
        (None, PartialDate(2025, 9, 22), PartialDate(2025, 10), False),
        # Both ends.
        (PartialDate(2023), PartialDate(2025), PartialDate(2024), True),
        (PartialDate(2023), PartialDate(2025), PartialDate(2024, 2, 29), True),
        (PartialDate(2023), PartialDate(2025), PartialDate(2023, 6), None),
        (PartialDate(2023), PartialDate(2025), PartialDate(2025, 1, 1), True),
        (PartialDate(2023), PartialDate(2025), PartialDate(2026, 1), False),
        (PartialDate(2023), PartialDate(2025), PartialDate(2022, 12, 31), False),
    ],
)
def test_held_on(
    since: PartialDate | None,
    until: PartialDate | None,
    date: PartialDate | datetime.date,
    expected: bool | None,
) -> None:
    position = attrs.evolve(ku_cto(), since=since, until=until)
    assert position.held_on(date) is expected


def test_a_position_may_end_before_it_starts_the_dataset_reports_it() -> None:
    position = attrs.evolve(ku_cto(), since=PartialDate(2025), until=PartialDate(2023))
    assert position.held_on(PartialDate(2024)) is False


@pytest.mark.parametrize("date", ["2023-01-26", None, datetime.datetime(2023, 1, 26)])
def test_held_on_refuses_what_is_not_a_date(date: Any) -> None:
    with pytest.raises(InvalidTypeError) as info:
        ku_cto().held_on(date)
    assert info.value.what == "Position.held_on"


POSITION_FIELDS: dict[str, Any] = {
    "id": "position:ku-hyeon-mo-mn-cto",
    "person": "person:ku-hyeon-mo",
    "organisation": "org:mn-government",
    "title": "Chief Technology Officer",
    "citations": (Citation(HERALD),),
}


@pytest.mark.parametrize(
    ("kwargs", "error", "what"),
    [
        ({"id": "person:ku-hyeon-mo"}, InvalidIdError, "Position.id"),
        ({"id": b"position:x"}, InvalidTypeError, "Position.id"),
        ({"person": "org:kt"}, InvalidIdError, "Position.person"),
        ({"person": "person:"}, InvalidIdError, "Position.person"),
        ({"person": None}, InvalidTypeError, "Position.person"),
        ({"organisation": "country:mn"}, InvalidIdError, "Position.organisation"),
        ({"organisation": "person:ku-hyeon-mo"}, InvalidIdError, "Position.organisation"),
        ({"title": ""}, InvalidValueError, "Position.title"),
        ({"title": "x" * 301}, InvalidValueError, "Position.title"),
        ({"title": None}, InvalidTypeError, "Position.title"),
        ({"since": "2023-01-26"}, InvalidTypeError, "Position.since"),
        ({"since": datetime.date(2023, 1, 26)}, InvalidTypeError, "Position.since"),
        ({"until": (2023,)}, InvalidTypeError, "Position.until"),
        ({"citations": ()}, InvalidValueError, "Position.citations"),
        ({"citations": [Citation(HERALD)]}, InvalidTypeError, "Position.citations"),
        ({"notes": "\n"}, InvalidValueError, "Position.notes"),
    ],
)
def test_invalid_position_fields_are_refused(
    kwargs: dict[str, Any], error: type[MineralpactError], what: str
) -> None:
    with pytest.raises(error) as info:
        Position(**(POSITION_FIELDS | kwargs))
    assert type(info.value) is error
    assert info.value.what == what  # type: ignore[attr-defined]


# --- values: immutable, hashable, evolvable -----------------------------------------

RECORDS = [
    pytest.param(gcra, id="organisation"),
    pytest.param(ganbaatar, id="person"),
    pytest.param(ku_cto, id="position"),
    pytest.param(lambda: Name("GCRA", kind=NameKind.ABBREVIATION), id="name"),
]


@pytest.mark.parametrize("make", RECORDS)
def test_records_are_frozen(make: Any) -> None:
    record = make()
    field = attrs.fields(type(record))[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(record, field, getattr(record, field))
    with pytest.raises((AttributeError, TypeError)):
        record.extra = 1  # slotted: no new attributes


@pytest.mark.parametrize("make", RECORDS)
def test_equal_records_hash_equal(make: Any) -> None:
    a, b = make(), make()
    assert a is not b
    assert a == b
    assert hash(a) == hash(b)
    assert len({a, b}) == 1


@pytest.mark.parametrize("make", RECORDS)
def test_records_survive_pickle(make: Any) -> None:
    record = make()
    assert pickle.loads(pickle.dumps(record)) == record


def test_evolve_makes_a_changed_copy_and_validates() -> None:
    original = gcra()
    renamed = attrs.evolve(original, notes=None)
    assert renamed != original
    assert original.notes is not None
    assert renamed.notes is None
    with pytest.raises(InvalidIdError):
        attrs.evolve(original, parent=original.id)
    later = attrs.evolve(ku_cto(), until=PartialDate(2025))
    assert later.until == PartialDate(2025)
    assert ku_cto().until is None
    with pytest.raises(InvalidTypeError):
        attrs.evolve(Name("x"), kind=cast(Any, "alias"))


def test_importing_parties_does_not_load_pycountry() -> None:
    code = "import sys, mineralpact.parties; print('pycountry' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "False"


# --- properties -----------------------------------------------------------------------

_STEP = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")


def _resolve(record: object, path: str) -> object:
    """Follow a references() path such as ``names[0].citations[1].source``."""
    value: Any = record
    for step in path.split("."):
        match = _STEP.fullmatch(step)
        assert match is not None, step
        value = getattr(value, match.group(1))
        if match.group(2) is not None:
            items = sorted(value) if isinstance(value, frozenset) else value
            value = items[int(match.group(2))]
    return value


def _expected_ids(record: Organisation | Person | Position) -> list[str]:
    ids: list[str] = []
    if isinstance(record, Position):
        ids += [record.person, record.organisation]
    else:
        ids += [c.source for name in record.names for c in name.citations]
        ids += [c.source for name in record.names for a in name.attested for c in a.citations]
    if isinstance(record, Organisation) and record.parent is not None:
        ids.append(record.parent)
    if isinstance(record, Organisation):
        for membership in record.members:
            ids += [membership.member, *(c.source for c in membership.citations)]
    ids += [c.source for c in record.citations]
    if isinstance(record, Position):
        ids += [c.source for a in record.attested for c in a.citations]
    return ids


@given(st.one_of(organisations(), persons(), positions()))
def test_references_paths_lead_to_the_ids_they_name(
    record: Organisation | Person | Position,
) -> None:
    references = list(record.references())
    for path, referenced in references:
        assert _resolve(record, path) == referenced
    assert sorted(i for _, i in references) == sorted(_expected_ids(record))


@given(st.one_of(names(), organisations(), persons(), positions()))
def test_generated_values_are_valid_hashable_and_evolvable(
    value: Name | Organisation | Person | Position,
) -> None:
    fields = attrs.asdict(value, recurse=False)
    rebuilt = type(value)(**fields)
    assert rebuilt == value
    assert hash(rebuilt) == hash(value)
    assert attrs.evolve(value) == value
    assert pickle.loads(pickle.dumps(value)) == value


@given(organisations() | persons())
def test_every_name_matches_itself_however_spaced(party: Organisation | Person) -> None:
    for name in party.names:
        assert party.matches(name.text)
        assert party.matches(f"  {name.text.replace(' ', chr(9) + ' ')} ")
    assert party.name in party.names


@given(st.from_regex(r"[A-Za-z]+( [A-Za-z.]+){0,3}", fullmatch=True), st.data())
def test_matching_ignores_case(text: str, data: st.DataObject) -> None:
    person = Person(id="person:x", names=(Name(text),), citations=(Citation(HERALD),))
    flips = data.draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    variant = "".join(c.swapcase() if flip else c for c, flip in zip(text, flips, strict=True))
    assert person.matches(variant)
    assert not person.matches(variant + "x")


def _inner_dates(date: PartialDate) -> st.SearchStrategy[PartialDate]:
    """Partial dates that lie within ``date``: itself, its months and days."""
    days = st.dates(min_value=date.earliest, max_value=date.latest)
    return st.one_of(
        st.just(date),
        days.map(PartialDate.from_date),
        days.map(lambda d: PartialDate(d.year, d.month)).filter(lambda m: m in date),
    )


@given(positions(), partial_dates().flatmap(lambda d: st.tuples(st.just(d), _inner_dates(d))))
def test_held_on_is_kept_when_a_date_is_made_more_precise(
    position: Position, dates: tuple[PartialDate, PartialDate]
) -> None:
    coarse, fine = dates
    answer = position.held_on(coarse)
    if answer is not None:
        assert position.held_on(fine) is answer


@given(names(), partial_dates().flatmap(lambda d: st.tuples(st.just(d), _inner_dates(d))))
def test_in_use_on_is_kept_when_a_date_is_made_more_precise(
    name: Name, dates: tuple[PartialDate, PartialDate]
) -> None:
    coarse, fine = dates
    answer = name.in_use_on(coarse)
    if answer is not None:
        assert name.in_use_on(fine) is answer
    # A datetime.date answers as its day-precision partial date.
    day = fine.earliest
    assert name.in_use_on(day) is name.in_use_on(PartialDate.from_date(day))


@given(organisations(), partial_dates())
def test_name_on_gives_an_official_name_in_use_when_there_is_one(
    org: Organisation, date: PartialDate
) -> None:
    chosen = org.name_on(date)
    in_use = [n for n in org.names if n.in_use_on(date)]
    if not in_use:
        assert chosen is None
        return
    assert chosen in in_use
    assert chosen is not None
    if any(n.kind is NameKind.OFFICIAL for n in in_use):
        assert chosen.kind is NameKind.OFFICIAL


# --- attested dates: evidence of use, without a start or an end -------------------


def _on(*days: PartialDate, source: str = "src:a") -> tuple[DateClaim, ...]:
    return tuple(DateClaim(day, (Citation(source),)) for day in days)


def test_a_name_attested_on_a_day_is_in_use_that_day_only() -> None:
    name = Name("Ministry of Industry and Mineral Resources", until=PartialDate(2025))
    attested = attrs.evolve(name, attested=_on(PartialDate(2025, 9, 22), PartialDate(2025, 3)))
    assert name.in_use_on(PartialDate(2025, 9, 22)) is None
    assert attested.in_use_on(PartialDate(2025, 9, 22)) is True
    assert attested.in_use_on(datetime.date(2025, 9, 22)) is True
    # A month's attestation tells of some day in it, not of every day.
    assert attested.in_use_on(PartialDate(2025, 3, 1)) is None
    assert attested.in_use_on(PartialDate(2025, 9)) is None
    # A period that excludes an attested day: the record contradicts itself.
    contradicted = Name("x", since=PartialDate(2026), attested=_on(PartialDate(2025, 9, 22)))
    assert contradicted.in_use_on(PartialDate(2025, 9, 22)) is None


def test_an_uncertain_attestation_makes_nothing_certain() -> None:
    uncertain = QualifiedDate.uncertain(PartialDate(2025, 12, 15))
    name = Name(
        "x", until=PartialDate(2025), attested=(DateClaim(uncertain, (Citation("src:a"),)),)
    )
    assert name.in_use_on(PartialDate(2025, 12, 15)) is None


def test_name_on_prefers_the_name_a_source_shows_in_use_that_day() -> None:
    ministry = Organisation(
        id="org:mn-mining-ministry",
        names=(
            Name("Ministry of Mining and Heavy Industry", attested=_on(PartialDate(2023, 1, 26))),
            Name(
                "Ministry of Industry and Mineral Resources", attested=_on(PartialDate(2025, 9, 22))
            ),
        ),
        kind=OrganisationKind.MINISTRY,
        citations=(Citation("src:a"),),
    )
    assert ministry.name_on(PartialDate(2025, 9, 22)) == ministry.names[1]
    assert ministry.name_on(PartialDate(2023, 1, 26)) == ministry.names[0]
    # Without evidence for the day, the old rule: the first official English name.
    assert ministry.name_on(PartialDate(2024, 6, 1)) == ministry.names[0]


def test_a_position_attested_on_a_day_is_held_that_day() -> None:
    vice = Position(
        id="position:lee-ho-hyeon-vice-minister",
        person="person:lee-ho-hyeon",
        organisation="org:motie",
        title="Vice Minister of Trade, Industry and Energy",
        citations=(Citation("src:a"),),
    )
    assert vice.held_on(PartialDate(2025, 9, 22)) is None
    attested = attrs.evolve(vice, attested=_on(PartialDate(2025, 9, 22)))
    assert attested.held_on(PartialDate(2025, 9, 22)) is True
    assert attested.held_on(PartialDate(2025, 9, 21)) is None
    assert attrs.evolve(attested, until=PartialDate(2024)).held_on(PartialDate(2025, 9, 22)) is None
    assert [path for path, _ in attested.references()][-1] == "attested[0].citations[0].source"


def test_attested_claims_hold_one_claim_per_date() -> None:
    day = PartialDate(2025, 9, 22)
    with pytest.raises(InvalidValueError, match=r"Name\.attested"):
        Name("x", attested=(*_on(day), *_on(day, source="src:b")))
    with pytest.raises(InvalidTypeError, match=r"Name\.attested"):
        Name("x", attested=(day,))  # type: ignore[arg-type]


def test_names_of_several_sources_merge_with_all_their_attested_dates() -> None:
    def ministry(name: Name, source: str) -> Organisation:
        return Organisation(
            id="org:motie",
            names=(name,),
            kind=OrganisationKind.MINISTRY,
            citations=(Citation(source),),
        )

    text = "Ministry of Trade, Industry and Energy"
    a = ministry(Name(text, attested=_on(PartialDate(2025, 3, 12))), "src:a")
    b = ministry(Name(text, attested=_on(PartialDate(2025, 9, 22), source="src:b")), "src:b")
    (merged,) = (
        Dataset(
            (
                Source(id="src:a", title="A", kind=SourceKind.NEWS_REPORT),
                Source(id="src:b", title="B", kind=SourceKind.NEWS_REPORT),
                a,
            )
        )
        .merge(
            Dataset(
                (
                    Source(id="src:a", title="A", kind=SourceKind.NEWS_REPORT),
                    Source(id="src:b", title="B", kind=SourceKind.NEWS_REPORT),
                    b,
                )
            )
        )
        .of_type(Organisation)
    )
    (name,) = merged.names
    assert [str(c.value) for c in name.attested] == ["2025-03-12", "2025-09-22"]
