"""The Korea.net example states what the report says, each fact cited and dated.

The example is loaded from its file (examples are scripts, not a package), and
its dataset checked against the report's text: every record cites the report,
every quotation is verbatim (where the seed texts are at hand), every date
comes from a phrase that resolves to it, and the key facts are those the text
gives.
"""

from __future__ import annotations

import pytest

from _report_examples import (
    QuotedReportChecks,
    Report,
    citations,
    date_claims,
    facts,
    get,
    held,
    report_fixtures,
)
from mineralpact import (
    Agreement,
    AgreementKind,
    Confidence,
    Country,
    Dataset,
    DateRange,
    Deadline,
    Event,
    Facility,
    Figure,
    FundingInstrument,
    Measure,
    Milestone,
    MilestoneStatus,
    NameKind,
    Organisation,
    PartialDate,
    Person,
    Place,
    Position,
    Project,
    Rank,
    Scope,
    Source,
    SourceKind,
)

REPORT = Report("korea_net_2025_03_12", seed="001", abbreviations=("Nov.",))
SOURCE_ID = "src:korea-net-2025-03-12"

data, source = report_fixtures(REPORT)


class TestReport(QuotedReportChecks):
    report = REPORT


# --- the report and its citations --------------------------------------------


def test_the_source_holds_the_reports_metadata_and_its_uncertainty(source: Source) -> None:
    assert source.id == SOURCE_ID
    assert source.kind is SourceKind.NEWS_REPORT
    assert source.publisher == "Korea.net"
    assert source.authors == ("Aisylu Akhmetzianova",)
    assert source.published == DateRange(PartialDate(2025, 3, 12), PartialDate(2025, 3, 13))
    assert source.language == "en"
    assert source.confidence is Confidence.MEDIUM
    assert source.notes is not None
    assert "12 or 13 March 2025" in source.notes


def test_the_report_gives_over_twenty_facts_ten_quotations_and_five_dates(data: Dataset) -> None:
    assert len(facts(data)) > 20
    assert len({c.quotation for c in citations(data)}) > 10
    # Five dates of events and plans; the names and posts it uses carry the
    # day of the meeting, one of them.
    dated = date_claims(data)
    assert len({(c.value, c.citations) for c in dated}) == 5
    assert {str(c.value) for c in dated} >= {"2025-03-12", "2023-11-20", "2023-02"}


def test_the_names_and_posts_it_uses_are_those_of_the_meetings_day(data: Dataset) -> None:
    day = PartialDate(2025, 3, 12)
    ministry = get(data, "org:mn-mining-ministry", Organisation)
    assert str(ministry.name_on(day)) == "Ministry of Industry and Mineral Resources"
    motie = get(data, "org:motie", Organisation)
    assert str(motie.name_on(day)) == "Ministry of Trade, Industry and Energy"
    for position in data.of_type(Position):
        assert position.held_on(day) is True, position.id


# --- the facts ----------------------------------------------------------------


def test_the_second_session_was_held_in_seoul_on_march_12(data: Dataset) -> None:
    session = data.get("event:joint-committee-2")
    assert isinstance(session, Event)
    assert session.date == PartialDate(2025, 3, 12)
    assert session.dates[0].citations[0].phrase == "March 12"
    assert session.place == Place(country=Country("KR"), city="Seoul")
    assert session.number == 2
    assert session.series == "org:kr-mn-rare-metals-committee"
    assert session.organisers == frozenset({"org:motie"})
    assert "agreement:kr-mn-rare-metals-mou-2023" in session.agreements


def test_the_second_session_names_who_sat_on_each_side(data: Dataset) -> None:
    session = data.get("event:joint-committee-2")
    assert isinstance(session, Event)
    by_party = {p.party: p for p in session.participants}
    assert set(by_party) == {
        "person:lee-ho-hyeon",
        "org:kr-mofa",
        "person:sereeter-javkhlanbaatar",
        "org:mn-ngs",
        "org:gcra",
    }
    lee = by_party["person:lee-ho-hyeon"]
    assert lee.role == "head of the Korean side"
    assert lee.position == "position:lee-ho-hyeon-deputy-minister"
    sereeter = by_party["person:sereeter-javkhlanbaatar"]
    assert sereeter.role == "head of the Mongolian side"
    assert sereeter.position == "position:sereeter-javkhlanbaatar-state-secretary"


@pytest.mark.parametrize(
    ("position_id", "person_id", "organisation_id", "title"),
    [
        (
            "position:lee-ho-hyeon-deputy-minister",
            "person:lee-ho-hyeon",
            "org:motie",
            "Deputy Minister for Energy Policy",
        ),
        (
            "position:sereeter-javkhlanbaatar-state-secretary",
            "person:sereeter-javkhlanbaatar",
            "org:mn-mining-ministry",
            "State Secretary",
        ),
    ],
)
def test_positions_are_as_the_report_gives_them(
    data: Dataset, position_id: str, person_id: str, organisation_id: str, title: str
) -> None:
    position = held(
        data, position_id, person_id=person_id, organisation_id=organisation_id, title=title
    )
    assert position.since is None
    assert position.until is None


@pytest.mark.parametrize(
    ("record_id", "name"),
    [
        ("org:motie", "Ministry of Trade, Industry and Energy"),
        ("org:kr-mofa", "Ministry of Foreign Affairs"),
        ("org:mn-mofa", "Mongolian Ministry of Foreign Affairs"),
        ("org:mn-mining-ministry", "Ministry of Industry and Mineral Resources"),
        ("org:mn-ngs", "National Geological Survey"),
        ("org:gcra", "Geological Center for Research and Analysis"),
        ("org:gcra", "GCRA"),
        ("org:kigam", "Korea Institute of Geoscience and Mineral Resources"),
        ("org:ketep", "Korea Institute of Energy Technology Evaluation and Planning"),
        (
            "org:kr-mn-rare-metals-committee",
            "Korea-Mongolia Rare Metals Cooperation Joint Committee",
        ),
        ("person:lee-ho-hyeon", "Lee Ho-hyeon"),
        ("person:sereeter-javkhlanbaatar", "Sereeter Javkhlanbaatar"),
        ("facility:kr-mn-rare-metal-centre", "Korea-Mongolia Rare Metals Cooperation Center"),
    ],
)
def test_parties_and_the_centre_carry_the_names_the_report_uses(
    data: Dataset, record_id: str, name: str
) -> None:
    record = data.get(record_id)
    assert isinstance(record, (Organisation, Person, Facility))
    assert name in [n.text for n in record.names]
    assert name in REPORT.text()


def test_gcras_abbreviation_is_an_abbreviation_and_the_centres_name_an_alias(
    data: Dataset,
) -> None:
    gcra = data.get("org:gcra")
    assert isinstance(gcra, Organisation)
    assert [n.kind for n in gcra.names] == [NameKind.OFFICIAL, NameKind.ABBREVIATION]
    centre = data.get("facility:kr-mn-rare-metal-centre")
    assert isinstance(centre, Facility)
    assert [n.kind for n in centre.names] == [NameKind.ALIAS]
    assert centre.project == "project:rare-metal-centre-oda"


def test_the_first_session_was_in_ulaanbaatar_on_20_november_2023(data: Dataset) -> None:
    session = data.get("event:joint-committee-1")
    assert isinstance(session, Event)
    assert session.date == PartialDate(2023, 11, 20)
    assert session.number == 1
    assert session.place is not None
    assert session.place.city == "Ulaanbaatar"
    assert session.place.venue == "Mongolian Ministry of Foreign Affairs"


def test_the_memorandum_was_signed_in_february_2023(data: Dataset) -> None:
    mou = data.get("agreement:kr-mn-rare-metals-mou-2023")
    assert isinstance(mou, Agreement)
    assert mou.kind is AgreementKind.MEMORANDUM_OF_UNDERSTANDING
    assert mou.date == PartialDate(2023, 2)
    assert mou.parties == frozenset({"country:kr", "country:mn"})
    assert mou.minerals == frozenset({"list:kr-rare-metals"})
    assert mou.signatories == ()


def test_the_committee_agreed_cooperation_from_exploration_to_development(
    data: Dataset,
) -> None:
    agreed = data.get("agreement:kr-mn-rare-metals-cooperation-2025")
    assert isinstance(agreed, Agreement)
    assert agreed.follows == frozenset({"agreement:kr-mn-rare-metals-mou-2023"})
    assert agreed.scope == frozenset({Scope.SUPPLY, Scope.EXPLORATION, Scope.DEVELOPMENT})
    assert agreed.date == PartialDate(2025, 3, 12)


def test_the_centres_equipment_is_planned_by_november_2025(data: Dataset) -> None:
    milestone = data.get("milestone:centre-equipment-installed")
    assert isinstance(milestone, Milestone)
    assert milestone.subject == "facility:kr-mn-rare-metal-centre"
    assert milestone.planned_date == Deadline(PartialDate(2025, 11))
    assert milestone.planned[0].citations[0].phrase == "by November"
    assert milestone.actual == ()
    assert milestone.status is MilestoneStatus.PLANNED


def test_the_centre_is_funded_by_official_development_assistance(data: Dataset) -> None:
    project = data.get("project:rare-metal-centre-oda")
    assert isinstance(project, Project)
    assert project.instrument is FundingInstrument.OFFICIAL_DEVELOPMENT_ASSISTANCE


@pytest.mark.parametrize(
    ("project_id", "executors", "minerals", "scope"),
    [
        (
            "project:kigam-gcra-joint-exploration",
            {"org:kigam", "org:gcra"},
            {"list:kr-rare-metals"},
            {Scope.EXPLORATION},
        ),
        (
            "project:ketep-tin-rnd",
            {"org:ketep"},
            {"element:sn"},
            {Scope.RESEARCH_AND_DEVELOPMENT, Scope.DEVELOPMENT},
        ),
    ],
)
def test_the_projects_are_carried_out_by_the_institutes_the_report_names(
    data: Dataset,
    project_id: str,
    executors: set[str],
    minerals: set[str],
    scope: set[Scope],
) -> None:
    project = data.get(project_id)
    assert isinstance(project, Project)
    assert project.executors == executors
    assert project.minerals == minerals
    assert project.scope == scope
    assert project.place == Place(country=Country("MN"))


def test_mongolia_is_the_eighth_largest_producer_of_molybdenum_undated(data: Dataset) -> None:
    rank = data.get("figure:mn-mo-production-rank")
    assert isinstance(rank, Figure)
    assert rank.value == Rank(8, scope="largest producers of molybdenum")
    assert (rank.measure, rank.minerals) == (Measure.PRODUCTION, frozenset({"element:mo"}))
    assert rank.period is None
    assert rank.as_of is None
    assert rank.citations[0].phrase == "eighth-largest producer of molybdenum"


def test_rich_reserves_are_a_statement_without_a_number(data: Dataset) -> None:
    reserves = data.get("figure:mn-rare-metal-reserves-001")
    assert isinstance(reserves, Figure)
    assert reserves.is_qualitative
    assert reserves.description == "rich reserves"
    assert reserves.minerals == {"list:kr-rare-metals", "element:sn", "group:ree"}


def test_the_timeline_runs_from_the_memorandum_to_the_plan(data: Dataset) -> None:
    ids = [entry.record for entry in data.timeline()]
    assert ids.index("agreement:kr-mn-rare-metals-mou-2023") < ids.index("event:joint-committee-1")
    assert ids.index("event:joint-committee-1") < ids.index("event:joint-committee-2")
    assert ids.index("event:joint-committee-2") < ids.index("milestone:centre-equipment-installed")


# --- the script -----------------------------------------------------------------


def test_the_script_prints_the_reports_facts() -> None:
    out = REPORT.run()
    assert "event:joint-committee-2  [src:korea-net-2025-03-12]" in out
    assert "on 2025-03-12 (src:korea-net-2025-03-12: 'March 12')" in out
    assert "planned ../2025-11 (src:korea-net-2025-03-12: 'by November')" in out
    assert "  1. 2023-11-20  Mongolian Ministry of Foreign Affairs, Ulaanbaatar, MN" in out
    assert "  2. 2025-03-12  Seoul, KR" in out
