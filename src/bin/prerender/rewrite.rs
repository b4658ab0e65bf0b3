//! The two HTML rewrites of the pre-rendering, done by a streaming HTML
//! rewriter (`lol_html`) that matches CSS selectors, never by slicing text.

use std::cell::Cell;

use lol_html::html_content::{ContentType, Element};
use lol_html::{element, rewrite_str, RewriteStrSettings};
use startklar::content::Lang;

use crate::checklist::checklist_id;

/// Anything that went wrong while rewriting.
pub type Error = Box<dyn std::error::Error>;

/// How the fallback's language row behaves.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LanguageRow {
    /// Links to the standalone page pre-rendered in each language.
    Links,
    /// A hidden placeholder of the same size (a snippet has one language).
    Placeholder,
}

/// Turns the widget's rendered first screen (`intro`, the [`App`] in
/// `lang`) into fallback markup: buttons (which need the wasm) become links
/// or spans, `checklist` goes inside the widget's root after its status
/// line, every `sk…` class becomes `skf…` and `part` attributes go, so that
/// nothing looking for the widget's classes or parts inside the element
/// (tests, host-page CSS via `::part`) finds the fallback as well.
///
/// [`App`]: startklar::components::app::App
pub fn fallback(
    intro: &str,
    lang: Lang,
    row: LanguageRow,
    checklist: &str,
) -> Result<String, Error> {
    let (buttons, roots) = (Cell::new(0), Cell::new(0));
    let html = rewrite_str(
        intro,
        RewriteStrSettings {
            element_content_handlers: vec![
                element!(r#"div[part="widget"]"#, |el| {
                    roots.set(roots.get() + 1);
                    el.append(checklist, ContentType::Html);
                    Ok(())
                }),
                element!("button", |el| {
                    buttons.set(buttons.get() + 1);
                    button(el, lang, row)
                }),
                element!(r#"div[role="group"]"#, |el| {
                    if row == LanguageRow::Placeholder {
                        // A snippet has one language: the row only keeps the layout.
                        el.remove_attribute("role");
                        el.remove_attribute("aria-label");
                        el.set_attribute("aria-hidden", "true")?;
                    }
                    Ok(())
                }),
            ],
            ..RewriteStrSettings::default()
        },
    )?;
    if roots.get() != 1 || buttons.get() != 3 {
        return Err(format!(
            "expected the widget's root and three buttons (start, two languages), found {} and {}",
            roots.get(),
            buttons.get()
        )
        .into());
    }
    own_classes(&format!("<div class=\"sk-mount\">{html}</div>"))
}

/// Every `sk…` class becomes `skf…` and `part` attributes go (a second pass,
/// since content inserted by a pass is not parsed again by it).
fn own_classes(html: &str) -> Result<String, Error> {
    Ok(rewrite_str(
        html,
        RewriteStrSettings {
            element_content_handlers: vec![
                element!("[class]", |el| {
                    if let Some(classes) = el.get_attribute("class") {
                        el.set_attribute("class", &fallback_classes(&classes))?;
                    }
                    Ok(())
                }),
                element!("[part]", |el| {
                    el.remove_attribute("part");
                    Ok(())
                }),
            ],
            ..RewriteStrSettings::default()
        },
    )?)
}

/// One button of the intro: the start button becomes a link to the
/// checklist; a language button a link to that language's page (or a span
/// in a snippet). `aria-pressed="true"` becomes `aria-current="true"`.
fn button(el: &mut Element, lang: Lang, row: LanguageRow) -> lol_html::HandlerResult {
    let target = el
        .get_attribute("lang")
        .map(|tag| Lang::nearest(&tag, &Lang::BUILT_IN));
    let href = match (target, row) {
        (None, _) => Some(format!("#{}", checklist_id(lang))),
        (Some(target), LanguageRow::Links) => Some(page_link(target)),
        (Some(_), LanguageRow::Placeholder) => None,
    };
    if el.get_attribute("aria-pressed").as_deref() == Some("true") {
        el.set_attribute("aria-current", "true")?;
    }
    el.remove_attribute("aria-pressed");
    el.remove_attribute("type");
    match href {
        Some(href) => {
            el.set_tag_name("a")?;
            el.set_attribute("href", &href)?;
        }
        None => el.set_tag_name("span")?,
    }
    Ok(())
}

/// The link to the standalone page in `lang`, beside `index.html`.
pub fn page_link(lang: Lang) -> String {
    format!("{}?lang={}", lang.standalone_page(), lang.code())
}

/// `sk-title sk other` → `skf-title skf other`.
/// `startklar-fallback.css` renames the widget's selectors the same way.
fn fallback_classes(classes: &str) -> String {
    classes
        .split_whitespace()
        .map(|class| match class.strip_prefix("sk") {
            Some(tail) if tail.is_empty() || tail.starts_with('-') => format!("skf{tail}"),
            _ => class.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The standalone page (Trunk's `index.html`) in `lang`: the document's
/// `lang`, title and description in that language, and `fallback` inside
/// its `<startklar-quiz standalone>`.
pub fn standalone_page(page: &str, lang: Lang, fallback: &str) -> Result<String, Error> {
    let content = lang.content();
    let elements = Cell::new(0);
    let html = rewrite_str(
        page,
        RewriteStrSettings {
            element_content_handlers: vec![
                element!("html", |el| {
                    el.set_attribute("lang", lang.code())?;
                    Ok(())
                }),
                element!("head > title", |el| {
                    el.set_inner_content(&content.intro.title, ContentType::Text);
                    Ok(())
                }),
                element!(r#"meta[name="description"]"#, |el| {
                    el.set_attribute("content", &lang.fallback().page_description)?;
                    Ok(())
                }),
                element!("startklar-quiz[standalone]", |el| {
                    elements.set(elements.get() + 1);
                    el.set_inner_content(fallback, ContentType::Html);
                    Ok(())
                }),
            ],
            ..RewriteStrSettings::default()
        },
    )?;
    if elements.get() != 1 {
        return Err(format!(
            "expected one <startklar-quiz standalone> in the page, found {}",
            elements.get()
        )
        .into());
    }
    Ok(html)
}

#[cfg(test)]
mod tests {
    use super::*;

    const INTRO: &str = r#"<div class="sk" lang="de" part="widget"><div class="sk-language" role="group" aria-label="Sprache" part="language-switch"><button type="button" class="sk-language-button" lang="de" aria-pressed="true">Deutsch</button><button type="button" class="sk-language-button" lang="en" aria-pressed="false">English</button></div><section class="sk-screen sk-intro" part="intro"><button type="button" class="sk-button sk-primary skip" part="button primary-button">Quiz starten</button></section><p class="sk-visually-hidden" role="status"></p></div>"#;

    #[test]
    fn buttons_become_links_classes_are_renamed_and_the_checklist_goes_inside() {
        let html = fallback(
            INTRO,
            Lang::DE,
            LanguageRow::Links,
            "<section>list</section>",
        )
        .unwrap();
        assert_eq!(
            html,
            concat!(
                r#"<div class="skf-mount"><div class="skf" lang="de"><div class="skf-language" role="group" aria-label="Sprache">"#,
                r#"<a class="skf-language-button" lang="de" aria-current="true" href="index.html?lang=de">Deutsch</a>"#,
                r#"<a class="skf-language-button" lang="en" href="index.en.html?lang=en">English</a></div>"#,
                r##"<section class="skf-screen skf-intro"><a class="skf-button skf-primary skip" href="#startklar-checklist-de">Quiz starten</a></section>"##,
                r#"<p class="skf-visually-hidden" role="status"></p><section>list</section></div></div>"#,
            )
        );
    }

    #[test]
    fn a_snippet_hides_its_language_row() {
        let html = fallback(INTRO, Lang::EN, LanguageRow::Placeholder, "").unwrap();
        assert!(
            html.contains(r#"<div class="skf-language" aria-hidden="true">"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<span class="skf-language-button" lang="en">English</span>"#),
            "{html}"
        );
        assert!(
            html.contains(r##"href="#startklar-checklist-en""##),
            "{html}"
        );
    }

    #[test]
    fn unexpected_markup_is_an_error_not_a_broken_page() {
        let error = fallback(
            "<div part=\"widget\"></div>",
            Lang::DE,
            LanguageRow::Links,
            "",
        )
        .unwrap_err();
        assert!(error.to_string().contains("three buttons"), "{error}");
        let error = standalone_page("<html><body></body></html>", Lang::EN, "x").unwrap_err();
        assert!(error.to_string().contains("found 0"), "{error}");
    }

    #[test]
    fn the_page_speaks_its_language() {
        let page = r#"<html lang="de"><head><title>Sind Sie startklar? · Are you ready to start?</title><meta name="description" content="x"></head><body><startklar-quiz standalone><p>loading</p></startklar-quiz></body></html>"#;
        let html = standalone_page(page, Lang::EN, "<p>ready</p>").unwrap();
        assert!(
            html.starts_with(r#"<html lang="en"><head><title>Are you ready to start?</title>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<meta name="description" content="Eight questions"#),
            "{html}"
        );
        assert!(
            html.contains("<startklar-quiz standalone><p>ready</p></startklar-quiz>"),
            "{html}"
        );
    }
}
