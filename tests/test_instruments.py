"""Instruments: the life cycle of agreements and laws, what they establish, and their status.

Two real cases are stated as plainly as the model allows: the US–Ukraine
minerals agreement and the EU's Critical Raw Materials Act. The source ids
are placeholders.
"""

from __future__ import annotations

import datetime
import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineralpact import (
    Agreement,
    AgreementKind,
    Citation,
    Dataset,
    DateClaim,
    EntryKind,
    Facility,
    FacilityKind,
    InstrumentStatus,
    InvalidDatasetError,
    InvalidIdError,
    InvalidTypeError,
    InvalidValueError,
    Law,
    LawKind,
    Name,
    Organisation,
    OrganisationKind,
    PartialDate,
    Person,
    Place,
    Project,
    Severity,
    Signatory,
    Source,
    SourceKind,
    Stage,
    StageKind,
    dumps,
    loads,
)
from mineralpact import strategies as ms

US, UA = "country:us", "country:ua"
RADA = "org:ua-verkhovna-rada"
FUND = "org:us-ua-reconstruction-investment-fund"


def claim(day: PartialDate, *sources: str) -> DateClaim:
    return DateClaim(day, tuple(Citation(s) for s in sources))


def source(source_id: str, published: PartialDate | None = None) -> Source:
    return Source(id=source_id, title=source_id, kind=SourceKind.NEWS_REPORT, published=published)


# --- the US–Ukraine agreement -------------------------------------------------

US_UA = Agreement(
    id="agreement:us-ua-reconstruction-investment-fund",
    kind=AgreementKind.AGREEMENT,
    title="Agreement establishing a United States-Ukraine Reconstruction Investment Fund",
    parties=frozenset({US, UA}),
    signatories=(
        Signatory(person="person:scott-bessent", on_behalf_of=US),
        Signatory(person="person:yulia-svyrydenko", on_behalf_of=UA),
    ),
    dates=(
        claim(PartialDate(2025, 4, 30), "src:x"),
        claim(PartialDate(2025, 5, 1), "src:y"),
    ),
    place=Place(city="Washington"),
    establishes=frozenset({FUND}),
    stages=(
        Stage(
            kind=StageKind.RATIFIED,
            party=UA,
            by=RADA,
            dates=(claim(PartialDate(2025, 5, 8), "src:z"),),
        ),
        Stage(
            kind=StageKind.IN_FORCE,
            condition="on the date of the later of the diplomatic notes by which each side "
            "confirms that its procedures are complete",
            citations=(Citation("src:x"),),
        ),
    ),
    citations=(Citation("src:x"), Citation("src:y")),
)


def us_ua_dataset() -> Dataset:
    cite = (Citation("src:x"),)
    return Dataset(
        (
            source("src:x", PartialDate(2025, 4, 30)),
            source("src:y", PartialDate(2025, 5, 1)),
            source("src:z", PartialDate(2025, 5, 8)),
            Organisation(
                id=RADA,
                names=(Name("Verkhovna Rada"),),
                kind=OrganisationKind.OTHER,
                citations=cite,
            ),
            Organisation(
                id=FUND,
                names=(Name("United States-Ukraine Reconstruction Investment Fund"),),
                kind=OrganisationKind.FUND,
                citations=cite,
            ),
            Person(id="person:scott-bessent", names=(Name("Scott Bessent"),), citations=cite),
            Person(id="person:yulia-svyrydenko", names=(Name("Yulia Svyrydenko"),), citations=cite),
            US_UA,
        )
    )


def days(year: int) -> list[datetime.date]:
    start = datetime.date(year, 1, 1)
    return [
        start + datetime.timedelta(days=n)
        for n in range((datetime.date(year + 1, 1, 1) - start).days)
    ]


def test_the_us_ukraine_agreement_is_never_in_force_in_2025_on_a_condition_alone() -> None:
    statuses = {US_UA.status_on(day) for day in days(2025)}
    assert InstrumentStatus.IN_FORCE not in statuses
    assert statuses == {
        InstrumentStatus.NOT_CONCLUDED,  # before 30 April
        InstrumentStatus.UNKNOWN,  # 30 April and 1 May: the sources disagree
        InstrumentStatus.SIGNED,
    }
    assert US_UA.status_on(PartialDate(2025, 4, 29)) is InstrumentStatus.NOT_CONCLUDED
    assert US_UA.status_on(PartialDate(2025, 4, 30)) is InstrumentStatus.UNKNOWN
    assert US_UA.status_on(PartialDate(2025, 5, 2)) is InstrumentStatus.SIGNED
    assert US_UA.status_on(PartialDate(2025)) is InstrumentStatus.UNKNOWN  # not one status
    assert US_UA.status_on(PartialDate(2025, 6)) is InstrumentStatus.SIGNED
    assert [stage.kind for stage in US_UA.pending] == [StageKind.IN_FORCE]


def test_ukraine_ratified_it_for_ukraine_only() -> None:
    assert US_UA.status_on(PartialDate(2025, 5, 7), party=UA) is InstrumentStatus.SIGNED
    assert US_UA.status_on(PartialDate(2025, 5, 8), party=UA) is InstrumentStatus.RATIFIED
    assert US_UA.status_on(PartialDate(2025, 5, 8), party=US) is InstrumentStatus.SIGNED
    assert US_UA.status_on(PartialDate(2025, 5, 8)) is InstrumentStatus.SIGNED


def test_a_reported_entry_into_force_makes_it_in_force() -> None:
    met = attrs.evolve(
        US_UA.stages[1], dates=(claim(PartialDate(2025, 9, 1), "src:later"),), condition=None
    )
    agreement = attrs.evolve(US_UA, stages=(US_UA.stages[0], met))
    assert agreement.status_on(PartialDate(2025, 8, 31)) is InstrumentStatus.SIGNED
    assert agreement.status_on(PartialDate(2025, 9, 1)) is InstrumentStatus.IN_FORCE
    assert agreement.status_on(PartialDate(2025, 9, 1), party=UA) is InstrumentStatus.IN_FORCE


def test_the_timeline_shows_the_signing_and_the_ratification_but_not_the_condition() -> None:
    entries = us_ua_dataset().timeline()
    assert [(str(e.when), e.kind, e.stage, e.disputed) for e in entries] == [
        ("2025-04-30", EntryKind.AGREEMENT, None, True),
        ("2025-05-01", EntryKind.AGREEMENT, None, True),
        ("2025-05-08", EntryKind.STAGE, StageKind.RATIFIED, False),
    ]
    assert entries[2].title.endswith(": ratified by Verkhovna Rada for Ukraine")
    assert entries[2].sources == {"src:z"}


def test_the_signing_date_is_a_disagreement_and_the_fund_is_linked_both_ways() -> None:
    data = us_ua_dataset()
    [disagreement] = data.disagreements()
    assert (disagreement.subject, disagreement.aspect) == (US_UA.id, "date")
    assert data.established_by(FUND) == (US_UA,)
    assert data.established_by(RADA) == ()
    assert US_UA in data.referring_to(FUND)


def test_established_by_a_record_the_dataset_does_not_hold_is_an_error() -> None:
    from mineralpact import RecordNotFoundError

    with pytest.raises(RecordNotFoundError):
        us_ua_dataset().established_by("org:us-ua-fund")


def test_show_lists_what_establishes_a_record() -> None:
    from mineralpact.cli import _sections

    sections = dict(_sections(us_ua_dataset(), FUND, labelled=False))
    assert sections["established by"] == [US_UA.id]
    assert "established by" not in dict(_sections(us_ua_dataset(), RADA, labelled=False))


def test_the_agreement_survives_a_round_trip() -> None:
    data = us_ua_dataset()
    assert loads(dumps(data)) == data
    written = json.loads(dumps(US_UA))
    assert written["stages"][0] == {
        "kind": "ratified",
        "party": UA,
        "by": RADA,
        "dates": [{"value": "2025-05-08", "citations": [{"source": "src:z"}]}],
    }
    assert "scheduled" not in written["stages"][1]


def test_a_stage_for_a_party_that_is_not_a_party_is_a_problem() -> None:
    stray = attrs.evolve(
        US_UA, stages=(attrs.evolve(US_UA.stages[0], party="country:fr"), US_UA.stages[1])
    )
    records = [r if r.id != US_UA.id else stray for r in us_ua_dataset().records]
    with pytest.raises(InvalidDatasetError) as caught:
        Dataset(tuple(records))
    [problem] = caught.value.problems
    assert problem.code == "stage-party-not-party"
    assert problem.path.endswith(".stages[0].party")


def test_the_signing_belongs_in_dates_not_in_a_stage_for_no_party() -> None:
    signed = Stage(kind=StageKind.SIGNED, dates=(claim(PartialDate(2025, 4, 30), "src:x"),))
    with pytest.raises(InvalidValueError, match=r"Agreement\.stages\[0\]"):
        attrs.evolve(US_UA, stages=(signed,))
    # One party that signs apart (an accession) is a stage of its own.
    apart = attrs.evolve(signed, party=UA)
    assert attrs.evolve(US_UA, stages=(apart,)).stages == (apart,)


def test_stage_fields_are_checked() -> None:
    with pytest.raises(InvalidValueError, match="no date and no citation"):
        Stage(kind=StageKind.IN_FORCE, condition="when notes are exchanged")
    with pytest.raises(InvalidIdError, match=r"Stage\.party"):
        Stage(kind=StageKind.RATIFIED, party="law:x", citations=(Citation("src:x"),))
    with pytest.raises(InvalidTypeError, match=r"Stage\.kind"):
        Stage(kind="ratified", citations=(Citation("src:x"),))  # type: ignore[arg-type]
    day = claim(PartialDate(2025, 5, 8), "src:a")
    with pytest.raises(InvalidValueError, match=r"Stage\.scheduled"):
        Stage(kind=StageKind.IN_FORCE, scheduled=(day, claim(PartialDate(2025, 5, 8), "src:b")))


def test_status_on_refuses_what_is_not_a_day() -> None:
    with pytest.raises(InvalidTypeError, match=r"Agreement\.status_on on"):
        US_UA.status_on("2025-05-08")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError):
        US_UA.status_on(datetime.datetime(2025, 5, 8))
    with pytest.raises(InvalidIdError, match=r"Agreement\.status_on party"):
        US_UA.status_on(PartialDate(2025), party="ukraine")


# --- the EU Critical Raw Materials Act -----------------------------------------

OJ = "src:x"  # the regulation as published, 3 May 2024
LATER = "src:y"  # a later report that it is in force


def crma(in_force: Stage) -> Law:
    return Law(
        id="law:eu-crma",
        kind=LawKind.REGULATION,
        title="Critical Raw Materials Act",
        designation="Regulation (EU) 2024/1252",
        issuer="org:eu",
        jurisdiction="org:eu",
        stages=(
            Stage(kind=StageKind.ADOPTED, dates=(claim(PartialDate(2024, 4, 11), OJ),)),
            Stage(kind=StageKind.PUBLISHED, dates=(claim(PartialDate(2024, 5, 3), OJ),)),
            in_force,
        ),
        citations=(Citation(OJ),),
    )


SCHEDULED = Stage(kind=StageKind.IN_FORCE, scheduled=(claim(PartialDate(2024, 5, 23), OJ),))
REPORTED = attrs.evolve(SCHEDULED, dates=(claim(PartialDate(2024, 5, 23), LATER),))


def crma_dataset(law: Law) -> Dataset:
    eu = Organisation(
        id="org:eu",
        names=(Name("European Union"),),
        kind=OrganisationKind.INTERNATIONAL_BODY,
        citations=(Citation(OJ),),
    )
    return Dataset(
        (source(OJ, PartialDate(2024, 5, 3)), source(LATER, PartialDate(2024, 6)), eu, law)
    )


def test_the_crma_is_adopted_published_and_in_force_in_turn() -> None:
    law = crma(REPORTED)
    assert law.status_on(PartialDate(2024, 4, 10)) is InstrumentStatus.NOT_CONCLUDED
    assert law.status_on(PartialDate(2024, 4, 11)) is InstrumentStatus.ADOPTED
    assert law.status_on(PartialDate(2024, 5, 3)) is InstrumentStatus.PUBLISHED
    assert law.status_on(PartialDate(2024, 5, 22)) is InstrumentStatus.PUBLISHED
    assert law.status_on(PartialDate(2024, 5, 23)) is InstrumentStatus.IN_FORCE
    assert law.status_on(PartialDate(2025)) is InstrumentStatus.IN_FORCE
    assert law.pending == ()


def test_a_scheduled_entry_into_force_that_no_source_reports_is_unknown_once_due() -> None:
    law = crma(SCHEDULED)
    assert law.status_on(PartialDate(2024, 5, 22)) is InstrumentStatus.PUBLISHED
    assert law.status_on(PartialDate(2024, 5, 23)) is InstrumentStatus.UNKNOWN
    assert law.pending == (SCHEDULED,)


def test_a_scheduled_stage_is_not_dated_after_its_report() -> None:
    assert crma_dataset(crma(SCHEDULED)).warnings == ()
    assert crma_dataset(crma(REPORTED)).warnings == ()


def test_a_stage_reported_as_done_after_its_source_is_a_warning() -> None:
    # The regulation's own text does not report its entry into force as done.
    early = Stage(kind=StageKind.IN_FORCE, dates=(claim(PartialDate(2024, 5, 23), OJ),))
    [warning] = crma_dataset(crma(early)).warnings
    assert warning.severity is Severity.WARNING
    assert warning.code == "reported-before-done"
    assert warning.path == "$.records[3].stages[2].dates[0].value"
    assert "stage is dated after src:x" in warning.message


def test_the_timeline_shows_scheduled_and_reported_stages() -> None:
    entries = crma_dataset(crma(REPORTED)).timeline()
    assert [(str(e.when), e.kind, e.stage) for e in entries] == [
        ("2024-04-11", EntryKind.STAGE, StageKind.ADOPTED),
        ("2024-05-03", EntryKind.STAGE, StageKind.PUBLISHED),
        ("2024-05-23", EntryKind.SCHEDULED, StageKind.IN_FORCE),
        ("2024-05-23", EntryKind.STAGE, StageKind.IN_FORCE),
    ]
    assert (
        str(entries[2]) == "2024-05-23  Critical Raw Materials Act: in force (scheduled)  [src:x]"
    )
    assert crma_dataset(crma(REPORTED)).query(party="org:eu", type=Law) != ()


def test_the_law_survives_a_round_trip() -> None:
    data = crma_dataset(crma(REPORTED))
    assert loads(dumps(data)) == data
    written = json.loads(dumps(data))["records"][3]
    assert written["type"] == "law"
    assert written["designation"] == "Regulation (EU) 2024/1252"


# --- projects and facilities in the timeline --------------------------------------


def test_projects_and_facilities_have_start_and_end_entries() -> None:
    cite = (Citation(OJ),)
    project = Project(
        id="project:p",
        title="A project",
        start=(claim(PartialDate(2023), OJ),),
        end=(claim(PartialDate(2026), OJ),),
        citations=cite,
    )
    facility = Facility(
        id="facility:f",
        names=(Name("A centre"),),
        kind=FacilityKind.RESEARCH_CENTRE,
        start=(claim(PartialDate(2024, 3), OJ),),
        citations=cite,
    )
    data = Dataset((source(OJ), project, facility))
    assert [(str(e.when), e.kind, e.title) for e in data.timeline()] == [
        ("2023", EntryKind.START, "A project"),
        ("2024-03", EntryKind.START, "A centre"),
        ("2026", EntryKind.END, "A project"),
    ]
    assert str(data.timeline()[1]) == "2024-03  A centre (start)  [src:x]"


# --- properties -----------------------------------------------------------------


@given(ms.stages(), ms.stages(), ms.partial_dates())
def test_in_force_only_when_a_source_reports_an_entry_into_force(
    first: Stage, second: Stage, on: PartialDate
) -> None:
    law = crma(REPORTED)
    law = attrs.evolve(law, stages=(first, second))
    reported = any(s.kind is StageKind.IN_FORCE and s.reported for s in law.stages)
    if law.status_on(on) is InstrumentStatus.IN_FORCE:
        assert reported


@given(ms.stages(), ms.stages(), ms.partial_dates(), st.sampled_from([None, UA]))
def test_the_status_of_a_month_or_year_is_that_of_each_of_its_days(
    first: Stage, second: Stage, on: PartialDate, party: str | None
) -> None:
    agreement = attrs.evolve(
        US_UA,
        stages=tuple(s for s in (first, second) if s.kind is not StageKind.SIGNED or s.party),
    )
    assert on.earliest is not None
    assert on.latest is not None
    each = {
        agreement.status_on(on.earliest + datetime.timedelta(days=n), party=party)
        for n in range((on.latest - on.earliest).days + 1)
    }
    expected = each.pop() if len(each) == 1 else InstrumentStatus.UNKNOWN
    assert agreement.status_on(on, party=party) is expected
