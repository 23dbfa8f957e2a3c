"""The EU Critical Raw Materials Act example: a union's regulation, its stages and its lists.

The example is loaded from its file (examples are scripts, not a package).
The tests check the facts the issue names (the designation, the dates of the
title, publication and entry into force, the tiers and the entries with a
grade or a named part of a group), the answers an analyst asks for (status
on a day, what a mineral query finds, the disputed entry into force), that
every quotation is one the sources give, and that the dataset round-trips.
"""

from __future__ import annotations

import pytest

from _report_examples import Report, ReportChecks, citations, get, report_fixtures, sources_of
from mineralpact import (
    Dataset,
    InstrumentStatus,
    Law,
    LawKind,
    MineralForm,
    MineralList,
    Organisation,
    OrganisationKind,
    PartialDate,
    Source,
    StageKind,
    dumps,
    loads,
)

REPORT = Report("eu_critical_raw_materials_act")
D = PartialDate
LAW = "law:eu-crma-2024"
STRATEGIC = "list:eu-strategic-raw-materials-2024"
CRITICAL = "list:eu-critical-raw-materials-2024"
MAGNETS = "form:ree-for-permanent-magnets"

data, _ = report_fixtures(REPORT)

#: The quotations the sources give, copied from the stored pages, by source.
QUOTED = {
    "src:eur-lex-2024-1252": {
        "REGULATION (EU) 2024/1252 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL of 11 April 2024 "
        "establishing a framework for ensuring a secure and sustainable supply of critical raw "
        "materials",
        "(OJ L 1252 3.5.2024, p. 1)",
    },
    "src:uria-2024-05-09": {
        "Regulation (EU) 2024/1252 of 11 April 2024, establishing a framework for ensuring a "
        "secure and sustainable supply of critical raw materials was published on 3 May 2024."
    },
    "src:ec-luxembourg-2024-05-23": {
        "Today marks the entry into force of the European Critical Raw Materials Act"
    },
    "src:linklaters-2024-05-24": {
        "The Critical Raw Materials Act (“CRMA”) entered into force on 23 May 2024."
    },
    "src:nicola-bernard-crma": {
        "The regulation came into force on the twentieth day after publication in the Official "
        "Journal of the EU, on 23 May 2024."
    },
    "src:euchems-crma": {
        "On 26 May, the European Critical Raw Materials Act (CRMA) entered into force."
    },
    "src:licorne-council-approval": {"was adopted by the Council one year later, on 18 March 2024"},
    "src:gesetze-legal-2024-1252-annex-i": {
        "Die folgenden Rohstoffe gelten als strategisch:",
        "Kobalt",
        "Kupfer",
        "Lithium — Batteriequalität",
        "Nickel — Batteriequalität",
        "Seltenerdmetalle für Dauermagnete (Nd, Pr, Tb, Dy, Gd, Sm und Ce)",
    },
    "src:gesetze-legal-2024-1252-annex-ii": {
        "Die folgenden Rohstoffe gelten als kritisch:",
        "Kobalt",
        "Kupfer",
        "Lithium",
        "Nickel — Batteriequalität",
    },
}


class TestReport(ReportChecks):
    report = REPORT

    def test_the_report_alone_has_no_disagreement_and_no_warning(self, data: Dataset) -> None:
        # The one disagreement is the entry into force: see below.
        assert len(data.disagreements()) == 1
        assert data.warnings == ()


# --- the sources and their quotations ------------------------------------------------


def test_every_citation_quotes_its_source_as_stored(data: Dataset) -> None:
    quoted = citations(data)
    assert quoted
    for citation in quoted:
        assert citation.quotation in QUOTED[citation.source], citation
    assert {c.source for c in quoted} == set(QUOTED)


def test_the_annexes_are_quoted_in_german_and_nothing_else_is(data: Dataset) -> None:
    german = {s.id for s in data.of_type(Source) if s.language == "de"}
    assert german == {"src:gesetze-legal-2024-1252-annex-i", "src:gesetze-legal-2024-1252-annex-ii"}
    for source in data.of_type(Source):
        assert source.url is not None
        assert source.url.startswith("https://")
        assert source.publisher


def test_the_forms_give_english_names_and_cite_the_german_entries(data: Dataset) -> None:
    forms = {f.id: f for f in data.of_type(MineralForm)}
    assert {i: (f.name, f.of, f.qualifier) for i, f in forms.items()} == {
        "form:lithium-battery-grade": ("lithium (battery grade)", "element:li", "battery grade"),
        "form:nickel-battery-grade": ("nickel (battery grade)", "element:ni", "battery grade"),
        MAGNETS: (
            "rare earth elements for permanent magnets",
            "group:ree",
            "for permanent magnets",
        ),
    }
    magnets = forms[MAGNETS]
    assert magnets.only == frozenset(
        f"element:{s}" for s in ("nd", "pr", "tb", "dy", "gd", "sm", "ce")
    )
    assert [c.quotation for c in magnets.citations] == [
        "Seltenerdmetalle für Dauermagnete (Nd, Pr, Tb, Dy, Gd, Sm und Ce)"
    ]


# --- the union and its law ------------------------------------------------------------


def test_the_eu_is_a_supranational_union_without_stated_members(data: Dataset) -> None:
    eu = get(data, "org:eu", Organisation)
    assert eu.kind is OrganisationKind.SUPRANATIONAL_UNION
    assert eu.matches("European Union")
    assert eu.matches("EU")
    assert eu.jurisdiction is None
    assert eu.members == ()  # no source at hand states them
    council = get(data, "org:eu-council", Organisation)
    assert council.parent == "org:eu"


def test_the_law_is_the_eus_regulation_2024_1252(data: Dataset) -> None:
    law = get(data, LAW, Law)
    assert law.kind is LawKind.REGULATION
    assert law.designation == "Regulation (EU) 2024/1252"
    assert law.title.startswith(
        "Regulation (EU) 2024/1252 of the European Parliament and of the Council of 11 April 2024 "
        "establishing a framework for ensuring a secure and sustainable supply of critical raw "
        "materials"
    )
    assert law.issuer == law.jurisdiction == "org:eu"
    assert law.minerals == frozenset({STRATEGIC, CRITICAL})


def test_the_stages_are_adopted_signed_published_and_in_force(data: Dataset) -> None:
    law = get(data, LAW, Law)
    stages = [(s.kind, s.by, [c.value for c in s.dates]) for s in law.stages]
    assert stages == [
        (StageKind.ADOPTED, "org:eu-council", [D(2024, 3, 18)]),
        (StageKind.SIGNED, None, [D(2024, 4, 11)]),
        (StageKind.PUBLISHED, None, [D(2024, 5, 3)]),
        (StageKind.IN_FORCE, None, [D(2024, 5, 23), D(2024, 5, 26)]),
    ]
    assert law.pending == ()
    published = law.stages[2].dates[0]
    assert sources_of(published) == {"src:eur-lex-2024-1252", "src:uria-2024-05-09"}


def test_the_entry_into_force_on_23_may_has_three_sources_and_the_rule(data: Dataset) -> None:
    twenty_third, _ = get(data, LAW, Law).stages[3].dates
    assert sources_of(twenty_third) == {
        "src:ec-luxembourg-2024-05-23",
        "src:linklaters-2024-05-24",
        "src:nicola-bernard-crma",
    }
    assert any(
        "twentieth day after publication" in (c.quotation or "") for c in twenty_third.citations
    )


def test_euchems_26_may_is_kept_as_a_claim_that_disagrees(data: Dataset) -> None:
    law = get(data, LAW, Law)
    assert law.stages[3].disputed
    assert law.stages[3].date is None  # no date every source allows
    (disagreement,) = data.disagreements()
    assert disagreement.subject == LAW
    assert disagreement.aspect == "stages[3].dates"
    assert [(c.value, c.sources) for c in disagreement.claims] == [
        (
            D(2024, 5, 23),
            frozenset(
                {
                    "src:ec-luxembourg-2024-05-23",
                    "src:linklaters-2024-05-24",
                    "src:nicola-bernard-crma",
                }
            ),
        ),
        (D(2024, 5, 26), frozenset({"src:euchems-crma"})),
    ]


@pytest.mark.parametrize(
    ("day", "status"),
    [
        (D(2024, 3, 1), InstrumentStatus.NOT_CONCLUDED),
        (D(2024, 4, 1), InstrumentStatus.ADOPTED),
        (D(2024, 4, 11), InstrumentStatus.SIGNED),
        (D(2024, 5, 3), InstrumentStatus.PUBLISHED),
        (D(2024, 5, 22), InstrumentStatus.PUBLISHED),
        # In force by one account, not yet by the other.
        (D(2024, 5, 23), InstrumentStatus.UNKNOWN),
        (D(2024, 5, 25), InstrumentStatus.UNKNOWN),
        (D(2024, 5, 26), InstrumentStatus.IN_FORCE),
        (D(2025), InstrumentStatus.IN_FORCE),
    ],
)
def test_the_status_on_a_day(data: Dataset, day: PartialDate, status: InstrumentStatus) -> None:
    assert get(data, LAW, Law).status_on(day) is status


def test_the_timeline_shows_each_stage_and_marks_the_disputed_ones(data: Dataset) -> None:
    entries = [(e.when, e.stage, e.disputed) for e in data.timeline()]
    assert entries == [
        (D(2024, 3, 18), StageKind.ADOPTED, False),
        (D(2024, 4, 11), StageKind.SIGNED, False),
        (D(2024, 5, 3), StageKind.PUBLISHED, False),
        (D(2024, 5, 23), StageKind.IN_FORCE, True),
        (D(2024, 5, 26), StageKind.IN_FORCE, True),
    ]


# --- the lists --------------------------------------------------------------------


def test_the_strategic_list_lies_within_the_critical_one_and_both_are_partial(
    data: Dataset,
) -> None:
    strategic = get(data, STRATEGIC, MineralList)
    critical = get(data, CRITICAL, MineralList)
    assert strategic.within == CRITICAL
    assert critical.within is None
    assert not strategic.complete
    assert not critical.complete
    for annex in (strategic, critical):
        assert annex.issuer == annex.jurisdiction == "org:eu"
        assert annex.published == D(2024, 5, 3)


def test_the_entries_keep_the_grades_of_each_annex(data: Dataset) -> None:
    # Lithium is battery grade in Annex I only; nickel is in both annexes.
    assert get(data, STRATEGIC, MineralList).entries == (
        "element:co",
        "element:cu",
        "form:lithium-battery-grade",
        "form:nickel-battery-grade",
        MAGNETS,
    )
    assert get(data, CRITICAL, MineralList).entries == (
        "element:co",
        "element:cu",
        "element:li",
        "form:nickel-battery-grade",
    )


def test_neodymium_finds_the_strategic_list_through_the_magnets_entry(data: Dataset) -> None:
    assert [r.id for r in data.query(type=MineralList, mineral="Nd")] == [STRATEGIC]
    assert [r.id for r in data.query(mineral="neodymium")] == [LAW, MAGNETS, STRATEGIC]


@pytest.mark.parametrize("mineral", ["La", "element:la", "Y", "lutetium"])
def test_another_rare_earth_is_not_reached_through_the_magnets_entry(
    data: Dataset, mineral: str
) -> None:
    assert data.query(mineral=mineral) == ()
    assert data.elements_of(mineral).isdisjoint(data.elements_of(MAGNETS))


def test_lithium_finds_both_tiers(data: Dataset) -> None:
    assert [r.id for r in data.query(type=MineralList, mineral="Li")] == [CRITICAL, STRATEGIC]


# --- the file and the script --------------------------------------------------------


def test_the_dataset_round_trips_exactly(data: Dataset) -> None:
    written = dumps(data)
    assert loads(written, Dataset) == data
    assert dumps(loads(written, Dataset)) == written


def test_the_script_prints_the_stages_status_lists_query_and_dispute() -> None:
    out = REPORT.run()
    assert "2024-05-24: unknown" in out
    assert "2024-06-01: in_force" in out
    assert "2024-04-20: signed" in out
    assert "rare earth elements for permanent magnets (form:ree-for-permanent-magnets)" in out
    assert f"(partial, within {CRITICAL})" in out
    assert f"Nd: {LAW}, {MAGNETS}, {STRATEGIC}" in out
    assert "La: nothing" in out
    assert (
        "law:eu-crma-2024 stages[3].dates: 2024-05-23 (src:ec-luxembourg-2024-05-23, "
        "src:linklaters-2024-05-24, src:nicola-bernard-crma); 2024-05-26 (src:euchems-crma)"
    ) in out
