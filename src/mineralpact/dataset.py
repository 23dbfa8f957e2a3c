"""The Dataset: an immutable, checked collection of records, with queries.

A :class:`Dataset` holds sources, parties, minerals, agreements, events,
projects, facilities, milestones and figures. Building one checks everything
and reports every problem at once, each with its JSON path; a dataset that
exists is consistent. It answers look-ups and queries (by party, country,
country pair, mineral, period), gives the :meth:`~Dataset.timeline`, and
lists the places where its sources :meth:`~Dataset.disagreements` disagree.

>>> from mineralpact import Citation, Dataset, Organisation, Name, OrganisationKind, Source
>>> from mineralpact import SourceKind
>>> src = Source(id="src:a", title="A report", kind=SourceKind.NEWS_REPORT)
>>> kigam = Organisation(
...     id="org:kigam",
...     names=(Name("Korea Institute of Geoscience and Mineral Resources"),),
...     kind=OrganisationKind.RESEARCH_INSTITUTE,
...     citations=(Citation("src:a"),),
... )
>>> data = Dataset((src, kigam))
>>> data.get("org:kigam").name.text
'Korea Institute of Geoscience and Mineral Resources'
>>> Dataset((kigam,))
Traceback (most recent call last):
...
mineralpact.errors.InvalidDatasetError: 1 problem found:
  $.records[0].citations[0].source: citation of a source the dataset does not hold (got 'src:a')...
"""

from __future__ import annotations

import difflib
import enum
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from itertools import combinations
from typing import Any, TypeAlias, TypeVar, cast, overload

import attrs

from mineralpact import _checks, _claims, _fields, _kinds, _merge, _queries
from mineralpact import minerals as _minerals
from mineralpact import restatements as _restatements
from mineralpact._folding import fold_name_and_separators
from mineralpact._ids import MINERAL_PREFIXES, PARTY_PREFIXES, check_id, country_of, id_prefix
from mineralpact.agreements import Agreement
from mineralpact.codes import Country
from mineralpact.dates import TEMPORAL_TYPES, TemporalValue
from mineralpact.errors import (
    InvalidCodeError,
    InvalidDatasetError,
    InvalidTypeError,
    InvalidValueError,
    Problem,
    RecordNotFoundError,
    RecordTypeError,
    Severity,
)
from mineralpact.events import Event
from mineralpact.figures import Figure
from mineralpact.laws import Law
from mineralpact.milestones import Milestone, Plan
from mineralpact.minerals import Commodity, Element, MineralForm, MineralGroup, MineralList
from mineralpact.parties import Organisation, Person, Position
from mineralpact.places import Place
from mineralpact.projects import Facility, Project
from mineralpact.restatements import Restatement
from mineralpact.sources import Citation, DateClaim, Source
from mineralpact.stages import Stage, StageKind

__all__ = [
    "Claim",
    "Corroboration",
    "Dataset",
    "Disagreement",
    "EntryKind",
    "Record",
    "TimelineEntry",
]

#: Every kind of record a dataset holds (the classes of the table of kinds, written
#: out for type checkers).
Record: TypeAlias = (
    Source
    | Organisation
    | Person
    | Position
    | Element
    | MineralGroup
    | Commodity
    | MineralForm
    | MineralList
    | Agreement
    | Event
    | Project
    | Facility
    | Milestone
    | Figure
    | Law
    | Restatement
)

# A restatement holds a record of any kind: its field's type names this union,
# which is defined here, after every kind.
_restatements.__dict__["Record"] = Record

#: The classes of :data:`Record`, from the table of kinds.
RECORD_TYPES: tuple[type, ...] = _kinds.classes(_kinds.RECORD_KINDS)
_RECORD_LIST = _kinds.kind_list(_kinds.RECORD_KINDS)
#: The record types, to tell most records by one look-up.
_RECORD_TYPE_SET = frozenset(RECORD_TYPES)

_MINERAL_TYPES = (Element, MineralGroup, Commodity, MineralForm, MineralList)
_MineralRecord: TypeAlias = Element | MineralGroup | Commodity | MineralForm | MineralList

#: A kind of record, as given to :meth:`Dataset.get`, :meth:`Dataset.find`
#: and :meth:`Dataset.of_type`.
RecordT = TypeVar("RecordT", bound=Record)


class EntryKind(enum.Enum):
    """What a :class:`TimelineEntry` marks.

    >>> EntryKind("planned")
    <EntryKind.PLANNED: 'planned'>
    """

    EVENT = "event"
    AGREEMENT = "agreement"
    PLANNED = "planned"
    ACTUAL = "actual"
    #: A stage of an agreement or a law, as reported (ratified, in force...).
    STAGE = "stage"
    #: A stage of an agreement or a law, as scheduled in advance.
    SCHEDULED = "scheduled"
    #: The start of a project or a facility.
    START = "start"
    #: The end of a project or a facility.
    END = "end"


@attrs.frozen(kw_only=True)
class TimelineEntry:
    """One line of a timeline: when, what, and who says so.

    ``when`` keeps the precision the sources give (a month stays a month).
    ``kind`` tells an event or agreement from a milestone's plan
    (:attr:`EntryKind.PLANNED`) or its outcome (:attr:`EntryKind.ACTUAL`).
    ``disputed`` is true when other sources give another, incompatible date
    for the same thing: each competing date then has an entry of its own.
    The stages of agreements and laws have entries of their own
    (:attr:`EntryKind.STAGE` when reported, :attr:`EntryKind.SCHEDULED`
    when stated in advance), with the :class:`~mineralpact.stages.StageKind`
    in ``stage``; projects and facilities have :attr:`EntryKind.START` and
    :attr:`EntryKind.END` entries.

    A plan that later sources revised is not a dispute: the milestone's plan
    has one entry, at the latest plan, and ``history`` holds the earlier
    plans, each with the date as of which it was stated, oldest first (see
    :meth:`Dataset.plan_history`). Only plans stated as of the same date that
    cannot both be true are ``disputed``.

    >>> from mineralpact.bundled import korea_mongolia
    >>> entry = korea_mongolia().timeline(party="org:kt")[0]
    >>> entry.when, entry.kind, entry.record
    (PartialDate(2023, 1, 26), <EntryKind.AGREEMENT: 'agreement'>, 'agreement:kt-mn-mou-2023')
    >>> print(entry)  # doctest: +NORMALIZE_WHITESPACE
    2023-01-26  Memorandum of understanding on mineral resources
    [src:kbs-2023-01-26, src:korea-herald-2023-01-26, src:the-investor-2023-01-26]
    """

    when: TemporalValue
    kind: EntryKind
    record: str
    title: str
    citations: tuple[Citation, ...]
    disputed: bool = False
    history: tuple[Plan, ...] = ()
    stage: StageKind | None = None

    @property
    def sources(self) -> frozenset[str]:
        """The ids of the sources that give this date.

        >>> from mineralpact import Citation, PartialDate
        >>> entry = TimelineEntry(
        ...     when=PartialDate(2025, 3, 12),
        ...     kind=EntryKind.EVENT,
        ...     record="event:joint-committee-2",
        ...     title="2nd joint committee",
        ...     citations=(Citation("src:korea-net-2025-03-12"), Citation("src:asia-review-2025")),
        ... )
        >>> sorted(entry.sources)
        ['src:asia-review-2025', 'src:korea-net-2025-03-12']
        """
        return frozenset(c.source for c in self.citations)

    def __str__(self) -> str:
        mark = _MARKS.get(self.kind, "")
        if self.history:
            earlier = "; ".join(
                f"{p.value} as of {p.as_of or 'an unknown date'}" for p in self.history
            )
            mark = f" (planned; revised from {earlier})"
        dispute = " [disputed]" if self.disputed else ""
        sources = ", ".join(sorted(self.sources))
        return f"{self.when}  {self.title}{mark}{dispute}  [{sources}]"


@attrs.frozen(kw_only=True)
class Claim:
    """One value that sources state in a disagreement, with its citations.

    ``record`` is the id of the record that states it (for figures, one of
    the figures that give this value). For a plan, ``as_of`` is the date as of
    which its sources stated it (their publication date; ``None`` when not
    known or not a plan). ``reason`` is a source's explanation of the value
    (a date claim's :attr:`~mineralpact.DateClaim.reason`), when one is given.

    >>> from mineralpact.bundled import korea_mongolia
    >>> opening = korea_mongolia().disagreements()[0]
    >>> claim = opening.claims[0]
    >>> str(claim.value), claim.record, claim.citations[0].phrase
    ('2025-01-12?', 'milestone:centre-opening', 'January 12')
    """

    value: object
    citations: tuple[Citation, ...]
    record: str
    as_of: TemporalValue | None = None
    reason: str | None = None

    @property
    def sources(self) -> frozenset[str]:
        """The ids of the sources that state this value.

        >>> from mineralpact import Citation
        >>> claim = Claim(value=8, citations=(Citation("src:a"),), record="figure:a")
        >>> claim.sources
        frozenset({'src:a'})
        """
        return frozenset(c.source for c in self.citations)


@attrs.frozen(kw_only=True)
class Disagreement:
    """Sources that state incompatible things about the same subject.

    ``subject`` is the record the claims are about (for figures, the first of
    the figures that share a key), ``aspect`` what they disagree on
    (``"date"``, ``"planned"``, ``"actual"``, ``"start"``, ``"end"``, ``"value"``, or the
    path of a stage's dates: ``"stages[1].dates"``), and ``claims`` the
    competing values, each with the citations that state it.

    >>> from mineralpact.bundled import korea_mongolia
    >>> opening = korea_mongolia().disagreements()[0]
    >>> opening.subject, opening.aspect
    ('milestone:centre-opening', 'actual')
    >>> [str(claim.value) for claim in opening.claims]
    ['2025-01-12?', '2025-12-12']
    """

    subject: str
    aspect: str
    claims: tuple[Claim, ...]

    def __str__(self) -> str:
        """The subject, the aspect and each value with its sources (and reason, if any).

        >>> from mineralpact import Citation, PartialDate
        >>> print(
        ...     Disagreement(
        ...         subject="event:bill",
        ...         aspect="date",
        ...         claims=(
        ...             Claim(
        ...                 value=PartialDate(2025, 5, 1),
        ...                 citations=(Citation("src:interfax"),),
        ...                 record="event:bill",
        ...                 reason="formally at 23:59",
        ...             ),
        ...             Claim(
        ...                 value=PartialDate(2025, 5, 2),
        ...                 citations=(Citation("src:up"),),
        ...                 record="event:bill",
        ...             ),
        ...         ),
        ...     )
        ... )
        event:bill date: 2025-05-01 (src:interfax; reason: formally at 23:59); 2025-05-02 (src:up)
        """
        values = "; ".join(
            f"{_show(c.value)} ({', '.join(sorted(c.sources))}"
            + (f"; reason: {c.reason})" if c.reason is not None else ")")
            for c in self.claims
        )
        return f"{self.subject} {self.aspect}: {values}"


@attrs.frozen(kw_only=True)
class Corroboration:
    """Records that state the same figure, in values that can all be true.

    ``records`` are the ids of the figures (at least two) that share a
    :attr:`~mineralpact.Figure.key` and agree (see
    :meth:`~mineralpact.Figure.agrees_with`); ``citations`` are all their
    citations. One record with two citations corroborates itself and is not
    listed: this is for figures that two analysts, or two reports, stated as
    records of their own.

    >>> from mineralpact import Citation
    >>> both = Corroboration(
    ...     records=("figure:a", "figure:b"),
    ...     citations=(Citation("src:a"), Citation("src:b")),
    ... )
    >>> sorted(both.sources)
    ['src:a', 'src:b']
    """

    records: tuple[str, ...]
    citations: tuple[Citation, ...]

    @property
    def sources(self) -> frozenset[str]:
        """The ids of the sources that state the figure."""
        return frozenset(c.source for c in self.citations)

    def __str__(self) -> str:
        return f"{', '.join(self.records)} ({', '.join(sorted(self.sources))})"


#: The aspect of a disagreement over the claims of a field (a stage's: its path).
_ASPECTS = {"dates": "date"}

_MARKS = {
    EntryKind.PLANNED: " (planned)",
    EntryKind.SCHEDULED: " (scheduled)",
    EntryKind.START: " (start)",
    EntryKind.END: " (end)",
}

#: The records that have a place in a timeline.
_DATED = (Event, Agreement, Milestone, Law, Project, Facility)
_Dated: TypeAlias = Event | Agreement | Milestone | Law | Project | Facility


def _show(value: object) -> str:
    return str(value.value) if isinstance(value, enum.Enum) else str(value)


def _conflicting(field: attrs.Attribute[Any], values: Sequence[object]) -> bool:
    """Whether two of the values of one field cannot both be true.

    Texts that are not references are wordings: never in conflict. Dates
    conflict when they share no day; other values when they differ.
    """
    if all(isinstance(v, str) for v in values):
        return field.metadata.get(_fields.ROLE) == "reference"
    if all(isinstance(v, TEMPORAL_TYPES) for v in values):
        temporal = cast("Sequence[TemporalValue]", values)
        return any(not _claims.compatible(a, b) for a, b in combinations(temporal, 2))
    return True


def _dated_claims(record: object) -> Iterator[tuple[str, EntryKind, tuple[DateClaim, ...]]]:
    """The date claims a record holds, by field path and timeline kind."""
    if isinstance(record, Event):
        yield "dates", EntryKind.EVENT, record.dates
    elif isinstance(record, Agreement):
        yield "dates", EntryKind.AGREEMENT, record.dates
    elif isinstance(record, Milestone):
        yield "planned", EntryKind.PLANNED, record.planned
        yield "actual", EntryKind.ACTUAL, record.actual
    elif isinstance(record, (Project, Facility)):
        yield "start", EntryKind.START, record.start
        yield "end", EntryKind.END, record.end
    if isinstance(record, (Agreement, Law)):
        for i, stage in enumerate(record.stages):
            yield f"stages[{i}].dates", EntryKind.STAGE, stage.dates
            yield f"stages[{i}].scheduled", EntryKind.SCHEDULED, stage.scheduled


def _stage_at(record: _Dated, path: str) -> Stage | None:
    """The stage of ``record`` whose claims are at ``path`` (``stages[1].dates``), if any."""
    if not path.startswith("stages[") or not isinstance(record, (Agreement, Law)):
        return None
    return record.stages[int(path[len("stages[") : path.index("]")])]


def _title(record: _Dated) -> str:
    if isinstance(record, Milestone):
        return record.description
    if isinstance(record, Facility):
        return record.name.text
    if record.title is not None:
        return record.title
    return f"{record.kind.value.replace('_', ' ').capitalize()} ({record.id})"


def _overlaps(a_start: date | None, a_end: date | None, b: TemporalValue) -> bool:
    b_start, b_end = b.earliest, b.latest
    return (a_end is None or b_start is None or b_start <= a_end) and (
        b_end is None or a_start is None or a_start <= b_end
    )


@attrs.frozen
class Dataset:
    """An immutable, checked collection of records.

    ``Dataset(records)`` checks every record against the others and raises
    :class:`~mineralpact.InvalidDatasetError` listing every problem (each
    with its JSON path, e.g. ``$.records[3].parties[0]``) if any is an error:
    duplicate ids, references to records it does not hold, citations of
    unknown sources, a name or position that ends before it starts, shares of
    one total that add up to more than 100 %, a signatory who acts for no
    party to the agreement, an event dated after a source that reports it.
    Problems that may come from the sources themselves (a milestone met
    before the source that planned it was published) are kept as
    :attr:`warnings` and do not stop the dataset from being built.

    Countries (``country:mn``) and the bundled reference minerals
    (``element:nd``, ``group:ree``, ``list:kr-rare-metals``) can be referred
    to without being held.

    Datasets compare equal when they hold equal records in the same order.

    >>> from mineralpact.bundled import korea_mongolia
    >>> data = korea_mongolia()
    >>> data.get("agreement:kt-mn-mou-2023").date
    PartialDate(2023, 1, 26)
    >>> "org:kigam" in data, "org:nowhere" in data
    (True, False)
    >>> Dataset(data.records) == data
    True
    """

    records: tuple[Record, ...] = attrs.field()
    _index: dict[str, Record] = attrs.field(init=False, repr=False, eq=False, hash=False)
    _warnings: tuple[Problem, ...] = attrs.field(init=False, repr=False, eq=False, hash=False)
    # Indexes for the queries, built on first use (see mineralpact._queries).
    _lazy: _queries.Lazy[Any] = attrs.field(init=False, repr=False, eq=False, hash=False)

    @records.validator
    def _check_records(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise InvalidDatasetError(
                (
                    Problem(
                        path="$.records",
                        code="wrong-type",
                        message="records must be a tuple",
                        expected="a tuple of records",
                        value=type(value).__name__,
                    ),
                )
            )

    def __attrs_post_init__(self) -> None:
        index, problems, alone = _index(enumerate(self.records))
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_lazy", _queries.Lazy())
        if problems:
            # Some records failed their own checks: check the others' references
            # and periods too, so that one error names every problem.
            problems.extend(_checks.check_alone(alone, index))
        else:
            problems.extend(self._check())
        errors = tuple(p for p in problems if p.severity is Severity.ERROR)
        if errors:
            raise InvalidDatasetError(errors)
        object.__setattr__(
            self, "_warnings", tuple(p for p in problems if p.severity is Severity.WARNING)
        )

    # --- construction ----------------------------------------------------

    @classmethod
    def check(cls, records: Iterable[object]) -> tuple[Problem, ...]:
        """Every problem (errors and warnings) that ``records`` would have as a dataset.

        Unlike the constructor, this never raises for problems in the data;
        ``records`` that are not an iterable (``None``, a str) raise
        :class:`~mineralpact.InvalidTypeError`.

        >>> from mineralpact import Source, SourceKind
        >>> report = Source(id="src:a", title="A report", kind=SourceKind.NEWS_REPORT)
        >>> [problem.code for problem in Dataset.check([report, report])]
        ['duplicate-id']
        >>> Dataset.check([report])
        ()
        """
        if not isinstance(records, Iterable) or isinstance(records, (str, bytes)):
            raise InvalidTypeError("Dataset.check records", records, "an iterable of records")
        try:
            dataset = cls(tuple(cast("Iterable[Record]", records)))
        except InvalidDatasetError as exc:
            return exc.problems
        return dataset.warnings

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """Problems that may come from the sources themselves; see :class:`Dataset`.

        >>> from mineralpact.bundled import korea_mongolia
        >>> warning = korea_mongolia().warnings[0]
        >>> warning.code, warning.severity, warning.record
        ('met-before-planned', <Severity.WARNING: 'warning'>, 'milestone:centre-opening')
        """
        return self._warnings

    def merge(self, other: Dataset | Iterable[Record]) -> Dataset:
        """A dataset with the records of both, keeping every statement of either.

        Add your data to the bundled data with
        ``korea_mongolia().merge(mine)``. The merge does not fail on a record
        that both state in other words, and it overwrites nothing. ``other``
        is a dataset, or records that are checked only beside this
        dataset's: records of your own that cite the bundled sources, or
        refer to the bundled organisations, without holding them.

        **The same record** is the record with the same id, whatever its
        kind: the id is the identity, the fields are statements about it. Two
        records with different ids are two records, even if they describe
        one document or organisation (give yours the bundled id to state the
        same one). A record held by both is combined field by field:

        - equal values are kept once; a field one side leaves at its default
          (no URL, no title) takes the other's value;
        - date claims are joined: claims of one value share their citations,
          claims of different values are all kept (a disagreement stays
          visible);
        - citations, names, aliases, signatories and other lists are joined
          without repeats, and sets (parties, minerals) are united; a name
          stated by two sources is one name with the citations of both;
        - a field that each side states differently (a source's title written
          otherwise, another form of its URL, another kind) keeps this
          dataset's value in the record, and ``other``'s record is kept
          whole beside it, as a :class:`~mineralpact.Restatement` (id
          ``restatement:...``). Each value is then a :class:`Claim` of
          :meth:`claims`, with the citations of the record that states it.

        Differences in wording (text fields such as a title, a URL, notes,
        a description) are claims only. Differences that cannot both be true
        (another kind, another reference, another value or category, dates
        that do not overlap) are also listed by :meth:`disagreements`.

        Restatements that ``other`` holds are kept too, and a restatement
        equal to one held, or that says nothing the record does not, is kept
        once or not at all. So ``a.merge(a) == a``, and merging is
        associative and commutative in what it states (every value, every
        citation, every claim), while the order of the records and which
        value a record holds (the first dataset's) follow the order of the
        merge. The merged dataset is checked like any other.

        >>> from mineralpact import Citation, Name, Organisation, OrganisationKind, Source
        >>> from mineralpact import SourceKind
        >>> def statement(source_id, name):
        ...     source = Source(id=source_id, title="A report", kind=SourceKind.NEWS_REPORT)
        ...     gcra = Organisation(
        ...         id="org:gcra",
        ...         names=(Name(name, citations=(Citation(source_id),)),),
        ...         kind=OrganisationKind.RESEARCH_INSTITUTE,
        ...         citations=(Citation(source_id),),
        ...     )
        ...     return Dataset((source, gcra))
        >>> net = statement("src:korea-net", "Geological Center for Research and Analysis")
        >>> sedaily = statement("src:sedaily", "Geological Central Research Academy")
        >>> merged = net.merge(sedaily)
        >>> [name.text for name in merged.get("org:gcra").names]
        ['Geological Center for Research and Analysis', 'Geological Central Research Academy']

        A shared source whose title you write differently:

        >>> from mineralpact.bundled import korea_mongolia
        >>> bundled = korea_mongolia()
        >>> herald = bundled.get("src:korea-herald-2023-01-26")
        >>> import attrs
        >>> mine = Dataset((attrs.evolve(herald, title=herald.title.upper()),))
        >>> data = bundled.merge(mine)
        >>> [claim.value for claim in data.claims("src:korea-herald-2023-01-26", "title")]
        ['KT, Mongolia team up on rare earths supply', 'KT, MONGOLIA TEAM UP ON RARE EARTHS SUPPLY']
        >>> data.disagreements() == bundled.disagreements()
        True
        """
        if isinstance(other, Dataset):
            theirs: tuple[Record, ...] = other.records
        elif isinstance(other, Iterable) and not isinstance(other, (str, bytes)):  # type: ignore[unreachable]
            theirs = tuple(other)
            for i, item in enumerate(theirs):
                if not isinstance(item, RECORD_TYPES):
                    raise InvalidTypeError(f"Dataset.merge other[{i}]", item, "a record")
        else:
            raise InvalidTypeError("Dataset.merge other", other, "a Dataset or records")
        records: list[Record] = []
        position: dict[str, int] = {}
        restated: dict[str, list[Record]] = defaultdict(list)
        # Each side's records, then its restatements: the restatements a
        # dataset holds come before those a merge adds, and keep their ids.
        for side in (self.records, theirs):
            plain = [r for r in side if not isinstance(r, Restatement)]
            stated = [r.statement for r in side if isinstance(r, Restatement)]
            for record in plain:
                j = position.get(record.id)
                if j is None:
                    position[record.id] = len(records)
                    records.append(record)
                    continue
                combined, differing = _merge.combine(records[j], record)
                records[j] = combined
                if differing:
                    restated[record.id].append(record)
            for statement in stated:
                j = position.get(statement.id)
                if j is None:
                    restated[statement.id].append(statement)  # reported by the checks
                    continue
                combined, differing = _merge.combine(records[j], statement)
                records[j] = combined
                if differing:
                    restated[statement.id].append(statement)
        taken: set[str] = set()
        kept: list[Record] = []
        for record_id, statements in restated.items():
            held = records[position[record_id]] if record_id in position else None
            for statement in dict.fromkeys(statements):
                if held is not None and not any(
                    _merge.stated(statement, name)
                    and getattr(held, name) != getattr(statement, name)
                    for name in attrs.fields_dict(type(statement))
                ):
                    continue  # says nothing the record does not
                new_id = _restatements.restatement_id(record_id, taken)
                taken.add(new_id)
                kept.append(Restatement(id=new_id, statement=statement))
        return Dataset((*records, *kept))

    def restatements(self, record_id: str) -> tuple[Restatement, ...]:
        """The other statements of a record that the dataset keeps beside it (see :meth:`merge`).

        >>> from mineralpact.bundled import korea_mongolia
        >>> korea_mongolia().restatements("src:korea-herald-2023-01-26")
        ()

        Raises:
            RecordNotFoundError: if the dataset holds no record ``record_id``:
                a typo is not an empty answer.
        """
        self.get(record_id)
        positions = self._query_index().restated.get(record_id, ())
        return tuple(cast("Restatement", self.records[i]) for i in positions)

    def claims(self, record_id: str, field: str) -> tuple[Claim, ...]:
        """Each distinct value of a field of a record, as the record and its restatements state it.

        The first claim is the record's own value, with the record's
        citations that no restatement stating another value gives; then each
        other value, with the citations of the restatements that state it (a
        source, which has no citations, gives none). A field that a
        statement leaves at its default is not a claim of it. Lists and sets
        are joined in the record (:meth:`merge`), so they have one claim.

        >>> from mineralpact.bundled import korea_mongolia
        >>> [c.value.value for c in korea_mongolia().claims("org:kigam", "kind")]
        ['research_institute']
        """
        record = self.get(record_id)
        if not isinstance(field, str):
            raise InvalidTypeError("Dataset.claims field", field, "the name of a field (a str)")
        if field not in attrs.fields_dict(type(record)) or field == "id":
            raise InvalidValueError(
                "Dataset.claims field",
                field,
                f"a field of {type(record).__name__}",
                reason=", ".join(f.name for f in attrs.fields(type(record)) if f.name != "id"),
            )
        values: dict[object, list[Citation]] = {getattr(record, field): []}
        for restatement in self.restatements(record_id):
            statement = restatement.statement
            if _merge.stated(statement, field):
                values.setdefault(getattr(statement, field), []).extend(
                    getattr(statement, "citations", ())
                )
        held = getattr(record, "citations", ())
        elsewhere = {c for cites in list(values.values())[1:] for c in cites}
        own = tuple(c for c in held if c not in elsewhere) or tuple(held)
        return tuple(
            Claim(
                value=value,
                citations=own if i == 0 else tuple(dict.fromkeys(cites)),
                record=record_id,
            )
            for i, (value, cites) in enumerate(values.items())
        )

    # --- look-ups --------------------------------------------------------

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[Record]:
        return iter(self.records)

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._index

    @overload
    def find(self, record_id: str) -> Record | None: ...

    @overload
    def find(self, record_id: str, cls: type[RecordT]) -> RecordT | None: ...

    def find(self, record_id: str, cls: type[RecordT] | None = None) -> Record | None:
        """The record with ``record_id``, or ``None``.

        With a record class, the record is typed as that class (for a type
        checker too), and a record of another kind raises
        :class:`~mineralpact.RecordTypeError`.

        >>> from mineralpact.bundled import korea_mongolia
        >>> from mineralpact import Organisation
        >>> korea_mongolia().find("org:kigam", Organisation).kind
        <OrganisationKind.RESEARCH_INSTITUTE: 'research_institute'>
        >>> korea_mongolia().find("org:nowhere") is None
        True
        """
        record = self._index.get(record_id)
        if record is None or cls is None:
            return record
        return _as(record, cls, "Dataset.find")

    @overload
    def get(self, record_id: str) -> Record: ...

    @overload
    def get(self, record_id: str, cls: type[RecordT]) -> RecordT: ...

    def get(self, record_id: str, cls: type[RecordT] | None = None) -> Record:
        """The record with ``record_id``; :class:`~mineralpact.RecordNotFoundError` if none.

        The error suggests ids of the same kind that are close to it. With a
        record class, the record is typed as that class (for a type checker
        too: no ``isinstance`` needed), and a record of another kind raises
        :class:`~mineralpact.RecordTypeError`, a :class:`TypeError`.

        >>> from mineralpact.bundled import korea_mongolia
        >>> from mineralpact import Agreement, Organisation
        >>> korea_mongolia().get("org:kigam", Organisation).name.text
        'Korea Institute of Geoscience and Mineral Resources'
        >>> try:
        ...     korea_mongolia().get("org:kigm")
        ... except RecordNotFoundError as exc:
        ...     print(exc.suggestions[0])
        org:kigam
        >>> try:
        ...     korea_mongolia().get("org:kigam", Agreement)
        ... except RecordTypeError as exc:
        ...     print(exc.expected, "|", exc.got)
        Agreement | Organisation
        """
        if not isinstance(record_id, str):
            raise InvalidTypeError(
                "Dataset.get record_id", record_id, "a record id (a str), such as 'org:kigam'"
            )
        try:
            record = self._index[record_id]
        except KeyError:
            same_kind = [i for i in self._index if id_prefix(i) == id_prefix(record_id)]
            close = difflib.get_close_matches(record_id, same_kind, n=3)
            raise RecordNotFoundError(record_id, tuple(close)) from None
        if cls is None:
            return record
        return _as(record, cls, "Dataset.get")

    def of_type(self, cls: type[RecordT]) -> tuple[RecordT, ...]:
        """The records of one type, in dataset order: ``data.of_type(Event)``.

        >>> from mineralpact.bundled import korea_mongolia
        >>> [agreement.date for agreement in korea_mongolia().of_type(Agreement)][:2]
        [PartialDate(2023, 1, 26), PartialDate(2023, 2, 15)]
        """
        _check_record_class(cls, "Dataset.of_type")
        return tuple(r for r in self.records if isinstance(r, cls))

    def referring_to(self, record_id: str) -> tuple[Record, ...]:
        """The records that mention ``record_id`` (citations of a source included).

        >>> from mineralpact.bundled import korea_mongolia
        >>> [record.id for record in korea_mongolia().referring_to("person:ku-hyeon-mo")][:3]
        ['position:ku-hyeon-mo-kt-ceo', 'position:ku-hyeon-mo-mn-cto', 'agreement:kt-mn-mou-2023']
        """
        return tuple(r for r in self.records if any(ref == record_id for _, ref in r.references()))

    def established_by(self, record_id: str) -> tuple[Agreement | Law, ...]:
        """The agreements and laws that establish ``record_id`` (a fund, a committee, a centre).

        The link is stated once, in the instrument's ``establishes``; this is
        its reverse, in dataset order.

        >>> from mineralpact import Agreement, AgreementKind, Citation, Name, Organisation
        >>> from mineralpact import OrganisationKind, Source, SourceKind
        >>> fund = Organisation(
        ...     id="org:us-ua-reconstruction-investment-fund",
        ...     names=(Name("United States-Ukraine Reconstruction Investment Fund"),),
        ...     kind=OrganisationKind.FUND,
        ...     citations=(Citation("src:x"),),
        ... )
        >>> agreement = Agreement(
        ...     id="agreement:us-ua-minerals-2025",
        ...     kind=AgreementKind.AGREEMENT,
        ...     parties=frozenset({"country:us", "country:ua"}),
        ...     establishes=frozenset({fund.id}),
        ...     citations=(Citation("src:x"),),
        ... )
        >>> source = Source(id="src:x", title="A report", kind=SourceKind.NEWS_REPORT)
        >>> data = Dataset((source, fund, agreement))
        >>> [record.id for record in data.established_by(fund.id)]
        ['agreement:us-ua-minerals-2025']

        Raises:
            RecordNotFoundError: if the dataset holds no record with this id.
        """
        self.get(record_id)  # a typo is not an empty answer
        positions = self._query_index().established.get(record_id, ())
        return tuple(cast("Agreement | Law", self.records[i]) for i in positions)

    # --- queries ---------------------------------------------------------

    def query(
        self,
        *,
        type: type[Any] | tuple[type[Any], ...] | None = None,
        party: str | None = None,
        country: str | Country | None = None,
        countries: Sequence[str | Country] | None = None,
        mineral: str | None = None,
        period: TemporalValue | None = None,
        through_membership: bool = False,
    ) -> tuple[Record, ...]:
        """The records that match every filter given, in dataset order.

        - ``type``: a record class (or a tuple of them).
        - ``party``: an ``org:``, ``person:`` or ``country:`` id. A record
          matches when it involves the party, one of its sub-organisations
          (through ``parent``), or a person holding a position in either. An
          id that the dataset does not hold raises
          :class:`~mineralpact.RecordNotFoundError` (with close ids), as an
          unknown country or mineral raises its error: a typo is not an
          empty answer.
        - ``country``: an ISO code or :class:`~mineralpact.Country`. A record
          matches when it involves the country, an organisation under its
          jurisdiction (or a sub-organisation of one), a person holding a
          position in one, or a place in the country.
        - ``countries``: every one of these countries (``("KR", "MN")``).
        - ``through_membership``: with ``country`` or ``countries``, a
          country also matches the records of the international
          organisations it belonged to at their date ("France, including as
          an EU member"); see below.
        - ``mineral``: a mineral id or name (``"Nd"``, ``"group:ree"``). A
          record matches when one of its minerals overlaps it: an agreement on
          the rare earth elements, or on Korea's rare metals, matches ``Nd``.
          Minerals are compared by the elements they stand for (see
          :meth:`elements_of`), so a list whose entry is "rare earth elements
          for magnets" (seven of them) matches ``Nd`` and not ``La``.
        - ``period``: a temporal value; a record matches when one of its
          dates could fall in it (precision-aware: ``2023`` matches an
          event on 2023-02-15, and ``2023-02`` matches an event in 2023 only
          as "could be").

        Sources and reference records have no parties or dates, and match
        only the ``type`` filter.

        >>> from mineralpact import PartialDate
        >>> from mineralpact.bundled import korea_mongolia
        >>> data = korea_mongolia()
        >>> [r.id for r in data.query(type=Agreement, mineral="Nd")][:2]
        ['agreement:kt-mn-mou-2023', 'agreement:kr-mn-rare-metals-mou-2023']
        >>> [r.id for r in data.query(type=Agreement, party="org:kt")]
        ['agreement:kt-mn-mou-2023']
        >>> [r.id for r in data.query(type=(Agreement, Event), period=PartialDate(2023, 2))]
        ['agreement:kr-mn-rare-metals-mou-2023', 'event:kr-mn-pm-talks-2023']

        Through membership, a country reaches a record that involves an
        organisation it was a member of (listed in that organisation's
        :attr:`~mineralpact.Organisation.members`), or a sub-organisation
        of it or a person holding a post in one, when the membership's period
        and one of the record's dates can share a day. The record's dates
        are those the ``period`` filter reads, and a list's publication
        date; a record without a date is reached by a membership of any
        period. A membership stated without a bound is open on that side.
        The country's own organisations count as members too (a French
        ministry in a forum), but membership is not passed on: the EU's
        membership of a forum does not make France a member of it.

        >>> from mineralpact import AgreementKind, Citation, DateClaim, Membership, Name
        >>> from mineralpact import Organisation, OrganisationKind, Source, SourceKind
        >>> cite = (Citation("src:x"),)
        >>> eu = Organisation(
        ...     id="org:eu",
        ...     names=(Name("European Union"),),
        ...     kind=OrganisationKind.SUPRANATIONAL_UNION,
        ...     members=(
        ...         Membership("country:fr", since=PartialDate(1958, 1, 1)),
        ...         Membership("country:gb", until=PartialDate(2020, 1, 31)),
        ...     ),
        ...     citations=cite,
        ... )
        >>> def eu_agreement(year):
        ...     return Agreement(
        ...         id=f"agreement:eu-{year}",
        ...         kind=AgreementKind.AGREEMENT,
        ...         parties=frozenset({"org:eu", "country:cl"}),
        ...         dates=(DateClaim(PartialDate(year), cite),),
        ...         citations=cite,
        ...     )
        >>> eu_data = Dataset(
        ...     (Source(id="src:x", title="X", kind=SourceKind.OTHER), eu,
        ...      eu_agreement(2015), eu_agreement(2024))
        ... )
        >>> [r.id for r in eu_data.query(type=Agreement, country="FR", through_membership=True)]
        ['agreement:eu-2015', 'agreement:eu-2024']
        >>> [r.id for r in eu_data.query(type=Agreement, country="GB", through_membership=True)]
        ['agreement:eu-2015']
        >>> eu_data.query(type=Agreement, country="FR")
        ()
        """
        return self._select(
            "Dataset.query",
            type=type,
            party=party,
            country=country,
            countries=countries,
            mineral=mineral,
            period=period,
            through_membership=through_membership,
        )

    def _select(
        self,
        what: str,
        *,
        type: type[Any] | tuple[type[Any], ...] | None,
        party: str | None,
        country: str | Country | None,
        countries: Sequence[str | Country] | None,
        mineral: str | None,
        period: TemporalValue | None,
        through_membership: bool,
    ) -> tuple[Record, ...]:
        """The records :meth:`query` returns; errors name ``what``, the method called."""
        if not isinstance(through_membership, bool):
            raise InvalidTypeError(
                f"{what} through_membership", through_membership, "True or False"
            )
        _check_filters(what, country=country, countries=countries, mineral=mineral, period=period)
        index = self._query_index()
        keys = None if period is None else _queries.period_keys(period.earliest, period.latest)
        # Each filter given names the positions it could match; the query
        # reads those of the narrowest, and checks every filter on them.
        narrowing: list[list[list[int]]] = []
        if keys is not None:
            narrowing.append(index.years(keys))
        if party is not None:
            wanted = self._party_closure(self._party_id(party, what))
            narrowing.append(index.lists(index.involved, wanted, keys))
        country_list = list(countries or ())
        if country is not None:
            country_list.append(country)
        # Every country must match: one closure per country, all checked for
        # each record (filters built in this loop would see only its last value).
        closures = [self._country_closure(_country_id(c)) for c in country_list]
        reaches = [
            self._membership_reach(closure) if through_membership else [] for closure in closures
        ]
        for closure, reach in zip(closures, reaches, strict=True):
            reached = {party_id for organisations, _ in reach for party_id in organisations}
            narrowing.append(
                [
                    *index.lists(index.involved, closure | reached, keys),
                    *index.lists(index.placed, closure, keys),
                ]
            )
        if mineral is not None:
            wanted_m = self._expand(self._mineral_id(mineral))
            narrowing.append(index.lists(index.minerals, wanted_m, keys))
        if type is not None:
            narrowing.append([index.of_classes(type)])
        records: Iterable[Record] = (
            [self.records[i] for i in _queries.narrowest(narrowing)] if narrowing else self.records
        )
        if type is not None:
            records = (r for r in records if isinstance(r, type))
        if party is not None:
            records = (r for r in records if self._involved(r) & wanted)
        if closures:
            records = [
                r
                for r in records
                if all(
                    self._about(r, closure) or self._reached(r, reach)
                    for closure, reach in zip(closures, reaches, strict=True)
                )
            ]
        if mineral is not None:
            records = (r for r in records if self._covers_any(r, wanted_m))
        if period is not None:
            start, end = period.earliest, period.latest
            records = (r for r in records if self._in_period(r, start, end))
        return tuple(records)

    def timeline(
        self,
        *,
        party: str | None = None,
        country: str | Country | None = None,
        countries: Sequence[str | Country] | None = None,
        mineral: str | None = None,
        period: TemporalValue | None = None,
        through_membership: bool = False,
    ) -> tuple[TimelineEntry, ...]:
        """The events, agreements, laws, milestones, projects and facilities in order of time.

        Takes the filters of :meth:`query`, ``through_membership`` too.
        Where a record's sources agree
        (``2023-02`` and ``2023-02-15``) it has one entry at the most precise
        date; where they disagree, one entry per competing date, marked
        ``disputed``. A milestone's plan and outcome are separate entries;
        so are each stage of an agreement or a law (a stage stated in advance
        is :attr:`EntryKind.SCHEDULED`; one that only has a condition has no
        date and no entry) and the start and end of a project or facility.
        Entries sort by their dates' earliest day, a coarser date before a
        finer one that starts on the same day (``2023-02`` before
        ``2023-02-01``), then by record id. A deadline, which has no earliest
        day, stands at its last day: "by November" after "in November".

        >>> from mineralpact.bundled import korea_mongolia
        >>> for entry in korea_mongolia().timeline(party="org:kt"):
        ...     print(entry.when, entry.title)
        2023-01-26 Memorandum of understanding on mineral resources
        2023-01-26 Signing of the KT-Mongolia memorandum of understanding on mineral resources
        2023-01-26 Ku Hyeon-mo appointed Mongolia's chief technology officer
        """
        records = cast(
            "tuple[_Dated, ...]",
            self._select(
                "Dataset.timeline",
                type=_DATED,
                party=party,
                country=country,
                countries=countries,
                mineral=mineral,
                period=period,
                through_membership=through_membership,
            ),
        )
        entries: list[TimelineEntry] = []
        for record in records:
            for path, kind, stated in _dated_claims(record):
                claims: tuple[DateClaim, ...] = stated
                history: tuple[Plan, ...] = ()
                if kind is EntryKind.PLANNED and isinstance(record, Milestone):
                    claims, history = self._current_plans(record)
                stage = _stage_at(record, path)
                title = (
                    self._stage_title(record, stage)
                    if stage is not None and isinstance(record, (Agreement, Law))
                    else _title(record)
                )
                entries.extend(
                    _entries(
                        record,
                        kind,
                        claims,
                        period,
                        history,
                        title=title,
                        stage=None if stage is None else stage.kind,
                    )
                )
        entries.sort(key=_timeline_key)
        return tuple(entries)

    def plan_history(self, milestone_id: str) -> tuple[Plan, ...]:
        """The plans of a milestone as of each source's date, oldest first.

        Each :class:`~mineralpact.Plan` is one planned date with the sources
        that state it as of one publication date (its ``as_of``; plans whose
        sources have no publication date come last, with ``as_of=None``). A
        plan is ``superseded`` when a source published later states a plan
        too, and ``disputed`` when another plan stated as of the same date
        cannot also be true. The plan of a milestone as of a date is the
        latest plan stated by then.

        >>> from mineralpact.bundled import korea_mongolia
        >>> for plan in korea_mongolia().plan_history("milestone:centre-opening"):
        ...     print(plan)
        2025-11 as of 2025-09-22 (superseded)  [src:korea-times-2025-09-22]
        2025-12-12 as of 2025-12-11  [src:joongang-2025-12-11, src:yonhap-2025-12-11]

        Raises:
            RecordNotFoundError: if the dataset holds no record with this id.
            InvalidTypeError: if the record is not a milestone.
        """
        milestone = self.get(milestone_id)
        if not isinstance(milestone, Milestone):
            raise InvalidTypeError(f"record {milestone_id!r}", milestone, "a Milestone")
        return milestone.plan_history(self._published)

    def _stage_title(self, record: Agreement | Law, stage: Stage) -> str:
        """``Title: ratified by <body> for <party>``, with the names the dataset holds."""
        text = f"{_title(record)}: {stage.kind.value.replace('_', ' ')}"
        if stage.by is not None:
            text += f" by {self._name(stage.by)}"
        if stage.party is not None:
            text += f" for {self._name(stage.party)}"
        return text

    def _name(self, party: str) -> str:
        """The name of a party the dataset holds, or of a country; else its id."""
        record = self._index.get(party)
        if isinstance(record, (Organisation, Person)):
            return record.name.text
        if id_prefix(party) == "country":
            return country_of(party).name
        return party

    def _current_plans(
        self, milestone: Milestone
    ) -> tuple[tuple[DateClaim, ...], tuple[Plan, ...]]:
        """The plans no later source revised, as claims, and the earlier plans."""
        plans = milestone.plan_history(self._published)
        if not any(plan.superseded for plan in plans):
            return milestone.planned, ()
        current: dict[TemporalValue, list[Citation]] = {}
        for plan in plans:
            if not plan.superseded:
                current.setdefault(plan.value, []).extend(plan.citations)
        claims = tuple(DateClaim(value, tuple(cites)) for value, cites in current.items())
        return claims, tuple(plan for plan in plans if plan.superseded)

    def disagreements(self) -> tuple[Disagreement, ...]:
        """Every place where sources state incompatible things about the same subject.

        - The dates of one event, agreement, or milestone's outcome, when two
          of its claims cannot both be true (``2025-12-12`` against
          ``2025-01-12``; ``2023-02`` and ``2023-02-15`` agree).
        - A milestone's plans, when two plans stated as of the same date (their
          sources' publication dates overlap, or are not known) cannot both be
          true. A plan stated later revises an earlier one and does not
          disagree with it: "in November" as of 2025-09-22 and 12 December as
          of 2025-12-11 are a revision (see :meth:`plan_history`). Each
          :class:`Claim` of a plan carries its ``as_of`` date.
        - Figures with the same :attr:`~mineralpact.Figure.key` (subject,
          measure, minerals, basis, stage, category, period, the area a
          rank or share is within) whose values cannot all be true (see
          :meth:`~mineralpact.Figure.agrees_with`). A value and the same
          number marked approximate ("about 16%" and "16%"), a value and a
          range that holds it, a rounded total and a value that rounds to
          it, and a USGS code that states no number (W, NA) beside anything
          can all be true: they are listed only beside a value that
          conflicts. Figures that agree are :meth:`corroborations`.

        - A field of a record that a :class:`~mineralpact.Restatement` (see
          :meth:`merge`) states otherwise, when the values cannot both be
          true: another kind, reference, value or category, or dates that do
          not overlap (aspect: the field's name; claims: :meth:`claims`).
          Another wording of a text (a title, a URL, notes) is not one.

        Differences over time (a title that changed; a rank in 2023 and
        another in 2025) and alternative names are not disagreements.

        >>> from mineralpact.bundled import korea_mongolia
        >>> for disagreement in korea_mongolia().disagreements():
        ...     print(disagreement.subject, disagreement.aspect, len(disagreement.claims))
        milestone:centre-opening actual 2
        """
        found: list[Disagreement] = []
        index = self._query_index()
        for position in index.of_classes(_DATED):
            record = self.records[position]
            for aspect, kind, claims in _dated_claims(record):
                if kind is EntryKind.PLANNED and isinstance(record, Milestone):
                    disputed = [p for p in record.plan_history(self._published) if p.disputed]
                    if disputed:
                        found.append(
                            Disagreement(
                                subject=record.id,
                                aspect=aspect,
                                claims=tuple(
                                    Claim(
                                        value=p.value,
                                        citations=p.citations,
                                        record=record.id,
                                        as_of=p.as_of,
                                    )
                                    for p in disputed
                                ),
                            )
                        )
                    continue
                if len(claims) > 1 and _claims.consensus(claims) is None:
                    found.append(
                        Disagreement(
                            subject=record.id,
                            aspect=_ASPECTS.get(aspect, aspect),
                            claims=tuple(
                                Claim(
                                    value=c.value,
                                    citations=c.citations,
                                    record=record.id,
                                    reason=c.reason,
                                )
                                for c in claims
                            ),
                        )
                    )
        for figures in self._figures_by_key().values():
            # Figures without a number share a key only when their wordings
            # fold to the same text: they never disagree.
            values: dict[object, list[Figure]] = defaultdict(list)
            for figure in figures:
                values[figure.value].append(figure)
            if not _all_agree(figures):
                found.append(
                    Disagreement(
                        subject=figures[0].id,
                        aspect="value",
                        claims=tuple(
                            Claim(
                                value=value,
                                citations=tuple(c for f in group for c in f.citations),
                                record=group[0].id,
                            )
                            for value, group in values.items()
                        ),
                    )
                )
        # The restated records, in the order of their first restatement.
        restated = sorted(index.restated, key=lambda record_id: index.restated[record_id][0])
        for record_id in restated:
            record = self.get(record_id)
            for field in attrs.fields(type(record)):
                if field.name == "id":
                    continue
                stated = self.claims(record_id, field.name)
                if len(stated) > 1 and _conflicting(field, [c.value for c in stated]):
                    found.append(Disagreement(subject=record_id, aspect=field.name, claims=stated))
        return tuple(found)

    def _figures_by_key(self) -> dict[object, list[Figure]]:
        """The figures that share a key with another, by key, in dataset order.

        The grouping is built once (positions only); a figure alone with its
        key is in no group.
        """
        records = self.records
        return {
            key: [cast("Figure", records[i]) for i in group]
            for key, group in self._figure_groups().items()
        }

    def _figure_groups(self) -> dict[object, list[int]]:
        return cast("dict[object, list[int]]", self._lazy.get("figures", self._build_figure_groups))

    def _build_figure_groups(self) -> dict[object, list[int]]:
        by_key: dict[object, list[int]] = defaultdict(list)
        records = self.records
        for i in self._query_index().of_classes(Figure):
            by_key[cast("Figure", records[i]).key].append(i)
        return {key: group for key, group in by_key.items() if len(group) > 1}

    def same_figure(self, figure_id: str) -> tuple[Figure, ...]:
        """The figures that state the same figure as ``figure_id`` (its key), itself first.

        Whether they agree is :meth:`corroborations` and :meth:`disagreements`.

        >>> from mineralpact.bundled import korea_mongolia
        >>> [f.id for f in korea_mongolia().same_figure("figure:mn-mo-production-2024")]
        ['figure:mn-mo-production-2024']

        Raises:
            RecordNotFoundError: if there is no record ``figure_id``.
            RecordTypeError: if it is not a figure.
        """
        figure = self.get(figure_id, Figure)
        group = self._figure_groups().get(figure.key, ())
        others = (cast("Figure", self.records[i]) for i in group)
        return (figure, *(f for f in others if f is not figure))

    def corroborations(self) -> tuple[Corroboration, ...]:
        """Figures stated as two or more records that state the same figure and agree.

        Figures agree when they share a :attr:`~mineralpact.Figure.key` and
        :meth:`~mineralpact.Figure.agrees_with` holds for every pair; where
        one pair does not, they are a :meth:`disagreements` entry instead.

        >>> from mineralpact import Citation, Figure, Measure, Quantity, Source, SourceKind
        >>> def mine(figure_id, source, tonnes):
        ...     return Figure(
        ...         id=figure_id,
        ...         subject=None,
        ...         measure=Measure.PRODUCTION,
        ...         minerals=frozenset({"element:mo"}),
        ...         value=Quantity(tonnes, "t"),
        ...         citations=(Citation(source),),
        ...     )
        >>> data = Dataset((
        ...     Source(id="src:a", title="A", kind=SourceKind.DATASET),
        ...     Source(id="src:b", title="B", kind=SourceKind.DATASET),
        ...     mine("figure:a", "src:a", 256000), mine("figure:b", "src:b", 256000),
        ... ))
        >>> [str(c) for c in data.corroborations()]
        ['figure:a, figure:b (src:a, src:b)']
        """
        return tuple(
            Corroboration(
                records=tuple(f.id for f in figures),
                citations=tuple(c for f in figures for c in f.citations),
            )
            for figures in self._figures_by_key().values()
            if len(figures) > 1 and _all_agree(figures)
        )

    # --- checks ----------------------------------------------------------

    def _check(self) -> Iterator[Problem]:
        problems = list(_checks.check(self.records, self._index, self._ancestors))
        yield from problems
        for i, record in enumerate(self.records):
            if isinstance(record, Restatement) and record.record not in self._index:
                problem = Problem(
                    path=f"$.records[{i}].statement.id",
                    code="missing-reference",
                    message="restatement of a record the dataset does not hold",
                    value=repr(record.record),
                    expected="the id of a record of the dataset",
                    record=record.id,
                )
                problems.append(problem)
                yield problem
        if not any(p.severity is Severity.ERROR for p in problems):
            # Every mineral reference resolves: what the minerals stand for can be read.
            yield from self._check_minerals()

    def _check_minerals(self) -> Iterator[Problem]:
        """Forms within their mineral; tiers without loops, within a complete outer list."""
        for i, record in enumerate(self.records):
            base = f"$.records[{i}]"
            if isinstance(record, MineralForm) and record.only:
                whole = self._elements(record.of)
                for j, element_id in enumerate(sorted(record.only)):
                    if element_id not in whole:
                        yield Problem(
                            path=f"{base}.only[{j}]",
                            code="form-outside-mineral",
                            message=f"an element that {record.of} does not stand for",
                            value=repr(element_id),
                            expected=f"one of the elements of {record.of}",
                            record=record.id,
                        )
            if isinstance(record, MineralList) and record.within is not None:
                yield from self._check_tier(base, record)

    def _check_tier(self, base: str, inner: MineralList) -> Iterator[Problem]:
        seen = {inner.id}
        current = inner.within
        while current is not None and current not in seen:
            seen.add(current)
            found = self._mineral(current)
            current = found.within if isinstance(found, MineralList) else None
        if current == inner.id:
            yield Problem(
                path=f"{base}.within",
                code="tier-loop",
                message="lists that lie within one another in a loop",
                value=repr(inner.within),
                expected="a list that does not lie, through others, within this one",
                record=inner.id,
            )
            return
        outer = self._mineral(inner.within or "")
        if not isinstance(outer, MineralList) or not outer.complete:
            return  # a list stated in part may hold entries it does not show
        covered = self._elements(outer.id)
        for j, entry in enumerate(inner.entries):
            missing = self._elements(entry) - covered
            if missing:
                yield Problem(
                    path=f"{base}.entries[{j}]",
                    code="tier-outside-list",
                    message=f"an entry that the complete list {outer.id} it lies within "
                    f"does not cover (not: {', '.join(sorted(missing))})",
                    value=repr(entry),
                    expected=f"entries whose elements {outer.id} covers, or mark "
                    f"{outer.id} complete=False",
                    record=inner.id,
                )

    def _resolves(self, ref: str) -> bool:
        return _checks.resolves(ref, self._index)

    def _published(self, source_id: str) -> TemporalValue | None:
        return _checks.published_date(source_id, self._index)

    # --- helpers ---------------------------------------------------------

    def _ancestors(self, party: str) -> frozenset[str]:
        """``party``, its parents, and the country it is under."""
        seen = {party}
        current = self._index.get(party)
        while isinstance(current, Organisation):
            if current.jurisdiction is not None:
                seen.add(_country_id(current.jurisdiction))
            parent = current.parent
            if parent is None or parent in seen:
                break
            seen.add(parent)
            current = self._index.get(parent)
        return frozenset(seen)

    def _query_index(self) -> _queries.QueryIndex:
        """The indexes of the queries, built on the first query."""
        return cast("_queries.QueryIndex", self._lazy.get("queries", self._build_queries))

    def _build_queries(self) -> _queries.QueryIndex:
        expanded: dict[str, frozenset[str]] = {}

        def expand(mineral_id: str) -> frozenset[str]:
            found = expanded.get(mineral_id)
            if found is None:
                found = expanded[mineral_id] = self._expand(mineral_id)
            return found

        def covered(record: Record) -> frozenset[str]:
            if id_prefix(record.id) in MINERAL_PREFIXES:
                return expand(record.id)
            minerals = getattr(record, "minerals", None) or ()
            return frozenset().union(*map(expand, minerals))

        with _queries.collector_paused():
            return self._index_records(covered)

    def _index_records(self, covered: Any) -> _queries.QueryIndex:
        return _queries.QueryIndex(
            self.records,
            involved=self._involved,
            spans=_spans,
            place_country=_place_country,
            covered=covered,
            organisation=Organisation,
            position=Position,
            restatement=Restatement,
            instruments=(Agreement, Law),
            jurisdiction=lambda org: (
                None if org.jurisdiction is None else _country_id(org.jurisdiction)
            ),
        )

    def _party_closure(self, party: str) -> frozenset[str]:
        """``party``, the organisations under it, and the people holding posts in them."""
        return self._closure((party,))

    def _country_closure(self, country_id: str) -> frozenset[str]:
        """The country, the organisations under its jurisdiction, and all under them."""
        roots = [country_id, *self._query_index().under_country.get(country_id, ())]
        return self._closure(roots)

    def _closure(self, roots: Iterable[str]) -> frozenset[str]:
        """``roots``, the organisations under them, and the people (and posts) in those."""
        index = self._query_index()
        children, posts = index.children, index.posts
        wanted: set[str] = set()
        stack = list(roots)
        while stack:
            party = stack.pop()
            if party not in wanted:
                wanted.add(party)
                stack.extend(children.get(party, ()))
        for organisation in list(wanted):
            for person, position in posts.get(organisation, ()):
                wanted.update((person, position))
        return frozenset(wanted)

    def _involved(self, record: Record) -> frozenset[str]:
        """The party and position ids a record mentions (not its citations)."""
        ids = {
            ref
            for path, ref in record.references()
            if not path.endswith(".source") and id_prefix(ref) in (*PARTY_PREFIXES, "position")
        }
        if isinstance(record, (Organisation, Person, Position)):
            ids.add(record.id)
        return frozenset(ids)

    def _party_id(self, party: object, what: str) -> str:
        """``party`` if it names a party the dataset holds, or a country; else an error."""
        record_id = check_id(f"{what} party", party, PARTY_PREFIXES)
        if self._resolves(record_id):
            return record_id
        if id_prefix(record_id) == "country":
            raise InvalidCodeError(
                f"{what} party",
                record_id,
                "an ISO 3166-1 alpha-2 code in lower case, such as 'country:mn'",
            )
        return self.get(record_id).id  # RecordNotFoundError, with close ids

    def _about(self, record: Record, country_closure: frozenset[str]) -> bool:
        """Whether ``record`` involves one of a country's parties, or lies in the country."""
        return bool(self._involved(record) & country_closure) or _place_in(record, country_closure)

    def _mineral_id(self, mineral: str) -> str:
        if mineral in self._index and id_prefix(mineral) in MINERAL_PREFIXES:
            return mineral
        for i in self._query_index().of_classes(_MINERAL_TYPES):
            record = cast("_MineralRecord", self.records[i])
            if _minerals_match(record, mineral):
                return record.id
        return _minerals.lookup(mineral).id

    def _mineral(self, mineral_id: str) -> object:
        """The mineral record held or bundled with this id, or None."""
        return self._index.get(mineral_id) or _minerals.find(mineral_id)

    def _expand(self, mineral_id: str) -> frozenset[str]:
        """The element (and commodity) ids a mineral id held or bundled covers.

        A commodity stands for itself as well as its elements, so that a
        query for coal finds what names coal. A form stands for the elements
        it is limited to (or all of its mineral's), and the commodity it is
        a form of. Entries are never lists, and a form is of no form or list,
        so the walk ends.
        """
        record = self._index.get(mineral_id) or _minerals.lookup(mineral_id)
        if isinstance(record, Element):
            return frozenset({record.id})
        if isinstance(record, MineralGroup):
            return frozenset(record.members)
        if isinstance(record, Commodity):
            return frozenset({record.id}) | record.elements
        if isinstance(record, MineralForm):
            whole = self._expand(record.of)
            if not record.only:
                return whole
            return record.only | {m for m in whole if id_prefix(m) == "commodity"}
        if isinstance(record, MineralList):
            return frozenset().union(*(self._expand(entry) for entry in record.entries))
        raise AssertionError(mineral_id)  # pragma: no cover - ids name their kind

    def _elements(self, mineral_id: str) -> frozenset[str]:
        return frozenset(m for m in self._expand(mineral_id) if id_prefix(m) == "element")

    def elements_of(self, mineral: str) -> frozenset[str]:
        """The ids of the elements that ``mineral`` stands for, held or bundled.

        ``mineral`` is a mineral id or a name, read as :meth:`query` reads
        it: the dataset's own records first (by id, symbol, name or alias),
        then the bundled ones. An element stands for itself; a group for its
        members; a commodity for the elements it is a source of; a form
        (:class:`~mineralpact.MineralForm`) for the elements it is limited
        to, or all those of its mineral; a list for what its entries stand
        for, together. This is :func:`mineralpact.minerals.expand` for the
        minerals a dataset defines too.

        >>> from mineralpact import Citation, Dataset, MineralForm, MineralList, Organisation
        >>> from mineralpact import Name, OrganisationKind, Source, SourceKind
        >>> crma = Source(id="src:crma", title="Regulation (EU) 2024/1252",
        ...               kind=SourceKind.OTHER)
        >>> cite = (Citation("src:crma"),)
        >>> eu = Organisation(id="org:eu", names=(Name("European Union"),),
        ...                   kind=OrganisationKind.OTHER, citations=cite)
        >>> magnets = MineralForm(
        ...     id="form:ree-for-magnets",
        ...     name="rare earth elements for magnets",
        ...     of="group:ree",
        ...     qualifier="for magnets",
        ...     only=frozenset({"element:nd", "element:pr", "element:tb", "element:dy",
        ...                     "element:gd", "element:sm", "element:ce"}),
        ...     citations=cite,
        ... )
        >>> strategic = MineralList(
        ...     id="list:eu-strategic", title="Strategic raw materials", issuer="org:eu",
        ...     entries=("element:co", "form:ree-for-magnets"), complete=False, citations=cite,
        ... )
        >>> data = Dataset((crma, eu, magnets, strategic))
        >>> sorted(data.elements_of("rare earth elements for magnets"))
        ['element:ce', 'element:dy', 'element:gd', 'element:nd', 'element:pr', 'element:sm', 'element:tb']
        >>> len(data.elements_of("list:eu-strategic")), len(data.elements_of("group:ree"))
        (8, 17)
        >>> [r.id for r in data.query(type=MineralList, mineral="Nd")]
        ['list:eu-strategic']
        >>> [r.id for r in data.query(type=MineralList, mineral="La")]
        []

        Raises:
            UnknownMineralError: if nothing held or bundled has that id, symbol or name.
            InvalidTypeError: if ``mineral`` is not a string.
        """  # noqa: E501 -- a doctest output line
        if not isinstance(mineral, str):
            raise InvalidTypeError(
                "Dataset.elements_of mineral", mineral, "a mineral id or name (a str) such as 'Nd'"
            )
        return self._elements(self._mineral_id(mineral))

    def _covers_any(self, record: Record, wanted: frozenset[str]) -> bool:
        if id_prefix(record.id) in MINERAL_PREFIXES:
            return bool(self._expand(record.id) & wanted)
        minerals = getattr(record, "minerals", None)
        if not minerals:
            return False
        return any(self._expand(m) & wanted for m in minerals)

    def _in_period(self, record: Record, start: date | None, end: date | None) -> bool:
        return any(_meet(span, (start, end)) for span in _spans(record))

    def _membership_reach(self, country_closure: frozenset[str]) -> list[_Reach]:
        """What a country reaches through its memberships, and when.

        Each item is the closure of an organisation that the country (or an
        organisation under it) belongs to, with the period of that membership.
        """
        reach: list[_Reach] = []
        member_of = self._query_index().member_of
        found = {i for party in country_closure for i in member_of.get(party, ())}
        for i in sorted(found):
            organisation = cast("Organisation", self.records[i])
            periods = [
                (
                    m.since.earliest if m.since is not None else None,
                    m.until.latest if m.until is not None else None,
                )
                for m in organisation.members
                if m.member in country_closure
            ]
            if periods:
                reach.append((self._party_closure(organisation.id), tuple(periods)))
        return reach

    def _reached(self, record: Record, reach: list[_Reach]) -> bool:
        """Whether ``record`` involves an organisation of ``reach`` while a member was in it."""
        if not reach:
            return False
        involved = self._involved(record)
        spans = [*_spans(record), *_published(record)]
        return any(
            involved & closure
            and (not spans or any(_meet(span, period) for span in spans for period in periods))
            for closure, periods in reach
        )


_Span: TypeAlias = tuple[date | None, date | None]
# An organisation's closure, and the periods in which a country was a member of it.
_Reach: TypeAlias = tuple[frozenset[str], tuple[_Span, ...]]


def _meet(a: _Span, b: _Span) -> bool:
    """Whether two spans of days (``None``: no limit on that side) can share a day."""
    return (a[1] is None or b[0] is None or b[0] <= a[1]) and (
        b[1] is None or a[0] is None or a[0] <= b[1]
    )


def _spans(record: Record) -> list[_Span]:
    """The spans of days of the dates a record has, as the ``period`` filter reads them.

    The dates of events and agreements, a milestone's plans and outcomes, a
    figure's period and as-of date, and a position's stated period.
    """
    if isinstance(record, Position) and (record.since or record.until):
        return [
            (
                record.since.earliest if record.since else None,
                record.until.latest if record.until else None,
            )
        ]
    values: list[TemporalValue] = [
        claim.value for _, _, claims in _dated_claims(record) for claim in claims
    ]
    if isinstance(record, Figure):
        values += [v for v in (record.period, record.as_of) if v is not None]
    return [(v.earliest, v.latest) for v in values]


def _published(record: Record) -> list[_Span]:
    """A mineral list's publication date, as a span (a list is dated by it)."""
    if isinstance(record, MineralList) and record.published is not None:
        return [(record.published.earliest, record.published.latest)]
    return []


def _entries(
    record: _Dated,
    kind: EntryKind,
    claims: tuple[DateClaim, ...],
    period: TemporalValue | None,
    history: tuple[Plan, ...],
    *,
    title: str,
    stage: StageKind | None,
) -> Iterator[TimelineEntry]:
    """The timeline entries of one field's claims: one if they agree, else one per claim."""
    if not claims:
        return
    agreed = _claims.consensus(claims)
    if agreed is not None:
        if period is None or _overlaps(period.earliest, period.latest, agreed):
            yield TimelineEntry(
                when=agreed,
                kind=kind,
                record=record.id,
                title=title,
                citations=tuple(c for claim in claims for c in claim.citations),
                history=history,
                stage=stage,
            )
        return
    for claim in claims:
        if period is not None and not _overlaps(period.earliest, period.latest, claim.value):
            continue
        yield TimelineEntry(
            when=claim.value,
            kind=kind,
            record=record.id,
            title=title,
            citations=claim.citations,
            disputed=True,
            history=history,
            stage=stage,
        )


def _check_record_class(cls: object, what: str) -> None:
    if not (isinstance(cls, type) and issubclass(cls, RECORD_TYPES)):
        raise InvalidTypeError(
            f"{what} cls", cls, "a record class such as Agreement, Organisation or Event"
        )


def _as(record: Record, cls: type[RecordT], what: str) -> RecordT:
    """``record`` if it is a ``cls``; :class:`RecordTypeError` if not."""
    _check_record_class(cls, what)
    if not isinstance(record, cls):
        raise RecordTypeError(record.id, cls.__name__, type(record).__name__, what=what)
    return record


def _timeline_key(entry: TimelineEntry) -> tuple[date, tuple[Any, ...], str, str]:
    when = entry.when
    anchor = when.earliest or when.latest or date.max
    return anchor, when.sort_key, entry.record, entry.kind.value


def _minerals_match(
    record: Element | MineralGroup | Commodity | MineralForm | MineralList, text: str
) -> bool:
    """Whether ``text`` names ``record``, as :func:`mineralpact.minerals.lookup` reads names."""
    if isinstance(record, Element) and record.symbol == text:
        return True
    names = (record.title if isinstance(record, MineralList) else record.name, *record.aliases)
    folded = fold_name_and_separators(text)
    return any(fold_name_and_separators(name) == folded for name in names)


def _country_id(country: str | Country) -> str:
    if isinstance(country, Country):
        return f"country:{country.alpha2.lower()}"
    if country.startswith("country:"):
        return country
    return f"country:{Country.parse(country).alpha2.lower()}"


def _place_country(record: Record) -> str | None:
    """The id of the country of a record's place, if it has one."""
    place = getattr(record, "place", None)
    if isinstance(place, Place) and place.country is not None:
        return _country_id(place.country)
    return None


def _place_in(record: Record, countries: frozenset[str]) -> bool:
    place = getattr(record, "place", None)
    return (
        isinstance(place, Place)
        and place.country is not None
        and _country_id(place.country) in countries
    )


def _all_agree(figures: Sequence[Figure]) -> bool:
    """Whether every pair of ``figures`` (of one key) agrees; one figure per distinct statement."""
    distinct = list({(f.value, f.rounding): f for f in figures}.values())
    return all(a.agrees_with(b) for i, a in enumerate(distinct) for b in distinct[i + 1 :])


def _index(
    records: Iterable[tuple[int, object]],
) -> tuple[dict[str, Record], list[Problem], list[tuple[int, Record]]]:
    """Records by id, the problems of records that are not records or repeat an id, and the rest.

    The rest are the records that passed these checks, at their positions.
    """
    index: dict[str, Record] = {}
    problems: list[Problem] = []
    alone: list[tuple[int, Record]] = []
    positions: dict[str, int] = {}
    for i, item in records:
        if type(item) not in _RECORD_TYPE_SET and not isinstance(item, RECORD_TYPES):
            problems.append(
                Problem(
                    path=f"$.records[{i}]",
                    code="wrong-type",
                    message="not a mineralpact record",
                    expected=_RECORD_LIST,
                    value=type(item).__name__,
                )
            )
            continue
        record = cast("Record", item)
        if record.id in index:
            problems.append(
                Problem(
                    path=f"$.records[{i}].id",
                    code="duplicate-id",
                    message=f"id already used by $.records[{positions[record.id]}]",
                    value=repr(record.id),
                    expected="an id that no other record has",
                    record=record.id,
                )
            )
            continue
        index[record.id] = record
        positions[record.id] = i
        alone.append((i, record))
    return index, problems, alone


def problems_beside(records: Iterable[tuple[int, Record]], unread: Iterable[str]) -> list[Problem]:
    """The problems of ``records`` (at their positions) beside records that could not be read.

    ``unread`` are the ids of the records that could not be read: references
    to them are not reported, since the records exist, with problems of their
    own. Repeated ids are reported, and the references and periods of the
    other records are checked (see :func:`mineralpact._checks.check_alone`).
    """
    index, problems, alone = _index(records)
    held = index.keys() | set(unread)
    problems.extend(_checks.check_alone(alone, held))
    return problems


def _check_filters(
    what: str,
    *,
    country: object,
    countries: object,
    mineral: object,
    period: object,
) -> None:
    """The library's error for a filter of the wrong type, before any is used."""
    # A party is checked where it is read, as a record id.
    if mineral is not None and not isinstance(mineral, str):
        raise InvalidTypeError(
            f"{what} mineral", mineral, "a mineral id or name (a str) such as 'Nd'"
        )
    if countries is not None and (
        isinstance(countries, (str, bytes)) or not isinstance(countries, Iterable)
    ):
        raise InvalidTypeError(
            f"{what} countries", countries, "a sequence of countries, such as ('KR', 'MN')"
        )
    chosen = [] if country is None else [country]
    for value in (*chosen, *(countries or ())):
        if not isinstance(value, (str, Country)):
            raise InvalidTypeError(
                f"{what} country", value, "an ISO code (a str) such as 'MN', or a Country"
            )
    if period is not None and not isinstance(period, TEMPORAL_TYPES):
        raise InvalidTypeError(
            f"{what} period",
            period,
            "a temporal value, such as PartialDate(2023) or DateRange.parse('2023/2024')",
        )
