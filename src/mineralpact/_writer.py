"""The canonical JSON text of a value, written straight from the objects.

``dumps`` used to unstructure a value into dicts and lists with the
converter's hooks, then hand them to ``json.dumps``. The text is the same
when it is written directly: for each class of the format, one function is
generated (once, from the same attrs fields and the same converter hooks)
that joins the JSON text of its fields, in the converter's order (the
required fields, then those that differ from their defaults, each in the
order the class declares them), with the same string escapes as
``json.dumps(..., ensure_ascii=False, separators=(",", ":"))``, and
frozensets sorted by the text of their items, as the converter sorts them.

Nothing here decides what the text is: whatever the generated functions
cannot write exactly as the converter would (a value of an unexpected type
in a field, say), they refuse with an exception, and :func:`text` then
writes that value the old way, through the converter and ``json.dumps``. So
the text is the converter's, byte for byte, for every value; the property
test in ``tests/test_writer.py`` compares the two over generated values.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Callable
from typing import Any

import attrs
from cattrs.fns import identity

from mineralpact import _converter
from mineralpact._decimal import text as decimal_text
from mineralpact._envelope import FORMAT, FORMAT_VERSION
from mineralpact._once import once
from mineralpact.dataset import Dataset
from mineralpact.dates import TEMPORAL_TYPES, PartialDate

__all__ = ["compact", "text"]

_ENCODE_STRING: Callable[[str], str] = json.encoder.encode_basestring
# Exactly as serialization's compact json.dumps writes any other value.
_ENCODER = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), allow_nan=False, check_circular=False
)


# attrs.Factory is a class (its stubs make it an overloaded function).
_FACTORY = typing.cast("type", attrs.Factory)


class _NoConverterClass:
    """Stands for ``attrs.Converter`` under attrs before 24.1, which has none."""


#: attrs' converter that takes the instance or field (attrs 24.1 and later).
_CONVERTER: type = getattr(attrs, "Converter", _NoConverterClass)


def compact(value: Any) -> str:
    """``json.dumps`` of an unstructured value, compact, as the format writes it."""
    return _ENCODER.encode(value)


def _raw(value: Any) -> str:
    """The JSON text of a value that the converter passes through as it is."""
    if value.__class__ is str:
        return _ENCODE_STRING(value)
    if value is None:
        return "null"
    return _ENCODER.encode(value)


#: The JSON text of a date, by its year, month and day; emptied when it grows past the bound.
_DATES: dict[tuple[int, int | None, int | None], str] = {}
_MAX_DATES = 4096


def _temporal(value: Any) -> str:
    """The JSON text of ``str(value)``: a date, range, deadline or qualified date.

    A :class:`PartialDate` is written by its fields alone, so its text is
    kept by them (a tuple of ints: cheaper to look up than to format again).
    """
    if value.__class__ is PartialDate:
        key = (value.year, value.month, value.day)
        found = _DATES.get(key)
        if found is None:
            if len(_DATES) >= _MAX_DATES:
                _DATES.clear()
            found = _DATES[key] = _ENCODE_STRING(str(value))
        return found
    return _ENCODE_STRING(str(value))


def _fstring(segments: list[tuple[str, str]]) -> str:
    """An f-string literal joining ``segments``: ("text", literal) or ("name", local)."""
    out = []
    for kind, segment in segments:
        if kind == "name":
            out.append("{" + segment + "}")
            continue
        if "\n" in segment or "\r" in segment:
            raise _Unsupported(segment)
        escaped = segment.replace("\\", "\\\\").replace("'", "\\'")
        out.append(escaped.replace("{", "{{").replace("}", "}}"))
    return "f'" + "".join(out) + "'"


class _Unsupported(Exception):  # noqa: N818 -- internal: a class the generator leaves alone
    pass


def _is_str_optional(cl: Any) -> bool:
    return _converter.is_optional(cl) and _converter.inner(cl) is str


def _qualname(hook: Any) -> str:
    return str(getattr(hook, "__qualname__", ""))


class _Generator:
    """Generates, once, the writing function of every class of the format."""

    def __init__(self) -> None:
        self.converter = _converter.fast()
        self.namespace: dict[str, Any] = {
            "enc": _ENCODE_STRING,
            "raw": _raw,
            "dtext": decimal_text,
            "str": str,
            "temporal": _temporal,
            "id": id,
        }
        self.names: dict[Any, str] = {}
        # The tagged writers of each union's members, as the converter's union hooks have them.
        self.unions: dict[Any, dict[type, Callable[[Any], str]]] = {
            _converter.RECORD_UNION: {},
            _converter.VALUE_UNION: {},
        }
        self.namespace["records"] = self.unions[_converter.RECORD_UNION]
        self.namespace["values"] = self.unions[_converter.VALUE_UNION]
        self.counter = 0

    def constant(self, value: Any) -> str:
        self.counter += 1
        name = f"c{self.counter}"
        self.namespace[name] = value
        return name

    # -- expressions: the JSON text of one value -------------------------------------------

    def function(self, cl: Any) -> str | None:
        """The name of a function that writes a value of type ``cl``, if one does alone."""
        expression = self.expression(cl, "x")
        if expression.endswith("(x)") and expression[:-3].replace("_", "").isalnum():
            return expression[:-3]
        return None

    def expression(self, cl: Any, variable: str, depth: int = 0, present: bool = False) -> str:
        """Python text of the JSON text of ``variable``, a value of type ``cl``.

        With ``present``, ``variable`` is known not to be None.
        """
        hook = self.converter.get_unstructure_hook(cl)
        if hook is identity:
            if cl is str or (present and _is_str_optional(cl)):
                return f"enc({variable})"
            if _is_str_optional(cl):
                return f"('null' if {variable} is None else enc({variable}))"
            return f"raw({variable})"
        if hook is _converter.unstructure_decimal:
            return f"enc(dtext({variable}))"
        if hook is str:
            if cl in TEMPORAL_TYPES:
                return f"temporal({variable})"
            return f"enc(str({variable}))"
        if hook is _converter.unstructure_temporal:
            if present:
                return f"temporal({variable})"
            return f"('null' if {variable} is None else temporal({variable}))"
        if hook is _converter.unstructure_enum and _converter.is_enum(cl):
            # A member's text, by the member's id (members live as long as
            # their class): anything else is no key, and goes to the converter.
            if not all(type(member.value) is str for member in cl):
                return f"raw({variable}.value)"
            members = self.constant({id(member): _raw(member.value) for member in cl})
            return f"{members}[id({variable})]"
        item = f"x{depth}"
        if _converter.is_tuple(cl) and (
            hook is list or _qualname(hook).startswith("_unstructure_tuple_hooks.")
        ):
            items = self.items(_converter.item_type(cl), variable, item, depth)
            return f"'[' + ','.join({items}) + ']'"
        if _converter.is_frozenset(cl) and _qualname(hook).startswith(
            "_unstructure_frozenset_hooks."
        ):
            # The converter sorts the items by their JSON text: sort the texts.
            items = self.items(_converter.item_type(cl), variable, item, depth)
            return f"'[' + ','.join(sorted({items})) + ']'"
        if _converter.is_optional(cl) and _qualname(hook).startswith(
            "_unstructure_optional_hooks."
        ):
            inner = self.expression(_converter.inner(cl), variable, depth)
            if present:
                return inner
            return f"('null' if {variable} is None else {inner})"
        if cl in self.unions and _qualname(hook).startswith("_tagged_union."):
            members = "records" if cl == _converter.RECORD_UNION else "values"
            return f"{members}[{variable}.__class__]({variable})"
        if cl in self.names and _qualname(hook) == "_tagged.<locals>.unstructure_tagged":
            return f"{self.names[cl]}_tagged({variable})"
        if cl in self.names and _qualname(hook) == f"unstructure_{cl.__name__}":
            return f"{self.names[cl]}({variable})"
        # Anything else: the converter's own hook, then the encoder.
        return f"raw({self.constant(hook)}({variable}))"

    def items(self, cl: Any, variable: str, item: str, depth: int) -> str:
        """Python text of an iterable of the JSON texts of the items of ``variable``."""
        function = self.function(cl)
        if function is not None:
            return f"map({function}, {variable})"
        return f"[{self.expression(cl, item, depth + 1)} for {item} in {variable}]"

    # -- classes ---------------------------------------------------------------------------

    def source(self, cl: type, name: str, prefix: str) -> str:
        """The source of ``name(i)``: the JSON text of ``i``, an instance of ``cl``.

        The object starts with ``prefix`` (``{`` or ``{"type":tag``);
        fields are chosen and ordered as cattrs's
        ``make_dict_unstructure_fn(cl, converter, _cattrs_omit_if_default=True)``
        does; a case it treats in a way not followed here raises
        :class:`_Unsupported`.
        """
        use_alias = getattr(self.converter, "use_alias", False)
        required: list[tuple[str, str]] = []  # (label, local)
        optional: list[tuple[str, str]] = []
        lines: list[str] = []
        fields = attrs.fields(attrs.resolve_types(cl))
        for n, a in enumerate(fields):
            if not a.init or a.type is None or typing.get_origin(a.type) is typing.Annotated:
                raise _Unsupported(cl)
            key = a.alias if use_alias else a.name
            if not isinstance(key, str) or (key == "type" and prefix != "{"):
                raise _Unsupported(cl)
            label = _ENCODE_STRING(key) + ":"
            if a.default is attrs.NOTHING:
                lines.append(f"    f{n} = {self.expression(a.type, f'i.{a.name}')}")
                required.append((label, f"f{n}"))
                continue
            if isinstance(a.default, _FACTORY) or isinstance(a.converter, _CONVERTER):
                raise _Unsupported(cl)
            default = a.default if a.converter is None else a.converter(a.default)
            lines.append(f"    v = i.{a.name}")
            if default is None:
                # ``v != None`` for the values these fields hold (str, int, attrs
                # instances, enum members, dates, codes), which never equal None.
                value = self.expression(a.type, "v", present=True)
                lines.append(f"    f{n} = {',' + label!r} + {value} if v is not None else ''")
            else:
                value = self.expression(a.type, "v")
                default_name = self.constant(default)
                lines.append(f"    f{n} = {',' + label!r} + {value} if v != {default_name} else ''")
            optional.append((label, f"f{n}"))
        if prefix == "{" and not required:
            # No field is always there: drop the comma before the first one written.
            written = _fstring([("name", local) for _, local in optional])
            lines += [f"    s = {written}", "    return '{' + s[1:] + '}'"]
        else:
            segments = [("text", prefix)]
            for index, (label, local) in enumerate(required):
                comma = "" if index == 0 and prefix == "{" else ","
                segments += [("text", comma + label), ("name", local)]
            segments += [("name", local) for _, local in optional]
            segments.append(("text", "}"))
            lines.append(f"    return {_fstring(segments)}")
        return "\n".join([f"def {name}(i):", *lines])

    def build(self) -> dict[type, Callable[[Any], str]]:
        """The writer of every class that ``dumps`` accepts, by class."""
        classes = [cl for cl in _converter.SUPPORTED if isinstance(cl, type)]
        models = [cl for cl in classes if _converter.is_model_class(cl)]
        tags = {**_converter.VALUE_TAGS, **_converter.RECORD_TAGS}
        for cl in models:
            self.names[cl] = f"w_{cl.__module__.replace('.', '_')}_{cl.__name__}"
        sources: list[str] = []
        for cl in models:
            name = self.names[cl]
            try:
                sources.append(self.source(cl, name, "{"))
                if cl in tags:
                    prefix = "{" + _ENCODE_STRING("type") + ":" + _ENCODE_STRING(tags[cl])
                    sources.append(self.source(cl, name + "_tagged", prefix))
            except _Unsupported:
                # Left to the converter's own hooks.
                plain = self.constant(self.converter.get_unstructure_hook(cl))
                sources.append(f"def {name}(i):\n    return raw({plain}(i))")
                if cl in tags:
                    union = (
                        _converter.RECORD_UNION
                        if cl in _converter.RECORD_TAGS
                        else _converter.VALUE_UNION
                    )
                    hook = self.constant(self.converter.get_unstructure_hook(union))
                    sources.append(f"def {name}_tagged(i):\n    return raw({hook}(i))")
        writers: dict[type, str] = {}
        for index, cl in enumerate(classes):
            if cl is Dataset:
                continue
            writers[cl] = f"top{index}"
            sources.append(f"def top{index}(i):\n    return {self.expression(cl, 'i')}")
        exec(compile("\n\n".join(sources), "<mineralpact writers>", "exec"), self.namespace)
        for cl in models:
            if cl in _converter.RECORD_TAGS:
                self.namespace["records"][cl] = self.namespace[self.names[cl] + "_tagged"]
            if cl in _converter.VALUE_TAGS:
                self.namespace["values"][cl] = self.namespace[self.names[cl] + "_tagged"]
        found = {cl: self.namespace[name] for cl, name in writers.items()}
        found[Dataset] = self.dataset()
        return found

    def dataset(self) -> Callable[[Dataset], str]:
        hook = self.converter.get_unstructure_hook(Dataset)
        if _qualname(hook) != "_unstructure_dataset_hooks.<locals>.unstructure_dataset":
            return lambda value: _raw(hook(value))
        start = compact({"format": FORMAT, "version": FORMAT_VERSION, "records": []})[:-3]
        tagged = self.unions[_converter.RECORD_UNION]

        def write_dataset(value: Dataset) -> str:
            texts = [tagged[r.__class__](r) for r in value.records]
            if not texts:
                return start + "[]}"
            # One join copies the whole text once.
            texts[0] = start + "[" + texts[0]
            texts[-1] += "]}"
            return ",".join(texts)

        return write_dataset


@once
def _writers() -> dict[type, Callable[[Any], str]]:
    return _Generator().build()


def text(value: object) -> str:
    """The compact JSON text of a value of the format: ``compact(unstructure(value))``."""
    write = _writers().get(value.__class__)
    if write is not None:
        try:
            return write(value)
        except Exception:  # written again below, the converter's way
            pass
    return compact(_converter.unstructure(value))
