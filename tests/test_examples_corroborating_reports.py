"""The corroborating reports' example: exact dates, signatories and USGS figures.

The example is loaded from its file (examples are scripts, not a package).
These reports' texts are not at hand, so their citations carry no quotation
and their dates are the exact dates they give. The tests check each report's
metadata, the facts that settle the five texts' implicit dates, the USGS
molybdenum figures, and that merged with the per-report examples the dataset
shows what is settled and what is disputed.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from _report_examples import (
    EXAMPLES,
    Report,
    ReportChecks,
    build,
    citations,
    date_claims,
    facts,
    get,
    report_fixtures,
    sources_of,
)
from mineralpact import (
    Agreement,
    AgreementKind,
    Basis,
    Confidence,
    Country,
    Dataset,
    Event,
    EventKind,
    Facility,
    Figure,
    FundingInstrument,
    Measure,
    Milestone,
    MilestoneStatus,
    Organisation,
    PartialDate,
    Participant,
    Place,
    Position,
    ProductionStage,
    Project,
    Quantity,
    Rank,
    Signatory,
    Source,
    SourceKind,
)

REPORT = Report("corroborating_reports")
D = PartialDate
CENTRE = "facility:kr-mn-rare-metal-centre"
GOVERNMENT_MOU = "agreement:kr-mn-rare-metals-mou-2023"

# The script states many reports: no one of them is its source.
data, _ = report_fixtures(REPORT)


class TestReport(ReportChecks):
    report = REPORT


#: Each report: (publisher, published, kind, language).
REPORTS: dict[str, tuple[str, PartialDate, SourceKind, str]] = {
    "src:kbs-world-2022-08-29": ("KBS World", D(2022, 8, 29), SourceKind.NEWS_REPORT, "en"),
    "src:kbs-2023-01-26": ("KBS", D(2023, 1, 26), SourceKind.NEWS_REPORT, "ko"),
    "src:the-investor-2023-01-26": (
        "The Investor",
        D(2023, 1, 26),
        SourceKind.NEWS_REPORT,
        "en",
    ),
    "src:yonhap-2023-02-15": (
        "Yonhap News Agency",
        D(2023, 2, 15),
        SourceKind.NEWS_REPORT,
        "en",
    ),
    "src:etnews-2023-09-12": (
        "Electronic Times (etnews)",
        D(2023, 9, 12),
        SourceKind.NEWS_REPORT,
        "ko",
    ),
    "src:mofa-kr-2023-11-20": (
        "Ministry of Foreign Affairs of the Republic of Korea",
        D(2023, 11, 20),
        SourceKind.PRESS_RELEASE,
        "ko",
    ),
    "src:yonhap-2025-12-11": (
        "Yonhap News Agency",
        D(2025, 12, 11),
        SourceKind.NEWS_REPORT,
        "ko",
    ),
    "src:joongang-2025-12-11": ("JoongAng Ilbo", D(2025, 12, 11), SourceKind.NEWS_REPORT, "ko"),
    "src:kigam-2025-12": (
        "Korea Institute of Geoscience and Mineral Resources",
        D(2025, 12),
        SourceKind.PRESS_RELEASE,
        "ko",
    ),
    "src:zdnet-korea-2025-12": ("ZDNet Korea", D(2025, 12), SourceKind.NEWS_REPORT, "ko"),
    "src:news1-2025-12": ("News1", D(2025, 12), SourceKind.NEWS_REPORT, "ko"),
    "src:usgs-mcs-2026": ("U.S. Geological Survey", D(2026, 2, 6), SourceKind.DATASET, "en"),
}

#: The per-report examples, which the corroborating reports date and contest.
PER_REPORT = (
    "korea_herald_2023_01_26",
    "korea_net_2025_03_12",
    "korea_times_2025_09_22",
    "asia_review_2025",
    "sedaily_2025_12_15",
)


# --- the reports and their citations ------------------------------------------


def test_the_dataset_holds_every_corroborating_report(data: Dataset) -> None:
    assert {source.id for source in data.of_type(Source)} == set(REPORTS)


@pytest.mark.parametrize("source_id", sorted(REPORTS))
def test_each_report_carries_its_metadata(data: Dataset, source_id: str) -> None:
    publisher, published, kind, language = REPORTS[source_id]
    source = get(data, source_id, Source)
    assert source.publisher == publisher
    assert source.published == published
    assert source.kind is kind
    assert source.language == language
    assert source.confidence is Confidence.HIGH
    assert source.title
    assert source.notes


def test_supplied_titles_are_marked_as_such(data: Dataset) -> None:
    for source in data.of_type(Source):
        if source.id == "src:usgs-mcs-2026":
            assert source.title == "Mineral Commodity Summaries 2026"
        else:
            assert source.title.startswith("[")
            assert source.title.endswith("]")
            assert source.notes is not None
            assert "The title is supplied" in source.notes


def test_yonhaps_article_is_named_by_its_id(data: Dataset) -> None:
    yonhap = get(data, "src:yonhap-2023-02-15", Source)
    assert yonhap.url == "https://en.yna.co.kr/view/AEN20230215006000320"


@pytest.mark.parametrize("source_id", ["src:kigam-2025-12", "src:zdnet-korea-2025-12"])
def test_reports_of_the_opening_without_a_day_say_so(data: Dataset, source_id: str) -> None:
    source = get(data, source_id, Source)
    assert source.notes is not None
    assert "the day is not recorded" in source.notes


def test_over_fifty_facts_cite_the_reports_without_quoting_them(data: Dataset) -> None:
    assert len(facts(data)) > 50
    for citation in citations(data):
        assert citation.quotation is None
        assert citation.phrase is None


# --- the dates that settle the texts ------------------------------------------

DATES = {
    "agreement:kr-mn-rare-metals-centre-2022": (D(2022, 8, 29), {"src:kbs-world-2022-08-29"}),
    "event:kr-mn-fm-talks-2022": (D(2022, 8, 29), {"src:kbs-world-2022-08-29"}),
    "agreement:kt-mn-mou-2023": (
        D(2023, 1, 26),
        {"src:kbs-2023-01-26", "src:the-investor-2023-01-26"},
    ),
    "event:kt-mou-signing-2023": (
        D(2023, 1, 26),
        {"src:kbs-2023-01-26", "src:the-investor-2023-01-26"},
    ),
    "event:ku-cto-appointment-2023": (
        D(2023, 1, 26),
        {"src:kbs-2023-01-26", "src:the-investor-2023-01-26"},
    ),
    GOVERNMENT_MOU: (D(2023, 2, 15), {"src:yonhap-2023-02-15"}),
    "event:kr-mn-pm-talks-2023": (D(2023, 2, 15), {"src:yonhap-2023-02-15"}),
    "event:joint-committee-preparatory-2023": (D(2023, 9, 12), {"src:etnews-2023-09-12"}),
    "event:joint-committee-1": (D(2023, 11, 20), {"src:mofa-kr-2023-11-20"}),
}


@pytest.mark.parametrize("record_id", sorted(DATES))
def test_each_agreement_and_event_has_the_exact_date_its_reports_give(
    data: Dataset, record_id: str
) -> None:
    expected, sources = DATES[record_id]
    record = data.get(record_id)
    assert isinstance(record, (Agreement, Event))
    (claim,) = record.dates
    assert claim.value == expected
    assert sources_of(claim) == sources
    assert record.date == expected


def test_every_date_is_a_day_except_the_months_reports_leave_open(data: Dataset) -> None:
    values = {str(claim.value) for claim in date_claims(data)}
    assert values == {
        "2022-08-29",
        "2023-01-26",
        "2023-02-15",
        "2023-09-12",
        "2023-11",
        "2023-11-20",
        "2025-12-12",
    }


def test_the_government_memorandum_was_signed_in_seoul_by_park_and_ganbaatar(
    data: Dataset,
) -> None:
    mou = get(data, GOVERNMENT_MOU, Agreement)
    assert mou.kind is AgreementKind.MEMORANDUM_OF_UNDERSTANDING
    assert mou.title == "Memorandum of understanding on rare metal supply chains"
    assert mou.parties == frozenset({"country:kr", "country:mn"})
    assert mou.place == Place(venue="Government Complex Seoul", city="Seoul", country=Country("KR"))
    assert mou.signatories == (
        Signatory(
            person="person:park-il-jun",
            on_behalf_of="org:motie",
            position="position:park-il-jun-vice-minister",
        ),
        Signatory(
            person="person:ganbaatar-jambal",
            on_behalf_of="org:mn-mining-ministry",
            position="position:ganbaatar-jambal-minister",
        ),
    )
    assert mou.minerals == frozenset({"list:kr-rare-metals"})


def test_the_prime_ministers_attended_the_signing_after_their_talks(data: Dataset) -> None:
    talks = get(data, "event:kr-mn-pm-talks-2023", Event)
    assert talks.kind is EventKind.MEETING
    assert [(p.party, p.position) for p in talks.participants] == [
        ("person:han-duck-soo", "position:han-duck-soo-pm"),
        ("person:oyun-erdene", "position:oyun-erdene-pm"),
    ]
    assert talks.agreements == frozenset({GOVERNMENT_MOU})
    assert talks.notes is not None
    assert "in the prime ministers' presence" in talks.notes


def test_the_kt_memorandum_was_signed_in_ulaanbaatar_with_the_pm_attending(
    data: Dataset,
) -> None:
    mou = get(data, "agreement:kt-mn-mou-2023", Agreement)
    assert mou.parties == frozenset({"org:kt", "org:mn-government"})
    assert mou.place == Place(country=Country("MN"), city="Ulaanbaatar")
    assert [s.person for s in mou.signatories] == ["person:ku-hyeon-mo", "person:ganbaatar-jambal"]
    signing = get(data, "event:kt-mou-signing-2023", Event)
    attendee = Participant(
        party="person:oyun-erdene", role="attendee", position="position:oyun-erdene-pm"
    )
    assert attendee in signing.participants
    cto = get(data, "position:ku-hyeon-mo-mn-cto", Position)
    assert cto.organisation == "org:mn-government"
    assert cto.title == "Chief Technology Officer"
    assert cto.since == D(2023, 1, 26)


def test_the_foreign_ministers_agreed_on_the_centre(data: Dataset) -> None:
    agreement = get(data, "agreement:kr-mn-rare-metals-centre-2022", Agreement)
    assert agreement.kind is AgreementKind.AGREEMENT
    assert agreement.parties == frozenset({"country:kr", "country:mn"})
    assert agreement.notes is not None
    assert "Mongolia provides the site" in agreement.notes
    talks = get(data, "event:kr-mn-fm-talks-2022", Event)
    assert [p.position for p in talks.participants] == [
        "position:park-jin-fm",
        "position:battsetseg-fm",
    ]
    assert talks.agreements == frozenset({agreement.id})


def test_the_first_committee_was_co_chaired_at_mongolias_foreign_ministry(
    data: Dataset,
) -> None:
    first = get(data, "event:joint-committee-1", Event)
    assert first.kind is EventKind.COMMITTEE_SESSION
    assert first.series == "org:kr-mn-rare-metals-committee"
    assert first.number == 1
    assert first.place == Place(
        venue="Mongolian Ministry of Foreign Affairs", city="Ulaanbaatar", country=Country("MN")
    )
    assert [(p.party, p.role) for p in first.participants] == [
        ("person:lee-ho-hyeon", "co-chair"),
        ("person:ganbaatar-jambal", "co-chair"),
    ]


def test_the_first_committee_was_planned_for_november_and_held_on_the_20th(
    data: Dataset,
) -> None:
    milestone = get(data, "milestone:first-committee-2023", Milestone)
    assert milestone.subject == GOVERNMENT_MOU
    assert milestone.planned_date == D(2023, 11)
    assert milestone.actual_date == D(2023, 11, 20)
    assert milestone.status is MilestoneStatus.MET
    assert milestone.on_time() is True
    preparatory = get(data, "event:joint-committee-preparatory-2023", Event)
    assert preparatory.place == Place(city="Seoul", country=Country("KR"))
    assert [p.position for p in preparatory.participants] == [
        "position:kang-kyung-sung-vice-minister",
        None,
    ]


def test_the_centre_opened_on_12_december_2025_as_announced(data: Dataset) -> None:
    opening = get(data, "milestone:centre-opening", Milestone)
    assert opening.subject == CENTRE
    assert opening.status is MilestoneStatus.MET
    (planned,) = opening.planned
    (actual,) = opening.actual
    assert planned.value == actual.value == D(2025, 12, 12)
    assert sources_of(planned) == {"src:yonhap-2025-12-11", "src:joongang-2025-12-11"}
    assert sources_of(actual) == {
        "src:kigam-2025-12",
        "src:zdnet-korea-2025-12",
        "src:news1-2025-12",
    }
    assert opening.on_time() is True
    assert opening.notes is None  # the Seoul Economic Daily example explains the dispute


def test_the_centre_is_an_oda_project_managed_by_kiat(data: Dataset) -> None:
    project = get(data, "project:rare-metal-centre-oda", Project)
    assert project.instrument is FundingInstrument.OFFICIAL_DEVELOPMENT_ASSISTANCE
    assert project.funders == frozenset({"country:kr"})
    assert project.executors == frozenset({"org:kigam"})
    assert project.managers == frozenset({"org:kiat"})
    assert project.hosts == frozenset({"org:gcra", "country:mn"})
    kiat = get(data, "org:kiat", Organisation)
    assert kiat.parent == "org:motie"
    centre = get(data, CENTRE, Facility)
    assert centre.project == project.id
    assert centre.name.text == "Korea-Mongolia Rare Metal Cooperation Center"
    kickoff = get(data, "milestone:centre-project-kickoff-2023", Milestone)
    assert kickoff.subject == project.id
    assert kickoff.actual_date == D(2023, 11, 20)


# --- the USGS figures ----------------------------------------------------------

USGS_FIGURES = {
    "figure:mn-mo-production-2024": ("country:mn", Quantity(3110, "t"), 2024),
    "figure:mn-mo-production-2025": ("country:mn", Quantity(4200, "t"), 2025),
    "figure:world-mo-production-2024": (None, Quantity(256000, "t"), 2024),
    "figure:world-mo-production-2025": (None, Quantity(260000, "t"), 2025),
    "figure:mn-mo-production-rank-2024": (
        "country:mn",
        Rank(8, scope="largest producers of molybdenum"),
        2024,
    ),
    "figure:mn-mo-production-rank-2025": (
        "country:mn",
        Rank(8, scope="largest producers of molybdenum"),
        2025,
    ),
}


@pytest.mark.parametrize("figure_id", sorted(USGS_FIGURES))
def test_usgs_gives_molybdenum_production_by_year(data: Dataset, figure_id: str) -> None:
    subject, value, year = USGS_FIGURES[figure_id]
    figure = get(data, figure_id, Figure)
    assert figure.subject == subject
    assert figure.measure is Measure.PRODUCTION
    assert figure.minerals == frozenset({"element:mo"})
    assert figure.value == value
    assert figure.period == D(year)
    assert figure.estimated is (year == 2025)
    # The rank is stated in the table's structured scope: mine production, contained metal.
    assert figure.basis is Basis.CONTAINED_METAL
    assert figure.stage is ProductionStage.MINE
    assert (figure.rounding is not None) is (subject is None and year == 2025)
    assert [c.source for c in figure.citations] == ["src:usgs-mcs-2026"]


def test_mongolias_share_of_world_molybdenum_follows_from_the_figures(data: Dataset) -> None:
    mongolia = get(data, "figure:mn-mo-production-2024", Figure)
    world = get(data, "figure:world-mo-production-2024", Figure)
    share = mongolia.value.magnitude / world.value.magnitude * 100
    assert share.quantize(Decimal("0.1")) == Decimal("1.2")
    assert world.value == Quantity.parse("256 kt")


def test_the_two_years_ranks_are_not_a_disagreement(data: Dataset) -> None:
    ranks = [get(data, f, Figure) for f in sorted(USGS_FIGURES) if "rank" in f]
    assert ranks[0].key != ranks[1].key


def test_world_rare_earth_reserves_are_stated_in_words(data: Dataset) -> None:
    reserves = get(data, "figure:world-ree-reserves", Figure)
    assert reserves.subject is None
    assert reserves.value is None
    assert reserves.basis is Basis.OXIDE
    assert reserves.description == "more than 85 million tonnes of rare-earth oxide"


# --- merged with the per-report examples ---------------------------------------


def test_merged_with_the_seoul_economic_daily_the_opening_is_disputed(data: Dataset) -> None:
    merged = data.merge(build("sedaily_2025_12_15"))
    (disagreement,) = merged.disagreements()
    assert (disagreement.subject, disagreement.aspect) == ("milestone:centre-opening", "actual")
    assert {str(claim.value) for claim in disagreement.claims} == {"2025-01-12?", "2025-12-12"}
    opening = get(merged, "milestone:centre-opening", Milestone)
    assert opening.disputed
    assert opening.actual_date is None
    assert opening.planned_date == D(2025, 12, 12)


def test_merged_with_every_report_only_the_opening_is_disputed(data: Dataset) -> None:
    present = [name for name in PER_REPORT if (EXAMPLES / f"{name}.py").exists()]
    if len(present) < len(PER_REPORT):
        pytest.skip("not every per-report example is present")
    merged = data
    for name in present:
        merged = merged.merge(build(name))
    disputed = sorted(
        (d.subject, d.aspect, sorted(str(c.value) for c in d.claims))
        for d in merged.disagreements()
    )
    assert disputed == [
        ("milestone:centre-opening", "actual", ["2025-01-12?", "2025-12-12"]),
    ]
    # Settled: the February 2023 memorandum's date and signatories.
    mou = get(merged, GOVERNMENT_MOU, Agreement)
    assert not mou.disputed
    assert mou.date == D(2023, 2, 15)
    assert [s.person for s in mou.signatories] == ["person:park-il-jun", "person:ganbaatar-jambal"]
    # GCRA's names are one organisation's names.
    gcra = get(merged, "org:gcra", Organisation)
    assert gcra.matches("Geological Center for Research and Analysis")
    assert gcra.matches("Geological Central Research Academy")


def test_the_script_prints_the_reports_facts() -> None:
    out = REPORT.run()
    assert "planned 2025-12-12 (src:yonhap-2025-12-11; src:joongang-2025-12-11)" in out
    assert "on 2023-02-15 (src:yonhap-2023-02-15)" in out
    assert "2024: Mongolia 3110 t of the world's 256 kt = 1.2 %" in out
    assert "2025 (estimated): Mongolia 4200 t of the world's 260 kt = 1.6 %" in out
    assert "What each report states:" in out
