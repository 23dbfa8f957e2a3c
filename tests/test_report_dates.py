"""A report dated before what it reports as done.

A source cannot report as done what it dates after its own publication: that
is an error in the data. An announcement dated before what it reports as
done, dated by other statements, may come from the sources themselves (the
Seoul Economic Daily's "announced Wednesday", read as 10 December, of an
opening that happened on 12 December): it is a warning.
"""

from __future__ import annotations

import pytest

from mineralpact import (
    Citation,
    Dataset,
    DateClaim,
    Event,
    EventKind,
    InvalidDatasetError,
    Milestone,
    MilestoneKind,
    PartialDate,
    Project,
    Severity,
    Source,
    SourceKind,
)
from mineralpact.bundled import korea_mongolia
from mineralpact.dataset import Record

D = PartialDate


def _records(
    announced: PartialDate, kind: EventKind = EventKind.ANNOUNCEMENT
) -> tuple[Record, ...]:
    report = Source(
        id="src:report", title="A report", kind=SourceKind.NEWS_REPORT, published=D(2025, 12, 15)
    )
    release = Source(
        id="src:release",
        title="A release",
        kind=SourceKind.PRESS_RELEASE,
        published=D(2025, 12, 12),
    )
    centre = Project(id="project:centre", title="The centre", citations=(Citation("src:release"),))
    opening = Milestone(
        id="milestone:opening",
        subject="project:centre",
        kind=MilestoneKind.OPENING,
        description="The centre opens",
        actual=(DateClaim(D(2025, 12, 12), (Citation("src:release"),)),),
        citations=(Citation("src:release"),),
    )
    announcement = Event(
        id="event:announcement",
        kind=kind,
        title="The opening is announced",
        dates=(DateClaim(announced, (Citation("src:report", phrase="Wednesday"),)),),
        subjects=frozenset({"milestone:opening"}),
        citations=(Citation("src:report"),),
    )
    return (report, release, centre, opening, announcement)


def test_the_seoul_economic_dailys_announcement_precedes_the_opening_it_reports() -> None:
    (warning,) = [w for w in korea_mongolia().warnings if w.code == "reported-before-done"]
    assert warning.severity is Severity.WARNING
    assert warning.record == "event:kigam-centre-announcement-2025"
    assert warning.value == "2025-12-10?"
    assert "milestone:centre-opening" in warning.message
    assert "2025-12-12" in warning.message
    assert warning.path.endswith(".dates[0].value")


def test_an_announcement_before_what_it_reports_as_done_is_a_warning() -> None:
    data = Dataset(_records(D(2025, 12, 10)))  # a warning does not stop the dataset
    (warning,) = data.warnings
    assert (warning.code, warning.severity) == ("reported-before-done", Severity.WARNING)
    assert warning.path == "$.records[4].dates[0].value"
    assert warning.expected == "a date no earlier than 2025-12-12"
    assert "src:release" in warning.message


@pytest.mark.parametrize("announced", [D(2025, 12, 12), D(2025, 12), D(2025, 12, 14)])
def test_an_announcement_that_may_follow_the_event_is_not_warned_about(
    announced: PartialDate,
) -> None:
    assert Dataset.check(_records(announced)) == ()


def test_only_announcements_report_their_subjects_as_done() -> None:
    assert Dataset.check(_records(D(2025, 12, 10), EventKind.MEETING)) == ()


def test_a_source_that_reports_a_milestone_met_after_its_own_date_is_a_warning() -> None:
    records = list(_records(D(2025, 12, 12)))
    opening = records[3]
    assert isinstance(opening, Milestone)
    records[3] = Milestone(
        id=opening.id,
        subject=opening.subject,
        kind=opening.kind,
        description=opening.description,
        actual=(DateClaim(D(2025, 12, 20), (Citation("src:report"),)),),
        citations=opening.citations,
    )
    # The announcement of 12 December now also precedes the opening it reports.
    (problem,) = [w for w in Dataset(tuple(records)).warnings if w.path.startswith("$.records[3]")]
    assert (problem.code, problem.severity) == ("reported-before-done", Severity.WARNING)
    assert problem.path == "$.records[3].actual[0].value"
    assert "the milestone is dated after src:report" in problem.message


def test_a_source_that_reports_an_event_after_its_own_date_stays_an_error() -> None:
    records = list(_records(D(2025, 12, 16)))
    with pytest.raises(InvalidDatasetError) as caught:
        Dataset(tuple(records))
    (problem,) = caught.value.problems
    assert problem.code == "event-after-report"
