"""Time and peak memory of kg on pathological inputs (a measurement, not a test).

    .venv/bin/python benchmarks/bench_pathological.py                      # read+clean every case, full size
    .venv/bin/python benchmarks/bench_pathological.py --stage build --chars 100000 line-5mb

Cases: line-5mb (one 5 MB line), names-100k (one name 100,000 times), file-50mb (a 50 MB text).
Stage "clean" reads, decodes and cleans the file; stage "build" runs kg.build and writes every output.
--chars cuts each case's text to its first N characters (full builds of these inputs take hours; see
README "Limits and bad input"). Each run is its own process, so its peak resident memory (ru_maxrss) is its own.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the checkout's kg, whichever way it is installed

SENTENCE = ("Prime Minister Shinzo Abe met President Vladimir Putin in Vladivostok on 2 September 2016 "
            "and they discussed the peace treaty and economic cooperation. ")
PARAGRAPH = ("On {day} May {year}, Foreign Minister Fumio Kishida held meeting No. {n} with Foreign Minister "
             "Sergey Lavrov of the Russian Federation in Moscow. The two ministers discussed North Korea and Syria.\n\n")


def text_for(case: str) -> str:
    if case == "line-5mb":  # one 5 MB line: no paragraph or line break anywhere
        return SENTENCE * (5_000_000 // len(SENTENCE))
    if case == "names-100k":  # one name 100,000 times
        return "President Vladimir Putin. " * 100_000
    if case == "file-50mb":  # an ordinary text of 50 MB: 200-character paragraphs, each different
        paragraphs = (PARAGRAPH.format(day=1 + n % 28, year=1990 + n % 30, n=n) for n in range(400_000))
        return "".join(paragraphs)[:50_000_000]
    raise SystemExit(f"unknown case {case!r}")


def run(case: str, stage: str, chars: int = 0) -> dict:
    """Write the case's file, then read+clean it (stage "clean") or build and write the graph (stage "build")."""
    import kg
    from kg.clean import clean
    from kg.reader import read_document

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{case}.txt"
        text = text_for(case)[:chars or None]
        path.write_text(text, encoding="utf-8")
        del text
        start = time.perf_counter()
        if stage == "clean":
            cleaned = clean(read_document(path).text)
            result = {"cleaned_chars": len(cleaned.text)}
        else:
            graph = kg.build([path])
            graph.write(Path(folder) / "out")
            result = {**graph.summary(), "entities": sum(graph.summary()["entities"].values())}
        seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"case": case, "stage": stage, "chars": chars or len(text_for(case)),
            "seconds": round(seconds, 1), "peak_rss_mb": round(peak_mb), **result}


def main(argv: list[str]) -> None:
    import argparse

    options = argparse.ArgumentParser()
    options.add_argument("cases", nargs="*", default=["line-5mb", "names-100k", "file-50mb"])
    options.add_argument("--stage", choices=("clean", "build"), default="clean")
    options.add_argument("--chars", type=int, default=0, help="only the first N characters of each case")
    options.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = options.parse_args(argv)
    if args.child:
        print(json.dumps(run(args.cases[0], args.stage, args.chars)))
        return
    for case in args.cases:
        child = subprocess.run([sys.executable, __file__, "--child", case, "--stage", args.stage,
                                "--chars", str(args.chars)], capture_output=True, text=True)
        print(child.stdout.strip() or f"{case} {args.stage} failed: {child.stderr.strip()[-500:]}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
