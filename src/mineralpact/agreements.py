"""Agreements: memoranda of understanding, contracts, joint statements, treaties.

An :class:`Agreement` records who agreed with whom (its ``parties``), who
signed for them (its :class:`Signatory` entries), when and where, on which
minerals, and on what kind of cooperation (its :class:`Scope`). The dates
its sources give are held as :class:`~mineralpact.sources.DateClaim` entries,
one per distinct date, so that sources which state the date at different
precision, or disagree, are kept side by side.

The government memorandum on rare-metal supply chains is dated "February
2023" by one source and 15 February 2023 by another; the two claims agree,
and the agreement's :attr:`~Agreement.date` is the more precise one:

>>> from mineralpact.codes import Country
>>> from mineralpact.dates import PartialDate
>>> from mineralpact.places import Place
>>> from mineralpact.sources import Citation, DateClaim
>>> korea_net = Citation(
...     "src:korea-net-2025-03-12",
...     quotation="a memorandum of understanding signed in February 2023 by both sides",
...     phrase="February 2023",
... )
>>> yonhap = Citation("src:yonhap-2023-02-15")
>>> mou = Agreement(
...     id="agreement:kr-mn-rare-metals-mou-2023",
...     kind=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
...     title="Memorandum of understanding on rare-metal supply chains",
...     parties=frozenset({"org:kr-motie", "org:mn-mmhi"}),
...     signatories=(
...         Signatory(
...             person="person:park-il-jun",
...             on_behalf_of="org:kr-motie",
...             position="position:park-il-jun-motie-2nd-vice-minister",
...         ),
...         Signatory(person="person:ganbaatar-jambal", on_behalf_of="org:mn-mmhi"),
...     ),
...     dates=(
...         DateClaim(PartialDate(2023, 2), (korea_net,)),
...         DateClaim(PartialDate(2023, 2, 15), (yonhap,)),
...     ),
...     place=Place(venue="Government Complex Seoul", city="Seoul", country=Country("KR")),
...     minerals=frozenset({"list:kr-rare-metals"}),
...     scope=frozenset({Scope.SUPPLY}),
...     citations=(korea_net, yonhap),
... )
>>> mou.date, mou.disputed
(PartialDate(2023, 2, 15), False)
"""

from __future__ import annotations

import datetime
import enum

import attrs

from mineralpact import _claims, _fields, _lifecycle
from mineralpact import _validate as v
from mineralpact._ids import MINERAL_PREFIXES, PARTY_PREFIXES
from mineralpact.dates import PartialDate, TemporalValue
from mineralpact.errors import InvalidIdError, InvalidValueError
from mineralpact.places import Place
from mineralpact.sources import Citation, DateClaim
from mineralpact.stages import InstrumentStatus, Stage, StageKind

__all__ = ["Agreement", "AgreementKind", "Scope", "Signatory"]

_MAX_TITLE_LENGTH = 500

#: The kinds of record that can be a party: organisations, countries, people.
#: The kinds of record that name minerals: elements, groups, commodities, lists.


class AgreementKind(enum.Enum):
    """What kind of instrument an agreement is, as its sources call it.

    >>> AgreementKind("memorandum_of_understanding")
    <AgreementKind.MEMORANDUM_OF_UNDERSTANDING: 'memorandum_of_understanding'>
    """

    MEMORANDUM_OF_UNDERSTANDING = "memorandum_of_understanding"
    AGREEMENT = "agreement"
    CONTRACT = "contract"
    JOINT_STATEMENT = "joint_statement"
    LETTER_OF_INTENT = "letter_of_intent"
    TREATY = "treaty"
    OTHER = "other"


class Scope(enum.Enum):
    """A kind of cooperation: what an agreement, project or facility covers.

    >>> sorted(s.value for s in {Scope.SUPPLY, Scope.DIGITAL_TRANSFORMATION})
    ['digital_transformation', 'supply']
    """

    SUPPLY = "supply"
    EXPLORATION = "exploration"
    DEVELOPMENT = "development"
    PROCESSING = "processing"
    SMELTING_AND_REFINING = "smelting_and_refining"
    RESEARCH_AND_DEVELOPMENT = "research_and_development"
    TECHNOLOGY_TRANSFER = "technology_transfer"
    TRAINING = "training"
    INVESTMENT = "investment"
    INFRASTRUCTURE = "infrastructure"
    DIGITAL_TRANSFORMATION = "digital_transformation"
    DATA_SHARING = "data_sharing"
    FINANCE = "finance"


@attrs.frozen(kw_only=True)
class Signatory:
    """A person who signed an agreement, for whom, and in which position.

    ``person`` is a ``person:`` id; ``on_behalf_of`` the ``org:`` or
    ``country:`` id of the party they signed for (a dataset also accepts an
    organisation under one of the agreement's parties); ``position``, when
    known, the ``position:`` id of the post in which they signed.

    >>> Signatory(
    ...     person="person:ku-hyeon-mo",
    ...     on_behalf_of="org:kt",
    ...     position="position:ku-hyeon-mo-kt-ceo",
    ... ).on_behalf_of
    'org:kt'
    >>> Signatory(person="person:ku-hyeon-mo", on_behalf_of="person:ku-hyeon-mo")
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidIdError: invalid Signatory.on_behalf_of: 'person:ku-hyeon-mo'; expected an id of the form 'country:…' or 'org:…'
    """  # noqa: E501 -- a doctest output line

    person: str = attrs.field(**_fields.ref("person"))
    on_behalf_of: str = attrs.field(**_fields.ref("org", "country"))
    position: str | None = attrs.field(default=None, **_fields.ref("position", optional=True))

    references = _fields.references


@attrs.frozen(kw_only=True)
class Agreement:
    """An agreement between parties, with its signatories, dates, place and scope.

    ``parties`` holds the ids of the parties (``org:``, ``country:`` or
    ``person:``, at least one); ``minerals`` the ids of the minerals it
    covers (``element:``, ``group:``, ``commodity:`` or ``list:``);
    ``dates`` the dates on which its sources say it was signed, one
    :class:`~mineralpact.sources.DateClaim` per distinct date; ``binding``
    is ``None`` when the sources do not say whether it binds; ``follows``
    holds the ids of the agreements it follows up or implements;
    ``establishes`` the ids of what it sets up (a fund or a committee as an
    ``org:``, a centre as a ``facility:``, a ``project:``; a dataset gives
    the reverse link, :meth:`mineralpact.Dataset.established_by`).
    ``stages`` holds the rest of its life cycle as
    :class:`~mineralpact.stages.Stage` entries: ratified or approved by a
    party, in force, amended, suspended, ended (see :meth:`status_on`);
    the signing itself is ``dates``, and a ``SIGNED`` stage is only for one
    party that signed apart.

    The KT memorandum of 26 January 2023:

    >>> from mineralpact.codes import Country
    >>> from mineralpact.dates import PartialDate
    >>> from mineralpact.places import Place
    >>> from mineralpact.sources import Citation, DateClaim
    >>> herald = Citation(
    ...     "src:korea-herald-2023-01-26",
    ...     quotation="KT Corp. said Thursday it has signed a partnership deal",
    ...     phrase="Thursday",
    ... )
    >>> kt_mou = Agreement(
    ...     id="agreement:kt-mn-mmhi-mou-2023",
    ...     kind=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
    ...     title="Memorandum of understanding on mineral resources",
    ...     parties=frozenset({"org:kt", "org:mn-mmhi"}),
    ...     signatories=(
    ...         Signatory(person="person:ku-hyeon-mo", on_behalf_of="org:kt"),
    ...         Signatory(person="person:ganbaatar-jambal", on_behalf_of="org:mn-mmhi"),
    ...     ),
    ...     dates=(DateClaim(PartialDate(2023, 1, 26), (herald,)),),
    ...     place=Place(city="Ulaanbaatar", country=Country("MN")),
    ...     minerals=frozenset({"group:ree"}),
    ...     scope=frozenset({Scope.SUPPLY, Scope.DIGITAL_TRANSFORMATION}),
    ...     citations=(herald,),
    ...     notes="Some 80 kinds of mineral resources, including rare earth elements.",
    ... )
    >>> str(kt_mou.date), kt_mou.binding
    ('2023-01-26', None)

    Records are immutable; ``attrs.evolve`` makes a changed copy:

    >>> import attrs
    >>> attrs.evolve(kt_mou, binding=False).binding
    False

    Raises:
        InvalidTypeError: if a field has the wrong type (a list for a tuple,
            a set for a frozenset, a string for an enum).
        InvalidIdError: if an id is malformed or of the wrong kind, or the
            agreement follows itself.
        InvalidValueError: if there is no party or no citation, a date is
            claimed twice, or a text is blank or too long.
    """

    id: str = attrs.field(**_fields.identifier("agreement"))
    kind: AgreementKind = attrs.field(validator=v.instance_of(AgreementKind))
    title: str | None = attrs.field(
        default=None, **_fields.title(max_length=_MAX_TITLE_LENGTH, optional=True)
    )
    parties: frozenset[str] = attrs.field(**_fields.refs(*PARTY_PREFIXES, min_length=1))
    signatories: tuple[Signatory, ...] = attrs.field(default=(), validator=v.tuple_of(Signatory))
    dates: tuple[DateClaim, ...] = attrs.field(
        default=(), validator=[v.tuple_of(DateClaim), _claims.distinct_values]
    )
    place: Place | None = attrs.field(default=None, validator=v.optional(v.instance_of(Place)))
    minerals: frozenset[str] = attrs.field(default=frozenset(), **_fields.refs(*MINERAL_PREFIXES))
    scope: frozenset[Scope] = attrs.field(default=frozenset(), validator=v.frozenset_of(Scope))
    binding: bool | None = attrs.field(default=None, validator=v.optional(v.instance_of(bool)))
    follows: frozenset[str] = attrs.field(default=frozenset(), **_fields.refs("agreement"))
    establishes: frozenset[str] = attrs.field(default=frozenset(), **_lifecycle.establishes())
    stages: tuple[Stage, ...] = attrs.field(default=(), **_lifecycle.stages())
    citations: tuple[Citation, ...] = attrs.field(**_fields.citations())
    notes: str | None = _fields.notes()

    def __attrs_post_init__(self) -> None:
        if self.id in self.follows:
            raise InvalidIdError(
                "Agreement.follows", self.id, "the id of another agreement than this one"
            )
        for i, stage in enumerate(self.stages):
            if stage.kind is StageKind.SIGNED and stage.party is None:
                raise InvalidValueError(
                    f"Agreement.stages[{i}]",
                    "signed, with no party",
                    "the signing dates of the agreement in Agreement.dates, "
                    "and a SIGNED stage only for one party that signed apart",
                )

    def status_on(
        self, on: datetime.date | PartialDate, *, party: str | None = None
    ) -> InstrumentStatus:
        """Where the agreement stands on a day, as its sources tell; never a guess.

        The status is the last stage that the sources report as happened by
        ``on`` (the signing, from :attr:`dates`, is the first). It is
        ``UNKNOWN`` where the sources do not tell: when a reported date may
        fall either side of the day (sources that disagree on a signing date
        leave both days open), when a stage was scheduled by then and no
        source reports it, or before any reported stage when the signing is
        not dated. An entry into force on a condition that no source reports
        met is not an entry into force. Before the signing it is
        ``NOT_CONCLUDED``. ``on`` is a :class:`datetime.date` or a
        :class:`~mineralpact.dates.PartialDate`; a month or a year gets a
        status only when it holds on each of its days.

        Without a ``party``, only the stages of the agreement as a whole
        count; with one, that party's stages (its ratification) as well.

        The US–Ukraine agreement, signed on 30 April 2025 (or on 1 May, Kyiv
        time), ratified by Ukraine on 8 May, and in force on a condition:

        >>> from mineralpact.dates import PartialDate
        >>> from mineralpact.sources import Citation, DateClaim
        >>> from mineralpact.stages import Stage, StageKind
        >>> agreement = Agreement(
        ...     id="agreement:us-ua-minerals-2025",
        ...     kind=AgreementKind.AGREEMENT,
        ...     parties=frozenset({"country:us", "country:ua"}),
        ...     dates=(
        ...         DateClaim(PartialDate(2025, 4, 30), (Citation("src:a"),)),
        ...         DateClaim(PartialDate(2025, 5, 1), (Citation("src:b"),)),
        ...     ),
        ...     stages=(
        ...         Stage(
        ...             kind=StageKind.RATIFIED,
        ...             party="country:ua",
        ...             dates=(DateClaim(PartialDate(2025, 5, 8), (Citation("src:c"),)),),
        ...         ),
        ...         Stage(
        ...             kind=StageKind.IN_FORCE,
        ...             condition="on the date of the later of the diplomatic notes",
        ...             citations=(Citation("src:a"),),
        ...         ),
        ...     ),
        ...     citations=(Citation("src:a"),),
        ... )
        >>> agreement.status_on(PartialDate(2025, 4, 1)).name
        'NOT_CONCLUDED'
        >>> agreement.status_on(PartialDate(2025, 4, 30)).name  # signed that day, or the next
        'UNKNOWN'
        >>> agreement.status_on(PartialDate(2025, 6, 1)).name
        'SIGNED'
        >>> agreement.status_on(PartialDate(2025, 6, 1), party="country:ua").name
        'RATIFIED'

        Raises:
            InvalidTypeError: if ``on`` is not a date or a PartialDate.
            InvalidIdError: if ``party`` is not a party id.
        """
        return _lifecycle.status_on(
            "Agreement.status_on", on, self.stages, signed=self.dates, party=party
        )

    @property
    def pending(self) -> tuple[Stage, ...]:
        """The stages that no source reports as happened yet: scheduled, or on a condition."""
        return _lifecycle.pending(self.stages)

    @property
    def date(self) -> TemporalValue | None:
        """The most precise signing date that every source allows, or ``None``.

        This is the claimed value whose days all lie within every other
        claim's days. ``None`` when no source dates the agreement, when the
        sources disagree (see :attr:`disputed`), or when the claims overlap
        but none lies within all the others: no date is made up.

        >>> from mineralpact.dates import PartialDate
        >>> from mineralpact.sources import Citation, DateClaim
        >>> signed = Agreement(
        ...     id="agreement:kr-mn-rare-metals-mou-2023",
        ...     kind=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
        ...     parties=frozenset({"org:kr-motie", "org:mn-mmhi"}),
        ...     dates=(
        ...         DateClaim(PartialDate(2023, 2), (Citation("src:korea-net-2025-03-12"),)),
        ...         DateClaim(PartialDate(2023, 2, 15), (Citation("src:yonhap-2023-02-15"),)),
        ...     ),
        ...     citations=(Citation("src:korea-net-2025-03-12"),),
        ... )
        >>> signed.date
        PartialDate(2023, 2, 15)
        """
        return _claims.consensus(self.dates)

    @property
    def disputed(self) -> bool:
        """Whether two of the sources give signing dates that cannot both be true.

        Two dates are compatible when they share a day: ``2023-02`` and
        ``2023-02-15`` are, ``2025-01-12`` and ``2025-12-12`` are not.

        >>> from mineralpact.dates import PartialDate
        >>> from mineralpact.sources import Citation, DateClaim
        >>> Agreement(
        ...     id="agreement:x",
        ...     kind=AgreementKind.AGREEMENT,
        ...     parties=frozenset({"country:kr", "country:mn"}),
        ...     dates=(
        ...         DateClaim(PartialDate(2025, 1, 12), (Citation("src:a"),)),
        ...         DateClaim(PartialDate(2025, 12, 12), (Citation("src:b"),)),
        ...     ),
        ...     citations=(Citation("src:a"),),
        ... ).disputed
        True
        """
        return _claims.disputed(self.dates)

    references = _fields.references
