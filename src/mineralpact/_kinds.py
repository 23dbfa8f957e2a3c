"""The kinds of record and of figure value: one row each, and the rest derived from the rows.

A kind of record is its class, the tag that names it in JSON (the ``type``
key) and the prefix of its ids; a kind of figure value is its class and its
tag. Everything else that lists the kinds reads these rows: the types a
:class:`~mineralpact.Dataset` holds and the message that names them, the
converter's tagged unions, the schema's tags and the strategies' records.
Adding a kind of record is one module for its class and one row here.

The type aliases :data:`mineralpact.dataset.Record` and
:data:`mineralpact.figures.FigureValue` stay written out, for type
checkers; the tests check that each is the union of its table's classes.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Iterable
from typing import Any

import attrs

from mineralpact.agreements import Agreement
from mineralpact.events import Event
from mineralpact.figures import Figure
from mineralpact.laws import Law
from mineralpact.milestones import Milestone
from mineralpact.minerals import Commodity, Element, MineralForm, MineralGroup, MineralList
from mineralpact.parties import Organisation, Person, Position
from mineralpact.projects import Facility, Project
from mineralpact.quantities import Coded, Count, Money, Quantity, QuantityRange, Rank, Share
from mineralpact.restatements import Restatement
from mineralpact.sources import Source

__all__ = [
    "RECORD_KINDS",
    "VALUE_KINDS",
    "RecordKind",
    "ValueKind",
    "classes",
    "kind_list",
    "tags",
    "union",
]


@attrs.frozen
class RecordKind:
    """A kind of record: its class, its JSON tag and the prefix of its ids."""

    cls: type
    tag: str
    prefix: str


@attrs.frozen
class ValueKind:
    """A kind of figure value: its class and its JSON tag."""

    cls: type
    tag: str


#: Every kind of record, in the order the schema and messages list them.
RECORD_KINDS: tuple[RecordKind, ...] = (
    RecordKind(Source, "source", "src"),
    RecordKind(Organisation, "organisation", "org"),
    RecordKind(Person, "person", "person"),
    RecordKind(Position, "position", "position"),
    RecordKind(Element, "element", "element"),
    RecordKind(MineralGroup, "mineral_group", "group"),
    RecordKind(Commodity, "commodity", "commodity"),
    RecordKind(MineralForm, "mineral_form", "form"),
    RecordKind(MineralList, "mineral_list", "list"),
    RecordKind(Agreement, "agreement", "agreement"),
    RecordKind(Event, "event", "event"),
    RecordKind(Project, "project", "project"),
    RecordKind(Facility, "facility", "facility"),
    RecordKind(Milestone, "milestone", "milestone"),
    RecordKind(Figure, "figure", "figure"),
    RecordKind(Law, "law", "law"),
    RecordKind(Restatement, "restatement", "restatement"),
)

#: Every kind of figure value.
VALUE_KINDS: tuple[ValueKind, ...] = (
    ValueKind(Quantity, "quantity"),
    ValueKind(Share, "share"),
    ValueKind(Rank, "rank"),
    ValueKind(Count, "count"),
    ValueKind(Money, "money"),
    ValueKind(QuantityRange, "quantity_range"),
    ValueKind(Coded, "coded"),
)


def classes(kinds: Iterable[RecordKind | ValueKind]) -> tuple[type, ...]:
    """The classes of ``kinds``, in order."""
    return tuple(kind.cls for kind in kinds)


def tags(kinds: Iterable[RecordKind | ValueKind]) -> dict[type, str]:
    """The JSON tag of each class of ``kinds``."""
    return {kind.cls: kind.tag for kind in kinds}


def union(kinds: Iterable[RecordKind | ValueKind]) -> Any:
    """The union of the classes of ``kinds``: ``Source | Organisation | …``.

    It equals (and hashes as) the same union written out, so that hooks
    registered for one serve the other.
    """
    return functools.reduce(operator.or_, classes(kinds))


def kind_list(kinds: Iterable[RecordKind | ValueKind]) -> str:
    """The class names of ``kinds`` for a message: ``a Source, Person or Figure``."""
    *rest, last = [kind.cls.__name__ for kind in kinds]
    return f"a {', '.join(rest)} or {last}" if rest else f"a {last}"
