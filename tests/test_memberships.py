"""International parties and their members over time.

The European Union as a party to agreements and as the issuer and
jurisdiction of a list; France a member since 1958 and the United Kingdom
until 2020-01-31; a country query that reaches the Union's records through
membership, at their date.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given

from mineralpact import (
    Agreement,
    AgreementKind,
    Citation,
    Dataset,
    DateClaim,
    InvalidDatasetError,
    InvalidIdError,
    InvalidTypeError,
    Membership,
    MineralList,
    Name,
    NameKind,
    Organisation,
    OrganisationKind,
    PartialDate,
    Source,
    SourceKind,
    dumps,
    loads,
)
from mineralpact.cli import main
from mineralpact.strategies import memberships, organisations

CITE = (Citation("src:x"),)
SOURCE = Source(id="src:x", title="A report", kind=SourceKind.OTHER)
FRANCE = Membership("country:fr", since=PartialDate(1958, 1, 1), citations=CITE)
UK = Membership(
    "country:gb", since=PartialDate(1973, 1, 1), until=PartialDate(2020, 1, 31), citations=CITE
)
EU = Organisation(
    id="org:eu",
    names=(Name("European Union"), Name("EU", kind=NameKind.ABBREVIATION)),
    kind=OrganisationKind.SUPRANATIONAL_UNION,
    members=(FRANCE, UK),
    citations=CITE,
)


def eu_agreement(year: int) -> Agreement:
    return Agreement(
        id=f"agreement:eu-cl-{year}",
        kind=AgreementKind.AGREEMENT,
        parties=frozenset({"org:eu", "country:cl"}),
        dates=(DateClaim(PartialDate(year), CITE),),
        citations=CITE,
    )


EU_LIST = MineralList(
    id="list:eu-strategic-raw-materials",
    title="Strategic raw materials",
    issuer="org:eu",
    jurisdiction="org:eu",
    published=PartialDate(2024, 5, 3),
    entries=("element:li",),
    citations=CITE,
)


def eu_data() -> Dataset:
    return Dataset((SOURCE, EU, eu_agreement(2015), eu_agreement(2024), EU_LIST))


def ids(records: tuple[object, ...]) -> list[str]:
    return [getattr(record, "id", "") for record in records]


# --- the acceptance case --------------------------------------------------------


def test_france_including_as_an_eu_member_finds_an_eu_agreement_of_2024() -> None:
    data = eu_data()
    assert ids(data.query(type=Agreement, country="FR")) == []
    assert ids(data.query(type=Agreement, country="FR", through_membership=True)) == [
        "agreement:eu-cl-2015",
        "agreement:eu-cl-2024",
    ]


def test_the_uk_finds_the_eu_agreement_of_2015_but_not_that_of_2024() -> None:
    data = eu_data()
    assert ids(data.query(type=Agreement, country="GB", through_membership=True)) == [
        "agreement:eu-cl-2015"
    ]
    entries = data.timeline(country="GB", through_membership=True)
    assert [entry.record for entry in entries] == ["agreement:eu-cl-2015"]


def test_a_list_is_dated_by_its_publication() -> None:
    data = eu_data()
    assert EU_LIST in data.query(type=MineralList, country="FR", through_membership=True)
    assert EU_LIST not in data.query(type=MineralList, country="GB", through_membership=True)


def test_a_pair_of_countries_can_meet_through_membership() -> None:
    data = eu_data()
    pair = data.query(type=Agreement, countries=("FR", "CL"), through_membership=True)
    assert ids(pair) == ["agreement:eu-cl-2015", "agreement:eu-cl-2024"]
    assert data.query(type=Agreement, countries=("FR", "CL")) == ()


def test_members_on_a_date() -> None:
    assert EU.members_on(PartialDate(2015)) == {"country:fr", "country:gb"}
    assert EU.members_on(PartialDate(2024)) == {"country:fr"}
    # The UK left within 2020: only France was a member on every day of it.
    assert EU.members_on(PartialDate(2020)) == {"country:fr"}
    assert EU.members_on(PartialDate(2020, 1, 31)) == {"country:fr", "country:gb"}
    assert EU.members_on(PartialDate(1957)) == frozenset()
    assert UK.held_on(PartialDate(2020)) is None


# --- the value and the record ---------------------------------------------------------


def test_the_new_organisation_kinds() -> None:
    assert {
        OrganisationKind("supranational_union"),
        OrganisationKind("intergovernmental_organisation"),
        OrganisationKind("partnership"),
        OrganisationKind("forum"),
    } == {
        OrganisationKind.SUPRANATIONAL_UNION,
        OrganisationKind.INTERGOVERNMENTAL_ORGANISATION,
        OrganisationKind.PARTNERSHIP,
        OrganisationKind.FORUM,
    }


def test_a_membership_refuses_bad_values() -> None:
    with pytest.raises(InvalidIdError, match=r"Membership\.member"):
        Membership("person:x")
    with pytest.raises(InvalidTypeError, match=r"Membership\.since"):
        Membership("country:fr", since="1958")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"Membership\.held_on"):
        FRANCE.held_on("2024")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"Organisation\.members"):
        attrs.evolve(EU, members=[FRANCE])  # type: ignore[arg-type]


def test_an_organisation_cannot_be_its_own_member() -> None:
    with pytest.raises(InvalidIdError, match=r"Organisation\.members\[1\]\.member") as caught:
        attrs.evolve(EU, members=(FRANCE, Membership("org:eu")))
    assert caught.value.reason == "an organisation cannot be its own member"


def test_members_are_references() -> None:
    assert [(path, ref) for path, ref in EU.references() if ref != "src:x"] == [
        ("members[0].member", "country:fr"),
        ("members[1].member", "country:gb"),
    ]
    g7 = Organisation(
        id="org:g7",
        names=(Name("Group of Seven"),),
        kind=OrganisationKind.FORUM,
        members=(Membership("org:eu"), Membership("org:nowhere")),
        citations=CITE,
    )
    with pytest.raises(InvalidDatasetError) as caught:
        Dataset((SOURCE, EU, g7))
    assert [(p.path, p.code) for p in caught.value.problems] == [
        ("$.records[2].members[1].member", "missing-reference")
    ]


def test_a_membership_that_ends_before_it_starts_is_reported() -> None:
    backwards = attrs.evolve(UK, since=PartialDate(2020, 2), until=PartialDate(2020, 1, 31))
    with pytest.raises(InvalidDatasetError) as caught:
        Dataset((SOURCE, attrs.evolve(EU, members=(FRANCE, backwards))))
    assert [(p.path, p.code) for p in caught.value.problems] == [
        ("$.records[1].members[1].until", "ends-before-starts")
    ]


def test_the_query_flag_must_be_a_bool() -> None:
    with pytest.raises(InvalidTypeError, match="through_membership"):
        eu_data().query(country="FR", through_membership="yes")  # type: ignore[arg-type]


# --- JSON -------------------------------------------------------------------------------


def test_members_round_trip_and_are_left_out_when_empty() -> None:
    data = eu_data()
    text = dumps(data)
    assert loads(text) == data
    records = json.loads(text)["records"]
    assert records[1]["members"][1] == {
        "member": "country:gb",
        "since": "1973-01-01",
        "until": "2020-01-31",
        "citations": [{"source": "src:x"}],
    }
    assert "members" not in json.loads(dumps(attrs.evolve(EU, members=())))


@given(organisations())
def test_generated_organisations_round_trip(organisation: Organisation) -> None:
    assert loads(dumps(organisation), Organisation) == organisation


@given(memberships())
def test_generated_memberships_round_trip(membership: Membership) -> None:
    assert loads(dumps(membership), Membership) == membership


# --- the command line --------------------------------------------------------------------


def test_the_command_line_reaches_through_membership(tmp_path: Path) -> None:
    path = tmp_path / "eu.json"
    path.write_text(dumps(eu_data()), encoding="utf-8")

    def timeline(*args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        status = main(["timeline", "--data", str(path), *args], stdout=out, stderr=err)
        return status, out.getvalue(), err.getvalue()

    status, out, _ = timeline("--country", "GB", "--through-membership")
    assert status == 0
    assert "agreement:eu-cl-2015" in out
    assert "agreement:eu-cl-2024" not in out
    status, out, _ = timeline("--country", "FR", "--through-membership")
    assert status == 0
    assert "agreement:eu-cl-2015" in out
    assert "agreement:eu-cl-2024" in out
    status, out, _ = timeline("--country", "FR")
    assert status == 0
    assert "agreement:eu" not in out
    status, _, err = timeline("--through-membership")
    assert status == 1
    assert "--through-membership needs --country" in err
