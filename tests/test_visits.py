"""Visits assembled from short articles written for these tests."""

import pytest

from tests.conftest import analyse, values

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
        # Verbs of receiving that also mean adopting, with no guests anywhere: a council session.
        ("pl", "Sesja Rady Miejskiej w Kórniku\n\nNa sesji 12 marca 2024 r. radni Rady Miejskiej w Kórniku przyjęli "
               "budżet na kolejny rok."),
        ("lt", "Taryba patvirtino biudžetą\n\nVasario 22 d. Kretingos rajono savivaldybės taryba priėmė sprendimą dėl "
               "biudžeto."),
        # A crowd counted is a visitor record, not a visit.
        ("en", "Museum breaks record\n\nThe Town Museum in Tartu welcomed 45,000 visitors in 2023, more than ever."),
        ("pl", "Rekord w muzeum\n\nW 2023 roku Muzeum Regionalne w Kórniku odwiedziło ponad 30 tysięcy osób."),
        ("pl", "Sezon w Ustce\n\nW lipcu Ustkę odwiedziło 150 tysięcy turystów, w tym wielu gości z Czech i Niemiec."),
        ("en", "Busy summer\n\nOver 80,000 tourists, many of them from Germany and Poland, visited Galway in July."),
        # A verb of visiting with no one who visits: an invitation to the readers.
        ("sv", "Nya öppettider\n\nFrån den 1 september har biblioteket i Lund nya öppettider. Välkommen att besöka oss!"),
        ("sv", "Budgeten antagen\n\nFullmäktige i Lund antog budgeten. Oppositionen från Moderaterna röstade emot. "
               "Välkommen att besöka oss i Stadshuset!"),
        # A visit called off, or none at all.
        ("da", "Ingen besøg fra Rusland i år\n\nDen planlagte udveksling med venskabsbyen Pskov er aflyst. "
               "Aabenraa Kommune sætter samarbejdet på pause."),
        ("en", "Twinning trip cancelled\n\nThe planned visit of a delegation from Lorient to Galway has been "
               "cancelled."),
        ("nb", "Ingen tur til Kina\n\nBystyret i Moss har vedtatt at det ikke blir noen delegasjonsreise til "
               "vennskapsbyen Suzhou i år."),
        ("pl", "Bez wyjazdu\n\nWizyta delegacji z Olecka w Bodø nie odbędzie się w tym roku."),
        # ... and, with the trip off, ties to a twin town to be strengthened bring no one.
        ("nb", "Ingen tur i år\n\nDen planlagte turen til Pskov i mai blir ikke noe av, sier ordføreren i "
               "Hammerfest. Kommunen vil i stedet styrke samarbeidet med Hammerfests svenske vennskapsby Luleå."),
        # ... nor do visit words in another sense: powers delegated, visitors to a website
        ("en", "Council reviews delegation of powers\n\nThe council agreed on Monday to review the delegation of "
               "planning powers to officers. Councillor Tom Byrne said the change would speed up decisions in Galway. "
               "Visitors to the council website can read the full report."),
        ("de", "Verwaltung\n\nDer Stadtrat in Speyer beschloss die Delegation von Aufgaben an die Ortsbeiräte."),
        ("sv", "Nytt bibliotek i Växjö\n\nBiblioteket öppnar i maj. Besök vår webbplats för mer information."),
    ],
)
def test_an_article_without_a_visit_has_no_visit_row(language, text):
    assert analyse(text, language).visits == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "Besök\n\nEn delegation besökte Lund den 3 maj 2024."),  # a word for the group, from nowhere named
        ("en", "Study visit\n\nThe Vidzeme Planning Region invites local municipalities to a study visit to Estonian "
               "municipalities on 4 June 2024."),  # an organisation not on the hosts' side
    ],
)
def test_a_visit_whose_visitors_come_from_nowhere_named_is_still_a_visit(language, text):
    assert len(analyse(text, language).visits) == 1


def test_funding_is_attached():
    result = analyse("Wizyta studyjna w Gori\n\nDelegacja z Kuźnicy odwiedziła Gori w Gruzji. Projekt "
                     "współfinansowany w wysokości 25 000,00 zł.", "pl")
    visit = result.visits[0]
    assert (visit.funding_amount, visit.funding_currency) == (25000.0, "PLN")


@pytest.mark.parametrize(
    ("language", "text", "amount", "currency"),
    [
        ("sv", "Studieresa till Tallinn\n\nTolv medarbetare från Norrtälje kommun gjorde en studieresa till Tallinn. "
               "Resan kostade 84 000 kronor. Kommunens budget för äldreomsorg är 950 miljoner kronor.", 84000.0, "SEK"),
        ("en", "Norwegian visit\n\nStaff from Bergen visited Tartu. The NOK 150,000 trip was funded by grants that "
               "have given Estonia €126 million since 2014.", 150000.0, "NOK"),
        ("pl", "Wizyta w Danii\n\nPracownicy gminy Chojnice odwiedzili Aabenraa. Projekt ma wartość 1,2 mln zł, a "
               "koszt samego wyjazdu wyniósł 56 tys. zł.", 56000.0, "PLN"),
    ],
    ids=["sv-budget", "en-grants", "pl-project"],
)
def test_the_funding_is_the_sum_tied_to_the_visit_not_the_largest(language, text, amount, currency):
    visit = analyse(text, language).visits[0]
    assert (visit.funding_amount, visit.funding_currency) == (amount, currency), visit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pl", "Wizyta delegacji z Norwegii\n\nW przyszłym tygodniu delegacja z Aalesund odbędzie wizytę studyjną w Gdańsku."),
        ("sv", "Besök från Litauen\n\nNästa vecka ska en delegation från Vilnius besöka Båstads kommun."),
        ("en", "Delegation to visit Riga\n\nA delegation from Tartu will visit Riga next month, the council said."),
        ("sv", "Besök från Polen\n\nI höst besöker en delegation från Gdynia Karlskrona kommun."),
        ("nb", "Besøk til Polen\n\nTil våren reiser en delegasjon fra Molde til Gdynia."),
        ("lt", "Svečiai iš Estijos\n\nUtenos rajono savivaldybėje lankysis delegacija iš Pärnu."),
        ("lv", "Viesi no Igaunijas\n\nNākamajā nedēļā Valmierā viesosies delegācija no Pērnavas."),
        ("et", "Külalised Lätist\n\nJärgmisel nädalal külastab Viljandit delegatsioon Cēsisest."),
        ("nl", "Naar Polen\n\nVier raadsleden van de gemeente Zwolle brengen volgende maand een werkbezoek aan Lublin."),
        ("de", "Reise nach Polen\n\nIm Herbst will eine Delegation aus Speyer nach Gniezno reisen."),
        ("de", "Reise nach Polen\n\nIm Herbst soll eine Delegation aus Speyer Gniezno besuchen."),
    ],
)
def test_a_planned_visit_is_marked(language, text):
    visits = analyse(text, language).visits
    assert len(visits) == 1 and visits[0].status == "planned"


@pytest.mark.parametrize(
    ("language", "text", "published", "status"),
    [
        # No verb says so, but the visit is dated after the article: it is still to come.
        ("pl", "Delegacja ze Lwowa w Mielcu\n\nDelegacja ze Lwowa w Mielcu: 12-14 maja 2025 roku, program w załączniku.",
         "2025-04-20", "planned"),
        ("pl", "Delegacja ze Lwowa w Mielcu\n\nDelegacja ze Lwowa w Mielcu: 12-14 maja 2025 roku, program w załączniku.",
         "2025-05-20", "reported"),
        ("lv", "Vizīte Igaunijā\n\nDelegācija no Valmieras ciemosies Tartu, Igaunijā. Vizīte plānota 3. un 4. oktobrī.", "",
         "planned"),
        ("lt", "Vizitas Lenkijoje\n\nPanevėžio delegacijos vizitas Balstogėje numatytas spalio 10-12 dienomis.", "",
         "planned"),
    ],
)
def test_a_visit_to_come_is_planned_by_its_date_or_its_words(language, text, published, status):
    visits = analyse(text, language, published=published).visits
    assert [v.status for v in visits] == [status]


def test_a_reported_visit_is_marked_reported():
    visits = analyse("Besøg fra Paide\n\nEn delegation fra Paide besøgte Fredensborg Kommune i går.", "da").visits
    assert [v.status for v in visits] == ["reported"]


@pytest.mark.parametrize(
    ("language", "text", "first", "second"),
    [
        ("da", "Delegation fra Fredensborg i Paide\n\nEn delegation fra Fredensborg besøgte Paide i Estland 29. september – "
               "2. oktober 2016. Tidligere på året besøgte en delegation fra Paide Fredensborg Kommune.",
         (["EE"], ["DK"]), (["DK"], ["EE"])),
        ("nl", "Bezoek Poolse delegatie\n\nVan 23 tot en met 28 april bezoekt een delegatie uit Swietochlowice de "
               "gemeente Heiloo. In 1990 vond een tegenbezoek plaats aan Swietochlowice.",
         (["NL"], ["PL"]), (["PL"], ["NL"])),
        ("de", "Schwerter Delegation in Leppävirta\n\nDie Delegation aus Schwerte feierte in Leppävirta das Jubiläum. "
               "Bereits im November 2016 waren Gäste aus Finnland nach Schwerte gekommen.",
         (["FI"], ["DE"]), (["DE"], ["FI"])),
    ],
)
def test_a_return_visit_is_a_visit_of_its_own(language, text, first, second):
    visits = analyse(text, language).visits
    assert [(v.host.countries, v.visitor.countries) for v in visits] == [first, second]


def test_a_return_visit_takes_its_own_people_and_money_only():
    visits = analyse("Besuch aus Polen\n\nEine Delegation aus Zielona Góra mit Bürgermeister Marcin Pabierowski wurde am "
                     "3. Mai 2023 im Rathaus von Hagen empfangen. Der Besuch kostete 5.000 Euro. Im kommenden Frühjahr "
                     "reist eine Hagener Delegation mit Oberbürgermeister Erik Schulz nach Zielona Góra.", "de").visits
    assert [(v.people, v.funding_amount) for v in visits] == [(["Marcin Pabierowski"], 5000.0), (["Erik Schulz"], None)]


def test_a_return_visit_announced_for_next_season_is_planned():
    visits = analyse("Besuch aus Polen\n\nEine Delegation aus der Partnerstadt Zielona Góra wurde am 3. Mai 2023 im "
                     "Rathaus von Hagen empfangen. Im kommenden Frühjahr reist eine Hagener Delegation nach Zielona Góra.",
                     "de").visits
    assert [(v.host.cities, v.visitor.cities, v.status) for v in visits] == [
        (["Hagen"], ["Zielona Góra"], "reported"), (["Zielona Góra"], ["Hagen"], "planned")]


def test_towns_listed_after_from_with_their_countries_all_visit():
    # "in Polen" after a town says where the town is; the list keeps the "aus" of its first member.
    visits = analyse("Partnerstädte zu Gast\n\nAm 7. September 2024 begrüßte Bürgermeisterin Eva Roth Delegationen aus den "
                     "Partnerstädten Gniezno in Polen, Valmiera in Lettland und Viljandi in Estland in Kassel.", "de").visits
    assert [(v.host.countries, v.visitor.countries, v.visitor.cities) for v in visits] == [
        (["DE"], ["PL"], ["Gniezno"]), (["DE"], ["LV"], ["Valmiera"]), (["DE"], ["EE"], ["Viljandi"])]  # one each


def test_a_country_after_a_place_without_a_record_says_where_that_place_is():
    visits = analyse("Venskabsbyer på besøg\n\nRepræsentanter fra Qwertyby i Norge besøgte Viborg Kommune 4. juni 2024.",
                     "da").visits
    assert [(v.host.countries, v.visitor.countries) for v in visits] == [(["DK"], ["NO"])]
    # In a list of twin towns each "i" says where a town lies; none is where anyone went.
    visits = analyse("Venskabsbyer\n\nVores venskabsbyer er Kerava i Finland, Fjellviken i Norge og Trollhättan i "
                     "Sverige. Repræsentanter for venskabsbyerne besøgte Viborg 4. juni 2024.", "da").visits
    assert [(v.host.countries, v.host.cities) for v in visits] == [(["DK"], ["Viborg"])]


def test_an_estonian_study_trip_abroad():
    visits = analyse("Õppereis Soome\n\n10.–12. aprillil 2024 käis 12 Tapa valla töötajat õppereisil Soomes Lohja linnas.",
                     "et").visits
    assert [(v.host.countries, v.visitor.countries, v.participants) for v in visits] == [(["FI"], ["EE"], 12)]


def test_a_finnish_return_visit_to_an_illative_town_is_planned():
    visits = analyse("Virolaisia vieraita Oulussa\n\nOulun kaupunki otti vastaan valtuuskunnan Tartosta 3. huhtikuuta "
                     "2024. Oululaiset tekevät vastavierailun Tarttoon ensi keväänä.", "fi").visits
    assert [(v.host.countries, v.visitor.countries, v.status) for v in visits] == [
        (["FI"], ["EE"], "reported"), (["EE"], ["FI"], "planned")]


def test_a_return_visit_named_without_places_is_the_main_visit_the_other_way_round():
    visits = analyse("Besuch aus Marijampolė\n\nEine Delegation aus der litauischen Stadt Marijampolė war vom 11. bis "
                     "13. September zu Gast in Pirna. Ein Gegenbesuch ist für das Frühjahr 2025 geplant.", "de").visits
    assert [(v.host.cities, v.visitor.cities, v.status) for v in visits] == [
        (["Pirna"], ["Marijampolė"], "reported"), (["Marijampolė"], ["Pirna"], "planned")]
    assert visits[0].visitor.organisations == []  # "der litauischen Stadt": a town described, no organisation
    # Said of the main visit itself, at no time of its own, it is no second visit.
    same = analyse("Besuch aus Marijampolė\n\nEine Delegation aus Marijampolė war im September zu Gast in Pirna. "
                   "Es war ein Gegenbesuch.", "de").visits
    assert len(same) == 1, same


def test_an_earlier_visit_takes_no_town_of_a_main_side_with_several():
    visits = analyse("Estonians in Wales\n\nOfficials from Pärnu, Estonia, spent a week in Wales in June 2024. They "
                     "were hosted by Cardiff Council and Swansea Council. In 2022 a Welsh delegation had visited Pärnu.",
                     "en").visits
    assert [(v.host.cities, v.visitor.countries, v.visitor.cities) for v in visits] == [
        (["Cardiff", "Swansea"], ["EE"], ["Pärnu"]), (["Pärnu"], ["GB"], [])]
    # Both councils named where the hosts are said are the hosts' organisations.
    assert visits[0].host.organisations == ["Cardiff Council", "Swansea Council"]


@pytest.mark.parametrize(
    ("language", "text", "host", "visitor"),
    [
        ("et", "Pärnu delegatsioon Soomes\n\nPärnu linna delegatsioon külastas 3. mail 2024 Porit. Pori "
               "delegatsioon tuleb Pärnusse vastuvisiidile järgmisel sügisel.", "Pori", "Pärnu"),
        # Told in the present for next year: "vierailevat"
        ("fi", "Kuopiolaiset Saksassa\n\nKuopion valtuuskunta vieraili 3.–6. kesäkuuta Castrop-Rauxelissa "
               "Saksassa. Ensi vuonna saksalaiset vierailevat Kuopiossa.", "Castrop-Rauxel", "Kuopio"),
        ("sv", "Vänortsbesök i Kuressaare\n\nDen 20–22 juni besökte en delegation från Söderhamns kommun vänorten "
               "Kuressaare i Estland. Nästa år väntas ett motbesök i Söderhamn.", "Kuressaare", "Söderhamn"),
        # Told with a verb of visiting in the future or the infinitive, no word for a return visit
        ("pl", "Wizyta w Norwegii\n\nW dniach 8–19 maja urzędnicy z Kościerzyny odbyli staż w Kongsbergu w "
               "Norwegii. W przyszłym roku przedstawiciele Kongsbergu odwiedzą Kościerzynę.", "Kongsberg", "Kościerzyna"),
        ("nb", "Polske gjester i Kongsberg\n\n3. mai var åtte brannmenn fra Jelenia Góra på besøk i Kongsberg. "
               "Neste år skal brannfolk fra Kongsberg besøke Jelenia Góra.", "Kongsberg", "Jelenia Góra"),
    ],
    ids=["et-next-autumn", "fi-present", "sv-next-year", "pl-future-verb", "nb-infinitive"],
)
def test_a_return_visit_to_come_is_planned(language, text, host, visitor):
    visits = analyse(text, language).visits
    assert [(v.host.cities, v.visitor.cities, v.status) for v in visits] == [
        ([host], [visitor], "reported"), ([visitor], [host], "planned")], visits


@pytest.mark.parametrize(
    ("language", "text", "days"),
    [
        ("sv", "Studiebesök från Litauen\n\nGruppen från Vilnius är på studiebesök i Båstad under två dagar.", 2),
        ("sv", "Besök från Lettland\n\nDelegationen från Riga besökte Finspång i tre dagar.", 3),
        ("pl", "Wizyta z Norwegii\n\nTrzydniowa wizyta studyjna delegacji z Oslo w Gdańsku.", 3),
        ("en", "Visit from Riga\n\nA delegation from Riga visited Tartu for three days.", 3),
        ("de", "Besuch aus Bad Kissingen\n\nWährend ihres dreitägigen Aufenthalts besuchten die Gäste aus Bad Kissingen Eisenstadt.", 3),
        ("nb", "Besøk fra Polen\n\nEn delegasjon fra Kraków besøkte Bergen i tre dager.", 3),
        # Genitive numbers before a day's word, "one" included
        ("lt", "Vizitas\n\nVienos dienos vizito metu Alytuje lankėsi delegacija iš Norvegijos.", 1),
        ("lv", "Vizīte\n\nTrīs dienas Rīgā viesojās delegācija no Polijas.", 3),
        # in the next sentence, naming a town of the visit again: the same stay
        ("da", "Polske lærere på besøg\n\nVejle Kommune havde besøg af 11 lærere fra Olsztyn. Lærerne var i Vejle i "
               "fem dage.", 5),
        ("en", "Visit from Riga\n\nA delegation from Riga visited Tartu. The guests stayed in Tartu for four days.", 4),
    ],
)
def test_duration_from_phrases(language, text, days):
    visits = analyse(text, language).visits
    assert visits and visits[0].duration_days == days


def test_several_delegations_from_towns_of_several_countries_are_one_visit_each():
    text = ("Besuch aus Frankreich und Polen\n\nAm Wochenende waren Delegationen aus der französischen Partnerstadt "
            "Vire und aus dem polnischen Krotoszyn in Bad Oeynhausen zu Gast. Insgesamt kamen 40 Gäste.")
    result = analyse(text, "de")
    assert [(v.host.cities, v.visitor.countries, v.visitor.cities, v.participants) for v in result.visits] == [
        (["Bad Oeynhausen"], ["FR"], ["Vire"], None), (["Bad Oeynhausen"], ["PL"], ["Krotoszyn"], None)]
    krotoszyn = next(e for e in result.entities if e.value == "Krotoszyn")
    assert (krotoszyn.role, krotoszyn.visit_id) == ("visitor", result.visits[1].visit_id)
    # Each delegation's own count, and its own day where its sentence tells of it alone.
    text = ("Two delegations in Klaipėda\n\nKlaipėda hosted two delegations. On 14 October 2024 eight officials from "
            "Karlskrona, Sweden, discussed the port. On 16 October 2024 six councillors from Gdynia, Poland, came.")
    visits = analyse(text, "en").visits
    assert sorted((v.visitor.cities[0], v.participants, v.start_date) for v in visits) == [
        ("Gdynia", 6, "2024-10-16"), ("Karlskrona", 8, "2024-10-14")], visits
    # A number before a plural that is also a singular's genitive ("delegācijas"): "divas delegācijas"
    text = ("Divas delegācijas Tukumā\n\nŠonedēļ Tukumā viesojās divas delegācijas – no Somijas pilsētas Lohjas un "
            "no Lietuvas Širvintu rajona.")
    visits = analyse(text, "lv").visits
    assert sorted(v.visitor.countries[0] for v in visits) == ["FI", "LT"], visits


def test_one_delegation_from_two_countries_stays_one_visit():
    text = ("Gäste aus dem Baltikum\n\nEine Delegation aus Riga und Tallinn besuchte Kiel am 3. Mai 2024.")
    visits = analyse(text, "de").visits
    assert len(visits) == 1 and set(visits[0].visitor.countries) == {"LV", "EE"}, visits


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Gäste aus Tczew\n\nSeit Montag sind 22 Schüler aus Tczew zu Gast in Witten. Sie bleiben bis zum 15. März 2024."),
        ("fi", "Vieraita Tartosta\n\nTarton nuoret vierailevat Oulussa 15. maaliskuuta 2024 asti."),
    ],
    ids=["de", "fi"],
)
def test_a_single_date_after_until_ends_the_stay_and_starts_nothing(language, text):
    visits = analyse(text, language).visits
    assert [(v.start_date, v.end_date) for v in visits] == [("", "2024-03-15")], visits


def test_a_later_day_the_stay_lasted_until_ends_it():
    text = ("Besøg fra Ukraine\n\nMandag den 7. oktober 2024 kom en delegation fra Tjernihiv til Vejle. Besøget "
            "varede til og med torsdag den 10. oktober 2024.")
    visit = analyse(text, "da").visits[0]
    assert (visit.start_date, visit.end_date, visit.duration_days) == ("2024-10-07", "2024-10-10", 4), visit


@pytest.mark.parametrize(
    ("language", "text", "host", "visitor"),
    [
        ("en", "Lithuanian mayors in Scotland\n\nMayors from Jonava visited Scotland and met officials from "
               "Stirling Council.", "Stirling", "Jonava"),
        ("sv", "Besök på Gotland\n\nPolitiker från Tartu besökte Visby och träffade representanter från Region "
               "Gotland.", "Visby", "Tartu"),
    ],
    ids=["en", "sv"],
)
def test_the_people_the_guests_met_from_a_place_are_the_hosts(language, text, host, visitor):
    visit = analyse(text, language).visits[0]
    assert host in visit.host.cities and visit.visitor.cities == [visitor], visit
    met = analyse("Visit to Tartu\n\nThe mayor of Tartu met the delegation from Jonava.", "en").visits[0]
    assert met.visitor.cities == ["Jonava"], met  # the delegation met is the guests


def test_whom_the_guests_met_is_the_hosts_side():
    # Named right after "met", before the guests' verb of going: the organisation met, not the guests'.
    visit = analyse("Ukrainas mēri Latvijā\n\nŠonedēļ Latvijā viesojas mēri no Ukrainas. Pirmdien delegācija tikās "
                    "ar Latvijas Pašvaldību savienības priekšsēdi, bet otrdien devās uz Jelgavu.", "lv").visits[0]
    assert visit.host.organisations == ["Latvijas Pašvaldību savienība"] and visit.visitor.organisations == [], visit


def test_from_a_phrase_to_a_town_the_town_is_where_they_went():
    visit = analyse("Studieresa till Gdańsk\n\nFörra veckan reste sex medarbetare från socialtjänsten i Hudiksvalls "
                    "kommun till Gdańsk i Polen.", "sv").visits[0]
    assert (visit.host.cities, visit.visitor.cities) == (["Gdańsk"], ["Hudiksvall"]), visit


@pytest.mark.parametrize(
    ("language", "text", "visitors"),
    [
        ("da", "Venskabsbystævne\n\nVejle Kommunes venskabsbyer er Tartu i Estland og Ogre i Letland. "
               "Vejle Kommune har desuden en aftale med Gdynia i Polen. Repræsentanter for venskabsbyerne kommer til "
               "Vejle 3.-5. juni.", ["EE", "LV"]),
        ("sv", "Vänortsträff\n\nUmeås vänorter är Vaasa i Finland och Tartu i Estland. Politiker från vänorterna "
               "samlas i Umeå den 4 maj.", ["FI", "EE"]),
        ("de", "Partnerschaftstreffen\n\nDie Partnerstädte von Kiel sind Tallinn in Estland und Vaasa in Finnland. "
               "Vertreter der Partnerstädte werden im Juni in Kiel zu Gast sein.", ["EE", "FI"]),
    ],
    ids=["da", "sv", "de"],
)
def test_the_twin_towns_listed_are_the_guests_where_nothing_else_names_them(language, text, visitors):
    visit = analyse(text, language).visits[0]
    assert sorted(visit.visitor.countries) == sorted(visitors), visit


@pytest.mark.parametrize(
    ("language", "text", "host", "visitor"),
    [
        ("en", "Neighbours\n\nVidzeme Planning Region invites municipalities of the region to a study visit to "
               "Estonian municipalities. The visit will take place in Tartu on 3 June.", "EE", "LV"),
        ("en", "Study trip\n\nThe Tartu City Government invites youth workers to a study visit to Finnish "
               "municipalities. The group will travel to Oulu in May.", "FI", "EE"),
    ],
    ids=["en-region", "en-city"],
)
def test_an_organisation_of_another_country_opening_the_report_sends_the_guests(language, text, host, visitor):
    # In English, which has no home country to fall back on, the organiser's country is all the text says.
    visit = analyse(text, language).visits[0]
    assert (visit.host.countries, visit.visitor.countries) == ([host], [visitor]), visit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Venskabsbyer i Vejle\n\nVenskabsbyerne kommer til Vejle i juni. Der deltager fem politikere fra "
               "hver af kommunernes venskabsbyer."),
        ("en", "Twin towns meet in Tartu\n\nDelegations from Kuopio and Tartu met in Tartu. Four officials from "
               "each town took part."),
    ],
    ids=["da", "en"],
)
def test_a_count_per_delegation_is_no_count_of_all_the_guests(language, text):
    assert analyse(text, language).visits[0].participants is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pl", "Prezydent w szpitalu\n\nPrezydent Olsztyna Robert Szewczyk odwiedził w poniedziałek szpital "
               "miejski w Olsztynie."),
        ("uk", "Візит до лікарні\n\nМіський голова Луцька Ігор Поліщук відвідав лікарню у Луцьку."),
    ],
    ids=["pl", "uk"],
)
def test_a_towns_own_official_visiting_at_home_is_no_visit(language, text):
    assert analyse(text, language).visits == []


def test_a_single_day_without_its_year_is_the_start_and_the_end():
    visit = analyse("Svečiai iš Lenkijos\n\nRugsėjo 25 d. Marijampolėje lankėsi Suvalkų miesto delegacija.",
                    "lt").visits[0]
    assert (visit.start_date, visit.end_date, visit.duration_days) == ("--09-25", "--09-25", 1), visit
    month = analyse("Svečiai iš Lenkijos\n\n2024 m. rugsėjį Marijampolėje lankėsi Suvalkų delegacija.", "lt").visits[0]
    assert month.end_date == "", month  # a month names no day to end on


def test_a_days_number_inside_a_date_is_no_length():
    visits = analyse("Svečiai iš Lenkijos\n\nSpalio 24 dieną Alytuje lankėsi delegacija iš Suvalkų.", "lt").visits
    assert len(visits) == 1 and visits[0].start_date.endswith("10-24") and visits[0].duration_days in (None, 1), visits


def test_an_organisation_of_a_town_after_from_is_the_visitors_but_a_party_or_programme_is_not():
    visit = analyse("Studietur til Luleå\n\nÅtte ansatte fra Alstahaug kommune var på studietur til Luleå.",
                    "nb").visits[0]
    assert visit.visitor.organisations == ["Alstahaug kommune"], visit
    text = ("Wizyta z Ukrainy\n\nStarostwo w Chełmie odwiedzili goście z Kowla. Wizytę sfinansowano z Programu "
            "Polska–Białoruś–Ukraina 2014–2020.")
    visits = analyse(text, "pl").visits
    assert len(visits) == 1 and not visits[0].visitor.organisations, visits


def test_organisations_of_a_side_are_the_principal_ones_not_every_stop_on_the_programme():
    text = ("Vilkaviškio rajono savivaldybė priėmė svečius iš Latvijos\n\n"
            "Vilkaviškio rajono savivaldybė birželio 5 d. priėmė Rėzeknės savivaldybės delegaciją iš Latvijos. "
            "Svečiai aplankė Kybartų gimnaziją, Vilkaviškio kultūros centrą ir Paežerių dvarą. "
            "Rėzeknės savivaldybė pakvietė atvykti į Latviją.")
    visit = analyse(text, "lt").visits[0]
    assert visit.host.organisations == ["Vilkaviškio rajono savivaldybė"], visit.host
    assert visit.visitor.organisations == ["Rėzeknės savivaldybė"], visit.visitor


def test_a_country_joined_by_and_to_the_visitors_country_visits_too():
    text = ("Wizyta studyjna w Szwecji\n\nPracownicy socjalni byli na wizycie studyjnej w Borlänge w Szwecji. "
            "Podczas wyjazdu dzielili się doświadczeniami Polski i Litwy.")
    visit = analyse(text, "pl").visits[0]
    assert visit.host.countries == ["SE"]
    assert set(visit.visitor.countries) == {"PL", "LT"}, visit.visitor


def test_a_return_visit_without_towns_of_its_own_takes_the_main_visits_towns():
    text = ("Delegacja z Tczewa w Kerava\n\nDelegacja z Tczewa odwiedziła Keravę w Finlandii 3-5 maja 2019 roku. "
            "Wcześniej, w 2017 roku, goście z Finlandii przyjechali do Tczewa.")
    visits = analyse(text, "pl").visits
    assert [(v.host.countries, v.visitor.countries) for v in visits] == [(["FI"], ["PL"]), (["PL"], ["FI"])]
    assert visits[0].host.cities == ["Kerava"] and visits[1].visitor.cities == ["Kerava"], visits


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("de", "Besuch aus Tallinn\n\nEine zwanzigköpfige Delegation aus Tallinn besuchte am 4. Mai 2022 Kiel.", 20),
        ("et", "Külalised Lätist\n\nKümneliikmeline delegatsioon Valmierast külastas 12. märtsil 2024 Tartut.", 10),
        ("pl", "Goście z Litwy\n\nDwunastoosobowa delegacja z Kowna odwiedziła Płock 3 maja 2024 roku.", 12),
        ("fi", "Vieraita Ruotsista\n\nKahdeksanhenkinen valtuuskunta Uppsalasta vieraili Tampereella "
               "15. toukokuuta 2024.", 8),
        ("en", "Guests from Lublin\n\nA delegation of 14 social workers from Lublin visited Tartu on 10 April 2023.", 14),
        ("lv", "Viesi no Cēsīm\n\nCēsu delegācija piecu cilvēku sastāvā 2023. gada 12. jūnijā viesojās Viljandi.", 5),
        ("fi", "Vieraita Virosta\n\nTarton kaupungin kahdentoista hengen ryhmä vieraili Oulussa 3. lokakuuta 2023.", 12),
        ("en", "Guests from Klaipėda\n\nOn 22 May 2023 five social workers from Klaipėda visited Jelgava.", 5),
        ("lt", "Svečiai iš Latvijos\n\n2023 m. gegužės 22 d. Gargždus aplankė 8 socialinių paslaugų specialistai iš "
               "Jelgavos.", 8),
        ("lt", "Svečiai iš Estijos\n\n2024 m. kovo 5 d. Rokiškyje lankėsi septynių asmenų delegacija iš Paidės.", 7),
        ("en", "Mayors from Finland\n\nA delegation of seven mayors from Finland visited Galway on 3 June 2024.", 7),
        ("en", "Guests from Kaunas\n\nA twelve-strong group from Kaunas visited Leeds on 4 June 2024.", 12),
        ("nl", "Bezoek uit Polen\n\nEen groep van negen ambtenaren uit Poznań bezocht Deventer op 2 mei 2024.", 9),
        ("da", "Besøg i Polen\n\nFire medarbejdere fra Silkeborg Kommune besøgte Toruń 2. maj 2024.", 4),
        ("lv", "Viesi no Igaunijas\n\n2024. gada 5. jūnijā Madonas novadā uzņēmām 9 kolēģus no Pērnavas.", 9),
        # Cardinals as words from num2words, and Estonian ones from et.toml
        ("nl", "Bezoek uit Leuven\n\nEen delegatie van vijftien medewerkers uit Leuven bezocht Groningen.", 15),
        ("lv", "Viesi no Igaunijas\n\nMadonas novadā viesojās piecpadsmit kolēģi no Pērnavas.", 15),
        ("et", "Külalised Lätist\n\nValmierast saabus Tartusse kaksteist ametnikku.", 12),
        # Names between the count and who is counted
        ("lv", "Viesi no Norvēģijas\n\nRīgas pašvaldība uzņēma 11 Bergenas un Stavangeras pašvaldību "
               "pārstāvjus.", 11),
        ("nl", "Bezoek aan Osnabrück\n\nEen delegatie van 25 inwoners uit Haarlem bezocht Osnabrück.", 25),
        ("fi", "Vierailu Itävaltaan\n\nTampereen kaupungin neljä virkamiestä vieraili Linzissä.", 4),
        ("et", "Läti noored Viljandis\n\nViljandi noortekeskus võõrustas kahtkümmet noort Lätist.", 20),
        ("en", "Breton guests\n\nThe twelve visitors from Lorient toured the docks of Galway.", 12),
        ("lt", "Svečiai iš Latvijos\n\nMeras priėmė keturis Jelgavos savivaldybės specialistus.", 4),
        ("en", "Guests from Pärnu\n\nOn 12 March 2024 we welcomed six colleagues from Pärnu in Tampere.", 6),
        # Counts joined by "and" add up.
        ("sv", "Vänortsmöte i Borgå\n\nFrån Östersunds kommun deltog fyra förtroendevalda och två tjänstepersoner "
               "i vänortsmötet i Borgå.", 6),
        ("en", "Students visit Vilnius\n\n24 students and three teachers from Tromsø visited Vilnius.", 27),
        # A compound ending in a word for people, in languages that write compounds as one word.
        ("et", "Külalised Soomest\n\nPärnu võõrustas Vaasa delegatsiooni. Delegatsiooni kuulus kuus "
               "linnaametnikku.", 6),
        ("sv", "Besök från Tartu\n\nFem kommunpolitiker från Tartu besökte Umeå i maj.", 5),
        ("de", "Besuch aus Tartu\n\nAcht Verwaltungsmitarbeiter aus Tartu besuchten Kiel.", 8),
        ("da", "Venskabsbybesøg\n\nI maj havde Vejle Kommune besøg af 16 borgere fra Kiel.", 16),
        ("nb", "Ordførere fra Litauen\n\nFem ordførere fra Litauen var på besøk i Steinkjer.", 5),
        # A Polish collective numeral (a mixed group); a Lithuanian count in words, three genitives before who.
        ("pl", "Wizyta w Wilnie\n\nDziewięcioro pracowników MOPS w Suwałkach odwiedziło Wilno.", 9),
        ("lt", "Stažuotė Suomijoje\n\nDešimt Utenos rajono mokyklų mokytojų lankėsi Jyväskylä mieste.", 10),
        ("nl", "Bezoek uit Oekraïne\n\nVijf burgemeesters uit de regio Tsjernihiv bezochten Zwolle.", 5),
        ("de", "Besuch aus Polen\n\nAcht Bürgermeister aus Polen besuchten Jena.", 8),
        ("lv", "Vizīte Latvijā\n\nŠonedēļ Latvijā viesojas 14 pašvaldību vadītāji no Polijas.", 14),
        ("lv", "Skolotāji Lietuvā\n\nBraucienā uz Utenu piedalījās 25 pedagogi no Jēkabpils.", 25),
        ("uk", "Візит до Польщі\n\nДелегація з 12 голів громад з України відвідала Хелм.", 12),
        # The count after who is counted: "there were twelve guests".
        ("et", "Soome külalised Tartus\n\nTartu võõrustas Jyväskylä noorsootöötajaid. Külalisi oli kaksteist.", 12),
        ("pl", "Goście z Litwy\n\nSuwałki odwiedziła delegacja z Olity. Gości było 14.", 14),
        ("lv", "Prakse Polijā\n\n16 Ventspils Tehnikuma audzēkņi un divi skolotāji bija prakses vizītē Ščecinā.", 18),
        # One count for a pair of words for the same people, then a count of others added
        ("de", "Gäste aus Polen\n\nZwölf Schülerinnen und Schüler sowie zwei Lehrkräfte aus Gniezno besuchten "
               "Verden.", 14),
    ],
    ids=["de", "et", "pl", "fi", "en", "lv", "fi-genitive", "en-described", "lt-two-genitives", "lt-genitive-word",
         "en-mayors", "en-strong", "nl-officials", "da-staff", "lv-colleagues", "nl-word", "lv-word", "et-word",
         "lv-names-between", "nl-residents", "fi-officials", "et-partitive", "en-visitors",
         "lt-accusative", "en-colleagues", "sv-sum", "en-sum", "et-compound", "sv-compound", "de-compound", "da-citizens", "nb-mayors", "pl-collective", "lt-three-genitives", "nl-mayors",
         "de-mayors", "lv-heads", "lv-teachers", "uk-heads", "et-count-after", "pl-count-after",
         "lv-students-and-teachers", "de-pair-and-teachers"],
)
def test_participants_written_into_one_word_or_before_who_they_are(language, text, count):
    visits = analyse(text, language).visits
    assert len(visits) == 1 and visits[0].participants == count, visits


@pytest.mark.parametrize(
    ("language", "text", "host", "visitor"),
    [
        ("pl", "Staż w Szwecji\n\nDwie pracownice Urzędu Miasta Chełm odbyły staż w gminie Växjö w Szwecji.",
         "Växjö", "Chełm"),
        ("lv", "Prakse Zviedrijā\n\nDivas Jelgavas pašvaldības darbinieces stažējās Hudiksvallā.", "Hudiksvall", "Jelgava"),
        ("lt", "Stažuotė Lenkijoje\n\nTrys Alytaus savivaldybės darbuotojai stažavosi Lomžoje.", "Łomża", "Alytus"),
        ("en", "Internship in Kaunas\n\nTwo social workers from Galway did a two-week internship in Kaunas.",
         "Kaunas", "Galway"),
        ("nb", "Hospitering i Sverige\n\nTo lærere fra Bodø hospiterte ved en skole i Luleå.", "Luleå", "Bodø"),
    ],
    ids=["pl", "lv", "lt", "en", "nb"],
)
def test_an_internship_or_job_shadowing_abroad_is_a_visit(language, text, host, visitor):
    visits = analyse(text, language).visits
    assert [(v.host.cities, v.visitor.cities) for v in visits] == [([host], [visitor])], visits


def test_days_spent_abroad_are_a_visit_and_an_earlier_visit_the_other_way_is_its_own():
    text = ("Tartu officials in Edinburgh\n\nFive officials from Tartu City Government spent three days in Edinburgh, "
            "Scotland, from 5 to 7 August 2024. Edinburgh officials had visited Tartu in 2022.")
    visits = analyse(text, "en").visits
    assert [(v.host.cities, v.visitor.cities, v.start_date) for v in visits] == [
        (["Edinburgh"], ["Tartu"], "2024-08-05"), (["Tartu"], ["Edinburgh"], "2022")], visits


@pytest.mark.parametrize(("language", "text"), [
    ("nb", "Bodø skal besøke Zelenograd\n\nOrdføreren reiser neste uke til Zelenograd i Russland. Det er første "
           "gang siden 2015 at Bodø kommune sender en delegasjon dit."),
    ("en", "Guests from Turku\n\nA delegation from Turku visited Galway. It is the first visit since 2015."),
])
def test_a_year_after_since_does_not_date_the_visit(language, text):
    visits = analyse(text, language).visits
    assert len(visits) == 1 and visits[0].start_date == "", visits


def test_the_leader_named_after_the_groups_noun_is_no_count_of_the_group():
    text = ("Rokiškio delegacija Latvijoje\n\nSpalio 10 d. Rokiškio rajono savivaldybės delegacija, vadovaujama mero "
            "Ramūno Godeliausko, lankėsi Ogrės savivaldybėje Latvijoje.")
    visits = analyse(text, "lt").visits
    assert len(visits) == 1 and visits[0].participants is None, visits


def test_a_planned_return_visit_does_not_blur_the_sides_of_the_visit_reported():
    text = ("Studieresa till Tallinn och återbesök planerat\n\nUnder två dagar i april besökte fem lärare från "
            "Västerås stads utbildningsförvaltning Tallinns stad i Estland. Nästa år planeras ett återbesök då en "
            "estnisk delegation kommer till Västerås.")
    visits = analyse(text, "sv").visits
    assert [(v.host.countries, v.visitor.countries, v.status) for v in visits] == [
        (["EE"], ["SE"], "reported"), (["SE"], ["EE"], "planned")], visits
    assert visits[0].participants == 5 and "Västerås" in visits[0].visitor.cities


def test_a_town_right_after_a_from_country_comes_from_there_too():
    # "from Sweden's Alingsås municipality": the Lithuanian genitive chain after "iš" is one origin.
    text = ("Švedijos delegacija Biržuose\n\nSpalio 3 d. Biržų rajono savivaldybėje lankėsi delegacija iš Švedijos "
            "Alingsås savivaldybės. Kitąmet Biržų atstovai planuoja vykti į Švediją.")
    visit = analyse(text, "lt").visits[0]
    assert visit.visitor.countries == ["SE"] and visit.visitor.cities == ["Alingsås"], visit
    assert visit.host.countries == ["LT"]


@pytest.mark.parametrize(
    ("language", "text", "host", "visitor"),
    [
        # A date opens the sentence, so the subject (the host) follows the verb.
        ("nl", "Bezoek uit Litouwen\n\nOp dinsdag 4 juni ontving de gemeente Oss een delegatie uit de Litouwse stad "
               "Alytus.", "NL", "LT"),
        ("de", "Besuch aus Polen\n\nAm Montag, 14. Oktober, empfing die Stadt Hagen eine Delegation aus Kórnik.",
         "DE", "PL"),
        # A country's name before the group's noun says whose group it is ("Finnish friends").
        ("et", "Rakvere külastasid Soome sõbrad\n\nReedel, 7. juunil saabus Rakverre delegatsioon Soomest.", "EE", "FI"),
        ("lt", "Švedijos delegacija Biržuose\n\nSvečius priėmė Biržų rajono meras.", "LT", "SE"),
        # The guests' noun right before the verb of hosting is its object: the host is named after the verb.
        # And a country after the verb of visiting says what was visited ("visited a Finnish twin town").
        ("et", "Tartu linna delegatsioon külastas Soome sõpruslinna\n\nDelegatsiooni võttis vastu Tampere linnapea.",
         "FI", "EE"),
        ("pl", "Wizyta w mieście partnerskim\n\nDelegacja z Litwy przyjechała w poniedziałek. Gości przyjął "
               "prezydent Olsztyna.", "PL", "LT"),
        # A passive verb of hosting names the host after it.
        ("en", "Mayors meet in Lublin\n\nMayors from Lviv and Lutsk in Ukraine met in Lublin on 28 March 2024. "
               "The event was hosted by the City of Lublin.", "PL", "UA"),
        ("sv", "Besök i Växjö\n\nDelegationen från Pärnu togs emot av kommunalrådet i Växjö kommun.", "SE", "EE"),
        # "i" right after who the people are says whose they are: employees of Stavanger municipality.
        ("nb", "Studietur til Skottland\n\nTjue ansatte i Stavanger kommune var på studietur til Aberdeen i "
               "Skottland.", "GB", "NO"),
        # "gościć w" + a place is to be a guest there; "gościła w ratuszu delegację" hosts.
        ("pl", "Delegacja z Dobczyc w Norwegii\n\nDelegacja Gminy Dobczyce gościła w partnerskiej gminie Sauda w "
               "Norwegii.", "NO", "PL"),
        ("pl", "Goście z Litwy\n\nGmina Dobczyce gościła w ratuszu delegację z Kowna.", "PL", "LT"),
        # A town's or organisation's name before the group's noun (a count may stand between) is whose group it
        # is; before a mere word for people it may be the hosts' ("Borlänge pašvaldības pārstāvji").
        ("et", "Rakvere linnavalitsus Rootsis\n\nRakvere linnavalitsuse kuueliikmeline delegatsioon käis "
               "õppereisil Rootsis Norrtälje vallas.", "SE", "EE"),
        ("lv", "Mācību vizīte Zviedrijā\n\nDarbinieki no Latvijas bija mācību vizītē Borlängē, Zviedrijā. "
               "Vizītes laikā Borlänges pašvaldības pārstāvji izklāstīja sociālās jomas politiku.", "SE", "LV"),
        # A country, then the place in it whose delegation it is.
        ("lt", "Svečiai\n\nVasario 15 d. Kupiškio rajono savivaldybėje lankėsi Estijos Viljandžio valsčiaus "
               "delegacija.", "LT", "EE"),
        # ... or a word for who they are alone: the delegation of a Norwegian municipality, opening the
        # title after the verb; a town before a word for its municipality is a town ("Ogres": English "ogres").
        ("lv", "Ogres novadā viesojās Norvēģijas pašvaldības delegācija\n\nOgres novada pašvaldība 5. septembrī "
               "uzņēma delegāciju no Norvēģijas.", "LV", "NO"),
        # Free word order: the visited place in its locative first, the visitors after the verb.
        ("lt", "Susitikimas\n\nLapkričio 4 d. Druskininkų savivaldybėje lankėsi Lenkijos Augustavo miesto "
               "burmistras.", "LT", "PL"),
        # A possessive between the preposition and the place: "aus ihrer Partnerstadt".
        ("de", "Gäste in Siegburg\n\nVom 10. bis 12. Oktober empfing Siegburg Gäste aus ihrer polnischen "
               "Partnerstadt Bolesławiec.", "DE", "PL"),
        # ... or several places in it, and who they are right before the noun.
        ("et", "Läti linnapead Viljandis\n\nKolmapäeval, 12. juunil külastas Viljandit Läti Smiltene, Valka ja "
               "Alūksne omavalitsusjuhtide delegatsioon.", "EE", "LV"),
        # A pronoun for the guests before a verb of hosting: its object comes first (the director received them).
        ("lv", "Prakse Polijā\n\nAudzēkņi no Ventspils strādāja uzņēmumos, un viņus uzņēma Ščecinas skolas "
               "direktors.", "PL", "LV"),
        # A verb of hosting and its particle apart: the hosts stand between them, the guests after.
        ("sv", "Studiebesök\n\nI fredags tog Region Jönköpings län och Värnamo kommun emot åtta kommunchefer "
               "från Ukraina.", "SE", "UA"),
        # ... or an organisation's name between "from" and "in"; and a nationality on the people counted.
        ("da", "Polske lærere på besøg i Herning\n\nI uge 41 havde Herning Gymnasium besøg af otte lærere fra "
               "Zespół Szkół Ekonomicznych i Kalisz i Polen.", "DK", "PL"),
        # "from" a phrase of small words, then "in" the place: where the people come from.
        ("nb", "Studietur til Skottland\n\nTjue ansatte fra helse- og omsorgssektoren i Alta kommune var på "
               "studietur til Inverness i Skottland.", "GB", "NO"),
    ],
    ids=["nl", "de", "et", "lt", "et-object-first", "pl-object-first", "en-passive", "sv-passive", "nb-members",
         "pl-guest", "pl-host", "et-whose-group", "lv-hosts-representatives", "lt-country-place-group",
         "lv-country-word-group", "lt-place-first", "de-possessive", "et-country-places-group", "lv-pronoun-object", "sv-split-verb", "da-from-an-organisation", "nb-from-a-phrase"],
)
def test_sides_from_word_order_and_whose_group_it_is(language, text, host, visitor):
    visit = analyse(text, language).visits[0]
    assert (visit.host.countries, visit.visitor.countries) == ([host], [visitor]), visit
    if "Ogres" in text:
        assert visit.host.cities == ["Ogre"], visit
    if "Augustavo" in text:
        assert visit.visitor.cities == ["Augustów"], visit
    if "Kalisz" in text:
        assert visit.visitor.cities == ["Kalisz"], visit
    if "Jönköpings" in text:
        assert visit.host.organisations == ["Region Jönköpings län", "Värnamo kommun"], visit


def test_an_earlier_visit_told_in_passing_leaves_the_sentences_date_to_the_main_visit():
    # "Gegenbesuch" before "in Frankreich" is a noun, not a town's name: France is where they go. The
    # "nachdem" clause tells last year's visit; the date and the count are this trip's.
    text = ("Gegenbesuch in Frankreich: Rathausspitze fährt nach Montbéliard\n\nNachdem im vergangenen Jahr eine "
            "Delegation aus Montbéliard in Ludwigsburg zu Gast war, reist Oberbürgermeister Klaus Weber vom 5. bis "
            "8. Oktober mit einer zehnköpfigen Delegation in die französische Partnerstadt.")
    visits = analyse(text, "de").visits
    assert [(v.host.cities, v.visitor.cities, v.start_date, v.participants) for v in visits] == [
        (["Montbéliard"], ["Ludwigsburg"], "--10-05", 10), (["Ludwigsburg"], ["Montbéliard"], "", None)], visits


def test_a_town_before_the_group_is_no_possessor_where_possessors_follow_the_noun():
    # Czech: "navštívila Frýdek-Místek sedmičlenná delegace z Polska" - a delegation of seven from Poland visited
    # Frýdek-Místek; in Estonian "Rakvere linnavalitsuse delegatsioon" the genitive before the noun is whose.
    visit = analyse("Návštěva\n\nVe dnech 20. až 22. září navštívila Frýdek-Místek sedmičlenná delegace z polského "
                    "partnerského města Bielsko-Biała.", "cs").visits[0]
    assert (visit.host.cities, visit.visitor.cities) == (["Frýdek-Místek"], ["Bielsko-Biala"]), visit


def test_what_follows_together_with_shares_the_side_of_what_precedes_it():
    text = ("Ukrainian teachers in Limerick\n\nTen teachers from Ternopil in Ukraine are spending two weeks in "
            "Limerick. Limerick City and County Council is hosting the visitors together with Mary Immaculate "
            "College.")
    visit = analyse(text, "en").visits[0]
    assert "Mary Immaculate College" in visit.host.organisations and not visit.visitor.organisations, visit


def test_an_earlier_visit_the_other_way_dated_by_a_season_is_a_visit_of_its_own():
    text = ("Polish teachers in Galway\n\nTen teachers from Lublin in Poland spent a week in Galway in October. "
            "Last spring, eight Irish teachers visited Lublin.")
    visits = analyse(text, "en").visits
    assert [(v.host.countries, v.visitor.countries, v.participants) for v in visits] == [
        (["IE"], ["PL"], 10), (["PL"], ["IE"], 8)], visits


def test_whose_official_led_a_delegation_to_a_place_sends_it():
    visit = analyse("Trade mission to France\n\nGalway's mayor, Cllr Anna Walsh, led a delegation of ten business "
                    "leaders to Lorient in May.", "en").visits[0]
    assert (visit.host.cities, visit.visitor.countries, visit.visitor.cities) == (["Lorient"], ["IE"], ["Galway"]), visit


def test_a_town_hall_is_a_building_neither_an_organisation_nor_a_place():
    # GeoNames knows a quarter of Zürich called "Rathaus"; "im Alten Rathaus" is Bonn's old town hall.
    result = analyse("Besuch aus Estland\n\nBürgermeisterin Katja Dörner hat eine Delegation aus Tartu im Alten "
                     "Rathaus in Bonn empfangen.", "de")
    assert not [e for e in result.entities if "Rathaus" in e.text], result.entities
    assert result.visits[0].host.countries == ["DE"], result.visits


def test_was_received_at_is_passive_the_guests_before_it_the_host_after_it():
    text = ("Teachers from Vilnius in Latvia\n\nTwelve teachers from Vilnius in Lithuania spent two days in Latvia. "
            "The group was received at Riga City Council by deputy mayor Anna Berzina.")
    visits = analyse(text, "en").visits
    assert len(visits) == 1, visits
    assert visits[0].host.organisations == ["Riga City Council"] and not visits[0].visitor.organisations, visits


def test_delegations_from_several_towns_at_one_event():
    text = ("Spotkanie miast partnerskich w Ostródzie\n\nW dniach 12–14 czerwca 2024 r. Ostróda gościła delegacje z "
            "trzech miast partnerskich: z Osterode am Harz w Niemczech, z Dobele na Łotwie oraz z Korostyszowa na "
            "Ukrainie.")
    visits = analyse(text, "pl").visits  # one visit per delegation: each pair of towns is a link of its own
    assert all(v.host.countries == ["PL"] and v.host.cities == ["Ostróda"] for v in visits), visits
    assert [(v.visitor.countries, v.visitor.cities) for v in visits] == [
        (["DE"], ["Osterode am Harz"]), (["LV"], ["Dobele"]), (["UA"], ["Korostyshiv"])]
    assert all(v.start_date == "2024-06-12" and v.end_date == "2024-06-14" for v in visits)


def test_nynorsk_reads_with_the_norwegian_profile():
    visits = analyse("Vitjing frå Litauen\n\nEin delegasjon på åtte personar frå Kaunas vitja Voss kommune "
                     "12. september 2024.", "nn").visits
    assert len(visits) == 1
    assert (visits[0].visitor.cities, visits[0].host.cities, visits[0].participants) == (["Kaunas"], ["Voss"], 8)


def test_a_towns_population_counts_no_visitors():
    visits = analyse("Guests from Riga\n\nA delegation from Riga, a city of 2 million people, visited Tartu on "
                     "3 May 2023.", "en").visits
    assert len(visits) == 1 and visits[0].participants is None


def test_an_estonian_partitive_in_st_is_the_place_visited_not_where_the_guests_come_from():
    result = analyse("Soome delegatsioon külastas Pärnu linnavalitsust\n\nPärnus käis kümneliikmeline delegatsioon "
                     "Soomest.", "et")
    visit = result.visits[0]
    assert visit.host.countries == ["EE"] and visit.host.cities == ["Pärnu"]
    assert visit.host.organisations == ["Pärnu linnavalitsus"] and visit.visitor.countries == ["FI"]


@pytest.mark.parametrize(
    ("language", "text", "host", "visitor"),
    [
        # The hosts between the verb and "besøg" after a date that opens the sentence, after a visit the other
        # way last year
        ("da", "Genbesøg fra Tyskland\n\nSidste år besøgte en gruppe fra Vejle Kommune venskabsbyen Bamberg i "
               "Tyskland. Fra den 2. til den 4. juni 2025 havde Vejle besøg af 22 gæster fra Bamberg.",
         "Vejle", "Bamberg"),
        ("sv", "Återbesök från Polen\n\nFörra året besökte en grupp från Söderhamns kommun vänorten Tarnów i Polen. "
               "I maj hade Söderhamn besök av tolv tjänstepersoner från Tarnów.", "Söderhamn", "Tarnów"),
        # The town inside the name of the office whose employees travel is theirs, not where they went
        ("pl", "Staż w Norwegii\n\nW dniach 12-16 maja 2025 r. pięcioro pracowników Urzędu Miejskiego w Olecku "
               "odbyło staż w gminie Bodø w Norwegii.", "Bodø", "Olecko"),
    ],
)
def test_sides_from_a_split_verb_of_hosting_and_from_whose_people_travel(language, text, host, visitor):
    visit = analyse(text, language).visits[0]
    assert visit.host.cities == [host] and visit.visitor.cities == [visitor]


def test_a_visit_the_other_way_expected_next_year_is_a_planned_visit_of_its_own():
    visits = analyse("Kharkiv officials in Tallinn\n\nA delegation of 14 officials from Kharkiv spent three days in "
                     "Tallinn, Estonia, from 10 to 12 March 2025. Next year, Tallinn officials are expected to travel to "
                     "Kharkiv.", "en").visits
    assert [(v.host.cities, v.visitor.cities, v.status) for v in visits] == [
        (["Tallinn"], ["Kharkiv"], "reported"), (["Kharkiv"], ["Tallinn"], "planned")]


@pytest.mark.parametrize(
    ("language", "text", "host", "visitor"),
    [
        ("pl", "Spotkanie w Kłajpedzie\n\nW dniach 17-19 września 2024 r. przedstawiciele Gminy Miejskiej Kraśnik "
               "uczestniczyli w spotkaniu partnerów projektu „Zielone Miasta” w Kłajpedzie na Litwie.", "LT", "PL"),
        ("en", "Partner meeting\n\nOfficials of Galway City Council took part in a partner meeting in Tartu, Estonia, "
               "on 3 May 2024.", "EE", "IE"),
    ],
)
def test_taking_part_in_a_partner_meeting_abroad_is_a_visit(language, text, host, visitor):
    visit = analyse(text, language).visits[0]
    assert visit.host.countries == [host] and visitor in visit.visitor.countries


def test_georgia_by_its_own_name_in_lithuanian():
    visit = analyse("Svečiai iš Sakartvelo\n\nBirštone lankėsi Sakartvelo Mcchetos savivaldybės delegacija.",
                    "lt").visits[0]
    assert visit.visitor.countries == ["GE"] and visit.host.countries == ["LT"]


def test_a_czech_visit_and_a_czech_article_without_one():
    visit = analyse("Delegace z Polska navštívila Liberec\n\nVe dnech 12. až 14. června 2024 navštívila Liberec "
                    "dvanáctičlenná delegace z partnerského města Jelenia Góra v Polsku. Hosty přivítal primátor Liberce "
                    "Jaroslav Zámečník.", "cs").visits
    assert [(v.host.countries, v.host.cities, v.visitor.countries, v.visitor.cities, v.start_date, v.end_date,
             v.participants) for v in visit] == [
        (["CZ"], ["Liberec"], ["PL"], ["Jelenia Góra"], "2024-06-12", "2024-06-14", 12)]
    assert analyse("Nová cyklostezka\n\nMěsto Jihlava otevřelo v sobotu novou cyklostezku. Stavba stála 12 mil. Kč.",
                   "cs").visits == []


def test_a_capitalised_ordinary_word_is_no_foreign_town_the_article_never_places():
    result = analyse("Studijní cesta do Norska\n\nPět úředníků z Tábora navštívilo Lillehammer. Cestu financovaly "
                     "Fondy EHP a Norska.", "cs")
    assert "Fondi" not in values(result, "city")


def test_a_slovak_study_trip_abroad():
    visit = analyse("Zamestnanci Mestského úradu Levice v Nórsku\n\nOd 2. do 5. septembra 2024 sa osem zamestnancov "
                    "Mestského úradu Levice zúčastnilo študijnej cesty do nórskeho mesta Hamar.", "sk").visits[0]
    assert (visit.host.countries, visit.host.cities, visit.visitor.countries, visit.visitor.cities,
            visit.visitor.organisations, visit.participants) == (["NO"], ["Hamar"], ["SK"], ["Levice"],
                                                                ["Mestský úrad Levice"], 8)


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        # Scandinavian definite plurals
        ("sv", "Besök från Lettland\n\nDe tolv gästerna från Valmiera besökte Söderhamn i maj.", 12),
        ("nb", "Besøk fra Latvia\n\nDe ni deltakerne fra Jelgava besøkte Kongsberg i mai.", 9),
        ("da", "Besøg fra Polen\n\nDe femten deltagerne fra Słupsk besøgte Næstved i maj.", 15),
        # a number in words up to four words before who is counted
        ("lt", "Vizitas Švedijoje\n\nAštuoni Rokiškio rajono savivaldybės administracijos specialistai lankėsi "
               "Ludvikoje.", 8),
        ("sv", "Besök från Ukraina\n\nFörra veckan besökte sex borgmästare från Ukraina Linköping.", 6),
        # an ordinal is no count, and may stand among the words before what is counted
        ("lv", "Skolēni Vācijā\n\nNo 8. līdz 14. aprīlim 20 Ventspils 4. vidusskolas skolēni un trīs skolotāji "
               "viesojās partnerskolā Brēmenē, Vācijā.", 23),
        # numbers in the genitive
        ("uk", "Візит до Вроцлава\n\nДелегація Львівської міської ради у складі восьми осіб перебувала у "
               "Вроцлаві.", 8),
        ("lv", "Delegācija Zviedrijā\n\nNo 23. līdz 26. septembrim Tukuma novada delegācija astoņu cilvēku sastāvā "
               "viesojās Zviedrijā.", 8),
        # guests by their trade, or counted after them
        ("fi", "Vieraita Norjasta\n\nTromssan opettajat vierailivat Kuopiossa. Vierailijoita oli yhteensä 18.", 18),
        ("da", "Besøg fra Litauen\n\nVordingborg Kommune havde besøg af otte socialrådgivere fra Panevėžys.", 8),
        ("de", "Gäste aus Polen\n\nDie elf Feuerwehrleute aus Gniezno besuchten Bautzen.", 11),  # "-leute"
        ("uk", "Візит до Польщі\n\nГрупа з 12 директорів шкіл Рівного перебувала у Кракові.", 12),
        ("pl", "Goście z Łotwy\n\nDo Ełku przyjechało dziewięciu strażaków z Rygi.", 9),
        ("da", "Besøg fra Letland\n\nI maj havde Ikast besøg af syv socialarbejdere fra Cēsis.", 7),  # a compound
        # the number after the group's word and a preposition, and a number made round
        ("en", "Visit from Poland\n\nA group of 30 from Gdynia visited Cardiff in May.", 30),
        ("nb", "Besøk fra Polen\n\nEn gruppe på 15 fra Gdynia besøkte Bergen i mai.", 15),
        ("sv", "Besök från Polen\n\nEtt 30-tal elever från Gdynia besökte Karlskrona i maj.", 30),
        ("de", "Besuch aus Polen\n\nInsgesamt 40 Teilnehmende aus Gniezno besuchten Speyer.", 40),
        ("fi", "Opintomatka\n\nPorin kahdeksan nuorta ja kaksi ohjaajaa vierailivat Tartossa.", 10),  # and their leaders
        # a count on top of the people named before it
        ("lt", "Vizitas\n\nRaseinių rajono meras Andrius Bautronis ir dar trys atstovai lankėsi Vokietijoje.", 4),
        ("en", "Visit\n\nMayor Anna Berzina and three other councillors from Cēsis visited Lund.", 4),
        ("nb", "Besøk frå Polen\n\nFørre veke hadde Stord besøk av 14 ungdomar og to leiarar frå Wejherowo.", 16),
    ],
)
def test_counts_of_guests(language, text, count):
    assert analyse(text, language).visits[0].participants == count


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "Fullmäktige\n\nOrdföranden hälsade även en delegation från vänkommunen Kuressaare i Estland välkommen. "
               "De sju gästerna besökte Ljusdal 14–16 oktober."),
        ("nb", "Besøk\n\nEn delegasjon fra vennskapskommunen Kuressaare i Estland besøkte Ljusdal i oktober."),
    ],
)
def test_a_twin_municipality_word_between_from_and_the_town(language, text):
    visit = analyse(text, language).visits[0]
    assert visit.visitor.countries == ["EE"] and visit.visitor.cities == ["Kuressaare"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pl", "Wizyta z Norwegii\n\nWspólne zdjęcie ośmiu osób z delegacją z Norwegii.\n"
               "W środę w Olecku gościliśmy delegację z Bodø."),
        ("en", "Guests from Norway\n\nPhoto: twelve people with the delegation from Bergen.\n"
               "On Monday Galway hosted the delegation from Bergen."),
    ],
)
def test_a_count_of_the_people_in_a_photograph_counts_no_guests(language, text):
    assert analyse(text, language).visits[0].participants is None


def test_a_number_after_a_group_of_things_is_no_count_of_people():
    # "a group of 5 municipalities" counts towns; "A group of 30 from Gdynia" counts guests
    text = "Visit from Poland\n\nA group of 5 municipalities from Pomerania sent a delegation to Cardiff."
    assert analyse(text, "en").visits[0].participants is None


def test_a_possessive_town_before_a_word_for_twin_town_is_no_side():
    text = ("Visit\n\nA delegation from Bergen's twin town Gdynia in Poland spent three days in Galway.")
    visit = analyse(text, "en").visits[0]
    assert visit.visitor.cities == ["Gdynia"] and visit.visitor.countries == ["PL"]


def test_a_word_of_visiting_inside_an_organisations_name_reports_no_visit():
    text = ("Budget for twinning\n\nThe council of Limerick approved a budget of €9,000 for the Limerick Twinning "
            "Association. Councillor John Byrne praised its work with partner towns in Germany and Poland.")
    assert analyse(text, "en").visits == []


def test_a_length_word_in_any_case_form():
    # the list holds "tygodniowy"; the text writes its genitive
    text = "Staż\n\nCzterech pracowników urzędu z Olecka wróciło z tygodniowego stażu w norweskim Bodø."
    assert analyse(text, "pl").visits[0].duration_days == 7


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sk", "Návšteva\n\nV máji navštívila mesto Trenčín delegácia z poľského mesta Zamość."),
        ("cs", "Návštěva\n\nV květnu navštívila město Tábor delegace z polského města Zamość."),
    ],
)
def test_a_lower_case_town_word_before_a_town_names_no_organisation(language, text):
    visit = analyse(text, language).visits[0]
    assert visit.host.organisations == [] and visit.visitor.cities == ["Zamość"]


def test_a_case_form_of_a_home_town_name_is_the_home_town():
    # Sandviken is also the Swedish name of a Finnish village; a Swedish text means its own town
    text = "Besök från Finland\n\nI går hade Sandvikens kommun besök av åtta lärare från Kotka i Finland."
    visit = analyse(text, "sv").visits[0]
    assert visit.host.countries == ["SE"] and visit.host.cities == ["Sandviken"]


def test_an_earlier_season_dates_a_visit_of_its_own():
    text = ("Besök från Finland\n\nI går hade Sandvikens kommun besök av åtta lärare från Kotka. "
            "Redan i våras besökte en grupp från Sandviken Kotka.")
    visits = analyse(text, "sv").visits
    assert [(v.host.cities, v.visitor.cities) for v in visits] == [(["Sandviken"], ["Kotka"]), (["Kotka"], ["Sandviken"])]


@pytest.mark.parametrize(
    ("language", "text", "days"),
    [
        ("da", "Besøg\n\nTyve elever fra Næstved besøgte Kołobrzeg. Udvekslingen varer en uge.", 7),  # "a week"
        ("nb", "Besøk\n\nTjue elevar frå Volda var på utveksling i Kaunas i tre dagar.", 3),  # Nynorsk's "dagar"
    ],
)
def test_lengths_of_stay_in_scandinavian(language, text, days):
    assert analyse(text, language).visits[0].duration_days == days


def test_a_ukrainian_collective_numeral_counts_the_guests():
    text = "Стажування\n\nУ травні шестеро працівників Рівненської міської ради пройшли стажування у місті Люблін."
    assert analyse(text, "uk").visits[0].participants == 6


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Besuch\n\nEine Delegation aus Cottbus besuchte Potsdam."),
    ("en", "Visit\n\nA delegation from Cottbus visited Potsdam."),
    ("sv", "Besök\n\nEn delegation från Umeå besökte Luleå."),
])
def test_a_visit_between_two_towns_of_one_country_has_both_sides(language, text):
    # The guests' town has its "from"; the visited one only its place after the verb: one country, two sides.
    result = analyse(text, language)
    assert len(result.visits) == 1
    visit = result.visits[0]
    assert visit.host.cities == [values(result, "city")[1]] and visit.visitor.cities == [values(result, "city")[0]]
    assert visit.host.countries == visit.visitor.countries


def test_a_nationality_word_after_a_verb_is_no_word_on_the_guests():
    # "Lithuanian mayors see Irish rural broadband": the mayors are Lithuanian, the broadband Irish.
    result = analyse("Lithuanian mayors see Irish rural broadband\n\nMayors from Utena visited Ennis in County Clare "
                     "from 2 to 5 June.", "en")
    assert [(v.host.countries, v.visitor.countries) for v in result.visits] == [(["IE"], ["LT"])]


def test_a_placement_is_a_visit_with_its_length_in_weeks_and_whose_students_they_are():
    text = ("Danish students in Riga\n\nSix nursing students from University College Lillebaelt in Odense have "
            "completed a four-week clinical placement at a hospital in Riga. The hospital had hosted more than 40 "
            "exchange students this year.")
    visit = analyse(text, "en").visits[0]
    assert (visit.participants, visit.duration_days) == (6, 28)
    assert visit.visitor.organisations == ["University College Lillebaelt"] and visit.host.cities == ["Riga"]


def test_whom_the_guests_met_from_an_organisation_are_hosts_with_words_between():
    text = ("Studietur til Brussel\n\nFormannskapet i Bodø kommune var på studietur til Brussel i mars. "
            "Delegasjonen møtte blant annet representanter fra Nordnorsk Europakontor AS.")
    visit = analyse(text, "nb").visits[0]
    assert visit.host.organisations == ["Nordnorsk Europakontor AS"]


def test_a_year_a_plan_gives_dates_the_planned_visit_not_the_one_made():
    text = ("Partnerschaft mit Jelgava\n\nDer Stadtrat von Magdeburg hat beschlossen, eine Städtepartnerschaft mit der "
            "lettischen Stadt Jelgava einzugehen. Bereits im Mai hatte eine Delegation aus Jelgava Magdeburg besucht. "
            "Oberbürgermeisterin Simone Borris wird im Frühjahr 2026 mit einer Delegation nach Lettland reisen.")
    visits = analyse(text, "de").visits
    assert [(v.host.countries, v.visitor.countries, v.start_date, v.status) for v in visits] == [
        (["DE"], ["LV"], "", "reported"), (["LV"], ["DE"], "2026", "planned")]


def test_a_count_of_delegations_counts_no_one_and_each_delegation_takes_its_own_count():
    text = ("Delegacje w Lublinie\n\nW poniedziałek Lublin odwiedziły dwie delegacje: przedstawiciele miasta Łuck z "
            "Ukrainy oraz samorządowcy z gruzińskiego Kutaisi. Delegacja z Łucka liczyła sześć osób.")
    counts = {v.visitor.cities[0]: v.participants for v in analyse(text, "pl").visits}
    assert counts == {"Lutsk": 6, "Kutaisi": None}


def test_a_citys_name_after_a_full_name_is_the_city_not_a_surname():
    result = analyse("Partnerschaft\n\nIm Mai hatte eine Delegation aus Jelgava unter Leitung von Bürgermeister "
                     "Andris Rāviņš Magdeburg besucht.", "de")
    assert values(result, "person") == ["Andris Rāviņš"] and "Magdeburg" in values(result, "city")


def test_a_length_of_stay_opening_the_sentence_after_the_visits_is_the_visits():
    text = ("Studiebesök från Tyskland\n\nEn grupp på 22 politiker från Greifswald besökte i förra veckan Kalmar. "
            "Under två dagar fick de ta del av regionens arbete med kollektivtrafik.")
    assert analyse(text, "sv").visits[0].duration_days == 2


def test_a_country_then_its_oblast_and_towns_before_the_guests_noun_says_whose_guests_they_are():
    # Estonian, the place visited first: "Tartu was visited by the heads of the municipalities of Myrhorod,
    # Lubny and Hadyach in Ukraine's Poltava oblast".
    text = ("Ukraina linnapead õppisid Tartus\n\nTartut külastasid 3.–5. aprillil Ukraina Poltava oblasti Myrhorodi, "
            "Lubnõ ja Hadjatši omavalitsuste juhid. Külalised kohtusid Tartu abilinnapeaga ning tutvusid Tartu "
            "Ülikooli tegevusega. Samuti külastati Nõo valda, kus neid võttis vastu vallavanem Marika Saar.")
    visit = analyse(text, "et").visits[0]
    assert (visit.host.countries, visit.visitor.countries) == (["EE"], ["UA"])
    assert "Tartu" in visit.host.cities


@pytest.mark.parametrize(("language", "text", "end"), [
    ("pl", "Goście z Niemiec\n\nW czwartek 12 września 2024 r. burmistrz Głogówka przyjął delegację z gminy "
           "Wachtendonk. Goście przebywali w Głogówku do niedzieli.", "2024-09-15"),
    ("de", "Besuch aus Polen\n\nAm Donnerstag, 12. September 2024, empfing der Bürgermeister eine Delegation aus "
           "Gniezno in Speyer. Die Gäste blieben bis Sonntag.", "2024-09-15"),
    ("de", "Besuch aus Polen\n\nAm Donnerstag, 12. September 2024, empfing der Bürgermeister eine Delegation aus "
           "Gniezno in Speyer. Die Gäste blieben bis zum Sonntag.", "2024-09-15"),
])
def test_a_stay_until_a_weekday_ends_on_that_day_after_the_start(language, text, end):
    visit = analyse(text, language).visits[0]
    assert (visit.start_date, visit.end_date, visit.duration_days) == ("2024-09-12", end, 4)


def test_a_scandinavian_genitive_before_a_twin_town_says_whose_twin_not_where_the_guests_came_from():
    text = ("Svendborg får besøg\n\nFredag ankommer en delegation på 14 personer fra Svendborgs estiske venskabsby "
            "Kuressaare. Borgmester Bo Hansen tager imod delegationen på rådhuset i Svendborg.")
    visit = analyse(text, "da").visits[0]
    assert (visit.host.cities, visit.visitor.cities) == (["Svendborg"], ["Kuressaare"])
    # ... while a town's genitive before its municipality word names that body, whose people come from it.
    text = ("Vänortsbesök\n\nDen 20–22 juni besökte en delegation från Söderhamns kommun vänorten Kuressaare "
            "i Estland.")
    visit = analyse(text, "sv").visits[0]
    assert (visit.host.cities, visit.visitor.cities) == (["Kuressaare"], ["Söderhamn"])


def test_norwegian_firefighters_are_counted():
    text = ("Polske brannfolk på besøk\n\nÅtte brannmenn fra Jelenia Góra i Polen har denne uka vært på "
            "hospitering i Kongsberg.")
    assert analyse(text, "nb").visits[0].participants == 8


def test_a_german_verb_of_travelling_with_its_preposition_after_the_subject_reports_a_visit():
    visits = analyse("Schüleraustausch\n\nIm Mai 2025 fahren die Schüler aus Verden nach Gniezno.", "de",
                     published="2025-01-10").visits
    assert [(v.host.cities, v.visitor.cities) for v in visits] == [(["Gniezno"], ["Verden"])], visits


def test_a_counted_group_after_the_verb_and_a_fronted_date_says_whose_people_visit():
    # "On 3-4 April seven members of Åland's parliament visited Region Gotland"
    visits = analyse("Politiker på Gotland\n\nDen 3–4 april besökte sju ledamöter av Ålands lagting Region "
                     "Gotland i Visby.", "sv").visits
    assert visits and visits[0].visitor.organisations == ["Ålands lagting"], visits
    assert visits[0].host.organisations == ["Region Gotland"], visits


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("lt", "Svečiai iš Norvegijos\n\nLapkričio 6 d. Alytuje lankėsi delegacija iš Norvegijos. Penkių asmenų "
               "delegacija domėjosi socialinėmis paslaugomis."),
        ("lv", "Viesi no Polijas\n\nTrīs pašvaldību pārstāvji no Polijas 5. maijā apmeklēja Rīgu."),
    ],
)
def test_a_genitive_number_without_a_days_word_is_no_length_of_stay(language, text):
    visits = analyse(text, language).visits
    assert visits and visits[0].duration_days in (None, 1), visits


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("fi", "Vaasa Uumajassa\n\nPuheenjohtaja Joakim Strand ja neljä viranhaltijaa vierailivat Uumajassa.", 5),
        ("en", "Visit to Cork\n\nMayor Anna Berg, Councillor John Smith and three officials from Tartu visited Cork.", 5),
        # A person in another phrase is no part of the count
        ("sv", "Besök i Kalmar\n\nKent Hansson tog emot gästerna och fyra tjänstepersoner från Gdynia besökte Kalmar.", 4),
    ],
)
def test_people_named_and_joined_to_a_count_add_to_it(language, text, count):
    visits = analyse(text, language).visits
    assert visits and visits[0].participants == count, visits


def test_a_latvian_return_visit_told_in_the_future_is_planned():
    visits = analyse("Skolotāji Polijā\n\nNo 9. līdz 13. oktobrim 10 Rēzeknes pedagogi viesojās Lomžā. Nākamā gada "
                     "pavasarī Lomžas skolotāji ieradīsies Rēzeknē.", "lv").visits
    assert [(v.host.cities, v.visitor.cities, v.status) for v in visits] == [
        (["Łomża"], ["Rēzekne"], "reported"), (["Rēzekne"], ["Łomża"], "planned")], visits


def test_a_town_after_a_title_and_in_says_whose_the_official_is():
    # "The mayor of Šiauliai visiting Jönköping": "i" after a title is "of", not where the visit was.
    visits = analyse("Borgmästaren i Šiauliai på besök i Jönköping\n\nŠiauliais borgmästare Artūras Visockas "
                     "besökte i maj Jönköping tillsammans med två tjänstepersoner.", "sv").visits
    assert [(v.host.cities, v.visitor.cities) for v in visits] == [(["Jönköping"], ["Šiauliai"])], visits


def test_towns_in_genitive_before_one_plural_head_share_its_case():
    # "guests from the cities of Tartu, Klaipėda and Gdynia": the elative ending stands on the head noun only.
    visits = analyse("Vieraita ystävyyskaupungeista\n\nKuopioon saapui 10. kesäkuuta 2024 vieraita Tarton, Klaipėdan "
                     "ja Gdynian kaupungeista.", "fi").visits
    assert len(visits) == 1, visits
    assert set(visits[0].visitor.cities) == {"Tartu", "Klaipėda", "Gdynia"}, visits
    assert set(visits[0].visitor.countries) == {"EE", "LT", "PL"}, visits
    assert visits[0].host.cities == ["Kuopio"], visits


def test_latvian_members_of_a_council_are_counted():
    # "12 members of Tartu city council visited Valmiera"
    visits = analyse("Tartu deputāti Valmierā\n\nValmierā 2024. gada 14. martā viesojās 12 Tartu pilsētas domes "
                     "locekļi.", "lv").visits
    assert visits and visits[0].participants == 12, visits


def test_a_leader_named_with_his_delegation_is_no_count_of_the_guests():
    # "The mayor of Telšiai, K. V., visited Kaunas with a delegation": how many came is not said.
    visits = analyse("Delegacija iš Telšių\n\nTelšių meras Kęstutis Vaitukaitis su delegacija gegužės 5 d. lankėsi "
                     "Kaune.", "lt").visits
    assert visits and visits[0].participants is None, visits


def test_find_phrases_finds_every_start_of_every_phrase_in_order():
    import random

    from pipeline.visits import find_phrases

    rng = random.Random(5)
    vocabulary = ["a", "b", "c", "d"]
    for _ in range(300):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 12))]
        phrases = tuple({tuple(rng.choice(vocabulary) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(0, 5))})
        expected = sorted({i for p in phrases for i in range(len(words) - len(p) + 1) if tuple(words[i : i + len(p)]) == p})
        assert find_phrases(words, phrases) == expected, (words, phrases)
    assert find_phrases(["tar", "emot", "gäster"], (("tar", "emot"), ("emot",))) == [0, 1]


@pytest.mark.parametrize("text", [
    "Scottish guests in Tartu\n\nA Scottish delegation of five councillors visited Tartu on 3 May 2024.",
    "Twinning visit\n\nOn 3 May 2024 Tartu welcomed five Welsh councillors from Carmarthenshire County Council.",
])
def test_welsh_and_scottish_guests_come_from_britain(text):
    visits = analyse(text, "en").visits
    assert visits and visits[0].visitor.countries == ["GB"] and visits[0].host.cities == ["Tartu"], visits


def test_an_english_count_written_with_a_hyphen_and_a_week_of_stay():
    visits = analyse("Pupils from Brest in Cork\n\nThirty-one pupils and three teachers from Brest, France, spent a week "
                     "in Cork in May.", "en").visits
    assert [(v.participants, v.duration_days) for v in visits] == [(34, 7)], visits


@pytest.mark.parametrize(("language", "text", "main", "back"), [
    # "In October, Cork pupils will travel to Brest": a plan after a visit made is a visit of its own, whatever its
    # month, and the one reported stays reported.
    ("en", "Pupils from Brest in Cork\n\nTwenty pupils from Brest visited Cork in May. In October, Cork pupils will "
           "travel to Brest.", (["Cork"], ["Brest"]), (["Brest"], ["Cork"])),
    ("pl", "Uczniowie z Lund w Kaliszu\n\nDwudziestu uczniów z Lund odwiedziło w maju Kalisz. We wrześniu uczniowie "
           "z Kalisza pojadą do Lund.", (["Kalisz"], ["Lund"]), (["Lund"], ["Kalisz"])),
    # The visitors' noun before the verb is its subject, though the place visited stands before it in its locative.
    ("lv", "Cēsu skolēni Tartu\n\nNo 2023. gada 3. līdz 5. maijam 18 Cēsu skolēni viesojās Tartu, Igaunijā. "
           "Pretvizītē Tartu skolēni Cēsīs ieradīsies nākamā gada rudenī.", (["Tartu"], ["Cēsis"]), (["Cēsis"], ["Tartu"])),
])
def test_a_return_visit_planned_after_one_reported(language, text, main, back):
    visits = analyse(text, language).visits
    assert [(v.host.cities, v.visitor.cities, v.status) for v in visits] == [
        (*main, "reported"), (*back, "planned")], visits


def test_a_plan_beside_a_dated_visit_the_same_way_is_that_visit():
    # The return visit is dated in one sentence and announced in another: one visit, not two.
    visits = analyse("Magdeburger in Jelgava\n\nVom 3. bis 5. Mai 2024 war eine Delegation aus Magdeburg zu Gast in "
                     "Jelgava. Ein Gegenbesuch in Magdeburg ist für November 2024 geplant. Die Magdeburger erwarten dann "
                     "wieder lettische Gäste.", "de").visits
    assert [(v.host.cities, v.visitor.cities, v.status) for v in visits] == [
        (["Jelgava"], ["Magdeburg"], "reported"), (["Magdeburg"], ["Jelgava"], "planned")], visits


@pytest.mark.parametrize(("language", "text"), [
    ("pl", "Delegacje w Kaliszu\n\nNa Dniach Kalisza 2024 gościliśmy delegacje z partnerskich miast: Kaliningradu z "
           "Rosji, Tartu z Estonii oraz Kowna z Litwy."),
    ("en", "Twin towns in Cork\n\nFor the festival Cork hosted delegations from its twin towns: Rennes from France, "
           "Tartu from Estonia and Kaunas from Lithuania."),
])
def test_towns_listed_with_the_country_they_come_from_are_delegations_of_their_own(language, text):
    visits = analyse(text, language).visits
    assert sorted(c for v in visits for c in v.visitor.countries) == sorted(["RU" if language == "pl" else "FR", "EE",
                                                                               "LT"]), visits
    assert len(visits) == 3 and all(v.host.countries == ["PL" if language == "pl" else "IE"] for v in visits), visits


@pytest.mark.parametrize(("language", "text"), [
    ("sv", "Besök i Kaunas\n\nKommunalrådet Lena Holm besökte Kaunas tillsammans med tre tjänstepersoner."),
    ("nb", "Besøk i Kaunas\n\nOrdfører Lena Holm besøkte Kaunas sammen med tre rådgivere."),
    ("da", "Besøg i Kaunas\n\nBorgmester Lena Holm besøgte Kaunas sammen med tre medarbejdere."),
    ("de", "Besuch in Kaunas\n\nBürgermeisterin Lena Holm besuchte Kaunas zusammen mit drei Mitarbeitern."),
    ("en", "Visit to Kaunas\n\nMayor Lena Holm visited Kaunas together with three officials."),
    ("pl", "Wizyta w Kownie\n\nBurmistrz Adam Wójcik odwiedził Kowno wraz z trzema urzędnikami."),
    ("lv", "Vizīte Kauņā\n\nMērs Andris Ozols kopā ar trim darbiniekiem apmeklēja Kauņu."),
    ("lt", "Vizitas Rygoje\n\nMeras Tomas Jonaitis kartu su trimis darbuotojais lankėsi Rygoje."),
    ("et", "Visiit Kaunasesse\n\nLinnapea Mart Tamm külastas koos kolme ametnikuga Leedu sõpruslinna Kaunast."),
    ("uk", "Візит до Каунаса\n\nМер Олег Коваль разом з трьома посадовцями відвідав Каунас."),
])
def test_a_count_of_companions_adds_the_person_named_before_it(language, text):
    # "The mayor together with three officials" are four; the case after "with" is the count's own.
    visits = analyse(text, language).visits
    assert visits and visits[0].participants == 4, visits
    assert visits[0].visitor.cities == [] or "Kaunas" not in visits[0].visitor.cities, visits


@pytest.mark.parametrize("title", ["Galway students welcomed in Lorient", "Galway students hosted in Lorient",
                                   "Galway students received in Lorient", "Galway students welcomed to Lorient"])
def test_an_english_headline_passive_puts_the_guests_before_it(title):
    # Headlines drop "were": the students are the guests, not the hosts, though their town comes first.
    visits = analyse(f"{title}\n\nFifteen students from Galway were hosted by the town of Lorient from 8 to 12 April.",
                     "en").visits
    assert [(v.host.cities, v.visitor.cities) for v in visits] == [(["Lorient"], ["Galway"])], visits


@pytest.mark.parametrize(("language", "text"), [
    ("lv", "Vizīte Somijā\n\nNo 14. līdz 18. oktobrim Cēsu novada delegācija viesojās Lahti pilsētā. Pirms diviem gadiem Lahti delegācija viesojās Cēsīs."),
    ("en", "Visit to Lahti\n\nFrom 14 to 18 October a delegation from Cēsis visited Lahti. Two years ago a delegation from Lahti visited Cēsis."),
    ("pl", "Wizyta w Lahti\n\nW dniach 14-18 października delegacja z Kalisza odwiedziła Lahti. Dwa lata temu delegacja z Lahti odwiedziła Kalisz."),
    ("de", "Besuch in Lahti\n\nVom 14. bis 18. Oktober besuchte eine Delegation aus Speyer Lahti. Vor zwei Jahren besuchte eine Delegation aus Lahti Speyer."),
    ("sv", "Besök i Lahtis\n\nDen 14–18 oktober besökte en delegation från Växjö Lahtis. För två år sedan besökte en delegation från Lahtis Växjö."),
    ("nb", "Besøk i Lahti\n\n14.–18. oktober besøkte en delegasjon fra Bodø Lahti. For to år siden besøkte en delegasjon fra Lahti Bodø."),
    ("da", "Besøg i Lahti\n\nDen 14.–18. oktober besøgte en delegation fra Aarhus Lahti. For to år siden besøgte en delegation fra Lahti Aarhus."),
    ("fi", "Vierailu Lahdessa\n\nPorin valtuuskunta vieraili Lahdessa 14.–18. lokakuuta. Kaksi vuotta sitten Lahden valtuuskunta vieraili Porissa."),
    ("et", "Visiit Lahtisse\n\nTartu delegatsioon külastas 14.–18. oktoobril Lahtit. Kaks aastat tagasi külastas Lahti delegatsioon Tartut."),
    ("lt", "Vizitas Lahtyje\n\nSpalio 14–18 d. Kauno delegacija lankėsi Lahtyje. Prieš dvejus metus Lahčio delegacija lankėsi Kaune."),
    ("uk", "Візит до Лахті\n\n14-18 жовтня делегація з Луцька відвідала Лахті. Два роки тому делегація з Лахті відвідала Луцьк."),
])
def test_a_visit_some_years_ago_is_an_earlier_visit_of_its_own(language, text):
    # "Two years ago a delegation from Lahti visited Cēsis": the earlier visit the other way round, undated.
    visits = analyse(text, language).visits
    assert len(visits) == 2, visits
    main, earlier = visits
    assert main.start_date == "--10-14" and earlier.start_date == "", visits
    assert main.host.cities == earlier.visitor.cities == ["Lahti"], visits
    assert earlier.host.cities == main.visitor.cities and earlier.host.cities, visits


@pytest.mark.parametrize(("language", "text", "count"), [
    ("lt", "Svečiai Alytuje\n\nAlytaus tarnyba priėmė svečius iš Suvalkų – aštuonis Lenkijos ugniagesius.", 8),
    ("en", "Mission to Gdynia\n\nA delegation of eight local business owners from Cork visited Gdynia.", 8),
])
def test_counts_of_guests_in_the_forms_objects_take(language, text, count):
    visits = analyse(text, language).visits
    assert [v.participants for v in visits] == [count], visits


@pytest.mark.parametrize(("language", "text", "host", "visitor", "count"), [
    ("sv", "Elever från Gdynia\n\nNu kommer 18 polska elever och två lärare till Karlskrona den 4–8 november.",
     "Karlskrona", "PL", 20),
    ("nb", "Elever fra Gdynia\n\nNå kommer 18 polske elever og to lærere til Bodø.", "Bodø", "PL", 20),
    ("da", "Elever fra Gdynia\n\nNu kommer 18 polske elever og to lærere til Vejle.", "Vejle", "PL", 20),
    ("de", "Schüler aus Gniezno\n\nIm Mai kommen 18 polnische Schüler und zwei Lehrer nach Speyer.", "Speyer", "PL", 20),
])
def test_travellers_between_a_verb_of_coming_and_its_to_are_guests(language, text, host, visitor, count):
    # No word for a visit, but the verb and its "to" with the pupils between them; "Lehrer" is no town (Lehre).
    visits = analyse(text, language).visits
    assert [(v.host.cities, v.visitor.countries, v.participants) for v in visits] == [([host], [visitor], count)], visits


@pytest.mark.parametrize(("language", "text"), [
    ("sv", "Möte i Karlskrona\n\nVi kom fram till att samarbetet med Gdynia ska fortsätta."),
    ("nb", "Møte i Bodø\n\nVi kom fram til at samarbeidet med Gdynia skal fortsette."),
])
def test_a_verb_of_coming_and_its_to_without_travellers_report_no_visit(language, text):
    assert analyse(text, language).visits == []


def test_a_finnish_count_of_trainees_in_the_partitive():
    visits = analyse("Harjoittelijoita Puolasta\n\nLappeenrannan kaupunki sai kaksi harjoittelijaa Gdańskista. "
                     "Harjoittelu kesti kolme viikkoa.", "fi").visits
    assert [(v.host.cities, v.visitor.cities, v.participants, v.duration_days) for v in visits] == [
        (["Lappeenranta"], ["Gdańsk"], 2, 21)], visits


@pytest.mark.parametrize(("language", "text", "host", "visitor", "status"), [
    # a compound for the visit, the verb at the end after a modal
    ("de", "Schüleraustausch\n\nIm Herbst werden 20 Schüler aus Speyer nach Gniezno fahren.", "Gniezno", "Speyer",
     "planned"),
    ("de", "Arbeitsbesuch\n\nIm Mai sind 20 Schüler aus Speyer nach Gniezno gereist.", "Gniezno", "Speyer", "reported"),
    # verbs of travelling
    ("fi", "Vaihto\n\nKaksikymmentä oppilasta Porista matkusti syksyllä Tarttoon.", "Tartu", "Pori", "reported"),
    ("et", "Vahetus\n\nKakskümmend õpilast Tartust reisis sügisel Riiga.", "Riga", "Tartu", "reported"),
    ("lt", "Mainai\n\nRudenį dvidešimt mokinių iš Kauno vyks į Tartu.", "Tartu", "Kaunas", "planned"),  # the town, not Tartumaa
])
def test_visits_told_by_compounds_and_verbs_of_travelling(language, text, host, visitor, status):
    visits = analyse(text, language).visits
    assert [(v.host.cities, v.visitor.cities, v.participants, v.status) for v in visits] == [
        ([host], [visitor], 20, status)], visits


@pytest.mark.parametrize(("language", "text"), [
    ("sv", "Skolbesök\n\nEleverna från Gdynia stannade i Karlskrona i tre dagar."),
    ("nb", "Skolebesøk\n\nElevene fra Gdynia oppholdt seg i Bodø i tre dager."),
    ("da", "Skolebesøg\n\nEleverne fra Gdynia opholdt sig i Vejle i tre dage."),
])
def test_a_stay_tells_the_length_of_a_visit_a_compound_names(language, text):
    visits = analyse(text, language).visits
    assert [(v.visitor.cities, v.duration_days) for v in visits] == [(["Gdynia"], 3)], visits


@pytest.mark.parametrize(("language", "text", "host", "visitor"), [
    ("sv", "Elever i Gdynia\n\nEleverna från Karlskrona besökte Gdynia den 4–8 november.", "Gdynia", "Karlskrona"),
    ("nb", "Elever i Gdynia\n\nElevene fra Bodø var på studietur i uka.", "Gdynia", "Bodø"),
    # in a sentence, people "in" a place are its people
    ("nb", "Studietur\n\nTjue ansatte i Stavanger kommune var på studietur til Aberdeen.", "Aberdeen", "Stavanger"),
])
def test_people_in_a_place_in_a_headline_are_there_not_from_there(language, text, host, visitor):
    visits = analyse(text, language).visits
    assert [(v.host.cities, v.visitor.cities) for v in visits] == [([host], [visitor])], visits


@pytest.mark.parametrize(("language", "text", "count"), [
    # "with two officials" after the count: the mayor comes on top
    ("fi", "Vierailu Tartossa\n\nKaupunginjohtaja Mikko Aaltonen vieraili Tartossa kahden virkamiehen kanssa.", 3),
    # whom the guests met are no guests
    ("en", "Visit to Pori\n\nA delegation from Tartu visited Pori. The guests met with two officials.", None),
    ("fi", "Vierailu Porissa\n\nTarton valtuuskunta vieraili Porissa. Vieraat tapasivat kaksi virkamiestä.", None),
])
def test_counts_with_and_counts_met(language, text, count):
    visits = analyse(text, language).visits
    assert [v.participants for v in visits] == [count], visits


@pytest.mark.parametrize(("text", "town"), [("Riia delegatsioon külastas Pärnut.", "Riga"),
                                          ("Turu delegatsioon külastas Pärnut.", "Turku")])
def test_a_short_other_name_of_a_town_before_a_word_for_a_delegation_is_that_town(text, town):
    # "Riia" (Riga in Estonian) is short and Latvia is named nowhere, but whose delegation it is says a place
    visits = analyse(f"Visiit\n\n{text}", "et").visits
    assert [(v.host.cities, v.visitor.cities) for v in visits] == [(["Pärnu"], [town])], visits


def test_a_town_before_a_word_for_a_delegation_is_the_delegations_town():
    # "Tarton valtuuskunta" (Tartu's delegation) opening a sentence, Estonia named nowhere; "Eilen" (yesterday)
    # opens no person's name.
    for text in ("Vierailu\n\nTarton valtuuskunta vieraili Porissa.", "Vierailu\n\nEilen Tarton valtuuskunta vieraili Porissa."):
        visits = analyse(text, "fi").visits
        assert [(v.host.cities, v.visitor.cities) for v in visits] == [(["Pori"], ["Tartu"])], visits
