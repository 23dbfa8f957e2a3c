"""Helpers for records' ``references()``: the ids a record mentions, with paths.

Paths are relative to the record, in JSON-path style (``parties[0]``,
``signatories[1].person``, ``dates[0].citations[2].source``); frozensets are
walked in sorted order so that paths are stable.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from mineralpact.sources import Citation

__all__ = ["Reference", "cited", "claims_cited", "each", "one"]

Reference = tuple[str, str]


class _Claim(Protocol):
    @property
    def citations(self) -> tuple[Citation, ...]: ...


def one(path: str, record_id: str | None) -> Iterator[Reference]:
    """The reference held in a single optional id field."""
    if record_id is not None:
        yield path, record_id


def each(path: str, record_ids: Iterable[str]) -> Iterator[Reference]:
    """The references held in a tuple (in order) or frozenset (sorted) of ids."""
    ids = sorted(record_ids) if isinstance(record_ids, frozenset) else record_ids
    for i, record_id in enumerate(ids):
        yield f"{path}[{i}]", record_id


def cited(path: str, citations: Iterable[Citation]) -> Iterator[Reference]:
    """The sources of ``citations`` held at ``path``."""
    for i, citation in enumerate(citations):
        yield f"{path}[{i}].source", citation.source


def claims_cited(path: str, claims: Iterable[_Claim]) -> Iterator[Reference]:
    """The sources of the citations inside each claim held at ``path``.

    A claim that holds dated evidence of its own (a name's ``attested``
    dates) yields the sources of those too.
    """
    for i, claim in enumerate(claims):
        yield from cited(f"{path}[{i}].citations", claim.citations)
        attested: tuple[_Claim, ...] = getattr(claim, "attested", ())
        yield from claims_cited(f"{path}[{i}].attested", attested)
