"""The rule layer: organisations from cue words, people from first names and titles, in every language."""

import pytest

from pipeline.extract.doc import Doc
from pipeline.langdata import load_profile
from pipeline.ner import get_backend


def spans(text, language):
    doc = Doc(text, language, load_profile(language))
    return {(s.label, text[s.start : s.end]) for s in get_backend("rules", language).find(doc)}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("sv", "Studiebesöket ordnades av Finspångs kommun och Kommunförbundet Skåne (KFSK).",
         {("ORG", "Finspångs kommun"), ("ORG", "Kommunförbundet Skåne"), ("ORG", "KFSK")}),
        ("nb", "Daglig leder i Øksnes asvo møtte ordfører Mariusz Figura.", {("ORG", "Øksnes asvo"), ("PER", "Mariusz Figura")}),
        ("da", "Delegationen fra Fredensborg Kommune mødte borgmester Siret Pihelgas.",
         {("ORG", "Fredensborg Kommune"), ("PER", "Siret Pihelgas")}),
        ("pl", "Gości przyjął Miejski Ośrodek Pomocy Rodzinie w Gdańsku oraz burmistrz Tomasz Suś.",
         {("ORG", "Miejski Ośrodek Pomocy Rodzinie w Gdańsku"), ("PER", "Tomasz Suś")}),
        ("pl", "Prezydent Gdańska Jan Kowalski przyjął gości.", {("PER", "Jan Kowalski")}),
        ("lt", "Meras Jonas Petraitis Kaune priėmė delegaciją.", {("PER", "Jonas Petraitis")}),
        ("pl", "Umowę podpisały Lubelska Izba Rolnicza i Stowarzyszenie Gmin Wiejskich.",
         {("ORG", "Lubelska Izba Rolnicza"), ("ORG", "Stowarzyszenie Gmin Wiejskich")}),
        ("lv", "Projektu vada biedrība Eiroreģions „Ezeru zeme” un Daugavpils novada pašvaldība.",
         {("ORG", "Eiroreģions „Ezeru zeme”"), ("ORG", "Daugavpils novada pašvaldība")}),
        ("lt", "Svečius priėmė Vilkaviškio rajono savivaldybė ir meras Algirdas Neiberka.",
         {("ORG", "Vilkaviškio rajono savivaldybė"), ("PER", "Algirdas Neiberka")}),
        ("et", "Külalisi võõrustas Põhja-Sakala vallavalitsus ja vallavanem Jüri Hansen.",
         {("ORG", "Põhja-Sakala vallavalitsus"), ("PER", "Jüri Hansen")}),
        ("fi", "Seminaarin järjesti Valli ry yhdessä johtaja Anne Erikssonin kanssa.", {("ORG", "Valli ry")}),
        ("de", "Die Delegation der Gemeinde Leppävirta traf Bürgermeister Thomas Steiner.",
         {("ORG", "Gemeinde Leppävirta"), ("PER", "Thomas Steiner")}),
        ("en", "The Latgale Planning Region invited mayor John Smith.", {("ORG", "Latgale Planning Region"), ("PER", "John Smith")}),
        ("uk", "Делегація Горінчівської громади зустрілася з мером Олександром Петренком.", {("ORG", "Горінчівської громади")}),
        ("uk", "Голова громади Олександр Поворознюк привітав гостей з Польщі.", {("PER", "Олександр Поворознюк")}),
        ("nl", "De Gemeente Heiloo en de Stichting Hart voor Polen ontvingen burgemeester Jan de Vries.",
         {("ORG", "Gemeente Heiloo"), ("ORG", "Stichting Hart voor Polen")}),
    ],
)
def test_rule_layer_finds_organisations_and_people(language, text, expected):
    found = spans(text, language)
    assert expected <= found, found


def test_bare_cue_words_and_capitals_headings_are_not_organisations():
    found = spans("Kommunen tog emot gruppen. Projektet fortsätter i kommunen.", "sv")
    assert not any(label == "ORG" for label, _ in found)
    heading = spans("TUKHOLMAN OPINTOMATKA MATKAKERTOMUS JOHDANTO", "fi")
    assert heading == set()
