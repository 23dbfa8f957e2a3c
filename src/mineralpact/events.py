"""Events: meetings, committee sessions, forums, signings, appointments, openings.

An :class:`Event` records something that happened (or was announced) on a
date, at a place, with :class:`Participant` entries that say who took part
and in which role. A numbered session of a standing body names the body in
``series`` and its number in ``number`` (the 2nd joint committee). Related
agreements (signed at the event, or followed up by it) and the records the
event is about (the position an appointment confers, the facility an
opening opens) are held by id.

Like an agreement's, an event's dates are one
:class:`~mineralpact.sources.DateClaim` per distinct date its sources give,
so that a disagreement stays visible. The Korea–Mongolia Rare Metal
Cooperation Center opened on 12 December 2025 according to Yonhap and KIGAM,
but "on January 12" according to the Seoul Economic Daily:

>>> from mineralpact.codes import Country
>>> from mineralpact.dates import PartialDate
>>> from mineralpact.places import Place
>>> from mineralpact.sources import Citation, DateClaim
>>> yonhap = Citation("src:yonhap-2025-12-11")
>>> sedaily = Citation(
...     "src:sedaily-2025-12-15",
...     quotation="opened the Korea-Mongolia Rare Metal Cooperation Center"
...     " at the Geological Central Research Academy (GCRA) in Ulaanbaatar on January 12",
...     phrase="January 12",
... )
>>> opening = Event(
...     id="event:kr-mn-rare-metal-center-opening",
...     kind=EventKind.OPENING,
...     title="Opening of the Korea-Mongolia Rare Metal Cooperation Center",
...     dates=(
...         DateClaim(PartialDate(2025, 12, 12), (yonhap,)),
...         DateClaim(PartialDate(2025, 1, 12), (sedaily,)),
...     ),
...     place=Place(city="Ulaanbaatar", country=Country("MN")),
...     organisers=frozenset({"org:kigam"}),
...     subjects=frozenset({"facility:kr-mn-rare-metal-center"}),
...     citations=(yonhap, sedaily),
... )
>>> opening.disputed, opening.date
(True, None)
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from mineralpact import _claims, _fields
from mineralpact import _validate as v
from mineralpact._ids import MINERAL_PREFIXES, PARTY_PREFIXES
from mineralpact.dates import TemporalValue
from mineralpact.errors import InvalidValueError
from mineralpact.places import Place
from mineralpact.quantities import MAX_WHOLE
from mineralpact.sources import Citation, DateClaim

__all__ = ["Event", "EventKind", "Participant"]

_MAX_TITLE_LENGTH = 500
_MAX_ROLE_LENGTH = 100


class EventKind(enum.Enum):
    """What kind of event it is.

    >>> EventKind("committee_session")
    <EventKind.COMMITTEE_SESSION: 'committee_session'>
    """

    MEETING = "meeting"
    COMMITTEE_SESSION = "committee_session"
    FORUM = "forum"
    SIGNING_CEREMONY = "signing_ceremony"
    APPOINTMENT = "appointment"
    OPENING = "opening"
    POLICY_ADOPTION = "policy_adoption"
    ANNOUNCEMENT = "announcement"
    VISIT = "visit"
    OTHER = "other"


@attrs.frozen(kw_only=True)
class Participant:
    """A party that took part in an event, in which role and position.

    ``party`` is a ``person:``, ``org:`` or ``country:`` id. ``role`` is the
    part they played, in a word or two as the sources put it (``"co-chair"``,
    ``"host"``, ``"speaker"``, ``"appointee"``, ``"witness"``); ``position``
    is the ``position:`` id of the post in which they took part.

    >>> Participant(
    ...     party="person:lee-ho-hyeon",
    ...     role="co-chair",
    ...     position="position:lee-ho-hyeon-motie-deputy-minister",
    ... ).role
    'co-chair'
    >>> Participant(party="person:lee-ho-hyeon", role=" ")
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidValueError: invalid Participant.role: ' '; expected a non-blank string
    """

    party: str = attrs.field(**_fields.ref(*PARTY_PREFIXES))
    role: str | None = attrs.field(
        default=None, validator=v.optional(v.text(max_length=_MAX_ROLE_LENGTH))
    )
    position: str | None = attrs.field(default=None, **_fields.ref("position", optional=True))

    references = _fields.references


def _check_number(instance: object, attribute: Any, value: int | None) -> None:
    # At most MAX_WHOLE, as ranks and counts: whatever is built is read back
    # (the readers refuse integers of more than Limits.max_int_digits digits).
    if value is not None and not 1 <= value <= MAX_WHOLE:
        raise InvalidValueError(
            f"{type(instance).__name__}.{attribute.name}",
            value if value < 1 else f"a number of more than {len(str(MAX_WHOLE))} digits",
            f"a session number from 1 to {MAX_WHOLE:,} (1 for the 1st session)",
        )


def _ordinal(number: int) -> str:
    """``1st``, ``2nd``, ``3rd``, ``4th``, ``11th``, ``21st``, ``112th``."""
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


@attrs.frozen(kw_only=True)
class Event:
    """Something that happened on a date: a meeting, session, forum, appointment, opening.

    ``participants`` says who took part and how; ``organisers`` holds the
    ids of the parties that held it. A numbered session names the body
    whose sessions these are in ``series`` (an ``org:`` id) and its number
    in ``number`` (1 or more). ``agreements`` holds the ids of related
    agreements (signed at the event, or followed up by it); ``subjects``
    the ids of any records the event is about (the position an
    appointment confers, the facility an opening opens, the project it
    launches); ``minerals`` the ids of the minerals it concerns.

    The second meeting of the joint committee, a follow-up of the February
    2023 memorandum:

    >>> from mineralpact.codes import Country
    >>> from mineralpact.dates import PartialDate
    >>> from mineralpact.places import Place
    >>> from mineralpact.sources import Citation, DateClaim
    >>> korea_net = Citation(
    ...     "src:korea-net-2025-03-12",
    ...     quotation="The ministry announced this on March 12 after hosting the second meeting",
    ...     phrase="March 12",
    ... )
    >>> second = Event(
    ...     id="event:kr-mn-joint-committee-2",
    ...     kind=EventKind.COMMITTEE_SESSION,
    ...     title="2nd meeting of the Korea-Mongolia Rare Metals Cooperation Joint Committee",
    ...     dates=(DateClaim(PartialDate(2025, 3, 12), (korea_net,)),),
    ...     place=Place(city="Seoul", country=Country("KR")),
    ...     participants=(
    ...         Participant(party="person:lee-ho-hyeon", role="head of the Korean side"),
    ...         Participant(party="person:sereeter-javkhlanbaatar", role="head of the Mongolian side"),
    ...         Participant(party="org:gcra", role="attendee"),
    ...     ),
    ...     organisers=frozenset({"org:kr-motie"}),
    ...     series="org:kr-mn-rare-metals-joint-committee",
    ...     number=2,
    ...     agreements=frozenset({"agreement:kr-mn-rare-metals-mou-2023"}),
    ...     citations=(korea_net,),
    ... )
    >>> second.ordinal, str(second.date)
    ('2nd', '2025-03-12')

    Raises:
        InvalidTypeError: if a field has the wrong type (a list for a tuple,
            a set for a frozenset, a string for an enum or a number).
        InvalidIdError: if an id is malformed or of the wrong kind.
        InvalidValueError: if there is no citation, a date is claimed twice,
            the number is below 1, or a text is blank or too long.
    """  # noqa: E501 -- a doctest input line

    id: str = attrs.field(**_fields.identifier("event"))
    kind: EventKind = attrs.field(validator=v.instance_of(EventKind))
    title: str = attrs.field(**_fields.title(max_length=_MAX_TITLE_LENGTH))
    dates: tuple[DateClaim, ...] = attrs.field(
        default=(), validator=[v.tuple_of(DateClaim), _claims.distinct_values]
    )
    place: Place | None = attrs.field(default=None, validator=v.optional(v.instance_of(Place)))
    participants: tuple[Participant, ...] = attrs.field(
        default=(), validator=v.tuple_of(Participant)
    )
    organisers: frozenset[str] = attrs.field(default=frozenset(), **_fields.refs(*PARTY_PREFIXES))
    series: str | None = attrs.field(default=None, **_fields.ref("org", optional=True))
    number: int | None = attrs.field(
        default=None, validator=[v.optional(v.instance_of(int)), _check_number]
    )
    agreements: frozenset[str] = attrs.field(default=frozenset(), **_fields.refs("agreement"))
    subjects: frozenset[str] = attrs.field(default=frozenset(), **_fields.refs())
    minerals: frozenset[str] = attrs.field(default=frozenset(), **_fields.refs(*MINERAL_PREFIXES))
    citations: tuple[Citation, ...] = attrs.field(**_fields.citations())
    notes: str | None = _fields.notes()

    @property
    def date(self) -> TemporalValue | None:
        """The most precise date that every source allows, or ``None``.

        ``None`` when no source dates the event, when the sources disagree
        (see :attr:`disputed`), or when no stated date lies within all the
        others.

        >>> from mineralpact.dates import PartialDate
        >>> from mineralpact.sources import Citation, DateClaim
        >>> policy = Event(
        ...     id="event:mn-new-recovery-policy-adoption",
        ...     kind=EventKind.POLICY_ADOPTION,
        ...     title="Mongolia's government passes the New Recovery Policy",
        ...     dates=(
        ...         DateClaim(
        ...             PartialDate(2021, 12),
        ...             (Citation("src:korea-herald-2023-01-26", phrase="December 2021"),),
        ...         ),
        ...     ),
        ...     citations=(Citation("src:korea-herald-2023-01-26"),),
        ... )
        >>> policy.date
        PartialDate(2021, 12)
        """
        return _claims.consensus(self.dates)

    @property
    def disputed(self) -> bool:
        """Whether two of the sources give dates that cannot both be true.

        >>> from mineralpact.dates import PartialDate
        >>> from mineralpact.sources import Citation, DateClaim
        >>> Event(
        ...     id="event:x",
        ...     kind=EventKind.MEETING,
        ...     title="A meeting",
        ...     dates=(DateClaim(PartialDate(2023, 11, 20), (Citation("src:a"),)),),
        ...     citations=(Citation("src:a"),),
        ... ).disputed
        False
        """
        return _claims.disputed(self.dates)

    @property
    def ordinal(self) -> str | None:
        """The session number as an English ordinal (``"2nd"``), or ``None`` if unnumbered.

        >>> from mineralpact.sources import Citation
        >>> first = Event(
        ...     id="event:kr-mn-joint-committee-1",
        ...     kind=EventKind.COMMITTEE_SESSION,
        ...     title="1st Korea-Mongolia Rare Metals Cooperation Joint Committee",
        ...     series="org:kr-mn-rare-metals-joint-committee",
        ...     number=1,
        ...     citations=(Citation("src:korea-net-2025-03-12"),),
        ... )
        >>> first.ordinal
        '1st'
        """
        return None if self.number is None else _ordinal(self.number)

    references = _fields.references
