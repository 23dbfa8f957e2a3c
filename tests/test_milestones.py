"""Milestones: the rare-metal centre's plans and what happened, as each source states them."""

from __future__ import annotations

import pickle
from typing import Any

import attrs
import pytest
from hypothesis import given

from mineralpact.dates import (
    DateRange,
    Deadline,
    PartialDate,
    QualifiedDate,
    Qualifier,
    TemporalValue,
)
from mineralpact.errors import InvalidIdError, InvalidTypeError, InvalidValueError
from mineralpact.milestones import Milestone, MilestoneKind, MilestoneStatus
from mineralpact.sources import Citation, DateClaim
from mineralpact.strategies import milestones

# --- the seed facts -------------------------------------------------------------------

KOREA_NET = "src:korea-net-2025-03-12"
KOREA_TIMES = "src:korea-times-2025-09-22"
ASIA_REVIEW = "src:asia-review-2025-03"
SEDAILY = "src:sedaily-2025-12-15"
YONHAP = "src:yonhap-2025-12-11"
KIGAM = "src:kigam-2025-12-12"

CENTRE = "facility:kr-mn-rare-metal-cooperation-center"

EQUIPMENT_001 = Citation(
    KOREA_NET,
    quotation="Their plan is to install by November equipment and materials for the "
    "Korea-Mongolia Rare Metals Cooperation Center",
    phrase="by November",
)
OPERATIONAL_003 = Citation(
    ASIA_REVIEW,
    quotation="with infrastructure and equipment set to be fully operational by November",
    phrase="by November",
)
OPENING_002 = Citation(
    KOREA_TIMES,
    quotation="announced the upcoming opening of a joint research center on rare metals "
    "between the two countries in November",
    phrase="in November",
)
OPENED_004 = Citation(
    SEDAILY,
    quotation="it opened the Korea-Mongolia Rare Metal Cooperation Center at the "
    "Geological Central Research Academy (GCRA) in Ulaanbaatar on January 12",
    phrase="January 12",
)
OPENED_YONHAP = Citation(YONHAP, quotation="opens on Friday, Dec. 12")
OPENED_KIGAM = Citation(KIGAM)
RESEARCH_004 = Citation(
    SEDAILY,
    quotation="Research on mineral analysis, ore processing and separation, and smelting "
    "will begin next year.",
    phrase="next year",
)


def equipment_installed() -> Milestone:
    return Milestone(
        id="milestone:kr-mn-rare-metal-center-equipment",
        subject=CENTRE,
        kind=MilestoneKind.EQUIPMENT_INSTALLED,
        description="Equipment and materials installed at the centre",
        planned=(DateClaim(Deadline(PartialDate(2025, 11)), (EQUIPMENT_001,)),),
        status=MilestoneStatus.PLANNED,
        citations=(EQUIPMENT_001,),
    )


def fully_operational() -> Milestone:
    return Milestone(
        id="milestone:kr-mn-rare-metal-center-operational",
        subject=CENTRE,
        kind=MilestoneKind.FULLY_OPERATIONAL,
        description="Infrastructure and equipment of the centre fully operational",
        planned=(DateClaim(Deadline(PartialDate(2025, 11)), (OPERATIONAL_003,)),),
        citations=(OPERATIONAL_003,),
        notes="The source's publication date is unknown; its content reports March 2025.",
    )


def opening(**changes: Any) -> Milestone:
    fields: dict[str, Any] = {
        "id": "milestone:kr-mn-rare-metal-center-opening",
        "subject": CENTRE,
        "kind": MilestoneKind.OPENING,
        "description": "The Korea-Mongolia Rare Metal Cooperation Center opens",
        "planned": (DateClaim(PartialDate(2025, 11), (OPENING_002,)),),
        "actual": (
            DateClaim(PartialDate(2025, 12, 12), (OPENED_YONHAP, OPENED_KIGAM)),
            DateClaim(PartialDate(2025, 1, 12), (OPENED_004,)),
        ),
        "status": MilestoneStatus.MET,
        "citations": (OPENING_002, OPENED_YONHAP, OPENED_004),
    }
    fields.update(changes)
    return Milestone(**fields)


def research_begins() -> Milestone:
    return Milestone(
        id="milestone:kr-mn-rare-metal-center-research",
        subject=CENTRE,
        kind=MilestoneKind.RESEARCH_BEGINS,
        description="Research on mineral analysis, ore processing and separation, "
        "and smelting begins",
        planned=(DateClaim(PartialDate(2026), (RESEARCH_004,)),),
        status=MilestoneStatus.PLANNED,
        citations=(RESEARCH_004,),
    )


def claim(value: TemporalValue, source: str = "src:a") -> DateClaim:
    return DateClaim(value, (Citation(source),))


def plan_and_outcome(
    planned: tuple[TemporalValue, ...], actual: tuple[TemporalValue, ...]
) -> Milestone:
    return opening(
        planned=tuple(claim(v, f"src:plan-{i}") for i, v in enumerate(planned)),
        actual=tuple(claim(v, f"src:outcome-{i}") for i, v in enumerate(actual)),
    )


# --- the seed milestones --------------------------------------------------------------


def test_equipment_is_planned_by_november_and_not_yet_reported_installed() -> None:
    milestone = equipment_installed()
    assert milestone.planned_date == Deadline(PartialDate(2025, 11))
    assert milestone.actual_date is None
    assert milestone.disputed is False
    assert milestone.on_time() is None
    assert milestone.status is MilestoneStatus.PLANNED


def test_fully_operational_by_november_keeps_the_status_unknown_by_default() -> None:
    milestone = fully_operational()
    assert milestone.status is MilestoneStatus.UNKNOWN
    assert milestone.actual == ()
    assert str(milestone.planned_date) == "../2025-11"


def test_the_opening_keeps_the_plan_and_both_reported_dates() -> None:
    milestone = opening()
    assert milestone.planned_date == PartialDate(2025, 11)
    assert [c.value for c in milestone.actual] == [
        PartialDate(2025, 12, 12),
        PartialDate(2025, 1, 12),
    ]
    assert milestone.actual[0].sources == {YONHAP, KIGAM}
    assert milestone.disputed is True
    assert milestone.actual_date is None
    assert milestone.on_time() is None


def test_the_opening_was_late_by_the_reports_that_agree_with_each_other() -> None:
    agreed = opening(actual=(DateClaim(PartialDate(2025, 12, 12), (OPENED_YONHAP,)),))
    assert agreed.disputed is False
    assert agreed.actual_date == PartialDate(2025, 12, 12)
    assert agreed.on_time() is False
    assert agreed.status is MilestoneStatus.MET


def test_by_november_and_in_november_agree_on_november() -> None:
    milestone = opening(
        planned=(
            DateClaim(Deadline(PartialDate(2025, 11)), (EQUIPMENT_001,)),
            DateClaim(PartialDate(2025, 11), (OPENING_002,)),
        ),
        actual=(),
    )
    assert milestone.disputed is False
    assert milestone.planned_date == PartialDate(2025, 11)


def test_research_is_planned_for_next_year() -> None:
    milestone = research_begins()
    assert milestone.planned_date == PartialDate(2026)
    assert milestone.on_time() is None


# --- on_time --------------------------------------------------------------------------

NOV = PartialDate(2025, 11)


@pytest.mark.parametrize(
    ("planned", "actual", "expected"),
    [
        # the plan allows the whole of November
        ((NOV,), (PartialDate(2025, 11, 20),), True),
        ((NOV,), (PartialDate(2025, 11, 30),), True),
        ((NOV,), (PartialDate(2025, 10, 1),), True),
        ((NOV,), (PartialDate(2025, 12, 1),), False),
        ((NOV,), (PartialDate(2025, 12, 12),), False),
        ((NOV,), (NOV,), True),
        # an actual date less precise than the plan may or may not be late
        ((NOV,), (PartialDate(2025),), None),
        ((NOV,), (PartialDate(2026),), False),
        ((NOV,), (PartialDate(2024),), True),
        # a deadline
        ((Deadline(NOV),), (PartialDate(2025, 11, 20),), True),
        ((Deadline(NOV),), (PartialDate(2026, 1, 12),), False),
        ((Deadline(PartialDate(2025, 11, 1)),), (NOV,), None),
        # ranges, open or not
        ((DateRange(PartialDate(2026), None),), (PartialDate(2030),), True),
        ((DateRange(PartialDate(2025, 9), NOV),), (PartialDate(2025, 12),), False),
        ((NOV,), (DateRange(PartialDate(2025, 11, 15), None),), None),
        ((NOV,), (DateRange(PartialDate(2025, 12, 2), None),), False),
        ((NOV,), (Deadline(PartialDate(2025, 11, 10)),), True),
        ((NOV,), (Deadline(PartialDate(2025, 12, 10)),), None),
        # an approximate date covers its stated days
        ((NOV,), (QualifiedDate(PartialDate(2025, 12, 12), Qualifier.APPROXIMATE),), False),
        # nothing to compare
        ((), (PartialDate(2025, 12, 12),), None),
        ((NOV,), (), None),
        ((), (), None),
        # disputed outcome: no consensus to compare
        ((NOV,), (PartialDate(2025, 12, 12), PartialDate(2025, 1, 12)), None),
        # disputed plan
        ((NOV, PartialDate(2026, 3)), (PartialDate(2025, 11, 20),), None),
    ],
)
def test_on_time(
    planned: tuple[TemporalValue, ...], actual: tuple[TemporalValue, ...], expected: bool | None
) -> None:
    assert plan_and_outcome(planned, actual).on_time() is expected


def test_a_late_outcome_is_not_a_dispute() -> None:
    milestone = plan_and_outcome((NOV,), (PartialDate(2025, 12, 12),))
    assert milestone.disputed is False
    assert milestone.on_time() is False


def test_a_disputed_plan_makes_the_milestone_disputed() -> None:
    milestone = plan_and_outcome((NOV, PartialDate(2026, 3)), ())
    assert milestone.disputed is True
    assert milestone.planned_date is None


# --- references -----------------------------------------------------------------------


def test_references_list_subject_and_every_claims_sources() -> None:
    assert list(opening().references()) == [
        ("subject", CENTRE),
        ("planned[0].citations[0].source", KOREA_TIMES),
        ("actual[0].citations[0].source", YONHAP),
        ("actual[0].citations[1].source", KIGAM),
        ("actual[1].citations[0].source", SEDAILY),
        ("citations[0].source", KOREA_TIMES),
        ("citations[1].source", YONHAP),
        ("citations[2].source", SEDAILY),
    ]


@pytest.mark.parametrize(
    "subject",
    [
        "project:kr-mn-rare-metal-center-oda",
        "facility:kr-mn-rare-metal-cooperation-center",
        "agreement:kr-mn-rare-metals-mou-2023",
    ],
)
def test_subject_may_be_a_project_facility_or_agreement(subject: str) -> None:
    assert opening(subject=subject).subject == subject


# --- invalid fields -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("id", "event:kr-mn-rare-metal-center-opening", InvalidIdError),
        ("id", "milestone:Opening", InvalidIdError),
        ("id", None, InvalidTypeError),
        ("subject", "org:kigam", InvalidIdError),
        ("subject", "event:opening", InvalidIdError),
        ("subject", "milestone:other", InvalidIdError),
        ("subject", "centre", InvalidIdError),
        ("subject", None, InvalidTypeError),
        ("kind", "opening", InvalidTypeError),
        ("kind", MilestoneStatus.MET, InvalidTypeError),
        ("description", "", InvalidValueError),
        ("description", "x" * 1001, InvalidValueError),
        ("description", 5, InvalidTypeError),
        ("planned", [DateClaim(NOV, (OPENING_002,))], InvalidTypeError),
        ("planned", (NOV,), InvalidTypeError),
        ("planned", DateClaim(NOV, (OPENING_002,)), InvalidTypeError),
        ("actual", (PartialDate(2025, 12, 12),), InvalidTypeError),
        ("actual", [], InvalidTypeError),
        ("status", "met", InvalidTypeError),
        ("status", None, InvalidTypeError),
        ("citations", (), InvalidValueError),
        ("citations", (KIGAM,), InvalidTypeError),
        ("notes", "", InvalidValueError),
    ],
)
def test_milestone_refuses_an_invalid_field(field: str, value: object, error: type) -> None:
    with pytest.raises(error) as info:
        opening(**{field: value})
    assert info.value.what.startswith(f"Milestone.{field}")  # type: ignore[attr-defined]


def test_milestone_requires_a_description_and_citations() -> None:
    with pytest.raises(TypeError):
        Milestone(  # type: ignore[call-arg]
            id="milestone:x", subject=CENTRE, kind=MilestoneKind.OTHER, citations=(OPENED_004,)
        )


# --- values ---------------------------------------------------------------------------


def test_milestone_is_immutable_hashable_and_evolves() -> None:
    milestone = opening()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        milestone.status = MilestoneStatus.MISSED  # type: ignore[misc]
    assert milestone == opening()
    assert hash(milestone) == hash(opening())
    corrected = attrs.evolve(milestone, actual=milestone.actual[:1])
    assert corrected.actual_date == PartialDate(2025, 12, 12)
    assert milestone.disputed is True
    assert corrected != milestone
    with pytest.raises(InvalidIdError):
        attrs.evolve(milestone, subject="org:kigam")


def test_milestone_survives_pickle() -> None:
    assert pickle.loads(pickle.dumps(opening())) == opening()


def test_enum_values_are_lower_case_member_names() -> None:
    for enum_type in (MilestoneKind, MilestoneStatus):
        for member in enum_type:
            assert member.value == member.name.lower()


# --- strategies -----------------------------------------------------------------------


@given(milestones())
def test_generated_milestones_are_valid_values(milestone: Milestone) -> None:
    assert milestone == attrs.evolve(milestone)
    assert hash(milestone) == hash(attrs.evolve(milestone))
    if milestone.disputed:
        assert milestone.planned_date is None or milestone.actual_date is None
    if milestone.on_time() is not None:
        assert milestone.planned_date is not None
        assert milestone.actual_date is not None
    cited = (
        sum(len(c.citations) for c in milestone.planned)
        + sum(len(c.citations) for c in milestone.actual)
        + len(milestone.citations)
    )
    assert sum(1 for path, _ in milestone.references() if path.endswith(".source")) == cited
