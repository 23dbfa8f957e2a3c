"""Restatements: a record as another dataset states it, kept beside the record held.

Two datasets may state one record (one id) in other words: a source's title
written differently, another form of its URL, another kind for an
organisation. :meth:`~mineralpact.Dataset.merge` combines what can be
combined (citations, names, dates and other lists are joined; a field one
side leaves empty takes the other's value) and keeps every statement it
cannot combine without overwriting one as a :class:`Restatement`: the other
dataset's record whole, under an id of its own. Nothing is lost, and each
differing value is a claim with the citations of the record that states it
(:meth:`~mineralpact.Dataset.claims`); values that cannot both be true are
listed by :meth:`~mineralpact.Dataset.disagreements`.

>>> from mineralpact import Restatement, Source, SourceKind
>>> herald = Source(id="src:herald", title="KT, Mongolia team up", kind=SourceKind.NEWS_REPORT)
>>> again = Restatement(
...     id="restatement:src.herald",
...     statement=Source(id="src:herald", title="KT and Mongolia team up", kind=SourceKind.NEWS_REPORT),
... )
>>> again.record
'src:herald'
>>> again.statement.title
'KT and Mongolia team up'
"""  # noqa: E501 -- a doctest line

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from mineralpact import _fields
from mineralpact import _validate as v
from mineralpact._ids import MAX_ID_LENGTH
from mineralpact.agreements import Agreement
from mineralpact.events import Event
from mineralpact.figures import Figure
from mineralpact.laws import Law
from mineralpact.milestones import Milestone
from mineralpact.minerals import Commodity, Element, MineralForm, MineralGroup, MineralList
from mineralpact.parties import Organisation, Person, Position
from mineralpact.projects import Facility, Project
from mineralpact.sources import Source

if TYPE_CHECKING:
    from mineralpact.dataset import Record

__all__ = ["STATED_TYPES", "Restatement", "restatement_id"]

#: The prefix of a restatement's id.
PREFIX = "restatement"


#: The kinds of record a restatement may state: every kind but a restatement
#: (a test checks that this is the table of kinds, less this one).
STATED_TYPES: tuple[type, ...] = (
    Source,
    Organisation,
    Person,
    Position,
    Element,
    MineralGroup,
    Commodity,
    MineralForm,
    MineralList,
    Agreement,
    Event,
    Project,
    Facility,
    Milestone,
    Figure,
    Law,
)


@attrs.frozen
class Restatement:
    """A record as another dataset states it, where it differs from the record held.

    ``statement`` is the other dataset's record, whole, with the id of the
    record the dataset holds (:attr:`record`). The dataset checks that it
    holds that record and that the statement's citations name sources it
    holds. See :meth:`~mineralpact.Dataset.merge`.
    """

    id: str = attrs.field(**_fields.identifier(PREFIX))
    statement: Record = attrs.field(validator=v.instance_of(*STATED_TYPES))

    @property
    def record(self) -> str:
        """The id of the record restated."""
        return self.statement.id

    references = _fields.references


def restatement_id(record_id: str, taken: Any) -> str:
    """A new id for a restatement of ``record_id``, not in ``taken``.

    >>> restatement_id("src:herald", set())
    'restatement:src.herald'
    >>> restatement_id("src:herald", {"restatement:src.herald"})
    'restatement:src.herald.2'
    """
    slug = record_id.replace(":", ".", 1)
    base = f"{PREFIX}:{slug}"[: MAX_ID_LENGTH - 8].rstrip("-_.")
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}.{n}"
    return candidate
