//! The share code: eight answers and a check digit in the URL fragment of
//! the standalone page, `#r=yyppnyyy7`. The fragment never reaches a server.
//!
//! Format: `r=` then one character per question in order (`y` yes,
//! `p` partly, `n` no), then a check digit `0`–`9`: the sum of the answer
//! values (y 0, p 1, n 2) weighted 1, 3, 7, 9, 1, 3, 7, 9, modulo 10. Any
//! single changed answer changes the digit, so a tampered code is rejected
//! instead of showing a wrong result.

use std::fmt;

use super::{Answer, Lang, QUESTION_COUNT};

/// The key of the share code in the URL fragment: `#r=…`.
pub const FRAGMENT_KEY: &str = "r=";

/// The length of a share code without the `r=`.
pub const CODE_LENGTH: usize = QUESTION_COUNT + 1;

const WEIGHTS: [u32; QUESTION_COUNT] = [1, 3, 7, 9, 1, 3, 7, 9];

/// Why a share code was rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareCodeError {
    /// Nothing after `r=`.
    Empty,
    /// Not nine characters (`found` counts bytes, so it is cheap on huge input).
    WrongLength {
        /// The length found, in bytes.
        found: usize,
    },
    /// A character outside `y`, `p`, `n` (answers) or `0`–`9` (check digit).
    BadCharacter {
        /// 0-based position of the character.
        position: usize,
    },
    /// The check digit does not match the answers: the code was changed.
    BadChecksum,
}

impl fmt::Display for ShareCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareCodeError::Empty => write!(f, "the share code is empty"),
            ShareCodeError::WrongLength { found } => write!(
                f,
                "the share code has {found} characters; expected {CODE_LENGTH}"
            ),
            ShareCodeError::BadCharacter { position } => write!(
                f,
                "the share code has an unexpected character at position {}; expected y, p or n, then a digit",
                position + 1
            ),
            ShareCodeError::BadChecksum => {
                write!(f, "the share code's check digit does not match its answers")
            }
        }
    }
}

fn check_digit(answers: &[Answer; QUESTION_COUNT]) -> u32 {
    let value = |answer: &Answer| match answer {
        Answer::Yes => 0,
        Answer::Partly => 1,
        Answer::No => 2,
    };
    answers
        .iter()
        .zip(WEIGHTS)
        .map(|(answer, weight)| value(answer) * weight)
        .sum::<u32>()
        % 10
}

/// The share code for eight answers, without the `r=`: e.g. `yyppnyyy7`.
pub fn encode(answers: &[Answer; QUESTION_COUNT]) -> String {
    let mut code: String = answers.iter().map(|answer| answer.code()).collect();
    code.push(char::from_digit(check_digit(answers), 10).unwrap_or('0'));
    code
}

/// The eight answers of a share code (without the `r=`).
pub fn decode(code: &str) -> Result<[Answer; QUESTION_COUNT], ShareCodeError> {
    if code.is_empty() {
        return Err(ShareCodeError::Empty);
    }
    if code.len() != CODE_LENGTH {
        return Err(ShareCodeError::WrongLength { found: code.len() });
    }
    let bytes = code.as_bytes();
    let mut answers = [Answer::Yes; QUESTION_COUNT];
    for (position, slot) in answers.iter_mut().enumerate() {
        *slot = Answer::from_code(char::from(bytes[position]))
            .ok_or(ShareCodeError::BadCharacter { position })?;
    }
    let digit =
        char::from(bytes[QUESTION_COUNT])
            .to_digit(10)
            .ok_or(ShareCodeError::BadCharacter {
                position: QUESTION_COUNT,
            })?;
    if digit != check_digit(&answers) {
        return Err(ShareCodeError::BadChecksum);
    }
    Ok(answers)
}

/// Reads a URL fragment such as `#r=yyppnyyy7`: `None` when it holds no
/// share code at all, else the decoded answers or why they were rejected.
pub fn from_fragment(fragment: &str) -> Option<Result<[Answer; QUESTION_COUNT], ShareCodeError>> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment.strip_prefix(FRAGMENT_KEY).map(decode)
}

/// The link that reproduces a result: the standalone page pre-rendered
/// nearest to the sharer's `lang`, in the folder of `page_url` (the
/// standalone page's URL), so that its first paint is already close to that
/// language; `?lang=` for the widget, `&content=` with the content pack's
/// absolute URL when one was loaded, and the share code in the fragment,
/// e.g. `https://example.org/quiz/index.en.html?lang=en#r=yyppnyyy7`.
pub fn share_url(
    page_url: &str,
    lang: Lang,
    pack_url: Option<&str>,
    answers: &[Answer; QUESTION_COUNT],
) -> String {
    let page = page_url.split(['?', '#']).next().unwrap_or_default();
    let folder = page.rfind('/').map_or("", |slash| &page[..=slash]);
    let pack = pack_url
        .map(|url| format!("&content={}", percent_encode(url)))
        .unwrap_or_default();
    format!(
        "{folder}{}?lang={}{pack}#{FRAGMENT_KEY}{}",
        lang.standalone_page(),
        lang.code(),
        encode(answers)
    )
}

/// `value` percent-encoded for a query parameter: every byte but
/// unreserved characters, `/` and `:` (kept for readable URLs).
pub fn percent_encode(value: &str) -> String {
    value
        .bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' | b':' => {
                char::from(byte).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}
