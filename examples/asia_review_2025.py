"""What The Asia Review reported on the second Korea–Mongolia rare metals committee.

The Asia Review's "Korea and Mongolia Strengthen Rare Metals Cooperation to
Secure Supply Chains" reports the second round of the rare metal cooperation
committee in Seoul (of 12 March 2025, though the text gives no date), which
followed "an agreement between their prime ministers in 2023"; Mongolia's
significant reserves of rare earths and its rank as the eighth-largest
producer of molybdenum; a joint cooperation centre on rare metals to be
"fully operational by November"; a joint exploration project by the two
countries' geoscience institutes; and the development of a tin mine.

The page shows no publication date, only the day it was rendered
(2026-03-21), so the report is dated by a range: from the meeting it reports
to that day. Against so wide a range "by November" cannot be resolved
(November 2025 or 2026?): the statement is kept, without a date, and the
record says why. Run it with::

    python examples/asia_review_2025.py

after installing the package.
"""

from __future__ import annotations

from _common import (
    CENTRE,
    COOPERATION,
    GOVERNMENT_MOU,
    MN,
    MO_RANK_NOTE,
    MOLYBDENUM_PRODUCERS,
    SEOUL,
    cite,
    claim,
    heading,
    show,
)

from mineralpact import (
    Agreement,
    AgreementKind,
    Confidence,
    Dataset,
    DateClaim,
    DateRange,
    Event,
    EventKind,
    Facility,
    FacilityKind,
    Figure,
    Measure,
    Milestone,
    MilestoneKind,
    MilestoneStatus,
    Name,
    NameKind,
    PartialDate,
    Place,
    Project,
    Rank,
    Record,
    Scope,
    Source,
    SourceKind,
    Tense,
    UnresolvableDateError,
)

SOURCE = Source(
    id="src:asia-review-2025",
    title="Korea and Mongolia Strengthen Rare Metals Cooperation to Secure Supply Chains",
    kind=SourceKind.NEWS_REPORT,
    publisher="The Asia Review",
    published=DateRange(PartialDate(2025, 3, 12), PartialDate(2026, 3, 21)),
    language="en",
    confidence=Confidence.LOW,
    notes=(
        "Publication date unknown: the page (theasiareview.com) has an empty 'Date:' "
        "field and shows only the day it was rendered, Saturday 2026-03-21. It reports "
        "the committee meeting of 2025-03-12, so it was published between that day and "
        "2026-03-21, most likely in March 2025."
    ),
)

# The sentences (or parts of sentences) each fact comes from, verbatim: the page
# has non-breaking spaces (\u00a0) between some words, and they are kept.
AGREED = (
    "South Korea and Mongolia have agreed to enhance bilateral cooperation in the supply "
    "chain of rare metals and other critical minerals"
)
CONVENED = (
    "The two countries convened the second round of rare metal cooperation committee "
    "meetings in Seoul, advancing discussions that began with an agreement between their "
    "prime ministers in 2023."
)
AIMS = (
    "The initiative aims to\u00a0support Mongolia’s resource development while securing a "
    "steady supply of rare metals for South Korea’s industries."
)
RESERVES = (
    "Mongolia holds significant reserves of\u00a0rare earth elements and other critical minerals"
)
RANK = "The country is also the\u00a0eighth-largest global producer of molybdenum"
STEEL = "molybdenum, an essential component in steel alloy production"
JOINT_CENTRE = (
    "As part of the agreement, Korea and Mongolia will establish a\u00a0joint cooperation center "
    "on rare metals, with infrastructure and equipment set to be fully operational by "
    "November."
)
EXPLORATION = (
    "geoscience research institutes from both nations\u00a0are preparing to launch a joint "
    "exploration project aimed at discovering critical minerals in Mongolia"
)
TIN = "The collaboration also includes the\u00a0development of a tin mine"


def fully_operational() -> Milestone:
    """The centre's plan, dated if "by November" can be resolved, else undated."""
    try:
        planned: tuple[DateClaim, ...] = (
            claim(SOURCE, "by November", JOINT_CENTRE, tense=Tense.FUTURE),
        )
        notes = None
    except UnresolvableDateError:
        planned = ()
        notes = (
            "The report says 'by November', but its publication date is known only to "
            "lie between 2025-03-12 and 2026-03-21, so the November meant (2025 or 2026) "
            "cannot be told: the plan is kept without a date."
        )
    return Milestone(
        id="milestone:centre-fully-operational",
        subject=CENTRE,
        kind=MilestoneKind.FULLY_OPERATIONAL,
        description="Infrastructure and equipment at the centre fully operational",
        planned=planned,
        status=MilestoneStatus.PLANNED,
        citations=(cite(SOURCE, JOINT_CENTRE),),
        notes=notes,
    )


def activity() -> list[Record]:
    """The agreements, the meeting, the centre and the projects the report gives."""
    return [
        # The committee's series needs the committee, which the text names
        # only as "rare metal cooperation committee": the session number and
        # the place are what it states.
        Event(
            id="event:joint-committee-2",
            kind=EventKind.COMMITTEE_SESSION,
            title="2nd meeting of the Korea-Mongolia Rare Metals Cooperation Joint Committee",
            place=SEOUL,
            number=2,
            agreements=frozenset({GOVERNMENT_MOU, COOPERATION}),
            minerals=frozenset({"list:kr-rare-metals"}),
            citations=(cite(SOURCE, CONVENED),),
        ),
        Agreement(
            id=GOVERNMENT_MOU,
            kind=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
            title="Memorandum of understanding on rare metal supply chains",
            parties=frozenset({"country:kr", "country:mn"}),
            dates=(claim(SOURCE, "in 2023", CONVENED),),
            minerals=frozenset({"list:kr-rare-metals"}),
            scope=frozenset({Scope.SUPPLY}),
            citations=(cite(SOURCE, CONVENED),),
            notes=(
                "The Asia Review's 'agreement between their prime ministers in 2023': the "
                "memorandum was signed during the prime ministers' meeting, not by them."
            ),
        ),
        Agreement(
            id=COOPERATION,
            kind=AgreementKind.OTHER,
            title="Agreement to reinforce cooperation on rare metal supply chains",
            parties=frozenset({"country:kr", "country:mn"}),
            minerals=frozenset({"list:kr-rare-metals"}),
            scope=frozenset({Scope.SUPPLY, Scope.EXPLORATION, Scope.DEVELOPMENT}),
            follows=frozenset({GOVERNMENT_MOU}),
            citations=(cite(SOURCE, AGREED), cite(SOURCE, AIMS), cite(SOURCE, JOINT_CENTRE)),
        ),
        Facility(
            id=CENTRE,
            names=(
                Name(
                    "joint cooperation center on rare metals",
                    kind=NameKind.ALIAS,
                    citations=(cite(SOURCE, JOINT_CENTRE),),
                ),
            ),
            kind=FacilityKind.RESEARCH_CENTRE,
            citations=(cite(SOURCE, JOINT_CENTRE),),
        ),
        fully_operational(),
        Project(
            id="project:kigam-gcra-joint-exploration",
            title="Joint exploration for key minerals in Mongolia",
            place=Place(country=MN),
            scope=frozenset({Scope.EXPLORATION}),
            citations=(cite(SOURCE, EXPLORATION),),
        ),
        Project(
            id="project:ketep-tin-rnd",
            title="R&D project for tin mine development in Mongolia",
            place=Place(country=MN),
            minerals=frozenset({"element:sn"}),
            scope=frozenset({Scope.DEVELOPMENT}),
            citations=(cite(SOURCE, TIN),),
        ),
    ]


def figures() -> list[Record]:
    """What the report says of Mongolia's minerals."""
    return [
        Figure(
            id="figure:mn-significant-reserves",
            subject="country:mn",
            measure=Measure.RESERVES,
            minerals=frozenset({"group:ree"}),
            description="significant reserves",
            citations=(cite(SOURCE, RESERVES, "significant reserves"),),
        ),
        Figure(
            id="figure:mn-mo-production-rank",
            subject="country:mn",
            measure=Measure.PRODUCTION,
            minerals=frozenset({"element:mo"}),
            value=Rank(8, scope=MOLYBDENUM_PRODUCERS),
            citations=(cite(SOURCE, RANK, "eighth-largest global producer of molybdenum"),),
            notes=MO_RANK_NOTE,
        ),
        Figure(
            id="figure:mo-use-steel-alloys",
            subject=None,
            measure=Measure.USE,
            minerals=frozenset({"element:mo"}),
            description="an essential component in steel alloy production",
            citations=(cite(SOURCE, STEEL, "an essential component in steel alloy production"),),
        ),
    ]


def build() -> Dataset:
    """Everything the report states, as one valid dataset."""
    return Dataset((SOURCE, *activity(), *figures()))


def main() -> None:
    """Print the report's facts, then what its uncertain date leaves open."""
    data = build()
    show(data)
    heading(f"Published: somewhere in {SOURCE.published} (the page gives no date).")
    for milestone in data.of_type(Milestone):
        if not milestone.planned:
            print(f"{milestone.description}: no date ({milestone.notes})")


if __name__ == "__main__":
    main()
