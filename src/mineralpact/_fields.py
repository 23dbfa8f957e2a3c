"""Field helpers for the roles that recur across records, each declared once.

A role is a field's meaning beyond its type: a record's own id, a reference
to a record of one kind, a set of references, a title, notes, the citations
behind it. The helpers give the field its validator and mark its role in the
field's metadata (:data:`ROLE`), where :func:`references`,
:func:`reference_fields`, the dataset's checks, the strategies and the schema
read it.

``notes()`` returns the field itself (it has a default). mypy's attrs plugin
only sees whether a field is required in an ``attrs.field(...)`` written in
the class, so the other helpers return the field's arguments (validator and
metadata), spread into it, with the default, if any, written beside them::

    citations: tuple[Citation, ...] = attrs.field(**_fields.citations())
    parent: str | None = attrs.field(default=None, **_fields.ref("org", optional=True))
    members: frozenset[str] = attrs.field(default=frozenset(), **_fields.refs("org"))
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import attrs

from mineralpact import _validate
from mineralpact._ids import IdRef

__all__ = [
    "MAX_NOTES_LENGTH",
    "ROLE",
    "ReferenceField",
    "citations",
    "declared_references",
    "identifier",
    "notes",
    "ref",
    "reference_field",
    "reference_fields",
    "references",
    "refs",
    "title",
]

#: The metadata key under which a field's role is declared.
ROLE = "mineralpact.role"
#: The roles of fields that refer to other records.
REFERENCE_ROLES = frozenset({"reference", "references"})
#: The longest notes a record takes.
MAX_NOTES_LENGTH = 2000


def notes() -> Any:
    """The optional free-text notes of a record, of at most 2000 characters."""
    return attrs.field(
        default=None,
        validator=_validate.optional(_validate.text(max_length=MAX_NOTES_LENGTH, multiline=True)),
        metadata={ROLE: "notes"},
    )


def citations(*, min_length: int = 1) -> dict[str, Any]:
    """The arguments of a tuple of citations, at least ``min_length`` of them."""
    # Imported here: sources.py declares its own citations with this helper,
    # once Citation is defined.
    from mineralpact.sources import Citation

    return {
        "validator": _validate.tuple_of(Citation, min_length=min_length),
        "metadata": {ROLE: "citations"},
    }


def identifier(prefix: str) -> dict[str, Any]:
    """The arguments of a record's own id, ``prefix:slug``.

    The id names the record; it refers to nothing.
    """
    return {"validator": IdRef(frozenset({prefix})), "metadata": {ROLE: "id"}}


def _id_ref(prefixes: tuple[str, ...]) -> IdRef:
    return IdRef(frozenset(prefixes) if prefixes else None)


def ref(*prefixes: str, optional: bool = False) -> dict[str, Any]:
    """The arguments of a reference to one record whose id has one of ``prefixes``.

    No prefixes: a record of any kind. ``optional``: the field may be
    ``None`` (its default, if it has one, is written in the class).
    """
    validator: _validate.Validator = _id_ref(prefixes)
    if optional:
        validator = _validate.optional(validator)
    return {"validator": validator, "metadata": {ROLE: "reference"}}


def refs(*prefixes: str, min_length: int = 0, ordered: bool = False) -> dict[str, Any]:
    """The arguments of a set of references, each to a record with one of ``prefixes``.

    A frozenset of ids, or a tuple when the order says something
    (``ordered``), of at least ``min_length`` of them.
    """
    of = _validate.tuple_of if ordered else _validate.frozenset_of
    return {
        "validator": of(str, min_length=min_length, member=_id_ref(prefixes)),
        "metadata": {ROLE: "references"},
    }


def title(*, max_length: int, optional: bool = False) -> dict[str, Any]:
    """The arguments of a record's title, of at most ``max_length`` characters."""
    validator: _validate.Validator = _validate.text(max_length=max_length)
    if optional:
        validator = _validate.optional(validator)
    return {"validator": validator, "metadata": {ROLE: "title"}}


@attrs.frozen
class ReferenceField:
    """A field that refers to other records, as its declaration says.

    ``prefixes`` are the kinds of record it may name (``None``: any kind);
    ``many`` tells a set (or tuple) of references from a single one;
    ``optional`` that a single reference may be ``None``; ``min_length``
    the fewest references a set holds.
    """

    name: str
    prefixes: frozenset[str] | None
    many: bool
    optional: bool
    min_length: int


def _reference_field(field: attrs.Attribute[Any]) -> ReferenceField:
    validator = field.validator
    optional = isinstance(validator, _validate.Optional)
    if isinstance(validator, _validate.Optional):
        validator = validator.inner
    if isinstance(validator, _validate.Members) and isinstance(validator.member, IdRef):
        return ReferenceField(
            field.name, validator.member.prefixes, True, optional, validator.min_length
        )
    if isinstance(validator, IdRef):
        return ReferenceField(field.name, validator.prefixes, False, optional, 0)
    raise TypeError(  # pragma: no cover - the helpers declare no other
        f"{field.name} is declared a reference but its validator is {validator!r}"
    )


_REFERENCE_FIELDS: dict[type, tuple[ReferenceField, ...]] = {}


def reference_fields(cls: type) -> tuple[ReferenceField, ...]:
    """The fields of ``cls`` declared with :func:`ref` or :func:`refs`, in order.

    >>> from mineralpact.milestones import Milestone
    >>> [(f.name, sorted(f.prefixes or ()), f.many) for f in reference_fields(Milestone)]
    [('subject', ['agreement', 'facility', 'project'], False)]
    """
    found = _REFERENCE_FIELDS.get(cls)
    if found is None:
        found = tuple(
            _reference_field(f)
            for f in attrs.fields(cls)
            if f.metadata.get(ROLE) in REFERENCE_ROLES
        )
        _REFERENCE_FIELDS[cls] = found
    return found


def reference_field(cls: type, name: str) -> ReferenceField:
    """The declaration of the reference field ``name`` of ``cls``."""
    for field in reference_fields(cls):
        if field.name == name:
            return field
    raise KeyError(f"{cls.__name__}.{name} is not a reference field")


# --- the references a record holds, read from its fields' declarations -------

_ONE = "one"  # an id, or None
_EACH = "each"  # a tuple (in order) or frozenset (sorted) of ids
_NESTED = "nested"  # a value, or a tuple of values, that hold references themselves

_Step = tuple[str, str, "ReferenceField | None"]
_PLANS: dict[type, tuple[_Step, ...]] = {}


def _validators(validator: object) -> Iterator[object]:
    """``validator`` and the validators inside it (and_, optional)."""
    inner = getattr(validator, "_validators", None)  # attrs.validators.and_
    if inner is not None:
        for each in inner:
            yield from _validators(each)
    elif isinstance(validator, _validate.Optional):
        yield from _validators(validator.inner)
    elif validator is not None:
        yield validator


def _step(field: attrs.Attribute[Any]) -> str | None:
    """How to find the references held in ``field``, if it can hold any."""
    role = field.metadata.get(ROLE)
    if role == "reference":
        return _ONE
    if role == "references":
        return _EACH
    for validator in _validators(field.validator):
        if isinstance(validator, (_validate.Members, _validate.InstanceOf)) and any(
            _plan(t) for t in validator.types if attrs.has(t)
        ):
            return _NESTED
    return None


def _is_dated_claims(field: attrs.Attribute[Any]) -> bool:
    from mineralpact.sources import DateClaim

    return any(
        isinstance(v, _validate.Members) and v.types == (DateClaim,)
        for v in _validators(field.validator)
    )


def _plan(cls: type) -> tuple[_Step, ...]:
    """The fields of ``cls`` that can hold references, in the order they are listed."""
    plan = _PLANS.get(cls)
    if plan is not None:
        return plan
    _PLANS[cls] = ()  # reserved first: a type may be reached again inside
    fields = attrs.fields(cls)
    cited_at = next(
        (i for i, f in enumerate(fields) if f.metadata.get(ROLE) == "citations"), len(fields)
    )
    steps: list[_Step] = []
    dated: list[_Step] = []
    for i, field in enumerate(fields):
        if i == cited_at:
            # The sources behind a record's dates are listed with its
            # citations, just before them.
            steps += dated
        how = _step(field)
        if how is None:
            continue
        declared = _reference_field(field) if how in (_ONE, _EACH) else None
        step = (field.name, how, declared)
        (dated if i < cited_at and _is_dated_claims(field) else steps).append(step)
    plan = tuple(steps) if cited_at < len(fields) else (*steps, *dated)
    _PLANS[cls] = plan
    return plan


def declared_references(value: object) -> Iterator[tuple[str, str, ReferenceField]]:
    """The ids ``value`` mentions, each with its path and the field that declares it.

    The order and paths are those of :func:`references`.

    >>> from mineralpact.sources import Citation
    >>> [(path, ref, sorted(field.prefixes or ())) for path, ref, field in
    ...  declared_references(Citation("src:a"))]
    [('source', 'src:a', ['src'])]
    """
    for name, how, declared in _plan(type(value)):
        held = getattr(value, name)
        if held is None:
            continue
        if declared is not None and how == _ONE:
            yield name, held, declared
        elif declared is not None:
            ids = sorted(held) if isinstance(held, frozenset) else held
            for i, record_id in enumerate(ids):
                yield f"{name}[{i}]", record_id, declared
        elif isinstance(held, (tuple, frozenset)):
            items = sorted(held) if isinstance(held, frozenset) else held
            for i, item in enumerate(items):
                for path, record_id, field in declared_references(item):
                    yield f"{name}[{i}].{path}", record_id, field
        else:
            for path, record_id, field in declared_references(held):
                yield f"{name}.{path}", record_id, field


def references(self: object) -> Iterator[tuple[str, str]]:
    """The ids this record mentions, each with its path in the record.

    The fields are read in order, as their validators declare them: an id
    field, a set of ids, and values that hold ids themselves (signatories,
    participants, the sources of citations). Frozensets are walked in sorted
    order, so the paths are stable; the sources behind the record's dates are
    listed with its citations, just before them. The record's own ``id`` is
    not a reference.

    >>> from mineralpact.agreements import Agreement, AgreementKind, Signatory
    >>> from mineralpact.sources import Citation
    >>> mou = Agreement(
    ...     id="agreement:erdenes-mongol-komir-mou-2025",
    ...     kind=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
    ...     parties=frozenset({"org:komir", "org:erdenes-mongol"}),
    ...     signatories=(Signatory(person="person:x", on_behalf_of="org:komir"),),
    ...     citations=(Citation("src:korea-times-2025-09-22"),),
    ... )
    >>> for path, ref in mou.references():
    ...     print(path, ref)
    parties[0] org:erdenes-mongol
    parties[1] org:komir
    signatories[0].person person:x
    signatories[0].on_behalf_of org:komir
    citations[0].source src:korea-times-2025-09-22
    """
    return ((path, record_id) for path, record_id, _ in declared_references(self))


# --- the same ids, fast, for the dataset's checks --------------------------------
#
# The dataset checks that every id its records mention resolves. Most do, so
# the paths of the walk above are wasted work: a record's ids, in any order,
# are enough to know that none is missing, and only a record that mentions
# an id that does not resolve is walked again with paths. The function that
# lists a class's ids is written once per class from its plan, as attrs
# writes its __init__: straight-line code, the nested values whose type the
# field declares read in place, no generator.

IdCollector = Callable[[Any, list[str]], None]
_COLLECTORS: dict[type, IdCollector] = {}
#: How deep the values of one type inside another are read in place.
_INLINE_DEPTH = 4


def _nested_types(cls: type, name: str) -> tuple[type, ...]:
    """The types, declared by the field ``name`` of ``cls``, whose values hold ids."""
    field = attrs.fields_dict(cls)[name]
    found: list[type] = []
    for validator in _validators(field.validator):
        if isinstance(validator, (_validate.Members, _validate.InstanceOf)):
            found += [t for t in validator.types if attrs.has(t) and _plan(t) and t not in found]
    return tuple(found)


class _Writer:
    """Writes the function that collects the ids of one class's values."""

    def __init__(self) -> None:
        self.lines = ["def collect_ids(value, out):"]
        self.lines += ["    app = out.append", "    ext = out.extend"]
        self.names: dict[str, object] = {"_MANY": (tuple, frozenset), "collect": collect_ids}

    def fresh(self, kind: str, value: object = None) -> str:
        """A new name in the function (of a value it reads, or of a type)."""
        name = f"{kind}{len(self.names)}"
        self.names[name] = value
        return name

    def fields(self, cls: type, var: str, indent: str, chain: tuple[type, ...]) -> None:
        """The code that adds the ids held by ``var``, a ``cls``, to ``out``."""
        for name, how, _declared in _plan(cls):
            held = self.fresh("v")
            self.lines.append(f"{indent}{held} = {var}.{name}")
            if how == _ONE:
                self.lines.append(f"{indent}if {held} is not None: app({held})")
                continue
            if how == _EACH:
                self.lines.append(f"{indent}if {held} is not None: ext({held})")
                continue
            types = _nested_types(cls, name)
            inline = types[0] if len(types) == 1 and len(chain) < _INLINE_DEPTH else None
            self.lines += [
                f"{indent}if {held} is not None:",
                f"{indent}    if isinstance({held}, _MANY):",
                f"{indent}        for {held}i in {held}:",
            ]
            item = f"{held}i"
            inner = indent + "            "
            if inline is None or inline in chain:
                self.lines.append(f"{inner}collect({item}, out)")
            else:
                # Read in place when it is of the declared type, as it always is.
                self.lines.append(f"{inner}if type({item}) is {self.fresh('t', inline)}:")
                self.fields(inline, item, inner + "    ", (*chain, inline))
                self.lines += [f"{inner}else:", f"{inner}    collect({item}, out)"]
            self.lines += [f"{indent}    else:", f"{indent}        collect({held}, out)"]

    def compile(self, cls: type) -> IdCollector:
        self.fields(cls, "value", "    ", (cls,))
        namespace: dict[str, Any] = {k: v for k, v in self.names.items() if v is not None}
        exec("\n".join([*self.lines, "    return None"]), namespace)
        compiled: IdCollector = namespace["collect_ids"]
        return compiled


def collect_ids(value: object, out: list[str]) -> None:
    """Append the ids ``value`` mentions to ``out``, in no set order.

    The same ids as :func:`declared_references`, as many times, without
    their paths.

    >>> from mineralpact.sources import Citation, DateClaim
    >>> from mineralpact.dates import PartialDate
    >>> ids: list[str] = []
    >>> collect_ids(DateClaim(PartialDate(2024), (Citation("src:a"), Citation("src:b"))), ids)
    >>> ids
    ['src:a', 'src:b']
    """
    cls = type(value)
    collector = _COLLECTORS.get(cls)
    if collector is None:
        collector = _COLLECTORS[cls] = _Writer().compile(cls)
    collector(value, out)
