//! The figures every evaluation reports: precision, recall and F1 of matched items, shares in
//! per cent, and two-decimal rounding.

/// Precision, recall and F1, in %, of `matched` items among `predicted` and `annotated`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MatchScores {
    /// Matched predictions among all predictions.
    pub precision: f64,
    /// Matched annotations among all annotations.
    pub recall: f64,
    /// Their harmonic mean; 0 when both are 0.
    pub f1: f64,
}

impl MatchScores {
    /// The scores of `matched` items, out of `predicted` predictions and `annotated` annotations.
    pub fn of(matched: usize, predicted: usize, annotated: usize) -> Self {
        let (precision, recall) = (percent(matched, predicted), percent(matched, annotated));
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Self {
            precision,
            recall,
            f1,
        }
    }
}

/// `part` of `whole` in %, 0 when `whole` is 0.
pub fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}

/// `value` rounded to two decimals.
pub fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_matches() {
        assert_eq!(
            MatchScores::of(3, 4, 6),
            MatchScores {
                precision: 75.0,
                recall: 50.0,
                f1: 60.0
            }
        );
        assert_eq!(MatchScores::of(0, 0, 5).f1, 0.0);
        assert_eq!(round2(1.23456), 1.23);
    }
}
