r"""The dataset's checks across records: references, signatories, dates, shares.

A :class:`~mineralpact.dataset.Dataset` runs these once it has indexed its
records by id; each check yields :class:`~mineralpact.errors.Problem`\ s with
the path of the value at fault.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, cast

from mineralpact import _fields
from mineralpact import minerals as _minerals
from mineralpact._decimal import exact_sum
from mineralpact._decimal import text as decimal_text
from mineralpact._ids import MINERAL_PREFIXES, id_prefix
from mineralpact.agreements import Agreement
from mineralpact.codes import Country
from mineralpact.dates import Comparison, PartialDate, TemporalValue
from mineralpact.errors import InvalidCodeError, InvalidValueError, Problem, Severity
from mineralpact.events import Event, EventKind
from mineralpact.figures import Figure, FigureKey
from mineralpact.laws import Law
from mineralpact.milestones import Milestone
from mineralpact.parties import Organisation, Position
from mineralpact.quantities import Share
from mineralpact.sources import DateClaim, Source

if TYPE_CHECKING:
    from mineralpact.dataset import Record

__all__ = ["check", "check_alone", "published_date", "resolves"]


def check(
    records: Sequence[Record],
    index: Mapping[str, Record],
    ancestors: Callable[[str], frozenset[str]],
) -> Iterator[Problem]:
    """Every problem across ``records``, indexed by id in ``index``.

    ``ancestors`` gives a party and the organisations or countries it is under.
    """
    return _Checks(records, index, ancestors).run()


def check_alone(records: Iterable[tuple[int, Record]], held: Container[str]) -> Iterator[Problem]:
    """The checks that need no other record's content, on records at their positions.

    Run when some records of a document could not be read or repeat an id,
    so that their problems and these are reported together: every reference
    of the records given is checked against ``held`` (the ids of every record
    of the document, read or not), and every period of theirs is checked.
    Checks that read another record's content (signatories, dates of
    reports, shares) wait until every record is read, since a record that
    was not read could change their answer.
    """
    records = list(records)
    unresolved = _unresolved((record for _, record in records), held)
    for i, record in records:
        if unresolved and _mentions(record, unresolved):
            yield from _check_references(f"$.records[{i}]", record, held)
        if _has_periods(type(record)):
            yield from _check_periods(f"$.records[{i}]", record)


def resolves(ref: str, index: Container[str]) -> bool:
    """Whether ``ref`` names a record of ``index``, a country or a known mineral."""
    if ref in index:
        return True
    prefix = id_prefix(ref)
    if prefix == "country":
        return _country_exists(ref)
    if prefix in MINERAL_PREFIXES:
        return _minerals.find(ref) is not None
    return False


def published_date(source_id: str, index: Mapping[str, Record]) -> TemporalValue | None:
    """When the source ``source_id`` of ``index`` was published, if it says."""
    source = index.get(source_id)
    return source.published if isinstance(source, Source) else None


#: The records that :meth:`_Checks.run` checks beyond their references and periods.
_CHECKED_FURTHER = (Agreement, Law, Event, Milestone)


class _Checks:
    def __init__(
        self,
        records: Sequence[Record],
        index: Mapping[str, Record],
        ancestors: Callable[[str], frozenset[str]],
    ) -> None:
        self.records = records
        self._index = index
        self._ancestors = ancestors
        self._latests: dict[str, datetime.date | None] = {}

    def run(self) -> Iterator[Problem]:
        unresolved = _unresolved(self.records, self._index)
        for i, record in enumerate(self.records):
            if unresolved and _mentions(record, unresolved):
                yield from _check_references(f"$.records[{i}]", record, self._index)
            if _has_periods(type(record)):
                yield from _check_periods(f"$.records[{i}]", record)
            if not isinstance(record, _CHECKED_FURTHER):
                continue
            base = f"$.records[{i}]"
            if isinstance(record, Agreement):
                yield from self._check_signatories(base, record)
                yield from self._check_stage_parties(base, record)
            if isinstance(record, (Agreement, Law)):
                # What a stage's sources report as done; what they schedule
                # in advance may lie after them.
                for j, stage in enumerate(record.stages):
                    yield from self._check_reported_after(
                        base, f"stages[{j}].dates", stage.dates, record.id, Severity.WARNING
                    )
            if isinstance(record, Event):
                yield from self._check_reported_after(base, "dates", record.dates, record.id)
                if record.kind is EventKind.ANNOUNCEMENT:
                    yield from self._check_reported_before_done(base, record)
            if isinstance(record, Milestone):
                yield from self._check_reported_after(
                    base, "actual", record.actual, record.id, Severity.WARNING
                )
                yield from self._check_met_before_planned(base, record)
        yield from self._check_shares()

    def _check_signatories(self, base: str, agreement: Agreement) -> Iterator[Problem]:
        for j, signatory in enumerate(agreement.signatories):
            acting = self._ancestors(signatory.on_behalf_of)
            if not acting & agreement.parties:
                yield Problem(
                    path=f"{base}.signatories[{j}].on_behalf_of",
                    code="signatory-not-party",
                    message="the signatory acts for no party to the agreement",
                    value=repr(signatory.on_behalf_of),
                    expected="a party to the agreement, or an organisation under one: "
                    + ", ".join(sorted(agreement.parties)),
                    record=agreement.id,
                )
            if signatory.position is None:
                continue
            position = self._index.get(signatory.position)
            if not isinstance(position, Position):
                continue  # reported as a missing reference
            if position.person != signatory.person:
                yield Problem(
                    path=f"{base}.signatories[{j}].position",
                    code="signatory-position-mismatch",
                    message=f"the position is held by {position.person}, not the signatory",
                    value=repr(signatory.position),
                    expected=f"a position held by {signatory.person}",
                    record=agreement.id,
                )
            elif not self._ancestors(position.organisation) & (
                agreement.parties | {signatory.on_behalf_of}
            ):
                yield Problem(
                    path=f"{base}.signatories[{j}].position",
                    code="signatory-not-party",
                    message=f"the position is in {position.organisation}, "
                    "which is not a party to the agreement nor under one",
                    value=repr(signatory.position),
                    expected="a position in a party to the agreement",
                    record=agreement.id,
                )

    def _check_stage_parties(self, base: str, agreement: Agreement) -> Iterator[Problem]:
        for j, stage in enumerate(agreement.stages):
            if stage.party is not None and not self._ancestors(stage.party) & agreement.parties:
                yield Problem(
                    path=f"{base}.stages[{j}].party",
                    code="stage-party-not-party",
                    message="the stage is for no party to the agreement",
                    value=repr(stage.party),
                    expected="a party to the agreement, or an organisation under one: "
                    + ", ".join(sorted(agreement.parties)),
                    record=agreement.id,
                )

    def _published(self, source_id: str) -> TemporalValue | None:
        return published_date(source_id, self._index)

    def _latest(self, source_id: str) -> datetime.date | None:
        """The last day of the publication of ``source_id``, if it says; read once a source."""
        try:
            return self._latests[source_id]
        except KeyError:
            published = self._published(source_id)
            latest = self._latests[source_id] = None if published is None else published.latest
            return latest

    def _check_reported_after(
        self,
        base: str,
        field: str,
        claims: tuple[DateClaim, ...],
        record_id: str,
        severity: Severity = Severity.ERROR,
    ) -> Iterator[Problem]:
        """A source reports as done what it dates after its own publication.

        An error for an event; a warning for a milestone's outcome or a
        stage of an agreement or law, which a report may give as done on the
        day it was scheduled. (A stage's ``scheduled`` dates are not checked:
        a text states them in advance.)
        """
        for j, claim in enumerate(claims):
            start = claim.value.earliest
            if start is None:
                continue
            for citation in claim.citations:
                latest = self._latest(citation.source)
                if latest is not None and start > latest:
                    published = self._published(citation.source)
                    what = {"dates": "event", "actual": "milestone"}.get(field, "stage")
                    yield Problem(
                        path=f"{base}.{field}[{j}].value",
                        code="event-after-report" if what == "event" else "reported-before-done",
                        message=f"the {what} is dated after {citation.source} "
                        f"(published {published}) reports it",
                        value=str(claim.value),
                        expected=f"a date no later than {published}",
                        severity=severity,
                        record=record_id,
                    )
                    break

    def _check_reported_before_done(self, base: str, event: Event) -> Iterator[Problem]:
        """A warning: an announcement dated before what it reports as done happened.

        The announcement's date and the date of what it reports come from
        different statements, often from different sources: they may be
        wrong, not the data.
        """
        if event.kind is not EventKind.ANNOUNCEMENT:
            return
        for subject in sorted(event.subjects):
            record = self._index.get(subject)
            if isinstance(record, (Event, Agreement)):
                done = record.dates
            elif isinstance(record, Milestone):
                done = record.actual
            else:
                continue
            for j, claim in enumerate(event.dates):
                reported = claim.value.latest
                for happened in done:
                    start = happened.value.earliest
                    if reported is None or start is None or reported >= start:
                        continue
                    sources = ", ".join(sorted({c.source for c in happened.citations}))
                    yield Problem(
                        path=f"{base}.dates[{j}].value",
                        code="reported-before-done",
                        message=f"reports {subject} as done, which {sources} "
                        f"date {happened.value}, after the report",
                        value=str(claim.value),
                        expected=f"a date no earlier than {happened.value}",
                        severity=Severity.WARNING,
                        record=event.id,
                    )

    def _check_met_before_planned(self, base: str, milestone: Milestone) -> Iterator[Problem]:
        planners = {c.source for claim in milestone.planned for c in claim.citations}
        for j, claim in enumerate(milestone.actual):
            end = claim.value.latest
            for source_id in sorted(planners):
                published = self._published(source_id)
                earliest = published.earliest if published is not None else None
                if end is not None and earliest is not None and end < earliest:
                    yield Problem(
                        path=f"{base}.actual[{j}].value",
                        code="met-before-planned",
                        message=f"met before {source_id} (published {published}) still planned it",
                        value=str(claim.value),
                        expected=f"a date no earlier than {published}",
                        severity=Severity.WARNING,
                        record=milestone.id,
                    )

    def _check_shares(self) -> Iterator[Problem]:
        totals: dict[FigureKey, dict[str, Decimal]] = defaultdict(dict)
        where: dict[FigureKey, list[int]] = defaultdict(list)
        for i, record in enumerate(self.records):
            if isinstance(record, Figure) and isinstance(record.value, Share):
                # The same total, measure, minerals, basis, category and period,
                # whatever the subject.
                key = record.key._replace(subject=None)
                shares = totals[key]
                subject = record.subject or ""
                previous = shares.get(subject)
                # Several figures for one subject are a disagreement, not a sum:
                # count the smallest.
                value = record.value.value
                shares[subject] = value if previous is None else min(previous, value)
                where[key].append(i)
        for key, shares in totals.items():
            # Exact, whatever the caller's Decimal context.
            total = exact_sum(shares.values())
            if len(shares) > 1 and total > 100:
                first = where[key][0]
                yield Problem(
                    path=f"$.records[{first}].value",
                    code="shares-over-100",
                    message="shares of one total add up to more than 100 % across "
                    + ", ".join(f"$.records[{i}]" for i in where[key]),
                    value=f"{decimal_text(total)} %",
                    expected="at most 100 %",
                    record=cast("Figure", self.records[first]).id,
                )


def _unresolved(records: Iterable[Record], held: Container[str]) -> frozenset[str]:
    """The ids that ``records`` mention and that do not resolve in ``held``.

    Each distinct id is looked up once; most are held, and a record that
    mentions none of the rest has no reference to report.
    """
    ids: list[str] = []
    mentioned: set[str] = set()
    collect = _fields.collect_ids
    for record in records:
        # A record at a time: the set of distinct ids, not a list of every mention.
        collect(record, ids)
        mentioned.update(ids)
        ids.clear()
    return frozenset(ref for ref in mentioned if ref not in held and not resolves(ref, held))


def _mentions(record: Record, refs: frozenset[str]) -> bool:
    """Whether ``record`` mentions any of ``refs``."""
    ids: list[str] = []
    _fields.collect_ids(record, ids)
    return not refs.isdisjoint(ids)


def _check_references(base: str, record: Record, held: Container[str]) -> Iterator[Problem]:
    for path, ref, field in _fields.declared_references(record):
        if resolves(ref, held):
            continue
        if field.prefixes == _SOURCE:
            yield Problem(
                path=f"{base}.{path}",
                code="unknown-source",
                message="citation of a source the dataset does not hold",
                value=repr(ref),
                expected="the id of a Source in the dataset",
                record=record.id,
            )
        else:
            yield Problem(
                path=f"{base}.{path}",
                code="missing-reference",
                message="reference to a record the dataset does not hold",
                value=repr(ref),
                expected=_expected_reference(ref),
                record=record.id,
            )


#: What a reference to a source is declared to name (a citation's source).
_SOURCE = frozenset({"src"})


def _country_exists(ref: str) -> bool:
    try:
        Country(ref.partition(":")[2].upper())
    except (InvalidCodeError, InvalidValueError):
        return False
    return True


def _expected_reference(ref: str) -> str:
    prefix = id_prefix(ref)
    if prefix == "country":
        return "an ISO 3166-1 alpha-2 code in lower case, such as 'country:mn'"
    if prefix in MINERAL_PREFIXES:
        return "a mineral held in the dataset or in mineralpact's reference data"
    return f"the id of a record in the dataset (no {prefix!r} record has this id)"


_PERIODS: dict[type, bool] = {}


def _has_periods(cls: type) -> bool:
    """Whether a record of ``cls`` can have a period that :func:`_check_periods` reads."""
    found = _PERIODS.get(cls)
    if found is None:
        found = _PERIODS[cls] = issubclass(cls, (Position, Organisation)) or hasattr(cls, "names")
    return found


def _check_periods(base: str, record: Record) -> Iterator[Problem]:
    spans: list[tuple[str, PartialDate | None, PartialDate | None]] = []
    if isinstance(record, Position):
        spans.append(("", record.since, record.until))
    for j, name in enumerate(getattr(record, "names", ())):
        spans.append((f"names[{j}].", name.since, name.until))
    for j, membership in enumerate(record.members if isinstance(record, Organisation) else ()):
        spans.append((f"members[{j}].", membership.since, membership.until))
    for prefix, since, until in spans:
        if since is not None and until is not None and since.compare(until) is Comparison.AFTER:
            yield Problem(
                path=f"{base}.{prefix}until",
                code="ends-before-starts",
                message=f"ends ({until}) before it starts ({since})",
                value=str(until),
                expected=f"a date no earlier than {since}",
                record=record.id,
            )
