"""Agreements: named instruments, acronyms, numbered plans, memoranda tied to their parties."""

from __future__ import annotations

import pytest

from kg.agreements import find_agreements


def names(text):
    return [(m.name, m.aliases) for m in find_agreements(text)]


def test_acronym_in_parentheses_becomes_an_alias():
    assert names("the Comprehensive Nuclear-Test-Ban Treaty (CTBT) entered into force.") == [
        ("Comprehensive Nuclear-Test-Ban Treaty", ("CTBT",))]
    assert names("the Treaty on Open Skies (Open Skies Treaty) ended.")[0][0] == "Treaty on Open Skies"


def test_acronym_inside_the_name():
    assert names("The Conventional Armed Forces (CFE) Treaty lapsed.") == [
        ("Conventional Armed Forces Treaty", ("CFE Treaty",))]


def test_well_known_acronym_alone():
    assert names("Both sides discussed the JCPOA and New START.") == [
        ("Joint Comprehensive Plan of Action", ("JCPOA",)), ("New Strategic Arms Reduction Treaty", ("New START",))]


def test_declaration_of_a_year_and_numbered_plan():
    found = names("under the Japan-Kazakhstan Joint Statement of 2022 and the ten-point Action Plan for Energy")
    assert found[0][0] == "Japan-Kazakhstan Joint Statement of 2022"
    assert found[1][0].startswith("Ten-point Action Plan")


def test_two_instruments_joined_by_and_stay_two():
    assert [n for n, _ in names("They signed the Treaty on Good Neighbourliness and the Joint Declaration on "
                                "Strategic Partnership.")] == [
        "Treaty on Good Neighbourliness", "Joint Declaration on Strategic Partnership"]


def test_memorandum_between_parties():
    found = names("The ministers signed a memorandum between the Ministry of Energy of Japan and the Ministry of "
                  "Energy of Kazakhstan on hydrogen.")
    assert found[0][0] == ("memorandum between the Ministry of Energy of Japan and the Ministry of Energy of "
                           "Kazakhstan on hydrogen")  # what it is about is part of an unnamed instrument's name


@pytest.mark.parametrize("text", ["to conclude a peace treaty", "an agreement between the leaders",
                                  "Both sides reached agreement."])
def test_generic_instruments_are_not_agreements(text):
    assert names(text) == []


def test_agreements_in_headings_are_ignored(annotate):
    records = annotate("C Negotiations on Peace Treaty\nThe Tashkent Declaration was adopted.\n")
    assert [m.name for m in records.mentions if m.type == "Agreement"] == ["Tashkent Declaration"]


def test_exchange_of_notes_and_quoted_party_names():
    found = names("They signed an exchange of notes concerning grant aid for the Project for Water Supply. "
                  'JBIC signed the Memorandum of Understanding between JBIC and State Concern "Turkmengaz".')
    assert found[0][0].startswith("exchange of notes concerning grant aid")
    assert found[1][0] == 'Memorandum of Understanding between JBIC and State Concern "Turkmengaz"'


def test_lead_in_words_and_an_organisations_acronym_inside_the_name():
    [match] = find_agreements("They welcomed the entry into force in March of the Agreement between Japan and the "
                              "Kyrgyz Republic for the Promotion of Investment, and agreed to meet again.")
    assert match.name == "Agreement between Japan and the Kyrgyz Republic for the Promotion of Investment"
    [match] = find_agreements("The Memorandum of Understanding between the Japan International Cooperation Agency (JICA) "
                              "and the State Company \"Uzbekneftegaz\" was signed.")
    assert match.name.endswith('Agency (JICA) and the State Company "Uzbekneftegaz"') and match.aliases == ()


def test_an_instrument_known_by_its_kind_is_named_by_its_meeting():
    [match] = find_agreements("Both sides built on the Joint Statement adopted at the Japan-Kyrgyzstan Summit Meeting "
                              "in Tokyo.")
    assert match.name == "Joint Statement adopted at the Japan-Kyrgyzstan Summit Meeting"
    assert match.aliases == ("Joint Statement",)


@pytest.mark.parametrize("sentence, expected", [
    ("They signed the Treaty on the Caspian Sea in Aktau in August, and the summit ended.", "Treaty on the Caspian Sea"),
    ("The ministers welcomed the Framework for Cooperation on Water Resources.", "Framework for Cooperation on Water Resources"),
    ("Both sides signed the protocol of the session, which sets quotas.", "protocol of the session"),
    ("Rosneft signed a 25-year contract for the supply of oil between Rosneft and a Chinese company.",
     "25-year contract for the supply of oil between Rosneft and a Chinese company"),
    ("They recalled the Treaty on a Nuclear-Weapon-Free Zone in Central Asia (CANWFZ Treaty), in force since 2009.",
     "Treaty on a Nuclear-Weapon-Free Zone in Central Asia"),
    ("The ministers signed the Plan of Consultations between the Ministry of Foreign Affairs of Estonia and the "
     "Ministry of Foreign Affairs of Latvia for 2025-2026, and gave a press conference.",
     "Plan of Consultations between the Ministry of Foreign Affairs of Estonia and the Ministry of Foreign Affairs "
     "of Latvia for 2025-2026"),
    ("2009.9  The Agreement between Estonia and Latvia on Investment enters into force.",
     "Agreement between Estonia and Latvia on Investment"),
    ('He welcomed the signing of the "Cooperation Program between the Ministries for 2023-2025" in May.',
     "Cooperation Program between the Ministries for 2023-2025"),
    ('Tallinn Oil has been a shareholder since the "Deal of the Decade" was signed in Riga in 1994.', "Deal of the Decade"),
    ("The ambassador exchanged notes on a grant for road equipment for the Tartu-Narva highway, the press service said.",
     "notes on a grant for road equipment for the Tartu-Narva highway"),
    ('They exchanged notes concerning grant aid for "The Project for Equipment in Tartu, Narva and Parnu", with a grant '
     'of up to 1.5 billion yen.', 'notes concerning grant aid for "The Project for Equipment in Tartu, Narva and Parnu"'),
    ("I exchanged notes with the Minister of Finance of Latvia concerning grant aid for the Scholarship Project (JDS).",
     "notes with the Minister of Finance of Latvia concerning grant aid for the Scholarship Project (JDS)"),
    ("The leaders adopted a joint declaration on a strategic regional partnership and agreed to meet again in 2024.",
     "joint declaration on a strategic regional partnership"),
    ("On 3 May they signed in Tallinn a Memorandum of Cooperation between the two ministries.", "Memorandum of Cooperation"),
    ("Under the Aug 1997 Treaty on Friendship and Mutual Assistance the sides consult.",
     "Treaty on Friendship and Mutual Assistance"),
    ("He spoke at the Review Conference of the Treaty on the Non-Proliferation of Nuclear Weapons.",
     "Treaty on the Non-Proliferation of Nuclear Weapons"),
    ("They marked the 30th Anniversary of the Collective Security Treaty in Riga.", "Collective Security Treaty"),
    ("They signed the Treaty on Extradition between the two states and protocols on food safety.",
     "Treaty on Extradition"),
])
def test_names_of_more_instruments(sentence, expected):
    assert [m.name for m in find_agreements(sentence)] == [expected]


def test_instruments_listed_among_the_documents_signed_are_each_their_own():
    text = ("Twenty documents were signed in their presence. Among them are an agreement on the construction of a "
            "port, a programme of cultural cooperation and a declaration on the training of diplomats.")
    assert [m.name for m in find_agreements(text)] == [
        "agreement on the construction of a port", "programme of cultural cooperation",
        "declaration on the training of diplomats"]


def test_an_unconcluded_peace_treaty_is_a_topic():
    assert find_agreements("C Peace Treaty Negotiations\nThe two sides discussed the peace treaty.") == []


def test_a_list_of_signed_documents_gives_each_line_whole():
    text = ("The following documents were exchanged:\n"
            "(1) Exchange of Notes concerning the Japanese ODA loan for the Naryn Irrigation Project (Phase II)\n"
            "(2) Memorandum on cooperation in the field of education between the Ministry of Education, Culture, "
            "Sports, Science and Technology of Japan and the Ministry of Education of the Kyrgyz Republic\n"
            "Agreement was reached on the following:\n")
    assert [n for n, _ in names(text)] == [
        "Exchange of Notes concerning the Japanese ODA loan for the Naryn Irrigation Project (Phase II)",
        "Memorandum on cooperation in the field of education between the Ministry of Education, Culture, Sports, "
        "Science and Technology of Japan and the Ministry of Education of the Kyrgyz Republic"]


def test_a_name_never_runs_over_a_heading():
    assert names("relations with Ukraine.\n\n(C) Energy\n\nUnder the Japan-Turkmenistan Energy Cooperation "
                 "Agreement, talks went on.") == [("Japan-Turkmenistan Energy Cooperation Agreement", ())]


def test_lower_case_joint_statement_and_where_a_memorandum_was_signed():
    assert names("The two presidents issued a joint statement on nuclear security, and then left.") == [
        ("joint statement on nuclear security", ())]
    assert names("It followed the memorandum between the Ministry of Defence of Japan and the Ministry of Defence "
                 "of Mongolia signed in Tokyo in 2012.") == [
        ("memorandum between the Ministry of Defence of Japan and the Ministry of Defence of Mongolia", ())]


def test_a_capitalised_instrument_keeps_its_place_name():
    assert names("They signed the Exchange of Notes concerning the Project for Water Supply in Sughd Region.") == [
        ("Exchange of Notes concerning the Project for Water Supply in Sughd Region", ())]


def test_listed_documents_lose_who_signed_them_and_may_be_lower_case():
    text = ("The following documents were signed:\n"
            "(1) Memorandum on Cooperation between the Ministry of Foreign Affairs of Japan and the Ministry of "
            "Foreign Affairs of Mongolia (signed by Minister Kishida and Minister Purevsuren)\n"
            "(2) a memorandum on the simplification of visa procedures between the two ministries\n")
    assert [n for n, _ in names(text)] == [
        "Memorandum on Cooperation between the Ministry of Foreign Affairs of Japan and the Ministry of Foreign "
        "Affairs of Mongolia", "memorandum on the simplification of visa procedures between the two ministries"]


def test_a_roadmap_named_by_its_subject():
    assert names('The ministers adopted the "Roadmap for Regional Cooperation in Energy," and left.') == [
        ("Roadmap for Regional Cooperation in Energy", ())]


def test_a_listed_document_signed_by_mr_a_is_read_whole():
    text = ("(2) Memorandum of Cooperation between the Japan International Cooperation Agency and the Ministry of "
            "Education of Mongolia on human resource development (signed by Mr. A. Tanaka, President of JICA, and "
            "H.E. Mr. B. Bold, Ambassador of Mongolia to Japan)\n")
    assert [n for n, _ in names(text)] == [
        "Memorandum of Cooperation between the Japan International Cooperation Agency and the Ministry of Education "
        "of Mongolia on human resource development"]


def test_statements_by_leaders_memoranda_among_three_and_plural_agreements():
    assert [n for n, _ in names('They signed the "Joint Statement by the Prime Minister of Japan and the President of '
                               'Mongolia on the Strategic Partnership."')] == [
        "Joint Statement by the Prime Minister of Japan and the President of Mongolia on the Strategic Partnership"]
    assert [n for n, _ in names("A memorandum among the Bank of A (BA), the Fund of B (FB) and Cbank on a platform "
                               "was signed.")] == ["memorandum among the Bank of A (BA), the Fund of B (FB) and Cbank on a platform"]
    assert [n for n, _ in names("Japan supports the Minsk Agreements.")] == ["Minsk Agreements"]
    assert [n for n, _ in names("They welcomed the Joint Statement adopted at the Fifth Foreign Ministers' Meeting of "
                               "the Dialogue in Tokyo.")] == [
        "Joint Statement adopted at the Fifth Foreign Ministers' Meeting of the Dialogue"]


@pytest.mark.parametrize("sentence, name", [
    ("At our meeting we signed an agreement on the simplification of visa procedures, which helps travellers.",
     "agreement on the simplification of visa procedures"),
    ("The ministers adopted a joint statement and held a press conference.", "joint statement"),
    ("They signed an agreement on trade and investment and agreed to meet again.", "agreement on trade and investment"),
    ('Before the talks, the two ministers signed the "Cooperation Program between the Ministry of Foreign Affairs of '
     'Japan and the Ministry of Foreign Affairs of Georgia for 2025-2027." Then they met.',
     "Cooperation Program between the Ministry of Foreign Affairs of Japan and the Ministry of Foreign Affairs of "
     "Georgia for 2025-2027"),
    ("The ceasefire rests on a six-point agreement mediated by the European Union.", "Six-point agreement"),
])
def test_unnamed_or_quoted_instruments_the_text_says_were_made(sentence, name):
    assert [n for n, _ in names(sentence)] == [name]


def test_the_agreement_already_named_or_merely_reached_is_no_new_instrument():
    assert names("They agreed to sign the agreement next year. They signed the agreement. "
                 "The leaders reached an agreement on the need to continue talks.") == []


def test_a_name_runs_on_through_its_subject_and_with_respect_to():
    assert names("the Ministers signed the Exchange of Notes for the entry into force of the Agreement between Japan "
                 "and the Republic of Estonia on Air Services, which had been signed in Tallinn.")[0][0] == (
        "Exchange of Notes for the entry into force of the Agreement between Japan and the Republic of Estonia on Air "
        "Services")
    assert names("They signed the Convention between Japan and Latvia for the Elimination of Double Taxation with "
                 "respect to Taxes on Income.")[0][0] == (
        "Convention between Japan and Latvia for the Elimination of Double Taxation with respect to Taxes on Income")
    assert names("They signed a memorandum between the two ministries on Monday.")[0][0] == (
        "memorandum between the two ministries")


def test_a_name_cut_by_a_line_break_ends_with_its_line():
    assert names("They adopted the Action Plan of\nMay 2000.") == [("Action Plan", ())]


@pytest.mark.parametrize("sentence, name", [
    ("The Program for Deepening Trade and Economic Cooperation between Estonia and Latvia was signed.",
     "Program for Deepening Trade and Economic Cooperation between Estonia and Latvia"),
    ("The two leaders issued the Statement by the Prime Minister of Estonia and the President of Latvia on the Issue "
     "of a Border Treaty.", "Statement by the Prime Minister of Estonia and the President of Latvia on the Issue of a Border Treaty"),
    ("The council approved a program of economic cooperation for 2023-2024.", "program of economic cooperation for 2023-2024"),
    ("They vowed to implement the Tallinn agreement of making every effort to settle the issue.", "Tallinn agreement"),
    ("An agreement on technical cooperation between the Government of Estonia and the Government of Japan was also signed.",
     "agreement on technical cooperation between the Government of Estonia and the Government of Japan"),
    ("The ministers signed and exchanged notes concerning grant aid of about 1 billion yen for the Health Programme, "
     "which will equip hospitals.", "notes concerning grant aid of about 1 billion yen for the Health Programme"),
    ("Building on the Riga Declaration on Partnership between Estonia and Latvia, the two sides met.",
     "Riga Declaration on Partnership between Estonia and Latvia"),
    ("In 2003 the Estonian-Latvian Action Plan was adopted.", "Estonian-Latvian Action Plan"),
    ("Both recalled the Tallinn Agreement of 1997.", "Tallinn Agreement"),
    ("They welcomed the entry into force in September 2009 of the Agreement between Estonia and Latvia on Air Services.",
     "Agreement between Estonia and Latvia on Air Services"),
    ("(1) the Exchange of Notes concerning a loan for the Tartu Railway Project, signed by Mr. A. Kask",
     "Exchange of Notes concerning a loan for the Tartu Railway Project"),
    ("It builds on the Joint Statement on Friendship between Estonia and Latvia of July 2002.",
     "Joint Statement on Friendship between Estonia and Latvia"),
    ("In the Press Statement on joint economic activities issued by the two leaders in Tallinn, they agreed.",
     "Press Statement on joint economic activities"),
    ("The documents include a Programme of Economic Cooperation for 2019-2024.", "Programme of Economic Cooperation for 2019-2024"),
    ("They recalled the Treaty on Good-Neighbourliness and Alliance in the 21st Century.",
     "Treaty on Good-Neighbourliness and Alliance in the 21st Century"),
    ("The minister and his counterpart held talks, and the two signed a memorandum on the development of contacts "
     "between the defense authorities.", "memorandum on the development of contacts between the defense authorities"),
    ("The text of the investment agreement between Estonia and Latvia had been agreed.",
     "investment agreement between Estonia and Latvia"),
])

def test_instruments_named_in_the_ways_of_other_texts(sentence, name):
    assert [n for n, _ in names(sentence)] == [name]


def test_a_short_name_in_brackets_after_the_full_one_is_its_alias():
    assert names('On May 4, the "Agreement between Estonia and Latvia for the Promotion and Protection of Investment" '
                 '(Estonia-Latvia Investment Agreement) was signed.') == [
        ("Agreement between Estonia and Latvia for the Promotion and Protection of Investment",
         ("Estonia-Latvia Investment Agreement",))]


def test_an_agreement_reached_between_two_sides_is_no_instrument():
    assert names("They reached an agreement between the two sides to meet again.") == []



def test_a_treaty_still_to_be_concluded_is_a_topic():
    assert names("They co-chair the Joint Committee on the Conclusion of a Peace Treaty and discussed the Issue of a "
                 "Peace Treaty.") == []


def test_an_intergovernmental_agreement_and_a_statement_setting_out_its_aim():
    found = [a.name for a in find_agreements(
        "It rests on the intergovernmental agreement on cooperation in building a power plant in the territory of the "
        "Republic of Estonia, signed in Tallinn in 2017. The two leaders signed a joint statement setting out the direction of the relationship.")]
    assert found == ["intergovernmental agreement on cooperation in building a power plant in the territory of the "
                     "Republic of Estonia",
                     "joint statement setting out the direction of the relationship"]


def test_a_statement_named_by_what_it_does_runs_to_the_end_of_the_clause():
    found = [a.name for a in find_agreements(
        "The two leaders signed a joint statement raising our relations to an extended strategic partnership. They "
        "signed a memorandum during the visit. They also issued a joint statement setting out the goals and agreed to "
        "meet again.")]
    assert found == ["joint statement raising our relations to an extended strategic partnership",
                     "joint statement setting out the goals"]


@pytest.mark.parametrize("text, names", [
    ("Documents were signed, including an intergovernmental agreement on cooperation in farming and an "
     "intergovernmental agreement on cooperation in industry.",
     ["intergovernmental agreement on cooperation in farming", "intergovernmental agreement on cooperation in industry"]),
    ("An Exchange of Notes concerning the yen loans and several documents on cooperation were signed.",
     ["Exchange of Notes concerning the yen loans"]),
    ("He explained the signing of the Protocol on the Establishment of Diplomatic Relations and the Protocol on the "
     "Development of Relations between Estonia and Latvia by the ministers.",
     ["Protocol on the Establishment of Diplomatic Relations",
      "Protocol on the Development of Relations between Estonia and Latvia"]),
    ("They recalled the signing of the Joint Statement on Friendship and Cooperation in 2002.",
     ["Joint Statement on Friendship and Cooperation"]),
])
def test_two_instruments_joined_by_and_stay_two_and_a_closing_year_is_not_the_name(text, names):
    assert [a.name for a in find_agreements(text)] == names


def test_unnamed_instruments_in_a_list_of_documents_signed():
    text = ("After the talks, a number of documents were signed. They include an agreement on visa-free travel of "
            "citizens, which sets a limit of 30 days, a treaty on the delimitation of the Estonian-Latvian border, "
            "and intergovernmental agreements in the fields of transport and culture.")
    assert [n for n, _ in names(text)] == ["agreement on visa-free travel of citizens",
                                           "treaty on the delimitation of the Estonian-Latvian border"]
    assert [n for n, _ in names("The ministers signed several documents, including a memorandum on cooperation in "
                                "tourism and an agreement on air services.")] == [
        "memorandum on cooperation in tourism", "agreement on air services"]


def test_a_list_that_is_not_of_documents_signed_names_no_instrument():
    assert names("They discussed issues such as a plan of action on climate, a strategy on water and "
                 "an agreement on the need to meet again.") == []


def test_signed_among_others():
    assert names("The Foreign Minister of Estonia signed, among others, a programme of cooperation between the "
                 "foreign ministries of the two countries.") == [
        ("programme of cooperation between the foreign ministries of the two countries", ())]


def test_an_agreement_signed_without_a_subject_names_no_instrument():
    assert names("The two commanders signed an agreement at the end of August, and the troops withdrew.") == []
    assert names("They signed a memorandum during the visit.") == []


def test_documents_listed_among_those_signed_and_an_instrument_known_by_when_it_was_signed():
    assert [n for n, _ in names("Following the talks, the two sides signed four documents, including a document on the "
                                "establishment of the Estonia-Latvia Committee on Trade, which is to be co-chaired by "
                                "the ministers, and a document on the rescheduling of debts.")] == [
        "document on the establishment of the Estonia-Latvia Committee on Trade", "document on the rescheduling of debts"]
    assert [n for n, _ in names("Estonian companies invest, and the bilateral investment agreement signed in October "
                                "2014 has given investors confidence.")] == ["bilateral investment agreement"]
    assert names("The agreement signed in May was implemented, as was the same agreement signed in June.") == []


def test_and_without_an_article_joins_words_of_one_name_and_a_state_after_in_is_its_subject():
    assert [n for n, _ in names("In June, the two sides signed the General Agreement on the Establishment of Peace and "
                                "National Accord in Estonia in Riga.")] == [
        "General Agreement on the Establishment of Peace and National Accord in Estonia"]


def test_a_capitalised_instrument_adopted_with_a_subject_in_plain_words():
    assert [n for n, _ in names("At the meeting, the two leaders adopted a Joint Statement on expanding the strategic "
                                "partnership between Estonia and Latvia.")] == [
        "Joint Statement on expanding the strategic partnership between Estonia and Latvia"]


def test_a_quoted_title_after_the_instrument_and_a_phase_in_brackets_are_part_of_the_name():
    assert names('the two leaders signed the Joint Statement "Partnership for Peace and Progress". Then') == [
        ('Joint Statement "Partnership for Peace and Progress"', ())]
    assert names("the Loan Agreement for the Tartu Bypass Improvement Project (Phase 2) was signed") == [
        ("Loan Agreement for the Tartu Bypass Improvement Project (Phase 2)", ())]


def test_a_name_never_runs_over_the_end_of_a_sentence():
    assert [n for n, _ in names("A loan was granted by the Bank of Estonia and the Government of Latvia. The "
                                "Memorandum of Cooperation on Green Hydrogen was signed in 2022.")] == [
        "Memorandum of Cooperation on Green Hydrogen"]


def test_a_framework_convention_is_one_instrument_and_its_parties_are_not_its_name():
    assert [n for n, _ in names("the Conference of the Parties to the United Nations Framework Convention on "
                                "Biological Diversity opened")] == [
        "United Nations Framework Convention on Biological Diversity"]


def test_a_founding_act_is_an_instrument():
    assert [n for n, _ in names("In May, the two alliances signed in Riga the Founding Act on Mutual Relations, "
                                "Cooperation and Security, and")] == [
        "Founding Act on Mutual Relations, Cooperation and Security"]


def test_an_unnamed_agreement_keeps_its_figures_and_its_plain_subject():
    assert [n for n, _ in names("the two sides signed an agreement on the release of the remaining 1.5 billion "
                                "dollars of the loan. The firms signed an agreement on Tartu Energy's participation "
                                "in a wind farm project, and others signed an agreement on visas in Riga.")] == [
        "agreement on the release of the remaining 1.5 billion dollars of the loan",
        "agreement on Tartu Energy's participation in a wind farm project", "agreement on visas"]


def test_a_list_of_documents_told_after_its_items():
    assert [n for n, _ in names("In addition, several intergovernmental documents, including an agreement on "
                                "customs cooperation, were signed during the visit.")] == [
        "agreement on customs cooperation"]


def test_a_plain_subject_may_list_its_fields():
    assert [n for n, _ in names("the two leaders signed a joint statement on the further development of trade, "
                                "culture and tourism. Then")] == [
        "joint statement on the further development of trade, culture and tourism"]


def test_a_document_known_only_by_its_kind_told_as_signed():
    assert [n for n, _ in names("During that visit, an Exchange of Notes was signed confirming the old treaties. "
                                "At the session a Protocol was signed.")] == ["Exchange of Notes", "Protocol"]


def test_two_states_then_an_instrument_in_plain_words():
    assert [n for n, _ in names("Fishing went on under the Estonia-Latvia fisheries cooperation agreement of 1985. "
                                "They hope to conclude an Estonia-Latvia investment agreement soon, and the "
                                "Estonia-Latvia peace treaty is a topic.")] == [
        "Estonia-Latvia fisheries cooperation agreement"]


def test_a_statement_on_an_issue_that_leaders_signed_is_an_agreement_with_its_own_word():
    text = ("Minister Tamm stressed that, of the measures set out in the Statement on the Issue of a Border Treaty, "
            "which Prime Minister Kask and President Ozols signed in Tallinn on September 5, one was urgent.")
    assert [name for name, _ in names(text)] == ["Statement on the Issue of a Border Treaty"]


def test_instruments_whose_subject_is_told_in_plain_words():
    text = ("In the presence of the co-chairs, the Roadmap for supporting priority investment projects and the "
            "Memorandum of Understanding on the establishment of an Expert Centre for Regional Studies were signed. "
            "Then the Agreement between the Governments on economic, trade, technical and cultural cooperation and a "
            "number of interdepartmental documents were signed. The declaration sets out a roadmap for cooperation.")
    assert [name for name, _ in names(text)] == [
        "Roadmap for supporting priority investment projects",
        "Memorandum of Understanding on the establishment of an Expert Centre for Regional Studies",
        "Agreement between the Governments on economic, trade, technical and cultural cooperation"]


def test_a_titled_memorandum_keeps_its_title_and_an_article_number_is_no_part_of_a_treaty():
    text = ("Mr. Kask signed a Memorandum of Understanding on the Establishment of the Estonia-Latvia Business Council "
            "in the presence of Deputy Prime Minister Ozols. The two states coordinate the process under Article XIV "
            "of the Comprehensive Nuclear-Test-Ban Treaty.")
    assert [name for name, _ in names(text)] == [
        "Memorandum of Understanding on the Establishment of the Estonia-Latvia Business Council",
        "Comprehensive Nuclear-Test-Ban Treaty"]


def test_a_sessions_protocol_and_protocols_named_after_a_town():
    assert names("The co-chairs signed the Protocol of the 12th meeting of the Intergovernmental Commission on "
                 "Trade.") == [("Protocol of the 12th meeting of the Intergovernmental Commission on Trade", ())]
    assert names("They recalled the Tartu Protocols of 2009.") == [("Tartu Protocols", ())]


def test_a_list_of_instruments_after_commas_is_several_instruments():
    assert [n for n, _ in names("Also signed were the Agreement on Trade and Economic Cooperation, the Agreement on "
                                "Cooperation in the Field of Transport, and the Protocol on Combating Terrorism in the "
                                "Baltic Sea, the Protocol on Combating Organised Crime in the Baltic Sea.")] == [
        "Agreement on Trade and Economic Cooperation", "Agreement on Cooperation in the Field of Transport",
        "Protocol on Combating Terrorism in the Baltic Sea", "Protocol on Combating Organised Crime in the Baltic Sea"]


def test_a_comma_inside_a_name_still_joins_its_words():
    assert names("They signed the Agreement on Roads of Latvia, Estonia and Lithuania.") == [
        ("Agreement on Roads of Latvia, Estonia and Lithuania", ())]


@pytest.mark.parametrize("sentence, name", [
    ("They signed the Agreement between the Government of Latvia and the Government of the Republic of Estonia on "
     "cooperation in the field of labour migration. Then they left.",
     "Agreement between the Government of Latvia and the Government of the Republic of Estonia on cooperation in the "
     "field of labour migration"),
    ("The Treaty between Latvia and Lithuania on the Latvian naval station on the territory of Lithuania was amended.",
     "Treaty between Latvia and Lithuania on the Latvian naval station on the territory of Lithuania"),
    ("He noted that the General Agreement on the supply of Valmiera buses worth 40 million euros is in force.",
     "General Agreement on the supply of Valmiera buses"),
    ("They recalled the Agreement on the Prevention of Incidents at Sea.", "Agreement on the Prevention of Incidents at Sea"),
    ("They signed the Cooperation Programme between the Ministries of Foreign Affairs of the two countries for 2024-2025.",
     "Cooperation Programme between the Ministries of Foreign Affairs of the two countries for 2024-2025"),
    ("Both cited the Helsinki Final Act.", "Helsinki Final Act"),
])
def test_a_name_runs_on_through_its_plain_subject_and_its_idioms(sentence, name):
    assert names(sentence)[0][0] == name


@pytest.mark.parametrize("sentence, name", [
    ("They signed the Joint Statement on the same day.", "Joint Statement"),
    ("The ministers cited the Treaty of Good-Neighbourliness and Cooperation between the two countries.",
     "Treaty of Good-Neighbourliness and Cooperation"),
    ("They signed the Protocol on the Development of Relations at the University of Tartu.",
     "Protocol on the Development of Relations"),
    ("The sides then signed a further memorandum on the joint exploration of amber deposits.",
     "memorandum on the joint exploration of amber deposits"),
    ("Adoption of the Joint Statement on Friendship between Latvia and Estonia",
     "Joint Statement on Friendship between Latvia and Estonia"),
    ("2009.9  The Agreement between Estonia and Latvia on Investment enters into force.",
     "Agreement between Estonia and Latvia on Investment"),
])
def test_where_and_when_it_was_signed_and_which_one_it_is_are_not_its_name(sentence, name):
    assert names(sentence)[0][0] == name


def test_an_instrument_known_by_its_kind_and_its_date():
    assert names("They reviewed the trilateral statement of 9 November 2020 and its results.") == [
        ("trilateral statement of 9 November 2020", ("trilateral statement",))]
    assert names("Both recalled the ceasefire agreement of August 12, 2008.") == [
        ("ceasefire agreement of August 12, 2008", ("ceasefire agreement",))]
    assert names("Peace came under the trilateral statement signed by the three leaders.") == [
        ("trilateral statement", ())]
    assert names("They said the trilateral statement was a step forward.") == []


def test_the_year_before_a_name_is_an_alias_and_an_en_dash_joins_the_parties():
    assert names("The February 2000 Treaty of Friendship between Latvia and Estonia, signed in Riga, holds.") == [
        ("Treaty of Friendship between Latvia and Estonia", ("2000 Treaty of Friendship between Latvia and Estonia",))]
    assert names("They recalled the 1956 Joint Declaration.") == [("1956 Joint Declaration", ())]
    assert names("They suspended the 1998 Agreement on some matters of fishing, because of the dispute.")[0][0] == \
        "Agreement on some matters of fishing"
    assert names("They signed the Latvia–Estonia Joint Declaration.")[0][0] == "Latvia–Estonia Joint Declaration"


def test_a_dated_instrument_runs_on_through_its_subject_and_and_of_starts_another():
    assert names("Under the intergovernmental agreement of May 2018 on cooperation in the construction of a port, "
                 "work began.")[0] == (
        "intergovernmental agreement of May 2018 on cooperation in the construction of a port",
        ("intergovernmental agreement on cooperation in the construction of a port",))
    assert names("It welcomed the signing of a memorandum of understanding on cooperation in the Valmiera power "
                 "plant project and of an agreement on science.")[0][0] == \
        "memorandum of understanding on cooperation in the Valmiera power plant project"


def test_an_agency_under_the_president_is_part_of_a_partys_name():
    found = [name for name, _ in names("The directors signed a Memorandum of Cooperation between the Drug Control "
                                       "Agency under the President of the Republic of Latvia and the Drug Enforcement "
                                       "Administration of Estonia. The Treaty of Riga under the Framework of the Baltic "
                                       "Council was recalled.")]
    assert found[0] == ("Memorandum of Cooperation between the Drug Control Agency under the President of the Republic "
                        "of Latvia and the Drug Enforcement Administration of Estonia")
    assert "Treaty of Riga" in found


def test_a_number_with_a_thousands_comma_does_not_end_a_contracts_name():
    assert [name for name, _ in names("Latvijas Gaze signed a long-term contract for the supply of 5,000 tonnes of "
                                      "liquefied gas to the Estonian company.")] == [
        "long-term contract for the supply of 5,000 tonnes of liquefied gas"]


def test_a_subject_runs_on_to_the_state_it_names_through_a_short_list_and_a_span_of_years():
    assert [name for name, _ in names("They signed an intergovernmental agreement on the supply of oil products to "
                                      "Latvia.")] == ["intergovernmental agreement on the supply of oil products to Latvia"]
    assert [name for name, _ in names("The ministers signed an agreement on the registration of medicinal products, "
                                      "medical devices and medical equipment.")] == [
        "agreement on the registration of medicinal products, medical devices and medical equipment"]
    assert [name for name, _ in names("They signed a Programme of Cooperation in Combating Terrorism for 2017 to "
                                      "2019.")] == ["Programme of Cooperation in Combating Terrorism for 2017 to 2019"]
    assert [name for name, _ in names("They signed an agreement on trade to boost exports.")] == ["agreement on trade"]


def test_a_second_instrument_signed_after_and_is_its_own_agreement():
    assert [name for name, _ in names("The ministers signed an intergovernmental agreement on cooperation in combating "
                                      "crime and an agreement on cooperation in agriculture.")] == [
        "intergovernmental agreement on cooperation in combating crime", "agreement on cooperation in agriculture"]
    assert [name for name, _ in names("The leaders adopted a joint statement on deepening their partnership and a "
                                      "second statement on economic cooperation.")][0] == (
        "joint statement on deepening their partnership")


def test_a_memorandum_with_a_titled_person_is_not_named_after_them():
    assert names("The theatre signed a memorandum with Director Jaan Tamm.") == []
    assert [name for name, _ in names("The theatre signed a memorandum with the Bolshoi Theatre of Latvia.")] == [
        "memorandum with the Bolshoi Theatre of Latvia"]


def test_a_day_or_season_of_signing_is_not_the_subject_of_an_unnamed_instrument():
    assert [name for name, _ in names("The two centres signed a cooperation agreement on Monday.")] == [
        "cooperation agreement"]
    assert [name for name, _ in names("The federations signed an agreement on a joint expedition in the summer of "
                                      "2021.")] == ["agreement on a joint expedition"]


def test_a_memorandum_told_again_by_its_partner_is_not_a_new_one():
    text = ("The Riga Museum and the Tartu Gallery signed a memorandum of cooperation between the Riga Museum and the "
            "Tartu Gallery. The memorandum with the Tartu Gallery continues a series of projects of the museum.")
    assert [name for name, _ in names(text)] == [
        "memorandum of cooperation between the Riga Museum and the Tartu Gallery"]


def test_a_verb_ends_the_subject_of_an_instrument():
    assert [name for name, _ in names("A memorandum between the Riga Port and the Tallinn Port provides for joint "
                                      "training.")] == ["memorandum between the Riga Port and the Tallinn Port"]


def test_agreements_listed_without_an_article_after_a_statement_are_not_part_of_its_name():
    assert [name for name, _ in names("The leaders signed a joint statement on the new partnership and agreements "
                                      "covering transport and culture.")] == ["joint statement on the new partnership"]


def test_a_declaration_oriented_towards_a_century_keeps_it_in_its_name():
    assert [name for name, _ in names("They signed the Declaration on Allied Cooperation between the Republic of Latvia "
                                      "and the Republic of Estonia Oriented towards the 21st Century. It sets out")] == [
        "Declaration on Allied Cooperation between the Republic of Latvia and the Republic of Estonia Oriented towards "
        "the 21st Century"]


def test_whose_word_it_is_and_the_signers_next_act_are_not_part_of_the_name():
    assert [name for name, _ in names("The two presidents signed a protocol on expanding bilateral cooperation, "
                                      "Latvian officials said.")] == ["protocol on expanding bilateral cooperation"]
    assert [name for name, _ in names("They signed a treaty on friendship and cooperation and oversaw the signing of "
                                      "two contracts.")] == ["treaty on friendship and cooperation"]


def test_a_loan_to_a_state_and_things_with_their_parts_stay_in_the_name():
    assert [name for name, _ in names("They signed the Framework Agreement on a Preferential Loan of the Republic of "
                                      "Latvia to the Republic of Estonia.")] == [
        "Framework Agreement on a Preferential Loan of the Republic of Latvia to the Republic of Estonia"]
    assert [name for name, _ in names("Kask Motors signed an Investment Agreement for the Production of Electric "
                                      "Buses and their Components in Estonia.")] == [
        "Investment Agreement for the Production of Electric Buses and their Components in Estonia"]


def test_the_framework_an_instrument_was_signed_within_is_not_part_of_its_name():
    assert [name for name, _ in names("The documents signed include:\n- the Memorandum on Cooperation in Building "
                                      "the Baltic Rail within the framework of the Latvian-Estonian Joint Commission, "
                                      "between the two ministries.")] == ["Memorandum on Cooperation in Building the "
                                                                          "Baltic Rail"]


def test_a_memorandum_with_ones_colleagues_is_not_named_after_them():
    assert names("She first discussed the idea of a memorandum with her Latvian colleagues.") == []


def test_a_states_own_programme_is_no_agreement_but_a_shared_one_is():
    assert names("The President presented the Programme of Accelerated Industrial Development of Latvia.") == []
    assert [name for name, _ in names("They signed the Programme of Cooperation between the Ministries of Foreign "
                                      "Affairs of Latvia and Estonia for 2024-2025.")] == [
        "Programme of Cooperation between the Ministries of Foreign Affairs of Latvia and Estonia for 2024-2025"]
