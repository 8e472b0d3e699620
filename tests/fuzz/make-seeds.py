#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (tests/fuzz/README.md):

    make-seeds.py path/to/seams OUTDIR

OUTDIR/<target>/ gets real inputs to start from: .seams files made by the CLI (the sample, a
generated board, an empty board, the version-1 fixture, a crash with its hot journal) and
truncated and bit-flipped copies of them; the sample and the test fixtures as JSON; DOT from
the context-map exporter, from Graphviz and by hand. Deterministic: the same bytes every run.
"""

import pathlib
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
JOURNAL_MARKER = b"\n--seams-journal--\n"


def seams(binary, *arguments):
    return subprocess.run([binary, *arguments], check=True, capture_output=True).stdout


def small_pages(path):
    """Rewrites a .seams file with 512-byte pages: the same board in fewer bytes to mutate."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA page_size = 512")
    connection.execute("VACUUM")
    connection.close()


def project_files(binary, work):
    files = {}
    for name, arguments in [("shop", ["--sample", "shop"]), ("generated", ["--generate", "12"]),
                            ("empty", [])]:
        path = work / f"{name}.seams"
        seams(binary, "new", *arguments, str(path))
        small_pages(path)
        files[name] = path.read_bytes()

    v1 = work / "v1.seams"
    connection = sqlite3.connect(v1)
    connection.executescript((ROOT / "tests/data/storage/board-v1.sql").read_text())
    connection.close()
    small_pages(v1)
    files["v1"] = v1.read_bytes()

    # A crash in the middle of a commit: the file and its hot journal, copied mid-transaction.
    crashed = work / "crashed.seams"
    shutil.copy(work / "generated.seams", crashed)
    connection = sqlite3.connect(crashed, isolation_level=None)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("UPDATE notes SET text = text || ' (unsaved)'")
    connection.execute("DELETE FROM links")
    connection.execute("PRAGMA cache_spill = 1")
    connection.execute("PRAGMA cache_size = 1")  # make SQLite write pages before the commit
    connection.execute("UPDATE notes SET x = x + 1")
    database = crashed.read_bytes()
    journal = pathlib.Path(str(crashed) + "-journal").read_bytes()
    connection.execute("ROLLBACK")
    connection.close()
    files["crashed-with-journal"] = database + JOURNAL_MARKER + journal

    other = work / "other.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE t(x)")
    connection.commit()
    connection.close()
    files["other-sqlite"] = other.read_bytes()

    rng = random.Random(1)
    for name in ["shop", "generated", "v1"]:
        data = files[name]
        files[f"{name}-truncated-header"] = data[:60]
        files[f"{name}-truncated-half"] = data[: len(data) // 2]
        files[f"{name}-truncated-last-page"] = data[:-512]
        for flip in range(4):
            flipped = bytearray(data)
            for _ in range(1 + flip * 3):
                flipped[rng.randrange(len(flipped))] ^= 1 << rng.randrange(8)
            files[f"{name}-flipped-{flip}"] = bytes(flipped)
    return files


def json_files(binary, work):
    files = {"shop": (ROOT / "resources/samples/shop.json").read_bytes(),
             "generated": seams(binary, "export", "json", str(work / "generated.seams"))}
    for fixture in sorted((ROOT / "tests/data").glob("*/*/board.json")):
        files[f"{fixture.parent.parent.name}-{fixture.parent.name}"] = fixture.read_bytes()
    return files


def dot_files(binary, work):
    files = {"context-map": (ROOT / "tests/data/contextmap/shop/context-map.dot").read_bytes()}
    files["laid-out"] = subprocess.run(["dot", "-Tdot"], input=files["context-map"], check=True,
                                       capture_output=True).stdout
    files["hand-written"] = b"""strict digraph "G \\"x\\"" {
  graph [rankdir=LR, label=<<b>Shop</b> &amp; more>];
  node [shape=box style="rounded,filled"];
  subgraph cluster_orders { label="Orders"; a; b:p1:n -> c:sw [color=red]; }
  a -> { b c } -> d [label="x\\ny", headport=e];
  "multi word" -- "\xc3\xa9\xe2\x82\xac";  // comment
  /* block */ e [label=<<table><tr><td port="p">1</td></tr></table>>];
  f [pos="1.5,2!"]; # cpp line
  g + "concat" [id=1e3];
}
"""
    files["undirected"] = b"graph { a -- b -- c; a -- c [weight=2]; }\n"
    files["empty"] = b"digraph {}\n"
    return files


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    binary, out = sys.argv[1], pathlib.Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as folder:
        work = pathlib.Path(folder)
        projects = project_files(binary, work)
        boards = json_files(binary, work)
        corpora = {"projectfile": projects, "boardjson": boards, "dot": dot_files(binary, work),
                   "exporters": boards}
    for target, files in corpora.items():
        (out / target).mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            (out / target / name).write_bytes(data)
        print(f"{out / target}: {len(files)} seeds")


if __name__ == "__main__":
    main()
