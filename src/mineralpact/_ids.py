"""Record identifiers: ``prefix:slug``, lower case, stable and human-readable.

Every entity and fact record has an id such as ``org:kigam``,
``person:ku-hyeon-mo`` or ``event:kr-mn-joint-committee-2``. The prefix names
the kind of record, so that a reference to the wrong kind of record is caught;
the slug is lower-case ASCII letters and digits, joined by single ``-``, ``_``
or ``.``.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

import attrs

from mineralpact.codes import Country
from mineralpact.errors import InvalidIdError, InvalidTypeError

__all__ = [
    "ID_PATTERN",
    "MAX_ID_LENGTH",
    "MINERAL_PREFIXES",
    "PARTY_PREFIXES",
    "IdRef",
    "check_id",
    "country_of",
    "id_prefix",
]

#: The pattern every record id matches.
ID_PATTERN = r"^[a-z][a-z0-9]*:[a-z0-9]+(?:[-_.][a-z0-9]+)*$"
#: The longest id accepted.
MAX_ID_LENGTH = 128

_ID_RE = re.compile(ID_PATTERN)

#: The kinds of record a party reference may name.
PARTY_PREFIXES = frozenset({"org", "country", "person"})
#: The kinds of record a mineral reference may name.
MINERAL_PREFIXES = frozenset({"element", "group", "commodity", "form", "list"})

# Ids already seen to be well formed, so that bulk data (which repeats its
# ids: every citation names a source) matches each against the pattern once.
_WELL_FORMED: set[str] = set()
_MAX_REMEMBERED = 100_000


def id_prefix(record_id: str) -> str:
    """The kind of record an id names: ``id_prefix("org:kigam") == "org"``."""
    return record_id.partition(":")[0]


def check_id(what: str, value: object, prefixes: Collection[str] | None = None) -> str:
    """Return ``value`` if it is a well-formed id with one of ``prefixes``.

    Raises :class:`~mineralpact.errors.InvalidTypeError` for a non-string and
    :class:`InvalidIdError` for a malformed id or a prefix not in ``prefixes``.
    """
    if not isinstance(value, str):
        raise InvalidTypeError(what, value, "a record id string such as 'org:kigam'")
    if value in _WELL_FORMED:
        if prefixes is None or id_prefix(value) in prefixes:
            return value
    elif len(value) <= MAX_ID_LENGTH and _ID_RE.fullmatch(value) is not None:
        if len(_WELL_FORMED) < _MAX_REMEMBERED:
            _WELL_FORMED.add(value)
    else:
        raise InvalidIdError(
            what,
            value,
            f"a record id 'prefix:slug' matching {ID_PATTERN} "
            f"of at most {MAX_ID_LENGTH} characters",
        )
    if prefixes is not None and id_prefix(value) not in prefixes:
        expected = " or ".join(f"'{p}:…'" for p in sorted(prefixes))
        raise InvalidIdError(what, value, f"an id of the form {expected}")
    return value


def known_ids() -> set[str]:
    """The well-formed ids met so far (at most ``_MAX_REMEMBERED``), for others to read."""
    return _WELL_FORMED


@attrs.frozen
class IdRef:
    """An attrs validator for an id field: a reference to a record of one of ``prefixes``.

    ``prefixes`` is ``None`` when any kind of record may be named.
    """

    prefixes: frozenset[str] | None

    def __call__(self, instance: object, attribute: Any, value: Any) -> None:
        allowed = self.prefixes
        if (
            type(value) is str
            and value in _WELL_FORMED
            and (allowed is None or value.partition(":")[0] in allowed)
        ):
            return  # the common case, without building the field's name
        check_id(f"{type(instance).__name__}.{attribute.name}", value, allowed)


def country_of(record_id: str) -> Country:
    """The country a ``country:`` id names: ``country:mn`` is ``Country("MN")``."""
    return Country(record_id.partition(":")[2].upper())
