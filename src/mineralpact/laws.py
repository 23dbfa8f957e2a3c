"""Laws and policies: regulations, acts, directives, decrees, policies and strategies.

A :class:`Law` is an instrument that one issuer adopts for a jurisdiction,
where an :class:`~mineralpact.agreements.Agreement` binds parties. It has an
``issuer`` (an organisation, which may be an international one such as the
European Union, or a country), a ``jurisdiction``, the ``designation`` its
text gives itself ("Regulation (EU) 2024/1252"), and the stages of its life
(adopted, published, in force, amended, repealed), as an agreement has, with
the same :meth:`~Law.status_on`.

The EU's Critical Raw Materials Act:

>>> from mineralpact.dates import PartialDate
>>> from mineralpact.sources import Citation, DateClaim
>>> from mineralpact.stages import Stage, StageKind
>>> oj = Citation("src:x")
>>> crma = Law(
...     id="law:eu-crma",
...     kind=LawKind.REGULATION,
...     title="Critical Raw Materials Act",
...     designation="Regulation (EU) 2024/1252",
...     issuer="org:eu",
...     jurisdiction="org:eu",
...     stages=(
...         Stage(kind=StageKind.ADOPTED, dates=(DateClaim(PartialDate(2024, 4, 11), (oj,)),)),
...         Stage(kind=StageKind.PUBLISHED, dates=(DateClaim(PartialDate(2024, 5, 3), (oj,)),)),
...         Stage(kind=StageKind.IN_FORCE, scheduled=(DateClaim(PartialDate(2024, 5, 23), (oj,)),)),
...     ),
...     citations=(oj,),
... )
>>> crma.status_on(PartialDate(2024, 5, 10)).name
'PUBLISHED'

Its entry into force is only scheduled here: on a later day, the status is
``UNKNOWN`` until a source reports it (see :meth:`Law.status_on`).

>>> crma.status_on(PartialDate(2024, 6, 1)).name
'UNKNOWN'
"""

from __future__ import annotations

import datetime
import enum

import attrs

from mineralpact import _fields, _lifecycle
from mineralpact import _validate as v
from mineralpact._ids import MINERAL_PREFIXES
from mineralpact.codes import Identifier
from mineralpact.dates import PartialDate
from mineralpact.sources import Citation
from mineralpact.stages import InstrumentStatus, Stage

__all__ = ["Law", "LawKind"]

_MAX_TITLE_LENGTH = 500
_MAX_DESIGNATION_LENGTH = 200


class LawKind(enum.Enum):
    """What kind of instrument a law or policy is, as it calls itself.

    >>> LawKind("regulation")
    <LawKind.REGULATION: 'regulation'>
    """

    #: A regulation (the EU's, binding as it stands), or a government regulation.
    REGULATION = "regulation"
    #: A directive, which its jurisdictions transpose.
    DIRECTIVE = "directive"
    #: A decision.
    DECISION = "decision"
    #: An act or statute of a legislature.
    ACT = "act"
    #: A decree or executive order.
    DECREE = "decree"
    #: A policy.
    POLICY = "policy"
    #: A strategy or plan.
    STRATEGY = "strategy"
    #: Anything else.
    OTHER = "other"


@attrs.frozen(kw_only=True)
class Law:
    """A regulation, act, directive, decree, policy or strategy, with its life cycle.

    ``issuer`` is the ``org:`` (or ``country:``) id of who issues it;
    ``jurisdiction`` the ``country:`` or ``org:`` id of where it applies,
    when the sources say; ``designation`` the name its text gives itself
    ("Regulation (EU) 2024/1252"); ``identifiers`` its ids in registers (a
    URL, a Wikidata item); ``minerals`` the mineral ids it concerns;
    ``establishes`` what it sets up (a board as an ``org:``, a centre as a
    ``facility:``, a ``project:``); ``stages`` its life cycle, each a
    :class:`~mineralpact.stages.Stage` (adopted, published, in force,
    amended...). Ids start with ``law:``.

    >>> from mineralpact.sources import Citation
    >>> Law(
    ...     id="law:eu-crma",
    ...     kind=LawKind.REGULATION,
    ...     title="Critical Raw Materials Act",
    ...     issuer="org:eu",
    ...     citations=(Citation("src:x"),),
    ... ).designation is None
    True
    >>> Law(
    ...     id="law:x", kind=LawKind.ACT, title="X", issuer="person:x", citations=(Citation("src:x"),)
    ... )
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidIdError: invalid Law.issuer: 'person:x'; expected an id of the form 'country:…' or 'org:…'

    Raises:
        InvalidTypeError: if a field has the wrong type.
        InvalidIdError: if an id is malformed or names the wrong kind of record.
        InvalidValueError: if a text is blank or too long, or there is no citation.
    """  # noqa: E501 -- doctest lines

    id: str = attrs.field(**_fields.identifier("law"))
    kind: LawKind = attrs.field(validator=v.instance_of(LawKind))
    title: str = attrs.field(**_fields.title(max_length=_MAX_TITLE_LENGTH))
    designation: str | None = attrs.field(
        default=None, validator=v.optional(v.text(max_length=_MAX_DESIGNATION_LENGTH))
    )
    issuer: str = attrs.field(**_fields.ref("org", "country"))
    jurisdiction: str | None = attrs.field(
        default=None, **_fields.ref("country", "org", optional=True)
    )
    identifiers: frozenset[Identifier] = attrs.field(
        default=frozenset(), validator=v.frozenset_of(Identifier)
    )
    minerals: frozenset[str] = attrs.field(default=frozenset(), **_fields.refs(*MINERAL_PREFIXES))
    establishes: frozenset[str] = attrs.field(default=frozenset(), **_lifecycle.establishes())
    stages: tuple[Stage, ...] = attrs.field(default=(), **_lifecycle.stages())
    citations: tuple[Citation, ...] = attrs.field(**_fields.citations())
    notes: str | None = _fields.notes()

    def status_on(
        self, on: datetime.date | PartialDate, *, party: str | None = None
    ) -> InstrumentStatus:
        """Where the law stands on a day, as its sources tell; never a guess.

        The same rule as :meth:`mineralpact.Agreement.status_on`: the last
        stage reported as happened by ``on``; ``NOT_CONCLUDED`` before its
        reported adoption (or signing); ``UNKNOWN`` where the sources do not
        tell, such as after a scheduled entry into force that no source
        reports. ``party`` adds the stages of one party (a member state's
        transposition of a directive).

        >>> from mineralpact.dates import PartialDate
        >>> from mineralpact.sources import Citation, DateClaim
        >>> from mineralpact.stages import Stage, StageKind
        >>> def reported(kind, day):
        ...     return Stage(kind=kind, dates=(DateClaim(day, (Citation("src:x"),)),))
        >>> crma = Law(
        ...     id="law:eu-crma",
        ...     kind=LawKind.REGULATION,
        ...     title="Critical Raw Materials Act",
        ...     issuer="org:eu",
        ...     stages=(
        ...         reported(StageKind.ADOPTED, PartialDate(2024, 4, 11)),
        ...         reported(StageKind.PUBLISHED, PartialDate(2024, 5, 3)),
        ...         reported(StageKind.IN_FORCE, PartialDate(2024, 5, 23)),
        ...     ),
        ...     citations=(Citation("src:x"),),
        ... )
        >>> [crma.status_on(PartialDate(2024, m, 1)).name for m in (1, 5, 6)]
        ['NOT_CONCLUDED', 'ADOPTED', 'IN_FORCE']
        >>> crma.status_on(PartialDate(2024, 5)).name  # adopted, published, in force that month
        'UNKNOWN'
        """
        return _lifecycle.status_on("Law.status_on", on, self.stages, party=party)

    @property
    def pending(self) -> tuple[Stage, ...]:
        """The stages that no source reports as happened yet: scheduled, or on a condition."""
        return _lifecycle.pending(self.stages)

    references = _fields.references
