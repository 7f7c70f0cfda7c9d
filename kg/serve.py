"""`kg serve`: a read-only SPARQL 1.1 endpoint on the Oxigraph server (the `oxigraph` binary from PyPI)."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path


def oxigraph_binary() -> str:
    """The `oxigraph` CLI installed next to this Python (the venv), else on PATH."""
    local = Path(sysconfig.get_path("scripts")) / "oxigraph"
    found = str(local) if local.exists() else shutil.which("oxigraph")
    if not found:
        raise FileNotFoundError("the oxigraph server is not installed (pip install oxigraph)")
    return found


def serve(graph: str | Path, host: str = "127.0.0.1", port: int = 7878) -> int:
    """Load the graph into a fresh store, serve it read-only until interrupted, then delete the store."""
    graph = Path(graph)
    if not graph.is_file():
        raise FileNotFoundError(f"no graph file {graph} (run `kg build` first)")
    binary = oxigraph_binary()
    store = tempfile.mkdtemp(prefix="kg-oxigraph-")
    # SIGTERM (e.g. from a supervisor) ends like Ctrl-C, so the server stops and the store is removed.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    server = None
    try:
        subprocess.run([binary, "load", "--location", store, "--file", str(graph)], check=True,
                       stdout=subprocess.DEVNULL)
        server = subprocess.Popen([binary, "serve-read-only", "--location", store, "--bind", f"{host}:{port}"])
        print(f"SPARQL endpoint: http://{host}:{port}/query (read-only; Ctrl-C to stop)", flush=True)
        return server.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        if server and server.poll() is None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(store, ignore_errors=True)
