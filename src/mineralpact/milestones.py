"""Milestones: what was planned for a project, facility or agreement, and what happened.

A :class:`Milestone` keeps the plan and the outcome side by side, each as its
sources state it: the planned dates or deadlines (``planned``) and the dates
on which it happened (``actual``), one :class:`~mineralpact.sources.DateClaim`
per distinct value. Sources that disagree are both kept: Korea's
Rare Metal Cooperation Center was to open "in November" 2025 (The Korea
Times), opened on 2025-12-12 (KIGAM, Yonhap), or "on January 12" (Seoul
Economic Daily).

>>> from mineralpact.dates import PartialDate
>>> from mineralpact.sources import Citation, DateClaim
>>> opening = Milestone(
...     id="milestone:kr-mn-rare-metal-center-opening",
...     subject="facility:kr-mn-rare-metal-cooperation-center",
...     kind=MilestoneKind.OPENING,
...     description="The Korea-Mongolia Rare Metal Cooperation Center opens",
...     planned=(
...         DateClaim(
...             PartialDate(2025, 11),
...             (Citation("src:korea-times-2025-09-22", phrase="in November"),),
...         ),
...     ),
...     actual=(
...         DateClaim(PartialDate(2025, 12, 12), (Citation("src:yonhap-2025-12-11"),)),
...         DateClaim(
...             PartialDate(2025, 1, 12),
...             (Citation("src:sedaily-2025-12-15", phrase="January 12"),),
...         ),
...     ),
...     status=MilestoneStatus.MET,
...     citations=(Citation("src:kigam-2025-12-12"),),
... )
>>> opening.planned_date
PartialDate(2025, 11)
>>> opening.disputed, opening.actual_date is None, opening.on_time() is None
(True, True, True)
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable

import attrs

from mineralpact import _claims, _fields
from mineralpact import _validate as v
from mineralpact.dates import TemporalValue
from mineralpact.sources import Citation, DateClaim

__all__ = ["Milestone", "MilestoneKind", "MilestoneStatus", "Plan"]

_SUBJECT_PREFIXES = ("project", "facility", "agreement")
_MAX_DESCRIPTION_LENGTH = 1000


class MilestoneStatus(enum.Enum):
    """Where a milestone stands, as its sources tell.

    The status says whether the milestone was reached, not whether it was
    reached on time: a centre that opened a month late is MET, and
    :meth:`Milestone.on_time` tells that it was late.

    >>> MilestoneStatus("partially_met")
    <MilestoneStatus.PARTIALLY_MET: 'partially_met'>
    """

    #: Planned, and not (yet) known to be reached.
    PLANNED = "planned"
    #: Reached, on time or not.
    MET = "met"
    #: Not reached by its planned date, or abandoned.
    MISSED = "missed"
    #: Reached in part (some of the equipment installed).
    PARTIALLY_MET = "partially_met"
    #: The sources do not tell.
    UNKNOWN = "unknown"


class MilestoneKind(enum.Enum):
    """What a milestone is about.

    >>> MilestoneKind("equipment_installed")
    <MilestoneKind.EQUIPMENT_INSTALLED: 'equipment_installed'>
    """

    #: Equipment and materials are installed.
    EQUIPMENT_INSTALLED = "equipment_installed"
    #: A facility opens.
    OPENING = "opening"
    #: A facility is fully operational.
    FULLY_OPERATIONAL = "fully_operational"
    #: Research (or a line of research) begins.
    RESEARCH_BEGINS = "research_begins"
    #: Construction begins, or is done.
    CONSTRUCTION = "construction"
    #: An agreement is signed.
    SIGNING = "signing"
    #: Anything else.
    OTHER = "other"


@attrs.frozen(kw_only=True)
class Milestone:
    """A planned step of a project, facility or agreement, with its plan and outcome.

    ``subject`` is the id of what the milestone belongs to (``project:``,
    ``facility:`` or ``agreement:``). ``planned`` holds the planned dates
    or deadlines as each source states them (``Deadline(PartialDate(2025,
    11))`` for "by November", ``PartialDate(2025, 11)`` for "in November");
    ``actual`` holds the dates on which it happened. Each is a tuple of
    :class:`~mineralpact.sources.DateClaim`, one per distinct value, so that
    sources that disagree are kept side by side. ``status`` is the
    milestone's state as the sources tell (see :class:`MilestoneStatus`).
    Ids start with ``milestone:``.

    The equipment of the rare-metal centre, to be installed "by November"
    (Korea.net, March 2025):

    >>> from mineralpact.dates import Deadline, PartialDate
    >>> from mineralpact.sources import Citation, DateClaim
    >>> cite = Citation(
    ...     "src:korea-net-2025-03-12",
    ...     quotation="Their plan is to install by November equipment and materials",
    ...     phrase="by November",
    ... )
    >>> equipment = Milestone(
    ...     id="milestone:kr-mn-rare-metal-center-equipment",
    ...     subject="facility:kr-mn-rare-metal-cooperation-center",
    ...     kind=MilestoneKind.EQUIPMENT_INSTALLED,
    ...     description="Equipment and materials installed at the centre",
    ...     planned=(DateClaim(Deadline(PartialDate(2025, 11)), (cite,)),),
    ...     status=MilestoneStatus.PLANNED,
    ...     citations=(cite,),
    ... )
    >>> str(equipment.planned_date)
    '../2025-11'
    >>> equipment.actual_date is None
    True
    >>> Milestone(
    ...     id="milestone:x",
    ...     subject="org:kigam",
    ...     kind=MilestoneKind.OTHER,
    ...     description="x",
    ...     citations=(cite,),
    ... )
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidIdError: invalid Milestone.subject: 'org:kigam'; ...

    Raises:
        InvalidTypeError: if a field has the wrong type (a list for a tuple).
        InvalidValueError: if the description is blank or too long, or there
            are no citations.
        InvalidIdError: if an id is malformed or names the wrong kind of record.
    """

    id: str = attrs.field(**_fields.identifier("milestone"))
    subject: str = attrs.field(**_fields.ref(*_SUBJECT_PREFIXES))
    kind: MilestoneKind = attrs.field(validator=v.instance_of(MilestoneKind))
    description: str = attrs.field(validator=v.text(max_length=_MAX_DESCRIPTION_LENGTH))
    planned: tuple[DateClaim, ...] = attrs.field(default=(), validator=v.tuple_of(DateClaim))
    actual: tuple[DateClaim, ...] = attrs.field(default=(), validator=v.tuple_of(DateClaim))
    status: MilestoneStatus = attrs.field(
        default=MilestoneStatus.UNKNOWN, validator=v.instance_of(MilestoneStatus)
    )
    citations: tuple[Citation, ...] = attrs.field(**_fields.citations())
    notes: str | None = _fields.notes()

    @property
    def planned_date(self) -> TemporalValue | None:
        """The planned date all sources allow, at its most precise, or ``None``.

        "By November" and "in November" agree on November:

        >>> from mineralpact.dates import Deadline, PartialDate
        >>> from mineralpact.sources import Citation, DateClaim
        >>> milestone = Milestone(
        ...     id="milestone:kr-mn-rare-metal-center-opening",
        ...     subject="facility:kr-mn-rare-metal-cooperation-center",
        ...     kind=MilestoneKind.OPENING,
        ...     description="The centre opens",
        ...     planned=(
        ...         DateClaim(Deadline(PartialDate(2025, 11)), (Citation("src:a"),)),
        ...         DateClaim(PartialDate(2025, 11), (Citation("src:b"),)),
        ...     ),
        ...     citations=(Citation("src:a"),),
        ... )
        >>> milestone.planned_date
        PartialDate(2025, 11)

        ``None`` when there is no plan, when the sources disagree, or when no
        stated value lies within all the others (a value no source states is
        never made up).
        """
        return _claims.consensus(self.planned)

    @property
    def actual_date(self) -> TemporalValue | None:
        """The date it happened that all sources allow, at its most precise, or ``None``.

        >>> from mineralpact.dates import PartialDate
        >>> from mineralpact.sources import Citation, DateClaim
        >>> milestone = Milestone(
        ...     id="milestone:kr-mn-rare-metal-center-opening",
        ...     subject="facility:kr-mn-rare-metal-cooperation-center",
        ...     kind=MilestoneKind.OPENING,
        ...     description="The centre opens",
        ...     actual=(
        ...         DateClaim(PartialDate(2025, 12), (Citation("src:a"),)),
        ...         DateClaim(PartialDate(2025, 12, 12), (Citation("src:b"),)),
        ...     ),
        ...     citations=(Citation("src:a"),),
        ... )
        >>> milestone.actual_date
        PartialDate(2025, 12, 12)
        """
        return _claims.consensus(self.actual)

    @property
    def disputed(self) -> bool:
        """Whether two sources give incompatible planned dates, or incompatible actual dates.

        A plan and an outcome that differ are not a dispute (a late opening
        is not a contradiction); see :meth:`on_time` for that.

        >>> from mineralpact.dates import PartialDate
        >>> from mineralpact.sources import Citation, DateClaim
        >>> late = Milestone(
        ...     id="milestone:kr-mn-rare-metal-center-opening",
        ...     subject="facility:kr-mn-rare-metal-cooperation-center",
        ...     kind=MilestoneKind.OPENING,
        ...     description="The centre opens",
        ...     planned=(DateClaim(PartialDate(2025, 11), (Citation("src:a"),)),),
        ...     actual=(DateClaim(PartialDate(2025, 12, 12), (Citation("src:b"),)),),
        ...     citations=(Citation("src:a"),),
        ... )
        >>> late.disputed
        False
        """
        return _claims.disputed(self.planned) or _claims.disputed(self.actual)

    def plan_history(self, published: Callable[[str], TemporalValue | None]) -> tuple[Plan, ...]:
        """The plans as of each source's date, oldest first; see :class:`Plan`.

        A milestone does not hold its sources, so *published* gives the
        publication date of a source id (``None`` when it is not known).
        :meth:`mineralpact.Dataset.plan_history` passes the dataset's sources.

        >>> from mineralpact.dates import PartialDate
        >>> from mineralpact.sources import Citation, DateClaim
        >>> opening = Milestone(
        ...     id="milestone:centre-opening",
        ...     subject="facility:kr-mn-rare-metal-centre",
        ...     kind=MilestoneKind.OPENING,
        ...     description="The centre opens",
        ...     planned=(
        ...         DateClaim(PartialDate(2025, 11), (Citation("src:korea-times"),)),
        ...         DateClaim(PartialDate(2025, 12, 12), (Citation("src:yonhap"),)),
        ...     ),
        ...     citations=(Citation("src:yonhap"),),
        ... )
        >>> dates = {"src:korea-times": PartialDate(2025, 9, 22), "src:yonhap": PartialDate(2025, 12, 11)}
        >>> for plan in opening.plan_history(dates.get):
        ...     print(plan.value, "as of", plan.as_of, "superseded" if plan.superseded else "")
        2025-11 as of 2025-09-22 superseded
        2025-12-12 as of 2025-12-11
        """  # noqa: E501 -- a doctest line
        return _plan_history(self.id, self.planned, published)

    def on_time(self) -> bool | None:
        """Whether it happened no later than planned: ``True``, ``False`` or ``None``.

        Compares :attr:`actual_date` with :attr:`planned_date`. ``True``
        when every day the actual date may stand for is no later than the
        last day the plan allows (an opening planned "in November" that
        happened on 2025-11-20, or in October); ``False`` when the actual
        date is certainly later (2025-12-12); ``None`` when the precision of
        the dates does not allow telling, or either date is missing or
        disputed.

        >>> from mineralpact.dates import Deadline, PartialDate
        >>> from mineralpact.sources import Citation, DateClaim
        >>> def opening(planned, actual):
        ...     return Milestone(
        ...         id="milestone:kr-mn-rare-metal-center-opening",
        ...         subject="facility:kr-mn-rare-metal-cooperation-center",
        ...         kind=MilestoneKind.OPENING,
        ...         description="The centre opens",
        ...         planned=(DateClaim(planned, (Citation("src:a"),)),),
        ...         actual=(DateClaim(actual, (Citation("src:b"),)),),
        ...         citations=(Citation("src:a"),),
        ...     )
        >>> opening(PartialDate(2025, 11), PartialDate(2025, 12, 12)).on_time()
        False
        >>> opening(Deadline(PartialDate(2025, 11)), PartialDate(2025, 11, 20)).on_time()
        True
        >>> opening(PartialDate(2025, 11), PartialDate(2025)).on_time() is None
        True
        """
        planned, actual = self.planned_date, self.actual_date
        if planned is None or actual is None:
            return None
        _, plan_last = _claims.bounds(planned)
        actual_first, actual_last = _claims.bounds(actual)
        if plan_last is None or (actual_last is not None and actual_last <= plan_last):
            return True
        if actual_first is not None and actual_first > plan_last:
            return False
        return None

    references = _fields.references


@attrs.frozen(kw_only=True)
class Plan:
    """A milestone's plan as stated as of one date: the date its sources were published.

    A plan is true as of the day it is stated: The Korea Times planned the
    centre's opening "in November" as of 22 September 2025, Yonhap planned it
    for 12 December as of 11 December. The later plan *revises* the earlier
    one; it does not contradict it. ``as_of`` is the publication date of the
    sources in ``citations`` (all published on that date), or ``None`` when
    it is not known. A plan is ``superseded`` when another plan of the same
    milestone is stated as of a date certainly later than its own, and
    ``disputed`` when another plan, stated as of a date that cannot be told
    apart from its own (the as-of dates overlap, or either is unknown), gives
    a date that cannot also be true. Only disputed plans are disagreements.

    :meth:`Milestone.plan_history` and :meth:`mineralpact.Dataset.plan_history`
    give the plans of a milestone, oldest first.

    >>> from mineralpact.dates import PartialDate
    >>> from mineralpact.sources import Citation
    >>> plan = Plan(
    ...     milestone="milestone:centre-opening",
    ...     value=PartialDate(2025, 11),
    ...     as_of=PartialDate(2025, 9, 22),
    ...     citations=(Citation("src:korea-times-2025-09-22", phrase="in November"),),
    ...     superseded=True,
    ... )
    >>> print(plan)
    2025-11 as of 2025-09-22 (superseded)  [src:korea-times-2025-09-22]
    """

    milestone: str
    value: TemporalValue
    as_of: TemporalValue | None
    citations: tuple[Citation, ...]
    superseded: bool = False
    disputed: bool = False

    @property
    def sources(self) -> frozenset[str]:
        """The ids of the sources that state this plan as of :attr:`as_of`.

        >>> from mineralpact.dates import PartialDate
        >>> from mineralpact.sources import Citation
        >>> Plan(
        ...     milestone="milestone:x",
        ...     value=PartialDate(2025, 11),
        ...     as_of=None,
        ...     citations=(Citation("src:a"),),
        ... ).sources
        frozenset({'src:a'})
        """
        return frozenset(c.source for c in self.citations)

    def __str__(self) -> str:
        as_of = "an unknown date" if self.as_of is None else str(self.as_of)
        marks = [
            m for m, on in (("superseded", self.superseded), ("disputed", self.disputed)) if on
        ]
        mark = f" ({', '.join(marks)})" if marks else ""
        return f"{self.value} as of {as_of}{mark}  [{', '.join(sorted(self.sources))}]"


def _plan_history(
    milestone: str,
    claims: Iterable[DateClaim],
    published: Callable[[str], TemporalValue | None],
) -> tuple[Plan, ...]:
    """One :class:`Plan` per planned value and publication date, oldest first."""
    groups: dict[tuple[TemporalValue, TemporalValue | None], list[Citation]] = {}
    for claim in claims:
        for citation in claim.citations:
            groups.setdefault((claim.value, published(citation.source)), []).append(citation)
    keys = list(groups)

    def superseded(key: tuple[TemporalValue, TemporalValue | None]) -> bool:
        return any(_claims.before(key[1], other[1]) for other in keys)

    def disputed(key: tuple[TemporalValue, TemporalValue | None]) -> bool:
        return any(
            _claims.same_time(key[1], other[1]) and not _claims.compatible(key[0], other[0])
            for other in keys
        )

    plans = [
        Plan(
            milestone=milestone,
            value=value,
            as_of=as_of,
            citations=tuple(groups[value, as_of]),
            superseded=superseded((value, as_of)),
            disputed=disputed((value, as_of)),
        )
        for value, as_of in keys
    ]
    plans.sort(
        key=lambda p: (p.as_of is None, p.as_of.sort_key if p.as_of else (), p.value.sort_key)
    )
    return tuple(plans)
