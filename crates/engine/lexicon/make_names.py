#!/usr/bin/env python3
"""Writes first_names.txt and surnames.txt beside this script, and the first names that tell a
person's gender into lists/male_first_names.txt and lists/female_first_names.txt.

Sources (both public domain / free):
  - the US Census 1990 name files dist.male.first, dist.female.first and dist.all.last
    (columns: NAME, frequency in per cent, cumulative per cent, rank);
  - Debian's word list (package wamerican, /usr/share/dict/american-english), where ordinary
    words are written in lower case and proper nouns capitalised.

Every name whose frequency is at least MIN_PERCENT_FIRST (first names) or MIN_PERCENT_LAST
(surnames) is kept, in lower case, sorted. A name that the word list also has in lower case
(mark, rose, brown, young) is an ordinary English word too: a first name of that kind is kept
only when it is common as a name (MIN_PERCENT_AMBIGUOUS: john, mark, but not young, hope),
written with a trailing `*`, and the engine trusts it only beside other evidence of a name; a
surname of that kind is left out (brown, young, king).

Usage: python3 make_names.py CENSUS_DIR [WORD_LIST]
"""

import sys
from pathlib import Path

MIN_PERCENT_FIRST = 0.01
MIN_PERCENT_LAST = 0.01
MIN_PERCENT_AMBIGUOUS = 0.05
# A first name tells a gender when at least this share of the people who bear it (the two
# census lists weighted alike) are of that gender.
MIN_GENDER_SHARE = 0.95


def read(path, min_percent, words, min_percent_ambiguous):
    """The names of a census file frequent enough, with `*` after an ordinary word."""
    names = []
    for line in open(path, encoding="ascii"):
        name, percent, _cumulative, _rank = line.split()
        name, percent = name.lower(), float(percent)
        if name in words:
            if percent >= min_percent_ambiguous:
                names.append(name + "*")
        elif percent >= min_percent:
            names.append(name)
    return names


def write(path, names, header):
    lines = ["# " + line for line in header] + ["# Made by make_names.py; do not edit."]
    lines += sorted(set(names))
    Path(path).write_text("\n".join(lines) + "\n", encoding="ascii")


def main():
    census = Path(sys.argv[1])
    word_list = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/dict/american-english"
    words = {line.strip() for line in open(word_list, encoding="utf-8") if line.strip().islower()}
    here = Path(__file__).resolve().parent
    first = [
        name
        for file in ("dist.male.first", "dist.female.first")
        for name in read(census / file, MIN_PERCENT_FIRST, words, MIN_PERCENT_AMBIGUOUS)
    ]
    # A name both as an ordinary word and not (a male and a female frequency) keeps its `*`.
    first = [name for name in first if not (name + "*") in first]
    write(here / "first_names.txt", first, [
        "First names: US Census 1990 (dist.male.first, dist.female.first), public domain, in",
        f"lower case: those of at least {MIN_PERCENT_FIRST}% that are no ordinary English word",
        "(none in lower case in Debian's wamerican list), and, marked `*`, those that are one",
        f"but of at least {MIN_PERCENT_AMBIGUOUS}% (john, mark).",
    ])
    last = read(census / "dist.all.last", MIN_PERCENT_LAST, words, float("inf"))
    write(here / "surnames.txt", last, [
        "Surnames: US Census 1990 (dist.all.last), public domain, in lower case: those of at",
        f"least {MIN_PERCENT_LAST}% that are no ordinary English word (none in lower case in",
        "Debian's wamerican list).",
    ])
    write_genders(census, here / "lists")


def percentages(path):
    """Every name of a census file with its frequency in per cent."""
    table = {}
    for line in open(path, encoding="ascii"):
        name, percent, _cumulative, _rank = line.split()
        table[name.lower()] = float(percent)
    return table


def write_genders(census, folder):
    """The first names of at least MIN_PERCENT_FIRST% borne by one gender at least
    MIN_GENDER_SHARE of the time, a list per gender."""
    male = percentages(census / "dist.male.first")
    female = percentages(census / "dist.female.first")
    for gender, own, other in (("male", male, female), ("female", female, male)):
        names = [
            name
            for name, percent in own.items()
            if percent >= MIN_PERCENT_FIRST
            and percent / (percent + other.get(name, 0.0)) >= MIN_GENDER_SHARE
        ]
        write(folder / f"{gender}_first_names.txt", names, [
            f"First names borne by {gender}s: US Census 1990 (dist.male.first,",
            f"dist.female.first), public domain, in lower case: those of at least {MIN_PERCENT_FIRST}%",
            f"of which at least {MIN_GENDER_SHARE:.0%} are {gender}s. The pronouns `he` and `she`",
            "are matched to speakers by these.",
        ])


if __name__ == "__main__":
    main()
