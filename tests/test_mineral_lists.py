"""Lists with tiers, forms and grades, lists stated in part, and what a mineral stands for.

The EU's Critical Raw Materials Act (Regulation (EU) 2024/1252) is the case:
its strategic raw materials, a tier within its critical raw materials, name
"lithium (battery grade)" and "rare earth elements for magnets (Nd, Pr, Tb,
Dy, Gd, Sm and Ce)". ``Dataset.elements_of`` is checked against a
brute-force reference on generated datasets whose groups, commodities, forms
and lists are their own.
"""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineralpact import (
    Agreement,
    AgreementKind,
    Citation,
    Commodity,
    Dataset,
    InvalidDatasetError,
    InvalidValueError,
    MineralForm,
    MineralGroup,
    MineralList,
    Name,
    Organisation,
    OrganisationKind,
    Source,
    SourceKind,
    UnknownMineralError,
    dumps,
    loads,
)
from mineralpact import minerals as bundled
from mineralpact.strategies import mineral_forms

CITE = (Citation("src:crma"),)
MAGNET_REES = frozenset(f"element:{s}" for s in ("nd", "pr", "tb", "dy", "gd", "sm", "ce"))


def base() -> tuple[Source, Organisation]:
    return (
        Source(id="src:crma", title="Regulation (EU) 2024/1252", kind=SourceKind.OTHER),
        Organisation(
            id="org:eu",
            names=(Name("European Union"),),
            kind=OrganisationKind.OTHER,
            citations=CITE,
        ),
    )


BATTERY_LITHIUM = MineralForm(
    id="form:lithium-battery-grade",
    name="lithium (battery grade)",
    of="element:li",
    qualifier="battery grade",
    citations=CITE,
)
MAGNETS = MineralForm(
    id="form:ree-for-magnets",
    name="rare earth elements for magnets",
    of="group:ree",
    qualifier="for magnets",
    only=MAGNET_REES,
    citations=CITE,
)
CRITICAL = MineralList(
    id="list:eu-critical-2024",
    title="Critical raw materials (Regulation (EU) 2024/1252, Annex II)",
    issuer="org:eu",
    entries=("element:li", "group:ree"),
    complete=False,
    citations=CITE,
)
STRATEGIC = MineralList(
    id="list:eu-strategic-2024",
    title="Strategic raw materials (Regulation (EU) 2024/1252, Annex I)",
    issuer="org:eu",
    entries=("form:lithium-battery-grade", "form:ree-for-magnets"),
    within="list:eu-critical-2024",
    complete=False,
    citations=CITE,
)


def crma() -> Dataset:
    return Dataset((*base(), BATTERY_LITHIUM, MAGNETS, CRITICAL, STRATEGIC))


# --- the EU case ------------------------------------------------------------------


@pytest.mark.parametrize("mineral", ["element:nd", "Nd", "neodymium", "Gd", "Ce", "element:tb"])
def test_a_magnet_rare_earth_finds_the_strategic_list(mineral: str) -> None:
    found = [r.id for r in crma().query(type=MineralList, mineral=mineral)]
    assert found == ["list:eu-critical-2024", "list:eu-strategic-2024"]


@pytest.mark.parametrize("mineral", ["element:la", "La", "Y", "element:sc", "lutetium"])
def test_another_rare_earth_does_not_find_the_list_through_the_magnet_entry(mineral: str) -> None:
    # The critical list names all rare earths; the strategic one only seven.
    found = [r.id for r in crma().query(type=MineralList, mineral=mineral)]
    assert found == ["list:eu-critical-2024"]


def test_lithium_finds_both_tiers_and_the_form_finds_what_holds_lithium() -> None:
    data = crma()
    assert [r.id for r in data.query(type=MineralList, mineral="Li")] == [
        "list:eu-critical-2024",
        "list:eu-strategic-2024",
    ]
    assert data.elements_of("lithium (battery grade)") == {"element:li"}
    assert [r.id for r in data.query(mineral="form:lithium-battery-grade")] == [
        "form:lithium-battery-grade",
        "list:eu-critical-2024",
        "list:eu-strategic-2024",
    ]


def test_an_agreement_on_a_form_is_found_by_its_elements() -> None:
    offtake = Agreement(
        id="agreement:offtake",
        kind=AgreementKind.OTHER,
        parties=frozenset({"org:eu"}),
        minerals=frozenset({"form:ree-for-magnets"}),
        citations=CITE,
    )
    data = Dataset((*crma().records, offtake))
    assert offtake in data.query(type=Agreement, mineral="Dy")
    assert data.query(type=Agreement, mineral="La") == ()
    assert offtake in data.query(type=Agreement, mineral="group:ree")


def test_the_list_says_it_is_partial_and_round_trips() -> None:
    data = crma()
    assert not data.get("list:eu-strategic-2024", MineralList).complete
    assert data.get("list:eu-strategic-2024", MineralList).within == "list:eu-critical-2024"
    written = dumps(data)
    assert loads(written, Dataset) == data
    records = json.loads(written)["records"]
    strategic = next(r for r in records if r["id"] == "list:eu-strategic-2024")
    assert strategic["complete"] is False
    assert strategic["within"] == "list:eu-critical-2024"
    form = next(r for r in records if r["id"] == "form:ree-for-magnets")
    assert form["type"] == "mineral_form"
    assert form["only"] == sorted(MAGNET_REES)


def test_a_complete_list_writes_no_complete_key_and_old_documents_read_complete() -> None:
    listed = attrs.evolve(CRITICAL, complete=True)
    written = json.loads(dumps(Dataset((*base(), listed))))
    record = written["records"][-1]
    assert "complete" not in record
    assert "within" not in record
    assert loads(json.dumps(written), Dataset).get("list:eu-critical-2024", MineralList).complete


def test_lowercase_symbols_stay_refused_with_the_symbol_suggested() -> None:
    # Symbols are case-sensitive (Co is cobalt, CO carbon monoxide): "nd" is no mineral.
    with pytest.raises(UnknownMineralError) as caught:
        crma().query(mineral="nd")
    assert caught.value.suggestions == ("Nd",)


# --- what is refused ----------------------------------------------------------------


def test_a_form_that_does_not_say_how_it_differs_is_refused() -> None:
    with pytest.raises(InvalidValueError, match="qualifier"):
        MineralForm(id="form:lithium", name="lithium", of="element:li", citations=CITE)


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"of": "list:eu-critical-2024"}, "MineralForm.of"),
        ({"of": "form:lithium-battery-grade"}, "MineralForm.of"),
        ({"only": frozenset({"group:ree"})}, "MineralForm.only"),
        ({"only": ("element:nd",)}, "MineralForm.only"),
        ({"qualifier": ""}, "MineralForm.qualifier"),
    ],
)
def test_invalid_forms_are_refused(changes: dict[str, Any], path: str) -> None:
    with pytest.raises((InvalidValueError, TypeError), match=path.replace(".", r"\.")):
        attrs.evolve(MAGNETS, **changes)


def test_a_list_within_itself_is_refused() -> None:
    with pytest.raises(InvalidValueError, match=r"MineralList\.within"):
        attrs.evolve(CRITICAL, within=CRITICAL.id)


def test_complete_is_a_bool() -> None:
    with pytest.raises(TypeError, match=r"MineralList\.complete"):
        attrs.evolve(CRITICAL, complete=0)  # type: ignore[arg-type]


def test_a_form_limited_to_elements_outside_its_mineral_is_an_error() -> None:
    wrong = attrs.evolve(MAGNETS, only=MAGNET_REES | {"element:fe"})
    with pytest.raises(InvalidDatasetError) as caught:
        Dataset((*base(), wrong))
    (problem,) = caught.value.problems
    assert problem.code == "form-outside-mineral"
    assert problem.path == "$.records[2].only[2]"
    assert problem.value == "'element:fe'"


def test_a_tier_must_lie_within_a_complete_outer_list() -> None:
    complete = attrs.evolve(CRITICAL, entries=("element:li", "element:co"), complete=True)
    with pytest.raises(InvalidDatasetError) as caught:
        Dataset((*base(), BATTERY_LITHIUM, MAGNETS, complete, STRATEGIC))
    (problem,) = caught.value.problems
    assert problem.code == "tier-outside-list"
    assert problem.path == "$.records[5].entries[1]"
    assert "element:nd" in problem.message
    # Stated in part, the outer list may hold what it does not show.
    Dataset((*base(), BATTERY_LITHIUM, MAGNETS, attrs.evolve(complete, complete=False), STRATEGIC))
    # Complete and covering every entry of the tier: accepted.
    covering = attrs.evolve(CRITICAL, complete=True)
    Dataset((*base(), BATTERY_LITHIUM, MAGNETS, covering, STRATEGIC))


def test_tiers_in_a_loop_are_an_error() -> None:
    looped = attrs.evolve(CRITICAL, within=STRATEGIC.id)
    with pytest.raises(InvalidDatasetError) as caught:
        Dataset((*base(), BATTERY_LITHIUM, MAGNETS, looped, STRATEGIC))
    assert [(p.code, p.path) for p in caught.value.problems] == [
        ("tier-loop", "$.records[4].within"),
        ("tier-loop", "$.records[5].within"),
    ]


def test_a_tier_within_a_list_the_dataset_does_not_hold_is_a_missing_reference() -> None:
    with pytest.raises(InvalidDatasetError) as caught:
        Dataset((*base(), BATTERY_LITHIUM, MAGNETS, STRATEGIC))
    assert [(p.code, p.path) for p in caught.value.problems] == [
        ("missing-reference", "$.records[4].within")
    ]


def test_elements_of_refuses_what_is_not_a_mineral() -> None:
    with pytest.raises(UnknownMineralError):
        crma().elements_of("unobtainium")
    with pytest.raises(TypeError, match="elements_of"):
        crma().elements_of(3)  # type: ignore[arg-type]


def test_elements_of_agrees_with_expand_on_the_bundled_minerals() -> None:
    data = crma()
    for record in bundled.reference_records():
        if isinstance(record, Source):
            continue
        assert data.elements_of(record.id) == bundled.expand(record.id), record.id


def test_a_list_of_forms_expands_with_the_dataset_as_resolver() -> None:
    data = crma()
    assert STRATEGIC.element_ids(data.elements_of) == MAGNET_REES | {"element:li"}
    with pytest.raises(UnknownMineralError):
        STRATEGIC.element_ids()  # the bundled records know no such form


@given(mineral_forms())
def test_generated_forms_hold_in_a_dataset(form: MineralForm) -> None:
    sources = [Source(id=c.source, title="a", kind=SourceKind.OTHER) for c in form.citations]
    unique = list({s.id: s for s in sources}.values())
    data = Dataset((*unique, form))
    assert data.elements_of(form.id) == (form.only or bundled.expand(form.of))


# --- elements_of and the mineral query against a brute-force reference ------------------

POOL = tuple(f"element:{s}" for s in ("nd", "pr", "la", "dy", "li", "co", "ni", "c", "f", "fe"))
BUNDLED = ("group:ree", "group:pgm", "commodity:graphite", "commodity:fluorspar", "element:mo")
NAMES = ("alpha", "beta", "gamma", "delta")


def reference_elements(records: dict[str, Any], mineral_id: str) -> set[str]:
    """The elements a mineral stands for, by the documented rule, read plainly."""
    record = records.get(mineral_id) or bundled.find(mineral_id)
    if isinstance(record, MineralGroup):
        return set(record.members)
    if isinstance(record, Commodity):
        return set(record.elements)
    if isinstance(record, MineralForm):
        return set(record.only) if record.only else reference_elements(records, record.of)
    if isinstance(record, MineralList):
        out: set[str] = set()
        for entry in record.entries:
            out |= reference_elements(records, entry)
        return out
    return {mineral_id}  # an element


def reference_commodities(records: dict[str, Any], mineral_id: str) -> set[str]:
    """The commodities a mineral names: itself, what a form is a form of, a list's entries'."""
    record = records.get(mineral_id) or bundled.find(mineral_id)
    if isinstance(record, Commodity):
        return {record.id}
    if isinstance(record, MineralForm):
        return reference_commodities(records, record.of)
    if isinstance(record, MineralList):
        return set().union(*(reference_commodities(records, e) for e in record.entries))
    return set()


def reference_stands_for(records: dict[str, Any], mineral_id: str) -> set[str]:
    """What the mineral query compares: elements, and the commodities named."""
    return reference_elements(records, mineral_id) | reference_commodities(records, mineral_id)


@st.composite
def user_minerals(draw: st.DrawFn) -> Dataset:
    cite = (Citation("src:s"),)
    records: list[Any] = [
        Source(id="src:s", title="s", kind=SourceKind.OTHER),
        Organisation(id="org:o", names=(Name("o"),), kind=OrganisationKind.OTHER, citations=cite),
    ]
    held: dict[str, Any] = {}

    def add(record: Any) -> None:
        records.append(record)
        held[record.id] = record

    elements = st.frozensets(st.sampled_from(POOL), min_size=1, max_size=4)
    for i in range(draw(st.integers(0, 2))):
        add(
            MineralGroup(
                id=f"group:u{i}", name=f"group {NAMES[i]}", members=draw(elements), citations=cite
            )
        )
    for i in range(draw(st.integers(0, 2))):
        add(
            Commodity(
                id=f"commodity:u{i}",
                name=f"commodity {NAMES[i]}",
                elements=draw(elements),
                citations=cite,
            )
        )
    for i in range(draw(st.integers(0, 3))):
        of = draw(st.sampled_from([*(h for h in held if h[:4] != "form"), *BUNDLED, *POOL]))
        whole = sorted(reference_elements(held, of))
        only = frozenset(draw(st.lists(st.sampled_from(whole), max_size=3)))
        bare = bool(only) and draw(st.booleans())
        add(
            MineralForm(
                id=f"form:u{i}",
                name=f"form {NAMES[i]}",
                of=of,
                qualifier=None if bare else "grade",
                only=only,
                citations=cite,
            )
        )
    lists: list[MineralList] = []
    for i in range(draw(st.integers(1, 3))):
        entries = draw(
            st.lists(st.sampled_from([*held, *BUNDLED, *POOL]), min_size=1, max_size=5, unique=True)
        )
        open_lists = [m.id for m in lists if not m.complete]
        within = draw(st.none() | st.sampled_from(open_lists)) if open_lists else None
        mineral_list = MineralList(
            id=f"list:u{i}",
            title=f"list {NAMES[i]}",
            issuer="org:o",
            entries=tuple(entries),
            within=within,
            complete=draw(st.booleans()),
            citations=cite,
        )
        lists.append(mineral_list)
    for mineral_list in lists:
        add(mineral_list)
    for i in range(draw(st.integers(0, 3))):
        minerals = draw(st.frozensets(st.sampled_from([*held, *BUNDLED, *POOL]), max_size=3))
        records.append(
            Agreement(
                id=f"agreement:u{i}",
                kind=AgreementKind.OTHER,
                parties=frozenset({"org:o"}),
                minerals=minerals,
                citations=cite,
            )
        )
    return Dataset(tuple(records))


@given(user_minerals(), st.data())
def test_elements_of_and_the_mineral_query_agree_with_the_reference(
    data: Dataset, draws: st.DataObject
) -> None:
    held = {r.id: r for r in data.records}
    minerals = [
        *(i for i in held if i.partition(":")[0] in {"group", "commodity", "form", "list"}),
        *BUNDLED,
        *POOL,
    ]
    for mineral in draws.draw(st.lists(st.sampled_from(minerals), min_size=1, max_size=6)):
        assert data.elements_of(mineral) == reference_elements(held, mineral), mineral
        wanted = reference_stands_for(held, mineral)
        expected = tuple(
            r
            for r in data.records
            if (
                r.id in held
                and r.id.partition(":")[0] in {"group", "commodity", "form", "list", "element"}
                and reference_stands_for(held, r.id) & wanted
            )
            or any(reference_stands_for(held, m) & wanted for m in getattr(r, "minerals", ()))
        )
        assert data.query(mineral=mineral) == expected, mineral
    # A user's records are found by name as the bundled ones are.
    for record in data.records:
        if isinstance(record, (MineralGroup, Commodity, MineralForm)):
            assert data.elements_of(record.name) == reference_elements(held, record.id)
