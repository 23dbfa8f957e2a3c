"""Combining two statements of one record, as two sources may make them.

Two records with one id (one from each of two sources, or two datasets) are
combined field by field, so that every source's statements are kept:

- equal values are kept once; a field left at its default on one side takes
  the other side's value;
- date claims are joined: claims of the same value become one claim holding
  the citations of both, and claims of different values are all kept (a
  disagreement stays visible);
- citations, and the items of other tuples (names, signatories, aliases), are
  joined in order without repeats; sets are united; a name given by several
  sources is one name, with the citations and the attested dates of all;
- two different values of any other field (two titles, two kinds) cannot be
  combined without overwriting one: the combined record keeps the first, and
  the names of those fields are returned, so that the caller keeps the second
  record whole beside it (a :class:`~mineralpact.Restatement`).
"""

from __future__ import annotations

from typing import Any, TypeVar

import attrs

__all__ = ["combine", "stated"]

T = TypeVar("T")


def combine(a: T, b: T) -> tuple[T, tuple[str, ...]]:
    """``a`` and ``b`` combined, and the fields in which ``b`` says something else.

    ``a`` and ``b`` are of one type: a record id's prefix names its type. In
    the fields returned, the combined record holds ``a``'s value.
    """
    if a == b:
        return a, ()
    changes: dict[str, Any] = {}
    differing: list[str] = []
    cls: Any = type(a)
    for field in attrs.fields(cls):
        mine, theirs = getattr(a, field.name), getattr(b, field.name)
        if mine == theirs:
            continue
        default = field.default  # records have no factory defaults
        if theirs == default:
            continue
        if mine == default:
            changes[field.name] = theirs
        elif isinstance(mine, tuple) and isinstance(theirs, tuple):
            changes[field.name] = _join(mine, theirs)
        elif isinstance(mine, frozenset) and isinstance(theirs, frozenset):
            changes[field.name] = mine | theirs
        else:
            differing.append(field.name)
    combined = attrs.evolve(a, **changes) if changes else a  # type: ignore[misc]
    return combined, tuple(differing)


def stated(record: object, name: str) -> bool:
    """Whether ``record`` states a value of the field ``name`` that cannot be joined.

    A value left at its default states nothing; tuples and sets are joined.
    """
    value = getattr(record, name)
    cls: Any = type(record)
    field = attrs.fields_dict(cls)[name]
    return value != field.default and not isinstance(value, (tuple, frozenset))


def _join(mine: tuple[Any, ...], theirs: tuple[Any, ...]) -> tuple[Any, ...]:
    """Items of both in order, without repeats.

    Items that carry citations (date claims, names) and differ only in them
    (and in the dates on which sources show them in use) are one statement
    made by several sources: they become one item with the citations, and
    the attested dates, of both.
    """
    joined: dict[object, Any] = {}
    for item in mine + theirs:
        key = _statement(item)
        held = joined.get(key)
        if held is None:
            joined[key] = item
        elif held != item:
            changes: dict[str, Any] = {
                "citations": tuple(dict.fromkeys(held.citations + item.citations))
            }
            if hasattr(held, "attested"):
                changes["attested"] = _join(held.attested, item.attested)
            joined[key] = attrs.evolve(held, **changes)
    return tuple(joined.values())


#: The fields that say who states an item, or when sources show it, not what it states.
_EVIDENCE = frozenset({"citations", "attested"})


def _statement(item: object) -> object:
    """What an item states, leaving out who states it and when they show it in use."""
    if attrs.has(type(item)) and hasattr(item, "citations"):
        cls: Any = type(item)
        return (cls, *(getattr(item, f.name) for f in attrs.fields(cls) if f.name not in _EVIDENCE))
    return item
