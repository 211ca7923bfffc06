//! Upper case for the letters the engine capitalises, without `char::to_uppercase`, whose
//! Unicode-wide table would add some 17 KB to every wasm build.

/// The upper case of a lower-case Latin letter, accented ones included (`é` → `É`); `None`
/// for any other character. Both cases have the same length in UTF-8.
pub fn latin_upper_case(c: char) -> Option<char> {
    match c {
        'a'..='z' => Some(c.to_ascii_uppercase()),
        // In Latin-1 each upper-case letter sits 0x20 below its lower case, ÷ and ÿ aside.
        'à'..='þ' if c != '÷' => char::from_u32(c as u32 - 0x20),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::latin_upper_case;

    #[test]
    fn capitalises_latin_letters_only() {
        assert_eq!(latin_upper_case('a'), Some('A'));
        assert_eq!(latin_upper_case('é'), Some('É'));
        assert_eq!(latin_upper_case('þ'), Some('Þ'));
        assert_eq!(latin_upper_case('÷'), None);
        assert_eq!(latin_upper_case('ÿ'), None);
        assert_eq!(latin_upper_case('я'), None);
        assert_eq!(latin_upper_case('A'), None);
    }
}
