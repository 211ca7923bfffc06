//! The map between a text as pasted and its reading form: which byte of one is which byte of
//! the other, so that spans found in the reading form still index the original input.

use std::ops::Range;

/// One stretch of the reading form and where it came from, in eight bytes (a hard-wrapped
/// text has a piece or two a line): offsets fit 32 bits, texts being at most
/// [`MAX_TEXT_BYTES`](super::MAX_TEXT_BYTES).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    /// Where it starts in the reading form.
    reading: u32,
    /// Where it starts in the original, with [`REPLACED`] set when an original stretch was
    /// replaced (a CRLF by a line break, a no-break space by a space, a soft hyphen by
    /// nothing) rather than copied unchanged.
    original: u32,
}

/// The bit of [`Piece::original`] that marks a replaced stretch.
const REPLACED: u32 = 1 << 31;

impl Piece {
    fn new(reading: usize, original: usize, copied: bool) -> Self {
        let (reading, original) = (offset(reading), offset(original));
        Self {
            reading,
            original: if copied { original } else { original | REPLACED },
        }
    }

    /// True when the bytes are copied unchanged.
    fn copied(&self) -> bool {
        self.original & REPLACED == 0
    }

    /// Where the piece starts on side `side`.
    fn on(&self, side: Side) -> usize {
        match side {
            Side::Reading => self.reading as usize,
            Side::Original => (self.original & !REPLACED) as usize,
        }
    }
}

/// `offset` in 31 bits: a text is at most [`MAX_TEXT_BYTES`](super::MAX_TEXT_BYTES) long, and
/// its reading form no longer.
fn offset(offset: usize) -> u32 {
    debug_assert!(
        offset < REPLACED as usize,
        "an offset beyond any text the engine reads"
    );
    offset as u32
}

/// Maps byte offsets of a reading form to byte offsets of the original and back. Built by
/// [`ReadingBuilder`]; offsets on char boundaries map to char boundaries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    pieces: Vec<Piece>,
    reading_len: usize,
    original_len: usize,
}

impl OffsetMap {
    /// The map of a text read as written: every offset maps to itself.
    pub fn identity(len: usize) -> Self {
        Self {
            pieces: vec![Piece::new(0, 0, true)],
            reading_len: len,
            original_len: len,
        }
    }

    /// The original span that `reading` was read from: a span starting or ending inside a
    /// replaced stretch takes in the whole stretch.
    pub fn to_original(&self, reading: Range<usize>) -> Range<usize> {
        self.map_span(reading, Side::Reading)
    }

    /// The reading span that shows the original span `original`.
    pub fn to_reading(&self, original: Range<usize>) -> Range<usize> {
        self.map_span(original, Side::Original)
    }

    /// The stretches of the reading span `reading`, in order, each with the original offset
    /// its bytes are copied from (`None` for a replaced stretch, whose bytes the reading form
    /// alone holds).
    pub fn stretches(
        &self,
        reading: Range<usize>,
    ) -> impl Iterator<Item = (Range<usize>, Option<usize>)> + '_ {
        let first = self
            .pieces
            .partition_point(|piece| piece.on(Side::Reading) <= reading.start)
            .saturating_sub(1);
        self.pieces[first..]
            .iter()
            .enumerate()
            .map(move |(index, piece)| {
                let piece_end = self
                    .pieces
                    .get(first + index + 1)
                    .map_or(self.reading_len, |next| next.on(Side::Reading));
                let start = piece.on(Side::Reading).max(reading.start);
                let stretch = start..piece_end.min(reading.end);
                let original = piece
                    .copied()
                    .then(|| piece.on(Side::Original) + (start - piece.on(Side::Reading)));
                (stretch, original)
            })
            .take_while(move |(stretch, _)| stretch.start < reading.end)
            .filter(|(stretch, _)| !stretch.is_empty())
    }

    /// `span`, on side `from`, on the other side.
    fn map_span(&self, span: Range<usize>, from: Side) -> Range<usize> {
        let start = self.map_offset(span.start, from, false);
        let end = if span.end <= span.start {
            start
        } else {
            self.map_offset(span.end, from, true)
        };
        start..end.max(start)
    }

    /// Offset `offset` on side `from`, on the other side: as the start of a span, or (with
    /// `is_end`) as its end, which stays before a replaced stretch that starts there.
    fn map_offset(&self, offset: usize, from: Side, is_end: bool) -> usize {
        let to = from.other();
        let index = self.pieces.partition_point(|piece| {
            let at = piece.on(from);
            at < offset || (!is_end && at == offset)
        });
        let Some(piece) = index.checked_sub(1).and_then(|index| self.pieces.get(index)) else {
            return 0;
        };
        let piece_end = self.pieces.get(index).map_or(self.len(to), |next| next.on(to));
        if piece.copied() {
            (piece.on(to) + (offset - piece.on(from))).min(piece_end)
        } else if is_end {
            piece_end
        } else {
            piece.on(to)
        }
    }

    /// The length of side `side`.
    fn len(&self, side: Side) -> usize {
        match side {
            Side::Reading => self.reading_len,
            Side::Original => self.original_len,
        }
    }
}

/// The two texts an [`OffsetMap`] relates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Reading,
    Original,
}

impl Side {
    fn other(self) -> Self {
        match self {
            Self::Reading => Self::Original,
            Self::Original => Self::Reading,
        }
    }
}

/// Writes a reading form piece by piece while keeping its [`OffsetMap`].
#[derive(Debug, Default)]
pub struct ReadingBuilder {
    reading: String,
    pieces: Vec<Piece>,
    original: usize,
}

impl ReadingBuilder {
    /// A builder for a reading form of about `capacity` bytes.
    pub fn with_capacity(capacity: usize) -> Self {
        Self {
            reading: String::with_capacity(capacity),
            ..Self::default()
        }
    }

    /// Copies `original`, the next stretch of the original, unchanged.
    pub fn copy(&mut self, original: &str) {
        if original.is_empty() {
            return;
        }
        let extends = self.pieces.last().is_some_and(Piece::copied);
        if !extends {
            self.pieces
                .push(Piece::new(self.reading.len(), self.original, true));
        }
        self.reading.push_str(original);
        self.original += original.len();
    }

    /// Reads the next `original_len` bytes of the original as `reading` (possibly empty).
    pub fn replace(&mut self, original_len: usize, reading: &str) {
        if original_len == 0 && reading.is_empty() {
            return;
        }
        self.pieces
            .push(Piece::new(self.reading.len(), self.original, false));
        self.reading.push_str(reading);
        self.original += original_len;
    }

    /// The reading form and its map (kept as long as the document: its spare capacity is
    /// given back).
    pub fn finish(mut self) -> (String, OffsetMap) {
        self.pieces.shrink_to_fit();
        let map = OffsetMap {
            reading_len: self.reading.len(),
            original_len: self.original,
            pieces: self.pieces,
        };
        (self.reading, map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `a\r\nb\u{a0}c\u{ad}d` read as `a\nb c d` without the soft hyphen: `a\nb cd`.
    fn sample() -> (String, OffsetMap) {
        let mut builder = ReadingBuilder::default();
        builder.copy("a");
        builder.replace(2, "\n");
        builder.copy("b");
        builder.replace(2, " ");
        builder.copy("c");
        builder.replace(2, "");
        builder.copy("d");
        builder.finish()
    }

    #[test]
    fn maps_reading_spans_to_the_original() {
        let (reading, map) = sample();
        assert_eq!(reading, "a\nb cd");
        assert_eq!(map.to_original(0..1), 0..1); // a
        assert_eq!(map.to_original(2..3), 3..4); // b
        assert_eq!(map.to_original(2..5), 3..7); // b c: the no-break space taken in
        assert_eq!(map.to_original(4..6), 6..10); // cd: the soft hyphen taken in
        assert_eq!(map.to_original(5..6), 9..10); // d starts after the soft hyphen
        assert_eq!(map.to_original(4..5), 6..7); // c ends before it
        assert_eq!(map.to_original(0..6), 0..10);
        assert_eq!(map.to_original(6..6), 10..10);
    }

    #[test]
    fn tells_copied_stretches_from_replaced_ones() {
        let (_, map) = sample();
        let stretches: Vec<_> = map.stretches(0..6).collect();
        assert_eq!(
            stretches,
            [
                (0..1, Some(0)),
                (1..2, None),
                (2..3, Some(3)),
                (3..4, None),
                (4..5, Some(6)),
                (5..6, Some(9))
            ]
        );
        assert_eq!(
            map.stretches(4..6).collect::<Vec<_>>(),
            [(4..5, Some(6)), (5..6, Some(9))]
        );
        assert_eq!(map.stretches(2..2).count(), 0);
        let identity = OffsetMap::identity(5);
        assert_eq!(identity.stretches(1..4).collect::<Vec<_>>(), [(1..4, Some(1))]);
    }

    #[test]
    fn maps_original_spans_to_the_reading_form() {
        let (_, map) = sample();
        assert_eq!(map.to_reading(3..4), 2..3);
        assert_eq!(map.to_reading(0..10), 0..6);
        assert_eq!(map.to_reading(1..3), 1..2); // the CRLF is the line break
        assert_eq!(map.to_reading(6..10), 4..6);
    }

    #[test]
    fn identity_maps_every_offset_to_itself() {
        let map = OffsetMap::identity(5);
        assert_eq!(map.to_original(1..4), 1..4);
        assert_eq!(map.to_reading(0..5), 0..5);
        assert_eq!(map.to_original(9..12), 5..5);
    }
}
