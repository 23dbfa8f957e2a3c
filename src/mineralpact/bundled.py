"""Datasets that ship with mineralpact (formerly ``mineralpact.datasets``).

>>> from mineralpact.bundled import korea_mongolia
>>> data = korea_mongolia()
>>> data.get("agreement:kr-mn-rare-metals-mou-2023").date
PartialDate(2023, 2, 15)
"""

from __future__ import annotations

from importlib.resources import files

from mineralpact._once import once
from mineralpact.dataset import Dataset

__all__ = ["korea_mongolia"]

_KOREA_MONGOLIA = "korea_mongolia.json"


@once
def korea_mongolia() -> Dataset:
    """Korea–Mongolia cooperation on rare metals and critical minerals, 2021–2026.

    Every fact of five news reports (The Korea Herald, 2023-01-26; Korea.net,
    2025-03-12; The Korea Times, 2025-09-22; The Asia Review; the Seoul
    Economic Daily, 2025-12-15) and of the reports that corroborate them
    (Yonhap, KBS, the Korean Ministry of Foreign Affairs, KIGAM, USGS), each
    with its citations, including where they disagree: see
    :meth:`~mineralpact.Dataset.disagreements`.

    The data file is read and checked on the first call only; the dataset is
    immutable, so every call returns the same one.
    """
    from mineralpact.serialization import loads

    text = (
        files("mineralpact").joinpath("data").joinpath(_KOREA_MONGOLIA).read_text(encoding="utf-8")
    )
    return loads(text, type=Dataset)
