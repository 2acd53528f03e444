import json

import pytest

from pipeline.evaluate import (
    Count,
    align_visits,
    check_floors,
    date_matches,
    evaluate_folder,
    parse_gold_item,
    score_items,
)
from tests.conftest import DEVSET, ROOT, SETTINGS, needs_devset


def test_alternatives_and_optional_items():
    gold = [parse_gold_item(v) for v in ["Ålesund|Aalesund", "Gdańsk", "Józefów?"]]
    count, fps, fns = score_items(["Aalesund", "Ålesund", "Kraków", "Józefów"], gold, "cities")
    # Two spellings of one gold item count once; an optional item found is neither right nor wrong.
    assert (count.tp, count.fp, count.fn) == (1, 1, 1)
    assert fps == ["Kraków"] and fns == ["Gdańsk"]


def test_matching_ignores_case_accents_and_punctuation():
    gold = [parse_gold_item("Miejski Ośrodek Pomocy Rodzinie w Gdańsku|MOPR")]
    count, _, _ = score_items(["miejski osrodek pomocy rodzinie w gdansku"], gold, "organisations")
    assert count.tp == 1


def test_dates_without_a_year_match_any_year():
    assert date_matches("2018-04-13", "--04-13")
    assert date_matches("--04-13", "--04-13")
    assert not date_matches("--04-13", "2018-04-13")
    assert not date_matches("2018-04-14", "--04-13")
    assert date_matches("2016-11", "2016-11")


def test_money_items():
    gold = [parse_gold_item({"amount": 449029.21, "currency": "EUR"})]
    count, _, _ = score_items(["449029.21 EUR", "381674.80 EUR"], gold, "money")
    assert (count.tp, count.fp, count.fn) == (1, 1, 0)


def test_f1_and_visit_alignment():
    assert Count(tp=3, fp=1, fn=2).f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    predicted = [{"host_countries": ["DK"], "host_cities": [], "host_organisations": [], "visitor_countries": ["EE"],
                  "visitor_cities": [], "visitor_organisations": [], "start_date": None, "end_date": None,
                  "duration_days": None, "participants": None}]
    gold = [dict(predicted[0], host_countries=["EE"], visitor_countries=["DK"]), predicted[0]]
    assert align_visits(predicted, gold) == [(0, 1), (None, 0)]


def test_floors(tmp_path):
    class FakeReport:
        def scores(self):
            return {"cities": 0.7, "dates": 0.9}

    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"cities": 0.8, "dates": 0.6, "_why": "notes are skipped"}), encoding="utf-8")
    assert check_floors(FakeReport(), floors) == ["cities: 0.700 < floor 0.800"]


def test_evaluate_on_a_folder_we_write(tmp_path):
    (tmp_path / "a1.txt").write_text("Wizyta z Norwegii\n\nGoście z Norwegii odwiedzili Gdańsk 3 maja 2019.",
                                     encoding="utf-8")
    gold = {"id": "a1", "language": "pl", "visits": [
        {"host": {"countries": ["PL"], "cities": ["Gdańsk"], "organisations": []},
         "visitors": {"countries": ["NO"], "cities": [], "organisations": []},
         "start_date": "2019-05-03", "end_date": "2019-05-03", "duration_days": None, "participants": None}],
        "entities": {"people": [], "organisations": [], "cities": ["Gdańsk"], "countries": ["NO"],
                     "dates": ["2019-05-03"], "money": []}}
    (tmp_path / "a1.json").write_text(json.dumps(gold), encoding="utf-8")
    report = evaluate_folder(tmp_path, tmp_path / "out", SETTINGS)
    assert report.language_accuracy == 1.0
    assert report.entities["cities"].f1 == 1.0 and report.entities["dates"].f1 == 1.0
    assert report.visit_fields["host_countries"].tp == 1 and report.visit_fields["visitor_countries"].tp == 1


@needs_devset
def test_devset_scores_stay_above_the_floors(tmp_path):
    report = evaluate_folder(DEVSET, tmp_path, SETTINGS)
    assert check_floors(report, ROOT / "tests" / "eval_floors.json") == []
