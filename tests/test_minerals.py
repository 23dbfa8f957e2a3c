"""Elements, groups, commodities and mineral lists, and the bundled reference records."""

from __future__ import annotations

import datetime
import pickle
import re
import subprocess
import sys
from importlib.resources import files
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineralpact._folding import fold_name_and_separators
from mineralpact.dates import PartialDate
from mineralpact.errors import (
    InvalidIdError,
    InvalidTypeError,
    InvalidValueError,
    MineralpactError,
    UnknownMineralError,
)
from mineralpact.minerals import (
    Commodity,
    Element,
    ListSubset,
    Mineral,
    MineralGroup,
    MineralList,
    covers,
    element,
    expand,
    find,
    lookup,
    periodic_table,
    reference_records,
)
from mineralpact.sources import Citation, Source, SourceKind
from mineralpact.strategies import (
    commodities,
    elements,
    mineral_groups,
    mineral_ids,
    mineral_lists,
)

IUPAC = Citation("src:iupac-periodic-table")
CRITICAL = "list:kr-critical-minerals-2023"
RARE_METALS = "list:kr-rare-metals"

# Korea's 33 critical minerals (MOTIE, 2023-02-27), in the published order.
CRITICAL_ORDER = [
    *["Li", "Ni", "Co", "Mn", "graphite", "Nd", "Dy", "Tb", "Ce", "La"],
    *["Nb", "Cu", "Al", "Si", "Mg", "Mo", "V", "Pt", "Pd", "Sn", "Ti", "W", "Sb"],
    *["Bi", "Cr", "Pb", "Zn", "Ga", "In", "Ta", "Zr", "Sr", "Se"],
]
# Korea's 35 rare-metal types (KIRAM), in KIRAM's order.
RARE_METAL_ORDER = [
    *["Li", "Mg", "Cs", "Be", "Sr", "Ba"],
    *["Ge", "P", "As", "Sb", "Bi", "Se", "Te", "Sn", "Si"],
    *["Co", "Ni"],
    *["B", "Ga", "In", "Tl", "Cd"],
    *["Ti", "Zr", "Hf", "V", "Nb", "Ta", "Cr", "Mo", "W", "Mn", "Re"],
    *["REE", "PGM"],
]
PGM = ["Ru", "Rh", "Pd", "Os", "Ir", "Pt"]


def _ids(symbols: list[str]) -> tuple[str, ...]:
    special = {"graphite": "commodity:graphite", "REE": "group:ree", "PGM": "group:pgm"}
    return tuple(special.get(s, f"element:{s.lower()}") for s in symbols)


def _numbers(mineral_ids: frozenset[str]) -> set[int]:
    out = set()
    for mineral_id in mineral_ids:
        record = find(mineral_id)
        assert isinstance(record, Element)
        out.add(record.atomic_number)
    return out


def nd(**changes: Any) -> Element:
    fields: dict[str, Any] = {
        "id": "element:nd",
        "symbol": "Nd",
        "name": "neodymium",
        "atomic_number": 60,
        "citations": (IUPAC,),
    }
    fields.update(changes)
    return Element(**fields)


def group(**changes: Any) -> MineralGroup:
    fields: dict[str, Any] = {
        "id": "group:magnet-rees",
        "name": "magnet rare earths",
        "aliases": ("magnet REEs",),
        "members": frozenset({"element:nd", "element:pr", "element:dy", "element:tb"}),
        "citations": (Citation("src:x"),),
    }
    fields.update(changes)
    return MineralGroup(**fields)


def commodity(**changes: Any) -> Commodity:
    fields: dict[str, Any] = {
        "id": "commodity:fluorspar",
        "name": "fluorspar",
        "aliases": ("fluorite",),
        "elements": frozenset({"element:ca", "element:f"}),
        "formula": "CaF2",
        "citations": (Citation("src:x"),),
    }
    fields.update(changes)
    return Commodity(**fields)


def mineral_list(**changes: Any) -> MineralList:
    fields: dict[str, Any] = {
        "id": "list:test",
        "title": "A test list",
        "issuer": "org:motie",
        "jurisdiction": "country:kr",
        "published": PartialDate(2023, 2, 27),
        "entries": ("element:li", "commodity:graphite", "group:ree"),
        "subsets": (ListSubset("strategic", frozenset({"element:li", "commodity:graphite"})),),
        "citations": (Citation("src:a"), Citation("src:b")),
    }
    fields.update(changes)
    return MineralList(**fields)


def _at(record: object, path: str) -> object:
    """Follow a references() path (``subsets[0].members[2]``) into a record."""
    value: Any = record
    for part in path.split("."):
        match = re.fullmatch(r"([a-z_]+)(?:\[(\d+)\])?", part)
        assert match is not None, path
        value = getattr(value, match.group(1))
        if match.group(2) is not None:
            items = sorted(value) if isinstance(value, frozenset) else value
            value = items[int(match.group(2))]
    return value


# --- the bundled elements ---------------------------------------------------------------


def test_the_periodic_table_has_118_elements_in_order() -> None:
    table = periodic_table()
    assert [e.atomic_number for e in table] == list(range(1, 119))
    assert len({e.symbol for e in table}) == 118
    assert len({e.name for e in table}) == 118
    assert all(e.id == f"element:{e.symbol.lower()}" for e in table)


@pytest.mark.parametrize(
    ("symbol", "name", "number"),
    [
        ("H", "hydrogen", 1),
        ("C", "carbon", 6),
        ("F", "fluorine", 9),
        ("Al", "aluminium", 13),
        ("S", "sulfur", 16),
        ("Fe", "iron", 26),
        ("Cu", "copper", 29),
        ("Mo", "molybdenum", 42),
        ("Sn", "tin", 50),
        ("Cs", "caesium", 55),
        ("Nd", "neodymium", 60),
        ("W", "tungsten", 74),
        ("Au", "gold", 79),
        ("Nh", "nihonium", 113),
        ("Og", "oganesson", 118),
    ],
)
def test_elements_carry_iupac_symbols_names_and_numbers(
    symbol: str, name: str, number: int
) -> None:
    e = element(symbol)
    assert (e.symbol, e.name, e.atomic_number) == (symbol, name, number)


def test_every_element_cites_the_iupac_table() -> None:
    for e in periodic_table():
        assert e.citations[0].source == "src:iupac-periodic-table"


@pytest.mark.parametrize(
    ("variant", "symbol"), [("aluminum", "Al"), ("cesium", "Cs"), ("sulphur", "S")]
)
def test_other_spellings_in_common_use_are_aliases(variant: str, symbol: str) -> None:
    e = element(variant)
    assert e.symbol == symbol
    assert variant in e.aliases
    assert {c.source for c in e.citations} == {
        "src:iupac-periodic-table",
        "src:mineralpact-reference-data",
    }


def test_every_element_is_found_by_symbol_name_and_id() -> None:
    for e in periodic_table():
        assert element(e.symbol) is e
        assert element(e.name.upper()) is e
        assert lookup(e.id) is e
        assert find(e.id) is e


# --- the bundled groups and commodities -------------------------------------------------


def test_the_rare_earth_elements_are_scandium_yttrium_and_the_lanthanides() -> None:
    ree = lookup("group:ree")
    assert isinstance(ree, MineralGroup)
    assert _numbers(ree.members) == {21, 39, *range(57, 72)}
    assert len(ree.members) == 17
    assert expand("group:ree") == ree.members


def test_the_lanthanides_are_lanthanum_to_lutetium() -> None:
    lanthanides = lookup("lanthanides")
    assert isinstance(lanthanides, MineralGroup)
    assert _numbers(lanthanides.members) == set(range(57, 72))
    assert len(lanthanides.members) == 15


def test_the_platinum_group_metals_are_six() -> None:
    pgm = lookup("platinum-group metals")
    assert isinstance(pgm, MineralGroup)
    assert pgm.members == frozenset(_ids(PGM))


@pytest.mark.parametrize(
    ("name", "mineral_id", "carried", "formula"),
    [
        ("fluorite", "commodity:fluorspar", {"element:ca", "element:f"}, "CaF2"),
        ("fluorspar", "commodity:fluorspar", {"element:ca", "element:f"}, "CaF2"),
        ("coal", "commodity:coal", {"element:c"}, None),
        ("iron ore", "commodity:iron-ore", {"element:fe"}, None),
        ("copper concentrate", "commodity:copper-concentrate", {"element:cu"}, None),
        ("graphite", "commodity:graphite", {"element:c"}, "C"),
        ("tin ore", "commodity:tin-ore", {"element:sn"}, None),
    ],
)
def test_commodities_that_are_not_elements_carry_elements(
    name: str, mineral_id: str, carried: set[str], formula: str | None
) -> None:
    record = lookup(name)
    assert isinstance(record, Commodity)
    assert record.id == mineral_id
    assert record.elements == carried
    assert record.formula == formula
    assert expand(name) == carried


@pytest.mark.parametrize("name", ["copper", "gold", "iron", "zinc", "tin", "tungsten", "lithium"])
def test_metals_named_in_the_texts_are_elements(name: str) -> None:
    assert isinstance(lookup(name), Element)


# --- Korea's lists ----------------------------------------------------------------------


def test_koreas_33_critical_minerals_of_2023() -> None:
    korea = lookup(CRITICAL)
    assert isinstance(korea, MineralList)
    assert korea.entries == _ids(CRITICAL_ORDER)
    assert len(korea.entries) == 33
    assert korea.issuer == "org:motie"
    assert korea.jurisdiction == "country:kr"
    assert korea.published == PartialDate(2023, 2, 27)
    strategic = korea.subset("strategic critical minerals")
    assert strategic == frozenset(korea.entries[:10])
    assert len(strategic) == 10
    # Graphite stands for carbon: 32 elements and one commodity cover 33 elements.
    assert len(expand(CRITICAL)) == 33
    assert "element:c" in expand(CRITICAL)


def test_the_critical_minerals_list_names_five_rare_earths_one_by_one() -> None:
    korea = lookup(CRITICAL)
    assert isinstance(korea, MineralList)
    listed_rees = set(korea.entries) & lookup("group:ree").members  # type: ignore[union-attr]
    assert listed_rees == set(_ids(["Nd", "Dy", "Tb", "Ce", "La"]))


def test_koreas_35_rare_metal_types_cover_56_elements() -> None:
    rare = lookup("rare metals")
    assert isinstance(rare, MineralList)
    assert rare.id == RARE_METALS
    assert rare.issuer == "org:kiram"
    assert rare.entries == _ids(RARE_METAL_ORDER)
    assert len(rare.entries) == 35
    # The rare earths are one type (17 elements), the PGMs one type (6): 33 + 17 + 6.
    assert sum(1 for e in rare.entries if e.startswith("element:")) == 33
    assert len(expand(RARE_METALS)) == 33 + 17 + 6 == 56
    assert rare.element_ids() == expand(RARE_METALS)


def test_the_rare_metal_classes_partition_the_35_types() -> None:
    rare = lookup(RARE_METALS)
    assert isinstance(rare, MineralList)
    sizes = [len(s.members) for s in rare.subsets]
    assert sizes == [6, 9, 2, 5, 11, 1, 1]
    assert sum(sizes) == 35
    assert frozenset().union(*(s.members for s in rare.subsets)) == frozenset(rare.entries)
    assert rare.subset("rare earth elements") == frozenset({"group:ree"})


def test_the_two_korean_lists_are_different_lists() -> None:
    only_critical = expand(CRITICAL) - expand(RARE_METALS)
    assert only_critical == frozenset(_ids(["Cu", "Al", "Pb", "Zn"])) | {"element:c"}
    assert not covers(RARE_METALS, CRITICAL)
    assert not covers(CRITICAL, RARE_METALS)


# --- provenance and consistency of the bundled records ----------------------------------


def test_reference_records_hold_sources_first_and_unique_ids() -> None:
    records = reference_records()
    ids = [r.id for r in records]
    assert len(ids) == len(set(ids))
    kinds = [isinstance(r, Source) for r in records]
    assert kinds == sorted(kinds, reverse=True)
    assert sum(isinstance(r, Element) for r in records) == 118
    assert {r.id for r in records if isinstance(r, MineralGroup)} == {
        "group:ree",
        "group:lanthanides",
        "group:pgm",
    }


def test_every_bundled_reference_resolves() -> None:
    records = reference_records()
    held = {r.id for r in records}
    sources = {r.id for r in records if isinstance(r, Source)}
    for record in records:
        if isinstance(record, Source):
            continue
        for path, ref in record.references():
            assert _at(record, path) == ref
            if path.endswith(".source"):
                assert ref in sources, (record.id, path)
            elif path == "issuer":
                assert ref in {"org:motie", "org:kiram"}
            elif path == "jurisdiction":
                assert ref == "country:kr"
            else:
                assert ref in held, (record.id, path, ref)


def test_every_source_is_cited_and_every_list_cites_its_publisher() -> None:
    records = reference_records()
    cited = {ref for r in records if not isinstance(r, Source) for _, ref in r.references()}
    assert {r.id for r in records if isinstance(r, Source)} <= cited
    motie = find(CRITICAL)
    assert motie is not None
    assert "src:motie-critical-minerals-2023" in {c.source for c in motie.citations}
    kiram = find(RARE_METALS)
    assert kiram is not None
    assert {c.source for c in kiram.citations} == {"src:kiram-rare-metals"}


def test_the_critical_list_date_is_read_from_the_release() -> None:
    source = next(r for r in reference_records() if r.id == "src:motie-critical-minerals-2023")
    assert isinstance(source, Source)
    assert source.kind is SourceKind.PRESS_RELEASE
    assert source.published == PartialDate(2023, 2, 28)
    korea = find(CRITICAL)
    assert korea is not None
    assert "February 27" in {c.phrase for c in korea.citations}


def test_no_name_or_alias_names_two_records() -> None:
    seen: dict[str, str] = {}
    for record in reference_records():
        if isinstance(record, Source):
            continue
        names = [record.title] if isinstance(record, MineralList) else [record.name]
        for written in (*names, *record.aliases):
            key = fold_name_and_separators(written)
            assert seen.setdefault(key, record.id) == record.id, written
            assert lookup(written) is record


def test_the_data_files_ship_with_the_package() -> None:
    data = files("mineralpact").joinpath("data")
    assert data.joinpath("elements.json").is_file()
    assert data.joinpath("minerals.json").is_file()


def test_importing_reads_no_data_and_loads_no_heavy_dependency() -> None:
    code = (
        "import sys\n"
        "import mineralpact.minerals as m\n"
        "before = m._registry.builds\n"
        "m.lookup('Nd'); m.covers('group:ree', 'Nd')\n"
        "heavy = [n for n in ('pint', 'pycountry', 'dateutil.parser') if n in sys.modules]\n"
        "print(before, m._registry.builds, ','.join(heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["0", "1"]


def test_records_are_read_once_and_shared() -> None:
    assert lookup("Nd") is lookup("neodymium") is element("element:nd")
    assert reference_records() == reference_records()


# --- look-up ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mineral_id"),
    [
        ("Nd", "element:nd"),
        ("neodymium", "element:nd"),
        ("NEODYMIUM", "element:nd"),
        ("  Neodymium ", "element:nd"),
        ("element:nd", "element:nd"),
        ("Co", "element:co"),
        ("In", "element:in"),
        ("rare earths", "group:ree"),
        ("rare earth elements", "group:ree"),
        ("rare-earth elements", "group:ree"),
        ("Rare Earth Elements", "group:ree"),
        ("REE", "group:ree"),
        ("ree", "group:ree"),
        ("lanthanoids", "group:lanthanides"),
        ("PGMs", "group:pgm"),
        ("platinum group metals", "group:pgm"),
        ("fluorite", "commodity:fluorspar"),
        ("Fluorspar", "commodity:fluorspar"),
        ("iron-ore", "commodity:iron-ore"),
        ("copper concentrate", "commodity:copper-concentrate"),
        ("rare metals", RARE_METALS),
        ("Korea\u2019s rare metals", RARE_METALS),
        ("35 types of rare metals", RARE_METALS),
        ("Korea's 33 critical minerals", CRITICAL),
        (CRITICAL, CRITICAL),
    ],
)
def test_lookup_reads_symbols_names_aliases_and_ids(text: str, mineral_id: str) -> None:
    assert lookup(text).id == mineral_id


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("nd", "Nd"),
        ("ND", "Nd"),
        ("co", "Co"),
        ("neodymum", "neodymium"),
        ("flourite", "fluorite"),
        ("element:ndd", "element:nd"),
        ("group:rre", "group:ree"),
        ("critical minerals", "33 critical minerals"),
        ("unobtainium", None),
        ("", None),
        ("   ", None),
        ("org:kigam", None),
    ],
)
def test_unknown_names_are_an_error_with_close_matches(text: str, best: str | None) -> None:
    with pytest.raises(UnknownMineralError) as info:
        lookup(text)
    error = info.value
    assert error.what == "mineral"
    assert error.value == text
    assert "case-sensitive" in error.expected
    assert error.reason is not None
    if best is None:
        assert error.suggestions == ()
        assert error.reason == "no mineral has that id, symbol or name"
    else:
        assert error.suggestions[0] == best
        assert len(error.suggestions) <= 3
        assert error.reason.startswith(f"did you mean {best!r}")


def test_a_symbol_in_the_wrong_case_suggests_only_the_symbol() -> None:
    with pytest.raises(UnknownMineralError) as info:
        lookup("nd")
    assert info.value.suggestions == ("Nd",)


def test_over_long_text_is_refused_before_any_search() -> None:
    with pytest.raises(UnknownMineralError, match="201 characters") as info:
        lookup("x" * 201)
    assert info.value.suggestions == ()


@pytest.mark.parametrize("text", [None, 60, b"Nd", ("Nd",)])
def test_lookup_refuses_what_is_not_text(text: object) -> None:
    with pytest.raises(InvalidTypeError) as info:
        lookup(text)  # type: ignore[arg-type]
    assert info.value.what == "mineral"
    with pytest.raises(InvalidTypeError):
        element(text)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError):
        find(text)  # type: ignore[arg-type]


def test_the_error_is_a_value_and_lookup_error_that_survives_pickle() -> None:
    with pytest.raises(UnknownMineralError) as info:
        lookup("neodymum")
    error = info.value
    assert isinstance(error, InvalidValueError)
    assert isinstance(error, ValueError)
    assert isinstance(error, LookupError)
    assert isinstance(error, MineralpactError)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is UnknownMineralError
    assert str(copy) == str(error)
    assert copy.suggestions == ("neodymium",)
    assert (copy.what, copy.value, copy.reason) == (error.what, error.value, error.reason)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("graphite", "commodity:graphite"),
        ("REE", "group:ree"),
        ("rare metals", RARE_METALS),
    ],
)
def test_element_refuses_what_is_not_an_element(text: str, names: str) -> None:
    with pytest.raises(UnknownMineralError, match=f"it names {names}, not an element") as info:
        element(text)
    assert info.value.what == "element"


def test_element_suggests_only_elements() -> None:
    with pytest.raises(UnknownMineralError) as info:
        element("tungstn")
    assert info.value.suggestions == ("tungsten",)
    assert info.value.what == "element"
    with pytest.raises(UnknownMineralError) as info:
        element("flourite")
    assert info.value.suggestions == ("fluorine",)


def test_find_reads_ids_only() -> None:
    assert find("commodity:coal") is lookup("coal")
    assert find("Nd") is None
    assert find("org:kigam") is None


@given(st.text(max_size=30))
def test_lookup_of_any_text_finds_a_mineral_or_raises_unknown(text: str) -> None:
    try:
        record = lookup(text)
    except UnknownMineralError:
        return
    assert isinstance(record, (Element, MineralGroup, Commodity, MineralList))


# --- expand and covers ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nd", {"element:nd"}),
        ("commodity:fluorspar", {"element:ca", "element:f"}),
        ("fluorite", {"element:ca", "element:f"}),
        ("group:pgm", set(_ids(PGM))),
    ],
)
def test_expand_gives_the_element_ids(text: str, expected: set[str]) -> None:
    assert expand(text) == expected


def test_expand_refuses_unknown_minerals() -> None:
    with pytest.raises(UnknownMineralError):
        expand("group:magnet-rees")


@pytest.mark.parametrize(
    ("broader", "narrower", "expected"),
    [
        ("group:ree", "element:nd", True),
        ("group:ree", "Sc", True),
        ("group:lanthanides", "Sc", False),
        (RARE_METALS, "element:nd", True),
        (RARE_METALS, "group:pgm", True),
        (RARE_METALS, "element:cu", False),
        ("group:ree", "group:lanthanides", True),
        ("group:lanthanides", "group:ree", False),
        ("Nd", "Nd", True),
        ("Nd", "group:ree", False),
        (CRITICAL, "graphite", True),
        (CRITICAL, "element:c", True),
        (CRITICAL, "coal", False),
        (CRITICAL, "group:ree", False),
        (CRITICAL, "Pt", True),
        (CRITICAL, "group:pgm", False),
        ("fluorspar", "F", True),
        ("fluorspar", "fluorite", True),
        ("F", "fluorspar", False),
        ("coal", "graphite", False),
        (CRITICAL, CRITICAL, True),
    ],
)
def test_covers(broader: str, narrower: str, expected: bool) -> None:
    assert covers(broader, narrower) is expected


def test_covers_refuses_unknown_minerals() -> None:
    with pytest.raises(UnknownMineralError):
        covers("group:ree", "unobtainium")
    with pytest.raises(UnknownMineralError):
        covers("rare earthz", "Nd")


@given(mineral_ids(), mineral_ids(), mineral_ids())
def test_covers_is_reflexive_transitive_and_agrees_with_expand(a: str, b: str, c: str) -> None:
    assert covers(a, a)
    if covers(a, b):
        assert expand(b) <= expand(a)
        if covers(b, c):
            assert covers(a, c)


# --- construction and validation --------------------------------------------------------


def test_records_are_built_with_the_seed_facts() -> None:
    assert nd() == element("Nd")
    assert hash(nd()) == hash(element("Nd"))
    korea = mineral_list()
    assert korea.subset("STRATEGIC") == frozenset({"element:li", "commodity:graphite"})
    fluorspar = lookup("fluorite")
    assert isinstance(fluorspar, Commodity)
    assert attrs.evolve(commodity(), citations=fluorspar.citations, notes=fluorspar.notes) == (
        fluorspar
    )


ELEMENT_ERRORS = [
    ({"id": "group:nd"}, InvalidIdError, "Element.id"),
    ({"id": "element:ne"}, InvalidIdError, "Element.id"),
    ({"id": "element:Nd"}, InvalidIdError, "Element.id"),
    ({"id": 60}, InvalidTypeError, "Element.id"),
    ({"symbol": "ND"}, InvalidValueError, "Element.symbol"),
    ({"symbol": "nd"}, InvalidValueError, "Element.symbol"),
    ({"symbol": ""}, InvalidValueError, "Element.symbol"),
    ({"symbol": "Ndxx"}, InvalidValueError, "Element.symbol"),
    ({"symbol": "N1"}, InvalidValueError, "Element.symbol"),
    ({"symbol": 60}, InvalidTypeError, "Element.symbol"),
    ({"name": ""}, InvalidValueError, "Element.name"),
    ({"name": "   "}, InvalidValueError, "Element.name"),
    ({"name": "x" * 201}, InvalidValueError, "Element.name"),
    ({"name": None}, InvalidTypeError, "Element.name"),
    ({"atomic_number": 0}, InvalidValueError, "Element.atomic_number"),
    ({"atomic_number": -60}, InvalidValueError, "Element.atomic_number"),
    ({"atomic_number": 1000}, InvalidValueError, "Element.atomic_number"),
    ({"atomic_number": True}, InvalidTypeError, "Element.atomic_number"),
    ({"atomic_number": "60"}, InvalidTypeError, "Element.atomic_number"),
    ({"atomic_number": 60.0}, InvalidTypeError, "Element.atomic_number"),
    ({"aliases": ["neo"]}, InvalidTypeError, "Element.aliases"),
    ({"aliases": "neo"}, InvalidTypeError, "Element.aliases"),
    ({"aliases": ("",)}, InvalidValueError, "Element.aliases"),
    ({"aliases": (5,)}, InvalidTypeError, "Element.aliases[0]"),
    ({"citations": ()}, InvalidValueError, "Element.citations"),
    ({"citations": [IUPAC]}, InvalidTypeError, "Element.citations"),
    ({"citations": ("src:iupac-periodic-table",)}, InvalidTypeError, "Element.citations[0]"),
    ({"notes": ""}, InvalidValueError, "Element.notes"),
    ({"notes": 5}, InvalidTypeError, "Element.notes"),
]


@pytest.mark.parametrize(("changes", "error", "what"), ELEMENT_ERRORS)
def test_invalid_elements_are_refused(
    changes: dict[str, Any], error: type[Exception], what: str
) -> None:
    with pytest.raises(error) as info:
        nd(**changes)
    assert info.value.what == what  # type: ignore[attr-defined]


GROUP_ERRORS = [
    ({"id": "element:nd"}, InvalidIdError, "MineralGroup.id"),
    ({"name": ""}, InvalidValueError, "MineralGroup.name"),
    ({"aliases": ["x"]}, InvalidTypeError, "MineralGroup.aliases"),
    ({"members": frozenset()}, InvalidValueError, "MineralGroup.members"),
    ({"members": {"element:nd"}}, InvalidTypeError, "MineralGroup.members"),
    ({"members": ("element:nd",)}, InvalidTypeError, "MineralGroup.members"),
    ({"members": frozenset({"nd"})}, InvalidIdError, "MineralGroup.members"),
    ({"members": frozenset({"group:ree"})}, InvalidIdError, "MineralGroup.members"),
    ({"members": frozenset({60})}, InvalidTypeError, "MineralGroup.members[0]"),
    ({"citations": ()}, InvalidValueError, "MineralGroup.citations"),
    ({"notes": " "}, InvalidValueError, "MineralGroup.notes"),
]


@pytest.mark.parametrize(("changes", "error", "what"), GROUP_ERRORS)
def test_invalid_groups_are_refused(
    changes: dict[str, Any], error: type[Exception], what: str
) -> None:
    with pytest.raises(error) as info:
        group(**changes)
    assert info.value.what == what  # type: ignore[attr-defined]


COMMODITY_ERRORS = [
    ({"id": "mineral:fluorspar"}, InvalidIdError, "Commodity.id"),
    ({"id": "commodity:Fluorspar"}, InvalidIdError, "Commodity.id"),
    ({"name": ""}, InvalidValueError, "Commodity.name"),
    ({"aliases": ("fluorite", "")}, InvalidValueError, "Commodity.aliases"),
    ({"elements": frozenset()}, InvalidValueError, "Commodity.elements"),
    ({"elements": ["element:ca"]}, InvalidTypeError, "Commodity.elements"),
    ({"elements": frozenset({"commodity:coal"})}, InvalidIdError, "Commodity.elements"),
    ({"formula": ""}, InvalidValueError, "Commodity.formula"),
    ({"formula": "C" * 101}, InvalidValueError, "Commodity.formula"),
    ({"formula": 2}, InvalidTypeError, "Commodity.formula"),
    ({"citations": (None,)}, InvalidTypeError, "Commodity.citations[0]"),
]


@pytest.mark.parametrize(("changes", "error", "what"), COMMODITY_ERRORS)
def test_invalid_commodities_are_refused(
    changes: dict[str, Any], error: type[Exception], what: str
) -> None:
    with pytest.raises(error) as info:
        commodity(**changes)
    assert info.value.what == what  # type: ignore[attr-defined]


SUBSET_ERRORS = [
    (("", frozenset({"element:li"})), InvalidValueError, "ListSubset.name"),
    ((None, frozenset({"element:li"})), InvalidTypeError, "ListSubset.name"),
    (("strategic", frozenset()), InvalidValueError, "ListSubset.members"),
    (("strategic", ("element:li",)), InvalidTypeError, "ListSubset.members"),
    (("strategic", frozenset({"list:kr-rare-metals"})), InvalidIdError, "ListSubset.members"),
]


@pytest.mark.parametrize(("args", "error", "what"), SUBSET_ERRORS)
def test_invalid_subsets_are_refused(
    args: tuple[Any, Any], error: type[Exception], what: str
) -> None:
    with pytest.raises(error) as info:
        ListSubset(*args)
    assert info.value.what == what  # type: ignore[attr-defined]


LIST_ERRORS = [
    ({"id": "group:test"}, InvalidIdError, "MineralList.id"),
    ({"title": ""}, InvalidValueError, "MineralList.title"),
    ({"title": "t" * 501}, InvalidValueError, "MineralList.title"),
    ({"aliases": "rare metals"}, InvalidTypeError, "MineralList.aliases"),
    ({"issuer": "country:kr"}, InvalidIdError, "MineralList.issuer"),
    ({"issuer": None}, InvalidTypeError, "MineralList.issuer"),
    ({"jurisdiction": "person:x"}, InvalidIdError, "MineralList.jurisdiction"),
    ({"jurisdiction": "KR"}, InvalidIdError, "MineralList.jurisdiction"),
    ({"published": "2023-02-27"}, InvalidTypeError, "MineralList.published"),
    ({"published": datetime.date(2023, 2, 27)}, InvalidTypeError, "MineralList.published"),
    ({"entries": (), "subsets": ()}, InvalidValueError, "MineralList.entries"),
    ({"entries": ["element:li"]}, InvalidTypeError, "MineralList.entries"),
    ({"entries": ("element:li", "list:x")}, InvalidIdError, "MineralList.entries"),
    ({"entries": ("element:li", "org:motie")}, InvalidIdError, "MineralList.entries"),
    (
        {"entries": ("element:li", "commodity:graphite", "element:li")},
        InvalidValueError,
        "MineralList.entries",
    ),
    (
        {"subsets": [ListSubset("a", frozenset({"element:li"}))]},
        InvalidTypeError,
        "MineralList.subsets",
    ),
    ({"subsets": (("a", frozenset({"element:li"})),)}, InvalidTypeError, "MineralList.subsets[0]"),
    (
        {"subsets": (ListSubset("a", frozenset({"element:nd"})),)},
        InvalidValueError,
        "MineralList.subsets",
    ),
    (
        {
            "subsets": (
                ListSubset("Strategic", frozenset({"element:li"})),
                ListSubset("strategic", frozenset({"group:ree"})),
            )
        },
        InvalidValueError,
        "MineralList.subsets",
    ),
    ({"citations": ()}, InvalidValueError, "MineralList.citations"),
    ({"notes": ""}, InvalidValueError, "MineralList.notes"),
]


@pytest.mark.parametrize(("changes", "error", "what"), LIST_ERRORS)
def test_invalid_lists_are_refused(
    changes: dict[str, Any], error: type[Exception], what: str
) -> None:
    with pytest.raises(error) as info:
        mineral_list(**changes)
    assert info.value.what == what  # type: ignore[attr-defined]


def test_a_duplicate_entry_is_named() -> None:
    with pytest.raises(InvalidValueError, match="'element:li' appears more than once"):
        mineral_list(entries=("element:li", "element:li"), subsets=())


def test_a_subset_member_outside_the_list_is_named() -> None:
    with pytest.raises(InvalidValueError, match="not entries: element:nd"):
        mineral_list(subsets=(ListSubset("magnets", frozenset({"element:nd", "group:ree"})),))


def test_an_unknown_subset_is_an_error_naming_the_known_ones() -> None:
    with pytest.raises(InvalidValueError, match="'strategic'") as info:
        mineral_list().subset("critical")
    assert info.value.what == "MineralList subset"
    with pytest.raises(InvalidValueError, match="none"):
        mineral_list(subsets=()).subset("strategic")
    with pytest.raises(InvalidValueError):
        mineral_list().subset(None)  # type: ignore[arg-type]


def test_element_ids_takes_a_resolver_for_records_not_bundled() -> None:
    own = mineral_list(entries=("element:li", "group:magnet-rees"), subsets=())
    resolved = {"element:li": frozenset({"element:li"}), "group:magnet-rees": group().members}
    assert own.element_ids(resolved.__getitem__) == frozenset({"element:li"}) | group().members
    with pytest.raises(UnknownMineralError):
        own.element_ids()


# --- immutability, equality, evolve -----------------------------------------------------

RECORDS = [nd(), group(), commodity(), mineral_list(), ListSubset("a", frozenset({"element:li"}))]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_records_are_frozen_and_slotted(record: Any) -> None:
    field = attrs.fields(type(record))[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(record, field, "x")
    assert not hasattr(record, "__dict__")


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_equal_records_hash_equal(record: Any) -> None:
    copy = attrs.evolve(record)
    assert copy == record
    assert copy is not record
    assert hash(copy) == hash(record)
    assert len({record, copy}) == 1


def test_evolve_changes_one_field_and_validates_it() -> None:
    longer = attrs.evolve(group(), aliases=("magnet REEs", "magnet rare earths"))
    assert longer.aliases == ("magnet REEs", "magnet rare earths")
    assert longer != group()
    assert longer.members == group().members
    with pytest.raises(InvalidIdError):
        attrs.evolve(group(), members=frozenset({"nd"}))
    with pytest.raises(InvalidIdError):
        attrs.evolve(nd(), symbol="Pr")
    with pytest.raises(InvalidValueError):
        attrs.evolve(mineral_list(), entries=("element:li",))


def test_frozensets_in_any_order_make_equal_records() -> None:
    a = group(members=frozenset(["element:nd", "element:pr"]))
    b = group(members=frozenset(["element:pr", "element:nd"]))
    assert a == b
    assert hash(a) == hash(b)


# --- references -------------------------------------------------------------------------


def test_element_references() -> None:
    assert list(nd(citations=(IUPAC, Citation("src:b"))).references()) == [
        ("citations[0].source", "src:iupac-periodic-table"),
        ("citations[1].source", "src:b"),
    ]


def test_group_references_list_members_in_sorted_order() -> None:
    assert list(group().references()) == [
        ("members[0]", "element:dy"),
        ("members[1]", "element:nd"),
        ("members[2]", "element:pr"),
        ("members[3]", "element:tb"),
        ("citations[0].source", "src:x"),
    ]


def test_commodity_references() -> None:
    assert list(commodity().references()) == [
        ("elements[0]", "element:ca"),
        ("elements[1]", "element:f"),
        ("citations[0].source", "src:x"),
    ]


def test_list_references() -> None:
    assert list(mineral_list().references()) == [
        ("issuer", "org:motie"),
        ("jurisdiction", "country:kr"),
        ("entries[0]", "element:li"),
        ("entries[1]", "commodity:graphite"),
        ("entries[2]", "group:ree"),
        ("subsets[0].members[0]", "commodity:graphite"),
        ("subsets[0].members[1]", "element:li"),
        ("citations[0].source", "src:a"),
        ("citations[1].source", "src:b"),
    ]
    assert ("jurisdiction", "country:kr") not in list(mineral_list(jurisdiction=None).references())


# --- generated values -------------------------------------------------------------------


def _check_generated(record: Mineral) -> None:
    assert record == attrs.evolve(record)
    assert hash(record) == hash(attrs.evolve(record))
    for path, ref in record.references():
        assert _at(record, path) == ref
    if not isinstance(record, Element):
        renamed = attrs.evolve(record, aliases=(*record.aliases, "another name"))
        assert renamed != record


@given(elements())
def test_generated_elements_are_the_bundled_ones(e: Element) -> None:
    _check_generated(e)
    assert element(e.symbol) is e


@given(mineral_groups())
def test_generated_groups_are_valid(g: MineralGroup) -> None:
    _check_generated(g)
    assert all(isinstance(find(m), Element) for m in g.members)


@given(commodities())
def test_generated_commodities_are_valid(c: Commodity) -> None:
    _check_generated(c)
    assert all(isinstance(find(m), Element) for m in c.elements)


@given(mineral_lists())
def test_generated_lists_are_valid(m: MineralList) -> None:
    _check_generated(m)
    assert m.element_ids() == frozenset().union(*(expand(e) for e in m.entries))
    for subset in m.subsets:
        assert m.subset(subset.name) == subset.members


@given(mineral_ids("list", "group"))
def test_generated_mineral_ids_resolve_to_their_kind(mineral_id: str) -> None:
    assert isinstance(find(mineral_id), (MineralList, MineralGroup))


def test_mineral_ids_refuses_unknown_kinds() -> None:
    with pytest.raises(InvalidValueError, match="mineral kind"):
        mineral_ids("mineral")
