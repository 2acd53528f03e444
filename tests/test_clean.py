import unicodedata

from pipeline.clean import clean, repair
from pipeline.records import Article


def _clean(text):
    return clean(Article(article_id="x", source="t", text=text))


def test_nfc_and_mojibake_are_repaired_with_offsets_back_to_the_input():
    decomposed = unicodedata.normalize("NFD", "Wizyta w Gdańsku")
    text = f"GoÅ›cie z GdaÅ„ska.\n{decomposed} trwała dwa dni."
    cleaned = _clean(text)
    assert "Goście z Gdańska." in cleaned.text
    assert "Wizyta w Gdańsku" in cleaned.text
    start = cleaned.text.index("Gdańsku")
    end = start + len("Gdańsku")
    source = text[cleaned.source_offset(start) : cleaned.source_offset(end)]
    assert unicodedata.normalize("NFC", source) == "Gdańsku"
    start = cleaned.text.index("Gdańska")
    assert text[cleaned.source_offset(start) : cleaned.source_offset(start + 7)] == "GdaÅ„ska"


def test_clean_text_is_returned_unchanged_without_a_map():
    text, mapping = repair("Delegacja z Norwegii odwiedziła Kraków.")
    assert mapping is None and text == "Delegacja z Norwegii odwiedziła Kraków."


def test_layout_hyphenation_is_undone_only_when_pervasive():
    hyphenated = "Fo–re–nin–gen Nor–den får be–søg i Hjør–ring Kom–mu–ne."
    cleaned = _clean(hyphenated)
    assert "Foreningen Norden får besøg i Hjørring Kommune." in cleaned.text
    single = _clean("The Latvia–Lithuania programme funds the visit.")
    assert "Latvia–Lithuania" in single.text


def test_boilerplate_is_masked_without_moving_offsets():
    text = (
        "Home > News > Visits > Study visit to Riga\n"
        "Skip to content\n"
        "A delegation from Tartu visited Riga on 5 May 2020. See www.example.org/visit for photos.\n"
        "Share on Facebook\n"
        "Lämna en kommentar\n"
    )
    cleaned = _clean(text)
    assert len(cleaned.masked) == len(cleaned.text) == len(text)
    assert "Skip to content" not in cleaned.masked
    assert "Share on Facebook" not in cleaned.masked
    assert "Lämna en kommentar" not in cleaned.masked
    assert "www.example.org" not in cleaned.masked
    assert "Home > News" not in cleaned.masked
    body = "A delegation from Tartu visited Riga on 5 May 2020."
    assert cleaned.masked.index(body) == text.index(body)


def test_page_furniture_of_every_language_is_masked():
    furniture = ["Hoppa till innehåll", "Vi använder kakor för att webbplatsen ska fungera bra.", "Facebook", "LinkedIn",
                 "Dela sidan", "Przejdź do treści", "Ta strona używa plików cookies.", "Käytämme evästeitä.",
                 "Mēs izmantojam sīkdatnes.", "Naudojame slapukus.", "Hopp til hovedinnhold", "Zum Inhalt springen",
                 "We use cookies to improve your experience.", "Senast uppdaterad 2024-05-21"]
    body = "Facebook-gruppen från Pärnu besökte Kalmar den 14 maj 2024."
    cleaned = _clean("\n".join([*furniture, body]) + "\n")
    lines = cleaned.masked.split("\n")
    assert all(not line.strip() for line in lines[: len(furniture)]), lines
    assert lines[len(furniture)] == body  # a network's name inside a sentence is text, not a share button


def test_headlines_of_other_articles_below_a_related_heading_are_masked():
    text = (
        "Wizyta w Niemczech\n"
        "Delegacja z Kórnika była w Königstein. Rozmawiano o wymianie młodzieży.\n"
        "Zobacz także:\n"
        "Wizyta delegacji z Francji w Kórniku\n"
        "\n"
        "Goście z Litwy w ratuszu\n"
        "Burmistrz podziękował wszystkim za udział. Kolejne spotkanie odbędzie się w maju.\n"
    )
    masked = _clean(text).masked
    assert "Francji" not in masked and "Goście z Litwy" not in masked
    # the list ends at the first paragraph whose sentences end: that one is the article's again
    assert "Burmistrz podziękował wszystkim za udział." in masked
    assert "Delegacja z Kórnika była w Königstein." in masked
