"""The Korea Times, 22 September 2025: "Korea pushes mineral cooperation with Mongolia".

The report covers the Mongolia-Korea Critical Minerals & Mining Investment
Forum 2025, held in Seoul on Monday 22 September 2025: Korea's Vice Minister
of Trade, Industry and Energy Lee Ho-hyeon calls for deeper cooperation and
notes Mongolia's "abundant reserves" of molybdenum, nickel and tin; Mongolia's
First Deputy Prime Minister Uchral Nyam-Osor gives the opening remarks;
Erdenes Mongol, KOMIR and Samsung C&T sign memoranda of understanding; and
Mongolia's Minister of Industry and Mineral Resources Damdinnyam Gongor
announces that the joint rare-metal centre will open "in November".

Every fact below cites the report with a short quotation; every date comes
from the phrase the report writes, resolved against its publication date.

Run it with ``python examples/korea_times_2025_09_22.py`` after installing
the package.
"""

from __future__ import annotations

from _common import (
    CENTRE,
    SEOUL,
    cite,
    claim,
    corroborated,
    named_organisation,
    named_person,
    organisation,
    post,
    show,
    show_posts,
    show_timeline,
)

from mineralpact import (
    Agreement,
    AgreementKind,
    Confidence,
    Dataset,
    Event,
    EventKind,
    Facility,
    FacilityKind,
    Figure,
    Measure,
    Milestone,
    MilestoneKind,
    Name,
    NameKind,
    PartialDate,
    Participant,
    Project,
    Record,
    Scope,
    Source,
    SourceKind,
    Tense,
)

SOURCE = Source(
    id="src:korea-times-2025-09-22",
    title="Korea pushes mineral cooperation with Mongolia",
    kind=SourceKind.NEWS_REPORT,
    publisher="The Korea Times",
    published=PartialDate(2025, 9, 22),
    language="en",
    confidence=Confidence.HIGH,
    notes=(
        "The text states 'Published Date:2025-09-22'; the forum it reports was held that "
        "Monday. The author and the article's own address are not given (only "
        "www.koreatimes.co.kr)."
    ),
)

FORUM_TITLE = "Mongolia-Korea Critical Minerals & Mining Investment Forum 2025"

# The report's own words: each quotation is verbatim, a sentence or less.
MOTIE_MONDAY = (
    "Korea’s Ministry of Trade, Industry and Energy Monday called for deeper cooperation with "
    "Mongolia in the minerals sector during the Mongolia-Korea Critical Minerals & Mining "
    "Investment Forum 2025 in Seoul."
)
FORUM_PURPOSE = (
    "The forum brought together government officials, business leaders and industry "
    "stakeholders from the two countries to discuss bilateral cooperation in critical minerals "
    "and promote sustainable investment, aiming to reshape the global supply chain."
)
LEE = "Vice Minister of Trade, Industry and Energy Lee Ho-hyeon, who oversees energy policy"
ABUNDANT = (
    "Mongolia holds abundant reserves of minerals such as molybdenum, nickel and tin, while "
    "Korea has skilled professionals and advanced technologies"
)
RELY = (
    "Korea has skilled professionals and advanced technologies in industries such as "
    "semiconductors, electric vehicles and batteries that rely on those critical minerals"
)
JOINT_PROJECTS = (
    "Our cooperation (should further) lead to concrete joint development and investment projects "
    "between private enterprises"
)
SUPPORT = (
    "The Korean government will also expand its support for overseas resource development, "
    "including financing for overseas resource exploration, as well as tax, policy and "
    "financial measures, in order to actively support the entry of Korean companies into "
    "Mongolia."
)
UCHRAL_MONDAY = (
    "Uchral Nyam-Osor, Mongolia’s first deputy prime minister and minister of economy and "
    "development, speaks during the Mongolia-Korea Critical Minerals & Mining Investment Forum "
    "2025 in Seoul, Monday."
)
UCHRAL = (
    "Uchral Nyam-Osor, Mongolia’s first deputy prime minister and minister of economy and "
    "development"
)
COURTESY = "Courtesy of Embassy of Mongolia in Seoul"
MOUS = (
    "A series of memorandum of understanding signings were held during the forum between the "
    "two countries’ participating companies, including Mongolia’s state-owned Erdenes Mongol and "
    "Korea’s Korea Mine Rehabilitation and Mineral Resources Corp. and Samsung C&T, laying the "
    "groundwork for joint development and supply of critical minerals."
)
OPENING_REMARKS = "said in his opening remarks"
NATURAL_RESOURCES = (
    "We are working to combine Mongolia’s abundant natural resources with Korea’s high-tech "
    "industries, processing capacity and advanced technologies"
)
PRESENTATIONS = (
    "The forum featured presentations highlighting Mongolia’s evolving mining policy and the "
    "country’s strategic commitment to building a robust and value-added mining supply chain, "
    "as well as Korea’s strategy for securing stable access to essential resources."
)
DAMDINNYAM = "Damdinnyam Gongor, Mongolia’s minister of industry and mineral resources"
CENTRE_OPENING = (
    "Damdinnyam Gongor, Mongolia’s minister of industry and mineral resources, also announced "
    "the upcoming opening of a joint research center on rare metals between the two countries "
    "in November."
)
CENTRE_SCOPE = (
    "I am confident that once operational, this joint center will greatly advance rare metal "
    "research, exploration, processing and development"
)


def parties() -> list[Record]:
    """The organisations and people the report names, and the posts it gives them.

    The names and titles it uses were in use on the day of the forum, "Monday".
    """
    monday = (claim(SOURCE, "Monday", MOTIE_MONDAY),)
    pictured = (claim(SOURCE, "Monday", UCHRAL_MONDAY),)
    return [
        organisation(
            "org:kr-government",
            Name(
                "Government of the Republic of Korea",
                citations=(cite(SOURCE, "The Korean government will also expand its support"),),
                attested=monday,
            ),
            citations=(cite(SOURCE, SUPPORT),),
        ),
        organisation(
            "org:motie",
            Name(
                "Ministry of Trade, Industry and Energy",
                until=PartialDate(2025),
                citations=(cite(SOURCE, "Korea’s Ministry of Trade, Industry and Energy"),),
                attested=monday,
            ),
            citations=(cite(SOURCE, MOTIE_MONDAY),),
        ),
        organisation(
            "org:mn-government",
            Name("Government of Mongolia"),
            citations=(cite(SOURCE, UCHRAL),),
        ),
        organisation(
            "org:mn-economy-ministry",
            Name(
                "Ministry of Economy and Development",
                citations=(cite(SOURCE, "minister of economy and development"),),
                attested=monday,
            ),
            citations=(cite(SOURCE, UCHRAL),),
        ),
        organisation(
            "org:mn-mining-ministry",
            Name(
                "Ministry of Industry and Mineral Resources",
                citations=(cite(SOURCE, "Mongolia’s minister of industry and mineral resources"),),
                attested=monday,
            ),
            citations=(cite(SOURCE, DAMDINNYAM),),
        ),
        # The embassy belongs to Mongolia's foreign ministry, which the report
        # does not name: it is stated here so that the embassy's parent is held.
        organisation(
            "org:mn-mofa",
            Name("Mongolian Ministry of Foreign Affairs"),
            citations=(cite(SOURCE, COURTESY),),
        ),
        named_organisation(
            "org:mn-embassy-seoul",
            "Embassy of Mongolia in Seoul",
            cite(SOURCE, COURTESY),
            attested=monday,
        ),
        organisation(
            "org:erdenes-mongol",
            Name("Erdenes Mongol LLC"),
            Name(
                "Erdenes Mongol",
                kind=NameKind.ALIAS,
                citations=(cite(SOURCE, "Mongolia’s state-owned Erdenes Mongol"),),
                attested=monday,
            ),
            citations=(cite(SOURCE, MOUS),),
        ),
        organisation(
            "org:komir",
            Name(
                "Korea Mine Rehabilitation and Mineral Resources Corp.",
                citations=(cite(SOURCE, "Korea Mine Rehabilitation and Mineral Resources Corp."),),
                attested=monday,
            ),
            citations=(cite(SOURCE, MOUS),),
        ),
        organisation(
            "org:samsung-cnt",
            Name("Samsung C&T Corporation"),
            Name(
                "Samsung C&T",
                kind=NameKind.ALIAS,
                citations=(cite(SOURCE, "Samsung C&T, laying the groundwork"),),
                attested=monday,
            ),
            citations=(cite(SOURCE, MOUS),),
        ),
        named_person("person:lee-ho-hyeon", "Lee Ho-hyeon", cite(SOURCE, LEE)),
        named_person("person:uchral-nyam-osor", "Uchral Nyam-Osor", cite(SOURCE, UCHRAL)),
        named_person("person:damdinnyam-gongor", "Damdinnyam Gongor", cite(SOURCE, DAMDINNYAM)),
        post(
            "position:lee-ho-hyeon-vice-minister",
            "person:lee-ho-hyeon",
            "org:motie",
            "Vice Minister of Trade, Industry and Energy",
            cite(SOURCE, LEE),
            attested=monday,
        ),
        post(
            "position:uchral-nyam-osor-first-deputy-pm",
            "person:uchral-nyam-osor",
            "org:mn-government",
            "First Deputy Prime Minister",
            cite(SOURCE, UCHRAL),
            attested=pictured,
        ),
        post(
            "position:uchral-nyam-osor-economy-minister",
            "person:uchral-nyam-osor",
            "org:mn-economy-ministry",
            "Minister of Economy and Development",
            cite(SOURCE, UCHRAL),
            attested=pictured,
        ),
        post(
            "position:damdinnyam-gongor-minister",
            "person:damdinnyam-gongor",
            "org:mn-mining-ministry",
            "Minister of Industry and Mineral Resources",
            cite(SOURCE, DAMDINNYAM),
            attested=monday,
        ),
    ]


def activity() -> list[Record]:
    """The forum, the memoranda signed there, the pledged support and the centre."""
    # The forum was "Monday" (the report's day); the memoranda were signed "during the forum".
    monday = claim(SOURCE, "Monday", MOTIE_MONDAY)
    caption = claim(SOURCE, "Monday", UCHRAL_MONDAY)
    forum_day = corroborated(monday, *caption.citations)
    mous = Agreement(
        id="agreement:forum-mous-2025",
        kind=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
        title="Memoranda of understanding signed at the 2025 investment forum",
        parties=frozenset({"org:erdenes-mongol", "org:komir", "org:samsung-cnt"}),
        dates=(corroborated(monday, cite(SOURCE, MOUS)),),
        place=SEOUL,
        scope=frozenset({Scope.DEVELOPMENT, Scope.SUPPLY}),
        citations=(cite(SOURCE, MOUS),),
        notes=(
            "'A series of' memoranda between the two countries' participating companies, "
            "'including' these three: the report names the companies, not who signed with whom, "
            "nor how many memoranda there were. Dated by the forum, during which they were signed."
        ),
    )
    return [
        Event(
            id="event:forum-2025",
            kind=EventKind.FORUM,
            title=FORUM_TITLE,
            dates=(forum_day,),
            place=SEOUL,
            participants=(
                Participant(party="org:motie", role="speaker"),
                Participant(
                    party="person:lee-ho-hyeon",
                    role="speaker",
                    position="position:lee-ho-hyeon-vice-minister",
                ),
                Participant(
                    party="person:uchral-nyam-osor",
                    role="opening remarks",
                    position="position:uchral-nyam-osor-first-deputy-pm",
                ),
                Participant(
                    party="person:damdinnyam-gongor",
                    role="speaker",
                    position="position:damdinnyam-gongor-minister",
                ),
                Participant(party="org:erdenes-mongol", role="signatory"),
                Participant(party="org:komir", role="signatory"),
                Participant(party="org:samsung-cnt", role="signatory"),
            ),
            agreements=frozenset({mous.id}),
            citations=(
                cite(SOURCE, MOTIE_MONDAY),
                cite(SOURCE, FORUM_PURPOSE),
                cite(SOURCE, OPENING_REMARKS),
                cite(SOURCE, PRESENTATIONS),
            ),
        ),
        mous,
        Project(
            id="project:kr-overseas-resource-support",
            title="Expanded Korean government support for overseas resource development",
            funders=frozenset({"org:kr-government"}),
            hosts=frozenset({"country:mn"}),
            scope=frozenset({Scope.FINANCE, Scope.EXPLORATION, Scope.INVESTMENT}),
            citations=(cite(SOURCE, SUPPORT), cite(SOURCE, JOINT_PROJECTS)),
            notes=(
                "A pledge made at the forum by the vice minister: financing for overseas resource "
                "exploration, and tax, policy and financial measures, to support Korean companies "
                "entering Mongolia. The report gives no amount and no date."
            ),
        ),
        # The report does not name the centre: its official name is the one
        # the other reports give it, so that their statements combine.
        Facility(
            id=CENTRE,
            names=(
                Name("Korea-Mongolia Rare Metal Cooperation Center"),
                Name(
                    "joint research center on rare metals",
                    kind=NameKind.ALIAS,
                    citations=(cite(SOURCE, "a joint research center on rare metals"),),
                ),
            ),
            kind=FacilityKind.RESEARCH_CENTRE,
            minerals=frozenset({"list:kr-rare-metals"}),
            scope=frozenset(
                {
                    Scope.RESEARCH_AND_DEVELOPMENT,
                    Scope.EXPLORATION,
                    Scope.PROCESSING,
                    Scope.DEVELOPMENT,
                }
            ),
            citations=(cite(SOURCE, CENTRE_OPENING), cite(SOURCE, CENTRE_SCOPE)),
        ),
        # Planned, as of this report; the status is left unknown (the default)
        # because whether it was met is for the later reports to tell.
        Milestone(
            id="milestone:centre-opening",
            subject=CENTRE,
            kind=MilestoneKind.OPENING,
            description="The centre opens",
            planned=(claim(SOURCE, "in November", CENTRE_OPENING, tense=Tense.FUTURE),),
            citations=(cite(SOURCE, CENTRE_OPENING),),
        ),
    ]


def figures() -> list[Record]:
    """What the report says of Mongolia's minerals, without numbers."""
    return [
        Figure(
            id="figure:mn-abundant-reserves",
            subject="country:mn",
            measure=Measure.RESERVES,
            minerals=frozenset({"element:mo", "element:ni", "element:sn"}),
            description="abundant reserves",
            citations=(cite(SOURCE, ABUNDANT, "abundant reserves"),),
        ),
        Figure(
            id="figure:mo-ni-sn-use-industries",
            subject=None,
            measure=Measure.USE,
            minerals=frozenset({"element:mo", "element:ni", "element:sn"}),
            description="relied on by industries such as semiconductors, electric vehicles and "
            "batteries",
            citations=(cite(SOURCE, ABUNDANT), cite(SOURCE, RELY)),
        ),
        Figure(
            id="figure:mn-abundant-natural-resources",
            subject="country:mn",
            measure=Measure.RESOURCES,
            description="abundant natural resources",
            citations=(cite(SOURCE, NATURAL_RESOURCES, "abundant natural resources"),),
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
