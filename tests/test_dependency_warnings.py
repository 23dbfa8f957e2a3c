"""No dependency's warning reaches users.

Each check runs in a new interpreter with ``-W error``, because pint,
pycountry and python-dateutil are imported and set up once per process: in
the test process they already are. ``.ci/run`` runs this file with the
lowest versions of the dependencies that the package declares, and on every
Python it supports.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

# Each first use of a dependency, as a user meets it.
_FIRST_USES = {
    "pycountry": """
        from mineralpact import Country, Subdivision
        assert Country("MN").official_name is None
        assert Country("KR").common_name == "South Korea"
        assert Country("CN").official_name == "People's Republic of China"
        assert Country.parse("Republic of Korea") == Country("KR")
        assert Subdivision.lookup("Ömnögovi", "MN") == Subdivision("MN-053")
    """,
    "pint": """
        from mineralpact import Quantity
        assert str(Quantity.parse("3,110 t").to("kt")) == "3.11 kt"
        assert Quantity.parse("5 lb").to("kg").unit == "kg"
    """,
    "dateutil": """
        from mineralpact import PartialDate, resolve_date
        reference = PartialDate(2025, 12, 15)
        assert resolve_date("January 12", reference).value == PartialDate(2025, 1, 12)
        assert resolve_date("Thursday", reference).value == PartialDate(2025, 12, 11)
        assert resolve_date("May last year", reference).value == PartialDate(2024, 5)
    """,
    "cattrs and the bundled data": """
        from mineralpact import dumps, json_schema, loads
        from mineralpact.bundled import korea_mongolia
        data = korea_mongolia()
        assert loads(dumps(data)) == data
        data.timeline()
        data.disagreements()
        json_schema()
    """,
}


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-W", "error", "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@pytest.mark.parametrize("code", _FIRST_USES.values(), ids=_FIRST_USES.keys())
def test_first_use_of_a_dependency_warns_nothing(code: str) -> None:
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_the_check_itself_sees_a_warning() -> None:
    result = _run("import warnings; warnings.warn('seen', DeprecationWarning)")
    assert result.returncode != 0
    assert "DeprecationWarning: seen" in result.stderr
