//! The rules that decide where a widget's settings and first screen come
//! from, as the README promises them. Pure: the page is read into a
//! [`Surroundings`] first, so the rules are tested natively.

use crate::attributes::{parse_lang, parse_persist, query_param, InvalidAttribute, Persist};
use crate::model::saved_state::SavedState;
use crate::model::share_code::ShareCodeError;
use crate::model::{Answer, Lang, Quiz, CASE_COUNT};

/// What the page says about one widget, read as plain values.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Surroundings {
    /// The element's `lang` attribute.
    pub lang_attribute: Option<String>,
    /// The element's `persist` attribute.
    pub persist_attribute: Option<String>,
    /// True for the standalone page's element (attribute `standalone`).
    pub standalone: bool,
    /// The page URL's query, e.g. `?lang=en&persist=off`.
    pub query: String,
    /// The `lang` of the element's nearest ancestor that has one.
    pub ancestor_lang: Option<String>,
    /// The browser's language, e.g. `de-AT`.
    pub browser_lang: String,
}

/// The language, among `available`: the `lang` attribute; then, on the
/// standalone page, `?lang=`; then `pack`, the content pack's language (or,
/// for a rejected pack, the built-in language nearest to it); else the
/// nearest ancestor's `lang` (not on the standalone page, whose own `lang`
/// only mirrors the widget); then the browser's. Each invalid value on the
/// way is returned for a console warning.
pub fn lang(
    page: &Surroundings,
    available: &[Lang],
    pack: Option<Lang>,
) -> (Lang, Vec<InvalidAttribute>) {
    let mut invalid = Vec::new();
    match parse_lang(page.lang_attribute.as_deref(), available) {
        Ok(Some(lang)) => return (lang, invalid),
        Ok(None) => {}
        Err(error) => invalid.push(error),
    }
    if page.standalone {
        match parse_lang(query_param(&page.query, "lang"), available) {
            Ok(Some(lang)) => return (lang, invalid),
            Ok(None) => {}
            Err(error) => invalid.push(InvalidAttribute {
                name: "?lang",
                ..error
            }),
        }
    }
    if let Some(pack) = pack {
        return (pack, invalid);
    }
    if let Some(tag) = page
        .ancestor_lang
        .as_deref()
        .filter(|tag| !page.standalone && !tag.trim().is_empty())
    {
        return (Lang::nearest(tag, available), invalid);
    }
    (Lang::nearest(&page.browser_lang, available), invalid)
}

/// Where answers are kept: the `persist` attribute; then, on the
/// standalone page, `?persist=`; else `session`. An invalid value is
/// returned for a console warning, and the default applies.
pub fn persist(page: &Surroundings) -> (Persist, Option<InvalidAttribute>) {
    let (value, name) = match &page.persist_attribute {
        Some(value) => (Some(value.as_str()), "persist"),
        None if page.standalone => (query_param(&page.query, "persist"), "?persist"),
        None => (None, "persist"),
    };
    match parse_persist(value) {
        Ok(persist) => (persist, None),
        Err(invalid) => (
            Persist::default(),
            Some(InvalidAttribute { name, ..invalid }),
        ),
    }
}

/// Where a widget starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartingPoint {
    /// The intro, ignoring share link and storage (`fresh`).
    Fresh,
    /// The result a valid share link stands for.
    Shared(SavedState),
    /// The intro with a note: the share link was rejected. Never an older
    /// stored result, which the visitor would take for the shared one.
    RejectedShareLink(ShareCodeError),
    /// Whatever storage holds, else the intro.
    Stored,
}

/// The first screen: `fresh` ignores both share link and storage; a valid
/// share link wins over stored state; a rejected one shows the intro.
/// `share_link` is the standalone page's share code, if it has one.
pub fn starting_point(
    fresh: bool,
    share_link: Option<Result<[Answer; CASE_COUNT], ShareCodeError>>,
    lang: Lang,
) -> StartingPoint {
    match share_link {
        _ if fresh => StartingPoint::Fresh,
        None => StartingPoint::Stored,
        Some(Err(error)) => StartingPoint::RejectedShareLink(error),
        Some(Ok(answers)) => StartingPoint::Shared(SavedState {
            quiz: Quiz::completed(answers),
            lang,
            ticked: [false; CASE_COUNT],
        }),
    }
}
