"""The four foldings of names and labels, each against the one it replaced.

Each module used to keep its own ``_fold``; they differed quietly. They now
live side by side in ``mineralpact._folding`` under names that say how they
differ, and each folds exactly as its module's did.
"""

from __future__ import annotations

import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st

from mineralpact._folding import (
    fold_case_and_spacing,
    fold_name,
    fold_name_and_accents,
    fold_name_and_separators,
)

# Text that exercises what the foldings treat differently: case, spaces of
# several kinds, hyphens and underscores, the typographic apostrophe,
# accents (precomposed and combining) and compatibility forms.
TRICKY = "aZ -_'\u2019\u00a0\u3000\t\n\u00e9e\u0301\uff21\ufb01\u00df\u0130\ufe63\uff3f"
texts = st.text(st.sampled_from(TRICKY) | st.characters(), max_size=30)


def _figures_fold(text: str) -> str:  # figures.py, before
    return " ".join(text.casefold().split())


def _parties_fold(text: str) -> str:  # parties.py, before
    normalized = unicodedata.normalize("NFKC", text).replace("\u2019", "'")
    return " ".join(normalized.casefold().split())


def _minerals_fold(text: str) -> str:  # minerals.py, before
    normalized = unicodedata.normalize("NFKC", text).replace("\u2019", "'")
    normalized = normalized.replace("-", " ").replace("_", " ")
    return " ".join(normalized.casefold().split())


def _codes_fold(text: str) -> str:  # codes.py, before
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


@given(texts)
@example("  Côte d\u2019Ivoire ")
@example("Rare-Earth_\uff21\u00a0x")
def test_each_folding_folds_as_the_one_it_replaced(text: str) -> None:
    assert fold_case_and_spacing(text) == _figures_fold(text)
    assert fold_name(text) == _parties_fold(text)
    assert fold_name_and_separators(text) == _minerals_fold(text)
    assert fold_name_and_accents(text) == _codes_fold(text)


def test_the_foldings_differ_where_their_names_say() -> None:
    assert fold_case_and_spacing("A\u00a0B") == "a b"  # str.split() knows U+00A0
    assert fold_case_and_spacing("\uff21") == "\uff41"  # but not compatibility forms
    assert fold_name("\uff21") == "a"
    assert fold_name("rare-earth") == "rare-earth"
    assert fold_name_and_separators("rare-earth_x") == "rare earth x"
    assert fold_name("Côte d\u2019Ivoire") == "côte d'ivoire"
    assert fold_name_and_accents("Côte d\u2019Ivoire") == "cote d'ivoire"
