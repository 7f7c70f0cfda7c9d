"""Resolve mentions into entities and meeting mentions into meetings, across documents.

People: full names that share their tokens are one person ("Ivan Petrovich
Ivanov" ~ "Ivan Ivanov", "Hayashi Yoshimasa" ~ "Yoshimasa Hayashi"); a bare
surname joins the one full name in its document (else in the corpus) that
contains it, and never two people at once; bare surnames without a full name
merge only when their countries and offices do not conflict. Countries and
regions resolve by code; organisations and agreements by name, acronym and
head words; places by canonical name. Meetings merge when kind, date, place and
participants agree.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache

from kg import lexicon
from kg.meetings import CEREMONY, KIND_LABELS, YEAR_WORD, country_pairs, visit_last_day
from kg.people import GIVEN_PATRONYMIC
from kg.records import DocumentRecords, Entity, Evidence, Meeting, MeetingRecord, Mention

STOPWORDS = {"the", "a", "an", "of", "for", "and", "on", "in", "to", "between", "among", "with"}
INSTRUMENT_WORDS = {"treaty", "declaration", "agreement", "memorandum", "plan", "convention", "charter", "accord",
                    "protocol", "statement", "communique", "communiqué", "contract", "roadmap", "pact", "accords"}


def slug(text: str) -> str:
    """A readable, IRI-safe identifier for any name (non-Latin names keep a hash suffix)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    value = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:80]
    if not value or len(value) < len(text.strip()) / 3:
        import hashlib

        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
        value = f"{value}-{digest}" if value else digest
    return value


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[int]]:
        groups: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            groups[self.find(i)].append(i)
        return list(groups.values())


# Spellings of one Cyrillic or Turkic name in English: "Kholmatov"/"Holmatov", "Nurzhan"/"Nur-Jan",
# "Sergey"/"Sergei"; compared letter-wise after these rewrites.
TRANSLITERATIONS = [("-", ""), ("kh", "h"), ("zh", "j"), ("dj", "j"), ("y", "i")]


def _without_accents(name: str) -> str:
    """"Erdoğan" -> "Erdogan", "Yıldırım" -> "Yildirim": one name, however a text spells its letters."""
    decomposed = unicodedata.normalize("NFKD", name.replace("ı", "i").replace("ł", "l").replace("ø", "o"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _name_tokens(name: str) -> frozenset[str]:
    tokens = []
    for token in re.split(r"\s+", _without_accents(name).lower()):
        for spelling, common in TRANSLITERATIONS:
            token = token.replace(spelling, common)
        tokens.append(re.sub(r"(.)\1", r"\1", token))  # "Kassym"/"Kasym"
    return frozenset(t for t in tokens if t)


def _without_surname_suffix(tokens: frozenset[str]) -> frozenset[str]:
    """"Anvar Saidov" and "Anvar Said": a full name whose surname drops "-ov" or "-ev"."""
    return frozenset(re.sub(r"(?<=\w{3})[oe]v$", "", t) for t in tokens)


@dataclass
class Resolution:
    entities: dict[str, Entity] = field(default_factory=dict)
    entity_of: dict[int, str] = field(default_factory=dict)  # id(mention) -> entity id
    meetings: list[Meeting] = field(default_factory=list)


def resolve(documents: list[DocumentRecords]) -> Resolution:
    """Entities and meetings of the whole corpus."""
    result = Resolution()
    mentions = [m for d in documents for m in d.mentions]
    by_type: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_type[mention.type].append(mention)
    for type_, group in sorted(by_type.items()):
        clusters = {
            "Person": _person_clusters,
            "Agreement": _agreement_clusters,
        }.get(type_, _keyed_clusters)(group)
        for cluster in clusters:
            _add_entity(result, type_, cluster)
    _link_countries(result)
    meeting_mentions = [m for d in documents for m in d.meetings]
    result.meetings = _merge_meetings(result, meeting_mentions)
    return result


SPOUSE = re.compile(r"\b(?:wife|wives|husband|spouse)\b", re.I)  # "the two leaders and their wives, A and B"


def _person_clusters(mentions: list[Mention]) -> list[list[Mention]]:
    """Cluster person mentions; work is per distinct name form, so 100,000 repeats of a name cost one."""
    uf = _UnionFind(len(mentions))
    forms: dict[tuple[frozenset, str | None], list[int]] = defaultdict(list)
    for i, mention in enumerate(mentions):
        forms[(_name_tokens(mention.name), mention.country)].append(i)
    for indexes in forms.values():
        for i in indexes[1:]:
            uf.union(indexes[0], i)
    by_tokens: dict[frozenset, list[tuple[frozenset, str | None]]] = defaultdict(list)
    for form in forms:
        by_tokens[form[0]].append(form)
    # A name stated without a country is the one person of that name whose country is stated.
    for tokens, same_name in by_tokens.items():
        stated = [f for f in same_name if f[1]]
        if len(stated) == 1 and (tokens, None) in forms:
            uf.union(forms[(tokens, None)][0], forms[stated[0]][0])
    containing: dict[str, set[frozenset]] = defaultdict(set)
    for tokens in by_tokens:
        if len(tokens) >= 2:
            for token in tokens:
                containing[token].add(tokens)
    # Full names: one name's tokens within another's (patronymics, middle names, either order).
    for tokens in by_tokens:
        if len(tokens) < 2:
            continue
        for larger in set.intersection(*(containing[t] for t in tokens)) - {tokens}:
            for a in by_tokens[tokens]:
                for b in by_tokens[larger]:
                    if not (a[1] and b[1] and a[1] != b[1]):
                        uf.union(forms[a][0], forms[b][0])
    # "Islam A. Karimov": a middle initial stands for the middle name of "Islam Abduganievich Karimov".
    for tokens in by_tokens:
        initials = {t for t in tokens if re.fullmatch(r"\w\.?", t)}
        core = tokens - initials
        if not initials or len(core) < 2:
            continue
        for larger in set.intersection(*(containing[t] for t in core)) - {tokens}:
            if all(any(r.startswith(i.rstrip(".")) for r in larger - core) for i in initials):
                for a in by_tokens[tokens]:
                    for b in by_tokens[larger]:
                        if not (a[1] and b[1] and a[1] != b[1]):
                            uf.union(forms[a][0], forms[b][0])
    # "Vladimir Vladimirovich", as a speaker addresses him: the one person of that given name in the document.
    docs_of = {form: {mentions[k].evidence.doc for k in indexes} for form, indexes in forms.items()}
    for form, indexes in forms.items():
        given, *rest = mentions[indexes[0]].name.lower().split()
        if len(rest) != 1 or not GIVEN_PATRONYMIC.search(rest[0]) or any(mentions[i].office for i in indexes):
            continue  # "Mikhail Myasnikovich, Chairman of ...": a surname in -ovich, told as such
        key = next(iter(_name_tokens(given)))  # "grigory" is kept as "grigori"
        with_surname = [tokens for tokens in containing.get(key, set()) - {form[0]}
                        if not (len(tokens) == 2 and GIVEN_PATRONYMIC.search(min(tokens - {key}, default="")))]
        named = {uf.find(forms[f][0]) for tokens in with_surname for f in by_tokens[tokens]
                 if docs_of[f] & docs_of[form]
                 and mentions[forms[f][0]].name.lower().startswith(given)}  # his given name, not "Rustami Emomali"
        if len(named) == 1:
            uf.union(indexes[0], named.pop())
    loose: dict[frozenset, list[tuple[frozenset, str | None]]] = defaultdict(list)
    for form in forms:
        if len(form[0]) >= 2:
            loose[_without_surname_suffix(form[0])].append(form)
    for same in loose.values():
        for a, b in zip(same, same[1:]):
            if not (a[1] and b[1] and a[1] != b[1]):
                uf.union(forms[a][0], forms[b][0])
    # "D. Tamm", "Sh. Tamm": the one person of that surname whose given name has that initial, in the document
    # first, then the corpus.
    for form, indexes in forms.items():
        *given, surname = mentions[indexes[0]].name.split()
        if not given or not all(INITIAL.fullmatch(g) for g in given):
            continue
        initial = given[0][0].lower()
        full = [f for tokens in containing.get(next(iter(_name_tokens(surname))), set()) - {form[0]}
                for f in by_tokens[tokens] if not (form[1] and f[1] and f[1] != form[1]) and _given_initial(
                    mentions[forms[f][0]].name, surname) == initial]
        for scope in ("document", "corpus"):
            roots = {uf.find(forms[f][0]) for f in full if scope == "corpus" or docs_of[f] & docs_of[form]}
            if len(roots) == 1:
                uf.union(indexes[0], roots.pop())
            if roots:
                break
    # Bare surnames: the one full-name person containing them, in the document first, then the corpus.
    attached: set[int] = set()
    for (tokens, country), indexes in forms.items():
        if len(tokens) != 1:
            continue
        full = [f for larger in containing.get(next(iter(tokens)), ()) for f in by_tokens[larger]
                if not (country and f[1] and f[1] != country)]
        by_doc: dict[str, list[int]] = defaultdict(list)
        for i in indexes:
            by_doc[mentions[i].evidence.doc].append(i)
        for doc, in_doc in by_doc.items():
            for scope in ("document", "corpus"):
                roots = {uf.find(forms[f][0]) for f in full if scope == "corpus" or doc in docs_of[f]}
                if len(roots) == 1:
                    root = roots.pop()
                    for i in in_doc:
                        uf.union(i, root)
                    attached.update(in_doc)
                for i in in_doc if len(roots) > 1 else []:  # "President Tamm" of two Tamms: the President
                    same_office = {uf.find(forms[f][0]) for f in full if (scope == "corpus" or doc in docs_of[f])
                                   and any(_holds(mentions[k].office, mentions[i].office) for k in forms[f])}
                    not_spouses = {uf.find(forms[f][0]) for f in full if (scope == "corpus" or doc in docs_of[f])
                                 and not all(SPOUSE.search(mentions[k].evidence.sentence) for k in forms[f])}
                    if len(same_office) == 1 or not same_office and len(not_spouses) == 1:  # "Erdogan", beside his
                        uf.union(i, (same_office or not_spouses).pop())  # wife Emine Erdogan: he
                        attached.add(i)
                if roots or in_doc[0] in attached:
                    break
    # Bare surnames with no full name anywhere: one person unless their countries conflict.
    bare: dict[frozenset, list[int]] = defaultdict(list)
    for (tokens, _), indexes in sorted(forms.items(), key=lambda item: item[1][0]):
        if len(tokens) == 1:
            bare[tokens].extend(i for i in indexes if i not in attached)
    for indexes in bare.values():
        for a, b in zip(indexes, indexes[1:]):
            if _compatible(mentions[a], mentions[b]):
                uf.union(a, b)
    return [[mentions[i] for i in sorted(g)] for g in uf.groups()]


def _given_initial(name: str, surname: str) -> str | None:
    """The initial of a full name's given name ("Dunyagozel Tamm" -> "d"); None if it is given as initials."""
    given = [w for w in name.split() if w.lower() != surname.lower()]
    return given[0][0].lower() if given and not any(INITIAL.fullmatch(w) for w in given) else None


INITIAL = re.compile(r"[A-Za-z][a-z]?\.(?:[A-Za-z]\.)*")  # "D.", "Sh.", "D.A."


def _holds(office: str | None, title: str | None) -> bool:
    """The office is the title, or the title of a state: "President of the Republic of Latvia" for "President"."""
    if not office or not title or office.lower() == title.lower():
        return bool(office and title)
    of_a_state = title.lower() + " of "
    if not office.lower().startswith(of_a_state):
        return False
    state = re.sub(r"\s+Republic$", "", office[len(of_a_state):].removeprefix("the "))  # "the Estonian Republic"
    return lexicon.country_code(state) is not None


def _compatible(a: Mention, b: Mention) -> bool:
    """Two person mentions may be one person: no conflicting country."""
    return not (a.country and b.country and a.country != b.country)


def _agreement_key(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """(content words up to the instrument word, all content words) of an agreement name."""
    words = [w.lower() for w in re.findall(r"[\w’'-]+", name)]
    content = [w for w in words if w not in STOPWORDS]
    head: list[str] = []
    for word in content:
        head.append(word)
        if word in INSTRUMENT_WORDS:
            break
    return frozenset(head), frozenset(content)


GENERIC_WORDS = INSTRUMENT_WORDS | {"joint", "action", "understanding", "exchange", "notes", "final", "political"}


def _is_generic(name: str) -> bool:
    """A name that is only instrument words ("Joint Statement", "Memorandum of Understanding") names no one thing."""
    content = [w for w in re.findall(r"[\w’'-]+", name.lower()) if w not in STOPWORDS]
    return all(w in GENERIC_WORDS for w in content)


SIGNATORIES = re.compile(r"\s+(?:by\s+the\s+(?:prime\s+minister|president|minister|leaders?|heads?)\b|between\s)"
                         r".*?\s+(?=on\s|concerning\s|regarding\s|for\s)")


NUMBERED = re.compile(r"[\w]+-point\s")


def _agreement_clusters(mentions: list[Mention]) -> list[list[Mention]]:
    """Same name or alias, or the same head words ("Japan-Soviet Joint Declaration [of 1956]"); compared per
    distinct name, so repeats cost nothing."""
    by_name: dict[str, list[int]] = defaultdict(list)
    for i, mention in enumerate(mentions):
        name = mention.name.lower()
        if _is_generic(name):  # "the Joint Statement" of one readout is not another readout's, nor always the same
            name += f" @{mention.evidence.doc} #{mention.evidence.start:09d}"
        by_name[name].append(i)
    names = sorted(by_name)
    uf = _UnionFind(len(names))
    alias_owner: dict[str, int] = {}
    for index, name in enumerate(names):
        for alias in {name} | {a.lower() for i in by_name[name] for a in mentions[i].aliases}:
            if alias in alias_owner:
                uf.union(alias_owner[alias], index)
            alias_owner.setdefault(alias, index)
    keys = [_agreement_key(name.split(" @")[0]) for name in names]
    latest_generic: dict[tuple[str, str], int] = {}
    for index, name in enumerate(names):  # "the Joint Statement" after "the Joint Statement on X" in one text
        if " @" in name:
            bare, _, place = name.partition(" @")
            doc = place.partition(" #")[0]
            reference = mentions[by_name[name][0]]
            named = _nearest_named(reference, bare, names, by_name, mentions)
            if named is not None:
                uf.union(index, named)
            elif INDEFINITE.search(_words_before(reference.evidence)):  # "issued a joint statement", later "signed a ..."
                latest_generic[(bare, doc)] = index
            else:
                uf.union(index, latest_generic.setdefault((bare, doc), index))
    docs = [{mentions[i].evidence.doc for i in by_name[name]} for name in names]
    unsigned: dict[str, list[int]] = defaultdict(list)  # "Statement by the President of A and ... on X",
    for index, name in enumerate(names):                  # "Treaty between A and B on X": "... on X"
        bare = SIGNATORIES.sub(" ", name.split(" @")[0])
        if bare != name and len(_agreement_key(bare)[1]) >= 3:
            unsigned[bare].append(index)
    for index, name in enumerate(names):  # but a three-word "Treaty on the State Border" only within one text
        named = [i for i in unsigned.get(name, []) if len(_agreement_key(name)[1]) >= 4 or docs[index] & docs[i]]
        if named:
            uf.union(index, named[0])
    dated = [_pair_instrument_year(mentions[by_name[name][0]].name) for name in names]
    years = [set(YEAR_WORD.findall(name.split(" @")[0])) for name in names]
    for a in range(len(names)):
        for b in range(a + 1, len(names)):
            if years[a] and years[b] and not years[a] & years[b]:
                continue  # "the A-B Joint Declaration of 1992" and "... of 2004" are two
            (head_a, all_a), (head_b, all_b) = keys[a], keys[b]
            same_head = len(head_a) >= 3 and head_a == head_b
            same_words = min(len(all_a), len(all_b)) >= 3 and (all_a == head_b or all_b == head_a)
            shorter, longer = sorted((names[a].split(" @")[0], names[b].split(" @")[0]), key=len)
            same_start = len(min(all_a, all_b, key=len)) >= 3 and longer.startswith(shorter + " ")  # "... in X between A and B"
            # "the Tallinn Declaration" and "the Tallinn Declaration on X"
            # "Joint Statement on the X Partnership" after "Joint Statement by A and B on the X Partnership"
            # not "Joint Statement between A and B" in "Joint Statement on X between A and B"
            fewer_words = len(min(all_a, all_b, key=len)) >= 4 and (all_a <= all_b or all_b <= all_a) and docs[a] & docs[b] \
                and " by " in longer
            numbered = NUMBERED.match(shorter) and longer.startswith(NUMBERED.match(shorter).group(0)) \
                and shorter.split()[-1] == longer.split()[-1]  # "the eight-point plan" and "the Eight-point Cooperation Plan"
            qualified = len(min(all_a, all_b, key=len)) == 2 and " @" not in names[a] + names[b] and re.match(re.escape(shorter) + r" (?:on|of) ", longer)
            by_year = re.fullmatch(r"(\d{4}) (\w+)", shorter)  # "the 1956 Declaration" and "the Joint Declaration of 1956"
            by_year = by_year and by_year.group(1) in longer and f"{by_year.group(2)} " in f"{longer} "
            same_pair_and_year = dated[a] is not None and dated[a] == dated[b]  # "the Soviet-Japanese Declaration of
            # 1956" and "the Japan-Soviet Joint Declaration of 1956"
            if same_head or same_words or same_start or fewer_words or numbered or qualified or by_year or same_pair_and_year:
                uf.union(a, b)
    return [[mentions[i] for index in sorted(group) for i in by_name[names[index]]] for group in uf.groups()]


def _pair_instrument_year(name: str) -> tuple[frozenset[str], str, str] | None:
    """The two states, the instrument and the year of "the A-B (Joint) Declaration of 1956", in any order of A and B."""
    pairs = [pair for pair in country_pairs(name) if len(pair) == 2]
    year = YEAR_WORD.search(name)
    instruments = [w for w in re.findall(r"\w+", name.lower()) if w in INSTRUMENT_WORDS]
    return (frozenset(pairs[0]), instruments[-1], year.group(0)) if len(pairs) == 1 and year and instruments else None


def _nearest_named(reference: Mention, bare: str, names: list[str], by_name: dict[str, list[int]],
                   mentions: list[Mention]) -> int | None:
    """The named agreement a bare "the Joint Statement" or "the Action Plan" refers to: of those in the same text
    whose names hold those words, the last named before it, else the first named after it. "issued a joint
    statement" is a new one, named after it if at all; "adopted the Action Plan" too, unless its sentence names it."""
    evidence = reference.evidence
    preceding = _words_before(evidence)
    new = INDEFINITE.search(preceding)  # "signed a joint statement": named later if at all
    created = CREATED.search(preceding)
    before, after = [], []
    for index, other in enumerate(names):
        if " @" in other or f" {bare} " not in f" {other} ":  # "the A-B Joint Statement on X" too
            continue
        for named in (mentions[i] for i in by_name[other] if mentions[i].evidence.doc == evidence.doc):
            if created and named.evidence.sentence != evidence.sentence:
                continue
            if named.evidence.start < evidence.start:
                before.append((named.evidence.start, index))
            elif not (new and INDEFINITE.search(_words_before(named.evidence))):  # "... and later signed a joint
                after.append((named.evidence.start, index))                      # statement on X": another one
    return max(before)[1] if before and not new else min(after)[1] if after else None


def _words_before(evidence: Evidence) -> str:
    """The words of its sentence before a mention ("the two leaders signed a ")."""
    return evidence.sentence[:max(0, evidence.sentence.find(evidence.quote))]


INDEFINITE = re.compile(r"\b(?:an?|another)\s+$", re.I)
CREATED = re.compile(r"\b(?:signed|adopted|issued|concluded|approved|initial(?:l)?ed)\s+(?:the\s+)?$", re.I)


def _keyed_clusters(mentions: list[Mention]) -> list[list[Mention]]:
    """Countries, regions and international bodies by key; the rest by name or stated acronym."""
    acronyms = _stated_acronyms(mentions)
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        name = acronyms.get(re.sub(r"^the\s+", "", mention.name, flags=re.I), mention.name)
        key = mention.key or _name_key(name, mention.type)
        groups[key].append(mention)
    # "Ministry of Foreign Affairs" and "Ministry of Foreign Affairs of Japan", when no other state has one named
    by_base: dict[str, list[str]] = defaultdict(list)
    for key in groups:
        base = " ".join(w for w in key.split() if not re.fullmatch(r"[A-Z]{2}", w))
        if base != key and not any(m.key for m in groups[key]):
            by_base[base].append(key)
    for base, keys in by_base.items():
        if len(keys) == 1 and base in groups and not any(m.key for m in groups[base]):
            groups[keys[0]] += groups.pop(base)
    return [groups[k] for k in sorted(groups)]


def _name_key(name: str, type_: str) -> str:
    """Word order and state names don't matter for organisations:
    "Security Council of the Russian Federation" ~ "Russian Federation Security Council"."""
    name = re.sub(r"^the\s+", "", name, flags=re.I).lower()
    if type_ != "Organization":
        return name
    surfaces, pattern = _country_surfaces()
    name = pattern.sub(lambda m: surfaces[m.group(0)], name)
    return " ".join(sorted(w for w in re.findall(r"[\w’'-]+", name) if w not in STOPWORDS))


@cache
def _country_surfaces() -> tuple[dict[str, str], re.Pattern]:
    """Lower-case country names and demonyms -> ISO code, and one pattern finding them, longest first."""
    gaz = lexicon.gazetteer()
    surfaces = {surface.lower(): code for surface, code in {**gaz.by_name, **gaz.by_demonym}.items()}
    alternation = "|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True))
    return surfaces, re.compile(r"\b(?:" + alternation + r")\b")


def _stated_acronyms(mentions: list[Mention]) -> dict[str, str]:
    """"United Nations Office on Drugs and Crime (UNODC)": the text defines UNODC."""
    found = {}
    for mention in mentions:
        name = re.sub(r"^the\s+", "", mention.name, flags=re.I)
        match = re.search(re.escape(mention.text) + r"\s*\(([A-Z][A-Z0-9&-]{1,12})\)", mention.evidence.sentence)
        if match:
            found[match.group(1)] = name
    return found


def _add_entity(result: Resolution, type_: str, cluster: list[Mention]) -> None:
    label = _label(type_, cluster)
    entity_id = f"{type_.lower()}:{cluster[0].key if type_ == 'Country' and cluster[0].key else slug(label)}"
    while entity_id in result.entities:
        entity_id += "-2"
    offices = {m.office for m in cluster if m.office}
    countries = Counter(m.country for m in cluster if m.country)
    if type_ == "Person" and not countries and lexicon.romanized_japanese(label):
        countries["JP"] = 1  # "Foreign Minister Kono Taro" in a text that never says "of Japan"
    entity = Entity(id=entity_id, type=type_, label=label,
                    aliases={m.text for m in cluster} | {m.name for m in cluster} | {a for m in cluster for a in m.aliases},
                    mentions=sorted(m.evidence for m in cluster), offices=offices,
                    parties={f"country:{code}" for m in cluster for code in m.parties},
                    country=f"country:{countries.most_common(1)[0][0]}" if countries else None,
                    key=cluster[0].key)
    entity.aliases.discard(label)
    result.entities[entity_id] = entity
    for mention in cluster:
        result.entity_of[id(mention)] = entity_id


REGNAL_NUMBER = re.compile(r"[IVX]+")  # "John Paul II", "Benedict XVI"


def _name_case(name: str) -> str:
    """"SATO Kenji" -> "Sato Kenji", "OYUN-ERDENE" -> "Oyun-Erdene"; a regnal number stays ("Karekin II")."""
    words = name.split()
    regnal = words[-1] if len(words) > 1 and REGNAL_NUMBER.fullmatch(words[-1]) else None
    if regnal:
        words = words[:-1]
    if any(w.isupper() and len(w) > 1 for w in words):
        words = " ".join(words).title().split()
    return " ".join([*(w.capitalize() if w.isupper() else w for w in words), *([regnal] if regnal else [])])


def _label(type_: str, cluster: list[Mention]) -> str:
    """The fullest common name: most words, then most frequent, then alphabetical; a name never by its initials,
    nor by a given name and patronymic alone when the surname is known."""
    names = Counter(m.name for m in cluster)
    if type_ == "Person":
        names = Counter({_name_case(n): c for n, c in names.items()})
    initials = lambda n: sum(bool(INITIAL.fullmatch(w)) for w in n.split())  # noqa: E731
    # "Ivan Petrovich": a given name and patronymic, no surname
    no_surname = lambda n: len(n.split()) == 2 and bool(GIVEN_PATRONYMIC.search(n.lower()))  # noqa: E731
    return sorted(names, key=lambda n: (initials(n), no_surname(n), -len(n.split()), -names[n], n))[0]


def _link_countries(result: Resolution) -> None:
    """Every country a person, place or organisation points to exists as a Country entity."""
    for entity in list(result.entities.values()):
        entity.parties = {p for p in entity.parties if _country_entity(result, p.split(":", 1)[1])}
        if entity.country and entity.country not in result.entities:
            code = entity.country.split(":", 1)[1]
            country = lexicon.gazetteer().countries.get(code)
            if country is None:
                entity.country = None
                continue
            result.entities[entity.country] = Entity(id=entity.country, type="Country", label=country.name, key=code)


def _country_entity(result: Resolution, code: str) -> str | None:
    entity_id = f"country:{code}"
    if entity_id not in result.entities:
        country = lexicon.gazetteer().countries.get(code)
        if country is None:
            return None
        result.entities[entity_id] = Entity(id=entity_id, type="Country", label=country.name, key=code)
    return entity_id


def _to_meeting(result: Resolution, record: MeetingRecord) -> Meeting:
    participants = {result.entity_of[id(p)] for p in record.participants if id(p) in result.entity_of}
    countries = {c for c in (_country_entity(result, code) for code in record.countries) if c}
    for person in participants:
        if result.entities[person].country:
            countries.add(result.entities[person].country)
    place = result.entity_of.get(id(record.place)) if record.place else None
    if place and result.entities[place].type == "Country":
        countries.add(place)  # the host state of a visit or meeting
    agreements = {result.entity_of[id(a)] for a in record.agreements if id(a) in result.entity_of}
    visitors = {result.entity_of[id(p)] for p in record.visitors if id(p) in result.entity_of}
    return Meeting(id="", kind=record.kind, cameo=record.cameo, label=record.label, participants=participants,
                   countries=countries, date=record.date, place=place, topics=set(record.topics),
                   agreements=agreements, evidence=list(record.evidence), visitors=visitors,
                   met_a_group=record.met_a_group, own_section=record.own_section)


def _dates_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _state_of(result: Resolution, place: str) -> str | None:
    entity = result.entities[place]
    return entity.id if entity.type == "Country" else entity.country


def _places_agree(result: Resolution, a: str | None, b: str | None) -> bool:
    """Same place, unknown place, a city and the state it is in, or a state and a building not known to be
    elsewhere ("the Imperial Palace")."""
    if a is None or b is None or a == b:
        return True
    first, second = result.entities[a], result.entities[b]
    unplaced = {first.type, second.type} == {"Country", "Place"} and not (first.country or second.country)
    return first.country == b or second.country == a or unplaced


def _same_meeting(result: Resolution, a: Meeting, b: Meeting) -> bool:
    """Same event: kinds, dates, places agree, and something specific is shared."""
    if a.kind != b.kind and CEREMONY.search(a.label + " " + b.label):
        return False  # the closing ceremony both leaders attended is not their summit
    if bool(CEREMONY.search(a.label)) != bool(CEREMONY.search(b.label)) and a.place and b.place and a.place != b.place:
        return False  # nor is the ceremony in a town their talks that day, told as held in the country
    if a.kind != b.kind and ("other" not in (a.kind, b.kind) or (
            a.participants and b.participants and not (a.participants <= b.participants or b.participants <= a.participants))):
        return False  # an unnamed mention of a meeting ("to meet him again") may name fewer of its people
    if a.kind != b.kind and (a.own_section or b.own_section):
        return False  # the signing told under its own heading is not the talks before it
    if a.kind != b.kind and any(m.kind == "signing" and SEQUEL.search(m.evidence[0].sentence) for m in (a, b)):
        return False  # "Following the talks, A and B signed X": a step of its own, after the talks
    if a.kind != b.kind and max(len(a.countries), len(b.countries)) >= 3 and len(a.countries ^ b.countries) >= 2:
        return False  # "the GUAM-Japan meeting, with X, Y and Z", then "a courtesy call on the President of X"
    if a.kind != b.kind and any(m.label and not m.participants for m in (a, b)) and (a.participants or b.participants):
        return False  # "the first Senior Officials' Meeting was held in Tokyo": not the ministers' meeting that month
    if not _dates_agree(a.date, b.date) or not _places_agree(result, a.place, b.place):
        return False
    if a.participants and b.participants and not (a.participants <= b.participants or b.participants <= a.participants):
        return False  # the same leader meeting two counterparts on one trip: two meetings
    if (a.met_a_group or b.met_a_group) and (a.participants != b.participants or a.met_a_group and b.met_a_group):
        return False  # "A met with members of the X League", then "A received a call from B": two meetings
    if a.participants and b.participants and a.participants != b.participants and any(
            len(m.participants) >= 2 and MARGINS.search(e.quote) for m in (a, b) for e in m.evidence):
        return False  # a bilateral meeting on the margins of a conference is not the conference
    if a.countries and b.countries and not (a.countries <= b.countries or b.countries <= a.countries):
        return False
    if _side_meeting(result, a.participants, b.participants):
        return False
    precise_date = a.date and b.date and len(min(a.date, b.date, key=len)) >= 7
    same_place = a.place and a.place == b.place
    shared_people = bool(a.participants & b.participants)
    same_name = a.label and a.label == b.label and not (a.participants or b.participants)  # "the OSCE Summit"
    restated = a.kind == b.kind == "signing" and a.evidence[0].doc == b.evidence[0].doc and any(
        not (m.participants or m.countries or m.agreements) and len(m.date or "") == 10 and m.evidence[0] > other.evidence[0]
        for m, other in ((a, b), (b, a)))  # "X was signed during the visit. ... On 5 May the Memorandum was signed"
    same_text = a.kind == b.kind and a.evidence[0].doc == b.evidence[0].doc
    echoed = same_text and (len(a.participants) >= 2 and a.participants == b.participants and any(
        len(m.date or "") == 4 and not m.place for m in (a, b))  # "A held talks with B in X on 11 May. ... In his
        # talks with B, A said": told again, with the year alone
        or same_place and not (a.participants and b.participants))  # a heading's "X Meeting in Y", then its day
    return bool(precise_date and (same_place or shared_people or not (a.participants and b.participants))
                or same_place and shared_people and (a.date or b.date) or same_name or restated or echoed)


def _side_meeting(result: Resolution, a: set[str], b: set[str]) -> bool:
    """Two of the ministers of a meeting of three or more states, who also met on their own: two meetings (but
    the leaders' one-on-one within their summit, attended by their aides, is that summit)."""
    larger = max(a, b, key=len)
    states = {result.entities[p].country for p in larger} - {None}
    return a != b and min(len(a), len(b)) >= 2 and len(states) >= 3


LEADER = re.compile(r"\bpresident\b|(?<!deputy )prime minister|\bpremier\b|\bchancellor\b")


def _refine_kind(result: Resolution, meeting: Meeting) -> None:
    """A meeting the text does not name takes its kind from who attended: leaders hold summits."""
    if meeting.kind != "other" or len(meeting.participants) < 2 or CEREMONY.search(meeting.label):
        return
    office_of = {p: " ".join(sorted(result.entities[p].offices)).lower() for p in meeting.participants}
    offices = list(office_of.values())
    leaders_states = {result.entities[p].country for p, o in office_of.items() if LEADER.search(o)} - {None}
    if any(re.search(r"\b(?:deputy|vice)[- ]minister\b", o) for o in offices) and all("minister" in o for o in offices):
        meeting.kind = "vice-ministerial-meeting"
    elif all(LEADER.search(o) for o in offices) or len(leaders_states) >= 2:
        meeting.kind = "summit"  # leaders of two states, however many of their ministers sat in
    elif all("foreign" in o for o in offices):
        meeting.kind = "foreign-ministers-meeting"
    elif all("minister" in o for o in offices):
        meeting.kind = "ministerial-meeting"


def _absorb_visits(result: Resolution, meetings: list[Meeting]) -> list[Meeting]:
    """A visit that is the occasion of a meeting is that meeting's travel, not an event of its own;
    a signing by the people of a meeting, the same day, is that meeting's outcome, unless the text makes it
    an event of its own ("Following the meeting, the two leaders signed ...", "Before the signing, they held talks").

    On a tour ("visited A, B and C and held meetings in X, Y and Z respectively") only the meeting held in
    the state visited takes the visit's place and states."""
    by_person: dict[tuple[str, str], list[Meeting]] = defaultdict(list)  # (document, person) -> meetings
    by_day: dict[tuple[str, str | None, str | None], list[Meeting]] = defaultdict(list)  # (document, date, place)
    for meeting in meetings:
        if meeting.kind != "visit":
            for person in meeting.participants:
                by_person[(meeting.evidence[0].doc, person)].append(meeting)
            by_day[(meeting.evidence[0].doc, meeting.date, meeting.place)].append(meeting)
    kept = []
    for visit in meetings:
        if visit.kind not in ("visit", "signing"):
            kept.append(visit)
            continue
        doc = visit.evidence[0].doc
        candidates = {id(m): m for p in visit.participants for m in by_person.get((doc, p), [])}.values()
        if not visit.participants and visit.kind == "visit":  # "The visit to X opens the President's trip": the
            candidates = by_day.get((doc, visit.date, visit.place), [])  # one whose talks the text told that day
        if visit.kind == "signing":
            hosts = [m for m in candidates if m.kind != "signing" and visit.participants <= m.participants
                     and visit.date and m.date and (visit.date == m.date and len(m.date) >= 7 or (
                         visit.participants == m.participants and _places_agree(result, visit.place, m.place)
                         and _dates_agree(visit.date, m.date)))  # "the ministers adopted X": at their meeting
                     and not (len(visit.countries) == 2 and len(m.countries) >= 3)]  # not two states among five
            for host in hosts:
                host.agreements |= visit.agreements
                if visit.label and visit.place and host.place and result.entities[host.place].type == "Country" \
                        and _state_of(result, visit.place) == host.place:
                    host.place = visit.place  # "At the summit meeting in Tallinn, they signed X": the summit's town
            if hosts and not visit.own_section and not any(SEQUEL.search(e.sentence) for e in visit.evidence) \
                    and not any(BEFORE_THE_SIGNING.search(e.sentence) for host in hosts for e in host.evidence):
                for host in hosts:
                    host.evidence = sorted(set(host.evidence) | set(visit.evidence))
                continue
        hosts = [m for m in candidates if m.kind != "telephone-talk" and (
            _dates_agree(visit.date, m.date) or _during_the_stay(visit, m)) and not (
            visit.place and m.place and result.entities[visit.place].type == "Country"
            and visit.place != _state_of(result, m.place)) and not _recalled_later(visit, m)
            and _places_agree(result, visit.place, m.place)]  # not "I have come to Strasbourg" for "last week in Lisbon"
        if visit.kind != "visit" or not hosts:  # a visit to another state on the tour is a visit of its own
            kept.append(visit)
            continue
        for host in hosts:
            host.visitors |= visit.visitors
            host.evidence = sorted(set(host.evidence) | set(visit.evidence))
            travellers = visit.visitors | visit.participants
            hosts_states = {result.entities[p].country for p in host.participants - travellers} - {None}
            if not _places_agree(result, host.place, visit.place) or (
                    visit.place and hosts_states and _state_of(result, visit.place) not in hosts_states):
                continue  # on a tour of Uzbekistan and Kazakhstan, Kazakhstan's president was not met in Uzbekistan
            host.place = host.place or visit.place
            host.countries |= visit.countries
            several_days = visit_last_day(visit) not in (None, visit.date)  # "from May 3 to 5": not every meeting's day
            finer = host.date is None or len(visit.date or "") > len(host.date) and (
                visit.place or len(host.date) == 4) and not several_days
            if visit.date and finer and _dates_agree(visit.date, host.date):
                host.date = visit.date  # not the day of a visit to a place unknown, for a meeting told by its month
    return kept


def _during_the_stay(visit: Meeting, meeting: Meeting) -> bool:
    """"A arrived in X on an official visit on 21 February ... On 22 February A was received by B": a meeting on
    one of the visit's days (its stated period, else the three days from its arrival)."""
    if not (visit.date and meeting.date and len(visit.date) == len(meeting.date) == 10):
        return False
    try:
        last = visit_last_day(visit) or (datetime.date.fromisoformat(visit.date) + datetime.timedelta(3)).isoformat()
    except ValueError:  # a day that is no date ("31 April" as written)
        return False
    return visit.date <= meeting.date <= last


def _recalled_later(visit: Meeting, meeting: Meeting) -> bool:
    """"A received B. B spoke of his recent visit to X": a visit told after a meeting, in no month, is
    another journey, not the one the meeting was part of."""
    return len(visit.date or "") < 7 and visit.evidence[0].start > meeting.evidence[0].start \
        and RECALLED_VISIT.search(visit.evidence[0].sentence) is not None


RECALLED_VISIT = re.compile(r"\b(?:recent|previous|earlier|last|past)\s+(?:visit|trip)", re.I)


MARGINS = re.compile(r"\b(?:on|in)\s+the\s+(?:margins?|sidelines?)\s+of\b|\bbilateral\s+(?:meeting|talk)", re.I)
CONFERENCE = re.compile(r"\boccasion\s+of\s+the\s+(?:[\w.-]+\s+){0,6}?(?:Summit|Assembly|Conference|Forum|Games|Session)\b")
# "Before the signing, the ministers held talks": the talks are told as an event apart from the signing
BEFORE_THE_SIGNING = re.compile(r"\b(?:[Ff]ollowing|[Aa]fter|[Pp]rior to|[Bb]efore|[Aa]head of)\s+the\s+(?:\w+\s+)?"
                                r"(?:signing|ceremony)\b")
SEQUEL = re.compile(r"\b(?:[Ff]ollowing|[Aa]fter|[Pp]rior to|[Bb]efore)\s+the\s+(?:\w+\s+)?"
                    r"(?:meeting|talks|summit|session|discussions?|negotiations|consultations|conversation)\b"
                    r"|\b(?:meeting|talks),\s+(?:after|following)\s+which\b")  # "held a meeting, after which they signed"


def _merge_meetings(result: Resolution, records: list[MeetingRecord]) -> list[Meeting]:
    meetings = [_to_meeting(result, r) for r in records]
    for meeting in meetings:
        _refine_kind(result, meeting)
    meetings = _absorb_visits(result, meetings)
    uf = _UnionFind(len(meetings))
    # Identical statements are one meeting outright; the rest are compared only with meetings whose date
    # could be the same: the same date, a less precise form of it ("2019-09" for "2019-09-05"), or none.
    first_of: dict[tuple, int] = {}
    by_date: dict[str | None, list[int]] = defaultdict(list)
    for i, m in enumerate(meetings):
        signature = (m.kind, m.date, m.place, frozenset(m.participants), frozenset(m.countries))
        if signature in first_of:
            uf.union(first_of[signature], i)
            continue
        first_of[signature] = i
        by_date[m.date].append(i)
    # group root -> its named kinds and its people: a vague mention ("I met Georgian business people") never
    # joins two meetings of other kinds, or with other people, through itself
    kinds = {i: {m.kind} - {"other"} for i, m in enumerate(meetings)}
    people = {i: set(m.participants) for i, m in enumerate(meetings)}
    days = {i: {m.date} if m.date and len(m.date) == 10 else set() for i, m in enumerate(meetings)}  # nor two days
    # nor a meeting named for two states ("the Japan-Latvia Foreign Ministers' Meeting") and a conference of more
    bilateral = {i: any(len(pair) == 2 for pair in country_pairs(m.label)) for i, m in enumerate(meetings)}
    states = {i: set(m.countries) for i, m in enumerate(meetings)}
    for date, indexes in by_date.items():
        coarser = [d for d in dict.fromkeys((date[:7], date[:4])) if d != date] + [None] if date else []
        for position, a in enumerate(indexes):
            candidates = indexes[position + 1:] + [b for d in coarser for b in by_date.get(d, [])]
            for b in candidates:
                ra, rb = uf.find(a), uf.find(b)
                both = kinds[ra] | kinds[rb]
                nested = people[ra] <= people[rb] or people[rb] <= people[ra]
                nested = nested and not _side_meeting(result, people[ra], people[rb])
                two_states = not ((bilateral[ra] or bilateral[rb]) and len(states[ra] | states[rb]) >= 3)
                # "I met people who ...", on a day, is not the bilateral meeting told only by its month
                alone = any(len(people[r]) == 1 and not kinds[r] for r in (ra, rb)) and days[ra] != days[rb]
                if (len(both) <= 1 and nested and len(days[ra] | days[rb]) <= 1 and two_states and not alone
                        and _same_meeting(result, meetings[a], meetings[b])):
                    uf.union(a, b)
                    root = uf.find(a)
                    kinds[root], people[root], days[root] = both, people[ra] | people[rb], days[ra] | days[rb]
                    bilateral[root], states[root] = bilateral[ra] or bilateral[rb], states[ra] | states[rb]
    merged = []
    for group in uf.groups():
        parts = [meetings[i] for i in sorted(group)]
        first = parts[0]
        kind = next((p.kind for p in parts if p.kind != "other"), first.kind)
        merged.append(Meeting(
            id="", kind=kind, cameo=next((p.cameo for p in parts if p.kind == kind), first.cameo),
            label=min((p.label for p in parts if p.label), key=lambda l: (len(l), l), default=""),
            participants=set().union(*(p.participants for p in parts)),
            countries=set().union(*(p.countries for p in parts)),
            date=max((p.date for p in parts if p.date), key=len, default=None),
            place=None if kind == "telephone-talk" else  # a call joins two places, and is held in neither
            min((p.place for p in parts if p.place), default=None,
                key=lambda place: result.entities[place].type == "Country"),  # a city over its state
            topics=set().union(*(p.topics for p in parts)),
            agreements=set().union(*(p.agreements for p in parts)),
            evidence=sorted({e for p in parts for e in p.evidence}),
            visitors=set().union(*(p.visitors for p in parts)), met_a_group=any(p.met_a_group for p in parts),
            own_section=any(p.own_section for p in parts)))
    for _ in range(2):  # a country learnt from one meeting can settle another's
        _infer_bilateral_countries(result, merged)
    for meeting in merged:
        meeting.countries |= {result.entities[p].country for p in meeting.participants if result.entities[p].country}
        called_on = {result.entities[p].country for p in meeting.participants - meeting.visitors} - {None}
        if meeting.kind == "courtesy-call" and meeting.place is None and len(called_on) == 1:
            meeting.place = called_on.pop()  # one calls on a president or minister at home
    for meeting in merged:
        if not (meeting.participants or meeting.countries) and meeting.place and _state_of(result, meeting.place):
            meeting.countries = {_state_of(result, meeting.place)}  # "the OSCE Summit was held in Astana": its host
    merged = [m for m in merged if m.participants or m.countries]  # nobody to have met: not a meeting
    for meeting in merged:
        meeting.label = meeting.label or _generated_label(result, meeting)
    merged.sort(key=lambda m: (m.date or "", m.label, m.evidence[0]))
    used: set[str] = set()
    for meeting in merged:
        place = result.entities[meeting.place].label if meeting.place else ""
        base = "meeting:" + slug(" ".join(x for x in (meeting.label, meeting.date or "", place) if x))
        meeting.id = base
        n = 2
        while meeting.id in used:
            meeting.id = f"{base}-{n}"
            n += 1
        used.add(meeting.id)
    return merged


def _generated_label(result: Resolution, meeting: Meeting) -> str:
    """"Summit meeting: Irakli Garibashvili, Yoshihide Suga" when the text gives the meeting no name of its own."""
    who = sorted(result.entities[p].label for p in meeting.participants) or sorted(
        result.entities[c].label for c in meeting.countries)
    return f"{KIND_LABELS[meeting.kind]}: {', '.join(who)}"


def _infer_bilateral_countries(result: Resolution, meetings: list[Meeting]) -> None:
    """In a two-state meeting of two people, the one whose country is unknown represents the other state."""
    travelled: dict[str, set[str]] = defaultdict(set)  # place -> people who visited it
    for meeting in meetings:
        if meeting.place:
            travelled[meeting.place] |= meeting.visitors
    for meeting in meetings:
        host = _state_of(result, meeting.place) if meeting.place else None
        if host in meeting.countries and len(meeting.countries) == 2:
            for person in meeting.visitors:  # a visitor comes from the other state
                if result.entities[person].country is None:
                    result.entities[person].country = next(iter(meeting.countries - {host}))
        people = [result.entities[p] for p in sorted(meeting.participants)]
        stated = meeting.countries - {p.country for p in people} - {host}
        venue = any(CONFERENCE.search(e.quote) for e in meeting.evidence)
        if not stated and host and len(people) == 2 and not venue:  # not where a conference brought them
            visitors = [p for p in people if p.country and p.country != host]
            unknown = [p for p in people if p.country is None]
            if len(visitors) == 1 and len(unknown) == 1 and unknown[0].id not in travelled[meeting.place]:
                # "A held talks with B in <B's capital>"
                unknown[0].country = host
        if len(meeting.countries) != 2 or len(meeting.participants) != 2:
            continue
        people = [result.entities[p] for p in sorted(meeting.participants)]
        republics = [c for c in meeting.countries if c.split(":", 1)[1] not in lexicon.MONARCHIES]
        for person in people:  # "Prime Minister A and President B" at a Japan-Russia summit: B is Russia's
            if person.country is None and len(republics) == 1 and "President" in person.offices:
                person.country = republics[0]
        known = [p for p in people if p.country in meeting.countries]
        unknown = [p for p in people if p.country is None]
        if len(known) == 1 and len(unknown) == 1:
            unknown[0].country = next(iter(meeting.countries - {known[0].country}))
