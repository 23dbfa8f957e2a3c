"""A synthetic, valid, reproducible mineralpact dataset for the benchmarks.

Half of the measured records are :class:`~mineralpact.Figure` s and half are
:class:`~mineralpact.Event` s, as varied as the news texts make them:
quantities in t, kt, Mt and kg, shares of named totals, ranks and counts;
periods as years, months and ranges; events dated by one or two sources
(plain, approximate, uncertain and "by" dates), with places and
participants. The sources, organisations, people and positions they refer to
come first, so that the records form a valid :class:`~mineralpact.Dataset`.

Everything is drawn from one seeded :class:`random.Random`: the same
arguments give the same dataset, byte for byte once serialized.
"""

from __future__ import annotations

import random
from decimal import Decimal

from mineralpact import (
    Basis,
    Citation,
    Count,
    Country,
    DateClaim,
    DateRange,
    Deadline,
    Event,
    EventKind,
    Figure,
    Measure,
    Name,
    NameKind,
    Organisation,
    OrganisationKind,
    PartialDate,
    Participant,
    Person,
    Place,
    Position,
    QualifiedDate,
    Quantity,
    Rank,
    Record,
    ReserveCategory,
    Share,
    Source,
    SourceKind,
    Subdivision,
)

__all__ = ["SUPPORT_RATIO", "records"]

#: Roughly how many measured records there are for each supporting record
#: (source, organisation, person, position) that they refer to.
SUPPORT_RATIO = 50

# Share figures name only these subjects, and no share exceeds 2 %, so the
# shares of any one total stay below 100 % (which the Dataset checks).
_COUNTRIES = (
    "MN", "KR", "CN", "US", "AU", "CA", "CL", "PE", "BR", "ZA", "CD", "ID", "PH", "VN",
    "KZ", "RU", "IN", "MY", "MM", "LA", "TH", "JP", "DE", "FR", "GB", "NO", "SE", "FI",
    "PL", "TR", "MA", "NA", "ZM", "ZW", "MZ", "MG", "TZ", "AR", "BO", "MX",
)  # fmt: skip
_SUBDIVISIONS = ("MN-071", "MN-063", "MN-053", "KR-11", "KR-26", "AU-WA", "CL-AN", "CN-NM")
_CITIES = (
    "Ulaanbaatar", "Seoul", "Busan", "Sejong", "Daejeon", "Beijing", "Canberra",
    "Perth", "Santiago", "Tokyo", "Washington", "Brussels", "Astana", "Jakarta",
)  # fmt: skip
_ELEMENTS = (
    "mo", "w", "li", "co", "ni", "nd", "pr", "dy", "tb", "la", "ce", "cu", "sn", "zn",
    "ga", "ge", "in", "sb", "bi", "nb", "ta", "v", "cr", "mn", "ti", "zr", "pt", "pd",
)  # fmt: skip
_OTHER_MINERALS = ("group:ree", "group:pgm", "commodity:fluorspar", "commodity:graphite")
_MINERAL_WORDS = (
    "molybdenum", "tungsten", "lithium", "cobalt", "nickel", "rare earth", "copper",
    "fluorspar", "graphite", "tin", "zinc", "gallium", "germanium", "antimony",
)  # fmt: skip
_UNITS = ("t", "kt", "Mt", "kg")
_TOPICS = (
    "rare metals", "critical minerals", "supply chains", "exploration", "processing",
    "smelting", "geological survey", "battery materials", "mining investment",
)  # fmt: skip
_ROLES = ("co-chair", "host", "speaker", "attendee", "witness", "head of delegation")
_SURNAMES = ("Kim", "Lee", "Park", "Choi", "Batbayar", "Enkhbold", "Ganbold", "Smith", "Wang")
_GIVEN = ("Ho-hyeon", "Ji-woo", "Min-jun", "Sereeter", "Oyun", "Bold", "Anna", "Wei", "Hana")
_ORG_WORDS = ("Geological", "Mining", "Resources", "Metals", "Energy", "Industry", "Trade")
_ORG_TAILS = ("Institute", "Corporation", "Agency", "Ministry", "Council", "Company")

_TITLE_PHRASES = {
    EventKind.MEETING: "Meeting on {topic} between {a} and {b}",
    EventKind.COMMITTEE_SESSION: "Joint committee on {topic}, {a} and {b}",
    EventKind.FORUM: "{a}-{b} forum on {topic}",
    EventKind.SIGNING_CEREMONY: "Signing of a memorandum on {topic} by {a} and {b}",
    EventKind.OPENING: "Opening of the {a}-{b} {topic} centre",
    EventKind.VISIT: "Visit of a {a} delegation on {topic} to {b}",
    EventKind.ANNOUNCEMENT: "{a} announces {topic} plans with {b}",
}
_EVENT_KINDS = tuple(_TITLE_PHRASES)


def _decimal_text(rng: random.Random) -> str:
    """A magnitude as sources write them: whole, or with one to three decimals."""
    whole = rng.choice((rng.randint(1, 999), rng.randint(1000, 999_999), rng.randint(1, 99)))
    places = rng.choice((0, 0, 1, 2, 3))
    if places == 0:
        return str(whole)
    fraction = rng.randint(0, 10**places - 1)
    return f"{whole}.{fraction:0{places}d}"


def _day(rng: random.Random, first_year: int, last_year: int) -> PartialDate:
    year = rng.randint(first_year, last_year)
    precision = rng.random()
    if precision < 0.2:
        return PartialDate(year)
    month = rng.randint(1, 12)
    if precision < 0.45:
        return PartialDate(year, month)
    return PartialDate(year, month, rng.randint(1, 28))


class _Builder:
    def __init__(self, n: int, seed: int) -> None:
        self.rng = random.Random(seed)
        support = max(4, n // SUPPORT_RATIO)
        self.n_sources = support
        self.n_orgs = max(4, support // 2)
        self.n_people = max(4, support // 2)
        self.source_ids = [f"src:report-{i:05d}" for i in range(self.n_sources)]
        self.org_ids = [f"org:body-{i:05d}" for i in range(self.n_orgs)]
        self.person_ids = [f"person:delegate-{i:05d}" for i in range(self.n_people)]
        # Every person holds one position, in one organisation.
        self.position_ids = [f"position:delegate-{i:05d}-post" for i in range(self.n_people)]
        self.position_org = [self.rng.randrange(self.n_orgs) for _ in range(self.n_people)]

    # --- supporting records ------------------------------------------------

    def sources(self) -> list[Source]:
        rng = self.rng
        kinds = (SourceKind.NEWS_REPORT, SourceKind.PRESS_RELEASE, SourceKind.GOVERNMENT_REPORT)
        out = []
        for i, source_id in enumerate(self.source_ids):
            # Published after every event, so no event is dated after its report.
            published = PartialDate(2026, rng.randint(1, 3), rng.randint(1, 28))
            out.append(
                Source(
                    id=source_id,
                    title=f"Report {i} on {rng.choice(_TOPICS)} in {rng.choice(_COUNTRIES)}",
                    kind=rng.choice(kinds),
                    publisher=rng.choice((None, "The Korea Herald", "Yonhap", "USGS")),
                    authors=tuple(rng.sample(_SURNAMES, rng.randint(0, 2))),
                    url=f"https://example.org/reports/{i}",
                    published=published,
                    language=rng.choice(("en", "en", "ko", "mn")),
                )
            )
        return out

    def citation(self, phrase: str | None = None) -> Citation:
        rng = self.rng
        source = rng.choice(self.source_ids)
        if phrase is None and rng.random() < 0.5:
            return Citation(source)
        topic = rng.choice(_TOPICS)
        if phrase is None:
            return Citation(source, quotation=f"The two sides discussed {topic}.")
        return Citation(
            source, quotation=f"Officials met on {phrase} to discuss {topic}.", phrase=phrase
        )

    def organisations(self) -> list[Organisation]:
        rng = self.rng
        kinds = tuple(OrganisationKind)
        out = []
        for i, org_id in enumerate(self.org_ids):
            words = f"{rng.choice(_ORG_WORDS)} {rng.choice(_ORG_WORDS)} {rng.choice(_ORG_TAILS)}"
            names = [Name(f"{words} {i}")]
            if rng.random() < 0.3:
                names.append(Name(f"B{i}", kind=NameKind.ABBREVIATION))
            out.append(
                Organisation(
                    id=org_id,
                    names=tuple(names),
                    kind=rng.choice(kinds),
                    jurisdiction=Country(rng.choice(_COUNTRIES)),
                    citations=(self.citation(),),
                )
            )
        return out

    def people(self) -> list[Person]:
        rng = self.rng
        return [
            Person(
                id=person_id,
                names=(Name(f"{rng.choice(_GIVEN)} {rng.choice(_SURNAMES)} {i}"),),
                nationality=Country(rng.choice(_COUNTRIES)),
                citations=(self.citation(),),
            )
            for i, person_id in enumerate(self.person_ids)
        ]

    def positions(self) -> list[Position]:
        rng = self.rng
        return [
            Position(
                id=position_id,
                person=self.person_ids[i],
                organisation=self.org_ids[self.position_org[i]],
                title=rng.choice(("Minister", "Deputy Minister", "President", "Director")),
                since=PartialDate(rng.randint(2010, 2020)),
                citations=(self.citation(),),
            )
            for i, position_id in enumerate(self.position_ids)
        ]

    # --- figures -----------------------------------------------------------

    def figure(self, i: int) -> Figure:
        rng = self.rng
        kind = rng.random()
        minerals = frozenset(
            rng.sample([f"element:{e}" for e in _ELEMENTS], rng.randint(1, 3))
            if rng.random() < 0.85
            else [rng.choice(_OTHER_MINERALS)]
        )
        subject: str | None = f"country:{rng.choice(_COUNTRIES).lower()}"
        if rng.random() < 0.15:
            subject = rng.choice(self.org_ids)
        period: PartialDate | DateRange | None = None
        as_of: PartialDate | None = None
        category = None
        basis = None
        estimated = False
        if kind < 0.55:
            measure = rng.choice(
                (Measure.PRODUCTION, Measure.RESERVES, Measure.RESOURCES, Measure.CAPACITY,
                 Measure.EXPORTS, Measure.IMPORTS)
            )  # fmt: skip
            value: Quantity | Share | Rank | Count = Quantity(
                Decimal(_decimal_text(rng)), rng.choice(_UNITS)
            )
            basis = rng.choice((None, *Basis))
            estimated = rng.random() < 0.2
            if rng.random() < 0.05:
                subject = None  # a world total
        elif kind < 0.75:
            measure = rng.choice((Measure.RESERVES, Measure.PRODUCTION))
            subject = f"country:{rng.choice(_COUNTRIES).lower()}"
            value = Share(
                Decimal(f"{rng.randint(0, 1)}.{rng.randint(1, 99):02d}"),
                of=f"global {rng.choice(_MINERAL_WORDS)} {measure.value}",
            )
        elif kind < 0.9:
            measure = rng.choice((Measure.PRODUCTION, Measure.RESERVES, Measure.EXPORTS))
            value = Rank(
                rng.randint(1, 20),
                of=rng.choice((None, 20, 50)),
                scope=f"largest {rng.choice(('producers', 'holders', 'exporters'))} "
                f"of {rng.choice(_MINERAL_WORDS)}",
            )
        else:
            measure = rng.choice((Measure.COUNT, Measure.DEPOSITS))
            value = Count(
                rng.randint(2, 500),
                approximate=rng.random() < 0.4,
                of=rng.choice(("kinds of mineral deposits", "types of advanced equipment")),
            )
        if measure in (Measure.RESERVES, Measure.RESOURCES):
            if rng.random() < 0.5:
                as_of = _day(rng, 2015, 2025)
            if rng.random() < 0.5:
                category = (
                    rng.choice((ReserveCategory.PROVED, ReserveCategory.PROBABLE))
                    if measure is Measure.RESERVES
                    else rng.choice((ReserveCategory.MEASURED, ReserveCategory.INFERRED))
                )
        elif rng.random() < 0.9:
            year = rng.randint(2010, 2025)
            period = (
                PartialDate(year)
                if rng.random() < 0.8
                else DateRange(PartialDate(year), PartialDate(year + rng.randint(1, 4)))
            )
        return Figure(
            id=f"figure:synthetic-{i:07d}",
            subject=subject,
            measure=measure,
            minerals=minerals,
            value=value,
            basis=basis,
            period=period,
            as_of=as_of,
            category=category,
            estimated=estimated,
            citations=tuple(self.citation() for _ in range(rng.randint(1, 2))),
            notes="Synthetic figure for the benchmark." if rng.random() < 0.1 else None,
        )

    # --- events ------------------------------------------------------------

    def date_claims(self) -> tuple[DateClaim, ...]:
        rng = self.rng
        first = _day(rng, 2015, 2025)
        values: list[PartialDate | QualifiedDate | Deadline | DateRange] = [first]
        roll = rng.random()
        if roll < 0.1:
            values = [QualifiedDate.approximate(first)]
        elif roll < 0.15:
            values = [Deadline(first)]
        elif roll < 0.2:
            values = [DateRange(first, PartialDate(first.year + 1))]
        elif roll < 0.35:
            # Two sources disagree (the January 12 / December 12 kind).
            other = _day(rng, 2015, 2025)
            if other != first:
                values.append(QualifiedDate.uncertain(other) if rng.random() < 0.3 else other)
        return tuple(
            DateClaim(value, tuple(self.citation(str(value)) for _ in range(rng.randint(1, 2))))
            for value in values
        )

    def place(self) -> Place | None:
        rng = self.rng
        roll = rng.random()
        if roll < 0.15:
            return None
        if roll < 0.3:
            return Place(subdivision=Subdivision(rng.choice(_SUBDIVISIONS)))
        return Place(
            country=Country(rng.choice(_COUNTRIES)),
            city=rng.choice(_CITIES),
            venue="Government Complex" if rng.random() < 0.2 else None,
        )

    def participants(self) -> tuple[Participant, ...]:
        rng = self.rng
        people = rng.sample(range(self.n_people), rng.randint(0, min(4, self.n_people)))
        out = [
            Participant(
                party=self.person_ids[person],
                role=rng.choice((None, *_ROLES)),
                position=self.position_ids[person] if rng.random() < 0.5 else None,
            )
            for person in people
        ]
        if rng.random() < 0.3:
            out.append(Participant(party=rng.choice(self.org_ids), role="attendee"))
        return tuple(out)

    def event(self, i: int) -> Event:
        rng = self.rng
        kind = rng.choice(_EVENT_KINDS)
        a, b = rng.sample(_COUNTRIES, 2)
        numbered = kind is EventKind.COMMITTEE_SESSION and rng.random() < 0.7
        return Event(
            id=f"event:synthetic-{i:07d}",
            kind=kind,
            title=_TITLE_PHRASES[kind].format(topic=rng.choice(_TOPICS), a=a, b=b),
            dates=self.date_claims(),
            place=self.place(),
            participants=self.participants(),
            organisers=frozenset(rng.sample(self.org_ids, rng.randint(0, 2))),
            series=rng.choice(self.org_ids) if numbered else None,
            number=rng.randint(1, 12) if numbered else None,
            minerals=frozenset(f"element:{e}" for e in rng.sample(_ELEMENTS, rng.randint(0, 2))),
            citations=tuple(self.citation() for _ in range(rng.randint(1, 3))),
            notes="Synthetic event for the benchmark." if rng.random() < 0.1 else None,
        )


def records(n: int, seed: int = 2025) -> tuple[Record, ...]:
    """The records of a valid dataset with ``n`` figures and events (half each).

    The sources, organisations, people and positions the figures and events
    refer to come first; there are about ``n / SUPPORT_RATIO`` of them more.

    >>> from mineralpact import Dataset
    >>> dataset = Dataset(records(40))
    >>> len(dataset.of_type(Figure)), len(dataset.of_type(Event))
    (20, 20)
    """
    builder = _Builder(n, seed)
    out: list[Record] = [
        *builder.sources(),
        *builder.organisations(),
        *builder.people(),
        *builder.positions(),
    ]
    figures = n // 2
    out.extend(builder.figure(i) for i in range(figures))
    out.extend(builder.event(i) for i in range(n - figures))
    return tuple(out)
