"""The ``mineralpact`` command: see, check and query mineral-cooperation data.

Every command reads the bundled Korea–Mongolia dataset, and adds to it the
files that ``--data`` names (JSON documents or JSON Lines, merged in the
order given; ``--no-bundled`` reads the files alone). It says on standard
error which data it reads::

    mineralpact timeline --country KR --country MN --mineral Nd
    mineralpact timeline --country KR --country MN --plot timeline.svg
    mineralpact disagreements
    mineralpact show agreement:kt-mn-mou-2023
    mineralpact figures --country MN --mineral Mo --unit kt
    mineralpact disagreements --data mine.json
    mineralpact validate data.json more.jsonl
    mineralpact schema > mineralpact.schema.json

``--format json`` prints a named view for programs (``{"view":
"mineralpact.timeline", "version": "1.0", ...}``), whose records and values
use the forms of mineralpact's file format; a view is not a data file. A
plan that later sources revised is one timeline entry, with its ``history``:
the milestone's plan as of each source's date (``show`` lists it too).
Errors go to standard error with exit status 1; a bad command line shows the
usage and exits with status 2. The dataset's warnings go to standard error
too, with their count.

>>> import io
>>> out = io.StringIO()
>>> main(["timeline", "--party", "org:kt", "--format", "json"], stdout=out, stderr=io.StringIO())
0
>>> view = json.loads(out.getvalue())
>>> view["view"], view["entries"][0]["record"]
('mineralpact.timeline', 'agreement:kt-mn-mou-2023')
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import difflib
import enum
import io
import json
import re
import sys
from collections.abc import Iterator, Sequence
from decimal import ROUND_HALF_EVEN, Context, Decimal
from pathlib import Path
from typing import Any, TextIO, cast

from mineralpact._decimal import text as decimal_text
from mineralpact._ids import MINERAL_PREFIXES, PARTY_PREFIXES, id_prefix
from mineralpact.dataset import Dataset, Disagreement, EntryKind, Record, TimelineEntry
from mineralpact.dates import TemporalValue, parse_temporal
from mineralpact.errors import (
    InvalidDatasetError,
    InvalidDocumentError,
    InvalidValueError,
    MineralpactError,
    Problem,
    RecordNotFoundError,
)
from mineralpact.figures import Figure
from mineralpact.milestones import Milestone, Plan
from mineralpact.quantities import Count, Money, Quantity

__all__ = ["VIEW_VERSION", "main"]

_PROG = "mineralpact"

#: The version of the views that ``--format json`` prints (``"version"`` in each).
VIEW_VERSION = "1.0"

#: The significant digits a table shows of a tonnage or an amount (integer
#: digits are never dropped); ``--format json`` gives the exact value.
_SIGNIFICANT_DIGITS = 6


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status.

    Output goes to ``stdout`` and ``stderr`` (default: the process's own).
    Text that a stream's encoding cannot hold (a quotation's curly
    apostrophe on an ASCII terminal) is written as a backslash escape
    rather than failing.
    """
    out = _Output(stdout if stdout is not None else sys.stdout)
    err = _Output(stderr if stderr is not None else sys.stderr)
    parser = _parser()
    try:
        with (
            contextlib.redirect_stdout(cast("TextIO", out)),
            contextlib.redirect_stderr(cast("TextIO", err)),
        ):
            args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a bad command line
        return exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 2
    try:
        status: int = args.run(args, out, err)
    except BrokenPipeError:
        # The reader went away (``mineralpact timeline | head``): stop quietly.
        sys.stderr.close()
        return 0
    except MineralpactError as exc:
        print(f"{_PROG}: {_error_text(exc)}", file=err)
        return 1
    except OSError as exc:
        _print_line(f"{_PROG}: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), err)
        return 1
    return status


#: The characters that untrusted text may not bring to a terminal as they are:
#: C0 controls (escape sequences, carriage returns, tabs), DEL and C1 controls,
#: bidirectional formatting (which reorders what is shown) and the line and
#: paragraph separators (which break a line where the layout does not).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape(text: str, *, keep: str = "", form: str | None = None) -> str:
    r"""``text`` with every control, bidi and separator character as a visible escape.

    Each one is shown as Python writes it in a string (``\x1b``, ``\u202e``),
    or in ``form`` (``"\\u{:04x}"`` for JSON), except those in ``keep`` (the
    newlines that the output's own layout writes).
    Every line the command prints goes through this, so that a title or a key
    taken from a file cannot clear the screen, set the window's title, reorder
    what follows it or forge a line of output.

    >>> print(_escape("Mine\x1b[2J\u202e\n"))
    Mine\x1b[2J\u202e\n
    >>> print(_escape("one\ntwo", keep="\n"))
    one
    two
    """

    def escaped(match: re.Match[str]) -> str:
        char = match[0]
        if char in keep:
            return char
        if form is not None:
            return form.format(ord(char))
        return repr(char)[1:-1]  # none of them is printable: \\n, \\x1b, \\u202e

    return _UNSAFE.sub(escaped, text)


def _error_text(exc: MineralpactError) -> str:
    """An error's message, one escaped line per problem."""
    if isinstance(exc, InvalidDatasetError):
        lines = [str(exc).split("\n", 1)[0], *(f"  {p}" for p in exc.problems)]
        return "\n".join(_escape(line) for line in lines)
    return _escape(str(exc))


def _print_line(text: str, stream: _Output) -> None:
    """Print one line made with untrusted text: the newlines it holds are escaped too."""
    print(_escape(text), file=stream)


class _Output:
    """A text stream for the command's output, safe for a terminal.

    It writes control, bidi and separator characters (other than newlines)
    as escapes (see :func:`_escape`), and what its encoding cannot hold as
    backslash escapes.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        encoding = getattr(stream, "encoding", None) or "utf-8"
        try:
            name = codecs.lookup(encoding).name
        except LookupError:
            name = "ascii"
        self._encoding = None if name.startswith("utf") else name

    def write(self, text: str) -> int:
        text = _escape(text, keep="\n")
        if self._encoding is not None:
            try:
                text.encode(self._encoding)
            except UnicodeEncodeError:
                text = text.encode(self._encoding, "backslashreplace").decode(self._encoding)
        return self._stream.write(text)

    def flush(self) -> None:
        self._stream.flush()


# --- the parser ----------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    from mineralpact import __version__

    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="See, check and query mineral-cooperation data: agreements, parties, "
        "minerals, figures and the sources behind every fact.",
        epilog="Commands read the bundled Korea-Mongolia dataset, with the files that --data "
        "adds to it (--no-bundled: the files alone), and say on standard error which.",
    )
    parser.add_argument("--version", action="version", version=f"{_PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    data = argparse.ArgumentParser(add_help=False)
    data.add_argument(
        "--data",
        metavar="FILE",
        action="append",
        type=Path,
        help="a mineralpact file (JSON or JSON Lines) to add to the bundled Korea-Mongolia "
        "dataset; repeat to add several, merged in order. Its records may cite the bundled "
        "sources and refer to the bundled records",
    )
    data.add_argument(
        "--no-bundled",
        action="store_true",
        help="read only the --data files, not the bundled dataset",
    )
    data.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help="a readable table (default), or a JSON view for programs (not a data file)",
    )
    data.add_argument(
        "--warnings",
        action="store_true",
        help="list the data's warnings on standard error, not only their count",
    )
    filters = argparse.ArgumentParser(add_help=False)
    filters.add_argument(
        "--party", metavar="ID", help="an org:, person: or country: id (org:kt, country:mn)"
    )
    filters.add_argument(
        "--country",
        metavar="CODE",
        action="append",
        help="an ISO country code or name; repeat the option for a country pair: "
        "--country KR --country MN",
    )
    filters.add_argument(
        "--through-membership",
        action="store_true",
        help="with --country: also the records of the international organisations the "
        "country was a member of at their date (France as an EU member)",
    )
    filters.add_argument(
        "--mineral", metavar="MINERAL", help="a symbol, name or id (Nd, group:ree)"
    )
    filters.add_argument(
        "--period", metavar="EDTF", type=_period, help="2023, 2025-03, 2023/2025, ../2025-11"
    )

    timeline = commands.add_parser(
        "timeline",
        parents=[data, filters],
        help="events, agreements and milestones in order, each with its sources",
        description="Events, agreements and milestones in order of time. Dates keep their "
        "precision; a milestone's plan is marked 'planned' and its outcome 'actual', and "
        "dates that sources dispute are marked '!'. A plan that later sources revised is "
        "one line, at the latest plan, with the plans it revised ('revised from 2025-11 "
        "as of 2025-09-22').",
    )
    _add_plot_option(timeline)
    timeline.set_defaults(run=_timeline)

    disagreements = commands.add_parser(
        "disagreements",
        parents=[data],
        help="what the sources dispute, with the competing values and quotations",
    )
    disagreements.set_defaults(run=_disagreements)

    show = commands.add_parser(
        "show",
        parents=[data],
        help="one record in full, and the records that refer to it",
        description="One record in full, and the records that refer to it; for a "
        "milestone, also its plan as of each source's date. Takes any id "
        "that the other commands print, including the bundled minerals (element:mo, "
        "group:ree, list:kr-rare-metals) and countries (country:mn).",
    )
    show.add_argument("id", metavar="ID", help="an id, such as org:kigam or element:mo")
    show.set_defaults(run=_show)

    figures = commands.add_parser(
        "figures",
        parents=[data],
        help="reserves, production, shares and ranks",
        description="Reserves, production, shares, ranks and counts, with the basis of "
        "each tonnage. The table rounds tonnages to 6 significant digits (never "
        "dropping integer digits); --format json gives them exactly.",
    )
    figures.add_argument(
        "--country",
        metavar="CODE",
        action="append",
        help="an ISO country code or name; repeat for figures about each: "
        "--country KR --country MN",
    )
    figures.add_argument("--mineral", metavar="MINERAL", help="a symbol, name or id")
    figures.add_argument(
        "--unit", metavar="UNIT", help="convert quantities to this unit (t, kt, Mt, lb, ...)"
    )
    figures.set_defaults(run=_figures)

    validate = commands.add_parser(
        "validate",
        help="check files; exit 0 when every one is valid, 1 otherwise",
        description="Check mineralpact files. Every problem, and every warning, is printed "
        "with its file and JSON path; the exit status is 0 when every file is valid and 1 "
        "otherwise. Warnings (things that may come from the sources themselves) do not make "
        "a file invalid unless --strict is given.",
    )
    validate.add_argument("files", metavar="FILE", nargs="+", type=Path)
    validate.add_argument(
        "--strict",
        "--warnings-as-errors",
        action="store_true",
        help="fail (exit 1) when a file has warnings",
    )
    validate.set_defaults(run=_validate)

    schema = commands.add_parser("schema", help="print the JSON Schema of the file format")
    schema.set_defaults(run=_schema)
    _add_export(commands)
    return parser


def _period(text: str) -> TemporalValue:
    try:
        return parse_temporal(text)
    except MineralpactError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


# --- reading data -----------------------------------------------------------------


def _dataset(args: argparse.Namespace, err: _Output) -> Dataset:
    """The dataset the command reads; what it reads, and its warnings, go to ``err``."""
    files: list[Path] = args.data or []
    if args.no_bundled and not files:
        raise InvalidValueError(
            "--no-bundled",
            "no --data",
            "one or more --data FILE to read instead of the bundled data",
        )
    names = ", ".join(str(path) for path in files)
    if args.no_bundled:
        _print_line(f"{_PROG}: reading {names} (not the bundled data)", err)
    else:
        also = f" and {names}" if files else ""
        _print_line(f"{_PROG}: reading the bundled Korea-Mongolia data{also}", err)
    data: Dataset | None = None
    if not args.no_bundled:
        from mineralpact.bundled import korea_mongolia

        data = korea_mongolia()
    for path in files:
        data = _load(path) if data is None else data.merge(_records_beside(path))
    assert data is not None
    warnings = data.warnings
    if args.warnings:
        for problem in warnings:
            _print_line(f"{_PROG}: warning: {_problem_text(problem)}", err)
    if warnings:
        records = sorted({p.record for p in warnings if p.record})
        about = f", about {', '.join(records[:3])}{', ...' if len(records) > 3 else ''}"
        hint = "" if args.warnings else " (--warnings lists them)"
        _print_line(
            f"{_PROG}: the data has {_plural(len(warnings), 'warning')}"
            f"{about if records else ''}{hint}",
            err,
        )
    return data


#: The problems of a file that may be solved by the data it is added to.
_BESIDE = frozenset({"unknown-source", "missing-reference"})


def _records_beside(path: Path) -> Dataset | list[Record]:
    """The file at ``path`` to add to other data: a dataset, or records checked beside the data.

    A file that cites sources, or refers to records, that only the data it is
    added to holds is read record by record, each record checked alone; the
    merge checks the rest.
    """
    from mineralpact.serialization import iter_lines

    try:
        return _load(path)
    except (InvalidDocumentError, InvalidDatasetError) as exc:
        if not exc.problems or any(p.code not in _BESIDE for p in exc.problems):
            raise
    if path.suffix in (".jsonl", ".ndjson"):
        return list(iter_lines(path))
    raw = json.loads(path.read_text(encoding="utf-8"))
    lines = [json.dumps({"format": raw["format"], "version": raw["version"]})]
    lines.extend(json.dumps(record) for record in raw["records"])
    return list(iter_lines(io.StringIO("\n".join(lines) + "\n")))


def _problem_text(problem: Problem) -> str:
    return f"{problem} [{problem.record}]" if problem.record else str(problem)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _load(path: Path) -> Dataset:
    from mineralpact.serialization import load, load_lines

    try:
        if path.suffix in (".jsonl", ".ndjson"):
            return load_lines(path)
        return load(path, type=Dataset)
    except InvalidDocumentError:
        view = _view_name(path)
        if view is None:
            raise
        raise InvalidDocumentError(
            [
                Problem(
                    path="$.view",
                    code="view-not-data",
                    message=f"this is a {view.removeprefix('mineralpact.')} view, which "
                    f"'mineralpact {_VIEW_COMMANDS.get(view, 'COMMAND')} --format json' "
                    "prints for programs, not a mineralpact data file",
                    value=repr(view),
                    expected='a mineralpact document ({"format": "mineralpact", ...}) '
                    "or JSON Lines file",
                )
            ]
        ) from None


#: The views that ``--format json`` prints, and the command that prints each.
_VIEW_COMMANDS = {
    "mineralpact.timeline": "timeline",
    "mineralpact.disagreements": "disagreements",
    "mineralpact.record": "show",
    "mineralpact.figures": "figures",
}


def _view_name(path: Path) -> str | None:
    """The name of the view held in the file at ``path``, if it holds one."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    view = raw.get("view") if isinstance(raw, dict) else None
    return view if isinstance(view, str) and view.startswith("mineralpact.") else None


def _view(name: str, **content: object) -> dict[str, object]:
    """A ``--format json`` view: named, versioned, and unlike a data file."""
    return {"view": f"mineralpact.{name}", "version": VIEW_VERSION, **content}


def _check_party(data: Dataset, party: str) -> None:
    """Refuse a ``--party`` that names nothing, suggesting close ids."""
    prefix = id_prefix(party) if ":" in party else ""
    if prefix == "country" and _country(party) is not None:
        return
    if prefix in PARTY_PREFIXES and party in data:
        return
    candidates = sorted(r.id for r in data if id_prefix(r.id) in PARTY_PREFIXES)
    close = difflib.get_close_matches(party, candidates, n=3)
    if not close and party != party.lower():
        # Ids are in lower case: country:mn for "country:MN".
        close = [party.lower()] if party.lower() in data or _country(party.lower()) else []
    if not close and prefix not in PARTY_PREFIXES:
        # A bare name or code: org:kt for "KT", country:mn for "MN".
        close = [
            f"{p}:{party.lower()}" for p in ("org", "person") if f"{p}:{party.lower()}" in data
        ]
        if _country(f"country:{party.lower()}") is not None:
            close.append(f"country:{party.lower()}")
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise _UsageError(
        f"--party: no party with id {party!r} in the data (an org:, person: or country: id){hint}"
    )


def _country(country_id: str) -> Any:
    """The :class:`~mineralpact.Country` that a ``country:`` id names, or ``None``."""
    from mineralpact.codes import Country

    code = country_id.partition(":")[2]
    if not code.isalpha() or not code.islower():
        return None
    try:
        return Country(code.upper())
    except InvalidValueError:
        return None


# --- commands ---------------------------------------------------------------------


def _timeline(args: argparse.Namespace, out: _Output, err: _Output) -> int:
    if args.plot is not None:
        # Without the plot extra, say so before reading or printing anything.
        import mineralpact.plot  # noqa: F401
    data = _dataset(args, err)
    countries = args.country or []
    if len(countries) > 2:
        raise _UsageError("--country takes one country, or two for a pair")
    if args.through_membership and not countries:
        raise _UsageError("--through-membership needs --country")
    if args.party is not None:
        _check_party(data, args.party)
    entries = data.timeline(
        party=args.party,
        countries=countries,
        mineral=args.mineral,
        period=args.period,
        through_membership=args.through_membership,
    )
    if args.format == "json":
        _print_json(_view("timeline", entries=[_entry_json(data, e) for e in entries]), out)
        if args.plot is not None:
            _plot_timeline(entries, args.plot, err)
        return 0
    rows = [
        (
            str(e.when),
            e.kind.value + (" !" if e.disputed else ""),
            e.title + "".join(f"; revised from {_as_of(p)}" for p in e.history),
            ", ".join(sorted(e.sources))
            + "".join(f"; {p.value}: {', '.join(sorted(p.sources))}" for p in e.history),
        )
        for e in entries
    ]
    _print_table(("when", "what", "title", "sources"), rows, out)
    if args.plot is not None:
        _plot_timeline(entries, args.plot, err)
    kinds = {e.kind for e in entries}
    legend = []
    if EntryKind.PLANNED in kinds or EntryKind.ACTUAL in kinds:
        legend.append("planned: a milestone's plan; actual: its outcome")
    if any(e.history for e in entries):
        legend.append(
            "revised from D as of A: sources published on A planned D, and later sources "
            "revised the plan (see: mineralpact show ID)"
        )
    if any(e.disputed for e in entries):
        legend.append(
            "!: other sources give another date for the same thing (see: mineralpact disagreements)"
        )
    _print_legend(legend, out)
    return 0


def _add_plot_option(command: argparse.ArgumentParser) -> None:
    """``--plot FILE``: also draw the chart into an .svg or .png file (the ``plot`` extra)."""
    command.add_argument(
        "--plot",
        metavar="FILE",
        type=_plot_path,
        help="also draw the timeline as a chart into FILE, an .svg or .png file "
        '(needs matplotlib: pip install "mineralpact[plot]")',
    )


#: The files that ``--plot`` draws into (see :data:`mineralpact.plot.SUFFIXES`).
_PLOT_SUFFIXES = (".svg", ".png")


def _plot_path(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() not in _PLOT_SUFFIXES:
        found = f"'{path.suffix}'" if path.suffix else "no suffix"
        raise argparse.ArgumentTypeError(
            f"{text!r} ends with {found}: the chart is written as .svg or .png"
        )
    return path


def _plot_timeline(entries: Sequence[TimelineEntry], path: Path, err: _Output) -> None:
    """Draw ``entries`` into ``path``; say on ``err`` where the chart went."""
    from mineralpact.plot import save, timeline_chart

    save(timeline_chart(entries), path)
    _print_line(f"{_PROG}: drew the timeline into {path}", err)


def _disagreements(args: argparse.Namespace, out: _Output, err: _Output) -> int:
    data = _dataset(args, err)
    found = data.disagreements()
    if args.format == "json":
        _print_json(
            _view("disagreements", disagreements=[_disagreement_json(data, d) for d in found]),
            out,
        )
        return 0
    if not found:
        print("The sources do not disagree.", file=out)
    for d in found:
        _print_line(f"{_label(data, d.subject)}: {d.aspect}", out)
        for claim in d.claims:
            record = f"  [{_label(data, claim.record)}]" if claim.record != d.subject else ""
            as_of = f" as of {claim.as_of}" if claim.as_of is not None else ""
            value = claim.value.value if isinstance(claim.value, enum.Enum) else claim.value
            _print_line(f"  {value}{as_of}{record}", out)
            if claim.reason is not None:
                _print_line(f"    reason: {claim.reason}", out)
            for c in claim.citations:
                quote = f': "{c.quotation}"' if c.quotation else ""
                phrase = f" ('{c.phrase}')" if c.phrase else ""
                _print_line(f"    - {c.source}{phrase}{quote}", out)
    return 0


def _show(args: argparse.Namespace, out: _Output, err: _Output) -> int:
    data = _dataset(args, err)
    fields = _fields(data, args.id)
    if args.format == "json":
        sections = _sections(data, args.id, labelled=False)
        _print_json(
            _view("record", record=fields, **{k.replace(" ", "_"): v for k, v in sections}),
            out,
        )
        return 0
    for line in _layout(fields):
        _print_line(line, out)
    for heading, value in _sections(data, args.id, labelled=True):
        if value:
            print(f"{heading}:", file=out)
            for line in _layout(value, indent="  "):
                _print_line(line, out)
    return 0


def _fields(data: Dataset, record_id: str) -> dict[str, Any]:
    """The record with ``record_id`` in the file format's JSON form, held or bundled.

    A dataset can refer to countries and to the bundled minerals without
    holding them; ``show`` shows them too.
    """
    record = data.find(record_id)
    if record is None and id_prefix(record_id) in MINERAL_PREFIXES:
        from mineralpact import minerals

        record = cast("Record | None", minerals.find(record_id))
    if record is None and record_id.startswith("src:"):
        from mineralpact import minerals

        bundled = {r.id: r for r in minerals.reference_records()}
        record = cast("Record | None", bundled.get(record_id))
    if record is not None:
        return cast("dict[str, Any]", _to_json(record))
    country = _country(record_id) if record_id.startswith("country:") else None
    if country is not None:
        fields: dict[str, Any] = {
            "type": "country",
            "id": record_id,
            "code": country.alpha2,
            "alpha3": country.alpha3,
            "numeric": country.numeric,
            "name": country.name,
            "common_name": country.common_name,
        }
        if country.official_name:
            fields["official_name"] = country.official_name
        return fields
    data.get(record_id)  # raises, suggesting close ids
    raise RecordNotFoundError(record_id)  # pragma: no cover - get() raised


def _sections(data: Dataset, record_id: str, *, labelled: bool) -> list[tuple[str, Any]]:
    """What ``show`` prints after a record's own fields, as (heading, nested value).

    Each value is laid out like the fields (nested mappings and lists as
    indented lines; an empty value is left out of the table) and is a member
    of the JSON view, under the heading with ``_`` for spaces. Views derived
    from the whole dataset belong here: the records that refer to this one
    (with their titles when ``labelled``), the agreements and laws that
    establish it, and, for a milestone, its plan as of each source's date.
    """
    sections: list[tuple[str, Any]] = []
    if isinstance(data.find(record_id), Milestone):
        plans = data.plan_history(record_id)
        sections.append(
            ("plan history", [_plan_text(p) if labelled else _plan_json(p) for p in plans])
        )
    established = [r.id for r in data.established_by(record_id)] if record_id in data else []
    if established:
        # Only when there is one: the view of other records stays as it was.
        if labelled:
            established = [_label(data, r) for r in established]
        sections.append(("established by", established))
    referring = [r.id for r in data.referring_to(record_id) if r.id != record_id]
    if labelled:
        referring = [_label(data, r) for r in referring]
    sections.append(("referred to by", referring))
    # Other datasets' statements of the record, kept by merging (see Dataset.merge);
    # a country or a bundled mineral shown here is not a record of the dataset.
    restated = data.restatements(record_id) if record_id in data else ()
    sections.append(("restated by", [r.id for r in restated]))
    return sections


def _figures(args: argparse.Namespace, out: _Output, err: _Output) -> int:
    import attrs

    data = _dataset(args, err)
    countries = args.country or []
    rows: list[tuple[str, ...]] = []
    shown: list[Figure] = []
    rounded = False
    for record in data.query(type=Figure, countries=countries, mineral=args.mineral):
        figure = cast("Figure", record)
        if args.unit and isinstance(figure.value, Quantity):
            figure = attrs.evolve(figure, value=figure.value.to(args.unit))
        shown.append(figure)
        if figure.value is None:
            value = figure.description or ""
        else:
            value, exact = _display(figure.value)
            rounded = rounded or not exact
        if figure.estimated:
            value = f"{value} (estimated)"
        when = figure.period or figure.as_of
        rows.append(
            (
                figure.subject or "world",
                figure.measure.value,
                ", ".join(sorted(figure.minerals)),
                value,
                figure.basis.value.replace("_", " ") if figure.basis else "",
                str(when) if when else "",
                ", ".join(sorted({c.source for c in figure.citations})),
            )
        )
    if args.format == "json":
        _print_json(_view("figures", figures=[_to_json(f) for f in shown]), out)
        return 0
    _print_table(
        ("subject", "measure", "minerals", "value", "basis", "period", "sources"), rows, out
    )
    if rounded:
        _print_legend(
            [
                f"values rounded to {_SIGNIFICANT_DIGITS} significant digits "
                "(--format json gives them exactly)"
            ],
            out,
        )
    return 0


def _validate(args: argparse.Namespace, out: _Output, err: _Output) -> int:
    failed = False
    for path in args.files:
        problems, warnings = _problems(path)
        for problem in problems:
            _print_line(f"{path}: {problem}", err)
        for warning in warnings:
            _print_line(f"{path}: warning: {_problem_text(warning)}", err)
        failed = failed or bool(problems) or (args.strict and bool(warnings))
        if problems:
            continue
        if not warnings:
            _print_line(f"{path}: valid", out)
        elif args.strict:
            _print_line(f"{path}: invalid: {_plural(len(warnings), 'warning')} (--strict)", out)
        else:
            _print_line(f"{path}: valid, with {_plural(len(warnings), 'warning')}", out)
    return 1 if failed else 0


def _problems(path: Path) -> tuple[list[str], tuple[Problem, ...]]:
    """What is wrong with the file at ``path`` (one line a problem), and its warnings."""
    try:
        data = _load(path)
    except InvalidDocumentError as exc:
        return [str(p) for p in exc.problems] + [str(g) for g in exc.more], ()
    except OSError as exc:
        return [exc.strerror or str(exc)], ()
    return [], data.warnings


def _schema(args: argparse.Namespace, out: _Output, err: _Output) -> int:
    from mineralpact.schema import json_schema

    _print_json(json_schema(), out)
    return 0


# --- output -----------------------------------------------------------------------


class _UsageError(MineralpactError):
    """A combination of options that the parser cannot refuse by itself."""


def _to_json(value: object) -> Any:
    """``value`` in mineralpact's JSON format, as Python lists, dicts and strings."""
    from mineralpact.serialization import dumps

    return json.loads(dumps(value))


def _print_json(value: object, out: _Output) -> None:
    """``value`` as JSON, with control, bidi and separator characters as ``\\uXXXX``.

    They can only stand inside strings, where JSON's own escape keeps the text
    valid JSON with the same value.
    """
    text = json.dumps(value, ensure_ascii=False, indent=2)
    # The newlines are the layout's own: inside strings JSON writes them as \\n.
    out.write(_escape(text, keep="\n", form="\\u{:04x}") + "\n")


def _print_table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]], out: _Output) -> None:
    rows = [tuple(_escape(cell) for cell in row) for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header)]
    widths[-1] = 0  # the last column is not padded
    for row in (header, *rows):
        _print_line(
            "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip(), out
        )


def _print_legend(lines: Sequence[str], out: _Output) -> None:
    """The marks a table uses, explained below it after an empty line."""
    if lines:
        print(file=out)
        for line in lines:
            _print_line(line, out)


def _layout(value: Any, indent: str = "") -> Iterator[str]:
    """A JSON value as indented lines: ``key: value``, nested values below their key."""
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str) and "\n" in item:
                # Text of several lines, as a block under its key.
                yield f"{indent}{key}: |"
                # Only newlines break it: other separators are shown as escapes.
                yield from (f"{indent}  {line}" for line in item.split("\n"))
            elif _is_scalar(item):
                yield f"{indent}{key}: {_scalar(item)}"
            elif not item:
                yield f"{indent}{key}: {'[]' if isinstance(item, list) else '{}'}"
            else:
                yield f"{indent}{key}:"
                yield from _layout(item, indent + "  ")
    elif isinstance(value, list):
        for item in value:
            if _is_scalar(item) or not item:
                yield f"{indent}- {_scalar(item) if _is_scalar(item) else json.dumps(item)}"
            else:
                lines = list(_layout(item, indent + "  "))
                # The first line of an item follows its dash.
                yield f"{indent}- {lines[0][len(indent) + 2 :]}"
                yield from lines[1:]
    else:
        yield f"{indent}{_scalar(value)}"


def _is_scalar(value: object) -> bool:
    return not isinstance(value, (dict, list))


def _scalar(value: object) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value)


def _title(data: Dataset, record_id: str) -> str | None:
    """The title, description or name of the record with ``record_id``, if it has one."""
    record = data.find(record_id)
    for attribute in ("title", "description", "name"):
        title = getattr(record, attribute, None)
        text = getattr(title, "text", title)
        if isinstance(text, str) and text:
            return text
    return None


def _label(data: Dataset, record_id: str) -> str:
    """``record_id`` with the record's title or name, when it has one."""
    title = _title(data, record_id)
    return f"{record_id} ({title})" if title else record_id


def _display(value: object) -> tuple[str, bool]:
    """A figure's value as a table shows it, and whether that shows it exactly.

    The value's own text (``str``), with a tonnage's or an amount's number
    rounded to a readable number of significant digits, with thousands
    separators; an approximate value reads "about" (``about 16% of …``,
    ``about 80 kinds``).
    """
    text = str(value)
    if isinstance(value, Count) and value.approximate:
        # "about 80 kinds", as an approximate share or tonnage reads, not "~80".
        text = f"about {text.removeprefix('~')}"
    number: Decimal | None = None
    if isinstance(value, Quantity):
        number = value.magnitude
    elif isinstance(value, Money):
        number = value.amount
    # The value's text writes its number as the library does (the exponent as
    # E whatever the caller's Decimal context), so look for it the same way.
    written = None if number is None else decimal_text(number)
    if written is None or number is None or written not in text:
        return text, True
    shown, exact = _number(number)
    return text.replace(written, shown, 1), exact


def _number(value: Decimal) -> tuple[str, bool]:
    """``value`` to 6 significant digits, keeping every integer digit: ``6,856,376``.

    Returns the text and whether it is the exact value.

    >>> _number(Decimal("6856376.353949692760484485221830341"))
    ('6,856,376', False)
    >>> _number(Decimal("3.11")), _number(Decimal("0.000123456789"))
    (('3.11', True), ('0.000123457', False))
    >>> _number(Decimal("256000")), _number(Decimal("-1234.5678"))
    (('256,000', True), ('-1,234.57', False))
    """
    if not value:
        return "0", True
    exponent = min(value.adjusted() - (_SIGNIFICANT_DIGITS - 1), 0)
    context = Context(prec=max(value.adjusted() - exponent + 2, 1), rounding=ROUND_HALF_EVEN)
    rounded = value.quantize(Decimal(1).scaleb(exponent, context), context=context)
    text = f"{rounded:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text, rounded == value


def _as_of(plan: Plan) -> str:
    """``2025-11 as of 2025-09-22``: a plan and the date as of which it was stated."""
    return f"{plan.value} as of {plan.as_of if plan.as_of is not None else 'an unknown date'}"


def _plan_text(plan: Plan) -> str:
    """A plan as a line of ``show``'s plan history."""
    marks = [m for m, on in (("superseded", plan.superseded), ("disputed", plan.disputed)) if on]
    mark = f" ({', '.join(marks)})" if marks else ""
    return f"{_as_of(plan)}{mark}: {', '.join(sorted(plan.sources))}"


def _plan_json(plan: Plan) -> dict[str, Any]:
    return {
        "value": str(plan.value),
        "as_of": None if plan.as_of is None else str(plan.as_of),
        "sources": sorted(plan.sources),
        "superseded": plan.superseded,
        "disputed": plan.disputed,
    }


def _entry_json(data: Dataset, entry: TimelineEntry) -> dict[str, Any]:
    """A timeline entry in the timeline view.

    A milestone's plan has its ``history``: every plan of the milestone as
    of each source's date, oldest first (the revised ones ``superseded``);
    other entries have an empty one.
    """
    history: tuple[Plan, ...] = ()
    if entry.kind is EntryKind.PLANNED:
        history = data.plan_history(entry.record)
    return {
        "when": str(entry.when),
        "kind": entry.kind.value,
        "record": entry.record,
        "title": entry.title,
        "disputed": entry.disputed,
        "citations": [_to_json(c) for c in entry.citations],
        "history": [_plan_json(p) for p in history],
    }


def _disagreement_json(data: Dataset, d: Disagreement) -> dict[str, Any]:
    return {
        "subject": d.subject,
        "title": _title(data, d.subject),
        "aspect": d.aspect,
        "claims": [
            {
                "value": _to_json(c.value),
                "as_of": None if c.as_of is None else str(c.as_of),
                "record": c.record,
                "citations": [_to_json(x) for x in c.citations],
                **({} if c.reason is None else {"reason": c.reason}),
            }
            for c in d.claims
        ],
    }


# --- export: the tables of mineralpact.tables as files ----------------------------


def _add_export(commands: Any) -> None:
    """The ``export`` command: one file per table (needs the ``arrow`` extra)."""
    export = commands.add_parser(
        "export",
        help="write the figures, timeline, parties and agreements tables to files",
        description="Write the data as tables, one file each in DIR: figures, timeline, "
        "parties and agreements (their columns: the reference page 'Tables'). Parquet "
        "keeps exact decimals and dates as typed columns; JSON Lines writes decimals as "
        "their exact text; CSV joins lists with ';'. Each file replaces the old one only "
        'when complete. Needs the arrow extra: pip install "mineralpact[arrow]".',
    )
    export.add_argument("folder", metavar="DIR", type=Path, help="the folder to write to")
    export.add_argument(
        "--format",
        dest="table_format",
        choices=("parquet", "csv", "jsonl", "ftm"),
        default="parquet",
        help="the file format (default: parquet); ftm writes FollowTheMoney entities to "
        "DIR/entities.ftm.json instead of the tables (needs the ftm extra: "
        'pip install "mineralpact[ftm]")',
    )
    export.add_argument(
        "--unit",
        metavar="UNIT",
        help="also give each quantity in this unit, exactly (the figures' normalised column)",
    )
    export.add_argument(
        "--data",
        metavar="FILE",
        action="append",
        type=Path,
        help="a mineralpact file (JSON or JSON Lines) to add to the bundled data; repeat "
        "to add several",
    )
    export.add_argument("--no-bundled", action="store_true", help="read only the --data files")
    export.add_argument(
        "--warnings", action="store_true", help="list the data's warnings on standard error"
    )
    _add_partition_by(export)
    export.set_defaults(run=_export)


def _add_partition_by(export: argparse.ArgumentParser) -> None:
    export.add_argument(
        "--partition-by",
        choices=("measure", "year"),
        help="write the figures as a Hive-style folder DIR/figures/, one subfolder per "
        "measure (measure=production/) or per year of the period's first day, which "
        "DuckDB, Polars and Spark read as one table (default: one file)",
    )


def _export(args: argparse.Namespace, out: _Output, err: _Output) -> int:
    # Without pyarrow: MissingExtraError, which says which extra to install.
    if args.table_format == "ftm":
        return _export_ftm(args, out, err)
    from mineralpact import tables

    data = _dataset(args, err)
    written = tables.export(
        data,
        args.folder,
        format=args.table_format,
        unit=args.unit,
        partition_by=args.partition_by,
    )
    for path in written:
        _print_line(str(path), out)
    return 0


def _export_ftm(args: argparse.Namespace, out: _Output, err: _Output) -> int:
    """``export --format ftm``: FollowTheMoney entities, one file in DIR."""
    # Without followthemoney: MissingExtraError, which says which extra to install.
    from mineralpact import ftm

    # FtM entities have no figures: a unit or a partition would be silently ignored.
    if args.unit is not None:
        raise InvalidValueError("--unit", args.unit, "no --unit with --format ftm")
    if args.partition_by is not None:
        raise InvalidValueError(
            "--partition-by", args.partition_by, "no --partition-by with --format ftm"
        )
    data = _dataset(args, err)
    args.folder.mkdir(parents=True, exist_ok=True)
    _print_line(str(ftm.write(data, args.folder / ftm.FILE_NAME)), out)
    return 0
