"""Sources, citations and claims: the evidence behind every fact.

A :class:`Source` is a document: a news report, a press release, a government
report, a dataset. A :class:`Citation` points into one: the source's id, a
short quotation (a sentence or less), and, where a value was derived from a
phrase, the phrase as written (``"March 12"``). A :class:`DateClaim` is one
date that one or more sources give for something, so that sources that
disagree can be held side by side.

>>> from mineralpact import Citation, DateClaim, PartialDate, Source, SourceKind
>>> herald = Source(
...     id="src:korea-herald-2023-01-26",
...     title="KT, Mongolia team up on rare earths supply",
...     kind=SourceKind.NEWS_REPORT,
...     publisher="The Korea Herald",
...     authors=("Jie Ye-eun",),
...     published=PartialDate(2023, 1, 26),
... )
>>> cite = Citation(
...     "src:korea-herald-2023-01-26",
...     quotation="KT Corp. said Thursday it has signed a partnership deal",
...     phrase="Thursday",
... )
>>> DateClaim(PartialDate(2023, 1, 26), (cite,)).value
PartialDate(2023, 1, 26)
"""

from __future__ import annotations

import enum

import attrs

from mineralpact import _fields
from mineralpact import _validate as v
from mineralpact.dates import TEMPORAL_TYPES, TemporalValue
from mineralpact.errors import InvalidValueError

__all__ = [
    "MAX_QUOTATION_LENGTH",
    "MAX_REASON_LENGTH",
    "Citation",
    "Confidence",
    "DateClaim",
    "Source",
    "SourceKind",
]

#: The longest quotation a citation may hold: a sentence or so, not an article.
MAX_QUOTATION_LENGTH = 600

#: The longest reason a date claim may give for its date: one line.
MAX_REASON_LENGTH = 300


class SourceKind(enum.Enum):
    """What kind of document a source is.

    >>> SourceKind("press_release")
    <SourceKind.PRESS_RELEASE: 'press_release'>
    """

    NEWS_REPORT = "news_report"
    PRESS_RELEASE = "press_release"
    GOVERNMENT_REPORT = "government_report"
    DATASET = "dataset"
    REFERENCE = "reference"
    WEB_PAGE = "web_page"
    OTHER = "other"


class Confidence(enum.Enum):
    """How well established something is (a source's metadata, a reading).

    HIGH: two or more independent or primary reports agree; MEDIUM: one report
    or an inference; LOW: weak evidence.

    >>> Confidence("low")
    <Confidence.LOW: 'low'>
    """

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


@attrs.frozen
class Source:
    """A document that states facts: who published it, when, and where.

    ``published`` is a temporal value: a :class:`~mineralpact.PartialDate`
    when the day (or only the month or year) is known, a
    :class:`~mineralpact.QualifiedDate` such as ``2025-12-15?`` when it is
    inferred, a :class:`~mineralpact.Deadline` when only a latest possible
    date is known (a page rendered on 2026-03-21 was published by then), or
    ``None`` when nothing is known. ``confidence`` says how well that
    metadata is established; ``language`` is an ISO 639-1 code.

    >>> Source(id="src:x", title="A report", kind=SourceKind.DATASET).language
    'en'
    """

    id: str = attrs.field(**_fields.identifier("src"))
    title: str = attrs.field(**_fields.title(max_length=500))
    kind: SourceKind = attrs.field(validator=v.instance_of(SourceKind))
    publisher: str | None = attrs.field(default=None, validator=v.optional(v.text(max_length=200)))
    authors: tuple[str, ...] = attrs.field(
        default=(), validator=v.tuple_of(str, member=v.text(max_length=200))
    )
    url: str | None = attrs.field(default=None, validator=v.optional(v.text(max_length=2048)))
    published: TemporalValue | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(*TEMPORAL_TYPES))
    )
    language: str = attrs.field(default="en", validator=v.language())
    confidence: Confidence | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Confidence))
    )
    notes: str | None = _fields.notes()

    references = _fields.references


@attrs.frozen
class Citation:
    """A pointer into a source: which source, what it says, and how it says it.

    ``quotation`` is a short verbatim excerpt (at most
    :data:`MAX_QUOTATION_LENGTH` characters). ``phrase`` is the phrase as
    written from which a value was derived (``"January 12"``); when both are
    given, the phrase must occur in the quotation.

    >>> Citation("src:a", quotation="held on March 12 in Seoul", phrase="March 12").phrase
    'March 12'
    >>> Citation("src:a", quotation="held on March 12", phrase="March 13")
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidValueError: invalid Citation.phrase: 'March 13' ...
    """

    source: str = attrs.field(**_fields.ref("src"))
    quotation: str | None = attrs.field(
        default=None, validator=v.optional(v.text(max_length=MAX_QUOTATION_LENGTH, multiline=True))
    )
    phrase: str | None = attrs.field(default=None, validator=v.optional(v.text(max_length=200)))

    def __attrs_post_init__(self) -> None:
        if (
            self.phrase is not None
            and self.quotation is not None
            and self.phrase not in self.quotation
        ):
            raise InvalidValueError(
                "Citation.phrase",
                self.phrase,
                "a phrase that occurs in the quotation",
                reason=f"quotation: {self.quotation!r}",
            )


@attrs.frozen
class DateClaim:
    """A date that one or more sources give for something.

    An event, agreement or milestone holds one claim per distinct date its
    sources state, so that a disagreement (``2025-12-12`` against
    ``2025-01-12``) is kept rather than overwritten.

    ``reason`` is a source's explanation of why this date differs from
    another, in one line, when a source gives one (``None``, the default,
    when none does; it is left out of the JSON form then). It is shown with
    the claim in :meth:`~mineralpact.Dataset.disagreements` and by the
    command line's ``show``.

    >>> from mineralpact import PartialDate
    >>> c = Citation("src:a", quotation="opened on January 12", phrase="January 12")
    >>> str(DateClaim(PartialDate(2025, 1, 12), (c,)).value)
    '2025-01-12'

    A bill registered "formally" on one day and in fact on the next:

    >>> unn = Citation("src:unn", quotation="Formally, it was done at 23:59 on May 1")
    >>> DateClaim(PartialDate(2025, 5, 1), (unn,), reason="registered formally at 23:59").reason
    'registered formally at 23:59'
    >>> DateClaim(PartialDate(2025, 5, 1), (unn,), reason=" ")
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidValueError: invalid DateClaim.reason: ' '; expected a non-blank string
    """

    value: TemporalValue = attrs.field(validator=v.instance_of(*TEMPORAL_TYPES))
    citations: tuple[Citation, ...] = attrs.field(**_fields.citations())
    reason: str | None = attrs.field(
        default=None, validator=v.optional(v.text(max_length=MAX_REASON_LENGTH))
    )

    @property
    def sources(self) -> frozenset[str]:
        """The ids of the sources that state this date.

        >>> from mineralpact import PartialDate
        >>> claim = DateClaim(
        ...     PartialDate(2025, 12, 12),
        ...     (Citation("src:yonhap-2025-12-11"), Citation("src:kigam-2025-12")),
        ... )
        >>> sorted(claim.sources)
        ['src:kigam-2025-12', 'src:yonhap-2025-12-11']
        """
        return frozenset(c.source for c in self.citations)
