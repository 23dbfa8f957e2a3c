"""Upgrades of the older minor versions of the format that this release reads.

A reader reads every minor version of its major. When a minor version renames
a field, the reader of the later version upgrades each record of an older one
as it reads it; nothing else of the document changes, and a record that does
not need the upgrade is left as it is. Migrations from older *major* versions
are :func:`mineralpact.register_migration`'s concern; a document they produce
is upgraded here in turn.

=======  =================================================================
version  change
=======  =================================================================
1.1      a project's and a facility's ``location`` is ``place``, as on
         agreements and events
1.2      new kinds of record (``law``, ``mineral_form``) and new optional
         fields; nothing renamed, so a 1.1 record reads as it is
=======  =================================================================
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from mineralpact._envelope import FORMAT_VERSION, MAJOR_VERSION

__all__ = ["OLD_NAMES", "record_upgrade"]

#: The minor version this release writes, of the major it reads.
_CURRENT_MINOR = int(FORMAT_VERSION.partition(".")[2])

_MINOR = re.compile(rf"{MAJOR_VERSION}\.(0|[1-9][0-9]{{0,3}})")

_RenameFrom = tuple[frozenset[str], str, str]

#: For each older minor version, the fields renamed in the next one: the
#: record types concerned, the old name and the new name.
_RENAMED: dict[int, tuple[_RenameFrom, ...]] = {
    0: ((frozenset({"project", "facility"}), "location", "place"),),
}

#: The names of fields that an older minor version held and a later one renamed.
OLD_NAMES = frozenset(old for renames in _RENAMED.values() for _, old, _ in renames)


def _renamed(record: Any, renames: tuple[_RenameFrom, ...]) -> Any:
    if type(record) is not dict:
        return record  # the converter says what is wrong
    for types, old, new in renames:
        # A record that already has the new name keeps both, and the
        # converter refuses the old one as unknown: nothing is overwritten.
        if record.get("type") in types and old in record and new not in record:
            record = {(new if key == old else key): value for key, value in record.items()}
    return record


def record_upgrade(version: object) -> Callable[[Any], Any] | None:
    """What turns a raw record of a document of *version* into one of the current
    minor version, or None if the version needs no upgrade (or is not one)."""
    match = _MINOR.fullmatch(version) if type(version) is str else None
    if match is None:
        return None
    renames = tuple(
        rename
        for minor in range(int(match[1]), _CURRENT_MINOR)
        for rename in _RENAMED.get(minor, ())
    )
    if not renames:
        return None
    return lambda record: _renamed(record, renames)
