"""`kg evaluate`: the scoring rules on tiny hand-made gold and graphs, then one run on the seeds."""

from __future__ import annotations

import json
import re

import networkx as nx

from kg.cli import main
from kg.evaluate import from_graph, load_gold, normalise, score

from .conftest import ROOT

PUTIN = {"id": "vladimir-putin", "name": "Vladimir Putin", "aliases": ["President Putin", "Putin"],
         "office": "President", "country": "RU"}
ABE = {"id": "shinzo-abe", "name": "Shinzo Abe", "aliases": ["Prime Minister Abe", "Abe"],
       "office": "Prime Minister", "country": "JP"}
LAVROV = {"id": "sergey-lavrov", "name": "Sergey Lavrov", "aliases": ["Lavrov"], "office": "Foreign Minister",
          "country": "RU"}


def gold_dir(tmp_path, meetings, persons=(PUTIN, ABE, LAVROV)):
    data = {"doc": "a.txt", "year": "2019", "persons": list(persons), "countries": [
        {"name": "Russia", "iso": "RU", "aliases": []}, {"name": "Japan", "iso": "JP", "aliases": []}],
        "regions": [], "agreements": [], "organizations": [],
        "places": [{"name": "Osaka", "aliases": [], "country": "JP"},
                   {"name": "Vladivostok", "aliases": [], "country": "RU"}],
        "meetings": meetings, "meeting_counts": []}
    (tmp_path / "a.json").write_text(json.dumps(data), encoding="utf-8")
    return load_gold(tmp_path)


def gold_meeting(participants, date, place, evidence, kind="summit"):
    return {"kind": kind, "participants": participants, "countries": [], "date": date, "place": place,
            "topics": [], "agreements": [], "evidence": evidence}


def graph(persons, meetings):
    """A kg-shaped graph: persons (id, label, offices, country) and meetings (id, kind, date, place, who, sentence)."""
    g = nx.MultiDiGraph()
    for code, name in (("RU", "Russia"), ("JP", "Japan")):
        g.add_node(f"country:{code}", type="Country", label=name, aliases=[], iso=code)
    for name in ("Osaka", "Vladivostok"):
        g.add_node(f"place:{name.lower()}", type="Place", label=name, aliases=[])
    for node, label, offices, country in persons:
        g.add_node(node, type="Person", label=label, aliases=[], offices=offices, country=country)
    for node, kind, date, place, who, sentence in meetings:
        g.add_node(node, type="Meeting", kind=kind, date=date, label=node,
                   evidence=[{"doc": "a.txt", "start": 0, "end": 1, "quote": sentence, "sentence": sentence}])
        for person in who:
            g.add_edge(node, person, key="attendee", relation="attendee")
        if place:
            g.add_edge(node, place, key="location", relation="location")
    return g


PEOPLE = [("person:putin", "Putin", ["President"], "country:RU"), ("person:abe", "Abe", ["Prime Minister"], None),
          ("person:lavrov", "Lavrov", [], "country:RU")]


def test_names_match_without_titles_articles_and_possessives():
    assert normalise("President Putin’s", person=True) == normalise("Putin", person=True)
    assert normalise("the Russian Federation") == "russian federation"
    assert normalise("State Duma") == "state duma"  # titles are stripped from persons only


def test_a_person_split_in_two_counts_one_false_positive(tmp_path):
    gold = gold_dir(tmp_path, [])
    split = PEOPLE + [("person:president-putin", "President Putin", [], None)]
    report = score(gold, from_graph(graph(split, [])))
    persons = report.entities["Person"]
    assert (persons.tp, persons.fp, persons.fn) == (3, 1, 0)
    assert persons.precision == 0.75 and persons.recall == 1.0
    assert "duplicate of" in persons.false_positives[0]
    assert report.entities["Country"].f1 == 1.0 and report.entities["Place"].f1 == 1.0


def test_a_missed_person_is_listed_and_lowers_recall(tmp_path):
    gold = gold_dir(tmp_path, [])
    persons = score(gold, from_graph(graph(PEOPLE[:2], []))).entities["Person"]
    assert persons.misses == ["Sergey Lavrov"] and persons.recall == 2 / 3 and persons.precision == 1.0


def test_office_and_country_accuracy_on_matched_persons(tmp_path):
    gold = gold_dir(tmp_path, [])
    report = score(gold, from_graph(graph(PEOPLE, [])))
    assert (report.office.correct, report.office.total) == (2, 3)  # Lavrov has no office
    assert (report.country.correct, report.country.total) == (2, 3)  # Abe has no country
    assert any(w.startswith("Shinzo Abe") for w in report.country.wrong)


def test_a_missed_pair_lowers_pair_recall(tmp_path):
    three = gold_meeting(["vladimir-putin", "shinzo-abe", "sergey-lavrov"], "2019-06", "Osaka", "They met in Osaka.")
    gold = gold_dir(tmp_path, [three])
    report = score(gold, from_graph(graph(PEOPLE, [
        ("meeting:1", "summit", "2019-06", "place:osaka", ["person:putin", "person:abe"], "They met in Osaka.")])))
    assert (report.pairs.tp, report.pairs.fn, report.pairs.fp) == (1, 2, 0)
    assert report.pairs.precision == 1.0 and report.pairs.recall == 1 / 3
    assert report.meetings.f1 == 1.0


def test_date_and_place_accuracy_of_matched_meetings(tmp_path):
    gold = gold_dir(tmp_path, [
        gold_meeting(["vladimir-putin", "shinzo-abe"], "2019-06", "Osaka", "The Osaka summit was held."),
        gold_meeting(["vladimir-putin", "shinzo-abe"], "2019-09-05", "Vladivostok", "The Vladivostok summit.")])
    report = score(gold, from_graph(graph(PEOPLE, [
        ("meeting:osaka", "summit", "2019-06", "place:vladivostok", ["person:putin"], "The Osaka summit was held."),
        ("meeting:vlad", "other", "2019-09", "place:vladivostok", [], "The Vladivostok summit.")])))
    assert report.meetings.tp == 2
    assert (report.date.correct, report.date.total) == (1, 2)  # "2019-09" is not "2019-09-05"
    assert (report.place.correct, report.place.total) == (1, 2)


def test_a_meeting_of_another_date_is_another_event(tmp_path):
    gold = gold_dir(tmp_path, [gold_meeting(["vladimir-putin", "shinzo-abe"], "2018-11", None, "In Singapore.")])
    report = score(gold, from_graph(graph(PEOPLE, [
        ("meeting:june", "summit", "2019-06", None, ["person:putin", "person:abe"], "At the June summit.")])))
    assert (report.meetings.tp, report.meetings.fp, report.meetings.fn) == (0, 1, 1)
    assert report.pairs.f1 == 1.0  # who met whom is right even though the event is not


def test_evaluate_on_the_seeds_reports_every_section(capsys):
    assert main(["evaluate", "--gold", str(ROOT / "gold"), str(ROOT / "seeds")]) == 0
    out = capsys.readouterr().out
    print(out)  # the current figures, for the log
    rows = {m.group(1).strip(): (m.group(2), m.group(3)) for m in re.finditer(
        r"^([A-Za-z1 -]+?)\s+(\d\.\d{3}|n/a)\s+(\d\.\d{3}|n/a)$", out, re.M)}
    for type_ in ("Person", "Country", "Agreement", "Organization", "Place", "Region"):
        for metric in ("precision", "recall", "f1"):
            assert f"{type_} {metric}" in rows
    for metric in ("person office accuracy", "person country accuracy", "who-met-whom pair f1", "meeting precision",
                   "meeting recall", "meeting date accuracy", "meeting place accuracy"):
        assert metric in rows
    numbers = [float(v) for pair in rows.values() for v in pair if v != "n/a"]
    assert numbers and all(0.0 <= n <= 1.0 for n in numbers)
    assert "kg / baseline" in out and "Who met whom:" in out and "Meetings:" in out
