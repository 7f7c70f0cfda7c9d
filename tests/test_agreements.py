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
])
def test_names_of_more_instruments(sentence, expected):
    assert [m.name for m in find_agreements(sentence)] == [expected]


def test_an_unconcluded_peace_treaty_is_a_topic():
    assert find_agreements("C Peace Treaty Negotiations\nThe two sides discussed the peace treaty.") == []
