"""The bundled Korea–Mongolia dataset: its facts, its sources and their disagreements."""

from __future__ import annotations

import contextlib
import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest

from _report_examples import run
from mineralpact import (
    Agreement,
    Citation,
    Confidence,
    Count,
    Dataset,
    DateClaim,
    DateRange,
    Deadline,
    Event,
    Figure,
    Measure,
    Milestone,
    NameKind,
    Organisation,
    PartialDate,
    Position,
    Project,
    QualifiedDate,
    Rank,
    Record,
    Share,
    Source,
    Tense,
    resolve_date,
)
from mineralpact._merge import combine
from mineralpact.bundled import korea_mongolia
from mineralpact.errors import UnresolvableDateError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
SEED_FILES = {
    "src:korea-herald-2023-01-26": "000_347c1238b553c405.txt",
    "src:korea-net-2025-03-12": "001_d0e8fd05b3565ed0.txt",
    "src:korea-times-2025-09-22": "002_5418c0232b8c90e6.txt",
    "src:asia-review-2025": "003_69aa265d3e3a2b63.txt",
    "src:sedaily-2025-12-15": "004_98d50eb004d18775.txt",
}


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_korea_mongolia", ROOT / "scripts" / "build_korea_mongolia.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def data() -> Dataset:
    return korea_mongolia()


def _citations(record: object) -> list[Citation]:
    """Every citation a record holds, at any depth."""
    found: list[Citation] = []
    if isinstance(record, tuple):
        for item in record:
            found += _citations(item)
    elif isinstance(record, Citation):
        return [record]
    elif attrs.has(type(record)):
        cls: Any = type(record)
        for field in attrs.fields(cls):
            found += _citations(getattr(record, field.name))
    return found


def _claims(record: Record) -> list[DateClaim]:
    if isinstance(record, (Agreement, Event)):
        return list(record.dates)
    if isinstance(record, Milestone):
        return [*record.planned, *record.actual]
    return []


def test_the_dataset_is_read_once_and_is_valid(data: Dataset) -> None:
    assert korea_mongolia() is data
    assert len(data) > 100
    assert Dataset(data.records) == data


def test_the_data_file_is_the_examples_merged() -> None:
    """Each example states one report through the public API; the file is their merge."""
    builder = _builder()
    assert builder.render() == (
        ROOT / "src" / "mineralpact" / "data" / "korea_mongolia.json"
    ).read_text(encoding="utf-8")


def test_each_report_states_what_the_dataset_attributes_to_it(data: Dataset) -> None:
    builder = _builder()
    for name in builder.REPORTS:
        report = builder.load_example(name).build()
        for record in report.records:
            held = data.get(record.id)
            # Combining the report's statement with the dataset's record adds
            # nothing: the dataset holds all of it.
            assert combine(held, record) == (held, ()), (name, record.id)


def test_every_source_has_its_metadata_and_uncertainty(data: Dataset) -> None:
    sources = {s.id: s for s in data.of_type(Source)}
    herald = sources["src:korea-herald-2023-01-26"]
    assert (herald.publisher, herald.authors, herald.published) == (
        "The Korea Herald",
        ("Jie Ye-eun",),
        PartialDate(2023, 1, 26),
    )
    assert herald.confidence is Confidence.HIGH
    net = sources["src:korea-net-2025-03-12"]
    assert net.published == DateRange(PartialDate(2025, 3, 12), PartialDate(2025, 3, 13))
    assert net.authors == ("Aisylu Akhmetzianova",)
    review = sources["src:asia-review-2025"]
    assert review.confidence is Confidence.LOW
    assert review.published is not None
    assert review.published.latest == PartialDate(2026, 3, 21).latest
    sedaily = sources["src:sedaily-2025-12-15"]
    assert sedaily.published == QualifiedDate.uncertain(PartialDate(2025, 12, 15))
    assert sedaily.confidence is Confidence.LOW
    assert {"src:yonhap-2023-02-15", "src:usgs-mcs-2026", "src:kbs-world-2022-08-29"} <= set(
        sources
    )


def test_every_record_cites_a_source_it_holds(data: Dataset) -> None:
    sources = {s.id for s in data.of_type(Source)}
    for record in data.records:
        for citation in _citations(record):
            assert citation.source in sources


def test_quotations_are_short(data: Dataset) -> None:
    for record in data.records:
        for citation in _citations(record):
            quotation = citation.quotation
            if quotation is not None:
                # A sentence or less: no paragraph breaks, at most one full stop
                # that ends a sentence inside it.
                assert "\n" not in quotation
                assert len(re.findall(r"[.!?] [A-Z]", quotation)) <= 1, quotation


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed texts are not beside this clone")
def test_quotations_are_verbatim(data: Dataset) -> None:
    texts = {sid: (SEEDS / name).read_text(encoding="utf-8") for sid, name in SEED_FILES.items()}
    checked = 0
    for record in data.records:
        for citation in _citations(record):
            text = texts.get(citation.source)
            quotation = citation.quotation
            if text is not None and quotation is not None:
                assert quotation in text, (record.id, quotation)
                checked += 1
    assert checked > 100


def test_dates_come_from_phrases_resolved_against_publication_dates(data: Dataset) -> None:
    """A claim with a phrase is what resolve_date makes of it, in the past or the future."""
    published = {s.id: s.published for s in data.of_type(Source)}
    resolved = 0
    for record in data.records:
        for claim in _claims(record):
            for citation in claim.citations:
                reference = published[citation.source]
                if citation.phrase is None or reference is None:
                    continue
                readings = set()
                for tense in Tense:
                    with contextlib.suppress(UnresolvableDateError):
                        readings.add(resolve_date(citation.phrase, reference, tense=tense).value)
                assert claim.value in readings, (record.id, citation.phrase, claim.value)
                resolved += 1
    assert resolved >= 15


def test_the_two_2023_memoranda_are_kept_apart(data: Dataset) -> None:
    kt, government = (
        data.get("agreement:kt-mn-mou-2023"),
        data.get("agreement:kr-mn-rare-metals-mou-2023"),
    )
    assert isinstance(kt, Agreement)
    assert isinstance(government, Agreement)
    assert kt.date == PartialDate(2023, 1, 26)
    assert not kt.disputed
    # February 2023 (Korea.net), 2023 (the Asia Review) and 15 February 2023
    # (Yonhap) agree: the date is settled, and so are the signatories.
    assert {str(c.value) for c in government.dates} == {"2023", "2023-02", "2023-02-15"}
    assert government.date == PartialDate(2023, 2, 15)
    assert {s.person for s in government.signatories} == {
        "person:park-il-jun",
        "person:ganbaatar-jambal",
    }
    assert {s.person for s in kt.signatories} == {"person:ku-hyeon-mo", "person:ganbaatar-jambal"}


def test_the_disagreements_are_the_centres_opening(data: Dataset) -> None:
    found = {(d.subject, d.aspect): d for d in data.disagreements()}
    # "In November" as of 2025-09-22 and 12 December as of 2025-12-11 are a
    # plan revised, not a disagreement.
    assert set(found) == {("milestone:centre-opening", "actual")}
    actual = found["milestone:centre-opening", "actual"]
    assert {str(c.value): c.sources for c in actual.claims} == {
        "2025-01-12?": {"src:sedaily-2025-12-15"},
        "2025-12-12": {"src:kigam-2025-12", "src:zdnet-korea-2025-12", "src:news1-2025-12"},
    }
    january = next(c for c in actual.claims if str(c.value) == "2025-01-12?")
    assert january.citations[0].phrase == "January 12"
    assert {w.code for w in data.warnings} == {"met-before-planned", "reported-before-done"}


def test_gcras_names_are_aliases_not_a_disagreement(data: Dataset) -> None:
    gcra = data.get("org:gcra")
    assert isinstance(gcra, Organisation)
    names = {n.text for n in gcra.names}
    assert {
        "Geological Center for Research and Analysis",
        "Geological Central Research Academy",
        "GCRA",
    } <= names
    assert gcra.matches("Geological Central Research Academy")
    assert gcra.name.text == "Geological Center for Research and Analysis"


def test_changing_titles_are_positions_over_time(data: Dataset) -> None:
    titles = {(p.person, p.title) for p in data.of_type(Position) if p.person.startswith("person:")}
    assert {
        ("person:uchral-nyam-osor", "Minister of Digital Development and Communications"),
        ("person:uchral-nyam-osor", "First Deputy Prime Minister"),
        ("person:lee-ho-hyeon", "Deputy Minister for Energy Policy"),
        ("person:lee-ho-hyeon", "Vice Minister of Trade, Industry and Energy"),
    } <= titles
    ministry = data.get("org:mn-mining-ministry")
    assert isinstance(ministry, Organisation)
    assert {
        "Ministry of Mining and Heavy Industry",
        "Ministry of Industry and Mineral Resources",
    } <= {n.text for n in ministry.names}


def test_the_figures_of_the_texts(data: Dataset) -> None:
    def value(figure_id: str) -> object:
        figure = data.get(figure_id)
        assert isinstance(figure, Figure)
        return figure.value

    share = value("figure:mn-ree-reserves-share")
    assert isinstance(share, Share)
    assert share.value == 16
    kinds = value("figure:mn-mineral-kinds")
    assert isinstance(kinds, Count)
    assert (kinds.value, kinds.approximate) == (80, True)
    rank = value("figure:mn-mo-production-rank")
    assert isinstance(rank, Rank)
    assert rank.position == 8
    assert value("figure:centre-equipment-types") == Count(56, of="types of advanced equipment")
    rare_metals = value("figure:centre-rare-metal-types")
    assert isinstance(rare_metals, Count)
    assert rare_metals.value == 35
    abundant = data.get("figure:mn-abundant-reserves")
    assert isinstance(abundant, Figure)
    assert abundant.value is None
    assert abundant.minerals == {"element:mo", "element:ni", "element:sn"}
    # The molybdenum rank over time: undated (the reports), 2024 and 2025 (USGS).
    ranks = [
        f
        for f in data.query(type=Figure, mineral="Mo")
        if isinstance(f, Figure) and isinstance(f.value, Rank) and f.subject == "country:mn"
    ]
    assert sorted(str(f.period) for f in ranks) == ["2024", "2025", "None"]


def test_plans_and_deadlines(data: Dataset) -> None:
    equipment = data.get("milestone:centre-equipment-installed")
    assert isinstance(equipment, Milestone)
    assert [c.value for c in equipment.planned] == [Deadline(PartialDate(2025, 11))]
    research = data.get("milestone:research-begins-2026")
    assert isinstance(research, Milestone)
    assert research.planned_date == QualifiedDate.uncertain(PartialDate(2026))


def test_the_builder_reports_an_out_of_date_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # In this process: .ci/run runs ``python scripts/build_korea_mongolia.py --check``.
    builder = _builder()
    monkeypatch.setattr(sys, "argv", ["build_korea_mongolia.py", "--check"])
    assert builder.main() == 0
    assert "up to date" in capsys.readouterr().out
    stale = tmp_path / "korea_mongolia.json"
    stale.write_text(builder.render().replace("Mongolia", "Mongol"), encoding="utf-8")
    monkeypatch.setattr(builder, "TARGET", stale)
    assert builder.main() == 1
    assert "is out of date: run python scripts/build_korea_mongolia.py" in capsys.readouterr().out


def test_the_timeline_example_runs_in_a_fresh_interpreter() -> None:
    # The one example run as a user runs it, with a new interpreter: the
    # others run in this process (see _report_examples.run).
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "timeline.py")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "2023-02-15  event     Talks between the prime ministers" in result.stdout
    assert "2025-01-12? happened  The centre opens  << disputed" in result.stdout


def test_the_disagreements_example_runs() -> None:
    out = run("disagreements")
    assert out.startswith("1 disagreement between the sources")
    assert "src:sedaily-2025-12-15 as 'January 12'" in out
    assert "    2025-11 as of 2025-09-22 (superseded)  [src:korea-times" in out


#: The day each report speaks of, on which the names and titles it uses were in use.
REPORT_DAYS = {
    "src:korea-herald-2023-01-26": PartialDate(2023, 1, 26),
    "src:korea-net-2025-03-12": PartialDate(2025, 3, 12),
    "src:korea-times-2025-09-22": PartialDate(2025, 9, 22),
    "src:kbs-2023-01-26": PartialDate(2023, 1, 26),
    "src:yonhap-2023-02-15": PartialDate(2023, 2, 15),
    "src:etnews-2023-09-12": PartialDate(2023, 9, 12),
}


def test_every_report_day_has_the_names_the_report_uses(data: Dataset) -> None:
    checked = 0
    for organisation in data.of_type(Organisation):
        for name in organisation.names:
            if name.kind is not NameKind.OFFICIAL:
                continue
            for source in {c.source for c in name.citations} & set(REPORT_DAYS):
                on = organisation.name_on(REPORT_DAYS[source])
                assert on is not None, (organisation.id, source)
                assert on.text == name.text, (organisation.id, source, on.text)
                checked += 1
    assert checked >= 20


def test_every_report_day_has_the_posts_the_report_gives(data: Dataset) -> None:
    checked = 0
    for position in data.of_type(Position):
        for source in {c.source for c in position.citations} & set(REPORT_DAYS):
            assert position.held_on(REPORT_DAYS[source]) is True, (position.id, source)
            checked += 1
    assert checked >= 10


def test_renamed_ministries_and_changed_titles_answer_by_date(data: Dataset) -> None:
    mining, motie = data.get("org:mn-mining-ministry"), data.get("org:motie")
    assert isinstance(mining, Organisation)
    assert isinstance(motie, Organisation)
    names = {
        day: mining.name_on(day) for day in (PartialDate(2023, 1, 26), PartialDate(2025, 9, 22))
    }
    assert {str(day): str(name) for day, name in names.items()} == {
        "2023-01-26": "Ministry of Mining and Heavy Industry",
        "2025-09-22": "Ministry of Industry and Mineral Resources",
    }
    assert str(motie.name_on(PartialDate(2025, 9, 22))) == "Ministry of Trade, Industry and Energy"
    held = {
        position_id: [
            data.get(position_id).held_on(day)  # type: ignore[union-attr]
            for day in (
                PartialDate(2023, 1, 26),
                PartialDate(2025, 3, 12),
                PartialDate(2025, 9, 22),
            )
        ]
        for position_id in (
            "position:uchral-nyam-osor-digital-minister",
            "position:uchral-nyam-osor-first-deputy-pm",
            "position:lee-ho-hyeon-deputy-minister",
            "position:lee-ho-hyeon-vice-minister",
        )
    }
    assert held == {
        "position:uchral-nyam-osor-digital-minister": [True, None, None],
        "position:uchral-nyam-osor-first-deputy-pm": [None, None, True],
        "position:lee-ho-hyeon-deputy-minister": [None, True, None],
        "position:lee-ho-hyeon-vice-minister": [None, None, True],
    }


def test_the_stated_facts_are_queryable(data: Dataset) -> None:
    coal = {r.id for r in data.query(type=Figure, mineral="coal")}
    assert "figure:mn-named-minerals-004" in coal
    named = data.get("figure:mn-named-minerals-004")
    assert isinstance(named, Figure)
    assert named.minerals == {
        "element:cu",
        "element:w",
        "element:mo",
        "element:sn",
        "element:li",
        "commodity:coal",
    }
    uses = {
        r.id: r.description
        for r in data.query(type=Figure, mineral="Mo")
        if isinstance(r, Figure) and r.measure is Measure.USE
    }
    assert uses["figure:mo-use-steel-alloys"] == "an essential component in steel alloy production"
    appointment = data.get("event:ku-cto-appointment-2023")
    assert isinstance(appointment, Event)
    assert "person:uchral-nyam-osor" in {p.party for p in appointment.participants}
    assert "event:ku-cto-appointment-2023" in {
        r.id for r in data.query(type=Event, party="person:uchral-nyam-osor")
    }
    nickel = data.get("project:kigam-exploration-western-mongolia")
    assert isinstance(nickel, Project)
    assert [str(a.subdivision) if a.subdivision else a.region for a in nickel.areas] == [
        "MN-071",
        "southern Gobi",
    ]
