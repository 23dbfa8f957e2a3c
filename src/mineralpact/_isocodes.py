"""The ISO code lists behind the library's codes, loaded on first use.

pycountry holds the lists of ISO 3166 (countries and subdivisions), ISO
4217 (currencies) and ISO 639 (languages); importing it costs tens of
milliseconds, so it is imported when a code is first checked, never with
``import mineralpact``, and its import warnings are kept from users. The
check digits of ISO 17442 (LEIs) need no list, and are computed here.
"""

from __future__ import annotations

from typing import Any

from mineralpact._once import once
from mineralpact._quiet import quiet

__all__ = ["currency_codes", "language_codes", "lei_check_digits", "lei_remainder", "pycountry"]


@once
def pycountry() -> Any:
    """Return the pycountry module, importing it on first call."""
    with quiet():
        import pycountry

    return pycountry


@once
def currency_codes() -> frozenset[str]:
    """The three-letter currency codes of ISO 4217, as pycountry lists them."""
    return frozenset(record.alpha_3 for record in pycountry().currencies)


@once
def language_codes() -> frozenset[str]:
    """The two-letter language codes of ISO 639-1, as pycountry lists them."""
    return frozenset(
        str(language.alpha_2) for language in pycountry().languages if hasattr(language, "alpha_2")
    )


def lei_remainder(chars: str) -> int:
    """ISO 7064 MOD 97-10 remainder of digits and letters (A=10 ... Z=35)."""
    return int("".join(str(int(ch, 36)) for ch in chars)) % 97


def lei_check_digits(base: str) -> str:
    """The two ISO 17442 check digits for the first 18 characters of an LEI.

    >>> lei_check_digits("5493001KJTIIGC8Y1R")
    '12'
    """
    return f"{98 - lei_remainder(base + '00'):02d}"
