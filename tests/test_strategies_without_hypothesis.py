"""Without the ``hypothesis`` extra, ``mineralpact.strategies`` says how to install it."""

from __future__ import annotations

import pickle
import subprocess
import sys
import textwrap

import mineralpact
from mineralpact import MineralpactError, MissingExtraError

# Run in a fresh interpreter in which Hypothesis cannot be imported, as if it
# were not installed: a None in sys.modules makes ``import hypothesis`` fail.
WITHOUT_HYPOTHESIS = """
import sys
sys.modules["hypothesis"] = None

import mineralpact
from mineralpact.bundled import korea_mongolia

for attempt in ("import", "attribute"):
    try:
        if attempt == "import":
            import mineralpact.strategies
        else:
            mineralpact.strategies
    except ImportError as error:
        print(attempt, type(error).__name__, error.name, error.extra,
              isinstance(error, mineralpact.MineralpactError))
        print(error)
        print(type(error.__cause__).__name__)
    else:
        raise SystemExit(f"mineralpact.strategies was imported ({attempt})")

# The rest of the package works without it.
print(len(korea_mongolia().records) > 0)
"""


def _run_without_hypothesis() -> list[str]:
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", textwrap.dedent(WITHOUT_HYPOTHESIS)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    return result.stdout.splitlines()


def test_importing_the_strategies_without_hypothesis_names_the_extra() -> None:
    message = (
        "mineralpact.strategies needs hypothesis, which is not installed: "
        'pip install "mineralpact[hypothesis]"'
    )
    assert _run_without_hypothesis() == [
        "import MissingExtraError hypothesis hypothesis True",
        message,
        "ModuleNotFoundError",
        # the package's lazy attribute raises the same error
        "attribute MissingExtraError hypothesis hypothesis True",
        message,
        "ModuleNotFoundError",
        "True",
    ]


def test_the_missing_extra_error_is_an_import_error_of_the_package() -> None:
    error = MissingExtraError("mineralpact.strategies", "hypothesis", "hypothesis")
    assert isinstance(error, ImportError)
    assert isinstance(error, MineralpactError)
    assert mineralpact.MissingExtraError is MissingExtraError
    assert (error.feature, error.extra, error.name) == (
        "mineralpact.strategies",
        "hypothesis",
        "hypothesis",
    )
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is MissingExtraError
    assert (str(copy), copy.feature, copy.extra, copy.name) == (
        str(error),
        error.feature,
        error.extra,
        error.name,
    )
