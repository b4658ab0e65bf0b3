//! The cases of the seed post, one question each, and their numbers.
//!
//! Self-contained on purpose: `build.rs` includes this file too, so that the
//! content check and the model share one case count.

use std::fmt;
use std::ops::{Index, IndexMut};

/// The number of cases (and questions) the seed post names.
pub const CASE_COUNT: usize = 8;

/// A case of the seed post, numbered 1 to [`CASE_COUNT`] as the post
/// numbers them. The one way to name a question, a warning or a plan step:
/// `number()` is what people and events read, `index()` what arrays use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CaseNumber(u8);

impl CaseNumber {
    /// Every case, in the seed's order.
    pub const ALL: [CaseNumber; CASE_COUNT] = {
        let mut all = [CaseNumber(1); CASE_COUNT];
        let mut index = 0;
        while index < CASE_COUNT {
            all[index] = CaseNumber(index as u8 + 1);
            index += 1;
        }
        all
    };
    /// The first case: the first question.
    pub const FIRST: CaseNumber = CaseNumber::ALL[0];
    /// The last case: the question before the result.
    pub const LAST: CaseNumber = CaseNumber::ALL[CASE_COUNT - 1];
    /// Case 1, no goal.
    pub const GOAL: CaseNumber = CaseNumber(1);
    /// Case 2, no long-term plan.
    pub const LONG_TERM_PLAN: CaseNumber = CaseNumber(2);

    /// Goal and long-term plan: a "no" to either is a knock-out in the
    /// scoring, and both come first in the training plan.
    pub fn is_knock_out(self) -> bool {
        self == CaseNumber::GOAL || self == CaseNumber::LONG_TERM_PLAN
    }

    /// The case numbered `number` (1 to [`CASE_COUNT`]), if there is one.
    pub fn from_number(number: u8) -> Option<CaseNumber> {
        (1..=CASE_COUNT as u8)
            .contains(&number)
            .then_some(CaseNumber(number))
    }

    /// The case at 0-based `index`, if there is one.
    pub fn from_index(index: usize) -> Option<CaseNumber> {
        CaseNumber::ALL.get(index).copied()
    }

    /// The case's number, 1 to [`CASE_COUNT`].
    pub fn number(self) -> u8 {
        self.0
    }

    /// The case's 0-based position, below [`CASE_COUNT`].
    pub fn index(self) -> usize {
        usize::from(self.0 - 1)
    }

    /// The case after this one, unless this is the last.
    pub fn next(self) -> Option<CaseNumber> {
        CaseNumber::from_number(self.0 + 1)
    }

    /// The case before this one, unless this is the first.
    pub fn previous(self) -> Option<CaseNumber> {
        CaseNumber::from_number(self.0 - 1)
    }
}

/// The case's number, as people read it: `3`.
impl fmt::Display for CaseNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// One value per case, read by case number: `ticked[case]`.
impl<T> Index<CaseNumber> for [T; CASE_COUNT] {
    type Output = T;

    fn index(&self, case: CaseNumber) -> &T {
        &self[case.index()]
    }
}

impl<T> IndexMut<CaseNumber> for [T; CASE_COUNT] {
    fn index_mut(&mut self, case: CaseNumber) -> &mut T {
        &mut self[case.index()]
    }
}
