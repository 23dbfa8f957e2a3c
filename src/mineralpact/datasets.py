"""Deprecated: the bundled datasets are in :mod:`mineralpact.bundled`.

``mineralpact.datasets`` was renamed ``mineralpact.bundled``, so that it is
not mistaken for :mod:`mineralpact.dataset` (the ``Dataset`` container) or
for the strategy :func:`mineralpact.strategies.datasets`. Importing this
module warns; it will be removed in a later release.
"""

from __future__ import annotations

import warnings

from mineralpact.bundled import korea_mongolia

__all__ = ["korea_mongolia"]

warnings.warn(
    "mineralpact.datasets is deprecated and will be removed: use mineralpact.bundled "
    "(from mineralpact.bundled import korea_mongolia)",
    DeprecationWarning,
    stacklevel=2,
)
