"""The notebooks in notebooks/ run top to bottom on a fresh kernel and show what their text promises."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
SHIPPED = ["01_explore.ipynb", "02_your_texts.ipynb"]


@pytest.fixture(scope="module")
def kernel():
    """The `python3` kernel (installed by `make test`; installed here into the venv if it is missing)."""
    from jupyter_client.kernelspec import KernelSpecManager

    if "python3" not in KernelSpecManager().find_kernel_specs():
        subprocess.run([sys.executable, "-m", "ipykernel", "install", "--sys-prefix", "--name", "python3"],
                       check=True, capture_output=True)
    return "python3"


def execute(name: str, kernel: str):
    """An executed copy of the notebook, run from notebooks/ like Jupyter would; the file is not touched."""
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbclient.NotebookClient(notebook, timeout=600, kernel_name=kernel,
                            resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    return notebook


def shown(notebook, mime: str) -> list[str]:
    """Every output of that MIME type (results and displays), in order."""
    return [output["data"][mime] for cell in notebook.cells if cell.cell_type == "code"
            for output in cell.outputs if mime in output.get("data", {})]


def printed(notebook) -> str:
    return "".join(output.get("text", "") for cell in notebook.cells if cell.cell_type == "code"
                   for output in cell.outputs if output["output_type"] == "stream")


def test_committed_notebooks_have_no_outputs():
    """Stale outputs in the repository would show results the code no longer produces."""
    assert sorted(path.name for path in NOTEBOOKS.glob("*.ipynb")) == SHIPPED
    for name in SHIPPED:
        notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
        nbformat.validate(notebook)
        for cell in notebook.cells:
            if cell.cell_type == "code":
                assert cell.outputs == [] and cell.execution_count is None, f"{name}: {cell.source[:60]!r}"


def test_explore_notebook_runs_and_shows_queries_analysis_chart_and_view(kernel):
    notebook = execute("01_explore.ipynb", kernel)
    tables = shown(notebook, "text/html")
    assert any("person1" in t and "Shinzo Abe" in t and "Vladimir Putin" in t for t in tables), "no who-met-whom table"
    assert any("betweenness" in t and "Shinzo Abe" in t for t in tables), "no centrality table"
    assert any("<th>size</th>" in t and "Vladimir Putin" in t for t in tables), "no communities table"
    assert shown(notebook, "image/png"), "no meetings-per-year chart"
    assert any("<iframe srcdoc=" in t for t in tables), "no inline view"
    people, pairs = map(int, re.search(r"(\d+) people, (\d+) pairs who met", printed(notebook)).groups())
    assert people >= 2 and pairs >= 1


def test_your_texts_notebook_builds_writes_and_profiles_the_most_connected_person(kernel, tmp_path, monkeypatch,
                                                                                   seeds_graph):
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # the kernel's tempfile.mkdtemp(), the default OUT, lands here
    notebook = execute("02_your_texts.ipynb", kernel)
    (out,) = tmp_path.glob("kg-*")
    assert {p.name for p in out.iterdir()} >= {"graph.ttl", "graph.json", "graph.graphml", "graph.html"}
    name, meetings = re.search(r"^(.+): (\d+) meetings, \d+ counterparts$", printed(notebook), re.M).groups()
    people = {d["label"]: d["meeting_count"] for _, d in seeds_graph.graph.nodes(data=True) if d["type"] == "Person"}
    assert people[name] == int(meetings) == max(people.values())
    tables = shown(notebook, "text/html")
    assert any("person1" in t and "Vladimir Putin" in t for t in tables), "no who-met-whom table"
    assert any("offices" in t and "counterparts" in t and name in t for t in tables), "no profile of " + name
    assert any("<iframe srcdoc=" in t for t in tables), "no inline view"
