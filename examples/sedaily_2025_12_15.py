"""The Seoul Economic Daily on the Korea-Mongolia Rare Metal Cooperation Center.

"Korea Establishes Rare Metal Research Hub in Resource-Rich Mongolia"
(en.sedaily.com, probably 2025-12-15) reports that KIGAM announced the
opening of the centre at Mongolia's GCRA in Ulaanbaatar, built by a Korean
official development assistance project; that the centre has 56 types of
equipment and will research 35 types of rare metals; that research begins
next year; that KIGAM will train Mongolian personnel and explore for nickel
and other critical minerals; and that Mongolia holds 16 % of the world's rare
earth reserves and some 80 types of minerals.

The report dates the opening "January 12". Read against its publication date
that is 12 January 2025, while every other report gives 12 December 2025: the
record keeps the report's date, and a dataset merged with the other reports
shows the disagreement.

Run it with ``python examples/sedaily_2025_12_15.py`` after installing the
package.
"""

from __future__ import annotations

from _common import (
    CENTRE,
    COMMITTEE,
    MN,
    ODA_PROJECT,
    ULAANBAATAR,
    cite,
    claim,
    named_organisation,
    named_person,
    post,
    show,
    show_timeline,
)

from mineralpact import (
    Confidence,
    Count,
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
    Participant,
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

SOURCE = Source(
    id="src:sedaily-2025-12-15",
    title="Korea Establishes Rare Metal Research Hub in Resource-Rich Mongolia",
    kind=SourceKind.NEWS_REPORT,
    publisher="Seoul Economic Daily",
    published=QualifiedDate.uncertain(PartialDate(2025, 12, 15)),
    language="en",
    confidence=Confidence.LOW,
    notes=(
        "The page gives no date and no author: 2025-12-15 is read from the article id "
        "02100311.20251215100138001 on en.sedaily.com, and is uncertain. Against that "
        "date the report's 'January 12' opening is 12 January 2025, where every other "
        "report gives 12 December 2025, and its 'announced Wednesday' is 10 December "
        "2025, two days before that opening."
    ),
)

# The report's sentences (or parts of them), verbatim.
HUB = (
    "Korea is establishing a rare metal research hub in resource-rich Mongolia to diversify "
    "its supply chain and counter China's dominance in rare earth elements."
)
KIGAM = "The Korea Institute of Geoscience and Mineral Resources (KIGAM)"
ANNOUNCED = (
    "(KIGAM) announced Wednesday that it opened the Korea-Mongolia Rare Metal Cooperation Center"
)
OPENED = (
    "it opened the Korea-Mongolia Rare Metal Cooperation Center at the Geological Central "
    "Research Academy (GCRA) in Ulaanbaatar on January 12"
)
GCRA = "at the Geological Central Research Academy (GCRA) in Ulaanbaatar"
ODA = (
    "The center was established as part of the government's Official Development Assistance "
    '(ODA) project titled "Establishment of a Rare Metal Center for High Value-Added '
    "Processing and Commercialization of Mongolia's Rare Metals.\""
)
EQUIPMENT = "The facility is equipped with 56 types of advanced equipment"
RARE_METALS = (
    "will conduct research on adding value to 35 types of rare metals including rare earth "
    "elements, tungsten, molybdenum and lithium"
)
REE_SHARE = "Mongolia is a resource-rich nation holding 16% of the world's rare earth reserves"
MINERAL_KINDS = (
    "along with approximately 80 types of minerals including copper, tungsten, molybdenum, "
    "tin, lithium and coal"
)
UNDERUSED = (
    "However, these resources remain underutilized due to a lack of mineral processing "
    "technology to refine and separate ores."
)
JOIN_FORCES = (
    "Korea and Mongolia have agreed to join forces in securing relevant technologies, with "
    "Korea aiming to diversify its rare earth supply and Mongolia seeking to expand resource "
    "exports."
)
RESEARCH = (
    "Research on mineral analysis, ore processing and separation, and smelting will begin "
    "next year."
)
TALENT = (
    "KIGAM will also collaborate on talent development by selecting outstanding personnel "
    "from local universities, research institutes and companies"
)
TRAINING = (
    "operating advanced training programs that invite local experts to Korea for technology "
    "transfer in mineral processing and smelting"
)
JOINT_VENTURES = (
    "The institute plans to support Korean companies' entry into Mongolia through the "
    "establishment of joint ventures."
)
EXPLORATION = (
    "KIGAM is also conducting exploration to confirm deposits of critical minerals including "
    "nickel in western Mongolia's Bayan-Ulgii and southern Gobi regions."
)
JOINT_AGENDA = (
    "The institute is pursuing joint research agenda development between the two governments "
    "through the Korea-Mongolia Rare Metal Cooperation Committee."
)
JEON = "said Jeon Ho-seok, a principal researcher at KIGAM's Resource Recovery Research Center"
ABUNDANT = (
    "The Rare Metal Cooperation Center is a starting point for creating new value by "
    "combining Korea's advanced technology with Mongolia's abundant resources"
)
NEXT_YEAR = (
    "Starting next year, we will accelerate technology transfer, talent development and "
    "industrial cooperation to create a win-win model for mutual growth."
)


def build() -> Dataset:
    """Everything the Seoul Economic Daily report states, each fact citing it."""
    return Dataset((SOURCE, *_parties(), *_centre(), *_plans(), *_figures()))


def _parties() -> list[Organisation | Person | Position]:
    kigam, gcra = cite(SOURCE, KIGAM), cite(SOURCE, GCRA)
    committee, jeon = cite(SOURCE, JOINT_AGENDA), cite(SOURCE, JEON)
    return [
        named_organisation(
            "org:kigam",
            "Korea Institute of Geoscience and Mineral Resources",
            kigam,
            abbreviation="KIGAM",
        ),
        named_organisation(
            "org:gcra",
            "Geological Central Research Academy",
            gcra,
            kind=NameKind.ALIAS,
            abbreviation="GCRA",
        ),
        named_organisation(
            COMMITTEE,
            "Korea-Mongolia Rare Metal Cooperation Committee",
            committee,
            kind=NameKind.ALIAS,
        ),
        named_person("person:jeon-ho-seok", "Jeon Ho-seok", jeon),
        post(
            "position:jeon-ho-seok-principal-researcher",
            "person:jeon-ho-seok",
            "org:kigam",
            "Principal Researcher, Resource Recovery Research Center",
            jeon,
        ),
    ]


def _centre() -> list[Project | Facility | Event | Milestone]:
    opened, oda = cite(SOURCE, OPENED), cite(SOURCE, ODA)
    return [
        Project(
            id=ODA_PROJECT,
            title=(
                "Establishment of a Rare Metal Center for High Value-Added Processing and "
                "Commercialization of Mongolia's Rare Metals"
            ),
            funders=frozenset({"country:kr"}),
            instrument=FundingInstrument.OFFICIAL_DEVELOPMENT_ASSISTANCE,
            executors=frozenset({"org:kigam"}),
            hosts=frozenset({"org:gcra"}),
            place=ULAANBAATAR,
            minerals=frozenset({"list:kr-rare-metals"}),
            scope=frozenset(
                {
                    Scope.PROCESSING,
                    Scope.SMELTING_AND_REFINING,
                    Scope.RESEARCH_AND_DEVELOPMENT,
                    Scope.TRAINING,
                    Scope.TECHNOLOGY_TRANSFER,
                }
            ),
            citations=(
                oda,
                cite(SOURCE, HUB),
                cite(SOURCE, UNDERUSED),
                cite(SOURCE, JOIN_FORCES),
                cite(SOURCE, TALENT),
                cite(SOURCE, TRAINING),
            ),
            notes=(
                "Talent development (master's and doctoral degrees at Korean graduate "
                "schools for selected Mongolian personnel, training in Korea for local "
                "experts) is counted in the project's training and technology transfer: "
                "the report names KIGAM, the project's executor, as doing it."
            ),
        ),
        Facility(
            id=CENTRE,
            names=(Name("Korea-Mongolia Rare Metal Cooperation Center", citations=(opened,)),),
            kind=FacilityKind.RESEARCH_CENTRE,
            project=ODA_PROJECT,
            operators=frozenset({"org:kigam"}),
            host="org:gcra",
            place=ULAANBAATAR,
            # "35 types of rare metals including rare earth elements, tungsten,
            # molybdenum and lithium": the list, and the ones the report names.
            minerals=frozenset(
                {"list:kr-rare-metals", "group:ree", "element:w", "element:mo", "element:li"}
            ),
            scope=frozenset({Scope.RESEARCH_AND_DEVELOPMENT}),
            citations=(opened, oda, cite(SOURCE, RARE_METALS)),
        ),
        Event(
            id="event:kigam-centre-announcement-2025",
            kind=EventKind.ANNOUNCEMENT,
            title="KIGAM announces the opening of the Korea-Mongolia Rare Metal Cooperation Center",
            dates=(claim(SOURCE, "Wednesday", ANNOUNCED),),
            participants=(Participant(party="org:kigam", role="announcer"),),
            organisers=frozenset({"org:kigam"}),
            subjects=frozenset({CENTRE, "milestone:centre-opening"}),
            citations=(cite(SOURCE, ANNOUNCED),),
        ),
        Milestone(
            id="milestone:centre-opening",
            subject=CENTRE,
            kind=MilestoneKind.OPENING,
            description="The centre opens",
            actual=(claim(SOURCE, "January 12", OPENED),),
            status=MilestoneStatus.MET,
            citations=(opened,),
            notes=(
                "The Seoul Economic Daily's 'January 12', read against its publication date, "
                "is 12 January 2025; other reports give 12 December 2025. Both dates are "
                "kept, as the sources disagree."
            ),
        ),
    ]


def _plans() -> list[Project | Milestone]:
    exploration, ventures = cite(SOURCE, EXPLORATION), cite(SOURCE, JOINT_VENTURES)
    return [
        Milestone(
            id="milestone:research-begins-2026",
            subject=CENTRE,
            kind=MilestoneKind.RESEARCH_BEGINS,
            description=(
                "Research on mineral analysis, ore processing and separation, and smelting begins"
            ),
            planned=(claim(SOURCE, "next year", RESEARCH, tense=Tense.FUTURE),),
            status=MilestoneStatus.PLANNED,
            citations=(cite(SOURCE, RESEARCH),),
        ),
        Milestone(
            id="milestone:centre-cooperation-accelerates-2026",
            subject=ODA_PROJECT,
            kind=MilestoneKind.OTHER,
            description=(
                "Technology transfer, talent development and industrial cooperation accelerate"
            ),
            planned=(claim(SOURCE, "next year", NEXT_YEAR, tense=Tense.FUTURE),),
            status=MilestoneStatus.PLANNED,
            citations=(cite(SOURCE, NEXT_YEAR),),
            notes="Said by Jeon Ho-seok of KIGAM: 'Starting next year'.",
        ),
        Project(
            id="project:kigam-exploration-western-mongolia",
            title="Exploration to confirm deposits of critical minerals, including nickel",
            executors=frozenset({"org:kigam"}),
            place=Place(country=MN),
            areas=(
                Place(subdivision=Subdivision("MN-071")),
                Place(country=MN, region="southern Gobi"),
            ),
            minerals=frozenset({"element:ni"}),
            scope=frozenset({Scope.EXPLORATION}),
            citations=(exploration,),
            notes=(
                "In 'western Mongolia's Bayan-Ulgii and southern Gobi regions': Bayan-Ulgii "
                "is the aimag Bayan-Ölgii, MN-071. The 'southern Gobi regions' are kept as "
                "written, without a code: the text does not say which aimag or aimags it means "
                "(Ömnögovi, MN-053, is the likeliest, but Dornogovi and Dundgovi are southern "
                "Gobi aimags too)."
            ),
        ),
        Project(
            id="project:kigam-mn-joint-ventures",
            title="Support for Korean companies' entry into Mongolia through joint ventures",
            executors=frozenset({"org:kigam"}),
            place=Place(country=MN),
            scope=frozenset({Scope.INVESTMENT}),
            citations=(ventures,),
            notes="A plan of KIGAM; the report gives no date, funding or partner.",
        ),
    ]


def _figures() -> list[Figure]:
    return [
        Figure(
            id="figure:mn-ree-reserves-share",
            subject="country:mn",
            measure=Measure.RESERVES,
            minerals=frozenset({"group:ree"}),
            value=Share(16, of="global rare earth reserves"),
            citations=(cite(SOURCE, REE_SHARE, "16% of the world's rare earth reserves"),),
        ),
        Figure(
            id="figure:mn-mineral-kinds",
            subject="country:mn",
            measure=Measure.DEPOSITS,
            value=Count(80, approximate=True, of="kinds of minerals"),
            citations=(cite(SOURCE, MINERAL_KINDS, "approximately 80 types of minerals"),),
        ),
        Figure(
            id="figure:mn-named-minerals-004",
            subject="country:mn",
            measure=Measure.DEPOSITS,
            minerals=frozenset(
                {
                    "element:cu",
                    "element:w",
                    "element:mo",
                    "element:sn",
                    "element:li",
                    "commodity:coal",
                }
            ),
            description="minerals, including copper, tungsten, molybdenum, tin, lithium and coal",
            citations=(cite(SOURCE, MINERAL_KINDS),),
        ),
        Figure(
            id="figure:mn-minerals-underutilized-004",
            subject="country:mn",
            measure=Measure.RESOURCES,
            description=(
                "underutilized, for lack of mineral processing technology to refine and "
                "separate ores"
            ),
            citations=(cite(SOURCE, UNDERUSED),),
        ),
        Figure(
            id="figure:mn-resource-rich-004",
            subject="country:mn",
            measure=Measure.RESOURCES,
            description="resource-rich",
            citations=(cite(SOURCE, REE_SHARE, "resource-rich"), cite(SOURCE, ABUNDANT)),
        ),
        Figure(
            id="figure:centre-equipment-types",
            subject=CENTRE,
            measure=Measure.COUNT,
            value=Count(56, of="types of advanced equipment"),
            citations=(cite(SOURCE, EQUIPMENT, "56 types of advanced equipment"),),
        ),
        Figure(
            id="figure:centre-rare-metal-types",
            subject=CENTRE,
            measure=Measure.COUNT,
            minerals=frozenset({"list:kr-rare-metals"}),
            value=Count(35, of="types of rare metals"),
            citations=(cite(SOURCE, RARE_METALS, "35 types of rare metals"),),
        ),
    ]


def main() -> None:
    """Print the report's facts, then the dates it leaves implicit, resolved."""
    data = build()
    show(data)
    show_timeline(data, f"The report's timeline (its phrases resolved against {SOURCE.published}):")


if __name__ == "__main__":
    main()
