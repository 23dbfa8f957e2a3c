"""The envelope of a document: the format's name, its version, and migrations from older ones.

A document is ``{"format": "mineralpact", "version": "1.0", "records": [...]}``
(a JSON Lines file has the first two keys on its header line). This module
says which envelopes this release reads, what is wrong with one it does not
read, and turns a document of an older major version into one it reads,
through the migrations registered with :func:`register_migration`. Both
:mod:`mineralpact.serialization` and :mod:`mineralpact.schema` read it; the
public names are exported from :mod:`mineralpact.serialization`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from mineralpact._describe import describe, member, refuse, short, wrong_kind
from mineralpact.errors import InvalidTypeError, InvalidValueError, Problem

__all__ = [
    "DOCUMENT_KEYS",
    "FORMAT",
    "FORMAT_VERSION",
    "HEADER_KEYS",
    "MAJOR_VERSION",
    "READABLE_VERSIONS",
    "chain",
    "check_envelope",
    "is_current",
    "migrated",
    "migrating",
    "readable",
    "register_migration",
    "version_major",
    "versioned",
]

#: The value of a document's ``format`` key.
FORMAT = "mineralpact"
#: The version of the file format that :func:`~mineralpact.serialization.dumps`
#: and the other writers write.
FORMAT_VERSION = "1.2"
#: The major version this release reads without a migration.
MAJOR_VERSION = 1

#: The versions this release reads without a migration: every minor version of
#: these majors (see :func:`register_migration` for older ones).
READABLE_VERSIONS: tuple[str, ...] = (f"{MAJOR_VERSION}.x",)

_VERSION = re.compile(r"(0|[1-9][0-9]{0,3})\.(0|[1-9][0-9]{0,3})")
#: The keys of a document.
DOCUMENT_KEYS = ("format", "version", "records")
#: The keys of a JSON Lines file's header line.
HEADER_KEYS = ("format", "version")


def version_major(value: object) -> int | None:
    """The major version of a ``"MAJOR.MINOR"`` string, or None if it is not one."""
    if type(value) is str and (match := _VERSION.fullmatch(value)) is not None:
        return int(match[1])
    return None


def check_envelope(value: object, keys: tuple[str, ...]) -> Iterator[Problem]:
    """The problems of a document's (or a JSON Lines header's) own keys, at ``$``."""
    if type(value) is not dict:
        expected = "an object with the keys " + ", ".join(map(repr, keys))
        code, message, expected, got = wrong_kind(value, expected)
        yield Problem(path="$", code=code, message=message, expected=expected, value=got)
        return
    for key in value:
        if key not in keys:
            yield Problem(
                path=member("$", key),
                code="unknown-field",
                message="unknown field of a mineralpact document",
                expected="only the fields " + ", ".join(map(repr, keys)),
                value=short(key, 40),
            )
    for key in keys:
        if key not in value:
            yield Problem(
                path=member("$", key),
                code="missing-field",
                message="missing required field",
                expected=f"the document's {key!r}",
                value="nothing",
            )
    if "format" in value and value["format"] != FORMAT:
        yield Problem(
            path="$.format",
            code="not-mineralpact",
            message="not a mineralpact document",
            expected=repr(FORMAT),
            value=describe(value["format"]),
        )
    if "version" in value:
        major = version_major(value["version"])
        if major is None:
            yield Problem(
                path="$.version",
                code="invalid-version",
                message="not a format version",
                expected="'MAJOR.MINOR', such as " + repr(FORMAT_VERSION),
                value=describe(value["version"]),
            )
        elif major != MAJOR_VERSION:
            yield Problem(
                path="$.version",
                code="unsupported-version",
                message=f"this release reads {MAJOR_VERSION}.x",
                expected=f"a version {MAJOR_VERSION}.x document (such as {FORMAT_VERSION!r}), "
                "or a major version for which a migration is registered",
                value=describe(value["version"]),
            )


_MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def register_migration(
    from_major: int, migrate: Callable[[dict[str, Any]], dict[str, Any]]
) -> Callable[[], None]:
    """Teach the readers an older major version of the format; returns a function that undoes it.

    ``migrate`` receives a document of major version ``from_major`` as parsed
    JSON (a dict with ``format``, ``version`` and ``records``) and returns
    the same data as a document of a later version (with its ``version`` set
    accordingly); migrations are chained until the version is one this
    release reads. A JSON Lines file is migrated one record at a time, as a
    document holding that record alone. Whatever ``migrate`` raises is
    reported as a problem of the document.

    A release that changes the format registers the migration from the
    major version before it; an application can register its own:

    >>> def from_0(document):  # version 0 had no other difference, say
    ...     return dict(document, version="1.0")
    >>> from mineralpact import loads
    >>> unregister = register_migration(0, from_0)
    >>> old = '{"format": "mineralpact", "version": "0.9", "records": []}'
    >>> loads(old).records
    ()
    >>> unregister()
    >>> loads(old)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidDocumentError: 1 problem found:
      $.version: this release reads 1.x (got string '0.9'); expected ...

    Raises:
        InvalidTypeError: if ``from_major`` is not an int or ``migrate`` is not callable.
        InvalidValueError: if ``from_major`` is not older than the version this
            release writes, or a migration from it is already registered.
    """
    if type(from_major) is not int:
        raise InvalidTypeError("from_major", from_major, "an int")
    if not 0 <= from_major < MAJOR_VERSION:
        raise InvalidValueError(
            "from_major", from_major, f"a major version older than {MAJOR_VERSION}"
        )
    if not callable(migrate):
        raise InvalidTypeError("migrate", migrate, "a function from a document to a document")
    if from_major in _MIGRATIONS:
        raise InvalidValueError(
            "from_major",
            from_major,
            "a major version without a registered migration",
            reason=f"a migration from {from_major}.x is already registered: unregister it first",
        )
    _MIGRATIONS[from_major] = migrate

    def unregister() -> None:
        if _MIGRATIONS.get(from_major) is migrate:
            del _MIGRATIONS[from_major]

    return unregister


def migrating() -> bool:
    """Whether a migration is registered: documents of another major version are read."""
    return bool(_MIGRATIONS)


def readable() -> str:
    majors = [f"{major}.x" for major in sorted(_MIGRATIONS)]
    text = ", ".join(READABLE_VERSIONS)
    if majors:
        text += " (and " + ", ".join(majors) + " through a registered migration)"
    return text


def chain(raw: object, root: str) -> list[Callable[[dict[str, Any]], dict[str, Any]]] | None:
    """The migrations a document (or a JSON Lines header) needs, or None if it needs none."""
    if type(raw) is not dict or raw.get("format") != FORMAT:
        return None  # the converter says what is wrong
    major = version_major(raw.get("version"))
    if major is None or major == MAJOR_VERSION:
        return None
    if major not in _MIGRATIONS:
        raise refuse(
            member(root, "version"),
            "unsupported-version",
            f"this release reads {readable()}",
            f"a document of version {readable()}; a newer release may read it",
            describe(raw["version"]),
        )
    return [_MIGRATIONS[major]]


def migrated(raw: dict[str, Any], root: str) -> Any:
    """Apply the registered migrations to a document until this release reads it."""
    major = version_major(raw.get("version"))
    while major is not None and major != MAJOR_VERSION:
        migrate = _MIGRATIONS.get(major)
        if migrate is None:
            chain(raw, root)  # raises: no migration from this major
            break
        try:
            raw = migrate(raw)
        except Exception as exc:
            raise refuse(
                root,
                "migration-failed",
                f"the migration from version {major}.x failed: {type(exc).__name__}: {exc}",
                f"a document that the migration from {major}.x can read",
            ) from exc
        later = version_major(raw.get("version")) if type(raw) is dict else None
        if later is None or later <= major:
            raise refuse(
                root,
                "migration-failed",
                f"the migration from version {major}.x did not give a later version",
                "a document of a later version, with its 'version' set",
            )
        major = later
    return raw


def versioned(raw: Any, root: str) -> Any:
    if chain(raw, root) is None:
        return raw
    return migrated(raw, root)


def is_current(value: Any) -> bool:
    """Whether a parsed document's envelope is one this release reads as it is (fast path)."""
    return (
        type(value) is dict
        and value.keys() == set(DOCUMENT_KEYS)
        and value["format"] == FORMAT
        and version_major(value["version"]) == MAJOR_VERSION
    )
