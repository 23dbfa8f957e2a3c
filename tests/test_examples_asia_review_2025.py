"""The Asia Review example states what the report says, and no more.

The report has no known publication date: the example dates it by a range,
resolves the one phrase that range settles ("in 2023"), and keeps the one it
cannot ("by November") as an undated plan that says why. Its statements
combine with Korea.net's account of the same meeting without conflict.
"""

from __future__ import annotations

import pytest

from _report_examples import (
    QuotedReportChecks,
    Report,
    build,
    citations,
    date_claims,
    facts,
    report_fixtures,
    resolved,
)
from mineralpact import (
    Agreement,
    AgreementKind,
    Confidence,
    Country,
    Dataset,
    DateRange,
    Event,
    Facility,
    Figure,
    Measure,
    Milestone,
    MilestoneKind,
    MilestoneStatus,
    NameKind,
    PartialDate,
    Place,
    Project,
    Rank,
    Scope,
    Source,
    SourceKind,
    Tense,
    UnresolvableDateError,
    resolve_date,
)

REPORT = Report("asia_review_2025", seed="003", longest=300)
SOURCE_ID = "src:asia-review-2025"

data, source = report_fixtures(REPORT)


class TestReport(QuotedReportChecks):
    report = REPORT


# --- the report and its citations --------------------------------------------


def test_the_source_is_dated_by_a_range_with_low_confidence(source: Source) -> None:
    assert source.id == SOURCE_ID
    assert source.title == (
        "Korea and Mongolia Strengthen Rare Metals Cooperation to Secure Supply Chains"
    )
    assert source.kind is SourceKind.NEWS_REPORT
    assert source.publisher == "The Asia Review"
    assert source.published == DateRange(PartialDate(2025, 3, 12), PartialDate(2026, 3, 21))
    assert source.confidence is Confidence.LOW
    assert source.notes is not None
    assert "2026-03-21" in source.notes


def test_the_report_gives_ten_facts_in_nine_quotations(data: Dataset) -> None:
    assert len(facts(data)) == 10
    assert len({c.quotation for c in citations(data)}) == 9


def test_molybdenums_use_in_steel_alloys_is_a_figure_found_by_mineral(data: Dataset) -> None:
    (use,) = [
        f
        for f in data.query(type=Figure, mineral="molybdenum")
        if isinstance(f, Figure) and f.measure is Measure.USE
    ]
    assert use.subject is None
    assert use.minerals == frozenset({"element:mo"})
    assert use.description == "an essential component in steel alloy production"


def test_the_only_date_is_2023_from_in_2023(data: Dataset, source: Source) -> None:
    claims = date_claims(data)
    assert len(claims) == 1
    (claim,) = claims
    assert claim.value == PartialDate(2023)
    (citation,) = claim.citations
    assert citation.phrase == "in 2023"
    assert source.published is not None
    assert {resolved("in 2023", source.published, tense) for tense in Tense} == {PartialDate(2023)}


def test_by_november_cannot_be_resolved_against_the_publication_range(source: Source) -> None:
    assert source.published is not None
    with pytest.raises(UnresolvableDateError) as info:
        resolve_date("by November", source.published, tense=Tense.FUTURE)
    assert info.value.value == "by November"


# --- the facts ----------------------------------------------------------------


def test_the_centre_is_to_be_fully_operational_by_an_undated_november(data: Dataset) -> None:
    milestone = data.get("milestone:centre-fully-operational")
    assert isinstance(milestone, Milestone)
    assert milestone.subject == "facility:kr-mn-rare-metal-centre"
    assert milestone.kind is MilestoneKind.FULLY_OPERATIONAL
    assert milestone.status is MilestoneStatus.PLANNED
    assert milestone.planned == ()
    assert milestone.actual == ()
    assert milestone.notes is not None
    assert "'by November'" in milestone.notes
    (citation,) = milestone.citations
    assert citation.quotation is not None
    assert "fully operational by November" in citation.quotation


def test_the_centre_is_named_as_the_report_names_it(data: Dataset) -> None:
    centre = data.get("facility:kr-mn-rare-metal-centre")
    assert isinstance(centre, Facility)
    assert [(n.text, n.kind) for n in centre.names] == [
        ("joint cooperation center on rare metals", NameKind.ALIAS)
    ]
    assert centre.project is None
    assert centre.place is None


def test_the_second_session_was_in_seoul_and_the_report_gives_no_date(data: Dataset) -> None:
    session = data.get("event:joint-committee-2")
    assert isinstance(session, Event)
    assert session.number == 2
    assert session.place == Place(country=Country("KR"), city="Seoul")
    assert session.dates == ()
    assert session.series is None
    assert session.agreements == {
        "agreement:kr-mn-rare-metals-mou-2023",
        "agreement:kr-mn-rare-metals-cooperation-2025",
    }


def test_the_prime_ministers_agreement_is_the_2023_memorandum(data: Dataset) -> None:
    mou = data.get("agreement:kr-mn-rare-metals-mou-2023")
    assert isinstance(mou, Agreement)
    assert mou.kind is AgreementKind.MEMORANDUM_OF_UNDERSTANDING
    assert mou.date == PartialDate(2023)
    assert mou.parties == frozenset({"country:kr", "country:mn"})
    assert mou.signatories == ()
    assert mou.notes is not None
    assert "during the prime ministers' meeting, not by them" in mou.notes


def test_the_new_agreement_follows_the_memorandum_and_has_no_date(data: Dataset) -> None:
    agreed = data.get("agreement:kr-mn-rare-metals-cooperation-2025")
    assert isinstance(agreed, Agreement)
    assert agreed.dates == ()
    assert agreed.follows == frozenset({"agreement:kr-mn-rare-metals-mou-2023"})
    assert agreed.scope == frozenset({Scope.SUPPLY, Scope.EXPLORATION, Scope.DEVELOPMENT})


@pytest.mark.parametrize(
    ("project_id", "minerals", "scope"),
    [
        ("project:kigam-gcra-joint-exploration", frozenset(), {Scope.EXPLORATION}),
        ("project:ketep-tin-rnd", {"element:sn"}, {Scope.DEVELOPMENT}),
    ],
)
def test_the_projects_are_stated_without_the_institutes_the_report_does_not_name(
    data: Dataset, project_id: str, minerals: frozenset[str], scope: set[Scope]
) -> None:
    project = data.get(project_id)
    assert isinstance(project, Project)
    assert project.executors == frozenset()
    assert project.minerals == minerals
    assert project.scope == scope
    assert project.place == Place(country=Country("MN"))


@pytest.mark.parametrize(
    ("figure_id", "minerals", "value", "description"),
    [
        (
            "figure:mn-mo-production-rank",
            {"element:mo"},
            Rank(8, scope="largest producers of molybdenum"),
            None,
        ),
        ("figure:mn-significant-reserves", {"group:ree"}, None, "significant reserves"),
    ],
)
def test_figures_are_as_the_report_gives_them(
    data: Dataset,
    figure_id: str,
    minerals: set[str],
    value: Rank | None,
    description: str | None,
) -> None:
    figure = data.get(figure_id)
    assert isinstance(figure, Figure)
    assert figure.subject == "country:mn"
    assert figure.minerals == minerals
    assert figure.value == value
    assert figure.description == description
    assert figure.period is None
    assert figure.as_of is None


# --- combined with Korea.net's account of the same meeting ----------------------


@pytest.fixture(scope="module")
def merged(data: Dataset) -> Dataset:
    return build("korea_net_2025_03_12").merge(data)


def test_the_two_accounts_of_the_meeting_combine(merged: Dataset) -> None:
    session = merged.get("event:joint-committee-2")
    assert isinstance(session, Event)
    assert session.date == PartialDate(2025, 3, 12)
    assert session.series == "org:kr-mn-rare-metals-committee"
    assert {c.source for c in session.citations} == {SOURCE_ID, "src:korea-net-2025-03-12"}


def test_the_two_accounts_agree_on_the_memorandums_date(merged: Dataset) -> None:
    mou = merged.get("agreement:kr-mn-rare-metals-mou-2023")
    assert isinstance(mou, Agreement)
    assert [c.value for c in mou.dates] == [PartialDate(2023, 2), PartialDate(2023)]
    assert not mou.disputed
    assert mou.date == PartialDate(2023, 2)
    assert merged.disagreements() == ()


def test_the_rank_is_one_figure_citing_both_reports(merged: Dataset) -> None:
    rank = merged.get("figure:mn-mo-production-rank")
    assert isinstance(rank, Figure)
    assert rank.measure is Measure.PRODUCTION
    assert [c.source for c in rank.citations] == ["src:korea-net-2025-03-12", SOURCE_ID]


def test_the_centre_keeps_both_reports_names(merged: Dataset) -> None:
    centre = merged.get("facility:kr-mn-rare-metal-centre")
    assert isinstance(centre, Facility)
    assert [n.text for n in centre.names] == [
        "Korea-Mongolia Rare Metals Cooperation Center",
        "joint cooperation center on rare metals",
    ]


# --- the script -----------------------------------------------------------------


def test_the_script_says_what_it_cannot_date() -> None:
    out = REPORT.run()
    assert "on 2023 (src:asia-review-2025: 'in 2023')" in out
    assert "Published: somewhere in 2025-03-12/2026-03-21" in out
    assert "Infrastructure and equipment at the centre fully operational: no date" in out
