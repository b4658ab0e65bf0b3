//! Parsing of the element's attributes and the standalone page's URL
//! parameters: outside data, so every parser returns a `Result` whose error
//! names the attribute and the allowed values.

use std::fmt;

use crate::content::json::quote;
use crate::model::Lang;

/// An attribute value the widget does not understand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidAttribute {
    /// The attribute's name, e.g. `lang`.
    pub name: &'static str,
    /// The value found.
    pub value: String,
    /// The values allowed.
    pub allowed: Vec<&'static str>,
}

impl fmt::Display for InvalidAttribute {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let allowed: Vec<String> = self.allowed.iter().map(|v| format!("\"{v}\"")).collect();
        // Values from outside are shown escaped and shortened, never raw.
        let mut shown: String = self.value.chars().take(40).collect();
        if self.value.chars().count() > 40 {
            shown.push('…');
        }
        write!(
            f,
            "<startklar-quiz>: invalid {}={}; allowed values: {}. Using the default.",
            self.name,
            quote(&shown),
            allowed.join(", ")
        )
    }
}

/// The colour scheme asked for by the `theme` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// Parses `lang` among the languages `available` (the built-in ones and a
/// loaded pack's): a tag such as `de`, also with a region as authors often
/// write it (`de-AT`, `en-GB`), case and surrounding space ignored.
/// `None` (attribute absent) is `Ok(None)`: the default applies.
pub fn parse_lang(
    value: Option<&str>,
    available: &[Lang],
) -> Result<Option<Lang>, InvalidAttribute> {
    value
        .map(|value| {
            Lang::parse(value, available).map_err(|_| InvalidAttribute {
                name: "lang",
                value: value.to_string(),
                allowed: available.iter().map(|lang| lang.code()).collect(),
            })
        })
        .transpose()
}

/// Parses `theme`: `auto`, `light` or `dark`.
pub fn parse_theme(value: Option<&str>) -> Result<Theme, InvalidAttribute> {
    const ALLOWED: &[&str] = &["auto", "light", "dark"];
    parse_choice(
        "theme",
        value,
        ALLOWED,
        [Theme::Auto, Theme::Light, Theme::Dark],
    )
}

/// Parses a keyword attribute: `allowed[i]` (case and surrounding space
/// ignored) is `values[i]`; absent is the first value, the default.
fn parse_choice<T: Copy, const N: usize>(
    name: &'static str,
    value: Option<&str>,
    allowed: &'static [&'static str],
    values: [T; N],
) -> Result<T, InvalidAttribute> {
    let Some(raw) = value else {
        return Ok(values[0]);
    };
    let wanted = raw.trim().to_ascii_lowercase();
    allowed
        .iter()
        .zip(values)
        .find(|(keyword, _)| **keyword == wanted)
        .map(|(_, value)| value)
        .ok_or_else(|| InvalidAttribute {
            name,
            value: raw.to_string(),
            allowed: allowed.to_vec(),
        })
}

/// The value of query parameter `name` in a URL query such as `?lang=de&x=1`,
/// percent-decoding not needed for the values the widget accepts.
pub fn query_param<'a>(query: &'a str, name: &str) -> Option<&'a str> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

/// Where the widget keeps answers and position between reloads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Persist {
    /// Survives a reload in the same tab (`sessionStorage`).
    #[default]
    Session,
    /// Survives closing the browser (`localStorage`).
    Local,
    /// Nothing is stored.
    Off,
}

/// Parses `persist`: `session`, `local` or `off`.
pub fn parse_persist(value: Option<&str>) -> Result<Persist, InvalidAttribute> {
    const ALLOWED: &[&str] = &["session", "local", "off"];
    parse_choice(
        "persist",
        value,
        ALLOWED,
        [Persist::Session, Persist::Local, Persist::Off],
    )
}
