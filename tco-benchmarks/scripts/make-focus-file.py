#!/usr/bin/env python3
"""Writes a large FOCUS file for the chargeback benchmarks: the real 1,000-row sample repeated, each row with a
unique Id, every other cell as in the sample (so the totals are the sample's times the repetitions).

usage: make-focus-file.py ROWS OUT [SAMPLE]
  ROWS    rows to write, e.g. 1000000 (a multiple of the sample's 1,000 rows keeps the totals exact multiples)
  OUT     the file to write (not committed: write it into target/ or /tmp); ends in .gz to gzip it
  SAMPLE  default examples/chargeback/focus_sample.csv
"""
import gzip
import sys


def cells_span(line, index):
    """(start, end) of cell `index` in a CSV line, quotes respected."""
    col, i, start, quoted = 0, 0, 0, False
    while i < len(line):
        c = line[i]
        if c == '"':
            quoted = not quoted
        elif c == ',' and not quoted:
            if col == index:
                return start, i
            col += 1
            start = i + 1
        i += 1
    return start, len(line)


def main():
    rows, out = int(sys.argv[1]), sys.argv[2]
    sample = sys.argv[3] if len(sys.argv) > 3 else "examples/chargeback/focus_sample.csv"
    with open(sample, encoding="utf-8", newline="") as f:
        lines = f.read().splitlines()
    header, data = lines[0], [l for l in lines[1:] if l]
    names = [h.strip('"') for h in header.split(",")]
    idx = names.index("Id")
    parts = []
    for l in data:
        s, e = cells_span(l, idx)
        parts.append((l[:s], l[e:]))
    opener = gzip.open if out.endswith(".gz") else open
    with opener(out, "wt", encoding="utf-8", newline="") as w:
        w.write(header + "\n")
        n = 0
        buf = []
        while n < rows:
            for pre, post in parts:
                if n >= rows:
                    break
                buf.append(pre + str(n + 1) + post + "\n")
                n += 1
            if len(buf) >= 100000:
                w.write("".join(buf))
                buf = []
        w.write("".join(buf))


if __name__ == "__main__":
    main()
