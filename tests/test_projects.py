"""Projects and facilities: the ODA rare-metal centre project and the centre it built."""

from __future__ import annotations

import pickle
from typing import Any

import attrs
import pytest
from hypothesis import given

from mineralpact.agreements import Scope
from mineralpact.codes import Country, Subdivision
from mineralpact.errors import InvalidIdError, InvalidTypeError, InvalidValueError
from mineralpact.figures import Figure, Measure
from mineralpact.parties import Name, NameKind
from mineralpact.places import Place
from mineralpact.projects import Facility, FacilityKind, FundingInstrument, Project
from mineralpact.quantities import Count
from mineralpact.sources import Citation
from mineralpact.strategies import facilities, projects

# --- the seed facts -------------------------------------------------------------------

KOREA_NET = "src:korea-net-2025-03-12"
SEDAILY = "src:sedaily-2025-12-15"

ODA_004 = Citation(
    SEDAILY,
    quotation="The center was established as part of the government's Official "
    "Development Assistance (ODA) project",
)
ODA_001 = Citation(
    KOREA_NET,
    quotation="the Korea-Mongolia Rare Metals Cooperation Center (funded by official "
    "development assistance)",
)
OPENED_004 = Citation(
    SEDAILY,
    quotation="it opened the Korea-Mongolia Rare Metal Cooperation Center at the "
    "Geological Central Research Academy (GCRA) in Ulaanbaatar",
)
EQUIPMENT_004 = Citation(
    SEDAILY, quotation="The facility is equipped with 56 types of advanced equipment"
)
RARE_METALS_004 = Citation(
    SEDAILY,
    quotation="will conduct research on adding value to 35 types of rare metals",
    phrase="35 types of rare metals",
)

PROJECT_ID = "project:kr-mn-rare-metal-center-oda"
CENTRE_ID = "facility:kr-mn-rare-metal-cooperation-center"
TITLE = (
    "Establishment of a Rare Metal Center for High Value-Added Processing and "
    "Commercialization of Mongolia's Rare Metals"
)


def oda_project(**changes: Any) -> Project:
    fields: dict[str, Any] = {
        "id": PROJECT_ID,
        "title": TITLE,
        "funders": frozenset({"country:kr"}),
        "instrument": FundingInstrument.OFFICIAL_DEVELOPMENT_ASSISTANCE,
        "executors": frozenset({"org:kigam"}),
        "managers": frozenset({"org:kiat"}),
        "hosts": frozenset({"org:gcra", "country:mn"}),
        "place": Place(country=Country("MN"), city="Ulaanbaatar"),
        "minerals": frozenset({"group:ree", "element:w", "element:mo", "element:li"}),
        "scope": frozenset(
            {
                Scope.RESEARCH_AND_DEVELOPMENT,
                Scope.PROCESSING,
                Scope.SMELTING_AND_REFINING,
                Scope.TECHNOLOGY_TRANSFER,
                Scope.TRAINING,
            }
        ),
        "citations": (ODA_004, ODA_001),
        "notes": "KIAT manages the ODA project on the Korean government's behalf.",
    }
    fields.update(changes)
    return Project(**fields)


def centre(**changes: Any) -> Facility:
    fields: dict[str, Any] = {
        "id": CENTRE_ID,
        "names": (
            Name("Korea-Mongolia Rare Metal Cooperation Center", citations=(OPENED_004,)),
            Name(
                "Korea-Mongolia Rare Metals Cooperation Center",
                kind=NameKind.ALIAS,
                citations=(ODA_001,),
            ),
        ),
        "kind": FacilityKind.RESEARCH_CENTRE,
        "project": PROJECT_ID,
        "operators": frozenset({"org:kigam", "org:gcra"}),
        "host": "org:gcra",
        "place": Place(country=Country("MN"), city="Ulaanbaatar"),
        "minerals": frozenset({"list:kr-rare-metals"}),
        "scope": frozenset({Scope.RESEARCH_AND_DEVELOPMENT, Scope.PROCESSING}),
        "citations": (OPENED_004, ODA_001),
    }
    fields.update(changes)
    return Facility(**fields)


# --- projects -------------------------------------------------------------------------


def test_the_oda_project_states_its_funder_instrument_executor_and_host() -> None:
    project = oda_project()
    assert project.title == TITLE
    assert project.funders == {"country:kr"}
    assert project.instrument is FundingInstrument.OFFICIAL_DEVELOPMENT_ASSISTANCE
    assert project.executors == {"org:kigam"}
    assert project.managers == {"org:kiat"}
    assert project.hosts == {"org:gcra", "country:mn"}
    assert project.place == Place(country=Country("MN"), city="Ulaanbaatar")
    assert Scope.TECHNOLOGY_TRANSFER in project.scope


def test_a_project_needs_only_an_id_a_title_and_a_citation() -> None:
    project = Project(id="project:x", title="A project", citations=(ODA_004,))
    assert project.funders == frozenset()
    assert project.instrument is None
    assert project.place is None
    assert project.scope == frozenset()
    assert project.notes is None


def test_project_references_walk_frozensets_in_sorted_order() -> None:
    assert list(oda_project().references()) == [
        ("funders[0]", "country:kr"),
        ("executors[0]", "org:kigam"),
        ("managers[0]", "org:kiat"),
        ("hosts[0]", "country:mn"),
        ("hosts[1]", "org:gcra"),
        ("minerals[0]", "element:li"),
        ("minerals[1]", "element:mo"),
        ("minerals[2]", "element:w"),
        ("minerals[3]", "group:ree"),
        ("citations[0].source", SEDAILY),
        ("citations[1].source", KOREA_NET),
    ]


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("id", "facility:kr-mn-rare-metal-center", InvalidIdError),
        ("id", "project:Not Valid", InvalidIdError),
        ("id", 7, InvalidTypeError),
        ("title", "", InvalidValueError),
        ("title", "   ", InvalidValueError),
        ("title", "x" * 501, InvalidValueError),
        ("title", None, InvalidTypeError),
        ("funders", {"country:kr"}, InvalidTypeError),
        ("funders", ("country:kr",), InvalidTypeError),
        ("funders", frozenset({"facility:x"}), InvalidIdError),
        ("funders", frozenset({"kigam"}), InvalidIdError),
        ("funders", frozenset({1}), InvalidTypeError),
        ("instrument", "official_development_assistance", InvalidTypeError),
        ("executors", frozenset({"country:kr"}), InvalidIdError),
        ("managers", frozenset({"person:ku-hyeon-mo"}), InvalidIdError),
        ("hosts", frozenset({"project:y"}), InvalidIdError),
        ("place", "Ulaanbaatar", InvalidTypeError),
        ("minerals", frozenset({"org:kigam"}), InvalidIdError),
        ("minerals", frozenset({"molybdenum"}), InvalidIdError),
        ("scope", frozenset({"processing"}), InvalidTypeError),
        ("scope", [Scope.PROCESSING], InvalidTypeError),
        ("citations", (), InvalidValueError),
        ("citations", [ODA_004], InvalidTypeError),
        ("citations", ("src:x",), InvalidTypeError),
        ("notes", "", InvalidValueError),
        ("notes", "x" * 2001, InvalidValueError),
    ],
)
def test_project_refuses_an_invalid_field(field: str, value: object, error: type) -> None:
    with pytest.raises(error) as info:
        oda_project(**{field: value})
    assert info.value.what.startswith(f"Project.{field}")  # type: ignore[attr-defined]


def test_project_requires_a_title_and_citations() -> None:
    with pytest.raises(TypeError):
        Project(id="project:x", citations=(ODA_004,))  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Project(id="project:x", title="X")  # type: ignore[call-arg]


def test_project_fields_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        Project(PROJECT_ID, TITLE, citations=(ODA_004,))  # type: ignore[call-arg]


def test_project_is_immutable_and_changes_through_evolve() -> None:
    project = oda_project()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        project.title = "Another"  # type: ignore[misc]
    changed = attrs.evolve(project, instrument=FundingInstrument.GRANT)
    assert changed.instrument is FundingInstrument.GRANT
    assert project.instrument is FundingInstrument.OFFICIAL_DEVELOPMENT_ASSISTANCE
    with pytest.raises(InvalidIdError):
        attrs.evolve(project, hosts=frozenset({"gcra"}))


def test_equal_projects_hash_equal() -> None:
    assert oda_project() == oda_project()
    assert hash(oda_project()) == hash(oda_project())
    assert oda_project() != oda_project(managers=frozenset())
    assert len({oda_project(), oda_project(), oda_project(notes=None)}) == 2


def test_project_survives_pickle() -> None:
    assert pickle.loads(pickle.dumps(oda_project())) == oda_project()


# --- facilities -----------------------------------------------------------------------


def test_the_centre_keeps_both_of_its_names() -> None:
    facility = centre()
    assert facility.name.text == "Korea-Mongolia Rare Metal Cooperation Center"
    assert [n.text for n in facility.names] == [
        "Korea-Mongolia Rare Metal Cooperation Center",
        "Korea-Mongolia Rare Metals Cooperation Center",
    ]
    assert facility.host == "org:gcra"
    assert facility.project == PROJECT_ID
    assert facility.place is not None
    assert facility.place.city == "Ulaanbaatar"


def test_the_primary_name_is_the_first_official_english_name() -> None:
    facility = centre(
        names=(
            Name("KMRMCC", kind=NameKind.ABBREVIATION),
            Name("한-몽 희소금속 협력센터", language="ko"),
            Name("Korea-Mongolia Rare Metal Cooperation Center"),
        )
    )
    assert facility.name.text == "Korea-Mongolia Rare Metal Cooperation Center"


def test_without_an_official_english_name_the_first_name_is_primary() -> None:
    facility = centre(
        names=(
            Name("한-몽 희소금속 협력센터", language="ko"),
            Name("KMRMCC", kind=NameKind.ABBREVIATION),
        )
    )
    assert facility.name.text == "한-몽 희소금속 협력센터"
    alias_only = centre(names=(Name("The rare-metal centre", kind=NameKind.ALIAS),))
    assert alias_only.name.text == "The rare-metal centre"


def test_facility_references_include_the_sources_of_its_names() -> None:
    assert list(centre().references()) == [
        ("names[0].citations[0].source", SEDAILY),
        ("names[1].citations[0].source", KOREA_NET),
        ("project", PROJECT_ID),
        ("operators[0]", "org:gcra"),
        ("operators[1]", "org:kigam"),
        ("host", "org:gcra"),
        ("minerals[0]", "list:kr-rare-metals"),
        ("citations[0].source", SEDAILY),
        ("citations[1].source", KOREA_NET),
    ]


def test_a_facility_without_project_or_host_refers_to_neither() -> None:
    facility = Facility(
        id="facility:bayan-ulgii-exploration-site",
        names=(Name("Bayan-Ulgii exploration site"),),
        kind=FacilityKind.OTHER,
        place=Place(subdivision=Subdivision("MN-071")),
        citations=(Citation(SEDAILY),),
    )
    assert [path for path, _ in facility.references()] == ["citations[0].source"]
    assert facility.place is not None
    assert facility.place.country == Country("MN")


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("id", "project:kr-mn-rare-metal-center", InvalidIdError),
        ("id", "facility:", InvalidIdError),
        ("names", (), InvalidValueError),
        ("names", ["Korea-Mongolia Rare Metal Cooperation Center"], InvalidTypeError),
        ("names", ("Korea-Mongolia Rare Metal Cooperation Center",), InvalidTypeError),
        ("kind", "research_centre", InvalidTypeError),
        ("kind", None, InvalidTypeError),
        ("project", "agreement:kr-mn-mou-2023", InvalidIdError),
        ("project", 3, InvalidTypeError),
        ("operators", frozenset({"country:kr"}), InvalidIdError),
        ("operators", ["org:kigam"], InvalidTypeError),
        ("host", "country:mn", InvalidIdError),
        ("host", "GCRA", InvalidIdError),
        ("place", Country("MN"), InvalidTypeError),
        ("minerals", frozenset({"element:Mo"}), InvalidIdError),
        ("scope", frozenset({Scope.PROCESSING, "training"}), InvalidTypeError),
        ("citations", (), InvalidValueError),
        ("notes", "  ", InvalidValueError),
    ],
)
def test_facility_refuses_an_invalid_field(field: str, value: object, error: type) -> None:
    with pytest.raises(error) as info:
        centre(**{field: value})
    assert info.value.what.startswith(f"Facility.{field}")  # type: ignore[attr-defined]


def test_facility_is_immutable_hashable_and_evolves() -> None:
    facility = centre()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        facility.host = None  # type: ignore[misc]
    assert facility == centre()
    assert hash(facility) == hash(centre())
    moved = attrs.evolve(facility, host=None)
    assert moved.host is None
    assert moved != facility
    assert pickle.loads(pickle.dumps(facility)) == facility


# --- counts of a facility are figures ------------------------------------------------


def test_counts_of_the_centre_are_figures_about_it() -> None:
    equipment = Figure(
        id="figure:kr-mn-rare-metal-center-equipment-types",
        subject=CENTRE_ID,
        measure=Measure.COUNT,
        value=Count(56, of="types of advanced equipment"),
        citations=(EQUIPMENT_004,),
    )
    rare_metals = Figure(
        id="figure:kr-mn-rare-metal-center-research-rare-metal-types",
        subject=CENTRE_ID,
        measure=Measure.COUNT,
        minerals=frozenset({"list:kr-rare-metals"}),
        value=Count(35, of="types of rare metals"),
        citations=(RARE_METALS_004,),
    )
    assert ("subject", CENTRE_ID) in list(equipment.references())
    assert str(equipment.value) == "56 types of advanced equipment"
    assert str(rare_metals.value) == "35 types of rare metals"
    # Two counts of different things about one centre are different figures,
    # not a disagreement.
    assert equipment.key != rare_metals.key


def test_a_count_of_the_project_is_a_figure_about_the_project() -> None:
    figure = Figure(
        id="figure:kr-mn-rare-metal-center-oda-equipment-types",
        subject=PROJECT_ID,
        measure=Measure.COUNT,
        value=Count(56, of="types of advanced equipment"),
        citations=(EQUIPMENT_004,),
    )
    assert figure.key.subject == PROJECT_ID


# --- strategies -----------------------------------------------------------------------


@given(projects())
def test_generated_projects_are_valid_values(project: Project) -> None:
    assert project == attrs.evolve(project)
    assert hash(project) == hash(attrs.evolve(project))
    refs = list(project.references())
    assert sum(1 for path, _ in refs if path.startswith("citations[")) == len(project.citations)
    assert all(ref.startswith("org:") for path, ref in refs if path.startswith("executors["))
    assert Project(**attrs.asdict(project, recurse=False)) == project


@given(facilities())
def test_generated_facilities_are_valid_values(facility: Facility) -> None:
    assert facility == attrs.evolve(facility)
    assert hash(facility) == hash(attrs.evolve(facility))
    assert facility.name in facility.names
    cited = sum(len(n.citations) for n in facility.names) + len(facility.citations)
    cited += sum(len(a.citations) for n in facility.names for a in n.attested)
    cited += sum(len(c.citations) for c in (*facility.start, *facility.end))
    assert sum(1 for path, _ in facility.references() if path.endswith(".source")) == cited
