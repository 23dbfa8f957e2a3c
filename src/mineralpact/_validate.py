"""attrs validators that raise mineralpact's own errors.

attrs' built-in validators raise bare ``TypeError``/``ValueError``; these do
the same checks but raise :class:`~mineralpact.errors.InvalidTypeError` and
:class:`~mineralpact.errors.InvalidValueError` naming the class and field, so
that every bad input to a record gets the project's errors. Containers are
strict: a tuple field takes a tuple (never a list, and never a string that
would be split into letters), a frozenset field takes a frozenset.

Each validator is a small frozen object whose attributes say what it checks
(``Text(max_length=2000, allow_empty=False)``), the way attrs' own
validators are: the schema and the strategies read those attributes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, cast

import attrs

from mineralpact._isocodes import language_codes
from mineralpact.errors import InvalidCodeError, InvalidTypeError, InvalidValueError

__all__ = [
    "InstanceOf",
    "Language",
    "Members",
    "Optional",
    "Text",
    "Validator",
    "frozenset_of",
    "instance_of",
    "language",
    "optional",
    "text",
    "tuple_of",
]

Validator = Callable[[Any, Any, Any], None]


def _what(instance: object, attribute: Any) -> str:
    return f"{type(instance).__name__}.{attribute.name}"


def _names(types: tuple[type, ...]) -> str:
    return " or ".join(t.__name__ for t in types)


@attrs.frozen
class InstanceOf:
    """The value is an instance of one of ``types`` (a bool is never an int)."""

    types: tuple[type, ...]
    _expected: str = attrs.field(init=False, repr=False, eq=False)
    _refuse_bool: bool = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_expected", _names(self.types))
        object.__setattr__(self, "_refuse_bool", bool not in self.types)

    def __call__(self, instance: object, attribute: Any, value: Any) -> None:
        if not isinstance(value, self.types) or (self._refuse_bool and isinstance(value, bool)):
            raise InvalidTypeError(_what(instance, attribute), value, self._expected)


@attrs.frozen
class Optional:
    """``None``, or a value that passes ``inner``."""

    inner: Validator

    def __call__(self, instance: object, attribute: Any, value: Any) -> None:
        if value is not None:
            self.inner(instance, attribute, value)


@attrs.frozen
class Text:
    """A string of at most ``max_length`` characters, not blank unless allowed."""

    max_length: int = 1000
    allow_empty: bool = False

    def __call__(self, instance: object, attribute: Any, value: Any) -> None:
        if not isinstance(value, str):
            raise InvalidTypeError(_what(instance, attribute), value, "a string")
        if not self.allow_empty and not value.strip():
            raise InvalidValueError(_what(instance, attribute), value, "a non-blank string")
        if len(value) > self.max_length:
            raise InvalidValueError(
                _what(instance, attribute),
                value[:40] + "…",
                f"a string of at most {self.max_length} characters",
                reason=f"{len(value)} characters",
            )


@attrs.frozen
class Members:
    """A ``container`` (tuple or frozenset) of instances of ``types``.

    It holds at least ``min_length`` items, and each passes ``member`` when
    one is given.
    """

    container: type
    types: tuple[type, ...]
    min_length: int = 0
    member: Validator | None = None
    _expected: str = attrs.field(init=False, repr=False, eq=False)
    _refuse_bool: bool = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        expected = f"a {self.container.__name__} of {_names(self.types)}"
        if self.min_length:
            s = "s" if self.min_length > 1 else ""
            expected += f" with at least {self.min_length} item{s}"
        object.__setattr__(self, "_expected", expected)
        object.__setattr__(self, "_refuse_bool", bool not in self.types)

    def __call__(self, instance: object, attribute: Any, value: Any) -> None:
        if not isinstance(value, self.container):
            raise InvalidTypeError(_what(instance, attribute), value, self._expected)
        types = self.types
        refuse_bool = self._refuse_bool
        member = self.member
        for i, item in enumerate(cast("Iterable[object]", value)):
            if not isinstance(item, types) or (refuse_bool and isinstance(item, bool)):
                raise InvalidTypeError(f"{_what(instance, attribute)}[{i}]", item, _names(types))
            if member is not None:
                member(instance, attribute, item)
        if len(cast("tuple[object, ...]", value)) < self.min_length:
            raise InvalidValueError(_what(instance, attribute), value, self._expected)


@attrs.frozen
class Language:
    """An ISO 639-1 language code, as pycountry lists them: ``"en"``, ``"mn"``."""

    def __call__(self, instance: object, attribute: Any, value: Any) -> None:
        if not isinstance(value, str):
            raise InvalidTypeError(_what(instance, attribute), value, "a string")
        if value == "en":
            return  # the default everywhere: no need to load pycountry for it
        if not (len(value) == 2 and value.isascii() and value.islower()) or (
            value not in language_codes()
        ):
            raise InvalidCodeError(
                _what(instance, attribute),
                value,
                "an ISO 639-1 language code of two lower-case letters, such as 'en' or 'mn'",
            )


def instance_of(*types: type) -> InstanceOf:
    """The value is an instance of one of ``types`` (a bool is never an int)."""
    return InstanceOf(types)


def optional(validator: Validator) -> Optional:
    """``None``, or a value that passes ``validator``."""
    return Optional(validator)


def text(*, max_length: int = 1000, allow_empty: bool = False) -> Text:
    """A string of at most ``max_length`` characters, not blank unless allowed."""
    return Text(max_length, allow_empty)


def tuple_of(*types: type, min_length: int = 0, member: Validator | None = None) -> Members:
    """A tuple whose items are instances of ``types`` (and pass ``member``)."""
    return Members(tuple, types, min_length, member)


def frozenset_of(*types: type, min_length: int = 0, member: Validator | None = None) -> Members:
    """A frozenset whose items are instances of ``types`` (and pass ``member``)."""
    return Members(frozenset, types, min_length, member)


def language() -> Language:
    """An ISO 639-1 language code, as pycountry lists them: ``"en"``, ``"mn"``."""
    return Language()
