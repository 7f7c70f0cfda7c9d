"""Per-document cache of extracted records, so a rebuild re-parses only the documents that changed.

An entry is keyed by the document's id and text and by everything else its records depend on: kg's own code
and data (kg.pipeline.pipeline_fingerprint, so changing a rule invalidates the cache by itself), the spaCy model
name and the user's patterns file. Entries are JSON (never pickle: a cache folder someone hands you cannot run code); one that cannot be
read is treated as missing.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from kg.pipeline import pipeline_fingerprint
from kg.records import DocumentRecords, Evidence, MeetingCount, MeetingRecord, Mention


@dataclass(frozen=True)
class DocumentCache:
    folder: Path
    pipeline: str  # digest of the pipeline version, model and patterns

    @classmethod
    def open(cls, folder: str | Path, model: str, patterns: str | Path | None = None) -> DocumentCache:
        import spacy.util

        version = spacy.util.get_package_version(model) or ""
        digest = hashlib.sha256(f"{pipeline_fingerprint()}\0{model}\0{version}\0".encode())
        if patterns:
            digest.update(Path(patterns).read_bytes())
        return cls(Path(folder), digest.hexdigest())

    def _path(self, doc_id: str, text: str) -> Path:
        digest = hashlib.sha256(f"{self.pipeline}\0{doc_id}\0{text}".encode()).hexdigest()
        return self.folder / f"{digest}.json"

    def get(self, doc_id: str, text: str) -> DocumentRecords | None:
        try:
            return from_json(json.loads(self._path(doc_id, text).read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
            return None

    def put(self, doc_id: str, text: str, records: DocumentRecords) -> None:
        """Write atomically, so a build killed mid-write never leaves a truncated entry."""
        self.folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(to_json(records), stream, ensure_ascii=False)
            os.replace(temporary, self._path(doc_id, text))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def to_json(records: DocumentRecords) -> dict:
    """Plain JSON; meetings refer to their people, places and agreements by index into `mentions`."""
    index = {id(m): i for i, m in enumerate(records.mentions)}
    refs = ("participants", "agreements", "visitors")
    return {
        "doc": records.doc, "title": records.title, "year": records.year,
        "mentions": [asdict(m) for m in records.mentions],
        "meetings": [{**{f.name: getattr(m, f.name) for f in fields(m) if f.name not in (*refs, "place", "evidence")},
                      **{r: [index[id(x)] for x in getattr(m, r)] for r in refs},
                      "place": index[id(m.place)] if m.place else None,
                      "evidence": [asdict(e) for e in m.evidence]} for m in records.meetings],
        "counts": [asdict(c) for c in records.counts],
        "named_topics": [[issue, asdict(evidence)] for issue, evidence in records.named_topics],
    }


def from_json(data: dict) -> DocumentRecords:
    mentions = [Mention(**{**m, "evidence": Evidence(**m["evidence"]), "aliases": tuple(m["aliases"]),
                           "parties": tuple(m["parties"])}) for m in data["mentions"]]
    meetings = [MeetingRecord(**{**m, "participants": [mentions[i] for i in m["participants"]],
                                 "agreements": [mentions[i] for i in m["agreements"]],
                                 "visitors": [mentions[i] for i in m["visitors"]],
                                 "place": mentions[m["place"]] if m["place"] is not None else None,
                                 "evidence": [Evidence(**e) for e in m["evidence"]]}) for m in data["meetings"]]
    return DocumentRecords(
        doc=data["doc"], title=data["title"], year=data["year"], mentions=mentions, meetings=meetings,
        counts=[MeetingCount(**{**c, "evidence": Evidence(**c["evidence"])}) for c in data["counts"]],
        named_topics=[(issue, Evidence(**evidence)) for issue, evidence in data["named_topics"]])
