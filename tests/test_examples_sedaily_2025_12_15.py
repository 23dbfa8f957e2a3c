"""The Seoul Economic Daily example states what the report says, each fact cited and dated.

The example is loaded from its file (examples are scripts, not a package), and
its dataset checked against the report's text: every record cites the report,
every quotation is verbatim (where the seed texts are at hand), every date
comes from a phrase that resolves to it against the report's uncertain
publication date, and the key facts are those the text gives, including the
"January 12" opening that other reports contradict.
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
    report_fixtures,
    resolved,
)
from mineralpact import (
    Confidence,
    Count,
    Country,
    Dataset,
    Event,
    EventKind,
    Facility,
    FacilityKind,
    Figure,
    FundingInstrument,
    Measure,
    Milestone,
    MilestoneKind,
    MilestoneStatus,
    Name,
    NameKind,
    Organisation,
    PartialDate,
    Person,
    Place,
    Position,
    Project,
    QualifiedDate,
    Scope,
    Share,
    Source,
    SourceKind,
    Subdivision,
    Tense,
)

REPORT = Report("sedaily_2025_12_15", seed="004", longest=300)
SOURCE_ID = "src:sedaily-2025-12-15"
CENTRE = "facility:kr-mn-rare-metal-centre"
D = PartialDate
U = QualifiedDate.uncertain

data, source = report_fixtures(REPORT)


class TestReport(QuotedReportChecks):
    report = REPORT


# --- the report and its citations --------------------------------------------


def test_the_source_holds_the_reports_metadata_and_its_uncertainty(source: Source) -> None:
    assert source.id == SOURCE_ID
    assert source.title == "Korea Establishes Rare Metal Research Hub in Resource-Rich Mongolia"
    assert source.kind is SourceKind.NEWS_REPORT
    assert source.publisher == "Seoul Economic Daily"
    assert source.authors == ()
    assert source.published == QualifiedDate.uncertain(D(2025, 12, 15))
    assert source.language == "en"
    assert source.confidence is Confidence.LOW
    assert source.notes is not None
    assert "02100311.20251215100138001" in source.notes
    assert "January 12" in source.notes


def test_the_report_gives_its_facts_in_over_thirty_citations(data: Dataset) -> None:
    assert len(facts(data)) >= 18
    cited = citations(data)
    assert len(cited) > 30
    assert len({c.quotation for c in cited}) >= 20
    assert len([c for c in cited if c.phrase is not None]) >= 8


def test_the_report_gives_four_dates(data: Dataset) -> None:
    claims = date_claims(data)
    assert {str(claim.value) for claim in claims} == {"2025-12-10?", "2025-01-12?", "2026?"}
    assert len(claims) == 4


@pytest.mark.parametrize(
    ("phrase", "tense", "expected"),
    [
        ("Wednesday", Tense.PAST, U(D(2025, 12, 10))),
        ("January 12", Tense.PAST, U(D(2025, 1, 12))),
        ("next year", Tense.FUTURE, U(D(2026))),
    ],
)
def test_the_reports_phrases_resolve_against_its_publication_date(
    source: Source, phrase: str, tense: Tense, expected: PartialDate
) -> None:
    assert source.published is not None
    assert resolved(phrase, source.published, tense) == expected


# --- the facts ----------------------------------------------------------------


def test_the_centre_opened_on_january_12_as_this_report_dates_it(data: Dataset) -> None:
    opening = get(data, "milestone:centre-opening", Milestone)
    assert opening.subject == CENTRE
    assert opening.kind is MilestoneKind.OPENING
    assert opening.description == "The centre opens"
    assert opening.status is MilestoneStatus.MET
    assert opening.planned == ()
    assert opening.actual_date == U(D(2025, 1, 12))
    (claim,) = opening.actual
    assert [c.phrase for c in claim.citations] == ["January 12"]
    assert opening.notes is not None
    assert "12 December 2025" in opening.notes


def test_kigam_announced_the_opening_on_wednesday(data: Dataset) -> None:
    announcement = get(data, "event:kigam-centre-announcement-2025", Event)
    assert announcement.kind is EventKind.ANNOUNCEMENT
    assert announcement.date == U(D(2025, 12, 10))
    assert announcement.organisers == frozenset({"org:kigam"})
    # What it announced: the centre, and its opening as done.
    assert announcement.subjects == frozenset({CENTRE, "milestone:centre-opening"})
    assert [p.party for p in announcement.participants] == ["org:kigam"]


def test_the_centre_is_named_run_and_hosted_as_the_report_says(data: Dataset) -> None:
    centre = get(data, CENTRE, Facility)
    assert [n.text for n in centre.names] == ["Korea-Mongolia Rare Metal Cooperation Center"]
    assert centre.name.kind is NameKind.OFFICIAL
    assert centre.kind is FacilityKind.RESEARCH_CENTRE
    assert centre.project == "project:rare-metal-centre-oda"
    assert centre.operators == frozenset({"org:kigam"})
    assert centre.host == "org:gcra"
    assert centre.place == Place(country=Country("MN"), city="Ulaanbaatar")
    assert centre.minerals == frozenset(
        {"list:kr-rare-metals", "group:ree", "element:w", "element:mo", "element:li"}
    )


def test_the_centre_belongs_to_the_oda_project_with_its_full_title(data: Dataset) -> None:
    project = get(data, "project:rare-metal-centre-oda", Project)
    assert project.title == (
        "Establishment of a Rare Metal Center for High Value-Added Processing and "
        "Commercialization of Mongolia's Rare Metals"
    )
    assert project.funders == frozenset({"country:kr"})
    assert project.instrument is FundingInstrument.OFFICIAL_DEVELOPMENT_ASSISTANCE
    assert project.executors == frozenset({"org:kigam"})
    assert project.managers == frozenset()  # the report does not name KIAT
    assert project.hosts == frozenset({"org:gcra"})
    assert project.scope == frozenset(
        {
            Scope.PROCESSING,
            Scope.SMELTING_AND_REFINING,
            Scope.RESEARCH_AND_DEVELOPMENT,
            Scope.TRAINING,
            Scope.TECHNOLOGY_TRANSFER,
        }
    )
    quoted = " ".join(c.quotation or "" for c in project.citations)
    assert "Official Development Assistance (ODA)" in quoted
    assert "talent development" in quoted


def test_gcra_is_named_as_this_report_names_it_an_alias_and_an_abbreviation(
    data: Dataset,
) -> None:
    gcra = get(data, "org:gcra", Organisation)
    assert [(n.text, n.kind) for n in gcra.names] == [
        ("Geological Central Research Academy", NameKind.ALIAS),
        ("GCRA", NameKind.ABBREVIATION),
    ]
    kigam = get(data, "org:kigam", Organisation)
    assert [(n.text, n.kind) for n in kigam.names] == [
        ("Korea Institute of Geoscience and Mineral Resources", NameKind.OFFICIAL),
        ("KIGAM", NameKind.ABBREVIATION),
    ]
    committee = get(data, "org:kr-mn-rare-metals-committee", Organisation)
    assert committee.names == (
        Name(
            "Korea-Mongolia Rare Metal Cooperation Committee",
            kind=NameKind.ALIAS,
            citations=committee.names[0].citations,
        ),
    )


def test_jeon_ho_seok_is_a_principal_researcher_at_kigam(data: Dataset) -> None:
    jeon = get(data, "person:jeon-ho-seok", Person)
    assert jeon.name.text == "Jeon Ho-seok"
    assert str(jeon.nationality) == "KR"
    position = get(data, "position:jeon-ho-seok-principal-researcher", Position)
    assert position.person == jeon.id
    assert position.organisation == "org:kigam"
    assert position.title == "Principal Researcher, Resource Recovery Research Center"
    assert position.since is None


@pytest.mark.parametrize(
    "milestone_id",
    ["milestone:research-begins-2026", "milestone:centre-cooperation-accelerates-2026"],
)
def test_what_begins_next_year_is_planned_for_2026(data: Dataset, milestone_id: str) -> None:
    milestone = get(data, milestone_id, Milestone)
    assert milestone.status is MilestoneStatus.PLANNED
    assert milestone.planned_date == U(D(2026))
    assert milestone.actual == ()


def test_research_begins_at_the_centre(data: Dataset) -> None:
    research = get(data, "milestone:research-begins-2026", Milestone)
    assert research.subject == CENTRE
    assert research.kind is MilestoneKind.RESEARCH_BEGINS
    assert research.description == (
        "Research on mineral analysis, ore processing and separation, and smelting begins"
    )


def test_kigam_explores_for_nickel_in_mongolia(data: Dataset) -> None:
    exploration = get(data, "project:kigam-exploration-western-mongolia", Project)
    assert exploration.executors == frozenset({"org:kigam"})
    assert exploration.minerals == frozenset({"element:ni"})
    assert exploration.scope == frozenset({Scope.EXPLORATION})
    assert exploration.notes is not None
    # The regions the report names, and the reading of the one it leaves vague.
    assert exploration.place == Place(country=Country("MN"))
    assert exploration.areas == (
        Place(subdivision=Subdivision("MN-071")),
        Place(country=Country("MN"), region="southern Gobi"),
    )
    assert "Bayan-Ölgii, MN-071" in exploration.notes
    assert "without a code" in exploration.notes


def test_the_minerals_named_among_mongolias_80_types_are_found_by_mineral(data: Dataset) -> None:
    for mineral in ("copper", "W", "Mo", "tin", "lithium", "coal"):
        found = {r.id for r in data.query(type=Figure, mineral=mineral)}
        assert "figure:mn-named-minerals-004" in found, mineral


def test_kigam_plans_joint_ventures(data: Dataset) -> None:
    ventures = get(data, "project:kigam-mn-joint-ventures", Project)
    assert ventures.scope == frozenset({Scope.INVESTMENT})
    assert ventures.executors == frozenset({"org:kigam"})


FIGURES = {
    "figure:mn-ree-reserves-share": (
        "country:mn",
        Measure.RESERVES,
        frozenset({"group:ree"}),
        Share(16, of="global rare earth reserves"),
        "16% of the world's rare earth reserves",
    ),
    "figure:mn-mineral-kinds": (
        "country:mn",
        Measure.DEPOSITS,
        frozenset(),
        Count(80, approximate=True, of="kinds of minerals"),
        "approximately 80 types of minerals",
    ),
    "figure:centre-equipment-types": (
        CENTRE,
        Measure.COUNT,
        frozenset(),
        Count(56, of="types of advanced equipment"),
        "56 types of advanced equipment",
    ),
    "figure:centre-rare-metal-types": (
        CENTRE,
        Measure.COUNT,
        frozenset({"list:kr-rare-metals"}),
        Count(35, of="types of rare metals"),
        "35 types of rare metals",
    ),
}


@pytest.mark.parametrize("figure_id", sorted(FIGURES))
def test_the_figures_are_the_reports_numbers_from_its_own_words(
    data: Dataset, figure_id: str
) -> None:
    subject, measure, minerals, value, phrase = FIGURES[figure_id]
    figure = get(data, figure_id, Figure)
    assert figure.subject == subject
    assert figure.measure is measure
    assert figure.minerals == minerals
    assert figure.value == value
    assert [c.phrase for c in figure.citations] == [phrase]


def test_the_resource_rich_nation_is_a_statement_without_a_number(data: Dataset) -> None:
    figure = get(data, "figure:mn-resource-rich-004", Figure)
    assert figure.value is None
    assert figure.description == "resource-rich"
    assert figure.measure is Measure.RESOURCES


def test_the_timeline_runs_from_the_opening_to_next_years_plans(data: Dataset) -> None:
    entries = data.timeline()
    assert [str(entry.when) for entry in entries] == [
        "2025-01-12?",
        "2025-12-10?",
        "2026?",
        "2026?",
    ]
    assert not any(entry.disputed for entry in entries)


def test_the_script_prints_the_reports_facts() -> None:
    out = REPORT.run()
    assert "Korea-Mongolia Rare Metal Cooperation Center" in out
    assert "actual 2025-01-12? (src:sedaily-2025-12-15: 'January 12')" in out
    assert "on 2025-12-10? (src:sedaily-2025-12-15: 'Wednesday')" in out
    assert "planned 2026? (src:sedaily-2025-12-15: 'next year')" in out
    assert "16% of global rare earth reserves" in out
    assert "~80 kinds of minerals" in out
