"""Extraction on the pages of pledging conferences and disasters' appeals, from the three-hundred-and-thirty-sixth fresh list on
(``benchmarks/corpus``); the lists before it are tested in ``test_extract_state_pages_more.py``.

Each test is written on sentences of its own, in the shape the list's pages took, and failed on the code before its fix.
"""

from .test_extract import seeds_with
from .test_extract_unseen import _claims, _found, _roles

GENEVA = seeds_with(("pakistan", "country", "Pakistan"), ("saudi-arabia", "country", "Saudi Arabia"),
                    ("germany", "country", "Germany"), ("china", "country", "China"), ("ukraine", "country", "Ukraine"),
                    ("united-states", "country", "United States", "US"),
                    ("european-union", "organization", "European Union", "EU"),
                    roles=("president", "prime-minister", "foreign-minister", "spokesperson", "secretary-general"))


def _given(text: str, date: str, seeds=GENEVA) -> list[tuple[str, str, str, str, str]]:
    """The pledges read from ``text``, each as (donor, recipient, amount, currency, figure)."""
    return [(p["donor"], p["recipient"], p["amount"], p["currency"], p["figure"]) for p in _found(text, "pledge", date, seeds)]


# --- the three-hundred-and-thirty-sixth fresh list: the aid pledged to Pakistan after the 2022 floods -------------------------

def test_donors_listed_with_their_sums_in_brackets_give_them_to_the_state_that_seeks_the_money():
    # ("Donors included the Islamic Development Bank ($4.2 billion), the World Bank ($2 billion), Saudi Arabia ($1 billion)" gave
    # nothing: no giving word, the banks named neither as a giving verb's subject nor after "from", and Pakistan, which seeks
    # the money and speaks on the page, not taken as where it goes on a page that never names Ukraine)
    text = ("Recovery conference\n\nIslamabad, Pakistan, sought funds for its recovery after the floods.\n\nPakistan is among the "
            "countries most exposed to the weather.\n\nDonors included the Islamic Development Bank ($4.2 billion), the World "
            "Bank ($2 billion), Saudi Arabia ($1 billion) and China, an official said.")
    assert _given(text, "2023-01-10") == [("islamic-development-bank", "pakistan", "4200000000", "USD", "package"),
                                          ("world-bank", "pakistan", "2000000000", "USD", "package"),
                                          ("saudi-arabia", "pakistan", "1000000000", "USD", "package")]
    # (a body's sum right after its name in a list after the verb is its own too: "… pledged $93 million, World Bank $2bn")
    text = ("Recovery conference\n\nIslamabad, Pakistan, sought funds for its recovery.\n\n“The European Union pledged $93 million, "
            "World Bank $2bn, Germany $88m,” the minister wrote.")
    assert [(g[0], g[2]) for g in _given(text, "2023-01-09")] == [("european-union", "93000000"), ("world-bank", "2000000000"),
                                                                  ("germany", "88000000")]
    # (an appeal's sum after the body's name stays no gift of its own: "the UN $160 million flash appeal")
    text = ("Floods\n\nIslamabad, Pakistan, sought funds for its recovery.\n\nDonors have given to the UN $160 million flash appeal "
            "for Pakistan.")
    assert _given(text, "2022-08-31") == []


def test_a_state_that_seeks_the_money_keeps_its_offices_while_taking_the_aid():
    # (the state the aid goes to that also acts on its page is still the page's state for its office holders named alone)
    text = ("Recovery conference\n\nIslamabad, Pakistan, sought funds for its recovery after the floods.\n\nPakistan planned to "
            "provide the other half.\n\nDonors included the World Bank ($2 billion), an official said.\n\nPrime Minister Shehbaz "
            "Sharif thanked the donors.")
    assert _given(text, "2023-01-10") == [("world-bank", "pakistan", "2000000000", "USD", "package")]
    assert _roles(text, "2023-01-10", GENEVA) == {("shehbaz-sharif", "prime-minister", "pakistan")}


def test_givers_and_sums_paired_by_respectively_each_give_their_own():
    # ("The European Union, Germany and China said they will commit $93 million, $88m and $100m, respectively" gave the EU all
    # three sums' first and nothing to Germany or China)
    text = ("Pledges\n\nCountries pledged money at a conference aimed at helping Pakistan recover.\n\nThe European Union, Germany "
            "and China said they will commit $93 million, $88m and $100m, respectively.")
    assert [(g[0], g[1], g[2]) for g in _given(text, "2023-01-09")] == [("european-union", "pakistan", "93000000"),
                                                                        ("germany", "pakistan", "88000000"),
                                                                        ("china", "pakistan", "100000000")]
    # (two lists of different lengths pair nothing by order: the sums' givers as before)
    text = ("Pledges\n\nCountries pledged money at a conference aimed at helping Pakistan recover.\n\nGermany and China said they "
            "will commit $88m and $100m and $5m respectively.")
    assert ("china", "pakistan", "100000000") not in [(g[0], g[1], g[2]) for g in _given(text, "2023-01-09")]


def test_a_banks_group_pledges_after_an_inset_and_its_initials_in_brackets_name_it_on_the_page():
    # ("the Islamic Development Bank group, as part of contributing to …, pledges a financing amount of $4.2 billion" gave
    # nothing: the group's word and the inset between the name and the verb; "IDB president Muhammad Al-Jasser" held no office:
    # initials the page gave the bank in brackets, which the workspace knows for no body)
    text = ("Saudi Arabia and the Islamic Development Bank (IDB) have pledged money to support Pakistan.\n\n“I am pleased to announce "
            "that the Islamic Development Bank group, as part of its work in the region, pledges a financing amount of $4.2 "
            "billion over the next three years,” IDB president Muhammad Al-Jasser said in Geneva.")
    assert [(g[0], g[1], g[2]) for g in _given(text, "2023-01-09")] == [("islamic-development-bank", "pakistan", "4200000000")]
    assert _roles(text, "2023-01-09", GENEVA) == {("muhammad-al-jasser", "president", "islamic-development-bank")}
    # (never initials the page did not give: "IDB" alone is the Inter-American bank as often as the Islamic one)
    text = "Loans\n\n“We will lend more,” IDB president Ilan Goldfajn said in Washington."
    assert not any(r[2] == "islamic-development-bank" for r in _roles(text, "2023-01-09", GENEVA))


def test_the_minister_is_the_one_the_page_titled_minister_of_an_office_outside_the_model():
    # ("As the second plenary began, the minister said development partners were exploring …" had no speaker: "Information
    # Minister Marriyum Aurangzeb" holds no office of the model, so no minister's office was known for her)
    text = ("Pledges\n\nInformation Minister Marriyum Aurangzeb said on Monday that donors had committed to give more.\n\nAs the "
            "second plenary began, the minister said development partners were exploring ways to build back better.")
    assert ("marriyum-aurangzeb", "development partners were exploring ways to build back better") in _claims(text, "2023-01-09", GENEVA)
    # (not one the page never titled a minister: "the minister" after an official is no one named)
    text = ("Pledges\n\nThe official Karim Aziz said on Monday that donors had committed to give more.\n\nAs the second plenary "
            "began, the minister said development partners were exploring ways to build back better.")
    assert not any(c[1].startswith("development partners") for c in _claims(text, "2023-01-09", GENEVA))


def test_the_kind_of_aid_a_fuller_statement_of_the_same_pledge_names_is_the_pledges():
    # ("Brazil pledges $1.3 million aid for conflict-hit Syrians" over "… a $1.3 million donation for humanitarian assistance …"
    # kept the headline's unspecified aid)
    text = ("Germany pledges $1.3 million aid for Pakistan\n\nGermany announced a $1.3 million donation for humanitarian "
            "assistance to people affected by the floods in Pakistan.")
    found = _found(text, "pledge", "2022-09-01", GENEVA)
    assert [(p["donor"], p["amount"], p["aid_type"]) for p in found] == [("germany", "1300000", "humanitarian")]


# --- the three-hundred-and-thirty-seventh fresh list: the aid given after Cyclone Idai, March 2019 -----------------------------

IDAI = seeds_with(("mozambique", "country", "Mozambique"), ("malawi", "country", "Malawi"), ("zimbabwe", "country", "Zimbabwe"),
                  ("mauritius", "country", "Mauritius"), ("china", "country", "China"), ("ukraine", "country", "Ukraine"),
                  ("united-kingdom", "country", "United Kingdom", "UK", "Britain"),
                  roles=("president", "ambassador", "spokesperson"))


def test_aid_for_states_a_disaster_hit_goes_to_the_one_the_page_names_most_never_the_usual_recipient():
    # ("The United Nations allocated 20 million U.S. dollars for a humanitarian response" on a page about three states Cyclone
    # Idai hit gave nothing, and a sum with no recipient named went to Ukraine, which the page never names)
    text = ("Aid for the cyclone\n\nCyclone Idai devastated Malawi, Mozambique and Zimbabwe.\n\nThe floods cut roads in Mozambique "
            "and Mozambique fears more deaths.\n\nThe United Nations allocated $20 million for a humanitarian response.")
    assert _given(text, "2019-03-21", IDAI) == [("united-nations", "mozambique", "20000000", "USD", "package")]
    # (a state struck "by" the disaster "in" it counts, a list of them too; never one named after a comma: "districts affected by
    # cholera, USAID will …" hits no United States)
    text = ("Aid\n\nPeople affected by Cyclone Idai in Zimbabwe need food.\n\nThe United Nations allocated $20 million for a "
            "humanitarian response.")
    assert _given(text, "2019-03-21", IDAI) == [("united-nations", "zimbabwe", "20000000", "USD", "package")]


def test_a_sum_made_available_and_a_package_after_one_initially_pledged_are_the_givers():
    # ("Britain … made £22 million available to the three countries affected" was no pledge: the sum between "made" and
    # "available"; "The United Kingdom which had initially pledged £6m to help announced that they will provide an extra £12m"
    # gave neither: "initially" read as a programme's starting figure, and the states the sum goes to as other givers)
    text = ("Aid\n\nCyclone Idai devastated Malawi, Mozambique and Zimbabwe.\n\nBritain has made £22 million available to the "
            "three countries affected.")
    assert [(g[0], g[2], g[3]) for g in _given(text, "2019-03-28", IDAI)] == [("united-kingdom", "22000000", "GBP")]
    text = ("Aid\n\nCyclone Idai devastated Malawi, Mozambique and Zimbabwe.\n\nThe United Kingdom which had initially pledged £6m "
            "to help announced that they will provide an extra £12m of support for survivors in Mozambique, Malawi and Zimbabwe.")
    assert [(g[0], g[2]) for g in _given(text, "2019-03-21", IDAI)] == [("united-kingdom", "6000000"), ("united-kingdom", "12000000")]


def test_the_government_after_a_fronted_clause_is_the_one_the_page_named_and_respectively_pairs_recipients():
    # ("As an expression of its solidarity …, Government will donate USD 200 000 and USD 100 000 to the Republic of Mozambique and
    # the Republic of Zimbabwe respectively" had no giver, and both sums went to the first recipient)
    text = ("The Government of Mauritius has taken note of the situation in the Republic of Mozambique following the cyclone. As an "
            "expression of its solidarity with the people of Mozambique and Zimbabwe, Government will donate USD 200 000 and USD "
            "100 000 to the Republic of Mozambique and the Republic of Zimbabwe respectively.")
    assert _given(text, "2019-03-20", IDAI) == [("mauritius", "mozambique", "200000", "USD", "package"),
                                                ("mauritius", "zimbabwe", "100000", "USD", "package")]


def test_a_state_named_where_at_a_sentences_opening_gives_nothing_and_a_funding_appeal_is_no_pledge():
    # ("In Malawi’s capital Lilongwe, the Chinese embassy on Wednesday donated $50,000" made Malawi the giver: "In" capitalised;
    # "the UN launched a $281.7 million funding appeal" was the page's giver's pledge)
    text = ("Aid\n\nCyclone Idai hit Malawi, Mozambique and Zimbabwe.\n\nIn Malawi’s capital Lilongwe, the Chinese embassy on "
            "Wednesday donated $50,000 to help the southern African country.")
    assert [(g[0], g[2]) for g in _given(text, "2019-03-23", IDAI)] == [("china", "50000")]
    text = ("Statement\n\nCyclone Idai devastated Mozambique. The United Kingdom has sent tents to Mozambique. On 25 March, the UN "
            "launched a $281.7 million funding appeal for the response in Mozambique.")
    assert _given(text, "2019-03-26", IDAI) == []


def test_a_headlines_copy_of_a_pledge_takes_the_status_the_body_gives_it():
    # ("UN pumps in US$5.5 mln …" over "The United Nations has announced the release of US$5.5 million …" lost "announced")
    text = ("UN pumps in US$5.5 mln to support Cyclone Freddy victims in Malawi\n\nThe United Nations has announced the release "
            "of US$5.5 million from the Central Emergency Response Fund (CERF) to help people affected by Cyclone Freddy in Malawi.")
    found = _found(text, "pledge", "2023-03-20", IDAI)
    assert [(p["donor"], p.get("status")) for p in found] == [("united-nations", "announced")]


# --- the three-hundred-and-thirty-eighth fresh list: the aid given after the Herat earthquakes, October 2023 --------------------

HERAT = seeds_with(("afghanistan", "country", "Afghanistan"), ("pakistan", "country", "Pakistan"), ("iran", "country", "Iran"),
                   ("china", "country", "China"), ("ukraine", "country", "Ukraine"),
                   ("united-states", "country", "United States", "US", "U.S."),
                   ("european-union", "organization", "European Union", "EU"),
                   roles=("prime-minister", "foreign-minister", "ambassador"))


def test_a_disasters_fronted_clause_names_no_giver_and_a_struck_states_part_by_its_compass_point_is_the_state():
    # ("Following the deadly earthquake that hit western Afghanistan this weekend, the EU announced …" made Afghanistan the
    # giver and Ukraine, never named, the recipient; "aid totaling €3.5 million" newly authorised read as a running total)
    text = ("Aid for Herat\n\nFollowing the deadly earthquake that hit western Afghanistan this weekend, the EU announced Tuesday it "
            "will provide emergency humanitarian aid for an amount of €3.5 million.\n\nIn response to the earthquake that struck "
            "western Afghanistan, the European Union has authorized emergency humanitarian aid totaling €3.5 million.\n\nThis new "
            "assistance comes in addition to the €89 million in humanitarian aid already allocated by the EU in 2023.")
    assert _given(text, "2023-10-11", HERAT) == [("european-union", "afghanistan", "3500000", "EUR", "package"),
                                                 ("european-union", "afghanistan", "89000000", "EUR", "running-total")]


def test_a_bodys_coordinator_gives_its_money_and_a_pooled_fund_named_for_a_state_is_not_the_states():
    # ("The U.N. humanitarian coordinator has approved a $5 million emergency reserve allocation from the Afghanistan Humanitarian
    # Fund (AHF)" gave nothing: the state the fund is named for read as the giver, and the body's officer as no one)
    text = ("Quake aid\n\nThe earthquake that hit western Afghanistan killed 2,000 people.\n\nThe U.N. humanitarian coordinator has "
            "approved a $5 million emergency reserve allocation from the Afghanistan Humanitarian Fund (AHF).")
    assert _given(text, "2023-10-09", HERAT) == [("united-nations", "afghanistan", "5000000", "USD", "package")]


def test_an_urdu_particle_is_a_word_of_the_name_and_a_compass_word_after_a_given_name_is_a_surname():
    # ("Pakistan's Prime Minister Anwar ul Haq Kakar" gave a person "Haq Kakar" and no office; "Western Afghanistan" was proposed
    # as a person; "Thomas West" and "Tom West" were no one, "West" being a word of no name)
    text = ("Quake aid\n\nPakistan's Prime Minister Anwar ul Haq Kakar said that Kabul had asked for tents.\n\nThe United States is "
            "sending aid to the victims in Western Afghanistan.\n\nThomas West said that the United States stands with the Afghan "
            "people.\n\nWest added that the aid will include blankets.\n\n“We mourn the loss,” Tom West said.")
    assert _roles(text, "2023-10-09", HERAT) == {("anwar-ul-haq-kakar", "prime-minister", "pakistan")}
    speakers = [c[0] for c in _claims(text, "2023-10-09", HERAT)]
    assert speakers == ["anwar-ul-haq-kakar", "thomas-west", "thomas-west", "thomas-west"]  # ("Tom West" the same man)
    # ("the West", "West Bank" and "North Korea" still name no one)
    assert _claims("Aid\n\nThe West said that North Korea and the West Bank need aid.", "2023-10-09", HERAT) == []


def test_an_office_before_a_name_whose_words_follow_a_colon_is_no_claim_and_a_name_set_off_after_an_office_speaks():
    # ("Director-General for … Operations, Maciej Popowski said: “…”" made the office itself his reported claim; "“…,”
    # Commissioner for Crisis Management, Janez Lenarčič, said." had no speaker)
    text = ("Aid\n\nDirector-General for European Civil Protection and Humanitarian Aid Operations, Maciej Popowski said: “The "
            "funding is our expression of solidarity with the Afghan people.”\n\n“The earthquake adds suffering to a population in "
            "need,” Commissioner for Crisis Management, Janez Lenarčič, said.")
    assert _claims(text, "2023-10-11", HERAT) == [
        ("maciej-popowski", "The funding is our expression of solidarity with the Afghan people."),
        ("janez-lenarcic", "The earthquake adds suffering to a population in need")]


def test_a_pledge_naming_no_recipient_on_a_page_that_never_names_the_usual_one_goes_to_the_state_it_names_most():
    # ("The United States Agency for International Development … has announced $12 million in immediate humanitarian aid to
    # assist victims of … earthquakes" on a page about Afghanistan went to Ukraine, which it never names)
    text = ("US announces aid for quake victims\n\nUSAID has announced $12 million in immediate humanitarian aid to assist victims "
            "of the earthquakes.\n\nThe Taliban government in Afghanistan says more than 1,000 people have died.\n\nThe United "
            "States is the single largest donor to Afghanistan.")
    assert [(g[0], g[1]) for g in _given(text, "2023-10-13", HERAT)] == [("united-states", "afghanistan")]
    # (a state named only in its currency's name is none: "100 million US dollars")
    text = ("Aid\n\nAlgeria donated 100 million US dollars to five countries of the Sahel. The 100 million US dollars are aid.")
    seeds = seeds_with(("algeria", "country", "Algeria"), ("ukraine", "country", "Ukraine"), ("united-states", "country", "United States", "US"))
    assert all(g[1] != "united-states" for g in _given(text, "2017-11-30", seeds))


# --- the three-hundred-and-thirty-ninth fresh list: Spain's road to 2 % of GDP, 2022-2025 --------------------------------------

MADRID = seeds_with(("spain", "country", "Spain"), ("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"),
                    ("united-states", "country", "United States", "US"), roles=("prime-minister", "president", "secretary-general"))


def _goals(text: str, date: str) -> list[tuple[str, str, str | None]]:
    """The (actor, share, year) of each target read from ``text``."""
    return _found(text, "target", date, MADRID)


def test_a_leader_committed_to_the_alliance_sets_his_states_goal_not_the_alliances():
    # ("… Pedro Sánchez, reconsidered … announcing that he would meet the NATO-agreed target of 2 per cent of GDP … by 2029"
    # gave the alliance a goal proposed by him; "Sánchez is committed to NATO to allocate 2% of GDP …" made it the alliance's)
    text = ("Spain\n\nSpain's prime minister Pedro Sánchez spoke in Madrid. Spain will host the summit.\n\nJust a couple of months "
            "after announcing that he would meet the NATO-agreed target of 2 per cent of GDP in defence spending by 2029, the premier, "
            "Pedro Sánchez, reconsidered.\n\nSánchez is committed to NATO to allocate 2% of GDP to defence by 2029.")
    assert set(_goals(text, "2025-04-22")) == {("spain", "2", "2029"), ("nato", "2", None)}  # (and the alliance's 2 % told of)


def test_the_target_a_state_now_aims_to_hit_by_the_years_end_is_its_goal_due_this_year():
    # ("Now, Madrid is aiming to hit the target by the end of the year." named no share: nothing read)
    text = ("Spain\n\nSpain's prime minister Pedro Sánchez said that Spain would meet the target of 2 per cent of GDP by 2029.\n\n"
            "Now, Madrid is aiming to hit the target by the end of the year.")
    assert set(_goals(text, "2025-04-22")) == {("spain", "2", "2029"), ("spain", "2", "2025")}


def test_a_deadline_a_goal_was_moved_from_is_its_old_one_and_his_governments_goal_is_no_claim():
    # ("… to reach 2% of GDP on military expenditure this year, well before its initial 2029 deadline" was due 2029 only;
    # "his government would meet NATO's target of 2% … this year" was Sánchez's claim and no goal of NATO's)
    text = ("Spain\n\nSpanish Prime Minister Pedro Sánchez announced a plan to reach 2% of GDP on military expenditure this year, well "
            "before its initial 2029 deadline.")
    assert set(_goals(text, "2025-04-23")) == {("spain", "2", "2025"), ("spain", "2", "2029")}
    text = ("Spain\n\nSpanish Prime Minister Pedro Sanchez said on Monday that his government would meet NATO's target of 2% of gross "
            "domestic product on defense this year.")
    assert set(_goals(text, "2025-04-22")) == {("spain", "2", "2025"), ("nato", "2", None)}
    assert _claims(text, "2025-04-22", MADRID) == []


def test_a_rise_by_up_to_a_share_each_year_is_no_goal_and_the_goalpost_moved_is_the_alliances():
    # ("… allow member states to increase their military spending by up to 1.5% of GDP per year" was a goal of 1.5 %; "the US
    # has … asked to move the goalpost from 2% to 5%" the United States' own 5 %)
    text = ("Rules\n\nThe European Commission is proposing rules that would allow member states to increase their military spending "
            "by up to 1.5% of GDP per year over the next four years.\n\nThe US has upped the stakes and asked to move the goalpost "
            "from 2% to 5% of GDP for defence.")
    assert _goals(text, "2025-04-23") == [("nato", "5", None)]
    # (a level needed "by up to" a share, no year a rise, stays a goal: "would need to raise their defence spending by up to
    # 3.7 percent of their GDP", as the seed article has it)
    text = "NATO\n\nStoltenberg said the NATO member states would need to raise their defence spending by up to 3.7 percent of their GDP."
    assert [g[:2] for g in _goals(text, "2024-06-01")] == [("nato", "3.7")]


# --- the three-hundred-and-fortieth fresh list: the pledges for the Rohingya refugees, 2017 and 2020 ----------------------------

ROHINGYA = seeds_with(("bangladesh", "country", "Bangladesh"), ("myanmar", "country", "Myanmar"), ("malaysia", "country", "Malaysia"),
                      ("ukraine", "country", "Ukraine"), ("united-states", "country", "United States", "US"),
                      ("european-union", "organization", "European Union", "EU"),
                      roles=("foreign-minister", "ambassador", "secretary-of-state"))


def test_a_junior_minister_of_a_ministry_and_a_un_high_commissioner_hold_no_office_of_the_model():
    # ("Bangladesh’s State Minister for Foreign Affairs Shahriar Alam" was made foreign minister; "Filippo Grandi, the UN's High
    # Commissioner for Refugees" an ambassador of the United Nations)
    text = ("Conference\n\n“The problem was created by Myanmar,” Bangladesh’s State Minister for Foreign Affairs Shahriar Alam told the "
            "conference.\n\n“The funding is welcome,” Filippo Grandi, the UN's High Commissioner for Refugees, said.")
    assert _roles(text, "2020-10-22", ROHINGYA) == set()
    # (a Commonwealth state's high commissioner is still its envoy)
    assert _roles("Aid\n\nBangladeshi High Commissioner Saida Muna Tasneem said it.", "2020-10-22", ROHINGYA) \
        == {("saida-muna-tasneem", "ambassador", "bangladesh")}


def test_a_conference_total_is_no_ones_and_a_place_people_seek_a_life_in_is_no_recipient():
    # ("… a conference … received about U.S. $600 million in pledges led by donations from the United States …" was the United
    # States' pledge; "The international community has demonstrated … with its announcement of funding today totaling $597
    # million" the giver named before's running total; "journeys by boat to Malaysia seeking better lives" made Malaysia where
    # the page's aid went)
    text = ("Pledges for the Rohingya\n\nAn international conference on Thursday to raise funds for Rohingya refugees in Bangladesh "
            "received about U.S. $600 million in pledges led by donations from the United States.\n\nThe United States announced "
            "nearly $200 million in new funds while the EU pledged about $113 million.\n\n“The international community has "
            "demonstrated its strong commitment to the humanitarian response with its announcement of funding today totaling $597 "
            "million,” Filippo Grandi said.\n\nMore Rohingya live in Bangladesh camps. Dozens died on journeys by boat to Malaysia "
            "seeking better lives. Bangladesh hosts them.")
    assert _given(text, "2020-10-22", ROHINGYA) == [("united-states", "bangladesh", "200000000", "USD", "package"),
                                                    ("european-union", "bangladesh", "113000000", "USD", "package")]


# --- the three-hundred-and-forty-first fresh list: the aid for the Armenians who fled Nagorno-Karabakh, 2023-2024 --------------

YEREVAN = seeds_with(("armenia", "country", "Armenia"), ("azerbaijan", "country", "Azerbaijan"), ("ukraine", "country", "Ukraine"),
                     ("european-union", "organization", "European Union", "EU"), roles=("president",))


def test_a_new_sum_told_as_an_increase_in_funding_is_a_package_and_its_parts_are_shares():
    # ("The EU today announced a €5 million increase in humanitarian funding …" was read as a difference, and its parts in the
    # next sentences had no giver)
    text = ("EU aid\n\nThe EU today announced a €5 million increase in humanitarian funding in response to the growing needs caused "
            "by the crisis.\n\nThe €5 million humanitarian funding includes €500,000 of emergency support announced on 22 September, "
            "and €4.5 million of new funding.\n\nThe latter will help people displaced to Armenia.")
    assert [g[2:] for g in _given(text, "2023-09-26", YEREVAN)] == [("5000000", "EUR", "package"), ("500000", "EUR", "share"),
                                                                    ("4500000", "EUR", "share")]
    # (an increase set against another year is still a difference: "a $30 million increase in its budgetary support compared to
    # last year")
    text = "EU aid\n\nThe EU pledged a $30 million increase in its budgetary support for Armenia compared to last year."
    assert _given(text, "2023-09-26", YEREVAN) == []


def test_a_sum_of_the_funds_opening_a_sentence_is_a_share_and_a_headlines_state_before_a_colon_gives_nothing():
    # ("1.5 million euros of the funds are earmarked for disaster preparedness" had no giver; "Armenia: EU funding … increased to
    # €12 million" was Armenia's; "in addition to the €10.45 million already announced" a new package)
    text = ("Armenia: EU funding for Karabakh refugees increased to €12 million\n\nThe European Commission decided to allocate a "
            "further 5.5 million euros in humanitarian aid to support people displaced to Armenia.\n1.5 million euros of the funds "
            "are earmarked for disaster preparedness.\nThis funding comes in addition to the €10.45 million already announced by the "
            "Commission, bringing total humanitarian funding to more than €12 million in 2023.")
    assert [(g[0], g[2], g[4]) for g in _given(text, "2023-11-01", YEREVAN)] == [
        ("european-union", "12000000", "running-total"), ("european-union", "5500000", "package"),
        ("european-union", "1500000", "share"), ("european-union", "10450000", "running-total")]


# --- the three-hundred-and-forty-second fresh list: the offers of help after the Morocco earthquake, September 2023 ------------

RABAT = seeds_with(("morocco", "country", "Morocco"), ("france", "country", "France"), ("spain", "country", "Spain"),
                   ("ukraine", "country", "Ukraine"), ("united-states", "country", "United States", "US"),
                   roles=("president", "secretary-of-state", "foreign-minister"))


def test_a_charity_named_with_a_states_adjective_gives_as_no_state_and_a_teams_nationality_names_the_presidents_state():
    # ("the French Secours populaire group announced … the disbursement of 100,000 euros" was France's pledge; "A team of French
    # volunteer firefighters has arrived in Morocco and President Emmanuel Macron said …" gave Macron no office, "A team of"
    # read as a state spoken of with an article)
    text = ("Aid for Morocco\n\nThe earthquake struck Morocco on Friday. Morocco accepted offers from four countries.\n\nMeanwhile, "
            "the French Secours populaire group announced the disbursement of 100,000 euros for the victims.\n\nA team of French "
            "volunteer firefighters has arrived in Morocco and President Emmanuel Macron said more assistance was available.")
    assert _given(text, "2023-09-11", RABAT) == []
    assert _roles(text, "2023-09-11", RABAT) == {("emmanuel-macron", "president", "france")}


def test_the_secretary_of_state_is_the_united_states_office_and_a_bodys_name_with_without_is_no_person():
    # ("Secretary of State Antony Blinken said …" on a page about Morocco made him Morocco's; "Spain's Firefighters Without
    # Frontiers" spoke as a person)
    text = ("Offers of aid\n\nThe earthquake struck Morocco on Friday. Morocco thanked Spain.\n\nSecretary of State Antony Blinken "
            "said in a statement, “The United States is ready to provide any necessary assistance as Morocco responds.”\n\nAntonio "
            "Nogales, president of Spain's Firefighters Without Frontiers, told RTVE television: “We are ready to go and help.”")
    assert _roles(text, "2023-09-09", RABAT) == {("antony-blinken", "secretary-of-state", "united-states")}
    assert not any(c[0].startswith("firefighters") for c in _claims(text, "2023-09-09", RABAT))


# --- the three-hundred-and-forty-third fresh list: the donors' conference for Lebanon, August 2020 -----------------------------

BEIRUT = seeds_with(("lebanon", "country", "Lebanon"), ("france", "country", "France"), ("germany", "country", "Germany"),
                    ("egypt", "country", "Egypt"), ("jordan", "country", "Jordan"), ("ukraine", "country", "Ukraine"),
                    ("united-states", "country", "United States", "US"), roles=("president", "prime-minister", "foreign-minister"))


def test_a_total_a_minister_quotes_is_no_ones_and_a_giver_named_after_a_part_gives_it():
    # ("German Foreign Minister Heiko Maas told ZDF broadcaster that “more than 200 million euros of emergency aid have been
    # collected,” including 20 million euros from Germany" gave Germany the total, then, with it set aside, France the part)
    text = ("Aid for Lebanon\n\nWorld leaders pledged money for Lebanon, including 30 million euros from France.\n\nGerman Foreign "
            "Minister Heiko Maas told ZDF broadcaster that “more than 200 million euros of emergency aid have been collected,” "
            "including 20 million euros from Germany.")
    assert [(g[0], g[2], g[4]) for g in _given(text, "2020-08-10", BEIRUT)] == [("france", "30000000", "package"),
                                                                              ("germany", "20000000", "package")]


def test_a_title_in_a_list_of_several_states_leaders_takes_no_state_from_the_one_before():
    # ("US President Donald Trump, Jordan's King Abdullah, Egyptian President Abdel Fattah al-Sisi, Prime Minister Giuseppe Conte"
    # made Conte Egypt's prime minister)
    text = ("Conference\n\nAmong them are also the US President Donald Trump, Jordan's King Abdullah, Egyptian President Abdel "
            "Fattah al-Sisi, Prime Minister Giuseppe Conte.")
    assert ("giuseppe-conte", "prime-minister", "egypt") not in _roles(text, "2020-08-09", BEIRUT)
    # (one state's two offices joined by "and" still share it: "Germany's Chancellor Olaf Scholz and President Frank-Walter
    # Steinmeier")
    assert ("frank-walter-steinmeier", "president", "germany") in _roles(
        "Visit\n\nGermany's Chancellor Olaf Scholz and President Frank-Walter Steinmeier met the king.", "2023-01-01",
        seeds_with(("germany", "country", "Germany"), ("ukraine", "country", "Ukraine"), roles=("chancellor", "president")))


# --- the three-hundred-and-forty-fourth fresh list: the aid after the Enga landslide, Papua New Guinea, 2024 --------------------

PORT_MORESBY = seeds_with(("papua-new-guinea", "country", "Papua New Guinea", "PNG"), ("australia", "country", "Australia"),
                          ("ukraine", "country", "Ukraine"), ("united-states", "country", "United States", "US"),
                          roles=("deputy-prime-minister", "foreign-minister"))


def test_a_page_that_marks_its_us_dollars_after_the_sum_writes_the_givers_own_dollar_bare():
    # ("The Australian Government has approved a $2.5 million humanitarian assistance package" on a page that writes "2 million
    # Kina ($500,000 USD)" was read in US dollars)
    text = ("Aid for the landslide\n\nThe Australian Government has approved a $2.5 million humanitarian assistance package for "
            "Papua New Guinea.\n\nMeanwhile, the United States will provide 2 million Kina ($500,000 USD) for emergency "
            "humanitarian assistance to Papua New Guinea.")
    assert [(g[0], g[2], g[3]) for g in _given(text, "2024-05-28", PORT_MORESBY)] == [("australia", "2500000", "AUD"),
                                                                                    ("united-states", "500000", "USD")]


def test_office_holders_who_are_in_the_state_the_paragraph_before_opened_with_hold_none_of_its_offices():
    # ("PNG security support" then "Deputy Prime Minister Richard Marles and Wong, with other senior government officials are in
    # Papua New Guinea for a ministerial forum" made Marles Papua New Guinea's deputy prime minister)
    text = ("Aid for the landslide\n\nAustralian Foreign Minister Penny Wong visited the site.\n\nPNG security support\n\nDeputy Prime "
            "Minister Richard Marles and Wong, with other senior government officials are in Papua New Guinea for a ministerial "
            "forum.")
    assert ("richard-marles", "deputy-prime-minister", "papua-new-guinea") not in _roles(text, "2024-06-20", PORT_MORESBY)


# --- the three-hundred-and-forty-fifth fresh list: the aid after the Haiti earthquake, 2021-2022 ------------------------------

PORT_AU_PRINCE = seeds_with(("haiti", "country", "Haiti"), ("canada", "country", "Canada"), ("ukraine", "country", "Ukraine"),
                            ("united-states", "country", "United States", "US", "U.S."),
                            ("european-union", "organization", "European Union", "EU"), roles=("prime-minister",))


def test_givers_and_others_pledging_a_sum_give_no_one_of_them_a_joint_figure_and_pounds_of_food_are_no_money():
    # ("The United States, European Union and others pledged $600 million in additional funds …" was the United States' and the
    # Union's joint figure; "USAID has disbursed more than 160,000 pounds of food aid" a sum in sterling)
    text = ("UN, Haiti seek $2 billion\n\n(AP) — The United States, European Union and others pledged $600 million in additional "
            "funds Wednesday to help Haiti.\n\nThe US Agency for International Development pledged an additional $50 million, the "
            "European Union more than $30 million worth of grants and Canada nearly $20 million.\n\nSince the earthquake, USAID has "
            "disbursed more than 160,000 pounds of food aid to Haiti.")
    assert [(g[0], g[2], g[3]) for g in _given(text, "2022-02-16", PORT_AU_PRINCE)] == [
        ("united-states", "50000000", "USD"), ("european-union", "30000000", "USD"), ("canada", "20000000", "USD")]
    # (pounds of aid with no goods named are still sterling)
    assert [(g[0], g[3]) for g in _given("Aid\n\nBritain pledged 5 million pounds of humanitarian aid to Haiti.", "2022-02-16",
                                         seeds_with(("haiti", "country", "Haiti"), ("united-kingdom", "country", "United Kingdom",
                                                                                     "Britain"), ("ukraine", "country", "Ukraine")))] \
        == [("united-kingdom", "GBP")]


# --- the three-hundred-and-forty-sixth fresh list: the appeals after Cyclone Mocha, May 2023 ----------------------------------

def test_what_a_state_needs_is_no_pledge_of_its_own():
    # ("The United Nations says Myanmar alone needs additional funding of $122 million" was Myanmar's pledge)
    seeds = seeds_with(("myanmar", "country", "Myanmar"), ("bangladesh", "country", "Bangladesh"), ("ukraine", "country", "Ukraine"))
    text = ("Appeal\n\nDhaka, May 24: The United Nations said Tuesday that aid is urgently needed for people affected by cyclone "
            "Mocha. USD375 million in funding is needed to provide food to millions of people affected by Cyclone Mocha in parts of "
            "Bangladesh and Myanmar.\n\nThe refugee camps in Cox's Bazar district of Bangladesh are home to many refugees.\n\nThe "
            "United Nations says Myanmar alone needs additional funding of $122 million.")
    assert _given(text, "2023-05-24", seeds) == []


# --- the three-hundred-and-forty-seventh fresh list: the aid after the Ecuador earthquake, 2016 -------------------------------

QUITO = seeds_with(("ecuador", "country", "Ecuador"), ("china", "country", "China"), ("ukraine", "country", "Ukraine"),
                   roles=("ambassador", "foreign-minister"))


def test_a_chambers_name_with_a_states_adjective_gives_nothing_and_like_opens_no_name_and_thanks_on_behalf_are_no_claim():
    # ("the Chamber of Commerce of Chinese Companies in Ecuador provided $138,000" was China's; "Like Ecuador, China is prone to
    # earthquakes, said Wang. “…”" gave the quotation to a person "Like Ecuador"; "On behalf of the people and government of
    # Ecuador, we thank China …" was a claim)
    text = ("China's aid\n\nThe Chinese government handed over $2 million to Ecuador.\n\n“On behalf of the people and government of "
            "Ecuador, we thank China for this contribution to our country,” said Long.\n\nLike Ecuador, China is prone to "
            "earthquakes, said Wang. “In China we have had the same experience as Ecuador.”\n\nAlso on April 21, the Chamber of "
            "Commerce of Chinese Companies in Ecuador provided $138,000 in cash and humanitarian aid to the relief effort.")
    assert [(g[0], g[2]) for g in _given(text, "2016-04-23", QUITO)] == [("china", "2000000")]
    claims = _claims(text, "2016-04-23", QUITO)
    assert not any(said.startswith("On behalf") for _, said in claims)
    assert not any(who.startswith("like") for who, _ in claims)
