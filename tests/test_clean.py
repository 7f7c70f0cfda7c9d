"""Text intake: boilerplate, captions, lost characters, offsets back to the original, document year."""

from __future__ import annotations

import pytest

from kg.clean import clean, document_meta


def test_navigation_and_print_lines_are_dropped():
    text = "Contents | Back | Next\nprint PRINT\nHome > Asia > Mongolia\nThe ministers met in Ulaanbaatar.\nText File\n"
    assert clean(text).text == "The ministers met in Ulaanbaatar.\n"


def test_doubled_caption_glued_to_heading_is_split_and_undoubled():
    caption = "Japan-Mongolia Summit Meeting (July 3, Tokyo; Photo: Cabinet Public Relations Office)"
    text = caption + caption + "\nThe leaders met.\n"
    lines = clean(text).text.splitlines()
    assert lines == [caption, "The leaders met."]


def test_caption_glued_to_the_next_heading_is_split():
    text = "Foreign Ministers' Meeting (May 2, Astana; Photo: MOFA)Economic Relations\nTrade grew.\n"
    assert clean(text).text.splitlines()[:2] == ["Foreign Ministers' Meeting (May 2, Astana; Photo: MOFA)",
                                                  "Economic Relations"]


def test_replacement_characters_are_repaired_where_unambiguous():
    text = "It serves both countries\ufffd interests and the \ufffdCentral Asia plus Japan\ufffd Dialogue vis-\ufffd-vis Asia; Japan\ufffds role.\n"
    assert clean(text).text == ("It serves both countries’ interests and the “Central Asia plus Japan” Dialogue "
                                "vis-à-vis Asia; Japan’s role.\n")


def test_footnote_markers_glued_to_words_are_removed():
    assert clean("the Cooperation Plan of Georgia1 was adopted at the end of 2014,2 and later.\n").text == \
        "the Cooperation Plan of Georgia was adopted at the end of 2014, and later.\n"
    assert clean("a total of 1,334 people attended the G20 summit.\n").text == \
        "a total of 1,334 people attended the G20 summit.\n"


def test_offsets_map_cleaned_text_back_to_the_original():
    original = "Contents | Back | Next\n\nPresident Tokayev visited Tokyo.\n"
    cleaned = clean(original)
    start = cleaned.text.index("Tokayev")
    begin, end = cleaned.to_original(start, start + len("Tokayev"))
    assert original[begin:end] == "Tokayev"


def test_bluebook_year_reports_on_the_previous_year():
    assert document_meta("Diplomatic Bluebook 2015\n\nChapter 2\n").year == "2014"


def test_article_dateline_gives_year_and_publication_month():
    meta = document_meta("Relations with Georgia\n\n  • March 2018\n\nBy the Minister\n")
    assert (meta.year, meta.published) == ("2018", "2018-03")


def test_a_release_opening_as_a_news_item_is_of_the_year_of_its_date_not_of_the_years_it_looks_ahead_to():
    meta = document_meta("Ministry of Foreign Affairs of Latvia\n\nRiga, 22.10.2018 - Consultations were held today in "
                         "Riga. The next round will be held in Tallinn in 2019. Trade grew in 2019 and 2019.\n")
    assert (meta.year, meta.published) == ("2018", "2018-10-22")


def test_a_wire_storys_dateline_without_a_year_is_its_day_in_the_year_of_the_timestamp_above_it():
    meta = document_meta("BALTIC NEWSWIRE\n\nUPDATE 2 // Fri 29 Mar 2019 17:42 GMT\n\nRIGA, March 29 - President Jaan "
                         "Tamm met President Ivan Kask on Friday. They last met in 2017.\n")
    assert (meta.year, meta.published) == ("2019", "2019-03-29")


def test_an_agencys_dateline_closed_by_a_full_stop_before_the_dash():
    meta = document_meta("State Fisheries Agency\nNews\n\nRiga, 14 December 2012. - The 29th session of the "
                         "Latvian-Estonian Fisheries Commission has concluded in Tallinn.\n")
    assert (meta.year, meta.published) == ("2012", "2012-12-14")


def test_a_wire_storys_dateline_without_any_year_is_in_the_year_its_lead_weekday_falls_on():
    # 10 August was a Sunday in 2003, 2008 and 2014: the nearest to the last year the story recalls
    meta = document_meta("BALTIC NEWSWIRE\n\n* Talks since 2008 have failed\n\nRIGA, Aug 10 (BNW) - President Jaan Tamm "
                         "received President Ivan Kask on Sunday.\n\nThey last met in Vilnius in 2013, after the 1994 "
                         "ceasefire.\n")
    assert (meta.year, meta.published) == ("2014", "2014-08-10")


def test_a_yearless_wire_story_may_be_written_two_years_after_the_last_year_it_recalls():
    # 25 September was a Monday in 2017 and 2023, in no year from 2020 to 2022
    meta = document_meta("RIGA, Sept 25 (BNW) - President Jaan Tamm flew into Tartu on Monday for talks with President "
                         "Ivan Kask.\n\nThe two signed a declaration in June 2021, a year after the 2020 war.\n")
    assert (meta.year, meta.published) == ("2023", "2023-09-25")


def test_a_summary_bullet_naming_a_month_and_year_is_no_date_line_over_a_yearless_dateline():
    # 19 November was a Tuesday in 1996, 2002 and 2013
    meta = document_meta("UPDATE 2-Leaders meet in Vienna\n\n* Last met in Riga in January 2012\n\nVIENNA, Nov 19 (BNW) - "
                         "President Jaan Tamm met President Ivan Kask on Tuesday.\n\nThe 1994 ceasefire holds; "
                         "2012 and 2012 saw no talks.\n")
    assert (meta.year, meta.published) == ("2013", "2013-11-19")


def test_the_last_year_of_a_programmes_span_does_not_date_a_yearless_wire_story():
    # 3 November was a Friday in 2017, 2023 and 2028
    meta = document_meta("RIGA, Nov 3 (BNW) - Baltic leaders signed the Riga Act on Friday. They last met in 2022, and "
                         "their ministers signed a plan for the transport programme for 2023-2027. The next summit will "
                         "be held in Vilnius in 2024.\n")
    assert (meta.year, meta.published) == ("2023", "2023-11-03")


def test_a_dateline_in_brackets_under_a_speechs_heading():
    meta = document_meta("Address by the President of Latvia Janis Berzins at the Summit of the Baltic Council\n\n"
                         "(Riga, 9 November 2023)\n\nDistinguished heads of delegations!\n")
    assert (meta.published, meta.dateline_place) == ("2023-11-09", "Riga")


@pytest.mark.parametrize("dateline", ["Riga, House of the Blackheads, 9 November 2023", "Riga, Latvia - 9 November 2023",
                                      "November 9, 2023, 13:30, Riga", "November 9, 2023, 13:30, The Castle, Riga"])
def test_a_dateline_with_a_hall_of_the_venue_a_dash_or_the_hour_before_the_town(dateline):
    meta = document_meta(f"Russian-Latvian talks\n\n{dateline}\n\nThe two presidents met in the morning.\n")
    assert (meta.published, meta.dateline_place) == ("2023-11-09", "Riga")


def test_a_long_heading_of_remarks_ending_with_the_town_and_day_is_the_dateline():
    meta = document_meta("Ministry of Foreign Affairs of Latvia\n\nForeign Minister Janis Ozols's remarks and answers to "
                         "media questions at a joint news conference following talks with Minister of Foreign Affairs of "
                         "Estonia Jaan Tamm, Tallinn, October 9, 2019\n\nColleagues, we met today. Our states renamed "
                         "a town in 2020.\n")
    assert (meta.year, meta.published, meta.dateline_place) == ("2019", "2019-10-09", "Tallinn")


@pytest.mark.parametrize("line", ["Riga / Tallinn, 24 November 2016", "Press release No. 41/2016 - 24 November 2016, Riga"])
def test_a_dateline_of_two_offices_or_after_a_release_number(line):
    meta = document_meta(f"RALLY NEWS\n\n{line}\n\nThe organisers met the minister today in Riga.\n")
    assert (meta.year, meta.published) == ("2016", "2016-11-24")


def test_a_yearless_wire_story_is_not_dated_a_decade_before_the_last_year_it_recalls():
    # 16 November was a Thursday in 2006 and in 2017; the story recalls 2005 and 2015
    meta = document_meta("RIGA, Nov 16 (BNW) - Five states have signed a transit agreement, officials said on Thursday. "
                         "The idea was first discussed in 2005, and talks on the text began in 2015.\n")
    assert meta.published == "2017-11-16"


def test_a_yearless_wire_story_is_dated_forward_when_its_weekday_fits_as_near_a_year_on_either_side():
    # 30 May was a Wednesday in 2012 and 2018, in no year from 2015 to 2017; the story recalls 1918 and 2015
    meta = document_meta("RIGA, May 30 - Premier Jaan Tamm arrived in Riga on Wednesday. The visit marks the centenary "
                         "of the republic proclaimed in May 1918. His host has led the government since 2015.\n")
    assert meta.published == "2018-05-30"


def test_a_yearless_wire_story_naming_only_a_year_ahead_was_written_before_it_on_a_weekday_of_its_lead():
    # 4 July was a Thursday in 2024 (and a Wednesday in 2029): the summit the talks preceded
    meta = document_meta("RIGA, July 4 (BNW) - President Jaan Tamm and President Ivan Kask held talks on Wednesday, on "
                         "the eve of a Baltic summit that on Thursday admitted a new member.\n\nLatvia will host the "
                         "next summit in 2025.\n")
    assert meta.published == "2024-07-04"


def test_a_formal_sittings_line_under_a_speechs_heading_dates_it():
    meta = document_meta("Address by the President of Latvia, Janis Berzins, to the Baltic Assembly\n\nFormal sitting, "
                         "Tartu, 23 November 2010\n\nMr President,\nHonourable Members,\n")
    assert (meta.published, meta.dateline_place) == ("2010-11-23", "Tartu")


def test_a_year_a_strategy_runs_to_does_not_date_a_yearless_wire_story():
    # 15 December was a Monday in 2014 and in 2025
    meta = document_meta("ASTANA, Dec 15 (BNW) - Premier Jaan Tamm wrapped up his visit to Latvia on Monday. The "
                         "budget for 2015 was approved, and the members will draft a strategy to 2025. He last came "
                         "in 2013.\n")
    assert (meta.year, meta.published) == ("2014", "2014-12-15")


def test_the_year_in_a_visions_name_does_not_date_a_yearless_wire_story():
    # 12 November was a Friday in 2021 and in 2038
    meta = document_meta("RIGA, Nov 12 - Leaders on Friday adopted the Baltic World Vision 2040. The council was "
                         "founded in 2009 and last met in 2019.\n")
    assert (meta.year, meta.published) == ("2021", "2021-11-12")


def test_a_yearless_wire_dateline_whose_weekday_fits_no_year_falls_back_to_the_commonest_year():
    meta = document_meta("RIGA, Aug 12 - President Jaan Tamm received President Ivan Kask on Sunday. They met in 2013 "
                         "and 2013.\n")
    assert (meta.year, meta.published) == ("2013", None)


def test_a_date_written_with_its_true_weekday_in_the_opening_lines_is_the_day_the_text_was_written():
    meta = document_meta("RADIO BALTICA - WORLD NEWS\nBulletin, 17:00 GMT, Wednesday 4 September 2013\n\nThe presidents "
                         "recalled their talks of 2026 plans, 2026 targets and 2012.\n")
    assert (meta.year, meta.published) == ("2013", "2013-09-04")
    assert document_meta("Review | Tuesday, 4 September 2013\n\nIn 2026 and 2026.\n").published is None


def test_a_transcripts_date_with_its_weekday_over_a_line_of_town_street_and_hall():
    meta = document_meta("SAEIMA OF THE REPUBLIC OF LATVIA\n\nTRANSCRIPT OF THE PLENARY SESSION\n19 September 2019, Thursday\n"
                         "Riga, Jekaba Street, Plenary Hall\n\nCHAIRMAN. Colleagues, we move on to item 7.\n")
    assert (meta.published, meta.dateline_place) == ("2019-09-19", "Riga")


def test_a_pages_date_field_is_the_day_it_was_published_whatever_years_it_mentions():
    meta = document_meta("University News\n\nSource: Office of International Relations | Date: 2008-05-24 | "
                         "Editor: A. Berg\n\nThe President spoke of the 2014 Games and of the treaty of 2001.\n")
    assert (meta.year, meta.published) == ("2008", "2008-05-24")


def test_a_chronologys_first_entry_is_not_the_date_the_text_was_written():
    meta = document_meta("Chronology\n\n17 February 2024 - Riga. On the margins of a conference, the two presidents "
                         "met.\n")
    assert (meta.published, meta.dateline_place) == (None, None)


def test_year_falls_back_to_the_most_mentioned_year():
    meta = document_meta("Relations with Uzbekistan\nIn 2013, the leaders met. Trade in 2013 grew since 2010.\n")
    assert meta.year == "2013" and meta.title == "Relations with Uzbekistan"


@pytest.mark.parametrize("dateline, published, place", [
    ("28 August 2006, Tallinn", "2006-08-28", "Tallinn"),
    ("21.12.2022", "2022-12-21", None),
    ("Riga, May 2, 2017", "2017-05-02", "Riga"),
    ("April 3, 2019, The Castle, Tallinn", "2019-04-03", "Tallinn"),
    ("September 5, 2018\n\nTallinn, Republic of Estonia", "2018-09-05", "Tallinn"),
    ("September 5, 2018\n\nMinistry of Foreign Affairs of Japan", "2018-09-05", None),
    ("Address to the Tartu Chamber of Commerce, Tallinn, 24 July 1997", "1997-07-24", "Tallinn"),
    ("Tuesday, March 8, 2022, 10:30 a.m., Press Conference Room, Ministry of Foreign Affairs", "2022-03-08", None),
    ("House of Representatives, Tallinn, March 5, 2019", "2019-03-05", "Tallinn"),
    ("Speech by Kadri Kask, Prime Minister of Estonia\nTartu University, Tartu, 27 October 2015", "2015-10-27", "Tartu"),
    ("Briefing by Foreign Ministry Spokesperson Liina Mets, Tallinn, April 7, 2016", "2016-04-07", "Tallinn"),
    ("03 July, 2024", "2024-07-03", None),
    ("Speech by Jaan Tamm\nVaru district, Voru county, Republic of Estonia, 17 March 2015", "2015-03-17",
     "Republic of Estonia"),
    ("January 10, 2003, the Toompea Castle, Tallinn", "2003-01-10", "Tallinn"),
    ("22.10.2018 - Tartu", "2018-10-22", "Tartu"),
    ("October 12-13, 2023, Tartu", "2023-10-12", "Tartu"),
    ("Hearing of 10 December 2013", "2013-12-10", None),
    ("Tallinn, Tuesday, 21 June 2022. This page is updated as events unfold.", "2022-06-21", "Tallinn"),
    ("Foreign Minister Jaan Tamm's remarks and answers to questions at the University of Tartu, Tartu, February 4, 2019",
     "2019-02-04", "Tartu"),
    ("Tallinn, 21/12/2015\n\nCheck against delivery!", "2015-12-21", "Tallinn"),
    ("Tallinn, Kadriorg Palace, 29 September 2023", "2023-09-29", "Tallinn"),
    ("Riga - Cesis - Sigulda, 11-12 March 2024", "2024-03-11", "Riga"),
    ("October 6, 2023, 13:40\nThe Castle, Tallinn", "2023-10-06", "Tallinn"),
    ("Tallinn, 27 January 2022 (held in virtual format)", "2022-01-27", "Tallinn"),
])
def test_datelines_in_the_forms_of_other_ministries(dateline, published, place):
    meta = document_meta(f"Talks in the Baltic\n\n{dateline}\n\nThe sides discussed trade.\n")
    assert (meta.published, meta.dateline_place) == (published, place)


@pytest.mark.parametrize("published", ["Interview of the Minister, published on 3 September 2008",
                                       "Interview of the Minister\n\nPublished 3 September 2008"])
def test_a_text_that_says_when_it_was_published_reports_on_that_year(published):
    meta = document_meta(f'"Riga looks east"\n{published}\n\n'
                         "The plan for 2009 was set; in 2009 and 2009 again it will be reviewed.")
    assert (meta.year, meta.published) == ("2008", "2008-09-03")


def test_a_year_a_plan_runs_until_is_not_the_year_a_text_tells_of():
    meta = document_meta("President of Latvia\n\nThe leaders met in Riga in 2013 and signed a plan until 2030. The "
                         "base agreement was extended to 2044.")
    assert meta.year == "2013"


@pytest.mark.parametrize("header, town", [("23.10.2023 | 17:25 | Views: 2 418", None),
                                          ("News Release | 23 October 2023", None), ("23.10.2023 | Riga | 3 min read", "Riga")])
def test_a_header_row_with_a_date_field_gives_the_day_of_posting(header, town):
    meta = document_meta(f"BALTIC COUNCIL\nPress Service\n\n{header}\n\nThe Council met in 2021 and in 2022.")
    assert (meta.year, meta.published, meta.dateline_place) == ("2023", "2023-10-23", town)


def test_a_header_row_with_a_month_field_gives_the_month_of_posting():
    meta = document_meta("BALTIC ENERGY REGULATOR\n\nNews | International Relations | February 2024\n\nThe regulators "
                         "signed a memorandum. They first met in 2019.")
    assert (meta.year, meta.published) == ("2024", "2024-02")


def test_a_tables_first_row_is_no_day_of_posting():
    meta = document_meta("Visits of the President\n\n| 18-19 May 2000 | Latvia | Riga |\n| 2 June 2001 | Estonia | "
                         "Tallinn |\n\nThe President visited the region in 2000 and 2001 and again in 2001.")
    assert meta.published is None


def test_a_release_header_gives_the_day_of_release():
    meta = document_meta("THE PRESIDENT'S OFFICE\nFor Immediate Release                    July 23, 2009\n\nREMARKS BY "
                         "THE PRESIDENT TO THE RIIGIKOGU\n\nI speak today of 2008 and of the years to 2010.")
    assert (meta.year, meta.published) == ("2009", "2009-07-23")


def test_a_subtitle_files_cues_run_together_into_sentences_without_numbers_or_timings():
    original = ("1\n00:00:06,000 --> 00:00:11,160\n[PRESENTER] Good evening. President Jaan Tamm is on his way\n\n"
                "2\n00:00:11,400 --> 00:00:15,040\nback to Tallinn tonight after talks in Riga.\n\n"
                "3\n00:00:15,280 --> 00:00:19,300\n[CAPTION: Ivan Kask | President of Latvia]\n\n"
                "4\n00:00:19,540 --> 00:00:23,180\nThe two presidents met for 2 hours.\n")
    cleaned = clean(original)
    assert cleaned.text == ("[PRESENTER] Good evening. President Jaan Tamm is on his way back to Tallinn tonight after "
                            "talks in Riga.\n[CAPTION: Ivan Kask | President of Latvia]\nThe two presidents met for 2 "
                            "hours.\n")
    start = cleaned.text.index("back to Tallinn")
    assert original[slice(*cleaned.to_original(start, start + 15))] == "back to Tallinn"


def test_a_text_with_one_timing_line_is_no_subtitle_file():
    text = "Programme\n\n1\n10:00:00,000 --> 11:00:00,000\nTalks\n"
    assert clean(text).text == text
