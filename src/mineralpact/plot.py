"""Charts of a dataset: its timeline, and a series of figures over time.

This module needs the ``plot`` extra (``pip install "mineralpact[plot]"``,
which installs matplotlib); importing it without matplotlib raises
:class:`~mineralpact.errors.MissingExtraError`. ``import mineralpact`` never
imports matplotlib.

Each function returns a ``matplotlib.figure.Figure``, made without
``pyplot``: no global figure is left behind and matplotlib's settings
(``rcParams``) are not changed. :func:`save` writes it to a ``.svg`` or
``.png`` file, whole or not at all.

>>> from mineralpact.bundled import korea_mongolia
>>> from mineralpact.plot import figure_chart, save, timeline_chart
>>> data = korea_mongolia()
>>> chart = timeline_chart(data.timeline(countries=["KR", "MN"]))
>>> production = figure_chart(data, unit="kt", mineral="Mo", log=True)
>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> save(chart, folder / "timeline.svg")
>>> save(production, folder / "molybdenum.png")
>>> sorted(p.name for p in folder.iterdir())
['molybdenum.png', 'timeline.svg']
>>> import shutil; shutil.rmtree(folder)

**The timeline chart** has a row for each record, in the timeline's order,
labelled with its title; each entry of the timeline is a mark on its
record's row, labelled with its date as written (``2025-11``,
``../2025-11``, ``2026?``). A mark's shape is the date's precision:

* a day is a point;
* a month or a year is a bar over the whole month or year;
* a :class:`~mineralpact.DateRange` is a bar from its start to its end (an
  open end runs to the chart's edge, without an edge line);
* a :class:`~mineralpact.Deadline` (``../2025-11``, "by November 2025") is a
  bar open on the left, from the chart's edge to the deadline's end;
* an approximate or uncertain date (:class:`~mineralpact.QualifiedDate`) is
  drawn faint, with its qualifier (``~``, ``?``, ``%``) above it.

A milestone's plan is hollow with a dashed edge and its outcome filled;
dates that the sources dispute (see :meth:`~mineralpact.Dataset.disagreements`)
are ringed in red.

**The figure chart** draws a line for each subject (a country, an
organisation, a facility, the world), through the figures' quantities in the
unit the caller names (converted by :meth:`~mineralpact.Quantity.to`), at the
middle of each figure's period (or at its ``as_of`` date). An estimate
(:attr:`Figure.estimated <mineralpact.Figure.estimated>`) is a hollow point
marked "e"; a range of quantities is a vertical bar from its low to its high
value. Figures without a quantity (a share, a rank, a description) or without
a date are left out. The chart's positions are floats: the exact values stay
in the figures.

**Marks in SVG.** Each mark is an element whose ``id`` says what it is, so
that a program (or a test) can find it in the SVG. On the timeline chart it
is ``<kind>-<record>--<date>``: ``planned-milestone:centre-opening--2025-12-12``,
with ``event``, ``agreement``, ``planned``, ``actual``, ``stage``,
``scheduled``, ``start`` and ``end`` as kinds (a stage's kind is followed by
``-<record>-<stage>``). The red ring of a disputed date is
``disputed-<record>--<date>``, and the qualifier of an approximate or
uncertain date ``approximate-…``, ``uncertain-…`` or
``approximate-uncertain-…``. On the figure chart, a point is
``figure-<figure id>``, or ``estimate-<figure id>`` for an estimate, and the
bar of a range ``range-<figure id>``. Characters other than letters, digits
and ``-_.:`` are written ``_`` (``uncertain-milestone:centre-opening--2025-01-12_``
for ``2025-01-12?``); an id that would repeat one already used ends ``-2``,
``-3``, and so on. :func:`save` keeps the text as text in SVG, so the titles
and dates can be searched and selected.
"""

from __future__ import annotations

import datetime
import io
import os
import re
import textwrap
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from mineralpact._quiet import quiet

try:
    with quiet():
        import matplotlib
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure as MplFigure
        from matplotlib.lines import Line2D
        from matplotlib.patches import Patch, PathPatch, Rectangle
        from matplotlib.path import Path as MplPath
except ImportError as missing:  # pragma: no cover - the suite runs with matplotlib
    from mineralpact.errors import MissingExtraError

    raise MissingExtraError("mineralpact.plot", "plot", "matplotlib") from missing

from matplotlib.axes import Axes

from mineralpact._atomic import atomic_write
from mineralpact._ids import country_of
from mineralpact.dataset import Dataset, EntryKind, TimelineEntry
from mineralpact.dates import DateRange, Deadline, PartialDate, Precision, QualifiedDate, Qualifier
from mineralpact.errors import InvalidTypeError, InvalidValueError
from mineralpact.figures import Figure, Measure
from mineralpact.quantities import Quantity, QuantityRange

__all__ = ["SUFFIXES", "figure_chart", "render", "save", "timeline_chart"]

#: The file suffixes that :func:`save` writes, with matplotlib's format for each.
SUFFIXES = {".svg": "svg", ".png": "png"}

#: The colour of each kind of timeline entry, and whether its marks are filled.
_KIND_STYLE: dict[EntryKind, tuple[str, bool]] = {
    EntryKind.EVENT: ("#555555", True),
    EntryKind.AGREEMENT: ("#1f77b4", True),
    EntryKind.PLANNED: ("#e6730b", False),
    EntryKind.ACTUAL: ("#2a9d2a", True),
    EntryKind.STAGE: ("#8c5fbf", True),
    EntryKind.SCHEDULED: ("#8c5fbf", False),
    EntryKind.START: ("#8c564b", True),
    EntryKind.END: ("#8c564b", True),
}
_DISPUTED = "#d62728"
_QUALIFIER_NAMES = {
    Qualifier.APPROXIMATE: "approximate",
    Qualifier.UNCERTAIN: "uncertain",
    Qualifier.APPROXIMATE_AND_UNCERTAIN: "approximate-uncertain",
}
#: The longest row label of the timeline chart; a longer title ends with "…".
_TITLE_WIDTH = 60
#: The height of a bar, as a share of a row.
_BAR = 0.5
_UNSAFE_ID = re.compile(r"[^A-Za-z0-9_.:-]")


class _Ids:
    """The ids of a chart's marks: each one readable and used once."""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def __call__(self, *parts: object) -> str:
        base = _UNSAFE_ID.sub("_", "--".join(str(p) for p in parts))
        gid, count = base, 1
        while gid in self._used:
            count += 1
            gid = f"{base}-{count}"
        self._used.add(gid)
        return gid


def _new_figure(width: float, height: float) -> MplFigure:
    """A figure of its own, drawn by the non-interactive Agg canvas (no pyplot)."""
    figure = MplFigure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def _short(title: str) -> str:
    return textwrap.shorten(title, _TITLE_WIDTH, placeholder=" …")


def _day(value: datetime.date) -> float:
    """The x position of the start of a day: its proleptic Gregorian ordinal.

    The charts place dates themselves, so that they do not depend on
    matplotlib's date conversion or on its ``date.epoch`` setting.
    """
    return float(value.toordinal())


def _date(position: float) -> datetime.date:
    return datetime.date.fromordinal(int(position))


def _date_ticks(axes: Axes, left: float, right: float) -> None:
    """Label the x axis with years, months or days, as the span allows (at most 12 ticks)."""
    start, end = _date(max(left, _FIRST_DAY)), _date(min(right, _LAST_DAY - 1))
    ticks: list[float] = []
    labels: list[str] = []
    years = end.year - start.year
    if years >= 3:
        step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000) if years / s <= 12)
        first = (start.year + step - 1) // step * step
        for year in range(max(first, 1), end.year + 1, step):
            ticks.append(_day(datetime.date(year, 1, 1)))
            labels.append(f"{year:04d}")
    else:
        months = years * 12 + end.month - start.month
        if months >= 2:
            step = next(s for s in (1, 2, 3, 6, 12) if months / s <= 12)
            index = start.year * 12 + start.month - 1
            index += -index % step
            while index <= end.year * 12 + end.month - 1:
                year, month = divmod(index, 12)
                ticks.append(_day(datetime.date(year, month + 1, 1)))
                labels.append(f"{year:04d}-{month + 1:02d}")
                index += step
        else:
            days = (end - start).days
            step = max(1, -(-days // 12))
            day = start
            while day <= end:
                ticks.append(_day(day))
                labels.append(day.isoformat())
                day += datetime.timedelta(days=step)
    ticks_in = [(t, label) for t, label in zip(ticks, labels, strict=True) if left <= t <= right]
    axes.set_xticks([t for t, _ in ticks_in], [label for _, label in ticks_in])


def _span(when: PartialDate) -> tuple[float, float]:
    """The start of the first day and the end of the last day that ``when`` covers."""
    return _day(when.earliest), _day(when.latest) + 1.0


def _bar_path(left: float, right: float, y: float, *, open_left: bool, open_right: bool) -> MplPath:
    """A bar's outline: its top and bottom edges, and the end edges that are not open."""
    top, bottom = y - _BAR / 2, y + _BAR / 2
    edges = [((left, top), (right, top)), ((left, bottom), (right, bottom))]
    if not open_left:
        edges.append(((left, top), (left, bottom)))
    if not open_right:
        edges.append(((right, top), (right, bottom)))
    vertices = [corner for edge in edges for corner in edge]
    codes = [MplPath.MOVETO, MplPath.LINETO] * len(edges)
    return MplPath(vertices, codes)


_FIRST_DAY = _day(datetime.date.min)
_LAST_DAY = _day(datetime.date.max) + 1.0


def _limits(entries: Sequence[TimelineEntry]) -> tuple[float, float]:
    """The x range of the timeline chart: every date that an entry bounds, with a margin."""
    days = [
        side
        for entry in entries
        for side in (entry.when.earliest, entry.when.latest)
        if side is not None
    ]
    low, high = _day(min(days)), _day(max(days)) + 1.0
    margin = max((high - low) * 0.04, 15.0)
    # matplotlib draws dates from year 1 to year 9999 only.
    return max(low - margin, _FIRST_DAY), min(high + margin, _LAST_DAY)


def timeline_chart(
    entries: Dataset | Iterable[TimelineEntry], *, title: str | None = None
) -> MplFigure:
    """A chart of a timeline: a row for each record, a mark for each dated entry.

    ``entries`` is a dataset (its whole :meth:`~mineralpact.Dataset.timeline`)
    or the entries of a timeline, such as
    ``data.timeline(countries=["KR", "MN"])``. The module's documentation
    tells how each kind of date is drawn, and the ids of the marks.

    >>> from mineralpact.bundled import korea_mongolia
    >>> chart = timeline_chart(korea_mongolia().timeline(party="org:kt"), title="KT")
    >>> axes = chart.axes[0]
    >>> [label.get_text() for label in axes.get_yticklabels()]
    ['Memorandum of understanding on mineral resources', 'Signing of the KT-Mongolia memorandum of understanding on …', "Ku Hyeon-mo appointed Mongolia's chief technology officer"]
    >>> sorted(artist.get_gid() for artist in axes.get_children() if artist.get_gid())[:2]
    ['agreement-agreement:kt-mn-mou-2023--2023-01-26', 'event-event:kt-mou-signing-2023--2023-01-26']

    Raises:
        InvalidTypeError: if ``entries`` holds something other than timeline entries.
    """  # noqa: E501
    chosen = _entries(entries)
    rows: dict[str, int] = {}
    titles: list[str] = []
    for entry in chosen:
        if entry.record not in rows:
            rows[entry.record] = len(rows)
            titles.append(_short(entry.title))
    figure = _new_figure(11.0, 1.6 + 0.32 * max(len(rows), 1))
    axes = figure.add_subplot()
    if title is not None:
        axes.set_title(title, parse_math=False)
    if not chosen:
        axes.text(0.5, 0.5, "no dated entries", ha="center", va="center")
        axes.set_axis_off()
        return figure
    left, right = _limits(chosen)
    ids = _Ids()
    for entry in chosen:
        _draw_entry(axes, entry, rows[entry.record], left=left, right=right, ids=ids)
    axes.set_xlim(left, right)
    axes.set_ylim(len(rows) - 0.4, -0.6)
    # Text from the data is shown as it is: a "$" is not the start of a formula.
    axes.set_yticks(range(len(rows)), titles, fontsize=8, parse_math=False)
    _date_ticks(axes, left, right)
    axes.grid(axis="x", color="#dddddd", linewidth=0.6)
    axes.set_axisbelow(True)
    for spine in ("top", "right"):
        axes.spines[spine].set_visible(False)
    axes.legend(
        handles=_timeline_legend(chosen), loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=7
    )
    return figure


def _entries(entries: Dataset | Iterable[TimelineEntry]) -> list[TimelineEntry]:
    if isinstance(entries, Dataset):
        return list(entries.timeline())
    chosen = list(entries)
    for index, entry in enumerate(chosen):
        if not isinstance(entry, TimelineEntry):
            raise InvalidTypeError(
                f"timeline_chart entries[{index}]", entry, "a TimelineEntry (see Dataset.timeline)"
            )
    return chosen


def _draw_entry(
    axes: Axes, entry: TimelineEntry, y: int, *, left: float, right: float, ids: _Ids
) -> None:
    """Draw one entry on row ``y``: its mark, its date, and its dispute and qualifier marks."""
    colour, filled = _KIND_STYLE[entry.kind]
    when = entry.when
    qualifier = when.qualifier if isinstance(when, QualifiedDate) else None
    date = when.date if isinstance(when, QualifiedDate) else when
    parts: list[object] = [entry.kind.value, entry.record]
    if entry.stage is not None:
        parts.append(entry.stage.value)
    gid = ids("-".join(str(p) for p in parts), when)
    alpha = 0.45 if qualifier is not None else 1.0
    face = colour if filled else "white"
    style = "-" if filled else "--"
    point = isinstance(date, PartialDate) and date.precision is Precision.DAY
    if point:
        assert isinstance(date, PartialDate)
        start, end = _span(date)
        centre = (start + end) / 2
        (mark,) = axes.plot(
            [centre],
            [y],
            marker="o",
            markersize=7,
            markerfacecolor=face,
            markeredgecolor=colour,
            markeredgewidth=1.5,
            linestyle="none",
            alpha=alpha,
        )
        mark.set_gid(gid)
        label_at = centre
    else:
        open_left = open_right = False
        if isinstance(date, PartialDate):
            start, end = _span(date)
        elif isinstance(date, Deadline):
            start, end, open_left = left, _span(date.by)[1], True
        else:
            assert isinstance(date, DateRange)
            assert date.start is not None  # a range open at the start is a deadline
            start = _span(date.start)[0]
            if date.end is None:
                end, open_right = right, True
            else:
                end = _span(date.end)[1]
        fill = Rectangle(
            (start, y - _BAR / 2),
            end - start,
            _BAR,
            facecolor=face if filled else colour,
            edgecolor="none",
            alpha=alpha * (0.85 if filled else 0.18),
        )
        axes.add_patch(fill)
        outline = PathPatch(
            _bar_path(start, end, y, open_left=open_left, open_right=open_right),
            fill=False,
            edgecolor=colour,
            linewidth=1.3,
            linestyle=style,
            alpha=alpha,
        )
        outline.set_gid(gid)
        axes.add_patch(outline)
        centre, label_at = (start + end) / 2, end
    # A plan's date above its row's line, so that it and the outcome's can both be read.
    above = entry.kind in (EntryKind.PLANNED, EntryKind.SCHEDULED)
    axes.annotate(
        str(when),
        (label_at, y),
        xytext=(6, 4 if above else 0),
        textcoords="offset points",
        va="bottom" if above else "center",
        fontsize=7,
        color="#333333",
    )
    if qualifier is not None:
        text = axes.annotate(
            qualifier.value,
            (centre, y),
            xytext=(0, 6),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=9,
            fontweight="bold",
            color=colour,
        )
        text.set_gid(ids(f"{_QUALIFIER_NAMES[qualifier]}-{entry.record}", when))
    if entry.disputed:
        ring: Line2D | Rectangle
        if point:
            (ring,) = axes.plot(
                [centre],
                [y],
                marker="o",
                markersize=13,
                markerfacecolor="none",
                markeredgecolor=_DISPUTED,
                markeredgewidth=1.6,
                linestyle="none",
            )
        else:
            ring = Rectangle(
                (start, y - _BAR / 2 - 0.12),
                end - start,
                _BAR + 0.24,
                fill=False,
                edgecolor=_DISPUTED,
                linewidth=1.6,
            )
            axes.add_patch(ring)
        ring.set_gid(ids(f"disputed-{entry.record}", when))


def _timeline_legend(entries: Sequence[TimelineEntry]) -> list[Patch | Line2D]:
    """The legend's keys: the kinds of entries shown, then the marks used."""
    kinds = [k for k in EntryKind if any(e.kind is k for e in entries)]
    handles: list[Patch | Line2D] = []
    for kind in kinds:
        colour, filled = _KIND_STYLE[kind]
        handles.append(
            Patch(
                facecolor=colour if filled else "white",
                edgecolor=colour,
                linestyle="-" if filled else "--",
                label=kind.value,
            )
        )
    if any(e.disputed for e in entries):
        handles.append(
            Patch(facecolor="none", edgecolor=_DISPUTED, linewidth=1.6, label="disputed date")
        )
    if any(isinstance(e.when, QualifiedDate) for e in entries):
        handles.append(
            Patch(facecolor="#999999", alpha=0.45, label="approximate (~) or uncertain (?)")
        )
    if any(isinstance(e.when, Deadline) for e in entries):
        handles.append(Patch(facecolor="none", edgecolor="#999999", label="deadline: by its end"))
    return handles


# --- figures ----------------------------------------------------------------------


def figure_chart(
    figures: Dataset | Iterable[Figure],
    *,
    unit: str,
    measure: Measure | None = Measure.PRODUCTION,
    countries: Sequence[str] = (),
    mineral: str | None = None,
    data: Dataset | None = None,
    log: bool = False,
    title: str | None = None,
) -> MplFigure:
    """A chart of figures over time, a line for each subject, in ``unit``.

    ``figures`` is a dataset, whose figures of the ``measure`` (``None``: of
    every measure) are drawn, those about ``countries`` and ``mineral`` when
    given (as :meth:`~mineralpact.Dataset.query` takes them); or the figures
    to draw, chosen by the caller (then ``countries`` and ``mineral`` cannot
    be given). The names of subjects and minerals come from ``data`` (by
    default the dataset given), from the bundled minerals and from the ISO
    country codes. Subjects' lines are told apart by their minerals and
    basis too, where the figures drawn have several. ``log`` draws the
    quantities on a logarithmic scale.

    >>> from mineralpact.bundled import korea_mongolia
    >>> chart = figure_chart(korea_mongolia(), unit="kt", mineral="Mo")
    >>> axes = chart.axes[0]
    >>> axes.get_title(), axes.get_ylabel()
    ('Production of molybdenum (contained metal)', 'kt')
    >>> [line.get_label() for line in axes.get_lines() if not line.get_label().startswith("_")]
    ['Mongolia', 'World']
    >>> sorted(a.get_gid() for a in axes.get_children() if str(a.get_gid()).startswith("estimate"))
    ['estimate-figure:mn-mo-production-2025', 'estimate-figure:world-mo-production-2025']

    Raises:
        InvalidUnitError: if ``unit`` is not a unit.
        IncompatibleUnitsError: if a figure's quantity cannot be converted to
            ``unit`` (a tonnage to a price).
        InvalidValueError: if ``countries`` or ``mineral`` come with figures
            rather than a dataset.
        InvalidTypeError: if ``figures`` holds something other than figures.
    """
    chosen = _figures(figures, measure=measure, countries=countries, mineral=mineral)
    if data is None and isinstance(figures, Dataset):
        data = figures
    points = [p for p in (_point(f, unit) for f in chosen) if p is not None]
    series: dict[tuple[str | None, frozenset[str], str], list[_Point]] = {}
    for point in points:
        series.setdefault(point.key, []).append(point)
    minerals = {key[1] for key in series}
    bases = {key[2] for key in series}
    figure = _new_figure(8.0, 4.5)
    axes = figure.add_subplot()
    axes.set_title(
        title if title is not None else _figure_title(measure, minerals, bases, data),
        parse_math=False,
    )
    axes.set_ylabel(unit)
    if not series:
        axes.text(0.5, 0.5, "no figures with a quantity and a date", ha="center", va="center")
        axes.set_xticks([])
        axes.set_yticks([])
        return figure
    ids = _Ids()
    colours = matplotlib.colormaps["tab10"]
    ordered = sorted(series.items(), key=lambda item: _series_label(item[0], data, set(), set()))
    for index, (key, found) in enumerate(ordered):
        found.sort(key=lambda p: p.x)
        colour = colours(index % 10)
        label = _series_label(key, data, minerals, bases)
        axes.plot(
            [p.x for p in found],
            [p.y for p in found],
            color=colour,
            linewidth=1.5,
            label=label,
        )
        for p in found:
            (mark,) = axes.plot(
                [p.x],
                [p.y],
                marker="o",
                markersize=7,
                markerfacecolor="white" if p.figure.estimated else colour,
                markeredgecolor=colour,
                markeredgewidth=1.5,
                linestyle="none",
            )
            mark.set_gid(ids(f"{'estimate' if p.figure.estimated else 'figure'}-{p.figure.id}"))
            if p.low is not None and p.high is not None:
                (bar,) = axes.plot([p.x, p.x], [p.low, p.high], color=colour, linewidth=1)
                bar.set_gid(ids(f"range-{p.figure.id}"))
            if p.figure.estimated:
                axes.annotate(
                    "e",
                    (p.x, p.y),
                    xytext=(5, 4),
                    textcoords="offset points",
                    fontsize=8,
                    fontstyle="italic",
                    color=colour,
                )
    if log:
        axes.set_yscale("log")
    _period_ticks(axes, points)
    axes.grid(color="#dddddd", linewidth=0.6)
    axes.set_axisbelow(True)
    handles, _ = axes.get_legend_handles_labels()
    if any(p.figure.estimated for p in points):
        handles.append(
            Line2D(
                [],
                [],
                marker="o",
                markerfacecolor="white",
                markeredgecolor="#555555",
                linestyle="none",
                label="e: estimate",
            )
        )
    for text in axes.legend(handles=handles, fontsize=8).get_texts():
        text.set_parse_math(False)
    return figure


def _period_ticks(axes: Axes, points: Sequence[_Point]) -> None:
    """Label the x axis with the figures' periods (``2024``), or with dates if there are many."""
    periods = {p.x: p.when for p in points}
    if len(periods) <= 12:
        ticks = sorted(periods)
        axes.set_xticks(ticks, [str(periods[x]) for x in ticks], parse_math=False)
        return
    left, right = axes.get_xlim()
    _date_ticks(axes, left, right)


class _Point:
    """A figure's place on the chart."""

    def __init__(
        self,
        figure: Figure,
        when: PartialDate | DateRange,
        *,
        x: float,
        y: float,
        low: float | None,
        high: float | None,
    ) -> None:
        self.figure, self.when = figure, when
        self.x, self.y, self.low, self.high = x, y, low, high
        basis = figure.basis.value.replace("_", " ") if figure.basis is not None else ""
        self.key = (figure.subject, figure.minerals, basis)


def _figures(
    figures: Dataset | Iterable[Figure],
    *,
    measure: Measure | None,
    countries: Sequence[str],
    mineral: str | None,
) -> list[Figure]:
    if isinstance(figures, Dataset):
        found = figures.query(type=Figure, countries=list(countries), mineral=mineral)
        chosen = [f for f in found if isinstance(f, Figure)]
    else:
        if countries or mineral is not None:
            raise InvalidValueError(
                "figure_chart countries and mineral",
                {"countries": list(countries), "mineral": mineral},
                "no filters with figures chosen by the caller "
                "(give the dataset, or choose the figures with Dataset.query)",
            )
        chosen = list(figures)
        for index, figure in enumerate(chosen):
            if not isinstance(figure, Figure):
                raise InvalidTypeError(f"figure_chart figures[{index}]", figure, "a Figure")
    return [f for f in chosen if measure is None or f.measure is measure]


def _point(figure: Figure, unit: str) -> _Point | None:
    """Where ``figure`` goes on the chart in ``unit``; ``None`` without a quantity or a date."""
    when = figure.period if figure.period is not None else figure.as_of
    if when is None:
        return None
    if isinstance(when, DateRange):
        if when.start is None or when.end is None:
            return None
        start, end = _span(when.start)[0], _span(when.end)[1]
    else:
        start, end = _span(when)
    x = (start + end) / 2
    value = figure.value
    if isinstance(value, Quantity):
        y = _float(value.to(unit).magnitude)
        return _Point(figure, when, x=x, y=y, low=None, high=None)
    if isinstance(value, QuantityRange):
        low, high = _float(value.low.to(unit).magnitude), _float(value.high.to(unit).magnitude)
        return _Point(figure, when, x=x, y=(low + high) / 2, low=low, high=high)
    return None


def _float(value: Decimal) -> float:
    """A magnitude as a position on the chart (the figure keeps the exact value)."""
    return float(value)


def _name(record_id: str | None, data: Dataset | None) -> str:
    """A readable name for a subject or a mineral: its record's name or title, else its id."""
    if record_id is None:
        return "World"
    if record_id.startswith("country:"):
        try:
            return str(country_of(record_id).name)
        except InvalidValueError:
            return record_id
    record: object = data.find(record_id) if data is not None else None
    if record is None:
        from mineralpact import minerals

        try:
            record = minerals.find(record_id)
        except InvalidValueError:
            record = None
    for attribute in ("name", "title", "description"):
        value = getattr(record, attribute, None)
        text = getattr(value, "text", value)
        if isinstance(text, str) and text:
            return text
    return record_id


def _mineral_names(minerals: frozenset[str], data: Dataset | None) -> str:
    return ", ".join(sorted(_name(m, data) for m in minerals))


def _series_label(
    key: tuple[str | None, frozenset[str], str],
    data: Dataset | None,
    minerals: set[frozenset[str]],
    bases: set[str],
) -> str:
    subject, its_minerals, basis = key
    label = _name(subject, data)
    if len(minerals) > 1 and its_minerals:
        label += f", {_mineral_names(its_minerals, data)}"
    if len(bases) > 1 and basis:
        label += f" ({basis})"
    return label


def _figure_title(
    measure: Measure | None, minerals: set[frozenset[str]], bases: set[str], data: Dataset | None
) -> str:
    title = measure.value.capitalize() if measure is not None else "Figures"
    if len(minerals) == 1:
        (only,) = minerals
        if only:
            title += f" of {_mineral_names(only, data)}"
    if len(bases) == 1:
        (basis,) = bases
        if basis:
            title += f" ({basis})"
    return title


# --- files ------------------------------------------------------------------------


def save(figure: MplFigure, path: str | os.PathLike[str]) -> None:
    """Write ``figure`` to ``path``, an ``.svg`` or ``.png`` file, whole or not at all.

    The format is the suffix's. An SVG keeps its text as text (titles and
    dates can be searched and selected) and the ids of the marks (see the
    module's documentation); it holds no date of writing, so the same chart
    gives the same file. The file replaces ``path`` only once it is complete.

    >>> import pathlib, tempfile
    >>> from mineralpact.bundled import korea_mongolia
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> save(timeline_chart(korea_mongolia()), folder / "timeline.svg")
    >>> "<svg" in (folder / "timeline.svg").read_text(encoding="utf-8")
    True
    >>> save(timeline_chart(korea_mongolia()), folder / "timeline.pdf")
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidValueError: invalid save path suffix at ...: '.pdf'; expected ...
    >>> import shutil; shutil.rmtree(folder)

    Raises:
        InvalidValueError: if the suffix is neither ``.svg`` nor ``.png``.
        OSError: if the file cannot be written (it is then left as it was).
    """
    suffix = Path(path).suffix.lower()
    file_format = SUFFIXES.get(suffix)
    if file_format is None:
        raise InvalidValueError(
            "save path suffix", suffix, " or ".join(sorted(SUFFIXES)), path=os.fspath(path)
        )
    _write_bytes(path, render(figure, file_format))


def render(figure: MplFigure, file_format: str) -> bytes:
    """``figure`` as the bytes of an SVG (``"svg"``) or PNG (``"png"``) file.

    >>> from mineralpact.bundled import korea_mongolia
    >>> render(timeline_chart(korea_mongolia()), "png")[:8]
    b'\\x89PNG\\r\\n\\x1a\\n'
    """
    if file_format not in SUFFIXES.values():
        raise InvalidValueError("render file_format", file_format, "'png' or 'svg'")
    buffer = io.BytesIO()
    # Text stays text in the SVG, and its ids do not depend on the run; the
    # settings hold only while the file is written.
    metadata: dict[str, str | None] = (
        {"Date": None} if file_format == "svg" else {"Software": "mineralpact"}
    )
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "mineralpact"}), quiet():
        figure.savefig(buffer, format=file_format, metadata=metadata)
    return buffer.getvalue()


def _write_bytes(path: str | os.PathLike[str], content: bytes) -> None:
    """Write ``content`` through :func:`~mineralpact._atomic.atomic_write`, byte for byte.

    Latin-1 maps each byte to the character with its value and back, and no
    newline is translated, so the file holds exactly ``content``.
    """
    with atomic_write(path, encoding="latin-1", newline="") as out:
        out.write(content.decode("latin-1"))
