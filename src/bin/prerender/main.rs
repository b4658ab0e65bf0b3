//! Build-time pre-rendering of the content shown before the WebAssembly
//! starts (and for good when it cannot start).
//!
//! Run by the Trunk post_build hook (`tools/post-build.mjs`) on a release
//! build, natively, with the `prerender` feature (yew's `ssr` and a streaming
//! HTML rewriter), so the wasm does not pay for it:
//!
//! ```sh
//! cargo run --features prerender --bin startklar-prerender -- DIR
//! ```
//!
//! It reads Trunk's `DIR/index.html` and writes to `DIR`:
//! - `index.html` (German) and `index.en.html` (English): the standalone page
//!   pre-rendered in its language, so the first paint is already in the
//!   visitor's language; the language links lead from one to the other;
//! - `fallback-de.html`, `fallback-en.html`: the snippet an author pastes
//!   inside `<startklar-quiz lang="…">…</startklar-quiz>`.
//!
//! The intro is the widget's own markup: the real [`App`] rendered by yew's
//! server renderer inside a `div` like the shadow root's `div.sk-mount`, so
//! that with `startklar-fallback.css` (the widget's stylesheet made to apply
//! outside the shadow root) the takeover causes no layout shift. Below it,
//! hidden for the first moments so that a normal start shows no flash, comes
//! the [`Checklist`]. Every text comes from `content/`; no inline styles or
//! scripts, so it works under a strict CSP.

mod checklist;
mod rewrite;

use std::path::{Path, PathBuf};

use checklist::{Checklist, ChecklistProps};
use rewrite::{Error, LanguageRow};
use startklar::components::app::{App, AppProps};
use startklar::content::Lang;
use yew::{BaseComponent, LocalServerRenderer};

/// `C` with `props`, as yew's server renderer writes it.
fn render<C: BaseComponent>(props: C::Properties) -> Result<String, Error> {
    let runtime = tokio::runtime::Builder::new_current_thread().build()?;
    let local = tokio::task::LocalSet::new();
    Ok(local.block_on(
        &runtime,
        LocalServerRenderer::<C>::with_props(props)
            .hydratable(false)
            .render(),
    ))
}

/// The fallback inside `<startklar-quiz>` in `lang`: the widget's first
/// screen, then the checklist.
fn fallback(lang: Lang, row: LanguageRow) -> Result<String, Error> {
    let intro = render::<App>(AppProps {
        lang,
        resume: None,
        invalid_share_link: false,
        share_base: Default::default(),
        pack_url: None,
        on_notice: Default::default(),
        on_save: Default::default(),
    })?;
    let checklist = render::<Checklist>(ChecklistProps { lang })?;
    rewrite::fallback(&intro, lang, row, &checklist)
}

fn write(dir: &Path, name: &str, html: &str) -> Result<(), Error> {
    let path = dir.join(name);
    std::fs::write(&path, html).map_err(|error| format!("{}: {error}", path.display()).into())
}

fn run(dir: &Path) -> Result<(), Error> {
    let index = dir.join("index.html");
    let page =
        std::fs::read_to_string(&index).map_err(|error| format!("{}: {error}", index.display()))?;
    for lang in Lang::BUILT_IN {
        let html = rewrite::standalone_page(&page, lang, &fallback(lang, LanguageRow::Links)?)?;
        write(dir, lang.standalone_page(), &html)?;
        let snippet = fallback(lang, LanguageRow::Placeholder)?;
        write(
            dir,
            &format!("fallback-{}.html", lang.code()),
            &format!("{snippet}\n"),
        )?;
    }
    Ok(())
}

fn main() -> std::process::ExitCode {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".to_string()));
    match run(&dir) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("startklar-prerender: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_gets_its_intro_and_checklist_but_no_buttons() {
        for lang in Lang::BUILT_IN {
            let html = fallback(lang, LanguageRow::Links).unwrap();
            let content = lang.content();
            assert!(
                html.starts_with("<div class=\"skf-mount\"><div lang="),
                "{html}"
            );
            assert!(html.contains("class=\"skf-fallback\""), "{html}");
            assert!(html.contains(content.intro.title.as_ref()));
            assert!(html.contains(lang.fallback().heading.as_ref()));
            assert!(html.contains(&format!("id=\"startklar-checklist-{}\"", lang.code())));
            assert!(
                !html.contains("<button") && !html.contains("style=") && !html.contains(" part=")
            );
            assert!(!html.contains("class=\"sk-") && !html.contains("class=\"sk\""));
            assert_eq!(html.matches("<li><strong>").count(), 8 + 3);
        }
    }

    #[test]
    fn a_snippet_links_only_to_its_own_checklist() {
        for lang in Lang::BUILT_IN {
            let html = fallback(lang, LanguageRow::Placeholder).unwrap();
            let links: Vec<&str> = html.split(" href=\"").skip(1).collect();
            assert_eq!(links.len(), 1, "{html}");
            assert!(links[0].starts_with(&format!("#startklar-checklist-{}\"", lang.code())));
        }
    }
}
