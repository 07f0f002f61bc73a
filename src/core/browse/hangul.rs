//! Hangul in Browse queries: a query of initial consonants (`ㄹㄷ`) matches the words whose
//! syllables start with them (`람다`), as Korean search boxes do, and full syllables match as
//! they are written.
//!
//! A precomposed syllable (U+AC00-U+D7A3) is `0xAC00 + (initial * 21 + vowel) * 28 + final`, so
//! its initial consonant is `(code - 0xAC00) / 588`. A keyboard types a lone consonant as a
//! compatibility jamo (U+3131-U+314E), which is what a query holds.
//!
//! The fuzzy matcher compares characters for equality, so a text is matched through a view: with
//! a query of consonants only, every syllable stands for its initial (`람다` reads `ㄹㄷ`, one
//! character for one, so positions stay the same); with consonants and syllables in one query
//! (`람ㄷ`, as an input method shows a word half typed), every syllable is preceded by its initial
//! (`ㄹ람ㄷ다`). Views are written into a buffer the caller reuses, and only for texts that have
//! Hangul and pass the letter filter.

/// The 19 initial consonants in syllable order, as compatibility jamo.
const INITIALS: [char; 19] = [
    'ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ',
    'ㅌ', 'ㅍ', 'ㅎ',
];

/// The initial consonant (an index into `INITIALS`) of a precomposed Hangul syllable.
pub(super) fn syllable_initial(c: char) -> Option<usize> {
    let n = (c as u32).checked_sub(0xAC00)?;
    (n < 11_172).then_some((n / 588) as usize)
}

/// The index into `INITIALS` of a compatibility jamo that can start a syllable (not a vowel, nor
/// a cluster such as `ㄳ` that only ends one).
pub(super) fn jamo_initial(c: char) -> Option<usize> {
    if !('ㄱ'..='ㅎ').contains(&c) {
        return None;
    }
    INITIALS.iter().position(|&j| j == c)
}

/// The initial consonant a character stands for in the letter filter: a syllable's initial, or
/// the consonant itself.
pub(super) fn initial(c: char) -> Option<usize> {
    syllable_initial(c).or_else(|| jamo_initial(c))
}

/// How a query's words are matched against a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum View {
    /// As written (no initial consonant in the query).
    Plain,
    /// Each syllable as its initial (consonants and no syllables in the query).
    Initials,
    /// Each syllable as its initial followed by itself (both in the query).
    Both,
}

impl View {
    /// The view a query's words need.
    pub(super) fn of(words: &str) -> View {
        if !words.chars().any(|c| jamo_initial(c).is_some()) {
            View::Plain
        } else if words.chars().any(|c| syllable_initial(c).is_some()) {
            View::Both
        } else {
            View::Initials
        }
    }

    /// `text` as this view reads it: the text itself when the view is plain or `hangul` says the
    /// text has no Hangul, else written into `buf`.
    pub(super) fn read<'a>(self, text: &'a str, hangul: bool, buf: &'a mut String) -> &'a str {
        if self == View::Plain || !hangul {
            return text;
        }
        buf.clear();
        for c in text.chars() {
            match syllable_initial(c) {
                Some(i) => {
                    buf.push(INITIALS[i]);
                    if self == View::Both {
                        buf.push(c);
                    }
                }
                None => buf.push(c),
            }
        }
        buf
    }

    /// The character positions in `text` of positions in this view of it (sorted, once each).
    pub(super) fn text_positions(self, text: &str, mut view: Vec<usize>) -> Vec<usize> {
        if self != View::Both {
            return view;
        }
        view.sort_unstable();
        let mut out = Vec::with_capacity(view.len());
        let mut want = view.into_iter().peekable();
        let mut at = 0;
        for (i, c) in text.chars().enumerate() {
            let width = if syllable_initial(c).is_some() { 2 } else { 1 };
            at += width;
            let mut hit = false;
            while want.next_if(|&p| p < at).is_some() {
                hit = true;
            }
            if hit {
                out.push(i);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_of_syllables_and_of_typed_consonants() {
        assert_eq!(syllable_initial('가'), Some(0));
        assert_eq!(syllable_initial('람'), Some(5));
        assert_eq!(syllable_initial('다'), Some(3));
        assert_eq!(
            syllable_initial('힣'),
            Some(18),
            "the last syllable, U+D7A3"
        );
        assert_eq!(syllable_initial('\u{D7A4}'), None);
        assert_eq!(syllable_initial('ㄹ'), None);
        assert_eq!(jamo_initial('ㄹ'), Some(5));
        assert_eq!(jamo_initial('ㄸ'), Some(4));
        assert_eq!(jamo_initial('ㄳ'), None, "a cluster only ends a syllable");
        assert_eq!(jamo_initial('ㅏ'), None, "a vowel");
        assert_eq!(jamo_initial('a'), None);
        // Every initial is the initial of the syllables it starts.
        for (i, &j) in INITIALS.iter().enumerate() {
            let first = char::from_u32(0xAC00 + 588 * i as u32).unwrap();
            assert_eq!(
                (initial(j), initial(first)),
                (Some(i), Some(i)),
                "{j} {first}"
            );
        }
    }

    #[test]
    fn views_of_a_text() {
        let mut buf = String::new();
        let text = "Lambda 람다 함수";
        assert_eq!(View::of("람다"), View::Plain);
        assert_eq!(View::of("ㄹㄷ lambda"), View::Initials);
        assert_eq!(View::of("람ㄷ"), View::Both);
        assert_eq!(View::Plain.read(text, true, &mut buf), text);
        assert_eq!(View::Initials.read(text, false, &mut buf), text);
        assert_eq!(
            View::Initials.read(text, true, &mut buf),
            "Lambda ㄹㄷ ㅎㅅ"
        );
        assert_eq!(
            View::Both.read(text, true, &mut buf),
            "Lambda ㄹ람ㄷ다 ㅎ함ㅅ수"
        );
        assert_eq!(View::Initials.text_positions(text, vec![7, 8]), vec![7, 8]);
        // "ㄹ람ㄷ다" is at 7-10 of the view: the initials of 다 (9) and 수 (14) are 다 (8) and 수 (11).
        assert_eq!(
            View::Both.text_positions(text, vec![14, 9, 0]),
            vec![0, 8, 11]
        );
        assert_eq!(View::Both.text_positions(text, vec![7, 8]), vec![7]);
    }
}
