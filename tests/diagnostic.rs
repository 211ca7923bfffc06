//! The report a person can copy when the engine failed (`src/diagnostic.rs`), natively: the
//! text's length and FNV-1a hash with written-down values, and never the text itself.
#![cfg(not(target_arch = "wasm32"))]

use nutgraf_app::diagnostic::{fnv1a_64, Diagnostic};

#[test]
fn the_hash_is_fnv_1a_64() {
    // The published FNV-1a test vectors.
    assert_eq!(fnv1a_64(b""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(fnv1a_64(b"a"), 0xaf63_dc4c_8601_ec8c);
    assert_eq!(fnv1a_64(b"foobar"), 0x8594_4171_f739_67e8);
}

#[test]
fn the_report_has_the_length_the_hash_the_version_and_the_error_but_not_the_text() {
    let diagnostic = Diagnostic::new("naïve", "RuntimeError: unreachable");
    assert_eq!(
        diagnostic,
        Diagnostic {
            bytes: 6,
            chars: 5,
            hash: "1e858bc68a6332ab".to_owned(),
            version: "0.1.0",
            error: "RuntimeError: unreachable".to_owned(),
        }
    );
    assert_eq!(
        diagnostic.report(),
        "Nutgraf could not read a text.\nApp version: 0.1.0\nText length: 5 characters (6 bytes)\n\
         Text fingerprint (FNV-1a 64): 1e858bc68a6332ab\nError: RuntimeError: unreachable\n"
    );
    assert!(!diagnostic.report().contains("naïve"));
}
