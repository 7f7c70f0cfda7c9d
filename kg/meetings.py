"""Meetings: who met whom, when, where, about what — read from the dependency parse.

A meeting is triggered by a meeting noun ("Summit Meeting", "talks", "a meeting
between A and B", "visit") or verb ("met", "visited", "signed", "co-chaired").
Triggers that hang off the same verb form one event; the verb's clause (its
subtree without coordinated clauses) supplies the participants, date, place,
agreements and topics. Plural meeting nouns with a number are counts, not
events; "respectively" distributes places and dates over several events.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, cached_property
from importlib import resources

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.agreements import STATED_SUBJECT
from kg.clean import (DATELINE, DAY_ENTRY, DAY_OF_MONTH, MONTHS, NUMERIC_DATE, OPENING_LINES,
                      WEEKDAYS, WIRE_DATELINE, DocumentMeta, chronology_entry, dateline_date, dateline_place_span,
                      find_dateline, full_month_names)
from kg.records import Evidence, Meeting, MeetingCount, MeetingRecord, Mention

MEETING_NOUNS = {"meeting", "summit", "talk", "talks", "consultation", "dialogue", "visit", "call", "session",
                 "conversation", "teleconference", "videoconference", "ceremony"}
SOVEREIGN_NOUNS = {"majesty", "majesties", "emperor", "empress", "king", "queen", "pope"}
CHANCE_NOUNS = {"honor", "honour", "pleasure", "privilege", "chance", "opportunity"}  # "I had the honor of meeting B"
REASONS = {"since", "because", "as", "while", "although"}  # "..., since B was attending the session in X": elsewhere
GREETED_NOUNS = {"colleague", "guest", "friend", "partner"}  # "I welcome our colleagues: A, B and C"
MEALS = {"lunch", "luncheon", "dinner", "breakfast"}
# "... negotiations on salmon and trout for 2022 were held": a round of talks that took place (not "continued
# negotiations"); the named group is the verb that says so
HELD_AFTER = re.compile(r"[^,;()]{0,150}?\b(?:were\s+(?P<verb>held|concluded)|(?P<took>took)\s+place"
                        r"|(?P<reached>reached)\s+an?\s+agreement)\b")
PEOPLE_NOUNS = {"member", "representative", "leader", "head", "executive", "official", "expert", "student"}
COUNTERPART_NOUNS = {"counterpart", "colleague", "leader", "minister", "president"}
MEDIA_PEOPLE = {"correspondent", "journalist", "reporter", "interviewer", "editor"}  # "our correspondent talked with B"
PARTY_NOUNS = {"delegation", "mission"}  # a travelling party: "the delegation held talks with B"
WRITINGS = {"article", "letter", "message", "book", "decree", "law", "order", "appeal", "petition", "card", "column",
            "resolution", "ordinance", "directive", "instruction"}
MEMORIALS = {"grave", "tomb", "memorial", "monument", "mausoleum", "memory", "statue", "bust", "funeral"}
# Nouns that are a meeting only when two named people attend: "the closing ceremony, with both leaders in attendance";
# such an event keeps its own name and is never merged into a meeting of another kind.
ATTENDED_ONLY = {"ceremony"}
SPEECH_VENUES = {"conference", "forum", "congress"}  # a gathering is a meeting only as a speech's heading tells it
CEREMONY = re.compile(r"\bceremony\b", re.I)
MEETING_VERBS = {"meet", "visit", "sign", "chair", "talk", "speak"}
# Verbs that state a joint act when their object is an agreement ("issued the Joint Statement").
INSTRUMENT_NOUNS = {"agreement", "memorandum", "treaty", "protocol", "contract", "accord", "convention"}
INSTRUMENT_VERBS = {"issue", "adopt", "conclude", "exchange"}
# Verbs whose subject receives a visit: "Russia had a state visit by President Xi".
HOST_VERBS = {"have", "receive", "host"}
# Nouns that name a meeting only inside a proper name ("Japan-Russia Strategic Dialogue") or with a level.
PROPER_ONLY = {"dialogue", "consultation", "session", "conversation"}
LEVEL = re.compile(r"minist|level|bilateral|policy|strategic|security|summit|phone", re.I)  # "telephone conversation"
NOT_DIPLOMATIC = re.compile(r"\b(?:grave|graves|(?-i:[Ff]ree(?!\s+[Tt]rade|\s+[A-Z]))|pilot|tour|tourists?|residents?|state visits? by ship)\b", re.I)
# (pattern on the trigger phrase, kind), most specific first.
KIND_RULES: list[tuple[re.Pattern, str]] = [(re.compile(p, re.I), k) for p, k in [
    (r"telephone|phone|video ?conference|teleconference|online meeting", "telephone-talk"),
    (r"(?:courtesy|farewell|introductory) call|audience|^call(?:ed|s|ing)? on\b|^receiv|^present|credentials|credence", "courtesy-call"),
    (r"2\s*\+\s*2|foreign and defen[cs]e ministerial", "two-plus-two"),
    (r"\bsigned\b|\bsigning\b|\b(?:issued|adopted|concluded)\b|\bexchanged\b(?! views)|^(?:put|affixed) \w+ (?:names?|signatures?)\b",
     "signing"),
    (r"(?:intergovernmental|advisory|joint|bilateral) (?:committee|commission|council)", "intergovernmental-committee"),
    (r"summit|leaders['’]? meeting", "summit"),
    (r"foreign minist(?:er|ers|erial)['’]?s?['’]? (?:meeting|talks|consultation)|foreign ministerial", "foreign-ministers-meeting"),
    (r"vice[- ]minist", "vice-ministerial-meeting"),
    (r"security (?:talks|dialogue|consultations?)|strategic dialogue|security council", "security-dialogue"),
    (r"ministerial|ministers['’]? (?:meeting|talks)", "ministerial-meeting"),
    (r"\bmeet|\bmet\b|\btalks?\b|consultation|dialogue|\bsession|chair|exchanged views|^summon", "other"),
    (r"\bvisit|^c[ao]me\b", "visit"),
]]
KINDS = [kind for _, kind in KIND_RULES]
CAMEO = {"telephone-talk": "041", "visit": "042", "courtesy-call": "042", "signing": "057"}
CAMEO_CONSULT, CAMEO_THIRD_LOCATION = "040", "044"
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
ORDINAL_DAYS = {w: i + 1 for i, w in enumerate(_UNITS + "tenth eleventh twelfth thirteenth fourteenth fifteenth "
                                                "sixteenth seventeenth eighteenth nineteenth".split())}
ORDINAL_DAYS |= {"twentieth": 20, "thirtieth": 30, "thirty-first": 31} | {f"twenty-{w}": 21 + i for i, w in enumerate(_UNITS)}
# "the eighth of May": a day written out, as in speech
ORDINAL_DAY_OF = re.compile(r"\b(" + "|".join(sorted(ORDINAL_DAYS, key=len, reverse=True)) + r")\s+of\s+(?=(?:"
                            + "|".join(MONTHS[:12]) + r")\b)", re.I)
# "the foreign ministers of Kazakhstan and Kyrgyzstan" names its own people: not a reference back
# "the Prime Minister", "the State Secretary" with no name: the one last named with that office; not "the Prime
# Minister of X", "the Prime Minister's visit"; a bare "the Minister" is the one told of as acting (`titled`)
TITLE_TOLD = (r"((?:(?:First\s+)?Deputy|Vice|State)[\s-](?:Prime\s+Minister|Foreign\s+Minister|Minister|Secretary)|"
              r"[Pp]rime\s+[Mm]inister|[Ff]oreign\s+[Mm]inister|Minister|[Cc]hancellor|Secretary-General|Secretary|"
              r"President|[Hh]ead\s+of\s+[Ss]tate|Governor|Mayor|Speaker|Special\s+(?:Representative|Envoy)|"
              r"Ambassador|Chairman|Chairperson|Toraga|Akim|Hokim|Pope|Catholicos(?:-Patriarch)?|Patriarch)\b(?!\s+(?:of|for)\b|\s*['’]|\s+[A-Z])")
TITLE_REFERENCE = re.compile(r"\b[Tt]he\s+" + TITLE_TOLD)
# a page of a president's own office: "the President", "the head of state" in it is that president
PRESIDENTS_OWN = re.compile(r"\b(?:Press\s+Service|Office|[Ww]ebsite|Administration)\s+of\s+the\s+President\s+of\s+"
                            r"(?:the\s+)?((?:Republic\s+of\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")
# "the latest meeting of the Commission, held recently": an event before the one a readout is dated by
BEFORE_NOW = {"recently", "earlier", "previously", "latest", "last", "previous", "recent", "past"}
# the last day of a span of days: "(September 30) to October 3", "(3) - 5 May"
RANGE_END = re.compile(r"\s*(?:to|until|till|through|-|–)\s*(?P<end>(?:\d{1,2}\s+)?(?:" + "|".join(MONTHS) + r")(?:\s+\d{1,2})?"
                       r"|\d{1,2}(?:\s+(?:" + "|".join(MONTHS) + r"))?)\b")
# "3 to 5 September", "May 3-5" (not the years of a "plan for 2024-2026")
DAY_RANGE = re.compile(r"(?<!\d)\d{1,2}\s*(?:-|–|to|and|until)\s*\d{1,2}(?!\d)")
# days of one month or two: "3 to 5 September", "from 31 October to 3 November", "May 31 - June 2"
DAYS_SPAN = re.compile(r"(?<!\d)\d{1,2}(?:\s+(?:" + "|".join(MONTHS) + r"))?\s*(?:-|–|to|and|until)\s*(?:(?:" + "|".join(MONTHS)
                       + r")\s+)?\d{1,2}(?!\d)")
# "President of the House of Councillors", "President of the Senate": a chamber's head, not "the President"
HEAD_OF_A_BODY = re.compile(r"president\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:"
                            + "|".join(w.lower() for w in lexicon.BODY_HEADS + ["House", "Chamber"]) + r")\b")
HEADS_OF_STATE = ("president", "king", "queen", "emperor", "emir", "sultan", "grand duke", "head of state")
DEPUTY_OR_ACTING = re.compile(r"(?:first\s+)?(?:deputy|vice|acting|former|state|senior|parliamentary)\b", re.I)
# "the head of the Latvian parliament": the Speaker or Chair of that state's parliament named before
HEAD_OF_PARLIAMENT = re.compile(r"\b[Tt]he\s+(?:head|[Ss]peaker|[Cc]hair(?:man|person)?)\s+of\s+the\s+"
                                r"(?P<demonym>[A-Z][\w-]+)\s+(?:parliament|Parliament)\b")
# "the Estonian President", "the Kazakh leader", "the Latvian Foreign Minister": its state's holder of the office
DEMONYM_TITLE = re.compile(r"\b[Tt]he\s+(?P<demonym>[A-Z][a-z]+)\s+(?P<title>President|Prime\s+Minister|Foreign\s+Minister|"
                           r"[Ll]eader)\b(?!\s+(?:of|for)\b|\s*['’]|\s+[A-Z])")
# "the guests", "the Latvian guest", "the visitor": whoever the visit told last brought
GUEST_REFERENCE = re.compile(r"\b[Tt]he\s+(?:(?P<demonym>[A-Z][a-z]+)\s+)?(?P<noun>guest|visitor)(?P<plural>s)?\b(?!\s*['’])")
PARLIAMENT_HEAD = re.compile(r"(?:Chairman|Chairperson|Chair|Speaker|President)\s+of\s+the\s+(?:[A-Z][\w-]*\s+){0,3}(?:"
                             + "|".join(lexicon.PARLIAMENT_WORDS + ["Parliament", "Assembly", "Duma", "Senate", "Diet"])
                             + r")\b")
GROUP_REFERENCE = re.compile(r"\b(?:the\s+(?P<size>two|three|four|five|six|seven|eight|nine|ten)|(?P<both>both)|the)\s+"
                             r"(?P<office>(?:leaders|heads of state|prime ministers|presidents|foreign ministers|ministers|"
                             r"envoys|negotiators|chairs|co-chairs|secretaries|prosecutors\s+general)\b"
                             r"(?!\s+of\b|\s*['’])"  # not "Ministers'
                             r"|heads\s+of\s+(?:the\s+)?(?:two|both)\s+[\w-]+\s+(?:services|offices|agencies|ministries|"
                             r"committees|commissions|parliaments|chambers|courts|departments)\b)",
                             re.I)  # Meeting"; "the heads of the two prosecution services"
# "the foreign ministers of Latvia and Lithuania", "the Deputy Minister of Foreign Affairs of Estonia": people named
# elsewhere in the text by name, office and state
OFFICE_OF = re.compile(r"\b(?P<office>(?:(?:First\s+)?[Dd]eputy\s+|[Vv]ice[\s-])?(?:[Ff]oreign\s+[Mm]inisters?|"
                       r"[Mm]inisters?\s+(?:of|for)\s+[Ff]oreign\s+[Aa]ffairs)|[Pp]rime\s+[Mm]inisters?|[Pp]residents?|"
                       r"[Dd]efen[cs]e\s+[Mm]inisters?|[Mm]inisters?\s+of\s+[Dd]efen[cs]e|"
                       r"[Hh]eads?\s+of\s+the\s+[Ff]oreign\s+[Mm]inistr(?:y|ies)|(?P<leader>[Hh]eads?\s+of\s+[Ss]tate|[Ll]eaders?))"
                       r"\s+of\s+")  # "the heads of state of Latvia and Lithuania": their Presidents (or Prime Ministers)
HONORIFIC_RUN = re.compile(r"\s*(?:(?:" + "|".join(re.escape(h) for h in sorted(lexicon.HONORIFICS, key=len, reverse=True))
                           + r")\s+)*")  # "H.E. Mr. " before a name
TWO_OF_US = re.compile(r"\b(?:the\s+two\s+of\s+us|both\s+of\s+us)\b", re.I)
DAYS_LATER = re.compile(r"\b(?:(\w+)\s+(?:days?|(weeks?))\s+(later|earlier)|the\s+(?:following|next|(previous))\s+day|"
                        r"the\s+day\s+(?:after|(before)))\b", re.I)
# "the 9th", "the morning of the 1st": a day of the month a readout is dated in
REFERENCE_ENTRY = re.compile(r"[ \t]*\[\d{1,3}\][ \t]")  # a line of a reference list: "[6] Ministry of ..."
WEEKDAY_FIRST = re.compile(rf"^(?:[Oo]n\s+)?(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?")  # "On Friday the 14th": "the 14th"
DAY_OF_THE_MONTH = re.compile(r"(?:the\s+)?(?:(?:morning|afternoon|evening|night)\s+of\s+the\s+)?([12]?\d|3[01])(?:st|nd|rd|th)", re.I)
# a day named from the day of writing: "this morning", "earlier today", "late last night", "yesterday afternoon"
DEICTIC_DAY = re.compile(r"\b(?:(?:early|late|earlier|later)\s+)?(?:(?:this|yesterday)\s+(?:morning|afternoon|evening)|today|"
                         r"tonight|yesterday|last\s+night)\b", re.I)
SAME_DAY = re.compile(r"\b(?:(?:(?:on|earlier|later|earlier on|later on|on the (?:morning|afternoon|evening) of)\s+)?the\s+same\s+day|(?:later|earlier)\s+that\s+day|"
                      r"(?:that|the\s+same)\s+(?:morning|afternoon|evening)|(?:a\s+few\s+|several\s+)?hours\s+later)\b", re.I)
ON_THAT_DAY = re.compile(r"\W*On\s+that\s+(?:very\s+)?day\b")  # "... held on 19 March 2010. On that day A came to X"
SAME_YEAR = re.compile(r"\s*(?:of\s+)?(?:the\s+same|that)\s+year\b", re.I)  # "in September of the same year"
SAME_MONTH = re.compile(r"\b(?:(?:later|earlier)\s+(?:that|the\s+same)|(?:in\s+)?the\s+same|that\s+same)\s+month\b", re.I)
EARLIER_EVENT = re.compile(r"\b(?:[Bb]efore|[Aa]fter|[Ff]ollowing|[Pp]rior\s+to|[Aa]head\s+of)\s+signing\s+the\s+(?:agreement|memorandum|"
                           r"document|contract|protocol|declaration)\b"  # "Before signing the agreement, A and B met"
                           r"|\b(?:[Aa]t the (?:end|close|conclusion) of|[Ww]ithin the framework of|[Aa]s part of|[Uu]pon|[Dd]uring|[Ff]ollowing|[Aa]fter|[Pp]rior to|[Bb]efore|[Aa]head of|[Aa]t|[Oo]n the occasion of|[Aa]t the time of|"
                           r"[Oo]n the (?:margins?|sidelines?) of)\s+(?:his|her|their|the|this|that)\s+(?:same\s+)?"
                           r"(?:(?:trilateral|bilateral|multilateral|plenary|official|formal|informal|joint|expanded|extended|"
                           r"enlarged|restricted|narrow|working|welcoming)\s+)?(?:(?:visit|meeting|talks?|summit|stay|trip|tour|arrival|"
                           r"conference|forum|session|signing|ceremony|(?:(?:courtesy|farewell|introductory)\s+)?call|consultations|luncheon|lunch|dinner)\b|[\"“]?2\s*\+\s*2\b"
                           r"|(?P<acronym>[A-Z]{2,6})\b)"
                           r"|\b[Oo]n\s+(?:that|this|the\s+same)\s+occasion\b")  # "attended X, and on that occasion met B"
YEAR_WINDOW = 3000  # characters looked back for "In 2019, ..." (a paragraph; bounded for one-line texts)
# "In 2019, ..." opening a sentence sets the year; "relations established in 1992" does not.
SENTENCE_OPENER = re.compile(r"\W*(?:\w{1,4}[.)]\s*)?(?:(?:In|On|During|From|Since|Early|Late|By)(?:\s+the)?\s*)?")  # "1. In"
# "In 2019, ...", "Looking back, 2019 was a productive year", "Outside Asia, 1997 brought": a year the sentence is about
STANDALONE_YEAR = re.compile(r"(?:^(?:\(\w{1,3}\)\s+|\w{1,3}[.)]\s+)?|(?<=[.!?;:] ))(?:(?:In|Throughout|During)\s+((?:19|20)\d\d)\b(?!\s*[-–])|"
                             r"(?:[A-Z][a-z]+(?:\s+[A-Za-z]+)?,\s+)?((?:19|20)\d\d)\s+(?:was|saw|has\s+been|had\s+been|"
                             r"proved|became|brought|marked)\b"
                             r"|(?<=^)[ \t]*((?:19|20)\d\d)\.\d{1,2}\b)", re.M)  # a chronology's "2016.10  A visits B"
# a chronology's entry: "2016.10  Prime Minister A visits B", "1992.1.26  ...", "2022.1-2  ..." (year.month.day)
CHRONOLOGY_ENTRY = re.compile(r"[ \t]*(?P<year>(?:19|20)\d\d)\.(?P<month>\d{1,2})(?:\.(?P<day>\d{1,2}))?(?:-\d{1,2})?[ \t]+(?=\S)")
INTENTION_VERBS = {"agree", "decide", "plan", "intend", "hope", "expect", "aim", "wish", "propose", "invite", "confirm",
                   "schedule", "arrange", "prepare", "due", "set", "slate"}  # "was due (set, slated) to meet B"
EACH_OF = re.compile(r"\bwith\s+each\s+of\s+(?:the\s+(?:\w+\s+)?(?:foreign\s+)?(?:ministers|leaders|heads|counterparts)|"
                     r"(?:my|his|her|their)\s+counterparts)\b", re.I)
RIGHT_AFTER = re.compile(r"\W*(?:\(?\w{1,3}[.)]\s*)?(?:Following|After|Immediately after)\s+the\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:meeting|talks|summit)\s+(?:on|of)\s+(?:the\s+)?[\w ]{1,20}?(?=,)")
FOLLOWING_THE_TALKS = re.compile(r"\W*(?:Following|After)\s+the\s+(?:talks|meeting|summit(?:\s+meeting)?)\s*,")
PAIRED_LIST = re.compile(r"\b(?:twice|(?:two|three|four|five|six|\d+)\s+times)(?:\s+(?:more|again))?(?:\s+[a-z]+){0,4}?\s*,?"
                         r"\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:in|at\s+the\s+(?:beginning|start|end)\s+of)\s+(?:"
                         + "|".join(MONTHS[:12]) + r")\b")  # "met twice more later in the year, in X in May and ..."
_TOWN_AND_TIME = r"in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:in|on)\s+(?:" + "|".join(MONTHS[:12]) + r")\b"
# "met in Tallinn in September and in Riga on November 19": a meeting in each town, at its own time
TOWNS_AND_TIMES = re.compile(r"\b" + _TOWN_AND_TIME + r"[^.;]{0,40}?,?\s+and\s+(?:again\s+)?" + _TOWN_AND_TIME)
# the start of a transcript's turn: "Minister Tamm: ...", "Reporter (Kyodo News): ...", "Q: ...", or a speaker's
# name on a line of its own over the speech ("President of Estonia Jaan Tamm:")
TURN_LABEL = re.compile(r"^[ \t]*([A-Z][^\n:]{0,60}?)(?:\s*\([^()\n]{1,40}\))?:(?:[ \t]|(?P<own_line>[ \t]*$))", re.M)
REGNAL_NUMBER = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{1,3}|V)")  # "II" of "Karekin II"
YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")  # a year written out: "2004", not "12004"
YEAR_LIST = re.compile(r"\bin\s+(?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)*\s*,?\s+and\s+(?:19|20)\d\d\b")
SEASON = re.compile(r"\b(?:[Ii]n|[Tt]his|[Ll]ast)\s+(?:the\s+)?(?:early\s+|late\s+)?(?:spring|summer|autumn|fall|winter)\b")
PLANNED_FOR = re.compile(rf"\b(?:scheduled|planned|set|due|expected)\s+(?:for|on)\s+(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?$")
YEAR_SPAN = re.compile(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d")  # "2019-2021", the years a plan runs
THERE = re.compile(r"\s*There,\s")
AT_THE_OUTSET = re.compile(r"\W*(?:\(?\w{1,3}[.)]\s*)?(?:At|In)\s+the\s+(?:outset|beginning|start|opening)\b", re.I)
AHEAD_OF = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+preparation\s+for|towards?)\s+$", re.I)
INTENTION_NOUNS = {"wish", "hope", "intention", "desire", "readiness", "plan", "proposal", "invitation", "willingness"}
FIRST_PERSON = {"i", "my", "me", "myself", "we", "our", "us", "ourselves"}
THIRD_PERSON = {"he", "his", "him", "she", "her"}
_MONTH = "|".join(MONTHS[:12])
# "- 11 February: Foreign Ministers' Meeting (Tokyo)": the day of an entry of a list, where the model takes the
# dash and the day for a number
LISTED_DAY = re.compile(rf"^[ \t]*[-–•*][ \t]+(?P<date>(?:\d{{1,2}}[-–])?\d{{1,2}}\s+(?:{_MONTH})|(?:{_MONTH})\s+\d{{1,2}})\b",
                        re.M)
# "9 September 2016", "May 3, 2019": a full date, found even where the model tags it as something else
FULL_DATE = re.compile(rf"\b(?:(?:\d{{1,2}}\s+(?:{_MONTH})\s+|(?:{_MONTH})\s+\d{{1,2}},\s+)(?:19|20)\d\d|{NUMERIC_DATE})\b")
OPENING_DAY = re.compile(rf"\W*(?:(?:First|Second|Third|Fourth|Then|Next|Finally),\s+on|On)\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+|"
                         rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening))?,\s+|"
                         rf"the\s+(?:first|second|third|last|final)"
                         rf"\s+day\s+of\s+the\s+(?:visit|trip|tour),\s+)?((?:{_MONTH})\s+\d{{1,2}}(?:,\s+\d{{4}})?|"
                         rf"\d{{1,2}}\s+(?:{_MONTH})(?:\s+\d{{4}})?)\b")  # "On March 10, 2018, ...", "On the morning of 4 July",
# "On the first day of the visit, 28 September, ...", "On Saturday evening, 22 September, ..."
# "On the second day of the visit, ...", "on the last day": a day of the span of days told before
NTH_DAY = re.compile(r"\b[Oo]n\s+the\s+(first|second|third|fourth|fifth|last|final|closing)\s+day\b(?:\s+of\s+(?:the|his|her|"
                     r"their|my|our)\s+(?:[\w-]+\s+)?(?:visit|trip|tour|stay|talks))?(?!\s+of\b|,?\s+\d|,?\s+(?:"
                     + _MONTH + r"))")
TO_BE_HELD = re.compile(r"[^.;:]{0,120}?,\s+to\s+be\s+(?:held|convened|hosted)\b")  # a meeting named, then
AT_THE_EVENT = re.compile(r"\W*(?:At|During|On\s+the\s+(?:margins?|sidelines?)\s+of)\s+the\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:ceremony|celebrations?|event|round\s+table|forum|conference|congress|festival|exhibition)\b")
# a sentence that opens after an outing told with the day in force: "After the tour, talks were held with B"
AFTER_THE_OUTING = re.compile(r"\W*(?:After|Following)\s+the\s+(?:[\w-]+\s+)?(?:tour|excursion|inspection|visit\s+to\s+the\s+"
                              r"(?:plant|factory|site|mill|quarry|port))\b")
AT_THE_END_OF_THE_TALKS = re.compile(r"\W*At\s+the\s+(?:end|close|conclusion)\s+of\s+the\s+(?:talks|meeting|negotiations)\b")
# a sentence that opens with an hour of the day told ("At 3 p.m., we met B")
AT_AN_HOUR = re.compile(r"\W*(?:At|From)\s+(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.\s?m\.")
# or with a part of it, a paragraph or a heading after the day's ("On October 8, ... \n\nIn the afternoon, the mission met B")
PART_OF_THE_DAY = re.compile(r"\W*(?:Later\s+in\s+the\s+day|(?:Later\s+)?[Ii]n\s+the\s+(?:morning|afternoon|evening|"
                             r"(?:first|second)\s+half\s+of\s+the\s+day))"
                             r"\b(?!\s+of\b)")
NAMED_ISSUE = re.compile(r"\b(?:the\s+)?((?:[A-Z][\w-]*\s+){1,5}[Ii]ssues?|issue\s+of\s+[^,.;()]{3,60}?)(?=[,.;()]|\s+(?:which|through|and|is|was|between))")


@cache
def topic_keywords() -> dict[str, tuple[re.Pattern, str]]:
    """Topic id -> (keyword regex, label), read from the SKOS scheme shipped in ontology/topics.ttl."""
    import rdflib
    from rdflib.namespace import SKOS

    graph = rdflib.Graph()
    graph.parse(data=resources.files("kg.ontology").joinpath("topics.ttl").read_text(encoding="utf-8"),
                format="turtle")
    topics = {}
    for concept in sorted(graph.subjects(SKOS.inScheme, None)):
        words = sorted((str(w) for w in graph.objects(concept, SKOS.hiddenLabel)), key=len, reverse=True)
        if words:
            pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.I)
            topics[str(concept).rsplit("/", 1)[-1]] = (pattern, str(graph.value(concept, SKOS.prefLabel)))
    return topics


def topics_of(text: str) -> list[str]:
    return sorted(topic for topic, (pattern, _) in topic_keywords().items() if pattern.search(text))


def named_issues(text: str) -> list[str]:
    """Issues the text names itself: "the Northern Territories issue", "the issue of X"."""
    found = []
    for match in NAMED_ISSUE.finditer(text):
        issue = " ".join(match.group(1).split())
        issue = re.sub(r"\s+Issues?$", lambda m: m.group(0).lower(), issue)
        if issue.split()[0] not in ("The", "This", "These", "Key", "Crucial", "Various"):
            found.append(issue)
    return found


def _how_many(word: str) -> int:
    """"3", "three" or "a" (as in "a year ago") as a number."""
    word = word.lower()
    return 1 if word == "a" else int(word) if word.isdigit() else NUMBER_WORDS[word]


def normalise_date(text: str, year: str | None, published: str | None = None) -> str | None:
    """ISO date (YYYY, YYYY-MM or YYYY-MM-DD) of a date phrase, with `year` for phrases without one."""
    def month(name: str) -> int:
        return MONTHS.index(name.capitalize()) + 1

    text = full_month_names(text)  # "Aug. 14", "Sept 13, 2013"
    text = ORDINAL_DAY_OF.sub(lambda m: f"{ORDINAL_DAYS[m.group(1).lower()]} ", text)  # "the eighth of May": 8 May

    if (m := re.search(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", text)) and 1 <= int(m.group(2)) <= 12:
        return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"  # "22.10.2018", day first
    if m := re.search(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", text):
        return f"{m.group(3)}-{month(m.group(1)):02d}-{int(m.group(2)):02d}"
    if m := re.search(rf"\b(\d{{1,2}})\s+({_MONTH}),?\s+(\d{{4}})\b", text):
        return f"{m.group(3)}-{month(m.group(2)):02d}-{int(m.group(1)):02d}"
    if m := re.search(rf"\b({_MONTH}),?\s+(\d{{4}})\b", text):
        return f"{m.group(2)}-{month(m.group(1)):02d}"
    if m := re.search(r"\b(?:end|late|last months?)\s+of\s+(\d{4})\b", text, re.I):
        return f"{m.group(1)}-12"
    if m := re.search(r"\b(?:beginning|start|early)\s+of\s+(\d{4})\b", text, re.I):
        return f"{m.group(1)}-01"
    if m := re.search(r"\b(\d{4})\b", text):
        return m.group(1)
    if m := re.search(rf"\b(last|this|next)\s+({_MONTH})\b", text, re.I):
        base = published or (f"{year}-12" if year else None)
        if not base:
            return None
        base_year, base_month = int(base[:4]), int(base[5:7]) if len(base) >= 7 else 12
        target = month(m.group(2))
        shift = {"last": -1 if target >= base_month else 0, "this": 0, "next": 1 if target <= base_month else 0}
        return f"{base_year + shift[m.group(1).lower()]}-{target:02d}"
    if (m := re.search(r"\b(\d+|" + "|".join(NUMBER_WORDS) + r"|a)\s+years?\s+ago\b", text, re.I)) and (published or year):
        ago = _how_many(m.group(1))
        return str(int((published or year)[:4]) - ago)  # "three years ago" counts from when the text was written
    if (m := re.search(r"\b(\d+|" + "|".join(NUMBER_WORDS) + r"|a)\s+(days?|weeks?)\s+ago\b", text, re.I)) and published \
            and len(published) == 10:  # "two days ago", in a speech dated to the day: that day; "three weeks ago": its
        ago = _how_many(m.group(1))
        day = datetime.date.fromisoformat(published) - datetime.timedelta(days=ago * (7 if m.group(2).startswith("w") else 1))
        return day.isoformat() if m.group(2).startswith("d") else day.isoformat()[:7]  # month
    if m := re.search(r"\b(last|this|next|the previous|the following) month\b", text, re.I):
        if not (published and len(published) >= 7):
            return None  # "last month" counts from when the text was written
        shift = {"last": -1, "the previous": -1, "this": 0, "next": 1, "the following": 1}[m.group(1).lower()]
        months = int(published[:4]) * 12 + int(published[5:7]) - 1 + shift
        day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+of\s+" + m.group(1), text, re.I)  # "the 20th of last month"
        return f"{months // 12}-{months % 12 + 1:02d}" + (f"-{int(day.group(1)):02d}" if day else "")
    if year and (m := re.search(r"\b(?:(end|close)|beginning|start)\s+of\s+(?:the|that|this)\s+year\b", text, re.I)):
        return f"{year}-12" if m.group(1) else f"{year}-01"  # "at the end of the year": its December
    if (m := re.search(r"\b(last|this|next|the previous|the following) week\b", text, re.I)) and published \
            and len(published) == 10:  # "earlier this week", in a text dated to the day: that month
        shift = {"last": -7, "the previous": -7, "this": 0, "next": 7, "the following": 7}[m.group(1).lower()]
        return (datetime.date.fromisoformat(published) + datetime.timedelta(days=shift)).isoformat()[:7]
    if m := re.search(rf"(?:\b(?:(?P<first>\d{{1,2}})\s+)?({_MONTH})(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?,?\s+(?:of\s+)?)?"
                      rf"\b(last|this|next|the previous|the following) year\b", text, re.I):
        base = published or year  # "December 1 last year", "2 February this year": from when the text was written
        if not base:
            return None
        shift = {"last": -1, "the previous": -1, "this": 0, "next": 1, "the following": 1}[m.group(4).lower()]
        day = m.group(3) or m.group("first")
        return (f"{int(base[:4]) + shift}" + (f"-{month(m.group(2)):02d}" if m.group(2) else "")
                + (f"-{int(day):02d}" if m.group(2) and day else ""))
    if DEICTIC_DAY.fullmatch(text.strip()) and published and len(published) == 10:
        before = re.search(r"\b(?:yesterday|last)\b", text, re.I)
        return _days_after("the previous day", published) if before else published
    if (m := re.fullmatch(rf"(?:last\s+)?({'|'.join(WEEKDAYS)})", text.strip())) and published and len(published) == 10:
        return _last_weekday(published, m.group(1))  # "On Thursday" in a text of Tuesday 20 July: the 15th
    if re.fullmatch(r"(?:the|last|this)\s+weekend", text.strip(), re.I) and published and len(published) == 10:
        return _last_weekday(published, "Saturday")[:7]  # "over the weekend": the Saturday before, its month
    if (m := DAY_OF_THE_MONTH.fullmatch(WEEKDAY_FIRST.sub("", text.strip()))) and published and len(published) >= 7:
        return f"{published[:7]}-{int(m.group(1)):02d}"  # "On the 9th" of a readout dated May 2017
    if year and (m := re.search(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", text)):
        return f"{year}-{month(m.group(1)):02d}-{int(m.group(2)):02d}"
    if year and (m := re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\b", text)):
        return f"{year}-{month(m.group(2)):02d}-{int(m.group(1)):02d}"  # "on 9 October"
    if year and (m := re.search(rf"\b({_MONTH})\b", text)):
        return f"{year}-{month(m.group(1)):02d}"
    return None


def classify(phrase: str) -> str:
    for pattern, kind in KIND_RULES:
        if pattern.search(phrase):
            return kind
    return "other"


def _specific_instrument(token: Token) -> bool:
    """"a joint statement on X" names its subject; "a joint statement" alone does not."""
    span = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return span is not None and bool(STATED_SUBJECT.search(span.text))


def _is_trigger(token: Token) -> bool:
    lemma, lower = token.lemma_.lower(), token.text.lower()
    if _witnessed_signing(token):
        return True
    views = [c for c in token.children if c.dep_ == "dobj" and c.lower_ == "views"]
    if token.pos_ == "VERB" and lemma == "exchange" and views:  # "A exchanged views with B / him / members of X"
        return any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.ent_type_ == "PERSON" or g.lower_ in ("him", "her", "them") or g.dep_ == "pobj" and g.lemma_ in PEOPLE_NOUNS
            for g in c.subtree) for head in [token, *views] for c in head.children)
    if token.pos_ == "VERB" and lemma in INSTRUMENT_VERBS:
        # "adopted a joint statement" at a meeting is part of it; "issued a joint statement on X" is an act
        return any(c.dep_ == "dobj" and c.ent_type_ == "AGREEMENT" and (
            lemma not in ("adopt", "issue") or c.text[0].isupper() or _specific_instrument(c)) for c in token.children) \
            or lemma == "conclude" and any(c.dep_ == "nsubjpass" and c.lemma_ in INSTRUMENT_NOUNS for c in token.children) \
            and any(t.ent_type_ == "DATE" for t in token.subtree)  # "the agreement was concluded on 2 March in X"
    if token.pos_ == "VERB" and lemma == "welcome":  # "I welcomed Foreign Minister X to Tokyo": a visit hosted
        guests = [c for c in token.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"]
        return token.tag_ == "VBD" and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.ent_type_ in ("GPE", "PLACE", "COUNTRY") for g in c.children)
            for head in [token, *guests] for c in head.children) and bool(guests)
    if token.pos_ == "VERB" and lemma == "reach" and token.head.lemma_ in ("agreement", "understanding", "consensus"):
        # "the agreement reached by A and B in Singapore in November": the two met there and then
        named = [t for c in token.children if c.dep_ == "agent" for t in c.subtree
                 if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"]  # the first word of each name
        return token.tag_ == "VBN" and len(named) >= 2
    if token.pos_ == "VERB" and lemma == "receive":  # "President A received me", "B was received by President A"
        guest = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")
                 and (c.ent_type_ == "PERSON" or c.lower_ in ("me", "him", "her", "them", "us")
                      or c.lemma_ in PARTY_NOUNS and any(g.ent_type_ == "PERSON" for g in c.subtree)  # "a delegation
                      # headed by A"
                      or c.lemma_ in PARTY_NOUNS and any(g.lower_ in ("our", "my") for g in c.children)  # "received
                      # our delegation": the speaker's
                      or c.dep_ == "dobj" and c.lemma_ in PARTY_NOUNS and any(  # "Akim A received the Company's
                          s.ent_type_ == "PERSON" for s in token.children if s.dep_ == "nsubj")  # delegation"
                      or c.dep_ == "dobj" and DEMONYM_TITLE.match(_text(c.subtree))  # "received the Estonian
                      # President"
                      or c.dep_ == "nsubjpass"
                      and (c.lower_ in ("i", "we", "he", "she", "they")  # "he was received by B"
                           or c.lemma_.lower() in PEOPLE_NOUNS | PARTY_NOUNS  # "the head of the X parliament"
                           or TITLE_REFERENCE.match(_text(c.subtree))  # "the Governor was received by B"
                           or DEMONYM_TITLE.match(_text(c.subtree)) or GUEST_REFERENCE.match(_text(c.subtree))
                           or GROUP_REFERENCE.match(_text(c.subtree))))]  # "both ministers were received by B"
        guest += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                  if g.dep_ == "pobj" and g.ent_type_ == "PERSON" and token.tag_ == "VBD"]  # "A received in Riga B",
        # read as "in Riga B"
        by_host = any(c.dep_ == "agent" for c in token.children)
        if not guest and by_host and token.dep_ == "conj" and any(c.dep_ == "auxpass" for c in token.children):
            return any(s.ent_type_ == "PERSON" for s in _subjects(token))  # "A visited X, was received by B and ..."
        return bool(guest) and (guest[0].dep_ in ("dobj", "pobj") or by_host)
    if token.pos_ == "NOUN" and lemma == "exchange":  # "their exchange of views in Tallinn in May": talks of their own
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "views" for g in c.children)
                   for c in token.children) and any(t.ent_type_ in ("DATE", "GPE") for t in token.subtree)
    if token.pos_ == "NOUN" and lemma in MEALS:  # "held a working lunch with B": talks over a meal
        return any(c.lower_ == "working" for c in token.children)
    if token.pos_ == "NOUN" and lower == "negotiations":  # "the X negotiations on Y were held / concluded in April"
        return _verb_held(token) is not None or token.dep_ == "dobj" and token.head.lemma_ in ("hold", "conduct") \
            and any(_with_a_person(t) for t in (token, token.head))  # "A had held negotiations with B in X"
    if token.pos_ == "VERB" and lemma in ("present", "receive") and _credentials(token):
        return lemma == "present" or any(t.ent_type_ == "PERSON" for c in token.children if c.dep_ == "dobj"
                                         for t in c.subtree)  # "received the credentials of Ambassador B"
    if token.pos_ == "VERB" and lemma in ("put", "affix"):  # "A and B put their names to the X Treaty": they signed it
        return any(c.dep_ == "dobj" and c.lemma_ in ("name", "signature") for c in token.children) and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.ent_type_ == "AGREEMENT" for g in c.subtree)
            for c in token.children)
    if token.pos_ == "VERB" and lemma == "summon":  # "A summoned Ambassador B to the ministry": they met
        return any(c.dep_ in ("dobj", "nsubjpass") and c.ent_type_ == "PERSON" for c in token.children)
    if token.pos_ == "VERB" and lemma == "brief":  # "I briefed President A on the project": they met
        return any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in token.children)
    if token.pos_ == "VERB" and lemma == "bring":  # "A brought B and C together in X": the three met
        guests = [t for c in token.children if c.dep_ == "dobj" for t in c.subtree]
        host = any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in ("i", "we", "he", "she"))
                   for c in token.children)  # not "the meeting brought together A, B and C": that meeting
        return host and any(t.lower_ == "together" for t in [*token.children, *guests])
    if token.pos_ == "VERB" and lemma == "come":  # "A came to Tokyo in July": a visit
        return _came_to(token)
    if token.pos_ == "VERB" and lemma == "sit":  # "I sat down with A, B and C": talks
        return any(c.lower_ == "down" for c in token.children) and any(
            c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
    if token.pos_ == "VERB" and lemma in ("telephone", "phone"):  # "A telephoned B", "phoned his counterpart"
        return any(c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lower_ in ("him", "her", "them")
                                         or c.lemma_ in ("counterpart", "leader", "president", "minister"))
                   for c in token.children)
    if token.pos_ == "VERB" and lemma in ("discuss", "confer"):  # "A discussed X by telephone with B": a call
        phones = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("by", "over")
                  for g in c.children if g.lemma_ in ("telephone", "phone")]
        return bool(phones) and any(_with_a_person(t) for t in [token, *phones])
    if token.pos_ == "VERB" and lemma == "call":  # "I then called on Mr. X": a courtesy call
        return any(c.dep_ == "prep" and c.lower_ == "on" and any(g.ent_type_ == "PERSON" for g in c.subtree)
                   for c in token.children) and not _urges(token) or bool(_called_on(token))
    if token.pos_ == "VERB" and (lemma in MEETING_VERBS or lower in ("chaired", "presided")
                                 or lower.startswith(("co-chair", "co-sign", "co-presid"))):
        if lemma in ("talk", "speak") and not ("phone" in token.sent.text.lower() or _with_a_person(token)) or any(
                c.dep_ == "nsubj" and c.lemma_ in MEDIA_PEOPLE for c in token.children):
            return False  # "the President spoke by phone with B", "A spoke with B"; not "our correspondent talked ..."
        if token.dep_ == "relcl" and token.tag_ in ("VBP", "VBZ") and lemma != "visit":
            return False  # "the ministers, who also co-chair the Committee": a role they hold, not an event
        if token.dep_ == "xcomp" and token.head.lemma_ in ("glad", "pleased", "happy", "delighted"):
            return False  # "he was glad to meet President B again": said at the meeting told, not another one
        if token.dep_ == "pcomp" and token.head.lower_ == "at" and any(
                c.dep_ == "dobj" and c.lemma_ in ("pleasure", "joy", "satisfaction", "delight")
                for c in token.head.head.children):
            return False  # "expressed his pleasure at meeting the President again": the same
        if lemma == "sign" and token.dep_ == "acl" and token.head.lemma_.lower() in WRITINGS:
            return False  # "an article signed by A", "a decree signed by President B": a text, not a signing
        if lemma == "sign" and any(c.dep_ == "dobj" and ACTS_OF_ONE & {c.lemma_.lower(), *(
                g.lemma_.lower() for g in c.children if g.dep_ == "compound")} for c in token.children):
            return False  # "I signed the decree closing the site" (parsed "the (decree closing)"), "B signed the law
            # ratifying X": no one met
        return True
    if token.pos_ in ("NOUN", "PROPN") and (lemma in MEETING_NOUNS or lower in MEETING_NOUNS
                                            or lower.endswith("s") and lower[:-1] in MEETING_NOUNS):
        if token.head.lower_ == "of" and token.head.head.lemma_ in ("result", "outcome") and any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
            return False  # "I reported the results of my visit to Minister B": the visit told already
        if token.head.lower_ == "of" and token.head.head.lemma_ in ("day", "leg", "stage") and _bare_reference(token):
            return False  # "On Wednesday, the second day of the visit, A met B": the visit told already
        if lower.rstrip("s") in PROPER_ONLY and not token.text[0].isupper() and not any(
                c.dep_ in ("amod", "compound") and (LEVEL.search(c.text) or c.lower_ == "political" and lower == "consultations")
                for c in token.children) and not any(
                len(pair) == 2 for pair in country_pairs(_phrase(token))) and not (
                token.head.lower_ == "of" and token.head.head.lemma_ == "round") and not (  # "the first round of consultations"
                lower == "session" and _of_a_body(token)) and not (
                lower.startswith(("conversation", "consultation")) and (_with_a_person(token) or (
                    token.dep_ == "dobj" and token.head.lemma_ in HOST_VERBS | {"hold"} and _with_a_person(token.head)))):
            return False  # "consultations" in general; "vice-ministerial", "Japan-Russia" consultations are a meeting
        if lower == "call" and not re.search(r"telephone|phone|courtesy|farewell|introductory", _phrase(token), re.I):
            return False
        if token.dep_ == "compound" and token.head.lemma_.lower() in MEETING_NOUNS:
            return False  # "summit" in "four summit meetings": the head noun is the trigger
        if lower.endswith("conference") and token.dep_ == "pobj" and token.head.lower_ in ("by", "via", "over"):
            return False  # "the session, held by videoconference": how a meeting met, not another one
        return True
    return False


# What a head of state signs alone: "signed the decree", "signed the ratification law".
ACTS_OF_ONE = {"decree", "law", "ukase", "bill"}


# What one calls on a person to do in person: "called on the President to deliver a letter" is a visit.
ERRANDS = {"deliver", "hand", "present", "convey", "discuss", "exchange", "explain", "brief", "congratulate",
           "thank", "express", "offer", "pay", "report", "introduce"}


def _called_on(verb: Token) -> list[Token]:
    """"calling on Prime Minister A", parsed as "on" with nothing under it and A as the object: A."""
    empty_on = any(c.dep_ == "prep" and c.lower_ == "on" and not list(c.children) for c in verb.children)
    return [c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"] if empty_on else []


def _signing_ceremony(token: Token) -> bool:
    """"I attended the signing ceremony of the loan agreement": a signing, whoever else is named there."""
    return any(c.dep_ == "compound" and c.lower_ == "signing" for c in token.children) and any(
        g.ent_type_ == "AGREEMENT" or g.lemma_ in INSTRUMENT_NOUNS for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of" for g in c.subtree)


def _witnessed_signing(token: Token) -> bool:
    """"A and B witnessed the signing of X": a signing of its own, those who watched it its people (an event only once
    two named people are there, as a ceremony is)."""
    return token.lower_ == "signing" and token.dep_ == "dobj" and token.head.lemma_ in WITNESS_VERBS | {"attend"}


def _credentials(verb: Token) -> bool:
    """"presented his credentials", "the letters of credence were presented by A": an envoy received by a head
    of state."""
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in ("credential", "credentials")
               or c.lemma_ == "letter" and any(g.lower_ == "credence" for g in c.subtree)) for c in verb.children)


def _with_a_person(noun: Token) -> bool:
    """"my conversation with Foreign Minister A": talks with someone named."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        g.dep_ == "pobj" and g.ent_type_ == "PERSON" for g in c.children) for c in noun.children)


def _of_a_body(session: Token) -> bool:
    """"the enlarged session of the X Council of Heads of State": a sitting of a council of officials (not the
    plenary session of a forum, which its speakers address rather than meet at)."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.text in ("Council", "Committee", "Commission") for g in c.children) for c in session.children)


def _urges(call: Token) -> bool:
    """"called on B to work together toward X": an appeal to B, not a call paid on B."""
    return any(c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and c.lemma_ not in ERRANDS
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in call.children)


def _came_to(verb: Token) -> bool:
    """"A came to Tokyo", "he came to Latvia on a working visit": someone's visit, told with "come"."""
    return verb.lemma_ == "come" and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.ent_type_ in PLACE_TYPES for g in c.children)
        for c in verb.children) and any(s.ent_type_ == "PERSON" or s.lower_ in FIRST_PERSON | THIRD_PERSON
                                        for s in _subjects(verb))


def _came_for(verb: Token, triggers: list[Token]) -> bool:
    """"B, who was visiting X for the session of C": a visitor's errand, told beside the meeting with B."""
    return verb.dep_ in ("relcl", "acl") and verb.lemma_ in ("visit", "arrive", "come") and any(
        t.pos_ != "VERB" and t.head.lower_ == "for" and t.head.head == verb for t in triggers)


def _visit_word(token: Token) -> bool:
    """"visit" or "came to X": the word a visit's destination and visitor hang on."""
    return token.lemma_ == "visit" or _came_to(token)


def _phrase(token: Token) -> str:
    """The noun phrase a trigger heads, with its "of ..." complement; for a verb, the verb and its object."""
    if token.pos_ == "VERB":
        objects = [c for c in token.children if c.dep_ in ("dobj", "attr")]
        prefix = "co-" if token.i >= 2 and token.doc[token.i - 1].text == "-" else ""
        called_on = ["on"] if token.lemma_ == "call" else []
        by_phone = [_text(c.subtree) for c in token.children if c.dep_ == "prep" and c.lower_ in ("by", "over", "via")]
        return " ".join([prefix + token.text] + called_on + [_phrase(o) for o in objects] + by_phone)  # "spoke by phone"
    left = [t for t in token.lefts]
    start = min([token.i] + [t.left_edge.i for t in left])
    end = token.i + 1
    for right in token.rights:
        if right.dep_ == "prep" and right.lower_ in ("of", "on", "between") or right.dep_ in ("appos",):
            end = right.right_edge.i + 1
    return token.doc[start:end].text


def _text(tokens) -> str:
    return " ".join(t.text for t in tokens)


def _verb_held(token: Token) -> Token | None:
    """The verb that says the negotiations named by `token` took place ("... for 2022 were held")."""
    held = HELD_AFTER.match(token.doc.text, token.idx + len(token.text), token.sent.end_char)
    if not held:
        return None
    verb = token.doc.char_span(*held.span(next(g for g in ("verb", "took", "reached") if held.group(g))))
    return verb.root if verb is not None else None


def _signed_object_of(participle: Token) -> Token | None:
    """The verb "signed" whose object a participle "signed on behalf of A by C" describes: one signing."""
    verb = next((a for a in participle.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_ != "sign":
        return None
    return verb if any(c.dep_ == "dobj" and participle in c.subtree for c in verb.children) else None


def _anchor(token: Token) -> Token:
    """The verb whose clause states the event (the trigger itself if it is a verb); "the meeting, which
    A chaired" is one event with its meeting noun."""
    node = token
    held = _verb_held(token) if token.lower_ == "negotiations" else None
    if held is not None:  # however the parser read "the fisheries negotiations"
        return held
    if token.dep_ == "relcl" and token.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ in ("after", "following") and any(g.lower_ == "which" for g in c.children)
            for c in token.children):
        return token  # "A and B held a meeting, after which they signed X": an event of its own, after that one
    if token.dep_ in ("acl", "relcl") and token.head.pos_ in ("NOUN", "PROPN") and _is_trigger(token.head):
        node = token.head  # "the Meeting in Tashkent, chaired by A": one event with its meeting noun
    elif token.dep_ == "advcl" and token.tag_ == "VBN" and token.head.lemma_ in HELD_VERBS and any(
            s.dep_ in ("nsubj", "nsubjpass") and _is_trigger(s) for s in token.head.children):
        node = token.head  # "the Meeting was held in Tallinn, chaired by A": that meeting's chair
    elif token.dep_ == "acl" and token.lemma_ == "sign" and (signer := _signed_object_of(token)) is not None:
        node = signer  # "A signed X with B, signed on behalf of A by C and on behalf of B by D": one signing
    elif token.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in token.children):
        antecedent = next((t for t in reversed(token.doc[token.sent.start:token.i])
                           if t.pos_ in ("NOUN", "PROPN") and _is_trigger(t)), None)
        node = antecedent or token  # the parser often hangs the clause on the nearest noun ("in April, which")
    root = token.sent.root
    if token.pos_ == "VERB" and token.dep_ == "acl" and token.tag_ in ("VBD", "VBN") and root.pos_ not in ("VERB", "AUX") \
            and token.head.pos_ in ("NOUN", "PROPN") and token.head.i < token.i and not token.head.ent_type_:
        return root  # "On May 3, the mission called on A": the root of a parse without a verb, with the day it heads
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    if node.pos_ not in ("VERB", "AUX"):
        return token.sent.root
    # "the Session ..., concluded in 1985, was held in X": the meeting is the subject of a wrong root
    held = [c for c in node.children if c.dep_ in ("conj", "ccomp") and c.lemma_ in HELD_VERBS] + (
        [node.head] if node.dep_ == "advcl" and node.head.lemma_ in HELD_VERBS else []) if (
        token.dep_ in ("nsubj", "nsubjpass") and token.head == node and node.lemma_ not in HELD_VERBS) else []
    return held[0] if held else node


def _coordinated_with(verb: Token) -> Token | None:
    """The verb whose subject `verb` shares in a list of the subject's acts ("A held X and called on B"). The parser
    often reads "A was received by B, called on C and held talks with D" with "called" as a modifier of "received"
    or of B, but it is another act of A's, as much as "held" is."""
    if verb.dep_ == "conj":
        return verb.head
    listed = verb.i > verb.head.i and verb.doc[verb.i - 1].text == "," and verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in verb.children)
    if listed and verb.dep_ == "advcl" and verb.tag_ == "VBD":
        return verb.head
    if listed and verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.dep_ == "agent" and (
            _is_trigger(verb) or any(_is_trigger(c) for c in verb.children)):
        return verb.head.head.head
    return None


def _clause(anchor: Token) -> list[Token]:
    """The anchor's subtree without coordinated clauses of their own; a coordinated verb
    without a subject shares its head's ("A visited X and co-chaired C")."""
    excluded = set()
    listed_acts = [t for t in anchor.subtree if t.dep_ == "acl" and _coordinated_with(t) == anchor]
    for child in [*anchor.children, *listed_acts]:
        if anchor.pos_ in ("NOUN", "PROPN") and child.dep_ == "conj" and _is_trigger(child):
            excluded.update(t.i for t in child.subtree)  # "the talk in December and the visit in February": two events
        # "attended the meeting, held with the participation of X": the participle, parsed as a conjunct, describes it
        participle = child.tag_ == "VBN" and child.lemma_ in HELD_VERBS and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in child.children)
        # "signed and exchanged the Notes": two verbs of one act that share their object
        shared_object = child.lemma_ in INSTRUMENT_VERBS | {"sign"} and not any(
            c.dep_ == "dobj" for c in anchor.children) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        if _coordinated_with(child) == anchor and child.pos_ in ("VERB", "AUX") and child.text not in ("co", "-") \
                and not participle and not shared_object and not (
                child.lemma_ in ATTENDANCE_VERBS and any(c.dep_ == "agent" for c in child.children)):
            excluded.update(t.i for t in child.subtree)  # but "held talks, joined on their side by C": C too
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children)
    subjects = []
    head = _coordinated_with(anchor)
    if head is not None and not own_subject:  # "A held X, held Y and received Z": A for all three
        doer = head
        while _coordinated_with(doer) is not None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in doer.children):
            doer = _coordinated_with(doer)
        subjects = [c for c in doer.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif anchor.dep_ == "acl" and (anchor.tag_ in ("VBD", "VBN") or anchor.lemma_ == "visit") \
            and anchor.head.ent_type_ == "PERSON" and not own_subject:  # "A, visiting X, held talks with B": A visits
        people = anchor.head  # "A, Minister of X, and B, Minister of Y, signed ...", parsed as a modifier of B
        while people.dep_ in ("conj", "appos") and people.head.i != people.i:
            people = people.head
        subjects = [people]
    elif _chance_to(anchor) is not None and not own_subject:  # "I had the honor of meeting B", "the chance to sit
        subjects = [c for c in _chance_to(anchor).head.children if c.dep_ == "nsubj"]  # down with B": I
    elif anchor.dep_ == "pcomp" and not own_subject:
        subjects = _subjects(anchor)  # "I thank A for receiving us": A
    doer = anchor if own_subject or head is None else doer
    participle = doer.dep_ == "advcl" and doer.tag_ == "VBG" and doer.i > doer.head.i and not subjects
    if participle:  # "A travelled to X in May, holding talks with B (and calling on C)": A, then and there
        subjects = [c for c in doer.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    own_words = {t.i for t in anchor.subtree}  # within a subject's subtree, counted once
    for token in [*anchor.subtree, *(t for s in subjects for t in s.subtree if t.i not in own_words)]:
        if token.i == anchor.i:
            continue
        if token.dep_ == "advcl" and token.tag_ == "VBG" and token.i > anchor.i and not _is_trigger(token) and not any(
                t.ent_type_ == "DATE" for t in token.subtree) and token.lemma_ not in ("welcome", "greet"):
            excluded.update(t.i for t in token.subtree)  # "..., handing over a letter from Prime Minister A" (but
            continue  # "A hosted the summit, welcoming B and C": they came)
        if token.dep_ == "prep" and any(c.lemma_ in ("sideline", "margin") for c in token.children):
            inside = {t.i for t in token.subtree}  # "signed on the sidelines of the visit of President A": A's visit
            visit = min((t.i for t in token.subtree if t.lemma_ in ("visit", "trip", "stay", "tour")), default=None)
            excluded.update(i for e in token.doc.ents if e.label_ == "PERSON" and e.start in inside  # was the
                            and visit is not None and e.start > visit  # occasion; the signatories are named apart
                            for i in range(e.start, e.end))
        if _is_trigger(token) and token.pos_ != "VERB" and (_dated_earlier_event(token) or _yet_to_come(token)):
            excluded.update(t.i for t in _own_phrase(token))
            continue
        joined = _is_trigger(token) and _anchor(token).i == anchor.i  # "the Meeting in April, which A chaired"
        # "..., where they agreed that A and B would negotiate": what was said, not who met;
        # "B, who had succeeded C in September": about B, not about the meeting
        attended_by = token.lemma_ in ATTENDANCE_VERBS and any(c.dep_ == "agent" for c in token.children)
        members = token.lemma_ in ("include", "comprise") and token.head.lemma_ in PARTY_NOUNS
        if token.dep_ == "ccomp" or token.dep_ == "relcl" and not _is_trigger(token.head) and not joined \
                and not attended_by and not members:  # but "the session of the Council, which was attended by A": A
            # attended; "a delegation that included A and B": they met
            visited = [t.i for c in token.children if _visited_then(c) for t in c.subtree]
            excluded.update(t.i for t in token.subtree if t.i not in visited)
        # "held in accordance with the memorandum signed in Tokyo in 2012", "the Agreement ..., concluded in 1985":
        # the signing's own where and when
        if token.dep_ in ("acl", "relcl") and (_is_trigger(token) or token.head.ent_type_ == "AGREEMENT") and not joined:
            excluded.update(t.i for t in token.subtree)
    tokens = [t for t in anchor.subtree if t.i not in excluded]
    tokens += [t for t in _listed_before_subject(anchor) if t.i not in own_words]
    for subject in subjects:
        tokens = [t for t in subject.subtree if t.i not in excluded and t.i not in own_words] + tokens
    heads = []  # "A held X, co-chaired Y and paid Z": the verbs before it, up to the one with the subject
    while head is not None and head not in heads:
        heads.append(head)
        head = None if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) else _coordinated_with(head)
    adverbials = [c for h in heads for c in h.children]
    if heads and not any(t.ent_type_ == "DATE" for t in tokens):
        for adverbial in adverbials:  # "Last May, I visited X and co-chaired Y": May dates both
            if adverbial.i < anchor.i and adverbial.dep_ in ("npadvmod", "prep", "advmod", "meta") and (any(
                    t.ent_type_ == "DATE" for t in adverbial.subtree) or DAYS_LATER.search(_text(adverbial.subtree))):
                tokens = list(adverbial.subtree) + tokens
    if heads and not any(t.ent_type_ in PLACE_TYPES for t in tokens):
        for adverbial in adverbials:  # "In Tallinn I held X, and on May 3 I called on Y": Tallinn for both
            if adverbial.i == adverbial.sent.start and adverbial.lower_ in ("in", "at") and any(
                    t.ent_type_ in PLACE_TYPES for t in adverbial.subtree):
                tokens = list(adverbial.subtree) + tokens
    # "the meeting held in X on 19 May, during which (in the framework of which) A called on B": its day and town
    # (not "at which", "after which")
    which = anchor.dep_ in ("relcl", "advcl") and any(
        t.lower_ == "which" and t.dep_ == "pobj" and t.i < anchor.i
        and (t.head.lower_ == "during" or t.head.lower_ == "of" and t.doc[t.head.i - 1].lemma_ in WITHIN_NOUNS)
        for t in anchor.subtree)
    event = next((t for t in reversed(anchor.doc[anchor.sent.start:anchor.left_edge.i]) if t.pos_ == "NOUN"
                  and t.lemma_.lower() in MEETING_NOUNS | EVENT_NOUNS), None) if which else None
    if event is not None and not any(t.ent_type_ == "DATE" for t in tokens):
        tokens = [t for c in event.children if c.i < anchor.i and c.dep_ in ("acl", "prep", "npadvmod")
                  for t in c.subtree] + tokens
    # "The talks were concluded on 5 October in X, when A and B signed Y": that day and town
    when = anchor.dep_ in ("advcl", "ccomp") and anchor.left_edge.lower_ == "when"
    if (when or participle) and not any(t.ent_type_ == "DATE" for t in tokens):
        told_by = doer if participle else anchor
        tokens = [t for c in told_by.head.children if c.i < anchor.i and c.dep_ in ("prep", "npadvmod")
                  and any(t.ent_type_ in ("DATE", *PLACE_TYPES) for t in c.subtree) for t in c.subtree] + tokens
    return tokens


WITHIN_NOUNS = {"framework", "course", "sideline", "margin"}  # "in the course of which": during the event


def _listed_before_subject(verb: Token) -> list[Token]:
    """"On May 3, in Riga, Mr. A, Ambassador of X, and Mr. B, Minister of Y, signed ...": the parser often hangs A
    on the town or the date; the people listed before ", and" and the verb's subject are subjects too (but not
    "At the invitation of A", "Following talks with A": people a preposition governs), and the town is theirs."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ == "PERSON"]
    start = subjects[0].left_edge.i if len(subjects) == 1 else 0
    doc = verb.doc
    if start < verb.sent.start + 2 or doc[start - 1].lower_ != "and" or doc[start - 2].text != ",":
        return []
    tops = {verb, verb.head} if verb.dep_ == "conj" and verb.head.pos_ not in ("VERB", "AUX") else {verb}
    # (the head of "On May 3 (local time), ... signed", a verbless root, but not another verb's subject)
    listed = []
    for token in doc[verb.sent.start:start - 2]:
        chain = list(token.ancestors)
        top = next((i for i, a in enumerate(chain) if a in tops), None)
        if top is None or any(a.pos_ in ("VERB", "AUX") or _is_trigger(a) for a in chain[:top]):
            continue
        if token.ent_type_ == "PERSON" and token.head.pos_ != "ADP" and token.dep_ != "poss":
            listed.append(token)
        elif token.ent_type_ in PLACE_TYPES and token.dep_ == "pobj" and token.head.lower_ in ("in", "at"):
            listed += [token.head, token]  # and "in Riga", told before them
    return listed


PLACE_TYPES = {"GPE", "PLACE", "COUNTRY", "LOC", "FAC"}


ATTENDANCE_VERBS = {"represent", "attend", "join"}
GUEST_NOUNS = {"delegation", "delegate", "participant", "guest"}
WITNESS_VERBS = {"observe", "watch", "witness"}  # "The launch was observed by A and B": they were there
CHAIR_VERBS = {"chair", "co-chair", "host"}
GATHERING_VERBS = {"bring", "gather", "assemble", "unite"}  # "the meeting brought together A, B and C"


def _is_heading(sent: Span, title: str, text: str) -> bool:
    """The document's title, or a short line of its own without a final stop ("1. Courtesy call on X")."""
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.start_char + len(sent.text.rstrip()))
    line = re.sub(r"^\(?\w{1,3}[.)]\s+", "", text[start:end if end >= 0 else len(text)].strip())
    ends = (".", "!", "?", ":", ";", '"', "”", ",")  # (a line ending in a comma is a speech's salutation:
    return len(line.split()) <= 15 and (line == title.strip() or not line.endswith(ends))  # "Dear Brothers,")


# an author's travelling party: "Our delegation was headed by A and included B", "the mission, led by A, consisted of"
PARTY = re.compile(r"\b(?:[Oo]ur|[Tt]he)\s+(?:[\w-]+\s+)?(?:delegation|mission)\b.*\b(?:(?:headed|led)\s+by|"
                   r"include[sd]?|consist(?:ed|s)\s+of|compris(?:ed|es)|composed\s+of)\b")
# "the talks continued with the participation of the members of both delegations": the delegation listed joins
BOTH_DELEGATIONS = re.compile(r"\b(?:participation|presence)\s+of\s+(?:the\s+)?(?:members\s+of\s+)?(?:both|the\s+two)\s+"
                              r"delegations\b")
# the opening of someone's schedule, diary or list of trips: "Daily movements of Prime Minister A", "visits made by B"
OWNED_RECORD = re.compile(r"\b(?:schedule|movements|visits|trips|travels|diary|itinerary|agenda)\b[^.\n]{0,30}?"
                          r"\b(?:of|by)\s+(?=[A-Z])", re.I)
# "by External Affairs Minister ", "by the President of the Republic of Latvia " before a name
OWN_WORDS = re.compile(r"['’]s\s+(?:opening\s+|closing\s+|keynote\s+)?(?:remarks|speech|statement|address|interview|"
                       r"article|lecture|message)\b")
# "Speech by President A at the X", "Opening speech by A" (not "Visit by A")
SPEECH_BY = re.compile(r"\b(?:[Ss]peech|[Rr]emarks|[Aa]ddress|[Ss]tatement|[Ll]ecture|[Mm]essage)\s+by\s+(?:the\s+)?"
                       r"(?:(?:[A-Z][\w.'’-]*|of|the)\s+){0,9}$")
BY_TITLED = re.compile(r"\b[Bb]y\s+(?:the\s+)?(?:(?:[A-Z][\w.'’-]*|of|the)\s+){0,9}$")
# a speech's heading line, often in capitals: "ADDRESS OF HIS HOLINESS A", "Statement of President B"
SPEECH_OF = re.compile(r"^[ \t]*(?:" + "|".join(lexicon.SPEECH_HEADINGS) + r")\s+(?:of|by)\s+"
                       r"(?:[\w.'’-]+\s+){0,6}$", re.I | re.M)
# a speech's line addressing one of its audience: "Your Excellency Mr. A, Minister of X,", "Dear Minister B,"
SALUTATION = re.compile(r"^[ \t]*(?:Your\s+|Their\s+)?(?:Excellenc(?:y|ies)|Dear|Distinguished|Hono(?:u)?rable)\b[^\n]*,[ \t]*$",
                        re.M)
# a speech's opening line addressing its host by title alone: "Mr President, friends, ladies and gentlemen,"
TITLE_SALUTATION = re.compile(r"^[ \t]*(?:Mr\.?|Madam|Madame)\s+(?P<title>President|Prime\s+Minister|Chairman|Secretary-General)"
                              r"\b[^\n]*,[ \t]*$", re.M)
# a readout's list of who sat at the table, without a verb
ATTENDANCE_LINE = re.compile(r"\W*(?:(?:(?:Attendance|Attendees|Attending|Participants|Present|(?P<signed>Signed\s+by))"
                             r"\b[^:\n]{0,40}|"
                             r"On\s+the\s+[\w-]+\s+side):|(?:Taking\s+part|Participating|Attending|Present)\b[^.:\n]{0,80}?"
                             r"\s(?:was|were)\s|(?:The|Our|Their)\s+(?:[\w-]+\s+){0,2}delegation\s+(?:(?:at|in|to|for)\s+the\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:talks|meeting|negotiations|summit|session|ceremony)\s+)?(?:also\s+)?"
                             r"(?:included|comprised|consisted\s+of)\s"  # "Taking part from the X side were A and B"
                             r"|(?P<among>Among\s+(?:those|the\s+(?:[\w-]+\s+)?(?:guests|leaders|participants|dignitaries|"
                             r"attendees))\b[^.:\n]{0,60}?\s(?:was|were)\s))")  # "Among those in the stands were A, B and C"


def _add_attendees(sent: Span, context: _Context, evidence: Evidence, meeting: MeetingRecord | None = None) -> None:
    """"Japan was represented by A and B, and Russia by C and D", "The conference was attended by A; B; and C",
    "The meeting brought together A, B and C": the people of the meeting just told, if it was told in the same
    paragraph (or of `meeting`, the one the sentence names)."""
    listed = ATTENDANCE_LINE.match(sent.text)
    speech = context.author_at(sent.start_char) is not None
    greeted = [c for verb in sent if (verb.lemma_ == "greet" or verb.lemma_ == "welcome" and speech and not _is_future(
        verb, [verb]) or verb.lemma_ == "see" and speech and _here(verb))
        and (any(s.lower_ in FIRST_PERSON for s in _subjects(verb) or _subjects(sent.root)) or _let_me(verb))
        for c in verb.children  # "I (am glad to) greet A, B and C", "Let me welcome A" (not "the visit of A"),
        if c.dep_ == "dobj" and (verb.lemma_ != "welcome" or c.ent_type_ == "PERSON" or c.lemma_ in GREETED_NOUNS
                                 and any(t.text == ":" for t in c.children))]  # "I see here A and B", "I am glad to
    # welcome our colleagues: President A, President B and Secretary General C"
    greeted += [c for verb in sent if speech and verb.tag_ in ("VBP", "VBZ") for c in (
        _subjects(verb) if verb.lemma_ == "be" and any(p.dep_ == "prep" and p.lower_ == "with" and any(
            g.lower_ == "us" for g in p.children) for p in verb.children)  # "A and B are with us today"
        else [a for a in verb.head.children if a.dep_ == "agent"] if verb.dep_ == "auxpass"
        and _names_its_attendees(verb.head) else [])]  # "The X delegation is headed by A": here, today
    greeted += [c for verb in sent if speech and verb.tag_ == "VBN" and verb.lemma_ in ("represent", "head", "lead")
                and any(c.lower_ in ("today", "here") for c in verb.children) and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
                for c in verb.children if c.dep_ == "agent"]  # "the Government of X, represented today by A"
    if greeted and meeting is None and context.meetings and speech:
        meeting = context.meetings[0]  # "I greet President A, President B ...": in the hall of the speech's meeting,
        meeting.date = meeting.date or context.meta.published  # on the day of the speech
    told_who = listed or _takes_part(sent.root) or context.meetings and context.meetings[-1].kind != "visit" and any(
        _names_its_attendees(t) and t.lemma_ in ("head", "lead", "represent") for t in sent)  # "The X team was led
    # by A" after the talks (not "the forum, hosted by B", nor a delegation other than a state visit's)
    if meeting is None and (not context.meetings or not context.in_last_paragraph(sent.start_char) and not (
            told_who and context.text.count("\n\n", context.last_at, sent.start_char)
            <= (2 if listed and listed["among"] else 1))):
        return  # but a list of who took part may open the paragraph after the meeting's ("Among those ...", "A, B and C
    # attended", "The X delegation was headed by A" refer back)
    if meeting is None and _takes_part(sent.root):
        context.last_at = sent.start_char  # "Seven delegations took part. The X team was led by A, ...": its people
    agents = [c for t in sent if _names_its_attendees(t) for c in t.children if c.dep_ == "agent"  # "Along with A,
              or c.dep_ == "prep" and c.lower_ in ("along", "alongside", "besides")]  # it was attended by B": both
    agents += [c for t in sent if t.lemma_ in ATTENDANCE_VERBS and _finite(t) for c in t.children if c.dep_ == "prep"
               and c.lower_ == "with" and any(g.lower_ == "together" for g in c.children)]  # "A attended the summit
    # together with B, C and D": all four
    agents += [c for t in sent if t.lemma_ in CHAIR_VERBS and _finite(t) and any(
        d.dep_ == "dobj" and d.lemma_.lower() in MEETING_NOUNS for d in t.children)
        for c in t.children if c.dep_ == "prep" and c.lower_ == "with"]  # "A hosted the ceremony, with B and C at
    # his side": all three
    agents += [c for t in sent if t.lemma_ in TIMING_VERBS | {"continue"} and any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() in MEETING_NOUNS for s in t.children)
        for c in [*t.children, *(c for p in t.children if p.dep_ == "prep" for g in p.children for c in g.children)]
        if c.dep_ == "prep" and (c.lower_ == "with" or c.lower_ == "under" and any(
            g.lower_ == "auspices" for g in c.children))]  # "The meeting opened (in an extended format) with A and
    # B", "The talks were held under the auspices of A, B and C"
    agents += [c for t in sent if t.lemma_ in GATHERING_VERBS and any(
        s.lemma_.lower() in MEETING_NOUNS for s in _subjects(t)) for c in t.children if c.dep_ == "dobj"] + greeted
    indexes = {t.i for agent in agents for t in agent.subtree}
    if listed:  # "(Attendance on the Japanese side: A, B and others. On the Russian side: C, D and others.)"
        indexes = {t.i for t in sent if t.idx >= sent.start_char + listed.end()}
    else:
        if indexes:  # "and Russia by C and D", "A; B; and C": the parser hangs the rest elsewhere
            reason = next((t.i for t in sent if t.i > min(indexes) and t.dep_ == "mark" and t.lower_ in REASONS),
                          sent.end)  # not "..., since B was in New York"
            indexes = set(range(min(indexes), reason)) | indexes  # and "..., while the others were led by D"
        # "A, Deputy Minister, and B also attended the meeting", "A took part in the session as a guest" (and in
        # "A and B took part in the talks, joined by C": all three)
        indexes |= {t.i for verb in sent if _finite(verb) and not any(
                    c.dep_ == "mark" and c.lower_ in REASONS for c in verb.children) and (
                    (verb.lemma_ in ATTENDANCE_VERBS or verb.lemma_ in CHAIR_VERBS and agents) and any(
                        c.dep_ == "dobj" and c.lemma_.lower() in MEETING_NOUNS for c in verb.children)  # "A chaired
                    # the talks, which were attended by B": both
                    or _takes_part(verb)) for subject in _subjects(verb) for t in subject.subtree}
        indexes |= _present(sent) | {t.i for verb in _welcomes_guests(sent) for subject in _subjects(verb)
                                     for t in subject.subtree}  # "where A welcomed the delegations": the host
    if not indexes:
        return
    last = context.meetings[-1] if context.meetings else None
    day = context.last_day(sent.start_char)
    if meeting is None and last is not None and last.date and day and not _same_time(last.date, day):
        # "A met B. They last met in June. C was also present": at the meeting of the day
        meeting = next((m for m in reversed(context.meetings[-5:]) if m.date == day and len(m.participants) >= 2
                        and m.kind != "visit"), None)
    meeting = meeting or next((m for m in reversed(context.meetings) if m.kind != "visit"  # the talks, not the visit
                               and m.evidence[0] == last.evidence[0]), last)  # the same sentence told of
    known = {p.name for p in meeting.participants}
    people = [m for (_, end), m in context.mentions_within(indexes) if m.type == "Person" and not (
        end < len(sent.doc) and sent.doc[end].tag_ == "POS")]  # not "A, President B's envoy": B sent A
    people += _named_by_office(indexes, context) + context.us_among(sent.doc[i] for i in sorted(indexes))  # "attended
    # by A, B and myself"
    context.principals.setdefault(id(meeting), list(meeting.participants))
    meeting.participants.extend(p for p in _unique_people(people) if p.name not in known)
    if evidence not in meeting.evidence:
        meeting.evidence.append(evidence)
    if context.meetings and meeting is context.meetings[-1] and people:
        context.last_at = sent.start_char  # "Attending on our side were A and B. Their side was represented by C"


def _welcomes_guests(sent: Span) -> list[Token]:
    """"where A welcomed the delegations", "B greeted the participants", "C also addressed the guests": the host of
    the meeting told, or one who spoke at it."""
    return [verb for verb in sent if verb.lemma_ in ("welcome", "greet", "address") and any(
        c.dep_ == "dobj" and c.lemma_ in GUEST_NOUNS for c in verb.children)]


def _speech_venue(token: Token) -> bool:
    """The first conference, forum or congress a speech's heading names, when it names no meeting: where it was
    given ("at the business forum held within the Forum of X": one event; not "at the Meeting of X (via video
    conference)")."""
    return token.lemma_.lower() in SPEECH_VENUES and not any(
        t.lemma_.lower() in SPEECH_VENUES and t.i < token.i or _is_trigger(t) for t in token.sent)


def _let_me(verb: Token) -> bool:
    """"Allow me to greet ...", "Let us welcome ...": the speaker greets."""
    return verb.head.lemma_ in ("allow", "let", "permit") and any(c.lower_ in ("me", "us") for c in verb.head.children)


def _here(verb: Token) -> bool:
    """"see here", "see at this table", "see in this hall": among those the speaker addresses."""
    return any(c.lower_ == "here" or c.dep_ == "prep" and any(g.lower_ == "this" for g in c.subtree)
               for c in verb.children)


def _finite(verb: Token) -> bool:
    """A verb that tells what happened, in the past or present: "attended", "attend", "Attending the meeting were"."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


def _present(sent: Span) -> set[int]:
    """"The signing took place in the presence of A and of B, who was visiting X with C": A and B (not C)."""
    witnesses = [of for verb in sent if verb.lemma_ in HAPPEN and any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lemma_ in ("signing", "ceremony", "exchange") for s in verb.children)
        for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" and any(n.lemma_ == "presence" for n in p.children)
        for of in [*(g for n in p.children for g in n.children), *p.conjuncts]  # "... of A, and of B"
        if of.dep_ in ("prep", "conj") and of.lower_ == "of"]
    told = {t.i for of in witnesses for t in of.subtree}
    return told - {t.i for i in told for t in sent.doc[i].subtree if sent.doc[i].dep_ in ("relcl", "acl")}


def _names_its_attendees(verb: Token) -> bool:
    """"The session was attended (chaired, observed, opened) by A", "Our side was headed by A": A was there."""
    return verb.tag_ == "VBN" and (verb.lemma_ in ATTENDANCE_VERBS | CHAIR_VERBS | WITNESS_VERBS | {"open"} or (
        verb.lemma_ in ("head", "lead") and any(s.dep_ == "nsubjpass" and (
            s.lemma_ in ("side", "delegation", "team", "mission") or s.tag_ in ("NNS", "NNPS"))
            for s in verb.children)))  # "the rebels were led by A"


def _takes_part(verb: Token) -> bool:
    """"took part in the session", "participated in the meeting"; "A, B and C took part" (or "attended", or "were also
    present") in the one just told."""
    part = verb.lemma_ == "participate" or verb.lemma_ == "sit" and any(  # "sat in as an observer"
        c.dep_ == "prt" and c.lower_ == "in" for c in verb.children) or verb.lemma_ == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children) or verb.lemma_ == "attend" and not any(
        c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children) or verb.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lower_ == "present" for c in verb.children)
    where = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"]
    return part and (not where or any(g.dep_ == "pobj" and g.lemma_.lower() in MEETING_NOUNS
                                      for c in where for g in c.children))


def _yet_to_come(trigger: Token) -> bool:
    """"informed B of the planned meeting in X during a telephone call": the meeting is an event of its own, yet to
    take place (the call took place)."""
    return trigger.pos_ != "VERB" and any(c.dep_ == "amod" and c.lower_ in YET_TO_COME for c in trigger.children)


def _another_event(trigger: Token) -> bool:
    """"prior to the "2+2" Meeting, A and B held a Foreign Ministers' Meeting": the event it is timed against;
    "on the margins of the meeting, A held meetings with B and C": the occasion of the events."""
    while trigger.dep_ == "conj":  # "following the talk in December and the visit in February"
        trigger = trigger.head
    head = trigger.head
    framework = head.head if head.lower_ == "of" and head.head.lemma_ == "framework" else None
    return trigger.dep_ == "pobj" and (head.lower_ in ("before", "after", "following", "since") or
                                       head.lower_ == "to" and head.head.lower_ == "prior" or
                                       head.lower_ == "of" and head.head.lemma_ in OCCASION_NOUNS or
                                       framework is not None and framework.head.i < framework.head.head.i)  # "Within
    # the framework of the visit, A met B" (not "A's visit took place within the framework of B's state visit")


def _dated_earlier_event(trigger: Token) -> bool:
    """"following the telephone talk last December, ...": an earlier event with a date of its own is an event
    of its own, apart from the clause it times."""
    occasion = trigger.head.lower_ == "of" and trigger.head.head.lemma_ in OCCASION_NOUNS  # at the same time
    signed_after = trigger.head.lower_ in ("after", "following") and next(
        (a.lemma_ for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), None) == "sign"  # "X was
    # signed by A after talks held in Y on 8 May": one event, then and there
    return _another_event(trigger) and not occasion and not signed_after and any(
        t.ent_type_ == "DATE" and (t.text in MONTHS or re.fullmatch(r"(?:19|20)\d\d", t.text)) for t in _own_phrase(trigger))


def _own_phrase(noun: Token) -> list[Token]:
    """A meeting noun's phrase with the date right after it ("their meeting in Tokyo in November 2013")."""
    phrase = _clause(noun)
    return phrase + _date_right_after([noun], phrase)


OCCASION_NOUNS = {"margin", "margins", "sideline", "sidelines", "occasion", "end", "close", "conclusion"}


HELD_VERBS = {"hold", "convene", "host", "organize", "organise"}


def _held_phrase(triggers: list[Token]) -> list[Token]:
    """"the agreements reached at the Summit Meeting between A and B held in X on Y": the parser hangs "held ..."
    on a noun before the meeting; it still says where and when the meeting was."""
    noun = max(triggers, key=lambda t: t.i)
    sentence = noun.sent
    for token in sentence[noun.i + 1 - sentence.start:]:
        if token.pos_ in ("NOUN", "PROPN") and _is_trigger(token) or token.text in (";", "."):
            break
        if token.dep_ == "acl" and token.lemma_ in HELD_VERBS and token.head.i < noun.i and not _is_trigger(token.head):
            return list(token.subtree)
        if token.dep_ == "relcl" and token.lemma_ in HELD_VERBS and token.head in noun.subtree and any(
                c.lower_ in ("which", "that") for c in token.children):  # "the Meetings between A and B, which were
            rest = sentence[token.i - sentence.start:]                    # held in X on Y": to the end, however parsed
            end = next((t.i for t in rest if t.text == ";" or t.pos_ in ("NOUN", "PROPN") and _is_trigger(t)), sentence.end)
            return [t for t in rest if t.i < end]
    return []


def _date_right_after(triggers: list[Token], clause: list[Token]) -> list[Token]:
    """"at their meeting in Tokyo at the end of March": a date phrase right after the meeting phrase is its
    date, wherever the parser hangs it."""
    noun = max(triggers, key=lambda t: t.i)
    after = noun.right_edge.i + 1
    if noun.pos_ == "VERB" or after >= noun.sent.end or noun.doc[after].i in {t.i for t in clause}:
        return []
    doc = noun.doc
    if doc[after].text == "," and after + 1 < noun.sent.end and YEAR_LIST.match(doc[after + 1:noun.sent.end].text):
        run = [doc[after + 1]]  # "the visits to X by A, in 2009, 2013 and 2019, as well as ...": those years
        for token in doc[after + 2:noun.sent.end]:
            if token.ent_type_ != "DATE" and token.text not in (",", "and"):
                break
            run.append(token)
        return run
    prep = doc[after]
    dated = prep.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ == "DATE" for c in prep.children)
    return list(prep.subtree) if dated else []


def _town_of_the_event_before(anchor: Token) -> list[Token]:
    """"A attended the opening of the Tartu Games and held a meeting with B", "A made a stop in Tartu and met
    B": the town named by the event or stay that the verb it is coordinated with took A to."""
    if anchor.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children):
        return []
    stayed = anchor.head.lemma_ in ARRIVAL_VERBS or any(c.dep_ == "dobj" and c.lemma_ in STAY_NOUNS
                                                        for c in anchor.head.children)
    return [t for c in anchor.head.children if c.dep_ in ("dobj", "prep") and c.i < anchor.i for t in c.subtree
            if t.ent_type_ in ("GPE", "PLACE") and (_names_an_event(t) or t.dep_ == "pobj" and t.head.lower_ in (
                "in", "at", "to") and (t.head.head.lemma_ in STAY_NOUNS or t.head.head == anchor.head and stayed))]


def _setting_above(anchor: Token) -> list[Token]:
    """"In May, I travelled to Bishkek ..., where (or: and the following day) I paid a courtesy call", "his visit
    in October 2015, when he held a summit meeting": the when and where of the clauses above; also for a verb
    joined to such a clause ("in X, where A spent a day and held talks with B")."""
    while anchor.dep_ == "conj" and anchor.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children):
        anchor = anchor.head
    during_which = any(c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children) for c in anchor.children)
    if anchor.dep_ == "relcl" and during_which and _is_trigger(anchor.head):  # "the visit to X in May, during which"
        own = {t.i for t in anchor.subtree}
        return [t for t in anchor.head.subtree if t.i not in own and t.ent_type_ != "PERSON"]
    if anchor.dep_ in ("advcl", "relcl") and any(c.lower_ in ("when", "where") for c in anchor.children) or (
            anchor.dep_ == "relcl" and (anchor.head.ent_type_ == "DATE" or anchor.head.lemma_ in ("day", "week"))):
        verbs = []
        for verb in anchor.ancestors:  # up to the clause that says it ("recalled that it began when A visited X":
            if verb.pos_ in ("VERB", "AUX"):  # began when A visited, not where the recalling was)
                verbs.append(verb)
            if verb.dep_ == "ccomp":
                break
        return [t for verb in verbs for c in verb.children
                if c.i < anchor.i and (c.dep_ in ("prep", "npadvmod") or c.dep_ == "dobj" and c.ent_type_)
                for t in c.subtree if t.ent_type_ != "PERSON"] + [
            t for t in anchor.head.subtree if anchor.dep_ == "relcl" and anchor.head.ent_type_ in (*PLACE_TYPES, "DATE")
            and t.i < anchor.i and t.ent_type_ == anchor.head.ent_type_]  # "made a trip to X, where ...": X; "goes
    # back to January 2011, when A and I signed ...": January 2011
    return []


def _count(token: Token) -> int | None:
    """The number stated for a plural meeting noun ("three Summit Meetings")."""
    for child in token.children:
        if child.dep_ == "nummod" and child.ent_type_ != "DATE":  # not the day of "On 16 January talks ... were held"
            word = child.text.lower()
            if word.isdigit():
                return int(word)
            if word in NUMBER_WORDS:
                return NUMBER_WORDS[word]
    return None


# a readout's lead paragraph: the first line after the dateline that is a sentence, not a place or a heading
LEAD_PARAGRAPH = re.compile(r"^[^\n]*[.!?:”\"][^\S\n]*$", re.M)  # prose, not a heading; "... were signed:" too


def _numbers_a_noun(span: Span) -> bool:
    """"the 31st meeting", "the 25th anniversary": an ordinal, read as a day of the month by the model."""
    return bool(DAY_OF_THE_MONTH.fullmatch(span.text)) and span.end < len(span.doc) \
        and span.doc[span.end].pos_ in ("NOUN", "PROPN", "ADJ")


class _Context:
    """What the document has said so far: people in order, the year in force, the author."""

    def __init__(self, doc: Doc, mentions: dict[tuple[int, int], Mention], meta: DocumentMeta):
        self.doc = doc
        self.text = doc.text
        named = {i for (start, end), m in mentions.items() if m.type == "Agreement" for i in range(start, end)}
        self.dates = [e for e in doc.ents if e.start not in named and (  # not the "for 2021-2022" of a plan's name
                      e.label_ == "DATE" and not _numbers_a_noun(e) or e.label_ == "ORDINAL" and e.start >= 2
                      and doc[e.start - 2].lower_ == "on" and doc[e.start - 1].lower_ == "the"  # "On the 9th"
                      or e.label_ == "TIME" and DAY_OF_THE_MONTH.fullmatch(e.text))]  # "the morning of the 1st"
        dated = {i for span in self.dates for i in range(span.start, span.end)}
        told = (doc.char_span(*m.span("date" if "date" in pattern.groupindex else 0), label="DATE")
                for pattern in (DEICTIC_DAY, FULL_DATE, LISTED_DAY) for m in pattern.finditer(self.text))
        for span in told:  # "This morning I held talks", "On 9 September 2016 A met B": the model may miss them,
            if span is None:  # or cut them short ("16 April 2012" read as "April 2012")
                continue
            inside = [d for d in self.dates if span.start <= d.start and d.end <= span.end]
            if inside and re.search(r"\d[ \t]*(?:\bto|\band|[-–])[ \t]*$", self.text[:span.start_char]):
                continue  # "from 2 to 6 October 2018": the end of a stay, not a day (but "- 6 October 2018: ...")
            if dated & set(range(span.start, span.end)) <= {i for d in inside for i in range(d.start, d.end)}:
                self.dates = [d for d in self.dates if d not in inside] + [span]
                dated.update(range(span.start, span.end))
        self.dates.sort(key=lambda span: span.start)
        self.meta = meta
        self.people = sorted(((s, e), m) for (s, e), m in mentions.items() if m.type == "Person")
        self.starts = [s for (s, _), _ in self.people]
        self.honorifics = {_surname(m): _honorific(m) for _, m in self.people if _honorific(m)}  # "Ms. A", then "A"
        self.mentions = sorted(mentions.items(), key=lambda item: item[0])
        self.mention_starts = [s for (s, _), _ in self.mentions]
        self.offices: dict[str, str] = {}
        for _, mention in self.people:
            surname = _surname(mention)
            if mention.office and len(mention.office) > len(self.offices.get(surname, "")):
                self.offices[surname] = mention.office
        self.countries = {_surname(m): m.country for _, m in self.people if m.country}
        self.former = {_surname(m) for (start, _), m in self.people if start and doc[start - 1].lower_ in ("former", "late")}
        own = PRESIDENTS_OWN.search(meta.title)  # "Press Service of the President of the Kyrgyz Republic"
        self.presidents_state = lexicon.state_code(own.group(1)) if own else None
        self.author = self._byline(doc)
        # the heading that names the author as its speaker: "A's remarks after talks with B", "Speech by A at X"
        self.own_heading = next((doc[start].sent.start for (start, end), m in self.people if m is self.author and (
            OWN_WORDS.match(self.text, doc[start:end].end_char)
            or SPEECH_BY.search(self.text, self.text.rfind("\n", 0, doc[start].idx) + 1, doc[start].idx))), -1)
        self.owner = self._owner(doc)
        self.party, self.party_from = self._party(doc)
        salutations = [line.span() for line in SALUTATION.finditer(self.text)] if self.author else []
        # "Excellency Mr. A, Minister of X," over a speech: who its "you" are ("I welcome you all to ...")
        self.audience = [m for (start, _), m in self.people if any(a <= doc[start].idx < b for a, b in salutations)]
        by_title = TITLE_SALUTATION.search(self.text) if self.author else None  # "Mr President," opening the speech
        holders = [m for (start, _), m in self.people if by_title and doc[start].idx < by_title.start()
                   and _surname(m) != _surname(self.author) and self.office(m).startswith(by_title.group("title"))]
        self.audience += holders[:1] if len({_surname(m) for m in holders}) == 1 else []  # the one named above it
        salutations += [by_title.span()] if by_title and holders else []
        self.addressed_from = min(salutations)[0] if salutations else -1  # where the speech itself begins
        self.speakers: set[int] = set()  # where a turn's speaker label starts ("Minister Tamm: ...")
        self.turns = self._turns(doc)
        self.day_read: str | None = None  # the last day the text has told of
        self.day_read_at = -1  # where the sentence that told it began
        self.day_opened_at = -1  # where a sentence opening with a day ("On March 10, ...") but no meeting began
        self.unattended: MeetingRecord | None = None  # a ceremony told before anyone named attends it
        self.unattended_at = -1
        self.meetings: list[MeetingRecord] = []  # read so far
        self.told_at: dict[int, int] = {}  # where the sentence telling each of them starts, by id
        self.occasions: list[tuple[MeetingRecord, MeetingRecord]] = []  # "also" met: (meeting, on whose occasion)
        self.principals: dict[int, list[Mention]] = {}  # a meeting's people before its attendees were added, by id
        self.last_at = 0  # where the last of them was read
        self.dateline_place = self._dateline_place(doc)
        dateline = find_dateline(self.text)
        self.dateline_end = dateline.end() if dateline else 0
        self.summary = self._summary_above(dateline)
        lead = LEAD_PARAGRAPH.search(self.text, self.dateline_end) if dateline else None
        self.lead = lead.span() if lead else (0, 0)
        # a readout told day by day, each under its own date line ("21.12.2022" ... "22.12.2022")
        self.later_datelines = [(m.start(), day) for m in DATELINE.finditer(self.text, self.dateline_end)
                                if len(day := dateline_date(m) or "") == 10 and not chronology_entry(m)]
        self.day_by_day = bool(dateline) and bool(self.later_datelines)
        self.wire_days = [(m.start(), day) for m in WIRE_DATELINE.finditer(self.text)  # a digest's items, each its day
                          if (day := normalise_date(m["date"], meta.year))]

    def written_on(self, at: int) -> str | None:
        """The day "today" at character `at` is: that of the last date line above it, in a page of several
        releases each under its own ("17 December 2018" ... "18 December 2018") or news items under their wire
        datelines ("BISHKEK, March 28 (Kabar) -- ...")."""
        above = [(start, day) for start, day in self.later_datelines if start < at] + [
            (start, day) for start, day in self.wire_days if start <= at]  # from the dateline's own first word
        return max(above)[1] if above else self.meta.published

    def day_written_before(self, at: int, paragraphs: int = 1) -> str | None:
        """The last day written out before character `at`, in its paragraph or the `paragraphs` before ("the
        ceremony held on 19 March 2010. On that day ...")."""
        for span in reversed(self.dates):
            if span.end_char <= at and self.text.count("\n\n", span.end_char, at) <= paragraphs:
                day = normalise_date(span.text, self.year_at(span[0]), self.written_on(span.start_char))
                if day and len(day) == 10:
                    return day
        return None

    def last_day(self, at: int) -> str | None:
        """The day "the same day" or "the following day" at character `at` counts from."""
        return self.day_read or self._published_day(at)

    def dateline_day(self, at: int) -> str | None:
        """The readout's day ("April 26, 2008" over "X held talks with Y") for an event of its lead paragraph
        (MOFA readouts, dated when published, state their days first), or of a later one while the text has not
        told of a stay of several days ("from 3 to 5 September"), whose events it may be of any day of."""
        if self.summary[0] <= at < self.summary[1]:
            return self._published_day(self.dateline_end)
        if not self.dateline_end or at < self.lead[0]:
            return None
        several_days = at >= self.lead[1] and any(
            self.dateline_end <= span.start_char < at and DAY_RANGE.search(span.text) for span in self.dates)
        return None if several_days else self._published_day(at)

    def _summary_above(self, dateline: re.Match | None) -> tuple[int, int]:
        """The paragraph of prose right above a dateline that follows its heading ("A held talks in X with B." over
        "November 28, 2022, 14:30"): the release's summary, of the dateline's day."""
        if not dateline or not self.text[:dateline.start()].strip():
            return 0, 0
        above = self.text[:dateline.start()].rstrip()
        start = above.rfind("\n") + 1
        return (start, len(above)) if LEAD_PARAGRAPH.fullmatch(above[start:]) and start > 0 else (0, 0)

    def _published_day(self, at: int) -> str | None:
        """The day of a dateline, until the text moves to another day before character `at`: a day of its own,
        or a time that opens a sentence ("In August, ..."); not one recalled ("in December 2016", "welcomed the
        fact that the first dialogue was held on May 5")."""
        published = self.meta.published
        if not (published and (len(published) == 10 or len(published) == 7 and self.meta.dateline_place)):
            return None  # (a release's "Dushanbe, March 2013": the month, as a day would be; not an article's month)
        for span in self.dates:
            if not self.dateline_end <= span.start_char < at or _recalled(span.root) or PLANNED_FOR.search(
                    self.text, max(0, span.start_char - 40), span.start_char):
                continue  # nor a day planned ("the elections scheduled for Sunday, 27 October")
            day = normalise_date(span.text, self.meta.year, published)
            opens = SENTENCE_OPENER.fullmatch(self.text[span.sent.start_char:span.start_char])
            if day and not published.startswith(day) and (len(day) == 10 or opens) and not self._ends_on(span, published):
                return None
        return published

    def _ends_on(self, span: Span, day: str) -> bool:
        """The span opens days that end on `day`: "held from September 30 to October 3", in a readout of October 3,
        tells of an event that closed on the readout's day."""
        end = RANGE_END.match(self.text, span.end_char) or RANGE_END.search(span.text)
        return bool(end) and normalise_date(end.group("end"), day[:4], day) == day

    def told_lately(self, meeting: MeetingRecord, at: int, paragraphs: int = 1) -> bool:
        """The meeting was told in the paragraph of character `at` or in one of the `paragraphs` before."""
        told = self.told_at.get(id(meeting), -1)
        return told >= 0 and len(re.findall(r"\n\s*", self.text[told:at])) <= paragraphs

    def in_last_paragraph(self, at: int) -> bool:
        """Character `at` is in the paragraph of the last meeting read."""
        return "\n" not in self.text[self.last_at:at]

    def _dateline_place(self, doc: Doc) -> Mention | None:
        """The city of a dateline ("Astana, May 2, 2017"): where a readout's events of that day took place."""
        name = self.meta.dateline_place
        return next((m for (start, _), m in self.mentions if m.type == "Place" and m.country and m.text == name
                     and doc[start].idx < 3000), None) if name else None

    def _turns(self, doc: Doc) -> list[tuple[int, Mention | None]]:
        """Where each turn of a transcript starts and who speaks ("Minister Tamm: ..."); in the turns of others
        ("Reporter: ...", "Q: ..."), the one asked is the text's author."""
        by_chars = {(doc[start].idx, doc[end - 1].idx + len(doc[end - 1])): m for (start, end), m in self.people}
        turns: list[tuple[int, Mention | None]] = []
        named = {_surname(m).lower(): m for _, m in self.people}
        for label in TURN_LABEL.finditer(self.text):
            speaker = by_chars.get((label.start(), label.end(1)))
            if speaker:
                self.speakers.add(label.start())
            elif label.group("own_line") is not None:
                continue  # "The parties discussed:" over a list: no one speaks
            elif label.group(1).isupper():  # "SECRETARY BLINKEN:": the one of that surname the text names
                speaker = named.get(label.group(1).split()[-1].lower())
            turns.append((label.start(), speaker or self.author))  # "Q:", "A:": the interview's
        return turns

    def author_at(self, at: int) -> Mention | None:
        """Who "I" is at character `at`: the speaker of a transcript's turn, else the text's author."""
        turn = bisect.bisect_right(self.turns, at, key=lambda t: t[0])
        return self.turns[turn - 1][1] if turn else self.author

    def us_at(self, at: int, word: str) -> list[Mention]:
        """Who "I" or "we" is at character `at`: the author, and for "we" the party the author travelled with."""
        author = self.author_at(at)
        if author is None:
            return []
        plural = word.lower() in ("we", "us", "our", "ours", "ourselves") and at > self.party_from
        return [author] + (self.party if plural and author is self.author else [])

    def us_among(self, tokens: Iterable[Token]) -> list[Mention]:
        """The people the first-person words among these tokens stand for."""
        return [person for t in tokens if t.lower_ in FIRST_PERSON for person in self.us_at(t.idx, t.text)]

    def _party(self, doc: Doc) -> tuple[list[Mention], int]:
        """"Our delegation was headed by A and included B, C and myself": the people "we" are in an author's
        report of a mission, and where the text names them; in a release, who "the delegation" is ("The
        delegation was led by A and included B")."""
        for sent in doc.sents:
            if PARTY.search(sent.text) and (self.author is None or any(t.lower_ in FIRST_PERSON for t in sent)):
                members = [m for (start, _), m in self.people if sent.start <= start < sent.end
                           and (self.author is None or _surname(m) != _surname(self.author))]
                if members:
                    return _unique_people(members), sent.end_char
        return [], len(self.text)

    def _byline(self, doc: Doc) -> Mention | None:
        """"By A", "Article by Foreign Minister A": a "by" opening a line or in a title near the top, not in a
        release's sentence "The delegation was led by A."; or a name on a line of its own over its office
        ("John Smith" / "Secretary of State"), a speech's or an article's heading."""
        for (start, end), mention in self.people:
            if start < 200 and mention.office and _signs_a_heading(doc[start:end], mention.office):
                return mention
            if start < 200 and OWN_WORDS.match(self.text, doc[start:end].end_char):
                return mention  # "Foreign Minister A's remarks and answers to media questions at ..."
            line_start = self.text.rfind("\n", 0, doc[start].idx) + 1
            if start < 200 and SPEECH_OF.search(self.text, line_start, doc[start].idx):
                return mention
            line = self.text[line_start:self.text.find("\n", doc[start].idx) % (len(self.text) + 1)]
            if start < 200 and line.strip() == doc[start:end].text + ":":
                return mention  # "President of Estonia Jaan Tamm:" on a line of its own over the speech
            by = BY_TITLED.search(self.text, max(0, doc[start].idx - 60), doc[start].idx) if start < 200 else None
            if by:  # "Remarks by External Affairs Minister Dr. A": the mention may start at "Dr."
                at = by.start()
                line_start, line_end = self.text.rfind("\n", 0, at) + 1, self.text.find("\n", at)
                line = self.text[line_start:line_end if line_end >= 0 else len(self.text)]
                if at == line_start or not line.rstrip().endswith("."):
                    return mention
        return None

    def _owner(self, doc: Doc) -> Mention | None:
        """Whose schedule or list of trips the text is ("Daily movements of Prime Minister A", "List of foreign
        visits made by B"): the one who met whoever its entries name without a subject ("9:30  Met C")."""
        starts = {doc[start].idx: m for (start, _), m in self.people}
        return next((starts[opening.end()] for opening in OWNED_RECORD.finditer(self.text, 0, OPENING_LINES)
                     if opening.end() in starts), None)

    @cached_property
    def presidents_page_subject(self) -> Mention | None:
        """On a president's own page that never titles him ("Official visit of A to ..."): the person it names
        most often, of no other state and with no office but a head of state's."""
        own = [m for _, m in self.people if self.countries.get(_surname(m)) in (None, self.presidents_state)
               and (not self.office(m) or self.office(m).lower().startswith(HEADS_OF_STATE))]
        if not own:
            return None
        surname = Counter(_surname(m) for m in own).most_common(1)[0][0]  # ties: the one named first
        return max((m for m in own if _surname(m) == surname), key=lambda m: len(m.name))

    def office(self, mention: Mention) -> str:
        """The fullest office the text gives the person ("Minister for Foreign Affairs", not "Minister"); none for
        one who held it before ("former Prime Minister A" is not one of "the two leaders")."""
        office = max(mention.office or "", self.offices.get(_surname(mention), ""), key=len)
        return "" if _surname(mention) in self.former or office.lower().startswith(("former", "late")) else office

    def mentions_within(self, indexes: set[int]) -> list[tuple[tuple[int, int], Mention]]:
        """Mentions starting or ending at one of these token indexes, in text order ("First Deputy Prime Minister
        A", whose first word the parser hung on the verb)."""
        low = bisect.bisect_left(self.mention_starts, min(indexes) - 10)
        high = bisect.bisect_right(self.mention_starts, max(indexes))
        return [item for item in self.mentions[low:high] if item[0][0] in indexes or item[0][1] - 1 in indexes]

    def covering(self, token_index: int) -> list[Mention]:
        """Mentions whose span holds this token (the whole "Mr. Elmar Mammadyarov" for "Mammadyarov")."""
        return [m for (start, end), m in self.mentions if start <= token_index < end]

    def before(self, token_index: int, limit: int = 400) -> list[Mention]:
        """People mentioned before a token, nearest first, within `limit` tokens."""
        low = bisect.bisect_left(self.starts, token_index - limit)
        high = bisect.bisect_left(self.starts, token_index)
        return [m for _, m in reversed(self.people[low:high])]

    def month_at(self, token: Token, year: str) -> str | None:
        """"YYYY-MM" of the last month named in the paragraph before a token, for "on the 26th"."""
        start = self.text.rfind("\n", 0, token.idx) + 1
        months = [m.group(1) for m in re.finditer(rf"\b({_MONTH})\b(?:,?\s+(\d{{4}}))?", self.text[start:token.idx])
                  if m.group(2) in (None, year)]  # not "the Declaration of December 1991"
        return f"{year}-{MONTHS.index(months[-1]) + 1:02d}" if months else None

    def titled(self, title: str, token_index: int, state: str | None = None) -> Mention | None:
        """The person last named with this title ("Prime Minister Koizumi" for "the Prime Minister"), of this state
        if one is given ("the Armenian Foreign Minister")."""
        words = title.lower().replace("-", " ").split()
        wanted = "foreign" if words[0] == "foreign" else " ".join(words)

        def holds(office: str) -> bool:  # "the head of state": a President, King or Emir, not a chamber's President
            if wanted in ("president", "head of state") and HEAD_OF_A_BODY.match(office):
                return False
            return wanted in office.replace("-", " ") or wanted == "head of state" and office.startswith(HEADS_OF_STATE)

        high = bisect.bisect_left(self.starts, token_index)
        holders = [(start, m) for (start, _), m in reversed(self.people[:high]) if holds(self.office(m).lower())
                   and (not DEPUTY_OR_ACTING.match(self.office(m)) or DEPUTY_OR_ACTING.match(title))
                   and (state is None or self.countries.get(_surname(m)) == state)]  # not "the acting Governor" for
        # "the Governor"; "the State Secretary" for "State Secretary A"
        def subject(start: int, mention: Mention) -> bool:
            return any(t.dep_ in ("nsubj", "nsubjpass") for t in self.doc[start:start + len(mention.text.split())])

        if wanted == "minister":  # "the Minister" alone: the one the text told of as acting, not each one he met
            return next((m for start, m in holders if subject(start, m)), None)
        near = [(start, m) for start, m in holders if start >= token_index - 400]
        holders = near or holders[:1]  # else the last one named, however far back: "Secretary A" in the lead

        def listed(start: int) -> bool:  # "attended by President A; President B; Prime Minister C": guests
            sent = self.doc[start].sent
            return sum(sent.start <= s < sent.end for (s, _), _ in self.people) >= 3

        # "President A called President B. Later the President spoke with C": A, the subject of the sentence before;
        # else the last one named, passing over a list of guests for one the text told of as doing things
        sentence = self.doc[token_index].sent.start
        previous = self.doc[sentence - 1].sent.start if sentence else sentence
        if wanted in ("president", "head of state") and self.presidents_state:  # a president's own press service
            own = next((m for _, m in holders if self.countries.get(_surname(m)) == self.presidents_state),
                       None) or self.presidents_page_subject  # not a visiting president titled in the text
            if own:
                return own
        return next((m for start, m in holders if start >= previous and subject(start, m)), None) or next(
            (m for start, m in holders if subject(start, m) or not listed(start)), None) or next(
            (m for _, m in holders), None)

    def holder(self, role: str, code: str, year: str | None) -> Mention | None:
        """The one person the text names, in a sentence of that year, who holds this office for this state ("the
        Foreign Minister of Latvia")."""
        holders = [m for (start, _), m in self.people if self.countries.get(_surname(m)) == code
                   and _office_role(self.office(m)) == role
                   and (year is None or self.sentence_year(self.doc[start].sent) in (year, None))]
        full_names = {m.name for m in holders if len(m.name.split()) > 1}
        if len({_surname(m) for m in holders}) != 1 or len(full_names) > 1:
            return None  # no one, or two people of one surname ("Jaan Tamm" and "Mari Tamm")
        return max(holders, key=lambda m: len(m.name))

    def last_year_told(self, at: int) -> str | None:
        """The year of the last date written with its year before character `at`."""
        years = [found.group(0) for span in self.dates if span.end_char <= at for found in YEAR_WORD.finditer(span.text)]
        return years[-1] if years else None

    def sentence_year(self, sent: Span) -> str | None:
        """The year a sentence tells of: its own ("In August 2004, ..."), else the one in force."""
        own = YEAR_WORD.search(sent.text)
        return own.group(0) if own else self.year_at(sent[0])

    def antecedent(self, pronoun: Token) -> Mention | None:
        """Whom "he" or "she" names: in a subordinate clause, its sentence's subject; else the last person named
        in its sentence; else the nearest earlier subject that names a person, by name, title or pronoun ("He
        arrived in X" after "Minister A toured the region"); else the last person named."""
        low = bisect.bisect_left(self.starts, pronoun.i - 120)
        high = bisect.bisect_left(self.starts, pronoun.i)
        named = list(reversed(self.people[low:high]))
        verb = next((t for t in pronoun.ancestors if t.pos_ in ("VERB", "AUX")), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        doer = _person_of([subject], self) if pronoun.dep_ in ("dobj", "pobj") and subject is not None else None
        if doer:  # "A held a meeting with him": him is not A
            named = [n for n in named if _surname(n[1]) != _surname(doer)]
        main_subject = next((c for c in pronoun.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        during = next((t for t in pronoun.ancestors if t.dep_ == "relcl" and any(
            w.lower_ == "which" and w.head.lower_ in ("during", "in") for w in t.subtree if w.i < pronoun.i)), None)
        if during is not None and pronoun.dep_ == "nsubj":  # "He noted the visit by A, during which he held talks
            told = [n[1] for n in named if pronoun.sent.start <= n[0][0] < during.left_edge.i  # with B": A
                    and (main_subject is None or not main_subject.i <= n[0][0] <= main_subject.i)]
            if told:
                return told[0]
        when = next((t for t in pronoun.ancestors if t.dep_ in ("relcl", "advcl") and any(
            c.dep_ == "advmod" and c.lower_ in ("when", "where") for c in t.children)), None)
        if when is not None and when.dep_ == "relcl" and pronoun.dep_ == "nsubj" and _is_trigger(when.head):
            told = [n[1] for n in named if when.head.left_edge.i <= n[0][0] < when.left_edge.i]  # "the visit of A
            if len(told) == 1:  # to X in 2019, when he held talks with B": A
                return told[0]
        visited = None if when is None else when.head if when.dep_ == "advcl" else when.head.head.head if (
            when.head.ent_type_ == "DATE" and when.head.head.dep_ == "prep") else None
        if visited is not None and pronoun.dep_ == "nsubj" and _is_trigger(visited):  # "B had visited X in 2009,
            person = _person_of(_subjects(visited), self)  # when he held talks with C": B
            if person:
                return person
        if main_subject is not None and main_subject.i < pronoun.i and pronoun.dep_ in ("nsubj", "nsubjpass") \
                and pronoun.head != pronoun.sent.root and main_subject.lower_ not in FIRST_PERSON:
            person = _person_of([main_subject], self)  # "The President met B, at which he spoke"; not "B's visit"
            if person:
                return person
        named = [n for n in named if self.may_be(n[1], pronoun)]
        women = [n[1] for n in named if self.honorifics.get(_surname(n[1])) in FEMALE_HONORIFICS] if (
            pronoun.lower_ in ("she", "her")) else []  # "Ms. A met B. ... C had said ... She noted": A
        named = [n for n in named if n[1] in women] if women else named
        if named and named[0][0][0] >= pronoun.sent.start:
            return named[0][1]
        for token in reversed(self.doc[max(0, pronoun.i - 120):pronoun.i]):  # the nearest subject that names one:
            # "The President met C. He then received B. In the evening, he held ...": the same man throughout;
            # not the subject of a relative clause ("... received by B, who is also a candidate. She then met C")
            if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ not in FIRST_PERSON | {"who", "that"} \
                    and (person := _person_of([token], self)) and self.may_be(person, pronoun) \
                    and (not women or person in women) \
                    and (doer is None or _surname(person) != _surname(doer)):
                return person
        return named[0][1] if named else None

    def may_be(self, person: Mention, pronoun: Token) -> bool:
        """Not "she" for "Mr. A", nor "he" for "Ms. B": a pronoun agrees with the honorific the text gave its person,
        here or where it first named them."""
        honorific = _honorific(person) or self.honorifics.get(_surname(person), "")
        if pronoun.lower_ in ("she", "her"):
            return honorific != "Mr"
        return honorific not in FEMALE_HONORIFICS

    def year_at(self, token: Token, dated: bool = True) -> str | None:
        """The year in force: the last bare year ("In 2019, ...") in the paragraph before, else the document's.

        A full date ("in November 2018") dates its own event and does not set the year for the others. A month
        later than the publication's ("in December" in an article of January 2019) is of the year before; an
        undated event (`dated=False`) takes no month from elsewhere in its sentence."""
        window = max(0, token.idx - YEAR_WINDOW)
        paragraph_start = max(window, self.text.rfind("\n", window, token.idx) + 1)
        years = [m.group(1) or m.group(2) or m.group(3)
                 for m in STANDALONE_YEAR.finditer(self.text, paragraph_start, token.idx)]
        if years:
            return years[-1]
        published = self.written_on(token.idx)  # on a page of several releases, the date line above
        deictic = re.findall(r"\b(last|the previous|next|the following) year\b",
                             self.text[token.sent.start_char:token.idx], re.I)
        if deictic and published:  # "Last year, during your visit in March": the year before the text's
            return str(int(published[:4]) + (-1 if deictic[-1].lower() in ("last", "the previous") else 1))
        if heading := _year_heading(self.text, token.idx):
            return heading
        if token.text in MONTHS[:12]:  # "January 10" after "from January 9 to 12, 2003" in the paragraph: 2003
            same_month = re.findall(rf"\b{token.text}\b[^.;\n]{{0,20}}?\b((?:19|20)\d\d)\b",
                                    self.text[paragraph_start:token.idx])
            if same_month:
                return same_month[-1]
        month = next((MONTHS.index(t.text) + 1 for t in token.sent[token.i - token.sent.start:]
                      if t.text in MONTHS[:12]), None) if published and dated else None
        if published and month and len(published) >= 7 and month > int(published[5:7]) + 1:
            return str(int(published[:4]) - 1)  # "in December" in an article of January 2019: December 2018
        # (but "On May 1" in a release of April 30 is the next day's)
        return published[:4] if published and self.later_datelines else self.meta.year


def _signs_a_heading(name: Span, office: str) -> bool:
    """The name fills its line and the next line opens with the person's office."""
    text = name.doc.text
    line_start, line_end = text.rfind("\n", 0, name.start_char) + 1, text.find("\n", name.end_char)
    return line_end > 0 and text[line_start:line_end].strip() == name.text \
        and text[line_end + 1:line_end + 1 + 200].lstrip(" \t").startswith(office)


def _has_subject(anchor: Token) -> bool:
    """"A met C", "C was received": a clause with a subject; not "Met C.", "Courtesy call from C." """
    clause = anchor if anchor.pos_ in ("VERB", "AUX") else next(
        (t for t in anchor.ancestors if t.pos_ in ("VERB", "AUX")), anchor)
    while clause.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        clause = clause.head  # "A addressed X and then held talks": A's
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)


FEMALE_HONORIFICS = {"Ms", "Mrs", "Madam", "Madame"}


def _honorific(person: Mention) -> str:
    """"Ms" for "Ms. A B"; "" for "Minister A"."""
    first = person.text.split()[0].rstrip(".") if person.text else ""
    return first if first in FEMALE_HONORIFICS | {"Mr"} else ""


def _holds_office(mention: Mention, reference: str, context: _Context) -> bool:
    """The person holds the office a group reference names: "leaders", "foreign ministers", "secretaries"."""
    wanted = reference.lower()
    office = context.office(mention).lower()
    if wanted in ("leaders", "heads of state"):  # not a deputy ("Deputy Prime Minister")
        return not re.match(r"(?:first\s+)?deputy\b", office) and any(
            o.lower() == office or office.endswith(o.lower()) for o in lexicon.LEADER_OFFICES) or (
            office.startswith(("president", "prime minister")))
    if wanted == "foreign ministers":
        return "foreign" in office
    if wanted == "ministers":  # not "Deputy Prime Minister" alone; "Deputy Prime Minister and Foreign Minister"
        return "minister" in office.replace("prime minister", "")
    if wanted == "prime ministers":  # Russia's is "Chairman of the Government"
        return any(title in office for title in ("prime minister", "premier", "chairman of the government"))
    if wanted == "presidents":
        return "president" in office
    if wanted == "secretaries":
        return "secretary" in office
    if _heads_of_two(wanted):  # "the heads of the two prosecution services": "Prosecutor General"
        return wanted.split()[-2][:6] in office
    if wanted.endswith(" general"):  # "the prosecutors general"
        return wanted.replace("s general", " general") in office
    return bool(office)


def _heads_of_two(reference: str) -> bool:
    """"the heads of the two services": two people, each heading one of them."""
    return bool(re.match(r"heads\s+of\s+(?:the\s+)?(?:two|both)\b", reference, re.I))


def _group_members(reference: str, context: _Context, index: int, size: int | None = 2) -> list[Mention]:
    """Resolve "the two leaders", "both Foreign Ministers", "the four Foreign Ministers" to the named people
    in context; "the ministers" (no `size`) to those of the meeting just told, or else to two."""
    leaders = reference.lower() in ("leaders", "heads of state")  # rarer than ministers: named further back
    sentence_start = context.doc[min(index, len(context.doc) - 1)].sent.start
    just_named = {_surname(m) for m in context.before(index, index - sentence_start) if _holds_office(m, reference, context)}
    recent = list(reversed(context.meetings[-5:]))
    if size and sentence_start > 0:  # "A is to stop in X for talks with B. The two presidents last met in Y": A and B,
        before = context.doc[sentence_start - 1].sent  # named in the sentence before, which told no meeting held
        named = _unique_people([m for (start, _), m in context.people if before.start <= start < before.end
                                and _holds_office(m, reference, context)])
        if len(named) == size and not any(context.told_at.get(id(m)) == before.start_char for m in recent):
            return named
    if FOLLOWING_THE_TALKS.match(context.doc[sentence_start:].text):  # those of the talks of the day, not one recalled
        day = context.last_day(context.doc[sentence_start].idx)
        recent.sort(key=lambda m: m.date != day)
    # The ones who just met, not others named since ("the two leaders": those who met, not those who "also
    # attended"; "the ministers": all who were there); failing that, "A held talks with President B ... the two
    # Presidents": A, whose office is untold, is the other.
    for untold in (False, True):
        for meeting in recent:
            principals = context.principals.get(id(meeting), meeting.participants) if size else meeting.participants
            members = _unique_people([p for p in principals if _holds_office(p, reference, context)])
            if untold and members and len(_unique_people(principals)) == (size or 2) and not any(
                    context.office(p) for p in principals if p not in members):  # ("the presidents": two, as a rule)
                members = _unique_people(principals)
            if len(members) == len(_unique_people(principals)) == (size or max(len(members), 2)) \
                    and just_named <= {_surname(m) for m in members}:  # "A visited X, and the two presidents": A
                return members
    size = size or 2
    matches: list[Mention] = []
    seen: set[str] = set()
    for mention in context.before(index, limit=2000 if leaders else 400 * (size - 1)):
        ok = _holds_office(mention, reference, context)
        key = _surname(mention)
        if ok and key not in seen:
            seen.add(key)
            matches.append(mention)
        if len(matches) == size:
            break
    return matches if len(matches) == size else []


def extract_meetings(doc: Doc, mentions: dict[tuple[int, int], Mention], meta: DocumentMeta,
                     make_evidence: Callable[[list[Span]], Evidence]
                     ) -> tuple[list[MeetingRecord], list[MeetingCount], list[tuple[str, Evidence]]]:
    """Meetings, meeting counts and named issues stated in one annotated document."""
    context = _Context(doc, mentions, meta)
    meetings: list[MeetingRecord] = []
    counts: list[MeetingCount] = []
    issues: list[tuple[str, Evidence]] = []
    default_years: list[str | None] = []
    readout_days: list[str | None] = []  # "X held talks with Y" first in a readout: on the day it is dated
    told_at: list[int] = []  # where each meeting's sentence starts
    recalled_ids: set[int] = set()  # meetings told as recalled ("He noted that at the meeting in X ...")
    stays: list[_Stay] = []
    settings: list[_Setting] = []
    visits_before: list[MeetingRecord] = []  # the visits the sentence before told
    for sent in doc.sents:
        evidence = None
        in_sentence = len(meetings)
        groups: dict[int, list[Token]] = {}
        setting = _setting(sent, context)
        if setting:
            if setting.date is None and settings and settings[-1].place is None \
                    and context.text.count("\n", settings[-1].start, setting.start) == 1:
                setting = replace(setting, date=settings[-1].date)  # "Date: 4 January 1966" over "Place: Tashkent"
            settings.append(setting)
            if setting.date and len(setting.date) == 10:
                context.day_read, context.day_read_at = setting.date, sent.start_char  # "(1) March 2 (Fukuoka): ..."
        if _is_heading(sent, meta.title, context.text) and not any(
                sent.start - len(_fragment_before(sent)) <= e.start < sent.end and not YEAR_SPAN.fullmatch(e.text)
                for e in context.dates) \
                and sent.start != context.own_heading:  # but "Speech by A at the opening ceremony of X" is A's event;
            continue  # a heading over the paragraph that tells the event ("Courtesy call on President X", "A and B
            # sign the programme for 2019-2021")
        if REFERENCE_ENTRY.match(context.text, context.text.rfind("\n", 0, sent.start_char) + 1):
            continue  # "[6] Department of State, remarks at the trilateral meeting, July 10": a source, not an event
        for token in sent:
            if not (_is_trigger(token) or sent.start == context.own_heading and _speech_venue(token)):
                continue  # "Speech by A at the International Conference on X": A's conference, and whoever he greets
            phrase = _phrase(token)
            number = _count(token) if token.tag_ in ("NNS", "NNPS") else None
            if number is not None:
                evidence = evidence or make_evidence([sent])
                counts.append(MeetingCount(doc=evidence.doc, kind=classify(phrase), count=number,
                                           year=context.year_at(token), evidence=evidence))
                continue
            if NOT_DIPLOMATIC.search(phrase):
                continue
            planned = None if token.pos_ == "VERB" else token if _yet_to_come(token) else token.head if (
                token.dep_ == "conj" and _yet_to_come(token.head)) else None  # "the planned summit and the X summit"
            own_group = token.pos_ != "VERB" and _dated_earlier_event(token)
            key = planned.i if planned is not None else token.i if own_group else _anchor(token).i
            groups.setdefault(key, []).append(token)
        groups = _one_group_per_event(groups, doc)
        listed = ATTENDANCE_LINE.match(sent.text)
        if listed and listed["signed"]:
            groups = {}  # "1. Agreement on X. Signed by: A, Minister ...; B, ...": who signed at the ceremony told before
        if not groups or _present(sent):  # (before the sentence's own events: "The signing took place in the
            pending = _ceremony_being_attended(sent, context)  # presence of A, who was visiting X")
            _add_attendees(sent, context, make_evidence([sent]), pending)
            if pending is not None and len(pending.participants) >= 2:  # "B and C also addressed the guests"
                context.unattended = None
                meetings.append(pending)
                context.meetings.append(pending)
                context.told_at[id(pending)] = sent.start_char
                context.last_at = sent.start_char
                default_years.append(context.year_at(sent[0], dated=False))
                readout_days.append(None)
                told_at.append(sent.start_char)
        if any(t.lemma_.lower() not in ATTENDED_ONLY for ts in groups.values() for t in ts):
            groups = {a: kept for a, ts in groups.items()  # "signed X and attended a ceremony": part of the signing
                      if (kept := [t for t in ts if t.lemma_.lower() not in ATTENDED_ONLY])}
        stays.extend(_arrivals(sent, context))
        days_told: list[str] = []
        for anchor_index, triggers in groups.items():
            evidence = evidence or make_evidence([sent])
            found = _meetings_of(doc[anchor_index], triggers, mentions, context, evidence)
            if len(found) == 1 and any(verb.dep_ == "relcl" for verb in _welcomes_guests(sent)):
                _add_attendees(sent, context, evidence, found[0])  # "The talks opened in X, where A welcomed the
                # delegations"
            if context.owner and not _has_subject(doc[anchor_index]):  # "9:30  Met C": the schedule's owner met C
                for meeting in found:
                    if meeting.participants and _surname(context.owner) not in map(_surname, meeting.participants):
                        meeting.participants.insert(0, context.owner)
            meetings.extend(found)
            anchor = doc[anchor_index]
            if not (_recalled(anchor) or _in_passing(anchor) or _dated_before(anchor.sent)):  # the sentence's own
                # "two weeks later" counts from the day before it, once
                days_told += [m.date for m in found if m.date and len(m.date) == 10 and not _long_before(m.date, meta)]
            if not _in_passing(anchor):
                context.meetings.extend(found)
                context.told_at.update((id(m), sent.start_char) for m in found)
                context.last_at = anchor.idx if found else context.last_at
            default_years.extend([context.year_at(anchor, dated=False)] * len(found))
            recalled = _recalled(anchor) or any(c.dep_ == "aux" and c.lower_ == "had" or c.lower_ in BEFORE_NOW
                                                for t in {anchor, *triggers} for c in t.children)
            over_days = any(e.label_ == "DATE" and DAYS_SPAN.search(e.text) for e in anchor.sent.ents)  # "during
            # the visit, which took place from 1 to 8 September": some day of it, not the day of the release
            readout_days.extend([None if recalled or over_days else context.dateline_day(anchor.sent.start_char)]
                                * len(found))
            recalled_ids.update(id(m) for m in found if recalled)
            told_at.extend([sent.start_char] * len(found))
        if days_told:
            context.day_read, context.day_read_at = days_told[-1], sent.start_char
        opening = OPENING_DAY.match(sent.text)
        day = normalise_date(opening.group(1), context.year_at(sent[0]), context.meta.published) if opening else None
        if len(meetings) == in_sentence and day and len(day) == 10:  # "On March 10, A laid a wreath ...": that day
            context.day_read, context.day_opened_at, context.day_read_at = day, sent.start_char, sent.start_char
        next_day = re.match(r"\W*(?:On\s+)?" + DAYS_LATER.pattern, sent.text, re.I) if context.day_read and len(
            meetings) == in_sentence and context.text.count("\n\n", context.day_read_at, sent.start_char) <= 1 \
            else None  # "On 20 June, the guests arrived. On the following day they toured X.
        # They were received by B": the 21st
        if next_day and _days_after(next_day.group(0), context.day_read):
            context.day_read = _days_after(next_day.group(0), context.day_read)
            context.day_opened_at = context.day_read_at = sent.start_char
        _place_by_visit(meetings[in_sentence:])
        if "\n" not in context.text[told_at[in_sentence - 1] if in_sentence else 0:sent.start_char] \
                and not any(t.ent_type_ == "DATE" for t in sent):  # not "This spring, A met B"
            _continue_visit(visits_before, meetings[in_sentence:])
        elif DURING_THE_VISIT.match(sent.text) and len(visits_before) == 1:  # "During the visit, on 15 June, X was
            for meeting in meetings[in_sentence:]:  # signed": where the visit told just before was
                meeting.place = meeting.place or visits_before[0].place
        if len(meetings) > in_sentence or any(e.label_ == "DATE" and re.search(rf"\d|\b(?:{_MONTH})\b", e.text)
                                              for e in sent.ents):  # not "It was his first visit in ten years."
            visits_before = [m for m in meetings[in_sentence:] if m.kind == "visit" and _travellers(m)]
        for issue in named_issues(sent.text):
            issues.append((issue, evidence or make_evidence([sent])))
    for listed in _listed_visits(doc, context, meetings, told_at, make_evidence) + _programme(
            doc, context, meetings, told_at, make_evidence):
        meetings.append(listed)
        default_years.append(None)
        readout_days.append(None)
        told_at.append(len(context.text))
    _place_by_settings(meetings, told_at, settings)
    _signings_of_their_own(meetings, told_at, settings)
    _occasion_of_the_speech(meetings, told_at, context)
    _entry_visitors(meetings, told_at, context.text)
    for meeting, day in zip(meetings, readout_days):
        if not _dated_by_its_occasion(meeting):
            meeting.date = meeting.date or day
    _inherit_from_previous(meetings, recalled_ids, classify(meta.title), meta.published)
    for meeting, day in zip(meetings, readout_days):
        meeting.date = meeting.date or day  # talks told with no day
    _date_by_news_items(meetings, told_at, settings)
    for meeting, occasion in context.occasions:
        meeting.date, meeting.place = meeting.date or occasion.date, meeting.place or occasion.place
    place = context.dateline_place
    for meeting in meetings:  # the readout's events of its own day, in the state of its dateline, were in that city
        # (and those of its month told only as in that state: "during the visit")
        in_its_state = place is not None and meeting.place is not None and meeting.place.type == "Country" \
            and meeting.place.key == place.country
        if place and meeting.kind != "telephone-talk" and (
                meeting.date == meta.published and (meeting.place is None or in_its_state)
                or in_its_state and meeting.date and len(meeting.date) >= 7 and _same_time(meeting.date, meta.published)):
            meeting.place = place
    _place_by_stays(meetings, stays)
    _place_by_neighbours(meetings)
    week = [m.place for m in meetings if m.place and _days_before(m.date, meta) in range(0, 8)]
    if place and week and all(p.name == place.name for p in week):  # "On 25 November, A and B held talks", in a
        for meeting in meetings:  # release from X of 29 November that tells the week's other events in X: in X
            if meeting.place is None and meeting.kind != "telephone-talk" and _days_before(meeting.date, meta) in range(1, 8):
                meeting.place = place
    _place_in_its_sentence(meetings, told_at, context)
    for meeting, year in zip(meetings, default_years):
        meeting.date = meeting.date or year  # a report's events happen in the year it reports on
    return meetings, counts, issues


def _place_in_its_sentence(meetings: list[MeetingRecord], told_at: list[int], context: _Context) -> None:
    """A meeting placed only in a state is where its sentence says more: the one building it names ("was received in
    audience at the Imperial Palace"; a building whose town is named gives way to the town), else the one town of
    that state it is "in" or "at" ("signed by the two ministers in X in April, when B visited Y"). A visit is to the
    state, whatever building or town it takes in."""
    for meeting, at in zip(meetings, told_at):
        if meeting.place is None or meeting.place.type != "Country" or meeting.kind == "visit" \
                or at >= len(context.text):
            continue
        sent = context.doc.char_span(at, at + 1, alignment_mode="expand")
        if sent is None:
            continue
        named = context.mentions_within({t.i for t in sent.sent})
        buildings = {m.name: m for _, m in named if _a_building(m)}
        towns = {m.name: m for (start, _), m in named if m.type == "Place" and m.country == meeting.place.key
                 and not _a_building(m) and start > 0 and context.doc[start - 1].lower_ in ("in", "at")}
        for found in (buildings, towns):
            if len(found) == 1:
                meeting.place = next(iter(found.values()))
                break


def _occasion_of_the_speech(meetings: list[MeetingRecord], told_at: list[int], context: _Context) -> None:
    """"Speech by A at the X Summit / Riga, 4 July 2024 / Dear President B, Dear Prime Minister C,": the meeting a
    speech's heading names was held on the day and in the town of its dateline, with those it addresses by name."""
    if context.author is None:
        return
    published, town = context.meta.published, context.dateline_place
    heading_at = context.doc[context.own_heading].idx if context.own_heading >= 0 else -1
    for meeting, at in zip(meetings, told_at):
        present = {_surname(p) for p in meeting.participants}
        above = at < context.addressed_from if context.addressed_from >= 0 else at == heading_at  # (or, with no one
        # addressed by name, the meeting of the heading that names the speaker: "Remarks by A at the session of X")
        if not above or _surname(context.author) not in present \
                or meeting.kind in ("telephone-talk", "visit", "courtesy-call"):
            continue
        meeting.participants += _unique_people([p for p in context.audience if _surname(p) not in present])
        if published and len(published) == 10 and _same_time(meeting.date, published):
            meeting.date, meeting.place = published, meeting.place or town


def _days_before(day: str | None, meta: DocumentMeta) -> int | None:
    """How many days before the text's own day a meeting's day is; None unless both are days."""
    published = meta.published
    if not (day and len(day) == 10 and published and len(published) == 10):
        return None
    return (datetime.date.fromisoformat(published) - datetime.date.fromisoformat(day)).days


def _long_before(day: str, meta: DocumentMeta) -> bool:
    """A day more than a month before the release dated to the day: background ("The session was held on 6 June
    2019") that "the same day" after it does not count from."""
    return (_days_before(day, meta) or 0) > 31


def _one_group_per_event(groups: dict[int, list[Token]], doc: Doc) -> dict[int, list[Token]]:
    """"referred to the visit to Japan of A and the visit to Russia of B", "recalled the visit by A in 2006
    and his own meeting with B in May": each event noun naming its own people is an event of its own."""
    split: dict[int, list[Token]] = {}
    for anchor, triggers in groups.items():
        named = [t for t in triggers if t.pos_ == "NOUN" and any(w.ent_type_ == "PERSON" for w in _clause(t))]
        if len(named) >= 2 and doc[anchor].pos_ == "VERB" and not _is_trigger(doc[anchor]):
            split.update((t.i, [t]) for t in named)
            rest = [t for t in triggers if t not in named]
            if rest:
                split[anchor] = rest
        else:
            split[anchor] = triggers
    return split


def _recalled(anchor: Token) -> bool:
    """"They welcomed the fact that the first meeting was held on May 5", "recalled the visits to X": a recalled day
    is not the day told."""
    return any(t.dep_ == "ccomp" and t.head.i < t.i or t.dep_ == "acl" and t.head.lemma_ == "fact"
               or t.lemma_ in ("recall", "remember") for t in [anchor, *anchor.ancestors])


def _dated_before(sent: Span) -> bool:
    """"briefed B on the meeting between C and D, which had been held in X on May 3": that day is not the one told
    ("Earlier the same day" after it is not May 3)."""
    return any(t.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "had" for c in t.children)
               and any(g.ent_type_ == "DATE" for g in t.subtree) for t in sent)


def _in_passing(anchor: Token) -> bool:
    """"B, who had visited Tokyo in March", "the Joint Statement signed during B's visit in 1998": an earlier event
    told in passing, not the story's next step."""
    return (anchor.dep_ == "relcl" and any(c.lower_ == "had" and c.dep_ == "aux" for c in anchor.children)
            or anchor.dep_ == "acl" and anchor.head.ent_type_ == "AGREEMENT")


CALLED_OFF = {"postpone", "cancel", "defer", "delay", "suspend"}
UNSETTLED = {"postponement", "cancellation", "deferral", "timing", "possibility", "prospect"}  # "of the visit"
YET_TO_COME = {"future", "planned", "proposed", "possible", "prospective"}
HAPPEN = {"take", "hold", "happen", "occur", "materialize", "materialise", "realize", "realise"}


def _distributes(clause: list[Token]) -> bool:
    """Places and dates paired one event each: "in X and Y in May and June respectively", "met three times, in
    Tallinn in January, in Riga in June and in Vilnius in September", "met in Tallinn in May and in Riga in June"."""
    text = _text(clause)
    return any(t.lower_ == "respectively" for t in clause) or bool(PAIRED_LIST.search(text) or TOWNS_AND_TIMES.search(text))


def _habitual(anchor: Token, clause: list[Token]) -> bool:
    """"A and I have met many times, in X and in Y", "B visited Z several times": no one meeting, unless the
    clause dates each ("most recently in X in January and in Y in June")."""
    # "met repeatedly", "met several times", "met on many occasions", "meets twice a year"
    modifiers = [*anchor.children, *(g for c in anchor.children if c.dep_ == "prep" for g in c.children)]
    often = any(m.lower_ in ("repeatedly", "regularly", "often", "frequently", "annually")
                or m.lemma_ in ("time", "occasion") and any(g.lower_ in ("many", "several", "numerous") for g in m.children)
                or m.lemma_ == "year" and any(g.lower_ in ("a", "every", "each") for g in m.children)  # "twice a year"
                for m in modifiers)
    as_a_rule = anchor.lemma_ in HELD_VERBS and anchor.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in anchor.children)  # "The X Consultations are held
    # between the two Ministries": how they are held, not one meeting
    return (often or as_a_rule) and not any(t.ent_type_ == "DATE" and (t.text in MONTHS[:12] or as_a_rule) for t in clause)


def _is_future(anchor: Token, triggers: list[Token]) -> bool:
    """"The next meeting would be held", "agreed to hold a summit": an event yet to happen."""
    if any(c.lower_ in ("will", "would", "shall") for c in anchor.children if c.dep_ in ("aux", "auxpass")):
        return True
    if any(c.dep_ == "acl" and c.lemma_ in ("plan", "schedule") for t in triggers for c in t.children) or any(
            t.head.lower_ == "for" and (t.head.head.lemma_ in ("preparation", "preparations")
                                        or _subject_of_clause(t).lemma_ in ("preparation", "preparations"))
            for t in triggers):
        return True  # "the visit planned for next year", "the preparation for the visit", "preparations go on for X"
    if anchor.lemma_ in ("schedule", "plan", "expect") or any(_intended(t) for t in _up_to_a_past_verb(anchor)):
        return True  # "hoped to hold a meeting on the day after the meeting in Tartu": both yet to happen
    if anchor.dep_ == "pcomp" and anchor.head.lower_ == "to" and anchor.head.head.lemma_ in ("view", "aim", "goal"):
        return True  # "with a view to holding the next meeting"
    if any(a.lower_ == "to" and a.head.lemma_ == "look" and any(c.lower_ == "forward" for c in a.head.children)
           and not any(c.lower_ in ("had", "was", "were") for c in a.head.children)  # not "he had been looking forward"
           for t in [anchor, *triggers] for a in t.ancestors):
        return True  # "looks forward to visiting X for the Summit", "to exchanges, including a visit by A"
    if any(AHEAD_OF.search(t.doc.text[t.sent.start_char:t.left_edge.idx]) for t in triggers):
        return True  # "agreed to cooperate ahead of the Riga Summit in July"
    if all(t.pos_ != "VERB" for t in triggers) and any(
            TO_BE_HELD.match(t.doc.text, t.idx + len(t.text), t.sent.end_char) for t in triggers):
        return True  # "the Summit on Financial Markets of the G20, to be held in Washington on November 15"
    if anchor.tag_ in ("VBZ", "VBP") and any(c.dep_ == "mark" and c.lower_ in ("before", "until") for c in anchor.children):
        return True  # "the row comes two weeks before Japan hosts the summit": it is still to come
    if anchor.dep_ == "xcomp" and anchor.head.lemma_ == "be" and anchor.head.tag_ in ("VBZ", "VBP") and any(
            c.dep_ == "nsubj" and c.lower_ != "it" for c in anchor.head.children) and not any(
            c.dep_ in ("attr", "acomp") for c in anchor.head.children):
        return True  # "left for X, where he is to meet President B" (not "it is my privilege to welcome you")
    if any(t.head.lower_ == "for" and _travelling_now(t.head.head) for t in triggers):
        return True  # "From here I go on to New Delhi for the G20 meeting", "he is flying to X for the summit"
    if anchor.lemma_ in CALLED_OFF or any(t.head.lemma_ in CALLED_OFF for t in triggers):
        return True  # "the visit planned for June was postponed": no event took place
    named = [g for t in triggers for c in t.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if any(c.dep_ == "relcl" and any(w.lemma_ in CALLED_OFF or w.lower_ == "prepared" and any(
            a.lower_ in ("is", "are", "being") for a in w.children) for w in c.subtree)
           for t in [*triggers, *named] for c in t.children):
        return True  # "the first Summit of the X Dialogue, which had to be postponed", "..., which is being prepared"
    if any(t.dep_ == "pobj" and t.head.lower_ == "for" and (t.head.head.lemma_ in ("provide", "due") or any(
            c.dep_ == "acomp" and c.lower_ == "due" for c in t.head.head.children))
           or t.dep_ == "dobj" and t.head.lemma_ in ("envisage", "foresee") for t in triggers):
        return True  # "the document provides for a regular dialogue", "A is due in X for a visit": one to come
    if anchor.lemma_ in ("include", "feature") and anchor.tag_ in ("VBZ", "VBP") and any(
            c.dep_ == "nsubj" and c.lemma_ in ("programme", "program", "schedule", "agenda", "itinerary")
            for c in anchor.children):
        return True  # "A's programme for Tuesday includes meetings with B and C": a plan, told before the day
    if anchor.lemma_ in HAPPEN and any(c.dep_ == "neg" for c in anchor.children):
        return True  # "the visit did not take place", "the summit was not held"
    if any(t.head.lower_ == "of" and t.head.head.lemma_ in UNSETTLED for t in triggers):
        return True  # "explained the postponement of his visit", "no decision on the timing of the visit"
    nouns = [t.head.head if t.head.lower_ == "of" else t for t in triggers]  # "the next round of consultations"
    if any(n.dep_ == "dobj" and n.head.lemma_ in ("propose", "suggest") for n in [*triggers, *nouns]):
        return True  # "proposed a new round of consultations": an event proposed, not held
    return any(c.lower_ in ("next", "upcoming", "forthcoming") and c.dep_ != "advmod"  # not "Next, A met B"
               or c.dep_ == "amod" and c.lower_ in YET_TO_COME for n in [*triggers, *nouns] for c in n.children)  # "his future visit"


MOTION_VERBS = {"go", "travel", "fly", "head", "leave", "depart", "proceed"}


def _travelling_now(verb: Token) -> bool:
    """"I go on to X", "she is flying to Y": a journey told in the present, so the meeting it is for is still ahead."""
    return verb.lemma_ in MOTION_VERBS and (verb.tag_ in ("VBP", "VBZ") or verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("am", "is", "are") for c in verb.children))


def _subject_of_clause(token: Token) -> Token:
    """The subject of the nearest verb above the token that has one ("preparations would continue, as agreed, for
    the visit": "preparations"); the token itself if none has."""
    for verb in token.ancestors:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if verb.pos_ in ("VERB", "AUX") and subject is not None:
            return subject
    return token


def _up_to_a_past_verb(token: Token) -> list[Token]:
    """The token and its heads up to the first verb in the past ("intends to follow the agreements reached at
    the summit": the summit is past)."""
    chain = [token]
    for head in token.ancestors:
        if chain[-1].pos_ == "VERB" and chain[-1].tag_ in ("VBD", "VBN"):
            break
        chain.append(head)
    return chain


def _intended(token: Token) -> bool:
    """"agreed to hold", "expect B to pay a visit", "his wish to hold an in-person meeting": the verb of an
    intention."""
    intends = token.head.lemma_ in INTENTION_VERBS or token.head.lower_.rstrip("ds") in INTENTION_VERBS  # "hoped",
    # lemmatised "hop"
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return (token.dep_ == "xcomp" or token.dep_ == "ccomp" and to) and intends or token.dep_ == "acl" and (
        token.head.lemma_ in INTENTION_NOUNS and to)


def _is_plural(token: Token) -> bool:
    """Several events, except "talks", "negotiations", "(held) consultations (...) with B" and "a round of
    consultations"."""
    one_round = token.head.lower_ == "of" and token.head.head.lemma_ in ("round", "session")
    held = [token.head] if token.dep_ == "dobj" and token.head.lemma_ in ("hold", "conduct") else []  # "held X in Y with B"
    with_someone = token.lower_ == "consultations" and any(c.lower_ in ("with", "between") for t in [token, *held]
                                                           for c in t.children)
    return token.tag_ in ("NNS", "NNPS") and token.lower_ not in ("talks", "negotiations") and not one_round \
        and not with_someone


def _one_each(triggers: list[Token], kind: str) -> bool:
    """"telephone talks with A and B", "telephoned A and B", "separate (bilateral) talks with A and B",
    "received A and B separately": one talk with each of them (not a "trilateral" or "conference" call)."""
    together = any(c.lower_ in ("trilateral", "three-way", "joint", "conference", "video")
                   for t in triggers for c in t.children)
    return not together and any(kind == "telephone-talk" and t.lower_ != "call" or any(  # "a call with A and B": one
        c.lower_ in ("separate", "bilateral", "individual", "separately", "individually") for c in t.children)
        for t in triggers)


def _with_each_apart(anchor: Token, triggers: list[Token]) -> bool:
    """"held talks with A, Prime Minister, and with B, Minister of Finance": a "with" for each person, a talk
    with each (not "with A, with the participation of C")."""
    withs = [c for t in {anchor, *triggers} for c in t.children if c.dep_ == "prep" and c.lower_ == "with"]
    withs += [g for c in withs for g in c.children if g.dep_ == "conj" and g.lower_ == "with"]
    return sum(any(g.dep_ == "pobj" and g.ent_type_ == "PERSON" for g in w.children) for w in withs) >= 2


def _phone_call(token: Token) -> bool:
    """"received calls from A", "calls were received from B", "made a call to C": a telephone talk (not "paid a
    courtesy call", nor "a call on the President")."""
    return token.lemma_ == "call" and token.pos_ == "NOUN" and token.head.lemma_ in ("receive", "make", "return") \
        and not any(c.dep_ in ("amod", "compound") or c.dep_ == "prep" and c.lower_ == "on" for c in token.children)


def _is_proper_name(token: Token) -> bool:
    """"the Japan-Russia ... Secretary-Level Meetings were held": a named series, stated as one event."""
    return token.text[0].isupper() and any(c.dep_ == "compound" and c.text[0].isupper() for c in token.children)


def _visitors(triggers: list[Token], in_clause: list, context: _Context) -> list[Mention]:
    """Who made the visit: the subject of "visited", the owner or agent of "X's visit" / "visit by X"
    ("I visited", "my visit": the author); who paid a courtesy call."""
    tokens: set[int] = set()
    for trigger in triggers:
        if trigger.lemma_.lower() == "call" and trigger.head.pos_ == "VERB" and trigger.head.lemma_ == "receive":
            tokens.update(t.i for c in [*trigger.children, *trigger.head.children]  # "B received a call from A"
                          if c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree)
        elif trigger.lemma_.lower() == "call" and trigger.head.pos_ == "VERB":  # "A paid a courtesy call on B"
            tokens.update(t.i for c in _subjects(trigger.head) for t in c.subtree)
        if trigger.lemma_.lower() == "call" and trigger.pos_ == "VERB":  # "A called on B"
            tokens.update(t.i for c in _subjects(trigger) for t in c.subtree)
        if not _visit_word(trigger):
            continue
        for child in trigger.children:
            if child.dep_ == "poss" or child.dep_ in ("prep", "agent") and child.lower_ in ("by", "of"):
                tokens.update(t.i for t in child.subtree)
        tokens.update(t.i for c in _subjects(trigger) for t in c.subtree)
        if trigger.dep_ == "dobj" and trigger.head.lemma_ in ("pay", "make"):  # "A, accompanied by B, paid a visit"
            tokens.update(t.i for c in _subjects(trigger.head) for t in c.subtree)
    found = [m for (start, _), m in in_clause if start in tokens and m.type == "Person"]
    return found + (context.us_among(triggers[0].doc[i] for i in sorted(tokens)) if triggers else [])


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects; a coordinated verb without one shares its head's ("A visited X and paid ..."); "who"
    is the person the clause describes ("B, who is visiting Japan")."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and [c.lower_ for c in own] == ["who"]:
        return [verb.head]
    if not own and verb.dep_ == "pcomp" and verb.head.lower_ == "for":  # "I thank A for receiving us", "... and B
        thanked = verb.head.head  # for hosting us": who is thanked did it
        if thanked.ent_type_ == "PERSON":
            return [thanked]
        if thanked.lemma_ in ("thank", "praise", "commend"):
            return [c for c in thanked.children if c.dep_ == "dobj"]
    head = _coordinated_with(verb)
    return own or (_subjects(head) if head is not None else [])  # "A held X, held Y and received Z"


def _signing_told(verb: Token, context: _Context) -> MeetingRecord | None:
    """"The document was signed by A and B" after a signing told in the paragraph or the two before (three, if no
    one was named at it: "A ceremony of signing X was held. <two paragraphs on X> X was then signed by A"): that one."""
    signer = any(s.ent_type_ == "PERSON" for s in _subjects(verb))  # "B signed the document as a witness"
    told = [c for c in verb.children if (c.dep_ == "nsubjpass" or c.dep_ == "dobj" and signer) and (c.lemma_.lower() in (
                "document", "memorandum", "protocol", "contract", "agreement", "declaration", "statement", "treaty")
            and any(d.lower_ == "the" for d in c.children)
            and (not c.ent_type_ or all(t.dep_ == "det" for t in c.subtree if t != c))  # "the Memorandum", no name
            or c.lower_ == "it")]  # "On behalf of the producers it was signed by B"
    by_someone = signer or any(c.dep_ == "agent" for c in verb.children) or any(  # "signed on 1 May at X by A": the
        t.lower_ == "by" and t.head.pos_ != "VERB" and any(g.ent_type_ == "PERSON" for g in t.children)
        for t in verb.subtree)  # parser may hang "by" on X (not "during the visit of a delegation led by A")
    if verb.lemma_ != "sign" or not told:
        return None
    earlier = next((m for m in reversed(context.meetings[-3:]) if m.kind == "signing"
                    and context.told_lately(m, verb.idx, paragraphs=2 if m.participants else 3)), None)
    where = earlier is not None and earlier.place is None and any(  # "it signed X on 8 April. The memorandum was
        c.dep_ == "prep" and c.lower_ == "in" and any(g.ent_type_ == "GPE" for g in c.children)  # signed in Y": there
        for c in verb.children)
    return earlier if by_someone or where else None


# Abbreviations the parser may wrongly end a sentence at (it does not keep a boundary kg_line_breaks forbids).
SENTENCE_BREAKING_ABBREVIATIONS = {"a.m.", "p.m.", *(h.lower() for h in lexicon.HONORIFICS if h.endswith("."))}


def _fragment_before(sent: Span) -> list[Token]:
    """"On 14 September, beginning at 10:50 a.m. | local time (...), A held a meeting with B", "- 13 July: | Foreign
    Ministers' Meeting (X)": the words before an abbreviation or a colon the parser took for a sentence's end are
    the same sentence's."""
    if sent.start == 0:
        return []
    before = sent.doc[sent.start - 1].sent
    cut = before[-1].lower_ in SENTENCE_BREAKING_ABBREVIATIONS or before[-1].text == ":" and "\n" not in before.text
    return list(before) if cut else []


def _chance_to(verb: Token) -> Token | None:
    """"had the honor of meeting", "had the chance to sit down with": the noun the meeting verb completes."""
    noun = verb.head if verb.dep_ == "acl" else verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "of" \
        else None
    return noun if noun is not None and noun.lemma_ in CHANCE_NOUNS and noun.dep_ == "dobj" \
        and noun.head.lemma_ == "have" else None


def _meeting_now(verb: Token) -> bool:
    """"We are meeting at a difficult time", "we meet today": the meeting the speaker speaks at."""
    return verb.lemma_ == "meet" and any(c.dep_ == "nsubj" and c.lower_ == "we" for c in verb.children) and (
        verb.tag_ == "VBP" or verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "are" for c in verb.children))


def _each_subject(verb: Token) -> list[Token]:
    """"A and B each held meetings with C": the subjects, each of whom met C apart."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or not any(t.lower_ == "each" and t.dep_ in ("appos", "det", "advmod", "npadvmod", "dep")
                               for t in [*verb.children, *subjects[0].children]):
        return []
    return [subjects[0], *subjects[0].conjuncts]


def _meetings_of(anchor: Token, triggers: list[Token], mentions: dict[tuple[int, int], Mention],
                 context: _Context, evidence: Evidence) -> list[MeetingRecord]:
    # a statement opening "Following the talks, A and B made statements": A and B's talks, told nowhere else
    first_told = anchor.dep_ == "prep" and anchor.lower_ in ("following", "after") and not context.meetings and sum(
        t.ent_iob_ == "B" and t.ent_type_ == "PERSON" for s in _subjects(anchor.head) for t in s.subtree) >= 2
    if all(_another_event(t) and _bare_reference(t) and not _dated_earlier_event(t) for t in triggers) \
            and not first_told:
        return []  # "Prior to the meeting, A laid a wreath": the meeting is told already, and A's act is no meeting
    anchor = anchor.head if first_told else anchor  # (their clause names them)
    triggers = [t for t in triggers if not _another_event(t)] or triggers
    if _named_by_its_town_or_day(triggers, context):
        return []  # "Riga regarded the Vilnius summit as the basis", "Monday's meeting follows ...": told already
    if _meeting_now(anchor) and context.author_at(anchor.idx) is not None and context.meetings:
        context.meetings[0].evidence.append(evidence)  # "We are meeting at a difficult time": the speech's meeting
        return []
    earlier = _signing_told(anchor, context)
    if earlier is not None:  # "X was signed in Riga today. The document was signed by A and B": that signing's people
        earlier.participants.extend(p for _, p in context.mentions_within({t.i for t in anchor.subtree})
                                    if p.type == "Person" and p not in earlier.participants)
        earlier.evidence.append(evidence)
        earlier.place = earlier.place or next((m for _, m in context.mentions_within({t.i for t in anchor.subtree})
                                               if m.type == "Place"), None)
        day = next(iter(_dates(_clause(anchor), anchor, context)), None)  # "X was signed during the Days of Y. ...
        if day and len(day) > len(earlier.date or ""):  # The memorandum was signed on 1 November by A": that day
            earlier.date = day
        context.last_at = anchor.idx  # "... The ceremony was held in the presence of C": of that signing
        return []
    clause = _clause(anchor) + (_held_phrase(triggers) or _setting_above(anchor)) + _town_of_the_event_before(anchor)
    clause += _date_right_after(triggers, clause) + _fragment_before(anchor.sent)
    if _is_future(anchor, triggers) or _habitual(anchor, clause):
        return []
    respectively = _distributes(clause) or any(t.lower_ == "visits" for t in triggers) and bool(
        YEAR_LIST.search(_text(clause)))  # "the visits to Latvia by A in 2009, 2013 and 2019": one a year
    singular = [t for t in triggers if not _is_plural(t) or _is_proper_name(t)]
    indexes = {t.i for t in clause} | {t.i for t in triggers}
    described = _subjects(anchor)  # "B, who is visiting Japan", "B, who came to X and held talks with C": B
    with_someone = any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "with"  # "... and was received by C"
                       for t in {anchor, *triggers} for c in t.children)
    clause_of_who = anchor if anchor.dep_ == "relcl" else _coordinated_with(anchor) if with_someone else None
    if clause_of_who is not None and clause_of_who.dep_ == "relcl" and described == [clause_of_who.head]:
        indexes |= {t.i for t in clause_of_who.head.subtree if t.ent_type_ == "PERSON" and t.i < clause_of_who.i}
    if anchor.dep_ in ("acl", "relcl") and anchor.head.ent_type_ == "AGREEMENT":
        indexes |= {t.i for t in anchor.head.subtree if t.ent_type_ == "AGREEMENT"}  # "the memorandum ... signed in X"
    if anchor.dep_ == "advcl" and anchor.lemma_ in CHAIR_VERBS and any(c.dep_ == "mark" and c.lower_ == "as"
                                                                        for c in anchor.children) \
            and not _person_of(_subjects(anchor), context):  # "A and B pledged X, as Latvia hosted the summit": there
        indexes |= {t.i for s in _subjects(anchor.head) for t in s.subtree if t.ent_type_ == "PERSON"}
    if not respectively and singular:
        triggers = singular
    elif not respectively and len(_counterparts(anchor, triggers, context.mentions_within(indexes))) < 2 \
            and len(_own_participants(triggers, context.mentions_within(indexes))) < 2 and not _each_subject(anchor):
        # "visits made by ministers": a class of events, not one event; "calls on A and B": two; but
        # "the consultations were held between A and B": one
        return _visits_by_each(triggers, context, evidence) or _with_each_of(anchor, triggers, clause, context, evidence)
    phrases = ["telephone call" if _phone_call(t) else _phrase(t) for t in triggers]
    kind = min((classify(p) for p in phrases), key=KINDS.index)
    in_clause = context.mentions_within(indexes)
    trigger = min(triggers, key=lambda t: t.i)
    places = _places(in_clause, clause, trigger, kind)
    where, told_there = _place_where(anchor, context)
    if where:  # "I visited X, where I met B in Y": Y; "I arrived in Z from X, where I met B": X
        places = [m for (start, _), m in in_clause if m in places and start in told_there] or where
    in_clause = [(span, m) for span, m in in_clause if not (m.type == "Person" and (
        _absent(anchor.doc[span[0]]) or anchor.doc[span[0]].idx in context.speakers))]  # not who speaks
    people = _unique_people(_own_participants(triggers, in_clause) or _visitors_named_by(triggers, anchor, in_clause) or (
        [m for _, m in in_clause if m.type == "Person"] + _referenced_people(clause, context, places)))
    if not people and (any(c.dep_ == "poss" and c.lower_ == "their" for t in triggers for c in t.children)
                       or any(t.dep_ in ("nsubj", "nsubjpass") and t.head == anchor and (t.lower_ == "they" and (
                              respectively or {"again", "more"} & {c.lower_ for c in clause}
                              or anchor.dep_ == "relcl") or t.lower_ == "sides"
                              and any(c.lower_ in ("two", "both") for c in t.children)) for t in clause)):
        # "This was followed by their meeting in X", "the two sides signed X", "they met twice more", "a meeting,
        # after which they signed X": the people of the last meeting read (but "A called on B, and they exchanged
        # views" is that one meeting)
        people = next((list(context.principals.get(id(m), m.participants)) for m in reversed(context.meetings)
                       if len(m.participants) >= 2), [])
    shares_subject = _coordinated_with(anchor) is not None and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children)
    same_sentence = next((m for m in reversed(context.meetings) if evidence in m.evidence), None) if (
        shares_subject and kind == "signing") else None
    if same_sentence is not None:  # "A and B held talks and signed X": both signed
        people = _unique_people([*same_sentence.participants, *people])
    if anchor.sent.start == context.own_heading and context.author not in people:
        people = [context.author, *people]  # "A's remarks at a news conference following talks with B": A met B
    if len(people) == 1 and any(c.dep_ == "poss" and c.lower_ == "their" for t in triggers for c in t.children):
        others = _unique_people([m for _, m in context.mentions_within(set(range(anchor.sent.start, anchor.sent.end)))
                                 if m.type == "Person" and _surname(m) != _surname(people[0])])
        people = people + others if len(others) == 1 else people  # "A asked B to greet C, and recalled their
        # last meeting": A and C
    countries = _countries(phrases, in_clause, clause, [t for t in triggers if t.pos_ != "VERB"])
    if not people and not countries and any(t.lower_ in ("governments", "sides", "countries", "states") and any(
            c.lower_ in ("two", "both") for c in t.children) for t in clause):  # "signed by the two governments":
        countries = next((list(m.countries) for m in reversed(context.meetings) if len(m.countries) == 2), [])  # those
        # of the talks told
    if kind == "signing":  # "a memorandum between the Ministry of X of Japan and ... of Kazakhstan"
        for agreement in (m for _, m in in_clause if m.type == "Agreement"):
            countries += [c for c in named_countries(agreement.text) if c not in countries]
    dates = _dates(clause, trigger, context)
    agreements = [m for _, m in in_clause if m.type == "Agreement"]
    if kind == "visit" and not people and not any(t.lower_ in ("president", "minister") for t in clause):
        return []
    if all(t.lemma_.lower() in ATTENDED_ONLY and not _signing_ceremony(t) or _witnessed_signing(t) for t in triggers) \
            and len(people) < 2 and anchor.sent.start != context.own_heading:
        # "An opening ceremony was held in X on May 3": an event only once named people attend ("A, B and C attended
        # the ceremony"); kept aside until then
        if _the_ceremony_kept_aside(triggers, context):  # "The ceremony was opened by A": the one held, told above
            context.unattended.participants.extend(p for p in people if p not in context.unattended.participants)
            context.unattended.evidence.append(evidence)
            return []
        context.unattended = _record(kind, people, countries, dates[0] if dates else None, places[0] if places else None,
                                     [], agreements, evidence, "", [])
        context.unattended_at = anchor.idx
        return []
    described = [t for t in triggers if t.dep_ in ("attr", "conj") and t.head.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in ("this", "it", "that") for c in t.head.children)
        or (t.dep_ == "appos" or t.dep_ in ("prep", "dep", "npadvmod") and t.doc[t.left_edge.i - 1].text == ",")
        and any(c.ent_type_ == "ORDINAL" or c.lower_ == "last" for c in t.children)]  # "..., the first meeting
    # between the two leaders since X" (which the parser may hang on the comma)
    if described and all(any(t in d.subtree for d in described) for t in triggers):
        return []  # "This is the first visit to X by a foreign minister in ten years", "..., the first visit": told already
    if _states_when_and_where(triggers, dates, context, anchor, evidence):
        return []
    todays = _todays(triggers, dates, places, context, anchor)
    if todays is not None:
        _add_attendees(anchor.sent, context, evidence, todays)
        return []
    told = _held_the_meeting_told(anchor, triggers, dates, places, context)
    if told is not None and people:  # "A met B in Riga. C and D held the meeting at ...": that meeting, with C and D
        told.participants.extend(p for p in people if _surname(p) not in {_surname(q) for q in told.participants})
        told.evidence.append(evidence)
        context.last_at = anchor.idx
        return []
    last_date = context.meetings[-1].date if context.meetings else None
    last_place = context.meetings[-1].place if context.meetings else None
    # "The meeting was chaired by A, of the chair country this year": a date the meeting just told falls in is not
    # news, nor is its town ("The summit, in a hotel in the Austrian capital, was hosted by B")
    if (_anaphoric(triggers, [d for d in dates if not (last_date and last_date.startswith(d))],
                   [p for p in places if not (last_place and p.type == "Place" and p.name == last_place.name)])
            and not _with_someone_new(triggers, context) or _the_ceremony_kept_aside(triggers, context)) \
            and anchor.sent.start != context.own_heading and not first_told:
        attended = any(t.dep_ in ("nsubjpass", "dobj") and t.head.lemma_ in ATTENDANCE_VERBS | CHAIR_VERBS
                       for t in triggers)  # "The meeting was chaired by A": the meeting of the day
        day = context.last_day(anchor.idx)  # "The talks were attended by A, B": the last told of the day in force
        of_the_day = [m for m in reversed(context.meetings) if m.date in (None, day)]
        same_kind = [m for m in reversed(context.meetings) if kind != "other" and m.kind == kind]  # "B attended the
        # summit as a guest", after the summit and a day's talks: the summit
        referent = next(iter(same_kind + of_the_day), None) if attended else None
        unattended = context.unattended if context.unattended_at > context.last_at else None
        target = _this_years(triggers, context) or referent or unattended
        if target is None and context.meetings:
            context.last_at = anchor.idx  # "The talks were then continued in an expanded format": still that meeting
        _add_attendees(anchor.sent, context, evidence, target)
        joined = target or (context.meetings[-1] if context.meetings else None)
        if joined is not None and BOTH_DELEGATIONS.search(anchor.sent.text) and context.party_from < anchor.idx:
            joined.participants.extend(p for p in context.party if p not in joined.participants)
        if target is unattended is not None and len(unattended.participants) >= 2:
            context.unattended = None
            return [unattended]
        return []
    text = evidence.sentence
    topics = topics_of(text)
    label = _label([p for t, p in zip(triggers, phrases) if t.pos_ != "VERB"])
    visitors = _visitors(triggers, in_clause, context)
    counterparts = _counterparts(anchor, triggers, in_clause)
    hosts = [p for p in people if p not in counterparts]
    destinations = _destinations(triggers, in_clause) if kind == "visit" and not respectively else []
    if len(destinations) >= 2:  # "had visited Estonia and Lithuania": a visit to each
        return [_record(kind, people, countries, dates[0] if dates else None, destination, topics, agreements,
                        evidence, label, visitors) for destination in destinations]
    pairs = TOWNS_AND_TIMES.search(anchor.sent.text) if TOWNS_AND_TIMES.search(_text(clause)) else None
    if respectively and pairs and len(places) > len(dates):  # "in X in January and in Y in February, following
        paired = range(anchor.sent.start_char + pairs.start(), anchor.sent.start_char + pairs.end())  # the summit
        places = [m for m in places if any(context.doc[start].idx in paired  # in Z": X and Y
                                           for (start, _), mention in in_clause if mention is m)]
    if respectively and (len(places) > 1 or len(dates) > 1):
        n = max(len(places), len(dates))
        each = [hosts + [counterparts[i]] for i in range(n)] if len(counterparts) == n and not TOWNS_AND_TIMES.search(
            anchor.sent.text) else [people] * n  # "A and B met in X in May and in Y in June": both, each time
        return [_record(kind, each[i], countries, _nth(dates, i), _nth(places, i), topics, agreements, evidence,
                        label, visitors) for i in range(n)]
    if anchor.lemma_ == "present" and _credentials(anchor):  # each envoy, with the head of state who received them
        host = next((m for (start, _), m in in_clause if m.type == "Person" and (
            context.doc[start].head.lower_ == "to"
            or any(t.lower_ == "to" for t in context.doc[start].ancestors if t.head == anchor))), None)
        receivers = [t for t in context.doc[max(0, anchor.sent.start - 120):anchor.sent.start]
                     if t.lemma_ == "receive" and _credentials(t)]  # "On May 3, A received the letters of credence ..."
        received = next((t for t in reversed(receivers) if _person_of(_subjects(t), context)), None)
        host = host or (_person_of(_subjects(received), context) if received is not None else None)
        date = dates[0] if dates else next(iter(_dates(list(received.sent), received, context)), None) if (
            received is not None) else None  # the day they were received
        envoys = [p for p in people if host and _surname(p) != _surname(host)]
        return [_record(kind, [host, envoy], countries, date, places[0] if places else None,
                        topics, agreements, evidence, label, visitors) for envoy in envoys]
    one_each = (any(_is_plural(t) for t in triggers) or _one_each(triggers, kind) or respectively  # "held talks with
                # A, B and C, respectively": with each
                or _with_each_apart(anchor, triggers) and kind != "signing"  # one ceremony: "A signed, with B and with C,
                # the exchange of notes and the loan agreement"
                or _heads_of_states(counterparts, context) and not any(t.lemma_ in ATTENDED_ONLY for t in triggers)) \
        and len(counterparts) >= 2 and (bool(hosts) or any(_is_plural(t) for t in triggers) and (
            kind == "telephone-talk" or not _subjects(anchor) or any(
                s.lemma_ in GUEST_NOUNS | {"visitor", "mission"} for s in _subjects(anchor))))
    # "the guests had meetings with A and with B", "X held telephone conversations with A, B and C", a diary's
    # "Meetings with A and B"; but "at the ceremony I stood with President A and President B" is one
    if one_each:  # "held meetings with A, B and C", "held separate talks with A and B", "met President A and
        # President B": one meeting with each, on the day stated after each or else the clause's day
        subject = _person_of(_subjects(anchor), context)
        companions = [p for p in hosts if _accompanying(p, in_clause, anchor.doc)]  # "A, accompanied by B, met ..."
        hosts = [subject, *companions] if subject in hosts else hosts  # not others the clause names ("before the
        # meeting with C")
        own_dates = _date_of_each(counterparts, in_clause, clause, trigger, context)
    place = places[0] if places else None
    if place is None and any(c.lower_ == "here" and c.dep_ == "advmod" for c in anchor.children):
        place = context.dateline_place  # "We met here on May 9", in a text dated "Tallinn, 3 October"
    date = dates[0] if dates else None
    if date is None and _came_for(anchor, triggers):  # "On May 3, A met B, who was visiting X for the session of C":
        date = next(iter(_dates([t for t in anchor.sent if t not in anchor.subtree], trigger, context)), None)  # then
    opening = OPENING_DAY.match(anchor.sent.text)
    if date is None and opening and not _recalled(anchor) and not any(evidence in m.evidence for m in context.meetings):
        date = normalise_date(opening.group(1), context.year_at(anchor.sent[0]), context.written_on(anchor.idx))
        # "On 14 September, in the presence of A, B signed X, extending ...": the parser may hang the day elsewhere
    nth_day = NTH_DAY.search(_text(clause))
    if date is None and nth_day:  # "On the second day of the visit, A met B", after "From 13 to 17 May, A visited X"
        date = _day_of_the_span(nth_day.group(1).lower(), anchor, context)
    right_after = RIGHT_AFTER.match(anchor.sent.text)
    if date is None and right_after:  # "Following the summit meeting on May 3, the two leaders signed X": that day
        end = anchor.sent.start_char + right_after.end()
        date = next(iter(_dates([t for t in anchor.sent if t.idx < end], trigger, context)), None)
    last_day = context.last_day(anchor.idx)
    if SAME_DAY.search(_text(clause)) or SAME_DAY.match(anchor.sent.text):  # "On May 3, A met B, and C met him the
        # same day": the day just told (an opening "On the same day" times every clause: "... A toured X and met B")
        told_here = next((m.date for m in reversed(context.meetings) if evidence in m.evidence and m.date), None)
        date = date or told_here or last_day or context.day_written_before(anchor.sent.start_char, paragraphs=2)
        # (or the day of an event told as no meeting: "the earthquakes of 6 February ... On the same day, A called B")
        surnames = {_surname(p) for p in people + _accompanied(anchor.sent, context)}
        place = place or next((m.place for m in reversed(context.meetings) if m.date == date and m.place
                               and surnames & {_surname(p) for p in m.participants}), None) or next((
            m.place for m in reversed(context.meetings[-3:]) if m.date == date and m.place and m.place.type == "Place"
            and kind != "telephone-talk" and m.kind != "telephone-talk"), None)  # same day, same town (that of
        # the day's last meeting told, if no one of it is named again)
    own_words = _text(_without_descriptions(clause))  # not "the agreements reached the day before"
    relative = SAME_MONTH.search(anchor.sent.text) or not last_day and DAYS_LATER.search(own_words)
    if date is None and relative:  # "Later that month, I met B", "Two days later" in a month: the month last told
        date = next((m.date[:7] for m in reversed(context.meetings) if m.date and len(m.date) >= 7), None)
    days_before = [d for d in _dates([t for t in anchor.sent if t.i < min(anchor.i, trigger.i)], trigger, context)
                   if len(d) == 10] if DAYS_LATER.search(own_words) else []  # "A met B on 21 September, and on the
    # following day he co-chaired the session": the day after that one
    if date is None and (days_before or last_day):  # "Two days later", "the following day": after the last day read
        opening = DAYS_LATER.match(anchor.sent.text)  # "The following day I ...", however the parser hangs it
        date = _days_after(own_words if not opening else opening.group(0), (days_before or [last_day])[0])
    adverbs = {c.lower_ for c in anchor.children if c.dep_ == "advmod"}
    occasion = None
    main_clause = anchor == anchor.sent.root or anchor.dep_ == "conj" and anchor.head == anchor.sent.root
    if date is None and main_clause and AT_THE_OUTSET.match(anchor.sent.text) and context.meetings:
        # "At the outset, A welcomed B to Tallinn": in the meeting of the day in force, or the one just told
        of_the_day = next((m for m in reversed(context.meetings) if last_day and m.date == last_day), None)
        occasion = of_the_day or context.meetings[-1]
        date, place = occasion.date, place or occasion.place
        if of_the_day and not of_the_day.participants:
            occasion.participants.extend(people)  # its people, named only now
            occasion.evidence.append(evidence)
            return []
    if THERE.match(anchor.sent.text) and context.meetings and context.in_last_paragraph(anchor.idx):
        date, place = date or context.meetings[-1].date, place or context.meetings[-1].place  # "... in Cali on 29
        # October. There, A and B signed X": then and there
    if date is None and context.day_read and (AT_AN_HOUR.match(anchor.sent.text) or (
            PART_OF_THE_DAY.match(anchor.sent.text) or AFTER_THE_OUTING.match(anchor.sent.text))
            and context.text.count("\n\n", context.day_read_at, anchor.idx) <= 2):
        date = context.day_read  # "On July 4, we toured X. ... At 3 p.m., we met B": that day
    if date is None and _came_to(anchor) and any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in anchor.children):
        date = context.written_on(anchor.idx)  # "I have come to Strasbourg", in a speech of 23 November: that day
    if date is None and ON_THAT_DAY.match(anchor.sent.text):
        date = context.day_written_before(anchor.sent.start_char)
    at_the_event = AT_THE_EVENT.match(anchor.sent.text)
    if date is None and (adverbs & {"also", "then"} or at_the_event) and context.day_opened_at > context.last_at \
            and context.text.count("\n", context.day_opened_at, anchor.idx) <= (
                2 if at_the_event or "then" in adverbs else 0):
        date = last_day  # "On March 10, A laid a wreath. A also held a meeting with B", "On 30 October we opened
        # the railway. At the ceremony, ...", "On 15 April, A was welcomed. (new paragraph) A then held talks": that day
    before = anchor.doc[anchor.sent.start - 1].sent.start_char if anchor.sent.start else -1
    if date is None and context.day_opened_at == before > context.last_at and "\n" not in context.text[
            before:anchor.idx]:  # "On the following day the guests toured X. They were received by B": that day
        date = last_day
    told_before = context.meetings[-1] if context.meetings else None
    if date is None and "then" in adverbs and told_before and told_before.date and len(told_before.date) == 10 \
            and "\n" not in context.text[context.last_at:anchor.idx]:
        date = told_before.date  # "On May 3, A was received by B. The summit was then held": that day
    if date is None and context.day_read and _listed_under(context.text, anchor.idx, context.day_read_at) \
            and not any(t.ent_type_ == "DATE" for t in anchor.sent):
        date = context.day_read  # "On 6 August, A received each guest." over "- He then held talks with B": that day
    unnamed = kind == "other" and not label and anchor.pos_ == "VERB" and people and not place and not any(
        t.ent_type_ == "DATE" and t.text in WEEKDAYS for t in clause)  # "I sat down with A, B": on the occasion
    # just told (not "On Friday, I sat down with ...")
    later = any(c.dep_ == "advmod" and c.lower_ == "later" and c.i + 1 < len(c.doc) and c.nbor().pos_ != "ADP"
                and not any(t.ent_type_ == "DATE" for t in anchor.sent)
                for c in anchor.children)  # "Later the President spoke with B", not "Later in the year"
    if date is None and (adverbs & {"also", "then"} or later or unnamed) and context.meetings \
            and not SEASON.search(_text(clause)):  # not "In the spring I also met B", which is dated as told
        previous = context.meetings[-1]  # "A and B also held ...", "I then called on B": on the occasion just told,
        shared = {_surname(p) for p in previous.participants} & {_surname(p) for p in people}  # in the same paragraph
        if context.in_last_paragraph(anchor.idx) and ("also" in adverbs or later or shared or unnamed):
            date, occasion = None if _arrival_day(previous) else previous.date, previous
            place = place or (previous.place if kind != "telephone-talk" else None)
            if unnamed and not previous.participants:
                previous.participants.extend(people)  # "The "2+2" meeting took place. A and B met C and D": its people
                previous.evidence.append(evidence)
                return []
    named_by_place = place is not None and any(t.i > 0 and t.nbor(-1).text == place.text.split()[-1] for t in triggers)
    if not people and (not place or named_by_place) and not (countries and (date or label and anchor.pos_ in ("VERB", "AUX"))) \
            and not (date and len(date) >= 7) and not (countries and kind == "signing" and context.meetings
                                                       and FOLLOWING_THE_TALKS.match(anchor.sent.text)):
        return []  # "talks at various levels took place in 2012", "principles endorsed at the Lisbon Summit": no event
        # (but "Following the talks, the parties signed X between A of Y and B of Z" is then and there)
    if one_each:
        return [_record(kind, hosts + [c], countries, own_dates[i] or date, place, topics, agreements, evidence,
                        label, visitors) for i, c in enumerate(counterparts)]
    if _each_subject(anchor):  # "A and B each held meetings with C": A with C, and B with C (not A with B)
        each = _unique_people([p for s in _each_subject(anchor) if (p := _person_of([s], context))])
        others = [p for p in people if _surname(p) not in {_surname(e) for e in each}]
        return [_record(kind, [e, *others], countries, date, place, topics, agreements, evidence, label, visitors)
                for e in each] if len(each) >= 2 and others else []
    group = _group_met(anchor, triggers) if len(people) == 1 else []
    if any(re.match(r"[^,;]*\baccompanying\b", anchor.doc.text[g.idx:g.sent.end_char]) for g in group):
        return []  # "held a meeting with the members of the business mission accompanying him": his own party
    record = _record(kind, people, countries, date, place, topics, agreements, evidence, label, visitors)
    record.met_a_group = bool(group)
    if occasion is not None and occasion.date is None:
        context.occasions.append((record, occasion))  # dated once the occasion is ("on the margins of the meeting")
    return [record]


BULLET = re.compile(r"[ \t]*[-•*–][ \t]+")


def _listed_under(text: str, at: int, lead_at: int) -> bool:
    """Character `at` is in a bulleted list whose items follow, one per line, the paragraph (or an earlier item)
    at `lead_at`."""
    lead_end = text.find("\n", lead_at)
    item_start = text.rfind("\n", 0, at) + 1
    if lead_end < 0 or lead_end >= item_start:
        return False
    return all(BULLET.match(line) for line in text[lead_end:item_start].split("\n") if line.strip()) \
        and BULLET.match(text, item_start) is not None


def _accompanying(person: Mention, in_clause: list, doc: Doc) -> bool:
    """"A, accompanied by B, met C": B is of A's party."""
    return any(a.lemma_ == "accompany" for (start, _), m in in_clause if m is person for a in doc[start].ancestors)


def _accompanied(sent: Span, context: _Context) -> list[Mention]:
    """"B, who was accompanying the Prime Minister, met C": whom B travelled with, by name or by title."""
    found = []
    for verb in (t for t in sent if t.lemma_ == "accompany" and t.pos_ == "VERB"):
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            title = TITLE_REFERENCE.match(_text(obj.subtree))
            found += [context.titled(title.group(1), obj.i)] if title else []
            found += [m for (start, _), m in context.people if obj.left_edge.i <= start <= obj.right_edge.i]
    return [m for m in found if m]


def _absent(token: Token) -> bool:
    """"paid his respects at the grave of A", "the monument to A": A is remembered, not met; "handed him a
    letter from President A" or "under the Decree of President A": A wrote, and was not there; "the Academy named
    after A": A gave it a name."""
    named_after = token.doc[token.i - 2:token.i].text.lower() == "named after" if token.i >= 2 else False
    return named_after or _whose_relation(token) or any(head.lemma_ in MEMORIALS or head.lower_ in ("from", "of") and (
        head.head.lemma_.lower() in WRITINGS
        or any(c.dep_ == "dobj" and c.lemma_ in WRITINGS for c in head.head.children))
        for head in token.ancestors)


RELATION_NOUNS = {"predecessor", "successor", "wife", "husband", "spouse", "widow", "son", "daughter", "father",
                  "mother", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson"}


def _whose_relation(token: Token) -> bool:
    """"A's predecessor B C": the person named after (B C), not A, is the one told of."""
    doc, end = token.doc, token.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return end + 3 < len(doc) and doc[end + 1].lower_ in ("'s", "’s") and doc[end + 2].lower_ in RELATION_NOUNS \
        and doc[end + 3].ent_type_ == "PERSON"


def _destinations(triggers: list[Token], in_clause: list) -> list[Mention]:
    """The states or towns a "visited" verb lists as its objects, in text order."""
    found = []
    for (start, end), mention in in_clause:
        token = triggers[0].doc[start:end].root
        while token.dep_ == "conj":
            token = token.head
        if mention.type in ("Place", "Country") and token.dep_ == "dobj" and token.head in triggers \
                and token.head.lemma_ == "visit":
            if found and mention.type == "Country" and found[-1].country == mention.key:
                continue  # "visited Riga, Latvia": the town's state, no second visit
            found.append(mention)
    return found


def _without_descriptions(clause: list[Token]) -> list[Token]:
    """The clause without participles and relative clauses describing things other than meetings ("the
    agreements reached the day before"), whose times are not the meeting's."""
    described = {t.i for c in clause if c.dep_ in ("acl", "relcl") and (
        not _is_trigger(c.head) or c.lemma_ in ("reach", "sign", "conclude", "adopt")) for t in c.subtree}
    return [t for t in clause if t.i not in described]


def _day_of_the_span(nth: str, anchor: Token, context: _Context) -> str | None:
    """The day "the second day", "the last day" names, of the span of days told last before the anchor ("From 13 to
    17 May 2023", "on 28-30 September")."""
    span = next((e for e in reversed(context.dates) if e.end_char <= anchor.sent.start_char and DAY_RANGE.search(e.text)),
                None)
    last = normalise_date(span.text, context.year_at(span[0]), context.written_on(span.start_char)) if span else None
    if not last or len(last) != 10:
        return None
    end = datetime.date.fromisoformat(last)
    first_day = int(re.search(r"\d{1,2}", span.text).group())
    start = end.replace(day=first_day) if first_day <= end.day else (end.replace(day=1) - datetime.timedelta(days=1)
                                                                     ).replace(day=first_day)
    if nth in ("last", "final", "closing"):
        return last
    day = start + datetime.timedelta(days=ORDINAL_DAYS[nth] - 1)
    return day.isoformat() if day <= end else None


def _days_after(text: str, day: str) -> str | None:
    """The date "two days later" / "two weeks later" / "the following day" / "the previous day" in `text` names,
    counted from `day`."""
    later = DAYS_LATER.search(text)
    if not later:
        return None
    count = later.group(1) or "one"
    days = int(count) if count.isdigit() else NUMBER_WORDS.get(count.lower())
    if days and later.group(2):
        days *= 7  # "two weeks later"
    if days and ((later.group(3) or "").lower() == "earlier" or later.group(4) or later.group(5)):
        days = -days
    if not days or len(day) != 10:
        return None  # (after a month, "the following day" is some day of it)
    return (datetime.date.fromisoformat(day) + datetime.timedelta(days=days)).isoformat()


def _nth(values: list, i: int):
    """The i-th of values distributed by "respectively"; a single value applies to all."""
    return values[i] if i < len(values) else (values[0] if len(values) == 1 else None)


def _record(kind, people, countries, date, place, topics, agreements, evidence, label, visitors) -> MeetingRecord:
    return MeetingRecord(kind, _cameo(kind, countries, place), people, countries, date, place, topics,
                         agreements, [evidence], label, visitors)


def _with_each_of(anchor: Token, triggers: list[Token], clause: list[Token], context: _Context,
                  evidence: Evidence) -> list[MeetingRecord]:
    """"On the margins of the meeting, A held bilateral meetings with each of the five ministers": one meeting
    with each of the others who attended the conference just told."""
    if not EACH_OF.search(_text(clause)):
        return []
    host = _person_of(_subjects(anchor), context)

    def is_host(person: Mention) -> bool:  # "Minister Tamm" among "TAMM Jaan", ...
        return bool(host) and bool({_surname(host), _surname(person)} & set(host.name.lower().split())
                                   & set(person.name.lower().split()))

    conference = next((m for m in reversed(context.meetings[-10:]) if len(m.participants) >= 3
                       and any(is_host(p) for p in m.participants)), None)
    if host is None or conference is None:
        return []
    dates = _dates(clause, min(triggers, key=lambda t: t.i), context)
    # "on the 23rd and 24th", or no day at all: on the margins of the conference, in its month
    date = dates[0] if len(dates) == 1 else dates[0][:7] if dates else conference.date and conference.date[:7]
    kind = classify(_phrase(triggers[0]))
    return [_record(kind, [host, other], [], date, conference.place, [], [], evidence, "", [])
            for other in conference.participants if not is_host(other)]


def _visits_by_each(triggers: list[Token], context: _Context, evidence: Evidence) -> list[MeetingRecord]:
    """"recalled the official visits to Japan by A in February 1998 and by B": a visit by each, with the day told
    after each (however the parser hangs the "by" phrases)."""
    visits = next((t for t in triggers if t.lemma_ == "visit" and _is_plural(t)), None)
    if visits is None:
        return []
    sent = visits.sent
    bys = [t for t in sent if t.lower_ == "by" and t.i > visits.i]
    travellers = [(by, p) for by in bys for p in [_person_of([g for g in by.children if g.dep_ == "pobj"], context)]
                  if p is not None]
    if len(travellers) < 2:
        return []
    place = next((m for t in visits.children if t.dep_ == "prep" and t.lower_ == "to" for g in t.children
                  for m in context.covering(g.i) if m.type in ("Place", "Country")), None)
    records = []
    for n, (by, traveller) in enumerate(travellers):
        end = travellers[n + 1][0].i if n + 1 < len(travellers) else sent.end
        dates = _dates(list(sent.doc[by.i:end]), by, context)
        records.append(_record("visit", [traveller], [], dates[0] if dates else None, place, [], [], evidence, "", []))
    return records


def _anaphoric(triggers: list[Token], dates: list, places: list) -> bool:
    """"The meeting" with nothing new, or "this meeting", refers back to a meeting already read."""
    if all(_bare_reference(t) and (any(c.lower_ == "this" for c in t.children) or _of_this_year(t)) for t in triggers):
        return True  # "This meeting was the first round of ...": whatever else the sentence dates is another event
    nouns = [t for t in triggers if t.pos_ != "VERB" and not _witnessed_signing(t)]  # "B, who chaired the meeting":
    # the meeting told (but "A and B witnessed the signing of X" is a signing of its own)
    chaired = all(t.lemma_ in ("chair", "host") or t.lower_.startswith("co-chair") for t in triggers if t.pos_ == "VERB")
    return bool(nouns) and all(_bare_reference(t) for t in nouns) and chaired and not dates and not places


TIMING_VERBS = {"take", "hold", "begin", "start", "commence", "last", "open", "convene", "occur"}  # "took place on"


def _states_when_and_where(triggers: list[Token], dates: list, context: _Context, anchor: Token,
                           evidence: Evidence) -> bool:
    """"A and B held a summit meeting. The meeting took place on May 9 at the House of Receptions in X":
    the day and town of the meeting just told, which had none. True when the meeting took them."""
    previous = context.meetings[-1] if context.meetings else None
    sent = anchor.sent
    towns = [m for _, m in context.mentions_within(set(range(sent.start, sent.end)))
             if m.type == "Place" and m.name.split()[-1] not in lexicon.FACILITY_HEADS]
    if previous is None or not context.in_last_paragraph(anchor.idx):
        return False
    when = bool(dates) and previous.date in (None, dates[0])
    where = not dates and bool(towns) and previous.place is None  # "The signing took place in the House in X"
    if not (when or where) or not all(
            _bare_reference(t) and t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_ in TIMING_VERBS for t in triggers):
        return False
    previous.date = dates[0] if dates else previous.date
    previous.place = previous.place or (towns[-1] if towns else None)  # "at the House of Receptions in X": X
    previous.evidence.append(evidence)
    return True


def _named_by_its_town_or_day(triggers: list[Token], context: _Context) -> bool:
    """"the Vilnius summit", after a summit told as held in Vilnius, or "Monday's meeting", after one told on a
    Monday: that meeting again."""
    towns = {n.lower() for m in context.meetings if m.place is not None and m.place.type != "Country"
             for n in (m.place.text, m.place.name)}  # "BEIJING, June 7" names Beijing
    triggers = [t for t in triggers if not (t.dep_ == "attr" and t.head.lemma_ == "be")] or triggers  # "The Riga
    # meeting was the first summit for A": what the meeting was
    by_town = all(t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
                  and any(c.dep_ == "compound" and c.lower_ in towns for c in t.children) for t in triggers)
    days = {_weekday_of(m.date) for m in context.meetings}
    by_day = all(t.pos_ == "NOUN" and any(c.dep_ == "poss" and c.text in days for c in t.children) for t in triggers)
    return by_town or by_day


def _weekday_of(date: str | None) -> str | None:
    """"Monday" for "2019-04-15"; None for a month or year."""
    return WEEKDAYS[datetime.date.fromisoformat(date).weekday()] if date and len(date) == 10 else None


def _held_the_meeting_told(anchor: Token, triggers: list[Token], dates: list, places: list,
                           context: _Context) -> MeetingRecord | None:
    """"The ministers met in Riga on Monday with B. A and C held the working meeting at ...": "held the meeting",
    with no day or town of its own, holds the meeting just told (in that paragraph or the one before)."""
    previous = context.meetings[-1] if context.meetings else None
    held = anchor.lemma_ == "hold" and all(t.dep_ == "dobj" and t.head == anchor and _bare_reference(t) for t in triggers)
    if previous is None or not held or not context.told_lately(previous, anchor.idx):
        return None
    same_day = all(previous.date and previous.date.startswith(d) for d in dates)
    return previous if same_day and all(_may_be_same_place(previous.place, p) for p in places) else None


def _with_someone_new(triggers: list[Token], context: _Context) -> bool:
    """"The talks with President A focused on ...": a meeting of its own when no meeting read so far had A (but "In
    the meeting with A, the parties discussed ..." under the heading that told it is that meeting)."""
    met = {_surname(p) for m in context.meetings for p in m.participants}
    if any(c.dep_ == "prep" and c.lower_ == "with" and (person := _person_of([g], context)) is not None
           and _surname(person) not in met for t in triggers for c in t.children for g in c.subtree
           if g.ent_type_ == "PERSON"):  # "with the Chief of Staff of X, A"
        return True
    return any(_group_not_met(c, context) for t in triggers for c in t.children if c.dep_ == "prep" and c.lower_ == "of")


def _group_not_met(of: Token, context: _Context) -> bool:
    """"The talks of the two leaders began", after the visit and the guest's welcome at the airport: the leaders
    have not met in any meeting told yet, so these talks are new."""
    match = GROUP_REFERENCE.match(_text(of.subtree), len(of.text) + 1)
    if not match or not match.group("size"):
        return False
    members = {_surname(m) for m in _group_members(match.group("office"), context, of.i, NUMBER_WORDS[
        match.group("size").lower()])}
    return bool(members) and not any(members <= {_surname(p) for p in m.participants}
                                     for m in context.meetings if m.kind != "visit")


def _of_this_year(token: Token) -> bool:
    """"this year's meeting": the one the text is about."""
    return any(c.dep_ == "poss" and c.lower_ == "year" and any(d.lower_ == "this" for d in c.children)
               for c in token.children)


def _ceremony_being_attended(sent: Span, context: _Context) -> MeetingRecord | None:
    """"X held a ceremony ... The ceremony was opened by A. ... B and C also addressed the guests": the ceremony
    kept aside, once someone named attends it, takes the people the next paragraphs tell were there."""
    pending = context.unattended
    if pending is None or context.unattended_at <= context.last_at or not pending.participants \
            or context.text.count("\n\n", max(e.start for e in pending.evidence), sent.start_char) > 1:
        return None  # (told of in this paragraph or the one before)
    return pending


def _the_ceremony_kept_aside(triggers: list[Token], context: _Context) -> bool:
    """"The centre was inaugurated at a ceremony. The opening ceremony was attended by A": the ceremony told."""
    return context.unattended is not None and context.unattended_at > context.last_at and all(
        t.lemma_ == "ceremony" and _bare_reference(t, OPENINGS) for t in triggers)


def _todays(triggers: list[Token], dates: list[str], places: list, context: _Context,
            anchor: Token) -> MeetingRecord | None:
    """"B, who co-chairs our meeting today", "this meeting", "I wish the meeting success": in a speech, the meeting
    it is given at."""
    nouns = [t for t in triggers if t.pos_ != "VERB"]
    if not nouns or context.author_at(anchor.idx) is None or not context.meetings or places \
            or any(d != context.meta.published for d in dates) \
            or context.meetings[0].date not in (None, context.meta.published):
        return None

    def own(noun: Token) -> bool:
        told = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss")}
        if told - {"the", "this", "our"} or any(c.dep_ in ("compound", "amod", "nummod") and c.lower_ not in FORMATS
                                                for c in noun.children):
            return False
        today = any(c.lower_ == "today" for c in [*noun.children, *noun.head.children])  # "chairs our meeting today"
        verb = noun.head.head if noun.dep_ == "compound" else noun.head  # "wish the meeting success", parsed as
        # "(the meeting success)"
        wished = verb.tag_ == "VBP" and any(s.lower_ in FIRST_PERSON for s in _subjects(verb))
        return today or bool(told & {"this", "our"}) or wished  # "I wish the meeting success"

    return context.meetings[0] if all(own(t) for t in nouns) else None


def _this_years(triggers: list[Token], context: _Context) -> MeetingRecord | None:
    """The meeting "this year's meeting" names: the last one read that is dated in the text's year."""
    if not any(_of_this_year(t) for t in triggers):
        return None
    year = context.year_at(triggers[0], dated=False)
    return next((m for m in reversed(context.meetings) if year and (m.date or "").startswith(year)), None)


# the format of a part of a meeting: "the expanded meeting" is a part of the summit just told
FORMATS = {"expanded", "enlarged", "extended", "restricted", "limited", "narrow", "plenary", "small-group", "closed",
           "working"}
OPENINGS = frozenset({"opening", "inauguration", "inaugural", "official"})  # "the opening ceremony" told before


def _bare_reference(token: Token, also: frozenset[str] = frozenset()) -> bool:
    """"the meeting", "this meeting", "that visit", "this year's meeting", "the expanded meeting": a meeting noun
    with a definite article and no modifier but its format (or one of `also`)."""
    if token.pos_ == "VERB":
        return False
    determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
    modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "nummod", "poss")
                 and c.lower_ not in ("this", "that") and c.lower_ not in FORMATS | also]
    modifiers += [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"  # "the meeting of the X Commission"
                  and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)]
    return bool(determiners & {"this", "that", "the"}) and not modifiers or _of_this_year(token)


def _visitors_named_by(triggers: list[Token], anchor: Token, in_clause: list) -> list[Mention]:
    """"He expressed regret over the visit by Prime Minister A to X": a visit told as the object of other words
    is made by those its "by" names, not by whoever speaks of it."""
    if _is_trigger(anchor) or any(t.pos_ == "VERB" or t.lemma_ != "visit" for t in triggers):
        return []
    by = {i for t in triggers for c in t.children if c.dep_ == "prep" and c.lower_ == "by" for i in
          (g.i for g in c.subtree)}
    return [m for (start, _), m in in_clause if m.type == "Person" and start in by]


def _own_participants(triggers: list[Token], in_clause: list) -> list[Mention]:
    """"the meeting held between A and B", "the outcome of the session of the X Commission, held under the
    chairmanship of A and B": a meeting phrase that names both sides, or its chairs, names its participants."""
    for trigger in triggers:
        if trigger.pos_ == "VERB":
            continue
        following = trigger.doc[trigger.i + 1:min(trigger.i + 9, trigger.sent.end)]
        between = next((t for t in following if t.lower_ == "between"), None)
        if between is None and trigger.head.lower_ == "of" and not _is_trigger(trigger.head.head):
            # "welcomed the outcome of the meeting ...": those who welcome it did not hold it; its chairs did
            following = trigger.doc[trigger.i + 1:min(trigger.i + 25, trigger.sent.end)]
            between = next((t for t in following if t.lower_ in ("chairmanship", "co-chairmanship")
                            or t.lower_ in ("chaired", "co-chaired") and t.nbor(1).lower_ == "by"), None)
        if between is None:
            continue
        inside = {t.i for t in trigger.subtree} | {t.i for t in between.subtree}
        named = [m for (start, _), m in in_clause if m.type == "Person" and start in inside]
        if len(named) < 2:  # "the Meeting held in April between A, <title>, and B" parsed apart
            named = [m for (start, _), m in in_clause if m.type == "Person" and start > between.i][:2]
        if len(named) >= 2:
            return named
    return []


def _group_met(anchor: Token, triggers: list[Token]) -> list[Token]:
    """"met with members of the X League", "held a round table with the X Association": the people or body met,
    none of them named."""
    met = [g for head in [anchor, *triggers] for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
           for g in c.children if g.dep_ == "pobj"]
    hosts = [t for t in anchor.sent if t.i < anchor.i and t.lemma_.lower() in SOVEREIGN_NOUNS and t.ent_type_ != "PERSON"
             ] if anchor.lemma_ in HOST_VERBS else []  # "Their Majesties the Emperor and Empress received A": hosts
    # the text names by title only
    return hosts or (met if met and all(g.lemma_ in PEOPLE_NOUNS or g.ent_type_ == "ORG" for g in met) else [])


def _heads_of_states(people: list[Mention], context: _Context) -> bool:
    """Two or more Presidents (or Prime Ministers): leaders of as many states, each met on their own."""
    offices = {context.office(p) for p in people}
    return len(people) >= 2 and len(offices) == 1 and offices.pop() in ("President", "Prime Minister")


def _counterparts(anchor: Token, triggers: list[Token], in_clause: list) -> list[Mention]:
    """The people met, in order: "held meetings with A, B and C", "met with A"."""
    inside: set[int] = set()
    calls = any(t.lemma_ == "call" for t in triggers)  # "paid calls on A, ..., and on B": the parser hangs "on B" on the verb
    for head in [anchor, *triggers]:
        for child in head.children:
            if child.dep_ in ("prep", "conj") and (child.lower_ == "with" or child.dep_ == "prep" and child.lower_ in (
                    "on", "from") and (head.lemma_ == "call" or calls)):  # "calls on A", "received calls from A"
                inside |= {t.i for t in child.subtree}
            elif child.dep_ == "prep":  # "with A on May 1 and with B the next day": the parser joins "with B" to "on"
                inside |= {t.i for c in child.conjuncts if c.lower_ == "with" for t in c.subtree}
    if inside:  # "received calls from A, <title>, and B": the parser hangs B on the verb
        inside |= {t.i for c in anchor.children if c.dep_ == "conj" and c.ent_type_ == "PERSON" for t in c.subtree}
        # "talks with his counterpart at the time, A, and with B": the name after the counterpart, hung on the verb
        inside |= {t.i for c in anchor.children if c.dep_ in ("npadvmod", "appos", "dobj") and c.ent_type_ == "PERSON"
                   and c.doc[c.left_edge.i - 1].text == "," and inside & set(range(c.left_edge.i - 5, c.left_edge.i))
                   for t in c.subtree}
    if anchor.pos_ == "VERB" and anchor.lemma_ in ("meet", "receive", "telephone", "phone"):
        inside |= {t.i for c in anchor.children if c.dep_ == "dobj" for t in c.subtree}  # "received A and B"
    inside |= {t.i for c in _called_on(anchor) for t in c.subtree}
    return [m for (start, _), m in in_clause if m.type == "Person" and start in inside]


def _date_of_each(counterparts: list[Mention], in_clause: list, clause: list[Token], trigger: Token,
                  context: _Context) -> list[str | None]:
    """"meetings with A on the previous day and with B on the 1st": the date stated after each person met."""
    starts = [next(start for (start, _), m in in_clause if m is person) for person in counterparts]
    found = []
    for start, end in zip(starts, starts[1:] + [len(trigger.doc)]):
        segment = [t for t in clause if start <= t.i < end]
        dates = _dates(segment, trigger, context)
        day = context.last_day(trigger.idx)
        relative = _days_after(_text(segment), day) if day else None
        found.append(dates[0] if dates else relative)
    for i in reversed(range(len(found) - 1)):  # "with A and B on May 9, with C on May 10": A on the 9th too
        found[i] = found[i] or found[i + 1]
    return found


def _referenced_people(clause: list[Token], context: _Context, places: list[Mention]) -> list[Mention]:
    """People the clause names by reference: "the two leaders", "I", "he"; "at the meeting in X, both
    ministers ...": the two who met in X."""
    found: list[Mention] = []
    text = _text(clause)
    first = clause[0].i if clause else 0
    for match in TITLE_REFERENCE.finditer(text):  # "The following day, the Prime Minister met B"
        words = clause[text[:match.start(1)].count(" "):text[:match.end(1)].count(" ") + 1]
        title = next((t for t in words if t.head not in words), words[-1])  # "head" of "the head of state"
        if title.dep_ == "pobj" and title.head.lower_ == "of" and title.head.head.pos_ == "NOUN" \
                and not _is_trigger(title.head.head):
            continue  # "the daughter of the President", "on the instructions of the Prime Minister": not there
        if not any(t.ent_type_ == "PERSON" for t in clause if match.group(1).split()[-1] == t.text):
            found += filter(None, [context.titled(match.group(1), first + 1)])
    clause_start = min((t.i for t in clause), default=0)
    for match in GROUP_REFERENCE.finditer(text):
        size = NUMBER_WORDS[match.group("size").lower()] if match.group("size") else 2 if match.group("both") or (
            _heads_of_two(match.group("office"))) else None  # "the heads of the two services"
        met_there = next((m.participants for m in reversed(context.meetings[-10:]) if places and m.place
                          and m.place.name == places[0].name and len(m.participants) == (size or 2)
                          and all(_holds_office(p, match.group("office"), context) or not context.office(p)
                                  for p in m.participants)), None)
        at = clause[text[:match.start()].count(" ")].i  # after the people the clause names before it
        noun = clause[text[:match.start("office")].count(" ")]  # "leaders" of "the two leaders", "heads" of state
        if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "by") and noun.head.head.pos_ == "NOUN" \
                and not _is_trigger(noun.head.head) and noun.head.head.lemma_ not in ("presence", "attendance", "participation"):
            continue  # "pursuant to the instructions of the two leaders": they gave them, they did not attend
        if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.tag_ == "VBN" \
                and not _is_trigger(noun.head.head):
            continue  # "the projects to be presented to the leaders": not there
        named_here = {_surname(m) for (start, _), m in context.people if clause_start <= start < at
                      and _holds_office(m, match.group("office"), context)}
        if len(named_here) >= (size or 2):
            continue  # "A held a summit meeting with B, at which the two leaders ...": A and B, named already
        found += met_there or _group_members(match.group("office"), context, max(first, at) + 1, size)
    for match in HEAD_OF_PARLIAMENT.finditer(text):  # "the head of the Latvian parliament was received by B"
        code = lexicon.gazetteer().by_demonym.get(match.group("demonym"))
        at = clause[text[:match.start()].count(" ")].i
        found += [m for m in context.before(at) if context.countries.get(_surname(m)) == code
                  and PARLIAMENT_HEAD.match(context.office(m))][:1]
    for match in DEMONYM_TITLE.finditer(text):  # "the Estonian leader held talks with B": the one the text names
        code = lexicon.gazetteer().by_demonym.get(match.group("demonym"))
        roles = ("president", "prime minister") if match.group("title").lower() == "leader" else (
            _office_role(match.group("title")),)
        year = context.year_at(clause[text[:match.start()].count(" ")], dated=False)
        holder = next(filter(None, (context.holder(role, code, year) for role in roles)), None) if code else None
        found += [holder] if holder else []
    for match in GUEST_REFERENCE.finditer(text):
        found += _guests(match, context, clause[text[:match.start()].count(" ")].idx)
    found += _named_by_office({t.i for t in clause}, context)
    author = context.author_at(clause[0].idx) if clause else None
    us = TWO_OF_US.search(text) if author else None
    if us:  # "B visited Tokyo, and the two of us co-chaired X": B
        at = clause[text[:us.start()].count(" ")]
        named = [m for (start, _), m in context.people
                 if at.sent.start <= start < at.i and _surname(m) != _surname(author)]
        found += named[-1:]
    for token in clause:
        lower = token.lower_
        if token.lemma_ in PARTY_NOUNS and token.dep_ != "compound" and token.idx > context.party_from \
                and context.author is None and {c.dep_ for c in token.children} <= {"det"} \
                and any(c.lower_ == "the" for c in token.children):
            found += context.party  # "the delegation held a meeting with B": the delegation the release listed
            continue
        if token.dep_ == "poss" and lower == "our" and token.head.lemma_ in PARTY_NOUNS:
            found += context.us_at(token.idx, lower)  # "hosted a luncheon for our delegation"
            continue
        if token.dep_ == "poss" and lower == "their" and token.head.lemma_ == "presence" and context.meetings \
                and 2 <= len(context.meetings[-1].participants) <= 4:
            found += context.meetings[-1].participants  # "In their presence, A signed X": those who just met
            continue
        if token.dep_ == "poss" and lower == "our" and _is_trigger(token.head) and len(context.audience) == 1 \
                and 0 <= context.addressed_from < token.idx and context.author_at(token.idx) is context.author:
            found += [*context.us_at(token.idx, lower), *context.audience]  # "Mr President, ... Our talks today": his
            continue
        if token.dep_ == "poss" and not _is_trigger(token.head):
            continue  # "under my predecessor": the author is not said to have met anyone
        if lower in FIRST_PERSON and author and not token.ent_type_:
            found += context.us_at(token.idx, lower)
        elif lower == "you" and author and context.audience and not (
                token.head.lower_ == "of" and token.head.head.lower_ in ("many", "some", "all", "most", "few", "each")):
            # (but "many of you" are others in the hall)
            found += [author, *context.audience]  # the speaker and those the speech addresses
        elif lower in THIRD_PERSON and token.pos_ == "PRON" and not token.ent_type_:
            antecedent = context.antecedent(token)
            if antecedent:
                found.append(antecedent)
    return found


def _guests(reference: re.Match, context: _Context, at: int) -> list[Mention]:
    """The visitors of the last visit told in this paragraph or the one before, those of the state the reference
    names ("the Latvian guest"); further back, the guests may be another party the text did not name."""
    code = lexicon.gazetteer().by_demonym.get(reference.group("demonym") or "")
    for meeting in reversed(context.meetings):
        if meeting.kind != "visit" or not context.told_lately(meeting, at):
            continue
        travellers = _travellers(meeting)
        visitors = [p for p in travellers if code is None or context.countries.get(_surname(p)) == code]
        if visitors or not travellers:  # an unnamed delegation's visit: its guests are not named
            return visitors if reference.group("plural") else visitors[:1]
    return []


def _travellers(visit: MeetingRecord) -> list[Mention]:
    """Who made a visit: its visitors, else its one participant (a visit with several and no visitor names none)."""
    return visit.visitors or (visit.participants if len(visit.participants) == 1 else [])


def _office_role(office: str) -> str | None:
    """The office an office's many forms share: "Minister for Foreign Affairs of X" and "Foreign Minister" are
    one; "Deputy Minister of Foreign Affairs", "State Minister for Foreign Affairs" are not that one."""
    lower = " ".join(office.lower().replace("-", " ").split())
    not_first = r"(?<!deputy )(?<!vice )(?<!state )(?<!senior )"
    if re.search(not_first + r"(?:foreign minister|minister (?:of|for) foreign affairs)|^heads? of the foreign ministr", lower):
        return "foreign minister"
    if re.search(r"(?:deputy|vice) (?:foreign minister|minister (?:of|for) foreign affairs)", lower):
        return "deputy foreign minister"
    if re.search(not_first + r"prime minister|chairman of the government", lower):
        return "prime minister"
    if re.match(r"president\b", lower):
        return "president"
    if re.search(not_first + r"(?:defen[cs]e minister|minister of defen[cs]e)", lower):
        return "defence minister"
    return None


def _named_by_office(indexes: set[int], context: _Context) -> list[Mention]:
    """People the tokens name by office and state only ("Minister A, the foreign ministers of Latvia and
    Lithuania, and the Deputy Minister of Foreign Affairs of Estonia took part"), as those who act or meet,
    each the one person the text names with that office for that state."""
    found: list[Mention] = []
    doc = context.doc
    for sent in {doc[i].sent for i in indexes}:
        for match in OFFICE_OF.finditer(sent.text):
            words = sent.char_span(match.start("office"), match.end("office"), alignment_mode="expand")
            if words is None or words.root.i not in indexes or words.start > 0 and doc[words.start - 1].lower_ in (
                    "former", "late", "then", "next", "a", "an", "any", "every"):
                continue  # "the first visit by a Prime Minister of Latvia": no one person
            codes, end = _listed_states(sent.text, match.end())
            plural = re.search(r"(?:minister|resident|head|leader)s\b|ministries", match.group("office"), re.I)
            if not plural and _names_a_person_beside(doc, words, sent.start_char + end):
                continue  # "Mr. A, Minister of Foreign Affairs of Latvia": A, named already
            noun = words.root
            while noun.dep_ == "conj":
                noun = noun.head
            if not (noun.dep_ in ("nsubj", "nsubjpass", "dobj", "appos") or noun.dep_ == "pobj" and noun.head.lower_ in (
                    "with", "on", "by", "between", "among")):
                continue  # "a letter from the President of Latvia": not one who met
            if match.group("leader") and noun.dep_ not in ("nsubj", "nsubjpass"):
                continue  # "the leaders of X and Y met", but "meetings with the leaders of X and Y" are one each
            role = _office_role(re.sub(r"\b(minister|president|head)s\b", r"\1", match.group("office"), flags=re.I))
            roles = ["president", "prime minister"] if match.group("leader") else [role] if role else []
            year = context.sentence_year(sent)
            for code in codes:
                holder = next((h for r in roles if (h := context.holder(r, code, year)) is not None), None)
                if holder is not None:
                    found.append(holder)
    return found


def _listed_states(text: str, at: int) -> tuple[list[str], int]:
    """The states listed from `at` on ("Estonia, Latvia and the Kyrgyz Republic took part"), up to the first
    words that name none; and where the list ends."""
    codes: list[str] = []
    while True:
        words = re.match(r"(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*)*", text[at:])
        ends = sorted({m.end() for m in re.finditer(r"[\w-]+", words.group(0))}, reverse=True) if words else []
        named = next(((end, code) for end in ends  # the longest words that name a state: "Latvia" of "Latvia Jaan Tamm"
                      if (code := lexicon.country_code(name := words.group(0)[:end].removeprefix("the ")))
                      and name not in lexicon.gazetteer().by_demonym), None)  # not "the Russian Geographical Society"
        if named is None:
            return codes, at
        end, code = named
        codes.append(code)
        more = re.match(r",\s+(?:and\s+)?|,?\s+and\s+", text[at + end:])
        if not more:
            return codes, at + end
        at += end + more.end()


def _names_a_person_beside(doc: Doc, words: Span, end_char: int) -> bool:
    """An office told beside its holder's name: "Mr. A, Minister of X," or "Minister of X His Excellency A"."""
    before = words.start - (2 if words.start >= 2 and doc[words.start - 1].lower_ == "the" else 1)
    while before >= 1 and doc[before].text[:1].isupper() and doc[before].ent_type_ != "PERSON":
        before -= 1  # "Mr. A, Senior Vice President of X"
    if before >= 1 and doc[before].text == "," and doc[before - 1].ent_type_ == "PERSON":
        return True
    after = HONORIFIC_RUN.match(doc.text, end_char)
    following = doc.char_span(after.end(), after.end() + 1, alignment_mode="expand")
    return following is not None and following[0].ent_type_ == "PERSON" and following[0].i > words.end


def _unique_people(people: list[Mention]) -> list[Mention]:
    """Each person once, by the fullest name: "Nakayama" is "Kyoko Nakayama", but "Nariaki Nakayama" is another."""
    unique: list[Mention] = []
    for person in people:
        same = next((i for i, known in enumerate(unique) if _may_be_same_person(known, person)), None)
        if same is None:
            unique.append(person)
        elif len(person.name) > len(unique[same].name):
            unique[same] = person
    return unique


def _may_be_same_person(a: Mention, b: Mention) -> bool:
    """One surname, and a bare surname or the same first word: "Tamm", "Jaan Tamm", "Jaan Ivanovich Tamm"."""
    a_words, b_words = a.name.lower().split(), b.name.lower().split()
    return a_words[-1] == b_words[-1] and (len(a_words) == 1 or len(b_words) == 1 or a_words[0] == b_words[0])


def _countries(phrases: list[str], in_clause: list, clause: list[Token], triggers: list[Token]) -> list[str]:
    """States a meeting is between: "Japan-Russia ..." in the trigger phrase, else in the clause;
    and states present through an unnamed official ("the Turkmen president")."""
    codes: list[str] = []
    for match in _unnamed_official().finditer(_text(clause)):
        code = lexicon.country_code(match.group(1))
        if code and code not in codes:
            codes.append(code)
    for text in phrases + ["".join(t.text_with_ws for t in clause)]:
        for pair in country_pairs(text):
            codes += [c for c in pair if c not in codes]
        if codes:
            break
    taking_part = {t.i for p in clause if p.lemma_ == "participation" for c in p.children if c.lower_ == "of"
                   for t in c.subtree}  # "held with the participation of Georgia, Ukraine and Moldova"
    codes += [m.key for (start, _), m in in_clause if start in taking_part and m.type == "Country" and m.key
              and m.key not in codes]
    between = {t.i for trigger in triggers for p in trigger.children if p.lower_ == "between"
               for t in p.subtree}  # "the talks between the Government of X and the Government of Y"
    sides = [m.key for (start, _), m in in_clause if start in between and m.type == "Country" and m.key]
    codes += [c for c in dict.fromkeys(sides) if c not in codes] if len(set(sides)) >= 2 else []
    return codes


def named_countries(text: str) -> list[str]:
    """States named in a text, in order."""
    from kg.people import country_of

    codes = []
    for part in re.split(r"\s+(?:and|between|with)\s+", text):
        code = country_of(part)
        if code and code not in codes:
            codes.append(code)
    return codes


def country_pairs(text: str) -> list[tuple[str, ...]]:
    """States joined by a hyphen: "Japan-Russia", "Japan-Soviet", "South Korea-Japan"; a state and a
    region ("Russia-Africa Summit") give the state alone."""
    words = re.findall(r"[A-Z][\w.]*|-", text)
    pairs = []
    for i, word in enumerate(words):
        if word != "-" or i == 0 or i + 1 >= len(words):
            continue
        left = _longest_country([" ".join(words[j:i]) for j in (i - 2, i - 1) if j >= 0 and "-" not in words[j:i]])
        right = _longest_country([" ".join(words[i + 1:k]) for k in (i + 3, i + 2) if k <= len(words)
                                  and "-" not in words[i + 1:k]])
        if left and right:
            pairs.append((left, right))
        elif (left or right) and _region_word(words, i, right is None):
            pairs.append((left or right,))
    return pairs


def _region_word(words: list[str], hyphen: int, right_side: bool) -> bool:
    word = words[hyphen + 1] if right_side else words[hyphen - 1]
    return any(word in names or "the " + word in names for names in lexicon.REGIONS.values())


def _longest_country(candidates: list[str]) -> str | None:
    for candidate in candidates:
        code = lexicon.country_code(candidate)
        if code:
            return code
    return None


@cache
def _demonyms() -> str:
    """Every demonym as a regular-expression alternation, the longest first ("South Korean" before "Korean")."""
    return "|".join(re.escape(d) for d in sorted(lexicon.gazetteer().by_demonym, key=len, reverse=True))


@cache
def _unnamed_official() -> re.Pattern:
    return re.compile(r"\b(" + _demonyms() + r")\s+(?:[Pp]resident|[Pp]rime [Mm]inister|[Ff]oreign [Mm]inister|"
                      r"[Mm]inister|[Ll]eader|[Kk]ing|[Dd]elegation|[Ee]mperor)\b(?!\s+[A-Z])")


def _dates(clause: list[Token], trigger: Token, context: _Context) -> list[str]:
    """Dates in the clause, nearest to the trigger first; several for "in A and B respectively"."""
    in_clause = {t.i for t in clause}
    spans = [e for e in context.dates if e.start in in_clause and not _bounds_a_period(e, trigger)
             and not _dates_an_agreement(e) and not _since(e, trigger)]
    spans = [e for e in spans if not (e.text in WEEKDAYS and any(  # "on Monday, 6 April 2015": that day's weekday
        0 < d.start_char - e.end_char <= 2 and re.search(r"\d", d.text) for d in spans))]
    spans = [e for e in spans if not any(_in_brackets_after(e, d) for d in spans)
             and not _tells_of_a_thing_named(e, trigger)]
    found: list[tuple[int, int, str]] = []
    noun = trigger.head.head if trigger.head.lower_ == "of" else trigger  # "the fourth round of talks"
    session = trigger.pos_ == "NOUN" and trigger.lemma_ not in ("visit", "trip", "tour", "stay") and (
        noun.head.lemma_ in HELD_VERBS or any(t.dep_ == "acl" and t.lemma_ in HELD_VERBS for t in trigger.subtree))
    # "the session of X, held on 22-23 July": it opened on the 22nd
    for span, phrase in _periods(spans, context.text):
        phrase = FIRST_OF_TWO_DAYS.sub(_first_day, phrase) if session else phrase
        day_first = re.match(rf"\d{{1,2}}\s+({_MONTH})$", span.text.strip())  # "on 17 June", after "In June 2009"
        year = context.year_at(next(t for t in span if t.text == day_first.group(1)) if day_first else span[0])
        if SAME_YEAR.match(context.text, span.end_char) or SAME_YEAR.search(span.text):
            year = context.last_year_told(span.start_char) or year  # "In September of the same year": the year just told
        second_day = re.match(r"\s+and\s+\d{1,2}\b", context.text[span.end_char:span.end_char + 10])
        published = context.written_on(span.start_char)
        if DAY_OF_THE_MONTH.fullmatch(WEEKDAY_FIRST.sub("", span.text.strip())) and year:
            published = context.month_at(span[0], year) or published  # "from April 25 to 27. On the 26th, ...": the
            # month told before it, else that of the text's own date
        for part in _date_parts(phrase + (second_day.group(0) if second_day else "")):  # "December 1" "and 2"
            date = normalise_date(part, year, published)
            if date:
                found.append((abs(span.start - trigger.i), span.start, date))
    pairs = TOWNS_AND_TIMES.search(trigger.sent.text) if TOWNS_AND_TIMES.search(_text(clause)) else None
    if pairs:  # "in X in September and in Y on November 19": each its own (not "after taking office in May")
        start, end = trigger.sent.start_char + pairs.start(), trigger.sent.start_char + pairs.end()
        return [d for _, at, d in sorted(found, key=lambda f: f[1]) if start <= trigger.doc[at].idx < end]
    if _distributes(clause):
        precision = max((len(d) for *_, d in found), default=0)
        return [d for _, _, d in sorted(found, key=lambda f: f[1]) if len(d) == precision]
    own = {t.i for t in trigger.subtree} - {t.i for r in trigger.subtree if r.dep_ == "relcl" for t in r.subtree} if (
        trigger.pos_ != "VERB") else set()  # not "the Dialogue, which had been launched in 2004"
    # the most precise, then one inside the meeting's own phrase ("the visit to X in February"), then the nearest
    return [d for _, _, d in sorted(found, key=lambda f: (-len(f[2]), f[1] not in own, f[0]))]


FOUNDING_VERBS = {"found", "establish", "create", "construct"}


def _tells_of_a_thing_named(span: Span, trigger: Token) -> bool:
    """"signed the Declaration, which raises ties from the partnership declared in 2011", "the format launched in
    X": a date or place in a clause that tells of a thing the verb's sentence names, not of the meeting (but "talks
    with B, which took place on 5 May", "the ceremony, held on 22 October" and "members of the group led by C, on
    29 September" do). With a noun for trigger ("At the meeting, A told of the Garden, founded in 1934"), a clause
    anywhere in its sentence."""
    for token in span.root.ancestors:
        if token == trigger:
            return False
        if token.pos_ != "VERB":
            continue
        if token.lemma_ in FOUNDING_VERBS and token.tag_ == "VBN" and trigger not in token.subtree and not any(
                c.dep_.startswith("nsubj") or c.dep_ == "auxpass" for c in token.children):
            return True  # "the Garden, founded in 1934": when something was made, whatever the parser hangs it on
        thing = token.head if token.dep_ in ("relcl", "acl") else token.doc[token.i - 1]
        reduced = token.tag_ in ("VBN", "VBD") and not any(c.dep_.startswith("nsubj") for c in token.children) \
            and thing.pos_ == "NOUN"  # "the partnership declared in 2011", which the parser may hang on the verb
        told_of_people = thing.lemma_ in PEOPLE_NOUNS | PARTY_NOUNS | GUEST_NOUNS or thing.ent_type_ == "PERSON"
        return (token.dep_ in ("relcl", "acl") or reduced) and thing.lemma_ not in MEETING_NOUNS | EVENT_NOUNS \
            | TIME_NOUNS and not told_of_people and token.lemma_ not in HELD_VERBS | {"take"} \
            and not _is_trigger(token) and (trigger in thing.ancestors if trigger.pos_ == "VERB"
                                            else trigger not in token.subtree)
    return False


def _since(span: Span, trigger: Token) -> bool:
    """"the first trip abroad since the election of 20 November and his inauguration on 26 November": the days that
    open a span of time, not the event's (up to the next verb of the sentence's own, not "..., took place on 5 May")."""
    doc = span.doc
    since = next((t for t in reversed(doc[span.sent.start:span.start]) if t.lower_ == "since" and t.dep_ == "prep"
                  or t.pos_ in ("VERB", "AUX") and t.dep_ not in ("relcl", "acl", "amod", "pcomp", "auxpass", "aux")),
                 None)
    return since is not None and since.lower_ == "since" and since not in trigger.ancestors and trigger.i < since.i


def _in_brackets_after(span: Span, before: Span) -> bool:
    """"on June 22 (1:40 a.m. on June 23, Tokyo time)", "April 7, commencing at 5:10 p.m. local time (12:10 a.m. on
    April 8, Japan time)": the same moment told in another time zone."""
    between = span.doc.text[before.end_char:span.start_char]
    return before.end_char <= span.start_char and between.count("(") == 1 and ")" not in between \
        and len(between) < 80 and len(between.split("(")[1]) < 30


def _dates_an_agreement(span: Span) -> bool:
    """"signed the Protocol amending the Treaty on X of 16 March 1995", "concluded under the Decree of the President
    A of 16 January": the day of that treaty or act, not of the signing."""
    doc = span.doc
    dated = doc[span.start - 2] if span.start >= 2 and doc[span.start - 1].lower_ == "of" else None
    return dated is not None and (dated.ent_type_ in ("AGREEMENT", "PERSON") or dated.lemma_.lower() in WRITINGS)


WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)}),?\s*")
PERIOD_JOIN = re.compile(r"\s*,?\s*(?:to|until|through|[-–])\s*")


def _periods(spans: list[Span], text: str) -> list[tuple[Span, str]]:
    """Each date with its text, the two ends of "from Thursday, August 26, to Monday, August 30" read as one
    period ("August 26 to August 30"), without weekdays beside a date."""
    found: list[tuple[Span, str]] = []
    for span in spans:
        previous = found[-1][0] if found else None
        if previous is not None and PERIOD_JOIN.fullmatch(text[previous.end_char:span.start_char]):
            found[-1] = (previous, f"{found[-1][1]} to {WEEKDAY.sub('', span.text)}")
        else:  # but "on Thursday" alone keeps its weekday
            found.append((span, WEEKDAY.sub("", span.text).strip() or span.text))
    return found


def _bounds_a_period(span: Span, trigger: Token) -> bool:
    """"since 2015", "following on from the previous year", "since his appointment in June", "a treaty by 2000": a
    date that starts or ends a period, not the event's ("since the visit in May" dates the visit itself)."""
    head = span.root.head
    if head.lower_ == "for" and re.fullmatch(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d", span.text):
        return True  # "the plan for 2021-2022": the years it runs, not when it was made
    if span.root.dep_ == "pobj" and head.lower_ == "from":  # "from March 28 to April 14" dates the event
        ranged = re.match(r"\s*,?\s*(?:to|until|through|[-–])\s", span.doc.text[span.end_char:span.end_char + 12])
        return not (ranged or re.search(rf"\b(?:to|until)\b|[-–]|\b(?:{_MONTH})\b", span.text))
    for token in span.root.ancestors:
        if token.lower_ in ("since", "until", "till", "before", "by") and token.dep_ == "prep":
            return token not in trigger.ancestors
        if token.pos_ in ("VERB", "AUX"):
            return False
    return False


# "22-23 July", "July 22-23": two days, the first and the month
FIRST_OF_TWO_DAYS = re.compile(rf"\b(?P<day>\d{{1,2}})\s*[-–]\s*\d{{1,2}}\s+(?P<month>{_MONTH})\b"
                               rf"|\b(?P<month2>{_MONTH})\s+(?P<day2>\d{{1,2}})\s*[-–]\s*\d{{1,2}}\b", re.I)
def _first_day(days: re.Match) -> str:
    return f"{days['day']} {days['month']}" if days["month"] else f"{days['month2']} {days['day2']}"


DAYS_OF_A_MONTH = re.compile(rf"\b({_MONTH})\s+\d{{1,2}}\s+and\s+\d{{1,2}}\b", re.I)  # "December 1 and 2"
DAYS_FIRST_RANGE = re.compile(rf"\b\d{{1,2}}\s*(?:-|–|to)\s*\d{{1,2}}\s+({_MONTH})\b", re.I)  # "15-17 January"
DATE_RANGE = re.compile(rf"\b(?:from\s+)?({_MONTH})?\s*\d{{1,2}}\s*(?:to|-|–|until)\s*({_MONTH})?\s*\d{{1,2}}\b", re.I)


def _date_parts(text: str) -> list[str]:
    """"January and October 2020" -> ["January 2020", "October 2020"]; "October 22 to 28", "December 1 and 2"
    -> ["October"], ["December"]."""
    days = DAYS_OF_A_MONTH.search(text)
    if days:
        return [text[:days.start()] + days.group(1) + text[days.end():]]  # two days of one month: the month
    days_first = DAYS_FIRST_RANGE.search(text)
    if days_first:  # "15-17 January": a stay of several days, the month
        return [text[:days_first.start()] + days_first.group(1) + text[days_first.end():]]
    span = DATE_RANGE.search(text)
    if span and span.group(1) and span.group(2) in (None, span.group(1)):
        return [DATE_RANGE.sub(span.group(1), text)]  # a stay of several days: the month
    if span and span.group(1) and span.group(2):
        return [text[:span.start()] + re.sub(r"^from\s+", "", re.split(r"\s*(?:to|-|–|until)\s*", span.group(0))[0])
                + text[span.end():]]  # "March 28 to April 14": from its first day
    months = re.findall(rf"\b(?:{_MONTH})\b(?:\s+\d{{1,2}}\b)?", text)
    if len(months) < 2:
        return [text]
    year = re.search(r"\b\d{4}\b", text)
    return [f"{m} {year.group(0)}" if year else m for m in months]


def _places(in_clause: list, clause: list[Token], trigger: Token, kind: str) -> list[Mention]:
    """Places in the clause ("in X", "at X"), nearest first; for visits, the place or state visited."""
    candidates: list[tuple[int, int, Mention]] = []
    visited_states = set()
    for (start, end), mention in in_clause:
        if mention.type not in ("Place", "Country"):
            continue
        token = trigger.doc[start:end].root
        while token.dep_ == "conj":  # "in New York and Nagoya"
            token = token.head
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_ in lexicon.TOWN_NOUNS | {
                "suburb", "outskirts", "vicinity", "environs"}:
            token = token.head.head  # "took place in the city of X", "in a suburb of X": X is where "city" is
        if token.dep_ == "compound" and token.head.ent_type_ == "PERSON" and token.head.dep_ == "pobj" \
                and token.head.head.lower_ == "in" and token.head.head.head.lemma_ == "receive":
            token = token.head  # "received in Riga Janis Ozols", parsed as "in (Riga Janis Ozols)": Riga
        prep = token.head.lower_ if token.dep_ == "pobj" else ""
        names_an_event = mention.type == "Place" and _names_an_event(token)
        met_there = token.head.head.lemma_ in COUNTERPART_NOUNS and (token.head.head.head.lower_ == "with" or (
            token.head.head.head.lower_ == "of" and _is_trigger(token.head.head.head.head)))  # "the meeting of
        # the two leaders in X"
        if prep and _describes_a_thing(token.head.head) and not _distributes(clause) and not met_there:
            continue  # "confirmed cooperation on the situation in X": X is not where they met (but "held a meeting
            # with her counterparts in X" is)
        visited = token.dep_ == "dobj" and token.head.lemma_ == "visit" or prep == "to" and _visit_word(token.head.head) \
            or token.dep_ == "nsubj" and token.head.lemma_ in HOST_VERBS and token.head == trigger.head \
            or _visited_then(token)  # "X had a visit by", "who is visiting X to attend"
        if mention.type == "Country" and not visited and prep not in ("in",):
            continue
        if token.dep_ == "dobj" and token.head.dep_ == "xcomp" and token.head.head.lemma_ in ("invite", "ask", "urge"):
            continue  # "A called B and invited him to visit X": where B is to go, not where they talked
        if token.dep_ == "dobj" and not visited and token.head.dep_ in ("acl", "relcl", "advcl", "xcomp") \
                and not _is_trigger(token.head):
            continue  # "discussed itineraries linking X with Y": what was talked of
        if mention.type == "Place" and (prep not in ("in", "at", "to", "") or token.dep_ == "poss") \
                and not (visited or names_an_event):
            continue  # (not "the head of the Garden's laboratory" either)
        hyphenated = (end < len(trigger.doc) and trigger.doc[end].text == "-") or (
            start > 0 and trigger.doc[start - 1].text == "-")
        adjective = token.dep_ == "amod" and (token.pos_ == "ADJ" or token.head.lemma_ in lexicon.TOWN_NOUNS)  # "the
        # Baltic states", "the Black Sea resort of X" (not "the Zagulba residence")
        if (token.dep_ == "compound" or adjective or hyphenated or token.dep_ == "nmod" and token.head.pos_ == "NOUN") \
                and not names_an_event:  # "talks with the Baku and Bishkek teams"; but "the Halifax Summit"
            continue  # was in Halifax
        if _tells_of_a_thing_named(trigger.doc[start:end], trigger):
            continue
        if _a_building(mention) or trigger.doc[start].ent_type_ == "FAC" and not lexicon.city(mention.name):
            continue  # "at the X State Residence", "at the X Sea Trade Port", "at Akorda": its town is the place
        rank = 0 if mention.type == "Place" else 1
        candidates.append((rank, start, mention))
        if visited and mention.type == "Country" and trigger in (token.head, token.head.head):
            visited_states.add(mention.key)
    if visited_states:  # "a visit to Latvia a week after the events in Tallinn": not in another state's town
        candidates = [c for c in candidates if c[2].type == "Country" or c[2].country in (None, *visited_states)]
    if _distributes(clause):  # in the order told, towns and states alike ("in Singapore in May and in Riga in June"),
        first = min((start for _, start, _ in candidates), default=0)  # but not the state of "in Santiago, Chile"
        after_a_place = {start for _, start, m in candidates if m.type == "Country" and start > max(first, 1)
                         and trigger.doc[start - 1].text == "," and trigger.doc[start - 2].ent_iob_ != "O"}
        return [m for _, start, m in sorted(candidates, key=lambda c: c[1]) if start not in after_a_place]
    return [m for _, _, m in sorted(candidates, key=lambda c: (c[0], abs(c[1] - trigger.i)))]


def _place_where(anchor: Token, context: _Context) -> tuple[list[Mention], set[int]]:
    """"I arrived in X from Y, where I met B": the town the clause of "where" hangs on, and the clause's words."""
    clause = anchor.head if anchor.dep_ == "conj" and anchor.head.dep_ == "relcl" else anchor
    if clause.dep_ != "relcl" or not any(c.lower_ == "where" for c in clause.children):
        return [], set()
    head = clause.head.head if clause.head.dep_ in ("appos", "npadvmod") else clause.head  # "in X, Y, where"
    named = [m for _, m in context.mentions_within({t.i for t in head.subtree if t.i < clause.i})]
    towns = [m for m in named if m.type == "Place"] or [m for m in named if m.type == "Country"]  # "in X, Y, where":
    return towns[-1:], {t.i for t in clause.subtree}  # the town X, not its state Y


def _a_building(mention: Mention) -> bool:
    """A residence, port, airport or palace ("the Palace of Independence"): where in a town, not a town."""
    words = mention.name.removeprefix("the ").split()
    return mention.type == "Place" and (words[-1].lower() in VENUE_NOUNS | {"kremlin", "house"}
                                        or words[-1] in lexicon.FACILITY_HEADS
                                        or words[0] in lexicon.FACILITY_HEADS and words[1:2] == ["of"])


# Nouns a meeting's place may hang off besides the meeting nouns: "attended the ceremony in X".
EVENT_NOUNS = {"ceremony", "forum", "conference", "trip", "tour", "stay", "arrival", "occasion", "margin", "margins", "event",
               "round", "opening", "celebration", "signing", "exchange", "views", "funeral", "inauguration", "congress"}


# Nouns for where people meet: "paid a courtesy call on B at his hotel in Tokyo".
TIME_NOUNS = {"day", "morning", "afternoon", "evening", "night", "week", "weekend", "time",  # "the next day in Tallinn",
              "today", "yesterday", "tonight"}  # "Today in Tallinn, ... was signed"
VENUE_NOUNS = {"hotel", "residence", "office", "embassy", "palace", "guesthouse", "venue", "headquarters", "campus"}


def _visited_then(token: Token) -> bool:
    """"who is visiting X to attend the summit": the parser may take X for the subject of "to attend"."""
    verb = token.head
    return token.dep_ == "nsubj" and verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_ == "visit" \
        and any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


def _names_an_event(token: Token) -> bool:
    """The town in "the Halifax Summit", "the Riga Nuclear Safety Summit", "the Tartu Winter Games", "the Vilnius
    summit"."""
    for _ in range(6):
        if token.dep_ not in ("compound", "amod", "nmod") or token.head == token:
            return False
        token = token.head
        if token.text.capitalize() in lexicon.EVENT_HEADS:
            return True
    return False


def _describes_a_thing(head: Token) -> bool:
    """A common noun that is neither an event, a meeting nor a venue ("situation", "cooperation", "investment")."""
    known = MEETING_NOUNS | EVENT_NOUNS | VENUE_NOUNS | TIME_NOUNS | STAY_NOUNS | PEOPLE_NOUNS | COUNTERPART_NOUNS
    return head.pos_ == "NOUN" and head.lemma_.lower() not in known and head.lower_ not in known


def _cameo(kind: str, countries: list[str], place: Mention | None) -> str:
    if kind in CAMEO:
        return CAMEO[kind]
    place_country = place.key if place and place.type == "Country" else (place.country if place else None)
    if place_country and countries and place_country not in countries:
        return CAMEO_THIRD_LOCATION
    return CAMEO_CONSULT


KIND_LABELS = {"summit": "Summit meeting", "foreign-ministers-meeting": "Foreign ministers' meeting",
               "two-plus-two": "Foreign and defence ministerial consultation (2+2)",
               "ministerial-meeting": "Ministerial meeting", "vice-ministerial-meeting": "Vice-ministerial meeting",
               "intergovernmental-committee": "Intergovernmental committee session",
               "security-dialogue": "Security talks", "visit": "Visit", "signing": "Signing",
               "telephone-talk": "Telephone talk", "courtesy-call": "Courtesy call", "other": "Meeting"}
MEETING_NAME = re.compile(r"\b(?:Summit|Meetings?|Talks?|Dialogue|Consultations?|Committee|Commission|Council|"
                          r"Session|Call|Conference|Forum)\b")


def _label(phrases: list[str]) -> str:
    """The meeting's own name when the text gives one ("Japan-Russia Summit Meeting"), else ""."""
    for phrase in phrases:
        text = re.sub(r"^(?:the|a|an|this|their|his|her|my|our)\s+", "", " ".join(phrase.split()), flags=re.I)
        # "the first OSCE Summit in 11 years" is the OSCE Summit; "the Third Foreign Ministers' Meeting" is a name
        text = re.sub(r"^(?:first|second|third|fourth|fifth|last|latest|\d+(?:st|nd|rd|th))\s+(?=[A-Z])", "", text)
        text = re.split(r",?\s+(?:between|with|held|which|who)\s+", text)[0]  # the name, not who attended
        if text.count("(") > text.count(")"):
            text = text[:text.rindex("(")].strip()
        if MEETING_NAME.search(text) and sum(w[:1].isupper() for w in text.split()) >= 2 or CEREMONY.search(text):
            return text[0].upper() + text[1:]
    return ""


def _inherit_from_previous(meetings: list[MeetingRecord], recalled: set[int], main_kind: str = "other",
                           day: str | None = None) -> None:
    """"Upon his visit, A and B signed ...", "Following the meeting, the two ministers signed ...":
    the event takes the date and place of the one it refers to: for "the same trip" or "his stay" the last
    visit by one of its people; for "the meeting" in a readout, the meeting its title names or of the day it is
    dated (not one it recalls); else the last
    meeting read with the same people (all of them if possible)."""
    def surnames(meeting: MeetingRecord) -> set[str]:
        return {_surname(p) for p in meeting.participants}

    def main_meetings(pool: list[MeetingRecord]) -> list[MeetingRecord]:
        """The meetings of the kind the title names, else those of the day the readout is dated."""
        return [m for m in pool if m.kind == main_kind != "other"] or [m for m in pool if day and m.date == day]

    for i, meeting in enumerate(meetings):
        reference = EARLIER_EVENT.search(meeting.evidence[0].sentence)
        if not reference:
            continue
        mine = surnames(meeting)
        before = re.match(r"(?:Prior to|Before|Ahead of)\b", reference.group(0), re.I)  # "Before his arrival in X, he
        # visited Y"
        recent = [m for m in reversed(meetings[max(0, i - 20):i]) if (m.date or m.place)
                  and (before or _may_be_same_place(meeting.place, m.place))]  # "At the meeting in Tokyo": not Riga's
        earlier = [m for m in recent if surnames(m) & mine]
        if re.search(r"\b(?:trip|stay|tour|visit|arrival)$", reference.group(0)):
            visits = [m for m in earlier if m.kind == "visit"]  # the latest: not one recalled ("he first came in 1994")
            earlier = sorted(visits, key=lambda m: m.date or "", reverse=True)[:1] or earlier
        if re.search(r"\bsigning\b", reference.group(0)):  # "Following the signing, the meeting was held"
            earlier = [m for m in recent if m.kind == "signing" and (not mine or surnames(m) & mine)][:1]
        if reference.group(0).endswith("ceremony"):  # "At the same ceremony, the two ministers signed ..."
            earlier = [m for m in recent if m.kind == "signing"][:1]
        if reference.group("acronym"):  # "On the margins of the SOM, A held talks with B": the SOM told before
            named = re.compile(r"\b" + reference.group("acronym") + r"\b")
            told = [m for m in recent if m.kind != "visit" and named.search(m.label + " " + m.evidence[0].sentence)]
            earlier = [m for m in told if named.search(m.label)][:1] or told[-1:]  # else where it was first named
        # "the summit [meeting]", "the trilateral talks"
        the_meeting = re.search(r"\bthe\s+(?:[a-z]+\s+)?(?:summit|meeting|talks|session)$", reference.group(0))
        if the_meeting and not earlier:  # "Following the summit meeting, the two Foreign Ministers signed ..."
            talks = [m for m in recent if m.kind not in ("signing", "visit")]  # not a signing
            earlier = main_meetings(talks)[:1] or [m for m in meetings[i - 1:i] if not (mine and m.participants)
                                                    and m in talks]  # "the parties signed": those just met (also
            # when the text named no one at that meeting)
        if not earlier:
            continue
        earlier = [m for m in earlier if id(m) not in recalled] or earlier  # not "He recalled their meeting in X"
        covering = [m for m in earlier[:3] if mine <= surnames(m)]
        after_summit = re.match(r"(?:After|Following)\s+the\s+summit$", reference.group(0), re.I)
        told = earlier if any(m.kind == "summit" for m in earlier) else recent  # else the summit just told
        summits = [m for m in told if m.kind == "summit"] if after_summit else []
        if summits and not mine & surnames(summits[0]):  # "Following the summit, the two leaders signed X": they met
            summits[0].participants.extend(p for p in meeting.participants  # (not "A and B signed X", named)
                                           if p.name.split()[-1] not in meeting.evidence[0].sentence)
        main = summits or main_meetings(earlier) or main_meetings(recent)  # "After the summit": not the visit
        main = [m for m in main if m.kind not in ("visit", "signing")] if the_meeting else main  # "After the talks":
        # not the visit, nor a signing
        just_told = meetings[i - 1] if i else None
        if the_meeting and just_told in earlier and just_told.kind != "visit" and id(just_told) not in recalled \
                and the_meeting.group(0).split()[-1] in just_told.evidence[0].sentence and mine <= surnames(just_told):
            previous = just_told  # "On Thursday they held talks ... Following the talks, they signed X": those talks
            # (not "A told B of the talks of C and D in X. Following the talks, A and B signed Y")
        elif main and the_meeting:
            previous = main[0]  # "Following the meeting": the meeting the readout is about, not one it recalls
        else:
            previous = max(covering, key=lambda m: len(m.date or "")) if covering else earlier[0]  # best dated
        tour_before = meeting.kind == "visit" and before
        # "During the visit": of a visit of several days, some day of it
        during = re.match(r"(?:During|As part of|Within the framework of)\b.*\b(?:visit|stay|trip)$", reference.group(0),
                          re.I)  # "During his stay, A also met B": a day of a stay whose length is not told
        several_days = previous.kind == "visit" and (visit_last_day(previous) not in (None, previous.date) or (
            during is not None and visit_last_day(previous) is None and "one-day" not in previous.evidence[0].sentence))
        month_only = (tour_before or several_days) and previous.date
        meeting.date = meeting.date or (previous.date[:7] if month_only else previous.date)
        if during is not None and month_only and meeting.date == previous.date:  # the visit's first day, read on: the
            meeting.date = previous.date[:7]  # month of the stay
        if not month_only and previous.date and meeting.date and previous.date.startswith(meeting.date):
            meeting.date = previous.date  # "Following the call, ..." under "1. Latvia (May 3 and 4)": that call's day
        if meeting.kind == "signing" and re.match(r"[Aa]t the (?:end|close|conclusion)", reference.group(0)) \
                and not re.search(r"\b(?:visit|trip|tour|stay)$", reference.group(0)):
            meeting.kind = previous.kind  # "At the end of the meeting, they adopted X": a step of that meeting (but
            # "At the end of the visit, A and B signed X" is a signing)
        newcomers = {p.country for p in meeting.participants if _surname(p) not in surnames(previous)}
        if previous.kind != "visit" or not newcomers - {None, _place_country(previous.place) if previous.place else None}:
            meeting.place = meeting.place or previous.place  # a tour's first stop is not where every call was paid
        if previous.kind != "visit" and not meeting.place:  # "on the margins of that meeting": where its visit went
            meeting.place = next((m.place for m in earlier if m.kind == "visit" and m.place and m.date == previous.date
                                  and surnames(m) & surnames(previous)), None)


def _may_be_same_place(a: Mention | None, b: Mention | None) -> bool:
    """Unknown, the same, or a town and the state it is in."""
    if a is None or b is None or a.name == b.name:
        return True
    return "Country" in (a.type, b.type) and _place_country(a) == _place_country(b) is not None


def _place_country(place: Mention) -> str | None:
    return place.key if place.type == "Country" else place.country


def _surname(person: Mention) -> str:
    return _family_name(person.name).lower()


def _family_name(name: str) -> str:
    """The last word, or the one word in capitals ("IKEGAMI Masaki", surname first as Japan writes it)."""
    words = name.split()
    if len(words) > 1 and REGNAL_NUMBER.fullmatch(words[-1]):
        return " ".join(words[-2:])  # "Karekin II", "John Paul II": a regnal name and its number
    capitals = [w for w in words if len(w) > 1 and w.isupper() and w.isalpha()]
    return capitals[0] if len(words) > 1 and len(capitals) == 1 else words[-1]


def _same_time(a: str | None, b: str | None) -> bool:
    """Dates that may name the same time: equal, or one a coarser form of the other ("2017" and "2017-05-01")."""
    return not a or not b or a.startswith(b) or b.startswith(a)


def _place_by_visit(meetings: list[MeetingRecord]) -> None:
    """"A, who was visiting X, attended the meeting": a sentence's meetings of the visitor are in the place visited."""
    visits = [(n, m) for n, m in enumerate(meetings) if m.kind == "visit" and m.place]
    for told_at, visit in visits:
        visitors = {_surname(p) for p in visit.visitors or visit.participants}
        staying = VISITING.search(visit.evidence[0].sentence)  # "A, who is visiting X to attend a conference, met B"
        for n, meeting in enumerate(meetings):
            after = told_at < n  # "A visited X and met B"
            if not meeting.participants and after and meeting.place is None and _same_time(meeting.date, visit.date) \
                    and meeting.evidence[0].sentence == visit.evidence[0].sentence:
                meeting.place = visit.place  # "A visited X, and the two presidents signed Y": there
            if not visitors & {_surname(p) for p in meeting.participants}:
                continue
            hosts = {p.country for p in meeting.participants if _surname(p) not in visitors}
            then = hosts == {None} and len(visits) == 1 and after
            undated = not visit.date or len(visit.date) < 7
            if not after and undated and not staying:
                continue  # "A received B. B spoke of his recent visit to X": a visit of another time
            if meeting.place is None and _same_time(meeting.date, visit.date) and (
                    not hosts or then or staying or _place_country(visit.place) in hosts and None not in hosts):
                meeting.place = visit.place  # not "visited X and Y and called on the leaders of X and Y respectively"
            if staying and visit.date is None:
                visit.date = meeting.date  # the stay the meeting was part of
            if meeting.date is None and visit.date and len(visit.date) >= 7 and after and not _arrival_day(visit):
                meeting.date = visit.date  # "In May 2018, A visited X; he paid a courtesy call on B" (but "A, who
                # arrived in X on 18 October, held talks with B": not that day)


def _arrival_day(visit: MeetingRecord) -> bool:
    """"A, who arrived in X on 18 October, held talks with B": the visit's day is when A came, not when A met B."""
    return visit.kind == "visit" and len(visit.date or "") == 10 \
        and bool(ARRIVED_BEFORE.search(visit.evidence[0].sentence))


# An overview page's list of visits: "(1) Latvia to Japan" over "2019 March: President A (official visit; ...)".
VISIT_LINE = re.compile(rf"^[ \t]*(?:(?P<year>(?:19|20)\d\d)[ \t]+(?P<month>{_MONTH})|(?P<month2>{_MONTH})"
                        rf"(?:[-–](?:{_MONTH}))?[ \t]+(?P<year2>(?:19|20)\d\d)|(?P<year3>(?:19|20)\d\d))"
                        rf"[ \t]*:[ \t]+\S[^\n]*$", re.M)  # "2019 March:", "April-May 2007:", "1997:"
DIRECTION = re.compile(r"^[ \t]*(?:\(\w{1,3}\)|\w{1,3}[.)])?[ \t]*(?:From[ \t]+)?(?P<origin>[A-Z][\w ]+?)[ \t]+to[ \t]+"
                       r"(?P<destination>[A-Z][\w ]+?)[ \t]*$")


def _listed_visits(doc: Doc, context: _Context, meetings: list[MeetingRecord], told_at: list[int],
                   make_evidence: Callable[[list[Span]], Evidence]) -> list[MeetingRecord]:
    """The events of a list of high-level visits, one line each: "2019 March: Prime Minister A (official visit;
    summit meeting with Prime Minister B; courtesy calls on C and D)" under "(1) Latvia to Japan" is A's visit to
    the state the heading names as the destination, a summit of A and B, and a call on each of C and D, that
    month. The lines replace what the sentence reading made of them."""
    found, destination = [], None
    sentence_end = {sent.start_char: sent.end_char for sent in doc.sents}
    for start, at, line in _lines(context.text):
        heading = DIRECTION.match(line)
        if heading and lexicon.country_code(heading.group("origin")) and lexicon.country_code(heading.group("destination")):
            destination = next((m for idx, m in _mentions_on(doc, context, start, at)
                                if m.type == "Country" and idx >= start + heading.start("destination")), None)
            continue
        listed = VISIT_LINE.match(line)
        if not listed:
            destination = destination if not line.strip() else None  # a list ends with its heading's next section
            continue
        month, year = listed.group("month") or listed.group("month2"), listed.group("year") or listed.group("year2")
        date = normalise_date(month, year) if month else listed.group("year3")
        told = _told_on(sentence_end, told_at, start, at)
        evidence = make_evidence([sent for sent in doc.sents if sent.start_char < at and sent.end_char > start])
        named = _mentions_on(doc, context, start, at)
        people = [m for _, m in named if m.type == "Person"]
        if not people:
            continue
        events = _listed_events(line, start, named, people[0], date, destination, evidence)
        if not events and not destination:  # "2018 May: Talks between A and B (X Forum)": as the sentence told it
            for i in told:
                meetings[i].date = meetings[i].date if (meetings[i].date or "").startswith(date) else date
            continue
        _drop(meetings, told_at, told)
        found += events + ([_record("visit", people[:1], [], date, destination, [], [], evidence, "", people[:1])]
                           if destination else [])
    return found


# A visit's programme: a day's heading ("Wednesday, February 25") over its timed lines (" 10:00 Meeting with A").
PROGRAMME_DAY = re.compile(rf"^[ \t]*(?:(?:{'|'.join(WEEKDAYS)}),[ \t]+)?(?:{_MONTH})[ \t]+\d{{1,2}}(?:,[ \t]+\d{{4}})?[ \t]*$")
MET = re.compile(r"\b(?:[Mm]eeting|[Tt]alks?|[Ll]unch(?:eon)?|[Dd]inner|[Bb]anquet|[Rr]eception|[Bb]reakfast|[Cc]all)\b")
PROGRAMME_LINE = re.compile(r"^[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[-–][ \t]*\d{1,2}[:.]\d{2})?[ \t]+\S")


def _programme(doc: Doc, context: _Context, meetings: list[MeetingRecord], told_at: list[int],
               make_evidence: Callable[[list[Span]], Evidence]) -> list[MeetingRecord]:
    """The meetings of a visit's day-by-day programme, each of the visitor the text has just told of with the
    people its line names ("10:00 Courtesy call by Mr. A", "15:00 Meeting with Mr. B, Minister of X"), on the
    day of its heading and in the last town the programme named. They replace what the sentence reading made
    of those lines."""
    found: list[MeetingRecord] = []
    day, town = None, None
    sentence_end = {sent.start_char: sent.end_char for sent in doc.sents}
    for start, at, line in _lines(context.text):
        if PROGRAMME_DAY.match(line):
            heading = doc.char_span(start, at, alignment_mode="expand")
            day = normalise_date(WEEKDAY.sub("", line.strip()), context.year_at(heading[0] if heading else doc[0]))
            continue
        if not day:
            continue
        named = [m for _, m in _mentions_on(doc, context, start, at)]
        moved = next((m for m in reversed(named) if m.type == "Place" and not _a_building(m)), None)
        if not PROGRAMME_LINE.match(line):  # "Evening Private time (Hotel Viru, Tallinn)"
            town = moved or town
            if line.strip() and not line[:1].isspace():
                day = None  # the programme ends with the first line that is not indented
            continue
        visits = [m for m, t in zip(meetings, told_at) if t < start and m.kind == "visit" and _travellers(m)]
        visitor = _travellers(visits[-1])[0] if visits else None
        people = _unique_people([m for m in named if m.type == "Person" and (not visitor or _surname(m) != _surname(visitor))])
        kind = classify(line)
        if visitor is None or kind in ("visit", "signing") or kind == "other" and not (people and MET.search(line)):
            town = moved or town  # "17:30 Departure from Tallinn for Tartu"
            continue  # "Arrival at X", "Visit to historic sites", "Signing Ceremony" (told below), "Press conference"
        _drop(meetings, told_at, _told_on(sentence_end, told_at, start, at))
        evidence = make_evidence([doc.char_span(start, at, alignment_mode="contract")])
        found.append(_record(kind, [visitor, *people], [], day, town, topics_of(line), [], evidence, "", []))
    return found


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """Each line of the text with where it starts and ends."""
    at = 0
    for line in text.splitlines(keepends=True):
        yield at, at + len(line), line
        at += len(line)


def _told_on(sentence_end: dict[int, int], told_at: list[int], start: int, end: int) -> list[int]:
    """The meetings read from the sentences that overlap a line (`told_at`: where each meeting's sentence starts,
    `sentence_end`: where the sentence starting at a character ends)."""
    return [i for i, at in enumerate(told_at) if at < end and sentence_end.get(at, at) > start]


def _mentions_on(doc: Doc, context: _Context, start: int, end: int) -> list[tuple[int, Mention]]:
    """The mentions that start on a line, with their character offsets."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    low = bisect.bisect_left(context.mention_starts, span.start)
    high = bisect.bisect_left(context.mention_starts, span.end)
    return [(doc[first].idx, m) for (first, _), m in context.mentions[low:high] if start <= doc[first].idx < end]


def _drop(meetings: list[MeetingRecord], told_at: list[int], indexes: list[int]) -> None:
    for i in reversed(indexes):
        del meetings[i], told_at[i]


def _listed_events(line: str, start: int, named: list[tuple[int, Mention]], visitor: Mention, date: str,
                   destination: Mention | None, evidence: Evidence) -> list[MeetingRecord]:
    """The meetings a listed visit's description names, clause by clause ("summit meeting with B; signing of X")."""
    description = re.search(r"\(([^()]*)\)\s*$", line)
    events: list[MeetingRecord] = []
    if not description:
        return events
    at = start + description.start(1)
    for clause in description.group(1).split(";"):
        begin, at = at, at + len(clause) + 1
        kind = classify(clause)
        inside = [m for idx, m in named if begin <= idx < at]
        agreements = [m for m in inside if m.type == "Agreement"]
        others = _unique_people([m for m in inside if m.type == "Person" and _surname(m) != _surname(visitor)])
        if kind == "signing" and events:
            events[-1].agreements.extend(agreements)  # "summit meeting with B; signing of the Joint Statement"
            continue
        if kind in ("visit", "other") and not others:
            continue  # "official visit", "Ceremony of the Enthronement"
        each = [[p] for p in others] if kind == "courtesy-call" else [others]  # "courtesy calls on C and D"
        events += [_record(kind, [visitor, *group], [], date, destination, topics_of(clause), agreements, evidence, "",
                           [visitor]) for group in each]
    return events


def _continue_visit(visits: list[MeetingRecord], meetings: list[MeetingRecord]) -> None:
    """"In October, A visited Tallinn. He paid a courtesy call on B": the sentence after a visit tells its
    meetings, then and there, unless it says otherwise."""
    if len(visits) != 1 or any(m.kind == "visit" for m in meetings):
        return
    [visit] = visits
    visitors = {_surname(p) for p in visit.visitors or visit.participants}
    for meeting in meetings:
        if meeting.date is None and visitors & {_surname(p) for p in meeting.participants} \
                and not EARLIER_EVENT.search(meeting.evidence[0].sentence):  # "Prior to the meeting, ...": that one's
            meeting.date = visit.date[:7] if visit.date and len(visit.date) >= 7 else None
            meeting.place = meeting.place or visit.place


DURING_THE_VISIT = re.compile(r"\s*(?:During|In\s+the\s+course\s+of|As\s+part\s+of)\s+(?:the|this|his|her|their)\s+"
                              r"(?:(?:working|official|state)\s+)?visit\b")
VISITING = re.compile(r"\bwho\s+(?:is|was)\s+(?:currently\s+)?(?:visiting|staying\s+in)\b")
ARRIVED_BEFORE = re.compile(r"\bwho\s+(?:had\s+)?(?:arrived|came)\b")  # "A, who arrived in X on 18 October, ..."


def _place_by_neighbours(meetings: list[MeetingRecord]) -> None:
    """"That afternoon, I attended a ceremony": someone who met people in a town met others there the same day;
    "On May 31, the day after the "2+2" in Tokyo, A and B held talks": two of the same people meeting again a
    day before or after met in the same town. Telephone talks are nowhere in particular."""
    def days_apart(a: MeetingRecord, b: MeetingRecord) -> int:
        return abs((datetime.date.fromisoformat(a.date) - datetime.date.fromisoformat(b.date)).days)

    dated = [m for m in meetings if m.date and len(m.date) == 10 and m.kind != "telephone-talk"]
    for meeting in dated:
        if meeting.place:
            continue
        mine = {_surname(p) for p in meeting.participants}
        near = [m for m in dated if m.place and (shared := len(mine & {_surname(p) for p in m.participants}))
                and days_apart(m, meeting) <= (shared >= 2)]
        if near:
            meeting.place = min(near, key=lambda m: days_apart(m, meeting)).place


@dataclass(frozen=True)
class _Setting:
    """When and where a section's events happen, from its heading ("II. Latvia (June 27, Riga)",
    "Tallinn: ...", "Related meetings held in Vilnius on the same day") or the lead-in of a paragraph
    ("(1) March 2 (Fukuoka): The President arrived ..."), from character `start` to `end` of the cleaned text."""
    start: int
    end: int
    date: str | None
    place: Mention | None
    news_item: bool = False  # a news agency's dateline: "on Monday" in it is the last Monday up to its day


# "(1) March 2 (Fukuoka): ...", "Tallinn: ...": a paragraph's opening words before a colon, after any enumerator
LEAD_IN = re.compile(r"(?:\(?[0-9ivxIVX]{1,4}[.)]\s+)?[^:\n]{3,40}:\s")


def _year_of_a_name(span: Span) -> bool:
    """"2010 FIFA World Cup", "2014 Winter Olympics": a year that is part of a name, not the date of a section."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return bool(re.fullmatch(r"(?:19|20)\d\d", span.text.strip())) and following is not None \
        and following.text[:1].isupper() and following.text not in MONTHS


def _setting(sent: Span, context: _Context) -> _Setting | None:
    """The setting a heading or paragraph lead-in starting at this sentence states, if it names a date or place
    and no person; a heading sets its section (to the next such heading), a lead-in its paragraph."""
    text = context.text
    if sent.start_char and text[sent.start_char - 1] != "\n":
        return None
    line_end = text.find("\n", sent.start_char)
    line_end = len(text) if line_end < 0 else line_end
    entry = CHRONOLOGY_ENTRY.match(text, sent.start_char, line_end)
    if entry and 1 <= int(entry.group("month")) <= 12:  # "2016.10  A visits B": the entry's events, in that month
        day = f"-{int(entry.group('day')):02d}" if entry.group("day") else ""
        return _Setting(sent.start_char, line_end, f"{entry.group('year')}-{int(entry.group('month')):02d}{day}", None)
    day = DAY_ENTRY.match(text, sent.start_char, line_end)
    if day:  # "6 January. The President had a telephone conversation with ...": that day's events (a range's month)
        date = normalise_date(day.group("date"), context.year_at(sent[0]))
        several = re.match(r"\d{1,2}[-–]", day.group("date").strip())
        opening = context.doc.char_span(sent.start_char, day.end(), alignment_mode="expand")  # however it is split
        town = next((m for (start, _), m in context.mentions_within({t.i for t in opening}) if m.type == "Place"
                     and day.group("place") and context.doc[start].idx == day.start("place")), None)
        return _Setting(sent.start_char, line_end, date[:7] if date and several else date, town)
    row = TABLE_ROW.match(text, sent.start_char, line_end) if text.count("|", sent.start_char, line_end) >= 2 else None
    if row:  # "23.01.2009 | 10:15 | Russian-Uzbek talks | Kuksaroy Residence, Tashkent": that day, in the venue's town
        date = normalise_date(row.group("date"), context.year_at(sent[0]))
        return _Setting(sent.start_char, line_end, date[:7] if date and row.group("first") else date,
                        _town_of_a_row(context, row.end(), line_end))
    wire = WIRE_DATELINE.match(text, sent.start_char, line_end)
    if wire:  # "BISHKEK, March 28 (Kabar) -- ...": the news item's events, that day in that town
        place = next((m for (start, _), m in context.mentions_within({t.i for t in sent}) if m.type == "Place"
                      and context.doc[start].idx == wire.start("place") and not wire["also"]), None)  # not "A / B"
        following = WIRE_DATELINE.search(text, line_end)  # the story runs to the next item's dateline
        return _Setting(sent.start_char, following.start() if following else len(text),
                        normalise_date(wire["date"], context.year_at(sent[0]), context.meta.published), place,
                        news_item=True)
    heading = _is_heading(sent, context.meta.title, text)
    lead = None if heading else LEAD_IN.match(text, sent.start_char)
    if not heading and not lead or re.fullmatch(r"\s*\([^()]*\)\s*", text[sent.start_char:line_end]):
        return None  # "(December 19, Moscow)" alone on a line: the second line of a photo caption
    end = line_end if heading else lead.end()
    tokens = list(context.doc.char_span(sent.start_char, end, alignment_mode="expand") or [])
    dated_heading = heading and DATED_HEADING.match(text, text.rfind("\n", 0, sent.start_char) + 1, end)
    if not dated_heading and any(t.ent_type_ == "PERSON" or _is_trigger(t) and not _is_plural(t) for t in tokens) \
            or "Photo" in text[sent.start_char:end]:
        return None  # a caption or a heading that names its own meeting
    inside = {t.i for t in tokens}
    colon = text.find(":", sent.start_char, end)
    label_end = text.find(": ", sent.start_char, end)  # "Day two: Samarkand", not "10:48 a.m. ..., Tokyo"
    # the town of "(June 27, Riga)", "Tallinn: ...", "held in Vilnius": not a heading's subject ("Northern Territories")
    place = next((m for (start, stop), m in context.mentions_within(inside) if m.type == "Place" and (
        text.count("(", sent.start_char, context.doc[start].idx) > text.count(")", sent.start_char, context.doc[start].idx)
        or context.doc[start].idx < colon or context.doc[start].head.lower_ in ("in", "at")
        or heading and 0 <= label_end < context.doc[start].idx and not text[context.doc[stop - 1].idx
                                                                         + len(context.doc[stop - 1]):end].strip())),
                 None) if inside else None  # "Day one: Astana" too
    if heading and not place and inside and _only_places(context, sent.start_char, line_end):
        place = next((m for _, m in context.mentions_within(inside) if m.type == "Place"), None)  # "Latvia, Riga"
    dates = [d for span in context.dates if span.start in inside and not _year_of_a_name(span)
             for d in [normalise_date(_date_parts(WEEKDAY.sub("", span.text))[0], context.year_at(span[0]))] if d]
    date = dates[0] if dates else context.last_day(sent.start_char) if SAME_DAY.search(text[sent.start_char:end]) else None
    stage = TOUR_STAGE.match(text, sent.start_char, end) if heading and not place else None
    if stage:  # "2. Latvia (May 3 and 4)": a stage of a tour, in that state
        place = next((m for (start, _), m in context.mentions_within(inside) if m.type == "Country"
                      and context.doc[start].idx == stage.start("state")), None)
    dateline = DATELINE.match(text, sent.start_char) if heading and (
        sent.start_char > context.dateline_end or context.day_by_day) else None
    day = dateline_date(dateline) if dateline else None
    where = dateline_place_span(dateline) if day and not place else None
    if where:  # "29 April 2021, Tallinn": that day's events, in that town
        place = next((m for (start, _), m in context.mentions_within(inside) if m.type == "Place"
                      and where[0] <= context.doc[start].idx < where[1]), None)
    if day and len(day) == 10:
        return _Setting(sent.start_char, len(text), day, place)  # "22.12.2022" over the events of that day
    day_heading = DAY_HEADING.fullmatch(text, sent.start_char, line_end) if heading else None
    if day_heading and sent.start_char > context.dateline_end:  # a digest's "8 October" over that day's items
        day = normalise_date(WEEKDAY.sub("", day_heading.group()), context.year_at(sent[0]))
        return _Setting(sent.start_char, _next_heading(text, line_end), day, place) if day and len(day) == 10 else None
    if not place and not (date and re.search(r"[(:]", text[sent.start_char:end])):
        return None  # the dateline ("August 31, 2004") dates the text, not every event in it
    return _Setting(sent.start_char, len(text) if heading else line_end, date, place)


def _only_places(context: _Context, start: int, end: int) -> bool:
    """A line naming only states and towns ("United States of America, Washington, DC"): where its section is."""
    rest = context.text[start:end]
    line = {t.i for t in context.doc.char_span(start, end, alignment_mode="expand")}
    for (first, stop), mention in context.mentions_within(line):
        if mention.type in ("Place", "Country"):
            rest = rest.replace(context.doc[first:stop].text, " ")
    return re.fullmatch(r"[\s,;/–-]*(?:(?:[A-Z]{2}|D\.C\.)[\s,;/–-]*)?", rest) is not None  # "..., DC"


# a section headed by its year: "2011: TEN YEARS ON, THE SCO COMES TO ASTANA", "1999 - The Istanbul summit", "2004"
YEAR_HEADING = re.compile(r"(?<=\n\n)[ \t]*((?:19|20)\d\d)[ \t]*(?:[:–—-][ \t]*[^\n.]{0,100})?(?=\n\n)")


def _year_heading(text: str, at: int) -> str | None:
    """The year of the section `at` is in, if its heading opens with one and no other heading comes after it."""
    headings = list(YEAR_HEADING.finditer(text, 0, at))
    last = headings[-1] if headings else None
    return last.group(1) if last and _next_heading(text, last.end()) >= at else None


def _next_heading(text: str, after: int) -> int:
    """Where the next short paragraph without a final stop begins ("3. Summit Meeting", "9 October"): the end of
    the section above it."""
    for line in re.finditer(r"(?<=\n\n)[^\n]+", text[after:]):
        words = re.sub(r"^\(?\w{1,3}[.)]\s+", "", line.group().strip())
        if words and len(words.split()) <= 8 and not words.endswith((".", "!", "?", ":", ";", '"', "”")):
            return after + line.start()
    return len(text)


# a heading that is only a day: "8 October", "Tuesday, October 8"
DAY_HEADING = re.compile(rf"[ \t]*(?:(?:{'|'.join(WEEKDAYS)}),?[ \t]+)?(?:\d{{1,2}}[ \t]+(?:{_MONTH})|(?:{_MONTH})[ \t]+\d{{1,2}})"
                         r"(?:,?[ \t]+\d{4})?[ \t]*")
def _town_of_a_row(context: _Context, start: int, end: int) -> Mention | None:
    """The first town (not a building) named in a short cell of a table's row: the venue, not the details."""
    text = context.text
    for cell in re.finditer(r"[^|]+", text[start:end]):
        first, last = start + cell.start(), start + cell.end()
        span = context.doc.char_span(first, last, alignment_mode="expand")
        if span is None or len(cell.group().split()) > 8:
            continue
        towns = [m for (at, _), m in context.mentions_within({t.i for t in span})
                 if m.type == "Place" and first <= context.doc[at].idx < last and not _a_building(m)]
        if towns:
            return towns[0]
    return None


# a row of a programme laid out as a table: "22.01.2009 | 17:00 | Informal meeting of A and B | Residence, Samarkand",
# or of a list of visits: "| 16–17 April 2000 | United Kingdom | London, Windsor | Details |" (a range, by its month)
TABLE_ROW = re.compile(rf"[ \t]*\|?[ \t]*(?P<date>{NUMERIC_DATE}|(?P<first>\d{{1,2}}[-–])?{DAY_OF_MONTH}"
                       rf"(?:,?\s+\d{{4}})?)[ \t]*\|")
# a numbered section heading that is only a state and the days spent there: "2. Latvia (May 3 and 4)"
TOUR_STAGE = re.compile(rf"[ \t]*(?:\(\w{{1,3}}\)|\w{{1,3}}[.)])[ \t]+(?P<state>[A-Z][\w-]*(?:[ \t][A-Z][\w-]*){{0,2}})"
                        rf"[ \t]+\({DAY_OF_MONTH}\b[^()\n]*\)[ \t]*$", re.M)
# a numbered section heading's closing date in brackets: "4. Call on President A (April 30)"; not a photo caption
DATED_HEADING = re.compile(rf"^[ \t]*(?:\(\w{{1,3}}\)|\w{{1,3}}[.)])[ \t][^\n]*\({DAY_OF_MONTH}"
                           rf"(?:,\s+[A-Z][\w-]*)?\)[ \t]*$", re.M)


def _entry_visitors(meetings: list[MeetingRecord], told_at: list[int], text: str) -> None:
    """"2016.10  President A visits Japan. Summit meeting with Prime Minister B.": a chronology entry's meetings,
    told without a subject, are those of its visitor."""
    for meeting, at in zip(meetings, told_at):
        line_start = text.rfind("\n", 0, at) + 1
        if meeting.kind == "visit" or len(_unique_people(meeting.participants)) != 1 \
                or not CHRONOLOGY_ENTRY.match(text, line_start):
            continue
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        visitor = next((m.visitors[0] if m.visitors else m.participants[0] for m, t in zip(meetings, told_at)
                        if m.kind == "visit" and len(m.visitors or m.participants) == 1 and line_start <= t < line_end), None)
        if visitor and _surname(visitor) not in {_surname(p) for p in meeting.participants}:
            meeting.participants.append(visitor)


def _setting_at(settings: list[_Setting], at: int) -> _Setting | None:
    """The section character `at` is in: the last setting read that covers it."""
    return next((s for s in reversed(settings) if s.start <= at < s.end), None)


def _place_by_settings(meetings: list[MeetingRecord], told_at: list[int], settings: list[_Setting]) -> None:
    """A meeting with no date or place of its own takes its section's; one placed only in a state takes the
    section's town in that state. Telephone talks are nowhere in particular, and a meeting of another time
    ("MOSCOW, May 3 - ... In 1997 A met B") is not in the section's town."""
    for meeting, at in zip(meetings, told_at):
        setting = _setting_at(settings, at)
        if setting is None:
            continue
        if not _dated_by_its_occasion(meeting):
            meeting.date = meeting.date or setting.news_item and _weekday_before(meeting, setting.date) or setting.date
        place = setting.place
        if meeting.date and setting.date and meeting.date[:4] != setting.date[:4]:
            continue
        if place and meeting.kind != "telephone-talk" and (meeting.place is None or meeting.place.type == "Country"
                                                           and place.type == "Place" and meeting.place.key == place.country):
            meeting.place = place


def _signings_of_their_own(meetings: list[MeetingRecord], told_at: list[int], settings: list[_Setting]) -> None:
    """A signing that is the only event of a dated section after others ("Documents signed during the state
    visit / August 19, 2024 / The two Presidents signed X") is a step of its own, not part of the talks."""
    starts = sorted({s.start for s in settings})
    for meeting, at in zip(meetings, told_at):
        section = max((start for start in starts if start <= at), default=None)
        if meeting.kind != "signing" or section is None or section == starts[0]:
            continue
        end = min((start for start in starts if start > section), default=max(told_at) + 1)
        meeting.own_section = not any(other is not meeting and section <= other_at < end and other.kind != "signing"
                                      for other, other_at in zip(meetings, told_at))


def _dated_by_its_occasion(meeting: MeetingRecord) -> bool:
    """"Following the talks, A and B signed X": the day is that of the talks, known once they are found (else the
    day of its section, as for any other); so is "At the end of the talks, A and B signed X"."""
    sentence = meeting.evidence[0].sentence
    return bool(FOLLOWING_THE_TALKS.match(sentence) or AT_THE_END_OF_THE_TALKS.match(sentence))


def _date_by_news_items(meetings: list[MeetingRecord], told_at: list[int], settings: list[_Setting]) -> None:
    """A meeting dated by its occasion that was not found takes its section's day; in a news item, so does whatever
    else is undated."""
    for meeting, at in zip(meetings, told_at):
        setting = _setting_at(settings, at)
        if setting is not None and (setting.news_item or _dated_by_its_occasion(meeting)):
            meeting.date = meeting.date or setting.date


ON_WEEKDAY = re.compile(rf"\b[Oo]n\s+(?P<weekday>{'|'.join(WEEKDAYS)})\b(?!,?\s+(?:the\s+)?\d|,?\s+(?:{_MONTH}))")


def _weekday_before(meeting: MeetingRecord, day: str | None) -> str | None:
    """"MOSCOW, April 15 -- A and B met on Monday": the last Monday up to the item's day."""
    named = ON_WEEKDAY.search(meeting.evidence[0].sentence)
    if not named or not day or len(day) != 10:
        return None
    return _last_weekday(day, named.group("weekday"))


def _last_weekday(day: str, weekday: str) -> str:
    """The last `weekday` ("Monday") up to and including `day` (YYYY-MM-DD)."""
    date = datetime.date.fromisoformat(day)
    return (date - datetime.timedelta(days=(date.weekday() - WEEKDAYS.index(weekday)) % 7)).isoformat()


@dataclass(frozen=True)
class _Stay:
    """Someone is in a place from a point of the text on: "I arrived in Tbilisi", "A visited Astana"."""
    at: int  # character offset in the original text
    person: Mention
    place: Mention
    date: str | None
    arrival: bool = False  # told as such ("My first stop was X"), not taken from a visit's destination
    until: str | None = None  # the last day of a visit told with its period
    working_trip: bool = False  # "on a working trip to New York" (for a conference): meets anyone there


def visit_last_day(visit: MeetingRecord | Meeting) -> str | None:
    """"visited Japan from May 30 to June 2" (dated May 30): June 2."""
    period = PERIOD_TO.search(visit.evidence[0].sentence)
    if not (period and visit.date and len(visit.date) == 10):
        return None
    last = normalise_date(f"{period.group('last_month') or period.group('month')} {period.group('day')}", visit.date[:4])
    return last if last and len(last) == 10 and last >= visit.date else None


def _days_of_one_month(meeting: MeetingRecord) -> tuple[str, str] | None:
    """"attended the Summit held in X on December 1 and 2" (dated December): its first and last day, when its
    sentence names one such span of days in the month it is dated."""
    if not (meeting.date and len(meeting.date) == 7):
        return None
    sentence = meeting.evidence[0].sentence
    spans = [m for m in SPAN_OF_DAYS.finditer(sentence)
             if MONTHS.index((m["month"] or m["month_after"]).title()) + 1 == int(meeting.date[5:])]
    if len(spans) != 1:
        return None
    first, last = int(spans[0]["first"] or spans[0]["first2"]), int(spans[0]["last"] or spans[0]["last2"])
    return (f"{meeting.date}-{first:02d}", f"{meeting.date}-{last:02d}") if first < last else None


SPAN_OF_DAYS = re.compile(rf"\b(?:(?P<month>{_MONTH})\s+(?P<first>\d{{1,2}})\s*(?:and|to|-|–|until|through)\s*(?P<last>\d{{1,2}})|"
                          rf"(?P<first2>\d{{1,2}})\s*(?:and|to|-|–)\s*(?P<last2>\d{{1,2}})\s+(?P<month_after>{_MONTH}))\b", re.I)


def _within(date: str | None, first: str | None, last: str | None) -> bool:
    return bool(date and first and last and len(date) == 10 and first <= date <= last)


PERIOD_TO = re.compile(rf"\b[Ff]rom\s+(?P<month>{_MONTH})\s+\d{{1,2}}\s+(?:to|until|through)\s+"
                       rf"(?:(?P<last_month>{_MONTH})\s+)?(?P<day>\d{{1,2}})\b")


ARRIVAL_VERBS = {"arrive", "travel", "fly", "proceed", "move", "head", "go", "continue", "come", "land", "return"}
STAY_NOUNS = {"stop", "destination", "leg"}  # "made a brief stop in X", "the next stop was X"
STAY_WINDOW = 2500  # characters an undated arrival places the meetings after it


def _arrivals(sent: Span, context: _Context) -> list[_Stay]:
    """"I arrived in Tbilisi", "He then travelled to Baku", "On arrival in Yerevan", "My first stop was Yerevan", "A,
    who is on a working trip to New York": where someone now is."""
    found = []
    for token in sent:
        # "A, who is on a working trip to New York, held ...": where A is for the days told
        trip = token.lemma_ in ("trip", "visit") and token.head.lower_ == "on" and token.head.head.lemma_ == "be"
        stay = token.lemma_ in ("stay", "visit", "trip") and token.dep_ == "pobj" and token.head.lower_ in (
            "during", "throughout")
        arrival = token.lemma_ == "arrival" and token.dep_ == "pobj" and token.head.lower_ in ("on", "upon", "after")
        if token.pos_ == "VERB" and token.lemma_ in ARRIVAL_VERBS:
            targets = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "to")
                       for g in c.children if g.dep_ == "pobj"]
            who = _subjects(token)
        elif token.lemma_ in STAY_NOUNS and token.dep_ == "nsubj" and token.head.lemma_ == "be":
            targets = [c for c in token.head.children if c.dep_ == "attr"]
            who = [c for c in token.children if c.dep_ == "poss"]
        elif trip:
            targets = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
                       for g in c.children if g.dep_ == "pobj"]
            who = _subjects(token.head.head)
        elif stay or arrival:  # "During his stay in Bishkek, A held meetings with ...": A meets whom he meets there;
            # "On arrival in Tashkent, A was received by B": A is there
            targets = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "in"
                       for g in c.children if g.dep_ == "pobj"]
            who = _subjects(token.head.head) + [c for c in token.children if c.dep_ == "poss"] + [
                c for c in token.head.head.children if c.dep_ == "nsubjpass"]  # "A was received"
        else:
            continue
        person = _person_of(who, context)
        places = [m for t in targets for m in context.covering(t.i) if m.type == "Place" and not _a_building(m)]
        if person and places:  # not "arrived at X Airport": in a town untold
            found.append(_Stay(places[0].evidence.start, person, places[0], None, arrival=True,
                               working_trip=trip or stay))
    return found


def _town_and_its_state(visit: MeetingRecord) -> bool:
    """"visited Riga, the Republic of Latvia": the town is where the visit to that state went, not a side trip."""
    sentence = visit.evidence[0].sentence
    after = re.search(re.escape(visit.place.text) + r",\s+((?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3})",
                      sentence)
    words = after.group(1).split() if after else []
    return any(lexicon.country_code(" ".join(words[:n])) == visit.place.country for n in range(len(words), 0, -1))


def _person_of(subjects: list[Token], context: _Context) -> Mention | None:
    """The person a subject names: a name, "I"/"my" (the author), "he"/"his" (the last person named)."""
    for subject in subjects:
        named = [m for m in context.covering(subject.i) if m.type == "Person"]
        if named:
            return named[0]
        if subject.lower_ in FIRST_PERSON:
            return context.author_at(subject.idx)
        if subject.lower_ in THIRD_PERSON:
            return context.antecedent(subject)
        reference = TITLE_REFERENCE.match(_text(subject.subtree))
        if reference:
            return context.titled(reference.group(1), subject.i)
        reference = _state_title_reference().match(_text(subject.subtree))
        if reference:  # "the Armenian Foreign Minister"
            return context.titled(reference.group(2), subject.i, lexicon.country_code(reference.group(1)))
    return None


@cache
def _state_title_reference() -> re.Pattern:
    return re.compile(r"\b[Tt]he\s+(" + _demonyms() + r")\s+" + TITLE_TOLD)


def _place_by_stays(meetings: list[MeetingRecord], stays: list[_Stay]) -> None:
    """"My first stop was Yerevan. On May 3, I met B of Armenia": a meeting with no place of its own, of someone
    staying in a town of the other side's state, took place in that town."""
    visits = [m for m in meetings if (m.kind == "visit" or m.visitors) and m.place]  # "visited X to attend the Summit"

    def travellers(visit: MeetingRecord) -> set[str]:
        return {_surname(p) for p in visit.visitors or visit.participants}

    def leg(visit: MeetingRecord) -> bool:  # "paid a visit to Japan, held talks ... and visited Nara"
        return visit.place.type == "Place" and not _town_and_its_state(visit) and any(
            other.place.type == "Country" and other.place.key == visit.place.country and _same_time(other.date, visit.date)
            and travellers(other) & travellers(visit) for other in visits)

    stays = stays + [_Stay(m.evidence[0].start, p, m.place, m.date, until=visit_last_day(m)) for m in visits if not leg(m)
                     for p in m.visitors or m.participants]
    stays += [_Stay(m.evidence[0].start, p, m.place, days[0], until=days[1], working_trip=True)  # meets anyone there
              for m in meetings if m.place and m.place.type == "Place" and m not in visits and m.kind != "telephone-talk"
              and (days := _days_of_one_month(m)) for p in m.participants]  # "attended the Summit in X on May 3-4"
    stays.sort(key=lambda stay: stay.at)
    for meeting in meetings:
        if meeting.place or meeting.kind == "telephone-talk":
            continue
        at = meeting.evidence[0].end  # "A travelled to X and met B": a stay its own sentence tells
        for stay in reversed([s for s in stays if s.at <= at]):
            visitor = _surname(stay.person)
            hosts = {p.country for p in meeting.participants if _surname(p) != visitor}
            if visitor not in {_surname(p) for p in meeting.participants}:
                continue
            during = _within(meeting.date, stay.date, stay.until)  # "visited Japan from May 30 to June 2"
            if (_place_country(stay.place) in hosts or (stay.arrival or during) and (
                    hosts <= {None} or stay.working_trip)) and (
                    during or (_same_time(meeting.date, stay.date) if stay.date
                               else stay.working_trip or at - stay.at <= STAY_WINDOW)):  # the trip a release is about
                meeting.place = stay.place  # (with the host's state untold)
            break  # where the visitor was last said to be
