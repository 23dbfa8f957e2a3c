"""Hypothesis settings for the whole suite: the tests and the doctests under src/.

The profiles are registered here, at the root, rather than in tests/conftest.py,
because pytest also collects the doctests of src/mineralpact (the strategies'
examples run ``@given``), and only a conftest.py above both directories applies
to both.

Choose a profile with the ``HYPOTHESIS_PROFILE`` environment variable:

- ``quick`` (the default): few examples, so that ``python -m pytest`` stays
  fast on a small machine; a different draw on every run.
- ``ci`` (the default when ``CI`` is set, as ``.ci/run`` does): Hypothesis's
  usual hundred examples, the same ones on every run (``derandomize``) and no
  example database, so that a failure is reproducible from the log.
- ``thorough``: many examples, for an occasional long run
  (``HYPOTHESIS_PROFILE=thorough python -m pytest``).

No profile has a deadline or the too-slow health check: the suite shares a
busy machine with other runs (``.ci/run`` runs four at once on two cores), and
a slow draw there is not a fault.
"""

from __future__ import annotations

import importlib.util
import os

from hypothesis import HealthCheck, settings

#: The doctests of a module that needs an optional extra are collected only
#: where the extra is installed (``.ci/run``'s main run installs every extra;
#: ``python -m pytest`` after ``pip install -e ".[test]"`` alone skips them, as
#: the tests of those modules skip).
collect_ignore = [
    path
    for path, needs in (
        ("src/mineralpact/tables.py", "pyarrow"),
        ("src/mineralpact/plot.py", "matplotlib"),
        ("src/mineralpact/ftm.py", "followthemoney"),
    )
    if importlib.util.find_spec(needs) is None
]

_PATIENT = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

settings.register_profile("quick", _PATIENT, max_examples=10)
settings.register_profile(
    "ci", _PATIENT, max_examples=100, derandomize=True, database=None, print_blob=True
)
settings.register_profile("thorough", _PATIENT, max_examples=1000)
# The long run of the fuzz tests (tests/test_fuzz.py), which otherwise run small.
settings.register_profile(
    "fuzz",
    _PATIENT,
    max_examples=5_000,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)

settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "quick")
)
