"""What Korea.net reported on the second Korea–Mongolia rare metals committee.

Korea.net (Aisylu Akhmetzianova, 12 or 13 March 2025) reports that Korea's
Ministry of Trade, Industry and Energy hosted the second meeting of the
Korea-Mongolia Rare Metals Cooperation Joint Committee in Seoul on "March 12",
a follow-up to the memorandum of understanding of "February 2023" on rare
metal supply chains; that the first talks were held on "Nov. 20, 2023" in
Ulaanbaatar; who sat on each side; that Mongolia has rich reserves of rare
metals, tin and rare earths and is the world's eighth-largest producer of
molybdenum; and what the two sides plan: the rare metals cooperation centre's
equipment installed "by November", joint exploration by KIGAM and GCRA, and
an R&D project on tin led by KETEP.

This script states those facts through mineralpact's public API, each citing
the report with a short quotation, and resolves every date the text gives as
a phrase against the report's publication date. Run it with::

    python examples/korea_net_2025_03_12.py

after installing the package.
"""

from __future__ import annotations

from _common import (
    CENTRE,
    COMMITTEE,
    COOPERATION,
    GOVERNMENT_MOU,
    MN,
    MO_RANK_NOTE,
    MOLYBDENUM_PRODUCERS,
    ODA_PROJECT,
    SEOUL,
    cite,
    claim,
    heading,
    named_organisation,
    named_person,
    organisation,
    post,
    show,
)

from mineralpact import (
    Agreement,
    AgreementKind,
    Confidence,
    Dataset,
    DateRange,
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
    PartialDate,
    Participant,
    Place,
    Project,
    Rank,
    Record,
    Scope,
    Source,
    SourceKind,
    Tense,
)

SOURCE = Source(
    id="src:korea-net-2025-03-12",
    title="2nd meeting of the Korea-Mongolia Rare Metals Cooperation Joint Committee",
    kind=SourceKind.NEWS_REPORT,
    publisher="Korea.net",
    authors=("Aisylu Akhmetzianova",),
    published=DateRange(PartialDate(2025, 3, 12), PartialDate(2025, 3, 13)),
    language="en",
    confidence=Confidence.MEDIUM,
    notes=(
        "The headline is not known: the title describes the report's subject. "
        "Published on 12 or 13 March 2025 (the meeting it reports was on Wednesday "
        "2025-03-12); other reports establish the date with medium to high confidence. "
        "The text names Mongolia's Ministry of Industry and Mineral Resources, which had "
        "another name in 2023."
    ),
)

# The sentences (or parts of sentences) each fact comes from, verbatim.
HELD = (
    "The Ministry of Trade, Industry and Energy on March 12 in Seoul held the second "
    "meeting of the Korea-Mongolia Rare Metals Cooperation Joint Committee."
)
FIRST_TALKS = (
    "Shown is a scene from the first talks on Nov. 20, 2023, at the Mongolian Ministry "
    "of Foreign Affairs in Ulaanbaatar."
)
AGREED = (
    "The Ministry of Trade, Industry and Energy has agreed to reinforce cooperation with "
    "Mongolia in supply chains for rare metals."
)
ANNOUNCED = (
    "The ministry announced this on March 12 after hosting the second meeting of the "
    "Korea-Mongolia Rare Metals Cooperation Joint Committee in Seoul."
)
FOLLOW_UP = (
    "These talks were a follow-up measure under a memorandum of understanding signed in "
    "February 2023 by both sides on supply chains for rare metals."
)
KOREAN_SIDE = (
    "The Korean side comprised Deputy Minister for Energy Policy Lee Ho-hyeon, the "
    "Ministry of Foreign Affairs and related organizations."
)
MONGOLIAN_SIDE = (
    "Mongolia was represented by State Secretary of the Ministry of Industry and Mineral "
    "Resources Sereeter Javkhlanbaatar, National Geological Survey, and Geological Center "
    "for Research and Analysis (GCRA)."
)
RESERVES = "Mongolia has rich reserves of rare metals as well as tin and rare earth elements"
RANK = "being the world’s eighth-largest producer of molybdenum"
UNEXPLORED = "but most are in unexplored areas"
PLEDGE = (
    "Seoul and Ulaanbaatar thus pledged to pursue cooperation in the full cycle from "
    "mineral exploration to development, focusing on rare metals with high economic "
    "feasibility."
)
EQUIPMENT = (
    "Their plan is to install by November equipment and materials for the Korea-Mongolia "
    "Rare Metals Cooperation Center"
)
ODA_CENTRE = (
    "the Korea-Mongolia Rare Metals Cooperation Center (funded by official development "
    "assistance) for use as a base for Korean businesses to advance to mineral development "
    "in Mongolia"
)
EXPLORATION = (
    "both sides will also conduct joint exploration for key minerals through cooperation "
    "between the Korea Institute of Geoscience and Mineral Resources and GCRA to obtain "
    "data on rare metal deposits in Mongolia"
)
TIN = (
    "The Korea Institute of Energy Technology Evaluation and Planning is expected to "
    "stimulate tin mine development and secure Korean supply chains in Mongolia by "
    "implementing a research and development project to verify technology for developing "
    "tin ore, applying smart mining suitable for Mongolian sites and securing technologies "
    "for pilot plants."
)


def parties() -> list[Record]:
    """The organisations, people and posts the report names, as it names them.

    The names and titles it uses were in use on the day of the meeting it
    reports, "March 12".
    """
    meeting = (claim(SOURCE, "March 12", HELD),)
    return [
        organisation(
            "org:kr-government",
            Name("Government of the Republic of Korea"),
            citations=(cite(SOURCE, PLEDGE),),
        ),
        organisation(
            "org:mn-government",
            Name("Government of Mongolia"),
            citations=(cite(SOURCE, PLEDGE),),
        ),
        organisation(
            "org:motie",
            Name(
                "Ministry of Trade, Industry and Energy",
                until=PartialDate(2025),
                citations=(cite(SOURCE, HELD),),
                attested=meeting,
            ),
            citations=(cite(SOURCE, HELD), cite(SOURCE, AGREED)),
        ),
        named_organisation(
            "org:kr-mofa",
            "Ministry of Foreign Affairs",
            cite(SOURCE, KOREAN_SIDE),
            attested=meeting,
        ),
        named_organisation(
            "org:mn-mofa",
            "Mongolian Ministry of Foreign Affairs",
            cite(SOURCE, FIRST_TALKS),
            attested=meeting,
        ),
        named_organisation(
            "org:mn-mining-ministry",
            "Ministry of Industry and Mineral Resources",
            cite(SOURCE, MONGOLIAN_SIDE),
            attested=meeting,
        ),
        named_organisation(
            "org:mn-ngs",
            "National Geological Survey",
            cite(SOURCE, MONGOLIAN_SIDE),
            attested=meeting,
        ),
        organisation(
            "org:gcra",
            Name(
                "Geological Center for Research and Analysis",
                citations=(cite(SOURCE, MONGOLIAN_SIDE),),
                attested=meeting,
            ),
            Name(
                "GCRA",
                kind=NameKind.ABBREVIATION,
                citations=(cite(SOURCE, MONGOLIAN_SIDE),),
                attested=meeting,
            ),
            citations=(cite(SOURCE, MONGOLIAN_SIDE), cite(SOURCE, EXPLORATION)),
        ),
        named_organisation(
            "org:kigam",
            "Korea Institute of Geoscience and Mineral Resources",
            cite(SOURCE, EXPLORATION),
            attested=meeting,
        ),
        named_organisation(
            "org:ketep",
            "Korea Institute of Energy Technology Evaluation and Planning",
            cite(SOURCE, TIN),
            attested=meeting,
        ),
        named_organisation(
            COMMITTEE,
            "Korea-Mongolia Rare Metals Cooperation Joint Committee",
            cite(SOURCE, HELD),
            attested=meeting,
        ),
        named_person("person:lee-ho-hyeon", "Lee Ho-hyeon", cite(SOURCE, KOREAN_SIDE)),
        named_person(
            "person:sereeter-javkhlanbaatar",
            "Sereeter Javkhlanbaatar",
            cite(SOURCE, MONGOLIAN_SIDE),
        ),
        post(
            "position:lee-ho-hyeon-deputy-minister",
            "person:lee-ho-hyeon",
            "org:motie",
            "Deputy Minister for Energy Policy",
            cite(SOURCE, KOREAN_SIDE),
            attested=meeting,
        ),
        post(
            "position:sereeter-javkhlanbaatar-state-secretary",
            "person:sereeter-javkhlanbaatar",
            "org:mn-mining-ministry",
            "State Secretary",
            cite(SOURCE, MONGOLIAN_SIDE),
            attested=meeting,
        ),
    ]


def activity() -> list[Record]:
    """The agreements, meetings, projects and plans the report gives."""
    return [
        Agreement(
            id=GOVERNMENT_MOU,
            kind=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
            title="Memorandum of understanding on rare metal supply chains",
            parties=frozenset({"country:kr", "country:mn"}),
            dates=(claim(SOURCE, "February 2023", FOLLOW_UP),),
            minerals=frozenset({"list:kr-rare-metals"}),
            scope=frozenset({Scope.SUPPLY}),
            citations=(cite(SOURCE, FOLLOW_UP),),
        ),
        Agreement(
            id=COOPERATION,
            kind=AgreementKind.OTHER,
            title="Agreement to reinforce cooperation on rare metal supply chains",
            parties=frozenset({"country:kr", "country:mn"}),
            dates=(claim(SOURCE, "March 12", ANNOUNCED),),
            minerals=frozenset({"list:kr-rare-metals"}),
            scope=frozenset({Scope.SUPPLY, Scope.EXPLORATION, Scope.DEVELOPMENT}),
            follows=frozenset({GOVERNMENT_MOU}),
            citations=(cite(SOURCE, AGREED), cite(SOURCE, ANNOUNCED), cite(SOURCE, PLEDGE)),
            notes=(
                "Reached at the 2nd meeting of the joint committee: cooperation over the "
                "full cycle from exploration to development, under the 2023 memorandum."
            ),
        ),
        Event(
            id="event:joint-committee-1",
            kind=EventKind.COMMITTEE_SESSION,
            title="1st meeting of the Korea-Mongolia Rare Metals Cooperation Joint Committee",
            dates=(claim(SOURCE, "Nov. 20, 2023", FIRST_TALKS),),
            place=Place(
                country=MN, city="Ulaanbaatar", venue="Mongolian Ministry of Foreign Affairs"
            ),
            series=COMMITTEE,
            number=1,
            agreements=frozenset({GOVERNMENT_MOU}),
            citations=(cite(SOURCE, FIRST_TALKS),),
        ),
        Event(
            id="event:joint-committee-2",
            kind=EventKind.COMMITTEE_SESSION,
            title="2nd meeting of the Korea-Mongolia Rare Metals Cooperation Joint Committee",
            dates=(claim(SOURCE, "March 12", HELD),),
            place=SEOUL,
            participants=(
                Participant(
                    party="person:lee-ho-hyeon",
                    role="head of the Korean side",
                    position="position:lee-ho-hyeon-deputy-minister",
                ),
                Participant(party="org:kr-mofa", role="member of the Korean side"),
                Participant(
                    party="person:sereeter-javkhlanbaatar",
                    role="head of the Mongolian side",
                    position="position:sereeter-javkhlanbaatar-state-secretary",
                ),
                Participant(party="org:mn-ngs", role="member of the Mongolian side"),
                Participant(party="org:gcra", role="member of the Mongolian side"),
            ),
            organisers=frozenset({"org:motie"}),
            series=COMMITTEE,
            number=2,
            agreements=frozenset({GOVERNMENT_MOU, COOPERATION}),
            minerals=frozenset({"list:kr-rare-metals"}),
            citations=(
                cite(SOURCE, HELD),
                cite(SOURCE, FOLLOW_UP),
                cite(SOURCE, KOREAN_SIDE),
                cite(SOURCE, MONGOLIAN_SIDE),
            ),
        ),
        Project(
            id=ODA_PROJECT,
            title=(
                "Establishment of a Rare Metal Center for High Value-Added Processing and "
                "Commercialization of Mongolia's Rare Metals"
            ),
            instrument=FundingInstrument.OFFICIAL_DEVELOPMENT_ASSISTANCE,
            citations=(cite(SOURCE, ODA_CENTRE),),
        ),
        Facility(
            id=CENTRE,
            names=(
                Name(
                    "Korea-Mongolia Rare Metals Cooperation Center",
                    kind=NameKind.ALIAS,
                    citations=(cite(SOURCE, ODA_CENTRE),),
                ),
            ),
            kind=FacilityKind.RESEARCH_CENTRE,
            project=ODA_PROJECT,
            scope=frozenset({Scope.DEVELOPMENT}),
            citations=(cite(SOURCE, ODA_CENTRE),),
        ),
        Milestone(
            id="milestone:centre-equipment-installed",
            subject=CENTRE,
            kind=MilestoneKind.EQUIPMENT_INSTALLED,
            description="Equipment and materials installed at the centre",
            planned=(claim(SOURCE, "by November", EQUIPMENT, tense=Tense.FUTURE),),
            status=MilestoneStatus.PLANNED,
            citations=(cite(SOURCE, EQUIPMENT),),
        ),
        Project(
            id="project:kigam-gcra-joint-exploration",
            title="Joint exploration for key minerals in Mongolia",
            executors=frozenset({"org:kigam", "org:gcra"}),
            place=Place(country=MN),
            minerals=frozenset({"list:kr-rare-metals"}),
            scope=frozenset({Scope.EXPLORATION}),
            citations=(cite(SOURCE, EXPLORATION),),
        ),
        Project(
            id="project:ketep-tin-rnd",
            title="R&D project for tin mine development in Mongolia",
            executors=frozenset({"org:ketep"}),
            place=Place(country=MN),
            minerals=frozenset({"element:sn"}),
            scope=frozenset({Scope.RESEARCH_AND_DEVELOPMENT, Scope.DEVELOPMENT}),
            citations=(cite(SOURCE, TIN),),
        ),
    ]


def figures() -> list[Record]:
    """What the report says of Mongolia's minerals."""
    return [
        Figure(
            id="figure:mn-rare-metal-reserves-001",
            subject="country:mn",
            measure=Measure.RESERVES,
            minerals=frozenset({"list:kr-rare-metals", "element:sn", "group:ree"}),
            description="rich reserves",
            citations=(cite(SOURCE, RESERVES, "rich reserves"), cite(SOURCE, UNEXPLORED)),
            notes="The report adds that most of these reserves are in unexplored areas.",
        ),
        Figure(
            id="figure:mn-mo-production-rank",
            subject="country:mn",
            measure=Measure.PRODUCTION,
            minerals=frozenset({"element:mo"}),
            value=Rank(8, scope=MOLYBDENUM_PRODUCERS),
            citations=(cite(SOURCE, RANK, "eighth-largest producer of molybdenum"),),
            notes=MO_RANK_NOTE,
        ),
    ]


def build() -> Dataset:
    """Everything the report states, as one valid dataset."""
    return Dataset((SOURCE, *parties(), *activity(), *figures()))


def main() -> None:
    """Print the report's facts, then the committee's two sessions side by side."""
    data = build()
    show(data)
    heading("The joint committee's sessions, as Korea.net dates them:")
    for event in data.of_type(Event):
        if event.series == COMMITTEE:
            place = event.place or "?"
            print(
                f"  {event.number}. {event.date}  {place}  ({event.dates[0].citations[0].phrase!r})"
            )


if __name__ == "__main__":
    main()
