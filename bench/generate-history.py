"""Writes a git fast-import stream: the sample roadmap, then N dated commits.

One commit in 40 adds to a note linked from the roadmap (so the 86 notes get a few versions
each, some marked done); the others change a file elsewhere, as a long-lived repository does.
"""
import re
import sys

roadmap_path, count = sys.argv[1], int(sys.argv[2])
roadmap = open(roadmap_path, "rb").read()
notes = re.findall(rb"\]\(\./(notes/[^)]+)\)", roadmap)
start = 1767225600  # 2026-01-01T00:00:00Z
out = sys.stdout.buffer


def data(blob: bytes) -> None:
    out.write(b"data %d\n" % len(blob))
    out.write(blob)
    out.write(b"\n")


def commit(i: int, path: bytes, content: bytes) -> None:
    when = start + i * 900
    out.write(b"commit refs/heads/main\n")
    out.write(b"author Learner <learner@example.invalid> %d +0300\n" % when)
    out.write(b"committer Learner <learner@example.invalid> %d +0300\n" % when)
    data(b"commit %d" % i)
    out.write(b"M 100644 inline " + path + b"\n")
    data(content)


commit(0, b"README.md", roadmap)
versions = {}
for i in range(1, count):
    if i % 40 == 0:
        note = notes[(i // 40) % len(notes)]
        versions[note] = versions.get(note, 0) + 1
        done = b"---\nstatus: done\n---\n" if versions[note] >= 3 else b""
        body = b"# Topic\n\n" + b"".join(b"Paragraph %d about this topic, written on a new day.\n" % v for v in range(versions[note]))
        commit(i, note, done + body)
    else:
        commit(i, b"src/work-%d.txt" % (i % 50), b"change %d\n" % i)
