"""The ways names and labels are folded before they are compared.

Four foldings, each a step looser than the one before, and each kept for
what it compares (which of them a comparison uses is part of its behaviour,
so they are not merged into one):

* :func:`fold_case_and_spacing`: case and runs of whitespace, nothing else.
  A figure's ``of``, ``scope`` and description in its comparison key.
* :func:`fold_name`: also Unicode compatibility forms (NFKC: a no-break
  space is a space, a full-width letter a letter) and the typographic
  apostrophe (U+2019) as ``'``. Names of parties.
* :func:`fold_name_and_separators`: also ``-`` and ``_`` as spaces. Names of
  minerals ("rare-earth", "rare earth", "rare_earth").
* :func:`fold_name_and_accents`: :func:`fold_name`'s apostrophe, case and
  spacing, with accents dropped (NFKD, then combining marks removed).
  Country names ("Côte d'Ivoire", "cote d'ivoire").

>>> fold_case_and_spacing("  Rare   EARTHS ")
'rare earths'
>>> fold_name("Geological\\u00a0CENTER")
'geological center'
>>> fold_name_and_separators("Rare-Earth_elements")
'rare earth elements'
>>> fold_name_and_accents("  Côte d’Ivoire ")
"cote d'ivoire"
"""

from __future__ import annotations

import unicodedata

__all__ = [
    "fold_case_and_spacing",
    "fold_name",
    "fold_name_and_accents",
    "fold_name_and_separators",
]

_APOSTROPHE = "\u2019"


def fold_case_and_spacing(text: str) -> str:
    """*text* case-folded, with each run of whitespace one space and none at the ends."""
    return " ".join(text.casefold().split())


def fold_name(text: str) -> str:
    """A name folded for matching: Unicode compatibility forms, apostrophe, case, spacing."""
    normalized = unicodedata.normalize("NFKC", text).replace(_APOSTROPHE, "'")
    return " ".join(normalized.casefold().split())


def fold_name_and_separators(text: str) -> str:
    """:func:`fold_name`, with ``-`` and ``_`` read as spaces."""
    normalized = unicodedata.normalize("NFKC", text).replace(_APOSTROPHE, "'")
    normalized = normalized.replace("-", " ").replace("_", " ")
    return " ".join(normalized.casefold().split())


def fold_name_and_accents(text: str) -> str:
    """A name folded for matching with its accents dropped: apostrophe, accents, case, spacing."""
    decomposed = unicodedata.normalize("NFKD", text.replace(_APOSTROPHE, "'"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())
