import pytest

from pipeline.clean import clean
from pipeline.language import detect_language, normalise_code
from pipeline.records import Article

SENTENCES = {
    "sv": "Kommunen tog emot en grupp politiker från Litauen som var på studiebesök under två dagar i staden.",
    "nb": "Ordføreren tok imot en delegasjon fra Polen som besøkte kommunen i to dager for å lære om eldreomsorg.",
    "da": "Borgmesteren bød velkommen til en delegation fra venskabsbyen, som besøgte kommunen i tre dage.",
    "fi": "Kaupunginjohtaja otti vastaan ruotsalaisen valtuuskunnan, joka vieraili kaupungissa kolme päivää.",
    "et": "Vallavanem võttis vastu Läti delegatsiooni, kes külastas valda kahe päeva jooksul ja tutvus koolidega.",
    "lv": "Pašvaldības vadītājs uzņēma delegāciju no Lietuvas, kas divas dienas viesojās novadā un apmeklēja skolas.",
    "lt": "Savivaldybės meras priėmė svečius iš Latvijos, kurie dvi dienas lankėsi rajone ir aplankė mokyklas.",
    "pl": "Burmistrz przyjął delegację z Norwegii, która przez dwa dni odwiedzała gminę i poznawała szkoły.",
    "de": "Der Bürgermeister empfing eine Delegation aus der Partnerstadt, die zwei Tage lang die Stadt besuchte.",
    "en": "The mayor welcomed a delegation from the twin town, who visited the city for two days last week.",
    "uk": "Міський голова прийняв делегацію з Польщі, яка два дні відвідувала громаду та знайомилася зі школами.",
    "nl": "De burgemeester ontving een delegatie uit de Poolse zusterstad, die twee dagen de gemeente bezocht.",
    "cs": "Starosta přivítal delegaci z partnerského města, která dva dny navštěvovala obec a poznávala školy.",
    "sk": "Primátor privítal delegáciu z partnerského mesta, ktorá dva dni navštevovala mesto a spoznávala školy.",
}


def _detect(text, language=""):
    return detect_language(clean(Article(article_id="x", source="t", text=text, language=language)))


@pytest.mark.parametrize("code", sorted(SENTENCES))
def test_detects_each_language_we_claim(code):
    detected = _detect(SENTENCES[code])
    assert detected.language == code
    assert detected.language_score > 0.8
    assert detected.language_note == ""


def test_detection_is_repeatable():
    text = "Delegation besøgte byen og kommunen i to dage sammen med borgmesteren"
    assert {_detect(text).language_score for _ in range(5)} == {_detect(text).language_score}


def test_given_language_field_wins_and_codes_are_normalised():
    detected = _detect(SENTENCES["sv"], language="no")
    assert (detected.language, detected.language_score) == ("nb", 1.0)
    assert normalise_code("pl-PL") == "pl" and normalise_code("NO") == "nb"


def test_too_short_and_unknown_languages_get_a_note():
    short = _detect("Ok.")
    assert short.language == "" and "too little text" in short.language_note
    chinese = _detect("这是一个关于代表团访问的中文文章，我们没有这种语言的规则。")
    assert chinese.language == "zh" and "no profile" in chinese.language_note
