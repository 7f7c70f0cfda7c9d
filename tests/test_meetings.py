"""Meetings: the constructions of the genre, dates, places, kinds, CAMEO codes, merging, counts."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import kg
from kg.meetings import _visited_then, classify, normalise_date


@pytest.fixture
def meetings(nlp, tmp_path):
    """Build texts written for the test; return their meetings as plain dicts."""
    def run(*texts: str) -> list[dict]:
        paths = []
        for i, text in enumerate(texts):
            path = tmp_path / f"doc{i}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        graph = kg.build(paths, nlp=nlp).graph
        found = []
        for node, attrs in graph.nodes(data=True):
            if attrs["type"] != "Meeting":
                continue
            targets = {k: sorted(graph.nodes[v]["label"] for _, v, key in graph.out_edges(node, keys=True) if key == k)
                       for k in ("attendee", "party", "location", "about", "agreement")}
            found.append({"kind": attrs["kind"], "date": attrs["date"], "cameo": attrs["cameo"],
                          "people": targets["attendee"], "countries": targets["party"],
                          "place": (targets["location"] or [None])[0],
                          "topics": [t.removeprefix("topic:") for t in attrs["topics"]],
                          "agreements": targets["agreement"], "evidence": attrs["evidence"],
                          "issues": attrs["named_issues"]})
        return sorted(found, key=lambda m: (m["date"] or "", m["kind"]))

    return run


def test_a_and_b_held_a_meeting(meetings):
    [m] = meetings("In 2021, Foreign Minister Motegi and Foreign Minister Saidov held a meeting in Tashkent in "
                   "August and discussed energy cooperation.")
    assert m["people"] == ["Motegi", "Saidov"] and m["date"] == "2021-08" and m["place"] == "Tashkent"
    assert m["kind"] == "foreign-ministers-meeting" and "energy" in m["topics"]


def test_a_met_with_b(meetings):
    [m] = meetings("In 2018, Prime Minister Abe met with President Mirziyoyev of Uzbekistan in Tokyo in December.")
    assert m["people"] == ["Abe", "Mirziyoyev"] and m["place"] == "Tokyo" and m["date"] == "2018-12"
    assert m["kind"] == "summit"


def test_a_held_talks_with_b(meetings):
    [m] = meetings("Diplomatic Bluebook 2023\n\nForeign Minister Hayashi held talks with Foreign Minister "
                   "Darchiashvili of Georgia in Tbilisi in May.")
    assert m["people"] == ["Darchiashvili", "Hayashi"] and m["date"] == "2022-05" and m["place"] == "Tbilisi"


def test_meeting_between_titled_people_was_held(meetings):
    [m] = meetings("In 2017, a meeting between Mr. Shotaro Yachi, Secretary General of the National Security "
                   "Secretariat, and Mr. Karim Massimov, Chairman of the National Security Committee of Kazakhstan, "
                   "was held in Astana in June.")
    assert m["people"] == ["Karim Massimov", "Shotaro Yachi"]
    assert (m["date"], m["place"]) == ("2017-06", "Astana")


def test_visited_and_co_chaired_together_with(meetings):
    [m] = meetings("In 2014, First Deputy Prime Minister Bakytzhan Sagintayev visited Japan in October and "
                   "co-chaired the Japan-Kazakhstan Intergovernmental Committee together with Minister Kishida.")
    assert m["kind"] == "intergovernmental-committee"
    assert m["people"] == ["Bakytzhan Sagintayev", "Kishida"]
    assert m["date"] == "2014-10" and m["place"] == "Japan"
    assert set(m["countries"]) == {"Japan", "Kazakhstan"}


def test_a_and_b_signed_a_memorandum(meetings):
    [m] = meetings("In 2015, Minister Kishida and Minister Aslov signed a memorandum between the Ministry of Foreign "
                   "Affairs of Japan and the Ministry of Foreign Affairs of Tajikistan in Dushanbe in July.")
    assert m["kind"] == "signing" and m["cameo"] == "057"
    assert m["agreements"] and m["agreements"][0].startswith("memorandum between")
    assert m["place"] == "Dushanbe" and m["date"] == "2015-07"


def test_summit_meeting_with_the_two_leaders(meetings):
    [m] = meetings("In 2022, Prime Minister Kishida and President Tokayev agreed to deepen ties. At the "
                   "Japan-Kazakhstan Summit Meeting in Astana in December, the two leaders discussed the "
                   "decarbonisation of energy.")
    assert m["kind"] == "summit" and m["people"] == ["Kishida", "Tokayev"]
    assert (m["date"], m["place"]) == ("2022-12", "Astana") and set(m["countries"]) == {"Japan", "Kazakhstan"}


def test_the_two_foreign_ministers_resolve_to_the_named_ministers(meetings):
    found = meetings("In 2019, Foreign Minister Kono wrote to Foreign Minister Mammadyarov. "
                     "At the Japan-Azerbaijan Foreign Ministers' Meeting in Baku in August, the two Foreign "
                     "Ministers exchanged views on regional affairs.")
    [m] = [m for m in found if m["kind"] == "foreign-ministers-meeting"]
    assert m["people"] == ["Kono", "Mammadyarov"] and m["place"] == "Baku"


def test_respectively_distributes_places_and_dates(meetings):
    found = meetings("In 2020, Foreign Minister Motegi and Foreign Minister Tileuberdi held the Japan-Kazakhstan "
                     "Foreign Ministers' Meetings in Nur-Sultan and Tokyo in January and October respectively.")
    assert [(m["date"], m["place"]) for m in found] == [("2020-01", "Astana"), ("2020-10", "Tokyo")]
    assert all(m["people"] == ["Motegi", "Tileuberdi"] for m in found)


def test_counts_are_kept_as_counts_not_meetings(nlp, tmp_path):
    path = tmp_path / "counts.txt"
    path.write_text("In 2014, talks took place, including three Summit Meetings and five Foreign Ministers' "
                    "Meetings with Central Asian countries.\n", encoding="utf-8")
    graph = kg.build([path], nlp=nlp).graph
    assert not [n for n, a in graph.nodes(data=True) if a["type"] == "Meeting"]
    counts = {(c["kind"], c["count"], c["year"]) for c in graph.graph["meeting_counts"]}
    assert counts == {("summit", 3, "2014"), ("foreign-ministers-meeting", 5, "2014")}


def test_same_meeting_in_two_sentences_and_two_documents_is_one(meetings):
    found = meetings(
        "In 2023, Prime Minister Kishida met with President Japarov in Tokyo in November.\n"
        "Japan-Kyrgyz Summit Meeting (November 14, Tokyo; Photo: Cabinet Public Relations Office)\n",
        "Diplomatic Bluebook 2024\n\nAt the summit meeting in Tokyo in November, Prime Minister Kishida and "
        "President Japarov confirmed their cooperation on water resources.\n")
    [m] = found
    assert m["date"] == "2023-11-14" and m["place"] == "Tokyo" and len(m["evidence"]) == 3


def test_telephone_talk_and_third_location_cameo_codes(meetings):
    found = meetings("In 2021, Prime Minister Suga held a telephone talk with President Aliyev in March. "
                     "In 2021, Foreign Minister Motegi and Foreign Minister Bayramov held a Japan-Azerbaijan "
                     "Foreign Ministers' Meeting in New York in September.")
    by_kind = {m["kind"]: m for m in found}
    assert by_kind["telephone-talk"]["cameo"] == "041"
    assert by_kind["foreign-ministers-meeting"]["cameo"] == "044"  # met in a third country


def test_visit_by_an_official_is_a_visit(meetings):
    [m] = meetings("In 2016, President Berdimuhamedov visited Japan in October.")
    assert (m["kind"], m["cameo"], m["place"], m["date"]) == ("visit", "042", "Japan", "2016-10")


def test_generic_statements_are_not_meetings(meetings):
    assert meetings("In 2012, talks at various levels took place. Former residents made grave visits in "
                    "August.") == []


def test_named_issues_are_kept_on_the_meeting(meetings):
    [m] = meetings("In 2019, Prime Minister Abe and President Putin held a summit meeting in Osaka in June and "
                   "discussed the Northern Territories issue.")
    assert m["issues"] == ["Northern Territories issue"] and "territorial-issues" in m["topics"]


@pytest.mark.parametrize("text, year, published, expected", [
    ("September 5", "2019", None, "2019-09-05"),
    ("in September", "2019", None, "2019-09"),
    ("November 2018", "2019", None, "2018-11"),
    ("the end of 2016", "2019", None, "2016-12"),
    ("December 19, 2019", None, None, "2019-12-19"),
    ("last September", "2016", "2016-08", "2015-09"),
    ("this April", "2016", "2016-08", "2016-04"),
    ("December last year", "2018", "2019-01", "2018-12"),
    ("in March of the previous year", "2021", None, "2020-03"),
    ("last year", "2014", "2015-02-10", "2014"),
    ("last month", "2018", "2018-10-10", "2018-09"),
    ("last month", "2019", "2019-01", "2018-12"),
    ("last month", "2018", None, None),
    ("December 1 last year", "2019", "2019-01-14", "2018-12-01"),
    ("three years ago", "2018", "2018-10-05", "2015"),
    ("recently", "2016", None, None),
    ("at the end of the year", "2023", None, "2023-12"),
    ("the beginning of that year", "2023", None, "2023-01"),
    ("Tuesday, Aug. 14", "2007", None, "2007-08-14"),
    ("Thursday", "2021", "2021-07-20", "2021-07-15"),
    ("Tuesday", "2021", "2021-07-20", "2021-07-20"),
    ("Thursday", "2021", "2021-07", None),
    ("Sept 13, 2013", None, None, "2013-09-13"),
    ("earlier this week", "2022", "2022-02-18", "2022-02"),
    ("last week", "2022", "2022-03-03", "2022-02"),
    ("last week", "2022", "2022-03", None),
    ("22.10.2018", None, None, "2018-10-22"),
    ("Friday the 14th", "2024", "2024-06-20", "2024-06-14"),
    ("on the eighth of May", "1994", None, "1994-05-08"),  # a day written out, as in speech
    ("the twenty-first of June 1994", None, None, "1994-06-21"),
    ("the first summit of May", "1994", None, "1994-05"),
])
def test_dates_are_normalised_to_iso(text, year, published, expected):
    assert normalise_date(text, year, published) == expected


@pytest.mark.parametrize("phrase, kind", [
    ("Japan-Russia Foreign and Defense Ministerial Consultation (“2+2” Ministerial Meeting)", "two-plus-two"),
    ("the Japan-Uzbekistan Vice-Ministerial Consultations", "vice-ministerial-meeting"),
    ("Japan-Russia Security Talks", "security-dialogue"),
    ("the 10th Meeting of the Japan-Kazakhstan Intergovernmental Commission", "intergovernmental-committee"),
    ("a courtesy call on the Prime Minister", "courtesy-call"),
    ("a telephone talk", "telephone-talk"),
    ("Japan-Georgia Summit Meeting", "summit"),
])
def test_meeting_kinds(phrase, kind):
    assert classify(phrase) == kind


def test_met_relation_points_to_the_meetings(nlp, tmp_path):
    path = tmp_path / "met.txt"
    path.write_text("In 2018, Foreign Minister Kono and Foreign Minister Kamilov held a meeting in Tokyo in May.\n",
                    encoding="utf-8")
    graph = kg.build([path], nlp=nlp).graph
    met = [(u, v, d) for u, v, k, d in graph.edges(keys=True, data=True) if k == "met" and u.startswith("person:")]
    assert len(met) == 1 and met[0][2]["meetings"] and met[0][2]["meetings"][0].startswith("meeting:")


def test_future_and_planned_meetings_are_not_events(meetings):
    assert meetings("In 2006, it was agreed that the next meeting of the Committee would be held in Moscow in 2007. "
                    "The sixth meeting of the Japan-Georgia Policy Dialogue is scheduled to be held in the autumn. "
                    "They agreed to hold a summit meeting in Astana next year.") == []


def test_signing_following_the_meeting_is_its_own_event_with_the_meetings_agreements(meetings):
    found = meetings("December 19, 2023\n\nOn December 19, Prime Minister Kishida held a meeting with President "
                     "Tokayev in Tokyo. Following the meeting, the two leaders signed the Joint Statement on "
                     "Strategic Partnership.")
    assert sorted((m["kind"], m["date"], m["place"]) for m in found) == [
        ("signing", "2023-12-19", "Tokyo"), ("summit", "2023-12-19", "Tokyo")]
    assert all(m["agreements"] == ["Joint Statement on Strategic Partnership"] for m in found)


def test_signing_at_the_meeting_is_part_of_it(meetings):
    [m] = meetings("On December 19, 2023, Prime Minister Kishida held a meeting with President Tokayev in Tokyo. "
                   "On December 19, the two leaders also signed the Joint Statement on Strategic Partnership.")
    assert m["kind"] == "summit" and m["agreements"] == ["Joint Statement on Strategic Partnership"]


def test_one_leader_meeting_two_counterparts_on_one_trip_is_two_meetings(meetings):
    found = meetings("From October 22 to 28, 2015, Prime Minister Abe visited Central Asia. In Ashgabat, Prime "
                     "Minister Abe met with President Berdimuhamedov. In Bishkek, Prime Minister Abe held talks with "
                     "President Atambayev.")
    pairs = sorted(tuple(m["people"]) for m in found if len(m["people"]) == 2)
    assert pairs == [("Abe", "Atambayev"), ("Abe", "Berdimuhamedov")]
    assert {m["place"] for m in found if len(m["people"]) == 2} == {"Ashgabat", "Bishkek"}


def test_meetings_with_several_counterparts_respectively(meetings):
    found = meetings("In 2018, Foreign Minister Kono held Foreign Ministers' Meetings with Foreign Minister Mammadyarov, "
                     "Foreign Minister Zalkaliani and Foreign Minister Mnatsakanyan in Baku, Tbilisi and Yerevan "
                     "respectively in September.")
    assert sorted((m["place"], tuple(m["people"])) for m in found) == [
        ("Baku", ("Kono", "Mammadyarov")), ("Tbilisi", ("Kono", "Zalkaliani")), ("Yerevan", ("Kono", "Mnatsakanyan"))]


def test_a_tour_gives_each_meeting_the_state_it_was_held_in(meetings):
    found = meetings("In 2022, Japanese Foreign Minister Hayashi visited Kazakhstan, Kyrgyzstan and Uzbekistan in May, "
                     "and held meetings with Foreign Minister Tileuberdi, Foreign Minister Kulubaev and Foreign "
                     "Minister Norov in Almaty, Bishkek and Tashkent respectively.")
    assert sorted((m["place"], tuple(m["countries"])) for m in found) == [
        ("Almaty", ("Japan", "Kazakhstan")), ("Bishkek", ("Japan", "Kyrgyzstan")), ("Tashkent", ("Japan", "Uzbekistan"))]
    assert {m["date"] for m in found} == {"2022-05"}


def test_a_place_inside_a_topic_is_not_where_they_met(meetings):
    [m] = meetings("In March 2021, Foreign Minister Tileuberdi of Kazakhstan visited Japan and held a meeting with "
                   "Foreign Minister Motegi, at which both ministers discussed the situation in Afghanistan.")
    assert m["place"] == "Japan" and m["people"] == ["Motegi", "Tileuberdi"]


def test_a_date_relative_to_the_year_of_writing(meetings):
    found = meetings("March 3, 2022\n\nForeign Minister Hayashi said relations had deepened since the official visit "
                     "to Japan by President Sadyr Japarov in November last year.")
    assert [(m["kind"], m["date"]) for m in found] == [("visit", "2021-11")]


def test_their_meeting_is_the_people_of_the_meeting_before(meetings):
    found = meetings("In 2022, Prime Minister Kishida and President Tokayev held a summit meeting in Tokyo in May. "
                     "This was followed by their meeting in Astana in October, where they agreed that Foreign "
                     "Minister Hayashi and Foreign Minister Tileuberdi would lead the talks.")
    assert [(m["date"], m["place"], m["people"]) for m in found] == [
        ("2022-05", "Tokyo", ["Kishida", "Tokayev"]), ("2022-10", "Astana", ["Kishida", "Tokayev"])]


def test_a_named_round_of_consultations_is_one_event(meetings):
    [m] = meetings("In June 2021, Vice-Minister Mori held the Japan-Armenia Vice-Ministerial Consultations with "
                   "Mr. Vahe Gevorgyan, Deputy Minister of Foreign Affairs of Armenia, in Yerevan.")
    assert (m["kind"], m["place"], m["people"]) == ("vice-ministerial-meeting", "Yerevan", ["Mori", "Vahe Gevorgyan"])


def test_a_meeting_which_someone_chaired_is_one_event(meetings):
    found = meetings("In 2021, Foreign Minister Motegi thanked Foreign Minister Aliyev for attending the Foreign "
                     "Ministers' Meeting in Tokyo in April, which Foreign Minister Motegi chaired.")
    assert len(found) == 1 and found[0]["kind"] == "foreign-ministers-meeting"


def test_signing_following_the_meeting_takes_that_meetings_date_and_place(meetings):
    found = meetings("On May 10, 2023, Foreign Minister Hayashi held a meeting with Foreign Minister Saidov in Tokyo. "
                     "Foreign Minister Saidov welcomed the visit to Japan by President Mirziyoyev in December last "
                     "year. Following the meeting, the two ministers signed the Memorandum on Cooperation in "
                     "Agriculture.")
    signing = next(m for m in found if m["kind"] == "signing")
    assert (signing["date"], signing["place"]) == ("2023-05-10", "Tokyo")
    assert signing["agreements"] == ["Memorandum on Cooperation in Agriculture"]


def test_a_date_that_starts_a_period_does_not_date_the_meeting(meetings):
    [m] = meetings("In 2021, the Japan-Georgia Policy Consultations were held in Tbilisi, following on from the "
                   "previous year.")
    assert m["date"] == "2021"


def test_courtesy_calls_on_a_tour_are_paid_in_each_leaders_state(meetings):
    found = meetings("In May 2022, Foreign Minister Hayashi visited Kyrgyzstan and Tajikistan. During the same trip, "
                     "Foreign Minister Hayashi paid courtesy calls on President Sadyr Japarov of Kyrgyzstan and "
                     "President Emomali Rahmon of Tajikistan.")
    calls = sorted((m["people"][1] if m["people"][0] == "Hayashi" else m["people"][0], m["place"], m["date"])
                   for m in found if m["kind"] == "courtesy-call")
    assert calls == [("Emomali Rahmon", "Tajikistan", "2022-05"), ("Sadyr Japarov", "Kyrgyzstan", "2022-05")]


def test_both_ministers_at_the_meeting_in_a_place_are_the_two_who_met_there(meetings):
    found = meetings("In 2022, Foreign Minister Hayashi held meetings with Mr. Kulubaev and Mr. Muhriddin in Bishkek and "
                     "Dushanbe respectively in May. At the meeting in Dushanbe, both ministers confirmed cooperation on "
                     "border security.")
    assert sorted((m["place"], tuple(m["people"])) for m in found) == [
        ("Bishkek", ("Hayashi", "Kulubaev")), ("Dushanbe", ("Hayashi", "Muhriddin"))]


def test_what_a_clause_says_about_a_person_does_not_date_the_meeting(meetings):
    [m] = meetings("In October 2021, Foreign Minister Vladimir Norov of Uzbekistan visited Japan and held a meeting with "
                   "Foreign Minister Hayashi, who had succeeded Mr. Motegi in September.")
    assert (m["date"], m["people"]) == ("2021-10", ["Hayashi", "Vladimir Norov"])


def test_the_foreign_ministers_of_named_states_are_not_the_last_two_named(meetings):
    found = meetings("In 2021, Foreign Minister Motegi held a meeting with Foreign Minister Aliyev in Tokyo in March. "
                     "The two protocols, which the foreign ministers of the two countries had signed in Zurich in "
                     "October 2009, were not ratified.")
    assert [m["people"] for m in found if m["place"] == "Zurich"] in ([], [[]])


def test_a_stay_from_one_month_to_the_next_is_dated_by_its_first_day(meetings):
    [m] = meetings("April 20, 2012\n\nThe 2012 Session of the Japan-Russia Fisheries Committee, which was set up under an "
                   "agreement concluded in 1985, was held in Moscow from March 26 to April 12.")
    assert (m["date"], m["place"]) == ("2012-03-26", "Moscow")


def test_a_year_mentioned_in_passing_does_not_set_the_year(meetings):
    found = meetings("In 2016, relations established in 1992 developed further, and Foreign Minister Kishida "
                     "held a meeting with Foreign Minister Mammadyarov in Tokyo in March.")
    assert [m["date"] for m in found] == ["2016-03"]


def test_a_meeting_held_somewhere_is_dated_and_placed_though_the_parser_hangs_held_elsewhere(meetings):
    found = meetings("The two sides would implement the agreements reached at the Japan-Russia Summit Meeting between "
                     "Prime Minister Abe and President Putin held in Lima, Peru, on November 19, 2016, including "
                     "those on fisheries.")
    assert [(m["kind"], m["date"], m["place"]) for m in found] == [("summit", "2016-11-19", "Lima")]


def test_a_meeting_in_a_when_clause_takes_the_date_of_the_visit_it_happened_on(meetings):
    found = meetings("December 2019\n\nPrime Minister Abe recalled his visit to Kyrgyzstan in October 2015, when he "
                     "held a summit meeting with President Atambayev in Bishkek.")
    assert [(m["kind"], m["date"], m["place"], m["people"]) for m in found] == [
        ("summit", "2015-10", "Bishkek", ["Abe", "Atambayev"])]


def test_since_his_appointment_in_june_does_not_date_the_visit(meetings):
    found = meetings("October 10, 2018\n\nOn October 10, Foreign Minister Kono held a meeting with Foreign Minister "
                     "Mnatsakanyan in Tokyo. Minister Kono welcomed Minister Mnatsakanyan's first visit to Japan since "
                     "his appointment in June. Minister Kono recalled the official visit to Japan by President Sargsyan "
                     "in December last year, since when relations have grown.")
    assert "2018-06" not in [m["date"] for m in found]
    assert ("visit", "2017-12") in [(m["kind"], m["date"]) for m in found]


def test_a_meeting_recalled_from_last_month_and_a_signing_after_the_meeting_the_readout_is_about(meetings):
    found = meetings("Japan-Armenia Foreign Ministers' Meeting\n\nOctober 10, 2018\n\nOn October 10, Foreign "
                     "Minister Kono held a Japan-Armenia Foreign Ministers' Meeting with Foreign Minister Mnatsakanyan "
                     "in Tokyo.\n\n1. Minister Kono said he was pleased to meet him again following their meeting in "
                     "New York last month.\n\n2. Following the meeting, the two Ministers signed the Memorandum on "
                     "Policy Consultations.")
    assert sorted((m["kind"], m["date"], m["place"]) for m in found) == [
        ("foreign-ministers-meeting", "2018-09", "New York City"), ("foreign-ministers-meeting", "2018-10-10", "Tokyo"),
        ("signing", "2018-10-10", "Tokyo")]


def test_planned_and_prepared_visits_are_not_meetings(meetings):
    found = meetings("On December 1, 2017, Secretary General Yachi paid a courtesy call on Foreign Minister Lavrov, and "
                     "exchanged views on the preparation for the visit to Japan by Minister Lavrov and the "
                     "Foreign Ministers' Meeting planned for next year.")
    assert [(m["kind"], m["date"]) for m in found] == [("courtesy-call", "2017-12-01")]


def test_the_signing_of_an_agreement_a_meeting_follows_is_dated_by_its_own_clause(meetings):
    found = meetings("On November 30, 2017, a meeting between Secretary General Yachi and Secretary Patrushev was held "
                     "in Moscow. The meeting was held in accordance with the memorandum between the Ministry of "
                     "Foreign Affairs of Japan and the Security Council of the Russian Federation signed in Tokyo in "
                     "October 2012.")
    assert sorted((m["kind"], m["date"], m["place"]) for m in found) == [
        ("other", "2017-11-30", "Moscow"), ("signing", "2012-10", "Tokyo")]


def test_the_event_a_meeting_is_timed_against_neither_names_nor_types_it(meetings):
    found = meetings("On November 2, 2013, the Japan-Russia Security Talks were held in Tokyo. On the same day, prior "
                     "to the Security Talks, Minister Kishida and Minister Lavrov held a Foreign Ministers' Meeting. "
                     "Minister Onodera and Minister Shoigu also held a Defense Ministers' Meeting.")
    kinds = {(m["kind"], tuple(m["people"]), m["date"]) for m in found}
    assert ("foreign-ministers-meeting", ("Kishida", "Lavrov"), "2013-11-02") in kinds
    assert ("ministerial-meeting", ("Onodera", "Shoigu"), "2013-11-02") in kinds


def test_arrival_in_a_city_places_the_call(meetings):
    [m] = meetings("On November 1, 2013, shortly after their arrival in Osaka, Minister Lavrov and Minister Shoigu "
                   "jointly paid a courtesy call on Prime Minister Abe.")
    assert (m["kind"], m["place"]) == ("courtesy-call", "Osaka")


def test_welcoming_a_minister_to_a_city_is_a_meeting_there(meetings):
    found = meetings("September 2022\n\nIn July, I welcomed Foreign Minister Bakhtiyor Saidov of Uzbekistan to Tokyo, "
                     "and we exchanged views. I look forward to welcoming President Mirziyoyev to Japan.",
                     )
    assert [(m["date"], m["place"], len(m["people"])) for m in found] == [("2022-07", "Tokyo", 1)]


def test_who_is_visiting_names_the_visitor_and_the_host_state(meetings):
    [m] = meetings("October 23, 2019\n\nOn October 23, Prime Minister Abe held a summit meeting with President "
                   "Berdimuhamedov of Turkmenistan, who is visiting Japan to attend the ceremony.")
    assert (m["kind"], m["date"], m["place"]) == ("summit", "2019-10-23", "Japan")


def test_visiting_a_state_to_attend_an_event_places_the_meeting_in_that_state(meetings):
    found = meetings("October 23, 2019\n\nOn October 23, Prime Minister Kenji Sato held a meeting with H.E. Mr. Jaan "
                     "TAMM, First President of the Republic of Estonia, who is visiting Japan to attend the Ceremony.")
    assert {(m["date"], m["place"]) for m in found} == {("2019-10-23", "Japan")}


def test_the_state_visited_is_found_when_parsed_as_the_subject_of_to_attend():
    # the parse the model gives some such sentences: "Japan" the subject of "attend", "attend" a clause of "visiting"
    words = ["B", "is", "visiting", "Japan", "to", "attend", "the", "Ceremony"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 2, 5, 5, 2, 7, 5],
              deps=["nsubj", "aux", "ROOT", "nsubj", "aux", "ccomp", "det", "dobj"], lemmas=[
                  "B", "be", "visit", "Japan", "to", "attend", "the", "ceremony"])
    assert _visited_then(doc[3]) and not _visited_then(doc[0])


def test_a_recent_visit_told_afterwards_does_not_place_the_meeting(meetings):
    found = meetings("May 4, 2019\n\nOn May 3, President Jaan Tamm of Estonia received Mr. Kenji Sato, Chairman of "
                     "the Japan-Estonia Parliamentary Friendship League. Mr. Sato spoke of the results of his recent "
                     "visit to Estonia.")
    [call] = [m for m in found if m["kind"] == "courtesy-call"]
    assert (call["date"], call["place"]) == ("2019-05-03", None)


def test_a_visit_to_a_state_is_not_placed_in_another_states_town(meetings):
    [visit] = meetings("Annual Report 1994\n\nPresident Jaan Tamm paid an official visit to Latvia from October 11 "
                       "to 13, only a week after the events in Tallinn.")
    assert (visit["kind"], visit["date"], visit["place"]) == ("visit", "1994-10", "Latvia")


def test_him_is_not_the_subject_of_his_own_clause_and_the_same_day_is_the_day_just_told(meetings):
    found = meetings("Annual Report 1994\n\nPresident Jaan Tamm came to Riga in July. On July 9, the leaders met "
                     "with the President, and Prime Minister Andris Berzins, who chaired the meeting, held a summit "
                     "meeting with him the same day.")
    summit = next(m for m in found if m["kind"] == "summit")
    assert (sorted(summit["people"]), summit["date"]) == (["Andris Berzins", "Jaan Tamm"], "1994-07-09")


def test_a_call_at_a_hotel_in_a_city_and_a_call_before_the_meeting(meetings):
    found = meetings("Japan-Georgia Foreign Ministers' Meeting\n\nOctober 10, 2018\n\nOn October 10, Foreign Minister "
                     "Kono held a Foreign Ministers' Meeting with Foreign Minister Zalkaliani of Georgia, who is "
                     "visiting Japan.\n\nPrior to the meeting, Minister Zalkaliani paid a courtesy call on Mr. "
                     "Nishimura, Deputy Chief Cabinet Secretary. On October 9, Foreign Minister Kono paid a courtesy "
                     "call on President Margvelashvili at his hotel in Osaka.")
    calls = sorted((m["date"], m["place"]) for m in found if m["kind"] == "courtesy-call")
    assert calls == [("2018-10-09", "Osaka"), ("2018-10-10", "Japan")]


def test_calls_in_two_capitals_respectively(meetings):
    found = meetings("In June 2022, State Minister Odawara visited Uzbekistan and Turkmenistan, and paid courtesy calls "
                     "on the foreign ministers of the two countries in Tashkent and Ashgabat respectively.")
    assert sorted(m["place"] for m in found if m["kind"] == "courtesy-call") == ["Ashgabat", "Tashkent"]


def test_an_undated_meeting_takes_no_month_from_a_clause_about_another(meetings):
    found = meetings("March 4, 2014\n\nMinister Kishida welcomed Minister Idrissov's visit to Japan, noting that it "
                     "followed their meeting in New York last September.")
    assert ("visit", "2014-03-04") in [(m["kind"], m["date"]) for m in found]  # the readout's day, not September


def test_a_meeting_named_for_foreign_ministers_and_my_predecessor_bring_nobody_else(meetings):
    found = meetings("By Foreign Minister Hayashi\n\nIn July, I met Foreign Minister Mirzoyan in Tokyo. In the "
                     "previous year, the Foreign Ministers' Meeting of the Dialogue was held online under my "
                     "predecessor, Foreign Minister Motegi.")
    assert ["Motegi"] in [m["people"] for m in found]


def test_the_state_that_had_a_visit_is_where_it_went(meetings):
    [m] = meetings("In June 2019, Russia had a state visit by Chinese President Xi Jinping.")
    assert (m["kind"], m["place"]) == ("visit", "Russia")


def test_a_ceremony_both_leaders_attended_is_an_event_of_its_own(meetings):
    found = meetings("In June 2019, Prime Minister Abe and President Putin held a summit meeting in Osaka. The closing "
                     "ceremony for the exchange year was held in June 2019 in Osaka, with both leaders in attendance. "
                     "The opening ceremony of the new centre was held in Tashkent in May 2019.")
    assert sorted((m["kind"], m["place"]) for m in found) == [("other", "Osaka"), ("summit", "Osaka")]


def test_a_ceremony_in_a_signing_sentence_is_part_of_the_signing(meetings):
    found = meetings("On May 5, 2019, the two foreign ministers, Mr. Kono and Mr. Kamilov, signed the Memorandum on "
                     "Education and attended a ceremony for the exchange of documents in Tokyo.")
    assert [m["kind"] for m in found] == ["signing"]


def test_two_days_of_one_month_and_days_later(meetings):
    found = meetings("On December 1 and 2, 2010, the OSCE Summit was held in Astana. On March 18, 2017, Foreign Minister "
                     "Kishida held a meeting with Foreign Minister Lavrov in Tokyo. Two days later, Minister Onodera "
                     "held a meeting with Minister Shoigu in Tokyo.")
    assert [m["date"] for m in found] == ["2010-12", "2017-03-18", "2017-03-20"]


def test_the_first_osce_summit_and_the_osce_summit_are_one(meetings):
    found = meetings("In 2010, Kazakhstan hosted the first OSCE Summit in 11 years. On December 1, 2010, the OSCE Summit "
                     "was held in Astana.")
    assert [(m["date"], m["place"]) for m in found] == [("2010-12-01", "Astana")]


def test_when_an_agreement_was_concluded_does_not_date_the_meeting_under_it(meetings):
    [m] = meetings("In 2011, the Session of the Fisheries Committee under the Agreement on Fisheries, concluded in "
                   "1985, was held in Moscow from March 28 to April 14.")
    assert (m["date"], m["place"]) == ("2011-03-28", "Moscow")


def test_the_sender_of_a_letter_handed_over_is_not_at_the_meeting(meetings):
    found = meetings("On September 10, 2014, former Prime Minister Mori visited Moscow and met with President Putin, "
                     "handing over a letter from Prime Minister Abe.")
    assert [(m["people"], m["place"]) for m in found] == [(["Mori", "Putin"], "Moscow")]


def test_a_clause_about_the_subjects_office_does_not_date_the_talks(meetings):
    found = meetings("In May 2014, Mr. Yachi, Secretary General of the National Security Secretariat, which had been "
                     "launched in January, visited Moscow and held talks with Mr. Patrushev.")
    assert [(m["date"], m["place"]) for m in found] == [("2014-05", "Moscow")]


def test_the_people_who_represented_each_side_attend_the_meeting_just_told(meetings):
    [m] = meetings("On November 2, 2013, the first Japan-Russia Foreign and Defense Ministerial Consultation was held in "
                   "Tokyo. Japan was represented by Mr. Fumio Kishida, Minister for Foreign Affairs, and Mr. Itsunori "
                   "Onodera, Minister of Defense, and Russia by Mr. Sergey Lavrov, Minister of Foreign Affairs, and "
                   "Mr. Sergei Shoigu, Minister of Defence.")
    assert m["kind"] == "two-plus-two"
    assert m["people"] == ["Fumio Kishida", "Itsunori Onodera", "Sergei Shoigu", "Sergey Lavrov"]


def test_attendees_of_each_side_in_the_paragraph_after_the_summit_and_the_leaders_who_signed_after_it(meetings):
    found = meetings("Official Visit to Estonia by President Andris Berzins of Latvia\n\nMay 4, 2019\n\n"
                     "President Andris Berzins of Latvia arrived at Tallinn Airport on May 2. Prime Minister Jaan Tamm "
                     "of Estonia received him on May 2. On May 3, the President laid a wreath at the Maarjamae "
                     "Memorial. The Estonia-Latvia Summit Meeting was then held at the Government House.\n\n"
                     "Attending the expanded meeting on the Estonian side were Mr. Toomas Kask, Minister of Foreign "
                     "Affairs, and Mr. Kalle Saar, Minister of Economy. The Latvian side was represented by Mr. Janis "
                     "Ozols, Minister of Foreign Affairs; and Mr. Peteris Kalnins, Mayor of Riga.\n\n"
                     "Following the summit meeting, the two leaders attended a ceremony at which five documents were "
                     "signed.")
    summit = next(m for m in found if m["kind"] == "summit")
    assert summit["date"] == "2019-05-03"
    assert sorted(summit["people"]) == ["Andris Berzins", "Jaan Tamm", "Janis Ozols", "Kalle Saar", "Peteris Kalnins",
                                        "Toomas Kask"]
    assert all(m["place"] != "Tallinn Airport" for m in found)


def test_the_sentence_after_a_visit_tells_its_meetings_then_and_there(meetings):
    found = meetings("Annual Report 2019\n\nIn January, Foreign Minister Jaan Tamm visited Riga and held talks with "
                     "Foreign Minister Janis Ozols.\n\nIn October, Foreign Minister Tamm visited Riga again, the first "
                     "visit by an Estonian minister since the elections. He paid a courtesy call on President Andris "
                     "Berzins and held talks with Foreign Minister Ozols.")
    talks = sorted((m["kind"], m["date"], m["place"]) for m in found if m["kind"] != "visit")
    assert talks == [("courtesy-call", "2019-10", "Riga"), ("foreign-ministers-meeting", "2019-01", "Riga"),
                     ("foreign-ministers-meeting", "2019-10", "Riga")]


def test_came_to_a_town_is_a_visit_there(meetings):
    found = meetings("Annual Report 2019\n\nIn February, Foreign Minister Jaan Tamm came to Riga and held talks with "
                     "Foreign Minister Janis Ozols. The Latvian economy came to a halt in March.")
    assert [(m["kind"], m["date"], m["place"], sorted(m["people"])) for m in found] == [
        ("foreign-ministers-meeting", "2019-02", "Riga", ["Jaan Tamm", "Janis Ozols"])]


def test_he_was_received_and_the_meeting_of_a_named_commission_co_chaired(meetings):
    found = meetings("Annual Report 1999\n\nAt the end of August, Deputy Prime Minister Jaan Tamm visited Latvia. On "
                     "August 31 he was received by Prime Minister Andris Berzins. The following day, Mr. Tamm and "
                     "Minister Ozols co-chaired the meeting of the Estonian-Latvian Intergovernmental Commission on "
                     "Trade.")
    assert sorted((m["kind"], m["date"], tuple(sorted(m["people"]))) for m in found if m["kind"] != "visit") == [
        ("courtesy-call", "1999-08-31", ("Andris Berzins", "Jaan Tamm")),
        ("intergovernmental-committee", "1999-09-01", ("Jaan Tamm", "Ozols"))]


def test_a_list_of_high_level_visits_under_its_direction_headings(meetings):
    found = meetings("Japan-Latvia Relations (Overview)\n\nApril 2023\n\n2. Major High-Level Visits\n\n"
                     "(1) Latvia to Japan\n\n"
                     "2001 March: President Vaira Kalnina (official visit)\n"
                     "2015 May: Prime Minister Janis Ozols (working visit; summit meeting with Prime Minister Kenji "
                     "Sato; signing of the Joint Statement on the Baltic Partnership)\n\n"
                     "(2) Japan to Latvia\n\n"
                     "2018 September: Foreign Minister Taro Mori (foreign ministers' meeting with Minister of Foreign "
                     "Affairs Andris Berzins; courtesy calls on President Peteris Kalnins and Prime Minister Janis "
                     "Ozols)\n\n3. Economic Relations\n\n2019 June: Trade rose.\n")
    assert [(m["kind"], m["date"], m["place"], m["people"], m["agreements"]) for m in found] == [
        ("visit", "2001-03", "Japan", ["Vaira Kalnina"], []),
        ("summit", "2015-05", "Japan", ["Janis Ozols", "Kenji Sato"], ["Joint Statement on the Baltic Partnership"]),
        ("courtesy-call", "2018-09", "Latvia", ["Janis Ozols", "Taro Mori"], []),
        ("courtesy-call", "2018-09", "Latvia", ["Peteris Kalnins", "Taro Mori"], []),
        ("foreign-ministers-meeting", "2018-09", "Latvia", ["Andris Berzins", "Taro Mori"], [])]


def test_a_visit_list_with_from_headings_month_first_dates_and_bare_years(meetings):
    found = meetings("Japan-Latvia Relations (Overview)\n\nDecember 2025\n\n(1) From Japan to Latvia\n\n"
                     "May 1992: Minister for Foreign Affairs Kenji Sato\n"
                     "1997: Mission headed by Mr. Taro Mori, Member of the House of Representatives\n"
                     "April-May 2007: Minister of Economy Ichiro Ono\n\n"
                     "In December 2025, President Andris Berzins paid an official visit to Japan. He was received "
                     "by Prime Minister Kenji Sato.\n")
    assert sorted((m["kind"], m["date"], m["place"], m["people"]) for m in found) == [
        ("courtesy-call", "2025-12", "Japan", ["Andris Berzins", "Kenji Sato"]),
        ("visit", "1992-05", "Latvia", ["Kenji Sato"]), ("visit", "1997", "Latvia", ["Taro Mori"]),
        ("visit", "2007-04", "Latvia", ["Ichiro Ono"])]


def test_a_year_opening_a_numbered_paragraph_sets_the_year(meetings):
    found = meetings("Japan-Latvia Relations (Overview)\n\nApril 2023\n\n(4) In 2018 Foreign Minister Taro Mori "
                     "and Foreign Minister Andris Berzins met in February in Riga.")
    assert [(m["date"], m["place"]) for m in found] == [("2018-02", "Riga")]


def test_a_section_headed_by_its_year_dates_the_days_told_in_it_until_the_next_heading(meetings):
    found = meetings("THE BALTIC HERALD\nSaturday, 15 June 2024 | Features\n\nON THIS DAY\n\n2011: THE LEADERS MEET IN "
                     "RIGA\n\nThe forum marked its tenth birthday in Riga.\n\nOn 13 June President Jaan Tamm held talks "
                     "with President Andris Berzins.\n\nLooking ahead\n\nOn 12 June President Jaan Tamm received "
                     "President Ivan Kask.\n")
    assert sorted((m["date"], m["people"]) for m in found) == [
        ("2011-06-13", ["Andris Berzins", "Jaan Tamm"]), ("2024-06-12", ["Ivan Kask", "Jaan Tamm"])]


def test_next_opening_a_sentence_orders_the_meetings_of_a_day_and_is_no_future_meeting(meetings):
    found = meetings("Riga, 9 August 2021\n\nOn Monday President Jaan Tamm met President Ivan Kask.\n\nNext, "
                     "President Tamm met President Andris Berzins.\n\nTheir next meeting is planned for May.\n")
    assert sorted(m["people"] for m in found) == [["Andris Berzins", "Jaan Tamm"], ["Ivan Kask", "Jaan Tamm"]]


def test_the_talks_with_someone_not_yet_met_are_a_meeting_of_their_own(meetings):
    found = meetings("Riga, 9 August 2021\n\nOn Monday President Jaan Tamm met President Ivan Kask. In the meeting "
                     "with President Kask, the two sides discussed trade.\n\nThe talks with President Andris Berzins, "
                     "held in the Amber Hall, focused on the railway.\n")
    assert sorted(m["people"] for m in found) == [["Andris Berzins"], ["Ivan Kask", "Jaan Tamm"]]


def test_the_undated_items_of_a_bulleted_list_are_of_the_day_of_the_paragraph_over_them(meetings):
    found = meetings("Riga, 9 August 2021\n\nOn the morning of 6 August, President Jaan Tamm received his guests "
                     "for bilateral talks.\n\n- He first held talks with President Ivan Kask.\n- He then held talks "
                     "with President Andris Berzins.\n- In 2019 he had met President Lech Nowak in Warsaw.\n")
    assert sorted((m["date"], m["people"]) for m in found if len(m["people"]) == 2) == [
        ("2019", ["Jaan Tamm", "Lech Nowak"]), ("2021-08-06", ["Andris Berzins", "Jaan Tamm"]),
        ("2021-08-06", ["Ivan Kask", "Jaan Tamm"])]


def test_a_host_who_brings_two_leaders_together_meets_them(meetings):
    found = meetings("RIGA, 10 August 2014\n\nPresident Jaan Tamm brought President Ivan Kask and President Andris "
                     "Berzins together in the resort of Jurmala on Sunday.\n")
    assert [(m["date"], m["place"], sorted(m["people"])) for m in found] == [
        ("2014-08-10", "Jurmala", ["Andris Berzins", "Ivan Kask", "Jaan Tamm"])]


def test_a_states_leader_or_president_named_by_demonym_is_the_one_the_text_names(meetings):
    found = meetings("RIGA, 10 August 2014\n\nPresident Jaan Tamm of Estonia received President Ivan Kask of "
                     "Latvia.\n\nLater, the Estonian leader held talks with President Andris Berzins.\n\nThe Estonian "
                     "President also met President Lech Nowak.\n")
    assert sorted(m["people"] for m in found) == [["Andris Berzins", "Jaan Tamm"], ["Ivan Kask", "Jaan Tamm"],
                                                  ["Jaan Tamm", "Lech Nowak"]]


def test_a_numbered_heading_with_a_day_dates_its_section_and_the_talks_followed_are_no_visit(meetings):
    found = meetings("Visit to Latvia by Minister Jaan Tamm (Overview)\n\nMay 1, 2007\n\nMinister Jaan Tamm visited "
                     "Riga on April 29 and 30.\n\n3. Meeting with Prime Minister Ozols (April 30)\n\nOn April 30, "
                     "Minister Tamm held talks with Mr. Janis Ozols, Prime Minister of Latvia.\n\nFollowing the talks, "
                     "Minister Tamm and Prime Minister Ozols signed the Joint Statement on Energy.\n\n4. Courtesy call "
                     "on President Berzins (April 30)\n\nIn the afternoon, Minister Tamm paid a courtesy call on "
                     "President Andris Berzins.")
    assert sorted((m["kind"], m["date"]) for m in found if m["kind"] != "visit") == [
        ("courtesy-call", "2007-04-30"), ("ministerial-meeting", "2007-04-30"), ("signing", "2007-04-30")]


def test_a_visits_day_by_day_programme(meetings):
    found = meetings("Official Visit to Japan by President Jaan Tamm of Estonia\n\nMay 6, 2016\n\n1. President "
                     "Jaan Tamm of Estonia paid an official visit to Japan from May 3 to 6.\n\n2. Programme\n\n"
                     "Tuesday, May 3\n 16:30 Arrival at Narita Airport\n Evening Private time (Hotel New Otani, "
                     "Tokyo)\n\nWednesday, May 4\n 10:00 Courtesy call by Mr. Kenji Sato, Minister for Foreign "
                     "Affairs (Hotel)\n 11:20 Audience with His Majesty the Emperor (Imperial Palace)\n 15:00 "
                     "Meeting with Mr. Taro Mori, Minister of Economy\n 18:30 Press conference\n 19:30 Departure "
                     "from Tokyo for Osaka\n\nThursday, May 5\n 09:30 Courtesy call by Mr. Ichiro Ono, Governor "
                     "of Osaka Prefecture\n")
    assert [(m["kind"], m["date"], m["place"], m["people"]) for m in found if m["kind"] != "visit"] == [
        ("courtesy-call", "2016-05-04", "Tokyo", ["Jaan Tamm", "Kenji Sato"]),
        ("other", "2016-05-04", "Tokyo", ["Jaan Tamm", "Taro Mori"]),
        ("courtesy-call", "2016-05-05", "Osaka", ["Ichiro Ono", "Jaan Tamm"])]


def test_the_sides_headed_by_named_people_and_consultations_held_between_two(meetings):
    found = meetings("Estonia-Latvia Consultations\n\nMay 4, 2016\n\nOn May 3, the Estonia-Latvia Vice-Ministerial "
                     "Level Consultations were held at the Guest House in Riga. The Estonian side was headed by Mr. "
                     "Jaan Tamm, Deputy Minister, and the Latvian side by Mr. Andris Berzins, Deputy Minister.",
                     "Estonia-Lithuania Consultations\n\nJune 4, 2016\n\nOn June 3, the Estonia-Lithuania "
                     "political consultations were held in Tallinn between Mr. Jaan Tamm and Mr. Peteris Kalnins.")
    assert [(m["date"], m["place"], m["people"]) for m in found] == [
        ("2016-05-03", "Riga", ["Andris Berzins", "Jaan Tamm"]), ("2016-06-03", "Tallinn", ["Jaan Tamm", "Peteris Kalnins"])]


def test_visits_that_preparations_go_on_for_have_not_happened(meetings):
    found = meetings("Annual Report 2015\n\nIn this context, they confirmed that preparations would continue for "
                     "the visit to Estonia by President Andris Berzins at an appropriate time, as agreed in Riga, as "
                     "well as for a visit to Latvia by Mr. Jaan Tamm.")
    assert found == []


def test_a_round_of_vice_ministerial_consultations_is_one_meeting(meetings):
    found = meetings("On January 31, 2014, the second round of the Japan-Russia vice-ministerial consultations was held "
                     "in Tokyo between Mr. Sugiyama, Deputy Minister for Foreign Affairs, and Mr. Igor Morgulov, Deputy "
                     "Minister of Foreign Affairs of the Russian Federation. Consultations on trade continued.")
    assert [(m["kind"], m["date"], m["place"], len(m["people"])) for m in found] == [
        ("vice-ministerial-meeting", "2014-01-31", "Tokyo", 2)]


def test_those_who_attended_a_conference_just_told_are_its_participants(meetings):
    [m] = meetings("On August 11, 2020, Foreign Minister Motegi chaired the Foreign Ministers' Meeting of the Dialogue. "
                   "The meeting was attended by Mr. Mukhtar Tileuberdi, Minister of Foreign Affairs of Kazakhstan; and "
                   "Mr. Abdulaziz Kamilov, Minister of Foreign Affairs of Uzbekistan.")
    assert m["people"] == ["Abdulaziz Kamilov", "Motegi", "Mukhtar Tileuberdi"]


def test_a_call_paid_where_or_the_day_after_the_author_travelled(meetings):
    found = meetings("By State Minister Nakayama\n\nSeptember 2018\n\nIn June, I travelled to Dushanbe to attend the "
                     "Water Conference, and the following day I paid a courtesy call on President Rahmon. In May, I "
                     "visited Astana, where I paid a courtesy call on Foreign Minister Abdrakhmanov.")
    assert sorted((m["date"], m["place"]) for m in found) == [("2018-05", "Astana"), ("2018-06", "Dushanbe")]


def test_the_ninth_of_a_readout_dated_in_a_city(meetings):
    [m] = meetings("Japan-Turkmenistan Foreign Ministers' Meeting\n\nTokyo, March 9, 2016\n\n1. On the 9th, Foreign "
                   "Minister Kishida held a meeting with Foreign Minister Meredov.")
    assert m["date"] == "2016-03-09"


def test_headings_and_restatements_are_not_meetings_of_their_own(meetings):
    found = meetings("Foreign Minister Kono Visits Azerbaijan\n\nSeptember 5, 2018\n\nOn September 5, Foreign Minister "
                     "Kono paid a courtesy call on President Aliyev in Baku. This is the first visit to Azerbaijan by a "
                     "Japanese Foreign Minister in 19 years.\n\n1. Courtesy call on President Aliyev\n\nPresident Aliyev "
                     "welcomed the visit.")
    assert [(m["kind"], m["date"], m["place"]) for m in found] == [("courtesy-call", "2018-09-05", "Baku")]


def test_the_dateline_city_places_the_readouts_events_of_that_day(meetings):
    found = meetings("Japan-Mongolia Foreign Ministers' Meeting\n\nUlaanbaatar, May 2, 2017\n\nOn May 2, Foreign Minister "
                     "Kishida, who is visiting Mongolia, held a meeting with Foreign Minister Munkh-Orgil. In 2015, "
                     "Prime Minister Abe visited Mongolia.")
    assert sorted((m["date"], m["place"]) for m in found) == [("2015", "Mongolia"), ("2017-05-02", "Ulan Bator")]


def test_a_call_the_same_day_is_in_the_town_of_that_days_meeting(meetings):
    found = meetings("On January 31, 2014, Deputy Minister Sugiyama held vice-ministerial consultations with Deputy Minister Morgulov "
                     "in Tokyo. On the same day, Deputy Minister Morgulov paid a courtesy call on Mr. Kishida, Minister "
                     "for Foreign Affairs.")
    assert [(m["kind"], m["date"], m["place"]) for m in found] == [
        ("courtesy-call", "2014-01-31", "Tokyo"), ("vice-ministerial-meeting", "2014-01-31", "Tokyo")]


def test_meetings_on_the_margins_take_their_own_days_and_the_occasions_place(meetings):
    found = meetings("In 2012, Foreign Minister Gemba attended the East Asia Summit Foreign Ministers' Meeting in Phnom "
                     "Penh on July 12. On the "
                     "margins of the forum, Minister Gemba held bilateral meetings with Foreign Minister Lavrov on the "
                     "previous day and with Foreign Minister Kazykhanov on July 12.")
    pairs = sorted((m["date"], m["people"][0] if m["people"][0] != "Gemba" else m["people"][1], m["place"])
                   for m in found if len(m["people"]) == 2)
    assert pairs == [("2012-07-11", "Lavrov", "Phnom Penh"), ("2012-07-12", "Kazykhanov", "Phnom Penh")]


def test_a_meeting_of_someone_visiting_a_town_is_in_that_town(meetings):
    found = meetings("On June 3, 2014, Foreign Minister Kishida, who was visiting Astana, co-chaired the Intergovernmental "
                     "Commission with Mr. Erlan Idrissov, Minister of Foreign Affairs of Kazakhstan.")
    assert {m["place"] for m in found} == {"Astana"}


def test_where_someone_arrived_places_the_meetings_that_follow(meetings):
    found = meetings("In 2019, State Minister Suzuki toured the Caucasus in June. He arrived in Baku on the evening of "
                     "June 10. On June 11, State Minister Suzuki met with Mr. Elmar Mammadyarov, Minister of Foreign "
                     "Affairs of Azerbaijan. The following day, he held a meeting with Mr. Zohrab Mnatsakanyan, "
                     "Minister of Foreign Affairs of Armenia.")
    places = {m["people"][0] if m["people"][0] != "Suzuki" else m["people"][1]: m["place"] for m in found
              if len(m["people"]) == 2}
    assert places == {"Elmar Mammadyarov": "Baku", "Zohrab Mnatsakanyan": None}  # not said to have left for Yerevan


def test_the_same_people_a_day_later_meet_in_the_same_town(meetings):
    found = meetings("On March 20, 2013, Foreign Minister Kishida and Foreign Minister Lavrov held a meeting in Moscow. "
                     "On March 21, Minister Kishida and Minister Lavrov held further talks on the peace treaty.")
    assert [(m["date"], m["place"]) for m in found] == [("2013-03-20", "Moscow"), ("2013-03-21", "Moscow")]


def test_a_dated_earlier_event_is_an_event_of_its_own(meetings):
    found = meetings("Prime Minister Abe and President Putin held a summit meeting in Moscow in April 2013. President Putin "
                     "noted that, following the telephone talk between the two leaders in December 2012, relations had "
                     "improved.")
    assert [(m["kind"], m["date"], m["people"]) for m in found] == [
        ("telephone-talk", "2012-12", ["Abe", "Putin"]), ("summit", "2013-04", ["Abe", "Putin"])]


def test_a_call_during_a_visit_takes_the_visits_date_and_place(meetings):
    found = meetings("In 2013, former Prime Minister Mori made a visit to Moscow in February as a special envoy, during "
                     "which he paid a courtesy call on President Putin.")
    assert [(m["kind"], m["date"], m["place"]) for m in found] == [("courtesy-call", "2013-02", "Moscow")]


def test_the_two_leaders_are_the_two_who_just_met(meetings):
    found = meetings("In 2014, President Nazarbayev held a summit meeting with Prime Minister Abe in Tokyo in November. "
                     "Prime Minister Massimov also attended. Following the meeting, the two leaders signed the Joint "
                     "Statement on Expanding the Strategic Partnership.")
    signing = next(m for m in found if m["kind"] == "signing")
    assert signing["people"] == ["Abe", "Nazarbayev"]


def test_an_event_to_prepare_is_not_a_meeting(meetings):
    assert meetings("In 2005, Japan was coordinating with the countries concerned with a view to holding the second "
                    "Foreign Ministers' Meeting in Tokyo in 2006.") == []


def test_a_first_visit_in_apposition_restates_the_visit(meetings):
    found = meetings("In 2015, Prime Minister Abe visited Turkmenistan in October, the first visit to the country by a "
                     "Japanese Prime Minister.")
    assert [(m["kind"], m["date"]) for m in found] == [("visit", "2015-10")]


def test_the_states_taking_part_in_a_multilateral_meeting(meetings):
    [m] = meetings("In 2007, Deputy Minister Yabunaka attended the GUAM-Japan meeting in Baku in June, held with the "
                   "participation of Georgia, Ukraine, Azerbaijan and Moldova.")
    assert {"Georgia", "Ukraine", "Azerbaijan", "Moldova"} <= set(m["countries"])


def test_a_date_right_after_a_meeting_phrase_dates_it(meetings):
    found = meetings("In 2016, Foreign Minister Kishida and Foreign Minister Kamilov held talks in Tokyo in May. "
                     "Minister Kishida recalled the proposals made by the Uzbek side at their meeting in Tashkent at the "
                     "end of March.")
    assert sorted((m["date"], m["place"]) for m in found) == [("2016-03", "Tashkent"), ("2016-05", "Tokyo")]


def test_a_building_is_not_the_place_its_town_is(meetings):
    found = meetings("Japan-Kazakhstan Summit Meeting\n\nAstana, October 27, 2015\n\nOn October 27, Prime Minister Abe held "
                     "a summit meeting with President Nazarbayev at the Akorda Presidential Palace.")
    assert [(m["date"], m["place"]) for m in found] == [("2015-10-27", "Astana")]


def test_called_on_is_a_courtesy_call_and_then_keeps_the_day(meetings):
    found = meetings("My Visit to Central Asia\nBy Suzuki Keisuke, State Minister for Foreign Affairs\n\nOn June 7, 2023, in "
                     "Tashkent, I paid courtesy calls on Mr. Bakhtiyor Saidov, Minister of Foreign Affairs of Uzbekistan, "
                     "and on Mr. Laziz Kudratov, Minister of Investment. I then called on Mr. Jamshid Khodjaev, Deputy "
                     "Prime Minister.")
    assert sorted((m["kind"], m["date"], m["place"], m["people"][0] if m["people"][0] != "Suzuki Keisuke" else m["people"][1])
                  for m in found) == [("courtesy-call", "2023-06-07", "Tashkent", "Bakhtiyor Saidov"),
                                      ("courtesy-call", "2023-06-07", "Tashkent", "Jamshid Khodjaev"),
                                      ("courtesy-call", "2023-06-07", "Tashkent", "Laziz Kudratov")]


def test_the_prime_minister_travelled_the_following_day_and_met(meetings):
    found = meetings("In 2015, Prime Minister Abe visited Central Asia in October. On October 23 in Ulaanbaatar, he held "
                     "talks with President Elbegdorj of Mongolia. The following day, the Prime Minister travelled to "
                     "Ashgabat and met with President Berdimuhamedov of Turkmenistan.")
    second = next(m for m in found if "Gurbanguly Berdimuhamedov" in m["people"] or "Berdimuhamedov" in m["people"])
    assert (second["date"], second["place"]) == ("2015-10-24", "Ashgabat") and "Abe" in second["people"]


def test_on_the_nth_takes_the_month_of_the_paragraph(meetings):
    found = meetings("In 2008, Prime Minister Fukuda paid a visit to Russia from April 25 to 27. On the 26th, he held "
                     "talks with President Putin.")
    assert [m["date"] for m in found if len(m["people"]) == 2] == ["2008-04-26"]


def test_the_meeting_of_a_dated_readout_is_that_days_not_one_recalled(meetings):
    found = meetings("Japan-Kazakhstan Relations\n\nAstana, October 27, 2015\n\nOn October 27, Prime Minister Abe held a "
                     "summit meeting with President Nazarbayev in Astana. Prime Minister Abe recalled their meeting in "
                     "Tokyo in November 2008. At the ceremony held after the meeting, the two leaders signed the Joint "
                     "Statement on the Strategic Partnership.")
    signing = next(m for m in found if m["kind"] == "signing")
    assert (signing["date"], signing["place"]) == ("2015-10-27", "Astana")


def test_a_bare_joint_statement_adopted_at_a_meeting_is_no_signing_of_its_own(meetings):
    found = meetings("In May 2018, I visited Astana and co-chaired the Foreign Ministers' Meeting together with "
                     "Mr. Kairat Abdrakhmanov, Minister of Foreign Affairs of Kazakhstan. The other ministers also "
                     "took part, and we adopted a joint statement that set out priority areas.\n")
    assert "signing" not in {m["kind"] for m in found}


def test_a_joint_statement_on_a_subject_issued_by_two_leaders_is_their_act(meetings):
    found = meetings("We build on the visit to Japan by President Aliyev in March 2006, when he and Prime Minister "
                     "Koizumi issued a joint statement on a new partnership between the two countries.\n")
    assert any(m["people"] == ["Aliyev", "Koizumi"] and m["date"] == "2006-03" for m in found)


@pytest.mark.parametrize("joined", ["also attended the meeting", "were also present"])
def test_people_who_also_attended_the_meeting_join_it(meetings, joined):
    [m] = meetings("January 20, 2022\n\nOn January 20, Minister for Foreign Affairs Suzuki held a meeting with "
                   "Foreign Minister Petrov in Tallinn. Mr. Sato Jiro, Deputy Minister, and Mr. Ivan Orlov, Deputy "
                   f"Minister of Foreign Affairs of Estonia, {joined}.\n")
    assert m["people"] == ["Ivan Orlov", "Petrov", "Sato Jiro", "Suzuki"]


def test_this_meeting_and_the_meeting_timed_against_are_the_meeting_already_told(meetings):
    found = meetings("March 3, 2022\n\nOn March 3, Foreign Minister Suzuki held talks with Foreign Minister Petrov in "
                     "Riga. This meeting was the second round of talks that the leaders agreed on at the summit "
                     "meeting held in Paris on December 1 last year. Prior to the meeting, Minister Suzuki laid a "
                     "wreath at the Freedom Monument.\n")
    assert [(m["kind"], m["date"], m["place"], m["people"]) for m in found] == [
        ("summit", "2021-12-01", "Paris", []),
        ("foreign-ministers-meeting", "2022-03-03", "Riga", ["Petrov", "Suzuki"])]


def test_an_agreement_reached_by_two_leaders_at_a_place_is_their_meeting(meetings):
    found = meetings("May 10, 2019\n\nMinister Suzuki recalled the agreement reached by Prime Minister Abe and "
                     "President Putin in Singapore in November last year.\n")
    assert [(m["people"], m["date"], m["place"]) for m in found] == [(["Abe", "Putin"], "2018-11", "Singapore")]


def test_two_ministers_signing_after_the_summit_sign_on_its_day(meetings):
    found = meetings("October 5, 2018\n\nOn October 5, Prime Minister Abe held a summit meeting with President "
                     "Rahmon of Tajikistan in Tokyo. Following the summit meeting, in the presence of the two leaders, "
                     "Mr. Taro Kono, Minister for Foreign Affairs, and Mr. Sirojiddin Muhriddin, Minister of Foreign "
                     "Affairs of Tajikistan, signed and exchanged the Notes concerning the grant aid for a scholarship "
                     "project.\n")
    signing = next(m for m in found if m["kind"] == "signing")
    assert {"Sirojiddin Muhriddin", "Taro Kono"} <= set(signing["people"]) and signing["date"] == "2018-10-05"
    assert signing["agreements"] == ["Notes concerning the grant aid for a scholarship project"]


def test_the_same_day_is_not_the_day_of_an_event_the_speakers_recalled(meetings):
    found = meetings("January 31, 2014\n\nOn January 31, Deputy Minister Sugiyama held consultations with Deputy "
                     "Minister Orlov in Tokyo. They welcomed the fact that the first strategic dialogue was held in "
                     "Moscow on November 2 last year. On the same day, Deputy Minister Orlov paid a courtesy call on "
                     "Senior Vice-Minister Kishi.\n")
    call = next(m for m in found if m["kind"] == "courtesy-call")
    assert call["date"] == "2014-01-31"


def test_an_author_who_co_chaired_on_the_same_day(meetings):
    found = meetings("A Year of Dialogue\n\nFebruary 2020\n\nBy SUZUKI Ichiro, Minister for Foreign Affairs\n\n"
                     "On December 19, I held a meeting with Minister Petrov in Riga. On the same day in Riga, I co-chaired "
                     "the 5th Meeting of the Intergovernmental Committee with Mr. Ivan Orlov, Minister of Economy of "
                     "Latvia.\n")
    committee = next(m for m in found if m["kind"] == "intergovernmental-committee")
    assert (committee["people"], committee["date"], committee["place"]) == (
        ["Ivan Orlov", "Suzuki Ichiro"], "2019-12-19", "Riga")


def test_an_honorific_abbreviation_does_not_end_the_sentence(meetings):
    [visit] = meetings("November 9, 2016\n\nH.E. Mr. Askar Petrovich Tokmakov, President of the Republic of "
                       "Kazakhstan, paid an official visit to Japan from November 6 to 9.\n")
    assert visit["people"] == ["Askar Petrovich Tokmakov"] and visit["date"] == "2016-11"


ARTICLE = ("The Baltic Dialogue at Ten\n\nJune 2015\n\nBy SUZUKI Ichiro, Minister for Foreign Affairs of Japan\n\n"
           "On June 3, I welcomed to Tokyo the Foreign Ministers of the region for the Third Foreign Ministers' "
           "Meeting of the Dialogue. It was the first Foreign Ministers' Meeting of the Dialogue to be held in Japan, "
           "and I was honored to chair it.\n\n"
           "History\n\nIn May 2009, then Foreign Minister Taro Yamada hosted the first Foreign Ministers' Meeting in "
           "Tokyo.\n\n"
           "This year's meeting brought together Foreign Minister Ivan Petrov of Latvia, Foreign Minister Juri Tamm "
           "of Estonia and Foreign Minister Linas Kaunas of Lithuania. At the end of the meeting, we adopted a Joint "
           "Statement.\n\n"
           "On the margins of the meeting, I held separate bilateral meetings with Foreign Ministers Petrov and Tamm. "
           "The three Foreign Ministers also paid a courtesy call on Prime Minister Kenji Sato.\n")


def test_this_years_meeting_and_its_attendees_join_the_meeting_of_the_text(meetings):
    found = meetings(ARTICLE)
    [main] = [m for m in found if m["date"] == "2015-06-03" and m["kind"] == "foreign-ministers-meeting"
              and len(m["people"]) > 2]
    assert main["kind"] == "foreign-ministers-meeting" and main["place"] == "Tokyo"
    assert set(main["people"]) == {"Ivan Petrov", "Juri Tamm", "Linas Kaunas", "Suzuki Ichiro"}
    assert main["agreements"] == ["Joint Statement"]  # adopted at its end: no signing of its own
    assert not [m for m in found if m["kind"] == "signing"]
    assert len([m for m in found if m["date"] == "2015"]) == 0  # "It was the first ...": the same meeting again


def test_bilateral_meetings_on_the_margins_stay_apart_from_the_conference(meetings):
    found = meetings(ARTICLE)
    bilaterals = sorted(tuple(m["people"]) for m in found if len(m["people"]) == 2)
    assert bilaterals == [("Ivan Petrov", "Suzuki Ichiro"), ("Juri Tamm", "Suzuki Ichiro")]


def test_the_three_foreign_ministers_resolve_to_the_three_named_and_the_occasion_dates_the_call(meetings):
    call = next(m for m in meetings(ARTICLE) if m["kind"] == "courtesy-call")
    assert set(call["people"]) == {"Ivan Petrov", "Juri Tamm", "Linas Kaunas", "Kenji Sato"}
    assert (call["date"], call["place"]) == ("2015-06-03", "Tokyo")


def test_a_guest_who_took_part_in_a_session_attended_the_meeting(meetings):
    found = meetings("May 1, 2017\n\nOn May 1, Minister Suzuki attended the Fifth Foreign Ministers' Meeting of the "
                     "Dialogue in Riga with Minister Petrov of Latvia and Minister Tamm of Estonia. Mr. Linas Kaunas, "
                     "Deputy Minister of Foreign Affairs of Lithuania, took part in the session on security as a guest.\n")
    [meeting] = [m for m in found if m["kind"] == "foreign-ministers-meeting"]
    assert "Linas Kaunas" in meeting["people"]


def test_a_document_the_ministers_adopted_at_their_meeting_is_its_outcome(meetings):
    found = meetings("May 1, 2017\n\n1. On May 1, Minister Suzuki attended the Fifth Foreign Ministers' Meeting of "
                     "the Dialogue in Riga, which he co-chaired with Minister Petrov of Latvia. The meeting was attended "
                     "by Minister Tamm of Estonia.\n\n(1) On transport, the ministers adopted the \"Roadmap for Regional "
                     "Cooperation in Transport\".\n")
    [meeting] = found
    assert meeting["kind"] == "foreign-ministers-meeting"
    assert meeting["agreements"] == ["Roadmap for Regional Cooperation in Transport"]


def test_the_meeting_took_place_on_a_day_at_a_venue_in_a_town_dates_the_meeting_just_told(meetings):
    [summit] = meetings("Visit to Latvia: Japan-Latvia Summit Meeting\n\nMay 9, 2016\n\nMr. Kenji Sato, Prime Minister of "
                        "Japan, and H.E. Mr. Ivan Petrov, President of the Republic of Latvia, held a Japan-Latvia Summit "
                        "Meeting. The meeting took place on May 9, commencing at 10:00 a.m., at the House of Blackheads "
                        "in Riga, and lasted about an hour.\n")
    assert (summit["kind"], summit["date"], summit["place"]) == ("summit", "2016-05-09", "Riga")
    assert len(summit["evidence"]) == 2


def test_a_tour_of_several_states_is_a_visit_to_each(meetings):
    found = meetings("May 9, 2016\n\nOn May 9, Prime Minister Sato held a summit meeting with President Petrov in Riga. "
                     "Prior to his arrival in Riga, Prime Minister Sato had visited Estonia and Lithuania.\n")
    visits = sorted(m["place"] for m in found if m["kind"] == "visit")
    assert visits == ["Estonia", "Lithuania"]


def test_a_town_and_its_state_are_one_visit_and_a_postponed_visit_none(meetings):
    found = meetings("In 2016, Foreign Minister Sato visited Riga, Latvia, in May. The visit to Estonia by Foreign "
                     "Minister Sato, which had been planned for June, was postponed.\n")
    assert [(m["kind"], m["place"]) for m in found] == [("visit", "Riga")]


def test_a_section_heading_gives_its_meetings_their_day_and_town(meetings):
    found = meetings("Visit to Estonia and Latvia by Foreign Minister Sato\n\nJune 30, 2011\n\n"
                     "II. Estonia (June 27, Tallinn)\n\n1. Courtesy call on President Tamm\n\n"
                     "Minister Sato paid a courtesy call on Mr. Jaan Tamm, President of the Republic of Estonia.\n\n"
                     "III. Latvia (June 28 to 29, Riga)\n\n"
                     "On June 29, Minister Sato held a Foreign Ministers' Meeting with Mr. Ivan Petrov, Minister of "
                     "Foreign Affairs of Latvia.\n")
    assert [(m["kind"], m["date"], m["place"]) for m in found] == [
        ("courtesy-call", "2011-06-27", "Tallinn"), ("foreign-ministers-meeting", "2011-06-29", "Riga")]


def test_a_paragraph_lead_in_dates_and_places_its_events_and_the_same_day(meetings):
    found = meetings("Visit to Japan by President Tamm of Estonia\n\nMarch 5, 2015\n\n"
                     "(1) March 2 (Osaka): President Jaan Tamm arrived at Kansai Airport. The same day, he held a meeting "
                     "with Mr. Kenji Sato, Governor of Osaka Prefecture.\n\n"
                     "(2) March 3 (Tokyo): He received a courtesy call from Mr. Taro Suzuki, Minister for Foreign "
                     "Affairs.\n")
    assert [(m["people"], m["date"], m["place"]) for m in found] == [
        (["Jaan Tamm", "Kenji Sato"], "2015-03-02", "Osaka"), (["Jaan Tamm", "Taro Suzuki"], "2015-03-03", "Tokyo")]


def test_a_heading_of_meetings_held_in_a_town_on_the_same_day(meetings):
    found = meetings("Japan-Latvia Summit Meeting\n\nMay 9, 2016\n\nOn May 9, Prime Minister Kenji Sato held a summit "
                     "meeting with President Ivan Petrov in Tokyo.\n\n(Reference) Related meetings held in Sapporo on "
                     "the same day\n\nMinister Taro Suzuki held a Foreign Ministers' Meeting with Minister Anna Ozola.\n")
    fmm = next(m for m in found if m["kind"] == "foreign-ministers-meeting")
    assert (fmm["date"], fmm["place"]) == ("2016-05-09", "Sapporo")


def test_a_stay_from_weekday_to_weekday_is_dated_by_its_month(meetings):
    [visit] = meetings("Mr. Kenji Sato, Minister for Foreign Affairs, visited the Republic of Estonia from Thursday, "
                       "June 2, to Monday, June 6, 2011.")
    assert (visit["kind"], visit["date"]) == ("visit", "2011-06")


def test_telephone_talks_with_several_leaders_are_one_talk_each_on_its_day(meetings):
    found = meetings("In 2022, Prime Minister Kenji Sato held telephone talks with the leaders of the Baltic states: "
                     "with President Jaan Tamm of Estonia and President Ivan Petrov of Latvia on May 9, and with "
                     "President Jonas Kazlas of Lithuania on May 10.")
    assert [(m["kind"], m["people"], m["date"]) for m in found] == [
        ("telephone-talk", ["Ivan Petrov", "Kenji Sato"], "2022-05-09"),
        ("telephone-talk", ["Jaan Tamm", "Kenji Sato"], "2022-05-09"),
        ("telephone-talk", ["Jonas Kazlas", "Kenji Sato"], "2022-05-10")]


def test_separate_talks_with_two_people_are_two_meetings(meetings):
    found = meetings("On May 12, 2010, before the meeting with the Prime Minister, President Ivan Petrov held separate "
                     "talks with former Prime Ministers Kenji Sato and Taro Suzuki.")
    assert sorted(m["people"] for m in found) == [["Ivan Petrov", "Kenji Sato"], ["Ivan Petrov", "Taro Suzuki"]]


def test_telephoning_two_leaders_is_one_call_with_each_on_the_day_in_force(meetings):
    found = meetings("On 4 April 2016, President Jaan Tamm of Estonia spoke by telephone with Mr. Kenji Sato. "
                     "Later that day President Tamm telephoned both President Ivan Petrov and President Jonas Kazlas.")
    calls = [(m["people"], m["date"]) for m in found if "Kenji Sato" not in m["people"]]
    assert sorted(calls) == [(["Ivan Petrov", "Jaan Tamm"], "2016-04-04"), (["Jaan Tamm", "Jonas Kazlas"], "2016-04-04")]


def test_two_people_received_separately_are_two_meetings(meetings):
    found = meetings("On 9 May 2016, in Vilnius, EU High Representative Anna Berg received President Ivan Petrov and "
                     "President Jonas Kazlas separately.")
    assert sorted(m["people"] for m in found) == [["Anna Berg", "Ivan Petrov"], ["Anna Berg", "Jonas Kazlas"]]
    assert {m["date"] for m in found} == {"2016-05-09"} and {m["place"] for m in found} == {"Vilnius"}


def test_the_minister_accompanying_a_leader_attends_each_of_his_separate_meetings(meetings):
    found = meetings("On 16 September 2021, Estonian President Jaan Tamm, accompanied by Foreign Minister Kaarel "
                     "Mets, met Latvian President Ivan Petrov and Lithuanian President Jonas Kazlas separately in Riga.")
    assert sorted(m["people"] for m in found) == [["Ivan Petrov", "Jaan Tamm", "Kaarel Mets"],
                                                  ["Jaan Tamm", "Jonas Kazlas", "Kaarel Mets"]]
    assert {m["kind"] for m in found} == {"summit"}  # two states' leaders meet, however many ministers sit in


def test_meetings_on_an_unresolved_weekday_do_not_take_the_date_of_the_call_told_before(meetings):
    found = meetings("In 2018, President Ivan Petrov and President Jaan Tamm spoke by telephone in December. "
                     "On Thursday Mr. Petrov held separate meetings with Secretary of State Kaarel Mets and "
                     "Secretary of Defense Anna Berg.")
    separate = [m for m in found if "Jaan Tamm" not in m["people"]]
    assert sorted(m["people"] for m in separate) == [["Anna Berg", "Ivan Petrov"], ["Ivan Petrov", "Kaarel Mets"]]
    assert {m["date"] for m in separate} == {"2018"}


def test_courtesy_calls_received_from_two_people_are_two_calls_with_the_subject(meetings):
    found = meetings("On June 3, 2015, President Jaan Tamm met with members of a friendship league. He then received "
                     "courtesy calls from Mr. Kenji Sato, Minister for Foreign Affairs, and Dr. Taro Suzuki, President "
                     "of the Japan Foundation. In the evening, he held a summit meeting with Mr. Jiro Abe, Prime "
                     "Minister of Japan.")
    people = sorted(m["people"] for m in found if len(m["people"]) == 2)
    assert people == [["Jaan Tamm", "Jiro Abe"], ["Jaan Tamm", "Kenji Sato"], ["Jaan Tamm", "Taro Suzuki"]]


def test_a_coordinated_verb_shares_the_subject_of_the_first_verb(meetings):
    found = meetings("On June 3, 2015, President Jaan Tamm held a round table with business leaders, held a meeting "
                     "with Mr. Kenji Sato, Secretary-General of the party, and received a courtesy call from Mr. Taro "
                     "Suzuki, Minister of Agriculture.")
    call = next(m for m in found if m["kind"] == "courtesy-call")
    assert call["people"] == ["Jaan Tamm", "Taro Suzuki"]


def test_being_received_by_a_president_is_a_courtesy_call_in_the_town_said(meetings):
    found = meetings("In 2004, I visited the Baltic states.\n\nIn Tallinn, President Jaan Tamm received Foreign "
                     "Minister Kenji Sato and spoke of the border.")
    call = next(m for m in found if m["kind"] == "courtesy-call")
    assert (call["people"], call["place"]) == (["Jaan Tamm", "Kenji Sato"], "Tallinn")


def test_a_travellers_stop_places_the_calls_on_people_whose_state_is_not_said(nlp, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("A journey to the Baltic states\n\nBy Kenji Sato, Minister for Foreign Affairs\n\n"
                    "My first stop was Tallinn. I called on President Tamm and held talks with Foreign Minister "
                    "Kask.\n", encoding="utf-8")
    graph = kg.build([path], nlp=nlp).graph
    places = {graph.nodes[v]["label"] for n, a in graph.nodes(data=True) if a["type"] == "Meeting"
              for _, v, key in graph.out_edges(n, keys=True) if key == "location"}
    assert places == {"Tallinn"}


def test_the_first_visit_since_an_earlier_visit_is_only_the_earlier_visit(meetings):
    found = meetings("Visit to Japan by President Tamm\n\nMay 5, 2014\n\nPresident Jaan Tamm of Estonia paid a working "
                     "visit to Japan from May 1 to May 4. This was the President's first visit to Japan since he took "
                     "office in June last year, and the first visit by a President of Estonia since the visit by "
                     "President Ivan Kask in March 2007.")
    assert ("visit", "2007-03", ["Ivan Kask"]) in [(m["kind"], m["date"], m["people"]) for m in found]
    assert not [m for m in found if m["date"] == "2013-06"]


def test_after_the_summit_a_signing_takes_the_summits_day_not_the_trips(meetings):
    found = meetings("Visit to Japan by President Tamm\n\nMay 5, 2014\n\n(1) May 2 (Kyoto): The President travelled to "
                     "Kyoto and visited temples.\n\n(2) May 3 (Tokyo): In the evening, President Jaan Tamm held a "
                     "summit meeting with Mr. Jiro Abe, Prime Minister of Japan.\n\n(3) Signing ceremony\n\nAfter the "
                     "summit meeting, Prime Minister Abe and President Tamm signed the Joint Statement on Partnership "
                     "between Japan and Estonia.\n")
    signing = next(m for m in found if m["kind"] == "signing")
    assert (signing["date"], signing["place"]) == ("2014-05-03", "Tokyo")


def test_a_readouts_lead_event_without_a_date_is_on_the_day_of_its_dateline(meetings):
    found = meetings("Estonian-Latvian talks\n\nApril 26, 2008\nTallinn Region\n\nPresident Jaan Tamm held talks with "
                     "Prime Minister of Latvia Janis Berzins, who is in Estonia on a working visit.\n\nThe previous summit "
                     "took place in September 2007 in Riga.")
    assert [(m["date"], m["people"]) for m in found] == [("2007-09", []), ("2008-04-26", ["Jaan Tamm", "Janis Berzins"])]


def test_today_in_a_dated_readout(meetings):
    [m] = meetings("Press service\n\n28 August 2006, Tallinn\n\nToday President Jaan Tamm met with Prime Minister of "
                   "Latvia Janis Berzins.")
    assert (m["date"], m["place"]) == ("2006-08-28", "Tallinn")


def test_this_morning_and_last_night_count_from_a_speechs_dateline(meetings):
    found = meetings("Speech by Kadri Kask, Prime Minister of Estonia\nTartu University, Tartu, 27 October 2015\n\n"
                     "Dear students,\n\nThank you for your welcome. This week I travelled to Latvia and Lithuania.\n\n"
                     "This morning I held talks with President Jaan Tamm at the Kadriorg. Late last night I was received by "
                     "Prime Minister Mart Laar.")
    assert sorted((m["date"], m["people"][0]) for m in found if m["kind"] != "visit") == [
        ("2015-10-26", "Kadri Kask"), ("2015-10-27", "Jaan Tamm")]


def test_a_readouts_attendance_lines_add_each_sides_people_but_not_to_the_leaders_earlier_meeting(meetings):
    found = meetings("Estonia-Latvia Summit Meeting\n\nNovember 15, 2009\n\nOn November 15, Prime Minister Jaan Tamm held a "
                     "summit meeting with President Janis Berzins in Singapore. (Attendance on the Estonian side: Foreign "
                     "Minister Kadri Kask, Deputy Chief Cabinet Secretary Mart Laar and others. On the Latvian side: "
                     "Foreign Minister Andris Ozols, Presidential Aide Karlis Liepa and others.)\n\nPrime Minister Tamm "
                     "stated that he was glad to meet President Berzins again following their first meeting in Riga in "
                     "September.")
    assert sorted((m["date"], m["people"]) for m in found) == [
        ("2009-09", ["Jaan Tamm", "Janis Berzins"]),
        ("2009-11-15", ["Andris Ozols", "Jaan Tamm", "Janis Berzins", "Kadri Kask", "Karlis Liepa", "Mart Laar"])]


def test_who_took_part_from_each_side_in_the_paragraph_after_the_talks(meetings):
    [m] = meetings("Press Service of the Parliament\n\n24 July 2018, Tallinn\n\nSpeaker of the Parliament of Estonia Jaan Tamm "
                   "held talks with Speaker of the Parliament of Latvia Janis Berzins, who is in Estonia on an official visit.\n\nTaking part in the "
                   "talks from the Estonian side were Deputy Speaker Mart Laar and Chairman of the Foreign Affairs Committee "
                   "Kadri Kask. The Latvian delegation included Ambassador of Latvia to Estonia Andris Ozols.")
    assert m["people"] == ["Andris Ozols", "Jaan Tamm", "Janis Berzins", "Kadri Kask", "Mart Laar"]


def test_a_delegation_at_the_talks_is_at_the_talks(meetings):
    [m] = meetings("Talks with President of Latvia\n\n8 October 2024, Tallinn\n\nPresident of Estonia Jaan Tamm held "
                   "talks with President of Latvia Janis Berzins.\n\nThe Estonian delegation at the talks included Foreign "
                   "Minister Kadri Kask and Deputy Prime Minister Mart Laar.")
    assert m["people"] == ["Jaan Tamm", "Janis Berzins", "Kadri Kask", "Mart Laar"]


def test_the_leaders_a_speaker_greets_are_at_the_meeting_of_the_speech(meetings):
    found = meetings("Address by President of Estonia Jaan Tamm at the meeting of the Council of Heads of State of the "
                     "Baltic Council\n\nRiga, 4 July 2024\n\nDear Chairman, dear President Janis Berzins!\n\nThank you "
                     "for the warm hospitality.\n\nI am glad to greet in this hall President of Lithuania Dalia Kask and "
                     "President of Finland Mart Laar. I also greet Mr. Andris Ozols, Prime Minister of Poland.\n\nIn "
                     "January, I paid a state visit to Finland, where President Mart Laar and I held talks in Helsinki.")
    speech = next(m for m in found if m["date"] == "2024-07-04")
    assert speech["people"] == ["Andris Ozols", "Dalia Kask", "Jaan Tamm", "Mart Laar"]


def test_those_a_speech_addresses_by_name_attend_the_meeting_its_heading_names(meetings):
    found = meetings("Speech by the President of the Republic of Estonia Jaan Tamm at the Summit of the Baltic Council\n\n"
                     "Riga, 4 July 2024\n\nDear President Janis Berzins,\nDear Prime Minister Andris Ozols,\nLadies and "
                     "gentlemen,\n\nThank you for the warm hospitality. Our region needs more railways.\n")
    speech = next(m for m in found if m["kind"] == "summit")
    assert (speech["date"], speech["place"], speech["people"]) == ("2024-07-04", "Riga", ["Andris Ozols", "Jaan Tamm",
                                                                                        "Janis Berzins"])


def test_those_a_speaker_is_glad_to_see_at_the_table_are_at_the_meeting_of_the_speech(meetings):
    found = meetings("Statement by President of Estonia Jaan Tamm at the Meeting of the Heads of State of the Baltic "
                     "Council\n\nRiga, 4 July 2024\n\nDear colleagues,\n\nI am pleased to see at this table my "
                     "colleagues President of Latvia Janis Berzins and President of Lithuania Dalia Kask.\n\nTrade "
                     "between our countries grew last year.\n")
    speech = next(m for m in found if m["date"] == "2024-07-04")
    assert speech["people"] == ["Dalia Kask", "Jaan Tamm", "Janis Berzins"]


def test_we_in_a_delegation_members_report_is_the_whole_delegation(meetings):
    [m] = meetings("Visit of the Parliamentary Friendship League to Latvia\n\nBy Kadri Kask, Member of the Riigikogu\n\n"
                   "Our delegation of four was headed by Mr. Jaan Tamm, Chairman of the League, and included Mr. Mart Laar, "
                   "Secretary-General, Ms. Liina Mets and myself.\n\nOn July 4, 2017, we held a meeting with Mr. Janis "
                   "Berzins, Speaker of the Saeima, in Riga.")
    assert m["people"] == ["Jaan Tamm", "Janis Berzins", "Kadri Kask", "Liina Mets", "Mart Laar"]


def test_an_hour_of_the_day_told_keeps_that_day_paragraphs_later(meetings):
    found = meetings("Report on the visit to Latvia\n\nBy Kadri Kask, Member of the Riigikogu\n\nOn the morning of July 4, "
                     "2017, I toured the old town of Riga.\n\nIn the afternoon I had a series of talks.\n\nAt 1 p.m., I "
                     "had lunch at the hotel.\n\nAt 3 p.m., I held a meeting with Mr. Janis Berzins, Speaker of the "
                     "Saeima.")
    assert [(m["date"], m["people"]) for m in found] == [("2017-07-04", ["Janis Berzins", "Kadri Kask"])]


def test_in_the_afternoon_under_the_next_heading_is_the_same_day(meetings):
    found = meetings("Business mission to Latvia\n\n(1) Courtesy call on the Prime Minister\n\nOn the morning of October 7, "
                     "2019, the mission called on Mr. Janis Berzins, Prime Minister of Latvia, in Riga.\n\n(2) Talks with "
                     "the Minister of Economy\n\nIn the afternoon, the mission held talks with Mr. Andris Ozols, Minister "
                     "of Economy.")
    assert sorted((m["date"], m["people"]) for m in found) == [("2019-10-07", ["Andris Ozols"]),
                                                               ("2019-10-07", ["Janis Berzins"])]


def test_the_day_before_talks_is_no_count_of_them_and_a_days_first_range_is_the_month(meetings):
    [talks] = meetings("Results of the year 2018\n\nOn 16 January talks between President Jaan Tamm and President Janis "
                       "Berzins were held in Riga.")
    [visit] = meetings("Results of the year\n\nOn 15-17 January 2018 President Jaan Tamm paid an official visit to Latvia.")
    assert (talks["kind"], talks["date"], visit["date"]) == ("summit", "2018-01-16", "2018-01")


def test_a_day_of_a_month_just_named_with_its_year_is_of_that_year(meetings):
    found = meetings("Estonia and Latvia: thirty years of partnership\n\nBy Kadri Kask, Minister of Foreign Affairs of "
                     "Estonia\n\nSeptember 2022\n\nIn June 2009, my predecessor Jaan Tamm visited Riga and held talks with "
                     "Foreign Minister Janis Berzins on 17 June. In September 2018, Foreign Minister Mart Laar came to "
                     "Tallinn. In Tallinn on 5 September he was received by President Andris Ozols.")
    assert sorted(m["date"] for m in found if m["kind"] != "visit") == ["2009-06-17", "2018-09-05"]


def test_a_digests_day_headings_date_the_items_under_them(meetings):
    found = meetings("Ministry of Foreign Affairs of Estonia\n\nMain events of the week (7-11 October 2019)\n\nTallinn, "
                     "11 October 2019\n\n\n7 October\n\nDeputy Minister Jaan Tamm held political consultations with "
                     "Deputy Minister of Foreign Affairs of Latvia Janis Berzins.\n\n9 October\n\nMinister of Foreign "
                     "Affairs Kadri Kask received Ambassador of Japan Taro Sato.")
    assert sorted((m["date"], m["people"][0]) for m in found) == [("2019-10-07", "Jaan Tamm"), ("2019-10-09", "Kadri Kask")]


def test_a_programmes_last_day_heading_does_not_date_the_sections_after_it(meetings):
    found = meetings("Official Visit to Estonia by the President of Latvia\n\nFebruary 28, 1998\n\n2. Programme\n\n"
                     "Thursday, February 26\n 10:00 Arrival in Tallinn\n\nSaturday, February 28\n 09:30 Departure\n\n"
                     "3. Summit Meeting\n\nOn February 26, President Jaan Tamm and President Janis Berzins held a summit "
                     "meeting in Tallinn.\n\n4. Signing Ceremony\n\nFollowing the summit meeting, the Joint Statement on "
                     "Partnership between Estonia and Latvia was signed in the presence of the two leaders.")
    assert sorted((m["kind"], m["date"]) for m in found) == [("signing", "1998-02-26"), ("summit", "1998-02-26")]


def test_today_in_a_page_of_releases_is_the_day_of_its_own_release(meetings):
    found = meetings("Press Service of the President of Estonia\n\nPresident Meets Prime Minister of Latvia\n\n"
                     "17 December 2018, Tallinn\n\nToday, President Jaan Tamm met with the Prime Minister of Latvia, "
                     "Janis Berzins.\n\n***\n\nPresident Holds Telephone Conversation with President of Lithuania\n\n"
                     "18 December 2018\n\nToday, President Jaan Tamm held a telephone conversation with the President "
                     "of Lithuania, Dalia Kask.")
    assert sorted((m["date"], m["kind"]) for m in found) == [("2018-12-17", "summit"), ("2018-12-18", "telephone-talk")]


def test_over_the_weekend_is_the_month_of_the_weekend_before_a_briefing(meetings):
    [m] = meetings("Briefing by Foreign Ministry Spokesperson Liina Mets, Tallinn, Thursday, April 2, 2026\n\n"
                   "Over the weekend Foreign Minister Kadri Kask held a telephone conversation with Foreign Minister "
                   "Janis Berzins.")
    assert m["date"] == "2026-03"


def test_a_readout_told_day_by_day_dates_each_days_events(meetings):
    found = meetings("State visit of the President of Latvia to Estonia\n\n21.12.2022\n\nAt the invitation of President "
                     "of the Republic of Estonia Jaan Tamm, President of the Republic of Latvia Janis Berzins arrived in "
                     "Tallinn on a state visit.\n\nIn the evening, the heads of state held an informal meeting.\n\n"
                     "22.12.2022\n\nThen the heads of state held talks in a narrow format.")
    assert sorted(m["date"] for m in found if m["kind"] != "visit") == ["2022-12-21", "2022-12-22"]


def test_the_following_day_counts_from_the_month_told_not_from_a_speechs_dateline(meetings):
    found = meetings("Speech by the Minister\n\nNovember 30, 2006, Tokyo\n\nIn August, Prime Minister Kenji Sato "
                     "visited Estonia and Latvia. In Tallinn he held talks with President Jaan Tamm. The following day in "
                     "Riga he held a summit meeting with President Janis Berzins.")
    summit = next(m for m in found if "Janis Berzins" in m["people"])
    assert (summit["date"], summit["place"]) == ("2006-08", "Riga")


def test_a_place_opening_a_sentence_holds_for_its_coordinated_clause(meetings):
    found = meetings("In 2010, I visited Estonia. In Tallinn I held talks with Mr. Jaan Tamm, Minister of Foreign Affairs "
                     "of Estonia, and on August 8 I paid a courtesy call on President Ivan Kask.")
    call = next(m for m in found if m["kind"] == "courtesy-call")
    assert (call["date"], call["place"]) == ("2010-08-08", "Tallinn")


def test_an_earlier_visit_told_in_passing_does_not_date_the_next_call(meetings):
    found = meetings("By Kenji Sato, Minister for Foreign Affairs of Japan\n\nAugust 2010\n\nOn August 10, in Tallinn, I "
                     "held talks with Foreign Minister Jaan Tamm, who had visited Tokyo in March. I also paid a courtesy "
                     "call on President Ivan Kask.")
    call = next(m for m in found if m["kind"] == "courtesy-call")
    assert (call["date"], call["place"]) == ("2010-08-10", "Tallinn")


def test_consultations_between_two_named_states_are_a_meeting(meetings):
    [m] = meetings("On March 18, 2017, the first round of the Estonia-Latvia consultations on joint economic activities "
                   "was held in Tallinn.")
    assert (m["date"], m["place"], m["countries"]) == ("2017-03-18", "Tallinn", ["Estonia", "Latvia"])


def test_sitting_down_with_the_ministers_is_the_meeting_just_told(meetings):
    found = meetings("In 2010, I attended the Third Foreign Ministers' Meeting of the Baltic Dialogue, which was held in "
                     "Tallinn on August 7. I sat down for about two hours with Mr. Jaan Tamm, Minister of Foreign Affairs of "
                     "Estonia, who chaired the meeting, Mr. Janis Berzins of Latvia and Mr. Jonas Petraitis of Lithuania.")
    assert [(m["date"], m["place"], m["people"]) for m in found if m["people"]] == [
        ("2010-08-07", "Tallinn", ["Jaan Tamm", "Janis Berzins", "Jonas Petraitis"])]


def test_attendees_of_the_talks_named_in_a_later_paragraph(meetings):
    found = meetings("Press service\n\n28 August 2006, Tallinn\n\nToday President Jaan Tamm met with Prime Minister of "
                     "Japan Kenji Sato.\n\nThe President recalled that the Baltic Dialogue was launched in August 2004 "
                     "in Riga.\n\nThe talks in the expanded format were attended on the Estonian side by Minister of "
                     "Foreign Affairs Ivan Kask.")
    talks = next(m for m in found if m["date"] == "2006-08-28")
    assert talks["people"] == ["Ivan Kask", "Jaan Tamm", "Kenji Sato"]


def test_briefing_a_president_with_companions_is_a_meeting_of_all_of_them(meetings):
    [m] = meetings("On September 5, 2019, together with Mr. Taro Ito, Ambassador of Japan to Estonia, and Mr. Jaan Tamm, "
                   "Chairman of Eesti Energia, Minister Kenji Sato briefed President Ivan Kask on the work done at the site.")
    assert (m["date"], m["people"]) == ("2019-09-05", ["Ivan Kask", "Jaan Tamm", "Kenji Sato", "Taro Ito"])


def test_ministers_who_took_part_in_the_expanded_meeting_attended_the_summit(meetings):
    found = meetings("On March 25, 2001, Prime Minister Kenji Sato held a summit meeting with President Jaan Tamm in Tartu. "
                     "The talks consisted of a meeting in a limited format, followed by an expanded meeting. Foreign "
                     "Minister Taro Ito and Foreign Minister Ivan Kask also took part in the expanded meeting.")
    assert [m["people"] for m in found] == [["Ivan Kask", "Jaan Tamm", "Kenji Sato", "Taro Ito"]]


def test_the_following_day_opening_a_paragraph(meetings):
    found = meetings("By Kenji Sato, Parliamentary Vice-Minister for Foreign Affairs of Japan\n\nSeptember 2019\n\n"
                     "The main purpose of my visit was to attend the opening of a power station near Tallinn. On "
                     "September 5, together with Mr. Taro Ito, Ambassador of Japan to Estonia, I briefed President Ivan "
                     "Kask on the work done at the site, and then watched the President launch the station.\n\n"
                     "The following day I paid a courtesy call on Prime Minister Jaan Tamm.")
    call = next(m for m in found if m["kind"] == "courtesy-call")
    assert call["date"] == "2019-09-06"


def test_a_meeting_held_following_the_signing_is_on_the_signings_day(meetings):
    found = meetings("On May 21, 2013, prior to the Foreign Ministers' Meeting, Mr. Kenji Sato, Minister for Foreign "
                     "Affairs, and Minister Jaan Tamm signed the Memorandum on Cooperation between the two Ministries. "
                     "Following the signing, the Japan-Estonia Foreign Ministers' Meeting was held.")
    meeting = next(m for m in found if m["kind"] == "foreign-ministers-meeting")
    assert meeting["date"] == "2013-05-21"


def test_the_two_leaders_are_not_the_ministers_who_met_in_the_same_town(meetings):
    found = meetings("In 2000, on February 11, Foreign Minister Taro Ito held talks in Tallinn with Foreign Minister Ivan "
                     "Kask. In July, Prime Minister Kenji Sato and President Jaan Tamm met in Riga.\n\nFrom September 3 to "
                     "5, President Tamm paid an official visit to Estonia. At the Estonia-Latvia Summit Meeting in Tallinn, "
                     "the two leaders issued the Tallinn Declaration on Partnership.")
    signing = next(m for m in found if m["agreements"])
    assert signing["people"] == ["Jaan Tamm", "Kenji Sato"]


def test_an_exchange_of_views_with_its_own_time_and_place_is_a_meeting(meetings):
    found = meetings("In 2018, Prime Minister Kenji Sato and President Jaan Tamm held a summit meeting in Riga in May. "
                     "Following their exchange of views in Tallinn in September, the two leaders agreed to meet again. "
                     "The two leaders had a frank exchange of views on the region.")
    assert sorted((m["date"], m["place"]) for m in found) == [("2018-05", "Riga"), ("2018-09", "Tallinn")]


def test_later_that_month_is_the_month_last_told(meetings):
    found = meetings("By Kenji Sato, Minister for Foreign Affairs of Japan\n\nDecember 2012\n\nIn September, I visited "
                     "Tallinn and held talks with Minister Jaan Tamm. Later that month, I met Minister Ivan Kask in New "
                     "York during the United Nations General Assembly.")
    kask = next(m for m in found if "Ivan Kask" in m["people"])
    assert kask["date"] == "2012-09"


def test_a_round_of_consultations_is_a_meeting_and_two_days_later_stays_in_its_month(meetings):
    found = meetings("By Kenji Sato, Deputy Minister for Foreign Affairs of Japan\n\nJune 2017\n\nThis March, the first "
                     "round of consultations on joint economic activities was held in Tallinn between Mr. Taro Ito, "
                     "Deputy Minister for Foreign Affairs, and Mr. Jaan Tamm, Deputy Minister of Foreign Affairs of "
                     "Estonia. Two days later, the second \"2+2\" meeting of foreign and defense ministers took place in "
                     "Tallinn. The next round of consultations is to be held in Riga next year.")
    assert sorted((m["date"], m["place"]) for m in found) == [("2017-03", "Tallinn"), ("2017-03", "Tallinn")]


def test_a_day_takes_the_year_of_its_month_stated_earlier_in_the_paragraph(meetings):
    found = meetings("Diplomatic Bluebook 2003\n\nPrime Minister Kenji Sato made an official visit to Estonia from "
                     "January 9 to 12, 2003. At the summit meeting in Tallinn on January 10, Prime Minister Sato and "
                     "President Jaan Tamm signed the Tallinn Declaration on Partnership.")
    assert "2003-01-10" in [m["date"] for m in found]


def test_a_signing_recalled_in_passing_does_not_date_the_next_one(meetings):
    found = meetings("Tallinn, 9 March 2006\n\nFollowing the talks, President Jaan Tamm and Prime Minister Kenji Sato "
                     "signed a Joint Statement on Partnership. The document builds on the Joint Statement on Friendship "
                     "signed during President Ivan Kask's visit in 1998. An agreement on technical cooperation between "
                     "the Government of Estonia and the Government of Japan was also signed.")
    dates = sorted(m["date"] for m in found if m["kind"] == "signing")
    assert "1998" in dates and dates.count("1998") == 1


def test_a_role_the_ministers_hold_is_not_a_meeting(meetings):
    found = meetings("On February 11, 2000, Foreign Minister Taro Ito held talks in Tallinn with Foreign Minister Jaan "
                     "Tamm. The two ministers, who also co-chair the Joint Committee on Border Issues, confirmed the "
                     "agreements reached so far.")
    assert [m["kind"] for m in found] == ["foreign-ministers-meeting"]


def test_a_wish_to_hold_a_meeting_is_not_a_meeting(annotate):
    records = annotate("On March 31, 2023, Foreign Minister Taro Ito held a telephone talk with Acting Minister Jaan "
                       "Tamm. Minister Ito expressed his wish to hold an in-person meeting with Acting Minister Tamm at "
                       "an early date. They followed up on the proposals made at their meeting in Tallinn in 2022.")
    assert sorted((m.kind, m.date) for m in records.meetings) == [("other", "2022"), ("telephone-talk", "2023-03-31")]


def test_the_ministers_who_met_after_a_meeting_told_without_people_are_its_people(meetings):
    found = meetings("In March 2017, the second \"2+2\" meeting of foreign and defense ministers took place in Tallinn. "
                     "Foreign Minister Taro Ito and Defense Minister Kenji Sato met with Foreign Minister Jaan Tamm and "
                     "Defense Minister Ivan Kask.")
    assert [(m["kind"], m["people"]) for m in found] == [
        ("two-plus-two", ["Ivan Kask", "Jaan Tamm", "Kenji Sato", "Taro Ito"])]


def test_the_author_among_those_who_attended(meetings):
    found = meetings("By Kenji Sato, Minister for Foreign Affairs of Japan\n\nSeptember 2004\n\nOn August 28, the first "
                     "Foreign Ministers' Meeting of the Baltic Dialogue was held in Riga. It was attended by Foreign "
                     "Minister Ivan Kask of Estonia, Foreign Minister Jaan Tamm of Latvia and myself.")
    assert [m["people"] for m in found] == [["Ivan Kask", "Jaan Tamm", "Kenji Sato"]]


def test_a_meeting_of_a_minister_visiting_a_third_country_for_a_conference_is_there(meetings):
    found = meetings("On August 7, 2017, Mr. Kenji Sato, Minister for Foreign Affairs, who is visiting Manila, the "
                     "Republic of the Philippines, to attend the ASEAN-related Foreign Ministers' Meetings, held a "
                     "Foreign Ministers' Meeting with H.E. Mr. Jaan Tamm, Minister of Foreign Affairs of Estonia.")
    meeting = next(m for m in found if m["kind"] == "foreign-ministers-meeting")
    assert meeting["place"] == "Manila"


def test_two_weeks_later_counts_once_from_the_day_told_before(meetings):
    found = meetings("On November 1, 2010, President Jaan Tamm visited Tartu. Two weeks later, when President Tamm came "
                     "to Tallinn for the summit, Prime Minister Kenji Sato held a summit meeting with him.")
    summit = next(m for m in found if m["kind"] == "summit")
    assert summit["date"] == "2010-11-15"


def test_a_meeting_after_one_yet_to_be_held_is_not_an_event_nor_a_day_in_force(meetings):
    found = meetings("November 20, 2016\n\nOn Saturday, November 19, Prime Minister Kenji Sato held a summit meeting "
                     "with President Jaan Tamm in Tallinn. The Prime Minister expressed his hope to hold a further "
                     "meeting in Riga on the day following the meeting in Tartu on December 15. Earlier on the same "
                     "day, Mr. Taro Ito, Minister for Foreign Affairs, who was accompanying the Prime Minister, "
                     "exchanged views with Mr. Ivan Kask, Minister of Foreign Affairs of Estonia.")
    assert [(m["kind"], m["people"], m["date"], m["place"]) for m in found] == [
        ("foreign-ministers-meeting", ["Ivan Kask", "Taro Ito"], "2016-11-19", "Tallinn"),
        ("summit", ["Jaan Tamm", "Kenji Sato"], "2016-11-19", "Tallinn")]


def test_a_visit_during_which_a_meeting_was_held_is_part_of_it(meetings):
    found = meetings("November 20, 2016\n\nOn November 19, Mr. Kenji Sato, Prime Minister, who was visiting Tallinn "
                     "to attend the Baltic Forum, held a summit meeting with Mr. Jaan Tamm, President of Estonia.")
    assert [(m["kind"], m["date"], m["place"]) for m in found] == [("summit", "2016-11-19", "Tallinn")]


def test_a_past_meeting_named_in_an_intention_is_still_an_event(meetings):
    found = meetings("Minister Taro Ito stated that Japan intends to advance the negotiations in line with the "
                     "agreements reached at the Japan-Estonia Summit Meeting in Tallinn in November 2017.")
    assert [(m["kind"], m["date"], m["place"]) for m in found] == [("summit", "2017-11", "Tallinn")]


def test_a_summit_the_leaders_look_ahead_to_is_not_an_event_nor_the_day_of_a_later_signing(meetings):
    found = meetings("June 20, 2008\n\nOn June 20, Prime Minister Kenji Sato held a summit meeting with President "
                     "Jaan Tamm in Tokyo. The two leaders agreed to cooperate ahead of the Baltic Sea Summit in July. "
                     "Following the summit meeting, the two leaders signed the Joint Statement between Japan and the "
                     "Republic of Estonia.")
    assert [(m["kind"], m["date"]) for m in found] == [("signing", "2008-06-20"), ("summit", "2008-06-20")]


def test_each_visit_naming_its_own_visitor_is_an_event_of_its_own(meetings):
    found = meetings("In 2016, Prime Minister Kenji Sato referred to the visit to Japan of Ms. Anna Tamm, Speaker of the "
                     "Parliament of Estonia, the visit to Estonia of Mr. Taro Ito, Minister of Economy, and the visit to "
                     "Estonia of Mr. Jiro Mori, Secretary General of the National Security Secretariat.")
    assert sorted((m["kind"], tuple(m["people"]), m["place"]) for m in found) == [
        ("visit", ("Anna Tamm",), "Japan"), ("visit", ("Jiro Mori",), "Estonia"), ("visit", ("Taro Ito",), "Estonia")]


def test_talks_held_on_a_visit_told_in_the_same_breath_are_in_the_country_visited(meetings):
    found = meetings("In 2016, Prime Minister Kenji Sato referred to the visit to Estonia of Mr. Taro Ito, Minister of "
                     "Economy. In May 2016, Deputy Prime Minister Jaan Tamm visited Japan and held talks with Minister Ito.")
    talks = next(m for m in found if m["kind"] != "visit")
    assert (talks["people"], talks["date"], talks["place"]) == (["Jaan Tamm", "Taro Ito"], "2016-05", "Japan")


def test_at_the_outset_names_the_people_of_the_meeting_of_the_day(meetings):
    found = meetings("January 27, 2025\n\n1. On January 27, the Estonia-Japan Policy Consultations were held in Tokyo."
                     "\n\n2. At the outset, Ambassador Kenji Sato welcomed Deputy Minister Jaan Tamm to Tokyo.\n")
    assert [(m["people"], m["date"], m["place"]) for m in found] == [
        (["Jaan Tamm", "Kenji Sato"], "2025-01-27", "Tokyo")]


def test_a_working_lunch_is_a_meeting(meetings):
    found = meetings("On June 26, 2017, Mr. Taro Ito, Minister for Foreign Affairs, held a working lunch with "
                     "Mr. Jaan Tamm, Minister of Foreign Affairs of Estonia, in Tokyo.")
    assert [(m["kind"], m["people"], m["date"]) for m in found] == [
        ("foreign-ministers-meeting", ["Jaan Tamm", "Taro Ito"], "2017-06-26")]


def test_the_two_leaders_after_both_are_named_are_those_two(meetings):
    found = meetings("In Latvia, President Ivan Kask and Mr. Juri Orlov, leader of the opposition, signed the General "
                     "Agreement on Peace in Riga on June 27, 1997. President Jaan Tamm of Estonia paid an official visit "
                     "to Japan in February 1998 and held a summit meeting with Prime Minister Sato, at which the two "
                     "leaders discussed energy cooperation.")
    summit = next(m for m in found if m["kind"] == "summit")
    assert summit["people"] == ["Jaan Tamm", "Sato"]


def test_a_person_remembered_at_a_grave_is_not_met(meetings):
    found = meetings("President Ivan Kask visited Estonia in September 2016, when he came to Tartu to pay his respects "
                     "at the grave of the first President of Estonia, Jaan Tamm.")
    assert [(m["kind"], m["people"]) for m in found] == [("visit", ["Ivan Kask"])]


def test_following_the_talks_is_the_readouts_talks_not_one_it_recalls(meetings):
    found = meetings("Estonian-Latvian talks\n\nOctober 19, 2018, Riga\n\nPresident of Estonia Jaan Tamm, who is in Latvia "
                     "on a state visit, "
                     "held talks with President of Latvia Ivan Kask.\n\nThe two presidents have met six times; their most "
                     "recent meeting took place in Vilnius at the end of September.\n\nFollowing the talks, a package of "
                     "documents was signed in the presence of the two presidents.\n")
    signing = next(m for m in found if m["kind"] == "signing")
    assert (signing["date"], signing["place"]) == ("2018-10-19", "Riga")


def test_a_former_prime_minister_is_not_one_of_the_two_leaders(meetings):
    found = meetings("Japan-Estonia Summit Meeting (Overview)\n\nApril 29, 2013\n\nPrime Minister Kenji Sato, who is "
                     "paying an official visit to Estonia from April 28 to 30, held a Japan-Estonia Summit Meeting with "
                     "President Jaan Tamm in Tallinn on the 29th.\n\n(1) Prime Minister Sato stated that, following the "
                     "visit of former Prime Minister Taro Ito to Tallinn as his special envoy in February, during which "
                     "Mr. Ito paid a courtesy call on President Tamm, he had come to build trust.\n\nAt the conclusion "
                     "of the talks, the two leaders signed the \"Joint Statement on the Japan-Estonia Partnership.\"\n")
    assert [m["people"] for m in found if m["date"] == "2013-04-29"] == [["Jaan Tamm", "Kenji Sato"]]


def test_meetings_told_after_a_dated_visit_in_the_same_sentence_are_on_that_visit(meetings):
    found = meetings("Relations grew in 2022. In September 2018, Foreign Minister Taro Ito visited Tallinn, the first "
                     "visit by a Japanese foreign minister in nineteen years; he paid a courtesy call on President Jaan "
                     "Tamm and held a meeting with Foreign Minister Ivan Kask.")
    assert sorted((m["kind"], m["date"]) for m in found if m["kind"] != "visit") == [
        ("courtesy-call", "2018-09"), ("foreign-ministers-meeting", "2018-09")]


def test_received_by_a_host_in_a_list_of_what_a_visitor_did(meetings):
    found = meetings("President Jaan Tamm paid an official visit to Japan in June 2012, was received by His Majesty the "
                     "Emperor, and held a summit meeting with Prime Minister Kenji Sato.")
    assert sorted((m["kind"], m["date"]) for m in found) == [("courtesy-call", "2012-06"), ("summit", "2012-06")]


def test_bilateral_meetings_with_each_of_the_ministers_of_a_conference(meetings):
    found = meetings("By Kenji Sato, Minister for Foreign Affairs of Japan\n\nSeptember 2010\n\nOn August 7, I attended "
                     "the Third Foreign Ministers' Meeting of the Baltic Dialogue in Riga with Foreign Minister Ivan Kask "
                     "of Estonia, Foreign Minister Jaan Tamm of Latvia and Foreign Minister Juri Orlov of Lithuania. In "
                     "Riga I also held bilateral meetings with each of my counterparts.")
    bilateral = sorted((m["people"], m["date"], m["place"]) for m in found if len(m["people"]) == 2)
    assert bilateral == [(["Ivan Kask", "Kenji Sato"], "2010-08", "Riga"), (["Jaan Tamm", "Kenji Sato"], "2010-08", "Riga"),
                         (["Juri Orlov", "Kenji Sato"], "2010-08", "Riga")]


def test_leaders_who_gave_instructions_did_not_attend(meetings):
    found = meetings("In April 2013, Prime Minister Kenji Sato held a summit meeting with President Jaan Tamm in Tallinn. "
                     "Pursuant to the instructions of the two leaders, Deputy Minister Jiro Mori and Deputy Minister "
                     "Ivan Kask held the first round of vice-ministerial consultations in Tallinn in August.")
    consultations = next(m for m in found if m["kind"] == "vice-ministerial-meeting")
    assert consultations["people"] == ["Ivan Kask", "Jiro Mori"]


def test_the_two_leaders_named_in_the_clause_are_not_those_of_an_earlier_summit(meetings):
    found = meetings("In July, President Ivan Kask visited Japan, and a summit meeting between Prime Minister Sato and "
                     "President Kask was held in Tokyo. The two leaders agreed to cooperate.\n\nPresident Jaan Tamm of "
                     "Estonia paid an official visit to Japan in June and held a summit meeting with Prime Minister Sato, "
                     "at which the two leaders confirmed their partnership.")
    assert sorted(m["people"] for m in found if m["kind"] == "summit") == [["Ivan Kask", "Sato"], ["Jaan Tamm", "Sato"]]


def test_the_writer_of_a_letter_handed_over_was_not_there(meetings):
    found = meetings("In May 2024, Deputy Minister Ivan Kask held a meeting with Parliamentary Vice-Minister Taro Ito, to "
                     "whom he handed a letter from President Jaan Tamm inviting Prime Minister Sato to the summit.")
    assert [m["people"] for m in found if m["kind"] != "summit"] == [["Ivan Kask", "Taro Ito"]]


def test_russias_chairman_of_the_government_is_one_of_the_two_prime_ministers(meetings):
    found = meetings("In 2008, Prime Minister Jiro Mori visited Riga. On May 12, 2009, Prime Minister Taro Ito held a "
                     "meeting with Mr. Ivan Kask, Chairman of the "
                     "Government of the Russian Federation, in Tokyo. Following the meeting, in the presence of the two "
                     "Prime Ministers, representatives of the two Governments signed a memorandum on energy.")
    assert {tuple(m["people"]) for m in found if m["kind"] != "visit"} == {("Ivan Kask", "Taro Ito")}


def test_a_visit_and_a_meeting_recalled_together_are_two_events(meetings):
    found = meetings("In 2011, the President recalled the visit to Estonia of Mr. Taro Ito in August 2006 and the meeting "
                     "of Mr. Jiro Mori with Foreign Minister Jaan Tamm in Riga in May 2010.")
    assert sorted((m["kind"], m["date"], tuple(m["people"])) for m in found) == [
        ("other", "2010-05", ("Jaan Tamm", "Jiro Mori")), ("visit", "2006-08", ("Taro Ito",))]


def test_countries_visited_before_arriving_are_visited_that_month(meetings):
    found = meetings("October 27, 2015\n\nOn October 27, Prime Minister Kenji Sato, who is visiting Estonia, held a "
                     "summit meeting with President Jaan Tamm in Tallinn.\n\nPrior to his arrival in Tallinn, Prime Minister "
                     "Sato had visited Latvia and Lithuania.")
    assert sorted((m["place"], m["date"]) for m in found if m["kind"] == "visit") == [
        ("Latvia", "2015-10"), ("Lithuania", "2015-10")]


def test_during_his_stay_is_the_visit_told_not_an_earlier_one_recalled(meetings):
    found = meetings("July 31, 2002\n\n(1) President Jaan Tamm of Estonia paid an official visit to Japan from July 28 "
                     "to 31. It was the President's second visit to Japan; he first visited in May 1994.\n\n(2) During "
                     "his stay, President Tamm held a summit meeting with Prime Minister Kenji Sato.\n")
    summit = next(m for m in found if m["kind"] == "summit")
    assert summit["date"] == "2002-07"


def test_signed_right_after_a_meeting_dated_in_the_same_phrase_is_on_that_day(meetings):
    found = meetings("July 31, 2002\n\n(1) President Jaan Tamm of Estonia paid an official visit to Japan from July 28 "
                     "to 31.\n\n(3) Following the summit meeting on July 29, the two leaders signed the Joint Statement "
                     "on Friendship between Japan and Estonia.\n")
    signing = next(m for m in found if m["kind"] == "signing")
    assert signing["date"] == "2002-07-29"


def test_met_n_times_in_places_and_months_is_one_meeting_each(meetings):
    found = meetings("By Ivan Kask, Ambassador of Estonia\n\nJune 12, 2020\n\nLooking back, 2019 was a productive year. "
                     "President Jaan Tamm and Prime Minister Kenji Sato met three times, in Tallinn in January, in Osaka "
                     "in June and in Riga in September.")
    assert [(m["date"], m["place"]) for m in found] == [("2019-01", "Tallinn"), ("2019-06", "Osaka"), ("2019-09", "Riga")]


def test_two_who_presided_over_a_conference_met(meetings):
    found = meetings("Foreign Minister Jaan Tamm and Minister Kenji Sato presided over the ninth Baltic Conference in New "
                     "York in September 2015.")
    assert [(m["people"], m["date"], m["place"]) for m in found] == [
        (["Jaan Tamm", "Kenji Sato"], "2015-09", "New York City")]


def test_the_two_sides_who_signed_are_those_who_just_met_but_not_their_experts(meetings):
    found = meetings("In late November, First Deputy Prime Minister Ivan Kask visited Japan and held talks with Foreign "
                     "Minister Kenji Sato. Following the talks, the two sides signed four documents. Experts from both "
                     "sides visited Hokkaido in August.")
    assert [(m["kind"], m["people"]) for m in found if m["kind"] in ("signing", "visit")] == [
        ("signing", ["Ivan Kask", "Kenji Sato"])]


def test_at_the_summit_in_a_town_is_not_an_earlier_summit_held_elsewhere(meetings):
    found = meetings("By Ivan Kask, Ambassador of Estonia\n\nIn October 2015, Prime Minister Kenji Sato visited Tallinn. "
                     "At his summit meeting with President Jaan Tamm, the two leaders agreed to strengthen trade. A year "
                     "later, in November 2016, President Tamm paid an official visit to Japan. At the summit meeting in "
                     "Tokyo, he and Prime Minister Sato signed a joint statement on partnership.")
    signing = next(m for m in found if m["kind"] == "signing")
    assert (signing["date"], signing["place"]) == ("2016-11", "Tokyo")


def test_a_meeting_on_the_occasion_of_a_summit_named_by_its_town_is_in_that_town(meetings):
    found = meetings("In 2015, Foreign Minister Jaan Tamm met Foreign Minister Kenji Sato on the occasion of the Riga "
                     "Summit in Latvia in June. In August, the two ministers held talks in Tokyo and recalled the "
                     "principles endorsed at the Vilnius Summit of the OSCE.")
    assert [(m["date"], m["place"]) for m in found] == [("2015-06", "Riga"), ("2015-08", "Tokyo")]


def test_an_event_that_did_not_take_place_is_no_meeting(meetings):
    found = meetings("In 1999, the official visit to Japan by President Jaan Tamm, which had been planned for May, did "
                     "not take place owing to the President's health. The summit meeting between President Tamm and "
                     "Prime Minister Kenji Sato was not held. In June, President Tamm held a telephone talk with Prime "
                     "Minister Sato.")
    assert [(m["kind"], m["date"]) for m in found] == [("telephone-talk", "1999-06")]


def test_they_met_twice_more_in_towns_and_months_is_two_meetings_of_the_two(meetings):
    found = meetings("In 2018, President Jaan Tamm and Prime Minister Kenji Sato met in Tallinn in May. In September, the "
                     "two leaders met again in Riga on the occasion of the Baltic Forum, and they met twice more later in "
                     "the year, in Singapore in November and in Buenos Aires at the beginning of December.")
    assert [(m["date"], m["place"], m["people"]) for m in found][2:] == [
        ("2018-11", "Singapore", ["Jaan Tamm", "Kenji Sato"]), ("2018-12", "Buenos Aires", ["Jaan Tamm", "Kenji Sato"])]


def test_a_call_after_which_they_exchanged_views_is_one_meeting(meetings):
    found = meetings("On June 19, 2008, Foreign Minister Kenji Sato paid a courtesy call on President Jaan Tamm at his "
                     "hotel, and they exchanged views on the follow-up to the Foreign Ministers' Meeting held in Tokyo "
                     "in June 2006.")
    assert [(m["kind"], m["people"]) for m in found if m["date"] == "2008-06-19"] == [
        ("courtesy-call", ["Jaan Tamm", "Kenji Sato"])]


def test_signed_at_the_same_ceremony_is_on_the_day_of_that_signing(meetings):
    found = meetings("July 31, 2002\n\n(1) President Jaan Tamm of Estonia paid an official visit to Japan from July 28 "
                     "to 31.\n\n(3) Following the summit meeting on July 29, the two leaders signed the Joint Statement on "
                     "Friendship between Japan and Estonia. At the same ceremony, Mr. Kenji Sato, Senior Vice-Minister "
                     "for Foreign Affairs, and Mr. Ivan Kask, Minister of Foreign Affairs of Estonia, signed the "
                     "Memorandum on Youth Exchange.")
    assert [m["date"] for m in found if "Kenji Sato" in m["people"]] == ["2002-07-29"]


def test_the_state_after_a_town_is_no_place_of_its_own_in_a_paired_list(meetings):
    found = meetings("In 2004, President Jaan Tamm and Prime Minister Kenji Sato held summit meetings on the occasions "
                     "of the Baltic Summit in Santiago, Chile, and of the Nordic Forum in Riga in June and November "
                     "respectively.")
    assert [(m["date"], m["place"]) for m in found] == [("2004-06", "Santiago"), ("2004-11", "Riga")]


def test_exchanged_views_with_him_or_with_members_of_a_league(meetings):
    found = meetings("On March 28, 2017, Foreign Minister Ivan Kask of Estonia visited Japan and held a meeting with "
                     "Foreign Minister Kenji Sato. On the evening of the same day, Mr. Taro Ito, State Minister for "
                     "Foreign Affairs, hosted a dinner for Minister Kask and exchanged views with him. On March 30, "
                     "Minister Kask exchanged views with members of the Japan-Estonia Parliamentary Friendship League.")
    assert sorted((m["date"], m["people"]) for m in found) == [
        ("2017-03-28", ["Ivan Kask", "Kenji Sato"]), ("2017-03-28", ["Ivan Kask", "Taro Ito"]),
        ("2017-03-30", ["Ivan Kask"])]


def test_negotiations_held_or_concluded_are_a_meeting_but_continued_negotiations_are_not(meetings):
    found = meetings("In 2022, relations cooled. In April, the Estonia-Latvia fisheries negotiations on salmon and trout "
                     "for 2022 were held, and the quota was set. Estonia and Lithuania continued negotiations toward a "
                     "border agreement.")
    assert [(m["date"], m["countries"], m["topics"]) for m in found] == [("2022-04", ["Estonia", "Latvia"], ["fisheries"])]


def test_meeting_two_presidents_is_a_meeting_with_each(meetings):
    found = meetings("On December 19, 2025, Prime Minister Kenji Sato met with President Jaan Tamm and President Ivan "
                     "Kask in Tokyo. He also met with President Ozols and Prime Minister Ivo Berzins of Latvia.")
    assert sorted(m["people"] for m in found) == [
        ["Ivan Kask", "Kenji Sato"], ["Ivo Berzins", "Kenji Sato", "Ozols"], ["Jaan Tamm", "Kenji Sato"]]


def test_meetings_with_unnamed_groups_stay_apart_and_ones_own_party_is_no_meeting(meetings):
    found = meetings("(4) October 24, 2014 (Tokyo): President Jaan Tamm met with members of the Japan-Estonia "
                     "Parliamentary Friendship League. He then received courtesy calls from Mr. Kenji Sato, Minister for "
                     "Foreign Affairs, and Mr. Taro Ito, President of JICA. The same day, he held a round table meeting with the Japan Association for Trade "
                     "with Estonia. Later, President Tamm held a meeting with the members of the Estonian business "
                     "mission accompanying him.")
    assert sorted((m["kind"], m["people"]) for m in found) == [
        ("courtesy-call", ["Jaan Tamm", "Kenji Sato"]), ("courtesy-call", ["Jaan Tamm", "Taro Ito"]),
        ("other", ["Jaan Tamm"]), ("other", ["Jaan Tamm"])]


def test_an_initialled_surname_is_the_person_named_in_full(meetings):
    found = meetings("On July 11, 2024, Deputy Minister of Foreign Affairs of the Republic of Estonia Jaan Tamm visited "
                     "Tokyo. Within the framework of the visit, J.Tamm also held a meeting with Mr. Kenji Sato, "
                     "President of the Japan International Cooperation Agency.")
    assert [(m["people"], m["date"]) for m in found if len(m["people"]) == 2] == [
        (["Jaan Tamm", "Kenji Sato"], "2024-07-11")]


def test_political_consultations_between_two_ministries_are_a_meeting(meetings):
    found = meetings("On July 11, 2024, regular political consultations between the Ministries of Foreign Affairs of "
                     "the Republic of Estonia and Japan were held in Tokyo.")
    assert [(m["date"], m["place"]) for m in found] == [("2024-07-11", "Tokyo")]


def test_a_summit_attended_in_a_town_it_is_named_for_and_a_meeting_on_that_occasion(meetings):
    found = meetings("In April 2018, Prime Minister Taro Ito attended the Riga Nuclear Safety Summit, and on that "
                     "occasion held a Japan-Latvia Summit Meeting with President Ozols.")
    assert [(m["people"], m["date"], m["place"]) for m in found if len(m["people"]) == 2] == [
        (["Ozols", "Taro Ito"], "2018-04", "Riga")]


def test_after_a_visit_the_two_presidents_signed_there_and_the_two_of_us_are_the_author_and_the_visitor(meetings):
    found = meetings("By Kenji Sato, Minister of Economy of Japan\n\nIn 2018, work continued. In February, Minister Ivan "
                     "Kask visited Tokyo, and the two of us co-chaired the working group on the cooperation plan. In "
                     "July, President Jaan Tamm of Estonia visited Riga, and the two presidents signed the Treaty of "
                     "Friendship between Estonia and Latvia.")
    assert [(m["kind"], m["people"], m["place"]) for m in found if m["kind"] != "visit"] == [
        ("ministerial-meeting", ["Ivan Kask", "Kenji Sato"], "Tokyo"), ("signing", [], "Riga")]


def test_a_meeting_told_after_attending_an_event_named_for_its_town_is_there(meetings):
    found = meetings("In February 2014, Prime Minister Taro Ito attended the opening ceremony of the Riga Winter Games "
                     "and held another summit meeting with President Jaan Tamm.")
    assert [(m["people"], m["place"]) for m in found] == [(["Jaan Tamm", "Taro Ito"], "Riga")]


def test_a_session_held_under_an_agreement_concluded_long_before_takes_its_own_date(meetings):
    found = meetings("In 2011, cooperation continued. The 2011 Session of the Japan-Russia Fisheries Committee, which "
                     "was established under the Agreement between the Government of Latvia and the Government of the "
                     "Union of Soviet Socialist Republics on Cooperation in the Field of Fisheries, concluded in 1985 "
                     "with the former Soviet Union, was held in Moscow from March 28 to April 14.")
    assert [(m["date"], m["place"]) for m in found] == [("2011-03-28", "Moscow")]


def test_meetings_between_two_leaders_which_were_held_in_a_town_on_a_day(meetings):
    found = meetings("March 18, 2017\n\nOn Saturday, March 18, the first round of the Estonia-Latvia consultations on "
                     "joint economic activities was held in Tallinn. The consultations were held on the basis of the "
                     "agreement reached at the Estonia-Latvia Summit Meetings between Prime Minister Jaan Tamm and "
                     "President Ivan Ozols, which were held in Tartu City, Tartu County, on December 15 last year and in "
                     "Riga the following day.")
    summit = next(m for m in found if m["people"])
    assert (summit["date"], summit["place"]) == ("2016-12-15", "Tartu")


def test_the_day_before_of_agreements_reached_is_not_the_meetings_day(meetings):
    found = meetings("On March 10, 2018, President Jaan Tamm visited Riga. President Jaan Tamm also held a meeting with "
                     "Prime Minister Ivo Ozols, at which the practical implementation of the agreements reached the day "
                     "before was discussed, including the launch of joint projects.")
    assert [m["date"] for m in found if len(m["people"]) == 2] == ["2018-03-10"]


def test_a_sentence_opening_with_a_day_sets_the_day_of_what_follows(meetings):
    found = meetings("09.03.2018\n\nOn March 9, President of the Republic of Estonia Jaan Tamm arrived in Riga on a state "
                     "visit to the Republic of Latvia at the invitation of President Ivo Ozols.\n\nOn the same day, the "
                     "presidents visited the exhibition of Estonian industrial products.\n\nOn March 10, the second day "
                     "of the visit, the Head of our state laid a wreath at the monument in the centre of Riga. President "
                     "Jaan Tamm also held a meeting with Prime Minister Peteris Kalns, at which the practical "
                     "implementation of the agreements reached the day before was discussed.")
    assert [m["date"] for m in found if "Peteris Kalns" in m["people"]] == ["2018-03-10"]


def test_a_ceremony_told_first_and_attended_by_named_leaders_after(meetings):
    found = meetings("30 October 2017\n\nAn official opening ceremony of the Tallinn-Riga-Vilnius railway was held at "
                     "the Tallinn Sea Trade Port in Paldiski on 30 October.\n\nPresident of the Republic of Estonia Jaan "
                     "Tamm, President of the Republic of Latvia Ivo Ozols and Prime Minister of Lithuania Petras Kalnas "
                     "attended the ceremony.")
    assert [(m["people"], m["date"], m["place"]) for m in found] == [
        (["Ivo Ozols", "Jaan Tamm", "Petras Kalnas"], "2017-10-30", "Paldiski")]


def test_a_palace_of_something_is_a_building_not_the_meetings_town(meetings):
    found = meetings("Tallinn, 9 August 2024\n\nOn 9 August 2024, President Jaan Tamm chaired the sixth Consultative "
                     "Meeting of the Heads of State of the Baltic, held at the Palace of Independence, with President "
                     "Ivo Ozols.")
    assert [m["place"] for m in found] == ["Tallinn"]


def test_meetings_during_a_visit_told_with_its_period_are_in_the_state_visited(meetings):
    found = meetings("June 2, 2017\n\nH.E. Mr. Ivan Kask, Minister of Foreign Affairs of Estonia, visited Japan from May "
                     "30 to June 2.\n\nOn May 31, Mr. Kenji Sato, State Minister for Foreign Affairs, hosted a dinner for "
                     "Minister Kask and exchanged views with him.")
    assert [(m["date"], m["place"]) for m in found if m["kind"] != "visit"] == [("2017-05-31", "Japan")]


def test_a_press_conference_dates_yesterday_from_its_dateline_and_merges_a_question_with_the_answer(meetings):
    found = meetings("Press Conference by Foreign Minister Suzuki Ichiro\n\nTuesday, March 8, 2022, 10:30 a.m.\n\n"
                     "Minister Suzuki: Yesterday I held a telephone talk with Foreign Minister Ivan Kask of Latvia.\n\n"
                     "Reporter: Could you tell us about the meeting with Minister Tamm last month?\n\n"
                     "Minister Suzuki: When I met Foreign Minister Jaan Tamm of Estonia in Munich on February 19, we "
                     "agreed to strengthen cooperation in energy.\n")
    assert [(m["kind"], m["date"], m["people"], m["place"]) for m in found] == [
        ("foreign-ministers-meeting", "2022-02-19", ["Jaan Tamm", "Suzuki Ichiro"], "Munich"),
        ("telephone-talk", "2022-03-07", ["Ivan Kask", "Suzuki Ichiro"], None)]


def test_a_foreign_ministrys_press_release_keeps_each_meeting_to_its_own_people(meetings):
    found = meetings(
        "On the talks between Foreign Minister Jaan Tamm and Minister of Foreign Affairs of Latvia Ivan Kask\n\n"
        "26 August 2020\n\n"
        "On 26 August, Foreign Minister of Estonia Jaan Tamm held talks in Tallinn with Minister of Foreign Affairs "
        "of Latvia Ivan Kask.\n\n"
        "The ministers welcomed the outcome of the latest meeting of the Intergovernmental Commission, held "
        "recently by videoconference under the chairmanship of Deputy Prime Minister of Estonia Peeter Saar and "
        "Deputy Prime Minister of Latvia Andris Ozols.\n\n"
        "It will be recalled that in July Jaan Tamm held telephone conversations with his Latvian counterpart at the "
        "time, Janis Berzins, and with Minister of Foreign Affairs of Lithuania Tomas Petraitis.\n\n"
        "Following the talks, the ministers signed the Plan of Consultations between the two Ministries for "
        "2021-2022.\n")
    assert sorted((m["kind"], m["date"], tuple(m["people"])) for m in found) == [
        ("foreign-ministers-meeting", "2020-08-26", ("Ivan Kask", "Jaan Tamm")),
        ("intergovernmental-committee", "2020", ("Andris Ozols", "Peeter Saar")),
        ("signing", "2020-08-26", ("Ivan Kask", "Jaan Tamm")),  # not in 2021, the plan's first year
        ("telephone-talk", "2020-07", ("Jaan Tamm", "Janis Berzins")),
        ("telephone-talk", "2020-07", ("Jaan Tamm", "Tomas Petraitis")),
    ]


def test_a_summit_that_had_to_be_postponed_was_not_held(meetings):
    found = meetings("May 4, 2025\n\nOn May 3, Special Adviser Suzuki met Foreign Minister Jaan Tamm in Tallinn and "
                     "exchanged views on the holding of the first Summit of the Baltic Dialogue, which had to be "
                     "postponed in August last year.\n")
    assert [(m["kind"], m["date"], m["people"]) for m in found] == [("other", "2025-05-03", ["Jaan Tamm", "Suzuki"])]


def test_a_tour_readout_places_each_stage_in_the_state_its_heading_names(meetings):
    found = meetings("February 10, 2025\n\nVisit to the Baltic States by Special Adviser Suzuki\n\n"
                     "1. Estonia (January 30 and 31)\n\n"
                     "On January 30, Special Adviser Suzuki held a meeting with Mr. Jaan TAMM, Minister of Foreign "
                     "Affairs. Minister Tamm stated that President Kask looks forward to visiting Japan for the "
                     "Summit.\n\n"
                     "2. Latvia (February 1)\n\n"
                     "On February 1, Special Adviser Suzuki paid a courtesy call on Mr. Andris OZOLS, Prime Minister.\n")
    assert [(m["date"], m["people"], m["place"]) for m in found] == [
        ("2025-01-30", ["Jaan Tamm", "Suzuki"], "Estonia"),
        ("2025-02-01", ["Andris Ozols", "Suzuki"], "Latvia")]


def test_a_chronologys_entries_date_their_events_and_give_the_visitor_to_terse_meetings(meetings):
    found = meetings("Major Events in Estonia-Latvia Relations (Chronology)\n\n"
                     "1994.5  President Jaan Tamm visits Latvia (first visit). Summit meeting with Prime Minister "
                     "Andris Ozols.\n\n"
                     "2002.7  President Tamm visits Latvia for the second time. Summit meeting with Prime Minister "
                     "Ivars Liepa (July 29).\n\n"
                     "2019.12  Foreign ministers' meeting held in Riga.\n")
    summits = [(m["date"], m["people"]) for m in found if m["kind"] == "summit"]
    assert summits == [("1994-05", ["Andris Ozols", "Jaan Tamm"]), ("2002-07-29", ["Ivars Liepa", "Jaan Tamm"])]


def test_a_visits_meetings_told_after_a_sentence_describing_the_visit(meetings):
    found = meetings('Interview\n\nMay 10, 2022\n\nQ: Which visits stand out?\n\nA: Many delegations have come to Riga, '
                     'but I would single out two. In August 2016, State Secretary Jaan Tamm paid a courtesy call on '
                     'President Andris Ozols and met with Deputy Prime Minister Ivars Liepa. Then in September 2018, '
                     'Foreign Minister Toomas Kask visited Riga. It was the first visit to Latvia by an Estonian '
                     'foreign minister. He was received by President Ozols, held talks with our Foreign Minister Janis '
                     'Berzins and paid a courtesy call on Prime Minister Liepa.\n')
    later = [(m["date"], m["place"]) for m in found if "Toomas Kask" in m["people"] and m["kind"] != "visit"]
    assert len(later) == 3 and set(later) == {("2018-09", "Riga")}


def test_a_minister_on_a_working_trip_to_a_town_meets_others_there(meetings):
    found = meetings("Jaan Tamm holds a series of meetings in New York\n\n23 September 2023\n\nNEW YORK – Deputy Prime "
                     "Minister – Minister of Foreign Affairs of the Republic of Estonia Jaan Tamm, who is on a working "
                     "trip to New York to take part in the high-level week of the United Nations General Assembly, "
                     "held a number of bilateral meetings.\n\nOn 20 September, Jaan Tamm met with Minister of Foreign "
                     "Affairs of Latvia Andris Ozols.\n\n" + "The sides discussed trade and transport.\n\n" * 60
                     + "On 23 September, Jaan Tamm held talks with Minister of Foreign Affairs of Lithuania Tomas "
                     "Petraitis.\n")
    assert [(m["date"], m["people"], m["place"]) for m in found] == [
        ("2023-09-20", ["Andris Ozols", "Jaan Tamm"], "New York City"),
        ("2023-09-23", ["Jaan Tamm", "Tomas Petraitis"], "New York City")]  # however far down the release


def test_a_transcripts_speaker_is_i_and_met_in_each_town_at_its_own_time(meetings):
    found = meetings("Regular Press Conference\n\nTuesday, March 8, 2022, 10:30 a.m.\n\n"
                     "Minister Suzuki: Yesterday I held a telephone talk with Foreign Minister Ivan Kask of Latvia.\n\n"
                     "Reporter: Have the leaders met this year?\n\n"
                     "Minister Suzuki: Prime Minister Jaan Tamm of Estonia and President Andris Ozols of Latvia met "
                     "in Tallinn in January. Since then the two leaders have met in Riga in February and in Vilnius on "
                     "March 1.\n")
    assert [(m["kind"], m["date"], m["people"], m["place"]) for m in found] == [
        ("summit", "2022-01", ["Andris Ozols", "Jaan Tamm"], "Tallinn"),
        ("summit", "2022-02", ["Andris Ozols", "Jaan Tamm"], "Riga"),
        ("summit", "2022-03-01", ["Andris Ozols", "Jaan Tamm"], "Vilnius"),
        ("telephone-talk", "2022-03-07", ["Ivan Kask", "Suzuki"], None)]


def test_visits_listed_by_year_are_one_visit_a_year(meetings):
    found = meetings("They recalled the visits to Latvia by Jaan Tamm, then President of Estonia, in 2009, 2013 and "
                     "2019, as well as the official visit of Prime Minister Ivan Kask to Tallinn in October 2015.")
    assert [(m["date"], m["people"], m["place"]) for m in found] == [
        ("2009", ["Jaan Tamm"], "Latvia"), ("2013", ["Jaan Tamm"], "Latvia"),
        ("2015-10", ["Ivan Kask"], "Tallinn"), ("2019", ["Jaan Tamm"], "Latvia")]


def test_exchanges_one_looks_forward_to_have_not_happened(meetings):
    found = meetings("December 24, 2022\n\nOn December 24, Foreign Minister Jaan Tamm held a meeting with Foreign "
                     "Minister Ivan Kask of Latvia in Tallinn. Minister Kask stated that the Latvian side looks "
                     "forward to further high-level exchanges, including a visit to Estonia by President Andris "
                     "Ozols. Minister Tamm said that he had been looking forward to continuing the discussion of "
                     "their meeting in Riga in May.\n")
    assert sorted((m["date"], tuple(m["people"])) for m in found) == [
        ("2022-05", ("Ivan Kask", "Jaan Tamm")), ("2022-12-24", ("Ivan Kask", "Jaan Tamm"))]


def test_following_the_courtesy_call_is_that_calls_day_within_a_tour_stage(meetings):
    found = meetings("May 5, 2022\n\nVisit to the Baltic States by Foreign Minister Suzuki\n\n"
                     "1. Estonia (April 28 and 29)\n\n"
                     "On the morning of April 29, Minister Suzuki paid a courtesy call on Mr. Andris KASK, President "
                     "of Estonia, in Tallinn.\n\n"
                     "Following the courtesy call, Minister Suzuki held a Foreign Ministers' Meeting with Mr. Jaan "
                     "TAMM, Minister of Foreign Affairs of Estonia.\n")
    assert sorted((m["kind"], m["date"]) for m in found) == [
        ("courtesy-call", "2022-04-29"), ("foreign-ministers-meeting", "2022-04-29")]


def test_a_meeting_in_the_city_of_a_town_is_in_that_town(meetings):
    found = meetings("On March 31, 2025, a trilateral meeting of President Alar Kask of Estonia, President Andris "
                     "Ozols of Latvia and President Jonas Petraitis of Lithuania took place in the city of Tartu.")
    assert [(m["kind"], m["date"], m["place"]) for m in found] == [("summit", "2025-03-31", "Tartu")]


def test_calling_on_someone_to_act_is_an_appeal_not_a_call_paid(meetings):
    found = meetings("On May 3, 2024, in his speech, Prime Minister Jaan Tamm called on President Andris Ozols to "
                     "work together toward a lasting peace. On May 4, Minister Ivan Kask called on President Andris "
                     "Ozols to deliver a letter from Prime Minister Tamm.")
    assert [(m["kind"], m["date"], m["people"]) for m in found] == [
        ("courtesy-call", "2024-05-04", ["Andris Ozols", "Ivan Kask"])]


MULTILATERAL = ("May 19, 2019\n\nThe Seventh Foreign Ministers' Meeting of the Baltic Dialogue was held in Riga on May 18, "
                "chaired by Mr. Ivan Kask, Minister of Foreign Affairs of the Republic of Latvia. Minister Taro Suzuki, "
                "the foreign ministers of Estonia and Lithuania, and the Deputy Minister of Foreign Affairs of Finland "
                "took part. The Minister of Foreign Affairs of Poland joined the third session as a guest.\n\n"
                "On May 18, Minister Suzuki met with Mr. Jaan Tamm, Minister of Foreign Affairs of Estonia. He also "
                "met Mr. Jonas Petraitis, Minister of Foreign Affairs of Lithuania. Later, he held talks with Mr. Matti "
                "Virtanen, Deputy Minister of Foreign Affairs of Finland, and Mr. Adam Nowak, Minister of Foreign "
                "Affairs of Poland.\n")


def test_officials_named_by_office_and_state_are_the_people_the_text_names_so(meetings):
    found = meetings(MULTILATERAL)
    plenary = next(m for m in found if m["kind"] == "foreign-ministers-meeting")
    assert (plenary["date"], plenary["place"], plenary["people"]) == ("2019-05-18", "Riga", [
        "Adam Nowak", "Ivan Kask", "Jaan Tamm", "Jonas Petraitis", "Matti Virtanen", "Taro Suzuki"])


def test_two_ministers_meeting_on_their_own_at_a_conference_is_another_meeting(meetings):
    found = meetings(MULTILATERAL)
    assert sorted(tuple(m["people"]) for m in found if m["kind"] != "foreign-ministers-meeting") == [
        ("Adam Nowak", "Matti Virtanen", "Taro Suzuki"), ("Jaan Tamm", "Taro Suzuki"), ("Jonas Petraitis", "Taro Suzuki")]


def test_an_office_of_a_state_names_no_one_beside_a_name_in_another_year_or_after_a(meetings):
    found = meetings("In March 2004, Mr. Andris Ozols, Minister of Foreign Affairs of Latvia, visited Tallinn. In "
                     "May 2010, Foreign Minister Jaan Tamm of Estonia met the Foreign Minister of Latvia in Tartu. "
                     "In June 2004, Prime Minister Ivan Kask made the first visit to Riga by a Prime Minister of "
                     "Estonia, and met the Foreign Minister of Latvia.")
    assert sorted((m["date"], tuple(m["people"])) for m in found) == [
        ("2004-03", ("Andris Ozols",)), ("2004-06", ("Andris Ozols", "Ivan Kask")), ("2010-05", ("Jaan Tamm",))]


def test_a_session_of_a_council_attended_by_leaders_is_a_meeting_of_them_all(meetings):
    found = meetings("On June 19, 2007, Deputy Minister Ivan Kask attended the enlarged session of the Baltic Council "
                     "of Heads of State, which was attended by President Andris Ozols, Mr. Jaan Tamm, President of "
                     "Estonia, and Mr. Jonas Petraitis, President of Lithuania. On June 20, he attended the plenary "
                     "session of the Riga Economic Forum together with President Ozols and President Tamm.")
    assert [(m["date"], m["people"]) for m in found] == [
        ("2007-06-19", ["Andris Ozols", "Ivan Kask", "Jaan Tamm", "Jonas Petraitis"])]


def test_a_visit_to_attend_a_summit_places_the_visitors_calls_during_it(meetings):
    found = meetings("June 20, 2007\n\nMr. Ivan Kask, Deputy Minister for Foreign Affairs of Estonia, visited Riga, the "
                     "Republic of Latvia, from June 17 to 19 to attend, as the representative of the Government of "
                     "Estonia, the Summit of the Baltic Organization for Democracy. It was the first time that Estonia "
                     "was represented at such a Summit.\n\nOn June 18, Deputy Minister Kask paid a courtesy call on "
                     "H.E. Mr. Andris Ozols, President of the Republic of Latvia.\n")
    call = next(m for m in found if m["kind"] == "courtesy-call")
    assert (call["date"], call["place"]) == ("2007-06-18", "Riga")


def test_my_conversation_with_a_named_minister_is_a_meeting(meetings):
    found = meetings("By Jaan Tamm, Minister of Foreign Affairs of Estonia\n\nMarch 2024\n\nThis was the subject of my "
                     "conversation with Foreign Minister Andris Ozols of Latvia in New York last September. "
                     "Conversations about the future are always welcome.\n")
    assert [(m["date"], m["place"], m["people"]) for m in found] == [
        ("2023-09", "New York City", ["Andris Ozols", "Jaan Tamm"])]


def test_the_heads_of_the_foreign_ministries_of_states_are_their_foreign_ministers(meetings):
    found = meetings("June 30, 2025\n\nOn June 29, Minister Ivan Kask met Mr. Jaan Tamm, Minister of Foreign Affairs of "
                     "Estonia, and, separately, Mr. Jonas Petraitis, Minister of Foreign Affairs of Lithuania. On June "
                     "30, Minister Kask chaired the regular meeting of the Council of Ministers of Foreign Affairs of the "
                     "Baltic Union in Riga. The meeting was attended by the heads of the foreign ministries of the "
                     "Republic of Estonia and the Republic of Lithuania.\n")
    council = next(m for m in found if m["date"] == "2025-06-30")
    assert council["people"] == ["Ivan Kask", "Jaan Tamm", "Jonas Petraitis"]


def test_a_missions_calls_keep_their_day_however_the_parser_reads_the_mission(meetings):
    found = meetings("November 2019\n\nOn October 8, the mission called on Mr. Jaan Tamm, Minister of Economy of Latvia. "
                     "The Treaty, signed in Riga on April 18, 2019 during the state visit of the President, entered "
                     "into force.\n")
    assert [(m["kind"], m["date"], m["people"]) for m in found if m["kind"] != "signing"] == [
        ("courtesy-call", "2019-10-08", ["Jaan Tamm"])]  # and no visit from "the Treaty, signed ... during the visit"


def test_a_date_line_with_a_town_places_that_days_meetings(meetings):
    found = meetings("News: Prime Minister's meetings\n\n28 April 2021, Tallinn\nPrime Minister Jaan Tamm opened the "
                     "forum.\n\n29 April 2021, Riga\nJaan Tamm first met with Prime Minister of Lithuania Jonas "
                     "Petraitis. He then met with Prime Minister of Finland Matti Virtanen.\n")
    assert sorted((m["date"], m["place"], m["people"]) for m in found) == [
        ("2021-04-29", "Riga", ["Jaan Tamm", "Jonas Petraitis"]), ("2021-04-29", "Riga", ["Jaan Tamm", "Matti Virtanen"])]


def test_a_list_of_acts_in_one_town_places_and_dates_each_act(meetings):
    found = meetings("In September 2018, Foreign Minister Jaan Tamm of Estonia visited Latvia. In Riga on 5 September "
                     "he was received by President Andris Ozols, called on Prime Minister Janis Berzins and held talks "
                     "with Foreign Minister Edgars Kalnins.\n")
    assert sorted((m["date"], m["place"], m["people"]) for m in found if m["kind"] != "visit") == [
        ("2018-09-05", "Riga", ["Andris Ozols", "Jaan Tamm"]), ("2018-09-05", "Riga", ["Edgars Kalnins", "Jaan Tamm"]),
        ("2018-09-05", "Riga", ["Jaan Tamm", "Janis Berzins"])]


def test_the_town_of_a_stay_places_the_meetings_held_during_it(meetings):
    found = meetings("Visit to Latvia by Mr. Jaan Tamm, Parliamentary Vice-Minister for Foreign Affairs of Estonia\n\n"
                     "January 11, 2012\n\nMr. Jaan Tamm visited Latvia from January 9 to 10. During his stay in Riga, "
                     "Parliamentary Vice-Minister Tamm met the following.\n\n1. Courtesy call on President Ozols\n\n"
                     "On Tuesday, January 10, Parliamentary Vice-Minister Tamm paid a courtesy call on President Andris "
                     "Ozols of Latvia. He conveyed his congratulations on the launch of the new administration.\n")
    call = next(m for m in found if m["kind"] == "courtesy-call")
    assert (call["date"], call["place"], call["people"]) == ("2012-01-10", "Riga", ["Andris Ozols", "Jaan Tamm"])


def test_the_meeting_chaired_by_someone_of_this_years_chair_is_the_meeting_just_told(meetings):
    found = meetings("May 15, 2024\n\n1. On May 14, the 3rd Senior Officials' Meeting of the Baltic Dialogue was held in "
                     "Riga. The meeting was chaired by Ms. Kadri Tamm, Deputy Minister of Foreign Affairs of Estonia, the "
                     "chair country of the Dialogue this year.\n")
    assert [(m["date"], m["place"], m["people"]) for m in found] == [("2024-05-14", "Riga", ["Kadri Tamm"])]


def test_signatories_listed_before_and_the_subject_sign_in_the_town_told_first(meetings):
    found = meetings("September 15, 2022\n\n1. On September 14 (local time), in Riga, Latvia, Mr. Jaan Tamm, Ambassador "
                     "Extraordinary and Plenipotentiary of Estonia to Latvia, and H.E. Mr. Andris Ozols, Minister of "
                     "Environmental Protection and Agriculture of Latvia, signed the Memorandum of Cooperation in Low "
                     "Carbon Growth between the Government of Estonia and the Government of Latvia.\n")
    assert [(m["kind"], m["date"], m["place"], m["people"]) for m in found] == [
        ("signing", "2022-09-14", "Riga", ["Andris Ozols", "Jaan Tamm"])]


def test_on_a_page_of_releases_a_later_month_is_of_its_own_releases_year(meetings):
    found = meetings("State Assembly Press Service\n\nSpeaker Receives Ambassador of Latvia\n03.06.2022\n\nOn June 3 the "
                     "Chairman of the State Assembly Jaan Tamm received the Ambassador of Latvia Andris Ozols.\n\nDeputy Speaker "
                     "Meets Minister in Vilnius\n28.09.2022\n\nOn September 28, the Deputy Chairman of the State Assembly Mart "
                     "Kask met with the Minister of Foreign Affairs of Lithuania Jonas Petraitis.\n")
    assert sorted((m["date"], m["people"]) for m in found if m["kind"] != "visit") == [
        ("2022-06-03", ["Andris Ozols", "Jaan Tamm"]), ("2022-09-28", ["Jonas Petraitis", "Mart Kask"])]


def test_a_longer_title_beside_a_name_names_no_other_holder_of_its_last_words(meetings):
    found = meetings("On September 28, Mart Kask met with the President of Latvia Andris Ozols. Mart Kask then met with "
                     "Janis Berzins, Senior Vice President of the Latvian Investment and Development Agency.\n")
    assert sorted(m["people"] for m in found) == [["Andris Ozols", "Mart Kask"], ["Janis Berzins", "Mart Kask"]]


def test_the_delegation_a_release_lists_meets_as_all_its_members(meetings):
    found = meetings("Visit to Latvia by a Parliamentary Delegation of Estonia\n\nDecember 6, 2016\n\n1. From November 30 "
                     "to December 5, a delegation of members of the Riigikogu visited Latvia. The delegation was led by "
                     "Ms. Kadri Tamm, Member of the Riigikogu, and included Mr. Mart Kask, Member of the Riigikogu, and Mr. "
                     "Jaan Tamm, former Ambassador of Estonia to Latvia.\n\n2. On December 1, the delegation held a meeting "
                     "with H.E. Mr. Andris Ozols, Minister of Foreign Affairs of Latvia.\n")
    meeting = next(m for m in found if m["date"] == "2016-12-01")
    assert meeting["people"] == ["Andris Ozols", "Jaan Tamm", "Kadri Tamm", "Mart Kask"]


def test_the_head_of_a_parliament_received_by_someone_is_the_speaker_named_before(meetings):
    found = meetings("On 21 February, in Tokyo, Chairperson of the Saeima of Latvia Ilze Ozola met with Estonian "
                     "deputies. On the same day, the head of the Latvian parliament was received by the Speaker of the "
                     "Riigikogu, Mr. Jaan Tamm.\n")
    call = next(m for m in found if m["kind"] == "courtesy-call")
    assert call["people"] == ["Ilze Ozola", "Jaan Tamm"]


def test_the_guests_of_an_unnamed_delegation_are_not_an_earlier_visitor(meetings):
    found = meetings("On 3 May 2024 President Andris Berzins paid a state visit to Estonia.\n\nA delegation of Latvian "
                     "women leaders visited Tallinn on 4-6 May 2024 within the framework of the state visit.\n\nOn 4 May "
                     "the guests were received by Minister of Culture of Estonia Kadri Tamm.\n")
    assert not any(m["people"] == ["Andris Berzins", "Kadri Tamm"] for m in found)


@pytest.mark.parametrize("text", [
    # the guest: the visitor just told
    "On 16 September 2019 the Speaker of the Saeima, Ilze Berzina, held talks with Jaan Tamm, President of the "
    "Riigikogu of Estonia, who arrived in Latvia on an official visit. The same day the Estonian guest was received by "
    "President Andris Ozols.\n",
    # a minister named by state and office
    "On 16 February 2016 Foreign Minister of Estonia Jaan Tamm held talks in Riga with Foreign Minister of Latvia Ilze "
    "Berzina. During that visit the Estonian Foreign Minister was received by President Andris Ozols.\n",
    # "the Minister" alone: the one the text told of as acting, not the one he met
    "In 2015 Minister of Foreign Affairs Jaan Tamm made 24 foreign trips.\n\n2 March, Riga. Talks with Ms. Ilze "
    "Berzina, Minister of Foreign Affairs of Latvia. The same day the Minister was received by President Andris Ozols.\n",
])
def test_one_named_by_reference_and_received_by_someone_is_the_one_the_text_means(meetings, text):
    call = next(m for m in meetings(text) if m["kind"] == "courtesy-call")
    assert call["people"] == ["Andris Ozols", "Jaan Tamm"]


def test_each_act_in_a_list_of_one_ministers_acts_is_a_meeting_of_that_day(meetings):
    found = meetings("February 12, 2011\n\nOn February 11, Minister Janis Berzins held a Latvia-Estonia Foreign Ministers' "
                     "Meeting with H.E. Mr. Jaan Tamm, Minister of Foreign Affairs of Estonia, co-chaired the Ninth Meeting "
                     "of the Latvia-Estonia Intergovernmental Committee on Trade with H.E. Mr. Mart Kask, Minister of "
                     "Industry, and paid a courtesy call on Mr. Andris Ozols, Head of the Presidential Executive Office.\n")
    assert sorted((m["date"], m["people"]) for m in found) == [
        ("2011-02-11", ["Andris Ozols", "Janis Berzins"]), ("2011-02-11", ["Jaan Tamm", "Janis Berzins"]),
        ("2011-02-11", ["Janis Berzins", "Mart Kask"])]


def test_the_date_of_a_treaty_a_protocol_amends_is_not_the_day_of_the_signing(meetings):
    found = meetings("Riga, 20 August 2010\n\nToday President Janis Berzins held talks with President Jaan Tamm. "
                     "Following the talks, in the presence of the two Presidents, the Minister of Defence of Latvia "
                     "Andris Ozols and the Minister of Defence of Estonia Mart Kask signed the Protocol amending the "
                     "Treaty between the Republic of Latvia and the Republic of Estonia on the military base of 16 March "
                     "1995.\n")
    assert {m["date"] for m in found} == {"2010-08-20"}


def test_a_leader_visiting_a_town_meets_there(meetings):
    found = meetings("April 28, 2017\n\nOn April 27, Prime Minister Janis Berzins, visiting Tallinn, held a summit "
                     "meeting with President Jaan Tamm.\n")
    summit = next(m for m in found if m["kind"] == "summit")
    assert (summit["date"], summit["place"]) == ("2017-04-27", "Tallinn")


def test_leaders_who_put_their_names_to_a_treaty_signed_it(meetings):
    found = meetings("Friday, April 9, 2010\n\nIn the Spanish Hall of Riga Castle yesterday, President Janis Berzins and "
                     "President Jaan Tamm put their names to the new Baltic Arms Reduction Treaty.\n")
    assert [(m["kind"], m["date"], m["people"]) for m in found] == [
        ("signing", "2010-04-08", ["Jaan Tamm", "Janis Berzins"])]


def test_those_along_with_whom_a_meeting_was_attended_attended_it_too(meetings):
    found = meetings("On 25 May 2023 the Baltic Council met in Riga. Along with Janis Berzins and Jaan Tamm, the meeting "
                     "was attended by President of Lithuania Dalia Kask and President of Finland Mart Laar.\n")
    assert [m["people"] for m in found] == [["Dalia Kask", "Jaan Tamm", "Janis Berzins", "Mart Laar"]]


def test_a_full_date_the_model_does_not_tag_as_a_date_still_dates_the_meeting(meetings):
    found = meetings("Estonia-Latvia relations\n\nOn 9 September 2016 Ambassador Jaan Tamm met Andris Ozols, President "
                     "of the Latvian Chamber of Commerce and Industry, to discuss links between small enterprises.\n")
    assert [(m["date"], m["people"]) for m in found] == [("2016-09-09", ["Andris Ozols", "Jaan Tamm"])]


def test_a_day_of_the_month_after_a_releases_month_is_of_the_same_year(meetings):
    found = meetings("Foreign Minister Tamm's Visit to Latvia\n\nApril 30, 2017\n\nMr. Jaan Tamm, Minister for Foreign "
                     "Affairs of Estonia, visited Riga from April 29 to May 1.\n\nOn May 1, Minister Tamm held a meeting "
                     "with Mr. Andris Ozols, Minister for Foreign Affairs of Latvia.\n")
    meeting = next(m for m in found if m["kind"] != "visit")
    assert (meeting["date"], meeting["people"]) == ("2017-05-01", ["Andris Ozols", "Jaan Tamm"])


def test_talks_of_someone_who_arrived_the_day_before_are_on_the_releases_day(meetings):
    found = meetings("Riigikogu Press Service\n\n19 October 2019, Riga\n\nSpeaker of the Riigikogu Jaan Tamm, who "
                     "arrived in Riga on 18 October on an official visit, held talks with Speaker of the Saeima Andris "
                     "Ozols.\n")
    talks = next(m for m in found if m["kind"] != "visit")
    assert (talks["date"], talks["people"]) == ("2019-10-19", ["Andris Ozols", "Jaan Tamm"])


def test_a_meeting_on_the_margins_of_an_event_named_by_its_acronym_is_where_and_when_that_event_was(meetings):
    found = meetings("The Fourth Senior Officials' Meeting of the Baltic Dialogue\n\nMarch 12, 2017\n\n1. On March 10, "
                     "the Fourth Senior Officials' Meeting (SOM) of the Baltic Dialogue was held in Riga, chaired by Mr. "
                     "Andris Ozols, Deputy Minister of Foreign Affairs of Latvia.\n\n2. Mr. Ozols recalled the visit to "
                     "Tallinn by Prime Minister Kenji Sato in May last year.\n\n3. On the margins of the SOM, Ambassador "
                     "Jaan Tamm held a bilateral consultation with Deputy Minister Ozols.\n")
    consultation = next(m for m in found if m["people"] == ["Andris Ozols", "Jaan Tamm"])
    assert (consultation["date"], consultation["place"]) == ("2017-03-10", "Riga")


def test_a_section_headed_by_a_state_and_its_town_in_brackets_places_its_meetings_in_that_town(meetings):
    found = meetings("Visit to the Baltic States by State Minister Kenji Sato (Results)\n\nJune 6, 2024\n\nFrom June 2 to 5, "
                     "Mr. Kenji Sato, State Minister for Foreign Affairs, visited the Republic of Latvia and the "
                     "Republic of Lithuania.\n\n1. Republic of Latvia (Daugavpils)\n\n(1) On June 3, State Minister Sato "
                     "paid a courtesy call on H.E. Mr. Andris Ozols, Mayor of the city.\n\n2. Republic of Lithuania "
                     "(Kaunas)\n\n(1) On June 4, State Minister Sato held a meeting with H.E. Mr. Linas Petraitis, "
                     "Minister of Foreign Affairs of the Republic of Lithuania.\n")
    places = {m["date"]: m["place"] for m in found if m["kind"] != "visit"}
    assert places == {"2024-06-03": "Daugavpils", "2024-06-04": "Kaunas"}


def test_a_visit_to_a_town_and_its_state_places_the_visits_meetings_in_the_town(meetings):
    found = meetings("Visit to the Republic of Latvia by Mr. Kenji Sato, Minister of Economy, Trade and Industry\n\n"
                     "August 26, 2014\n\nMr. Kenji Sato, Minister of Economy, Trade and Industry, visited Daugavpils, the "
                     "Republic of Latvia, from August 24 to 25, accompanied by representatives of Japanese companies. The "
                     "overview of the visit is as follows.\n\n1. Meeting with Prime Minister Ozols\n\nOn August 25, "
                     "Minister Sato paid a courtesy call on H.E. Mr. Andris Ozols, Prime Minister of the Republic of "
                     "Latvia.\n")
    call = next(m for m in found if m["kind"] == "courtesy-call")
    assert (call["date"], call["place"]) == ("2014-08-25", "Daugavpils")


def test_a_name_written_surname_first_in_capitals_is_the_same_traveller_in_later_sentences(meetings):
    found = meetings("Visit to Latvia by Ambassador SATO Kenji\n\nFebruary 2, 2024\n\n1. From January 29 to February 1, "
                     "Mr. SATO Kenji, Ambassador, Special Representative for the Baltic States, visited Riga, Latvia. "
                     "During the visit, Ambassador Sato paid a courtesy call on H.E. Mr. Andris Ozols, Minister of "
                     "Foreign Affairs of Latvia.\n\n2. On January 30, Ambassador Sato held talks with Mr. Juris Kalnins, "
                     "Deputy Minister of Foreign Affairs of Latvia.\n")
    talks = next(m for m in found if "Juris Kalnins" in m["people"])
    call = next(m for m in found if "Andris Ozols" in m["people"])
    assert (talks["date"], talks["place"]) == ("2024-01-30", "Riga")
    assert (call["date"], call["place"]) == ("2024-01", "Riga")  # some day of the four: not the first


def test_before_the_trilateral_talks_means_the_talks_the_readout_is_about_not_one_it_recalls(meetings):
    found = meetings("Trilateral meeting of the leaders of Estonia, Latvia and Lithuania\n\nNovember 26, 2021, Tartu\n\n"
                     "President of Estonia Juri Tamm held a meeting with President of Latvia Andris Ozols and Prime "
                     "Minister of Lithuania Linas Petraitis at the Raadi residence.\n\nThe three leaders reviewed how their "
                     "Statement of January 11, 2021, adopted at their meeting in Vilnius, is being implemented.\n\nBefore "
                     "the trilateral talks, the President of Estonia held a one-on-one conversation with Andris Ozols.\n")
    conversation = next(m for m in found if m["people"] == ["Andris Ozols", "Juri Tamm"])
    assert (conversation["date"], conversation["place"]) == ("2021-11-26", "Tartu")


def test_a_news_items_dateline_dates_and_places_its_meetings_and_a_weekday_counts_back_from_it(meetings):
    found = meetings("BALTIC WIRE DIGEST\nSelected items from regional agencies, 2019\n\nRIGA, March 28 (Daugava Press) -- "
                     "Latvian President Andris Ozols and Estonian President Juri Tamm held talks in narrow and expanded "
                     "format, the first day of Mr. Tamm's state visit.\n\nVILNIUS, April 17 (Neris Wire) -- Foreign "
                     "Minister of Lithuania Linas Petraitis met Foreign Minister of Poland Jan Kowalski on Monday and "
                     "discussed energy links.\n")
    assert {(m["date"], m["place"], tuple(m["people"])) for m in found if m["kind"] != "visit"} == {
        ("2019-03-28", "Riga", ("Andris Ozols", "Juri Tamm")),
        ("2019-04-15", "Vilnius", ("Jan Kowalski", "Linas Petraitis"))}


def test_the_governor_received_by_someone_is_the_visiting_governor_not_the_acting_one_met_since(meetings):
    found = meetings("Press release, 12 February 2019\n\nGovernor of Tartu Kadri Tamm visited Latvia from 7 to 10 "
                     "February.\n\n1. Talks with the acting Governor (8 February)\nGovernor Tamm held talks with Andris "
                     "Ozols, acting Governor of Vidzeme, at the regional government building.\n\n2. Courtesy call (9 "
                     "February)\nIn the afternoon the Governor was received by Mayor of Cesis Janis Berzins.\n")
    call = next(m for m in found if m["kind"] == "courtesy-call")
    assert (call["date"], call["people"]) == ("2019-02-09", ["Janis Berzins", "Kadri Tamm"])


def test_a_meeting_then_held_is_on_the_day_of_the_one_told_before_it(meetings):
    found = meetings("Official Visit to Estonia by President Andris Ozols of Latvia\n\nNovember 22, 2005\n\nPresident "
                     "Andris Ozols of Latvia paid an official visit to Estonia from November 20 to 22. On November 21, the "
                     "President was received in audience by the Speaker of the Riigikogu. The Estonia-Latvia Summit "
                     "Meeting was then held at the Prime Minister's Office.\n")
    summit = next(m for m in found if m["kind"] == "summit")
    assert summit["date"] == "2005-11-21"


def test_a_numbered_heading_dated_day_first_dates_its_section(meetings):
    found = meetings("Press release, 12 February 2019\n\nGovernor of Tartu Kadri Tamm visited Latvia this month.\n\n"
                     "1. Arrival and talks (8 February)\nThe Governor held talks with Mayor of Cesis Janis Berzins on "
                     "school exchanges.\n")
    talks = next(m for m in found if "Janis Berzins" in m["people"])
    assert talks["date"] == "2019-02-08"


def test_an_embassy_pages_entries_headed_by_day_and_town_date_and_place_their_meetings(meetings):
    found = meetings("Ambassador's working trip to southern Estonia\n\nFrom 22 to 23 October 2018, the Ambassador of "
                     "Latvia, Mr. Andris Ozols, travelled through two counties.\n\n22.10.2018 - Tartu\n\nThe Ambassador "
                     "opened his trip with a courtesy call on the Mayor of Tartu, Mr. Juri Tamm.\n\n23.10.2018 - Viljandi"
                     "\n\nThe Ambassador was received by the Mayor of Viljandi, Mr. Mart Kask.\n")
    calls = sorted((m["date"], m["place"], tuple(m["people"])) for m in found if m["kind"] == "courtesy-call")
    assert calls == [("2018-10-22", "Tartu", ("Andris Ozols", "Juri Tamm")),
                     ("2018-10-23", "Viljandi", ("Andris Ozols", "Mart Kask"))]


def test_a_release_opening_with_town_and_numeric_date_dates_that_days_meetings(meetings):
    found = meetings("Ministry of Foreign Affairs of Latvia\n\nRiga, 22.10.2018 - Political consultations between the "
                     "Ministries of Foreign Affairs of Latvia and Estonia were held today in Riga, headed by Deputy "
                     "Minister Andris Ozols and Deputy Minister Kadri Tamm. The next round will be held in Tallinn in "
                     "2019.\n\nOn the same day, Deputy Minister Tamm was received by Minister of Foreign Affairs of "
                     "Latvia Janis Berzins.\n")
    call = next(m for m in found if m["kind"] == "courtesy-call")
    assert (call["date"], call["people"]) == ("2018-10-22", ["Janis Berzins", "Kadri Tamm"])


def test_a_digests_paragraphs_opening_with_their_day_date_its_calls(meetings):
    found = meetings("News digest: telephone conversations of the President, 6-7 January 2022\n\n6 January. President "
                     "Andris Ozols had a telephone conversation with President of Estonia Kadri Tamm about the situation "
                     "in the region.\n\n7 January. President Andris Ozols held a telephone conversation with President "
                     "of Lithuania Jonas Petraitis about energy supplies.\n")
    assert [(m["date"], m["people"]) for m in found if m["kind"] == "telephone-talk"] == [
        ("2022-01-06", ["Andris Ozols", "Kadri Tamm"]), ("2022-01-07", ["Andris Ozols", "Jonas Petraitis"])]


def test_the_president_who_spoke_by_phone_later_is_the_one_told_of_before(meetings):
    found = meetings("Press release\n\nOn 6 January 2022, President Andris Ozols had a telephone conversation with "
                     "President of Estonia Kadri Tamm. Later the President spoke by phone with Prime Minister of "
                     "Lithuania Jonas Petraitis.\n")
    call = next(m for m in found if "Jonas Petraitis" in m["people"])
    assert (call["kind"], call["date"], call["people"]) == ("telephone-talk", "2022-01-06",
                                                           ["Andris Ozols", "Jonas Petraitis"])


def test_a_correspondent_talking_with_an_ambassador_is_no_meeting(meetings):
    found = meetings("Interview\n\nIn December 2022 our correspondent talked with Andris Ozols, Ambassador of Latvia "
                     "to Estonia, about the year.\n")
    assert found == []


@pytest.mark.parametrize("sentence", [
    "Prime Minister Andris Ozols explained the postponement of his visit to Estonia to President Kadri Tamm.",
    "Prime Minister Andris Ozols said that he would like to coordinate his future visit to Estonia.",
    "No decision had yet been made on the timing of the visit to Estonia by President Andris Ozols.",
])
def test_a_visit_put_off_or_yet_to_come_is_no_meeting(meetings, sentence):
    found = meetings(f"Press release\n\nIn May 2020, {sentence}\n")
    assert not [m for m in found if m["kind"] == "visit"]


def test_a_telephone_talk_does_not_take_the_place_of_a_visit_that_year(meetings):
    found = meetings("Relations with Estonia in 2014\n\nIn 2014, Prime Minister Andris Ozols visited Estonia. On "
                     "September 21, 2014, Prime Minister Andris Ozols held a telephone talk with President Kadri Tamm.\n")
    call = next(m for m in found if m["kind"] == "telephone-talk")
    assert call["place"] is None


def test_envoys_presenting_credentials_each_call_on_the_head_of_state_who_received_them(meetings):
    found = meetings("Press release\n\nRiga, 3 May 2019\n\nOn 3 May, President of Latvia Andris Ozols received the letters "
                     "of credence of the newly appointed ambassadors of two countries.\n\nThe credentials were presented by "
                     "Mr. Jaan Tamm, Ambassador of Estonia; and Mr. Jonas Petraitis, Ambassador of Lithuania.\n")
    calls = [(m["kind"], m["date"], m["people"]) for m in found]
    assert calls == [("courtesy-call", "2019-05-03", ["Andris Ozols", "Jaan Tamm"]),
                     ("courtesy-call", "2019-05-03", ["Andris Ozols", "Jonas Petraitis"])]


def test_the_head_of_state_in_a_presidents_press_release_is_that_president_not_a_listed_guest(meetings):
    found = meetings("Press Service of the President of Latvia\n\nRiga, 1 December 2011\n\nToday Andris Ozols took the "
                     "oath of office and assumed the duties of President of Latvia.\n\nThe ceremony was attended by "
                     "foreign guests: President of Estonia Kadri Tamm; President of Lithuania Jonas Petraitis; and Prime "
                     "Minister of Finland Mika Virtanen.\n\nAfter the ceremony, the head of state met President Jonas "
                     "Petraitis.\n")
    talks = next(m for m in found if m["people"] == ["Andris Ozols", "Jonas Petraitis"])
    assert (talks["date"], talks["place"]) == ("2011-12-01", "Riga")


def test_the_head_of_state_on_a_presidents_page_that_never_titles_him_is_the_one_it_names(meetings):
    found = meetings("Official website of the President of the Republic of Latvia\n\nOfficial visit of Andris Ozols "
                     "to Estonia, 15-16 January 2018\n\n15 January 2018\n\nThe Head of State arrived in Tallinn at "
                     "the invitation of President of Estonia Kadri Tamm. Andris Ozols laid a wreath.\n\n"
                     "The Head of State held talks with President Kadri Tamm.\n")
    assert any(m["people"] == ["Andris Ozols", "Kadri Tamm"] and m["date"] == "2018-01-15" for m in found)
    assert not any(m["people"] == ["Kadri Tamm"] for m in found)


def test_the_pope_and_the_catholicos_named_by_title_are_the_leaders_named_before(meetings):
    found = meetings("On 8 November 1999, Pope Benedict XVI arrived in Yerevan and was welcomed by His Holiness "
                     "Karekin II, Catholicos of All Armenians.\n\nThe next day the Pope and the Catholicos held "
                     "talks at the residence.")
    assert any(m["people"] == ["Benedict XVI", "Karekin II"] and m["date"] == "1999-11-09" for m in found)


def test_a_line_naming_only_a_state_and_a_town_under_a_day_places_that_days_events(meetings):
    found = meetings("Official visit of President Jaan Tamm to Latvia\n\n16 January 2018\nLatvia, Riga\n\n"
                     "President Jaan Tamm held talks with President Ivan Petrov.\n\n17 January 2018\n"
                     "Lithuania, Vilnius\n\nPresident Jaan Tamm held talks with President Jonas Kazlas.\n")
    talks = sorted((m["people"][1 - m["people"].index("Jaan Tamm")], m["date"], m["place"]) for m in found
                   if len(m["people"]) == 2)
    assert talks == [("Ivan Petrov", "2018-01-16", "Riga"), ("Jonas Kazlas", "2018-01-17", "Vilnius")]


def test_a_wire_storys_dateline_dates_and_places_the_events_of_its_later_paragraphs(meetings):
    found = meetings("RIGA, May 16, 2016 (Baltic Wire) - Estonian President Jaan Tamm held talks with Latvian "
                     "President Ivan Petrov.\n\nTamm later met Latvian Foreign Minister Anna Berg.\n\n"
                     "VILNIUS, May 18, 2016 (Baltic Wire) - Lithuanian President Jonas Kazlas received Estonian "
                     "Foreign Minister Kaarel Lepik.\n\nLepik also met Lithuanian Prime Minister Rasa Vaitkute.\n")
    assert sorted((m["people"], m["date"], m["place"]) for m in found) == [
        (["Anna Berg", "Jaan Tamm"], "2016-05-16", "Riga"), (["Ivan Petrov", "Jaan Tamm"], "2016-05-16", "Riga"),
        (["Jonas Kazlas", "Kaarel Lepik"], "2016-05-18", "Vilnius"),
        (["Kaarel Lepik", "Rasa Vaitkute"], "2016-05-18", "Vilnius")]


@pytest.mark.parametrize("arrival", ["came to Riga", "returned to Riga", "landed in Riga"])
def test_a_leader_who_came_or_returned_to_a_town_met_its_hosts_there(meetings, arrival):
    found = meetings(f"On 3 May 2016, Estonian President Jaan Tamm {arrival}. The next day he held talks with "
                     "Latvian President Ivan Petrov.")
    [talks] = [m for m in found if len(m["people"]) == 2]
    assert (talks["date"], talks["place"]) == ("2016-05-04", "Riga")


def test_the_president_is_the_head_of_state_not_the_president_of_a_chamber_named_since(meetings):
    found = meetings("President Jaan Tamm of Estonia visited Japan from 24 to 28 February 1998.\n\nOn 25 February, the "
                     "President met Mr. Taro Ito, Speaker of the House of Representatives, and Mr. Ivan Petrov, "
                     "President of the House of Councillors.\n\nOn 26 February, the President received a courtesy "
                     "call from Mr. Kenji Sato, Minister for Foreign Affairs.")
    call = next(m for m in found if "Kenji Sato" in m["people"])
    assert call["people"] == ["Jaan Tamm", "Kenji Sato"]


def test_a_telephone_talk_told_after_a_meeting_is_not_in_its_town(meetings):
    found = meetings("On 19 September 2023, Secretary Anna Berg met President Ivan Petrov in Riga. "
                     "She also spoke by phone with President Jonas Kazlas.")
    [call] = [m for m in found if m["kind"] == "telephone-talk"]
    assert call["people"] == ["Anna Berg", "Jonas Kazlas"] and call["date"] == "2023-09-19" and call["place"] is None


def test_a_telephone_talk_on_the_day_of_a_dateline_is_not_in_its_town(meetings):
    found = meetings("Press release\n\nRiga, 13 May 2021\n\nPresident Andris Ozols held a telephone conversation with "
                     "President of Estonia Kadri Tamm.\n")
    [call] = found
    assert (call["kind"], call["date"], call["place"]) == ("telephone-talk", "2021-05-13", None)


def test_a_telephone_talk_ahead_of_a_conference_in_a_town_is_in_no_town(meetings):
    found = meetings("Foreign Minister Jaan Tamm and Mr. Andris Ozols, Minister of Foreign Affairs of Latvia, held a "
                     "telephone talk on 3 July 2012, ahead of the Riga Conference on Energy.\n")
    [call] = [m for m in found if m["kind"] == "telephone-talk"]
    assert (call["date"], call["place"]) == ("2012-07-03", None)


def test_a_meeting_told_after_a_stay_of_several_days_is_not_dated_to_the_dateline(meetings):
    found = meetings("Joint Statement\n\nRiga, 5 September 2000\n\nPresident of Estonia Kadri Tamm paid an official visit "
                     "to Latvia from 3 to 5 September 2000.\n\nDuring the visit, President Tamm was received by Speaker "
                     "of the Saeima Andris Ozols.\n")
    call = next(m for m in found if m["kind"] == "courtesy-call")
    assert call["date"] == "2000-09"


def test_an_event_that_closed_on_the_datelines_day_keeps_the_readouts_later_meetings_on_that_day(meetings):
    found = meetings("Working trip to Riga\n\nOctober 3, 2021, Riga\n\nPresident of Estonia Kadri Tamm took part in the "
                     "closing session of the Baltic Forum.\n\nThe forum was held from September 30 to October 3 under "
                     "the title \"The Sea and the Shore\".\n\nKadri Tamm had a meeting with President of Lithuania Jonas "
                     "Petraitis on the sidelines of the forum.\n")
    meeting = next(m for m in found if m["people"] == ["Jonas Petraitis", "Kadri Tamm"])
    assert (meeting["date"], meeting["place"]) == ("2021-10-03", "Riga")


def test_talks_joined_to_a_where_clause_are_in_its_town(meetings):
    found = meetings("The trip began on Tuesday in Tartu, where Prime Minister Jaan Tamm spent seven hours and held talks with "
                     "President Andris Ozols.\n")
    assert [(m["place"], m["people"]) for m in found] == [("Tartu", ["Andris Ozols", "Jaan Tamm"])]


def test_a_meeting_years_before_a_wire_storys_day_is_not_in_its_dateline_town(meetings):
    found = meetings("RIGA, May 3 (Baltic Wire) - Estonian President Jaan Tamm held talks with Latvian Prime Minister "
                     "Kadri Kask on Tuesday, on the first visit of an Estonian president since 2018.\n\nIn 1997, Tamm "
                     "made a brief stop in Kaunas and met President Andris Ozols.\n")
    recalled = next(m for m in found if "Andris Ozols" in m["people"])
    assert (recalled["date"], recalled["place"]) == ("1997", "Kaunas")


def test_a_day_of_the_month_is_in_the_month_told_before_it_not_that_of_the_texts_date(meetings):
    found = meetings("Hearing of 10 December 2013\n\nThe Minister recalled his official visit to Latvia in March. On "
                     "the 11th he was received by Prime Minister Jaan Tamm.\n")
    call = next(m for m in found if m["kind"] == "courtesy-call")
    assert call["date"] == "2013-03-11"


def test_a_numbered_paragraphs_opening_day_dates_a_meeting_joined_to_its_first_verb(meetings):
    found = meetings("June 30, 2017\n\nFrom June 26 to 28, Parliamentary Vice-Minister Jaan Tamm visited Latvia.\n\n(1) On "
                     "June 27 (local time), Parliamentary Vice-Minister Tamm attended the opening ceremony of the section "
                     "of the Highway, held near Cesis, and on the same occasion held a meeting with H.E. Mr. Andris "
                     "Ozols, Prime Minister of Latvia.\n")
    meeting = next(m for m in found if "Andris Ozols" in m["people"])
    assert meeting["date"] == "2017-06-27"


def test_talks_told_as_held_before_the_signing_are_not_the_signing(meetings):
    found = meetings("On 18 January 2013, in Riga, the Minister of Agriculture of Estonia, Jaan Tamm, and the Minister "
                     "of Agriculture of Latvia, Andris Ozols, signed a Joint Declaration on Cooperation in Seed "
                     "Production.\n\nBefore the signing, the two ministers held talks at the Embassy.\n")
    assert sorted(m["kind"] for m in found) == ["ministerial-meeting", "signing"]


def test_talks_with_one_person_and_with_another_are_a_talk_with_each(meetings):
    found = meetings("In June 2018, in Riga, Ambassador Kadri Kask held talks with Mr. Jaan Tamm, Prime Minister of "
                     "Latvia, and with Mr. Andris Ozols, Minister of Finance.\n")
    assert sorted(m["people"] for m in found) == [["Andris Ozols", "Kadri Kask"], ["Jaan Tamm", "Kadri Kask"]]


def test_both_ministers_received_by_a_president_are_the_two_who_met_before(meetings):
    found = meetings("Chronology\n\nOn 9 May 2024, Foreign Minister of Latvia Andris Ozols and Foreign Minister of "
                     "Estonia Kadri Tamm held talks in Vilnius. On the 10th both ministers were also received by President "
                     "Jonas Petraitis.\n")
    call = next(m for m in found if m["kind"] == "courtesy-call")
    assert (call["date"], call["people"]) == ("2024-05-10", ["Andris Ozols", "Jonas Petraitis", "Kadri Tamm"])


def test_a_chronologys_entries_date_and_place_their_events_and_a_reference_list_tells_none(meetings):
    found = meetings("Chronology of 2024\n\n17 February 2024 - Riga. On the margins of a conference, President Andris "
                     "Ozols and Prime Minister Kadri Tamm held a meeting convened by Chancellor Jonas Petraitis.\n\n"
                     "10-11 May - Tartu. The foreign ministers met in the hall where the Tartu Declaration of December "
                     "1991 was signed. On the 10th President Andris Ozols was also received by President Mart Kask.\n\n"
                     "References\n\n[1] Ministry of Foreign Affairs, remarks at the meeting of Andris Ozols and Mart "
                     "Kask, May 10, 2024.\n")
    assert sorted((m["date"], m["place"], tuple(m["people"])) for m in found if m["people"]) == [
        ("2024-02-17", "Riga", ("Andris Ozols", "Jonas Petraitis", "Kadri Tamm")),
        ("2024-05-10", "Tartu", ("Andris Ozols", "Mart Kask"))]


def test_a_programme_laid_out_as_a_table_dates_and_places_each_rows_meeting(meetings):
    found = meetings("Programme of the state visit\n\nDATE | TIME | EVENT | VENUE\n03.05.2019 | 10:00 | Talks of President "
                     "Andris Ozols and President Kadri Tamm | Kadriorg Palace, Tallinn\n04.05.2019 | 09:00 | Meeting of "
                     "President Andris Ozols with Mayor of Tartu Mart Kask | Tartu\n")
    assert [(m["date"], m["people"]) for m in found] == [
        ("2019-05-03", ["Andris Ozols", "Kadri Tamm"]), ("2019-05-04", ["Andris Ozols", "Mart Kask"])]
    assert found[0]["place"] == "Tallinn"  # the town of the venue "Kadriorg Palace, Tallinn"


def test_among_those_present_are_the_guests_of_the_ceremony_told_before(meetings):
    found = meetings("RIGA, 3 June 2023 – The Baltic Song Festival opened this evening at the Mezaparks Stage with a "
                     "ceremony attended by President Egils Levits, Prime Minister Krisjanis Karins and more than ten "
                     "foreign leaders.\n\n"
                     "Welcoming the guests, the President spoke of the festival as a celebration of friendship.\n\n"
                     "Among those in the stands were President of Estonia Alar Karis, President of Lithuania Gitanas "
                     "Nauseda and Prime Minister of Finland Sanna Marin.")
    ceremony = next(m for m in found if "Egils Levits" in m["people"])
    assert sorted(ceremony["people"]) == ["Alar Karis", "Egils Levits", "Gitanas Nauseda", "Krisjanis Karins",
                                          "Sanna Marin"]
    assert ceremony["date"] == "2023-06-03"


def test_who_signed_each_listed_document_attended_the_signing_told_before(meetings):
    found = meetings("Documents signed during the visit of the President of Estonia to Latvia\n\nRiga, 7 May 2021\n\n"
                     "Following the talks, the following documents were signed in the presence of President Alar "
                     "Karis and President Egils Levits:\n\n"
                     "1. Agreement between the Government of Latvia and the Government of Estonia on Road Transport.\n"
                     "Signed by: Talis Linkaits, Minister of Transport of the Republic of Latvia; Taavi Aas, Minister "
                     "of Economic Affairs of the Republic of Estonia.\n\n"
                     "2. Programme of Cooperation between the Ministries of Culture for 2022-2024.\n"
                     "Signed by: Nauris Puntulis, Minister of Culture of the Republic of Latvia; Anneli Ott, Minister "
                     "of Culture of the Republic of Estonia.")
    [signing] = [m for m in found if m["kind"] == "signing"]
    assert sorted(signing["people"]) == ["Alar Karis", "Anneli Ott", "Egils Levits", "Nauris Puntulis", "Taavi Aas",
                                         "Talis Linkaits"]
    assert signing["date"] == "2021-05-07" and signing["place"] == "Riga"


@pytest.mark.parametrize("venue", ["Kalnozols", "Akorda"])
def test_a_numeric_date_the_model_misses_and_a_residence_is_in_the_datelines_town(meetings, venue):
    [m] = meetings(f"Riga, 7 May 2021\n\nOn 07.05.2021 President of the Republic of Latvia Egils Levits and President "
                   f"Alar Karis held talks at {venue}, first in a narrow format.")
    assert m["date"] == "2021-05-07" and m["place"] == "Riga" and m["people"] == ["Alar Karis", "Egils Levits"]


def test_a_list_of_visits_as_a_table_dates_and_places_each_rows_meetings(meetings):
    found = meetings("List of foreign visits made by President Andris Berzins (2012)\n\n"
                     "| Dates | Country | Towns | Details |\n|---|---|---|---|\n"
                     "| 16 April 2012 | Estonia | Tallinn | Talks with President Toomas Ilves on energy. |\n"
                     "| 18–19 May 2012 | Ukraine | Kiev, Lviv | Talks with President Viktor Yanukovych on trade. |\n"
                     "| 5 July 2012 | Tajikistan | Dushanbe | Talks with President Emomali Rahmon on water. |\n")
    by_person = {p: m for m in found for p in m["people"]}
    assert (by_person["Toomas Ilves"]["date"], by_person["Toomas Ilves"]["place"]) == ("2012-04-16", "Tallinn")
    assert (by_person["Viktor Yanukovych"]["date"], by_person["Viktor Yanukovych"]["place"]) == ("2012-05", "Kyiv")
    assert (by_person["Emomali Rahmon"]["date"], by_person["Emomali Rahmon"]["place"]) == ("2012-07-05", "Dushanbe")


def test_a_day_the_model_cuts_short_is_read_whole_but_not_the_end_of_a_stay(meetings):
    found = meetings("Annual review 2012\n\nPresident Andris Berzins made an official visit to Estonia from 2 to 6 "
                     "October 2012. He held talks with President Toomas Ilves.\n\n"
                     "| 16 April 2012 | Lithuania | Vilnius | Talks with President Dalia Grybauskaite on energy. |\n")
    by_person = {p: m for m in found for p in m["people"]}
    assert by_person["Dalia Grybauskaite"]["date"] == "2012-04-16"
    assert by_person["Toomas Ilves"]["date"] == "2012-10"


def test_she_is_not_the_man_of_a_relative_clause_before_her(meetings):
    found = meetings("Riga, 5 May 2021\n\nOn 3 May Ms. Liga Ozola, Head of Mission, was received by Mr. Janis Berzins, "
                     "who is also a candidate. On 4 May she met Mr. Peteris Kalns, Chairman of the Central Election "
                     "Commission.")
    call = next(m for m in found if "Peteris Kalns" in m["people"])
    assert call["people"] == ["Liga Ozola", "Peteris Kalns"]


def test_a_schedules_entries_without_a_subject_are_its_owners_meetings(meetings):
    found = meetings("PRIME MINISTER'S SCHEDULE\n\nDaily movements of Prime Minister Krisjanis Karins (excerpts).\n\n"
                     "Thursday, 29 May 2003 (Riga)\n\n"
                     "9:30  Met Foreign Minister Edgars Rinkevics for a briefing on the visit to Estonia.\n"
                     "13:32  Courtesy call from Mr. Juri Tamm, Ambassador of Estonia to Latvia.\n"
                     "15:00  President Egils Levits met Mayor Martins Staks at the castle.\n")
    by_person = {p: m for m in found for p in m["people"]}
    assert by_person["Edgars Rinkevics"]["people"] == ["Edgars Rinkevics", "Krisjanis Karins"]
    assert by_person["Juri Tamm"]["people"] == ["Juri Tamm", "Krisjanis Karins"]
    assert "Krisjanis Karins" not in by_person["Martins Staks"]["people"]


def test_a_list_of_trips_names_its_owner_once_and_not_beside_a_stated_subject(meetings):
    found = meetings("List of foreign visits made by President Andris Berzins (2012)\n\n"
                     "This article lists the foreign trips made by President Andris Berzins in 2012.\n\n"
                     "| 16 April 2012 | Estonia | Tallinn | Talks with President Toomas Ilves on energy. |\n"
                     "| 17 April 2012 | Lithuania | Vilnius | On 17 April Berzins addressed the Seimas and then held "
                     "talks with President Dalia Grybauskaite. |\n")
    by_person = {p: m for m in found for p in m["people"]}
    assert by_person["Toomas Ilves"]["people"] == ["Andris Berzins", "Toomas Ilves"]
    assert by_person["Dalia Grybauskaite"]["people"] == ["Andris Berzins", "Dalia Grybauskaite"]


def test_meetings_on_the_days_of_a_summit_in_a_town_are_in_that_town(meetings):
    found = meetings("Attendance of State Secretary Kenji Sato at the Baltic Summit\n\nMay 6, 2014\n\n"
                     "1. On May 3 and 4, Mr. Kenji Sato, State Secretary for Foreign Affairs, attended the Baltic Summit "
                     "held in Tartu.\n\n2. On May 3, Mr. Sato met Mr. Ivan Kask, Minister of Foreign Affairs of Latvia.\n\n"
                     "3. On May 4, Mr. Sato met Ms. Liis Tamm, Minister of Foreign Affairs of Lithuania.\n\n"
                     "4. On May 6, Mr. Sato held a telephone talk with Mr. Jaan Vaher, Minister of Foreign Affairs of "
                     "Finland.\n\n5. On May 9, Mr. Sato met Mr. Peeter Org, Minister of Foreign Affairs of Estonia.")
    placed = {(m["date"], tuple(m["people"])): m["place"] for m in found}
    assert placed[("2014-05-03", ("Ivan Kask", "Kenji Sato"))] == "Tartu"
    assert placed[("2014-05-04", ("Kenji Sato", "Liis Tamm"))] == "Tartu"
    assert placed[("2014-05-06", ("Jaan Vaher", "Kenji Sato"))] is None  # by telephone
    assert placed[("2014-05-09", ("Kenji Sato", "Peeter Org"))] is None  # after the summit: not said where


def test_the_state_secretary_is_the_state_secretary_named_before_not_a_minister(meetings):
    found = meetings("Visit of State Secretary Sato to the Baltic States\n\nMay 6, 2014\n\n"
                     "On May 3, Mr. Kenji Sato, State Secretary for Foreign Affairs, visited Riga. Mr. Ivan Kask, "
                     "Minister of Foreign Affairs of Latvia, spoke of the border. On May 4, the State Secretary met "
                     "Mr. Jaan Tamm, Deputy Minister of Foreign Affairs of Estonia. On May 5, the Deputy Minister "
                     "received Mr. Peeter Org, Governor of Tartu.")
    people = {m["date"]: m["people"] for m in found}
    assert people["2014-05-04"] == ["Jaan Tamm", "Kenji Sato"]
    assert people["2014-05-05"] == ["Jaan Tamm", "Peeter Org"]


def test_a_title_named_only_in_the_lead_still_names_its_holder_far_below(meetings):
    filler = " ".join(f"The talks touched on the {w} sector, where both sides saw room for growth." for w in (
        "transport", "energy", "water", "health", "education", "farming", "banking", "tourism", "mining", "textile",
        "digital", "chemical", "timber", "fishing", "postal"))
    found = meetings("Secretary Sato's trip to the Baltic states\n\nSecretary of State Kenji Sato travelled to Riga and "
                     f"Tallinn from May 2 to May 4, 2014. {filler} {filler}\n\nOn May 4, the Secretary was received by "
                     "President Jaan Tamm in Tallinn.")
    call = next(m for m in found if m["date"] == "2014-05-04")
    assert call["people"] == ["Jaan Tamm", "Kenji Sato"]


def test_a_title_that_only_qualifies_someone_does_not_make_its_holder_a_participant(meetings):
    found = meetings("On May 3, 2014, President Jaan Tamm of Estonia received Foreign Minister Ivan Kask of Latvia in "
                     "Tallinn. On May 4, Minister Kask met Ms. Liis Tamm, the eldest daughter of the President, in Tartu.")
    meeting = next(m for m in found if m["date"] == "2014-05-04")
    assert meeting["people"] == ["Ivan Kask", "Liis Tamm"]


def test_telephoning_someone_is_a_telephone_talk(meetings):
    found = meetings("On 5 April 2016, President Jaan Tamm of Estonia telephoned President Ivan Kask of Latvia to urge "
                     "calm on the border.")
    assert [(m["kind"], m["date"], m["people"]) for m in found] == [
        ("telephone-talk", "2016-04-05", ["Ivan Kask", "Jaan Tamm"])]


def test_a_bulleted_entry_is_dated_by_its_full_day_not_only_its_month(meetings):
    found = meetings("Background note\n\nPrevious meetings:\n"
                     "- 19 October 2016: President Jaan Tamm and President Ivan Kask signed the Tartu Declaration in Riga.\n"
                     "- 2 to 4 May 2017: President Jaan Tamm visited Latvia.\n")
    assert [(m["kind"], m["date"]) for m in found] == [("signing", "2016-10-19"), ("visit", "2017-05")]


def test_a_day_of_this_year_or_of_last_month_counts_from_when_the_text_was_written(meetings):
    found = meetings("Interview with Ambassador Kenji Sato\n\nOctober 5, 2022\n\n"
                     "On 2 February this year I was received by President Jaan Tamm. "
                     "On the 20th of last month I paid a courtesy call on Foreign Minister Ivan Kask.",)
    assert sorted(m["date"] for m in found) == ["2022-02-02", "2022-09-20"]


def test_a_wrap_up_from_two_towns_is_of_its_datelines_year_and_each_day_heading_places_its_meetings(meetings):
    found = meetings("BALTIC WIRE | WRAP-UP\n\nTALLINN / KAUNAS, 2 November 2023 - President Jaan Tamm of Estonia ended "
                     "a two-day tour on Thursday.\n\nDay one: Tallinn\n\nOn 1 November, President Jaan Tamm held talks "
                     "with President Ivan Kask of Latvia.\n\nDay two: Kaunas\n\nOn 2 November, President Jaan Tamm met "
                     "President Peeter Org of Lithuania. They agreed to meet again in 2024 and to adopt a plan for 2024.")
    assert [(m["date"], m["place"]) for m in found] == [("2023-11-01", "Tallinn"), ("2023-11-02", "Kaunas")]


def test_a_catalogue_entrys_date_and_place_lines_together_set_its_description(meetings):
    found = meetings("Catalogue of the exhibition\n\nItem 3\nTitle: The leaders in the garden\nDate: 9 May 1966\n"
                     "Place: Kaunas\nDescription: President Jaan Tamm called on President Ivan Kask late into the "
                     "night, carrying texts from one villa to the other.\n")
    assert [(m["date"], m["place"]) for m in found] == [("1966-05-09", "Kaunas")]


def test_the_speaker_named_over_his_office_hosts_the_meeting_and_welcomes_its_ministers(meetings):
    found = meetings("Remarks at the Opening of the Baltic Ministerial Meeting\n\nJaan Tamm\nMinister for Foreign "
                     "Affairs\n\nTallinn, Estonia\nMay 4, 2017\n\nMINISTER TAMM: Good morning. It is a great pleasure for me to "
                     "host this second ministerial meeting of the B3+1, and to welcome you to Tallinn.\n\nLet me welcome "
                     "Foreign Minister Ivan Kask of Latvia and Foreign Minister Peeter Org of Lithuania.")
    [m] = [m for m in found if len(m["people"]) > 1]
    assert (m["date"], m["place"], m["people"]) == ("2017-05-04", "Tallinn", ["Ivan Kask", "Jaan Tamm", "Peeter Org"])


def test_a_speaker_welcoming_a_visit_does_not_attend_it(meetings):
    found = meetings("Remarks by Foreign Minister Jaan Tamm\n\nTallinn, May 4, 2017\n\nWe went through what has been "
                     "done since President Ivan Kask welcomed President Peeter Org to Riga in May 2016.")
    assert all("Jaan Tamm" not in m["people"] for m in found)


def test_who_a_speaker_thanks_for_receiving_him_received_him(meetings):
    found = meetings("Remarks by Foreign Minister Jaan Tamm\n\nTallinn, May 4, 2017\n\nI want to thank Foreign "
                     "Minister Ivan Kask again for hosting us, and President Peeter Org for receiving us so warmly.")
    assert ["Jaan Tamm", "Peeter Org"] in [m["people"] for m in found]


def test_the_ministers_a_speech_salutes_are_the_you_it_welcomes_to_the_meeting(meetings):
    found = meetings("Opening Remarks by Foreign Minister Dr. Jaan Tamm at the 2nd Meeting of the Baltic-Nordic "
                     "Dialogue\n\nOctober 28, 2020\n\nExcellency Mr. Ivan Kask, Minister of Foreign Affairs of Latvia,\n"
                     "Excellency Mr. Peeter Org, Minister of Foreign Affairs of Lithuania,\n\nFriends,\n\nIt is my "
                     "privilege to welcome you all to the second meeting of the Baltic-Nordic Dialogue.")
    assert ["Ivan Kask", "Jaan Tamm", "Peeter Org"] in [m["people"] for m in found]


def test_the_delegations_a_later_paragraph_names_took_part_in_the_talks_it_continues(meetings):
    [m] = meetings("Press Service\n\n10.12.2014\n\nTalks held\n\nOn December 10, the talks between President Jaan Tamm and President Ivan Kask took "
                   "place at the Kadriorg residence.\n\nThe talks were then continued in an expanded format with the "
                   "participation of official delegations. The Estonian side was represented by Prime Minister Mart "
                   "Laar, and the Latvian side included Foreign Minister Andris Ozols.")
    assert m["people"] == ["Andris Ozols", "Ivan Kask", "Jaan Tamm", "Mart Laar"]


def test_a_wire_storys_month_later_than_its_dateline_is_of_the_year_before(meetings):
    found = meetings("BALTIC NEWSWIRE\n\nUPDATE 2 // Fri 29 Mar 2019 17:42 GMT\n\nRIGA, March 29 - President Jaan Tamm "
                     "and President Ivan Kask held talks in Riga on Friday.\n\nThey previously met on the sidelines of "
                     "a summit in Vilnius in September.")
    assert sorted(m["date"] for m in found) == ["2018-09", "2019-03-29"]


def test_each_item_of_a_wire_digest_counts_its_days_from_its_own_dateline(meetings):
    found = meetings("BALTIC WIRE DIGEST\n\nRIGA, March 28 (Baltic Press) -- President Jaan Tamm held talks with "
                     "President Ivan Kask in Riga on Thursday, 28 March 2019.\n\nVILNIUS, October 8 (Baltic Press) -- "
                     "Mayor Peeter Org on Monday received Ambassador Andris Ozols in Vilnius.")
    assert sorted(m["date"] for m in found) == ["2019-03-28", "2019-10-07"]


def test_a_wire_dateline_with_an_abbreviated_month_dates_the_story(meetings):
    [m] = meetings("BALTIC NEWSWIRE\n\nBALTIC LEADERS MEET IN RIGA, 2013\n\nRIGA, Sept 13 (BNW) - President Jaan Tamm "
                   "and President Ivan Kask held talks on Friday.")
    assert (m["date"], m["place"]) == ("2013-09-13", "Riga")


def test_those_taking_part_in_the_talks_attend_whoever_else_joined_them(meetings):
    [m] = meetings("BALTIC NEWSWIRE\n\nRIGA, Sept 13, 2013 (BNW) - President Ivan Kask of Latvia opened the 13th meeting "
                   "of the Council of Heads of State at the castle in Riga. President Jaan Tamm of Estonia and President "
                   "Peeter Org of Lithuania took part in the talks, first in narrow format and then in an expanded "
                   "session joined by the observer states.")
    assert m["people"] == ["Ivan Kask", "Jaan Tamm", "Peeter Org"]


def test_a_bare_weekday_is_the_last_such_day_before_the_text_was_written(meetings):
    [m] = meetings("INTERVIEW\n\nTallinn, 20 July 2021\n\n- How did the conference go?\n\n- On Thursday, the opening "
                   "day, President Jaan Tamm held talks with Prime Minister Ivan Kask in Tallinn.")
    assert m["date"] == "2021-07-15"


def test_policy_consultations_held_in_a_town_with_b_are_one_meeting(meetings):
    [m] = meetings("Visit of Ambassador Jaan Tamm\n\nFebruary 4, 2013\n\nOn January 28, Ambassador Jaan Tamm held the "
                   "Estonia-Latvia policy consultations in Riga with Mr. Janis Berzins, Deputy Minister of Foreign "
                   "Affairs of the Republic of Latvia.")
    assert (m["date"], m["place"], m["people"]) == ("2013-01-28", "Riga", ["Jaan Tamm", "Janis Berzins"])


def test_who_is_visiting_a_town_and_its_state_to_attend_a_summit_held_the_meeting(meetings):
    found = meetings("Estonia-Latvia Summit Meeting\n\nMay 27, 2011\n\nOn Thursday, May 26, commencing at 5:50 p.m. "
                     "(local time) for approximately 35 minutes, Mr. Jaan Tamm, Prime Minister of Estonia, who is "
                     "visiting Vilnius, the Republic of Lithuania, to attend the Baltic Council, held a meeting with "
                     "H.E. Mr. Janis Berzins, President of Latvia.")
    [meeting] = [m for m in found if m["kind"] != "visit"]
    assert (meeting["date"], meeting["place"], meeting["people"]) == ("2011-05-26", "Vilnius", ["Jaan Tamm", "Janis Berzins"])


def test_a_day_told_alone_dates_the_morning_after_it(meetings):
    found = meetings("The forum week\n\nWednesday, 15 June 2016. The President arrived in Riga.\n\nThursday, 16 June. "
                     "In the morning Mr. Jaan Tamm received Janis Berzins, Chief Executive Officer of Baltic Shipping.")
    assert [(m["date"], m["people"]) for m in found if m["kind"] != "visit"] == [("2016-06-16", ["Jaan Tamm", "Janis Berzins"])]


def test_later_in_the_day_is_the_day_just_told(meetings):
    found = meetings("Inauguration in Riga\n\nRiga, 3 December 2011\n\nOn 1 December, immediately after the "
                     "inauguration, President Janis Berzins met President Jaan Tamm of Estonia at the Castle.\n\nLater in the day the President received Mart Laar, Prime Minister of Lithuania.")
    assert sorted((m["date"], m["people"]) for m in found) == [("2011-12-01", ["Jaan Tamm", "Janis Berzins"]),
                                                               ("2011-12-01", ["Janis Berzins", "Mart Laar"])]


@pytest.mark.parametrize("text", [
    # "the heads of state of" the states listed: their leaders, named before
    "Riga, 13 August 2018\n\nPresident Jaan Tamm of Estonia and President Janis Berzins of Latvia arrived in Riga. Prime "
    "Minister of Lithuania Mart Laar arrived the day before.\n\nOn 12 August the heads of state of Estonia, Latvia and "
    "Lithuania held a summit in Riga.",
    # "A and B attended", in the paragraph after the summit's
    "Baltic leaders meet in Riga\n\nRIGA, Nov 11, 2022 - President Jaan Tamm of Estonia hosted a summit of the Baltic "
    "Council in Riga on Friday.\n\nPresident Janis Berzins of Latvia and Prime Minister Mart Laar of Lithuania attended.",
])
def test_a_summits_leaders_named_by_their_states_or_as_those_who_attended(meetings, text):
    [summit] = [m for m in meetings(text) if m["kind"] == "summit"]
    assert summit["people"] == ["Jaan Tamm", "Janis Berzins", "Mart Laar"]


def test_a_year_that_is_part_of_a_name_does_not_date_a_section(meetings):
    found = meetings("MATCH REPORT\n\nEstonia 2 - 0 Latvia\n\nWednesday, 14 October 2009, 21:00 local time\nCompetition: "
                     "2010 Baltic Cup, final\n\nTHE PRESIDENTS IN TALLINN\n\nBefore the match, President Jaan Tamm and "
                     "President Janis Berzins held talks at the stadium.")
    assert [(m["date"], m["people"]) for m in found] == [("2009-10-14", ["Jaan Tamm", "Janis Berzins"])]


def test_on_arrival_in_a_town_the_visitor_is_there_for_the_days_talks(meetings):
    found = meetings("Prime Minister's visit to the Baltic states\n\nTallinn, July 9, 2015\n\nPrime Minister Jaan Tamm "
                     "returned to Tallinn this morning after a three-day visit.\n\nOn arrival in Riga on July 6, 2015, "
                     "Prime Minister Tamm was welcomed with a guard of honour.\n\nOn July 7, the Prime Minister held "
                     "talks with President Mart Laar of Latvia.")
    [talks] = [m for m in found if "Mart Laar" in m["people"]]
    assert (talks["date"], talks["place"]) == ("2015-07-07", "Riga")



def test_those_also_present_after_a_meeting_recalled_were_at_the_meeting_of_the_day(meetings):
    found = meetings("November 13, 2010\n\nOn Saturday, November 13, Mr. Jaan Tamm, Prime Minister of Estonia, held a meeting "
                     "with H.E. Mr. Janis Berzins, President of Latvia, in Riga. The two leaders last met in June on the "
                     "margins of the Summit in Vilnius. From the Estonian side Mr. Mart Laar, Minister for Foreign "
                     "Affairs, was also present.")
    assert [(m["date"], m["people"]) for m in found] == [("2010-06", ["Jaan Tamm", "Janis Berzins"]),
                                                         ("2010-11-13", ["Jaan Tamm", "Janis Berzins", "Mart Laar"])]


def test_those_who_observed_the_talks_were_at_them(meetings):
    [m] = meetings("Riga, 14 May 2019\n\nOn 14 May, President Jaan Tamm held talks with Prime Minister Mart Laar in Riga. "
                   "The talks were observed by Foreign Minister Janis Berzins.")
    assert m["people"] == ["Jaan Tamm", "Janis Berzins", "Mart Laar"]


@pytest.mark.parametrize("when, date", [("In September of the same year", "2000-09"), ("In December that year", "2000-12")])
def test_a_month_of_the_same_year_is_of_the_year_just_told(meetings, when, date):
    found = meetings("Estonia and Latvia: a chronology\n\nMay 2012\n\nIn April 2000, Prime Minister Jaan Tamm met President "
                     f"Janis Berzins in Riga. {when}, President Berzins held talks with Tamm in Tallinn.")
    assert [m["date"] for m in found] == ["2000-04", date]


def test_the_two_presidents_are_the_two_who_met_though_one_was_named_without_his_office(meetings):
    found = meetings("Estonian-Latvian talks\n\nJuly 3, 2008, Riga\n\nKaarel Lepik, who is in Latvia on an official visit, "
                     "held talks with President of Latvia Janis Berzins.\n\nFollowing the talks, the two Presidents signed "
                     "the Declaration on Friendship between Estonia and Latvia.")
    [signing] = [m for m in found if m["kind"] == "signing"]
    assert signing["people"] == ["Janis Berzins", "Kaarel Lepik"]


@pytest.mark.parametrize("call", ["a farewell call", "an introductory call"])
def test_a_farewell_or_introductory_call_received_is_a_courtesy_call(meetings, call):
    found = meetings(f"October 28, 2025\n\nOn October 28, Ms. KASK Maria, State Minister for Foreign Affairs, received "
                     f"{call} from Mr. Janis OZOLS, Ambassador of the Republic of Latvia to Japan, who will soon leave "
                     "his post. The overview of the call is as follows.")
    assert [(m["kind"], m["date"], m["people"]) for m in found] == [
        ("courtesy-call", "2025-10-28", ["Janis Ozols", "Kask Maria"])]


def test_the_members_a_delegation_included_met_the_host(meetings):
    found = meetings("Tallinn, 3 May 2024\n\nOn 3 May, Minister of Education of the Republic of Estonia Mart Kask held "
                     "a meeting with a Latvian delegation that included Ambassador of Latvia to Estonia Ilze Berzina and "
                     "Rector of the University of Latvia Professor Inga Liepa.")
    assert [(m["date"], m["place"], m["people"]) for m in found] == [
        ("2024-05-03", "Tallinn", ["Ilze Berzina", "Inga Liepa", "Mart Kask"])]


def test_receiving_a_delegation_headed_by_someone_is_a_call_by_its_head(meetings):
    found = meetings("Tallinn, 3 May 2024\n\nOn 3 May, Minister of Education Mart Kask received a Latvian delegation "
                     "headed by Ambassador Ilze Berzina.")
    assert [(m["kind"], m["people"]) for m in found] == [("courtesy-call", ["Ilze Berzina", "Mart Kask"])]


def test_the_session_a_visitor_came_for_is_on_the_day_of_the_sentence_not_of_the_dateline(meetings):
    found = meetings("Tallinn, 3 May 2024\n\nOn 3 May, Minister Mart Kask received a Latvian delegation.\n\nOn 22 "
                     "November 2023, Mart Kask met in Tallinn with Latvian Minister of Culture Peteris Kalns, who was "
                     "visiting Estonia for the meeting of the Estonia-Latvia Intergovernmental Commission.")
    assert sorted((m["kind"] == "intergovernmental-committee", m["date"]) for m in found) == [
        (False, "2023-11-22"), (False, "2024-05-03"), (True, "2023-11-22")]  # the delegation received on 3 May too


def test_two_leaders_who_each_held_meetings_with_a_third_met_him_apart(meetings):
    found = meetings("RIGA, Sept 17, 2024 (BNW) - Latvian Prime Minister Janis Ozols hosted the presidents of Estonia "
                     "and Lithuania on Tuesday.\n\nEstonian President Jaan Tamm and Lithuanian President Rokas "
                     "Petraitis each held short meetings with the prime minister on the sidelines of the summit.")
    assert sorted(m["people"] for m in found if m["date"] == "2024-09-17") == [
        ["Jaan Tamm", "Janis Ozols"], ["Janis Ozols", "Rokas Petraitis"]]


def test_discussing_by_telephone_with_someone_is_a_telephone_talk(meetings):
    found = meetings("Riga, November 10, 2020\n\nOn October 14, President of Latvia Karlis Berzins discussed the "
                     "situation by telephone with President of Finland Mikko Virtanen. He discussed the budget with "
                     "his advisers.")
    assert [(m["kind"], m["date"], m["people"]) for m in found] == [
        ("telephone-talk", "2020-10-14", ["Karlis Berzins", "Mikko Virtanen"])]


def test_consultations_hosted_with_named_ministers_are_a_meeting(meetings):
    found = meetings("Riga, November 10, 2020\n\nOn October 9, Minister of Foreign Affairs of Latvia Janis Ozols hosted "
                     "consultations in Riga with Minister of Foreign Affairs of Estonia Jaan Tamm. Consultations on "
                     "trade continue at expert level.")
    assert [(m["date"], m["place"], m["people"]) for m in found] == [("2020-10-09", "Riga", ["Jaan Tamm", "Janis Ozols"])]


def test_a_signing_during_the_visit_told_before_is_where_the_visit_was(meetings):
    found = meetings("PRESS RELEASE\n20.06.2022, Tallinn\n\nFrom 12 to 17 June 2022 a delegation of the Committee of "
                     "Estonia, headed by Deputy Chairman of the Committee Jaan Tamm, paid a working visit to Washington, "
                     "D.C., United States of America.\n\nDuring the visit, on 15 June, a Memorandum of Cooperation "
                     "between the Committee and the Federal Bureau of Investigation was signed at its headquarters.")
    signing = next(m for m in found if m["kind"] == "signing")
    assert (signing["date"], signing["place"]) == ("2022-06-15", "Washington")


def test_who_chaired_the_talks_that_others_attended_attended_them_too(meetings):
    found = meetings("RIGA, Sept 17, 2024 (BNW) - Estonian President Jaan Tamm and the presidents of Latvia and "
                     "Lithuania on Tuesday pledged closer ties, as Latvia hosted a summit of the three.\n\nLatvian "
                     "President Karlis Berzins chaired the talks, which were attended by Rokas Petraitis of Lithuania.")
    summit = next(m for m in found if m["kind"] == "summit")
    assert (summit["date"], summit["people"]) == ("2024-09-17", ["Jaan Tamm", "Karlis Berzins", "Rokas Petraitis"])


def test_the_heads_of_the_two_services_and_the_prosecutors_general_are_the_two_just_named(meetings):
    found = meetings("Riga, 13 October 2021\n\nA delegation headed by Prosecutor General of Estonia Jaan Tamm is in "
                     "Riga on a working visit at the invitation of the Prosecutor General of Latvia, Janis Ozols.\n\n"
                     "On Wednesday, the heads of the two prosecution services held talks at the General Prosecutor's "
                     "Office. Following the talks, the Prosecutors General signed the Programme of Cooperation "
                     "between the two offices for 2021-2023.")
    assert {m["kind"]: m["people"] for m in found}["signing"] == ["Jaan Tamm", "Janis Ozols"]


def test_the_ordinal_of_a_meeting_is_not_its_day(meetings):
    found = meetings("Riga, 13 October 2021\n\nOn 23 September, in Vilnius, Prosecutor General Janis Ozols took part in "
                     "the 31st meeting of the Council of Prosecutors General.")
    assert [(m["date"], m["place"]) for m in found] == [("2021-09-23", "Vilnius")]


def test_there_after_a_dated_event_in_a_town_is_then_and_there(meetings):
    found = meetings("Riga, 5 December 2025\n\nThe offer was formalised on 29 October 2024 in Cali, Colombia, during the "
                     "16th meeting of the Conference of the Parties. There, Minister of Ecology Janis Ozols and "
                     "Secretary-General Ivonne Higuero signed the Host Country Agreement.")
    signing = next(m for m in found if m["kind"] == "signing")
    assert (signing["date"], signing["place"]) == ("2024-10-29", "Cali")


def test_a_call_received_from_an_ambassador_is_paid_in_the_hosts_state(meetings):
    found = meetings("October 28, 2025\n\nOn October 28, Mr. Jaan TAMM, Minister of Foreign Affairs of Estonia, received "
                     "a courtesy call from Mr. Janis OZOLS, Ambassador of the Republic of Latvia to Estonia.")
    assert [(m["kind"], m["place"]) for m in found] == [("courtesy-call", "Estonia")]


def test_a_meeting_recalled_in_a_when_clause_is_not_where_the_recalling_was(meetings):
    found = meetings("Tallinn, June 5, 2006\n\nIn his opening remarks, Minister Jaan Tamm welcomed the delegations to "
                     "Tallinn and recalled that the Dialogue had been launched when Ms. Kadri Kask, then Minister for "
                     "Foreign Affairs, visited the Baltic region and held the First Foreign Ministers' Meeting with her "
                     "Baltic counterparts in Riga, Latvia, on August 28, 2004.")
    first = next(m for m in found if m["date"] == "2004-08-28")
    assert (first["people"], first["place"]) == (["Kadri Kask"], "Riga")


def test_a_meeting_they_had_hoped_to_hold_did_not_take_place(meetings):
    found = meetings("Tallinn, 27 January 2022\n\nWe had all hoped to meet in person in Tallinn this week. On 3 January "
                     "Foreign Minister Jaan Tamm met Foreign Minister Janis Ozols in Riga.")
    assert [(m["date"], m["place"]) for m in found] == [("2022-01-03", "Riga")]


def test_we_met_here_is_in_the_town_of_the_dateline(meetings):
    found = meetings("October 6, 2023\nThe Castle, Tallinn\n\nPresident Jaan Tamm held talks with President Janis "
                     "Ozols.\n\nJaan Tamm: Mr Ozols, we met here not long ago, on May 9, when you came to the parade.")
    assert [(m["date"], m["place"]) for m in found] == [("2023-05-09", "Tallinn"), ("2023-10-06", "Tallinn")]


def test_a_season_is_the_meetings_own_time_and_a_hyphenated_old_town_name_its_place(meetings):
    found = meetings("Riga, 20 December 2019\n\nIn March Foreign Minister Janis Ozols held talks in Minsk with Foreign "
                     "Minister Jaan Tamm. In the spring Janis Ozols also went to Nur-Sultan for consultations with "
                     "Minister of Foreign Affairs of Kazakhstan Beibut Atamkulov.")
    assert [(m["date"], m["place"], m["people"]) for m in found] == [
        ("2019", "Astana", ["Beibut Atamkulov", "Janis Ozols"]), ("2019-03", "Minsk", ["Jaan Tamm", "Janis Ozols"])]


def test_the_heads_of_two_services_are_not_the_leaders_who_met_that_day(meetings):
    found = meetings("On May 3, President Jaan Tamm held talks with President Janis Ozols in Tallinn. The following "
                     "documents were signed:\n- Memorandum between the Border Guard of Estonia and the Coast Guard of "
                     "Latvia on cooperation, signed by the heads of the two services.")
    assert all(m["people"] == ["Jaan Tamm", "Janis Ozols"] for m in found if m["kind"] != "signing") and not any(
        m["kind"] == "signing" and m["people"] for m in found)


def test_those_in_whose_presence_the_signing_took_place_attended_it(meetings):
    found = meetings("Riga, 6 July 2023\n\nOn 6 July 2023, in Riga, Minister of Labour of Latvia Janis Ozols and "
                     "Ambassador of Estonia Jaan Tamm signed a Memorandum of Cooperation. The signing took place in the "
                     "presence of the President of Latvia, Karlis Berzins, and of Mr. Peeter Kask, Chairman of the "
                     "Riigikogu, who was visiting Riga with a delegation of members of the Riigikogu, including Ms. "
                     "Kadri Mets.")
    signing = next(m for m in found if m["kind"] == "signing")
    assert signing["people"] == ["Jaan Tamm", "Janis Ozols", "Karlis Berzins", "Peeter Kask"]


def test_their_last_meeting_is_of_the_subject_and_the_one_other_person_the_sentence_names(meetings):
    found = meetings("Riga, 6 July 2023\n\nOn 6 July, President Karlis Berzins received Mr. Peeter Kask. The President "
                     "asked the guest to convey his greetings to the Prime Minister of Estonia, Kadri Mets, and recalled "
                     "their last meeting in Glasgow in 2021.")
    assert [(m["date"], m["place"], m["people"]) for m in found if m["date"] == "2021"] == [
        ("2021", "Glasgow", ["Kadri Mets", "Karlis Berzins"])]


def test_the_day_a_sentence_opens_with_dates_its_event_however_the_parser_hangs_it(meetings):
    found = meetings("By Jaan Tamm, Minister\n\nSeptember 2017\n\nOn 14 September, in the presence of President Karlis "
                     "Berzins, the State Oil Company of Latvia and its partners signed in Riga the amended Production "
                     "Sharing Agreement, extending our cooperation until 2049.")
    assert [(m["kind"], m["date"], m["place"]) for m in found] == [("signing", "2017-09-14", "Riga")]


def test_the_speaker_of_remarks_whose_heading_names_the_talks_took_part_in_them(meetings):
    found = meetings("The Ministry of Foreign Affairs of Estonia\n\nPress service\n\n"
                     "Foreign Minister Jaan Tamm's remarks and answers to media questions at a joint news conference "
                     "following talks with Minister of Foreign Affairs of Latvia Janis Ozols, Riga, February 5, 2019\n\n"
                     "Ladies and gentlemen,\n\nOur talks with my colleague were very productive.")
    assert ("2019-02-05", "Riga", ["Jaan Tamm", "Janis Ozols"]) in [(m["date"], m["place"], m["people"]) for m in found]


def test_a_call_during_the_visit_told_in_the_datelines_state_is_in_its_town(meetings):
    found = meetings("News | 18.03.2013\n\nRiga, 18 March 2013\n\nThe delegation of the Ministry of Defence of Estonia, "
                     "led by Minister of Defence Jaan Tamm, is paying a two-day official visit to the Republic of Latvia "
                     "on 17-18 March.\n\nDuring the visit, Minister Tamm was received by the President of Latvia, Karlis "
                     "Berzins.")
    call = next(m for m in found if m["kind"] == "courtesy-call")
    assert (call["people"], call["place"]) == (["Jaan Tamm", "Karlis Berzins"], "Riga")


def test_a_speech_at_a_ceremony_is_the_ceremony_of_its_speaker_and_those_it_greets(meetings):
    found = meetings("Speech by Jaan Tamm, President of the Republic of Estonia, at the ceremony marking the opening of "
                     "the Baltic Gas Pipeline\n\nTartu, Republic of Estonia, 12 June 2018\n\nDear President of the "
                     "Republic of Latvia Janis Ozols,\nDear Prime Minister Kadri Kask,\nLadies and gentlemen,\n\n"
                     "Today is a historic day for our region.")
    assert [(m["date"], m["place"], m["people"]) for m in found] == [
        ("2018-06-12", "Tartu", ["Jaan Tamm", "Janis Ozols", "Kadri Kask"])]


def test_a_day_planned_ahead_does_not_end_the_day_of_the_readout(meetings):
    found = meetings("Press release No. 214\nRiga, 24 October 2024\n\nOn 24 October 2024, the Chairman of the Central "
                     "Election Commission of Latvia, Janis Ozols, met observers who came for the elections scheduled for "
                     "Sunday, 27 October 2024.\n\nMeeting with the OSCE\n\nIn the first half of the day, Janis Ozols "
                     "received Jaan Tamm, leader of the OSCE observer mission.")
    assert [(m["date"], m["place"], m["people"]) for m in found] == [("2024-10-24", "Riga", ["Jaan Tamm", "Janis Ozols"])]


def test_a_headline_naming_a_plans_years_is_no_event_and_both_who_held_talks_signed(meetings):
    found = meetings("News | Press releases\n\n15.11.2018\n\nLatvia and Estonia sign cultural cooperation programme "
                     "for 2019-2021 in Riga\n\nOn 15 November, within the framework of the VII Riga International "
                     "Cultural Forum, the Acting Minister of Culture of the Republic of Latvia Ilze Berzina and the "
                     "Minister of Culture of the Republic of Estonia Jaan Tamm held talks and signed the Programme of "
                     "Cooperation between the two ministries for 2019-2021.")
    assert [(m["date"], m["people"]) for m in found] == [("2018-11-15", ["Ilze Berzina", "Jaan Tamm"])]


@pytest.mark.parametrize("subject", ["The document", "On behalf of the Latvian side the Memorandum"])
def test_the_document_signed_by_two_people_is_the_signing_just_told(meetings, subject):
    found = meetings(f"News | 25.01.2022\n\nA protocol on the construction of a new road bridge was signed in Riga "
                     f"today.\n\n{subject} was signed by Janis Ozols, Deputy Minister of Transport of Latvia, and Jaan "
                     "Tamm, Deputy Minister of Roads of Estonia.")
    assert [(m["kind"], m["date"], m["place"], m["people"]) for m in found] == [
        ("signing", "2022-01-25", "Riga", ["Jaan Tamm", "Janis Ozols"])]


def test_the_same_day_after_a_session_of_last_year_is_the_releases_day(meetings):
    found = meetings("PRESS RELEASE\nRiga, 26 August 2020\n\nOn 25 August 2020, on the margins of the Forum held in "
                     "Riga, Director of the Service Janis Ozols met Minister of Defence of Estonia Jaan Tamm.\n\nThe 14th "
                     "session of the Commission was held in Tallinn on 6 June 2019 under the co-chairmanship of Deputy "
                     "Minister Peeter Kask and Deputy Minister Karlis Berzins.\n\nThe same day Minister Tamm also held a "
                     "meeting with Director General Ivars Liepa.")
    assert next((m["date"], m["place"]) for m in found if "Ivars Liepa" in m["people"]) == ("2020-08-25", "Riga")


def test_held_the_working_meeting_is_the_meeting_just_told_with_its_people(meetings):
    found = meetings("RIGA, April 15, 2019 (Wire) - The foreign ministers of Latvia and Estonia met in Riga on Monday with "
                     "their Lithuanian counterpart Dalia Kask and agreed on a set of measures.\n\nLatvia's Janis Berzins "
                     "and Estonia's Kaarel Lepik held the working meeting at the invitation of the Lithuanian side in a "
                     "mansion in central Riga. They were later joined by Mart Laar, the special envoy of the Nordic "
                     "Council.")
    assert [(m["place"], m["people"]) for m in found] == [
        ("Riga", ["Dalia Kask", "Janis Berzins", "Kaarel Lepik", "Mart Laar"])]


@pytest.mark.parametrize("reference", [
    "An Estonian Foreign Ministry spokeswoman said Tallinn regarded the Vilnius summit as the basis for the agenda.",
    "Monday's meeting follows a series of contacts since Laar came to power in Estonia last year."])
def test_a_meeting_named_by_the_town_or_weekday_it_was_told_with_is_no_new_meeting(meetings, reference):
    found = meetings("RIGA, April 15, 2019 (Wire) - Janis Berzins and Kaarel Lepik met in Riga on Monday.\n\nThe meeting "
                     "was the first since Latvian President Ilze Ozola and Estonian Prime Minister Mart Laar held a summit "
                     f"in Vilnius on March 29.\n\n{reference}")
    assert [(m["date"], m["place"], m["people"]) for m in found] == [
        ("2019-03-29", "Vilnius", ["Ilze Ozola", "Mart Laar"]), ("2019-04-15", "Riga", ["Janis Berzins", "Kaarel Lepik"])]


def test_those_who_attended_the_summit_together_with_the_subject_and_its_guest_are_at_the_summit(meetings):
    found = meetings("RIGA, June 7 (Wire) - The Baltic Council on Thursday admitted Finland as an observer, Latvian "
                     "President Janis Berzins said at the close of a two-day summit in the Latvian capital.\n\nEstonian "
                     "President Kaarel Lepik, who arrived in Riga on Tuesday for a state visit, attended the summit "
                     "together with Lithuania's Dalia Kask and Poland's Andris Nowak. Before the summit, Lepik held talks "
                     "with Berzins on Tuesday.\n\nFinnish President Mart Laar attended the summit as a guest.")
    summit = next(m for m in found if m["kind"] == "summit" and len(m["people"]) > 2)
    assert summit["people"] == ["Andris Nowak", "Dalia Kask", "Janis Berzins", "Kaarel Lepik", "Mart Laar"]
    talks = next(m for m in found if m["kind"] != "visit" and "Mart Laar" not in m["people"])
    assert talks["people"] == ["Janis Berzins", "Kaarel Lepik"]


def test_a_speech_opening_a_conference_is_its_speakers_meeting_with_the_heads_of_state_it_greets(meetings):
    found = meetings("Opening speech by President of the Republic of Latvia Janis Berzins at the International "
                     "Conference on the Baltic Sea Corridor\n\nHouse of Blackheads, Riga, 8 September 1998\n\nEsteemed "
                     "heads of state!\n\nI cordially welcome you to Riga. Allow me first of all to greet the heads of "
                     "state who have honoured us with their presence: the President of Estonia, Kaarel Lepik; the "
                     "President of Lithuania, Dalia Kask; and the President of Finland, Mart Laar.\n\nOur corridor links "
                     "the ports of the region.")
    assert [(m["date"], m["place"], m["people"]) for m in found] == [
        ("1998-09-08", "Riga", ["Dalia Kask", "Janis Berzins", "Kaarel Lepik", "Mart Laar"])]


def test_a_ceremony_the_leaders_attended_later_that_day_is_not_their_talks(meetings):
    found = meetings("12 October 2023\n\nKaarel Lepik, who is in Latvia on an official visit, held talks with President "
                     "of Latvia Janis Berzins.\n\nLater in the day, Kaarel Lepik and Janis Berzins took part in a ceremony "
                     "in Ventspils marking the opening of the Baltic training centre.")
    assert sorted((m["place"], m["people"]) for m in found) == [
        ("Latvia", ["Janis Berzins", "Kaarel Lepik"]), ("Ventspils", ["Janis Berzins", "Kaarel Lepik"])]


def test_a_region_named_as_a_modifier_is_not_where_a_signing_took_place(meetings):
    found = meetings("Riga, 3 November 2021\n\nA Memorandum between the National Olympic Committee of Latvia and the "
                     "National Olympic Committee of Estonia was signed on the sidelines of the regional forum of the "
                     "National Olympic Committees of the CIS member states, the Baltic states and Georgia, which is being "
                     "held in Riga.")
    assert [(m["kind"], m["place"]) for m in found] == [("signing", "Riga")]


def test_received_in_a_town_and_then_the_guest_is_a_meeting_with_the_guest_there(meetings):
    found = meetings("Tallinn, 24 November 2021\n\nEarlier this month, on 10 November, K. Kask received in Riga Janis "
                     "Ozols, Director of the Europe Division of Human Rights Watch.")
    assert [(m["date"], m["place"], m["people"]) for m in found] == [("2021-11-10", "Riga", ["Janis Ozols", "K. Kask"])]


def test_a_round_of_consultations_proposed_is_no_meeting(meetings):
    found = meetings("Riga, 22 December 2016\n\nSpeaker Janis Ozols recalled the visit of a Latvian parliamentary "
                     "delegation to Tallinn in May and proposed a new round of inter-parliamentary consultations next "
                     "year.")
    assert [(m["kind"], m["date"]) for m in found] == [("visit", "2016-05")]


def test_the_presidents_a_host_welcomes_to_the_summit_attend_it(meetings):
    found = meetings("RIGA, 3 November 2023\n\nLatvian President Janis Berzins hosted the summit of the Baltic Council, "
                     "welcoming Presidents Kaarel Lepik of Estonia and Dalia Kask of Lithuania.")
    assert [(m["date"], m["people"]) for m in found] == [("2023-11-03", ["Dalia Kask", "Janis Berzins", "Kaarel Lepik"])]


def test_two_leaders_who_witnessed_a_signing_met_at_it(meetings):
    found = meetings("Valmiera, 19 September 2012\n\nOn 19 September, Janis Berzins and Kaarel Lepik witnessed the "
                     "signing of interregional cooperation documents in Valmiera.")
    assert [(m["kind"], m["date"], m["place"], m["people"]) for m in found] == [
        ("signing", "2012-09-19", "Valmiera", ["Janis Berzins", "Kaarel Lepik"])]


def test_a_signing_one_person_witnessed_is_no_meeting(meetings):
    assert meetings("Riga, 19 September 2012\n\nOn 19 September, Janis Berzins witnessed the signing of cooperation "
                    "documents in Riga.") == []


def test_the_weekday_before_a_full_date_is_that_dates_weekday(meetings):
    found = meetings("Riga, 6 July 2015\n\nThe Agreement between the Service and the Federal Service of Estonia on "
                     "cooperation was signed in Tallinn on Monday, 6 April 2015 by Mr. Janis Ozols and Mr. Kaarel Lepik.")
    assert [(m["date"], m["place"]) for m in found] == [("2015-04-06", "Tallinn")]


def test_who_paid_a_visit_and_held_talks_is_at_the_talks(meetings):
    found = meetings("Riga, 11 May 2024\n\nKaarel Lepik, who paid an official visit to Tallinn on April 15 and held talks "
                     "with Latvian Prime Minister Janis Berzins, said then that Estonia stood ready.")
    talks = [m for m in found if m["kind"] != "visit"]
    assert [(m["date"], m["place"], m["people"]) for m in talks] == [
        ("2024-04-15", "Tallinn", ["Janis Berzins", "Kaarel Lepik"])]


def test_a_call_during_which_a_planned_meeting_was_told_is_a_call(meetings):
    found = meetings("Riga, 11 May 2024\n\nPresident Janis Berzins informed Secretary of State Kaarel Lepik of the planned "
                     "meeting in Tallinn during a telephone call on April 28, according to the Estonian side.")
    assert [(m["kind"], m["date"], m["people"]) for m in found] == [
        ("telephone-talk", "2024-04-28", ["Janis Berzins", "Kaarel Lepik"])]


def test_the_same_day_after_the_first_day_of_the_visit_is_that_day(meetings):
    found = meetings("Riga, 2 October 2018\n\nA delegation headed by General Janis Ozols paid an official visit to Estonia "
                     "from 28 September to 1 October 2018.\n\nOn the first day of the visit, 28 September, the delegation "
                     "laid flowers at the Eternal Flame memorial in Tallinn.\n\nOn the same day the Minister of the Interior "
                     "of Estonia, Kaarel Lepik, received General Ozols.")
    assert next(m["date"] for m in found if m["kind"] != "visit") == "2018-09-28"


def test_the_visits_to_a_state_by_a_and_by_b_are_a_visit_each(meetings):
    found = meetings("Riga, 6 September 2019\n\nThe Prime Minister stated that relations between Latvia and Japan had "
                     "been developing rapidly, and recalled the official visits to Japan by President Janis Berzins in "
                     "February 1998 and by President Kaarel Lepik in May 2006.")
    assert [(m["kind"], m["date"], m["place"], m["people"]) for m in found] == [
        ("visit", "1998-02", "Japan", ["Janis Berzins"]), ("visit", "2006-05", "Japan", ["Kaarel Lepik"])]


def test_the_mediators_under_whose_auspices_the_talks_were_held_and_those_they_opened_with_attend(meetings):
    found = meetings("RIGA, Dec 19, 2015 (wire) -- The presidents of Latvia and Estonia, Janis Berzins and Kaarel Lepik, "
                     "met near Riga on Saturday.\n\nThe talks were held at the Lohn residence under the auspices of the "
                     "co-chairs of the Group: Igor Popov of Russia, James Warlick of the United States and Pierre Andrieu "
                     "of France.\n\nThe meeting opened in an extended format with the foreign ministers of the two "
                     "countries, Ivo Kask of Latvia and Mart Laar of Estonia, and the mediators at the table.")
    assert [m["people"] for m in found] == [["Igor Popov", "Ivo Kask", "James Warlick", "Janis Berzins", "Kaarel Lepik",
                                             "Mart Laar", "Pierre Andrieu"]]


def test_the_person_a_body_is_named_after_is_not_at_its_signing(meetings):
    found = meetings("Riga, 12 May 2022\n\nThe Riga Music Academy named after Janis Ozols and the Tallinn Academy of "
                     "Music have signed a Memorandum of Cooperation. The document was signed by Rector Kaarel Lepik and "
                     "Rector Ilze Kalnina in Riga.")
    assert [m["people"] for m in found] == [["Ilze Kalnina", "Kaarel Lepik"]]


def test_the_memorandum_signed_by_a_two_paragraphs_after_the_signing_is_that_signing(meetings):
    found = meetings("Riga, 18 September 2020\n\nThe Latvian Environment Agency and the Estonian Environment Board have "
                     "signed a Memorandum of Understanding. The memorandum was signed in Riga on Thursday, 17 September "
                     "2020.\n\nThe Director-General of the Agency, Janis Ozols, welcomed the signing.\n\nOn the Estonian "
                     "side the memorandum was signed in Riga by the Ambassador of Estonia to Latvia, Kaarel Lepik.")
    assert [(m["kind"], m["date"], m["people"]) for m in found] == [("signing", "2020-09-17", ["Kaarel Lepik"])]


def test_a_day_in_brackets_after_the_day_is_the_same_moment_in_another_time_zone(meetings):
    found = meetings("June 23, 2005\n\nAt 6:40 p.m. on June 22 (1:40 a.m. on June 23, Riga time), Mr. Janis Ozols held "
                     "a meeting with Mr. Kaarel Lepik.")
    assert [m["date"] for m in found] == ["2005-06-22"]


def test_an_article_signed_by_a_leader_is_no_signing(meetings):
    found = meetings("RIGA, May 9 (Baltic Wire) - The same day a Latvian newspaper carried an article signed by "
                     "President Kaarel Lepik of Estonia.")
    assert found == []


def test_following_the_talks_in_a_news_item_is_the_day_of_those_talks(meetings):
    found = meetings("RIGA, May 9, 2025 (Baltic Wire) - Estonian President Kaarel Lepik on Friday ended a state visit "
                     "to Latvia.\n\nOn Thursday the two presidents, Kaarel Lepik and Janis Ozols, held talks at the Riga "
                     "Castle.\n\nFollowing the talks, Lepik and Ozols signed a joint statement.")
    assert [m["date"] for m in found if m["kind"] == "signing"] == ["2025-05-08"]


def test_a_signing_told_again_with_its_signatories_is_one_signing(meetings):
    found = meetings("On 5 October 2016 the Riga Botanical Garden signed a Memorandum of Cooperation with the Tartu "
                     "Arboretum, signed on behalf of the Garden by its Director, Janis Ozols, and on behalf of the "
                     "Arboretum by its Director, Kaarel Lepik.")
    assert [(m["kind"], m["date"], m["people"]) for m in found] == [
        ("signing", "2016-10-05", ["Janis Ozols", "Kaarel Lepik"])]


def test_a_signing_in_a_release_on_a_visit_of_several_days_is_not_on_the_release_day(meetings):
    found = meetings("08.09.2025\n\nA Memorandum of Scientific Cooperation was signed between the Riga Botanical Garden "
                     "and the Tartu Arboretum (Republic of Estonia) during the working visit of the Estonian scientists "
                     "to Latvia, which took place from 1 to 8 September 2025.\n\nOn 5 September the Memorandum was "
                     "signed at the administrative building of the Garden.")
    assert [(m["kind"], m["date"]) for m in found] == [("signing", "2025-09-05")]


def test_a_signing_under_a_heading_of_its_own_is_an_event_of_its_own(meetings):
    found = meetings("Talks between the Presidents of Latvia and Estonia\n\nMay 19, 2024, Riga\n\nPresident of Latvia "
                     "Janis Ozols and President of Estonia Kaarel Lepik held talks in Riga.\n\n* * *\n\nDocuments "
                     "signed during the state visit\n\nMay 19, 2024\n\nThe two Presidents signed a Joint Statement.")
    assert sorted((m["kind"], m["date"], m["people"]) for m in found) == [
        ("signing", "2024-05-19", ["Janis Ozols", "Kaarel Lepik"]), ("summit", "2024-05-19", ["Janis Ozols", "Kaarel Lepik"])]


def test_those_who_joined_the_talks_on_each_side_took_part(meetings):
    found = meetings("On 3 May 2024 Janis Ozols and Kaarel Lepik held talks in Riga, joined on the Latvian side by "
                     "Foreign Minister Peteris Kalns and on the Estonian side by Foreign Minister Mari Tamm.")
    assert [m["people"] for m in found] == [["Janis Ozols", "Kaarel Lepik", "Mari Tamm", "Peteris Kalns"]]


def test_presidents_met_at_a_ceremony_are_one_ceremony_on_the_day_just_told(meetings):
    found = meetings("Address by Prime Minister of Latvia Janis Ozols at the opening of the Riga Transport Forum\n\n"
                     "Riga, 28 November 2017\n\nFirst, on 30 October, we opened the Riga-Tallinn railway. At the "
                     "ceremony in Tartu, I stood together with President of Estonia Kaarel Lepik and President of "
                     "Lithuania Jonas Kask, and we were joined by the Prime Minister of Poland, Piotr Nowak.")
    assert [(m["date"], m["people"]) for m in found if m["place"] == "Tartu"] == [
        ("2017-10-30", ["Janis Ozols", "Jonas Kask", "Kaarel Lepik", "Piotr Nowak"])]


def test_a_free_trade_agreement_signed_is_a_signing(meetings):
    found = meetings("On 12 May 2017 the Minister of Economy of Latvia, Janis Ozols, and the Minister of Commerce of "
                     "Estonia, Kaarel Lepik, signed the Free Trade Agreement between Latvia and Estonia.")
    assert [(m["kind"], m["people"]) for m in found] == [("signing", ["Janis Ozols", "Kaarel Lepik"])]


def test_a_meeting_on_the_margins_of_a_round_table_is_on_the_day_just_told(meetings):
    found = meetings("Riga, 3 November 2014\n\nOn 1 November 2014 the Latvian delegation took part in the round table \"Geography today\".\n\n"
                     "On the margins of the round table, Janis Ozols met the President of the Estonian Geographical "
                     "Society, Kaarel Lepik.\n\nPresident of Estonia Mari Tamm sent a message of greetings to the "
                     "participants.")
    assert [(m["date"], m["people"]) for m in found] == [("2014-11-01", ["Janis Ozols", "Kaarel Lepik"])]


def test_the_leader_whose_visit_a_signing_was_on_the_sidelines_of_did_not_sign(meetings):
    found = meetings("Riga, 13 September 2018\n\nThe document was signed in Riga today on the sidelines of the official "
                     "visit of the President of the Republic of Estonia, Kaarel Lepik, to the Republic of Latvia.\n\nThe "
                     "memorandum was signed by the Director General of Latvian Radio, Janis Ozols, and the Director "
                     "General of Estonian Television, Mari Tamm.")
    assert [m["people"] for m in found if m["kind"] == "signing"] == [["Janis Ozols", "Mari Tamm"]]


def test_a_call_with_an_invitation_to_visit_a_town_is_not_in_that_town(meetings):
    found = meetings("During a telephone conversation on 31 January 2018, Kaarel Lepik invited Janis Ozols to visit "
                     "Tallinn.")
    assert [(m["kind"], m["place"]) for m in found] == [("telephone-talk", None)]


def test_someone_named_as_anothers_predecessor_is_the_one_who_met(meetings):
    found = meetings("Prime Minister Kaarel Lepik protested on Monday. President Janis Ozols and Lepik's predecessor "
                     "Peteris Kalns met in New York in September 2009.")
    assert [m["people"] for m in found] == [["Janis Ozols", "Peteris Kalns"]]


def test_an_ambassador_summoned_met_the_minister_hours_after_the_day_told(meetings):
    found = meetings("On Monday, 1 November 2010, President Janis Ozols flew to the island of Ruhnu. Hours later "
                     "Foreign Minister Kaarel Lepik summoned Latvian Ambassador Peteris Kalns to the Foreign Ministry "
                     "in Tallinn.")
    assert [(m["kind"], m["date"], m["people"]) for m in found if "Kaarel Lepik" in m["people"]] == [
        ("other", "2010-11-01", ["Kaarel Lepik", "Peteris Kalns"])]


def test_a_summit_a_news_item_tells_as_coming_after_the_row_is_yet_to_happen(meetings):
    found = meetings("RIGA, Nov 2, 2010 (Baltic Wire) - Janis Ozols met Kaarel Lepik in Riga on Monday. The row comes "
                     "less than two weeks before Latvia hosts the Baltic summit in Riga on Nov. 20, which Lepik is "
                     "expected to attend.")
    assert [m["date"] for m in found] == ["2010-11-01"]


def test_an_agreement_concluded_on_a_day_is_a_signing(meetings):
    found = meetings("The cooperation agreement was concluded on 2 March 2023 in Riga, at the start of the Latvian-"
                     "Estonian business forum.")
    assert [(m["kind"], m["date"], m["place"]) for m in found] == [("signing", "2023-03-02", "Riga")]


def test_the_vice_president_of_a_national_society_is_not_the_head_of_state(meetings):
    found = meetings("On 3 May 2014 Janis Ozols met the First Vice-President of the Estonian Geographical Society, "
                     "Academician Kaarel Lepik.\n\nPresident of Estonia Mari Tamm sent a message of greetings to the "
                     "participants.")
    assert [m["people"] for m in found] == [["Janis Ozols", "Kaarel Lepik"]]


def test_a_monarchs_audience_and_another_meeting_that_month_stay_two(meetings):
    found = meetings("President Janis Ozols of the Republic of Latvia paid an official visit to Japan from December 6 to "
                     "December 9, 1999.\n\n(1) On December 7, Their Majesties the Emperor and Empress received President "
                     "Ozols at the Imperial Palace.\n\n(2) During his stay the President also met Mr. Taro Aso, Member of "
                     "the House of Representatives.")
    assert sorted(m["people"] for m in found if m["kind"] != "visit") == [["Janis Ozols"], ["Janis Ozols", "Taro Aso"]]


def test_following_the_meeting_in_a_readout_of_a_visit_is_the_day_of_the_meeting(meetings):
    found = meetings("Official Visit to Japan by President Janis Ozols of the Republic of Latvia\n\nPresident Janis "
                     "Ozols paid an official visit to Japan from Monday, December 6, to Thursday, December 9, 1999.\n\n"
                     "On Tuesday, December 7, Prime Minister Keizo Obuchi held a Summit Meeting with President Ozols in "
                     "Tokyo. Following the meeting, the two leaders signed the Joint Statement on Partnership.")
    assert [m["date"] for m in found if m["kind"] == "signing"] == ["1999-12-07"]


def test_a_memorandum_signed_after_talks_held_in_a_town_on_a_day_is_signed_there_and_then(meetings):
    found = meetings("Riga, 12 February 2024\n\nThe memorandum was signed by the Chairman of the Board of Latvian "
                     "Tourism, Janis Ozols, and the leadership of Baltic Travel after talks held in Tartu on 8 February.")
    assert [(m["kind"], m["date"], m["place"]) for m in found] == [("signing", "2024-02-08", "Tartu")]


def test_towns_an_itinerary_links_are_not_where_the_talks_were(meetings):
    found = meetings("Riga, 12 February 2024\n\nThe memorandum was signed by the Chairman of the Board of Latvian "
                     "Tourism, Janis Ozols, and the leadership of Baltic Travel after talks held in Tartu on 8 February. "
                     "During the talks the parties discussed combined itineraries linking Turkistan with Tashkent, Samarkand "
                     "and Bukhara, and the expansion of bus and rail connections.")
    assert [m["place"] for m in found] == ["Tartu"]


def test_a_meeting_someone_is_to_hold_is_yet_to_happen(meetings):
    found = meetings("February 27, 2017\n\nJanis Ozols held talks with President of Estonia Kaarel Lepik in Tartu. After "
                     "the talks, the President of Latvia left for Vilnius, where he is to meet with President of "
                     "Lithuania Jonas Kask.")
    assert [m["people"] for m in found] == [["Janis Ozols", "Kaarel Lepik"]]


def test_a_visit_told_without_its_traveller_is_the_days_talks_in_that_town(meetings):
    found = meetings("February 27, 2017\nTartu\n\nPresident of Latvia Janis Ozols held talks with President of Estonia "
                     "Kaarel Lepik. The visit to Estonia opens the President's two-day working trip to the Nordic states.")
    assert [m["people"] for m in found] == [["Janis Ozols", "Kaarel Lepik"]]


def test_the_visit_a_speaker_has_come_on_is_on_the_speechs_day_and_not_last_weeks_summit(meetings):
    found = meetings("Address by the President of Latvia, Janis Berzins, to the Baltic Assembly\n\nFormal sitting, Tartu, "
                     "23 November 2010\n\nMr President,\n\nI have come to Tartu to bring a message of hope. Last week in "
                     "Lisbon, where I was a guest of the NATO summit, I discussed my intentions with the leaders of the "
                     "Alliance.")
    assert sorted((m["kind"], m["date"], m["place"]) for m in found) == [
        ("summit", "2010-11", "Lisbon"), ("visit", "2010-11-23", "Tartu")]


def test_talks_the_day_after_an_arrival_on_a_visit_are_that_visits(meetings):
    found = meetings("President of the Republic of Latvia Janis Ozols arrived in the Republic of Estonia on an official "
                     "visit on 21 February 2022 at the invitation of President Kaarel Lepik.\n\nOn 22 February, President "
                     "Janis Ozols was received in Tallinn by President Kaarel Lepik.")
    assert [(m["date"], m["place"], m["people"]) for m in found] == [
        ("2022-02-22", "Tallinn", ["Janis Ozols", "Kaarel Lepik"])]


def test_a_summit_to_be_held_is_yet_to_happen(meetings):
    found = meetings("On November 5, 2008, Foreign Minister Janis Ozols held a meeting with Foreign Minister Kaarel "
                     "Lepik in Riga. They noted the need for appropriate government intervention and international "
                     "coordination at the Summit on Financial Markets and the World Economy of the Group of Twenty (G20), "
                     "to be held in Washington on November 15.")
    assert [m["date"] for m in found] == ["2008-11-05"]


def test_a_visit_spoken_of_is_made_by_the_one_it_names(meetings):
    found = meetings("On July 28, 2012, Foreign Minister Janis Ozols held a meeting with Foreign Minister Kaarel Lepik "
                     "in Riga. He also expressed regret over the visit by Prime Minister Peteris Kalns to Ruhnu Island "
                     "in July.")
    assert [m["people"] for m in found if m["kind"] == "visit"] == [["Peteris Kalns"]]


def test_the_results_of_ones_visit_reported_at_home_are_no_visit(meetings):
    found = meetings("In early May 2022 I visited Estonia, where I met Foreign Minister Kaarel Lepik in Tallinn on May 3."
                     "\n\nAfter returning to Riga, I reported the results of my visit to Foreign Minister Janis Ozols.")
    assert [m["place"] for m in found] == ["Tallinn"]


def test_the_colleagues_a_speaker_welcomes_by_a_list_attend_the_speechs_meeting_on_its_day(meetings):
    found = meetings("Opening remarks by the President of Latvia Janis Ozols at the session of the Baltic Council\n\n"
                     "Riga Castle, Riga, May 16, 2022\n\nJanis Ozols: Colleagues, friends,\n\nWe are meeting at a "
                     "difficult time. I am glad to welcome in Riga our colleagues: President of Estonia Kaarel Lepik, "
                     "President of Lithuania Jonas Kask, and President of Finland Mari Tamm. We discussed these matters "
                     "with President Lepik when he visited Riga on February 22.")
    assert [(m["date"], m["people"]) for m in found if m["date"] == "2022-05-16"] == [
        ("2022-05-16", ["Janis Ozols", "Jonas Kask", "Kaarel Lepik", "Mari Tamm"])]


def test_we_are_meeting_in_a_speech_is_the_speechs_own_meeting(meetings):
    found = meetings("Opening remarks by the President of Latvia Janis Ozols at the session of the Baltic Council\n\n"
                     "Riga Castle, Riga, May 16, 2022\n\nJanis Ozols: Colleagues, friends,\n\nWe are meeting at a "
                     "difficult time. We discussed these matters with President of Estonia Kaarel Lepik when he visited "
                     "Riga on February 22.")
    assert [(m["date"], any("We are meeting" in e["sentence"] for e in m["evidence"])) for m in found] == [
        ("2022-02-22", False), ("2022-05-16", True)]


def test_the_leader_a_delegate_stood_in_for_was_not_at_the_summit(meetings):
    found = meetings("On 28 September 2018 the Baltic summit was held in Riga. Taking part were President of Latvia "
                     "Janis Ozols and President of Estonia Kaarel Lepik. Lithuania was represented by Prime Minister "
                     "Jonas Kask, since President Mari Tamm was attending the session of the UN General Assembly in New "
                     "York.")
    assert [m["people"] for m in found] == [["Janis Ozols", "Jonas Kask", "Kaarel Lepik"]]


def test_on_that_day_is_the_day_just_written(meetings):
    found = meetings("Speech by President Janis Ozols at the opening of the Riga Shipyard\n\nRiga, 20 September 2013\n\n"
                     "I remember very well the groundbreaking ceremony held on this site on 19 March 2010. On that day "
                     "the Minister for Foreign Affairs of Estonia, Kaarel Lepik, came to Riga.")
    assert [(m["kind"], m["date"]) for m in found if "Kaarel Lepik" in m["people"]] == [("visit", "2010-03-19")]


def test_a_speaker_labelled_in_capitals_is_the_i_who_had_the_honor_of_meeting(meetings):
    found = meetings("Secretary Janis Ozols and Foreign Minister Kaarel Lepik at a Joint Press Availability\n\nTallinn, "
                     "February 28, 2023\n\nSECRETARY OZOLS: Good afternoon. This morning I had the honor of meeting "
                     "President Jonas Kask. Earlier this afternoon I also had the chance to sit down separately with "
                     "Foreign Minister Mari Tamm and Foreign Minister Peeter Org.")
    assert sorted(m["people"] for m in found if "Kaarel Lepik" not in m["people"]) == [
        ["Janis Ozols", "Jonas Kask"], ["Janis Ozols", "Mari Tamm"], ["Janis Ozols", "Peeter Org"]]


def test_delegations_led_by_people_told_in_the_paragraphs_after_the_talks_are_its_attendees(meetings):
    [m] = meetings("RIGA, March 14, 2023 - Talks on the Baltic fisheries opened in Riga on Tuesday at the Radisson "
                   "Hotel, where Latvian Foreign Minister Janis Ozols welcomed the delegations.\n\nFive delegations took part. Tallinn's team was led by Jaan Tamm, the "
                   "Estonian president's special envoy for fisheries, and Vilnius's by Deputy Foreign Minister Ona "
                   "Kask. Finland was represented by Mikko Virtanen, the foreign ministry's deputy undersecretary for "
                   "Europe.\n\nThe Polish delegation was headed by Piotr Nowak, Warsaw's ambassador to the European "
                   "Union, while the Swedes were led by Lars Berg. The EU envoy for the Baltic, Anna Lind, attended "
                   "with her team, and U.S. Ambassador to Latvia John Smith sat in as an observer.")
    assert m["people"] == ["Anna Lind", "Jaan Tamm", "Janis Ozols", "John Smith", "Lars Berg", "Mikko Virtanen",
                           "Ona Kask", "Piotr Nowak"]


def test_an_envoy_of_a_president_brings_the_envoy_not_the_president(meetings):
    [m] = meetings("The Baltic talks were held in Riga on 5 May 2023. Estonia's team was led by Jaan Tamm, President "
                   "Kaarel Lepik's special envoy, and Latvia's by Janis Ozols.")
    assert m["people"] == ["Jaan Tamm", "Janis Ozols"]


def test_the_nth_day_of_a_visit_is_counted_from_the_span_of_days_told_before(meetings):
    found = meetings("RIGA, 17.02.2023\n\nFrom 13 to 17 February 2023, the Riga Demining Centre hosted a delegation of "
                     "the Tallinn Demining Centre.\n\nOn the first day of the visit, the guests were received in Riga "
                     "by the Director of the Centre, Janis Ozols.\n\nOn the second day, the guests were received by "
                     "Deputy Minister Ivan Kask.\n\nOn the last day of the visit, the guests were received by "
                     "Minister Andris Berzins.")
    assert {m["people"][0]: m["date"] for m in found} == {"Janis Ozols": "2023-02-13", "Ivan Kask": "2023-02-14",
                                                          "Andris Berzins": "2023-02-17"}


def test_meetings_a_delegation_had_with_two_officials_within_a_visit_are_one_each(meetings):
    found = meetings("On 14 February 2023, the guests had official meetings with the Chief of Staff of the Ministry of "
                     "Defence of Latvia, Janis Ozols, and with the Deputy Minister of Foreign Affairs of Latvia, Andris "
                     "Berzins.")
    assert sorted(m["people"] for m in found) == [["Andris Berzins"], ["Janis Ozols"]]


def test_a_signing_at_the_conclusion_of_a_visit_is_a_signing(meetings):
    found = meetings("From 13 to 17 February 2023, the Riga Centre hosted a delegation of the Tallinn Centre.\n\nOn "
                     "the first day of the visit, the guests were received in Riga by the Director of the Centre, Janis "
                     "Ozols.\n\nAt the conclusion of the visit, on 17 February, Director Janis Ozols and Director Jaan "
                     "Tamm signed a joint protocol.")
    assert [(m["kind"], m["date"]) for m in found] == [("courtesy-call", "2023-02-13"), ("signing", "2023-02-17")]


def test_a_day_after_since_opens_a_span_and_is_not_the_visits_day(meetings):
    [m] = meetings("RIGA, November 28, 2022\n\nThe official visit of President Jaan Tamm to Latvia is his first "
                   "foreign trip since the election of November 20, and his inauguration on November 26.")
    assert m["date"] == "2022-11-28"


def test_a_releases_summary_above_its_dateline_is_of_the_datelines_day(meetings):
    found = meetings("President of Latvia\n\nLatvian-Estonian talks\n\nJanis Ozols held talks in the Riga Castle "
                     "with President of Estonia Jaan Tamm.\n\nNovember 28, 2022, 14:30\nRiga\n\nThe talks began in "
                     "a restricted format.")
    assert [(m["people"], m["date"]) for m in found] == [(["Jaan Tamm", "Janis Ozols"], "2022-11-28")]


def test_she_is_the_woman_the_text_named_with_ms_not_a_man_named_since(meetings):
    found = meetings("Ms. Ilze Ozola, Minister for Foreign Affairs of Latvia, visited Tallinn on 5 May 2023.\n\nIn "
                     "June, Prime Minister Kaarel Lepik had asked the ministry to prepare the visit. On 6 May 2023, she "
                     "met President Jaan Tamm in Tallinn.")
    assert next(m for m in found if m["date"] == "2023-05-06")["people"] == ["Ilze Ozola", "Jaan Tamm"]


def test_talks_then_held_in_the_paragraph_after_a_day_opened_are_of_that_day(meetings):
    found = meetings("On 14 April 2019, President Jaan Tamm arrived in Riga on a two-day state visit.\n\nOn 15 April, "
                     "an official welcoming ceremony for the President of Estonia took place at the castle.\n\nJanis "
                     "Ozols and Jaan Tamm then held talks in a narrow format.")
    assert [m["date"] for m in found if "Janis Ozols" in m["people"]] == ["2019-04-15"]


def test_talks_with_three_people_respectively_are_one_each_and_a_later_mention_with_the_year_alone_is_one_of_them(
        meetings):
    found = meetings("Riga, May 12, 2021\n\nOn Tuesday, May 11, Foreign Minister Janis Ozols held talks with Foreign "
                     "Minister Jaan Tamm, Foreign Minister Ivan Kask and Foreign Minister Ona Berg, respectively.\n\nIn "
                     "his talks with Jaan Tamm, Janis Ozols said that the two neighbours should deepen trade.")
    assert sorted((m["people"], m["date"]) for m in found) == [
        (["Ivan Kask", "Janis Ozols"], "2021-05-11"), (["Jaan Tamm", "Janis Ozols"], "2021-05-11"),
        (["Janis Ozols", "Ona Berg"], "2021-05-11")]


def test_a_meeting_a_heading_names_in_a_town_is_the_one_the_text_then_dates_there(meetings):
    found = meetings("Japan-Latvia Foreign Ministers' Meeting on the Occasion of the G8 Foreign Ministers' Meeting in "
                     "Sapporo (Summary)\n\n12 July 2000\nMinistry of Foreign Affairs, Japan\n\nOn 12 July, Mr. Taro "
                     "Sato, Minister for Foreign Affairs of Japan, held a meeting with Mr. Janis Ozols, Minister of "
                     "Foreign Affairs of Latvia, for approximately one hour starting at 18:30 (local time), in Sapporo "
                     "City, where both Ministers were staying.\n\n1. Trade\n\n(1) Minister Sato stated that trade "
                     "matters.")
    assert [(m["date"], m["place"], m["people"]) for m in found] == [("2000-07-12", "Sapporo", ["Janis Ozols", "Taro Sato"])]


def test_on_the_same_day_after_a_day_told_of_no_meeting_two_paragraphs_up_is_that_day(meetings):
    [m] = meetings("Riga - The Red Cross of Latvia has collected relief for the victims of the floods of 6 February "
                   "2023 in Estonia.\n\nA national appeal\n\nWithin hours of the floods, the Society opened an "
                   "appeal. On the same day President Janis Ozols spoke by telephone with President of Estonia Jaan "
                   "Tamm.")
    assert (m["kind"], m["date"]) == ("telephone-talk", "2023-02-06")


def test_calls_received_from_leaders_are_telephone_talks_one_each(meetings):
    found = meetings("On 5 March 2012, President Janis Ozols received calls from King Harald of Norway and President of "
                     "Estonia Jaan Tamm.")
    assert sorted((m["kind"], m["people"]) for m in found) == [
        ("telephone-talk", ["Harald", "Janis Ozols"]), ("telephone-talk", ["Jaan Tamm", "Janis Ozols"])]


def test_the_contract_was_signed_by_a_and_b_names_the_signers_of_the_signing_just_told(meetings):
    found = meetings("On 24 August 2020, in Riga, the Ministry of Defence of Latvia and the Estonian Aircraft Works "
                     "signed a contract for the repair of aircraft.\n\nThe contract was signed by Deputy Minister of "
                     "Defence of Latvia Janis Ozols and Director Jaan Tamm. The ceremony was held in the presence of "
                     "the Minister of Economy of Latvia, Ivan Kask.")
    assert [(m["kind"], m["date"], m["people"]) for m in found] == [
        ("signing", "2020-08-24", ["Ivan Kask", "Jaan Tamm", "Janis Ozols"])]


def test_an_opening_on_the_same_day_times_a_later_clause_of_its_sentence(meetings):
    found = meetings("Reporting period: April 2021\nRiga, 5 May 2021\n\nThe fair took place from 5 to 7 April at the "
                     "Riga Expo.\n\nOn 5 April the Trade Representative took part in the opening plenary session, "
                     "which was addressed by Minister of Industry of Estonia Janis Ozols and Deputy Prime Minister Jaan "
                     "Tamm. On the same day Minister Ozols, accompanied by the Trade Representative, toured the "
                     "pavilions and held a working meeting with Deputy Prime Minister Tamm on industrial cooperation.")
    assert [m["date"] for m in found] == ["2021-04-05"]


def test_a_call_later_that_day_is_in_the_town_of_the_days_last_meeting(meetings):
    found = meetings("On 5 May 2023, President Janis Ozols held talks with President Jaan Tamm in Tartu.\n\nLater that "
                     "day the Ambassador of Latvia, Ivan Kask, called on Prime Minister Kaarel Lepik.")
    assert [(m["date"], m["place"]) for m in found if "Kaarel Lepik" in m["people"]] == [("2023-05-05", "Tartu")]


def test_telephone_conversations_with_several_leaders_are_one_each_though_the_caller_is_unnamed(meetings):
    found = meetings("17.09.2001\n\nThe head of state held telephone conversations with the President of Estonia, Jaan "
                     "Tamm, the President of Lithuania, Ona Kask, and the President of Finland, Mikko Virtanen.")
    assert sorted(m["people"] for m in found) == [["Jaan Tamm"], ["Mikko Virtanen"], ["Ona Kask"]]


def test_a_meeting_a_speaker_goes_on_to_is_still_ahead_and_one_he_went_on_to_was_held(meetings):
    assert [m["place"] for m in meetings(
        "Remarks by Secretary Jaan Tamm, Tashkent, March 1, 2023\n\nToday I met President Ivan Kask here in "
        "Tashkent. From here I go on to New Delhi for the G20 foreign ministers' meeting.")] == ["Tashkent"]
    [m] = meetings("On 1 March 2023, Minister Jaan Tamm went on to New Delhi for the G20 foreign ministers' meeting, "
                   "where he met Minister Ivan Kask.")
    assert m["place"] == "Delhi"  # its label; "New Delhi" is an alias


def test_the_following_day_counts_from_the_day_told_earlier_in_its_sentence(meetings):
    found = meetings("Riga, 15 April 2016\n\nMinister Janis Ozols recalled that he had last held talks with Minister "
                     "Jaan Tamm in Tallinn on September 21 last year, and that on the following day he had co-chaired "
                     "the session of the Latvia-Estonia Intergovernmental Committee in Tallinn.")
    assert sorted(m["date"] for m in found) == ["2015-09-21", "2015-09-22"]


def test_talks_where_a_trip_went_are_in_its_town(meetings):
    [m] = meetings("In October 2019 President Janis Ozols made a return trip to Beijing, where he held talks with "
                   "President Xi Jinping.")
    assert (m["date"], m["place"]) == ("2019-10", "Beijing")


def test_today_in_a_town_is_where_a_signing_during_a_visit_to_its_state_took_place(meetings):
    [m] = meetings("Riga, 12 May 2010\n\nToday in Tartu, during the official visit of the President of Latvia Janis "
                   "Ozols to the Republic of Estonia, the agreement on the bridge was signed by Minister Ivan Kask and "
                   "Minister Jaan Tamm.")
    assert (m["date"], m["place"]) == ("2010-05-12", "Tartu")


def test_leaders_who_met_many_times_held_no_one_meeting_unless_each_is_dated(meetings):
    found = meetings("Riga, 7 June 2018\n\nSince 2012, President Jaan Tamm and I have met many times, in Riga, in "
                     "Tallinn and at multilateral forums. Last year I met President Ivan Kask several times.\n\n"
                     "This year President Mart Laar and President Ona Kask have met several times, in Tartu in "
                     "January and in Parnu in March.")
    assert [(m["date"], m["people"]) for m in found] == [("2018-01", ["Mart Laar", "Ona Kask"]),
                                                        ("2018-03", ["Mart Laar", "Ona Kask"])]


def test_the_guests_received_are_the_visitor_and_whoever_accompanied_him(meetings):
    found = meetings("Riga, 5 May 2020\n\nIn October 2019, the President of the Baltic Rowing Federation, Jaan Tamm, "
                     "accompanied by the President of the Estonian Rowing Union, Mart Laar, paid an official visit to "
                     "Vilnius. On 21 October 2019 the guests were received by Minister of Physical Culture and Sport "
                     "Ona Kask.")
    [call] = [m for m in found if "Ona Kask" in m["people"]]
    assert call["people"] == ["Jaan Tamm", "Mart Laar", "Ona Kask"]


def test_ministers_with_us_today_and_a_delegation_headed_by_someone_attend_the_speechs_meeting(meetings):
    found = meetings("Speech by President Jaan Tamm at the third meeting of the Baltic Energy Council\n\nRiga, 23 "
                     "February 2017\n\nDear ministers,\n\nOur co-chair and I met yesterday evening to go over the "
                     "agenda.\n\nMinister of Energy of Estonia Mart Laar and Lithuania's Energy Minister Ona Kask are "
                     "with us today. The World Bank delegation is headed by Mr Ivan Ozols.")
    [council] = [m for m in found if m["date"] == "2017-02-23"]
    assert council["people"] == ["Ivan Ozols", "Jaan Tamm", "Mart Laar", "Ona Kask"]


def test_a_signing_told_again_with_its_day_takes_that_day(meetings):
    found = meetings("Riga, 7 November 2017\n\nThe Riga Zoo and the Tallinn Zoo have signed a memorandum of "
                     "cooperation. The document was signed in Tallinn during the Days of Riga in Tallinn, which took "
                     "place from 31 October to 3 November.\n\nThe memorandum was signed on Wednesday, 1 November, on "
                     "the territory of the Tallinn Zoo by Director Ivan Kask and Director Jaan Tamm.")
    assert [(m["kind"], m["date"], m["place"]) for m in found] == [("signing", "2017-11-01", "Tallinn")]


def test_where_a_meeting_just_told_took_place_is_its_place_and_no_meeting_of_its_own(meetings):
    found = meetings("Riga, 30 November 2012\n\nOn 27 November 2012, President Janis Ozols held talks with President "
                     "Jaan Tamm. The talks took place at the House of Receptions in Tartu.")
    assert [(m["date"], m["place"]) for m in found] == [("2012-11-27", "Tartu")]


def test_each_side_signing_it_is_the_signing_told_before(meetings):
    found = meetings("Riga, 30 November 2012\n\nOn 27 November 2012, the Government of Latvia and the country's "
                     "brewers signed a memorandum on the development of brewing.\n\nOn behalf of the Government the "
                     "memorandum was signed by Minister of Agriculture Janis Ozols. On behalf of the brewers it was "
                     "signed by the President of the Union of Brewers of Latvia, Jaan Tamm.")
    assert [(m["kind"], m["date"], m["people"]) for m in found] == [("signing", "2012-11-27", ["Jaan Tamm", "Janis Ozols"])]


def test_the_years_a_plan_runs_are_no_span_of_days_that_hides_the_releases_day(meetings):
    found = meetings("NEWS RELEASE No. 014/2024\nRiga, 31 January 2024\n\nLATVIA AND ESTONIA SIGN JOINT ACTION PLAN FOR "
                     "2024-2026\n\nA Plan of Joint Activities for 2024-2026 between the Ministry of the Interior of "
                     "Latvia and the Ministry of the Interior of Estonia was signed in Riga today, Wednesday.\n\nThe "
                     "document was signed by Minister Janis Ozols and Minister Jaan Tamm, who is in Latvia on an "
                     "official visit.\n\nTALKS AT THE MINISTRY\n\nThe two ministers then met at the Ministry's "
                     "headquarters in Riga.")
    assert {m["date"] for m in found} == {"2024-01-31"}


def test_when_a_and_b_signed_is_on_the_day_and_in_the_town_of_the_clause_it_follows(meetings):
    [m] = meetings("Riga, 5 May 2019\n\nThe agreement was negotiated in record time. Its negotiations were "
                   "substantially concluded on 5 October 2016 in Tartu, when visiting Estonian Minister Jaan Tamm and "
                   "Latvian Minister Janis Ozols signed a memorandum of understanding.")
    assert (m["kind"], m["date"], m["place"]) == ("signing", "2016-10-05", "Tartu")


@pytest.mark.parametrize("clause", ["during which Deputy Minister Jaan Tamm paid a courtesy call on him",
                                    "in the framework of which Deputy Minister Jaan Tamm paid a courtesy call on him"])
def test_a_call_during_an_earlier_meeting_is_on_its_day_in_its_town(meetings, clause):
    found = meetings(f"Riga, June 17, 2009\n\nMinister Janis Ozols referred to the fourth Baltic-Japan meeting held in "
                     f"Tokyo on February 19, {clause}.")
    [call] = [m for m in found if m["kind"] == "courtesy-call"]
    assert (call["date"], call["place"]) == ("2009-02-19", "Tokyo")


def test_a_committee_that_meets_twice_a_year_held_no_meeting_by_saying_so(meetings):
    found = meetings("Riga, 14 June 2019\n\nOn 14 June, the 16th meeting of the Latvian-Estonian Joint Committee on the "
                     "Gauja River was held in Riga.\n\nThe Latvian delegation was headed by Janis Ozols, Co-Chairman of "
                     "the Committee. The Estonian delegation was headed by Jaan Tamm.\n\nHe recalled that the Agreement "
                     "on the Gauja River was signed in Tallinn on 3 September 2010. According to the agreement, the "
                     "Committee meets twice a year, alternately in Latvia and in Estonia.")
    assert sorted((m["date"], m["place"]) for m in found) == [("2010-09-03", "Tallinn"), ("2019-06-14", "Riga")]


@pytest.mark.parametrize("opening", ["Before signing the agreement", "Ahead of the signing"])
def test_a_meeting_before_the_signing_is_on_the_signings_day_and_in_its_town(meetings, opening):
    found = meetings("Riga, 25 March 2022\n\nThe Latvian Paralympic Committee and the Estonian Paralympic Committee "
                     "signed a cooperation agreement in Tartu during the Games, which were held from 18 to 21 March "
                     "2022.\n\nThe document was signed by the President of the Latvian Paralympic Committee, Janis Ozols, "
                     "and the President of the Estonian Paralympic Committee, Jaan Tamm.\n\nThe agreement provides for "
                     f"joint training camps.\n\n{opening}, Janis Ozols and Jaan Tamm held a working meeting, at which they "
                     "discussed the calendar.")
    assert {(m["date"], m["place"]) for m in found} == {("2022-03", "Tartu")}


def test_a_meeting_during_a_stay_of_untold_length_is_in_its_month(meetings):
    found = meetings("Riga, 7 September 2019\n\nOn 5 September, Parliamentary Vice-Minister Janis Ozols visited Estonia. "
                     "During his stay, Vice-Minister Ozols also exchanged views with Minister Jaan Tamm.")
    [talk] = [m for m in found if "Jaan Tamm" in m["people"]]
    assert talk["date"] == "2019-09"


def test_an_opening_ceremony_attended_by_a_list_on_a_campus_is_the_inauguration_told(meetings):
    [m] = meetings("Tartu, 29 November 2010\n\nThe Latvian Centre at Free University of Tartu was inaugurated on Friday, "
                   "26 November 2010, at a ceremony on the university campus in Tartu.\n\nThe opening ceremony was "
                   "attended by the Deputy Minister of Education of Estonia, Mart Laar; the Rector of Free University, "
                   "Jaan Tamm; and a delegation of the University of Latvia headed by Deputy Rector Janis Ozols.")
    assert (m["date"], m["place"], m["people"]) == ("2010-11-26", "Tartu", ["Jaan Tamm", "Janis Ozols", "Mart Laar"])


def test_those_who_represent_their_states_today_and_chair_our_meeting_attend_the_speechs_meeting(meetings):
    found = meetings("Speech by President Jaan Tamm at the Fifth Ministerial Meeting of the Baltic Energy Council\n\n"
                     "20 February 2019, Riga\n\nFirst of all, I would like to welcome Commissioner Mart Laar, who "
                     "co-chairs our meeting today. Here I want to thank the Government of Lithuania, represented today "
                     "by Undersecretary of the Ministry of Economy Ona Kask.\n\nI wish the meeting success.")
    assert [(m["date"], m["people"]) for m in found] == [("2019-02-20", ["Jaan Tamm", "Mart Laar", "Ona Kask"])]


def test_a_signing_in_a_when_clause_of_a_month_is_in_that_month(meetings):
    found = meetings("Speech by President Jaan Tamm\n\nRiga, 20 February 2019\n\nOur cooperation goes back to January "
                     "2011, when the President of the European Commission, Mart Laar, and I signed in Vilnius the Joint "
                     "Declaration on the Baltic Gas Corridor.")
    [signing] = [m for m in found if m["kind"] == "signing"]
    assert (signing["date"], signing["place"], signing["agreements"]) == (
        "2011-01", "Vilnius", ["Joint Declaration on the Baltic Gas Corridor"])


def test_a_call_received_by_a_president_yesterday_is_the_speakers_and_in_the_speechs_town(meetings):
    found = meetings("Foreign Minister Janis Ozols's remarks at a joint news conference following talks with Foreign "
                     "Minister Jaan Tamm, Tallinn, October 9, 2019\n\nColleagues,\n\nYesterday, President of Estonia "
                     "Mart Laar received our delegation.")
    [call] = [m for m in found if m["kind"] == "courtesy-call"]
    assert (call["date"], call["people"]) == ("2019-10-08", ["Janis Ozols", "Mart Laar"])


def test_the_day_of_a_meeting_is_its_local_day_not_that_of_another_time_zone(meetings):
    [m] = meetings("Riga, April 8, 2022\n\nOn Thursday, April 7, commencing at 5:10 p.m. local time (12:10 a.m. on April "
                   "8, Riga time) for approximately 20 minutes, Mr. Janis Ozols, Minister for Foreign Affairs of Latvia, "
                   "held a Foreign Ministers' Meeting with Mr. Jaan Tamm, Minister of Foreign Affairs of Estonia.")
    assert m["date"] == "2022-04-07"


def test_a_decree_or_law_one_leader_signs_is_no_meeting(meetings):
    found = meetings("Riga, 13 April 2010\n\nOn 29 August 1991 I signed the decree closing that site forever. In July, "
                     "President Ivan Kask signed the law on the free port. Minister Ivan Kask and Minister Jaan Tamm "
                     "signed a joint order on border crossings.")
    assert [(m["kind"], m["people"]) for m in found] == [("signing", ["Ivan Kask", "Jaan Tamm"])]


def test_pleasure_at_meeting_someone_again_is_the_meeting_told_not_another(meetings):
    found = meetings("Riga, June 18, 1999\n\nOn June 18, Prime Minister Janis Ozols held a meeting with President Jaan "
                     "Tamm in Riga.\n\n1. Background\n\nIn May, Minister Ivan Kask visited Tallinn and held a meeting "
                     "with Minister Mart Laar.\n\n2. Overall relations\n\n(1) At the outset, Prime Minister Ozols "
                     "expressed his pleasure at meeting the President again.")
    assert [(m["date"], m["people"]) for m in found] == [("1999-05", ["Ivan Kask", "Mart Laar"]),
                                                         ("1999-06-18", ["Jaan Tamm", "Janis Ozols"])]


def test_talks_a_leader_is_expected_or_due_to_hold_are_not_held_yet_but_name_the_two_presidents(meetings):
    found = meetings("RIGA, Dec 5, 2014 (Wire) - Latvian President Janis Ozols held talks with Estonian President Jaan Tamm "
                     "in Riga on Friday. After lunch, Ozols was due to address a business forum.\n\nOn his way home on "
                     "Saturday, Tamm is expected to stop in Vilnius for talks with Lithuanian President Ona Kask, the "
                     "first meeting between the two leaders since the crisis began, sources said. The two presidents "
                     "last met on the sidelines of the summit in Brisbane in November.")
    assert [(m["date"], m["place"], m["people"]) for m in found] == [
        ("2014-11", "Brisbane", ["Jaan Tamm", "Ona Kask"]), ("2014-12-05", "Riga", ["Jaan Tamm", "Janis Ozols"])]


def test_a_signing_ceremony_of_an_agreement_the_speaker_attended_is_a_signing(meetings):
    found = meetings("Address by Janis Ozols, President of the Latvian Development Agency\n\nTallinn, January 22, 2025\n\n"
                     "The day before, on January 20, I attended the signing ceremony of the loan agreement for the "
                     "Health Care Improvement Project.")
    assert [(m["kind"], m["date"], m["people"]) for m in found] == [("signing", "2025-01-20", ["Janis Ozols"])]


def test_negotiations_held_in_two_towns_in_two_months_are_two_meetings_not_the_summit_they_followed(meetings):
    found = meetings("Riga, September 25, 2019\n\nMinister Ozols recalled that his predecessor, Mr. Jaan Tamm, had held "
                     "negotiations with Minister Ivan Kask in Moscow in January and in Munich in February of this year, "
                     "following the agreement of the two leaders in Singapore in November 2018.")
    assert [(m["date"], m["place"], m["people"]) for m in found] == [
        ("2019-01", "Moscow", ["Ivan Kask", "Jaan Tamm"]), ("2019-02", "Munich", ["Ivan Kask", "Jaan Tamm"])]


def test_a_signing_told_again_with_its_town_and_attendees_is_the_one_signing(meetings):
    found = meetings("Tartu, 10 April 2013\n\nLatvian Glass Ltd announces that on Monday, 8 April 2013, it signed a "
                     "memorandum of understanding with the Administration of Tartu County on a new plant.\n\nThe "
                     "memorandum was signed in Tallinn following talks with the regional leadership. On the Estonian "
                     "side, the signing was attended by Jaan Tamm, Governor of Tartu County, and Mart Laar, Deputy "
                     "Chairman of the Board of the Estonian Investment Fund.")
    assert [(m["kind"], m["date"], m["place"], m["people"]) for m in found] == [
        ("signing", "2013-04-08", "Tallinn", ["Jaan Tamm", "Mart Laar"])]


def test_a_governor_who_received_a_companys_delegation_met_it(meetings):
    found = meetings("Riga, 10 April 2013\n\nOn 8 April, Governor Jaan Tamm received the Company's delegation at the "
                     "regional administration in Tartu.")
    assert [(m["date"], m["place"], m["people"]) for m in found] == [("2013-04-08", "Tartu", ["Jaan Tamm"])]


def test_a_month_told_after_last_year_in_a_sentence_is_of_the_year_before(meetings):
    found = meetings("Sochi, September 28, 2020\n\nLast year, during the state visit of President Jaan Tamm to Riga in "
                     "March, President Janis Ozols and he agreed to hold the Year of Latvia in Estonia.")
    assert [m["date"] for m in found] == ["2019-03"]


def test_the_second_day_of_the_visit_is_no_visit_of_its_own_and_a_meeting_due_is_not_held(meetings):
    found = meetings("RIGA, Aug 30, 2017 (Wire) - Estonian President Jaan Tamm held talks with Latvian President Janis "
                     "Ozols on Tuesday.\n\nOn Wednesday, the second day of the visit, Tamm was due to meet Prime "
                     "Minister Ivan Kask, the Latvian government said.")
    assert [(m["date"], m["people"]) for m in found] == [("2017-08-29", ["Jaan Tamm", "Janis Ozols"])]


def test_talks_some_days_before_a_release_with_no_town_are_in_the_releases_town_of_that_week(meetings):
    found = meetings("Tartu, 29 November 2010\n\nThe Latvian Centre was inaugurated on Friday, 26 November 2010, at a "
                     "ceremony in Tartu attended by Minister Mart Laar and Ambassador Ivan Kask.\n\nOn the eve of the "
                     "opening, on Thursday, 25 November, Deputy Rector Jaan Tamm and Rector Janis Ozols held working "
                     "talks at the University on the first-year plan.")
    assert [(m["date"], m["place"]) for m in found] == [("2010-11-25", "Tartu"), ("2010-11-26", "Tartu")]


def test_talks_some_days_before_a_release_abroad_that_week_are_not_in_the_releases_town(meetings):
    found = meetings("Tartu, 22 January 2024\n\nOn 18 January, Minister Mart Laar held talks with Minister Ivan Kask in "
                     "Berlin.\n\nOn 19 January, the Minister met Director Jaan Tamm of the World Bank.")
    assert [(m["date"], m["place"]) for m in found] == [("2024-01-18", "Berlin"), ("2024-01-19", None)]


def test_a_town_that_names_a_team_is_not_where_the_talks_were(meetings):
    found = meetings("Riga, 30 January 2025\n\nMinister Janis Ozols held talks with the Tallinn and Vilnius teams of Mayor "
                     "Jaan Tamm in December.")
    assert [m["place"] for m in found] == [None]


def test_the_day_before_an_hour_the_parser_ends_a_sentence_at_is_the_meetings_day(meetings):
    found = meetings("Ministry of Foreign Affairs of Latvia\n\nLatvia-Estonia Relations\n\nOutline of the Latvia-Estonia "
                     "Foreign Ministers' Meeting on the Occasion of the United Nations General Assembly\n\n15 September "
                     "2000\n\nOn 14 September, beginning at 10:50 a.m. local time (11:50 p.m. Riga time) and lasting for "
                     "approximately 50 minutes, Mr. Janis Ozols, Minister for Foreign Affairs of Latvia, held a meeting "
                     "with H.E. Mr. Jaan Tamm, Minister of Foreign Affairs of Estonia, in New York.")
    assert [m["date"] for m in found] == ["2000-09-14"]


def test_the_days_of_a_list_of_contacts_date_each_meeting(meetings):
    found = meetings("Riga, 15 September 2000\n\n(Reference) Recent Latvia-Estonia high-level contacts in 2000\n"
                     "- 11 February: Foreign Ministers' Meeting (Tallinn)\n- 13 July: Foreign Ministers' Meeting (Moscow)\n"
                     "- 14 September: Foreign Ministers' Meeting (New York)")
    assert [(m["date"], m["place"]) for m in found] == [
        ("2000-02-11", "Tallinn"), ("2000-07-13", "Moscow"), ("2000-09-14", "New York City")]


def test_a_mayor_who_received_the_visiting_president_by_his_demonym_met_him(meetings):
    found = meetings("Riga, January 26, 2002\n\nPresident Janis Ozols held talks with President of the Republic of "
                     "Estonia Jaan Tamm.\n\nThe Mayor of Riga, Ivan Kask, received the Estonian President at the city "
                     "council.")
    assert ["Ivan Kask", "Jaan Tamm"] in [m["people"] for m in found]


def test_those_at_the_hosts_side_at_the_ceremony_signed_with_him(meetings):
    found = meetings("TALLINN, May 5 - The presidents of Estonia, Latvia and Lithuania on Thursday signed a declaration "
                     "backing a new rail line.\n\nEstonian President Jaan Tamm hosted the ceremony at the Kadriorg "
                     "palace, with Latvia's Janis Ozols and Lithuania's Jonas Petraitis at his side.\n\nFinnish Minister "
                     "Mikko Virtanen, who flew in for the occasion, signed the document as a witness.")
    assert [(m["kind"], m["people"]) for m in found] == [
        ("signing", ["Jaan Tamm", "Janis Ozols", "Jonas Petraitis", "Mikko Virtanen"])]


def test_a_signing_following_talks_the_text_names_no_office_for_is_its_own_step(meetings):
    found = meetings("Riga, 26 September 2000\n\nJanis Ozols held talks with President of Estonia Jaan Tamm.\n\n"
                     "Following the talks, Janis Ozols and Jaan Tamm signed the Declaration on Allied Cooperation.")
    assert [m["kind"] for m in found] == ["other", "signing"]


def test_days_ago_count_from_the_day_of_the_speech(meetings):
    found = meetings("Speech by President Jaan Tamm\n\n31 October 1998\n\nJust two days ago, in Riga, President Janis "
                     "Ozols and I signed the Riga Declaration on the pipeline.")
    assert [m["date"] for m in found] == ["1998-10-29"]


def test_the_parties_signing_after_the_talks_sign_on_the_talks_day_not_the_releases(meetings):
    found = meetings("Tartu, 6 January 2022\n\nThe Tartu Opera has returned from a short visit to Latvia, during which "
                     "it signed a memorandum with the Latvian National Opera.\n\nOn 4 January, the management of the "
                     "two theatres met in Riga to discuss a joint season. Following the talks, the parties signed a "
                     "Memorandum on Cooperation between the Estonian State Opera and the National Opera of Latvia.")
    assert ("signing", "2022-01-04", "Riga") in [(m["kind"], m["date"], m["place"]) for m in found]


def test_talks_between_two_governments_and_their_signing_are_meetings_of_those_states(meetings):
    found = meetings("Tartu, 28 April 2022\n\nThe talks between the Government of Estonia and the Government of Latvia "
                     "on the fishing season were concluded on Friday, April 22.\n\nThe agreement was formally signed by "
                     "the two governments on Monday, April 25.")
    assert [(m["kind"], m["date"], m["countries"]) for m in found] == [
        ("other", "2022-04-22", ["Estonia", "Latvia"]), ("signing", "2022-04-25", ["Estonia", "Latvia"])]


def test_the_same_day_is_not_that_of_a_meeting_told_as_held_before(meetings):
    found = meetings("Latvia-Estonia Foreign Ministers' Meeting\n\nNovember 25, 2009\n\nOn Wednesday, November 25, Mr. "
                     "Janis Ozols, Minister for Foreign Affairs, held a Foreign Ministers' Meeting with Mr. Jaan Tamm, "
                     "Minister of Foreign Affairs of Estonia, in Riga.\n\nMinister Tamm briefed Minister Ozols on the "
                     "meeting between President Ivan Kask of Lithuania and President Mikko Virtanen of Finland, which "
                     "had been held in Oslo on Sunday, November 22.\n\nEarlier the same day, Minister Tamm paid a "
                     "courtesy call on Mr. Peeter Saar, Speaker of the Parliament.")
    call = next(m for m in found if m["kind"] == "courtesy-call")
    assert call["date"] == "2009-11-25"


def test_talks_held_on_a_trip_take_the_travellers_time_and_place(meetings):
    found = meetings("Tartu, 16 April 2011\n\nThe visit caps two years of contacts. Latvia's Foreign Minister Janis "
                     "Ozols travelled to Tallinn in May last year, holding talks with Foreign Minister Jaan Tamm and "
                     "calling on Prime Minister Ivan Kask.")
    assert [(m["kind"], m["date"], m["place"], m["people"]) for m in found] == [
        ("courtesy-call", "2010-05", "Tallinn", ["Ivan Kask", "Janis Ozols"]),
        ("foreign-ministers-meeting", "2010-05", "Tallinn", ["Jaan Tamm", "Janis Ozols"])]


def test_the_talks_of_the_two_leaders_after_a_deputys_welcome_are_the_leaders_summit(meetings):
    found = meetings("Riga, 26.10.2017\n\nThe state visit of President Jaan Tamm of Estonia to Latvia at the invitation "
                     "of President Janis Ozols has concluded.\n\nOn 25 October President Tamm was met at the airport by "
                     "Deputy Prime Minister of Latvia Ivan Kask.\n\nThe talks of the two leaders began in a narrow "
                     "format. President Ozols recalled that the meeting of the two leaders in Tartu in November 2016 had "
                     "become a turning point.\n\nFollowing the talks, the heads of state signed a Joint Declaration.")
    told = [(m["kind"], m["date"], m["place"], m["people"]) for m in found]
    assert ("summit", "2016-11", "Tartu", ["Jaan Tamm", "Janis Ozols"]) in told
    signing = next(m for m in found if m["kind"] == "signing")
    assert signing["people"] == ["Jaan Tamm", "Janis Ozols"] and signing["date"] != "2016-11"
    assert any(m["kind"] == "summit" and m["date"] and m["date"].startswith("2017") for m in found)


def test_he_in_a_visit_during_which_he_held_a_summit_is_the_visitor(meetings):
    found = meetings("Tokyo, 11 July 2024\n\nDeputy Minister Jaan Tamm held consultations with Ambassador Janis Ozols. "
                     "He noted that the official visit to Latvia by President Ivan Kask in December 2019, during which "
                     "he held a summit meeting with Prime Minister Peeter Saar, had opened a new stage.")
    summit = next(m for m in found if m["date"] == "2019-12")
    assert summit["people"] == ["Ivan Kask", "Peeter Saar"]


def test_how_consultations_are_held_and_a_summit_being_prepared_are_no_meetings(meetings):
    found = meetings("Riga, 11 July 2024\n\nThe Latvia-Estonia Political Consultations are held between the Ministries "
                     "of Foreign Affairs of Latvia and Estonia.\n\nAmbassador Janis Ozols explained that Latvia attaches "
                     "importance to the first summit meeting of the Dialogue, which is being prepared to take place in "
                     "Estonia.")
    assert found == []



def test_the_leaders_things_are_presented_to_did_not_attend_the_talks(meetings):
    found = meetings("By Janis Ozols, Minister of Economy\n\nRiga, 20 December 2018\n\nIn February, Prime Minister Ivan "
                     "Kask and President Peeter Saar agreed on a plan of cooperation.\n\nAt the end of April, I "
                     "travelled to Tallinn, where I held talks with First Deputy Prime Minister Jaan Tamm and confirmed "
                     "the list of projects to be presented to the leaders.")
    talks = next(m for m in found if m["date"] == "2018-04")
    assert "Ivan Kask" not in talks["people"] and "Peeter Saar" not in talks["people"]


def test_a_meeting_told_in_a_where_clause_is_in_the_town_it_hangs_on(meetings):
    found = meetings("Speech by President Jaan Tamm\n\nTartu, 7 September 2013\n\nI arrived in Tartu yesterday evening "
                     "from Riga, where I met President Janis Ozols on the margins of the summit.")
    assert [m["place"] for m in found] == ["Riga"]


def test_a_date_in_a_clause_about_a_thing_the_signing_names_is_not_the_signings(meetings):
    found = meetings("Riga, 22 August 2014\n\nOn 21 August President Jaan Tamm held talks with President Janis Ozols. "
                     "Following the talks, the two Presidents signed the Joint Declaration on a Comprehensive Strategic "
                     "Partnership, which raises bilateral relations from the strategic partnership declared in 2011.")
    assert [m["date"] for m in found if m["kind"] == "signing"] == ["2014-08-21"]


def test_a_visit_the_speaker_expects_someone_to_pay_is_no_meeting(meetings):
    assert meetings("Riga, 23 February 2018\n\nWe expect President Jaan Tamm to pay a state visit to Latvia later "
                    "this year.") == []


def test_a_meeting_in_a_building_of_an_untold_town_is_in_that_building_not_the_state(meetings):
    found = meetings("Visit to Latvia by President Jaan Tamm\n\nApril 16, 2015\n\nPresident Jaan Tamm of Estonia paid an "
                     "official visit to Latvia from April 13 to 16.\n\nDuring the visit, on April 15, President Tamm was "
                     "received in audience by King Janis of Latvia at the Imperial Palace.")
    assert [(m["kind"], m["place"]) for m in found] == [("visit", "Latvia"), ("courtesy-call", "Imperial Palace")]


def test_following_the_talks_the_signers_held_not_talks_of_others_just_recalled(meetings):
    found = meetings("Riga, 4 May 2013\n\nOn 3 May Minister of Foreign Affairs Jaan Tamm held talks in Riga with Minister "
                     "of Foreign Affairs Janis Ozols. Mr. Tamm informed his counterpart about the results of the talks "
                     "between the group and Iran, which were held in Almaty in February. Following the talks, Jaan Tamm "
                     "and Janis Ozols signed the Programme of Cooperation between the two ministries.")
    assert [(m["date"], m["place"]) for m in found if m["kind"] == "signing"] == [("2013-05-03", "Riga")]


def test_a_readout_dated_to_a_month_dates_and_places_its_undated_talks_then_and_there(meetings):
    found = meetings("Foreign Minister visits Latvia\n\nRiga, March 2013\n\nMinister of Foreign Affairs of Estonia Jaan "
                     "Tamm paid an official visit to Latvia at the invitation of Foreign Minister Janis Ozols.\n\nOn the "
                     "first day of the visit the two ministers held talks at the Ministry of Foreign Affairs. The "
                     "following day, Minister Tamm was received by President Peeter Kask.")
    talks = [m for m in found if m["kind"] != "visit"]
    assert sorted((m["date"], m["place"], m["people"][-1]) for m in talks) == [("2013-03", "Riga", "Janis Ozols"),
                                                                             ("2013-03", "Riga", "Peeter Kask")]


def test_a_list_items_day_and_town_date_and_place_its_paragraph(meetings):
    found = meetings("Circular to members\n\nValmiera, 24 November 2023\n\nThe mission took place from 14 to 17 "
                     "November 2023.\n\n(a) Tuesday, 14 November, Tallinn. On arrival, Governor Jaan Tamm held talks "
                     "with Mayor Peeter Kask on the city's port.\n\n(b) Wednesday, 15 November. Governor Tamm and Mr "
                     "Janis Ozols met Mr Andres Kivi at the headquarters of the Estonian Chamber of Commerce.")
    assert [(m["date"], m["place"]) for m in found] == [("2023-11-14", "Tallinn"), ("2023-11-15", None)]


def test_a_year_a_sentence_is_about_dates_the_months_after_it(meetings):
    found = meetings("Riga, 12 March 2015\n\nOutside Europe, 1997 was the year of his greatest successes. In March "
                     "he stood beside President Jaan Tamm at the Helsinki summit with President Peeter Kask.")
    assert [(m["date"], m["place"]) for m in found] == [("1997-03", "Helsinki")]


def test_the_order_a_signing_follows_neither_dates_it_nor_attends_it(meetings):
    found = meetings("Riga, 27 February 2021\n\nToday, a ceremony was held in Riga for the signing of the agreement "
                     "on the transfer of the Latvian lottery to Kask Holding.\n\nThe agreement was concluded on the basis "
                     "of the Order of the President of the Republic of Latvia Janis Ozols of 16 January 2021 on the "
                     "lottery.\n\nThe ceremony was attended by Jaan Tamm, Chairman of the Board of Kask Holding, and "
                     "the Ambassador of the Republic of Estonia to Latvia Peeter Kivi.")
    assert [(m["date"], m["place"], m["people"]) for m in found] == [("2021-02-27", "Riga", ["Jaan Tamm", "Peeter Kivi"])]


def test_a_meeting_co_chaired_by_a_and_b_is_theirs(meetings):
    found = meetings("Riga, 6 August 2019\n\nOn 5 August 2019, Riga hosted the first meeting of the Latvia-Estonia "
                     "Joint Strategy Group. The meeting was co-chaired by the Minister of Foreign Affairs of the "
                     "Republic of Latvia Janis Ozols and the Minister of Foreign Affairs of the Republic of Estonia "
                     "Jaan Tamm.")
    assert [(m["date"], m["people"]) for m in found] == [("2019-08-05", ["Jaan Tamm", "Janis Ozols"])]


def test_a_ceremony_told_three_paragraphs_before_its_signers_is_their_signing(meetings):
    found = meetings("News\n\n07-04-2015\n\nOn Tuesday, 7 April, a signing ceremony of a Cooperation Memorandum "
                     "between the Latvian National Library and the National Library of Estonia was held in Riga.\n\n"
                     "The ceremony was opened by the director of the Latvian National Library, Professor Janis Ozols."
                     "\n\nThe memorandum provides for the exchange of books and of old editions.\n\nThe memorandum was "
                     "then signed by the two parties - by Professor Janis Ozols for the Latvian National Library and "
                     "by Professor Jaan Tamm, director of the National Library of Estonia.")
    assert [(m["kind"], m["date"], m["people"]) for m in found] == [
        ("signing", "2015-04-07", ["Jaan Tamm", "Janis Ozols"])]


def test_a_meeting_placed_only_in_a_state_is_in_the_town_of_that_state_it_names(meetings):
    found = meetings("Riga, 6 August 2019\n\nOn 5 August, Minister Janis Ozols held talks with Minister Jaan Tamm in "
                     "Riga. The previous programme was signed by the two ministers in Tallinn in April 2017, when "
                     "Minister Ozols visited Estonia for consultations. The decision to set up the Council was taken "
                     "by the two presidents in Tallinn during the visit of President Peeter Kask to Estonia in April "
                     "2018.")
    assert [m["place"] for m in found if m["date"] in ("2017-04", "2018-04")] == ["Tallinn", "Tallinn"]


def test_he_in_a_when_clause_about_a_visit_is_the_visitor(meetings):
    found = meetings("Riga, 8 March 2024\n\nMinister Janis Ozols met Minister Jaan Tamm in Riga. He added that the "
                     "visit of President Peeter Kask to Riga in December 2019, when he held a summit meeting with then "
                     "Prime Minister Andris Berzins, remains the cornerstone of relations.")
    assert ["Andris Berzins", "Peeter Kask"] in [m["people"] for m in found]
    assert not any("Jaan Tamm" in m["people"] and "Andris Berzins" in m["people"] for m in found)


def test_meetings_a_programme_includes_are_no_events_yet(meetings):
    found = meetings("RIGA, Aug 22, 2016 (Baltic Wire) - President Jaan Tamm held talks with President Janis Ozols on "
                     "Monday. Tamm's programme for Tuesday includes meetings with Prime Minister Anna Kalnina and the "
                     "Speaker of the Saeima, Peteris Kivi.")
    assert [m["people"] for m in found] == [["Jaan Tamm", "Janis Ozols"]]


def test_a_place_in_a_clause_about_a_thing_named_is_not_the_meetings(meetings):
    found = meetings("RIGA, July 19, 2022 (Baltic Wire) - The three presidents, Jaan Tamm, Janis Ozols and Peeter "
                     "Kask, met for the seventh summit of the Baltic format, a format launched in Tallinn in 2017.")
    assert [(m["date"], m["place"]) for m in found] == [("2022-07-19", "Riga")]


def test_a_things_founding_year_told_at_a_meeting_does_not_date_it_and_a_signing_after_the_discussion_is_apart(
        meetings):
    found = meetings("Riga, 26 April 2018\n\nA delegation of the Tartu Botanical Garden, headed by its director Jaan "
                     "Tamm, visited the Latvian Botanical Garden on 26 April. The guests were received by the director "
                     "of the Latvian Botanical Garden, Janis Ozols. At the meeting, Mr. Ozols informed the delegation "
                     "about the history of the Garden, founded in 1922 on the banks of the Daugava. Following the "
                     "discussion, a memorandum of understanding between the two gardens was signed by Janis Ozols and "
                     "Jaan Tamm.")
    assert sorted((m["kind"], m["date"]) for m in found if m["kind"] != "visit") == [
        ("courtesy-call", "2018-04-26"), ("signing", "2018-04-26")]


def test_a_town_a_possessive_names_is_not_where_its_people_met(meetings):
    found = meetings("Riga, 26 April 2018\n\nThe visit follows contacts made last autumn, when the head of the "
                     "Garden's laboratory, Dr. Anna Kalnina, took part in a conference on plant introduction held in "
                     "Tartu in September 2017.")
    assert [(m["date"], m["place"]) for m in found] == [("2017-09", "Tartu")]


def test_a_session_held_over_two_days_is_dated_to_its_first_but_a_visit_to_its_month(meetings):
    found = meetings("Riga, 6 August 2019\n\nThe ministers noted the outcome of the meeting of the Latvia-Estonia "
                     "Intergovernmental Commission, held in Tallinn on 22-23 July 2019. Minister Jaan Tamm paid a visit "
                     "to Riga on 3-5 May 2017.")
    assert [(m["kind"], m["date"]) for m in found] == [("visit", "2017-05"), ("intergovernmental-committee", "2019-07-22")]


def test_a_dialogue_a_document_provides_for_is_yet_to_come(meetings):
    found = meetings("Riga, 20 February 2020\n\nLatvia-Estonia documents signed\n\nAfter the meeting, President Jaan "
                     "Tamm and Prime Minister Janis Ozols signed the Joint Declaration on Strengthening the Strategic "
                     "Partnership between the Republic of Estonia and the Republic of Latvia. The document, described by "
                     "the Estonian side as the highest-level political document ever concluded between the two "
                     "countries, reaffirms their support for each other's sovereignty and territorial integrity and "
                     "provides for a regular Strategic Dialogue between the foreign ministries.")
    assert [m["kind"] for m in found] == ["signing"]


def test_a_yearless_wire_is_dated_by_its_weekday_after_what_it_recalls_not_the_year_it_pledges_for(meetings):
    found = meetings("TARTU, Estonia, Nov 2 (Wire) - President Jaan Tamm and Prime Minister Janis Ozols wound up two "
                     "days of talks in Tartu on Sunday with a pledge to sign a treaty by the year 2000.\n\nThe two men "
                     "first met in Riga in 1996. Tamm is due in Vilnius next weekend for a three-day visit to "
                     "Lithuania.")
    assert [(m["date"], m["place"]) for m in found if m["date"] and m["date"].startswith("1997")] == [
        ("1997-11-02", "Tartu")]
    assert not any(m["place"] == "Vilnius" or m["date"] == "2000" for m in found)


def test_the_meeting_just_told_named_again_in_its_town_by_another_name_is_the_same(meetings):
    found = meetings("RIGA, March 29, 2019 (Wire) - President Jaan Tamm and Prime Minister Janis Ozols held their first "
                     "formal meeting in Riga on Friday.\n\nThe summit, in a hotel in the Latvian capital, was hosted by "
                     "the mediators Peeter Kask and Andris Berzins.")
    assert [(m["place"], m["people"]) for m in found] == [
        ("Riga", ["Andris Berzins", "Jaan Tamm", "Janis Ozols", "Peeter Kask"])]


def test_he_in_a_when_clause_about_the_date_of_a_visit_is_the_visitor(meetings):
    found = meetings("Riga, 7 June 2012\n\nMinister Peeter Kask welcomed Minister Jaan Tamm to Latvia, recalling that "
                     "Minister Tamm had last visited Riga in November 2009, when he held talks with the then Minister for "
                     "Foreign Affairs, Mr. Janis Ozols.")
    assert not any("Peeter Kask" in m["people"] for m in found if m["date"] == "2009-11")


def test_a_title_with_a_nationality_names_the_holder_of_that_state(meetings):
    found = meetings("Riga, 7 June 2012\n\nMinister Peeter Kask welcomed Minister of Foreign Affairs of Estonia Jaan "
                     "Tamm to Latvia, recalling that the Estonian Foreign Minister had last visited Riga in November "
                     "2009, when he held talks with the then Minister for Foreign Affairs, Mr. Janis Ozols.")
    [talks] = [m for m in found if m["date"] == "2009-11"]
    assert "Jaan Tamm" in talks["people"] and "Peeter Kask" not in talks["people"]


def test_a_signing_in_their_presence_is_witnessed_by_those_who_just_met(meetings):
    found = meetings("Riga, 14 May 2019\n\nPresident of Latvia Jaan Tamm held talks with President of Estonia Peeter "
                     "Kask in Riga on 14 May.\n\nIn their presence, Minister of Economics Janis Ozols then signed, with "
                     "Estonian Minister of Economic Affairs Andris Berzins, an agreement on a gas interconnector.")
    [signing] = [m for m in found if m["kind"] == "signing"]
    assert signing["people"] == ["Andris Berzins", "Jaan Tamm", "Janis Ozols", "Peeter Kask"]
    assert (signing["date"], signing["place"]) == ("2019-05-14", "Riga")


def test_one_signs_with_two_counterparts_at_one_ceremony(meetings):
    found = meetings("Riga, 14 May 2019\n\nOn 14 May in Riga, Minister of Finance Janis Ozols signed, with Minister of "
                     "Foreign Affairs Jaan Tamm and with Peeter Kask, President of the Baltic Development Agency, the "
                     "exchange of notes and the loan agreement for the Port Project.")
    assert [m["people"] for m in found if m["kind"] == "signing"] == [["Jaan Tamm", "Janis Ozols", "Peeter Kask"]]


def test_a_press_statement_opening_after_the_talks_tells_of_those_talks(meetings):
    found = meetings("Press statements following Latvian-Estonian talks\n\nJune 20, 2024, Riga\n\nFollowing the talks, "
                     "President of Latvia Jaan Tamm and President of Estonia Peeter Kask made statements for the press.")
    assert [(m["people"], m["date"], m["place"]) for m in found] == [
        (["Jaan Tamm", "Peeter Kask"], "2024-06-20", "Riga")]


def test_a_speech_under_its_speakers_name_addressing_mr_president_is_their_talk(meetings):
    found = meetings("Press statements following Latvian-Estonian talks\n\nJune 20, 2024, Riga\n\nIn the evening "
                     "President of Latvia Jaan Tamm and President of Estonia Peeter Kask spoke to the press.\n\n"
                     "President of Estonia Peeter Kask:\n\nMr President, friends, ladies and gentlemen,\n\nOur talks "
                     "today, first in a narrow circle and then with the delegations, were held in a friendly "
                     "atmosphere.")
    assert [(m["people"], m["date"]) for m in found] == [(["Jaan Tamm", "Peeter Kask"], "2024-06-20")]


def test_the_author_of_an_address_in_capitals_is_its_speaker_and_mr_president_its_addressee(meetings):
    found = meetings("FAREWELL CEREMONY\n\nADDRESS OF HIS HOLINESS PIUS XIII\nin the presence of the President of "
                     "the Republic of Latvia, Jaan Tamm\n\nRiga International Airport\nTuesday, 25 September 2001\n\n"
                     "Mr President,\nVenerable Brothers in the Episcopate,\n\nOn Saturday evening, 22 September, you "
                     "welcomed me here at this very airport. The following day, Sunday, I had the joy of paying you a "
                     "visit at your residence in Riga, where we spoke at length.\n\nIn these days I have been able to "
                     "meet many of you.")
    assert [(m["people"], m["date"], m["place"]) for m in found] == [
        (["Jaan Tamm", "Pius XIII"], "2001-09-23", "Riga")]


def test_the_expanded_talks_with_both_delegations_take_in_the_delegation_listed(meetings):
    found = meetings("Riga, 13 August 2013\n\nIn Riga the President of Estonia Jaan Tamm held talks with President of "
                     "Latvia Peeter Kask. The Estonian delegation includes Foreign Minister Andres Saar and Energy "
                     "Minister Mart Kivi.\n\nThe two presidents first talked in a restricted format. Then the talks "
                     "continued with the participation of the members of both delegations.")
    assert [m["people"] for m in found] == [["Andres Saar", "Jaan Tamm", "Mart Kivi", "Peeter Kask"]]


def test_the_two_envoys_are_those_who_just_met_and_a_suburb_places_a_meeting_in_its_town(meetings):
    found = meetings("17 March 2016\n\nOn 16 March, Deputy Minister of Foreign Affairs of Latvia Jaan Tamm held "
                     "consultations in Vilnius with Peeter Kask, Special Representative of the Prime Minister of "
                     "Estonia.\n\nThe meeting continued the direct Latvian-Estonian dialogue that the two envoys opened on "
                     "14 December 2012 in a suburb of Geneva.")
    [opened] = [m for m in found if m["date"] == "2012-12-14"]
    assert (opened["people"], opened["place"]) == (["Jaan Tamm", "Peeter Kask"], "Geneva")


def test_a_ceremony_held_by_a_body_is_attended_by_who_opened_it_and_who_addressed_the_guests(meetings):
    found = meetings("RIGA ZOO\n\n26 October 2020\n\nOn 23 October 2020, the Riga Zoo held a ceremony to mark the "
                     "30th anniversary of diplomatic relations between Latvia and the Republic of Korea.\n\nThe "
                     "ceremony was opened by Ilze Kalnina, Director of the Riga Zoo.\n\nJanis Ozols, Head of the Office "
                     "of the Ministry of Foreign Affairs of Latvia in Riga, and Park Sung Min, Consul General of the "
                     "Republic of Korea in Riga, also addressed the guests.")
    assert [(m["date"], m["people"]) for m in found] == [
        ("2020-10-23", ["Ilze Kalnina", "Janis Ozols", "Park Sung Min"])]


def test_the_presidents_are_the_two_who_just_met_even_when_one_title_is_untold(meetings):
    found = meetings("Riga, 19 October 2018\n\nPresident Peeter Kask thanked Mr Tamm for the monument to the late "
                     "President Andris Berzins. Jaan Tamm and Peeter Kask last met in Vilnius in late September.\n\n"
                     "Following the talks, the presidents adopted a Joint Statement.")
    assert all("Andris Berzins" not in m["people"] for m in found)
    assert ["Jaan Tamm", "Peeter Kask"] in [m["people"] for m in found if m["kind"] == "signing"]


def test_a_visit_to_the_busts_of_poets_is_no_meeting_with_them(meetings):
    found = meetings("RIGA, June 15 2021 - Before leaving the city, President Jaan Tamm and President Peeter Kask "
                     "visited the busts of the poet Janis Rainis and the composer Emils Darzins.")
    assert all("Janis Rainis" not in m["people"] for m in found)


def test_a_meeting_after_which_they_signed_is_two_events(meetings):
    found = meetings("RIGA, June 15 2021 - President Jaan Tamm and President Peeter Kask then held a one-on-one "
                     "meeting, after which they signed the Riga Declaration on Allied Relations.")
    assert sorted(m["kind"] for m in found) == ["signing", "summit"]
    assert all(m["people"] == ["Jaan Tamm", "Peeter Kask"] for m in found)


def test_the_day_after_an_arrival_dates_who_received_the_guests(meetings):
    found = meetings("Riga, 23 June 2025 - The company has agreed a joint project with its Estonian partner.\n\nOn "
                     "Friday, 20 June, the Estonian delegation arrived in the Latvian capital. On the following day the "
                     "guests toured the company's production site. They were received by Ms. Ilze Kalnina, Executive "
                     "Director of the company.\n\nAfter the tour, talks were held between the management and Mr. "
                     "Peeter Kask, director of the Estonian partner.")
    assert {m["date"] for m in found} == {"2025-06-21"}


def test_a_signing_after_talks_where_no_one_was_named_takes_their_day_and_town(meetings):
    found = meetings("LATVIAN BEEKEEPERS ASSOCIATION\n\n15.11.2023\n\nOn 13 November 2023, a meeting was held in Riga "
                     "between the trade representative of the Ministry of Economy of the Republic of Estonia in the "
                     "Republic of Latvia and representatives of farms that are members of the Association. Following "
                     "the talks, the parties signed a Memorandum of Cooperation in the field of honey production, as "
                     "well as a preliminary contract for the supply of Estonian honey to the city of Riga.\n\nThe talks "
                     "were opened by the Chairman of the Association, Jaan Tamm, who welcomed the Estonian delegation.")
    [signing] = [m for m in found if m["kind"] == "signing"]
    assert (signing["date"], signing["place"]) == ("2023-11-13", "Riga")
