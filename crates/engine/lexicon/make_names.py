#!/usr/bin/env python3
"""Writes first_names.txt and surnames.txt beside this script.

Sources (both public domain / free):
  - the US Census 1990 name files dist.male.first, dist.female.first and dist.all.last
    (columns: NAME, frequency in per cent, cumulative per cent, rank);
  - Debian's word list (package wamerican, /usr/share/dict/american-english), where ordinary
    words are written in lower case and proper nouns capitalised.

Every name whose frequency is at least MIN_PERCENT is kept, in lower case, sorted. A name
that the word list also has in lower case (will, mark, rose, brown, young) is an ordinary
English word too: it is written with a trailing `*`, and the engine trusts it only beside
other evidence of a name.

Usage: python3 make_names.py CENSUS_DIR [WORD_LIST]
"""

import sys
from pathlib import Path

MIN_PERCENT_FIRST = 0.01
MIN_PERCENT_LAST = 0.01


def read(path, min_percent):
    names = []
    for line in open(path, encoding="ascii"):
        name, percent, _cumulative, _rank = line.split()
        if float(percent) >= min_percent:
            names.append(name.lower())
    return names


def write(path, names, words, what, sources, min_percent):
    lines = [
        f"# {what}: the US Census 1990 names ({sources}) with a frequency of at least",
        f"# {min_percent}%, in lower case; `*` marks one that is also an ordinary English word",
        "# (lower case in Debian's wamerican word list). Made by make_names.py; do not edit.",
    ]
    for name in sorted(set(names)):
        lines.append(name + ("*" if name in words else ""))
    Path(path).write_text("\n".join(lines) + "\n", encoding="ascii")


def main():
    census = Path(sys.argv[1])
    word_list = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/dict/american-english"
    words = {line.strip() for line in open(word_list, encoding="utf-8") if line.strip().islower()}
    here = Path(__file__).resolve().parent
    first = read(census / "dist.male.first", MIN_PERCENT_FIRST) + read(
        census / "dist.female.first", MIN_PERCENT_FIRST
    )
    write(here / "first_names.txt", first, words, "First names",
          "dist.male.first, dist.female.first", MIN_PERCENT_FIRST)
    last = read(census / "dist.all.last", MIN_PERCENT_LAST)
    write(here / "surnames.txt", last, words, "Surnames", "dist.all.last", MIN_PERCENT_LAST)


if __name__ == "__main__":
    main()
