"""Record ids: the pattern, the prefixes, the errors."""

from __future__ import annotations

import pytest

from mineralpact._ids import MAX_ID_LENGTH, check_id, id_prefix
from mineralpact.errors import InvalidIdError, InvalidTypeError


@pytest.mark.parametrize("good", ["org:kigam", "person:ku-hyeon-mo", "src:a.b_c-1", "list:kr2"])
def test_well_formed_ids(good: str) -> None:
    assert check_id("id", good) == good


@pytest.mark.parametrize(
    "bad",
    ["kigam", "org:", ":kigam", "Org:kigam", "org:KIGAM", "org:a--b", "org:a-", "org:a b",
     "src:a\n", "\norg:a", "org:a\u00e9", "org:" + "a" * MAX_ID_LENGTH],
)  # fmt: skip
def test_malformed_ids_are_refused(bad: str) -> None:
    with pytest.raises(InvalidIdError) as info:
        check_id("Source.id", bad)
    assert info.value.value == bad
    assert "prefix:slug" in info.value.expected


def test_the_prefix_names_the_kind_of_record() -> None:
    assert id_prefix("org:kigam") == "org"
    assert check_id("Signatory.on_behalf_of", "country:mn", {"org", "country"}) == "country:mn"
    with pytest.raises(InvalidIdError, match="'country:…' or 'org:…'"):
        check_id("Signatory.on_behalf_of", "person:ku-hyeon-mo", {"org", "country"})


def test_an_id_must_be_a_string() -> None:
    with pytest.raises(InvalidTypeError):
        check_id("Source.id", 12)


def test_a_remembered_id_still_has_its_prefix_checked() -> None:
    assert check_id("Citation.source", "src:remembered") == "src:remembered"
    assert check_id("Citation.source", "src:remembered", {"src"}) == "src:remembered"
    with pytest.raises(InvalidIdError, match="'org:…'"):
        check_id("Organisation.parent", "src:remembered", {"org"})
