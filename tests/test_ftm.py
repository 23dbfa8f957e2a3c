"""FollowTheMoney entities: every one valid in followthemoney's own model, and linked."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from mineralpact import Dataset
from mineralpact.bundled import korea_mongolia
from mineralpact.cli import main
from mineralpact.errors import InvalidTypeError, MissingExtraError
from mineralpact.strategies import datasets

pytest.importorskip("followthemoney")

from followthemoney import model  # skipped above without it

from mineralpact import ftm  # it needs followthemoney: skipped above without it


def _check_valid(entity: dict[str, Any]) -> None:
    """The entity is valid in FtM's model, and cleaning it changes no value."""
    assert set(entity) == {"id", "schema", "properties"}
    schema = model.get(entity["schema"])
    assert schema is not None, entity["schema"]
    assert not schema.abstract, entity
    # validate() raises InvalidData for a value its property's type refuses.
    assert schema.validate({"properties": entity["properties"]}) is None
    # It does not check that a required property is there: this does.
    for name in schema.required:
        assert entity["properties"].get(name), (entity["id"], name)
    for name, values in entity["properties"].items():
        prop = schema.get(name)
        assert prop is not None, (entity["schema"], name)
        assert values, (entity["id"], name)
        assert all(isinstance(v, str) for v in values), (entity["id"], name)
    raw = model.get_proxy(entity, cleaned=False)
    cleaned = model.get_proxy(entity, cleaned=True)
    assert raw.to_dict() == cleaned.to_dict(), entity
    assert raw.id == entity["id"]


def _references(entity: dict[str, Any]) -> list[str]:
    """The entity ids an entity's properties of the entity type refer to."""
    schema = model.get(entity["schema"])
    assert schema is not None
    found = []
    for name, values in entity["properties"].items():
        prop = schema.get(name)
        assert prop is not None
        if prop.type.name == "entity":
            found.extend(values)
    return found


def _check_export(data: Dataset) -> list[dict[str, Any]]:
    entities = list(ftm.entities(data))
    ids = [e["id"] for e in entities]
    assert len(ids) == len(set(ids)), "ids are unique"
    for entity in entities:
        _check_valid(entity)
    held = set(ids)
    for entity in entities:
        missing = [ref for ref in _references(entity) if ref not in held]
        assert not missing, (entity["id"], missing)
    # Stable: the same data gives the same entities, ids included.
    assert list(ftm.entities(data)) == entities
    return entities


@pytest.fixture(scope="module")
def bundled() -> dict[str, dict[str, Any]]:
    return {e["id"]: e for e in _check_export(korea_mongolia())}


def test_every_bundled_entity_is_valid_and_every_reference_resolves(
    bundled: dict[str, dict[str, Any]],
) -> None:
    schemata = {e["schema"] for e in bundled.values()}
    assert schemata >= {
        "Article",
        "Company",
        "Contract",
        "Documentation",
        "Event",
        "Occupancy",
        "Organization",
        "Person",
        "Position",
        "PublicBody",
    }


def test_every_record_of_an_exported_kind_is_an_entity(bundled: dict[str, dict[str, Any]]) -> None:
    kinds = ("src:", "org:", "person:", "position:", "agreement:", "event:", "milestone:")
    for record in korea_mongolia().records:
        if record.id.startswith(kinds):
            assert ftm.entity_id(record.id) in bundled, record.id


def test_an_agreement_is_a_contract_with_its_date_parties_and_sources(
    bundled: dict[str, dict[str, Any]],
) -> None:
    mou = bundled["mineralpact-agreement-kt-mn-mou-2023"]
    assert mou["schema"] == "Contract"
    props = mou["properties"]
    assert props["title"] == ["Memorandum of understanding on mineral resources"]
    assert props["contractDate"] == ["2023-01-26"]
    assert sorted(props["authority"]) == ["mineralpact-org-kt", "mineralpact-org-mn-government"]
    assert "https://www.koreaherald.com/view.php?ud=20230126000564" in props["sourceUrl"]
    assert "The Korea Herald" in props["publisher"]
    signatories = [
        e
        for e in bundled.values()
        if e["schema"] == "UnknownLink" and e["properties"]["object"] == [mou["id"]]
    ]
    assert sorted(s["properties"]["subject"][0] for s in signatories) == [
        "mineralpact-person-ganbaatar-jambal",
        "mineralpact-person-ku-hyeon-mo",
    ]
    documented = {
        e["properties"]["document"][0]
        for e in bundled.values()
        if e["schema"] == "Documentation" and e["properties"]["entity"] == [mou["id"]]
    }
    assert "mineralpact-src-korea-herald-2023-01-26" in documented


def test_a_named_party_and_the_posts_its_people_hold(bundled: dict[str, dict[str, Any]]) -> None:
    kt = bundled["mineralpact-org-kt"]
    assert kt["schema"] == "Company"
    assert kt["properties"]["name"] == ["KT Corporation"]
    assert kt["properties"]["alias"] == ["KT Corp."]
    assert kt["properties"]["jurisdiction"] == ["kr"]
    gcra = bundled["mineralpact-org-gcra"]
    assert gcra["properties"]["abbreviation"] == ["GCRA"]
    occupancy = bundled["mineralpact-position-ku-hyeon-mo-kt-ceo"]
    assert occupancy["schema"] == "Occupancy"
    assert occupancy["properties"]["holder"] == ["mineralpact-person-ku-hyeon-mo"]
    (post,) = occupancy["properties"]["post"]
    assert bundled[post]["properties"]["name"] == ["CEO, KT Corporation"]
    assert bundled[post]["properties"]["organization"] == ["mineralpact-org-kt"]


def test_a_source_is_an_article_with_its_url_and_publication_date(
    bundled: dict[str, dict[str, Any]],
) -> None:
    article = bundled["mineralpact-src-korea-herald-2023-01-26"]
    assert article["schema"] == "Article"
    assert article["properties"]["publishedAt"] == ["2023-01-26"]
    assert article["properties"]["sourceUrl"] == [
        "https://www.koreaherald.com/view.php?ud=20230126000564"
    ]
    assert article["properties"]["author"] == ["Jie Ye-eun"]


def test_every_entity_from_a_record_carries_its_sources(
    bundled: dict[str, dict[str, Any]],
) -> None:
    for entity in bundled.values():
        if entity["id"].startswith("mineralpact-country-"):
            continue  # a state is reference data, not a record
        assert entity["properties"].get("publisher"), entity["id"]


def test_a_country_party_is_a_public_body_for_its_state() -> None:
    from mineralpact import Agreement, AgreementKind, Citation, Source, SourceKind

    source = Source(id="src:a", title="A", kind=SourceKind.NEWS_REPORT, url="https://a.example/1")
    deal = Agreement(
        id="agreement:kr-mn",
        kind=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
        parties=frozenset({"country:kr", "country:mn"}),
        citations=(Citation("src:a"),),
    )
    found = {e["id"]: e for e in _check_export(Dataset((source, deal)))}
    mongolia = found["mineralpact-country-mn"]
    assert mongolia["schema"] == "PublicBody"
    assert mongolia["properties"]["name"] == ["Mongolia"]
    assert mongolia["properties"]["jurisdiction"] == ["mn"]
    contract = found["mineralpact-agreement-kr-mn"]
    assert sorted(contract["properties"]["authority"]) == [
        "mineralpact-country-kr",
        "mineralpact-country-mn",
    ]
    assert contract["properties"]["sourceUrl"] == ["https://a.example/1"]


def test_partial_dates_keep_their_precision_and_others_are_notes() -> None:
    from mineralpact import (
        Agreement,
        AgreementKind,
        Citation,
        DateClaim,
        Deadline,
        Event,
        EventKind,
        PartialDate,
        Source,
        SourceKind,
    )
    from mineralpact.dates import DateRange, QualifiedDate

    cite = (Citation("src:a"),)
    source = Source(id="src:a", title="A", kind=SourceKind.REFERENCE, published=PartialDate(2024))
    deal = Agreement(
        id="agreement:x",
        kind=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
        parties=frozenset({"country:kr"}),
        dates=(DateClaim(PartialDate(2023, 2), cite),),
        citations=cite,
    )
    meeting = Event(
        id="event:x",
        kind=EventKind.MEETING,
        title="Talks",
        dates=(
            DateClaim(DateRange(PartialDate(2023, 11, 20), PartialDate(2024)), cite),
            DateClaim(Deadline(PartialDate(2023, 11)), cite),
            DateClaim(QualifiedDate.approximate(PartialDate(2023)), cite),
        ),
        citations=cite,
    )
    found = {e["id"]: e for e in _check_export(Dataset((source, deal, meeting)))}
    assert found["mineralpact-src-a"]["properties"]["publishedAt"] == ["2024"]
    assert found["mineralpact-agreement-x"]["properties"]["contractDate"] == ["2023-02"]
    event = found["mineralpact-event-x"]["properties"]
    assert event["startDate"] == ["2023-11-20"]
    assert event["endDate"] == ["2024"]
    assert "date" not in event
    assert event["notes"] == ["date as stated: ../2023-11", "date as stated: 2023~"]


@settings(max_examples=15, suppress_health_check=[HealthCheck.too_slow])
@given(datasets(max_records=6, linked=True))
def test_every_entity_of_any_dataset_is_valid_with_stable_unique_ids(data: Dataset) -> None:
    _check_export(data)


@settings(max_examples=15, suppress_health_check=[HealthCheck.too_slow])
@given(datasets(max_records=4))
def test_every_entity_of_unlinked_datasets_is_valid(data: Dataset) -> None:
    _check_export(data)


def test_a_member_who_joins_twice_gives_two_memberships() -> None:
    # Found by the property test: the memberships' ids were made of the member
    # and the start only, so two memberships from the same start shared one.
    from mineralpact import (
        Citation,
        Membership,
        Name,
        Organisation,
        OrganisationKind,
        PartialDate,
        Source,
        SourceKind,
    )

    source = Source(id="src:a", title="A", kind=SourceKind.OTHER)
    union = Organisation(
        id="org:union",
        names=(Name("Union"),),
        kind=OrganisationKind.SUPRANATIONAL_UNION,
        members=(
            Membership("country:gb", since=PartialDate(1973), until=PartialDate(2020)),
            Membership("country:gb", since=PartialDate(1973)),
        ),
        citations=(Citation("src:a"),),
    )
    found = _check_export(Dataset((source, union)))
    links = [e for e in found if e["schema"] == "Membership"]
    assert len(links) == 2
    assert [link["properties"].get("endDate") for link in links] == [["2020"], None]


def test_entity_ids_are_distinct_for_distinct_record_ids() -> None:
    assert ftm.entity_id("org:a_b") != ftm.entity_id("org:a-b")
    assert ftm.entity_id("org:a_b") == "mineralpact-org-a--b"


def test_a_non_dataset_is_refused_with_the_project_error(tmp_path: Path) -> None:
    with pytest.raises(InvalidTypeError, match=r"ftm\.entities data"):
        list(ftm.entities([]))  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"ftm\.write data"):
        ftm.write("data", tmp_path / "x.json")  # type: ignore[arg-type]
    assert not (tmp_path / "x.json").exists()


def test_write_gives_json_lines_of_the_entities(tmp_path: Path) -> None:
    data = korea_mongolia()
    path = ftm.write(data, tmp_path / "out.ftm.json")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == list(ftm.entities(data))
    assert [p.name for p in tmp_path.iterdir()] == ["out.ftm.json"]


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_the_cli_writes_the_entities_file(tmp_path: Path) -> None:
    status, out, err = _run("export", "--format", "ftm", str(tmp_path / "out"))
    assert status == 0, err
    path = tmp_path / "out" / "entities.ftm.json"
    assert out.splitlines() == [str(path)]
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["entities.ftm.json"]
    written = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert written == list(ftm.entities(korea_mongolia()))


def test_the_cli_refuses_a_unit_with_ftm(tmp_path: Path) -> None:
    status, _, err = _run("export", "--format", "ftm", "--unit", "t", str(tmp_path / "out"))
    assert status != 0
    assert "--unit" in err
    assert not (tmp_path / "out").exists()


def test_the_cli_refuses_a_partition_with_ftm(tmp_path: Path) -> None:
    # The entities have no figures to lay out: the option would be silently ignored.
    out = str(tmp_path / "out")
    status, _, err = _run("export", "--format", "ftm", "--partition-by", "year", out)
    assert status != 0
    assert "--partition-by" in err
    assert not (tmp_path / "out").exists()


def test_on_python_3_10_the_error_says_the_extra_needs_3_11() -> None:
    error = ftm._missing_extra((3, 10))
    assert isinstance(error, MissingExtraError)
    assert "Python 3.11 or later" in str(error)
    assert 'pip install "mineralpact[ftm]"' in str(error)
    assert "3.11" not in str(ftm._missing_extra((3, 11)))
