//! Helpers shared by the native integration tests.

use startklar::model::Answer;

/// Every one of the 3^8 answer sets, in a fixed order.
pub fn all_answer_sets() -> impl Iterator<Item = [Answer; 8]> {
    (0..3usize.pow(8)).map(|n| {
        let mut rest = n;
        std::array::from_fn(|_| {
            let answer = Answer::ALL[rest % 3];
            rest /= 3;
            answer
        })
    })
}
