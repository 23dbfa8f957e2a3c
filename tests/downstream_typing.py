"""A downstream module: what the code of mineralpact's users sees of its types.

It uses only the public API, without ``isinstance`` or ``cast``.
``tests/test_typing.py`` checks it with ``mypy --strict`` and compares each
``reveal_type`` with the comment above it (``# revealed: TYPE``, continued on
the comment lines below it; whitespace is not compared), so that a signature
that changes what users see fails the suite. In an expectation, ``{Record}``
stands for the union of the record classes, ``mineralpact.Record``.

The function is never called: the module is type-checked, not run.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import mineralpact
from mineralpact import (
    FORMAT_VERSION,
    Agreement,
    Dataset,
    Event,
    Organisation,
    PartialDate,
    Quantity,
    Record,
    dumps,
    iter_lines,
    load,
    loads,
    parse_temporal,
    resolve_date,
)
from mineralpact.bundled import korea_mongolia
from mineralpact.strategies import datasets, partial_dates

if TYPE_CHECKING:
    from typing_extensions import reveal_type


def downstream(text: str, path: Path) -> None:
    # revealed: mineralpact.dataset.Dataset
    reveal_type(korea_mongolia())
    data = korea_mongolia()

    # Look-ups with a record class are typed as that class.
    # revealed: mineralpact.agreements.Agreement
    reveal_type(data.get("agreement:kt-mn-mou-2023", Agreement))
    # revealed: mineralpact.parties.Organisation | None
    reveal_type(data.find("org:kt", Organisation))
    # revealed: tuple[mineralpact.events.Event, ...]
    reveal_type(data.of_type(Event))
    # Without one, a record of any kind.
    # revealed: {Record}
    reveal_type(data.get("org:kt"))
    # revealed: {Record} | None
    reveal_type(data.find("org:kt"))
    any_record: Record = data.get("org:kt")
    # revealed: builtins.str
    reveal_type(any_record.id)

    # Queries.
    # revealed: tuple[{Record}, ...]
    reveal_type(data.query(countries=["KR", "MN"], mineral="Mo", type=Agreement))
    # revealed: tuple[mineralpact.dataset.TimelineEntry, ...]
    reveal_type(data.timeline(country="MN"))
    # revealed: tuple[mineralpact.dataset.Disagreement, ...]
    reveal_type(data.disagreements())
    # revealed: mineralpact.dataset.Dataset
    reveal_type(data.merge(data))

    # Reading: a dataset by default, else the type asked for.
    # revealed: mineralpact.dataset.Dataset
    reveal_type(loads(text))
    # revealed: mineralpact.dataset.Dataset
    reveal_type(loads(text, type=Dataset))
    # revealed: mineralpact.dataset.Dataset
    reveal_type(loads(text, Dataset))
    # revealed: mineralpact.quantities.Quantity
    reveal_type(loads(text, Quantity))
    # revealed: mineralpact.agreements.Agreement
    reveal_type(load(path, Agreement))
    # revealed: typing.Iterator[{Record}]
    reveal_type(iter_lines(path))
    # revealed: builtins.str
    reveal_type(dumps(data))
    # revealed: builtins.str
    reveal_type(FORMAT_VERSION)

    # Values.
    mou = data.get("agreement:kt-mn-mou-2023", Agreement)
    # revealed: mineralpact.dates.PartialDate | mineralpact.dates.DateRange
    #   | mineralpact.dates.Deadline | mineralpact.dates.QualifiedDate | None
    reveal_type(mou.date)
    # revealed: mineralpact.quantities.Quantity
    reveal_type(Quantity.parse("3,110 t").to("kt"))
    # revealed: mineralpact.dates.PartialDate
    reveal_type(PartialDate.parse("2023-02"))
    # revealed: mineralpact.dates.PartialDate | mineralpact.dates.DateRange
    #   | mineralpact.dates.Deadline | mineralpact.dates.QualifiedDate
    reveal_type(parse_temporal("2025-12-15?"))
    # revealed: mineralpact.dates.ResolvedDate
    reveal_type(resolve_date("January 12", PartialDate(2025, 12, 15)))
    # revealed: builtins.str
    reveal_type(mineralpact.__version__)

    # The Hypothesis strategies.
    # revealed: hypothesis.strategies._internal.strategies.SearchStrategy[
    #   mineralpact.dataset.Dataset]
    reveal_type(datasets(linked=True))
    # revealed: hypothesis.strategies._internal.strategies.SearchStrategy[
    #   mineralpact.dates.PartialDate]
    reveal_type(partial_dates())
