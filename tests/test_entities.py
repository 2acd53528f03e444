"""The entities stage: how model spans, the rule layer and the other recognisers are joined."""

from dataclasses import replace

import pytest

from pipeline.entities import (
    _plausible_model_span,
    person_or_organisation,
    settle_overlaps,
    split_at_sentences,
    trim_sentence_opening,
    without_closing_preposition,
)
from pipeline.extract.doc import Doc
from pipeline.langdata import load_profile
from pipeline.ner import NamedSpan
from pipeline.records import Mention
from tests.conftest import SETTINGS, analyse, values


def _span(text: str, phrase: str, label: str = "ORG") -> NamedSpan:
    start = text.index(phrase)
    return NamedSpan(label, start, start + len(phrase), "embedded:test")  # type: ignore[arg-type]


def test_model_spans_of_ordinary_words_are_dropped_unless_the_rules_confirm_them():
    text = "Forfatter: Siri Henriksen. Turen gikk til Tromsø kommune i mai."
    doc = Doc(text, "nb", load_profile("nb"))
    assert not _plausible_model_span(doc, _span(text, "Forfatter"), [])
    assert not _plausible_model_span(doc, _span(text, "Turen"), [])
    assert _plausible_model_span(doc, _span(text, "Siri Henriksen", "PER"), [])
    assert _plausible_model_span(doc, _span(text, "Tromsø kommune"), [])
    # A cue-word organisation the rule layer found is kept even if each word is ordinary.
    plain = "Kultur og Fritid arrangerte turen."
    doc = Doc(plain, "nb", load_profile("nb"))
    assert _plausible_model_span(doc, _span(plain, "Kultur og Fritid"), [_span(plain, "Kultur og Fritid")])


@pytest.mark.parametrize(("language", "text", "phrase"), [
    ("nb", "Fem ordførere var på studietur. De besøkte Hamar og Gjøvik.", "De besøkte Hamar"),
    ("en", "Five mayors were on a study tour. They visited Hamar and Gjøvik.", "They visited Hamar"),
    ("pl", "Pięciu burmistrzów było na wizycie. Goście odwiedzili Gdynię.", "Goście odwiedzili Gdynię"),
])
def test_model_spans_holding_a_verb_of_visiting_are_dropped(language, text, phrase):
    doc = Doc(text, language, load_profile(language))
    assert not _plausible_model_span(doc, _span(text, phrase), [])


def test_model_spans_that_are_towns_headings_or_numerals_are_dropped():
    text = "Delegacja z Tczewa i Levanger odwiedziła Bydgoszcz. WIZYTA STUDYJNA W NORWEGII. Rozdział XII."
    doc = Doc(text, "pl", load_profile("pl"))
    assert not _plausible_model_span(doc, _span(text, "Levanger", "PER"), [])
    assert not _plausible_model_span(doc, _span(text, "Tczewa"), [])
    assert not _plausible_model_span(doc, _span(text, "WIZYTA STUDYJNA W NORWEGII"), [])
    assert not _plausible_model_span(doc, _span(text, "XII"), [])
    assert _plausible_model_span(doc, _span(text, "Bydgoszcz", "LOC"), [])  # a place may be a place
    english = "Anna Kowalska met the delegation from Norway."
    doc = Doc(english, "en", load_profile("en"))
    countries = [Mention("country", english.index("Norway"), english.index("Norway") + 6, "Norway", "countries")]
    assert not _plausible_model_span(doc, _span(english, "Norway"), [], countries)
    assert _plausible_model_span(doc, _span(english, "Anna Kowalska", "PER"), [], countries)
    # A country and a region together name a place, not a person: "Rootsi Gotlandi" (Sweden's Gotland)
    estonian = "Delegatsioon külastas Rootsi Gotlandi omavalitsust."
    doc = Doc(estonian, "et", load_profile("et"))
    sweden = [Mention("country", estonian.index("Rootsi"), estonian.index("Rootsi") + 6, "Rootsi", "countries")]
    assert not _plausible_model_span(doc, _span(estonian, "Rootsi Gotlandi", "PER"), [], sweden)


def test_half_quoted_names_and_projects_taken_for_people_are_dropped():
    text = "Projekta RX-77 „Zaļā skola” partneri no biedrības „Dzintarkrasts” tikās ar Ilzi Kalniņu."
    doc = Doc(text, "lv", load_profile("lv"))
    assert not _plausible_model_span(doc, _span(text, "RX-77 „Zaļā skola", "PER"), [])  # a project, not a person
    assert not _plausible_model_span(doc, _span(text, "biedrības „Dzintarkrasts"), [])  # the closing mark is outside
    assert _plausible_model_span(doc, _span(text, "biedrības „Dzintarkrasts”"), [])
    assert _plausible_model_span(doc, _span(text, "Ilzi Kalniņu", "PER"), [])


def test_a_lone_first_name_that_is_a_town_is_the_town_unless_someone_bears_it_in_full():
    text = "Vi reste vidare till Riga. Där väntade Sofia, och senare Sofia Berg."
    doc = Doc(text, "sv", load_profile("sv"))
    assert not _plausible_model_span(doc, _span(text, "Riga", "PER"), [])
    lone = text.index("Sofia")
    sofia = NamedSpan("PER", lone, lone + 5, "embedded")
    assert not _plausible_model_span(doc, sofia, [])
    assert _plausible_model_span(doc, sofia, [], full_names=frozenset({"sofia"}))


def test_model_spans_across_a_line_break_and_people_with_a_slash_are_dropped():
    text = "Besøg fra Viborg\n\nForening for venskabsbyer besøgte Frankfurt/Oder og mødte Lise Holm."
    doc = Doc(text, "da", load_profile("da"))
    assert not _plausible_model_span(doc, _span(text, "Viborg\n\nForening"), [])
    assert not _plausible_model_span(doc, _span(text, "Frankfurt/Oder", "PER"), [])
    assert _plausible_model_span(doc, _span(text, "Lise Holm", "PER"), [])


def test_model_people_opening_with_an_ordinary_word_and_mostly_capital_headings_are_dropped():
    text = "Matchen spelades på Arena Nordvik. RESERAPPORT STOCKHOLM Ladda RESERAPPORT. Rose Lindberg talade."
    doc = Doc(text, "sv", load_profile("sv"))
    assert not _plausible_model_span(doc, _span(text, "Arena Nordvik", "PER"), [])
    assert not _plausible_model_span(doc, _span(text, "RESERAPPORT STOCKHOLM Ladda RESERAPPORT"), [])
    assert _plausible_model_span(doc, _span(text, "Rose Lindberg", "PER"), [])  # a first name, though a word
    assert _plausible_model_span(doc, _span(text, "Arena Nordvik", "ORG"), [])
    # Nor does a name that opens with no first name hold an ordinary word anywhere else.
    latvian = "Tika apmeklēts Bjalistokas Tehnoloģiju parks."
    doc = Doc(latvian, "lv", load_profile("lv"))
    assert not _plausible_model_span(doc, _span(latvian, "Bjalistokas Tehnoloģiju", "PER"), [])
    danish = "Delegationen ledes af borgmester Avaaraq Olsen."
    doc = Doc(danish, "da", load_profile("da"))
    assert _plausible_model_span(doc, _span(danish, "Avaaraq Olsen", "PER"), [])


def test_a_one_word_model_person_must_be_a_first_name_or_a_word_of_a_full_name():
    text = "Gastgeber war Bürgermeister Andreas Grund. Grund zeigte den Gästen die Stadt. Ulrike kam später."
    doc = Doc(text, "de", load_profile("de"))
    full = ("Andreas Grund",)
    assert not _plausible_model_span(doc, _span(text, "Gastgeber", "PER"), [], full_names=full)
    again = text.index("Grund zeigte")
    assert _plausible_model_span(doc, NamedSpan("PER", again, again + 5, "embedded:test"), [], full_names=full)
    assert _plausible_model_span(doc, _span(text, "Ulrike", "PER"), [], full_names=full)


def test_a_model_organisation_of_two_town_names_in_a_row_is_dropped():
    text = "Im Frühjahr hatte eine Delegation aus Zielona Góra Landau besucht. Die Stadtwerke Görlitz AG luden ein."
    doc = Doc(text, "de", load_profile("de"))
    assert not _plausible_model_span(doc, _span(text, "Zielona Góra Landau"), [])
    assert _plausible_model_span(doc, _span(text, "Stadtwerke Görlitz AG"), [])


def test_model_people_written_with_initials_stay():
    # Initials are capitals and single letters ("H", "C") that the lemma lists know as words; neither makes
    # the name a heading or an ordinary word.
    text = "Borgmester H.C. Østerby tog imod gæsterne sammen med A. B. Kjærgaard."
    doc = Doc(text, "da", load_profile("da"))
    assert _plausible_model_span(doc, _span(text, "H.C. Østerby", "PER"), [])
    assert _plausible_model_span(doc, _span(text, "A. B. Kjærgaard", "PER"), [])


def test_overlapping_mentions_keep_one_reading():
    kept = settle_overlaps([
        Mention("organisation", 0, 14, "Tromsø kommune", "rules"),
        Mention("place", 0, 6, "Tromsø", "gazetteer"),  # a place inside an organisation's name stays
        Mention("person", 16, 28, "Siri Bergen", "rules"),
        Mention("place", 21, 28, "Bergen", "gazetteer"),  # inside a person's name it does not
        Mention("person", 30, 45, "mai 2019 Hansen", "rules"),
        Mention("date", 30, 38, "mai 2019", "dates"),  # dates win over names
    ])
    assert [(m.type, m.start) for m in kept] == [("place", 0), ("organisation", 0), ("person", 16), ("date", 30)]


def test_a_person_inside_a_longer_place_name_is_part_of_the_place():
    text = "I Polanka Wielka bor Anna Wielka."
    kept = settle_overlaps([
        Mention("place", 2, 16, "Polanka Wielka", "gazetteer"),
        Mention("person", 10, 16, "Wielka", "model"),
        Mention("person", 21, 32, "Anna Wielka", "model"),
    ])
    assert [(m.type, text[m.start:m.end]) for m in kept] == [("place", "Polanka Wielka"), ("person", "Anna Wielka")]


def test_an_organisation_inside_a_sum_is_the_sums_currency():
    kept = settle_overlaps([
        Mention("money", 0, 14, "449 029,21 EUR", "money"),
        Mention("organisation", 11, 14, "EUR", "model"),
        Mention("organisation", 20, 29, "Expo 2020", "model"),
        Mention("date", 25, 29, "2020", "dates"),
    ])
    assert [(m.type, m.text) for m in kept] == [("money", "449 029,21 EUR"), ("organisation", "Expo 2020"),
                                                ("date", "2020")]


def _texts(doc: Doc, spans: list[NamedSpan]) -> list[str]:
    return [doc.text[s.start : s.end] for s in spans]


def test_a_model_span_across_a_full_stop_is_cut_at_the_sentence_end():
    text = "Vieraat tutustuivat Tampereen Taidemuseoon. Yhteistyöhanke jatkuu ensi vuonna."
    doc = Doc(text, "fi", load_profile("fi"))
    parts = split_at_sentences(doc, _span(text, "Tampereen Taidemuseoon. Yhteistyöhanke"))
    assert _texts(doc, parts) == ["Tampereen Taidemuseoon"]  # the lone word carried along is dropped
    across = "Gäste aus Tallinn. Stadt Kiel lud ein."
    doc = Doc(across, "de", load_profile("de"))
    assert _texts(doc, split_at_sentences(doc, _span(across, "Tallinn. Stadt Kiel"))) == ["Tallinn", "Stadt Kiel"]
    inside = "Prof. Jan Nowak przyjechał."
    doc = Doc(inside, "pl", load_profile("pl"))
    assert _texts(doc, split_at_sentences(doc, _span(inside, "Prof. Jan Nowak", "PER"))) == ["Prof. Jan Nowak"]
    # The full stop ending the sentence is no part of a name; an abbreviation's is.
    ending = "W zeszłym roku byliśmy z wizytą w Olicie. Potem w Caritas e.V."
    doc = Doc(ending, "pl", load_profile("pl"))
    assert _texts(doc, split_at_sentences(doc, _span(ending, "Olicie.", "LOC"))) == ["Olicie"]
    assert _texts(doc, split_at_sentences(doc, _span(ending, "Caritas e.V."))) == ["Caritas e.V."]


def test_a_model_span_loses_the_ordinary_word_that_opens_its_sentence():
    text = "Viesus uzņēma domes priekšsēdētājs. Vakar Valmieras Teātris rīkoja koncertu."
    doc = Doc(text, "lv", load_profile("lv"))
    assert trim_sentence_opening(doc, _span(text, "Viesus uzņēma domes")) is None  # left: a small letter
    trimmed = trim_sentence_opening(doc, _span(text, "Vakar Valmieras Teātris"))
    assert trimmed is not None and doc.text[trimmed.start : trimmed.end] == "Valmieras Teātris"
    # A cue word or a first name opening the sentence belongs to the name.
    dutch = "Gemeente Heiloo ontving de gasten."
    doc = Doc(dutch, "nl", load_profile("nl"))
    assert trim_sentence_opening(doc, _span(dutch, "Gemeente Heiloo")) == _span(dutch, "Gemeente Heiloo")


def test_a_model_organisation_that_is_a_towns_whole_name_is_the_town():
    text = "Przyjechały delegacje z Osterode am Harz i Dobele."
    doc = Doc(text, "pl", load_profile("pl"))
    assert not _plausible_model_span(doc, _span(text, "Osterode am Harz"), [])


def test_a_bare_title_is_no_name():
    text = "Die Arbeitskreisleiterin begrüßte die Gäste, der Vizebürgermeister auch."
    doc = Doc(text, "de", load_profile("de"))
    assert not _plausible_model_span(doc, _span(text, "Arbeitskreisleiterin"), [])
    assert not _plausible_model_span(doc, _span(text, "Vizebürgermeister", "PER"), [])


def test_a_model_place_that_is_a_town_and_a_common_noun_is_the_town():
    # "från Saue vald i Estland": the model's place holds the parish word, the gazetteer's the town.
    kept = settle_overlaps([Mention("place", 0, 9, "Saue vald", "embedded:sv"), Mention("place", 0, 4, "Saue", "gazetteer")])
    assert [(m.text, m.source) for m in kept] == [("Saue", "gazetteer")]
    # A longer name with capitals of its own stays whole: "Bad Nauheim" is not "Nauheim".
    kept = settle_overlaps([Mention("place", 0, 11, "Bad Nauheim", "embedded:de"),
                            Mention("place", 4, 11, "Nauheim", "gazetteer")])
    assert [m.text for m in kept] == ["Bad Nauheim"]


def test_a_model_person_holding_an_organisation_cue_is_an_organisation():
    text = "Gæsterne besøgte Erhvervsakademi Lillebælt og talte med Anne Holm."
    doc = Doc(text, "da", load_profile("da"))
    assert person_or_organisation(doc, _span(text, "Erhvervsakademi Lillebælt", "PER")).label == "ORG"
    assert person_or_organisation(doc, _span(text, "Anne Holm", "PER")).label == "PER"
    norwegian = "Ordføreren viste gjestene rundt på Egge Museum."
    doc = Doc(norwegian, "nb", load_profile("nb"))
    assert person_or_organisation(doc, _span(norwegian, "Egge Museum", "PER")).label == "ORG"


def test_a_model_person_that_is_a_town_of_several_words_in_a_case_form_is_dropped():
    text = "Valtuuskuntaa johti Zielona Góran varapormestari Dorota Kuriata."
    doc = Doc(text, "fi", load_profile("fi"))
    assert not _plausible_model_span(doc, _span(text, "Zielona Góran", "PER"), [])
    assert _plausible_model_span(doc, _span(text, "Dorota Kuriata", "PER"), [])


def test_a_model_place_that_is_two_towns_is_the_two():
    # "ystävyyskaupunki Schwedtissä Brandenburgissa" (in the twin town Schwedt in Brandenburg): one model span.
    kept = settle_overlaps([Mention("place", 0, 27, "Schwedtissä Brandenburgissa", "embedded:fi"),
                            Mention("place", 0, 11, "Schwedtissä", "gazetteer"),
                            Mention("place", 12, 27, "Brandenburgissa", "gazetteer")])
    assert [m.text for m in kept] == ["Schwedtissä", "Brandenburgissa"]


def test_a_model_span_of_words_for_people_is_no_organisation():
    text = "Elf Schülerinnen und drei Gäste kamen zur Stadtverwaltung Gniezno."
    doc = Doc(text, "de", load_profile("de"))
    assert not _plausible_model_span(doc, _span(text, "Schülerinnen"), [])
    assert not _plausible_model_span(doc, _span(text, "Gäste"), [])
    assert _plausible_model_span(doc, _span(text, "Stadtverwaltung Gniezno"), [])


def test_a_model_span_loses_the_preposition_it_ran_on_into():
    text = "Schüler des Liceum Ogólnokształcące aus Gniezno kamen nach Verden."
    doc = Doc(text, "de", load_profile("de"))
    trimmed = without_closing_preposition(doc, _span(text, "Liceum Ogólnokształcące aus"))
    assert doc.text[trimmed.start : trimmed.end] == "Liceum Ogólnokształcące"
    # A preposition inside a name stays: only the last word is looked at.
    whole = without_closing_preposition(doc, _span(text, "Liceum Ogólnokształcące aus Gniezno"))
    assert doc.text[whole.start : whole.end] == "Liceum Ogólnokształcące aus Gniezno"


@pytest.mark.parametrize("backend", ["rules", "embedded"])
def test_a_lower_case_word_before_a_towns_genitive_opens_no_name(backend):
    # "there they met Gdańsk's mayor again": "de" (they) is no first name, "Gdańsks" is the town.
    result = analyse("Besøk fra Gdańsk\n\nDagen etter reiste gjestene til Voss, og der møtte de Gdańsks ordfører "
                     "Aleksandra Dulkiewicz på nytt.", "nb", settings=replace(SETTINGS, ner_default=backend))
    assert "Aleksandra Dulkiewicz" in values(result, "person")
    assert not any(v.lower().startswith("de ") for v in values(result, "person")), values(result, "person")
    assert values(result, "city").count("Gdańsk") == 2, values(result, "city")


@pytest.mark.parametrize(("backend", "layer"), [("rules", "lead"), ("embedded", "lead"), ("embedded", "fill")])
def test_a_surname_that_an_ending_would_make_a_far_village_stays_in_the_name(backend, layer):
    # "Persen" with its -en undone is Percé in Canada: no European town, so no place beside a person; where the
    # model leads and ends the name early, the rule layer's longer name from the same first name stands.
    result = analyse("Besøk i Bergen\n\nOrdfører Marte Mjøs Persen tok imot en delegasjon fra Gdańsk i Bergen.", "nb",
                     settings=replace(SETTINGS, ner_default=backend, rules_layer=layer))
    assert "Marte Mjøs Persen" in values(result, "person"), values(result, "person")


@pytest.mark.parametrize(("language", "text", "people"), [
    ("pl", "Dni miasta\n\nNa Dniach Kalisza wystąpił Jan Nowak.", ["Jan Nowak"]),
    ("nb", "Besøk\n\nDa Sverre Murud kom til Bergen, var det regn.", ["Sverre Murud"]),
    ("et", "Külaskäik\n\nKui Harry Põder saabus Tartusse, sadas vihma.", ["Harry Põder"]),
])
def test_a_word_opening_the_sentence_is_no_first_name_where_it_is_a_preposition_or_conjunction(language, text, people):
    assert values(analyse(text, language), "person") == people
