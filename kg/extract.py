"""Turn an annotated spaCy Doc into records: typed mentions and meetings, with evidence."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg import lexicon
from kg.clean import CleanText, DocumentMeta
from kg.meetings import country_pairs, extract_meetings, named_countries
from kg.people import country_of
from kg.records import DocumentRecords, Evidence, Mention

LABEL_TYPES = {"PERSON": "Person", "COUNTRY": "Country", "REGION": "Region", "ORG": "Organization",
               "AGREEMENT": "Agreement", "PLACE": "Place", "FAC": "Place", "LOC": "Place", "GPE": "Place",
               "ORGANIZATION": "Organization", "ORGANISATION": "Organization", "TREATY": "Agreement"}
IGNORED_LABELS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "NORP", "LANGUAGE",
                  "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}
_ARTICLE = re.compile(r"^(?:the|The)\s+")
_HONORIFIC = re.compile(r"^(?:(?:" + "|".join(re.escape(h) for h in lexicon.HONORIFICS) + r")\s+)+")
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")


def evidence_for(span: Span, clean: CleanText, doc_id: str, original: str) -> Evidence:
    """Evidence of a span: its offsets and quote in the original file, and its sentence."""
    start, end = clean.to_original(span.start_char, span.end_char)
    return Evidence(doc=doc_id, start=start, end=end, quote=original[start:end],
                    sentence=" ".join(span.sent.text.split()))


def sentence_evidence(sents: list[Span], clean: CleanText, doc_id: str, original: str) -> Evidence:
    """Evidence spanning whole sentences (for meetings)."""
    first, last = sents[0], sents[-1]
    start, end = clean.to_original(first.start_char, last.end_char)
    text = " ".join(" ".join(s.text.split()) for s in sents)
    return Evidence(doc=doc_id, start=start, end=end, quote=original[start:end], sentence=text)


def _region_key(text: str) -> str | None:
    name = re.sub(r"\s+[Rr]egion$", "", _ARTICLE.sub("", text))
    for key, names in lexicon.REGIONS.items():
        if name in names or "the " + name in names:
            return key
    return None


def _organization(text: str) -> tuple[str, str | None]:
    """Canonical organisation name (international bodies by their full name) and its key."""
    for name, acronyms in lexicon.INTERNATIONAL_ORGANIZATIONS.items():
        if text == name or text in acronyms:
            return name, name
    return text, None


def mention_of(ent: Span, evidence: Evidence) -> Mention | None:
    """Type an entity span and normalise its name; None for spans that are not entities."""
    label = ent.label_
    if label == "NORP" and ent.text.strip() in lexicon.gazetteer().by_name:
        label = "GPE"  # "Tajikistan" taken for a nationality
    if label in IGNORED_LABELS:
        return None
    text = _POSSESSIVE.sub("", " ".join(ent.text.split())).strip(" ,;:")
    if text.endswith(".") and not re.search(r"\b[A-Z]\.$", text):
        text = text[:-1]  # keep "U.S." whole
    bare = _ARTICLE.sub("", text)
    if not bare or not bare[0].isupper() and label != "AGREEMENT":
        return None
    if label == "PERSON":
        name = ent._.person_name or _HONORIFIC.sub("", bare)
        if len(name) < 2 or not name[0].isupper():
            return None
        return Mention("Person", text, name, evidence, office=ent._.office, country=ent._.country)
    if label == "COUNTRY" and ent.ent_id_:
        code = ent.ent_id_
        known = lexicon.gazetteer().countries.get(code)  # a user's pattern may name a state ISO 3166 lacks
        return Mention("Country", text, known.name if known else bare, evidence, key=code)
    if label == "REGION":
        return Mention("Region", text, bare, evidence, key=ent.ent_id_ or _region_key(text))
    if label == "AGREEMENT":
        name = ent._.canonical or bare
        parties = tuple(dict.fromkeys([c for pair in country_pairs(name) for c in pair] + named_countries(name)))
        return Mention("Agreement", text, name, evidence, aliases=tuple(ent._.aliases or ()), parties=parties)
    if label in ("GPE", "LOC", "ORG", "FAC", "COUNTRY"):
        code = lexicon.country_code(text)
        if code:
            return Mention("Country", text, lexicon.gazetteer().countries[code].name, evidence, key=code)
        region = _region_key(text)
        if region:
            return Mention("Region", text, bare, evidence, key=region)
        name, key = _organization(bare)
        if key:
            return Mention("Organization", text, name, evidence, key=key)
    if label == "ORG" and lexicon.city(bare, lexicon.MAJOR_CITY):
        label = "GPE"  # "Dushanbe" taken for an organisation
    if label == "ORG":
        name, key = _organization(bare)
        return Mention("Organization", text, name, evidence, key=key, country=None if key else country_of(bare))
    if label in ("GPE", "LOC", "FAC", "PLACE"):
        # a dateline's "BISHKEK, May 2"
        known = lexicon.city_in_capitals(ent._.canonical or bare) if label == "GPE" else lexicon.city(bare)
        if known and (label != "FAC" or known[0] == bare or " " not in bare):  # "the Ulaanbaatar branch", but not
            # "the White House", a name Casablanca also has
            return Mention("Place", text, known[0], evidence, country=known[1])
        bare = re.sub(r"\b(Prefecture|Province|Region|Oblast)s$", r"\1", bare)  # "Iwate and Fukushima Prefectures"
        japanese = "Prefecture" in bare or bare in lexicon.JAPANESE_PREFECTURES or bare in lexicon.JAPANESE_REGIONS
        country = "JP" if japanese else lexicon.TERRITORIES.get(bare) or country_of(bare)
        return Mention("Place", text, bare, evidence, country=country)
    type_ = LABEL_TYPES.get(label, label.capitalize())
    return Mention(type_, text, bare, evidence, key=ent.ent_id_ or None)


def extract(doc: Doc, clean: CleanText, meta: DocumentMeta, doc_id: str, original: str) -> DocumentRecords:
    """All records of one document."""
    records = DocumentRecords(doc=doc_id, title=meta.title, year=meta.year)
    by_span: dict[tuple[int, int], Mention] = {}
    for ent in doc.ents:
        mention = mention_of(ent, evidence_for(ent, clean, doc_id, original))
        if mention is not None:
            records.mentions.append(mention)
            by_span[(ent.start, ent.end)] = mention
        for start, end, label, key in (ent._.parts or []) if ent.label_ in ("AGREEMENT", "PERSON") else []:
            part = doc.char_span(start, end, label=label, span_id=key)  # the ministries a memorandum is between,
            # the state in a title ("President of the Republic of Latvia A")
            inner = mention_of(part, evidence_for(part, clean, doc_id, original)) if part is not None else None
            if inner is not None:
                records.mentions.append(inner)
    _place_countries_from_apposition(doc, by_span)
    _our_people(doc, by_span)
    meetings, counts, topics = extract_meetings(doc, by_span, meta,
                                                lambda sents: sentence_evidence(sents, clean, doc_id, original))
    records.meetings.extend(meetings)
    records.counts.extend(counts)
    records.named_topics.extend(topics)
    return records


def _place_countries_from_apposition(doc: Doc, by_span: dict[tuple[int, int], Mention]) -> None:
    """"Karakol, Kyrgyzstan" and "Hagi City, Yamaguchi Prefecture": the text says where a place is."""
    spans = sorted(by_span)
    for (start, end), (next_start, next_end) in zip(spans, spans[1:]):
        place, container = by_span[(start, end)], by_span[(next_start, next_end)]
        if place.type != "Place" or next_start != end + 1 or doc[end].text != ",":
            continue
        if container.type == "Country":
            place.country = container.key
        elif container.type == "Place" and container.country and not place.country:
            place.country = container.country


def _our_people(doc: Doc, by_span: dict[tuple[int, int], Mention]) -> None:
    """"our Foreign Minister A", "our then President B" in an ambassador's interview: the author's compatriots.
    The author is the one a heading or byline introduces ("Interview with A, Ambassador of X to Japan", "By A")."""
    people = sorted((span, m) for span, m in by_span.items() if m.type == "Person")
    author = next((m for (start, _), m in people if start and start < 200 and doc[start - 1].lower_ in ("by", "with")
                   and m.country), None)
    if author is None:
        return
    for (start, _), mention in people:
        before = [t.lower_ for t in doc[max(0, start - 3):start]]
        if mention.country is None and "our" in before and not {",", ".", ";"} & set(before[before.index("our"):]):
            mention.country = author.country

