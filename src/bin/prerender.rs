//! Build-time pre-rendering of the content shown before the WebAssembly
//! starts (and for good when it cannot start).
//!
//! Run by the Trunk post_build hook (`tools/post-build.mjs`) on a release
//! build, natively, with the `prerender` feature (yew's `ssr`), so the wasm
//! does not pay for it:
//!
//! ```sh
//! cargo run --features prerender --bin startklar-prerender -- OUT_DIR
//! ```
//!
//! It writes to `OUT_DIR`:
//! - `fallback-standalone.html`: the inside of `<startklar-quiz standalone>`
//!   on `index.html`: the German intro, then the checklist in German and English;
//! - `fallback-de.html`, `fallback-en.html`: the snippet an author pastes
//!   inside `<startklar-quiz lang="…">…</startklar-quiz>`.
//!
//! The intro is the widget's own markup: the real [`App`] rendered by yew's
//! server renderer and wrapped in a `div` like the shadow root's
//! `div.sk-mount`, so that with `startklar-fallback.css` (the widget's
//! stylesheet made to apply outside the shadow root) the takeover causes no
//! layout shift. Its classes are renamed `sk…` → `skf…` (the stylesheet's
//! selectors too), so that nothing that looks for the widget's classes
//! inside the element finds the fallback as well.
//! Its buttons become links (to the checklist), since without the wasm a
//! button could do nothing. Below it, hidden for the first moments so that a
//! normal start shows no flash, comes the checklist: the eight questions and
//! the verdict rules. No inline styles or scripts: it works under a strict CSP.

use std::fmt::Write as _;
use std::path::PathBuf;

use startklar::components::app::{App, AppProps};
use startklar::content::{Content, Lang};
use yew::LocalServerRenderer;

/// Texts of the checklist that the widget itself never shows.
struct ChecklistText {
    heading: &'static str,
    intro: &'static str,
    how_to_score: &'static str,
    rules_heading: &'static str,
    rule_hands_off: &'static str,
    rule_ready: &'static str,
    rule_train: &'static str,
}

fn checklist_text(lang: Lang) -> ChecklistText {
    match lang {
        Lang::De => ChecklistText {
            heading: "Die acht Fragen als Checkliste",
            intro: "Das interaktive Quiz braucht JavaScript und WebAssembly. Ohne beides gehen Sie die acht Fragen einfach selbst durch.",
            how_to_score: "Zählen Sie für jedes Ja 2 Punkte, für jedes Teilweise 1 Punkt und für jedes Nein 0 Punkte (höchstens 16).",
            rules_heading: "So lesen Sie Ihr Ergebnis",
            rule_hands_off: "Frage 1 oder 2 mit Nein beantwortet, oder dreimal oder öfter Nein.",
            rule_ready: "Kein Nein und höchstens zweimal Teilweise.",
            rule_train: "Alles dazwischen.",
        },
        Lang::En => ChecklistText {
            heading: "The eight questions as a checklist",
            intro: "The interactive quiz needs JavaScript and WebAssembly. Without them, simply go through the eight questions yourself.",
            how_to_score: "Count 2 points for every yes, 1 point for every partly and 0 points for every no (16 at most).",
            rules_heading: "How to read your result",
            rule_hands_off: "Question 1 or 2 answered no, or three or more answers no.",
            rule_ready: "No “no” and at most two “partly”.",
            rule_train: "Everything in between.",
        },
    }
}

/// The id of the checklist in `lang`, the target of the fallback's links.
fn checklist_id(lang: Lang) -> String {
    format!("startklar-checklist-{}", lang.code())
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The widget's first screen in `lang`, exactly as the wasm renders it.
fn render_intro(lang: Lang) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a tokio runtime");
    let local = tokio::task::LocalSet::new();
    let props = AppProps {
        lang,
        resume: None,
        invalid_share_link: false,
        share_base: Default::default(),
        on_notice: Default::default(),
        on_save: Default::default(),
    };
    local.block_on(
        &runtime,
        LocalServerRenderer::<App>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// How the fallback's language row behaves.
#[derive(Clone, Copy, PartialEq)]
enum Switch {
    /// Links to the checklist of each language (both are on the page).
    Links,
    /// A hidden placeholder of the same size (a snippet has one language).
    Placeholder,
}

/// The attributes of a start tag such as `<div class="a" id="b">`, in order.
fn attributes(tag: &str) -> Vec<(&str, &str)> {
    let inner = tag.trim_start_matches('<').trim_end_matches('>');
    let mut rest = inner.split_once(' ').map_or("", |(_, rest)| rest);
    let mut found = Vec::new();
    while let Some(eq) = rest.find("=\"") {
        let name = rest[..eq].trim();
        let after = &rest[eq + 2..];
        let end = after.find('"').expect("a quoted attribute value");
        found.push((name, &after[..end]));
        rest = &after[end + 1..];
    }
    assert!(
        rest.trim().is_empty(),
        "unexpected attribute syntax in {tag}"
    );
    found
}

/// One `<button …>` start tag rewritten: as a link to `href` (`Some`), or
/// as a plain `span` (`None`). `aria-pressed="true"` becomes
/// `aria-current="true"`; `type` and `aria-pressed="false"` go.
fn rewrite_button_tag(tag: &str, href: Option<&str>) -> String {
    let mut out = String::from(if href.is_some() { "<a" } else { "<span" });
    for (name, value) in attributes(tag) {
        match (name, value) {
            ("type", _) | ("aria-pressed", "false") => {}
            // The current language keeps its look (the stylesheet styles
            // `aria-current` like `aria-pressed`).
            ("aria-pressed", _) => out.push_str(" aria-current=\"true\""),
            _ => {
                let _ = write!(out, " {name}=\"{value}\"");
            }
        }
    }
    if let Some(href) = href {
        let _ = write!(out, " href=\"{href}\"");
    }
    out.push('>');
    out
}

/// Rewrites every button of the rendered intro (they need the wasm).
fn rewrite_buttons(html: &str, lang: Lang, switch: Switch) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let mut buttons = 0;
    while let Some(start) = rest.find("<button") {
        out.push_str(&rest[..start]);
        let end = start + rest[start..].find('>').expect("a closed start tag") + 1;
        let tag = &rest[start..end];
        let close = end + rest[end..].find("</button>").expect("a closed button");
        let inner = &rest[end..close];
        // The language buttons carry their own `lang`; the start button none.
        let button_lang = attributes(tag)
            .into_iter()
            .find(|(name, _)| *name == "lang")
            .map(|(_, value)| Lang::from_tag(value));
        let closing = match (button_lang, switch) {
            (Some(_), Switch::Placeholder) => {
                out.push_str(&rewrite_button_tag(tag, None));
                "</span>"
            }
            (Some(target), Switch::Links) => {
                let href = format!("#{}", checklist_id(target));
                out.push_str(&rewrite_button_tag(tag, Some(&href)));
                "</a>"
            }
            (None, _) => {
                let href = format!("#{}", checklist_id(lang));
                out.push_str(&rewrite_button_tag(tag, Some(&href)));
                "</a>"
            }
        };
        out.push_str(inner);
        out.push_str(closing);
        rest = &rest[close + "</button>".len()..];
        buttons += 1;
    }
    out.push_str(rest);
    assert_eq!(
        buttons, 3,
        "the intro should have a start button and two language buttons"
    );
    if switch == Switch::Placeholder {
        // A snippet has one language: the row only keeps the layout.
        let class = "class=\"sk-language\"";
        let at = out.find(class).expect("the language switch is rendered");
        let start = out[..at].rfind('<').expect("a start tag");
        let end = at + out[at..].find('>').expect("a closed start tag") + 1;
        let mut tag = String::from("<div aria-hidden=\"true\"");
        for (name, value) in attributes(&out[start..end]) {
            if name != "role" && name != "aria-label" {
                let _ = write!(tag, " {name}=\"{value}\"");
            }
        }
        tag.push('>');
        out.replace_range(start..end, &tag);
    }
    out
}

/// The checklist in `lang`: questions and verdict rules.
fn checklist(lang: Lang) -> String {
    let content: &Content = lang.content();
    let text = checklist_text(lang);
    let mut html = String::new();
    let _ = write!(
        html,
        "<section class=\"sk-fallback\" lang=\"{code}\" id=\"{id}\" aria-labelledby=\"{id}-heading\">\
<h2 class=\"sk-fallback-heading\" id=\"{id}-heading\">{heading}</h2>\
<p>{intro}</p><p>{score}</p><ol class=\"sk-fallback-questions\">",
        code = lang.code(),
        id = checklist_id(lang),
        heading = escape(text.heading),
        intro = escape(text.intro),
        score = escape(text.how_to_score),
    );
    for case in content.cases.iter() {
        let _ = write!(
            html,
            "<li><strong>{}</strong><br>{}</li>",
            escape(&case.title),
            escape(&case.question)
        );
    }
    let verdicts = &content.verdicts;
    let _ = write!(
        html,
        "</ol><h3>{}</h3><ul class=\"sk-fallback-rules\">",
        escape(text.rules_heading)
    );
    for (verdict, rule) in [
        (&verdicts.hands_off, text.rule_hands_off),
        (&verdicts.ready, text.rule_ready),
        (&verdicts.train, text.rule_train),
    ] {
        let _ = write!(
            html,
            "<li><strong>{}</strong>: {}</li>",
            escape(&verdict.title),
            escape(rule)
        );
    }
    html.push_str("</ul></section>");
    html
}

/// The fallback inside `<startklar-quiz>`: the intro in `lang`, followed by
/// the checklist in each of `checklists`, all inside the widget's `div.sk`.
fn fallback(lang: Lang, switch: Switch, checklists: &[Lang]) -> String {
    let intro = rewrite_buttons(&render_intro(lang), lang, switch);
    // The rendered App is `<div class="sk" …>…</div>`; the checklists go
    // inside it, after the status line, so they share the widget's styles.
    let close = intro.rfind("</div>").expect("the App renders one div.sk");
    let mut out = String::from("<div class=\"sk-mount\">");
    out.push_str(&intro[..close]);
    for &other in checklists {
        out.push_str(&checklist(other));
    }
    out.push_str(&intro[close..]);
    out.push_str("</div>");
    fallback_classes(&out)
}

/// Gives the fallback classes of its own: every `sk…` class becomes `skf…`
/// (`sk-title` → `skf-title`) and `part` attributes go, so that nothing
/// looking for the widget's classes or parts inside the element (tests,
/// host-page CSS via `::part`) finds the fallback as well.
/// `startklar-fallback.css` renames the widget's selectors the same way.
fn fallback_classes(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(" class=\"") {
        let start = at + " class=\"".len();
        let end = start + rest[start..].find('"').expect("a quoted class value");
        out.push_str(&rest[..start]);
        let classes: Vec<String> = rest[start..end]
            .split_whitespace()
            .map(|class| match class.strip_prefix("sk") {
                Some(tail) if tail.is_empty() || tail.starts_with('-') => format!("skf{tail}"),
                _ => class.to_string(),
            })
            .collect();
        out.push_str(&classes.join(" "));
        rest = &rest[end..];
    }
    out.push_str(rest);
    let mut cleaned = String::with_capacity(out.len());
    let mut rest = out.as_str();
    while let Some(at) = rest.find(" part=\"") {
        cleaned.push_str(&rest[..at]);
        let value = at + " part=\"".len();
        let end = value + rest[value..].find('"').expect("a quoted part value") + 1;
        rest = &rest[end..];
    }
    cleaned.push_str(rest);
    cleaned
}

fn main() {
    if std::env::args().nth(1).as_deref() == Some("--raw") {
        // For debugging: the intro as the server renderer gives it.
        println!("{}", render_intro(Lang::De));
        return;
    }
    let out_dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".to_string()));
    std::fs::create_dir_all(&out_dir).expect("the output folder can be made");
    let files = [
        (
            "fallback-standalone.html",
            fallback(Lang::De, Switch::Links, &[Lang::De, Lang::En]),
        ),
        (
            "fallback-de.html",
            fallback(Lang::De, Switch::Placeholder, &[Lang::De]),
        ),
        (
            "fallback-en.html",
            fallback(Lang::En, Switch::Placeholder, &[Lang::En]),
        ),
    ];
    for (name, html) in files {
        let path = out_dir.join(name);
        std::fs::write(&path, format!("{html}\n"))
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_get_the_fallback_prefix() {
        assert_eq!(
            fallback_classes(
                "<a part=\"button\" class=\"sk-button sk sk-primary skip other\">x</a>"
            ),
            "<a class=\"skf-button skf skf-primary skip other\">x</a>"
        );
    }

    #[test]
    fn buttons_become_links_or_spans() {
        assert_eq!(
            rewrite_button_tag(
                "<button type=\"button\" class=\"sk-language-button\" lang=\"de\" aria-pressed=\"true\">",
                Some("#x")
            ),
            "<a class=\"sk-language-button\" lang=\"de\" aria-current=\"true\" href=\"#x\">"
        );
        assert_eq!(
            rewrite_button_tag(
                "<button type=\"button\" class=\"sk-language-button\" lang=\"en\" aria-pressed=\"false\">",
                None
            ),
            "<span class=\"sk-language-button\" lang=\"en\">"
        );
    }

    #[test]
    fn fallback_has_intro_and_checklists_but_no_buttons() {
        let html = fallback(Lang::De, Switch::Links, &[Lang::De, Lang::En]);
        assert!(!html.contains("<button"));
        assert!(!html.contains("style="));
        assert!(html.contains("Sind Sie startklar?"));
        assert!(html.contains("id=\"startklar-checklist-en\""));
        assert!(!html.contains("class=\"sk-") && !html.contains("class=\"sk\""));
        assert!(!html.contains(" part="));
        assert!(html.starts_with("<div class=\"skf-mount\"><div"));
        assert_eq!(html.matches("<li><strong>").count(), 2 * (8 + 3));
    }
}
