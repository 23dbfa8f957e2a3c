"""Country and subdivision codes, and identifiers of parties.

Three small value types name who and where:

* :class:`Country`: an ISO 3166-1 country, held as its alpha-2 code;
* :class:`Subdivision`: an ISO 3166-2 subdivision such as a Mongolian
  province (``MN-071``);
* :class:`Identifier`: an identifier in an external register, a pair of an
  :class:`IdentifierScheme` (Wikidata, LEI, SEC CIK, URL) and a value.

Codes are checked against the ISO 3166 data that pycountry ships; pycountry is
loaded on first use, not when mineralpact is imported.

>>> Country.parse("Republic of Korea")
Country('KR')
>>> Subdivision.parse("MN-053").name
'Ömnögovĭ'
>>> Identifier.parse("sec_cik:892450")
Identifier(IdentifierScheme.SEC_CIK, '0000892450')
"""

from __future__ import annotations

import enum
import ipaddress
import re
import unicodedata
import urllib.parse
from collections.abc import Callable
from typing import Any

import attrs

from mineralpact._folding import fold_name_and_accents
from mineralpact._isocodes import lei_check_digits, lei_remainder, pycountry
from mineralpact._once import once
from mineralpact.errors import InvalidCodeError, InvalidTypeError

__all__ = [
    "Country",
    "Identifier",
    "IdentifierScheme",
    "Subdivision",
]

# Longest text that the parse functions look at. The longest name in ISO
# 3166-1 has 52 characters; anything far beyond is refused before any look-up.
_MAX_NAME_LENGTH = 200
# Longest URL accepted as an identifier (a common practical limit).
_MAX_URL_LENGTH = 2048
# Longest Wikidata id accepted: "Q" and up to 15 digits, far beyond the
# ids in use.
_MAX_QID_LENGTH = 16

_ALPHA2 = re.compile(r"[A-Z]{2}")
_SUBDIVISION_CODE = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")
_QID = re.compile(r"Q[1-9][0-9]*")
_LEI = re.compile(r"[0-9A-Z]{18}[0-9]{2}")
_CIK = re.compile(r"[0-9]{1,10}")
_HOST_LABEL = re.compile(r"[^\W_](?:[\w-]*[^\W_])?")
# Unicode categories refused anywhere in a URL: control, format (such as
# bidirectional overrides), surrogate and private-use characters, and
# separators.
_REFUSED_URL_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Zs", "Zl", "Zp"})

_COUNTRY_EXPECTED = "an ISO 3166-1 alpha-2 or alpha-3 code, numeric code or country name"

# Common English names of countries that pycountry's records (name,
# official_name, common_name) lack. Keep this table small: every entry is a
# name in everyday use in English-language news and reports, not a guess;
# ambiguous names (such as "Korea") stay out. Keys are written as
# people write them; look-ups compare them case- and accent-insensitively.
_EXTRA_COUNTRY_NAMES: dict[str, str] = {
    "Republic of Korea": "KR",
    "Russia": "RU",
    "Turkey": "TR",
    "Democratic Republic of the Congo": "CD",
    "DR Congo": "CD",
    "Republic of Congo": "CG",
    "Ivory Coast": "CI",
    "Brunei": "BN",
    "Cape Verde": "CV",
    "Burma": "MM",
    "Swaziland": "SZ",
    "Vatican City": "VA",
    "Palestine": "PS",
    "Micronesia": "FM",
    "East Timor": "TL",
    "Macau": "MO",
    # ISO 3166 keeps "UK" exceptionally reserved for the United Kingdom.
    "UK": "GB",
}


def _record_field(record: Any, field: str) -> str | None:
    """One field of a pycountry record, or ``None`` where the record has none.

    The fields are read from the record's items, not as attributes: some
    pycountry releases answer a missing ``official_name`` or ``common_name``
    attribute with the ``name`` and a UserWarning.
    """
    value = dict(record).get(field)
    return None if value is None else str(value)


@once
def _country_names() -> dict[str, str]:
    """Map folded country names (pycountry's and the extras) to alpha-2 codes.

    A folded name shared by two countries is left out rather than guessed.
    """
    found: dict[str, set[str]] = {}
    for record in pycountry().countries:
        for field in ("name", "official_name", "common_name"):
            name = _record_field(record, field)
            if name is not None:
                found.setdefault(fold_name_and_accents(name), set()).add(record.alpha_2)
    for name, alpha2 in _EXTRA_COUNTRY_NAMES.items():
        found.setdefault(fold_name_and_accents(name), set()).add(alpha2)
    return {name: next(iter(codes)) for name, codes in found.items() if len(codes) == 1}


def _country_record(alpha2: str) -> Any:
    return pycountry().countries.get(alpha_2=alpha2)


def _subdivision_record(code: str) -> Any:
    return pycountry().subdivisions.get(code=code)


def _fold_subdivision_name(text: str) -> str:
    # Hyphens and spaces are interchangeable in romanised names
    # ("Darhan-Uul", "Darhan uul").
    return " ".join(fold_name_and_accents(text).replace("-", " ").split())


# --- validators ---------------------------------------------------------------


def _require_str(what: str, value: object, expected: str) -> str:
    if not isinstance(value, str):
        raise InvalidTypeError(what, value, expected)
    return value


def _check_alpha2(_instance: object, _attribute: attrs.Attribute[str], value: str) -> None:
    text = _require_str("Country", value, "str")
    if not _ALPHA2.fullmatch(text) or _country_record(text) is None:
        raise InvalidCodeError(
            "Country", text, "an ISO 3166-1 alpha-2 code in upper case, such as 'KR'"
        )


def _check_subdivision_code(
    _instance: object, _attribute: attrs.Attribute[str], value: str
) -> None:
    text = _require_str("Subdivision", value, "str")
    if not _SUBDIVISION_CODE.fullmatch(text) or _subdivision_record(text) is None:
        raise InvalidCodeError(
            "Subdivision", text, "an ISO 3166-2 subdivision code in upper case, such as 'MN-071'"
        )


# --- Country ------------------------------------------------------------------


@attrs.frozen(order=True, repr=False)
class Country:
    """A country or territory of ISO 3166-1, held as its alpha-2 code.

    The constructor takes only the canonical form, an upper-case alpha-2 code
    that ISO 3166-1 assigns; :meth:`parse` also reads alpha-3 and numeric
    codes and names. ``str()`` gives the alpha-2 code, so
    ``Country.parse(str(c)) == c``. Countries sort by code.

    >>> korea = Country("KR")
    >>> korea
    Country('KR')
    >>> str(korea), korea.alpha3, korea.numeric
    ('KR', 'KOR', '410')
    >>> korea.name, korea.common_name
    ('Korea, Republic of', 'South Korea')
    >>> sorted([Country("MN"), korea])
    [Country('KR'), Country('MN')]
    >>> Country("XX")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidCodeError: invalid Country: 'XX'; expected an ISO 3166-1 alpha-2 ...
    """

    alpha2: str = attrs.field(validator=_check_alpha2)

    @classmethod
    def parse(cls, text: str) -> Country:
        """Read a country from a code or a name.

        Accepted, ignoring case and surrounding space: the alpha-2 code
        (``"KR"``, ``"kr"``), the alpha-3 code (``"KOR"``), the numeric code
        (``"410"``), and the names pycountry records (``name``,
        ``official_name``, ``common_name``: ``"Korea, Republic of"``,
        ``"South Korea"``). Names also match without accents
        (``"Turkiye"``), and a few common English names that pycountry lacks
        are known (``"Republic of Korea"``, ``"Russia"``, ``"Ivory Coast"``).
        Ambiguous names such as ``"Korea"`` are refused, not guessed.

        >>> Country.parse("KOR")
        Country('KR')
        >>> Country.parse("Korea, Republic of") == Country.parse("Republic of Korea")
        True
        >>> Country.parse("mongolia")
        Country('MN')
        >>> Country.parse("Korea")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        mineralpact.errors.InvalidCodeError: invalid Country: 'Korea'; expected an ISO 3166-1 ...

        Raises:
            InvalidTypeError: if ``text`` is not a str.
            InvalidCodeError: if ``text`` names no country.
        """
        _require_str("Country", text, "str")
        if len(text) > _MAX_NAME_LENGTH:
            raise InvalidCodeError(
                "Country",
                text,
                _COUNTRY_EXPECTED,
                reason=f"longer than {_MAX_NAME_LENGTH} characters",
            )
        cleaned = " ".join(text.split())
        if not cleaned:
            raise InvalidCodeError("Country", text, _COUNTRY_EXPECTED, reason="empty")
        try:
            alpha2: str = pycountry().countries.lookup(cleaned).alpha_2
        except LookupError:
            found = _country_names().get(fold_name_and_accents(cleaned))
            if found is None:
                raise InvalidCodeError("Country", text, _COUNTRY_EXPECTED) from None
            alpha2 = found
        return cls(alpha2)

    @property
    def _record(self) -> Any:
        return _country_record(self.alpha2)

    @property
    def alpha3(self) -> str:
        """The ISO 3166-1 alpha-3 code.

        >>> Country("MN").alpha3
        'MNG'
        """
        return str(self._record.alpha_3)

    @property
    def numeric(self) -> str:
        """The ISO 3166-1 numeric code: three digits, as a str to keep zeros.

        >>> Country("AF").numeric
        '004'
        """
        return str(self._record.numeric)

    @property
    def name(self) -> str:
        """The ISO 3166-1 short name, as pycountry records it.

        >>> Country("KR").name
        'Korea, Republic of'
        """
        return str(self._record.name)

    @property
    def official_name(self) -> str | None:
        """The official name, or ``None`` where pycountry records none.

        >>> Country("MN").official_name is None
        True
        >>> Country("CN").official_name
        "People's Republic of China"
        """
        return _record_field(self._record, "official_name")

    @property
    def common_name(self) -> str:
        """The name in common use, falling back to :attr:`name`.

        >>> Country("KR").common_name, Country("MN").common_name
        ('South Korea', 'Mongolia')
        """
        name = _record_field(self._record, "common_name")
        return self.name if name is None else name

    def __str__(self) -> str:
        return self.alpha2

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.alpha2!r})"


# --- Subdivision --------------------------------------------------------------


@attrs.frozen(order=True, repr=False)
class Subdivision:
    """A subdivision of a country in ISO 3166-2, held as its code.

    The constructor takes the upper-case code (``"MN-071"``); :meth:`parse`
    also accepts lower case; :meth:`lookup` finds a subdivision by name
    within a country. ``str()`` gives the code. Subdivisions sort by code.

    Names are pycountry's, which follow ISO 3166-2 romanisation and may
    differ from the spelling in a source: MN-071 is ``'Bayan-Ölgiy'`` there,
    where news texts write "Bayan-Ölgii" or "Bayan-Ulgii".

    >>> province = Subdivision("MN-071")
    >>> province
    Subdivision('MN-071')
    >>> province.name, province.type, province.country
    ('Bayan-Ölgiy', 'Province', Country('MN'))
    >>> Subdivision("MN-999")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidCodeError: invalid Subdivision: 'MN-999'; expected an ISO 3166-2 ...
    """

    code: str = attrs.field(validator=_check_subdivision_code)

    @classmethod
    def parse(cls, text: str) -> Subdivision:
        """Read a subdivision from its ISO 3166-2 code, ignoring case and surrounding space.

        >>> Subdivision.parse("mn-053")
        Subdivision('MN-053')

        Raises:
            InvalidTypeError: if ``text`` is not a str.
            InvalidCodeError: if ``text`` is not an ISO 3166-2 code.
        """
        _require_str("Subdivision", text, "str")
        # ASCII before the case is changed: "ſ".upper() is "S", "ı".upper() is "I".
        code = text.strip()
        code = code.upper() if code.isascii() else code
        if not _SUBDIVISION_CODE.fullmatch(code) or _subdivision_record(code) is None:
            raise InvalidCodeError(
                "Subdivision", text, "an ISO 3166-2 subdivision code, such as 'MN-071'"
            )
        return cls(code)

    @classmethod
    def lookup(cls, name: str, country: Country | str) -> Subdivision:
        """Find a subdivision of ``country`` by its ISO 3166-2 name.

        The name is compared ignoring case, accents, and the difference
        between hyphens and spaces; it must match the name pycountry records,
        not a variant spelling. ``country`` is a :class:`Country` or anything
        :meth:`Country.parse` reads.

        >>> Subdivision.lookup("Ömnögovi", Country("MN"))
        Subdivision('MN-053')
        >>> Subdivision.lookup("bayan-olgiy", "Mongolia")
        Subdivision('MN-071')
        >>> Subdivision.lookup("Bayan-Ulgii", "MN")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        mineralpact.errors.InvalidCodeError: invalid Subdivision: 'Bayan-Ulgii' (not a ...

        Raises:
            InvalidTypeError: if ``name`` is not a str, or ``country`` is
                neither a Country nor a str.
            InvalidCodeError: if ``country`` is unknown, or no subdivision or
                more than one subdivision of it has that name.
        """
        _require_str("Subdivision", name, "str")
        if isinstance(country, str):
            country = Country.parse(country)
        elif not isinstance(country, Country):
            raise InvalidTypeError("Country", country, "Country or str")
        expected = f"the ISO 3166-2 name of a subdivision of {country}, as pycountry records it"
        if len(name) > _MAX_NAME_LENGTH:
            raise InvalidCodeError(
                "Subdivision",
                name,
                expected,
                reason=f"longer than {_MAX_NAME_LENGTH} characters",
            )
        wanted = _fold_subdivision_name(name)
        records = pycountry().subdivisions.get(country_code=country.alpha2) or ()
        codes = sorted(
            record.code for record in records if _fold_subdivision_name(record.name) == wanted
        )
        if not codes:
            raise InvalidCodeError(
                "Subdivision", name, expected, reason=f"not a subdivision of {country}"
            )
        if len(codes) > 1:
            raise InvalidCodeError(
                "Subdivision",
                name,
                expected,
                reason=f"ambiguous: {', '.join(codes)} share this name; use the code",
            )
        return cls(codes[0])

    @property
    def _record(self) -> Any:
        return _subdivision_record(self.code)

    @property
    def country(self) -> Country:
        """The country the subdivision belongs to.

        >>> Subdivision("MN-053").country
        Country('MN')
        """
        return Country(self.code[:2])

    @property
    def name(self) -> str:
        """The subdivision's name, as pycountry records it.

        >>> Subdivision("MN-053").name
        'Ömnögovĭ'
        """
        return str(self._record.name)

    @property
    def type(self) -> str:
        """The kind of subdivision, as ISO 3166-2 names it.

        >>> Subdivision("MN-1").type
        'Capital city'
        """
        return str(self._record.type)

    @property
    def parent(self) -> Subdivision | None:
        """The subdivision this one lies in, or ``None`` for a top-level one.

        >>> Subdivision("AZ-ORD").parent
        Subdivision('AZ-NX')
        >>> Subdivision("MN-071").parent is None
        True
        """
        parent_code = self._record.parent_code
        return None if parent_code is None else Subdivision(str(parent_code))

    def __str__(self) -> str:
        return self.code

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r})"


# --- Identifier ---------------------------------------------------------------


class IdentifierScheme(enum.Enum):
    """The registers that an :class:`Identifier` can point into.

    The value is the lower-case name used in the text form
    ``"scheme:value"``.

    >>> IdentifierScheme("lei")
    <IdentifierScheme.LEI: 'lei'>
    >>> [scheme.value for scheme in IdentifierScheme]
    ['wikidata', 'lei', 'sec_cik', 'url']
    """

    #: A Wikidata item id: ``Q`` and digits (``Q884``).
    WIKIDATA = "wikidata"
    #: A Legal Entity Identifier (ISO 17442): 20 characters with check digits.
    LEI = "lei"
    #: A Central Index Key of the US SEC's EDGAR: ten digits, zero-padded.
    SEC_CIK = "sec_cik"
    #: A website or page: an absolute http or https URL.
    URL = "url"


_SCHEME_NAMES = "'wikidata', 'lei', 'sec_cik' or 'url'"


def to_scheme(scheme: IdentifierScheme | str) -> IdentifierScheme:
    """*scheme* as an :class:`IdentifierScheme`, from one or its value, or raise."""
    if isinstance(scheme, IdentifierScheme):
        return scheme
    if not isinstance(scheme, str):
        raise InvalidTypeError("identifier scheme", scheme, "IdentifierScheme or str")
    try:
        return IdentifierScheme(scheme)
    except ValueError:
        raise InvalidCodeError("identifier scheme", scheme, f"one of {_SCHEME_NAMES}") from None


def _wikidata_value(value: str) -> str:
    if len(value) > _MAX_QID_LENGTH or not _QID.fullmatch(value):
        raise InvalidCodeError(
            "Identifier",
            value,
            "a Wikidata item id: 'Q' then digits without a leading zero, such as 'Q884'",
        )
    return value


def _lei_value(value: str) -> str:
    expected = (
        "an ISO 17442 LEI: 18 upper-case letters or digits and 2 check digits, "
        "such as '5493001KJTIIGC8Y1R12'"
    )
    if not _LEI.fullmatch(value):
        raise InvalidCodeError("Identifier", value, expected)
    if lei_remainder(value) != 1:
        raise InvalidCodeError(
            "Identifier",
            value,
            expected,
            reason=f"check digits should be {lei_check_digits(value[:18])}",
        )
    return value


def _sec_cik_value(value: str) -> str:
    if not _CIK.fullmatch(value) or int(value) == 0:
        raise InvalidCodeError(
            "Identifier",
            value,
            "a SEC Central Index Key: 1 to 10 digits, not all zero, such as '0000892450'",
        )
    return value.zfill(10)


def _check_host(host: str) -> bool:
    if host.startswith("["):
        try:
            ipaddress.IPv6Address(host[1:-1])
        except ValueError:
            return False
        return host.endswith("]")
    labels = host[:-1].split(".") if host.endswith(".") else host.split(".")
    return all(_HOST_LABEL.fullmatch(label) for label in labels)


def _url_value(value: str) -> str:
    expected = "an absolute http or https URL with a host, such as 'https://example.org/page'"

    def refuse(reason: str) -> InvalidCodeError:
        return InvalidCodeError("Identifier", value, expected, reason=reason)

    if len(value) > _MAX_URL_LENGTH:
        raise refuse(f"longer than {_MAX_URL_LENGTH} characters")
    if any(ch.isspace() or unicodedata.category(ch) in _REFUSED_URL_CATEGORIES for ch in value):
        raise refuse("contains a space or a control character")
    try:
        parts = urllib.parse.urlsplit(value)
        parts.port  # noqa: B018 -- reading the port checks that it is a number in range
    except ValueError as exc:
        raise refuse(str(exc)) from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise refuse("not an http or https URL")
    # The host as written, without user information and port.
    host = parts.netloc.rpartition("@")[2]
    if host.startswith("["):
        inside, bracket, _port = host.partition("]")
        host = inside + bracket
    else:
        host = host.partition(":")[0]
    if not host or not _check_host(host):
        raise refuse("no valid host")
    return value


_VALUE_CHECKS: dict[IdentifierScheme, Callable[[str], str]] = {
    IdentifierScheme.WIKIDATA: _wikidata_value,
    IdentifierScheme.LEI: _lei_value,
    IdentifierScheme.SEC_CIK: _sec_cik_value,
    IdentifierScheme.URL: _url_value,
}


@attrs.frozen(init=False, repr=False)
class Identifier:
    """An identifier of a party or a document in an external register.

    A pair of a :class:`IdentifierScheme` and a value, checked on
    construction:

    * ``WIKIDATA``: a Wikidata item id, ``Q`` and digits (``"Q884"``);
    * ``LEI``: an ISO 17442 Legal Entity Identifier, 20 upper-case letters or
      digits whose last two are ISO 7064 MOD 97-10 check digits;
    * ``SEC_CIK``: a SEC Central Index Key of 1 to 10 digits, stored
      zero-padded to ten (``"892450"`` becomes ``"0000892450"``, the form
      EDGAR shows) so that the two spellings of one key are equal;
    * ``URL``: an absolute ``http`` or ``https`` URL with a host, without
      spaces or control characters, at most 2048 characters; kept as given.

    The scheme may be given as the enum member or its value (``"lei"``).
    ``str()`` gives ``"scheme:value"``, which :meth:`parse` reads back.

    >>> kt = Identifier(IdentifierScheme.SEC_CIK, "892450")
    >>> kt
    Identifier(IdentifierScheme.SEC_CIK, '0000892450')
    >>> str(kt)
    'sec_cik:0000892450'
    >>> Identifier("wikidata", "Q884") == Identifier.parse("wikidata:Q884")
    True
    >>> Identifier("lei", "5493001KJTIIGC8Y1R13")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidCodeError: invalid Identifier: '5493001KJTIIGC8Y1R13' (check ...
    """

    scheme: IdentifierScheme
    value: str

    def __init__(self, scheme: IdentifierScheme | str, value: str) -> None:
        checked_scheme = to_scheme(scheme)
        _require_str("Identifier", value, "str")
        self.__attrs_init__(checked_scheme, _VALUE_CHECKS[checked_scheme](value))

    @classmethod
    def parse(cls, text: str) -> Identifier:
        """Read an identifier from its text form ``"scheme:value"``.

        The text is split at the first colon; the scheme is read ignoring
        case, the value as for the constructor.

        >>> Identifier.parse("url:https://www.koreaherald.com/")
        Identifier(IdentifierScheme.URL, 'https://www.koreaherald.com/')
        >>> Identifier.parse("isin:US48268K1016")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        mineralpact.errors.InvalidCodeError: invalid identifier scheme: 'isin'; expected one of ...

        Raises:
            InvalidTypeError: if ``text`` is not a str.
            InvalidCodeError: if ``text`` has no colon, the scheme is unknown
                or the value is not valid for the scheme.
        """
        _require_str("Identifier", text, "str")
        if len(text) > _MAX_URL_LENGTH + 16:
            raise InvalidCodeError(
                "Identifier",
                text,
                "'scheme:value'",
                reason=f"longer than {_MAX_URL_LENGTH + 16} characters",
            )
        scheme, colon, value = text.strip().partition(":")
        if not colon:
            raise InvalidCodeError(
                "Identifier",
                text,
                f"'scheme:value' with scheme one of {_SCHEME_NAMES}",
                reason="no colon",
            )
        try:
            # ASCII before the case is changed: the Kelvin sign's lower case is "k".
            checked_scheme = IdentifierScheme(scheme.lower() if scheme.isascii() else scheme)
        except ValueError:
            raise InvalidCodeError("identifier scheme", scheme, f"one of {_SCHEME_NAMES}") from None
        return cls(checked_scheme, value)

    def __str__(self) -> str:
        return f"{self.scheme.value}:{self.value}"

    def __repr__(self) -> str:
        scheme = f"{type(self.scheme).__name__}.{self.scheme.name}"
        return f"{type(self).__name__}({scheme}, {self.value!r})"
