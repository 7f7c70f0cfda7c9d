"""Regular grammar of people in diplomatic prose: titles, honorifics, appositive offices.

Finds "Foreign Minister X", "Russian Foreign Minister X Y", "Minister of Trade
and Industry X Y", "Mr. X Y, Secretary of the Z of <Country>", the readout form
"Mr. Surname, Given Patronymic, <office>", and "His Holiness X, Patriarch of Y".
Returns plain `PersonMatch`es over a text; the spaCy component turns them into
entity spans.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from kg import lexicon

MONTHS = ("January February March April May June July August September October November December "
          "Monday Tuesday Wednesday Thursday Friday Saturday Sunday").split()
# "A Meets B", "A Chairs the X Meeting": a headline's verbs, after the name
HEADLINE_VERBS = {"Visits", "Meets", "Holds", "Attends", "Receives", "Pays", "Hosts", "Signs", "Welcomes", "Expresses",
                  "Sends", "Congratulates", "Discusses", "Chairs", "Opens", "Arrives", "Addresses", "Delivers"}
# Capitalised words that end a name: they start the next phrase instead.
NOT_NAME = {
    "The", "A", "An", "In", "On", "At", "Of", "And", "For", "With", "To", "By", "As", "During", "After",
    "Summit", "Meeting", "Meetings", "Government", "Administration", "Cabinet", "Ministry", "Office",
    "Council", "Committee", "Talks", "Visit", "Forum", "Dialogue", "Conference", "Session", "Congress", "Statement",
    "Declaration",
    "Treaty", "Agreement", "Plan", "Memorandum", "Himself", "Herself", "Mr", "Ms", "Mrs", "Dr", "I", "We",
    "Regarding", "Concerning", "Moreover", "However", "Furthermore", "Following", "Based", "Also",
    "Republic", "Federation", "Kingdom", "State", "States", "Union", "Emirates", "Islands", "Region",
    "Extraordinary", "Plenipotentiary", "Prefecture", "Prefectures", "Oblast", "Krai", "Town", "Village",
    "Assembly", "Parliament", "Duma", "Staff", "Agency", "Bank", "Fund", "Organization", "Court", "Force", "Forces",
    "Foundation", "University", "Institute", "Institution", "Center", "Centre", "Corporation", "Company", "Society",
    "Minister", "Ministers", "Presidents", "Secretaries", "Ambassadors", "Deputies",  # "at the level of Deputy Ministers"
    *HEADLINE_VERBS,
    "Condolences", "Congratulations", "Message", "Greetings",
    "Majesty",  # "His Majesty the Emperor": a style, not a name
    "Situation", "Relations", "Issues", "Overview", "Outline", "Presidential", "Governmental", "Joint",  # headings
    "Keynote", "Speech", "Address", "Remarks", "Lecture", "Interview",
    "Diaspora", "Diasporas", "Compatriots",  # "the State Committee on Work with Diaspora"
    "Airports", "Airport", "Airlines", "Airways",  # "the Chairman of the Board of Latvia Airports, A B"
    "Technopark", "Technoparks",  # "the heads of state toured the Technopark"
    "Hotel", "Hotels",  # "at the Latvija President Hotel"
    "Commissioner-General", "Governor-General", "Attorney-General", "Consul-General",
    "Manager", "Officer", "Executive", "Engineer",  # "A, General Manager of X": a post, not a general's name
    "LLP", "LLC", "JSC", "OJSC", "CJSC", "PJSC", "JSFC", "Ltd", "Inc", "PLC", "GmbH",  # "X LLP / A member of Y"
    *lexicon.COMPANY_HEADS,  # "Tallinn Hub of Estonia"
    *MONTHS,
}
PORTFOLIO_WORDS = (
    "Foreign Affairs Economic Economy Development Trade Industry Industrial Finance Defense Defence Justice "
    "Energy Agriculture Internal Interior Home Education Health Culture Transport Transportation Land "
    "Infrastructure Tourism Environment Labour Labor Welfare Science Technology Communications Digital "
    "Natural Resources Emergency Situations Sport Sports Youth Revitalization Reconstruction Investment "
    "Policy Fisheries Forestry Construction Housing Social Security Information Regional Far East Arctic "
    "Commerce International Cooperation Water Mining Oil Gas State Property Public Administration "
    "Economic Affairs Okinawa Northern Territories Disaster Management Climate Change Finance Budget "
    "Food Affairs Relations Policies Planning National Strategy Research Higher Innovation Affairs Gender "
    "Equality Family Children Women Civil Service Enterprise Entrepreneurship Maritime Ocean Oceans "
    "Telecommunications Mass Media Press Religious Veterans Migration Refugees Statistics Tax Taxes "
    "Technologies Industries Sciences Emergencies Communication Ecology Railways Roads Ecological Investments "
    "Sustainable Protection Population Employment Veteran Consumer Rights Urban Rural Territorial Utilities "
    "Communal Services Municipal Architecture Works Healthcare External Customs Mineral Internally Displaced "
    "Persons Occupied Elimination Consequences Disasters Antiquities Petroleum Atomic Relief Administrative Reform "
    "Integration Environmental Heritage Irrigation Geology Aviation Physical"
).split()
NOT_NAME.update(PORTFOLIO_WORDS)
NOT_NAME.update(w for title in lexicon.OFFICES + lexicon.RANKS for w in title.split())  # "Secretary General"
# last words of what an office heads, besides bodies and units: "Governor of the Penza Region A B", "Deputy
# Chairman of the Cabinet of Ministers A B", "Director of the State Museum A B"
HEADED_WORDS = ["Region", "District", "Territory", "Ministers", "Affairs",
                "Museum", "Theatre", "Theater", "Library", "Gallery", "Hospital", "Conservatory"]
# offices that head a body: "Premier of the State Council", "Director General of the Rosatom State Corporation"
BODY_OFFICES = (r"Chairman|Chairperson|Chair|Secretary[- ]General|Under[- ]?[Ss]ecretary|(?:State|Permanent)\s+Secretary|Secretary|Head|Director[- ]General|General\s+Director"
                r"|Director|Speaker|President|Premier|Chief\s+of\s+Staff|Chief\s+Executive(?:\s+Officer)?|Dean|Rector")
BODY_NAME_WORDS = {*lexicon.BODY_HEADS, "Chamber", "Exchange", "Federation", "Academy", "Corporation", "University"}
GIVEN_PATRONYMIC = re.compile(r"(?:ovich|evich|yevich|ich|ovna|evna|yevna|ichna)$")


@dataclass(frozen=True)
class PersonMatch:
    start: int  # span of the mention (title + name) in the text
    end: int
    name: str  # the name alone, in natural order
    office: str | None
    country: str | None  # ISO code when the text says which state
    extent: int = 0  # end of the mention with its appositive office


# Letters beyond ASCII: "François", "Müller", "Łukasz", "Ahmad Shah Massoud".
_UP, _LOW = "A-ZÀ-ÖØ-ÞĀ-ſ", "a-zß-öø-ÿĀ-ſ"
_NAME_TOKEN = (rf"(?:[{_UP}][{_LOW}]*['’]?[{_UP}]?[{_LOW}]+(?:-[{_UP}{_LOW}][{_LOW}]+)*"
               rf"|[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})*(?![\w.]))")  # "TOKAYEV", "OYUN-ERDENE"
# "Nurlanbek Turgunbek uulu", "Ilham Heydar oglu": a Turkic patronymic ends the name with "son of"/"daughter of"
_PATRONYMIC_WORD = r"(?:\s+(?:uulu|kyzy|uly|qizi|kizi|oglu|ogly|oğlu|o['‘’]g['‘’]li)\b)?"
# "George W. Bush", "Mohammed bin Salman" (an Arabic name's "son of"), "Staffan de Mistura", "Maria van der Hoeven"
NAME_PARTICLES = r"(?:bin|ibn|bint|de|di|da|del|della|van|von|du|der|den|(?:van|von|de)\s+(?:der|den|la))"
_ARTICLE = r"(?:al|el|ad|as|ash|ar|at|az|an|ud|ul)-"  # "Khaled al-Anani", "Abdel Fattah el-Sisi"
_NAME = (_NAME_TOKEN + r"(?:\s+(?:[A-Z]\.\s+|" + NAME_PARTICLES + r"\s+)?(?:" + _ARTICLE + r")?" + _NAME_TOKEN + r"){0,3}"
         + _PATRONYMIC_WORD + r"(?:\s+(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI"  # "Janis II.", and "Aram I,
         r"|I(?=,\s+(?:Catholicos|Patriarch|Pope|King|Queen|Emperor|Emir|Sultan|Metropolitan|Archbishop)\b))(?!\w))?")  # Catholicos"


# "President Ts.Elbegdorj", "Minister L.Bold": Mongolian usage glues the father's initial to the name, which is the
# name the person goes by; "Deputy Minister G.B. Tamm": initials before a surname, the surname is the name read
GLUED_INITIAL = r"(?:(?:[A-Z][a-z]?\.){1,2}[^\S\n]?(?=[A-Z][a-z]))?"

# Words that end a state's name after a demonym ("the Russian Federation"): never the start of a person's name.
STATE_HEADS = r"(?:Federation|Republic|Kingdom|States|Emirates)"


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern]:
    gaz = lexicon.gazetteer()
    demonym = _alternation(gaz.by_demonym)
    country = _alternation(n for n in gaz.by_name if not n.startswith("the "))
    office = _alternation(lexicon.OFFICES)
    portfolio = r"(?:the\s+)?(?:(?:" + _alternation(PORTFOLIO_WORDS) + "|" + demonym + r")(?:,?\s+and\s+|,\s+|\s+of\s+(?:the\s+)?|\s+for\s+|\s+)?)+"
    minister_of = (r"(?:First\s+|Senior\s+|Deputy\s+|Assistant\s+|State\s+|Parliamentary\s+|Vice[- ])*"  # and
                   r"(?:Minister\s+(?:of|for)|Secretary\s+(?:of|for)(?!\s+the\b))\s+" + portfolio)  # "Secretary of Energy A"
    ambassador_for = (r"Ambassador\s+(?:Extraordinary\s+and\s+Plenipotentiary\s+)?(?:of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*)*?\s+)?(?:for|to)\s+(?:the\s+)?"
                      r"(?:(?:" + _country_alternation() + r")(?=\s+[A-Z][a-z]+\s+[A-Z])"  # "to Latvia Jaan Kask Tamm"
                      r"|[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*?(?=\s+[A-Z][a-z]+\s+[A-Z][a-z]+\b(?!\s+[A-Z])))")
    honorific = _alternation(lexicon.HONORIFICS + lexicon.RANKS)
    head_of = (r"(?:(?:First\s+)?(?:Deputy\s+|Vice[- ]|State\s+|Permanent\s+|Assistant\s+))?"
               r"(?:Chairman|Chairperson|Chair|Under[- ]?[Ss]ecretary|Secretary|Head|Director|Speaker|Toraga|Governor|President)"
               r"\s+of\s+(?:(?:[A-Z][\w'-]*|of|the)\s+){0,8}?(?:" + _alternation(lexicon.BODY_HEADS + lexicon.SUBNATIONAL_UNITS + HEADED_WORDS) + r")"
               r"(?:\s+on\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?(?=\s+[A-Z][\w'-]*\s+[A-Z]))?")  # "... Committee on Foreign Affairs A B"
    # "Chairman of the Riigikogu of Estonia Jaan Tamm": the head of a body named in its own language, then its state
    head_of += (r"|(?:Chairman|Chairperson|Chair|Speaker|Toraga|President)\s+of\s+the\s+(?!" + STATE_HEADS + r"\b)"
                r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
                r"(?=\s+of\s+(?:the\s+)?(?:" + country + r")\b)")
    # "Governor of Tallinn Jaan Tamm", "Mayor of Riga Ivan Kask": a town's head, the town in one word
    head_of += (r"|(?:Governor|Mayor)\s+of\s+[A-Z][\w'-]+(?=\s+(?!(?:" + _alternation(lexicon.SUBNATIONAL_UNITS + HEADED_WORDS)
                + r")\b)[A-Z][a-z])")  # (not "Governor of Tartu County")
    # "Catholicos-Patriarch of All Latvia Janis II", "Patriarch of Riga and All Latvia Ivan": a church's head
    head_of += (r"|(?:Catholicos-Patriarch|Patriarch|Catholicos|Metropolitan)\s+of\s+(?:[A-Z][\w'-]*\s+and\s+)?"
                r"(?:All\s+)?(?!All\b)[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)??(?=\s+[A-Z])")
    # "President of the Republic of Latvia Janis Berzins": the office names its state before the name
    of_state = r"(?:\s+of\s+(?P<state>(?:the\s+)?(?:" + _country_alternation() + r")))?"
    # "Deputy Prime Minister and Foreign Minister A": a deputy head of government who holds a portfolio too;
    deputy_head_and = (r"(?:(?:First\s+)?(?:Deputy|Vice)[- ](?:Prime\s+Minister|Chairman\s+of\s+the\s+Cabinet\s+of\s+Ministers)"
                       r"(?:\s+and\s+|\s+[–-]\s+))?")  # "Deputy Prime Minister – Minister of Foreign Affairs A"
    title = (r"(?:(?:then|former|acting|new)\s+)?(?:(?P<demonym>" + demonym + r")\s+)?(?P<office>" + deputy_head_and
             + r"(?:" + minister_of + "|"
             + ambassador_for + "|" + head_of + "|" + office + r"))" + of_state)
    listed_name = _NAME_TOKEN + r"(?:[^\S\n]+" + _NAME_TOKEN + r"){0,2}"
    of_a_state = of_state.replace("?P<state>", "?:")  # "A of X" in a list
    appositive_head = r"(?:the\s+)?(?:[A-Z][\w-]*\s+)*?(?:" + office + r"|Minister|Secretary|Chairman|Chief|Commander|Director|Member|member|Head|President)\b"
    def one_line(pattern: str) -> re.Pattern:
        """A name and its title never run across a line break (headings, bylines)."""
        return re.compile(pattern.replace(r"\s+", r"[^\S\n]+"))

    return {
        # "the President of Estonia, Jaan Tamm": after a state, a comma may stand before the name
        "titled": one_line(r"(?<![\w-])" + title + r"(?(state),?(?:\s+(?:Mr|Ms|Mrs|Dr)\.?)?)\s+" + GLUED_INITIAL + r"(?P<name>(?!(?:"
                           + STATE_HEADS + "|"
                           + _alternation(lexicon.BODY_HEADS) + r")\b)" + _NAME + r")"),  # not "... Council Committee"
        # "Foreign Ministers A, B and C", "Foreign Ministers A of X and B of Y": one office, several people
        # (each item atomic and the list possessive: a long list that ends otherwise fails at once, not after
        # trying every way of cutting it into names)
        "plural_titled": one_line(r"(?<![\w-])(?P<office>" + office + r")s\s+(?P<names>"
                                  + (titled_item := "(?>" + listed_name + of_a_state + ")")
                                  + r"(?:,\s+" + titled_item + r")*+,?\s+and\s+" + titled_item + r")\b"),
        "listed_name": re.compile(r"(?P<name>" + listed_name + r")" + of_state),
        # "The presidents of Latvia and Estonia, A B and C D": one office, two states, two people in that order
        "plural_of_states": one_line(r"(?<![\w-])(?P<office>(?i:" + office + r"))s\s+of\s+(?P<first>(?:the\s+)?(?:"
                                     + _country_alternation() + r"))\s+and\s+(?P<second>(?:the\s+)?(?:"
                                     + _country_alternation() + r")),\s+(?P<name1>" + listed_name
                                     + r")\s+and\s+(?P<name2>" + listed_name + r")(?=\s*[,.;:)])"),  # whole names: not "A al-B"
        # "the co-chairs: A of X, B of Y and C of Z": people listed with their states
        "listed_of_states": one_line(r"(?P<names>" + (item := "(?>" + listed_name + r"\s+of\s+(?:the\s+)?(?:" + country
                                                            + r")\b)")
                                     + r"(?:,\s+" + item + r")*+,?\s+and\s+" + item + r")"),
        "honorific": one_line(r"(?<![\w-])(?P<hon>(?:(?:" + honorific + r")\s+)+)" + GLUED_INITIAL + r"(?P<name>" + _NAME
                             + r")"),
        "readout": one_line(r"(?<![\w-])(?:" + honorific + r")\s+(?P<surname>" + _NAME_TOKEN + r"),\s+(?P<given>"
                            + _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r")?),\s+(?=" + appositive_head + ")"),
        # "SATO Kenji, Ambassador ..." opening a line; "...; Ye.A. Dossayev, Minister ..." in a list
        "byline": re.compile(r"(?:^(?:By\s+)?|(?<=[:;][^\S\n])(?P<listed>))(?P<name>(?:[A-Z][a-z]?\.){1,3}[^\S\n]?"
                             + _NAME_TOKEN + r"|" + _NAME_TOKEN + r"(?:[^\S\n]+" + _NAME_TOKEN + r"){1,2}),[^\S\n]+(?="
                             + appositive_head + ")", re.M),
        # "John Smith" on a line of its own and his office on the next: a speech's or an article's signature block
        "name_block": re.compile(r"^[^\S\n]*(?P<name>" + _NAME_TOKEN + r"(?:[^\S\n]+(?:[A-Z]\.[^\S\n]+)?" + _NAME_TOKEN
                                 + r"){1,3})[^\S\n]*\n[^\S\n]*(?P<office>(?=" + appositive_head + r")[^\n]*)$", re.M),
        "appositive": re.compile(r"\A,\s+(?P<office>" + appositive_head + r"[^,;()\n]*?"
                                 r"(?:,\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,?\s+and\s+(?:the\s+)?[A-Z][^,;()\n]*?)?)(?=,|;|\)|\s+\(|\.(?:\s|$)|\s*\n|\s*$|\s+and\s+(?:a\s+)?member\b|\s+[a-z]+ed\b|\s+(?:visited|met|held|was|were|is|has|had|signed|said|attended|co-chaired|paid|and\s+(?:Mr|Ms|Mrs|Dr|H\.E|His|Her)\b))"),
        # "Premier of the State Council Li Keqiang", "Head of the Federal Agency for Fisheries A B", "President of
        # the Union of Winemakers of X, A B": a body whose name runs on past its head word ("for Fisheries", "of
        # Kazatomprom"); the name is the two words before the sentence goes on
        "body_head": one_line(r"(?<![\w-])(?P<office>(?:(?:First\s+)?(?:Deputy|Vice)[- ])?(?:" + BODY_OFFICES
                              + r")\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w'&-]*(?:\s+(?:of|for|on|the|[A-Z][\w'&-]*"
                              r"|and(?!\s+(?:the\s+)?(?:First\s+|Deputy\s+|Vice[- ])*(?:" + BODY_OFFICES + r")\b)))*?))"
                              r",?\s+(?P<name>" + _NAME_TOKEN + r"\s+" + _NAME_TOKEN + r")(?=\s*[,.;:)]|\s+[a-z])"),
        # "A took the oath of office and assumed the duties of President of Latvia", "B assumes office as Governor"
        "took_office": one_line(r"(?<![\w-])(?P<name>" + _NAME + r")\s+(?:took\s+the\s+oath\s+of\s+office\s+and\s+)?"
                                r"(?:assume[sd]|take[sn]?\s+up|took\s+up|(?:is|was)\s+(?:sworn\s+in|inaugurated|elected|appointed)"
                                r"(?:\s+as)?|t(?:akes|ook)\s+office\s+as|assume[sd]\s+office\s+as)\s+(?:the\s+(?:duties|post|office)"
                                r"\s+of\s+)?" + title + r"\b"),
        "country_in": re.compile(r"\b(?:" + country + r")\b"),
        "demonym_in": re.compile(r"\b(?:" + demonym + r")\b"),
    }


SENTENCE_OPENERS = {"today", "yesterday", "then", "later", "earlier", "also", "there", "here", "thus", "now"}


def _trim_name(name: str) -> str:
    """Cut a name at the first word that starts the next phrase."""
    words = name.split()
    kept = []
    for word in words:
        bare = word[:-2] if word.endswith(("’s", "'s")) else word
        regnal = bare == "I" and kept and word is words[-1]  # "Aram I, Catholicos of ...", not the pronoun
        short_family_name = bare == "To" and word is words[0] and len(words) in (2, 3) and all(
            w not in NOT_NAME and not lexicon.country_code(w) and not lexicon.city(w) for w in words[1:])  # "To Lam"
        kept_word = regnal or short_family_name
        if bare in NOT_NAME and not kept_word or lexicon.country_code(word) or word in lexicon.gazetteer().by_demonym:
            break
        kept.append(bare)
        if bare != word:
            break
    return " ".join(kept)


def country_of(phrase: str) -> str | None:
    """The state an office phrase names: "Secretary of the Security Council of the Russian Federation" -> RU."""
    patterns = _patterns()
    # "Ambassador to Japan", "Minister for Economic Cooperation with Russia" serve another state;
    # "for Japan-Russia Relations" names two.
    phrase = re.sub(r"\b(?:to|with)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.]*)*", " ", phrase)
    institution = lexicon.national_body_country(phrase)
    phrase = re.sub(r"[\w.]+\s*-\s*[\w.]+", " ", phrase)
    found = patterns["country_in"].findall(phrase)
    if found:
        return lexicon.country_code(found[-1])
    demonyms = patterns["demonym_in"].findall(phrase)
    return lexicon.country_code(demonyms[0]) if demonyms else institution


def states_named(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, ISO code) of each state named between `start` and `end`: "President of the Republic of
    Latvia" in "President of the Republic of Latvia A" names Latvia."""
    return [(m.start(), m.end(), code) for m in _patterns()["country_in"].finditer(text, start, end)
            if (code := lexicon.country_code(m.group()))]


# A transcript's speaker in capitals: "PRESIDENT NAZARBAYEV: ...", "MR. PUTIN: ..."
CAPITALS_TURN = re.compile(r"^[ \t]*(?:[A-Z][A-Z.'-]+[ \t]+){1,3}[A-Z][A-Z'-]+(?=:)", re.M)


# A speech's heading in capitals: "ADDRESS OF HIS HOLINESS JOHN PAUL II", "STATEMENT BY PRESIDENT JAAN TAMM"
CAPITALS_HEADING = re.compile(r"^[ \t]*(?:" + "|".join(w.upper() for w in lexicon.SPEECH_HEADINGS) + r")[ \t]+(?:OF|BY)"
                              r"[ \t]+(?:[A-Z][A-Z.'-]*[ \t]+){1,6}[A-Z][A-Z.'-]*[ \t]*$", re.M)


def _capitalised(words: str) -> str:
    """"HIS HOLINESS JOHN PAUL II" -> "His Holiness John Paul II": names as written in a sentence, the same length."""
    return re.sub(r"[A-Z]+", lambda w: w.group() if re.fullmatch(r"[IVX]+", w.group()) and len(w.group()) <= 4
                  else w.group().lower() if w.group() in ("OF", "THE", "BY") else w.group().capitalize(), words)


def _speakers_in_capitals_cased(text: str) -> str:
    """The text with its speakers' labels and speech headings in capitals written as names are ("President
    Nazarbayev:"), the same length, so that offsets hold."""
    text = CAPITALS_HEADING.sub(lambda m: _capitalised(m.group()), text)
    return CAPITALS_TURN.sub(lambda m: re.sub(r"[A-Z]+", lambda w: w.group().capitalize(), m.group()), text)


def find_people(text: str) -> list[PersonMatch]:
    """Every titled, honorific or readout-form person mention in a text."""
    patterns = _patterns()
    text = _speakers_in_capitals_cased(text)
    found: list[PersonMatch] = []
    for match in patterns["readout"].finditer(text):
        surname, given = match.group("surname"), match.group("given")
        if not GIVEN_PATRONYMIC.search(given.split()[-1]) and len(given.split()) < 2:
            continue
        office, country, extent = appositive(text, match.end() - 2)
        found.append(PersonMatch(match.start(), match.end() - 2, f"{given} {surname}", office, country, extent))
    for match in patterns["byline"].finditer(text):  # "SATO Kenji, Ambassador of Japan to ..." on a line of its own
        name = _trim_name(match.group("name"))  # or an item of a list: "Signed by: A B, Minister of X; C D, ..."
        office, country, extent = appositive(text, match.end("name"))
        rest = text[extent:].split("\n", 1)[0]  # "..., Minister for Foreign Affairs and member of the House"
        listed = match.group("listed") is not None
        ended = rest[:1] in (";", ".", "") if listed else "." not in rest and len(rest.split()) <= 12
        if name == match.group("name") and office and ended:
            found.append(PersonMatch(match.start("name"), match.end("name"), name, office, country, extent))
    for match in patterns["name_block"].finditer(text):
        name, office = match.group("name"), match.group("office").strip()
        if _trim_name(name) == name and len(office.split()) <= 12 and not office.endswith("."):
            found.append(PersonMatch(match.start("name"), match.end("name"), name, strip_country(office),
                                     country_of(office), match.end("name")))
    for match in patterns["plural_titled"].finditer(text):
        office = " ".join(match.group("office").split())
        found += _listed(text, match, office)
    for match in patterns["listed_of_states"].finditer(text):
        found += _listed(text, match, None)
    for match in patterns["plural_of_states"].finditer(text):
        office = " ".join(w if w in ("of", "for", "and", "the") else w[:1].upper() + w[1:]
                          for w in match.group("office").split())  # "foreign ministers" -> "Foreign Minister"
        found += [PersonMatch(match.start(name), match.end(name), match.group(name), office,
                              lexicon.state_code(match.group(state)), match.end(name))
                  for name, state in (("name1", "first"), ("name2", "second"))
                  if _trim_name(match.group(name)) == match.group(name)]
    for match in patterns["took_office"].finditer(text):
        words = match.group("name").split()
        opening = len(words) > 2 and words[0].lower() in SENTENCE_OPENERS  # "Today A B took the oath ..."
        name = _trim_name(" ".join(words[opening:]))
        if name == " ".join(words[opening:]):
            start = match.end("name") - len(name)
            state = match.group("state")
            country = lexicon.state_code(state) if state else None
            office = " ".join(match.group("office").split()).removesuffix(" of")
            found.append(PersonMatch(start, match.end("name"), name, office, country, match.end("name")))
    for kind in ("titled", "honorific"):
        for match in patterns[kind].finditer(text):
            name = _trim_name(match.group("name"))
            if not name or kind == "titled" and match.group("state") and name != match.group("name"):
                continue  # "Chief of Staff of the Japan Ground Self-Defense Force" names no one
            if name.split()[-1] in lexicon.STREET_HEADS or re.match(
                    r"\s*(?:" + _alternation(lexicon.STREET_HEADS) + r")\b", text[match.start("name") + len(name):]):
                continue  # "on Marshal Baghramyan Avenue": a street
            if kind == "titled" and re.search(r",\s+\S+\s*$", text[match.start():match.start("name")]) \
                    and re.search(r"[A-Z][\w'-]*,\s*$", text[max(0, match.start() - 60):match.start()]):
                continue  # "Mr. A, President of Latvia, Mr. B, ...": A's office, not a title of B
            before_name = text[match.start():match.start("name")]
            if kind == "titled" and re.search(r",(?:\s+(?:Mr|Ms|Mrs|Dr)\.?)?\s+$", before_name) \
                    and re.match(r"\s+[a-z]", text[match.start("name") + len(name):]):
                continue  # "Speaking with the Ambassador of Latvia, Jaan Tamm noted": the subject, not the Ambassador
            end = match.start("name") + len(name)
            office = " ".join(match.group("office").split()).rstrip(",") if kind == "titled" else None
            country = None
            if kind == "titled" and match.group("demonym"):
                country = lexicon.country_code(match.group("demonym"))
            elif kind == "titled" and match.group("state"):
                country = lexicon.state_code(match.group("state"))
                office = re.sub(r"\s+of\s+the\s+(?:[A-Z][a-z]+\s+){1,3}(?:Republic|Kingdom)$", "", office)  # "President
                # of the Socialist Republic of X": the state's style, not the office
            elif office:
                country = country_of(office)
            after_name = end
            of_state = _of_country(text, end)
            if of_state:  # "President Rahmon of Tajikistan"
                country = country or of_state[0]
                after_name = of_state[1]
            after_office, after_country, extent = appositive(text, after_name)
            if after_office:
                office = after_office if not office or kind == "honorific" else office
                country = country or after_country
            if office and kind == "titled":
                office = office.removesuffix(" of").strip()
            found.append(PersonMatch(match.start(), end, name, office, country, extent))
    for match in patterns["body_head"].finditer(text):  # after the titled: where both read a name, theirs stands
        before = text[match.start("body"):match.start("name")]
        if _heads_a_body(match.group("body")) and _unknown_words(text, match.group("name")) and not re.search(
                r"\b(?:of|for|on|the|and)\s+$", before) and not GIVEN_PATRONYMIC.search(match.group("name").split()[0]):
            # not "Senate of the Oliy Majlis", "Agency of Sea and River Routes": a body's own name after "of"
            office = " ".join(match.group("office").split()).rstrip(",")
            found.append(PersonMatch(match.start(), match.end("name"), match.group("name"), strip_country(office),
                                     country_of(office), match.end("name")))
    return _without_overlaps(_cut_at_next_person(text, found))


def _heads_a_body(body: str) -> bool:
    """"State Council", "Board of Gazprom", "CSTO": a body by its head word or its acronym, not a place or a topic."""
    return any(word in BODY_NAME_WORDS or word.isupper() and len(word) > 1 for word in body.split())


def _unknown_words(text: str, name: str) -> bool:
    """A name's words are no part of a body's name: not an office, a state or a word the text writes in lower case
    ("Committee for Economic Relations" is not a person "Economic Relations")."""
    gaz = lexicon.gazetteer()
    return not any(word in NOT_NAME or word in BODY_NAME_WORDS or lexicon.country_code(word) or word in gaz.by_demonym
                   or re.search(r"\b" + re.escape(word.lower()) + r"\b", text) for word in name.split())


def _listed(text: str, match: re.Match, office: str | None) -> list[PersonMatch]:
    """Each name of a list ("A of X, B of Y and C"), with its state where the list gives it."""
    found = []
    for name in _patterns()["listed_name"].finditer(match.group("names")):
        if _trim_name(name["name"]) == name["name"]:
            start = match.start("names") + name.start()
            country = lexicon.state_code(name["state"]) if name["state"] else None
            found.append(PersonMatch(start, start + len(name["name"]), name["name"], office, country, start + len(name["name"])))
    return found


def _of_country(text: str, end: int) -> tuple[str, int] | None:
    """(ISO code, end) of " of <state>" right after a name; the state may end the sentence."""
    match = _OF_COUNTRY.match(text, end)
    if not match:
        return None
    words = match.group(1).split()
    for n in range(len(words), 0, -1):
        for candidate in (" ".join(words[:n]), " ".join(words[:n]).rstrip(".")):  # "the U.S." / "Kazakhstan."
            code = lexicon.country_code(candidate)
            if code:
                return code, match.start(1) + len(candidate)
    return None


_OF_COUNTRY = re.compile(r"\s+of\s+((?:the\s+)?[A-Z][\w.]*(?:\s+(?:of\s+)?[A-Z][\w.]*){0,3})(?=[\s,.;:)]|$)")


def _cut_at_next_person(text: str, found: list[PersonMatch]) -> list[PersonMatch]:
    """", Minister for X and Foreign Minister Y": the appositive ends where the next titled person begins."""
    starts = sorted(match.start for match in found)
    cut = []
    for match in found:
        following = starts[bisect.bisect_right(starts, match.end):][:1]
        if following and following[0] < match.extent and match.office:
            extent = following[0]
            office = re.sub(r"(?:,?\s+and|,)?\s+(?:the\s+)?$", "", text[match.end:extent]).lstrip(", ")
            if not office.strip() or office.startswith("of "):
                # "with Minister A, Minister B and ...", "Minister A of X, Minister B of Y": A's own title stands
                cut.append(PersonMatch(match.start, match.end, match.name, match.office, match.country, extent))
                continue
            match = PersonMatch(match.start, match.end, match.name, strip_country(" ".join(office.split())) or None,
                                match.country or country_of(office), extent)
        cut.append(match)
    return cut


def strip_country(office: str) -> str:
    """"Minister of Energy of the Republic of Kazakhstan" -> "Minister of Energy": the state is kept apart."""
    if re.search(r"\bto\s", office):
        return office  # "Ambassador of Japan to the Republic of Azerbaijan": the state served stays
    stripped = re.sub(r"\s+of\s+(?:the\s+)?(?:(?:[A-Z][a-z]+\s+){1,3}(?:Republic|Kingdom)\s+of\s+)?(?:"  # "the Socialist
                      + _country_alternation() + r")$", "", office)  # Republic of X": as its official name may not read
    return stripped if stripped != office and len(stripped.split()) >= 1 and stripped[0].isupper() else office


@cache
def _country_alternation() -> str:
    gaz = lexicon.gazetteer()
    official = {c.name for c in gaz.countries.values()}
    names = {n for n in gaz.by_name if not n.startswith("the ")} | official
    names |= {f"Republic of {n}" for n in names} | {f"Kingdom of {n}" for n in names}
    return _alternation(names)


# a name ending a sentence's opening phrase: "In the conversation with Ms. A", "Speaking to Mr. B"
AFTER_A_PREPOSITION = re.compile(r"\b(?:with|to|from|by|for)\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}$")


def appositive(text: str, end: int) -> tuple[str | None, str | None, int]:
    """The office in ", Secretary of the X of Country," right after a name."""
    match = _patterns()["appositive"].match(text[end:end + 300])
    if not match:
        return None, None, end
    if re.match(r"\s+[a-z]", text[end + match.end():]) and AFTER_A_PREPOSITION.search(text[max(0, end - 80):end]):
        return None, None, end  # "In the conversation with Ms. A, the President underlined": the subject, not A's title
    office = " ".join(match.group("office").split())
    office = re.sub(r"^the\s+", "", office)
    if " to " in office and not re.search(r"Ambassador|Envoy|Representative|Advis[eo]r", office):
        office = office[:office.index(" to ")]
    return strip_country(office), country_of(office), end + match.end()


def _without_overlaps(found: list[PersonMatch]) -> list[PersonMatch]:
    """Keep the longest match where matches overlap, earliest first."""
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[PersonMatch] = []
    for match in found:
        if kept and match.start < max(kept[-1].end, kept[-1].extent):
            if match.start < kept[-1].end and (match.end - match.start) > (kept[-1].end - kept[-1].start):
                kept[-1] = match
            continue
        kept.append(match)
    return kept
