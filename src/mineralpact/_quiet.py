"""Keep the dependencies' warnings from reaching users.

pycountry, pint and python-dateutil warn at times about their own affairs
(python-dateutil 2.8.2 warns, when imported on Python 3.12 or later, that it
calls a deprecated ``datetime`` function). Those warnings say nothing a user
of mineralpact can act on, so the few places where the library first imports
or sets up a dependency run inside :func:`quiet`.

``warnings.catch_warnings`` swaps the process-wide list of filters and puts it
back on leaving; two threads inside it at once could leave the list changed.
The places that use :func:`quiet` run once per process (an import, building
the unit registry) and hold a lock, so the caller's filters are left as they
were.
"""

from __future__ import annotations

import contextlib
import threading
import warnings
from collections.abc import Iterator

__all__ = ["quiet"]

_lock = threading.RLock()


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Ignore every warning raised inside the block, and only there.

    >>> import warnings
    >>> with quiet():
    ...     warnings.warn("a dependency's affair", DeprecationWarning)
    >>> with warnings.catch_warnings(record=True) as seen:
    ...     warnings.simplefilter("always")
    ...     warnings.warn("the caller's own", UserWarning)
    >>> len(seen)
    1
    """
    with _lock, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield
