"""The EU's Critical Raw Materials Act: a law of a union of states, its stages and its lists.

Regulation (EU) 2024/1252 is issued by the European Union, not by a country.
It is dated 11 April 2024 in its title, published in the Official Journal on
3 May 2024 and in force on 23 May 2024. Its Annex I lists the strategic raw
materials, a tier within the critical raw materials of Annex II; some
entries name a grade ("lithium (battery grade)") or a named part of a group
(the rare earth elements for permanent magnets: Nd, Pr, Tb, Dy, Gd, Sm, Ce).

What the sources at hand allow, and what they do not:

- The date in the title, 11 April 2024, is the day the Regulation was
  signed (acts of the European Parliament and of the Council bear the date
  of their signature): it is stated as a ``SIGNED`` stage. The Council's
  adoption, on 18 March 2024, is an ``ADOPTED`` stage by the Council. No
  source at hand dates the Parliament's vote, so it is left out.
- The entry into force on 23 May 2024 is cited to the Commission, Linklaters
  and a law firm that states the rule (the twentieth day after publication);
  the Regulation's own article on it was not found. EuChemS's magazine says
  26 May: the two dates are kept as claims that disagree. EuChemS writes no
  year; 2024 is the year of the act it writes of.
- The annexes are quoted in German, an equally authentic language version,
  as a public reproduction of the Regulation gives them: the adopted English
  wording of the annexes was not found, so no English annex wording is
  quoted. The records give English names. Only some entries are stated, so
  both lists are marked partial (``complete=False``). Annex II's heavy and
  light rare earths are not stated: no source at hand says which elements
  each holds.
- No source at hand states the EU's member states, so the EU is recorded
  without members.
"""

from __future__ import annotations

from _common import cite, claim, heading, show, show_timeline

from mineralpact import (
    Citation,
    Dataset,
    DateClaim,
    Law,
    LawKind,
    MineralForm,
    MineralList,
    Name,
    NameKind,
    Organisation,
    OrganisationKind,
    PartialDate,
    Source,
    SourceKind,
    Stage,
    StageKind,
    minerals,
)

EU, COUNCIL = "org:eu", "org:eu-council"
CRMA = "law:eu-crma-2024"
STRATEGIC, CRITICAL = "list:eu-strategic-raw-materials-2024", "list:eu-critical-raw-materials-2024"
MAGNET_REES = frozenset(f"element:{s}" for s in ("nd", "pr", "tb", "dy", "gd", "sm", "ce"))

_SUPPLIED = "The title is supplied from the page's address."

EUR_LEX = Source(
    id="src:eur-lex-2024-1252",
    title="Regulation (EU) 2024/1252 (consolidated text 02024R1252, 03.05.2024)",
    kind=SourceKind.REFERENCE,
    publisher="Publications Office of the European Union (EUR-Lex)",
    url="https://eur-lex.europa.eu/eli/reg/2024/1252/2024-05-03",
    published=PartialDate(2024, 5, 3),
    notes="The date is that of the consolidated version: 02024R1252 — EN — 03.05.2024.",
)
URIA = Source(
    id="src:uria-2024-05-09",
    title="Public law newsletter",
    kind=SourceKind.WEB_PAGE,
    publisher="Uría Menéndez",
    url="https://www.uria.com/en/publicaciones/newsletter/1792-public-law",
    published=PartialDate(2024, 5, 9),
)
COMMISSION = Source(
    id="src:ec-luxembourg-2024-05-23",
    title="EU secures access to diversified, affordable and sustainable supply of critical raw materials",  # noqa: E501
    kind=SourceKind.PRESS_RELEASE,
    publisher="European Commission, Representation in Luxembourg",
    url="https://luxembourg.representation.ec.europa.eu/actualites-et-evenements/actualites/eu-secures-access-diversified-affordable-and-sustainable-supply-critical-raw-materials-2024-05-23_en?prefLang=lt",
    published=PartialDate(2024, 5, 23),
)
LINKLATERS = Source(
    id="src:linklaters-2024-05-24",
    title="EU Critical Raw Materials Act comes into force",
    kind=SourceKind.WEB_PAGE,
    publisher="Linklaters",
    url="https://www.linklaters.com/en/knowledge/publications/alerts-newsletters-and-guides/2024/may/24/eu-critical-raw-materials-act-comes-into-force",
    published=PartialDate(2024, 5, 24),
    notes="The publication date is read from the URL.",
)
NICOLA_BERNARD = Source(
    id="src:nicola-bernard-crma",
    title="Critical Raw Materials Act (CRMA) has entered into force",
    kind=SourceKind.WEB_PAGE,
    publisher="Nicola Bernard",
    url="https://nicola-bernard.de/en/critical-raw-materials-act-crma-has-entered-into-force/",
    notes="No publication date is given; the page cites DIHK and EUR-Lex.",
)
EUCHEMS = Source(
    id="src:euchems-crma",
    title="CRMA",
    kind=SourceKind.NEWS_REPORT,
    publisher="EuChemS Magazine",
    url="https://www.magazine.euchems.eu/crma/",
    notes=f"No publication date is given. {_SUPPLIED}",
)
LICORNE = Source(
    id="src:licorne-council-approval",
    title="Council gives its final approval on the Critical Raw Materials Act",
    kind=SourceKind.WEB_PAGE,
    publisher="LICORNE project",
    url="https://www.licorne-project.eu/news/council-gives-its-final-approval-on-the-critical-raw-materials-act/",
    notes=f"No publication date is given. {_SUPPLIED}",
)
_GERMAN_TEXT = (
    "The German language version of Regulation (EU) 2024/1252, equally authentic, as "
    f"gesetze.legal reproduces it. {_SUPPLIED}"
)
ANNEX_I = Source(
    id="src:gesetze-legal-2024-1252-annex-i",
    title="[VO (EU) 2024/1252, Anhang I]",
    kind=SourceKind.REFERENCE,
    publisher="gesetze.legal",
    url="https://gesetze.legal/eu/vo_eu_2024_1252/anhang_i",
    language="de",
    notes=_GERMAN_TEXT,
)
ANNEX_II = Source(
    id="src:gesetze-legal-2024-1252-annex-ii",
    title="[VO (EU) 2024/1252, Anhang II]",
    kind=SourceKind.REFERENCE,
    publisher="gesetze.legal",
    url="https://gesetze.legal/eu/vo_eu_2024_1252/anhang_ii",
    language="de",
    notes=_GERMAN_TEXT,
)
SOURCES = (
    EUR_LEX,
    URIA,
    COMMISSION,
    LINKLATERS,
    NICOLA_BERNARD,
    EUCHEMS,
    LICORNE,
    ANNEX_I,
    ANNEX_II,
)

#: The quotations that state more than one fact, each copied as its source writes it.
TITLE_QUOTE = (
    "REGULATION (EU) 2024/1252 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL of 11 April 2024 "
    "establishing a framework for ensuring a secure and sustainable supply of critical raw "
    "materials"
)
COUNCIL_QUOTE = "was adopted by the Council one year later, on 18 March 2024"
OJ_QUOTE = "(OJ L 1252 3.5.2024, p. 1)"
RULE_QUOTE = (
    "The regulation came into force on the twentieth day after publication in the Official "
    "Journal of the EU, on 23 May 2024."
)
URIA_QUOTE = (
    "Regulation (EU) 2024/1252 of 11 April 2024, establishing a framework for ensuring a "
    "secure and sustainable supply of critical raw materials was published on 3 May 2024."
)
COMMISSION_QUOTE = "Today marks the entry into force of the European Critical Raw Materials Act"
LINKLATERS_QUOTE = "The Critical Raw Materials Act (“CRMA”) entered into force on 23 May 2024."
EUCHEMS_QUOTE = "On 26 May, the European Critical Raw Materials Act (CRMA) entered into force."
MAGNETS_QUOTE = "Seltenerdmetalle für Dauermagnete (Nd, Pr, Tb, Dy, Gd, Sm und Ce)"

TITLE = (
    "Regulation (EU) 2024/1252 of the European Parliament and of the Council of 11 April 2024 "
    "establishing a framework for ensuring a secure and sustainable supply of critical raw "
    "materials and amending Regulations (EU) No 168/2013, (EU) 2018/858, (EU) 2018/1724 and "
    "(EU) 2019/1020"
)


def on(day: PartialDate, *citations: Citation) -> DateClaim:
    """The date ``day``, as ``citations`` state it."""
    return DateClaim(day, citations)


def _parties() -> list[Organisation]:
    return [
        Organisation(
            id=EU,
            names=(
                Name("European Union"),
                Name(
                    "EU", kind=NameKind.ABBREVIATION, citations=(cite(NICOLA_BERNARD, RULE_QUOTE),)
                ),
            ),
            kind=OrganisationKind.SUPRANATIONAL_UNION,
            citations=(cite(EUR_LEX, TITLE_QUOTE),),
            notes="No source at hand states its member states.",
        ),
        Organisation(
            id=COUNCIL,
            names=(Name("Council of the European Union"),),
            kind=OrganisationKind.OTHER,
            parent=EU,
            citations=(cite(LICORNE, COUNCIL_QUOTE),),
        ),
    ]


def _law() -> Law:
    title = cite(EUR_LEX, TITLE_QUOTE)
    published = (cite(EUR_LEX, OJ_QUOTE), *claim(URIA, "3 May 2024", URIA_QUOTE).citations)
    in_force = (
        *claim(COMMISSION, "Today", COMMISSION_QUOTE).citations,
        *claim(LINKLATERS, "23 May 2024", LINKLATERS_QUOTE).citations,
        cite(NICOLA_BERNARD, RULE_QUOTE),
    )
    return Law(
        id=CRMA,
        kind=LawKind.REGULATION,
        title=TITLE,
        designation="Regulation (EU) 2024/1252",
        issuer=EU,
        jurisdiction=EU,
        minerals=frozenset({STRATEGIC, CRITICAL}),
        stages=(
            Stage(
                kind=StageKind.ADOPTED,
                by=COUNCIL,
                dates=(on(PartialDate(2024, 3, 18), cite(LICORNE, COUNCIL_QUOTE)),),
            ),
            Stage(kind=StageKind.SIGNED, dates=(on(PartialDate(2024, 4, 11), title),)),
            Stage(kind=StageKind.PUBLISHED, dates=(on(PartialDate(2024, 5, 3), *published),)),
            Stage(
                kind=StageKind.IN_FORCE,
                dates=(
                    on(PartialDate(2024, 5, 23), *in_force),
                    on(PartialDate(2024, 5, 26), cite(EUCHEMS, EUCHEMS_QUOTE)),
                ),
            ),
        ),
        citations=(title,),
        notes=(
            "It entered into force on the twentieth day after its publication in the Official "
            "Journal, as Nicola Bernard states; the Regulation's own article was not found."
        ),
    )


def _forms() -> list[MineralForm]:
    def battery_grade(of: str, name: str, *quoted: Citation) -> MineralForm:
        return MineralForm(
            id=f"form:{name}-battery-grade",
            name=f"{name} (battery grade)",
            of=of,
            qualifier="battery grade",
            citations=quoted,
        )

    nickel = "Nickel — Batteriequalität"
    return [
        battery_grade("element:li", "lithium", cite(ANNEX_I, "Lithium — Batteriequalität")),
        battery_grade("element:ni", "nickel", cite(ANNEX_I, nickel), cite(ANNEX_II, nickel)),
        MineralForm(
            id="form:ree-for-permanent-magnets",
            name="rare earth elements for permanent magnets",
            of="group:ree",
            qualifier="for permanent magnets",
            only=MAGNET_REES,
            citations=(cite(ANNEX_I, MAGNETS_QUOTE),),
        ),
    ]


#: The entries stated here, in the annexes' order, each with the German words that state it.
STRATEGIC_ENTRIES = {
    "element:co": "Kobalt",
    "element:cu": "Kupfer",
    "form:lithium-battery-grade": "Lithium — Batteriequalität",
    "form:nickel-battery-grade": "Nickel — Batteriequalität",
    "form:ree-for-permanent-magnets": MAGNETS_QUOTE,
}
CRITICAL_ENTRIES = {
    "element:co": "Kobalt",
    "element:cu": "Kupfer",
    "element:li": "Lithium",
    "form:nickel-battery-grade": "Nickel — Batteriequalität",
}


def _annex(
    list_id: str,
    title: str,
    annex: Source,
    lead: str,
    entries: dict[str, str],
    *,
    within: str | None = None,
) -> MineralList:
    """An annex's list, stated in part: the ``entries`` its German text gives, after ``lead``."""
    return MineralList(
        id=list_id,
        title=title,
        issuer=EU,
        jurisdiction=EU,
        published=PartialDate(2024, 5, 3),
        entries=tuple(entries),
        complete=False,
        citations=(
            cite(annex, lead),
            *(cite(annex, words) for words in entries.values()),
            cite(EUR_LEX, OJ_QUOTE),
        ),
        within=within,
        notes=f"Stated in part: {len(entries)} of its entries.",
    )


def _lists() -> list[MineralList]:
    return [
        _annex(
            CRITICAL,
            "Critical raw materials (Regulation (EU) 2024/1252, Annex II)",
            ANNEX_II,
            "Die folgenden Rohstoffe gelten als kritisch:",
            CRITICAL_ENTRIES,
        ),
        _annex(
            STRATEGIC,
            "Strategic raw materials (Regulation (EU) 2024/1252, Annex I)",
            ANNEX_I,
            "Die folgenden Rohstoffe gelten als strategisch:",
            STRATEGIC_ENTRIES,
            within=CRITICAL,
        ),
    ]


def build() -> Dataset:
    """What the sources state of the Critical Raw Materials Act."""
    return Dataset((*SOURCES, *_parties(), _law(), *_forms(), *_lists()))


#: The days the status is printed for: before, between and after the stages, and in the dispute.
DAYS = tuple(
    PartialDate.parse(day)
    for day in ("2024-03-01", "2024-04-01", "2024-04-20", "2024-05-10", "2024-05-24", "2024-06-01")
)
#: The minerals the query is shown for.
QUERIED = ("Nd", "La", "Li", "Ni")


def main() -> None:
    """Print the facts, the law's stages and status, its lists, a mineral query, the dispute."""
    data = build()
    show(data)
    law = data.get(CRMA, Law)
    heading(f"{law.designation}, its stages:")
    for stage in law.stages:
        by = f" by {stage.by}" if stage.by else ""
        dates = " or ".join(f"{c.value} ({', '.join(sorted(c.sources))})" for c in stage.dates)
        print(f"  {stage.kind.value}{by}: {dates}{'  [disputed]' if stage.disputed else ''}")
    heading("Its status on each day:")
    for day in DAYS:
        print(f"  {day}: {law.status_on(day).value}")
    show_timeline(data)
    heading("Its lists and their tiers:")
    for annex in data.of_type(MineralList):
        tier = f", within {annex.within}" if annex.within else ""
        print(f"  {annex.id} ({'complete' if annex.complete else 'partial'}{tier}):")
        for entry in annex.entries:
            form = data.get(entry) if entry.startswith("form:") else None
            name = form.name if isinstance(form, MineralForm) else minerals.element(entry).name
            print(f"      {name} ({entry})")
    heading("What a mineral query finds:")
    for mineral in QUERIED:
        found = [r.id for r in data.query(mineral=mineral)]
        print(f"  {mineral}: {', '.join(found) or 'nothing'}")
    magnets = sorted(data.elements_of("form:ree-for-permanent-magnets"))
    print(f"  The magnets entry stands for {', '.join(magnets)}: not element:la.")
    heading("Where the sources disagree:")
    for disagreement in data.disagreements():
        print(f"  {disagreement}")


if __name__ == "__main__":
    main()
