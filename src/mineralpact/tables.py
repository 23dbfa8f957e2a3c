"""Arrow tables of a dataset: figures, timeline, parties and agreements.

Analysts query records as tables; this module turns a
:class:`~mineralpact.Dataset` into `Apache Arrow <https://arrow.apache.org/>`_
tables with a stable schema, which pandas, Polars and DuckDB read directly.
It needs the ``arrow`` extra (``pip install "mineralpact[arrow]"``);
without pyarrow, importing it raises
:class:`~mineralpact.errors.MissingExtraError`.

>>> from mineralpact.bundled import korea_mongolia
>>> from mineralpact.tables import figures_table
>>> table = figures_table(korea_mongolia(), unit="t")
>>> [row] = [r for r in table.to_pylist() if r["id"] == "figure:mn-mo-production-2024"]
>>> row["magnitude"], row["unit"], row["period"], row["period_start_precision"]
(Decimal('3110.000000000000'), 't', '2024', 'year')

Four tables, one function each (the columns are listed in the reference
page *Tables*, and by :func:`schema`):

* :func:`figures_table`: one row per :class:`~mineralpact.Figure`, whatever
  its value (a quantity, a share, a rank, a count, money, a range, a
  statistical code, or none);
* :func:`timeline_table`: one row per entry of :meth:`Dataset.timeline
  <mineralpact.Dataset.timeline>`;
* :func:`parties_table`: one row per name of an organisation or a person,
  with the dates it is attested at, and one row per country the dataset
  mentions (its ISO 3166 name);
* :func:`agreements_table`: one row per stage of an agreement (one row
  with no stage for an agreement whose stages are not recorded).

Exact values stay exact:

* a magnitude is a ``decimal128(38, 12)`` when it fits (at most 26 digits
  before the point and 12 after), and always also its exact text in the
  ``*_text`` column, the only place a number that does not fit is found;
* a date keeps its precision: each date is its EDTF text (``2024``,
  ``2023-02/2025``, ``../2025-11``, ``2023~``), its first and last day as
  ``date32``, and the precision (``year``, ``month`` or ``day``) of each end.

To pandas and Polars, through Arrow: ``table.to_pandas()`` and
``polars.from_arrow(table)``. To write the tables to files, see :func:`export`
and ``mineralpact export``.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mineralpact.errors import (
    IncompatibleUnitsError,
    InvalidQuantityError,
    InvalidTypeError,
    InvalidValueError,
    MissingExtraError,
)

try:
    # pyarrow ships no type information: its objects are Any here.
    import pyarrow as pa  # type: ignore[import-untyped]
except ImportError as error:  # pragma: no cover - tested in a subprocess without pyarrow
    raise MissingExtraError("mineralpact.tables", "arrow", "pyarrow") from error

from mineralpact._atomic import atomic_folder, atomic_path
from mineralpact._ids import country_of
from mineralpact.agreements import Agreement
from mineralpact.dataset import Dataset, TimelineEntry
from mineralpact.dates import DateRange, Deadline, PartialDate, QualifiedDate, TemporalValue
from mineralpact.figures import Figure
from mineralpact.parties import Name, Organisation, Person
from mineralpact.quantities import Coded, Count, Money, Quantity, QuantityRange, Rank, Share
from mineralpact.sources import Citation, DateClaim

if TYPE_CHECKING:
    from mineralpact.dataset import Record

__all__ = [
    "DECIMAL_PRECISION",
    "DECIMAL_SCALE",
    "FORMATS",
    "PARTITIONS",
    "TABLES",
    "agreements_table",
    "export",
    "figure_batches",
    "figures_table",
    "parties_table",
    "schema",
    "timeline_table",
]

#: The precision and scale of every decimal column: ``decimal128(38, 12)``.
DECIMAL_PRECISION = 38
DECIMAL_SCALE = 12
_INTEGER_DIGITS = DECIMAL_PRECISION - DECIMAL_SCALE

#: The names of the tables, in the order :func:`export` writes them.
TABLES = ("figures", "timeline", "parties", "agreements")
#: The file formats :func:`export` writes.
FORMATS = ("parquet", "csv", "jsonl")
#: The columns :func:`export` can lay the figures out by (``partition_by=``):
#: a folder per measure, or per year of the period's first day.
PARTITIONS = ("measure", "year")
#: The folder name of a partition whose value is null, as Hive names it.
_NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"

_DECIMAL = pa.decimal128(DECIMAL_PRECISION, DECIMAL_SCALE)
_TEXT = pa.string()
_TEXTS = pa.list_(pa.string())


def _date_fields(name: str) -> list[pa.Field]:
    return [
        pa.field(name, _TEXT),
        pa.field(f"{name}_start", pa.date32()),
        pa.field(f"{name}_end", pa.date32()),
        pa.field(f"{name}_start_precision", _TEXT),
        pa.field(f"{name}_end_precision", _TEXT),
    ]


def _number_fields(name: str) -> list[pa.Field]:
    return [pa.field(name, _DECIMAL), pa.field(f"{name}_text", _TEXT)]


_SCHEMAS: dict[str, pa.Schema] = {
    "figures": pa.schema(
        [
            pa.field("id", _TEXT, nullable=False),
            pa.field("subject", _TEXT),
            pa.field("measure", _TEXT, nullable=False),
            pa.field("minerals", _TEXTS, nullable=False),
            pa.field("covers", _TEXTS, nullable=False),
            pa.field("countries", _TEXTS, nullable=False),
            pa.field("stage", _TEXT),
            pa.field("basis", _TEXT),
            pa.field("category", _TEXT),
            pa.field("within", _TEXT),
            pa.field("value_kind", _TEXT),
            *_number_fields("magnitude"),
            pa.field("unit", _TEXT),
            *_number_fields("low"),
            *_number_fields("high"),
            pa.field("high_unit", _TEXT),
            pa.field("currency", _TEXT),
            pa.field("count", pa.int64()),
            pa.field("rank", pa.int64()),
            pa.field("rank_of", pa.int64()),
            pa.field("of", _TEXT),
            pa.field("code", _TEXT),
            pa.field("value_text", _TEXT),
            *_number_fields("normalised"),
            pa.field("normalised_unit", _TEXT),
            pa.field("normalised_exact", pa.bool_()),
            *_date_fields("period"),
            *_date_fields("as_of"),
            pa.field("estimated", pa.bool_(), nullable=False),
            pa.field("approximate", pa.bool_()),
            pa.field("rounded_to", _TEXT),
            pa.field("description", _TEXT),
            pa.field("sources", _TEXTS, nullable=False),
        ]
    ),
    "timeline": pa.schema(
        [
            pa.field("record", _TEXT, nullable=False),
            pa.field("kind", _TEXT, nullable=False),
            pa.field("stage", _TEXT),
            pa.field("title", _TEXT, nullable=False),
            *_date_fields("when"),
            pa.field("when_kind", _TEXT, nullable=False),
            pa.field("disputed", pa.bool_(), nullable=False),
            pa.field("revisions", pa.int64(), nullable=False),
            pa.field("sources", _TEXTS, nullable=False),
        ]
    ),
    "parties": pa.schema(
        [
            pa.field("party", _TEXT, nullable=False),
            pa.field("party_type", _TEXT, nullable=False),
            pa.field("kind", _TEXT),
            pa.field("jurisdiction", _TEXT),
            pa.field("parent", _TEXT),
            pa.field("name", _TEXT, nullable=False),
            pa.field("language", _TEXT),
            pa.field("name_kind", _TEXT),
            *_date_fields("since"),
            *_date_fields("until"),
            pa.field("attested", _TEXTS, nullable=False),
            pa.field("attested_first", pa.date32()),
            pa.field("attested_last", pa.date32()),
            pa.field("sources", _TEXTS, nullable=False),
        ]
    ),
    "agreements": pa.schema(
        [
            pa.field("agreement", _TEXT, nullable=False),
            pa.field("agreement_kind", _TEXT, nullable=False),
            pa.field("title", _TEXT),
            pa.field("parties", _TEXTS, nullable=False),
            pa.field("countries", _TEXTS, nullable=False),
            pa.field("minerals", _TEXTS, nullable=False),
            pa.field("covers", _TEXTS, nullable=False),
            pa.field("binding", pa.bool_()),
            pa.field("dates", _TEXTS, nullable=False),
            pa.field("date_start", pa.date32()),
            pa.field("date_end", pa.date32()),
            pa.field("stage", _TEXT),
            pa.field("stage_party", _TEXT),
            pa.field("stage_by", _TEXT),
            *_date_fields("stage_date"),
            pa.field("stage_scheduled", _TEXTS, nullable=False),
            pa.field("stage_condition", _TEXT),
            pa.field("sources", _TEXTS, nullable=False),
        ]
    ),
}


def schema(table: str, *, unit: str | None = None) -> pa.Schema:
    """The Arrow schema of one of the :data:`TABLES`.

    The schema does not depend on the data, so that files written at
    different times, or in batches, share it. ``unit`` is accepted for the
    figures table, whose ``normalised_unit`` column then holds it; the
    schema is the same.

    >>> schema("timeline").names[:4]
    ['record', 'kind', 'stage', 'title']
    >>> schema("figures").field("magnitude").type
    Decimal128Type(decimal128(38, 12))
    >>> schema("votes")
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidValueError: invalid tables.schema table: 'votes'; expected one of ...
    """
    if table not in _SCHEMAS:
        raise InvalidValueError("tables.schema table", table, f"one of {', '.join(TABLES)}")
    return _SCHEMAS[table]


# --- values -------------------------------------------------------------------------------


def _decimal(number: Decimal) -> Decimal | None:
    """``number`` if ``decimal128(38, 12)`` holds it exactly, else None."""
    sign, digits, exponent = number.as_tuple()
    assert isinstance(exponent, int)  # figures hold finite numbers only
    digits_list = list(digits)
    while exponent < -DECIMAL_SCALE and len(digits_list) > 1 and digits_list[-1] == 0:
        digits_list.pop()
        exponent += 1
    if exponent < -DECIMAL_SCALE:
        return None if any(digits_list) else Decimal(0)
    significant = len(digits_list) + exponent if any(digits_list) else 0
    if significant > _INTEGER_DIGITS:
        return None
    return Decimal((sign, tuple(digits_list), exponent))


def _put_number(row: dict[str, Any], name: str, number: Decimal) -> None:
    row[name] = _decimal(number)
    row[f"{name}_text"] = str(number)


def _precision(date: PartialDate | None) -> str | None:
    return None if date is None else date.precision.value


def _put_date(row: dict[str, Any], name: str, value: TemporalValue | None) -> None:
    """The columns of a date: its EDTF text, first and last day, and each end's precision."""
    if value is None:
        return
    row[name] = str(value)
    row[f"{name}_start"] = value.earliest
    row[f"{name}_end"] = value.latest
    first: PartialDate | None
    last: PartialDate | None
    if isinstance(value, PartialDate):
        first = last = value
    elif isinstance(value, QualifiedDate):
        first = last = value.date
    elif isinstance(value, Deadline):
        first, last = None, value.by
    else:
        first, last = value.start, value.end
    row[f"{name}_start_precision"] = _precision(first)
    row[f"{name}_end_precision"] = _precision(last)


def _when_kind(value: TemporalValue) -> str:
    if isinstance(value, PartialDate):
        return "date"
    if isinstance(value, DateRange):
        return "range"
    if isinstance(value, Deadline):
        return "deadline"
    return "qualified"


def _sources(citations: Iterable[Citation]) -> list[str]:
    return sorted({c.source for c in citations})


def _claims_sources(claims: Iterable[DateClaim]) -> list[str]:
    return sorted({c.source for claim in claims for c in claim.citations})


def _normalised(row: dict[str, Any], value: Quantity, unit: str) -> None:
    try:
        converted = value.to(unit, exact=True)
        exact = True
    except IncompatibleUnitsError:
        return
    except InvalidQuantityError:
        try:
            converted, exact = value.to(unit), False
        except InvalidQuantityError:
            return
    _put_number(row, "normalised", converted.magnitude)
    row["normalised_exact"] = exact


def _put_value(row: dict[str, Any], figure: Figure, unit: str | None) -> None:
    value = figure.value
    if value is None:
        return
    row["value_text"] = str(value)
    if isinstance(value, Quantity):
        row["value_kind"] = "quantity"
        _put_number(row, "magnitude", value.magnitude)
        row["unit"] = value.unit
        row["approximate"] = value.approximate
        if unit is not None:
            _normalised(row, value, unit)
    elif isinstance(value, QuantityRange):
        row["value_kind"] = "range"
        _put_number(row, "low", value.low.magnitude)
        _put_number(row, "high", value.high.magnitude)
        row["unit"], row["high_unit"] = value.low.unit, value.high.unit
        row["approximate"] = value.low.approximate or value.high.approximate
    elif isinstance(value, Share):
        row["value_kind"] = "share"
        _put_number(row, "magnitude", value.value)
        row["unit"] = "percent"
        row["of"] = value.of
        row["approximate"] = value.approximate
    elif isinstance(value, Money):
        row["value_kind"] = "money"
        _put_number(row, "magnitude", value.amount)
        row["currency"] = value.currency
    elif isinstance(value, Count):
        row["value_kind"] = "count"
        row["count"] = value.value
        row["of"] = value.of
        row["approximate"] = value.approximate
    elif isinstance(value, Rank):
        row["value_kind"] = "rank"
        row["rank"], row["rank_of"] = value.position, value.of
        row["of"] = value.scope
    elif isinstance(value, Coded):
        row["value_kind"] = "coded"
        row["code"] = value.code.value


# --- what a record covers: its countries and minerals, as Dataset.query reads them ---------


class _Reach:
    """The countries and minerals each record of a dataset matches in :meth:`Dataset.query`."""

    def __init__(self, data: Dataset) -> None:
        self._data = data
        self._expanded: dict[str, list[str]] = {}
        self._countries_of: dict[str, frozenset[str]] | None = None

    def covers(self, minerals: Iterable[str]) -> list[str]:
        found: set[str] = set()
        for mineral in minerals:
            if mineral not in self._expanded:
                self._expanded[mineral] = sorted(self._data._expand(mineral))
            found.update(self._expanded[mineral])
        return sorted(found)

    def _build(self) -> dict[str, frozenset[str]]:
        data = self._data
        index = data._query_index()
        countries = set(index.under_country) | set(index.placed)
        countries.update(p for p in index.involved if p.startswith("country:"))
        inverse: dict[str, set[str]] = {}
        for country in countries:
            for party in data._country_closure(country):
                inverse.setdefault(party, set()).add(country)
        return {party: frozenset(found) for party, found in inverse.items()}

    def countries(self, record: Record) -> list[str]:
        if self._countries_of is None:
            self._countries_of = self._build()
        found: set[str] = set()
        for party in self._data._involved(record):
            found.update(self._countries_of.get(party, ()))
        place = getattr(record, "place", None)
        if place is not None and place.country is not None:
            found.add(f"country:{place.country.alpha2.lower()}")
        return sorted(found)


def _check_dataset(data: object, what: str) -> Dataset:
    if not isinstance(data, Dataset):
        raise InvalidTypeError(what, data, "a Dataset (mineralpact.Dataset(records))")
    return data


def _check_unit(unit: object, what: str) -> str | None:
    if unit is None:
        return None
    if not isinstance(unit, str):
        raise InvalidTypeError(what, unit, "a unit such as 't', or None")
    Quantity(0, unit)  # InvalidUnitError for a unit that is not one
    return unit


# --- the tables ---------------------------------------------------------------------------


def _figure_row(figure: Figure, reach: _Reach, unit: str | None) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": figure.id,
        "subject": figure.subject,
        "measure": figure.measure.value,
        "minerals": sorted(figure.minerals),
        "covers": reach.covers(figure.minerals),
        "countries": reach.countries(figure),
        "stage": None if figure.stage is None else figure.stage.value,
        "basis": None if figure.basis is None else figure.basis.value,
        "category": None if figure.category is None else figure.category.value,
        "within": figure.within,
        "estimated": figure.estimated,
        "description": figure.description,
        "sources": _sources(figure.citations),
    }
    if unit is not None:
        row["normalised_unit"] = unit
    if figure.rounding is not None:
        row["rounded_to"] = "" if figure.rounding.to is None else str(figure.rounding.to)
    _put_value(row, figure, unit)
    _put_date(row, "period", figure.period)
    _put_date(row, "as_of", figure.as_of)
    return row


def _batch(table: str, rows: Sequence[dict[str, Any]]) -> pa.RecordBatch:
    names = _SCHEMAS[table].names
    columns = {name: [row.get(name) for row in rows] for name in names}
    return pa.RecordBatch.from_pydict(columns, schema=_SCHEMAS[table])


def figure_batches(
    data: Dataset, *, unit: str | None = None, batch_size: int = 10_000
) -> Iterator[pa.RecordBatch]:
    """The rows of :func:`figures_table`, ``batch_size`` figures at a time.

    A million figures become a hundred batches of ten thousand, and only one
    batch is held at a time: what :func:`export` writes from.

    >>> from mineralpact.bundled import korea_mongolia
    >>> [batch.num_rows for batch in figure_batches(korea_mongolia(), batch_size=8)][:2]
    [8, 8]
    """
    data = _check_dataset(data, "tables.figure_batches data")
    unit = _check_unit(unit, "tables.figure_batches unit")
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise InvalidValueError("tables.figure_batches batch_size", batch_size, "an int above 0")
    reach = _Reach(data)
    rows: list[dict[str, Any]] = []
    for record in data.records:
        if isinstance(record, Figure):
            rows.append(_figure_row(record, reach, unit))
            if len(rows) == batch_size:
                yield _batch("figures", rows)
                rows = []
    if rows:
        yield _batch("figures", rows)


def figures_table(data: Dataset, *, unit: str | None = None) -> pa.Table:
    """One row per figure of ``data``, whatever its value.

    The value's columns depend on its kind (``value_kind``):

    * ``quantity``: ``magnitude`` (and ``magnitude_text``), ``unit``,
      ``approximate``; with ``unit=`` given, ``normalised`` (and
      ``normalised_text``) is the magnitude in that unit, an **exact
      decimal** from :meth:`Quantity.to <mineralpact.Quantity.to>`
      (``normalised_exact`` is false in the rare case the conversion has no
      end, kilograms to pounds, and was rounded to 34 significant digits);
      null for a quantity of another dimension and for other kinds;
    * ``range``: ``low`` and ``high`` (with ``*_text``), ``unit`` (the low
      end's) and ``high_unit``;
    * ``share``: ``magnitude`` is the percentage, ``unit`` is ``percent``,
      ``of`` names the total;
    * ``money``: ``magnitude`` is the amount, ``currency`` its ISO 4217 code;
    * ``count``: ``count``, ``of``, ``approximate``;
    * ``rank``: ``rank``, ``rank_of`` (how many are ranked), ``of`` (the scope);
    * ``coded``: ``code``, a statistical code (``withheld``, ``not_available``...);
    * null: a qualitative figure, told by its ``description``.

    ``value_text`` is the value's text form, for every kind. ``covers`` and
    ``countries`` are the mineral ids and country ids the figure matches in
    :meth:`Dataset.query <mineralpact.Dataset.query>`'s ``mineral`` and
    ``country`` filters (not through membership): a query in DuckDB or
    Polars then needs no knowledge of parties and minerals.

    >>> from mineralpact.bundled import korea_mongolia
    >>> table = figures_table(korea_mongolia())
    >>> sorted(set(table["value_kind"].to_pylist()) - {None})
    ['count', 'quantity', 'rank', 'share']
    >>> table.num_rows == len(korea_mongolia().of_type(Figure))
    True
    """
    data = _check_dataset(data, "tables.figures_table data")
    batches = list(figure_batches(data, unit=unit))
    return pa.Table.from_batches(batches, schema=_SCHEMAS["figures"])


def _timeline_row(entry: TimelineEntry) -> dict[str, Any]:
    row: dict[str, Any] = {
        "record": entry.record,
        "kind": entry.kind.value,
        "stage": None if entry.stage is None else entry.stage.value,
        "title": entry.title,
        "when_kind": _when_kind(entry.when),
        "disputed": entry.disputed,
        "revisions": len(entry.history),
        "sources": sorted(entry.sources),
    }
    _put_date(row, "when", entry.when)
    return row


def timeline_table(data: Dataset, **filters: Any) -> pa.Table:
    """One row per entry of :meth:`Dataset.timeline <mineralpact.Dataset.timeline>`, in its order.

    ``filters`` are those of the timeline (``party=``, ``country=``...).
    ``when`` is the entry's date as EDTF text, with its first and last day
    and precision; ``revisions`` counts the earlier plans of a revised plan.

    >>> from mineralpact.bundled import korea_mongolia
    >>> table = timeline_table(korea_mongolia(), party="org:kt")
    >>> table.column("when").to_pylist()
    ['2023-01-26', '2023-01-26', '2023-01-26']
    """
    data = _check_dataset(data, "tables.timeline_table data")
    rows = [_timeline_row(entry) for entry in data.timeline(**filters)]
    return pa.Table.from_batches([_batch("timeline", rows)])


def _name_row(party: Organisation | Person, name: Name) -> dict[str, Any]:
    row: dict[str, Any] = {
        "party": party.id,
        "name": name.text,
        "language": name.language,
        "name_kind": name.kind.value,
        "attested": [str(claim.value) for claim in name.attested],
        "sources": sorted(set(_sources(name.citations)) | set(_claims_sources(name.attested))),
    }
    days = [
        day
        for claim in name.attested
        for day in (claim.value.earliest, claim.value.latest)
        if day is not None
    ]
    if days:
        row["attested_first"], row["attested_last"] = min(days), max(days)
    if isinstance(party, Organisation):
        row["party_type"] = "organisation"
        row["kind"] = party.kind.value
        row["parent"] = party.parent
        if party.jurisdiction is not None:
            row["jurisdiction"] = f"country:{party.jurisdiction.alpha2.lower()}"
    else:
        row["party_type"] = "person"
    _put_date(row, "since", name.since)
    _put_date(row, "until", name.until)
    return row


def parties_table(data: Dataset) -> pa.Table:
    """One row per name of each organisation and person, and one per country mentioned.

    A party with three names has three rows: each name with its language,
    kind (official, short, former...), the dates it was used ``since`` and
    ``until`` and the dates it is ``attested`` at (EDTF texts, with their
    first and last day). A country (``country:mn``) has one row with its
    ISO 3166 name, and no dates.

    >>> from mineralpact.bundled import korea_mongolia
    >>> table = parties_table(korea_mongolia())
    >>> rows = [r for r in table.to_pylist() if r["party"] == "country:mn"]
    >>> [(r["party_type"], r["name"]) for r in rows]
    [('country', 'Mongolia')]
    """
    data = _check_dataset(data, "tables.parties_table data")
    rows: list[dict[str, Any]] = []
    countries: set[str] = set()
    for record in data.records:
        if isinstance(record, (Organisation, Person)):
            rows.extend(_name_row(record, name) for name in record.names)
        countries.update(ref for _, ref in record.references() if ref.startswith("country:"))
        if isinstance(record, Organisation) and record.jurisdiction is not None:
            countries.add(f"country:{record.jurisdiction.alpha2.lower()}")
    rows.extend(
        {
            "party": country,
            "party_type": "country",
            "name": country_of(country).name,
            "language": "en",
            "attested": [],
            "sources": [],
        }
        for country in sorted(countries)
    )
    return pa.Table.from_batches([_batch("parties", rows)])


def _agreement_rows(agreement: Agreement, reach: _Reach) -> Iterator[dict[str, Any]]:
    days = [
        day
        for claim in agreement.dates
        for day in (claim.value.earliest, claim.value.latest)
        if day is not None
    ]
    common: dict[str, Any] = {
        "agreement": agreement.id,
        "agreement_kind": agreement.kind.value,
        "title": agreement.title,
        "parties": sorted(agreement.parties),
        "countries": reach.countries(agreement),
        "minerals": sorted(agreement.minerals),
        "covers": reach.covers(agreement.minerals),
        "binding": agreement.binding,
        "dates": [str(claim.value) for claim in agreement.dates],
        "date_start": min(days) if days else None,
        "date_end": max(days) if days else None,
        "stage_scheduled": [],
        "sources": sorted(
            set(_sources(agreement.citations)) | set(_claims_sources(agreement.dates))
        ),
    }
    if not agreement.stages:
        yield common
    for stage in agreement.stages:
        row = dict(common)
        row["stage"] = stage.kind.value
        row["stage_party"] = stage.party
        row["stage_by"] = stage.by
        row["stage_scheduled"] = [str(claim.value) for claim in stage.scheduled]
        row["stage_condition"] = stage.condition
        if stage.dates:
            _put_date(row, "stage_date", stage.dates[0].value)
        yield row


def agreements_table(data: Dataset) -> pa.Table:
    """One row per stage of each agreement, the agreement's own columns repeated.

    An agreement whose stages are not recorded has one row, with null stage
    columns. ``dates`` are the dates sources give for the agreement (EDTF
    texts; more than one when they disagree), ``date_start`` and
    ``date_end`` the first and last day they cover; ``stage_date`` is the
    stage's first stated date, ``stage_scheduled`` the dates it was
    scheduled for. ``countries`` and ``covers`` are as in
    :func:`figures_table`: to find the agreements between two countries,
    keep the rows whose ``countries`` hold both.

    >>> from mineralpact.bundled import korea_mongolia
    >>> table = agreements_table(korea_mongolia())
    >>> "agreement:kt-mn-mou-2023" in table["agreement"].to_pylist()
    True
    """
    data = _check_dataset(data, "tables.agreements_table data")
    reach = _Reach(data)
    rows = [
        row
        for record in data.records
        if isinstance(record, Agreement)
        for row in _agreement_rows(record, reach)
    ]
    return pa.Table.from_batches([_batch("agreements", rows)])


# --- files --------------------------------------------------------------------------------


class _Writer:
    """Writes record batches to one file in one format."""

    def __init__(self, path: str, format: str, table_schema: pa.Schema) -> None:
        self._format = format
        self._file: Any = None
        self._writer: Any = None
        if format == "parquet":
            import pyarrow.parquet as pq  # type: ignore[import-untyped]  # no stubs

            self._writer = pq.ParquetWriter(path, table_schema, compression="zstd")
        elif format == "csv":
            import pyarrow.csv as pcsv  # type: ignore[import-untyped]  # no stubs

            self._schema = _csv_schema(table_schema)
            self._writer = pcsv.CSVWriter(path, self._schema)
        else:
            self._file = open(path, "w", encoding="utf-8", newline="\n")  # noqa: SIM115

    def write(self, batch: pa.RecordBatch) -> None:
        if self._format == "parquet":
            self._writer.write_batch(batch)
        elif self._format == "csv":
            self._writer.write_batch(_csv_batch(batch, self._schema))
        else:
            import json

            names = batch.schema.names
            for row in batch.to_pylist():
                self._file.write(json.dumps({n: _json(row[n]) for n in names}, ensure_ascii=False))
                self._file.write("\n")

    def write_table(self, table: pa.Table) -> None:
        """Write ``table`` whole: one Parquet row group, not one per chunk."""
        if self._format == "parquet":
            self._writer.write_table(table)
        else:
            for batch in table.to_batches():
                self.write(batch)

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
        if self._file is not None:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()


def _json(value: object) -> object:
    """A JSON value: decimals as text (exact), dates as ISO text, lists as lists."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def _csv_schema(table_schema: pa.Schema) -> pa.Schema:
    """CSV has no lists: a list column becomes its items joined with ``;``."""
    return pa.schema(
        [pa.field(f.name, _TEXT) if pa.types.is_list(f.type) else f for f in table_schema]
    )


def _csv_batch(batch: pa.RecordBatch, csv_schema: pa.Schema) -> pa.RecordBatch:
    columns = []
    for field, column in zip(batch.schema, batch.columns, strict=True):
        if pa.types.is_list(field.type):
            joined = [";".join(items) for items in column.to_pylist()]
            columns.append(pa.array(joined, type=_TEXT))
        else:
            columns.append(column)
    return pa.RecordBatch.from_arrays(columns, schema=csv_schema)


_EXTENSIONS = {"parquet": "parquet", "csv": "csv", "jsonl": "jsonl"}


def _check_partition(partition_by: object) -> str | None:
    if partition_by is None:
        return None
    if not isinstance(partition_by, str) or partition_by not in PARTITIONS:
        raise InvalidValueError(
            "tables.export partition_by", partition_by, f"None or one of {', '.join(PARTITIONS)}"
        )
    return partition_by


def _partition_schema(partition_by: str) -> pa.Schema:
    """The schema of a partitioned figures file: the partition column is in the folder name."""
    figures = _SCHEMAS["figures"]
    if partition_by in figures.names:
        return figures.remove(figures.get_field_index(partition_by))
    return figures


def _partitions(batch: pa.RecordBatch, partition_by: str) -> Iterator[tuple[str, pa.RecordBatch]]:
    """The rows of ``batch`` in each partition: its folder name's value, and the rows."""
    import pyarrow.compute as pc  # type: ignore[import-untyped]  # no stubs

    if partition_by == "year":
        keys = pc.year(batch.column("period_start"))
        keep = batch.schema.names
    else:
        keys = batch.column(partition_by)
        keep = [name for name in batch.schema.names if name != partition_by]
    values: set[Any] = set(keys.to_pylist())
    for value in sorted(values, key=lambda v: (v is None, str(v))):
        mask = pc.is_null(keys) if value is None else pc.equal(keys, value)
        rows = batch.filter(mask)
        text = _NULL_PARTITION if value is None else str(value)
        yield text, pa.RecordBatch.from_arrays([rows.column(n) for n in keep], names=keep)


#: At most this many files of a partitioned export are open at once; a
#: partition whose file was closed continues in its next ``part-N`` file.
_OPEN_FILES = 32
#: The rows held back before the fullest partition is written, in batches.
_HELD_BATCHES = 4


class _PartitionedWriter:
    """Writes the rows of each partition to its folder, in bounded memory.

    Rows are held per partition until it has a batch of them, so that each
    write makes a row group of useful size rather than one per partition per
    batch; when all that is held reaches a few batches, the fullest partition
    is written. At most :data:`_OPEN_FILES` files are open: the one used
    least recently is closed to open another. Memory thus depends on the
    batch size, not on the number of figures or of partitions.
    """

    def __init__(self, folder: Path, format: str, partition_by: str, batch_size: int) -> None:
        self._folder = folder
        self._format = format
        self._partition_by = partition_by
        self._schema = _partition_schema(partition_by)
        self._batch_size = batch_size
        self._held: dict[str, list[pa.RecordBatch]] = {}
        self._rows: dict[str, int] = {}
        self._held_rows = 0
        self._open: dict[str, _Writer] = {}  # in the order last used
        self._files: dict[str, int] = {}

    def add(self, value: str, rows: pa.RecordBatch) -> None:
        if rows.schema != self._schema:
            rows = rows.cast(self._schema)
        self._held.setdefault(value, []).append(rows)
        self._rows[value] = self._rows.get(value, 0) + rows.num_rows
        self._held_rows += rows.num_rows
        if self._rows[value] >= self._batch_size:
            self._write(value)
        while self._held_rows >= self._batch_size * _HELD_BATCHES:
            self._write(max(self._rows, key=self._rows.__getitem__))

    def _write(self, value: str) -> None:
        writer = self._open.pop(value, None)
        if writer is None:
            if len(self._open) >= _OPEN_FILES:
                self._open.pop(next(iter(self._open))).close()
            part = self._folder / f"{self._partition_by}={value}"
            number = self._files.get(value, 0)
            if number == 0:
                part.mkdir()
            self._files[value] = number + 1
            path = str(part / f"part-{number}.{_EXTENSIONS[self._format]}")
            writer = _Writer(path, self._format, self._schema)
        self._open[value] = writer
        writer.write_table(pa.Table.from_batches(self._held.pop(value), schema=self._schema))
        self._held_rows -= self._rows.pop(value)

    def finish(self) -> None:
        """Write what is held, in the order of the partitions' names, and close every file."""
        for value in sorted(self._held):
            self._write(value)
        self.close()

    def close(self) -> None:
        while self._open:
            self._open.popitem()[1].close()


def _write_partitioned(
    folder: Path,
    format: str,
    batches: Iterable[pa.RecordBatch],
    partition_by: str,
    batch_size: int,
) -> None:
    """Write ``batches`` as a Hive-style tree: ``folder/measure=production/part-0.parquet``."""
    with atomic_folder(folder) as temporary:
        writer = _PartitionedWriter(Path(temporary), format, partition_by, batch_size)
        try:
            for batch in batches:
                for value, rows in _partitions(batch, partition_by):
                    writer.add(value, rows)
            writer.finish()
        finally:
            writer.close()


def export(
    data: Dataset,
    folder: str | os.PathLike[str],
    *,
    format: str = "parquet",
    unit: str | None = None,
    batch_size: int = 10_000,
    partition_by: str | None = None,
) -> tuple[Path, ...]:
    """Write the :data:`TABLES` to ``folder``, one file each: ``figures.parquet``...

    ``format`` is ``parquet`` (zstd-compressed, the Arrow types kept),
    ``jsonl`` (JSON Lines: one object per row; decimals as their exact text,
    dates as ISO text, lists as arrays) or ``csv`` (a header row; a list
    column is its items joined with ``;``). The figures are written
    ``batch_size`` at a time, so that the memory used does not grow with
    their number. Each file is written to a temporary file beside it that
    replaces it only when complete. The folder is made if need be. Returns
    the paths written.

    >>> import tempfile
    >>> from mineralpact.bundled import korea_mongolia
    >>> folder = tempfile.mkdtemp()
    >>> [p.name for p in export(korea_mongolia(), folder, format="jsonl")]
    ['figures.jsonl', 'timeline.jsonl', 'parties.jsonl', 'agreements.jsonl']

    ``partition_by`` (one of :data:`PARTITIONS`) lays the figures out as a
    Hive-style folder, ``figures/`` in place of ``figures.parquet``, with
    one subfolder per ``measure`` (``figures/measure=production/part-0.parquet``)
    or per ``year`` of the period's first day (``figures/year=2024/...``;
    figures with no first day go to ``year=__HIVE_DEFAULT_PARTITION__``).
    The partition column is in the folder names, not in the files: DuckDB,
    Polars and Spark add it back when they read the folder with Hive
    partitioning. The folder replaces the old one only when complete.

    >>> paths = export(korea_mongolia(), folder, format="parquet", partition_by="measure")
    >>> paths[0].name, sorted(p.name for p in paths[0].iterdir())[:2]
    ('figures', ['measure=count', 'measure=deposits'])
    >>> import shutil; shutil.rmtree(folder)
    """
    data = _check_dataset(data, "tables.export data")
    if format not in FORMATS:
        raise InvalidValueError("tables.export format", format, f"one of {', '.join(FORMATS)}")
    unit = _check_unit(unit, "tables.export unit")
    partition_by = _check_partition(partition_by)
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name in TABLES:
        path = target / f"{name}.{_EXTENSIONS[format]}"
        batches: Iterable[pa.RecordBatch]
        if name == "figures":
            batches = figure_batches(data, unit=unit, batch_size=batch_size)
            if partition_by is not None:
                path = target / name
                _write_partitioned(path, format, batches, partition_by, batch_size)
                written.append(path)
                continue
        else:
            table = {"timeline": timeline_table, "parties": parties_table}.get(
                name, agreements_table
            )(data)
            batches = table.to_batches()
        with atomic_path(path) as temporary:
            writer = _Writer(temporary, format, _SCHEMAS[name])
            try:
                for batch in batches:
                    writer.write(batch)
            finally:
                writer.close()
        written.append(path)
    return tuple(written)
