"""The Korea Times example states what the report says, and only that."""

from __future__ import annotations

import pytest

from _report_examples import QuotedReportChecks, Report, build, get, held, report_fixtures
from mineralpact import (
    Agreement,
    Confidence,
    Country,
    Dataset,
    EntryKind,
    Event,
    Facility,
    FacilityKind,
    Figure,
    Milestone,
    MilestoneStatus,
    Organisation,
    PartialDate,
    Place,
    Position,
    Scope,
    Source,
)

REPORT = Report(
    "korea_times_2025_09_22", seed="002", abbreviations=("Corp.",), supported_dates=True
)
MONDAY = PartialDate(2025, 9, 22)

data, source = report_fixtures(REPORT)


class TestReport(QuotedReportChecks):
    report = REPORT


def test_the_source_is_the_report_as_published(source: Source) -> None:
    assert source.id == "src:korea-times-2025-09-22"
    assert source.title == "Korea pushes mineral cooperation with Mongolia"
    assert source.publisher == "The Korea Times"
    assert source.published == MONDAY
    assert source.confidence is Confidence.HIGH
    assert source.notes is not None
    assert "Published Date:2025-09-22" in source.notes


def test_the_forum_was_that_monday_in_seoul(data: Dataset) -> None:
    forum = data.get("event:forum-2025")
    assert isinstance(forum, Event)
    assert forum.title == "Mongolia-Korea Critical Minerals & Mining Investment Forum 2025"
    assert forum.date == MONDAY
    assert {c.phrase for c in forum.dates[0].citations} == {"Monday"}
    assert forum.place == Place(country=Country("KR"), city="Seoul")
    assert forum.agreements == frozenset({"agreement:forum-mous-2025"})


@pytest.mark.parametrize(
    ("person_id", "role", "position_id"),
    [
        ("person:lee-ho-hyeon", "speaker", "position:lee-ho-hyeon-vice-minister"),
        ("person:uchral-nyam-osor", "opening remarks", "position:uchral-nyam-osor-first-deputy-pm"),
        ("person:damdinnyam-gongor", "speaker", "position:damdinnyam-gongor-minister"),
    ],
)
def test_the_forums_speakers_took_part_in_their_posts(
    data: Dataset, person_id: str, role: str, position_id: str
) -> None:
    forum = data.get("event:forum-2025")
    assert isinstance(forum, Event)
    (participant,) = [p for p in forum.participants if p.party == person_id]
    assert (participant.role, participant.position) == (role, position_id)


@pytest.mark.parametrize(
    ("position_id", "person_id", "organisation_id", "title"),
    [
        (
            "position:lee-ho-hyeon-vice-minister",
            "person:lee-ho-hyeon",
            "org:motie",
            "Vice Minister of Trade, Industry and Energy",
        ),
        (
            "position:uchral-nyam-osor-first-deputy-pm",
            "person:uchral-nyam-osor",
            "org:mn-government",
            "First Deputy Prime Minister",
        ),
        (
            "position:uchral-nyam-osor-economy-minister",
            "person:uchral-nyam-osor",
            "org:mn-economy-ministry",
            "Minister of Economy and Development",
        ),
        (
            "position:damdinnyam-gongor-minister",
            "person:damdinnyam-gongor",
            "org:mn-mining-ministry",
            "Minister of Industry and Mineral Resources",
        ),
    ],
)
def test_people_hold_the_posts_the_report_gives(
    data: Dataset, position_id: str, person_id: str, organisation_id: str, title: str
) -> None:
    position = held(
        data, position_id, person_id=person_id, organisation_id=organisation_id, title=title
    )
    # The report gives no first day for any of these posts.
    assert position.since is None


def test_the_memoranda_name_the_companies_not_the_pairs(data: Dataset) -> None:
    mous = data.get("agreement:forum-mous-2025")
    assert isinstance(mous, Agreement)
    assert mous.parties == frozenset({"org:erdenes-mongol", "org:komir", "org:samsung-cnt"})
    assert mous.signatories == ()
    assert mous.date == MONDAY
    assert mous.scope == frozenset({Scope.DEVELOPMENT, Scope.SUPPLY})
    assert mous.notes is not None
    assert "not who signed with whom" in mous.notes


def test_the_centre_is_to_open_in_november(data: Dataset) -> None:
    opening = data.get("milestone:centre-opening")
    assert isinstance(opening, Milestone)
    assert opening.subject == "facility:kr-mn-rare-metal-centre"
    assert opening.description == "The centre opens"
    # "in November" is a month, not a deadline ("by November").
    assert opening.planned_date == PartialDate(2025, 11)
    assert opening.planned[0].citations[0].phrase == "in November"
    assert opening.actual == ()
    # Left at the default, so that the later reports' outcome combines with it.
    assert opening.status is MilestoneStatus.UNKNOWN
    centre = data.get("facility:kr-mn-rare-metal-centre")
    assert isinstance(centre, Facility)
    assert centre.kind is FacilityKind.RESEARCH_CENTRE
    assert centre.name.text == "Korea-Mongolia Rare Metal Cooperation Center"
    assert "joint research center on rare metals" in {n.text for n in centre.names}
    assert centre.scope == frozenset(
        {Scope.RESEARCH_AND_DEVELOPMENT, Scope.EXPLORATION, Scope.PROCESSING, Scope.DEVELOPMENT}
    )


def test_abundant_reserves_are_a_statement_without_a_number(data: Dataset) -> None:
    abundant = data.get("figure:mn-abundant-reserves")
    assert isinstance(abundant, Figure)
    assert abundant.is_qualitative
    assert abundant.subject == "country:mn"
    assert abundant.minerals == frozenset({"element:mo", "element:ni", "element:sn"})
    assert abundant.description == "abundant reserves"
    uses = data.get("figure:mo-ni-sn-use-industries")
    assert list(data.query(type=Figure, mineral="nickel")) == [abundant, uses]


def test_the_names_and_posts_it_uses_are_those_of_the_forums_day(data: Dataset) -> None:
    ministry = get(data, "org:mn-mining-ministry", Organisation)
    assert str(ministry.name_on(MONDAY)) == "Ministry of Industry and Mineral Resources"
    motie = get(data, "org:motie", Organisation)
    assert str(motie.name_on(MONDAY)) == "Ministry of Trade, Industry and Energy"
    for position in data.of_type(Position):
        assert position.held_on(MONDAY) is True, position.id


@pytest.mark.parametrize(
    ("org_id", "name", "parent"),
    [
        ("org:motie", "Ministry of Trade, Industry and Energy", "org:kr-government"),
        (
            "org:mn-mining-ministry",
            "Ministry of Industry and Mineral Resources",
            "org:mn-government",
        ),
        ("org:mn-economy-ministry", "Ministry of Economy and Development", "org:mn-government"),
        ("org:mn-embassy-seoul", "Embassy of Mongolia in Seoul", "org:mn-mofa"),
        ("org:komir", "Korea Mine Rehabilitation and Mineral Resources Corp.", None),
        ("org:erdenes-mongol", "Erdenes Mongol LLC", None),
        ("org:samsung-cnt", "Samsung C&T Corporation", None),
    ],
)
def test_organisations_and_their_parents_are_held(
    data: Dataset, org_id: str, name: str, parent: str | None
) -> None:
    org = data.get(org_id)
    assert isinstance(org, Organisation)
    assert org.name.text == name
    assert org.parent == parent
    if parent is not None:
        assert parent in data


def test_motie_is_named_as_it_was_before_its_restyling(data: Dataset) -> None:
    motie = data.get("org:motie")
    assert isinstance(motie, Organisation)
    (name,) = motie.names
    assert name.text == "Ministry of Trade, Industry and Energy"
    # Restyled in late 2025: the name's last day of use falls in 2025.
    assert name.until == PartialDate(2025)
    assert name.in_use_on(PartialDate(2023, 2, 15)) is True
    assert name.in_use_on(PartialDate(2026)) is False


def test_the_timeline_ends_with_the_planned_opening(data: Dataset) -> None:
    entries = data.timeline()
    assert [(str(e.when), e.record) for e in entries][-1] == ("2025-11", "milestone:centre-opening")
    assert entries[-1].kind is EntryKind.PLANNED


def test_the_script_prints_the_reports_facts() -> None:
    out = REPORT.run()
    assert "event:forum-2025  [src:korea-times-2025-09-22]" in out
    assert "on 2025-09-22 (src:korea-times-2025-09-22: 'Monday'" in out
    assert "planned 2025-11 (src:korea-times-2025-09-22: 'in November')" in out
    assert "abundant reserves" in out
    assert "Uchral Nyam-Osor: First Deputy Prime Minister, Government of Mongolia" in out


def test_it_merges_with_the_korea_herald_example(data: Dataset) -> None:
    """The two reports' statements about one party combine, titles kept apart."""
    merged = build("korea_herald_2023_01_26").merge(data)
    uchral = merged.get("person:uchral-nyam-osor")
    sources = {c.source for c in getattr(uchral, "citations", ())}
    assert sources == {"src:korea-herald-2023-01-26", "src:korea-times-2025-09-22"}
    titles = {p.title for p in merged.of_type(Position) if p.person == uchral.id}
    assert titles == {
        "Minister of Digital Development and Communications",
        "First Deputy Prime Minister",
        "Minister of Economy and Development",
    }
    ministry = merged.get("org:mn-mining-ministry")
    assert isinstance(ministry, Organisation)
    assert ministry.matches("Ministry of Mining and Heavy Industry")
    assert ministry.matches("Ministry of Industry and Mineral Resources")
    assert merged.disagreements() == ()
