"""The one place where mineralpact's types meet JSON: every cattrs hook, in two converters.

The classes know nothing of JSON. This module owns the private cattrs
:class:`~cattrs.Converter` objects that turn them into JSON values (dicts,
lists, strings, numbers) and back, following the file format of
``docs/format.md``; :mod:`mineralpact.serialization` wraps them in the public
API (parsing, limits, versions, files).

There are two converters built the same way. The *fast* one, used first,
skips cattrs' detailed validation; only when it raises does the *detailed*
one read the same value again, to collect every problem with its JSON path.
Valid input pays for the checks it needs and nothing more.

Strictness lives in the leaf hooks: a string field takes a JSON string and
nothing else (``123`` is not ``"123"``), an integer is never a boolean, a
decimal is a string in decimal notation (never a JSON number, so no float
ever touches it), an enum is one of its lower-case values, a tuple or a
frozenset is a JSON array (a string is never a tuple of letters), a frozenset
holds no item twice, and every object refuses keys it does not know.
"""

from __future__ import annotations

import contextvars
import enum
import functools
import itertools
import json
import re
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal
from typing import Any, NoReturn

import attrs
from cattrs import Converter
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.strategies import configure_tagged_union

from mineralpact import _construct
from mineralpact._decimal import text as decimal_text
from mineralpact._describe import (
    BadNumber,
    RepeatedKeys,
    bounded_repr,
    describe,
    member,
    short,
    show,
    wrong_kind,
)
from mineralpact._envelope import (
    DOCUMENT_KEYS,
    FORMAT,
    FORMAT_VERSION,
    check_envelope,
    is_current,
)
from mineralpact._kinds import RECORD_KINDS, VALUE_KINDS, RecordKind, ValueKind, tags, union
from mineralpact._once import once
from mineralpact._units import unit_info
from mineralpact.agreements import Signatory
from mineralpact.codes import Country, Identifier, IdentifierScheme, Subdivision
from mineralpact.dataset import Dataset, Record, problems_beside
from mineralpact.dates import (
    TEMPORAL_TYPES,
    DateRange,
    Deadline,
    PartialDate,
    QualifiedDate,
    TemporalValue,
    parse_temporal,
)
from mineralpact.errors import (
    MAX_PROBLEMS,
    IncompatibleUnitsError,
    InvalidCodeError,
    InvalidDatasetError,
    InvalidDateError,
    InvalidDocumentError,
    InvalidIdError,
    InvalidQuantityError,
    InvalidTypeError,
    InvalidUnitError,
    InvalidValueError,
    Problem,
    ProblemCollector,
    ProblemGroup,
    UnknownMineralError,
)
from mineralpact.events import Participant
from mineralpact.figures import FigureValue, Rounding
from mineralpact.minerals import ListSubset
from mineralpact.parties import Membership, Name
from mineralpact.places import Place
from mineralpact.quantities import MAX_DIGITS, MAX_EXPONENT, Quantity
from mineralpact.sources import Citation, DateClaim
from mineralpact.stages import Stage

__all__ = [
    "MAX_STRING_LENGTH",
    "RECORD_TAGS",
    "RECORD_UNION",
    "VALUE_TAGS",
    "Found",
    "Refused",
    "detailed",
    "fast",
    "is_supported",
    "problems_of",
    "structure",
    "unstructure",
]

#: No string in the format is longer: every text field has its own, lower,
#: bound (the longest, a URL, is 2048 characters), so a longer string is
#: refused before any of the model's checks look at it.
MAX_STRING_LENGTH = 10_000

#: The tag (``"type"``) of each kind of record, from the table of kinds.
RECORD_TAGS: dict[type, str] = tags(RECORD_KINDS)
#: The tag (``"type"``) of each kind of figure value, from the table of kinds.
VALUE_TAGS: dict[type, str] = tags(VALUE_KINDS)
# The unions the tags tell apart, as the table has them (equal to Record and
# FigureValue, which are written out for type checkers).
RECORD_UNION: Any = union(RECORD_KINDS)
_VALUE_UNION: Any = union(VALUE_KINDS)

_TEMPORAL_NAMES = {
    PartialDate: "a PartialDate ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD')",
    DateRange: "a DateRange ('START/END', '..' for an open end)",
    Deadline: "a Deadline ('../YYYY[-MM[-DD]]')",
    QualifiedDate: "a QualifiedDate (a date followed by '~', '?' or '%')",
}
# The longest EDTF text any temporal type reads (mineralpact.dates refuses longer).
_MAX_TEMPORAL_LENGTH = 64

# A decimal as the format writes magnitudes, Python's str() of a Decimal: an
# optional minus sign, no leading zeros, an optional fraction and an optional
# exponent, so that "2.60E+6" keeps its three significant digits.
_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:E[-+](?:0|[1-9][0-9]{0,2}))?")
# The longest such text a magnitude can need: a minus sign, "0.", 98 zeros and
# MAX_DIGITS significant digits (for the smallest exponent allowed).
_MAX_DECIMAL_LENGTH = 3 + (MAX_EXPONENT - 1) + MAX_DIGITS
_DECIMAL_EXPECTED = (
    'a decimal number written as a JSON string, such as "3110", "-0.25" or "2.60E+6" '
    "(no leading zeros; an exponent as E+n or E-n)"
)

_SURROGATE = re.compile("[\ud800-\udfff]")


# --- the problems hooks raise -------------------------------------------------------------


class Refused(Exception):  # noqa: N818 -- a refusal, reported as a Problem, not an "...Error"
    """A JSON value the format does not accept where it stands.

    Raised by the hooks, turned into a :class:`~mineralpact.errors.Problem`
    by :func:`problems_of`; it never leaves this package. ``field`` is set
    when the problem is in a member of the object the hook reads (its
    ``type`` key).
    """

    def __init__(
        self, code: str, message: str, expected: str, value: str, *, field: str | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.expected = expected
        self.value = value
        self.field = field


class Found(Exception):  # noqa: N818 -- carries problems found, not a failure of its own
    """Problems already found, with paths relative to the value being read (``$``).

    ``more`` counts those beyond the cap, by code and path pattern.
    """

    def __init__(self, problems: Iterable[Problem], more: Iterable[ProblemGroup] = ()) -> None:
        self.problems = tuple(problems)
        self.more = tuple(more)
        super().__init__(f"{len(self.problems)} problems")


#: How many problems the reading under way keeps in full (set by :func:`structure`).
_MAX_PROBLEMS: contextvars.ContextVar[int] = contextvars.ContextVar(
    "max_problems", default=MAX_PROBLEMS
)


def _wrong(value: object, expected: str) -> Refused:
    """The refusal of a JSON value of the wrong kind."""
    return Refused(*wrong_kind(value, expected))


# --- leaf hooks ---------------------------------------------------------------------------


def _structure_str(value: object, _: object) -> str:
    if (
        type(value) is str
        and len(value) <= MAX_STRING_LENGTH
        and (value.isascii() or _SURROGATE.search(value) is None)
    ):
        return value
    if type(value) is str and len(value) > MAX_STRING_LENGTH:
        raise Refused(
            "too-long",
            f"a string of {len(value)} characters",
            f"a string of at most {MAX_STRING_LENGTH} characters (less for most fields)",
            describe(value),
        )
    if type(value) is str:
        # JSON's \ud800 escapes can make one; no UTF-8 file can hold it.
        raise Refused(
            "invalid-value", "a lone surrogate is not text", "a string of Unicode text", "string"
        )
    raise _wrong(value, "a string")


def _structure_int(value: object, _: object) -> int:
    if type(value) is int:
        return value
    if type(value) is BadNumber:
        raise Refused("invalid-number", value.reason, "an integer", describe(value))
    raise _wrong(value, "an integer")


def _structure_bool(value: object, _: object) -> bool:
    if type(value) is bool:
        return value
    raise _wrong(value, "true or false")


def _strip_integer_zeros(number: Decimal) -> Decimal:
    """``1000…0`` with more than MAX_DIGITS digits as ``1E+…``: the same number, fewer digits.

    ``format(Decimal("1E+40"), "f")`` has 41 digits, more than a magnitude may
    hold; read back, its trailing zeros are not significant.
    """
    sign, digits, exponent = number.as_tuple()
    kept = len(digits)
    while kept > 1 and digits[kept - 1] == 0:
        kept -= 1
    assert isinstance(exponent, int)
    return Decimal((sign, digits[:kept], exponent + len(digits) - kept))


def _structure_decimal(value: object, _: object) -> Decimal:
    if type(value) is str and len(value) <= _MAX_DECIMAL_LENGTH and _DECIMAL.fullmatch(value):
        number = Decimal(value)
        if (
            len(value) - value.startswith("-") > MAX_DIGITS
            and "." not in value
            and "E" not in value
        ):
            number = _strip_integer_zeros(number)
        return number
    if type(value) is str:
        reason = (
            f"longer than {_MAX_DECIMAL_LENGTH} characters"
            if len(value) > _MAX_DECIMAL_LENGTH
            else "not a decimal number"
        )
        raise Refused("invalid-number", reason, _DECIMAL_EXPECTED, describe(value))
    if type(value) is int or (type(value) is BadNumber and value.reason == "a float"):
        reason = "a JSON number is not exact: write it as a string"
        raise Refused("invalid-number", reason, _DECIMAL_EXPECTED, describe(value))
    if type(value) is BadNumber:
        raise Refused("invalid-number", value.reason, _DECIMAL_EXPECTED, describe(value))
    raise _wrong(value, _DECIMAL_EXPECTED)


def _unstructure_decimal(value: Decimal) -> str:
    # str() keeps the Decimal's exact form (its digits and exponent, so its
    # stated precision); Decimal(str(d)).as_tuple() == d.as_tuple(). The
    # library's text() writes the exponent as E whatever the caller's context.
    return decimal_text(value)


def _structure_unit(value: object, _: object) -> str:
    """A Quantity's unit, checked by the unit grammar (and pint) where it stands."""
    if type(value) is not str:
        raise _wrong(value, "a string")
    # The unit grammar bounds the length first; unit_info is cached per unit
    # text, so pint sees each distinct unit once.
    unit_info(value)
    return value


@functools.cache
def _enum_members(cl: type[enum.Enum]) -> tuple[dict[object, enum.Enum], str]:
    members = {member.value: member for member in cl}
    return members, "one of " + ", ".join(repr(v) for v in members)


def _structure_enum(value: object, cl: type[enum.Enum]) -> enum.Enum:
    """An enum member from its value, a string; registered for every Enum class."""
    members, expected = _enum_members(cl)
    if type(value) is str:
        member = members.get(value)
        if member is not None:
            return member
        raise Refused("invalid-value", f"unknown {cl.__name__}", expected, describe(value))
    raise _wrong(value, f"a string, {expected}")


def _unstructure_enum(value: enum.Enum) -> Any:
    return value.value


def _is_enum(cl: Any) -> bool:
    return isinstance(cl, type) and issubclass(cl, enum.Enum)


def _text_hook(
    parse: Callable[[str], Any], max_length: int, what: str, expected: str
) -> Callable[[object, object], Any]:
    """A hook for a value written as text: a string, not too long, read by ``parse``.

    ``parse`` is cached: the values are immutable, so a text read once is
    read for free the next time (and equal values share one object).
    """
    cached = functools.lru_cache(maxsize=4096)(parse)

    def structure_text(value: object, _: object) -> Any:
        if type(value) is str and len(value) <= max_length:
            return cached(value)
        if type(value) is str:
            raise Refused(
                "invalid-value",
                f"invalid {what}: longer than {max_length} characters",
                expected,
                describe(value),
            )
        raise _wrong(value, f"a string, {expected}")

    return structure_text


def _identifier(text: str) -> Identifier:
    """``scheme:value`` exactly as the format writes it (the scheme in lower case)."""
    scheme, colon, value = text.partition(":")
    if not colon or scheme not in _SCHEMES:
        raise InvalidCodeError(
            "Identifier",
            text,
            "'scheme:value' with scheme one of " + ", ".join(repr(s) for s in _SCHEMES),
        )
    return Identifier(_SCHEMES[scheme], value)


_SCHEMES = {scheme.value: scheme for scheme in IdentifierScheme}


def _temporal_hook(allowed: tuple[type, ...]) -> Callable[[object, object], Any]:
    """A hook for a field that takes some of the temporal types, read from EDTF text."""
    expected = " or ".join(_TEMPORAL_NAMES[t] for t in allowed)
    parse: Callable[[str], Any] = allowed[0].parse if len(allowed) == 1 else parse_temporal  # type: ignore[attr-defined]
    read = _text_hook(parse, _MAX_TEMPORAL_LENGTH, "date", expected)

    def structure_temporal(value: object, _: object) -> Any:
        result = read(value, None)
        if isinstance(result, allowed):
            return result
        raise Refused(
            "invalid-date",
            f"a {type(result).__name__} is not allowed here",
            expected,
            describe(value),
        )

    return structure_temporal


# --- containers ---------------------------------------------------------------------------


def _item_type(cl: Any) -> Any:
    return typing.get_args(cl)[0]


def _is_tuple(cl: Any) -> bool:
    args = typing.get_args(cl)
    return typing.get_origin(cl) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_frozenset(cl: Any) -> bool:
    return typing.get_origin(cl) is frozenset


def _note(exc: Exception, note: str) -> None:
    """Attach a cattrs note to an exception, as cattrs' own detailed validation does."""
    exc.__notes__ = [*getattr(exc, "__notes__", []), note]  # type: ignore[attr-defined]


def _items(value: object) -> list[Any]:
    if type(value) is list:
        return value
    raise _wrong(value, "an array")


def _structure_items(
    value: object, hook: Callable[[Any, Any], Any], item: Any, cl: Any
) -> list[Any]:
    """The items of a JSON array, each read by ``hook``, every item's problems collected."""
    items = _items(value)
    out = []
    errors: list[Exception] = []
    for index, x in enumerate(items):
        try:
            out.append(hook(x, item))
        except Exception as exc:  # noqa: PERF203 -- every item's problems are collected
            _note(exc, IterableValidationNote(f"Structuring {cl} @ index {index}", index, item))
            errors.append(exc)
    if errors:
        raise IterableValidationError(f"While structuring {cl!r}", errors, cl)
    return out


def _tuple_hooks(cl: Any, converter: Converter) -> Callable[[object, object], tuple[Any, ...]]:
    item = _item_type(cl)
    hook = converter.get_structure_hook(item)

    def structure_tuple(value: object, _: object) -> tuple[Any, ...]:
        if type(value) is list:
            return tuple(map(hook, value, itertools.repeat(item)))
        raise _wrong(value, "an array")

    def structure_tuple_detailed(value: object, _: object) -> tuple[Any, ...]:
        return tuple(_structure_items(value, hook, item, cl))

    return structure_tuple_detailed if converter.detailed_validation else structure_tuple


def _frozenset_hooks(cl: Any, converter: Converter) -> Callable[[object, object], frozenset[Any]]:
    item = _item_type(cl)
    hook = converter.get_structure_hook(item)

    def structure_frozenset(value: object, _: object) -> frozenset[Any]:
        if type(value) is list:
            result = frozenset(map(hook, value, itertools.repeat(item)))
            if len(result) == len(value):
                return result
        raise _wrong(value, "an array of distinct items")  # the detailed pass says which

    def structure_frozenset_detailed(value: object, _: object) -> frozenset[Any]:
        items = _structure_items(value, hook, item, cl)
        result = frozenset(items)
        if len(result) != len(items):
            _repeated(items, cl)
        return result

    return structure_frozenset_detailed if converter.detailed_validation else structure_frozenset


def _repeated(items: list[Any], cl: Any) -> NoReturn:
    seen: dict[Any, int] = {}
    errors: list[Exception] = []
    for index, x in enumerate(items):
        if x in seen:
            exc = Refused(
                "duplicate-item",
                f"the same item as at index {seen[x]}",
                "items that each appear once (the array is a set)",
                show(str(x) if not isinstance(x, enum.Enum) else x.value),
            )
            _note(exc, IterableValidationNote(f"@ index {index}", index, _item_type(cl)))
            errors.append(exc)
        else:
            seen[x] = index
    raise IterableValidationError(f"While structuring {cl!r}", errors, cl)


_ENCODE_STRING: Callable[[str], str] = json.encoder.encode_basestring
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _json_text(item: Any) -> str:
    """The JSON text of an unstructured item: the order in which a frozenset is written."""
    return _ENCODE_STRING(item) if type(item) is str else _ENCODER.encode(item)


def _unstructure_tuple_hooks(cl: Any, converter: Converter) -> Callable[[Any], list[Any]]:
    hook = converter.get_unstructure_hook(_item_type(cl))
    if hook is identity:
        return list
    return lambda value: [hook(x) for x in value]


def _unstructure_frozenset_hooks(cl: Any, converter: Converter) -> Callable[[Any], list[Any]]:
    hook = converter.get_unstructure_hook(_item_type(cl))
    if hook is identity:
        return lambda value: sorted(value, key=_json_text)
    return lambda value: sorted((hook(x) for x in value), key=_json_text)


# --- unions -------------------------------------------------------------------------------


def _is_union(cl: Any) -> bool:
    return typing.get_origin(cl) in (typing.Union, types.UnionType)


def _others(cl: Any) -> tuple[Any, ...]:
    """The members of a union other than ``None``."""
    return tuple(t for t in typing.get_args(cl) if t is not type(None))


def _is_temporal_union(cl: Any) -> bool:
    others = _others(cl)
    return _is_union(cl) and bool(others) and all(t in TEMPORAL_TYPES for t in others)


def _is_tagged(members: tuple[Any, ...]) -> Any:
    """The tagged union (FigureValue or Record) that ``members`` make up, or None."""
    for tagged in (_VALUE_UNION, RECORD_UNION):
        if frozenset(members) == frozenset(typing.get_args(tagged)):
            return tagged
    return None


def _is_optional(cl: Any) -> bool:
    """``X | None`` for one X, or for a tagged union."""
    if not _is_union(cl) or type(None) not in typing.get_args(cl):
        return False
    others = _others(cl)
    return len(others) == 1 or _is_tagged(others) is not None


def _inner(cl: Any) -> Any:
    others = _others(cl)
    return others[0] if len(others) == 1 else _is_tagged(others)


def _optional_hooks(cl: Any, converter: Converter) -> Callable[[object, object], Any]:
    inner = _inner(cl)
    hook = converter.get_structure_hook(inner)

    def structure_optional(value: object, _: object) -> Any:
        return None if value is None else hook(value, inner)

    return structure_optional


def _temporal_union_hooks(cl: Any) -> Callable[[object, object], Any]:
    hook = _temporal_hook(tuple(t for t in TEMPORAL_TYPES if t in _others(cl)))
    if type(None) not in typing.get_args(cl):
        return hook

    def structure_temporal_or_none(value: object, _: object) -> Any:
        return None if value is None else hook(value, None)

    return structure_temporal_or_none


def _unstructure_optional_hooks(cl: Any, converter: Converter) -> Callable[[Any], Any]:
    hook = converter.get_unstructure_hook(_inner(cl))
    if hook is identity:
        return identity
    return lambda value: None if value is None else hook(value)


def _unstructure_temporal(value: Any) -> Any:
    return None if value is None else str(value)


def _tagged(
    tags: Mapping[type, str], plain: Mapping[type, Callable[[Any], Any]]
) -> dict[type, Callable[[Any], dict[str, Any]]]:
    """Unstructure hooks that write the tag first, then the class's own fields."""
    out: dict[type, Callable[[Any], dict[str, Any]]] = {}
    for cl, tag in tags.items():
        hook = plain[cl]

        def unstructure_tagged(
            value: Any, _tag: str = tag, _hook: Callable[[Any], Any] = hook
        ) -> dict[str, Any]:
            return {"type": _tag, **_hook(value)}

        out[cl] = unstructure_tagged
    return out


def _check_tag(value: object, tags: Mapping[str, type], what: str) -> None:
    """Refuse, with a clear problem, what a tagged union's hook would trip over."""
    if type(value) is not dict:
        raise _wrong(value, f"an object: {what}")
    if "type" not in value:
        raise Refused(
            "missing-field", f"no type for {what}", _tag_list(tags), "nothing", field="type"
        )
    tag = value["type"]
    if type(tag) is not str or tag not in tags:
        code = "unknown-type" if type(tag) is str else "wrong-type"
        raise Refused(code, f"unknown type of {what}", _tag_list(tags), describe(tag), field="type")


def _tag_list(tags: Iterable[str]) -> str:
    return "one of " + ", ".join(repr(tag) for tag in tags)


def _checked_union(
    hook: Callable[[Any, Any], Any], tags: Mapping[str, type], what: str
) -> Callable[[Any, Any], Any]:
    def structure_checked(value: Any, cl: Any) -> Any:
        _check_tag(value, tags, what)
        return hook(value, cl)

    return structure_checked


def _record_alone(
    cl: type, tag: str, plain: Callable[[Any, Any], Any], detailed: bool
) -> Callable[[Any, Any], Any]:
    """A record read alone: the object carries its ``type``, which must name this class."""
    tags = {tag: cl}

    def structure_record(value: Any, _: Any) -> Any:
        if type(value) is dict and value.get("type") == tag:
            rest = dict(value)
            del rest["type"]
            return plain(rest, cl)
        if detailed:
            _check_tag(value, tags, f"a {cl.__name__} record")
        raise _wrong(value, f"a {cl.__name__} record")

    return structure_record


# --- attrs classes ------------------------------------------------------------------------

_OVERRIDES: dict[type, dict[str, Any]] = {
    Quantity: {"unit": override(struct_hook=_structure_unit)},
}


def _is_model_class(cl: Any) -> bool:
    return isinstance(cl, type) and attrs.has(cl) and cl is not Dataset


def _object_hooks(cl: Any, converter: Converter, once: bool) -> Callable[[Any, Any], Any]:
    attrs.resolve_types(cl)
    generated = make_dict_structure_fn(
        cl, converter, _cattrs_forbid_extra_keys=True, **_OVERRIDES.get(cl, {})
    )
    if not converter.detailed_validation:
        # Each check made once (see mineralpact._construct) unless ``once``
        # is off (to compare); a value that is not a dict fails inside the
        # function, and the detailed pass then says why.
        return (once and _fast_object_hook(cl, converter)) or generated
    expected = f"an object: {cl.__name__}"

    def structure_object(value: Any, _: Any) -> Any:
        if type(value) is not dict:
            raise _wrong(value, expected)
        return generated(value, cl)

    return structure_object


def _fast_object_hook(cl: type, converter: Converter) -> Callable[[Any, Any], Any] | None:
    overrides = _OVERRIDES.get(cl, {})

    def hook_for(field: attrs.Attribute[Any]) -> Callable[[Any, Any], Any]:
        given = overrides.get(field.name)
        hook: Callable[[Any, Any], Any] | None = given and given.struct_hook
        return hook or converter.get_structure_hook(field.type)

    strings = [f.name for f in attrs.fields(cl) if f.name not in overrides]
    return _construct.structure_fn(cl, hook_for, strings, MAX_STRING_LENGTH)


def _unstructure_object_hooks(cl: Any, converter: Converter) -> Callable[[Any], Any]:
    attrs.resolve_types(cl)
    return make_dict_unstructure_fn(cl, converter, _cattrs_omit_if_default=True)


# --- the document -------------------------------------------------------------------------


# The tags of the records, and what stands for a record's missing tag.
_RECORD_TAG_NAMES = {tag: cl for cl, tag in RECORD_TAGS.items()}
_MISSING = object()
# The code of a record that is not an object: by whether it is one with repeated keys.
_NOT_A_RECORD = {False: "wrong-type", True: "duplicate-key"}


def _release(exc: BaseException) -> None:
    """Drop the tracebacks of an exception group that has been read, so it can be freed.

    A traceback holds the frames that raised, and their locals hold the
    group: a cycle, which the readers (run with the collector paused, see
    ``serialization._bulk``) would otherwise keep until the end, for every
    bad record.
    """
    pending = [exc]
    while pending:
        current = pending.pop()
        current.__traceback__ = None
        current.__context__ = None
        pending.extend(getattr(current, "exceptions", ()))


def _dataset_hooks(converter: Converter) -> Callable[[Any, Any], Dataset]:
    record = converter.get_structure_hook(RECORD_UNION)
    detailed = converter.detailed_validation

    def structure_dataset(value: Any, _: Any) -> Dataset:
        if not detailed:
            if not is_current(value):
                raise Found(())  # the detailed pass says what is wrong
            records = tuple([record(item, RECORD_UNION) for item in _items(value["records"])])
        else:
            problems = ProblemCollector(_MAX_PROBLEMS.get())
            problems.extend(check_envelope(value, DOCUMENT_KEYS))
            raw = value.get("records", []) if type(value) is dict else []
            if type(raw) is not list:
                refusal = _wrong(raw, "an array of records")
                problems.add(
                    Problem(
                        path="$.records",
                        code=refusal.code,
                        message=refusal.message,
                        expected=refusal.expected,
                        value=refusal.value,
                    )
                )
                raw = []
            out: list[tuple[int, Any]] = []
            unread: list[str] = []
            for index, item in enumerate(raw):
                if problems.full and type(item) is not dict:
                    # Past the cap, a record that is not even an object is
                    # counted without raising (or keeping) anything for it.
                    problems.tally(_NOT_A_RECORD[type(item) is RepeatedKeys], "$.records[*]")
                    continue
                if problems.full and _RECORD_TAG_NAMES.get(item.get("type")) is None:
                    # Nor is one whose type is missing or unknown.
                    tag = item.get("type", _MISSING)
                    code = (
                        "missing-field"
                        if tag is _MISSING
                        else "unknown-type"
                        if type(tag) is str
                        else "wrong-type"
                    )
                    problems.tally(code, "$.records[*].type")
                    continue
                try:
                    built = record(item, RECORD_UNION)
                except Exception as exc:
                    record_id = item.get("id") if type(item) is dict else None
                    if type(record_id) is str:
                        unread.append(record_id)
                    problems.extend(
                        problems_of(
                            exc,
                            f"$.records[{index}]",
                            record_id if type(record_id) is str else None,
                        )
                    )
                    _release(exc)
                else:
                    # Kept even after a problem: the records that were read are
                    # checked against each other below.
                    out.append((index, built))
            if problems:
                # The records that were read are checked against each other too,
                # so that one unknown field does not hide a missing citation.
                problems.extend(problems_beside(out, unread))
                raise Found(problems.kept, problems.groups())
            records = tuple(r for _, r in out)
        try:
            return Dataset(records)
        except InvalidDatasetError as exc:
            raise Found(exc.problems, exc.more) from exc

    return structure_dataset


def _unstructure_dataset_hooks(
    tagged: Mapping[type, Callable[[Any], dict[str, Any]]],
) -> Callable[[Dataset], dict[str, Any]]:
    def unstructure_dataset(value: Dataset) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "records": [tagged[r.__class__](r) for r in value.records],
        }

    return unstructure_dataset


# --- building the converters --------------------------------------------------------------

_TEXT_TYPES: tuple[tuple[type, Callable[[str], Any], int, str], ...] = (
    (Country, Country, 2, "an ISO 3166-1 alpha-2 country code in upper case, such as 'MN'"),
    (Subdivision, Subdivision, 6, "an ISO 3166-2 subdivision code, such as 'MN-071'"),
    (
        Identifier,
        _identifier,
        2100,
        "an identifier 'scheme:value', such as 'wikidata:Q884' or 'sec_cik:0000892450'",
    ),
)


def _tagged_union(
    converter: Converter,
    kinds: Iterable[RecordKind | ValueKind],
    what: str,
    *,
    alone: bool = False,
) -> dict[type, Callable[[Any], dict[str, Any]]]:
    """Hooks for the union of ``kinds``, told apart by their tags; returns the tagged writers.

    configure_tagged_union reads the plain hooks of the members; the tag is
    written first, so the unstructure side is ours. The union is complete
    (checked, when detailed) before any hook that holds it is generated.
    With ``alone``, each member read or written alone carries its tag too
    (as a record does).
    """
    cl_tags = tags(kinds)
    cl_union = union(kinds)
    plain = {cl: converter.get_unstructure_hook(cl) for cl in cl_tags}
    untagged = {cl: converter.get_structure_hook(cl) for cl in cl_tags} if alone else {}
    configure_tagged_union(cl_union, converter, tag_generator=cl_tags.__getitem__, tag_name="type")
    tagged = _tagged(cl_tags, plain)
    converter.register_unstructure_hook(cl_union, lambda value: tagged[value.__class__](value))
    if converter.detailed_validation:
        checked = converter.get_structure_hook(cl_union)
        by_tag = {tag: cl for cl, tag in cl_tags.items()}
        converter.register_structure_hook(cl_union, _checked_union(checked, by_tag, what))
    for cl, plain_structure in untagged.items():
        converter.register_structure_hook(
            cl, _record_alone(cl, cl_tags[cl], plain_structure, converter.detailed_validation)
        )
        converter.register_unstructure_hook(cl, tagged[cl])
    return tagged


def _build(detailed: bool, once: bool = True) -> Converter:
    """A converter; ``once`` off makes the fast one run every validator (the tests compare)."""
    converter = Converter(
        forbid_extra_keys=True, omit_if_default=True, detailed_validation=detailed
    )
    hook = converter.register_structure_hook
    unhook = converter.register_unstructure_hook
    factory = converter.register_structure_hook_factory
    unfactory = converter.register_unstructure_hook_factory

    # Leaves.
    hook(str, _structure_str)
    hook(int, _structure_int)
    hook(bool, _structure_bool)
    hook(Decimal, _structure_decimal)
    unhook(Decimal, _unstructure_decimal)
    # (For the Enum class, as cattrs itself registers enums: every enum class uses it.)
    hook(enum.Enum, _structure_enum)
    unhook(enum.Enum, _unstructure_enum)
    for temporal in TEMPORAL_TYPES:
        hook(temporal, _temporal_hook((temporal,)))
        unhook(temporal, str)
    for cl, parse, length, expected in _TEXT_TYPES:
        hook(cl, _text_hook(parse, length, cl.__name__, expected))
        unhook(cl, str)

    # Containers and unions (the later a factory is registered, the earlier it is asked).
    # (Factories take the converter through a closure, as cattrs 23 wants them.)
    factory(_is_tuple, lambda cl: _tuple_hooks(cl, converter))
    factory(_is_frozenset, lambda cl: _frozenset_hooks(cl, converter))
    unfactory(_is_tuple, lambda cl: _unstructure_tuple_hooks(cl, converter))
    unfactory(_is_frozenset, lambda cl: _unstructure_frozenset_hooks(cl, converter))
    factory(_is_optional, lambda cl: _optional_hooks(cl, converter))
    unfactory(_is_optional, lambda cl: _unstructure_optional_hooks(cl, converter))
    factory(_is_temporal_union, _temporal_union_hooks)
    unfactory(_is_temporal_union, lambda _: _unstructure_temporal)

    # Objects: every attrs class of the model, each with its generated functions.
    factory(_is_model_class, lambda cl: _object_hooks(cl, converter, once))
    unfactory(_is_model_class, lambda cl: _unstructure_object_hooks(cl, converter))

    # The two tagged unions, the figure values first (records hold them).
    _tagged_union(converter, VALUE_KINDS, "a figure's value")
    tagged_records = _tagged_union(converter, RECORD_KINDS, "a record", alone=True)
    hook(Dataset, _dataset_hooks(converter))
    unhook(Dataset, _unstructure_dataset_hooks(tagged_records))
    return converter


@once
def fast() -> Converter:
    """The converter for the normal path: no detailed validation."""
    return _build(detailed=False)


@once
def detailed() -> Converter:
    """The converter that collects every problem, with its path, once the fast one failed."""
    return _build(detailed=True)


# --- what can be read and written -----------------------------------------------------------

_ALIASES: tuple[Any, ...] = (Record, FigureValue, TemporalValue, RECORD_UNION, _VALUE_UNION)
_OBJECTS: tuple[type, ...] = (
    Citation,
    DateClaim,
    Name,
    Membership,
    Signatory,
    Participant,
    Place,
    ListSubset,
    Rounding,
    Stage,
)


def _enums_in(types: Iterable[Any]) -> Iterator[type]:
    for cl in types:
        if _is_enum(cl):
            yield cl
        yield from _enums_in(typing.get_args(cl))


def _supported() -> frozenset[Any]:
    classes = (
        *RECORD_TAGS,
        *VALUE_TAGS,
        *TEMPORAL_TYPES,
        *(cl for cl, *_ in _TEXT_TYPES),
        *_OBJECTS,
    )
    fields = [
        a.type for cl in classes if attrs.has(cl) for a in attrs.fields(attrs.resolve_types(cl))
    ]
    return frozenset((*classes, *_enums_in(fields), Dataset, *_ALIASES))


_SUPPORTED = _supported()


def known_keys() -> frozenset[str]:
    """Every key that an object of the current format may hold: the fields of its
    classes, the tag ``type`` and the document's own keys."""
    fields = {a.name for cl in _SUPPORTED if _is_model_class(cl) for a in attrs.fields(cl)}
    return frozenset((*fields, "type", *DOCUMENT_KEYS))


def is_supported(cl: Any) -> bool:
    """Whether ``cl`` is a type of the format, which can be dumped and loaded.

    The format's types are the records, the values they hold (down to the
    enums of their fields), the Dataset, and the aliases Record, FigureValue
    and TemporalValue.
    """
    try:
        return cl in _SUPPORTED
    except TypeError:  # unhashable: not a type
        return False


def unstructure(value: object) -> Any:
    """The JSON value of a mineralpact value, record or dataset."""
    return fast().unstructure(value)


def structure(value: object, cl: Any, root: str = "$", max_problems: int = MAX_PROBLEMS) -> Any:
    """Read a JSON value as ``cl``, or raise InvalidDocumentError with its problems.

    ``root`` begins every path (``$``, or ``line 12: $`` in a JSON Lines file).
    The first ``max_problems`` problems are kept in full, the rest counted.
    """
    try:
        return fast().structure(value, cl)
    except MemoryError:
        raise
    except Found as exc:
        if exc.problems or exc.more:
            raise _found(exc, root, max_problems) from None
    except Exception:  # the detailed pass below says what is wrong
        pass
    token = _MAX_PROBLEMS.set(max_problems)
    try:
        result = detailed().structure(value, cl)
    except MemoryError:
        raise
    except Found as exc:
        error = _found(exc, root, max_problems)
    except Exception as exc:
        collector = ProblemCollector(max_problems)
        collector.extend(problems_of(exc, root))
        error = InvalidDocumentError(collector.kept, more=collector.groups(), limit=None)
    else:
        return result
    finally:
        _MAX_PROBLEMS.reset(token)
    raise error from None


def _found(exc: Found, root: str, max_problems: int) -> InvalidDocumentError:
    """The error of the problems that a hook found, their paths beginning with ``root``."""
    more = exc.more
    if root != "$":
        more = tuple(attrs.evolve(g, path=root + g.path[1:]) for g in more)
    return InvalidDocumentError(_rerooted(exc.problems, root), more=more, limit=max_problems)


def _rerooted(problems: Iterable[Problem], root: str) -> tuple[Problem, ...]:
    if root == "$":
        return tuple(problems)
    return tuple(attrs.evolve(p, path=root + p.path[1:]) for p in problems)


# --- from exceptions to problems ------------------------------------------------------------

_CODES: tuple[tuple[type[Exception], str], ...] = (
    (InvalidDateError, "invalid-date"),
    (InvalidUnitError, "invalid-unit"),
    (IncompatibleUnitsError, "invalid-unit"),
    (UnknownMineralError, "unknown-mineral"),
    (InvalidCodeError, "invalid-code"),
    (InvalidIdError, "invalid-id"),
    (InvalidQuantityError, "invalid-quantity"),
    (InvalidValueError, "invalid-value"),
    (InvalidTypeError, "wrong-type"),
)


def _code(exc: Exception) -> str:
    return next((code for cl, code in _CODES if isinstance(exc, cl)), "invalid-value")


def _field_path(path: str, cl: type, exc: Exception) -> str:
    """Where a check of ``cl``'s constructor failed: the field its error names, if any."""
    what = getattr(exc, "what", None)
    if not isinstance(what, str):
        return path
    owner, dot, rest = what.partition(".")
    if not dot or owner != cl.__name__:
        return path
    name, bracket, index = rest.partition("[")
    fields = attrs.fields_dict(cl)
    if name not in fields:
        return path
    path = member(path, name)
    if bracket and typing.get_origin(fields[name].type) is tuple and index[:-1].isdigit():
        path += f"[{index[:-1]}]"
    return path


def problems_of(exc: BaseException, path: str, record: str | None = None) -> Iterator[Problem]:
    """The problems that an exception from the detailed converter stands for, with paths."""
    if isinstance(exc, IterableValidationError):
        items, others = exc.group_exceptions()
        for sub, item in items:
            yield from problems_of(sub, f"{path}[{item.index}]", record)
        for sub in others:
            yield from problems_of(sub, path, record)
    elif isinstance(exc, ClassValidationError):
        with_notes, others = exc.group_exceptions()
        for sub, note in with_notes:
            where = member(path, note.name)
            if isinstance(sub, KeyError) and sub.args == (note.name,):
                yield Problem(
                    path=where,
                    code="missing-field",
                    message="missing required field",
                    expected=f"a value for {exc.cl.__name__}.{note.name}, which is required",
                    value="nothing",
                    record=record,
                )
            else:
                yield from problems_of(sub, where, record)
        for sub in others:
            yield from problems_of(sub, _field_path(path, exc.cl, sub), record)
    elif isinstance(exc, ForbiddenExtraKeysError):
        known = ", ".join(repr(a.name) for a in attrs.fields(exc.cl))
        for key in sorted(exc.extra_fields):
            yield Problem(
                path=member(path, key),
                code="unknown-field",
                message=f"unknown field of {exc.cl.__name__}",
                expected=f"only the fields {known}",
                value=short(key, 40),
                record=record,
            )
    elif isinstance(exc, Refused):
        where = path if exc.field is None else member(path, exc.field)
        yield Problem(
            path=where,
            code=exc.code,
            message=exc.message,
            expected=exc.expected,
            value=exc.value,
            record=record,
        )
    elif isinstance(exc, Found):
        yield from (attrs.evolve(p, path=path + p.path[1:]) for p in exc.problems)
    elif isinstance(exc, InvalidValueError):
        reason = f": {exc.reason}" if exc.reason else ""
        yield Problem(
            path=path,
            code=_code(exc),
            message=f"invalid {exc.what}{reason}",
            expected=exc.expected,
            value=show(exc.value),
            record=record,
        )
    elif isinstance(exc, InvalidTypeError):
        yield Problem(
            path=path,
            code="wrong-type",
            message=f"wrong type for {exc.what}",
            expected=exc.expected,
            value=show(exc.value),
            record=record,
        )
    else:
        yield Problem(
            path=path,
            code="invalid-value",
            message=f"{type(exc).__name__}: {bounded_repr(str(exc))}",
            expected="",
            value="",
            record=record,
        )


# --- what the writers read (serialization's compact text, mineralpact._writer) -------------

#: The unstructure side's rules, shared with the generated writers that follow them.
SUPPORTED = _SUPPORTED
VALUE_UNION: Any = _VALUE_UNION
inner = _inner
is_enum = _is_enum
is_frozenset = _is_frozenset
is_model_class = _is_model_class
is_optional = _is_optional
is_tuple = _is_tuple
item_type = _item_type
unstructure_decimal = _unstructure_decimal
unstructure_enum = _unstructure_enum
unstructure_temporal = _unstructure_temporal
