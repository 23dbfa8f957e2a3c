"""What agreements and laws share: their stages, what they establish, and their status on a day.

An :class:`~mineralpact.agreements.Agreement` and a
:class:`~mineralpact.laws.Law` both hold a tuple of
:class:`~mineralpact.stages.Stage` and the ids of what they establish; the
field declarations and the reading of a status are here, once.

The status on a day is the last stage that the sources report as happened by
that day. Every reported stage stands for the days its date claims cover (all
of them when the claims disagree: the stage happened on one of them).

* A stage *done* by the day is one whose last possible day is no later than
  the day. A stage that may or may not have happened by then (its dates
  straddle the day) makes the status ``UNKNOWN``.
* Among the done stages, the last are those that no other done stage is
  certainly after. If they all give one status, that is the status; if
  they only overlap and all belong to the rising part of a life cycle
  (signed or adopted, then ratified or approved, published, in force), the
  furthest along is; otherwise the status is ``UNKNOWN``. An amendment
  changes no status.
* No stage done, none straddling: ``NOT_CONCLUDED`` if the instrument's
  signing or adoption is reported after the day, ``UNKNOWN`` otherwise.
* A stage that no source reports but that a source *scheduled* by the day
  (and not before the last done stage) makes the status ``UNKNOWN``: the
  text said it would change, and no source says whether it did. A stage
  with only a condition changes nothing: a condition that no source reports
  met is not met, as far as the sources tell.

With a ``party``, the stages of that party count as well as those of the
instrument as a whole; without one, only the latter.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

import attrs

from mineralpact import _fields
from mineralpact import _validate as v
from mineralpact._ids import check_id
from mineralpact.dates import PartialDate
from mineralpact.errors import InvalidTypeError
from mineralpact.sources import DateClaim
from mineralpact.stages import InstrumentStatus, Stage, StageKind

__all__ = [
    "ESTABLISHED_PREFIXES",
    "establishes",
    "pending",
    "stages",
    "status_on",
]

#: The kinds of record an instrument establishes: a fund or a committee, a
#: centre, a project.
ESTABLISHED_PREFIXES = ("org", "facility", "project")

#: The status each kind of stage leads to (an amendment changes none).
_STATUS: dict[StageKind, InstrumentStatus | None] = {
    kind: None if kind is StageKind.AMENDED else InstrumentStatus(kind.value) for kind in StageKind
}
#: How far along the rising part of a life cycle each status is.
_RISING = {
    InstrumentStatus.SIGNED: 0,
    InstrumentStatus.ADOPTED: 0,
    InstrumentStatus.APPROVED: 1,
    InstrumentStatus.RATIFIED: 1,
    InstrumentStatus.PUBLISHED: 2,
    InstrumentStatus.IN_FORCE: 3,
}
_CONCLUSIONS = frozenset({StageKind.SIGNED, StageKind.ADOPTED})


def stages() -> dict[str, Any]:
    """The arguments of an instrument's ``stages`` field (its default is written beside)."""
    return {"validator": v.tuple_of(Stage)}


def establishes() -> dict[str, Any]:
    """The arguments of an instrument's ``establishes`` field: ids of what it sets up."""
    return _fields.refs(*ESTABLISHED_PREFIXES)


def pending(all_stages: Iterable[Stage]) -> tuple[Stage, ...]:
    """The stages that no source reports as happened: scheduled, or conditional."""
    return tuple(stage for stage in all_stages if not stage.reported)


@attrs.frozen
class _Span:
    """A stage that sources report: its status and the days it may have happened on."""

    kind: StageKind
    first: datetime.date | None
    last: datetime.date | None

    def before(self, other: _Span) -> bool:
        return self.last is not None and other.first is not None and self.last < other.first


def _span(kind: StageKind, claims: tuple[DateClaim, ...]) -> _Span:
    firsts = [c.value.earliest for c in claims]
    lasts = [c.value.latest for c in claims]
    first = None if None in firsts else min(d for d in firsts if d is not None)
    last = None if None in lasts else max(d for d in lasts if d is not None)
    return _Span(kind, first, last)


def _day(what: str, on: object) -> tuple[datetime.date, datetime.date]:
    """The first and last day of ``on``: a date, or a PartialDate at any precision."""
    if isinstance(on, datetime.datetime) or not isinstance(on, (datetime.date, PartialDate)):
        raise InvalidTypeError(what, on, "a datetime.date or a PartialDate")
    if isinstance(on, PartialDate):
        first, last = on.earliest, on.latest
        # A PartialDate has both.
        assert first is not None
        assert last is not None
        return first, last
    return on, on


def status_on(
    what: str,
    on: object,
    all_stages: tuple[Stage, ...],
    *,
    signed: tuple[DateClaim, ...] = (),
    party: str | None = None,
) -> InstrumentStatus:
    """The status of an instrument on ``on`` (see the module's docstring).

    ``signed`` are the instrument's own signing dates (an agreement's
    ``dates``); ``what`` names the method in errors.
    """
    first, last = _day(f"{what} on", on)
    if party is not None:
        check_id(f"{what} party", party, ("org", "country", "person"))
    relevant = [s for s in all_stages if s.party is None or s.party == party]
    known = [_span(s.kind, s.dates) for s in relevant if s.reported]
    if signed:
        known.append(_span(StageKind.SIGNED, signed))
    due = [_span(s.kind, s.scheduled) for s in relevant if not s.reported and s.scheduled]
    # The status can change only on a day where a span starts or ends: it
    # holds for every day of ``on`` when it is the same on each such day.
    # (A span changes it on its first day, when it may have happened, and on
    # its last, when it has.)
    turns = {first}
    for span in (*known, *due):
        for day in (span.first, span.last):
            if day is not None and first < day <= last:
                turns.add(day)
    statuses = {_status_on_day(day, known, due) for day in turns}
    return statuses.pop() if len(statuses) == 1 else InstrumentStatus.UNKNOWN


def _status_on_day(day: datetime.date, known: list[_Span], due: list[_Span]) -> InstrumentStatus:
    moving = [s for s in known if _STATUS[s.kind] is not None]
    done = [s for s in moving if s.last is not None and s.last <= day]
    if any(s not in done and (s.first is None or s.first <= day) for s in moving):
        return InstrumentStatus.UNKNOWN  # may or may not have happened by then
    if not done:
        concluded_later = any(
            s.kind in _CONCLUSIONS and s.first is not None and s.first > day for s in known
        )
        overdue = any(_STATUS[s.kind] and (s.first is None or s.first <= day) for s in due)
        if concluded_later and not overdue:
            return InstrumentStatus.NOT_CONCLUDED
        return InstrumentStatus.UNKNOWN
    latest = [s for s in done if not any(s.before(other) for other in done)]
    for scheduled in due:
        if (
            _STATUS[scheduled.kind] is not None
            and (scheduled.first is None or scheduled.first <= day)
            and not all(scheduled.before(s) for s in latest)
        ):
            return InstrumentStatus.UNKNOWN  # due by then, and no source says it happened
    found = {_STATUS[s.kind] for s in latest}
    if len(found) == 1:
        status = found.pop()
        assert status is not None
        return status
    if all(status in _RISING for status in found):
        ranks = sorted((_RISING[s], s.value) for s in found if s is not None)
        if ranks[-1][0] != ranks[-2][0]:
            return InstrumentStatus(ranks[-1][1])
    return InstrumentStatus.UNKNOWN
