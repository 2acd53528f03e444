"""Visits assembled from short articles written for these tests."""

import pytest

from tests.conftest import analyse

ARTICLES = [
    ("sv", "Båstads kommun tar emot studiebesök från Litauen\n\nEn grupp på åtta personer från Elektrėnai i Litauen "
           "är på studiebesök under två dagar i Båstad.", {"SE"}, {"Båstad"}, {"LT"}, {"Elektrėnai"}, None, 2, 8),
    ("pl", "Goście z Norwegii z wizytą w Gdańsku\n\n27 pracowników z Aalesund odwiedziło Gdańsk w dniach 3-5 "
           "listopada 2019 roku.", {"PL"}, {"Gdańsk"}, {"NO"}, {"Ålesund"}, "2019-11-03", 3, 27),
    ("lv", "Mācību vizīte Zviedrijā\n\nNo 2. līdz 5. decembrim pašvaldību darbinieki no Latvijas bija mācību vizītē "
           "Borlängē, Zviedrijā.", {"SE"}, set(), {"LV"}, set(), "--12-02", 4, None),
    ("de", "Besuch aus Bad Kissingen\n\nEisenstadt hatte am Freitag, dem 12. September 2014, Besuch aus der "
           "Partnerstadt Bad Kissingen.", {"AT"}, {"Eisenstadt"}, {"DE"}, {"Bad Kissingen"}, "2014-09-12", 1, None),
    ("en", "Visit of guests from Elverum\n\nOn June 12-15, 2023, we hosted a six-person delegation from Elverum "
           "(Norway) in Złotów, Poland.", {"PL"}, {"Złotów"}, {"NO"}, {"Elverum"}, "2023-06-12", 4, 6),
    ("lt", "Svečiai iš Vokietijos\n\nVilkaviškyje vieši svečiai iš Vokietijos, Ahaus miesto delegacija.",
     {"LT"}, {"Vilkaviskis"}, {"DE"}, {"Ahaus"}, None, None, None),
    ("da", "Besøg fra Paide\n\nEn delegation fra Paide i Estland besøgte Fredensborg 7.-11. juni 2016.",
     {"DK"}, {"Fredensborg"}, {"EE"}, {"Paide"}, "2016-06-07", 5, None),
    ("uk", "Візит до Польщі\n\nДелегація з України відвідала польське місто Плонськ з 3 по 6 вересня 2024 року.",
     {"PL"}, {"Płońsk"}, {"UA"}, set(), "2024-09-03", 4, None),
]


@pytest.mark.parametrize(("language", "text", "host_c", "host_cities", "vis_c", "vis_cities", "start", "days", "people"),
                         ARTICLES, ids=[a[0] for a in ARTICLES])
def test_one_visit_with_both_sides(language, text, host_c, host_cities, vis_c, vis_cities, start, days, people):
    result = analyse(text, language)
    assert len(result.visits) == 1
    visit = result.visits[0]
    assert host_c <= set(visit.host.countries), visit
    assert host_cities <= set(visit.host.cities), visit
    assert vis_c <= set(visit.visitor.countries), visit
    assert vis_cities <= set(visit.visitor.cities), visit
    if start:
        assert visit.start_date == start
    if days:
        assert visit.duration_days == days
    if people:
        assert visit.participants == people
    assert visit.evidence
    roles = {e.role for e in result.entities if e.visit_id == visit.visit_id}
    assert roles <= {"host", "visitor"} and roles


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "Kommunen bygger ny skola\n\nBygget av den nya skolan i Båstad börjar i maj och kostar 130 000 kronor."),
        ("pl", "Remont drogi w Gdańsku\n\nPrace na ulicy potrwają do końca listopada 2019 roku."),
        ("en", "Council approves budget\n\nThe council in Riga approved the budget of €2.5 million on Monday."),
    ],
)
def test_an_article_without_a_visit_has_no_visit_row(language, text):
    assert analyse(text, language).visits == []


def test_funding_is_attached():
    result = analyse("Wizyta studyjna w Gori\n\nDelegacja z Kuźnicy odwiedziła Gori w Gruzji. Projekt "
                     "współfinansowany w wysokości 25 000,00 zł.", "pl")
    visit = result.visits[0]
    assert (visit.funding_amount, visit.funding_currency) == (25000.0, "PLN")
