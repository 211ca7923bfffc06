//! What a person can send when the engine failed on their text: the text's size, a
//! fingerprint of it computed here, the app's version and the error, and never the text.

/// A small report of one engine failure, safe to share: it holds nothing of the text but its
/// length and a hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The text's length in bytes (UTF-8).
    pub bytes: usize,
    /// The text's length in characters.
    pub chars: usize,
    /// The text's FNV-1a 64-bit hash, in hex: the same text always gives the same hash.
    pub hash: String,
    /// The app's version.
    pub version: &'static str,
    /// What the engine or the browser said.
    pub error: String,
}

impl Diagnostic {
    /// The report of `error` on `text`.
    pub fn new(text: &str, error: impl Into<String>) -> Self {
        Self {
            bytes: text.len(),
            chars: text.chars().count(),
            hash: format!("{:016x}", fnv1a_64(text.as_bytes())),
            version: env!("CARGO_PKG_VERSION"),
            error: error.into(),
        }
    }

    /// The report as the person copies it: one fact a line.
    pub fn report(&self) -> String {
        format!(
            "Nutgraf could not read a text.\nApp version: {}\nText length: {} characters ({} bytes)\n\
             Text fingerprint (FNV-1a 64): {}\nError: {}\n",
            self.version, self.chars, self.bytes, self.hash, self.error
        )
    }
}

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a_64(bytes: &[u8]) -> u64 {
    const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    bytes.iter().fold(OFFSET_BASIS, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(PRIME)
    })
}
