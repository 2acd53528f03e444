import pytest

from pipeline.langdata import available_languages, is_common_word, load_profile

CLAIMED = ["sv", "pl", "lv", "lt", "nb", "da", "fi", "et", "de", "en", "uk"]


def test_every_claimed_language_has_a_profile():
    assert set(CLAIMED) <= set(available_languages())


@pytest.mark.parametrize("code", CLAIMED)
def test_profiles_combine_cldr_with_the_language_file(code):
    profile = load_profile(code)
    assert len(profile.months) >= 12 and len(profile.weekdays) >= 7
    assert len(profile.country_names) > 200
    assert profile.words("organisations", "cues") and profile.phrases("visits", "visit")


def test_forms_cldr_lacks_come_from_the_language_files():
    assert load_profile("lv").months["decembrim"] == 12
    assert load_profile("lt").months["balandzio"] == 4
    assert load_profile("pl").months["listopadzie"] == 11


def test_unknown_language_gets_the_generic_profile():
    profile = load_profile("ro")
    assert profile.months["noiembrie"] == 11  # CLDR still knows Romanian months
    assert profile.phrases("visits", "visit")


def test_common_words():
    assert is_common_word("Dom", load_profile("pl"))
    assert not is_common_word("Gdańsku", load_profile("pl"))
    assert is_common_word("Besuch", load_profile("de"))
