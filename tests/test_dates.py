"""Date grammar: single dates and ranges in every language we claim, written for these tests."""

import pytest

from pipeline.extract.dates import find_dates
from pipeline.extract.doc import Doc
from pipeline.langdata import load_profile


def parts(text, language):
    doc = Doc(text, language, load_profile(language))
    return [(m.text, m.date.day, m.date.month, m.date.year, m.date.end_day, m.date.end_month, m.date.end_year)
            for m in find_dates(doc)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("lv", "No 2. līdz 5. decembrim grupa bija Zviedrijā.", ("2. līdz 5. decembrim", 2, 12, None, 5, 12, None)),
        ("et", "Rühm viibis Pärnus 8.–11. novembrini 2022.", ("8.–11. novembrini 2022", 8, 11, 2022, 11, 11, 2022)),
        ("lv", "Novadu viesi apmeklēja 22.martā.", ("22.martā", 22, 3, None, None, None, None)),
        ("lv", "Grupa viesojās 2024. gada 3.–5. maijā Cēsīs.", ("2024. gada 3.–5. maijā", 3, 5, 2024, 5, 5, 2024)),
        ("lt", "Vizitas vyko 2023 m. gegužės 8–11 d. Biržuose.", ("2023 m. gegužės 8–11 d.", 8, 5, 2023, 11, 5, 2023)),
        # Two days joined by "and" are a two-day span.
        ("lv", "Grupa viesojās 2023. gada 12. un 13. septembrī.", ("2023. gada 12. un 13. septembrī", 12, 9, 2023, 13, 9, 2023)),
        ("lv", "Grupa viesojās no 2023. gada 3. jūnija līdz 5. jūnijam.", ("2023. gada 3. jūnija līdz 5. jūnijam", 3, 6, 2023, 5, 6, 2023)),
        ("lt", "Svečiai lankėsi rugsėjo 12 ir 13 dienomis.", ("rugsėjo 12 ir 13 dienomis", 12, 9, None, 13, 9, None)),
        ("da", "Fra den 2. til den 4. oktober 2023 havde byen gæster.",
         ("2. til den 4. oktober 2023", 2, 10, 2023, 4, 10, 2023)),
        ("sv", "Från den 2 till den 4 oktober var gruppen i Visby.", ("2 till den 4 oktober", 2, 10, None, 4, 10, None)),
        ("de", "Vom 3. bis zum 5. Mai 2022 war die Gruppe in Kiel.", ("3. bis zum 5. Mai 2022", 3, 5, 2022, 5, 5, 2022)),
        # Numeric ranges with the language's word for "to"; "sept"; Estonian from-until cases with no word between
        ("de", "Besuch vom 30.9. bis 2.10.2024 in Kiel.", ("30.9. bis 2.10.2024", 30, 9, 2024, 2, 10, 2024)),
        ("sv", "Resan ägde rum 30 sept–2 okt 2024.", ("30 sept–2 okt 2024", 30, 9, 2024, 2, 10, 2024)),
        ("et", "Visiit toimus 30. septembrist 2. oktoobrini 2024.",
         ("30. septembrist 2. oktoobrini 2024", 30, 9, 2024, 2, 10, 2024)),
        ("lv", "Līgums parakstīts 2019. gada 5. decembrī Rīgā.", ("2019. gada 5. decembrī", 5, 12, 2019, None, None, None)),
        ("pl", "W dniach 3-9 listopada 2019 roku goście byli w Lublinie.",
         ("3-9 listopada 2019 roku", 3, 11, 2019, 9, 11, 2019)),
        ("pl", "Spotkanie odbędzie się w piątek, 13 kwietnia.", ("piątek, 13 kwietnia", 13, 4, None, None, None, None)),
        ("sv", "Gruppen kommer den 15-17 oktober till Båstad.", ("15-17 oktober", 15, 10, None, 17, 10, None)),
        ("da", "Besøget foregik den 29. september – 2. oktober 2016.",
         ("29. september – 2. oktober 2016", 29, 9, 2016, 2, 10, 2016)),
        ("da", "Gæsterne kommer til byen 7.-11. juni.", ("7.-11. juni", 7, 6, None, 11, 6, None)),
        ("nb", "Jeg var i Polen fra 7 – 22. september 2010.", ("7 – 22. september 2010", 7, 9, 2010, 22, 9, 2010)),
        ("en", "We hosted them on June 12-15, 2023 in the town hall.", ("June 12-15, 2023", 12, 6, 2023, 15, 6, 2023)),
        ("en", "The camp ran 29 august-1 september 2013 near the lake.",
         ("29 august-1 september 2013", 29, 8, 2013, 1, 9, 2013)),
        ("en", "Meetings on May 29, 2018 and May 30, 2018 took place.",
         ("May 29, 2018 and May 30, 2018", 29, 5, 2018, 30, 5, 2018)),
        ("fi", "Opintomatka 25.–27.3.2015 suuntautui Tukholmaan.", ("25.–27.3.2015", 25, 3, 2015, 27, 3, 2015)),
        ("fi", "Seminaari pidettiin 14.04.2015 Helsingissä.", ("14.04.2015", 14, 4, 2015, None, None, None)),
        ("et", "19. mail külastasid naabrid valda.", ("19. mail", 19, 5, None, None, None, None)),
        ("lt", "Balandžio 30–gegužės 2 dienomis delegacija lankėsi Čekijoje.",
         ("Balandžio 30–gegužės 2 dienomis", 30, 4, None, 2, 5, None)),
        ("lt", "Svečiai atvyko 10-13 rugsėjo į Plungę.", ("10-13 rugsėjo", 10, 9, None, 13, 9, None)),
        ("lt", "Sutartis pasirašyta 2019 m. gruodžio 5 d. Vilniuje.", ("2019 m. gruodžio 5 d.", 5, 12, 2019, None, None, None)),
        ("de", "Der Bürgermeister empfing die Gäste am Freitag, dem 12. September, im Rathaus.",
         ("Freitag, dem 12. September", 12, 9, None, None, None, None)),
        ("de", "Bereits im November 2016 waren die Gäste in Schwerte.", ("November 2016", None, 11, 2016, None, None, None)),
        ("uk", "Візит тривав з 3 по 6 вересня у Польщі.", ("3 по 6 вересня", 3, 9, None, 6, 9, None)),
        ("nl", "Van 23 tot en met 28 april bezoekt de delegatie Heiloo.", ("23 tot en met 28 april", 23, 4, None, 28, 4, None)),
        ("cs", "Ve dnech 12. až 14. června 2024 navštívila Liberec delegace.", ("12. až 14. června 2024", 12, 6, 2024, 14, 6, 2024)),
        ("cs", "Od 3. do 5. dubna byli hosté v Táboře.", ("3. do 5. dubna", 3, 4, None, 5, 4, None)),
        ("sk", "V dňoch 5. až 7. júna 2024 navštívila Trenčín delegácia.", ("5. až 7. júna 2024", 5, 6, 2024, 7, 6, 2024)),
        ("en", "Published 2019-11-03 by the city.", ("2019-11-03", 3, 11, 2019, None, None, None)),
        # an ordinal day and "of" before the month; a year first, then a range across two months
        ("en", "They visited Riga on 3rd and 4th of May 2024.", ("3rd and 4th of May 2024", 3, 5, 2024, 4, 5, 2024)),
        ("lt", "Delegacija lankėsi Kaune 2024 m. balandžio 30 d. – gegužės 2 d.",
         ("2024 m. balandžio 30 d. – gegužės 2 d.", 30, 4, 2024, 2, 5, 2024)),
    ],
)
def test_dates_and_ranges(language, text, expected):
    assert expected in parts(text, language)


def test_programme_periods_are_two_years_not_a_range():
    found = parts("Programma 2014.–2020.gadam finansē projektu LLI-341.", "lv")
    assert [(t, y) for t, _d, _m, y, *_ in found] == [("2014", 2014), ("2020", 2020)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pl", "Nie wiem, czy się 5 razy spotkali, ale nie 3 razy."),  # "się" is not August ("sie.")
        ("pl", "Oni mają 5 maja? Nie: oni mają 5 kotów."),  # "mają" is not "maja"; only "5 maja" is a date
        ("lv", "Projekts LLI-341 un tālrunis +371 65476882, 24 000 iedzīvotāju."),
        ("sv", "Kommunen har 24 000 invånare och 3 400 anställda."),
    ],
)
def test_ordinary_words_and_numbers_are_not_dates(language, text):
    found = parts(text, language)
    assert all(t == "5 maja" for t, *_ in found)


def test_a_day_and_month_in_figures_count_only_after_a_weekday():
    assert parts("Vieraat saapuivat tiistaina 3.9. Poriin.", "fi") == [("tiistaina 3.9", 3, 9, None, None, None, None)]
    assert parts("Kasvu oli 3.9. prosenttia.", "fi") == []


@pytest.mark.parametrize(
    ("language", "text", "weekday"),
    [
        ("sv", "I tisdags, den 14 mars, kom gruppen till Lund.", 1),
        ("sv", "Tisdagen den 14 mars kom gruppen till Lund.", 1),
        ("da", "I tirsdags, den 14. marts, kom gruppen til Odense.", 1),
        ("nb", "Gruppen kom tirsdagen 14. mars til Bodø.", 1),
        ("et", "Külalised saabusid teisipäeval, 14. märtsil Tartusse.", 1),
        ("lv", "Viesi ieradās otrdien, 14. martā.", 1),
        ("lt", "Svečiai atvyko antradienį, kovo 14 d.", 1),
    ],
)
def test_weekdays_in_the_forms_cldr_lacks_date_the_day(language, text, weekday):
    found = find_dates(Doc(text, language, load_profile(language)))
    assert len(found) == 1 and found[0].date.weekday == weekday and (found[0].date.day, found[0].date.month) == (14, 3)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Fra torsdag den 5. til søndag den 8. september 2024 havde kommunen besøg."),
        ("de", "Von Donnerstag, 5. bis Sonntag, 8. September 2024 waren die Gäste in Hagen."),
        ("sv", "Från torsdag den 5 till söndag den 8 september 2024 var gruppen i Lund."),
        ("pl", "Od czwartku 5 do niedzieli 8 września 2024 r. goście byli w Płocku."),
        ("en", "From Thursday 5 to Sunday 8 September 2024 the guests stayed in Tartu."),
    ],
)
def test_a_range_may_name_the_weekday_of_either_end(language, text):
    assert [p[1:] for p in parts(text, language)] == [(5, 9, 2024, 8, 9, 2024)]
