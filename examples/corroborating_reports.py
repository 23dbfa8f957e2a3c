"""The reports that corroborate, date and contest the five Korea-Mongolia texts.

The five texts leave dates implicit ("Thursday", "March 12", "January 12") and
sometimes disagree. Other reports settle most of it: KBS World on the foreign
ministers' agreement of 29 August 2022 to set up a rare metals centre; KBS and
The Investor on the KT memorandum and Ku Hyeon-mo's appointment of 26 January
2023; Yonhap on the government memorandum of 15 February 2023; etnews on the
preparatory meeting of 12 September 2023; Korea's foreign ministry on the
first joint committee of 20 November 2023; Yonhap and JoongAng, announcing
the centre's opening for 12 December 2025, and KIGAM, ZDNet Korea and News1,
reporting it; and the USGS Mineral Commodity Summaries 2026 on molybdenum
production.

Their texts are not reproduced here, so their citations carry no quotation,
and the dates they give are exact dates, stated as such.

Run it with ``python examples/corroborating_reports.py`` after installing the
package.
"""

from __future__ import annotations

from decimal import Decimal

from _common import (
    CENTRE,
    COMMITTEE,
    GOVERNMENT_MOU,
    KR,
    KT_MOU,
    MN,
    ODA_PROJECT,
    SEOUL,
    ULAANBAATAR,
    cite,
    heading,
    named_organisation,
    named_person,
    organisation,
    post,
    show,
    signing,
)
from usgs_molybdenum_2026 import USGS, usgs_figures

from mineralpact import (
    Agreement,
    AgreementKind,
    Basis,
    Citation,
    Confidence,
    Dataset,
    DateClaim,
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
    Quantity,
    Record,
    Scope,
    Signatory,
    Source,
    SourceKind,
)

_SUPPLIED = "The title is supplied, describing the report; its headline is not recorded here."


def _report(
    source_id: str,
    title: str,
    publisher: str,
    published: PartialDate,
    *,
    kind: SourceKind = SourceKind.NEWS_REPORT,
    language: str = "ko",
    url: str | None = None,
    notes: str = _SUPPLIED,
) -> Source:
    return Source(
        id=source_id,
        title=title,
        kind=kind,
        publisher=publisher,
        url=url,
        published=published,
        language=language,
        confidence=Confidence.HIGH,
        notes=notes,
    )


_DECEMBER = (
    "It reports the centre's opening of 12 December 2025, so it was published on or after "
    "that day; the day is not recorded. " + _SUPPLIED
)

KBS_WORLD = _report(
    "src:kbs-world-2022-08-29",
    "[Foreign ministers of Korea and Mongolia agree to set up a rare metals centre]",
    "KBS World",
    PartialDate(2022, 8, 29),
    language="en",
)
KBS = _report(
    "src:kbs-2023-01-26",
    "[KT signs a mineral resources memorandum with Mongolia; Ku Hyeon-mo appointed CTO]",
    "KBS",
    PartialDate(2023, 1, 26),
)
INVESTOR = _report(
    "src:the-investor-2023-01-26",
    "[KT signs a mineral resources memorandum with Mongolia; Ku Hyeon-mo appointed CTO]",
    "The Investor",
    PartialDate(2023, 1, 26),
    language="en",
)
YONHAP_2023 = _report(
    "src:yonhap-2023-02-15",
    "[Korea and Mongolia sign a memorandum on rare metal supply chains]",
    "Yonhap News Agency",
    PartialDate(2023, 2, 15),
    language="en",
    url="https://en.yna.co.kr/view/AEN20230215006000320",
    notes="Article AEN20230215006000320. " + _SUPPLIED,
)
ETNEWS = _report(
    "src:etnews-2023-09-12",
    "[Korea and Mongolia prepare the first rare metals joint committee]",
    "Electronic Times (etnews)",
    PartialDate(2023, 9, 12),
)
MOFA = _report(
    "src:mofa-kr-2023-11-20",
    "[First Korea-Mongolia Rare Metals Cooperation Joint Committee held in Ulaanbaatar]",
    "Ministry of Foreign Affairs of the Republic of Korea",
    PartialDate(2023, 11, 20),
    kind=SourceKind.PRESS_RELEASE,
)
YONHAP_2025 = _report(
    "src:yonhap-2025-12-11",
    "[Korea-Mongolia Rare Metal Cooperation Center to open in Ulaanbaatar]",
    "Yonhap News Agency",
    PartialDate(2025, 12, 11),
    notes="Announces the opening for the next day, Friday, at 14:00 local time. " + _SUPPLIED,
)
JOONGANG = _report(
    "src:joongang-2025-12-11",
    "[Korea-Mongolia Rare Metal Cooperation Center to open in Ulaanbaatar]",
    "JoongAng Ilbo",
    PartialDate(2025, 12, 11),
    notes="Announces the opening for the next day. " + _SUPPLIED,
)
KIGAM_RELEASE = _report(
    "src:kigam-2025-12",
    "[KIGAM opens the Korea-Mongolia Rare Metal Cooperation Center]",
    "Korea Institute of Geoscience and Mineral Resources",
    PartialDate(2025, 12),
    kind=SourceKind.PRESS_RELEASE,
    notes=_DECEMBER,
)
ZDNET = _report(
    "src:zdnet-korea-2025-12",
    "[Korea-Mongolia Rare Metal Cooperation Center opens in Ulaanbaatar]",
    "ZDNet Korea",
    PartialDate(2025, 12),
    notes=_DECEMBER,
)
NEWS1 = _report(
    "src:news1-2025-12",
    "[Korea-Mongolia Rare Metal Cooperation Center opens in Ulaanbaatar]",
    "News1",
    PartialDate(2025, 12),
    notes=_DECEMBER,
)
SOURCES = (
    KBS_WORLD,
    KBS,
    INVESTOR,
    YONHAP_2023,
    ETNEWS,
    MOFA,
    YONHAP_2025,
    JOONGANG,
    KIGAM_RELEASE,
    ZDNET,
    NEWS1,
    USGS,
)

CENTRE_AGREEMENT = "agreement:kr-mn-rare-metals-centre-2022"


def by(*sources: Source) -> tuple[Citation, ...]:
    """A citation of each of ``sources``, none with a quotation."""
    return tuple(cite(source) for source in sources)


def on(day: PartialDate, *sources: Source) -> DateClaim:
    """The exact date ``sources`` give."""
    return DateClaim(day, by(*sources))


def build() -> Dataset:
    """Everything the corroborating reports state, each fact citing them."""
    return Dataset(
        (
            *SOURCES,
            *_organisations(),
            *_people(),
            *_agreements(),
            *_events(),
            *_centre(),
            *_milestones(),
            *_figures(),
        )
    )


#: The days of the reports that name Mongolia's mining ministry and MOTIE, as they name them.
_JANUARY_2023 = PartialDate(2023, 1, 26)
_FEBRUARY_2023 = PartialDate(2023, 2, 15)
_SEPTEMBER_2023 = PartialDate(2023, 9, 12)


def _organisations() -> list[Organisation]:
    in_use = (on(_FEBRUARY_2023, YONHAP_2023), on(_SEPTEMBER_2023, ETNEWS))
    return [
        named_organisation(
            "org:kr-government", "Government of the Republic of Korea", *by(KBS_WORLD, YONHAP_2023)
        ),
        named_organisation(
            "org:mn-government", "Government of Mongolia", *by(KBS, INVESTOR, YONHAP_2023)
        ),
        organisation(
            "org:motie",
            # Restyled the Ministry of Trade, Industry and Resources in 2025.
            Name(
                "Ministry of Trade, Industry and Energy",
                until=PartialDate(2025),
                citations=by(YONHAP_2023, ETNEWS),
                attested=in_use,
            ),
            Name(
                "MOTIE",
                kind=NameKind.ABBREVIATION,
                citations=by(YONHAP_2023, ETNEWS),
                attested=in_use,
            ),
            citations=by(YONHAP_2023, ETNEWS),
        ),
        named_organisation("org:kr-mofa", "Ministry of Foreign Affairs", *by(KBS_WORLD, MOFA)),
        named_organisation(
            "org:mn-mofa", "Mongolian Ministry of Foreign Affairs", *by(KBS_WORLD, MOFA)
        ),
        named_organisation(
            "org:mn-mining-ministry",
            "Ministry of Mining and Heavy Industry",
            *by(KBS, INVESTOR, YONHAP_2023, ETNEWS),
            attested=(on(_JANUARY_2023, KBS, INVESTOR), *in_use),
        ),
        named_organisation(
            "org:kigam",
            "Korea Institute of Geoscience and Mineral Resources",
            *by(KIGAM_RELEASE, ZDNET, NEWS1),
            abbreviation="KIGAM",
        ),
        named_organisation(
            "org:kiat",
            "Korea Institute for Advanced Technology",
            *by(KIGAM_RELEASE),
            abbreviation="KIAT",
        ),
        named_organisation(
            "org:gcra",
            "Geological Center for Research and Analysis",
            *by(MOFA, KIGAM_RELEASE),
            abbreviation="GCRA",
        ),
        organisation(
            "org:kt",
            Name("KT Corporation", citations=by(KBS, INVESTOR)),
            Name("KT Corp.", kind=NameKind.ALIAS, citations=by(INVESTOR)),
            citations=by(KBS, INVESTOR),
        ),
        named_organisation(
            COMMITTEE, "Korea-Mongolia Rare Metals Cooperation Joint Committee", *by(ETNEWS, MOFA)
        ),
        named_organisation("org:usgs", "U.S. Geological Survey", *by(USGS), abbreviation="USGS"),
    ]


def _people() -> list[Person | Position]:
    return [
        named_person("person:park-jin", "Park Jin", *by(KBS_WORLD)),
        named_person("person:battsetseg", "B. Battsetseg", *by(KBS_WORLD)),
        named_person("person:ku-hyeon-mo", "Ku Hyeon-mo", *by(KBS, INVESTOR)),
        named_person(
            "person:ganbaatar-jambal", "Ganbaatar Jambal", *by(KBS, INVESTOR, YONHAP_2023, ETNEWS)
        ),
        named_person("person:oyun-erdene", "L. Oyun-Erdene", *by(KBS, INVESTOR, YONHAP_2023)),
        named_person("person:park-il-jun", "Park Il-jun", *by(YONHAP_2023)),
        named_person("person:han-duck-soo", "Han Duck-soo", *by(YONHAP_2023)),
        named_person("person:kang-kyung-sung", "Kang Kyung-sung", *by(ETNEWS)),
        named_person("person:lee-ho-hyeon", "Lee Ho-hyeon", *by(MOFA)),
        post(
            "position:park-jin-fm",
            "person:park-jin",
            "org:kr-mofa",
            "Minister of Foreign Affairs",
            *by(KBS_WORLD),
            attested=(on(PartialDate(2022, 8, 29), KBS_WORLD),),
        ),
        post(
            "position:battsetseg-fm",
            "person:battsetseg",
            "org:mn-mofa",
            "Minister of Foreign Affairs",
            *by(KBS_WORLD),
            attested=(on(PartialDate(2022, 8, 29), KBS_WORLD),),
        ),
        post(
            "position:ku-hyeon-mo-kt-ceo",
            "person:ku-hyeon-mo",
            "org:kt",
            "CEO",
            *by(KBS, INVESTOR),
            attested=(on(_JANUARY_2023, KBS, INVESTOR),),
        ),
        post(
            "position:ku-hyeon-mo-mn-cto",
            "person:ku-hyeon-mo",
            "org:mn-government",
            "Chief Technology Officer",
            *by(KBS, INVESTOR),
            since=PartialDate(2023, 1, 26),
        ),
        post(
            "position:ganbaatar-jambal-minister",
            "person:ganbaatar-jambal",
            "org:mn-mining-ministry",
            "Minister of Mining and Heavy Industry",
            *by(KBS, INVESTOR, YONHAP_2023),
            attested=(on(_JANUARY_2023, KBS, INVESTOR), on(_FEBRUARY_2023, YONHAP_2023)),
        ),
        post(
            "position:oyun-erdene-pm",
            "person:oyun-erdene",
            "org:mn-government",
            "Prime Minister",
            *by(KBS, INVESTOR, YONHAP_2023),
            attested=(on(_JANUARY_2023, KBS, INVESTOR), on(_FEBRUARY_2023, YONHAP_2023)),
        ),
        post(
            "position:han-duck-soo-pm",
            "person:han-duck-soo",
            "org:kr-government",
            "Prime Minister",
            *by(YONHAP_2023),
            attested=(on(_FEBRUARY_2023, YONHAP_2023),),
        ),
        post(
            "position:park-il-jun-vice-minister",
            "person:park-il-jun",
            "org:motie",
            "2nd Vice Minister",
            *by(YONHAP_2023),
            attested=(on(_FEBRUARY_2023, YONHAP_2023),),
        ),
        post(
            "position:kang-kyung-sung-vice-minister",
            "person:kang-kyung-sung",
            "org:motie",
            "2nd Vice Minister",
            *by(ETNEWS),
            attested=(on(_SEPTEMBER_2023, ETNEWS),),
        ),
    ]


#: Who signed the KT memorandum, for whom, in which post.
KT_SIGNATORIES = (
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
)


def _agreements() -> list[Agreement]:
    return [
        Agreement(
            id=CENTRE_AGREEMENT,
            kind=AgreementKind.AGREEMENT,
            title="Agreement to establish a rare metals centre",
            parties=frozenset({"country:kr", "country:mn"}),
            dates=(on(PartialDate(2022, 8, 29), KBS_WORLD),),
            minerals=frozenset({"list:kr-rare-metals"}),
            citations=by(KBS_WORLD),
            notes=(
                "Agreed by the foreign ministers at their talks: Mongolia provides the site, "
                "Korea funds the centre from official development assistance."
            ),
        ),
        Agreement(
            id=KT_MOU,
            kind=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
            title="Memorandum of understanding on mineral resources",
            parties=frozenset({"org:kt", "org:mn-government"}),
            signatories=KT_SIGNATORIES,
            dates=(on(PartialDate(2023, 1, 26), KBS, INVESTOR),),
            place=ULAANBAATAR,
            citations=by(KBS, INVESTOR),
        ),
        Agreement(
            id=GOVERNMENT_MOU,
            kind=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
            title="Memorandum of understanding on rare metal supply chains",
            parties=frozenset({"country:kr", "country:mn"}),
            signatories=(
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
            ),
            dates=(on(PartialDate(2023, 2, 15), YONHAP_2023),),
            place=Place(venue="Government Complex Seoul", city="Seoul", country=KR),
            minerals=frozenset({"list:kr-rare-metals"}),
            scope=frozenset({Scope.SUPPLY}),
            citations=by(YONHAP_2023),
        ),
    ]


def _events() -> list[Event]:
    return [
        Event(
            id="event:kr-mn-fm-talks-2022",
            kind=EventKind.MEETING,
            title="Talks between the foreign ministers of Korea and Mongolia",
            dates=(on(PartialDate(2022, 8, 29), KBS_WORLD),),
            participants=(
                Participant(party="person:park-jin", position="position:park-jin-fm"),
                Participant(party="person:battsetseg", position="position:battsetseg-fm"),
            ),
            agreements=frozenset({CENTRE_AGREEMENT}),
            citations=by(KBS_WORLD),
        ),
        Event(
            id="event:kt-mou-signing-2023",
            kind=EventKind.SIGNING_CEREMONY,
            title="Signing of the KT-Mongolia memorandum of understanding on mineral resources",
            dates=(on(PartialDate(2023, 1, 26), KBS, INVESTOR),),
            place=ULAANBAATAR,
            participants=(
                *signing(*KT_SIGNATORIES),
                Participant(
                    party="person:oyun-erdene", role="attendee", position="position:oyun-erdene-pm"
                ),
            ),
            agreements=frozenset({KT_MOU}),
            citations=by(KBS, INVESTOR),
        ),
        Event(
            id="event:ku-cto-appointment-2023",
            kind=EventKind.APPOINTMENT,
            title="Ku Hyeon-mo appointed Mongolia's chief technology officer",
            dates=(on(PartialDate(2023, 1, 26), KBS, INVESTOR),),
            participants=(
                Participant(
                    party="person:ku-hyeon-mo",
                    role="appointee",
                    position="position:ku-hyeon-mo-mn-cto",
                ),
            ),
            subjects=frozenset({"position:ku-hyeon-mo-mn-cto"}),
            citations=by(KBS, INVESTOR),
        ),
        Event(
            id="event:kr-mn-pm-talks-2023",
            kind=EventKind.MEETING,
            title="Talks between the prime ministers of Korea and Mongolia",
            dates=(on(PartialDate(2023, 2, 15), YONHAP_2023),),
            place=SEOUL,
            participants=(
                Participant(party="person:han-duck-soo", position="position:han-duck-soo-pm"),
                Participant(party="person:oyun-erdene", position="position:oyun-erdene-pm"),
            ),
            agreements=frozenset({GOVERNMENT_MOU}),
            citations=by(YONHAP_2023),
            notes=(
                "The government memorandum on rare metal supply chains was signed after the "
                "talks, in the prime ministers' presence, by Park Il-jun and Ganbaatar Jambal."
            ),
        ),
        Event(
            id="event:joint-committee-preparatory-2023",
            kind=EventKind.MEETING,
            title=(
                "Preparatory meeting for the Korea-Mongolia Rare Metals Cooperation Joint Committee"
            ),
            dates=(on(PartialDate(2023, 9, 12), ETNEWS),),
            place=SEOUL,
            participants=(
                Participant(
                    party="person:kang-kyung-sung",
                    position="position:kang-kyung-sung-vice-minister",
                ),
                Participant(party="person:ganbaatar-jambal"),
            ),
            agreements=frozenset({GOVERNMENT_MOU}),
            citations=by(ETNEWS),
            notes="Agreed to hold the first joint committee in November 2023.",
        ),
        Event(
            id="event:joint-committee-1",
            kind=EventKind.COMMITTEE_SESSION,
            title="1st meeting of the Korea-Mongolia Rare Metals Cooperation Joint Committee",
            dates=(on(PartialDate(2023, 11, 20), MOFA),),
            place=Place(
                venue="Mongolian Ministry of Foreign Affairs", city="Ulaanbaatar", country=MN
            ),
            participants=(
                Participant(party="person:lee-ho-hyeon", role="co-chair"),
                Participant(party="person:ganbaatar-jambal", role="co-chair"),
            ),
            series=COMMITTEE,
            number=1,
            agreements=frozenset({GOVERNMENT_MOU}),
            citations=by(MOFA),
        ),
    ]


def _centre() -> list[Project | Facility]:
    opened = (KIGAM_RELEASE, ZDNET, NEWS1, YONHAP_2025, JOONGANG)
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
            managers=frozenset({"org:kiat"}),
            hosts=frozenset({"org:gcra", "country:mn"}),
            place=ULAANBAATAR,
            citations=by(KBS_WORLD, MOFA, KIGAM_RELEASE),
        ),
        Facility(
            id=CENTRE,
            names=(Name("Korea-Mongolia Rare Metal Cooperation Center", citations=by(*opened)),),
            kind=FacilityKind.RESEARCH_CENTRE,
            project=ODA_PROJECT,
            operators=frozenset({"org:kigam"}),
            host="org:gcra",
            place=ULAANBAATAR,
            citations=by(*opened),
        ),
    ]


def _milestones() -> list[Milestone]:
    return [
        Milestone(
            id="milestone:first-committee-2023",
            subject=GOVERNMENT_MOU,
            kind=MilestoneKind.OTHER,
            description="First joint committee held",
            planned=(on(PartialDate(2023, 11), ETNEWS),),
            actual=(on(PartialDate(2023, 11, 20), MOFA),),
            status=MilestoneStatus.MET,
            citations=by(ETNEWS, MOFA),
        ),
        Milestone(
            id="milestone:centre-project-kickoff-2023",
            subject=ODA_PROJECT,
            kind=MilestoneKind.OTHER,
            description="The centre project is launched",
            actual=(on(PartialDate(2023, 11, 20), MOFA),),
            status=MilestoneStatus.MET,
            citations=by(MOFA),
            notes="Launched at the first joint committee.",
        ),
        Milestone(
            id="milestone:centre-opening",
            subject=CENTRE,
            kind=MilestoneKind.OPENING,
            description="The centre opens",
            planned=(on(PartialDate(2025, 12, 12), YONHAP_2025, JOONGANG),),
            actual=(on(PartialDate(2025, 12, 12), KIGAM_RELEASE, ZDNET, NEWS1),),
            status=MilestoneStatus.MET,
            citations=by(YONHAP_2025, JOONGANG, KIGAM_RELEASE, ZDNET, NEWS1),
        ),
    ]


def _figures() -> list[Figure]:
    return [
        *usgs_figures(),
        Figure(
            id="figure:world-ree-reserves",
            subject=None,
            measure=Measure.RESERVES,
            minerals=frozenset({"group:ree"}),
            description="more than 85 million tonnes of rare-earth oxide",
            basis=Basis.OXIDE,
            citations=by(USGS),
            notes="Mongolia's share of it is not listed separately.",
        ),
    ]


def _by_report(data: Dataset) -> dict[str, list[Record]]:
    stated: dict[str, list[Record]] = {source.id: [] for source in data.of_type(Source)}
    for record in data.records:
        for source_id in sorted({c.source for c in getattr(record, "citations", ())}):
            stated[source_id].append(record)
    return stated


def main() -> None:
    """Print every fact, then what each report settles, then the molybdenum figures."""
    data = build()
    show(data)
    heading("What each report states:")
    for source_id, records in _by_report(data).items():
        source = data.get(source_id)
        assert isinstance(source, Source)
        print(f"  {source.publisher}, {source.published} ({source_id}): {len(records)} records")
        for record in records:
            print(f"      {record.id}")
    heading("Molybdenum production, USGS Mineral Commodity Summaries 2026 (contained metal):")
    for year in (2024, 2025):
        mongolia = data.get(f"figure:mn-mo-production-{year}")
        world = data.get(f"figure:world-mo-production-{year}")
        place = data.get(f"figure:mn-mo-production-rank-{year}")
        assert isinstance(mongolia, Figure)
        assert isinstance(world, Figure)
        assert isinstance(place, Figure)
        assert isinstance(mongolia.value, Quantity)
        assert isinstance(world.value, Quantity)
        share = mongolia.value.magnitude / world.value.magnitude * 100
        estimate = " (estimated)" if mongolia.estimated else ""
        print(
            f"  {year}{estimate}: Mongolia {mongolia.value} of the world's {world.value.to('kt')}"
            f" = {share.quantize(Decimal('0.1'))} %, {place.value}"
        )


if __name__ == "__main__":
    main()
