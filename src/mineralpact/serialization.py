"""Save and load mineralpact data: JSON documents and JSON Lines, exact, strict and versioned.

Any value, record or :class:`~mineralpact.Dataset` can be written with
:func:`dumps` (or :func:`dump` to a file) and read back with :func:`loads`
(or :func:`load`), naming the type to read (a whole dataset by default). A
round trip changes nothing. Large datasets stream as JSON Lines, one record a
line: :func:`dump_lines` writes them, :func:`iter_lines` reads them one at a
time and :func:`load_lines` gathers them into a dataset.

Input is untrusted: anything wrong with it, from text that is not JSON to a
record that cites a source the document lacks, raises one
:class:`~mineralpact.errors.InvalidDocumentError` that lists every problem
with its JSON path. Sizes are bounded by :class:`Limits`.

>>> from mineralpact import PartialDate, Quantity
>>> dumps(PartialDate(2023, 2))
'"2023-02"'
>>> loads('{"magnitude": "3110", "unit": "t"}', Quantity)
Quantity(magnitude=Decimal('3110'), unit='t')
>>> loads('{"magnitude": 3110, "unit": "t"}', Quantity)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
mineralpact.errors.InvalidDocumentError: 1 problem found:
  $.magnitude: a JSON number is not exact: write it as a string (got number 3110); expected ...

The format itself is described in ``docs/format.md``.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import io
import json
import os
import re
import typing
from collections.abc import Iterable, Iterator
from typing import IO, Any, TypeVar, overload

import attrs

from mineralpact import _converter, _writer
from mineralpact._atomic import atomic_write
from mineralpact._describe import BadNumber, RepeatedKeys, refuse
from mineralpact._envelope import (
    FORMAT,
    FORMAT_VERSION,
    HEADER_KEYS,
    READABLE_VERSIONS,
    chain,
    check_envelope,
    migrated,
    migrating,
    register_migration,
    versioned,
)
from mineralpact._upgrades import OLD_NAMES, record_upgrade
from mineralpact.dataset import Dataset, Record, problems_beside
from mineralpact.errors import (
    MAX_PROBLEMS,
    InvalidDatasetError,
    InvalidDocumentError,
    InvalidTypeError,
    InvalidValueError,
    Problem,
    ProblemCollector,
)

__all__ = [
    "FORMAT_VERSION",
    "READABLE_VERSIONS",
    "Limits",
    "dump",
    "dump_lines",
    "dumps",
    "iter_lines",
    "load",
    "load_lines",
    "loads",
    "register_migration",
]

T = TypeVar("T")

#: What a reader takes as a path rather than as an open file.
_PathLike = str | os.PathLike[str]


def _positive(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if type(value) is not int:
        raise InvalidTypeError(f"Limits.{attribute.name}", value, "an int")
    if value < 1:
        raise InvalidValueError(f"Limits.{attribute.name}", value, "a whole number of at least 1")


#: The most digits of an integer that Python turns from text into an int.
_MAX_INT_TEXT = 4300


def _convertible(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value > _MAX_INT_TEXT:
        raise InvalidValueError(
            f"Limits.{attribute.name}",
            value,
            f"at most {_MAX_INT_TEXT} (the most digits Python reads as an integer)",
        )


@attrs.frozen(kw_only=True)
class Limits:
    """How much untrusted input a reader accepts before refusing it.

    * ``max_bytes``: the largest document, in bytes (for text given as a
      ``str``, in characters), 256 MiB by default; in JSON Lines, the longest
      line. Larger input is refused before it is parsed, and a file is not
      read beyond it.
    * ``max_records``: the most records a document or JSON Lines file may
      hold, 10 million by default.
    * ``max_int_digits``: the most digits a JSON integer may have, 30 by
      default. The format's integers (ranks, counts, session numbers) are at
      most :data:`mineralpact.quantities.MAX_WHOLE`, fifteen digits, and a
      longer one is refused by its field; an integer of more than
      ``max_int_digits`` digits is refused where it stands, without being
      converted. At most 4,300 (the most Python converts from text).
    * ``max_problems``: the most problems an
      :class:`~mineralpact.errors.InvalidDocumentError` keeps in full, 100 by
      default (:data:`mineralpact.errors.MAX_PROBLEMS`); the rest are counted
      by code and path pattern in its ``more``, and ``total`` counts them all.
      So the cost of reading a document is bounded by its size, not by the
      number of mistakes it holds.

    * ``max_cost``: the most memory that reading may take, as a multiple of
      the document's size, 12 by default. The cost is estimated before the
      text is parsed, in one pass at the speed of ``str.count``, from what
      makes parsed JSON large: its brackets (each an object or array), its
      keys, its strings and its other values. A document that would cost
      more (a million empty objects, arrays nested hundreds deep) is refused
      before it is parsed; the format's own documents cost a few times their
      size. Documents under 64 KiB are never refused for their cost.

    Nesting is bounded by the format itself: no value of the format nests
    deeper than a few levels, so deeper nesting is refused where it stands,
    and nesting deeper than the JSON parser allows is a problem too, never a
    crash. Every string is at most 10,000 characters (each field has its own,
    lower, bound); NaN and Infinity are never accepted.

    Callers raise a limit by passing their own:

    >>> big = Limits(max_bytes=2**31)
    >>> big.max_bytes, big.max_records
    (2147483648, 10000000)
    >>> Limits(max_bytes=0)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidValueError: invalid Limits.max_bytes: 0; expected a whole number of at least 1
    """  # noqa: E501 -- a doctest output line

    max_bytes: int = attrs.field(default=256 * 2**20, validator=_positive)
    max_records: int = attrs.field(default=10_000_000, validator=_positive)
    max_int_digits: int = attrs.field(default=30, validator=[_positive, _convertible])
    max_problems: int = attrs.field(default=MAX_PROBLEMS, validator=_positive)
    max_cost: int = attrs.field(default=12, validator=_positive)


_DEFAULT_LIMITS = Limits()


def _limits(limits: Limits | None) -> Limits:
    if limits is None:
        return _DEFAULT_LIMITS
    if not isinstance(limits, Limits):
        raise InvalidTypeError("limits", limits, "a Limits or None")
    return limits


# --- reading text -----------------------------------------------------------------------

_BOM = "\ufeff"


def _text(data: object, limits: Limits, root: str) -> str:
    """The JSON text of ``data``: a str, or UTF-8 bytes, within the size limit."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        if len(raw) > limits.max_bytes:
            raise refuse(
                root,
                "too-large",
                f"more than {limits.max_bytes} bytes",
                f"a document of at most {limits.max_bytes} bytes (Limits.max_bytes)",
                f"{len(raw)} bytes" if len(raw) < limits.max_bytes * 2 else "more",
            )
        if raw.startswith(b"\xef\xbb\xbf"):
            raise refuse(root, "invalid-json", "a byte order mark", "UTF-8 text without a BOM")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise refuse(
                root,
                "invalid-json",
                f"not UTF-8: byte {raw[exc.start]:#04x} at offset {exc.start} ({exc.reason})",
                "UTF-8 text",
            ) from None
    if isinstance(data, str):
        if len(data) > limits.max_bytes:
            raise refuse(
                root,
                "too-large",
                f"more than {limits.max_bytes} characters",
                f"a document of at most {limits.max_bytes} bytes (Limits.max_bytes)",
                f"{len(data)} characters",
            )
        if data.startswith(_BOM):
            raise refuse(root, "invalid-json", "a byte order mark", "UTF-8 text without a BOM")
        return data
    raise InvalidTypeError("document", data, "a str, bytes or bytearray")


#: Below this many characters, a document is read whatever its structure costs.
_FREE_COST = 64 * 2**10


#: The end of a key: a quote that ends a string (after an even number of
#: backslashes, none included) and a colon. In a valid JSON text, it matches
#: the end of every key and nothing else, for a quote in a string is escaped.
#: (The empty group makes ``findall`` list empty strings, which cost no memory.)
_KEY_END = re.compile(r'(?<!\\)(?:\\\\)*"[ \t\n\r]*:()')
#: What makes the quick count of keys inexact: a key spaced from its colon, or
#: a quote and a colon after two backslashes (an escaped one, or a string's end).
_SPACED_KEY = re.compile(r'"[ \t\n\r]+:')
_BACKSLASHES_KEY = '\\\\":'
#: A key that may be a name of the format, and one whose opening quote is escaped
#: (the end of a key that is not one of them).
_NAME_KEY = re.compile(r'"([a-z_0-9]+)":')
_ESCAPED_NAME_KEY = re.compile(r'\\"([a-z_0-9]+)":')


@functools.cache
def _known_names() -> frozenset[str]:
    """The keys that the format knows, in this version or (renamed since) an older one."""
    return _converter.known_keys() | OLD_NAMES


@functools.cache
def _known_key() -> re.Pattern[str]:
    """A key whose name the format knows, its opening quote not escaped."""
    names = sorted(_known_names(), key=lambda n: (-len(n), n))
    return re.compile(r'(?<!\\)"(?:' + "|".join(map(re.escape, names)) + r')"[ \t\n\r]*:()')


#: What a key that the format does not know costs beyond a known one: its own
#: string (the parser shares the string of a name it has seen, and the format's
#: names are few), its entry in the parser's memo, and its pair while its
#: object is read; then, in the converter, its entry in a copy of its object
#: and in the sets of the object's keys and of its unknown keys.
_UNKNOWN_KEY = 448


#: The names found are listed a piece of the text at a time, to bound their memory.
_PIECE = 2**18


def _known_count(pattern: re.Pattern[str], text: str) -> int:
    """How many matches of ``pattern`` (which holds no comma) name a key the format knows."""
    known = _known_names()
    count = start = 0
    while start < len(text):
        end = text.find(",", start + _PIECE)
        end = len(text) if end < 0 else end
        count += sum(map(known.__contains__, pattern.findall(text, start, end)))
        start = end
    return count


def _unknown_keys(text: str) -> int:
    """How many keys of ``text`` are not names of the format, counted without parsing it.

    In a valid JSON text the count is exact, whatever its strings hold (a
    quote in a string is escaped), and no document of the format has any
    such key. In a text that is not JSON, the count may be wrong only past
    the point where the parser stops, and only by counting more. While a
    migration is registered, a document of an older major version may have
    keys of its own, so none is counted.

    Most texts are counted at the speed of ``str.count``; a text with keys
    spaced from their colons or ending in backslashes, by regular expressions.
    """
    if migrating():
        return 0
    if _BACKSLASHES_KEY in text or _SPACED_KEY.search(text):
        total = len(_KEY_END.findall(text))
        known = len(_known_key().findall(text))
    else:
        # Every '":' ends a key but the ones after a backslash, in strings.
        total = text.count('":') - text.count('\\":')
        known = _known_count(_NAME_KEY, text) - _known_count(_ESCAPED_NAME_KEY, text)
    return max(total - known, 0)


def _cost(text: str) -> int:
    """About the most bytes that parsing ``text`` takes, counted without parsing it.

    Each weight is what the parser makes for one such token (an empty dict or
    list and its slot in its container, a new string, a key's entry, an int),
    so that the estimate is close to the real cost of dense documents; in
    strings, brackets and commas are counted too, which only overestimates.
    A key that the format does not know costs more (see ``_UNKNOWN_KEY``,
    added by ``_check_cost``): a document of the format has none.
    """
    keys = text.count(":")
    strings = text.count('"') // 2
    return (
        88 * (text.count("{") + text.count("["))
        + 60 * max(strings - keys, 0)
        + 48 * keys
        + 36 * text.count(",")
    )


def _check_cost(text: str, limits: Limits, root: str) -> str:
    """``text``, unless reading it would cost more than ``limits.max_cost`` times its size."""
    if len(text) > _FREE_COST:
        cost = _cost(text)
        # Each key ends before a colon, so the colons bound the unknown keys:
        # they are counted only when the document could have enough of them
        # to be refused (a text of long strings has almost no colon), and not
        # when it is refused already.
        if cost <= limits.max_cost * len(text) < cost + _UNKNOWN_KEY * text.count(":"):
            cost += _UNKNOWN_KEY * _unknown_keys(text)
        if cost > limits.max_cost * len(text):
            raise refuse(
                root,
                "too-costly",
                "a structure that would take about "
                f"{cost // len(text)} times the document's size in memory to read",
                f"a document that takes at most {limits.max_cost} times its size "
                "to read (Limits.max_cost)",
                f"{len(text)} characters",
            )
    return text


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any] | RepeatedKeys:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    seen: set[str] = set()
    repeated = [key for key, _ in pairs if key in seen or seen.add(key)]  # type: ignore[func-returns-value]
    return RepeatedKeys(tuple(dict.fromkeys(repeated)))


def _float(text: str) -> BadNumber:
    return BadNumber(text[:40], "a float")


def _constant(text: str) -> BadNumber:
    return BadNumber(text, f"{text} is not a number the format takes")


@functools.lru_cache(maxsize=16)
def _decoder(max_digits: int) -> json.JSONDecoder:
    """A JSON decoder that keeps what the format refuses (floats, repeated keys) to report it.

    Made once per digit limit: making a decoder (and its scanner) costs more
    than decoding a line of JSON Lines.
    """

    def parse_int(digits: str) -> int | BadNumber:
        size = len(digits) - digits.startswith("-")
        if size <= max_digits:
            try:
                return int(digits)
            except ValueError:  # past the interpreter's own digit limit (if set lower)
                pass
        return BadNumber(digits[:20] + "…", f"an integer of {size} digits (at most {max_digits})")

    return json.JSONDecoder(
        object_pairs_hook=_object,
        parse_float=_float,
        parse_int=parse_int,
        parse_constant=_constant,
    )


def _parse(text: str, limits: Limits, root: str) -> Any:
    """Parse JSON text: what is not JSON, or costs too much to read, is a problem at ``root``."""
    _check_cost(text, limits, root)
    try:
        return _decoder(limits.max_int_digits).decode(text)
    except json.JSONDecodeError as exc:
        raise refuse(
            root,
            "invalid-json",
            f"not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}",
            "a JSON document",
        ) from None
    except RecursionError:
        raise refuse(
            root,
            "too-deep",
            "nested deeper than the JSON parser allows",
            "a document of the format, which nests a few levels deep",
        ) from None


#: After a read that made more container objects than this, they are moved
#: to the collector's oldest generation (see :func:`_bulk`).
_PROMOTE_AFTER = 100_000


@contextlib.contextmanager
def _bulk() -> Iterator[None]:
    """No garbage collection while reading: the values hold no cycles to collect.

    Collecting while hundreds of thousands of objects are being made scans
    them again and again, and costs more than the reading itself. After a
    read that made more than ``_PROMOTE_AFTER`` objects (counted from the
    collector's count when the read began), the young objects are moved to
    the oldest generation at once, rather than scanned by one young
    collection after another: records that were just read are meant to live.

    The collector's state is the caller's and is left as it was: whether it
    is enabled, and which objects are frozen. When nothing is frozen, the
    move is ``gc.freeze()`` then ``gc.unfreeze()`` (two list splices, no
    scan). When some objects are frozen (by the program, or by the
    interpreter itself, as Python 3.12 does at start-up), unfreezing would
    release them, so the young generations are collected once instead,
    which moves their survivors to the oldest generation and leaves the
    frozen objects frozen. When the caller has disabled the collector, no
    collection is run for it.
    """
    enabled = gc.isenabled()
    gc.disable()
    made_before = gc.get_count()[0]
    try:
        yield
    finally:
        if gc.get_count()[0] - made_before > _PROMOTE_AFTER:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            elif enabled:
                gc.collect(1)
        if enabled:
            gc.enable()


def _upgraded(raw: Any) -> Any:
    """A document of an older minor version, its records upgraded to this one."""
    upgrade = record_upgrade(raw.get("version")) if type(raw) is dict else None
    if upgrade is None or type(raw.get("records")) is not list:
        return raw
    return dict(raw, records=[upgrade(record) for record in raw["records"]])


def _count(raw: Any, limits: Limits) -> None:
    records = raw.get("records") if type(raw) is dict else None
    if type(records) is list and len(records) > limits.max_records:
        raise refuse(
            "$.records",
            "too-many-records",
            f"{len(records)} records",
            f"at most {limits.max_records} records (Limits.max_records)",
        )


# --- values and documents -----------------------------------------------------------------


def _readable_type(cl: Any) -> Any:
    if not _converter.is_supported(cl):
        raise InvalidTypeError(
            "type",
            cl,
            "a mineralpact type: Dataset, a record or value type, Record, FigureValue "
            "or TemporalValue",
        )
    return cl


def _json(value: Any, indent: int | None) -> str:
    if indent is None:
        return json.dumps(
            value, ensure_ascii=False, separators=(",", ":"), allow_nan=False, check_circular=False
        )
    return json.dumps(value, ensure_ascii=False, indent=indent, allow_nan=False)


def dumps(obj: object, *, indent: int | None = None) -> str:
    """The JSON text of a value, a record or a dataset.

    Without ``indent``, the text is canonical: compact (no spaces), UTF-8
    characters as they are (no ``\\u`` escapes but the ones JSON requires),
    an object's keys in a fixed order (its required fields, then the fields
    that differ from their defaults, each in the order the class declares
    them), frozensets sorted, decimals as written. Reading it back and
    writing it again gives the same text. ``indent=2`` gives the same data
    laid out for people.

    A dataset is written as a document with its format version; a record
    has its ``type`` first.

    >>> from mineralpact import Citation, Figure, Measure, Quantity
    >>> figure = Figure(
    ...     id="figure:mn-mo-production-2024",
    ...     subject="country:mn",
    ...     measure=Measure.PRODUCTION,
    ...     minerals=frozenset({"element:mo"}),
    ...     value=Quantity(3110, "t"),
    ...     citations=(Citation("src:usgs-mcs-2026"),),
    ... )
    >>> print(dumps(figure))
    {"type":"figure","id":"figure:mn-mo-production-2024","subject":"country:mn","measure":"production","citations":[{"source":"src:usgs-mcs-2026"}],"minerals":["element:mo"],"value":{"type":"quantity","magnitude":"3110","unit":"t"}}
    >>> loads(dumps(figure), Figure) == figure
    True

    Raises:
        InvalidTypeError: if ``obj`` is not a mineralpact value, record or dataset.
    """
    if not _converter.is_supported(type(obj)):
        raise InvalidTypeError("value", obj, "a mineralpact value, record or Dataset")
    if indent is None:
        return _writer.text(obj)
    return _json(_converter.unstructure(obj), indent)


@overload
def loads(data: str | bytes | bytearray, *, limits: Limits | None = None) -> Dataset: ...
@overload
def loads(data: str | bytes | bytearray, type: type[T], *, limits: Limits | None = None) -> T: ...
@overload
def loads(data: str | bytes | bytearray, type: Any, *, limits: Limits | None = None) -> Any: ...
def loads(
    data: str | bytes | bytearray, type: Any = Dataset, *, limits: Limits | None = None
) -> Any:
    """Read a value of ``type`` (a :class:`~mineralpact.Dataset` by default) from JSON text.

    ``data`` is a ``str``, or UTF-8 ``bytes``. ``type`` is
    :class:`~mineralpact.Dataset`, any record or value type, or one of the
    aliases ``Record``, ``FigureValue`` and ``TemporalValue``, which read any
    of their members. A dataset document of an older major version is
    migrated first (see :func:`register_migration`), and the dataset's own
    checks then apply.

    Nothing is coerced and nothing unknown is dropped: a number where a
    string is expected, a string where a list is, a float anywhere, a missing
    field, an unknown field, an unknown enum value, a bad date, unit or code,
    are each a problem.

    >>> from mineralpact import Country, Dataset, TemporalValue
    >>> loads('"MN"', Country)
    Country('MN')
    >>> loads('"../2025-11"', TemporalValue)
    Deadline(PartialDate(2025, 11))
    >>> loads('{"format": "mineralpact", "version": "1.0", "records": []}') == Dataset(())
    True
    >>> loads('{"id": "src:a", "title": 123}', Record)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidDocumentError: 1 problem found:
      $.type: no type for a record (got nothing); expected one of 'source', ...

    Raises:
        InvalidDocumentError: for anything wrong with the text, every problem with its path.
        InvalidTypeError: if ``data`` is neither text nor bytes, or ``type`` is
            not a mineralpact type.
    """
    cl = _readable_type(type)
    checked = _limits(limits)
    with _bulk():
        raw = _parse(_text(data, checked, "$"), checked, "$")
        if cl is Dataset:
            raw = _upgraded(versioned(raw, "$"))
            _count(raw, checked)
        return _converter.structure(raw, cl, max_problems=checked.max_problems)


def _is_path(target: object) -> bool:
    return isinstance(target, (str, os.PathLike))


def _write(file: _PathLike | IO[str] | IO[bytes], chunks: Iterable[str]) -> None:
    if _is_path(file):
        # Written whole or not at all: a failure half-way leaves the file as it was.
        with atomic_write(typing.cast("_PathLike", file)) as text:
            text.writelines(chunks)
        return
    out = typing.cast("IO[Any]", file)
    binary = isinstance(out, (io.RawIOBase, io.BufferedIOBase)) or "b" in getattr(out, "mode", "")
    for chunk in chunks:
        out.write(chunk.encode("utf-8") if binary else chunk)


def dump(obj: object, file: _PathLike | IO[str] | IO[bytes], *, indent: int | None = None) -> None:
    """Write :func:`dumps` of ``obj``, and a newline, to a path or an open file.

    A path is written as UTF-8, whole or not at all: the text goes to a
    temporary file that replaces the path only when complete, so a failure
    half-way leaves the file as it was. An open file gets text, or UTF-8
    bytes if it is binary.

    >>> import io
    >>> from mineralpact import PartialDate
    >>> out = io.StringIO()
    >>> dump(PartialDate(2025, 11), out)
    >>> out.getvalue()
    '"2025-11"\\n'

    Raises:
        InvalidTypeError: if ``obj`` is not a mineralpact value, record or dataset.
    """
    _write(file, (dumps(obj, indent=indent), "\n"))


def _read(file: _PathLike | IO[str] | IO[bytes], size: int) -> str | bytes:
    if _is_path(file):
        with open(typing.cast("_PathLike", file), "rb") as data:
            return data.read(size)
    content: str | bytes = typing.cast("IO[Any]", file).read(size)
    return content


@overload
def load(file: _PathLike | IO[str] | IO[bytes], *, limits: Limits | None = None) -> Dataset: ...
@overload
def load(
    file: _PathLike | IO[str] | IO[bytes], type: type[T], *, limits: Limits | None = None
) -> T: ...
@overload
def load(
    file: _PathLike | IO[str] | IO[bytes], type: Any, *, limits: Limits | None = None
) -> Any: ...
def load(
    file: _PathLike | IO[str] | IO[bytes], type: Any = Dataset, *, limits: Limits | None = None
) -> Any:
    """Read a value of ``type`` (a dataset by default) from a path or an open file.

    As :func:`loads`; the file is never read beyond ``limits.max_bytes``.

    >>> import io
    >>> from mineralpact import PartialDate
    >>> load(io.StringIO('"2023-02"'), PartialDate)
    PartialDate(2023, 2)

    Raises:
        InvalidDocumentError: for anything wrong with the file's content.
        InvalidTypeError: if ``type`` is not a mineralpact type.
        OSError: if the file cannot be read.
    """
    checked = _limits(limits)
    _readable_type(type)
    return loads(_read(file, checked.max_bytes + 1), type, limits=checked)


# --- JSON Lines ---------------------------------------------------------------------------

_RECORD_PATH = re.compile(r"\$\.records\[([0-9]+)\](.*)", re.DOTALL)
_RECORD_PATTERN = re.compile(r"\$\.records\[\*\](.*)", re.DOTALL)


def dump_lines(records: Dataset | Iterable[Record], file: _PathLike | IO[str] | IO[bytes]) -> None:
    """Write records as JSON Lines: a header line, then one record a line.

    ``records`` is a dataset or any iterable of records, read one at a
    time, so that records made on the fly are written in constant memory.
    Each line is the record's canonical JSON (see :func:`dumps`).

    >>> import io
    >>> from mineralpact import Source, SourceKind
    >>> out = io.StringIO()
    >>> dump_lines([Source(id="src:a", title="A report", kind=SourceKind.DATASET)], out)
    >>> print(out.getvalue(), end="")
    {"format":"mineralpact","version":"1.2"}
    {"type":"source","id":"src:a","title":"A report","kind":"dataset"}

    A path is replaced only once every line is written, as with :func:`dump`.

    Raises:
        InvalidTypeError: if an item is not a record (to a path, nothing is
            written; to an open file, what came before it is).
    """
    items = records.records if isinstance(records, Dataset) else records
    header = _json({"format": FORMAT, "version": FORMAT_VERSION}, None)

    def lines() -> Iterator[str]:
        yield header + "\n"
        for record in items:
            if type(record) not in _converter.RECORD_TAGS:
                raise InvalidTypeError("record", record, "a mineralpact record")
            yield _writer.text(record) + "\n"

    _write(file, lines())


def _lines(file: IO[str] | IO[bytes], limits: Limits) -> Iterator[tuple[int, str | bytes]]:
    """The lines of a file, numbered from 1, each read with a bounded ``readline``."""
    number = 0
    while True:
        line = file.readline(limits.max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > limits.max_bytes:
            raise refuse(
                f"line {number}",
                "too-large",
                f"a line of more than {limits.max_bytes} bytes",
                f"lines of at most {limits.max_bytes} bytes (Limits.max_bytes)",
            )
        yield number, line


def _read_lines(
    file: IO[str] | IO[bytes], limits: Limits
) -> Iterator[tuple[int, Record | None, InvalidDocumentError | None]]:
    """Each record of a JSON Lines file with its line number, or the error of its line.

    The header's problems stop the reading (nothing after it can be read);
    a record's problems do not.
    """
    lines = _lines(file, limits)
    first = next(lines, None)
    if first is None:
        raise refuse(
            "line 1", "invalid-json", "an empty file", "a header line, then one record a line"
        )
    header = _parse(_text(first[1], limits, "line 1: $"), limits, "line 1: $")
    migrations = chain(header, "line 1: $")
    if migrations is None:
        problems = tuple(check_envelope(header, HEADER_KEYS))
        if problems:
            raise InvalidDocumentError(
                [attrs.evolve(p, path="line 1: " + p.path) for p in problems]
            )
    count = 0
    current = record_upgrade(header.get("version")) if migrations is None else None
    for number, line in lines:
        root = f"line {number}: $"
        try:
            raw = _parse(_text(line, limits, root), limits, root)
            if migrations is not None:
                document = {"format": FORMAT, "version": header["version"], "records": [raw]}
                moved = migrated(document, root)
                raws = moved.get("records") if type(moved) is dict else None
                if type(raws) is not list:
                    raise refuse(
                        root, "migration-failed", "the migration gave no records", "records"
                    )
                upgrade = record_upgrade(moved.get("version"))
            else:
                raws = [raw]
                upgrade = current
            if upgrade is not None:
                raws = [upgrade(item) for item in raws]
            for item in raws:
                count += 1
                if count > limits.max_records:
                    raise refuse(
                        root,
                        "too-many-records",
                        f"more than {limits.max_records} records",
                        f"at most {limits.max_records} records (Limits.max_records)",
                    )
                record = _converter.structure(
                    item, _converter.RECORD_UNION, root, limits.max_problems
                )
                yield number, record, None
        except InvalidDocumentError as exc:
            if any(p.code == "too-many-records" for p in exc.problems):
                raise
            yield number, None, exc


def _open_lines(file: _PathLike | IO[str] | IO[bytes]) -> contextlib.AbstractContextManager[Any]:
    if _is_path(file):
        return open(typing.cast("_PathLike", file), "rb")
    return contextlib.nullcontext(file)


def iter_lines(
    file: _PathLike | IO[str] | IO[bytes], *, limits: Limits | None = None
) -> Iterator[Record]:
    """Read the records of a JSON Lines file one at a time, each checked as it is read.

    Only one line is held in memory at a time (a line is at most
    ``limits.max_bytes``). The checks that need the whole dataset (that
    references resolve, that ids are unique) are left to
    :func:`load_lines`, or to building a :class:`~mineralpact.Dataset`. The
    first line with a problem raises :class:`~mineralpact.errors.InvalidDocumentError`,
    each path beginning with its line number: ``line 12: $.dates[0].value``.

    >>> import io
    >>> text = (
    ...     '{"format":"mineralpact","version":"1.0"}\\n'
    ...     '{"type":"source","id":"src:a","title":"A report","kind":"dataset"}\\n'
    ...     '{"type":"source","id":"src:b","title":"B","kind":"blog"}\\n'
    ... )
    >>> records = iter_lines(io.StringIO(text))
    >>> next(records).id
    'src:a'
    >>> next(records)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidDocumentError: 1 problem found:
      line 3: $.kind: unknown SourceKind (got string 'blog'); expected one of 'news_report', ...

    Raises:
        InvalidDocumentError: at the first line (or header) with a problem.
    """
    checked = _limits(limits)
    with _open_lines(file) as opened:
        for _number, record, error in _read_lines(opened, checked):
            if error is not None:
                raise error
            assert record is not None
            yield record


def load_lines(file: _PathLike | IO[str] | IO[bytes], *, limits: Limits | None = None) -> Dataset:
    """Read a JSON Lines file into a :class:`~mineralpact.Dataset`, with every check.

    Every problem in the file is reported at once, each path beginning with
    its line number; the dataset's own problems (a citation of a source the
    file lacks) come with the line of the record concerned.

    >>> import io
    >>> text = (
    ...     '{"format":"mineralpact","version":"1.0"}\\n'
    ...     '{"type":"source","id":"src:a","title":"A report","kind":"dataset"}\\n'
    ... )
    >>> [record.id for record in load_lines(io.StringIO(text)).records]
    ['src:a']

    Raises:
        InvalidDocumentError: for anything wrong with the file, every problem with its line.
    """
    checked = _limits(limits)
    records: list[Record] = []
    lines: list[int] = []
    problems = ProblemCollector(checked.max_problems)
    with _bulk(), _open_lines(file) as opened:
        for number, record, error in _read_lines(opened, checked):
            if error is not None:
                problems.extend(error.problems)
                problems.absorb(error.more)
            elif record is not None:
                records.append(record)
                lines.append(number)
        if problems:
            # The records that were read are checked against each other too.
            unread = {p.record for p in problems.kept if p.record is not None}
            beside = problems_beside(enumerate(records), unread)
            problems.extend(_on_line(p, lines) for p in beside)
            raise InvalidDocumentError(problems.kept, more=problems.groups(), limit=None)
        try:
            return Dataset(tuple(records))
        except InvalidDatasetError as exc:
            raise InvalidDocumentError(
                [_on_line(p, lines) for p in exc.problems],
                more=[attrs.evolve(g, path=_line_pattern(g.path)) for g in exc.more],
                limit=checked.max_problems,
            ) from None


def _line_pattern(pattern: str) -> str:
    """A dataset's path pattern ``$.records[*]…`` as the JSON Lines one, ``line *: $…``."""
    match = _RECORD_PATTERN.fullmatch(pattern)
    return pattern if match is None else f"line *: ${match[1]}"


def _on_line(problem: Problem, lines: list[int]) -> Problem:
    """A dataset problem at ``$.records[i]…`` as one at ``line n: $…``."""
    match = _RECORD_PATH.fullmatch(problem.path)
    if match is None:
        return problem
    return attrs.evolve(problem, path=f"line {lines[int(match[1])]}: ${match[2]}")
