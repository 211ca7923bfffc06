#!/usr/bin/env python3
"""Draws Nutgraf's app icons into pwa/icons/ (PNG, with only the standard library).

The mark: three lines of text on a page, the first one in the accent colour, for
"the sentences that carry the story". The maskable icons keep the mark inside the
central safe zone (80 %) on a full-bleed background, as maskable icons must.
Run it again after changing the drawing; the PNGs it writes are committed.
"""

import os
import struct
import zlib

ACCENT = (10, 91, 171)
PAPER = (247, 245, 240)
INK = (29, 29, 31)
HERE = os.path.dirname(os.path.abspath(__file__))


def png(path, size, pixel):
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            row.extend(pixel(x / size, y / size))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def inside_rounded(x, y, left, top, right, bottom, radius):
    if not (left <= x <= right and top <= y <= bottom):
        return False
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius**2


def mark(x, y, scale):
    """The colour of the mark at (x, y) in a unit square, or None; `scale` shrinks it."""
    x = (x - 0.5) / scale + 0.5
    y = (y - 0.5) / scale + 0.5
    lines = [(0.30, 0.78, ACCENT), (0.46, 0.70, INK), (0.62, 0.58, INK)]
    for top, right, colour in lines:
        if inside_rounded(x, y, 0.22, top, right, top + 0.09, 0.045):
            return colour
    return None


def any_icon(x, y):
    if not inside_rounded(x, y, 0.04, 0.04, 0.96, 0.96, 0.18):
        return (0, 0, 0, 0)
    colour = mark(x, y, 1.0) or PAPER
    return (*colour, 255)


def maskable_icon(x, y):
    colour = mark(x, y, 0.72) or PAPER
    return (*colour, 255)


if __name__ == "__main__":
    out = os.path.join(HERE, "icons")
    os.makedirs(out, exist_ok=True)
    for size in (192, 512):
        png(os.path.join(out, f"icon-{size}.png"), size, any_icon)
        png(os.path.join(out, f"maskable-{size}.png"), size, maskable_icon)
    print("wrote", sorted(os.listdir(out)))
