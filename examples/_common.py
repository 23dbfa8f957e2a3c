"""What the example scripts share: the parties' fixed facts, and small helpers.

Each example states what one report says, through mineralpact's public API.
The facts about a party that do not depend on any one report (what kind of
body it is, its country, the body it belongs to) are fixed here, so that every
report's statements about, say, KIGAM combine into one record when the
reports are merged; the names, titles and dates each report gives are stated
by the examples themselves, each with its citation.

So are the ids of what several reports speak of (the centre, the committee,
the memoranda), and the small constructors and printers that every script
would otherwise write again: a post, a party named once, a date backed by
further sentences, a signing's participants, who holds which post, a timeline.
"""

from __future__ import annotations

from mineralpact import (
    Agreement,
    Citation,
    Country,
    Dataset,
    DateClaim,
    Event,
    Facility,
    Figure,
    Identifier,
    Milestone,
    Name,
    NameKind,
    Organisation,
    OrganisationKind,
    PartialDate,
    Participant,
    Person,
    Place,
    Position,
    Project,
    Record,
    Signatory,
    Source,
    Tense,
    resolve_date,
)

KR, MN = Country("KR"), Country("MN")

#: The places where the reports' signings and meetings were held.
SEOUL = Place(country=KR, city="Seoul")
ULAANBAATAR = Place(country=MN, city="Ulaanbaatar")

#: The ids of what several reports speak of, so that their statements about it
#: combine into one record when the reports are merged.
KT_MOU = "agreement:kt-mn-mou-2023"
GOVERNMENT_MOU = "agreement:kr-mn-rare-metals-mou-2023"
COOPERATION = "agreement:kr-mn-rare-metals-cooperation-2025"
COMMITTEE = "org:kr-mn-rare-metals-committee"
CENTRE = "facility:kr-mn-rare-metal-centre"
ODA_PROJECT = "project:rare-metal-centre-oda"

#: The scope of Mongolia's rank among molybdenum producers, as every report states it.
MOLYBDENUM_PRODUCERS = "largest producers of molybdenum"

#: The note of Mongolia's molybdenum rank, the same wherever the undated rank is stated.
MO_RANK_NOTE = (
    "The reports give no year for the rank, so the figure has no period or date; "
    "USGS ranks Mongolia 8th in 2024 and 2025, and reports of early 2023 said 9th."
)

#: The fixed facts of each organisation: kind, jurisdiction, parent.
ORGANISATIONS: dict[str, tuple[OrganisationKind, Country | None, str | None]] = {
    "org:kr-government": (OrganisationKind.GOVERNMENT, KR, None),
    "org:mn-government": (OrganisationKind.GOVERNMENT, MN, None),
    "org:motie": (OrganisationKind.MINISTRY, KR, "org:kr-government"),
    "org:kr-mofa": (OrganisationKind.MINISTRY, KR, "org:kr-government"),
    "org:mn-mofa": (OrganisationKind.MINISTRY, MN, "org:mn-government"),
    "org:mn-mining-ministry": (OrganisationKind.MINISTRY, MN, "org:mn-government"),
    "org:mn-digital-ministry": (OrganisationKind.MINISTRY, MN, "org:mn-government"),
    "org:mn-economy-ministry": (OrganisationKind.MINISTRY, MN, "org:mn-government"),
    "org:kigam": (OrganisationKind.RESEARCH_INSTITUTE, KR, None),
    "org:komir": (OrganisationKind.STATE_OWNED_ENTERPRISE, KR, None),
    "org:ketep": (OrganisationKind.AGENCY, KR, "org:motie"),
    "org:kiat": (OrganisationKind.AGENCY, KR, "org:motie"),
    "org:gcra": (OrganisationKind.RESEARCH_INSTITUTE, MN, None),
    "org:mn-ngs": (OrganisationKind.AGENCY, MN, None),
    "org:kt": (OrganisationKind.COMPANY, KR, None),
    "org:erdenes-mongol": (OrganisationKind.STATE_OWNED_ENTERPRISE, MN, None),
    "org:samsung-cnt": (OrganisationKind.COMPANY, KR, None),
    "org:mn-embassy-seoul": (OrganisationKind.GOVERNMENT, MN, "org:mn-mofa"),
    COMMITTEE: (OrganisationKind.COMMITTEE, None, None),
    "org:usgs": (OrganisationKind.AGENCY, Country("US"), None),
}

#: The identifiers of organisations, where they have well-known ones.
IDENTIFIERS: dict[str, frozenset[Identifier]] = {
    "org:kt": frozenset({Identifier.parse("sec_cik:0000892450")}),
}

#: The fixed facts of each person: nationality.
PEOPLE: dict[str, Country] = {
    "person:ku-hyeon-mo": KR,
    "person:ganbaatar-jambal": MN,
    "person:uchral-nyam-osor": MN,
    "person:lee-ho-hyeon": KR,
    "person:sereeter-javkhlanbaatar": MN,
    "person:damdinnyam-gongor": MN,
    "person:jeon-ho-seok": KR,
    "person:park-il-jun": KR,
    "person:kang-kyung-sung": KR,
    "person:oyun-erdene": MN,
    "person:han-duck-soo": KR,
    "person:park-jin": KR,
    "person:battsetseg": MN,
}


def cite(source: Source, quotation: str | None = None, phrase: str | None = None) -> Citation:
    """A citation of ``source``: a short quotation and the phrase as written."""
    return Citation(source.id, quotation=quotation, phrase=phrase)


def claim(source: Source, phrase: str, quotation: str, *, tense: Tense = Tense.PAST) -> DateClaim:
    """The date a report gives as ``phrase``, resolved against its publication date.

    The phrase is kept as written in the citation; the date is never typed
    in by hand.
    """
    if source.published is None:
        raise ValueError(f"{source.id} has no publication date to resolve {phrase!r} against")
    resolved = resolve_date(phrase, source.published, tense=tense)
    return DateClaim(resolved.value, (cite(source, quotation, phrase),))


def corroborated(date: DateClaim, *citations: Citation) -> DateClaim:
    """The same date, cited also by ``citations``: sentences that support it without a phrase."""
    return DateClaim(date.value, (*date.citations, *citations))


def organisation(org_id: str, *names: Name, citations: tuple[Citation, ...]) -> Organisation:
    """A report's statement about an organisation: the names it uses for it."""
    kind, jurisdiction, parent = ORGANISATIONS[org_id]
    return Organisation(
        id=org_id,
        names=names,
        kind=kind,
        jurisdiction=jurisdiction,
        parent=parent,
        identifiers=IDENTIFIERS.get(org_id, frozenset()),
        citations=citations,
    )


def person(person_id: str, *names: Name, citations: tuple[Citation, ...]) -> Person:
    """A report's statement about a person: the names it uses for them."""
    return Person(id=person_id, names=names, nationality=PEOPLE[person_id], citations=citations)


def heading(text: str) -> None:
    """Print a blank line, then ``text``: the start of a section of a script's output."""
    print()
    print(text)


def show_posts(data: Dataset, title: str = "Who is who, as the report gives it:") -> None:
    """Print who holds which post, one line a position, under ``title``.

    Each line names the holder and the organisation as the dataset names them,
    and the post's first day where it is known.
    """
    heading(title)
    for post in data.of_type(Position):
        holder, body = data.get(post.person), data.get(post.organisation)
        assert isinstance(holder, Person)
        assert isinstance(body, Organisation)
        since = f" (since {post.since})" if post.since is not None else ""
        print(f"  {holder.name}: {post.title}, {body.name}{since}")


def show_timeline(data: Dataset, title: str = "Timeline:") -> None:
    """Print the dataset's timeline, one line a dated entry, under ``title``."""
    heading(title)
    for entry in data.timeline():
        print(f"  {entry}")


def named_organisation(
    org_id: str,
    text: str,
    *citations: Citation,
    kind: NameKind = NameKind.OFFICIAL,
    abbreviation: str | None = None,
    attested: tuple[DateClaim, ...] = (),
) -> Organisation:
    """An organisation a report names ``text`` (and ``abbreviation``) where it speaks of it.

    The names and the statement itself cite the same words; ``attested`` is
    the day the report speaks of, on which the name was in use.
    """
    names = [Name(text, kind=kind, citations=citations, attested=attested)]
    if abbreviation is not None:
        names.append(
            Name(abbreviation, kind=NameKind.ABBREVIATION, citations=citations, attested=attested)
        )
    return organisation(org_id, *names, citations=citations)


def named_person(person_id: str, text: str, *citations: Citation) -> Person:
    """A person a report names ``text`` where it speaks of them.

    The name and the statement itself cite the same words.
    """
    return person(person_id, Name(text, citations=citations), citations=citations)


def post(
    position_id: str,
    holder: str,
    org_id: str,
    title: str,
    *citations: Citation,
    since: PartialDate | None = None,
    attested: tuple[DateClaim, ...] = (),
) -> Position:
    """The post ``title`` that the person ``holder`` holds at ``org_id``, as ``citations`` state.

    ``attested`` holds the day the report speaks of, on which the post was held.
    """
    return Position(
        id=position_id,
        person=holder,
        organisation=org_id,
        title=title,
        since=since,
        citations=citations,
        attested=attested,
    )


def signing(*signatories: Signatory) -> tuple[Participant, ...]:
    """The signatories of an agreement, as participants of the ceremony where they sign it."""
    return tuple(
        Participant(party=s.person, role="signatory", position=s.position) for s in signatories
    )


def show(data: Dataset) -> None:
    """Print what a dataset states, one line a fact, each with its sources."""
    for record in data.records:
        cited = getattr(record, "citations", ())
        sources = ", ".join(sorted({c.source for c in cited}))
        print(f"{record.id}  [{sources}]" if sources else record.id)
        for line in _describe(record):
            print(f"    {line}")


def _describe(record: Record) -> list[str]:
    if isinstance(record, Source):
        return [f"{record.title} ({record.publisher or 'unknown publisher'}, {record.published})"]
    if isinstance(record, (Organisation, Person)):
        return [f"{n.text} ({n.kind.value})" for n in record.names]
    if isinstance(record, Position):
        return [f"{record.person} is {record.title} at {record.organisation}"]
    if isinstance(record, (Agreement, Event)):
        lines = [record.title or record.kind.value.replace("_", " ")]
        lines += [f"on {c.value} ({_phrases(c)})" for c in record.dates]
        return lines
    if isinstance(record, Milestone):
        lines = [f"{record.description} [{record.status.value}]"]
        lines += [f"planned {c.value} ({_phrases(c)})" for c in record.planned]
        lines += [f"actual {c.value} ({_phrases(c)})" for c in record.actual]
        return lines
    if isinstance(record, Figure):
        what = record.value if record.value is not None else record.description
        minerals = ", ".join(sorted(record.minerals))
        return [f"{record.measure.value} of {minerals or 'minerals'}: {what}"]
    if isinstance(record, (Project, Facility)):
        return [record.title if isinstance(record, Project) else record.name.text]
    return []


def _phrases(claim: DateClaim) -> str:
    return "; ".join(f"{c.source}: {c.phrase!r}" if c.phrase else c.source for c in claim.citations)
