"""Names of agreements: treaties, declarations, memoranda, plans, contracts, joint statements.

Capitalised names ending in an instrument word ("Japan-Soviet Joint Declaration
of 1956", "Intermediate-Range Nuclear Forces (INF) Treaty"), numbered plans
("the eight-point Cooperation Plan"), acronyms ("New START"), and lower-case
instruments tied to their parties ("a memorandum between X and Y").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg import lexicon
from kg.clean import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

INSTRUMENTS = ("Exchange of Notes|Framework|Treaty|Declaration|Agreements|Agreement|Memorandum of Understanding|Memorandum|Action Plan|Plan|Convention|"
               "Charter|Accord|Accords|Protocol|Joint Statement|Statement|Communiqu[eé]|Contract|Roadmap|"
               "Road Map|Program of Action|Programme of Action|Pact|Final Act")
# "... on X and an intergovernmental agreement on Y", "... and several documents": where a second instrument starts
_ANOTHER = (r"\s+and\s+(?:of\s+)?(?i:(?:the|a\s+number\s+of|an?|several|other|various|\d+|two|three|four)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:agreements?|protocols?|memorand(?:um|a)|notes|documents?|statements?|declarations?|treaty|treaties|contracts?)\b)"
            r"|\s+and\s+(?:[a-z-]+\s+)?(?:agreements|memoranda|protocols|contracts|documents)\b")  # "X and agreements covering Y"
_NOT_ANOTHER = r"(?!" + _ANOTHER + r")"
# verbs that end an instrument's description: "the memorandum with X continues the work of ...", "... provides for"
TOLD_VERB = (r"(?:also\s+)?(?:continues|opens|marks|provides|envisages|aims|covers|allows|gives|sets|lays|creates|establishes|builds|"
             r"expands|strengthens|includes|foresees|reflects|becomes|completes|makes|takes|commits|obliges|stipulates|"
             r"regulates|defines|governs|paves|remains|replaces|enters|brings|adds|extends)\b")
# "... and held a press conference", "... and oversaw the signing": the signers' next act, not more of the name
AND_ACTED = (r"\s+and\s+(?:[a-z]+ed|held|met|made|took|had|gave|set|began|oversaw|saw|went|spoke|led|told|sent|paid|"
             r"laid|left)\b")
# "..., Armenian officials said": whose word it is, not more of the name
ATTRIBUTION = r",\s+(?:[A-Z][\w-]*\s+)?(?:[a-z]+\s+)?(?:said|says|told|reported|added|noted|stressed)\b"
# "in the summer of 2015": when it was signed, not what it is about
_SEASON = r"the\s+(?:early\s+|late\s+)?(?:spring|summer|autumn|fall|winter)\b"
_LOWER = r"(?:(?:the|a|an)\s+[a-z]|(?!(?:the|a|an)\s)[a-z])"  # a subject told in plain words: "on the establishment of"
# "and" joins words of one name, not two names: "the Treaty on X and the Y Statement".
_AND = r"and(?!\s+(?:the\s+|a\s+|an\s+)(?:[A-Z][\w’'-]*\s+){0,5}(?:" + INSTRUMENTS + r")\b)"
_WORD = r"(?:[A-Z][\w’'.–-]*|\d[\w-]*|[A-Z]+)"  # "Russia–DPRK"
_CONNECT = r"(?:of|for|" + _AND + r"|on|in|the|to|between|with|a|an|,)"
_NUMBERED = r"(?:(?:[Tt]he\s+)?(?:[a-z]+|\d+)-point\s+)"
_ACRONYM = r"\((?P<acronym>[A-Z][\w\s-]{0,20})\)"
# a capitalised word, a quoted name (State Concern "Turkmengaz") or a stated acronym ("Bank (JBIC)")
_CAP = (r"(?:[A-Z][\w’'–-]*|\d{1,2}(?:st|nd|rd|th)(?=\s+Century)|“[^”\n]{1,40}”|\"[^\"\n]{1,40}\"|"
        r"\([A-Z][\w-]{1,15}(?:\s+(?:" + INSTRUMENTS + r"|[IVX\d]{1,4}))?\))")  # "... in the 21st Century", "(Phase 2)"
_JOINED = (r"(?:" + _AND + r"|of|the|in|on|for|a|an|at(?=\s+Sea\b)|(?:towards|into)(?=\s+the\s+\d{1,2}(?:st|nd|rd|th)\s+"
           r"Century\b))(?:\s+(?:the|a|an|its|their))?\s+")  # "Incidents at Sea", "... Oriented towards the 21st
# Century", "... of Electric Vehicles and their Components"
# "..., the Agreement on Y": after a comma, the next instrument of a list, not more of this one's name; "the Agency
# under the President of X" is a party's name, and so is the borrower in "a Loan of X to the Republic of Y"
_TAIL = (r"(?:\s+(?:of|for|on|in|between|among|concerning|off|by|with\s+respect\s+to|under(?=\s+the\s+(?:President|Ministry|Government|Cabinet|Central\s+Bank|"
         r"Prime\s+Minister|Office)\b)|to(?=\s+the\s+(?:Republic|Kingdom|Government|State|People's)\b))"
         r"\s+(?:(?:the|a|an)\s+)?(?:\d{4}(?:[-–]\d{2,4}|\s+to\s+\d{4})?|"
         # "... of the two countries"
         r"(?:(?<=of\sthe\s)two|(?<=of\s)both)\s+(?:countries|states|governments|ministries|sides|nations|parties)|"
         + _CAP + r"(?:(?:\s+" + _JOINED + r"|\s+)" + _CAP + r"|,\s+(?:" + _JOINED + r")?(?!(?:" + INSTRUMENTS + r")\b)"
         + _CAP + r"){0,15}))*")


# An instrument known only by its kind ("the Joint Statement") is named by the meeting that adopted it.
GENERIC = re.compile(r"(?:Joint\s+|Final\s+|Political\s+)?(?:" + INSTRUMENTS + r")")
OCCASION = re.compile(r"\s+(?:adopted|issued|signed|concluded|announced)\s+(?:at|during|on\s+the\s+occasion\s+of)\s+"
                      r"the\s+(?:[A-Z][\w’'-]*\s+){0,6}?(?:Summit(?:\s+Meeting)?|Meeting|Visit|Talks|Dialogue|Conference)\b"
                      r"(?:\s+of\s+the\s+(?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*){0,3})?")  # "... Meeting of the Dialogue"
# instrument words that open a document's name in a list of documents signed or exchanged
LISTED = ("Exchange of Notes|Memorandum|Agreement|Treaty|Convention|Protocol|Joint Statement|Joint Declaration|"
          "Declaration|Action Plan|Contract|Loan Agreement|Grant Agreement|Roadmap")
# "an agreement on X", "a memorandum between A and B": an unnamed instrument that states its subject or parties
STATED_SUBJECT = re.compile(r"\s(?:on|between|concerning|for|of)\s")
# "the peace treaty", "the Issue of a Peace Treaty", "the Conclusion of a Peace Treaty": a treaty not yet made
PEACE_TREATY = re.compile(r"(?:[A-Z][\w.]*-[A-Z][\w.]*\s+|[A-Z][a-z]+\s+(?:of|on)\s+(?:the\s+|a\s+)?)?[Pp]eace [Tt]reaty"
                          r"(?:\s+[A-Z][a-z]+)?")


def _without_circumstances(raw: str) -> str:
    """"the Treaty on X in Riga in May, and the Y", "the Statement on X of July 2002, signed by A", "the Memorandum
    on X within the framework of the Y Commission": where, when and under what it was signed, and by whom, is not part
    of its name."""
    raw = re.sub(r",\s+(?:signed|concluded|exchanged|adopted|initialled)\b.*$"
                 r"|\s+of\s+(?:" + "|".join(MONTHS) + r")\b.*$|,?\s+(?:within|in)\s+the\s+framework\s+of\b.*$", "", raw,
                 flags=re.S)
    for match in re.finditer(r",?\s+(?:in|at|on)\s+(?P<word>[A-Z][\w-]*)(?![\w-]|\s+[A-Z(])|,\s+and\s+the\b", raw):
        word = match.group("word")
        before = raw[:match.start()]
        if before.count('"') % 2 or before.count("“") > before.count("”"):
            continue  # '... for "The Project in Tartu"': inside a quoted title
        if word is None or word in MONTHS or lexicon.city(word):  # where it was signed; "... Accord in X" is its subject
            return raw[:match.start()]
    return raw


# a programme is an agreement only when it is shared: "Programme of Cooperation between ...", "the Japan-X Program"
NATIONAL_PROGRAMME = re.compile(r"(?:State\s+)?Program(?:me)?\s+(?:of|for|on)\s.*")
SHARED = re.compile(r"\b(?:[Cc]ooperation|[Pp]artnership|between|among|[Ee]xchanges?|[A-Z][\w.]*-[A-Z][\w.]*)\b")
# a short name given in brackets right after the full one
STATED_ALIAS = re.compile(r"[”\"]?\s*\(((?:the\s+)?[A-Z][^()\n]{2,80}?\b(?:" + INSTRUMENTS + r"))\)")
# a name's subject in plain words ("the Agreement between A and B on cooperation in the field of labour migration"),
# up to the verb or clause that follows it; not "on the same day", "on behalf of"
LOWER_SUBJECT = re.compile(
    r"\s+(?:on|concerning)\s+(?!(?:the\s+)?(?:same|sidelines|margins|occasion|behalf|eve|basis|day|its|their|his|"
    r"her|our|this|that|these|those|very|following|previous|next|morning|evening|afternoon)\b)"
    r"(?:the\s+)?(?:[a-z][a-z-]*|[A-Z][a-z-]+(?=\s+[a-z]))"  # "on the Russian military base"
    r"(?:\s+[\w’'-]+){0,20}?"
    r"(?=\s*[,.;:()\n]|\s*$|" + _ANOTHER + r"|\s+and\s+(?:the\s+)?(?:" + INSTRUMENTS + r")\b"
    r"|\s+(?:issued|adopted|signed|released|announced|concluded|initialled|exchanged|by|which|that|was|were|is|are|has|"
    r"have|had|will|would|during|as|after|before|worth|with|at(?!\s+Sea\b))\b|\s+" + TOLD_VERB +
    r"|\s+and\s+[a-z]+ed\b|\s+(?:in|on)\s+[A-Z\d]|\s+of\s+(?:\d|(?:" + "|".join(MONTHS) + r")\b))")
# "... on the Russian": a name cut at an adjective whose noun is in plain words
DANGLING_ADJECTIVE = re.compile(r"\s+(?:on|concerning)\s+(?:the\s+)?(?P<adjective>[A-Z][a-z-]+)$")
# words that tell which instrument, not its name: "a further memorandum on X", "the existing agreement on Y"
QUALIFIER = re.compile(r"(?:further|existing|similar|new)\s+(?=[a-z])")
# a sentence (or the one before it) telling of documents signed, whose list items count as instruments
DOCUMENT_LIST = re.compile(r"\b(?:documents?|instruments?)\b[^.]*?\b(?:signed|concluded|exchanged)\b"
                           r"|\b(?:signed|concluded|exchanged)\b[^.]*?\b(?:documents?|instruments?|include|including)\b")
SIGNED_BEFORE = re.compile(r"\b(?:signed|concluded|adopted)\s+(?:an?|the)\s+[^.;:]*\s+and\s+(?:an?\s+)?$")  # "signed
# an agreement on X and an agreement on Y": the second of what was signed
WITH_A_PERSON = re.compile(r"^\S+\s+with\s+(?:(?:Mr|Ms|Mrs|Dr|H\.E)\.?|(?:Deputy\s+|Vice\s+)?(?:Director|Minister|President|"
                           r"Ambassador|Chairman|Chairperson|Governor|Mayor|Rector|Prime\s+Minister))\s+[A-Z]")
WITH_ONES_OWN = re.compile(r"\S+\s+with\s+(?:his|her|their|its|our|my|your)\s")
NAME_STOP = re.compile(r"(?<=[a-z]{2})(?<!Mrs)\.\s+(?=[A-Z])")  # a sentence's end, not "U.S." or "Mr."
SENTENCES_BEFORE = 2000  # characters: room for two long sentences
SENTENCE_STOP = re.compile(r"(?<!Mr)(?<!Ms)(?<!Dr)[.!?]\s+(?=[A-Z])|\n\s*\n")
LEAD_INS = {"The", "A", "An", "In", "At", "On", "Then", "Also", "Based", "Under", "Parties", *MONTHS,
            *MONTH_ABBREVIATIONS}  # capitalised words that start no name
LEADING_YEAR = re.compile(r"(?:19|20)\d\d\s+(?=[A-Z])")  # "the 1993 Tokyo Declaration", not "the 1956 Joint Declaration"
# "Building on the X", "2009 of the X", "Adoption of the X" (a heading), "30th Anniversary of the X"
LEAD_IN_PHRASE = re.compile(r"(?:[A-Z][a-z]+ing|\d{4}|Adoption|Implementation|Ratification|Signature|Conclusion)"
                            r"\s+(?:on|upon|to|with|of|the)\b"
                            r"|(?:[A-Z][a-z]+\s+)?(?:Anniversary|Conference)\s+of\b"  # "the Review Conference of the X Treaty"
                            r"|(?:[A-Z][\w-]*\s+)+(?:a|an)\s+(?=[A-Z])")  # "signed in Tallinn a Memorandum"


@dataclass(frozen=True)
class AgreementMatch:
    start: int
    end: int
    name: str  # canonical: acronyms in parentheses removed, article dropped
    aliases: tuple[str, ...]
    listed: bool = False  # an item of a list of documents, which a short line does not make a heading


@cache
def _patterns() -> dict[str, re.Pattern]:
    named = (r"(?<![\w-])(?P<name>" + _NUMBERED + r"?" + _WORD + r"(?:\s+" + _CONNECT + r"){0,3}?"
             r"(?:\s+(?:" + _WORD + r"|" + _ACRONYM + r")(?:\s+" + _CONNECT + r"(?=\s+[A-Z\d])){0,3}){0,15}?"
             r"\s+(?:" + INSTRUMENTS + r")\b(?!\s+(?:" + INSTRUMENTS + r")\b)"  # not "Framework" of "X Framework Convention"
             r"(?:\s+[“\"][A-Z][^\"”\n]{2,80}[”\"])?"  # 'the Joint Statement "Partnership for Peace"'
             r"(?:\s+" + _ACRONYM.replace("acronym", "acronym2") + r")?" + _TAIL + r")")
    numbered_plain = (r"(?<![\w-])(?P<name>" + _NUMBERED + r"(?:[a-z]+\s+)?(?:plan|agenda|initiative|agreement|accord|roadmap)"
                      r"(?:\s+for\s+[a-z]+)?)\b")
    # an unnamed instrument the text says was made: "signed an agreement on the simplification of visa procedures"
    concluded = (r"\b(?:signed|concluded|adopted|approved|issued|initialled|initialed)(?:,\s+among\s+(?:others|them),)?\s+"
                 r"(?:an?|the)\s+(?P<name>(?:[a-z-]+\s+){0,2}?"
                 r"(?:agreement|memorandum|joint\s+statement|joint\s+declaration|declaration|treaty|protocol|"
                 r"action\s+plan|roadmap|road\s+map|program(?:me)?(?=\s+(?:on|of|for)\s))"
                 r"(?:\s+(?:on(?!\s+(?:" + "|".join(WEEKDAYS + MONTHS) + r")\b)|between|concerning|for|of)\s+(?:[^.;:,()\n]|(?<=\d)[.,](?=\d)|,(?=\s+(?!and\b|or\b)[a-z]+(?:\s+[a-z]+)?(?:,|\s+and\s))){3,150}?"
                 # "a joint statement setting out the aims", "... raising relations to X": to the end of the clause
                 r"|\s+(?!during|following|including|according)[a-z]{3,}ing\s+(?:(?!\s+and\s+[a-z]+ed\b)[^.;:,()\n]){3,150})?)"
                 r"(?=" + _ANOTHER + r"|\s*(?:[.;:](?!\d)|,(?!\d|\s+(?!and\b|or\b)[a-z]+(?:\s+[a-z]+)?(?:,|\s+and\s)))|\s+(?:which|that|with|in(?=\s+(?:[A-Z\d]|which\b|" + _SEASON + r"))|" + TOLD_VERB + r"|at|during|to(?!\s+[A-Z\d])|by|as|after|before|prior|through"
                 r"|under|was|were|is)\b"
                 r"|\s+on\s+(?=[A-Z\d])"
                 r"|" + AND_ACTED + r")")
    # "adopted a Joint Statement on expanding the partnership between A and B": a capitalised kind, a plain subject
    concluded_titled = (r"\b(?:signed|concluded|adopted|approved|issued)\s+(?:an?|the)\s+(?P<name>(?:Joint\s+)?"
                        r"(?:Statement|Declaration|Agreement|Memorandum|Treaty|Protocol)\s+(?:on|concerning)\s+"
                        r"(?!(?:the|a|an)\s)[a-z][^.;:()\n]{3,150}?)(?=\s*[.;:]|,\s+(?:which|and)\b|\s+and\s+[a-z]+ed\b)")
    # a quoted document title the text says was signed: signed the "Cooperation Program between ... for 2024-2025"
    quoted = (r"\b(?:signed|concluded|exchanged|signing\s+of)\s+(?:an?\s+|the\s+)?[\"“](?P<name>[A-Z][^\"”\n]{8,300})[\"”]"
              r"|[\"“](?P<told>[A-Z][^\"”\n]{8,120})[\"”]\s+(?:was|were)\s+(?:signed|concluded)\b")  # "X" was signed
    between = (r"(?<![\w-])(?P<name>(?:[Aa]|[Aa]n|[Tt]he|two|three|\d+-year)\s+(?:(?!(?:a|an|the|and)\s)[a-z\d-]+\s+){0,2}"
               r"(?:[Mm]emorand(?:um|a)(?:\s+of\s+(?:understanding|cooperation))?"
               r"|Memorandum\s+of\s+(?:Understanding|Cooperation)(?=\s+(?:on|for|concerning)\s+" + _LOWER + r")"
               r"|[Cc]ontracts?|[Pp]rotocols?|[Ee]xchange\s+of\s+[Nn]otes|Notes|joint\s+(?:statement|declaration)"
               r"|Road\s?map(?=\s+for\s+[a-z]+ing\s)"  # "the Roadmap for supporting investment projects"
               r"|Agreement(?=\s+between\s+the\s+(?:two\s+)?Governments\s+on\s+" + _LOWER + r")"  # "... on economic cooperation"
               r"|(?<=[a-z]{4}\s)agreement(?=\s+between\s)"  # "the investment agreement between A and B", not "an agreement"
               r"|(?:intergovernmental|interstate|intergovernment)\s+agreement)"  # "the intergovernmental agreement on X"
               r"\s+(?:between|among|with|concerning|on|for|of\s+the\s+session)\b(?:" + _NOT_ANOTHER + r"[^.;:]){0,200}?)"
               r"(?=" + _ANOTHER + r"|" + ATTRIBUTION + r"|,\s+(?:(?:the|a|an)\s+)?(?:" + INSTRUMENTS + r")\b|\s+(?:through|by|which|that|was|were|is|had|has|have|would|will|under|to(?!\s+[A-Z\d])|signed|concluded|adopted|issued|exchanged)\b"
               r"|\s+(?:in|at(?!\s+Sea\b))\s+(?=[A-Z\d])|\s+at\s+the\s+(?=[A-Z])|\s+in\s+" + _SEASON + r"|\s+" + TOLD_VERB +
               r"|\s+on\s+(?=\d|(?:" + "|".join(MONTHS + WEEKDAYS) + r")\b)|,(?!\d|\s+(?:the\s+|a\s+|an\s+)?[A-Z]|\s+[a-z]+(?:,|\s+and\s))|[.;:](?!\d)"
               r"|\s+and\s+[a-z]+ed\s+(?:to|the|a|an|on|with|that|in|by)\b)")  # "... and agreed to meet", "and witnessed the"
    # "the Program for Deepening Trade ...", "the Statement by the Prime Minister of X and the President of Y on ..."
    instrument_first = (r"(?<![\w-])(?P<name>(?:Treaty|Convention|Agreement|Declaration|Protocol|Memorandum|Charter|Framework|"
                        r"Founding Act|Final Act|"
                        r"Roadmap|Road Map|Action Plan|Plan|(?:(?:Comprehensive|Cooperation|Action)\s+)*Program(?:me)?"
                        r"|[Ee]xchange of [Nn]otes"
                        r"|(?:Joint\s+)?Statement(?=\s+by\s+the\s+[A-Z][^.;:]*?\s+on\s+the\s+[A-Z])"
                        r"|Statement(?=\s+on\s+the\s+[A-Z][^.;:]*?\b(?:signed|adopted)\b))"  # "the Statement on the X, which they signed"
                        r"(?=\s+(?:on|of|between|for|concerning|by)\s)" + _TAIL + r")")
    # an item of a list of signed documents: "(2) Memorandum on cooperation in the field of education between ..."
    listed = (r"(?m)^[ \t]*(?:\(\w{1,3}\)|\w{1,3}[.)]|[-•*–])[ \t]+(?P<name>(?:(?:a|an|the)\s+)?(?i:" + LISTED + r")\b"
              r"(?:(?!(?<!Mr)(?<!Ms)(?<!Mrs)(?<!Dr)(?<!H\.E)(?<!St)(?<!\s[A-Z])\.\s|\s(?:was|were|is|are|will|would|has|have|had)\s)[^\n:]){5,400}?)"
              r"[ \t]*[.;,]?[ \t]*$")  # no sentence in it ("Mr. A. Tanaka" ends none)
    # "the Tartu agreement", "the Riga agreements", "the Tartu Protocols": a town's name for what was agreed there
    town_agreement = r"(?<![\w-])(?P<name>(?P<town>[A-Z][a-z]+)\s+(?:agreements?|accords?|[Pp]rotocols))\b"
    # "the Protocol of the 20th meeting of the Intergovernmental Commission": the record a session signs
    session_protocol = (r"(?<![\w-])(?P<name>Protocol\s+of\s+the\s+"
                        r"(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+th|first|second|third)\s+(?:meeting|session)\s+of\s+the\s+"
                        r"[A-Z][\w-]*(?:\s+(?:on|of|for|and)?\s*[A-Z][\w-]*){0,8})")
    # "An agreement on technical cooperation between A and B was also signed"
    passive = (r"\b(?:An?|The)\s+(?P<name>(?:agreement|memorandum|protocol|treaty)\s+(?:on|between|concerning)\s+[^.;:()]{3,200}?)"
               r"(?=\s+(?:was|were)\s+(?:also\s+)?(?:signed|concluded|exchanged|initialled)\b)")
    # an item of a list of documents signed: "They include an agreement on X, a treaty on Y, and ..."
    # (and "Among them are an agreement on X and a declaration on Y")
    included = (r"(?:(?<=\binclude\s)|(?<=\bincludes\s)|(?<=\bincluded\s)|(?<=\bincluding\s)|(?<=\bsuch\sas\s)"
                r"|(?<=\bthem\sare\s)|(?<=\bthem\swere\s)|(?<=,\s)|(?<=\sand\s))(?:an?)\s+(?P<name>(?:[a-z-]+\s+)?"
                r"(?:agreement|treaty|memorandum|protocol|program(?:me)?|plan|roadmap|document|declaration|contract|"
                r"convention)"
                r"\s+(?:on|between|concerning|of)\s+(?:[^.;:,()\n]|(?<=\d)[.,](?=\d)|,(?=\s+[a-z]+(?:,|\s+and\s))){3,150}?)"
                r"(?=\s*(?:[.;]|,(?!\s+(?!and\b|or\b)[a-z]+(?:,|\s+and\s)))|\s+and\s+(?:an?|the)\s|\s+which\b|" + _ANOTHER + r")")
    # "the bilateral investment agreement signed in October 2014", "the trilateral statement of 9 November 2020":
    # an instrument known by its kind and when (or by whom) it was made
    signed_then = (r"\b(?:the|an?)\s+(?P<name>(?!(?:same|other|new|previous|latest|first|last)\b)(?:[a-z-]+\s+){1,3}"
                   r"(?:agreement|treaty|memorandum|protocol|accord|convention|(?<=trilateral\s)statement)"
                   r"(?P<date>\s+of\s+(?:\d{1,2}\s+)?(?:" + "|".join(MONTHS) + r")(?:\s+\d{1,2})?,?\s+\d{4})?)"
                   r"(?:\s+(?:signed|concluded)\s+(?:in|on|at|last|by)\s|(?(date)|(?!)))")
    # "signed and exchanged notes concerning grant aid of ... for the X Programme"
    notes = (r"\bexchanged\s+(?:the\s+)?(?P<name>[Nn]otes\s+(?:concerning|on|for|with)\s+(?:[“\"][^”\"\n]*[”\"]|[^.;:()“\",]"
             r"|(?<=\d)\.(?=\d)){3,200}?(?:\s+\([A-Z]{2,10}\))?)(?=\s*[.;:,])")  # '... for "The X Project", with ...'
    # "an Exchange of Notes was signed", "a Protocol was signed": a document known only by its kind
    told_signed = (r"\b(?:an?|An?)\s+(?P<name>(?:Joint\s+)?(?:Exchange of Notes|Protocol|Memorandum(?: of Understanding)?|"
                   r"Agreement|Statement|Declaration|Treaty|Contract))\s+(?:was|were)\s+(?:also\s+)?"
                   r"(?:signed|concluded|exchanged|adopted)\b")
    # "the Estonia-Latvia fisheries cooperation agreement of 1985": the two states, then the instrument in plain words
    pair_plain = (r"\b(?:the|The)\s+(?P<name>[A-Z][\w.]*-[A-Z][\w.]*\s+(?:(?!peace\b)[a-z-]+\s+){1,3}"
                  r"(?:agreement|treaty|convention|memorandum|protocol|accord)(?:\s+of\s+(?:19|20)\d\d)?)\b")
    acronyms = r"(?<![\w-])(?P<name>" + "|".join(re.escape(a) for a in sorted(lexicon.AGREEMENT_ACRONYMS, key=len, reverse=True)) + r")(?![\w-])"
    return {name: re.compile(p) for name, p in
            [("named", named), ("instrument_first", instrument_first), ("numbered", numbered_plain), ("between", between),
             ("concluded", concluded), ("concluded_titled", concluded_titled), ("quoted", quoted), ("town", town_agreement),
             ("session_protocol", session_protocol),
             ("passive", passive), ("notes", notes), ("included", included), ("signed_then", signed_then),
             ("listed", listed), ("told_signed", told_signed), ("pair_plain", pair_plain), ("acronyms", acronyms)]}


def _canonical(name: str) -> tuple[str, tuple[str, ...]]:
    """Drop the article, a closing year and parenthesised acronyms; the acronyms become aliases."""
    name = " ".join(name.split())
    name = re.sub(r"^(?:the|a|an|The|A|An)\s+", "", name)
    undated = re.sub(r"\s+(?:of|in)\s+(?:19|20)\d\d$", "", name)
    if not re.fullmatch(r"[\w.]+-[\w.]+\s+" + GENERIC.pattern, undated):
        name = undated  # "the Tallinn Agreement of 1997", "signed in 2002"; not "the Estonia-Latvia Joint Statement of 2022"
    aliases, stated = [], []
    instrument = re.search(r"\b(" + INSTRUMENTS + r")\b", name)
    for acronym in re.findall(r"\(([^()]+)\)", name):
        if re.fullmatch(r"(?:Phase|Stage|Part|Tranche)\s+[IVX\d]+", acronym):
            continue  # "Project (Phase II)" is part of the name
        at = name.index("(" + acronym)
        if instrument and at < instrument.start():  # "Nuclear Forces (INF) Treaty"
            aliases.append(f"{acronym} {instrument.group(1)}")
        elif instrument and (at == instrument.end() + 1 or name.endswith(f"({acronym})")):
            aliases.append(acronym)  # "Treaty on X (TX)"; "Bank (JBIC)" inside the name is the bank's
        else:
            continue
        stated.append(acronym)
    if stated:
        name = re.sub(r"\s*\((?:" + "|".join(re.escape(a) for a in stated) + r")\)", "", name)
    name = re.sub(r"(?<=[a-z])\d+$", "", name)  # footnote marker glued to the last word
    if name in lexicon.AGREEMENT_ACRONYMS:
        aliases.append(name)
        name = lexicon.AGREEMENT_ACRONYMS[name]
    if re.match(r"^[a-z]+-point\b", name):
        name = name[0].upper() + name[1:]
    return name, tuple(aliases)


def _sentence_before(text: str, start: int) -> str:
    """The sentence up to `start`, with the sentence before it ("Documents were signed. They include ...")."""
    window = max(0, start - SENTENCES_BEFORE)  # not the whole text before every list item
    stops = [m.end() for m in SENTENCE_STOP.finditer(text, window, start)]
    return text[stops[-2] if len(stops) > 1 else window:start]


def _rest_of_sentence(text: str, start: int) -> str:
    """From `start` to its sentence's end ("... including an agreement on X, were signed")."""
    stop = SENTENCE_STOP.search(text, start)
    return text[start:stop.end() if stop else len(text)]


def find_agreements(text: str) -> list[AgreementMatch]:
    """Every agreement name in a text, longest first where they overlap."""
    found: list[AgreementMatch] = []
    for kind, pattern in _patterns().items():
        for match in pattern.finditer(text):
            group = "told" if "told" in pattern.groupindex and match.group("told") else "name"
            start, end = match.span(group)
            raw = match.group(group)
            if "\n" in raw:  # a name never runs over a line: "...Ukraine.\n\n(C) Energy\n\nUnder the X Agreement"
                cut = raw.rindex("\n") + 1
                if re.search(r"\b(?:" + INSTRUMENTS + r")\b", raw[cut:]):
                    start, raw = start + cut, raw[cut:]
                else:  # "the Action Plan of\nMay 2000": the name ends with its line
                    raw = re.sub(r"(?:\s+(?:of|for|on|in|between|among|concerning|by|and|the|a|an))+$", "",
                                 raw[:raw.index("\n")].rstrip())
            stop = None
            for stop in NAME_STOP.finditer(raw):
                pass
            if stop and re.search(r"\b(?:" + INSTRUMENTS + r")\b", raw[stop.end():]):
                start, raw = start + stop.end(), raw[stop.end():]  # "... of Georgia. The Memorandum on X": after the stop
            if re.match(r"\s*(?:Organi[sz]ation|Organ)\b", text[end:end + 15]):
                continue  # "Collective Security Treaty Organization" is a body, not a treaty
            if kind == "town" and not lexicon.city(match.group("town")):
                continue
            while kind == "named" and (raw.split()[0] in LEAD_INS or re.fullmatch(r"[A-Z]|\d{1,2}|[IVXL]{2,}", raw.split()[0])
                                       or LEAD_IN_PHRASE.match(raw) or re.match(r"\S+\s+the\s", raw)
                                       and lexicon.city(raw.split()[0])):  # "2009.9  The Agreement ...": a date's
                # end; "Article XIV of"; "signed in Riga the Joint Declaration": where it was signed
                # "in May of the Agreement between ...": the name starts after the lead-in words
                lead = re.match(r"(?:\S+\s+)(?:(?:of|on|in|the|to|for|with|a|an)\s+)*", raw).group(0)
                start += len(lead)
                raw = raw[len(lead):]
            article = re.match(r"(?:a|an|the)\s+", raw, re.I)
            if kind == "between" and article:  # so that "the Exchange of Notes ..." competes with the named match
                start, raw = start + article.end(), raw[article.end():]
            qualifier = QUALIFIER.match(raw)
            if qualifier:
                start, raw = start + qualifier.end(), raw[qualifier.end():]
            if kind == "between" and (WITH_A_PERSON.search(raw) or WITH_ONES_OWN.match(raw)):
                continue  # "a memorandum with Director A", "a memorandum with her colleagues": whom, not its name
            if kind == "between" and re.match(r"\S+\s+with\s", raw) and text[:start].endswith(("the ", "The ")) \
                    and re.match(r"\s+" + TOLD_VERB, text[end:]):
                continue  # "The memorandum with X continues ...": the one already named, told again
            if kind == "concluded" and (text[:start].endswith(("the ", "The ")) and not STATED_SUBJECT.search(raw)
                                        or re.fullmatch(r"agreement|treaty|protocol|memorandum", raw)):
                continue  # "signed the agreement": one the text has already named; "signed an agreement": which?
            if kind == "included" and not DOCUMENT_LIST.search(_sentence_before(text, start) + _rest_of_sentence(text, start)) \
                    and not SIGNED_BEFORE.search(_sentence_before(text, start)):
                continue  # "a plan of action, a strategy of ...": a list, but not of documents signed ("signed an
                # agreement on X and an agreement on Y" is)
            if kind == "quoted":
                raw = raw.rstrip(".,;")  # signed the "X." (the stop inside the quotes)
            dated = kind == "signed_then" and match.group("date")
            raw = _without_circumstances(raw) if not dated else raw
            raw = re.sub(r"\s*\((?:signed|concluded|exchanged|adopted)\b[^()]*\)$", "", raw)  # "(signed by A and B)"
            end = start + len(raw)
            dangling = DANGLING_ADJECTIVE.search(raw)
            if (kind in ("named", "instrument_first") and dangling and lexicon.country_code(dangling.group("adjective"))
                    and LOWER_SUBJECT.match(text, start + dangling.start())):
                raw, end = raw[:dangling.start()], start + dangling.start()  # the subject below takes it up again
            name, aliases = _canonical(raw)
            subject = LOWER_SUBJECT.match(text, end) if kind in ("named", "instrument_first") or dated else None
            if subject:  # "the Press Statement on joint economic activities issued by ..."
                end = subject.end()
                name = f"{name} {' '.join(subject.group(0).split())}"
            year = LEADING_YEAR.match(name) if kind == "named" else None
            if year and not GENERIC.fullmatch(name[year.end():]):  # "the 2000 Treaty of X": its name, the year an alias
                start, name, aliases = start + year.end(), name[year.end():], (*aliases, name)
            if kind in ("named", "instrument_first") and len(name.split()) < 2 and not aliases or PEACE_TREATY.fullmatch(name):
                continue  # an unconcluded "peace treaty" is a topic, not an agreement
            if kind in ("named", "instrument_first") and NATIONAL_PROGRAMME.fullmatch(name) and not SHARED.search(name):
                continue  # "the Programme for the Development of the State Language": a state's policy
            if dated:  # "the trilateral statement of 9 November 2020", also known as "the trilateral statement"
                aliases = (*aliases, name.replace(" " + " ".join(match.group("date").split()), "", 1))
            alias = STATED_ALIAS.match(text, end)
            if alias and kind in ("named", "quoted", "instrument_first"):  # '"Agreement between A and B ..." (A-B Agreement)'
                end, aliases = alias.end(), (*aliases, alias.group(1))
            occasion = OCCASION.match(text, end)
            if occasion and kind == "named" and GENERIC.fullmatch(name):
                end = occasion.end()  # "the Joint Statement adopted at the Japan-Uzbekistan Summit Meeting"
                name, aliases = f"{name} {' '.join(occasion.group(0).split())}", (*aliases, name)
            found.append(AgreementMatch(start, end, name, aliases, listed=kind == "listed"))
    found.sort(key=lambda m: (m.start, -(m.end - m.start), not m.listed))  # a list item is never a heading
    kept: list[AgreementMatch] = []
    for match in found:
        if kept and match.start < kept[-1].end:
            continue
        kept.append(match)
    return kept
