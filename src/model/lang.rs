//! The languages the widget speaks, as plain values: tags, parsing and the
//! nearest match. Their texts live in `content` (`Lang::content`).

/// A language the widget speaks, named by its lowercase BCP 47 tag: one of
/// the built-in languages or the language of a loaded content pack.
///
/// A `&'static str` keeps it `Copy`; a pack's tag is interned once when the
/// pack is installed (`content::install_pack`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang(&'static str);

/// A language value that names none of the languages on offer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl Lang {
    /// German, the original.
    pub const DE: Lang = Lang("de");
    /// English.
    pub const EN: Lang = Lang("en");
    /// The built-in languages, in the order the switch shows them.
    pub const BUILT_IN: [Lang; 2] = [Lang::DE, Lang::EN];

    /// The language of a content pack whose tag is `tag`; `None` unless
    /// `tag` is a well-formed lowercase tag ([`is_well_formed_tag`]).
    pub fn from_interned(tag: &'static str) -> Option<Lang> {
        (is_well_formed_tag(tag) && !tag.bytes().any(|b| b.is_ascii_uppercase()))
            .then_some(Lang(tag))
    }

    /// The language tag, e.g. `de` or `fr-ca`.
    pub fn code(self) -> &'static str {
        self.0
    }

    /// The primary language subtag: `fr` of `fr-ca`.
    pub fn primary(self) -> &'static str {
        primary_subtag(self.0)
    }

    /// Parses an explicit choice (`lang` attribute, `?lang=`, stored state)
    /// among `available`: the same tag (case, `_` for `-` and surrounding
    /// space ignored), else the first language with the same primary
    /// subtag (`de-AT` is `de`).
    pub fn parse(value: &str, available: &[Lang]) -> Result<Lang, UnknownLang> {
        let tag = value.trim().replace('_', "-");
        let unknown = || UnknownLang(value.to_string());
        if !is_well_formed_tag(&tag) {
            return Err(unknown());
        }
        let primary = primary_subtag(&tag);
        available
            .iter()
            .find(|lang| lang.0.eq_ignore_ascii_case(&tag))
            .or_else(|| {
                available
                    .iter()
                    .find(|lang| lang.primary().eq_ignore_ascii_case(primary))
            })
            .copied()
            .ok_or_else(unknown)
    }

    /// The language of `available` nearest to a tag such as a page's `lang`
    /// or the browser's language: the same language if it is on offer,
    /// else English, else the first on offer.
    pub fn nearest(tag: &str, available: &[Lang]) -> Lang {
        Lang::parse(tag, available).unwrap_or_else(|_| {
            Lang::parse("en", available)
                .ok()
                .or_else(|| available.first().copied())
                .unwrap_or(Lang::EN)
        })
    }

    /// The file name of the standalone page pre-rendered nearest to this
    /// language, beside `index.html` (German, the original).
    pub fn standalone_page(self) -> &'static str {
        if self.primary() == "de" {
            "index.html"
        } else {
            "index.en.html"
        }
    }
}

/// True for a tag shaped like BCP 47: a primary subtag of two or three
/// letters, then subtags of one to eight letters or digits, at most 35
/// characters in all.
pub fn is_well_formed_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let primary_ok = subtags
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    primary_ok
        && tag.len() <= 35
        && subtags
            .all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn primary_subtag(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}
