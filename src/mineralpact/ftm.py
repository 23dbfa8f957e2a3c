"""FollowTheMoney entities of a dataset: parties, posts, agreements, events and sources.

`FollowTheMoney <https://followthemoney.tech/>`_ (FtM) is the data model of
Aleph and OpenSanctions, in which investigative teams exchange entities.
This module writes a :class:`~mineralpact.Dataset` as FtM entities, with
FtM's own schemata and property names, each built and cleaned by the
``followthemoney`` package itself. It needs the ``ftm`` extra
(``pip install "mineralpact[ftm]"``, on Python 3.11 or later, as
followthemoney 4 requires); without it, importing this module raises
:class:`~mineralpact.errors.MissingExtraError`.

>>> from mineralpact.bundled import korea_mongolia
>>> from mineralpact.ftm import entities
>>> found = {e["id"]: e for e in entities(korea_mongolia())}
>>> mou = found["mineralpact-agreement-kt-mn-mou-2023"]
>>> mou["schema"], mou["properties"]["contractDate"]
('Contract', ['2023-01-26'])
>>> sorted(mou["properties"]["authority"])
['mineralpact-org-kt', 'mineralpact-org-mn-government']

Every entity is a dict in FtM's form (``id``, ``schema``, ``properties``,
each property a list of strings), as ``ftm`` tools and Aleph read it, one
per line, from the file :func:`write` makes. The mapping (which record
becomes which schema, and which field which property) is the table in the
how-to *Export to FollowTheMoney*:

* an :class:`~mineralpact.Organisation` is a ``PublicBody`` (a government,
  ministry, agency or state-owned enterprise), a ``Company`` or an
  ``Organization``; a country that is a party, a member or an organiser
  (``country:mn``) is a ``PublicBody`` for its state, with its
  ``country`` and ``jurisdiction``, as OpenSanctions records governments;
* a :class:`~mineralpact.Person` is a ``Person``;
* a :class:`~mineralpact.Position` (a person holding a title in an
  organisation) is an ``Occupancy`` of a ``Position``, the post, which
  everyone holding the same title in the same organisation shares;
* an :class:`~mineralpact.Agreement` is a ``Contract`` whose ``authority``
  are its parties, and each signatory an ``UnknownLink`` to it (role
  ``signatory``);
* an :class:`~mineralpact.Event` and a :class:`~mineralpact.Milestone` are
  ``Event`` entities;
* a membership of an organisation is a ``Membership``;
* a :class:`~mineralpact.Source` is an ``Article``, and each record that
  cites it is linked to it by a ``Documentation`` (role ``citation``).

Every entity carries the URLs (``sourceUrl``) and publishers
(``publisher``) of the sources behind it. A date keeps its precision: FtM
dates are ISO 8601 prefixes, so ``2023``, ``2023-01`` and ``2023-01-26``
go in as they are, and no day is invented. A date FtM cannot hold as a
date (a deadline, an approximate or uncertain date, or a range where the
schema has no start and end) is not put in a date property; its EDTF text
is in the entity's ``notes``. Ids are the mineralpact ids in FtM's form,
``mineralpact-org-kt`` for ``org:kt``; the entities mineralpact has no
record for (posts, links, states) have ids made from the records they
come from, so that exporting the same data again gives the same ids.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from mineralpact._atomic import atomic_write
from mineralpact._ids import country_of
from mineralpact.agreements import Agreement
from mineralpact.dataset import Dataset
from mineralpact.dates import DateRange, PartialDate, TemporalValue
from mineralpact.errors import InvalidTypeError, MissingExtraError
from mineralpact.events import Event
from mineralpact.milestones import Milestone
from mineralpact.parties import Name, NameKind, Organisation, OrganisationKind, Person, Position
from mineralpact.sources import DateClaim, Source


def _missing_extra(version: tuple[int, ...]) -> MissingExtraError:
    """The error for a missing followthemoney, saying which Python the extra needs."""
    feature = "mineralpact.ftm"
    if version < (3, 11):
        feature += " (on Python 3.11 or later, which followthemoney 4 requires)"
    return MissingExtraError(feature, "ftm", "followthemoney")


try:
    from followthemoney import model
    from followthemoney.proxy import EntityProxy
    from followthemoney.util import make_entity_id
except ImportError as error:  # pragma: no cover - tested with the import made to fail
    raise _missing_extra(sys.version_info[:2]) from error

__all__ = ["FILE_NAME", "PREFIX", "entities", "entity_id", "write"]

_DATASET_EXPECTED = "a Dataset (mineralpact.Dataset(records))"

#: The prefix of every entity id: FtM ids are best unique across datasets.
PREFIX = "mineralpact"
#: The name of the file that ``mineralpact export --format ftm`` writes.
FILE_NAME = "entities.ftm.json"

_PUBLIC = frozenset(
    {
        OrganisationKind.GOVERNMENT,
        OrganisationKind.MINISTRY,
        OrganisationKind.AGENCY,
        OrganisationKind.STATE_OWNED_ENTERPRISE,
    }
)


def entity_id(record_id: str) -> str:
    """The FtM entity id of a mineralpact record id.

    FtM ids hold letters, digits, ``.`` and ``-``: the prefix's ``:`` becomes
    ``-`` and an ``_`` becomes ``--`` (a mineralpact id has no ``--``, so no
    two ids meet), all after :data:`PREFIX`.

    >>> entity_id("org:kt"), entity_id("agreement:kt-mn-mou-2023")
    ('mineralpact-org-kt', 'mineralpact-agreement-kt-mn-mou-2023')
    >>> entity_id("position:a_b"), entity_id("country:mn")
    ('mineralpact-position-a--b', 'mineralpact-country-mn')
    """
    if not isinstance(record_id, str):
        raise InvalidTypeError("ftm.entity_id record_id", record_id, "a record id such as 'org:kt'")
    prefix, _, rest = record_id.partition(":")
    return f"{PREFIX}-{prefix}-{rest.replace('_', '--')}"


def _derived_id(kind: str, *parts: str) -> str:
    """An id for an entity that no single record is: a hash of the records it comes from."""
    return f"{PREFIX}-{kind}-{make_entity_id(*parts)}"


def _words(value: str) -> str:
    return value.replace("_", " ")


def _note(proxy: EntityProxy, text: str | None) -> None:
    """Add a note: ``notes`` where the schema has it (a Thing), else ``description``."""
    proxy.add("notes" if "notes" in proxy.schema.properties else "description", text)


class _Builder:
    """Makes the entities of one dataset."""

    def __init__(self, data: Dataset) -> None:
        self.data = data
        self.sources = {r.id: r for r in data.records if isinstance(r, Source)}
        self.held = {r.id for r in data.records}
        self.states: dict[str, None] = {}  # the country ids met, in order

    def cited(self, record: Any) -> list[str]:
        """The ids of the sources behind a record, nested citations included, in order."""
        ids = dict.fromkeys(ref for _, ref in record.references() if ref.startswith("src:"))
        return [i for i in ids if i in self.sources]

    def make(self, schema: str, id: str, record: Any = None) -> EntityProxy:
        proxy = model.make_entity(schema)
        proxy.id = id
        if record is not None:
            for source_id in self.cited(record):
                source = self.sources[source_id]
                proxy.add("sourceUrl", source.url)
                proxy.add("publisher", source.publisher)
        return proxy

    def party(self, record_id: str) -> str | None:
        """The entity id of a party, noting a country met; None for one not exported."""
        if record_id.startswith("country:"):
            self.states.setdefault(record_id)
            return entity_id(record_id)
        return entity_id(record_id) if record_id in self.held else None


def _dates(
    proxy: EntityProxy,
    claims: Iterable[DateClaim | TemporalValue],
    exact: str,
    start: str | None = None,
    end: str | None = None,
) -> None:
    """Add each date to ``exact`` (or ``start``/``end`` for a range), the others to notes."""
    for claim in claims:
        value = claim.value if isinstance(claim, DateClaim) else claim
        if isinstance(value, PartialDate):
            proxy.add(exact, str(value))
        elif isinstance(value, DateRange) and start is not None and end is not None:
            proxy.add(start, None if value.start is None else str(value.start))
            proxy.add(end, None if value.end is None else str(value.end))
        else:
            _note(proxy, f"date as stated: {value}")


def _names(proxy: EntityProxy, names: tuple[Name, ...]) -> None:
    first, *others = names
    proxy.add("name", first.text)
    for name in others:
        if name.until is not None:
            proxy.add("previousName", name.text)
        elif name.kind is NameKind.ABBREVIATION:
            proxy.add("abbreviation", name.text)
        elif name.kind is NameKind.OFFICIAL and proxy.schema.name != "Person":
            proxy.add("name", name.text)
        else:
            proxy.add("alias", name.text)


def _identifiers(proxy: EntityProxy, record: Organisation | Person) -> None:
    for identifier in sorted(record.identifiers, key=str):
        scheme = identifier.scheme.value
        if scheme == "wikidata":
            proxy.add("wikidataId", identifier.value)
        elif scheme == "lei":
            proxy.add("leiCode", identifier.value)
        elif scheme == "url":
            proxy.add("website", identifier.value)
        else:
            proxy.add("idNumber", str(identifier))


def _source(b: _Builder, record: Source) -> EntityProxy:
    proxy = b.make("Article", entity_id(record.id))
    proxy.add("title", record.title)
    proxy.add("name", record.title)
    proxy.add("sourceUrl", record.url)
    proxy.add("publisher", record.publisher)
    proxy.add("author", list(record.authors))
    proxy.add("language", record.language)
    proxy.add("keywords", _words(record.kind.value))
    if record.published is not None:
        _dates(proxy, [record.published], "publishedAt")
    _note(proxy, record.notes)
    return proxy


def _organisation(b: _Builder, record: Organisation) -> Iterator[EntityProxy]:
    if record.kind in _PUBLIC:
        schema = "PublicBody"
    elif record.kind is OrganisationKind.COMPANY:
        schema = "Company"
    else:
        schema = "Organization"
    proxy = b.make(schema, entity_id(record.id), record)
    _names(proxy, record.names)
    proxy.add("classification", _words(record.kind.value))
    if record.jurisdiction is not None:
        proxy.add("jurisdiction", record.jurisdiction.alpha2)
        proxy.add("country", record.jurisdiction.alpha2)
    if record.parent is not None and record.parent in b.held:
        proxy.add("parent", entity_id(record.parent))
    _identifiers(proxy, record)
    _note(proxy, record.notes)
    yield proxy
    for index, membership in enumerate(record.members):
        member = b.party(membership.member)
        if member is None:  # pragma: no cover - a dataset holds it
            continue
        # Its place among the organisation's memberships: a member may join twice.
        link_id = _derived_id("membership", record.id, str(index), membership.member)
        link = b.make("Membership", link_id, membership)
        link.add("organization", proxy.id)
        link.add("member", member)
        if membership.since is not None:
            link.add("startDate", str(membership.since))
        if membership.until is not None:
            link.add("endDate", str(membership.until))
        yield link


def _person(b: _Builder, record: Person) -> EntityProxy:
    proxy = b.make("Person", entity_id(record.id), record)
    _names(proxy, record.names)
    if record.nationality is not None:
        proxy.add("nationality", record.nationality.alpha2)
    _identifiers(proxy, record)
    _note(proxy, record.notes)
    return proxy


def _position(b: _Builder, record: Position, posts: set[str]) -> Iterator[EntityProxy]:
    if record.person not in b.held or record.organisation not in b.held:  # pragma: no cover
        return  # a dataset holds both; kept for a dataset built without its checks
    organisation = b.data.get(record.organisation, Organisation)
    post_id = _derived_id("post", record.organisation, record.title)
    if post_id not in posts:
        posts.add(post_id)
        post = b.make("Position", post_id, record)
        post.add("name", f"{record.title}, {organisation.name.text}")
        post.add("organization", entity_id(record.organisation))
        if organisation.jurisdiction is not None:
            post.add("country", organisation.jurisdiction.alpha2)
        yield post
    occupancy = b.make("Occupancy", entity_id(record.id), record)
    occupancy.add("holder", entity_id(record.person))
    occupancy.add("post", post_id)
    occupancy.add("description", record.title)
    if record.since is not None:
        occupancy.add("startDate", str(record.since))
    if record.until is not None:
        occupancy.add("endDate", str(record.until))
    for claim in record.attested:
        # A day the post is known to have been held on, by its sources.
        if isinstance(claim.value, PartialDate):
            occupancy.add("date", str(claim.value))
    _note(occupancy, record.notes)
    yield occupancy


def _agreement(b: _Builder, record: Agreement) -> Iterator[EntityProxy]:
    proxy = b.make("Contract", entity_id(record.id), record)
    title = record.title or f"{_words(record.kind.value).capitalize()} ({record.id})"
    proxy.add("title", title)
    proxy.add("name", title)
    proxy.add("type", _words(record.kind.value))
    for party in sorted(record.parties):
        proxy.add("authority", b.party(party))
    _dates(proxy, record.dates, "contractDate")
    if record.place is not None:
        proxy.add("address", str(record.place))
        if record.place.country is not None:
            proxy.add("country", record.place.country.alpha2)
    for stage in record.stages:
        dates = ", ".join(str(claim.value) for claim in stage.dates)
        _note(proxy, f"stage: {_words(stage.kind.value)}" + (f" ({dates})" if dates else ""))
    proxy.add("keywords", sorted(record.minerals))
    _note(proxy, record.notes)
    yield proxy
    for index, signatory in enumerate(record.signatories):
        if signatory.person not in b.held:  # pragma: no cover - a dataset holds it
            continue
        # Its place among the signatories: one person may sign for two parties.
        link_id = _derived_id("signatory", record.id, str(index), signatory.person)
        link = b.make("UnknownLink", link_id, record)
        link.add("subject", entity_id(signatory.person))
        link.add("object", proxy.id)
        link.add("role", "signatory")
        link.add("summary", f"on behalf of {_party_name(b, signatory.on_behalf_of)}")
        yield link


def _party_name(b: _Builder, record_id: str) -> str:
    """The name of a party: a country's common name, a record's first name, else its id."""
    if record_id.startswith("country:"):
        return country_of(record_id).common_name
    record = b.data.get(record_id) if record_id in b.held else None
    return record.name.text if isinstance(record, (Organisation, Person)) else record_id


def _event(b: _Builder, record: Event) -> EntityProxy:
    proxy = b.make("Event", entity_id(record.id), record)
    proxy.add("name", record.title)
    proxy.add("keywords", _words(record.kind.value))
    _dates(proxy, record.dates, "date", "startDate", "endDate")
    if record.place is not None:
        proxy.add("location", str(record.place))
        if record.place.country is not None:
            proxy.add("country", record.place.country.alpha2)
    for organiser in sorted(record.organisers):
        proxy.add("organizer", b.party(organiser))
    for participant in record.participants:
        proxy.add("involved", b.party(participant.party))
    _note(proxy, record.notes)
    return proxy


def _milestone(b: _Builder, record: Milestone) -> EntityProxy:
    proxy = b.make("Event", entity_id(record.id), record)
    proxy.add("name", record.description)
    proxy.add("keywords", [_words(record.kind.value), _words(record.status.value)])
    # What happened, when; a planned date is not the date of an event.
    _dates(proxy, record.actual, "date", "startDate", "endDate")
    for claim in record.planned:
        _note(proxy, f"planned: {claim.value}")
    _note(proxy, record.notes)
    return proxy


def _state(country_id: str) -> EntityProxy:
    country = country_of(country_id)
    proxy = model.make_entity("PublicBody")
    proxy.id = entity_id(country_id)
    proxy.add("name", country.common_name)
    if country.name != country.common_name:
        proxy.add("alias", country.name)
    proxy.add("country", country.alpha2)
    proxy.add("jurisdiction", country.alpha2)
    proxy.add("classification", "state")
    return proxy


def _documentation(b: _Builder, record: Any, target: str) -> Iterator[EntityProxy]:
    for source_id in b.cited(record):
        source = b.sources[source_id]
        link = b.make("Documentation", _derived_id("documentation", source_id, record.id))
        link.add("document", entity_id(source_id))
        link.add("entity", target)
        link.add("role", "citation")
        link.add("sourceUrl", source.url)
        link.add("publisher", source.publisher)
        if isinstance(source.published, PartialDate):
            link.add("date", str(source.published))
        yield link


def _proxies(data: Dataset) -> Iterator[EntityProxy]:
    b = _Builder(data)
    posts: set[str] = set()
    for record in data.records:
        made: list[EntityProxy]
        if isinstance(record, Source):
            made = [_source(b, record)]
        elif isinstance(record, Organisation):
            made = list(_organisation(b, record))
        elif isinstance(record, Person):
            made = [_person(b, record)]
        elif isinstance(record, Position):
            made = list(_position(b, record, posts))
        elif isinstance(record, Agreement):
            made = list(_agreement(b, record))
        elif isinstance(record, Event):
            made = [_event(b, record)]
        elif isinstance(record, Milestone):
            made = [_milestone(b, record)]
        else:
            continue  # minerals, figures, projects, laws...: not FtM entities here
        yield from made
        if not isinstance(record, Source):
            yield from _documentation(b, record, entity_id(record.id))
    for country_id in b.states:
        yield _state(country_id)


def entities(data: Dataset) -> Iterator[dict[str, Any]]:
    """The FtM entities of ``data``, each a dict: ``id``, ``schema``, ``properties``.

    Records come in the dataset's order, each followed by the entities made
    from it (a post, a link, the ``Documentation`` of its sources); the
    states of the countries met come last. The ids are the same each time
    the same data is exported.

    >>> from mineralpact.bundled import korea_mongolia
    >>> people = [e for e in entities(korea_mongolia()) if e["schema"] == "Person"]
    >>> ku = next(p for p in people if p["id"] == "mineralpact-person-ku-hyeon-mo")
    >>> ku["properties"]["name"], ku["properties"]["nationality"]
    (['Ku Hyeon-mo'], ['kr'])
    """
    if not isinstance(data, Dataset):
        raise InvalidTypeError("ftm.entities data", data, _DATASET_EXPECTED)
    for proxy in _proxies(data):
        entity: dict[str, Any] = proxy.to_dict()
        yield {"id": entity["id"], "schema": entity["schema"], "properties": entity["properties"]}


def write(data: Dataset, path: str | os.PathLike[str]) -> Path:
    """Write the :func:`entities` of ``data`` to ``path`` as FtM JSON Lines; return the path.

    One entity per line, as ``ftm`` tools read them (``ftm validate``,
    ``ftm aggregate``) and Aleph loads them (``alephclient write-entities``).
    The file is written to a temporary file beside it that replaces it only
    when complete.

    >>> import json, pathlib, tempfile
    >>> from mineralpact.bundled import korea_mongolia
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> path = write(korea_mongolia(), folder / "entities.ftm.json")
    >>> first = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    >>> first["schema"]
    'Article'
    >>> import shutil; shutil.rmtree(folder)
    """
    import json

    if not isinstance(data, Dataset):
        raise InvalidTypeError("ftm.write data", data, _DATASET_EXPECTED)
    target = Path(path)
    with atomic_write(target) as out:
        for entity in entities(data):
            out.write(json.dumps(entity, ensure_ascii=False, sort_keys=True))
            out.write("\n")
    return target
