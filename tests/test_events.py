"""Events and participants: the seed texts' meetings, appointments and openings, refused fields."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given

from mineralpact.codes import Country
from mineralpact.dates import Deadline, PartialDate
from mineralpact.errors import InvalidIdError, InvalidTypeError, InvalidValueError
from mineralpact.events import Event, EventKind, Participant
from mineralpact.places import Place
from mineralpact.sources import Citation, DateClaim
from mineralpact.strategies import events, participants
from test_agreements import resolve

HERALD = "src:korea-herald-2023-01-26"
KOREA_NET = "src:korea-net-2025-03-12"
TIMES = "src:korea-times-2025-09-22"
SEDAILY = "src:sedaily-2025-12-15"
YONHAP = "src:yonhap-2025-12-11"
MOFA = "src:kr-mofa-2023-11-20"

COMMITTEE = "org:kr-mn-rare-metals-joint-committee"
GOVERNMENT_MOU = "agreement:kr-mn-rare-metals-mou-2023"


def _day(year: int, month: int, day: int, *citations: Citation) -> DateClaim:
    return DateClaim(PartialDate(year, month, day), citations)


def cto_appointment() -> Event:
    """Ku Hyeon-mo named Mongolia's chief technology officer (seed 000)."""
    cite = Citation(
        HERALD,
        quotation="after being appointed as Mongolia's chief technology officer in "
        "Ulaanbaatar, Thursday",
        phrase="Thursday",
    )
    return Event(
        id="event:ku-hyeon-mo-mn-cto-appointment",
        kind=EventKind.APPOINTMENT,
        title="Ku Hyeon-mo appointed Mongolia's chief technology officer",
        dates=(_day(2023, 1, 26, cite),),
        place=Place(city="Ulaanbaatar", country=Country("MN")),
        participants=(
            Participant(
                party="person:ku-hyeon-mo",
                role="appointee",
                position="position:ku-hyeon-mo-kt-ceo",
            ),
            Participant(
                party="person:uchral-nyam-osor",
                role="attendee",
                position="position:uchral-nyam-osor-mddc",
            ),
        ),
        organisers=frozenset({"org:mn-government"}),
        subjects=frozenset({"position:ku-hyeon-mo-mn-cto"}),
        citations=(cite,),
    )


def first_committee() -> Event:
    """The 1st joint committee, 2023-11-20 at Mongolia's foreign ministry."""
    cite = Citation(
        KOREA_NET,
        quotation="the first talks on Nov. 20, 2023, at the Mongolian Ministry of Foreign "
        "Affairs in Ulaanbaatar",
        phrase="Nov. 20, 2023",
    )
    return Event(
        id="event:kr-mn-joint-committee-1",
        kind=EventKind.COMMITTEE_SESSION,
        title="1st Korea-Mongolia Rare Metals Cooperation Joint Committee",
        dates=(_day(2023, 11, 20, cite, Citation(MOFA)),),
        place=Place(
            venue="Ministry of Foreign Affairs of Mongolia",
            city="Ulaanbaatar",
            country=Country("MN"),
        ),
        participants=(
            Participant(party="person:lee-ho-hyeon", role="co-chair"),
            Participant(party="person:ganbaatar-jambal", role="co-chair"),
        ),
        series=COMMITTEE,
        number=1,
        agreements=frozenset({GOVERNMENT_MOU}),
        citations=(cite, Citation(MOFA)),
    )


def second_committee() -> Event:
    """The 2nd joint committee, 2025-03-12 in Seoul (seeds 001 and 003)."""
    cite = Citation(
        KOREA_NET,
        quotation="The ministry announced this on March 12 after hosting the second meeting",
        phrase="March 12",
    )
    return Event(
        id="event:kr-mn-joint-committee-2",
        kind=EventKind.COMMITTEE_SESSION,
        title="2nd Korea-Mongolia Rare Metals Cooperation Joint Committee",
        dates=(_day(2025, 3, 12, cite),),
        place=Place(city="Seoul", country=Country("KR")),
        participants=(
            Participant(
                party="person:lee-ho-hyeon",
                role="head of the Korean side",
                position="position:lee-ho-hyeon-motie-deputy-minister",
            ),
            Participant(party="person:sereeter-javkhlanbaatar", role="head of the Mongolian side"),
            Participant(party="org:ngs", role="attendee"),
            Participant(party="org:gcra", role="attendee"),
        ),
        organisers=frozenset({"org:kr-motie"}),
        series=COMMITTEE,
        number=2,
        agreements=frozenset({GOVERNMENT_MOU}),
        subjects=frozenset({"facility:kr-mn-rare-metal-center"}),
        minerals=frozenset({"list:kr-rare-metals", "element:mo", "element:sn"}),
        citations=(cite,),
    )


def forum() -> Event:
    """The Mongolia-Korea Critical Minerals & Mining Investment Forum 2025 (seed 002)."""
    cite = Citation(
        TIMES,
        quotation="Korea's Ministry of Trade, Industry and Energy Monday called for deeper "
        "cooperation",
        phrase="Monday",
    )
    return Event(
        id="event:mn-kr-critical-minerals-forum-2025",
        kind=EventKind.FORUM,
        title="Mongolia-Korea Critical Minerals & Mining Investment Forum 2025",
        dates=(_day(2025, 9, 22, cite),),
        place=Place(city="Seoul", country=Country("KR")),
        participants=(
            Participant(party="person:lee-ho-hyeon", role="speaker"),
            Participant(party="person:uchral-nyam-osor", role="speaker"),
            Participant(party="person:damdinnyam-gongor", role="speaker"),
        ),
        agreements=frozenset(
            {
                "agreement:erdenes-mongol-komir-mou-2025",
                "agreement:erdenes-mongol-samsung-c-and-t-mou-2025",
            }
        ),
        citations=(cite,),
    )


def centre_opening() -> Event:
    """The opening of the rare-metal centre: 2025-12-12 against "January 12" (seed 004)."""
    sedaily = Citation(
        SEDAILY,
        quotation="it opened the Korea-Mongolia Rare Metal Cooperation Center at the "
        "Geological Central Research Academy (GCRA) in Ulaanbaatar on January 12",
        phrase="January 12",
    )
    return Event(
        id="event:kr-mn-rare-metal-center-opening",
        kind=EventKind.OPENING,
        title="Opening of the Korea-Mongolia Rare Metal Cooperation Center",
        dates=(_day(2025, 12, 12, Citation(YONHAP)), _day(2025, 1, 12, sedaily)),
        place=Place(city="Ulaanbaatar", country=Country("MN")),
        organisers=frozenset({"org:kigam"}),
        subjects=frozenset({"facility:kr-mn-rare-metal-center"}),
        citations=(Citation(YONHAP), sedaily),
    )


def new_recovery_policy() -> Event:
    """Mongolia's government passes the New Recovery Policy in December 2021 (seed 000)."""
    cite = Citation(
        HERALD,
        quotation="In December 2021, the Mongolian government passed its new recovery policy",
        phrase="December 2021",
    )
    return Event(
        id="event:mn-new-recovery-policy-adoption",
        kind=EventKind.POLICY_ADOPTION,
        title="Mongolia's government passes the New Recovery Policy, part of Vision 2050",
        dates=(DateClaim(PartialDate(2021, 12), (cite,)),),
        organisers=frozenset({"org:mn-government"}),
        citations=(cite,),
    )


def digital_department() -> Event:
    """A digital development department established "in May last year" (seed 000)."""
    cite = Citation(
        HERALD,
        quotation="The country also established a digital development department in May last year",
        phrase="May last year",
    )
    return Event(
        id="event:mn-digital-development-department-established",
        kind=EventKind.OPENING,
        title="Mongolia establishes a digital development department",
        dates=(DateClaim(PartialDate(2022, 5), (cite,)),),
        organisers=frozenset({"country:mn"}),
        citations=(cite,),
    )


# --- enums ---------------------------------------------------------------------------


@pytest.mark.parametrize("member", list(EventKind))
def test_event_kind_values_are_the_lower_cased_names(member: EventKind) -> None:
    assert member.value == member.name.lower()
    assert EventKind(member.value) is member


# --- Participant ---------------------------------------------------------------------


def test_participant() -> None:
    lee = Participant(
        party="person:lee-ho-hyeon",
        role="co-chair",
        position="position:lee-ho-hyeon-motie-deputy-minister",
    )
    assert lee.role == "co-chair"
    assert list(lee.references()) == [
        ("party", "person:lee-ho-hyeon"),
        ("position", "position:lee-ho-hyeon-motie-deputy-minister"),
    ]
    bare = Participant(party="country:mn")
    assert (bare.role, bare.position) == (None, None)
    assert list(bare.references()) == [("party", "country:mn")]


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("party", "agreement:x", InvalidIdError),
        ("party", "position:x", InvalidIdError),
        ("party", "Lee Ho-hyeon", InvalidIdError),
        ("party", None, InvalidTypeError),
        ("role", "", InvalidValueError),
        ("role", "x" * 101, InvalidValueError),
        ("role", 1, InvalidTypeError),
        ("position", "person:x", InvalidIdError),
        ("position", 1, InvalidTypeError),
    ],
)
def test_participant_refuses(field: str, value: object, error: type[Exception]) -> None:
    fields: dict[str, Any] = {"party": "person:x", field: value}
    with pytest.raises(error) as info:
        Participant(**fields)
    assert getattr(info.value, "what", None) == f"Participant.{field}"


def test_participant_is_a_frozen_value() -> None:
    a = Participant(party="org:gcra", role="attendee")
    assert a == Participant(party="org:gcra", role="attendee")
    assert hash(a) == hash(Participant(party="org:gcra", role="attendee"))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.role = "host"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Participant("org:gcra")  # type: ignore[call-arg]


# --- Event: the seed facts -----------------------------------------------------------


def test_cto_appointment() -> None:
    event = cto_appointment()
    assert event.kind is EventKind.APPOINTMENT
    assert event.date == PartialDate(2023, 1, 26)
    assert event.participants[0].role == "appointee"
    assert event.subjects == {"position:ku-hyeon-mo-mn-cto"}
    assert event.number is None
    assert event.ordinal is None


def test_numbered_committee_sessions() -> None:
    first, second = first_committee(), second_committee()
    assert (first.ordinal, second.ordinal) == ("1st", "2nd")
    assert first.series == second.series == COMMITTEE
    assert first.date == PartialDate(2023, 11, 20)
    assert first.dates[0].sources == {KOREA_NET, MOFA}
    assert {p.role for p in first.participants} == {"co-chair"}
    assert second.date == PartialDate(2025, 3, 12)
    assert str(second.place) == "Seoul, KR"
    # Both follow up the February 2023 memorandum.
    assert GOVERNMENT_MOU in first.agreements & second.agreements


def test_forum_where_memoranda_were_signed() -> None:
    event = forum()
    assert event.kind is EventKind.FORUM
    assert event.date == PartialDate(2025, 9, 22)
    assert len(event.agreements) == 2
    assert event.organisers == frozenset()


def test_centre_opening_dates_disagree() -> None:
    event = centre_opening()
    assert event.disputed
    assert event.date is None
    assert [str(c.value) for c in event.dates] == ["2025-12-12", "2025-01-12"]
    assert event.dates[1].citations[0].phrase == "January 12"


def test_policy_adoption_and_department_known_to_the_month() -> None:
    assert new_recovery_policy().date == PartialDate(2021, 12)
    assert digital_department().date == PartialDate(2022, 5)
    assert not new_recovery_policy().disputed


def test_a_deadline_and_a_later_date_are_disputed() -> None:
    """Seed 002's "in November" as planned against the actual day is a dispute, if one event."""
    event = attrs.evolve(
        centre_opening(),
        dates=(
            DateClaim(Deadline(PartialDate(2025, 11)), (Citation(TIMES),)),
            _day(2025, 12, 12, Citation(YONHAP)),
        ),
    )
    assert event.disputed


def test_minimal_event_has_the_documented_defaults() -> None:
    event = Event(
        id="event:x", kind=EventKind.OTHER, title="Something", citations=(Citation("src:a"),)
    )
    assert (event.dates, event.place, event.participants, event.organisers) == (
        (),
        None,
        (),
        frozenset(),
    )
    assert (event.series, event.number, event.agreements, event.subjects, event.minerals) == (
        None,
        None,
        frozenset(),
        frozenset(),
        frozenset(),
    )
    assert (event.notes, event.date, event.disputed, event.ordinal) == (None, None, False, None)


@pytest.mark.parametrize(
    ("number", "ordinal"),
    [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (4, "4th"),
        (10, "10th"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (21, "21st"),
        (22, "22nd"),
        (23, "23rd"),
        (101, "101st"),
        (111, "111th"),
        (112, "112th"),
        (1013, "1013th"),
    ],
)
def test_ordinal(number: int, ordinal: str) -> None:
    assert attrs.evolve(second_committee(), number=number).ordinal == ordinal


# --- Event: refused fields -----------------------------------------------------------


def _fields() -> dict[str, Any]:
    return {f.name: getattr(second_committee(), f.name) for f in attrs.fields(Event)}


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("id", "agreement:x", InvalidIdError),
        ("id", "event:Second", InvalidIdError),
        ("id", 2, InvalidTypeError),
        ("kind", "committee_session", InvalidTypeError),
        ("kind", None, InvalidTypeError),
        ("title", "", InvalidValueError),
        ("title", "x" * 501, InvalidValueError),
        ("title", None, InvalidTypeError),
        ("dates", [], InvalidTypeError),
        ("dates", (PartialDate(2025, 3, 12),), InvalidTypeError),
        (
            "dates",
            (_day(2025, 3, 12, Citation("src:a")), _day(2025, 3, 12, Citation("src:b"))),
            InvalidValueError,
        ),
        ("place", "Seoul", InvalidTypeError),
        ("participants", [], InvalidTypeError),
        ("participants", ("person:lee-ho-hyeon",), InvalidTypeError),
        ("organisers", frozenset({"group:ree"}), InvalidIdError),
        ("organisers", {"org:kr-motie"}, InvalidTypeError),
        ("series", "event:kr-mn-joint-committee-1", InvalidIdError),
        ("series", "person:x", InvalidIdError),
        ("series", 1, InvalidTypeError),
        ("number", 0, InvalidValueError),
        ("number", -2, InvalidValueError),
        ("number", "2", InvalidTypeError),
        ("number", 2.0, InvalidTypeError),
        ("number", True, InvalidTypeError),
        ("agreements", frozenset({"event:x"}), InvalidIdError),
        ("agreements", (GOVERNMENT_MOU,), InvalidTypeError),
        ("subjects", frozenset({"not an id"}), InvalidIdError),
        ("subjects", frozenset({1}), InvalidTypeError),
        ("minerals", frozenset({"org:kigam"}), InvalidIdError),
        ("minerals", frozenset({"element:Mo"}), InvalidIdError),
        ("citations", (), InvalidValueError),
        ("citations", (KOREA_NET,), InvalidTypeError),
        ("notes", " ", InvalidValueError),
        ("notes", "x" * 2001, InvalidValueError),
    ],
)
def test_event_refuses(field: str, value: object, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        Event(**{**_fields(), field: value})
    assert getattr(info.value, "what", "").startswith(f"Event.{field}")


@pytest.mark.parametrize("field", ["id", "kind", "title", "citations"])
def test_event_requires(field: str) -> None:
    fields = _fields()
    del fields[field]
    with pytest.raises(TypeError, match=field):
        Event(**fields)


# --- Event: a value ------------------------------------------------------------------


def test_event_is_frozen() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        second_committee().number = 3  # type: ignore[misc]


def test_event_equality_hash_and_evolve() -> None:
    assert second_committee() == second_committee()
    assert hash(second_committee()) == hash(second_committee())
    assert len({first_committee(), second_committee(), second_committee()}) == 2
    third = attrs.evolve(second_committee(), id="event:kr-mn-joint-committee-3", number=3)
    assert third.ordinal == "3rd"
    assert second_committee().number == 2
    with pytest.raises(InvalidValueError):
        attrs.evolve(third, number=0)


def test_event_references_every_id_with_its_path() -> None:
    event = attrs.evolve(
        second_committee(),
        dates=(_day(2025, 3, 12, Citation(KOREA_NET), Citation("src:asia-review")),),
    )
    assert list(event.references()) == [
        ("participants[0].party", "person:lee-ho-hyeon"),
        ("participants[0].position", "position:lee-ho-hyeon-motie-deputy-minister"),
        ("participants[1].party", "person:sereeter-javkhlanbaatar"),
        ("participants[2].party", "org:ngs"),
        ("participants[3].party", "org:gcra"),
        ("organisers[0]", "org:kr-motie"),
        ("series", COMMITTEE),
        ("agreements[0]", GOVERNMENT_MOU),
        ("subjects[0]", "facility:kr-mn-rare-metal-center"),
        ("minerals[0]", "element:mo"),
        ("minerals[1]", "element:sn"),
        ("minerals[2]", "list:kr-rare-metals"),
        ("dates[0].citations[0].source", KOREA_NET),
        ("dates[0].citations[1].source", "src:asia-review"),
        ("citations[0].source", KOREA_NET),
    ]


# --- properties ----------------------------------------------------------------------


@given(events())
def test_generated_events_are_hashable_values(event: Event) -> None:
    copy = attrs.evolve(event)
    assert copy == event
    assert hash(copy) == hash(event)
    retitled = attrs.evolve(event, title="Another title")
    assert retitled.title == "Another title"
    assert attrs.evolve(retitled, title=event.title) == event
    assert (event.ordinal is None) is (event.number is None)
    if event.disputed:
        assert event.date is None


@given(events())
def test_every_event_reference_path_leads_to_its_id(event: Event) -> None:
    refs = list(event.references())
    for path, ref in refs:
        assert resolve(event, path) == ref
    expected = (
        sum(2 if p.position else 1 for p in event.participants)
        + len(event.organisers)
        + (event.series is not None)
        + len(event.agreements)
        + len(event.subjects)
        + len(event.minerals)
        + sum(len(c.citations) for c in event.dates)
        + len(event.citations)
    )
    assert len(refs) == expected


@given(participants())
def test_generated_participants(participant: Participant) -> None:
    assert hash(participant) == hash(attrs.evolve(participant))
    for path, ref in participant.references():
        assert getattr(participant, path) == ref
