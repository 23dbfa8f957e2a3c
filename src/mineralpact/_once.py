"""Lazy singletons built exactly once, whatever the number of threads asking.

``functools.cache`` does not do this: threads that call a cached function
for the first time at the same moment each run it, and each get their own
result. :func:`once` takes a lock around the first build, and checks again
inside it, so that the threads that lost the race wait and share the one
result.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["Once", "once"]

T = TypeVar("T")

_UNSET: object = object()


class Once(Generic[T]):
    """A function of no arguments whose result is built on the first call and then kept.

    If the build raises, nothing is kept, and the next call tries again.

    >>> calls = []
    >>> @once
    ... def answer() -> int:
    ...     calls.append(1)
    ...     return 42
    >>> answer(), answer(), answer.builds, len(calls)
    (42, 42, 1, 1)
    """

    __name__: str
    __wrapped__: Callable[[], T]

    def __init__(self, build: Callable[[], T]) -> None:
        self._build = build
        self._lock = threading.Lock()
        self._value: object = _UNSET
        #: How many times the result was built (1 once it is, unless reset).
        self.builds = 0
        functools.update_wrapper(self, build)

    def __call__(self) -> T:
        value = self._value
        if value is _UNSET:
            with self._lock:
                value = self._value
                if value is _UNSET:
                    value = self._build()
                    self.builds += 1
                    self._value = value
        return value  # type: ignore[return-value]

    @property
    def built(self) -> bool:
        """Whether the result has been built (and is kept)."""
        return self._value is not _UNSET

    def reset(self) -> None:
        """Forget the result, so that the next call builds it again (for tests)."""
        with self._lock:
            self._value = _UNSET
            self.builds = 0


def once(build: Callable[[], T]) -> Once[T]:
    """Decorate a function of no arguments to be built once, thread-safely; see :class:`Once`."""
    return Once(build)
