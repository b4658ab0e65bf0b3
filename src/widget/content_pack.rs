//! A content pack at the edge: the loader fetched it; here it is decoded,
//! installed, or rejected whole with one console error that names the file
//! and each problem.

use super::console::error;
use crate::content::{self, pack, Lang};

/// A content pack as the loader fetched it (`content` attribute or, on the
/// standalone page, `?content=`).
pub struct PackSource {
    /// The pack's absolute URL.
    pub url: String,
    /// Its text, or why it could not be fetched (HTTP status, size, network).
    pub text: Result<String, String>,
}

/// A pack that was installed: its language and URL (for share links).
pub struct InstalledPack {
    /// The pack's language.
    pub lang: Lang,
    /// The pack's absolute URL.
    pub url: String,
}

/// What became of a widget's pack.
pub enum PackOutcome {
    /// No pack was asked for.
    None,
    /// The pack shows.
    Installed(InstalledPack),
    /// The pack was rejected; the language to show instead, if the pack
    /// named one: the built-in language nearest to it.
    Rejected(Option<Lang>),
}

impl PackOutcome {
    /// The language the pack asks for, if any.
    pub fn lang(&self) -> Option<Lang> {
        match self {
            PackOutcome::None => None,
            PackOutcome::Installed(pack) => Some(pack.lang),
            PackOutcome::Rejected(nearest) => *nearest,
        }
    }
}

/// Decodes and installs `source` for this wasm instance; without a source
/// (or with a rejected one) only the built-in languages show.
pub fn apply(source: Option<PackSource>) -> PackOutcome {
    content::remove_pack();
    let Some(PackSource { url, text }) = source else {
        return PackOutcome::None;
    };
    let text = match text {
        Ok(text) => text,
        Err(why) => {
            error(&format!(
                "<startklar-quiz>: could not load the content pack {url}: {why}. Showing a built-in language."
            ));
            return PackOutcome::Rejected(None);
        }
    };
    let rejected = match pack::decode(&text) {
        Ok(decoded) => match content::install_pack(decoded) {
            Some(lang) => return PackOutcome::Installed(InstalledPack { lang, url }),
            None => None,
        },
        Err(rejected) => Some(rejected),
    };
    let nearest = rejected
        .as_ref()
        .and_then(|rejected| rejected.lang.as_deref())
        .map(|tag| Lang::nearest(tag, &Lang::BUILT_IN));
    let problems: Vec<String> = rejected
        .map(|rejected| {
            rejected
                .problems
                .iter()
                .map(|problem| problem.describe(&text))
                .collect()
        })
        .unwrap_or_else(|| vec!["/lang: not a well-formed language tag".to_string()]);
    let shown = nearest.map_or("a built-in language", |lang| {
        lang.content().ui.language_name.as_ref()
    });
    error(&format!(
        "<startklar-quiz>: the content pack {url} was rejected:\n  {}\nShowing {shown} instead.",
        problems.join("\n  ")
    ));
    PackOutcome::Rejected(nearest)
}
