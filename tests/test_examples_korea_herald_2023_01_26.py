"""The Korea Herald example states what the report says, and only that."""

from __future__ import annotations

import pytest

from _report_examples import QuotedReportChecks, Report, build, held, report_fixtures
from mineralpact import (
    Agreement,
    Confidence,
    Count,
    Country,
    Dataset,
    Event,
    Figure,
    Milestone,
    MilestoneStatus,
    NameKind,
    Organisation,
    PartialDate,
    Place,
    Position,
    Scope,
    Share,
    Source,
)

REPORT = Report(
    "korea_herald_2023_01_26", seed="000", abbreviations=("Corp.",), supported_dates=True
)
THURSDAY = PartialDate(2023, 1, 26)

data, source = report_fixtures(REPORT)


class TestReport(QuotedReportChecks):
    report = REPORT


def test_the_source_is_the_report_as_published(source: Source) -> None:
    assert source.id == "src:korea-herald-2023-01-26"
    assert source.title == "KT, Mongolia team up on rare earths supply"
    assert source.publisher == "The Korea Herald"
    assert source.authors == ("Jie Ye-eun",)
    assert source.url == "https://www.koreaherald.com/view.php?ud=20230126000564"
    assert source.published == THURSDAY
    assert source.confidence is Confidence.HIGH


def test_the_memorandum_as_the_report_states_it(data: Dataset) -> None:
    mou = data.get("agreement:kt-mn-mou-2023")
    assert isinstance(mou, Agreement)
    assert mou.parties == frozenset({"org:kt", "org:mn-government"})
    assert [(s.person, s.on_behalf_of, s.position) for s in mou.signatories] == [
        ("person:ku-hyeon-mo", "org:kt", "position:ku-hyeon-mo-kt-ceo"),
        ("person:ganbaatar-jambal", "org:mn-mining-ministry", "position:ganbaatar-jambal-minister"),
    ]
    assert mou.date == THURSDAY
    assert [c.phrase for c in mou.dates[0].citations] == ["Thursday", None]
    assert mou.place == Place(country=Country("MN"), city="Ulaanbaatar")
    assert mou.minerals == frozenset({"group:ree"})
    assert mou.scope == frozenset({Scope.SUPPLY})


def test_the_signing_and_the_appointment_were_the_same_thursday(data: Dataset) -> None:
    signing = data.get("event:kt-mou-signing-2023")
    appointment = data.get("event:ku-cto-appointment-2023")
    assert isinstance(signing, Event)
    assert isinstance(appointment, Event)
    assert signing.date == appointment.date == THURSDAY
    assert signing.agreements == frozenset({"agreement:kt-mn-mou-2023"})
    assert appointment.subjects == frozenset({"position:ku-hyeon-mo-mn-cto"})
    assert appointment.organisers == frozenset({"org:mn-government"})
    cto = data.get("position:ku-hyeon-mo-mn-cto")
    assert isinstance(cto, Position)
    assert (cto.person, cto.organisation, cto.title) == (
        "person:ku-hyeon-mo",
        "org:mn-government",
        "Chief Technology Officer",
    )
    assert cto.since == THURSDAY
    assert cto.held_on(PartialDate(2022)) is False


@pytest.mark.parametrize(
    ("record_id", "date", "phrase"),
    [
        ("event:mn-new-recovery-policy-2021", PartialDate(2021, 12), "In December 2021"),
        ("event:mn-digital-department-2022", PartialDate(2022, 5), "in May last year"),
    ],
)
def test_mongolias_earlier_digital_policy_is_dated_from_the_text(
    data: Dataset, record_id: str, date: PartialDate, phrase: str
) -> None:
    event = data.get(record_id)
    assert isinstance(event, Event)
    assert event.date == date
    assert event.dates[0].citations[0].phrase == phrase


def test_kts_digital_work_and_plans(data: Dataset) -> None:
    start = data.get("milestone:kt-mn-digital-transformation-start")
    assert isinstance(start, Milestone)
    assert start.actual_date == PartialDate(2022)
    assert start.status is MilestoneStatus.MET
    digico = data.get("milestone:kt-global-digico-2023")
    assert isinstance(digico, Milestone)
    assert digico.planned_date == PartialDate(2023)
    assert digico.actual_date is None
    supply = data.get("milestone:kt-mn-supply-plans")
    assert isinstance(supply, Milestone)
    assert supply.subject == "agreement:kt-mn-mou-2023"
    assert supply.planned == ()
    assert supply.status is MilestoneStatus.PLANNED


@pytest.mark.parametrize(
    ("person_id", "position_id", "organisation_id", "title"),
    [
        ("person:ku-hyeon-mo", "position:ku-hyeon-mo-kt-ceo", "org:kt", "CEO"),
        (
            "person:ganbaatar-jambal",
            "position:ganbaatar-jambal-minister",
            "org:mn-mining-ministry",
            "Minister of Mining and Heavy Industry",
        ),
        (
            "person:uchral-nyam-osor",
            "position:uchral-nyam-osor-digital-minister",
            "org:mn-digital-ministry",
            "Minister of Digital Development and Communications",
        ),
    ],
)
def test_people_hold_the_posts_the_report_gives(
    data: Dataset, person_id: str, position_id: str, organisation_id: str, title: str
) -> None:
    held(data, position_id, person_id=person_id, organisation_id=organisation_id, title=title)


def test_organisations_carry_the_names_the_report_uses(data: Dataset) -> None:
    kt = data.get("org:kt")
    assert isinstance(kt, Organisation)
    assert kt.name.text == "KT Corporation"
    assert kt.matches("KT Corp.")
    alias = next(n for n in kt.names if n.kind is NameKind.ALIAS)
    assert alias.citations[0].quotation == "South Korean telecommunications giant KT Corp."
    ministry = data.get("org:mn-mining-ministry")
    assert isinstance(ministry, Organisation)
    assert ministry.name.text == "Ministry of Mining and Heavy Industry"
    assert ministry.parent == "org:mn-government"
    assert "org:mn-government" in data


def test_the_figures_keep_the_reports_numbers(data: Dataset) -> None:
    share = data.get("figure:mn-ree-reserves-share-2023")
    assert isinstance(share, Figure)
    assert share.subject == "country:mn"
    assert share.minerals == frozenset({"group:ree"})
    # "about 16 percent" is approximate, not an exact 16.
    assert share.value == Share(16, of="global rare earth reserves", approximate=True)
    assert share.value != Share(16, of="global rare earth reserves")
    assert share.citations[0].phrase == "about 16 percent of global reserves"
    kinds = data.get("figure:mn-mineral-kinds")
    assert isinstance(kinds, Figure)
    assert kinds.value == Count(80, approximate=True, of="kinds of minerals")
    named = data.get("figure:mn-named-mineral-deposits")
    assert isinstance(named, Figure)
    assert named.minerals == frozenset(
        {
            "group:ree",
            "element:cu",
            "commodity:fluorspar",
            "element:au",
            "element:fe",
            "element:zn",
        }
    )
    assert named.value is None
    assert named.description is not None


def test_the_timeline_runs_from_the_policy_to_the_signing(data: Dataset) -> None:
    entries = [(str(e.when), e.record) for e in data.timeline()]
    assert entries[0] == ("2021-12", "event:mn-new-recovery-policy-2021")
    assert ("2023-01-26", "agreement:kt-mn-mou-2023") in entries
    assert ("2022-05", "event:mn-digital-department-2022") in entries


def test_the_script_prints_the_reports_facts() -> None:
    out = REPORT.run()
    assert "agreement:kt-mn-mou-2023  [src:korea-herald-2023-01-26]" in out
    assert "on 2023-01-26 (src:korea-herald-2023-01-26: 'Thursday'" in out
    assert "16% of global rare earth reserves" in out
    assert "~80 kinds of minerals" in out
    assert "2021-12  Mongolia's New Recovery Policy passed" in out
    assert "Ku Hyeon-mo: Chief Technology Officer, Government of Mongolia (since 2023-01-26)" in out


def test_it_combines_with_the_corroborating_reports(data: Dataset) -> None:
    """KBS and The Investor date the same signing: one date, cited by all three."""
    merged = data.merge(build("corroborating_reports"))
    for record_id in ("agreement:kt-mn-mou-2023", "event:kt-mou-signing-2023"):
        record = merged.get(record_id)
        assert isinstance(record, (Agreement, Event))
        (claim,) = record.dates
        assert claim.value == THURSDAY
        assert {c.source for c in claim.citations} == {
            "src:korea-herald-2023-01-26",
            "src:kbs-2023-01-26",
            "src:the-investor-2023-01-26",
        }
    cto = merged.get("position:ku-hyeon-mo-mn-cto")
    assert isinstance(cto, Position)
    assert cto.since == THURSDAY
    assert merged.disagreements() == ()
