"""Typed look-ups: ``get(id, Agreement)`` is an Agreement, to Python and to a type checker."""

from __future__ import annotations

import hashlib
import pickle
import re
import sys
import tempfile
from pathlib import Path
from typing import get_args

import pytest

from mineralpact import (
    Agreement,
    Event,
    InvalidTypeError,
    MineralpactError,
    Organisation,
    Record,
    RecordNotFoundError,
    RecordTypeError,
)
from mineralpact.bundled import korea_mongolia
from mineralpact.dataset import Dataset

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def data() -> Dataset:
    return korea_mongolia()


def test_get_with_a_class_returns_the_record(data: Dataset) -> None:
    mou = data.get("agreement:kt-mn-mou-2023", Agreement)
    assert mou is data.get("agreement:kt-mn-mou-2023")
    assert data.find("org:kt", Organisation) is data.get("org:kt")
    assert data.find("org:nowhere", Organisation) is None


@pytest.mark.parametrize("method", ["get", "find"])
def test_a_record_of_another_kind_is_refused(data: Dataset, method: str) -> None:
    with pytest.raises(RecordTypeError) as caught:
        getattr(data, method)("org:kt", Agreement)
    error = caught.value
    assert isinstance(error, TypeError)
    assert isinstance(error, MineralpactError)
    assert isinstance(error, InvalidTypeError)
    assert (error.record_id, error.expected, error.got) == ("org:kt", "Agreement", "Organisation")
    assert error.what == f"Dataset.{method}"
    assert str(error) == (
        f"wrong type for record 'org:kt' in Dataset.{method}: expected Agreement, got Organisation"
    )
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), str(copy), copy.what) == (RecordTypeError, str(error), error.what)


def test_a_missing_id_is_still_not_found(data: Dataset) -> None:
    with pytest.raises(RecordNotFoundError):
        data.get("agreement:nowhere", Agreement)


@pytest.mark.parametrize("cls", [int, "Agreement", None, (Agreement, Event), object])
def test_what_is_not_a_record_class_is_refused(data: Dataset, cls: object) -> None:
    if cls is not None:
        with pytest.raises(InvalidTypeError, match="a record class"):
            data.get("org:kt", cls)  # type: ignore[call-overload]
        with pytest.raises(InvalidTypeError, match="a record class"):
            data.find("org:kt", cls)  # type: ignore[call-overload]
    with pytest.raises(InvalidTypeError, match="a record class"):
        data.of_type(cls)  # type: ignore[arg-type]


#: The downstream module whose revealed types pin what users see.
DOWNSTREAM = Path(__file__).resolve().parent / "downstream_typing.py"

_EXPECTATION = re.compile(r"^\s*# revealed: (.*)$")
_CONTINUATION = re.compile(r"^\s*#\s+(.*)$")
_REVEALED = re.compile(r'^(?P<path>.+?):(?P<line>\d+): note: Revealed type is "(?P<type>.*)"$')


def _record_union() -> str:
    """``mineralpact.Record`` as mypy writes it: its classes, in order, joined by ``|``."""
    return " | ".join(f"{cls.__module__}.{cls.__qualname__}" for cls in get_args(Record))


def _normalise(text: str) -> str:
    """A type as mypy writes it, in one spelling whatever mypy's version.

    ``Union[A, B]`` and ``Optional[A]`` (older mypy) become ``A | B`` and
    ``A | None``, ``builtins.`` goes, and whitespace is not compared.

    >>> _normalise("Union[builtins.str, tuple[Optional[a.B], ...]]")
    'str|tuple[a.B|None,...]'
    """
    text = text.replace("builtins.", "")
    while match := re.search(r"\b(Union|Optional)\[", text):
        depth, last, parts, end = 1, match.end(), [], len(text)
        for at in range(match.end(), len(text)):
            if text[at] == "[":
                depth += 1
            elif text[at] == "]":
                depth -= 1
                if depth == 0:
                    parts.append(text[last:at])
                    end = at
                    break
            elif text[at] == "," and depth == 1:
                parts.append(text[last:at])
                last = at + 1
        if match.group(1) == "Optional":
            parts.append("None")
        text = text[: match.start()] + " | ".join(parts) + text[end + 1 :]
    return re.sub(r"\s+", "", text)


def _expectations(source: str) -> dict[int, str]:
    """The expected type of each ``reveal_type`` line (1-based) of ``source``."""
    expected: dict[int, str] = {}
    lines = source.splitlines()
    for number, line in enumerate(lines, start=1):
        match = _EXPECTATION.match(line)
        if match is None:
            continue
        parts = [match.group(1)]
        following = number  # the index of the next line
        while (more := _CONTINUATION.match(lines[following])) and not _EXPECTATION.match(
            lines[following]
        ):
            parts.append(more.group(1))
            following += 1
        assert "reveal_type(" in lines[following], f"line {number}: no reveal_type below"
        expected[following + 1] = " ".join(parts).replace("{Record}", _record_union())
    return expected


def _mismatches(source: str, mypy_output: str) -> list[str]:
    """Each difference between the expectations in ``source`` and what mypy revealed."""
    revealed = {
        int(match["line"]): match["type"]
        for line in mypy_output.splitlines()
        if (match := _REVEALED.match(line)) and match["path"].endswith(DOWNSTREAM.name)
    }
    expected = _expectations(source)
    problems = [
        f"line {line}: revealed {revealed.get(line)!r}, expected {want!r}"
        for line, want in sorted(expected.items())
        if _normalise(revealed.get(line, "(nothing)")) != _normalise(want)
    ]
    problems += [
        f"line {line}: no expectation for {revealed[line]!r}"
        for line in revealed.keys() - expected.keys()
    ]
    return problems


def _mypy_cache(mypy_version: str) -> Path:
    """A mypy cache for this check, kept between runs: one per environment and
    mypy version, in the temporary directory.

    mypy checks each cached module against its source (size, time, hash), so a
    warm cache gives the same verdict; it spares re-reading hypothesis, attrs
    and the standard library's stubs, seconds of the suite's time.
    """
    key = hashlib.sha256(f"{sys.prefix}\0{mypy_version}".encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"mineralpact-tests-mypy-{key}"


@pytest.fixture(scope="module")
def mypy_strict(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, int, list[str]]:
    """``mypy --strict`` on the downstream module and the README's examples, as a
    project that depends on mineralpact runs it: without mineralpact's own
    configuration. Its output, its status, and the README's example lines."""
    api = pytest.importorskip("mypy.api")
    mypy_version = pytest.importorskip("mypy.version").__version__
    tmp_path = tmp_path_factory.mktemp("downstream")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = [
        line[4:]
        for block in re.findall(r"```pycon\n(.*?)```", readme, re.S)
        for line in block.splitlines()
        if line.startswith((">>> ", "... "))
    ]
    (tmp_path / "readme_example.py").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, err, status = api.run(
        [
            "--config-file=",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(_mypy_cache(mypy_version)),
            str(tmp_path / "readme_example.py"),
            str(DOWNSTREAM),
        ]
    )
    return out + err, status, lines


def test_a_downstream_module_passes_mypy_strict_without_isinstance(
    mypy_strict: tuple[str, int, list[str]],
) -> None:
    output, status, readme_lines = mypy_strict
    assert "isinstance" not in "\n".join(readme_lines)
    assert "cast(" not in DOWNSTREAM.read_text(encoding="utf-8")
    assert "error:" not in output, output
    assert status == 0, output


def test_the_types_users_see_are_the_expected_ones(mypy_strict: tuple[str, int, list[str]]) -> None:
    output, _, _ = mypy_strict
    source = DOWNSTREAM.read_text(encoding="utf-8")
    assert len(_expectations(source)) >= 20
    assert _mismatches(source, output) == [], output


def test_a_wrong_expectation_fails(mypy_strict: tuple[str, int, list[str]]) -> None:
    output, _, _ = mypy_strict
    source = DOWNSTREAM.read_text(encoding="utf-8")
    lines = source.splitlines()
    line = 1 + next(i for i, text in enumerate(lines) if 'reveal_type(data.get("agreement:' in text)
    # Dataset.get(id, Agreement) typed as Any, or as any record, would be caught:
    for wrong in ("Any", "{Record}", "mineralpact.agreements.Agreement | None"):
        changed = source.replace(
            "# revealed: mineralpact.agreements.Agreement\n    reveal_type(data.get(",
            f"# revealed: {wrong}\n    reveal_type(data.get(",
        )
        assert changed != source
        (problem,) = _mismatches(changed, output)
        assert problem.startswith(f"line {line}: revealed 'mineralpact.agreements.Agreement'")
    # and so would a reveal_type left without an expectation.
    unexpected = source.replace("# revealed: mineralpact.quantities.Quantity\n", "", 1)
    assert any("no expectation" in problem for problem in _mismatches(unexpected, output))
