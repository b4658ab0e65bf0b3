//! Console warnings for the page's author: a bad value costs one warning.

use crate::attributes::InvalidAttribute;

/// Writes `message` to the console as a warning.
pub fn warn(message: &str) {
    gloo_console::warn!(message);
}

/// One warning for each invalid value, naming it and the allowed values.
pub fn warn_invalid(invalid: impl IntoIterator<Item = InvalidAttribute>) {
    for invalid in invalid {
        warn(&invalid.to_string());
    }
}

/// Writes `message` to the console as an error.
pub fn error(message: &str) {
    gloo_console::error!(message);
}
