from pipeline import gazetteer


def test_index_is_built_once_then_loaded_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("VISITS_CACHE", str(tmp_path))
    gazetteer.load.cache_clear()
    try:
        built = gazetteer.load()
        path = gazetteer.index_path()
        assert path.is_file() and path.parent == tmp_path
        gazetteer.load.cache_clear()
        loaded = gazetteer.load()
        assert len(loaded) == len(built)
        assert [p.name for p in loaded.lookup("aalesund")] == ["Ålesund"]
        assert {p.country_code for p in loaded.lookup("mechelen")} == {"BE", "NL"}
        assert loaded.country("PL").name == "Poland"
        # A damaged cache file is rebuilt rather than trusted.
        path.write_bytes(b"not a pickle")
        gazetteer.load.cache_clear()
        assert len(gazetteer.load()) == len(built)
    finally:
        gazetteer.load.cache_clear()


def test_codes_and_foreign_scripts_are_not_names():
    g = gazetteer.load()
    assert g.lookup("aes") == []  # Ålesund's airport code
    assert "ダウガフピルス" not in g


def test_towns_without_a_population_figure_are_kept_and_rank_last():
    # GeoNames gives Osterode am Harz and Herlev no population; they are towns all the same.
    from pipeline.gazetteer import load

    gazetteer = load()
    assert [p.name for p in gazetteer.lookup("osterode am harz")] == ["Osterode am Harz"]
    assert "herlev" in gazetteer
    # "Osterode" is also the German name of Ostróda, which has a population: it comes first.
    assert gazetteer.lookup("osterode")[0].name == "Ostróda"


def test_the_first_words_of_names_of_several_words():
    index = gazetteer.load()
    openings = index.longer_name_openings
    assert "bad" in openings and "frankfurt" in openings  # Bad Kissingen, Frankfurt am Main
    keys = list(index._index)
    assert all(k.split(" ")[0] in openings for k in keys if " " in k)
    alone = [w for w in ("elektrenai", "bastad", "daugavpils", "ogre") if not any(k.startswith(f"{w} ") for k in keys)]
    assert alone and not any(w in openings for w in alone)
    assert all(" " not in word for word in openings)
