"""An MkDocs hook: the charts of the bundled data, drawn while the site is built.

The tutorial and the how-to on charts show them; they are made from the data
of the build, so no drawn file is kept in the repository to go stale. Each is
added to the site's files, where the strict build's link checks find it.
"""

from __future__ import annotations

from typing import Any

#: The charts: their path in the site, and how each is drawn.
CHARTS = {
    "how-to/charts/korea-mongolia-timeline.svg": "timeline",
    "how-to/charts/molybdenum-production.svg": "molybdenum",
}


def draw(name: str) -> bytes:
    """The SVG of one chart of the bundled data."""
    from mineralpact.bundled import korea_mongolia
    from mineralpact.plot import figure_chart, render, timeline_chart

    data = korea_mongolia()
    if name == "timeline":
        chart = timeline_chart(data.timeline(), title="Korea and Mongolia: the bundled timeline")
    else:
        chart = figure_chart(data, unit="kt", mineral="Mo", log=True)
    return render(chart, "svg")


def on_files(files: Any, config: Any) -> Any:
    """Add the drawn charts to the site's files."""
    from mkdocs.structure.files import File

    for path, name in CHARTS.items():
        files.append(File.generated(config, path, content=draw(name)))
    return files
