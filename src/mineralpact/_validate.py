"""attrs validators that raise mineralpact's own errors.

attrs' built-in validators raise bare ``TypeError``/``ValueError``; these do
the same checks but raise :class:`~mineralpact.errors.InvalidTypeError` and
:class:`~mineralpact.errors.InvalidValueError` naming the class and field, so
that every bad input to a record gets the project's errors. Containers are
strict: a tuple field takes a tuple (never a list, and never a string that
would be split into letters), a frozenset field takes a frozenset.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, cast

from mineralpact._isocodes import language_codes
from mineralpact.errors import InvalidCodeError, InvalidTypeError, InvalidValueError

__all__ = ["frozenset_of", "instance_of", "language", "optional", "text", "tuple_of"]

Validator = Callable[[Any, Any, Any], None]


def _what(instance: object, attribute: Any) -> str:
    return f"{type(instance).__name__}.{attribute.name}"


def _names(types: tuple[type, ...]) -> str:
    return " or ".join(t.__name__ for t in types)


def instance_of(*types: type) -> Validator:
    """The value is an instance of one of ``types`` (a bool is never an int)."""
    expected = _names(types)
    refuse_bool = bool not in types

    def _check(instance: object, attribute: Any, value: object) -> None:
        if not isinstance(value, types) or (refuse_bool and isinstance(value, bool)):
            raise InvalidTypeError(_what(instance, attribute), value, expected)

    return _check


def optional(validator: Validator) -> Validator:
    """``None``, or a value that passes ``validator``."""

    def _check(instance: object, attribute: Any, value: object) -> None:
        if value is not None:
            validator(instance, attribute, value)

    return _check


def text(*, max_length: int = 1000, allow_empty: bool = False) -> Validator:
    """A string of at most ``max_length`` characters, not blank unless allowed."""

    def _check(instance: object, attribute: Any, value: object) -> None:
        what = _what(instance, attribute)
        if not isinstance(value, str):
            raise InvalidTypeError(what, value, "a string")
        if not allow_empty and not value.strip():
            raise InvalidValueError(what, value, "a non-blank string")
        if len(value) > max_length:
            raise InvalidValueError(
                what,
                value[:40] + "…",
                f"a string of at most {max_length} characters",
                reason=f"{len(value)} characters",
            )

    return _check


def _members(
    container: type, types: tuple[type, ...], min_length: int, member: Validator | None
) -> Validator:
    expected = f"a {container.__name__} of {_names(types)}"
    if min_length:
        expected += f" with at least {min_length} item{'s' if min_length > 1 else ''}"
    refuse_bool = bool not in types

    def _check(instance: object, attribute: Any, value: object) -> None:
        what = _what(instance, attribute)
        if not isinstance(value, container):
            raise InvalidTypeError(what, value, expected)
        for i, item in enumerate(cast("Iterable[object]", value)):
            if not isinstance(item, types) or (refuse_bool and isinstance(item, bool)):
                raise InvalidTypeError(f"{what}[{i}]", item, _names(types))
            if member is not None:
                member(instance, attribute, item)
        if len(cast("tuple[object, ...]", value)) < min_length:
            raise InvalidValueError(what, value, expected)

    return _check


def tuple_of(*types: type, min_length: int = 0, member: Validator | None = None) -> Validator:
    """A tuple whose items are instances of ``types`` (and pass ``member``)."""
    return _members(tuple, types, min_length, member)


def frozenset_of(*types: type, min_length: int = 0, member: Validator | None = None) -> Validator:
    """A frozenset whose items are instances of ``types`` (and pass ``member``)."""
    return _members(frozenset, types, min_length, member)


def language() -> Validator:
    """An ISO 639-1 language code, as pycountry lists them: ``"en"``, ``"mn"``."""

    def _check(instance: object, attribute: Any, value: object) -> None:
        what = _what(instance, attribute)
        if not isinstance(value, str):
            raise InvalidTypeError(what, value, "a string")
        if value == "en":
            return  # the default everywhere: no need to load pycountry for it
        if not (len(value) == 2 and value.isascii() and value.islower()) or (
            value not in language_codes()
        ):
            raise InvalidCodeError(
                what,
                value,
                "an ISO 639-1 language code of two lower-case letters, such as 'en' or 'mn'",
            )

    return _check
