"""Extraction on one state's pages — its spending, its aid, its ministers — from the hundred-and-ninety-first fresh list on
(``benchmarks/corpus``).

Each test is written on sentences of its own, in the shape the list's pages took, and failed on the code before its fix.
The lists before it are tested in ``test_extract_unseen.py`` and ``test_extract_offices_changed.py``.
"""

from .test_extract import seeds_with
from .test_extract_unseen import _claims, _found, _roles


def _pledged(text: str, date: str, seeds) -> list[tuple[str, str, str]]:
    """The pledges read from ``text``, each as (donor, amount, currency)."""
    return [(p["donor"], p["amount"], p["currency"]) for p in _found(text, "pledge", date, seeds)]


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


# --- the hundred-and-ninety-second fresh list: Belgium's aid to Ukraine under two prime ministers ---------------------------

FLANDERS = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("belgium", "country", "Belgium"),
                      ("hungary", "country", "Hungary"), ("netherlands", "country", "Netherlands"),
                      roles=("president", "prime-minister", "defence-minister", "foreign-minister"))


def test_a_statement_a_prime_minister_assured_and_a_quotation_another_office_passes_on_citing_him_are_his():
    text = ("Belgian govt prepares new aid\n\nThe Belgian government is preparing a new package of military assistance to Ukraine, "
            "Belgian Prime Minister Pieter Claes assured during a press conference with the President of Ukraine and the Prime "
            "Minister of the Netherlands in The Hague.\n\n\"We will continue this support and demonstrate our solidarity with "
            "Ukraine. That is why the government is preparing a new package,\" the press service of the President of Ukraine "
            "said, citing Claes.")
    claims = _claims(text, "2023-05-04", FLANDERS)
    assert any(who == "pieter-claes" and said.startswith("The Belgian government is preparing") for who, said in claims), claims
    assert any(who == "pieter-claes" and said.startswith("We will continue this support") for who, said in claims), claims


def test_a_paper_by_its_names_last_word_is_no_speaker_and_a_title_cased_headline_names_no_one():
    text = ("Belgium Preparing New Military Assistance Package For Ukraine - Prime Minister\n\nBelgian Prime Minister Pieter "
            "Claes has announced a new military aid package for Ukraine.\n\nAccording to Yevropeiska Pravda, he made the "
            "announcement in The Hague at a joint press conference with the Ukrainian president.")
    assert not any(who == "yevropeiska-pravda" for who, _ in _claims(text, "2023-05-04", FLANDERS))
    assert {person for person, _, _ in _roles(text, "2023-05-04", FLANDERS)} == {"pieter-claes"}


def test_a_states_government_of_a_prime_minister_and_ministers_accompanying_a_visit_are_of_their_own_state():
    stalled = ("Belgium commits $1 billion to Ukraine\n\nBelgium pledged $1 billion to Ukraine on Tuesday.\n\nAn estimated 6.5 "
               "billion euros are stalled by the Hungarian government of Prime Minister Gabor Kiss, who is considered Russia’s "
               "staunchest ally in the bloc.")
    assert ("gabor-kiss", "prime-minister", "hungary") in _roles(stalled, "2024-05-28", FLANDERS)
    visit = ("Belgium pledges €1 billion in annual aid to Ukraine\n\nPrime minister Pieter Claes arrived in Kyiv on Tuesday.\n"
             "He is visiting Ukraine accompanied by Foreign minister Anne Dupont (Les Engagés) and Defence minister Jan Peeters "
             "(N-VA).")
    roles = _roles(visit, "2025-04-08", FLANDERS)
    assert {("anne-dupont", "foreign-minister", "belgium"), ("jan-peeters", "defence-minister", "belgium")} <= roles, roles


def test_interest_expressed_and_a_sum_described_are_claims_and_a_vow_to_keep_the_sum_is_the_pledges_evidence():
    text = ("Belgium pledges €1 billion\n\nPrime minister Pieter Claes visited Kyiv on Tuesday.\n\nClaes confirmed that Belgium "
            "would provide €1 billion in aid and pledged to maintain this level of support annually throughout his term in "
            "office.\n\nClaes also expressed strong interest in establishing Belgian defense production in Ukraine, announcing "
            "the signing of four related contracts today.\n\nOn social media, President Volodymyr Zelensky thanked Belgium, "
            "describing the €1 billion as a significant contribution that will really help save lives.")
    claims = _claims(text, "2025-04-08", FLANDERS)
    assert not any(said.startswith("to maintain this level") for _, said in claims), claims
    assert any(who == "pieter-claes" and said.startswith("strong interest in establishing") for who, said in claims), claims
    assert any(who == "volodymyr-zelensky" and "significant contribution" in said for who, said in claims), claims


def test_the_head_of_the_countrys_ministry_and_of_the_defense_department_are_its_minister_and_authorities_are_no_one():
    text = ("Belgium will supply Kiev with weapons\n\nBelgium intends to supply Ukraine with military aid every year. This was "
            "announced by the head of the country's Ministry of Defense, Jan Peeters, TASS reports.\n\n\"We will supply military "
            "aid to Ukraine in the amount of 1 billion euros. The tranche has already been approved,\" the head of the defense "
            "department said.\n\nAt the same time, it is not clear what time the minister is talking about, since earlier the "
            "Belgian authorities promised to send their fighters to Kiev \"before the end of 2024.\"")
    assert ("jan-peeters", "defence-minister", "belgium") in _roles(text, "2025-05-20", FLANDERS)
    claims = _claims(text, "2025-05-20", FLANDERS)
    assert any(who == "jan-peeters" and said.startswith("We will supply military aid") for who, said in claims), claims
    assert not any("send their fighters" in said for _, said in claims), claims


def test_a_quotation_alone_on_its_line_is_the_one_the_next_line_says_also_spoke():
    text = ("Belgium to provide Ukraine with new aid\n\nBelgian Prime Minister Pieter Claes announced a new aid package during "
            "his visit to Kyiv.\nThis is reported by a news site\n“Our Minister of Defense is proud to announce a new decision "
            "regarding the aid package for 2025, with the ambition to provide more each year during my term.”\nPieter Claes also "
            "noted that the country’s Minister of Defense has already prepared a list of actions.")
    claims = _claims(text, "2025-04-08", FLANDERS)
    assert any(who == "pieter-claes" and said.startswith("Our Minister of Defense is proud") for who, said in claims), claims


# --- the hundred-and-ninety-third fresh list: Hungary's defence spending ------------------------------------------------------

PANNONIA = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("hungary", "country", "Hungary"),
                      ("united-states", "country", "United States", "US", "U.S."), ("european-union", "organization",
                      "European Union", "EU"), ("donald-trump", "person", "Donald Trump", "Trump"),
                      roles=("president", "prime-minister", "defence-minister", "foreign-minister"))


def test_a_goal_raised_gradually_is_the_goals_evidence_and_a_budget_told_on_television_is_a_claim():
    goal = ("Hungary to boost defence spending\nHungary will increase its defence spending gradually to 2 percent of its "
            "economic output by 2026 from 0.95 percent now, Defence Minister Laszlo Varga said on Thursday.")
    assert ("hungary", "2", "2026") in _found(goal, "target", "2017-01-12", PANNONIA)
    assert _claims(goal, "2017-01-12", PANNONIA) == []
    budget = ("Hungary's defence budget\n\nHungary has allocated HUF 778 billion for defense spending next year, equivalent to "
              "1.66% of GDP, Defense Minister Laszlo Varga said on public television on Monday.\n\nNext year's defense budget "
              "will be HUF 162 bln bigger than this year's, Varga said on news channel M1.")
    said = [text for who, text in _claims(budget, "2020-07-06", PANNONIA) if who == "laszlo-varga"]
    assert any(text.startswith("Hungary has allocated") for text in said) and any(text.startswith("Next year") for text in said), said


def test_a_ministry_citing_its_minister_names_its_minister_and_a_belief_without_that_is_a_claim():
    cited = ("Hungary's spending to reach 2 percent\nBUDAPEST (Sputnik) Defense spending in Hungary will reach 2 percent of GDP "
             "in 2023, the Hungarian Defense Ministry said citing Minister Zoltan Kovacs-Nagy.")
    assert ("zoltan-kovacs-nagy", "defence-minister", "hungary") in _roles(cited, "2022-12-29", PANNONIA)
    believes = ("Orbán at the summit\nPrime Minister Gabor Kiss believes a turning point has been reached at the current NATO "
                "Summit: while last year's meeting was still about Ukraine, now it is not.")
    claims = _claims(believes, "2025-06-25", PANNONIA)
    assert ("gabor-kiss", "a turning point has been reached at the current NATO Summit") in claims, claims
    # (a belief inside a statement reported before it stays that statement)
    inside = ("Kiss on neutrality\nGabor Kiss said that the country's position is unique, and while others differ, he believes "
              "the country's constitution is a clear one.")
    assert any(text.startswith("the country's position is unique") for _, text in _claims(inside, "2025-02-03", PANNONIA))


def test_a_feeds_lines_of_other_stories_tell_nothing_of_the_pages_state_and_the_allies_goals_are_the_alliances():
    text = ("-\nGOP budget bill could transfer wealth from young Americans, study finds - 22 seconds ago\n-\nEcuador recaptures "
            "gang leader wanted in the U.S. - 16 mins ago\n-\nNestle says it will stop using dyes in U.S. foods - 43 mins ago\n"
            "FM: NATO commitment is a great opportunity for Hungary\nPeter Toth, Minister of Foreign Affairs and Trade, said the "
            "commitment is a great opportunity for Hungary.\nMinister Toth said it was important that allied countries now made a "
            "commitment to spend 5 percent of GDP on defense within 10 years, also in line with Trump’s proposal.\n“Since that "
            "time, all members fulfilled the target to spend at least 2 percent of GDP on defense, and Hungary has met the target "
            "three years ago,” he said.\nHe added that in order to meet the recommended 5 percent target, it was necessary for "
            "the EU to relax its fiscal regulations.")
    assert ("peter-toth", "foreign-minister", "hungary") in _roles(text, "2025-06-24", PANNONIA)
    targets = _found(text, "target", "2025-06-24", PANNONIA)
    assert {actor for actor, _, _ in targets} == {"nato"}, targets
    assert {("nato", "5", "2035"), ("nato", "2", None)} <= set(targets), targets


# --- the hundred-and-ninety-fourth fresh list: North Macedonia's arms for Ukraine and its own spending ------------------------

VARDAR = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("north-macedonia", "country",
                    "North Macedonia", "Macedonia"), ("russia", "country", "Russia"),
                    roles=("president", "prime-minister", "defence-minister", "spokesperson"))


def test_the_price_once_paid_for_what_is_given_now_is_no_pledge():
    text = ("Macedonia donates jets to Ukraine\n\nThe four Su-25 fighter jets that Macedonia bought from Ukraine during the 2001 "
            "conflict for four million euros have been donated to Ukraine these days.")
    assert _found(text, "pledge", "2022-08-03", VARDAR) == []
    paid = "Jets for Ukraine\n\nThe country paid EUR 4 million for the aircraft in 2001 and has now donated them to Ukraine."
    assert _found(paid, "pledge", "2022-08-03", VARDAR) == []


def test_a_spokesperson_of_a_states_ministry_and_the_head_of_its_defense_department_hold_their_offices():
    text = ("Macedonia to send helicopters\n\nMacedonia intends to send Ukraine 12 helicopters.\n\nA response came from the "
            "spokesperson of the Russian Ministry of Foreign Affairs, Irina Volkova, who believes that this move is a big "
            "mistake.\n\nNorth Macedonia confirmed the transfer, a statement made by the head of the country’s defense department, "
            "Vesna Trajkovska.")
    roles = _roles(text, "2023-03-20", VARDAR)
    assert ("vesna-trajkovska", "defence-minister", "north-macedonia") in roles, roles
    # (Russia by the gazetteer's id for the demonym, where the workspace's own entity has another)
    assert any(who == "irina-volkova" and role == "spokesperson" and org.startswith("russia") for who, role, org in roles), roles


def test_a_boast_to_an_audience_somewhere_that_is_a_claim_and_a_quotations_named_goal_beside_a_budgets_share_is_a_goal():
    boast = ("Macedonia's arms for Ukraine\n\nNorth Macedonia President Goran Ilievski boasted to his colleagues at the Davos "
             "Economic Forum in January that his country was one of the top five arms suppliers to Ukraine.")
    claims = _claims(boast, "2023-03-20", VARDAR)
    assert any(who == "goran-ilievski" and said.startswith("his country was one of") for who, said in claims), claims
    goal = ("Defense budget in continued rise\n\nThe Defense Ministry budget reached 1.85 percent of the GDP in 2023, says Defense "
            "Minister Vesna Trajkovska.\n\n“We will reach the two-percent target next year but what is important is how we spend "
            "these funds. NATO observes the principle of allocating at least 20 percent of the defense budget for modernization "
            "and equipment, and Macedonia is doing this,” says Trajkovska.")
    assert ("north-macedonia", "2", "2024") in _found(goal, "target", "2023-10-01", VARDAR)


# --- the hundred-and-ninety-fifth fresh list: Montenegro's aid as a share of its defence budget ------------------------------

ADRIATIC = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("montenegro", "country", "Montenegro"),
                      ("united-states", "country", "United States", "US", "U.S."),
                      roles=("president", "prime-minister", "defence-minister", "ambassador"))


def test_a_capitalised_head_of_a_government_and_a_president_joined_by_others_are_the_speakers():
    text = ("Montenegro signs declaration\nOn December 5, Prime Minister of Montenegro Marko Petrovic signed a declaration.\n"
            "The Head of the Montenegrin government mentioned that Montenegro fully supports the territorial integrity of "
            "Ukraine.\nEarlier, Montenegrin President Luka Vukovic, jointly with eight leaders of Eastern European countries, "
            "expressed support for Ukraine's NATO membership bid filed in late September.")
    claims = _claims(text, "2022-12-06", ADRIATIC)
    assert any(who == "marko-petrovic" and said.startswith("Montenegro fully supports") for who, said in claims), claims
    assert any(who == "luka-vukovic" and "membership bid" in said for who, said in claims), claims
    assert not any(who in ("montenegro", "eastern-european") for who, _ in claims), claims


def test_a_share_of_gdp_reached_this_year_and_its_worth_in_money_are_neither_goal_nor_pledge():
    text = ("Montenegro at 2 percent\nBELGRADE, July 9 – Montenegro sent nine packages of military assistance to Ukraine.\n"
            "According to NATO data, Montenegro allocated 2.02% of GDP for defense needs for the first time this year – about "
            "150 million euros.")
    assert _found(text, "pledge", "2024-07-09", ADRIATIC) == []
    assert ("montenegro", "2.02", "2024") not in _found(text, "target", "2024-07-09", ADRIATIC)


# --- the hundred-and-ninety-sixth fresh list: Albania's 2 % and its support for Ukraine --------------------------------------

ILLYRIA = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("albania", "country", "Albania"),
                     roles=("president", "prime-minister", "defence-minister", "foreign-minister", "secretary-general"))


def test_a_quotation_attributed_after_a_dash_a_goal_within_a_year_and_praise_of_a_commitment():
    text = ("Albania at the ministerial\n\nDefence Minister Arta Hoxha met NATO Secretary General Jens Stoltenberg.\n\n\"I informed him about "
            "Albania's commitment that within 2024, 2% of Gross Domestic Product will be dedicated to the field of defence \", - "
            "said Minister Hoxha after the meeting.\n\nMr. Stoltenberg praised Albania's commitment to meet the obligations "
            "undertaken within the defence budget framework.")
    assert ("albania", "2", "2024") in _found(text, "target", "2018-02-15", ILLYRIA)
    claims = _claims(text, "2018-02-15", ILLYRIA)
    assert any(who == "arta-hoxha" and said.startswith("I informed him") for who, said in claims), claims
    assert any(said.startswith("praised Albania's commitment") for _, said in claims), claims


def test_concerns_expressed_regarding_a_budget_and_the_alliances_standard_it_falls_below():
    text = ("President: defense budget not up to NATO standards\nIn a letter sent to Parliament, President Besnik Dervishi "
            "expresses his concerns regarding the draft defense budget for 2017.\nAccording to President Dervishi, the draft "
            "budget is 2.8 times lower than the 2% of GDP standard set by NATO.")
    assert ("nato", "2", None) in _found(text, "target", "2016-11-15", ILLYRIA)
    claims = _claims(text, "2016-11-15", ILLYRIA)
    assert any(who == "besnik-dervishi" and said.startswith("his concerns regarding") for who, said in claims), claims


def test_an_outlets_reminder_and_words_running_into_a_marked_cut_are_no_claims():
    text = ("Albania to send aid\n\nThe Minister of Defense, Arta Hoxha, has confirmed that in a few days several ambulances and "
            "military aid will be sent.\nWe remind you that Ukraine has been at war with Russian aggression for almost a year.\n"
            "On July 16 Defense Minister Arta Hoxha announced that the number of troops serving in Mosul,...\nEmail this page")
    claims = _claims(text, "2023-01-20", ILLYRIA)
    assert [said for _, said in claims] == ["in a few days several ambulances and military aid will be sent"], claims


def test_a_reference_pages_run_of_labels_and_his_foreign_minister():
    labels = ("Albania\nCapital: Tirana Chief of state: President Bamir Kola Head of government: Prime Minister Sali Dushku On "
              "April 3, 2008, Albania was invited to join NATO.")
    roles = _roles(labels, "2009-01-01", ILLYRIA)
    assert {("bamir-kola", "president", "albania"), ("sali-dushku", "prime-minister", "albania")} <= roles, roles
    his = ("Zelensky in Tirana\nUkrainian President Volodymyr Zelensky arrived in Albania.\nAlbania hosted the summit, and "
           "Albania's prime minister welcomed him.\nMr Zelensky is accompanied by his foreign minister Dmytro Kuleba.")
    assert ("dmytro-kuleba", "foreign-minister", "ukraine") in _roles(his, "2024-02-28", ILLYRIA)


# --- the hundred-and-ninety-seventh fresh list: Luxembourg's goals below 1 % of GDP ------------------------------------------

BENELUX = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("luxembourg", "country", "Luxembourg"),
                     ("ireland", "country", "Ireland"), ("estonia", "country", "Estonia"),
                     roles=("defence-minister", "prime-minister"))


def test_a_small_states_own_goal_below_one_percent_is_its_goal_and_aid_shares_stay_none():
    text = ("Luxembourg one of EU's defence laggards\nLuxembourg trailed only Ireland in 2019 for the lowest spending; Estonia "
            "spent 2.1% of its GDP.\nUnder a 2014 agreement, Luxembourg and all other NATO members pledged to increase their "
            "defence spending to 2% of GDP. The Grand Duchy targeted a goal of 0.6% by last year and 0.72% by 2024.")
    targets = _found(text, "target", "2021-08-27", BENELUX)
    assert {("luxembourg", "0.6", "2020"), ("luxembourg", "0.72", "2024")} <= set(targets), targets
    assert not any(actor == "nato" and share in ("0.6", "0.72") for actor, share, _ in targets), targets
    aid = "Aid\nThe government cut its development aid from 0.5% of GNI to 0.3% by 2027, a goal it set last year."
    assert _found(aid, "target", "2025-01-10", BENELUX) == []


# --- the hundred-and-ninety-eighth fresh list: Slovakia stops arms from its depots, not its companies' sales --------------------

TATRA = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("slovakia", "country", "Slovakia"),
                   ("united-states", "country", "United States", "U.S."),
                   roles=("president", "prime-minister", "defence-minister", "ambassador"))


def test_refusals_intentions_and_promises_not_to_are_claims_and_an_unnamed_adviser_is_no_one():
    text = ("Slovak defense minister halts arms\nSlovakia will no longer supply Ukraine with weapons and ammunition, Slovakia’s "
            "recently appointed Defense Minister, Juraj Novak, has said during a meeting with the U.S. ambassador.\nPrime "
            "Minister Peter Horvath has confirmed his intention to cease assistance to Ukraine.\nPeter Horvath now promises not to "
            "obstruct Slovak companies in manufacturing and supplying arms to Ukraine.\nSlovak President Eva Kralova’s advisor "
            "expressed concerns about the approval of a military aid package to Kyiv by the outgoing government.\nHorvath "
            "informed Ursula von der Leyen, the President of the European Commission, on Oct. 26 that his government would no "
            "longer provide military assistance to Ukraine.")
    claims = _claims(text, "2023-10-28", TATRA)
    said = {who: [t for w, t in claims if w == who] for who, _ in claims}
    assert any(t.startswith("Slovakia will no longer supply") for t in said.get("juraj-novak", [])), claims
    assert any("intention to cease assistance" in t for t in said.get("peter-horvath", [])), claims
    assert any(t.startswith("not to obstruct") for t in said.get("peter-horvath", [])), claims
    assert any(t.startswith("his government would no longer provide") for t in said.get("peter-horvath", [])), claims
    assert "eva-kralova" not in said, claims


def test_an_outlets_appeal_for_donations_is_no_ones_claim():
    text = ("Slovakia will not ban arms sales\nPrime Minister Peter Horvath said the government would not ban sales.\n\n“Slovak "
            "weapons manufacturers will be able to sell their products to Ukraine – no one will prevent this,” said the PM.\n\n"
            "We’re bringing the voice of Ukraine to the world. Support us with a one-time donation, or become a Patron!")
    claims = _claims(text, "2023-11-06", TATRA)
    assert not any("voice of Ukraine" in said for _, said in claims), claims
    assert any(said.startswith("Slovak weapons manufacturers") for _, said in claims), claims


# --- the hundred-and-ninety-ninth fresh list: Portugal's 2 % -----------------------------------------------------------------

LUSITANIA = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("portugal", "country", "Portugal"),
                       roles=("defence-minister", "prime-minister", "secretary-general"))


def test_a_share_called_the_minimum_any_member_must_meet_is_the_alliances_whoever_says_it():
    text = ("Melo: defence spending is an investment\nLisbon, June 26, 2025 (Lusa) - Portugal's Defence Minister Joao Costa said "
            "on Thursday that it is “absolutely crucial” to increase spending on the military.\nSpeaking to journalists in "
            "Lisbon, Joao Costa said that 2% of GDP allocated to defence “is the minimum that any NATO member country must comply "
            "with at this time”.")
    targets = _found(text, "target", "2025-06-26", LUSITANIA)
    assert ("nato", "2", None) in targets and ("portugal", "2", None) not in targets, targets


# --- the two-hundredth fresh list: Greece, its spending and its support for Ukraine ---------------------------------------------

HELLAS = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("greece", "country", "Greece"),
                    ("denmark", "country", "Denmark"), ("netherlands", "country", "Netherlands"),
                    ("united-states", "country", "United States", "US"),
                    roles=("president", "prime-minister", "defence-minister", "ambassador"))


def test_a_minister_visiting_the_articles_state_holds_no_office_of_it():
    text = ("Greek premier calls Kyiv\n\nGreek Prime Minister Nikos Andreou spoke to President Ivan Petrenko on Monday.\n\n"
            "The call came a few days after Defence Minister Taras Hnatiuk's visit to Greece, following which the Greek side "
            "announced another shipment of rifles.")
    roles = _roles(text, "2023-04-10", HELLAS)
    assert not any(person == "taras-hnatiuk" and org == "greece" for person, _, org in roles), roles
    assert ("nikos-andreou", "prime-minister", "greece") in roles, roles


def test_a_statement_told_to_a_numbered_roundtable_in_a_panel_and_one_a_pronoun_interrupts_are_claims():
    text = ("Andreou: strongest forces ever\n\nGreece spends over 2% of its GDP for defense, and this is a ticket to survival, "
            "National Defense Minister Stavros Andreou told the 28th Annual Economist Government Roundtable in a panel on "
            "Tuesday.\n\n\"We are not simply spending,\" Andreou said. \"We call it Agenda 2030, and it will bring the forces into "
            "the 21st century\" in terms of doctrine and through the introduction of technology, he added.\n\nNATO, he underlined, "
            "must become something more than it is.")
    said = [t for who, t in _claims(text, "2024-07-02", HELLAS) if who == "stavros-andreou"]
    assert any(t.startswith("Greece spends over 2% of its GDP") for t in said), said
    assert any(t.startswith("We call it Agenda 2030") for t in said), said
    assert any(t.startswith("NATO must become something more") for t in said), said


def test_quotations_after_a_topic_opening_the_next_paragraph_are_the_last_speakers():
    text = ("Andreou at the roundtable\n\n\"Greece will have the strongest forces it ever had,\" Defence Minister Stavros Andreou "
            "said.\n\nIn terms of NATO members, \"every state must do whatever it can do,\" as \"we are now in a difficult "
            "situation we did not anticipate.\"")
    said = [t for who, t in _claims(text, "2024-07-02", HELLAS) if who == "stavros-andreou"]
    assert any("every state must do whatever it can do" in t for t in said), said
    assert any("we are now in a difficult situation" in t for t in said), said


def test_a_vow_in_quotation_marks_after_he_and_support_voiced_then_a_condemnation_are_his_claims():
    text = ("Greek PM pledges support\n\nGreek Prime Minister Nikos Andreou met President Ivan Petrenko in Athens on Monday.\n"
            "Andreou voiced full support for Kyiv against Russia’s invasion and condemned Russian “war crimes.” He pledged to "
            "“stay on the side of the government and the heroic people” of Ukraine, “however much time may be required.”\n"
            "Petrenko suggested that Athens has agreed to train pilots to fly the F-16 warplanes that Denmark and the Netherlands "
            "pledged to provide to Kyiv.")
    claims = _claims(text, "2023-08-21", HELLAS)
    said = [t for who, t in claims if who == "nikos-andreou"]
    assert any("stay on the side of the government" in t for t in said), claims
    assert "full support for Kyiv against Russia’s invasion" in said, claims  # (the condemnation a claim of its own)
    assert any(t.startswith("condemned Russian") for t in said), claims
    assert not any(who in ("denmark", "netherlands") for who, _ in claims), claims  # (what was given, told in a relative clause)


def test_a_release_quoted_on_what_the_prime_minister_reiterated_and_what_he_recalled_after_a_quotation():
    text = ("Greek PM assures Kyiv\n\nPresident Ivan Petrenko and Greek Prime Minister Nikos Andreou had a phone call on Monday.\n\n"
            "Petrenko wrote that the parties agreed to continue security cooperation.\n\nIn turn, according to a press release "
            "from the Greek Prime Minister's office, \"the Prime Minister reiterated Greece's firm position in support of Ukraine "
            "and its right to defend its sovereignty.\"\n\nAndreou \"emphasised that Greece will continue to support Ukraine as "
            "long as necessary\", recalling that Athens has provided humanitarian and defence support since the beginning of "
            "the invasion.")
    said = [t for who, t in _claims(text, "2023-04-10", HELLAS) if who == "nikos-andreou"]
    assert any("Greece's firm position in support of Ukraine" in t for t in said), said
    assert any(t.startswith("Greece will continue to support Ukraine") for t in said), said
    assert any(t.startswith("Athens has provided humanitarian and defence support") for t in said), said


def test_a_second_that_clause_the_excerpt_cuts_is_left_out_of_the_claim():
    text = ("Roundtable in Athens\n\nUS Ambassador to Athens John Miller also spoke at the panel.\n\n\"We must not abandon "
            "Ukraine,\" he urged.\n\nThe ambassador also said that Greece played a key role in NATO and that its contribution to th")
    said = [t for who, t in _claims(text, "2024-07-02", HELLAS) if who == "john-miller"]
    assert "Greece played a key role in NATO" in said, said


# --- the two-hundred-and-first fresh list: Bulgaria's 2 % and its 2.5 % ---------------------------------------------------------

THRACE = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("bulgaria", "country", "Bulgaria"),
                    ("united-states", "country", "United States", "US"),
                    roles=("president", "prime-minister", "defence-minister"))


def test_a_page_that_names_its_state_once_as_the_ledes_possessive_is_that_states_and_this_years_level_is_a_claim():
    text = ("Bulgaria’s defence spending will reach 2.09% of gross domestic product (GDP) in 2025, Defence Minister Ivan Kolev "
            "said on Tuesday.\n“The good news is that the governance programme envisions defence spending rising to 2.5% of GDP "
            "in the coming years,” he told reporters.\nThe programme aligns with NATO’s broader capability targets. “NATO’s new "
            "requirements demand adjustments in our plans,” Kolev said.")
    targets = _found(text, "target", "2025-02-04", THRACE)
    assert ("bulgaria", "2.5", None) in targets and not any(actor == "nato" for actor, _, _ in targets), targets
    assert not any(share == "2.09" for _, share, _ in targets), targets  # (this year's level)
    said = [t for who, t in _claims(text, "2025-02-04", THRACE) if who == "ivan-kolev"]
    assert any(t.startswith("Bulgaria’s defence spending will reach 2.09%") for t in said), said
    assert not any("governance programme" in t for t in said), said  # (the goal's evidence)


def test_a_target_a_state_will_surpass_is_the_alliances_due_no_year_and_the_level_it_passes_it_with_is_none():
    text = ("Bulgaria's Defense Spending to Surpass 2% GDP Target in 2024\n\nBulgaria's defense spending for this year is set to "
            "surpass the minimum 2% of its gross domestic product, according to acting Prime Minister Petar Dimov.\n\nDimov "
            "highlighted the country's efforts in meeting its commitments to bolster the defense of NATO's eastern flank. He noted "
            "that this year, the country would not only meet but exceed the NATO target, reaching 2.18% of its GDP.")
    targets = _found(text, "target", "2024-07-24", THRACE)
    assert ("nato", "2", None) in targets, targets
    assert not any(share == "2.18" for _, share, _ in targets) and ("bulgaria", "2", "2024") not in targets, targets
    said = [t for who, t in _claims(text, "2024-07-24", THRACE) if who == "petar-dimov"]
    assert any(t.startswith("the country's efforts in meeting its commitments") for t in said), said


def test_a_share_called_the_necessary_effort_a_promise_as_a_noun_and_a_caretaker_minister_after_a_former_president():
    text = ("Minister wants 2.5%\n\n2.5% is the necessary effort that our country must make in terms of defence spending, "
            "Bulgaria's caretaker Minister of Defense Ivan Kolev said.\n\nDonald Trump, in his first term as US president, has a huge credit "
            "for NATO reaching the level of nearly 2% for defence, the caretaker minister added. Regarding Trump's promises to end "
            "the war in Ukraine in 24 hours, Kolev said that the war would not stop instantly.")
    claims = _claims(text, "2024-11-19", THRACE)
    said = [t for who, t in claims if who == "ivan-kolev"]
    assert not any(t.startswith("2.5% is the necessary effort") for t in said), claims
    assert any(t.startswith("Donald Trump, in his first term") for t in said), claims
    assert any(t.startswith("the war would not stop instantly") for t in said), claims
    assert not any(who == "donald-trump" for who, _ in claims), claims
    assert ("donald-trump", "president", "united-states") in _roles(text, "2024-11-19", THRACE)


def test_a_participle_urging_him_after_a_relative_clause_is_the_subjects_and_praise_as_is_a_claim_but_not_a_passive():
    text = ("Reshuffle\n\nJohn Carter has replaced Mark Hill as defence secretary.\n\nMr Hill, who announced he was resigning weeks "
            "ago, made his exit official with a letter to the prime minister, urging him not to row back on commitments for "
            "defence spending.\n\nHill praised the assessment as “very honest” and said it provided a clear picture.\n\nThe "
            "donation was criticized by Moscow as a “big mistake”.")
    claims = _claims(text, "2023-08-31", THRACE)
    said = [t for who, t in claims if who == "mark-hill"]
    assert "not to row back on commitments for defence spending" in said, claims
    assert any(t.startswith("praised the assessment as") for t in said), claims
    assert any(t.startswith("it provided a clear picture") for t in said), claims
    assert not any("big mistake" in t for _, t in claims), claims


# --- the two-hundred-and-second fresh list: Australia's Abrams tanks, one package in two currencies -------------------------

SOUTHERN = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("australia", "country", "Australia"),
                      ("russia", "country", "Russia"), roles=("prime-minister", "defence-minister", "deputy-prime-minister"))


def _pledges(text: str, date: str) -> set[tuple[str, str, str]]:
    """The (amount, currency, figure) of each pledge found."""
    return {(p["amount"], p["currency"], p["figure"]) for p in _found(text, "pledge", date, SOUTHERN)}


def test_a_us_wires_bare_dollar_is_the_us_dollar_and_an_australian_agencys_is_australias():
    wire = ("Australia gives tanks\n\nMELBOURNE, Australia (AP) — Australia will give 49 of its aging tanks to Ukraine, which "
            "are valued at $163 million. They bring the total value of Australia’s military assistance to Ukraine to over $866 "
            "million.")
    assert {("163000000", "USD", "package"), ("866000000", "USD", "running-total")} <= _pledges(wire, "2024-10-16")
    agency = wire.replace("(AP)", "(AAP)")
    assert ("163000000", "AUD", "package") in _pledges(agency, "2024-10-16")


def test_a_dollar_a_bracket_names_is_that_dollar_and_the_ledes_conversion_the_same_package():
    text = ("Australia's new package\n\nSYDNEY, October 17. /TASS/. The government of Australia will deliver a new package of "
            "military aid to Ukraine worth $164 million, Minister for Defense Ian Brooks said.\n\"This latest package, valued at "
            "approximately $245 million [Australian dollars, $164 million US dollars], will add to Ukraine’s firepower,\" Brooks "
            "said.\nIt brings the total Australian military aid to Ukraine since 2022 to A$1.3 billion, and overall Australian "
            "support to A$1.5 billion.")
    pledges = _pledges(text, "2024-10-17")
    assert ("245000000", "AUD", "package") in pledges, pledges
    assert not any(amount == "164000000" for amount, _, _ in pledges), pledges  # (the same package, converted)
    assert {("1300000000", "AUD", "running-total"), ("1500000000", "AUD", "running-total")} <= pledges, pledges


def test_a_long_portfolio_title_is_no_part_of_the_name_and_a_judgement_in_the_passive_is_the_judges():
    text = ("Tanks for Ukraine\n\nMinister for Defense Industry and Capability Delivery Tom Reid said that some of these vehicles "
            "are no longer fit for combat use.\n\nThe High Court’s decision to reject Russia’s appeal was applauded by Prime "
            "Minister Anthony Albanese.\n\nThe donation was criticized by Moscow as a big mistake.")
    claims = _claims(text, "2024-10-17", SOUTHERN)
    assert any(who == "tom-reid" and said.startswith("some of these vehicles") for who, said in claims), claims
    assert any(who == "anthony-albanese" and said.startswith("applauded the High Court’s decision") for who, said in claims), claims
    assert not any("big mistake" in said for _, said in claims), claims


def test_a_surname_named_in_full_before_then_the_office_after_a_comma_holds_it_as_the_page_says():
    text = ("Australia's aid\n\nPrime Minister Anthony Albanese announced the package.\n\nThe ruling was applauded by Albanese, "
            "the minister for foreign affairs.\n\nMonday, the president said nothing.")
    roles = _roles(text, "2023-06-26", SOUTHERN)
    assert ("anthony-albanese", "foreign-minister", "australia") in roles, roles  # (the page's own error, followed)
    assert not any(person == "monday" for person, _, _ in roles), roles


# --- the two-hundred-and-third fresh list: the Japan-Ukraine reconstruction conference ------------------------------------------

NIPPON = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("japan", "country", "Japan"),
                    roles=("president", "prime-minister", "foreign-minister", "finance-minister", "economy-minister",
                           "deputy-prime-minister"))


def test_a_paragraph_opened_by_another_states_office_holder_gives_the_next_titles_that_state():
    text = ("Japan hosts a conference\n\nTOKYO: Japan is hosting a conference on Ukraine's reconstruction in Tokyo.\n\nUkraine’s "
            "Prime Minister Ivan Koval is heading his country’s delegation. First Deputy Prime Minister Olha Bondar, Finance "
            "Minister Petro Marchuk and Environmental Protection Minister Oleh Hrytsenko are attending.\n\nPrime Minister Taro "
            "Sato is leading Japan’s side, joined by Foreign Minister Yumi Kato and Economy and Trade and Industry Minister Ken "
            "Mori.")
    roles = _roles(text, "2024-02-19", NIPPON)
    assert {("olha-bondar", "first-deputy-prime-minister", "ukraine"), ("petro-marchuk", "finance-minister", "ukraine"),
            ("ken-mori", "economy-minister", "japan"), ("yumi-kato", "foreign-minister", "japan")} <= roles, roles
    assert not any(org == "japan" and person in ("olha-bondar", "petro-marchuk") for person, _, org in roles), roles


def test_an_office_named_alone_in_the_lede_is_held_by_the_next_person_quoted():
    text = ("Ukraine PM seeks help in Japan\n\nUkraine's prime minister urged Japan's government and private sector on Monday to "
            "step up support for the country's reconstruction, promising an \"economic miracle\" once the war with Russia ends.\n"
            "\"Since the full-scale invasion started Japan has provided Ukraine with over $10 billion of various support,\" making "
            "it the fourth-biggest donor, Ivan Koval told a conference of business leaders.")
    assert ("ivan-koval", "prime-minister", "ukraine") in _roles(text, "2024-02-19", NIPPON)
    said = [t for who, t in _claims(text, "2024-02-19", NIPPON) if who == "ivan-koval"]
    assert any(t.startswith("Japan's government and private sector") for t in said), said
    assert any(t.startswith("promising an") for t in said), said
    assert any(t.startswith("Since the full-scale invasion started") for t in said), said


def test_a_government_committed_to_help_and_that_less_speech_with_a_bare_subject_are_claims():
    text = ("Japan and Ukraine\n\nJapanese Prime Minister Taro Sato has committed his government to help rebuild Ukraine when the "
            "invasion ends, with the world leader making a public vow on Monday.\n\nMr Sato said assistance across public and "
            "private sectors is needed to achieve Ukraine’s goal.\n\nPrime Minister Taro Sato said fighting was still going on in "
            "Ukraine and “that the situation is not easy,” public broadcaster NHK reported.")
    said = [t for who, t in _claims(text, "2024-02-19", NIPPON) if who == "taro-sato"]
    assert any(t.startswith("committed his government to help rebuild Ukraine") for t in said), said
    assert any(t.startswith("assistance across public and private sectors is needed") for t in said), said
    assert any(t.startswith("fighting was still going on in Ukraine") and "NHK" not in t for t in said), said


# --- the two-hundred-and-fourth fresh list: Finland's defence materiel packages ------------------------------------------------

SUOMI = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("finland", "country", "Finland"),
                   roles=("president", "defence-minister"))


def test_the_one_thanked_for_a_package_gives_it_and_a_figure_that_disagrees_is_kept_and_appreciation_is_a_claim():
    text = ("Finland sends €190m more defence materiel to Ukraine\n\nFinland will send another package of defence material worth "
            "about EUR 190 million to assist Ukraine, said the Ministry of Defence.\n\nUkrainian President Ivan Petrenko "
            "appreciated the Finland´s decision of sending the defence materiel.\n\n“I am grateful to Finland’s President Niinisto "
            "for the decision to provide Ukraine with the 22nd military aid package worth €200 million,” Petrenko wrote.")
    pledges = {(p["donor"], p["amount"]) for p in _found(text, "pledge", "2024-02-09", SUOMI)}
    assert {("finland", "190000000"), ("finland", "200000000")} <= pledges, pledges
    said = [t for who, t in _claims(text, "2024-02-09", SUOMI) if who == "ivan-petrenko"]
    assert any(t.startswith("appreciated the Finland´s decision") for t in said), said


# --- the two-hundred-and-fifth fresh list: Slovenia's 2 % and 3 % -------------------------------------------------------------

CARNIOLA = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("slovenia", "country", "Slovenia"),
                      ("israel", "country", "Israel"), ("united-states", "country", "United States"),
                      roles=("prime-minister", "defence-minister", "foreign-minister", "finance-minister"))


def test_a_share_planned_for_this_year_is_its_goal_a_past_years_allocation_a_level_and_a_target_year_a_deadline():
    text = ("Slovenia's plan\n\nLjubljana – The Prime Minister of Slovenia, Marko Novak, announced that the Slovenian government "
            "plans to allocate two percent of the country’s GDP for defense and security policy this year. This figure is set to "
            "gradually rise to three percent of GDP by 2030.\n\nIn 2024, Slovenia allocated approximately 1.35 percent of GDP for "
            "defense spending.\n\nThe opposition agrees with Novak that Slovenia will need to increase defence spending to 2% of "
            "GDP before the 2030 target year.")
    targets = _found(text, "target", "2025-05-08", CARNIOLA)
    assert {("slovenia", "2", "2025"), ("slovenia", "3", "2030"), ("slovenia", "2", "2030")} <= set(targets), targets
    assert not any(share == "1.35" for _, share, _ in targets), targets
    assert not any(said.startswith("the Slovenian government plans to allocate") for _, said in _claims(text, "2025-05-08", CARNIOLA))


def test_the_state_whose_gdp_the_page_speaks_of_is_its_own_and_a_minister_told_a_station_when_asked():
    text = ("A rift in the government\n\nThe Minister of Defence, Ivan Kranjc, spoke about allocating five percent of Slovenia’s "
            "GDP for defence purposes.\n\nEurope is spending more because the United States is no longer willing to bear the "
            "costs.\n\nDefence Minister Ivan Kranjc told POP TV the following when asked whether these higher percentages will "
            "be upheld: “Can you imagine that we would not reach an agreement? No. But the common goal is logical.”")
    assert ("ivan-kranjc", "defence-minister", "slovenia") in _roles(text, "2025-06-02", CARNIOLA)
    assert any(who == "ivan-kranjc" and said.startswith("Can you imagine") for who, said in _claims(text, "2025-06-02", CARNIOLA))


def test_a_second_minister_joined_to_a_first_shares_the_states_adjective_and_a_fronted_participle_is_no_part_of_the_claim():
    text = ("Slovenia Weekly\n\nThe Slovenian government has adopted a measure declaring Israeli National Security Minister Dan "
            "Levi and Finance Minister Amos Peretz personae non gratae, Foreign Minister Mira Zupan announced.\n\nAnnouncing the "
            "measure, Slovenia had made a new step in the EU that no other country had taken yet, said the Foreign Minister, "
            "adding that new national measures were in the pipeline.")
    roles = _roles(text, "2025-07-18", CARNIOLA)
    assert ("amos-peretz", "finance-minister", "israel") in roles and ("mira-zupan", "foreign-minister", "slovenia") in roles, roles
    said = [t for who, t in _claims(text, "2025-07-18", CARNIOLA) if who == "mira-zupan"]
    assert "Slovenia had made a new step in the EU that no other country had taken yet" in said, said
    assert "new national measures were in the pipeline" in said, said


# --- the two-hundred-and-sixth fresh list: Spain's Patriot missiles and its €1.13 billion package --------------------------------

IBERIA = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("spain", "country", "Spain"),
                    roles=("president", "prime-minister", "defence-minister"))


def test_billions_and_millions_written_apart_are_one_sum_and_the_total_of_a_package_is_the_package():
    text = ("Spain to provide Ukraine with a record aid package\n\nThe Spanish government has decided to send another military "
            "aid package to Ukraine.\n\nThe total amount of the military aid package will be $1 billion 230 million. This was "
            "reported by El Pais.")
    pledges = [(p["amount"], p["figure"]) for p in _found(text, "pledge", "2024-05-27", IBERIA)]
    assert pledges == [("1230000000", "package")], pledges


def test_a_planned_delivery_confirmed_is_the_ministers_claim_however_her_ministry_relays_it():
    text = ("Spain to send Patriot missiles\n\nMADRID (Reuters) - Spain's defence minister said on Friday Madrid would deliver "
            "missiles to Ukraine.\nDefence Minister Ana Ruiz confirmed the planned missile deliveries during a video conference "
            "with other countries supporting Ukraine's defence, her ministry said.")
    said = [t for who, t in _claims(text, "2024-04-26", IBERIA) if who == "ana-ruiz"]
    assert any(t.startswith("confirmed the planned missile deliveries") for t in said), said


# --- the two-hundred-and-seventh fresh list: the Netherlands' €2 billion and its €500 million for drones -------------------------

HOLLAND = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("netherlands", "country", "Netherlands"),
                     ("russia", "country", "Russia"), roles=("defence-minister", "foreign-minister"))


def test_a_paragraph_ending_on_its_quotations_attribution_closes_it_whatever_marks_nest_inside():
    text = ("The Netherlands may allocate two billion euros\nMOSCOW, March 31 - RIA Novosti. The Netherlands is ready to provide "
            "Kiev with a two billion euro aid package in 2025, the kingdom's Defense Minister Jan de Vries said.\n\"I informed him "
            "about our aid package. 500 million euros is crucial \"in the line of drones,\" De Vries said in a statement posted on "
            "Sunday.\nRussia believes that arms supplies to Ukraine are \"playing with fire.\" Russian Foreign Minister Pyotr "
            "Orlov noted that any shipments containing weapons for Ukraine would become a "
            "legitimate target for Russia.")
    said = [t for who, t in _claims(text, "2025-03-31", HOLLAND) if who == "pyotr-orlov"]
    assert any(t.startswith("any shipments containing weapons") for t in said), said


def test_a_readiness_announced_is_a_claim_but_an_outlets_first_person_after_it_is_no_ones():
    text = ("A new package\n\nThe Dutch government has announced a new package of 175 million euros, Dutch Defense Minister Jan de "
            "Vries said on Tuesday.\n\"I am announcing a new package for 175 million euros, which includes radar systems,\" the "
            "minister wrote on X.\nHe also announced his readiness to send additional radars to detect drones and vehicles to "
            "evacuate the wounded.\nI must say that Europe continues its policy of pressure on Russia. Foreign Minister Pyotr "
            "Orlov said that the West continues to beg for a truce.")
    claims = _claims(text, "2025-06-24", HOLLAND)
    said = [t for who, t in claims if who == "jan-de-vries"]
    assert any(t.startswith("announced his readiness to send additional radars") for t in said), claims
    assert not any(t.startswith("I must say") for t in said), claims


# --- the two-hundred-and-eighth fresh list: Norway's Nansen programme in three currencies ----------------------------------------

NORDKAPP = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("norway", "country", "Norway"),
                      roles=("prime-minister",))


def test_a_second_bracket_restates_the_same_sum_a_launch_figure_and_a_plan_weighed_are_no_pledges():
    text = ("Norway govt approves USD 3.2 bln in support for Ukraine for 2025\n\nOslo, Nov 29 (FN Agency) The Norwegian government "
            "said it had approved an increase in financial assistance to Ukraine in 2025 to at least $3.2 billion. Initially its "
            "total amount was 75 billion kroner ($6.8 billion).\n\nIn November, the government was considering increasing the "
            "amount of financial assistance to Ukraine to about $2.7 billion in 2025. “In 2025, the allocation to the support "
            "programme is to be at least NOK 35 billion (EUR 3.0 billion) [$3.2 billion],” the statement said. The overall "
            "amount of financing will be surged to minimum 154.5 billion Norwegian kroner for the extent of the plan.")
    pledges = {(p["amount"], p["currency"], p["figure"]) for p in _found(text, "pledge", "2024-11-29", NORDKAPP)}
    amounts = {amount for amount, _, _ in pledges}
    assert "35000000000" in amounts and ("154500000000", "NOK", "running-total") in pledges, pledges
    assert not amounts & {"3200000000", "75000000000", "2700000000"}, pledges


# --- the two-hundred-and-ninth fresh list: Latvia's 0.25 % of GDP for Ukraine ---------------------------------------------------

def test_a_linked_storys_headline_run_into_its_time_stamp_is_no_claim():
    text = ("Ukraine and Latvia agree on drones\nKyiv • UNN\nThe Defense Ministers of Ukraine and Latvia discussed the drone "
            "coalition, and President Volodymyr Zelenskyy thanked Latvia.\n“We agreed on plans for the development of the Drone "
            "Coalition,” Defense Minister Rustem Umerov said.\nZelenskyy: It is quite possible to make 1.5-2 million drones for "
            "the Armed Forces, but very little money27.08.24, "
            "16:27 • 21597 views\nEarly next year, Latvia will host a summit.")
    claims = _claims(text, "2024-10-18", HOLLAND)
    assert not any("1.5-2 million drones" in said for _, said in claims), claims
    assert any(said.startswith("We agreed on plans") for _, said in claims), claims


# --- the two-hundred-and-tenth fresh list: Iceland, a member without armed forces, and the Secretary General's visits ------------

SAGA = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("iceland", "country", "Iceland"),
                  ("united-states", "country", "United States", "US"), ("mark-rutte", "person", "Mark Rutte", "Rutte"),
                  roles=("prime-minister", "secretary-general", "president", "foreign-minister"))


def test_a_quotation_closed_by_an_opening_mark_before_its_verb_is_the_speakers():
    text = ("Rutte in Reykjavik\n\nOn Thursday, Prime Minister Anna Sigurdardottir met NATO Secretary General Mark Rutte.\n\n"
            "“Storms have forced the people of the town to leave their homes again. The sea walls built to protect the harbour "
            "are impressive, “said Rutte.\n\nRutte also thanked Iceland for its resilience.")
    said = [t for who, t in _claims(text, "2025-11-30", SAGA) if who == "mark-rutte"]
    assert any(t.startswith("Storms have forced the people") and "are impressive" in t for t in said), said


def test_the_one_a_verb_puts_after_it_is_the_one_a_pronoun_then_stands_for_not_the_one_named_last():
    text = ("Iceland aims at 1.5\n\nPrime Minister Anna Sigurdardottir met Secretary General Mark Rutte in Brussels.\n"
            "Secretary General Rutte has proposed a division in which member countries spend 3.5 percent of their GDP on defense "
            "and 1.5 percent on defense-related expenses.\nIt is this 1,5 percent target that Iceland is now aiming at, confirms "
            "Sigurdardottir to the broadcaster at the joint press conference with Rutte.\n\"There is not going to be a structural "
            "shift as to how we spend our money,\" she said to the broadcaster.")
    claims = _claims(text, "2025-06-03", SAGA)
    assert ("anna-sigurdardottir", "There is not going to be a structural shift as to how we spend our money") in claims, claims
    assert ("iceland", "1.5", None) in _found(text, "target", "2025-06-03", SAGA)


def test_a_name_set_off_after_the_office_that_says_it_is_the_speaker_and_a_demand_in_words_is_no_claim():
    text = ("Iceland wants to contribute more\n\nIceland is developing a new security policy and will increase its defense-related "
            "spending, says the country's Prime Minister, Anna Sigurdardottir. She met Secretary General Mark Rutte.\n\n"
            "US President Donald Trump has demanded that NATO countries increase their defense expenditures to five percent of "
            "their gross domestic product.")
    claims = _claims(text, "2025-06-03", SAGA)
    assert any(who == "anna-sigurdardottir" and t.startswith("Iceland is developing a new security policy") for who, t in claims), claims
    assert not any(who == "donald-trump" for who, _ in claims), claims
    assert ("nato", "5", None) in _found(text, "target", "2025-06-03", SAGA)


def test_an_ocean_named_before_what_he_described_is_no_one_and_the_one_describing_is_the_subject():
    text = ("Rutte praises Iceland\n\nNATO Secretary General Mark Rutte used a visit to Reykjavik this week to underscore "
            "Iceland’s growing strategic importance in the North Atlantic and Arctic, praising the country for what he described "
            "as a unique and indispensable role within the alliance.")
    claims = _claims(text, "2025-11-28", SAGA)
    assert ("mark-rutte", "a unique and indispensable role within the alliance") in claims, claims
    assert not any(who.startswith("north") for who, _ in claims), claims


def test_a_linked_headline_that_closes_a_recall_section_is_no_pledge_of_the_page():
    text = ("If Russia wins, it may target the north\n\nThis was stated by the Prime Minister of Iceland, Anna Sigurdardottir.\n\n"
            "Recall\n\nThe Icelandic government will double defense support for Ukraine in 2025, said Sigurdardottir.\n\n"
            "Iceland provides Ukraine with $30 million in defense aid")
    assert _found(text, "pledge", "2025-05-28", SAGA) == []
    kept = text.replace("Iceland provides", "Iceland provided Ukraine with $12 million in 2024.\n\nIceland provides")
    assert [p["amount"] for p in _found(kept, "pledge", "2025-05-28", SAGA)] == ["12000000"]


# --- the two-hundred-and-eleventh fresh list: Iceland's money for Ukraine in krónur and euros ------------------------------------

def test_help_of_a_kind_owned_after_in_is_the_givers_and_mil_and_a_code_before_words_are_sums():
    text = ("Iceland's support reaches one billion\n\nAt the conference, Prime Minister Anna Sigurdardottir announced a significant "
            "increase in Iceland’s humanitarian and economic help Ukraine with an additional 425 million ISK.\n\nThe pledge brings "
            "Iceland’s total support for Ukraine this year to ISK one billion. 510 mil ISK have been allocated to humanitarian "
            "assistance through international organizations.")
    pledges = set(_pledged(text, "2022-05-20", SAGA))
    assert {("iceland", "425000000", "ISK"), ("iceland", "1000000000", "ISK"), ("iceland", "510000000", "ISK")} <= pledges, pledges


def test_the_source_of_the_news_gives_nothing_and_a_bodys_description_is_no_persons_claim():
    text = ("Rutte in Iceland\n\nNATO Secretary General Mark Rutte held meetings in Iceland on Thursday.\n\nHe thanked Iceland for "
            "what NATO described as strong contributions to the alliance and acknowledged the country’s first formal defence policy."
            "\n\nAccording to NATO, Iceland has provided more than eight million euros to the Prioritized Ukraine Requirement List.")
    assert not any("strong contributions" in t for _, t in _claims(text, "2025-11-28", SAGA))
    assert [(p["donor"], p["amount"]) for p in _found(text, "pledge", "2025-11-28", SAGA)] == [("iceland", "8000000")]


def test_the_one_a_release_quotes_doing_something_and_a_possessive_with_its_adjective_say_what_follows():
    text = ("Rutte in Iceland\n\nNATO Secretary General Mark Rutte held meetings in Iceland on Thursday.\n\nRutte toured the base. "
            "The release quoted him describing the sea walls as “impressive” and noting that Iceland’s response showed that "
            "“resilience matters.”\n\nRutte said Iceland’s geographic position supports security “at sea and in the air above”.")
    said = [t for who, t in _claims(text, "2025-11-28", SAGA) if who == "mark-rutte"]
    assert any(t.startswith("Iceland’s response showed that") for t in said), said
    assert any(t.startswith("describing the sea walls as") for t in said), said
    assert any(t.startswith("Iceland’s geographic position supports security") for t in said), said


def test_the_name_set_off_after_according_to_the_minister_is_the_speaker_and_applauding_for_is_a_claim():
    text = ("Iceland must do more\n\nIceland needs to strengthen its defense capabilities like other NATO allies, according to the "
            "Foreign Minister, Anna Sigurdardottir.\n\nSigurdardottir applauded the people of Poland for welcoming millions of "
            "refugees.")
    claims = _claims(text, "2025-02-14", SAGA)
    assert ("anna-sigurdardottir", "Iceland needs to strengthen its defense capabilities like other NATO allies") in claims, claims
    assert not any(t == "Anna Sigurdardottir" for _, t in claims), claims
    assert any(t.startswith("applauded the people of Poland") for _, t in claims), claims


# --- the two-hundred-and-twelfth fresh list: Portugal's defence spending, 2019 and 2025 ---------------------------------------

LUSITANIA = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("portugal", "country", "Portugal"),
                       ("montenegro", "country", "Montenegro"), ("european-union", "organization", "European Union", "EU"),
                       ("greece", "country", "Greece"), ("estonia", "country", "Estonia"),
                       ("united-kingdom", "country", "United Kingdom"), ("united-states", "country", "United States"),
                       roles=("prime-minister", "president", "secretary-general"))


def test_a_states_name_that_is_a_prime_ministers_surname_leaves_the_page_his_state_and_assured_today_that_reports():
    text = ("Portugal prepared to adopt conclusions, says Luís Montenegro\n\nPrime Minister Luis Montenegro (C) speaks in the "
            "debate in Lisbon. TIAGO PETINGA/LUSA\nThe Prime Minister assured today that Portugal is prepared to accept the "
            "conclusions that emerge from the summit.\n“Portugal is prepared to be part of a summit that marks a new phase”, said "
            "Luís Montenegro.")
    assert ("luis-montenegro", "prime-minister", "portugal") in _roles(text, "2025-06-25", LUSITANIA)
    assert any(who == "luis-montenegro" and t.startswith("Portugal is prepared to accept")
               for who, t in _claims(text, "2025-06-25", LUSITANIA))


def test_the_governments_aim_is_the_pages_state_and_the_year_the_alliances_goal_was_set_is_no_deadline():
    text = ("Defence spending rises\n\nIn the case of Portugal, the percentage has been increasing since 2017.\n\nBy 2024, "
            "the executive of António Costa aims to reach 1.66% of GDP in defence expenditure, a target that will still fall short "
            "of the 2% target agreed between NATO member countries at the Welsh summit in 2014.\n\nThe government also hopes to "
            "reach 1.98% of GDP if the country manages to obtain the EU funds.\n\nPortugal remains the 16th member of NATO. Among "
            "the NATO member countries that invest the most in defense are the United States, which leads the list with a "
            "percentage of 3.42%, followed by Greece (2.28%) and the United Kingdom and Estonia (both 2.14%).")
    targets = set(_found(text, "target", "2019-11-29", LUSITANIA))
    assert targets == {("portugal", "1.66", "2024"), ("nato", "2", None), ("portugal", "1.98", None)}, targets


def test_a_name_with_a_portuguese_particle_after_a_description_is_the_one_the_epithets_after_it_stand_for():
    text = ("The price of security\n\nPresidential candidate Henrique Gouveia e Melo was asked by journalists on Thursday about "
            "the summit.\n“These issues are of high relevance and cannot be simplified as mere appeasement,” he explained.\n"
            "When asked if he agrees with the aim of reaching 5% of GDP by 2035, Gouveia e Melo denied such statements. “The "
            "percentage will be what is suitable for different countries,” stated the admiral.\nThe presidential candidate also "
            "acknowledged that it is a very ambitious goal.")
    said = [t for who, t in _claims(text, "2025-06-26", LUSITANIA) if who == "henrique-gouveia-e-melo"]
    assert any(t.startswith("These issues are of high relevance") for t in said), said
    assert any(t.startswith("The percentage will be what is suitable") for t in said), said
    assert "it is a very ambitious goal" in said, said


# --- the two-hundred-and-thirteenth fresh list: Türkiye between NATO's targets and Ukraine's war ---------------------------------

ANATOLIA = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("turkiye", "country", "Türkiye", "Turkey"),
                      ("united-states", "country", "United States", "US", "U.S."), ("donald-trump", "person", "Donald Trump", "Trump"),
                      roles=("president", "defence-minister"))


def test_the_alliances_benchmark_a_state_surpasses_or_a_target_for_member_states_is_the_alliances_and_not_endorsed_is_none():
    text = ("Türkiye supports increased spending\n\nWhile Türkiye supports increasing contributions, questions remain about the "
            "feasibility of Trump’s proposed 5% gross domestic product (GDP) target for member states.\n\nIn 2024, Türkiye "
            "allocated 2.09% of its GDP to defense spending, surpassing NATO’s long-standing 2% benchmark for the first time.\n\n"
            "Despite its support for increased spending, Türkiye has not endorsed Trump’s call for a 5% target.")
    targets = set(_found(text, "target", "2025-01-19", ANATOLIA))
    assert targets == {("nato", "5", None), ("nato", "2", None)}, targets


def test_told_a_named_counterpart_during_a_call_and_a_plural_noun_of_a_named_thing_report():
    text = ("Erdogan and Zelenskyy talk\n\nTurkey is ready to give all possible assistance during the negotiation process, "
            "President Recep Tayyip Erdogan told Zelenskyy during a telephone call, the Turkish presidency has said.\n\n"
            "Ukrainian President Volodymyr Zelenskyy visited the front. During a visit to troops there this week, Zelenskyy "
            "said violations of a July truce were on the rise.")
    claims = _claims(text, "2022-04-24", ANATOLIA)
    assert any(who == "recep-tayyip-erdogan" and t.startswith("Turkey is ready to give all possible assistance") for who, t in claims), claims
    assert ("volodymyr-zelenskyy", "violations of a July truce were on the rise") in claims, claims


# --- the two-hundred-and-fourteenth fresh list: North Macedonia's 2 % and its help for Ukraine ---------------------------------

VARDAR = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"),
                    ("north-macedonia", "country", "North Macedonia", "Macedonia", "Macedonian"),
                    roles=("defence-minister", "foreign-minister", "secretary-general"))


def test_a_breadcrumbs_home_is_no_name_and_elaborated_attributes_a_quotation():
    text = ("22.2 C\nSkopje\nHome Macedonia Defense Minister Misajlovski: Country to help Ukraine as much possible, but first...\n\n"
            "Ukraine is once again put on a pedestal, Macedonian Defense Minister Vlado Misajlovski said in an interview.\n\n"
            "“There is an initiative for every country where it can help. Every country can participate directly,” Misajlovski "
            "elaborated.")
    assert not any(p.startswith("home") for p, _, _ in _roles(text, "2026-06-19", VARDAR))
    assert any(who == "vlado-misajlovski" and t.startswith("There is an initiative") for who, t in _claims(text, "2026-06-19", VARDAR))


def test_a_conferences_title_in_marks_is_no_quotation_and_a_pledge_to_go_on_spending_a_share_is_a_goal():
    text = ("Misajlovski at a conference\n\nSkopje, 5 November 2024 (MIA) - Addressing a high-level conference entitled “NATO – 75 "
            "Years of Unity, fostering Cooperation and ensuring Collective Defence”, Minister of Defense Vlado Misajlovski said the "
            "Army will be modernised.\n\nForeign Minister Timco Mucunski pledged that Macedonia will continue to spend more than "
            "two percent of its GDP for security. Mucunski expressed the intent of continued Macedonian support to the NATO "
            "policies of defense, deterrence and support of Ukraine.")
    claims = _claims(text, "2024-11-05", VARDAR)
    assert not any(t.startswith("NATO – 75 Years") for _, t in claims), claims
    assert any(who == "timco-mucunski" and t.startswith("the intent of continued Macedonian support") for who, t in claims), claims
    assert ("north-macedonia", "2", None) in _found(text, "target", "2024-11-05", VARDAR)


def test_a_saved_pages_date_is_no_part_of_the_statement_it_opens():
    text = (" date 2024-06-25 In this highly complex geopolitical environment in Europe, Macedonia will have to act as a responsible "
            "NATO member, said Foreign Minister Timco Mucunski after his meeting in Brussels today.")
    claims = _claims(text, "2024-06-25", VARDAR)
    assert any(t.startswith("In this highly complex geopolitical environment") for _, t in claims), claims


# --- the two-hundred-and-fifteenth fresh list: Luxembourg's military support for Ukraine ----------------------------------------

GRAND_DUCHY = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("luxembourg", "country", "Luxembourg"),
                         ("poland", "country", "Poland"),
                         roles=("defence-minister", "deputy-prime-minister", "secretary-general"))


def test_a_quarter_of_a_billion_spent_since_the_invasion_is_a_running_total():
    text = ("Support must match needs\n\nLuxembourg's Minister of Defence, Yuriko Backes, attended the council.\n\nMinister Backes "
            "stated: “Since the Russian invasion in 2022, Luxembourg has spent around a quarter of a billion euros on military "
            "support for Ukraine. Our support must match Ukraine’s needs.”")
    pledges = [(p["amount"], p["figure"]) for p in _found(text, "pledge", "2024-11-19", GRAND_DUCHY)]
    assert pledges == [("250000000", "running-total")], pledges


def test_a_state_ending_the_clause_before_a_colon_is_no_speaker_nor_is_an_acronym_a_first_name():
    text = ("Luxembourg to give more\n\nLuxembourg's Minister of Defence, Yuriko Backes, attended the council.\n\nThe ministers "
            "discussed the EU Military Assistance Mission in Support of Ukraine (EUMAM Ukraine).\n\nMinister Backes highlighted "
            "the strengthening of military support to Ukraine: “This year, Luxembourg will increase its military support to "
            "Ukraine to €120 million.”\n\nMinister Backes underlined Luxembourg’s ongoing commitment to supporting Ukraine: "
            "“Luxembourg remains in solidarity with Ukraine and will support the country for as long as necessary.”")
    claims = _claims(text, "2025-05-20", GRAND_DUCHY)
    assert {who for who, _ in claims} == {"yuriko-backes"}, claims
    assert len(claims) == 2, claims


def test_a_second_office_joined_by_and_in_an_appositive_is_held_too_and_a_partys_initials_are_no_name():
    text = ("Ministers meet\n\n(L-R) Yuriko Backes, Luxembourg's Minister of Defence; Władysław Kosiniak-Kamysz, Poland's Deputy "
            "Prime Minister and Minister of Defence; Credit: MAE\n\nThe leader of the agrarian party PSL Jan Kowalczyk is a deputy "
            "PM.")
    roles = _roles(text, "2025-05-20", GRAND_DUCHY)
    assert {("wladyslaw-kosiniak-kamysz", "deputy-prime-minister", "poland"),
            ("wladyslaw-kosiniak-kamysz", "defence-minister", "poland")} <= roles, roles
    assert not any(p.startswith("psl") for p, _, _ in roles), roles


# --- the two-hundred-and-sixteenth fresh list: Luxembourg's help for Ukraine, a second list -------------------------------------

GRAND_DUCHY_FM = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("luxembourg", "country", "Luxembourg"),
                            roles=("defence-minister", "foreign-minister"))


def test_two_portfolios_then_their_holders_in_order_and_a_short_surname_misspelt_is_one_person():
    text = ("Ukraine will receive €10 million\n\nThis became known from a press conference of Ukrainian Foreign Minister Andriy "
            "Sybiha with Luxembourg Foreign and Defense Ministers Xavier Bettel and Anna Weimes.\n\nAccording to Luxembourg Defense "
            "Minister Anna Wemes, the purchase of ammunition is planned for 2025.\n\nAnna Weimes says that this year, for the first "
            "time, Luxembourg's budget has included a separate item for Ukraine.")
    roles = _roles(text, "2025-02-03", GRAND_DUCHY_FM)
    assert ("xavier-bettel", "foreign-minister", "luxembourg") in roles, roles
    assert ("anna-weimes", "defence-minister", "luxembourg") in roles, roles
    speakers = {who for who, _ in _claims(text, "2025-02-03", GRAND_DUCHY_FM)}
    assert speakers == {"anna-weimes"}, speakers



# --- the two-hundred-and-seventeenth fresh list: Bulgaria's armoured vehicles and its first decisions on aid ----------------------

THRACIA = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("bulgaria", "country", "Bulgaria"),
                     roles=("prime-minister", "president"))


def test_a_former_government_named_by_its_head_gives_him_the_office_held_before():
    text = ("Bulgaria sends armoured vehicles\n\nIn Bulgaria, the parliamentary majority has approved additional military "
            "assistance to Ukraine.\n\nBack in November 2022, the Bulgarian parliament supported a resolution. Unofficially, the "
            "former pro-European government of Kiril Petkov allegedly provided Kyiv with ammunition worth more than a billion "
            "dollars.")
    roles = [c for c in _found(text, "role", "2023-07-21", THRACIA)]
    assert [(r["person"], r["role"], r["organization"], r["status"]) for r in roles] == [
        ("kiril-petkov", "prime-minister", "bulgaria", "former")], roles


# --- the two-hundred-and-eighteenth fresh list: Hungary's 2 % reached -------------------------------------------------------------

PANNONIA = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("hungary", "country", "Hungary"),
                      roles=("defence-minister", "prime-minister"))


def test_a_goal_for_the_articles_year_said_earlier_is_a_goal_not_this_years_level():
    earlier = ("Hungary an ally\n\nHungary is a conscientious ally, said the minister. Hungary is ready.\n\nEarlier, he said that "
               "Hungary’s defense spending will reach 2% of GDP in 2023, of which a fifth will go to the modernization of the army.")
    assert ("hungary", "2", "2023") in _found(earlier, "target", "2023-02-15", PANNONIA)
    now = earlier.replace("Earlier, he said that Hungary’s", "Hungary’s")
    assert not any(t[0] == "hungary" for t in _found(now, "target", "2023-02-15", PANNONIA))


# --- the two-hundred-and-nineteenth fresh list: Greece, above 3 %, and Ukraine ----------------------------------------------------

HELLENIC = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("greece", "country", "Greece"),
                      roles=("prime-minister", "secretary-general"))


def test_what_a_state_spends_now_or_has_long_spent_is_a_level_but_a_share_it_will_reach_is_a_goal():
    text = ("Greece invests more\n\nGreece is an ally. Greece invests a little more than 3% of its GDP in defence.\n\nGreece has "
            "long made security a priority, investing 3% of GDP in defence.\n\nGreece spends 3% of GDP and will reach 3.5% by "
            "2030.")
    assert _found(text, "target", "2024-11-26", HELLENIC) == [("greece", "3.5", "2030")]


# --- the two-hundred-and-twentieth fresh list: Switzerland's money for Ukraine in francs -----------------------------------------

HELVETIA = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("switzerland", "country", "Switzerland"),
                      ("european-union", "organization", "European Union"), roles=("president", "foreign-minister", "prime-minister"))


def _money(text: str, date: str) -> list[tuple[str, str, str, str]]:
    return [(p["donor"], p["recipient"], p["amount"], p["figure"]) for p in _found(text, "pledge", date, HELVETIA)]


def test_a_subheadings_sum_the_body_tells_as_spent_so_far_is_a_running_total_and_its_parts_are_shares():
    text = ("Switzerland in Paris\n\nAnna Keller (61) ended her year under the Ukrainian star as Federal President in Paris on "
            "Tuesday with a firm promise: “Switzerland will be involved in the rebuilding of Ukraine.”\n\nSwitzerland contributed "
            "CHF 1.3 billion\n\nKeller announced in Paris that the federal government has already spent CHF 1.3 billion on Ukraine "
            "– CHF 1 billion to support the 70,000 Ukrainian refugees admitted to Switzerland, and CHF 300 million in humanitarian "
            "aid.")
    assert sorted(_money(text, "2022-12-13")) == [("switzerland", "ukraine", "1000000000", "share"),
                                                  ("switzerland", "ukraine", "1300000000", "running-total"),
                                                  ("switzerland", "ukraine", "300000000", "share")]
    assert ("anna-keller", "president", "switzerland") in _roles(text, "2022-12-13", HELVETIA)
    assert [who for who, said in _claims(text, "2022-12-13", HELVETIA) if "rebuilding" in said] == ["anna-keller"]


def test_a_running_totals_parts_told_as_of_this_amount_and_the_rest_are_shares():
    text = ("Swiss money\n\nThe Federal Council decided to allocate CHF5 billion for Ukraine’s recovery until 2036.\n\nAccording "
            "to the government, Switzerland has already spent about CHF3 billion on measures to support people affected by the war "
            "in Ukraine. About CHF425 million of this amount came from the cooperation budget, and the rest (about CHF2.5 "
            "billion) was spent by the migration office.")
    assert sorted(_money(text, "2024-04-10"), key=lambda p: int(p[2])) == [
        ("switzerland", "ukraine", "425000000", "share"), ("switzerland", "ukraine", "2500000000", "share"),
        ("switzerland", "ukraine", "3000000000", "running-total"), ("switzerland", "ukraine", "5000000000", "package")]


def test_a_sum_funded_by_a_budget_is_money_but_needs_and_what_many_conference_members_pledged_are_no_ones():
    funded = ("Swiss programme\n\nThe Swiss Federal Council approved a support programme for Ukraine. The first phase will be "
              "funded by the cooperation budget in the amount of 1.5 billion Swiss francs.")
    assert _money(funded, "2024-12-20") == [("switzerland", "ukraine", "1500000000", "package")]
    needs = ("Swiss help in winter\n\nSwitzerland will donate an additional 100 million Swiss francs to Ukraine.\n\nUkrainian "
             "President Volodymyr Zelensky estimates his country’s needs for this winter at about $800 million, and the countries "
             "that attended the Paris conference pledged nearly a billion dollars to help the population.")
    assert _money(needs, "2022-12-13") == [("switzerland", "ukraine", "100000000", "package")]
    assert ("volodymyr-zelensky", "estimates his country’s needs for this winter at about $800 million") \
        in _claims(needs, "2022-12-13", HELVETIA)


def test_a_stance_repeated_that_is_a_claim():
    text = ("Lugano\n\nSwitzerland will help Ukraine.\n\nFor his part, Ukrainian Prime Minister Denys Shmyhal, speaking in "
            "Lugano, repeated that his country was the victim of aggression.")
    assert ("denys-shmyhal", "his country was the victim of aggression") in _claims(text, "2022-07-05", HELVETIA)


# --- the two-hundred-and-twenty-first fresh list: Cyprus, 2 % of GDP and what it gives Ukraine ------------------------------------

KYPROS = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("cyprus", "country", "Cyprus"),
                    ("european-union", "organization", "European Union"), roles=("president", "defence-minister"))


def test_a_five_year_goal_is_due_five_years_on_and_a_state_like_other_members_sets_its_own():
    goal = ("Cyprus rules out arms\n\nCyprus will not send arms, President Nikos Kleanthous said on Tuesday.\n\nHe said Cyprus' "
            "five-year goal is to increase defense spending, strengthen the deterrent power of Cyprus, reach the level of 2 percent "
            "of GDP.")
    assert _found(goal, "target", "2023-06-21", KYPROS) == [("cyprus", "2", "2028")]
    like = ("Cyprus spends more\n\nCyprus, like other EU member states, will devote 2% of its gross domestic product to defense "
            "spending, the president said on Friday.")
    assert _found(like, "target", "2023-03-10", KYPROS) == [("cyprus", "2", None)]


def test_attention_drawn_to_a_fact_and_a_necessity_emphasized_are_claims_but_not_after_a_participle():
    text = ("Cyprus and Ukraine\n\nPresident Nikos Kleanthous emphasized the necessity for Europe to address its challenges with "
            "realism.\n\nNikos Kleanthous drew attention to the fact that the war has demonstrated the importance of European "
            "security.\n\nKleanthous spoke in Nicosia, emphasizing the urgency of increasing military expenditures.")
    said = [text for _, text in _claims(text, "2025-12-21", KYPROS)]
    assert any(t.startswith("the necessity for Europe") for t in said), said
    assert any(t.startswith("the war has demonstrated") for t in said), said
    assert not any("urgency" in t for t in said), said


def test_a_very_long_surname_misspelt_by_two_letters_is_the_same_speaker():
    text = ("Cyprus pledges\n\nNikos Kleanthourides told reporters that Cyprus must be at the centre of the EU's efforts.\n\n"
            "Kleanthulides has said he has no intention of applying to join a military alliance at this time.")
    claims = _claims(text, "2023-03-10", KYPROS)
    assert ("nikos-kleanthourides", "he has no intention of applying to join a military alliance at this time") in claims, claims
    assert {who for who, _ in claims} == {"nikos-kleanthourides"}, claims


# --- the two-hundred-and-twenty-second fresh list: Malta, neutral, and its help for Ukraine ----------------------------------------

MELITA = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("malta", "country", "Malta"),
                    ("european-union", "organization", "European Union"),
                    roles=("president", "prime-minister", "foreign-minister"))


def test_a_foreign_affairs_minister_by_the_ministrys_long_names_and_quotations_after_a_mark_and_a_comma():
    text = ("Malta gives aid\n\nMalta has provided over €1.7 million in emergency assistance to Ukraine since March, according "
            "to Minister for Foreign and European Affairs and Trade Karl Zammit.\n\n“We will continue to support the European "
            "effort and coordinate with the European Commission”, said the Foreign Affairs Minister.\n\n“We will continue to "
            "support our friends in Europe and beyond”, concluded his speech Zammit.")
    assert _roles(text, "2022-12-13", MELITA) == {("karl-zammit", "foreign-minister", "malta")}
    said = [(who, t[:30]) for who, t in _claims(text, "2022-12-13", MELITA)]
    assert said == [("karl-zammit", "We will continue to support th"), ("karl-zammit", "We will continue to support ou")], said


def test_what_a_running_total_included_is_its_evidence_and_a_relative_that_after_a_clause_says_nothing():
    text = ("Malta gives aid\n\nMalta has, since March, provided around €1.7 million in emergency assistance to Ukraine, "
            "Foreign Minister Karl Zammit said.\n\nAddressing a conference in Paris, the minister said this included bilateral "
            "assistance that primarily focused on medical equipment and medicine.")
    assert _claims(text, "2022-12-14", MELITA) == []
    told = text.replace("Addressing a conference in Paris, the minister said this included bilateral assistance that primarily",
                        "The minister told partners that this included bilateral assistance which primarily")
    assert _claims(told, "2022-12-14", MELITA) == []


def test_a_passive_warning_is_no_ones_claim_but_a_said_clause_with_a_place_a_participles_statement_and_ensures_are():
    text = ("Malta and the loan\n\nPrime Minister Robert Camilleri has confirmed Malta will support a major European Union "
            "financial aid package for Ukraine, insisting any contribution will not be linked to the supply of lethal weapons."
            "\n\nCamilleri said discussions on Ukraine dominated the December European Council.\n\nEU leaders were warned Ukraine "
            "was approaching a critical financial cliff.\n\nCamilleri said the agreement ensures Ukraine receives needed funding "
            "for the next two years.")
    said = _claims(text, "2026-01-14", MELITA)
    assert [who for who, _ in said] == ["robert-camilleri"] * 4, said
    assert [t.split()[0] for _, t in said] == ["Malta", "any", "discussions", "the"], said


def test_a_position_reiterated_in_quotation_marks_is_a_claim():
    text = ("Malta in Paris\n\nForeign Minister Karl Zammit spoke in Paris.\n\nZammit also reiterated “the unceasing support” of "
            "the Maltese government for international aid efforts in Ukraine.")
    assert [who for who, _ in _claims(text, "2022-12-14", MELITA)] == ["karl-zammit"]


# --- the two-hundred-and-twenty-third fresh list: Ireland, neutral, its non-lethal aid and its defence spending -------------------

HIBERNIA = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("ireland", "country", "Ireland"),
                      ("european-union", "organization", "European Union"),
                      roles=("prime-minister", "deputy-prime-minister", "foreign-minister", "defence-minister"))


def test_a_goal_raised_from_one_share_to_another_by_members_of_the_alliance_gives_both_but_a_level_fallen_from_gives_none():
    raised = ("Ireland's defence spending\n\nIreland's low level of defence expenditure has been criticised just a day after EU "
              "partners in Nato agreed to boost their target spend from 2% to 3.5% of GDP.")
    assert sorted(_found(raised, "target", "2025-06-26", HIBERNIA)) == [("nato", "2", None), ("nato", "3.5", None)]
    fallen = ("Ireland's defence spending\n\nThe report notes that Ireland’s defence spending ratio has fallen sharply since 2010, "
              "a time of austerity, from 1.24% of GDP to 1% in 2015.")
    assert _found(fallen, "target", "2025-02-17", HIBERNIA) == []


def test_one_minister_of_two_portfolios_after_his_first_title_holds_all_three_offices():
    text = ("Ireland to join\n\nThe development comes as Tánaiste Seán Brennan, minister for foreign affairs and defence, is on "
            "Friday expected to announce plans to join the EU's new procurement mechanism.")
    assert _roles(text, "2025-06-26", HIBERNIA) == {("sean-brennan", "deputy-prime-minister", "ireland"),
                                                     ("sean-brennan", "foreign-minister", "ireland"),
                                                     ("sean-brennan", "defence-minister", "ireland")}


def test_a_part_of_this_money_is_a_share_and_a_government_that_speaks_is_no_speaker():
    text = ("Ireland's package\n\nThe Irish government has approved a new EUR 100 million aid package for Ukraine.\n\nAs specified "
            "by a newspaper, EUR 80 million of this money will be spent on partner procurement. The remaining EUR 20 million is "
            "being allocated to demining.\n\nThe Irish government, which met today to discuss ways to assist Ukraine, said there "
            "was “no doubt” that the decision to suspend military aid to Ukraine was a “very, very serious development”.\n\n"
            "Taoiseach Micheál Byrne called it a “serious setback” and called for “continued engagement between everybody”.")
    pledges = sorted((p["amount"], p["figure"]) for p in _found(text, "pledge", "2025-03-04", HIBERNIA))
    assert pledges == [("100000000", "package"), ("20000000", "share"), ("80000000", "share")], pledges
    claims = _claims(text, "2025-03-04", HIBERNIA)
    assert [who for who, _ in claims] == ["micheal-byrne", "micheal-byrne"], claims
    assert any("serious setback" in t for _, t in claims) and any("continued engagement" in t for _, t in claims), claims


def test_a_unions_sum_named_again_in_a_quotation_with_a_state_in_a_later_clause_stays_the_unions():
    text = ("Ireland's share\n\nThe EU yesterday confirmed that it would fund arms supplies to Ukraine, with a €500 million "
            "package of military support being prepared.\n\n“We decided last night that this is going to be a €500 million "
            "package, so half a billion Euro, to support the Ukrainian military and Ireland will contribute fully our fair share "
            "to that fund, which will be about 1.9% or about €9 million in that overall effort,” Brennan said.")
    pledges = sorted((p["donor"], p["amount"]) for p in _found(text, "pledge", "2022-02-28", HIBERNIA))
    assert pledges == [("european-union", "500000000"), ("ireland", "9000000")], pledges


# --- the two-hundred-and-twenty-fourth fresh list: New Zealand's help for Ukraine in its own dollars -----------------------------

AOTEAROA = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("new-zealand", "country", "New Zealand"),
                      ("russia", "country", "Russia"), roles=("prime-minister", "foreign-minister", "president"))


def test_the_package_named_again_by_its_sum_and_the_military_part_of_it_give_shares():
    text = ("New Zealand commits further $16m to support Ukraine\n\nThe coalition government has committed a further $16 million "
            "in support for Ukraine.\n\nThe prime minister and Foreign Affairs Minister Mere Tane made the announcement.\n\nThe "
            "talks were about Ukraine.\n\nThe $16m announced by the coalition will provide an additional $6m in military "
            "assistance for Ukraine, and $10m in humanitarian assistance for affected communities, the prime minister said.\n\n"
            "\"Of the military assistance, New Zealand will provide $2m to support military healthcare for Ukraine, and $4m to "
            "the drone capability coalition.\"")
    pledges = sorted((int(p["amount"]), p["figure"]) for p in _found(text, "pledge", "2024-07-09", AOTEAROA))
    assert pledges == [(2000000, "share"), (4000000, "share"), (6000000, "share"), (10000000, "share"), (16000000, "package")]
    assert _roles(text, "2024-07-09", AOTEAROA) == {("mere-tane", "foreign-minister", "new-zealand")}


def test_a_post_quoted_after_a_colon_over_two_paragraphs_is_its_authors_in_straight_or_curly_marks():
    for opening, closing, apostrophe in (('"', '"', "'"), ("“", "”", "’")):
        text = (f"New Zealand\n\nPrime Minister Hemi Walker spoke in Washington.\n\nWalker condemned the attacks, posting online: "
                f"{opening}Putin{apostrophe}s gruesome attack on the hospital in Kyiv underlines his appalling tactics.\n\n"
                f"{opening}In Washington this week, I{apostrophe}ll underline that New Zealand continues to stand firmly with "
                f"Ukraine. Slava Ukraini.{closing}")
        said = " ".join(t for who, t in _claims(text, "2024-07-09", AOTEAROA) if who == "hemi-walker")
        assert "gruesome attack" in said and "stand firmly with Ukraine" in said, (opening, said)


def test_a_minister_who_says_its_vital_to_keep_pressure_on_another_state_holds_his_pages_office():
    text = ("New Zealand aid\n\nNew Zealand will give more.\n\nForeign Minister Mere Tane said it’s “vital” countries keep "
            "pressure on Russia and work to “achieve a just and lasting peace in Ukraine.”")
    assert _roles(text, "2025-06-23", AOTEAROA) == {("mere-tane", "foreign-minister", "new-zealand")}
    assert [who for who, _ in _claims(text, "2025-06-23", AOTEAROA)] == ["mere-tane"]


# --- the two-hundred-and-twenty-fifth fresh list: Moldova's defence strategy and its share of GDP ---------------------------------

BASARABIA = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("moldova", "country", "Moldova"),
                       roles=("prime-minister", "defence-minister"))


def test_a_share_of_the_budget_and_the_next_share_in_its_clause_are_no_shares_of_gdp():
    text = ("Moldova's strategy\n\nMoldova proposes to increase the defense budget up to 1% of GDP by 2030.\n\nThe authors specify "
            "that 25 per cent of the budget will be allocated to modernization, and 2 per cent to research and development.")
    assert _found(text, "target", "2024-07-30", BASARABIA) == [("moldova", "1", "2030")]


def test_a_role_emphasised_and_a_significance_echoed_are_claims():
    text = ("Moldova's strategy\n\nThe Moldovan government plans to increase the defence budget.\n\nDefense Minister Ion Rusu "
            "emphasised the strategy's role in guiding Moldova's response to potential security threats.\n\nPrime Minister Dan "
            "Ciobanu echoed the project's significance, highlighting its contribution to civic education.")
    assert [who for who, _ in _claims(text, "2024-07-24", BASARABIA)] == ["ion-rusu", "dan-ciobanu"]


# --- the two-hundred-and-twenty-sixth fresh list: Austria, neutral, and its defence budget as a share of GDP ----------------------

OSTMARK = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("austria", "country", "Austria"),
                     roles=("chancellor", "defence-minister"))


def test_a_share_of_last_century_is_a_level_not_a_goal():
    text = ("Austria wants to increase defense spending to two percent of GDP\n\nAustria intends to increase defense spending to "
            "2% of GDP, Chancellor Karl Moser said.\n\nThe last time the country approached 2% of GDP was back in 1964, when 1.9% "
            "of GDP was allocated for this purpose.")
    assert _found(text, "target", "2025-04-30", OSTMARK) == [("austria", "2", None)]


# --- the two-hundred-and-twenty-seventh fresh list: South Korea's money for Ukraine in won and in dollars ------------------------

HANGUK = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("south-korea", "country", "South Korea"),
                    roles=("president", "prime-minister", "foreign-minister", "secretary-general"))


def _sums(text: str, date: str) -> list[tuple[str, str, str, str]]:
    """The (donor, amount, currency, figure) of each pledge found."""
    return [(c["donor"], c["amount"], c["currency"], c["figure"]) for c in _found(text, "pledge", date, HANGUK)]


def test_the_government_of_a_page_that_names_its_state_only_by_its_firms_gives_and_a_currency_names_no_state():
    text = ("Photo : News\n\nThe government has sharply increased its 2024 budget for support to Ukraine to give more opportunities "
            "for South Korean firms to take part in such projects. According to the budget plan, the government has earmarked 520 "
            "billion won, or some 400 million U.S. dollars, for Ukraine-related spending.")
    assert _sums(text, "2023-08-29") == [("south-korea", "520000000000", "KRW", "package")]


def test_a_states_development_budget_and_a_regions_money_in_a_sentence_not_naming_the_recipient_are_no_pledges():
    text = ("Seoul's aid\n\nSouth Korea has allocated 520 billion won in the state budget for programs for Ukraine next year.\n\n"
            "Further, the country's budget for overseas development assistance (ODA) has been set at 6.5 trillion won, up 2 trillion "
            "won from this year.\n\nSouth Korea has also allocated 1.95 trillion won for diplomacy projects in the Indo-Pacific and "
            "Africa.")
    assert _sums(text, "2023-08-29") == [("south-korea", "520000000000", "KRW", "package")]


def test_the_figure_a_budget_is_measured_against_is_a_package_and_the_parts_after_it_are_the_new_budgets_shares():
    text = ("Seoul's aid\n\nSouth Korea has allocated 520 billion won in the state budget for programs for Ukraine next year.\n\n"
            "Seoul's funds earmarked for Ukraine-related projects for 2024 represent an over eightfold increase from the related "
            "62.9 billion won budget for this year. Of those, 260 "
            "billion won will be used to provide humanitarian assistance.")
    assert _sums(text, "2023-08-29") == [("south-korea", "520000000000", "KRW", "package"),
                                         ("south-korea", "62900000000", "KRW", "package"),
                                         ("south-korea", "260000000000", "KRW", "share")]
    such = ("Seoul's aid\n\nSouth Korea has earmarked 520 billion won for Ukraine-related spending, up eightfold compared to this "
            "year’s nearly 63 billion won. Half of such spending will go toward humanitarian assistance, while some 130 billion won "
            "will be injected via international agencies.")
    assert ("south-korea", "130000000000", "KRW", "share") in _sums(such, "2023-08-29")


def test_an_increase_over_last_year_and_what_the_receiving_side_expects_to_secure_are_no_pledges():
    text = ("Recovery conference\n\nSouth Korea said it will provide an additional $130 million in aid to help Ukraine recover. "
            "Minister Kim Sang-ho said Seoul pledged a $30 million increase in its budgetary support for Kyiv this year compared "
            "to last year.\n\nUkrainian Prime Minister Petro Savchuk said he expected to secure almost $7 billion in aid, stressing "
            "what Kyiv is facing now is the largest reconstruction project in Europe since World War II.")
    assert _sums(text, "2023-06-22") == [("south-korea", "130000000", "USD", "package")]
    claims = _claims(text, "2023-06-22", HANGUK)
    assert ("petro-savchuk", "what Kyiv is facing now is the largest reconstruction project in Europe since World War II") in claims


def test_the_head_of_a_states_foreign_ministry_named_with_no_comma_is_its_minister_and_a_need_announced_is_a_claim():
    text = ("Seoul at NATO\n\nIn addition, the head of the Ukrainian Foreign Ministry Ivan Melnyk said during yesterday's NATO "
            "meeting that Seoul should send lethal weapons to Kyiv.\n\nNATO Secretary General Lars Berg then announced the need to "
            "make the alliance's military supplies to Kyiv mandatory and not voluntary.")
    assert ("ivan-melnyk", "foreign-minister", "ukraine") in _roles(text, "2024-04-05", HANGUK)
    assert any(who == "lars-berg" and said.startswith("the need to make") for who, said in _claims(text, "2024-04-05", HANGUK))


def test_a_surname_after_but_that_said_in_an_interview_last_month_that_is_the_speaker():
    text = ("Seoul signs aid package\n\nSouth Korea on Wednesday signed an agreement with Ukraine over its plan to provide $130 "
            "million in financial assistance.\n\nBut Yoon said in an interview with Reuters last month that his government might not "
            "“insist only on humanitarian or financial support” if civilians in Ukraine came under large-scale attack.")
    assert [who for who, _ in _claims(text, "2023-05-17", HANGUK)] == ["yoon"]


# --- the two-hundred-and-twenty-eighth fresh list: Georgia, a partner outside the alliance, and its share of GDP ------------------

SAKARTVELO = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("georgia", "country", "Georgia"),
                        roles=("president", "prime-minister", "defence-minister", "secretary-general"))


def test_a_page_whose_quotation_marks_were_lost_to_question_marks_reads_its_quotation_and_its_goal_in_nato_recommendations():
    text = ("Government Vows to Increase Defense Funding\n\nNominee for the Prime Minister?s post Giorgi Beridze said one of the "
            "priorities of the new government would be reforms in the defense sphere.\n\n?Our main goal is to increase funding in "
            "accordance with the European and NATO recommendations. The current funding which makes 0,69% of GDP should increase up "
            "to 2% of GDP,? Beridze said at the Parliament session, adding that Georgia should have a small but professional army.")
    assert [(actor, value) for actor, value, _ in _found(text, "target", "2004-02-17", SAKARTVELO)] == [("georgia", "2")]
    claims = _claims(text, "2004-02-17", SAKARTVELO)
    assert not any("?" in said or "Our main goal" in said for _, said in claims), claims  # (the goal's announcement is its evidence)


def test_a_figure_judged_and_a_share_of_its_time_are_no_goals():
    text = ("Georgia to raise defense spending\n\nGeorgia will increase its defense budget, the prime minister said.\n\n\"We are "
            "continuing reforms of Georgian Armed Forces, to bring them closer to NATO standards. The figure of 4-4.5% is not a high "
            "indicator compared with countries that are reforming their armed forces,\" Giorgi Beridze said.\n\nThe highest Defence "
            "budget in the last ten years was 1.5 billion GEL in 2008, which at the time was more than 7.8 percent of the country’s GDP.")
    assert _found(text, "target", "2007-08-29", SAKARTVELO) == []


def test_a_budget_that_should_be_over_a_share_and_a_ministry_working_on_ensuring_it_exceeds_one_are_goals():
    text = ("Georgia's military budget should be over 2% of GDP, it will bring republic closer to NATO standards\n\nThe Georgian "
            "Defense Ministry is working on ensuring that its budget exceeds two percent of the country's GDP, Georgian Defense "
            "Minister Levan Kapanadze said.")
    assert {(actor, value) for actor, value, _ in _found(text, "target", "2017-04-08", SAKARTVELO)} == {("georgia", "2")}
    for line in ("Georgia's military budget should be over 2% of GDP", "The Georgian Defense Ministry is working on ensuring that "
                 "its budget exceeds two percent of the country's GDP, Georgian Defense Minister Levan Kapanadze said."):
        assert [actor for actor, _, _ in _found(f"Georgia\n\n{line}", "target", "2017-04-08", SAKARTVELO)] == ["georgia"], line


def test_a_quotation_opened_low_with_one_nested_in_it_is_the_speaker_named_before_its_colon():
    text = ("Manipulation\n\nThe interview regards the visit of NATO Secretary General Jens Stoltenberg to Georgia.\n\nTamar "
            "Beridze: „Georgia should pay two percent of its Gross Domestic Product for defence means, which in fact means that we "
            "should pay money to NATO. Article 5 is defined as “One for all and all for one“ and this principle is a cornerstone "
            "of the alliance… Jens Stoltenberg spoke about that and clearly stated that Georgia should pay two percent of its Gross "
            "Domestic Product if it wants membership in NATO”.")
    claims = _claims(text, "2019-04-04", SAKARTVELO)
    assert [who for who, _ in claims] == ["tamar-beridze"], claims


# --- the two-hundred-and-twenty-ninth fresh list: Italy's 2 % reached by accounting ----------------------------------------------

ITALIA = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("italy", "country", "Italy"),
                    ("united-states", "country", "United States"), ("donald-trump", "person", "Donald Trump"),
                    roles=("president", "prime-minister", "defence-minister", "finance-minister", "secretary-general"))


def test_a_state_that_plans_to_reaffirm_its_commitment_to_meet_the_alliances_target_by_a_year_has_that_goal():
    text = ("The Italian NATO commitment. As this week’s NATO summit in Washington DC, US, approaches, Italy plans to reaffirm its "
            "commitment to increasing military spending to meet the alliance’s target of 2% of GDP by 2028.\n- A 2014 NATO agreement "
            "established the commitment to reach 2% in GDP in military spending.\n- NATO leaders will meet in Washington.")
    assert ("italy", "2", "2028") in _found(text, "target", "2024-07-08", ITALIA)


def test_a_significance_emphasised_is_a_claim_and_an_action_suggested_is_one_up_to_its_clause():
    text = ("Promising talks\n\nNATO Secretary General Jens Stoltenberg and Prime Minister Meloni met in Rome.\n- Stoltenberg "
            "acknowledged Italy’s efforts and emphasised the strategic significance of meeting the "
            "target.\n- The potential re-election of Donald Trump, who has previously suggested expelling from the alliance member "
            "states that do not adhere to the spending target, underscores the importance of European nations.")
    claims = _claims(text, "2024-07-08", ITALIA)
    assert ("donald-trump", "expelling from the alliance member states that do not adhere to the spending target") in claims, claims
    assert not any(said.startswith("do not adhere") for _, said in claims), claims
    assert any(said.startswith("the strategic significance") for _, said in claims), claims
    # (a share suggested is a goal's evidence, no claim)
    assert _claims("Rutte\n\nRutte has even suggested increasing spending ceilings to 3.7% to maintain readiness for future threats.",
                   "2025-06-01", ITALIA) == []


def test_a_state_poised_to_fulfil_the_target_and_one_able_to_raise_its_spending_announce_goals_no_claims():
    poised = ("Italy\n\nItaly is poised to fulfill NATO's defense spending target of 2% of GDP this year by revamping its accounting "
              "methods, Economy Minister Marco Ferri announced during a parliamentary hearing.")
    able = ("Italy\n\nFinance Minister Marco Ferri said earlier this week that Italy would be able to raise its defense expenditure "
            "to 2 percent of GDP by the end of 2025 by including the costs of the coast guard.")
    for text in (poised, able):
        assert _claims(text, "2025-04-17", ITALIA) == [], text
        assert ("italy", "2", "2025") in _found(text, "target", "2025-04-17", ITALIA), text


def test_what_a_budgeted_sum_comes_to_after_a_plan_not_made_is_a_level_and_a_government_that_aims_no_speaker():
    text = ("Italy's 2%\n\nMoreover, Italy initially did not plan to meet the target in 2025 either, budgeting €30.5 billion for "
            "defence, equivalent to about 1.5% of GDP.\n\n- While the Italian government also aims to advocate for NATO to pay more "
            "attention to the Mediterranean region, it is expected to play an active role in discussions on burden sharing, "
            "emphasising the importance of collective defence commitments among European allies.")
    assert _found(text, "target", "2025-09-01", ITALIA) == []
    assert _claims(text, "2025-09-01", ITALIA) == []


# --- the two-hundred-and-thirtieth fresh list: Croatia's 2 %, its helicopters and its money for Ukraine --------------------------

HRVATSKA = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("croatia", "country", "Croatia"),
                      ("united-states", "country", "United States"),
                      roles=("president", "prime-minister", "defence-minister", "secretary-of-defense", "secretary-general"))


def test_a_first_deputy_prime_minister_after_a_name_and_a_state_holds_that_rank():
    text = ("Mine clearance\n\nAfterwards, Olena Koval, Ukraine's First Deputy Prime Minister, and Ivo Horvat, Croatian Prime "
            "Minister, signed an agreement on mine clearance.")
    assert ("olena-koval", "first-deputy-prime-minister", "ukraine") in _roles(text, "2023-10-20", HRVATSKA)


def test_the_pentagon_chief_is_the_us_secretary_not_his_counterpart_the_page_names_after_him():
    text = ("Helicopters\n\nUS Secretary of Defence Lloyd Austin met his Croatian counterpart Ivo Horvat in Washington.\n\n\"And all "
            "of that is making a real difference in Ukraine's fight for freedom,\" the Pentagon chief added.")
    assert [who for who, _ in _claims(text, "2023-10-20", HRVATSKA)] == ["lloyd-austin"]


def test_a_situation_evaluated_as_a_short_quotation_is_a_claim_after_a_paragraph_of_reported_speech():
    text = ("Helicopters\n\nMeanwhile, the government kept the military support to Ukraine \"secret\", while Prime Minister Ivo "
            "Horvat announced in November that 14 helicopters would be sent to Ukraine.\n\nPresident Marko Babic, known for his "
            "opposing view on sending military aid to Ukraine, evaluated the situation as \"I don't care\".")
    assert ("marko-babic", "evaluated the situation as \"I don't care\"") in _claims(text, "2023-02-26", HRVATSKA)


def test_a_state_told_by_others_to_set_aside_a_share_of_its_gdp_is_the_one_to_spend_it():
    text = ("Croatia's plan\n\nAfter Croatia, along with some other NATO countries, was told by the US and NATO in Brussels in October "
            "to come up with a plan in six weeks on how to set aside 2 percent of its GDP for defence, Defence Minister Ivo Horvat "
            "said an action plan has been drawn up.")
    assert [actor for actor, _, _ in _found(text, "target", "2019-11-25", HRVATSKA)] == ["croatia"]


def test_last_years_raised_share_and_a_league_tables_first_are_levels():
    text = ("NATO estimates\n\nAccording to a report presented on Thursday, NATO estimates that, last year, Croatia increased its "
            "defence budget to 2.16 percent of GDP from 1.71 percent in 2020.\n\nGreece earmarked the most for defence last year, "
            "3.59 percent of GDP, followed by the United States (3.57 percent).")
    assert _found(text, "target", "2022-03-31", HRVATSKA) == []


def test_a_paragraph_of_one_sentence_closed_by_a_quotation_mark_and_he_said_is_his_quotation():
    text = ("Croatia's plan\n\nDefence Minister Ivo Horvat has told the daily that an action plan has been drawn up.\n"
            "Croatia will be in the green,” he said.\nHorvat and the prime minister are going to London.")
    assert ("ivo-horvat", "Croatia will be in the green") in _claims(text, "2019-11-25", HRVATSKA)


# --- the two-hundred-and-thirty-first fresh list: Serbia, neutral, and its military spending as a share of GDP --------------------

SRBIJA = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("serbia", "country", "Serbia"),
                    ("cyprus", "country", "Cyprus"), ("european-union", "organization", "European Union", "EU"),
                    roles=("president", "prime-minister", "defence-minister"))


def test_allocations_we_have_a_fall_foreseen_and_what_a_sum_makes_up_are_levels_and_a_recommendation_to_states_no_ones_goal():
    text = ("Serbia's army\n\n“We have record allocations, around 2.65% of GDP for the defence and security system,” President Marko "
            "Jovic said.\n\nThrough 2029, growth in defence spending will probably decelerate, resulting in spending as a proportion of "
            "GDP dropping from 1.7% in 2020 to 1.3% by 2029.\n\nSerbia has planned 2.09 billion euros for defense in 2024, which in "
            "percentage terms makes up 2.74 percent of GDP.\n\nDespite the recommendation that states should allocate funds in the "
            "amount of 2% of gross domestic product (GDP) for defense, spending declined in many countries.")
    assert _found(text, "target", "2025-01-27", SRBIJA) == []


def test_reported_speech_with_a_verb_of_being_or_having_and_no_that_is_a_claim_but_not_a_passive_nor_said_as_a_reference():
    text = ("Serbia's army\n\nSerbian President Marko Jovic said on Tuesday he was satisfied with the results of a review of the "
            "country’s armed forces, citing record defence spending, while warning that Belgrade was concerned about the formation "
            "of military alliances in the region.\n\nJovic said defence and security spending had reached a record level of about "
            "2.65% of gross domestic product.\n\nEU leaders were warned Ukraine was approaching a critical financial cliff.\n\nJovic "
            "will undertake the commitment that Serbia will be able to set aside said 2 percent by 2024, when it is estimated that "
            "its budget will be 9.4 billion dinars.")
    claims = _claims(text, "2026-01-27", SRBIJA)
    said = [text for _, text in claims]
    assert any(s.startswith("he was satisfied with the results") and "Belgrade" not in s for s in said), claims
    assert any(s.startswith("Belgrade was concerned") for s in said), claims
    assert any(s.startswith("defence and security spending had reached a record level") for s in said), claims
    assert not any("financial cliff" in s or s.startswith("2 percent") for s in said), claims
    assert {who for who, _ in claims} == {"marko-jovic"}, claims


def test_a_states_goal_told_as_its_five_year_goal_is_its_announcement_no_claim():
    # (a guard for the rule above, which reads "He said Cyprus' … goal is …" as reported speech: the goal's evidence stays none)
    text = ("Cyprus\n\nCyprus will not send weapons, President Nikos Andreou said.\n\nHe said Cyprus' five-year goal is to increase "
            "defense spending, strengthen the deterrent power of Cyprus, reach the level of 2 percent of GDP.")
    assert not any("goal" in said for _, said in _claims(text, "2023-06-21", SRBIJA)), _claims(text, "2023-06-21", SRBIJA)
    assert ("cyprus", "2", "2028") in _found(text, "target", "2023-06-21", SRBIJA)


# --- the two-hundred-and-thirty-second fresh list: the small allies of the Adriatic, Albania and Montenegro ----------------------

ADRIATIK = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("albania", "country", "Albania"),
                      ("montenegro", "country", "Montenegro"), ("jens-stoltenberg", "person", "Jens Stoltenberg"),
                      roles=("president", "prime-minister", "secretary-general"))


def test_the_head_of_nato_after_a_comma_is_its_secretary_general_and_the_latter_the_one_named_last():
    text = ("Albania must increase defense spending\n\nPresident of the Republic, Arben Dushku, met today with the head of NATO, "
            "Jens Stoltenberg. The latter said that NATO encourages Albania to increase spending on security.")
    assert ("jens-stoltenberg", "secretary-general", "nato") in _roles(text, "2016-06-01", ADRIATIK)
    assert [who for who, _ in _claims(text, "2016-06-01", ADRIATIK)] == ["jens-stoltenberg"]


def test_a_statement_before_a_name_whose_appositive_holds_a_list_and_who_told_an_outlet_on_a_date_is_his():
    text = ("Montenegro\n\nPodgorica’s obligation to increase defense spending as part of NATO from 1.66 to 2 percent of GDP and higher "
            "will not burden Montenegro’s economy, Marko Vukovic, a member of Montenegro's working group for Chapter 31 on "
            "foreign, security and defense policy, told Sputnik 08 June 2017.")
    assert [who for who, _ in _claims(text, "2017-06-08", ADRIATIK)] == ["marko-vukovic"]
    assert [actor for actor, _, _ in _found(text, "target", "2017-06-08", ADRIATIK)] == ["montenegro"]


def test_a_target_of_the_countrys_gdp_under_nato_regulations_is_the_states_and_a_clause_after_growth_still_gives_the_alliances():
    required = ("Montenegro\n\nMontenegro became the 29th member of the alliance. Under NATO regulations, Montenegro is required to "
                "increase its defense spending to meet the 2-percent target of the country’s GDP.")
    assert [actor for actor, _, _ in _found(required, "target", "2017-06-08", ADRIATIK)] == ["montenegro"]
    wales = ("Montenegro\n\nAt the 2014 Wales summit, NATO members agreed to increase defence expenditure in line with GDP growth, "
             "and to aim to reach a 2% defence spending/GDP ratio.")
    assert _found(wales, "target", "2019-12-30", ADRIATIK) == [("nato", "2", None)]


def test_other_sectors_shares_a_supposition_and_a_sum_worked_out_are_no_goals_and_a_decisions_figure_and_its_part_are_the_alliances():
    text = ("What NATO's 5% costs Albania\n\nThe approval of the defense budget increase by all NATO leaders is expected to force "
            "each country to spend about 5% of its gross domestic product. But with the latest decision of 5%, Albania is expected "
            "to spend over 1.3 billion euros. In 2025, a budget of 2.36% of GDP has been dedicated to education, 2.78% to health, "
            "while budgetary spending on the pension scheme is 7.4% of GDP.\n\nIf Albania allocates five percent of its GDP to "
            "defense by 2035, that figure could exceed 460 million euros. GDP in 2035 may be 9.23 billion euros, meaning five "
            "percent earmarked for defense would total around 461.5 million euros.\n\nNATO member states agreed to raise defense "
            "spending to five percent of GDP by 2035. Of this, 3.5 percent will be allocated to direct military spending, with "
            "1.5 percent for “broader security expenses.”")
    found = _found(text, "target", "2025-06-27", ADRIATIK)
    assert {actor for actor, _, _ in found} == {"nato"}, found
    assert {value for _, value, _ in found} == {"5", "3.5", "1.5"}, found


def test_a_sum_in_a_headlines_question_is_no_pledge():
    text = ("“Impact of NATO’s New Military Budget Allocation: What Does Over €2.035 Billion Mean for Montenegro?”\n\nIf Montenegro "
            "allocates five percent of its GDP to defense by 2035, that figure could exceed 460 million euros that year.")
    assert _found(text, "pledge", "2025-08-15", ADRIATIK) == []


# --- the two-hundred-and-thirty-third fresh list: Lithuania's money for Ukraine ------------------------------------------------

LIETUVA = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("lithuania", "country", "Lithuania"),
                     ("latvia", "country", "Latvia"),
                     roles=("president", "prime-minister", "defence-minister", "foreign-minister"))


def test_the_head_of_a_states_government_in_capitals_is_its_prime_minister_and_a_cut_quotation_after_his_paragraph_his():
    text = ("Lithuania will buy drones\n\nThis was agreed in Vilnius by Prime Minister of Ukraine Petro Savchuk and Prime Minister of "
            "Lithuania Rasa Petraite.\n“In regional policy, we highly appreciate Lithuania’s contribution to the Three Seas "
            "Initiative,” the Head of Ukrainian Government said.\nPetro Savchuk also expressed his gratitude to Lithuania for its "
            "clear position on the sanctions track.\n“Today we would like to propose a new initiative, new sanctions – a ban on air "
            "transit to the russian federation. This initiative is aimed at limiting")
    assert [who for who, _ in _claims(text, "2023-08-25", LIETUVA)] == ["petro-savchuk", "petro-savchuk"]


def test_a_second_sum_whose_currency_the_sentence_leaves_out_takes_the_firsts():
    text = ("Latvia's aid\n\nThe government of Latvia has approved a new aid package for Ukraine worth almost 10 million euros — 5.3 "
            "million euros will go to the reconstruction of Ukraine and 4.3 million to support the armed forces.")
    assert [(c["amount"], c["currency"], c["figure"]) for c in _found(text, "pledge", "2024-04-10", LIETUVA)] == [
        ("10000000", "EUR", "package"), ("5300000", "EUR", "share"), ("4300000", "EUR", "share")]


def test_a_states_new_minister_after_its_possessive_holds_its_office_and_a_quotation_opening_at_the_modal_is_reported_speech():
    text = ("Kyiv talks\n\nUkraine's President Petro Savchuk met with Lithuania's new Minister of Defence, Jonas Kazlauskas.\n\n"
            "Lithuanian President Rasa Petraite said Ukraine’s path to NATO “must stay on the table,” and Ukraine needs to have "
            "“real security guarantees.”")
    assert ("jonas-kazlauskas", "defence-minister", "lithuania") in _roles(text, "2024-04-10", LIETUVA)
    assert any(who == "rasa-petraite" and said.startswith("Ukraine’s path to NATO") for who, said in _claims(text, "2024-04-10", LIETUVA))


# --- the two-hundred-and-thirty-fourth fresh list: Estonia's packages for Ukraine ----------------------------------------------

EESTI = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("estonia", "country", "Estonia"),
                   ("european-union", "organization", "European Union", "EU"),
                   roles=("president", "prime-minister", "defence-minister"))


def test_the_countrys_minister_after_a_sentence_opened_by_a_giver_is_the_givers_not_the_recipients():
    text = ("Estonia to provide aid\n\nVILNIUS, March 21. /TASS/. Estonia will send Ukraine a military aid package worth 20 million "
            "euros, the country’s Defense Minister Mart Tamm said at a meeting with his Ukrainian counterpart Ivan Melnyk in Kiev.")
    roles = _roles(text, "2024-03-21", EESTI)
    assert ("mart-tamm", "defence-minister", "estonia") in roles and ("mart-tamm", "defence-minister", "ukraine") not in roles, roles


def test_a_plan_proposed_and_a_package_in_the_works_are_no_pledges_and_aid_as_a_share_of_gdp_no_goal():
    text = ("Estonia's aid\n\nEstonia will hand over a package of military aid to Ukraine for 20 million euros. In addition, Estonia "
            "proposed a financing plan for Ukraine for 120 billion euros.\n\nThe European Union is working on a new €20 billion "
            "military aid package for Ukraine.\n\n“Thus, our total military assistance to Ukraine is more than 1% of our GDP”, she "
            "noted.")
    assert [(c["donor"], c["amount"]) for c in _found(text, "pledge", "2024-03-21", EESTI)] == [("estonia", "20000000")]
    assert _found(text, "target", "2024-03-21", EESTI) == []


def test_what_the_latest_package_included_is_its_evidence_no_claim():
    text = ("Estonia announces new package\n\nEstonia will hand over a package of military aid to Ukraine for 20 million euros.\n\n"
            "The package includes explosives and much more.\n\n\"We put this package together focussing on the maximum benefit to "
            "Ukraine,\" Estonian Defense Minister Mart Tamm says.\n\nHe notes that the latest aid package included 155 mm shells, which "
            "was Estonia's additional contribution to the EU initiative.")
    assert [said[:6] for _, said in _claims(text, "2024-03-21", EESTI)] == ["We put"]


# --- the two-hundred-and-thirty-fifth fresh list: US military aid to Ukraine in 2021 ------------------------------------------

def _with_us_government():
    from nato_kg.errors import Position
    from nato_kg.records import Entity

    seeds = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("russia", "country", "Russia"),
                       ("united-states", "country", "United States", "U.S.", "US"),
                       roles=("president", "spokesperson", "secretary-of-defense"))
    seeds.entities["us-government"] = Entity("us-government", "organization", "U.S. government", Position("entities.yaml", 1, 1),
                                             government_of="united-states")
    return seeds


def test_a_states_government_that_gives_is_the_state_as_donor():
    text = ("DOD announces new aid package\n\nThe Defense Department today announced a new $125 million military aid package for "
            "Ukraine.\n\nThe U.S. government has allotted more than $2 billion in security assistance to Ukraine since 2014, "
            "according to DOD.")
    donors = {(c["donor"], c["amount"]) for c in _found(text, "pledge", "2021-03-01", _with_us_government())}
    assert ("united-states", "2000000000") in donors and not any(d == "us-government" for d, _ in donors), donors


def test_a_building_in_a_headline_is_no_persons_name_and_speaks_for_no_one():
    text = ("Pentagon OK’s $125M Aid Package for Ukraine\n\nThe Pentagon has announced $125 million in military aid for Ukraine.\n\n"
            "In addition, the Pentagon said it is providing radars for countering artillery and equipment to support military "
            "medical treatment.")
    claims = _claims(text, "2021-03-01", _with_us_government())
    assert not any(who.startswith("pentagon") for who, _ in claims), claims


def test_a_legislature_reported_to_is_no_recipient_and_the_rest_of_a_package_is_a_share_of_it():
    seeds = _with_us_government()
    text = ("US Sending Patrol Boats\n\nThe Pentagon has announced $125 million in military aid for Ukraine.\n\nThe remaining $150 "
            "million in military aid approved by Congress for the 2021 fiscal year will not be provided until the departments of "
            "State and Defense are in a position to certify to Congress that Ukraine has made progress, the Pentagon said.")
    assert ("united-states", "150000000") in {(c["donor"], c["amount"]) for c in _found(text, "pledge", "2021-03-01", seeds)}
    text = ("US Sending Patrol Boats\n\nThe aid announced Monday is just the first part of a larger $275 million package for Ukraine "
            "approved by Congress for fiscal year 2021.\n\nThe Defense Department said the final $150 million would be released once "
            "the State Department \"certifies that Ukraine has made sufficient progress on key defense reforms.\"")
    pledges = [(c["donor"], c["amount"], c["figure"]) for c in _found(text, "pledge", "2021-03-01", seeds)]
    assert ("united-states", "150000000", "share") in pledges, pledges


def test_a_sum_in_a_bill_still_working_its_way_through_congress_is_no_pledge():
    text = ("Last shipment of US arms arrives in Ukraine\n\nThe final portion of a $60 million U.S. security assistance package to "
            "Ukraine is expected to arrive this week.\n\nU.S. lawmakers pledged an additional $300 million in security assistance "
            "for Ukraine in the massive defense authorization bill now working its way through Congress.")
    amounts = [c["amount"] for c in _found(text, "pledge", "2021-12-08", _with_us_government())]
    assert "300000000" not in amounts and "60000000" in amounts, amounts


def test_a_quotation_the_excerpt_leaves_open_at_its_end_is_no_claim():
    text = ("U.S. to send additional aid to Ukraine\n\nLast week U.S. President Joe Biden said the United States will continue to "
            "support Ukraine.\n\n\"The United States does not, and will never, recognize Russia's purported annexation of the "
            "peninsula,\" Biden told the Munich Security Conference on Feb. 26.\n\n\"We will continue to work to hold Russia "
            "accountable for its abuses and ag")
    said = [t for _, t in _claims(text, "2021-03-01", _with_us_government())]
    assert not any(t.startswith("We will continue to work") for t in said) and any(t.startswith("The United States does") for t in said), said


# --- the two-hundred-and-thirty-sixth fresh list: Germany's 2 % by 2031, 2019 ------------------------------------------------

BUNDES = seeds_with(("nato", "organization", "NATO"), ("germany", "country", "Germany"), ("france", "country", "France"),
                    ("united-states", "country", "United States", "U.S.", "US"), ("donald-trump", "person", "Donald Trump", "Trump"),
                    roles=("president", "chancellor", "defence-minister", "secretary-general"))


def test_a_goal_its_state_opens_in_reported_speech_is_the_goals_evidence_no_claim():
    text = ("Germany's plans\n\nGermany plans to meet NATO’s 2 percent of GDP spending target by 2031 as part of a beefed-up military, "
            "the country’s Defense Minister Anna Weber said Thursday.\n\nThe former Defense Minister, Eva Roth, said Germany will "
            "raise its defence spending to 1,5% by 2024.")
    assert _claims(text, "2019-11-07", BUNDES) == []
    targets = _found(text, "target", "2019-11-07", BUNDES)
    assert ("germany", "2", "2031") in targets and ("germany", "1.5", "2024") in targets, targets


def test_a_share_to_reach_by_a_year_on_a_page_about_defence_spending_is_a_goal_and_its_years_count_on():
    text = ("Germany's aim\n\nGermany aims to reach 1.5% by 2024. Defense Minister Anna Weber says it should reach 2% by 2031.\n\n"
            "The 2% defense spending aim is disputed by the junior partners.")
    targets = _found(text, "target", "2019-11-07", BUNDES)
    assert ("germany", "1.5", "2024") in targets and ("germany", "2", "2031") in targets, targets
    assert not any(who == "anna-weber" for who, _ in _claims(text, "2019-11-07", BUNDES))
    text = ("Germany's plans\n\nUnder the spending plans, Germany will allocate 1.5 percent of GDP to defense in 2024, rising to the 2 "
            "percent — the established target for members of the alliance — seven years later.")
    targets = _found(text, "target", "2019-11-07", BUNDES)
    assert ("germany", "2", "2031") in targets and ("germany", "2", "2024") not in targets, targets


def test_we_who_need_to_spend_in_a_quotation_at_an_alliance_event_are_the_speakers_state():
    text = ("Germany to miss deadline\n\nDefense Minister Anna Weber of Germany spoke on Wednesday.\n\n“We need [to spend] 1.5 percent by "
            "2024 and 2 percent by 2031 at the latest,” Ms. Weber, a close ally of Chancellor Eva Roth, told a NATO event Wednesday, "
            "according to the Reuters news service.")
    targets = _found(text, "target", "2019-11-07", BUNDES)
    assert ("germany", "1.5", "2024") in targets and not any(a == "nato" for a, _, _ in targets), targets
    assert [said[:12] for _, said in _claims(text, "2019-11-07", BUNDES)] == ["We need [to "]


def test_a_state_that_commits_to_the_alliances_share_has_it_and_a_fall_foreseen_and_a_current_level_are_none():
    text = ("Germany commits to 2% NATO spending goal by 2031 for first time\n\nGermany’s fiscal plans saw defense spending falling "
            "slightly to 1.24% in 2023.\n\nCurrent defence spending in Germany is in the region of 1,25%.")
    assert _found(text, "target", "2020-04-08", BUNDES) == [("germany", "2", "2031")]


def test_the_deadline_named_before_the_share_or_after_the_year_it_was_pledged_in_is_the_alliances():
    text = ("Germany to miss deadline\n\nThe country will miss a 2024 NATO deadline to devote at least 2% of its GDP to the military, "
            "despite heavy criticism.\n\nGermany spends about 1.2% of its GDP on defense.")
    assert ("nato", "2", "2024") in _found(text, "target", "2019-11-07", BUNDES)
    text = ("Germany vows\n\nGermany spends about 1.2% of its GDP on defense.\n\nIn 2014 NATO allies pledged to set a minimum of 2% of "
            "GDP for by 2024, mostly in reaction to a resurgent Russia.")
    assert ("nato", "2", "2024") in _found(text, "target", "2019-07-22", BUNDES)


def test_doubts_a_possessive_names_are_the_subject_of_the_speaker_after_them_and_a_day_after_said_is_no_part_of_it():
    text = ("Brain death\n\nMr. Trump’s publicly expressed doubts about the value of the NATO alliance have sparked a re-thinking in "
            "Europe as well, French President Emmanuel Macron said Thursday.\n\nDefense Minister Anna Weber said Wednesday Germany "
            "will only be able to modernise its army slowly, seven years late.")
    claims = _claims(text, "2019-11-07", BUNDES)
    assert ("emmanuel-macron", "Mr. Trump’s publicly expressed doubts about the value of the NATO alliance have sparked a "
            "re-thinking in Europe as well") in claims and not any(who == "donald-trump" for who, _ in claims), claims
    assert ("anna-weber", "Germany will only be able to modernise its army slowly, seven years late") in claims, claims


def test_a_title_and_a_description_of_the_same_person_before_her_name_give_her_the_office_and_the_one_inside_his():
    text = ("Germany vows\n\nGermany’s new defence minister and successor to Chancellor Eva Roth in the leadership of the Christian "
            "Democrats (CDU), Anna Weber (AW), says Germany will act.")
    roles = _roles(text, "2019-07-22", BUNDES)
    assert ("anna-weber", "defence-minister", "germany") in roles and ("eva-roth", "chancellor", "germany") in roles, roles


# --- the two-hundred-and-thirty-seventh fresh list: Trump's cut of US troops in Germany, 2020 -----------------------------------

TROOPS = seeds_with(("nato", "organization", "NATO"), ("germany", "country", "Germany"), ("russia", "country", "Russia"),
                    ("united-states", "country", "United States", "U.S.", "US"), ("donald-trump", "person", "Donald Trump", "Trump"),
                    roles=("president", "chancellor", "ambassador", "secretary-of-defense", "secretary-general"))


def _knows_trump(seeds):
    """``seeds`` knowing Trump as the United States' president, from another source, as the workspace's seeds do."""
    from nato_kg.errors import Position
    from nato_kg.records import Citation, RoleFact

    seeds.facts.append(RoleFact("donald-trump-president", (Citation("other-source", "U.S. President Donald Trump",
                                                                     Position("roles.yaml", 1, 1)),),
                                Position("roles.yaml", 1, 1), person="donald-trump", role="president",
                                organization="united-states"))
    return seeds


_knows_trump(TROOPS)


def test_the_president_said_is_the_known_one_the_page_names_most_not_one_a_caption_names_once():
    text = ("Trump cuts troops\n\n\"We're protecting Germany and they're delinquent. That doesn't make sense,\" the President said, "
            "referring to Germany's failure to attain a goal. Since his election in 2016, Trump has pushed for the 2 per cent as a "
            "hard target. Russian President Vladimir Putin Credit:AP In his White House remarks to reporters, Trump suggested his "
            "troop withdrawal decision was intended to punish Germany, noting that the presence of American troops was a boost to "
            "local economies. \"Those are well-paid soldiers,\" he said. Trump has often said so.")
    claims = _claims(text, "2020-06-16", TROOPS)
    assert claims and {who for who, _ in claims} == {"donald-trump"}, claims
    roles = _roles(text, "2020-06-16", TROOPS)
    assert not any(person == "donald-trump" and org != "united-states" for person, _, org in roles), roles


def test_a_headline_run_with_a_linking_word_is_no_person_and_an_accusation_then_a_vow_are_two_claims():
    text = ("Trump Says US to Pull Some Troops From Germany\n\nWASHINGTON—President Donald Trump said on Monday he would cut the "
            "number of U.S. troops in Germany to 25,000.\n\nSpeaking to reporters, Trump accused Germany of being “delinquent” in "
            "its payments to the North Atlantic Treaty Organization and vowed to stick with the plan unless Berlin changed course.")
    claims = _claims(text, "2020-06-15", TROOPS)
    assert {who for who, _ in claims} == {"donald-trump"}, claims
    assert ("donald-trump", "to stick with the plan unless Berlin changed course") in claims, claims
    assert any(said.startswith("Germany of being “delinquent” in its payments") and said.endswith("Organization")
               for _, said in claims), claims


def test_an_ambassador_to_a_state_of_two_words_and_a_clause_after_said_its_initials_open():
    text = ("Germany's envoy\n\nAsked about the decision, German Ambassador to the United States Emily Haber said U.S. troops were in "
            "Europe to defend transatlantic security.")
    assert ("emily-haber", "ambassador", "germany") in _roles(text, "2020-06-15", TROOPS)
    assert ("emily-haber", "U.S. troops were in Europe to defend transatlantic security") in _claims(text, "2020-06-15", TROOPS)


def test_this_week_after_said_does_not_make_the_sentence_before_his_and_a_group_that_argues_is_no_speaker():
    text = ("Esper at NATO\n\nPresident Donald Trump announced the withdrawal. Members of his own party have criticized the move. "
            "Germany is a hub for U.S. operations in the Middle East and Africa. Trump said this week that the troops could be moved "
            "to Poland.\n\nIt was not clear whether Trump would carry through on his plan, given criticism from some of the "
            "president’s fellow Republicans in Congress who have argued a cut would be a gift to Russia. Defense Secretary Mark "
            "Smith came a week after several allied defense ministers expressed concern about the unpredictability of U.S. troop "
            "plans.")
    said = [t for _, t in _claims(text, "2020-06-26", TROOPS)]
    assert not any(t.startswith(("Germany is a hub", "a cut would", "concern about")) for t in said), said
    assert "the troops could be moved to Poland" in said, said


# --- the two-hundred-and-thirty-eighth fresh list: Biden's first NATO summit, June 2021 ------------------------------------------

SUMMIT = seeds_with(("nato", "organization", "NATO"), ("belgium", "country", "Belgium"),
                    ("united-states", "country", "United States", "U.S.", "US"),
                    roles=("president", "prime-minister", "secretary-general"))


def test_words_after_said_that_a_closing_mark_ends_are_the_same_quotation_whatever_the_copy_lost():
    text = ("Biden at NATO\n\n“We take Article 5 as a sacred obligation,” Mr Joe Biden said. I want Nato to be aware that America "
            "is present.”\n\nMr Trump had previously described the alliance as “obsolete”.\n\n“We are convening at a critical "
            "juncture,” NATO Secretary General Jens Stoltenberg said. No country or continent can face these issues on its own. "
            "However, Europe and North America aren’t the only ones.”")
    claims = _claims(text, "2021-06-16", SUMMIT)
    assert ("joe-biden", "I want Nato to be aware that America is present.") in claims, claims
    assert ("jens-stoltenberg", "No country or continent can face these issues on its own. However, Europe and North America "
            "aren’t the only ones.") in claims, claims
    assert not any(said.startswith("I want Nato") and "Trump" in said for _, said in claims), claims


def test_according_to_a_name_with_a_particle_then_a_quotation_and_a_clause_of_wanting_after_said():
    text = ("Biden at NATO\n\nMr. Biden’s attendance, according to Belgian Prime Minister Alexander de Croo, “emphasizes the rebirth "
            "of the transatlantic connection.” Mr de Croo said Nato allies wanted to move on from four years of turmoil and "
            "infighting among member countries.")
    claims = _claims(text, "2021-06-16", SUMMIT)
    assert any(who == "alexander-de-croo" and "rebirth of the transatlantic connection" in said for who, said in claims), claims
    assert ("alexander-de-croo", "Nato allies wanted to move on from four years of turmoil and infighting among member "
            "countries") in claims, claims


# --- the two-hundred-and-thirty-ninth fresh list: Denmark's 2 % by 2033, March 2022 ----------------------------------------------

DANES = seeds_with(("nato", "organization", "NATO"), ("denmark", "country", "Denmark"), ("ukraine", "country", "Ukraine"),
                   ("russia", "country", "Russia"), roles=("president", "prime-minister"))


def test_a_state_that_meets_the_alliances_target_by_a_year_gives_both_goals_past_a_relative_clause_and_its_level_is_none():
    text = ("Danes to vote\n\nDenmark, which is a founding member of NATO, will also aim to raise its defense spending to the "
            "alliance’s target of 2 per cent of gross domestic product by 2033 from its current 1.4 per cent.\n\nUnder the new deal, "
            "Denmark will gradually increase military spending from 1.3% of GDP to reach the 2% goal in 2033.")
    targets = _found(text, "target", "2022-03-06", DANES)
    assert ("denmark", "2", "2033") in targets and ("nato", "2", None) in targets, targets
    assert not any(a == "nato" and y for a, _, y in targets) and not any(p in ("1.4", "1.3") for _, p, _ in targets), targets


def test_the_country_that_will_meet_the_alliances_target_announces_its_goal_no_claim_and_money_for_its_military_is_no_aid():
    text = ("Denmark votes\n\nDenmark will hold a referendum as Russia’s war against Ukraine goes on.\n\nThe country, a founding "
            "member of the North Atlantic Treaty Organization, will also boost military spending to meet the alliance’s target of "
            "2% of gross domestic product, Prime Minister Mette Frederiksen said on Sunday.\n\nThe government also allocated an "
            "extra 7 billion kroner over the next two years for an immediate boost to the military.")
    assert _claims(text, "2022-03-06", DANES) == []
    assert _found(text, "pledge", "2022-03-06", DANES) == []


def test_a_participle_after_a_quotation_is_the_speakers_not_a_person_the_quotation_names_and_voters_urged():
    text = ("Historic referendum\n\nDanish Prime Minister Mette Frederiksen spoke on Sunday.\n\nThe Danish leader’s statement came "
            "as she declared that “Putin’s pointless and brutal attack on Ukraine has heralded a new era in Europe,” calling it a "
            "“test of strength for everything we believe in.”\n\nFrederiksen urged voters to back abandoning the defense opt-out.")
    claims = _claims(text, "2022-03-07", DANES)
    assert all(who == "mette-frederiksen" for who, _ in claims) and any("test of strength" in said for _, said in claims), claims
    assert any(said.startswith("voters to back") for _, said in claims), claims


def test_she_said_before_the_excerpt_names_anyone_is_the_next_who_speaks_and_a_word_of_politics_before_a_title():
    text = ("Denmark votes\n\n\"Ukraine is the difference. A free, democratic country is under attack from Russia,” she said, "
            "adding that parties represented in her government were all supporting the referendum.\n\nDenmark would also boost "
            "military spending to meet the NATO target of 2% of gross domestic product by 2033, Frederiksen said.\n\nMette "
            "Frederiksen, Denmark’s center left prime minister, was flanked by party leaders.")
    claims = _claims(text, "2022-03-06", DANES)
    assert ("mette-frederiksen", "Ukraine is the difference. A free, democratic country is under attack from Russia") in claims, claims
    assert ("mette-frederiksen", "prime-minister", "denmark") in _roles(text, "2022-03-06", DANES)


# --- the two-hundred-and-fortieth fresh list: Sweden's 2 % "as soon as practically possible", March 2022 -------------------------

SVERIGE = seeds_with(("nato", "organization", "NATO"), ("sweden", "country", "Sweden"), ("denmark", "country", "Denmark"),
                     ("ukraine", "country", "Ukraine"), ("russia", "country", "Russia"), roles=("prime-minister",))


def test_a_goal_announced_with_a_quoted_phrase_of_it_and_a_video_players_lines_give_no_claims_and_levels_fallen_from_none():
    text = ("Sweden to raise military spending\n\nSTOCKHOLM — Sweden’s government wants to increase military spending to 2% of GDP "
            "“as soon as practically possible” in light of Russia’s invasion of Ukraine, Prime Minister Magdalena Andersson said on "
            "Thursday.\n\nWe apologize, but this video has failed to load.\n\ntap here to see other videos from our team. Try "
            "refreshing your browser, or Sweden to raise military spending - PM Back to video\n\nSweden’s defence spending as a "
            "percentage of GDP has declined from 3 percent in the early 1980s to approximately 1 percent in recent years.")
    assert _claims(text, "2022-03-10", SVERIGE) == []
    assert _found(text, "target", "2022-03-10", SVERIGE) == [("sweden", "2", None)]


def test_another_states_level_a_minister_expects_it_to_reach_is_its_goal_and_a_surname_after_according_to_speaks():
    text = ("Sweden to up defence budget\n\nHultqvist said that it will take time to raise Sweden’s defence capabilities to a level "
            "representing two percent of GDP.\n\n“In Denmark, they expect to reach this level in 2033,” Damberg said.\n\nAccording to "
            "Andersson, the government will ensure that the increase in defence spending will be stable and long-term.")
    assert ("denmark", "2", "2033") in _found(text, "target", "2022-03-10", SVERIGE)
    assert ("andersson", "the government will ensure that the increase in defence spending will be stable and long-term") \
        in _claims(text, "2022-03-10", SVERIGE)


# --- the two-hundred-and-forty-first fresh list: Italy's 2 % moved from 2024 to 2028, March 2022 --------------------------------

ITALIA = seeds_with(("nato", "organization", "NATO"), ("italy", "country", "Italy"), ("ukraine", "country", "Ukraine"),
                    ("russia", "country", "Russia"), roles=("prime-minister", "president"))


def test_ex_premier_before_a_name_is_a_former_office_and_the_name_with_its_appositive_speaks():
    text = ("Tension within Draghi govt\n\nPremier Mario Draghi's government has been hit by turmoil over the target of raising "
            "defence spending to 2% of GDP by 2024 to come into line with Italy's NATO commitments.\n\nEx-premier Giuseppe Conte, "
            "the leader of the 5-Star Movement (M5S), said Sunday that he was against a \"massive\" increase in military spending.\n\n"
            "League leader Matteo Salvini has also expressed reservations about raising military spending.")
    roles = _roles(text, "2022-03-28", ITALIA)
    assert ("giuseppe-conte", "prime-minister", "italy") in roles and not any("ex-premier" in p for p, _, _ in roles), roles
    claims = _claims(text, "2022-03-28", ITALIA)
    assert {who for who, _ in claims} == {"giuseppe-conte", "matteo-salvini"}, claims
    assert _found(text, "target", "2022-03-28", ITALIA) == [("italy", "2", "2024")]


# --- the two-hundred-and-forty-second fresh list: Norway's 2 % by 2026, then this year, 2023–2024 --------------------------------

NORGE = seeds_with(("nato", "organization", "NATO"), ("norway", "country", "Norway"), ("ukraine", "country", "Ukraine"),
                   ("united-states", "country", "United States"), roles=("prime-minister", "finance-minister", "defence-minister"))


def test_the_alliances_share_named_again_is_its_dated_goal_a_projection_none_and_according_to_the_premier_speaks():
    text = ("Norway plans to meet NATO's 2% goal by 2026\n\nPrime Minister Jonas Gahr Stoere of Norway spoke to reporters.\n\n"
            "In 2014, all NATO member countries agreed to meet the 2 % of GDP defence "
            "investment guideline by 2024.\n\n“A Norwegian commitment to NATO’s 2 % target is vital to our national security,” "
            "stressed Norwegian Minister of Defence Bjørn Arild Gram.\n\nNorway's defence spending is this year expected to amount "
            "to just over 1.4% of GDP, according to government budget projections.\n\nAccording to the premier, \"Norway allocates "
            "more on defense per capita than everybody else at NATO, except for the United States.\"")
    targets = _found(text, "target", "2023-05-02", NORGE)
    assert ("nato", "2", "2024") in targets and ("nato", "2", None) not in targets and not any(p == "1.4" for _, p, _ in targets), targets
    claims = _claims(text, "2023-05-02", NORGE)
    assert any(who == "jonas-gahr-stoere" and "Norway allocates more on defense per capita" in said for who, said in claims), claims


# --- the two-hundred-and-forty-third fresh list: the Netherlands' 2 % and 3.5 %, 2023–2025 --------------------------------------

NEDERLAND = seeds_with(("nato", "organization", "NATO", "Nato"), ("netherlands", "country", "Netherlands"),
                       roles=("prime-minister", "defence-minister", "secretary-general"))


def test_will_be_spending_a_share_from_a_year_is_a_goal_and_the_alliances_norm_is_its_guideline():
    text = ("Netherlands to spend 2%\n\nThe Netherlands will be spending 2% of its gross domestic product on defense starting 2024 to "
            "meet the NATO target, Dutch Defense Minister Kajsa Ollongren said on Wednesday.\n\nThe current Nato norm is 2%, which "
            "the Netherlands only just meets.")
    targets = _found(text, "target", "2023-07-12", NEDERLAND)
    assert ("netherlands", "2", "2024") in targets and ("nato", "2", None) in targets, targets
    assert _claims(text, "2023-07-12", NEDERLAND) == []


# --- the two-hundred-and-forty-fourth fresh list: Belgium's 2 % by 2035 and its STAR plan, 2023 ---------------------------------

BELGIE = seeds_with(("nato", "organization", "NATO"), ("belgium", "country", "Belgium"), ("greece", "country", "Greece"),
                    ("ukraine", "country", "Ukraine"), ("united-states", "country", "United States"),
                    roles=("prime-minister", "defence-minister"))


def test_our_country_aims_to_achieve_this_by_a_year_and_a_ministers_plan_are_the_states_goals_and_a_ranking_is_no_goal():
    text = ("Belgium's budget\n\nThe percentage initially seemed to be slightly lower, but because some 611 million euros will be "
            "provided for military aid to Ukraine next year, Belgium will still achieve more.\n\nThe military alliance requires an "
            "annual contribution of 2 percent of GDP from the allies. Our country aims to achieve this by 2035, with an "
            "intermediate target of 1.57 percent by 2030.\n\nGreece ranked (at 3.54% of GDP) ahead of the United States (3.46%).\n\n"
            "The STAR plan drawn up by Belgian Defense Minister Ludivine Dedonder aims for 1.54 percent of GDP in defense spending "
            "by 2030.")
    targets = _found(text, "target", "2023-10-13", BELGIE)
    assert {("belgium", "2", "2035"), ("belgium", "1.57", "2030"), ("belgium", "1.54", "2030")} <= set(targets), targets
    assert not any(a == "greece" for a, _, _ in targets) and ("nato", "1.57", "2030") not in targets, targets
    assert [(c["donor"], c["amount"]) for c in _found(text, "pledge", "2023-10-13", BELGIE)] == [("belgium", "611000000")]


# --- the two-hundred-and-forty-fifth fresh list: Latvia's 2.5 % by 2025 and 3 % by 2027, 2023 ----------------------------------

LATVIJA = seeds_with(("nato", "organization", "NATO"), ("latvia", "country", "Latvia"),
                     ("european-union", "organization", "European Union", "EU"), roles=("prime-minister",))


def test_a_share_a_state_could_reach_is_no_goal_and_spending_for_the_alliance_and_the_union_is_the_states():
    text = ("Latvian parliament decides\n\nOn Thursday, the Latvian parliament approved a decision by the Riga government to gradually "
            "raise defense expenditures for the North Atlantic Treaty Organization (NATO) and the European Union, to reach 2.5 "
            "percent by 2025.\n\nLatvia's spending on defence could reach 3% of GDP already next year, Prime Minister Krisjanis "
            "Karins said on Tuesday.")
    targets = _found(text, "target", "2023-07-11", LATVIJA)
    assert targets == [("latvia", "2.5", "2025")], targets
    assert any(said.startswith("Latvia's spending on defence could reach 3%") for _, said in _claims(text, "2023-07-11", LATVIJA))


# --- the two-hundred-and-forty-sixth fresh list: Canada's 2 % by 2032, July 2024 ------------------------------------------------

KANADA = seeds_with(("nato", "organization", "NATO"), ("canada", "country", "Canada"), ("ukraine", "country", "Ukraine"),
                    roles=("prime-minister", "secretary-general"))


def test_the_alliances_target_a_state_expects_to_hit_by_a_year_takes_the_share_the_next_sentence_gives_and_projections_are_none():
    text = ("Trudeau says Canada expects to hit NATO defence spending target in 2032\n\nPrime Minister Justin Trudeau says Canada "
            "expects to hit the NATO defence spending target in 2032.\n\nThe 32 members of the alliance agreed last year to spend at "
            "least the equivalent of two per cent of national gross domestic product on defence.\n\nCanada is lagging behind, with "
            "current spending at around 1.37 per cent, which is set to rise to 1.76 per cent by the end of the decade.\n\nNews I "
            "shared with @ZelenskyyUA in our talks at @NATO: Canada plans to reinforce Ukraine’s defence with $500 million more in "
            "military support.\n\nNATO Secretary-General Jens Stoltenberg wants allies to contribute around $58 billion a year to a "
            "fund to help the war-torn country defend itself.")
    targets = _found(text, "target", "2024-07-11", KANADA)
    assert sorted(targets, key=str) == sorted([("canada", "2", "2032"), ("nato", "2", None)], key=str), targets
    assert _claims(text, "2024-07-11", KANADA) == []
    assert [(c["donor"], c["amount"], c["currency"]) for c in _found(text, "pledge", "2024-07-11", KANADA)] == [
        ("canada", "500000000", "CAD")]


KANADA_USA = seeds_with(("nato", "organization", "NATO"), ("canada", "country", "Canada"), ("ukraine", "country", "Ukraine"),
                        ("united-states", "country", "United States"),
                        roles=("prime-minister", "defence-minister", "secretary-of-defense", "ambassador"))


def test_the_capital_a_story_was_filed_from_on_a_line_of_its_own_is_no_state_of_the_story():
    text = ("WASHINGTON -\n\nPrime Minister Justin Trudeau was asked about Canada's defence spending on Tuesday before the "
            "summit.\n\nCanada has long fallen short of the target, and Canada's ambassador to the U.S. has heard about it from "
            "American officials.\n\nTrudeau met U.S. senators, who want Canada to present a plan.\n\nDefence Minister Bill Blair "
            "has said he looks forward to talking with allies about Canada's plan.\n\nCanada's allies will hear it this week, "
            "officials said.")
    roles = _roles(text, "2024-07-09", KANADA_USA)
    assert ("bill-blair", "defence-minister", "canada") in roles, roles
    assert ("justin-trudeau", "prime-minister", "canada") in roles, roles
    assert not any(org == "united-states" for _, _, org in roles), roles


# --- the two-hundred-and-forty-seventh fresh list: Slovakia's MiG-29s for Ukraine, 2023 ----------------------------------------

SLOVENSKO = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("slovakia", "country", "Slovakia"),
                       ("poland", "country", "Poland"), roles=("prime-minister", "defence-minister", "president"))


def test_an_interim_office_named_alone_after_according_to_and_a_quotation_meant_by_a_phrase_before_he_said_are_the_holders():
    text = ("Slovakia approves jets\n\nSlovakia’s government has approved the supply of MiG-29 jets to Ukraine, interim Prime "
            "Minister Milan Kovac has announced.\n\n“We stand on the right side of history” by giving Ukraine the much-needed "
            "planes in this war, he said.\n\nAccording to the interim PM, the jets will be used by Ukraine for defensive purposes "
            "only.")
    claims = _claims(text, "2023-03-17", SLOVENSKO)
    assert ("milan-kovac", "We stand on the right side of history") in claims, claims
    assert ("milan-kovac", "the jets will be used by Ukraine for defensive purposes only") in claims, claims


def test_a_side_of_a_conflict_named_with_the_other_is_no_office_holders_state_and_a_he_after_a_rivals_relative_clause_is_the_subject():
    text = ("Slovakia approves jets\n\nSlovakia’s government has approved the supply of MiG-29 jets to Ukraine, Prime Minister "
            "Milan Kovac has announced.\n\nKovac also rebuffed claims from his political rival and former prime minister, Peter "
            "Hornak, who warned that the delivery could drag Slovakia into the conflict between Ukraine and Russia. Bratislava "
            "acts as part of NATO, in coordination with Poland and other allies, he explained.")
    assert ("peter-hornak", "prime-minister", "slovakia") in _roles(text, "2023-03-17", SLOVENSKO)
    claims = _claims(text, "2023-03-17", SLOVENSKO)
    assert ("milan-kovac", "Bratislava acts as part of NATO, in coordination with Poland and other allies") in claims, claims
    assert not any(who == "peter-hornak" and said.startswith("Bratislava") for who, said in claims), claims


def test_an_outlet_named_by_its_kind_is_no_speaker_and_the_one_it_quoted_at_the_sentences_end_is():
    text = ("Slovakia approves jets\n\nSlovakia will also send “part of the Kub air defence system,” Prime Minister Milan Kovac "
            "said at a news conference, as cited by Slovak media outlet Dennikovo.\n\nSlovakia should receive 900 million euros in "
            "compensation from allies for the jets, according to Dennikovo.\n\n\"Today, the government unanimously approved the "
            "international agreement on the jets and part of the Kub system,\" Dennikovo publication quoted Kovac.")
    claims = _claims(text, "2023-03-17", SLOVENSKO)
    assert not any(who == "dennikovo" for who, _ in claims), claims
    assert any(who == "milan-kovac" and said.startswith("Today, the government unanimously approved") for who, said in claims), claims


# --- the two-hundred-and-forty-eighth fresh list: Slovakia's first €6.27 million and its S-300, 2022 -------------------------

def test_a_sum_a_ministry_proposed_to_donate_is_no_pledge_beside_the_sum_the_cabinet_released():
    text = ("Government to give Ukraine military equipment worth €6.27 million\n\nBratislava, March 3 – Slovakia will donate military "
            "equipment to help Ukraine, and the Government has decided to release funds for this purpose in the amount of €6.27 "
            "million.\n\nThe proposal was submitted by Defence Minister Milan Kovac. “The Defence Ministry has proposed to donate to "
            "Ukraine military equipment worth a total of €32.2 million,” says the document.")
    pledges = [(c["donor"], c["amount"], c["currency"]) for c in _found(text, "pledge", "2022-03-03", SLOVENSKO)]
    assert pledges == [("slovakia", "6270000", "EUR")], pledges


def test_what_a_prime_minister_has_announced_with_no_that_is_his_claim_and_a_sum_he_announced_is_none():
    text = ("Slovakia donates S-300\n\nSlovakian Prime Minister, Milan Kovac has announced his country has provided the S-300 air "
            "defence system to Ukraine after it appealed to Western nations.\n\nThe equipment Kovac announced on Friday comes out "
            "of the army's reserves.")
    claims = _claims(text, "2022-04-08", SLOVENSKO)
    assert claims == [("milan-kovac", "his country has provided the S-300 air defence system to Ukraine after it appealed to "
                                      "Western nations")], claims


# --- the two-hundred-and-forty-ninth fresh list: Bulgaria's armoured vehicles, 2023 ---------------------------------------------

BALKAN = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("bulgaria", "country", "Bulgaria"),
                    ("sweden", "country", "Sweden"), roles=("prime-minister", "defence-minister", "president"))


def test_a_headline_told_by_an_office_after_a_dash_and_a_quotation_after_a_bare_attribution_are_the_ministers_named_after():
    text = ("Photo: Petar Ivanov Dimov, minister\nAugust 21, 2023\n\nBulgaria will provide Ukraine with more than a hundred armoured "
            "vehicles – Bulgarian Defence Minister\n\nMinister Petar Dimov said at a press conference in Odesa.\n\n“Together with "
            "our allies, we will do everything possible to increase Ukraine’s defence capability. Our countries are friends.”\n\n"
            "According to Dimov, Bulgarian warehouses have more than a hundred armoured vehicles.")
    assert ("petar-dimov", "defence-minister", "bulgaria") in _roles(text, "2023-08-21", BALKAN)
    claims = _claims(text, "2023-08-21", BALKAN)
    assert {who for who, _ in claims} == {"petar-dimov"}, claims  # (the caption's fuller name is the same person)
    assert any(said.startswith("Bulgaria will provide Ukraine with more than a hundred") for _, said in claims), claims
    assert any(said.startswith("Together with our allies") for _, said in claims), claims
    assert any(said.startswith("Bulgarian warehouses have") for _, said in claims), claims


def test_a_goal_announced_in_a_headline_before_a_dash_and_an_office_is_no_claim():
    text = ("Sweden to raise military spending to 2% of GDP as soon as possible - PM\n\nSweden's government wants to increase "
            "military spending to 2% of GDP as soon as practically possible, Prime Minister Anna Berg said on Thursday.")
    assert _claims(text, "2022-03-10", BALKAN) == []


# --- the two-hundred-and-fiftieth fresh list: Obama on the Wales pledge and at Warsaw, 2014 and 2016 ----------------------------

ATLANTIC = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("united-states", "country", "United States"),
                      ("united-kingdom", "country", "United Kingdom"), roles=("prime-minister", "president"))


def test_a_headlines_surname_and_verb_in_title_case_is_no_name_and_the_title_alone_opening_a_sentence_is_the_surnames():
    text = ("President Fordham Holds a Press Conference at the NATO Summit\n\nPresident Fordham held a press conference at the "
            "end of the summit in Wales.\n\nThe President began his remarks by thanking Prime Minister David Cameron for hosting "
            "the summit. \"It's a great honor to be the first sitting U.S. President to visit Wales,\" he said.\n\nPresident "
            "Fordham called this \"a time of transition and a time of testing.\"")
    claims = _claims(text, "2014-09-05", ATLANTIC)
    assert ("fordham", "It's a great honor to be the first sitting U.S. President to visit Wales") in claims, claims
    assert not any(who in ("fordham-holds", "david-cameron") for who, _ in claims), claims


def test_a_surname_also_noted_a_passives_agent_before_he_and_a_byline_of_two_names_is_no_one_spoken_of():
    text = ("Fordham applauds halt to decline in NATO spending\n\nKim Hjelmberg, and Greg Kortner\n\nWARSAW — A halt to a decline "
            "in defense spending by NATO nations was praised by President Fordham here Saturday, although he cautioned that many "
            "members of the alliance still need to pay more.\n\nFordham also noted that NATO had been massively boosting its "
            "defense capabilities in Europe.")
    claims = _claims(text, "2016-07-09", ATLANTIC)
    assert ("fordham", "many members of the alliance still need to pay more") in claims, claims
    assert ("fordham", "NATO had been massively boosting its defense capabilities in Europe") in claims, claims
    assert not any(who.startswith("kim") for who, _ in claims), claims


# --- the two-hundred-and-fifty-first fresh list: Poland's 2.5 % by 2030, 2017 ---------------------------------------------------

POLSKA = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("poland", "country", "Poland"),
                    ("united-states", "country", "United States"), roles=("president", "defence-minister"))


def test_a_share_glued_to_the_word_before_and_a_year_until_which_a_clause_opens_are_the_goals_own():
    text = ("Poland to boost its defense spending\n\nAccording to the draft bill, Poland’s military spending will reach 2.2 percent "
            "of GDP in 2020 and2.5 percent by 2030.\n\n“Poland will spend 2.2 percent of its GDP on military until 2020, and until "
            "2030 we will further increase it to 2.5 percent,” President Jan Nowicki said.")
    targets = _found(text, "target", "2017-05-25", POLSKA)
    assert sorted(set(targets)) == [("poland", "2.2", "2020"), ("poland", "2.5", "2030")], targets


def test_a_floor_on_the_way_to_a_goal_former_ministers_listed_after_a_comma_and_a_ministrys_latest_news_are_no_facts_of_the_page():
    text = ("Increase of defence spending by the Polish government\n\nOn Tuesday, the National Defence Committee of the Polish "
            "Parliament decided on the act of law prepared by the minister of national defence Adam Wolski, which set an increase "
            "of defence spending above 2% GDP and reaching 2.5% GDP in 2030.\n\nFormer ministers of defence, Piotr Lis and Jan "
            "Kowal, voted against an increase of defence spending for Poland.\n\nLatest News\nPoland contributes to global security\n"
            "- During talks in Washington, I will present our proposals ...\nAbout the role of the Joint Forces Command\nThe Polish "
            "Minister of National Defense Marek Zielony met General Rossi.\nPoland and Pakistan together for ...\nMore news ...\n"
            "And more ...\nStill more ...")
    assert _found(text, "target", "2017-08-02", POLSKA) == [("poland", "2.5", "2030")]
    roles = _roles(text, "2017-08-02", POLSKA)
    assert {("piotr-lis", "defence-minister", "poland"), ("jan-kowal", "defence-minister", "poland")} <= roles, roles
    assert not any(who == "marek-zielony" for who, _, _ in roles), roles


# --- the two-hundred-and-fifty-second fresh list: the EU's Ukraine Facility told by the recipient, 2024 ------------------------

UNION = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("european-union", "organization",
                   "European Union", "EU"), ("united-states", "country", "United States"),
                   roles=("prime-minister", "president", "vice-president"))


def test_sums_the_recipient_receives_under_a_named_fund_are_its_owners_and_an_unknown_bank_named_as_giver_leaves_no_guess():
    text = ("Ukraine Facility\n\nUkraine will receive the first tranche of EUR 4.5 billion under the Ukraine Facility in March. "
            "Ukraine will receive the second tranche of 1.5 billion euros in April, Vice President of the European Commission "
            "Valdis Dombrowski said.\n\nUkraine received €4.1 billion under the Ukraine Fund Facility program.\n\n\"Another "
            "decision adds EUR 15 million from the European Investment Bank,\" Prime Minister Denys Shmyhal noted.\n\nSupport Us")
    pledges = sorted((c["donor"], c["amount"], c["currency"]) for c in _found(text, "pledge", "2024-03-08", UNION))
    assert pledges == [("european-union", "1500000000", "EUR"), ("european-union", "4100000000", "EUR"),
                       ("european-union", "4500000000", "EUR")], pledges
    assert ("valdis-dombrowski", "vice-president", "european-commission") in _roles(text, "2024-03-08", UNION)
    assert not any(said.startswith("Ukraine will receive the second tranche") for _, said in _claims(text, "2024-03-08", UNION))


def test_a_pages_support_us_button_is_no_united_states():
    text = ("Ukraine expects money\n\nDefence Minister Rustem Kovalenko said the money will come this week.\n\nSupport Us\n\n"
            "Support Us\n\nContact Us")
    assert not any(org == "united-states" for _, _, org in _roles(text, "2024-04-23", UNION))


# --- the two-hundred-and-fifty-third fresh list: interviews, 2023 and 2025 -----------------------------------------------------

INTERVIEWED = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("germany", "country", "Germany"),
                         ("jens-stoltenberg", "person", "Jens Stoltenberg"), roles=("secretary-general", "defence-minister"))


def test_an_outlets_label_asks_a_known_surnames_label_answers_and_a_questions_figure_is_no_goal():
    text = ("Interview\n\nDER SPIEGEL: You have advocated for 2 percent of gross domestic product as the minimum for defense "
            "spending. What is the point of new targets?\n\nStoltenberg: The agreement we reached in Wales in 2014 has made a "
            "significant difference. Until then, defense spending was going down.\n\nDER SPIEGEL: Germany still hasn’t reached 2 "
            "percent.\n\nStoltenberg: Germany, like many other allies, has expressed its intention to achieve the 2 percent as "
            "quickly as possible.\n\nDER SPIEGEL: Why not set more ambitious targets, 2.5 or 3 percent, which could accelerate it?")
    claims = _claims(text, "2023-05-19", INTERVIEWED)
    assert {who for who, _ in claims} == {"jens-stoltenberg"}, claims
    assert ("jens-stoltenberg", "Until then, defense spending was going down") in claims, claims
    targets = set(_found(text, "target", "2023-05-19", INTERVIEWED))
    assert ("germany", "2", None) in targets, targets
    assert not any(share in ("2.5", "3") for _, share, _ in targets), targets


def test_an_interviews_answers_after_questions_set_as_paragraphs_are_the_interviewees_and_a_line_addressing_him_no_goal():
    text = ("German Defence Minister Karl Brenner gave a long interview to a newspaper\n\nGerman Defence Minister Karl Brenner gave "
            "a long interview to a newspaper.\n\nPart two:\n\nWith additional recruits alone, we will not be able to attract the "
            "100,000 we want.\n\nUp to 460,000?\n\nYes, active personnel, reservists and employees total 460,000 people.\n\n"
            "Regarding the demands for the defence budget to increase to five percent, you said that percentages don't matter. "
            "But could you tell us the budget for 2026?\n\nRespect for the coalition requires that I first discuss my figures "
            "with my colleagues.")
    claims = _claims(text, "2025-05-24", INTERVIEWED)
    assert [said[:30] for who, said in claims if who == "karl-brenner"] == [
        "With additional recruits alone", "Yes, active personnel, reservi", "Respect for the coalition requ"], claims
    assert _found(text, "target", "2025-05-24", INTERVIEWED) == []


# --- the two-hundred-and-fifty-fourth fresh list: live pages, 2022 and 2024 ------------------------------------------------------

LIVE = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("united-states", "country", "United States"),
                  roles=("president", "prime-minister"))


def test_a_sum_asked_of_the_us_congress_gives_no_pledge_and_a_regions_adjective_no_speaker():
    text = ("Live blog\n\nPresident Joe Biden had asked the US Congress to provide $60.8 billion in aid to Ukraine, but the "
            "initiative stalled.\n\nIt comes after the Eastern European country declared a state of emergency after the Kremlin "
            "recognised two territories and said it was deploying troops.")
    assert _found(text, "pledge", "2024-04-23", LIVE) == []
    assert not any(who == "eastern-european" for who, _ in _claims(text, "2024-04-23", LIVE))


# --- the two-hundred-and-fifty-fifth fresh list: Romania's Patriot, 2024 -------------------------------------------------------

def test_a_quotation_introduced_by_adding_then_told_by_he_added_is_the_one_who_added_not_the_person_before():
    text = ("Patriots\n\nRomanian President Klaus Iohannis has approved amendments for Romania.\n\nUkrainian President Volodymyr "
            "Zelensky said last month that Kiev requires 25 Patriot systems.\n\nPresident Joe Biden described the \"historic "
            "donation,\" adding, \"This is a pivotal moment for Europe, for the transatlantic community and for the world,\" he "
            "added.")
    claims = _claims(text, "2024-09-05", LIVE)
    assert ("joe-biden", "This is a pivotal moment for Europe, for the transatlantic community and for the world") in claims, claims


# --- the two-hundred-and-fifty-sixth fresh list: Croatia's aid to Ukraine, 2022-2025 ------------------------------------------

ZAGREB = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("croatia", "country", "Croatia"),
                    ("united-states", "country", "United States"),
                    roles=("prime-minister", "defence-minister", "foreign-minister", "deputy-prime-minister"))


def test_two_quotations_side_by_side_told_once_are_both_the_tellers_not_the_speaker_of_a_paragraph_before():
    text = ("Croatia gives more\n\n\"Croatia has never given to that fund before, and now it does,\" said Croatian Foreign Minister "
            "Goran Horvat.\n\nThe fund helps Ukraine's army with fuel and boots.\n\n\"We are continuing our partnership with the "
            "United States.\" \"These funds will buy new radars for our own air force,\" Prime Minister Ante Kovac said.")
    claims = _claims(text, "2023-05-01", ZAGREB)
    assert ("ante-kovac", "We are continuing our partnership with the United States.") in claims, claims
    assert not any(who == "goran-horvat" and said.startswith("We are continuing") for who, said in claims), claims


def test_a_quotation_before_another_told_at_once_is_not_the_last_paragraphs_speaker_continuing():
    text = ("Croatia gives more\n\n\"These funds will buy new radars for our own air force,\" Prime Minister Ante Kovac said.\n\n"
            "\"We will keep helping Ukraine.\" \"Croatia will send more fuel this winter,\" Foreign Minister Goran Horvat added.")
    claims = _claims(text, "2023-05-01", ZAGREB)
    assert ("goran-horvat", "We will keep helping Ukraine.") in claims, claims
    assert not any(who == "ante-kovac" and said.startswith("We will keep") for who, said in claims), claims


def test_a_statement_closed_by_as_the_minister_pointed_out_is_his_and_so_is_the_quotation_after_its_colon():
    text = ("Ministers meet in Brussels\n\nOn Wednesday, Defence Minister Ivan Petric attended a meeting of EU defence ministers.\n\n"
            "Closer cooperation between allies in building joint defence capabilities is necessary in light of the war, as "
            "Minister Petric pointed out:\n\n\"Croatia will continue to support Ukraine with everything it has promised.\"")
    claims = _claims(text, "2024-01-31", ZAGREB)
    assert ("ivan-petric", "Closer cooperation between allies in building joint defence capabilities is necessary in light of "
            "the war") in claims, claims
    assert any(who == "ivan-petric" and said.startswith("Croatia will continue") for who, said in claims), claims


def test_a_whole_quotation_whose_telling_the_excerpt_cuts_inside_the_verb_is_the_named_speakers():
    text = ("Ministers meet in Brussels\n\nOn Wednesday, Defence Minister Ivan Petric attended a meeting of EU defence ministers.\n\n"
            "“Our manufacturers will connect with European ones, and we must begin making our own ammunition and weapons,” Petric ad")
    claims = _claims(text, "2024-01-31", ZAGREB)
    assert any(who == "ivan-petric" and said.startswith("Our manufacturers will connect") for who, said in claims), claims


def test_a_readers_appeal_after_dear_reader_is_no_claim_of_the_minister_quoted_before():
    text = ("Croatia gives more\n\nCroatia will give half a million euros to NATO's fund for Ukraine, the government decided on "
            "Thursday at its session in Zagreb.\n\n\"These funds will buy new radars for our own air force,\" Prime Minister Ante "
            "Kovac said.\n\nDear reader,\n\nOur access to web content is free, because we believe in equality in information, whether or not "
            "someone can pay. Therefore, we ask for the support of our community of readers.")
    assert not any(said.startswith("Our access") for _, said in _claims(text, "2023-05-01", ZAGREB))


def test_the_press_release_that_told_reported_speech_is_no_part_of_it():
    text = ("Ramstein\n\nCroatian Defence Minister Ivan Petric attended the meeting on Tuesday.\n\nPetric also said that unity "
            "and solidarity with Ukraine were now of paramount importance, the press release read.")
    assert ("ivan-petric", "unity and solidarity with Ukraine were now of paramount importance") in _claims(text, "2022-04-26", ZAGREB)


# --- the two-hundred-and-fifty-seventh fresh list: Croatia's defence spending and its ministers at NATO, 2018-2023 --------------

def test_a_statement_told_by_a_title_and_name_said_in_a_city_on_a_day_is_a_claim():
    text = ("Croatia backs Kyiv\n\nCroatia strongly supports Ukraine's NATO membership, Foreign Minister Goran Horvat said in "
            "Vilnius on Tuesday.")
    assert ("goran-horvat", "Croatia strongly supports Ukraine's NATO membership") in _claims(text, "2023-07-11", ZAGREB)


def test_the_russia_ukraine_crisis_names_no_state_for_an_office_written_with_none():
    text = ("Minister Horvat: We will show solidarity\n\nMinister of Foreign and European Affairs Goran Horvat appeared live in a "
            "studio to discuss the Russia-Ukraine crisis.\n\n\"Croatia will help, as Croatia was helped when it defended itself, and "
            "Croatia will stay at Ukraine's side,\" the minister said.")
    assert ("goran-horvat", "foreign-minister", "croatia") in _roles(text, "2022-02-28", ZAGREB)


def test_a_plans_share_due_in_two_years_joined_by_and_is_a_goal_for_each_year():
    text = ("Croatia's plan\n\nAccording to the plan, Croatia should set aside 1.74% of GDP for defence in 2020, 1.79% in 2021, "
            "about 1.86% in 2022 and 2023, and about 2% in 2024.")
    targets = _found(text, "target", "2019-12-03", ZAGREB)
    assert ("croatia", "1.86", "2022") in targets and ("croatia", "1.86", "2023") in targets, targets


def test_a_share_of_the_budget_a_purchase_raises_is_no_goal_of_gdp():
    text = ("Croatia's budget\n\nCroatia’s current defence budget is 1.68% of GDP and only 6.73% goes on equipment and "
            "modernisation, the least in NATO, but the purchase of new helicopters raises that to almost 10%.")
    assert not any(share == "10" for _, share, _ in _found(text, "target", "2019-12-03", ZAGREB))


def test_a_statement_the_speaker_answers_is_its_authors_and_the_quotation_after_it_still_the_speakers():
    text = ("Kovac in London\n\nNATO gives Croatia the key umbrella of collective security, Prime Minister Ante Kovac said in "
            "London ahead of a NATO summit.\n\nHe downplayed French President Emmanuel Macron’s statement that NATO was “brain "
            "dead.”\n\n“France is known for starting some processes and raising topics. NATO is firm, strong, but the alliance is "
            "here.”")
    claims = _claims(text, "2019-12-03", ZAGREB)
    assert ("emmanuel-macron", "NATO was “brain dead.”") in claims, claims
    assert any(who == "ante-kovac" and said.startswith("France is known") for who, said in claims), claims


def test_hope_expressed_after_informing_someone_is_the_informers():
    text = ("Kovac at NATO\n\nPrime Minister Ante Kovac met NATO Secretary-General Jens Stoltenberg.\n\nKovac informed Stoltenberg "
            "about the situation in the neighbourhood and expressed hope that Greece and Macedonia would soon resolve their dispute.")
    claims = _claims(text, "2018-02-23", ZAGREB)
    assert ("ante-kovac", "Greece and Macedonia would soon resolve their dispute") in claims, claims
    assert not any(who == "jens-stoltenberg" for who, _ in claims), claims


def test_speech_told_to_a_press_conference_and_a_quotation_run_on_in_the_narrators_words_are_the_speakers():
    text = ("Kovac at NATO\n\nPrime Minister Ante Kovac met NATO Secretary-General Jens Stoltenberg on Thursday.\n\nThe process is "
            "nearing its end, we have examined all the bids, Kovac told a press conference after meeting with Stoltenberg.\n\n"
            "“That is a long-term strategic decision that will position Croatia as a more reliable partner” and will strengthen our "
            "security for the next 30 years, he added.")
    claims = _claims(text, "2018-02-23", ZAGREB)
    assert ("ante-kovac", "The process is nearing its end, we have examined all the bids") in claims, claims
    assert any(who == "ante-kovac" and said.startswith("That is a long-term") for who, said in claims), claims


def test_contributions_underscored_and_a_fact_welcomed_are_claims():
    text = ("Kovac at NATO\n\nPrime Minister Ante Kovac met NATO Secretary-General Jens Stoltenberg on Thursday.\n\nStoltenberg "
            "underscored Croatia’s contributions to NATO missions in Afghanistan, Kosovo, Lithuania and Poland. He also welcomed the "
            "fact that Croatia has stopped the cuts in defence spending and has started to invest more.")
    claims = _claims(text, "2018-02-23", ZAGREB)
    assert any(who == "jens-stoltenberg" and said.endswith("Lithuania and Poland") for who, said in claims), claims
    assert ("jens-stoltenberg", "Croatia has stopped the cuts in defence spending and has started to invest more") in claims, claims


def test_the_subject_who_spoke_first_is_the_he_of_the_next_quotation_not_one_threatening_in_a_clause_after():
    text = ("Kovac in Munich\n\nPrime Minister Ante Kovac spoke at the Munich Security Conference on Friday.\n\nKovac said the US "
            "and its European partners had come closer recently, after US President Donald Trump threatened to leave NATO unless the "
            "allies paid more.\n\n“Today, after a series of meetings, this has been brought back to similar frameworks as it used to be,” he "
            "said.")
    claims = _claims(text, "2019-02-16", ZAGREB)
    assert any(who == "ante-kovac" and said.startswith("Today, after a series") for who, said in claims), claims


def test_saying_when_then_a_pronouns_clause_hangs_from_the_he_after_a_fronted_phrase_not_the_one_he_met():
    text = ("Kovac in Munich\n\nPrime Minister Ante Kovac spoke at the Munich Security Conference on Friday.\n\nOn the fringes of "
            "the conference, he met with NATO Secretary General Jens Stoltenberg, saying ahead of the meeting they would talk about "
            "Croatia’s contribution to NATO’s strategy.")
    claims = _claims(text, "2019-02-16", ZAGREB)
    assert ("ante-kovac", "they would talk about Croatia’s contribution to NATO’s strategy") in claims, claims


# --- the two-hundred-and-fifty-eighth fresh list: neutral Austria's money for Ukraine, 2022-2025 --------------------------------

VIENNA = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("austria", "country", "Austria"),
                    ("european-union", "organization", "European Union", "EU"),
                    roles=("chancellor", "foreign-minister"))


def test_speech_whose_marks_were_lost_cut_at_a_comma_and_told_by_the_next_paragraph_alone_is_the_tellers():
    text = ("Austria gives more\n\nThe Austrian government put together a second aid package over the weekend.\n\nThe most "
            "important thing now is to help people on the ground quickly and without complications. We will provide more at the "
            "next Council of Ministers - because timely help is twice as valuable,\n\nsaid Federal Chancellor Karl Brandl.")
    claims = _claims(text, "2022-03-07", VIENNA)
    assert any(who == "karl-brandl" and said.startswith("The most important thing now") and said.endswith("twice as valuable")
               for who, said in claims), claims


def test_a_funds_sum_divided_into_parts_for_other_regions_is_no_pledge_its_part_for_ukraine_is():
    text = ("Austria gives 2 million euros for projects in Ukraine\n\nAustria gives 21.5 million euros from the foreign disaster "
            "fund for humanitarian aid around the world.\n\n21.5 million euros divided into:\n\n  • 9.5 million euros for projects "
            "in African countries;\n  • 8 million euros for projects in the Middle East;\n  • 2 million euros for projects in "
            "Ukraine;\n  • 2 million euros for projects in Afghanistan.")
    amounts = {p["amount"] for p in _found(text, "pledge", "2024-04-19", VIENNA)}
    assert "21500000" not in amounts and "2000000" in amounts, amounts


def test_a_sum_named_once_with_the_unions_joint_borrowing_is_the_unions_where_named_again_with_no_giver():
    text = ("Stocker on the loan\n\nAustria’s Federal Chancellor Christian Stocker spoke in Brussels on Friday.\n\nStocker said the "
            "approved 90 billion euros in joint borrowing meant no burden on the Austrian taxpayer.\n\nThe use of the loan for "
            "Ukraine will not immediately amount to 90 billion euros, but will take place gradually over two years.")
    pledges = _pledged(text, "2025-12-19", VIENNA)
    assert ("european-union", "90000000000", "EUR") in pledges and not any(donor == "austria" for donor, _, _ in pledges), pledges


def test_a_compromise_welcomed_in_the_present_is_a_claim():
    text = ("Stocker on the loan\n\nBrussels (APA) – Austria’s Federal Chancellor Christian Stocker welcomes the compromise "
            "reached by the EU summit to support Ukraine.")
    assert ("christian-stocker", "welcomes the compromise reached by the EU summit to support Ukraine") in _claims(
        text, "2025-12-19", VIENNA)


def test_a_statement_told_by_a_name_and_a_colon_before_a_quotation_is_a_claim_but_a_phrase_of_when_is_none():
    text = ("Stocker on the loan\n\nAustria’s Federal Chancellor Christian Stocker spoke in Brussels on Friday.\n\nThe use of this "
            "loan is covered by the budget of the European Union, Stocker emphasized: “That means not by the Austrian budget, but "
            "by the European budget.”\n\nAnswering questions in parliament, Stocker said: “We will keep helping Ukraine in every "
            "way a neutral state can.”")
    claims = _claims(text, "2025-12-19", VIENNA)
    assert ("christian-stocker", "The use of this loan is covered by the budget of the European Union") in claims, claims
    assert not any(said.startswith("Answering questions") for _, said in claims), claims


# --- the two-hundred-and-fifty-ninth fresh list: neutral Switzerland's francs for Ukraine, 2023-2024 ----------------------------

BERN = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("switzerland", "country", "Switzerland"),
                  ("liechtenstein", "country", "Liechtenstein"), ("united-states", "country", "United States"),
                  roles=("foreign-minister",))


def test_a_sum_the_support_before_will_amount_to_is_that_supports_and_a_state_giving_some_of_a_part_is_not_its_giver():
    text = ("Switzerland keeps demining\n\nSwitzerland says it will continue to assist Ukraine in demining its territory.\n\nThe "
            "foreign and defence ministries said on Monday they will continue financial support for such efforts for four years. "
            "This will amount to some CHF15 million ($17.4 million) this year.\n\nThe Swiss mine clearance foundation will "
            "receive CHF2.5 million over the next 12 months, with some of the money coming from Liechtenstein.")
    pledges = _pledged(text, "2023-07-17", BERN)
    assert ("switzerland", "15000000", "CHF") in pledges and ("switzerland", "2500000", "CHF") in pledges, pledges
    assert not any(donor == "liechtenstein" for donor, _, _ in pledges), pledges


def test_the_whole_that_is_needed_of_which_a_state_gives_a_part_is_no_pledge():
    text = ("Swiss demining\n\nSwiss Foreign Minister Ignatius Cassis spoke on Friday.\n\nIts government says it plans to provide "
            "$100 million of the $400 million that Ukrainian authorities estimate will be needed to remove mines.\n\nThe US has "
            "already pledged to provide half of the $400 million it estimates Ukraine will need.")
    pledges = _pledged(text, "2023-09-30", BERN)
    assert ("switzerland", "100000000", "USD") in pledges and not any(amount == "400000000" for _, amount, _ in pledges), pledges


def test_helping_or_supporting_with_a_sum_is_giving_it():
    text = ("Swiss demining\n\nSwiss authorities have helped train minesweepers in Ukraine with 15.2 million francs in 2022 and "
            "2023.\n\nThe Swiss development agency is supporting a UN program for humanitarian demining led by the Food and "
            "Agriculture Organisation and the World Food Program with CHF10 million.")
    pledges = _pledged(text, "2023-09-30", BERN)
    assert ("switzerland", "15200000", "CHF") in pledges and ("switzerland", "10000000", "CHF") in pledges, pledges


def test_according_to_a_name_and_what_he_is_the_statement_before_is_his_and_the_head_of_a_states_diplomacy_its_minister():
    text = ("Swiss demining\n\nSwiss Foreign Minister Ignatius Cassis spoke on Friday.\n\nDemining will only begin after hostilities "
            "have ended, according to Hans Eberle, director of the Foundation for Mine Action (FSD).\n\nAccording to the head of "
            "Swiss diplomacy, the US has already done much for demining in Ukraine.\n\nThe territory of Ukraine estimated to be "
            "mined is four times the size of Switzerland, according to Mr Kassis.")
    claims = _claims(text, "2023-09-30", BERN)
    assert ("hans-eberle", "Demining will only begin after hostilities have ended") in claims, claims
    assert ("ignatius-cassis", "the US has already done much for demining in Ukraine") in claims, claims
    assert ("ignatius-cassis", "The territory of Ukraine estimated to be mined is four times the size of Switzerland") in claims, claims


# --- the two-hundred-and-sixtieth fresh list: Portugal's aid to Ukraine and its 2 % in 2024 --------------------------------------

LISBON = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("portugal", "country", "Portugal"),
                    ("montenegro", "country", "Montenegro"), ("united-states", "country", "United States"),
                    roles=("prime-minister", "president", "secretary-general"))


def test_a_states_name_an_agency_quotes_is_a_surname_no_giver_and_the_prime_minister_who_adds_is_he():
    text = ("Portugal to give\n\nPortugal's support for Ukraine will grow next year.\n\n\"According to our estimates, our support "
            "this year could reach more than 220 million euros, and we will allocate the same amount next year,\" Montenegro said, "
            "as quoted by the Lusa agency.\nThe prime minister added that Portugal's efforts to support Ukraine could benefit its "
            "military industry.")
    pledges = [(p["donor"], p["amount"]) for p in _found(text, "pledge", "2024-07-11", LISBON)]
    assert ("portugal", "220000000") in pledges and not any(donor == "montenegro" for donor, _ in pledges), pledges
    assert ("montenegro", "Portugal's efforts to support Ukraine could benefit its military industry") in _claims(
        text, "2024-07-11", LISBON)


def test_spending_to_help_ukraine_in_a_bracket_and_an_allocation_a_state_owns_are_its_pledges():
    text = ("Ukraine and Portugal sign\n\nThe two will cooperate in these areas:\n\n  • security and defense (Portugal will spend "
            "at least 126 million euros to help Ukraine in 2024, assist in the modernization of the Air Force);\n\nIn May, Ukraine "
            "and Portugal signed a security agreement that provides for Lisbon's initial allocation of 95 million euros in military "
            "aid to Kyiv this year.")
    pledges = [(p["donor"], p["amount"]) for p in _found(text, "pledge", "2024-07-11", LISBON)]
    assert ("portugal", "126000000") in pledges and ("portugal", "95000000") in pledges, pledges


def test_a_statement_closed_by_a_few_words_in_marks_is_the_speakers_whole_but_a_quotation_opening_the_sentence_stays_one():
    text = ("Portugal signs\n\nThe agreement runs for ten years but Portugal will support Ukraine \"for as long as necessary,\" "
            "Portuguese Prime Minister Luís Montenegro said at a joint press conference.\n\n\"Those are well-paid soldiers,\" he "
            "said.")
    claims = _claims(text, "2024-05-28", LISBON)
    assert any(who == "luis-montenegro" and said.startswith("The agreement runs for ten years") for who, said in claims), claims
    assert ("luis-montenegro", "Those are well-paid soldiers") in claims, claims


def test_a_long_object_called_something_in_marks_is_a_claim():
    text = ("Deal\n\nUkrainian President Volodymyr Zelensky visited Lisbon.\n\nZelensky called the agreements signed this week "
            "with the three EU countries \"very important,\" before he flew home.")
    assert any(who == "volodymyr-zelensky" and "very important" in said for who, said in _claims(text, "2024-05-28", LISBON))


def test_a_states_own_goal_of_the_alliances_share_brought_forward_is_due_the_new_year_and_the_alliances_none():
    text = ("Portugal commits\n\nPortugal’s goal of reaching the NATO-recommended 2% GDP spending on defense was originally set "
            "for 2030 but has now been brought forward to 2029.")
    targets = _found(text, "target", "2024-11-25", LISBON)
    assert ("portugal", "2", "2029") in targets and ("nato", "2", None) in targets, targets
    assert not any(year == "2030" for _, _, year in targets), targets


def test_one_elected_holds_no_office_yet():
    text = ("Portugal commits\n\nPrime Minister Luís Montenegro noted that the push for investment is unrelated to the recent "
            "election of Donald Trump as U.S. President.")
    assert not any(person == "donald-trump" for person, _, _ in _roles(text, "2024-11-25", LISBON))


def test_dedication_emphasised_support_reaffirmed_in_marks_and_a_warning_with_its_call_are_claims_and_a_cut_figure_none():
    text = ("Portugal commits\n\nOn Monday, Prime Minister Luís Montenegro announced Portugal’s willingness to raise defence "
            "spending to 2% of GDP by 2029.\n\nSpeaking after a meeting with NATO Secretary General Mark Rutte, Montenegro "
            "emphasized Portugal’s dedication to strengthening its defense capabilities.\n\nHe cautioned against duplicating "
            "efforts, calling for strategic coordination on defense investments across the EU.\n\nThe Prime Minister reaffirmed "
            "Portugal’s “unconditional support” for Ukraine, pledging assistance “for as long as necessary.”\n\nHe disclosed "
            "that in 2024 alone, Portugal’s aid to Ukraine amounted to €227 ")
    claims = _claims(text, "2024-11-25", LISBON)
    said = [text for who, text in claims if who == "luis-montenegro"]
    assert any(t.startswith("Portugal’s dedication to strengthening") for t in said), claims
    assert any("strategic coordination on defense investments" in t for t in said), claims
    assert any("“unconditional support” for Ukraine" in t for t in said), claims
    assert not any("€227" in t for t in said), claims


# --- the two-hundred-and-sixty-first fresh list: North Macedonia at NATO, 2023-2026 ----------------------------------------------

SKOPJE = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"),
                    ("north-macedonia", "country", "North Macedonia", "Macedonia"), ("lithuania", "country", "Lithuania"),
                    roles=("prime-minister", "president", "secretary-general"))


def test_a_paragraph_of_speech_with_no_marks_told_at_its_end_in_a_press_conference_is_the_tellers_whole():
    text = ("Rutte in Skopje\n\nNATO Secretary General Mark Rutte visited Macedonia today.\n\nMacedonia contributes more than 2 "
            "percent of its GDP to defense. That is enormous progress and the country has pledged to reach 5 percent. We must "
            "increase our contributions toward defense. I want to welcome Macedonia’s support for Ukraine, Rutte said in his joint "
            "press conference with President Gordana Petrova.")
    claims = _claims(text, "2026-03-03", SKOPJE)
    assert any(who == "mark-rutte" and said.startswith("Macedonia contributes more than 2 percent") and "welcome Macedonia’s support"
               in said for who, said in claims), claims
    targets = _found(text, "target", "2026-03-03", SKOPJE)
    assert ("north-macedonia", "5", None) in targets and not any(share == "2" for _, share, _ in targets), targets


def test_a_state_named_after_its_city_as_where_a_summit_is_gives_no_office_and_as_the_pm_said_is_his():
    text = ("Delegation in Vilnius\n\nA Government delegation led by PM Dimitar Petrov is taking part in the NATO Summit in Vilnius, "
            "Lithuania.\n\nAs the PM said on Tuesday, important decisions will be made concerning defence of NATO members. Petrov "
            "stated that North Macedonia always supported the open-door policy.")
    roles = _roles(text, "2023-07-11", SKOPJE)
    assert ("dimitar-petrov", "prime-minister", "north-macedonia") in roles and not any(org == "lithuania" for _, _, org in roles), roles
    claims = _claims(text, "2023-07-11", SKOPJE)
    assert ("dimitar-petrov", "important decisions will be made concerning defence of NATO members") in claims, claims
    claims = _claims(text + " He also praised the developments on Sweden’s NATO road.", "2023-07-11", SKOPJE)
    assert any(who == "dimitar-petrov" and "developments on Sweden’s NATO road" in said for who, said in claims), claims


def test_a_budget_that_was_a_share_this_year_is_a_level_no_goal():
    text = ("North Macedonia's forces\n\nNorth Macedonia hosted the NATO assembly.\n\n“This year our defence budget was 2% of GDP, "
            "32% of this is dedicated to new equipment purchases,” said Vlado Petrov, Minister of Defence.")
    assert _found(text, "target", "2025-04-05", SKOPJE) == []


# --- the two-hundred-and-sixty-second fresh list: Ireland's answers on Ukraine in the Dáil, 2022-2024 ---------------------------

DUBLIN = seeds_with(("ukraine", "country", "Ukraine"), ("ireland", "country", "Ireland"), roles=("prime-minister",))


def test_a_parliamentary_records_turns_are_their_speakers_words_and_its_questions_and_procedure_none():
    text = ("Dáil debates\n\nTuesday, 28 June 2022\n\nUkraine War\n\nPhoto of Niall BreenNiall Breen (Dublin Rathdown, Fine Gael)\n"
            "Link to this: Individually | In context | Oireachtas source\n\n80. To ask the Minister for Defence if he will report on "
            "the supports his Department has sent to Ukraine. [33648/22]\n\nPhoto of Sean CorrSean Corr (Cork South Central, Fine "
            "Gael)\nLink to this: Individually | In context | Oireachtas source\n\nI propose to take Questions Nos. 80 and 108 "
            "together.\n\nMy Department has been working across Government to provide a range of supports to Ukraine.\n\nThe Air "
            "Corps has completed four air ambulance airlifts of Ukrainian patients from Poland.")
    claims = _claims(text, "2022-06-28", DUBLIN)
    assert ("sean-corr", "My Department has been working across Government to provide a range of supports to Ukraine") in claims
    assert ("sean-corr", "The Air Corps has completed four air ambulance airlifts of Ukrainian patients from Poland") in claims
    assert not any(who == "niall-breen" or "together" in said or "To ask" in said for who, said in claims), claims


def test_a_records_single_turn_runs_on_and_what_the_speaker_recounts_another_saying_is_the_speakers():
    text = ("Dáil debates\n\nTuesday, 30 April 2024\n\nPhoto of Sean CorrSean Corr (Wicklow, Fine Gael) | Oireachtas source\n\nThe "
            "meeting in Paris was a valuable opportunity for Ukraine's friends to assess Ukraine's needs.\n\nI spoke to President "
            "Zelenskyy by phone on 10 April and reiterated Ireland's unwavering commitment to Ukraine's freedom. He told me of the "
            "severe pressure that Ukraine is under as Russia continues to attack cities such as Kharkiv.")
    claims = _claims(text, "2024-04-30", DUBLIN)
    said = [t for who, t in claims if who == "sean-corr"]
    assert any(t.startswith("The meeting in Paris was a valuable opportunity") for t in said), claims
    assert any(t.startswith("He told me of the severe pressure") for t in said), claims
    assert not any(who != "sean-corr" for who, _ in claims), claims


# --- the two-hundred-and-sixty-third fresh list: Italy and Ukraine, 2023-2025 ------------------------------------------------

ROME = seeds_with(("ukraine", "country", "Ukraine"), ("italy", "country", "Italy"), ("germany", "country", "Germany"),
                  ("france", "country", "France"), ("european-union", "organization", "European Union"),
                  roles=("president", "prime-minister", "defence-minister", "foreign-minister", "chancellor"))


def test_a_quotation_after_a_colon_that_closes_a_call_or_a_condemnation_is_the_callers():
    text = ("Rome conference opens\n\nUkrainian President Ivan Marchuk, speaking immediately after, called for urgent action to "
            "strengthen air defenses: “Every night, we’re hit by drones and missiles.” He went on to condemn the Kremlin’s "
            "strategy: “Putin wants our people to suffer and abandon the country.”")
    claims = _claims(text, "2025-07-10", ROME)
    assert ("ivan-marchuk", "Every night, we’re hit by drones and missiles.") in claims, claims
    assert ("ivan-marchuk", "Putin wants our people to suffer and abandon the country.") in claims, claims


def test_encouraging_a_unions_member_states_to_act_is_a_claim():
    text = ("Rome conference opens\n\nEuropean Commission President Anna Berger spoke first. She also encouraged EU member states "
            "to procure weapons systems directly from Ukrainian defense manufacturers.")
    claims = _claims(text, "2025-07-10", ROME)
    assert any(who == "anna-berger" and said.startswith("EU member states to procure weapons systems") for who, said in claims), claims


def test_a_chancellor_on_a_page_about_a_state_with_none_is_the_chancellor_of_the_state_named():
    text = ("Meloni backs Ukraine\n\nItalian Prime Minister Giorgia Meloni reaffirmed her support. Rome has sent weapons to Kyiv. "
            "Italy's position is clear.\n\nIn Germany on Friday, where he also met Chancellor Otto Brandt, Zelensky urged Kyiv's "
            "supporters to provide more weapons.")
    roles = _roles(text, "2024-09-07", ROME)
    assert ("otto-brandt", "chancellor", "germany") in roles, roles
    assert ("otto-brandt", "chancellor", "italy") not in roles, roles


def test_a_state_named_only_as_a_weapons_maker_gives_no_bare_title_its_office():
    text = ("Leaders meet\n\n“We bet on Ukraine to win”, declared Prime Minister Lucia Ferri after the talks.\n\n“In just 7 hours "
            "we shot down 17 Iranian drones,” Zelensky said.")
    roles = _roles(text, "2023-05-13", ROME)
    assert not any(org == "iran" for _, _, org in roles), roles


def test_one_who_meets_or_is_addressed_by_a_states_office_holder_holds_no_office_of_that_state():
    text = ("Leaders meet\n\n“We bet on Ukraine to win”, declared Prime Minister Lucia Ferri at the end of the meeting with "
            "Ukrainian President Ivan Marchuk. Ukraine thanked its partners. Ukraine will win.\n\n“Lucia, thank you for giving "
            "shelter to Ukrainian citizens, I will never forget it,” said the Ukrainian president addressing Prime Minister "
            "Lucia Ferri.")
    roles = _roles(text, "2023-05-13", ROME)
    assert ("ivan-marchuk", "president", "ukraine") in roles, roles
    assert not any(who == "lucia-ferri" and org == "ukraine" for who, _, org in roles), roles
    claims = _claims(text, "2023-05-13", ROME)
    assert any(who == "ivan-marchuk" and said.startswith("Lucia, thank you") for who, said in claims), claims


def test_a_donor_named_only_in_an_inset_after_another_gives_nothing_and_an_estimated_range_is_a_running_total_at_its_lower_bound():
    text = ("Italy and its aid\n\nAccording to a research centre, Rome has contributed the equivalent of an estimated $1 billion to "
            "$2 billion in military aid to Kyiv, while France, with a population slightly bigger than Italy’s, has sent $2.7 "
            "billion.")
    pledges = _found(text, "pledge", "2024-10-11", ROME)
    assert [(p["donor"], p["amount"], p["figure"]) for p in pledges] == [
        ("italy", "1000000000", "running-total"), ("france", "2700000000", "running-total")], pledges


def test_a_conferences_tally_of_everyones_commitments_is_no_pledge_of_the_host_and_new_agreements_total_is_a_package():
    text = ("Recovery conference opens in Rome\n\nItalian Prime Minister Lucia Ferri announced that commitments made during the "
            "day amount to over ten billion euros.\n\nCommission President Anna Berger recalled that the European Union has "
            "already allocated 165 billion euros in support of Ukraine and that new agreements worth a total of 4 billion euros "
            "were signed on Wednesday.")
    pledges = _found(text, "pledge", "2025-07-10", ROME)
    assert not any(p["donor"] == "italy" for p in pledges), pledges
    figures = {p["amount"]: p["figure"] for p in pledges if p["donor"] == "european-union"}
    assert figures == {"165000000000": "running-total", "4000000000": "package"}, pledges
    claims = _claims(text, "2025-07-10", ROME)
    assert ("lucia-ferri", "commitments made during the day amount to over ten billion euros") in claims, claims


def test_the_premier_of_a_page_that_names_no_state_is_the_one_titled_so_however_misspelt_later():
    text = ("Ferri meets Marchuk\n\n“We bet on Ukraine to win”, declared Prime Minister Lucia Ferri after the meeting.\n\n“Peace "
            "will only be achieved if and when Russia ceases hostilities,” Ferri said. The premier renewed her appeal to Moscow "
            "“to stop the aggression and to withdraw the troops”.\n\n“Lucia, thank you, I will never forget it,” said the "
            "visitor to Prime Minister Lucia Ferro.")
    claims = _claims(text, "2023-05-13", ROME)
    assert ("lucia-ferri", "to stop the aggression and to withdraw the troops") in claims, claims


def test_an_attribution_between_dashes_inside_a_quotation_or_between_commas_before_it_gives_its_speaker():
    text = ("Ferri meets Marchuk\n\n“Peace will come,” Italian Prime Minister Lucia Ferri said. “We are in favor – she added – of a "
            "diplomatic solution to the conflict. We support the peace formula.”\n\n“Two hundred thousand children have been taken "
            "out of Ukraine,” Ukrainian President Ivan Marchuk said. Europe, concluded the Ukrainian leader, “is very important "
            "to us”, we will respect all the indications required to join the EU.")
    claims = _claims(text, "2023-05-13", ROME)
    assert ("lucia-ferri", "We are in favor of a diplomatic solution to the conflict. We support the peace formula.") in claims, claims
    assert ("ivan-marchuk", "is very important to us") in claims, claims


def test_the_countrys_commitment_emphasized_and_a_quoted_judgement_with_its_clause_are_the_ministers_claims():
    text = ("Italy's support\n\nItaly's Defence Minister, Marco Bassi, emphasized the country's commitment to increasing military "
            "and civilian aid to Ukraine.\n\nItaly remains steadfast, as Defence Minister Marco Bassi declared it \"absurd\" not to "
            "boost both military and civilian aid.")
    said = [t for who, t in _claims(text, "2025-11-14", ROME) if who == "marco-bassi"]
    assert "the country's commitment to increasing military and civilian aid to Ukraine" in said, said
    assert any("\"absurd\" not to boost both military and civilian aid" in t for t in said), said


# --- the two-hundred-and-sixty-fourth fresh list: Greece and Ukraine, 2022-2025 ----------------------------------------------

ATHENS = seeds_with(("ukraine", "country", "Ukraine"), ("greece", "country", "Greece"), ("nato", "organization", "NATO"),
                    ("united-states", "country", "United States"),
                    roles=("president", "prime-minister", "defence-minister", "secretary-general"))


def test_a_release_quoted_whole_after_the_sentence_that_cites_it_gives_what_its_leaders_said():
    text = ("Greek PM talked to Zelenskyy\n\nThe two leaders spoke on Monday, Greek PM Petros Andreou wrote. According to the "
            "press release, they discussed the latest developments.\n“The Ukrainian president expressed his gratitude for "
            "Greece’s support. The prime minister emphasized that Greece will continue to support Ukraine both bilaterally and "
            "within the EU.“")
    claims = _claims(text, "2024-01-29", ATHENS)
    assert ("petros-andreou", "Greece will continue to support Ukraine both bilaterally and within the EU") in claims, claims


def test_an_outlet_the_page_names_as_one_only_later_is_no_speaker_before():
    text = ("Greece and Ukraine\n\nAthens told EU officials that it could supply Ukraine with extensive ammunition stocks through "
            "Czechia this year, Kathimerini said.\n\nThe meeting will take place before the prime minister's trip to Romania, the "
            "Kathimerini media outlet reported.")
    assert not any(who == "kathimerini" for who, _ in _claims(text, "2024-06-27", ATHENS))


def test_a_necessity_articulated_and_efforts_announced_are_claims_and_a_collective_target_the_alliances():
    text = ("Greece at the summit\n\nGreek Prime Minister Petros Andreou articulated the necessity for all 32 NATO members to meet "
            "agreed defence spending targets.\n\nThe discussion follows a collective agreement to boost the defence spending target "
            "to 5% of GDP, a move heavily advocated by U.S. President Donald Trump.\n\nUkrainian President Ivan Marchuk announced "
            "efforts to expedite F-16 pilot and technician training, complemented by additional resources from Greece.")
    claims = _claims(text, "2025-06-25", ATHENS)
    assert ("petros-andreou", "the necessity for all 32 NATO members to meet agreed defence spending targets") in claims, claims
    assert any(who == "ivan-marchuk" and said.startswith("efforts to expedite F-16 pilot") for who, said in claims), claims
    targets = _found(text, "target", "2025-06-25", ATHENS)
    assert ("nato", "5", None) in targets and not any(actor == "united-states" for actor, _, _ in targets), targets


def test_a_featured_storys_mark_is_no_part_of_the_name_after_it():
    text = ("Featured Andreou’s statement at the NATO Summit – “We are committed to spending more on defense”\n\nPetros Andreou is "
            "in The Hague. Mr. Andreou will refer to recent developments, while highlighting that Greece spends 3% of its GDP on "
            "defense, as it faces multiple security challenges.")
    claims = _claims(text, "2025-06-25", ATHENS)
    assert not any(who.startswith("featured") for who, _ in claims), claims
    assert any(who == "petros-andreou" and said.startswith("Greece spends 3% of its GDP") for who, said in claims), claims


# --- the two-hundred-and-sixty-fifth fresh list: Armenia's defence budgets, 2019-2023 -----------------------------------------

YEREVAN = seeds_with(("ukraine", "country", "Ukraine"), ("armenia", "country", "Armenia"), ("azerbaijan", "country", "Azerbaijan"),
                     roles=("president", "prime-minister", "foreign-minister"))


def test_a_quotation_over_paragraphs_each_opened_with_a_mark_runs_to_its_attribution_and_a_legal_ceiling_is_no_goal():
    text = ("Armenia's budget\n\nPrime Minister Aram Petrosyan stated this in his speech today.\n“We have some legislative "
            "regulations on military spending, according to which that spending should not exceed 4 percent of the GDP.\n“In 2020, "
            "we have costs in this area, which are in a bit different logic. I hope that we will increase the volumes of the fight "
            "against corruption,\" Petrosyan emphasized.")
    said = [t for who, t in _claims(text, "2019-10-28", YEREVAN) if who == "aram-petrosyan"]
    assert any(t.startswith("We have some legislative regulations") and "I hope that we will increase" in t for t in said), said
    assert _found(text, "target", "2019-10-28", YEREVAN) == []


def test_a_statement_told_in_the_parliament_and_credited_to_an_agency_and_one_after_as_the_premier_noted():
    text = ("Armenia eyes a bigger budget\n\nThe Armenian government intends to increase the defense budget by 11 percent in 2022, "
            "Prime Minister Aram Petrosyan said in the parliament of the republic during the discussion of the draft budget, Report "
            "informs referring to TASS.\n\nAt the same time, as the premier noted, the dynamics of this defense spending growth does "
            "not in any way contradict the peace agenda.")
    said = [t for who, t in _claims(text, "2021-10-25", YEREVAN) if who == "aram-petrosyan"]
    assert any(t.startswith("The Armenian government intends to increase the defense budget by 11 percent") for t in said), said
    assert any(t.startswith("the dynamics of this defense spending growth") for t in said), said


def test_the_head_of_a_government_who_also_said_is_its_premier_and_a_phrase_he_is_quoted_in_is_no_second_claim():
    text = ("Armenia's budget\n\nPrime Minister Aram Petrosyan said on Friday that Armenia has purchased weapons.\n\nThe head of "
            "the Armenian government also said the economy has grown by 7.5% in the first nine months of 2019, which he said is "
            "“an absolute leading indicator” in the region.")
    claims = _claims(text, "2019-12-06", YEREVAN)
    assert any(who == "aram-petrosyan" and t.startswith("the economy has grown by 7.5%") for who, t in claims), claims
    assert not any(t == "an absolute leading indicator" for _, t in claims), claims
    assert not any(who == "armenia" for who, _ in claims), claims


# --- the two-hundred-and-sixty-sixth fresh list: Taiwan's donations to Ukraine, 2022-2023 -------------------------------------

TAIPEI = seeds_with(("ukraine", "country", "Ukraine"), ("taiwan", "country", "Taiwan"), roles=("foreign-minister",))
TAIPEI_BARE = seeds_with(("ukraine", "country", "Ukraine"), roles=("foreign-minister",))


def test_new_taiwan_dollars_are_their_own_currency_and_the_publics_donations_to_an_account_no_states_pledge():
    text = ("Taiwan to send $59 million humanitarian aid to Ukraine\n\nTaiwan has set aside a special budget of NT$1.8 billion "
            "(nearly $59 million) in humanitarian aid for Ukraine this year.\n\nThe ministry sent a shipment of aid, and donations "
            "to a special account reached NT$678 million (US$24 million) today, March 17.")
    assert _pledged(text, "2023-02-27", TAIPEI) == [("taiwan", "1800000000", "TWD")]


def test_a_two_letter_surname_the_page_gave_in_full_speaks_and_a_statement_is_cut_before_its_donations_clause():
    text = ("Taiwan and Kyiv\n\nMinister of Foreign Affairs Joseph Wu on Friday told the mayor of Ukraine’s capital that their "
            "democracies stand on “the front line of resisting” large authoritarian neighbors as Wu announced a donation of US$8 "
            "million to Kyiv.\nSpeaking by videoconference to Kyiv Mayor Vitali Klitschko, Wu said that Taiwan and Ukraine were both "
            "democracies.\nHe also posted a picture on Twitter.\n“Champ, we’ll continue to stand with you & your people. Freedom will "
            "prevail!” Wu wrote.\nKlitschko expressed his appreciation for the donation announced by Wu, and called the ongoing war a "
            "fight to safeguard democratic values and freedom, the ministry said.")
    claims = _claims(text, "2022-04-24", TAIPEI)
    said = [t for who, t in claims if who == "joseph-wu"]
    assert any(t.startswith("their democracies stand on") and "donation" not in t for t in said), claims
    assert "Taiwan and Ukraine were both democracies" in said, claims
    assert any(t.startswith("Champ, we’ll continue") for t in said), claims
    assert ("vitali-klitschko", "a fight to safeguard democratic values and freedom") in claims, claims
    assert not any(who == "taiwan" for who, _ in claims), claims


def test_regression_a_new_state_is_proposed_under_the_name_news_gives_it_not_iso_3166s_formal_one():
    from nato_kg.extract.article import extract_article

    text = ("Taiwan to send aid\n\nTaiwan has set aside a special budget of NT$1.8 billion in humanitarian aid for Ukraine this "
            "year.")
    ex = extract_article(text, TAIPEI_BARE, "corpus-x", "2023-02-27")
    assert ex.new_entities["taiwan"]["label"] == "Taiwan", ex.new_entities


def test_a_sum_said_to_have_been_collected_is_a_claim():
    text = ("Taiwan collects donations\n\nForeign minister Joseph Wu (left) said more than US$10 million had been collected. Photo: "
            "CNS")
    assert ("joseph-wu", "more than US$10 million had been collected") in _claims(text, "2022-03-07", TAIPEI)


# --- the two-hundred-and-sixty-seventh fresh list: Azerbaijan's humanitarian aid, 2022 and 2025 ------------------------------

BAKU = seeds_with(("ukraine", "country", "Ukraine"), ("azerbaijan", "country", "Azerbaijan"),
                  ("united-states", "country", "United States"), roles=("president",))


def test_manats_are_azerbaijans_and_a_sum_it_gave_so_far_its_running_total():
    text = ("Azerbaijan sends transformers\n\nIn total, Azerbaijan will provide Ukraine with basic electrical equipment worth about "
            "1.422 million manats ($837,000).\n\nThe report also states that the total amount of humanitarian aid provided by "
            "Azerbaijan to Ukraine is about 30 million manats (almost $17.7 million).")
    assert sorted(_pledged(text, "2022-12-10", BAKU)) == [("azerbaijan", "1422000", "AZN"), ("azerbaijan", "30000000", "AZN")]


def test_an_agency_a_statement_is_according_to_and_a_decrees_quotation_are_no_speakers():
    text = ("Azerbaijan aid\n\nAzerbaijan has sent a batch of humanitarian aid to Ukraine, including 45 transformers.\n\nThat's "
            "according to Azertac, which refers to Azerenergy OJSC, Ukrinform reports.\n\nAzerbaijani President Ilham Aliyev has "
            "signed a decree to allocate US$1 million for providing humanitarian aid to Ukraine.\nThe presidential decree highlights "
            "that relations between Baku and Kyiv are based on friendship and partnership.\nQuote: \"In light of the situation in "
            "Ukraine, Azerbaijan has repeatedly sent humanitarian aid to the Ukrainian people.\"")
    assert _claims(text, "2025-02-05", BAKU) == []


def test_a_date_line_and_a_byline_over_a_story_are_no_headline_and_us_dollars_name_no_state_of_the_page():
    text = (" date 2025-02-12 12 February 2025 13:18 (UTC+04:00)\n\nAkbar Novruz\n\nAzerbaijan has dispatched the next part of its "
            "humanitarian aid to Ukraine.\n\nAccording to reports, the aid was sent in line with the Order of President Ilham "
            "Aliyev dated February 5, 2025. Under this directive, funds equivalent to one million US dollars in manats were "
            "allocated for organizing the shipment.\n\nAzerbaijan’s total contribution to Ukraine’s reconstruction has now exceeded "
            "40 million US dollars.")
    assert sorted(_pledged(text, "2025-02-12", BAKU)) == [("azerbaijan", "1000000", "USD"), ("azerbaijan", "40000000", "USD")]
    assert ("ilham-aliyev", "president", "azerbaijan") in _roles(text, "2025-02-12", BAKU)


# --- the two-hundred-and-sixty-eighth fresh list: Kazakhstan's humanitarian aid, 2015 and 2022 -------------------------------

ALMATY = seeds_with(("ukraine", "country", "Ukraine"), ("kazakhstan", "country", "Kazakhstan"), roles=("president", "prime-minister"))


def test_a_managers_title_before_a_name_is_no_part_of_it():
    text = ("Kazakhstan sends medicines\n\nThe first plane with humanitarian aid departed from Almaty airport on March 14.\n\n“The "
            "Ukrainian side was asked what medicines they needed the most at the moment. All the medicines are mainly of Kazakh "
            "production,” SK-Pharmacy Manager Aigul Bekova told informburo.kz.")
    speakers = {who for who, _ in _claims(text, "2022-03-14", ALMATY)}
    assert speakers == {"aigul-bekova"}, speakers


def test_one_a_title_of_no_office_opens_the_sentence_with_is_the_next_she_and_a_countrys_readiness_confirmed_a_claim():
    text = ("Kazakhstan delivers aid\n\n“Ukraine is experiencing a difficult time,” Minister-Counsellor Argyn Ospanov said.\nDeputy "
            "Head of the Luhansk Oblast State Administration Olga Lishik thanked the people of Kazakhstan for their assistance. "
            "“This is serious support for us, where the civil population suffers,” she said.\nLater, Nazarbayev confirmed his "
            "country’s readiness to host the next round of meetings in Astana.")
    claims = _claims(text, "2015-01-12", ALMATY)
    assert any(who == "olga-lishik" and t.startswith("This is serious support for us") for who, t in claims), claims
    assert any(t.startswith("confirmed his country’s readiness to host") for _, t in claims), claims


# --- the two-hundred-and-sixty-ninth fresh list: Türkiye's aid to Ukraine and its stand on the alliance's goal ---------------

ANKARA = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("turkiye", "country", "Türkiye"),
                    ("united-states", "country", "United States"),
                    roles=("president", "prime-minister", "ambassador", "secretary-general"))


def test_liras_alone_and_a_qualified_units_plural_are_read_as_their_currency():
    from nato_kg.extract.money import find_money

    read = [(str(m.value), m.currency) for t in ("200 million liras", "200 million Turkish Liras", "5 billion Armenian drams")
            for m in find_money(t)]
    assert read == [("200000000", "TRY"), ("200000000", "TRY"), ("5000000000", "AMD")], read
    assert find_money("the figure passed the 1 million mark") == []  # (a unit's plural only after its qualifier)


def test_an_agency_and_a_red_crescent_are_no_speakers():
    text = ("Turkey sending humanitarian aid to Ukraine\n\nThe Turkish Red Crescent and the Disaster and Emergency Management "
            "Presidency (AFAD) have announced they are sending humanitarian aid and personnel to Ukraine.\n\nThe Turkish Red Crescent "
            "launched an operation to assist the Ukrainian Red Cross to help the affected population, the Red Crescent said, adding "
            "that five truckloads of relief items were dispatched on Feb. 25.")
    assert _claims(text, "2022-02-25", ANKARA) == []


def test_an_ambassador_extraordinary_and_plenipotentiary_is_the_sending_states():
    text = ("A vehicle for the war victims\n\nThe vehicle was delivered at a ceremony. Türkiye’s Extraordinary And Plenipotentiary "
            "Ambassador to Ukraine, Yağmur Ahmet Güldere, and the agency's coordinator took part.\n\nAmbassador Extraordinary and "
            "Plenipotentiary of Ukraine to Türkiye Vasyl Bodnar said the ceremony was moving.")
    roles = _roles(text, "2022-09-26", ANKARA)
    assert ("yagmur-ahmet-guldere", "ambassador", "turkiye") in roles, roles
    assert ("vasyl-bodnar", "ambassador", "ukraine") in roles, roles
    assert not any(r[0] == "yagmur-ahmet-guldere" and r[2] == "ukraine" for r in roles), roles


def test_a_count_of_member_states_that_pledged_a_goal_by_a_year_leaves_its_deadline():
    text = ("The summit in The Hague\n\nNATO’s 32 member states pledged Wednesday to allocate 5% of GDP annually by 2035, including "
            "at least 3.5% for core defense spending and up to 1.5% for cybersecurity, infrastructure, and industrial "
            "capacity-building.")
    targets = _found(text, "target", "2025-06-26", ANKARA)
    assert {t for t in targets if t[0] == "nato"} >= {("nato", "5", "2035"), ("nato", "3.5", "2035"), ("nato", "1.5", "2035")}, targets


def test_said_one_thing_but_stressed_the_need_for_another_is_two_statements():
    text = ("Erdogan on the way back\n\nSpeaking to reporters aboard his return flight, President Recep Tayyip Erdogan said "
            "Türkiye’s air defense system had reached “a certain level” but stressed the need for more robust missile capabilities.")
    said = {t for who, t in _claims(text, "2025-06-26", ANKARA) if who == "recep-tayyip-erdogan"}
    assert "Türkiye’s air defense system had reached “a certain level”" in said, said
    assert "the need for more robust missile capabilities" in said, said


def test_where_the_recipients_envoy_serves_and_the_subject_of_for_x_to_provide_are_the_givers():
    text = ("Turkey to give Kyiv $50 million for Ukrainian Army\n\nTurkish President Recep Tayyip Erdogan is expected to visit Kyiv. "
            "During the visit, he will sign an agreement for Turkey to provide $50 million in financial assistance for the "
            "Ukrainian Armed Forces, Ukrainian Ambassador to Turkey Andrii Sybiha told Ukrinform in an interview.")
    assert _pledged(text, "2020-02-03", ANKARA) == [("turkiye", "50000000", "USD")]
    text = ("Turkish aid\n\nTurkey will provide $50 million in financial assistance for the Ukrainian army, Ukrainian Ambassador to "
            "Turkey Andrii Sybiha said.")
    assert _pledged(text, "2020-02-03", ANKARA) == [("turkiye", "50000000", "USD")]


# --- the two-hundred-and-seventieth fresh list: China's humanitarian aid to Ukraine, March 2022 ------------------------------

BEIJING = seeds_with(("ukraine", "country", "Ukraine"), ("china", "country", "China"), ("japan", "country", "Japan"),
                     ("taiwan", "country", "Taiwan"), roles=("president", "foreign-minister", "spokesperson"))


def test_yuan_are_chinas_and_the_yen_sign_before_a_chinese_gift_is_the_yuan():
    text = ("China provides aid\n\nChina will provide humanitarian aid supplies worth 10 million yuan (about 1.57 million U.S. "
            "dollars) to Ukraine, a Chinese Foreign Ministry spokesperson said Monday.\n\nChina will also provide supplies worth "
            "¥5 mln (about $791000) to Ukraine.")
    assert sorted(_pledged(text, "2022-03-21", BEIJING)) == [("china", "10000000", "CNY"), ("china", "5000000", "CNY")]
    text = "Japan aid\n\nJapan will provide ¥8 billion in humanitarian aid to Ukraine."
    assert _pledged(text, "2022-03-21", BEIJING) == [("japan", "8000000000", "JPY")]


def test_a_states_spokesperson_named_unnamed_first_is_the_next_spokesperson_of_no_state_written():
    text = ("China to offer Ukraine more aid\n\nChina has decided to provide more aid to Ukraine, a Chinese Foreign Ministry "
            "spokesperson said Monday.\n\nSpokesperson Wang Wenbin said at a daily press briefing that this additional offer was "
            "based on the actual needs of Ukraine.")
    assert ("wang-wenbin", "spokesperson", "china") in _roles(text, "2022-03-21", BEIJING)
    text = ("Aid\n\nThe Chinese Foreign Ministry said on Wednesday that aid was sent to Ukraine at its request.\n\nAccording to "
            "spokesperson Zhao Lijian, supplies left Beijing on Wednesday.")
    assert ("zhao-lijian", "spokesperson", "china") in _roles(text, "2022-03-09", BEIJING)
    text = "Aid\n\nAid was sent to Ukraine at its request.\n\nSpokesperson Zhao Lijian said supplies left on Wednesday."
    assert not any(r[0] == "zhao-lijian" for r in _roles(text, "2022-03-09", BEIJING))  # (never guessed)


def test_what_a_foundation_no_states_name_allocates_is_no_states_pledge():
    text = ("Taiwan sends aid to Ukraine\n\nTaiwan donated 27 tons of medical supplies to Ukraine on Thursday.\n\nIn addition, the "
            "Disaster Relief Foundation immediately allocated NT$350 million to the Ministry of Foreign Affairs to assist "
            "Ukrainian refugees.")
    assert _pledged(text, "2022-03-17", BEIJING) == []
    text = ("China sends aid\n\nChina sent more supplies to Ukraine on Monday.\n\nThe Red Cross Society of China had earlier "
            "provided 5 million yuan worth of humanitarian aid supplies to the Ukrainian side.")
    assert _pledged(text, "2022-03-21", BEIJING) == [("china", "5000000", "CNY")]


# --- the two-hundred-and-seventy-first fresh list: India's humanitarian aid to Ukraine, 2022 and 2023 -------------------------

DELHI = seeds_with(("ukraine", "country", "Ukraine"), ("india", "country", "India"), ("united-kingdom", "country", "United Kingdom"),
                   roles=("president", "prime-minister", "foreign-minister", "ambassador", "first-deputy-prime-minister"))


def test_a_foreign_secretary_is_a_minister_in_britain_only():
    text = ("India sends aid\n\nIndia on Tuesday sent aid to Ukraine via Poland.\n\nAt a media briefing, Indian Foreign Secretary "
            "Harsh Vardhan Shringla said another flight will carry the second consignment.")
    assert not any(r[0] == "harsh-vardhan-shringla" for r in _roles(text, "2022-03-02", DELHI))
    text = "UK aid\n\nBritish Foreign Secretary David Lammy said more aid would come to Ukraine."
    assert ("david-lammy", "foreign-minister", "united-kingdom") in _roles(text, "2024-09-02", DELHI)


def test_companies_gift_told_with_an_inset_before_its_verb_is_no_states_pledge():
    text = ("India's assistance\n\nIndia handed over 7,725 kg of medicines to Ukraine.\n\nIn addition, Indian Pharmaceutical "
            "Companies, under the Indian Pharmaceuticals Manufacturers Association of Ukraine (IPMA) have also donated USD six million "
            "worth of medical aid and financial assistance to Ukraine.")
    assert _pledged(text, "2022-05-06", DELHI) == []


def test_his_excellency_before_a_name_and_indias_external_affairs_minister():
    text = ("Aid handed over\n\nThe newly appointed Ambassador of India to Ukraine Harsh Kumar Jain handed over the aid.\n\nThe aid "
            "was requested by the First Deputy Prime Minister of Ukraine, H.E. Ms. Yulia Svyrydenko, in her telephonic conversation "
            "with H.E. Dr. S. Jaishankar, Minister of External Affairs of India a few weeks ago.")
    roles = _roles(text, "2022-05-06", DELHI)
    assert {("harsh-kumar-jain", "ambassador", "india"), ("yulia-svyrydenko", "first-deputy-prime-minister", "ukraine"),
            ("s-jaishankar", "foreign-minister", "india")} <= set(roles), roles


def test_a_given_name_as_an_initial_with_no_point():
    text = ("Jaishankar assures aid\n\nNew Delhi [India], August 8 : Indian External Affairs Minister S Jaishankar held a "
            "conversation with Ukrainian Foreign Minister Dmytro Kuleba on Monday.")
    assert ("s-jaishankar", "foreign-minister", "india") in _roles(text, "2022-08-08", DELHI)


def test_one_a_states_president_writes_to_holds_no_office_of_that_state():
    text = ("A letter\n\nUkraine President Volodymyr Zelenskyy has written to Prime Minister Narendra Modi seeking additional "
            "humanitarian aid, the external affairs ministry said on Wednesday.")
    assert not any(r[0] == "narendra-modi" and r[2] == "ukraine" for r in _roles(text, "2023-04-12", DELHI))
    text = "A letter\n\nOn Tuesday, Ukraine President Volodymyr Zelenskyy has written to Prime Minister Narendra Modi seeking aid."
    assert not any(r[0] == "narendra-modi" and r[2] == "ukraine" for r in _roles(text, "2023-04-12", DELHI))


def test_the_states_minister_is_the_one_minister_of_that_state_the_page_named():
    text = ("A visit\n\nUkraine’s Deputy Foreign Minister Emine Dzhaparova handed over a letter to Minister Meenakshi Lekhi "
            "yesterday.\nMs Lekhi tweeted that India had assured enhanced humanitarian assistance to Ukraine.\nThe Ukraine Minister "
            "said the war-torn country would allow foreign medical students to take the exam at home.")
    claims = _claims(text, "2023-04-12", DELHI)
    assert ("emine-dzhaparova", "the war-torn country would allow foreign medical students to take the exam at home") in claims, claims


# --- the two-hundred-and-seventy-second fresh list: Israel's humanitarian aid to Ukraine, March 2022 -------------------------

JERUSALEM = seeds_with(("ukraine", "country", "Ukraine"), ("israel", "country", "Israel"),
                       ("united-states", "country", "United States"), roles=("president", "prime-minister", "finance-minister"))


def test_shekels_and_nis_are_israels_currency():
    text = ("Israel aid\n\nIsrael's diaspora ministry has put together an emergency financial aid package of 10 million shekels "
            "for Ukraine.\n\nIsrael will provide NIS 5 million more to Ukraine.")
    assert sorted(_pledged(text, "2022-03-03", JERUSALEM)) == [("israel", "10000000", "ILS"), ("israel", "5000000", "ILS")]


def test_a_states_adjective_that_opens_a_bodys_name_names_no_giver():
    text = ("17 tons of equipment for Israeli field hospital en route to Ukraine\n\nThe government on Monday approved plans for "
            "the Israeli field hospital in Ukraine.\nThe NIS 21 million ($6.5 million) budget is to come from the Prime Minister’s "
            "Office and the Health Ministry, as well as the American Jewish Joint Distribution Committee, a government statement "
            "said.")
    assert _pledged(text, "2022-03-17", JERUSALEM) == [("israel", "21000000", "ILS")]


def test_a_posts_signature_on_a_line_of_its_own_signs_the_paragraph_above():
    text = ("Doctors arrive\n\nThe first Israeli doctors have arrived in Ukraine.\nA team of doctors with a mobile hospital has "
            "already arrived. The humanitarian aid flow is increasing with each passing day.\n— Andriy Yermak (@AndriyYermak) "
            "March 14, 2022\nThe hospital will open on Tuesday.")
    claims = _claims(text, "2022-03-14", JERUSALEM)
    assert any(who == "andriy-yermak" and "The humanitarian aid flow is increasing" in t for who, t in claims), claims


def test_where_the_holder_was_born_between_title_and_name_and_a_continent_in_a_portfolio():
    text = ("A hospital named for Golda Meir\n\nIsrael dubbed the mission Kochav Meir, after former Israeli Prime Minister and "
            "Ukrainian native Golda Meir.\nForeign Ministry Deputy Director-General for Eurasia Gary Koren said that "
            "\"the hospitals in Lviv sent organized lists.\"")
    assert ("golda-meir", "prime-minister", "israel") in _roles(text, "2022-03-14", JERUSALEM)
    speakers = {who for who, _ in _claims(text, "2022-03-14", JERUSALEM)}
    assert "gary-koren" in speakers and "eurasia-gary-koren" not in speakers, speakers


# --- the two-hundred-and-seventy-third fresh list: the Gulf states' aid to Ukraine, 2022 and 2023 ------------------------------

GULF = seeds_with(("ukraine", "country", "Ukraine"), ("saudi-arabia", "country", "Saudi Arabia"),
                  ("united-arab-emirates", "country", "United Arab Emirates"), roles=("president", "foreign-minister"))


def test_a_rulers_style_is_no_name_and_stands_for_the_one_ruler_named():
    text = ("UAE aid\n\nPresident His Highness Sheikh Mohamed bin Zayed Al Nahyan on Tuesday met with Olena Zelenska.\nHis Highness "
            "also stressed the importance of dialogue and diplomatic solutions.")
    assert ("mohamed-bin-zayed-al-nahyan", "president", "united-arab-emirates") in _roles(text, "2023-03-07", GULF)
    claims = _claims(text, "2023-03-07", GULF)
    assert ("mohamed-bin-zayed-al-nahyan", "the importance of dialogue and diplomatic solutions") in claims, claims
    assert not any(who == "his-highness" for who, _ in claims), claims


def test_a_prince_between_a_title_and_a_name_and_the_crown_prince_before_any_prince():
    text = ("Saudi aid\n\nSaudi Foreign Minister Prince Faisal bin Farhan led the delegation to Kyiv.\nThe aid package was first "
            "announced by Saudi Crown Prince Mohammed bin Salman last October.\nThe Crown Prince had expressed the Kingdom’s support "
            "of de-escalation efforts and readiness to continue mediation efforts.")
    assert ("faisal-bin-farhan", "foreign-minister", "saudi-arabia") in _roles(text, "2023-02-26", GULF)
    claims = _claims(text, "2023-02-26", GULF)
    assert any(who == "mohammed-bin-salman" and t.startswith("the Kingdom’s support of de-escalation") for who, t in claims), claims


def test_the_readiness_of_a_state_written_in_capitals_underscored_is_a_claim():
    text = ("UAE aid\n\nPresident Sheikh Mohamed bin Zayed Al Nahyan held a phone call with Ukrainian President Volodymyr Zelensky.\n"
            "Sheikh Mohamed also underscored the UAE’s readiness to continue its efforts and support initiatives to mitigate the crisis.")
    claims = _claims(text, "2022-10-18", GULF)
    assert any(t.startswith("the UAE’s readiness to continue its efforts") for _, t in claims), claims


# --- the two-hundred-and-seventy-fourth fresh list: Argentina and Ukraine under President Milei, 2023 and 2024 ----------------

BUENOS_AIRES = seeds_with(("ukraine", "country", "Ukraine"), ("argentina", "country", "Argentina"), ("germany", "country", "Germany"),
                          ("united-states", "country", "United States"), roles=("president", "spokesperson", "defence-minister"))


def test_an_administration_named_for_an_unknown_person_and_a_source_described_by_a_state_give_nothing():
    text = ("Zelensky flies to Argentina\n\nArgentina's new president, Javier Milei, is sworn in.\nMeanwhile the Biden administration "
            "alone has provided more than $75 billion in assistance to Ukraine.")
    assert _pledged(text, "2023-12-10", BUENOS_AIRES) == []  # (it was Argentina's, the page's giver)
    text = ("Zelensky flies to Argentina\n\nArgentina's new president, Javier Milei, is sworn in.\nMeanwhile the Biden administration "
            "alone has directed more than $75 billion in assistance to Ukraine, according to the Kiel Institute for the World "
            "Economy, a German research institute.")
    assert _pledged(text, "2023-12-10", BUENOS_AIRES) == []
    text = "US aid\n\nThe United States has directed more than $75 billion in assistance to Ukraine."
    assert _pledged(text, "2023-12-10", BUENOS_AIRES) == [("united-states", "75000000000", "USD")]


def test_a_press_secretary_of_a_states_president_and_the_representative_of_that_president():
    text = ("Argentina promises support\n\nThe Argentine government will help Ukraine in the humanitarian areas, according to the "
            "press secretary of the President of Argentina, Manuel Adorni.\nArgentine President Javier Milei expressed support for "
            "Ukraine.\nThe representative of Milei noted that Ukraine would be offered humanitarian and logistical support.\nRecently, "
            "Infobae reported that Argentina is actively discussing the transfer of aircraft to Ukraine.")
    assert ("manuel-adorni", "spokesperson", "argentina") in _roles(text, "2024-06-19", BUENOS_AIRES)
    claims = _claims(text, "2024-06-19", BUENOS_AIRES)
    assert ("manuel-adorni", "Ukraine would be offered humanitarian and logistical support") in claims, claims
    assert not any(who == "infobae" for who, _ in claims), claims


def test_a_preference_expressed_and_talks_or_plans_revealed_are_claims():
    text = ("Milei and Ukraine\n\nPresident Javier Milei, who has expressed a preference for fostering relationships with nations that "
            "prioritize freedom, made a significant move.\nMilei revealed ongoing discussions between Defense Minister Luis Petri and "
            "Ukrainian authorities.\nMilei also disclosed plans for a defense forum in Argentina at Zelenski's request, indicating his "
            "commitment to Ukraine.")
    said = {t for who, t in _claims(text, "2024-04-08", BUENOS_AIRES) if who == "javier-milei"}
    assert any(t.startswith("a preference for fostering relationships") for t in said), said
    assert "ongoing discussions between Defense Minister Luis Petri and Ukrainian authorities" in said, said
    assert "plans for a defense forum in Argentina at Zelenski's request" in said, said


# --- the two-hundred-and-seventy-fifth fresh list: Monaco and the war, 2022 and 2023 --------------------------------------------

MONACO = seeds_with(("ukraine", "country", "Ukraine"), ("monaco", "country", "Monaco"), roles=("president",))


def test_a_serene_highness_and_the_sovereign_prince_who_notes_his_solidarity():
    text = ("The Prince's address\n\nOn Thursday, His Serene Highness Prince Albert II of Monaco gave a televised address.\n\nThe "
            "sovereign prince also noted his “…full solidarity…” with the Ukrainian people, the war in the Ukraine and the "
            "humanitarian crisis.")
    claims = _claims(text, "2022-03-17", MONACO)
    assert ("albert-ii", "his “…full solidarity…” with the Ukrainian people") in claims, claims
    assert not any(who.startswith(("his-serene", "serene")) for who, _ in claims), claims


def test_a_charity_named_for_a_state_gives_for_no_state():
    text = ("Monaco's support continues\n\nThe Principality is still rallying in support of the Ukrainian people.\nOther "
            "organisations became involved, including Caritas Monaco, which collected and sent €69,000 to those impacted by the "
            "conflict.")
    assert _pledged(text, "2023-01-10", MONACO) == []


# --- the two-hundred-and-seventy-sixth fresh list: Singapore's aid to Ukraine through its Red Cross, 2022 ----------------------

SINGAPORE = seeds_with(("ukraine", "country", "Ukraine"), ("singapore", "country", "Singapore"),
                       roles=("president", "prime-minister", "secretary-general"))


def test_a_red_cross_named_for_a_state_gives_its_own_and_the_ministrys_donation_to_it_is_the_states():
    text = ("Singapore Red Cross pledges aid\n\nSINGAPORE: The Singapore Red Cross will contribute US$100,000 to support affected "
            "communities in Ukraine.\n“We are deeply concerned,\" said Mr Benjamin William, secretary-general and CEO of Singapore "
            "Red Cross.")
    assert _pledged(text, "2022-02-25", SINGAPORE) == []
    assert not any(r[0] == "benjamin-william" for r in _roles(text, "2022-02-25", SINGAPORE))
    text = ("Singapore to donate\n\nSingapore’s Ministry of Foreign Affairs last night announced that it will donate US$100,000 "
            "(S$135,618) to the Singapore Red Cross to assist affected communities in Ukraine.")
    assert _pledged(text, "2022-03-01", SINGAPORE) == [("singapore", "100000", "USD")]


def test_an_appeals_donations_are_no_states_and_the_governments_contribution_in_them_is():
    text = ("Singapore aid arrives in Ukraine\n\nThe first tranche of aid has arrived in Ukraine, with donations to its fundraising "
            "appeal hitting about S$2 million so far.\nDonations to the fundraising appeal have reached about S$2 million, which "
            "includes the Government’s contribution of US$100,000.")
    assert _pledged(text, "2022-03-04", SINGAPORE) == [("singapore", "100000", "USD")]


# --- the two-hundred-and-seventy-seventh fresh list: Ukraine's own budget for 2025 ---------------------------------------------

KYIV_BUDGET = seeds_with(("ukraine", "country", "Ukraine"), roles=("president", "prime-minister"))


def test_a_quotation_opened_by_its_year_is_due_then_not_in_the_year_it_is_compared_with():
    text = ("Ukraine's budget for 2025\n\nThe Verkhovna Rada adopted Ukraine's state budget.\n\"In 2025, 26.3% of the country's GDP will "
            "be directed to security and defense, as this is a key priority: expenditures will increase to UAH 2.23 trillion, which "
            "is UAH 47.6 billion more than the revised plan for 2024,\" the report says.")
    targets = _found(text, "target", "2024-11-20", KYIV_BUDGET)
    assert ("ukraine", "26.3", "2025") in targets and ("ukraine", "26.3", "2024") not in targets, targets


# --- the two-hundred-and-seventy-eighth fresh list: Japan's grants to Ukraine by exchange of notes, 2022 to 2024 ---------------

TOKYO = seeds_with(("ukraine", "country", "Ukraine"), ("japan", "country", "Japan"),
                   roles=("ambassador", "deputy-prime-minister", "prime-minister"))


def test_a_states_possessive_before_a_title_is_no_surname_of_a_headlines_words():
    text = ("Japan To Give Ukraine $165Mln For Emergency Recovery - Foreign Ministry\n\nTOKYO - Ambassador Extraordinary and "
            "Plenipotentiary of Japan to Ukraine, Matsuda Kuninori, and Ukraine's Deputy Prime Minister for Restoration of Ukraine "
            "Oleksandr Kubrakov signed and exchanged notes granting 22.44 billion Yen ($165 million) to Kiev.")
    roles = _roles(text, "2023-03-03", TOKYO)
    assert ("matsuda-kuninori", "ambassador", "japan") in roles, roles
    assert not any(r[0] == "to-give-ukraine" for r in roles), roles
    assert _pledged(text, "2023-03-03", TOKYO) == [("japan", "22440000000", "JPY")]


# --- the two-hundred-and-seventy-ninth fresh list: Poland's military aid told as totals, 2022 to 2024 ---------------------------

WARSAW = seeds_with(("ukraine", "country", "Ukraine"), ("poland", "country", "Poland"), ("european-union", "organization", "EU"),
                    roles=("president", "prime-minister", "foreign-minister"))


def test_the_state_whose_leader_an_aide_serves_is_no_recipient_of_the_aide_states_total():
    text = ("Warsaw counts its aid\n\nKowalczyk, who is a senior aide to Polish Prime Minister Jan Nowakowski, told a forum: “Arms "
            "are leaving Poland for Ukraine every week – so far we’ve spent over PLN 9 billion (EUR 2 billion).”")
    assert ("poland", "9000000000", "PLN") in _pledged(text, "2022-05-19", WARSAW)


def test_an_executive_that_releases_a_sum_gives_it():
    text = ("Funds for the front-line states\n\nThe talks came after the EU’s executive on Tuesday announced it would release EUR "
            "310 million for four member states hosting refugees from Ukraine.")
    assert _pledged(text, "2022-05-19", WARSAW) == [("european-union", "310000000", "EUR")]


def test_a_broadcaster_told_a_quotation_after_a_colon_is_the_listener_not_the_speaker():
    text = ("Aid keeps growing, aide says\n\nPoland's aid has passed EUR 2 billion, an official said.\n\nPiotr Zawadzki, chief of "
            "staff to the prime minister, spoke on the radio.\n\nZawadzki told private broadcaster Radio Nowa: “the value of our "
            "military help to Ukraine keeps rising.”")
    claims = _claims(text, "2022-06-27", WARSAW)
    assert any(c[0] == "piotr-zawadzki" and "keeps rising" in c[1] for c in claims), claims
    assert not any(c[0] == "radio-nowa" for c in claims), claims


def test_a_statement_told_to_a_meeting_is_the_tellers_reported_speech():
    text = ("Refugees keep coming, PM warns\n\nPrime Minister Jan Nowakowski met foreign envoys in Warsaw on Monday.\n\nSome 250,000 "
            "refugees have already crossed into Poland, Nowakowski told the meeting, which was called to coordinate relief.")
    claims = _claims(text, "2022-02-28", WARSAW)
    assert any(c[0] == "jan-nowakowski" and "250,000 refugees" in c[1] for c in claims), claims


# --- the two-hundred-and-eightieth fresh list: Romania's aid in lei to Ukraine and Moldova, 2020 to 2022 ------------------------

BUCHAREST = seeds_with(("ukraine", "country", "Ukraine"), ("romania", "country", "Romania"), ("moldova", "country", "Moldova"),
                       roles=("president", "prime-minister", "spokesperson"))


def test_what_is_announced_on_a_day_at_a_meeting_that_is_reported_speech():
    text = ("Aid against the epidemic\n\nPrime Minister Radu Vasilescu announced on Tuesday at the start of the cabinet meeting that "
            "Romania will send Ukraine medical supplies to fight the pandemic.")
    claims = _claims(text, "2020-06-11", BUCHAREST)
    assert any(c[0] == "radu-vasilescu" and "medical supplies" in c[1] for c in claims), claims


def test_the_state_a_sentence_opens_for_is_the_recipient_and_a_headline_recipient_is_no_giver():
    text = ("The cabinet has approved emergency aid to the Republic of Moldova, to Ukraine and to refugees in Romania, said the "
            "Executive spokesman, Mihai Dobre.\n\n\"For the Republic of Moldova, Romania will grant free emergency aid to keep the "
            "power grid running. Fuel "
            "from the state reserve was approved, with a value of approximately 21 million RON,\" Dobre said.\n\nAccording to him, "
            "blankets and food will be sent to Ukraine, with a value of approximately 12 million RON, to help the people hit by the "
            "Russian military aggression.")
    pledges = _found(text, "pledge", "2022-05-25", BUCHAREST)
    assert sorted((p["donor"], p["amount"]) for p in pledges) == [("romania", "12000000"), ("romania", "21000000")], pledges
    assert next(p for p in pledges if p["amount"] == "12000000")["aid_type"] == "humanitarian", pledges


# --- the two-hundred-and-eighty-first fresh list: Greece's first aid to Ukraine, February 2022 ----------------------------------

ATHENS = seeds_with(("ukraine", "country", "Ukraine"), ("greece", "country", "Greece"), ("poland", "country", "Poland"),
                    roles=("prime-minister", "defence-minister", "deputy-defence-minister"))


def test_a_quotation_opened_with_a_single_mark_and_closed_with_a_double_one_is_read_and_ends_there():
    text = ("Greece ready to help\n\nTwo planes left Athens for Poland on Sunday.\n‘Greece will take in people from Ukraine if needed "
            "and will help them directly with aid sent through Poland,” Interior Minister Petros Alexiou told Skai TV .\n“If we as "
            "a country must take people in, we will do so together with the European Union.”")
    claims = _claims(text, "2022-02-27", ATHENS)
    assert any(c[0] == "petros-alexiou" and c[1].startswith("Greece will take in people") for c in claims), claims
    assert any(c[0] == "petros-alexiou" and c[1].startswith("If we as a country") for c in claims), claims


def test_of_two_states_the_one_only_named_as_a_destination_is_not_the_pages():
    text = ("Deputy Defense Minister Stavros Kalogirou (left) holds up a flag by a plane carrying aid to Ukraine after landing in "
            "Poland on Sunday night, in a photograph released on Monday. Greece sent medicine and food. “Greece stands with its "
            "friends,” Kalogirou wrote after leading the Greek delegation to Poland.")
    roles = _roles(text, "2022-02-28", ATHENS)
    assert ("stavros-kalogirou", "deputy-defence-minister", "greece") in roles, roles


# --- the two-hundred-and-eighty-third fresh list: Kuwait's aid to Ukraine in 2022 ------------------------------------------------

KUWAIT = seeds_with(("ukraine", "country", "Ukraine"), ("kuwait", "country", "Kuwait"), ("afghanistan", "country", "Afghanistan"),
                    ("belgium", "country", "Belgium"),
                    roles=("prime-minister", "foreign-minister", "defence-minister", "deputy-prime-minister", "ambassador"))


def test_two_sums_to_two_states_are_the_cabinet_heads_states_and_the_first_recipient_gives_nothing():
    text = ("KUWAIT: In its weekly meeting on Monday, the Cabinet, headed by His Highness the Premier Sheikh Nasser Al-Khalid "
            "Al-Sabah, said that some $4 million will be donated to Afghanistan, and another $3 million to the Ukraine via UN "
            "agencies.")
    pledges = _found(text, "pledge", "2022-03-08", KUWAIT)
    assert sorted((p["donor"], p["amount"], p["recipient"]) for p in pledges) == [
        ("kuwait", "3000000", "ukraine"), ("kuwait", "4000000", "afghanistan")], pledges


def test_the_words_that_lead_into_a_sums_parts_are_no_claim():
    text = ("Kuwait pledges\n\nThe Ambassador of Kuwait to Belgium Jasem Al-Qattan announced the allocation of $3 million for "
            "Ukraine. Speaking on Saturday, he noted that the donation will be distributed to the following UN agencies: $1,500,000 "
            "for UNHCR and $1,500,000 for the World Food Programme.")
    claims = _claims(text, "2022-04-10", KUWAIT)
    assert not any("following UN agencies" in c[1] for c in claims), claims


def test_an_envoys_second_posting_before_his_name_and_a_ruler_named_before_him():
    text = ("BRUSSELS: Upon instructions from His Highness the Amir of the State of Kuwait Sheikh Nawaf Al-Ahmad Al-Sabah, the "
            "Ambassador of Kuwait to Belgium and Head of Missions to the European Union and NATO Jasem Al-Qattan announced the "
            "allocation of $3 million for Ukraine.")
    roles = _roles(text, "2022-04-10", KUWAIT)
    assert ("jasem-al-qattan", "ambassador", "kuwait") in roles, roles
    assert not any(r[0] == "nawaf-al-ahmad-al-sabah" for r in roles), roles


def test_an_envoy_to_a_state_by_its_formal_name_and_what_he_lauded():
    text = ("KUWAIT: Ukrainian Ambassador to the State of Kuwait Petrenko Mykola yesterday met the Red Crescent's chairman Dr "
            "Hilal Al-Sayer. He lauded the Kuwaiti society’s efforts for relieving peoples suffering from disasters worldwide. "
            "Meanwhile, Dr Sayer affirmed the society’s readiness to coordinate with other organizations for delivering aid.")
    assert ("petrenko-mykola", "ambassador", "ukraine") in _roles(text, "2022-03-08", KUWAIT)
    claims = _claims(text, "2022-03-08", KUWAIT)
    assert any(c[0] == "petrenko-mykola" and "efforts for relieving peoples" in c[1] for c in claims), claims
    assert any(c[0] == "hilal-al-sayer" and c[1].startswith("the society’s readiness") for c in claims), claims


def test_what_a_speaker_says_after_added_is_a_second_statement():
    text = ("Aid for Afghans\n\nKRCS chief Maha Al-Nouri said the aid would meet the “dire needs” of the Afghan people. The "
            "society’s “partnerships” with global bodies are a “source of pride,” she added, saying such initiatives show the "
            "society’s commitment to humanitarian work.")
    claims = _claims(text, "2022-03-08", KUWAIT)
    assert any(c[0] == "maha-al-nouri" and c[1].startswith("such initiatives show") for c in claims), claims


def test_every_office_in_a_chain_of_titles_with_courtesies_is_the_holders_and_an_acting_one_too():
    text = ("KUWAIT: Kuwait gave aid. According to Foreign Minister, Minister of State for Cabinet Affairs and Acting Minister of "
            "Defense Sheikh Dr Ahmad Nasser Al-Mohammad Al-Sabah, the Cabinet was briefed on the visits. The Cabinet was also "
            "briefed on his meeting with Belgium Deputy Prime Minister and Foreign Minister Sophie Willems in Brussels.")
    roles = _roles(text, "2022-03-08", KUWAIT)
    assert {("ahmad-nasser-al-mohammad-al-sabah", "foreign-minister", "kuwait"),
            ("ahmad-nasser-al-mohammad-al-sabah", "defence-minister", "kuwait"),
            ("sophie-willems", "foreign-minister", "belgium"), ("sophie-willems", "deputy-prime-minister", "belgium")} <= roles, roles
    assert not any(r[1].startswith("acting-") for r in roles), roles
    assert not any(c[1].startswith("Minister of State") for c in _claims(text, "2022-03-08", KUWAIT))


# --- the two-hundred-and-eighty-fourth fresh list: Pakistan's humanitarian aid to Ukraine in 2022 ----------------------------

ISLAMABAD = seeds_with(("ukraine", "country", "Ukraine"), ("pakistan", "country", "Pakistan"),
                       roles=("prime-minister", "foreign-minister", "ambassador"))


def test_what_a_minister_told_media_persons_and_what_he_said_about_calls_answered():
    text = ("Pakistan to send aid\n\nForeign Minister Shah Mahmood Qureshi spoke on Saturday.\n\nAid goods would be airlifted to "
            "Ukraine via Warsaw, he told media persons.\n\nThe Foreign Minister said that Pakistan has always acted promptly for "
            "responding to international calls for assistance during conflicts, as a peace loving nation.")
    claims = _claims(text, "2022-03-13", ISLAMABAD)
    assert any(c[0] == "shah-mahmood-qureshi" and c[1].startswith("Aid goods would be airlifted") for c in claims), claims
    assert any(c[0] == "shah-mahmood-qureshi" and c[1].startswith("Pakistan has always acted promptly") for c in claims), claims
    assert not any(c[1].startswith("assistance during conflicts") for c in claims), claims


def test_what_a_speaker_informs_and_what_its_subject_advocated_for_is_the_whole_statement():
    text = ("Aid delivered\n\nForeign Minister Shah Mahmood Qureshi spoke at the base.\n“The Ukrainian people are in a tough "
            "situation,” he added, informing that Pakistan has always advocated for a peaceful conclusion.")
    claims = _claims(text, "2022-03-16", ISLAMABAD)
    assert any(c[1] == "Pakistan has always advocated for a peaceful conclusion" for c in claims), claims
    assert not any(c[1] == "a peaceful conclusion" for c in claims), claims


def test_an_envoys_courtesy_without_its_stop_an_air_force_and_an_office_outside_the_model_named_again():
    text = ("Second consignment\n\nThe consignment was dispatched to Ukraine through two Pakistan Airforce C-130 aircrafts.\n\n"
            "Minister of State for Foreign Affairs, Hina Rabbani Khar handed over the relief goods to the Ukrainian ambassador in "
            "Pakistan H.E Markian Chuchuk during an official ceremony.\n\nSpeaking on the occasion, the Minister of State for "
            "Foreign Affairs said that Pakistan highly valued the bilateral relations with Ukraine.\n\nShe said that both countries "
            "should resolve the matter through dialogue.")
    assert ("markian-chuchuk", "ambassador", "ukraine") in _roles(text, "2022-06-03", ISLAMABAD)
    claims = _claims(text, "2022-06-03", ISLAMABAD)
    assert any(c[0] == "hina-rabbani-khar" and c[1].startswith("Pakistan highly valued") for c in claims), claims
    assert any(c[0] == "hina-rabbani-khar" and c[1].startswith("both countries should") for c in claims), claims
    assert not any(c[0] == "pakistan-airforce" for c in claims), claims


# --- the two-hundred-and-eighty-fifth fresh list: Slovenia's aid to Ukraine, 2022 to 2024 --------------------------------------

LJUBLJANA = seeds_with(("ukraine", "country", "Ukraine"), ("slovenia", "country", "Slovenia"), ("european-union", "organization", "EU"),
                       roles=("prime-minister", "foreign-minister", "defence-minister"))


def test_a_concern_expressed_at_and_a_statement_a_minister_underlined_after_it():
    text = ("Minister announces aid\n\nMinister of Foreign Affairs, Ivan Kranjc announced the contribution. He expressed concern at "
            "the numerous civilian casualties in Ukraine. Slovenia will stand by Ukraine in these difficult times, underlined "
            "Minister Kranjc.")
    claims = _claims(text, "2022-03-01", LJUBLJANA)
    assert any(c[0] == "ivan-kranjc" and c[1].startswith("concern at the numerous") for c in claims), claims
    assert any(c[0] == "ivan-kranjc" and c[1].startswith("Slovenia will stand by Ukraine") for c in claims), claims


def test_a_radio_that_reported_and_a_towns_hotel_are_no_speakers():
    text = ("First refugees arrive\n\nThe Celje Youth Hostel Hotel will be made available.\nRadio Slovenija meanwhile reported that "
            "the local energy agency plans to take over some Ukrainian workers on Tuesday.\nThe Celje municipality said it was "
            "concerned about the situation in Ukraine and that it wanted to help.")
    claims = _claims(text, "2022-02-28", LJUBLJANA)
    assert not any(c[0].startswith("radio") or "hotel" in c[0] for c in claims), claims


def test_a_union_whose_mechanism_the_aid_goes_through_and_a_conferences_total_give_nothing():
    text = ("Aid for Ukraine\n\nThe government approved on Monday material aid for Ukraine. Through the EU civil protection mechanism "
            "Slovenia will send EUR 150,000 worth of sleeping bags and generators to Ukraine.\n\nSlovenia has contributed a million "
            "euros at an international donor conference for Ukraine, which raised a total of EUR 9.1 billion.")
    pledges = _pledged(text, "2022-02-28", LJUBLJANA)
    assert ("slovenia", "150000", "EUR") in pledges and ("slovenia", "1000000", "EUR") in pledges, pledges
    assert not any(p[0] == "european-union" or p[1] == "9100000000" for p in pledges), pledges


# --- the two-hundred-and-eighty-sixth fresh list: Indonesia's aid, to Ukraine in 2022 and to Egypt and Sudan in 2024 -----------

JAKARTA = seeds_with(("ukraine", "country", "Ukraine"), ("indonesia", "country", "Indonesia"), ("egypt", "country", "Egypt"),
                     ("sudan", "country", "Sudan"), roles=("president", "foreign-minister"))


def test_a_givers_aid_to_two_states_is_its_own_in_rupiah_however_translated_and_a_nickname_is_the_person():
    text = ("Indonesia sends aid\n\nIndonesian President Joko Widodo (Jokowi) announced aid to Ukraine's neighbours on Wednesday.\n"
            "“We are once again sending aid to Egypt and Sudan to help our brothers and sisters,” President Jokowi said. The aid "
            "sent today amounts to around 30 billion rupees, in the form of medicines.")
    assert _pledged(text, "2024-04-03", JAKARTA) == [("indonesia", "30000000000", "IDR")]
    claims = _claims(text, "2024-04-03", JAKARTA)
    assert any(c[0] == "joko-widodo" and c[1].startswith("We are once again") for c in claims), claims


def test_a_headlines_verb_after_a_nickname_is_no_name():
    text = ("President Jokowi Brings Humanitarian Assistance for Ukrainian People\n\nIndonesian President Joko Widodo (Jokowi) "
            "brought humanitarian aid for the Ukrainian people during his visit to Kyiv.")
    roles = _roles(text, "2022-06-29", JAKARTA)
    assert not any("brings" in r[0] for r in roles), roles
    assert ("joko-widodo", "president", "indonesia") in roles, roles


def test_a_statement_its_attribution_interrupts_after_its_subject_or_its_first_word():
    text = ("Lawmaker backs aid\n\nMember of parliament Budi Santoso supports the minister's plan.\nInstead, Santoso continued, his "
            "party encouraged aid to be sent to Ukraine at once. The delivery of aid, said Santoso, must also reach the right "
            "place.")
    claims = _claims(text, "2022-04-07", JAKARTA)
    assert ("budi-santoso", "his party encouraged aid to be sent to Ukraine at once") in claims, claims
    assert ("budi-santoso", "The delivery of aid must also reach the right place") in claims, claims


# --- the two-hundred-and-eighty-seventh fresh list: the Philippines as giver and recipient, 2022 to 2024 -----------------------

MANILA = seeds_with(("ukraine", "country", "Ukraine"), ("philippines", "country", "Philippines"), roles=("president", "ambassador"))


def test_an_appeals_total_is_no_pledge_and_a_sum_restated_or_approximately_keeps_its_first_currency():
    text = ("PH marks ties with Ukraine\n\nMANILA – The Philippine government reiterated its readiness to accept refugees.\nThe "
            "Philippines was among the countries to respond to the United Nations’ USD1.7 billion flash appeal in March, pledging "
            "USD150,000 or approximately PHP7 million to help provide humanitarian aid to people inside the war-torn state.")
    assert _pledged(text, "2022-04-07", MANILA) == [("philippines", "150000", "USD")]


def test_the_country_that_a_reported_clause_gives_the_next_sentences_sum():
    text = ("Aid to the quake-hit\n\nPresident Ferdinand R. Marcos Jr. on Friday said the Philippines will provide financial and "
            "in-kind aid to Syria as it recovers from the earthquake.\n\nCiting the foreign department, the communications office "
            "said the country would be sending $250,000 cash donation to Syria.")
    syria = seeds_with(("ukraine", "country", "Ukraine"), ("philippines", "country", "Philippines"), ("syria", "country", "Syria"),
                       roles=("president",))
    assert _pledged(text, "2023-03-10", syria) == [("philippines", "250000", "USD")]


# --- the two-hundred-and-eighty-eighth fresh list: Italy as giver and speaker, 2022 to 2024 -----------------------------------

ROME = seeds_with(("ukraine", "country", "Ukraine"), ("italy", "country", "Italy"), roles=("prime-minister", "foreign-minister"))


def test_what_a_conferences_attendees_pledged_together_is_no_ones():
    text = ("Rome to host recovery talks\n\nItalian Prime Minister Giorgia Meloni said Italy would keep helping Ukraine.\nAt the "
            "last such meeting, attendees pledged to allocate an additional US$50 billion for Ukraine's rebuilding.")
    assert _pledged(text, "2024-10-11", ROME) == []


def test_a_sentence_that_is_one_quotation_is_whom_this_was_said_by_names():
    text = ("Pact with Kyiv\n\n“The talks on the security pact between Italy and Ukraine have given new impetus to our support for "
            "Kyiv”. This was said by Foreign Minister Antonio Tajani, speaking to the committees of the Chamber, adding that “the "
            "pact is a cornerstone of peace”.")
    claims = _claims(text, "2024-02-20", ROME)
    assert any(c[0] == "antonio-tajani" and c[1].startswith("The talks on the security pact") for c in claims), claims
    assert any(c[0] == "antonio-tajani" and "cornerstone of peace" in c[1] for c in claims), claims


def test_a_statement_told_to_a_radio_whose_name_has_a_number():
    text = ("Italy backs Kyiv\n\nItaly will keep helping Ukraine rebuild, foreign minister Antonio Tajani said on Monday.\nThe main "
            "parts of the new pact with Ukraine are reconstruction and military help, Tajani told Radio 24 Mattino.")
    claims = _claims(text, "2024-02-26", ROME)
    assert ("antonio-tajani", "The main parts of the new pact with Ukraine are reconstruction and military help") in claims, claims


# --- the two-hundred-and-eighty-ninth fresh list: Hungary as giver and speaker, 2022 to 2024 ----------------------------------

BUDAPEST = seeds_with(("ukraine", "country", "Ukraine"), ("hungary", "country", "Hungary"),
                      roles=("prime-minister", "foreign-minister", "president"))


def test_an_office_said_in_parliament_on_a_day_is_the_next_named_persons_of_the_pages_state():
    text = ("Hungary keeps helping Ukraine\n\nHungary will keep its aid programme for Ukraine going for as long as it is needed, the "
            "foreign minister said in parliament on Tuesday.\nAnswering a question, Péter Szijjártó said the government had "
            "condemned the war from its first day.")
    assert ("peter-szijjarto", "foreign-minister", "hungary") in _roles(text, "2022-06-08", BUDAPEST)
    claims = _claims(text, "2022-06-08", BUDAPEST)
    assert any(c[0] == "peter-szijjarto" and c[1].startswith("Hungary will keep its aid programme") for c in claims), claims


def test_what_a_state_spent_on_aid_worldwide_is_no_pledge():
    text = ("Hungary ready to help\n\nHungary spent over 60 million euros on humanitarian aid worldwide last year, the foreign "
            "minister Péter Szijjártó said in Brussels.")
    assert _pledged(text, "2024-03-18", BUDAPEST) == []


def test_the_head_of_the_ministry_is_the_person_just_named_with_no_office():
    text = ("Hungary at the donors' conference\n\nPeter Szijjártó attended a donors’ conference for Ukraine on Thursday. The head "
            "of the ministry said at the event that “Hungary is ready to send more help to Ukraine.”")
    claims = _claims(text, "2022-05-05", BUDAPEST)
    assert any(c[0] == "peter-szijjarto" and c[1].startswith("Hungary is ready to send more help") for c in claims), claims


def test_what_was_said_after_a_colon_with_no_quotation_marks():
    text = ("Szijjártó at the conference\n\nIn his speech, Peter Szijjártó emphasized that Hungary supports Ukraine's sovereignty. "
            "However, he added: Hungarians want the fighting in Ukraine to stop as soon as possible, MTI reported.")
    claims = _claims(text, "2022-05-05", BUDAPEST)
    assert ("peter-szijjarto", "Hungarians want the fighting in Ukraine to stop as soon as possible") in claims, claims


def test_a_charity_named_aid_gives_no_states_money_and_its_president_holds_its_office():
    text = ("Hungary donates buses to Ukraine\n\nHungarian Interchurch Aid president Laszlo Lehel said the charity had sent relief "
            "supplies. Hungarian Interchurch Aid is sending 40 million forints worth of humanitarian aid to the area, he said.")
    assert _pledged(text, "2023-06-15", BUDAPEST) == []
    roles = _roles(text, "2023-06-15", BUDAPEST)
    assert ("laszlo-lehel", "president", "hungarian-interchurch-aid") in roles, roles


def test_the_state_after_to_which_gives_the_grant():
    text = ("Hungary donates buses to Ukraine\n\nThe waste plant, to which the Hungarian government is providing a grant of 3 million "
            "euros, will serve 100,000 people, the minister said.")
    assert _pledged(text, "2023-06-15", BUDAPEST) == [("hungary", "3000000", "EUR")]


# --- the two-hundred-and-ninetieth fresh list: Malaysia as giver to Palestine, 2021 to 2025 -----------------------------------

KUALA_LUMPUR = seeds_with(("ukraine", "country", "Ukraine"), ("malaysia", "country", "Malaysia"),
                          ("palestine-state-of", "country", "Palestine"),
                          roles=("prime-minister", "deputy-prime-minister", "foreign-minister"))


def test_malaysian_styles_are_no_part_of_a_name_and_the_given_name_alone_is_the_same_person():
    text = ("Malaysia gives to Gaza\n\nThe cheque was handed over by Foreign Minister Datuk Seri Aziz Rahman to the envoy.\n"
            "Aziz said the money came from a trust fund that Malaysians gave to.")
    assert ("aziz-rahman", "foreign-minister", "malaysia") in _roles(text, "2024-12-18", KUALA_LUMPUR)
    claims = _claims(text, "2024-12-18", KUALA_LUMPUR)
    assert ("aziz-rahman", "the money came from a trust fund that Malaysians gave to") in claims, claims


def test_rm_before_a_figure_is_the_ringgit():
    text = ("Malaysia adds to its Gaza aid\n\nMalaysia will contribute an additional RM50 million in humanitarian aid to Palestine, "
            "Foreign Minister Aziz Rahman said.")
    assert _pledged(text, "2025-09-25", KUALA_LUMPUR) == [("malaysia", "50000000", "MYR")]


def test_a_state_named_only_as_what_aid_is_to_for_or_with_is_not_the_pages():
    text = ("Aid to rebuild Gaza\n\nKuala Lumpur – Malaysia has pledged more than $2 million to Palestine to "
            "rebuild Gaza.\nForeign Minister Aziz Rahman said the funds will rebuild a hospital.\n“Malaysia will work with aid "
            "groups,” he said. “I invite others to mobilise aid for Palestine,” he said.\nHe said Malaysia will stand with Palestine.")
    assert ("aziz-rahman", "foreign-minister", "malaysia") in _roles(text, "2021-06-21", KUALA_LUMPUR)


def test_a_long_portfolio_before_a_name_after_said():
    text = ("Malaysia sends more aid\n\nMalaysia has added five more containers of aid to Gaza, said Minister of Natural Resources "
            "and Environmental Sustainability Nik Nazmi Nik Ahmad.")
    claims = _claims(text, "2024-05-07", KUALA_LUMPUR)
    assert any(c[0] == "nik-nazmi-nik-ahmad" and c[1].startswith("Malaysia has added five more containers") for c in claims), claims


def test_he_after_an_opening_participles_clause_is_not_the_one_it_names():
    text = ("Malaysia sends more aid\n\nMalaysia has added five more containers of aid to Gaza, said Minister Nik Nazmi Nik Ahmad.\n"
            "Representing Deputy Prime Minister Ahmad Zahid Hamidi at the ceremony in Egypt yesterday, he said the containers contained "
            "staple food items such as rice.")
    claims = _claims(text, "2024-05-07", KUALA_LUMPUR)
    assert ("nik-nazmi-nik-ahmad", "the containers contained staple food items such as rice") in claims, claims


def test_palestines_minister_of_foreign_affairs_and_expatriates():
    text = ("Malaysia backs Palestine\n\nMalaysia will help rebuild Gaza. Foreign Minister Aziz Rahman met Palestinian Minister of "
            "Foreign Affairs and Expatriates Riyad al-Malki on Friday.")
    assert ("riyad-al-malki", "foreign-minister", "palestine-state-of") in _roles(text, "2021-06-21", KUALA_LUMPUR)


# --- the two-hundred-and-ninety-first fresh list: South Africa as giver, 2009 to 2022 -----------------------------------------

PRETORIA = seeds_with(("ukraine", "country", "Ukraine"), ("south-africa", "country", "South Africa"), ("cuba", "country", "Cuba"),
                      ("zimbabwe", "country", "Zimbabwe"), roles=("president", "foreign-minister"))


def test_r_before_a_sum_with_its_scale_is_the_rand_and_never_a_roads_number():
    text = ("Aid to Zimbabwe\n\nIn 2009, the Government of South Africa provided support to Zimbabwe. The support included a "
            "contribution of R200 million to a fund for the people of Zimbabwe, along the R44 road.")
    assert _pledged(text, "2010-08-06", PRETORIA) == [("south-africa", "200000000", "ZAR")]


def test_south_africas_minister_of_international_relations_is_its_foreign_minister():
    text = ("Pandor in Harare\n\nSouth Africa's International Relations and Co-Operation Minister Naledi Pandor said the aid "
            "had arrived.")
    assert ("naledi-pandor", "foreign-minister", "south-africa") in _roles(text, "2021-05-26", PRETORIA)


def test_a_state_named_as_what_a_gift_is_for_is_not_the_pages():
    text = ("Pandor defends Cuba donation\n\nInternational Relations Minister Naledi Pandor said the donation had been budgeted "
            "for.\nSouth Africa's R40 million Cuba donation was approved by parliament.\nShe has defended South Africa’s R40 "
            "million contribution to Cuba. South Africa offers help on a small scale, she said.\nThe Cuba donation would "
            "promote friendship, the minister said, as Cuba had once helped South Africa.")
    roles = _roles(text, "2022-08-26", PRETORIA)
    assert ("naledi-pandor", "foreign-minister", "south-africa") in roles, roles


def test_a_counterparts_own_title_says_the_office():
    text = ("Aid handed over\n\nSouth Africa President Cyril Ramaphosa sent Foreign Minister Naledi Pandor to hand over maize meal "
            "to his Zimbabwean counterpart President Emmerson Mnangagwa.")
    roles = _roles(text, "2021-05-26", PRETORIA)
    assert ("emmerson-mnangagwa", "president", "zimbabwe") in roles, roles
    assert not any(r[0] == "emmerson-mnangagwa" and r[1] == "foreign-minister" for r in roles), roles


# --- the two-hundred-and-ninety-second fresh list: India's aid to Sri Lanka, 2022 ---------------------------------------------

COLOMBO = seeds_with(("ukraine", "country", "Ukraine"), ("india", "country", "India"), ("sri-lanka", "country", "Sri Lanka"),
                     roles=("ambassador", "foreign-minister", "president", "prime-minister"))


def test_the_giver_after_a_subordinate_clause_the_sentence_opens_with():
    # (a page that opens with its date and the sentence itself, no headline above it, as the excerpt of Trend's copy does)
    text = (" date 2022-05-23 As Sri Lanka grapples with a severe economic crisis, India handed over humanitarian assistance worth "
            "over US$10 million to the island country on Sunday.")
    assert _pledged(text, "2022-05-23", COLOMBO) == [("india", "10000000", "USD")]


def test_a_high_commissioner_is_his_states_envoy_where_he_sits_named_or_not():
    text = ("Aid reaches Colombo\n\nIndian High Commissioner in Sri Lanka Gopal Baglay received the ministers. The High "
            "Commissioner of India in Colombo, Gopal Baglay, handed over the aid.")
    roles = _roles(text, "2022-06-24", COLOMBO)
    assert ("gopal-baglay", "ambassador", "india") in roles, roles


def test_a_presidents_counsel_after_a_name_is_no_part_of_it():
    text = ("Aid reaches Colombo\n\nThe consignment was handed over by India's envoy to Ali Sabry PC and other ministers.\nAli Sabry "
            "PC said Sri Lanka was grateful for the help from India.")
    claims = _claims(text, "2022-07-26", COLOMBO)
    assert any(c[0] == "ali-sabry" for c in claims), claims


# --- the two-hundred-and-ninety-third fresh list: North Macedonia, 2022-2023 -----------------------------------------------------

SKOPJE = seeds_with(("ukraine", "country", "Ukraine"), ("north-macedonia", "country", "North Macedonia"),
                    ("albania", "country", "Albania"), ("estonia", "country", "Estonia"),
                    roles=("defence-minister", "prime-minister", "president"))


def test_a_citys_money_is_no_states_named_by_its_council_its_mayor_or_as_the_city_of():
    # (each page's capital had made the sum its state's: a city gives no state's money)
    for text in ("Skopje sends aid to Ukraine\n\nThe City of Skopje sends MKD 9 million of humanitarian aid to Ukraine.",
                 "Skopje sends aid to Ukraine\n\nSkopje Mayor Ana Petkova submitted a proposal to the Council to help the "
                 "citizens of Ukraine in the amount of MKD 9 million.",
                 "Tallinn helps Kyiv\n\nTallinn City Council allocated 400,000 euros to Ukraine. Estonia welcomed the gift."):
        assert _pledged(text, "2022-03-03", SKOPJE) == [], text
    # (the state's own money beside a mayor who speaks stays the state's)
    text = "Aid for Ukraine\n\nEstonia allocated 400,000 euros to Ukraine, the mayor of Tallinn said."
    assert _pledged(text, "2022-03-03", SKOPJE) == [("estonia", "400000", "EUR")]


def test_a_state_spoken_of_after_against_and_its_adjectives_is_no_offices_state():
    # ("… aggression against independent and sovereign Ukraine …, a government press release said after Prime Minister …
    # met with …": the office had been dropped as of some other state the sentence names)
    text = ("Leaders embrace at the summit\n\nMacedonia condemned Russia’s military aggression against independent and sovereign "
            "Ukraine from the very beginning and has provided strong support ever since, a government press release said after "
            "Prime Minister Marko Trajkov met with Albanian Prime Minister Edi Rama on the sidelines of the summit.\n\n“We support "
            "the sovereignty of Ukraine,” PM Trajkov said. Macedonia will go on helping.")
    roles = _roles(text, "2023-06-01", SKOPJE)
    assert ("marko-trajkov", "prime-minister", "north-macedonia") in roles, roles
    assert ("edi-rama", "prime-minister", "albania") in roles, roles


def test_a_state_written_with_its_compass_point_cut_to_an_initial_is_no_person():
    # ("N. Macedonia" had been a new person, who opened the sentence and so cut the statement before the attribution)
    text = ("A request refused\n\nA month ago, Ukraine sent a new request for equipment from N. Macedonia, but this time we were not "
            "able to respond positively, because the equipment was needed at home. Yes, there is a new request, but at the moment we "
            "cannot respond positively, Defense Minister Ana Petkova said on Thursday.")
    claims = _claims(text, "2023-12-28", SKOPJE)
    assert any(c[0] == "ana-petkova" and "not able to respond" in c[1] for c in claims), claims
    assert not any("n-macedonia" in c[0] for c in claims), claims


# --- the two-hundred-and-ninety-fourth fresh list: Egypt's aid to Gaza, 2023-2024 --------------------------------------------

CAIRO = seeds_with(("ukraine", "country", "Ukraine"), ("egypt", "country", "Egypt"), ("kuwait", "country", "Kuwait"),
                   roles=("president", "prime-minister", "foreign-minister", "ambassador"))


def test_a_fund_named_before_its_heads_name_and_an_outlet_online_are_no_name_words():
    # ("Head of the projects sector in Long Live Egypt Fund Hisham Khalifa said …" had made a person "Fund Hisham Khalifa";
    # "Ahram Online" a person whom "he added" then named)
    text = ("Aid convoy reaches Rafah\n\nIn an interview, Head of the projects sector in Long Live Egypt Fund Karim Nassar said that "
            "the Fund managed to organize this large relief convoy.\nThe Fund is working on sending urgent needs to Gaza, he added.")
    claims = _claims(text, "2023-11-14", CAIRO)
    assert claims and all(c[0] == "karim-nassar" for c in claims), claims
    text = ("Aid delivered to Gaza: Official\n\nAhram Online , Monday 27 Nov 2023\n\nThe society has sent more trucks through the "
            "border crossing, he added.")
    assert not any(c[0] == "ahram-online" for c in _claims(text, "2023-11-27", CAIRO))


def test_what_kind_of_statement_in_two_words_after_said_and_a_longer_inset_before_that():
    text = ("Egypt sends aid\n\nEgypt launched its largest convoy on Saturday, said Egyptian Prime Minister Youssef Kamel.\nThe "
            "shipment comes upon directives of the president to stand with the Palestinian people, Kamel said in a cabinet "
            "statement.")
    assert any(c[0] == "youssef-kamel" and c[1].startswith("The shipment comes") for c in _claims(text, "2023-11-18", CAIRO))
    text = ("Egypt sends aid\n\nEgyptian Prime Minister Dr. Youssef Kamel said, in a statement issued by the Presidency of the "
            "Council of Ministers, after his participation in the launch of the convoy, that “this shipment of humanitarian aid "
            "comes in implementation of the directives of the president.”")
    assert any(c[0] == "youssef-kamel" and "this shipment" in c[1] for c in _claims(text, "2023-11-18", CAIRO))


def test_a_title_of_two_offices_before_the_name_set_off_by_commas():
    text = ("Egypt's aid\n\nEgypt has provided roughly 80% of the total humanitarian aid delivered to Gaza so far, the country’s "
            "Minister of Supply and Internal Trade and Chairperson of the General Committee for Foreign Aid, Omar Saleh, said.")
    assert ("omar-saleh", "Egypt has provided roughly 80% of the total humanitarian aid delivered to Gaza so far") \
        in _claims(text, "2024-05-13", CAIRO)


def test_the_director_or_the_mayor_said_is_the_one_person_the_page_named_under_that_title():
    text = ("Red Crescent aid\n\nThe announcement was made by Executive Director of the Egyptian Red Crescent Society Dr Tarek "
            "Fawzy during a press conference on Monday.\n\nThe organization has intensified its efforts over the past three days "
            "to take advantage of the truce, the director said.")
    assert any(c[0] == "tarek-fawzy" and c[1].startswith("The organization") for c in _claims(text, "2023-11-27", CAIRO))
    # (no one named under the title: no speaker)
    text = ("Red Crescent aid\n\nTarek Fawzy spoke at a press conference on Monday.\n\nThe organization has intensified its "
            "efforts over the past three days, the director said.")
    assert not any(c[1].startswith("The organization") for c in _claims(text, "2023-11-27", CAIRO))


def test_an_arabic_given_name_joined_by_a_hyphen_before_al_and_the_family_name_is_a_name():
    text = ("Egypt on Gaza\n\nEgyptian President Abdel-Karim al-Masri said that Egypt firmly supports the Palestinian people.")
    assert ("abdel-karim-al-masri", "Egypt firmly supports the Palestinian people") in _claims(text, "2023-10-19", CAIRO)


# --- the two-hundred-and-ninety-fifth fresh list: Cyprus's aid to Ukraine, 2022-2025 --------------------------------------------

NICOSIA = seeds_with(("ukraine", "country", "Ukraine"), ("cyprus", "country", "Cyprus"), ("poland", "country", "Poland"),
                     ("european-union", "organization", "European Union"), roles=("foreign-minister", "president"))


def test_the_givers_aid_from_it_and_a_state_passed_through_leave_the_giver_the_pages_state():
    # (Cyprus named only as where the aid comes from, "from Cyprus", "of Cypriot humanitarian aid", had been "spoken of", and
    # Poland, the way the aid went, as much a place: no state, so no office for the minister, and the sum went to the EU the
    # sentence before named as the channel)
    text = ("Dispatch of second aid announced\n\nThe dispatch of a second humanitarian aid package from Cyprus to Ukraine was "
            "announced on Wednesday by Foreign Affairs Minister Andreas Loizou.\n\n“The first shipment of Cypriot humanitarian "
            "aid to Ukraine has arrived in Poland. The second shipment was sent yesterday via Poland, again through the European "
            "Union Civil Protection Mechanism”, he noted.\n\n“The two shipments contained a total of 215 tons of material worth "
            "more than EUR 2 million, including food aid and medical supplies,” he added.\n\nThe minister said this is the largest "
            "humanitarian aid mission from Cyprus.")
    assert ("andreas-loizou", "foreign-minister", "cyprus") in _roles(text, "2022-04-06", NICOSIA)
    assert _pledged(text, "2022-04-06", NICOSIA) == [("cyprus", "2000000", "EUR")]


def test_a_commissioner_before_the_name_in_lower_case_and_he_pointed_out():
    text = ("Aid from Cyprus to Ukraine\n\nThe first batch of aid for Ukraine will be sent on Tuesday, following arrangements "
            "made with the EU’s civil protection mechanism, commissioner for the citizen Eleni Georgiou said on Wednesday.\n\nUnder "
            "her coordination, the Civil Defence and the Port Authority have contributed decisively to the effort, she pointed out.")
    claims = _claims(text, "2022-03-02", NICOSIA)
    assert any(c[0] == "eleni-georgiou" and c[1].startswith("The first batch") for c in claims), claims
    assert any(c[0] == "eleni-georgiou" and c[1].startswith("Under her coordination") for c in claims), claims


def test_an_item_of_a_bulleted_list_with_its_worth_under_the_packages_lead_in():
    text = ("What is included in Cyprus’s humanitarian aid to Ukraine\n\nThe first dispatch of humanitarian aid from Cyprus to "
            "Ukraine is expected to be sent on 8 March.\n\nThe first package includes:\n\n  • Pharmaceuticals worth 700,000 euros\n"
            "  • Food items collected in more than 40 centers")
    assert _pledged(text, "2022-03-02", NICOSIA) == [("cyprus", "700000", "EUR")]


# --- the two-hundred-and-ninety-sixth fresh list: Brazil as giver and receiver, 2005-2024 --------------------------------------

BRASILIA = seeds_with(("ukraine", "country", "Ukraine"), ("brazil", "country", "Brazil"), ("bolivia", "country", "Bolivia"),
                      ("syria", "country", "Syria"), ("germany", "country", "Germany"),
                      roles=("foreign-minister", "defence-minister", "president", "ambassador"))


def test_rice_equivalent_to_a_sum_in_the_packages_own_currency_is_a_pledge_of_its_own():
    text = ("Brazil pledges aid for Syrians\n\nBrazil's government announced a $1.3 million donation for humanitarian assistance "
            "to people affected by the conflict in Syria.\nIn addition to the financial donation, Brazil is planning to "
            "contribute 4,500 tons of rice, equivalent to $1.85 million.")
    assert _pledged(text, "", BRASILIA) == [("brazil", "1300000", "USD"), ("brazil", "1850000", "USD")]


def test_a_state_in_a_conferences_name_and_an_office_for_its_state():
    # ("by Foreign Minister Mauro Vieira during the Supporting Syria and the Region conference in London" had lost the office to
    # Syria; "The Foreign Relations Minister for Brazil, Mauro Vieira" was no title)
    text = ("Brazil pledges aid\n\nBrazil will help Syria. The pledge was announced Thursday by Foreign Minister Paulo Mendes "
            "during the Supporting Syria and the Region conference in London.")
    assert ("paulo-mendes", "foreign-minister", "brazil") in _roles(text, "2016-02-05", BRASILIA)
    text = ("Brazil pledges aid\n\nSÃO PAULO, BRAZIL – The Foreign Relations Minister for Brazil, Paulo Mendes, announced on "
            "Thursday that the Brazilian government would donate money to Syria.")
    assert ("paulo-mendes", "foreign-minister", "brazil") in _roles(text, "2016-02-05", BRASILIA)


def test_the_state_a_headline_opens_with_as_its_verbs_giver_is_the_pages_whoever_the_page_names_most():
    # (Bolivia's minister had been made Brazil's: the page names the flooded Brazil most; a closing mark opening his words
    # after a colon, ":”Brazil had to …", hid them; "Brother" and a tweet's "Ministerio de Defensa" had been names)
    text = ("Bolivia Sends Humanitarian Aid After Floods in Brazil\n\nThe Government of Bolivia delivered 70 tons of aid to Brazil "
            "on Tuesday.\nDefense Minister Carlos Rojas said at the airport:”Brazil had to mourn the loss of human lives in "
            "the south of Brazil”.\n“Our president has contacted the president of Brazil, Brother Lula da Silva, to let him know "
            "our solidarity with Brazil,” he said.\n— Ministerio de Defensa (@mindefbolivia)\n“That is why it has been decided "
            "in Cabinet to send our support to Brazil as a Bolivian people,” he added.")
    roles = _roles(text, "2024-05-21", BRASILIA)
    assert ("carlos-rojas", "defence-minister", "bolivia") in roles, roles
    assert ("lula-da-silva", "president", "brazil") in roles, roles
    claims = _claims(text, "2024-05-21", BRASILIA)
    assert any(c[0] == "carlos-rojas" and c[1].startswith("Brazil had to mourn") for c in claims), claims
    assert all(c[0] == "carlos-rojas" for c in claims), claims


# --- the two-hundred-and-ninety-seventh fresh list: Mexico's aid to Cuba, February 2026 ----------------------------------------

MEXICO_CITY = seeds_with(("ukraine", "country", "Ukraine"), ("mexico", "country", "Mexico"), ("cuba", "country", "Cuba"),
                         ("united-states", "country", "United States"), ("donald-trump", "person", "Donald Trump", "Trump"),
                         roles=("president", "ambassador"))


def test_a_possessor_is_no_verbs_subject_and_her_vow_after_has_is_a_claim_of_its_own():
    # (the vow had been Trump's, named only in "Trump's actions", and so had the next "she told reporters")
    text = ("Mexico aids Cuba\n\nMexico sent aid to Cuba as it endures a blockade imposed by US President Donald Trump.\n"
            "Mexican President Ana Robles has previously warned that Trump's actions could trigger a "
            "\"humanitarian crisis\" in Cuba and has vowed to use all \"diplomatic channels\" to resolve tensions.\nOn Monday, she "
            "told reporters: \"The sanctions being imposed on countries that sell oil to Cuba are very unfair.\"")
    claims = _claims(text, "2026-02-09", MEXICO_CITY)
    assert ("ana-robles", 'to use all "diplomatic channels" to resolve tensions') in claims, claims
    assert any(c[0] == "ana-robles" and c[1].startswith("Trump's actions could trigger") and "vowed" not in c[1] for c in claims), claims
    assert any(c[0] == "ana-robles" and c[1].startswith("The sanctions") for c in claims), claims
    assert not any(c[0] == "donald-trump" for c in claims), claims


def test_a_title_before_the_surname_of_a_person_the_page_named_in_full():
    text = ("Mexico helps Cuba\n\nMexico’s Ana Robles spoke to the press.\n\nIn a recent press conference, President Robles "
            "announced a second humanitarian shipment.")
    assert ("ana-robles", "president", "mexico") in _roles(text, "2026-02-13", MEXICO_CITY)


# --- the two-hundred-and-ninety-eighth fresh list: France's defence spending targets, 2022-2025 --------------------------------

PARIS = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("france", "country", "France"),
                   roles=("president", "defence-minister", "secretary-general"))


def test_a_plan_over_years_aimed_at_the_goal_dates_it_and_a_headlines_copy_of_the_goal_takes_the_date():
    # (the body's goal, a copy of the headline's, was dropped as the same goal while still undated; the next sentence's
    # programming law then dated the dropped one)
    text = ("Why is a defense effort of 2% of GDP insufficient for France?\n\nUpon his arrival in 2017, the new President Emmanuel "
            "Macron made a major effort to bring France's defense effort to 2% of its Gross Domestic Product, as France had "
            "committed to in 2014 during the NATO summit in Cardiff. To achieve this, the new executive implemented a new Military "
            "Programming Law from 2019 to 2025 aimed at achieving this objective.")
    assert _found(text, "target", "2022-05-25", PARIS) == [("france", "2", "2025")]


def test_a_plan_the_state_had_until_now_indicated_is_overtaken_and_no_goal():
    text = ("France in 2024\n\nFrance will reach the objective of 2% of GDP in military spending, recommended by NATO, in 2024, "
            "Defense Minister Jean Dupont said in Brussels on Thursday. France, which has decided to double its military budget "
            "by 2030 compared to 2019, had until now indicated that it would achieve this objective of 2% in 2025.")
    targets = _found(text, "target", "", PARIS)
    assert ("france", "2", "2024") in targets, targets
    assert ("france", "2", "2025") not in targets, targets


# --- the two-hundred-and-ninety-ninth fresh list: the allies' PURL purchases for Ukraine, 2025-2026 ----------------------------

PURL = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("sweden", "country", "Sweden"),
                  ("czechia", "country", "Czechia", "Czech Republic"), ("canada", "country", "Canada"),
                  ("portugal", "country", "Portugal"), ("united-states", "country", "United States", "US"),
                  ("mark-rutte", "person", "Mark Rutte", "Rutte"), roles=("secretary-general", "president", "foreign-minister"))


def test_each_sum_in_a_list_after_received_is_the_giver_named_right_after_it_and_a_seller_gives_nothing():
    # (every sum had been the first giver's, Sweden's; the US, from which packages were bought, a giver of $500 million; and
    # TASS's "$" Canada's dollar)
    text = ("PURL\n\nMOSCOW, October 16. /TASS/. Ukraine has received bilateral commitments from several countries to provide "
            "military aid: $8 billion from Sweden for 2026-2027, $72 million from the Czech Republic, $20 million from Canada, "
            "$12 million from Portugal.\n\nPreviously purchased military aid packages from the US under this program amounted to "
            "$500 million.")
    assert _pledged(text, "2025-10-16", PURL) == [("sweden", "8000000000", "USD"), ("czechia", "72000000", "USD"),
                                                   ("canada", "20000000", "USD"), ("portugal", "12000000", "USD")]


def test_a_total_of_countries_counted_a_body_met_or_named_for_the_alliance_and_weapons_bought_give_no_pledge():
    # (on a page about NATO's PURL, each had been NATO's or the United States' money)
    text = ("Five countries confirm $1 bln through PURL\n\nNATO allies met at NATO headquarters on Wednesday.\n\"Following the "
            "results of the ministerial meeting of the Ukraine-NATO Council: five countries confirmed allocation of $1 billion in "
            "additional support through the PURL program,\" the Foreign Ministry said.\nThe president announced during a meeting "
            "with NATO Secretary General Mark Rutte that contributions to the PURL programme amount to US$2.1 billion.\nThe "
            "initiative, which enables the purchase of American weapons with the support of NATO member states, has reached "
            "US$2.1 billion.")
    assert _pledged(text, "2025-12-03", PURL) == []


def test_a_relative_clause_set_off_between_the_name_and_has_said():
    text = ("PURL\n\nFive countries confirmed allocation of $1 billion in additional support through the PURL program, Ukrainian "
            "Foreign Minister Andriy Sybiha, who is at NATO headquarters, has said.")
    claims = _claims(text, "2025-12-03", PURL)
    assert any(c[0] == "andriy-sybiha" and c[1].startswith("Five countries confirmed") for c in claims), claims


# --- the three-hundredth fresh list: the G7's $50 billion loan and its members' parts, 2024 ------------------------------------

G7_LOAN = seeds_with(("ukraine", "country", "Ukraine"), ("japan", "country", "Japan"), ("united-states", "country", "United States",
                                                                                        "U.S.", "US"),
                     ("european-union", "organization", "European Union", "EU"), roles=("president",))


def test_a_members_part_of_the_groups_loan_is_its_own_named_first_and_frozen_funds_are_no_aid():
    # ("$3.3 billion of the loan pledged by the Group of Seven" had been the G7's; "The United States has pledged $20 billion of
    # the package" too; "about $280 billion in frozen Russian funds" the EU's)
    text = ("G7 loan for Ukraine\n\nJapan will shoulder $3.3 billion of the loan pledged by the Group of Seven (G7) to Ukraine, "
            "Kyodo News reported.")
    assert _pledged(text, "2024-07-17", G7_LOAN) == [("japan", "3300000000", "USD")]
    text = ("G7 finalizes loan\n\nThe G7 nations have finalized a $50 billion loan package to aid Ukraine.\nThe United States has "
            "pledged $20 billion of the package, primarily funded by the interest from Russian assets.")
    assert ("united-states", "20000000000", "USD") in _pledged(text, "2024-10-28", G7_LOAN)
    text = ("G7 loan\n\nAll G7 member states and the European Union have agreed to provide loans that will be repaid with the "
            "proceeds of about $280 billion in frozen Russian funds, most of which are in Europe.")
    assert _pledged(text, "2024-07-17", G7_LOAN) == []


# --- the three-hundred-and-first fresh list: Morocco as giver, to Ukraine and to Gaza ----------------------------------------

MOROCCO = seeds_with(("ukraine", "country", "Ukraine"), ("morocco", "country", "Morocco"),
                     ("palestine-state-of", "country", "Palestine"), roles=("president", "prime-minister"))


def test_a_sum_in_a_code_that_is_also_a_word_raised_by_a_list_of_bodies_for_gaza_is_the_states_to_palestine():
    # ("MAD 10 million" had been no money at all, the bodies' list no giver, and Gaza's aid the default recipient's, Ukraine's)
    text = ("Morocco sends aid to Gaza\n\nRabat - As part of support ordered by King Mohammed VI for the benefit of the Gaza "
            "population, a humanitarian aid worth MAD 10 million was raised by the Royal Armed Forces (FAR), the Moroccan Agency "
            "for International Cooperation and the Mohammed V Foundation for Solidarity.")
    found = _found(text, "pledge", "2014-07-20", MOROCCO)
    assert [(p["donor"], p["amount"], p["currency"], p["recipient"]) for p in found] == [
        ("morocco", "10000000", "MAD", "palestine-state-of")]
    # (a passive's agent after "sent by" too, and a territory the aid goes to)
    text = "Aid to Gaza\n\nHumanitarian aid worth EUR 2 million was sent by Morocco to the West Bank."
    assert [(p["donor"], p["recipient"]) for p in _found(text, "pledge", "2024-03-12", MOROCCO)] == [("morocco", "palestine-state-of")]


def test_a_code_that_is_also_a_word_is_money_only_before_a_scaled_sum():
    from nato_kg.extract.money import find_money

    assert [(m.value, m.currency) for m in find_money("aid worth MAD 10 million and a TRY 1,500,000 grant")] == [
        (10_000_000, "MAD"), (1_500_000, "TRY")]
    assert find_money("ALL 32 allies agreed; MAD 2 was the answer") == []


def test_a_month_after_a_preposition_before_a_colon_is_no_speaker():
    # ("… server reported in December: “…”" had made a person "December" the speaker)
    text = ("Tanks for Ukraine\n\nAnd Morocco persuaded Washington to supply them, Africa Intelligence's server reported in "
            "December: \"In the strictest secrecy, Morocco succeeded in persuading Rabat to supply Kyiv with spare parts for "
            "T-72 tanks.\"")
    assert _claims(text, "2023-01-22", MOROCCO) == []


# --- the three-hundred-and-second fresh list: Mongolia as giver, to China, Russia and Türkiye --------------------------------

MONGOLIA = seeds_with(("ukraine", "country", "Ukraine"), ("mongolia", "country", "Mongolia"), ("china", "country", "China"),
                      ("russia", "country", "Russia"), roles=("president", "prime-minister", "foreign-minister", "ambassador"))


def test_a_name_with_its_patronymics_initial_joined_or_spaced_is_a_person():
    # ("D.Tsogtbaatar" had been no name at all, and "Kh. Battulga" cut into two sentences at "Kh.")
    text = ("Meat aid to be delivered to Russia\n\nUlaanbaatar/MONTSAME/. The Cabinet decided to deliver meat aid to the Russian "
            "Federation, reported Minister of Foreign Affairs D.Tsogtbaatar.\nEarlier, the President of Mongolia Kh. Battulga "
            "visited China and donated 30 thousand sheep.")
    assert _roles(text, "2020-05-21", MONGOLIA) == {("d-tsogtbaatar", "foreign-minister", "mongolia"),
                                                    ("kh-battulga", "president", "mongolia")}
    text = ("Donation handed over\n\nAt the event, Mongolia’s Foreign Minister D.Tsogtbaatar expressed his pleasure at giving the "
            "donation. "
            "He also voiced the hope that the aid would be of significant help.")
    assert any(c[0] == "d-tsogtbaatar" and "significant help" in c[1] for c in _claims(text, "2020-03-13", MONGOLIA))


def test_a_sum_with_a_point_between_thousands_or_its_sign_after_it_and_what_each_person_gives():
    # ("USD 200.000" had been 200 dollars, "1$ million" no money, and the campaign's "1 person- 1000 tugrik" a pledge)
    text = ("Donation campaign\n\nR.Munkhbat stated “Mongolia is in high risk of Coronavirus. Also the government granted USD "
            "200.000 to Republic of China as financial aid for removing the virus. We have decided to organize donation "
            "campaign “1 person- 1000 tugrik” with 1-month term for supporting citizens of Wuhan city, China.”")
    assert _pledged(text, "2020-02-08", MONGOLIA) == [("mongolia", "200000", "USD")]
    text = ("Mongolia hands over aid\n\nULAN BATOR, May 26./TASS/. The Mongolian government has handed over to Russia a "
            "certificate for humanitarian assistance worth 1$ million to fight the coronavirus pandemic.")
    found = _found(text, "pledge", "2020-05-26", MONGOLIA)
    # (and the war's other side is the recipient it is, never the default one)
    assert [(p["donor"], p["amount"], p["currency"], p["recipient"]) for p in found] == [("mongolia", "1000000", "USD", "russia")]


def test_a_participles_agent_right_after_the_sum_is_its_giver_and_a_headline_in_capitals_names_where_it_goes():
    # (China, whose embassy and ambassador the clause named first, had been the giver, and "HANDED OVER TO CHINA" China's)
    text = ("DONATION OF MNT 391 MILLION HANDED OVER TO CHINA\n\nThe staff of the Embassy of the People’s Republic of China to "
            "Mongolia led by Ambassador of China Chai Wenrui attended the handing over ceremony of the MNT 391.6 million donation "
            "raised by government organizations, 43 businesses, and 188 citizens of Mongolia.")
    assert _pledged(text, "2020-03-13", MONGOLIA) == [("mongolia", "391600000", "MNT")]


def test_a_quotation_nested_in_one_with_the_same_marks_and_titles_joined_by_and_before_the_verb():
    # (the inner closing mark had ended the whole quotation, and the speaker named before two titles was too far back)
    text = ("Donation campaign\n\nR.Munkhbat, President of National Association of Food and Agriculture, and Head of "
            "Mongolia-Inner Mongolia Cooperation Association made press release and stated “Mongolia is in high risk of "
            "Coronavirus. We have decided to organize donation campaign “1 person- 1000 tugrik” with 1-month term. And we are "
            "appealing to announce the campaign nationwide”.")
    claims = _claims(text, "2020-02-08", MONGOLIA)
    assert len(claims) == 1 and claims[0][0] == "r-munkhbat", claims
    assert "campaign “1 person- 1000 tugrik” with" in claims[0][1] and claims[0][1].endswith("nationwide"), claims


# --- the three-hundred-and-third fresh list: Ecuador's swap of Russian-made arms with the US, 2024 -------------------------

# (Russia as the gazetteer names it, from ISO 3166: "russian-federation")
ECUADOR = seeds_with(("ukraine", "country", "Ukraine"), ("ecuador", "country", "Ecuador"),
                     ("united-states", "country", "United States", "U.S.", "US"),
                     roles=("president", "foreign-minister", "defence-minister", "spokesperson", "ambassador"))


def test_arms_swapped_for_arms_are_no_ones_pledge():
    # (the $200 million of new gear had been the United States' pledge, and Ecuador's)
    text = ("Ecuador's helicopters\n\nEven after Moscow imposed sanctions on Ecuador, the latter has shown no inclination of "
            "reversing the supply of “scrap metal” Russian military equipment to Ukraine in exchange for receiving $200 million "
            "worth of new gear from the U.S.\nEarlier, Noboa announced plans to donate outdated Soviet-made military equipment to "
            "the United States, which has pledged in return to provide Ecuador with new weapons to the value of $200 million.")
    assert _pledged(text, "2024-02-09", ECUADOR) == []


def test_a_ministrys_spokeswoman_in_apposition_an_envoy_in_a_city_and_what_an_outlet_was_told():
    # (the spokeswoman had been no one, her claim the ministry's; "in Quito" no posting; "told a local news outlet …" nothing)
    text = ("Ecuador and Russia\n\nMaria Zakharova, the Russian Foreign Ministry's spokeswoman, claimed on Feb. 2 that Ecuador's "
            "decision was a breach of contract between the two countries.\nMoscow’s ambassador in Quito, Vladimir Sprinchan, told "
            "a local news outlet Russia is willing to repair the grounded helicopters Ecuador needs.")
    assert _roles(text, "2024-02-22", ECUADOR) == {("maria-zakharova", "spokesperson", "russian-federation"),
                                                   ("vladimir-sprinchan", "ambassador", "russian-federation")}
    speakers = {c[0] for c in _claims(text, "2024-02-22", ECUADOR)}
    assert speakers == {"maria-zakharova", "vladimir-sprinchan"}, speakers


def test_the_state_a_headline_opens_with_and_an_age_for_the_one_just_named():
    # ("President Daniel Noboa" had been no one's president where the sentence named "Russian weapons", the page the US as
    # often as Ecuador; "the 36-year-old leader" no one; a quotation run on by "and risking …" no one's)
    text = ("Ecuador Confirms US Weapons Swap Is Off After Russian Protest\n\n(Bloomberg) -- Ecuador canceled plans to swap "
            "decades-old Russian weapons with the US after learning they would be delivered to Ukraine, President Daniel Noboa "
            "said in an interview with CNN.\n“To our own surprise the United States publicly communicated that it is going to be "
            "taken to an armed conflict in Ukraine,” the 36-year-old leader told the broadcaster Thursday night.\n“Russia is our "
            "number three trading partner and they’d be right because we’d be triangulating arms” and risking to violate "
            "international treaties, Noboa said.")
    assert ("daniel-noboa", "president", "ecuador") in _roles(text, "2024-02-23", ECUADOR)
    claims = _claims(text, "2024-02-23", ECUADOR)
    assert ("daniel-noboa", "Ecuador canceled plans to swap decades-old Russian weapons with the US after learning they would be "
                            "delivered to Ukraine") in claims, claims
    assert sum(1 for c in claims if c[0] == "daniel-noboa") == 3, claims


def test_a_states_office_named_unheld_before_its_holder_named_by_the_title_alone():
    # (the minister had been no one's on a page naming Ecuador and the US as often; a command's last word part of a name)
    text = ("Ecuador's helicopters\n\nEcuador has not specified what equipment it will be handing over to Ukraine. The U.S. "
            "plans to procure equipment from South American countries.\nEcuador’s minister of defense had once praised Russian "
            "military equipment\nIn 2011 at a ceremony, the then Minister of Defense Javier Ponce said that the Ecuadorian "
            "government strives to equip its armed forces with modern technology.\nCommander of the United States Southern "
            "Command Laura Richardson said in January 2023 that several South American countries possess Russian-made weapons.")
    assert ("javier-ponce", "defence-minister", "ecuador") in _roles(text, "2024-02-09", ECUADOR)
    assert "laura-richardson" in {c[0] for c in _claims(text, "2024-02-09", ECUADOR)}


# --- the three-hundred-and-fourth fresh list: the money for the Kenya-led security mission to Haiti, 2023-2024 -------------

HAITI = seeds_with(("ukraine", "country", "Ukraine"), ("haiti", "country", "Haiti"), ("canada", "country", "Canada"),
                   ("united-states", "country", "United States", "U.S.", "US"),
                   roles=("president", "prime-minister", "foreign-minister", "secretary-of-state", "ambassador"))


def test_envoys_to_the_united_nations_and_one_named_again_by_title_before_a_state_he_speaks_of():
    # ("Ambassador to the United Nations" had been no posting; "Ambassador Rae remarked that Haiti …" Haiti's ambassador)
    text = ("Haiti mission\n\n“We call on all international partners to do more and give more,” the US ambassador to the United "
            "Nations Linda Thomas-Greenfield spoke of the paltry amount raised.\nShe urged that the money would ensure that "
            "Haitians get a deserved peace and stability.\n“Member states have to walk the talk,” Canadian Ambassador to the "
            "United Nations Bob Rae urged the international community.\nAmbassador Rae remarked that Haiti, just like any other "
            "country, requires peace and stability.")
    assert _roles(text, "2024-07-03", HAITI) == {("linda-thomas-greenfield", "ambassador", "united-states"),
                                                 ("bob-rae", "ambassador", "canada")}
    assert ("linda-thomas-greenfield", "the money would ensure that Haitians get a deserved peace and stability") \
        in _claims(text, "2024-07-03", HAITI)


def test_a_prime_minister_of_the_one_state_that_has_one_and_a_group_led_by_a_president():
    # (Ariel Henry had been the United States' president, his government's name read with the page's state; the leaders'
    # plea Biden's; a number of countries no clause said)
    text = ("US will contribute $300 million to Haiti’s multinational security mission\n\nThe United States will contribute $300 "
            "million to the Kenyan-led multinational security mission to Haiti, Secretary of State Antony Blinken said Monday. "
            "Blinken said more than a dozen countries participated in the event. One gang leader, Jimmy Cherizier, has described "
            "it as an attempt to overthrow Prime Minister Ariel Henry’s government.\nSeveral world leaders at the 78th UN "
            "Assembly, led by U.S. President Joe Biden, have echoed Haiti’s plea for the United Nations Security Council to "
            "swiftly authorize a multinational security mission.")
    roles = _roles(text, "2024-03-11", HAITI)
    assert ("ariel-henry", "prime-minister", "haiti") in roles and not any(r[0] == "ariel-henry" and r[1] == "president"
                                                                          for r in roles), roles
    claims = _claims(text, "2024-03-11", HAITI)
    assert ("antony-blinken", "more than a dozen countries participated in the event") in claims, claims
    assert not any(c[0] == "joe-biden" for c in claims), claims


def test_money_for_a_mission_in_a_state_goes_to_that_state():
    # (the mission's state had been a place, the default recipient Ukraine the one given to)
    text = ("World leaders rally\n\nThe United States pledged $100 million for the multinational security mission in Haiti "
            "during a week of impassioned speeches.")
    assert [(p["donor"], p["recipient"]) for p in _found(text, "pledge", "2023-09-25", HAITI)] == [("united-states", "haiti")]


# --- the three-hundred-and-fifth fresh list: the Pukpuk treaty between Australia and Papua New Guinea, 2025 ---------------

PUKPUK = seeds_with(("australia", "country", "Australia"), ("papua-new-guinea", "country", "Papua New Guinea"),
                    ("ukraine", "country", "Ukraine"), roles=("president", "prime-minister", "defence-minister", "foreign-minister"))


def test_a_state_by_its_initials_and_the_state_of_a_counterpart_is_not_the_first_ones():
    # ("PNG" had been no state; "Prime Minister Anthony Albanese and his PNG counterpart James Marape" made Albanese PNG's)
    text = ("Pukpuk treaty\n\nPNG Prime Minister James Marape said that it was his government that proposed the treaty.\nThe "
            "treaty was expected to be signed by Prime Minister Anthony Albanese and his PNG counterpart James Marape. PNG "
            "celebrated, and PNG’s cabinet met.")
    roles = _roles(text, "2025-09-17", PUKPUK)
    assert ("james-marape", "prime-minister", "papua-new-guinea") in roles, roles
    assert ("anthony-albanese", "prime-minister", "papua-new-guinea") not in roles, roles


def test_one_addressed_by_name_is_not_the_speaker_and_what_one_noted_after_as():
    # (Marape's thanks to "Prime Minister Albanese" had been Albanese's own words; "…, as Mr Albanese noted" no one's, and the
    # "he said" after it Marape's)
    text = ("Australia, PNG ink historic war pact\n\n“This treaty elevates the relationship between our two nations,” Mr Albanese "
            "declared.\nHe said it was “a great honour that our nearest neighbour is our newest "
            "ally” – a sentiment that Mr Marape echoed.\n“I want to say thank you very much, Prime Minister Albanese,” he said.\n"
            "It is similar to the ANZUS Treaty with New Zealand and the US, as Mr Albanese noted in his remarks.\n“Both of the "
            "nations have also agreed not to undertake any activities that would compromise this treaty,” he said.")
    pukpuk = seeds_with(("anthony-albanese", "person", "Anthony Albanese", "Albanese"), ("james-marape", "person", "James Marape",
                                                                                        "Marape"))
    claims = _claims(text, "2025-10-06", pukpuk)
    assert ("james-marape", "I want to say thank you very much, Prime Minister Albanese") in claims, claims
    assert ("anthony-albanese", "It is similar to the ANZUS Treaty with New Zealand and the US") in claims, claims
    assert any(c[0] == "anthony-albanese" and c[1].startswith("Both of the nations") for c in claims), claims


def test_a_quotation_after_saying_and_a_colon_and_a_surname_before_who():
    # (the quotation after "…, saying:" had been no one's; "Albanese, who … President Donald Trump, said …" Trump's)
    text = ("Pukpuk treaty\n\nEarlier, Prime Minister Anthony Albanese welcomed the treaty, saying:\n“Our two nations are the "
            "closest of neighbours and the closest of friends.”")
    assert _claims(text, "2025-10-01", PUKPUK) == [("anthony-albanese", "Our two nations are the closest of neighbours and the "
                                                                         "closest of friends.")]
    text = ("Pukpuk treaty\n\nAlbanese, who later this month heads to Washington for his first formal meeting with President "
            "Donald Trump, said Australian foreign policy was based on three pillars: the US alliance and regional engagement.")
    assert [c[0] for c in _claims(text, "2025-10-06", PUKPUK)] == ["albanese"]


# --- the three-hundred-and-sixth fresh list: Colombia's purchase of Swedish Gripen fighters, November 2025 ----------------

COLOMBIA = seeds_with(("colombia", "country", "Colombia"), ("united-states", "country", "United States", "US"),
                      ("venezuela", "country", "Venezuela"), roles=("president", "defence-minister"))


def test_a_counterpart_with_no_possessive_and_a_titled_name_before_who():
    # ("US counterpart Donald Trump" and "Venezuelan counterpart Nicolas Maduro" had been no one's office; Maduro's words,
    # "who is close to Petro", Petro's)
    text = ("Colombia inks $4.3 bn deal\n\nColombia has agreed to buy Swedish warplanes, President Gustavo Petro said.\nPetro, "
            "Colombia's first leftist president, has traded insults with US counterpart Donald Trump.\nVenezuelan President "
            "Nicolas Maduro, who is close to Petro, says the US military deployment in the region is aimed at ousting him.")
    assert {("donald-trump", "president", "united-states"), ("nicolas-maduro", "president", "venezuela")} <= _roles(
        text, "2025-11-15", COLOMBIA)
    assert ("nicolas-maduro", "the US military deployment in the region is aimed at ousting him") in _claims(text, "2025-11-15",
                                                                                                          COLOMBIA)


def test_the_day_before_where_and_that_and_a_states_clause_between_the_name_and_the_verb():
    # ("specified Friday in an event … that" had said nothing; the US's accusation had been Petro's)
    text = ("Colombia inks deal\n\nPresident Gustavo Petro spoke at a base.\nPetro specified Friday in an event at a military "
            "base that Colombia will buy 17 Gripen fighter jets.\nThe agreement, which was announced by President Gustavo Petro "
            "on Friday, comes as the US has been increasing its military presence in Latin America and accusing Colombia of "
            "being involved in the regional drug trade.")
    claims = _claims(text, "2025-11-15", COLOMBIA)
    assert ("gustavo-petro", "Colombia will buy 17 Gripen fighter jets") in claims, claims
    assert not any("drug trade" in c[1] for c in claims), claims


# --- the three-hundred-and-seventh fresh list: Bangladesh's defence budgets, 2011-2025 -----------------------------------

BANGLADESH = seeds_with(("ukraine", "country", "Ukraine"), roles=("finance-minister", "prime-minister"))


def test_taka_and_crores_and_the_state_whose_own_currency_a_page_writes_in():
    # ("Tk 42,095 crore" had been no money, and "Finance Minister AHM Mustafa Kamal" no one's minister on a page that never
    # names Bangladesh)
    from nato_kg.extract.money import find_money

    assert [(m.value, m.currency) for m in find_money("Tk 406.98 billion, Tk40,851 crore and Tk 1,216cr")] == [
        (406_980_000_000, "BDT"), (408_510_000_000, "BDT"), (12_160_000_000, "BDT")]
    text = ("Defence budget increases by 4.3pc\n\nTk 42,095 crore has been proposed for the Defence Ministry and other services "
            "under the ministry in the national budget for the 2023-24 fiscal year.\nFinance Minister AHM Mustafa Kamal made the "
            "announcement during his budget speech at the National Parliament Bhaban on Thursday.")
    assert _roles(text, "2023-06-02", BANGLADESH) == {("ahm-mustafa-kamal", "finance-minister", "bangladesh")}
    assert _pledged(text, "2023-06-02", BANGLADESH) == []


def test_a_budget_per_cent_lower_than_the_last_is_no_goal():
    text = ("Defence budget cut\n\nThe government of Bangladesh has allocated Tk 406.98 billion in the proposed defence budget for "
            "2025-26 fiscal, about 3.1 per cent lower than the last one.")
    assert _found(text, "target", "2025-06-02", BANGLADESH) == []


# --- the three-hundred-and-eighth fresh list: Nigeria's defence budgets, 2023 and 2025 -------------------------------------

NIGERIA = seeds_with(("ukraine", "country", "Ukraine"), roles=("president", "finance-minister"))


def test_the_naira_as_nigerian_copy_writes_it_and_a_page_of_its_own_budget():
    # ("N4.91tn" had been no money, "President Bola Tinubu" no state's on a page that names Nigeria only in "Nigerians";
    # "assured Nigerians that …" nothing; "Tinubu said this when he presented …" a claim of nothing)
    from nato_kg.extract.money import find_money

    assert [(m.value, m.currency) for m in find_money("N4.91tn, N4.91 trillion and ₦58.47trn, at N1,500 to the dollar")] == [
        (4_910_000_000_000, "NGN"), (4_910_000_000_000, "NGN"), (58_470_000_000_000, "NGN")]
    text = ("Tinubu unveils 2025 budget, allocates N4.91tn for defence\n\nPresident Bola Tinubu on Wednesday presented the 2025 "
            "Appropriation Bill, earmarking a significant N4.91 trillion for defence and security.\nTinubu said this when he "
            "presented the bill to a joint session of the National Assembly.\nTinubu assured Nigerians that his administration is "
            "committed to equipping security forces with modern tools and technology.")
    assert _roles(text, "2024-12-18", NIGERIA) == {("bola-tinubu", "president", "nigeria")}
    claims = _claims(text, "2024-12-18", NIGERIA)
    assert ("bola-tinubu", "his administration is committed to equipping security forces with modern tools and technology") \
        in claims, claims
    assert not any(c[1].startswith("this when") for c in claims), claims
    assert _pledged(text, "2024-12-18", NIGERIA) == []


# --- the three-hundred-and-ninth fresh list: Ghana's defence budgets and debts, 2021-2025 ---------------------------------

GHANA = seeds_with(("ukraine", "country", "Ukraine"), roles=("president", "vice-president", "defence-minister", "professor"))


def test_a_state_named_only_in_its_forces_name_an_academic_title_and_shares_of_a_programme():
    # (the page had no state, "Ghana Armed Forces" read as a side at war; "Vice President Professor …" a professor; "six
    # percent of the Ghana Armed Forces allocation" a goal of GDP)
    text = ("Vice President speaks on defence debt\n\nThe Chairperson of the newly sworn-in Ghana Armed Forces Council, Vice "
            "President Professor Nana Jane Opoku-Agyemang, has expressed concern over a debt owed by the Ministry of Defence.")
    assert _roles(text, "2025-03-24", GHANA) == {("nana-jane-opoku-agyemang", "vice-president", "ghana")}
    text = ("GH¢2.1 billion for the Ministry of Defence\n\nParliament approved the sum for the Ghana Armed Forces Programme.\nNaval "
            "operations received GH¢101,989,960 representing six percent of the Ghana Armed Forces allocation.\nAn amount of "
            "GH¢93,311,867 representing 5.4 percent of the Ghana Armed Forces Programme is allocated the Military Health Service.")
    assert _found(text, "target", "2021-03-29", GHANA) == []


def test_titles_and_a_relative_clause_before_said_and_what_one_urged_the_military_to_do():
    # ("Member of Parliament for Assin Central" had made a person "Assin Central" the speaker; "urged the military to …" and
    # "said the Ghana Armed Forces (GAF) was …" had said nothing)
    text = ("Parliament approves budget\n\nMr Ken Ohene Agyepong, the Chairman, Parliamentary Select Committee on Defence and "
            "Interior, and New Patriotic Party (NPP) Member of Parliament for Assin Central, who seconded the Motion, said the "
            "Committee observed that critical requirements were not considered.\nPresident John Dramani Mahama spoke at the "
            "Jubilee House. He urged the military to adopt cost-effective measures to manage the security apparatus.\nHe said "
            "the Ghana Armed Forces (GAF) was poised for transformation.")
    claims = _claims(text, "2025-07-21", GHANA)
    assert ("ken-ohene-agyepong", "the Committee observed that critical requirements were not considered") in claims, claims
    assert any(c[0] == "john-dramani-mahama" and "to adopt cost-effective measures" in c[1] for c in claims), claims
    assert any(c[0] == "john-dramani-mahama" and c[1].startswith("the Ghana Armed Forces (GAF) was poised") for c in claims), claims


# --- the three-hundred-and-tenth fresh list: the Paris conference on Sudan, April 2024 ------------------------------------

SUDAN = seeds_with(("ukraine", "country", "Ukraine"), ("france", "country", "France"), ("sudan", "country", "Sudan"),
                   ("european-union", "organization", "European Union", "EU"), roles=("president", "foreign-minister"))


def test_what_a_conference_and_a_giver_with_its_allies_raise_is_no_ones_and_the_aid_goes_where_the_page_says():
    # (the conference's "more than two billion euros", "Paris and its allies had collected pledges of over €2 billion" and a
    # sum it "aims to raise" had been France's or Sudan's; the EU's and France's sums after it went to nobody)
    text = ("Sudan conference\n\nA French diplomatic source reported that a conference in Paris regarding humanitarian aid for "
            "Sudan aims to raise \"significantly more than one billion euros,\" as the European Union and France will pledge "
            "additional aid. Three sources indicated that the European Union will commit to providing 350 million euros, while "
            "France will add 110 million euros.\nFrench President Emmanuel Macron announced on Monday that Paris and its allies "
            "had collected pledges of over €2 billion ($2.1 billion) to help alleviate the humanitarian crisis in Sudan.")
    found = _found(text, "pledge", "2024-04-15", SUDAN)
    assert [(p["donor"], p["amount"], p["recipient"]) for p in found] == [("european-union", "350000000", "sudan"),
                                                                          ("france", "110000000", "sudan")]
    assert any(c[0] == "emmanuel-macron" and "collected pledges" in c[1] for c in _claims(text, "2024-04-15", SUDAN))


def test_the_critical_importance_one_emphasized():
    text = ("Sudan conference\n\nFrench President Emmanuel Macron spoke. President Macron emphasized the critical importance of "
            "mobilized funds in addressing the urgent needs of Sudan’s population.")
    assert any(c[1].startswith("the critical importance of mobilized funds") for c in _claims(text, "2024-04-15", SUDAN))


def test_a_passives_sum_is_all_givers_only_where_no_giver_is_named_before_it():
    # (the first reading of "… was pledged" with no "by" close after it took every passive's sum for a conference's)
    text = "Aid\n\nNorway's 50 million euros was pledged for Ukraine's air defence last week."
    assert _pledged(text, "2024-04-15", SUDAN) == [("norway", "50000000", "EUR")]
    text = "Aid\n\n50 million euros was pledged for Ukraine's air defence last week by the government of Norway."
    assert _pledged(text, "2024-04-15", SUDAN) == [("norway", "50000000", "EUR")]
    text = ("Aid\n\nThe Paris International Conference on Sudan was held on Monday, during which more than two billion euros in "
            "aid was pledged.")
    assert _pledged(text, "2024-04-15", SUDAN) == []


def test_a_conferences_givers_on_a_page_that_never_names_ukraine_give_to_the_state_the_conference_is_on():
    # (found end to end on list 310's first page: its five sums had gone to the default recipient, Ukraine)
    text = ("Paris conference\n\nThe Paris International Conference on Sudan was held on Monday.\nDuring the conference, the "
            "European Union pledged 350 million euros, while France committed 110 million euros.")
    assert {p["recipient"] for p in _found(text, "pledge", "2024-04-15", SUDAN)} == {"sudan"}
    # (never on a page about aid to Ukraine that speaks of another crisis)
    text = ("Aid\n\nThe summit on Sudan was held on Monday.\nFrance committed 110 million euros to Ukraine.\nThe European Union "
            "pledged 350 million euros.")
    assert {p["recipient"] for p in _found(text, "pledge", "2024-04-15", SUDAN)} == {"ukraine"}


# --- the three-hundred-and-eleventh fresh list: Japan brings its 2 % of GDP forward, 2025-2026 ----------------------------

JAPAN = seeds_with(("japan", "country", "Japan"), ("united-states", "country", "United States", "US"),
                   roles=("prime-minister", "president", "defence-minister"))


def test_what_one_plans_to_say_a_capitals_call_and_a_capital_that_says_are_no_ones_claims_and_her_argument_is_hers():
    # ("Takaichi plans to say that …" had been her claim, "Washington's calls for allies to …" hers too, "…, Tokyo says" a
    # person "Tokyo"'s; "her argument that …" had been no one's)
    text = ("Japan's defence spending\n\nJapan's Prime Minister Sanae Takaichi spoke. Takaichi plans to say that her government "
            "will use a yet-to-be-compiled supplementary budget for fiscal 2025, according to the sources.\nShe is not expected "
            "to commit to a new target at the meeting, which comes amid Washington's calls for allies to shoulder more of the "
            "regional security burden.\nThe defence target underscores Takaichi's commitment to spending she terms \"proactive\", "
            "in a bid to stimulate economic growth, based on her argument that a strong economy is a prerequisite for sound fiscal "
            "policy.\nTOKYO -- The budget will boost defense spending to 2% of "
            "gross domestic product, Tokyo says.")
    claims = _claims(text, "2025-10-24", JAPAN)
    assert claims == [("sanae-takaichi", "a strong economy is a prerequisite for sound fiscal policy")], claims


# --- the three-hundred-and-twelfth fresh list: Argentina buys 24 used F-16s from Denmark, 2024 -------------------------------

ARGENTINA = seeds_with(("argentina", "country", "Argentina"), ("denmark", "country", "Denmark"),
                       ("united-states", "country", "United States", "US"), ("ukraine", "country", "Ukraine"),
                       roles=("president", "defence-minister", "spokesperson", "economy-minister"))


def test_two_people_joined_in_an_attribution_each_say_the_statement():
    # (only the second, the one nearest the verb, had said it)
    text = ("Argentina buys jets\n\nArgentina has bought 24 F-16 jets for its air force from Denmark, President Javier Milei and "
            "Defense Minister Luis Petri said in a video posted on X on Tuesday.")
    said = "Argentina has bought 24 F-16 jets for its air force from Denmark"
    assert sorted(_claims(text, "2024-04-16", ARGENTINA)) == [("javier-milei", said), ("luis-petri", said)]
    # (never a person and what is no person: one claim, the person's)
    text = ("Argentina buys jets\n\nArgentina has bought 24 F-16 jets for its air force from Denmark, Defense Minister Luis Petri "
            "and the ministry said on Tuesday.")
    assert [who for who, _ in _claims(text, "2024-04-16", ARGENTINA)] in ([], ["luis-petri"])


def test_a_sentence_case_headline_whose_state_buys_makes_the_page_that_states_for_a_minister_visiting_the_seller():
    # ("Defense Minister Luis Petri’s visit to Denmark" had no state: the page named the buyer and the seller as often, and
    # its headline in sentence case, "Argentina inks …", was read as no one's)
    text = ("Argentina inks deal to buy 24 F-16 jets from Denmark\n\nThe Argentine government has completed the purchase of 24 "
            "F-16 fighter jets from Denmark, Argentina’s president and defense minister announced Tuesday.\n\nThe deal was "
            "finalized during Defense Minister Luis Petri’s visit to Denmark, alongside the chief of the Argentine Air Force.\n\n"
            "Danish Defence Minister Troels Lund Poulsen described the sale as part of a restructuring of his country’s Air "
            "Force, in addition to donating some of the equipment to Ukraine. Ukraine is fighting off a Russian invasion.")
    roles = _roles(text, "2024-04-16", ARGENTINA)
    assert ("luis-petri", "defence-minister", "argentina") in roles, roles
    assert ("troels-lund-poulsen", "defence-minister", "denmark") in roles, roles


def test_a_newspaper_of_one_name_quoted_as_one_quotes_a_person_is_no_speaker():
    # ("“…,” Clarín said." had made a person "Clarín")
    text = ("Argentina buys jets\n\nEconomy Minister Luis Caputo was reported to have approved the expenditure. “Part of the "
            "financing will be provided by the US, which will also supply the weapons system,” Clarín said.\n\n“We will "
            "defend our skies with these aircraft,” Petri said.")
    assert [who for who, _ in _claims(text, "2024-03-27", ARGENTINA)] == ["petri"]


def test_a_quotation_closed_by_a_double_prime_one_word_early_is_its_speakers_and_so_is_what_he_adds():
    # (the double prime closed nothing: the quotation ran on into the next paragraph's, "he added" then gave both to the last
    # name before, a newspaper's)
    text = ("Argentina buys jets\n\nDefense Minister Luis Petri of Argentina and Troels Lund Poulsen of Denmark signed a letter of "
            "intent.\n\n“The Danish defense is engaged in a generational change process, in which our F-16 aircraft are being "
            "phased out in favor of the new F-35″ fighters, Lund Poulsen said in a statement.\n\n”Denmark is donating 19 F-16s to "
            "Ukraine, and the Danish government has decided to sell 24 Danish F-16 fighters to Argentina,” he added.")
    claims = _claims(text, "2024-03-27", ARGENTINA)
    assert ("troels-lund-poulsen", "The Danish defense is engaged in a generational change process, in which our F-16 aircraft "
            "are being phased out in favor of the new F-35") in claims, claims
    assert ("troels-lund-poulsen", "Denmark is donating 19 F-16s to Ukraine, and the Danish government has decided to sell 24 "
            "Danish F-16 fighters to Argentina") in claims, claims


# --- the three-hundred-and-thirteenth fresh list: Japan's Official Security Assistance grants to the Philippines, 2023-2026 ---

MANILA = seeds_with(("japan", "country", "Japan"), ("philippines", "country", "Philippines"), ("ukraine", "country", "Ukraine"),
                    roles=("president", "prime-minister", "foreign-minister", "defence-minister", "ambassador"))


def test_equipment_handed_over_with_its_worth_is_the_givers_pledge_to_the_state_it_goes_to():
    # ("handed over" was no giving: the grant's radars, worth ¥600 million, were no pledge)
    text = ("¥600-M Japan grant powers PH coastal defense\n\nJapan formally handed over five coastal surveillance radar systems "
            "worth ¥600 million (around ₱230 million) to the Philippines on February 11.")
    assert [(p["donor"], p["amount"], p["currency"], p["recipient"]) for p in _found(text, "pledge", "2026-02-13", MANILA)] \
        == [("japan", "600000000", "JPY", "philippines")]


def test_the_one_given_to_is_no_giver_whether_awarded_a_beneficiary_or_receiving():
    # (each had been the Philippines' own pledge, or no pledge at all)
    page = "Tokyo gives again\n\nTokyo is providing another tranche of military aid to Manila under its programme.\n\n"
    for sentence, amount, currency in (
            ("The Philippines was awarded a ¥600 million grant by Japan last year.", "600000000", "JPY"),
            ("The latest announcement marks the second time that the Philippines has been an OSA beneficiary, with the Southeast "
             "Asian country being awarded a ¥600 million grant for coastal radars last year.", "600000000", "JPY"),
            ("Last year, the Philippines was the first country to receive assistance from the program when Japan pledged $4 "
             "million in maritime domain awareness radars.", "4000000", "USD"),
            ("The Philippines will receive JPY 900 million from Japan for boats.", "900000000", "JPY")):
        pledged = [(p["donor"], p["amount"], p["currency"]) for p in _found(page + sentence, "pledge", "2024-12-05", MANILA)]
        assert pledged == [("japan", amount, currency)], (sentence, pledged)


def test_a_line_of_a_states_own_budget_is_no_pledge():
    text = ("Japan to provide defence equipment to Philippines, 3 other nations\n\nThe four countries have been designated as "
            "the recipients of the grant aid for fiscal 2024, with Japan earmarking 5 billion yen ($33 million) in its initial "
            "budget for the current fiscal year, the source said.")
    assert _found(text, "pledge", "2024-04-06", MANILA) == []
    # (its budget's aid to Ukraine is still its pledge)
    text = "Japan aid\n\nJapan is earmarking 5 billion yen in its budget for aid to Ukraine."
    assert [p["amount"] for p in _found(text, "pledge", "2024-04-06", MANILA)] == ["5000000000"]


def test_the_philippines_titles_and_the_state_of_another_holder_named_before_a_president():
    # ("Foreign Affairs Secretary", "Secretary of Foreign Affairs", "Secretary for Foreign Affairs of the Republic of the
    # Philippines" and "DND Secretary" had no office or Japan's; "President Ferdinand Marcos Jr." none, Japan's envoy named before)
    text = ("Japan grant\n\nJapan and the Philippines conducted an exchange of notes.\n\nThe agreement was signed between "
            "Foreign Affairs Secretary Enrique Manalo and Japanese Ambassador to the Philippines Koshikawa Kazuhiko during a "
            "meeting between President Ferdinand Marcos Jr. and Prime Minister Fumio Kishida.\n\nJapanese Ambassador Kazuya Endo "
            "joined Department of National Defense (DND) Secretary Gilberto C. Teodoro Jr. at the handover ceremony.")
    roles = _roles(text, "2023-11-04", MANILA)
    for role in (("enrique-manalo", "foreign-minister", "philippines"), ("ferdinand-marcos", "president", "philippines"),
                 ("gilberto-teodoro", "defence-minister", "philippines"), ("fumio-kishida", "prime-minister", "japan")):
        assert role in roles, (role, roles)
    text = ("Japan grant\n\nJapan gives.\n\nOn December 5, in Manila, Mr. ENDO Kazuya, Ambassador of Japan, and Hon. Enrique A. "
            "Manalo, Secretary for Foreign Affairs of the Republic of the Philippines, signed and exchanged notes.")
    assert ("enrique-manalo", "foreign-minister", "philippines") in _roles(text, "2024-12-06", MANILA)


def test_quotations_typed_with_two_apostrophes_and_a_grant_a_recipients_leader_restates():
    # (a quotation opened and closed with two apostrophes was no quotation; the grant it restated became the Philippines' own)
    text = ("Japan grant\n\nJapan and the Philippines conducted an exchange of notes on a P235 million (600 million yen) grant."
            "\n\nThe agreement was signed during a meeting between President Ferdinand Marcos Jr. of the Philippines and Prime "
            "Minister Fumio Kishida.\n\n''This agreement will further enhance the military capacities of our countries,'' said "
            "Marcos in his statement.\n\n''The OSA grant worth 600 million yen or around P235 million will help boost the efforts "
            "of our Department of National Defense,'' added Marcos.")
    claims = _claims(text, "2023-11-04", MANILA)
    assert ("ferdinand-marcos", "This agreement will further enhance the military capacities of our countries") in claims, claims
    assert {p["donor"] for p in _found(text, "pledge", "2023-11-04", MANILA)} == {"japan"}


def test_a_programmes_name_in_quotation_marks_with_its_initials_is_nothing_said():
    text = ("Japan grant\n\nEnrique Manalo, Secretary for Foreign Affairs of the Philippines, signed and exchanged notes for 1.6 "
            "billion yen in “Official Security Assistance (OSA)” FY 2024 project.")
    assert _claims(text, "2024-12-06", MANILA) == []


# --- the three-hundred-and-fourteenth fresh list: the United Arab Emirates and Somalia's army, 2014-2024 ----------------------

MOGADISHU = seeds_with(("somalia", "country", "Somalia"), ("united-arab-emirates", "country", "United Arab Emirates", "UAE"),
                       ("ukraine", "country", "Ukraine"), ("united-kingdom", "country", "United Kingdom"),
                       roles=("president", "prime-minister", "defence-minister", "finance-minister", "secretary-of-defense"))


def test_sheikh_between_two_words_of_a_name_is_part_of_it():
    # ("Sheikh" cut every name it stood in: no Somali prime minister, no president)
    text = ("UAE to help Somalia\n\nSomali Prime Minister Abdiweli Sheikh Ahmed is on an official visit to Dubai.\n\nQatar’s Emir "
            "Sheikh Tamim met Somali President Hassan Sheikh Mohamud.")
    roles = _roles(text, "2014-03-03", MOGADISHU)
    assert ("abdiweli-sheikh-ahmed", "prime-minister", "somalia") in roles, roles
    assert ("hassan-sheikh-mohamud", "president", "somalia") in roles, roles


def test_money_seized_is_no_pledge():
    # ("… added to the $9.6 million seizure" had been Somalia's delivered military aid)
    text = ("Somalia-UAE row\n\nSomalia has not made public a statement stopping military support from UAE but a statement "
            "from the Defense Minister added to the $9.6 million seizure delivered the final blow as UAE declared the military "
            "support programme ceased.\n\nSomali forces seized some $9.6 million in cash at the airport.")
    assert _found(text, "pledge", "2018-04-17", MOGADISHU) == []


def test_one_who_thanks_the_pages_state_holds_the_other_states_office():
    # ("Finance minister Mohamed Adan Fargeti praised the Emirati government" had made him the Emirates' finance minister)
    text = ("UAE to partly offset Somali military pay in new pact\n\nThe UAE will pay part of the salaries. The UAE donated "
            "vehicles. The UAE donated armoured vehicles to Somali police.\n\nSomalia has today signed a military support "
            "agreement with the UAE.\n\nFinance minister Mohamed Adan Fargeti praised the Emirati government for the deal.")
    roles = _roles(text, "2016-11-01", MOGADISHU)
    assert roles == {("mohamed-adan-fargeti", "finance-minister", "somalia")}, roles


def test_a_tweet_quoted_after_the_sentence_that_names_its_author_is_the_authors():
    # (the quotation had gone to the minister quoted in the paragraph before, whose quotation was left open)
    text = ("Somalia-UAE row\n\n“My statement last week was not properly understood,” Defence Minister Mohamed Mursal of Somalia "
            "told Goobjoog News. “We have to look at the bigger picture; we have the responsibility to pay our soldiers. The "
            "minister however remained cagey.\n\nThe government has stated the country’s sovereignty is not subject to debate. "
            "National Security advisor Abdisaid Ali reiterated this position in a tweet Monday. “International law allows "
            "countries to coexist with one another without hostility.”")
    claims = _claims(text, "2018-04-17", MOGADISHU)
    assert ("abdisaid-ali", "International law allows countries to coexist with one another without hostility.") in claims, claims


def test_regression_what_one_told_an_outlet_by_its_name_is_reported_speech():
    # (the pattern for "told GB News the department was …" took the space the statement needed: it never matched)
    text = ("Somalia-UAE row\n\nDefence Minister Mohamed Mursal of Somalia spoke. Defence Secretary John Healey of the United "
            "Kingdom spoke.\n\nMursal has however told Goobjoog News the remarks may have been taken out of context.\n\nHealey "
            "told GB News the department was complex and hard to run.")
    claims = _claims(text, "2018-04-17", MOGADISHU)
    assert ("mohamed-mursal", "the remarks may have been taken out of context") in claims, claims
    assert ("john-healey", "the department was complex and hard to run") in claims, claims


def test_a_relative_clause_after_a_noun_of_saying_is_nothing_said():
    text = ("UAE withdraws support\n\nLate last year, the Emiratis communicated their decision to halt payments directly to "
            "Defense Minister Abdulqadir Mohamed Nur of Somalia, a warning that he seems to have underestimated.")
    assert _claims(text, "2024-03-15", MOGADISHU) == []


# --- the three-hundred-and-fifteenth fresh list: Uzbekistan's humanitarian aid to Afghanistan, 2020-2025 ----------------------

TASHKENT = seeds_with(("uzbekistan", "country", "Uzbekistan"), ("afghanistan", "country", "Afghanistan"),
                      ("ukraine", "country", "Ukraine"), roles=("president", "deputy-foreign-minister", "economy-minister"))


def test_a_possessive_typed_with_the_modifier_letter_apostrophe_ends_the_name():
    # ("President Shavkat Mirziyoyevʼs instruction" had made a president "Shavkat Mirziyoyevs")
    text = ("Uzbekistan sends 183 tons of humanitarian aid to Afghanistan\n\nActing on President Shavkat Mirziyoyevʼs instruction, "
            "Uzbekistan has delivered another batch of humanitarian aid to Afghanistan, consisting of 183 tons of food products.")
    assert _roles(text, "2025-06-05", TASHKENT) == {("shavkat-mirziyoyev", "president", "uzbekistan")}


def test_an_office_of_a_states_interim_government_is_that_states():
    text = ("Uzbekistan sends aid\n\nAid from Uzbekistan was handed over in Mazar-i-Sharif.\n\nThe Deputy Minister of Foreign "
            "Affairs of the Interim Government of Afghanistan, Sher Abbas Stanikzai, represented the Afghan side.")
    assert ("sher-abbas-stanikzai", "deputy-foreign-minister", "afghanistan") in _roles(text, "2021-12-28", TASHKENT)


# --- the three-hundred-and-sixteenth fresh list: Brazil and two per cent of GDP for defence, 2010-2025 -------------------------

BRASILIA = seeds_with(("brazil", "country", "Brazil"), ("colombia", "country", "Colombia"), ("ukraine", "country", "Ukraine"),
                      roles=("president", "defence-minister"))


def test_a_legislators_proposal_a_world_share_and_levels_are_no_goals_of_the_state():
    # (each had been a goal of Brazil's: a senator's amendment, "a 1.6% share of world military expenditure", what it "allocates
    # only", what its neighbours' investments exceed)
    for sentence in (
            "A member of the Brazilian Senate has proposed amending Article 166 of the Constitution to permanently assign 2% or "
            "more of the country’s annual GDP for national defence.",
            "An amendment is being considered, proposed by Senator Carlos Portinho. The PEC aims to increase national defense "
            "spending by 0,1% per year until reaching a minimum rate of 2% of GDP.",
            "Brazil ranks 12 with US$ 23.3 billion with a 1.6% share of world military expenditure.",
            "While nations such as Colombia surpass Brazil with investments exceeding 1,1% of GDP, Brazil allocates only around "
            "1,1%, revealing a significant disparity."):
        text = "Brazil's defence\n\nBrazil spends little on defence.\n\n" + sentence
        assert _found(text, "target", "2024-10-10", BRASILIA) == [], sentence
    # (the government's proposal is still its goal)
    text = "Brazil's defence\n\nBrazil spends little on defence.\n\nThe government has proposed raising defence spending to 2.5% of GDP by 2030."
    assert _found(text, "target", "2024-10-10", BRASILIA) == [("brazil", "2.5", "2030")]


def test_an_attribution_after_the_statement_is_no_ones_statement_and_a_request_to_congress_is_a_claim():
    # ("…, added the sources quoted by daily O Estado de S. Paulo" had been the president's statement "the sources quoted by …";
    # the request to Congress, a day in brackets before "to", no claim; an idea rejected stays the rejecter's claim, whole)
    text = ("Brazil's army\n\nThe increase in military personnel will be parallel to the investments established in the National "
            "Defense Strategy approved by President Lula da Silva in 2008, added the sources quoted by daily O Estado de S. Paulo."
            "\n\nHowever, together with other academics, Professor Márcio Scalercio rejected the idea that the region was facing "
            "an arms race, particularly against neighboring countries.\n\nBrazil’s Defense Minister General Paulo Sergio "
            "Nogueira de Oliveira asked the Brazilian Congress on Tuesday (Jul 6) to support the gradual expansion of funding "
            "for the Armed Forces.")
    claims = _claims(text, "2022-07-06", BRASILIA)
    assert [who for who, _ in claims] == ["marcio-scalercio", "paulo-sergio-nogueira-de-oliveira"], claims
    assert claims[0][1].startswith("rejected the idea that the region was facing an arms race"), claims
    assert claims[1][1].endswith("to support the gradual expansion of funding for the Armed Forces"), claims


# --- the three-hundred-and-seventeenth fresh list: Singapore's defence spending kept up, 2017 and 2024 ------------------------

SINGAPORE = seeds_with(("singapore", "country", "Singapore"), ("ukraine", "country", "Ukraine"), roles=("defence-minister",))


def test_a_share_kept_over_a_decade_is_a_level_and_a_statement_dated_with_a_short_month_is_said():
    # ("will keep military spending at about 3 per cent of GDP over the next decade" had been a goal due in 2034; "…, Defence
    # Minister Ng Eng Hen said on Feb 28 as he …" no claim: "Feb" is no month the rules knew)
    text = ("S'pore to keep defence spending at 3% of GDP\n\nSINGAPORE – Anyone following the news would not need convincing that "
            "the world has become a more dangerous place, Defence Minister Ng Eng Hen said on Feb 28 as he made clear the need for "
            "continued investment in the Singapore Armed Forces.\n\nTo keep the SAF strong, the Republic will keep military "
            "spending at about 3 per cent of gross domestic product (GDP) over the next decade.")
    assert _found(text, "target", "2024-02-28", SINGAPORE) == []
    assert ("ng-eng-hen", "Anyone following the news would not need convincing that the world has become a more dangerous "
            "place") in _claims(text, "2024-02-28", SINGAPORE)


def test_a_family_name_written_first_is_its_bearer_alone_and_in_a_headline():
    # ("Dr Ng noted that …" and "Dr Ng also announced that …" had no speaker: a surname of two letters was known only as a
    # name's last word; "…: Ng Eng Hen" was no one's, the page naming him again only after his title)
    text = ("If Singaporeans will not defend Singapore, there is no backstop: Ng Eng Hen\n\nDefence Minister Ng Eng Hen of Singapore "
            "spoke in Parliament.\n\nRecounting the 1990 invasion of Kuwait by its neighbour Iraq, Dr Ng noted that the US went to "
            "the rescue, leading a 42-country force.\n\nDr Ng also announced that SAF will double the number of troops in the "
            "Cyber Defence Operations Hub by 2020.")
    claims = _claims(text, "2024-03-01", SINGAPORE)
    assert ("ng-eng-hen", "If Singaporeans will not defend Singapore, there is no backstop") in claims, claims
    assert ("ng-eng-hen", "the US went to the rescue, leading a 42-country force") in claims, claims
    assert ("ng-eng-hen", "SAF will double the number of troops in the Cyber Defence Operations Hub by 2020") in claims, claims
