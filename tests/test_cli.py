"""The command line, driven as a user drives it.

Most tests run :func:`mineralpact.cli.main` in the test process, with its own
output streams; a few smoke tests run the installed console script (and
``python -m mineralpact``) in a subprocess.
"""

from __future__ import annotations

import decimal
import io
import json
import os
import re
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import mineralpact
from mineralpact import (
    Citation,
    Dataset,
    DateClaim,
    Milestone,
    Organisation,
    OrganisationKind,
    PartialDate,
    Quantity,
    Source,
    dumps,
)
from mineralpact.bundled import korea_mongolia
from mineralpact.cli import _display, _layout, _number, main
from mineralpact.serialization import dump_lines


class Result(NamedTuple):
    status: int
    stdout: str
    stderr: str


def cli(*args: str) -> Result:
    """``mineralpact ARGS``, run in this process."""
    out, err = io.StringIO(), io.StringIO()
    status = main(list(args), stdout=out, stderr=err)
    assert "Traceback" not in err.getvalue()
    return Result(status, out.getvalue(), err.getvalue())


def script() -> str:
    path = shutil.which("mineralpact", path=str(Path(sys.executable).parent))
    assert path is not None, "the console script is not installed"
    return path


def table_rows(text: str) -> list[str]:
    """The rows of a table, without its header and legend."""
    rows = text.split("\n\n", maxsplit=1)[0].splitlines()
    return rows[1:]


# --- smoke tests of the installed command ---------------------------------------


def test_the_console_script_and_python_dash_m() -> None:
    for command in ([script()], [sys.executable, "-m", "mineralpact"]):
        result = subprocess.run(
            [*command, "timeline", "--period", "2023-11"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        assert "1st meeting of the Korea-Mongolia Rare Metals Cooperation Joint Committee" in (
            result.stdout
        )


def test_an_ascii_terminal_gets_escapes_not_a_traceback() -> None:
    environment = {**os.environ, "PYTHONIOENCODING": "ascii"}
    for args, stream in (
        (["show", "org:mn-government"], "stdout"),  # a quotation with a curly apostrophe
        (["show", "org:gcrä"], "stderr"),  # an error message that repeats the input
    ):
        result = subprocess.run(
            [script(), *args], capture_output=True, check=False, env=environment
        )
        assert b"Traceback" not in result.stderr
        text = getattr(result, stream).decode("ascii")
        assert "\\u2019" in text or "\\xe4" in text


def test_a_closed_pipe_is_not_an_error() -> None:
    producer = subprocess.Popen(
        [script(), "timeline"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert producer.stdout is not None
    producer.stdout.readline()
    producer.stdout.close()
    _, stderr = producer.communicate()
    assert b"Traceback" not in stderr


# --- the timeline -----------------------------------------------------------------


def test_timeline_of_the_bundled_dataset() -> None:
    result = cli("timeline")
    assert result.status == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["when", "what", "title", "sources"]
    # The date column is as wide as its widest date, the uncertain 2025-12-10?.
    assert lines[1].startswith("2021-12      event")
    assert any(
        line.startswith("2025-01-12?  actual !") and "src:sedaily-2025-12-15" in line
        for line in lines
    )
    assert any(line.startswith("../2025-11   planned") for line in lines)


def test_the_timeline_explains_its_marks() -> None:
    disputed = cli("timeline", "--period", "2025-12").stdout
    legend = disputed.split("\n\n")[1]
    assert "!: other sources give another date for the same thing" in legend
    assert "planned: a milestone's plan; actual: its outcome" in legend
    plain = cli("timeline", "--party", "org:kt").stdout
    assert " !" not in plain
    assert "!:" not in plain


def test_timeline_filters() -> None:
    pair = cli("timeline", "--country", "KR", "--country", "Mongolia", "--mineral", "Nd")
    assert pair.status == 0
    assert "Memorandum of understanding on rare metal supply chains" in pair.stdout
    party = cli("timeline", "--party", "org:kt")
    assert "Memorandum of understanding on mineral resources" in party.stdout
    assert "rare metal supply chains" not in party.stdout
    period = cli("timeline", "--period", "2025-12")
    assert [line.split()[0] for line in table_rows(period.stdout)] == [
        "2025-12-10?",  # the Seoul Economic Daily's "Wednesday", read against an uncertain date
        "2025-12-12",
        "2025-12-12",
    ]


def _entries(*args: str) -> list[tuple[str, str, str]]:
    result = cli("timeline", "--format", "json", *args)
    assert result.status == 0, result.stderr
    return [(e["when"], e["kind"], e["record"]) for e in json.loads(result.stdout)["entries"]]


def test_a_country_pair_gives_the_rows_about_both() -> None:
    data = korea_mongolia()
    both = {e.record for e in data.timeline(country="KR")} & {
        e.record for e in data.timeline(country="MN")
    }
    expected = [
        (str(e.when), e.kind.value, e.record)
        for e in data.timeline(country="KR")
        if e.record in both
    ]
    assert expected  # the bundled data has Korea-Mongolia records
    assert _entries("--country", "KR", "--country", "MN") == expected
    assert _entries("--country", "MN", "--country", "KR") == expected
    assert _entries("--country", "KR", "--country", "MN") == [
        (str(e.when), e.kind.value, e.record) for e in data.timeline(countries=("KR", "MN"))
    ]
    # Japan takes part in nothing in the bundled data, with Korea or alone.
    assert _entries("--country", "JP", "--country", "KR") == []
    assert _entries("--country", "KR", "--country", "JP") == []


def test_a_revised_plan_is_one_line_with_its_history() -> None:
    result = cli("timeline", "--period", "2025")
    plans = [
        row for row in table_rows(result.stdout) if "The centre opens" in row and "planned" in row
    ]
    # The Korea Times planned November as of 2025-09-22; Yonhap and JoongAng
    # planned 12 December as of 2025-12-11. One plan, revised; no dispute.
    assert len(plans) == 1
    [row] = plans
    assert row.split()[:2] == ["2025-12-12", "planned"]
    assert "The centre opens; revised from 2025-11 as of 2025-09-22" in row
    assert row.endswith(
        "src:joongang-2025-12-11, src:yonhap-2025-12-11; 2025-11: src:korea-times-2025-09-22"
    )
    legend = result.stdout.split("\n\n")[1]
    assert "revised from D as of A: sources published on A planned D" in legend
    assert "revised from" not in cli("timeline", "--party", "org:kt").stdout


def test_the_timeline_view_gives_each_plan_history() -> None:
    view = json.loads(cli("timeline", "--format", "json").stdout)
    [opening] = [
        e
        for e in view["entries"]
        if e["record"] == "milestone:centre-opening" and e["kind"] == "planned"
    ]
    assert opening["when"] == "2025-12-12"
    assert opening["history"] == [
        {
            "value": "2025-11",
            "as_of": "2025-09-22",
            "sources": ["src:korea-times-2025-09-22"],
            "superseded": True,
            "disputed": False,
        },
        {
            "value": "2025-12-12",
            "as_of": "2025-12-11",
            "sources": ["src:joongang-2025-12-11", "src:yonhap-2025-12-11"],
            "superseded": False,
            "disputed": False,
        },
    ]
    # A plan never revised has a history of one; other entries have none.
    [committee] = [
        e
        for e in view["entries"]
        if e["record"] == "milestone:first-committee-2023" and e["kind"] == "planned"
    ]
    assert [(p["value"], p["superseded"]) for p in committee["history"]] == [("2023-11", False)]
    assert all(e["history"] == [] for e in view["entries"] if e["kind"] != "planned")


def test_timeline_as_a_named_json_view() -> None:
    view = json.loads(cli("timeline", "--format", "json", "--period", "2023-02").stdout)
    assert view["view"] == "mineralpact.timeline"
    assert view["version"] == "1.0"
    assert "format" not in view  # it is not a data file
    mou = next(e for e in view["entries"] if e["record"] == "agreement:kr-mn-rare-metals-mou-2023")
    assert mou["when"] == "2023-02-15"
    assert mou["kind"] == "agreement"
    assert {c["source"] for c in mou["citations"]} >= {"src:yonhap-2023-02-15"}


@pytest.mark.parametrize(
    ("party", "hint"),
    [
        ("org:ktt", "did you mean org:kt"),
        ("KT", "did you mean org:kt"),
        ("mn", "did you mean country:mn"),
        ("country:xx", "an org:, person: or country: id"),
        ("agreement:kt-mn-mou-2023", "an org:, person: or country: id"),
        ("person:nobody", "no party with id 'person:nobody'"),
        ("country:MN", "did you mean country:mn?"),
        ("org:KT", "did you mean org:kt?"),
    ],
)
def test_a_party_that_names_nothing_is_an_error(party: str, hint: str) -> None:
    result = cli("timeline", "--party", party)
    assert result.status == 1
    assert result.stdout == ""
    # One error line, with one hint: the command line's, not the library's as well.
    [error] = [line for line in result.stderr.splitlines() if "no party" in line]
    assert error.startswith(f"mineralpact: --party: no party with id {party!r}")
    assert hint in error
    assert result.stderr.count("did you mean") <= 1


@pytest.mark.parametrize("party", ["org:kt", "country:mn", "country:jp", "person:ku-hyeon-mo"])
def test_a_party_the_data_can_refer_to_is_accepted(party: str) -> None:
    assert cli("timeline", "--party", party).status == 0


# --- disagreements ----------------------------------------------------------------


def test_disagreements_name_records_by_title_and_id() -> None:
    result = cli("disagreements")
    assert result.status == 0
    assert "milestone:centre-opening (The centre opens): actual\n" in result.stdout
    assert "src:sedaily-2025-12-15 ('January 12')" in result.stdout
    view = json.loads(cli("disagreements", "--format", "json").stdout)
    assert view["view"] == "mineralpact.disagreements"
    assert {(d["subject"], d["title"]) for d in view["disagreements"]} == {
        ("milestone:centre-opening", "The centre opens")
    }
    assert "actual" in {d["aspect"] for d in view["disagreements"]}


@pytest.fixture(scope="module")
def disputed_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled data, with JoongAng planning the opening for 15 December."""
    data = korea_mongolia()
    opening = data.get("milestone:centre-opening", Milestone)
    joongang = DateClaim(PartialDate(2025, 12, 15), (Citation("src:joongang-2025-12-11"),))
    yonhap = DateClaim(PartialDate(2025, 12, 12), (Citation("src:yonhap-2025-12-11"),))
    planned = (*opening.planned[:1], yonhap, joongang)
    revised = attrs.evolve(opening, planned=planned)
    records = tuple(revised if r.id == opening.id else r for r in data.records)
    path = tmp_path_factory.mktemp("disputed") / "data.json"
    path.write_text(dumps(Dataset(records)), encoding="utf-8")
    return path


def test_plans_stated_as_of_the_same_date_disagree_as_of_it(disputed_plan: Path) -> None:
    result = cli("disagreements", "--data", str(disputed_plan))
    assert result.status == 0
    assert "milestone:centre-opening (The centre opens): planned\n" in result.stdout
    assert "  2025-12-12 as of 2025-12-11\n    - src:yonhap-2025-12-11\n" in result.stdout
    assert "  2025-12-15 as of 2025-12-11\n    - src:joongang-2025-12-11\n" in result.stdout
    assert "2025-11 as of" not in result.stdout  # the revised plan is no dispute
    view = json.loads(cli("disagreements", "--data", str(disputed_plan), "--format", "json").stdout)
    claims = {
        d["aspect"]: [(c["value"], c["as_of"]) for c in d["claims"]] for d in view["disagreements"]
    }
    assert claims["planned"] == [("2025-12-12", "2025-12-11"), ("2025-12-15", "2025-12-11")]
    assert claims["actual"] == [("2025-01-12?", None), ("2025-12-12", None)]
    # The timeline shows each disputed plan, each with the revision before it.
    rows = [
        row
        for row in table_rows(cli("timeline", "--data", str(disputed_plan)).stdout)
        if "The centre opens" in row and "planned" in row
    ]
    assert [row.split()[:3] for row in rows] == [
        ["2025-12-12", "planned", "!"],
        ["2025-12-15", "planned", "!"],
    ]
    assert all("revised from 2025-11 as of 2025-09-22" in row for row in rows)


# --- show -------------------------------------------------------------------------


def test_show_a_record_as_indented_lines() -> None:
    result = cli("show", "org:gcra")
    assert result.status == 0
    lines = result.stdout.splitlines()
    assert "type: organisation" in lines
    assert "names:" in lines
    assert "  - text: Geological Center for Research and Analysis" in lines
    assert "    citations:" in lines
    assert "      - source: src:korea-net-2025-03-12" in lines
    assert not any("[{" in line or '{"' in line for line in lines)  # no one-line JSON
    assert "referred to by:" in lines
    assert any(line.startswith("  - facility:kr-mn-rare-metal-centre (") for line in lines)
    view = json.loads(cli("show", "org:gcra", "--format", "json").stdout)
    assert view["view"] == "mineralpact.record"
    assert view["record"]["id"] == "org:gcra"
    assert "event:joint-committee-2" in view["referred_to_by"]  # ids, for programs
    nothing = json.loads(cli("show", "country:jp", "--format", "json").stdout)
    assert nothing["referred_to_by"] == []


def test_show_a_milestone_gives_its_plan_as_of_each_source_date() -> None:
    result = cli("show", "milestone:centre-opening")
    assert result.status == 0
    lines = result.stdout.splitlines()
    history = lines.index("plan history:")
    assert lines[history + 1 : history + 3] == [
        "  - 2025-11 as of 2025-09-22 (superseded): src:korea-times-2025-09-22",
        "  - 2025-12-12 as of 2025-12-11: src:joongang-2025-12-11, src:yonhap-2025-12-11",
    ]
    view = json.loads(cli("show", "milestone:centre-opening", "--format", "json").stdout)
    assert [(p["value"], p["as_of"], p["superseded"]) for p in view["plan_history"]] == [
        ("2025-11", "2025-09-22", True),
        ("2025-12-12", "2025-12-11", False),
    ]
    # Only a milestone has a plan history.
    assert "plan history:" not in cli("show", "org:gcra").stdout
    assert "plan_history" not in json.loads(cli("show", "org:gcra", "--format", "json").stdout)


def test_nested_values_are_laid_out_as_indented_lines() -> None:
    value = {
        "id": "x",
        "empty": [],
        "none": None,
        "notes": "one\ntwo",
        "pairs": [[1, 2], {"a": True, "b": {"c": "d"}}, {}],
    }
    assert list(_layout(value)) == [
        "id: x",
        "empty: []",
        "none: null",
        "notes: |",
        "  one",
        "  two",
        "pairs:",
        "  - - 1",
        "    - 2",
        "  - a: true",
        "    b:",
        "      c: d",
        "  - {}",
    ]


@pytest.mark.parametrize(
    ("record_id", "line"),
    [
        ("element:mo", "name: molybdenum"),
        ("group:ree", "type: mineral_group"),
        ("list:kr-rare-metals", "type: mineral_list"),
        ("country:mn", "name: Mongolia"),
        ("country:jp", "code: JP"),
        ("src:iupac-periodic-table", "type: source"),
    ],
)
def test_show_takes_every_id_the_tool_prints(record_id: str, line: str) -> None:
    result = cli("show", record_id)
    assert result.status == 0, result.stderr
    assert line in result.stdout.splitlines()
    assert f"id: {record_id}" in result.stdout.splitlines()


def test_every_id_the_tables_print_can_be_shown() -> None:
    printed = set()
    for command in (("timeline",), ("figures",), ("disagreements",), ("show", "org:gcra")):
        printed |= set(re.findall(r"\b[a-z]+:[a-z0-9-]+\b", cli(*command).stdout))
    assert {"element:mo", "group:ree", "list:kr-rare-metals", "country:mn"} <= printed
    for record_id in sorted(printed):
        assert cli("show", record_id).status == 0, record_id


def test_a_shown_country_lists_what_refers_to_it() -> None:
    lines = cli("show", "country:mn").stdout.splitlines()
    assert "referred to by:" in lines
    assert any(line.startswith("  - agreement:kr-mn-rare-metals-mou-2023") for line in lines)


# --- figures ----------------------------------------------------------------------


def test_figures_with_unit_conversion() -> None:
    result = cli("figures", "--country", "MN", "--mineral", "Mo", "--unit", "kt")
    assert result.status == 0
    assert "3.11 kt" in result.stdout
    assert "4.2 kt (estimated)" in result.stdout
    view = json.loads(cli("figures", "--mineral", "group:ree", "--format", "json").stdout)
    assert view["view"] == "mineralpact.figures"
    assert "figure:mn-ree-reserves-share" in {f["id"] for f in view["figures"]}


def test_figures_read_the_same_whatever_the_callers_decimal_context() -> None:
    value = Quantity(Decimal("1.2E+7"), "t")
    expected = _display(value)
    assert expected == ("12,000,000 t", True)
    with decimal.localcontext(decimal.Context(capitals=0)):
        assert _display(value) == expected


def test_figures_round_for_reading_and_stay_exact_in_json() -> None:
    result = cli("figures", "--country", "MN", "--mineral", "Mo", "--unit", "lb")
    assert "6,856,376 lb" in result.stdout
    assert "6856376.35" not in result.stdout
    assert "values rounded to 6 significant digits" in result.stdout.split("\n\n")[1]
    exact = 3110 * Decimal(1000) / Decimal("0.45359237")
    view = json.loads(
        cli(
            "figures", "--country", "MN", "--mineral", "Mo", "--unit", "lb", "--format", "json"
        ).stdout
    )
    [value] = [f["value"] for f in view["figures"] if f["id"] == "figure:mn-mo-production-2024"]
    assert value["unit"] == "lb"
    assert value["magnitude"] == "6856376.353949692760484485221830341"
    assert abs(Decimal(value["magnitude"]) - exact) < Decimal("1e-20")
    # Exact values need no note.
    assert "rounded" not in cli("figures", "--country", "MN", "--unit", "kt").stdout


def test_figures_show_their_basis() -> None:
    rows = table_rows(cli("figures", "--country", "MN", "--mineral", "Mo").stdout)
    header = cli("figures").stdout.splitlines()[0].split()
    assert header == ["subject", "measure", "minerals", "value", "basis", "period", "sources"]
    assert any("3,110 t" in row and "contained metal" in row for row in rows)


def test_figures_say_which_values_are_approximate() -> None:
    result = cli("figures", "--country", "MN", "--mineral", "group:ree")
    rows = table_rows(result.stdout)
    herald = [row for row in rows if "src:korea-herald-2023-01-26" in row]
    sedaily = [row for row in rows if row.endswith("src:sedaily-2025-12-15")]
    # The Korea Herald's "about 16 percent"; the Seoul Economic Daily's "16%".
    assert any("about 16% of global rare earth reserves" in row for row in herald)
    assert any(" 16% of global rare earth reserves" in row for row in sedaily)
    assert not any("about 16%" in row for row in sedaily)
    # An approximate count reads the same way ("some 80 kinds").
    kinds = cli("figures", "--country", "MN").stdout
    assert "about 80 kinds of minerals" in kinds
    assert "~80" not in kinds
    view = json.loads(cli("figures", "--country", "MN", "--format", "json").stdout)
    shares = {
        f["id"]: f["value"] for f in view["figures"] if f["id"].startswith("figure:mn-ree-reserves")
    }
    assert sorted(value.get("approximate", False) for value in shares.values()) == [False, True]


@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**30), max_value=10**30))
def test_numbers_keep_six_significant_digits_and_every_integer_digit(value: Decimal) -> None:
    text, exact = _number(value)
    shown = Decimal(text.replace(",", ""))
    assert exact == (shown == value)
    if not value:
        assert text == "0"
        return
    # The integer digits are grouped by thousands, and the fraction ends in no zero.
    integer, _, fraction = text.lstrip("-").partition(".")
    assert re.fullmatch(r"\d{1,3}(,\d{3})*", integer)
    assert not fraction.endswith("0")
    # Within half a unit of the last of 6 significant digits, or of the units
    # digit: no integer digit is lost.
    unit = Decimal(1).scaleb(min(value.adjusted() - 5, 0))
    assert abs(shown - value) <= unit / 2
    significant = len((integer + fraction).replace(",", "").lstrip("0"))
    assert significant <= max(6, shown.adjusted() + 1)


# --- validate ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("files")
    data = korea_mongolia()
    sources = Dataset(tuple(r for r in data.records if r.id.startswith("src:")))
    paths = {
        "valid": folder / "data.json",
        "lines": folder / "data.jsonl",
        "sources": folder / "sources.json",
        "invalid": folder / "invalid.json",
        "broken": folder / "broken.json",
        "view": folder / "timeline.json",
    }
    paths["valid"].write_text(dumps(data), encoding="utf-8")
    dump_lines(data, paths["lines"])
    paths["sources"].write_text(dumps(sources), encoding="utf-8")
    document = json.loads(dumps(data))
    document["records"][3]["kind"] = "ministry of magic"
    document["records"][5]["surprise"] = 1
    paths["invalid"].write_text(json.dumps(document), encoding="utf-8")
    paths["broken"].write_text('{"format": "mineralpact", ', encoding="utf-8")
    paths["view"].write_text(cli("timeline", "--format", "json").stdout, encoding="utf-8")
    return paths


def test_validate_a_file_without_warnings(files: dict[str, Path]) -> None:
    for options in ((), ("--strict",)):
        result = cli("validate", *options, str(files["sources"]))
        assert result.status == 0
        assert result.stdout.splitlines() == [f"{files['sources']}: valid"]
        assert result.stderr == ""


def test_validate_shows_warnings_with_their_count(files: dict[str, Path]) -> None:
    warnings = korea_mongolia().warnings
    assert warnings  # the bundled data has some
    count = f"{len(warnings)} warning{'s' if len(warnings) > 1 else ''}"
    result = cli("validate", str(files["valid"]), str(files["lines"]))
    assert result.status == 0
    assert result.stdout.splitlines() == [
        f"{files['valid']}: valid, with {count}",
        f"{files['lines']}: valid, with {count}",
    ]
    lines = result.stderr.splitlines()
    assert len(lines) == 2 * len(warnings)
    assert lines[0] == f"{files['valid']}: warning: {warnings[0]} [{warnings[0].record}]"


@pytest.mark.parametrize("option", ["--strict", "--warnings-as-errors"])
def test_warnings_can_fail_the_validation(files: dict[str, Path], option: str) -> None:
    result = cli("validate", option, str(files["valid"]), str(files["sources"]))
    assert result.status == 1
    assert result.stdout.splitlines()[0].startswith(f"{files['valid']}: invalid: ")
    assert result.stdout.splitlines()[1] == f"{files['sources']}: valid"


def test_other_commands_count_the_warnings_on_stderr() -> None:
    count = len(korea_mongolia().warnings)
    result = cli("timeline", "--period", "2023")
    reading, summary = result.stderr.splitlines()
    assert reading == "mineralpact: reading the bundled Korea-Mongolia data"
    assert summary.startswith(f"mineralpact: the data has {count} warning")
    assert summary.endswith(" (--warnings lists them)")
    listed = cli("timeline", "--period", "2023", "--warnings").stderr.splitlines()[1:]
    assert len(listed) == count + 1
    assert all(line.startswith("mineralpact: warning: ") for line in listed[:-1])
    assert result.stdout == cli("timeline", "--period", "2023", "--warnings").stdout


def test_validate_reports_every_problem_with_file_and_path(files: dict[str, Path]) -> None:
    result = cli("validate", str(files["sources"]), str(files["invalid"]), str(files["broken"]))
    assert result.status == 1
    assert f"{files['sources']}: valid" in result.stdout
    errors = result.stderr.splitlines()
    assert any(line.startswith(f"{files['invalid']}: $.records[3].kind") for line in errors)
    assert any(line.startswith(f"{files['invalid']}: $.records[5]") for line in errors)
    assert any(line.startswith(f"{files['broken']}: ") for line in errors)


def test_validate_says_a_view_is_not_a_data_file(files: dict[str, Path]) -> None:
    result = cli("validate", str(files["view"]))
    assert result.status == 1
    assert result.stderr.splitlines() == [
        f"{files['view']}: $.view: this is a timeline view, which 'mineralpact timeline "
        "--format json' prints for programs, not a mineralpact data file (got "
        "'mineralpact.timeline'); expected a mineralpact document "
        '({"format": "mineralpact", ...}) or JSON Lines file'
    ]
    as_data = cli("timeline", "--data", str(files["view"]))
    assert as_data.status == 1
    assert "this is a timeline view" in as_data.stderr


def test_validate_a_missing_file(tmp_path: Path) -> None:
    result = cli("validate", str(tmp_path / "nowhere.json"))
    assert result.status == 1
    assert "No such file or directory" in result.stderr


def test_commands_read_given_files_merged(files: dict[str, Path]) -> None:
    result = cli(
        "timeline",
        "--data",
        str(files["sources"]),
        "--data",
        str(files["lines"]),
        "--period",
        "2022",
    )
    assert result.status == 0
    assert "Talks between the foreign ministers of Korea and Mongolia" in result.stdout


def _restating(tmp_path: Path, suffix: str = ".json") -> Path:
    """A file of one's own: the Korea Herald's report titled otherwise, KIGAM as an agency."""
    bundled = korea_mongolia()
    herald = bundled.get("src:korea-herald-2023-01-26", Source)
    kigam = bundled.get("org:kigam", Organisation)
    mine = (
        attrs.evolve(herald, title="KT and Mongolia Team Up on Rare Earths"),
        attrs.evolve(
            kigam,
            kind=OrganisationKind.AGENCY,
            citations=(Citation(herald.id, quotation="KIGAM"),),
        ),
    )
    path = tmp_path / f"mine{suffix}"
    if suffix == ".jsonl":
        dump_lines(mine, path)
    else:
        document = {
            "format": "mineralpact",
            "version": mineralpact.FORMAT_VERSION,
            "records": [json.loads(dumps(record)) for record in mine],
        }
        path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_data_files_are_added_to_the_bundled_data(tmp_path: Path, suffix: str) -> None:
    """A file citing the bundled sources, restating bundled records, is read beside them."""
    path = _restating(tmp_path, suffix)
    result = cli("disagreements", "--data", str(path))
    assert result.status == 0, result.stderr
    assert result.stderr.splitlines()[0] == (
        f"mineralpact: reading the bundled Korea-Mongolia data and {path}"
    )
    # The bundled disagreement, and the kind the file states otherwise.
    assert "milestone:centre-opening (The centre opens): actual" in result.stdout
    assert "org:kigam (Korea Institute of Geoscience and Mineral Resources): kind\n" in (
        result.stdout
    )
    assert '  agency\n    - src:korea-herald-2023-01-26: "KIGAM"\n' in result.stdout
    shown = cli("show", "org:kigam", "--data", str(path))
    assert shown.stdout.endswith("restated by:\n  - restatement:org.kigam\n")
    view = json.loads(
        cli("show", "src:korea-herald-2023-01-26", "--data", str(path), "--format", "json").stdout
    )
    assert view["restated_by"] == ["restatement:src.korea-herald-2023-01-26"]


def test_no_bundled_reads_the_files_alone(files: dict[str, Path], tmp_path: Path) -> None:
    result = cli("timeline", "--no-bundled", "--data", str(files["sources"]))
    assert result.status == 0
    assert result.stderr.splitlines()[0] == (
        f"mineralpact: reading {files['sources']} (not the bundled data)"
    )
    # A file that cites the bundled sources without holding them needs them.
    alone = cli("timeline", "--no-bundled", "--data", str(_restating(tmp_path)))
    assert alone.status == 1
    assert "citation of a source the dataset does not hold" in alone.stderr
    without = cli("timeline", "--no-bundled")
    assert without.status == 1
    assert "--no-bundled" in without.stderr.splitlines()[-1]


def test_schema() -> None:
    schema = json.loads(cli("schema").stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


# --- the command line itself ------------------------------------------------------


def test_version() -> None:
    result = cli("--version")
    assert result.status == 0
    assert result.stdout == f"mineralpact {mineralpact.__version__}\n"


def test_the_country_help_gives_the_syntax_that_works() -> None:
    for command in ("timeline", "figures"):
        text = " ".join(cli(command, "--help").stdout.split())
        assert "--country KR --country MN" in text


def test_an_ascii_stream_gets_escapes() -> None:
    raw_out, raw_err = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(raw_out, encoding="ascii")
    err = io.TextIOWrapper(raw_err, encoding="ascii")
    # The Korea Times's quotation, with a curly apostrophe, on the revised plan.
    assert main(["show", "milestone:centre-opening"], stdout=out, stderr=err) == 0
    assert main(["show", "org:gcrä"], stdout=out, stderr=err) == 1
    out.flush()
    err.flush()
    assert "Mongolia\\u2019s minister" in raw_out.getvalue().decode("ascii")
    assert "'org:gcr\\xe4'" in raw_err.getvalue().decode("ascii")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("show", "org:gcr"), "no record with id 'org:gcr'; did you mean org:gcra"),
        (("show", "element:xx"), "no record with id 'element:xx'"),
        (("show", "country:xx"), "no record with id 'country:xx'"),
        (("timeline", "--country", "Atlantis"), "invalid Country: 'Atlantis'"),
        (("timeline", "--mineral", "unobtainium"), "invalid mineral: 'unobtainium'"),
        (("timeline", "--country", "KR", "--country", "MN", "--country", "JP"), "two for a pair"),
        (("figures", "--unit", "furlong"), "furlong"),
        (("figures", "--unit", "m"), "m"),
        (("timeline", "--data", "/nowhere/data.json"), "No such file or directory"),
    ],
)
def test_errors_go_to_stderr_without_a_traceback(args: tuple[str, ...], message: str) -> None:
    result = cli(*args)
    assert result.status == 1
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1].startswith("mineralpact: ")
    assert message in result.stderr.splitlines()[-1]


@pytest.mark.parametrize(
    "args",
    [(), ("frobnicate",), ("timeline", "--period", "2026-13"), ("timeline", "--format", "xml")],
)
def test_a_bad_command_line_shows_the_usage(args: tuple[str, ...]) -> None:
    result = cli(*args)
    assert result.status == 2
    assert "usage: mineralpact" in result.stderr
