//! Content hashes for file names and cache versions: 64-bit FNV-1a, as 16 hex digits.
//! Not for security: only to tell one build's files from another's.

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// Hashes pieces of content in turn; the same pieces in the same order give the same hash.
#[derive(Debug, Clone, Copy)]
pub struct ContentHash(u64);

impl Default for ContentHash {
    fn default() -> Self {
        Self(OFFSET)
    }
}

impl ContentHash {
    /// Adds `bytes`, followed by their length, so that two pieces never read as one.
    pub fn add(&mut self, bytes: &[u8]) -> &mut Self {
        for &byte in bytes.iter().chain(&(bytes.len() as u64).to_le_bytes()) {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(PRIME);
        }
        self
    }

    /// The hash as 16 lower-case hex digits.
    pub fn hex(&self) -> String {
        format!("{:016x}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::ContentHash;

    #[test]
    fn equal_content_hashes_equal_and_any_change_shows() {
        let hash = |pieces: &[&[u8]]| {
            let mut hash = ContentHash::default();
            for piece in pieces {
                hash.add(piece);
            }
            hash.hex()
        };
        assert_eq!(hash(&[b"abc"]), hash(&[b"abc"]));
        assert_eq!(hash(&[b"abc"]).len(), 16);
        assert_ne!(hash(&[b"abc"]), hash(&[b"abd"]));
        assert_ne!(hash(&[b"ab", b"c"]), hash(&[b"a", b"bc"]));
    }
}
