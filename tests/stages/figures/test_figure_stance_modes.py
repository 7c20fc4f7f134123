"""A figure with no casualty measure takes the mode of its clause (issue 15,
``newsledger.stages.figures.figure_stance_modes``): a count someone asks for is requested, one
in the infinitive of a plan or an expectation is future, one under a modal is future, hypothetical
or uncertain as a quote's proposition would be; a count a noun's own clause describes, one set
against the clause, and a share of people saying something keep asserted."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_figure

LEAD = "The county budget was published this week.\n\n"

# (construction, text, the figure's value, its stance)
CASES = [
    # requested: the infinitive of a verb of request, the object of its preposition
    ("urged to spend", "The group has urged the council to spend $40 million on schools.", 40e6, "requested"),
    ("called for ... to be raised to", "The union called for the hourly wage to be raised to $18.", 18, "requested"),
    ("asked ... to accept", "The company asked workers to accept a 5 percent pay cut.", 5, "requested"),
    ("called for X, now Y, to be raised to",
     "The union has called for the state minimum wage, now $9 an hour, to be raised to $18 by 2030.", 18, "requested"),
    ("asked for", "The shelter asked for 40 volunteers to help at the weekend.", 40, "requested"),
    # future: a noun of plan, a verb of expectation
    ("plans to hire", "The firm announced plans to hire 400 workers next year.", 400, "future"),
    ("is expected to draw", "The fair is expected to draw 40,000 visitors this summer.", 40000, "future"),
    ("is slated to cost", "Over the next four years the program is slated to cost $20 billion less than was "
     "originally projected.", 20e9, "future"),
    # the modal on the count's verb
    ("will spend", "The mayor will spend $40 million on new roads next year.", 40e6, "future"),
    ("promised that ... would", "He promised that the mayor would cut the budget by $40 million.", 40e6, "future"),
    ("would, according to", "The council's plan would raise $40 million over a decade, according to the auditors.",
     40e6, "hypothetical"),
    ("could be", "Up to 40,000 tenants could be eligible for the rebate.", 40000, "uncertain"),
    ("will have spent", "By June the city will have spent $40 million on the bridge.", 40e6, "future"),
    ("said will have withdrawn", "The minister said the army will have withdrawn 4,000 troops by March.", 4000,
     "future"),
    ("would have spent", "Without the grant the city would have spent $40 million on the bridge.", 40e6, "hypothetical"),
    ("will ... if", "If the levy passes, the county will raise $40 million a year.", 40e6, "hypothetical"),
    # negative: what was so
    ("said was raised", "The union said the hourly wage was raised to $18 last year.", 18, "asserted"),
    ("drew", "The fair drew 40,000 visitors last summer.", 40000, "asserted"),
    ("now $9 an hour: the wage now", "The union has called for the state minimum wage, now $9 an hour, to be raised to $18 by 2030.",
     9, "asserted"),
    ("spent", "The mayor spent $40 million on new roads last year.", 40e6, "asserted"),
    # near misses: the count is not in the mode's clause
    ("urged: the persons urged", "The council urged 40 members to attend the hearing.", 40, "asserted"),
    ("request in a relative clause", "The group that urged the council to act has spent $40 million on schools.",
     40e6, "asserted"),
    ("a plan rejected", "The council rejected a plan to build 500 homes on the river.", 500, "asserted"),
    ("plan in a relative clause", "The firm, which plans to expand, hired 400 workers last year.", 400, "asserted"),
    ("share saying would", "Some 52 percent of voters said they would back the measure.", 52, "asserted"),
    ("versus, set against", "Some 52 percent of voters said they would back the measure, versus 41 percent against it.",
     41, "asserted"),
    ("described by its own clause", "Voters could pick from the 12 candidates running for the seat.", 12, "asserted"),
    ("may have, according to", "The fire may have destroyed 40 homes, according to the county.", 40, "uncertain"),
]


@pytest.mark.parametrize(("name", "text", "value", "stance"), CASES, ids=[c[0] for c in CASES])
def test_a_figure_takes_its_clauses_mode(name: str, text: str, value: float, stance: str) -> None:
    assert_first_figure(LEAD + text, value, "stance", stance, name)
