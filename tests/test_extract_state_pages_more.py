"""Extraction on one state's pages, from the three-hundred-and-eighteenth fresh list on (``benchmarks/corpus``); the lists
before it are tested in ``test_extract_state_pages.py``.

Each test is written on sentences of its own, in the shape the list's pages took, and failed on the code before its fix.
"""

from .test_extract import seeds_with
from .test_extract_unseen import _claims, _found, _roles

GULF = seeds_with(("qatar", "country", "Qatar"), ("lebanon", "country", "Lebanon"), ("ukraine", "country", "Ukraine"),
                  roles=("president", "prime-minister", "deputy-prime-minister", "foreign-minister", "ambassador"))


def _given(text: str, date: str, seeds=GULF) -> list[tuple[str, str, str, str, str]]:
    """The pledges read from ``text``, each as (donor, recipient, amount, currency, figure)."""
    return [(p["donor"], p["recipient"], p["amount"], p["currency"], p["figure"]) for p in _found(text, "pledge", date, seeds)]


# --- the three-hundred-and-eighteenth fresh list: Qatar's money for Lebanon's army, 2022-2024 ---------------------------------

def test_an_army_given_to_or_receiving_is_its_states_never_a_side_at_war_nor_the_giver():
    # ("the Lebanese army" was read as a side waging a war, as "the Russian army" is: no pledge to it; "supply the Lebanese army
    # with fuel aid" made Lebanon the giver once it was read; "from the Emir of Qatar" named no giver)
    assert _given("Qatar to offer fuel aid\n\nQatar announced yesterday that, it would supply the Lebanese army with fuel aid "
                  "valued at 30 million U.S. dollars, over a period of six months.", "2023-08-31") \
        == [("qatar", "lebanon", "30000000", "USD", "package")]
    assert _given("Aid to the army\n\nAt the end of August, Doha announced an initiative to provide $30 million worth of fuel to "
                  "the Lebanese army.", "2024-01-29") == [("qatar", "lebanon", "30000000", "USD", "package")]
    assert _given("Aid to the army\n\nIn July, the Lebanese Army received a grant worth $20 million from the Emir of Qatar, "
                  "Sheikh Tamim Bin Hamad Al Thani.", "2024-09-17") == [("qatar", "lebanon", "20000000", "USD", "package")]
    # (the side that wages a war still gives nothing and gets nothing: "the Russian army" shelling)
    assert _given("War\n\nAs the Russian army shelled Kharkiv, Qatar pledged $5 million for Ukraine.", "2024-09-17") \
        == [("qatar", "ukraine", "5000000", "USD", "package")]


def test_a_states_fund_named_again_gives_as_the_state_and_aid_like_one_before_is_a_package():
    # ("The fund had provided similar assistance last year, … at a value of USD 30 million" had no giver, the state the last
    # aid went to taken as the next giver, and "had provided" read as a running total)
    text = ("QFFD supplies fuel\n\nDoha, Qatar: Qatar Fund for Development (QFFD) has announced a financial grant of USD 15 million "
            "to support the Lebanese Army, allocated to secure fuel for a period of three months.\nThis support comes at a time "
            "when Lebanon is facing a severe economic crisis.\nThe fund had provided similar assistance last year, where the "
            "Lebanese Army was supplied with fuel for six months at a value of USD 30 million.")
    assert _given(text, "2024-09-17") == [("qatar", "lebanon", "15000000", "USD", "package"),
                                          ("qatar", "lebanon", "30000000", "USD", "package")]
    # ("Over the past year, it has provided …": the giver named before, its aid told as a total)
    text = ("Fifth shipment\n\nIn a statement, the army thanked Qatar for its support.\nThe Gulf country regularly provides aid "
            "to the troops. Over the past year, it has provided cash aid, distributed in the form of monthly payments of one "
            "hundred dollars to Lebanese soldiers, for a total amount of 60 million dollars.")
    assert [g[0::2] for g in _given(text, "2024-01-29")] == [("qatar", "60000000", "running-total")]


def test_a_name_with_a_father_and_a_grandfather_after_a_courtesy_is_whole():
    # ("Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani" gave a person "Abdulrahman Bin Jassim Al Thani": a name ran to four
    # words after its first, and a courtesy was its first where the name was short enough)
    text = ("Qatar's grant\n\nThe announcement coincided with a visit by Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani, "
            "Qatar’s Deputy Prime Minister and Minister of Foreign Affairs, to Lebanon.")
    assert _roles(text, "2022-06-30", GULF) == {
        ("mohammed-bin-abdulrahman-bin-jassim-al-thani", "deputy-prime-minister", "qatar"),
        ("mohammed-bin-abdulrahman-bin-jassim-al-thani", "foreign-minister", "qatar")}


def test_a_statement_after_said_and_a_comma_is_said_and_being_committed_is_no_commitment():
    # ("Aoun said, the Lebanese army appreciated Qatar …" gave only "providing various forms of support to the military", read
    # after "being committed to" as a promise)
    text = ("Fuel aid\n\nLebanese Army Commander Joseph Aoun visited the base.\n\nAoun said, the Lebanese army appreciated Qatar "
            "for standing by Lebanon’s military establishment and being committed to providing various forms of support to the "
            "military.")
    assert _claims(text, "2023-08-31", GULF) == [
        ("joseph-aoun", "the Lebanese army appreciated Qatar for standing by Lebanon’s military establishment and being committed "
                        "to providing various forms of support to the military")]


# --- the three-hundred-and-nineteenth fresh list: the European Union's money for Rwanda's troops in Mozambique -----------------

AFRICA = seeds_with(("european-union", "organization", "European Union", "EU"), ("rwanda", "country", "Rwanda"),
                    ("mozambique", "country", "Mozambique"), ("ukraine", "country", "Ukraine"),
                    roles=("president", "foreign-minister"))


def test_a_state_that_gets_welcomes_or_is_boosted_by_support_from_a_fund_is_given_to_and_the_fund_gives():
    # (each had been Rwanda's pledge: the one that "will get" or "welcomed" the support, or whose support "has been boosted by"
    # the sum, was read as the giver; "The European Council agreed to provide …" named no giver)
    for text in (
            "Rwanda gets €20m\n\nRwanda will get additional support worth €20m from the European Peace Facility which will go "
            "towards supporting the deployment of the Rwanda Defence Force (RDF) in Mozambique.",
            "Rwanda welcomes EU support\n\nKigali — Rwanda today welcomed the support of the European Peace Facility, in the form "
            "of €20 million to contribute to the continued deployment of the Rwanda Defence Force in Cabo Delgado Province of "
            "Mozambique.",
            "EU funds Rwandan efforts\n\nRwandan military support to Mozambique in ongoing efforts to bring stability to Cabo "
            "Delgado has been boosted by a 20 million euro (R382 million/$21 million) top-up to an existing European Peace "
            "Facility (EPF) assistance measure.",
            "EU gives Rwanda extra\n\n(Bloomberg) -- The European Council agreed to provide the Rwanda Defence Force with an "
            "additional €20 million to support its deployment in Mozambique."):
        assert [g[0::2] for g in _given(text, "2024-11-18", AFRICA)] == [("european-union", "20000000", "package")], text
    # (a state that welcomes a decision and gives is still the giver)
    assert [g[0] for g in _given("Aid\n\nRwanda welcomed the decision and pledged €2 million to Mozambique.", "2024-11-18",
                                 AFRICA)] == ["rwanda"]


def test_a_thing_that_reaffirms_a_stance_in_what_was_said_leaves_the_clause_whole():
    # ("… said the additional funding reaffirms Europe’s support for …" gave only "Europe’s support for …", read as Borrell
    # reaffirming it)
    text = ("EU top-up\n\nJosep Borrell, High Representative for Foreign Affairs and Security Policy said the additional funding "
            "reaffirms Europe’s support for Mozambique and Rwanda to restore peace.")
    assert _claims(text, "2024-11-18", AFRICA) == [
        ("josep-borrell", "the additional funding reaffirms Europe’s support for Mozambique and Rwanda to restore peace")]
    # (one who reaffirms it himself still does)
    assert _claims("EU\n\nJosep Borrell reaffirmed Europe’s support for Mozambique and Rwanda.", "2024-11-18", AFRICA) \
        == [("josep-borrell", "Europe’s support for Mozambique and Rwanda")]


# --- the three-hundred-and-twentieth fresh list: Thailand's defence budgets, 2014-2024 --------------------------------------

THAILAND = seeds_with(("thailand", "country", "Thailand"), ("ukraine", "country", "Ukraine"), ("united-states", "country", "United States", "US"),
                      ("china", "country", "China"), ("india", "country", "India"),
                      roles=("prime-minister", "defence-minister"))


def test_regression_growth_in_two_years_with_no_year_due_does_not_crash_the_target_rules():
    # ("Nominal defence spending increases in 2015 and 2016 were 5% and 7% respectively." raised ValueError: int('None'), a
    # share with no year due taken as due the first year, the second year compared with it)
    text = ("Thai Government Proposes Small Increase in Defence Spending\n\nNominal defence spending increases in 2015 and 2016 "
            "were 5% and 7% respectively. The decline in growth in 2017 can be attributed to the country's sluggish economy.")
    assert _found(text, "target", "2016-05-18", THAILAND) == []


def test_growth_a_budget_raised_by_a_share_a_level_it_amounts_to_and_others_levels_listed_are_no_goals():
    # (each had been a goal: a budget "raised" by 5 %, what it "amounts to approximately", the US's "setting aside" and the
    # states listed after it, their verb not repeated, given to China and India)
    for sentence in ("Thailand Raises Defence Budget 5%",
                     "Thailand's 2016 defence budget will represent nearly 8% of state spending. It also amounts to approximately "
                     "1.5% of GDP.",
                     "He said military budgets worldwide have been trending upwards, with the US setting aside 3.48 per cent of GDP "
                     "for defence, China 1.74 per cent and India 2.66 per cent."):
        assert _found("Thailand's budget\n\nThailand has a new budget.\n\n" + sentence, "target", "2016-05-18", THAILAND) == [], \
            sentence
    # (a list of goals keeps each: the verb of the first is a goal's)
    assert _found("Goals\n\nNATO allies agreed that Thailand will spend 3.5% of GDP by 2029, China 3% and India 2.5%.", "target",
                  "2024-01-01", THAILAND) == [("thailand", "3.5", "2029"), ("china", "3", "2029"), ("india", "2.5", "2029")]


def test_an_article_of_a_law_said_to_require_is_said_and_a_name_he_leads_ends_before_its_participle():
    # ("He said Article 52 of the Constitution requires …" was no one's claim; "the Srettha Thavisin-helmed Pheu Thai (PT)
    # government" named no one, so "Premier Srettha’s government" held no office)
    text = ("Thai budget\n\nSupreme Commander Gen Chalermpol Srisawat attended.\n\nSupreme Commander Chalermpol warned that the "
            "military budget is classified by PM’s Office regulations.\nHe said Article 52 of the Constitution requires the "
            "government to build a strong military force to protect the country.")
    assert ("chalermpol-srisawat", "Article 52 of the Constitution requires the government to build a strong military force to "
            "protect the country") in _claims(text, "2022-07-18", THAILAND)
    text = ("Thailand’s Defence Budget in 2024-2025\n\nDuring the election campaign which brought the Srettha Thavisin-helmed Pheu "
            "Thai (PT) government to office in August 2023, the party vowed that it would cut the defence budget. But as Premier "
            "Srettha’s government continues in office in mid-2024, the country’s military cannot complain.")
    assert ("srettha-thavisin", "prime-minister", "thailand") in _roles(text, "2024-07-15", THAILAND)


def test_a_person_holding_the_post_of_two_offices_or_doubling_as_one_holds_them_now():
    # ("with Prayut now holding the post of premier as well as defense minister" gave no defence minister; "who doubles as the
    # defence minister" none either)
    text = ("Thai budget\n\nThailand’s election returned junta leader Prime Minister Prayut Chan-o-cha to power.\nThe figures had "
            "been anticipated, with Prayut now holding the post of premier as well as defense minister.")
    assert ("prayut-chan-o-cha", "defence-minister", "thailand") in _roles(text, "2019-09-20", THAILAND)
    text = "Thai budget\n\nThailand's General Prayut Chan-o-cha, who doubles as the defence minister, said the budget was cut."
    assert [(r["person"], r["role"], r["status"]) for r in _found(text, "role", "2022-06-01", THAILAND)] \
        == [("prayut-chan-o-cha", "defence-minister", "current")]


# --- the three-hundred-and-twenty-first fresh list: Saudi Arabia's deposits in Yemen's central bank, 2018-2023 ----------------

ARABIA = seeds_with(("saudi-arabia", "country", "Saudi Arabia"), ("yemen", "country", "Yemen"), ("iran", "country", "Iran"),
                    ("united-arab-emirates", "country", "United Arab Emirates", "UAE"), ("ukraine", "country", "Ukraine"),
                    roles=("president", "prime-minister", "ambassador"))


def test_a_deposit_in_a_states_central_bank_is_given_to_that_state_never_by_it():
    # ("deposited $1 billion into the central bank of Yemen’s legitimate government" was no pledge; "… a directive to transfer a
    # US$2 billion deposit to the Central Bank of Yemen" on a page that names Yemen most was Yemen's own, and the running total
    # after it, "This latest transfer takes the total …", Yemen's too, both then dropped as given to their giver)
    assert [(g[0], g[1], g[2]) for g in _given(
        "Saudi Arabia Deposits $1 Billion\n\nSaudi Arabia deposited $1 billion into the central bank of Yemen’s legitimate "
        "government Tuesday in a bid to bolster the country’s economy.", "2023-02-22", ARABIA)] \
        == [("saudi-arabia", "yemen", "1000000000")]
    text = ("Saudi King issues directive to transfer US$2 billion to Yemen's Central Bank\n\nThe Kingdom of Saudi Arabia is "
            "determined to alleviate the suffering of the Yemeni people.\n\nThey acquire this revenue in Yemeni Riyal. Yemeni "
            "citizens suffer, and the Yemeni riyal falls.\n\nTo address the situation, King Salman has issued a directive to "
            "transfer a US$2 billion deposit to the Central Bank of Yemen, in continuation of the Kingdom’s support of the Yemeni "
            "people. This latest transfer takes the total amount provided by the Kingdom to Yemen's Central Bank to US$3 billion.")
    assert [(g[0], g[2], g[4]) for g in _given(text, "2018-01-17", ARABIA)] == [("saudi-arabia", "2000000000", "package"),
                                                                               ("saudi-arabia", "3000000000", "running-total")]


def test_a_whole_split_by_its_givers_after_a_colon_is_joint_and_a_sum_from_a_capital_is_its_states():
    # ("$2 billion from Riyadh" had no giver, a capital after "from" being a place; the $3 billion and its parts were three
    # packages)
    text = ("Saudi extends deposit\n\nSaudi Arabia last month said it would arrange a new support package of $3 billion for Yemen’s "
            "economy: $2 billion from Riyadh and another $1 billion from the United Arab Emirates, also part of the coalition.")
    found = _found(text, "pledge", "2022-05-19", ARABIA)
    assert [(p["donor"], p["amount"], p["figure"]) for p in found] == [
        ("saudi-arabia", "3000000000", "joint"), ("saudi-arabia", "2000000000", "share"),
        ("united-arab-emirates", "1000000000", "share")]
    assert found[0]["joint_with"] == ["united-arab-emirates"]


def test_a_sponsor_named_in_a_description_gives_nothing():
    # ("… the actions of the Iranian-backed Huthi militias, King Salman … has issued a directive to transfer a $2 billion
    # deposit …" was Iran's pledge once a deposit was read as given: a sponsor named in a description had been an actor)
    text = ("Saudi bailout\n\nSaudi Arabia on Wednesday announced it would transfer $2 billion to Yemen’s central bank.\n\n“To address "
            "the deteriorating economic situation faced by the Yemeni people as a result of the actions of the Iranian-backed Huthi "
            "militias, King Salman bin Abdulaziz has issued a directive to transfer a $2 billion deposit to the central bank of "
            "Yemen,” the interior ministry said in a statement.")
    assert {g[0] for g in _given(text, "2018-01-17", ARABIA)} == {"saudi-arabia"}


def test_a_rulers_rank_before_a_name_and_a_rank_outside_the_model_before_an_office():
    # ("Prince Mohammed bin Salman, Crown Prince and Prime Minister" held no office: "Prince" was read as the name's first
    # word, and a rank outside the model's offices before "and" hid the office after it)
    text = ("Saudi deposit\n\nSaudi Arabia deposited $1 billion. The move was in implementation of directives of Custodian of the "
            "Two Holy Mosques King Salman bin Abdulaziz and Prince Mohammed bin Salman, Crown Prince and Prime Minister.")
    assert _roles(text, "2023-02-22", ARABIA) == {("mohammed-bin-salman", "prime-minister", "saudi-arabia")}


def test_one_opening_a_sentence_after_a_title_outside_the_model_is_the_he_after_and_a_call_on_allied_countries_is_a_claim():
    # ("Chairman of the Presidential Leadership Council Dr. Rashad al-Alimi thanked …" left "he" to the prince named before; "…,
    # he remarked." was no attribution; "He called on allied countries to …" no claim)
    text = ("Saudi deposit\n\nSaudi Arabia deposited $1 billion. Prince Mohammed bin Salman approved it.\n\nChairman of the "
            "Presidential Leadership Council Dr. Rashad al-Alimi thanked the Saudi government for the economic aid. He added that "
            "it will also help ease the humanitarian crisis. The Kingdom has demonstrated responsibility towards Yemen and towards "
            "easing the suffering of its people, he remarked. He called on allied countries to deposit funds at the central bank "
            "in Aden.")
    assert _claims(text, "2023-02-22", ARABIA) == [
        ("rashad-al-alimi", "it will also help ease the humanitarian crisis"),
        ("rashad-al-alimi", "The Kingdom has demonstrated responsibility towards Yemen and towards easing the suffering of its people"),
        ("rashad-al-alimi", "allied countries to deposit funds at the central bank in Aden")]
    # (a sentence opened by "The …" is no title before a name: "The Appropriation Bill is titled …" names no one a "he" after
    # it could stand for)
    text = ("Budget\n\nPresident Bola Tinubu of Nigeria presented the 2025 Appropriation Bill.\n\nThe Appropriation Bill is titled "
            "“The Restoration Budget”. In his speech, he said the budget would secure the nation and its borders.")
    assert _claims(text, "2024-12-18", seeds_with(("nigeria", "country", "Nigeria"), roles=("president",))) \
        == [("bola-tinubu", "the budget would secure the nation and its borders")]


# --- the three-hundred-and-twenty-second fresh list: what the Philippines should spend on defence, 2018-2026 -----------------

MANILA = seeds_with(("philippines", "country", "Philippines"), ("united-states", "country", "United States", "US"),
                    ("ukraine", "country", "Ukraine"), roles=("secretary-of-defense", "defence-minister", "spokesperson"))


def test_a_share_a_current_budget_in_a_decimal_sum_comes_to_is_a_level():
    # ("the current defense budget is at ₱423.7 billion, or about 1.37 percent of gross domestic product" was a goal: the sum's
    # decimal point ended the level's cue)
    text = ("Budget\n\nThe Philippines will evaluate its defense spending.\n\nCastro said that the current defense budget is at "
            "₱423.7 billion, or about 1.37 percent of gross domestic product (GDP).")
    assert _found(text, "target", "2026-06-01", MANILA) == []


def test_an_undersecretary_and_a_war_secretary_are_titles_and_a_datelines_place_is_no_speaker():
    # ("Commuinications Undersecretary Claire Castro" was a person of four words; "US War Secretary Pete Hegseth" held no office;
    # "Metro Manila, Philippines – Malacañang said …" was Metro Manila's claim)
    text = ("Palace\n\nMetro Manila, Philippines – Malacañang said the Philippines will evaluate its defense spending, following a "
            "call from US War Secretary Pete Hegseth for allies to increase military budgets.\n\nDuring a press briefing, "
            "Commuinications Undersecretary Claire Castro said that the government must balance military investments with other "
            "development priorities.")
    assert [who for who, _ in _claims(text, "2026-06-01", MANILA)] == ["claire-castro"]
    assert _roles("Palace\n\nMalacañang answered a call from US War Secretary Pete Hegseth for allies to increase military "
                  "budgets.", "2026-06-01", MANILA) == {("pete-hegseth", "secretary-of-defense", "united-states")}


def test_what_was_manifested_by_an_officer_of_a_body_is_his():
    # ("This was manifested by Brigadier General Roy Galido of Armed Forces of the Philippines (AFP) Systems Engineering Office
    # during … briefing" left the sentence before no one's: "manifested" was no verb of saying, and a lead of over 90
    # characters before "during" found no speaker)
    text = ("Defense spending needs to be at 2% of GDP\n\nThe military and defense sector needs a yearly budget of around 2% of "
            "country’s gross domestic product (GDP) to be better equipped and at par with regional neighbors.\n\nThis was "
            "manifested by Brigadier General Roy Galido of Armed Forces of the Philippines (AFP) Systems Engineering Office during "
            "during House of Representatives Committee on National Defense and Security briefing on November 5.")
    assert [who for who, _ in _claims(text, "2019-11-06", MANILA)] == ["roy-galido"]


# --- the three-hundred-and-twenty-third fresh list: Vietnam's rice for Cuba, 2016-2021 -----------------------------------------

RICE = seeds_with(("vietnam", "country", "Vietnam"), ("cuba", "country", "Cuba"), ("china", "country", "China"),
                  ("ukraine", "country", "Ukraine"), roles=("president", "prime-minister", "ambassador"))


def test_an_envoy_is_never_the_envoy_of_the_state_he_is_sent_to():
    # ("The island’s ambassador to Vietnam, Orlando Hernandez Guillen" on a page about Vietnam's gift was Vietnam's ambassador:
    # the page's state taken for the office, the posting read as no more than where the envoy sits)
    text = ("Vietnam donates rice to Cuba\n\nVietnam gave 12,000 tons of rice to Cuba. Vietnam's prime minister handed it over."
            "\n\nThe island’s ambassador to Vietnam, Orlando Hernandez Guillen, thanked the government.")
    assert _roles(text, "2021-07-29", RICE) == {("orlando-hernandez-guillen", "ambassador", "cuba")}
    # (by the capital too, and a third state named once is no sender: "… second largest trading partner in Asia, after China")
    text = ("Rice for Cuba\n\nThe rice donated by Vietnam to Cuba was delivered this Wednesday.\n\nThe head of the island’s "
            "diplomatic mission in Hanoi, Lianys Torres, thanked the Vietnamese authorities.\n\nVietnam is Cuba's second largest "
            "trading partner in Asia, after China.")
    assert _roles(text, "2020-06-10", RICE) == {("lianys-torres", "ambassador", "cuba")}
    # (an envoy whose own state is written keeps it: "Cuban ambassador to Hanoi")
    assert _roles("Rice\n\nVietnam gave rice to Cuba.\n\nThe shipment went to Orlando Hernandez Guillen, Cuban ambassador to "
                  "Hanoi.", "2021-07-29", RICE) == {("orlando-hernandez-guillen", "ambassador", "cuba")}


def test_what_one_quoted_names_relative_said_is_the_relatives_and_the_diplomat_is_the_envoy():
    # ("The island’s ambassador …, Orlando Hernandez Guillen, quoted … Miguel Diaz-Canel, who described the gesture as …" was the
    # ambassador's: the name the sentence opened with after "The …," taken over the relative clause's own subject; "The
    # diplomat noted that …" was no one's)
    text = ("Rice for Cuba\n\nVietnam gave rice to Cuba.\n\nThe island’s ambassador to Vietnam, Orlando Hernandez Guillen, quoted "
            "the president of Cuba, Miguel Diaz-Canel, who described the gesture as a vivid manifestation of Vietnam’s unchanging "
            "solidarity.\n\nThe diplomat noted that such solidarity is especially expressed at this time.")
    assert [who for who, _ in _claims(text, "2021-07-29", RICE)] == ["miguel-diaz-canel", "orlando-hernandez-guillen"]


def test_said_the_head_of_government_inset_is_the_prime_ministers_and_a_name_described_in_marks_is_a_claim():
    # ("These donations, said the head of government, demonstrate …" was no one's: an inset attribution read by a name only;
    # "…, which she described as a “noble and solidary gesture” and a “sign of …”" was missed: the rule read no marks)
    text = ("Rice for Cuba\n\nVietnam gave rice to Cuba, Prime Minister Pham Minh Chinh said.\n\nThese donations, said the head "
            "of government, demonstrate the special bonds of fraternity and solidarity that unite us with Cuba.")
    assert ("pham-minh-chinh", "These donations demonstrate the special bonds of fraternity and solidarity that unite us with Cuba") \
        in _claims(text, "2021-07-29", RICE)
    text = ("Rice for Cuba\n\nVietnam gave rice to Cuba.\n\nAmbassador Lianys Torres thanked the Vietnamese authorities for the "
            "donation, which she described as a “noble and solidary gesture” and a “sign of the special and historical ties between "
            "both countries.”")
    assert _claims(text, "2020-06-10", RICE) == [
        ("lianys-torres", "a “noble and solidary gesture” and a “sign of the special and historical ties between both countries.”")]


def test_what_one_recalled_and_the_support_one_emphasised_are_claims_and_a_departments_word_is_no_first_name():
    # ("Duc recalled material and spiritual assistance …, and emphasised the support of the Vietnamese Party …" was missed, and
    # "… General Department of State Reserves (GDSR) Do Viet Duc" named a person "Reserves Do Viet Duc")
    text = ("Rice for Cuba\n\nPresent was Director General of the Vietnamese General Department of State Reserves Do Viet Duc."
            "\n\nDuc recalled material and spiritual assistance the Cuban people had given to Vietnamese people in the past, and "
            "emphasised the support of the Vietnamese Party, State and people for the Cuban people’s revolutionary cause.")
    assert _claims(text, "2018-06-21", RICE) == [
        ("do-viet-duc", "material and spiritual assistance the Cuban people had given to Vietnamese people in the past"),
        ("do-viet-duc", "the support of the Vietnamese Party, State and people for the Cuban people’s revolutionary cause")]
    # (a state recalling its envoy says nothing)
    assert _claims("Row\n\nCuba recalled its ambassador to Vietnam for consultations on the matter.", "2018-06-21", RICE) == []


# --- the three-hundred-and-twenty-fourth fresh list: Kuwait's pledging conferences for Syria, 2013-2015 -------------------------

SYRIA = seeds_with(("kuwait", "country", "Kuwait"), ("syria", "country", "Syria"), ("saudi-arabia", "country", "Saudi Arabia"),
                   ("qatar", "country", "Qatar"), ("united-states", "country", "United States", "US"), ("ukraine", "country", "Ukraine"),
                   roles=("secretary-general", "finance-minister", "prime-minister"))


def test_a_conferences_total_an_appeal_and_a_hosts_name_give_nothing_and_a_neighbour_named_after_is_the_giver():
    # ("Kuwait donor conference pledges $2.4 billion for Syria" was Kuwait's pledge, "The UN is appealing for US$6.5 billion" the
    # UN's once the UN was known, and "Kuwait’s Gulf neighbor Saudi Arabia promised an additional $60 million" Kuwait's)
    text = ("Kuwait donor conference pledges $2.4 billion for Syria\n\nAn international conference in Kuwait generated at least "
            "$2.4 billion in pledges Wednesday from donors to alleviate the suffering of Syrians.\n\nThe U.N. is asking for a "
            "staggering $6.5 billion this year to help Syria.\n\nKuwait’s Gulf neighbor Saudi Arabia promised an additional $60 "
            "million for Syria, saying that would boost its existing round of funding to a total $250 million. It promised $300 "
            "million at last year’s conference.")
    assert [g[0::2] for g in _given(text, "2014-01-16", SYRIA)] == [
        ("saudi-arabia", "60000000", "package"), ("saudi-arabia", "250000000", "running-total"),
        ("saudi-arabia", "300000000", "package")]
    # (states of a region pledging together, none named, are no one giver)
    assert _given("Talks\n\nGulf states have so far pledged a total USD 660 million at talks hosted by Kuwait for Syria.",
                  "2015-03-31", SYRIA) == []


def test_pledges_for_a_states_people_name_the_recipient_and_the_nation_named_again_gives_its_running_totals():
    # ("humanitarian pledges for Syrians displaced" named no recipient, every sum then given to Ukraine; "former contributions
    # made by the Gulf nation exceeding USD 150 million" and "his country has made total contribution of over USD 600 million"
    # had no giver)
    text = ("Syria donor talks\n\nGulf states met at talks aimed at raising humanitarian pledges for Syrians displaced internally."
            "\nSaudi Arabia's Finance Minister Ibrahim Al-Assaf pledged on behalf of his nation the sum of USD 60 million.\nHe said "
            "the amount would be added to former contributions made by the Gulf nation exceeding USD 150 million.\nThe "
            "international community has a moral obligation, he said, adding that his country has made total contribution of "
            "over USD 600 million since the start of the conflict.")
    assert _given(text, "2015-03-31", SYRIA) == [("saudi-arabia", "syria", "60000000", "USD", "package"),
                                                 ("saudi-arabia", "syria", "150000000", "USD", "running-total"),
                                                 ("saudi-arabia", "syria", "600000000", "USD", "running-total")]


def test_wire_copy_wrapped_from_its_dateline_line_is_one_sentence():
    # ("KUWAIT Jan 30 Kuwait's emir pledged on" / "Wednesday to give $300 million …": the first line was taken for a title)
    text = ("KUWAIT Jan 30 Kuwait's emir pledged on\nWednesday to give $300 million to help fund humanitarian efforts\nfor "
            "millions of Syrians affected by nearly two years of\nconflict.\n")
    assert [g[0::2] for g in _given(text, "2013-01-30", SYRIA)] == [("kuwait", "300000000", "package")]


def test_an_emir_by_his_style_and_a_long_arabic_name_is_the_he_after_and_the_uns_chief_holds_no_office_of_another_state():
    # ("Kuwait’s emir, Sheik Sabah Al Ahmad Al Sabah, opened …" named no one — "Sheik" no courtesy, the name five words — so
    # "He urged …" was the UN chief's; "Launching the talks, His Highness the Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah …"
    # named no one either; "UN Secretary-General Ban Ki-moon said the fighting has set Syria back" was Syria's secretary-general)
    text = ("Aid\n\nThe fighting has set Syria back, UN Secretary-General Ban Ki-moon said.\n\nKuwait’s emir, Sheik Sabah Al "
            "Ahmad Al Sabah, opened the conference.\n\nHe urged the UN Security Council to exert greater effort in bringing an end "
            "to the crisis.")
    assert [who for who, _ in _claims(text, "2014-01-16", SYRIA)] == ["ban-ki-moon", "sabah-al-ahmad-al-sabah"]
    assert ("ban-ki-moon", "secretary-general", "syria") not in _roles(text, "2014-01-16", SYRIA)
    assert ("ban-ki-moon", "secretary-general", "united-nations") in _roles(text, "2014-01-16", SYRIA)
    # (a body the gazetteer does not know, by its initials: no office of the state named near)
    assert _roles("Aid\n\nThe fighting has set Syria back, OSCE Secretary General Helga Schmid said.", "2014-01-16", SYRIA) == set()
    text = ("Talks\n\nLaunching the talks, His Highness the Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah had announced a pledge."
            "\nThe sum will be provided in wake of the continuing tragedy affecting the Syrians, he said.\nHe also commended the "
            "efforts on hosting some 3.9 million Syrian refugees of the five neighbouring host nations - Lebanon, Turkey, Jordan, "
            "Iraq and Egypt.")
    assert _claims(text, "2015-03-31", SYRIA) == [
        ("sabah-al-ahmad-al-jaber-al-sabah", "The sum will be provided in wake of the continuing tragedy affecting the Syrians"),
        ("sabah-al-ahmad-al-jaber-al-sabah", "commended the efforts on hosting some 3.9 million Syrian refugees of the five "
                                             "neighbouring host nations - Lebanon, Turkey, Jordan, Iraq and Egypt")]
    # (and "Vice President Al Gore" keeps his given name)
    assert {p for p, _, _ in _roles("Visit\n\nUS Vice President Al Gore met Kuwait.", "2000-01-01", SYRIA)} == {"al-gore"}


def test_a_datelines_city_an_events_numeral_and_breadcrumbs_are_no_speakers_and_a_call_to_give_is_a_claim():
    # ("Kuwait City : Kuwaiti Emir … kicked off Kuwait III, …, urging the UN to …" was Kuwait City's, then "Kuwait III"'s and
    # a breadcrumb's "Home Muslim World News Kuwait"; "… invited participants to show their generosity …" and "…,” added
    # al-Sabah." were missed; an act urged by its noun, "urged the establishment of a safe haven", was missed)
    text = ("Home Muslim World News Kuwait opens Syria donor conference\n\nKuwait City : Kuwaiti Emir Sabah al-Ahmad al-Sabah "
            "kicked off Kuwait III, the Third International Pledging Humanitarian Conference for Syria, on Tuesday, urging the UN "
            "to put an end to the war in Syria.\n\nAl-Sabah, who co-chairs the fund-raiser, invited participants to show their "
            "generosity to the suffering Syrian people, Efe news agency reported.\n\n“We are hopeful that your conference will "
            "register the generous adequate response,” added al-Sabah.")
    assert _claims(text, "2015-03-31", SYRIA) == [
        ("sabah-al-ahmad-al-sabah", "the UN to put an end to the war in Syria"),
        ("sabah-al-ahmad-al-sabah", "participants to show their generosity to the suffering Syrian people"),
        ("sabah-al-ahmad-al-sabah", "We are hopeful that your conference will register the generous adequate response")]
    assert _claims("Syria\n\nLebanon’s caretaker prime minister, Najib Mikati, urged the establishment of a safe haven inside "
                   "Syria.", "2014-01-16", SYRIA) == [("najib-mikati", "the establishment of a safe haven inside Syria")]


def test_praise_of_a_rulers_commitment_and_a_quoted_description_are_claims_and_an_events_numeral_is_no_first_person():
    # ("He praised His Highness the Amir's commitment …, which he described as "the worst in modern times."" was missed, and
    # "The UAE has fulfilled its pledges made at the former two events in Kuwait (Kuwait I and II) …" after her statement was
    # read as her remarks in the first person)
    text = ("Talks\n\nSaudi Arabia's Finance Minister Ibrahim Al-Assaf spoke for Syria.\nHe praised His Highness the Amir's "
            "commitment to the humanitarian catatrophe, which he described as \"the worst in modern times.\"")
    assert _claims(text, "2015-03-31", SYRIA) == [
        ("ibrahim-al-assaf", "praised His Highness the Amir's commitment to the humanitarian catatrophe"),
        ("ibrahim-al-assaf", '"the worst in modern times."')]
    text = ("Talks\n\nThe sum, announced by Minister of Development and International Cooperation Lubna Al-Qassemi, said the "
            "amount would be distributed directly to Emirati humanitarian organisations.\nThe UAE has fulfilled its pledges made at "
            "the former two events in Kuwait (Kuwait I and II) for Syria.")
    assert [who for who, _ in _claims(text, "2015-03-31", SYRIA)] == ["lubna-al-qassemi"]


# --- the three-hundred-and-twenty-fifth fresh list: what Indonesia spends on defence, 2015-2024 ---------------------------------

JAKARTA = seeds_with(("indonesia", "country", "Indonesia"), ("malaysia", "country", "Malaysia"), ("vietnam", "country", "Vietnam"),
                     ("ukraine", "country", "Ukraine"), roles=("president", "defence-minister", "finance-minister"))


def test_a_nickname_in_marks_inside_a_name_is_the_persons_and_given_back_in_the_evidence():
    # ("Indonesian president Joko “Jokowi” Widodo vowed …" named no one, then "Jokowi said …" was a person "jokowi")
    text = ("Budget\n\nLast week, Indonesian president Joko “Jokowi” Widodo vowed to double the country’s defense budget in 2016."
            "\n\nJokowi said that the budget of the military will more than double.")
    found = _found(text, "claim", "2015-05-20", JAKARTA)
    assert [c["speaker"] for c in found] == ["joko-widodo", "joko-widodo"]
    assert _roles(text, "2015-05-20", JAKARTA) == {("joko-widodo", "president", "indonesia")}
    from .test_extract_unseen import article
    evidence = [c.evidence.text for c in article(text, "role", "2015-05-20", JAKARTA)]
    assert evidence and "Joko “Jokowi” Widodo" in evidence[0]  # (the page's words, not the form the rules read)


def test_a_level_never_reached_others_levels_and_another_aims_deadline_are_no_goal_of_the_page():
    # ("has never constituted more than 1% of GDP (unlike … Malaysia …)" was Malaysia's 1% goal; "to 1.5% of GDP from its current
    # 0.8% as Jakarta seeks to achieve a so-called Minimum Essential Force by 2024" took the force's deadline; "while other
    # countries set it at 2 to 3 percent of their GDP" was Indonesia's 2% goal)
    text = ("Budget\n\nThe vow is part of Jokowi’s campaign pledge to increase Indonesia’s defense budget to 1.5% of GDP from its "
            "current 0.8% as Jakarta seeks to achieve a so-called Minimum Essential Force by 2024. Jakarta’s paltry budget has "
            "never constituted more than 1% of GDP (unlike some of its neighbors like Malaysia or Vietnam).")
    assert _found(text, "target", "2015-05-20", JAKARTA) == [("indonesia", "1.5", None)]
    text = ("Budget\n\nIndonesia's defence minister spoke.\n\nAccording to Prabowo, the budget for the national armament was at "
            "around 0.8 percent of GDP, while other countries set it at 2 to 3 percent of their GDP.")
    assert _found(text, "target", "2019-12-03", JAKARTA) == []


def test_a_pledge_that_one_will_strive_an_opinion_and_a_former_post_for_the_one_just_named_are_claims():
    # ("pledged that he would strive to increase the budget …" and "He opined the set budget was tight …" were missed, and
    # "“…,” the former commander of the Army's Special Forces (Kopassus) remarked." was no one's)
    text = ("Budget\n\nJakarta – Defense Minister Prabowo Subianto pledged that he would strive to increase the budget for the "
            "country's weapon systems. He opined the set budget was tight and far lower than that of other countries.\n\n\"This is "
            "what I am fighting for so that our budget can be raised,\" the former commander of the Army's Special Forces "
            "(Kopassus) remarked.\n\n(See: “An Indonesian Defense Revolution Under Jokowi?”)")
    assert _claims(text, "2019-12-03", JAKARTA) == [
        ("prabowo-subianto", "he would strive to increase the budget for the country's weapon systems"),
        ("prabowo-subianto", "the set budget was tight and far lower than that of other countries"),
        ("prabowo-subianto", "This is what I am fighting for so that our budget can be raised")]


def test_regression_a_partys_vow_that_is_no_claim_of_the_person_named_before_it():
    # (once "vowed that" was read as saying, "… brought the Srettha Thavisin-helmed Pheu Thai (PT) government to office …, the
    # party vowed that if elected, it would enact military reforms" became Srettha's claim: a body's word, no one's)
    text = ("Budget\n\nDuring the election campaign which brought the Srettha Thavisin-helmed Pheu Thai (PT) government to office in "
            "August 2023, the party vowed that if elected, it would enact military reforms, among them a 10 per cent cut in the "
            "defence budget.")
    assert _claims(text, "2024-06-01", JAKARTA) == []
    # (a person's vow that still is: "Prabowo vowed that he would raise the budget")
    assert [w for w, _ in _claims("Budget\n\nDefense Minister Prabowo Subianto vowed that he would raise the budget for weapons.",
                                  "2019-12-03", JAKARTA)] == ["prabowo-subianto"]


# --- the three-hundred-and-twenty-sixth fresh list: Algeria as giver and as receiver, 2013-2022 ---------------------------------

ALGIERS = seeds_with(("algeria", "country", "Algeria"), ("palestine-state-of", "country", "Palestine"), ("ukraine", "country", "Ukraine"),
                     roles=("president", "prime-minister"))


def test_the_president_of_the_republic_is_the_pages_states_and_a_participle_before_a_state_is_no_name():
    # ("the Prime Minister Ahmed Ouyahia whom the President of the Republic Abdelaziz Bouteflika designated …" held no office:
    # "the Republic" named no state; "Palestinian president is Visiting Algeria" made a president "Visiting Algeria")
    text = ("Algeria donates\n\nAlgeria donated more than a 100 million US dollars in aid, said the Prime Minister Ahmed Ouyahia whom "
            "the President of the Republic Abdelaziz Bouteflika designated to represent him at the summit.")
    assert _roles(text, "2017-11-30", ALGIERS) == {("ahmed-ouyahia", "prime-minister", "algeria"),
                                                   ("abdelaziz-bouteflika", "president", "algeria")}
    text = ("Tebboune announces aid\n\nAlgerian President Abdelmadjid Tebboune met his Palestinian counterpart Mahmoud Abbas.\n\n"
            "Palestinian president is Visiting Algeria from 5th December.")
    assert {p for p, _, _ in _roles(text, "2021-12-06", ALGIERS)} == {"abdelmadjid-tebboune", "mahmoud-abbas"}


def test_a_participle_after_a_bodys_inset_attribution_is_the_bodys():
    # ("Algerian President Abdel Aziz Bouteflika made the decision, the embassy said, adding that the aid comprises 30 tonnes …"
    # was the president's claim)
    text = ("Algeria sends aid\n\nAlgeria is sending humanitarian assistance to the Syrian refugees in Jordan.\nAlgerian President "
            "Abdel Aziz Bouteflika made the decision, the embassy said, adding that the aid comprises 30 tonnes of foodstuff and "
            "medical supplies that will be sent in three shipments.")
    assert _claims(text, "2013-07-20", ALGIERS) == []
    # (a person's inset attribution keeps the participle his: "…, the minister said, adding that …" after the minister is named)
    assert ("abdelmadjid-tebboune", "the aid comprises 30 tonnes of foodstuff") in _claims(
        "Aid\n\nAlgerian President Abdelmadjid Tebboune made the decision on Monday, Tebboune said, adding that the aid comprises 30 "
        "tonnes of foodstuff.", "2021-12-06", ALGIERS)


# --- the three-hundred-and-twenty-seventh fresh list: how Chile funded its armed forces, 2007-2019 ------------------------------

SANTIAGO = seeds_with(("chile", "country", "Chile"), ("ukraine", "country", "Ukraine"), roles=("president", "defence-minister"))


def test_a_share_of_a_companys_sales_is_no_goal_and_a_title_outside_the_model_set_off_before_a_name_finds_the_speaker():
    # ("establishing that ten percent of gross sales from the public corporation Codelco … be allocated to the national Armed
    # Forces" was Chile's goal of 10 % of GDP; "“…”, stated the Undersecretary of Aviation, Raúl Vergara." was no one's)
    text = ("Copper law\n\nSANTIAGO.- The Chilean government has decided to revoke the so-called “copper Law”, which supports the "
            "military by establishing that ten percent of gross sales from the public corporation Codelco be allocated to the "
            "national Armed Forces.\n“It is not very democratic that significant portions of national resources are distributed "
            "without being debated”, stated the Undersecretary of Aviation, Raúl Vergara.")
    assert _found(text, "target", "2008-06-27", SANTIAGO) == []
    assert [w for w, _ in _claims(text, "2008-06-27", SANTIAGO)] == ["raul-vergara"]
    assert _found("Copper law\n\nThe current law mandates that ten percent of the state-owned copper company Codelco's revenue be "
                  "spent for military purposes.", "target", "2007-01-25", SANTIAGO) == []


def test_the_desire_of_a_government_reaffirmed_is_a_claim():
    # ("Chile's Defence Minister Vivianne Blanlot submitted … a detailed report …, reaffirming the desire of the government of
    # President Michelle Bachelet to modify or repeal the Pinochet-era legislation" was missed)
    text = ("Copper law\n\nChile's Defence Minister Vivianne Blanlot submitted this week a detailed report of the controversial Copper "
            "Reserve Law, reaffirming the desire of the government of President Michelle Bachelet to modify or repeal the "
            "Pinochet-era legislation.")
    assert _claims(text, "2007-01-25", SANTIAGO) == [
        ("vivianne-blanlot", "the desire of the government of President Michelle Bachelet to modify or repeal the Pinochet-era legislation")]


# --- the three-hundred-and-twenty-eighth fresh list: Peru as receiver and giver in disasters, 2007-2017 -------------------------

LIMA = seeds_with(("peru", "country", "Peru"), ("chile", "country", "Chile"), ("colombia", "country", "Colombia"),
                  ("ukraine", "country", "Ukraine"), roles=("president", "prime-minister"))


def test_the_president_of_the_council_of_ministers_is_perus_prime_minister():
    # ("Peruvian President of the Council of Ministers Javier Velasquez Quesquen" held no office: no such title, and Peru was
    # listed among the states with no prime minister)
    text = ("Peru to send aid\n\nPeru announced it would send aid to Chileans, Peruvian President of the Council of Ministers Javier "
            "Velasquez Quesquen said Monday.")
    assert _roles(text, "2010-03-02", LIMA) == {("javier-velasquez-quesquen", "prime-minister", "peru")}


def test_a_clause_announced_or_specified_without_that_and_quotes_told_informed_or_requested_are_claims():
    # ("The Colombian President Juan Manuel Santos, announced his country will send 30 tons …", "He specified 800 tons were
    # shipped …", "“…,” he informed." and "“…,” the minister requested." were missed)
    text = ("Aid to Peru\n\nThe Colombian President Juan Manuel Santos, announced his country will send 30 tons of humanitarian "
            "assistance and four helicopters to Peru.")
    assert _claims(text, "2017-03-20", LIMA) == [
        ("juan-manuel-santos", "his country will send 30 tons of humanitarian assistance and four helicopters to Peru")]
    text = ("Aid delivered\n\n\"Over 2,000 tons of humanitarian aid have been channeled in the past two days,\" Minister Bruno "
            "Giuffra affirmed.\n\nHe specified 800 tons were shipped to Chimbote and Trujillo cities in the last 24 hours.\n\n"
            "\"Assistance was also provided to southern areas Mala and Cañete,\" he informed.\n\n\"We need water, noodles, pulses "
            "and crackers,\" the minister requested.")
    assert [t for _, t in _claims(text, "2017-03-20", LIMA)] == [
        "Over 2,000 tons of humanitarian aid have been channeled in the past two days",
        "800 tons were shipped to Chimbote and Trujillo cities in the last 24 hours",
        "Assistance was also provided to southern areas Mala and Cañete", "We need water, noodles, pulses and crackers"]


def test_a_post_on_twitter_with_a_participle_after_and_a_states_top_official_are_the_presidents():
    # ("Donations will include water, food and hygiene kits, Mrs. Bachelet posted on Twitter, thus joining the campaign titled
    # "Una Sola Fuerza" …" and "Chile's top official reaffirmed her commitment …" were no one's)
    text = ("Chile to deliver aid\n\nChile's government will send aid for Peru, Chilean President Michelle Bachelet stated.\n\n"
            "Donations will include water, food and hygiene kits, Mrs. Bachelet posted on Twitter, thus joining the campaign "
            "titled \"Una Sola Fuerza\" (A Single Force).\n\nLikewise, Chile's top official reaffirmed her commitment to support "
            "the Inca nation during the upcoming stages.")
    assert [t for w, t in _claims(text, "2017-03-20", LIMA) if w == "michelle-bachelet"][1:] == [
        "Donations will include water, food and hygiene kits", "reaffirmed her commitment to support the Inca nation"]


# --- the three-hundred-and-twenty-ninth fresh list: the donors' conference for Nepal's reconstruction, 25 June 2015 -------------

KATHMANDU = seeds_with(("nepal", "country", "Nepal"), ("india", "country", "India"), ("china", "country", "China"),
                       ("japan", "country", "Japan"), ("united-states", "country", "United States", "US"), ("ukraine", "country", "Ukraine"),
                       ("european-union", "organization", "European Union", "EU"),
                       roles=("prime-minister", "foreign-minister"))


def test_sums_each_from_its_giver_past_a_bracket_and_a_bank_and_a_total_of_all_are_no_one_elses():
    # ("Pledges include $1bn (£640m) from India, $500m from China, and $600m from the Asian Development Bank" gave India nothing
    # and China the bank's $600m; "Additional pledges of $260m from Japan, …" was all givers' sum; "… - take the total
    # assistance offered to around $3bn" was the last giver's running total; "quake aid tops $3 billion" India's)
    # (the banks give since list 332, bodies the gazetteer knows: "$600m from the Asian Development Bank" is the bank's, and
    # "up to $500m from the World Bank - take the total …" a package, the dash ending its clause)
    text = ("Nepal quake aid\n\nNepal has received pledges for reconstruction.\n\nPledges include $1bn (£640m) from India, $500m "
            "from China, and $600m from the Asian Development Bank.\n\nAdditional pledges of $260m from Japan, $130m from the US, and "
            "$100m from the European Union - as well as an earlier announcement of up to $500m from the World Bank - take the total "
            "assistance offered to around $3bn.")
    assert [g[0::2] for g in _given(text, "2015-06-25", KATHMANDU)] == [
        ("india", "1000000000", "package"), ("china", "500000000", "package"), ("asian-development-bank", "600000000", "package"),
        ("japan", "260000000", "package"), ("united-states", "130000000", "package"), ("european-union", "100000000", "package"),
        ("world-bank", "500000000", "package")]
    assert [g[0::2] for g in _given("India pledges $1 bn to Nepal as quake aid tops $3 billion\n\nIndia on Thursday pledged $1 "
                                    "billion for earthquake reconstruction in Nepal.", "2015-06-25", KATHMANDU)] \
        == [("india", "1000000000", "package")]


def test_regression_a_sum_from_a_fund_an_organisation_owns_is_still_its_owners():
    # (the first version of the rule above, a body the workspace does not know after "from" leaving no giver, dropped list
    # 319's "Rwanda will get additional support worth €20m from the European Peace Facility", the Union's)
    seeds = seeds_with(("rwanda", "country", "Rwanda"), ("european-union", "organization", "European Union", "EU"),
                       ("ukraine", "country", "Ukraine"))
    assert [g[:2] for g in _given("EU support\n\nRwanda will get additional support worth €20m from the European Peace Facility "
                                  "for its troops in Mozambique.", "2024-11-18", seeds)] == [("european-union", "rwanda")]


def test_a_sum_named_again_as_the_reported_clauses_subject_is_a_claim():
    # ("Swaraj said the $1 billion was over and above India's existing aid pledges to Nepal" was missed: the clause's subject
    # held a sum, no word)
    text = ("India pledges\n\nIndia on Thursday pledged $1 billion for earthquake reconstruction in Nepal, foreign minister Sushma "
            "Swaraj told a donor conference.\n\nSwaraj said the $1 billion was over and above India's existing aid pledges to Nepal.")
    assert ("sushma-swaraj", "the $1 billion was over and above India's existing aid pledges to Nepal") in _claims(
        text, "2015-06-25", KATHMANDU)


# --- the three-hundred-and-thirtieth fresh list: the aid pledged after the Derna floods, September 2023 ------------------------

DERNA = seeds_with(("libya", "country", "Libya"), ("united-kingdom", "country", "United Kingdom", "UK", "Britain"),
                   ("united-nations", "organization", "United Nations", "UN"), ("ukraine", "country", "Ukraine"),
                   roles=("prime-minister", "president", "secretary-general"))


def test_a_bodys_sum_announced_is_its_pledge_and_a_givers_share_of_a_global_fund_is_none():
    # ("the United Nations has announced $10 million in response to the flooding from its Central Emergency Response Fund" had
    # no giver: the UN gives only as a giving verb's subject, and "announced" with its sum was none; "Britain is one of the
    # largest donors to the fund, committing £52 million in 2023" was a British package for Libya)
    text = ("UK announces aid for Libya after flood\n\nBritain announced it was sending an initial package of aid worth up to £1 "
            "million to Libya.\nThe UK government also noted that the United Nations has announced $10 million in response to the "
            "flooding from its Central Emergency Response Fund (CERF).\nIt said Britain is one of the largest donors to the fund, "
            "committing £52 million in 2023.")
    assert [g[0::2] for g in _given(text, "2023-09-13", DERNA)] == [("united-kingdom", "1000000", "package"),
                                                                   ("united-nations", "10000000", "package")]
    # (a giver's rank among the recipient's own donors still gives: no fund between)
    assert [g[0::2] for g in _given("UK aid\n\nBritain is one of the largest donors to Ukraine, committing £3 billion in military "
                                    "aid this year.", "2024-03-01", DERNA)] == [("united-kingdom", "3000000000", "package")]


def test_the_prime_minister_of_a_regions_government_is_the_states_and_one_who_shared_that_said_it():
    # ("The prime minister of eastern Libya’s government, Ossama Hamad, said …" held no office; "Guterres shared that the UN was
    # ready to …" was no claim)
    text = ("Libya floods\n\nThe prime minister of eastern Libya’s government, Ossama Hamad, said many of the missing were swept "
            "away after the two dams collapsed.\nUN Secretary-General António Guterres expressed his condolences. On the floods, "
            "Guterres shared that the UN was ready to help get emergency assistance to those who need it.")
    assert ("ossama-hamad", "prime-minister", "libya") in _roles(text, "2023-09-18", DERNA)
    assert ("antonio-guterres", "the UN was ready to help get emergency assistance to those who need it") in _claims(
        text, "2023-09-18", DERNA)


# --- the three-hundred-and-thirty-first fresh list: the aid pledged to Tonga after the 2022 eruption ----------------------------

NUKUALOFA = seeds_with(("tonga", "country", "Tonga"), ("new-zealand", "country", "New Zealand"), ("australia", "country", "Australia"),
                       ("japan", "country", "Japan"), ("china", "country", "China"), ("ukraine", "country", "Ukraine"),
                       roles=("prime-minister", "president", "foreign-minister", "defence-minister", "spokesperson"))


def test_a_state_the_pages_aid_goes_to_is_its_recipient_and_its_untitled_ministers_the_givers():
    # ("Foreign Affairs Minister Nanaia Mahuta" on a New Zealand page about its aid to Tonga was Tonga's foreign minister: Tonga,
    # named most, was the page's state; then "Of the $2m, $1.5m would go towards …" was Tonga's own package)
    text = ("NZ gives extra $2m to Tonga\n\nNew Zealand will be providing Tonga with an additional $2 million in humanitarian "
            "funding as it recovers from the eruption, the Government has announced.\n\nForeign Affairs Minister Nanaia Mahuta said "
            "the additional funding would allow drinking water and food supplies to be sent to Tonga.\n\nOf the $2m, $1.5m would go "
            "towards providing more relief supplies on Tonga, Mahuta said.\n\nThe remaining $500,000 will fund NGOs working in "
            "Tonga.\n\nAid from New Zealand arrives in Tonga.")
    assert _roles(text, "2022-01-21", NUKUALOFA) == {("nanaia-mahuta", "foreign-minister", "new-zealand")}
    assert [g[0::2] for g in _given(text, "2022-01-21", NUKUALOFA)] == [
        ("new-zealand", "2000000", "package"), ("new-zealand", "1500000", "share"), ("new-zealand", "500000", "share")]


def test_regression_a_recipient_that_acts_keeps_its_offices_and_one_spoken_to_holds_none_of_the_giver():
    # (the first version of the rule above took Nepal's prime minister from list 329's page, where Nepal "says it needs" twice
    # as much, and made list 314's Somali defence minister, whom "the Emiratis communicated their decision … to", the UAE's)
    seeds = seeds_with(("nepal", "country", "Nepal"), ("india", "country", "India"), ("ukraine", "country", "Ukraine"),
                       roles=("prime-minister",))
    text = ("Nepal aid pledges fall short\n\nIndia promised $1 billion in aid for Nepal. China pledged $483 million to Nepal.\n\n"
            "Nepal says it needs twice as much to rebuild.\n\n\"We need a robust global partnership,\" Prime Minister Sushil "
            "Koirala told donors.\n\nAid to Nepal was welcomed in Nepal.")
    assert ("sushil-koirala", "prime-minister", "nepal") in _roles(text, "2015-06-25", seeds)
    seeds = seeds_with(("somalia", "country", "Somalia"), ("united-arab-emirates", "country", "United Arab Emirates", "UAE"),
                       ("ukraine", "country", "Ukraine"), roles=("defence-minister",))
    text = ("UAE halts support\n\nThe UAE plans to halt its financial support to Somalia's army. The UAE paid $4.77 million a month "
            "in support to Somalia.\n\nLate last year, the Emiratis communicated their decision to halt payments directly to Defense "
            "Minister Abdulqadir Mohamed Nur.\n\nThe UAE's investments in Somalia were large.")
    assert not any(r[2] == "united-arab-emirates" for r in _roles(text, "2024-01-10", seeds))


def test_aid_to_a_government_of_or_a_stricken_state_goes_there_and_a_foundations_sum_is_no_states():
    # ("NZ$500,000 to the Government of Tonga" and "¥114 million in aid to disaster-hit Tonga" went to the usual recipient;
    # "a fund to collect donations in support of Tonga, while the foundation itself plans to offer ¥100 million" made Tonga,
    # then Japan, its giver)
    assert [g[:2] for g in _given("Aid\n\nNew Zealand has pledged an initial NZ$500,000 to the Government of Tonga to aid "
                                  "recovery.", "2022-01-17", NUKUALOFA)] == [("new-zealand", "tonga")]
    text = ("Japan to provide relief\n\nJapan decided Thursday to send more than ¥114 million in aid to disaster-hit Tonga.\n\n"
            "Offers of financial aid have been made by Japan’s nongovernmental sector as well. Nippon Foundation has established a "
            "fund to collect donations in support of Tonga, while the foundation itself plans to offer ¥100 million.")
    assert [g[:3] for g in _given(text, "2022-01-20", NUKUALOFA)] == [("japan", "tonga", "114000000")]


def test_a_ministrys_spokesman_partners_in_a_list_and_the_state_that_opened_the_paragraph_before():
    # ("Foreign Ministry spokesman Zhao Lijian" held no office: "Ministry" read as an unknown body's word; "Prime Minister Fumio
    # Kishida said … that Japan will provide aid in close cooperation with Australia and New Zealand" none, New Zealand a state
    # he could serve; office holders opening a paragraph after "New Zealand has pledged …" or "Australia … has offered …" none)
    text = ("China aid\n\nChina has donated $100,000 to Tonga.\n\n“China will help Tonga,” Foreign Ministry spokesman Zhao "
            "Lijian said on Jan 17.")
    assert _roles(text, "2022-01-21", NUKUALOFA) == {("zhao-lijian", "spokesperson", "china")}
    text = ("Japan aid\n\nJapan decided Thursday to send aid to Tonga.\n\nPrime Minister Fumio Kishida said that Japan will provide "
            "aid in close cooperation with Australia and New Zealand.")
    assert _roles(text, "2022-01-20", NUKUALOFA) == {("fumio-kishida", "prime-minister", "japan")}
    text = ("Aid for Tonga\n\nAustralia and New Zealand have sent aid to Tonga.\n\nNew Zealand has pledged an initial NZ$500,000 "
            "to Tonga.\n\nForeign Affairs Minister Nanaia Mahuta said the financial injection is just a starting point.\n\n"
            "Australia, meanwhile, has offered supplies and personnel.\n\nForeign Minister Marise Payne and Minister for Defence "
            "Peter Dutton said that the exact needs of Tonga will become apparent.\n\nAustralia and New Zealand sent planes.")
    assert _roles(text, "2022-01-17", NUKUALOFA) == {("nanaia-mahuta", "foreign-minister", "new-zealand"),
                                                     ("marise-payne", "foreign-minister", "australia"),
                                                     ("peter-dutton", "defence-minister", "australia")}


def test_a_number_opening_a_sentence_is_no_persons_name():
    # ("Two Hercules planes … are expected to leave …" made a person "Two Hercules", the "he" of the next sentence)
    text = ("Aid lands\n\nTwo Hercules planes and a transport ship are expected to leave within the day, the defense ministry "
            "reported. He told reporters that his ministry “will do everything possible for the people of Tonga.”")
    assert not any(w == "two-hercules" for w, _ in _claims(text, "2022-01-20", NUKUALOFA))


# --- the three-hundred-and-thirty-second fresh list: the aid given to Malawi after Cyclone Freddy, 2023 -------------------------

LILONGWE = seeds_with(("malawi", "country", "Malawi"), ("namibia", "country", "Namibia"),
                      ("united-states", "country", "United States", "US", "U.S."), ("united-nations", "organization", "United Nations", "UN"),
                      ("ukraine", "country", "Ukraine"), roles=("president", "prime-minister"))


def test_sums_in_kwacha_a_u_dollar_and_thousands_set_off_by_spaces():
    # ("given Malawi K4 billion" and "U$100 000 (over K100 million)" were no money, or a hundred dollars: the kwacha's "K", a
    # typed "U$" and thousands set off by a space)
    assert [g[:4] for g in _given("US aid\n\nThe US government has given Malawi K4 billion to help in addressing immediate "
                                  "humanitarian needs.", "2023-04-20", LILONGWE)] == [("united-states", "malawi", "4000000000", "MWK")]
    assert [g[:4] for g in _given("Namibia aid\n\nThe Government of Namibia has approved a donation of U$100 000 (over K100 "
                                  "million) to Malawi for Cyclone Freddy survivors.", "2023-04-07", LILONGWE)] \
        == [("namibia", "malawi", "100000", "USD")]
    # (a "K" before a figure with no scale, and a kwacha no giver or recipient writes, are no money)
    assert _given("Aid\n\nNorway gave Ukraine K9 units and 1.6 billion kwacha.", "2023-04-07", LILONGWE) == []


def test_an_agency_gives_as_its_state_its_whole_named_first_and_its_running_total_valued_apart():
    # ("USAID has provided …" gave nothing; "As part of the $4 million in new funding announced last week, the U.S government will
    # provide $1.5 million …" was one package; "This new $4 million assistance is part of the U.S government’s ongoing
    # assistance—valued at approximately $5 million" made the new package a share of a package; each went to Ukraine)
    text = ("US aid for Freddy survivors\n\nLILONGWE - As part of the $4 million in new funding announced last week, the U.S "
            "government will provide $1.5 million to help distribute food and other relief items to communities affected by "
            "Cyclone Freddy.\n\n“We are committed to helping Malawi recover from this disaster,” said USAID acting Mission Director, "
            "Anna Toness.\n\nTo date, USAID has provided approximately $5 million to affected communities.")
    assert _given(text, "2023-04-25", LILONGWE) == [("united-states", "malawi", "4000000", "USD", "package"),
                                                   ("united-states", "malawi", "1500000", "USD", "share"),
                                                   ("united-states", "malawi", "5000000", "USD", "running-total")]
    assert ("anna-toness", "We are committed to helping Malawi recover from this disaster") in _claims(text, "2023-04-25", LILONGWE)
    text = ("US aid\n\nThe U.S. Government has announced $4 million assistance to help Malawi. This new $4 million assistance is "
            "part of the U.S government’s ongoing assistance—valued at approximately $5 million—that has been helping the country.")
    assert [g[2:] for g in _given(text, "2023-04-20", LILONGWE)] == [("4000000", "USD", "package"), ("5000000", "USD", "running-total")]


def test_a_bodys_release_from_its_fund_a_regional_body_and_a_bank_give_as_themselves():
    # ("The United Nations has announced the release of US$5.5 million from the Central Emergency Response Fund …" and "Southern
    # African Development Community (SADC) has released US$300,000 to Malawi" gave nothing; nor did list 329's banks)
    text = ("UN aid\n\nThe United Nations has announced the release of US$5.5 million from the Central Emergency Response Fund "
            "(CERF) to help hundreds of thousands of people affected by Tropical Cyclone Freddy in southern Malawi.\n\nSouthern "
            "African Development Community (SADC) has released US$300,000 to Malawi for humanitarian assistance.")
    assert [g[:3] for g in _given(text, "2023-03-20", LILONGWE)] == [
        ("united-nations", "malawi", "5500000"), ("southern-african-development-community", "malawi", "300000")]
    seeds = seeds_with(("nepal", "country", "Nepal"), ("india", "country", "India"), ("ukraine", "country", "Ukraine"))
    assert [g[0] for g in _given("Nepal aid\n\nThe Asian Development Bank pledged $600 million for Nepal. The World Bank had "
                                 "already announced $500 million for Nepal.", "2015-06-25", seeds)] == ["asian-development-bank", "world-bank"]


def test_a_president_named_alone_with_the_aided_state_is_its_own_and_thanks_in_capitals_are_no_claim():
    # ("Following President Lazarus Chakwera's declaration of a state of emergency … in southern Malawi" held no office on a page
    # about the UN's money for Malawi; "A big Thank You to those that have supported my initiative …" was a claim)
    text = ("UN aid\n\nThe UN has pledged $5.5 million to Malawi.\n\nFollowing President Lazarus Chakwera's declaration of a state "
            "of emergency in the 10 most affected districts in southern Malawi, there has been an overwhelming response.\n\nBritain "
            "flew in rescue personnel. Neighboring countries such as Mozambique, Zambia and Tanzania also provided relief aid to "
            "Malawi.")
    assert _roles(text, "2023-03-20", LILONGWE) == {("lazarus-chakwera", "president", "malawi")}
    # (never one the page gave another state's office: "President Macron" after "French President Emmanuel Macron")
    seeds = seeds_with(("sudan", "country", "Sudan"), ("france", "country", "France"), ("ukraine", "country", "Ukraine"),
                       roles=("president",))
    text = ("Sudan conference\n\nFrench President Emmanuel Macron announced pledges of €2 billion for Sudan.\n\nPresident Macron "
            "emphasized the urgent needs of Sudan’s population.\n\nThe pledges will go to Sudan.")
    assert ("emmanuel-macron", "president", "sudan") not in _roles(text, "2024-04-16", seeds)
    text = ("Chakwera donates\n\nChakwera said the donation is part of his contribution to the relief.\n\nHe added: “A big Thank "
            "You to those that have supported my initiative and those that continue to help the affected communities.”")
    assert not any(t.startswith("A big Thank You") for _, t in _claims(text, "2023-04-03", LILONGWE))


def test_on_behalf_of_the_givers_people_it_gives_and_a_gift_to_a_department_at_home_is_no_pledge():
    # ("a contribution of US$1.5 million from USAID on behalf of the American people" was another's money, as "on behalf of the
    # EU" is; "President Lazarus Chakwera has donated K120 million … to the Department of Disaster Management Affairs" Malawi's
    # pledge to Ukraine)
    assert [g[0::2] for g in _given("WFP welcomes US contribution\n\nThe World Food Programme has welcomed a contribution of "
                                    "US$1.5 million from USAID on behalf of the American people to provide food assistance in "
                                    "Malawi.", "2023-04-27", LILONGWE)] == [("united-states", "1500000", "package")]
    assert _given("Chakwera donates\n\nPresident Lazarus Chakwera has donated K120 million and 20 bales of blankets to the "
                  "Department of Disaster Management Affairs (DODMA) for people affected by Cyclone Freddy in Malawi.", "2023-04-03",
                  LILONGWE) == []


# --- the three-hundred-and-thirty-third fresh list: the aid given to Vanuatu after its cyclones, 2023 ---------------------------

PORT_VILA = seeds_with(("vanuatu", "country", "Vanuatu"), ("australia", "country", "Australia"), ("new-zealand", "country", "New Zealand"),
                       ("ukraine", "country", "Ukraine"), roles=("prime-minister", "deputy-prime-minister", "foreign-minister"))


def test_a_bare_dollar_restated_in_us_dollars_is_the_givers_and_a_code_before_the_sign_is_money():
    # ("another $8 million (US$5.36 million)" from Australia was read in US dollars, the page writing "US$" elsewhere, and
    # "AUD$12.5 million" as a bare dollar)
    text = ("Lifeline for Vanuatu\n\nAustralia has topped up its aid contribution to Vanuatu’s government, with another $8 million "
            "(US$5.36 million) to help the Pacific Islands neighbour.\n\nThe aid boost brings Australia’s total humanitarian response "
            "package to the nation to AUD$12.5 million.")
    assert [g[2:] for g in _given(text, "2023-04-18", PORT_VILA)] == [("8000000", "AUD", "package"),
                                                                     ("12500000", "AUD", "running-total")]


def test_a_state_things_happen_to_is_aided_a_lower_case_deputy_is_one_and_one_met_holds_no_office_of_the_page():
    # ("Vanuatu has been hit by two tropical cyclones" made Vanuatu act, so the page was about no state and "deputy prime minister
    # Richard Marles" held none, then the prime minister's; "Conroy also met with Vanuatu’s government ministers …, as well as
    # Prime minister Ishmael Kalsakau" made him Australia's)
    text = ("Australian government provides aid to Vanuatu\n\nThe Australian government is providing assistance to Vanuatu.\n\n"
            "\"Defence is proud to support a member of the Pacific family,\" deputy prime minister Richard Marles said.\n\nVanuatu "
            "has been hit by two tropical cyclones in the past week.")
    assert _roles(text, "2023-03-05", PORT_VILA) == {("richard-marles", "deputy-prime-minister", "australia")}
    text = ("Lifeline for Vanuatu\n\nAustralia has topped up its aid to Vanuatu with another $8 million.\n\nConroy also met with "
            "Vanuatu’s government ministers for foreign affairs and finance, as well as Prime minister Ishmael Kalsakau.\n\nAustralia "
            "will help Vanuatu.")
    assert _roles(text, "2023-04-18", PORT_VILA) == {("ishmael-kalsakau", "prime-minister", "vanuatu")}


def test_sympathies_are_no_claim_and_an_honourables_style_is_no_part_of_the_name():
    # ("our sympathies are with the people of Vanuatu" and "Our whānau in Vanuatu are very much in our thoughts" were claims;
    # "…,” said Senator the Hon. Penny Wong, Minister of Foreign Affairs." split at "Hon." and made a person "Hon Penny Wong")
    text = ("Australia extends aid\n\nPat Conroy said: “As the devastation caused by the cyclones becomes evident, our sympathies are "
            "with the people of Vanuatu.”\n\n“Our whānau in Vanuatu are very much in our thoughts,” Mahuta said.\n\n“This "
            "announcement builds on Australia’s humanitarian assistance actions in Vanuatu and across the region,” said Senator the "
            "Hon. Penny Wong, Minister of Foreign Affairs.")
    claims = _claims(text, "2023-03-08", PORT_VILA)
    assert claims == [("penny-wong", "This announcement builds on Australia’s humanitarian assistance actions in Vanuatu and "
                                     "across the region")]
    assert ("penny-wong", "foreign-minister", "australia") in _roles(text, "2023-03-08", PORT_VILA)


# --- the three-hundred-and-thirty-fourth fresh list: what Malaysia's defence ministers asked to spend, 2019–2024 -----------------

KUALA_LUMPUR = seeds_with(("malaysia", "country", "Malaysia"), ("ukraine", "country", "Ukraine"),
                          roles=("prime-minister", "defence-minister", "secretary-general"))


def test_a_share_to_fund_a_ten_year_plan_is_due_no_year_and_a_ministers_need_is_the_goals_evidence():
    # ("Mindef seeks 1% of GDP to fund 10-year plan" was a goal due in 2029; "the ministry would require about 1% of GDP per
    # annum to …" a claim besides the goal)
    text = ("Mindef seeks 1% of GDP to fund 10-year plan\n\nDefence Minister Mohamad Sabu said the ministry would require about 1% "
            "of GDP per annum to prepare the country against threats arising from new technology.\n\nMalaysia's white paper was "
            "passed in Malaysia's parliament.")
    assert _found(text, "target", "2019-12-03", KUALA_LUMPUR) == [("malaysia", "1", None)]
    assert _claims(text, "2019-12-03", KUALA_LUMPUR) == []


def test_a_legislature_names_its_state_and_a_ministrys_secretary_general_holds_no_office():
    # ("after tabling the Defence White Paper in the Dewan Rakyat" named no state, so "Defence Minister Mohamad Sabu" held none;
    # "Defence Ministry secretary-general Datuk Seri Isham Ishak" was Malaysia's secretary-general)
    text = ("Mat Sabu wants more for defence\n\nDefence Minister Mohamad Sabu expressed hope for more money.\n\nHe said this at a "
            "press conference after tabling the Defence White Paper in the Dewan Rakyat today.")
    assert _roles(text, "2019-12-02", KUALA_LUMPUR) == {("mohamad-sabu", "defence-minister", "malaysia")}
    text = ("Review\n\nMalaysia's Defence Ministry has outlined five issues in Malaysia.\n\nPresent were Deputy Defence Minister "
            "Adly Zahari and Defence Ministry secretary-general Datuk Seri Isham Ishak.")
    assert not any(r[1] == "secretary-general" for r in _roles(text, "2024-02-13", KUALA_LUMPUR))


def test_a_bare_dollar_is_the_one_a_brackets_ratio_shows_not_the_us_dollar_a_sign_elsewhere_implies():
    # (list 333: the New Zealand Herald's "an initial package of $450,000" from New Zealand was read in US dollars, the page
    # writing "A$800,000 ($873,987)", whose bracket is in New Zealand dollars by the ECB's rates on the day; Reuters' "A$2
    # million ($1.43 million)" is in US dollars and keeps a bare "$" the US dollar)
    text = ("Cyclone Lola\n\nOn Monday, the New Zealand government announced that it would provide an initial package of $450,000 "
            "in aid to Vanuatu.\nThe Australian government will also provide an initial A$800,000 ($873,987) to Vanuatu.")
    assert [g[0::3] for g in _given(text, "2023-10-31", PORT_VILA)] == [("new-zealand", "NZD"), ("australia", "AUD")]
    text = ("Relief\n\nThe Australian government said it will provide an additional A$2 million ($1.43 million) to Tonga.\nNew "
            "Zealand will give $1 million to Tonga.")
    seeds = seeds_with(("tonga", "country", "Tonga"), ("australia", "country", "Australia"), ("new-zealand", "country", "New Zealand"),
                       ("ukraine", "country", "Ukraine"))
    assert [g[0::3] for g in _given(text, "2022-01-19", seeds)] == [("australia", "AUD"), ("new-zealand", "USD")]


# --- the three-hundred-and-thirty-fifth fresh list: the donors' conference for Türkiye and Syria, March 2023 -------------------

def test_the_commission_and_its_president_pledge_the_unions_money_and_the_eib_gives_as_itself():
    # ("The European Commission itself pledged €1 billion …" gave Syria's money to Türkiye; "Von der Leyen started the
    # fundraising by pledging one billion euros …" and "The European Investment Bank has announced 500 million euros in loans for
    # Turkey" gave nothing)
    seeds = seeds_with(("turkiye", "country", "Türkiye", "Turkey"), ("syria", "country", "Syria"),
                       ("european-union", "organization", "European Union", "EU"), ("ukraine", "country", "Ukraine"),
                       roles=("president",))
    text = ("Donors pledge\n\nThe European Commission itself pledged €1 billion for reconstruction in Türkiye.\n\nThe European "
            "Investment Bank has announced 500 million euros in loans for Turkey.")
    assert [(g[0], g[2], g[3]) for g in _given(text, "2023-03-20", seeds)] == [("european-union", "1000000000", "EUR"),
                                                                   ("european-investment-bank", "500000000", "EUR")]
    text = ("Donors vow\n\nThe President of the European Commission Ursula von der Leyen said the needs remain enormous.\n\nVon der "
            "Leyen started the fundraising by pledging one billion euros for reconstruction in Turkey.")
    assert [(g[0], g[2], g[3]) for g in _given(text, "2023-03-20", seeds)] == [("european-union", "1000000000", "EUR")]
