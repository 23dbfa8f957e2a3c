"""How the readers speak of JSON values: what came, where it stands, kept short.

The JSON parser hands over, besides plain values, the numbers and objects
that the format never takes (:class:`BadNumber`, :class:`RepeatedKeys`), to
be reported where they stand; :func:`describe` says what a JSON value is and
:func:`member` gives the JSON path of an object's member.
"""

from __future__ import annotations

import json
import re
import reprlib
import typing

import attrs

from mineralpact.errors import InvalidDocumentError, Problem, safe_repr

__all__ = [
    "BadNumber",
    "RepeatedKeys",
    "bounded_repr",
    "describe",
    "member",
    "refuse",
    "short",
    "show",
    "wrong_kind",
]


# --- what the JSON parser hands over besides plain values -----------------------------


@attrs.frozen
class BadNumber:
    """A number in the JSON text that the format never takes, kept to be reported where it is.

    The parser gives one for every float (no value of the format is a JSON
    float: exact numbers are strings), for ``NaN``, ``Infinity`` and
    ``-Infinity``, and for an integer with too many digits.
    """

    text: str
    reason: str


@attrs.frozen(eq=False)
class RepeatedKeys:
    """A JSON object in which a key appears more than once (which silently loses data)."""

    keys: tuple[str, ...]


# --- describing what came ---------------------------------------------------------------

_REPR = reprlib.Repr()
_REPR.maxstring = 80
_REPR.maxother = 80
_REPR.maxlevel = 3
_IDENTIFIER_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def bounded_repr(value: object) -> str:
    """``repr(value)``, with long strings and deep or large containers cut short.

    An integer too long for Python to write is named by its number of digits.
    """
    if type(value) is int:
        return safe_repr(value)
    try:
        return _REPR.repr(value)
    except ValueError:  # an integer too long to write, inside a container
        return f"{type(value).__name__} holding an integer too long to write"


def short(text: str, size: int = 60) -> str:
    """``repr(text)``, cut after ``size`` characters (without reading the rest)."""
    return repr(text) if len(text) <= size else repr(text[:size]) + "…"


def describe(value: object) -> str:
    """What a JSON value is, for a person: ``number 123``, ``string 'x'``, ``array of 3 items``.

    Large and deep values are described by their kind and size, never printed whole.
    """
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    kind = type(value)
    if kind is str:
        return f"string {short(typing.cast('str', value))}"
    if kind is int:
        return f"number {safe_repr(value)}"
    if kind is BadNumber:
        return f"number {typing.cast('BadNumber', value).text[:40]}"
    if kind is list:
        count = len(typing.cast("list[object]", value))
        return f"array of {count} item{'' if count == 1 else 's'}"
    if kind is dict or kind is RepeatedKeys:
        return "object"
    return bounded_repr(value)


def show(value: object) -> str:
    """A model value (from an exception) as bounded text."""
    if isinstance(value, str):
        return short(value, 80)
    return bounded_repr(value)


def member(path: str, name: object) -> str:
    """The JSON path of member ``name`` of the object at ``path``."""
    text = str(name)
    if len(text) <= 60 and _IDENTIFIER_NAME.fullmatch(text):
        return f"{path}.{text}"
    if len(text) > 60:
        text = text[:60] + "…"
    return f"{path}[{json.dumps(text, ensure_ascii=False)}]"


def wrong_kind(value: object, expected: str) -> tuple[str, str, str, str]:
    """The code, message, expectation and description of a JSON value of the wrong kind."""
    if type(value) is RepeatedKeys:
        keys = ", ".join(short(key, 40) for key in value.keys)
        return (
            "duplicate-key",
            f"a key appears more than once: {keys}",
            "an object whose keys each appear once",
            "object",
        )
    return "wrong-type", "wrong JSON type", expected, describe(value)


def refuse(
    path: str, code: str, message: str, expected: str, value: str = ""
) -> InvalidDocumentError:
    """The error of a document with one problem, at ``path``."""
    return InvalidDocumentError(
        [Problem(path=path, code=code, message=message, expected=expected, value=value)]
    )
