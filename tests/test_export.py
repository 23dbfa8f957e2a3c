"""``mineralpact export`` and its files, read back with DuckDB: the answers of Dataset.query."""

from __future__ import annotations

import argparse
import contextlib
import datetime
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mineralpact import Agreement, Dataset, Figure, PartialDate
from mineralpact.bundled import korea_mongolia
from mineralpact.cli import main
from mineralpact.errors import InvalidValueError
from mineralpact.strategies import datasets

pytest.importorskip("pyarrow")
duckdb = pytest.importorskip("duckdb")

from mineralpact import tables  # noqa: E402 -- it needs pyarrow, skipped above without it


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_export_writes_one_file_per_table(tmp_path: Path, fmt: str) -> None:
    status, out, err = _run("export", "--format", fmt, str(tmp_path / "out"))
    assert status == 0, err
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted(f"{t}.{fmt}" for t in tables.TABLES)
    assert out.splitlines() == [str(tmp_path / "out" / f"{t}.{fmt}") for t in tables.TABLES]
    con = duckdb.connect()
    reader = {"parquet": "read_parquet", "csv": "read_csv_auto", "jsonl": "read_json_auto"}[fmt]
    path = tmp_path / "out" / f"figures.{fmt}"
    (count,) = con.execute(f"select count(*) from {reader}('{path}')").fetchone()
    assert count == len(korea_mongolia().of_type(Figure))


def test_the_commands_choices_are_the_tables_module_s() -> None:
    # The command line offers its choices without importing pyarrow, so it
    # lists them again; they must stay those that tables.export takes.
    from mineralpact.cli import _parser

    commands = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    export = commands.choices["export"]
    choices = {a.dest: a.choices for a in export._actions if a.choices is not None}
    assert tuple(choices["table_format"]) == (*tables.FORMATS, "ftm")
    assert tuple(choices["partition_by"]) == tables.PARTITIONS


def test_export_reads_data_files(tmp_path: Path) -> None:
    from mineralpact.serialization import dump

    path = tmp_path / "mine.json"
    dump(korea_mongolia(), path)
    status, _, err = _run("export", "--no-bundled", "--data", str(path), str(tmp_path / "o"))
    assert status == 0, err
    assert "not the bundled data" in err
    assert (tmp_path / "o" / "figures.parquet").exists()


@contextlib.contextmanager
def _disk_full_after_two_figures(data: Dataset) -> Iterator[None]:
    """The export in the block fails with "disk full" after writing two figures."""
    batches = tables.figure_batches

    def broken(*args: Any, **kwargs: Any) -> Any:
        yield from batches(data, batch_size=2)
        raise OSError("disk full")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tables, "figure_batches", broken)
        with pytest.raises(OSError, match="disk full"):
            yield


def test_export_replaces_files_only_when_complete(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "figures.parquet").write_text("old")
    data = korea_mongolia()
    with _disk_full_after_two_figures(data):
        tables.export(data, folder)
    assert (folder / "figures.parquet").read_text() == "old"
    assert sorted(p.name for p in folder.iterdir()) == ["figures.parquet"]


def test_jsonl_keeps_decimals_exact(tmp_path: Path) -> None:
    tables.export(korea_mongolia(), tmp_path, format="jsonl", unit="kt")
    lines = (tmp_path / "figures.jsonl").read_text(encoding="utf-8").splitlines()
    row = next(json.loads(x) for x in lines if '"figure:mn-mo-production-2024"' in x)
    assert (row["magnitude_text"], row["normalised_text"]) == ("3110", "3.11")
    assert row["period_start"] == "2024-01-01"


# --- the same answers as Dataset.query, in DuckDB -----------------------------------------

_PERIOD = (
    "((period_start is null or period_start <= ?) and (period_end is null or period_end >= ?)"
    " and period is not null) or (as_of is not null and as_of_start <= ? and as_of_end >= ?)"
)


def _ids(con: Any, sql: str, *params: Any) -> list[str]:
    return [row[0] for row in con.execute(sql, list(params)).fetchall()]


def _figures_source(folder: Path, fmt: str, partition_by: str | None) -> str:
    """The DuckDB table function that reads the figures of an export, flat or partitioned."""
    reader = {"parquet": "read_parquet", "jsonl": "read_json_auto", "csv": "read_csv_auto"}[fmt]
    if partition_by is None:
        return f"{reader}('{folder / f'figures.{fmt}'}')"
    return f"{reader}('{folder / 'figures' / '*' / f'*.{fmt}'}', hive_partitioning = true)"


def _check_queries(data: Dataset, folder: Path, fmt: str, partition_by: str | None = None) -> None:
    tables.export(data, folder, format=fmt, partition_by=partition_by)
    con = duckdb.connect()
    reader = "read_parquet" if fmt == "parquet" else "read_json_auto"
    agreements = f"{reader}('{folder / f'agreements.{fmt}'}')"
    if partition_by is not None and not data.of_type(Figure):
        # No figure, no partition: the folder is empty, and there is nothing to read.
        assert list((folder / "figures").iterdir()) == []
        con.execute(f"create view f as select * from read_parquet('{_empty(folder)}')")
    elif fmt == "jsonl":
        # JSON Lines has no types: dates are ISO text, read back as dates, and a list
        # that is empty in every row is read as a list of JSON values.
        con.execute(
            f"create view f as select * replace (period_start::date as period_start, "
            f"period_end::date as period_end, as_of_start::date as as_of_start, "
            f"as_of_end::date as as_of_end, countries::varchar[] as countries, "
            f"covers::varchar[] as covers) from {_figures_source(folder, fmt, partition_by)}"
        )
    else:
        con.execute(f"create view f as select * from {_figures_source(folder, fmt, partition_by)}")
    order = {f.id: i for i, f in enumerate(data.of_type(Figure))}
    agreement_order = {a.id: i for i, a in enumerate(data.of_type(Agreement))}

    def figure_ids(sql: str, *params: Any) -> list[str]:
        return sorted(_ids(con, sql, *params), key=order.__getitem__)

    # A country pair: the agreements between Korea and Mongolia.
    pair = sorted(
        _ids(
            con,
            f"select distinct agreement from {agreements} "
            "where list_contains(countries, 'country:kr') "
            "and list_contains(countries, 'country:mn')",
        )
        if agreement_order
        else [],
        key=agreement_order.__getitem__,
    )
    assert pair == [r.id for r in data.query(type=Agreement, countries=("KR", "MN"))]
    # A country.
    assert figure_ids("select id from f where list_contains(countries, 'country:mn')") == [
        r.id for r in data.query(type=Figure, country="MN")
    ]
    # A mineral: what its ids stand for, as the query compares them.
    for mineral in ("element:mo", "element:nd", "group:ree"):
        wanted = sorted(data._expand(mineral))
        assert figure_ids("select id from f where len(list_intersect(covers, ?)) > 0", wanted) == [
            r.id for r in data.query(type=Figure, mineral=mineral)
        ], mineral
    # Figures by year, and a period.
    for year in range(2020, 2027):
        first, last = PartialDate(year).earliest, PartialDate(year).latest
        assert figure_ids(f"select id from f where {_PERIOD}", last, first, last, first) == [
            r.id for r in data.query(type=Figure, period=PartialDate(year))
        ], year
    # A measure: the partition column, read from the folder names when partitioned.
    for measure in {f.measure for f in data.of_type(Figure)}:
        assert figure_ids("select id from f where measure = ?", measure.value) == [
            r.id for r in data.of_type(Figure) if r.measure is measure
        ], measure
    if fmt == "parquet":
        by_year = dict(
            con.execute(
                "select year(period_start) as y, count(*) from f "
                "where period_start_precision = 'year' and period_end = "
                "make_date(year(period_start), 12, 31) group by y"
            ).fetchall()
        )
        for year, count in by_year.items():
            expected = [
                f
                for f in data.of_type(Figure)
                if isinstance(f.period, PartialDate) and f.period == PartialDate(year)
            ]
            assert count == len(expected)
    if partition_by == "year" and order:
        # The year partition is the year of the period's first day (null without one).
        by_partition = dict(con.execute("select year, count(*) from f group by year").fetchall())
        expected_counts: dict[int | None, int] = {}
        for figure in data.of_type(Figure):
            day = None if figure.period is None else figure.period.earliest
            key = None if day is None else day.year
            expected_counts[key] = expected_counts.get(key, 0) + 1
        assert by_partition == expected_counts


def _empty(folder: Path) -> Path:
    """An empty figures file with the flat schema, for an export that has no figure."""
    import pyarrow.parquet as pq  # type: ignore[import-untyped]  # no stubs

    path = folder / "empty.parquet"
    pq.write_table(tables.schema("figures").empty_table(), path)
    return path


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_duckdb_answers_as_dataset_query_on_the_bundled_data(tmp_path: Path, fmt: str) -> None:
    _check_queries(korea_mongolia(), tmp_path, fmt)


@settings(
    max_examples=15,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    deadline=None,
)
@given(datasets(max_records=8, linked=True))
def test_duckdb_answers_as_dataset_query_on_generated_data(
    tmp_path_factory: pytest.TempPathFactory, data: Dataset
) -> None:
    _check_queries(data, tmp_path_factory.mktemp("export"), "parquet")


# --- the partitioned layout ---------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
@pytest.mark.parametrize("partition_by", tables.PARTITIONS)
def test_duckdb_answers_as_dataset_query_on_partitioned_bundled_data(
    tmp_path: Path, fmt: str, partition_by: str
) -> None:
    _check_queries(korea_mongolia(), tmp_path, fmt, partition_by)


@settings(
    max_examples=15,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    deadline=None,
)
@given(
    datasets(max_records=8, linked=True),
    st.sampled_from(["parquet", "jsonl"]),
    st.sampled_from(tables.PARTITIONS),
)
def test_duckdb_answers_as_dataset_query_on_partitioned_generated_data(
    tmp_path_factory: pytest.TempPathFactory, data: Dataset, fmt: str, partition_by: str
) -> None:
    _check_queries(data, tmp_path_factory.mktemp("export"), fmt, partition_by)


@pytest.mark.parametrize("partition_by", tables.PARTITIONS)
def test_a_partitioned_export_holds_the_rows_of_the_flat_one(
    tmp_path: Path, partition_by: str
) -> None:
    data = korea_mongolia()
    tables.export(data, tmp_path / "flat", unit="kt")
    tables.export(data, tmp_path / "parts", unit="kt", partition_by=partition_by)
    con = duckdb.connect()
    flat = con.execute(f"select * from {_figures_source(tmp_path / 'flat', 'parquet', None)}")
    names = [d[0] for d in flat.description]
    flat_rows = sorted(flat.fetchall(), key=lambda r: r[0])
    parts = con.execute(
        f"select * from {_figures_source(tmp_path / 'parts', 'parquet', partition_by)}"
    )
    part_names = [d[0] for d in parts.description]
    # The files hold the flat columns, less the partition column; engines add it at the end.
    assert part_names == [n for n in names if n != partition_by] + [partition_by]
    columns = ", ".join(f'"{n}"' for n in names if n != "year")
    parts_rows = sorted(
        con.execute(
            f"select {columns} from {_figures_source(tmp_path / 'parts', 'parquet', partition_by)}"
        ).fetchall(),
        key=lambda r: r[0],
    )
    assert parts_rows == flat_rows


@pytest.mark.parametrize("fmt", ["parquet", "jsonl", "csv"])
@pytest.mark.parametrize("partition_by", tables.PARTITIONS)
def test_a_partitioned_export_keeps_few_files_open_and_loses_no_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, partition_by: str
) -> None:
    # Two files open at most and batches of three figures: partitions are closed
    # and continued in further part files, and every figure is still written once.
    monkeypatch.setattr(tables, "_OPEN_FILES", 2)
    opened: list[int] = [0, 0]  # open now, most open at once
    writer_class = tables._Writer

    class CountingWriter(writer_class):  # type: ignore[misc, valid-type]
        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            opened[0] += 1
            opened[1] = max(opened)

        def close(self) -> None:
            super().close()
            opened[0] -= 1

    monkeypatch.setattr(tables, "_Writer", CountingWriter)
    data = korea_mongolia()
    tables.export(data, tmp_path, format=fmt, partition_by=partition_by, batch_size=3)
    assert opened == [0, 2]
    parts = list((tmp_path / "figures").glob(f"*/*.{fmt}"))
    assert len({p.parent for p in parts}) > 2  # more partitions than open files
    (found,) = (
        duckdb.connect()
        .execute(f"select list(id) from {_figures_source(tmp_path, fmt, partition_by)}")
        .fetchone()
    )
    assert sorted(found) == sorted(f.id for f in data.of_type(Figure))


def test_a_partition_s_rows_are_written_in_row_groups_of_a_batch(tmp_path: Path) -> None:
    # One row group per partition per batch would make row groups of a row or two.
    import pyarrow.parquet as pq

    data = korea_mongolia()
    tables.export(data, tmp_path, partition_by="measure", batch_size=4)
    files = sorted((tmp_path / "figures").glob("*/*.parquet"))
    sizes = {
        f: [
            pq.ParquetFile(f).metadata.row_group(i).num_rows
            for i in range(pq.ParquetFile(f).num_row_groups)
        ]
        for f in files
    }
    assert sum(sum(groups) for groups in sizes.values()) == len(data.of_type(Figure))
    assert any(len(groups) > 1 for groups in sizes.values())  # the test reaches a second group
    for groups in sizes.values():
        assert all(size >= 4 for size in groups[:-1]), groups


def test_polars_answers_as_dataset_query_on_a_partitioned_export(tmp_path: Path) -> None:
    pl = pytest.importorskip("polars")
    data = korea_mongolia()
    tables.export(data, tmp_path, partition_by="measure")
    figures = pl.scan_parquet(tmp_path / "figures" / "*" / "*.parquet", hive_partitioning=True)

    def ids(condition: Any) -> list[str]:
        found = set(figures.filter(condition).select("id").collect()["id"].to_list())
        return [f.id for f in data.of_type(Figure) if f.id in found]

    assert ids(pl.col("countries").list.contains("country:mn")) == [
        r.id for r in data.query(type=Figure, country="MN")
    ]
    assert ids(pl.col("covers").list.contains("element:mo")) == [
        r.id for r in data.query(type=Figure, mineral="Mo")
    ]
    start, end = datetime.date(2024, 1, 1), datetime.date(2024, 12, 31)
    of_2024 = (
        pl.col("period").is_not_null()
        & (pl.col("period_start").is_null() | (pl.col("period_start") <= end))
        & (pl.col("period_end").is_null() | (pl.col("period_end") >= start))
    ) | (
        pl.col("as_of").is_not_null()
        & (pl.col("as_of_start") <= end)
        & (pl.col("as_of_end") >= start)
    )
    assert ids(of_2024) == [r.id for r in data.query(type=Figure, period=PartialDate(2024))]
    assert ids(pl.col("measure") == "production") == [
        f.id for f in data.of_type(Figure) if f.measure.value == "production"
    ]
    by_year = (
        figures.filter(pl.col("period_start").is_not_null())
        .group_by(pl.col("period_start").dt.year().alias("year"))
        .len()
        .collect()
    )
    expected: dict[int, int] = {}
    for figure in data.of_type(Figure):
        day = None if figure.period is None else figure.period.earliest
        if day is not None:
            expected[day.year] = expected.get(day.year, 0) + 1
    assert dict(zip(by_year["year"].to_list(), by_year["len"].to_list(), strict=True)) == expected


def test_the_command_writes_a_partitioned_folder(tmp_path: Path) -> None:
    status, out, err = _run("export", "--partition-by", "measure", str(tmp_path))
    assert status == 0, err
    assert out.splitlines()[0] == str(tmp_path / "figures")
    assert (tmp_path / "figures" / "measure=production" / "part-0.parquet").is_file()
    assert not (tmp_path / "figures.parquet").exists()


def test_a_partitioned_folder_is_replaced_whole_or_not_at_all(tmp_path: Path) -> None:
    data = korea_mongolia()
    tables.export(data, tmp_path, partition_by="year")
    before = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    with _disk_full_after_two_figures(data):
        tables.export(data, tmp_path, partition_by="measure")
    # The old tree is as it was, and no temporary folder is left.
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")) == before
    # A complete export replaces it whole: no partition of the old layout is left.
    tables.export(data, tmp_path, partition_by="measure")
    parts = sorted(p.name for p in (tmp_path / "figures").iterdir())
    assert parts == sorted({f"measure={f.measure.value}" for f in data.of_type(Figure)})
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_partition_by_must_be_a_partition_column(tmp_path: Path) -> None:
    with pytest.raises(InvalidValueError, match="partition_by: 'country'; expected None or one"):
        tables.export(korea_mongolia(), tmp_path, partition_by="country")


DOCS = Path(__file__).resolve().parent.parent / "docs"
HOW_TO = DOCS / "how-to" / "query-the-data-in-duckdb-polars-and-spark.md"


def _documented(name: str) -> list[tuple[str, str, bool]]:
    """The columns the reference page lists for a table: name, Arrow type, nullable."""
    page = (DOCS / "reference" / "tables.md").read_text(encoding="utf-8")
    section = page.split(f"### {name}\n", 1)[1].split("\n#", 1)[0]
    rows = re.findall(
        r"^\| `(\w+)` \| `([^`]+)` \| (yes|never) \| \S.* \|$", section, flags=re.MULTILINE
    )
    assert len(rows) == section.count("\n| `"), f"a row of {name} is not name | type | null"
    return [(column, kind, null == "yes") for column, kind, null in rows]


def _arrow_type(field: Any) -> str:
    return "list<string>" if str(field.type).startswith("list<") else str(field.type)


@pytest.mark.parametrize("name", tables.TABLES)
def test_the_reference_page_documents_the_schema_of_the_files(tmp_path: Path, name: str) -> None:
    import pyarrow.parquet as pq

    documented = _documented(name)
    expected = [(f.name, _arrow_type(f), f.nullable) for f in tables.schema(name)]
    assert documented == expected
    # The files hold what the page says, in the flat layout and in each partition.
    tables.export(korea_mongolia(), tmp_path, unit="t")
    written = pq.read_schema(tmp_path / f"{name}.parquet")
    assert [(f.name, _arrow_type(f), f.nullable) for f in written] == documented
    if name == "figures":
        for partition_by in tables.PARTITIONS:
            tables.export(korea_mongolia(), tmp_path / partition_by, partition_by=partition_by)
            for path in (tmp_path / partition_by / "figures").rglob("*.parquet"):
                part = [(f.name, _arrow_type(f), f.nullable) for f in pq.read_schema(path)]
                assert part == [c for c in documented if c[0] != partition_by], path


def test_the_reference_page_names_the_partitions() -> None:
    page = (DOCS / "reference" / "tables.md").read_text(encoding="utf-8")
    section = page.split("## Partitioned figures\n", 1)[1].split("\n## ", 1)[0]
    assert re.findall(r"^\| `(\w+)` \|", section, flags=re.MULTILINE) == list(tables.PARTITIONS)


def test_the_how_to_queries_give_the_answers_of_dataset_query(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = korea_mongolia()
    tables.export(data, tmp_path / "out")
    monkeypatch.chdir(tmp_path)
    text = HOW_TO.read_text(encoding="utf-8")
    sql = re.search(r"```sql\n(.*?)```", text, flags=re.DOTALL)
    assert sql is not None
    con = duckdb.connect()
    pair, mo, of_2024, _ = (con.execute(s).fetchall() for s in sql[1].split(";") if s.strip())
    assert sorted(r[0] for r in pair) == sorted(
        r.id for r in data.query(type=Agreement, countries=("KR", "MN"))
    )
    assert [r[0] for r in mo] == [r.id for r in data.query(type=Figure, mineral="Mo")]
    assert [r[0] for r in of_2024] == [
        r.id for r in data.query(type=Figure, period=PartialDate(2024))
    ]
    pytest.importorskip("polars")
    polars_code = re.search(r"## Polars\n\n```python\n(.*?)```", text, flags=re.DOTALL)
    assert polars_code is not None
    names: dict[str, Any] = {}
    exec(polars_code[1], names)
    assert sorted(names["pair"]["agreement"].to_list()) == sorted(r[0] for r in pair)
    assert names["molybdenum"]["id"].to_list() == [r[0] for r in mo]
    assert names["of_2024"]["id"].to_list() == [r[0] for r in of_2024]


def test_a_partitioned_csv_export_reads_back_as_one_table(tmp_path: Path) -> None:
    data = korea_mongolia()
    tables.export(data, tmp_path, format="csv", partition_by="measure")
    con = duckdb.connect()
    rows = con.execute(
        f"select measure, count(*) from read_csv_auto('{tmp_path}/figures/*/*.csv', "
        "hive_partitioning = true) group by measure"
    ).fetchall()
    expected: dict[str, int] = {}
    for figure in data.of_type(Figure):
        expected[figure.measure.value] = expected.get(figure.measure.value, 0) + 1
    assert dict(rows) == expected
