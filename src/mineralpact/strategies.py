"""Hypothesis strategies for mineralpact's value types and records.

Downstream packages can use them in their own property tests; they need the
``hypothesis`` extra (``pip install "mineralpact[hypothesis]"``).

>>> from hypothesis import given
>>> from mineralpact import PartialDate
>>> from mineralpact.strategies import partial_dates
>>> @given(partial_dates())
... def test_round_trip(d: PartialDate) -> None:
...     assert PartialDate.parse(str(d)) == d
>>> test_round_trip()
"""

from __future__ import annotations

from hypothesis import strategies as st

__all__: list[str] = []

# --- dates (mineralpact.dates) ---
# (section: dates)

# --- quantities (mineralpact.quantities) ---
# (section: quantities)

# --- codes (mineralpact.codes) ---
# (section: codes)
