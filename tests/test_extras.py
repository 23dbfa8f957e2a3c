"""Each optional extra, as a user without it meets it.

``import mineralpact`` never imports an extra's package; importing the module
that needs it raises :class:`~mineralpact.errors.MissingExtraError` naming the
extra to install; and the command that needs it says so and writes nothing.
Each case runs in a fresh interpreter in which the extra's package cannot be
imported (a None in ``sys.modules`` makes ``import pyarrow`` fail, as if it
were not installed), so these tests run whether the extras are installed or
not, and with warnings as errors.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import attrs
import pytest


@attrs.frozen
class _Extra:
    extra: str
    package: str
    module: str
    #: a command that needs the extra; ``{out}`` is a folder that must stay absent
    command: tuple[str, ...] | None


_EXTRAS = [
    _Extra("arrow", "pyarrow", "mineralpact.tables", ("export", "{out}")),
    _Extra("arrow", "pyarrow", "mineralpact.tables", ("export", "--format", "csv", "{out}")),
    _Extra("plot", "matplotlib", "mineralpact.plot", ("timeline", "--plot", "{out}/t.svg")),
    _Extra("ftm", "followthemoney", "mineralpact.ftm", ("export", "--format", "ftm", "{out}")),
    _Extra("hypothesis", "hypothesis", "mineralpact.strategies", None),
]

_WITHOUT = """
    import io, json, sys
    sys.modules[{package!r}] = None
    import mineralpact, mineralpact.cli, mineralpact.dataset
    from mineralpact.errors import MissingExtraError
    found = {{"imported": [m for m in sys.modules if m.split(".")[0] == {package!r}
                           and sys.modules[m] is not None]}}
    try:
        __import__({module!r})
    except MissingExtraError as error:
        found["error"] = [str(error), error.extra, error.name]
    command = {command!r}
    if command is not None:
        out, err = io.StringIO(), io.StringIO()
        found["status"] = mineralpact.cli.main(list(command), stdout=out, stderr=err)
        found["stdout"], found["stderr"] = out.getvalue(), err.getvalue()
    print(json.dumps(found))
"""


def _without(case: _Extra, out: Path) -> dict[str, Any]:
    command = None
    if case.command is not None:
        command = [part.replace("{out}", str(out)) for part in case.command]
    code = _WITHOUT.format(package=case.package, module=case.module, command=command)
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    found: dict[str, Any] = json.loads(result.stdout)
    return found


@pytest.mark.parametrize("case", _EXTRAS, ids=lambda c: " ".join(c.command or (c.module,)))
def test_without_its_extra_a_feature_says_which_extra_to_install(
    tmp_path: Path, case: _Extra
) -> None:
    out = tmp_path / "out"
    found = _without(case, out)
    assert found["imported"] == []
    hint = f'needs {case.package}, which is not installed: pip install "mineralpact[{case.extra}]"'
    message, extra, name = found["error"]
    assert message.startswith(case.module)
    assert message.endswith(hint)
    assert (extra, name) == (case.extra, case.package)
    if case.command is not None:
        assert found["status"] == 1
        assert found["stdout"] == ""  # nothing read or printed before the error
        assert found["stderr"] == f"mineralpact: {message}\n"
        assert not out.exists()


def test_importing_mineralpact_imports_no_extra() -> None:
    code = (
        "import sys, mineralpact, mineralpact.cli, mineralpact.dataset\n"
        "from mineralpact.bundled import korea_mongolia\n"
        "data = korea_mongolia(); data.timeline(); data.query(country='MN')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & set(sys.argv[1:])))\n"
    )
    packages = sorted({case.package for case in _EXTRAS})
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", code, *packages],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert result.stdout.strip() == "[]"
