"""Per-document cache of extracted records, so a rebuild re-parses only the documents that changed.

An entry is keyed by the document's id and text and by everything else its records depend on: the pipeline
version (kg.pipeline.PIPELINE_VERSION, bumped when a rule changes), the spaCy model name and the user's patterns
file. Entries are pickled `DocumentRecords`; one that cannot be read is treated as missing.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kg.pipeline import PIPELINE_VERSION
from kg.records import DocumentRecords


@dataclass(frozen=True)
class DocumentCache:
    folder: Path
    pipeline: str  # digest of the pipeline version, model and patterns

    @classmethod
    def open(cls, folder: str | Path, model: str, patterns: str | Path | None = None) -> DocumentCache:
        digest = hashlib.sha256(f"{PIPELINE_VERSION}\0{model}\0".encode())
        if patterns:
            digest.update(Path(patterns).read_bytes())
        return cls(Path(folder), digest.hexdigest())

    def _path(self, doc_id: str, text: str) -> Path:
        digest = hashlib.sha256(f"{self.pipeline}\0{doc_id}\0{text}".encode()).hexdigest()
        return self.folder / f"{digest}.pickle"

    def get(self, doc_id: str, text: str) -> DocumentRecords | None:
        try:
            with self._path(doc_id, text).open("rb") as stream:
                records = pickle.load(stream)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            return None
        return records if isinstance(records, DocumentRecords) else None

    def put(self, doc_id: str, text: str, records: DocumentRecords) -> None:
        """Write atomically, so a build killed mid-write never leaves a truncated entry."""
        self.folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                pickle.dump(records, stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self._path(doc_id, text))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
