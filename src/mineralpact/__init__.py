"""mineralpact: a typed model of international critical-mineral cooperation.

Agreements, parties, minerals, reserves and production with units, timelines,
and the sources behind every fact, as immutable, validated and serializable
values.

>>> import mineralpact
>>> mineralpact.PartialDate.parse("2023-02")
PartialDate(2023, 2)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mineralpact.errors import (
    IncompatibleUnitsError,
    InvalidCodeError,
    InvalidDateError,
    InvalidQuantityError,
    InvalidTypeError,
    InvalidUnitError,
    InvalidValueError,
    MineralpactError,
    UnresolvableDateError,
)

__all__ = [
    "IncompatibleUnitsError",
    "InvalidCodeError",
    "InvalidDateError",
    "InvalidQuantityError",
    "InvalidTypeError",
    "InvalidUnitError",
    "InvalidValueError",
    "MineralpactError",
    "UnresolvableDateError",
]


if TYPE_CHECKING:
    __version__: str
else:

    def __getattr__(name: str) -> str:
        # The version is read from the installed package's metadata on first
        # use, so that importing mineralpact stays cheap.
        if name == "__version__":
            from importlib.metadata import version

            return version("mineralpact")
        raise AttributeError(f"module 'mineralpact' has no attribute {name!r}")
