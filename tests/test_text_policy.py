"""One text policy, the same in the constructors, the reader, the writer and the schema.

A one-line text (a title, a name) holds no control character, no bidi
control, no line break and no lone surrogate; a multi-line text (notes, a
quotation) may also hold tabs and line breaks. Codes are ASCII, read without
Unicode case mapping. Only spaces count as whitespace in units and
descriptions. Whatever the schema refuses, ``loads`` refuses, and the other
way round.
"""

from __future__ import annotations

import importlib.resources
import json
from typing import Any

import jsonschema  # type: ignore[import-untyped]  # a test-only dependency without stubs
import pytest
from hypothesis import HealthCheck, given
from hypothesis import strategies as st

from _sizes import examples
from mineralpact import strategies
from mineralpact.codes import Identifier, Subdivision
from mineralpact.errors import InvalidDocumentError, InvalidValueError, MineralpactError
from mineralpact.parties import Name
from mineralpact.quantities import Count, Money, Quantity, Share
from mineralpact.serialization import dumps, loads
from mineralpact.sources import Citation, Source, SourceKind

SCHEMA: dict[str, Any] = json.loads(
    importlib.resources.files("mineralpact").joinpath("data/schema.json").read_text("utf-8")
)
DEFS: dict[str, Any] = SCHEMA["$defs"]

#: The characters the policy is about, and a few that Unicode case mapping
#: turns into ASCII letters (long s, dotless i, the Kelvin sign).
NASTY = (
    "\x00\x07\x1b\x1c\x1f\x7f\x80\x85\x9f\u2028\u2029\u202a\u202d\u202e\u2066\u2069"
    "\t\n\r \u00a0\u3000\u200b\u200e\ufeffſıKé한\ud800\udfff"
)


def _source(**changes: Any) -> Source:
    return Source(**{"id": "src:a", "title": "A title", "kind": SourceKind.NEWS_REPORT, **changes})


# --- constructors refuse what the writer cannot write ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a\ud800b",  # a lone surrogate: dumps could not write it
        "\x1b[2J\x1b]0;pwned\x07",  # terminal escapes
        "abc\u202e",  # a bidi override
        "a\u2066b\u2069",  # a bidi isolate
        "a\u2028b",  # a line separator
        "a\x85b",  # NEXT LINE (C1)
        "a\nb",  # a line feed in a one-line text
        "a\tb",
        "a\x7f",
    ],
)
def test_a_one_line_text_refuses_control_bidi_and_line_characters(text: str) -> None:
    with pytest.raises(InvalidValueError, match="one-line text") as caught:
        _source(title=text)
    assert caught.value.reason is not None
    assert "U+" in caught.value.reason
    with pytest.raises(InvalidValueError):
        Name(text)


def test_a_multi_line_text_takes_line_breaks_and_tabs_only() -> None:
    note = "First line.\n\tSecond line.\r\n"
    assert _source(notes=note).notes == note
    assert Citation("src:a", quotation="“One.”\n“Two.”").quotation == "“One.”\n“Two.”"
    for bad in ("a\ud800", "a\u2028b", "a\x0bb", "a\u202eb", "a\x1f"):
        with pytest.raises(InvalidValueError, match="multi-line text"):
            _source(notes=bad)


def test_a_text_of_spaces_only_is_blank() -> None:
    for blank in (" ", "\u00a0", "\u3000 "):
        with pytest.raises(InvalidValueError, match="non-blank"):
            _source(title=blank)
    with pytest.raises(InvalidValueError):
        _source(notes=" \n\t")
    assert _source(title="\u00a0A title").title == "\u00a0A title"  # kept as written


def test_every_accepted_text_can_be_written_and_read_back() -> None:
    source = _source(title="Korea–Mongolia \u200eجلسه 협력", notes="a\nb")
    assert loads(dumps(source), Source) == source


# --- codes are ASCII, without case mapping ---------------------------------------


@pytest.mark.parametrize("code", ["uſd", "ınr", "USᴰ", "ＵＳＤ"])
def test_a_currency_code_is_three_ascii_letters(code: str) -> None:
    with pytest.raises(MineralpactError):
        Money(1, code)
    with pytest.raises(InvalidDocumentError):
        loads(json.dumps({"amount": "1", "currency": code}), Money)
    assert Money(1, "usd").currency == "USD"  # ASCII lower case is still read


def test_other_codes_are_not_case_mapped_either() -> None:
    assert Identifier.parse("SEC_CIK:892450").scheme.value == "sec_cik"
    with pytest.raises(MineralpactError):
        Identifier.parse("SEC_CI\u212a:892450")  # the Kelvin sign's lower case is "k"
    assert str(Subdivision.parse("mn-071")) == "MN-071"
    with pytest.raises(MineralpactError):
        Subdivision.parse("mn-0ſ1")


# --- only spaces are whitespace in units and descriptions ------------------------


@pytest.mark.parametrize("char", ["\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\x0b", "\x0c"])
def test_separators_and_next_line_are_not_spaces_in_a_unit(char: str) -> None:
    with pytest.raises(MineralpactError):
        Quantity(1, f"t{char}/yr")
    with pytest.raises(InvalidDocumentError):
        loads(json.dumps({"magnitude": "1", "unit": f"t{char}/yr"}), Quantity)
    assert Quantity(1, "t \n/yr").unit == "t /yr"


@pytest.mark.parametrize("char", ["\x1c", "\x1f", "\x85", "\u2028"])
def test_separators_and_next_line_are_not_spaces_in_a_description(char: str) -> None:
    for build in (lambda of: Share(1, of=of), lambda of: Count(1, of=of)):
        with pytest.raises(MineralpactError):
            build(f"world{char}reserves")
    assert Share(1, of=" world\u00a0 \nreserves ").of == "world reserves"


# --- the schema and the reader agree, field by field ------------------------------


#: The schema as the ``jsonschema`` package reads it, with Python's ``re``:
#: its patterns must mean there what they mean in ECMA-262 (a final line feed
#: does not pass for the end of the text).
_VALIDATOR = jsonschema.Draft202012Validator({"$defs": DEFS})
#: Fields whose values the reader also checks against a code list (ISO 4217,
#: ISO 639-1, the elements), a grammar (units) or another field (an element's
#: id names its symbol), which no pattern can hold: there, what the schema
#: refuses the reader refuses, but not the other way round.
_LISTED = {
    ("Money", "currency"),
    ("Source", "language"),
    ("Element", "symbol"),
    ("Element", "id"),
    ("Quantity", "unit"),
}
_NOT_TYPES = {"FIELD_UNITS", "record_ids", "mineral_ids", "datasets", "temporal_values"}


def _patterned(definition: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """The (field, pattern, in an array) of a definition's string fields with a pattern."""
    fields = []
    for name, node in definition.get("properties", {}).items():
        if "pattern" in node:
            fields.append((name, node["pattern"], False))
        elif "pattern" in node.get("items", {}):
            fields.append((name, node["items"]["pattern"], True))
    return fields


def _schema_accepts(definition: str, document: Any) -> bool:
    schema = {"$defs": DEFS, "$ref": f"#/$defs/{definition}"}
    return bool(_VALIDATOR.evolve(schema=schema).is_valid(document))


def _loads_accepts(text: str, cls: type) -> bool:
    try:
        loads(text, cls)
    except MineralpactError:
        return False
    return True


def _candidates(original: object) -> st.SearchStrategy[str]:
    nasty = st.text(st.sampled_from(NASTY) | st.characters(), max_size=12)
    if not isinstance(original, str) or not original:
        return nasty | st.text(st.sampled_from("abz09-_.:AZ" + NASTY), max_size=12)
    # the valid value with a character put in, replaced or taken away
    edited = st.builds(
        lambda i, j, middle: original[:i] + middle + original[j:],
        st.integers(0, len(original)),
        st.integers(0, len(original)),
        st.text(st.sampled_from(NASTY + "aZ0-"), max_size=2),
    )
    return nasty | edited | st.just(original + "\n")


_NAMES = sorted(set(strategies.__all__) - _NOT_TYPES)


@pytest.mark.parametrize("name", _NAMES)
def test_the_schema_refuses_a_string_field_exactly_when_loads_does(name: str) -> None:
    @examples(60, suppress_health_check=list(HealthCheck))
    @given(getattr(strategies, name)(), st.data())
    def check(value: Any, data: st.DataObject) -> None:
        cls = type(value)
        definition = cls.__name__
        if definition not in DEFS:
            return
        fields = _patterned(DEFS[definition])
        if not fields:
            return
        document = json.loads(dumps(value))
        field, _pattern, in_array = data.draw(st.sampled_from(fields))
        current = document.get(field)
        original = current[0] if in_array and current else current
        text = data.draw(_candidates(original))
        document[field] = [text] if in_array else text
        if definition == "Citation":
            # a phrase must occur in the quotation, a check across fields
            document.pop("phrase" if field == "quotation" else "quotation", None)
        by_schema = _schema_accepts(definition, document)
        by_loads = _loads_accepts(json.dumps(document), cls)
        if (definition, field) in _LISTED:
            assert by_schema or not by_loads, (field, text)
        else:
            assert by_schema == by_loads, (field, text, by_schema, by_loads)

    check()
