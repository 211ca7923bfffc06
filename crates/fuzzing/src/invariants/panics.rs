//! A panic is a broken promise like any other: caught and described.

use std::panic::{catch_unwind, AssertUnwindSafe};

use super::Checked;

/// Runs `check`, turning a panic inside it into `Err` with the panic's message.
pub fn without_panic(check: impl FnOnce() -> Checked) -> Checked {
    match catch_unwind(AssertUnwindSafe(check)) {
        Ok(outcome) => outcome,
        Err(payload) => {
            let message = payload
                .downcast_ref::<&str>()
                .map(|text| (*text).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a panic without a message".to_owned());
            Err(format!("the engine panicked: {message}"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::without_panic;

    #[test]
    fn a_panic_becomes_its_message() {
        assert_eq!(without_panic(|| Ok(())), Ok(()));
        assert_eq!(without_panic(|| Err("no".into())), Err("no".into()));
        let outcome = without_panic(|| panic!("index {} out of range", 3));
        assert_eq!(outcome, Err("the engine panicked: index 3 out of range".into()));
    }
}
