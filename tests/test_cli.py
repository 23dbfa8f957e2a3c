"""The command line, driven as a user drives it: the real console script, in a subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mineralpact import Dataset, dumps
from mineralpact.datasets import korea_mongolia
from mineralpact.serialization import dump_lines


def run(*args: str, check_stderr_empty: bool = True) -> subprocess.CompletedProcess[str]:
    """``mineralpact ARGS`` through the installed console script."""
    script = shutil.which("mineralpact", path=str(Path(sys.executable).parent))
    assert script is not None, "the console script is not installed"
    result = subprocess.run([script, *args], capture_output=True, text=True, check=False)
    assert "Traceback" not in result.stderr
    if check_stderr_empty and result.returncode == 0:
        assert result.stderr == ""
    return result


def test_python_dash_m_is_the_same_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mineralpact", "timeline", "--period", "2023-11"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "1st meeting of the Korea-Mongolia Rare Metals Cooperation Joint Committee" in (
        result.stdout
    )


def test_timeline_of_the_bundled_dataset() -> None:
    result = run("timeline")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["when", "what", "title", "sources"]
    assert lines[1].startswith("2021-12      event")
    assert any(
        line.startswith("2025-01-12?  actual !") and "src:sedaily-2025-12-15" in line
        for line in lines
    )
    assert any(line.startswith("../2025-11   planned") for line in lines)


def test_timeline_filters() -> None:
    pair = run("timeline", "--country", "KR", "--country", "Mongolia", "--mineral", "Nd")
    assert pair.returncode == 0
    assert "Memorandum of understanding on rare metal supply chains" in pair.stdout
    party = run("timeline", "--party", "org:kt")
    assert "Memorandum of understanding on mineral resources" in party.stdout
    assert "rare metal supply chains" not in party.stdout
    period = run("timeline", "--period", "2025-12")
    assert [line.split()[0] for line in period.stdout.splitlines()[1:]] == [
        "2025-12-10?",
        "2025-12-12",
        "2025-12-12",
    ]


def test_timeline_as_json() -> None:
    result = run("timeline", "--format", "json", "--period", "2023-02")
    entries = json.loads(result.stdout)
    mou = next(e for e in entries if e["record"] == "agreement:kr-mn-rare-metals-mou-2023")
    assert mou["when"] == "2023-02-15"
    assert mou["kind"] == "agreement"
    assert {c["source"] for c in mou["citations"]} >= {"src:yonhap-2023-02-15"}


def test_disagreements() -> None:
    result = run("disagreements")
    assert result.returncode == 0
    assert "milestone:centre-opening (actual):" in result.stdout
    assert "src:sedaily-2025-12-15 ('January 12')" in result.stdout
    as_json = json.loads(run("disagreements", "--format", "json").stdout)
    # The opening planned for November, then for 12 December, is a revision.
    assert {(d["subject"], d["aspect"]) for d in as_json} == {
        ("milestone:centre-opening", "actual"),
    }


def test_show_a_record_and_what_refers_to_it() -> None:
    result = run("show", "org:gcra")
    assert result.returncode == 0
    assert "Geological Central Research Academy" in result.stdout
    assert "referred to by:\n" in result.stdout
    assert "  facility:kr-mn-rare-metal-centre" in result.stdout
    record = json.loads(run("show", "org:gcra", "--format", "json").stdout)
    assert record["record"]["id"] == "org:gcra"
    assert "event:joint-committee-2" in record["referred_to_by"]


def test_figures_with_unit_conversion() -> None:
    result = run("figures", "--country", "MN", "--mineral", "Mo", "--unit", "kt")
    assert result.returncode == 0
    assert "3.11 kt" in result.stdout
    assert "4.2 kt (estimated)" in result.stdout
    figures = json.loads(run("figures", "--mineral", "group:ree", "--format", "json").stdout)
    assert "figure:mn-ree-reserves-share" in {f["id"] for f in figures}


def test_schema() -> None:
    schema = json.loads(run("schema").stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


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
    }
    paths["valid"].write_text(dumps(data), encoding="utf-8")
    dump_lines(data, paths["lines"])
    paths["sources"].write_text(dumps(sources), encoding="utf-8")
    document = json.loads(dumps(data))
    document["records"][3]["kind"] = "ministry of magic"
    document["records"][5]["surprise"] = 1
    paths["invalid"].write_text(json.dumps(document), encoding="utf-8")
    paths["broken"].write_text('{"format": "mineralpact", ', encoding="utf-8")
    return paths


def test_validate_valid_files(files: dict[str, Path]) -> None:
    result = run("validate", str(files["valid"]), str(files["lines"]))
    assert result.returncode == 0
    assert result.stdout.splitlines() == [f"{files['valid']}: valid", f"{files['lines']}: valid"]


def test_validate_reports_every_problem_with_file_and_path(files: dict[str, Path]) -> None:
    result = run("validate", str(files["valid"]), str(files["invalid"]), str(files["broken"]))
    assert result.returncode == 1
    assert f"{files['valid']}: valid" in result.stdout
    errors = result.stderr.splitlines()
    assert any(line.startswith(f"{files['invalid']}: $.records[3].kind") for line in errors)
    assert any(line.startswith(f"{files['invalid']}: $.records[5]") for line in errors)
    assert any(line.startswith(f"{files['broken']}: ") for line in errors)


def test_validate_a_missing_file(tmp_path: Path) -> None:
    result = run("validate", str(tmp_path / "nowhere.json"))
    assert result.returncode == 1
    assert "No such file or directory" in result.stderr


def test_commands_read_given_files_merged(files: dict[str, Path]) -> None:
    result = run(
        "timeline",
        "--data",
        str(files["sources"]),
        "--data",
        str(files["lines"]),
        "--period",
        "2022",
    )
    assert result.returncode == 0
    assert "Talks between the foreign ministers of Korea and Mongolia" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("show", "org:gcr"), "no record with id 'org:gcr'; did you mean org:gcra"),
        (("timeline", "--country", "Atlantis"), "invalid Country: 'Atlantis'"),
        (("timeline", "--mineral", "unobtainium"), "invalid mineral: 'unobtainium'"),
        (("timeline", "--country", "KR", "--country", "MN", "--country", "JP"), "two for a pair"),
        (("figures", "--unit", "furlong"), "furlong"),
        (("figures", "--unit", "m"), "m"),
        (("timeline", "--data", "/nowhere/data.json"), "No such file or directory"),
    ],
)
def test_errors_go_to_stderr_without_a_traceback(args: tuple[str, ...], message: str) -> None:
    result = run(*args)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("mineralpact: ")
    assert message in result.stderr


@pytest.mark.parametrize(
    "args",
    [(), ("frobnicate",), ("timeline", "--period", "2026-13"), ("timeline", "--format", "xml")],
)
def test_a_bad_command_line_shows_the_usage(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert "usage: mineralpact" in result.stderr


def test_a_closed_pipe_is_not_an_error() -> None:
    script = shutil.which("mineralpact", path=str(Path(sys.executable).parent))
    assert script is not None
    producer = subprocess.Popen(
        [script, "timeline"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert producer.stdout is not None
    producer.stdout.readline()
    producer.stdout.close()
    _, stderr = producer.communicate()
    assert b"Traceback" not in stderr
