"""The command line: exit codes, outputs written, summary printed."""

from __future__ import annotations

import subprocess
import sys

import rdflib

from kg.cli import main, parser

from .conftest import SEEDS


def test_build_writes_every_output_and_prints_counts(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(SEEDS / "001_6efd8a0891a8cd7c.txt"), "--out", str(out), "--quiet"]) == 0
    for name in ("graph.ttl", "graph.json", "graph.graphml", "graph.html"):
        assert (out / name).stat().st_size > 0
    printed = capsys.readouterr().out
    assert "documents read: 1" in printed
    assert "Person" in printed and "meetings:" in printed and "triples:" in printed
    assert len(rdflib.Graph().parse(out / "graph.ttl")) > 0


def test_missing_path_is_a_clear_error(tmp_path, capsys):
    assert main(["build", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "out")]) == 1
    error = capsys.readouterr().err
    assert "nope.txt" in error and "no such file" in error
    assert not (tmp_path / "out").exists()


def test_help_explains_every_option():
    text = parser().parse_known_args(["build", "x"])[0]
    assert text.out == "output"
    help_text = subprocess.run([sys.executable, "-m", "kg.cli", "build", "--help"], capture_output=True,
                               text=True, check=True).stdout
    for option in ("--out", "--model", "--patterns", "--quiet"):
        assert option in help_text
    top = subprocess.run([sys.executable, "-m", "kg.cli", "--help"], capture_output=True, text=True, check=True)
    assert "build" in top.stdout


def test_unknown_model_is_reported(tmp_path, capsys):
    code = main(["build", str(SEEDS), "--out", str(tmp_path), "--model", "no_such_model_xyz", "--quiet"])
    assert code == 2
    assert "no_such_model_xyz" in capsys.readouterr().err


def test_parallel_build_gives_the_same_turtle(tmp_path):
    """--jobs 2 parses in two processes; the graph is the same as a one-process build."""
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["build", str(SEEDS), "--out", str(one), "--quiet", "--no-cache"]) == 0
    assert main(["build", str(SEEDS), "--out", str(two), "--quiet", "--no-cache", "--jobs", "2"]) == 0
    assert (one / "graph.ttl").read_bytes() == (two / "graph.ttl").read_bytes()
