"""The command line shows text taken from files safely.

Titles, quotations, notes and keys come from documents that anybody may
write. Printed as they are, an escape sequence in a title clears the screen
or sets the terminal's title, a bidi override reorders what follows it, and a
line separator forges a line of output. The command shows every control,
bidi and separator character as a visible escape (``\\x1b``, ``\\u202e``),
in tables, ``show``'s layout, warnings and error messages; its JSON views
stay valid JSON with the same values.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _sizes import examples
from mineralpact.cli import main

HOSTILE = "Signing\x1b[2J\x1b]0;pwned\x07\u202e evil"

#: What no line of output may hold: C0 controls, DEL, C1 controls, bidi
#: formatting characters and line or paragraph separators.
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def document(
    title: str = "Signing", notes: str | None = None, extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A small valid document: a source and an event with ``title``."""
    event: dict[str, Any] = {
        "type": "event",
        "id": "event:signing",
        "kind": "signing_ceremony",
        "title": title,
        "dates": [{"value": "2023-01-26", "citations": [{"source": "src:report"}]}],
        "citations": [{"source": "src:report", "quotation": "q"}],
        **(extra or {}),
    }
    if notes is not None:
        event["notes"] = notes
    source = {
        "type": "source",
        "id": "src:report",
        "title": "A report",
        "kind": "news_report",
        "published": "2023-01-26",
    }
    return {"format": "mineralpact", "version": "1.1", "records": [source, event]}


def write(path: Path, doc: dict[str, Any]) -> Path:
    # ensure_ascii keeps every character as an escape in the file itself.
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(args), stdout=out, stderr=err)
    assert "Traceback" not in err.getvalue()
    return status, out.getvalue(), err.getvalue()


def assert_safe(text: str) -> None:
    for line in text.split("\n"):
        assert not UNSAFE.search(line), line


def test_a_hostile_title_is_escaped_in_the_timeline(tmp_path: Path) -> None:
    path = write(tmp_path / "data.json", document(HOSTILE))
    status, out, err = run("timeline", "--no-bundled", "--data", str(path))
    assert_safe(out)
    assert_safe(err)
    if status == 0:  # accepted: shown, escaped
        assert "Signing\\x1b[2J\\x1b]0;pwned\\x07\\u202e evil" in out
        assert len(out.rstrip("\n").split("\n")) == 2  # the header and one row
    else:  # refused by the reader: the message is escaped too
        assert err.startswith("mineralpact: ")


def test_a_title_cannot_forge_a_line_of_a_table(tmp_path: Path) -> None:
    path = write(tmp_path / "data.json", document("one\ntwo\rthree\u2028four\x85five"))
    status, out, err = run("timeline", "--no-bundled", "--data", str(path))
    assert_safe(out)
    assert_safe(err)
    if status == 0:
        assert "one\\ntwo\\rthree\\u2028four\\x85five" in out
        assert len(out.rstrip("\n").split("\n")) == 2


def test_show_escapes_values_but_keeps_the_lines_of_a_block(tmp_path: Path) -> None:
    notes = "first line\x1b[31m\nsecond\u2029line\u202e"
    path = write(tmp_path / "data.json", document(HOSTILE, notes=notes))
    status, out, err = run("show", "event:signing", "--no-bundled", "--data", str(path))
    assert_safe(out)
    assert_safe(err)
    if status == 0:
        assert "title: Signing\\x1b[2J\\x1b]0;pwned\\x07\\u202e evil\n" in out
        assert "notes: |\n  first line\\x1b[31m\n  second\\u2029line\\u202e\n" in out


def test_json_views_stay_valid_json_with_the_same_text(tmp_path: Path) -> None:
    title = HOSTILE + "\x7f\x85\u2028\u2066\u061c\n"
    path = write(tmp_path / "data.json", document(title))
    for command in (("timeline",), ("show", "event:signing")):
        status, out, err = run(*command, "--no-bundled", "--data", str(path), "--format", "json")
        assert_safe(out)
        assert_safe(err)
        if status == 0:
            view = json.loads(out)
            shown = view["entries"][0]["title"] if command == ("timeline",) else None
            shown = shown or view["record"]["title"]
            assert shown == title


def test_keys_in_error_messages_are_escaped(tmp_path: Path) -> None:
    key = "bad\u202e\u2028key\x1b[2J\nmineralpact: valid"
    path = write(tmp_path / "data.json", document(extra={key: 1}))
    status, out, err = run("validate", str(path))
    assert status == 1
    assert out == ""
    assert_safe(err)
    assert "\\u202e\\u2028key\\x1b[2J" in err
    # One line for the problem: the key's newline forges none.
    assert len(err.rstrip("\n").split("\n")) == 1
    status, out, err = run("timeline", "--no-bundled", "--data", str(path))
    assert status == 1
    assert_safe(err)
    reading, problems = err.split("\n", 1)
    assert reading == f"mineralpact: reading {path} (not the bundled data)"
    assert problems.startswith("mineralpact: 1 problem found:\n  $.records[1][")
    assert len(problems.rstrip("\n").split("\n")) == 2


def test_an_id_given_on_the_command_line_is_escaped() -> None:
    status, _out, err = run("show", "org:\x1b[2J\u202e")
    assert status == 1
    assert_safe(err)
    status, _out, err = run("timeline", "--data", "/nowhere/\x1b]0;pwned\x07.json")
    assert status == 1
    assert_safe(err)
    assert "\\x1b]0;pwned\\x07" in err


@pytest.mark.parametrize("encoding", ["ascii", "latin-1", "cp1252"])
def test_a_non_utf8_terminal_gets_escapes_not_a_traceback(tmp_path: Path, encoding: str) -> None:
    path = write(tmp_path / "data.json", document(HOSTILE + " caf\u00e9 \u2019 \u4e2d"))
    raw_out, raw_err = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(raw_out, encoding=encoding)
    err = io.TextIOWrapper(raw_err, encoding=encoding)
    status = main(["timeline", "--no-bundled", "--data", str(path)], stdout=out, stderr=err)
    out.flush()
    err.flush()
    text = raw_out.getvalue().decode(encoding)
    assert_safe(text)
    assert "Traceback" not in raw_err.getvalue().decode(encoding)
    if status == 0:
        assert "\\x1b[2J" in text
        assert "\\u4e2d" in text


@examples(30)
@given(title=st.text(min_size=1, max_size=30))
def test_no_title_brings_a_control_bidi_or_separator_character_to_the_output(
    title: str,
) -> None:
    # A temporary folder of its own: a function-scoped fixture is not reset
    # between examples.
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / "data.json", document(title))
        for command in (
            ("timeline",),
            ("show", "event:signing"),
            ("timeline", "--format", "json"),
            ("validate",),
        ):
            args = (
                (*command, str(path))
                if command == ("validate",)
                else (
                    *command,
                    "--no-bundled",
                    "--data",
                    str(path),
                )
            )
            status, out, err = run(*args)
            assert_safe(out)
            assert_safe(err)
            if status == 0 and command == ("timeline", "--format", "json"):
                assert json.loads(out)["entries"][0]["title"] == title
