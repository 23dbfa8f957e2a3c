"""What the sources disagree on, from the bundled dataset.

For each disputed fact, the competing values, and for each value the sources
that give it with their words; then the plans that later sources revised,
which are not disagreements. Run it with ``python examples/disagreements.py``.
"""

from __future__ import annotations

from mineralpact import Milestone
from mineralpact.bundled import korea_mongolia


def main() -> None:
    data = korea_mongolia()
    found = data.disagreements()
    print(f"{len(found)} disagreement{'' if len(found) == 1 else 's'} between the sources")
    for disagreement in found:
        record = data.get(disagreement.subject)
        title = record.description if isinstance(record, Milestone) else disagreement.subject
        print()
        print(f"{title} ({disagreement.subject}), {disagreement.aspect} date:")
        for claim in disagreement.claims:
            print(f"  {claim.value}")
            for citation in claim.citations:
                words = f" as {citation.phrase!r}" if citation.phrase else ""
                quote = f': "{citation.quotation}"' if citation.quotation else ""
                print(f"    {citation.source}{words}{quote}")
    print()
    print("Plans revised by later sources (a revision, not a disagreement):")
    for milestone in data.of_type(Milestone):
        history = data.plan_history(milestone.id)
        if any(plan.superseded for plan in history):
            print(f"  {milestone.description} ({milestone.id}):")
            for plan in history:
                print(f"    {plan}")
    print()
    print("Kept beside the dataset as warnings (the sources may be wrong, not the data):")
    for problem in data.warnings:
        print(f"  {problem.record}: {problem.message}")


if __name__ == "__main__":
    main()
