"""The Dataset: checks, look-ups, queries, timeline, disagreements and merge.

The records are facts of the five seed texts and of the corroborating reports,
stated by hand here (the bundled dataset is tested elsewhere).
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from decimal import Decimal

import attrs
import pytest

from mineralpact.agreements import Agreement, AgreementKind, Scope, Signatory
from mineralpact.codes import Country, Subdivision
from mineralpact.dataset import Claim, Dataset, Disagreement, EntryKind, Record, TimelineEntry
from mineralpact.dates import DateRange, Deadline, PartialDate, QualifiedDate
from mineralpact.errors import (
    InvalidCodeError,
    InvalidDatasetError,
    InvalidIdError,
    InvalidTypeError,
    MineralpactError,
    Problem,
    RecordNotFoundError,
    Severity,
)
from mineralpact.events import Event, EventKind, Participant
from mineralpact.figures import Basis, Figure, Measure
from mineralpact.milestones import Milestone, MilestoneKind, MilestoneStatus
from mineralpact.minerals import MineralGroup
from mineralpact.parties import Name, NameKind, Organisation, OrganisationKind, Person, Position
from mineralpact.places import Place
from mineralpact.projects import Facility, FacilityKind, FundingInstrument, Project
from mineralpact.quantities import Quantity, Rank, Share
from mineralpact.sources import Citation, Confidence, DateClaim, Source, SourceKind

D = PartialDate
KR, MN = Country("KR"), Country("MN")

HERALD = "src:korea-herald-2023-01-26"
KOREA_NET = "src:korea-net-2025-03-12"
TIMES = "src:korea-times-2025-09-22"
ASIA_REVIEW = "src:asia-review"
SEDAILY = "src:sedaily-2025-12-15"
YONHAP_2023 = "src:yonhap-2023-02-15"
YONHAP_2025 = "src:yonhap-2025-12-11"
USGS = "src:usgs-mcs-2026"


def cite(source: str, quotation: str | None = None, phrase: str | None = None) -> Citation:
    return Citation(source, quotation=quotation, phrase=phrase)


def claim(value: object, *citations: Citation) -> DateClaim:
    return DateClaim(value, citations)  # type: ignore[arg-type]


def sources() -> list[Record]:
    def news(id: str, title: str, published: object, **kw: object) -> Source:
        return Source(
            id=id,
            title=title,
            kind=SourceKind.NEWS_REPORT,
            published=published,  # type: ignore[arg-type]
            **kw,  # type: ignore[arg-type]
        )

    return [
        news(HERALD, "KT, Mongolia team up on rare earths supply", D(2023, 1, 26)),
        news(KOREA_NET, "Rare metals joint committee", D(2025, 3, 12)),
        news(TIMES, "Korea pushes mineral cooperation with Mongolia", D(2025, 9, 22)),
        news(
            ASIA_REVIEW,
            "Korea and Mongolia Strengthen Rare Metals Cooperation",
            Deadline(D(2026, 3, 21)),
            confidence=Confidence.LOW,
        ),
        news(
            SEDAILY,
            "Korea Establishes Rare Metal Research Hub in Resource-Rich Mongolia",
            QualifiedDate.uncertain(D(2025, 12, 15)),
            confidence=Confidence.LOW,
        ),
        news(YONHAP_2023, "Korea, Mongolia sign MOU on rare metals", D(2023, 2, 15)),
        news(YONHAP_2025, "Rare metal centre opens in Ulaanbaatar", D(2025, 12, 11)),
        Source(id=USGS, title="Mineral Commodity Summaries 2026", kind=SourceKind.DATASET),
    ]


def parties() -> list[Record]:
    def org(id: str, name: str, kind: OrganisationKind, **kw: object) -> Organisation:
        return Organisation(
            id=id,
            names=(Name(name),),
            kind=kind,
            citations=(cite(HERALD),),
            **kw,  # type: ignore[arg-type]
        )

    def person(id: str, name: str) -> Person:
        return Person(id=id, names=(Name(name),), citations=(cite(HERALD),))

    return [
        org("org:mn-government", "Government of Mongolia", OrganisationKind.GOVERNMENT,
            jurisdiction=MN),
        org("org:mn-mining-ministry", "Ministry of Mining and Heavy Industry",
            OrganisationKind.MINISTRY, jurisdiction=MN, parent="org:mn-government"),
        org("org:kr-government", "Government of the Republic of Korea",
            OrganisationKind.GOVERNMENT, jurisdiction=KR),
        org("org:motie", "Ministry of Trade, Industry and Energy", OrganisationKind.MINISTRY,
            jurisdiction=KR, parent="org:kr-government"),
        org("org:kigam", "Korea Institute of Geoscience and Mineral Resources",
            OrganisationKind.RESEARCH_INSTITUTE, jurisdiction=KR),
        org("org:kt", "KT Corporation", OrganisationKind.COMPANY, jurisdiction=KR),
        Organisation(
            id="org:gcra",
            names=(
                Name("Geological Center for Research and Analysis", citations=(cite(KOREA_NET),)),
                Name("Geological Central Research Academy", kind=NameKind.ALIAS,
                     citations=(cite(SEDAILY),)),
                Name("GCRA", kind=NameKind.ABBREVIATION),
            ),
            kind=OrganisationKind.RESEARCH_INSTITUTE,
            jurisdiction=MN,
            citations=(cite(KOREA_NET), cite(SEDAILY)),
        ),
        person("person:ku-hyeon-mo", "Ku Hyeon-mo"),
        person("person:ganbaatar-jambal", "Ganbaatar Jambal"),
        person("person:park-il-jun", "Park Il-jun"),
        person("person:lee-ho-hyeon", "Lee Ho-hyeon"),
        person("person:uchral-nyam-osor", "Uchral Nyam-Osor"),
        Position(id="position:ku-kt-ceo", person="person:ku-hyeon-mo", organisation="org:kt",
                 title="CEO", citations=(cite(HERALD),)),
        Position(id="position:ganbaatar-minister", person="person:ganbaatar-jambal",
                 organisation="org:mn-mining-ministry", title="Minister",
                 citations=(cite(HERALD),)),
        Position(id="position:park-vice-minister", person="person:park-il-jun",
                 organisation="org:motie", title="2nd Vice Minister",
                 citations=(cite(YONHAP_2023),)),
        Position(id="position:lee-deputy-minister", person="person:lee-ho-hyeon",
                 organisation="org:motie", title="Deputy Minister for Energy Policy",
                 citations=(cite(KOREA_NET),)),
        Position(id="position:lee-vice-minister", person="person:lee-ho-hyeon",
                 organisation="org:motie", title="Vice Minister of Trade, Industry and Energy",
                 citations=(cite(TIMES),)),
        Position(id="position:uchral-digital-minister", person="person:uchral-nyam-osor",
                 organisation="org:mn-government",
                 title="Minister of Digital Development and Communications",
                 since=D(2022), citations=(cite(HERALD),)),
        Position(id="position:uchral-first-deputy-pm", person="person:uchral-nyam-osor",
                 organisation="org:mn-government",
                 title="First Deputy Prime Minister and Minister of Economy and Development",
                 citations=(cite(TIMES),)),
    ]  # fmt: skip


KT_MOU = Agreement(
    id="agreement:kt-mn-2023",
    kind=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
    title="Memorandum of understanding on mineral resources",
    parties=frozenset({"org:kt", "org:mn-mining-ministry"}),
    signatories=(
        Signatory(person="person:ku-hyeon-mo", on_behalf_of="org:kt",
                  position="position:ku-kt-ceo"),
        Signatory(person="person:ganbaatar-jambal", on_behalf_of="org:mn-mining-ministry",
                  position="position:ganbaatar-minister"),
    ),
    dates=(claim(D(2023, 1, 26), cite(HERALD, "said Thursday it has signed", "Thursday")),),
    place=Place(country=MN, city="Ulaanbaatar"),
    minerals=frozenset({"group:ree"}),
    scope=frozenset({Scope.SUPPLY, Scope.DIGITAL_TRANSFORMATION}),
    citations=(cite(HERALD),),
)  # fmt: skip

GOVERNMENT_MOU = Agreement(
    id="agreement:kr-mn-rare-metals-2023",
    kind=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
    title="MoU on supply chains for rare metals",
    parties=frozenset({"country:kr", "country:mn"}),
    signatories=(
        Signatory(person="person:park-il-jun", on_behalf_of="org:motie",
                  position="position:park-vice-minister"),
        Signatory(person="person:ganbaatar-jambal", on_behalf_of="org:mn-mining-ministry"),
    ),
    dates=(
        claim(D(2023, 2), cite(KOREA_NET, "signed in February 2023", "February 2023")),
        claim(D(2023, 2, 15), cite(YONHAP_2023)),
    ),
    place=Place(country=KR, city="Seoul"),
    minerals=frozenset({"list:kr-rare-metals"}),
    citations=(cite(KOREA_NET), cite(YONHAP_2023)),
)  # fmt: skip


def activity() -> list[Record]:
    return [
        KT_MOU,
        GOVERNMENT_MOU,
        Event(
            id="event:ku-appointed-cto",
            kind=EventKind.APPOINTMENT,
            title="Ku Hyeon-mo appointed Mongolia's chief technology officer",
            dates=(claim(D(2023, 1, 26), cite(HERALD)),),
            participants=(Participant(party="person:ku-hyeon-mo", role="appointee"),),
            citations=(cite(HERALD),),
        ),
        Event(
            id="event:joint-committee-1",
            kind=EventKind.COMMITTEE_SESSION,
            title="1st Korea-Mongolia Rare Metals Cooperation Joint Committee",
            dates=(claim(D(2023, 11, 20), cite(KOREA_NET, "the first talks on Nov. 20, 2023",
                                               "Nov. 20, 2023")),),
            place=Place(country=MN, city="Ulaanbaatar"),
            number=1,
            agreements=frozenset({GOVERNMENT_MOU.id}),
            citations=(cite(KOREA_NET),),
        ),
        Event(
            id="event:joint-committee-2",
            kind=EventKind.COMMITTEE_SESSION,
            title="2nd Korea-Mongolia Rare Metals Cooperation Joint Committee",
            dates=(claim(D(2025, 3, 12), cite(KOREA_NET, "on March 12 in Seoul", "March 12")),),
            place=Place(country=KR, city="Seoul"),
            participants=(
                Participant(party="person:lee-ho-hyeon", role="head of delegation",
                            position="position:lee-deputy-minister"),
                Participant(party="org:gcra"),
            ),
            number=2,
            agreements=frozenset({GOVERNMENT_MOU.id}),
            minerals=frozenset({"list:kr-rare-metals"}),
            citations=(cite(KOREA_NET),),
        ),
        Event(
            id="event:forum-2025",
            kind=EventKind.FORUM,
            title="Mongolia-Korea Critical Minerals & Mining Investment Forum 2025",
            dates=(claim(D(2025, 9, 22), cite(TIMES, "Monday", "Monday")),),
            place=Place(country=KR, city="Seoul"),
            participants=(Participant(party="person:uchral-nyam-osor", role="speaker",
                                      position="position:uchral-first-deputy-pm"),),
            citations=(cite(TIMES),),
        ),
        Project(
            id="project:rare-metal-centre-oda",
            title="Establishment of a Rare Metal Center",
            funders=frozenset({"country:kr"}),
            instrument=FundingInstrument.OFFICIAL_DEVELOPMENT_ASSISTANCE,
            executors=frozenset({"org:kigam"}),
            hosts=frozenset({"org:gcra"}),
            citations=(cite(SEDAILY),),
        ),
        Facility(
            id="facility:rare-metal-centre",
            names=(Name("Korea-Mongolia Rare Metal Cooperation Center"),),
            kind=FacilityKind.RESEARCH_CENTRE,
            project="project:rare-metal-centre-oda",
            host="org:gcra",
            place=Place(country=MN, city="Ulaanbaatar"),
            minerals=frozenset({"list:kr-rare-metals"}),
            citations=(cite(SEDAILY),),
        ),
        Milestone(
            id="milestone:centre-opening",
            subject="facility:rare-metal-centre",
            kind=MilestoneKind.OPENING,
            description="Rare Metal Cooperation Center opens",
            planned=(claim(D(2025, 11), cite(TIMES, "in November", "in November")),),
            actual=(
                claim(D(2025, 12, 12), cite(YONHAP_2025)),
                claim(D(2025, 1, 12), cite(SEDAILY, "in Ulaanbaatar on January 12",
                                           "January 12")),
            ),
            status=MilestoneStatus.MET,
            citations=(cite(TIMES), cite(SEDAILY), cite(YONHAP_2025)),
        ),
        Milestone(
            id="milestone:centre-equipment",
            subject="facility:rare-metal-centre",
            kind=MilestoneKind.EQUIPMENT_INSTALLED,
            description="Equipment installed at the centre",
            planned=(claim(Deadline(D(2025, 11)), cite(KOREA_NET, "to install by November",
                                                      "by November")),),
            status=MilestoneStatus.PLANNED,
            citations=(cite(KOREA_NET),),
        ),
    ]  # fmt: skip


def figures() -> list[Record]:
    rank = Figure(
        id="figure:mn-mo-rank-korea-net",
        subject="country:mn",
        measure=Measure.PRODUCTION,
        minerals=frozenset({"element:mo"}),
        value=Rank(8, scope="largest producers of molybdenum"),
        citations=(cite(KOREA_NET, "the world’s eighth-largest producer of molybdenum"),),
    )
    return [
        Figure(
            id="figure:mn-ree-share",
            subject="country:mn",
            measure=Measure.RESERVES,
            minerals=frozenset({"group:ree"}),
            value=Share(Decimal(16), of="global rare earth reserves"),
            citations=(cite(HERALD), cite(SEDAILY)),
        ),
        rank,
        attrs.evolve(rank, id="figure:mn-mo-rank-asia-review", citations=(cite(ASIA_REVIEW),)),
        Figure(
            id="figure:mn-mo-production-2024",
            subject="country:mn",
            measure=Measure.PRODUCTION,
            minerals=frozenset({"element:mo"}),
            value=Quantity(3110, "t"),
            basis=Basis.CONTAINED_METAL,
            period=D(2024),
            citations=(cite(USGS),),
        ),
        Figure(
            id="figure:mn-abundant",
            subject="country:mn",
            measure=Measure.RESERVES,
            minerals=frozenset({"element:mo", "element:ni", "element:sn"}),
            description="abundant reserves",
            citations=(cite(TIMES),),
        ),
    ]


def seed_records() -> list[Record]:
    return sources() + parties() + activity() + figures()


@pytest.fixture(scope="module")
def data() -> Dataset:
    return Dataset(tuple(seed_records()))


def problems_of(records: list[Record]) -> list[Problem]:
    with pytest.raises(InvalidDatasetError) as info:
        Dataset(tuple(records))
    return list(info.value.problems)


def replace(records: list[Record], record_id: str, **changes: object) -> list[Record]:
    return [attrs.evolve(r, **changes) if r.id == record_id else r for r in records]  # type: ignore[arg-type]


# --- building and checking ---------------------------------------------------


def test_seed_dataset_builds_and_keeps_its_records_in_order(data: Dataset) -> None:
    assert list(data.records) == seed_records()
    assert len(data) == len(seed_records())
    assert list(data) == list(data.records)
    assert "org:kigam" in data
    assert "org:nobody" not in data


def test_a_milestone_met_before_it_was_planned_is_a_warning_not_an_error(data: Dataset) -> None:
    # "January 12" (Seoul Economic Daily) is before the Korea Times of 2025-09-22
    # still announced the opening for November: suspicious, but the source says it.
    # Yonhap, of 2025-12-11, is cited for the opening of 2025-12-12 as done:
    # a report may give a scheduled opening as done, so that too is a warning.
    i = next(i for i, r in enumerate(data.records) if r.id == "milestone:centre-opening")
    assert [(w.code, w.path, w.severity) for w in data.warnings] == [
        ("reported-before-done", f"$.records[{i}].actual[0].value", Severity.WARNING),
        ("met-before-planned", f"$.records[{i}].actual[1].value", Severity.WARNING),
    ]
    assert {w.record for w in data.warnings} == {"milestone:centre-opening"}
    assert Dataset.check(seed_records()) == data.warnings


def test_duplicate_ids_are_reported_with_the_first_place() -> None:
    records = seed_records()
    records.append(records[0])
    (problem,) = problems_of(records)
    assert problem.code == "duplicate-id"
    assert problem.path == f"$.records[{len(records) - 1}].id"
    assert "$.records[0]" in problem.message


def test_missing_references_and_unknown_sources_are_all_reported_at_once() -> None:
    records = replace(
        seed_records(),
        "org:mn-mining-ministry",
        parent="org:no-such-government",
        citations=(cite("src:no-such-report"),),
    )
    records = replace(records, "agreement:kt-mn-2023", minerals=frozenset({"element:zz"}))
    found = {(p.code, p.path) for p in problems_of(records)}
    i = next(i for i, r in enumerate(records) if r.id == "org:mn-mining-ministry")
    j = next(i for i, r in enumerate(records) if r.id == "agreement:kt-mn-2023")
    assert found == {
        ("missing-reference", f"$.records[{i}].parent"),
        ("unknown-source", f"$.records[{i}].citations[0].source"),
        ("missing-reference", f"$.records[{j}].minerals[0]"),
    }


def test_unknown_country_codes_are_missing_references() -> None:
    records = replace(seed_records(), "figure:mn-abundant", subject="country:zz")
    (problem,) = problems_of(records)
    assert problem.code == "missing-reference"
    assert "country:mn" in problem.expected
    assert problem.value == "'country:zz'"


def test_a_position_that_ends_before_it_starts() -> None:
    records = replace(
        seed_records(), "position:uchral-digital-minister", since=D(2024), until=D(2023, 6)
    )
    (problem,) = problems_of(records)
    assert problem.code == "ends-before-starts"
    assert problem.path.endswith(".until")
    assert problem.record == "position:uchral-digital-minister"


def test_a_position_within_one_year_is_not_ending_before_it_starts() -> None:
    # 2023 against 2023-06: cannot tell, so no problem.
    records = replace(
        seed_records(), "position:uchral-digital-minister", since=D(2023), until=D(2023, 6)
    )
    assert Dataset(tuple(records)).find("position:uchral-digital-minister") is not None


def test_a_name_that_ends_before_it_starts() -> None:
    records = seed_records()
    i = next(i for i, r in enumerate(records) if r.id == "org:motie")
    motie = records[i]
    assert isinstance(motie, Organisation)
    records[i] = attrs.evolve(motie, names=(Name("MOTIE", since=D(2025, 10), until=D(2025, 1)),))
    (problem,) = problems_of(records)
    assert (problem.code, problem.path) == ("ends-before-starts", f"$.records[{i}].names[0].until")


def test_shares_of_one_total_over_100_percent() -> None:
    other = Figure(
        id="figure:cn-ree-share",
        subject="country:cn",
        measure=Measure.RESERVES,
        minerals=frozenset({"group:ree"}),
        value=Share(Decimal(90), of="Global rare earth  reserves"),
        citations=(cite(USGS),),
    )
    (problem,) = problems_of([*seed_records(), other])
    assert problem.code == "shares-over-100"
    assert problem.value == "106 %"


def test_two_shares_for_one_subject_are_not_summed() -> None:
    second = Figure(
        id="figure:mn-ree-share-2",
        subject="country:mn",
        measure=Measure.RESERVES,
        minerals=frozenset({"group:ree"}),
        value=Share(Decimal(95), of="global rare earth reserves"),
        citations=(cite(USGS),),
    )
    data = Dataset((*seed_records(), second))
    (disagreement,) = [d for d in data.disagreements() if d.aspect == "value"]
    assert {c.record for c in disagreement.claims} == {"figure:mn-ree-share", second.id}


def test_a_signatory_acting_for_no_party() -> None:
    records = replace(
        seed_records(),
        "agreement:kt-mn-2023",
        parties=frozenset({"org:kt", "org:kigam"}),
    )
    (problem,) = problems_of(records)
    assert problem.code == "signatory-not-party"
    assert problem.path.endswith(".signatories[1].on_behalf_of")


def test_a_signatory_for_a_sub_organisation_of_a_party_acts_for_it() -> None:
    # The government MoU's parties are the two countries; the signatories act for
    # ministries under them: that is acting for a party.
    assert Dataset(tuple(seed_records())).get(GOVERNMENT_MOU.id) == GOVERNMENT_MOU


def test_a_signatory_in_someone_elses_position() -> None:
    wrong = Signatory(
        person="person:ku-hyeon-mo", on_behalf_of="org:kt", position="position:park-vice-minister"
    )
    records = replace(
        seed_records(), "agreement:kt-mn-2023", signatories=(wrong, *KT_MOU.signatories[1:])
    )
    (problem,) = problems_of(records)
    assert problem.code == "signatory-position-mismatch"


def test_a_signatory_in_a_position_outside_the_parties() -> None:
    wrong = Signatory(
        person="person:lee-ho-hyeon",
        on_behalf_of="org:kt",
        position="position:lee-deputy-minister",
    )
    records = replace(
        seed_records(), "agreement:kt-mn-2023", signatories=(wrong, *KT_MOU.signatories[1:])
    )
    (problem,) = problems_of(records)
    assert problem.code == "signatory-not-party"
    assert problem.path.endswith("].signatories[0].position")


def test_an_event_dated_after_the_source_that_reports_it() -> None:
    records = replace(
        seed_records(),
        "event:joint-committee-2",
        dates=(claim(D(2026, 3, 12), cite(KOREA_NET)),),
    )
    (problem,) = problems_of(records)
    assert problem.code == "event-after-report"
    assert problem.path.endswith(".dates[0].value")
    assert problem.value == "2026-03-12"


def test_a_record_that_is_not_a_record() -> None:
    problems = problems_of([*seed_records(), "org:kigam"])  # type: ignore[list-item]
    assert [p.code for p in problems] == ["wrong-type"]


def test_records_must_be_a_tuple() -> None:
    with pytest.raises(InvalidDatasetError) as info:
        Dataset(seed_records())  # type: ignore[arg-type]
    assert info.value.problems[0].code == "wrong-type"


def test_the_error_is_readable_pickles_and_is_a_value_error() -> None:
    records = replace(seed_records(), "org:kigam", parent="org:nobody")
    with pytest.raises(InvalidDatasetError) as info:
        Dataset(tuple(records))
    exc = info.value
    assert isinstance(exc, MineralpactError)
    assert isinstance(exc, ValueError)
    assert str(exc).splitlines()[0] == "1 problem found:"
    assert "parent: reference to a record the dataset does not hold (got 'org:nobody')" in str(exc)
    copy = pickle.loads(pickle.dumps(exc))
    assert copy.problems == exc.problems
    assert str(copy) == str(exc)


# --- look-ups ------------------------------------------------------------------


def test_get_find_and_of_type(data: Dataset) -> None:
    assert data.get("org:kigam").id == "org:kigam"
    assert data.find("org:kigma") is None
    assert [p.id for p in data.of_type(Person)][:2] == [
        "person:ku-hyeon-mo",
        "person:ganbaatar-jambal",
    ]
    assert data.of_type(MineralGroup) == ()


def test_get_of_a_missing_id_suggests_close_ones(data: Dataset) -> None:
    with pytest.raises(RecordNotFoundError) as info:
        data.get("org:kigma")
    assert info.value.suggestions[0] == "org:kigam"
    assert str(info.value).startswith("no record with id 'org:kigma'; did you mean org:kigam")
    assert isinstance(info.value, LookupError)


def test_referring_to(data: Dataset) -> None:
    assert {r.id for r in data.referring_to("org:gcra")} == {
        "event:joint-committee-2",
        "project:rare-metal-centre-oda",
        "facility:rare-metal-centre",
    }


# --- queries -------------------------------------------------------------------


def ids(records: tuple[Record, ...]) -> set[str]:
    return {r.id for r in records}


def test_query_by_party_includes_sub_organisations_and_people_in_post(data: Dataset) -> None:
    found = ids(data.query(type=(Agreement, Event), party="org:motie"))
    # Park signed the government MoU for MOTIE; Lee, in a MOTIE post, led the
    # delegation at the 2nd committee.
    assert found == {"agreement:kr-mn-rare-metals-2023", "event:joint-committee-2"}
    # The government of Mongolia: its mining ministry signed both MoUs; Uchral
    # (a minister in it) spoke at the forum.
    assert ids(data.query(type=(Agreement, Event), party="org:mn-government")) == {
        "agreement:kt-mn-2023",
        "agreement:kr-mn-rare-metals-2023",
        "event:forum-2025",
    }


def test_query_by_country_and_country_pair(data: Dataset) -> None:
    mongolia = ids(data.query(type=(Agreement, Event), country="MN"))
    assert {"agreement:kt-mn-2023", "event:joint-committee-1", "event:forum-2025"} <= mongolia
    assert ids(data.query(type=Agreement, countries=("KR", Country("MN")))) == {
        "agreement:kt-mn-2023",
        "agreement:kr-mn-rare-metals-2023",
    }
    assert data.query(type=Agreement, countries=("KR", "JP")) == ()


@pytest.mark.parametrize("order", [("KR", "JP"), ("JP", "KR"), ("MN", "JP"), ("JP", "MN")])
def test_a_country_pair_needs_both_countries_whichever_comes_last(
    data: Dataset, order: tuple[str, str]
) -> None:
    # Japan is in none of these records: no pair with it matches anything,
    # whether it is given first or last.
    assert data.query(countries=order) == ()
    assert data.query(country=order[0], countries=(order[1],)) == ()
    assert data.timeline(countries=order) == ()


@pytest.mark.parametrize(
    ("party", "error", "match"),
    [
        ("org:kigm", RecordNotFoundError, "did you mean org:kigam"),
        ("person:nobody", RecordNotFoundError, "person:nobody"),
        ("country:xx", InvalidCodeError, "ISO 3166-1"),
        ("agreement:kt-mn-2023", InvalidIdError, "'org:…'"),
        (5, InvalidTypeError, "record id"),
    ],
)
def test_a_party_that_names_nothing_is_an_error_not_an_empty_answer(
    data: Dataset, party: object, error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        data.query(party=party)  # type: ignore[arg-type]
    with pytest.raises(error, match=match):
        data.timeline(party=party)  # type: ignore[arg-type]
    # A country is a party whether or not any record names it.
    assert data.query(party="country:jp") == ()


@pytest.mark.parametrize("order", [("KR", "MN"), ("MN", "KR")])
def test_a_country_pair_keeps_only_what_is_about_both(
    data: Dataset, order: tuple[str, str]
) -> None:
    both = set(data.query(countries=order))
    assert both == set(data.query(country="KR")) & set(data.query(country="MN"))
    assert both < set(data.query(country=order[-1]))


def test_the_bundled_agreements_between_japan_and_korea_are_none() -> None:
    from mineralpact.bundled import korea_mongolia

    bundled = korea_mongolia()
    assert bundled.query(type=Agreement, countries=("JP", "KR")) == ()
    assert bundled.query(type=Agreement, countries=("KR", "JP")) == ()
    assert [e.record for e in bundled.timeline(countries=("KR", "MN"))] != [
        e.record for e in bundled.timeline(country="MN")
    ]


def test_query_by_mineral_follows_groups_and_lists(data: Dataset) -> None:
    # Neodymium: a rare earth element (the KT MoU) and one of Korea's rare
    # metals (the government MoU, the 2nd committee, the centre).
    assert ids(data.query(type=(Agreement, Event, Facility), mineral="Nd")) == {
        "agreement:kt-mn-2023",
        "agreement:kr-mn-rare-metals-2023",
        "event:joint-committee-2",
        "facility:rare-metal-centre",
    }
    # Molybdenum is a rare metal but not a rare earth.
    assert ids(data.query(type=Agreement, mineral="element:mo")) == {
        "agreement:kr-mn-rare-metals-2023"
    }
    assert "figure:mn-abundant" in ids(data.query(type=Figure, mineral="tin"))


def test_query_by_period_is_precision_aware(data: Dataset) -> None:
    in_2023 = ids(data.query(type=(Agreement, Event), period=D(2023)))
    assert in_2023 == {
        "agreement:kt-mn-2023",
        "agreement:kr-mn-rare-metals-2023",
        "event:ku-appointed-cto",
        "event:joint-committee-1",
    }
    # 2023-02 overlaps the MoU's claims (2023-02 and 2023-02-15).
    assert ids(data.query(type=Agreement, period=D(2023, 2, 10))) == {
        "agreement:kr-mn-rare-metals-2023"
    }
    span = DateRange(D(2025, 3), D(2025, 9, 22))
    assert ids(data.query(type=Event, period=span)) == {
        "event:joint-committee-2",
        "event:forum-2025",
    }
    assert "figure:mn-mo-production-2024" in ids(data.query(type=Figure, period=D(2024, 5)))
    assert "position:uchral-digital-minister" in ids(data.query(type=Position, period=D(2023)))
    assert "position:uchral-digital-minister" not in ids(data.query(type=Position, period=D(2021)))


def test_sources_match_only_the_type_filter(data: Dataset) -> None:
    assert len(data.query(type=Source)) == len(sources())
    assert data.query(type=Source, party="org:kt") == ()


# --- timeline ------------------------------------------------------------------


def test_timeline_orders_mixed_precisions_and_marks_plans_and_disputes(data: Dataset) -> None:
    lines = [(str(e.when), e.kind, e.record, e.disputed) for e in data.timeline()]
    assert lines == [
        ("2023-01-26", EntryKind.AGREEMENT, "agreement:kt-mn-2023", False),
        ("2023-01-26", EntryKind.EVENT, "event:ku-appointed-cto", False),
        ("2023-02-15", EntryKind.AGREEMENT, "agreement:kr-mn-rare-metals-2023", False),
        ("2023-11-20", EntryKind.EVENT, "event:joint-committee-1", False),
        ("2025-01-12", EntryKind.ACTUAL, "milestone:centre-opening", True),
        ("2025-03-12", EntryKind.EVENT, "event:joint-committee-2", False),
        ("2025-09-22", EntryKind.EVENT, "event:forum-2025", False),
        ("2025-11", EntryKind.PLANNED, "milestone:centre-opening", False),
        ("../2025-11", EntryKind.PLANNED, "milestone:centre-equipment", False),
        ("2025-12-12", EntryKind.ACTUAL, "milestone:centre-opening", True),
    ]


def test_timeline_entries_keep_every_citation(data: Dataset) -> None:
    (mou,) = [e for e in data.timeline() if e.record == GOVERNMENT_MOU.id]
    assert mou.sources == {KOREA_NET, YONHAP_2023}
    assert mou.title == "MoU on supply chains for rare metals"
    assert str(mou) == (
        "2023-02-15  MoU on supply chains for rare metals  "
        "[src:korea-net-2025-03-12, src:yonhap-2023-02-15]"
    )


def test_timeline_filters(data: Dataset) -> None:
    # KT signed the MoU; its CEO, in post at KT, was appointed the same day.
    assert [e.record for e in data.timeline(party="org:kt")] == [
        "agreement:kt-mn-2023",
        "event:ku-appointed-cto",
    ]
    in_2025 = data.timeline(period=D(2025))
    assert {e.record for e in in_2025} == {
        "milestone:centre-opening",
        "milestone:centre-equipment",
        "event:joint-committee-2",
        "event:forum-2025",
    }
    december = data.timeline(period=D(2025, 12))
    # The deadline "by November" could still fall in December? No: it ends in
    # November. The disputed opening shows only its December claim.
    assert [(str(e.when), e.record, e.disputed) for e in december] == [
        ("2025-12-12", "milestone:centre-opening", True),
    ]


def test_timeline_entry_str_marks_plans_and_disputes(data: Dataset) -> None:
    entries = {(e.record, str(e.when)): str(e) for e in data.timeline()}
    assert entries[("milestone:centre-opening", "2025-11")].endswith(
        "opens (planned)  [src:korea-times-2025-09-22]"
    )
    assert "[disputed]" in entries[("milestone:centre-opening", "2025-01-12")]


# --- disagreements -------------------------------------------------------------


def test_disagreements_are_found_and_differences_over_time_are_not(data: Dataset) -> None:
    found = data.disagreements()
    assert [(d.subject, d.aspect) for d in found] == [("milestone:centre-opening", "actual")]
    (opening,) = found
    assert [(str(c.value), c.sources) for c in opening.claims] == [
        ("2025-12-12", frozenset({YONHAP_2025})),
        ("2025-01-12", frozenset({SEDAILY})),
    ]
    assert "2025-01-12 (src:sedaily-2025-12-15)" in str(opening)


def test_figures_with_one_key_and_different_values_disagree(data: Dataset) -> None:
    ninth = Figure(
        id="figure:mn-mo-rank-2023-reports",
        subject="country:mn",
        measure=Measure.PRODUCTION,
        minerals=frozenset({"element:mo"}),
        value=Rank(9, scope="Largest producers of  molybdenum"),
        citations=(cite(HERALD),),
    )
    found = Dataset((*seed_records(), ninth)).disagreements()
    (rank,) = [d for d in found if d.aspect == "value"]
    assert {str(c.value) for c in rank.claims} == {
        "8th: largest producers of molybdenum",
        "9th: Largest producers of molybdenum",
    }
    # The two sources that say 8th are one claim with both citations.
    eighth = next(c for c in rank.claims if "8th" in str(c.value))
    assert eighth.sources == {KOREA_NET, ASIA_REVIEW}


def test_a_rank_in_another_period_is_not_a_disagreement(data: Dataset) -> None:
    ninth_in_2021 = Figure(
        id="figure:mn-mo-rank-2021",
        subject="country:mn",
        measure=Measure.PRODUCTION,
        minerals=frozenset({"element:mo"}),
        value=Rank(9, scope="largest producers of molybdenum"),
        period=D(2021),
        citations=(cite(HERALD),),
    )
    assert [d.aspect for d in Dataset((*seed_records(), ninth_in_2021)).disagreements()] == [
        "actual"
    ]


# --- merge, equality, immutability ----------------------------------------------


def test_merge_keeps_both_and_shared_records_once(data: Dataset) -> None:
    records = seed_records()
    left = Dataset(tuple(records[:-1]))
    right = Dataset((*sources(), records[-1]))
    merged = left.merge(right)
    assert merged == data
    assert data.merge(data) == data


def test_merge_keeps_conflicting_statements_and_lists_them_as_disagreements(
    data: Dataset,
) -> None:
    changed = replace(seed_records(), "org:kigam", kind=OrganisationKind.AGENCY)
    changed = replace(changed, "org:kt", kind=OrganisationKind.STATE_OWNED_ENTERPRISE)
    merged = data.merge(Dataset(tuple(changed)))
    # Nothing is overwritten: each record keeps the first dataset's kind ...
    assert merged.get("org:kigam").kind is OrganisationKind.RESEARCH_INSTITUTE  # type: ignore[union-attr]
    # ... and the other statement is kept whole beside it.
    assert [r.statement.kind for r in merged.restatements("org:kigam")] == [  # type: ignore[union-attr]
        OrganisationKind.AGENCY
    ]
    found = {(d.subject, d.aspect): d for d in merged.disagreements()}
    kigam = found["org:kigam", "kind"]
    assert [c.value for c in kigam.claims] == [
        OrganisationKind.RESEARCH_INSTITUTE,
        OrganisationKind.AGENCY,
    ]
    assert ("org:kt", "kind") in found
    assert merged.merge(merged) == merged


def test_merge_keeps_every_sources_statements_about_one_record() -> None:
    """The February 2023 MoU as Korea.net states it, and as Yonhap does."""
    korea_net = Agreement(
        id=GOVERNMENT_MOU.id,
        kind=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
        parties=frozenset({"country:kr", "country:mn"}),
        dates=(claim(D(2023, 2), cite(KOREA_NET, "signed in February 2023", "February 2023")),),
        minerals=frozenset({"list:kr-rare-metals"}),
        citations=(cite(KOREA_NET),),
    )
    yonhap = Agreement(
        id=GOVERNMENT_MOU.id,
        kind=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
        title="MoU on supply chains for rare metals",
        parties=frozenset({"country:kr", "country:mn"}),
        signatories=GOVERNMENT_MOU.signatories,
        dates=(claim(D(2023, 2, 15), cite(YONHAP_2023)),),
        place=Place(country=KR, city="Seoul"),
        citations=(cite(YONHAP_2023),),
    )
    others = [r for r in seed_records() if r.id != GOVERNMENT_MOU.id]
    merged = Dataset((*others, korea_net)).merge(Dataset((*others, yonhap)))
    assert merged.get(GOVERNMENT_MOU.id) == GOVERNMENT_MOU
    # Merging again changes nothing; a same-valued claim shares its citations.
    assert merged.merge(merged) == merged
    again = attrs.evolve(
        yonhap, dates=(claim(D(2023, 2, 15), cite(HERALD)),), citations=(cite(HERALD),)
    )
    combined = merged.merge(Dataset((*others, again)))
    mou = combined.get(GOVERNMENT_MOU.id)
    assert isinstance(mou, Agreement)
    assert [c.sources for c in mou.dates] == [{KOREA_NET}, {YONHAP_2023, HERALD}]


def test_datasets_are_values(data: Dataset) -> None:
    again = Dataset(tuple(seed_records()))
    assert again == data
    assert hash(again) == hash(data)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        data.records = ()  # type: ignore[misc]
    smaller = Dataset(data.records[:-1])
    assert smaller != data


def test_subdivision_places_count_for_their_country() -> None:
    event = Event(
        id="event:exploration",
        kind=EventKind.OTHER,
        title="Exploration for nickel",
        dates=(claim(D(2025), cite(SEDAILY)),),
        place=Place(subdivision=Subdivision("MN-071")),
        citations=(cite(SEDAILY),),
    )
    data = Dataset((*seed_records(), event))
    assert "event:exploration" in ids(data.query(type=Event, country="Mongolia"))


VALUE_TYPES: list[Callable[[], object]] = [
    lambda: TimelineEntry(
        when=D(2025), kind=EntryKind.EVENT, record="event:x", title="x", citations=()
    ),
    lambda: Claim(value=D(2025), citations=(), record="event:x"),
    lambda: Disagreement(subject="event:x", aspect="date", claims=()),
]


@pytest.mark.parametrize("make", VALUE_TYPES)
def test_result_types_are_immutable_values(make: Callable[[], object]) -> None:
    value = make()
    assert value == make()
    assert hash(value) == hash(make())


def test_minerals_held_in_the_dataset_are_found_by_name_and_expanded() -> None:
    from mineralpact.minerals import Commodity, MineralList

    ore = Commodity(
        id="commodity:tin-concentrate",
        name="Tin concentrate",
        aliases=("cassiterite concentrate",),
        elements=frozenset({"element:sn"}),
        citations=(cite(KOREA_NET),),
    )
    shortlist = MineralList(
        id="list:centre-priorities",
        title="Centre research priorities",
        issuer="org:kigam",
        entries=("commodity:tin-concentrate", "element:w", "group:ree"),
        citations=(cite(SEDAILY),),
    )
    project = Project(
        id="project:tin",
        title="Tin ore technology",
        minerals=frozenset({"commodity:tin-concentrate"}),
        citations=(cite(KOREA_NET),),
    )
    data = Dataset((*seed_records(), ore, shortlist, project))
    # By title (any case), and by alias: the list covers tin through the concentrate.
    assert "project:tin" in ids(data.query(type=Project, mineral="centre RESEARCH priorities"))
    assert ids(data.query(type=Project, mineral="Cassiterite-concentrate")) == {"project:tin"}
    assert "list:centre-priorities" in ids(data.query(mineral="Sn"))
    assert "project:tin" not in ids(data.query(type=Project, mineral="W"))


def test_wordings_that_differ_in_case_and_spacing_do_not_disagree() -> None:
    again = Figure(
        id="figure:mn-abundant-again",
        subject="country:mn",
        measure=Measure.RESERVES,
        minerals=frozenset({"element:mo", "element:ni", "element:sn"}),
        description="Abundant  reserves",
        citations=(cite(KOREA_NET),),
    )
    assert [d.aspect for d in Dataset((*seed_records(), again)).disagreements()] == ["actual"]


def test_check_returns_errors_without_raising() -> None:
    records = replace(seed_records(), "org:kigam", parent="org:nobody")
    problems = Dataset.check(records)
    assert [(p.code, p.severity) for p in problems] == [("missing-reference", Severity.ERROR)]


def test_a_signatory_whose_position_is_missing_is_reported_once() -> None:
    lost = Signatory(
        person="person:ku-hyeon-mo", on_behalf_of="org:kt", position="position:ku-kt-chair"
    )
    records = replace(
        seed_records(), "agreement:kt-mn-2023", signatories=(lost, *KT_MOU.signatories[1:])
    )
    (problem,) = problems_of(records)
    assert problem.code == "missing-reference"
    assert problem.path.endswith("].signatories[0].position")


def test_an_untitled_agreement_is_named_by_its_kind_in_the_timeline(data: Dataset) -> None:
    untitled = attrs.evolve(KT_MOU, title=None)
    records = [untitled if r.id == KT_MOU.id else r for r in seed_records()]
    (entry,) = Dataset(tuple(records)).timeline(party="org:kt", period=D(2023, 1))[:1]
    assert entry.title == "Memorandum of understanding (agreement:kt-mn-2023)"


def test_queries_by_mineral_id_symbol_and_country_id(data: Dataset) -> None:
    assert ids(data.query(type=Agreement, mineral="group:ree")) == ids(
        data.query(type=Agreement, mineral="rare earth elements")
    )
    assert ids(data.query(type=Agreement, mineral="Dy")) == {
        "agreement:kt-mn-2023",
        "agreement:kr-mn-rare-metals-2023",
    }
    assert ids(data.query(type=Agreement, country="country:mn")) == ids(
        data.query(type=Agreement, country=MN)
    )
    with pytest.raises(MineralpactError, match="unobtainium"):
        data.query(mineral="unobtainium")


def test_merge_unites_sets_and_keeps_defaults_from_either_side() -> None:
    records = seed_records()
    more_minerals = replace(records, "agreement:kt-mn-2023", minerals=frozenset({"element:cu"}))
    no_place = replace(records, "agreement:kt-mn-2023", place=None)
    merged = Dataset(tuple(no_place)).merge(Dataset(tuple(more_minerals)))
    mou = merged.get("agreement:kt-mn-2023")
    assert isinstance(mou, Agreement)
    assert mou.minerals == {"group:ree", "element:cu"}
    assert mou.place == KT_MOU.place


def test_query_people_and_posts_by_party(data: Dataset) -> None:
    assert ids(data.query(type=(Person, Position), party="org:motie")) == {
        "person:park-il-jun",
        "person:lee-ho-hyeon",
        "position:park-vice-minister",
        "position:lee-deputy-minister",
        "position:lee-vice-minister",
    }
    # An organisation without a jurisdiction is under no country.
    assert "org:kigam" not in ids(data.query(type=Organisation, country="MN"))


def test_query_by_the_id_or_symbol_of_a_mineral_held_in_the_dataset() -> None:
    from mineralpact.minerals import Element

    unobtainium = Element(
        id="element:uo",
        symbol="Uo",
        name="unobtainium",
        atomic_number=999,
        citations=(cite(USGS),),
    )
    figure = Figure(
        id="figure:uo",
        subject="country:mn",
        measure=Measure.RESERVES,
        minerals=frozenset({"element:uo"}),
        description="vast reserves",
        citations=(cite(USGS),),
    )
    data = Dataset((*seed_records(), unobtainium, figure))
    assert ids(data.query(type=Figure, mineral="element:uo")) == {"figure:uo"}
    assert ids(data.query(type=Figure, mineral="Uo")) == {"figure:uo"}


def test_merge_joins_the_citations_of_one_name_stated_by_two_sources() -> None:
    records = seed_records()
    gcra = next(r for r in records if r.id == "org:gcra")
    assert isinstance(gcra, Organisation)
    herald_name = Name("Geological Center for Research and Analysis", citations=(cite(HERALD),))
    other = replace(records, "org:gcra", names=(herald_name,))
    merged = Dataset(tuple(records)).merge(Dataset(tuple(other)))
    names = merged.get("org:gcra").names  # type: ignore[union-attr]
    assert [n.text for n in names] == [n.text for n in gcra.names]
    assert names[0].citations == (cite(KOREA_NET), cite(HERALD))


def _ree_share(figure_id: str, share: Share, source: str) -> Figure:
    return Figure(
        id=figure_id,
        subject="country:mn",
        measure=Measure.RESERVES,
        minerals=frozenset({"group:ree"}),
        value=share,
        citations=(cite(source),),
    )


def test_about_16_percent_and_16_percent_do_not_disagree() -> None:
    # "about 16 percent" (2023) and "16%" (2025) can both be true.
    about = Share(16, of="global rare earth reserves", approximate=True)
    records = [
        r for r in seed_records() if not (isinstance(r, Figure) and isinstance(r.value, Share))
    ]
    exact = _ree_share("figure:mn-ree-16", Share(16, of="global rare earth reserves"), SEDAILY)
    herald = _ree_share("figure:mn-ree-about-16", about, HERALD)
    assert exact.key == herald.key
    assert exact.value != herald.value
    assert "value" not in [d.aspect for d in Dataset((*records, exact, herald)).disagreements()]
    # Beside a third number, all three are listed.
    other = _ree_share("figure:mn-ree-17", Share(17, of="global rare earth reserves"), KOREA_NET)
    found = Dataset((*records, exact, herald, other)).disagreements()
    (shares,) = [d for d in found if d.aspect == "value"]
    assert {str(c.value) for c in shares.claims} == {
        "16% of global rare earth reserves",
        "about 16% of global rare earth reserves",
        "17% of global rare earth reserves",
    }
