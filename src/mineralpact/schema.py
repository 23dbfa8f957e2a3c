"""The JSON Schema (draft 2020-12) of mineralpact's file format.

The schema is generated from the model, not written beside it: the record
types (every kind of :data:`~mineralpact.dataset.Record`) and the value types they
hold are walked with :func:`attrs.fields` and :func:`typing.get_type_hints`,
and each field's JSON form follows from its type and its validators (string
lengths, id prefixes, minimum numbers of items). What a type cannot say
about its own text form (the EDTF grammar of dates, the decimal notation of
exact numbers, the shape of ISO codes) lives in one small table keyed by
type, in this module.

The same schema ships with the package as ``mineralpact/data/schema.json``,
for tools that are not written in Python; ``python -m mineralpact.schema``
prints it (``--output PATH`` writes it, ``--check PATH`` tells whether a
file is up to date).

>>> from mineralpact.schema import json_schema
>>> schema = json_schema()
>>> schema["$schema"]
'https://json-schema.org/draft/2020-12/schema'
>>> schema["properties"]["format"]
{'const': 'mineralpact'}
>>> sorted(schema["$defs"]["Figure"]["required"])
['citations', 'id', 'measure', 'subject', 'type']
>>> schema["$defs"]["PartialDate"]["pattern"]
'^[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?(?![\\\\s\\\\S])'

The schema says what a document looks like; some checks need more than a
schema can express (a 30th of February, the check digits of an LEI, a
reference to a record that is not in the dataset), so a document that the
schema accepts can still be refused by :func:`mineralpact.loads`. A document
that the schema refuses is always refused by ``loads`` too.
"""

from __future__ import annotations

import argparse
import copy
import enum
import inspect
import json
import sys
import types
import typing
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

from mineralpact import _validate
from mineralpact._atomic import atomic_write
from mineralpact._envelope import FORMAT, MAJOR_VERSION
from mineralpact._ids import ID_PATTERN, MAX_ID_LENGTH, IdRef
from mineralpact._kinds import RECORD_KINDS, VALUE_KINDS, classes, tags
from mineralpact._once import once
from mineralpact._units import MAX_UNIT_LENGTH
from mineralpact._validate import END
from mineralpact.codes import Country, Identifier, IdentifierScheme, Subdivision
from mineralpact.dataset import Dataset
from mineralpact.dates import DateRange, Deadline, PartialDate, QualifiedDate, Qualifier
from mineralpact.events import Event
from mineralpact.minerals import Element, MineralForm, MineralList
from mineralpact.quantities import (
    MAX_DESCRIPTION_LENGTH,
    MAX_WHOLE,
    Count,
    Money,
    Quantity,
    Rank,
    Share,
)

__all__ = ["json_schema"]

_DRAFT = "https://json-schema.org/draft/2020-12/schema"
# The tag each object type carries in its "type" key, as the reader and the
# writer use it: every record, and each value of a union of object types.
_TAGS: dict[type, str] = {**tags(RECORD_KINDS), **tags(VALUE_KINDS)}
_RECORD_TYPES = classes(RECORD_KINDS)

# --- what each value type's text form looks like ------------------------------

# Every pattern is anchored and uses only what ECMA-262 and Python's re share,
# so that every validator reads it alike: no \d (Unicode digits in Python).
_DATE = r"[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?"
# "~", "?" and "%" stand for themselves in a character class; escaping them
# (as re.escape does) is an error in ECMA-262's Unicode mode.
_QUALIFIERS = "".join(q.value for q in Qualifier)
_DECIMAL = r"^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:E[-+](?:0|[1-9][0-9]{0,2}))?$"
_ID_SLUG = ID_PATTERN.partition(":")[2]


def _string(pattern: str, description: str, **extra: Any) -> dict[str, Any]:
    return {"type": "string", "pattern": pattern, **extra, "description": description}


def _identifier_pattern() -> str:
    values = {
        IdentifierScheme.WIKIDATA: "Q[1-9][0-9]*",
        IdentifierScheme.LEI: "[0-9A-Z]{18}[0-9]{2}",
        IdentifierScheme.SEC_CIK: "[0-9]{1,10}",  # read zero-padded to ten, as EDGAR shows it
        IdentifierScheme.URL: r"[hH][tT][tT][pP][sS]?://[^\s/?#]+.*",
    }
    # Every scheme of the enum: a new one without a pattern here fails loudly.
    return "^(?:" + "|".join(f"{s.value}:{values[s]}" for s in IdentifierScheme) + ")$"


#: The JSON form of the types that are written as one JSON string or number,
#: not as an object of their fields.
_VALUE_FORMS: dict[type, Callable[[], dict[str, Any]]] = {
    str: lambda: {"type": "string"},
    int: lambda: {"type": "integer"},
    bool: lambda: {"type": "boolean"},
    Decimal: lambda: _string(
        _DECIMAL,
        "An exact decimal number, written as a string so that no float touches it, "
        'kept as written with its exponent: "3110", "3.11", "-0.5", "2.60E+6".',
    ),
    PartialDate: lambda: _string(
        f"^{_DATE}$", "A date known to the year, the month or the day (ISO 8601): 2023, 2023-02."
    ),
    DateRange: lambda: _string(
        rf"^{_DATE}/(?:{_DATE}|\.\.)$",
        "An EDTF interval START/END, '..' for an open end: 2023-11-20/2025-03-12 or 2023/..",
    ),
    Deadline: lambda: _string(
        rf"^\.\./{_DATE}$", "No later than a date, an EDTF interval open at the start: ../2025-11."
    ),
    QualifiedDate: lambda: _string(
        f"^{_DATE}[{_QUALIFIERS}]$",
        "An EDTF date that is approximate (~), uncertain (?) or both (%): 2023~, 2025-12-15?.",
    ),
    Country: lambda: _string("^[A-Z]{2}$", "An ISO 3166-1 alpha-2 country code: MN."),
    Subdivision: lambda: _string(
        "^[A-Z]{2}-[A-Z0-9]{1,3}$", "An ISO 3166-2 subdivision code: MN-071."
    ),
    Identifier: lambda: _string(
        _identifier_pattern(),
        "An identifier in an external register, scheme:value: wikidata:Q884, "
        "sec_cik:0000892450, lei:..., url:https://...",
        maxLength=len("url:") + 2048,
    ),
}

# Checks that are made by a converter or a method of one class, not by a
# reusable validator, keyed by (class, field). The reader takes a few
# spellings besides the one it writes, and so does the schema: a document the
# schema refuses must be one that the reader refuses.
_DESCRIPTION: dict[str, Any] = {
    "minLength": 1,
    # Read with runs of whitespace collapsed, and refused only then if longer.
    "maxLength": 4 * MAX_DESCRIPTION_LENGTH,
    "description": f"A description of at most {MAX_DESCRIPTION_LENGTH} characters "
    "once runs of whitespace are collapsed to one space.",
}
_APPROXIMATE: dict[str, Any] = {
    "description": "true when the source hedges the number (about, some, around, nearly); "
    "absent or false when it is stated exactly. Approximate and exact values never compare "
    "equal.",
}
_FIELD_RULES: dict[tuple[type, str], dict[str, Any]] = {
    (Element, "symbol"): {"pattern": "^[A-Z][a-z]{0,2}$"},
    (Element, "atomic_number"): {"minimum": 1},
    (Event, "number"): {"minimum": 1, "maximum": MAX_WHOLE},
    (Quantity, "unit"): {
        "minLength": 1,
        "maxLength": MAX_UNIT_LENGTH,
        "pattern": r"^[A-Za-z_µμ%*/·^()0-9+\- \t\n\r]+$",
        "description": "A unit that pint knows, in the unit grammar: names joined by "
        "'*', '/' or spaces, exponents from -4 to 4: t, kt, g/t, t/yr, %.",
    },
    (Quantity, "approximate"): _APPROXIMATE,
    (Share, "of"): _DESCRIPTION,
    (Share, "approximate"): _APPROXIMATE,
    (Rank, "position"): {"minimum": 1, "maximum": MAX_WHOLE},
    (Rank, "of"): {"minimum": 1, "maximum": MAX_WHOLE},
    (Rank, "scope"): _DESCRIPTION,
    (Count, "value"): {"minimum": 0, "maximum": MAX_WHOLE},
    (Count, "of"): _DESCRIPTION,
    (Count, "approximate"): _APPROXIMATE,
    (MineralList, "complete"): {
        "description": "false when the list holds only some of the published list's entries; "
        "absent or true when it holds them all.",
    },
    (MineralList, "within"): {
        "description": "The id of the list this one lies within, as a tier: the EU's strategic "
        "raw materials within its critical raw materials.",
    },
    (MineralForm, "qualifier"): {
        "description": "How the form differs from its mineral, as written: 'battery grade'.",
    },
    (Money, "currency"): {
        "pattern": "^[A-Za-z]{3}$",
        "description": "An ISO 4217 currency code, written in upper case: USD, KRW, MNT.",
    },
}


# --- reading the model's validators -------------------------------------------


_AND: type = type(attrs.validators.and_())


def _id_pattern(prefixes: frozenset[str] | None) -> str:
    if prefixes is None:
        return ID_PATTERN
    if len(prefixes) == 1:
        return f"^{next(iter(prefixes))}:{_ID_SLUG}"
    return "^(?:" + "|".join(sorted(prefixes)) + "):" + _ID_SLUG


@attrs.frozen
class _Rules:
    """What a field's validators say about its JSON form.

    ``value`` applies to the value itself (or to the items of a container);
    ``container`` applies to a tuple or frozenset; ``unknown`` names the
    validators that say nothing a schema can express.
    """

    value: dict[str, Any] = attrs.field(factory=dict)
    container: dict[str, Any] = attrs.field(factory=dict)
    unknown: tuple[str, ...] = ()


def _read_validator(validator: object, rules: _Rules) -> _Rules:
    if validator is None:
        return rules
    if isinstance(validator, _AND):
        for inner in typing.cast("Any", validator)._validators:
            rules = _read_validator(inner, rules)
        return rules
    if isinstance(validator, _validate.Optional):
        return _read_validator(validator.inner, rules)
    if isinstance(validator, _validate.Text):
        text: dict[str, Any] = {"maxLength": validator.max_length, "pattern": validator.pattern}
        if not validator.allow_empty:
            text = {"minLength": 1, **text}
        return attrs.evolve(rules, value={**rules.value, **text})
    if isinstance(validator, IdRef):
        ids = {"pattern": _id_pattern(validator.prefixes), "maxLength": MAX_ID_LENGTH}
        return attrs.evolve(rules, value={**rules.value, **ids})
    if isinstance(validator, _validate.Language):
        language = {"pattern": "^[a-z]{2}$"}
        return attrs.evolve(rules, value={**rules.value, **language})
    if isinstance(validator, _validate.Members):
        if validator.min_length:
            rules = attrs.evolve(
                rules, container={**rules.container, "minItems": validator.min_length}
            )
        return _read_validator(validator.member, rules)
    if isinstance(validator, _validate.InstanceOf):
        return rules  # the type hint says as much
    name = getattr(validator, "__qualname__", type(validator).__qualname__)
    return attrs.evolve(rules, unknown=(*rules.unknown, name))


# --- walking the model --------------------------------------------------------


def _summary(cls: type) -> str | None:
    doc = inspect.getdoc(cls)
    if not doc:  # pragma: no cover - every public class has a docstring
        return None
    return doc.split("\n\n", 1)[0].replace("\n", " ").replace("``", "")


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if isinstance(schema.get("type"), str) and not {"enum", "const", "$ref"} & schema.keys():
        return {**schema, "type": [schema["type"], "null"]}
    if schema.keys() == {"anyOf"}:
        return {"anyOf": [*schema["anyOf"], {"type": "null"}]}
    return {"anyOf": [schema, {"type": "null"}]}


def _default(value: object) -> tuple[bool, object]:
    """The JSON form of a field's default, when it has a plain one."""
    if value is None or isinstance(value, (bool, str, int)):
        return True, value
    if isinstance(value, enum.Enum):
        return True, value.value
    if isinstance(value, (tuple, frozenset)) and not value:
        return True, []
    return False, None


class _Builder:
    """Walks the model from the record types and gathers the ``$defs``."""

    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}
        self.unknown: dict[str, tuple[str, ...]] = {}

    def type_schema(self, hint: Any, rules: _Rules | None = None) -> dict[str, Any]:
        rules = rules or _Rules()
        origin = typing.get_origin(hint)
        if origin in (typing.Union, types.UnionType):
            return self.union(typing.get_args(hint), rules)
        if origin in (tuple, frozenset):
            item, *rest = typing.get_args(hint)
            if origin is tuple and rest != [Ellipsis]:
                raise TypeError(f"only tuples of one item type are supported, not {hint}")
            schema: dict[str, Any] = {"type": "array", "items": self.type_schema(item, rules)}
            if origin is frozenset:
                schema["uniqueItems"] = True
            return {**schema, **rules.container}
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            return self.enum(hint)
        if hint in _VALUE_FORMS:
            return self.value_form(hint, rules)
        if isinstance(hint, type) and attrs.has(hint):
            return _ref(self.object_def(hint))
        raise TypeError(f"no JSON form is known for {hint!r}")

    def union(self, members: Sequence[Any], rules: _Rules) -> dict[str, Any]:
        nullable = type(None) in members
        rest = [m for m in members if m is not type(None)]
        if len(rest) == 1:
            schema = self.type_schema(rest[0], rules)
        elif frozenset(rest) == frozenset(_RECORD_TYPES):
            # A record held within one (a restatement's statement): records carry their type.
            for member in rest:
                self.object_def(member)
            schema = _ref("Record")
        elif all(m in _VALUE_FORMS for m in rest):
            # Text forms that tell themselves apart: '../X' is a deadline.
            schema = {"anyOf": [self.type_schema(m, rules) for m in rest]}
        elif all(attrs.has(m) and m not in _VALUE_FORMS for m in rest):
            # Objects of several types: each carries its type first. Each type
            # is also defined untagged, the form it takes when written alone.
            for member in rest:
                self.object_def(member)
            schema = {"oneOf": [_ref(self.object_def(m, tagged=True)) for m in rest]}
        else:
            raise TypeError(f"no JSON form is known for a union of {rest!r}")
        return _nullable(schema) if nullable else schema

    def enum(self, cls: type[enum.Enum]) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            schema: dict[str, Any] = {"type": "string", "enum": [m.value for m in cls]}
            summary = _summary(cls)
            if summary:
                schema["description"] = summary
            self.defs[name] = schema
        return _ref(name)

    def value_form(self, hint: type, rules: _Rules) -> dict[str, Any]:
        if hint in (str, int, bool):
            return {**_VALUE_FORMS[hint](), **rules.value}
        name = hint.__name__
        if name not in self.defs:
            self.defs[name] = _VALUE_FORMS[hint]()
        return {**_ref(name), **rules.value} if rules.value else _ref(name)

    def object_def(self, cls: type, *, tagged: bool = False) -> str:
        name = f"Tagged{cls.__name__}" if tagged else cls.__name__
        if name in self.defs:
            return name
        self.defs[name] = {}  # reserved first: a type may be reached again inside
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        if tagged or cls in _RECORD_TYPES:
            properties["type"] = {"const": _TAGS[cls]}
            required.append("type")
        unknown: list[str] = []
        for field in attrs.fields(cls):
            if not field.init:
                continue
            rules = _read_validator(field.validator, _Rules())
            extra = _FIELD_RULES.get((cls, field.name))
            if extra is None:
                unknown += [f"{field.name}: {u}" for u in rules.unknown]
            else:
                rules = attrs.evolve(rules, value={**rules.value, **extra})
            schema = self.type_schema(hints[field.name], rules)
            if field.default is attrs.NOTHING:
                required.append(field.name)
            else:
                plain, default = _default(field.default)
                if plain:
                    schema = {**schema, "default": default}
            properties[field.name] = schema
        definition: dict[str, Any] = {"type": "object"}
        summary = _summary(cls)
        if summary:
            definition["description"] = summary
        definition |= {
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }
        self.defs[name] = definition
        if unknown:
            self.unknown[name] = tuple(unknown)
        return name


def _build() -> tuple[dict[str, Any], dict[str, tuple[str, ...]]]:
    builder = _Builder()
    records = [_ref(builder.object_def(cls)) for cls in _RECORD_TYPES]
    builder.defs["Record"] = {
        "description": "A record of any type, told apart by its 'type'.",
        "oneOf": records,
    }
    builder.defs["Header"] = {
        "description": "The first line of a JSON Lines file: the format and its version.",
        "type": "object",
        "properties": _header(),
        "required": ["format", "version"],
        "additionalProperties": False,
    }
    dataset_fields = [f for f in attrs.fields(Dataset) if f.init]
    if [f.name for f in dataset_fields] != ["records"]:  # pragma: no cover - a guard
        raise TypeError("a Dataset is written as its records; its fields have changed")
    schema: dict[str, Any] = {
        "$schema": _DRAFT,
        "title": "mineralpact document",
        "description": (
            f"A mineralpact dataset, version {MAJOR_VERSION}.x of the file format: "
            "its records in order. Generated from the model; see docs/format.md."
        ),
        "type": "object",
        "properties": {
            **_header(),
            "records": {"type": "array", "items": _ref("Record")},
        },
        "required": ["format", "version", "records"],
        "additionalProperties": False,
        "$defs": dict(sorted(builder.defs.items())),
    }
    return _anchored(schema), builder.unknown


def _anchored(node: Any) -> Any:
    """``node`` with each pattern's final ``$`` made to match at the end of the text only.

    ECMA-262's ``$`` (without the ``m`` flag) matches only there, but Python's
    ``re`` (which the ``jsonschema`` package uses) also matches before a final
    line feed. ``END``, "no character follows", reads alike in both, so that
    every validator refuses ``"MN\\n"``, as :func:`~mineralpact.loads` does.
    """
    if isinstance(node, dict):
        return {
            key: value[:-1] + END
            if key == "pattern" and isinstance(value, str) and value.endswith("$")
            else _anchored(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_anchored(item) for item in node]
    return node


def _header() -> dict[str, Any]:
    return {
        "format": {"const": FORMAT},
        "version": {
            "type": "string",
            "pattern": rf"^{MAJOR_VERSION}\.(?:0|[1-9][0-9]{{0,3}})$",
            "description": "MAJOR.MINOR; a reader reads every minor version of a major it knows.",
        },
    }


@once
def _cached() -> tuple[dict[str, Any], dict[str, tuple[str, ...]]]:
    return _build()


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a mineralpact document, as a new dict.

    Each call returns a fresh copy, so that changing it changes nothing
    else. ``$defs`` holds one definition per record type (``Figure``), per
    value type (``PartialDate``, ``Quantity``) and per enum (``Measure``);
    ``$defs/Record`` is any record and ``$defs/Header`` the first line of a
    JSON Lines file.

    >>> schema = json_schema()
    >>> schema["$defs"]["Country"]["pattern"]
    '^[A-Z]{2}(?![\\\\s\\\\S])'
    >>> schema["$defs"]["Source"]["properties"]["id"]["pattern"]
    '^src:[a-z0-9]+(?:[-_.][a-z0-9]+)*(?![\\\\s\\\\S])'
    >>> title = schema["$defs"]["Source"]["properties"]["title"]
    >>> title["maxLength"], title["pattern"].startswith("^[ ")
    (500, True)
    >>> json_schema() is json_schema()
    False

    Validate a document with the ``jsonschema`` package::

        import jsonschema
        jsonschema.Draft202012Validator(json_schema()).validate(document)
    """
    return copy.deepcopy(_cached()[0])


def _render(schema: dict[str, Any]) -> str:
    """The text of the shipped file: indented, in generation order, UTF-8."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def _main(argv: Sequence[str] | None = None) -> int:
    """``python -m mineralpact.schema``: print, write or check the schema file."""
    parser = argparse.ArgumentParser(
        prog="python -m mineralpact.schema",
        description="Print the JSON Schema of the mineralpact file format.",
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument("-o", "--output", type=Path, help="write the schema to this file")
    group.add_argument(
        "--check", type=Path, help="exit with status 1 if this file is not the current schema"
    )
    args = parser.parse_args(argv)
    text = _render(json_schema())
    if args.check is not None:
        current = args.check.read_text(encoding="utf-8") if args.check.exists() else None
        if current != text:
            sys.stderr.write(
                f"{args.check} is out of date: run python -m mineralpact.schema -o {args.check}\n"
            )
            return 1
        return 0
    if args.output is not None:
        with atomic_write(args.output) as out:
            out.write(text)
        return 0
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":  # pragma: no cover - exercised through _main
    raise SystemExit(_main())
