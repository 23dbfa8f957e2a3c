"""Minerals: elements, groups of elements, commodities, and published lists.

Five kinds of record name what an agreement, a figure or a plan is about:

* :class:`Element`: a chemical element (``element:nd``), with its IUPAC
  symbol, English name and atomic number;
* :class:`MineralGroup`: a named group of elements (``group:ree``, the 17 rare
  earth elements);
* :class:`Commodity`: something mined or traded that is not an element
  (``commodity:fluorspar``), with the elements it is a source of;
* :class:`MineralForm`: a form, grade or named part of one of these, as a
  list or an agreement names it (``form:lithium-battery-grade``, "lithium
  (battery grade)"; "rare earth elements for magnets", seven of the 17);
* :class:`MineralList`: a published list or classification
  (``list:kr-critical-minerals-2023``), with its issuer, date, entries in the
  list's order, named subsets, the list it lies within (a tier: strategic
  within critical) and whether it is stated in full.

mineralpact bundles reference records of each kind, with the sources they
come from: all 118 elements, the rare earth elements, lanthanides and
platinum-group metals, common commodities, Korea's 33 critical minerals of
2023 and Korea's 35 types of rare metals. They are read from the package's
data files on first use, not when mineralpact is imported.

>>> lookup("Nd").name
'neodymium'
>>> lookup("rare earths").id
'group:ree'
>>> lookup("fluorite").id
'commodity:fluorspar'
>>> len(lookup("rare metals").entries), len(expand("list:kr-rare-metals"))
(35, 56)
>>> covers("list:kr-rare-metals", "element:nd")
True
>>> lookup("unobtainium")
Traceback (most recent call last):
...
mineralpact.errors.UnknownMineralError: invalid mineral: 'unobtainium' ...
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeAlias

import attrs

from mineralpact import _fields
from mineralpact import _validate as v
from mineralpact._folding import fold_name_and_separators
from mineralpact._once import once
from mineralpact.dates import PartialDate
from mineralpact.errors import (
    InvalidIdError,
    InvalidTypeError,
    InvalidValueError,
    UnknownMineralError,
)
from mineralpact.sources import Citation, Source, SourceKind

__all__ = [
    "Commodity",
    "Element",
    "ListSubset",
    "Mineral",
    "MineralForm",
    "MineralGroup",
    "MineralList",
    "covers",
    "element",
    "expand",
    "find",
    "lookup",
    "periodic_table",
    "reference_records",
]

_MAX_NAME_LENGTH = 200
_MAX_TITLE_LENGTH = 500
_MAX_FORMULA_LENGTH = 100
# Atomic numbers accepted: far beyond the 118 elements known, but bounded.
_MAX_ATOMIC_NUMBER = 999
# Longest text that look-ups read; longer text is refused before any search.
_MAX_KEY_LENGTH = 200

_SYMBOL = re.compile(r"[A-Z][a-z]{0,2}")
_ENTRY_PREFIXES = ("element", "group", "commodity", "form")
# What a form is a form of: a mineral that is not itself a form or a list.
_FORM_OF_PREFIXES = ("element", "group", "commodity")
_MAX_QUALIFIER_LENGTH = 200

_LOOKUP_EXPECTED = (
    "an element symbol ('Nd', case-sensitive), an English name or alias of an element, "
    "group, commodity or list ('neodymium', 'rare earths', 'fluorite', 'rare metals'; "
    "any case), or a mineral id ('element:nd', 'group:ree', 'commodity:fluorspar', "
    "'list:kr-rare-metals')"
)
_ELEMENT_EXPECTED = (
    "an element symbol ('Nd', case-sensitive), an element name ('neodymium'; any case) "
    "or an element id ('element:nd')"
)


_name = v.text(max_length=_MAX_NAME_LENGTH)
_aliases = v.tuple_of(str, member=v.text(max_length=_MAX_NAME_LENGTH))


@attrs.frozen(kw_only=True)
class Element:
    """A chemical element: IUPAC symbol, IUPAC English name and atomic number.

    The id is ``element:`` and the symbol in lower case. ``aliases`` holds
    other spellings of the name in common use (``aluminum``, ``cesium``).
    The bundled records of all 118 elements are read with :func:`element`,
    :func:`lookup` and :func:`periodic_table`.

    >>> nd = Element(
    ...     id="element:nd",
    ...     symbol="Nd",
    ...     name="neodymium",
    ...     atomic_number=60,
    ...     citations=(Citation("src:iupac-periodic-table"),),
    ... )
    >>> nd == element("Nd")
    True
    >>> Element(id="element:nd", symbol="ND", name="neodymium", atomic_number=60,
    ...         citations=(Citation("src:iupac-periodic-table"),))
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidValueError: invalid Element.symbol: 'ND'; expected ...
    """

    id: str = attrs.field(**_fields.identifier("element"))
    symbol: str = attrs.field()
    name: str = attrs.field(validator=_name)
    atomic_number: int = attrs.field(validator=v.instance_of(int))
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_aliases)
    citations: tuple[Citation, ...] = attrs.field(**_fields.citations())
    notes: str | None = _fields.notes()

    @symbol.validator
    def _check_symbol(self, attribute: attrs.Attribute[str], value: object) -> None:
        if not isinstance(value, str):
            raise InvalidTypeError("Element.symbol", value, "a string")
        if _SYMBOL.fullmatch(value) is None:
            raise InvalidValueError(
                "Element.symbol",
                value,
                "a chemical element symbol: a capital letter and up to two lower-case "
                "letters, such as 'Nd'",
            )

    @atomic_number.validator
    def _check_atomic_number(self, attribute: attrs.Attribute[int], value: int) -> None:
        if not 1 <= value <= _MAX_ATOMIC_NUMBER:
            raise InvalidValueError(
                "Element.atomic_number", value, f"an integer from 1 to {_MAX_ATOMIC_NUMBER}"
            )

    def __attrs_post_init__(self) -> None:
        wanted = f"element:{self.symbol.lower()}"
        if self.id != wanted:
            raise InvalidIdError(
                "Element.id",
                self.id,
                f"{wanted!r}, the id that matches the symbol {self.symbol!r}",
            )

    references = _fields.references


@attrs.frozen(kw_only=True)
class MineralGroup:
    """A named group of elements, such as the rare earth elements.

    ``members`` holds element ids. Bundled groups: ``group:ree`` (the 17 rare
    earth elements: Sc, Y and La to Lu), ``group:lanthanides`` (the 15
    lanthanides, La to Lu) and ``group:pgm`` (the six platinum-group metals).

    >>> ree = lookup("REE")
    >>> ree.name, len(ree.members), "element:nd" in ree.members
    ('rare earth elements', 17, True)
    >>> pgm = MineralGroup(
    ...     id="group:pgm",
    ...     name="platinum-group metals",
    ...     members=frozenset({"element:pt", "element:pd"}),
    ...     citations=(Citation("src:usgs-pgm-statistical-compendium"),),
    ... )
    >>> list(pgm.references())[:2]
    [('members[0]', 'element:pd'), ('members[1]', 'element:pt')]
    """

    id: str = attrs.field(**_fields.identifier("group"))
    name: str = attrs.field(validator=_name)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_aliases)
    members: frozenset[str] = attrs.field(**_fields.refs("element", min_length=1))
    citations: tuple[Citation, ...] = attrs.field(**_fields.citations())
    notes: str | None = _fields.notes()

    references = _fields.references


@attrs.frozen(kw_only=True)
class Commodity:
    """Something mined or traded that is not an element: an ore, a concentrate, a mineral.

    ``elements`` holds the ids of the elements it is a source of (not a full
    chemical analysis: copper concentrate is traded for its copper);
    ``formula`` is the mineral's chemical formula when it has one
    (fluorite, ``CaF2``) and ``None`` for rocks and products (coal, iron ore).

    >>> fluorspar = lookup("fluorite")
    >>> fluorspar.name, fluorspar.formula, sorted(fluorspar.elements)
    ('fluorspar', 'CaF2', ['element:ca', 'element:f'])
    >>> coal = Commodity(
    ...     id="commodity:coal",
    ...     name="coal",
    ...     elements=frozenset({"element:c"}),
    ...     citations=(Citation("src:mineralpact-reference-data"),),
    ... )
    >>> coal.formula is None
    True
    """

    id: str = attrs.field(**_fields.identifier("commodity"))
    name: str = attrs.field(validator=_name)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_aliases)
    elements: frozenset[str] = attrs.field(**_fields.refs("element", min_length=1))
    formula: str | None = attrs.field(
        default=None, validator=v.optional(v.text(max_length=_MAX_FORMULA_LENGTH))
    )
    citations: tuple[Citation, ...] = attrs.field(**_fields.citations())
    notes: str | None = _fields.notes()

    references = _fields.references


@attrs.frozen(kw_only=True)
class MineralForm:
    """A form, grade or named part of a mineral, as a list or an agreement names it.

    ``of`` is the element, group or commodity it is a form of;
    ``qualifier`` says how it differs, as the source writes it ("battery
    grade", "metallurgy grade", "for magnets"); ``only`` limits it to some of
    the elements that ``of`` stands for (the seven rare earth elements of
    the EU's "rare earth elements for magnets"), and is empty when it keeps
    them all. A form names a qualifier, or the elements it is limited to, or
    both: without either it would be its mineral under another name.
    ``name`` is the entry as the source writes it.

    A :class:`MineralList` takes a form as an entry, and an agreement or a
    figure as one of its minerals. A form stands for the elements it is
    limited to (or all those of its mineral): a query for neodymium finds
    a list through its "rare earth elements for magnets", and one for
    lanthanum does not (see :meth:`mineralpact.Dataset.elements_of`).

    >>> battery_lithium = MineralForm(
    ...     id="form:lithium-battery-grade",
    ...     name="lithium (battery grade)",
    ...     of="element:li",
    ...     qualifier="battery grade",
    ...     citations=(Citation("src:eu-crma-2024"),),
    ... )
    >>> magnet_rees = MineralForm(
    ...     id="form:ree-for-magnets",
    ...     name="rare earth elements for magnets",
    ...     of="group:ree",
    ...     qualifier="for magnets",
    ...     only=frozenset({"element:nd", "element:pr", "element:tb", "element:dy",
    ...                     "element:gd", "element:sm", "element:ce"}),
    ...     citations=(Citation("src:eu-crma-2024"),),
    ... )
    >>> len(magnet_rees.only), "element:la" in magnet_rees.only
    (7, False)
    >>> MineralForm(id="form:lithium", name="lithium", of="element:li",
    ...             citations=(Citation("src:eu-crma-2024"),))
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidValueError: invalid MineralForm: 'form:lithium' (neither a qualifier nor elements it is limited to); expected a form that says how it differs from element:li: a qualifier ('battery grade'), the elements it is limited to (only), or both
    """  # noqa: E501 -- a doctest output line

    id: str = attrs.field(**_fields.identifier("form"))
    name: str = attrs.field(validator=_name)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_aliases)
    of: str = attrs.field(**_fields.ref(*_FORM_OF_PREFIXES))
    qualifier: str | None = attrs.field(
        default=None, validator=v.optional(v.text(max_length=_MAX_QUALIFIER_LENGTH))
    )
    only: frozenset[str] = attrs.field(default=frozenset(), **_fields.refs("element"))
    citations: tuple[Citation, ...] = attrs.field(**_fields.citations())
    notes: str | None = _fields.notes()

    def __attrs_post_init__(self) -> None:
        if self.qualifier is None and not self.only:
            raise InvalidValueError(
                "MineralForm",
                self.id,
                f"a form that says how it differs from {self.of}: a qualifier "
                "('battery grade'), the elements it is limited to (only), or both",
                reason="neither a qualifier nor elements it is limited to",
            )

    references = _fields.references


@attrs.frozen
class ListSubset:
    """A named part of a :class:`MineralList`, such as Korea's 10 strategic minerals.

    ``members`` are entries of the list (element, group, commodity or form ids).

    >>> strategic = ListSubset("strategic", frozenset({"element:li", "commodity:graphite"}))
    >>> sorted(strategic.members)
    ['commodity:graphite', 'element:li']
    """

    name: str = attrs.field(validator=_name)
    members: frozenset[str] = attrs.field(**_fields.refs(*_ENTRY_PREFIXES, min_length=1))


@attrs.frozen(kw_only=True)
class MineralList:
    """A published list or classification of minerals: who issued it, when, and what it holds.

    ``entries`` are element, group, commodity and form ids in the list's own
    order; a group is one entry (Korea's 35 types of rare metals count the 17
    rare earths as one type), and an entry that names a form or grade, or a
    named part of a group, is a :class:`MineralForm` ("lithium (battery
    grade)"). ``subsets`` are named parts of the list. ``issuer`` is the id
    of the organisation that published it (``org:motie``), ``jurisdiction``
    the country or union it applies to (``country:kr``, ``org:eu``), and
    ``published`` the date of publication, when known.

    ``within`` is the id of the list this one lies within, for a list of
    tiers published as lists of their own: the EU's strategic raw materials
    lie within its critical raw materials. A :class:`~mineralpact.Dataset`
    checks that the tiers form no loop and, when the outer list is
    ``complete``, that it covers every entry of the inner one.
    ``complete`` is false when the record holds only some of the list's
    entries (those a source at hand states); the default, true, says that
    the entries are the whole list.

    >>> korea = lookup("list:kr-critical-minerals-2023")
    >>> len(korea.entries), len(korea.subset("strategic critical minerals"))
    (33, 10)
    >>> str(korea.published), korea.issuer
    ('2023-02-27', 'org:motie')
    >>> rare = lookup("rare metals")
    >>> rare.entries[-2:], len(rare.element_ids())
    (('group:ree', 'group:pgm'), 56)

    A tier, stated in part, whose entries name a grade and a part of a group
    (``form:`` records, see :class:`MineralForm`):

    >>> strategic = MineralList(
    ...     id="list:eu-strategic-raw-materials-2024",
    ...     title="Strategic raw materials (Regulation (EU) 2024/1252, Annex I)",
    ...     issuer="org:eu",
    ...     entries=("form:lithium-battery-grade", "form:ree-for-magnets"),
    ...     within="list:eu-critical-raw-materials-2024",
    ...     complete=False,
    ...     citations=(Citation("src:eu-crma-2024"),),
    ... )
    >>> strategic.complete, strategic.within
    (False, 'list:eu-critical-raw-materials-2024')
    """

    id: str = attrs.field(**_fields.identifier("list"))
    title: str = attrs.field(**_fields.title(max_length=_MAX_TITLE_LENGTH))
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_aliases)
    issuer: str = attrs.field(**_fields.ref("org"))
    jurisdiction: str | None = attrs.field(
        default=None, **_fields.ref("country", "org", optional=True)
    )
    published: PartialDate | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(PartialDate))
    )
    entries: tuple[str, ...] = attrs.field(
        **_fields.refs(*_ENTRY_PREFIXES, min_length=1, ordered=True)
    )
    subsets: tuple[ListSubset, ...] = attrs.field(default=(), validator=v.tuple_of(ListSubset))
    within: str | None = attrs.field(default=None, **_fields.ref("list", optional=True))
    complete: bool = attrs.field(default=True, validator=v.instance_of(bool))
    citations: tuple[Citation, ...] = attrs.field(**_fields.citations())
    notes: str | None = _fields.notes()

    def __attrs_post_init__(self) -> None:
        if self.within == self.id:
            raise InvalidValueError(
                "MineralList.within", self.within, "the id of another list than this one"
            )
        seen: set[str] = set()
        for entry in self.entries:
            if entry in seen:
                raise InvalidValueError(
                    "MineralList.entries",
                    entry,
                    "entries that each appear once",
                    reason=f"{entry!r} appears more than once",
                )
            seen.add(entry)
        names: set[str] = set()
        for subset in self.subsets:
            key = fold_name_and_separators(subset.name)
            if key in names:
                raise InvalidValueError(
                    "MineralList.subsets", subset.name, "subsets with distinct names"
                )
            names.add(key)
            extra = subset.members - seen
            if extra:
                raise InvalidValueError(
                    "MineralList.subsets",
                    subset.name,
                    "subsets whose members are entries of the list",
                    reason=f"not entries: {', '.join(sorted(extra))}",
                )

    def subset(self, name: str) -> frozenset[str]:
        """The members of the subset called ``name`` (any case).

        >>> sorted(lookup("rare metals").subset("iron group elements"))
        ['element:co', 'element:ni']

        Raises:
            InvalidValueError: if the list has no subset of that name.
        """
        key = fold_name_and_separators(name) if isinstance(name, str) else None
        for subset in self.subsets:
            if fold_name_and_separators(subset.name) == key:
                return subset.members
        known = ", ".join(repr(s.name) for s in self.subsets) or "none"
        raise InvalidValueError(
            "MineralList subset", name, f"the name of a subset of {self.id} ({known})"
        )

    def element_ids(self, resolve: Callable[[str], frozenset[str]] | None = None) -> frozenset[str]:
        """The element ids that the list's entries cover, together.

        ``resolve`` maps an entry id to its element ids; the default,
        :func:`expand`, knows the bundled records. A list that names groups,
        commodities or forms of a dataset's own passes the dataset's
        :meth:`~mineralpact.Dataset.elements_of`.

        >>> sorted(lookup("list:kr-critical-minerals-2023").element_ids())[:3]
        ['element:al', 'element:bi', 'element:c']
        """
        resolver = expand if resolve is None else resolve
        out: set[str] = set()
        for entry in self.entries:
            out |= resolver(entry)
        return frozenset(out)

    references = _fields.references


#: Any of the five kinds of mineral record.
Mineral: TypeAlias = Element | MineralGroup | Commodity | MineralForm | MineralList


# --- the bundled reference records ----------------------------------------------------


def _citations(items: Iterable[Mapping[str, Any]]) -> tuple[Citation, ...]:
    return tuple(
        Citation(item["source"], quotation=item.get("quotation"), phrase=item.get("phrase"))
        for item in items
    )


def _date(text: str | None) -> PartialDate | None:
    return None if text is None else PartialDate.parse(text)


def _source(item: Mapping[str, Any]) -> Source:
    return Source(
        id=item["id"],
        title=item["title"],
        kind=SourceKind(item["kind"]),
        publisher=item.get("publisher"),
        authors=tuple(item.get("authors", ())),
        url=item.get("url"),
        published=_date(item.get("published")),
        language=item.get("language", "en"),
        notes=item.get("notes"),
    )


def _load(name: str) -> dict[str, Any]:
    import json
    from importlib.resources import files

    text = files("mineralpact").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


class _Registry:
    """The bundled records, with their indexes; built once, on first use."""

    def __init__(self) -> None:
        table = _load("elements.json")
        data = _load("minerals.json")
        default = _citations(table["citations"])
        self.sources = tuple(_source(s) for s in (*table["sources"], *data["sources"]))
        self.elements = tuple(
            Element(
                id=f"element:{e['symbol'].lower()}",
                symbol=e["symbol"],
                name=e["name"],
                atomic_number=e["atomic_number"],
                aliases=tuple(e.get("aliases", ())),
                citations=_citations(e["citations"]) if "citations" in e else default,
                notes=e.get("notes"),
            )
            for e in table["elements"]
        )
        groups = tuple(
            MineralGroup(
                id=g["id"],
                name=g["name"],
                aliases=tuple(g["aliases"]),
                members=frozenset(g["members"]),
                citations=_citations(g["citations"]),
                notes=g.get("notes"),
            )
            for g in data["groups"]
        )
        commodities = tuple(
            Commodity(
                id=c["id"],
                name=c["name"],
                aliases=tuple(c["aliases"]),
                elements=frozenset(c["elements"]),
                formula=c.get("formula"),
                citations=_citations(c["citations"]),
                notes=c.get("notes"),
            )
            for c in data["commodities"]
        )
        lists = tuple(
            MineralList(
                id=m["id"],
                title=m["title"],
                aliases=tuple(m["aliases"]),
                issuer=m["issuer"],
                jurisdiction=m.get("jurisdiction"),
                published=_date(m.get("published")),
                entries=tuple(m["entries"]),
                subsets=tuple(ListSubset(s["name"], frozenset(s["members"])) for s in m["subsets"]),
                citations=_citations(m["citations"]),
                notes=m.get("notes"),
            )
            for m in data["lists"]
        )
        self.minerals: tuple[Mineral, ...] = (*self.elements, *groups, *commodities, *lists)
        self.by_id: dict[str, Mineral] = {r.id: r for r in self.minerals}
        self.by_symbol = {e.symbol: e for e in self.elements}
        # Folded name or alias -> (record, the name as written).
        self.by_name: dict[str, tuple[Mineral, str]] = {}
        for record in self.minerals:
            for written in _names(record):
                self.by_name.setdefault(fold_name_and_separators(written), (record, written))
        # Per record: the elements it names (directly or through a group), and
        # the commodities it names.
        self._named: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self.expansions: dict[str, frozenset[str]] = {}
        for record in self.minerals:
            named_elements, named_commodities = self._parts(record)
            self._named[record.id] = (named_elements, named_commodities)
            carried = (self.by_id[c] for c in named_commodities)
            self.expansions[record.id] = named_elements.union(
                *(c.elements for c in carried if isinstance(c, Commodity))
            )

    def _parts(self, record: Mineral) -> tuple[frozenset[str], frozenset[str]]:
        if isinstance(record, Element):
            return frozenset({record.id}), frozenset()
        if isinstance(record, MineralGroup):
            return record.members, frozenset()
        if isinstance(record, Commodity):
            return frozenset(), frozenset({record.id})
        if isinstance(record, MineralForm):
            of_elements, of_commodities = self._parts(self.by_id[record.of])
            if record.only:
                return record.only, of_commodities
            return of_elements, of_commodities
        elements: set[str] = set()
        commodities: set[str] = set()
        for entry in record.entries:
            named_elements, named_commodities = self._parts(self.by_id[entry])
            elements |= named_elements
            commodities |= named_commodities
        return frozenset(elements), frozenset(commodities)

    def lookup(self, text: object, *, what: str = "mineral") -> Mineral:
        if not isinstance(text, str):
            raise InvalidTypeError(what, text, "a string")
        expected = _ELEMENT_EXPECTED if what == "element" else _LOOKUP_EXPECTED
        if len(text) > _MAX_KEY_LENGTH:
            raise UnknownMineralError(
                what,
                text[:40] + "…",
                expected,
                reason=f"{len(text)} characters; at most {_MAX_KEY_LENGTH} are read",
            )
        key = text.strip()
        record = self.by_id.get(key) or self.by_symbol.get(key)
        if record is None:
            found = self.by_name.get(fold_name_and_separators(key))
            record = None if found is None else found[0]
        if record is None:
            suggestions = self._suggestions(key, elements_only=what == "element")
            reason = (
                f"did you mean {' or '.join(repr(s) for s in suggestions)}?"
                if suggestions
                else "no mineral has that id, symbol or name"
            )
            raise UnknownMineralError(what, text, expected, reason=reason, suggestions=suggestions)
        return record

    def _suggestions(self, key: str, *, elements_only: bool) -> tuple[str, ...]:
        import difflib

        folded = fold_name_and_separators(key)
        symbols = [s for s in self.by_symbol if s.casefold() == folded]
        if symbols:
            return tuple(symbols)
        candidates: dict[str, str] = {}
        for name, (record, written) in self.by_name.items():
            if not elements_only or isinstance(record, Element):
                candidates.setdefault(name, written)
        for record_id, record in self.by_id.items():
            if not elements_only or isinstance(record, Element):
                candidates.setdefault(record_id, record_id)
        matches = difflib.get_close_matches(folded, list(candidates), n=3, cutoff=0.75)
        return tuple(candidates[m] for m in matches)

    def covers(self, broader: Mineral, narrower: Mineral) -> bool:
        elements, commodities = self._named[narrower.id]
        return elements <= self.expansions[broader.id] and (
            commodities <= self._named[broader.id][1]
        )


def _names(record: Mineral) -> tuple[str, ...]:
    if isinstance(record, MineralList):
        return (record.title, *record.aliases)
    return (record.name, *record.aliases)


@once
def _registry() -> _Registry:
    return _Registry()


def find(mineral_id: str) -> Mineral | None:
    """The bundled record with id ``mineral_id``, or ``None`` if there is none.

    Only ids are read; :func:`lookup` also reads symbols and names.

    >>> find("group:pgm").name
    'platinum-group metals'
    >>> find("element:xx") is None
    True
    """
    if not isinstance(mineral_id, str):
        raise InvalidTypeError("mineral id", mineral_id, "a string such as 'element:nd'")
    return _registry().by_id.get(mineral_id)


def lookup(text: str) -> Mineral:
    """The bundled element, group, commodity or list that ``text`` names.

    ``text`` is, in this order of precedence:

    * a mineral id (``element:nd``, ``group:ree``, ``commodity:fluorspar``,
      ``list:kr-rare-metals``), exactly;
    * an element symbol, exactly: symbols are case-sensitive, so ``"Nd"`` is
      neodymium while ``"nd"`` and ``"ND"`` are refused (``"Co"`` is cobalt,
      ``"CO"`` would be carbon monoxide); the error suggests the symbol;
    * the English name or an alias of a record, in any case, with ``-`` and
      ``_`` read as spaces (``"Neodymium"``, ``"rare-earth elements"``,
      ``"REE"``, ``"fluorite"``, ``"rare metals"``). A list is also found by
      its title.

    >>> lookup("Nd").id, lookup("NEODYMIUM").id, lookup("element:nd").id
    ('element:nd', 'element:nd', 'element:nd')
    >>> lookup("platinum group metals").id
    'group:pgm'
    >>> lookup("nd")
    Traceback (most recent call last):
    ...
    mineralpact.errors.UnknownMineralError: invalid mineral: 'nd' (did you mean 'Nd'?); ...
    >>> lookup("neodymum")
    Traceback (most recent call last):
    ...
    mineralpact.errors.UnknownMineralError: ... 'neodymum' (did you mean 'neodymium'?); ...

    Raises:
        UnknownMineralError: if nothing bundled has that id, symbol or name;
            its ``suggestions`` hold close matches.
        InvalidTypeError: if ``text`` is not a string.
    """
    return _registry().lookup(text)


def element(text: str) -> Element:
    """The bundled element that ``text`` names: a symbol, a name or an id.

    Symbols are case-sensitive; names are read in any case, and common
    spellings other than IUPAC's (``aluminum``, ``cesium``, ``sulphur``) are
    accepted.

    >>> element("W").name, element("Tungsten").atomic_number, element("cesium").symbol
    ('tungsten', 74, 'Cs')
    >>> element("graphite")
    Traceback (most recent call last):
    ...
    mineralpact.errors.UnknownMineralError: invalid element: 'graphite' (it names commodity:graphite, not an element); ...

    Raises:
        UnknownMineralError: if ``text`` names no element.
        InvalidTypeError: if ``text`` is not a string.
    """  # noqa: E501 -- a doctest output line
    record = _registry().lookup(text, what="element")
    if not isinstance(record, Element):
        raise UnknownMineralError(
            "element",
            text,
            _ELEMENT_EXPECTED,
            reason=f"it names {record.id}, not an element",
        )
    return record


def periodic_table() -> tuple[Element, ...]:
    """All 118 bundled elements, in the order of their atomic numbers.

    >>> table = periodic_table()
    >>> len(table), table[0].symbol, table[-1].name
    (118, 'H', 'oganesson')
    """
    return _registry().elements


def reference_records() -> tuple[Source | Mineral, ...]:
    """Every bundled record: its sources first, then elements, groups, commodities, lists.

    A dataset that holds these can refer to the bundled minerals and check
    their citations.

    >>> records = reference_records()
    >>> sum(isinstance(r, Element) for r in records)
    118
    >>> sorted(r.id for r in records if isinstance(r, MineralList))
    ['list:kr-critical-minerals-2023', 'list:kr-rare-metals']
    """
    registry = _registry()
    return (*registry.sources, *registry.minerals)


def expand(mineral: str) -> frozenset[str]:
    """The ids of the elements that ``mineral`` covers.

    ``mineral`` is anything :func:`lookup` reads. An element covers itself; a
    group its members; a commodity the elements it is a source of; a list the
    elements its entries cover, together.

    >>> sorted(expand("commodity:fluorspar"))
    ['element:ca', 'element:f']
    >>> len(expand("group:ree")), len(expand("list:kr-critical-minerals-2023"))
    (17, 33)

    Raises:
        UnknownMineralError: if ``mineral`` names no bundled record.
    """
    registry = _registry()
    return registry.expansions[registry.lookup(mineral).id]


def covers(broader: str, narrower: str) -> bool:
    """Whether ``broader`` includes everything that ``narrower`` stands for.

    Both are anything :func:`lookup` reads. ``broader`` covers ``narrower``
    when every element that ``narrower`` names (itself, or through a group or
    list) is among the elements that ``broader`` :func:`expands <expand>` to,
    and every commodity that ``narrower`` names is named by ``broader`` too. A
    commodity is covered only by itself or by a list that names it: Korea's
    critical minerals name graphite, and so cover carbon, but not coal.

    >>> covers("group:ree", "element:nd"), covers("list:kr-rare-metals", "Nd")
    (True, True)
    >>> covers("group:ree", "group:lanthanides"), covers("group:lanthanides", "group:ree")
    (True, False)
    >>> covers("list:kr-critical-minerals-2023", "graphite")
    True
    >>> covers("list:kr-critical-minerals-2023", "coal")
    False

    Raises:
        UnknownMineralError: if either names no bundled record.
    """
    registry = _registry()
    return registry.covers(registry.lookup(broader), registry.lookup(narrower))
