//! The languages the widget speaks, as a plain value: parsing and codes.
//! Their texts live in `content` (`Lang::content`).

/// A language the widget speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// German, the original.
    De,
    /// English.
    En,
}

/// A language value that is neither `de` nor `en`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl Lang {
    /// Both languages, in the order the switch shows them.
    pub const ALL: [Lang; 2] = [Lang::De, Lang::En];

    /// The language code: `de` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// Parses an explicit choice (`lang` attribute, `?lang=`): `de` or `en`,
    /// ignoring case and surrounding space.
    pub fn parse(value: &str) -> Result<Lang, UnknownLang> {
        match value.trim().to_ascii_lowercase().as_str() {
            "de" => Ok(Lang::De),
            "en" => Ok(Lang::En),
            _ => Err(UnknownLang(value.to_string())),
        }
    }

    /// The file name of the standalone page pre-rendered in this language,
    /// beside `index.html` (German, the original).
    pub fn standalone_page(self) -> &'static str {
        match self {
            Lang::De => "index.html",
            Lang::En => "index.en.html",
        }
    }

    /// The language for a BCP 47 tag such as a page's `lang` or the
    /// browser's language: German for `de` and its regional forms, else English.
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("de") {
            Lang::De
        } else {
            Lang::En
        }
    }
}
