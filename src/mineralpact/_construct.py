"""Build a model object from values the converter has read: each check is made once.

The converter's hooks read a JSON value into a value of the field's declared
type (a string hook returns a ``str``, a hook for ``tuple[Citation, ...]``
returns a tuple of ``Citation``). The class's ``__init__`` would then check
those same types again through its validators. :func:`structure_fn` makes,
once per class, a function that reads a JSON object into an instance the way
cattrs' generated function and the class's ``__init__`` do together (every
key, default, converter and ``__attrs_post_init__``), but runs only the
validators whose checks the hooks have not already made: a text's pattern
and length, a tuple's least length, an id's prefix, all stay.

It is used by the converter's fast pass only, and only for plain attrs
classes whose ``__init__`` attrs generated. Anything it refuses raises, and
the detailed pass (cattrs, with every validator) then reads the same value
again and says what is wrong, so the problems reported never depend on it.
``tests/test_construct.py`` checks that it accepts and refuses what the
class and cattrs do, and builds equal values.
"""

from __future__ import annotations

import enum
import re
import types
import typing
from collections.abc import Callable, Collection, Iterator
from decimal import Decimal
from typing import Any

import attrs

from mineralpact import _ids, _validate
from mineralpact._ids import IdRef

__all__ = ["guaranteed", "structure_fn"]

# The types whose hooks return exactly that type (never a subclass, never a bool for an int).
_EXACT = (str, int, bool, Decimal)


def _members(cl: Any) -> frozenset[Any] | None:
    """The types a hook for ``cl`` may return, or None if that is not known here."""
    if typing.get_origin(cl) in (typing.Union, types.UnionType):
        found: set[Any] = set()
        for t in typing.get_args(cl):
            inner = _members(t)
            if inner is None:
                return None
            found |= inner
        return frozenset(found)
    if cl is type(None) or cl in _EXACT:
        return frozenset({cl})
    if isinstance(cl, type) and (attrs.has(cl) or issubclass(cl, enum.Enum)):
        return frozenset({cl})
    return None


def _made(cl: Any, validator: _validate.InstanceOf | _validate.Members) -> bool:
    """Whether every value a hook for ``cl`` returns passes ``validator``'s type check."""
    made = _members(cl)
    if made is None or type(None) in made:
        return False
    refuse_bool = bool not in validator.types
    return all(
        any(issubclass(t, allowed) for allowed in validator.types)
        and not (refuse_bool and issubclass(t, bool))
        for t in made
    )


def _items_made(cl: Any, validator: _validate.Members) -> bool:
    """Whether a hook for ``cl`` makes the validator's kind of container, of items of its types."""
    args = typing.get_args(cl)
    origin = typing.get_origin(cl)
    sized = len(args) == 2 and args[1] is Ellipsis if origin is tuple else len(args) == 1
    return sized and origin is validator.container and _made(args[0], validator)


def guaranteed(cl: Any, validator: object) -> bool:
    """Whether the converter's hook for a field of type ``cl`` already makes ``validator``'s checks.

    Only pure type checks are: :func:`~mineralpact._validate.instance_of`,
    ``optional`` of one on an optional field, and ``tuple_of`` or
    ``frozenset_of`` with no least length and no check of each item. Any
    other validator (or one this cannot tell about) is run again.
    """
    if type(validator) is _validate.InstanceOf:
        return _made(cl, validator)
    if type(validator) is _validate.Optional:
        args = typing.get_args(cl)
        if typing.get_origin(cl) not in (typing.Union, types.UnionType) or type(None) not in args:
            return False
        others = [t for t in args if t is not type(None)]
        inner: Any = others[0] if len(others) == 1 else typing.Union[tuple(others)]  # noqa: UP007
        return guaranteed(inner, validator.inner)
    if type(validator) is _validate.Members:
        return not validator.min_length and validator.member is None and _items_made(cl, validator)
    return False


def _split(validator: object) -> Iterator[object]:
    """``validator``, or the validators of an ``attrs.validators.and_``, one by one."""
    inner = getattr(validator, "_validators", None)
    if inner is not None and type(validator).__module__.startswith("attr"):
        for each in inner:
            yield from _split(each)
    elif validator is not None:
        yield validator


def _plain_init(cl: type) -> bool:
    """Whether ``cl`` is built by an ``__init__`` that attrs generated, with nothing of its own."""
    init = cl.__dict__.get("__init__")
    code = getattr(init, "__code__", None)
    return (
        code is not None
        and code.co_filename.startswith("<attrs generated")
        and "__attrs_pre_init__" not in dir(cl)
        and "__slots__" in cl.__dict__
        and all(
            f.init
            and f.alias == f.name
            and f.name.isidentifier()
            and not isinstance(f.default, attrs.Factory)  # type: ignore[arg-type]
            and _plain_converter(f.converter)
            for f in attrs.fields(cl)
        )
    )


def _plain_converter(converter: object) -> bool:
    """A converter called with the value alone (not attrs' Converter that takes the instance)."""
    return converter is None or (
        callable(converter) and type(converter).__name__ != "Converter"  # attrs >= 24.1
    )


def _owns_string(check: object, max_string: int) -> bool:
    """Whether every string ``check`` accepts passes the string hook's checks too.

    The hook takes a string of at most ``max_string`` characters with no lone
    surrogate; a text validator refuses surrogates and has its own, lower,
    bound; an id is at most 128 ASCII characters.
    """
    if type(check) is _validate.Text:
        return check.max_length <= max_string
    return type(check) is IdRef


def _text_check(field: attrs.Attribute[Any], max_string: int) -> tuple[bool, _validate.Text] | None:
    """The text validator of a ``str`` (or ``str | None``) field with no other, if it has one.

    Returned with whether the field may be None; the string hook's own
    checks are within the validator's, so the two are made as one.
    """
    checks = list(_split(field.validator))
    optional = field.type == (str | None)
    if len(checks) != 1 or field.converter is not None or field.type not in (str, str | None):
        return None
    check = checks[0]
    if optional and type(check) is _validate.Optional:
        check = check.inner
    if type(check) is not _validate.Text or not _owns_string(check, max_string):
        return None
    default = field.default
    plain = default is attrs.NOTHING or (default is None and optional)
    if not plain and not _passes(check, default):
        return None
    return optional, check


def _raw_strings(field: attrs.Attribute[Any], max_string: int) -> str | None:
    """How to read a field of strings without the string hook, or None.

    ``"one"`` for a ``str`` (or ``str | None``) field whose validator (kept)
    makes the hook's checks and more; ``"tuple"`` or ``"frozenset"`` for a
    container of strings whose items' validator does. The value is then
    taken as JSON gives it, and the validators check it.
    """
    if field.converter is not None:
        return None
    checks = list(_split(field.validator))
    if field.type in (str, str | None):
        inner = [c.inner if type(c) is _validate.Optional else c for c in checks]
        if field.type is str and any(type(c) is _validate.Optional for c in checks):
            return None
        return "one" if any(_owns_string(c, max_string) for c in inner) else None
    for container in (tuple, frozenset):
        if field.type == (tuple[str, ...] if container is tuple else frozenset[str]):
            for c in checks:
                if (
                    type(c) is _validate.Members
                    and c.container is container
                    and c.types == (str,)
                    and _owns_string(c.member, max_string)
                ):
                    return container.__name__
    return None


def _passes(check: _validate.Text, value: object) -> bool:
    try:
        check(None, None, value)
    except Exception:
        return False
    return True


def _id_passes(check: IdRef, expr: str, names: dict[str, Any], key: str) -> str:
    """A test that ``expr`` is an id ``check`` takes, made without a call (a known id only)."""
    names["_known_ids"] = _ids.known_ids()
    test = f"type({expr}) is _str and {expr} in _known_ids"
    if check.prefixes is not None:
        names[key] = check.prefixes
        test += f" and {expr}.partition(':')[0] in {key}"
    return test


def _passes_code(check: object, expr: str, names: dict[str, Any], key: str) -> str | None:
    """An expression true when ``expr`` passes ``check`` in its common case, or None.

    False does not mean refused: the validator is then called, and decides.
    """
    if type(check) is IdRef:
        return _id_passes(check, expr, names, key)
    if type(check) is _validate.Optional and type(check.inner) is IdRef:
        return f"{expr} is None or ({_id_passes(check.inner, expr, names, key)})"
    if (
        type(check) is _validate.Members
        and check.types == (str,)
        and type(check.member) is IdRef
        and not check.min_length
    ):
        test = _id_passes(check.member, "x", names, key)
        return f"type({expr}) is _{check.container.__name__} and all({test} for x in {expr})"
    return None


def structure_fn(
    cl: type,
    hook_for: Callable[[attrs.Attribute[Any]], Callable[[Any, Any], Any]],
    string_fields: Collection[str] = (),
    max_string: int = 0,
) -> Callable[[Any, Any], Any] | None:
    """A function reading a JSON object into ``cl``, each check made once (None if it cannot).

    ``hook_for`` gives the structure hook of a field. It is asked on the
    first call, not before: a class may hold itself (through a union), and
    its hook is being made while its fields' hooks are looked up.
    ``string_fields`` names the fields read by the converter's own string
    hook (which refuses what is not a string of at most ``max_string``
    characters, or holds a lone surrogate): on those, a text validator's
    check is made in place of the hook's.
    """
    if not _plain_init(cl):
        return None
    fields = attrs.fields(cl)
    names: dict[str, Any] = {
        "_cl": cl,
        "_new": object.__new__,
        "_set": object.__setattr__,
        "_known": frozenset(f.name for f in fields),
        "_dict": dict,
        "_str": str,
        "_list": list,
        "_tuple": tuple,
        "_frozenset": frozenset,
        "_ready": False,
    }

    def resolve() -> None:
        for i, f in enumerate(fields):
            names[f"_h{i}"] = hook_for(f)
        names["_ready"] = True

    names["_resolve"] = resolve
    lines = [
        "def structure(o, _=None):",
        "    if not _ready:",
        "        _resolve()",
        "    if type(o) is not _dict or not o.keys() <= _known:",
        "        raise ValueError(o)",
        "    self = _new(_cl)",
    ]
    checks: list[str] = []
    for i, f in enumerate(fields):
        text = _text_check(f, max_string) if f.name in string_fields else None
        if text is not None:
            optional, check = text
            names[f"_m{i}"] = re.compile(check.pattern).match
            if f.default is attrs.NOTHING:
                lines.append(f"    v = o[{f.name!r}]")
            else:
                names[f"_d{i}"] = f.default
                lines.append(f"    v = o[{f.name!r}] if {f.name!r} in o else _d{i}")
            refused = f"type(v) is not _str or len(v) > {check.max_length} or _m{i}(v) is None"
            if optional:
                refused = f"v is not None and ({refused})"
            lines += [f"    if {refused}:", f"        raise ValueError({f.name!r})"]
            lines.append(f"    _set(self, {f.name!r}, v)")
            continue
        got = f"o[{f.name!r}]"
        if f.default is not attrs.NOTHING:
            names[f"_d{i}"] = f.default
            got = f"{got} if {f.name!r} in o else _d{i}"
        raw = _raw_strings(f, max_string) if f.name in string_fields else None
        if raw == "one":
            read = got
        elif raw is not None:
            # The container hook's own checks: a JSON array, and no item twice.
            names[f"_k{i}"] = tuple if raw == "tuple" else frozenset
            indent = "    "
            if f.default is not attrs.NOTHING:
                lines += [f"    if {f.name!r} not in o:", f"        w = _d{i}", "    else:"]
                indent = "        "
            lines += [
                f"{indent}v = o[{f.name!r}]",
                f"{indent}if type(v) is not _list:",
                f"{indent}    raise ValueError({f.name!r})",
                f"{indent}w = _k{i}(v)",
            ]
            if raw == "frozenset":
                lines += [
                    f"{indent}if len(w) != len(v):",
                    f"{indent}    raise ValueError({f.name!r})",
                ]
            read = "w"
        else:
            names[f"_t{i}"] = f.type
            read = f"_h{i}(o[{f.name!r}], _t{i})"
            if f.default is not attrs.NOTHING:
                read = f"{read} if {f.name!r} in o else _d{i}"
        if f.converter is not None:
            names[f"_c{i}"] = f.converter
            read = f"_c{i}({read})"
        lines.append(f"    _set(self, {f.name!r}, {read})")
        for j, validator in enumerate(_split(f.validator)):
            if guaranteed(f.type, validator):
                continue
            if (
                raw is None
                and type(validator) is _validate.Members
                and _items_made(f.type, validator)
            ):
                # The items' types are made by the hook: what is left is
                # the least length, and the check of each item.
                if validator.min_length:
                    checks += [
                        f"    if len(self.{f.name}) < {validator.min_length}:",
                        f"        raise ValueError({f.name!r})",
                    ]
                if validator.member is not None:
                    names[f"_v{i}_{j}"] = validator.member
                    names[f"_a{i}"] = f
                    checks += [
                        f"    for x in self.{f.name}:",
                        f"        _v{i}_{j}(self, _a{i}, x)",
                    ]
                continue
            names[f"_v{i}_{j}"] = validator
            names[f"_a{i}"] = f
            call = f"_v{i}_{j}(self, _a{i}, self.{f.name})"
            passes = _passes_code(validator, f"self.{f.name}", names, f"_p{i}_{j}")
            if passes is None:
                checks.append(f"    {call}")
            else:
                # The validator's own common case, made here; anything else goes to it.
                checks += [f"    if not ({passes}):", f"        {call}"]
    lines += checks
    if hasattr(cl, "__attrs_post_init__"):
        lines.append("    self.__attrs_post_init__()")
    lines.append("    return self")
    filename = f"<mineralpact structure {cl.__module__}.{cl.__qualname__}>"
    exec(compile("\n".join(lines), filename, "exec"), names)
    function: Callable[[Any, Any], Any] = names["structure"]
    return function
