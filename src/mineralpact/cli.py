"""The ``mineralpact`` command: see, check and query mineral-cooperation data.

Every command reads the bundled Korea–Mongolia dataset unless ``--data``
names files (JSON documents or JSON Lines, merged in the order given)::

    mineralpact timeline --countries KR MN --mineral Nd
    mineralpact disagreements
    mineralpact show agreement:kt-mn-mou-2023
    mineralpact figures --country MN --mineral Mo --unit kt
    mineralpact validate data.json more.jsonl
    mineralpact schema > mineralpact.schema.json

``--format json`` prints mineralpact's own format for programs. Errors go to
standard error with exit status 1; a bad command line shows the usage and
exits with status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from mineralpact.dataset import Dataset, Disagreement, Record, TimelineEntry
from mineralpact.dates import TemporalValue, parse_temporal
from mineralpact.errors import InvalidDocumentError, MineralpactError
from mineralpact.figures import Figure
from mineralpact.quantities import Quantity

__all__ = ["main"]

_PROG = "mineralpact"


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    out = stdout or sys.stdout
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.run(args, out)
    except BrokenPipeError:
        # The reader went away (``mineralpact timeline | head``): stop quietly.
        sys.stderr.close()
        return 0
    except MineralpactError as exc:
        print(f"{_PROG}: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{_PROG}: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    return status


# --- the parser ----------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="See, check and query mineral-cooperation data: agreements, parties, "
        "minerals, figures and the sources behind every fact.",
        epilog="Without --data, commands read the bundled Korea-Mongolia dataset.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    data = argparse.ArgumentParser(add_help=False)
    data.add_argument(
        "--data",
        metavar="FILE",
        action="append",
        type=Path,
        help="a mineralpact file (JSON or JSON Lines); repeat to merge several "
        "(default: the bundled Korea-Mongolia dataset)",
    )
    data.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help="a readable table (default) or mineralpact's JSON format",
    )
    filters = argparse.ArgumentParser(add_help=False)
    filters.add_argument("--party", metavar="ID", help="an org:, person: or country: id")
    filters.add_argument(
        "--country",
        metavar="CODE",
        action="append",
        help="an ISO country code or name; give two for a country pair",
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
        "precision; plans are marked 'planned', and dates that sources dispute are marked '!'.",
    )
    timeline.set_defaults(run=_timeline)

    disagreements = commands.add_parser(
        "disagreements",
        parents=[data],
        help="what the sources dispute, with the competing values and quotations",
    )
    disagreements.set_defaults(run=_disagreements)

    show = commands.add_parser(
        "show", parents=[data], help="one record in full, and the records that refer to it"
    )
    show.add_argument("id", metavar="ID", help="a record id, such as org:kigam")
    show.set_defaults(run=_show)

    figures = commands.add_parser(
        "figures",
        parents=[data],
        help="reserves, production, shares and ranks",
    )
    figures.add_argument("--country", metavar="CODE", action="append", help="an ISO code or name")
    figures.add_argument("--mineral", metavar="MINERAL", help="a symbol, name or id")
    figures.add_argument(
        "--unit", metavar="UNIT", help="convert quantities to this unit (t, kt, Mt, lb, ...)"
    )
    figures.set_defaults(run=_figures)

    validate = commands.add_parser(
        "validate",
        help="check files; exit 0 when every one is valid, 1 otherwise",
        description="Check mineralpact files. Every problem is printed with its file and "
        "JSON path; the exit status is 0 when every file is valid and 1 otherwise.",
    )
    validate.add_argument("files", metavar="FILE", nargs="+", type=Path)
    validate.set_defaults(run=_validate)

    schema = commands.add_parser("schema", help="print the JSON Schema of the file format")
    schema.set_defaults(run=_schema)
    return parser


def _period(text: str) -> TemporalValue:
    try:
        return parse_temporal(text)
    except MineralpactError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


# --- reading data -----------------------------------------------------------------


def _dataset(args: argparse.Namespace) -> Dataset:
    files: list[Path] | None = args.data
    if not files:
        from mineralpact.datasets import korea_mongolia

        return korea_mongolia()
    merged: Dataset | None = None
    for path in files:
        data = _load(path)
        merged = data if merged is None else merged.merge(data)
    assert merged is not None
    return merged


def _load(path: Path) -> Dataset:
    from mineralpact.serialization import load, load_lines

    if path.suffix in (".jsonl", ".ndjson"):
        return load_lines(path)
    return load(path, type=Dataset)


# --- commands ---------------------------------------------------------------------


def _timeline(args: argparse.Namespace, out: TextIO) -> int:
    data = _dataset(args)
    countries = args.country or []
    if len(countries) > 2:
        raise _UsageError("--country takes one country, or two for a pair")
    entries = data.timeline(
        party=args.party,
        countries=countries,
        mineral=args.mineral,
        period=args.period,
    )
    if args.format == "json":
        _print_json([_entry_json(e) for e in entries], out)
        return 0
    rows = [
        (
            str(e.when),
            e.kind.value + (" !" if e.disputed else ""),
            e.title,
            ", ".join(sorted(e.sources)),
        )
        for e in entries
    ]
    _print_table(("when", "what", "title", "sources"), rows, out)
    return 0


def _disagreements(args: argparse.Namespace, out: TextIO) -> int:
    found = _dataset(args).disagreements()
    if args.format == "json":
        _print_json([_disagreement_json(d) for d in found], out)
        return 0
    if not found:
        print("The sources do not disagree.", file=out)
    for d in found:
        print(f"{d.subject} ({d.aspect}):", file=out)
        for claim in d.claims:
            print(f"  {claim.value}", file=out)
            for c in claim.citations:
                quote = f': "{c.quotation}"' if c.quotation else ""
                phrase = f" ('{c.phrase}')" if c.phrase else ""
                print(f"    - {c.source}{phrase}{quote}", file=out)
    return 0


def _show(args: argparse.Namespace, out: TextIO) -> int:
    data = _dataset(args)
    record = data.get(args.id)
    referring = [r for r in data.referring_to(args.id) if r.id != record.id]
    if args.format == "json":
        _print_json({"record": _to_json(record), "referred_to_by": [r.id for r in referring]}, out)
        return 0
    for key, value in _to_json(record).items():
        print(f"{key}: {_inline(value)}", file=out)
    if referring:
        print("referred to by:", file=out)
        for r in referring:
            print(f"  {r.id}", file=out)
    return 0


def _figures(args: argparse.Namespace, out: TextIO) -> int:
    data = _dataset(args)
    countries = args.country or []
    figures = data.query(type=Figure, countries=countries, mineral=args.mineral)
    rows: list[tuple[str, ...]] = []
    shown: list[Record] = []
    for figure in figures:
        assert isinstance(figure, Figure)
        value: object = figure.value if figure.value is not None else figure.description
        if args.unit and isinstance(figure.value, Quantity):
            value = figure.value.to(args.unit)
        if figure.estimated:
            value = f"{value} (estimated)"
        when = figure.period or figure.as_of
        rows.append(
            (
                figure.subject or "world",
                figure.measure.value,
                ", ".join(sorted(figure.minerals)),
                str(value),
                str(when) if when else "",
                ", ".join(sorted({c.source for c in figure.citations})),
            )
        )
        shown.append(figure)
    if args.format == "json":
        _print_json([_to_json(f) for f in shown], out)
        return 0
    _print_table(("subject", "measure", "minerals", "value", "period", "sources"), rows, out)
    return 0


def _validate(args: argparse.Namespace, out: TextIO) -> int:
    failed = False
    for path in args.files:
        problems = _problems(path)
        failed = failed or bool(problems)
        for problem in problems:
            print(f"{path}: {problem}", file=sys.stderr)
        if not problems:
            print(f"{path}: valid", file=out)
    return 1 if failed else 0


def _problems(path: Path) -> list[str]:
    """What is wrong with the file at ``path``, one line a problem."""
    try:
        _load(path)
    except InvalidDocumentError as exc:
        return [str(problem) for problem in exc.problems]
    except OSError as exc:
        return [exc.strerror or str(exc)]
    return []


def _schema(args: argparse.Namespace, out: TextIO) -> int:
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


def _print_json(value: object, out: TextIO) -> None:
    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _print_table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]], out: TextIO) -> None:
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header)]
    widths[-1] = 0  # the last column is not padded
    for row in (header, *rows):
        print(
            "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip(), file=out
        )


def _inline(value: object) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _entry_json(entry: TimelineEntry) -> dict[str, Any]:
    return {
        "when": str(entry.when),
        "kind": entry.kind.value,
        "record": entry.record,
        "title": entry.title,
        "disputed": entry.disputed,
        "citations": [_to_json(c) for c in entry.citations],
    }


def _disagreement_json(d: Disagreement) -> dict[str, Any]:
    return {
        "subject": d.subject,
        "aspect": d.aspect,
        "claims": [
            {
                "value": _to_json(c.value),
                "record": c.record,
                "citations": [_to_json(x) for x in c.citations],
            }
            for c in d.claims
        ],
    }
