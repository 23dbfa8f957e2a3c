"""A date claim's reason: a source's explanation of a date that differs from another's.

The ratification bill of the US–Ukraine agreement was registered in the
Verkhovna Rada on 1 May 2025 by one report and submitted on 2 May by another;
a third explains why: "Formally, it was done at 23:59 on May 1, but in fact it
was already on the night of May 2." The reason is kept with the claim, read
and written as JSON (absent when there is none), validated as one line of
text, and shown with the disagreement and by the command line.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given

from mineralpact import (
    Citation,
    Dataset,
    DateClaim,
    Event,
    EventKind,
    InvalidValueError,
    PartialDate,
    Source,
    SourceKind,
    dumps,
    loads,
)
from mineralpact.cli import main
from mineralpact.strategies import date_claims

REASON = "formally registered at 23:59 on May 1, in fact on the night of May 2"


def _bill() -> Event:
    return Event(
        id="event:ua-us-fund-bill-registered",
        kind=EventKind.OTHER,
        title="Ratification bill registered in the Verkhovna Rada",
        dates=(
            DateClaim(
                PartialDate(2025, 5, 1),
                (
                    Citation("src:interfax", quotation="was registered in the Verkhovna Rada"),
                    Citation(
                        "src:unn",
                        quotation="Formally, it was done at 23:59 on May 1",
                        phrase="May 1",
                    ),
                ),
                reason=REASON,
            ),
            DateClaim(PartialDate(2025, 5, 2), (Citation("src:up", phrase=None),)),
        ),
        citations=(Citation("src:interfax"),),
    )


def _data(event: Event) -> Dataset:
    """The event, with a source record for each source it cites."""
    cited = {c.source for claim in event.dates for c in claim.citations} | {
        c.source for c in event.citations
    }
    sources = [Source(id=s, title=s, kind=SourceKind.NEWS_REPORT) for s in sorted(cited)]
    return Dataset((*sources, event))


def test_a_claim_without_a_reason_has_none_and_writes_no_key() -> None:
    claim = DateClaim(PartialDate(2025, 5, 2), (Citation("src:up"),))
    assert claim.reason is None
    text = dumps(_data(attrs.evolve(_bill(), dates=(claim,))))
    assert '"reason"' not in text


def test_a_reason_round_trips_through_json_exactly() -> None:
    data = _data(_bill())
    text = dumps(data)
    assert f'"reason":"{REASON}"' in text
    assert loads(text) == data
    assert loads(text).get("event:ua-us-fund-bill-registered", Event).dates[0].reason == REASON


@pytest.mark.parametrize("bad", ["", "   ", "two\nlines", "a\u202eb", "x" * 301])
def test_a_bad_reason_is_refused_with_its_path(bad: str) -> None:
    with pytest.raises(InvalidValueError, match=r"DateClaim\.reason"):
        DateClaim(PartialDate(2025, 5, 1), (Citation("src:a"),), reason=bad)


def test_a_bad_reason_in_a_file_is_refused_with_its_path() -> None:
    text = dumps(_data(_bill())).replace(REASON, " ")
    with pytest.raises(Exception, match=r"dates\[0\]\.reason|reason"):
        loads(text)


def test_the_disagreement_carries_the_reason_and_says_it() -> None:
    (disagreement,) = _data(_bill()).disagreements()
    assert [c.reason for c in disagreement.claims] == [REASON, None]
    assert str(disagreement) == (
        "event:ua-us-fund-bill-registered date: "
        f"2025-05-01 (src:interfax, src:unn; reason: {REASON}); 2025-05-02 (src:up)"
    )


def _cli(*args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert main(list(args), stdout=out, stderr=err) == 0, err.getvalue()
    return out.getvalue()


def test_the_command_line_shows_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "bill.json"
    path.write_text(dumps(_data(_bill())), encoding="utf-8")
    shown = _cli("show", "event:ua-us-fund-bill-registered", "--data", str(path))
    assert REASON in shown
    listed = _cli("disagreements", "--data", str(path))
    assert f"  2025-05-01\n    reason: {REASON}\n" in listed
    view = json.loads(_cli("disagreements", "--data", str(path), "--format", "json"))
    (bill,) = [
        d for d in view["disagreements"] if d["subject"] == "event:ua-us-fund-bill-registered"
    ]
    assert [c.get("reason") for c in bill["claims"]] == [REASON, None]


@given(date_claims())
def test_every_generated_claim_round_trips_with_or_without_a_reason(claim: DateClaim) -> None:
    event = attrs.evolve(_bill(), dates=(claim,))
    assert loads(dumps(_data(event))) == _data(event)
