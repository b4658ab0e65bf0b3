//! Helpers shared by the native integration tests.

use startklar::model::Answer;

/// Every one of the 3^8 answer sets, in a fixed order.
#[allow(dead_code)] // not every test file that includes this module needs it
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

/// `text` as a JSON string literal, as the content packs write it: UTF-8,
/// with only `"`, `\` and control characters escaped.
#[allow(dead_code)] // not every test file that includes this module needs it
pub fn json_literal(text: &str) -> String {
    let mut out = String::from('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
