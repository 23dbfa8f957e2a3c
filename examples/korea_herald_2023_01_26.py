"""The Korea Herald, 26 January 2023: "KT, Mongolia team up on rare earths supply".

The report says that on Thursday 26 January 2023, in Ulaanbaatar, KT Corp.'s
CEO Ku Hyeon-mo signed a memorandum of understanding on mineral resources
with Ganbaatar Jambal, Mongolia's Minister of Mining and Heavy Industry, so
that KT can supply Mongolia's minerals, rare earths among them, to Korean
industry; that Mongolia appointed Ku its chief technology officer the same
day; and that Mongolia has some 80 kinds of mineral deposits and about
16 percent of the world's rare-earth reserves. It also dates two earlier
steps of Mongolia's digital policy ("In December 2021", "in May last year").

Every fact below cites the report with a short quotation; every date comes
from the phrase the report writes, resolved against its publication date.

Run it with ``python examples/korea_herald_2023_01_26.py`` after installing
the package.
"""

from __future__ import annotations

from _common import (
    KT_MOU,
    ULAANBAATAR,
    cite,
    claim,
    corroborated,
    organisation,
    person,
    post,
    show,
    show_posts,
    show_timeline,
    signing,
)

from mineralpact import (
    Agreement,
    AgreementKind,
    Confidence,
    Count,
    Dataset,
    Event,
    EventKind,
    Figure,
    Measure,
    Milestone,
    MilestoneKind,
    MilestoneStatus,
    Name,
    NameKind,
    PartialDate,
    Participant,
    Project,
    Record,
    Scope,
    Share,
    Signatory,
    Source,
    SourceKind,
    Tense,
)

SOURCE = Source(
    id="src:korea-herald-2023-01-26",
    title="KT, Mongolia team up on rare earths supply",
    kind=SourceKind.NEWS_REPORT,
    publisher="The Korea Herald",
    authors=("Jie Ye-eun",),
    url="https://www.koreaherald.com/view.php?ud=20230126000564",
    published=PartialDate(2023, 1, 26),
    language="en",
    confidence=Confidence.HIGH,
    notes=(
        "Published on Thursday 2023-01-26, the day of the signing and of the appointment "
        "(KBS and The Investor report the same day). The report dates the signing by when KT "
        "'said' it, and the appointment by the photo caption's 'Thursday'."
    ),
)

# The report's own words: each quotation is verbatim, a sentence or less.
CAPTION = (
    "KT CEO Ku Hyeon-mo (left) poses for a photo with Uchral Nyam-Osor, Mongolia's Minister of "
    "digital development and communications, after being appointed as Mongolia's chief "
    "technology officer in Ulaanbaatar, Thursday."
)
APPOINTED_THURSDAY = "after being appointed as Mongolia's chief technology officer in Ulaanbaatar"
SAID_THURSDAY = (
    "KT Corp. said Thursday it has signed a partnership deal with the Mongolian government to "
    "secure a stable supply of some 80 kinds of mineral resources, including rare earth elements."
)
SIGNED = (
    "KT CEO Ku Hyeon-mo signed the memorandum of understanding on mineral resources with "
    "Ganbaatar Jambal, Mongolia's Mining and Heavy Industry Minister, in Ulaanbaatar"
)
SIDELINES = (
    "on the sidelines of a meeting that aimed to strengthen strategic cooperation in realizing "
    "digital transformation in Mongolia"
)
SAME_DAY = (
    "On the same day of the memorandum signing ceremony, Mongolia held a separate ceremony for "
    "appointing KT’s chief as the country’s chief technology officer."
)
FIRST_FOREIGNER = "Ku became the first foreign businessman to take the honor."
PREFERENTIAL_SUPPLY = (
    "Under the agreement, KT laid a stable foundation for preferentially supplying Mongolia’s "
    "various mineral resources to other industries in Korea."
)
SUPPLY_PLANS = (
    "The company will discuss with the South Korean government and Korean industry circles more "
    "specific plans for the supply of resources, the officials said."
)
LEADING_SUPPLIER = "Mongolia is one of the world's leading suppliers of mineral resources."
DEPOSITS = (
    "It has some 80 kinds of mineral deposits, including rare earth elements, copper, fluorite, "
    "gold, iron and zinc."
)
REE_SHARE = (
    "The country’s deposits of rare earth elements accounted for about 16 percent of global "
    "reserves."
)
REE_USES = (
    "Rare earth elements are important mineral resources and are used in various future-value "
    "industries such as new and renewable energy, electrical products and automobile parts."
)
DIGITAL_SINCE = (
    "In line with the Mongolian government’s new recovery policy, KT has made efforts for the "
    "country’s industrywide digital transformation since last year."
)
RECOVERY_POLICY = "In December 2021, the Mongolian government passed its new recovery policy"
VISION_2050 = "the first part of the country’s Vision 2050 program"
DIGITAL_DEPARTMENT = (
    "The country also established a digital development department in May last year for the "
    "“digital Mongolia” strategy."
)
CTO_PLAN = (
    "By naming Ku as the CTO, the Mongolian government is planning to accelerate the country’s "
    "digital transformation in areas such as finance, medical care, digital and media."
)
THIS_YEAR = (
    "We hope to mark this year as the first for KT to expand our strategy and know-how to the "
    "global Digico strategy"
)


def parties() -> list[Record]:
    """The organisations and people the report names, and the posts it gives them."""
    # "Thursday" in the caption dates the appointment, and so the first day of the post.
    appointed = claim(SOURCE, "Thursday", CAPTION)
    assert isinstance(appointed.value, PartialDate)
    # The names and titles the report uses were in use on the day it speaks of.
    said = (claim(SOURCE, "Thursday", SAID_THURSDAY),)
    pictured = (appointed,)
    return [
        organisation(
            "org:kt",
            Name("KT Corporation"),
            Name(
                "KT Corp.",
                kind=NameKind.ALIAS,
                citations=(cite(SOURCE, "South Korean telecommunications giant KT Corp."),),
                attested=said,
            ),
            citations=(cite(SOURCE, SAID_THURSDAY),),
        ),
        organisation(
            "org:mn-government",
            Name(
                "Government of Mongolia",
                citations=(cite(SOURCE, "a partnership deal with the Mongolian government"),),
                attested=said,
            ),
            citations=(cite(SOURCE, SAID_THURSDAY),),
        ),
        organisation(
            "org:kr-government",
            Name(
                "Government of the Republic of Korea",
                citations=(cite(SOURCE, "the South Korean government"),),
                attested=said,
            ),
            citations=(cite(SOURCE, SUPPLY_PLANS),),
        ),
        organisation(
            "org:mn-mining-ministry",
            Name(
                "Ministry of Mining and Heavy Industry",
                citations=(cite(SOURCE, "Mongolia's Mining and Heavy Industry Minister"),),
                attested=said,
            ),
            citations=(cite(SOURCE, SIGNED),),
        ),
        organisation(
            "org:mn-digital-ministry",
            Name(
                "Ministry of Digital Development and Communications",
                citations=(
                    cite(SOURCE, "Mongolia's Minister of digital development and communications"),
                ),
                attested=pictured,
            ),
            citations=(cite(SOURCE, CAPTION),),
        ),
        person(
            "person:ku-hyeon-mo",
            Name("Ku Hyeon-mo", citations=(cite(SOURCE, "KT CEO Ku Hyeon-mo"),)),
            citations=(cite(SOURCE, SIGNED),),
        ),
        person(
            "person:ganbaatar-jambal",
            Name(
                "Ganbaatar Jambal",
                citations=(cite(SOURCE, "Ganbaatar Jambal, Mongolia's Mining and Heavy"),),
            ),
            citations=(cite(SOURCE, SIGNED),),
        ),
        person(
            "person:uchral-nyam-osor",
            Name("Uchral Nyam-Osor", citations=(cite(SOURCE, "Uchral Nyam-Osor, Mongolia's"),)),
            citations=(cite(SOURCE, CAPTION),),
        ),
        post(
            "position:ku-hyeon-mo-kt-ceo",
            "person:ku-hyeon-mo",
            "org:kt",
            "CEO",
            cite(SOURCE, "KT CEO Ku Hyeon-mo"),
            attested=pictured,
        ),
        post(
            "position:ku-hyeon-mo-mn-cto",
            "person:ku-hyeon-mo",
            "org:mn-government",
            "Chief Technology Officer",
            *appointed.citations,
            cite(SOURCE, FIRST_FOREIGNER),
            since=appointed.value,
        ),
        post(
            "position:ganbaatar-jambal-minister",
            "person:ganbaatar-jambal",
            "org:mn-mining-ministry",
            "Minister of Mining and Heavy Industry",
            cite(SOURCE, "Ganbaatar Jambal, Mongolia's Mining and Heavy Industry"),
            attested=said,
        ),
        post(
            "position:uchral-nyam-osor-digital-minister",
            "person:uchral-nyam-osor",
            "org:mn-digital-ministry",
            "Minister of Digital Development and Communications",
            cite(SOURCE, "Mongolia's Minister of digital development and communications"),
            attested=pictured,
        ),
    ]


def activity() -> list[Record]:
    """The memorandum, its signing, the appointment, and Mongolia's digital policy."""
    # KT "said Thursday it has signed": the signing was on the day of the
    # appointment ("On the same day"), which the caption dates "Thursday".
    said = claim(SOURCE, "Thursday", SAID_THURSDAY)
    signed = corroborated(said, cite(SOURCE, SAME_DAY))
    appointed = claim(SOURCE, "Thursday", CAPTION)
    mou = Agreement(
        id=KT_MOU,
        kind=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
        title="Memorandum of understanding on mineral resources",
        parties=frozenset({"org:kt", "org:mn-government"}),
        signatories=(
            Signatory(
                person="person:ku-hyeon-mo",
                on_behalf_of="org:kt",
                position="position:ku-hyeon-mo-kt-ceo",
            ),
            Signatory(
                person="person:ganbaatar-jambal",
                on_behalf_of="org:mn-mining-ministry",
                position="position:ganbaatar-jambal-minister",
            ),
        ),
        dates=(signed,),
        place=ULAANBAATAR,
        minerals=frozenset({"group:ree"}),
        scope=frozenset({Scope.SUPPLY}),
        citations=(
            cite(SOURCE, SAID_THURSDAY),
            cite(SOURCE, SIGNED),
            cite(SOURCE, PREFERENTIAL_SUPPLY),
        ),
    )
    digital = Project(
        id="project:kt-mn-digital-transformation",
        title="KT's work on Mongolia's industrywide digital transformation",
        executors=frozenset({"org:kt"}),
        hosts=frozenset({"country:mn"}),
        scope=frozenset({Scope.DIGITAL_TRANSFORMATION}),
        citations=(cite(SOURCE, DIGITAL_SINCE), cite(SOURCE, CTO_PLAN)),
        notes=(
            "The Mongolian government plans to accelerate the digital transformation in finance, "
            "medical care, digital and media by naming Ku its CTO; the report gives no date."
        ),
    )
    return [
        mou,
        Event(
            id="event:kt-mou-signing-2023",
            kind=EventKind.SIGNING_CEREMONY,
            title="Signing of the KT-Mongolia memorandum of understanding on mineral resources",
            dates=(signed,),
            place=ULAANBAATAR,
            participants=signing(*mou.signatories),
            agreements=frozenset({mou.id}),
            citations=(cite(SOURCE, SIGNED), cite(SOURCE, SIDELINES)),
        ),
        Event(
            id="event:ku-cto-appointment-2023",
            kind=EventKind.APPOINTMENT,
            title="Ku Hyeon-mo appointed Mongolia's chief technology officer",
            dates=(corroborated(appointed, cite(SOURCE, SAME_DAY)),),
            place=ULAANBAATAR,
            participants=(
                Participant(
                    party="person:ku-hyeon-mo",
                    role="appointee",
                    position="position:ku-hyeon-mo-mn-cto",
                ),
                # The caption: Ku "poses for a photo with Uchral Nyam-Osor ...
                # after being appointed".
                Participant(
                    party="person:uchral-nyam-osor",
                    role="pictured with the appointee",
                    position="position:uchral-nyam-osor-digital-minister",
                ),
            ),
            organisers=frozenset({"org:mn-government"}),
            subjects=frozenset({"position:ku-hyeon-mo-mn-cto"}),
            citations=(
                cite(SOURCE, SAME_DAY),
                cite(SOURCE, FIRST_FOREIGNER),
                cite(SOURCE, CAPTION),
            ),
        ),
        Event(
            id="event:mn-new-recovery-policy-2021",
            kind=EventKind.POLICY_ADOPTION,
            title="Mongolia's New Recovery Policy passed",
            dates=(claim(SOURCE, "In December 2021", RECOVERY_POLICY),),
            organisers=frozenset({"org:mn-government"}),
            citations=(cite(SOURCE, RECOVERY_POLICY), cite(SOURCE, VISION_2050)),
            notes=(
                "The first part of Mongolia's Vision 2050 programme, which aims to diversify the "
                "economy, boost industry and set democracy on the way to long-term development."
            ),
        ),
        Event(
            id="event:mn-digital-department-2022",
            kind=EventKind.OTHER,
            title="Digital development department established",
            dates=(claim(SOURCE, "in May last year", DIGITAL_DEPARTMENT),),
            organisers=frozenset({"org:mn-government"}),
            citations=(cite(SOURCE, DIGITAL_DEPARTMENT),),
            notes=(
                "Established for the 'digital Mongolia' strategy. The report does not say whether "
                "this department is the Ministry of Digital Development and Communications."
            ),
        ),
        digital,
        Milestone(
            id="milestone:kt-mn-digital-transformation-start",
            subject=digital.id,
            kind=MilestoneKind.OTHER,
            description="KT starts working on Mongolia's digital transformation",
            actual=(claim(SOURCE, "since last year", DIGITAL_SINCE),),
            status=MilestoneStatus.MET,
            citations=(cite(SOURCE, DIGITAL_SINCE),),
        ),
        Milestone(
            id="milestone:kt-global-digico-2023",
            subject=digital.id,
            kind=MilestoneKind.OTHER,
            description="KT takes its Digico strategy and know-how global",
            planned=(claim(SOURCE, "this year", THIS_YEAR, tense=Tense.FUTURE),),
            status=MilestoneStatus.PLANNED,
            citations=(cite(SOURCE, THIS_YEAR),),
            notes="Ku's hope as he stated it, not a commitment.",
        ),
        Milestone(
            id="milestone:kt-mn-supply-plans",
            subject=mou.id,
            kind=MilestoneKind.OTHER,
            description=(
                "KT discusses more specific plans for the supply of resources with the South "
                "Korean government and Korean industry"
            ),
            status=MilestoneStatus.PLANNED,
            citations=(cite(SOURCE, SUPPLY_PLANS),),
            notes="The report gives no date for these talks.",
        ),
    ]


def figures() -> list[Record]:
    """What the report says of Mongolia's minerals."""
    return [
        Figure(
            # "about 16 percent": approximate, unlike the Seoul Economic Daily's "16%"
            # (figure:mn-ree-reserves-share), so a record of its own.
            id="figure:mn-ree-reserves-share-2023",
            subject="country:mn",
            measure=Measure.RESERVES,
            minerals=frozenset({"group:ree"}),
            value=Share(16, of="global rare earth reserves", approximate=True),
            citations=(cite(SOURCE, REE_SHARE, "about 16 percent of global reserves"),),
        ),
        Figure(
            id="figure:mn-mineral-kinds",
            subject="country:mn",
            measure=Measure.DEPOSITS,
            value=Count(80, approximate=True, of="kinds of minerals"),
            citations=(
                cite(SOURCE, DEPOSITS, "some 80 kinds of mineral deposits"),
                cite(SOURCE, SAID_THURSDAY, "some 80 kinds of mineral resources"),
            ),
        ),
        Figure(
            id="figure:mn-named-mineral-deposits",
            subject="country:mn",
            measure=Measure.DEPOSITS,
            minerals=frozenset(
                {
                    "group:ree",
                    "element:cu",
                    "commodity:fluorspar",
                    "element:au",
                    "element:fe",
                    "element:zn",
                }
            ),
            description="mineral deposits, including rare earth elements, copper, fluorite, gold, "
            "iron and zinc",
            citations=(cite(SOURCE, DEPOSITS),),
        ),
        Figure(
            id="figure:ree-use-future-industries",
            subject=None,
            measure=Measure.USE,
            minerals=frozenset({"group:ree"}),
            description="used in future-value industries such as new and renewable energy, "
            "electrical products and automobile parts",
            citations=(cite(SOURCE, REE_USES),),
        ),
        Figure(
            id="figure:mn-leading-mineral-supplier",
            subject="country:mn",
            measure=Measure.OTHER,
            description="one of the world's leading suppliers of mineral resources",
            citations=(cite(SOURCE, LEADING_SUPPLIER),),
        ),
    ]


def build() -> Dataset:
    """Everything the report states, as one dataset citing it."""
    return Dataset((SOURCE, *parties(), *activity(), *figures()))


def main() -> None:
    """Print the report's facts, who holds which post, and its timeline."""
    data = build()
    show(data)
    show_posts(data)
    show_timeline(data)


if __name__ == "__main__":
    main()
