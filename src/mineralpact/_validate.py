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

import re
from collections.abc import Callable, Iterable
from typing import Any, cast

import attrs

from mineralpact._isocodes import language_codes
from mineralpact.errors import InvalidCodeError, InvalidTypeError, InvalidValueError

__all__ = [
    "END",
    "MULTI_LINE_PATTERN",
    "ONE_LINE_PATTERN",
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


# --- the text policy (docs/format.md, "Text") ---------------------------------------
#
# Refused in every text: lone surrogates (no UTF-8 file can hold one), the
# control characters C0, DEL and C1 (U+0085 NEXT LINE among them), the line
# and paragraph separators U+2028 and U+2029, and the bidi embeddings,
# overrides and isolates U+202A-U+202E and U+2066-U+2069 (they reorder what a
# reader sees). A multi-line text (notes, quotations) also takes tab, line
# feed and carriage return; a one-line text (titles, names, everything else)
# takes none of them. Blank is made only of spaces: ASCII space and the
# Unicode space separators (and tab, LF, CR where they are taken).
#
# The patterns are written with \uXXXX escapes that Python's re and ECMA-262
# read alike: the validators match them and the schema prints them, so the
# two cannot disagree.

#: The end of the text, read alike by Python's re and ECMA-262: Python's "$"
#: also matches before a final line feed, so "abc\n" would pass "^[a-z]+$"
#: in a validator that uses Python's re.
END = r"(?![\s\S])"
_REFUSED = r"\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_SPACES = r" \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_LINE_BREAKS = r"\t\n\r"


def _pattern(refused: str, spaces: str) -> str:
    # spaces, then one character that is neither refused nor a space, then
    # anything not refused: deterministic, so linear in the text's length.
    return f"^[{spaces}]*[^{refused}{spaces}][^{refused}]*{END}"


#: What a non-blank one-line text matches (titles, names, ids' labels).
ONE_LINE_PATTERN = _pattern(_REFUSED, _SPACES)
#: What a non-blank multi-line text matches (notes, quotations).
MULTI_LINE_PATTERN = _pattern(
    _REFUSED.replace(r"\u0000-\u001f", r"\u0000-\u0008\u000b\u000c\u000e-\u001f"),
    _SPACES + _LINE_BREAKS,
)
_ONE_LINE = re.compile(ONE_LINE_PATTERN)
_MULTI_LINE = re.compile(MULTI_LINE_PATTERN)
_ONE_LINE_REFUSED = re.compile(f"[{_REFUSED}]")
_MULTI_LINE_REFUSED = re.compile(
    "[" + _REFUSED.replace(r"\u0000-\u001f", r"\u0000-\u0008\u000b\u000c\u000e-\u001f") + "]"
)


def _refused_character(value: str, multiline: bool) -> str | None:
    """Why ``value`` is refused by the text policy, or None if it is not."""
    found = (_MULTI_LINE_REFUSED if multiline else _ONE_LINE_REFUSED).search(value)
    if found is None:
        return None
    code = ord(found[0])
    if 0xD800 <= code <= 0xDFFF:
        kind = "a lone surrogate, which no UTF-8 text can hold"
    elif code in (0x2028, 0x2029) or code in (0x0A, 0x0D, 0x85):
        kind = "a line break" + ("" if multiline else " in a one-line text")
    elif 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
        kind = "a bidi control, which reorders what is shown"
    else:
        kind = "a control character"
    return f"U+{code:04X} at position {found.start()} is {kind}"


@attrs.frozen
class Text:
    """A string of at most ``max_length`` characters, not blank unless allowed.

    It holds no control character, bidi control, line separator or lone
    surrogate; a ``multiline`` text may hold tabs and line breaks (LF, CR).
    """

    max_length: int = 1000
    allow_empty: bool = False
    multiline: bool = False

    @property
    def pattern(self) -> str:
        """The pattern of the text, as the schema writes it."""
        if self.allow_empty:
            refused = (_MULTI_LINE_REFUSED if self.multiline else _ONE_LINE_REFUSED).pattern
            return f"^[^{refused[1:-1]}]*{END}"
        return MULTI_LINE_PATTERN if self.multiline else ONE_LINE_PATTERN

    def __call__(self, instance: object, attribute: Any, value: Any) -> None:
        if not isinstance(value, str):
            raise InvalidTypeError(_what(instance, attribute), value, "a string")
        if self.allow_empty or (_MULTI_LINE if self.multiline else _ONE_LINE).match(value) is None:
            reason = _refused_character(value, self.multiline)
            if reason is None and not self.allow_empty:
                raise InvalidValueError(_what(instance, attribute), value, "a non-blank string")
            if reason is None:
                _check_length(self.max_length, instance, attribute, value)
                return
            expected = ("a multi-line" if self.multiline else "a one-line") + " text"
            raise InvalidValueError(
                _what(instance, attribute),
                value[:40] + ("…" if len(value) > 40 else ""),
                expected + " without control, bidi or line-separator characters",
                reason=reason,
            )
        _check_length(self.max_length, instance, attribute, value)


def _check_length(max_length: int, instance: object, attribute: Any, value: str) -> None:
    if len(value) > max_length:
        raise InvalidValueError(
            _what(instance, attribute),
            value[:40] + "…",
            f"a string of at most {max_length} characters",
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


def text(*, max_length: int = 1000, allow_empty: bool = False, multiline: bool = False) -> Text:
    """A string of at most ``max_length`` characters, not blank unless allowed.

    A one-line text (the default) holds no control character, bidi control or
    line break; a ``multiline`` one may hold tabs and line breaks.
    """
    return Text(max_length, allow_empty, multiline)


def tuple_of(*types: type, min_length: int = 0, member: Validator | None = None) -> Members:
    """A tuple whose items are instances of ``types`` (and pass ``member``)."""
    return Members(tuple, types, min_length, member)


def frozenset_of(*types: type, min_length: int = 0, member: Validator | None = None) -> Members:
    """A frozenset whose items are instances of ``types`` (and pass ``member``)."""
    return Members(frozenset, types, min_length, member)


def language() -> Language:
    """An ISO 639-1 language code, as pycountry lists them: ``"en"``, ``"mn"``."""
    return Language()
