"""Extraction rules found by reading real articles nobody had tuned the rules to (the fresh list in
benchmarks/corpus/fresh.yaml). Each test uses sentences written for it, one per failure class."""

from nato_kg.errors import Position
from nato_kg.extract.article import extract_article
from nato_kg.extract.money import find_money
from nato_kg.records import Citation, RoleFact

from .test_extract import NEWS2, found, seeds_with

NORDIC = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("norway", "country", "Norway"),
                    ("denmark", "country", "Denmark"), ("estonia", "country", "Estonia"), ("russia", "country", "Russia"),
                    ("belgium", "country", "Belgium"), ("canada", "country", "Canada"),
                    ("volodymyr-zelenskyy", "person", "Volodymyr Zelenskyy", "Zelensky"),
                    roles=("prime-minister", "defence-minister", "foreign-minister", "president", "secretary-general"))


def article(text: str, kind: str, date: str | None = None, seeds=NORDIC):
    return [c for c in extract_article(text, seeds, "src", date).candidates if c.kind == kind]


# --- money -------------------------------------------------------------------------------------

def test_amounts_with_abbreviated_scales_glued_codes_and_decimal_commas():
    found_ = find_money("EUR 6.3 bln, NOK2 billion and $6,3 bn, but 1,250 euros and 3,5 percent")
    assert [(str(m.value), m.currency) for m in found_] == [
        ("6300000000", "EUR"), ("2000000000", "NOK"), ("6300000000", "USD"), ("1250", "EUR")]


def test_unqualified_crowns_are_the_donors_own_crowns():
    assert [(c.fields["amount"], c.fields["currency"]) for c in found(
        "Norway will increase its support to Ukraine by 2.5 billion crowns.", "pledge", NORDIC)] == [("2500000000", "NOK")]
    assert [c.fields["currency"] for c in found("Denmark will allocate 2 billion kroner to Ukraine.", "pledge", NORDIC)] == ["DKK"]
    # crowns from a donor whose currency is no crown are not money the rules can read
    assert found("Canada will give 3 billion crowns to Ukraine.", "pledge", NORDIC) == []


def test_a_bare_dollar_is_the_donors_own_unless_the_article_says_which():
    (cad,) = found("Canada pledged $500 million to Ukraine.", "pledge", NORDIC)
    assert cad.fields["currency"] == "CAD"
    assert any("which dollar" in r for r in cad.reasons)
    marked = article("Title\nCanada pledged $500 million to Ukraine. It also gave C$200 million in aid.", "pledge")
    assert [c.fields["currency"] for c in marked] == ["USD", "CAD"]
    (dkk,) = found("Denmark will allocate 1.4 billion Danish kroner ($203 million) to Ukraine.", "pledge", NORDIC)
    assert (dkk.fields["currency"], dkk.fields.get("amount_usd")) == ("DKK", "203000000")


# --- what kind of figure -----------------------------------------------------------------------

def test_increased_by_is_new_money_and_increased_to_is_the_new_level():
    pledges = found("Norway said its support fund for Ukraine would be increased by NOK 2.5 billion to NOK 10 billion.", "pledge", NORDIC)
    assert [(c.fields["amount"], c.fields["figure"]) for c in pledges] == [
        ("2500000000", "package"), ("10000000000", "running-total")]


def test_a_package_totalling_an_amount_is_a_package_and_aid_since_a_year_a_running_total():
    (package,) = found("Norway announced a military aid package for Ukraine totalling NOK 1.6 billion.", "pledge", NORDIC)
    assert package.fields["figure"] == "package"
    (value,) = found("Denmark's donation package has a total value of DKK 783 million for Ukraine.", "pledge", NORDIC)
    assert value.fields["figure"] == "package"
    (total,) = found("Norway has provided aid to Ukraine totalling NOK 20 billion since 2022.", "pledge", NORDIC)
    assert total.fields["figure"] == "running-total"


def test_a_sentence_naming_no_donor_takes_the_one_its_headline_names():
    text = "Copenhagen digs deeper: Denmark's new plan\nA further DKK 1.6 billion will be allocated to Ukraine's defence industry."
    pledges = article(text, "pledge")
    assert [(c.fields["donor"], c.fields["amount"]) for c in pledges] == [("denmark", "1600000000")]
    assert any("headline" in r for r in pledges[0].reasons)
    # a sentence naming another giver is that giver's; one about the headline's country is not re-read
    other = article("Copenhagen digs deeper: Denmark's new plan\nCanada will allocate CAD 5 billion to Ukraine.", "pledge")
    assert [c.fields["donor"] for c in other] == ["canada"]
    # two countries in the headline: no donor is assumed
    assert article("Denmark and Norway dig deeper\nA further DKK 1.6 billion will be allocated to Ukraine.", "pledge") == []


# --- offices -----------------------------------------------------------------------------------

def test_a_country_inside_a_quotation_is_not_the_office_of_the_speaker():
    text = ("Denmark sends more\nDenmark will send more. Denmark said so.\n"
            "\u201cEurope must help Ukraine and we urge Germany to step up,\u201d said Foreign Minister Lars Hansen.")
    roles = article(text, "role")
    assert [(c.fields["person"], c.fields["organization"]) for c in roles] == [("lars-hansen", "denmark")]


def test_the_war_named_after_its_aggressor_does_not_make_the_article_about_it():
    text = ("Russia's full-scale invasion, three years on\nRussia's war goes on. Russia's attacks continue. Denmark will "
            "send more. Denmark said so.\n\"We stand with Ukraine,\" said Defence Minister Lars Hansen.")
    assert [c.fields["organization"] for c in article(text, "role")] == ["denmark"]


def test_a_title_only_reference_names_the_speaker_and_gives_the_office_its_country():
    # two countries named as often: no country the article is about, so only the later reference says whose
    text = ("Nordic aid\nDenmark and Norway will send more. Denmark and Norway said so.\n"
            "According to Prime Minister Jonas Gahr Store, the plan will help Ukraine.\n"
            "\u201cWe will support Ukraine for as long as is necessary,\u201d said the prime minister of Norway during "
            "the meeting with NATO Secretary General Jens Stoltenberg.")
    claims = article(text, "claim")
    assert {c.fields["speaker"] for c in claims if c.fields["kind"] == "quote"} == {"jonas-gahr-store"}
    roles = {(c.fields["person"], c.fields["role"], c.fields["organization"], c.rule) for c in article(text, "role")}
    assert ("jonas-gahr-store", "prime-minister", "norway", "role:title-reference") in roles


def test_a_run_of_words_holding_an_earlier_title_gets_no_second_office():
    roles = found("During a meeting with Ukrainian President Volodymyr Zelensky, Belgian Prime Minister Alexander De Croo "
                  "announced new aid.", "role", NORDIC)
    assert {(c.fields["person"], c.fields["role"], c.fields["organization"]) for c in roles} == {
        ("volodymyr-zelenskyy", "president", "ukraine"), ("alexander-de-croo", "prime-minister", "belgium")}


def test_the_minister_of_the_country_is_of_the_country_the_article_is_about():
    text = ("Belgium sends EUR 100 million\nBelgium approved aid. Belgium will pay for maintenance.\n"
            "This was announced by the Minister of Defense of the country Ludivine Dedonder.")
    roles = article(text, "role")
    assert [(c.fields["person"], c.fields["role"], c.fields["organization"]) for c in roles] == [
        ("ludivine-dedonder", "defence-minister", "belgium")]


# --- spending targets --------------------------------------------------------------------------

def test_a_level_spent_now_is_no_target_but_a_level_beside_a_benchmark_is():
    assert found("Currently, Estonia allocates about 3.3% of its GDP to defense.", "target", NORDIC) == []
    assert found("Estonia spends 3.3 percent of GDP on defence.", "target", NORDIC) == []
    kept = found("Several member states already exceed the 2% of GDP spending benchmark.", "target", NORDIC)
    assert [c.fields["percent_gdp"] for c in kept] == ["2"]


def test_next_year_is_read_from_the_articles_date_and_a_past_year_is_not_a_deadline():
    text = "Estonia\nEstonia will raise defence spending to at least 5.0 percent of GDP from next year."
    assert [(c.fields["percent_gdp"], c.fields.get("year")) for c in article(text, "target", "2025-03-19")] == [("5", "2026")]
    assert [c.fields.get("year") for c in article(text, "target")] == [None]  # no date given: no guess
    past = "NATO\nAt the NATO summit in Vilnius in 2023, member states agreed to spend at least 2% of their GDP on defense."
    assert [c.fields.get("year") for c in article(past, "target", "2025-04-26")] == [None]


def test_his_country_is_the_speakers_and_a_threat_from_a_neighbour_is_not_who_spends():
    text = ("Estonia\nEstonian Prime Minister Kristen Michal said his NATO country would raise defense spending to five "
            "percent of GDP, citing the threat from neighboring Russia.")
    assert [c.fields["actor"] for c in article(text, "target")] == ["estonia"]


def test_the_rules_still_read_the_sentences_written_for_earlier_classes():
    # a guard that the new article-level donor does not give a donor to a sentence about costs
    assert found("Analysts said the war costs $644 billion a year.", "pledge", NEWS2) == []


def test_regression_also_after_a_surname_is_not_part_of_a_name():
    # "Pistorius also said" once proposed a person "Boris Pistorius al" (the particle "al" of Arabic names)
    claims = found("In addition, Austin also hinted at membership, stating that steps would be taken to pave the way.",
                   "claim", NORDIC)
    assert all(c.fields["speaker"] != "austin-al" for c in claims)
    # particles inside a name still belong to it
    claims = found("\"Europe must do more for its own defence now,\" said Ursula von der Leyen.", "claim", NORDIC)
    assert [c.fields["speaker"] for c in claims] == ["ursula-von-der-leyen"]


def test_a_paragraph_opened_by_a_dash_is_a_quotation_attributed_at_its_end():
    text = ("Denmark gives more\nDanish Defence Minister Troels Lund Poulsen spoke on Friday.\n"
            "– From the start of the war, Denmark has been one of the most active donors. We shall continue to be so, "
            "says Defence Minister Troels Lund Poulsen.\n- This is a list item, not speech.")
    claims = article(text, "claim")
    assert [(c.fields["speaker"], c.fields["text"]) for c in claims] == [
        ("troels-lund-poulsen", "From the start of the war, Denmark has been one of the most active donors. "
                                "We shall continue to be so")]


# --- found by the second fresh list (Australia, Canada, Poland, Italy) ---------------------------

PACIFIC = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("australia", "country", "Australia"),
                     ("canada", "country", "Canada"), ("poland", "country", "Poland"), ("italy", "country", "Italy"),
                     ("russia", "country", "Russia"), ("latvia", "country", "Latvia"),
                     roles=("prime-minister", "defence-minister", "president", "secretary-general"))


def test_the_war_in_a_headline_does_not_hide_its_donor_and_an_office_holder_gives_his_country():
    text = ("Australia announces new $74m assistance package to Ukraine | Russia-Ukraine war News\n"
            "Australia is one of the biggest contributors. Australia will send vehicles.\n"
            "Prime Minister Anthony Albanese announced the 110 million Australian dollars ($73.5m) package on Monday.")
    pledges = article(text, "pledge", seeds=PACIFIC)
    assert [(c.fields["donor"], c.fields["amount"], c.fields["currency"]) for c in pledges] == [
        ("australia", "110000000", "AUD")]  # the headline's $74m restates the body's $73.5m
    roles = article(text, "role", seeds=PACIFIC)
    assert [(c.fields["person"], c.fields["organization"]) for c in roles] == [("anthony-albanese", "australia")]


def test_two_titles_joined_by_and_are_both_held():
    text = ("Australia helps\nAustralia gives more. Australia said so.\n"
            "Deputy Prime Minister and Minister for Defence Richard Marles visited the front.")
    roles = article(text, "role", seeds=PACIFIC)
    assert {(c.fields["role"], c.fields["organization"]) for c in roles} == {
        ("defence-minister", "australia"), ("deputy-prime-minister", "australia")}


def test_honorifics_and_titles_are_not_part_of_a_speakers_name():
    text = ("Australia helps\nAustralia gives more. Australia said so. Defence Minister Richard Marles spoke.\n"
            "\"We will stand with Ukraine for as long as it takes,\" Mr Marles said.\n"
            "Opposition Leader Peter Dutton said the announcement was \"too late and too little\".")
    speakers = {c.fields["speaker"] for c in article(text, "claim", seeds=PACIFIC)}
    assert speakers == {"richard-marles", "peter-dutton"}


def test_quotes_opened_straight_and_closed_curly_and_reported_speech_with_words_between():
    text = ("Canada helps\nCanada gives more. Canada said so. Defence Minister Bill Blair spoke.\n"
            "Blair said, \"The military assistance announced today helps Ukraine defend itself.\u201d\n"
            "Defence Minister Bill Blair said in a statement on Friday, October 18, that Canada is set to deliver more.\n"
            "Deputy Defence Minister Stanislaw Wziatek told Polish media that spending will reach 4.7% of GDP.")
    claims = {(c.fields["speaker"], c.fields["text"].split()[0]) for c in article(text, "claim", seeds=PACIFIC)}
    assert claims == {("bill-blair", "The"), ("bill-blair", "Canada"), ("stanislaw-wziatek", "spending")}


def test_a_title_as_subject_after_a_dateline_is_the_person_named_by_that_title():
    text = ("Defence Minister Bill Blair says more help coming for Ukraine, Latvia\n"
            "OTTAWA \u2014 Canada\u2019s minister of defence says the federal government is committed to supporting Ukraine.")
    claims = article(text, "claim", seeds=PACIFIC)
    assert [(c.fields["speaker"], c.fields["text"]) for c in claims] == [
        ("bill-blair", "the federal government is committed to supporting Ukraine")]
    roles = article(text, "role", seeds=PACIFIC)
    assert ("bill-blair", "defence-minister", "canada") in {(c.fields["person"], c.fields["role"], c.fields["organization"])
                                                            for c in roles}


def test_according_to_at_the_end_and_a_quote_paragraph_left_open_continue_the_speaker():
    text = ("Australia helps\nAustralia gives more. Australia said so.\n"
            "Public support will push the package forward, according to Deputy Prime Minister Richard Marles.\n"
            "\u201cThere is an enormous amount of support for Ukraine,\u201d Minister Marles said.\n"
            "\u201cAs a middle-sized country ourselves, we understand the rules-based system.")
    claims = [(c.fields["speaker"], c.rule) for c in article(text, "claim", seeds=PACIFIC)]
    assert claims == [("richard-marles", "claim:reported-speech"), ("richard-marles", "claim:quote-attribution"),
                      ("richard-marles", "claim:quote-continued")]


def test_he_is_the_surname_that_opened_the_last_sentence():
    text = ("Australia helps\nAustralia gives more. Australia said so. Defence Minister Richard Marles visited Kyiv.\n"
            "Marles also met with Polish Deputy Prime Minister Wladyslaw Kosiniak-Kamysz in Poland.\n"
            "Marles reiterated Australia\u2019s commitment to the training programme.\n"
            "\u201cAustralia remains committed to supporting Ukraine,\u201d he said.")
    # (every claim is his: the quotation his "he" says, and — since list 180 — the commitment he "reiterated", a stance)
    claims = [(c.fields["speaker"], c.fields["text"]) for c in article(text, "claim", seeds=PACIFIC)]
    assert {who for who, _ in claims} == {"richard-marles"}
    assert any(said.startswith("Australia remains committed") for _, said in claims), claims


def test_a_country_that_is_a_first_name_does_not_cut_the_name():
    text = ("Italy\nThe President of the Council Georgia Meloni spoke in Washington.\n"
            "In recent years, Meloni says in her speech, \u201cwe have made significant progress on burden-sharing\u201d.")
    assert [c.fields["speaker"] for c in article(text, "claim", seeds=PACIFIC)] == ["georgia-meloni"]


def test_a_title_after_an_unread_qualifier_is_not_the_articles_office():
    text = ("Canada helps\nCanada gives more. Canada said so.\n"
            "EU Council President Charles Michel assured more support to Ukraine.")
    # never Canada's office; since institutions written with the title are read (the eleventh fresh list), the office
    # of the institution, "EU" written out as the union's institutions are named (the seventy-fifth fresh list)
    assert [(c.fields["person"], c.fields["organization"]) for c in article(text, "role", seeds=PACIFIC)] == [
        ("charles-michel", "european-council")]


def test_shares_in_a_later_sentence_and_after_more_than_and_a_led_partnership_is_no_recipient():
    text = ("Australia helps\nAustralia will offer Ukraine an extra $110 million in military and humanitarian assistance.\n"
            "The new aid package, which includes 70 vehicles and $10 million in humanitarian aid, was announced.")
    pledges = article(text, "pledge", seeds=PACIFIC)
    assert [(c.fields["amount"], c.fields["figure"]) for c in pledges] == [("110000000", "package"), ("10000000", "share")]
    (led,) = found("Canada will give $24.4 million to a United Kingdom-led partnership for Ukraine's air defence.", "pledge",
                   PACIFIC)
    assert led.fields["recipient"] == "ukraine"
    (total,) = found("The announcement takes Australia's military assistance to Ukraine to more than $1.1 billion.", "pledge",
                     PACIFIC)
    assert total.fields["figure"] == "running-total"


def test_levels_spent_are_no_targets_and_the_alliance_that_asks_is_not_who_spends():
    assert found("Poland's defence spending in 2024 accounts for over 4% of its GDP.", "target", PACIFIC) == []
    assert found("Canada was estimated to be spending 1.33 percent of its GDP on its military budget.", "target", PACIFIC) == []
    asked = found("Italy intends to invest 2% of GDP in defense, as requested by the Alliance.", "target", PACIFIC)
    assert [c.fields["actor"] for c in asked] == ["italy"]


def test_the_invasion_named_by_a_demonym_does_not_make_a_minister_foreign():
    text = ("Australia helps\nAustralia gives more. Australia said so.\n"
            "Defence Minister Richard Marles said he was proud to support Ukraine fighters against the Russian invasion.")
    assert [c.fields["organization"] for c in article(text, "role", seeds=PACIFIC)] == ["australia"]


# --- found by the third fresh list (the UK, Sweden, the Netherlands) ------------------------------

NORTH = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("united-kingdom", "country", "United Kingdom",
                   "UK", "Britain"), ("sweden", "country", "Sweden"), ("netherlands", "country", "Netherlands"),
                   ("united-states", "country", "United States", "US"),
                   roles=("prime-minister", "defence-minister", "foreign-minister", "secretary-of-defense", "president"))


def test_a_defence_secretary_outside_the_united_states_is_a_defence_minister():
    roles = found("UK Defense Secretary John Healey visited Odesa. US Defense Secretary Lloyd Austin did not.", "role", NORTH)
    assert {(c.fields["person"], c.fields["role"]) for c in roles} == {
        ("john-healey", "defence-minister"), ("lloyd-austin", "secretary-of-defense")}


def test_a_counterpart_holds_the_same_office_in_the_country_its_demonym_names():
    roles = found("Dutch Defense Minister Ruben Brekelmans met his Ukrainian counterpart, Rustem Umerov.", "role", NORTH)
    assert ("rustem-umerov", "defence-minister", "ukraine") in {
        (c.fields["person"], c.fields["role"], c.fields["organization"]) for c in roles}


def test_a_quote_left_open_after_said_colon_runs_on_over_its_paragraphs():
    text = ("Britain helps\nBritain gives more. Britain said so. Defence Secretary John Healey spoke.\n"
            "Mr Healey said: \u201cAs the new Defence Secretary, I will reinvigorate Britain\u2019s support.\n"
            "\u201cOur commitment to stand with the Ukrainian people is absolute.")
    claims = [(c.fields["speaker"], c.fields["text"]) for c in article(text, "claim", seeds=NORTH)]
    assert claims == [("john-healey", "As the new Defence Secretary, I will reinvigorate Britain\u2019s support. Our commitment "
                                      "to stand with the Ukrainian people is absolute.")]


def test_a_quote_only_sentence_right_after_a_quote_continues_its_speaker():
    text = ("Britain helps\nDefence Secretary John Healey spoke in Britain about Britain.\n"
            "\"Despite changes in leadership, the UK stands united,\" Healey emphasized. \"As the new defence "
            "secretary, I am committed to more aid.\"")
    assert [c.fields["speaker"] for c in article(text, "claim", seeds=NORTH)] == ["john-healey", "john-healey"]


def test_a_statement_introduced_by_its_speakers_name_and_a_colon():
    text = ("Dutch support\nDutch Defence Minister Ruben Brekelmans visited Kyiv.\n"
            "Brekelmans: Unceasing waves of Russian attacks are ravaging Ukraine, at the front and beyond.")
    assert [(c.fields["speaker"], c.fields["text"][:9]) for c in article(text, "claim", seeds=NORTH)] == [
        ("ruben-brekelmans", "Unceasing")]


def test_the_minister_a_modal_clause_and_he_after_a_subject_behind_an_adverbial():
    text = ("Sweden gives more\nSwedish Prime Minister Ulf Kristersson and Foreign Minister Johan Forssell presented the package.\n"
            "\"Russia is deliberately attacking civilian infrastructure this winter,\" the minister pointed out.\n"
            "Foreign Secretary David Lammy said UK military, economic and diplomatic support will remain ironclad.\n"
            "Meanwhile, Kristersson warned fellow EU countries of the consequences.\n"
            "\"I still hope we can do this, but it matters a great deal,\" he noted.")
    claims = [(c.fields["speaker"], c.fields["text"].split()[0]) for c in article(text, "claim", seeds=NORTH)]
    assert claims == [("johan-forssell", "Russia"), ("david-lammy", "UK"), ("ulf-kristersson", "I")]


def test_a_lowercase_word_after_a_closing_mark_continues_the_sentence():
    text = ("Dutch support\nDutch Defence Minister Ruben Brekelmans met his counterpart.\n"
            "\u201cUkraine can continue to count on our support in its fight!\u201d he wrote.")
    assert [c.fields["speaker"] for c in article(text, "claim", seeds=NORTH)] == ["ruben-brekelmans"]


def test_shares_named_by_most_of_the_funds_and_a_later_amount_keeps_its_sentences_donor():
    text = ("Sweden announces winter package\nSweden has allocated SEK 1.4 billion to Ukraine.\n"
            "Most of the funds, SEK 900 million, will go to the World Bank's trust fund.\n"
            "The package also encompasses SEK 160 million for repairs and over SEK 250 million for drones.")
    pledges = article(text, "pledge", seeds=NORTH)
    assert [(c.fields["amount"], c.fields["figure"]) for c in pledges][:2] == [("1400000000", "package"), ("900000000", "share")]
    assert [c.fields["donor"] for c in pledges] == ["sweden"] * 4


def test_money_received_from_a_giver_and_links_to_other_stories():
    (got,) = found("Ukraine will receive EUR 150 million from the Netherlands for air defence.", "pledge", NORTH)
    assert got.fields["donor"] == "netherlands"
    text = "Sweden gives more\nSweden gave SEK 1 billion to Ukraine.\nRead also: Ukraine receives nearly $400M tranche from IMF"
    assert [c.fields["amount"] for c in article(text, "pledge", seeds=NORTH)] == ["1000000000"]


def test_a_conversion_after_or_around_and_portfolio_words_are_no_names():
    (dkk,) = found("Sweden's package has a total value of SEK 783 million (or around $115.8 million) for Ukraine.", "pledge", NORTH)
    assert dkk.fields.get("amount_usd") == "115800000"
    claims = found("\"Russia is targeting civilian infrastructure this winter,\" said Minister for International Development "
                   "Cooperation and Foreign Trade Johan Forssell.", "claim", NORTH)
    assert [c.fields["speaker"] for c in claims] == ["johan-forssell"]


# --- found by the fourth fresh list (the Hague summit, Germany, France) --------------------------

SUMMIT = seeds_with(("nato", "organization", "NATO", "the alliance"), ("ukraine", "country", "Ukraine"),
                    ("spain", "country", "Spain"), ("france", "country", "France"), ("germany", "country", "Germany"),
                    ("united-states", "country", "United States", "US"), ("mark-rutte", "person", "Mark Rutte", "Rutte"),
                    ("donald-trump", "person", "Donald Trump", "Trump"),
                    roles=("secretary-general", "president", "prime-minister", "chancellor"))


def test_summit_targets_over_the_next_years_until_a_year_and_the_alliance_as_who_spends():
    text = ("Nato summit\nNATO leaders met in The Hague. NATO agreed. NATO said so.\n"
            "The summit agreed to raise defence and associated spending to a total of 5% over the next 10 years.\n"
            "Nato countries will have until 2035 to reach the 3.5% target, with a review in 2029.\n"
            "The 5 percent is divided into 3.5 percent in traditional military spending and 1.5 percent in infrastructure.")
    targets = {(c.fields["actor"], c.fields["percent_gdp"], c.fields.get("year")) for c in article(text, "target", "2025-06-25",
                                                                                                   seeds=SUMMIT)}
    assert {("nato", "5", "2035"), ("nato", "3.5", "2035"), ("nato", "1.5", None)} <= targets
    assert all(year != "2029" for _, _, year in targets)  # the review year is no deadline


def test_a_target_objected_to_and_a_previous_baseline_are_not_targets():
    assert found("Spain's prime minister, who had objected to the 5% target, will raise spending to 2.1% of GDP.", "target",
                 SUMMIT)[0].fields["percent_gdp"] == "2.1"
    assert [c.fields["percent_gdp"] for c in found("Spain's prime minister, who had objected to the 5% target, will raise "
                                                   "spending to 2.1% of GDP.", "target", SUMMIT)] == ["2.1"]
    assert [c.fields["percent_gdp"] for c in found("NATO agreed to invest 3.5% of GDP, almost double the previous baseline "
                                                   "of 2%.", "target", SUMMIT)] == ["3.5"]


def test_reported_speech_announced_or_confirmed_but_not_passive_nor_a_participle_nor_a_pledge():
    text = ("Nato\nNATO met. NATO agreed.\nRutte announced on Monday that alliance members are poised to increase spending.\n"
            "It was announced that the summit would be short and sharp.\n"
            "The money Rutte announced Friday comes out of that July commitment for the alliance.\n"
            "Trump confirmed that the United States would provide $500 million in aid to Ukraine.")
    claims = [(c.fields["speaker"], c.fields["text"].split()[0]) for c in article(text, "claim", seeds=SUMMIT)]
    assert claims == [("mark-rutte", "alliance")]


def test_described_as_a_quote_and_according_to_a_title_then_a_name():
    text = ("France helps\nFrance acts. France said so.\n"
            "The deal was, in what secretary-general Mark Rutte described as \u201ca quantum leap in our collective defence\u201d, "
            "a triumph.\nAccording to the President of France, Emmanuel Macron, Europe must be a power with its own defence.")
    claims = [(c.fields["speaker"], c.fields["kind"]) for c in article(text, "claim", seeds=SUMMIT)]
    assert ("mark-rutte", "paraphrase") in claims and ("emmanuel-macron", "paraphrase") in claims


def test_the_president_is_the_articles_and_a_surname_before_its_verb_speaks():
    text = ("France helps\nFrance acts. France said so. French President Emmanuel Macron spoke. "
            "Ukrainian President Volodymyr Zelenskyy listened.\n"
            "The president added that EU sanctions will be followed by French sanctions against Russia.\n"
            "Germany\u2019s Merz admits it\nTrump was, Merz argued, \u201cnot as clear and as committed as former presidents were.\u201d")
    speakers = [c.fields["speaker"] for c in article(text, "claim", seeds=SUMMIT)]
    assert speakers == ["emmanuel-macron", "merz"]


def test_a_quoted_fragment_inside_the_same_reported_speech_is_one_claim():
    claims = found("French President Emmanuel Macron stated that \"the first security guarantee\" is the strengthening of the "
                   "Ukrainian army.", "claim", SUMMIT)
    assert [c.fields["kind"] for c in claims] == ["paraphrase"]


def test_a_counterpart_of_a_title_named_without_a_name():
    roles = found("The French president welcomed his Ukrainian counterpart, Volodymyr Zelensky, to the palace.", "role", SUMMIT)
    assert [(c.fields["person"], c.fields["role"], c.fields["organization"]) for c in roles] == [
        ("volodymyr-zelensky", "president", "ukraine")]


# --- found by the fifth fresh list (UK and Canada targets, the Czech initiative) ----------------

WEST = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("canada", "country", "Canada"),
                  ("united-kingdom", "country", "United Kingdom", "UK"), ("czechia", "country", "Czechia"),
                  roles=("prime-minister", "secretary-general", "president"))


def test_a_country_reaching_natos_target_spends_and_this_years_level_is_no_goal():
    text = ("Canada\nCanada is on a clear path to reaching NATO’s defence spending target of 2 percent of GDP by 2032.\n"
            "It will spend 1.37 percent of GDP on defence this year and is under pressure to meet the target.\n"
            "Canada will aim to hit the NATO target of two percent of GDP by the year 2032.")
    targets = {(c.fields["actor"], c.fields["percent_gdp"], c.fields.get("year")) for c in article(text, "target", "2024-11-26",
                                                                                                   seeds=WEST)}
    # (and the alliance's target the country will hit, due no year of the alliance's: the fifty-fifth list's convention)
    assert targets == {("canada", "2", "2032"), ("nato", "2", None)}


def test_aid_shares_under_one_percent_a_review_year_and_by_that_year():
    text = ("UK\nPrime Minister Keir Starmer spoke. The UK will act. The UK said so.\n"
            "Starmer said the aid budget would be lowered from 0.5% of GDP to 0.3% in 2027 to fund defence spending.\n"
            "Allies agreed a 5% of GDP target, agreeing to review this pledge in 2029.\n"
            "We estimate that the UK will reach 4.1% of GDP on defence in 2027.\n"
            "Starmer has previously said the UK will spend 2.5% of GDP on defence by that year.")
    targets = {(c.fields["percent_gdp"], c.fields.get("year")) for c in article(text, "target", "2025-06-25", seeds=WEST)}
    assert ("0.5", None) not in targets and not any(p == "0.3" for p, _ in targets)
    assert ("5", "2029") not in targets
    assert ("2.5", "2027") in targets


def test_the_speakers_country_spends_when_the_only_country_named_comes_after_the_figure():
    text = ("UK\nPrime Minister Keir Starmer spoke. The UK will act. The UK said so.\n"
            "Prime Minister Keir Starmer set out plans to extend defence spending to 2.5% of GDP by 2027, as talks on "
            "Ukraine gather pace.\n"
            "Urging European allies to step up, Sir Keir stated the UK would set out an ambition to raise defence spending "
            "to three% of GDP.")
    targets = {(c.fields["actor"], c.fields["percent_gdp"]) for c in article(text, "target", seeds=WEST)}
    assert targets == {("united-kingdom", "2.5"), ("united-kingdom", "3")}
    speakers = {c.fields["speaker"] for c in article(text, "claim", seeds=WEST)}
    assert speakers == {"keir-starmer"}  # "Sir Keir", never a person "Urging European"


def test_a_statement_then_its_speaker_with_no_quotation_marks():
    text = ("Czechia\nCzech Prime Minister Petr Fiala spoke.\n"
            "The Czech Republic will allocate tens of millions of euros for the ammunition initiative, Czech Prime Minister "
            "Petr Fiala said.\n"
            "The Czech Republic will give EUR 20 million to Ukraine for ammunition, Fiala said.")
    claims = [(c.fields["speaker"], c.fields["text"][:28]) for c in article(text, "claim", seeds=WEST)]
    assert claims == [("petr-fiala", "The Czech Republic will allo")]  # the second only announces a pledge


def test_a_quote_introduced_by_quote_colon_is_the_last_persons():
    text = ("Czechia\nCzech Prime Minister Petr Fiala has said that his government approved the contribution.\n"
            "Quote: \"It is extremely important for Ukraine that more ammunition will arrive.\"")
    assert [(c.fields["speaker"], c.fields["kind"]) for c in article(text, "claim", seeds=WEST)] == [
        ("petr-fiala", "paraphrase"), ("petr-fiala", "quote")]


def test_a_headline_target_restated_in_the_body_with_its_year_is_one_target():
    text = ("Trudeau Says Canada on Clear Path to Reach NATO’s 2 Percent Target\n"
            "Canada will reach its defence spending target of 2 percent of GDP by 2032.")
    targets = [(c.fields["actor"], c.fields["percent_gdp"], c.fields.get("year")) for c in article(text, "target", seeds=WEST)]
    assert targets == [("canada", "2", "2032")]


# --- found by the sixth fresh list (Lithuania's aid, Japan's and Latvia's targets) ----------------

BALTIC = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("lithuania", "country", "Lithuania"),
                    ("latvia", "country", "Latvia"), ("poland", "country", "Poland"), ("japan", "country", "Japan"),
                    roles=("defence-minister", "president", "prime-minister"))


def test_single_quotation_marks_around_a_quote():
    text = ("Lithuania\nLithuania's Defense Minister Arvydas Anusauskas spoke.\n"
            "'Additional Lithuanian military aid will soon arrive in Ukraine,' Anusauskas said.\n"
            "Lithuania's partners' plans were not discussed, the ministry's spokesman said.")
    claims = [(c.fields["speaker"], c.fields["kind"]) for c in article(text, "claim", seeds=BALTIC)]
    assert claims == [("arvydas-anusauskas", "quote")]  # possessive apostrophes open no quotation


def test_a_difference_is_no_pledge_and_a_longstanding_level_is_no_goal():
    assert [c.fields["amount"] for c in found("Lithuania has allocated EUR 84 million to Ukraine, EUR 20 million more than "
                                              "planned.", "pledge", BALTIC)] == ["84000000"]
    targets = found("Japan will raise defence spending to 2% of GDP by 2027, up from a longstanding level of around 1%.",
                    "target", BALTIC)
    assert [(c.fields["percent_gdp"], c.fields.get("year")) for c in targets] == [("2", "2027")]


def test_in_the_coming_years_gives_a_later_goal_no_year():
    text = ("Latvia\nLatvia will act. Latvia said so.\n"
            "She noted that, considering NATO’s goals, Latvia will need defence spending of at least 4% of GDP starting next "
            "year, and in the coming years, aim for 5%.")
    targets = {(c.fields["percent_gdp"], c.fields.get("year")) for c in article(text, "target", "2025-02-18", seeds=BALTIC)}
    assert targets == {("4", "2026"), ("5", None)}


def test_according_to_a_minister_then_the_agency_that_reported_it_is_no_claim():
    text = ("Lithuania\nThat's according to Lithuania's Defense Minister Arvydas Anusauskas, Ukrinform reports, citing the "
            "Ukrainian service of Polskie Radio.")
    assert article(text, "claim", seeds=BALTIC) == []


def test_a_counterpart_of_the_person_just_named():
    text = ("Latvia\nLatvia plans to spend more, its president, Edgars Rinkevics, said. Latvian President Edgars Rinkevics "
            "spoke in Warsaw.\nSpeaking after talks with his Polish counterpart, Andrzej Duda, Rinkevics said more.")
    roles = {(c.fields["person"], c.fields["role"], c.fields["organization"]) for c in article(text, "role", seeds=BALTIC)}
    assert ("andrzej-duda", "president", "poland") in roles


# --- found by the seventh fresh list (US drawdown packages, Spain) --------------------------------

US = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("united-states", "country", "United States",
                "U.S.", "US"), ("lloyd-austin", "person", "Lloyd Austin", "Austin"),
                roles=("secretary-of-defense", "secretary-of-state", "defence-minister"))


def test_a_short_quote_names_the_speaker_of_the_quote_that_follows_it():
    text = ("US\nSecretary of Defense Lloyd Austin spoke.\n"
            "\"Make no mistake,\" Austin said. \"Ukraine is not alone and the United States will never waver.\"")
    assert [(c.fields["speaker"], c.rule) for c in article(text, "claim", seeds=US)] == [
        ("lloyd-austin", "claim:quote-continued")]


def test_quoted_by_a_press_service_and_a_place_someone_stands_is_no_affiliation():
    text = ("US\nUS Secretary of State Antony Blinken announced a package.\n"
            "\"Today I am authorizing our twenty-eighth drawdown of arms for Ukraine,\" Blinken is quoted by the press service.\n"
            "Austin met Defense Minister Rustem Umerov of Ukraine, at the U.S. military headquarters.")
    assert [c.fields["speaker"] for c in article(text, "claim", seeds=US)] == ["antony-blinken"]
    assert all(c.fields["role"] != "affiliate" for c in article(text, "role", seeds=US))


def test_a_pledge_announced_according_to_someone_is_that_pledges_evidence():
    text = ("US\nSecretary of Defense Lloyd Austin spoke.\n"
            "July 3 (UPI) -- The United States will soon announce a new $2.3 billion security assistance package for Ukraine, "
            "according to Secretary of Defense Lloyd Austin.")
    assert article(text, "claim", seeds=US) == []
    assert [c.fields["amount"] for c in article(text, "pledge", seeds=US)] == ["2300000000"]


# --- eighth fresh list --------------------------------------------------------------------------

def test_an_amount_written_in_words_before_a_scale_word():
    # "an extraordinary contribution of one million euros" was read as no amount at all
    (pledge,) = found("Belgium will make an extraordinary contribution of one million euros to Ukraine.", "pledge", NORDIC)
    assert (pledge.fields["amount"], pledge.fields["currency"]) == ("1000000", "EUR")
    assert [(str(m.value), m.currency) for m in find_money("a billion dollars and Twenty million euros")] == [
        ("1000000000", "USD"), ("20000000", "EUR")]
    # a word alone is no amount ("one of the euros", "two hundred"): only before a scale word
    assert find_money("one of the euros, two hundred euros, someone million euros") == []


def test_a_quotation_attributed_with_any_verb_of_reported_speech():
    # "“…”, he underlined." was not attributed: the verbs that attribute a quotation were a shorter list
    # than those of reported speech ("X underlined that …")
    text = ("Aid for Ukraine\nLars Hansen told journalists that Denmark keeps its support for Ukraine steady.\n"
            "\u201cWith regard to military support, it is constant. We keep reviewing it\u201d, he underlined.\n"
            "\u201cWe will not leave Ukraine alone in this war\u201d, Hansen maintained.")
    claims = [c for c in article(text, "claim") if c.fields["kind"] == "quote"]
    assert [(c.fields["speaker"], c.fields["text"][:28]) for c in claims] == [
        ("lars-hansen", "With regard to military supp"), ("lars-hansen", "We will not leave Ukraine al")]


def test_a_country_thanked_for_raising_its_budget_is_the_one_spending_and_a_start_year_is_no_old_figure():
    # "Stoltenberg thanked Romania … for the increase in the budget … starting from 2023, to 2.5% of the GDP": the
    # target went to NATO (named nearer the figure), proposed by Stoltenberg, and "from 2023" read as an old figure
    text = ("NATO chief thanks Denmark\nSecretary General Jens Stoltenberg thanked Denmark for hosting the meeting of the "
            "Alliance and for the increase in the budget allotted to defence, starting from 2026, to 2.5% of GDP.")
    (target,) = article(text, "target", date="2025-11-28")
    assert (target.fields["actor"], target.fields["percent_gdp"], target.fields.get("year")) == ("denmark", "2.5", "2026")
    assert "proposed_by" not in target.fields


# --- the twenty-ninth fresh list (benchmarks/corpus/fresh29.yaml): sentences written for each class -----

def _targets(text: str, date: str = "2025-06-25") -> list[tuple]:
    return sorted((f["actor"], f["percent_gdp"], f.get("year")) for f in (c.fields for c in article(text, "target", date)))


def test_a_share_written_with_a_decimal_comma_is_that_share():
    assert _targets("Title\nThe allies committed to spending 3,5% of their GDP on defence and 1,5% on security by 2035.") \
        == [("nato", "1.5", "2035"), ("nato", "3.5", "2035")]
    assert _targets("Title\nNorway raised its defence spending to 2.006% of GDP by 2026.") == [("norway", "2.006", "2026")]


def test_a_goal_doubted_or_refused_is_not_the_doubters():
    assert _targets("Title\nBelgium is uncertain about its ability to reach 5% of GDP for defence.") == []
    assert _targets("Title\nDenmark said it cannot commit to the 3.5% target for defence spending.") == []
    assert _targets("Title\nNorway will reach 3.5% of GDP on defence by 2030.") == [("norway", "3.5", "2030")]


def test_spending_taken_to_a_share_this_year_is_a_goal_due_this_year():
    assert _targets("Title\nThe increase should take Belgium's defence spending to 2% of its GDP this year.",
                    "2025-03-14") == [("belgium", "2", "2025")]
    assert _targets("Title\nBelgium will spend 1.3% of GDP on defence this year.", "2025-03-14") == []


def test_a_target_agreed_in_an_earlier_year_is_the_alliances_not_the_country_reaching_for_it():
    assert _targets("Title\nBelgium is one of the worst pupils in NATO when it comes to reaching the required 2% target "
                    "which was agreed back in 2014.") == [("nato", "2", None)]


# --- the thirty-first fresh list (benchmarks/corpus/fresh31.yaml) --------------------------------------

DANISH = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("denmark", "country", "Denmark"),
                    ("latvia", "country", "Latvia"), ("lithuania", "country", "Lithuania"),
                    ("united-states", "country", "United States", "US"),
                    roles=("prime-minister", "defence-minister", "foreign-minister", "president", "secretary-general"))


def test_a_share_in_pct_is_a_share():
    assert _targets("Title\nWith the increased funding Denmark will allocate more than 3 pct. of GDP on defence by 2026.") \
        == [("denmark", "3", "2026")]


def test_money_for_a_countrys_own_navy_or_the_build_up_of_its_defence_is_no_pledge_nor_the_same_money_again():
    pledges = [c.fields for c in article(
        "Government proposes 50 billion DKK package to accelerate the build-up of the Danish Defence\n"
        "An additional 50 billion DKK allocated over the coming two years will help speed up investments. Part of the fund "
        "will support a brigade, and DKK 4.6 billion will be invested in the navy.", "pledge", "2025-02-19", DANISH)]
    assert pledges == []
    assert [c.fields["amount"] for c in article("Title\nDenmark will send a DKK 1.7 billion package to strengthen "
                                                "Ukraine's defence.", "pledge", "2025-02-19", DANISH)] == ["1700000000"]


def test_spending_raised_to_more_than_a_share_this_year_is_due_this_year():
    assert _targets("Title\nThe fund will raise Denmark's defence spending to more than 3% of GDP this year and next.",
                    "2025-02-19") == [("denmark", "3", "2025")]


def test_a_later_other_figure_does_not_take_the_relative_year_an_earlier_one_took_but_the_same_figure_does():
    assert _targets("Title\nLatvia's government agreed that its defence spending should be increased to 4% of GDP next "
                    "year and continue to move toward 5%.", "2025-02-19") == [("latvia", "4", "2026"), ("latvia", "5", None)]


def test_the_one_country_of_the_headline_named_most_is_the_articles_country():
    roles = [(c.fields["person"], c.fields["organization"]) for c in article(
        "The Danish government has announced plans to raise spending.\n\nPrime Minister Mette Frederiksen said the level "
        "would be the highest in half a century, Danish broadcaster DR reported. The Danish intelligence service warned. "
        "A 5% goal was called for by US President Donald Trump, if the United States does not get involved. Lithuania "
        "agreed.", "role", "2025-02-19", DANISH)]
    assert ("mette-frederiksen", "denmark") in roles


def test_a_paragraph_closed_by_a_dash_and_said_x_is_one_statement_of_x():
    claims = [(c.fields["speaker"], c.fields["text"]) for c in article(
        "Title\n\nPrime Minister Mette Frederiksen of Denmark spoke.\n\nWe are in the most dangerous situation in many "
        "years. Therefore we are now embarking on further rearmament - said Prime Minister Mette Frederiksen.",
        "claim", "2025-02-19", DANISH)]
    assert claims == [("mette-frederiksen", "We are in the most dangerous situation in many years. Therefore we are now "
                                            "embarking on further rearmament")]


# --- the thirty-second fresh list (benchmarks/corpus/fresh32.yaml) -------------------------------------

SPAIN = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("spain", "country", "Spain"),
                   roles=("prime-minister", "secretary-general", "president"))


def test_a_share_a_country_rejects_avoids_or_is_not_required_to_reach_is_not_its_target():
    for sentence in ("Spain will reject the request to increase defence spending to five per cent of GDP.",
                     "Sánchez reached an agreement to avoid requiring Spain to reach the 5 percent of GDP target.",
                     "He insisted that his country will not be required to increase defense spending to 5% of GDP."):
        assert [c.fields for c in article("Title\n" + sentence, "target", "2025-06-20", SPAIN)] == [], sentence


def test_the_subject_a_pronoun_stands_for_reaching_a_target_by_the_end_of_the_year_has_it():
    found = [(c.fields["actor"], c.fields["percent_gdp"], c.fields.get("year")) for c in article(
        "Title\nSpain, long the tail end of the Alliance (the latest available data for 2024 indicates spending of 1.3 "
        "per cent of GDP on defence), announced that it intends to reach the two per cent target by the end of the year.",
        "target", "2025-06-19", SPAIN)]
    assert found == [("spain", "2", "2025")]


def test_a_percentage_to_reach_by_a_year_is_a_target_and_its_parts_are_the_same_actors():
    found = [(c.fields["actor"], c.fields["percent_gdp"], c.fields.get("year")) for c in article(
        "Title\nThe NATO Secretary General has presented a plan to reach that 5 percent percentage by 2032. The only "
        "concession would be distributed as follows: 3.5 percent for pure military spending and 1.5 percent for "
        "security-related infrastructure.", "target", "2025-06-20", SPAIN)]
    # (the parts add up to the goal just read: due when it is)
    assert found == [("nato", "5", "2032"), ("nato", "3.5", "2032"), ("nato", "1.5", "2032")]


# --- the thirty-third fresh list (benchmarks/corpus/fresh33.yaml) --------------------------------------

ITALIAN = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("italy", "country", "Italy"),
                     ("germany", "country", "Germany"), ("russia", "country", "Russia"),
                     ("united-states", "country", "United States", "U.S."),
                     roles=("prime-minister", "president", "finance-minister", "defence-minister"))


def test_a_country_set_to_reach_a_target_of_a_share_this_year_has_it_but_a_level_on_track_is_none():
    found = [(c.fields["actor"], c.fields["percent_gdp"], c.fields.get("year")) for c in article(
        "Title\nItaly is set to reach NATO’s defense spending target of 2 percent of its GDP this year, the minister said.",
        "target", "2025-04-17", ITALIAN)]
    assert found == [("italy", "2", "2025"), ("nato", "2", None)]  # (NATO's target named, too: see the fifty-fifth list)
    assert article("Title\nAccording to NATO's figures, Italy is on track to reach 1.37 per cent of GDP this year.",
                   "target", "2025-04-17", ITALIAN) == []


def test_italys_economy_minister_is_its_finance_minister_germanys_is_not():
    roles = {(c.fields["person"], c.fields["role"]) for c in article(
        "Title\nItalian Economy Minister Giancarlo Giorgetti spoke. German Economy Minister Robert Habeck spoke too.",
        "role", "2025-04-17", ITALIAN)}
    assert ("giancarlo-giorgetti", "finance-minister") in roles and ("robert-habeck", "finance-minister") not in roles


def test_a_weekday_is_no_name_and_assured_that_is_reported_speech_but_assured_someone_that_is_not():
    text = ("Italy stands firm\n\nOn Monday, President Sergio Mattarella assured that Ukraine can rely on Italy’s "
            "unwavering support.\n\nMacron assured Zelenskyy in their call on Saturday that aid would continue to flow.")
    roles = [c.fields["person"] for c in article(text, "role", "2024-12-17", ITALIAN)]
    claims = [(c.fields["speaker"], c.fields["text"][:25]) for c in article(text, "claim", "2024-12-17", ITALIAN)]
    assert "on-monday" not in roles and roles == ["sergio-mattarella"]
    assert claims == [("sergio-mattarella", "Ukraine can rely on Italy")]


def test_a_country_qualifying_another_office_after_the_name_does_not_take_the_office_from_the_articles_country():
    roles = [(c.fields["person"], c.fields["organization"]) for c in article(
        "Italy to reach target\n\nItaly will spend more. The announcement comes before Prime Minister Giorgia Meloni meets "
        "U.S. President Donald Trump, as Russian leader Vladimir Putin threatens Europe. Italy agreed.",
        "role", "2025-04-17", ITALIAN)]
    assert ("giorgia-meloni", "italy") in roles


# --- the thirty-fourth fresh list (benchmarks/corpus/fresh34.yaml) -------------------------------------

SWEDISH = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("sweden", "country", "Sweden"),
                     roles=("prime-minister", "president"))


def _found(text: str, kind: str = "target", date: str = "2025-03-26", seeds=SWEDISH) -> list:
    found = article(text, kind, date, seeds)
    if kind == "target":
        return [(c.fields["actor"], c.fields["percent_gdp"], c.fields.get("year")) for c in found]
    return [c.fields for c in found]


def test_the_goal_of_an_article_about_a_country_is_its_own_and_a_level_risen_from_or_projected_is_none():
    assert _found("Sweden to spend more\n\nSweden will borrow. NATO welcomed it. Sweden agreed. The goal is to reach 3.5% "
                  "of GDP by 2030, up from the current 2.4%.") == [("sweden", "3.5", "2030")]
    assert _found("Sweden to spend more\n\nSweden is preparing to ramp up its defence spending, targeting 3.5% of GDP by "
                  "2030, a sharp increase from the previously projected 2.4% for this year and 2.6% by 2028.") \
        == [("sweden", "3.5", "2030")]
    assert ("nato", "2", None) in _found("Title\nTrump said NATO countries should spend at least 5% of GDP on defense, up "
                                         "from the current 2% target.")


def test_a_share_recommended_by_the_alliance_is_the_alliances():
    assert ("nato", "2", None) in _found("Title\nSweden has already allocated funds for defence spending to reach 2.6% of "
                                         "GDP by 2026, well above the 2% recommended by NATO.")


def test_an_announcement_of_ones_own_budget_is_no_claim_and_ones_own_money_no_pledge():
    assert _found("Title\nThe Swedish government announced on Wednesday that it will increase its defence spending by "
                  "300 billion kronor over the next decade.", "claim") == []
    assert _found("Sweden plans to increase its defence spending\n\nSweden plans more, Prime Minister Ulf Kristersson "
                  "announced. “Today we presented an ambitious plan to raise Sweden’s defence spending to around 3.5 per cent "
                  "of GDP by 2030. The plan includes loan-backed investments worth approximately SEK 300 billion (more than "
                  "27.7 billion euros – ed.),” the prime minister added.", "pledge") == []  # (Sweden's money given to Sweden)


# --- the thirty-fifth fresh list (benchmarks/corpus/fresh35.yaml) --------------------------------------

FINNISH = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("finland", "country", "Finland"),
                     ("russia", "country", "Russia"), roles=("prime-minister", "president", "defence-minister"))


def _finnish(text: str, kind: str = "target") -> list:
    return _found(text, kind, "2025-04-01", FINNISH)


def test_a_level_risen_from_to_a_goal_is_no_goal_even_with_its_year_between():
    assert _finnish("Finland to spend more\n\nFinland will spend more. Finland will raise military spending from 2.41% of "
                    "GDP in 2024 to 3% by 2029.") == [("finland", "3", "2029")]
    # a range still read at its lower bound, and a goal risen from is still a goal
    assert ("finland", "2", None) in _finnish("Finland to spend more\n\nFinland will spend more. Finland will raise "
                                              "spending from the 2% target of 2014 to 3% by 2029.")


def test_money_for_ones_own_national_defence_is_no_pledge():
    assert _finnish("Finland to spend more\n\nFinland will spend more, Prime Minister Petteri Orpo said. He confirmed that "
                    "an additional 3 billion euros would be allocated to national defence efforts.", "pledge") == []
    # money allocated to defence aid for the recipient still is one
    assert [(p["donor"], p["recipient"]) for p in _finnish(
        "Finland helps Ukraine\n\nFinland confirmed that 300 million euros would be allocated to defence aid for Ukraine.",
        "pledge")] == [("finland", "ukraine")]


def test_a_percentage_named_as_a_commitment_or_benchmark_is_read_as_a_goal():
    assert ("nato", "2", None) in _finnish("Finland to spend more\n\nFinland, which joined NATO two years ago, already "
                                           "exceeds today the 2 percent commitment in defense.")


def test_an_editors_label_opening_a_paragraph_is_not_part_of_its_sentence():
    claims = _finnish("Orpo on defence\n\nFinland's Prime Minister Petteri Orpo has announced plans.\n\nMore details: The "
                      "prime minister explained that the only sustainable way to fund this increase is through growth.",
                      "claim")
    assert [(c["speaker"], c["text"][:33]) for c in claims] == [("petteri-orpo", "the only sustainable way to fund ")]


def test_a_quotation_summarized_by_its_speaker_is_a_claim():
    claims = _finnish("Orpo on defence\n\nPrime Minister Petteri Orpo spoke on Tuesday.\n\n“The most important objectives "
                      "remain to safeguard independence,” Orpo summarized.", "claim")
    assert [(c["speaker"], c["kind"]) for c in claims] == [("petteri-orpo", "quote")]


def test_a_state_spoken_of_in_the_sentence_does_not_hide_the_office_of_the_articles_country():
    roles = _finnish("Finland to spend more\n\nFinland will spend more. Finland agreed.\n\nTo increase spending, the "
                     "government plans to face the dangers of a more aggressive Russia, said Prime Minister Petteri Orpo.",
                     "role")
    assert [(r["person"], r["organization"]) for r in roles] == [("petteri-orpo", "finland")]


# --- the thirty-sixth fresh list (benchmarks/corpus/fresh36.yaml) --------------------------------------

SLOVAK = seeds_with(("ukraine", "country", "Ukraine"), ("slovakia", "country", "Slovakia"), ("russia", "country", "Russia"),
                    roles=("prime-minister", "president"))


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(c["speaker"], c["text"][:30]) for c in _found(text, "claim", "2023-10-26", SLOVAK)]


def test_a_position_repeated_is_reported_speech():
    assert _speakers("Fico on the war\n\nSlovak Prime Minister Robert Fico spoke on Thursday. He repeated his position that "
                     "the war in Ukraine was caused by others, not by Russia.") == [("robert-fico", "the war in Ukraine was caused ")]


def test_a_country_after_a_preposition_is_no_first_name():
    # "Prime Minister of Slovakia Fico" is Fico, not a person "Slovakia Fico" whom "Robert Fico" would then be taken for
    assert _speakers("New Prime Minister of Slovakia Fico: no arms for Ukraine\n\nSlovak Prime Minister Robert Fico said "
                     "that the country will not provide military assistance to Ukraine.") \
        == [("robert-fico", "the country will not provide m")]
    # a headline run into its dateline is no name either: "… Aid to Ukraine" then "BRATISLAVA (Sputnik) - …"
    assert _speakers("Slovak Government Blocks Military Aid to Ukraine\nBRATISLAVA (Sputnik) - The cabinet blocked it, "
                     "Prime Minister Robert Fico said.\nFico does not believe Ukraine has any chance to win and stresses "
                     "that arm supplies to Kiev simply prolong the conflict.")[-1] == ("robert-fico", "arm supplies to Kiev simply pr")


# --- the thirty-seventh fresh list (benchmarks/corpus/fresh37.yaml) ------------------------------------

BRITISH = seeds_with(("ukraine", "country", "Ukraine"), ("united-kingdom", "country", "United Kingdom"),
                     ("ireland", "country", "Ireland"), ("france", "country", "France"),
                     roles=("prime-minister", "deputy-prime-minister", "president", "defence-minister"))


def _british(text: str, kind: str = "pledge") -> list:
    return [c.fields for c in article(text, kind, "2025-03-02", BRITISH)]


def test_a_contract_for_the_recipient_is_a_pledge_and_the_parts_it_includes_are_shares():
    pledges = _british("UK deal\n\nA major £1.6 billion contract has been awarded to Thales Belfast to manufacture 5,000 air "
                       "defence missiles for Ukraine, British Prime Minister Keir Starmer announced. The contract includes an "
                       "initial £1.16 billion commitment, with potential for an additional £500 million of work.")
    assert [(p["donor"], p["amount"], p["currency"], p["figure"]) for p in pledges] == [
        ("united-kingdom", "1600000000", "GBP", "package"), ("united-kingdom", "1160000000", "GBP", "share"),
        ("united-kingdom", "500000000", "GBP", "share")]


def test_the_donors_own_currency_in_brackets_is_the_figure_and_the_other_its_conversion():
    (p,) = _british("UK deal\n\nThe factory will make missiles for Ukraine as part of a deal worth up to €1.9 billion "
                    "(£1.6 billion), British Prime Minister Keir Starmer has said.")
    assert (p["donor"], p["amount"], p["currency"]) == ("united-kingdom", "1600000000", "GBP")


def test_northern_ireland_is_the_uk_and_a_company_owned_abroad_is_not_the_articles_country():
    (p,) = _british("Northern Ireland firm to make air defence missiles for Ukraine in UK’s £1.6bn deal, creating 200 jobs\n\n"
                    "They will be made in Belfast.")
    assert p["donor"] == "united-kingdom"
    # "French-owned" twice does not make France the giver of a contract no sentence gives a donor
    assert _british("Missiles for Ukraine\n\nThales is a French-owned company. The Thales factory is French-owned. A £162m "
                    "contract announced in September saw 650 missiles supplied to Ukraine.") == []


def test_an_irish_title_names_its_country_a_proposal_is_no_pledge_and_he_continued_attributes():
    text = ("Belfast deal\n\nThe UK signed a deal. Meanwhile, Tánaiste Simon Harris said he will be bringing a proposal for a "
            "package of €100 million in financial assistance for Ukraine to Cabinet this week.\n\nMr Harris said Ireland "
            "will continue to stand with Ukraine.\n\nHe continued: “We have to learn from the mistakes of the past.”")
    assert [(r["person"], r["role"], r["organization"]) for r in _british(text, "role")] == [
        ("simon-harris", "deputy-prime-minister", "ireland")]
    assert _british(text) == []
    assert [c["speaker"] for c in _british(text, "claim")] == ["simon-harris"] * 3


# --- the thirty-eighth fresh list (benchmarks/corpus/fresh38.yaml) -------------------------------------

CROATIAN = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("croatia", "country", "Croatia"),
                      ("united-states", "country", "United States"), roles=("prime-minister", "president", "defence-minister"))


def _croatian(text: str, kind: str = "target") -> list:
    return _found(text, kind, "2025-06-12", CROATIAN)


def test_a_full_stop_with_no_space_after_it_still_ends_the_sentence_and_its_deadline():
    found = _croatian("Croatia wants 3%\n\nNATO's goal is to increase defense spending to 3.5 percent of GDP, he reminded."
                      "Croatia has a plan to reach 3 percent of spending by 2030, he announced.")
    assert ("nato", "3.5", None) in found and ("croatia", "3", "2030") in found and ("nato", "3.5", "2030") not in found


def test_a_share_above_ten_percent_is_no_share_of_gdp_and_not_n_percent_is_a_level():
    assert _croatian("Croatia spends more\n\nCroatia spends more. NATO expects Croatia to reach the minimum target of 20 "
                     "percent by 2024.") == []
    # a country named in a currency is no one who spends; "that is still not two percent" is a level
    assert _croatian("Croatia spends more\n\nCroatia's current defense spending is 1.3 billion U.S. dollars, “that is still "
                     "not two percent, but it is more than ever,” he added.") == []


def test_reported_speech_its_attribution_interrupts_is_one_claim():
    claims = _croatian("Plenković in Prague\n\nCroatian Prime Minister Andrej Plenković spoke in Prague. The additional 1.5 percent, he "
                       "said, are investments in civil protection and infrastructure. NATO's goal is higher spending on "
                       "defence, he reminded.", "claim")
    assert [(c["speaker"], c["text"]) for c in claims] == [
        ("andrej-plenkovic", "The additional 1.5 percent are investments in civil protection and infrastructure"),
        ("andrej-plenkovic", "NATO's goal is higher spending on defence")]


# --- the thirty-ninth fresh list (benchmarks/corpus/fresh39.yaml) --------------------------------------

JAPANESE = seeds_with(("ukraine", "country", "Ukraine"), ("japan", "country", "Japan"), roles=("prime-minister", "president"))


def _japanese(text: str, kind: str = "pledge") -> list:
    return _found(text, kind, "2023-02-20", JAPANESE)


def test_a_headline_figure_that_is_the_bodys_singapore_dollar_conversion_is_no_pledge():
    pledges = _japanese("Japan PM Kishida pledges $7.3b in additional Ukraine aid\n\nTOKYO – Japan will offer Ukraine fresh "
                        "financial support worth US$5.5 billion (S$7.3 billion), Prime Minister Fumio Kishida said on Monday.")
    assert [(p["amount"], p["currency"]) for p in pledges] == [("5500000000", "USD")]


def test_a_figure_a_scraper_cut_off_is_no_pledge_and_an_outlet_quoting_is_not_the_speaker():
    assert [p["amount"] for p in _japanese("Japan helps Ukraine\n\nJapan will offer Ukraine $5.5 billion in new financial "
                                            "aid. “We have decided to provide additional financial support of $5.5 billi")] \
        == ["5500000000"]
    claims = _japanese("Japan helps Ukraine\n\nPrime Minister Fumio Kishida of Japan spoke on Monday.\n\n\"We have decided to "
                       "provide additional financial support of $5.5 billion,\" The Japan Times quoted Kishida as saying.",
                       "claim")
    assert [c["speaker"] for c in claims] == ["fumio-kishida"]


def test_a_country_in_a_currency_and_the_recipient_given_to_leave_the_office_to_the_giver():
    roles = _japanese("Japan aid\n\nJapan will offer Ukraine fresh financial support worth US$5.5 billion, Prime Minister "
                      "Fumio Kishida said on Monday.", "role")
    assert [(r["person"], r["organization"]) for r in roles] == [("fumio-kishida", "japan")]


# --- the fortieth fresh list (benchmarks/corpus/fresh40.yaml) ------------------------------------------

SLOVENIAN = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("slovenia", "country", "Slovenia"),
                       ("belgium", "country", "Belgium"), ("united-kingdom", "country", "United Kingdom", "Wales"),
                       ("european-union", "organization", "European Union", "EU"), roles=("prime-minister", "president"))


def _slovenian(text: str, kind: str = "target", date: str = "2025-02-03") -> list:
    return _found(text, kind, date, SLOVENIAN)


def test_a_capital_opening_the_story_is_its_dateline_and_an_attribution_may_say_where():
    text = ("Golob holds to 2030\n\nBrussels – The Slovenian government is not considering changing its plan for defence "
            "spending, said Prime Minister Robert Golob upon arrival at the informal meeting of EU leaders in Brussels, which "
            "focuses on defense.")
    assert [(r["person"], r["organization"]) for r in _slovenian(text, "role")] == [("robert-golob", "slovenia")]
    assert [(c["speaker"], c["text"]) for c in _slovenian(text, "claim")] == [
        ("robert-golob", "The Slovenian government is not considering changing its plan for defence spending")]


def test_an_estimate_or_a_projection_is_no_target_and_a_commitment_to_nato_is_the_subjects():
    assert _slovenian("Slovenia spends\n\nAccording to the ministry, Slovenia's defense spending for 2025 is estimated at 1.53 "
                      "percent of GDP, and for 2026 at 1.6 percent of GDP. Defence Ministry projections show Slovenia's "
                      "defence spending is to reach 1.5% of GDP this year and 1.6% in 2026.") == []
    assert _slovenian("Slovenia spends\n\nSlovenia has long had a very clear programme for meeting its existing NATO "
                      "commitments, i.e. to reach 2 percent of GDP spending by 2030.") == [("slovenia", "2", "2030")]
    assert _slovenian("Slovenia spends\n\nSlovenia has had a clear program on how to meet its existing commitments to NATO, "
                      "namely to reach two percent of GDP by 2030.") == [("slovenia", "2", "2030")]


def test_a_summits_place_is_no_actor_a_passed_deadline_stays_and_a_group_compared_with_is_none():
    assert _slovenian("NATO spending\n\nNATO allies agreed at the Wales Summit in 2014 that defence spending would reach two "
                      "percent of GDP by 2024.") == [("nato", "2", "2024")]
    assert _slovenian("Slovenia spends\n\nSlovenia is near the tail end among NATO members in terms of defence spending and "
                      "has so far been aiming to reach the 2% of GDP target by 2030.") == [("slovenia", "2", "2030")]


def test_a_commitment_this_year_is_a_goal_and_until_a_year_when_gives_the_year():
    # (one run of a quotation left open: the figure's own "this year" before the sentence's "until 2030")
    assert _slovenian("Golob: the Declaration is good for Slovenia\n\nPrime Minister Robert Golob of Slovenia made a statement."
                      "\n\n\"The only commitment made for Slovenia is the Resolution adopted by the National Assembly. This is a "
                      "commitment to allocate 2% of GDP for defence expenditure this year. We will gradually increase this by 0.2% "
                      "annually until 2030, when we will reach 3% of GDP.", date="2025-06-25") == [
        ("slovenia", "2", "2025"), ("slovenia", "3", "2030")]


def test_a_figure_only_measured_against_the_alliance_is_the_plans_and_keeps_its_own_year():
    found = _slovenian("Slovenia pushes\n\nSlovenia is aiming to reach 2% of its GDP by the end of this year. The plan also "
                       "includes a longer-term goal of increasing defense spending to 3% of GDP by 2030, a figure that aligns "
                       "with NATO’s broader call for member states to meet the 2% benchmark.", date="2025-03-27")
    assert found == [("slovenia", "2", "2025"), ("slovenia", "3", "2030"), ("nato", "2", None)]


def test_a_goal_found_wanting_is_no_one_s():
    assert _slovenian("Kallas\n\nHowever, EU foreign policy spokeswoman Kaja Kallas stressed that the current target of two "
                      "percent of GDP for defence is not sufficient.") == []


def test_reported_speech_after_a_relative_who_adding_that_and_a_quotation_that_goes_on():
    claims = _slovenian("Golob reluctant\n\nThis includes Prime Minister Robert Golob of Slovenia, who stressed ahead of "
                        "Monday’s informal meeting of European Union leaders in Brussels that Slovenia is not considering an "
                        "increase in spending. “This is the only commitment we have,” the Prime Minister said on Monday, "
                        "adding that it was not so easy to speculate on the expenditure. He added that the government is "
                        "“happy with what is set out in the budgets” for now. “Maybe this will be a challenge for the coming "
                        "years, but at the moment, we are staying where we are.”", "claim")
    assert [c["speaker"] for c in claims] == ["robert-golob"] * 5
    assert [c["text"].split()[:3] for c in claims] == [["Slovenia", "is", "not"], ["This", "is", "the"], ["it", "was", "not"],
                                                       ["the", "government", "is"], ["Maybe", "this", "will"]]
    # a package announced is no speech: "announced the transfer of a new package … that includes …"
    assert _slovenian("Slovenia gives\n\nThe Slovenian Government has announced the transfer of a new military aid package to "
                      "Ukraine that includes money for the purchase of new military equipment.", "claim") == []
    # and reported speech continues only in its own paragraph: a quotation opening the next may be a document's text
    claims = _slovenian("NATO\n\nPrime Minister Robert Golob of Slovenia said that the goal would never have been reached without "
                        "pressure.\n\n“The Allies commit to invest 5% of GDP annually on core defence requirements as well as",
                        "claim")
    assert [c["text"].split()[:2] for c in claims] == [["the", "goal"]]


def test_a_headline_verb_ends_a_name_and_argues_reports_speech():
    roles = _slovenian("Slovenia’s PM Robert Golob Pushes for 2% Defense Spending Target\n\nSlovenia is preparing to spend "
                       "more.", "role")
    assert [r["person"] for r in roles] == ["robert-golob"]
    claims = _slovenian("Golob\n\nPrime Minister Robert Golob of Slovenia spoke. In boosting defence capabilities, Golob argues "
                        "the most efficient approach would be to use the resources to establish a European industrial base.",
                        "claim")
    assert [(c["speaker"], c["text"].split()[:4]) for c in claims] == [("robert-golob", ["the", "most", "efficient", "approach"])]


# --- the forty-first fresh list (benchmarks/corpus/fresh41.yaml) ---------------------------------------

PORTUGUESE = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("portugal", "country", "Portugal"),
                        ("spain", "country", "Spain"), ("mark-rutte", "person", "Mark Rutte", "Rutte"),
                        roles=("prime-minister", "president", "secretary-general"))


def _portuguese(text: str, kind: str = "target") -> list:
    return _found(text, kind, "2025-06-25", PORTUGUESE)


def test_a_goal_a_country_aimed_or_expected_to_reach_is_its_own_by_the_end_of_a_year():
    assert _portuguese("Portugal spends\n\nPreviously, Portugal aimed to meet NATO’s 2% defence spending target by 2029.") \
        == [("portugal", "2", "2029")]
    assert _portuguese("Portugal spends\n\nPortugal previously expected to reach the current NATO target of 2% of gross "
                       "domestic product by the end of 2029.") == [("portugal", "2", "2029")]


def test_a_level_the_government_estimates_and_the_previous_one_are_no_targets():
    assert _portuguese("Portugal spends\n\nPortugal is among the lowest spenders, with the government estimating that it "
                       "stood at 4.48 billion euros ($5.12 billion) in 2024, or 1.58% of GDP.") == []
    assert _portuguese("Portugal spends\n\nPrime Minister Luis Montenegro of Portugal said: I know that this target is even "
                       "more ambitious than the previous one [of 2%] and that intense negotiations were necessary.") == []


def test_over_a_period_of_years_dates_both_parts_and_an_agreement_today_is_no_level():
    assert _portuguese("The Hague summit\n\nThis is a summit where allies have committed to achieving, over a period of 10 "
                       "years, a direct investment in security and defence of 3.5% of GDP, plus an additional 1.5% indirectly.") \
        == [("nato", "3.5", "2035"), ("nato", "1.5", "2035")]
    assert _portuguese("The Hague summit\n\nNATO allies agreed today to spend, by 2035, 3.5% of Gross Domestic Product (GDP) "
                       "on traditional military spending.") == [("nato", "3.5", "2035")]


def test_the_new_target_of_n_percent_is_the_dated_one_and_stressing_that_attributes_a_quotation():
    assert _portuguese("The Hague summit\n\nThe allies agreed to raise the defence spending target to 5% of GDP by 2035.\n\n"
                       "Although the majority of allies agreed to the new defence spending target of 5% of GDP, Spain expressed "
                       "its disagreement.") == [("nato", "5", "2035")]
    claims = _portuguese("The Hague summit\n\nThe Alliance recognised the changing nature of threats, with European Commission "
                         "President Mark Rutte stressing that “the line between peace and war is blurring”.", "claim")
    assert [(c["speaker"], c["text"]) for c in claims] == [("mark-rutte", "the line between peace and war is blurring")]


# --- the forty-second fresh list (benchmarks/corpus/fresh42.yaml) --------------------------------------

DUTCH = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("netherlands", "country", "Netherlands"),
                   ("united-states", "country", "United States"), ("mark-rutte", "person", "Mark Rutte", "Rutte"),
                   roles=("prime-minister", "president", "secretary-general", "defence-minister"))


def _dutch(text: str, kind: str = "target") -> list:
    return _found(text, kind, "2025-06-13", DUTCH)


def test_attributions_after_a_statement_with_a_participle_a_briefing_or_no_subject_verb_that():
    claims = _dutch("Dutch back NATO\n\nThe Netherlands backs NATO’s spending goal of using five percent of gross domestic product "
                    "for defense, outgoing Prime Minister Dick Schoof said on Friday, satisfying a key US demand just before a "
                    "major summit.\n\nNATO’s proposed new target would require the Netherlands to increase its defence budget by "
                    "billions a year, defence minister Ruben Brekelmans told parliament in a briefing.\n\nIt is up to the cabinet "
                    "to decide and Brekelmans stressed no decision has yet been taken.", "claim")
    assert [(c["speaker"], c["text"].split()[:3]) for c in claims] == [
        ("dick-schoof", ["The", "Netherlands", "backs"]), ("ruben-brekelmans", ["NATO’s", "proposed", "new"]),
        ("ruben-brekelmans", ["no", "decision", "has"])]


def test_urging_members_pleading_for_and_the_former_pm_who_was_just_spoken_of():
    claims = _dutch("NATO summit\n\nNATO chief Mark Rutte is urging members to commit to 3.5 percent on direct military spending "
                    "by 2032.\n\nRutte has been pleading for the NATO requirements for defense spending to be raised for a while."
                    "\n\nPrime Minister Dick Schoof of the Netherlands spoke on Friday. Rutte said on Thursday that he was confident "
                    "of a deal.\n\n“You could still have the National Health Service, but you had better learn to speak Russian,” "
                    "said the former Dutch PM.", "claim")
    assert [c["speaker"] for c in claims] == ["mark-rutte"] * 4


def test_whose_target_a_cabinet_a_party_a_nation_and_a_supposed_consequence_name():
    assert _dutch("Dutch spending\n\nThe Netherlands decides. The caretaker coalition has agreed to increase defense spending "
                  "to 3.5% of GDP, with an additional 1.5% allocated to infrastructure.") == [
        ("netherlands", "3.5", None), ("netherlands", "1.5", None)]
    assert _dutch("Dutch spending\n\nThe Netherlands decides. The fourth coalition party, the right-wing liberal VVD, has already "
                  "said it backs raising defence spending to 3.5% of GDP.") == [("netherlands", "3.5", None)]
    assert _dutch("Dutch spending\n\nNATO is asking the Netherlands to spend more. This would mean that the Netherlands is "
                  "spending 3.5 percent of its gross domestic product (GDP) on the defense department.") == [("netherlands", "3.5", None)]
    assert _dutch("Dutch spending\n\nThe Netherlands decides. The target has been 2 percent of a nation’s GDP for the last 11 "
                  "years.") == [("nato", "2", None)]
    assert _dutch("Dutch spending\n\nTHE HAGUE, June 13. The Dutch Transitional Government has decided to raise defense and "
                  "security spending to 5% of GDP in line with the new NATO norm.") == [("netherlands", "5", None)]


def test_the_next_parts_of_a_target_and_a_target_floated_earlier_this_year():
    assert _dutch("NATO's norm\n\nRutte plans to raise this target to 3.5 percent of GDP at the NATO Summit. Another 1.5 percent "
                  "is added to this for expenditure related to defense, like infrastructure. Together, that makes 5 percent, "
                  "which is the same as the demand that United States President Donald Trump made to NATO.") == [
        ("nato", "3.5", None), ("nato", "1.5", None), ("nato", "5", None)]
    assert _dutch("NATO's norm\n\nNato chief Mark Rutte floated the 3.5% of GDP target earlier this year.") == [("nato", "3.5", None)]


# --- the forty-third fresh list (benchmarks/corpus/fresh43.yaml) ---------------------------------------

GERMAN = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("germany", "country", "Germany"),
                    ("russia", "country", "Russia"),
                    roles=("chancellor", "finance-minister", "vice-chancellor", "president", "secretary-general"))


def _german(text: str, kind: str = "target") -> list:
    return _found(text, kind, "2025-06-24", GERMAN)


def test_a_fund_for_modernising_the_own_military_and_spending_allocated_with_it_are_no_pledges():
    assert _german("Germany spends\n\nFormer Chancellor Olaf Scholz of Germany introduced a special fund of 100 billion euros "
                   "for military modernization.", "pledge") == []
    assert _german("Germany spends\n\nThe German plans detail a significant rise in military spending, with 95 billion euros "
                   "allocated in 2025.", "pledge") == []


def test_a_second_office_in_a_relative_clause_and_a_then_chancellor_after_a_war_named_as_the_time():
    roles = _german("Germany spends\n\nFinance Minister Lars Klingbeil of Germany presented the budget. Klingbeil, who is also the "
                    "vice chancellor, said he will be vigilant.\n\nBut, shortly after Russia launched its full-scale invasion of "
                    "Ukraine in 2022, then-Chancellor Olaf Scholz pledged to increase defense spending to 2%.", "role")
    assert [(r["person"], r["role"], r["organization"], r["status"]) for r in roles] == [
        ("lars-klingbeil", "finance-minister", "germany", "current"), ("lars-klingbeil", "vice-chancellor", "germany", "current"),
        ("olaf-scholz", "chancellor", "germany", "former")]


def test_targets_met_or_missed_pledged_by_an_office_a_quota_and_levels_of_past_and_present_years():
    found = _german("Germany spends\n\nGermany for years drew criticism for failing to hit the existing 2% spending target. But, "
                    "shortly after Russia launched its full-scale invasion of Ukraine in 2022, then-Chancellor Olaf Scholz pledged "
                    "to increase defense spending to 2%.\n\nGermany met the 2% target thanks to the fund, but it will be used up "
                    "in 2027.")
    assert found == [("nato", "2", None), ("germany", "2", None)]
    assert _german("Germany spends\n\nFinance Minister Lars Klingbeil of Germany said “we will raise defense spending step by "
                   "step so that we will reach a NATO quota of 3.5% in 2029.”") == [("germany", "3.5", "2029")]
    assert _german("Germany spends\n\nBy comparison, in 2024 it was 2.1% of GDP. Klingbeil said that Germany’s defense budget "
                   "will reach 2.4% of GDP in 2025.") == []
    assert _german("Germany spends\n\nThis move helps Germany meet NATO’s proposed target of 3.5% of GDP, plus an additional 1.5% "
                   "for defense-related infrastructure.") == [("nato", "3.5", None), ("nato", "1.5", None)]


def test_an_office_behind_a_dateline_and_a_day_vows_for_its_holder():
    claims = _german("Germany spends\n\nBERLIN -- Germany's finance minister on Tuesday vowed to lift the country's defense spending "
                     "to 3.5% of gross domestic product in 2029.\n\nFinance Minister Lars Klingbeil said the money will be spent "
                     "efficiently.", "claim")
    assert [(c["speaker"], c["text"].split()[:3]) for c in claims] == [
        ("lars-klingbeil", ["to", "lift", "the"]), ("lars-klingbeil", ["the", "money", "will"])]


# --- the forty-fourth fresh list (benchmarks/corpus/fresh44.yaml) --------------------------------------

ROMANIAN = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("romania", "country", "Romania"),
                      ("european-union", "organization", "European Union", "EU"), ("united-states", "country", "United States"),
                      ("oxana-shevel", "person", "Oxana Shevel", "Shevel"), ("donald-trump", "person", "Donald Trump", "Trump"),
                      roles=("president", "secretary-general"))


def _romanian(text: str, kind: str = "target", date: str = "2025-06-03") -> list:
    return _found(text, kind, date, ROMANIAN)


def test_within_seven_years_levels_beside_a_figure_and_a_level_risen_from_after_the_goal():
    assert _romanian("Romania\n\nPresident Nicuşor Dan announced that Romania is committed to reaching, within seven years, "
                     "spending 5% of GDP on defense. And then, from 2.3% of GDP (how much Romania currently spends), it means an "
                     "increase of 0.2 each year.\n\nRomania is set to increase its defense budget to 3% of GDP within the next two "
                     "years.") == [("romania", "5", "2032"), ("romania", "3", "2027")]
    found = _romanian("Romania\n\n“If this issue becomes an obligation for all member states, it will be 3.5 per cent military "
                      "spending of GDP, as we have 2.3 per cent at this moment, plus 1.5 per cent spending on related infrastructure.”")
    assert found and all(f[1] != "2.3" for f in found)  # whoever the 3.5 and 1.5 are given to, "2.3 … at this moment" is none


def test_an_epithet_of_a_member_spends_for_the_article_s_country_and_a_quoted_rise_is_its_speaker_s():
    assert _romanian("Romania spends\n\nRomania's defence spending will rise, Romania says. The European Union and NATO member - "
                     "which shares the "
                     "longest land border with Ukraine - currently says it plans to raise defence spending to as much as 2.5% of "
                     "economic output this year from a little over 2.2% in 2024.", date="2025-02-28") == [("romania", "2.5", "2025")]
    assert _romanian("Romania\n\nRomania will spend more, interim President Ilie Bolojan of Romania said.\n\n\"I believe the "
                     "defence budget could rise in stages so that over one to two years it reaches 3% unless other increases are "
                     "not needed,\" Bolojan told reporters.", date="2025-02-28") == [("romania", "3", None)]


def test_a_low_opening_mark_suggested_all_participants_and_a_page_s_tail_of_other_stories():
    claims = _romanian("Bolojan\n\nInterim President Ilie Bolojan of Romania and President Nicușor Dan spoke on Tuesday. „NATO is "
                       "the strongest pillar of our "
                       "defence and Romania remains a committed and reliable ally,” Bolojan wrote on the X platform. NATO allies "
                       "will meet, after Trump suggested they should aim as high as 5%. Dan said all participants had highlighted "
                       "the ongoing Russian aggression.\n\nSeveral party leaders told Bolojan that parliament would not back any "
                       "such move when he consulted them.\n" + "More words here. " * 12 + "\nALSO READ\nTrump's Controversial "
                       "Nominee: The Battle for Public Lands", "claim", date="2025-03-04")
    assert [c["text"].split()[:3] for c in claims] == [["NATO", "is", "the"], ["they", "should", "aim"],
                                                       ["all", "participants", "had"]]


# --- the forty-fifth fresh list (benchmarks/corpus/fresh45.yaml) ---------------------------------------

NORWEGIAN = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("norway", "country", "Norway"),
                       ("spain", "country", "Spain"), ("united-kingdom", "country", "United Kingdom"),
                       ("jonas-gahr-store", "person", "Jonas Gahr Støre"), ("keir-starmer", "person", "Keir Starmer", "Keir Sterner"),
                       ("mark-rutte", "person", "Mark Rutte", "Rutte"), ("donald-trump", "person", "Donald Trump", "Trump"),
                       ("pedro-sanchez", "person", "Pedro Sanchez", "Sanchez"),
                       roles=("prime-minister", "president", "secretary-general", "defence-minister"))


def _norwegian(text: str, kind: str = "target", date: str = "2025-06-13") -> list:
    return _found(text, kind, date, NORWEGIAN)


def _curated(text: str, kind: str, date: str = "2025-02-24") -> list:
    """With the curated seeds: their offices (Zelenskyy's presidency) and names (Pedro Sánchez, Keir Starmer's alias
    "Keir Sterner") are what these need."""
    from nato_kg.seeds import load_seeds

    from .conftest import REPO

    return [c.fields for c in extract_article(text, load_seeds(REPO / "seeds", REPO), "src", date).candidates if c.kind == kind]


def test_a_surname_written_without_its_accents_is_the_person_named_with_them():
    """With the curated seeds, where "Store" is near enough "Starmer" (and his alias "Keir Sterner") to be guessed at."""
    text = ("Norway\n\nPrime Minister Jonas Gahr Støre of Norway spoke on Friday.\n\nReiterating the need for Europe to take "
            "“greater responsibility” for its own security, Store said Norway would do its part.")
    claims = _curated(text, "claim", "2025-06-13")
    assert [(c["speaker"], c["text"]) for c in claims] == [("jonas-gahr-store", "Norway would do its part")]


def test_levels_of_past_years_a_correspondence_and_goals_rejected_or_found_unreasonable():
    assert _norwegian("Norway spends\n\nNorway intends to increase defence spending to 5% of GDP. In 2022, Oslo spent 1.4% of GDP on "
                      "defence, and in 2024, 2.2% and the government has announced its "
                      "intention to raise this figure to 3.3% in 2025.") == [("norway", "5", None), ("norway", "3.3", "2025")]
    assert _norwegian("Norway\n\nNorway spent around $8.4 billion on the military last year - which corresponds to 1.6% of GDP.",
                      date="2023-05-02") == []
    assert _norwegian("Spain\n\nSpanish Prime Minister Pedro Sánchez has previously stated that for Spain, a commitment to a target "
                      "of 5% of GDP would be not only unreasonable but also counterproductive. Sanchez sent a letter to Rutte "
                      "saying Madrid would not commit to 5% of GDP.") == []


def test_another_share_after_a_long_clause_and_a_figure_in_line_with_the_alliance():
    assert _norwegian("Norway\n\nHe specified that Norway intends to allocate 3.5% of GDP to standard defence needs, including "
                      "support for Ukraine, and another 1.5% of GDP to other, broader security needs.") == [
        ("norway", "3.5", None), ("norway", "1.5", None)]
    assert _norwegian("Norway spends\n\nNorway is ready, Norway's prime minister said. The country last year set a target to raise its "
                      "defence spending to at least 2 percent of GDP by "
                      "2026, in line with a long-held goal among members of the Nato alliance.", date="2024-02-17") == [
        ("norway", "2", "2026")]


def test_the_writer_not_the_addressee_a_promise_and_a_party_after_a_dash_speaker():
    claims = _norwegian("Norway\n\nPrime Minister Jonas Gahr Støre of Norway spoke.\n\nSanchez sent a letter to Rutte saying Madrid would not "
                        "commit to the target.\n\nIn January, US President Donald Trump promised to ensure that NATO partners spend "
                        "much more on defence.\n\n– The situation in the Armed Forces has meant that we have to re-prioritise, says "
                        "Defense Minister Bjørn Arild Gram (Sp).", "claim")
    assert [(c["speaker"], c["text"].split()[:3]) for c in claims] == [("pedro-sanchez", ["Madrid", "would", "not"]),
        ("donald-trump", ["to", "ensure", "that"]), ("bjorn-arild-gram", ["The", "situation", "in"])]


# --- the forty-sixth list (Czechia's defence spending, 2023-2026) ------------------------------------

CZECH = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("czechia", "country", "Czechia", "Czech Republic"),
                   ("lithuania", "country", "Lithuania"), ("united-states", "country", "United States", "U.S."),
                   ("jens-stoltenberg", "person", "Jens Stoltenberg"), ("donald-trump", "person", "Donald Trump", "Trump"),
                   roles=("prime-minister", "president", "secretary-general", "defence-minister"))


def _czech(text: str, kind: str = "target", date: str = "2025-03-05") -> list:
    return _found(text, kind, date, CZECH)


def test_a_relative_clause_reports_speech_without_that():
    claims = _czech("Czechia\n\nThe ruling parties trail the party of former prime minister Jan Novak, who has said higher spending "
                    "already means more money for the army because the economy grows.", "claim")
    assert [(c["speaker"], c["text"].split()[:3]) for c in claims] == [("jan-novak", ["higher", "spending", "already"])]
    # where or when it was said is no statement of its own: one claim, from "that"
    claims = _czech("Czechia\n\nThe plan was praised by Jan Novak, who said on Monday that the army needs more money soon.", "claim")
    assert [c["text"] for c in claims] == ["the army needs more money soon"]


def test_a_year_opening_the_figures_own_clause_beats_the_next_clauses():
    assert _czech("Czechia\n\nCzechia will raise defence spending to 3.1% of GDP by 2031. In 2027, it will amount to 2.4% of GDP, and "
                  "by 2031 it will reach 3.1%.") == [("czechia", "3.1", "2031"), ("czechia", "2.4", "2027")]


def test_a_capital_named_as_the_place_of_a_summit_does_not_spend():
    assert _czech("Czechia\n\nNATO Secretary General Jens Stoltenberg will propose at the summit in Lithuania's capital Vilnius "
                  "that the goal of 2% of GDP should be a floor.", date="2023-06-08") == [("nato", "2", None)]


def test_a_budgets_sum_for_its_own_forces_and_a_part_of_it_are_no_pledges():
    assert _czech("Czechia\n\nCzechia backs Ukraine. While a record CZK 150 billion will go on defence under next year's budget, "
                  "CZK 7 billion of that amount is earmarked for the cyber agency.", "pledge", date="2023-09-20") == []


def test_a_countrys_own_target_named_again_or_in_a_headline_without_a_state():
    assert _czech("Czechia\n\nCzechia may be unable to fulfil its NATO commitment to spend 2 percent of its GDP next year. The "
                  "minister said the country could struggle to prove spending of 2 percent.", date="2023-09-20") == [
        ("czechia", "2", "2024")]
    assert _czech("Czechs may miss own target of 2 percent on defence in 2024\n\nCzechia's budget grows. Czechia spends "
                  "more.", date="2023-09-20") == [("czechia", "2", "2024")]


def test_a_budgets_levels_are_no_goal_unless_a_goal_is_named():
    assert _czech("Czechia\n\nCzechia is turning away from NATO's higher aims. The new budget proposal, presented for 2027, reduces "
                  "defence allocations to 1.9% of GDP, departing from the previous government's plan of 2.2%.", date="2026-02-26") == []
    assert _czech("Czechia\n\nCzechia changes course. The new budget proposal sets Czechia a target of 2.5% of GDP for defence by 2028.") == [
        ("czechia", "2.5", "2028")]


def test_a_name_as_a_title_holds_that_office():
    roles = _czech("Czechia\n\nEurope plans to spend more after the return of Donald Trump as U.S. president raised fears.", "role")
    assert [(r["person"], r["role"], r["organization"]) for r in roles] == [("donald-trump", "president", "united-states")]


# --- the forty-seventh list (Spain's military aid to Ukraine, 2024-2025) -----------------------------

def test_a_surname_written_alone_with_its_accent_is_a_speaker():
    claims = _curated("Spain\n\nSpanish Prime Minister Pedro Sánchez spoke in Madrid.\n\nSánchez said that Spain is preparing "
                      "more air defence missiles.\n\nSánchez noted that the tanks arrive in June.", "claim")
    assert [(c["speaker"], c["text"]) for c in claims] == [("pedro-sanchez", "Spain is preparing more air defence missiles"),
                                                           ("pedro-sanchez", "the tanks arrive in June")]


def test_highlighted_that_and_stressed_the_importance_of_are_claims():
    claims = _curated("Spain\n\nPrime Minister Pedro Sanchez spoke in Kyiv.\n\nSanchez highlighted that both countries will open "
                      "a hub for refugees.\n\nSanchez stressed the importance of Europe taking part in any talks.", "claim")
    assert [c["text"].split()[:3] for c in claims] == [["both", "countries", "will"], ["the", "importance", "of"]]


def test_the_president_of_the_government_is_spains_prime_minister_and_his_counterpart_keeps_his_own_office():
    roles = _curated("Spain\n\nThe President of the Government, Pedro Sánchez, spoke on Monday.\n\nThe deal was signed by the "
                     "President of the Government of Spain, Pedro Sánchez, and his Ukrainian counterpart, Volodymyr Zelensky.", "role")
    assert sorted((r["person"], r["role"], r["organization"]) for r in roles) == [
        ("pedro-sanchez", "prime-minister", "spain"), ("volodymyr-zelenskyy", "president", "ukraine")]


def test_another_transliteration_of_a_known_name_is_that_person():
    roles = _curated("Ukraine\n\nThe visit of the Ukrainian President, Volodimir Zelenski, was short.", "role")
    assert [(r["person"], r["role"]) for r in roles] == [("volodymyr-zelenskyy", "president")]


def test_a_quotation_closed_by_an_opening_mark_after_a_clause_of_saying_with_a_colon():
    claims = _curated("Spain\n\nMaria Lopez, leader of a small party, has criticized on the radio the decision to send more "
                      "weapons: “This only prolongs a war that nobody can win, and the government knows it. “", "claim")
    assert [(c["speaker"], c["text"].split()[:3]) for c in claims] == [("maria-lopez", ["This", "only", "prolongs"])]


def test_the_head_of_a_government_who_explained_is_its_prime_minister():
    claims = _curated("Spain\n\nPrime Minister Pedro Sánchez met the king.\n\nThe head of the Spanish government explained that "
                      "the agreement rests on three pillars.", "claim")
    assert [(c["speaker"], c["text"]) for c in claims] == [("pedro-sanchez", "the agreement rests on three pillars")]


def test_a_name_inside_the_quotation_before_a_participle_is_not_its_speaker():
    claims = _curated("NATO\n\nRutte said earlier, \"On Ukraine, Allies are preparing billions more in aid this year,\" emphasizing "
                      "the need for steady military assistance.", "claim")
    assert [(c["speaker"], c["text"].split()[:3]) for c in claims] == [("mark-rutte", ["On", "Ukraine,", "Allies"]),
                                                                       ("mark-rutte", ["the", "need", "for"])]


# The forty-eighth fresh list: Luxembourg's defence spending, measured against gross national income.
LUXEMBOURG = seeds_with(("nato", "organization", "NATO"), ("luxembourg", "country", "Luxembourg"),
                        ("belgium", "country", "Belgium"), ("mark-rutte", "person", "Mark Rutte", "Rutte"),
                        roles=("prime-minister", "president", "secretary-general", "defence-minister"))


def _luxembourg(text: str, kind: str = "target", date: str = "2025-05-20") -> list:
    return _found(text, kind, date, LUXEMBOURG)


def test_a_share_of_gross_national_income_is_no_target_of_a_share_of_gdp():
    assert _luxembourg("Luxembourg\n\nLuxembourg is committed to reaching 2% of its Gross National Income (GNI) in defence "
                       "spending by 2030.") == []
    assert _luxembourg("Luxembourg\n\nThe minister expects a 5% GNI target to be discussed in June.") == []
    # "national income" alone is GDP, as British copy writes it
    assert _luxembourg("Luxembourg\n\nLuxembourg will spend 1.5% of its national income on defence by 2030.") == [
        ("luxembourg", "1.5", "2030")]
    # a share of GDP the same article names is still a target
    assert _luxembourg("Luxembourg\n\nLuxembourg plans to raise military spending to 1% of GDP by 2028.") == [
        ("luxembourg", "1", "2028")]


def test_a_figure_another_figure_amounts_to_is_no_goal_of_its_own():
    targets = _luxembourg("Luxembourg\n\nThe allies agreed that Luxembourg would spend 2% of its GNI on defence, which would "
                          "amount to around 1.7% of GDP.", date="2023-07-04")
    assert targets == []


def test_a_quotation_cut_off_by_the_end_of_the_text_keeps_only_its_finished_sentences():
    claims = _luxembourg("Luxembourg\n\nThe deputy Carl Weber was in Dayton.\n\nCarl Weber says: “We have to be honest about "
                         "the costs. We will need to find the money somewhere in the bud", "claim")
    assert [(c["speaker"], c["text"]) for c in claims] == [("carl-weber", "We have to be honest about the costs.")]
    # (with no finished sentence the words are kept: they may be whole, see test_extract_speakers)


def test_adding_that_after_reported_speech_is_a_second_statement_of_the_same_speaker():
    claims = _luxembourg("Luxembourg\n\nCarl Weber stated that the old timeline was no longer viable, adding that the country "
                         "did not want to end up isolated from its allies.", "claim")
    assert [(c["speaker"], c["text"]) for c in claims] == [
        ("carl-weber", "the old timeline was no longer viable"),
        ("carl-weber", "the country did not want to end up isolated from its allies")]


def test_describing_something_as_what_it_is_is_a_claim_and_contending_that_too():
    claims = _luxembourg("Luxembourg\n\nCarl Weber described these investments as a necessity, contending that they now take "
                         "precedence over roads and housing.", "claim")
    assert sorted((c["speaker"], c["text"]) for c in claims) == [
        ("carl-weber", "these investments as a necessity"), ("carl-weber", "they now take precedence over roads and housing")]
    # a description in quotation marks is the quotation's rule's, and a passive one is nobody's
    assert [c["text"] for c in _luxembourg("Luxembourg\n\nWhat was described as the largest plan ever was approved.",
                                           "claim")] == []


def test_an_assembly_is_no_person_so_the_one_who_spoke_at_it_is_the_speaker():
    claims = _luxembourg("Luxembourg\n\nAt the start of the week, NATO Secretary General Mark Rutte spoke at the Parliamentary "
                         "Assembly of the North Atlantic Alliance, stating that member states must spend more on defence.", "claim")
    assert [c["speaker"] for c in claims] == ["mark-rutte"]


def test_by_a_year_opening_the_sentence_is_the_deadline_of_money_allocated_to_defence():
    targets = _luxembourg("NATO\n\nThe 32 allies agreed on a new plan. By 2035, member states have committed to allocating 3.5% "
                          "to essential defence needs and 1.5% to civil security.", date="2025-06-26")
    assert targets == [("nato", "3.5", "2035"), ("nato", "1.5", "2035")]


def test_a_country_and_a_rank_between_the_name_and_the_title():
    roles = _luxembourg("Luxembourg\n\nCarl Weber, Luxembourg's Deputy Prime Minister, met the press.", "role")
    assert [(r["person"], r["role"], r["organization"]) for r in roles] == [("carl-weber", "deputy-prime-minister", "luxembourg")]


# --- the forty-ninth fresh list: Poland's aid packages (benchmarks/corpus/fresh49.yaml) ------------

POLAND = seeds_with(("nato", "organization", "NATO"), ("poland", "country", "Poland"), ("ukraine", "country", "Ukraine"),
                    ("lithuania", "country", "Lithuania"), ("hungary", "country", "Hungary"),
                    ("united-states", "country", "United States", "US"),
                    roles=("prime-minister", "president", "foreign-minister", "defence-minister", "secretary-general"))


def _poland(text: str, kind: str = "claim", date: str = "2025-07-30") -> list:
    return _found(text, kind, date, POLAND)


def test_words_garbled_by_a_wrong_encoding_are_read_as_the_name_they_were():
    """A page copied through the wrong encoding ("JÃ³zef", "â€™") read the name as no one's, and lost its office."""
    roles = _poland("Warsaw\n\nPolish Foreign Minister JÃ³zef WiÅ›niewski said on Monday that Lithuania "
                    "and Poland would build the bridge together.", "role")
    assert [(r["person"], r["role"], r["organization"]) for r in roles] == [("jozef-wisniewski", "foreign-minister", "poland")]
    claims = _poland("Warsaw\n\nPolish Foreign Minister Józef Wiśniewski spoke in Vilnius.\n\n"
                     "Wiśniewski said that Poland wonâ€™t stop its deliveries to Ukraine this winter.")
    assert [c["text"] for c in claims] == ["Poland won’t stop its deliveries to Ukraine this winter"]


def test_the_size_each_earlier_package_had_is_no_pledge():
    text = ("Warsaw\n\nPoland is preparing a fifth package for Ukraine, each earlier package worth roughly 80 million "
            "euros, the minister said.")
    assert _poland(text, "pledge") == []
    # (several donors giving a sum each still give it)
    (one,) = _poland("Warsaw\n\nPoland will give Ukraine 80 million euros for each of the next two winters.", "pledge")
    assert one["amount"] == "80000000"


def test_a_restated_total_says_so_in_the_body_and_revealed_that_is_reported_speech():
    text = ("Poland Confirms €3B Aid to Ukraine\n\nPolish Foreign Minister Józef Wiśniewski said the country has already contributed €3 billion "
            "in weapons to Ukraine.\n\nHe added that the €3 billion does not include the cost of training soldiers.\n\n"
            "Józef Wiśniewski also revealed that Poland will open a repair plant for Ukrainian tanks next spring.")
    (pledge,) = _poland(text, "pledge")
    assert (pledge["amount"], pledge["figure"]) == ("3000000000", "running-total")
    texts = [c["text"] for c in _poland(text)]
    assert any(t.startswith("the €3 billion does not include the cost") for t in texts)  # a denial announces nothing
    assert any(t.startswith("Poland will open a repair plant") for t in texts)
    # a present perfect alone is a new package's verb too
    (new,) = _poland("Warsaw\n\nPoland has allocated 250 million euros to Ukraine for drones.", "pledge")
    assert new["figure"] == "package"


def test_a_preposition_opening_a_sentence_is_no_first_name():
    roles = _poland("Vilnius\n\nBeside Wiśniewski, Lithuanian Foreign Minister Rasa Kalnienė attended the ceremony.", "role")
    assert [r["person"] for r in roles] == ["rasa-kalniene"]


def test_a_quotation_after_a_participle_is_the_clause_subjects_not_the_last_name():
    text = ("Warsaw\n\nPolish Foreign Minister Józef Wiśniewski spoke in Prague.\n\n"
            "He also criticised Hungary’s veto and its foreign minister Ádám Kertész, stating, “Our patience has run out.”")
    assert [(c["speaker"], c["text"]) for c in _poland(text)] == [("jozef-wisniewski", "Our patience has run out.")]


def test_a_paragraph_then_a_dash_and_who_said_it_is_a_quotation():
    text = ("Kyiv\n\nPolish Foreign Minister Józef Wiśniewski met his Ukrainian counterpart in Rzeszów.\n\n"
            "We agreed on the next steps for the repair plant and for the training of pilots\n\n"
            "- Józef Wiśniewski said after the meeting.\n\n"
            "Ukraine will get more help in the spring.")
    claims = _poland(text)
    assert [(c["speaker"], c["text"]) for c in claims] == [
        ("jozef-wisniewski", "We agreed on the next steps for the repair plant and for the training of pilots")]


def test_reported_speech_its_attribution_interrupts_after_a_one_word_subject():
    text = ("Warsaw\n\nPolish Defence Minister Józef Wiśniewski spoke to reporters.\n\n"
            "Poland, he said, is a dependable ally, known for the size of its army.")
    assert [(c["speaker"], c["text"]) for c in _poland(text)] == [
        ("jozef-wisniewski", "Poland is a dependable ally, known for the size of its army")]


# --- the fiftieth fresh list: Bulgaria (benchmarks/corpus/fresh50.yaml) ------------------------------

BULGARIA = seeds_with(("nato", "organization", "NATO"), ("bulgaria", "country", "Bulgaria"), ("ukraine", "country", "Ukraine"),
                      ("united-states", "country", "United States", "US"), ("mark-rutte", "person", "Mark Rutte", "Rutte"),
                      roles=("prime-minister", "president", "foreign-minister", "defence-minister", "secretary-general"))


def _bulgaria(text: str, kind: str = "claim", date: str = "2024-11-07") -> list:
    return _found(text, kind, date, BULGARIA)


_SOFIA = "Sofia\n\nBulgaria will send more shells. Bulgaria's army keeps what it needs.\n\n"


def test_said_then_the_speaker_and_who_he_is_and_quoted_by_an_agency():
    text = (_SOFIA + "The next package for Ukraine is nearly ready for the cabinet, said caretaker Minister of Defense Petar "
            "Kolev, who spoke at a forum in Varna.\n\nBulgaria backs every measure that helps Ukraine hold out, Kolev said, "
            "quoted by BTA.")
    assert [(r["person"], r["role"], r["organization"]) for r in _bulgaria(text, "role")] == [
        ("petar-kolev", "defence-minister", "bulgaria")]  # ("for Ukraine": no office's country)
    assert [(c["speaker"], c["text"]) for c in _bulgaria(text)] == [
        ("petar-kolev", "The next package for Ukraine is nearly ready for the cabinet"),
        ("petar-kolev", "Bulgaria backs every measure that helps Ukraine hold out")]


def test_underscored_that_and_a_participle_after_another_persons_name():
    text = (_SOFIA + "Defense Minister Petar Kolev welcomed the plan of US President Donald Trump for higher spending, "
            "emphasizing that the plan is both needed and within reach. He underscored that 2.5% is what Bulgaria owes.")
    assert [(c["speaker"], c["text"][:30]) for c in _bulgaria(text)] == [
        ("petar-kolev", "the plan is both needed and wi"), ("petar-kolev", "2.5% is what Bulgaria owes")]


def test_this_was_stated_by_names_the_speaker_of_the_sentence_before_but_announced_does_not():
    said = _bulgaria(_SOFIA + "Our people have always stood against hatred of any kind. This was stated by President Ivan "
                     "Petrov at a meeting in Plovdiv on Friday.")
    assert [(c["speaker"], c["text"]) for c in said] == [("ivan-petrov", "Our people have always stood against hatred of any kind")]
    announced = _bulgaria(_SOFIA + "Bulgaria will give Ukraine 20 million euros for demining. This was announced by President "
                          "Ivan Petrov at a press conference.")
    assert announced == []


def test_a_name_in_quotation_marks_a_group_and_an_institution_say_nothing():
    text = (_SOFIA + "“We stand by Kyiv for as long as it takes,” Prime Minister Ivan Petrov said at a meeting of the “Friends "
            "of the Eastern Flank”.\n\nCiting the report of the Commission’s Special Adviser Maria Stoyanova, the ministers "
            "said the shortage of air defence must be closed within two years.")
    assert [(c["speaker"], c["text"]) for c in _bulgaria(text)] == [("ivan-petrov", "We stand by Kyiv for as long as it takes")]


def test_a_deadline_the_next_sentence_gives_the_goals_just_read():
    apart = _bulgaria(_SOFIA + "The allies back a plan for 3.5% of GDP for defence plus 1.5% for resilience. This is to be "
                      "reached not by 2030, but by 2035.", "target")
    assert sorted(apart) == [("nato", "1.5", "2035"), ("nato", "3.5", "2035")]
    quoted = _bulgaria(_SOFIA + "Kolev spoke to reporters.\n\n“We and all NATO allies back the plan for 3.5% of GDP for defence plus 1.5% for "
                       "resilience. This will happen by 2035. We will wait for the summit.”", "target")
    assert sorted(quoted) == [("nato", "1.5", "2035"), ("nato", "3.5", "2035")]


def test_a_quotation_that_is_its_whole_paragraph_after_reported_speech_is_the_same_speakers():
    text = (_SOFIA + "Defence Minister Petar Kolev told journalists that the cabinet had set his mandate for the summit.\n\n"
            "“There is a clear decision of the government. We will not bargain over it at the table.”")
    claims = _bulgaria(text)
    assert ("petar-kolev", "quote") in [(c["speaker"], c["kind"]) for c in claims]


def test_a_possessor_or_a_fronted_phrase_is_not_the_subject_a_he_refers_to():
    text = (_SOFIA + "Defence Minister Petar Kolev spoke on television.\n\nRegarding President Ivan Petrov's decision to stay "
            "at home during the summit, Kolev accepted it as the president's right. He noted that the invitation came for "
            "Bulgaria's twentieth year in the alliance.")
    assert ("ivan-petrov", "president", "bulgaria") in [(r["person"], r["role"], r["organization"]) for r in _bulgaria(text, "role")]
    assert [c["speaker"] for c in _bulgaria(text)] == ["petar-kolev"]


def test_who_passed_reported_speech_on_is_no_part_of_it():
    text = _SOFIA + "Defence Minister Petar Kolev said that the army would get new radars soon, reporter Elena Ivanova informed."
    assert [c["text"] for c in _bulgaria(text)] == ["the army would get new radars soon"]


def test_a_level_said_with_an_aside_or_as_being_at_a_figure_is_no_target():
    assert _bulgaria(_SOFIA + "I can say that Bulgaria is, at this moment, spending at least 2% of GDP.", "target") == []
    assert _bulgaria(_SOFIA + "I am glad that Bulgaria is at 2% already.", "target") == []
    assert _bulgaria(_SOFIA + "Bulgaria aims to be at 2.5% of GDP by 2027.", "target") == [("bulgaria", "2.5", "2027")]


def test_explained_with_no_that_before_a_clause_of_its_own():
    text = _SOFIA + "Defence Minister Petar Kolev explained it contained the plans of the army for the next ten years."
    assert [c["text"] for c in _bulgaria(text)] == ["it contained the plans of the army for the next ten years"]


def test_a_country_that_will_surpass_the_alliances_target_this_year_has_that_goal_of_its_own():
    """As "Canada will achieve NATO’s 2 percent target this year" (fresh33’s convention): surpassing it is reaching it."""
    text = _SOFIA + "Bulgaria will surpass NATO’s 2% target this year, the minister said."
    assert _bulgaria(text, "target", date="2024-07-19") == [("bulgaria", "2", "2024")]


# --- the fifty-first fresh list: Albania and North Macedonia (benchmarks/corpus/fresh51.yaml) -------

BALKANS = seeds_with(("nato", "organization", "NATO"), ("albania", "country", "Albania"), ("north-macedonia", "country",
                     "North Macedonia", "Macedonia"), ("belgium", "country", "Belgium"), ("ukraine", "country", "Ukraine"),
                     ("mark-rutte", "person", "Mark Rutte", "Rutte"),
                     roles=("prime-minister", "president", "defence-minister", "secretary-general"))


def _balkans(text: str, kind: str = "claim", date: str = "2025-06-05") -> list:
    return _found(text, kind, date, BALKANS)


_SKOPJE = "Skopje\n\nMacedonia is a NATO member. Macedonia spends more.\n\n"


def test_the_city_a_story_was_filed_from_gives_its_minister_no_country():
    text = ("Skopje\n\nBrussels, 5 June 2025 (MIA) - Allies met at headquarters on Thursday. Each country needs a plan, Defense "
            "Minister Petar Stojanov said in a statement for MIA.")
    assert not [r for r in _balkans(text, "role") if r["organization"] == "belgium"]
    assert [(c["speaker"], c["text"]) for c in _balkans(text)] == [("petar-stojanov", "Each country needs a plan")]


def test_a_sentence_adverb_is_no_name_and_the_minister_is_the_one_just_spoken_of():
    text = (_SKOPJE + "Defense Minister Vesna Petrova said that membership costs little. Still, the minister acknowledged "
            "that far larger costs are coming for the army.")
    assert [c["speaker"] for c in _balkans(text)] == ["vesna-petrova", "vesna-petrova"]


def test_levels_risen_from_or_reached_and_an_average_are_no_targets():
    assert _balkans(_SKOPJE + "Spending accounts for 1.8% of GDP, an increase from 1.3% over ten years.", "target") == []
    assert _balkans(_SKOPJE + "“Macedonia has increased defence spending from 1.3% to 1.8% of our GDP. I want the 2% target "
                    "reached by 2026,” the prime minister said.", "target", date="2025-01-10") == [("north-macedonia", "2", "2026")]
    assert _balkans(_SKOPJE + "Members must spend at least 2% of GDP, with the average among them at 1.9% as of 2025.",
                    "target") == [("nato", "2", None)]
    assert _balkans(_SKOPJE + "Some countries are even reaching five percent, but many have not even reached 2 percent.",
                    "target") == []
    assert _balkans(_SKOPJE + "Macedonia spends barely over 1 percent of its GDP on defence.", "target") == []


def test_a_defence_budget_grown_from_one_sum_to_another_and_dues_to_nato_are_no_pledges():
    assert _balkans(_SKOPJE + "The plan raises the defense budget from the current level of 130 million EUR to a little over "
                    "200 million EUR.", "pledge") == []
    assert _balkans(_SKOPJE + "Macedonia would contribute about 1.5 million EUR to the NATO budget per year.", "pledge") == []


def test_noted_the_importance_of_and_underlined_a_countrys_ambition_are_claims():
    texts = [c["text"] for c in _balkans(_SKOPJE + "Prime Minister Edi Rama spoke in Brussels. He noted the importance of "
                                         "steady aid to Ukraine. He underlined Albania's ambition to build a new port.")]
    assert texts == ["the importance of steady aid to Ukraine", "Albania's ambition to build a new port"]


def test_said_with_a_bare_plural_subject_and_described_as_before_a_quotation():
    text = (_SKOPJE + "Defense Minister Petar Stojanov spoke in Brussels. Stojanov said discussions were held about a "
            "timeframe for the new goal. He described the meeting as coming at a “critical moment for the allies”.")
    texts = [c["text"] for c in _balkans(text)]
    assert texts[0] == "discussions were held about a timeframe for the new goal"
    assert any("critical moment for the allies" in t for t in texts[1:])


def test_speech_without_marks_in_the_first_person_ended_by_who_said_it_is_one_claim():
    text = (_SKOPJE + "Defense Minister Petar Stojanov spoke at a round table.\n\nBeing in NATO makes us safer and brings "
            "investors to our economy. The gains are large, Stojanov said.")
    assert [c["text"] for c in _balkans(text)] == [
        "Being in NATO makes us safer and brings investors to our economy. The gains are large"]


def test_a_government_that_promises_to_meet_the_requirement_by_a_year_has_that_target():
    text = (_SKOPJE + "Macedonia spends little, far below the 2 percent NATO requirement. The Government promises to meet the "
            "requirement by 2024.")
    assert ("north-macedonia", "2", "2024") in _balkans(text, "target", date="2019-02-06")


def test_reaching_a_figure_this_year_that_is_called_a_commitment_is_a_goal():
    text = (_SKOPJE + "\"Albania is a loyal ally. Albania will reach the 2% defense spending this year, which is a great "
            "commitment,\" Rutte said.")
    assert _balkans(text, "target", date="2025-09-17") == [("albania", "2", "2025")]


def test_a_quotation_whose_opening_mark_was_lost_runs_from_the_paragraphs_start():
    text = (_SKOPJE + "Prime Minister Edi Rama wrote on Twitter.\n\nIn Vilnius, Albania will show its resolve. We will also "
            "say that Albania is ready to send more troops to the eastern flank. Together we are stronger,” he added.")
    claims = _balkans(text)
    assert [(c["speaker"], c["kind"]) for c in claims] == [("edi-rama", "quote")]
    assert "ready to send more troops" in claims[0]["text"]


# --- the fifty-second fresh list: Türkiye against NATO's targets (benchmarks/corpus/fresh52.yaml) ----

TURKEY = seeds_with(("nato", "organization", "NATO"), ("turkiye", "country", "Türkiye", "Turkey"), ("ukraine", "country", "Ukraine"),
                    ("germany", "country", "Germany"), roles=("president", "defence-minister"))


def test_a_government_allocating_a_sum_to_defense_and_security_budgets_for_itself():
    text = "Ankara\n\nThe Turkish government plans to allocate USD 51.5 billion to defense and security in 2026, the paper said."
    assert _found(text, "pledge", "2025-11-08", TURKEY) == []
    (aid,) = _found("Berlin\n\nGermany will allocate €5 billion to Ukraine's defence next year.", "pledge", "2025-11-08", TURKEY)
    assert aid["donor"] == "germany"


def test_a_headline_below_a_pages_menu_lines_names_the_target_the_body_dates():
    text = ("Close\nnewsletters Newsletters\nX Instagram Youtube\n\nExplained: Where Türkiye stands on NATO’s 5% defense "
            "spending target\n\nThe summit raised the collective defense spending target from 2% to 5% of GDP by 2035.")
    assert ("nato", "5", None) not in _found(text, "target", "2025-06-27", TURKEY)
    assert ("nato", "5", "2035") in _found(text, "target", "2025-06-27", TURKEY)


# --- the fifty-third fresh list: Montenegro (benchmarks/corpus/fresh53.yaml) -------------------------

MONTENEGRO = seeds_with(("nato", "organization", "NATO"), ("montenegro", "country", "Montenegro"), ("canada", "country", "Canada"),
                        ("united-states", "country", "United States", "US"), ("ukraine", "country", "Ukraine"),
                        ("spain", "country", "Spain"), roles=("president", "defence-minister", "secretary-general", "prime-minister"))
_PODGORICA = "Podgorica\n\nMontenegro joined NATO in 2017. Montenegro spends more on defence.\n\n"


def _montenegro(text: str, kind: str = "target", date: str = "2025-06-10") -> list:
    return _found(text, kind, date, MONTENEGRO)


def test_an_article_that_never_names_the_recipient_gives_it_no_allocated_sum():
    assert _montenegro(_PODGORICA + "In 2024, 127 million euros were allocated to the army.", "pledge") == []
    assert [p["recipient"] for p in _montenegro(_PODGORICA + "Montenegro will provide 5 million euros in military aid.",
                                               "pledge")] == ["ukraine"]  # (a sentence of giving: assumed, and said to be)


def test_the_government_that_should_raise_spending_is_the_articles_country():
    text = _PODGORICA + "A daily reported that the Government should increase defense spending to three percent of GDP in 2026."
    assert _montenegro(text) == [("montenegro", "3", "2026")]


def test_a_plan_to_reach_the_level_which_is_a_share_by_a_year_is_a_goal_and_by_the_year_of_is_a_deadline():
    text = (_PODGORICA + "Montenegro, as a future NATO member, plans to reach the required level of spending, which is 2 percent "
            "of GDP, by the year of 2024.")
    assert _montenegro(text, date="2016-07-20") == [("montenegro", "2", "2024")]


def test_a_level_that_was_about_a_share_and_a_growth_rate_are_no_targets():
    assert _montenegro(_PODGORICA + "In recent years, spending on defense was approximately 1.5% of GDP.") == []
    assert _montenegro(_PODGORICA + "European countries and Canada will spend 3% more on defense compared to last year.") == []


def test_an_attribution_announced_at_the_end_and_an_inset_as_x_declared():
    claims = _montenegro(_PODGORICA + "All members agree on the need to spend far more on defense, and Montenegro is no "
                         "exception, announced Defense Minister Marko Petrović.", "claim")
    assert [c["speaker"] for c in claims] == ["marko-petrovic"]
    inset = _montenegro("Madrid\n\nSpain has also stepped up, as Prime Minister Pedro Sanchez declared during his visit to Kyiv, "
                        "a new military assistance package valued at 1 billion euros.", "claim")
    assert inset == []


def test_claiming_a_clause_is_a_claim():
    claims = _montenegro(_PODGORICA + "U.S. President Donald Trump has criticized NATO allies for not spending enough, claiming "
                         "it is unfair to taxpayers in the United States.", "claim")
    # (and the judgement itself, since the sixty-second list: "criticized NATO allies for …" is what he said of them)
    assert sorted(c["text"] for c in claims) == ["criticized NATO allies for not spending enough",
                                                 "it is unfair to taxpayers in the United States"]


# --- the fifty-fourth fresh list: Greece against NATO's 2 % (benchmarks/corpus/fresh54.yaml) ------------

GREECE = seeds_with(("nato", "organization", "NATO"), ("greece", "country", "Greece"), ("germany", "country", "Germany"),
                    ("united-states", "country", "United States", "US", "U.S."), ("united-kingdom", "country", "United Kingdom", "UK"),
                    ("turkiye", "country", "Türkiye", "Turkey"), ("north-macedonia", "country", "North Macedonia"),
                    ("donald-trump", "person", "Donald Trump"),
                    roles=("president", "defence-minister", "secretary-general", "prime-minister"))
_ATHENS = "Athens\n\nGreece spends more on defence than most NATO allies. NATO published its figures.\n\n"


def _greece(text: str, kind: str = "target", date: str = "2018-07-12") -> list:
    return _found(text, kind, date, GREECE)


def test_spending_that_exceeds_ranks_falls_reaches_or_equates_to_a_share_is_a_level_not_a_target():
    for sentence in ("The country is one of five whose annual spending on defense exceeds 2 percent of gross domestic product.",
                     "The highest spending as a proportion of GDP is the US, with 3.61 percent, followed by Greece with 2.38 percent.",
                     "Its defence spending kept dropping to 2.1% of GDP in the past two years.",
                     "Greece surpassed the United States with spending reaching 3.8% of GDP.",
                     "Others were quick to criticise, despite Greece spending 2% of its GDP on defence.",
                     "Germany spent over $45 billion on its military, equating to 1.2 percent of GDP."):
        assert _greece(_ATHENS + sentence) == [], sentence
    # (but a plan to exceed is a goal, and a target exceeded is the alliance's)
    assert _greece(_ATHENS + "Germany plans to exceed 2 percent of GDP by 2030.") == [("germany", "2", "2030")]
    assert _greece(_ATHENS + "Greece already exceeds the 2 percent target.") == [("nato", "2", None)]


def test_a_share_spent_in_a_year_gone_told_after_the_figure_is_a_level():
    assert _greece(_ATHENS + "According to NATO, Greece devoted 3.1% of its GDP to national defense in 2008.", date="2013-01-08") == []
    assert _greece(_ATHENS + "Greece will spend 3.5% of its GDP on defence in 2027.", date="2025-06-25") == [("greece", "3.5", "2027")]


def test_a_threshold_agreed_by_the_alliances_members_is_the_alliances():
    text = (_ATHENS + "Ursula von der Leyen, Germany’s defense minister, pledged to raise military spending to 1.5 percent of GDP "
            "by 2025, though this would still fall short of the 2 percent threshold agreed by NATO members in 2014.")
    assert _greece(text) == [("germany", "1.5", "2025"), ("nato", "2", None)]


def test_a_leaders_push_for_the_allies_and_the_defence_investment_pledge_are_the_alliances():
    summit = "The Hague\n\nToday marks the beginning of a pivotal NATO summit in The Hague, with 32 leaders in attendance.\n\n"
    text = (summit + "At the heart of the discussions is a push led by US President Donald Trump to raise defence spending "
            "commitments to 5% of GDP by 2035. The updated Defence Investment Pledge (DIP) consists of two parts: 3.5% for "
            "strictly military expenditures and 1.5% for broader security-related investments.")
    assert _greece(text, date="2025-06-24") == [("nato", "5", "2035"), ("nato", "3.5", "2035"), ("nato", "1.5", "2035")]
    own = summit + "British Prime Minister Keir Starmer has set out plans to extend defence spending to 2.5% by 2027."
    assert _greece(own, date="2025-06-24") == [("united-kingdom", "2.5", "2027")]  # (his own country's plan)


def test_a_general_secretary_is_of_the_alliance_not_of_the_country_that_opens_the_next_clause():
    text = (_ATHENS + "According to the General Secretary Anders Fogh Rasmussen, Greece is one of the NATO allies spending "
            "the most on national defense.")
    roles = _greece(text, "role", "2013-01-08")
    assert [(r["person"], r["role"], r["organization"]) for r in roles] == [("anders-fogh-rasmussen", "secretary-general", "nato")]
    claims = _greece(text, "claim", "2013-01-08")
    assert [(c["speaker"], c["text"][:28]) for c in claims] == [("anders-fogh-rasmussen", "Greece is one of the NATO al")]
    government = ("Skopje\n\nNorth Macedonia hosted NATO officials.\n\nThe meeting was attended by the Secretary General of the "
                  "Government, Igor Janushev, and others.")
    assert [r["organization"] for r in _greece(government, "role", "2025-06-10")] != ["nato"]


def test_a_call_for_a_told_reporters_at_a_place_that_and_what_a_leader_will_stress_are_claims():
    summit = ("The Hague\n\nNATO Secretary-General Mark Rutte and Greek Prime Minister Kyriakos Mitsotakis arrived for the NATO "
              "summit.\n\n")
    called = _greece(summit + "Mark Rutte has called for a fivefold increase in air defence capabilities.", "claim", "2025-06-24")
    assert [(c["speaker"], c["text"]) for c in called] == [("mark-rutte", "a fivefold increase in air defence capabilities")]
    assert _greece(summit + "The plan has called for a rise in spending to 3.5 percent of GDP.", "claim", "2025-06-24") == []
    told = _greece(summit + "Rutte told reporters in a news conference at NATO headquarters in Brussels that the alliance had "
                   "expected two more countries to meet the goal.", "claim", "2023-03-21")
    assert [c["text"] for c in told] == ["the alliance had expected two more countries to meet the goal"]
    stress = _greece(summit + "Mitsotakis will highlight Greece’s commitment. Government sources confirm he will stress that "
                     "“Greece consistently exceeded the 2% target, even during the years of hardship.”", "claim", "2025-06-24")
    assert [c["speaker"] for c in stress] == ["kyriakos-mitsotakis"]


def test_the_professor_just_named_estimates_and_a_ministry_spokesperson_is_no_one_named_before():
    text = (_ATHENS + "“This is due to the feeling of threat,” said Panagiotis Ioakeimidis, a professor and security expert. "
            "The emeritus professor estimates that the pre-election campaign makes it difficult to find a compromise.")
    claims = _greece(text, "claim", "2022-02-19")
    assert [c["text"] for c in claims if c["kind"] == "paraphrase"] == ["the pre-election campaign makes it difficult to find a compromise"]
    assert {c["speaker"] for c in claims} == {"panagiotis-ioakeimidis"}
    spokesperson = (_ATHENS + "Greek Prime Minister Kyriakos Mitsotakis spoke first. “Greece has been and will continue to be a "
                    "reliable ally,” the ministry spokesperson said on Thursday.")
    assert _greece(spokesperson, "claim", "2025-06-24") == []


def test_regression_an_acronym_ending_a_sentence_starts_no_name():
    from nato_kg.extract.mentions import SENTENCE_END_IN_NAME

    # "… in relation to GDP. Greece now surpasses …" had made a person "GDP Greece", who then spoke a German paper's words
    assert SENTENCE_END_IN_NAME.sub("", "GDP. Greece") == "GDP"
    assert SENTENCE_END_IN_NAME.sub("", "Lloyd J. Austin") == "Lloyd J. Austin"  # (an initial is no sentence's end)


def test_regression_a_hyphenated_title_is_not_part_of_the_speakers_name():
    # a person the workspace does not know, introduced as "NATO Secretary-General Mark Rutte", spoke as a person
    # "secretary-general-mark-rutte" while holding the office as "mark-rutte"
    text = ("The Hague\n\nNATO met.\n\nNATO Secretary-General Mark Rutte arrived. Rutte said that the alliance needs a fivefold "
            "increase in air defence.")
    assert [c["speaker"] for c in _greece(text, "claim", "2025-06-24")] == ["mark-rutte"]
    assert [r["person"] for r in _greece(text, "role", "2025-06-24")] == ["mark-rutte"]


# --- the fifty-fifth fresh list: Italy against NATO's 2 % and then 5 % (2023-2025) ----------------------

ITALY = seeds_with(("nato", "organization", "NATO"), ("italy", "country", "Italy"), ("united-states", "country", "United States", "U.S."),
                   ("ukraine", "country", "Ukraine"), ("giorgia-meloni", "person", "Giorgia Meloni"),
                   roles=("prime-minister", "president", "defence-minister", "foreign-minister", "finance-minister"))
_ROME = "Rome\n\nItaly is among NATO's lowest spenders. Its debt is high.\n\n"


def _italy(text: str, kind: str = "target", date: str = "2023-11-08") -> list:
    return _found(text, kind, date, ITALY)


def test_a_statement_closed_by_who_told_lawmakers_or_warned_before_is_theirs():
    for closing in ("Italian Defence Minister Guido Crosetto told national lawmakers on Tuesday (Nov 7).",
                    "Italian Defense Minister Guido Crosetto has told lawmakers in Rome.",
                    "Defence Minister Guido Crosetto (Fratelli d’Italia/ECR) told parliament on Wednesday, according to Euractiv.",
                    "Guido Crosetto has previously warned."):
        claims = _italy(_ROME + "Italy will struggle to meet the target unless budget rules change, " + closing, "claim")
        assert [(c["speaker"], c["text"]) for c in claims] == [
            ("guido-crosetto", "Italy will struggle to meet the target unless budget rules change")], closing


def test_what_this_was_announced_by_someone_after_is_theirs_when_it_is_a_statement():
    claims = _italy(_ROME + "Italy will not be able to reach the 2% threshold until 2028. This was announced by Italian Defense "
                    "Minister Guido Crosetto in an interview with Avvenire newspaper.", "claim", "2024-06-23")
    assert [(c["speaker"], c["text"]) for c in claims] == [
        ("guido-crosetto", "Italy will not be able to reach the 2% threshold until 2028")]


def test_said_with_a_clause_of_his_own_a_quoted_verb_or_going_to_and_what_he_added():
    claims = _italy(_ROME + "Italy’s Foreign Minister Antonio Tajani on Thursday said his country needs at least 10 years to raise "
                    "defence spending, adding that a deal on them could soon be reached. Defence Minister Guido Crosetto said it "
                    "“is not possible” for Italy to meet U.S. requests. Already last June, Crosetto said hitting the 2 per cent "
                    "objective was going to be hard for Italy. Economy Minister Giancarlo Giorgetti made clear that Rome aims to "
                    "meet the target without activating the safeguard clause.", "claim", "2025-06-12")
    said = {(c["speaker"], c["text"][:30]) for c in claims}
    assert {("antonio-tajani", "his country needs at least 10 "), ("antonio-tajani", "a deal on them could soon be r"),
            ("guido-crosetto", "it “is not possible” for Italy"), ("guido-crosetto", "hitting the 2 per cent objecti"),
            ("giancarlo-giorgetti", "Rome aims to meet the target w")} <= said, said


def test_a_role_is_not_taken_from_a_state_named_as_an_adjective_after_the_name():
    roles = _italy(_ROME + "Defence Minister Guido Crosetto, speaking in parliament, said it is not possible for Italy to meet U.S. "
                   "requests.", "role", "2025-06-12")
    assert [(r["person"], r["role"], r["organization"]) for r in roles] == [("guido-crosetto", "defence-minister", "italy")]


def test_what_a_state_which_urged_allies_asked_is_no_claim_of_the_person_and_an_office_after_a_fronted_clause_speaks():
    claims = _italy(_ROME + "Prime Minister Giorgia Meloni spoke on Tuesday. Meloni emphasized that the decision is a response to "
                    "growing threats, as well as pressure from the United States, which urged NATO allies to increase military "
                    "spending.\n\nThe move comes amid criticism from President Donald Trump.\n\nAlthough increasing defense spending "
                    "is a challenging task for Italy, the Prime Minister assured that the changes will not undermine the "
                    "country’s financial stability.", "claim", "2025-05-07")
    assert [(c["speaker"], c["text"][:30]) for c in claims] == [
        ("giorgia-meloni", "the decision is a response to "), ("giorgia-meloni", "the changes will not undermine")]


def test_an_inset_read_more_link_does_not_end_the_story_and_a_closing_mark_typed_as_an_opening_one_closes():
    inset = (_ROME + "Italy will struggle to meet the target, Crosetto said.\n\nRead more\n\nGermans must be ready for war – "
             "defense chief\n\nItaly won’t be able to increase its military spending as needed, Guido Crosetto has previously warned.")
    assert [c["text"] for c in _italy(inset, "claim")][-1] == "Italy won’t be able to increase its military spending as needed"
    stray = (_ROME + "Economy Minister Giancarlo Giorgetti spoke in Warsaw.\n\nGiorgetti stressed that any decision must wait. "
             "It is important to strengthen European defence within the Atlantic Alliance“, said the minister. Giorgetti "
             "reiterated: \"We are committed to respecting a fiscal discipline that rewards us so much\".")
    assert "We are committed to respecting a fiscal discipline that rewards us so much" in [
        c["text"] for c in _italy(stray, "claim", "2025-04-12")]


def test_levels_forecast_to_fall_or_equate_and_a_share_of_the_target_are_no_goals():
    for sentence in ("Italy is expected to reach 1.46% of the target this year and then drop to 1.43% in 2024.",
                     "Italy’s defense spending this year will equate to 1.46% of the country’s GDP, according to a NATO estimate.",
                     "The ratio will reportedly drop to 1.38% next year and to 1.26% in 2025, even as defense spending rises."):
        assert _italy(_ROME + sentence) == [], sentence


def test_a_goal_a_country_will_not_be_able_to_reach_is_the_alliances_where_the_alliance_requires_it():
    assert _italy(_ROME + "Italy will not be able to reach the 2% defense spending threshold set by NATO until 2028.",
                  date="2024-06-23") == [("nato", "2", None)]
    assert _italy(_ROME + "Italy has no chance of boosting its military spending to 2% of gross domestic product (GDP) in 2024, "
                  "as required by NATO.") == [("nato", "2", None)]
    assert _italy(_ROME + "Crosetto said bringing military spending to 2% of GDP will be “impossible” in 2024.") == []
    assert _italy(_ROME + "Italy will not be able to reach 2% of GDP for years.") == []


def test_a_goal_agreed_as_a_share_equivalent_to_and_its_parts_split_after_it_keep_their_deadline():
    assert _italy(_ROME + "Members of the Western military bloc agreed at a 2014 summit to target defense spending equivalent to "
                  "2% of each country’s GDP by 2024.") == [("nato", "2", "2024")]
    assert _italy("Overview\n- Under the deal reached at The Hague summit, Italy has agreed to raise defense spending to 5% of GDP by "
                  "2035.\n- The commitment divides the target into 3.5% for conventional forces and 1.5% for broader security needs.",
                  date="2025-06-27") == [("italy", "5", "2035"), ("italy", "3.5", "2035"), ("italy", "1.5", "2035")]


def test_the_current_benchmark_aimed_at_this_year_and_natos_target_a_country_will_meet_are_both_read():
    assert ("italy", "2", "2025") in _italy(_ROME + "Prime Minister Giorgia Meloni spoke. Despite Italy's constraints, Meloni "
                                            "assured lawmakers, aiming to achieve the current 2% GDP defence spending benchmark "
                                            "this year.", date="2025-06-23")
    assert sorted(_italy(_ROME + "Italy will adhere to NATO's revised defence spending target of 5% of GDP.",
                         date="2025-06-23")) == [("italy", "5", None), ("nato", "5", None)]
    assert sorted(_italy(_ROME + "Italy will struggle to meet a NATO target of spending at least 2 per cent of its GDP on defence "
                         "by 2028.")) == [("italy", "2", "2028"), ("nato", "2", None)]
    assert ("italy", "5", None) not in _italy(_ROME + "Italy will not meet NATO's target of 5% of GDP.", date="2025-06-23")


def test_no_pledge_from_a_sum_no_one_named_gives_in_an_article_that_names_no_recipient():
    text = (_ROME + "Economy Minister Giancarlo Giorgetti spoke in Warsaw.\n\nIt includes access to financing from the European "
            "SAFE instrument, which provides loans for 150 billion euros.")
    assert _italy(text, "pledge", "2025-04-12") == []
    assert _italy("Rome\n\nItaly will provide $691 million in military aid.", "pledge", "2025-04-12") != []  # (a giver named)


# --- the fifty-sixth fresh list: Australia's aid to Ukraine (2022-2025) ----------------------------------

AUSTRALIA = seeds_with(("nato", "organization", "NATO"), ("australia", "country", "Australia"), ("ukraine", "country", "Ukraine"),
                       ("united-states", "country", "United States", "U.S."), ("lithuania", "country", "Lithuania"),
                       ("russia", "country", "Russia"), ("volodymyr-zelenskyy", "person", "Volodymyr Zelenskyy", "Zelensky"),
                       roles=("prime-minister", "president", "defence-minister", "deputy-prime-minister"))


def _read(text: str, kind: str, date: str, seeds, keys: tuple[str, ...] = ("donor", "amount", "figure"),
          other: dict[str, tuple[str, ...]] | None = None) -> list:
    """The pledges found, as the ``keys`` of each; other kinds' fields whole, or as their keys in ``other``."""
    found = article(text, kind, date, seeds)
    picked = keys if kind == "pledge" else (other or {}).get(kind)
    if picked:
        return [tuple(c.fields[k] for k in picked) for c in found]
    return [c.fields for c in found]


#: The fields the later lists' tests compare, by kind.
_COMPARED = {"pledge": ("donor", "amount", "currency", "figure"), "role": ("person", "role", "organization"),
             "claim": ("speaker", "text")}


def _australia(text: str, kind: str = "pledge", date: str = "2023-07-13") -> list:
    return _read(text, kind, date, AUSTRALIA, ("donor", "amount", "currency", "figure"))


def test_running_totals_told_as_already_pledged_now_reaching_or_on_top_of_another_and_a_part_with_with():
    text = ("Australia sends more\n\nThe federal budget this week saw more than $200 million for Ukraine, with $185.6 million in "
            "defence assistance. Support to Ukraine now reaches $655 million, including $475 million in military assistance.\n\n"
            "Before the latest announcement, Canberra had already pledged or sent more than $68 million in military assistance "
            "to Ukraine, on top of another $49 million in humanitarian aid.")
    assert _australia(text, date="2022-10-27") == [
        ("australia", "200000000", "AUD", "package"), ("australia", "185600000", "AUD", "share"),
        ("australia", "655000000", "AUD", "running-total"), ("australia", "475000000", "AUD", "share"),
        ("australia", "68000000", "AUD", "running-total"), ("australia", "49000000", "AUD", "running-total")]


def test_a_country_in_an_adjective_of_origin_neither_gives_nor_stops_the_article_giving():
    text = ("Australia sending tanks\n\nThe Albanese government is gifting battle tanks to Ukraine. Australia will retain a handful.\n\n"
            "The package, worth around $245m, will hand Ukraine 49 American-designed M1A1 Abrams.\n\nThe United States-supplied "
            "Abrams tanks are set to be dispatched from Australia to Ukraine as part of a $245 million military aid package.")
    assert {p[0] for p in _australia(text, date="2024-10-16")} == {"australia"}


def test_a_place_in_the_headline_is_no_donor_and_a_source_named_first_is_no_recipient():
    text = ("The PM made the announcement after meeting President Volodymyr Zelenskyy at the NATO summit in Vilnius, Lithuania.\n\n"
            "Australia has now donated 120 troop carriers, with the latest announcement worth $100 million.\n\n"
            "According to the Australian Government, the amount of military assistance provided to Ukraine is now over $710 million.")
    assert _australia(text) == [("australia", "100000000", "AUD", "package"), ("australia", "710000000", "AUD", "running-total")]


def test_additionally_a_sum_after_a_part_of_a_package_is_another_part():
    text = ("Australia aid\n\nThe Albanese government announced a $95 million military aid package for Ukraine.\n\nThe package includes "
            "$43 million dedicated to air defense radars. Additionally, $50 million will be allocated to NATO’s Prioritized "
            "Ukraine Requirements List (PURL), a first for Australia in this initiative.")
    assert _australia(text, date="2025-12-03") == [
        ("australia", "95000000", "AUD", "package"), ("australia", "43000000", "AUD", "share"), ("australia", "50000000", "AUD", "share")]


def test_claims_of_a_leader_named_by_country_an_unopened_quotation_and_no_that_clauses():
    text = ("Australia to help\n\nPrime Minister Scott Morrison met the press. Ukrainian President Volodymyr Zelensky spoke to "
            "parliament.\n\nThe Ukrainian leader requested the equipment by name during a speech on Thursday, saying “You have very "
            "good armed personnel vehicles, Bushmasters, that could help Ukraine substantially,” while also urging sanctions.\n\n"
            "In his speech, he warned that the distant nation would not be safe from the conflict if it escalated to nuclear war, "
            "accusing Moscow of “blackmailing other countries” with its ICBMs.\n\n"
            "We stand shoulder-to-shoulder with Ukraine in their fight,” Morrison said while in London.\n\n"
            "The Deputy Prime Minister, Richard Marles, said military assistance was at the centrepiece of Australia’s support. "
            "Marles told reporters the plan had been under consideration before the weekend. He reaffirmed Australia’s commitment "
            "to standing in solidarity with NATO partners.")
    said = {(c["speaker"], c["text"][:30]) for c in _australia(text, "claim", "2022-04-01")}
    assert {("volodymyr-zelenskyy", "You have very good armed person"[:30]), ("volodymyr-zelenskyy", "the distant nation would not b"),
            ("volodymyr-zelenskyy", "Moscow of “blackmailing other "), ("scott-morrison", "We stand shoulder-to-shoulder "),
            ("richard-marles", "military assistance was at the"), ("richard-marles", "the plan had been under consid"),
            ("richard-marles", "Australia’s commitment to stan")} <= said, said


# --- the fifty-seventh fresh list: Ireland's non-lethal aid through the EU (2022-2025) ---------------------

IRELAND = seeds_with(("ireland", "country", "Ireland"), ("ukraine", "country", "Ukraine"),
                     ("european-union", "organization", "European Union", "EU"),
                     ("volodymyr-zelenskyy", "person", "Volodymyr Zelenskyy", "Zelensky"),
                     roles=("prime-minister", "president", "deputy-prime-minister", "foreign-minister"))


def _ireland(text: str, kind: str = "pledge", date: str = "2024-02-05") -> list:
    return _read(text, kind, date, IRELAND)


def test_a_package_under_an_eu_fund_is_the_eus_its_parts_and_a_countrys_share_of_it_are_shares():
    text = ("Ireland to donate aid to Ukraine\n\nAn informal meeting of defence ministers last week agreed a €5.6bn package of "
            "military assistance to Ukraine under the European Peace Facility. This included €5.22bn for lethal equipment and "
            "€380m for non-lethal equipment.\n\nIreland expects to contribute over €120m in non-lethal military aid to Ukraine "
            "this year under an EU fund. In response to queries on Ireland’s commitments, the Department of Defence said our "
            "full share of funding [approximately €122m to date] is non-lethal.")
    assert _ireland(text) == [("european-union", "5600000000", "package"), ("european-union", "5220000000", "share"),
                              ("european-union", "380000000", "share"), ("ireland", "120000000", "package"),
                              ("ireland", "122000000", "running-total")]


def test_parts_that_add_up_to_the_package_and_a_full_share_and_parts_after_divided_into():
    answer = ("Ukraine War\n\nThe European Union has agreed a package of €500 million in military assistance for Ukraine, focusing "
              "respectively on (i) supplies to a total value of €50 million and (ii) a lethal assistance component, valued at "
              "€450 million.\n\nHowever, Ireland will pay our full share (approx €10 million) and our funding will go to "
              "non-lethal elements.")
    assert _ireland(answer, date="2022-03-10") == [
        ("european-union", "500000000", "package"), ("european-union", "50000000", "share"),
        ("european-union", "450000000", "share"), ("ireland", "10000000", "share")]
    divided = ("Ireland aid\n\nIreland will allocate €100 million in non-lethal military aid to Ukraine. The allocated €100 million "
               "will be divided into two main channels: €80 million will fund procurement partnerships. The remaining €20 million "
               "will go to the De-mining coalition.")
    assert [p for p in _ireland(divided, date="2025-03-04") if p[1] != "100000000"] == [
        ("ireland", "80000000", "share"), ("ireland", "20000000", "share")]


def test_post_nominal_letters_a_title_glossed_in_brackets_and_a_credit_line_are_no_part_of_a_name():
    text = ("Ireland\n\nTánaiste and Minister for Foreign Affairs, Simon Harris TD, announced the decision.\n\nPA Media Ireland's "
            "Taoiseach (Prime Minister) Micheal Martin shakes hands with Ukrainian President Volodymyr Zelensky.")
    roles = {(r["person"], r["role"]) for r in _ireland(text, "role", "2025-12-02")}
    assert roles == {("simon-harris", "deputy-prime-minister"), ("simon-harris", "foreign-minister"),
                     ("micheal-martin", "prime-minister"), ("volodymyr-zelenskyy", "president")}


def test_who_told_someone_in_a_city_and_x_stated_this_and_urged_and_detailed_and_came():
    text = ("Ireland\n\nIrish premier Micheal Martin met Ukrainian President Volodymyr Zelensky.\n\nMartin told Zelensky at a "
            "joint press conference in Dublin: «Your struggle is our struggle… we are with you for as long as it takes.»\n\n"
            "In late February, Ireland signaled its readiness to send troops to Ukraine as part of a future peacekeeping mission. "
            "Prime Minister Martin stated this following a meeting with President Volodymyr Zelensky.\n\nMartin called this step "
            "“a serious setback” and urged continued cooperation among allies. Martin detailed that the funds would be allocated "
            "for non-lethal equipment. He said the visit came at a “critical moment” for Ukraine and underlined “the friendship "
            "between Ukraine and Ireland”.")
    said = [(c["speaker"], c["text"]) for c in _ireland(text, "claim", "2025-12-02")]
    assert {who for who, _ in said} == {"micheal-martin"}  # (never "dublin", the city before the colon)
    for words in ("Your struggle is our struggle", "Ireland signaled its readiness to send troops", "continued cooperation among allies",
                  "the funds would be allocated for non-lethal equipment", "the visit came at a “critical moment”"):
        assert any(words in what for _, what in said), words
    assert not any(what.startswith("the friendship") for _, what in said)  # (part of the statement, not one of its own)


# --- the fifty-eighth fresh list: meetings of the Ukraine Defense Contact Group -----------------------------

UDCG = seeds_with(("ukraine", "country", "Ukraine"), ("germany", "country", "Germany"), ("netherlands", "country", "Netherlands"),
                  ("norway", "country", "Norway"), ("united-kingdom", "country", "United Kingdom", "UK"),
                  ("united-states", "country", "United States", "US", "U.S."), ("russia", "country", "Russia"),
                  roles=("defence-minister", "secretary-of-defense", "secretary-general", "president"))


def _udcg(text: str, kind: str = "pledge", date: str = "2025-07-21") -> list:
    return _read(text, kind, date, UDCG)


def test_a_giver_named_after_the_amount_and_a_superlative_to_date_is_no_running_total():
    text = ("Allies pledge\n\nOther key contributions included €200 million from the Netherlands for drone interceptors and "
            "€125 million for F-16 fighter jets, as well as a €1 billion drone package from Norway for 2025.\n\nGerman Defence "
            "Minister Boris Pistorius announced that Germany alone will contribute €11 billion in support through 2029—marking the "
            "country’s largest military aid package for Ukraine to date.")
    assert _udcg(text) == [("netherlands", "200000000", "package"), ("netherlands", "125000000", "package"),
                           ("norway", "1000000000", "package"), ("germany", "11000000000", "package")]


def test_the_recipient_named_in_an_aid_story_gives_no_minister_his_country():
    text = ("Pentagon\n\nSome 20 countries have committed to new security assistance packages for Ukraine following a conference "
            "on how to meet Kyiv’s needs, Defense Secretary Lloyd Austin said Monday.")
    assert all(r["organization"] != "ukraine" for r in _udcg(text, "role", "2022-05-23"))


def test_claims_with_a_past_or_present_verb_a_judgement_beside_a_pledge_and_what_a_relative_is_described_as():
    text = ("Allies pledge\n\nUkrainian Defense Minister Denys Shmyhal on Monday said key allies pledged new defense support for "
            "Ukraine. He said the outcome reflects a united stance behind Ukraine’s defence. NATO Secretary General Mark Rutte said "
            "he recently visited Ukraine and witnessed the destruction. He thanked the UK and Norway for their contributions, "
            "describing them as \"in the hundreds of millions of dollars.\"\n\nGerman Defence Minister Boris Pistorius says "
            "today’s announcement, including Germany’s pledge of €11 billion until 2029, is a record boost in military funding "
            "for Ukraine. The €21 billion also includes the UK’s £4.5bn commitment for this year, which the country’s defence "
            "secretary John Healey described as its highest contribution yet. German Defense Minister Boris Pistorius spoke next, "
            "announcing Germany would deliver five more missile interceptors to Ukraine.")
    said = [(c["speaker"], c["text"]) for c in _udcg(text, "claim")]
    for who, words in (("denys-shmyhal", "key allies pledged new defense support"), ("denys-shmyhal", "the outcome reflects"),
                       ("mark-rutte", "he recently visited Ukraine"), ("mark-rutte", "in the hundreds of millions"),
                       ("boris-pistorius", "is a record boost"), ("john-healey", "its highest contribution yet"),
                       ("boris-pistorius", "Germany would deliver five more missile interceptors")):
        assert any(w == who and words in t for w, t in said), (who, words, said)


# --- the fifty-ninth fresh list: Asia's money for Ukraine (Japan's ERA loan, South Korea) -----------------

ASIA = seeds_with(("japan", "country", "Japan"), ("south-korea", "country", "South Korea"), ("ukraine", "country", "Ukraine"),
                  ("russia", "country", "Russia"), ("nato", "organization", "NATO"), ("g7", "organization", "G7"),
                  roles=("president", "finance-minister", "prime-minister"))


def _asia(text: str, kind: str = "pledge", date: str = "2025-04-18") -> list:
    return _read(text, kind, date, ASIA, ("donor", "amount", "currency"))


def test_a_sum_equivalent_to_another_and_frozen_assets_or_their_profits_are_no_pledges():
    text = ("Japan to allocate\n\nThe Japanese government is set to allocate approximately 520 billion yen, equivalent to $3.3 billion, "
            "to Ukraine.\n\nThe bulk of these assets, approximately €191 billion ($217 billion), are managed by Belgium-based "
            "Euroclear, which generated nearly €4.4 billion ($4.8 billion) in profits from these assets in 2023.")
    assert _asia(text, date="2024-06-20") == [("japan", "520000000000", "JPY")]


def test_a_possessive_or_a_currency_is_no_recipient_and_a_title_is_a_word_of_its_own():
    text = ("S. Korea pledges\n\nPresident Yoon Suk Yeol unveiled a plan Thursday to double South Korea's contributions to a NATO "
            "trust fund for Ukraine to US$24 million next year. It will also offer $2 billion in long-term, low-interest loans via "
            "the Economic Development Cooperation Fund.")
    assert [p[0] for p in _asia(text, date="2024-07-11")] == ["south-korea", "south-korea"]
    assert all(not r["person"].startswith("economic") for r in _asia(text, "role", "2024-07-11"))
    australia = ("Australia\n\nAustralia sent more. The additional commitments take Australia’s total contribution to support Ukraine "
                 "to 790 million Australian dollars ($529m).")
    assert [c.fields["recipient"] for c in article(australia, "pledge", "2023-06-26", AUSTRALIA)] == ["ukraine"]


def test_a_single_quoted_statement_with_an_apostrophe_a_long_described_as_and_another_speaker_after_while():
    text = ("Japan grants loan\n\nUkrainian Finance Minister Serhii Marchenko signed the agreement. 'This agreement not only meets "
            "critical fiscal demands but also underscores Japan's steadfast commitment to democratic values,' Marchenko said.\n\n"
            "South Korean President Yoon Suk Yeol spoke in Washington. Russian President Vladimir Putin warned it would be a "
            "\"big mistake\" if Seoul sent arms to Ukraine, while President "
            "Yoon insisted Seoul's decision would depend on Moscow's approach.\n\nRussian Foreign Ministry Spokeswoman Maria "
            "Zakharova spoke. She has described the West's intentions to use proceeds from frozen Russian assets to benefit "
            "Ukraine as both cynical and criminal.")
    said = [(c["speaker"], c["text"]) for c in _asia(text, "claim")]
    assert any(w == "serhii-marchenko" and t.startswith("This agreement not only meets") for w, t in said), said
    putin = next(t for w, t in said if w == "vladimir-putin")
    assert "Yoon" not in putin  # (his own words end where Yoon's begin)
    assert any("Seoul's decision would depend" in t for _, t in said)
    assert any(w == "maria-zakharova" and "as both cynical and criminal" in t for w, t in said)


# --- the sixtieth fresh list: Croatia's defence spending (2019-2025) ------------------------------------

CROATIA = seeds_with(("croatia", "country", "Croatia"), ("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"),
                     roles=("prime-minister", "defence-minister", "deputy-prime-minister", "president"))


def test_a_list_of_linked_headlines_inside_a_story_and_a_foreign_title_word_and_a_name_cut_at_a_limit():
    text = ("Croatia plans to boost defence spending\n" + "Croatia plans to boost defence spending to 2.5% of GDP by 2027. " * 4
            + "\nRead Also\n- Dutch govt bars two Israeli ministers from entering country over comments on Gaza\n"
            "- Pentagon Chief says U.S has new standard for defence spending for allies\n"
            "“Croatia is intensively working on the development of its defence industry,” Defence Minister Ivan Anusic said.")
    assert [c.fields["speaker"] for c in article(text, "claim", "2025-04-08", CROATIA)] == ["ivan-anusic"]
    caption = ("Ministar Anušić iz Den Haaga: Donesena je ključna odluka | Foto: NATO\n\nMinister Anušić from The Hague: “A key "
               "decision has been made to increase defence spending”\n\nDeputy Prime Minister and Minister of Defence Ivan Anušić "
               "participated today in meetings.")
    assert all(not c.fields["speaker"].startswith("ministar") for c in article(caption, "claim", "2025-06-25", CROATIA))
    cut = ("At the NATO meeting, Minister Anušić: “Croatia is prepared”\n“I want to make it very clear that 3.5 percent will be "
           "allocated for military purposes,” said Anušić\nDeputy Prime Minister of the Republic of Croatia and Minister of "
           "Defence Ivan Anušić is participating in the NATO Summit.")
    assert {c.fields["speaker"] for c in article(cut, "claim", "2025-06-24", CROATIA)} == {"ivan-anusic"}


def _croatia(text: str, kind: str = "target", date: str = "2025-06-25") -> list:
    return _found(text, kind, date, CROATIA)


def test_a_decision_of_the_summit_told_by_a_minister_is_the_alliances_and_so_are_its_parts_after_or():
    found = _croatia("Minister in The Hague\n\nCroatian Defence Minister Ivan Anušić took part in the meetings.\n\nDecisions were "
                     "made, Minister Anušić said, stressing: “A major decision was made at the end of the NATO summit to raise "
                     "defence spending to 5% of GDP, or 3.5% plus an additional 1.5% by 2035.”")
    assert found == [("nato", "5", "2035"), ("nato", "3.5", "2035"), ("nato", "1.5", "2035")]
    # (a country named as the subject still spends: the summit is only where it agreed)
    assert ("croatia", "3", "2030") in _croatia("Croatia spends more\n\nAt the NATO summit, Croatia agreed to raise defence "
                                                "spending to 3% of GDP by 2030.")


def test_a_goal_a_country_is_committed_to_later_in_the_sentence_is_its_own_by_that_date():
    found = _croatia("Plenković in London\n\nAfter member states received an ultimatum from NATO to raise their defense spending "
                     "to 2% of GDP, Prime Minister Andrej Plenković is expected to commit Croatia to reaching that goal by 2024.",
                     date="2018-11-14")
    assert found == [("nato", "2", None), ("croatia", "2", "2024")]


def test_a_level_in_line_with_the_alliances_recommendation_names_the_alliances_guideline():
    assert _croatia("Croatia spends\n\nAt present, Croatia dedicates 2% of its economic output to defense, aligning with NATO "
                    "recommendations for member states.", date="2025-04-10") == [("nato", "2", None)]


def test_a_title_with_its_country_before_and_joins_a_second_title():
    roles = _croatia("Minister at the summit\n\nDeputy Prime Minister of the Republic of Croatia and Minister of Defence Ivan Anušić "
                     "took part in the meetings.", "role")
    assert {(r["person"], r["role"], r["organization"]) for r in roles} == {
        ("ivan-anusic", "defence-minister", "croatia"), ("ivan-anusic", "deputy-prime-minister", "croatia")}
    # (after "the", two people: "met the Prime Minister of Croatia and Defence Minister X")
    met = _croatia("Talks\n\nHe met the Prime Minister of Croatia and Minister of Defence Ivan Anušić.", "role")
    assert {r["role"] for r in met} == {"defence-minister"}


def test_an_opinion_a_subheadline_with_a_bare_minister_title_and_a_quotation_its_paragraph_attributes_later():
    claims = _croatia("Minister Anušić from The Hague\n\nCroatia stays committed to the alliance and will meet its obligations, says "
                      "Minister Anušić\n\nDeputy Prime Minister and Minister of Defence Ivan Anušić attended the summit.\n\n"
                      "“We support raising defence expenditure, and Croatia is ready for it.” The deadline has been set for 2035. "
                      "In a statement, Minister Anušić told reporters that Croatia would meet the deadline.\n\n"
                      "He went on to say that this is a chance for the economy to grow.\n\n"
                      "Prime Minister Andrej Plenković was there too. Plenković feels that the cost of membership is worth it.",
                      "claim")
    assert [(c["speaker"], c["text"][:30]) for c in claims] == [
        ("ivan-anusic", "Croatia stays committed to the"), ("ivan-anusic", "We support raising defence exp"),
        ("ivan-anusic", "Croatia would meet the deadlin"), ("ivan-anusic", "this is a chance for the econo"),
        ("andrej-plenkovic", "the cost of membership is wort")]
    # (a sentence between that names someone else ends the wait: the quotation stays unattributed)
    other = _croatia("Summit\n\nDefence Minister Ivan Anušić attended.\n\n“We support raising defence expenditure, and we are ready "
                     "for it.” President Zoran Milanović disagreed. Minister Anušić told reporters that Croatia would meet it.",
                     "claim")
    assert all(not c["text"].startswith("We support") for c in other)


# --- the sixty-first fresh list: Finland's defence materiel packages (2022-2025) ---------------------------

def _packages(text: str, date: str = "2024-06-28") -> list[tuple]:
    return [(p["amount"], p["currency"], p["figure"]) for p in _found(text, "pledge", date, FINNISH)]


def test_what_a_package_costs_is_its_size_and_the_country_it_costs_is_no_recipient():
    assert _packages("Finland Allocates Another €8 Mln to Ukraine\n\nThe government approved a new military aid package for "
                     "Ukraine. The announced aid package will be the ninth. It will cost €8.3 million.") \
        == [("8300000", "EUR", "package")]
    assert _packages("Finland sends its 24th package\n\nFinland has announced its 24th military aid package for Ukraine.\n\n"
                     "The replacement of the equipment in this batch is estimated to cost Finland approximately €159 million.") \
        == [("159000000", "EUR", "package")]


def test_the_value_given_so_far_is_a_running_total_however_it_is_worded():
    assert _packages("Finland's aid\n\nThe total value of defence equipment supplied by Finland to Ukraine is currently "
                     "€2.2 billion.") == [("2200000000", "EUR", "running-total")]
    assert _packages("Finland's aid\n\nThe package brings the value of the defense equipment delivered by Finland to Ukraine to "
                     "€2.5 billion.") == [("2500000000", "EUR", "running-total")]
    assert _packages("Finland's aid\n\nOverall, during the eight months of the war, Finland provided approximately €93 million "
                     "in aid to Ukraine.") == [("93000000", "EUR", "running-total")]


def test_a_ledes_dollar_figure_is_the_bodys_euro_package_it_was_converted_to():
    assert _packages("Finland approves new package\n\nFinland announced a new military aid package for Kyiv on Friday, worth more "
                     "than $200 million.\n\nThe package is worth almost €200 million ($207 million), Finnish public "
                     "broadcaster YLE reported.", "2025-01-31") == [("200000000", "EUR", "package")]


def test_a_source_line_names_the_speaker_of_the_quote_after_it_and_the_politician_is_the_one_just_named():
    claims = _found("Finland has given Ukraine a lot\n\nSource: Ville Tavio, a Finnish minister, in an interview for a news "
                    "agency\n\nQuote: \"Finland’s total support to Ukraine since the beginning of the war is worth a great "
                    "deal.\"\n\nFinnish defence minister Antti Kaikkonen also said that the world should help Ukraine further.\n\n"
                    "\"This is unlikely to be the last. We must be ready to support Ukraine for a long time,\" the politician "
                    "said.", "claim", "2023-11-12", FINNISH)
    assert [(c["speaker"], c["text"][:24]) for c in claims] == [
        ("ville-tavio", "Finland’s total support "), ("antti-kaikkonen", "the world should help Uk"),
        ("antti-kaikkonen", "This is unlikely to be t")]


# --- the sixty-second fresh list: the Hague summit as it happened (live blogs) ------------------------------

HAGUE = seeds_with(("nato", "organization", "NATO", "Nato"), ("ukraine", "country", "Ukraine"), ("russia", "country", "Russia"),
                   ("united-kingdom", "country", "United Kingdom", "UK", "Britain"), ("france", "country", "France"),
                   ("germany", "country", "Germany"), ("spain", "country", "Spain"), ("czechia", "country", "Czechia", "Czech Republic"),
                   ("united-states", "country", "United States", "US"), ("mark-rutte", "person", "Mark Rutte", "Rutte"),
                   ("donald-trump", "person", "Donald Trump", "Trump"), ("keir-starmer", "person", "Keir Starmer", "Starmer"),
                   ("volodymyr-zelenskyy", "person", "Volodymyr Zelenskyy", "Zelenskyy"))


def _live(text: str, kind: str = "claim") -> list:
    return _found(text, kind, "2025-06-25", HAGUE)


def _said(text: str) -> list[tuple[str, str]]:
    return [(c["speaker"], c["text"]) for c in _live(text)]


def test_a_judgement_and_its_reason_are_claims_each_up_to_the_next_and_a_live_blogs_time_stamps_go():
    assert _said("Nato summit live\n\nNato secretary general Mark Rutte repeatedly praised Trump’s leadership for getting the "
                 "alliance to move on spending (14:45, 14:56), and pointedly criticised the Russian president, Vladimir Putin, "
                 "for telling “lies” (15:04).") == [
        ("mark-rutte", "praised Trump’s leadership for getting the alliance to move on spending"),
        ("mark-rutte", "criticised the Russian president, Vladimir Putin, for telling “lies”")]


def test_what_a_leader_promised_to_do_or_defended_is_a_claim_but_a_share_of_gdp_promised_is_a_target():
    said = _said("Nato summit live\n\nUS president Donald Trump also pledged to look into giving Ukraine more Patriot missiles "
                 "(16:36).\n\nSpanish prime minister Pedro Sánchez defended his view that Spain could meet the new capability "
                 "obligations without reaching the new spending target (15:07).")
    assert [s for s, _ in said] == ["donald-trump", "pedro-sanchez"]
    assert said[0][1].startswith("to look into giving Ukraine") and said[1][1].startswith("Spain could meet")
    assert _said("Germany spends\n\nThe German defence minister Boris Pistorius pledged to raise military spending to 3.5 percent of "
                 "GDP by 2029, which is more than most allies.") == []


def test_the_outer_statement_holds_the_report_inside_it_and_a_second_verb_gives_a_second_claim():
    said = _said("Starmer at Nato\n\nKeir Starmer is now being quizzed by reporters.\n\nStarmer says the position of Nato has not "
                 "changed, nor his own.\n\nHe says the UK has this week announced that it will provide more defence missiles to "
                 "protect Ukraine.\n\nStarmer says this investment can also benefit the UK by becoming a job-creating machine, and "
                 "explains that the country is committing to buying new jets.")
    assert sorted(said) == sorted([
        ("keir-starmer", "the position of Nato has not changed, nor his own"),
        ("keir-starmer", "the UK has this week announced that it will provide more defence missiles to protect Ukraine"),
        ("keir-starmer", "this investment can also benefit the UK by becoming a job-creating machine"),
        ("keir-starmer", "the country is committing to buying new jets")])


def test_another_speaker_after_and_ends_a_statement_and_a_relative_clause_reports_no_one():
    said = _said("Nato summit live\n\nEuropean leaders backed the target, with some – including Ukrainian president Volodymyr "
                 "Zelenskyy – even saying the proposed timeline risked being too slow, and Czech Republic’s Petr Pavel saying the "
                 "ramp up reflects the needs “we were neglecting for decades” (16:48).\n\nMark Rutte spoke to reporters. He also said "
                 "the US remained fully committed to Article 5, which states that if a Nato ally is attacked, all other members "
                 "will act.")
    assert ("volodymyr-zelenskyy", "the proposed timeline risked being too slow") in said
    assert any(s == "petr-pavel" and t.startswith("the ramp up reflects") for s, t in said)
    assert [t for s, t in said if s == "mark-rutte"] == [
        "the US remained fully committed to Article 5, which states that if a Nato ally is attacked, all other members will act"]


def test_a_quotation_after_by_saying_is_the_sentence_subjects_however_far():
    said = _said("Nato summit live\n\nMeanwhile, US president Donald Trump revealed a message he received.\nHe is set to arrive "
                 "this evening after injecting some uncertainty over whether the US would abide by the guarantees outlined in the "
                 "Nato treaty by saying the US commitment to Article 5 “depends on your definition” of the mechanism (16:29).")
    assert ("donald-trump", "depends on your definition") in said


def test_the_new_target_leaders_backed_is_the_alliances_and_countries_committed_to_it_have_it_too():
    assert _live("Nato summit live\n\nNato leaders gather in The Hague. European leaders largely backed the new 5% GDP target, "
                 "with some – including Ukrainian president Volodymyr Zelenskyy – saying the timeline was too slow.", "target") \
        == [("nato", "5", None)]
    assert _live("Nato summit\n\nNato allies are likely to endorse a goal of spending 5% of their GDP.\n\nAhead of the meeting, "
                 "Britain, France and Germany committed to the 5% goal.", "target") \
        == [("nato", "5", None), ("united-kingdom", "5", None), ("france", "5", None), ("germany", "5", None)]


# --- the sixty-third fresh list: Switzerland's money in Swiss francs -----------------------------------------

SWISS = seeds_with(("ukraine", "country", "Ukraine"), ("russia", "country", "Russia"), roles=("foreign-minister", "president"))


def _francs(text: str, kind: str = "pledge", date: str = "2023-09-29") -> list:
    found = _found(text, kind, date, SWISS)
    return [(p["donor"], p["amount"], p["currency"], p["figure"]) for p in found] if kind == "pledge" else found


def test_a_currency_named_by_a_country_is_no_giver_and_past_years_sums_are_a_running_total():
    assert _francs("Switzerland allocates CHF 100 million for mine clearance\n\nThe Federal Council of Switzerland adopted a CHF 100 "
                   "million (€103.5 million) financial package for mine clearance in Ukraine.\n\nSwitzerland has already been "
                   "participating in mine clearance in Ukraine. CHF 15.2 million (US$16,4 million) have been allocated for 2022 and "
                   "2023, mainly to support two foundations.") \
        == [("switzerland", "100000000", "CHF", "package"), ("switzerland", "15200000", "CHF", "running-total")]
    assert _francs("Switzerland prioritises demining in Ukraine\n\nThe government has allocated CHF100 million ($110 million) for "
                   "demining in Ukraine.\n\nAccording to the government, a total amount of CHF15.2 million has been made available "
                   "for the years 2022 and 2023.") \
        == [("switzerland", "100000000", "CHF", "package"), ("switzerland", "15200000", "CHF", "running-total")]


def test_a_total_still_to_be_spent_is_a_package_and_what_was_given_since_the_beginning_a_running_total():
    assert _francs("Swiss approve package\n\nSwitzerland's Federal Council has approved a package to demine Ukraine. \"A total of CHF "
                   "100 million will be earmarked for humanitarian demining between 2024 and 2027,\" the government said.") \
        == [("switzerland", "100000000", "CHF", "package")]
    assert _francs("Swiss minister in Lausanne\n\nAccording to him, since the beginning of Russia’s full-scale aggression, Switzerland "
                   "has allocated about CHF3.7 billion to Ukraine.", date="2024-10-17") \
        == [("switzerland", "3700000000", "CHF", "running-total")]


def test_calling_it_a_quotation_and_a_hope_expressed_after_a_statement_are_the_subjects():
    claims = _francs("Kuleba thanks Switzerland\n\nUkraine’s Foreign Minister Dmytro Kuleba has thanked Switzerland for its support, "
                     "calling it \"substantial aid in clearing the Ukrainian soil of Russian mines\".\n\nSwiss Foreign Minister Ignazio "
                     "Cassis spoke in Lausanne. The Foreign Minister noted that such conferences often become a catalyst for "
                     "government decisions, and expressed hope that other countries would follow.", "claim")
    assert [(c["speaker"], c["text"]) for c in claims] == [
        ("dmytro-kuleba", "substantial aid in clearing the Ukrainian soil of Russian mines"),
        ("ignazio-cassis", "such conferences often become a catalyst for government decisions"),
        ("ignazio-cassis", "other countries would follow")]


# --- the sixty-fourth fresh list: Slovakia under Fico -------------------------------------------------------

SLOVAK = seeds_with(("ukraine", "country", "Ukraine"), ("russia", "country", "Russia"), ("nato", "organization", "NATO"),
                    ("denmark", "country", "Denmark"))


def test_a_sum_refused_is_no_pledge_but_one_given_after_another_refusal_is():
    assert _found("Fico: no more aid\n\nEarlier, Fico said that Slovakia does not intend to participate in providing Kiev with a "
                  "loan of €70 billion, but is ready to provide humanitarian assistance.", "pledge", "2026-06-28", SLOVAK) == []
    (given,) = _found("Denmark pledges\n\nDenmark will not give up, but will provide 100 million euros to Ukraine.", "pledge",
                      "2024-05-01", SLOVAK)
    assert (given["donor"], given["amount"]) == ("denmark", "100000000")


def test_a_photo_credit_is_no_part_of_a_name_and_the_head_of_an_institution_is_its_president():
    roles = _found("Fico reacts\n\nSlovak Prime Minister Robert Fico Photo: Jaroslav Novák / TASR\nSlovakia’s Prime Minister Robert "
                   "Fico said on Monday that Bratislava should decide.\n\nThe Prime Minister of Slovakia, Robert Fico, said that he "
                   "had informed the head of the European Commission, Ursula von der Leyen, that his government would not provide "
                   "military aid.", "role", "2025-06-23", SLOVAK)
    assert {(r["person"], r["role"], r["organization"]) for r in roles} == {
        ("robert-fico", "prime-minister", "slovakia"), ("ursula-von-der-leyen", "president", "european-commission")}


# --- the sixty-fifth fresh list: United States drawdowns ------------------------------------------------------

AMERICAN = seeds_with(("ukraine", "country", "Ukraine"), ("russia", "country", "Russia"),
                      ("united-states", "country", "United States", "US", "U.S."), roles=("president", "secretary-of-state",
                                                                                           "secretary-of-defense", "defence-minister"))


def _us(text: str, kind: str = "pledge", date: str = "2022-12-21") -> list:
    found = _found(text, kind, date, AMERICAN)
    return [(p["amount"], p["figure"]) for p in found] if kind == "pledge" else [(c["speaker"], c["text"]) for c in found]


def test_a_sum_asked_of_congress_is_no_pledge_and_a_round_sum_reported_before_the_announcement_is_the_same_package():
    assert _us("Biden asks\n\nIn October, President Biden asked Congress for $106 billion in national security supplemental "
               "spending to provide military aid for Ukraine and humanitarian aid for Israel.", date="2023-12-27") == []
    assert _us("US aid\n\nUS Secretary of State Antony Blinken officially announced a new military aid package for Ukraine for "
               "$1.85 billion.\n\nEarlier, a representative of the White House reported that US President Joe Biden would "
               "announce a new assistance package to Ukraine worth about $2 billion.") == [("1850000000", "package")]


def test_part_of_the_total_names_a_package_and_what_is_said_after_a_running_total_is_a_claim():
    assert _us("US to announce aid\n\nDefense Secretary Lloyd Austin said Tuesday that the US will soon announce more than $2.3 "
               "billion in military aid for Ukraine.\n\nIt was unclear how much of the total $2.3 billion would be under "
               "Presidential Drawdown Authority.", date="2024-07-02") == [("2300000000", "package")]
    said = _us("Blinken authorizes aid\n\nSecretary of State Antony Blinken announced that he had authorized $200 million in "
               "defensive assistance for Ukraine.\n\nBlinken noted that the additional funds would bring the total amount of U.S. "
               "security assistance provided to Ukraine since Jan. 2021 to $1.2 billion, saying in a post on Twitter that the "
               "fourth drawdown in less than a year was “unprecedented.”", "claim", "2022-03-12")
    assert ("antony-blinken", "the fourth drawdown in less than a year was “unprecedented.”") in said


def test_the_official_after_an_unnamed_official_is_not_the_last_person_named():
    said = _us("US aid\n\nDefense Secretary Lloyd Austin said Tuesday that the US will soon announce aid for Ukraine.\n\nA White "
               "House official told CNN at the time that in private discussions, “many of these countries have understood the "
               "necessity of this decision.”\n\n“If any of our partners were in an existential situation, we would move heaven "
               "and earth to help them,” the official said.", "claim", "2024-07-02")
    assert [s for s, _ in said] == ["lloyd-austin"]


# --- the sixty-sixth fresh list: Iceland, the ally without armed forces ----------------------------------------

ICELANDIC = seeds_with(("ukraine", "country", "Ukraine"), ("russia", "country", "Russia"), ("nato", "organization", "NATO"),
                       ("jens-stoltenberg", "person", "Jens Stoltenberg", "Stoltenberg"),
                       roles=("prime-minister", "foreign-minister", "secretary-general", "spokesperson"))


def _iceland(text: str, kind: str = "claim", date: str = "2022-03-02") -> list:
    found = _found(text, kind, date, ICELANDIC)
    return [(c["speaker"], c["text"]) for c in found] if kind == "claim" else found


def test_a_conferences_sum_is_no_ones_pledge_and_a_country_after_of_is_no_speaker():
    text = ("Iceland to lead demining training\n\nRepresentatives of 26 countries met in Copenhagen last week.\n\nConference "
            "participants agreed to support Ukraine with €1.5 billion, or 270 billion ISK.\n\nIceland presented a proposal. "
            "Iceland is going to lead the project.\n\nForeign Minister Anna Smith of Iceland said she was happy that Iceland had "
            "something to offer for the cause.")
    assert _iceland(text, "pledge", "2022-08-15") == []
    assert _iceland(text, date="2022-08-15") == [("anna-smith", "she was happy that Iceland had something to offer for the cause")]


def test_an_honorific_a_misspelt_surname_and_what_was_announced_by_a_leader_after_an_event():
    roles = _iceland("Talks\n\nNATO Secretary General Jens Stoltenberg met Prime Minister of Iceland Ms. Katrín Jakobsdóttir in "
                     "Brussels for talks.", "role")
    assert ("katrin-jakobsdottir", "prime-minister", "iceland") in {(r["person"], r["role"], r["organization"]) for r in roles}
    said = _iceland("Iceland doubles support\n\nThe Icelandic government will double its defense support for Ukraine this year. "
                    "The funds will be used to demine the territory of Ukraine. This was announced by the Prime Minister of Iceland "
                    "Kristrún Frostadóttir following the plenary session of the Support Ukraine event.\n\n\"That is why we are "
                    "doubling our military assistance to Ukraine, and we hope that these funds will be used for demining,\" "
                    "Frostadouttir said.", date="2025-02-24")
    assert [s for s, _ in said] == ["kristrun-frostadottir", "kristrun-frostadottir"]
    assert said[0][1].startswith("The Icelandic government will double its defense support for Ukraine this year. The funds")


def test_a_transcripts_labelled_speaker_and_a_title_opening_the_sentence_is_its_subject():
    said = _iceland("Press point\n\nNATO Secretary General Jens Stoltenberg met the Prime Minister of Iceland.\n\nNATO Secretary "
                    "General Jens Stoltenberg: Iceland is important for NATO for many reasons.\n\nThe Secretary General commended "
                    "Prime Minister Katrín Jakobsdóttir for Iceland’s support for Ukraine. “We are grateful for the contributions you "
                    "are making towards our shared security”, he said.")
    assert ("jens-stoltenberg", "Iceland is important for NATO for many reasons") in said
    assert ("jens-stoltenberg", "We are grateful for the contributions you are making towards our shared security") in said
    assert {s for s, _ in said} == {"jens-stoltenberg"}


# --- the sixty-seventh fresh list: Japan's 2 % of GDP -------------------------------------------------------------

NIPPON = seeds_with(("japan", "country", "Japan"), ("nato", "organization", "NATO"),
                    ("united-states", "country", "United States", "US", "U.S."),
                    roles=("prime-minister", "defence-minister", "finance-minister", "foreign-minister", "president"))


def _nippon(text: str, kind: str = "target", date: str = "2025-10-24") -> list:
    return _found(text, kind, date, NIPPON)


def test_a_goal_due_in_a_fiscal_year_is_due_in_the_year_it_is_named_for_or_starts_in():
    assert _nippon("Japan to spend more\n\nPrime Minister Fumio Kishida has given the nod to boost Japan’s defense budget to 2 "
                   "percent of gross domestic product in fiscal 2027.", date="2022-11-29") == [("japan", "2", "2027")]
    assert _nippon("Japan to spend more\n\nPrime Minister Fumio Kishida has told his ministers to increase Japan’s defense budget "
                   "to around 2% of gross domestic product in the year starting April 2027.", date="2022-11-28") == [("japan", "2", "2027")]
    assert _nippon("Japan to spend more\n\nJapan's new Prime Minister Sanae Takaichi announced plans to accelerate the country’s "
                   "defense spending target, committing to reach 2% of GDP within the current fiscal year ending March 2026.") \
        == [("japan", "2", "2025")]
    assert _nippon("Japan target\n\nTokyo's previous target was to be spending two percent of gross domestic product in the "
                   "2027-28 fiscal year.") == [("japan", "2", "2027")]


def test_a_goal_brought_forward_by_a_later_sentence_and_levels_capped_or_budgeted():
    assert _nippon("Japan target\n\nJapan’s new Prime Minister Sanae Takaichi stated that the government will reach its defense "
                   "spending goal of 2% of GDP ahead of schedule.\n\nThe target, originally set for 2027, will now be met within "
                   "the current fiscal year ending March 31, 2026.") == [("japan", "2", "2025")]
    assert _nippon("Japan to spend more\n\nJapan will boost its defense budget to 2 percent of GDP in fiscal 2027, a major increase "
                   "to overall defense spending, which has long been capped at 1 percent of GDP.\n\nOverall defense spending for "
                   "fiscal 2021 was budgeted at 6.1 trillion yen, which was 1.09 percent of GDP.", date="2022-11-29") \
        == [("japan", "2", "2027")]


def test_a_countrys_own_spending_plan_and_a_stimulus_package_are_no_pledges_and_an_economist_is_a_source():
    text = ("Japan’s new prime minister pushes for faster defense buildup\n\nPrime Minister Sanae Takaichi spoke on Friday. "
            "Japan originally set its goal of raising defense spending "
            "to 2% of GDP in 2022, pledging 43 trillion yen ($285 billion) over five years.\n\nTakaichi said part of the increase "
            "would be financed through a supplementary budget, which will accompany an economic stimulus package expected to "
            "exceed 13.9 trillion yen.\n\nAccording to Barclays Japan economist Naohiko Baba, the additional 1.1 trillion yen "
            "needed to advance the 2% target could be “a cheap price to pay” if it strengthens ties with Washington.")
    assert _nippon(text, "pledge") == []
    assert {c["speaker"] for c in _nippon(text, "claim")} == {"sanae-takaichi", "naohiko-baba"}


def test_a_capital_reporting_inside_a_ministers_statement_and_a_headlines_new_is_no_name():
    text = ("New Japan PM to advance defense spending target\n\nForeign Minister Toshimitsu Motegi said on Oct. 22 that Tokyo will "
            "tell Trump that it will place a \"fundamental strengthening of defense capabilities as the top priority, based on the "
            "ongoing reviewing of the key security documents.\"")
    claims = _nippon(text, "claim")
    assert [c["speaker"] for c in claims] == ["toshimitsu-motegi"]
    assert all(r["person"] != "new-japan" for r in _nippon(text, "role"))


# --- the sixty-eighth fresh list: Portugal at the Washington summit ---------------------------------------------

LUSO = seeds_with(("portugal", "country", "Portugal"), ("ukraine", "country", "Ukraine"), ("nato", "organization", "NATO"),
                  roles=("prime-minister", "foreign-minister", "defence-minister", "secretary-general"))


def test_a_prime_minister_whose_surname_is_a_countrys_name_is_no_country_and_a_years_aid_that_will_reach_a_sum_is_a_total():
    text = ("Portugal’s aid to be repeated next year\n\nPortuguese Prime Minister Luís Montenegro has announced that Portugal’s aid "
            "to Ukraine will reach over €220 million ($239 mn) this year and will be replicated in 2025.\n\nAccording to Lusa, NATO "
            "Secretary General Jens Stoltenberg has proposed that the Alliance commit to an annual sum of €40 billion for "
            "Ukraine.\n\nMontenegro, accompanied by Foreign Minister Paulo Rangel and Defence Minister Nuno Melo, is participating "
            "in the meeting of the North Atlantic Council.")
    pledges = _found(text, "pledge", "2024-07-11", LUSO)
    assert [(p["donor"], p["amount"], p["figure"]) for p in pledges] == [("portugal", "220000000", "running-total")]
    roles = {(r["person"], r["organization"]) for r in _found(text, "role", "2024-07-11", LUSO)}
    assert {("paulo-rangel", "portugal"), ("nuno-melo", "portugal")} <= roles and not any(o == "montenegro" for _, o in roles)


def test_a_share_of_budgetary_spending_is_no_share_of_gdp():
    assert _found("Portugal pledges aid\n\nMontenegro also added that Portugal intends to reach 2% of budgetary spending on "
                  "defense, which will be achieved in 2029.", "target", "2024-07-10", LUSO) == []


# --- the sixty-ninth fresh list: Estonia's defence spending in 2025 -------------------------------------------------

BALTIC = seeds_with(("estonia", "country", "Estonia"), ("latvia", "country", "Latvia"), ("lithuania", "country", "Lithuania"),
                    ("nato", "organization", "NATO"), ("united-states", "country", "United States", "U.S."),
                    roles=("prime-minister", "defence-minister", "president"))


def _baltic(text: str, kind: str = "target", date: str = "2025-03-18") -> list:
    return _found(text, kind, date, BALTIC)


def test_a_headline_goal_in_an_article_about_a_country_that_names_nato_most_is_the_countrys():
    assert _baltic("Prime minister: Defense spending likely to exceed 5% of GDP in coming years\n\nPrime Minister Kristen Michal of "
                   "Estonia spoke about Estonia and NATO. Estonia will act on NATO's plans with NATO allies.") == [("estonia", "5", None)]


def test_our_target_in_a_quotation_is_the_speakers_countrys_and_a_deadline_is_the_nearest_figures():
    found = _baltic("Estonia ramps up spending\n\nPrime Minister Kristen Michal of Estonia revealed the plans.\n\n“Our key security "
                    "partner has made it clear: NATO members must raise their defense budgets. We know our adversary, and I fully "
                    "agree — 5% should be our target. Although we planned 3.7% for 2026, we need to accelerate our investments,” "
                    "Michal wrote.", date="2025-04-25")
    assert found == [("estonia", "5", None), ("estonia", "3.7", "2026")]


def test_a_group_of_states_has_no_one_states_goal_and_a_capital_aiming_after_a_sentence_about_spending_has_one():
    found = _baltic("Baltic spending\n\nAll three Baltic States have pledged to raise defense spending to 5% of GDP in the coming years, "
                    "a target suggested by U.S. President Donald Trump.\n\nEstonia, Latvia and Lithuania all already allocate more "
                    "than 3% of GDP to defense spending. Riga is also aiming for 4% next year.", date="2025-02-19")
    assert found == [("latvia", "4", "2026")]


def test_a_post_embedded_with_its_authors_name_and_handle_is_his_claim():
    claims = _baltic("Estonia ramps up spending\n\nThis was announced by Estonian Defense Minister Hanno Pevkur on X.\n\nHistoric "
                     "decision - Estonian defence spendings will increase to 5,4% already 2026! @Kaitsevagi @EstonianGovt "
                     "pic.twitter.com/bHwndIHKhg — Hanno Pevkur (@HPevkur) April 24, 2025", "claim", "2025-04-25")
    assert [(c["speaker"], c["text"]) for c in claims] == [
        ("hanno-pevkur", "Historic decision - Estonian defence spendings will increase to 5,4% already 2026!")]


# --- the seventieth fresh list: NATO's 2 % scoreboard --------------------------------------------------------------

SCOREBOARD = seeds_with(("nato", "organization", "NATO", "Nato"), ("croatia", "country", "Croatia"), ("estonia", "country", "Estonia"),
                        ("greece", "country", "Greece"), ("poland", "country", "Poland"), ("sweden", "country", "Sweden"),
                        ("united-states", "country", "United States", "US"), ("jens-stoltenberg", "person", "Jens Stoltenberg"),
                        roles=("secretary-general", "president"))


def _board(text: str, kind: str = "target", date: str = "2024-06-18") -> list:
    return _found(text, kind, date, SCOREBOARD)


def test_shares_in_brackets_are_levels_and_a_count_of_allies_reaching_the_target_gives_it_no_deadline():
    assert _board("NATO estimates\n\nData released by NATO indicates that 20 of its 29 member states will not reach the desired "
                  "spending benchmark of 2% of GDP on defence in 2022.\n\nCroatia (2.03%), Estonia (2.34%), Greece (3.76%) and "
                  "Poland (2.42%) are the only countries that are expected achieve the goal this year.", date="2022-06-27") \
        == [("nato", "2", None)]
    assert _board("Record number\n\nNATO chief Jens Stoltenberg said yesterday that 18 of the alliance's 31 countries are set to meet "
                  "the defence spending target of two percent of gross domestic product in 2024.", date="2024-02-15") \
        == [("nato", "2", None)]


def test_a_verb_set_off_by_commas_before_its_that_a_trailing_announces_and_a_three_word_subject():
    said = _board("Record number\n\nMore than 20 member countries in Nato are expected to reach the alliance's two per cent target by "
                  "2024, announces Nato's Secretary General Jens Stoltenberg.\n\nJens Stoltenberg stated, in connection with a meeting "
                  "with the USA's President Joe Biden, that a total of 23 countries are expected to reach the target by 2024.\n\n"
                  "Stoltenberg spoke in Brussels, adding overall military spending was set for another record year.", "claim")
    assert [c["speaker"] for c in said] == ["jens-stoltenberg"] * 3
    roles = _board("Record number\n\nJens Stoltenberg met the USA's President Joe Biden in Sweden.", "role")
    assert [(r["person"], r["organization"]) for r in roles] == [("joe-biden", "united-states")]


# --- the seventy-first fresh list: Hungary and NATO's 2 % -------------------------------------------------------

MAGYAR = seeds_with(("hungary", "country", "Hungary"), ("nato", "organization", "NATO"),
                    ("united-states", "country", "United States", "US"), ("donald-trump", "person", "Donald Trump"),
                    roles=("prime-minister", "foreign-minister", "president"))


def _magyar(text: str, kind: str = "target", date: str = "2024-03-12") -> list:
    return _found(text, kind, date, MAGYAR)


def test_a_leaders_administration_commits_its_country_and_a_commitment_made_by_all_members_is_the_alliances():
    assert _magyar("Hungary and NATO\n\nThe Orbán administration has committed to spending at least two per cent of the country’s "
                   "GDP on defence by the end of 2024, a commitment made in 2014 by all NATO members. Hungary is on course.") \
        == [("nato", "2", None), ("hungary", "2", "2024")]


def test_a_goal_opposed_is_none_and_a_requirement_a_count_of_members_meets_has_no_deadline():
    assert _magyar("Orbán on spending\n\nHungarian Prime Minister Viktor Orbán has stated his opposition to increasing defense "
                   "spending beyond 2% of GDP, citing the potential harm to Hungary’s economy.", date="2024-12-21") == []
    assert _magyar("Hungary will meet NATO commitment\n\nHungary is one of nine NATO members to meet the 2 percent requirement this "
                   "year, he added.", date="2023-04-05") == [("nato", "2", None)]


def test_we_shall_reach_in_a_quotation_after_a_spending_sentence_and_a_person_named_as_president_of_a_country():
    text = ("Orbán at the summit\n\nThe Prime Minister confirmed that Hungary will honour its undertakings, and will raise its defence "
            "expenditure to two per cent of gross domestic product (GDP). “We shall reach two per cent more or less by 2024”, he "
            "said.\n\nThe Prime Minister was asked about the election of Donald Trump as President of the United States.")
    assert ("hungary", "2", "2024") in _magyar(text, date="2017-05-25")
    roles = _magyar(text, "role", "2017-05-25")
    assert [(r["person"], r["role"], r["organization"]) for r in roles] == [("donald-trump", "president", "united-states")]


# --- the seventy-second fresh list: New Zealand's money in New Zealand dollars -------------------------------------

KIWI = seeds_with(("new-zealand", "country", "New Zealand"), ("australia", "country", "Australia"), ("ukraine", "country", "Ukraine"),
                  ("nato", "organization", "NATO"), ("united-states", "country", "United States"),
                  ("united-kingdom", "country", "United Kingdom"), ("latvia", "country", "Latvia"),
                  roles=("prime-minister", "foreign-minister", "defence-minister"))


def _kiwi(text: str, kind: str = "pledge", date: str = "2025-06-23") -> list:
    return _read(text, kind, date, KIWI, _COMPARED["pledge"])


def test_the_one_country_a_page_names_is_its_own_and_a_summit_or_a_fund_it_pays_into_gives_nothing():
    assert _kiwi("Government announces support package for Ukraine\n\nThe government has announced a $16 million support package for "
                 "Ukraine ahead of this week's NATO Summit in the Hague.\n\nThe Prime Minister said New Zealand stood in solidarity "
                 "with Ukraine.") == [("new-zealand", "16000000", "NZD", "package")]
    assert _kiwi("Government puts money towards weapons\n\nThe government is putting $15 million towards a United States and "
                 "NATO initiative to supply weapons and equipment to Ukraine.\n\nCollins said New Zealand stood in solidarity with "
                 "Ukraine. The money meets New Zealand's international obligations.", date="2025-10-16") \
        == [("new-zealand", "15000000", "NZD", "package")]


def test_the_capitalised_government_is_the_pages_and_parts_adding_up_to_the_package_before_are_its_shares():
    assert _kiwi("New Zealand pledges aid to Ukraine\n\nNew Zealand will provide Ukraine $25 million for both weapons and humanitarian "
                 "aid.\n\nAustralia has also supported Ukraine through this fund, announcing last week it would provide $50m to "
                 "procure weapons.\n\nThe Government will also provide a further $7m to New Zealand and international aid agencies "
                 "supporting Ukrainians displaced by the war.", date="2024-02-22") \
        == [("new-zealand", "25000000", "NZD", "package"), ("australia", "50000000", "AUD", "package"),
            ("new-zealand", "7000000", "NZD", "package")]
    found = _kiwi("New Zealand commits support\n\nPrime Minister Christopher Luxon of New Zealand announced a further $16 million of "
                  "support for Ukraine.\n\n“New Zealand will provide an additional $6 million in military assistance for Ukraine, and "
                  "$10 million in humanitarian assistance,” stated Prime Minister Luxon.\n\nOf the military assistance, $2 million will "
                  "support military healthcare for Ukraine, and $4 million will go to the drone capability coalition for Ukraine, led by "
                  "the United Kingdom and Latvia.", date="2024-07-10")
    assert found[:3] == [("new-zealand", "16000000", "NZD", "package"), ("new-zealand", "6000000", "NZD", "share"),
                         ("new-zealand", "10000000", "NZD", "share")]
    assert {("new-zealand", "2000000"), ("new-zealand", "4000000")} <= {(d, a) for d, a, _, _ in found}


# --- the seventy-third fresh list: ministers on air defence, and an interview ------------------------------------

def test_an_interviews_answers_are_the_interviewees_and_its_questions_no_ones():
    text = ("UK Defence Secretary John Healey\n\nThe UK Secretary of State for Defense, John Healey, paid a visit to Ukraine, where "
            "the agency managed to get a blitz interview about Vladimir Putin’s rhetoric.\nWE ARE NOT INTIMIDATED\n- Putin "
            "manipulates global fears of a nuclear war. How could Western leaders impose their own rules on Putin?\n- First, we "
            "cannot be intimidated by Putin's rhetoric or his escalation, and we're not.\nThe purpose of me being here in Kyiv is "
            "to discuss the shared plan we have to strengthen Ukraine.\nSETTLEMENT TALKS\n- Do you believe the war will stop in 24 "
            "hours?\n- It’s Ukrainians that are fighting, it's Ukrainians that decide when to start talking. Our support will "
            "continue.")
    claims = _found(text, "claim", "2024-11-20", NORTH)
    assert [(c["speaker"], c["text"][:30]) for c in claims] == [
        ("john-healey", "First, we cannot be intimidate"), ("john-healey", "The purpose of me being here i"),
        ("john-healey", "It’s Ukrainians that are fight")]
    # (dashes on a page that is no interview are a list, no one's words)
    assert _found("Finland sends aid\n\nFinland's minister Antti Häkkänen spoke.\n- The previous aid package was allocated by Finland "
                  "in June this year.\n- Finland participates in the Armored Coalition to help Ukraine.", "claim", "2024-09-13",
                  NORTH) == []


def test_the_secretary_of_state_for_defence_is_a_title_and_an_office_held_here_goes_to_no_second_person():
    healey = ("UK Defence Secretary on air defence\n\nThe UK Secretary of State for Defense, John Healey, paid a visit to Kyiv.\n"
              "He met Defense Minister Rustem Umerov to discuss air defence.\n")
    assert _found(healey, "role", "2024-11-20", NORTH) == [
        {"person": "john-healey", "role": "defence-minister", "organization": "united-kingdom", "status": "current"}]
    # (a former holder of the office is no second holder of it)
    wallace = ("UK sends air defence\n\nThe UK Secretary of State for Defence, John Healey, visited Kyiv on Monday. Former Defence "
               "Secretary Ben Wallace said the aid was late.")
    assert [(r["person"], r["status"]) for r in _found(wallace, "role", "2024-11-20", NORTH)] == [
        ("john-healey", "current"), ("ben-wallace", "former")]


# --- the seventy-fourth fresh list: Canada's money in Canadian dollars ----------------------------------------------

# (Russia, Israel and Iran as the gazetteer names them, from pycountry: Russia is then the war's adversary)
MAPLE = seeds_with(("canada", "country", "Canada"), ("ukraine", "country", "Ukraine"),
                   ("united-states", "country", "United States", "U.S."), ("g7", "organization", "G7", "Group of Seven"),
                   roles=("prime-minister", "defence-minister", "president"))


def _maple(text: str, kind: str = "pledge", date: str = "2025-06-17") -> list:
    return _read(text, kind, date, MAPLE, _COMPARED["pledge"], _COMPARED)


def test_a_country_named_in_anothers_office_or_another_war_leaves_the_one_named_as_a_subject_the_pages():
    text = ("Carney pledges billions for Ukraine\n\nPrime Minister Mark Carney announced $2 billion in military support for Ukraine "
            "on Tuesday and condemned Russia’s “barbarism” following its deadliest attack this year on Kyiv.\nCanada is also "
            "promising sanctions on 200 vessels.\nThe wartime leader had hoped to meet U.S. President Donald Trump, who left "
            "to deal with the escalating war between Israel and Iran.")
    assert ("mark-carney", "prime-minister", "canada") in _maple(text, "role")
    assert _maple(text) == [("canada", "2000000000", "CAD", "package")]
    # (a standfirst over a longer paragraph is no line wrapped by hand: "… as Zelenskyy attends G7" / "Prime Minister …")
    deck = ("Carney pledges $4.3B for Ukraine, adds sanctions\nSanctions target Russian individuals and vessels as Zelenskyy "
            "attends G7\nPrime Minister Mark Carney announced billions in support for Ukraine and tougher sanctions against Russia "
            "Tuesday as he condemned Russia's \"barbarism\" following its deadliest attack this year on Kyiv and on its people.\n"
            "Canada is also lending the war-torn country $2.3-billion to help rebuild. And Canada is promising new sanctions.")
    assert ("mark-carney", "prime-minister", "canada") in _maple(deck, "role")
    assert ("canada", "2300000000", "CAD", "package") in _maple(deck)
    # ("Canada is giving Ukraine …, Defence Minister David McGuinty told reporters": the recipient given to is no office's)
    assert _maple("Canada to give Ukraine C$300 million\n\nOTTAWA, Feb 24 - Canada is giving Ukraine C$300 million ($220 "
                  "million) in new military aid, Defence Minister David McGuinty told reporters on Tuesday.", "role",
                  "2026-02-24") == [("david-mcguinty", "defence-minister", "canada")]


def test_a_sum_and_its_parts_over_several_sentences_a_meeting_gives_nothing_and_a_dollar_value_restates():
    found = _maple("Canada pledges $4.3B in support for Ukraine\n\nPrime Minister Mark Carney outlined $4.3 billion in new support "
                   "for Ukraine's defence as he met President Volodymyr Zelenskyy.\nThe Prime Minister's Office said that sum "
                   "includes $2 billion for the purchase and donation of weapons and materiel like drones.\nCanada is lending Ukraine "
                   "$2.3 billion to help rebuild its "
                   "infrastructure.")
    assert found == [("canada", "4300000000", "CAD", "package"), ("canada", "2000000000", "CAD", "share"),
                     ("canada", "2300000000", "CAD", "share")]
    found = _maple("Carney pledges $4.3B for Ukraine\n\nCanada announced billions in support for Ukraine.\nStanding next to "
                   "Zelenskyy, on the final day of the G7 summit in Alberta, Carney said a new $2-billion package would fund "
                   "helicopters, drones and ammunition.\nCanada is also lending the war-torn country $2.3-billion to rebuild.")
    assert found == [("canada", "4300000000", "CAD", "package"), ("canada", "2000000000", "CAD", "share"),
                     ("canada", "2300000000", "CAD", "share")]
    found = _maple("Canada to give Ukraine C$300 million in new military aid\n\nCanada is giving Ukraine C$300 million in new "
                   "military aid, Defence Minister David McGuinty told reporters on Tuesday.\nThe new money is part of a C$2 billion "
                   "aid package that McGuinty unveiled.\nThe conversion rate at the time placed the military aid's dollar value at "
                   "around $220 million.", date="2026-02-24")
    assert found == [("canada", "300000000", "CAD", "share"), ("canada", "2000000000", "CAD", "package")]
    found = _maple("Defence minister announces aid to Ukraine\n\nDefence Minister Bill Blair announced that Canada will send $64.8 "
                   "million in additional military assistance to Ukraine.\nThe new package will provide more than $50 million in "
                   "weapons.\nBlair said the assistance is part of the $500 million pledge made by Prime Minister Justin Trudeau "
                   "in July.", date="2024-10-18")
    assert found == [("canada", "64800000", "CAD", "share"), ("canada", "50000000", "CAD", "share"),
                     ("canada", "500000000", "CAD", "package")]


def test_who_speaks_an_afterword_a_source_an_office_a_joined_verb_a_relative_clause_and_a_condemnation():
    claims = _maple("Canada pledges support\n\nPrime Minister Mark Carney met President Volodymyr Zelenskyy.\nCarney, who is "
                    "serving as the G7 summit host this year, invited Zelenskyy to the "
                    "meeting and has said Canada intends to make Ukraine's defence a central aspect of the discussions.\nAs the two "
                    "met on Tuesday morning, Carney condemned “in the strongest terms” the latest round of Russian attacks, which "
                    "Zelenskyy said targeted civilian infrastructure, including housing.\nThe Prime Minister's Office said the loan "
                    "will be repaid by interest collected on Russian assets frozen in Europe.\nTwelve people were killed and more "
                    "than 130 injured when Kyiv was bombarded overnight, Zelenskyy said — the deadliest attack on the capital this "
                    "year.\n\"It's a big tragedy for us and we need support from our allies,\" he said.\nThat is because the U.S. "
                    "would not agree, a senior Canadian government source said, speaking on condition that they not be named.",
                    "claim")
    assert claims == [
        ("mark-carney", "Canada intends to make Ukraine's defence a central aspect of the discussions"),
        ("volodymyr-zelenskyy", "targeted civilian infrastructure, including housing"),
        ("mark-carney", "condemned “in the strongest terms” the latest round of Russian attacks"),
        ("volodymyr-zelenskyy", "Twelve people were killed and more than 130 injured when Kyiv was bombarded overnight"),
        ("volodymyr-zelenskyy", "It's a big tragedy for us and we need support from our allies")]


def test_a_possessive_subject_an_honorific_and_what_the_package_just_read_will_fund():
    claims = _maple("Canada sends aid\n\nSpeaking at a NATO defence ministers’ meeting in Brussels, Defence Minister Bill Blair "
                    "said Ukraine’s ongoing war with Russia remains one of the alliance’s top priorities.\nDefence Minister Anita Anand spoke in "
                    "Toronto.\nMs. Anand said Mr. Putin "
                    "thought the world would stand by and watch as Russia invaded Ukraine.", "claim", "2024-10-18")
    assert [who for who, _ in claims] == ["bill-blair", "anita-anand"]
    assert claims[1][1].startswith("Mr. Putin thought the world would stand by")
    assert _maple("Carney pledges billions\n\nPrime Minister Mark Carney announced $2 billion in military support for Ukraine on "
                  "Tuesday.\nStanding next to President Volodymyr Zelenskyy, Carney said the package would fund drones, ammunition "
                  "and armoured vehicles.\nCanada is also promising new sanctions.", "claim") == []


# --- the seventy-fifth fresh list: the European Union's €90 billion loan -------------------------------------------

UNION = seeds_with(("european-union", "organization", "European Union", "EU"), ("ukraine", "country", "Ukraine"),
                   roles=("president", "prime-minister", "chancellor"))


def _union(text: str, kind: str = "pledge", date: str = "2025-12-19") -> list:
    return _read(text, kind, date, UNION, ("donor", "amount", "currency"), _COMPARED)


def test_a_union_gives_its_loan_brussels_is_its_seat_and_a_state_that_stays_out_gives_nothing():
    assert _union("EU loan agreed\n\nBRUSSELS, Dec 19 (KUNA) -- European Union leaders reached an agreement early Friday to "
                  "provide Ukraine with a 90 billion euros loan to cover its budget shortfalls, due to strong opposition from "
                  "Belgium.\nThe agreement, reached at an EU summit in the Belgian capital Brussels, offers Kyiv vital support.") \
        == [("european-union", "90000000000", "EUR")]
    # (the refuser the page names most gives nothing; the union it names most gives; a loan in three currencies is one)
    assert _union("Hungary stays out\n\nHungary will not participate in the loan, Balazs Orban said.\nHungary, Slovakia and the "
                  "Czech Republic are not participating in providing guarantees for the EU's 90B-euro loan to Kiev.\nInstead, EU "
                  "leaders chose to provide Ukraine with a €90 billion loan (£79 billion; $105 billion) using joint EU borrowing.",
                  date="2025-12-22") == [("european-union", "90000000000", "EUR")]
    assert _union("The EU agrees a loan\n\nThe European Union has agreed to provide Ukraine with financial aid.\nThe 27 member "
                  "states agreed early Friday morning to a €90 billion loan package for Kyiv, raised by the EU.\nHungary, Slovakia, "
                  "and Czechia will not take part in the mechanism.") == [("european-union", "90000000000", "EUR")]


def test_the_unions_institutions_quotations_introduced_or_passed_on_and_judgements_of_a_decision():
    text = ("Orban slams EU’s 90B-euro Ukraine loan as 'lost money'\n\nEU Council President Antonio Costa said the deal was done.\n"
            "Hungarian Prime Minister Viktor Orbán has described the EU's decision to provide a €90 billion loan to Ukraine as "
            "\"extremely bad\" and said he does not want his country to have anything to do with it.\nQuote from Orbán, speaking "
            "after the summit, which approved the decision on assistance to Ukraine: \"Hungary is totally out of that. I think it's "
            "a bad decision.\"\nHungary is not taking part: “Good that we are not participating… This is lost money,” Reuters "
            "quoted him as saying.\nGerman Chancellor Friedrich Merz also hailed the decision, which came after a long night.\n"
            "Prime Minister Luc Frieden dismissed any suggestion that the change in plan indicated hesitation.\nThe financing burden, "
            "he clarified, will not fall on the non-participating countries.\nPrime Minister Frieden characterised the summit "
            "outcome as a success for both Belgium and Germany – the latter having pushed for another model.\nThere was no joint "
            "statement because the U.S. would not agree, a senior government source said.\nThe official said the Americans did not "
            "want the remarks.")
    assert ("antonio-costa", "president", "european-council") in _union(text, "role")
    claims = _union(text, "claim")
    assert ("viktor-orban", "he does not want his country to have anything to do with it") in claims
    assert ("viktor-orban", "Hungary is totally out of that. I think it's a bad decision.") in claims
    assert ("viktor-orban", "Good that we are not participating… This is lost money") in claims
    assert ("friedrich-merz", "hailed the decision") in claims
    assert ("luc-frieden", "dismissed any suggestion that the change in plan indicated hesitation") in claims
    assert ("luc-frieden", "The financing burden will not fall on the non-participating countries") in claims
    assert ("luc-frieden", "characterised the summit outcome as a success for both Belgium and Germany") in claims
    assert not any("Americans" in text or "joint statement" in text for _, text in claims)  # an unnamed source, then "The official"
    assert not [who for who, _ in claims if "euro" in who]  # "90B-euro Ukraine" is no person


def test_an_appositive_before_stated_the_politician_and_a_link_line_that_ends_with_no_stop():
    claims = _union("Europe prolongs the war\n\nBUDAPEST, December 22. Europe is prolonging the conflict with its money, Balazs "
                    "Orban, Political Director for Hungarian Prime Minister Viktor Orban, stated.\n\"Even supporters of the loan "
                    "concede it will not be repaid,\" he wrote on X.\nThe politician argued that the move would lead to cuts in other "
                    "budgets.", "claim", "2025-12-22")
    assert [who for who, _ in claims] == ["balazs-orban"] * 3
    from nato_kg.extract.sentences import split_sentences

    page = ("Zelensky on the loan\n\nZelensky explained that Ukraine has no alternative to these funds, which are long overdue "
            "now.Read also: Wadephul calls on Hungary to stop blocking EU funds for Ukraine\nThe Ukrainian leader also confirmed "
            "that the decision is being blocked by a single person.")
    assert split_sentences(page)[-1].text == "The Ukrainian leader also confirmed that the decision is being blocked by a single person."


# --- the seventy-sixth fresh list: Germany's money under Merz ------------------------------------------------------

BERLIN = seeds_with(("germany", "country", "Germany"), ("ukraine", "country", "Ukraine"),
                    roles=("president", "defence-minister", "vice-chancellor", "finance-minister", "chancellor"))


def test_what_was_asked_for_or_needed_is_no_pledge_and_an_outlet_in_a_source_line_is_no_person():
    pledges = [(p["amount"], p["figure"]) for p in _found(
        "Berlin plans billions more\n\nMOSCOW (Sputnik) - German Defense Minister Boris Pistorius requested 10 billion euros "
        "($11.7 billion) more over the next two years for military support to Ukraine than was approved by the government.\n"
        "The ministry informed the finance ministry of the 15.8 billion euros needed for military support to Ukraine in 2026 and "
        "the 12.8 billion euros needed in 2027. However, only 9 billion euros were allocated for both years.", "pledge",
        "2025-09-12", BERLIN)]
    assert pledges == [("9000000000", "package")]
    claims = _found("Klingbeil in Kyiv\n\nGerman Vice Chancellor Lars Klingbeil arrived in Kyiv on an unannounced visit.\n"
                    "Source: European Pravda, citing Reuters\nDetails: Upon arrival, he stated that Putin must understand that "
                    "Germany's support for Ukraine will not weaken.", "claim", "2025-08-25", BERLIN)
    assert [c["speaker"] for c in claims] == ["lars-klingbeil"]


def test_an_opening_pronoun_is_the_person_before_the_sentence_and_calls_renewed_or_with_a_day_are_claims():
    claims = [(c["speaker"], c["text"][:30]) for c in _found(
        "Klingbeil in Kyiv\n\nGerman Vice-Chancellor Lars Klingbeil called on Monday for “reliable security guarantees” for "
        "Ukraine during a visit to Kyiv.\nHe added that Russian President Vladimir Putin must now be “seriously interested in a "
        "sustainable and just peace.”\nOn Ukraine’s Independence Day, President Volodymyr Zelensky reiterated the call for "
        "stationing foreign troops in Ukraine after the war ends.\nGerman Defence Minister Boris Pistorius condemned the "
        "intensified strikes targeting Ukraine’s power systems, describing them as efforts to break civilian resilience.",
        "claim", "2025-08-25", BERLIN)]
    assert ("lars-klingbeil", "“reliable security guarantees”") in claims
    assert ("lars-klingbeil", "Russian President Vladimir Put") in claims
    assert ("volodymyr-zelensky", "reiterated the call for statio") in claims
    assert ("boris-pistorius", "condemned the intensified stri") in claims


# --- the seventy-seventh fresh list: Czechia's ammunition initiative under Babiš -----------------------------------

PRAGUE = seeds_with(("czechia", "country", "Czechia", "Czech Republic"), ("ukraine", "country", "Ukraine"),
                    roles=("president", "prime-minister", "foreign-minister"))


def test_a_headlines_says_is_no_name_and_donors_money_is_no_ones():
    claims = [(c["speaker"], c["text"][:30]) for c in _found(
        "Czech Republic Will Continue To Run Ammunition Initiative, Says Babis\n\nThe Czech Republic will continue to "
        "coordinate the Ukraine ammunition initiative, but will not contribute any further money to the scheme, Czech Prime "
        "Minister Andrej Babis (ANO) wrote on social media yesterday after a meeting of leaders.\nBabis said he made the "
        "decision after agreement with his government partners.", "claim", "2026-01-07", PRAGUE)]
    assert claims == [("andrej-babis", "The Czech Republic will contin"), ("andrej-babis", "he made the decision after agr")]
    pledges = [(p["donor"], p["amount"], p["currency"]) for p in _found(
        "Czechia coordinates without money\n\nThe Czech Republic will keep coordinating the initiative. The initiative "
        "previously garnered $4.8 billion from donors, with the Czech contribution estimated at 3 billion crowns.", "pledge",
        "2026-01-07", PRAGUE)]
    assert pledges == [("czechia", "3000000000", "CZK")]


def test_an_age_before_a_name_a_specifying_a_prediction_an_advocacy_and_an_appositive_that_is_no_unnamed_official():
    claims = [(c["speaker"], c["text"][:30]) for c in _found(
        "Babis keeps the initiative\n\nCzech Prime Minister Andrej Babiš spoke in Prague.\n“The project will continue, and "
        "the Czech Republic will play the role of coordinator,” said 71-year-old Babiš.\nBabiš spoke again, specifying that "
        "Czech taxpayers’ funds will no longer be allocated for this initiative.\nHe predicts that his government may terminate the "
        "program.\nPresident Petr Pavel, a former NATO official, advocated continuing the initiative.\nIn December, the "
        "government said it had completed the transfer of 1.8 million rounds, which it had promised to provide in 2025.",
        "claim", "2026-01-07", PRAGUE)]
    assert ("andrej-babis", "The project will continue, and") in claims
    assert ("andrej-babis", "Czech taxpayers’ funds will no") in claims
    assert ("andrej-babis", "his government may terminate t") in claims
    assert ("petr-pavel", "advocated continuing the initi") in claims
    assert not any(text.startswith("to provide in 2025") for _, text in claims)


# --- the seventy-eighth fresh list: Belgium's 2 % under De Wever ------------------------------------------------------

BRUSSELS = seeds_with(("belgium", "country", "Belgium"), ("hungary", "country", "Hungary"), ("nato", "organization", "NATO"),
                      ("ukraine", "country", "Ukraine"), ("mark-rutte", "person", "Mark Rutte", "Rutte"),
                      ("pete-hegseth", "person", "Pete Hegseth"),
                      roles=("prime-minister", "defence-minister", "foreign-minister", "deputy-prime-minister", "secretary-general",
                             "secretary-of-defense"))


def test_a_title_in_lower_case_after_said_and_two_people_joined_as_one_subject():
    claims = [(c["speaker"], c["text"][:30]) for c in _found(
        "Belgian coalition split\n\nDefence Minister Jan Peeters (N-VA) met allies.\n“That higher figure is simply reasonable”, "
        "said defence minister Jan Peeters on Friday, after a meeting in Brussels.\nPrime Minister Anna Claes (CD&V) and Peeters "
        "have already indicated that they want the budget passed before the summit.\nThere, secretary general Mark Rutte and US "
        "secretary of defence Pete Hegseth reiterated the need to lift the alliance’s benchmark.", "claim", "2025-06-06", BRUSSELS)]
    assert ("jan-peeters", "That higher figure is simply r") in claims
    assert ("jan-peeters", "they want the budget passed be") in claims and ("anna-claes", "they want the budget passed be") in claims
    assert ("mark-rutte", "the need to lift the alliance’") in claims and ("pete-hegseth", "the need to lift the alliance’") in claims


def test_a_headlines_surname_the_countrys_office_a_long_audience_and_titles_before_a_subject():
    claims = [(c["speaker"], c["text"][:30]) for c in _found(
        "Belgium will pay its share, Claes tells European leaders\n\nBelgian Prime Minister Anna Claes arrived in Brussels.\n"
        "Belgium may need more money for its army soon, the country's prime minister told parliament on Thursday.\nPrime minister "
        "Anna Claes told a plenary session of the Chamber of Representatives that she did not exclude more spending.\nDeputy prime "
        "minister and minister of foreign affairs Luc Martens defended her during an appearance on Het Debat, insisting Claes had "
        "not acted alone.\nMartens responded that those who want peace must be ready.\n“As we catch up, the others will move "
        "further ahead,” Claes conceded.", "claim", "2025-02-27", BRUSSELS)]
    assert ("anna-claes", "Belgium will pay its share") in claims
    assert ("anna-claes", "Belgium may need more money fo") in claims
    assert ("anna-claes", "she did not exclude more spend") in claims
    assert ("luc-martens", "Claes had not acted alone") in claims and not any(s == "het-debat" for s, _ in claims)
    assert ("luc-martens", "those who want peace must be r") in claims
    assert ("anna-claes", "As we catch up, the others wil") in claims


def test_a_second_holder_of_one_office_takes_no_country_from_the_first():
    roles = [(r["person"], r["organization"]) for r in _found(
        "Belgium is serious about defence\n\nPrime Minister of Hungary Viktor Orban and Prime Minister Anna Claes pictured "
        "during an informal leaders' retreat.\nBelgian Prime Minister Anna Claes wants her counterparts to know it.", "role",
        "2025-02-03", BRUSSELS)]
    assert ("viktor-orban", "hungary") in roles and ("anna-claes", "belgium") in roles and ("anna-claes", "hungary") not in roles


def test_a_goal_reached_this_year_an_alliance_standard_a_target_raised_and_a_deadline_passed():
    assert _found("Belgium speeds up\n\nBelgium had planned to spend 2% of its GDP on defence by 2029 – the standard agreed upon "
                  "by NATO countries.\nHowever, Prime Minister Anna Claes and Peeters have indicated that they want to reach the "
                  "2% target this year.", "target", "2025-03-12", BRUSSELS) == [
        ("belgium", "2", "2029"), ("nato", "2", None), ("belgium", "2", "2025")]
    assert ("nato", "5", None) in _found(
        "NATO debate divides Belgium\n\nWill NATO’s defence spending target, currently set at 2 per cent of GDP, be raised to "
        "5 per cent?", "target", "2025-06-06", BRUSSELS)
    assert _found("Belgium at the retreat\n\nMeanwhile, NATO talks have already mentioned targets of 3% or even 5%.", "target",
                  "2025-02-03", BRUSSELS) == [("nato", "3", None), ("nato", "5", None)]
    assert ("nato", "2", "2024") in _found(
        "Belgium at the summit\n\nIn 2014, after the annexation of Crimea, NATO set the target of 2% for 2024.", "target",
        "2025-05-20", BRUSSELS)


# --- the seventy-ninth fresh list: the United Kingdom's money in pounds -------------------------------------------------

LONDON = seeds_with(("united-kingdom", "country", "United Kingdom", "UK", "Britain"), ("ukraine", "country", "Ukraine"),
                    ("nato", "organization", "NATO", "Nato"), ("russia", "country", "Russia"),
                    ("volodymyr-zelenskyy", "person", "Volodymyr Zelenskyy", "Zelenskiy"),
                    roles=("prime-minister", "president", "defence-minister", "secretary-of-defense", "foreign-minister"))


def test_a_quotation_over_paragraphs_each_opened_with_a_mark_ends_where_it_closes_and_an_office_introduces_it():
    text = ("UK keeps its aid, says Starmer\n\nPrime Minister Keir Starmer met allies in Washington.\n\nOn Thursday, the prime "
            "minister will tell his fellow leaders: “The alliance was built by those who won the last war. They knew what "
            "strength is worth.\n\n“Those principles are being tested again. Moscow must hear one voice from this summit.”\n\n"
            "Starmer met the US president.\n\nBritish officials have said that the alliance must be ready for any result in "
            "November.")
    claims = [(c["speaker"], c["text"][:30]) for c in _found(text, "claim", "2024-07-11", LONDON)]
    assert ("keir-starmer", "The alliance was built by thos") in claims
    assert not any(t.startswith("the alliance must be ready") for _, t in claims)  # (unnamed officials, however many)
    quote = next(c for c in _found(text, "claim", "2024-07-11", LONDON) if c["text"].startswith("The alliance was built"))
    assert "Starmer met" not in quote["text"] and "British officials" not in quote["text"]


def test_calls_on_allies_a_participle_joined_by_and_an_office_as_subject_and_what_the_speaker_did_meanwhile():
    claims = [(c["speaker"], c["text"][:30]) for c in _found(
        "Britain's aid\n\nPrime Minister Keir Starmer spoke in Washington. Former PM Rishi Sunak had promised the same.\n"
        "Starmer has called on Nato allies to raise defence spending in response to rising threats.\nTrump had called on NATO "
        "members to devote 5 percent of GDP towards defence.\nAfter his talks with the Ukrainian president, Volodymyr "
        "Zelenskiy, the prime minister confirmed the military aid would continue until at least 2030.\nThe Prime Minister "
        "insisted the UK would help the country for as long as it was needed - as he announced a new £40million aid package.\n"
        "Defence Secretary John Healey visited Kyiv, holding talks with his Ukrainian counterpart Rustem Umerov and vowing to "
        "step up British support next year.\n“They cannot do it alone,” Mr Healey added, vowing the UK’s support for Ukraine was "
        "“ironclad”.\nThe decision avoids a multi-year commitment, despite some advocating for a longer commitment to send a "
        "signal to Moscow.", "claim", "2024-07-11", LONDON)]
    assert ("keir-starmer", "Nato allies to raise defence s") in claims
    assert not any(s == "donald-trump" for s, _ in claims)  # (a call for a share of GDP is the demanded target's evidence)
    assert ("keir-starmer", "the military aid would continu") in claims
    assert ("keir-starmer", "the UK would help the country ") in claims
    assert not any("£40million" in t for _, t in claims)
    assert ("john-healey", "to step up British support nex") in claims
    assert ("john-healey", "the UK’s support for Ukraine w") in claims
    assert not any(t.startswith("a longer commitment") for _, t in claims)


# --- the eightieth fresh list: Greece's €25 billion plan ----------------------------------------------------------------

ATHENS = seeds_with(("greece", "country", "Greece"), ("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"),
                    ("turkey", "country", "Turkey"), roles=("prime-minister", "defence-minister", "president"))


def test_a_level_kept_for_years_is_no_goal_but_the_alliances_target_it_is_named_and_a_headlines_defense_budget():
    assert _found("Greece rearms\n\nGreece has traditionally invested at least two percent of gross domestic product on its "
                  "defence -- NATO's spending target -- owing to tension with Turkey.", "target", "2025-04-02", ATHENS) == [
        ("nato", "2", None)]
    assert _found("Neighbor to Allocate 25 Billion Euros for Defense\n\nGreek Prime Minister Kyriakos Mitsotakis spoke in "
                  "parliament.", "pledge", "2025-04-02", ATHENS) == []


def test_an_office_before_says_a_sentence_led_by_an_office_claims_that_assuring_that_and_a_date_with_its_ordinal():
    claims = [(c["speaker"], c["text"][:30]) for c in _found(
        "Greece plans\n\nGreece will spend €25 billion on a new shield through to 2036 in a drastic overhaul, Prime Minister "
        "Kyriakos Mitsotakis said on Wednesday, April 2nd.\nMitsotakis claims that \"Nothing moves forward without security,\" "
        "and that the plan is historic.\n- Referring to the ReArm Europe package and its escape clause, PM says \"the union "
        "as a whole must rethink its stance\".\nThe prime minister also addressed trade tensions, warning that new tariffs "
        "could hurt Europe's economy badly.\nMitsotakis mentioned the union's new rules, assuring that Greece will not abuse "
        "the flexibility it is given.", "claim", "2025-04-02", ATHENS)]
    assert ("kyriakos-mitsotakis", "Greece will spend €25 billion ") in claims
    assert any(s == "kyriakos-mitsotakis" and t.lstrip('"').startswith("Nothing moves forward") for s, t in claims)
    assert ("kyriakos-mitsotakis", "the union as a whole must reth") in claims and not any(s == "rearm-europe" for s, _ in claims)
    assert ("kyriakos-mitsotakis", "new tariffs could hurt Europe'") in claims
    assert ("kyriakos-mitsotakis", "Greece will not abuse the flex") in claims


# --- the eighty-first fresh list: Austria's humanitarian money ----------------------------------------------------------

VIENNA = seeds_with(("austria", "country", "Austria"), ("ukraine", "country", "Ukraine"), ("moldova", "country", "Moldova"),
                    roles=("chancellor", "vice-chancellor", "foreign-minister", "defence-minister", "president"))


def test_where_a_package_goes_after_it_is_its_shares_and_a_ministry_chief_is_its_minister():
    text = ("Austria allocates €12m to help Ukrainians\n\nThe Austrian government has allocated €12 million in humanitarian aid "
            "for organisations that help people in Ukraine and Moldova.\nThe Foreign Ministry noted that about €8 million will "
            "go to the Austrian Helping Hands initiative.\nThe Red Cross and the UN refugee agency will receive €2 million each.\n"
            "Austrian Foreign Ministry chief Anna Berger visited Kyiv on Friday.")
    pledges = [(p["amount"], p["figure"], p["recipient"]) for p in _found(text, "pledge", "2024-06-15", VIENNA)]
    assert pledges == [("12000000", "package", "ukraine"), ("8000000", "share", "ukraine"), ("2000000", "share", "ukraine")]
    assert ("anna-berger", "foreign-minister", "austria") in [
        (r["person"], r["role"], r["organization"]) for r in _found(text, "role", "2024-06-15", VIENNA)]


def test_a_commitment_to_not_doing_and_a_stray_mark_inside_a_quotation():
    claims = [(c["speaker"], c["text"][:30]) for c in _found(
        "Austria supports Ukraine\n\nChancellor Karl Nehammer has reaffirmed Austria’s commitment to not sending soldiers for "
        "demining operations in Ukraine.\n\"The war is aimed at breaking the Ukrainian people. We will not accept this. \"Austria "
        "has been helping Ukrainians since the first day of the attack,\" said Austrian Vice Chancellor Werner Kogler.",
        "claim", "2023-05-30", VIENNA)]
    assert ("karl-nehammer", "Austria’s commitment to not se") in claims
    assert ("werner-kogler", "The war is aimed at breaking t") in claims


# --- the eighty-second fresh list: money pooled for US weapons under PURL -----------------------------------------------

NORDIC_BALTIC = seeds_with(*((c, "country", c.title()) for c in ("denmark", "estonia", "finland", "iceland", "latvia", "lithuania",
                                                                  "norway", "sweden", "netherlands", "germany", "ukraine")),
                           ("united-states", "country", "United States", "US", "U.S."), ("nato", "organization", "NATO"),
                           ("donald-trump", "person", "Donald Trump", "Trump"),
                           roles=("defence-minister", "president", "secretary-general"))


def _pooled(text: str, date: str = "2025-11-13") -> list:
    return [(p["donor"], p["amount"], p["currency"], p["figure"], p.get("joint_with", []), p["recipient"])
            for p in _found(text, "pledge", date, NORDIC_BALTIC)]


def test_a_groups_figure_is_joint_under_the_first_of_the_countries_listed_close_by():
    eight = ["estonia", "finland", "iceland", "latvia", "lithuania", "norway", "sweden"]
    assert _pooled("Nordics fund arms\n\nNordic and Baltic countries have unveiled a combined $500 million contribution to NATO's "
                   "list.\nThis effort aims to help.\nThe announcement followed a meeting of defence ministers from Denmark, "
                   "Estonia, Finland, Iceland, Latvia, Lithuania, Norway, and Sweden.") == [
        ("denmark", "500000000", "USD", "joint", eight, "ukraine")]
    assert _pooled("Eight fund arms\n\nDenmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and Sweden will finance a "
                   "joint military package for Ukraine.\nThis was reported by the NATO press service.\nThe countries announced "
                   "the allocation of $500 million for the purchase of equipment for Ukraine.") == [
        ("denmark", "500000000", "USD", "joint", eight, "ukraine")]
    # (six countries said to give it, three listed: not theirs; and a joint effort's list is its givers)
    assert _pooled("Allies fuel Ukraine\n\nSix NATO member countries have collectively contributed over $2 billion through the "
                   "initiative.\nThe Netherlands led with $578 million, followed by a joint effort from Denmark, Norway, and "
                   "Sweden contributing $495 million.", "2025-09-30") == [
        ("netherlands", "578000000", "USD", "package", [], "ukraine"),
        ("denmark", "495000000", "USD", "joint", ["norway", "sweden"], "ukraine")]


def test_a_groups_parts_its_tranches_and_the_schemes_total_and_who_speaks_for_it():
    assert _pooled("Nordic and Baltic countries team up\n\nThe Nordic and Baltic countries are teaming up to pay for a $500 "
                   "million package of weapons for Ukraine, they said on Thursday.\nNorway will contribute the lion’s share at 2 "
                   "billion Norwegian kroner, or about $200 million, while Sweden will provide $60 million and Denmark around 400 "
                   "million Danish kroner ($53 million).\nAllies pool funds to pay for $500-million batches of American weapons.",
                   "2025-08-07") == [
        ("norway", "500000000", "USD", "joint", ["sweden", "denmark"], "ukraine"),
        ("norway", "2000000000", "NOK", "share", [], "ukraine"), ("sweden", "60000000", "USD", "share", [], "ukraine"),
        ("denmark", "400000000", "DKK", "share", [], "ukraine")]
    assert _pooled("Arms for Ukraine\n\nDenmark, Norway, and Sweden together pledged $585 million for US air defense and artillery "
                   "capabilities.\nUkraine compiles a list of needs (usually in packages of about $500 million).\nThe new package "
                   "funded by Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway, and Sweden brings the total in PURL "
                   "funds pledged by NATO countries to about $3.3 billion.") == [
        ("denmark", "585000000", "USD", "joint", ["norway", "sweden"], "ukraine")]
    claims = [(c["speaker"], c["text"][:30]) for c in _found(
        "Nordics fund arms\n\nA group of eight Baltic and Nordic NATO states announced on Thursday that they were pooling funds "
        "for the scheme.\n“This will help Ukraine get equipment quickly,” Norway’s Defence Minister Tore O. Sandvik said in a "
        "statement.\nTrump said on Tuesday the U.S. is no longer spending any money on Ukraine.", "claim", "2025-08-07",
        NORDIC_BALTIC)]
    assert claims == [("tore-sandvik", "This will help Ukraine get equ"), ("donald-trump", "the U.S. is no longer spending")]


# --- the eighty-third fresh list: what was said around the Hague summit ------------------------------------------------

HAGUE = seeds_with(("nato", "organization", "NATO"), ("united-states", "country", "United States", "US"), ("spain", "country", "Spain"),
                   ("germany", "country", "Germany"), ("france", "country", "France"),
                   ("mark-rutte", "person", "Mark Rutte", "Rutte"), ("donald-trump", "person", "Donald Trump", "Trump"),
                   ("emmanuel-macron", "person", "Emmanuel Macron", "Macron"), ("friedrich-merz", "person", "Friedrich Merz", "Merz"),
                   roles=("secretary-general", "president", "prime-minister", "chancellor"))


def _says(claims: list, speaker: str, start: str) -> bool:
    return any(who == speaker and text.startswith(start.strip()) for who, text in claims)


def _claims(text: str, date: str, seeds) -> list[tuple[str, str]]:
    """The (speaker, text) of each claim found."""
    return [(c["speaker"], c["text"]) for c in _found(text, "claim", date, seeds)]


def _roles(text: str, date: str, seeds) -> set[tuple[str, str, str]]:
    """The (person, role, organisation) of each role found."""
    return {(c["person"], c["role"], c["organization"]) for c in _found(text, "role", date, seeds)}


def test_texts_hints_an_assessment_a_threat_after_however_and_an_office_or_the_one_prompted_before_saying():
    claims = [(c["speaker"], c["text"]) for c in _found(
        "NATO summit: Mark Rutte calls Donald Trump ‘Daddy’, praises him for boosting Europe’s defence spend\n\nNATO Secretary "
        "General Mark Rutte met US President Donald Trump.\n“You are flying into another big success,” Mark Rutte texted Trump on "
        "Tuesday.\nThe comment followed Mr Trump’s blunt assessment that both nations “do not know what they are doing”.\n"
        "However, he threatened to punish Spain after Prime Minister Pedro Sanchez claimed it could meet its NATO commitments.\n"
        "Trump likened the conflict to two children fighting, prompting Rutte to chime in with laughter, saying, \"And then daddy "
        "has to use strong language.\"\nThe US President later reacted to Mr Rutte’s comments, saying “I think he likes me a lot.”\n"
        "At the 2018 summit, Trump hinted that the US might be leaving the alliance.\n“We will have to rise to these challenges,” "
        "Macron and Merz wrote in a joint statement.", "claim", "2025-06-25", HAGUE)]
    assert _says(claims, "mark-rutte", "praises him for boosting Europe")
    assert _says(claims, "mark-rutte", "You are flying into another big")
    assert _says(claims, "donald-trump", "both nations “do not know what ")
    assert _says(claims, "donald-trump", "to punish Spain after Prime Mi") and _says(claims, "pedro-sanchez", "it could meet its NATO commitm")
    assert _says(claims, "mark-rutte", "And then daddy has to use stron")
    assert _says(claims, "donald-trump", "I think he likes me a lot.")
    assert _says(claims, "donald-trump", "the US might be leaving the al")
    assert _says(claims, "emmanuel-macron", "We will have to rise to these ") and _says(claims, "friedrich-merz", "We will have to rise to these ")


def test_he_after_a_quotation_naming_another_the_new_target_and_a_demand_for_a_share_of_gdp():
    text = ("Rutte praises Trump\n\nNATO Secretary General Mark Rutte spoke to a newspaper.\nRutte commented, \"We would not have "
            "agreed to that if Trump would not have been reelected as President of the United States.\"\nWorld\nNATO seals a "
            "historic increase\nDiane Hernandez\n\"So I think when somebody deserves praise, that praise should be given,\" he "
            "added.\nPresident Trump reiterated his demand that alliance members raise their military spending to 5% of economic "
            "output.\nSpain claimed it could meet its NATO commitments while spending much less than the new target of five per cent "
            "of GDP.")
    claims = _claims(text, "2025-07-06", HAGUE)
    assert _says(claims, "mark-rutte", "So I think when somebody deserv")
    assert not any(s == "donald-trump" for s, _ in claims)  # (a demand for a share of GDP is the target's evidence)
    assert ("nato", "5", None) in _found(text, "target", "2025-07-06", HAGUE)
    assert ("spain", "5", None) not in _found(text, "target", "2025-07-06", HAGUE)


# --- the eighty-fourth fresh list: the Ukraine Defense Contact Group ----------------------------------------------------

RAMSTEIN = seeds_with(("united-states", "country", "United States", "US", "U.S."), ("ukraine", "country", "Ukraine"),
                      ("germany", "country", "Germany"), ("nato", "organization", "NATO"),
                      ("volodymyr-zelenskyy", "person", "Volodymyr Zelenskyy"),
                      roles=("secretary-of-defense", "president", "defence-minister", "secretary-general"))


def test_a_title_with_us_an_appositive_the_pentagons_head_stating_and_a_total_ukraine_received():
    text = ("Contact Group meets\n\nU.S. Secretary of Defense Lloyd Austin opened the meeting.\n“We, the 50 nations, are determined "
            "to stand by Ukraine for as long as it takes,” U.S. Defense Secretary Lloyd Austin, who chairs the meeting, said during "
            "the opening session.\nHe said at a briefing that Ukraine has received more than $88 billion in security assistance "
            "commitments.\nThe head of the Pentagon indicated that the coalition continues to work in two directions.\nAustin "
            "emphasized the conflict’s global implications, stating Ukraine’s survival is intertwined with Europe’s security.")
    claims = _claims(text, "2024-03-19", RAMSTEIN)
    assert _says(claims, "lloyd-austin", "We, the 50 nations, are determined")
    assert _says(claims, "lloyd-austin", "Ukraine has received more than $88 billion")
    assert _says(claims, "lloyd-austin", "the coalition continues to work in two directions")
    assert _says(claims, "lloyd-austin", "Ukraine’s survival is intertwined")
    assert _found(text, "pledge", "2024-03-19", RAMSTEIN) == []


def test_he_after_a_surname_never_given_in_full_is_not_the_person_named_before():
    claims = [(c["speaker"], c["text"]) for c in _found(
        "Ramstein changes hands\n\nThe US halted its support, claiming that President Volodymyr Zelenskyy does not want peace.\n"
        "Pistorius emphasized that a key issue will be compensating for US aid.\nHe also stressed that German supplies remain "
        "consistent and reliable.", "claim", "2025-03-06", RAMSTEIN)]
    assert not any(who == "volodymyr-zelenskyy" for who, _ in claims)


# --- the eighty-fifth fresh list: the Kremlin on NATO's spending ---------------------------------------------------------

def test_all_members_agreeing_on_a_target_keep_its_deadline_where_a_count_reaching_it_does_not():
    kremlin = seeds_with(("nato", "organization", "NATO"), ("russia", "country", "Russia"), roles=("spokesperson",))
    assert _found("NATO summit opens\n\nAhead of the summit, NATO's 32 member states agreed on a proposed target to raise defense "
                  "spending to 5 percent of GDP by 2035.", "target", "2025-06-24", kremlin) == [("nato", "5", "2035")]
    assert _found("NATO spending\n\n18 of the alliance's 31 countries are set to meet the NATO target of two percent of GDP in "
                  "2024.", "target", "2024-02-14", kremlin) == [("nato", "2", None)]


# --- the eighty-sixth fresh list: the Kiel Institute's tracker --------------------------------------------------------

KIEL = seeds_with(*((c, "country", c.title()) for c in ("ukraine", "germany", "norway", "belgium", "canada", "denmark", "latvia",
                                                         "netherlands", "sweden")),
                  ("united-states", "country", "United States", "US", "U.S."), roles=("president",))


def test_totals_averages_differences_and_shortfalls_are_no_ones_pledge_but_a_countrys_package_is():
    pledges = [(p["donor"], p["amount"]) for p in _found(
        "Europe fails to offset reduction in U.S. Aid to Ukraine\n\nEurope allocated only about €4.2 billion in new military aid "
        "to Ukraine.\nWhile annual allocations averaged roughly €41.6 billion in 2022–2024 (including contributions from Europe, "
        "the U.S., and other donors), only €32.5 billion was allocated in 2025.\nAn additional €9.1 billion would need to be "
        "allocated by the end of the year.\nThis amount exceeds the total value of supplies from the United States by €4.4 "
        "billion.\nBy August, eight NATO countries, namely Belgium, Canada, Denmark, Germany, Latvia, the Netherlands and Sweden "
        "had made use of the mechanism, providing a total of €1.9 billion in funding.\nThey allocated a total of EUR 1.9 "
        "billion.\nIn recent months, Germany allocated a military aid package worth €5 billion, Norway provided €1.5 billion and "
        "Belgium €1.2 billion.", "pledge", "2025-12-10", KIEL)]
    assert pledges == [("germany", "5000000000"), ("norway", "1500000000"), ("belgium", "1200000000")]


def test_a_project_head_before_the_name_this_is_after_says_and_a_post_at_an_institute_is_no_person():
    text = ("Kiel Institute reports\n\n“Europe has been unable to maintain the momentum of the first half of 2025,” said project "
            "head Christoph Trebesch.\nNishikawa says this is a key tool for ensuring Ukraine’s financial stability.\n“The decline "
            "is surprising,” Christoph Trebesch, head of the Ukraine Support Tracker and Research Director at the Kiel Institute, "
            "said in a statement.")
    claims = _claims(text, "2025-12-10", KIEL)
    assert _says(claims, "christoph-trebesch", "Europe has been unable to maintain")
    assert not [r for r in _found(text, "role", "2025-12-10", KIEL) if r["person"] == "research-director"]


# --- the eighty-seventh fresh list: the Wales summit's pledge ----------------------------------------------------------

def test_within_a_decade_of_the_year_named_a_later_clauses_country_and_an_appositive_subject():
    wales = seeds_with(("nato", "organization", "NATO"), ("italy", "country", "Italy"), ("germany", "country", "Germany"),
                       roles=("secretary-general", "defence-minister"))
    assert _found("Italy and NATO\n\nAt a summit in 2014, NATO leaders agreed to move towards spending at least 2 per cent of "
                  "GDP on defence within a decade, but Italy’s previous administration postponed the objective.", "target",
                  "2023-11-07", wales) == [("nato", "2", "2024")]
    assert _found("Wales summit\n\nAllies whose proportion of GDP spent on defence is below this level will aim to move towards the "
                  "2% guideline within a decade.", "target", "2014-09-05", wales) == [("nato", "2", "2024")]
    claims = [(c["speaker"], c["text"]) for c in _found(
        "Wales summit\n\n[40][10] A retired German politician, Walther Stützle [de], former defense Parliamentary Secretary of "
        "State in the SPD's First Schröder cabinet, criticized the summit agenda for its focus on military details.", "claim",
        "2014-09-05", wales)]
    assert _says(claims, "walther-stutzle", "criticized the summit agenda") and not _says(claims, "first-schroder", "")


# --- the eighty-eighth fresh list: France's budget doubled by 2027 -----------------------------------------------------

def test_to_warn_that_what_he_described_as_a_title_in_a_relative_clause_savings_and_a_day_that_is_no_person():
    paris = seeds_with(("france", "country", "France"), ("united-kingdom", "country", "United Kingdom", "UK"),
                       ("ukraine", "country", "Ukraine"), roles=("president", "prime-minister", "defence-minister"))
    text = ("France doubles its defence budget\n\nFrench President Emmanuel Macron used his pre-Bastille Day address to the armed "
            "forces to warn that Europe faces its gravest security risks since 1945.\nThe announcement came on the eve of "
            "Bastille Day, amid what he described as a “deeply concerning” shift in the global security landscape.\nThe UK has "
            "announced a new defence review, which Defence Secretary John Healey indicated would send a stern message to Moscow.\n"
            "Prime Minister François Bayrou will outline the budget as he works to secure €40 billion in savings for Ukraine.")
    claims = _claims(text, "2025-07-13", paris)
    assert _says(claims, "emmanuel-macron", "Europe faces its gravest security risks")
    assert _says(claims, "emmanuel-macron", "a “deeply concerning” shift")
    assert _says(claims, "john-healey", "would send a stern message to Moscow")
    assert not any(who == "bastille-day" for who, _ in claims)
    assert _found(text, "pledge", "2025-07-13", paris) == []


# --- the eighty-ninth fresh list: Sweden's money in government words ----------------------------------------------------

STOCKHOLM = seeds_with(("sweden", "country", "Sweden"), ("ukraine", "country", "Ukraine"), ("nato", "organization", "NATO"),
                       roles=("defence-minister",))


def test_money_via_a_fund_its_parts_listed_after_as_follows_a_share_consisting_of_and_conversions_respectively():
    def pledged(text: str) -> list:
        return [(p["amount"], p["currency"], p["figure"]) for p in _found(text, "pledge", "2024-05-09", STOCKHOLM)]
    assert pledged("Sweden approves support\n\nOn 13 April, the Government also decided to give EUR 5 million (around SEK 50 "
                   "million) to Ukraine via a NATO fund.") == [("5000000", "EUR", "package")]
    assert pledged("Sweden allocated 28 million to Ukraine\n\nThe government of Sweden instructed the Armed Forces to transfer €28 "
                   "million to support Ukraine.\nThis was reported by the press service.\nThus, €18 million will be transferred to "
                   "three coalitions, and €10 million to the NATO Fund for Ukraine.\nThe money will be distributed as follows:\n€5 "
                   "million in favor of the Mine Action Coalition;\n€3 million for the Maritime Security Coalition.") == [
        ("28000000", "EUR", "package"), ("18000000", "EUR", "share"), ("10000000", "EUR", "share"), ("5000000", "EUR", "share"),
        ("3000000", "EUR", "share")]
    assert pledged("Sweden support\n\nThe total value of the first twelve support packages to Ukraine is just over SEK 17 billion. "
                   "The share consisting of weapons and equipment amounts to approximately SEK 15.6 billion.\nSweden has allocated "
                   "57.4 billion kronor in aid to Ukraine since February 2022, of which 48.4 billion kronor is military assistance "
                   "(4.99 and 4.20 billion euros, respectively).") == [
        ("17000000000", "SEK", "running-total"), ("15600000000", "SEK", "share"), ("57400000000", "SEK", "running-total"),
        ("48400000000", "SEK", "share")]


def test_says_a_name_and_adds_that():
    claims = [(c["speaker"], c["text"]) for c in _found(
        "Sweden aid\n\nDefence Minister Pål Jonsson spoke in Stockholm.\nThe dialogue with the other parties has been constructive, "
        "says Pål Jonsson and adds that the conditions exist to make a quick decision.", "claim", "2023-08-22", STOCKHOLM)]
    assert _says(claims, "pal-jonsson", "the conditions exist to make a quick decision")


# --- the ninetieth fresh list: the United States asks Australia for 3.5 % ----------------------------------------------

CANBERRA = seeds_with(("australia", "country", "Australia"), ("united-states", "country", "United States", "US"),
                      ("china", "country", "China"), ("nato", "organization", "NATO"),
                      roles=("prime-minister", "defence-minister", "secretary-of-defense"))


def test_a_call_on_a_country_to_reach_a_share_of_gdp_amid_calls_and_a_reports_warning_are_no_ones_claims():
    claims = [(c["speaker"], c["text"]) for c in _found(
        "Australia pressed on defence\n\nDefence Minister Richard Marles met US officials in Singapore.\nThe US has called on "
        "Australia to boost its military budget to 3.5 per cent of GDP.\nThe meeting came amid calls for an increase in spending "
        "across the region.\nIt followed a report by the Australian Strategic Policy Institute (ASPI) warned Australia could be "
        "left with a weakened force.\nMarles reaffirmed that the alliance with Washington remains strong.", "claim", "2025-06-01",
        CANBERRA)]
    assert _says(claims, "richard-marles", "the alliance with Washington remains strong")
    assert not any("3.5 per cent" in text or "an increase in spending" in text or "weakened force" in text
                   for _, text in claims), claims


def test_a_share_of_gdp_that_would_be_if_counted_otherwise_is_no_target_and_a_path_to_reach_one_is():
    text = ("Australia and the 3.5 per cent demand\n\nPrime Minister Anthony Albanese spoke in Canberra.\nIf NATO's method of "
            "calculation were used, Australia's defence spending would be approximately 2.8% of GDP.\nAustralia is already on a "
            "path to reach 2.3 per cent of GDP by 2033.")
    assert _found(text, "target", "2025-06-01", CANBERRA) == [("australia", "2.3", "2033")]


def test_the_country_named_most_once_anothers_offices_are_set_aside_is_the_pages():
    text = ("Albanese rejects the demand\n\nUS Secretary of Defense Pete Hegseth spoke at the Shangri-La Dialogue.\nThe US "
            "Department of Defense repeated the request on Sunday.\nUS officials met in Singapore.\nAustralian Prime Minister "
            "Anthony Albanese said Australia would decide its own spending.\nDefence Minister Richard Marles spoke to reporters.\n"
            "Marles said Australia was investing more.\nAustralia sets its own budget, and Australia will not take instructions, he "
            "said.")
    roles = {(c.fields["person"], c.fields["role"], c.fields["organization"]) for c in article(text, "role", "2025-06-01",
                                                                                                 CANBERRA)}
    assert ("richard-marles", "defence-minister", "australia") in roles, roles


# --- the ninety-first fresh list: the "Danish model" ---------------------------------------------------------------------

COPENHAGEN = seeds_with(("denmark", "country", "Denmark"), ("sweden", "country", "Sweden"), ("iceland", "country", "Iceland"),
                        ("norway", "country", "Norway"), ("ukraine", "country", "Ukraine"), ("russia", "country", "Russia"),
                        ("european-union", "organization", "European Union", "EU"), roles=("defence-minister",))


def _money(text: str, date: str = "2025-08-29") -> list:
    return [(p["donor"], p["amount"], p["currency"], p["figure"]) for p in _found(text, "pledge", date, COPENHAGEN)]


def test_money_to_a_scheme_named_for_a_country_contracts_signed_and_money_from_each_country():
    assert _money("Danish model grows\n\nDenmark’s contribution to the Danish model – whereby allies pay for the production "
                  "of weapons for Ukraine by Ukrainian companies – will amount to around €1.4 billion this year.") == [
        ("denmark", "1400000000", "EUR", "package")]
    text = ("Denmark to invest in Ukraine's industry\n\nDenmark will direct approximately €1.4 billion in 2025 to support "
            "Ukraine’s defense industry.\nDefence Minister Troels Lund Poulsen pointed out that Denmark awarded contracts worth "
            "€600 million last year.")
    assert _money(text) == [("denmark", "1400000000", "EUR", "package"), ("denmark", "600000000", "EUR", "package")]
    assert not any("contracts worth" in c["text"] for c in _found(text, "claim", "2025-08-29", COPENHAGEN))
    assert _money("Danish model reviewed\n\nThe programme has enabled weapons purchases for Ukraine. This includes €125 million "
                  "from Denmark, €20 million from Sweden, €2.7 million from Iceland, and interest on frozen Russian assets.",
                  "2025-02-04") == [("denmark", "125000000", "EUR", "package"), ("sweden", "20000000", "EUR", "package"),
                                    ("iceland", "2700000", "EUR", "package")]


def test_assets_worth_money_spent_on_anothers_behalf_a_total_reached_and_a_joint_figures_parts():
    assert _money("Danish model reviewed\n\nFrozen Russian assets worth €390 million ($402 million) and international "
                  "contributions have bolstered Ukraine’s defense industry through the Danish model.", "2025-02-04") == []
    assert _money("Denmark leads\n\nDenmark supports Ukraine's defence industry.\nLast year, Denmark already channeled nearly "
                  "€400 million on behalf of the EU through this model, reaching a total investment of approximately DKK 4.4 "
                  "billion ($664 million) by 2024.", "2025-05-09") == [("denmark", "4400000000", "DKK", "running-total")]
    assert _money("Danish model reviewed\n\nDenmark and Norway are set to allocate €178 million ($183 million) to purchase arms "
                  "for Ukraine in 2025, with Denmark committing €135 million ($139 million) under the Danish model and Norway "
                  "adding €43 million ($44 million).", "2025-02-04") == [
        ("denmark", "178000000", "EUR", "joint"), ("denmark", "135000000", "EUR", "share"), ("norway", "43000000", "EUR", "share")]


def test_hopes_that_a_judgement_before_a_colon_and_money_after_it_and_reaffirmed_a_noun():
    claims = [(c["speaker"], c["text"]) for c in _found(
        "Danish model grows\n\nDenmark will direct approximately €1.4 billion in 2025 to Ukraine.\nUkraine's Defence Minister "
        "Rustem Umerov thanked Denmark. He also hopes that other nations will follow Denmark’s example.\nAccording to Defence "
        "Minister Troels Lund Poulsen, this mechanism has already proven its value: last year, Denmark signed contracts worth "
        "€600 million.\nPoulsen reaffirmed the strength of the partnership with Kyiv in his remarks.", "claim", "2025-08-29",
        COPENHAGEN)]
    assert _says(claims, "rustem-umerov", "other nations will follow Denmark’s example")
    assert ("troels-lund-poulsen", "this mechanism has already proven its value") in claims, claims
    assert not any("strength of the partnership" in text or "contracts worth" in text for _, text in claims), claims


# --- the ninety-second fresh list: Trump's "encourage Russia" and the answers --------------------------------------------

CONWAY = seeds_with(("nato", "organization", "NATO"), ("united-states", "country", "United States", "U.S.", "US"),
                    ("poland", "country", "Poland"), ("russia", "country", "Russia"),
                    ("donald-trump", "person", "Donald Trump", "Trump"), ("jens-stoltenberg", "person", "Jens Stoltenberg"),
                    ("donald-tusk", "person", "Donald Tusk"), roles=("secretary-general", "president", "prime-minister"))


def _said(text: str) -> list:
    return [(c["speaker"], c["text"]) for c in _found(text, "claim", "2024-02-11", CONWAY)]


def test_the_head_of_nato_a_place_after_in_and_a_time_before_a_participle():
    claims = _said("NATO leader says Trump puts allies at risk\n\nWARSAW, Poland (AP) — The head of the NATO military alliance "
                   "warned Sunday that Donald Trump was putting the safety of U.S. troops at risk.\n“Any suggestion that allies "
                   "will not defend each other undermines all of our security,” NATO Secretary-General Jens Stoltenberg said.\n"
                   "The responses came after Trump, speaking at a campaign rally in South Carolina on Saturday, said he would "
                   "encourage Russia to attack NATO countries that don’t pay enough.\n“We have a hot war at our border,” Polish "
                   "Prime Minister Donald Tusk said Sunday, voicing concerns about whether the United States will show full "
                   "solidarity with other NATO countries.")
    assert ("jens-stoltenberg", "Donald Trump was putting the safety of U.S. troops at risk") in claims, claims
    assert ("donald-trump", "he would encourage Russia to attack NATO countries that don’t pay enough") in claims, claims
    assert _says(claims, "donald-tusk", "concerns about whether the United States will show full solidarity")
    assert not any(text.startswith("Sunday") for _, text in claims), claims


def test_a_report_reveals_what_someone_told_an_allegation_and_an_initials_point_in_a_condemnation():
    claims = _said("Trump remarks\n\nFormer U.S. President Donald Trump spoke at a rally.\nA POLITICO report last month revealed "
                   "that Trump had told European Commission President Ursula von der Leyen in 2020 that the U.S. wouldn’t come to "
                   "Europe’s defense if it was attacked.\nTrump alleged that NATO countries subsequently spent billions of dollars "
                   "on their defenses.\nPolish Prime Minister Donald Tusk denounced Trump’s latest comments that he would encourage "
                   "Russia to invade U.S. allies that don’t contribute sufficiently.")
    assert ("donald-trump", "the U.S. wouldn’t come to Europe’s defense if it was attacked") in claims, claims
    assert _says(claims, "donald-trump", "NATO countries subsequently spent billions of dollars")
    assert ("donald-tusk", "denounced Trump’s latest comments that he would encourage Russia to invade U.S. allies that don’t "
                           "contribute sufficiently") in claims, claims


# --- the ninety-third fresh list: Poland's 2026 budget ------------------------------------------------------------------

WARSAW = seeds_with(("poland", "country", "Poland"), ("ukraine", "country", "Ukraine"), ("nato", "organization", "NATO"),
                    ("latvia", "country", "Latvia"), ("lithuania", "country", "Lithuania"),
                    roles=("prime-minister", "finance-minister", "defence-minister"))


def test_a_budget_in_zlotys_its_share_of_gdp_restated_and_the_budgets_year():
    text = ("Poland's 2026 budget breaks records\n\nThe Polish government has approved its 2026 budget proposal.\n"
            "“That is why we are allocating a record 200 billion Złotys (€46.86 billion) to defence,” Polish Minister for Finance "
            "and Economy, Andrzej Domański, said during a press conference on Thursday.\nFurthermore, Domański said that the new "
            "budget would raise Poland’s defence spending to 4.8% of GDP.\nNATO's allies agreed to 5% of GDP.\n“This "
            "represents more than 4.8% of GDP,” he added.\nPoland remains the NATO country with the highest percentage of GDP "
            "allocated to defense — 4.48%, followed by Lithuania (4%) and Latvia (3.73%).")
    assert _found(text, "pledge", "2025-08-28", WARSAW) == []
    assert [t for t in _found(text, "target", "2025-08-28", WARSAW) if t[0] != "nato"] == [("poland", "4.8", "2026")]
    assert ("andrzej-domanski", "finance-minister", "poland") in {
        (c.fields["person"], c.fields["role"], c.fields["organization"]) for c in article(text, "role", "2025-08-28", WARSAW)}
    claims = _claims(text, "2025-08-28", WARSAW)
    assert not any("would raise Poland’s defence spending" in t for _, t in claims), claims


def test_a_quotation_in_single_marks_over_two_paragraphs():
    claims = [(c["speaker"], c["text"]) for c in _found(
        "Poland plans record spending\n\nPrime Minister Donald Tusk emphasized the budget's aims.\n\n‘We are not acting for show "
        "but for real progress.\n\nThis demonstrates our firm commitment to action and national security,’ Tusk stated.\n",
        "claim", "2025-08-28", WARSAW)]
    assert any(who == "donald-tusk" and "real progress" in t and "firm commitment" in t for who, t in claims), claims


# --- the ninety-fourth fresh list: Germany's debt brake ------------------------------------------------------------------

BERLIN = seeds_with(("germany", "country", "Germany"), ("united-states", "country", "United States", "US"),
                    ("ukraine", "country", "Ukraine"), roles=("chancellor", "president"))


def test_an_office_to_come_a_short_statement_and_a_rules_threshold():
    text = ("Germany agrees debt deal\n\nGermany’s likely next chancellor, Friedrich Merz, has announced a deal on the debt "
            "rules.\n“Germany is back,” Merz said on Friday.\nThe parties agreed to exempt defence spending above 1% of GDP from "
            "debt brake rules.")
    assert not [c for c in article(text, "role", "2025-03-14", BERLIN) if c.fields["role"] == "chancellor"]
    assert ("friedrich-merz", "Germany is back") in [(c["speaker"], c["text"]) for c in _found(text, "claim", "2025-03-14", BERLIN)]
    assert _found(text, "target", "2025-03-14", BERLIN) == []


# --- the ninety-fifth fresh list: Taiwan's defence spending --------------------------------------------------------------

TAIPEI = seeds_with(("taiwan", "country", "Taiwan"), ("china", "country", "China"), ("nato", "organization", "NATO"),
                    ("united-states", "country", "United States", "US"), roles=("president", "prime-minister"))


def test_a_currencys_prefix_and_a_papers_name_name_no_state_and_nato_as_a_measure_spends_nothing():
    text = ("Taiwan sets its goal\n\nTaiwan lives under the threat of invasion.\nSpending was expected to \"reach five percent "
            "of GDP by 2030, in line with NATO standards,\" Lai said.\nLai's remarks came a day after his government announced "
            "plans to increase the 2026 defence budget to 3.32 percent of gross domestic product.\nIn an article for The "
            "Washington Post, Lai wrote about the United States.\nThe allocation of NT$949.5 billion (US$31.1 billion) was an "
            "increase.\nTaipei seeks an agreement with the United States.\nTaiwan’s parliament must approve it.")
    assert ("taiwan", "5", "2030") in _found(text, "target", "2025-08-22", TAIPEI)
    assert ("taiwan", "3.32", "2026") in _found(text, "target", "2025-08-22", TAIPEI)
    assert not [t for t in _found(text, "target", "2025-08-22", TAIPEI) if t[0] in ("united-states", "china")]


def test_next_year_before_a_later_goal_an_own_goal_announced_a_threatening_state_and_a_premier():
    text = ("Taiwan's leader pledges more\n\nTaiwan and Taipei again.\nIn an article, Lai said his government had committed to “significantly "
            "increase” military expenditure to 3.3 per cent of gross domestic product next year, then raise it further to 5 per "
            "cent by 2030.\n“We aim to bolster deterrence by inserting greater costs into Beijing’s decision-making,” he wrote.\n"
            "Visiting a navy base, Lai said China’s threats had increased, and that he hoped defense spending by NATO standards "
            "could reach 6 percent of GDP before 2032.\nPremier Cho Jung-tai spoke on Friday.")
    targets = _found(text, "target", "2025-11-26", TAIPEI)
    assert ("taiwan", "3.3", "2026") in targets and ("taiwan", "5", "2030") in targets and ("taiwan", "6", "2032") in targets, targets
    claims = _claims(text, "2025-11-26", TAIPEI)
    assert _says(claims, "lai", "We aim to bolster deterrence")
    assert not any("3.3 per cent" in t for _, t in claims), claims
    assert ("cho-jung-tai", "prime-minister", "taiwan") in {
        (c.fields["person"], c.fields["role"], c.fields["organization"]) for c in article(text, "role", "2025-11-26", TAIPEI)}


def test_a_lone_surname_opening_a_sentence_speaks_where_the_article_writes_it_as_a_name_but_a_plural_noun_does_not():
    claims = [(c["speaker"], c["text"]) for c in _found(
        "Taiwan's leader pledges more\n\nTaiwan and Taipei again.\nIn Taipei, Lai spoke to the navy.\nLai said China’s threats "
        "had increased in recent years.\nOfficials said the plan was ready for the vote in parliament.", "claim", "2025-11-26",
        TAIPEI)]
    assert ("lai", "China’s threats had increased in recent years") in claims, claims
    assert not any(who == "officials" for who, _ in claims), claims


# --- the ninety-sixth fresh list: South Korea's US$2.3 billion ------------------------------------------------------------

SEOUL = seeds_with(("south-korea", "country", "South Korea"), ("ukraine", "country", "Ukraine"),
                   ("united-states", "country", "United States", "U.S.", "US"), ("group-of-20", "organization", "Group of 20", "G20"),
                   roles=("president", "finance-minister"))


def _won(text: str, date: str = "2023-09-10") -> list:
    return [(p["amount"], p["currency"], p["figure"]) for p in _found(text, "pledge", date, SEOUL)]


def test_a_headlines_rise_to_a_sum_the_body_calls_a_package_its_first_and_remaining_parts_and_a_banks_capital():
    assert _won("South Korea’s aid to Ukraine to increase to $2.3bn\n\nSouth Korea will provide Ukraine with an aid package "
                "totalling $2.3 billion to rebuild its infrastructure.") == [("2300000000", "USD", "package")]
    assert _won("Yoon pledges aid\n\nSouth Korea pledged to provide an additional US$2.3 billion in aid for Ukraine.\n\nYoon "
                "announced the pledge during a session of the Group of 20 (G20) summit in New Delhi, saying South Korea will "
                "provide the initial $300 million in 2024 in the form of humanitarian aid and the remaining $2 billion in the form "
                "of loans starting in 2025.") == [
        ("2300000000", "USD", "package"), ("300000000", "USD", "share"), ("2000000000", "USD", "share")]
    assert _won("Korea aid\n\nSouth Korea has pledged to provide $200 million in humanitarian aid to Ukraine this year as part of a "
                "broader assistance package totaling $2.3 billion.\nAdditionally, South Korea plans to extend further support "
                "with $2.1 billion in the form of long-term loans, which will commence in 2025.\nChoi voiced support and pledged "
                "South Korea will provide a capital increase of $150 million for the entity.", "2024-04-18") == [
        ("200000000", "USD", "share"), ("2300000000", "USD", "package"), ("2100000000", "USD", "share")]


def test_stated_this_after_a_pledge_a_reports_account_a_vow_of_a_sum_and_a_banks_president():
    text = ("Korea aid\n\nSouth Korea will provide Ukraine with an aid package totalling $2.3 billion to rebuild its "
            "infrastructure.\n\nPresident Yoon Suk-yeol stated this at the G20 summit in India.\n\nAccording to a Wall Street "
            "Journal report published in May, South Korea is transferring artillery rounds to Ukraine through the U.S.\n\n"
            "Finance Minister Choi Sang-mok presented the plan during the Ukraine roundtable held in Washington on Wednesday "
            "(U.S. time), as President Yoon Suk Yeol vowed to provide an additional $2.3 billion in aid for Ukraine.\n\nChoi met "
            "with Inter-American Development Bank (IDB) President Ilan Goldfajn in Washington.\n\nSouth Korea and South Korea.\n\n"
            "South Korea thanks South Korea.")
    assert [(c["speaker"], c["text"]) for c in _found(text, "claim", "2024-04-18", SEOUL)] == []
    roles = {(c.fields["person"], c.fields["role"], c.fields["organization"]) for c in article(text, "role", "2024-04-18", SEOUL)}
    assert {("choi-sang-mok", "finance-minister", "south-korea"), ("yoon-suk-yeol", "president", "south-korea"),
            ("ilan-goldfajn", "president", "inter-american-development-bank")} <= roles, roles


# --- the ninety-seventh fresh list: Canada's 2 % in 2025-26 -------------------------------------------------------------

OTTAWA = seeds_with(("canada", "country", "Canada"), ("united-states", "country", "United States", "US", "U.S."),
                    ("nato", "organization", "NATO"), roles=("prime-minister",))


def test_a_goal_met_this_year_a_deadline_moved_a_ministrys_money_and_a_month_before_a_year():
    text = ("Carney vows Canada will meet 2% this year\n\nOTTAWA — Prime Minister Mark Carney says Canada will meet its NATO "
            "commitment and spend 2 per cent of national GDP on defence this year.\nCarney promised to move up Canada's deadline "
            "for meeting the target by at least two years, to 2030.\nHe pledged an extra US $6.6 billion (CA $9 billion) for the "
            "Department of National Defense, moving Canada to the 2 percent-of-GDP level by April 2027.\nThe Canadian Coast Guard "
            "will also be enhanced, according to BBC.")
    targets = _found(text, "target", "2025-06-09", OTTAWA)
    assert ("canada", "2", "2025") in targets and ("canada", "2", "2030") in targets and ("canada", "2", "2027") in targets, targets
    assert _found(text, "pledge", "2025-06-09", OTTAWA) == []
    claims = _claims(text, "2025-06-09", OTTAWA)
    assert not any("spend 2 per cent" in t or "Coast Guard" in t for _, t in claims), claims
    moved = _found("Carney to announce\n\nCanada has never met NATO's target.\nCarney promised to move up Canada’s deadline for "
                   "meeting the two per cent threshold from 2032 to 2030 or sooner.", "target", "2025-06-09", OTTAWA)
    assert ("canada", "2", "2030") in moved and not [t for t in moved if t[2] == "2032"], moved


# --- the ninety-eighth fresh list: NATO's military chiefs ----------------------------------------------------------------

BRUSSELS = seeds_with(("nato", "organization", "NATO"), ("russia", "country", "Russia"), ("china", "country", "China"),
                      roles=("secretary-general",))


def test_a_rank_before_a_surname_the_admiral_a_call_on_companies_and_a_list_under_who_spoke():
    claims = [(c["speaker"], c["text"]) for c in _found(
        "NATO warns business\n\nNATO’s Admiral Rob Bauer addressed a conference on Monday, asserting the alliance is more ready "
        "now than it has ever been.\nThe scale of spending needed is such that ordinary people would feel the pinch, Admiral "
        "Bauer said.\nThe admiral said that businesses had to be ready for war.\nHe urged companies to recognize the strategic "
        "consequences of their decisions, stressing that economic strength is critical.\nHe stressed the importance of reducing "
        "dependence on countries that could use economic blackmail.", "claim", "2024-11-25", BRUSSELS)]
    for start in ("the alliance is more ready now", "The scale of spending needed", "businesses had to be ready for war",
                  "companies to recognize the strategic consequences", "economic strength is critical",
                  "the importance of reducing dependence"):
        assert _says(claims, "rob-bauer", start), (start, claims)
    assert not any(t.startswith("could use") for _, t in claims), claims
    listed = [(c["speaker"], c["text"]) for c in _found(
        "Bauer speaks\n\nThe Chair of NATO’s Military Committee, Admiral Rob Bauer, spoke at an event in Brussels:\n- warned "
        "business heads to prepare for a \"Wartime Scenario\" by bringing production lines back home\n- \"If we can make sure "
        "that all crucial services can be delivered, then that is a key part of our deterrence,\"\n- \"We're seeing that with "
        "the growing number of sabotage acts,\"", "claim", "2024-11-25", BRUSSELS)]
    assert [who for who, _ in listed] == ["rob-bauer"] * 3, listed


# --- the ninety-ninth fresh list: Romania's Patriot for Ukraine ----------------------------------------------------------

BUCHAREST = seeds_with(("romania", "country", "Romania"), ("ukraine", "country", "Ukraine"),
                       ("united-states", "country", "United States", "US"), roles=("president",))


def test_a_glued_quotation_end_a_time_and_an_aside_before_a_clause_a_second_president_and_a_councils_initials():
    text = ("Romania to donate Patriot\n\nRomania’s Supreme Council of National Defence (CSAT) decided to donate one Patriot "
            "system to Ukraine.\nThe decision was conditioned on “obtaining a similar system to meet the need to protect the "
            "national airspace.”Romanian President Klaus Iohannis said last month, during a visit to America, he had discussed "
            "with President Joe Biden the possibility of Bucharest transferring the Patriot system to Ukraine.\n“Romania has "
            "supported Ukraine since the beginning of the conflict,” CSAT said in a statement.\nRomania and Romania.")
    claims = _claims(text, "2024-06-21", BUCHAREST)
    assert _says(claims, "klaus-iohannis", "he had discussed with President Joe Biden"), claims
    assert not any(who == "csat" for who, _ in claims), claims
    roles = {(c.fields["person"], c.fields["role"], c.fields["organization"]) for c in article(text, "role", "2024-06-21", BUCHAREST)}
    assert ("klaus-iohannis", "president", "romania") in roles and not any(p == "joe-biden" for p, _, _ in roles), roles


# --- the hundredth fresh list: Latvia's aid --------------------------------------------------------------------------------

RIGA = seeds_with(("latvia", "country", "Latvia"), ("ukraine", "country", "Ukraine"), roles=("defence-minister",))


def test_two_offices_in_one_plural_title_a_surname_with_its_diacritics_a_totals_parts_and_a_sum_aimed_at():
    text = ("Latvia to allocate 20 million euros\n\nIn 2025, Latvia will allocate 20 million euros for a coalition of drones for "
            "Ukraine.\nLatvian and Ukrainian Defence Ministers Andris Spruds and Rustem Umierov discussed training.\nSprūds said "
            "that Latvia had prepared the largest batch of drones from local manufacturers.\n\nOver 3 years, Latvia has provided "
            "Ukraine with aid worth almost EUR 860 million. This amount includes about EUR 540 million of military support, EUR "
            "225 million for assistance to Ukrainian refugees, as well as humanitarian aid.\n\n\"We’ve set a target of €20 "
            "billion. There are also bigger commitments aiming for €40 billion this year,\" the Latvian defense chief noted.")
    roles = {(c.fields["person"], c.fields["role"], c.fields["organization"]) for c in article(text, "role", "2025-05-20", RIGA)}
    assert {("andris-spruds", "defence-minister", "latvia"), ("rustem-umierov", "defence-minister", "ukraine")} <= roles, roles
    claims = _claims(text, "2025-05-20", RIGA)
    assert _says(claims, "andris-spruds", "Latvia had prepared the largest batch"), claims
    assert _says(claims, "andris-spruds", "We’ve set a target of €20 billion"), claims
    money = [(p["amount"], p["figure"]) for p in _found(text, "pledge", "2025-05-20", RIGA)]
    assert money == [("20000000", "package"), ("860000000", "running-total"), ("540000000", "share"), ("225000000", "share")], money


# --- the hundred-and-first fresh list: Switzerland's army budget -----------------------------------------------------------

BERN = seeds_with(("switzerland", "country", "Switzerland"), ("nato", "organization", "NATO"),
                  roles=("finance-minister", "defence-minister"))


def test_a_members_party_in_brackets_criticized_after_a_statement_a_documents_words_and_a_partys_initials():
    text = ("Switzerland's army\n\nSwitzerland wants a stronger army.\nThe strengthening of our country’s defense capabilities must "
            "be carried out quickly, said Andrea Gmür-Schönenberger (Center/LU) for the commission.\nThe army cannot defend the "
            "country if we wait until 2035, criticized Werner Salzmann (UDC/BE).\nA battle broke out, with FDP Finance Minister "
            "Karin Keller-Sutter (59) and Defense Minister Viola Amherd (60) at the forefront.\n“The Army pay framework assumes an "
            "annual growth rate of 3 percent in real terms,” the Keller-Sutter proposal said.\nSwitzerland and Switzerland.")
    claims = _claims(text, "2024-06-03", BERN)
    assert _says(claims, "andrea-gmur-schonenberger", "The strengthening of our country"), claims
    assert _says(claims, "werner-salzmann", "The army cannot defend the country"), claims
    assert not any("pay framework" in t for _, t in claims), claims
    roles = {(c.fields["person"], c.fields["role"], c.fields["organization"]) for c in article(text, "role", "2024-06-03", BERN)}
    assert ("karin-keller-sutter", "finance-minister", "switzerland") in roles, roles


# --- the hundred-and-second fresh list: ReArm Europe ---------------------------------------------------------------------

UNION = seeds_with(("european-union", "organization", "European Union", "EU"), ("ukraine", "country", "Ukraine"),
                   ("nato", "organization", "NATO"), roles=("president",))


def test_money_a_union_mobilises_or_lends_its_members_a_rise_by_a_share_and_a_name_in_quotation_marks_in_a_clause():
    text = ("Von der Leyen proposes plan\n\nThe chief of the European Union’s executive has proposed an 800 billion-euro (£662 "
            "billion) plan to strengthen the defences of EU nations and provide Ukraine with military muscle.\nIt involves the "
            "mobilization of up to €800 billion to boost defense spending.\nSecond, a new €150 billion loan instrument will be "
            "introduced to help countries invest in defense. This will support Ukraine.\nEuropean Commission President Ursula "
            "von der Leyen said the massive “ReArm Europe” package will be put to the 27 EU leaders.\n“So if member states would "
            "increase their defence spending by 1.5% of GDP on average, this could create fiscal space,” Ms von der Leyen said.")
    assert _found(text, "pledge", "2025-03-04", UNION) == []
    assert _found(text, "target", "2025-03-04", UNION) == []
    claims = _claims(text, "2025-03-04", UNION)
    assert _says(claims, "ursula-von-der-leyen", "the massive “ReArm Europe” package will be put"), claims


# --- the hundred-and-third fresh list: fact checks of Trump's NATO money claims -------------------------------------------

FACTS = seeds_with(("nato", "organization", "NATO"), ("united-states", "country", "United States", "US"),
                   ("germany", "country", "Germany"), ("russia", "country", "Russia"),
                   ("donald-trump", "person", "Donald Trump", "Trump"), roles=("president",))


def test_a_labelled_tweet_a_claim_made_at_a_rally_and_a_country_that_owes():
    claims = [(c["speaker"], c["text"]) for c in _found(
        "Fact check: Trump's NATO tales\n\nTrump caused an uproar this weekend by claiming at a Saturday campaign rally that he "
        "had once told the president of a big NATO country that he would not protect it.\n\nTRUMP tweet: “Many NATO countries "
        "have agreed to step up payments considerably, as they should. Money is beginning to pour in.”\n\n“Germany as you know is "
        "delinquent in their payments to NATO,” Trump argued on June 15, claiming Germany owes NATO billions.", "claim",
        "2024-02-12", FACTS)]
    assert _says(claims, "donald-trump", "he had once told the president of a big NATO country"), claims
    assert _says(claims, "donald-trump", "Many NATO countries have agreed to step up payments"), claims
    assert _says(claims, "donald-trump", "Germany owes NATO billions"), claims


# --- the hundred-and-fourth fresh list: the Washington summit's €40 billion baseline ---------------------------------------

SUMMIT = seeds_with(("nato", "organization", "NATO", "North Atlantic Treaty Organization", "the alliance"),
                    ("ukraine", "country", "Ukraine"), ("united-states", "country", "United States", "US"),
                    ("russia", "country", "Russia"), ("denmark", "country", "Denmark"),
                    ("mark-rutte", "person", "Mark Rutte", "Rutte", "Secretary General Rutte"),
                    ("jens-stoltenberg", "person", "Jens Stoltenberg", "Stoltenberg"))


def _summit_money(text: str, date: str = "2024-07-10") -> list[tuple]:
    return sorted((c["donor"], c["amount"], c["currency"]) for c in _found(text, "pledge", date, SUMMIT))


def test_all_the_allies_agreeing_on_a_sum_give_it_as_the_alliance_and_some_of_them_do_not():
    assert _summit_money("NATO pledges baseline\n\nFinancially, NATO countries have pledged a minimum baseline funding of 40 billion "
                  "euros ($43 billion) over the next year to sustain security assistance for Ukraine.") == [
        ("nato", "40000000000", "EUR")]
    # (a communique's "the allies" on a page about the alliance; not "Ukraine's allies" nor some of its members)
    assert _summit_money("NATO allies vow aid\n\nNATO leaders met in Washington for the NATO summit.\nA communique, released on "
                  "Wednesday, said the allies intend to provide Ukraine with at least 40 billion euros in military aid within "
                  "the next year.") == [("nato", "40000000000", "EUR")]
    assert all(d != "nato" for d, _, _ in _summit_money(
        "Nordic and Baltic allies act\n\nEight northern and Baltic NATO allies have announced a joint military aid package "
        "for Ukraine worth $500 million, NATO said.", "2025-08-05"))


def test_a_dateline_with_its_state_a_rounded_conversion_and_a_figure_named_again_without_its_giver():
    text = ("NATO pledges billions for Ukraine\n\nWashington DC - NATO leaders on Wednesday pledged €40 billion ($43 billion) "
            "worth of military aid to Ukraine in the next year.\nThe US and Germany are against rushing Ukraine's membership, "
            "diplomats in Washington said.\n\"We have agreed that €40 billion is a minimum baseline within the next year,\" "
            "Stoltenberg said.")
    assert _summit_money(text) == [("nato", "40000000000", "EUR")]
    lede = ("NATO allies vow aid for Ukraine\n\nNATO leaders pledge at their summit to give Kiev at least $43 billion in "
            "military assistance.\n\nA communique said the allies intend to provide Ukraine with at least 40 billion euros "
            "($43.28 billion) in military aid within the next year.")
    assert _summit_money(lede) == [("nato", "40000000000", "EUR")]


def test_where_a_statement_was_made_is_no_claim_and_a_title_alone_is_no_misspelt_name():
    claims = [(c["speaker"], c["text"]) for c in _found(
        "NATO's chief speaks\n\nNATO Secretary General Jens Stoltenberg announced the plan at a press conference on Monday.\n\n"
        "China \"has become a decisive enabler of Russia's war against Ukraine,\" Stoltenberg said in a speech, adding that "
        "China must cease all material and political support to the war effort.\n\nThe Secretary-General said the allies had "
        "agreed to keep their support at a stable level for years to come.", "claim", "2024-07-05", SUMMIT)]
    assert not any(text.startswith("in a speech") for _, text in claims), claims
    assert _says(claims, "jens-stoltenberg", "has become a decisive enabler"), claims
    assert _says(claims, "jens-stoltenberg", "China must cease all material"), claims
    assert _says(claims, "jens-stoltenberg", "the allies had agreed to keep their support"), claims
    assert not any(who == "mark-rutte" for who, _ in claims), claims


# --- the hundred-and-fifth fresh list: how much US aid Ukraine got -------------------------------------------------------

RECEIVED = seeds_with(("ukraine", "country", "Ukraine"), ("united-states", "country", "United States", "US", "U.S."),
                      ("russia", "country", "Russia"), ("united-kingdom", "country", "United Kingdom", "UK"),
                      ("european-union", "organization", "European Union", "EU"),
                      ("donald-trump", "person", "Donald Trump", "Trump"),
                      ("volodymyr-zelenskyy", "person", "Volodymyr Zelenskyy", "Zelensky"),
                      ("joe-biden", "person", "Joe Biden", "Biden"), roles=("president",))


def _received(text: str, kind: str = "pledge") -> list:
    return _found(text, kind, "2025-02-19", RECEIVED)


def test_a_figure_someone_claims_or_says_was_received_is_no_pledge_and_an_approved_total_is():
    text = ("Trump on aid\n\nUS President Donald Trump has claimed the United States has provided approximately US$350 billion "
            "in aid to Ukraine, but complained that \"the lack of accountability\" for the use of these funds is a cause for "
            "concern.\n\nTrump emphasised that the US has provided significant financial assistance to Ukraine, which he said "
            "amounts to about US$350 billion.\n\nUkrainian President Volodymyr Zelenskyy has clarified that Kyiv has received "
            "only $75 billion of the $177 billion in military aid approved by the United States under President Joe Biden’s "
            "administration.\n\n“I can tell you—we’ve received more than $76 billion,” he stated.")
    assert [(c["donor"], c["amount"]) for c in _received(text)] == [("united-states", "177000000000")]
    claims = [(c["speaker"], c["text"]) for c in _received(text, "claim")]
    assert _says(claims, "donald-trump", "the United States has provided approximately US$350 billion"), claims
    assert _says(claims, "donald-trump", "\"the lack of accountability\""), claims
    assert _says(claims, "volodymyr-zelenskyy", "Kyiv has received only $75 billion"), claims
    roles = {(c["person"], c["organization"]) for c in _received(text, "role")}
    assert ("joe-biden", "united-states") in roles, roles


def test_several_givers_totals_and_a_war_between_two_states_give_no_one_money_or_office():
    pledges = _received("Kiel on aid\n\nAccording to Germany's Kiel Institute, as of October 2024, Ukraine had received a total of "
                        "$223 billion in financial and military aid, including $92 billion from the US and $131 billion from EU "
                        "countries and the UK.\n\nBy October 2024, the US had provided around $92 billion in financial and "
                        "military support to Ukraine, while EU nations and the UK contributed $131 billion.")
    assert {(c["donor"], c["amount"]) for c in pledges} == {("united-states", "92000000000")}, pledges
    roles = {(c["person"], c["organization"]) for c in _received(
        "Aid\n\nAs the war between Russia and Ukraine nears its third anniversary, President Joe Biden’s aid is debated.", "role")}
    assert ("joe-biden", "russia") not in roles, roles


def test_a_participles_subject_a_label_in_capitals_initials_and_an_adverb_before_the_verb():
    claims = [(c["speaker"], c["text"]) for c in _received(
        "Aid\n\nTrump has been vocal in his criticism of former President Joe Biden’s support for Ukraine, suggesting that NATO "
        "allies and the European Union should match the contributions made by the United States.\n\nUS Vice President J.D. Vance "
        "also mentioned this figure last July, asking, “We have now spent $200 billion. What is the goal?”\n\nTHE FACTS:According "
        "to a group, the U.S. Congress has appropriated around $183 billion.\n\nAs for the rest of the assistance, Zelenskyy said "
        "it never reached Ukraine and its army. “I don’t know where all this money is,” he said.", "claim")]
    assert _says(claims, "donald-trump", "NATO allies and the European Union should match"), claims
    assert _says(claims, "j-d-vance", "We have now spent $200 billion"), claims
    assert _says(claims, "volodymyr-zelenskyy", "it never reached Ukraine"), claims
    assert not any(who == "the-facts" for who, _ in claims), claims


# --- the hundred-and-sixth fresh list: the coalition of the willing -------------------------------------------------------

WILLING = seeds_with(("ukraine", "country", "Ukraine"), ("united-states", "country", "United States", "US", "U.S."),
                     ("russia", "country", "Russia"), ("united-kingdom", "country", "United Kingdom", "UK", "U.K."),
                     ("france", "country", "France"), ("european-union", "organization", "European Union", "EU"),
                     ("nato", "organization", "NATO", "Nato"),
                     ("donald-trump", "person", "Donald Trump", "Trump"), ("mark-rutte", "person", "Mark Rutte", "Rutte"),
                     ("keir-starmer", "person", "Keir Starmer", "Starmer"),
                     ("volodymyr-zelenskyy", "person", "Volodymyr Zelenskyy", "Zelensky"), roles=("president", "prime-minister"))


def _willing(text: str, kind: str = "claim") -> list:
    return _found(text, kind, "2025-09-04", WILLING)


def test_attributions_after_a_statement_with_where_it_was_said_set_off_words_and_a_list_after_a_colon():
    claims = [(c["speaker"], c["text"]) for c in _willing(
        "Coalition meets\n\nSeveral European countries agreed to send troops to Ukraine as part of a reassurance force, French "
        "President Emmanuel Macron announced on March 27 at a summit of European leaders in Paris.\n\nA central part of the "
        "coalition is to create a peacekeeping force, Keir Starmer has previously said, which would help enforce any ceasefire."
        "\n\nTrump reaffirmed, however, that no US forces would be stationed on Ukrainian soil during his presidency.\n\nMacron "
        "noted there was no consensus at the Paris summit on deploying a European-led force to Ukraine.\n\nHe stated that there "
        "is a broader consensus that any future security guarantees should be based on three pillars:\n\nIf Russia refuses a "
        "peace deal and ceasefire in Ukraine, Macron claimed, Europe will impose even more sanctions on Russia.")]
    assert _says(claims, "emmanuel-macron", "Several European countries agreed to send troops"), claims
    assert _says(claims, "keir-starmer", "A central part of the coalition is to create"), claims
    assert _says(claims, "donald-trump", "no US forces would be stationed"), claims
    assert _says(claims, "emmanuel-macron", "there was no consensus at the Paris summit"), claims
    assert _says(claims, "emmanuel-macron", "there is a broader consensus"), claims
    assert any(who == "emmanuel-macron" and "Europe will impose even more sanctions" in text for who, text in claims), claims


def test_a_palace_an_outlet_and_a_participles_aside_are_no_speakers():
    claims = [(c["speaker"], c["text"]) for c in _willing(
        "Coalition meets\n\nThe Elysee Palace summit follows several meetings of planners on a force that could help monitor "
        "and enforce any peace agreement.\n\nStanding alongside Volodymyr Zelenskyy at the Elysée Palace, according to Reuters, "
        "Macron told reporters, “As a form of reassurance, 26 countries have committed to deploying troops to Ukraine.”\n\n"
        "Zelenskyy, speaking after meeting with Macron yesterday, said that the “guarantees” still looked “theoretical,” after "
        "which he expressed confidence.")]
    assert not any("palace" in who for who, _ in claims), claims
    assert not any(text.startswith("Macron told reporters") for _, text in claims), claims
    assert _says(claims, "volodymyr-zelenskyy", "the “guarantees” still looked"), claims


def test_a_relayed_quotation_a_quoted_verb_the_pair_and_money_from_trade():
    text = ("Trump calls in\n\n“President Macron and European leaders called President Trump into their meeting. President Trump "
            "emphasized that Europe must stop purchasing Russian oil that is funding the war—as Russia received €1.1 billion in "
            "fuel sales from the EU in one year,” a White House official told Reuters.\n\nU.K. Prime Minister Keir Starmer "
            "“emphasized that the group had an unbreakable pledge to Ukraine, with President Trump’s backing,” according to a "
            "statement from his office.\n\nAhead of the summit, Keir Starmer met with Nato General Secretary Mark Rutte and the "
            "pair agreed Europe “must do everything possible” to back Ukraine.")
    claims = [(c["speaker"], c["text"]) for c in _willing(text)]
    assert _says(claims, "donald-trump", "Europe must stop purchasing Russian oil"), claims
    assert _says(claims, "keir-starmer", "the group had an unbreakable pledge"), claims
    assert _says(claims, "keir-starmer", "Europe “must do everything possible”"), claims
    assert _says(claims, "mark-rutte", "Europe “must do everything possible”"), claims
    assert _willing(text, "pledge") == []


# --- the hundred-and-seventh fresh list: New Zealand's 2 % within eight years -----------------------------------------------

KIWI = seeds_with(("new-zealand", "country", "New Zealand"), ("australia", "country", "Australia"),
                  roles=("prime-minister", "defence-minister"))


def test_a_page_naming_its_country_only_in_its_forces_name_and_a_rise_to_hit_a_goal():
    text = ("Christopher Luxon holds post-Cabinet press conference\nThe Government’s defence spending will hit more than 2% of "
            "gross domestic product (GDP) within the next eight years, with a plan released today.\nIt’s being described as a "
            "“landmark day” for both the Government and the New Zealand Defence Force (NZDF) by Prime Minister Christopher "
            "Luxon.\nDefence Minister Judith Collins said the plan would deliver “enhanced lethality” and a “deterrent effect”.")
    targets = _found(text, "target", "2025-04-07", KIWI)
    assert targets == [("new-zealand", "2", "2033")], targets
    roles = _roles(text, "2025-04-07", KIWI)
    assert {("christopher-luxon", "prime-minister", "new-zealand"), ("judith-collins", "defence-minister", "new-zealand")} <= roles
    assert _found("Defence\n\nLifting spending by 1.3% to hit 2% Treasury’s calculation would mean spending an additional $5.85 "
                  "billion in New Zealand.", "target", "2025-03-20", KIWI) == []


def test_who_called_for_more_spending_is_a_claim():
    claims = [(c["speaker"], c["text"]) for c in _found(
        "New Zealand to boost defence\n\nThe details came in remarks by Prime Minister Christopher Luxon of New Zealand, who "
        "called for more spending on defense to ensure prosperity.", "claim", "2025-04-07", KIWI)]
    assert _says(claims, "christopher-luxon", "more spending on defense to ensure prosperity"), claims


# --- the hundred-and-eighth fresh list: Croatia's military aid ------------------------------------------------------------

ZAGREB = seeds_with(("croatia", "country", "Croatia"), ("ukraine", "country", "Ukraine"),
                    ("united-states", "country", "United States", "US", "U.S."), ("slovenia", "country", "Slovenia"),
                    roles=("secretary-of-defense", "defence-minister", "prime-minister"))


def test_a_us_defense_minister_a_misspelt_short_surname_and_a_minister_who_reported():
    text = ("Croatia transferred all its Mi-8 helicopters to Ukraine.\n\nThis was stated by US Defense Minister Lloyd Austin at a "
            "meeting in Washington.\n\n“We appreciate Croatia’s steadfast commitment to help Ukraine, and we can see that in your "
            "numerous donations,” said Austen.\n\nSlovenian Defense Minister Matej Tonin also reported that a certain smaller "
            "amount of armaments has been sent and promised more equipment, reports regional television N1.\n\nPolish media "
            "reported that Croatia would send more helicopters soon.")
    roles = _roles(text, "2023-10-20", ZAGREB)
    assert ("lloyd-austin", "secretary-of-defense", "united-states") in roles, roles
    claims = _claims(text, "2023-10-20", ZAGREB)
    assert _says(claims, "lloyd-austin", "We appreciate Croatia’s steadfast commitment"), claims
    assert ("matej-tonin", "a certain smaller amount of armaments has been sent and promised more equipment") in claims, claims
    assert not any("more helicopters" in t for _, t in claims), claims


# --- the hundred-and-ninth fresh list: Macron on what France and Europe should spend ----------------------------------------

PARIS = seeds_with(("france", "country", "France"), ("russia", "country", "Russia"), ("ukraine", "country", "Ukraine"),
                   ("united-states", "country", "United States", "US", "U.S."), ("nato", "organization", "NATO"),
                   ("european-union", "organization", "European Union", "EU"),
                   ("donald-trump", "person", "Donald Trump", "Trump"), ("mark-rutte", "person", "Mark Rutte", "Rutte"),
                   roles=("president", "secretary-general"))


def test_a_call_on_europeans_the_adversarys_level_several_states_calls_and_a_demand_with_no_addressee():
    text = ("Macron on spending\n\nPARIS — French President Emmanuel Macron called on Europeans to dramatically increase their "
            "yearly defense spending to over 3 percent of GDP on Sunday.\n\nWhile Baltic nations have long called for military "
            "spending to rise to at least 3 percent of GDP and U.S. President Donald Trump has demanded 5 percent, this is the "
            "first time the French leader has specified a new number.\n\n\"For the past three years, the Russians have been "
            "spending 10 percent of their GDP on defense,\" Macron said.\n\nNATO Secretary General Mark Rutte said the new "
            "target would be “significantly higher” than 3 percent.\n\n“In a first instance we need €200 billion to be able to "
            "invest,” he asserted.")
    assert _found(text, "target", "2025-03-03", PARIS) == [("nato", "5", None)]
    claims = _claims(text, "2025-03-03", PARIS)
    assert _says(claims, "emmanuel-macron", "Europeans to dramatically increase"), claims
    assert _found(text, "pledge", "2025-03-03", PARIS) == []


def test_a_range_with_to_is_read_at_its_lower_bound():
    assert _found("France plans\n\nFrance will raise defence spending to an objective of 3 to 3.5 percent of GDP by 2030, the "
                  "government said.", "target", "2025-03-03", PARIS) == [("france", "3", "2030")]


# --- the hundred-and-tenth fresh list: Hegseth at the Ukraine Defense Contact Group ----------------------------------------

CONTACT = seeds_with(("ukraine", "country", "Ukraine"), ("united-states", "country", "United States", "US", "U.S."),
                     ("united-kingdom", "country", "United Kingdom", "UK", "U.K."), ("germany", "country", "Germany"),
                     ("norway", "country", "Norway"), ("nato", "organization", "NATO"),
                     ("pete-hegseth", "person", "Pete Hegseth", "Hegseth"), roles=("secretary-of-defense", "defence-minister"))


def test_a_states_initials_end_a_sentence_a_ministry_by_its_building_and_a_sum_of_another_size():
    text = ("Contact group meets\n\nHegseth attended the last meeting in February, but he turned over leadership of the group "
            "to the U.K. In remarks to the group, he said, \"Europe must provide the overwhelming share of future aid to "
            "Ukraine.\"\n\nThe U.K., with support from Norway, committed 450 million pounds of aid.\n\nThe U.K expects to spend "
            "the equivalent of $5.8 billion this year for Ukraine, according to the U.K. Defense Ministry.\n\nThe Pentagon during "
            "the Biden administration committed at least $67 billion worth of weapons and equipment to Ukraine.")
    claims = _claims(text, "2025-04-11", CONTACT)
    assert _says(claims, "pete-hegseth", "Europe must provide the overwhelming share"), claims
    pledges = {(c["donor"], c["amount"], c["currency"]) for c in _found(text, "pledge", "2025-04-11", CONTACT)}
    assert pledges == {("united-kingdom", "450000000", "GBP"), ("united-kingdom", "5800000000", "USD"),
                       ("united-states", "67000000000", "USD")}, pledges


def test_an_office_with_a_states_initials_and_european_countries_told_what_they_should_spend():
    text = ("Hegseth in Brussels\n\nEurope must take responsibility for maintaining peace on the continent and provide the "
            "overwhelming aid to Ukraine.\nThis was stated by U.S. Secretary of Defense Pete Hegseth at a meeting in Brussels.\n\n"
            "At the same time, the U.S. Secretary of Defense acknowledged that “stark strategic realities prevent the United "
            "States of America from being primarily focused on the security of Europe.”\n\nHegseth told his fellow defence "
            "ministers that European countries should increase their defence spending to 5 % of gross domestic product.")
    claims = _claims(text, "2025-02-12", CONTACT)
    assert _says(claims, "pete-hegseth", "Europe must take responsibility"), claims
    assert _says(claims, "pete-hegseth", "stark strategic realities"), claims
    assert _found(text, "target", "2025-02-12", CONTACT) == []


# --- the hundred-and-eleventh fresh list: Italy's Messina bridge and NATO's 1.5 % -------------------------------------------

BRIDGE = seeds_with(("italy", "country", "Italy"), ("united-states", "country", "United States", "US", "U.S."),
                    ("nato", "organization", "NATO"), ("matthew-whitaker", "person", "Matthew Whitaker", "Whitaker"),
                    roles=("ambassador-to-nato", "ambassador", "prime-minister"))
# (the workspace knows Whitaker as the United States' ambassador to NATO, from another source)
BRIDGE.facts.append(RoleFact("matthew-whitaker-ambassador-to-nato",
                             (Citation("other-source", "U.S. Ambassador to NATO", Position("roles.yaml", 1, 1)),),
                             Position("roles.yaml", 1, 1), person="matthew-whitaker", role="ambassador-to-nato",
                             organization="united-states"))


def test_parts_that_add_up_to_the_goal_read_before_are_due_when_it_is():
    text = ("Italy's bridge\n\nItaly included a bridge in its defense budget in June, when NATO members agreed to increase "
            "their defense spending to 5% of GDP by 2035. 3.5% will be real defense spending, and the remaining 1.5% can be "
            "spent on protecting \"critical infrastructure.\"\n\nThe alliance last month agreed to a new target of 5 percent "
            "of GDP by 2035. That new goal is split into 3.5 percent of GDP for hard military spending, and an additional 1.5 "
            "percent on defense-related investments.")
    targets = set(_found(text, "target", "2025-09-03", BRIDGE))
    assert {("nato", "5", "2035"), ("nato", "3.5", "2035"), ("nato", "1.5", "2035")} == targets, targets


def test_an_envoy_an_outlet_and_an_ambassador_to_the_alliance():
    text = ("Bridges\n\n“I still had talks today with some countries,” NATO ambassador Matthew Whitaker told the forum on "
            "Tuesday.\n\nIt is “very important” that the 5% goal is to concern defensive and related costs, the envoy "
            "underlined.\n\nPolitico described Italy as “one of NATO’s lowest military spenders,” in its article.")
    claims = _claims(text, "2025-09-02", BRIDGE)
    assert _says(claims, "matthew-whitaker", "It is “very important”"), claims
    assert not any(who == "politico" for who, _ in claims), claims
    roles = _roles(text, "2025-09-02", BRIDGE)
    assert roles == {("matthew-whitaker", "ambassador-to-nato", "united-states")}, roles


# --- the hundred-and-twelfth fresh list: Ukraine's budget for 2026 -----------------------------------------------------------

KYIV = seeds_with(("ukraine", "country", "Ukraine"), ("russia", "country", "Russia"),
                  ("united-kingdom", "country", "United Kingdom", "UK"), roles=("prime-minister", "finance-minister"))


def test_the_aid_recipients_own_budget_its_share_of_gdp_at_war_and_a_deficit():
    text = ("Ukraine's parliament approves 2026 budget\n\nUkraine's parliament voted on Wednesday to approve the country's budget "
            "for 2026.\n\nThe corresponding statement indicated that 27.2% of the country's GDP will be used for defense and "
            "security, while about $49.2 billion in external support will be needed, with resources from the United Kingdom.\n\n"
            "The budget deficit is set at 18.5% of GDP, the finance minister said.\n\nUkraine will channel 2.8 trillion hryvnias "
            "to armed forces in the coming year, Prime Minister Yulia Svyrydenko noted.")
    assert _found(text, "target", "2025-12-03", KYIV) == [("ukraine", "27.2", "2026")]
    assert _found(text, "pledge", "2025-12-03", KYIV) == []
    roles = _roles(text, "2025-12-03", KYIV)
    assert ("yulia-svyrydenko", "prime-minister", "ukraine") in roles, roles


# --- the hundred-and-thirteenth fresh list: Sweden and Ukraine's Gripen letter of intent ------------------------------------

LINKOPING = seeds_with(("sweden", "country", "Sweden"), ("ukraine", "country", "Ukraine"),
                       ("volodymyr-zelenskyy", "person", "Volodymyr Zelenskyy", "Zelensky"), roles=("prime-minister", "president"))


def test_a_chief_executive_is_no_name_and_a_things_name_with_its_number_is_a_subject():
    text = ("Sweden PM says Ukraine could buy up to 150 fighter jets\n\nSaab CEO said they could start thinking about how to ramp "
            "up production.\n\nOn X, Zelenskyy said the JAS 39 Gripen aircraft was “one of the most effective elements” when it "
            "came to improving Ukraine’s defence capabilities.")
    claims = _claims(text, "2025-10-22", LINKOPING)
    assert not any("ceo" in who for who, _ in claims), claims
    assert _says(claims, "volodymyr-zelenskyy", "the JAS 39 Gripen aircraft was"), claims
    assert _found(text, "pledge", "2025-10-22", LINKOPING) == []


# --- the hundred-and-fourteenth fresh list: Slovakia against raising defence spending ----------------------------------------

BRATISLAVA = seeds_with(("slovakia", "country", "Slovakia"), ("poland", "country", "Poland"), ("lithuania", "country", "Lithuania"),
                        ("latvia", "country", "Latvia"), ("united-states", "country", "United States", "US"),
                        ("nato", "organization", "NATO", "Nato"), ("donald-trump", "person", "Donald Trump", "Trump"),
                        ("mark-rutte", "person", "Mark Rutte", "Rutte"), roles=("prime-minister", "defence-minister",
                                                                              "secretary-general"))


def test_goals_refused_doubted_or_kept_are_no_goals_and_ranked_levels_neither():
    text = ("Slovakia says no\n\nSlovak Defense Minister Robert Kalinák called the idea of raising defense spending to 3% of GDP "
            "“unthinkable.”\n\nSlovak Prime Minister Robert Fico does not support increasing defense spending to 5% of GDP.\n\nThe "
            "Slovak government plans to maintain defense spending at 2% of GDP in the coming years.\n\nThe highest NATO defense "
            "spenders are Poland at 4.48% of GDP, Lithuania at 4%, and Latvia at 3.73%.\n\nAs a reminder, Donald Trump has stated "
            "that all NATO countries except the United States should spend 5% of GDP on defense.\n\nLast week, NATO Secretary "
            "General Mark Rutte urged an increase in defense spending.")
    assert _found(text, "target", "2025-06-23", BRATISLAVA) == [("nato", "5", None)]
    claims = _claims(text, "2025-06-23", BRATISLAVA)
    assert _says(claims, "robert-kalinak", "called the idea of raising defense spending"), claims
    assert _says(claims, "mark-rutte", "an increase in defense spending"), claims
    assert not any(who == "donald-trump" for who, _ in claims), claims
    # (a date refused is no goal refused: "Despite refusing to say when the UK would hike defence spending to 2.5% of GDP")
    assert _found("UK\n\nDespite refusing to say when the UK would hike defence spending to 2.5% of GDP, Keir Starmer spoke.", "target",
                  "2025-02-24", seeds_with(("united-kingdom", "country", "United Kingdom", "UK"))) == [("united-kingdom", "2.5", None)]


# --- the hundred-and-fifteenth fresh list: Norway's NOK 85 billion for 2026 --------------------------------------------------

OSLO = seeds_with(("norway", "country", "Norway"), ("ukraine", "country", "Ukraine"), ("nato", "organization", "NATO"))


def test_capitals_yaml_norway_read_as_false_regression():
    # YAML 1.1 reads a bare NO as false: Oslo stood for no state at all
    from nato_kg.extract.gazetteer import capitals

    assert all(isinstance(code, str) and len(code) == 2 and code.isupper() for code in capitals().values()), capitals()
    # (and the domain file's words: a bare On was read as true, so "On" could start a name)
    from nato_kg.extract.domain import domain

    assert "On" in domain().not_names and all(isinstance(w, str) and w not in ("True", "False") for w in domain().not_names)
    pledges = _found("Norway's aid\n\nIn addition, Oslo plans to allocate another 2 billion kroner, or almost $200 million, for a "
                     "new joint package of military assistance to Ukraine from NATO countries.", "pledge", "2025-10-15", OSLO)
    assert [(c["donor"], c["amount"], c["currency"]) for c in pledges] == [("norway", "2000000000", "NOK")]


def test_parts_in_words_after_a_converted_whole_and_a_framework_awaiting_its_vote():
    text = ("Norway's aid\n\n\"The Norwegian government proposes to maintain a record high amount of support for Ukraine in 2026 in "
            "the amount of 85 billion Norwegian kroner ($ 8.5 billion). Fifteen billion ($1.4 billion) will be provided as "
            "civilian aid and 70 billion ($6.9 billion) as military aid.\"- the press release says.\n\nIf approved by the Storting "
            "(parliament), the overall framework for Norway’s Ukraine aid would reach NOK 275 billion (€23.3 billion) through "
            "2030.")
    pledges = {(c["donor"], c["amount"], c["currency"]) for c in _found(text, "pledge", "2025-10-15", OSLO)}
    assert {("norway", "85000000000", "NOK"), ("norway", "15000000000", "NOK"), ("norway", "70000000000", "NOK"),
            ("norway", "275000000000", "NOK")} == pledges, pledges


# --- the hundred-and-sixteenth fresh list: Canada joins the Hague 5 % --------------------------------------------------------

OTTAWA = seeds_with(("canada", "country", "Canada"), ("nato", "organization", "NATO"),
                    ("mark-rutte", "person", "Mark Rutte", "Rutte"), roles=("prime-minister", "secretary-general"))


def test_an_aside_between_dashes_an_agreement_announced_and_a_plan_that_says():
    text = ("Canada commits\n\nPrime Minister Mark Carney is committing that Canada – along with other NATO allies – will invest "
            "five per cent of GDP on defence by 2035, a pledge that will mean billions more in spending per year.\n\nTHE HAGUE — "
            "Canada and its NATO allies agreed at their annual summit on Wednesday to substantially hike their defence spending "
            "target to five per cent of annual GDP by 2035, Prime Minister Mark Carney said.\n\nNATO members agreed Wednesday to a "
            "plan put forward by NATO Secretary-General Mark Rutte that says they will invest 3.5 per cent of their national GDP "
            "in core defence needs.")
    assert ("canada", "5", "2035") in _found(text, "target", "2025-06-25", OTTAWA)
    claims = _claims(text, "2025-06-25", OTTAWA)
    assert claims == [], claims


# --- the hundred-and-seventeenth fresh list: Slovenia and the alliance's goals, 2018-2025 ------------------------------------

LJUBLJANA = seeds_with(("slovenia", "country", "Slovenia"), ("nato", "organization", "NATO"), ("china", "country", "China"),
                       ("jens-stoltenberg", "person", "Jens Stoltenberg", "Stoltenberg"),
                       ("keir-starmer", "person", "Keir Starmer", "Starmer"))


def test_a_surname_that_does_not_sound_alike_is_no_misspelt_known_one_and_who_is_assured_spends_nothing():
    text = ("Slovenia and the alliance\n\nThe prime minister met NATO's chief in Slovenia. Slovenia spends little. NATO's agreed "
            "goal is 2% of GDP, Šarec said that the goal was far away.\n\nŠarec then assured Stoltenberg that he would try to "
            "bring spending to 1.5% of GDP within some years. But he excluded the possibility of lifting defence spending to the "
            "target of 2% of GDP at once.")
    claims = _claims(text, "2018-10-09", LJUBLJANA)
    assert claims and not any(who == "keir-starmer" for who, _ in claims), claims  # "Šarec" is no misspelt "Starmer"
    targets = _found(text, "target", "2018-10-09", LJUBLJANA)
    assert ("slovenia", "1.5", None) in targets and ("nato", "1.5", None) not in targets, targets
    assert ("slovenia", "2", None) not in targets, targets  # a goal ruled out is no one's
    # (a misspelling by ear still finds its person: "Higgsith" sounds as Hegseth does)
    from nato_kg.extract.gazetteer import consonants

    assert consonants("higgsith") == consonants("hegseth") and consonants("sarec") != consonants("starmer")


def test_a_country_named_as_a_threat_is_not_the_page_s_and_a_statement_said_ahead_of_a_summit():
    text = ("Slovenia's prime minister at the summit\n\nArriving in Brussels, Prime Minister Janez Janša said Slovenia had "
            "turned its spending around. Slovenia will do its homework, he added.\n\nJanša sees China as the alliance's key "
            "challenge\n\nChina is NATO's biggest challenge, Prime Minister Janez Janša said ahead of a meeting of NATO leaders "
            "he attends with Defence Minister Matej Tonin.\n\nJanša expects that by 2030 Slovenia will be able to say: “We pay "
            "our share now.”\n\nReceiving guests, Speaker Dejan Židan expressed the awareness that “no one may be selfish about "
            "security”.")
    roles = _roles(text, "2021-06-14", LJUBLJANA)
    assert ("janez-jansa", "prime-minister", "slovenia") in roles and ("matej-tonin", "defence-minister", "slovenia") in roles, roles
    assert not any(org == "china" for *_, org in roles), roles
    claims = _claims(text, "2021-06-14", LJUBLJANA)
    assert _says(claims, "janez-jansa", "China is NATO's biggest challenge"), claims
    assert any(who == "janez-jansa" and "We pay our share now" in said for who, said in claims), claims
    assert any(who == "dejan-zidan" and "selfish" in said for who, said in claims), claims


# --- the hundred-and-eighteenth fresh list: Austria's defence budget, 2022-2025 -----------------------------------------------

VIENNA = seeds_with(("austria", "country", "Austria"), ("european-union", "organization", "European Union", "EU"),
                    roles=("chancellor", "defence-minister", "finance-minister"))


def test_a_surname_opening_a_sentence_before_said_that_and_a_participle_s_object_spends_nothing():
    text = ("Austria to lift defence spending to 2% of GDP, joining EU defence push\n\nAustria intends to substantially increase "
            "its defence spending to 2% of its gross domestic product, Chancellor Christian Stocker announced.\n\nNehammer "
            "stressed that the air defence project fits the neutral status of the country.\n\nResearch stressed that neutral "
            "states spend less, as research on budgets shows.")
    targets = _found(text, "target", "2025-04-30", VIENNA)
    assert ("austria", "2", None) in targets and not any(actor == "european-union" for actor, *_ in targets), targets
    claims = _claims(text, "2025-04-30", VIENNA)
    assert _says(claims, "nehammer", "the air defence project fits"), claims  # a name the page never writes in lower case
    assert not any(who == "research" for who, _ in claims), claims  # a noun it does
    assert not any(who == "christian-stocker" for who, _ in claims), claims  # his own goal announced: its evidence
    spoke = [(c["speaker"], c["text"]) for c in _found("Austria's budget\n\nKarl Nehammer spoke of “a fine day for the armed "
                                                         "forces”. He had long fought for it.", "claim", "2022-10-13", VIENNA)]
    assert any(who == "karl-nehammer" and "a fine day for the armed forces" in said for who, said in spoke), spoke


# --- the hundred-and-nineteenth fresh list: North Macedonia and the 2 %, levels ranked -------------------------------------

SKOPJE = seeds_with(("north-macedonia", "country", "North Macedonia", "Macedonia"), ("nato", "organization", "NATO"),
                    ("poland", "country", "Poland"), ("latvia", "country", "Latvia"), ("norway", "country", "Norway"),
                    ("slovakia", "country", "Slovakia"), ("united-states", "country", "United States", "USA"),
                    ("jens-stoltenberg", "person", "Jens Stoltenberg", "Stoltenberg"))


def test_ranked_levels_a_budget_s_share_and_shares_of_the_budget_are_no_goals():
    text = ("North Macedonia ranks 9th according to NATO 2% defence spending target\n\nSkopje, 1 July 2024 (MIA) - North "
            "Macedonia's state budget for 2024 foresees USD 250 million on defence, or 2.1 percent of the GDP, a NATO report "
            "says.\n\nThe leader of this classification is Poland with 4.1 percent of GDP, ahead of Latvia with 3.2, and the "
            "second is the USA with 3.4%.\n\nNorway is in 10th place with defence costs of 2.2 percent of GDP, and Slovakia with "
            "two percent, the last allied country that reached the threshold of two percent.\n\nThe country with a defence "
            "budget of 2.1 percent ranks 9th, with procurement at 30 percent of total defence spending for 2024, exceeding the "
            "NATO threshold of 2 percent.\n\nOf its defence expenditure, 45 percent of defense expenditure is for salaries, "
            "30 percent for equipment and 3.5 percent for other costs.")
    assert _found(text, "target", "2024-07-01", SKOPJE) == [("nato", "2", None)]


def test_a_goal_promised_to_someone_titled_in_just_five_years_and_a_promise_told_to_him():
    text = ("Skopje's promise\n\nZoran Zaev told NATO Secretary General Jens Stoltenberg that Macedonia is prepared to "
            "increase its defense spending to 2 percent of GDP in just five years.\n\nZaev also promised Stoltenberg that "
            "Macedonia will send more troops to the alliance's missions.")
    found = [c for c in article(text, "target", "2018-10-12", SKOPJE)]
    assert [(c.fields["actor"], c.fields["percent_gdp"], c.fields.get("year"), c.fields.get("proposed_by")) for c in found] \
        == [("north-macedonia", "2", "2023", None)]
    claims = _claims(text, "2018-10-12", SKOPJE)
    assert claims == [("zoran-zaev", "Macedonia will send more troops to the alliance's missions")], claims


# --- the hundred-and-twentieth fresh list: Kosovo's defence money ---------------------------------------------------------

PRISTINA = seeds_with(("nato", "organization", "NATO"), ("european-union", "organization", "European Union", "EU"),
                      roles=("prime-minister", "defence-minister", "president"))


def test_a_state_iso_3166_does_not_list_is_proposed_with_its_user_assigned_code_and_named_by_its_capital():
    text = ("Kosovo raises its army's budget\n\nKosovo's Prime Minister Albin Kurti said that the army will get more money "
            "next year.\n\nPristina is preparing a bigger budget for its security force, officials said.")
    ex = extract_article(text, PRISTINA, "src", "2025-04-30")
    roles = {(c.fields["person"], c.fields["role"], c.fields["organization"]) for c in ex.candidates if c.kind == "role"}
    assert ("albin-kurti", "prime-minister", "kosovo") in roles, roles
    assert ex.new_entities["kosovo"] == {"id": "kosovo", "type": "country", "label": "Kosovo", "iso3166": "XK"}
    from nato_kg.extract.gazetteer import Gazetteer

    states = Gazetteer(PRISTINA)
    assert [(m.entity, m.how) for m in map(states.as_state, ("Pristina", "Priština"))] == [("kosovo", "capital")] * 2
    assert states.resolve("Kosovar").entity == "kosovo"


def test_a_city_after_in_before_a_name_is_a_place_and_a_participle_pointing_out_what_was_said():
    text = ("Security strategy\n\nToday, the head of the provisional government in Vilnius Tomas Kairys presented the new "
            "strategy to the assembly, pointing out that the membership in NATO was a condition for the region's development.\n\n"
            "Sofia Gomez said that the plan is too costly for the state budget this year.")
    claims = _claims(text, "2022-03-04", PRISTINA)
    assert _says(claims, "tomas-kairys", "the membership in NATO was a condition"), claims
    assert _says(claims, "sofia-gomez", "the plan is too costly"), claims  # a capital as a first name, not after "in"
    assert not any(who.startswith("vilnius") for who, _ in claims), claims


def test_a_quotation_an_institution_s_official_clarified_and_a_term_quoted_inside_what_someone_is_said_to_hold():
    text = ("Army budget\n\n\"Some 21.9 million euros are planned for the army's capital investments,\" the Defence Ministry's "
            "Ivana Petrović clarified to reporters.\n\nThe gap between \"capital investments\" this year and last year would come to "
            "about 3 million euros, according to Petrović.")
    claims = [(c["speaker"], c["kind"], c["text"]) for c in _found(text, "claim", "2019-01-10", PRISTINA)]
    assert ("ivana-petrovic", "quote", "Some 21.9 million euros are planned for the army's capital investments") in claims, claims
    assert any(who == "ivana-petrovic" and kind == "paraphrase" and said.startswith('The gap between "capital investments"')
               for who, kind, said in claims), claims


# --- the hundred-and-twenty-first fresh list: Bosnia and Herzegovina's defence money and NATO -----------------------------

SARAJEVO = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("russia", "country", "Russia"),
                      ("united-states", "country", "United States", "US"),
                      roles=("prime-minister", "defence-minister", "president", "ambassador", "secretary-of-defense"))


def test_bosnia_by_its_short_names_and_three_states_own_military_budgets_are_no_pledges():
    text = ("Balkan armies compared\n\nThe war in Ukraine has changed the region. A US official met Bosnia’s Defence Minister, "
            "Amra Kovač, in Sarajevo.\n\nMontenegro plans to pour a hefty 300 million euros into its military within a year, "
            "while Albania intends to allocate an impressive two billion euros over four years.\n\nBiH has earmarked a modest sum "
            "of around 150 million euros for its military expenditure this year.\n\nThe budget provides for an increase in defence "
            "spending, which totals around €40 million for this year.")
    assert _found(text, "pledge", "2024-01-21", SARAJEVO) == []
    roles = _roles(text, "2024-01-21", SARAJEVO)
    assert roles == {("amra-kovac", "defence-minister", "bosnia-and-herzegovina")}, roles


def test_two_named_who_maintain_that_a_threat_told_an_envoy_where_he_sits_and_the_president_of_the_body_before_its():
    text = ("Sarajevo and Moscow\n\nOfficials and analysts like Amra Kovač and Davor Lukić maintain that there is no cause for "
            "alarm.\n\nRussia's envoy is outspoken. Russia's ambassador in Sarajevo, Pavel Orlov, has threatened that Moscow will "
            "respond to any step towards NATO.\n\nThe rise was opposed by politicians from the entity of Herceg Mostar and its "
            "president, Ivo Barić, who spoke against it.")
    claims = _claims(text, "2023-04-07", SARAJEVO)
    assert _says(claims, "amra-kovac", "there is no cause for alarm") and _says(claims, "davor-lukic", "there is no cause"), claims
    assert _says(claims, "pavel-orlov", "Moscow will respond to any step towards NATO"), claims
    roles = _roles(text, "2023-04-07", SARAJEVO)
    assert ("pavel-orlov", "ambassador", "russia") in roles and ("ivo-baric", "president", "herceg-mostar") in roles, roles


# --- the hundred-and-twenty-second fresh list: Malta's neutrality and defence spending ------------------------------------

VALLETTA = seeds_with(("malta", "country", "Malta"), ("european-parliament", "organization", "European Parliament"),
                      roles=("prime-minister", "foreign-minister", "president"))


def test_a_party_and_its_participle_speak_for_no_one_and_the_party_leader_quoted_later_is_the_one_introduced():
    text = ("Greens back more defence money\n\nThe Green Party has endorsed Karl Vella’s call for more defence spending, saying "
            "Malta “cannot live as if we are not at risk”.\n\nIn a statement, ADPD leader Mira Zammit emphasised that defence "
            "spending did not mean putting neutrality at risk.\n\n“This went largely unnoticed, and with the opposition "
            "complicit,” the ADPD leader said.\n\nThe Green Party said Malta’s neutrality could help it mediate in conflicts.")
    claims = _claims(text, "2025-02-08", VALLETTA)
    assert _says(claims, "mira-zammit", "This went largely unnoticed"), claims
    assert not any(who in ("karl-vella", "green-party") for who, _ in claims), claims


def test_a_share_of_government_spending_is_no_goal_a_shadow_minister_holds_no_office_and_an_institution_s_president():
    text = ("Opposition agrees\n\nThe opposition agrees that spending should rise, shadow foreign minister Paul Camilleri said on "
            "Tuesday.\n\nMalta spent just under €90m on defence in 2023, roughly 1.2% of total government spending.\n\nAt the time, "
            "Vella had accused European Parliament president Roberta Metsola of fomenting conflict.")
    assert _found(text, "target", "2025-02-04", VALLETTA) == []
    roles = _roles(text, "2025-02-04", VALLETTA)
    assert roles == {("roberta-metsola", "president", "european-parliament")}, roles


# --- the hundred-and-twenty-third fresh list: Serbia's army money and its ammunition that reaches Ukraine -------------------

BELGRADE = seeds_with(("serbia", "country", "Serbia"), ("ukraine", "country", "Ukraine"), ("russia", "country", "Russia"),
                      roles=("president", "prime-minister"))


def test_ammunition_sold_or_exported_that_reaches_ukraine_is_trade_and_a_goal_after_a_dateline_in_brackets():
    text = ("Shells sold abroad\n\nMontenegrin shells worth $300 million have made their way indirectly to Ukraine, a paper "
            "reported.\n\nEstimates suggest around €250 million ($270 million) worth of ammunition exports have reached Ukraine via "
            "third parties.\n\nThe factory sold shells to Ukraine for 90,000,000 euros last year.\n\nBELGRADE (Wire News - 20th "
            "February, 2023) Serbia will increase the country's defense spending from 2% to 3% of the GDP, President Aleksandar "
            "Vucic said on Monday.")
    assert _found(text, "pledge", "2023-02-20", BELGRADE) == []
    assert ("serbia", "3", None) in _found(text, "target", "2023-02-20", BELGRADE)
    assert not any("defense spending" in c["text"] for c in _found(text, "claim", "2023-02-20", BELGRADE))  # the goal's evidence


def test_a_newspaper_between_a_relative_clause_after_the_subject_a_quoted_phrase_on_defense_he_said_and_in_his_view():
    text = ("Vucic on arms\n\nSerbian President Aleksandar Vucic denied the sales.\n\nDanas writes about it.\n\nHe noted that not "
            "a single shell was sold to either side.\n\nLast April, the president said Serbia, which has long bought Russian "
            "jets, may purchase at least twelve French fighters.\n\nAs other countries expand their budgets, “governments are "
            "spending like drunken millionaires” on defense, he said.\n\nIn his view, \"this would be a great contribution to "
            "European security.\"")
    claims = _claims(text, "2023-03-05", BELGRADE)
    for start in ("not a single shell was sold", "Serbia, which has long bought Russian jets, may purchase",
                  "governments are spending like drunken millionaires", "this would be a great contribution"):
        assert _says(claims, "aleksandar-vucic", start), (start, claims)


# --- the hundred-and-twenty-fourth fresh list: Cyprus and its 2 % ---------------------------------------------------------

NICOSIA = seeds_with(("cyprus", "country", "Cyprus"), ("turkiye", "country", "Türkiye", "Turkey"),
                     roles=("president", "defence-minister"))


def test_a_state_s_own_sovereignty_names_it_and_a_gerund_called_for_and_an_interrupted_pronoun_s_statement():
    text = ("Minister urges stronger defence\n\nDefence Minister Andreas Kyprianou, speaking at a ceremony on Thursday, called for "
            "strengthening of defence capacities to counter the constant questioning of Cyprus’ sovereignty.\n\nHe stressed that "
            "the Turkish provocation made the strengthening of defence capabilities imperative.\n\nThe threats to Cyprus’ "
            "territorial integrity are growing.\n\nThis, he said, called for “courageous decisions”.")
    roles = _roles(text, "2025-07-17", NICOSIA)
    assert roles == {("andreas-kyprianou", "defence-minister", "cyprus")}, roles
    claims = _claims(text, "2025-07-17", NICOSIA)
    assert _says(claims, "andreas-kyprianou", "strengthening of defence capacities"), claims
    assert _says(claims, "andreas-kyprianou", "called for “courageous decisions”"), claims


def test_most_of_a_group_an_institution_s_possessive_and_our_aim_is_to_reach_is_the_goal_s_evidence():
    text = ("President at the manoeuvres\n\nPresident Elena Georgiou said most of the EU member states were also members of "
            "Nato.\n\nLooking back, she said the National Guard’s purpose in 1964 was confined to defence issues.\n\nShe assured "
            "that, “as I promised, because I never forget my promises, our aim is to reach 2 per cent (of GDP) in expenditure on "
            "equipment”, she said.")
    claims = _claims(text, "2024-07-25", NICOSIA)
    assert _says(claims, "elena-georgiou", "most of the EU member states were also members of Nato"), claims
    assert _says(claims, "elena-georgiou", "the National Guard’s purpose in 1964 was confined"), claims
    assert not any("our aim is to reach" in said for _, said in claims), claims


# --- the hundred-and-twenty-fifth fresh list: the Philippines' defence budget ----------------------------------------------

MANILA = seeds_with(("philippines", "country", "Philippines"), ("united-states", "country", "United States", "US"),
                    roles=("president", "defence-minister", "secretary-of-defense"))


def test_the_philippine_defence_secretary_s_written_forms_and_a_commitment_to_doing():
    text = ("Philippines budget hearing\n\nThe Philippines will spend more on its army.\n\nDepartment of National Defense (DND) "
            "Secretary Ramon Cruz told the House committee that the budget was too small.\n\nSecretary of National Defense "
            "Jose Reyes, Jr. urged executives to help.\n\nPhilippine Defense Secretary Ana Lopez said that the plan works.\n\n"
            "Lopez committed to reviewing the bilateral security guidelines between the two countries.\n\nThe country was "
            "committed to providing more help to its neighbours in 2024.")
    roles = _roles(text, "2023-09-07", MANILA)
    assert {("ramon-cruz", "defence-minister", "philippines"), ("jose-reyes", "defence-minister", "philippines"),
            ("ana-lopez", "defence-minister", "philippines")} <= roles, roles
    claims = _claims(text, "2023-09-07", MANILA)
    assert any(who == "ana-lopez" and "reviewing the bilateral security guidelines" in said for who, said in claims), claims
    assert not any("providing more help" in said for _, said in claims), claims


def test_a_question_asked_is_no_claim_and_the_defense_chief_told_congressmen():
    text = ("Budget hearing\n\nDepartment of National Defense (DND) Secretary Ramon Cruz spoke in Manila about the Philippines.\n\n"
            "“Is this one of the things you did not want to emphasize in the budget message?” Manuel asked.\n\nThe Philippines "
            "must catch up with its regional peers in defense spending, the country’s Defense chief told congressmen on Thursday.")
    claims = _claims(text, "2023-09-07", MANILA)
    assert not any(said.startswith("Is this one") for _, said in claims), claims
    assert _says(claims, "ramon-cruz", "The Philippines must catch up with its regional peers"), claims


# --- the hundred-and-twenty-sixth fresh list: Ireland's share of the EU's money for Ukraine's army -------------------------

DUBLIN = seeds_with(("ireland", "country", "Ireland"), ("ukraine", "country", "Ukraine"), ("canada", "country", "Canada"),
                    ("european-union", "organization", "European Union", "EU"), ("nato", "organization", "NATO"),
                    ("mark-rutte", "person", "Mark Rutte"),
                    roles=("prime-minister", "foreign-minister", "secretary-general"))


def test_an_official_in_a_long_named_service_a_sum_worked_out_a_demonym_s_plural_and_a_typing_slip():
    text = ("Ireland's share of the fund\n\nA senior official in the EU’s European External Action Service (EEAS) told a Dublin "
            "webinar last Friday that EU members were considering a larger fund.\n\nIreland’s share of the fund is €22m, "
            "suggesting that an increase of the fund would bring Ireland’s contribution to €33m.\n\nNATO’s secretary general Mark "
            "Rutte said European countries are now stepping up in support for Ukraine.\n\nThe summit was attended by Canadian "
            "prime minster Justin Trudeau.")
    claims = _claims(text, "2022-04-10", DUBLIN)
    assert not any("considering a larger fund" in said for _, said in claims), claims
    assert _says(claims, "mark-rutte", "European countries are now stepping up"), claims
    assert not any(p["amount"] == "33000000" for p in _found(text, "pledge", "2022-04-10", DUBLIN))
    roles = _roles(text, "2022-04-10", DUBLIN)
    assert ("justin-trudeau", "prime-minister", "canada") in roles, roles


# --- the hundred-and-twenty-seventh fresh list: Moldova's defence, the EU's measures and a strategy's steps ------------------

CHISINAU = seeds_with(("moldova", "country", "Moldova"), ("ukraine", "country", "Ukraine"), ("georgia", "country", "Georgia"),
                      ("european-union", "organization", "European Union", "EU"), roles=("president", "prime-minister"))


def test_a_measure_under_an_eu_fund_for_a_country_s_army_and_the_next_measure_named_with_no_country():
    text = ("EU support for the army\n\nThe Council on Monday approved a support measure under the European Peace Facility worth "
            "€25 million for the benefit of the Armed Forces of the Republic of Moldova, to buy radars.\n\nThis support measure will add "
            "to the €9 million assistance measure adopted in March 2023, which funds field hospitals.")
    pledges = {(p["donor"], p["recipient"], p["amount"]) for p in _found(text, "pledge", "2024-05-14", CHISINAU)}
    assert ("european-union", "moldova", "25000000") in pledges, pledges
    assert ("european-union", "moldova", "9000000") in pledges, pledges


def test_money_that_has_already_been_provided_is_a_running_total():
    text = ("More for Moldova\n\nThe EU will give €50 million to Moldova for air surveillance this year.\n\nSince then, €31 million has "
            "already been provided to Moldova through the European Peace Facility, officials said.")
    figures = {(p["amount"], p.get("figure")) for p in _found(text, "pledge", "2025-02-10", CHISINAU)}
    assert ("31000000", "running-total") in figures, figures
    assert ("50000000", "package") in figures, figures


def test_a_president_named_after_the_article_named_an_institution_s_president_is_that_institution_s():
    text = ("Brussels backs Chisinau\n\nThe bloc will fund new radars for Moldova, the European Council's president announced on "
            "Monday.\n\nOn a visit to Moldova's capital, President Antonio Costa said the radars would arrive within a year.")
    roles = _roles(text, "2025-03-03", CHISINAU)
    assert ("antonio-costa", "president", "european-council") in roles, roles
    assert not any(org == "moldova" for _, _, org in roles), roles


def test_a_strategy_s_period_is_no_deadline_and_a_year_before_a_figure_with_its_verb_left_out_is_its_own():
    text = ("Moldova's strategy\n\nMoldova's defence strategy for 2026-2036 calls for raising defence spending to 1.5% of GDP.\n\n"
            "From 2030, Moldova's defence spending is expected to reach at least 1.2% of GDP, and in 2035, at least 1.5% of GDP.")
    targets = _found(text, "target", "2025-10-08", CHISINAU)
    assert ("moldova", "1.5", "2035") in targets, targets
    assert not any(year == "2026" for _, _, year in targets), targets


# --- the hundred-and-twenty-eighth fresh list: Argentina's bid to become a NATO partner -------------------------------------

BUENOS_AIRES = seeds_with(("argentina", "country", "Argentina"), ("chile", "country", "Chile"), ("kenya", "country", "Kenya"),
                          ("united-states", "country", "United States", "US"), ("denmark", "country", "Denmark"),
                          ("ukraine", "country", "Ukraine"), ("nato", "organization", "NATO"),
                          roles=("president", "defence-minister", "secretary-general", "spokesperson"))


def test_a_demonym_of_a_state_beyond_the_alliance_a_weekday_after_a_name_and_a_deputy_before_the_body_s_initials():
    text = ("Talks in Brussels\n\nDeputy NATO Secretary General Radmila Shekerinska met Chilean Defence Minister Maya Fernandez on "
            "Monday.\n\nArgentina's Defense Minister Luis Petri Tuesday signed the purchase of jets.")
    roles = _roles(text, "2024-04-18", BUENOS_AIRES)
    assert ("radmila-shekerinska", "deputy-secretary-general", "nato") in roles, roles
    assert ("maya-fernandez", "defence-minister", "chile") in roles, roles
    assert ("luis-petri", "defence-minister", "argentina") in roles, roles


def test_a_page_opening_with_its_date_has_its_headline_next_and_a_presidential_spokesman_is_the_state_s():
    text = ("12 June 2024\n\nKenya seeks a NATO partnership\n\nThe United States welcomed the move. Kenya hopes to join a "
            "programme the United States backs. Kenya wants closer ties.\n\nThe government of President William Ruto has pushed the plan in "
            "Kenya.\n\nPresidential Spokesman Hussein Mohamed said NATO ties would help the army.")
    roles = _roles(text, "2024-06-12", BUENOS_AIRES)
    assert ("william-ruto", "president", "kenya") in roles, roles
    assert ("hussein-mohamed", "spokesperson", "kenya") in roles, roles
    assert not any(org == "nato" for _, _, org in roles), roles


def test_quotations_with_reversed_marks_and_a_british_quotation_in_single_marks_over_two_paragraphs():
    text = ("Argentina and NATO\n\n”We will keep working to train our forces to NATO standards,“ Luis Petri wrote on X.\n\n"
            "Petri met Radmila Shekerinska, who wrote on X: 'It was a pleasure to receive the minister at our headquarters.\n\n"
            "'Closer cooperation could serve us both.'")
    claims = _claims(text, "2024-04-18", BUENOS_AIRES)
    assert _says(claims, "luis-petri", "We will keep working to train our forces"), claims
    assert _says(claims, "radmila-shekerinska", "It was a pleasure to receive the minister"), claims


def test_a_sale_between_two_states_is_no_pledge_and_a_place_visited_neither_gives_nor_receives():
    text = ("US support for Argentina\n\nOn the day of the visit to NATO, the US government announced $40 million in foreign "
            "military financing for Argentina, its first such assistance grant in decades. The grant will help pay for 24 jets from "
            "Denmark, a $300 million deal.")
    pledges = {(p["donor"], p["recipient"], p["amount"]) for p in _found(text, "pledge", "2024-04-18", BUENOS_AIRES)}
    assert pledges == {("united-states", "argentina", "40000000")}, pledges


# --- the hundred-and-twenty-ninth fresh list: Saudi Arabia's humanitarian aid, a crown prince and a news agency --------------

RIYADH = seeds_with(("kuwait", "country", "Kuwait"), ("ukraine", "country", "Ukraine"),
                    ("volodymyr-zelenskyy", "person", "Volodymyr Zelenskyy", "Zelenskyy"), roles=("president",))


def test_a_crown_prince_named_with_arabic_particles_speaks_as_the_crown_prince_and_as_the_prince():
    text = ("Kuwait's aid\n\nCrown Prince of Kuwait Mishal bin Ahmad bin Jaber announced new aid for Ukraine on Friday.\n\n"
            "The Crown Prince stressed \"the need for a peaceful end to the war in Europe,\" KUNA reported.\n\n"
            "Later the prince emphasised that talks between the sides must resume soon.")
    claims = _claims(text, "2022-10-15", RIYADH)
    assert _says(claims, "mishal-bin-ahmad-bin-jaber", "the need for a peaceful end"), claims
    assert _says(claims, "mishal-bin-ahmad-bin-jaber", "talks between the sides must resume"), claims
    assert not any(who in ("crown-prince", "prince") for who, _ in claims), claims


def test_a_tweet_a_representative_to_the_united_nations_and_a_president_who_divulged():
    text = ("Kuwait and Ukraine\n\n“Spoke to the Emir today about new air defence for our cities,” tweeted Ukraine's President Volodymyr "
            "Zelenskyy.\n\n"
            "Kuwait's representative to the United Nations Tariq Albanai said that the vote was right for the region.\n\n"
            "The Ukrainian President reportedly divulged that the two leaders agreed to meet again in spring.")
    claims = _claims(text, "2022-10-15", RIYADH)
    assert _says(claims, "volodymyr-zelenskyy", "Spoke to the Emir today"), claims
    assert _says(claims, "tariq-albanai", "the vote was right"), claims
    assert _says(claims, "volodymyr-zelenskyy", "the two leaders agreed to meet again"), claims


# --- the hundred-and-thirtieth fresh list: Indonesia's defence budget ---------------------------------------------------------

JAKARTA = seeds_with(("indonesia", "country", "Indonesia"), ("ukraine", "country", "Ukraine"),
                     roles=("president", "finance-minister", "spokesperson"))


def test_a_person_named_again_by_the_given_names_alone_is_the_person_named_in_full():
    text = ("Jakarta's budget\n\nFinance Minister Siti Nurbaya Rahman said that Indonesia's defence budget would grow.\n\n"
            "According to Siti Nurbaya, the defence budget will rise to US$25 billion next year.\n\nSiti Nurbaya clarified that "
            "the rise would be funded by foreign loans.")
    claims = _claims(text, "2023-11-30", JAKARTA)
    assert _says(claims, "siti-nurbaya-rahman", "the defence budget will rise"), claims
    assert _says(claims, "siti-nurbaya-rahman", "the rise would be funded"), claims
    assert not any(who == "siti-nurbaya" for who, _ in claims), claims


def test_a_goal_due_in_three_years_and_a_military_rank_between_a_title_and_a_name():
    text = ("Indonesia's goal\n\nPresident Joko Widodo said Indonesia would raise defence spending to 1.5 percent of GDP in three "
            "years.\n\nIndonesian Defense ministry spokesman Brigadier General Frega Wenas Inkiriwang said the plan was sound.")
    assert ("indonesia", "1.5", "2019") in _found(text, "target", "2016-02-24", JAKARTA)
    roles = _roles(text, "2016-02-24", JAKARTA)
    assert ("frega-wenas-inkiriwang", "spokesperson", "indonesia") in roles, roles


# --- the hundred-and-thirty-first fresh list: Brazil's neutrality -----------------------------------------------------------

BRASILIA = seeds_with(("brazil", "country", "Brazil"), ("ukraine", "country", "Ukraine"), roles=("president", "foreign-minister"))


def test_a_name_with_a_portuguese_particle_and_the_name_before_it_used_alone_after():
    text = ("Brazil stays neutral\n\nBrazilian Foreign Minister Mauro Lima dos Santos said that Brazil is a country of peace.\n\n"
            "Lima said that his country would not send ammunition to either side.")
    roles = _roles(text, "2023-01-31", BRASILIA)
    assert ("mauro-lima-dos-santos", "foreign-minister", "brazil") in roles, roles
    claims = _claims(text, "2023-01-31", BRASILIA)
    assert _says(claims, "mauro-lima-dos-santos", "Brazil is a country of peace"), claims
    assert _says(claims, "mauro-lima-dos-santos", "his country would not send ammunition"), claims


# --- the hundred-and-thirty-second fresh list: Kazakhstan's humanitarian aid --------------------------------------------------

ALMATY = seeds_with(("kazakhstan", "country", "Kazakhstan"), ("ukraine", "country", "Ukraine"), roles=("president",))


def test_according_to_an_official_of_no_state_with_a_clause_after_and_his_surname_later():
    text = ("Aid corridors\n\nSafe corridors for aid convoys are now vital, according to UN Emergency Relief Coordinator Jane Holm, "
            "as thousands of people in Kharkiv, Sumy and elsewhere need medicines.\n\n“Nobody can watch this and stay silent about "
            "the cities,” Holm told the council.")
    claims = _claims(text, "2022-04-13", ALMATY)
    assert _says(claims, "jane-holm", "Safe corridors for aid convoys are now vital"), claims
    assert _says(claims, "jane-holm", "Nobody can watch this"), claims
    assert not any(said.startswith("as thousands") for _, said in claims), claims


# --- the hundred-and-thirty-third fresh list: Qatar's humanitarian aid --------------------------------------------------------

def _gulf_seeds():
    from nato_kg.records import Entity

    from .test_extract import P

    seeds = seeds_with(("bahrain", "country", "Bahrain"), ("oman", "country", "Oman"), ("ukraine", "country", "Ukraine"),
                       ("poland", "country", "Poland"), ("united-states", "country", "United States"),
                       roles=("prime-minister", "foreign-minister", "president"))
    seeds.entities["us-government"] = Entity("us-government", "organization", "U.S. government", P, government_of="united-states")
    return seeds


def test_a_courtesy_between_an_office_and_its_holder_and_a_second_office_in_a_relative_clause():
    text = ("Gulf aid for Kyiv\n\nBahrain's Prime Minister Sheikh Salman Khalid Al Rafi, who also serves as Foreign Minister, "
            "visited Kyiv on Friday.\n\nTalks followed between Kyiv and Oman's premier, Sheikh Badr Hamad al-Nasri, who is also "
            "serving as Oman's foreign minister.")
    roles = {(c["person"], c["role"], c["organization"]) for c in _found(text, "role", "2023-07-28", _gulf_seeds())}
    assert {("salman-khalid-al-rafi", "prime-minister", "bahrain"), ("salman-khalid-al-rafi", "foreign-minister", "bahrain"),
            ("badr-hamad-al-nasri", "prime-minister", "oman"), ("badr-hamad-al-nasri", "foreign-minister", "oman")} <= roles, roles
    assert not any(person.startswith("sheikh") for person, _, _ in roles), roles


def test_a_relative_that_after_the_verbs_object_and_two_states_as_one_subject_are_no_ones_statement():
    text = ("Aid to Kyiv\n\nUkrainian Prime Minister Jan Horak announced the grant.\n\nDuring the briefing, Prime Minister Horak "
            "highlighted the hospitals that would benefit from the grant, including clinics in Kharkiv.\n\nWarsaw says the "
            "transfers were legal, whereas Poland and the United States argue that many of the children were deported.\n\n"
            "Horak said that the grant would be spent this year.")
    claims = [(c["speaker"], c["text"]) for c in _found(text, "claim", "2023-07-28", _gulf_seeds())]
    assert not any(said.startswith("would benefit") for _, said in claims), claims
    assert not any(who == "us-government" for who, _ in claims), claims
    assert _says(claims, "jan-horak", "the grant would be spent this year"), claims


# --- the hundred-and-thirty-fourth fresh list: the African leaders' peace mission ---------------------------------------------

PRETORIA = seeds_with(("south-africa", "country", "South Africa"), ("ukraine", "country", "Ukraine"),
                      ("senegal", "country", "Senegal"), ("uganda", "country", "Uganda"), ("egypt", "country", "Egypt"),
                      ("comoros", "country", "Comoros"), ("zambia", "country", "Zambia"),
                      roles=("president", "prime-minister", "ambassador", "spokesperson"))


def test_offices_of_states_by_their_adjective_their_official_name_the_country_just_named_or_an_appositive_office():
    text = ("Peace mission leaves\n\nPRETORIA, June 15. South African President Thabo Mkhize is on his way to Kyiv.\n\n"
            "Four presidents - Mkhize, Zambian President Joseph Banda, President of the Union of Comoros Ali Bakar and "
            "Senegalese President Amadou Diallo - have departed.\n\nReports said Egypt will be represented by the country’s Prime "
            "Minister Karim Hassan, while President of the Republic of Uganda John Okello stayed home.\n\nThey were received by "
            "Ukraine’s special representative for Africa and the Middle East, Ambassador Petro Bondar, and by South Africa’s "
            "ambassador to Ukraine, Pieter Botha.")
    roles = _roles(text, "2023-06-15", PRETORIA)
    assert {("joseph-banda", "president", "zambia"), ("ali-bakar", "president", "comoros"),
            ("amadou-diallo", "president", "senegal"), ("karim-hassan", "prime-minister", "egypt"),
            ("john-okello", "president", "uganda"), ("petro-bondar", "ambassador", "ukraine"),
            ("pieter-botha", "ambassador", "south-africa")} <= roles, roles
    assert ("petro-bondar", "ambassador", "south-africa") not in roles, roles


def test_a_state_of_two_words_before_a_lone_title_and_a_long_where_before_that():
    text = ("Peace mission\n\nSouth African President Thabo Mkhize will travel to Moscow with Senegalese President Amadou Diallo.\n\n"
            "Earlier in the week, Mkhize said during a joint press conference with Singaporean Prime Minister Wei Tan Loong that "
            "talks on the role of African states had been going on for months.\n\nThe South African president declared that the "
            "mission offers an African perspective.")
    claims = _claims(text, "2023-06-17", PRETORIA)
    assert _says(claims, "thabo-mkhize", "talks on the role of African states"), claims
    assert _says(claims, "thabo-mkhize", "the mission offers an African perspective"), claims
    assert not any(who == "wei-tan-loong" for who, _ in claims), claims


# --- the hundred-and-thirty-fifth fresh list: Colombia's refusal ------------------------------------------------------------

BOGOTA = seeds_with(("colombia", "country", "Colombia"), ("united-states", "country", "United States"),
                    ("ukraine", "country", "Ukraine"), ("russia", "country", "Russia"), roles=("president",))


def test_he_said_keeps_the_one_before_a_leader_by_his_state_and_an_opinion_before_a_lone_title():
    text = ("Colombia says no\n\nColombia still refuses to send its helicopters to Kyiv, the country’s president Mateo Rojas has "
            "said.\n\n\"They are not going to Ukraine,\" he told a correspondent after talks with US President Paul Grant in "
            "Washington on Thursday.\n\nHe added that the helicopters were bought by the previous government.\n\nThe Colombian "
            "leader said in January that Washington had discussed a transfer with Bogota.\n\n“Nobody will use them in that war,” "
            "said the leftist president.")
    claims = _claims(text, "2023-04-20", BOGOTA)
    for start in ("They are not going to Ukraine", "the helicopters were bought", "Washington had discussed a transfer",
                  "Nobody will use them"):
        assert _says(claims, "mateo-rojas", start), (start, claims)
    assert not any(who == "paul-grant" for who, _ in claims), claims


def test_the_headlines_state_over_latin_america_and_the_state_a_president_speaks_of():
    text = ("Moscow Praises Colombia for Keeping Its Helicopters\n\nColombia Declines to Give Weapons to Kyiv\n\nThe embassy "
            "celebrated on Wednesday that Colombia refused to give the weapons after a request from the United States. President "
            "Mateo Rojas admitted on January 24 that the US made such a request.\n\nThe US Southern Command had asked Latin "
            "American countries to give such equipment in exchange for US arsenal. Latin America must demand peace, Rojas says, "
            "while Colombia remains the main US ally in the region.")
    roles = _roles(text, "2023-01-25", BOGOTA)
    assert ("mateo-rojas", "president", "colombia") in roles, roles
    assert not any(org == "united-states" for _, _, org in roles), roles


# --- the hundred-and-thirty-sixth fresh list: Chile's Boric ----------------------------------------------------------------

SANTIAGO = seeds_with(("chile", "country", "Chile"), ("ukraine", "country", "Ukraine"), ("russia", "country", "Russia"),
                      roles=("president", "senator"))


def test_a_president_elect_a_complaint_that_an_urging_of_peers_and_a_quotation_that_lost_its_opening_mark():
    text = ("Santiago condemns the war\n\nChilean President-elect Tomas Vidal has again condemned the invasion.\n\nSummit "
            "EU-CELAC 2023 BrusselsAt the summit, the president of Chile criticized that the joint declaration is blocked by "
            "three states.\n\nThe president of Chile, Tomas Vidal, spoke at the summit.\n\nI understand that the declaration is "
            "blocked today. Dear colleagues, today it is Ukraine but tomorrow it could be any of us,\" said the Chilean head of "
            "state.\n\nIn this we must not doubt. The important thing is respect for international law, which has been violated "
            "here,\" he stressed.\n\n"
            "Mr. Vidal urged his regional counterparts to recognize the aggression against Ukraine.\n\nA senator lamented that "
            "the fund leaves just three billion pesos for new purchases.")
    claims = _claims(text, "2023-07-18", SANTIAGO)
    assert not any(who.startswith("president-elect") or who.startswith("summit") for who, _ in claims), claims
    for start in ("the joint declaration is blocked by three states", "I understand that the declaration is blocked today",
                  "In this we must not doubt", "his regional counterparts to recognize"):
        assert _says(claims, "tomas-vidal", start), (start, claims)
    assert not any("he stressed" in said or "said the Chilean" in said for _, said in claims), claims


# --- the hundred-and-thirty-seventh fresh list: Mexico's peace proposal ------------------------------------------------------

MEXICO = seeds_with(("mexico", "country", "Mexico"), ("ukraine", "country", "Ukraine"), ("russia", "country", "Russia"),
                    ("united-states", "country", "United States"), ("india", "country", "India"),
                    roles=("president", "foreign-minister", "ambassador", "prime-minister", "secretary-general"))


def test_two_family_names_initials_and_initials_run_into_a_name_are_the_person_named_in_full():
    text = ("Mexico's peace plan\n\nPresident Pedro Luis Ramírez Ochoa said Foreign Minister Ana Torres would present the plan "
            "at the General Assembly in New York, U.S.\n\nPedro Luis Ramírez OchoaPLRO said in his morning conference that Mexico "
            "advocates peace, not arms shipments.\n\nDialogue is crucial in these circumstances, according to PLRO, who said it "
            "is urgent to care for the people.\n\n\"It is the commission we propose to end the war,\" said Ramírez Ochoa.\n\nHe "
            "already spoke with the Mexican ambassador to the UN, Juan Carlos de la Vega, who received the order.")
    claims = _claims(text, "2022-09-21", MEXICO)
    for start in ("Mexico advocates peace", "Dialogue is crucial in these circumstances", "it is urgent to care for the people",
                  "It is the commission we propose"):
        assert _says(claims, "pedro-luis-ramirez-ochoa", start), (start, claims)
    assert {who for who, _ in claims} == {"pedro-luis-ramirez-ochoa"}, claims
    roles = _roles(text, "2022-09-21", MEXICO)
    assert {("pedro-luis-ramirez-ochoa", "president", "mexico"), ("ana-torres", "foreign-minister", "mexico"),
            ("juan-carlos-de-la-vega", "ambassador", "mexico")} <= roles, roles


def test_a_title_set_off_in_a_list_of_names_is_the_next_names_and_an_unknown_bodys_office_no_states():
    text = ("Mexico's peace plan\n\nThe President of Mexico, Pedro Ramírez, recalled a proposal for talks between Russia and "
            "Ukraine, which was composed of Pope Leo, the Secretary General of the United Nations, Antonio Guterres, and the "
            "Prime Minister of India, Narendra Modi.")
    roles = _roles(text, "2023-07-31", MEXICO)
    assert ("narendra-modi", "prime-minister", "india") in roles, roles
    # (the United Nations is a body the gazetteer knows since list 324: its secretary-general's office is its own, never a state's)
    assert not any(person == "pope-leo" or (person == "antonio-guterres" and org != "united-nations") for person, _, org in roles), roles


# --- the hundred-and-thirty-eighth fresh list: Thailand's humanitarian aid ---------------------------------------------------

BANGKOK = seeds_with(("thailand", "country", "Thailand"), ("ukraine", "country", "Ukraine"), ("poland", "country", "Poland"),
                     roles=("spokesperson",))


def test_one_word_currencies_a_local_sign_a_ministrys_spokesman_and_a_sum_restated_where_no_pledge_is():
    assert [(str(m.value), m.currency) for m in find_money("2 million baht, Bt1 million, 50 million tenge and 3 billion rand")] \
        == [("2000000", "THB"), ("1000000", "THB"), ("50000000", "KZT"), ("3000000000", "ZAR")]
    text = ("Thai embassy buys $70,000 worth of aid for Ukraine\n\nThailand will donate 3 million baht in humanitarian aid to "
            "war-ravaged Ukraine, the Ministry of Foreign Affairs spokesman Somchai Wongsa said on Thursday.\n\nMFA spokesperson "
            "Somchai Wongsa told the press that the embassy in Warsaw will buy the supplies.\n\nThe ministry has allocated Bt3 "
            "million, or about US$70,000, to the Thai embassy in Warsaw to buy supplies.")
    pledges = {(c["amount"], c["currency"]) for c in _found(text, "pledge", "2022-03-10", BANGKOK)}
    assert pledges == {("3000000", "THB")}, pledges
    roles = _roles(text, "2022-03-10", BANGKOK)
    assert roles == {("somchai-wongsa", "spokesperson", "thailand")}, roles


# --- the hundred-and-thirty-ninth fresh list: Kenya and Ukraine --------------------------------------------------------------

NAIROBI = seeds_with(("kenya", "country", "Kenya"), ("ukraine", "country", "Ukraine"), ("south-africa", "country", "South Africa"),
                     roles=("president", "ambassador"))


def test_an_envoy_to_a_state_with_no_comma_a_name_at_a_sentences_end_an_advert_after_a_colon_and_said_in_a_post():
    text = ("Kenya and Ukraine\n\nPresident Samuel Kiptoo met Ukrainian President Ivan Bondar on Tuesday.\n\n“I had a fruitful "
            "conversation with the President of Kenya Samuel Kiptoo. Thanked him for the support.\n\nIn his own words, Kiptoo "
            "went on:\n\nPAY ATTENTION: Don't miss trending Kenyan news. Follow NEWS.co.ke on !\n\n\"Kenya advocates a peaceful "
            "resolution of the conflict.\"\n\n“Agreed to enhance cooperation!” Bondar said in a tweet.\n\nUkrainian Ambassador "
            "to Kenya Taras Hnatiuk said the grain would arrive in March.\n\nThey were met by South Africa’s ambassador to "
            "Ukraine, André Groenwald. South African Ambassador to Ukraine Mr Andre Groenewald welcomed them.")
    roles = _roles(text, "2023-09-20", NAIROBI)
    assert {("taras-hnatiuk", "ambassador", "ukraine"), ("samuel-kiptoo", "president", "kenya"),
            ("andre-groenwald", "ambassador", "south-africa")} <= roles, roles
    assert not any(person in ("samuel-kiptoo-thanked", "andre-groenewald") for person, _, _ in roles), roles
    claims = _claims(text, "2023-09-20", NAIROBI)
    assert _says(claims, "samuel-kiptoo", "Kenya advocates a peaceful resolution"), claims
    assert _says(claims, "ivan-bondar", "Agreed to enhance cooperation"), claims


# --- the hundred-and-fortieth fresh list: the United Arab Emirates' aid -------------------------------------------------------

GULF = seeds_with(("united-arab-emirates", "country", "United Arab Emirates"), ("ukraine", "country", "Ukraine"),
                  ("volodymyr-zelenskyy", "person", "Volodymyr Zelenskyy", "Zelensky"), roles=("president", "prime-minister"))


def test_the_uae_money_directed_to_a_foundation_said_a_noun_is_and_he_after_a_call_with_another():
    text = ("The UAE Is Sending Aid To Ukraine\n\nThe ministry declared that the UAE will send AED 20 million (USD 5.4 million) in "
            "humanitarian assistance.\n\nThe UAE said that $3 million would be directed to a Kyiv children's foundation.\n\n"
            "Prime Minister Khalid Mansoor has been vocal and during a call with Ukrainian President Volodymyr Zelensky, he made "
            "it clear that he will be providing economic assistance.\n\nIn December, Dr Omar Rashid, diplomatic adviser to the "
            "UAE President, said a political solution is required to restore peace.")
    pledges = {(c["donor"], c["amount"], c["currency"]) for c in _found(text, "pledge", "2022-03-02", GULF)}
    assert pledges == {("united-arab-emirates", "20000000", "AED"), ("united-arab-emirates", "3000000", "USD")}, pledges
    claims = _claims(text, "2022-03-02", GULF)
    assert _says(claims, "khalid-mansoor", "he will be providing economic assistance"), claims
    assert _says(claims, "omar-rashid", "a political solution is required"), claims
    assert not any(who == "volodymyr-zelenskyy" for who, _ in claims), claims


# --- the hundred-and-forty-first fresh list: Egypt between Russia and Ukraine ------------------------------------------------

CAIRO = seeds_with(("egypt", "country", "Egypt"), ("ukraine", "country", "Ukraine"), ("russia", "country", "Russia"),
                   roles=("president", "foreign-minister", "spokesperson"))


def test_fm_a_plural_title_two_spokespersons_el_a_counterpart_of_he_and_denied_claims():
    text = ("Egypt's FM to Meet Ukraine-Russia Delegations\n\nEgyptian FM Karim Fahmy is set to meet Russian FM, Oleg Petrov, and "
            "later Ukrainian FM, Taras Melnyk, tweeted the Ministry’s Spokesperson Amr Saleh.\n\nThe talks follow a call between "
            "Presidents Hassan el-Masri, Ivan Sidorov, and Petro Hrytsenko.\n\nPresidential Spokesperson, Nabil Farouk, "
            "highlighted the call.\n\nOn Sunday, he first held talks with President Hassan el-Masri, then his Egyptian counterpart, "
            "Karim Fahmy.\n\nFahmy denied claims that Egypt has sided with a single party of the war.")
    roles = _roles(text, "2022-04-04", CAIRO)
    assert any(person == "oleg-petrov" and role == "foreign-minister" and org.startswith("russia") for person, role, org in roles)
    assert {("karim-fahmy", "foreign-minister", "egypt"),
            ("taras-melnyk", "foreign-minister", "ukraine"), ("amr-saleh", "spokesperson", "egypt"),
            ("nabil-farouk", "spokesperson", "egypt"), ("hassan-el-masri", "president", "egypt")} <= roles, roles
    assert not any(person in ("ukraine-russia-delegations", "hassan") or (person, role) == ("karim-fahmy", "president")
                   for person, role, _ in roles), roles
    claims = _claims(text, "2022-04-04", CAIRO)
    assert not any(said.startswith("Egypt has sided") for _, said in claims), claims


# --- the hundred-and-forty-second fresh list: Vietnam's $500,000 --------------------------------------------------------------

def test_said_a_state_shares_a_concern_is_the_states_view_told_by_its_spokesman():
    seeds = seeds_with(("vietnam", "country", "Vietnam"), ("ukraine", "country", "Ukraine"), roles=("spokesperson",))
    text = ("Vietnam supports aid\n\nVietnam supports humanitarian work by the United Nations, Spokesman of the Ministry of "
            "Foreign Affairs Tran Van Minh said at the ministry’s press meeting on May 12.\n\nFielding a question about the "
            "country’s aid, he said Vietnam shares the international community’s deep concern over the situation.")
    claims = _claims(text, "2022-05-12", seeds)
    assert _says(claims, "tran-van-minh", "Vietnam shares the international community"), claims


# --- the hundred-and-forty-third fresh list: neutral Austria's aid ------------------------------------------------------------

VIENNA = seeds_with(("austria", "country", "Austria"), ("ukraine", "country", "Ukraine"), ("estonia", "country", "Estonia"),
                    roles=("chancellor", "prime-minister", "vice-chancellor"))


def test_thats_according_to_an_inset_headline_and_shares_each_received():
    text = ("Austrian Chancellor Reaffirms Support\n\nAustria will continue to provide full support to Ukraine within its "
            "neutral status.\n\nThat's according to Federal Chancellor of Austria, Franz Huber, who spoke at a joint press "
            "conference in Vienna on Thursday, an agency correspondent reports.\n\nEstonian Prime Minister: Partners donating "
            "0.25% of GDP to Ukraine to ensure victory\n\nHe pointed out that Austria was in full solidarity with the Union.\n\n"
            "Austria has announced an additional €12 million in humanitarian aid for Ukraine. The €12 million allocation will be "
            "distributed as follows: €8 million will go to the “Neighbor in Need” initiative. The ICRC and the UNHCR will each "
            "receive €2 million.")
    claims = _claims(text, "2024-02-08", VIENNA)
    assert _says(claims, "franz-huber", "Austria will continue to provide full support"), claims
    assert _says(claims, "franz-huber", "Austria was in full solidarity"), claims
    assert not any(said.startswith("who spoke") for _, said in claims), claims
    pledges = {(c["amount"], c.get("figure")) for c in _found(text, "pledge", "2024-06-16", VIENNA)}
    assert {("12000000", "package"), ("8000000", "share"), ("2000000", "share")} <= pledges, pledges


# --- the hundred-and-forty-fifth fresh list: Iceland's long-term support ------------------------------------------------------

def test_as_the_head_of_the_agency_emphasized_and_the_head_of_the_mfa_stressed_are_the_minister():
    seeds = seeds_with(("iceland", "country", "Iceland"), ("ukraine", "country", "Ukraine"), roles=("foreign-minister",))
    text = ("Iceland passes long-term policy\n\n\"Resolute support for Ukraine is the most important security issue,\" said "
            "Foreign Minister Anna Sigrun Jonsdottir.\n\nAs the head of the Icelandic agency emphasized, that is why Reykjavik "
            "should make its contribution to the defense of Ukraine.\n\n\"With this proposal a solid foundation is laid for our "
            "support,\" the head of the MFA stressed.")
    claims = _claims(text, "2024-04-30", seeds)
    assert _says(claims, "anna-sigrun-jonsdottir", "that is why Reykjavik should make its contribution"), claims
    assert _says(claims, "anna-sigrun-jonsdottir", "With this proposal a solid foundation is laid"), claims
    assert not any(said.startswith("is why") for _, said in claims), claims


# --- the hundred-and-forty-sixth fresh list: two British live blogs ----------------------------------------------------------

LONDON = seeds_with(("united-kingdom", "country", "United Kingdom", "UK", "Britain"), ("ukraine", "country", "Ukraine"),
                    ("russia", "country", "Russia"), roles=("prime-minister", "defence-minister"))


def test_the_prime_minister_after_a_sentence_its_holder_opened_and_a_chief_after_his_words():
    text = ("Gordon Hale is asking allied leaders today to back their words with action.\n\nWriting in a Sunday newspaper, the "
            "Prime Minister stated: “Aggression must fail and be seen to fail.\n\n“History will judge us by what we do now.”\n\n"
            "Peter Lund, the Defence Secretary, warned the Kremlin not to “test” the United Kingdom, and indicated that he could "
            "send more anti-tank weapons to destroy Russian tanks in Ukraine. Britain will stand firm, the UK said.\n\n"
            "The UK keeps a line open to Moscow, General Sir Alan Crewe said.\n\nThe Chief of the Defence Staff told a radio "
            "programme that the line was “used every week”.\n\n“We have used that line to ask for talks and I am waiting for an "
            "answer, and other countries have lines as well")
    roles = _roles(text, "2022-03-06", LONDON)
    assert ("gordon-hale", "prime-minister", "united-kingdom") in roles, roles
    assert ("peter-lund", "defence-minister", "united-kingdom") in roles, roles
    claims = _claims(text, "2022-03-06", LONDON)
    assert _says(claims, "gordon-hale", "Aggression must fail"), claims
    assert any(who == "gordon-hale" and "History will judge us" in said for who, said in claims), claims
    assert any(who == "peter-lund" and "indicated that he could send" in said for who, said in claims), claims
    assert any(who == "peter-lund" and "not to “test”" in said for who, said in claims), claims
    assert _says(claims, "alan-crewe", "the line was “used every week”"), claims
    assert _says(claims, "alan-crewe", "We have used that line"), claims


# --- the hundred-and-forty-seventh fresh list: Italy's secret aid packages ----------------------------------------------------

def test_told_an_outlet_tweeted_that_the_head_of_the_defence_ministry_and_the_national_politician():
    seeds = seeds_with(("italy", "country", "Italy"), ("ukraine", "country", "Ukraine"), ("russia", "country", "Russia"),
                       roles=("defence-minister", "president", "prime-minister"))
    text = ("Italy prepares a tenth package\n\nItaly will send Ukraine more generators if stocks allow, Italian Defence Minister "
            "Carlo Bruni told Corriere della Sera. After the call, Ukrainian President Ivan Petrenko tweeted that Rome was "
            "weighing more help.\n\n‘We have always ruled out sending our soldiers,’ the Italian politician said.\n\nThe head of "
            "the Italian Defence Ministry said that Italy has always supplied defensive weapons.")
    claims = _claims(text, "2024-05-06", seeds)
    assert _says(claims, "carlo-bruni", "Italy will send Ukraine more generators"), claims
    assert _says(claims, "ivan-petrenko", "Rome was weighing more help"), claims
    assert _says(claims, "carlo-bruni", "Italy has always supplied defensive weapons"), claims
    assert _says(claims, "carlo-bruni", "We have always ruled out sending our soldiers"), claims


# --- the hundred-and-forty-eighth fresh list: Romania's Patriot system --------------------------------------------------------

def test_a_transliterated_surname_commenting_on_an_adjective_before_the_recipient_and_a_single_mark_without_comma():
    seeds = seeds_with(("romania", "country", "Romania"), ("ukraine", "country", "Ukraine"), ("united-states", "country",
                       "United States", "US"), roles=("president", "prime-minister"))
    text = ("Romania on the Patriot\n\nThe decision must be made by the defence council. This was stated by Romanian President "
            "Klaus Ionescu. Jonescu also emphasized that the transfer is a complicated process.\n\nRomanian Prime Minister Dan "
            "Popa, commenting on the possibility of providing Ukraine with a Patriot, said that the ministry had reservations.\n\n"
            "Romania will donate a system. The idea of donating it to neighboring Ukraine emerged last month, following the "
            "meeting of President Klaus Ionescu, at the White House, with President Joe Miller.\n\n"
            "Ukrainian President Ivan Petrenko thanked Bucharest. ‘Today’s decision strengthens security in our entire region’ "
            "the Ukrainian president wrote in a post.")
    claims = _claims(text, "2024-06-21", seeds)
    assert _says(claims, "klaus-ionescu", "the transfer is a complicated process"), claims
    assert _says(claims, "dan-popa", "the ministry had reservations"), claims
    assert _says(claims, "ivan-petrenko", "Today’s decision strengthens security"), claims
    roles = _roles(text, "2024-06-21", seeds)
    assert ("klaus-ionescu", "president", "romania") in roles, roles
    assert not any(org == "ukraine" and who == "klaus-ionescu" for who, _, org in roles), roles
    assert not any(who == "joe-miller" and org == "romania" for who, _, org in roles), roles


# --- the hundred-and-forty-ninth fresh list: Greece's shells and statements ---------------------------------------------------

def test_a_ministry_relays_what_he_stressed_a_level_maintained_given_that_and_a_deputy_national_minister():
    seeds = seeds_with(("greece", "country", "Greece"), ("ukraine", "country", "Ukraine"), ("czechia", "country",
                       "Czech Republic"), ("united-states", "country", "United States", "US"), ("nato", "organization", "NATO"),
                       roles=("defence-minister", "deputy-defence-minister", "prime-minister"))
    text = ("Greece backs Ukraine\n\nGreek Defense Minister Petros Alexiou took part in the NATO meeting in Brussels.\n\n"
            "\"As regards the war in Ukraine, both in the context of the Meeting and of the Group, he stressed that the need to "
            "reinforce the Ukrainian armed forces is still imperative,\" the ministry said in a statement.\n\nThe minister noted "
            "that Greece is fulfilling its obligations within the alliance by maintaining its defense spending above 2% of GDP, "
            "the ministry added.\n\n\"We sell obsolete material to the Czech Republic and the US, given that the destruction of "
            "this material alone would exceed 100 million euros,\" Alexiou said.\n\nThe flight was accompanied by Deputy "
            "National Defense Minister Yannis Doukas.")
    claims = _claims(text, "2023-06-16", seeds)
    assert _says(claims, "petros-alexiou", "the need to reinforce the Ukrainian armed forces"), claims
    assert not any(who == "greece" and "he stressed" in said for who, said in claims), claims
    assert _found(text, "pledge", "2023-06-16", seeds) == []
    assert not any(actor == "greece" for actor, _, _ in _found(text, "target", "2023-06-16", seeds))
    roles = _roles(text, "2023-06-16", seeds)
    assert ("yannis-doukas", "deputy-defence-minister", "greece") in roles, roles


# --- the hundred-and-fiftieth fresh list: Türkiye's Erdoğan on Ukraine and on NATO's 5 % --------------------------------------

def test_a_monarchy_has_no_president_and_a_title_with_a_surname_before_the_full_name():
    seeds = seeds_with(("spain", "country", "Spain"), ("netherlands", "country", "Netherlands"), ("chile", "country", "Chile"),
                       ("nato", "organization", "NATO"), roles=("president", "prime-minister", "secretary-general"))
    text = ("Everyone must keep the peace\n\nAfter the summit, President Verin commented on the truce during a press "
            "conference, saying: “We hope that the truce will turn into a lasting calm.”\n\nPresident Aldo Verin held a "
            "press conference in The Hague, Netherlands, and thanked King Willem of the Netherlands.\n\nHe congratulated "
            "NATO Secretary General Mark Rutte for his leadership and said: “The key outcome of "
            "our summit was the decision to spend more.”\n\nSpain's Prime Minister Pedro Lopez and President Aldo Verin posed "
            "for a photo in The Hague.")
    claims = _claims(text, "2025-06-25", seeds)
    assert _says(claims, "aldo-verin", "We hope that the truce will turn into a lasting calm"), claims
    assert _says(claims, "aldo-verin", "The key outcome of our summit"), claims
    assert not any(who == "mark-rutte" for who, _ in claims), claims
    roles = _roles(text, "2025-06-25", seeds)
    assert ("pedro-lopez", "prime-minister", "spain") in roles, roles
    assert not any(who == "aldo-verin" and org in ("spain", "netherlands") for who, _, org in roles), roles
    assert any(who == "mark-rutte" for who, _, _ in roles), roles


def test_a_title_with_a_surname_no_one_is_named_in_full_is_the_surnames_speaker_with_no_office():
    # (list 143 held such a surname no speaker; since list 250 a title and a surname the page never gives in full are the person
    # as the page writes them, as a surname alone already was — "“…,” Obama added" — and as the lists since about 220 curate
    # them; the office is still not given, its state untold)
    seeds = seeds_with(("austria", "country", "Austria"), roles=("chancellor",))
    text = ("Austria prepares\n\n\"The situation remains unpredictable and we will protect our country,\" Chancellor Bauer "
            "said after the meeting of the crisis cabinet.")
    claims = _claims(text, "2022-02-28", seeds)
    assert claims == [("bauer", "The situation remains unpredictable and we will protect our country")], claims
    assert _roles(text, "2022-02-28", seeds) == set()


def test_a_fronted_participle_of_saying_its_clause_with_a_phrase_and_a_stance_reaffirmed():
    seeds = seeds_with(("chile", "country", "Chile"), ("ukraine", "country", "Ukraine"), roles=("president",))
    text = ("Chile and Ukraine\n\nChilean President Aldo Verin met his Ukrainian counterpart in Santiago.\n\n"
            "Noting that Chile is the ally most affected by the crises of its region, Verin said authorities keep the country "
            "away from conflicts.\n\nStating that this decision is a necessity for the region, President Aldo Verin continued: "
            "“We strive to keep our country away from all these crises.”\n\nVerin said the region's success against smuggling "
            "hinges on unity and coordination.\n\nVerin reaffirmed Chile's principled stance of not recognizing the "
            "annexation of Crimea.")
    claims = _claims(text, "2025-02-18", seeds)
    assert _says(claims, "aldo-verin", "Chile is the ally most affected by the crises of its region"), claims
    assert _says(claims, "aldo-verin", "this decision is a necessity for the region"), claims
    assert _says(claims, "aldo-verin", "We strive to keep our country away from all these crises"), claims
    assert _says(claims, "aldo-verin", "the region's success against smuggling hinges on unity"), claims
    assert _says(claims, "aldo-verin", "Chile's principled stance of not recognizing the annexation"), claims


def test_a_headline_statement_and_its_speaker_either_side_of_a_colon():
    seeds = seeds_with(("chile", "country", "Chile"), ("ukraine", "country", "Ukraine"), roles=("president",))
    for headline in ("Verin: 'Chile Fully Supports the Territorial Integrity of Ukraine'",
                     "Chile Fully Supports the Territorial Integrity of Ukraine: Verin"):
        text = f"{headline}\n\nChilean President Aldo Verin spoke in Santiago on Tuesday about the war."
        claims = _claims(text, "2025-02-18", seeds)
        assert claims == [("aldo-verin", "Chile Fully Supports the Territorial Integrity of Ukraine")], claims
    text = ("Southern War: Enhancement of Chile's Humanitarian Assistance to Ukraine\n\nChilean President Aldo Verin spoke "
            "in Santiago on Tuesday about the war.")
    assert _found(text, "claim", "2025-02-18", seeds) == []


def test_a_new_share_from_an_old_one_over_the_next_years_and_a_commitment_a_state_is_close_to_fulfilling():
    seeds = seeds_with(("chile", "country", "Chile"), ("nato", "organization", "NATO"), roles=("president",))
    text = ("Chile at the NATO summit\n\nNATO allies agreed to raise defence spending to 5% of GDP.\n\nVerin said Chile is "
            "very close to fulfilling the 5% commitment.\n\nChile will gradually increase its defense spending from 2 percent "
            "to 5 percent of GDP over the next 10 years using the national budget.")
    targets = set(_found(text, "target", "2025-06-25", seeds))
    assert ("chile", "5", "2035") in targets, targets
    assert not any(actor == "chile" and year is None for actor, _, year in targets), targets


# --- the hundred-and-fifty-first fresh list: Finland's President Stubb on Ukraine ---------------------------------------------

def test_a_level_compared_with_and_the_alliances_current_target():
    seeds = seeds_with(("finland", "country", "Finland"), ("nato", "organization", "NATO"), roles=("president",))
    text = ("Finland leaves the treaty\n\nKalle Virta also said Helsinki would spend 3 percent of GDP on defense by 2029, "
            "compared with 2.4 percent in 2024. That’s more than NATO’s current 2 percent target, which is widely expected to "
            "be raised.")
    targets = set(_found(text, "target", "2025-04-01", seeds))
    assert targets == {("finland", "3", "2029"), ("nato", "2", None)}, targets


def test_the_state_whose_office_opens_the_story_is_what_it_is_about():
    seeds = seeds_with(("finland", "country", "Finland"), ("united-kingdom", "country", "United Kingdom", "Britain"),
                       ("france", "country", "France"), ("ukraine", "country", "Ukraine"),
                       roles=("president", "prime-minister", "foreign-minister"))
    text = ("Finnish President Kalle Virta took part in a Ukraine support summit on Saturday, hosted by British Prime "
            "Minister Tom Hale.\nSpeaking to the Finnish news agency STT, Virta said the summit was a step forward.\n"
            "Britain and France have sought a larger role. Britain and France are prepared to send troops to Ukraine.\n"
            "Prime Minister Liisa Koski (NCP) said this week that Finland will not deploy troops to Ukraine.\n"
            "Finnish soldiers are needed at home, and Foreign Minister Aino Salo agreed in Helsinki.")
    roles = _roles(text, "2025-03-15", seeds)
    assert ("liisa-koski", "prime-minister", "finland") in roles, roles
    assert ("aino-salo", "foreign-minister", "finland") in roles, roles


def test_a_conjunction_opening_a_quotation_a_clarification_and_a_name_in_marks_inside_a_phrase():
    seeds = seeds_with(("finland", "country", "Finland"), ("france", "country", "France"), ("russia", "country", "Russia"),
                       roles=("president",))
    text = ("Virta on guarantees\n\nFinnish President Kalle Virta spoke to a newspaper. “Whether Russia agrees or not is not "
            "the point,” he said.\nFrench President Marc Roux announced a force for Ukraine, though he clarified it would "
            "not engage in combat against Russia.\nOn the \"coalition of the willing\", Virta says: \"This is originally a "
            "Franco-British initiative, which I welcome.\"")
    claims = _claims(text, "2025-09-21", seeds)
    assert _says(claims, "kalle-virta", "Whether Russia agrees or not"), claims
    assert not any(who.startswith("whether") for who, _ in claims), claims
    assert _says(claims, "marc-roux", "it would not engage in combat against Russia"), claims
    assert not any(said == "coalition of the willing" for _, said in claims), claims
    assert _says(claims, "kalle-virta", "This is originally a Franco-British initiative"), claims


# --- the hundred-and-fifty-second fresh list: South Korea's President Yoon on arms for Ukraine --------------------------------

def test_a_sale_between_two_states_a_surname_in_another_spelling_and_a_capital_that_claims():
    seeds = seeds_with(("south-korea", "country", "South Korea"), ("poland", "country", "Poland"), ("ukraine", "country", "Ukraine"),
                       ("north-korea", "country", "North Korea"), roles=("president",))
    text = ("Seoul may arm Ukraine\n\nSouth Korean President Pak Min-jun said that Seoul may consider providing weapons.\n\n"
            "\"The Republic of Korea will never sit idly by,\" Park said.\n\nPark also promised to support South Korea's efforts "
            "to sign an additional agreement with Poland to supply K2 tanks by the end of the year, which is estimated to be "
            "worth about $7 billion.\n\nSeoul claims that North Korea has sent 3,000 troops to the front.")
    assert _found(text, "pledge", "2024-10-24", seeds) == []
    claims = _claims(text, "2024-10-24", seeds)
    assert _says(claims, "pak-min-jun", "The Republic of Korea will never sit idly by"), claims
    assert not any(who in ("park", "seoul") for who, _ in claims), claims


def test_a_linked_story_officials_after_a_conjunction_what_he_called_a_vow_of_support_and_a_pledge_in_marks():
    seeds = seeds_with(("united-states", "country", "United States", "U.S."), ("russia", "country", "Russia"),
                       ("ukraine", "country", "Ukraine"), roles=("secretary-of-defense",))
    text = ("Troops sent\n\nUkraine could soon receive aid after U.S. officials confirmed that North Korea deployed troops to "
            "Russia.\n\nRELATED STORY | Ukraine pleads for more aid to put its plan into action\n\nU.S. Defense Secretary Lloyd "
            "Austin also confirmed North Korean troops have been sent to Russian bases.\n\n\"We are seeing evidence that there "
            "are North Korean troops\" in Russia, Austin said.\n\nLast month, North Korean leader Kim Jong Un vowed support for "
            "what he called Russia's \"just fight\" against Ukraine and pledged \"Full and unconditional support.\"")
    claims = _claims(text, "2024-10-24", seeds)
    assert not any(who in ("us-government", "ukraine", "related-story") for who, _ in claims), claims
    assert _says(claims, "lloyd-austin", "North Korean troops have been sent to Russian bases"), claims
    assert _says(claims, "lloyd-austin", "We are seeing evidence that there are North Korean troops"), claims
    assert _says(claims, "kim-jong-un", "support for what he called Russia's"), claims
    assert ("kim-jong-un", "Full and unconditional support") in claims, claims


def test_an_office_by_its_states_name_after_a_dateline_while_stressing_and_what_he_said_of_a_provocation():
    seeds = seeds_with(("south-korea", "country", "South Korea"), ("poland", "country", "Poland"), roles=("president",))
    text = ("SEOUL, South Korea (AP) — South Korea’s president on Thursday raised the possibility of supplying arms while "
            "stressing that his government “won’t sit idle” as the North sends troops. South Korean President Pak Min-jun "
            "spoke to reporters.\n\nThe South Korean president described the deployment of the troops as a provocation, "
            "which, he said, threatens global security beyond the Korean Peninsula and Europe.")
    claims = _claims(text, "2024-10-24", seeds)
    assert _says(claims, "pak-min-jun", "his government “won’t sit idle”"), claims
    assert any(who == "pak-min-jun" and "threatens global security" in said for who, said in claims), claims
    assert not any(who == "korean-peninsula" for who, _ in claims), claims


# --- the hundred-and-fifty-third fresh list: Czechia's military aid in crowns -------------------------------------------------

def test_crowns_by_their_sign_a_range_a_proposal_money_from_industry_licences_and_a_residual_value():
    seeds = seeds_with(("czechia", "country", "Czechia", "Czech Republic"), ("ukraine", "country", "Ukraine"),
                       roles=("defence-minister",))
    text = ("Military support from Czechia for Kč422 Mln\n\nA proposal will be presented to government ministers for further "
            "military assistance to Ukraine worth 600-700 million korunas (€24-28 million), Czech Defence Minister Eva Dvorak "
            "announced.\n\nThe domestic armaments industry contributed at least 17 million korunas to Ukraine's army.\n\n"
            "Licenses have been issued for commercial supplies of military equipment to Ukraine, with a total value of "
            "approximately 117 billion crowns.\n\nThe Czech Republic had donated materiel to Ukraine whose purchase price was "
            "CZK 6.2 billion, with a residual value of CZK 1.2 billion.")
    pledges = {(p["donor"], p["amount"], p["currency"]) for p in _found(text, "pledge", "2024-02-21", seeds)}
    assert ("czechia", "422000000", "CZK") in pledges, pledges
    assert ("czechia", "6200000000", "CZK") in pledges, pledges
    assert not {amount for _, amount, _ in pledges} & {"600000000", "700000000", "17000000", "117000000000", "1200000000"}, pledges


def test_a_caption_after_a_quotation_a_ministry_by_its_seat_and_a_subject_with_a_phrase():
    seeds = seeds_with(("czechia", "country", "Czechia", "Czech Republic"), ("germany", "country", "Germany"),
                       ("ukraine", "country", "Ukraine"), roles=("defence-minister",))
    text = ("Czech aid goes on\n\n\"We keep our word and continue to support Ukraine with military supplies,\" Eva Dvorak, the "
            "minister of defence of the Czech Republic.\n\nShe said leftovers from the warehouses are waiting to be "
            "transported.\n\nGermany approved the delivery of grenades to Ukraine, the defense ministry in Berlin said.")
    claims = _claims(text, "2022-10-21", seeds)
    assert _says(claims, "eva-dvorak", "We keep our word and continue to support Ukraine"), claims
    assert _says(claims, "eva-dvorak", "leftovers from the warehouses are waiting"), claims
    assert not any(who == "czechia" for who, _ in claims), claims
    assert ("eva-dvorak", "defence-minister", "czechia") in _roles(text, "2022-10-21", seeds)


# --- the hundred-and-fifty-fourth fresh list: Japan's money for Ukraine --------------------------------------------------------

def test_insurance_and_risk_cover_are_no_aid_and_the_announcer_of_a_pledge_is_the_he_after_it():
    seeds = seeds_with(("japan", "country", "Japan"), ("poland", "country", "Poland"), ("ukraine", "country", "Ukraine"),
                       roles=("prime-minister",))
    text = ("Japan's support\n\nJapan will provide Ukraine with assistance worth $7.6 billion, Prime Minister of Japan Taro "
            "Sato has said in a video address on Wednesday.\n\n\"Japan will steadily implement its assistance amounting to "
            "$7.6 billion based on the needs on the ground,\" he said.\n\nThe Japan Bank for International Cooperation has "
            "decided to insure approximately 93 billion yen worth of bonds that Poland will issue for displaced people.\n\n"
            "Japan became the first country to allocate funds worth $23 million to cover military risks when investing in "
            "Ukraine.\n\nSato explained his country’s decisive movements are motivated by its concerns about East Asia. "
            "Sato confessed that his great worry was why he took such urgent action.")
    pledges = {(p["amount"], p["currency"]) for p in _found(text, "pledge", "2023-08-23", seeds)}
    assert ("7600000000", "USD") in pledges and not pledges & {("93000000000", "JPY"), ("23000000", "USD")}, pledges
    claims = _claims(text, "2023-08-23", seeds)
    assert _says(claims, "taro-sato", "Japan will steadily implement its assistance"), claims
    assert _says(claims, "taro-sato", "his country’s decisive movements are motivated"), claims
    assert _says(claims, "taro-sato", "his great worry was why"), claims


# --- the hundred-and-fifty-fifth fresh list: Ireland's defence money under the Tánaiste -----------------------------------------

def test_a_lead_in_in_capitals_two_portfolios_a_partys_leader_and_the_speaker_a_quotation_was_introduced_with():
    seeds = seeds_with(("ireland", "country", "Ireland"), roles=("prime-minister", "deputy-prime-minister", "defence-minister",
                                                                   "foreign-minister"))
    text = ("Tánaiste: spending will not compromise neutrality\n\nTÁNAISTE AND MINISTER for Defence Sean Byrne told reporters "
            "today that a significant increase in spending will not compromise Ireland’s neutrality.\n\nIreland’s defence budget "
            "for 2024 is some €1.29 billion.\n\nSean Byrne, who is Minister for "
            "Defence and Foreign Affairs, made the comments in Munich.\n\nThe Green Party leader said the Government will "
            "publish a revised plan in July.\n\nSpeaking in Munich, alongside Taoiseach Brian Walsh, Byrne said, “I think "
            "all European countries are going to need to spend more on defence.\n\n“That statement doesn’t affect our "
            "policy of neutrality,” he said.\n\nWalsh spoke about the need to increase Ireland’s defence spending.")
    roles = _roles(text, "2025-02-15", seeds)
    assert {("sean-byrne", "deputy-prime-minister", "ireland"), ("sean-byrne", "defence-minister", "ireland"),
            ("sean-byrne", "foreign-minister", "ireland")} <= roles, roles
    claims = _claims(text, "2025-02-15", seeds)
    assert _says(claims, "sean-byrne", "the Government will publish a revised plan"), claims
    assert not any(who == "green-party" for who, _ in claims), claims
    assert _says(claims, "sean-byrne", "I think all European countries"), claims
    assert _says(claims, "brian-walsh", "the need to increase Ireland’s defence spending"), claims


def test_a_read_more_line_with_its_headline_lost_and_what_he_suggested_this_should_be():
    seeds = seeds_with(("ireland", "country", "Ireland"), roles=("deputy-prime-minister",))
    text = ("Leap in security funding\n\nTánaiste Sean Byrne proposed more than doubling defence spending, official documents "
            "indicate, as the Department of the Taoiseach pressed for increases in funding for national security.\n"
            "READ MORE\nMr Byrne proposed doubling the capital budget next year and suggested this should rise again in "
            "2029 and 2030.")
    claims = _claims(text, "2025-08-25", seeds)
    assert _says(claims, "sean-byrne", "this should rise again in 2029 and 2030"), claims


# --- the hundred-and-fifty-sixth fresh list: Denmark's numbered donation packages in kroner -------------------------------------

def test_sums_in_the_packages_currency_left_unwritten_and_a_conversion_marked_approx():
    seeds = seeds_with(("denmark", "country", "Denmark"), ("ukraine", "country", "Ukraine"), roles=("defence-minister",))
    text = ("Danish aid to Ukraine\n\nThe Danish government has raised its Ukraine Fund. This year Denmark can support Ukraine "
            "with an additional 4.5 billion Danish kroner. 8.2 billion will be allocated in 2026, and two billion Danish "
            "kroner will be allocated annually after that.\n\nThe Danish government has announced an aid package worth 3bn "
            "Danish kroner (approx. €402m) for Ukraine.\n\nDefence Minister Jens Holm said: “As part of this donation "
            "package, we have also allocated another billion for direct purchases from Ukrainian defense companies.”\n\n"
            "The ministry said Ukraine has a population of 38 million.")
    pledges = {(p["amount"], p["currency"]) for p in _found(text, "pledge", "2025-06-19", seeds)}
    assert {("4500000000", "DKK"), ("8200000000", "DKK"), ("2000000000", "DKK"), ("3000000000", "DKK"),
            ("1000000000", "DKK")} == pledges, pledges


def test_a_persons_message_is_that_as_reported_speech():
    seeds = seeds_with(("denmark", "country", "Denmark"), roles=("prime-minister",))
    text = ("Details: On the anniversary of the invasion, Prime Minister Karen Holt's main message is that Ukraine must "
            "establish the strongest position possible.")
    claims = _claims(text, "2025-02-24", seeds)
    assert _says(claims, "karen-holt", "Ukraine must establish the strongest position possible"), claims


# --- the hundred-and-fifty-seventh fresh list: Poland's numbered aid packages ---------------------------------------------------

def test_said_a_name_and_its_appositive_then_the_charge_daffaires_and_an_outlet_the_article_names():
    seeds = seeds_with(("poland", "country", "Poland"), ("ukraine", "country", "Ukraine"))
    text = ("Poland reveals its next package\n\nPoland is preparing its 48th aid package for Ukraine. Compared to 2023, the "
            "nature of support for the Ukrainian army has changed, said Jan Nowak, Poland's Chargé d'Affaires in Ukraine.\n\n"
            "\"We are not talking anymore about tanks, but rather about the training of Ukrainian forces,\" explained the "
            "chargé d'affaires.\n\nPoland will send another package, the Gazeta website has reported. This package will "
            "become the 48th of its kind, Gazeta notes.")
    claims = _claims(text, "2025-05-19", seeds)
    assert _says(claims, "jan-nowak", "Compared to 2023, the nature of support for the Ukrainian army has changed"), claims
    assert _says(claims, "jan-nowak", "We are not talking anymore about tanks"), claims
    assert not any(who == "gazeta" for who, _ in claims), claims


def test_a_block_quotation_with_its_speakers_name_on_a_line_under_it_and_according_to_him_after_this_was_stated_by():
    seeds = seeds_with(("poland", "country", "Poland"), ("ukraine", "country", "Ukraine"))
    text = ("Poland is preparing a new package\n\nPoland will soon provide Ukraine with its 48th aid package.\n\n"
            "This was stated by the temporary charge d'affaires of Poland in Ukraine, Jan Nowak.\n\nAccording to him, Poland "
            "was the first to help in the most dramatic first days of the invasion.\n\nWe were actually the first to help "
            "and the first to respond with all available capabilities. So we made this possible thanks to our help.\n\n"
            "Jan Nowak\n\nThe country also trains soldiers.\n\nAnna Kowalska\n\nRead more")
    claims = _claims(text, "2025-05-19", seeds)
    assert _says(claims, "jan-nowak", "Poland was the first to help in the most dramatic first days"), claims
    assert _says(claims, "jan-nowak", "We were actually the first to help"), claims
    assert _says(claims, "jan-nowak", "So we made this possible thanks to our help"), claims
    assert not any(who == "anna-kowalska" for who, _ in claims), claims


# --- the hundred-and-fifty-eighth fresh list: the Czech defence budget under a new government ---------------------------------

CZECH = seeds_with(("czechia", "country", "Czech Republic"), ("united-states", "country", "United States"),
                   roles=("prime-minister", "president", "ambassador", "spokesperson", "foreign-minister", "finance-minister"))


def test_a_state_named_as_often_as_another_is_the_one_the_story_opens_with_and_a_president_after_both_the():
    text = (" date 2026-03-12 The Czech Republic's lawmakers passed a 2026 defense budget on Wednesday, despite pressure from "
            "both the United States and President Jan Horak.\n\nThe approved budget was criticised by US Ambassador Tom Reed.\n\n"
            "Prime Minister Karel Novy defended the budget.")
    roles = _roles(text, "2026-03-12", CZECH)
    assert ("karel-novy", "prime-minister", "czechia") in roles and ("jan-horak", "president", "czechia") in roles, roles


def test_announced_to_journalists_by_the_speaker_then_the_speaker_said_and_levels_that_are_no_goal():
    text = ("Czech budget\n\nThe Czech government does not plan to increase defense spending in the state budget beyond 2% of "
            "GDP.\nThis was announced to journalists by Chamber of Deputies Speaker Jan Horak after the coalition meeting.\n"
            "“2% of gross domestic product for defense is more or less sufficient,” he said.\n“We will not increase funding "
            "for weapons,” the speaker said.\nThe Czech spending would inch above 2% only if other ministries are counted.")
    claims = _claims(text, "2026-01-14", CZECH)
    assert _says(claims, "jan-horak", "The Czech government does not plan to increase defense spending"), claims
    assert _says(claims, "jan-horak", "2% of gross domestic product for defense"), claims
    assert _says(claims, "jan-horak", "We will not increase funding for weapons"), claims
    assert not [t for t in _found(text, "target", "2026-01-14", CZECH) if t[0] == "czechia"]


def test_a_white_house_spokesperson_asked_a_heading_in_quotation_marks_and_a_budgets_share_of_gdp_for_its_year():
    text = ("Prague cuts\n\nPRAGUE (AP) — Czech Republic lawmakers on Wednesday approved a 2026 budget.\n\nThe legislators "
            "voted 104-87 to allocate almost 155 billion koruna ($7.4 billion) for the Defense Ministry, or just over 1.7% of "
            "gross domestic product.\n\nThe Czech Republic has cut its budget. „The previous proposal was full of fraud,” Czech "
            "Foreign Minister Petr Novak told journalists.\n\n„We Thought 2% Was Ancient History”\n\n„President Trump expects "
            "NATO allies to meet their commitment to 5% defense spending,” said White House spokesperson Anna Kelly when asked "
            "about the Czech plans.")
    claims = _claims(text, "2026-03-11", CZECH)
    assert _says(claims, "anna-kelly", "President Trump expects NATO allies"), claims
    assert not any(said.startswith("We Thought") for _, said in claims), claims
    assert ("anna-kelly", "spokesperson", "united-states") in _roles(text, "2026-03-11", CZECH)
    targets = _found(text, "target", "2026-03-11", CZECH)
    assert ("czechia", "1.7", "2026") in targets, targets


# --- the hundred-and-fifty-ninth fresh list: Bulgaria's military aid without sums ------------------------------------------------

def test_the_subject_after_a_datelines_rest_and_a_speaker_of_the_house_of_representatives_who_announced_and_listed():
    seeds = seeds_with(("bulgaria", "country", "Bulgaria"), ("ukraine", "country", "Ukraine"), roles=("foreign-minister",))
    text = ("Minister thanks Bulgaria\n\nKYIV. Dec 10 (Interfax-Ukraine) – Minister of Foreign Affairs of Ukraine Petro Kulyk "
            "expressed his gratitude to the Bulgarian Parliament for the approval of the first package.\n\n\"I thank the "
            "Bulgarian Parliament for its historic vote to provide the first military aid package,\" he said on Twitter.\n\n"
            "Parliament requires the government to take steps to provide support to Ukraine, Speaker of the House of "
            "Representatives Nikolai Minev announced and listed the types of support included in the decision:")
    claims = _claims(text, "2022-12-10", seeds)
    assert _says(claims, "petro-kulyk", "I thank the Bulgarian Parliament"), claims
    assert _says(claims, "nikolai-minev", "Parliament requires the government to take steps"), claims


# --- the hundred-and-sixtieth fresh list: transcripts without quotation marks ----------------------------------------------------

def test_a_records_labelled_turns_and_a_page_rubric_that_is_no_speaker():
    seeds = seeds_with(("united-kingdom", "country", "United Kingdom"), roles=("defence-minister",))
    text = ("Sir Tom Archer: The Secretary of State was a consistent supporter of Ukraine in opposition, so it is no surprise to "
            "hear that statement from him today. Will he assure the House that support will intensify?\n[The Secretary of "
            "State for Defence (Jane Hollis): When we say that we will stand with Ukraine for as long as it takes, we mean it.\n"
            "On the question of defence spending, we are a Government who will not be having battles.]\nPay Attention: Don't "
            "miss trending news about the war in Ukraine")
    claims = _claims(text, "2024-07-22", seeds)
    assert _says(claims, "tom-archer", "The Secretary of State was a consistent supporter"), claims
    assert _says(claims, "jane-hollis", "When we say that we will stand with Ukraine"), claims
    assert _says(claims, "jane-hollis", "On the question of defence spending"), claims
    assert not any(said.startswith("Will he assure") for _, said in claims), claims
    assert not any(who == "pay-attention" for who, _ in claims), claims


def test_a_time_coded_interview_whose_every_second_turn_is_the_guests():
    seeds = seeds_with(("united-kingdom", "country", "United Kingdom"))
    text = ("Transcribe your podcast\n[00:00:00]\n\nNow, Tom Archer, Minister of the Armed Forces, is with us this morning. "
            "When will the government increase defence spending?\n\n[00:00:10]\n\nWe've committed to increase defence spending, "
            "and the first step is a strategic review.\n\n[00:00:48]\n\nThat's not pace. We can't wait a year, according to "
            "the top brass.\n\n[00:00:51]\n\nWell, we need it to be as urgent as we can.")
    claims = _claims(text, "2024-07-09", seeds)
    assert _says(claims, "tom-archer", "We've committed to increase defence spending"), claims
    assert _says(claims, "tom-archer", "Well, we need it to be as urgent as we can"), claims
    assert not any(said.startswith("That's not pace") for _, said in claims), claims


# --- the hundred-and-sixty-first fresh list: live blogs ----------------------------------------------------------------------

LIVE = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("hungary", "country", "Hungary"),
                  ("germany", "country", "Germany"), ("sweden", "country", "Sweden"),
                  ("netherlands", "country", "Netherlands"), ("denmark", "country", "Denmark"),
                  ("united-states", "country", "United States", "US"), ("european-union", "organization", "European Union", "EU"),
                  ("anna-berg", "person", "Anna Berg", "Berg"),
                  roles=("secretary-general", "prime-minister", "president", "foreign-minister", "secretary-of-defense",
                         "chancellor", "deputy-prime-minister"))


def _given(text: str, date: str) -> list[tuple[str, str, str]]:
    """The (donor, amount, currency) of each pledge found, with the live pages' workspace."""
    return [(p["donor"], p["amount"], p["currency"]) for p in _found(text, "pledge", date, LIVE)]


def test_a_live_blogs_remarks_pasted_after_told_reporters_are_the_speakers_each_sentence_and_a_count_of_allies_meeting_a_goal():
    text = ("Alliance chief says support is no charity\n\nArriving at the meeting, the Nato secretary general, Anna Berg, told "
            "reporters that “supporting Ukraine is not charity”.\n\nAnd to do both, we need to invest more. This year, we expect "
            "20 Allies to meet the target of spending 2% of GDP on defence.\n\nBut we still have a way to go.\n\nContinue "
            "reading… The ministers then met behind closed doors for three hours.")
    claims = _claims(text, "2024-02-15", LIVE)
    assert _says(claims, "anna-berg", "supporting Ukraine is not charity"), claims
    assert _says(claims, "anna-berg", "And to do both, we need to invest more"), claims
    assert _says(claims, "anna-berg", "This year, we expect 20 Allies"), claims
    assert _says(claims, "anna-berg", "But we still have a way to go"), claims
    assert not any(said.startswith("Continue reading") for _, said in claims), claims
    assert _found(text, "target", "2024-02-15", LIVE) == [("nato", "2", None)]


def test_a_paragraph_whose_quotation_lost_its_opening_mark_is_no_pasted_remarks():
    text = ("Leader criticises Russia\n\nThe president of Chile, Tomás Vera, spoke at the summit, saying “the declaration is "
            "blocked”.\n\nIn this, we do not doubt anyone. The important thing is respect for international law," " he stressed.")
    claims = _claims(text, "2023-07-18", LIVE)
    assert not any(said.startswith("In this, we do not doubt anyone") and said.endswith("anyone") for _, said in claims), claims
    assert _says(claims, "tomas-vera", "In this, we do not doubt anyone. The important thing"), claims


def test_two_speakers_each_with_an_appositive_and_a_counterpart_from_a_country_after_the_name():
    text = ("Jets on their way\n\n• Karel Smit, the prime minister of the Netherlands, and Lone Holm, his counterpart from "
            "Denmark, said the “transfer process” of F-16s to Kyiv was under way after months of training.")
    assert ("lone-holm", "prime-minister", "denmark") in _roles(text, "2024-07-10", LIVE)
    claims = _claims(text, "2024-07-10", LIVE)
    assert _says(claims, "karel-smit", "the “transfer process” of F-16s to Kyiv was under way"), claims
    assert _says(claims, "lone-holm", "the “transfer process” of F-16s to Kyiv was under way"), claims


def test_names_as_a_nouns_adjectives_in_a_headline_are_no_person_and_the_story_names_the_speaker():
    text = ("Nato summit live: Berg says Ukraine Nato membership is ‘not the question of if, but when’ – as it happened\n\n"
            "Anna Berg at the Nato summit in Washington on 10 July 2024.\n\n• Nato allies also criticised China, with stronger "
            "language than before, for assisting Russia’s invasion of Ukraine.")
    claims = _claims(text, "2024-07-10", LIVE)
    assert _says(claims, "anna-berg", "Ukraine Nato membership is ‘not the question of if, but when’"), claims
    assert not any(who == "ukraine-nato" for who, _ in claims), claims
    assert all(role != "affiliate" for _, role, _ in _roles(text, "2024-07-10", LIVE))  # at a summit: where she was


def test_a_broadcaster_told_by_its_country_a_single_quoted_bullet_and_calls_on_them_and_on_attendees():
    text = ("Allies meet — LIVE\n\n• Hungary does not want, and will not support, Nato becoming an “anti-China” bloc, foreign "
            "minister Peter Kovacs told Hungary’s state television while in Washington DC.\n\n• US Defense Secretary Lloyd "
            "Austin tells allies, 'we need to dig even deeper'\n\nAustin urged them to \"dig deeper\" into their stocks to supply "
            "Ukraine with the weapons it needs.\n\nUkrainian President Ivan Petrenko asked attendees to make it the \"Ramstein "
            "of tanks\".")
    claims = _claims(text, "2023-01-20", LIVE)
    assert _says(claims, "peter-kovacs", "Hungary does not want, and will not support"), claims
    assert _says(claims, "lloyd-austin", "we need to dig even deeper"), claims
    assert _says(claims, "lloyd-austin", "them to \"dig deeper\" into their stocks"), claims
    assert _says(claims, "ivan-petrenko", "attendees to make it the"), claims


def test_what_the_decision_a_group_made_in_the_sentence_before_is_worth_is_that_groups_money():
    text = ("Ramstein: the night's events\n\nUS Defense Secretary Lloyd Austin invited the members of the contact group to the "
            "US air base.\n\nEuropean foreign ministers approve military aid for Ukraine\n\nThe foreign ministers of the EU "
            "countries have made the official decision to continue joint financing of military equipment for Ukraine. The "
            "decision is intended to guarantee the delivery of weapons and ammunition worth at least five billion euros.")
    assert _given(text, "2024-03-19") == [("european-union", "5000000000", "EUR")]


# --- the hundred-and-sixty-second fresh list: caption files ------------------------------------------------------------------

def test_a_caption_files_cues_are_no_text_even_inside_a_sum():
    text = ("WEBVTT 00:00.210 --> 00:02.840 Good afternoon everybody , 00:03.200 --> 00:05.500 just a few things . Earlier today "
            "the 00:05.500 --> 00:08.770 United States announced $2 00:08.770 --> 00:10.826 billion in security assistance "
            "for 00:10.826 --> 00:13.430 Ukraine . And 01:1")
    assert _given(text, "2023-02-24") == [("united-states", "2000000000", "USD")]


def test_the_speech_a_moderator_hands_over_is_the_introduced_speakers_and_hers_no_ones():
    text = ("1 00:00:01,080 --> 00:00:03,080 Well , thank you everyone for being 2 00:00:03,080 --> 00:00:04,913 here today . "
            "I'm Jane Moss , Assistant Secretary . It's my pleasure to 3 00:00:04,913 --> 00:00:06,969 introduce Secretary of "
            "Defense Tom 4 00:00:06,969 --> 00:00:09,191 Reyes . This is the 4th meeting of the group . Ah , Secretary Reyes "
            "over to 5 00:00:09,191 --> 00:00:11,170 you , sir . Thanks Jane . Good afternoon , everyone . We just concluded "
            "our 6 00:00:11,180 --> 00:00:13,236 meeting of the Ukraine contact group . Uh this group of some 50 7 "
            "00:00:13,236 --> 00:00:15,402 countries has rushed assistance to Ukraine . And today we committed to doing even")
    claims = _claims(text, "2023-05-25", LIVE)
    assert _says(claims, "tom-reyes", "We just concluded our meeting of the Ukraine contact group"), claims
    assert _says(claims, "tom-reyes", "This group of some 50 countries has rushed assistance to Ukraine"), claims
    assert not any(said.startswith(("Thanks", "Good afternoon", "And today we committed")) for _, said in claims), claims
    assert not any(who == "jane-moss" for who, _ in claims), claims
    assert ("tom-reyes", "secretary-of-defense", "united-states") in _roles(text, "2023-05-25", LIVE)


# --- the hundred-and-sixty-third fresh list: US packages as others report them -----------------------------------------------

def test_a_government_by_its_building_is_no_speaker_and_its_spokesman_named_after_it_is():
    text = ("White House promises new aid\n\nWhite House says it will allocate new aid packages to Ukraine in coming weeks.\n\n"
            "US authorities will allocate a number of new aid packages to Ukraine in the “coming weeks and months”, White "
            "House spokesman Jack Kerr said.\n\nThe White House has warned that without the appropriation, US aid for Ukraine "
            "will run out by the end of the year.")
    claims = _claims(text, "2023-05-26", LIVE)
    assert _says(claims, "jack-kerr", "US authorities will allocate a number of new aid packages"), claims
    assert all(who == "jack-kerr" for who, _ in claims), claims


def test_a_sum_of_a_donor_with_its_allies_a_request_to_congress_and_a_handle_before_a_name():
    text = ("Aid news\n\nPentagon chief Lloyd Austin said that the US, together with its allies, has provided or intends to "
            "provide Ukraine with a combined $65 billion in military aid.\n\nI thank @POTUS Joe Biden for the support.\n\nUS "
            "President Joe Biden has asked Congress to provide another $61 bn in aid to Ukraine.")
    assert _given(text, "2023-12-28") == []
    claims = _claims(text, "2023-12-28", LIVE)
    assert _says(claims, "lloyd-austin", "the US, together with its allies, has provided"), claims
    assert ("joe-biden", "president", "united-states") in _roles(text, "2023-12-28", LIVE)
    assert all(person != "potus-joe-biden" for person, _, _ in _roles(text, "2023-12-28", LIVE))


def test_a_post_signed_in_two_scripts_the_minister_after_a_full_name_and_as_he_said():
    text = ("Austin in Kyiv\n\nLloyd Austin “traveled to Ukraine today to meet with Ukrainian leaders,” the Pentagon said.\n\n"
            "“I am now in Kiev to meet the leaders of Ukraine,” the minister wrote in X.\n\nAs he said, in the current shipment, "
            "anti-tank and anti-aircraft weapons are coming to Ukraine.\n\nAdditional air defense missiles and other equipment "
            "will cover Ukraine’s most pressing needs.…— Ivan Petrenko / Іван Петренко (@PetrenkoUa) December 28, 2023")
    claims = _claims(text, "2023-11-20", LIVE)
    assert _says(claims, "lloyd-austin", "I am now in Kiev to meet the leaders of Ukraine"), claims
    assert _says(claims, "lloyd-austin", "in the current shipment, anti-tank"), claims
    assert _says(claims, "ivan-petrenko", "Additional air defense missiles and other equipment"), claims
    assert not any(who == "united-states" or who.endswith("government") for who, _ in claims), claims


def test_a_pledges_sum_quoted_as_a_phrase_in_reported_speech_and_in_a_headline_is_its_evidence_and_a_possessive_subject():
    text = ("Petrenko: U.S. preparing $725M military aid package for Ukraine\n\nUkrainian President Ivan Petrenko said this in "
            "his nightly address.\n\nHe said the United States is preparing \"a strong and important military package worth "
            "$725 million.\"\n\nRussian Foreign Minister Sergey Lavrov said on Thursday the West’s strategic defeat on Moscow "
            "had “completely failed”.")
    claims = _claims(text, "2024-12-01", LIVE)
    assert not any("725" in said for _, said in claims), claims
    assert _says(claims, "sergey-lavrov", "the West’s strategic defeat on Moscow had"), claims
    assert _given(text, "2024-12-01") == [("united-states", "725000000", "USD")]


# --- the hundred-and-sixty-fourth fresh list: pages of teasers ---------------------------------------------------------------

def test_a_teaser_cut_inside_its_quotation_leaves_the_next_teaser_whole_and_money_still_undecided_is_no_pledge():
    text = ("Anna Berg emphasized that such actions endanger security. “Russia jeopardizes our European security not only with "
            "its aggressive war against Ukraine, which violates international law,\nUkrainian President Ivan Petrenko said he "
            "will again call on allies to boost its air defenses at this week's meeting in Germany.\nGerman Chancellor Karl "
            "Brandt says the principle of inviolability of borders applies to every country, however powerful.\nThe German "
            "government was at odds over whether to approve three billion euros ($3.1 billion) of new military aid.")
    claims = _claims(text, "2025-01-10", LIVE)
    assert _says(claims, "ivan-petrenko", "he will again call on allies"), claims
    assert _says(claims, "karl-brandt", "the principle of inviolability of borders applies"), claims
    assert not any("Petrenko" in said for _, said in claims), claims
    assert _given(text, "2025-01-10") == []


def test_a_conversion_after_i_e_and_the_speaker_told_after_it_and_a_call_cut_before_the_next_verb():
    text = ("Clips\n\n\"Sweden is supporting Ukraine with its 16th aid package, its largest to date worth 13.3 billion kronor\", "
            "i.e. 1.25 billion dollars, tells the Swedish Deputy Prime Minister Eva Lund during a press conference.\n\nSenate "
            "Minority Leader Tom Hale urged lawmakers to continue supporting Ukraine and criticized President Biden for not "
            "being decisive enough. His stance contrasts with some Republicans who have called for reducing aid to Ukraine.")
    assert _given(text, "2023-01-19") == [("sweden", "13300000000", "SEK")]
    claims = _claims(text, "2023-01-19", LIVE)
    assert _says(claims, "eva-lund", "Sweden is supporting Ukraine with its 16th aid package"), claims
    assert ("tom-hale", "lawmakers to continue supporting Ukraine") in claims, claims
    assert _says(claims, "tom-hale", "criticized President Biden for not being decisive enough"), claims
    assert not any(said.startswith("reducing aid") for _, said in claims), claims


# --- the hundred-and-sixty-fifth fresh list: the Pentagon's readouts ---------------------------------------------------------

def test_a_readouts_principals_their_counterpart_with_a_title_and_what_the_leaders_pledged():
    text = ("U.S. Department of Defense\n\nAttributed to Pentagon Press Secretary Maj. Gen. Tom Reyes:\n\nSecretary of Defense "
            "Lloyd J. Austin III spoke with his Ukrainian counterpart, Minister of Defence Ivan Petrenko. Secretary Austin and "
            "Minister Petrenko committed to continuing their close coordination during this conflict.\n\nThe leaders pledged "
            "to remain in close contact.")
    roles = _roles(text, "2022-02-25", LIVE)
    assert {("tom-reyes", "spokesperson", "united-states"), ("ivan-petrenko", "defence-minister", "ukraine")} <= roles, roles
    claims = _claims(text, "2022-02-25", LIVE)
    assert _says(claims, "lloyd-austin", "continuing their close coordination"), claims
    assert _says(claims, "ivan-petrenko", "continuing their close coordination"), claims
    assert _says(claims, "lloyd-austin", "pledged to remain in close contact"), claims
    assert _says(claims, "ivan-petrenko", "pledged to remain in close contact"), claims


def test_a_spokesmans_account_of_the_stance_his_principal_restated_is_the_principals_and_an_embassys_staff_hold_no_office():
    text = ("Austin reiterates support\n\nWASHINGTON (UrduPoint News / Sputnik - 21st October, 2022) US Secretary of Defense "
            "Lloyd Austin in a call with his Ukrainian counterpart reiterated the unwavering US commitment to supporting "
            "Ukrainian forces, Pentagon spokesperson Tom Reyes said on Friday.\n\n\"We are together,\" said Eva Lund, the press "
            "secretary of the Ukrainian Embassy in Kazakhstan.")
    claims = _claims(text, "2022-10-21", LIVE)
    assert ("lloyd-austin", "reiterated the unwavering US commitment to supporting Ukrainian forces") in claims, claims
    assert not any(who == "tom-reyes" for who, _ in claims), claims
    assert all(person != "eva-lund" for person, _, _ in _roles(text, "2022-10-21", LIVE))


# --- the hundred-and-sixty-sixth fresh list: opinion pages -------------------------------------------------------------------

OPINION = seeds_with(("nato", "organization", "NATO", "Nato"), ("ukraine", "country", "Ukraine"),
                     ("united-kingdom", "country", "United Kingdom", "UK", "Britain"), ("united-states", "country", "United States", "US"),
                     ("cuba", "country", "Cuba", "Cuban"), ("estonia", "country", "Estonia"),
                     roles=("prime-minister", "president", "secretary-of-state", "secretary-general"))


def test_the_prime_minister_with_no_state_on_a_page_naming_britain_and_the_us_is_britains_and_then_pm_is_a_former_holder():
    text = ("Europe must act\n\nThe Prime Minister is right to commit to increase defence spending to 2.5 per cent of GDP by 2027. "
            "The exchanges in the White House on Friday are not where that ends; the US has other priorities. Russia backed down "
            "in the 1962 Cuban Missile Crisis. That is why the UK must lead by example, and Britain with it, before Nato acts.\n\n"
            "In 2019, Prime Minister Tom Hale agreed the largest increase since the cold war. In April, then PM Jack Kerr "
            "announced a funded plan.")
    assert ("united-kingdom", "2.5", "2027") in _found(text, "target", "2025-03-02", OPINION)
    roles = _roles(text, "2025-03-02", OPINION)
    assert {("tom-hale", "prime-minister", "united-kingdom"), ("jack-kerr", "prime-minister", "united-kingdom")} <= roles, roles


def test_this_years_spending_and_the_allies_median_are_levels_and_unnamed_officials_no_speakers():
    text = ("Opinion\n\nEstonia borders Russia. That’s why in Estonia we are increasing the amount we spend on defense. This "
            "year, we’ll spend 2.3 percent "
            "of G.D.P.; in the coming years, that will rise to 2.5 percent.")
    targets = _found(text, "target", "2022-03-24", OPINION)
    assert targets == [("estonia", "2.5", None)], targets
    median = "Opinion\n\nThe median outlay for NATO members is 1.65% of GDP, according to data the alliance put out last year."
    assert _found(median, "target", "2023-02-26", OPINION) == []
    text = ("Opinion\n\nUS officials are openly stating that they do not intend to devote most of their time to European "
            "issues. According to Secretary of State Jack Kerr, the US has other priorities to focus on.")
    claims = _claims(text, "2022-03-24", OPINION)
    assert _says(claims, "jack-kerr", "the US has other priorities"), claims
    assert not any(who in ("united-states", "us-government") for who, _ in claims), claims


# --- the hundred-and-sixty-seventh fresh list: the alliance's own transcripts ------------------------------------------------

def test_a_speech_page_is_its_bylines_speaker_sentence_by_sentence_and_never_a_greeting_or_a_fragment():
    text = ("by NATO Secretary General Anna Berg (hosted by the Foreign Office)\n\n  • 21 Jun. 2018 -\n\n(As delivered)\n\n"
            "Sir Mark, thank you so much for that warm welcome.\n\nLadies and gentlemen.\n\nThe United Kingdom has been a vital "
            "member of the Alliance.\n\nIn Belgrave Square.\n\nYou lead by example by spending 2% of GDP on defence.\n\nI also look "
            "forward to welcoming Tom Reyes - the new US Secretary of Defense - who is joining us.\n\nOver values and popu")
    claims = _claims(text, "2018-06-21", LIVE)
    assert _says(claims, "anna-berg", "The United Kingdom has been a vital member of the Alliance"), claims
    assert _says(claims, "anna-berg", "You lead by example by spending 2% of GDP on defence"), claims
    assert not any(said.startswith(("Sir Mark", "Ladies", "In Belgrave", "Over values")) for _, said in claims), claims
    assert _found(text, "target", "2018-06-21", LIVE) == []
    assert ("tom-reyes", "secretary-of-defense", "united-states") in _roles(text, "2018-06-21", LIVE)


def test_a_caption_files_quotation_reopened_at_each_cue_is_one_quotation():
    text = ("WEBVTT\n\n00:15.325 --> 00:19.007\nI wanted to ask, President\nTrump tweeted in the last hour,\n\n00:19.007 --> "
            "00:21.290\n\"The US is spending many times more\n\n00:22.225 --> 00:24.799\n\"than any other country\nin order to "
            "protect them.\n\n00:24.799 --> 00:26.460\n\"Not fair to the US taxpayer.\"\n\n00:26.460 --> 00:28.310\nWhat is the "
            "consequence?")
    seeds = seeds_with(("donald-trump", "person", "Donald Trump", "Trump"), ("united-states", "country", "United States", "US"))
    claims = _claims(text, "2018-07-11", seeds)
    assert _says(claims, "donald-trump", "The US is spending many times more than any other country"), claims


# --- the hundred-and-sixty-eighth fresh list: a tracker's tallies ------------------------------------------------------------

TRACKER = seeds_with(("ukraine", "country", "Ukraine"), ("united-states", "country", "United States", "US"),
                     ("european-union", "organization", "European Union", "EU"), ("united-kingdom", "country", "United Kingdom", "UK", "Britain"),
                     ("germany", "country", "Germany"), ("canada", "country", "Canada"), ("france", "country", "France"),
                     ("poland", "country", "Poland"))


def _tallied(text: str) -> list[tuple[str, str, str, str]]:
    """The (donor, amount, currency, figure) of each pledge found, with the tracker pages' workspace."""
    return [(p["donor"], p["amount"], p["currency"], p["figure"]) for p in _found(text, "pledge", "2022-12-05", TRACKER)]


def test_a_trackers_ranking_gives_each_donor_its_bracketed_sum_in_one_currency_as_a_running_total():
    text = ("Aid rankings\n\nThe United States pledged $50.9bn in aid to Ukraine between the start of the Russian invasion in "
            "February 2022 and November 20. The US has provided the most aid, followed by EU institutions ($37.2bn), the UK "
            "($7.5bn), Germany ($5.8bn) and Canada ($5.1bn). A new €18bn Macro-Financial Assistance (MFA) package agreed by the "
            "EU for 2023 narrowed the gap. When all EU institutions and countries are combined, their total pledged support comes "
            "out at just under €52bn.")
    tallied = _tallied(text)
    assert ("united-states", "50900000000", "USD", "running-total") in tallied, tallied
    assert ("european-union", "37200000000", "USD", "running-total") in tallied, tallied
    assert ("canada", "5100000000", "USD", "running-total") in tallied, tallied
    assert ("european-union", "18000000000", "EUR", "package") in tallied, tallied
    assert not any(amount == "52000000000" for _, amount, _, _ in tallied), tallied


def test_a_regions_sums_are_no_ones_the_second_of_two_sums_is_its_clauses_giver_and_it_is_the_state_that_opened_the_sentence_before():
    text = ("Aid\n\nThe Europeans have allocated €70 billion for financial and humanitarian aid and €62 billion for military, while "
            "the United States has allocated €50 billion for financial and humanitarian aid and €64 billion for military.\n\nFrance, "
            "which has one of the biggest armies in Europe, has been criticised for its low spending on Ukraine’s defence. By October "
            "3, it had delivered 220 million euros in weapons. The US administration has pledged 27.6 billion euros in military "
            "support to Ukraine since the war began, including 15.2 billion in weapons and 11.7 billion in defence aid.")
    tallied = _tallied(text)
    assert {(d, a) for d, a, _, _ in tallied} >= {("united-states", "50000000000"), ("united-states", "64000000000"),
                                                  ("france", "220000000"), ("united-states", "15200000000"),
                                                  ("united-states", "11700000000")}, tallied
    assert not any(amount in ("70000000000", "62000000000") for _, amount, _, _ in tallied), tallied


# --- the hundred-and-sixty-ninth fresh list: timelines and graphics ----------------------------------------------------------

def test_a_range_with_its_currency_written_twice_is_read_at_its_lower_bound():
    text = ("Timeline\n\nFollowing Russia’s invasion, U.S. assistance to Ukraine escalated, and the Department of Defense reported "
            "cumulative security assistance figures in the tens of billions—roughly $66.5–$66.9 billion in security assistance since "
            "2022.")
    assert [(d, a) for d, a, _, _ in _tallied(text)] == [("united-states", "66500000000")]


# --- the hundred-and-seventieth fresh list: the Commons with its speakers' names lost ----------------------------------------

def test_a_record_whose_speakers_are_unnamed_gives_no_claims_to_its_title_its_questions_or_a_person_the_speaker_met():
    text = ("Military Support: Ukrainian Armed Forces\n\nHas the Secretary of State had a chance to talk about how we maintain that "
            "level of military aid to Ukraine and, if he has had such a meeting, what was the outcome?\n\nUrgent Question on Ukraine"
            "\n\nI asked the Minister a question: “Will it be published before the end of the year?”\n\nI have just returned from "
            "Brussels, where we welcomed President Ivan Petrenko, and then at the G7 meeting in Naples, where we had important "
            "updates, agreed that this is a critical point, and stressed the need to step up support for Ukraine.")
    claims = _claims(text, "2023-11-20", LIVE)
    assert claims == [], claims


# --- the hundred-and-seventy-first fresh list: interviews as podcasts and digests publish them ----------------------------------

def test_a_misheard_name_in_an_office_the_workspace_knows_each_of_the_ministers_and_an_unnamed_aide():
    seeds = seeds_with(("nato", "organization", "NATO"), ("mark-rutte", "person", "Mark Rutte", "Rutte"),
                       ("estonia", "country", "Estonia"), ("spain", "country", "Spain"), ("russia", "country", "Russia"),
                       roles=("secretary-general", "defence-minister", "foreign-minister", "president"))
    # (the workspace knows Rutte as NATO's secretary general, from another source)
    seeds.facts.append(RoleFact("mark-rutte-secretary-general", (Citation("other-source", "NATO Secretary General Mark Rutte",
                                                                          Position("roles.yaml", 1, 1)),),
                                Position("roles.yaml", 1, 1), person="mark-rutte", role="secretary-general", organization="nato"))
    text = ("Podcast\n\nJoining us right now is the Secretary General of NATO, Mark Ruda.\n\nThe host held interviews with "
            "Estonia’s Defense Minister Hanno Pevkur and Spain’s Foreign Minister José Manuel Albares. Each of the ministers "
            "emphasized the global nature of security threats today.\n\nA Kremlin aid has been quoted as saying that the visit "
            "would include a partnership agreement, after Russian President Ivan Sokolov met them.")
    assert ("mark-rutte", "secretary-general", "nato") in _roles(text, "2025-09-25", seeds)
    claims = _claims(text, "2025-09-25", seeds)
    assert _says(claims, "hanno-pevkur", "the global nature of security threats"), claims
    assert _says(claims, "jose-manuel-albares", "the global nature of security threats"), claims
    assert not any(said.startswith("the visit would include") for _, said in claims), claims


# --- the hundred-and-seventy-second fresh list: league tables of defence spending --------------------------------------------

TABLES = seeds_with(("nato", "organization", "NATO"), ("poland", "country", "Poland"), ("estonia", "country", "Estonia"),
                    ("united-states", "country", "United States", "USA", "US"), ("latvia", "country", "Latvia"),
                    ("lithuania", "country", "Lithuania"), ("greece", "country", "Greece"), roles=("defence-minister",))


def test_a_league_tables_shares_are_levels_and_its_goals_the_alliances_or_the_governments_that_set_them():
    text = ("Five Allies to spend more than 3% of GDP on defence this year\n\nPoland, Estonia, the United States, Latvia, and Greece "
            "will spend more than 3% of their GDP on defence in 2024, while the target spending rate is 2% of GDP, according to a "
            "NATO report.\nPoland ranks first in terms of spending relative to the size of the economy (4.12% of GDP), Estonia is "
            "second (3.43%), followed by the United States (3.38%). Latvia comes in fourth with 3.15%.\nEstonia’s long-term plan "
            "foresees lower defence spending at 3.13% of GDP in 2025, at 3.11% in 2026, and at 3.03% in 2027. In Latvia, the "
            "government targets defence spending to reach 3.00% of GDP in 2026, while Lithuania’s aim is to raise defence "
            "expenditure to 3.00% over 2025-2030, the ICDS report details.")
    assert sorted(_found(text, "target", "2024-06-18", TABLES), key=str) == [
        ("latvia", "3", "2026"), ("lithuania", "3", None), ("nato", "2", None)]


def test_a_rank_is_no_name_and_the_state_the_opening_sentence_opens_with_is_the_pages():
    text = (" date 2024-06-18 Estonia's defense spending is set to be higher than the USA's this year. Data for 2024 shows that "
            "Estonia's spending is expected to total 3.43 percent of GDP.\n\nPoland is forecast to be the biggest spender on 4.12 "
            "percent, and the USA third with 3.38 percent. Last year, Minister of Defense Hanno Pevkur said it would read 3.2 "
            "percent of GDP.\n\nWhile Estonia spends more than many other countries, Gen. Martin Herem has said it could "
            "temporarily be as high as 5 percent.")
    assert ("hanno-pevkur", "defence-minister", "estonia") in _roles(text, "2024-06-18", TABLES)
    claims = _claims(text, "2024-06-18", TABLES)
    assert _says(claims, "martin-herem", "it could temporarily be as high as 5 percent"), claims
    assert _found(text, "target", "2024-06-18", TABLES) == []


# --- the hundred-and-seventy-third fresh list: joint letters and statements --------------------------------------------------

def test_what_a_letters_signatories_say_together_is_each_ones_even_before_the_list_names_them():
    text = ("Leaders' letter\n\nThe leaders begin the letter by highlighting that “the brave soldiers endure intense and relentless "
            "attacks, without any sign that the war will end soon.”\n\nThe signatories of the letter, Anna Berg (Germany), Tom Hale "
            "(Denmark) and Eva Lund (Estonia), state that “Ukraine’s determination to fight persists and serves as an inspiration.”"
            "\n\nHowever, they warn of the existence of “crucial problems”, including a lack of ammunition. “We cannot simply "
            "abandon our promise,” the officials say.\n\nThe letter recalls that the union committed to supplying one million "
            "munitions.")
    claims = _claims(text, "2024-01-31", LIVE)
    for who in ("anna-berg", "tom-hale", "eva-lund"):
        assert _says(claims, who, "the brave soldiers endure"), claims
        assert _says(claims, who, "Ukraine’s determination to fight persists"), claims
        assert _says(claims, who, "the existence of “crucial problems”"), claims
        assert _says(claims, who, "We cannot simply abandon our promise"), claims
    assert not any("one million munitions" in said for _, said in claims), claims


# --- the hundred-and-seventy-fourth fresh list: a president's evening addresses -----------------------------------------------

def test_an_address_titled_with_its_speaker_is_his_each_sentence_a_claim_but_greetings_and_lists_without_a_verb():
    text = ("Office of the President\n\nA good week for the country – address of President Anna Berg\n\n3 May 2024 - 21:09\n\n"
            "Dear citizens, I wish you health!\n\nThe week brought results for our defence and for our friends abroad.\n\n"
            "Sweden has delivered everything it promised regarding artillery. I thank you for such steady support!\n\n"
            "Kharkiv, Sumy, Odesa and Dnipro. The cities of the east. In all areas!")
    claims = _claims(text, "2024-05-03", LIVE)
    assert _says(claims, "anna-berg", "The week brought results for our defence"), claims
    assert _says(claims, "anna-berg", "Sweden has delivered everything it promised"), claims
    assert _says(claims, "anna-berg", "I thank you for such steady support"), claims
    assert not any(said.startswith(("Dear", "3 May", "Kharkiv", "The cities", "In all")) for _, said in claims), claims


def test_an_address_pasted_after_its_lead_runs_on_past_its_greeting_scare_quotes_and_the_excerpts_cut():
    text = ("Berg: air defence first\n\n“More air defence is the number one priority,” said President Anna Berg in an address to "
            "the nation on Monday.\n\nDear Swedes!\n\nThese days our cities have been hit by “Shahed” drones and by missiles. "
            "Obviously, the enemy tried to break our spirit.\n\nOur diplomats are doing everything they can to bring more "
            "systems. Artillery, including shells, drones and other items. I am grateful to all our partners who are forming "
            "new packages.\n\nBut now I would like to commend those who repair the damage day and night in every region of the "
            "country after the strikes. Kharkiv, Sumy and Odesa. Our rescuers from the emergency servi")
    claims = _claims(text, "2024-01-05", LIVE)
    for start in ("These days our cities have been hit", "Obviously, the enemy tried", "Our diplomats are doing everything",
                  "I am grateful to all our partners", "But now I would like to commend"):
        assert _says(claims, "anna-berg", start), (start, claims)
    assert not any(said.startswith(("Dear", "Artillery", "Kharkiv", "Our rescuers")) for _, said in claims), claims


def test_a_package_the_page_calls_a_request_to_congress_is_no_pledge_nor_its_parts():
    asked = ("Berg: US preparing $40 billion package\n\nPresident Anna Berg has announced that the United States is preparing a "
             "new $40 billion aid package for Ukraine.\n\n\"In particular, more than $25 billion could go to defence,\" she "
             "said.\n\n\"I hope Congress will quickly support this request for aid to our nation,\" Berg said.")
    assert _found(asked, "pledge", "2022-04-29", LIVE) == []
    # (the same package, once the page says Congress passed it, is given)
    passed = asked.replace("I hope Congress will quickly support this request for aid to our nation",
                           "Congress approved this request for aid to our nation today")
    assert any(str(p["amount"]) == "40000000000" for p in _found(passed, "pledge", "2022-04-29", LIVE))


# --- the hundred-and-seventy-fifth fresh list: a state's own arms procurement ---------------------------------------------------

def test_a_headline_a_page_repeats_under_its_section_is_no_transcript_and_its_section_no_part_of_the_name():
    text = ("Main Business Anna Berg: Contracts with our own arms makers are investments in defence\n\nBusiness\n\nAnna Berg: "
            "Contracts with our own arms makers are investments in defence\n\nThe procurement agency signed a series of state "
            "contracts for weapons.\n\nThe signing was attended by Deputy Minister of Defense of Ukraine Anna Berg.\n\n\"We focus "
            "on supporting the domestic defence industry,\" said Deputy Minister of Defense Anna Berg.\n\nTop article\n\nTom "
            "Hale: Ukraine and Croatia have agreed to use")
    claims = _claims(text, "2024-03-01", LIVE)
    assert _says(claims, "anna-berg", "Contracts with our own arms makers are investments"), claims
    assert _says(claims, "anna-berg", "We focus on supporting the domestic defence industry"), claims
    assert not any(said.startswith(("The procurement agency", "The signing was attended")) for _, said in claims), claims
    assert not any(who.startswith("main-business") for who, _ in claims), claims
    assert _roles(text, "2024-03-01", LIVE) == {("anna-berg", "deputy-defence-minister", "ukraine")}


def test_a_run_ending_in_a_demonym_is_no_one_and_a_company_after_its_country_is_no_person():
    text = ("Summit call\n\nAs the war hit the one-year mark, Anna Berg called for a summit with Latin American leaders and said "
            "she was willing to travel to attend such a meeting.\n\nThe German Rheinmetall concern will build a plant in Ukraine. "
            "The Rheinmetall company reported that it had received an order to build an ammunition plant.")
    claims = _claims(text, "2023-03-01", LIVE)
    assert _says(claims, "anna-berg", "she was willing to travel"), claims
    assert not any("american" in who or "rheinmetall" in who for who, _ in claims), claims


def test_a_conviction_an_institution_that_sues_and_a_quotation_the_excerpt_cuts_off_are_the_ministers():
    text = ("Lawsuits\n\nUkraine’s Defence Minister Anna Berg is convinced that Ukraine will get back weapons from companies "
            "that are being sued.\n\nBerg said the Ministry of Defence sues all suppliers who do not fulfil contracts in time."
            "\n\nQuote: \"The contracts were concluded in late February; we bought everything we could. Not everyone on the "
            "market turned out to be decent.\n\nWe are obliged to sue them in the courts, and they in turn are suing their "
            "counterparties t")
    claims = _claims(text, "2023-05-28", LIVE)
    assert _says(claims, "anna-berg", "Ukraine will get back weapons"), claims
    assert _says(claims, "anna-berg", "the Ministry of Defence sues all suppliers"), claims
    assert _says(claims, "anna-berg", "The contracts were concluded in late February"), claims
    assert not any("counterparties" in said for _, said in claims), claims


# --- the hundred-and-seventy-sixth fresh list: Moscow on Western aid -----------------------------------------------------------

MOSCOW = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"),
                    ("russia", "country", "Russia", "Russian Federation"),
                    ("united-states", "country", "United States", "US"), ("european-union", "organization", "European Union", "EU"),
                    ("israel", "country", "Israel"), ("taiwan", "country", "Taiwan"),
                    roles=("president", "spokesperson", "foreign-minister"))


def test_the_spokesman_of_a_states_president_is_the_states_and_bodies_maintaining_together_are_no_speaker():
    text = ("Kremlin on aid\n\nStopping military aid to Kiev will be the best contribution to peace, said Anna Berg, the press "
            "secretary of the President of the Russian Federation.\n\nThe European Union, the US and NATO have maintained that "
            "they are not party to the hostilities.\n\nRussian President Tom Hale called its goal \"to protect people who have "
            "been subjected to years of bullying by the regime in the east.\" Berg promised that all equipment supplied would be "
            "destroyed.")
    assert ("anna-berg", "spokesperson", "russia") in _roles(text, "2025-03-04", MOSCOW)
    claims = _claims(text, "2025-03-04", MOSCOW)
    assert not any("not party to the hostilities" in said for _, said in claims), claims
    assert any(who == "tom-hale" and "to protect people who have been subjected" in said for who, said in claims), claims
    assert _says(claims, "anna-berg", "all equipment supplied would be destroyed"), claims


def test_a_packages_total_after_the_several_recipients_it_is_for_is_no_ones_pledge():
    several = ("Briefing\n\nUS officials said new deliveries of US military aid would be on the battlefield soon.\n\nThe US "
               "House of Representatives approved aid to Ukraine. Israel and Taiwan. The total volume of the package amounted to "
               "$95bn.")
    assert _found(several, "pledge", "2024-05-15", MOSCOW) == []
    one = ("Briefing\n\nUS officials said new deliveries of US military aid would be on the battlefield soon.\n\nThe US "
           "House of Representatives approved aid to Ukraine. The total volume of the package amounted to $61bn.")
    assert [str(p["amount"]) for p in _found(one, "pledge", "2024-05-15", MOSCOW)] == ["61000000000"]


# --- the hundred-and-seventy-seventh fresh list: a special fund in a parliament, in translated copy ---------------------------

FUND = seeds_with(("nato", "organization", "NATO"), ("germany", "country", "Germany"), ("ukraine", "country", "Ukraine"),
                  roles=("chancellor", "president"))


def test_translated_copy_demands_from_someone_promises_in_a_statement_and_a_speaker_described_before_the_name():
    text = ("Germany's army fund\n\nOpposition leader Anna Berg (CDU) spoke on Sunday.\n\nBerg demanded from Chancellor Tom Hale "
            "(SPD) that the money “only benefit the army”.\n\nHale had promised in a government statement to invest two percent "
            "of gross domestic product in the army with immediate effect.\n\nThe coalition “is at odds with each other,” said "
            "Union housekeeper Mark Stein.\n\n\"Since yesterday at the latest, we have two opposition leaders\"\n\nThe budget "
            "follows next week, the CDU chief said.")
    claims = _claims(text, "2023-09-06", FUND)
    assert _says(claims, "anna-berg", "the money “only benefit the army”"), claims
    assert _says(claims, "tom-hale", "to invest two percent of gross domestic product"), claims
    assert _says(claims, "mark-stein", "is at odds with each other"), claims
    assert _says(claims, "anna-berg", "The budget follows next week"), claims
    assert not any(said.startswith("Since yesterday") for _, said in claims), claims


def test_a_line_naming_whom_he_told_a_caption_and_a_relative_clause_quoted_after_the_statement_it_ends():
    text = ("Fund dispute\n\nCDU boss Anna Berg has threatened to block the fund.\n\nThe Union will not allow finished results "
            "to be presented, \"which we should then simply agree to,\" said Berg.\n\nHe throws \"one smoke candle after the "
            "other\".\n\nBerg told the \"Sunday Paper\".\n\n\"He covers up, he only tells half the truth.\"\n\n“If this "
            "continues, it will be very difficult,” warned the Union faction leader.\n\nAnna Berg (r, CDU) during her speech "
            "to the house: \"The seriousness of the situation does not lie in rhetoric\"")
    claims = _claims(text, "2022-04-24", FUND)
    for start in ("The Union will not allow finished results to be presented", "one smoke candle after the other",
                  "He covers up, he only tells half the truth", "If this continues, it will be very difficult",
                  "The seriousness of the situation does not lie in rhetoric"):
        assert _says(claims, "anna-berg", start), (start, claims)


# --- the hundred-and-seventy-eighth fresh list: money as short copy carries it ------------------------------------------------

def test_money_for_others_from_many_or_with_others_is_no_ones_pledge_and_the_end_of_the_decade_is_its_turn():
    text = ("Aid figures\n\nThe United States will provide $3 billion in aid to Ukraine and $682 million to European countries, "
            "Anna Berg said.\n\n“The US continues to stand behind Ukraine and European partners, announcing more than $3.75 "
            "billion in new military aid,” Berg said.\n\nSince the invasion started, Ukraine has received more than $70 billion "
            "in military aid from NATO countries.")
    assert sorted(str(p["amount"]) for p in _found(text, "pledge", "2023-01-06", MOSCOW)) == ["3000000000"]
    goal = ("UK to spend more\n\nU.K. Prime Minister Tom Hale has announced that the country is to increase defense spending to "
            "2.5% of GDP by the end of the decade.")
    assert ("united-kingdom", "2.5", "2030") in _found(goal, "target", "2024-04-23", seeds_with(
        ("united-kingdom", "country", "United Kingdom", "U.K."), roles=("prime-minister",)))


def test_a_cut_with_a_read_on_link_a_secretary_general_by_the_alliances_initials_and_said_this_after_a_recipients_account():
    text = ("UK to provide extra £500m to Ukraine\n\nThe UK will provide an additional £500m to Ukraine, the British prime "
            "minister said. He arrived in Poland to meet the secretary general of the NATO alliance Jens … Continuă lectura UK "
            "to provide extra £500m to Ukraine")
    british = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("poland", "country", "Poland"),
                         ("united-kingdom", "country", "United Kingdom", "UK"), roles=("prime-minister", "secretary-general"))
    assert [(p["donor"], str(p["amount"])) for p in _found(text, "pledge", "2024-04-23", british)] == [("united-kingdom", "500000000")]
    said = ("NATO aid\n\nSince the invasion started, Ukraine has received more than $70 billion in military aid from NATO "
            "countries.\n\nNATO Secretary General Anna Berg said this at a press conference in Brussels.\n\nMoreover, the NATO "
            "Secretary General once again pledged to support Ukraine \"for as long as it takes\".\n\nJoin us on social networks!")
    claims = _claims(said, "2022-11-29", MOSCOW)
    assert _says(claims, "anna-berg", "Since the invasion started, Ukraine has received"), claims
    assert _says(claims, "anna-berg", "to support Ukraine"), claims
    assert not any(text.startswith("Join us") for _, text in claims), claims


# --- the hundred-and-seventy-ninth fresh list: profiles of the alliance's secretaries general ---------------------------------

PROFILES = seeds_with(("nato", "organization", "NATO"), ("norway", "country", "Norway"), ("denmark", "country", "Denmark"),
                      ("united-states", "country", "United States", "US"), ("russia", "country", "Russia"),
                      ("anna-berg", "person", "Anna Berg", "Berg"),
                      roles=("secretary-general", "prime-minister", "finance-minister", "defence-minister", "foreign-minister",
                             "secretary-of-defense", "president"))


def test_a_profile_tells_offices_as_a_career_and_a_father_of_the_same_family_is_not_the_son():
    text = ("Profile: Anna Berg\n\nNorway's Anna Berg took office in October 2014.\n\nShe replaced Tom Hale, who had been NATO "
            "secretary-general since July 2009.\n\nMs Berg became Norway's youngest prime minister in 2000. Before that she "
            "worked as an environment and finance minister. She is known for her good relations with Russian President Ivan "
            "Petrov.\n\nShe was unanimously chosen as secretary-general by NATO's North Atlantic Council.\n\nAs Prime Minister "
            "of Denmark from 2001 to 2009 (before he took over), Hale worked with Berg.\n\nHer father, Olav Berg (born 1931), "
            "was a Labour politician who served as ambassador, as defence minister and as foreign minister.")
    roles = _roles(text, "2022-11-21", PROFILES)
    for fact in (("tom-hale", "secretary-general", "nato"), ("anna-berg", "prime-minister", "norway"),
                 ("anna-berg", "finance-minister", "norway"), ("anna-berg", "secretary-general", "nato"),
                 ("tom-hale", "prime-minister", "denmark"), ("olav-berg", "defence-minister", "norway"),
                 ("olav-berg", "foreign-minister", "norway")):
        assert fact in roles, (fact, roles)
    assert ("ivan-petrov", "secretary-general", "nato") not in roles and not any(r[0] == "anna-berg" and r[1] == "defence-minister"
                                                                                 for r in roles), roles


def test_a_statement_titled_with_its_author_is_his_a_us_title_is_the_united_states_and_a_profiles_heading_no_signature():
    text = ("Statement by Secretary of Defense Tom Hale on the Selection of Former Norwegian Prime Minister Anna Berg as the Next "
            "NATO Secretary General\n“I welcome the selection of Norway’s former Prime Minister Anna Berg to be NATO’s next "
            "secretary general. America’s commitment to NATO is firm.\n“I want to express my deepest gratitude to the alliance "
            "for its many years of strong leadership.” Source: Department of Defense.")
    assert ("tom-hale", "secretary-of-defense", "united-states") in _roles(text, "2014-03-28", PROFILES)
    claims = _claims(text, "2014-03-28", PROFILES)
    assert _says(claims, "tom-hale", "I welcome the selection"), claims
    assert _says(claims, "tom-hale", "I want to express my deepest gratitude"), claims
    heading = ("Leaders of the alliance\n\nBoth the current Secretary General and his predecessor hail from the north. We "
               "profile the men who have led NATO.\nAnna Berg\nAnna Berg served as Prime Minister of Norway from 2000 to 2001.")
    assert not any(said.startswith("We profile") for _, said in _claims(heading, "2022-11-21", PROFILES))


# --- the hundred-and-eightieth fresh list: cabinet reshuffles ----------------------------------------------------------------

CABINET = seeds_with(("ukraine", "country", "Ukraine"), ("united-states", "country", "United States", "US"),
                     ("volodymyr-zelenskyy", "person", "Volodymyr Zelenskyy", "Zelenskiy", "Zelensky"),
                     roles=("president", "prime-minister", "defence-minister", "foreign-minister", "ambassador"))


def test_offices_taken_by_appointment_and_the_one_replaced_held_it():
    text = ("Ukraine's cabinet\n\nAnna Berg has been appointed Ukraine’s defense minister. Earlier the Verkhovna Rada voted to "
            "appoint Tom Hale the country’s prime minister.\n\nMark Stein, 49, an experienced diplomat, takes the reins of the "
            "foreign ministry, replacing Olga Lind, who was one of the best known faces of Ukraine.\n\nPaul Kern, a former "
            "envoy, is the country’s new chief diplomat. He replaced Ivan Sova.\n\nKern, 49, has worked as Sova's deputy. He "
            "had served as Ukraine's ambassador to Ankara between 2016 and 2021.")
    roles = _roles(text, "2024-09-05", CABINET)
    for fact in (("anna-berg", "defence-minister", "ukraine"), ("tom-hale", "prime-minister", "ukraine"),
                 ("mark-stein", "foreign-minister", "ukraine"), ("olga-lind", "foreign-minister", "ukraine"),
                 ("paul-kern", "foreign-minister", "ukraine"), ("ivan-sova", "foreign-minister", "ukraine"),
                 ("paul-kern", "ambassador", "ukraine")):
        assert fact in roles, (fact, roles)


def test_a_subject_before_its_relative_clause_predictions_declarations_and_an_excerpts_cut_words():
    text = ("Reshuffle\n\nZelenskiy, who travels to the United States this month and hopes to present a plan to President Tom "
            "Hale, has said that his government needed “new energy”.\n\nAnna Berg, an opposition lawmaker, predicted the "
            "appointments would not lead to major changes.\n\nZelensky announced the candidacy, while also declaring he wanted "
            "the minister to step down.\n\nAddressing the parliament, Berg reiterated Ukraine’s NATO-wards course.\n\nShe said "
            "in a speech that “hundreds and thousands")
    claims = _claims(text, "2024-09-05", CABINET)
    assert _says(claims, "volodymyr-zelenskyy", "his government needed"), claims
    assert not any(who == "tom-hale" for who, _ in claims), claims
    assert _says(claims, "anna-berg", "the appointments would not lead to major changes"), claims
    assert _says(claims, "volodymyr-zelenskyy", "he wanted the minister to step down"), claims
    assert _says(claims, "anna-berg", "reiterated Ukraine’s NATO-wards course"), claims
    assert not any("hundreds and thousands" in said for _, said in claims), claims


# --- the hundred-and-eighty-first fresh list: Britain's defence secretary replaced ----------------------------------------------

BRITAIN = seeds_with(("united-kingdom", "country", "United Kingdom", "UK"), ("ukraine", "country", "Ukraine"),
                     ("united-states", "country", "United States", "US"),
                     roles=("prime-minister", "defence-minister", "secretary-of-defense"))


def test_a_defence_secretary_replaced_is_britains_defence_minister_and_another_office_replaced_gives_none():
    text = ("Reshuffle\n\nAnna Berg has been appointed as the UK’s new defence secretary, replacing Tom Hale in a mini reshuffle."
            "\n\nOther appointments include Eva Lund replacing Ms Berg as energy security secretary, her former role filled by "
            "Paul Kern.\n\nMr Hale made his exit official with a letter to the prime minister, urging him not to row back on "
            "commitments for defence spending.")
    roles = _roles(text, "2023-08-31", BRITAIN)
    assert ("anna-berg", "defence-minister", "united-kingdom") in roles, roles
    assert ("tom-hale", "defence-minister", "united-kingdom") in roles, roles
    assert not any(r[1] == "secretary-of-defense" or r[0] in ("eva-lund", "paul-kern") for r in roles), roles
    assert _says(_claims(text, "2023-08-31", BRITAIN), "tom-hale", "not to row back on commitments")
    swapped = "Reshuffle\n\nAnna Berg has replaced Tom Hale as the UK's defence secretary as the prime minister begins a reshuffle."
    assert {("anna-berg", "defence-minister", "united-kingdom"), ("tom-hale", "defence-minister", "united-kingdom")} <= _roles(
        swapped, "2023-08-31", BRITAIN)


# --- the hundred-and-eighty-second fresh list: Germany's defence minister replaced -------------------------------------------

def test_an_appointment_after_a_description_the_office_named_before_replacing_and_a_passive_judgement():
    germany = seeds_with(("germany", "country", "Germany"), ("ukraine", "country", "Ukraine"),
                         roles=("chancellor", "defence-minister"))
    text = ("Germany's new defence minister\n\nChancellor Tom Hale on Tuesday confirmed the appointment of Social Democrat (SPD) "
            "politician Anna Berg as Germany's new Defense Minister.\n\nChancellor Tom Hale named the veteran politician as the "
            "new defense minister, replacing Eva Lund who resigned on Monday.\n\nThe outgoing Defense Minister Eva Lund was "
            "widely criticized by the opposition parties for failing to show leadership.")
    roles = _roles(text, "2023-01-17", germany)
    assert ("anna-berg", "defence-minister", "germany") in roles, roles
    assert ("eva-lund", "defence-minister", "germany") in roles, roles
    assert ("eva-lund", "chancellor", "germany") not in roles, roles
    assert not any(who == "eva-lund" for who, _ in _claims(text, "2023-01-17", germany))
