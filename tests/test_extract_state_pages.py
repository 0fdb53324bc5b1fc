"""Extraction on one state's pages — its spending, its aid, its ministers — from the hundred-and-ninety-first fresh list on
(``benchmarks/corpus``).

Each test is written on sentences of its own, in the shape the list's pages took, and failed on the code before its fix.
The lists before it are tested in ``test_extract_unseen.py`` and ``test_extract_offices_changed.py``.
"""

from .test_extract import seeds_with
from .test_extract_unseen import _claims, _found, _roles

MOLDAVIA = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("romania", "country", "Romania"),
                      roles=("president", "prime-minister", "defence-minister", "foreign-minister", "spokesperson",
                             "secretary-general"))


# --- the hundred-and-ninety-first fresh list: Romania's defence spending and its Patriot for Ukraine ----------------------

def test_we_who_moved_to_a_share_in_a_quotation_are_the_speakers_state_not_an_alliance_the_quotation_names():
    text = ("President Ionescu: we stay at 2.5pct\n\nBucharest, July 11 – Romania is well prepared, President Andrei Ionescu said "
            "on Tuesday.\n\n“We are improving our bases, and I mean the large bases that are relevant for NATO. All this is possible "
            "because we have allocated 2pct of the GDP for defence since 2016, and starting this year we have moved to 2.5pct of "
            "the GDP and we will stay like that,” said the head of state.")
    targets = _found(text, "target", "2023-07-11", MOLDAVIA)
    assert ("nato", "2.5", None) not in targets, targets  # (the alliance only named on the way)
    assert ("nato", "2", None) not in targets, targets  # (a level kept since a year gone is no goal)
    assert ("romania", "2.5", None) in targets, targets


def test_a_share_that_should_be_no_ceiling_but_the_starting_point_is_the_alliances_guideline():
    text = ("President Ionescu at the summit\n\nRomania moved to 2.5 percent of GDP for defence this year, President Andrei "
            "Ionescu said in Vilnius, where he attends the NATO summit.\n\nAccording to him, 2pct of the GDP for defence should not "
            "be the ceiling, but should be the starting point when talking about budgets.")
    assert ("nato", "2", None) in _found(text, "target", "2023-07-11", MOLDAVIA)


def test_what_is_stated_after_a_place_and_a_clause_of_what_happens_there_is_a_claim():
    text = ("Ionescu in Vilnius\n\nRomania is well prepared, President Andrei Ionescu stated on Tuesday.\n\nHe stated, in Vilnius, "
            "where he is attending the NATO Summit on Tuesday, Wednesday, that it is possible that the allocation for defence "
            "will grow even more.")
    claims = _claims(text, "2023-07-11", MOLDAVIA)
    assert any(who == "andrei-ionescu" and said.startswith("it is possible that the allocation") for who, said in claims), claims


def test_a_quotation_that_only_thanks_is_no_claim_and_a_call_on_foreign_partners_is_one():
    text = ("Bucharest signs decree on its Patriot\n\nPresident Andrei Ionescu signed the decree on Thursday.\n\n"
            "“Thank you for the Patriot,” said Mykola Bondar, the head of Ukraine's presidential office.\n\n"
            "The move came days after former Foreign Minister Petro Savchuk urged foreign partners not to delay and provide "
            "Kyiv with the promised air defence systems.")
    claims = _claims(text, "2024-09-05", MOLDAVIA)
    assert not any(who == "mykola-bondar" for who, _ in claims), claims
    assert any(who == "petro-savchuk" and "not to delay" in said for who, said in claims), claims


def test_a_name_then_a_spokesman_for_a_states_ministry_with_an_article_holds_the_office():
    text = ("Patriot arrives in Ukraine\n\nA Patriot air defence system donated by Romania has arrived in Ukraine.\n\n"
            "Mihai Vasilescu, a spokesman for Romania's Defense Ministry, told this to a radio station.")
    assert ("mihai-vasilescu", "spokesperson", "romania") in _roles(text, "2024-10-03", MOLDAVIA)
    # (never a former office so written: "X, a former ambassador to Y, is the country's new chief diplomat" is read by the
    # rules of who replaced whom, not as Y's office)
    former = ("Ukraine's new foreign minister\n\nUkraine's newly appointed Minister of Foreign Affairs, Ivan Melnyk, spoke on "
              "Thursday.\n\nIvan Melnyk, a former ambassador to Romania, is the country's new chief diplomat.")
    assert not any(org == "romania" for _, _, org in _roles(former, "2024-09-05", MOLDAVIA))


def test_a_plan_that_targets_a_spending_level_of_a_share_sets_that_goal():
    text = ("Minister at the summit\n\nRomania's Defence Minister Andrei Pop attended a working dinner on Tuesday.\n\n"
            "Participants also reviewed NATO's new defense investment plan, which targets a defense spending level of 5% of GDP "
            "by 2035, alongside discussions on force generation.")
    assert ("nato", "5", "2035") in _found(text, "target", "2025-06-25", MOLDAVIA)
