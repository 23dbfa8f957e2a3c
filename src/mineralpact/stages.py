"""The life cycle of an instrument: the stages of an agreement or a law, and its status.

An instrument (an :class:`~mineralpact.agreements.Agreement` or a
:class:`~mineralpact.laws.Law`) goes through stages: it is signed or adopted,
ratified or approved by each party, published, enters into force, is amended,
suspended, expires, is terminated or superseded. Each :class:`Stage` says
which (``kind``), for which party when it concerns one party only
(``party``: Ukraine's ratification), which body acted (``by``: the Verkhovna
Rada), and when, each date as its sources state it:

- ``dates``: when it happened, as reported (one
  :class:`~mineralpact.sources.DateClaim` per distinct date);
- ``scheduled``: the dates a text or a source states in advance (a
  regulation enters into force "on the twentieth day following that of its
  publication");
- ``condition``: a condition not yet reported met, in words (the agreement
  enters into force on the date of the later of the diplomatic notes).

Ukraine's parliament ratified the US–Ukraine agreement on 8 May 2025:

>>> from mineralpact.dates import PartialDate
>>> from mineralpact.sources import Citation, DateClaim
>>> ratified = Stage(
...     kind=StageKind.RATIFIED,
...     party="country:ua",
...     by="org:ua-verkhovna-rada",
...     dates=(DateClaim(PartialDate(2025, 5, 8), (Citation("src:x"),)),),
... )
>>> ratified.date, ratified.reported
(PartialDate(2025, 5, 8), True)

The status of an instrument on a day (:class:`InstrumentStatus`) is read from
its stages by ``status_on``: see :meth:`mineralpact.Agreement.status_on`.
"""

from __future__ import annotations

import enum

import attrs

from mineralpact import _claims, _fields
from mineralpact import _validate as v
from mineralpact._ids import PARTY_PREFIXES
from mineralpact.dates import TemporalValue
from mineralpact.errors import InvalidValueError
from mineralpact.sources import Citation, DateClaim

__all__ = ["InstrumentStatus", "Stage", "StageKind"]

_MAX_CONDITION_LENGTH = 1000


class StageKind(enum.Enum):
    """A stage in the life of an agreement or a law.

    >>> StageKind("in_force")
    <StageKind.IN_FORCE: 'in_force'>
    """

    #: Signed (an agreement's own signing dates are ``Agreement.dates``).
    SIGNED = "signed"
    #: Ratified, usually by one party's parliament.
    RATIFIED = "ratified"
    #: Approved, accepted or otherwise confirmed by a party or a body.
    APPROVED = "approved"
    #: Adopted (a law by its legislature, a regulation by its issuer).
    ADOPTED = "adopted"
    #: Published (in an official journal or gazette).
    PUBLISHED = "published"
    #: In force (entered into force).
    IN_FORCE = "in_force"
    #: Amended: it stays what it was, with changes.
    AMENDED = "amended"
    #: Suspended.
    SUSPENDED = "suspended"
    #: Expired at the end of its term.
    EXPIRED = "expired"
    #: Terminated or repealed.
    TERMINATED = "terminated"
    #: Replaced by another instrument.
    SUPERSEDED = "superseded"


class InstrumentStatus(enum.Enum):
    """Where an agreement or a law stands on a day, as its sources tell.

    The status is the last stage that the sources report as happened by that
    day (an amendment changes no status). ``NOT_CONCLUDED`` is before it was
    signed or adopted; ``UNKNOWN`` where the sources do not tell (see
    :meth:`mineralpact.Agreement.status_on`).

    >>> InstrumentStatus("in_force")
    <InstrumentStatus.IN_FORCE: 'in_force'>
    """

    #: Before it was signed or adopted.
    NOT_CONCLUDED = "not_concluded"
    SIGNED = "signed"
    RATIFIED = "ratified"
    APPROVED = "approved"
    ADOPTED = "adopted"
    PUBLISHED = "published"
    IN_FORCE = "in_force"
    SUSPENDED = "suspended"
    EXPIRED = "expired"
    TERMINATED = "terminated"
    SUPERSEDED = "superseded"
    #: The sources do not tell.
    UNKNOWN = "unknown"


@attrs.frozen(kw_only=True)
class Stage:
    """A stage of an instrument: what happened, for whom, by whom, and when.

    ``kind`` is the :class:`StageKind`; ``party`` the ``org:``, ``country:``
    or ``person:`` id of the one party it concerns (``None``: the instrument
    as a whole); ``by`` the id of the body that acted (a parliament, a
    council). ``dates`` holds the dates on which sources report it happened,
    ``scheduled`` the dates a text or a source gives in advance, each one
    :class:`~mineralpact.sources.DateClaim` per distinct date; ``condition``
    a condition, in words, that no source reports met yet. ``citations`` are
    the sources of the stage itself (of its condition, its party, its body),
    beside those of its dates. A stage says at least one of these: a date, a
    scheduled date or a citation.

    The EU's Critical Raw Materials Act states its own entry into force, and
    a later source reports it:

    >>> from mineralpact.dates import PartialDate
    >>> from mineralpact.sources import Citation, DateClaim
    >>> in_force = Stage(
    ...     kind=StageKind.IN_FORCE,
    ...     scheduled=(DateClaim(PartialDate(2024, 5, 23), (Citation("src:oj"),)),),
    ...     dates=(DateClaim(PartialDate(2024, 5, 23), (Citation("src:eur-lex"),)),),
    ... )
    >>> in_force.scheduled_date, in_force.reported
    (PartialDate(2024, 5, 23), True)

    The US–Ukraine agreement's entry into force is a condition, not a date:

    >>> conditional = Stage(
    ...     kind=StageKind.IN_FORCE,
    ...     condition="on the date of the later of the diplomatic notes",
    ...     citations=(Citation("src:x"),),
    ... )
    >>> conditional.date is None, conditional.reported
    (True, False)
    >>> Stage(kind=StageKind.IN_FORCE)
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidValueError: invalid Stage: 'in_force' (no date and no citation); expected a date, a scheduled date or a citation: the sources that state the stage

    Raises:
        InvalidTypeError: if a field has the wrong type.
        InvalidIdError: if ``party`` or ``by`` is not a party id.
        InvalidValueError: if a date is claimed twice, the condition is blank
            or too long, or the stage has no date and no citation.
    """  # noqa: E501 -- a doctest output line

    kind: StageKind = attrs.field(validator=v.instance_of(StageKind))
    party: str | None = attrs.field(default=None, **_fields.ref(*PARTY_PREFIXES, optional=True))
    by: str | None = attrs.field(default=None, **_fields.ref(*PARTY_PREFIXES, optional=True))
    dates: tuple[DateClaim, ...] = attrs.field(
        default=(), validator=[v.tuple_of(DateClaim), _claims.distinct_values]
    )
    scheduled: tuple[DateClaim, ...] = attrs.field(
        default=(), validator=[v.tuple_of(DateClaim), _claims.distinct_values]
    )
    condition: str | None = attrs.field(
        default=None, validator=v.optional(v.text(max_length=_MAX_CONDITION_LENGTH))
    )
    citations: tuple[Citation, ...] = attrs.field(default=(), **_fields.citations(min_length=0))

    def __attrs_post_init__(self) -> None:
        if not (self.dates or self.scheduled or self.citations):
            raise InvalidValueError(
                "Stage",
                self.kind.value,
                "a date, a scheduled date or a citation: the sources that state the stage",
                reason="no date and no citation",
            )

    @property
    def reported(self) -> bool:
        """Whether a source reports the stage as happened (it has ``dates``)."""
        return bool(self.dates)

    @property
    def date(self) -> TemporalValue | None:
        """The date it happened that every source allows, at its most precise, or ``None``.

        >>> from mineralpact.dates import PartialDate
        >>> from mineralpact.sources import Citation, DateClaim
        >>> Stage(
        ...     kind=StageKind.PUBLISHED,
        ...     dates=(
        ...         DateClaim(PartialDate(2024, 5), (Citation("src:a"),)),
        ...         DateClaim(PartialDate(2024, 5, 3), (Citation("src:b"),)),
        ...     ),
        ... ).date
        PartialDate(2024, 5, 3)
        """
        return _claims.consensus(self.dates)

    @property
    def scheduled_date(self) -> TemporalValue | None:
        """The scheduled date that every source allows, at its most precise, or ``None``."""
        return _claims.consensus(self.scheduled)

    @property
    def disputed(self) -> bool:
        """Whether two sources give dates (or scheduled dates) that cannot both be true."""
        return _claims.disputed(self.dates) or _claims.disputed(self.scheduled)

    references = _fields.references
