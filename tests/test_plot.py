"""Charts: what the SVG holds (labels and identified marks), the CLI's --plot, the extra."""

from __future__ import annotations

import datetime
import io
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

pytest.importorskip("matplotlib")

import matplotlib

from mineralpact import (
    Citation,
    Dataset,
    DateRange,
    Deadline,
    Figure,
    PartialDate,
    QualifiedDate,
    Quantity,
    Source,
    SourceKind,
)
from mineralpact.bundled import korea_mongolia
from mineralpact.cli import main
from mineralpact.dataset import EntryKind, TimelineEntry
from mineralpact.errors import InvalidTypeError, InvalidValueError, MineralpactError
from mineralpact.figures import Basis, Measure
from mineralpact.plot import figure_chart, render, save, timeline_chart
from mineralpact.strategies import datasets

_SVG = "{http://www.w3.org/2000/svg}"


def _svg(chart: matplotlib.figure.Figure) -> ET.Element:
    return ET.fromstring(render(chart, "svg"))


def _ids(root: ET.Element) -> list[str]:
    return [e.attrib["id"] for e in root.iter() if "id" in e.attrib]


def _texts(root: ET.Element) -> list[str]:
    return ["".join(e.itertext()) for e in root.iter(f"{_SVG}text")]


def _source() -> Source:
    return Source(
        id="src:a", kind=SourceKind.NEWS_REPORT, title="A report", published=PartialDate(2025, 1, 5)
    )


def _entry(when: object, kind: EntryKind, record: str, *, disputed: bool = False) -> TimelineEntry:
    return TimelineEntry(
        when=when,  # type: ignore[arg-type]
        kind=kind,
        record=record,
        title=f"Title of {record}",
        citations=(Citation("src:a"),),
        disputed=disputed,
    )


# --- the timeline chart of the bundled data ------------------------------------------


def test_the_bundled_timeline_chart_holds_every_entry_title_and_date() -> None:
    data = korea_mongolia()
    entries = data.timeline()
    root = _svg(timeline_chart(data))
    texts = _texts(root)
    ids = _ids(root)
    for entry in entries:
        # The row's label: the title, shortened to the chart's width.
        assert any(entry.title.startswith(t.removesuffix(" …")) for t in texts), entry.title
        # The date as written, precision and qualifier kept.
        assert str(entry.when) in texts
        assert any(i.startswith(f"{entry.kind.value}-{entry.record}--") for i in ids), entry
    assert "../2025-11" in texts  # the deadline
    assert "2026?" in texts  # an uncertain year
    # Plans and outcomes are told apart, each milestone's plan and outcome once.
    assert "planned-milestone:centre-equipment-installed--.._2025-11" in ids
    assert "planned-milestone:centre-opening--2025-12-12" in ids
    assert "actual-milestone:centre-opening--2025-12-12" in ids
    # The opening's date is disputed: both actual dates are ringed.
    assert "disputed-milestone:centre-opening--2025-12-12" in ids
    assert "disputed-milestone:centre-opening--2025-01-12_" in ids
    assert "uncertain-milestone:centre-opening--2025-01-12_" in ids
    disputed = {i for i in ids if i.startswith("disputed-")}
    assert disputed == {
        f"disputed-{e.record}--{str(e.when).replace('?', '_')}" for e in entries if e.disputed
    }
    for label in ("planned", "actual", "disputed date", "deadline: by its end"):
        assert label in texts
    assert len(ids) == len(set(ids))


def test_the_svg_is_the_same_on_every_run() -> None:
    data = korea_mongolia()
    assert render(timeline_chart(data), "svg") == render(timeline_chart(data), "svg")


# --- each precision has its shape ------------------------------------------------------


def _mark(root: ET.Element, gid: str) -> ET.Element:
    (found,) = [e for e in root.iter() if e.attrib.get("id") == gid]
    return found


def _path_points(mark: ET.Element) -> list[str]:
    (path,) = mark.iter(f"{_SVG}path")
    return path.attrib["d"].split()


def test_each_precision_is_drawn_as_its_shape() -> None:
    entries = [
        _entry(PartialDate(2023), EntryKind.EVENT, "event:year"),
        _entry(PartialDate(2023, 2), EntryKind.EVENT, "event:month"),
        _entry(PartialDate(2023, 2, 15), EntryKind.EVENT, "event:day"),
        _entry(Deadline(PartialDate(2025, 11)), EntryKind.PLANNED, "milestone:by"),
        _entry(
            DateRange(PartialDate(2023, 11, 20), PartialDate(2025, 3, 12)),
            EntryKind.EVENT,
            "event:range",
        ),
        _entry(DateRange(PartialDate(2024), None), EntryKind.EVENT, "event:open"),
        _entry(QualifiedDate.approximate(PartialDate(2024)), EntryKind.ACTUAL, "milestone:about"),
    ]
    chart = timeline_chart(entries)
    axes = chart.axes[0]
    by_gid = {a.get_gid(): a for a in axes.get_children() if a.get_gid()}

    def extent(gid: str) -> tuple[float, float]:
        xs = by_gid[gid].get_path().vertices[:, 0]  # type: ignore[attr-defined]
        return float(xs.min()), float(xs.max())

    def day(text: str) -> float:
        return float(datetime.date.fromisoformat(text).toordinal())

    # A year and a month span the whole of them.
    assert extent("event-event:year--2023") == (day("2023-01-01"), day("2024-01-01"))
    assert extent("event-event:month--2023-02") == (day("2023-02-01"), day("2023-03-01"))
    # A day is a point, at the middle of the day.
    point = by_gid["event-event:day--2023-02-15"]
    assert point.get_marker() == "o"  # type: ignore[attr-defined]
    assert list(point.get_xdata()) == [day("2023-02-15") + 0.5]  # type: ignore[attr-defined]
    # A deadline runs from the chart's left edge to the end of its month, open on the left.
    left, right = axes.get_xlim()
    deadline = by_gid["planned-milestone:by--.._2025-11"]
    assert extent("planned-milestone:by--.._2025-11") == (left, day("2025-12-01"))
    assert len(deadline.get_path().vertices) == 6  # type: ignore[attr-defined]  # 3 edges
    # A range runs from its start's first day to its end's last, closed at both ends.
    assert extent("event-event:range--2023-11-20_2025-03-12") == (
        day("2023-11-20"),
        day("2025-03-13"),
    )
    assert len(by_gid["event-event:range--2023-11-20_2025-03-12"].get_path().vertices) == 8  # type: ignore[attr-defined]
    # An open end runs to the right edge.
    assert extent("event-event:open--2024_..") == (day("2024-01-01"), right)
    # An approximate date is marked, and drawn faint.
    assert "approximate-milestone:about--2024_" in by_gid
    assert (by_gid["actual-milestone:about--2024_"].get_alpha() or 1) < 1
    # A plan is dashed, an outcome solid.
    assert deadline.get_linestyle() == "--"  # type: ignore[attr-defined]
    assert by_gid["actual-milestone:about--2024_"].get_linestyle() == "-"  # type: ignore[attr-defined]
    texts = _texts(_svg(chart))
    for text in ("2023", "2023-02", "2023-02-15", "../2025-11", "2023-11-20/2025-03-12", "2024~"):
        assert text in texts


def test_a_disputed_date_is_ringed_and_others_are_not() -> None:
    entries = [
        _entry(PartialDate(2025, 1, 12), EntryKind.ACTUAL, "milestone:x", disputed=True),
        _entry(PartialDate(2025, 12), EntryKind.ACTUAL, "milestone:x", disputed=True),
        _entry(PartialDate(2025, 3, 1), EntryKind.EVENT, "event:y"),
    ]
    ids = _ids(_svg(timeline_chart(entries)))
    assert sorted(i for i in ids if i.startswith("disputed-")) == [
        "disputed-milestone:x--2025-01-12",
        "disputed-milestone:x--2025-12",
    ]


def test_the_same_mark_twice_gets_ids_of_its_own() -> None:
    entries = [_entry(PartialDate(2025, 1, 12), EntryKind.EVENT, "event:x")] * 2
    ids = _ids(_svg(timeline_chart(entries)))
    assert [i for i in ids if i.startswith("event-")] == [
        "event-event:x--2025-01-12",
        "event-event:x--2025-01-12-2",
    ]


def test_dates_at_the_ends_of_the_calendar_are_drawn() -> None:
    # Found by the property test below: the margin went past year 9999.
    entries = [
        _entry(PartialDate(1), EntryKind.EVENT, "event:first"),
        _entry(PartialDate(9999, 12, 31), EntryKind.EVENT, "event:last"),
        _entry(Deadline(PartialDate(1)), EntryKind.PLANNED, "milestone:by"),
    ]
    ids = _ids(_svg(timeline_chart(entries)))
    assert "event-event:last--9999-12-31" in ids
    assert "planned-milestone:by--.._0001" in ids


def test_text_from_the_data_is_shown_as_it_is() -> None:
    # Found by the property test below: "$" started a formula, which failed to draw.
    entries = [
        TimelineEntry(
            when=PartialDate(2025),
            kind=EntryKind.EVENT,
            record="event:x",
            title="A $5 fund and a $10 loan",
            citations=(Citation("src:a"),),
        )
    ]
    assert "A $5 fund and a $10 loan" in _texts(_svg(timeline_chart(entries, title="$x$")))


def test_an_empty_timeline_is_a_chart_that_says_so() -> None:
    assert "no dated entries" in _texts(_svg(timeline_chart([], title="Nothing")))


def test_a_timeline_chart_refuses_what_is_not_an_entry() -> None:
    with pytest.raises(InvalidTypeError, match=r"entries\[0\]"):
        timeline_chart(["2025"])  # type: ignore[list-item]


_KINDS = tuple(f"{k.value}-" for k in EntryKind)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(datasets(max_records=6, linked=True))
def test_every_entry_of_a_generated_dataset_is_drawn_once(data: Dataset) -> None:
    entries = data.timeline()
    ids = _ids(_svg(timeline_chart(data)))
    marks = Counter(i.split("--")[0] for i in ids if i.startswith(_KINDS))
    assert marks == Counter(
        "-".join([e.kind.value, e.record, *([e.stage.value] if e.stage else [])]) for e in entries
    )
    rings = [i for i in ids if i.startswith("disputed-")]
    assert len(rings) == sum(e.disputed for e in entries)
    texts = _texts(_svg(timeline_chart(data)))
    assert all(str(e.when) in texts for e in entries)


# --- the figure chart --------------------------------------------------------------------


def test_the_bundled_molybdenum_chart_has_countries_years_and_estimates() -> None:
    chart = figure_chart(korea_mongolia(), unit="kt", mineral="Mo")
    root = _svg(chart)
    texts, ids = _texts(root), _ids(root)
    for text in ("Mongolia", "World", "2024", "2025", "kt", "e: estimate"):
        assert text in texts
    assert "Production of molybdenum (contained metal)" in texts
    assert sorted(i for i in ids if i.startswith(("figure-", "estimate-"))) == [
        "estimate-figure:mn-mo-production-2025",
        "estimate-figure:world-mo-production-2025",
        "figure-figure:mn-mo-production-2024",
        "figure-figure:world-mo-production-2024",
    ]
    # The quantities, converted by the library: 3,110 t is 3.11 kt.
    axes = chart.axes[0]
    by_gid = {a.get_gid(): a for a in axes.get_children() if a.get_gid()}
    assert list(by_gid["figure-figure:mn-mo-production-2024"].get_ydata()) == [3.11]  # type: ignore[attr-defined]
    assert list(by_gid["estimate-figure:world-mo-production-2025"].get_ydata()) == [260.0]  # type: ignore[attr-defined]


def _production(subject: str, year: int, tonnes: str, *, estimated: bool = False) -> Figure:
    return Figure(
        id=f"figure:{subject.partition(':')[2]}-{year}",
        subject=subject,
        measure=Measure.PRODUCTION,
        minerals=frozenset({"group:ree"}),
        value=Quantity(Decimal(tonnes), "t"),
        basis=Basis.OXIDE,
        period=PartialDate(year),
        estimated=estimated,
        citations=(Citation("src:a"),),
    )


def test_a_hand_built_series_is_drawn_by_country_in_the_unit_named() -> None:
    figures = [
        _production("country:cn", 2023, "240000"),
        _production("country:cn", 2024, "270000", estimated=True),
        _production("country:us", 2023, "41600"),
        _production("country:us", 2024, "45000", estimated=True),
        _production("country:mm", 2024, "31000", estimated=True),
    ]
    data = Dataset((_source(), *figures))
    chart = figure_chart(data, unit="kt", log=True)
    root = _svg(chart)
    texts, ids = _texts(root), _ids(root)
    for name in ("China", "United States", "Myanmar", "2023", "2024"):
        assert name in texts
    assert "Production of rare earth elements (oxide)" in texts
    assert sorted(i for i in ids if i.startswith("estimate-")) == [
        "estimate-figure:cn-2024",
        "estimate-figure:mm-2024",
        "estimate-figure:us-2024",
    ]
    assert texts.count("e") == 3  # an "e" beside each estimate
    assert chart.axes[0].get_yscale() == "log"
    # Chosen figures, rather than a dataset, draw the same marks.
    chosen = _ids(_svg(figure_chart(figures, unit="kt", data=data)))
    assert sorted(i for i in chosen if i.startswith(("figure-", "estimate-"))) == sorted(
        i for i in ids if i.startswith(("figure-", "estimate-"))
    )


def test_the_figure_chart_refuses_a_unit_of_another_dimension() -> None:
    data = Dataset((_source(), _production("country:cn", 2023, "240000")))
    with pytest.raises(MineralpactError, match="USD"):
        figure_chart(data, unit="USD")


def test_the_figure_chart_filters_only_a_dataset() -> None:
    with pytest.raises(InvalidValueError, match="countries and mineral"):
        figure_chart([_production("country:cn", 2023, "1")], unit="t", mineral="Nd")
    with pytest.raises(InvalidTypeError, match=r"figures\[0\]"):
        figure_chart(["3 t"], unit="t")  # type: ignore[list-item]


def test_an_empty_figure_chart_says_so() -> None:
    texts = _texts(_svg(figure_chart(Dataset((_source(),)), unit="t")))
    assert "no figures with a quantity and a date" in texts


# --- files -----------------------------------------------------------------------------


def test_save_writes_svg_and_png_by_suffix(tmp_path: Path) -> None:
    data = korea_mongolia()
    save(timeline_chart(data), tmp_path / "chart.svg")
    save(timeline_chart(data), tmp_path / "chart.PNG")
    assert ET.parse(tmp_path / "chart.svg").getroot().tag == f"{_SVG}svg"
    assert (tmp_path / "chart.PNG").read_bytes() == render(timeline_chart(data), "png")
    assert (tmp_path / "chart.svg").read_bytes() == render(timeline_chart(data), "svg")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.PNG", "chart.svg"]


def test_save_refuses_an_unknown_suffix_and_leaves_the_file(tmp_path: Path) -> None:
    target = tmp_path / "chart.pdf"
    with pytest.raises(InvalidValueError, match=r"\.pdf"):
        save(timeline_chart(korea_mongolia()), target)
    assert not target.exists()


def test_a_failed_save_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "chart.svg"
    target.write_text("old", encoding="utf-8")
    chart = timeline_chart(korea_mongolia())
    chart.axes[0].text(0, 0, "$\\notacommand$")  # mathtext that cannot be drawn
    with pytest.raises(ValueError, match="notacommand"):
        save(chart, target)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["chart.svg"]


def test_charts_leave_matplotlib_as_they_found_it() -> None:
    before = dict(matplotlib.rcParams)
    save_to = io.BytesIO()
    chart = timeline_chart(korea_mongolia())
    chart.savefig(save_to, format="svg")
    render(figure_chart(korea_mongolia(), unit="t"), "svg")
    assert dict(matplotlib.rcParams) == before
    assert "matplotlib.pyplot" not in sys.modules or not _pyplot_figures()


def _pyplot_figures() -> list[int]:
    import matplotlib.pyplot as plt

    return list(plt.get_fignums())


# --- the command line ----------------------------------------------------------------


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_timeline_plot_writes_the_chart_and_the_table_too(tmp_path: Path) -> None:
    target = tmp_path / "timeline.svg"
    status, out, err = _run("timeline", "--mineral", "group:ree", "--plot", str(target))
    assert status == 0
    _, plain_out, _ = _run("timeline", "--mineral", "group:ree")
    assert out == plain_out  # the table is as it was
    assert f"drew the timeline into {target}" in err
    root = ET.parse(target).getroot()
    ids, texts = _ids(root), _texts(root)
    assert "agreement-agreement:kr-mn-rare-metals-mou-2023--2023-02-15" in ids
    assert "2023-02-15" in texts
    assert "Memorandum of understanding on rare metal supply chains" in texts
    # The chart holds the entries the table lists, and only those.
    rows = plain_out.split("\n\n")[0].splitlines()[1:]
    assert len([i for i in ids if i.startswith(_KINDS)]) == len(rows)


def test_timeline_plot_with_json_and_png(tmp_path: Path) -> None:
    target = tmp_path / "timeline.png"
    status, out, _ = _run(
        "timeline", "--format", "json", "--party", "org:kt", "--plot", str(target)
    )
    assert status == 0
    assert out.startswith("{")
    assert target.read_bytes().startswith(b"\x89PNG")


def test_timeline_plot_refuses_an_unknown_suffix(tmp_path: Path) -> None:
    status, out, err = _run("timeline", "--plot", str(tmp_path / "timeline.pdf"))
    assert status == 2
    assert out == ""
    assert "--plot" in err
    assert "'.pdf': the chart is written as .svg or .png" in err
    status, _, err = _run("timeline", "--plot", str(tmp_path / "timeline"))
    assert status == 2
    assert "no suffix" in err
    assert list(tmp_path.iterdir()) == []


# --- warnings (without matplotlib: tests/test_extras.py) ---------------------------------


def test_drawing_warns_nothing() -> None:
    code = """
        import io
        from mineralpact.bundled import korea_mongolia
        from mineralpact.plot import figure_chart, render, timeline_chart
        data = korea_mongolia()
        render(timeline_chart(data), "svg")
        render(figure_chart(data, unit="kt", log=True), "png")
    """
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
