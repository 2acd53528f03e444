import pytest

from pipeline.extract.doc import Doc
from pipeline.extract.money import find_money, parse_amount
from pipeline.langdata import load_profile


def sums(text, language):
    doc = Doc(text, language, load_profile(language))
    return [(m.text, m.money.amount, m.money.currency) for m in find_money(doc)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("lv", "Kopējās izmaksas ir 449 029,21 EUR, no tām 381 674,80 EUR no fonda.",
         [("449 029,21 EUR", 449029.21, "EUR"), ("381 674,80 EUR", 381674.8, "EUR")]),
        ("pl", "Gmina otrzymała 25 000 zł, a powiat 1,5 mln zł.", [("25 000 zł", 25000.0, "PLN"), ("1,5 mln zł", 1500000.0, "PLN")]),
        ("fi", "Matkan rahoitti säätiö 12 000 eurolla.", [("12 000 eurolla", 12000.0, "EUR")]),  # a case form
        ("de", "Die Kosten von 3.500,- Euro trug die Stadt.", [("3.500,- Euro", 3500.0, "EUR")]),  # ",-": whole euros
        ("pl", "Budżet projektu to 120.000 € oraz 25 000,00 zł.", [("120.000 €", 120000.0, "EUR"), ("25 000,00 zł", 25000.0, "PLN")]),
        ("sv", "Föreningen fick 130 000 kronor och kommunen 2,5 miljoner kronor.",
         [("130 000 kronor", 130000.0, "kr"), ("2,5 miljoner kronor", 2500000.0, "kr")]),
        ("da", "Foreningen har fået 25.000 kr. i tilskud.", [("25.000 kr.", 25000.0, "kr")]),
        ("nb", "Prosjektet fikk 1,2 millioner kroner fra EU.", [("1,2 millioner kroner", 1200000.0, "kr")]),
        ("en", "The programme gave €2.5 million and EUR 300,000 to the towns.",
         [("€2.5 million", 2500000.0, "EUR"), ("EUR 300,000", 300000.0, "EUR")]),
        ("de", "Die Stadt zahlt 1,2 Mio. Euro und 500.000 € dazu.", [("1,2 Mio. Euro", 1200000.0, "EUR"), ("500.000 €", 500000.0, "EUR")]),
        ("lt", "Projektui skirta 2 mln. eurų.", [("2 mln. eurų", 2000000.0, "EUR")]),
        ("et", "Vald sai toetust 15 000 eurot.", [("15 000 eurot", 15000.0, "EUR")]),
        ("fi", "Hankkeen budjetti on 2,3 milj. euroa.", [("2,3 milj. euroa", 2300000.0, "EUR")]),
        ("uk", "Громада отримала 100 тис. грн на проєкт.", [("100 тис. грн", 100000.0, "UAH")]),
        ("lv", "Finansējums 12 tūkst. eiro.", [("12 tūkst. eiro", 12000.0, "EUR")]),
        ("nl", "De gemeente betaalt 2,5 miljoen euro.", [("2,5 miljoen euro", 2500000.0, "EUR")]),
        ("cs", "Stavba stála 12 mil. Kč a kraj dal 20 000 eur.", [("12 mil. Kč", 12000000.0, "CZK"), ("20 000 eur", 20000.0, "EUR")]),
        ("sk", "Projekt stál 1,2 mil. eur.", [("1,2 mil. eur", 1200000.0, "EUR")]),
        ("pl", "Dotacja wyniosła 120 tys. zł.", [("120 tys. zł", 120000.0, "PLN")]),
        ("sv", "Projektet kostar 3 milj. kronor.", [("3 milj. kronor", 3000000.0, "kr")]),
        ("sv", "Resan kostade 45 000:- och betalades av kommunen.", [("45 000:-", 45000.0, "SEK")]),
        ("lv", "Projekta izmaksas ir 442 296,58 EUR.", [("442 296,58 EUR", 442296.58, "EUR")]),
        ("da", "Kommunen giver 25.000 kr. og 1,5 mio. kroner.", [("25.000 kr.", 25000.0, "kr"), ("1,5 mio. kroner", 1500000.0, "kr")]),
        # case forms: Estonian comitative, Lithuanian accusative and instrumental, Latvian dative, Polish
        # instrumental, Ukrainian genitive of the multiplier
        ("et", "Visiiti rahastas programm 25 000 euroga.", [("25 000 euroga", 25000.0, "EUR")]),
        ("et", "Linn toetas klubi 1,2 miljoni euroga.", [("1,2 miljoni euroga", 1200000.0, "EUR")]),
        ("lt", "Savivaldybė skyrė 40 tūkstančių eurų, ES - 2 milijonus eurų.",
         [("40 tūkstančių eurų", 40000.0, "EUR"), ("2 milijonus eurų", 2000000.0, "EUR")]),
        ("lt", "Projektas finansuotas 15 000 eurais.", [("15 000 eurais", 15000.0, "EUR")]),
        ("lv", "Pašvaldība piešķīra 3 miljonus eiro un 500 tūkstošus eiro.",
         [("3 miljonus eiro", 3000000.0, "EUR"), ("500 tūkstošus eiro", 500000.0, "EUR")]),
        ("pl", "Wizytę sfinansowano 40 tysiącami złotych, a remont 12 000 złotymi.",
         [("40 tysiącami złotych", 40000.0, "PLN"), ("12 000 złotymi", 12000.0, "PLN")]),
        ("uk", "Бюджет проєкту становить 2 тисячі євро та 300 тисяч гривень.",
         [("2 тисячі євро", 2000.0, "EUR"), ("300 тисяч гривень", 300000.0, "UAH")]),
    ],
)
def test_sums_in_local_formats(language, text, expected):
    assert sums(text, language) == expected


def test_numbers_without_a_currency_are_not_money():
    assert sums("Staden har 24 000 invånare och 12 skolor.", "sv") == []
    assert sums("Projekts LLI-341 ilgst 18 mēnešus.", "lv") == []


@pytest.mark.parametrize(
    ("written", "amount"),
    [("449 029,21", 449029.21), ("120.000", 120000.0), ("2.5", 2.5), ("1,5", 1.5), ("1.234.567,89", 1234567.89),
     ("300,000", 300000.0), ("25 000,00", 25000.0)],
)
def test_grouping_and_decimal_marks(written, amount):
    assert parse_amount(written) == amount
