"""Agreements and signatories: the seed texts' memoranda, every refused field, and properties."""

from __future__ import annotations

import re
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineralpact.agreements import Agreement, AgreementKind, Scope, Signatory
from mineralpact.codes import Country
from mineralpact.dates import DateRange, PartialDate
from mineralpact.errors import InvalidIdError, InvalidTypeError, InvalidValueError
from mineralpact.places import Place
from mineralpact.sources import Citation, DateClaim
from mineralpact.strategies import agreements, signatories

HERALD = "src:korea-herald-2023-01-26"
KOREA_NET = "src:korea-net-2025-03-12"
YONHAP = "src:yonhap-2023-02-15"
TIMES = "src:korea-times-2025-09-22"

HERALD_SIGNED = Citation(
    HERALD,
    quotation="KT Corp. said Thursday it has signed a partnership deal",
    phrase="Thursday",
)
KOREA_NET_FEBRUARY = Citation(
    KOREA_NET,
    quotation="a memorandum of understanding signed in February 2023 by both sides",
    phrase="February 2023",
)


def kt_mou() -> Agreement:
    """The KT–Mongolia memorandum of 2023-01-26 (seed 000)."""
    return Agreement(
        id="agreement:kt-mn-mmhi-mou-2023",
        kind=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
        title="Memorandum of understanding on mineral resources",
        parties=frozenset({"org:kt", "org:mn-mmhi"}),
        signatories=(
            Signatory(
                person="person:ku-hyeon-mo",
                on_behalf_of="org:kt",
                position="position:ku-hyeon-mo-kt-ceo",
            ),
            Signatory(
                person="person:ganbaatar-jambal",
                on_behalf_of="org:mn-mmhi",
                position="position:ganbaatar-jambal-mmhi-minister",
            ),
        ),
        dates=(DateClaim(PartialDate(2023, 1, 26), (HERALD_SIGNED,)),),
        place=Place(city="Ulaanbaatar", country=Country("MN")),
        minerals=frozenset({"group:ree"}),
        scope=frozenset({Scope.SUPPLY, Scope.DIGITAL_TRANSFORMATION}),
        citations=(HERALD_SIGNED,),
        notes="Some 80 kinds of mineral resources, including rare earth elements.",
    )


def government_mou() -> Agreement:
    """The MOTIE–Mongolia memorandum on rare-metal supply chains (seed 001, Yonhap)."""
    return Agreement(
        id="agreement:kr-mn-rare-metals-mou-2023",
        kind=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
        title="Memorandum of understanding on rare-metal supply chains",
        parties=frozenset({"org:kr-motie", "org:mn-mmhi"}),
        signatories=(
            Signatory(
                person="person:park-il-jun",
                on_behalf_of="org:kr-motie",
                position="position:park-il-jun-motie-2nd-vice-minister",
            ),
            Signatory(
                person="person:ganbaatar-jambal",
                on_behalf_of="org:mn-mmhi",
                position="position:ganbaatar-jambal-mmhi-minister",
            ),
        ),
        dates=(
            DateClaim(PartialDate(2023, 2), (KOREA_NET_FEBRUARY,)),
            DateClaim(PartialDate(2023, 2, 15), (Citation(YONHAP),)),
        ),
        place=Place(venue="Government Complex Seoul", city="Seoul", country=Country("KR")),
        minerals=frozenset({"list:kr-rare-metals"}),
        scope=frozenset({Scope.SUPPLY}),
        citations=(KOREA_NET_FEBRUARY, Citation(YONHAP)),
    )


def forum_mou(partner: str) -> Agreement:
    """One of the memoranda signed at the 2025 forum in Seoul (seed 002)."""
    cite = Citation(
        TIMES,
        quotation="A series of memorandum of understanding signings were held during the forum",
    )
    return Agreement(
        id=f"agreement:erdenes-mongol-{partner.partition(':')[2]}-mou-2025",
        kind=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
        parties=frozenset({"org:erdenes-mongol", partner}),
        dates=(DateClaim(PartialDate(2025, 9, 22), (cite,)),),
        place=Place(city="Seoul", country=Country("KR")),
        scope=frozenset({Scope.DEVELOPMENT, Scope.SUPPLY}),
        citations=(cite,),
    )


# --- enums ---------------------------------------------------------------------------


@pytest.mark.parametrize("member", [*AgreementKind, *Scope])
def test_enum_values_are_the_lower_cased_names(member: AgreementKind | Scope) -> None:
    assert member.value == member.name.lower()
    assert type(member)(member.value) is member


def test_scope_covers_the_issue_list() -> None:
    assert {s.value for s in Scope} >= {
        "supply",
        "exploration",
        "development",
        "processing",
        "smelting_and_refining",
        "research_and_development",
        "technology_transfer",
        "training",
        "investment",
        "infrastructure",
        "digital_transformation",
    }


# --- Signatory -----------------------------------------------------------------------


def test_signatory_with_and_without_a_position() -> None:
    park = Signatory(
        person="person:park-il-jun",
        on_behalf_of="org:kr-motie",
        position="position:park-il-jun-motie-2nd-vice-minister",
    )
    assert park.position == "position:park-il-jun-motie-2nd-vice-minister"
    assert Signatory(person="person:x", on_behalf_of="country:mn").position is None
    assert list(park.references()) == [
        ("person", "person:park-il-jun"),
        ("on_behalf_of", "org:kr-motie"),
        ("position", "position:park-il-jun-motie-2nd-vice-minister"),
    ]


def test_signatory_fields_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        Signatory("person:x", "org:kt")  # type: ignore[call-arg]


SIGNATORY_FIELDS: dict[str, Any] = {"person": "person:x", "on_behalf_of": "org:kt"}


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("person", "org:kt", InvalidIdError),
        ("person", "Ku Hyeon-mo", InvalidIdError),
        ("person", None, InvalidTypeError),
        ("on_behalf_of", "person:x", InvalidIdError),
        ("on_behalf_of", "group:ree", InvalidIdError),
        ("on_behalf_of", "country:KR", InvalidIdError),
        ("on_behalf_of", 1, InvalidTypeError),
        ("position", "person:x", InvalidIdError),
        ("position", "", InvalidIdError),
        ("position", b"position:x", InvalidTypeError),
    ],
)
def test_signatory_refuses(field: str, value: object, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        Signatory(**{**SIGNATORY_FIELDS, field: value})
    assert getattr(info.value, "what", None) == f"Signatory.{field}"
    assert getattr(info.value, "value", None) == value


# --- Agreement: the seed facts -------------------------------------------------------


def test_kt_mou() -> None:
    mou = kt_mou()
    assert mou.kind is AgreementKind.MEMORANDUM_OF_UNDERSTANDING
    assert mou.parties == {"org:kt", "org:mn-mmhi"}
    assert [s.person for s in mou.signatories] == ["person:ku-hyeon-mo", "person:ganbaatar-jambal"]
    assert mou.date == PartialDate(2023, 1, 26)
    assert not mou.disputed
    assert mou.place is not None
    assert str(mou.place) == "Ulaanbaatar, MN"
    assert mou.scope == {Scope.SUPPLY, Scope.DIGITAL_TRANSFORMATION}
    assert mou.binding is None
    assert mou.follows == frozenset()


def test_government_mou_date_claims_agree_at_different_precision() -> None:
    mou = government_mou()
    assert [str(c.value) for c in mou.dates] == ["2023-02", "2023-02-15"]
    assert mou.date == PartialDate(2023, 2, 15)
    assert not mou.disputed
    assert mou.dates[0].citations[0].phrase == "February 2023"


def test_forum_mous_with_komir_and_samsung() -> None:
    komir, samsung = forum_mou("org:komir"), forum_mou("org:samsung-c-and-t")
    assert komir != samsung
    assert komir.id == "agreement:erdenes-mongol-komir-mou-2025"
    assert komir.date == samsung.date == PartialDate(2025, 9, 22)
    assert "org:erdenes-mongol" in komir.parties & samsung.parties


def test_minimal_agreement_has_the_documented_defaults() -> None:
    bare = Agreement(
        id="agreement:x",
        kind=AgreementKind.OTHER,
        parties=frozenset({"country:kr"}),
        citations=(Citation("src:a"),),
    )
    assert (bare.title, bare.signatories, bare.dates, bare.place) == (None, (), (), None)
    assert (bare.minerals, bare.scope, bare.binding, bare.follows) == (
        frozenset(),
        frozenset(),
        None,
        frozenset(),
    )
    assert bare.notes is None
    assert bare.date is None
    assert not bare.disputed


def test_an_agreement_can_follow_another() -> None:
    follow_up = attrs.evolve(
        forum_mou("org:komir"), follows=frozenset({"agreement:kr-mn-rare-metals-mou-2023"})
    )
    assert follow_up.follows == {"agreement:kr-mn-rare-metals-mou-2023"}
    assert ("follows[0]", "agreement:kr-mn-rare-metals-mou-2023") in follow_up.references()


def test_disputed_signing_dates_have_no_date() -> None:
    mou = attrs.evolve(
        kt_mou(),
        dates=(
            DateClaim(PartialDate(2023, 1, 26), (HERALD_SIGNED,)),
            DateClaim(PartialDate(2023, 1, 27), (Citation("src:other"),)),
        ),
    )
    assert mou.disputed
    assert mou.date is None


def test_overlapping_claims_without_a_precise_one_have_no_date_but_no_dispute() -> None:
    mou = attrs.evolve(
        kt_mou(),
        dates=(
            DateClaim(PartialDate(2023), (HERALD_SIGNED,)),
            DateClaim(DateRange(PartialDate(2022, 12), PartialDate(2023, 2)), (Citation("src:b"),)),
        ),
    )
    assert not mou.disputed
    assert mou.date is None


# --- Agreement: refused fields -------------------------------------------------------


def _fields() -> dict[str, Any]:
    return {f.name: getattr(kt_mou(), f.name) for f in attrs.fields(Agreement)}


def _claim(year: int, month: int, day: int) -> DateClaim:
    return DateClaim(PartialDate(year, month, day), (Citation("src:a"),))


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("id", "event:kt-mou", InvalidIdError),
        ("id", "agreement:KT", InvalidIdError),
        ("id", "agreement:", InvalidIdError),
        ("id", None, InvalidTypeError),
        ("kind", "memorandum_of_understanding", InvalidTypeError),
        ("kind", None, InvalidTypeError),
        ("title", "   ", InvalidValueError),
        ("title", "x" * 501, InvalidValueError),
        ("title", 1, InvalidTypeError),
        ("parties", frozenset(), InvalidValueError),
        ("parties", {"org:kt"}, InvalidTypeError),
        ("parties", ("org:kt",), InvalidTypeError),
        ("parties", "org:kt", InvalidTypeError),
        ("parties", frozenset({"group:ree"}), InvalidIdError),
        ("parties", frozenset({"agreement:x"}), InvalidIdError),
        ("parties", frozenset({1}), InvalidTypeError),
        ("signatories", [], InvalidTypeError),
        ("signatories", ({"person": "person:x"},), InvalidTypeError),
        ("signatories", ("person:x",), InvalidTypeError),
        ("dates", [], InvalidTypeError),
        ("dates", (PartialDate(2023, 1, 26),), InvalidTypeError),
        ("dates", (_claim(2023, 1, 26), _claim(2023, 1, 26)), InvalidValueError),
        ("place", "Ulaanbaatar", InvalidTypeError),
        ("place", Country("MN"), InvalidTypeError),
        ("minerals", frozenset({"org:kt"}), InvalidIdError),
        ("minerals", frozenset({"Nd"}), InvalidIdError),
        ("minerals", {"group:ree"}, InvalidTypeError),
        ("scope", frozenset({"supply"}), InvalidTypeError),
        ("scope", {Scope.SUPPLY}, InvalidTypeError),
        ("scope", Scope.SUPPLY, InvalidTypeError),
        ("binding", "yes", InvalidTypeError),
        ("binding", 1, InvalidTypeError),
        ("binding", 0, InvalidTypeError),
        ("follows", frozenset({"event:x"}), InvalidIdError),
        ("follows", frozenset({"agreement:kt-mn-mmhi-mou-2023"}), InvalidIdError),
        ("follows", ("agreement:x",), InvalidTypeError),
        ("citations", (), InvalidValueError),
        ("citations", [HERALD_SIGNED], InvalidTypeError),
        ("citations", (HERALD,), InvalidTypeError),
        ("notes", "", InvalidValueError),
        ("notes", "x" * 2001, InvalidValueError),
        ("notes", ["a note"], InvalidTypeError),
    ],
)
def test_agreement_refuses(field: str, value: object, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        Agreement(**{**_fields(), field: value})
    assert getattr(info.value, "what", "").startswith(f"Agreement.{field}")


@pytest.mark.parametrize("field", ["id", "kind", "parties", "citations"])
def test_agreement_requires(field: str) -> None:
    fields = _fields()
    del fields[field]
    with pytest.raises(TypeError, match=field):
        Agreement(**fields)


# --- Agreement: a value --------------------------------------------------------------


def test_agreement_is_frozen() -> None:
    mou = kt_mou()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        mou.binding = True  # type: ignore[misc]
    with pytest.raises(AttributeError):
        mou.extra = 1  # type: ignore[attr-defined]


def test_agreement_equality_and_hash() -> None:
    assert kt_mou() == kt_mou()
    assert hash(kt_mou()) == hash(kt_mou())
    assert kt_mou() != government_mou()
    assert len({kt_mou(), kt_mou(), government_mou()}) == 2


def test_agreement_evolve_validates() -> None:
    mou = kt_mou()
    signed = attrs.evolve(mou, binding=False)
    assert signed.binding is False
    assert mou.binding is None
    with pytest.raises(InvalidIdError):
        attrs.evolve(mou, follows=frozenset({mou.id}))
    with pytest.raises(InvalidTypeError):
        attrs.evolve(mou, scope={Scope.SUPPLY})  # type: ignore[arg-type]


def test_agreement_references_every_id_with_its_path() -> None:
    mou = attrs.evolve(
        government_mou(), follows=frozenset({"agreement:b", "agreement:a"}), title=None
    )
    assert list(mou.references()) == [
        ("parties[0]", "org:kr-motie"),
        ("parties[1]", "org:mn-mmhi"),
        ("signatories[0].person", "person:park-il-jun"),
        ("signatories[0].on_behalf_of", "org:kr-motie"),
        ("signatories[0].position", "position:park-il-jun-motie-2nd-vice-minister"),
        ("signatories[1].person", "person:ganbaatar-jambal"),
        ("signatories[1].on_behalf_of", "org:mn-mmhi"),
        ("signatories[1].position", "position:ganbaatar-jambal-mmhi-minister"),
        ("minerals[0]", "list:kr-rare-metals"),
        ("follows[0]", "agreement:a"),
        ("follows[1]", "agreement:b"),
        ("dates[0].citations[0].source", KOREA_NET),
        ("dates[1].citations[0].source", YONHAP),
        ("citations[0].source", KOREA_NET),
        ("citations[1].source", YONHAP),
    ]


# --- properties ----------------------------------------------------------------------

_STEP = re.compile(r"(\w+)(?:\[(\d+)\])?")


def resolve(record: object, path: str) -> object:
    """Follow a references() path (``signatories[1].person``) into a record.

    Frozensets are indexed in sorted order, as references() walks them.
    """
    value = record
    for step in path.split("."):
        match = _STEP.fullmatch(step)
        assert match is not None, path
        value = getattr(value, match[1])
        if match[2] is not None:
            items = sorted(value) if isinstance(value, frozenset) else value
            assert isinstance(items, (list, tuple))
            value = items[int(match[2])]
    return value


@given(agreements())
def test_generated_agreements_are_hashable_values(agreement: Agreement) -> None:
    copy = attrs.evolve(agreement)
    assert copy == agreement
    assert hash(copy) == hash(agreement)
    noted = attrs.evolve(agreement, notes="changed")
    assert noted.notes == "changed"
    assert attrs.evolve(noted, notes=agreement.notes) == agreement


@given(agreements())
def test_every_reference_path_leads_to_its_id(agreement: Agreement) -> None:
    refs = list(agreement.references())
    for path, ref in refs:
        assert resolve(agreement, path) == ref
    expected = (
        len(agreement.parties)
        + sum(3 if s.position else 2 for s in agreement.signatories)
        + len(agreement.minerals)
        + len(agreement.follows)
        + len(agreement.establishes)
        + sum(
            (s.party is not None)
            + (s.by is not None)
            + sum(len(c.citations) for c in (*s.dates, *s.scheduled))
            + len(s.citations)
            for s in agreement.stages
        )
        + sum(len(c.citations) for c in agreement.dates)
        + len(agreement.citations)
    )
    assert len(refs) == expected
    assert len({path for path, _ in refs}) == len(refs)


@given(agreements())
def test_date_is_none_exactly_when_no_claim_refines_all(agreement: Agreement) -> None:
    if agreement.disputed:
        assert agreement.date is None
    elif len(agreement.dates) == 1:
        assert agreement.date == agreement.dates[0].value
    if agreement.date is not None:
        assert agreement.date in [c.value for c in agreement.dates]


@given(signatories(), st.data())
def test_generated_signatories(signatory: Signatory, data: st.DataObject) -> None:
    assert hash(signatory) == hash(attrs.evolve(signatory))
    for path, ref in signatory.references():
        assert getattr(signatory, path) == ref
    person = data.draw(st.sampled_from(["person:a", "person:b-c"]))
    assert attrs.evolve(signatory, person=person).person == person
