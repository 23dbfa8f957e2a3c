"""The US–Ukraine minerals agreement of 2025: its life cycle, its fund, and its signatories.

The Agreement on the Establishment of a United States–Ukraine Reconstruction
Investment Fund was signed in Washington by Scott Bessent, US Secretary of the
Treasury, and Yulia Svyrydenko, Ukraine's First Deputy Prime Minister and
Minister of Economy. The US Treasury, Ukrinform (paraphrasing Ukraine's
ratification law) and Hromadske date it 30 April 2025; Ukrainska Pravda dates
it 1 May. Both claims are kept, each with its sources. No source at hand
explains the difference in so many words (the signing evidently fell on the
night of 30 April to 1 May, Kyiv time, but that is an inference from
timestamps), so neither claim states a reason.

The Verkhovna Rada ratified it on 8 May 2025. The bill had been registered
in the Rada on 1 May by Interfax-Ukraine and submitted on 2 May by Ukrainska
Pravda; UNN explains why ("Formally, it was done at 23:59 on May 1, but in
fact it was already on the night of May 2."), and that reason is kept with
the claim it explains.

The agreement enters into force on the date of the later diplomatic note:
a condition. Reports of the notes are stated as what they are (Svyrydenko
reported Ukraine's procedures complete on 13 May; the US note was received on
23 May), but no source at hand states the entry into force, so it stays a
condition and the status is never ``IN_FORCE``.

The agreement establishes the fund, jointly managed, with the US International
Development Finance Corporation (DFC) as the US partner and Ukraine's PPP
Agency as the Ukrainian one: the fund's members. Svyrydenko became Prime
Minister when the Rada approved her on 17 July 2025.

Every fact cites a public report with its URL and a short verbatim quotation.
Where a page prints no date, the source has none (or the page's index date,
said so in its notes). A source's title is the wording of its URL where the
URL has one (the stored headline for Hromadske), else a description in
brackets. Run it with ``python examples/us_ukraine_fund_2025.py``
after installing the package.
"""

from __future__ import annotations

import datetime

from mineralpact import (
    Agreement,
    AgreementKind,
    Citation,
    Confidence,
    Country,
    Dataset,
    DateClaim,
    Event,
    EventKind,
    Membership,
    Name,
    NameKind,
    Organisation,
    OrganisationKind,
    PartialDate,
    Person,
    Place,
    Position,
    Signatory,
    Source,
    SourceKind,
    Stage,
    StageKind,
    TemporalValue,
)

US, UA = Country("US"), Country("UA")
AGREEMENT = "agreement:us-ua-reconstruction-fund-2025"
FUND = "org:us-ua-reconstruction-investment-fund"
RADA = "org:ua-verkhovna-rada"
DFC = "org:us-dfc"
PPP_AGENCY = "org:ua-ppp-agency"
BESSENT, SVYRYDENKO = "person:scott-bessent", "person:yulia-svyrydenko"
D = PartialDate


def report(
    key: str,
    url: str,
    publisher: str,
    title: str,
    published: TemporalValue | None = None,
    *,
    notes: str | None = None,
    confidence: Confidence | None = None,
) -> Source:
    """A public report, with its URL and, where known, its publication date."""
    return Source(
        id=f"src:{key}",
        title=title,
        kind=SourceKind.NEWS_REPORT,
        publisher=publisher,
        url=url,
        published=published,
        confidence=confidence,
        notes=notes,
    )


INDEX_DATE = "Publication date: the date the page is indexed with; the text prints none."
UKRINFORM_MAY = report(
    "ukrinform-2025-05-08",
    "https://menafn.com/1109524119/Ukrainian-Parliament-Ratifies-Ukraine-US-Minerals-Deal",
    "Ukrinform (via MENAFN)",
    "Ukrainian Parliament Ratifies Ukraine-US Minerals Deal",
    D(2025, 5, 8),
    notes=INDEX_DATE,
)
UKRINFORM_JUNE = report(
    "ukrinform-2025-06-05",
    "https://menafn.com/1109640170/Ukraine-US-In-Talks-On-Launching-Reconstruction-Investment-Fund-Before-Year-End",
    "Ukrinform (via MENAFN)",
    "Ukraine, US In Talks On Launching Reconstruction Investment Fund Before Year-End",
    D(2025, 6, 5),
    notes=INDEX_DATE,
)
TREASURY = report(
    "deep-dive-treasury-2025-04-30",
    "https://thedeepdive.ca/us-ukraine-finalize-minerals-agreement-after-extended-negotiations",
    "The Deep Dive",
    "US-Ukraine finalize minerals agreement after extended negotiations",
    notes="Quotes a post by the US Treasury (@USTreasury) dated April 30, 2025.",
)
ODESSA = report(
    "odessa-journal-2025-04",
    "https://odessa-journal.com/public/index.php/svyrydenko-and-bessent-signed-an-agreement-to-create-a-usukraine-reconstruction-investment-fund",
    "Odessa Journal",
    "Svyrydenko and Bessent signed an agreement to create a US-Ukraine Reconstruction "
    "Investment Fund",
)
UACRISIS = report(
    "uacrisis-day-1163",
    "https://uacrisis.org/en?p=335103",
    "Ukraine Crisis Media Center",
    "[Day 1,163 digest]",
    D(2025, 5, 1),
    notes="No date printed: day 1,163 of the full-scale invasion is 1 May 2025.",
    confidence=Confidence.MEDIUM,
)
PRAVDA_MAY = report(
    "pravda-2025-05-08",
    "https://www.pravda.com.ua/eng/news/2025/05/8/7511255/",
    "Ukrainska Pravda",
    "[Report of the Rada's ratification, 8 May 2025]",
    D(2025, 5, 8),
    notes=INDEX_DATE,
)
PRAVDA_AUGUST = report(
    "pravda-2025-08-06",
    "https://www.pravda.com.ua/eng/news/2025/08/6/7524932/",
    "Ukrainska Pravda",
    "[Report of three joint mineral projects, 6 August 2025]",
    D(2025, 8, 6),
    notes=INDEX_DATE,
)
HROMADSKE = report(
    "hromadske-2025-05-08",
    "https://hromadske.ua/en/amp/politics/244391-ukraines-rada-ratifies-us-minerals-deal-with-338-votes",
    "Hromadske",
    "Ukraine’s Rada ratifies US minerals deal with 338 votes",
)
INTERFAX_DFC = report(
    "interfax-ua-2025-05-08",
    "https://en.interfax.com.ua/news/economic/1070047.html",
    "Interfax-Ukraine",
    "[Report on the fund's operation, 8 May 2025]",
    D(2025, 5, 8),
)
INTERFAX_BILL = report(
    "interfax-ua-bill-0309",
    "https://ru.interfax.com.ua/news/general/1068568-amp.html",
    "Interfax-Ukraine",
    "[Report of the ratification bill's registration]",
)
UNN_BILL = report(
    "unn-2025-05-02",
    "https://unn.ua/en/news/ratification-with-the-us-on-minerals-may-be-voted-on-earlier-mp",
    "UNN",
    "Ratification with the US on minerals may be voted on earlier: MP",
    D(2025, 5, 2),
    notes=INDEX_DATE,
)
UNN_FUND = report(
    "unn-fund-management",
    "https://unn.ua/en/news/ministry-of-economy-on-investment-fund-management-the-system-will-be-equal",
    "UNN",
    "Ministry of Economy on investment fund management: the system will be equal",
)
KYIV_INDEPENDENT = report(
    "kyiv-independent-2025-05-13",
    "https://kyivindependent.com/ukraine-signs-additional-agreements-for-minerals-deal-economy-ministry-says",
    "The Kyiv Independent",
    "Ukraine signs additional agreements for minerals deal, Economy Ministry says",
)
NOVYNY = report(
    "novyny-live-2025-05",
    "https://news.novyny.live/en/ukrayina-ta-ssha-zapustili-fond-vidbudovi-v-mezhakh-ugodi-pro-nadra-256142.html",
    "Novyny.LIVE",
    "Ukrayina ta SShA zapustyly fond vidbudovy v mezhakh uhody pro nadra",
)
ANEWS = report(
    "anews-2025-07-17",
    "https://www.anews.com.tr/europe/2025/07/17/ukraines-parliament-votes-to-approve-yulia-svyrydenko-as-prime-minister",
    "A News",
    "Ukraine's parliament votes to approve Yulia Svyrydenko as prime minister",
    D(2025, 7, 17),
    notes=INDEX_DATE,
)
LOVEWORLD = report(
    "loveworld-uk-2025-04",
    "https://news.loveworlduk.org/u-s-ukraine-sign-deal-to-establish-reconstruction-investment-fund/?amp=1",
    "Loveworld UK News",
    "U.S., Ukraine sign deal to establish reconstruction investment fund",
    notes="Reports the US Treasury's press release.",
)
SOURCES = (
    UKRINFORM_MAY,
    UKRINFORM_JUNE,
    TREASURY,
    ODESSA,
    UACRISIS,
    PRAVDA_MAY,
    PRAVDA_AUGUST,
    HROMADSKE,
    INTERFAX_DFC,
    INTERFAX_BILL,
    UNN_BILL,
    UNN_FUND,
    KYIV_INDEPENDENT,
    NOVYNY,
    ANEWS,
    LOVEWORLD,
)

# What each source says, word for word.
SIGNED_WASHINGTON = Citation(
    UKRINFORM_MAY.id,
    "Under the law adopted, the Verkhovna Rada of Ukraine ratifies the Agreement signed on "
    "April 30, 2025, in Washington, D.C.",
    phrase="April 30, 2025",
)
TREASURY_POST = Citation(
    TREASURY.id,
    "On April 30, the United States and Ukraine signed an agreement to establish the United "
    "States-Ukraine Reconstruction Investment Fund.",
    phrase="April 30",
)
HROMADSKE_SIGNED = Citation(
    HROMADSKE.id,
    "Ukrainian Economy Minister Yulia Svyrydenko and U.S. Treasury Secretary Scott Bessent "
    "signed an agreement between the two countries on April 30 to establish a Reconstruction "
    "Investment Fund.",
    phrase="April 30",
)
PRAVDA_SIGNED = Citation(
    PRAVDA_MAY.id,
    "On 1 May, Ukraine's Economy Minister Yuliia Svyrydenko and US Treasury Secretary Scott "
    "Bessent signed the minerals deal.",
    phrase="1 May",
)
PRAVDA_SIGNED_AGAIN = Citation(
    PRAVDA_AUGUST.id,
    "On 1 May, Ukraine's former Economy Minister Yuliia Svyrydenko and US Treasury Secretary "
    "Scott Bessent signed the minerals deal.",
    phrase="1 May",
)
SIGNATORIES = Citation(
    ODESSA.id,
    "with the agreement signed by First Deputy Prime Minister and Minister of Economy, Yulia "
    "Svyrydenko, and U.S. Secretary of the Treasury, Scott Bessent, on Wednesday in Washington.",
    phrase="Wednesday",
)
OWN_WORDS = Citation(
    UACRISIS.id,
    "“On behalf of the Government of Ukraine, I signed the Agreement on the Establishment of a "
    "United States–Ukraine Reconstruction Investment Fund,”",
)
RATIFIED = Citation(
    UKRINFORM_MAY.id,
    "On May 8, the Verkhovna Rada of Ukraine supported draft law No. 0309",
    phrase="May 8",
)
RATIFIED_PRAVDA = Citation(
    PRAVDA_MAY.id,
    "A total of 338 MPs voted to ratify the agreement on the establishment of a joint "
    "investment fund between Ukraine and the United States.",
)
IN_FORCE_RULE = Citation(
    UKRINFORM_MAY.id,
    "The agreement enters into force on the date of the later diplomatic note in the exchange "
    "of notes between the parties, confirming that each side has completed its internal "
    "procedures.",
)
JOINTLY_MANAGED = Citation(
    UKRINFORM_MAY.id, "The Fund will be jointly managed by Ukraine and the United States."
)
DFC_PARTNER = Citation(UKRINFORM_JUNE.id, "will be a partner of the Fund")
DFC_SIGNED = Citation(
    KYIV_INDEPENDENT.id,
    "The documents concerning the establishment and operation of the fund were signed between "
    "Ukraine's Public-Private Partnerships Agency and the U.S. International Development "
    "Finance Corporation (DFC)",
)
TREASURY_DFC = Citation(
    LOVEWORLD.id,
    "The Treasury Department and the U.S. International Development Finance Corporation will "
    "work with the Government of Ukraine to finalize program governance and advance this "
    "important partnership, it said.",
)
DFC_CONTRIBUTION = Citation(
    INTERFAX_DFC.id,
    "the primary contribution to the fund becoming operational will be made by the US "
    "Development Finance Corporation (DFC).",
)
BOARD = Citation(
    UNN_FUND.id,
    "The candidates for the board are appointed by: the PPP Agency (Agency for Public-Private "
    "Partnership Support of Ukraine) and the DFC (International Development Finance "
    "Corporation of the USA).",
)
UKRAINE_DONE = Citation(
    UNN_FUND.id,
    "Svyrydenko reported on May 13 that Ukraine has completed all the necessary procedures for "
    "launching the American-Ukrainian Reconstruction Fund.",
    phrase="May 13",
)
US_NOTE = Citation(
    NOVYNY.id,
    "The final step was a diplomatic note from the US, which was received on May 23.",
    phrase="May 23",
)
BILL_REGISTERED = Citation(
    INTERFAX_BILL.id, "was registered in the Verkhovna Rada on May 1.", phrase="May 1"
)
BILL_FORMALLY = Citation(
    UNN_BILL.id,
    "Formally, it was done at 23:59 on May 1, but in fact it was already on the night of May 2.",
    phrase="May 1",
)
BILL_IN_FACT = Citation(
    UNN_BILL.id,
    "Formally, it was done at 23:59 on May 1, but in fact it was already on the night of May 2.",
    phrase="May 2",
)
BILL_SUBMITTED = Citation(
    PRAVDA_MAY.id,
    "On 2 May, the Ukrainian government submitted the Kyiv-Washington agreement on the "
    "establishment of the Reconstruction Investment Fund to parliament for ratification.",
    phrase="2 May",
)
PRIME_MINISTER = Citation(
    ANEWS.id,
    "Ukraine's parliament on Thursday voted to approve Yulia Svyrydenko's nomination as the "
    "country's new prime minister.",
    phrase="Thursday",
)
PRIME_MINISTER_AUGUST = Citation(
    PRAVDA_AUGUST.id,
    "Ukrainian Prime Minister Yuliia Svyrydenko has announced the preparation of three joint "
    "projects between Ukraine and the United States in the field of mineral extraction.",
)
STILL_MINISTER = Citation(
    ANEWS.id,
    "Svyrydenko currently serves as first deputy prime minister and economy minister.",
)


def on(day: PartialDate, *citations: Citation, reason: str | None = None) -> DateClaim:
    """The date ``day``, as ``citations`` give it."""
    return DateClaim(day, citations, reason=reason)


def body(
    org_id: str,
    text: str,
    kind: OrganisationKind,
    *citations: Citation,
    country: Country | None = None,
    abbreviation: str | None = None,
    members: tuple[Membership, ...] = (),
) -> Organisation:
    """An organisation named ``text`` (and ``abbreviation``) where ``citations`` speak of it."""
    names = [Name(text, citations=citations)]
    if abbreviation is not None:
        names.append(Name(abbreviation, kind=NameKind.ABBREVIATION, citations=citations))
    return Organisation(
        id=org_id,
        names=tuple(names),
        kind=kind,
        jurisdiction=country,
        members=members,
        citations=citations,
    )


def _parties() -> list[Organisation | Person | Position]:
    return [
        body(
            FUND,
            "United States–Ukraine Reconstruction Investment Fund",
            OrganisationKind.FUND,
            OWN_WORDS,
            JOINTLY_MANAGED,
            members=(
                Membership(DFC, citations=(DFC_PARTNER, DFC_SIGNED, BOARD, TREASURY_DFC)),
                Membership(PPP_AGENCY, citations=(DFC_SIGNED, BOARD)),
            ),
        ),
        body(
            DFC,
            "U.S. International Development Finance Corporation",
            OrganisationKind.AGENCY,
            DFC_SIGNED,
            DFC_CONTRIBUTION,
            country=US,
            abbreviation="DFC",
        ),
        body(
            PPP_AGENCY,
            "Agency for Public-Private Partnership Support of Ukraine",
            OrganisationKind.AGENCY,
            BOARD,
            country=UA,
            abbreviation="PPP Agency",
        ),
        # The model has no kind for a parliament: OTHER, with its name.
        body(RADA, "Verkhovna Rada of Ukraine", OrganisationKind.OTHER, RATIFIED, country=UA),
        body(
            "org:ua-government",
            "Government of Ukraine",
            OrganisationKind.GOVERNMENT,
            OWN_WORDS,
            country=UA,
        ),
        body(
            "org:us-treasury",
            "Treasury Department",
            OrganisationKind.MINISTRY,
            TREASURY_DFC,
            country=US,
        ),
        Person(
            id=BESSENT,
            names=(Name("Scott Bessent", citations=(SIGNATORIES,)),),
            nationality=US,
            citations=(SIGNATORIES,),
        ),
        Person(
            id=SVYRYDENKO,
            names=(
                Name("Yulia Svyrydenko", citations=(SIGNATORIES,)),
                Name("Yuliia Svyrydenko", kind=NameKind.ALIAS, citations=(PRAVDA_SIGNED,)),
            ),
            nationality=UA,
            citations=(SIGNATORIES,),
        ),
        Position(
            id="position:bessent-treasury",
            person=BESSENT,
            organisation="org:us-treasury",
            title="Secretary of the Treasury",
            attested=(on(D(2025, 4, 30), SIGNATORIES),),
            citations=(SIGNATORIES,),
        ),
        Position(
            id="position:svyrydenko-first-deputy-pm",
            person=SVYRYDENKO,
            organisation="org:ua-government",
            title="First Deputy Prime Minister and Minister of Economy",
            attested=(on(D(2025, 4, 30), SIGNATORIES), on(D(2025, 7, 17), STILL_MINISTER)),
            citations=(SIGNATORIES,),
        ),
        Position(
            id="position:svyrydenko-prime-minister",
            person=SVYRYDENKO,
            organisation="org:ua-government",
            title="Prime Minister",
            since=D(2025, 7, 17),
            attested=(on(D(2025, 8, 6), PRIME_MINISTER_AUGUST),),
            citations=(PRIME_MINISTER,),
        ),
    ]


def _agreement() -> Agreement:
    return Agreement(
        id=AGREEMENT,
        kind=AgreementKind.AGREEMENT,
        title="Agreement on the Establishment of a United States–Ukraine Reconstruction "
        "Investment Fund",
        parties=frozenset({"country:us", "country:ua"}),
        signatories=(
            Signatory(
                person=BESSENT, on_behalf_of="country:us", position="position:bessent-treasury"
            ),
            Signatory(
                person=SVYRYDENKO,
                on_behalf_of="country:ua",
                position="position:svyrydenko-first-deputy-pm",
            ),
        ),
        dates=(
            on(D(2025, 4, 30), SIGNED_WASHINGTON, TREASURY_POST, HROMADSKE_SIGNED),
            on(D(2025, 5, 1), PRAVDA_SIGNED, PRAVDA_SIGNED_AGAIN),
        ),
        place=Place(country=US, city="Washington"),
        binding=True,
        establishes=frozenset({FUND}),
        stages=(
            Stage(
                kind=StageKind.RATIFIED,
                party="country:ua",
                by=RADA,
                dates=(on(D(2025, 5, 8), RATIFIED, RATIFIED_PRAVDA),),
            ),
            Stage(
                kind=StageKind.IN_FORCE,
                condition="on the date of the later diplomatic note confirming that each side "
                "has completed its internal procedures",
                citations=(IN_FORCE_RULE,),
            ),
        ),
        citations=(OWN_WORDS, SIGNED_WASHINGTON, SIGNATORIES),
    )


def _events() -> list[Event]:
    about = frozenset({AGREEMENT})
    return [
        Event(
            id="event:ua-ratification-bill-0309-registered",
            kind=EventKind.OTHER,
            title="Ratification bill No. 0309 registered in the Verkhovna Rada",
            dates=(
                on(
                    D(2025, 5, 1),
                    BILL_REGISTERED,
                    BILL_FORMALLY,
                    reason="registered formally at 23:59 on 1 May, in fact on the night of 2 May",
                ),
                on(D(2025, 5, 2), BILL_SUBMITTED, BILL_IN_FACT),
            ),
            agreements=about,
            citations=(BILL_REGISTERED, BILL_SUBMITTED),
        ),
        Event(
            id="event:ua-procedures-complete",
            kind=EventKind.ANNOUNCEMENT,
            title="Svyrydenko reports Ukraine's procedures for the fund complete",
            dates=(on(D(2025, 5, 13), UKRAINE_DONE),),
            agreements=about,
            citations=(UKRAINE_DONE,),
        ),
        Event(
            id="event:us-diplomatic-note-received",
            kind=EventKind.OTHER,
            title="The US diplomatic note received by Ukraine",
            dates=(on(D(2025, 5, 23), US_NOTE),),
            agreements=about,
            citations=(US_NOTE,),
        ),
    ]


def build() -> Dataset:
    """What the reports state about the agreement, its fund and its signatories."""
    return Dataset((*SOURCES, *_parties(), _agreement(), *_events()))


def main() -> None:
    data = build()
    agreement = data.get(AGREEMENT, Agreement)
    print(f"{agreement.title} ({agreement.id})")
    established = (str(data.get(f, Organisation).name) for f in agreement.establishes)
    print(f"Establishes: {', '.join(established)}")
    fund = data.get(FUND, Organisation)
    for member in fund.members:
        print(f"  partner: {data.get(member.member, Organisation).name}")

    print("\nTimeline:")
    for entry in data.timeline():
        print(f"  {entry}")

    print("\nStatus (as a whole; for Ukraine):")
    for day in (
        D(2025, 4, 29),
        D(2025, 4, 30),
        D(2025, 5, 2),
        D(2025, 5, 8),
        D.from_date(datetime.date.today()),
    ):
        whole = agreement.status_on(day).value
        ukraine = agreement.status_on(day, party="country:ua").value
        print(f"  {day}: {whole}; for Ukraine: {ukraine}")
    for stage in agreement.pending:
        print(f"  pending: {stage.kind.value}, {stage.condition}")

    print("\nDisagreements:")
    for disagreement in data.disagreements():
        print(f"  {disagreement}")

    print("\nSvyrydenko's posts (held, not held, or not told by the sources):")
    for day in (D(2025, 4, 30), D(2025, 8, 1)):
        for post in (p for p in data.of_type(Position) if p.person == SVYRYDENKO):
            held = {True: "held", False: "not held", None: "not told"}[post.held_on(day)]
            print(f"  {day}: {post.title}: {held}")


if __name__ == "__main__":
    main()
