"""Shared by the benchmarks: a scaled corpus made from the seeds, the machine, and RESULTS.md sections."""

from __future__ import annotations

import datetime
import os
import platform
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"

# Variants replace these with rotated stand-ins, so no two copies of a seed are the same text.
SURNAMES = ["Putin", "Abe", "Lavrov", "Kishida", "Motegi", "Medvedev", "Shuvalov", "Patrushev"]
STAND_INS = ["Ivanov", "Tanaka", "Petrov", "Suzuki", "Smirnov", "Sato", "Volkov", "Kato", "Orlov", "Mori",
             "Sokolov", "Ito"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
CITIES = ["Moscow", "Tokyo", "Osaka", "Vladivostok", "Sochi", "Nagoya"]
OTHER_CITIES = ["Kazan", "Sapporo", "Kobe", "Novosibirsk", "Fukuoka", "Yekaterinburg", "Sendai"]


def variant(text: str, n: int) -> str:
    """The n-th variant of a text: other person names, years, months and cities."""
    names = {s: STAND_INS[(i + n) % len(STAND_INS)] for i, s in enumerate(SURNAMES)} if n else {}
    cities = {c: OTHER_CITIES[(i + n) % len(OTHER_CITIES)] for i, c in enumerate(CITIES)} if n else {}
    table = names | cities | {m: MONTHS[(i + n) % 12] for i, m in enumerate(MONTHS)}
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, table)) + r")\b")
    text = pattern.sub(lambda m: table[m.group(1)], text)
    return re.sub(r"\b(19[5-9]\d|20[0-2]\d)\b", lambda m: str(int(m.group(1)) - n % 30), text)


def seed_texts() -> list[tuple[str, str]]:
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]


def make_corpus(tokens: int, folder: Path) -> tuple[int, int]:
    """Write seed variants into `folder` until they hold `tokens` tokens; return (documents, tokens)."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    folder.mkdir(parents=True, exist_ok=True)
    seeds, docs, total, n = seed_texts(), 0, 0, 0
    while total < tokens:
        for stem, text in seeds:
            text = variant(text, n)
            (folder / f"{stem}_{n:05d}.txt").write_text(text, encoding="utf-8")
            docs, total = docs + 1, total + len(tokenizer(text))
        n += 1
    return docs, total


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown")
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"Machine: {os.cpu_count()} cores (nproc), {cpu}; Python {platform.python_version()}; "
            f"{datetime.date.today().isoformat()}; load average at start {load} (shared machine).")


def write_section(heading: str, body: str) -> None:
    """Replace (or append) one `## heading` section of RESULTS.md, leaving the others' sections alone."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    section = f"## {heading}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^## {re.escape(heading)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text, count=1).rstrip() + "\n"
    else:
        text = text.rstrip() + "\n\n" + section
    RESULTS.write_text(text, encoding="utf-8")
