"""What :mod:`mineralpact.dates` and the phrase resolver share about date text.

Both refuse text longer than :data:`MAX_TEXT` before parsing it, name ISO
8601 dates the same way in their errors, read English month and weekday
names with dateutil's :class:`~dateutil.parser.parserinfo` (imported on first
use: ``dateutil.parser`` alone takes tens of milliseconds), and accept a
``datetime.date`` but never a ``datetime.datetime``.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, TypeGuard

from mineralpact._once import once
from mineralpact._quiet import quiet

if TYPE_CHECKING:
    from dateutil.parser import parserinfo

__all__ = ["ISO_EXPECTED", "MAX_TEXT", "english_names", "is_plain_date"]

#: Texts and phrases longer than this are refused before any parsing is done.
MAX_TEXT = 64

ISO_EXPECTED = "an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD"


@once
def english_names() -> parserinfo:
    """dateutil's English month and weekday names, imported on first use."""
    # python-dateutil 2.8.2 warns on import on Python 3.12 and later.
    with quiet():
        from dateutil.parser import parserinfo

    return parserinfo()


def is_plain_date(value: object) -> TypeGuard[datetime.date]:
    """Whether *value* is a ``datetime.date`` and not a ``datetime.datetime``."""
    # A datetime is a date too, but silently dropping its time would lose data.
    return isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)
