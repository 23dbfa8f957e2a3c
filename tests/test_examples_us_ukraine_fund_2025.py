"""The US–Ukraine minerals agreement example: its life cycle, its fund, and its signatories.

The example is loaded from its file (examples are scripts, not a package).
The tests check the answers an analyst asks of it: the two signing dates,
each with its sources; the status on given days (never in force: no source
states the entry into force); the fund the agreement establishes, with the
DFC as a partner; the posts Svyrydenko held; the reason a source gives for a
date; and that the dataset round-trips through JSON exactly.
"""

from __future__ import annotations

import datetime

import pytest

from _report_examples import build, citations, run
from mineralpact import (
    Agreement,
    Dataset,
    EntryKind,
    Event,
    InstrumentStatus,
    Organisation,
    OrganisationKind,
    PartialDate,
    Position,
    Source,
    StageKind,
    dumps,
    loads,
)

NAME = "us_ukraine_fund_2025"
AGREEMENT = "agreement:us-ua-reconstruction-fund-2025"
FUND = "org:us-ua-reconstruction-investment-fund"
D = PartialDate


@pytest.fixture(scope="module")
def data() -> Dataset:
    return build(NAME)


@pytest.fixture(scope="module")
def agreement(data: Dataset) -> Agreement:
    return data.get(AGREEMENT, Agreement)


def test_the_title_is_as_svyrydenko_gives_it(agreement: Agreement) -> None:
    assert agreement.title == (
        "Agreement on the Establishment of a United States–Ukraine Reconstruction Investment Fund"
    )
    assert agreement.parties == frozenset({"country:us", "country:ua"})
    assert agreement.place is not None
    assert agreement.place.city == "Washington"


def test_both_signing_dates_are_kept_with_their_sources(agreement: Agreement) -> None:
    claims = {c.value: c.sources for c in agreement.dates}
    assert claims == {
        D(2025, 4, 30): {
            "src:ukrinform-2025-05-08",
            "src:deep-dive-treasury-2025-04-30",
            "src:hromadske-2025-05-08",
        },
        D(2025, 5, 1): {"src:pravda-2025-05-08", "src:pravda-2025-08-06"},
    }
    assert agreement.disputed
    assert agreement.date is None
    # No source gives a reason for the signing dates: none is made up.
    assert all(c.reason is None for c in agreement.dates)


def test_the_signatories_sign_for_their_countries_in_their_posts(
    data: Dataset, agreement: Agreement
) -> None:
    signed = {
        s.person: (s.on_behalf_of, data.get(s.position or "", Position).title)
        for s in agreement.signatories
    }
    assert signed == {
        "person:scott-bessent": ("country:us", "Secretary of the Treasury"),
        "person:yulia-svyrydenko": (
            "country:ua",
            "First Deputy Prime Minister and Minister of Economy",
        ),
    }


def test_ukraine_ratified_it_by_the_rada_and_entry_into_force_is_a_condition(
    agreement: Agreement,
) -> None:
    ratified, in_force = agreement.stages
    assert (ratified.kind, ratified.party, ratified.by, ratified.date) == (
        StageKind.RATIFIED,
        "country:ua",
        "org:ua-verkhovna-rada",
        D(2025, 5, 8),
    )
    assert in_force.kind is StageKind.IN_FORCE
    assert not in_force.reported
    assert in_force.condition is not None
    assert "later diplomatic note" in in_force.condition
    assert agreement.pending == (in_force,)


@pytest.mark.parametrize(
    ("day", "whole", "ukraine"),
    [
        (D(2025, 4, 29), InstrumentStatus.NOT_CONCLUDED, InstrumentStatus.NOT_CONCLUDED),
        (D(2025, 4, 30), InstrumentStatus.UNKNOWN, InstrumentStatus.UNKNOWN),
        (D(2025, 5, 2), InstrumentStatus.SIGNED, InstrumentStatus.SIGNED),
        (D(2025, 5, 8), InstrumentStatus.SIGNED, InstrumentStatus.RATIFIED),
        (D(2025, 5, 23), InstrumentStatus.SIGNED, InstrumentStatus.RATIFIED),
        (datetime.date.today(), InstrumentStatus.SIGNED, InstrumentStatus.RATIFIED),
    ],
)
def test_the_status_on_each_day_is_what_the_sources_tell(
    agreement: Agreement,
    day: PartialDate | datetime.date,
    whole: InstrumentStatus,
    ukraine: InstrumentStatus,
) -> None:
    assert agreement.status_on(day) is whole
    assert agreement.status_on(day, party="country:ua") is ukraine


def test_the_notes_are_reported_but_entry_into_force_is_never_inferred(
    data: Dataset, agreement: Agreement
) -> None:
    note = data.get("event:us-diplomatic-note-received", Event)
    assert note.date == D(2025, 5, 23)
    assert note.agreements == frozenset({AGREEMENT})
    assert InstrumentStatus.IN_FORCE not in {
        agreement.status_on(D(2025, 5, 23) if day is None else day, party=party)
        for day in (None, datetime.date.today())
        for party in (None, "country:ua", "country:us")
    }


def test_it_establishes_the_fund_with_the_dfc_as_the_us_partner(data: Dataset) -> None:
    fund = data.get(FUND, Organisation)
    assert fund.kind is OrganisationKind.FUND
    assert [a.id for a in data.established_by(FUND)] == [AGREEMENT]
    assert {m.member for m in fund.members} == {"org:us-dfc", "org:ua-ppp-agency"}
    dfc = data.get("org:us-dfc", Organisation)
    assert dfc.jurisdiction is not None
    assert dfc.jurisdiction.alpha2 == "US"
    (membership,) = [m for m in fund.members if m.member == "org:us-dfc"]
    assert "src:ukrinform-2025-06-05" in {c.source for c in membership.citations}


def test_svyrydenkos_posts_on_30_april_and_1_august(data: Dataset) -> None:
    posts = {p.title: p for p in data.of_type(Position) if p.person == "person:yulia-svyrydenko"}
    first_deputy = posts["First Deputy Prime Minister and Minister of Economy"]
    prime_minister = posts["Prime Minister"]
    assert prime_minister.since == D(2025, 7, 17)
    assert first_deputy.held_on(D(2025, 4, 30)) is True
    assert prime_minister.held_on(D(2025, 4, 30)) is False
    # Prime Minister from 17 July, reported as such on 6 August; the sources
    # state no end of either post, and the model does not bridge the gap.
    assert prime_minister.held_on(D(2025, 8, 6)) is True
    assert prime_minister.held_on(D(2025, 8, 1)) is None
    assert first_deputy.held_on(D(2025, 8, 1)) is None


def test_the_bill_registration_keeps_the_reason_its_source_gives(data: Dataset) -> None:
    bill = data.get("event:ua-ratification-bill-0309-registered", Event)
    reasons = {c.value: c.reason for c in bill.dates}
    assert reasons[D(2025, 5, 2)] is None
    assert reasons[D(2025, 5, 1)] == (
        "registered formally at 23:59 on 1 May, in fact on the night of 2 May"
    )
    found = {d.subject: d for d in data.disagreements()}
    assert set(found) == {AGREEMENT, bill.id}
    assert "reason: registered formally at 23:59 on 1 May" in str(found[bill.id])


def test_every_source_has_a_url_and_a_publisher_and_every_fact_a_quotation(
    data: Dataset,
) -> None:
    for source in data.of_type(Source):
        assert source.url is not None
        assert source.url.startswith("https://")
        assert source.publisher is not None
    for citation in citations(data):
        assert citation.quotation, citation


def test_the_timeline_shows_the_signing_and_the_ratification(data: Dataset) -> None:
    entries = [(str(e.when), e.kind) for e in data.timeline() if e.record == AGREEMENT]
    assert entries == [
        ("2025-04-30", EntryKind.AGREEMENT),
        ("2025-05-01", EntryKind.AGREEMENT),
        ("2025-05-08", EntryKind.STAGE),
    ]


def test_the_dataset_round_trips_exactly(data: Dataset) -> None:
    assert loads(dumps(data)) == data
    assert dumps(loads(dumps(data))) == dumps(data)


def test_the_script_runs_and_prints_the_answers() -> None:
    out = run(NAME)
    assert "2025-04-29: not_concluded; for Ukraine: not_concluded" in out
    assert "2025-05-08: signed; for Ukraine: ratified" in out
    assert "in_force" not in out.split("pending:")[0]
    assert "reason: registered formally at 23:59" in out
    assert "2025-04-30: First Deputy Prime Minister and Minister of Economy: held" in out
    assert "2025-08-01: Prime Minister: not told" in out
