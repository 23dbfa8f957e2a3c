"""Typed look-ups: ``get(id, Agreement)`` is an Agreement, to Python and to a type checker."""

from __future__ import annotations

import hashlib
import pickle
import re
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from mineralpact import (
    Agreement,
    Event,
    InvalidTypeError,
    MineralpactError,
    Organisation,
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


DOWNSTREAM = """
from hypothesis.strategies import SearchStrategy

from mineralpact import Agreement, Dataset, Event, Organisation, Record
from mineralpact.bundled import korea_mongolia
from mineralpact.strategies import datasets

data: Dataset = korea_mongolia()
mou = data.get("agreement:kt-mn-mou-2023", Agreement)
signed: str = str(mou.date)
reveal_type(mou)
reveal_type(data.find("org:kt", Organisation))
reveal_type(data.of_type(Event))
reveal_type(data.get("org:kt"))
strategy: SearchStrategy[Dataset] = datasets()
reveal_type(datasets(linked=True))
any_record: Record = data.get("org:kt")
"""


def _mypy_cache(mypy_version: str) -> Path:
    """A mypy cache for this check, kept between runs: one per environment and
    mypy version, in the temporary directory.

    mypy checks each cached module against its source (size, time, hash), so a
    warm cache gives the same verdict; it spares re-reading hypothesis, attrs
    and the standard library's stubs, seconds of the suite's time.
    """
    key = hashlib.sha256(f"{sys.prefix}\0{mypy_version}".encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"mineralpact-tests-mypy-{key}"


def test_a_downstream_module_passes_mypy_strict_without_isinstance(tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api")
    mypy_version = pytest.importorskip("mypy.version").__version__
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = [
        line[4:]
        for block in re.findall(r"```pycon\n(.*?)```", readme, re.S)
        for line in block.splitlines()
        if line.startswith((">>> ", "... "))
    ]
    (tmp_path / "readme_example.py").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "downstream.py").write_text(textwrap.dedent(DOWNSTREAM), encoding="utf-8")
    out, err, status = api.run(
        [
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(_mypy_cache(mypy_version)),
            str(tmp_path / "readme_example.py"),
            str(tmp_path / "downstream.py"),
        ]
    )
    assert "isinstance" not in "\n".join(lines)
    assert "error:" not in out, out + err
    revealed = [
        text.replace("builtins.", "") for text in re.findall(r'Revealed type is "(.*)"', out)
    ]
    assert len(revealed) == 5, out
    assert revealed[0] == "mineralpact.agreements.Agreement"
    assert revealed[1] in (
        "mineralpact.parties.Organisation | None",
        "Union[mineralpact.parties.Organisation, None]",  # older mypy
    ), revealed[1]
    assert revealed[2] == "tuple[mineralpact.events.Event, ...]"
    assert "Organisation" in revealed[3]  # any kind of record
    assert "Source" in revealed[3]
    assert revealed[4].endswith("SearchStrategy[mineralpact.dataset.Dataset]")
    assert status == 0, out + err
