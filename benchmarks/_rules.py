"""The format's rules as plain patterns and sets, shared by the pydantic and msgspec models.

These restate, for the libraries the benchmark compares against, what the
mineralpact model checks: the id grammar with the prefix each field takes,
non-blank texts of bounded length, exact decimal strings, EDTF dates, unit
text, ISO codes. They are what such models would hold in practice: the
shape of the document and the form of each string, but not the meaning
(pint does not check the unit, the calendar does not check the day, the
dataset-wide checks do not run). mineralpact's ``loads`` does all of that,
and still has to keep up.
"""

from __future__ import annotations

import functools

__all__ = [
    "COUNTRY",
    "DECIMAL",
    "LANGUAGE",
    "MAX_DECIMAL_LENGTH",
    "MAX_ID_LENGTH",
    "NOT_BLANK",
    "PARTIAL_DATE",
    "PERIOD",
    "SUBDIVISION",
    "TEMPORAL",
    "UNIT",
    "country_codes",
    "id_pattern",
    "subdivision_codes",
]

MAX_ID_LENGTH = 128
MAX_DECIMAL_LENGTH = 64

_SLUG = r"[a-z0-9]+(?:[-_.][a-z0-9]+)*"


def id_pattern(*prefixes: str) -> str:
    """The pattern of an id with one of ``prefixes`` (any prefix when none is given)."""
    prefix = "|".join(prefixes) if prefixes else "[a-z][a-z0-9]*"
    return rf"^(?:{prefix}):{_SLUG}$"


#: A text that is not blank (patterns search, so one non-space character is enough).
NOT_BLANK = r"\S"
#: An exact decimal, as written: never a float, never NaN or Infinity.
DECIMAL = r"^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]{1,4})?$"
_DATE = r"[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?"
#: A partial date (``2023``, ``2023-02``, ``2023-02-15``).
PARTIAL_DATE = rf"^{_DATE}$"
#: Any temporal value: a partial date, ``X~``/``X?``/``X%``, ``X/Y``, ``X/..``, ``../X``.
TEMPORAL = rf"^(?:{_DATE}[~?%]?|{_DATE}/(?:{_DATE}|\.\.)|\.\./{_DATE})$"
#: A range or a partial date (a figure's period).
PERIOD = rf"^{_DATE}(?:/(?:{_DATE}|\.\.))?$"
#: Unit text: names joined by ``*``, ``/``, ``·`` or spaces, with small exponents.
UNIT = r"^[A-Za-z_µμ%]+(?:\*\*-?[1-4])?(?:[*/· ][A-Za-z_µμ%]+(?:\*\*-?[1-4])?)*$"
COUNTRY = r"^[A-Z]{2}$"
SUBDIVISION = r"^[A-Z]{2}-[A-Z0-9]{1,3}$"
LANGUAGE = r"^[a-z]{2}$"


@functools.cache
def country_codes() -> frozenset[str]:
    """The alpha-2 codes ISO 3166-1 assigns."""
    import pycountry

    return frozenset(c.alpha_2 for c in pycountry.countries)


@functools.cache
def subdivision_codes() -> frozenset[str]:
    """The codes ISO 3166-2 assigns."""
    import pycountry

    return frozenset(s.code for s in pycountry.subdivisions)
