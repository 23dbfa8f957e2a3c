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
  combined without overwriting one: that is a conflict, reported with the
  field's path.
"""

from __future__ import annotations

import enum
from typing import Any, TypeVar

import attrs

from mineralpact.errors import Problem

__all__ = ["combine"]

T = TypeVar("T")


def combine(a: T, b: T, path: str) -> tuple[T | None, list[Problem]]:
    """``a`` and ``b`` combined, or ``None`` and the conflicts that prevent it.

    ``a`` and ``b`` are of one type: a record id's prefix names its type.
    """
    record_id = getattr(a, "id", None)
    if a == b:
        return a, []
    changes: dict[str, Any] = {}
    problems: list[Problem] = []
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
            problems.append(
                Problem(
                    path=f"{path}.{field.name}",
                    code="conflicting-id",
                    message=f"{record_id!r} has a different {field.name} in each dataset",
                    value=f"{_show(mine)} / {_show(theirs)}",
                    expected="the same value, or a value on one side only",
                    record=record_id,
                )
            )
    if problems:
        return None, problems
    return attrs.evolve(a, **changes), []  # type: ignore[misc]


def _show(value: object) -> str:
    return str(value.value) if isinstance(value, enum.Enum) else str(value)


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
