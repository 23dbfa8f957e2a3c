"""Sizes that follow the Hypothesis profile chosen in the root ``conftest.py``.

A test that needs more examples than the profile's default, or a large
document, states the size it has under the ``ci`` profile (the run of
``.ci/run``, which is the full size); the other profiles scale it by their
number of examples: a tenth under ``quick`` (``python -m pytest``), ten times
under ``thorough``. So there is one knob, the profile, and no test reads the
environment itself.
"""

from __future__ import annotations

from typing import Any

from hypothesis import settings

#: The ``ci`` profile's number of examples, at which every size here is full.
FULL_EXAMPLES = 100


def _ratio() -> float:
    return settings().max_examples / FULL_EXAMPLES


def examples(at_ci: int, **changes: Any) -> settings:
    """Settings that run ``at_ci`` examples under the ``ci`` profile, with ``changes``.

    The other profiles scale the number, but never below their own default
    (nor above ``at_ci`` when that is smaller than the default), so that a
    test never runs fewer examples than a test without this setting.
    """
    floor = min(at_ci, settings().max_examples)
    return settings(max_examples=max(floor, round(at_ci * _ratio())), **changes)


def size(at_ci: int, smallest: int) -> int:
    """A data size that is ``at_ci`` under the ``ci`` profile and above.

    Under a profile of fewer examples the size shrinks in proportion, to no
    less than ``smallest``; it never grows past ``at_ci``, the full size.
    """
    return max(smallest, min(at_ci, round(at_ci * _ratio())))
