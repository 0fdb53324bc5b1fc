"""Extraction on the pages of pooled initiatives, orders and summits, from the three-hundred-and-forty-eighth fresh list on
(``benchmarks/corpus``); the lists before it are tested in ``test_extract_conference_pages.py``.

Each test is written on sentences of its own, in the shape the list's pages took, and failed on the code before its fix.
"""

from .test_extract import seeds_with
from .test_extract_unseen import _claims, _found, _roles

AIR = seeds_with(("netherlands", "country", "Netherlands"), ("germany", "country", "Germany"),
                 ("ukraine", "country", "Ukraine"), ("denmark", "country", "Denmark"),
                 ("united-states", "country", "United States", "US"), ("nato", "organization", "NATO"),
                 roles=("president", "prime-minister", "defence-minister", "foreign-minister", "chancellor", "secretary-general"))


def _given(text: str, date: str, seeds=AIR) -> list[tuple[str, str, str, str, str]]:
    """The pledges read from ``text``, each as (donor, recipient, amount, currency, figure)."""
    return [(p["donor"], p["recipient"], p["amount"], p["currency"], p["figure"]) for p in _found(text, "pledge", date, seeds)]


# --- the three-hundred-and-forty-eighth fresh list: Germany's Immediate Action on Air Defence, 2024 ---------------------------

def test_a_wire_headline_in_the_future_tense_gives_the_page_its_giver_and_its_minister_an_office():
    # ("Netherlands to provide $224M to Bolster Ukrainian air defence" over a body that names the German-led initiative more often
    # than the Netherlands: the minister named alone, "Defense Minister Kajsa Ollongren said", was made Germany's)
    text = ("Netherlands to provide $224M for Ukraine's air defence - Defence Daily\nDefence News\n\nNetherlands to provide $224M "
            "for Ukraine's air defence\n\nThe Netherlands has announced a donation of 210 million euros to Ukraine.\n\n“Air defence "
            "is desperately needed,” Defense Minister Kajsa Ollongren said at a meeting.\n\nGerman-led initiative\n\nThe German "
            "initiative seeks Patriot systems from German partners.\n\nGerman contribution\n\nGermany announced a third Patriot "
            "earlier this month, and Germany will send more.")
    assert _roles(text, "2024-04-19", AIR) == {("kajsa-ollongren", "defence-minister", "netherlands")}


def test_a_sum_to_be_invested_in_an_initiative_another_state_leads_is_a_share_of_the_package_before_it():
    # ("A total of 150 million euros ($160 million) will be invested in a German-led air defense initiative, while the rest will
    # be used to purchase …" right after the Dutch donation of 210 million euros: read as nothing)
    text = ("Dutch aid\n\nThe Netherlands has announced a donation of 210 million euros ($224 million) to bolster Ukraine's air "
            "defense.\n\nA total of 150 million euros ($160 million) will be invested in a German-led air defense initiative, while "
            "the rest will be used to purchase drones.")
    assert _given(text, "2024-04-19") == [("netherlands", "ukraine", "210000000", "EUR", "package"),
                                          ("netherlands", "ukraine", "150000000", "EUR", "share")]
    # (a sum another state invests is no share of it: "Germany will invest …")
    text = text.replace("A total of 150 million euros ($160 million) will be invested in a German-led air defense initiative",
                        "Germany said 150 million euros would be invested in its own air defense")
    assert ("netherlands", "ukraine", "150000000", "EUR", "share") not in _given(text, "2024-04-19")


def test_what_an_initiative_has_raised_is_no_givers_pledge():
    # ("the initiative launched by FM Annalena Baerbock and Defense Minister Boris Pistorius has already raised almost one billion
    # euros" was read as Germany's package)
    text = ("Air defence\n\nGermany's initiative pools money from partners.\n\nThe German Foreign Ministry says that the initiative "
            "launched by Foreign Minister Annalena Baerbock and Defence Minister Boris Pistorius has already raised almost one "
            "billion euros to provide more support for Ukrainian air defense.")
    assert _given(text, "2024-05-21") == []
    # (a state's own sum for it stays its pledge)
    text = "Air defence\n\nGermany has pledged one billion euros for Ukraine's air defense."
    assert _given(text, "2024-05-21") == [("germany", "ukraine", "1000000000", "EUR", "package")]


def test_an_order_that_refills_a_states_own_stocks_is_no_pledge():
    # ("Berlin confirmed a €1.3 billion order for four new Patriot surface-to-air missile systems, partly to replace the two sent
    # to Kyiv already" was read as Germany's package for Ukraine, as was a retelling, "an order worth €1.3 billion … to partially
    # replace two installations")
    for text in ("Air defence\n\nIn March, Berlin confirmed a €1.3 billion order for four new Patriot systems, partly to replace "
                 "the two sent to Kyiv already.",
                 "Air defence\n\nEarlier, the German government confirmed an order worth €1.3 billion for four new Patriots to "
                 "partially replace two systems already sent to Ukraine."):
        assert _given(text, "2024-04-21") == []
    # (an order placed for Ukraine stays a pledge)
    assert _given("Air defence\n\nGermany placed a €500 million order for air defence systems for Ukraine.", "2024-04-21") \
        == [("germany", "ukraine", "500000000", "EUR", "package")]


def test_they_after_the_alliances_members_as_subject_is_the_alliance():
    # ("The NATO members will show with their summit declaration that …" then "They have made 40 billion Euros available to Kiev
    # annually" was Germany's, the page's state)
    text = ("Berlin hopes for more air defence\n\nThe German government is hoping for further commitments at this week's NATO "
            "summit.\n\nGermany has agreed to keep 35,000 soldiers in high readiness.\n\nThe NATO members will show with their "
            "summit declaration that \"our support for Ukraine does not wane,\" said the government representative. They have made "
            "40 billion Euros available to Kiev annually.")
    assert _given(text, "2024-07-08") == [("nato", "ukraine", "40000000000", "EUR", "package")]
    # (not after a subject counted among them, "Five NATO members")
    text = text.replace("The NATO members will show", "Five NATO members will show")
    assert ("nato", "ukraine", "40000000000", "EUR", "package") not in _given(text, "2024-07-08")


def test_an_emphasis_with_no_that_is_reported_speech_but_not_its_object():
    # ("Ukrainian President Volodymyr Zelenskyy has repeatedly emphasized Ukraine needs more air defense to fend off Russian
    # attacks" was no claim)
    text = ("Air defence\n\nUkrainian President Volodymyr Zelenskyy has repeatedly emphasized Ukraine needs more air defense to "
            "fend off Russian attacks.")
    assert _claims(text, "2024-04-27", AIR) == [("volodymyr-zelenskyy", "Ukraine needs more air defense to fend off Russian attacks")]
    # (what is emphasised as a noun phrase is no statement of its own: "emphasized Germany's support for Ukraine")
    text = "Air defence\n\nChancellor Olaf Scholz emphasized Germany's support for Ukraine."
    assert _claims(text, "2024-04-27", AIR) == []


def test_a_quotation_after_a_lead_in_that_names_no_one_is_the_last_speakers():
    # ("“Germany has taken a big step …,” said Scholz. One can safely say: “Without Germany having taken the lead, this step would
    # not be taken now.”" gave the second quotation no speaker)
    text = ("Summit\n\nChancellor Olaf Scholz spoke in Washington. “Germany has taken a big step in convincing others,” said Scholz. "
            "One can safely say: “Without Germany having taken the lead, this step would not be taken now.”")
    said = _claims(text, "2024-07-10", AIR)
    assert ("olaf-scholz", "Without Germany having taken the lead, this step would not be taken now.") in said
    # (a lead-in that names someone else is not the last speaker's: "Pistorius can say: …" is read as no continuation)
    text = text.replace("One can safely say:", "A ministry official later wrote:")
    assert not any(w.startswith("Without Germany") for s, w in _claims(text, "2024-07-10", AIR) if s == "olaf-scholz")


# --- the three-hundred-and-forty-ninth fresh list: the security agreements of 2024 -------------------------------------------

PACT = seeds_with(("netherlands", "country", "Netherlands"), ("ukraine", "country", "Ukraine"),
                  ("lithuania", "country", "Lithuania"), ("estonia", "country", "Estonia"),
                  ("european-union", "organization", "European Union", "EU"), ("united-nations", "organization", "United Nations", "UN"),
                  roles=("president", "prime-minister"))


def test_a_name_after_a_title_and_a_comma_never_runs_into_another_title():
    # ("The agreement was signed by the Ukrainian president, European Council President Charles Michel and …" read "European
    # Council President Charles" as the Ukrainian president's name, and Michel's office was lost)
    text = ("EU pact\n\nThe agreement was signed by the Ukrainian president, European Council President Charles Michel and "
            "Ursula von der Leyen.")
    assert _roles(text, "2024-06-27", PACT) == {("charles-michel", "president", "european-council")}
    # (the name set off after a title stays its holder's: "the Lithuanian president, Gitanas Nausėda")
    text = "EU pact\n\nThe agreement was signed by the Lithuanian president, Gitanas Nausėda."
    assert _roles(text, "2024-06-27", PACT) == {("gitanas-nauseda", "president", "lithuania")}


def test_the_commission_by_its_head_word_is_the_european_commission_on_a_page_about_the_union():
    # ("On behalf of the EU, the agreement was signed by … Commission President Ursula von der Leyen" proposed a body
    # "Commission")
    text = ("EU pact\n\nOn behalf of the EU, the agreement was signed by European Council President Charles Michel and Commission "
            "President Ursula von der Leyen.")
    assert ("ursula-von-der-leyen", "president", "european-commission") in _roles(text, "2024-06-27", PACT)
    # (a page that never names the Union keeps the body as written)
    text = "Pact\n\nThe deal was signed by Commission President Jane Doe."
    assert _roles(text, "2024-06-27", PACT) == {("jane-doe", "president", "commission")}


def test_an_agency_whose_name_the_page_writes_in_camel_case_is_no_speaker():
    # ("Ukraine has signed three bilateral security cooperation agreements in Brussels: …, according to UkrInform." made the
    # agency a speaker)
    text = ("Pacts\n\nUkraine has signed three bilateral security cooperation agreements in Brussels with the European Union, "
            "Lithuania and Estonia, according to UkrInform.")
    assert _claims(text, "2024-06-27", PACT) == []


def test_what_an_agreement_calls_for_from_a_giver_is_its_pledge_but_an_appeal_is_none():
    # ("The agreement also calls for €2 billion in military aid from the Netherlands this year." was read as an appeal)
    text = ("Pact\n\nPrime Minister of the Netherlands Mark Rutte signed a bilateral security agreement with Ukraine for the next "
            "10 years. The agreement also calls for €2 billion in military aid from the Netherlands this year.")
    assert _given(text, "2024-03-01", PACT) == [("netherlands", "ukraine", "2000000000", "EUR", "package")]
    # (an appeal stays no one's: "The UN calls for $2 billion in aid")
    assert _given("Appeal\n\nThe UN calls for $2 billion in aid for Ukraine this year.", "2024-03-01", PACT) == []


def test_a_commitment_to_give_a_share_of_gdp_as_aid_is_a_claim_of_each_who_declared_it_and_no_goal():
    # ("both Nausėda and Kallas had declared their commitments to allocate not less than 0.25% of their GDP for the military aid
    # for Ukraine" was nothing: a share of GDP as aid is no goal, and the sum ahead kept it from being a claim)
    text = ("Pacts\n\nZelenskyy signed agreements with Lithuanian President Gitanas Nausėda and Estonian Prime Minister Kaja Kallas. "
            "Both Nausėda and Kallas had declared their commitments to allocate not less than 0.25% of their GDP for the military "
            "aid for Ukraine.")
    said = _claims(text, "2024-06-27", PACT)
    assert ("gitanas-nauseda", "allocate not less than 0.25% of their GDP for the military aid for Ukraine") in said
    assert ("kaja-kallas", "allocate not less than 0.25% of their GDP for the military aid for Ukraine") in said
    assert _found(text, "target", "2024-06-27", PACT) == []
    # (a commitment to spend a share of GDP on defence stays a goal, no claim)
    text = "Pacts\n\nLithuanian President Gitanas Nausėda reaffirmed his commitment to spend 3% of GDP on defence."
    assert _claims(text, "2024-06-27", PACT) == []
    assert _found(text, "target", "2024-06-27", PACT) == [("lithuania", "3", None)]


# --- the three-hundred-and-fiftieth fresh list: the European Sky Shield Initiative, 2022-2023 --------------------------------

def test_a_view_told_by_a_participle_of_caution_after_with_is_the_speakers_claim():
    # ("France has not joined the initiative, with French President Emmanuel Macron arguing against a reliance on non-European
    # systems and cautioning that an Iron Dome-like aerial-defense system … will not work for the entire continent" was no claim)
    seeds = seeds_with(("france", "country", "France"), roles=("president",))
    text = ("Sky Shield\n\nFrance has not joined the initiative, with French President Emmanuel Macron arguing against a reliance "
            "on non-European systems and cautioning that an Iron Dome-like system will not work for the entire continent of Europe.")
    assert _claims(text, "2023-07-05", seeds) == [
        ("emmanuel-macron", "an Iron Dome-like system will not work for the entire continent of Europe")]
    # (a caution's object is no statement: "cautioning the allies" says nothing "that")
    text = "Sky Shield\n\nFrench President Emmanuel Macron spoke in Paris, cautioning the allies about the plan."
    assert _claims(text, "2023-07-05", seeds) == []


# --- a page saved as Markdown (a reader tool's copy), as the pages corpus holds some ------------------------------------------

def test_a_page_saved_as_markdown_is_read_by_its_words_not_its_links():
    # ("[Germany](/en/entity/germany) pledged\nEUR 500 million to [Ukraine](/en/entity/ukraine), said [Boris Pistorius](…), the
    # German defence minister" gave no pledge and no role: the links' brackets and targets broke the names and the sentence)
    text = ("# Allies meet before the summit\n\n## Summary\n\n[Germany](/en/entity/germany) pledged\nEUR 500 million to "
            "[Ukraine](/en/entity/ukraine) for air defence, said [Boris Pistorius](/en/entity/boris-pistorius), the German defence "
            "minister.\n\n\"We will not let Ukraine stand alone,\" said **German Chancellor Friedrich Merz**.")
    assert _given(text, "2026-06-24") == [("germany", "ukraine", "500000000", "EUR", "package")]
    assert ("friedrich-merz", "We will not let Ukraine stand alone") in _claims(text, "2026-06-24", AIR)
    assert ("boris-pistorius", "defence-minister", "germany") in _roles(text, "2026-06-24", AIR)


# --- the three-hundred-and-fifty-first fresh list: pages of aggregators and forums -------------------------------------------

US = seeds_with(("united-states", "country", "United States", "US"), ("ukraine", "country", "Ukraine"),
                ("united-nations", "organization", "United Nations", "UN"), ("nato", "organization", "NATO"),
                ("donald-trump", "person", "Donald Trump", "Trump"),
                roles=("president", "secretary-of-state", "secretary-general", "foreign-minister"))


def test_titles_abbreviated_as_story_pages_write_them_are_titles_and_end_no_sentence():
    # ("Sec. of State Antony Blinken", "UN Sec. General António Guterres", "Ukrainian Pres. Volodymyr Zelenskyy" gave no office:
    # no such title, and "Pres." and "Sec." ended a sentence before the name)
    text = ("Aid\n\n• In a statement, US Sec. of State Antony Blinken said more aid would come.\n\n• Talks were led by UN Sec. General "
            "António Guterres.\n\n• Blinken is scheduled to meet Ukrainian Pres. Volodymyr Zelenskyy in Kyiv.")
    assert _roles(text, "2023-09-06", US) == {("antony-blinken", "secretary-of-state", "united-states"),
                                               ("antonio-guterres", "secretary-general", "united-nations"),
                                               ("volodymyr-zelenskyy", "president", "ukraine")}
    # (a day abbreviated before a name ends no sentence either: "On Sat. Biden signed …"; the verb "sat" still does)
    from nato_kg.extract.sentences import split_sentences
    assert len(split_sentences("Aid\n\nOn Sat. Biden signed a package worth more than $40B.")) == 2
    assert len(split_sentences("Aid\n\nThe committee sat. Biden signed it.")) == 3


def test_a_package_congress_is_urged_to_approve_and_its_part_are_no_pledge():
    # ("US Pres. Biden announced an additional $150M in military aid to Ukraine on Friday while urging Congress to approve a $33B
    # spending package that includes an extra $20.4B in military assistance" gave three US packages)
    text = ("Aid\n\nUS President Joe Biden announced an additional $150M in military aid to Ukraine on Friday while urging "
            "Congress to approve a $33B spending package that includes an extra $20.4B in military assistance.")
    assert _given(text, "2022-05-06", US) == [("united-states", "ukraine", "150000000", "USD", "package")]


def test_a_subject_before_a_clause_of_when_set_off_is_the_speaker():
    # ("Stoltenberg, when he’s not speaking in front of Trump, says 2019 was the fifth consecutive year of growth …" was Trump's)
    text = ("NATO\n\nNATO Secretary General Jens Stoltenberg spoke in London.\n\nStoltenberg, when he’s not speaking in front of "
            "Trump, says 2019 was the fifth consecutive year of growth for European NATO members and Canada.")
    assert _claims(text, "2019-12-10", US) == [
        ("jens-stoltenberg", "2019 was the fifth consecutive year of growth for European NATO members and Canada")]


def test_what_a_fronted_phrase_tells_ends_where_the_main_clause_begins():
    # ("With Trump suggesting at times that he would consider withdrawing from the alliance, NATO Secretary General Jens
    # Stoltenberg clearly understands that …" gave Trump the main clause too)
    text = ("NATO\n\nWith Trump suggesting at times that he would consider withdrawing from the alliance, NATO Secretary General "
            "Jens Stoltenberg clearly understands that it is necessary to play to his ego.")
    assert ("donald-trump", "he would consider withdrawing from the alliance") in _claims(text, "2019-12-10", US)


# --- the three-hundred-and-fifty-second fresh list: the Contact Group and the frozen Russian assets, 2024-2026 -----------------

UDCG = seeds_with(("united-kingdom", "country", "United Kingdom", "UK", "Britain"), ("germany", "country", "Germany"),
                  ("ukraine", "country", "Ukraine"), ("belgium", "country", "Belgium"), ("nato", "organization", "NATO"),
                  ("keir-starmer", "person", "Keir Starmer"), ("volodymyr-zelenskyy", "person", "Volodymyr Zelenskyy", "Zelenskyy"),
                  roles=("president", "prime-minister", "defence-minister", "secretary-general"))


def test_a_paragraph_that_only_says_who_spoke_gives_him_the_quotation_after_it():
    # (a transcript's "U-K Defence Secretary John Healey has also responded strongly, announcing a record-breaking military aid
    # commitment." then a paragraph that is only his quotation gave it no speaker, and "U-K" named no state)
    text = ("UDCG\n\nU-K Defence Secretary John Healey has also responded strongly, announcing a record-breaking commitment.\n\n"
            "\"The new pledges announced today are a record boost for Ukraine and we're also surging that support to the front.\"")
    assert _claims(text, "2025-04-11", UDCG) == [
        ("john-healey", "The new pledges announced today are a record boost for Ukraine and we're also surging that support to the "
                        "front.")]
    assert _roles(text, "2025-04-11", UDCG) == {("john-healey", "defence-minister", "united-kingdom")}
    # ("responded to that call with a clear message" had been read as reported speech, "that" taken for a clause's: none)
    text = ("UDCG\n\nGermany’s Defence Minister Boris Pistorius has responded to that call with a clear message for Ukraine - and "
            "Russia.\n\n\"Three years ago, almost to the day, this group was established for three reasons.\"")
    assert _claims(text, "2025-04-11", UDCG) == [
        ("boris-pistorius", "Three years ago, almost to the day, this group was established for three reasons.")]


def test_pledges_announced_through_a_group_that_total_a_sum_are_no_ones():
    # ("The new pledges of military aid announced today through the UDCG total over 21 billion euros" in Healey's quotation was the
    # UK's running total)
    text = ("UDCG\n\nUK Defence Secretary John Healey spoke.\n\n\"The new pledges of military aid announced today through the UDCG "
            "total over 21 billion euros. From the UK, we will spend 4.5 billion pounds this year in military support for Ukraine.\"")
    assert _given(text, "2025-04-11", UDCG) == [("united-kingdom", "ukraine", "4500000000", "GBP", "package")]


def test_a_comma_after_a_fronted_phrase_makes_no_appositive_of_the_title_after_it():
    # ("In a meeting with President Zelenskyy, the Prime Minister reiterated our unwavering support for Ukraine" on a British
    # statement made Zelenskyy the UK's prime minister)
    text = ("Statement\n\nThe Prime Minister attended the summit in Budapest. Four months after the UK hosted the summit at Blenheim "
            "Palace, leaders gathered.\n\nIn a meeting with Ukraine's President Volodymyr Zelenskyy, the Prime Minister reiterated "
            "our unwavering support for Ukraine.")
    assert _roles(text, "2024-11-12", UDCG) == {("volodymyr-zelenskyy", "president", "ukraine")}
    # (an appositive set off after a fronted phrase stays one: "In Kyiv, Volodymyr Zelenskyy, the Ukrainian president, said …")
    text = "Statement\n\nThe UK hosted the summit.\n\nIn Kyiv, Volodymyr Zelenskyy, the Ukrainian president, said more aid was needed."
    assert ("volodymyr-zelenskyy", "president", "ukraine") in _roles(text, "2024-11-12", UDCG)


def test_the_allies_of_a_state_or_with_partners_are_no_alliance_giving():
    # ("Ukraine allies pledge nearly $48bn in weapons at Defence Contact Group meeting" and "NATO allies and partners have committed
    # nearly $48 billion" were NATO's packages)
    for text in ("Ukraine allies pledge nearly $48bn in weapons at Defence Contact Group meeting\n\nThe meeting was held at NATO's "
                 "headquarters in Brussels.",
                 "Contact Group\n\nNATO allies and partners have committed nearly $48 billion in new military support for Ukraine at "
                 "the meeting in Brussels."):
        assert _given(text, "2026-02-12", UDCG) == []
    # (the alliance's members agreeing stay the alliance's: "NATO allies pledge …")
    text = "NATO summit\n\nNATO allies pledge 40 billion euros a year for Ukraine, NATO said at its summit."
    assert _given(text, "2024-07-10", UDCG) == [("nato", "ukraine", "40000000000", "EUR", "package")]


def test_the_state_whose_premier_a_relative_clause_names_is_his_and_a_knight_by_first_name_is_the_one_known():
    # ("Most of the assets are held in the Euroclear bank based in Belgium, whose premier Bart De Wever had previously resisted …"
    # made De Wever Britain's prime minister, on a British page)
    text = ("Assets\n\nBritain is ready to share the risk.\n\nMost of the assets are held in the Euroclear bank based in Belgium, "
            "whose premier Bart De Wever had previously resisted using them.")
    assert _roles(text, "2025-12-19", UDCG) == {("bart-de-wever", "prime-minister", "belgium")}
    # ("Sir Keir praised Belgium as an “incredible partner”" on a page that never names Keir Starmer in full had no speaker)
    text = ("Assets\n\nThe Prime Minister hosted Bart De Wever.\n\nSpeaking alongside him, Sir Keir praised Belgium as an "
            "“incredible partner” in the coalition.")
    assert [s for s, _ in _claims(text, "2025-12-12", UDCG)] == ["keir-starmer"]


def test_he_after_a_persons_spokesman_is_no_one_named():
    # ("Prime Minister Sir Keir Starmer's official spokesman was repeatedly asked …" then "He suggested the Government would,
    # telling reporters: “…”" gave the spokesman's words to Starmer)
    text = ("Assets\n\nPrime Minister Sir Keir Starmer's official spokesman was repeatedly asked about the loan.\n\nHe suggested "
            "the Government would, telling reporters: \"I think it's evident that we want to see those assets used to support "
            "Ukraine.\"")
    assert [s for s, _ in _claims(text, "2025-12-19", UDCG)] == []


# --- the three-hundred-and-fifty-third fresh list: Canada's Budget 2025 for defence ---------------------------------------------

CANADA = seeds_with(("canada", "country", "Canada"), ("nato", "organization", "NATO"), roles=("prime-minister",))


def _goals(text: str, date: str) -> set[tuple[str, str, object]]:
    return {(a, p, y) for a, p, y in _found(text, "target", date, CANADA)}


def test_a_states_own_commitment_of_a_share_this_year_is_due_this_year():
    # ("so that Canada can finally meet its NATO commitment of spending the equivalent of 2 per cent on GDP this year" was a goal
    # due no year: "commitment of" read as an old goal's)
    text = ("Budget\n\nThat amount includes $9 billion so that Canada can finally meet its NATO commitment of spending the "
            "equivalent of 2 per cent of GDP this year.")
    assert _goals(text, "2025-11-04") == {("canada", "2", "2025")}


def test_a_state_on_its_way_to_the_alliances_goal_has_its_own_goal_by_its_date():
    # ("We are also on a pathway to meet NATO’s 5% Defence Investment Pledge by 2035" was NATO's alone)
    text = "Budget\n\nCanada's budget is out. We are also on a pathway to meet NATO’s 5% Defence Investment Pledge by 2035."
    assert _goals(text, "2025-11-05") == {("canada", "5", "2035")}
    # ("the federal government’s commitment to meet NATO’s defence spending targets—reaching 2% of GDP by the end of this fiscal
    # year" was NATO's alone, due this year)
    text = ("Budget\n\nCanada's budget is out.\n\nAt the centre of this is the federal government’s commitment to meet NATO’s "
            "defence spending targets—reaching 2% of GDP by the end of this fiscal year.")
    assert _goals(text, "2025-11-18") == {("canada", "2", "2025"), ("nato", "2", None)}


# --- the three-hundred-and-fifty-fourth fresh list: Japan's defence budget for fiscal 2026 -------------------------------------

JAPAN = seeds_with(("japan", "country", "Japan"), roles=("prime-minister", "defence-minister"))


def test_a_goal_by_a_month_with_no_year_is_due_by_the_next_such_month():
    # ("… designed to hit defense outlays of roughly 2% of GDP by March" on a page of 26 December 2025 was due no year)
    for text in ("Japan budget\n\nJapan will raise defense spending to 2% of GDP by March.",
                 "Japan budget\n\nJapan will raise defense spending to 2% of GDP by March next year."):
        assert [(a, p, y) for a, p, y in _found(text, "target", "2025-12-26", JAPAN)] == [("japan", "2", "2026")]
    # (a month still to come this year is this year's; a month with its year keeps that year)
    assert [y for _, _, y in _found("Japan budget\n\nJapan will raise defense spending to 2% of GDP by November.", "target",
                                    "2025-06-01", JAPAN)] == ["2025"]
    assert [y for _, _, y in _found("Japan budget\n\nJapan will raise defense spending to 2% of GDP by March 2027.", "target",
                                    "2025-12-26", JAPAN)] == ["2027"]


def test_a_cap_on_spending_is_no_goal():
    # ("For decades, Japan capped its annual defense budget at around one percent of GDP", "once capping spending at 1% of GDP"
    # were goals of 1 %)
    for text in ("Japan budget\n\nFor decades, Japan capped its annual defense budget at around one percent of GDP.",
                 "Japan budget\n\nJapan is shifting from postwar pacifism, once capping spending at 1% of GDP, to a 2% target by 2027."):
        assert ("japan", "1", None) not in _found(text, "target", "2025-12-26", JAPAN)
    assert ("japan", "2", "2027") in _found("Japan budget\n\nJapan is shifting from postwar pacifism, once capping spending at 1% "
                                            "of GDP, to a 2% target by 2027.", "target", "2025-12-26", JAPAN)


def test_what_a_minister_deems_what_was_just_told_is_his_claim():
    # ("Defense Minister Shinjiro Koizumi deems this the “bare minimum” for Japan's security …" was no claim)
    text = ("Japan budget\n\nJapan's cabinet approved the budget. Defense Minister Shinjiro Koizumi deems this the \"bare minimum\" "
            "for Japan's security in the most severe environment since World War II.")
    assert _claims(text, "2025-12-26", JAPAN) == [
        ("shinjiro-koizumi", "this the \"bare minimum\" for Japan's security in the most severe environment since World War II")]
