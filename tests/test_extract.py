"""``nato-kg extract`` and ``nato-kg add``: each pattern family on sentences written for the test,
merging, and bad input."""

import time

import pytest
import yaml
from click.testing import CliRunner

from nato_kg.cli import cli
from nato_kg.errors import Position
from nato_kg.extract.article import extract_article
from nato_kg.extract.money import find_money
from nato_kg.records import Entity, RoleType, Seeds

from .conftest import mark_reviewed

P = Position("seeds/test.yaml", 1, 1)


def seeds_with(*entities, roles=("secretary-general", "prime-minister", "defence-minister", "president",
                                  "secretary-of-defense", "professor", "ambassador-to-nato")) -> Seeds:
    seeds = Seeds()
    for eid, etype, label, *aliases in entities:
        seeds.entities[eid] = Entity(eid, etype, label, P, aliases=tuple(aliases))
    for r in roles:
        seeds.roles[r] = RoleType(r, r.replace("-", " ").title(), P)
    return seeds


BASE = seeds_with(("nato", "organization", "NATO"), ("mark-rutte", "person", "Mark Rutte", "Rutte"),
                  ("pete-hegseth", "person", "Pete Hegseth"), ("tufts-university", "organization", "Tufts University"))


def found(text: str, kind: str, seeds: Seeds = BASE):
    return [c for c in extract_article("Title\n" + text, seeds, "src").candidates if c.kind == kind]


# --- pledges -----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, amount, currency, usd", [
    ("Norway will provide $691 million in military aid to Ukraine.", "691000000", "USD", None),
    # a bare "$" is the donor's own dollar where the article never says which (see test_extract_unseen.py)
    ("Canada pledged $1.05bn for Ukraine's air defence.", "1050000000", "CAD", None),
    ("Norway pledged $1.05bn for Ukraine's air defence.", "1050000000", "USD", None),
    ("Japan committed 8 billion Japanese yen, approximately $58,000,000, to Ukraine.", "8000000000", "JPY", "58000000"),
    ("Germany announced a package of EUR 400 million for Ukraine.", "400000000", "EUR", None),
    ("Denmark will contribute about 600m euros to Ukraine.", "600000000", "EUR", None),
    ("The Dutch government pledged €100 million to Ukraine.", "100000000", "EUR", None),
    ("Sweden pledged 1 billion euros ($1.1 billion) in aid to Ukraine.", "1000000000", "EUR", "1100000000"),
])
def test_pledge_family(sentence, amount, currency, usd):
    (c,) = found(sentence, "pledge")
    assert (c.fields["amount"], c.fields["currency"], c.fields.get("amount_usd")) == (amount, currency, usd)
    assert c.fields["recipient"] == "ukraine"
    assert c.evidence.text == sentence and c.rule.startswith("pledge:")


def test_donor_from_demonym_and_no_pledge_without_a_donor_or_cue():
    (c,) = found("The Finnish government will supply $120 million of equipment to Ukraine.", "pledge")
    assert c.fields["donor"] == "finland"
    assert found("Analysts said the war costs $644 billion a year.", "pledge") == []


def test_money_parser_keeps_exact_decimals():
    assert [str(m.value) for m in find_money("$1.05bn and 2.5 million dollars")] == ["1050000000", "2500000"]


# --- spending targets --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, percent, year", [
    ("Rutte proposed that NATO allies spend 3.5% of GDP by 2032 on defence.", "3.5", "2032"),
    ("Trump called on NATO members to devote five per cent of their gross domestic product to defence.", "5", None),
    ("Belgium intends to raise defence spending to 2.5 percent by 2027.", "2.5", "2027"),
])
def test_target_family(sentence, percent, year):
    targets = found(sentence, "target")
    assert [(t.fields["percent_gdp"], t.fields.get("year")) for t in targets] == [(percent, year)]


def test_target_actor_status_and_security_share():
    (core, extra) = found("Under a compromise proposed by Rutte, NATO allies would spend 3.5% of GDP by 2032, "
                          "with an additional 1.5% for broader security-related infrastructure.", "target")
    assert core.fields["actor"] == "nato" and core.fields["status"] == "proposed"
    assert core.fields["category"] == "defence" and extra.fields["category"] == "security-related"
    assert extra.fields["year"] == "2032"
    assert found("Unemployment fell to 5% last year.", "target") == []


# --- roles ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, person, role, org", [
    ("German Defence Minister Boris Pistorius visited Kyiv.", "boris-pistorius", "defence-minister", "germany"),
    ("Spain has stepped up, as Prime Minister Pedro Sanchez said in Madrid.", "pedro-sanchez", "prime-minister", "spain"),
    ("Oxana Shevel, professor at Tufts University, disagreed.", "oxana-shevel", "professor", "tufts-university"),
    ("U.S. Ambassador to NATO Matthew Whitaker spoke next.", "matthew-whitaker", "ambassador-to-nato", "united-states"),
    ("NATO Secretary General Mark Rutte opened the meeting.", "mark-rutte", "secretary-general", "nato"),
])
def test_role_family(sentence, person, role, org):
    roles = found(sentence, "role")
    assert [(r.fields["person"], r.fields["role"], r.fields["organization"]) for r in roles] == [(person, role, org)]


def test_former_is_kept():
    (r,) = found("Former U.S. Secretary of Defense Pete Hegseth wrote a post.", "role")
    assert r.fields["status"] == "former"


# --- claims -----------------------------------------------------------------------------------------------

def test_quote_then_said():
    (c,) = found('"We will not abandon our partners in their hour of need," Rutte said.', "claim")
    assert (c.fields["speaker"], c.fields["kind"]) == ("mark-rutte", "quote")
    assert c.fields["text"] == "We will not abandon our partners in their hour of need"


def test_pronoun_follows_the_last_named_person():
    text = ("Pete Hegseth arrived in Brussels on Tuesday.\n"
            'He noted, "There can be no dependency on America in a world full of threats."')
    (c,) = found(text, "claim")
    assert c.fields["speaker"] == "pete-hegseth" and c.fields["kind"] == "quote"


def test_stated_that_is_a_paraphrase():
    (c,) = found("Mark Rutte stated that the alliance will meet every threat on its eastern flank.", "claim")
    assert c.fields["kind"] == "paraphrase"
    assert c.fields["text"] == "the alliance will meet every threat on its eastern flank"


def test_regression_a_country_speaks_through_its_government_where_one_is_listed():
    # schema:author takes a person or an organisation, so a claim never names a country as speaker.
    from nato_kg.records import Entity

    seeds = seeds_with(("norway", "country", "Norway"), ("ukraine", "country", "Ukraine"), ("nato", "organization", "NATO"))
    text = "According to Norwegian officials, Oslo is prepared to offer Ukraine security assurances like the alliance's."
    (before,) = found(text, "claim", seeds)
    assert before.fields["speaker"] == "norway"  # `add` refuses it and says to name the government
    seeds.entities["norwegian-government"] = Entity("norwegian-government", "organization", "Norwegian government", P,
                                                    government_of="norway")
    (after,) = found(text, "claim", seeds)
    assert after.fields["speaker"] == "norwegian-government"


@pytest.mark.parametrize("sentence, text", [
    ("The Alliance has long emphasized that members should share the burden of common security.",
     "members should share the burden of common security"),
    ("NATO reinforces that its purpose remains to protect member states and deter threats.",
     "its purpose remains to protect member states and deter threats"),
])
def test_an_organisation_as_the_subject_of_reported_speech(sentence, text):
    seeds = seeds_with(("nato", "organization", "NATO", "the alliance"))
    (c,) = found(sentence, "claim", seeds)
    assert c.fields["speaker"] == "nato" and c.fields["text"] == text


def test_regression_an_organisation_after_the_attribution_is_not_its_speaker():
    seeds = seeds_with(("nato", "organization", "NATO"))
    assert found("According to his statement, NATO members will invest more in their own defences next year.", "claim",
                 seeds) == []


def test_regression_an_alias_written_with_the_article_is_found():
    from nato_kg.extract.gazetteer import Gazetteer

    g = Gazetteer(seeds_with(("nato", "organization", "NATO", "the Alliance")))
    assert g.resolve("the alliance").entity == g.resolve("The Alliance").entity == "nato"


def test_a_title_of_its_country_then_the_name_without_a_comma():
    seeds = seeds_with(("norway", "country", "Norway"), ("ukraine", "country", "Ukraine"), ("nato", "organization", "NATO"))
    (r,) = found("Minister of Defence of Norway Bjorn Arild Gram visited the front line on Monday.", "role", seeds)
    assert r.fields == {"person": "bjorn-arild-gram", "role": "defence-minister", "organization": "norway", "status": "current"}
    # a headline in Title Case: the words after the country are no name unless the workspace knows them
    assert found("The President Of Ukraine Visited Oslo Today", "role", seeds) == []


def test_the_head_of_a_ministry_of_a_country_named_after_it():
    seeds = seeds_with(("norway", "country", "Norway"), roles=("foreign-minister",))
    (r,) = found("This was announced by the head of the Ministry of Foreign Affairs of Norway, Espen Barth Eide.", "role", seeds)
    assert r.fields == {"person": "espen-barth-eide", "role": "foreign-minister", "organization": "norway", "status": "current"}


def test_a_quotation_paragraph_then_a_paragraph_that_is_only_its_attribution():
    seeds = seeds_with(("norway", "country", "Norway"), ("ukraine", "country", "Ukraine"))
    text = ("“Norway will keep helping Ukraine for as long as it takes. We owe them that,”\n\n"
            "Minister of Defence of Norway Bjorn Arild Gram noted.\n\nThe talks go on.")
    (c,) = found(text, "claim", seeds)
    assert c.fields["speaker"] == "bjorn-arild-gram" and c.fields["text"].startswith("Norway will keep helping Ukraine")
    assert "Norway will keep helping" in c.evidence.text  # the quotation's own sentence is the evidence
    # a quotation that ends with a full stop is complete: the next paragraph's "X noted." is not its attribution
    text = "“Norway will keep helping Ukraine for as long as it takes.”\n\nBjorn Arild Gram noted."
    assert found(text, "claim", seeds) == []


def test_scare_quotes_are_not_claims():
    assert found('Critics called the plan a "farce" on Monday.', "claim") == []


def test_fuzzy_name_is_a_match_to_confirm(tmp_path):
    text = 'Secretary Higgsith emphasized that members could no longer rely on the U.S. for their defense.'
    (c,) = found(text, "claim")
    assert c.fields["speaker"] == "pete-hegseth"
    assert c.matches[0].how == "fuzzy" and c.matches[0].to_confirm


def test_unknown_name_is_proposed_as_new_entity():
    ex = extract_article("T\nFinnish Defence Minister Antti Hakkanen said that Finland will buy more artillery.", BASE, "s")
    assert "antti-hakkanen" in ex.new_entities and ex.new_entities["antti-hakkanen"]["type"] == "person"


# --- the commands ---------------------------------------------------------------------------------------------

ARTICLE = ("Allies pledge more\n"
           "Norway will provide $300 million in military aid to Ukraine, the government said.\n"
           "Finland pledged $691 million to Ukraine.\n")


def test_extract_cli_writes_reviewable_candidates(make_ws, tmp_path):
    ws = make_ws()
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE)
    out = tmp_path / "candidates.yaml"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "extract", str(article), "--source-id", "new1", "-o", str(out)])
    assert result.exit_code == 0, result.output
    doc = yaml.safe_load(out.read_text())
    assert doc["sources"][0]["id"] == "new1" and doc["sources"][0]["date_status"] == "unknown"
    assert "date" not in doc["sources"][0]  # never guessed
    pledge = next(p for p in doc["pledges"] if p["donor"] == "norway")
    start, end = pledge["candidate"]["offsets"]
    assert ARTICLE[start:end] == pledge["sources"][0]["evidence"]
    assert 0 < pledge["candidate"]["confidence"] <= 1 and pledge["candidate"]["rule"]


def test_extract_reads_stdin_and_takes_a_date(make_ws):
    ws = make_ws()
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "extract", "-", "--date", "2025-06-25"], input=ARTICLE)
    assert result.exit_code == 0, result.output
    doc = yaml.safe_load(result.stdout)
    assert str(doc["sources"][0]["date"]) == "2025-06-25" and doc["sources"][0]["date_status"] == "stated"
    bad = CliRunner().invoke(cli, ["-w", str(ws.root), "extract", "-", "--date", "June 25"], input=ARTICLE)
    assert bad.exit_code == 2 and "not a date" in bad.stderr


def test_add_merges_new_facts_and_adds_a_source_to_a_restated_one(make_ws, tmp_path):
    ws = make_ws()
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE)
    out = tmp_path / "candidates.yaml"
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(ws.root), "extract", str(article), "--source-id", "new1", "-o", str(out)]).exit_code == 0
    mark_reviewed(out)
    result = runner.invoke(cli, ["-w", str(ws.root), "add", str(out)])
    assert result.exit_code == 0, result.output
    assert "a new source for 1 existing facts" in result.stderr  # Finland's $691 million is already in the seeds
    facts = (ws.seeds_dir / "facts.yaml").read_text()
    assert facts.count("source: new1") == 1 and facts.count("id: finland-aid") == 1
    added = yaml.safe_load((ws.seeds_dir / "added-new1.yaml").read_text())
    assert [p["donor"] for p in added["pledges"]] == ["norway"]
    assert "entities" not in added  # Norway and Finland are in the workspace already
    from nato_kg.seeds import load_seeds

    seeds = load_seeds(ws.seeds_dir, ws.root)
    finland = next(f for f in seeds.facts if f.id == "finland-aid")
    assert finland.sources == ("src1", "new1")
    assert ws.graph_path.is_file()  # add builds


def test_add_refuses_invalid_candidates_and_writes_nothing(make_ws, tmp_path):
    ws = make_ws()
    before = {p.name: p.read_bytes() for p in ws.seeds_dir.iterdir()}
    bad = tmp_path / "bad.yaml"
    bad.write_text("sources:\n  - {id: new2, title: T}\npledges:\n  - id: x\n    donor: finland\n    recipient: ukraine\n"
                   "    amount: 5\n    currency: USDD\n    sources:\n      - {source: new2, evidence: e}\n    candidate: {rule: r}\n")
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "add", str(bad)])
    assert result.exit_code == 2 and "bad.yaml:8:15: currency: unknown currency 'USDD'" in result.stderr
    assert {p.name: p.read_bytes() for p in ws.seeds_dir.iterdir()} == before


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"\x00\x01\x02binary\x00", "binary file"),
    (b"caf\xe9 au lait\n", "not UTF-8"),
])
def test_bad_input_files(make_ws, tmp_path, content, message):
    ws = make_ws()
    path = tmp_path / "in.txt"
    path.write_bytes(content)
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "extract", str(path)])
    assert result.exit_code == 2 and message in result.stderr


def test_a_10_mb_file_is_handled_in_bounded_time(make_ws, tmp_path):
    ws = make_ws()
    path = tmp_path / "big.txt"
    path.write_bytes(b"Finland pledged $691 million to Ukraine. " * (10 * 1024 * 1024 // 42))
    started = time.monotonic()
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "extract", str(path)])
    assert time.monotonic() - started < 10
    assert result.exit_code == 2 and "too large" in result.stderr


def test_two_pledges_in_one_sentence_and_a_conversion():
    pledges = found("Denmark has pledged about 600m euros for air defence, while Sweden announced a package worth "
                    "SEK 3 billion ($290 million), the ministry said.", "pledge")
    got = {(p.fields["donor"], p.fields["amount"], p.fields["currency"], p.fields.get("amount_usd")) for p in pledges}
    assert got == {("denmark", "600000000", "EUR", None), ("sweden", "3000000000", "SEK", "290000000")}


def test_a_bare_surname_finds_the_person_named_earlier_in_the_article():
    text = ("German Chancellor Friedrich Merz visited Kyiv on Monday.\n"
            '"We will not leave Ukraine alone, not now and not in the future," Merz told reporters.')
    (c,) = found(text, "claim")
    assert c.fields["speaker"] == "friedrich-merz" and c.fields["kind"] == "quote"


def test_unknown_title_is_proposed_as_a_new_role_and_add_accepts_it(make_ws, tmp_path):
    ws = make_ws()
    article = tmp_path / "a.txt"
    article.write_text("Title\nGerman Chancellor Friedrich Merz visited Kyiv on Monday.\n")
    out = tmp_path / "c.yaml"
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(ws.root), "extract", str(article), "--source-id", "new3", "-o", str(out)]).exit_code == 0
    doc = yaml.safe_load(out.read_text())
    assert doc["roles"] == [{"id": "chancellor", "label": "Chancellor"}]
    assert {e["id"] for e in doc["entities"]} >= {"friedrich-merz", "germany"}
    mark_reviewed(out)
    result = runner.invoke(cli, ["-w", str(ws.root), "add", str(out), "--no-build"])
    assert result.exit_code == 0, result.output
    assert "added 1 role" in result.stderr


def test_a_restated_commitment_takes_the_last_target_named():
    text = ("NATO has set a benchmark for its members to spend 2% of their GDP on defence.\n"
            "Since then, Latvia and Portugal agreed to meet that target.")
    targets = found(text, "target")
    restated = {(t.fields["actor"], t.fields["percent_gdp"], t.fields["status"]) for t in targets
                if t.rule == "target:restated-commitment"}
    assert restated == {("latvia", "2", "agreed"), ("portugal", "2", "agreed")}


def test_add_records_the_articles_name_forms_as_aliases_and_lists_what_it_relied_on(make_ws, tmp_path):
    ws = make_ws({"entities.yaml": """
        entities:
          - {id: finland, type: country, label: Finland, iso3166: FI}
          - {id: ukraine, type: country, label: Ukraine, iso3166: UA}
          - {id: norway, type: country, label: Norway, iso3166: NO}
          - {id: jane-doe, type: person, label: Jane Doe}
          - {id: nato, type: organization, label: NATO}
          - id: pete-hegseth
            type: person
            label: Pete Hegseth
            aliases: [Hegseth]
    """})
    article = tmp_path / "article.txt"
    article.write_text("Allies meet\nSecretary Higgsith emphasized that members could no longer rely on the U.S. "
                       "for their defense.\n")
    out = tmp_path / "candidates.yaml"
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(ws.root), "extract", str(article), "--source-id", "new2", "-o", str(out)]).exit_code == 0
    assert "Higgsith -> pete-hegseth (fuzzy" in out.read_text()  # marked for review
    mark_reviewed(out)
    result = runner.invoke(cli, ["-w", str(ws.root), "add", str(out), "--no-build"])
    assert result.exit_code == 0, result.output
    assert "relied on a fuzzy match: 'Higgsith' is pete-hegseth" in result.stderr
    assert "recorded 'Higgsith' as an alias of pete-hegseth" in result.stderr
    from nato_kg.seeds import load_seeds

    assert load_seeds(ws.seeds_dir, ws.root).entities["pete-hegseth"].aliases == ("Hegseth", "Higgsith")
    again = runner.invoke(cli, ["-w", str(ws.root), "extract", str(article), "--source-id", "new3"])
    assert "Higgsith -> pete-hegseth" not in again.stdout  # now an exact alias: nothing left to confirm


def test_a_capital_acting_is_its_state_and_a_capital_as_a_place_is_not():
    """Capitals are places in the seeds; "Warsaw is preparing a package" is Poland's pledge, to be confirmed."""
    (p,) = found("Warsaw is actively preparing an additional $207 million aid package for Ukraine.", "pledge")
    assert p.fields["donor"] == "poland"
    assert any(m.how == "capital" and m.to_confirm for m in p.matches)
    assert found("At talks in Warsaw, Finland pledged $691 million to Ukraine.", "pledge")[0].fields["donor"] == "finland"


def test_confidence_comes_with_its_reasons_and_an_assumed_recipient_is_told():
    """Each candidate says why it is as sure as it is (domain.yaml); an assumption is always among the
    reasons, and never raises the confidence (measured, an assumed recipient costs nothing)."""
    from nato_kg.extract.domain import domain

    named = found("Norway will provide $691 million in military aid to Ukraine.", "pledge")[0]
    assumed = found("Norway will provide $691 million in military aid.", "pledge")[0]
    assert named.fields["recipient"] == assumed.fields["recipient"]  # the domain's default recipient
    assert assumed.confidence <= named.confidence
    assert named.reasons == (domain().rules["pledge:donor-cue-amount"][1],)
    assert domain().adjustments["default-recipient"][1] in assumed.reasons
    assert all(delta <= 0 for name, (delta, _) in domain().adjustments.items()
               if name in ("default-recipient", "donor-of-article", "donor-from-previous", "country-of-article", "new-entity"))


def test_a_candidates_own_traits_set_its_confidence_once_the_article_is_read():
    """Measured on news the rules had not seen (benchmarks/calibrate.py): a target with no deadline and
    no proposer, a claim by a speaker named by surname only, are right less often than their rule."""
    (dated,) = found("Trump demanded that NATO spend 5 percent of GDP on defence by 2035.", "target")
    (bare,) = found("Lithuania will spend 5 percent of GDP on defence.", "target")
    assert bare.confidence < dated.confidence
    assert any("no year" in r for r in bare.reasons)
    full = found("“We will not stop,” Prime Minister Jonas Gahr Store said. “We will go on,” Store said.", "claim")
    lone = found("“We will not stop until the war is over,” Kallas said on Monday.", "claim")
    assert lone[0].fields["speaker"] == "kallas" and lone[0].confidence < min(c.confidence for c in full)


def test_extract_output_writes_each_candidates_reasons(make_ws, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Aid\nNorway will provide $691 million in military aid.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["-w", str(make_ws().root), "extract", str(article)])
    assert result.exit_code == 0, result.output
    review = yaml.safe_load(result.stdout)["pledges"][0]["candidate"]
    assert review["rule"] == "pledge:donor-cue-amount" and len(review["why"]) == 2
    assert "default recipient" in review["why"][1]


# --- failure classes seen on unseen news (issue: extraction that holds on unseen articles) ------

NEWS = seeds_with(("nato", "organization", "NATO"), ("germany", "country", "Germany"), ("ukraine", "country", "Ukraine"),
                  ("norway", "country", "Norway"), ("denmark", "country", "Denmark"), ("finland", "country", "Finland"),
                  ("australia", "country", "Australia"), ("mark-rutte", "person", "Mark Rutte", "Rutte"),
                  ("volodymyr-zelenskyy", "person", "Volodymyr Zelenskyy", "Zelensky", "Zelenskyy"))


@pytest.mark.parametrize("text, speaker", [
    ('"We will not let Ukraine down," German Defence Minister Boris Pistorius said.', "boris-pistorius"),
    ('"The situation is critical," Yermak, who heads the presidential office, said.', "yermak"),
    ('"We must stand with Ukraine," said Minister of Defence Pål Jonson.', "pal-jonson"),
    ('"Russia will not win this war," Zelenskyy said on Tuesday.', "volodymyr-zelenskyy"),
])
def test_quote_with_a_title_or_an_appositive_around_the_speaker(text, speaker):
    claims = found(text, "claim", NEWS)
    assert [c.fields["speaker"] for c in claims] == [speaker]


def test_quote_introduced_by_a_colon_at_the_end_of_the_paragraph_before():
    claims = found('Danish Prime Minister Mette Frederiksen stated:\n"Europe must now rearm, and fast."', "claim", NEWS)
    assert [(c.fields["speaker"], c.fields["text"]) for c in claims] == [("mette-frederiksen", "Europe must now rearm, and fast.")]


def test_a_speaker_named_by_title_only_is_the_holder_the_article_named_or_nobody():
    alone = found('"This is a turning point for our security," declared the Norwegian Prime Minister.', "claim", NEWS)
    assert alone == []  # nobody named in that office: no guess
    named = found('Prime Minister Jonas Gahr Store of Norway arrived.\n'
                  '"This is a turning point for our security," declared the Prime Minister.', "claim", NEWS)
    assert [c.fields["speaker"] for c in named] == ["jonas-gahr-store"]


def test_according_to_a_person_is_reported_speech():
    claims = found("According to Rutte, the alliance must spend far more on defence.", "claim", NEWS)
    assert [(c.fields["speaker"], c.fields["kind"]) for c in claims] == [("mark-rutte", "paraphrase")]


def test_an_office_takes_its_country_from_beside_the_title_not_from_anywhere_in_the_sentence():
    """Regression: an office's country was any country in the sentence (Zelenskyy as President of Finland)."""
    roles = found("The President of Ukraine, Volodymyr Zelensky, thanked Finland and Norway for the aid.", "role", NEWS)
    assert [(c.fields["person"], c.fields["organization"]) for c in roles] == [("volodymyr-zelenskyy", "ukraine")]
    assert found("Finland and Denmark sent aid, and President Jane Roe of nowhere thanked them.", "role", NEWS) == []
    rutte = found("Prime Minister Mark Rutte, newly appointed NATO Secretary-General, met the press.", "role", NEWS)
    assert [(c.fields["role"], c.fields["organization"]) for c in rutte] == [("secretary-general", "nato")]


def test_a_deputy_is_not_the_office_holder():
    roles = found("German Deputy Prime Minister Jane Roe visited Kyiv.", "role", NEWS)
    assert [c.fields["role"] for c in roles] == ["deputy-prime-minister"]


@pytest.mark.parametrize("sentence, currency", [
    ("Denmark will provide 405 million Danish kroner to Ukraine.", "DKK"),
    ("Norway pledged 1.5 billion Norwegian crowns in support for Ukraine.", "NOK"),
    ("Australia will give 50 million Australian dollars in military aid to Ukraine.", "AUD"),
    ("Finland pledged 2 billion Swedish kronor to Ukraine.", "SEK"),
])
def test_currency_names_and_plurals_come_from_pycountry(sentence, currency):
    assert [c.fields["currency"] for c in found(sentence, "pledge", NEWS)] == [currency]


def test_a_running_total_is_read_as_one_and_of_which_is_a_share():
    total = found("Finland has already provided around EUR 2.8 billion to Ukraine since 2022.", "pledge", NEWS)
    assert [(c.fields["figure"], c.fields["status"]) for c in total] == [("running-total", "delivered")]
    parts = found("Germany pledged 500 million euros, of which 350 million military, to Ukraine.", "pledge", NEWS)
    assert [(c.fields["amount"], c.fields["figure"]) for c in parts] == [("500000000", "package"), ("350000000", "share")]
    assert parts[1].share_of is parts[0]


def test_the_year_a_target_was_set_is_not_its_deadline():
    targets = found("The previous 2% of GDP target set in 2014 was met by most allies.", "target", NEWS)
    assert [c.fields.get("year") for c in targets] == [None]
    later = found("Allies agreed to spend 5% of GDP on defence by 2035, to be reviewed in 2029.", "target", NEWS)
    assert [c.fields.get("year") for c in later] == ["2035"]


def test_a_sentence_wrapped_across_lines_is_one_sentence():
    text = ("On June 5, the U.S. Defense Secretary remarked that member countries were close to an agreement, aligning with "
            "U.S. President\nDonald Trump's request for more spending.")
    roles = found(text, "role", seeds_with(("united-states", "country", "United States", "U.S.")))
    assert [(c.fields["person"], c.fields["organization"]) for c in roles] == [("donald-trump", "united-states")]


NEWS2 = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("netherlands", "country", "Netherlands"),
                   ("denmark", "country", "Denmark"), ("germany", "country", "Germany"), ("canada", "country", "Canada"),
                   ("sweden", "country", "Sweden"), ("moldova", "country", "Moldova"), ("lithuania", "country", "Lithuania"),
                   ("estonia", "country", "Estonia"))


def test_a_figure_given_with_partners_is_joint_and_the_donor_is_in_its_own_clause():
    pledges = found("Canada will send 450 drones, while the Netherlands, in collaboration with Denmark and Germany, will supply "
                    "Ukraine with drones worth 200 million euros.", "pledge", NEWS2)
    assert [(c.fields["donor"], c.fields["figure"], c.fields.get("joint_with")) for c in pledges] == [
        ("netherlands", "joint", ["denmark", "germany"])]


def test_part_of_and_of_which_with_a_currency_are_shares():
    part = found("The drones, valued at 95 million Canadian dollars, are part of Canada's broader commitment of 500 million "
                 "Canadian dollars in military support for Ukraine.", "pledge", NEWS2)
    assert [(c.fields["amount"], c.fields["figure"]) for c in part] == [("95000000", "share"), ("500000000", "package")]
    which = found("The Netherlands is allocating an additional 3.5 billion euros to support Ukraine, of which 2 billion euros "
                  "will be spent this year.", "pledge", NEWS2)
    assert [(c.fields["amount"], c.fields["figure"]) for c in which] == [("3500000000", "package"), ("2000000000", "share")]
    assert which[1].share_of is which[0]


def test_a_second_recipient_is_not_a_donor():
    aid = found("Sweden announced new aid. The new humanitarian support covers Ukraine and Moldova, and amounts to about "
                "SEK 720 million.", "pledge", NEWS2)
    assert [c.fields["donor"] for c in aid] == ["sweden"]


def test_a_headline_figure_that_restates_the_body_is_not_a_second_pledge():
    text = ("Sweden Announces New Ukraine Aid Pack Of Almost €400M\nSweden presented its latest support package for Ukraine, "
            "worth 4.5 billion Swedish kronor (approximately €393 million).")
    pledges = [c for c in extract_article(text, NEWS2, "src").candidates if c.kind == "pledge"]
    assert [(c.fields["amount"], c.fields["currency"]) for c in pledges] == [("4500000000", "SEK")]


def test_head_of_a_ministry_or_government_holds_its_office():
    roles = found("Kęstutis Budrys, head of the Lithuanian Ministry of Foreign Affairs, spoke. The head of the Estonian "
                  "government, Kaja Kallas, agreed.", "role", NEWS2)
    assert {(c.fields["person"], c.fields["role"], c.fields["organization"]) for c in roles} == {
        ("kestutis-budrys", "foreign-minister", "lithuania"), ("kaja-kallas", "prime-minister", "estonia")}


def test_who_spends_is_the_subject_of_its_own_budget_and_a_current_level_is_no_target():
    targets = found("Lithuania said it would raise its defence spending to 2 percent of GDP to meet a NATO target.", "target", NEWS2)
    assert [(c.fields["actor"], c.fields["percent_gdp"]) for c in targets] == [("lithuania", "2")]
    rise = found("Lithuania endorsed a rise from the current 1.8 percent of GDP to 2.006 percent for 2018.", "target", NEWS2)
    assert [(c.fields["percent_gdp"], c.fields.get("year")) for c in rise] == [("2.006", "2018")]


def test_a_minister_named_without_a_country_in_an_article_about_one_country():
    text = ("Lithuania raises spending\nLithuania will spend more. Lithuania's parties agreed.\n"
            "\"We will meet our obligations,\" Defence Minister Raimundas Karoblis told reporters.")
    roles = [c for c in extract_article(text, NEWS2, "src").candidates if c.kind == "role"]
    assert [(c.fields["person"], c.fields["organization"]) for c in roles] == [("raimundas-karoblis", "lithuania")]
    assert any("country the article is about" in r for r in roles[0].reasons)


def test_a_curly_quote_closed_by_a_straight_mark_ends_where_it_should():
    text = "\u201cWe know the decisions we have taken are not enough,\" said Danish Prime Minister Mette Frederiksen. Next."
    claims = found(text, "claim", NEWS2)
    assert [c.fields["speaker"] for c in claims] == ["mette-frederiksen"]
