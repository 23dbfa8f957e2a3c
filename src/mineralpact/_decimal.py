"""The Decimal context of the library, whatever the caller's thread-local one is.

Python's :mod:`decimal` reads the precision, rounding, traps and even the
letter case of exponents (``capitals``) from a context local to each thread,
which the library's caller owns. A caller working at three digits, or
trapping :class:`~decimal.Inexact`, must not change what the library
computes, accepts or writes: every Decimal operation of the library names
its context, taken from here.
"""

from __future__ import annotations

import decimal
from collections.abc import Iterable
from decimal import Decimal

__all__ = ["CONTEXT", "PRECISION", "context", "exact_sum", "text"]

#: The significant digits of a result (those of IEEE decimal128).
PRECISION = 34

#: The library's context. It is never used directly (its flags would be
#: shared by every thread): :func:`context` hands out copies.
CONTEXT = decimal.Context(
    prec=PRECISION,
    rounding=decimal.ROUND_HALF_EVEN,
    Emax=decimal.MAX_EMAX,
    Emin=decimal.MIN_EMIN,
    capitals=1,
    clamp=0,
    flags=[],
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)

# Sums that never round: the precision is as large as decimal allows, and
# rounding would raise rather than pass unnoticed.
_EXACT = CONTEXT.copy()
_EXACT.prec = decimal.MAX_PREC
_EXACT.traps[decimal.Inexact] = True


def context() -> decimal.Context:
    """A fresh copy of :data:`CONTEXT`, whose flags are the caller's own to read.

    >>> context().prec
    34
    """
    return CONTEXT.copy()


def exact_sum(values: Iterable[Decimal]) -> Decimal:
    """The exact sum of ``values``, never rounded.

    >>> exact_sum([Decimal("99.99"), Decimal("0.02")])
    Decimal('100.01')
    >>> exact_sum([Decimal("1E+50"), Decimal("1E-50")]) == Decimal("1E+50")
    False
    """
    ctx = _EXACT.copy()
    total = Decimal(0)
    for value in values:
        total = ctx.add(total, value)
    return total


def text(value: Decimal) -> str:
    """``str(value)``, with the library's context (``1E+50``, never ``1e+50``).

    >>> with decimal.localcontext(decimal.Context(capitals=0)):
    ...     str(Decimal("1E+50")), text(Decimal("1E+50"))
    ('1e+50', '1E+50')
    """
    # The context changes only the letter of the exponent, and no other
    # character of a Decimal's text is an "e" (``Infinity``, ``NaN``).
    return str(value).replace("e", "E")
