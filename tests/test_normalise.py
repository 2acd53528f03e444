import datetime as dt

import pytest

from pipeline.langdata import load_profile
from pipeline.names import organisation_name, person_name, same_person
from pipeline.normalise import DateContext, _merge_people, format_date, resolve_currency, resolve_date
from pipeline.records import DateParts, Entity
from tests.conftest import analyse, values

TODAY = dt.date(2026, 11, 23)


def test_reduced_precision_formats():
    assert format_date(2019, 11, 3) == "2019-11-03"
    assert format_date(2019, 11, None) == "2019-11"
    assert format_date(2019, None, None) == "2019"
    assert format_date(None, 12, 2) == "--12-02"


def test_year_comes_from_the_nearest_dated_mention_then_published_then_weekday():
    in_text = DateContext(anchors=[(0, dt.date(2014, 9, 15))], published=None, today=TODAY)
    assert resolve_date(DateParts(12, 9, None), 40, in_text) == ("2014-09-12", "")
    # Read in January, "28 December" is last year's.
    published = DateContext(anchors=[], published=dt.date(2023, 1, 10), today=TODAY)
    assert resolve_date(DateParts(28, 12, None), 0, published) == ("2022-12-28", "")
    # Friday 13 April: the latest such year up to next year is 2018.
    weekday = DateContext(anchors=[], published=None, today=TODAY)
    assert resolve_date(DateParts(13, 4, None, weekday=4), 0, weekday) == ("2018-04-13", "")
    nothing = DateContext(anchors=[], published=None, today=TODAY)
    assert resolve_date(DateParts(2, 12, None, end_day=5, end_month=12), 0, nothing) == ("--12-02", "--12-05")


def test_a_range_across_new_year_gets_two_years():
    context = DateContext(anchors=[], published=dt.date(2017, 1, 5), today=TODAY)
    value, end_value = resolve_date(DateParts(28, 12, None, end_day=3, end_month=1), 0, context)
    assert (value, end_value) == ("2016-12-28", "2017-01-03")


@pytest.mark.parametrize(
    ("currency", "language", "countries", "expected"),
    [("kr", "sv", set(), "SEK"), ("kr", "da", set(), "DKK"), ("kr", "nb", set(), "NOK"),
     ("kr", "en", {"DK", "DE"}, "DKK"), ("EUR", "pl", set(), "EUR")],
)
def test_which_crown(currency, language, countries, expected):
    assert resolve_currency(currency, language, countries) == expected


@pytest.mark.parametrize(
    ("language", "written", "canonical"),
    [
        ("pl", "Miejskiego Ośrodka Pomocy Rodzinie w Gdańsku", "Miejski Ośrodek Pomocy Rodzinie w Gdańsku"),
        ("pl", "Czernihowskiej Obwodowej Administracji Państwowej", "Czernihowska Obwodowa Administracja Państwowa"),
        ("pl", "Asocjacji Połączonych Terytorialnych Hromad", "Asocjacja Połączonych Terytorialnych Hromad"),
        ("pl", "Miejskiej Bibliotece Publicznej", "Miejska Biblioteka Publiczna"),
        ("pl", "Gminnym Ośrodku Kultury i Sportu w Kuźnicy", "Gminny Ośrodek Kultury i Sportu w Kuźnicy"),
        ("pl", "Ministerstwa Spraw Wewnętrznych", "Ministerstwo Spraw Wewnętrznych"),  # sg:gen, not pl:nom
        ("pl", "Lasów Państwowych", "Lasy Państwowe"),  # a plural name: the adjective agrees in the plural
        ("pl", "gminie Stavanger", "gmina Stavanger"),  # the cue's lemma, not the rare noun "gmin"
        # Lithuanian definite adjectives agree with the head in every case
        ("lt", "Vilkaviškio r. savivaldybės viešojoje bibliotekoje", "Vilkaviškio r. savivaldybės viešoji biblioteka"),
        ("lt", "Vilniaus miesto savivaldybės viešąją biblioteką", "Vilniaus miesto savivaldybės viešoji biblioteka"),
        ("lt", "Lietuvos nacionaliniame muziejuje", "Lietuvos nacionalinis muziejus"),
        # Czech: the head comes first; the adjectives before it agree with it, the genitives after it stay
        ("cs", "Městského úřadu Tábor", "Městský úřad Tábor"), ("cs", "Městské knihovně v Táboře", "Městská knihovna v Táboře"),
        ("cs", "Národního muzea", "Národní muzeum"), ("cs", "Magistrátu města Liberce", "Magistrát města Liberce"),
        ("sk", "Mestského úradu Levice", "Mestský úrad Levice"), ("sk", "Mestskej knižnici", "Mestská knižnica"),
        ("uk", "Тульчинської міської територіальної громади", "Тульчинська міська територіальна громада"),  # adjectives agree
        ("uk", "Луцької міської ради", "Луцька міська рада"),  # a head simplemma misses, listed by hand
        ("lv", "Latgales Speciālās ekonomiskās zonas", "Latgales Speciālā ekonomiskā zona"),  # definite adjectives
        ("lt", "Lietuvos nacionalinio muziejaus", "Lietuvos nacionalinis muziejus"),  # adjectives agree
        ("lt", "Vilkaviškio socialinių paslaugų centro", "Vilkaviškio socialinių paslaugų centras"),  # genitives stay
        ("lv", "Valsts reģionālās attīstības aģentūrā", "Valsts reģionālās attīstības aģentūra"),  # a genitive noun stops them
        ("lv", "Daugavpils novada pašvaldībā", "Daugavpils novada pašvaldība"),
        ("lt", "Vilkaviškio rajono savivaldybėje", "Vilkaviškio rajono savivaldybė"),
        ("sv", "Båstads kommuns", "Båstads kommun"),
        ("nb", "Tromsø kommunes", "Tromsø kommune"),
        ("da", "Hjørring Kommunes", "Hjørring Kommune"),
        ("sv", "EU-kommissionens", "EU-kommissionen"),  # the head of a compound is its last part
        ("sv", "Europeiska kommissionen", "Europeiska kommissionen"),  # a definite ending is part of the name
        ("nb", "Bodø kommune", "Bodø kommune"),
        ("de", "Arbeitskreises Partnerschaft", "Arbeitskreis Partnerschaft"),  # the genitive of a head-first name
        ("de", "Lindauer Stadtrats", "Lindauer Stadtrat"),
        ("de", "Rathaus", "Rathaus"),
        ("da", "Fredensborg Kommunes Venskabsbykomite", "Fredensborg Kommunes Venskabsbykomite"),  # not the head
        ("lv", "biedrības Eiroreģions „Ezeru zeme”", "biedrības Eiroreģions Ezeru zeme"),
        ("et", "Eesti Rahva Muuseumiga", "Eesti Rahva Muuseum"),  # the comitative of the head noun
        ("et", "Pärnu Muusikaakadeemiat", "Pärnu Muusikaakadeemia"),  # a closed compound's head noun
        ("et", "Tartu Ülikooli Kliinikumis", "Tartu Ülikooli Kliinikum"),
        ("en", "Department of Social Services", "Department of Social Services"),  # no case: a plural as named
        # a quoted name after the head noun stays as written; the head before it takes the nominative
        ("lv", "Talsu novada jauniešu centra „Mežaparks”", "Talsu novada jauniešu centrs Mežaparks"),
        ("lv", "biedrības „Zaļā josta”", "biedrība Zaļā josta"), ("lt", "UAB „Kauno vandenys“", "UAB Kauno vandenys"),
        ("uk", "громадської організації «Світанок»", "громадська організація Світанок"),
        ("fi", "Suomen Kuntaliiton", "Suomen Kuntaliitto"),
        ("fi", "Kajaanin vapaaehtoisen palokunnan", "Kajaanin vapaaehtoinen palokunta"),
        ("fi", "Turun kansainvälisen koulun", "Turun kansainvälinen koulu"),
        ("lv", "Liepājas Speciālo ekonomisko zonu", "Liepājas Speciālā ekonomiskā zona"),  # a head simplemma misses
        ("et", "Riia linnavolikogu", "Riia linnavolikogu"),
        ("lv", "Ventspils Tehnikuma", "Ventspils Tehnikums"), ("lv", "Jelgavas Valsts ģimnāzijā", "Jelgavas Valsts ģimnāzija"),
        ("lv", "Ščecinas Tehnisko skolu kompleksa", "Ščecinas Tehnisko skolu komplekss"),  # genitive plurals stay
        # German adjectives before a feminine head: "-en" in every case but the nominative's "-e"
        ("de", "Evangelischen Hochschule Dresden", "Evangelische Hochschule Dresden"),
        ("de", "Freiwilligen Feuerwehr Lindau", "Freiwillige Feuerwehr Lindau"),
        ("de", "Vereinten Nationen", "Vereinten Nationen"),  # no feminine head: as written
    ],
)
def test_organisation_names_back_in_the_nominative(language, written, canonical):
    assert organisation_name(written, load_profile(language)) == canonical


@pytest.mark.parametrize(
    ("language", "written", "canonical"),
    [
        # Polish: surnames agree with the first name's case and gender (Morfeusz)
        ("pl", "Tomasza Sadowskiego", "Tomasz Sadowski"), ("pl", "Annę Kowalską", "Anna Kowalska"),
        ("pl", "Piotrem Wiśniewskim", "Piotr Wiśniewski"), ("pl", "Katarzyny Lewandowskiej", "Katarzyna Lewandowska"),
        ("pl", "Marka Nowaka", "Marek Nowak"),
        ("pl", "Mirosław Karolczuk", "Mirosław Karolczuk"),  # the man's name, not the genitive plural of Mirosława
        ("pl", "Stanisław Lem", "Stanisław Lem"),
        # a foreign surname Morfeusz does not know loses the first name's ending
        ("pl", "Povilasem Žagunisem", "Povilas Žagunis"), ("pl", "Tomasza Gustafssona", "Tomasz Gustafsson"),
        # Ukrainian: first names and surnames by the case endings uk.toml lists
        ("uk", "Олександром Петренком", "Олександр Петренко"), ("uk", "Анною Ковальською", "Анна Ковальська"),
        ("uk", "Андрія Садового", "Андрій Садовий"), ("uk", "Тарасом Шевченком", "Тарас Шевченко"),
        ("uk", "Олександра Петренко", "Олександра Петренко"),  # a woman's name in the nominative stays as written
        ("uk", "Сергій Сухомлин", "Сергій Сухомлин"),
        ("uk", "Юрієм Безпятком", "Юрій Безпятко"), ("uk", "Віталія Кличка", "Віталій Кличко"),  # -ко after a consonant
        ("uk", "Олегом Гнатюком", "Олег Гнатюк"),  # -к after ю is the stem's
        ("uk", "Сергієм Моргуновим", "Сергій Моргунов"), ("cs", "Jaroslavem Zámečníkem", "Jaroslav Zámečník"), ("sk", "Lajosom Porgányim", "Lajos Porgányi"), ("uk", "Іваном Бабіним", "Іван Бабін"),  # no adjectives
        # Lithuanian: surnames follow an inflected first name by the endings lt.toml lists
        ("lt", "Jono Petraičio", "Jonas Petraitis"), ("lt", "Rasos Kazlauskienės", "Rasa Kazlauskienė"),
        ("lt", "Vytautą Grubliauską", "Vytautas Grubliauskas"), ("lt", "Ingai Ruginienei", "Inga Ruginienė"),
        ("lt", "Mindaugą Sinkevičių", "Mindaugas Sinkevičius"), ("lt", "Rasa Kazlauskienė", "Rasa Kazlauskienė"),
        ("lt", "Valdas Benkunskas", "Valdas Benkunskas"),  # a man's name as written, not the woman's Valda
        ("lt", "Valerijaus Makūno", "Valerijus Makūnas"),  # not the woman's Valerija simplemma makes of it
        ("lt", "Vilmos Kazlauskienės", "Vilma Kazlauskienė"),  # not the Hungarian man's name "Vilmos"
        ("lt", "Jūratę Petraitienę", "Jūratė Petraitienė"), ("lt", "Kęstučio Petraičio", "Kęstutis Petraitis"),
        ("lt", "Marco Schröder", "Marco Schröder"),  # a foreign name, written as at home, stays
        # Estonian: a first name the lemmatiser would cut to a shorter one ("Kale") stays whole
        ("et", "Kalervo Kummola", "Kalervo Kummola"),
        # Finnish and Estonian: only the last word takes the case ending (Voikko's surnames; et.toml's endings)
        ("fi", "Timo Koiviston", "Timo Koivisto"), ("fi", "Sanna Marinille", "Sanna Marin"),
        ("fi", "Anna-Maija Virtasen", "Anna-Maija Virtanen"), ("fi", "Anders Jensen", "Anders Jensen"),
        ("fi", "Kari Sjöholmin", "Kari Sjöholm"),  # Voikko marks a compound's seam: "Sjö=holm"
        ("et", "Kersti Kaljulaidiga", "Kersti Kaljulaid"), ("et", "Urmas Klaasi", "Urmas Klaas"),
        ("et", "Kalervo Kummolale", "Kalervo Kummola"), ("et", "Jānis Baiks", "Jānis Baiks"),
        ("et", "Toomas Tammiku", "Toomas Tammik"), ("et", "Kalju Saku", "Kalju Saku"),  # a genitive in -u; a name in -u
        ("et", "Oskari Auvinen", "Oskari Auvinen"),  # a first name before a surname is as written, not Oskar's genitive
        # Latvian: a man's and a woman's surname decline apart; the first name says which
        ("lv", "Gintu Kaminski", "Gints Kaminskis"), ("lv", "Jāni Kalniņu", "Jānis Kalniņš"),
        ("lv", "Ilzi Kalniņu", "Ilze Kalniņa"), ("lv", "Ingai Liepiņai", "Inga Liepiņa"),
        ("lv", "Kārlim Ozolam", "Kārlis Ozols"), ("lv", "Jāņa Baika", "Jānis Baiks"),
        ("lv", "Ilze Kalniņa", "Ilze Kalniņa"), ("lv", "Gints Kaminskis", "Gints Kaminskis"),
        # Lithuanian: a foreign first name before a foreign surname is as written ("Kari", not "Karis")
        ("lt", "Kari Nilsen", "Kari Nilsen"), ("lt", "Ulriko Wilbeko", "Ulrik Wilbekas"),
        # A case ending after an apostrophe is no part of the name; an apostrophe inside one is
        ("et", "Mari Kask’iga", "Mari Kask"), ("et", "Keira Knightley'ga", "Keira Knightley"),
        ("fi", "John Smith'n", "John Smith"), ("pl", "Jacques’a Delorsa", "Jacques Delorsa"),
        ("en", "Conor O’Brien", "Conor O’Brien"), ("en", "‘Anna Berg’", "Anna Berg"),
        ("en", "Seán O'Neill", "Seán O'Neill"),
    ],
)
def test_names_in_a_case_form_back_in_the_nominative(language, written, canonical):
    assert person_name(written, load_profile(language)) == canonical


def test_person_names():
    assert person_name("Joannę Pęcak-Rajca", load_profile("pl")) == "Joanna Pęcak-Rajca"
    assert person_name("Edytą Podmokły", load_profile("pl")) == "Edyta Podmokły"
    assert same_person("Martino Henčo", "Martin Henč")
    assert same_person("Wendys", "Wendy Absillis")
    assert not same_person("Erik", "Jessica Arvidsson")


def test_short_mentions_take_the_full_name():
    result = analyse(
        "Wendy Absillis från Mechelen besökte Östersund. Wendys kollegor i Belgien var nyfikna.", "sv"
    )
    assert set(values(result, "person")) == {"Wendy Absillis"}


def test_every_city_row_carries_its_geonames_record():
    result = analyse("Delegacja z Norwegii z Aalesund odwiedziła Gdańsk i Lublin.", "pl")
    cities = [e for e in result.entities if e.type == "city"]
    assert {e.value for e in cities} >= {"Ålesund", "Gdańsk", "Lublin"}
    for e in cities:
        assert e.geonameid and e.country_code and e.latitude and e.longitude


def test_mentions_of_one_person_take_the_name_the_article_uses_first():
    # The nominative comes first; its inflected form later ("lydimos mero Martino Henčo") takes it, and
    # the first mention keeps it rather than trading it for the inflected one.
    people = [Entity("t", "person", text, start, start + len(text), value=text)
              for text, start in (("Martin Henč", 10), ("Martino Henčo", 80), ("Henčo", 120))]
    _merge_people(people)
    assert [e.value for e in people] == ["Martin Henč", "Martin Henč", "Martin Henč"]


@pytest.mark.parametrize(
    ("language", "text", "not_a_town"),
    [
        # a German noun that is also a small foreign village's name, in an article that never names its country
        ("de", "Die Reise wurde aus dem Fonds des Landes Hessen bezahlt. Gäste aus Kraków besuchten Fulda.", "Landes"),
        ("de", "Die Gruppe besichtigte die Abtei und die Altstadt von Fulda.", "Abtei"),
        # ... even after a preposition, where the country is named: "in Höhe von" (amounting to)
        ("de", "Die Delegation reist nach Polen. Kosten in Höhe von 900 Euro trägt der Verein.", "Höhe"),
    ],
)
def test_a_german_noun_is_no_foreign_village(language, text, not_a_town):
    assert not [e for e in analyse(text, language).entities if e.type == "city" and e.text == not_a_town]


def test_a_finnish_town_before_a_word_for_town_and_in_the_illative():
    # "Pärnun kaupungin" (of the town of Pärnu) opens the sentence; "Pärnuun" doubles the stem's vowel
    text = ("Vierailu\n\nPärnun kaupungin museon väki vieraili Kotkassa. Vastavierailu Pärnuun tehdään keväällä.")
    cities = [(e.text, e.value) for e in analyse(text, "fi").entities if e.type == "city"]
    assert ("Pärnun", "Pärnu") in cities and ("Pärnuun", "Pärnu") in cities


def test_a_country_opening_the_next_sentence_says_nothing_of_where_a_town_is():
    # Title "Polish guests in Tartu", then "A Polish delegation ...": no "Tartu, Poland" across the break.
    result = analyse("Polish guests in Tartu\n\nA Polish delegation of five councillors visited Tartu on 3 May 2024.",
                     "en")
    assert [e.value for e in result.entities if e.type == "city"] == ["Tartu", "Tartu"]
    assert all(e.country_code == "EE" for e in result.entities if e.type == "city")


def test_a_town_written_as_its_own_name_beats_towns_that_have_it_as_another_name():
    # "Verden" is Verden's own name, and an old or foreign name of the larger Woerden and Verdun.
    result = analyse("Uczniowie z Verden\n\nUczniowie z Verden odwiedzili Kalisz.", "pl")
    assert [(e.value, e.country_code) for e in result.entities if e.type == "city"] == [
        ("Verden", "DE"), ("Verden", "DE"), ("Kalisz", "PL")]
