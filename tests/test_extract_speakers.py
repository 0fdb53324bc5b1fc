"""Who said it, in news the rules had not seen (the ninth fresh list, benchmarks/corpus/fresh9.yaml): a country as
the subject of "said", a title alone after "according to", "the minister" among several, paragraphs with blank
lines between them, a country's possessive before an office. Each test uses sentences written for it."""

from nato_kg.extract.article import extract_article
from nato_kg.extract.sentences import split_sentences

from .test_extract import seeds_with

SEEDS = seeds_with(("nato", "organization", "NATO"), ("ukraine", "country", "Ukraine"), ("finland", "country", "Finland"),
                   ("new-zealand", "country", "New Zealand"), ("greece", "country", "Greece"), ("spain", "country", "Spain"),
                   ("united-states", "country", "United States", "U.S."), ("russia", "country", "Russia"),
                   roles=("prime-minister", "defence-minister", "foreign-minister", "president"))


def candidates(text: str, kind: str) -> list[dict]:
    return [c.fields for c in extract_article(text, SEEDS, "src").candidates if c.kind == kind]


def test_a_country_that_is_the_subject_of_said_is_the_speaker_not_the_person_named_before():
    claims = candidates("Title\nAllies agreed on a new goal, as urged by U.S. President Donald Trump, but Spain said it "
                        "could meet its obligations with less money.", "claim")
    assert [(c["speaker"], c["text"]) for c in claims] == [("spain", "it could meet its obligations with less money")]


def test_according_to_a_title_alone_is_the_holder_of_that_office_named_before():
    claims = candidates("Title\nPrime Minister of Finland Petteri Orpo visited Kyiv.\nAccording to the head of the Finnish "
                        "government, rebuilding the country opens up large markets for Finnish firms.", "claim")
    assert [c["speaker"] for c in claims] == ["petteri-orpo"]


def test_the_minister_among_several_is_the_one_the_sentence_before_spoke_of():
    text = ("Title\nForeign Minister Winston Peters and Defence Minister Judith Collins of New Zealand spoke today.\n"
            "Collins said that the trainers would stay in Britain for another year.\n"
            "The minister said that none of the trainers would enter Ukraine at any point.")
    assert [c["speaker"] for c in candidates(text, "claim")] == ["judith-collins", "judith-collins"]


def test_how_after_a_noun_is_no_reported_speech_but_how_after_the_verb_is():
    assert candidates("Title\nGreek Prime Minister Kyriakos Mitsotakis stressed the importance of fairness in how the allies "
                      "share the burden.", "claim") == []
    (claim,) = candidates("Title\nGreek Prime Minister Kyriakos Mitsotakis explained how the allies would share the burden of defence.", "claim")
    assert claim["text"].startswith("the allies would share")


def test_one_statement_read_twice_is_kept_once_without_the_words_before_it():
    claims = candidates("Title\nGreek Prime Minister Kyriakos Mitsotakis said on Wednesday that every ally should do "
                        "its part in defence spending.", "claim")
    assert [c["text"] for c in claims] == ["every ally should do its part in defence spending"]


def test_regression_blank_lines_between_paragraphs_are_no_paragraphs():
    # the continuation of a quote in the next paragraph was lost where a blank line stood between them
    text = "Title\n\n“We must do more,” Greek Prime Minister Kyriakos Mitsotakis said.\n\n“These targets should bind every ally.”"
    assert [s.paragraph for s in split_sentences(text)] == [0, 1, 2]
    assert [(c["speaker"], c["text"]) for c in candidates(text, "claim")] == [
        ("kyriakos-mitsotakis", "We must do more"), ("kyriakos-mitsotakis", "These targets should bind every ally.")]


def test_a_countrys_possessive_before_an_office_is_no_person():
    roles = candidates("Title\nNew Zealand’s Prime Minister Christopher Luxon announced the support package.", "role")
    assert [(r["person"], r["organization"]) for r in roles] == [("christopher-luxon", "new-zealand")]
