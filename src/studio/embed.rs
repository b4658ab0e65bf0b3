//! The embed builder: the author's choices and the snippets they give.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::draft;
use super::texts::Texts;
use crate::content::json::Value;
use crate::effects;

/// How the author wants the quiz on their page.
#[derive(Debug, Clone, PartialEq)]
pub struct EmbedChoices {
    /// `lang` of the element; empty: the pack's.
    pub lang: String,
    /// `theme`: auto, light or dark.
    pub theme: String,
    /// `persist`: session, local or off.
    pub persist: String,
    /// `--startklar-accent`.
    pub accent: String,
    /// `--startklar-font-family`; empty: the page's.
    pub font: String,
    /// Where the exported pack will live; empty: `startklar-<lang>.json`.
    pub url: String,
    /// The snippet just copied, for the status line.
    pub copied: Option<&'static str>,
}

impl Default for EmbedChoices {
    fn default() -> Self {
        EmbedChoices {
            lang: String::new(),
            theme: "auto".into(),
            persist: "session".into(),
            accent: "#0b57d0".into(),
            font: String::new(),
            url: String::new(),
            copied: None,
        }
    }
}

/// The folder this studio (and `startklar.js` beside it) is served from.
fn here() -> String {
    let href = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default();
    let page = href.split(['?', '#']).next().unwrap_or_default();
    page.rfind('/')
        .map_or(String::new(), |slash| page[..=slash].to_string())
}

/// `text` safe inside a double-quoted HTML attribute.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// The snippets for `choices`: (name, text).
pub fn snippets(t: &Texts, choices: &EmbedChoices, pack: &Value) -> Vec<(&'static str, String)> {
    let folder = here();
    let url = if choices.url.trim().is_empty() {
        draft::file_name(pack)
    } else {
        choices.url.trim().to_string()
    };
    let mut attributes = format!(" content=\"{}\"", attribute(&url));
    if !choices.lang.is_empty() {
        attributes.push_str(&format!(" lang=\"{}\"", attribute(&choices.lang)));
    }
    if choices.theme != "auto" {
        attributes.push_str(&format!(" theme=\"{}\"", attribute(&choices.theme)));
    }
    if choices.persist != "session" {
        attributes.push_str(&format!(" persist=\"{}\"", attribute(&choices.persist)));
    }
    // Colours and font as CSS for the page's stylesheet (or a <style>).
    let mut style = String::new();
    if choices.accent != EmbedChoices::default().accent {
        style.push_str(&format!(" --startklar-accent: {};", choices.accent));
    }
    if !choices.font.trim().is_empty() {
        style.push_str(&format!(
            " --startklar-font-family: {};",
            choices.font.trim()
        ));
    }
    let mut two_lines = format!(
        "<script type=\"module\" src=\"{folder}startklar.js\"></script>\n<startklar-quiz{attributes}></startklar-quiz>"
    );
    if !style.is_empty() {
        two_lines.push_str(&format!(
            "\n<style>startklar-quiz {{{} }}</style>",
            style.replace('<', "")
        ));
    }
    let title = draft::text_at(pack, "/intro/title").unwrap_or_default();
    let lang = if choices.lang.is_empty() {
        draft::text_at(pack, "/lang").unwrap_or("en").to_string()
    } else {
        choices.lang.clone()
    };
    let iframe = format!(
        "<iframe src=\"{folder}index.html?embed=1&amp;lang={}&amp;content={}\" title=\"{}\" width=\"100%\" height=\"900\" loading=\"lazy\"></iframe>",
        attribute(&lang),
        attribute(&crate::model::share_code::percent_encode(&url)),
        attribute(title)
    );
    let origin = folder.split('/').take(3).collect::<Vec<_>>().join("/");
    let csp = format!(
        "Content-Security-Policy: default-src 'self'; script-src 'self' {origin} 'wasm-unsafe-eval'; connect-src 'self' {origin}; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'"
    );
    let fallback = format!(
        "<startklar-quiz{attributes}>\n  <p><a href=\"{folder}index.html?lang={}\">{}: {}</a></p>\n</startklar-quiz>",
        attribute(&lang),
        t.fallback_link,
        attribute(title)
    );
    vec![
        (t.snippet, two_lines),
        (t.iframe, iframe),
        (t.csp, csp),
        (t.fallback, fallback),
    ]
}

/// The builder: choices, then each snippet with a copy button.
pub fn embed_view(
    t: &Texts,
    choices: &EmbedChoices,
    pack_lang: &str,
    pack: &Value,
    on_change: Callback<EmbedChoices>,
) -> Html {
    let change = |set: fn(&mut EmbedChoices, String)| {
        let (choices, on_change) = (choices.clone(), on_change.clone());
        Callback::from(move |event: Event| {
            let target = event.target();
            let value = target
                .clone()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
                .map(|select| select.value())
                .or_else(|| {
                    target
                        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                        .map(|input| input.value())
                })
                .unwrap_or_default();
            let mut next = choices.clone();
            set(&mut next, value);
            next.copied = None;
            on_change.emit(next);
        })
    };
    let select = |id: &str,
                  label: &str,
                  value: &str,
                  options: Vec<(String, String)>,
                  onchange: Callback<Event>| {
        html! {
            <div class="studio-field">
                <label for={id.to_string()}>{ label.to_string() }</label>
                <select id={id.to_string()} {onchange}>
                    { for options.into_iter().map(|(v, name)| html! { <option value={v.clone()} selected={v == value}>{ name }</option> }) }
                </select>
            </div>
        }
    };
    let mut languages = vec![(String::new(), format!("{} ({pack_lang})", t.page_language))];
    for (code, name) in [("de", "Deutsch"), ("en", "English")] {
        if !pack_lang.eq_ignore_ascii_case(code) {
            languages.push((code.into(), name.into()));
        }
    }
    let snippets = snippets(t, choices, pack);
    html! {
        <section class="studio-embed" aria-labelledby="studio-embed-heading">
            <h2 id="studio-embed-heading">{ t.embed_heading }</h2>
            { select("embed-lang", t.language, &choices.lang, languages, change(|c, v| c.lang = v)) }
            { select("embed-theme", t.theme, &choices.theme, vec![
                ("auto".into(), t.theme_auto.into()), ("light".into(), t.light.into()), ("dark".into(), t.dark.into())
            ], change(|c, v| c.theme = v)) }
            { select("embed-persist", t.persist, &choices.persist, vec![
                ("session".into(), t.persist_session.into()), ("local".into(), t.persist_local.into()), ("off".into(), t.persist_off.into())
            ], change(|c, v| c.persist = v)) }
            <div class="studio-field">
                <label for="embed-accent">{ t.accent }</label>
                <input type="color" id="embed-accent" value={choices.accent.clone()} onchange={change(|c, v| c.accent = v)} />
            </div>
            <div class="studio-field">
                <label for="embed-font">{ t.font }</label>
                <p class="studio-hint" id="embed-font-hint">{ t.font_hint }</p>
                <input type="text" id="embed-font" aria-describedby="embed-font-hint" value={choices.font.clone()} onchange={change(|c, v| c.font = v)} />
            </div>
            <div class="studio-field">
                <label for="embed-url">{ t.pack_url }</label>
                <p class="studio-hint" id="embed-url-hint">{ t.pack_url_hint }</p>
                <input type="text" id="embed-url" aria-describedby="embed-url-hint" value={choices.url.clone()} placeholder={draft::file_name(pack)} onchange={change(|c, v| c.url = v)} />
            </div>
            { for snippets.into_iter().enumerate().map(|(index, (name, text))| {
                let id = format!("embed-snippet-{index}");
                let on_copy = {
                    let (text, id, choices, on_change) = (text.clone(), id.clone(), choices.clone(), on_change.clone());
                    Callback::from(move |_: MouseEvent| {
                        let field = web_sys::window()
                            .and_then(|w| w.document())
                            .and_then(|d| d.get_element_by_id(&id));
                        let (choices, on_change) = (choices.clone(), on_change.clone());
                        effects::copy_text(text.clone(), field, Callback::from(move |done: bool| {
                            let mut next = choices.clone();
                            next.copied = done.then_some(name);
                            on_change.emit(next);
                        }));
                    })
                };
                html! {
                    <div class="studio-field">
                        <label for={id.clone()}>{ name }</label>
                        <textarea id={id} readonly=true rows="4" value={text} />
                        <button type="button" onclick={on_copy} aria-label={format!("{} – {name}", t.copy)}>{ t.copy }</button>
                        if choices.copied == Some(name) {
                            <p class="studio-hint" role="status">{ t.copied }</p>
                        }
                    </div>
                }
            }) }
        </section>
    }
}
