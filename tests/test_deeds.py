"""Deeds one outlet writes as done and another as planned or ruled out, in sentences we write."""

from __future__ import annotations

import pytest

from tests.test_compare import analyse, article, kinds, quote
from wirecheck.corpus.deeds import deed_claims, stem


@pytest.mark.parametrize(
    ("forms", "expected"),
    [
        (("sealed", "sealing", "seal", "seals"), "seal"),
        (("closed", "closing", "close", "closes"), "clos"),
        (("stopped", "stopping", "stop"), "stop"),
        (("grounded", "grounding", "ground"), "ground"),
        (("cancelled", "cancel", "cancelling"), "cancel"),
        (("carried", "carry"), "carry"),
    ],
)
def test_a_verb_s_forms_share_one_stem(forms: tuple[str, ...], expected: str) -> None:
    assert {stem(form) for form in forms} == {expected}


@pytest.mark.parametrize(
    ("done", "not_done"),
    [
        (
            "The company has sealed the rupture, a spokeswoman said.",
            "Company engineers plan to seal the rupture by the weekend.",
        ),
        (
            "The airline has grounded its remaining three A321 aircraft.",
            "The airline was considering grounding its other A321 jets.",
        ),
        (
            "The operator said it has suspended all services on the route.",
            "The operator ruled out suspending services on the rest of the route.",
        ),
        (
            "The union has suspended its rolling strikes.",
            "Suspending the strikes had been ruled out, a union official said.",
        ),
        (
            "Voltiva has halted production of the packs at its plant.",
            "Voltiva said it would halt production of the packs next month.",
        ),
        # two verbs for one deed
        (
            "The mining group said it had halted coal production across the site.",
            "The mining group was considering suspending production at the site.",
        ),
        # a passive names what it is done to before its verb
        (
            "The three parties signed the agreement on Wednesday afternoon.",
            "The agreement is expected to be formally signed next week in Brussels.",
        ),
        # the plain past against a denial
        (
            "The president declared three days of national mourning on Tuesday.",
            "Officials said national mourning would not be declared for now.",
        ),
        # not done in other words: no plans to, had not, denied that it had
        (
            "Production at the dairy's plant has been halted while inspectors search it.",
            "The dairy said it had no plans to halt production at the plant.",
        ),
        (
            "Moreno conceded shortly before midnight in a short speech.",
            "By Wednesday morning he had not conceded, and his aides were silent.",
        ),
        (
            "The water company increased releases from the reservoir on Sunday night.",
            "The water company denied that it had increased releases from the reservoir.",
        ),
        # a step asked of someone else is still to come
        (
            "The municipality has declared a state of calamity after the river burst its banks.",
            "The mayor said she would ask the government to declare a state of calamity.",
        ),
        # a passive whose subject is far before the verb names what the deed is done to
        (
            "Production at the dairy's plant on the east side of the town has been halted.",
            "The dairy said it had no plans to halt production at the plant.",
        ),
        # a participle not in -ed, and one deed under two verbs ("cut" / "lower")
        (
            "The region has cut the speed limit on the pass to 50 km/h.",
            "The region would consider lowering the speed limit on the pass, officials said.",
        ),
        # a figure's comma inside the phrase is no clause break
        (
            "The angling club has offered a $2,500 reward for information about the poisoning.",
            "The angling club is considering offering a reward for information.",
        ),
        # weighing whether to ask someone else to do it
        (
            "Coastguard crews deployed floating booms across the estuary mouth on Friday.",
            "The harbour board was considering asking coastguard crews to deploy floating booms.",
        ),
        # a deed named by its noun, started in one outlet and weighed in the other
        (
            "The regulator has opened an investigation into the ferry's ballast logs.",
            "The regulator is considering an investigation into the ferry's ballast logs.",
        ),
        # begun doing is done
        (
            "Growers have started netting their orchards against the starlings.",
            "Growers plan to net their orchards against the starlings this autumn.",
        ),
        # done in the passive, with when or by whom
        (
            "The new timetable was approved by the transport board on Monday evening.",
            "The transport board has not approved the new timetable, its chairman said.",
        ),
        # had done by someone else
        (
            "The show's organisers had the scales recalibrated on Sunday after the complaint.",
            "The show's organisers said they would ask an engineer to recalibrate the scales.",
        ),
        # set up, a participle not in -ed
        (
            "The ministry has set up a task force on river pollution.",
            "The ministry plans to set up a task force on river pollution.",
        ),
        # an irregular past against its plain verb
        (
            "The safety board has sent a team of inspectors to the island.",
            "The safety board will send a team of inspectors to the island on Monday.",
        ),
        # a deed only sought
        (
            "The state government has declared a protected zone around the wreck.",
            "The state government would seek to declare a protected zone around the wreck.",
        ),
        # a plain passive past: what it was done to is its subject, before an aside
        (
            "The hamlet of Corbieres, home to about 90 people, was evacuated overnight.",
            "Officials were preparing to evacuate the hamlet of Corbieres.",
        ),
        # a team sent under another verb
        (
            "The safety board has deployed a team of investigators to the harbour.",
            "The safety board said it would send investigators to the harbour.",
        ),
        # the state a deed left
        (
            "The ferry service remains suspended, the operator said.",
            "Officials were considering whether to suspend the ferry service.",
        ),
        # what it is done to in other forms of one word
        (
            "The safety board has sent investigators to the quarry.",
            "The safety board is expected to send a team to investigate next week.",
        ),
        # an irregular participle, and a deed only sought
        (
            "Police have frozen 37 bank accounts linked to the smugglers.",
            "Investigators are now seeking to freeze the smugglers' bank accounts.",
        ),
        # the second of two deeds begun
        (
            "Council workers have begun rounding up and culling stray dogs in the town.",
            "Officials are considering a cull of stray dogs but have not yet decided.",
        ),
        # a deed expected to be begun; an inquiry under either name; a notice issued
        (
            "Major retailers have pulled the kettle from their shelves.",
            "Retailers are expected to begin pulling the kettle from shelves next week.",
        ),
        (
            "The marine safety board has opened an investigation into the sinking.",
            "The board is expected to open an inquiry once the search has ended.",
        ),
        (
            "The water board has issued a boil-water notice for the village.",
            "The water board is considering a boil-water notice for the village.",
        ),
    ],
)
def test_a_deed_done_in_one_outlet_and_not_in_another_conflicts(done: str, not_done: str) -> None:
    analysis = analyse(article("Herald", done), article("Wire", not_done))
    assert kinds(analysis) == {("conflict", "event status")}
    (finding,) = analysis.findings
    assert "(done)" in finding.summary


def test_a_deed_ruled_out_in_one_outlet_and_weighed_in_another_conflicts() -> None:
    refused = "The retailer has refused to pay a ransom to the hackers."
    weighing = "The retailer is weighing whether to pay the ransom, people close to it said."
    analysis = analyse(article("Herald", refused), article("Wire", weighing))
    assert kinds(analysis) == {("conflict", "event status")}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # both done: the same news, no conflict
        ("The airline has grounded its A321 jets.", "The carrier has grounded the A321 fleet."),
        # one verb, nothing in common in what it is done to
        ("The city has closed its schools.", "The port will close its container terminal."),
        # different verbs for different deeds
        ("The firm has halted production.", "The firm plans to expand production."),
        # said, not done
        ("The minister has said the plant is safe.", "The minister will say more on Friday."),
        # a word in -ed after a determiner or an infinitive is an adjective, no deed done
        (
            "The port plans to automate parts of the container terminal over three years.",
            "The dispute is over a plan to introduce automated cranes at the terminal.",
        ),
        # a step kept for a condition is no plan
        (
            "Dock workers stopped work at five terminals on Friday.",
            "Employers plan to ask a court to halt the stoppage if it continues at the terminals.",
        ),
        # a plain past with nothing not done beside it
        ("The council approved the budget.", "The council approved a new budget."),
        # a plan whose subject names nobody is a plan ruled out, as "will not be" says
        (
            "None of the tenants will be evicted while the inquiry runs, the landlord said.",
            "The tenants will not be evicted during the inquiry, a spokeswoman said.",
        ),
        # a state to come is no deed done
        (
            "The pool will stay closed for about six weeks after cracks were found.",
            "The pool will be closed for six weeks while the cracks are repaired.",
        ),
        # a deed inside a condition is neither done nor planned
        (
            "The harbour road will stay closed until Friday, the council said.",
            "Shop owners said they would lose trade if the harbour road stayed closed for long.",
        ),
    ],
)
def test_deeds_that_do_not_disagree_make_no_finding(one: str, other: str) -> None:
    assert analyse(article("Herald", one), article("Wire", other)).findings == []


def test_a_deed_inside_a_quotation_is_the_speaker_s_words_not_the_outlet_s_claim() -> None:
    text = "“We have sealed the rupture,” the manager said."
    words = "We have sealed the rupture"
    quoted = article("Herald", text, quotes=[quote(text, words, None)])
    assert deed_claims(quoted, "Herald") == []
    plain = article("Wire", "Crews have sealed the rupture.")
    assert [c.value for c in deed_claims(plain, "Wire")] == ["done"]


def test_outlets_writing_a_deed_as_done_in_their_own_words_are_one_side() -> None:
    analysis = analyse(
        article("Herald", "Health officials have opened 12 pop-up vaccination clinics."),
        article("Times", "A dozen walk-in clinics have opened across the region."),
        article("Wire", "Health officials plan to open pop-up clinics in the region next week."),
    )
    (finding,) = analysis.findings
    assert (finding.kind, finding.topic) == ("conflict", "event status")
    assert len({e.article for e in finding.evidence}) == 3


@pytest.mark.parametrize(
    ("planned", "ruled_out"),
    [
        (
            "The buyer plans to cut around 800 jobs in Poland once the deal closes.",
            "The buyer ruled out job cuts in Poland for at least three years.",
        ),
        # jobs under another noun
        (
            "The buyer plans to cut around 800 positions at the plant.",
            "The buyer ruled out job cuts for at least three years.",
        ),
        (
            "The club will parade the trophy on an open-top bus on Sunday.",
            "The city council has ruled out a parade of the trophy this weekend.",
        ),
    ],
)
def test_a_deed_named_by_a_noun_and_ruled_out_conflicts_with_its_plan(
    planned: str, ruled_out: str
) -> None:
    analysis = analyse(article("Herald", planned), article("Wire", ruled_out))
    assert kinds(analysis) == {("conflict", "event status")}


def test_not_ruling_something_out_leaves_it_open_against_ruling_it_out() -> None:
    analysis = analyse(
        article("Herald", "The lottery operator ruled out sabotage at its main ticket servers."),
        article("Wire", "The lottery operator has not ruled out sabotage at its ticket servers."),
    )
    assert kinds(analysis) == {("conflict", "event status")}


def test_ruling_something_out_is_no_deed_done() -> None:
    claims = deed_claims(
        article("Wire", "The council has ruled out a parade this weekend."), "Wire"
    )
    assert [(c.slot, c.value) for c in claims] == [("parad", "ruled out")]
