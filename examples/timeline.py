"""The whole Korea–Mongolia timeline, from the bundled dataset.

Every event, agreement and milestone in order of time, each date at the
precision its sources give, plans marked as such (a plan that later sources
revised shows once, at its latest date, with the earlier plans as of their
sources' dates), and disputed dates marked with the sources that give each
one. Run it with ``python examples/timeline.py``.
"""

from __future__ import annotations

from mineralpact import EntryKind
from mineralpact.bundled import korea_mongolia

MARKS = {EntryKind.PLANNED: "planned", EntryKind.ACTUAL: "happened"}


def main() -> None:
    data = korea_mongolia()
    entries = data.timeline()
    print(f"Korea–Mongolia cooperation on critical minerals: {len(entries)} dated facts")
    print()
    for entry in entries:
        mark = MARKS.get(entry.kind, entry.kind.value)
        dispute = "  << disputed" if entry.disputed else ""
        print(f"{entry.when!s:<11} {mark:<9} {entry.title}{dispute}")
        print(f"{'':<21} {', '.join(sorted(entry.sources))}")
        for plan in entry.history:
            print(f"{'':<21} earlier plan: {plan.value} as of {plan.as_of}")


if __name__ == "__main__":
    main()
