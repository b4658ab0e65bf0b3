//! The studio: one reducer holds the draft and the author's choices; the
//! views are plain functions of that state; effects keep the draft in
//! localStorage and feed the live preview.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::draft::{self, Schema};
use super::embed::{embed_view, EmbedChoices};
use super::texts::{Texts, UiLang};
use crate::content::json::{self, Value};
use crate::content::pack;
use crate::effects;

/// Where the draft is kept between visits.
const DRAFT_KEY: &str = "startklar-studio:draft";
/// Which built-in pack the draft started from (for the hints).
const BASE_KEY: &str = "startklar-studio:base";

/// A screen of the preview the author can jump to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jump {
    /// The intro.
    Intro,
    /// Question 1 to 8, the earlier ones answered "yes".
    Question(usize),
    /// A result with answers that lead to the verdict "ready", "train" or "hands off".
    Result(&'static str),
}

/// Everything the studio holds.
#[derive(Clone, PartialEq)]
pub struct StudioState {
    ui: UiLang,
    draft: Option<Value>,
    base: Option<&'static str>,
    confirm_discard: bool,
    file_error: Option<String>,
    embed: EmbedChoices,
    dark: bool,
    phone: bool,
    jump: (u32, Jump),
}

/// What the author does.
pub enum Action {
    /// Switch the studio's language.
    Ui(UiLang),
    /// Start from a built-in pack, `de` or `en`.
    StartFrom(&'static str),
    /// A file was opened: its text.
    Open(String),
    /// A text was edited.
    Edit(String, String),
    /// Add or remove the link `key` of the object at the pointer.
    ToggleLink(String, &'static str),
    /// Ask before discarding the draft, or answer the question.
    AskDiscard(bool),
    /// Discard the draft.
    Discard,
    /// An embed choice changed.
    Embed(EmbedChoices),
    /// Preview colours and width.
    Preview {
        /// Dark colours.
        dark: bool,
        /// Phone width.
        phone: bool,
    },
    /// Show a screen in the preview.
    Jump(Jump),
}

impl Reducible for StudioState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Ui(ui) => next.ui = ui,
            Action::StartFrom(lang) => {
                next.draft = json::parse(built_in(lang)).ok();
                next.base = Some(lang);
                next.file_error = None;
            }
            // Any file in the pack format opens, problems and all (they show in
            // the summary); anything else is refused with what is wrong.
            Action::Open(text) => match json::parse(&text) {
                Ok(value) if draft::text_at(&value, "/format") == Some(pack::FORMAT) => {
                    next.draft = Some(value);
                    next.base = None;
                    next.file_error = None;
                }
                Ok(_) => next.file_error = Some(format!("/format: must be \"{}\"", pack::FORMAT)),
                Err(error) => {
                    let (line, column) = json::line_column(&text, error.offset);
                    next.file_error =
                        Some(format!("line {line}, column {column}: {}", error.message));
                }
            },
            Action::Edit(pointer, text) => {
                if let Some(value) = next.draft.as_mut() {
                    draft::set_text(value, &pointer, &text);
                }
            }
            Action::ToggleLink(pointer, key) => {
                if let Some(value) = next.draft.as_mut() {
                    draft::toggle_link(value, &pointer, key);
                }
            }
            Action::AskDiscard(ask) => next.confirm_discard = ask,
            Action::Discard => {
                next.draft = None;
                next.base = None;
                next.confirm_discard = false;
            }
            Action::Embed(choices) => {
                // The preview follows a chosen colour scheme.
                if choices.theme != next.embed.theme && choices.theme != "auto" {
                    next.dark = choices.theme == "dark";
                }
                next.embed = choices;
            }
            Action::Preview { dark, phone } => {
                next.dark = dark;
                next.phone = phone;
            }
            Action::Jump(jump) => next.jump = (next.jump.0 + 1, jump),
        }
        Rc::new(next)
    }
}

/// The built-in pack `lang` as its file.
fn built_in(lang: &str) -> &'static str {
    if lang == "de" {
        include_str!("../../content/de.json")
    } else {
        include_str!("../../content/en.json")
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|window| window.local_storage().ok().flatten())
}

/// The state a visit starts with: the kept draft, if there is a valid one.
fn initial() -> StudioState {
    let stored = storage();
    let draft = stored
        .as_ref()
        .and_then(|s| s.get_item(DRAFT_KEY).ok().flatten())
        .and_then(|text| json::parse(&text).ok());
    let base = stored
        .as_ref()
        .and_then(|s| s.get_item(BASE_KEY).ok().flatten())
        .and_then(|base| ["de", "en"].into_iter().find(|b| *b == base));
    let browser = web_sys::window()
        .and_then(|window| window.navigator().language())
        .unwrap_or_default();
    let ui = if browser.to_ascii_lowercase().starts_with("de") {
        UiLang::De
    } else {
        UiLang::En
    };
    StudioState {
        ui,
        draft,
        base,
        confirm_discard: false,
        file_error: None,
        embed: EmbedChoices::default(),
        dark: false,
        phone: false,
        jump: (0, Jump::Intro),
    }
}

/// The studio page.
#[function_component]
pub fn Studio() -> Html {
    let state = use_reducer(initial);
    let schema = use_memo((), |()| Schema::bundled());
    let preview = use_node_ref();
    let t = state.ui.texts();
    let dispatch = state.dispatcher().to_callback();

    // The draft as its file and its problems: computed when the draft
    // changes, not on every render (a language switch, a jump, an embed choice).
    let checked = use_memo(state.draft.clone(), |draft| {
        let text = draft.as_ref().map(draft::to_json);
        let problems = match text.as_deref().map(pack::decode) {
            Some(Err(rejected)) => rejected.problems,
            _ => Vec::new(),
        };
        (text, problems)
    });
    let (draft_text, problems) = (checked.0.clone(), &checked.1);
    // The built-in pack the draft started from, for the hints.
    let base = use_memo(state.base, |base| {
        base.and_then(|lang| json::parse(built_in(lang)).ok())
    });

    // Keep the draft as the author types; forget it when it is discarded.
    {
        let base = state.base;
        use_effect_with(draft_text.clone(), move |text| {
            if let Some(storage) = storage() {
                let _ = match text {
                    Some(text) => storage
                        .set_item(DRAFT_KEY, text)
                        .and_then(|()| storage.set_item(BASE_KEY, base.unwrap_or(""))),
                    None => storage.remove_item(DRAFT_KEY),
                };
            }
        });
    }
    // The preview shows the last valid draft; a jump stores the chosen
    // screen for the preview element and reloads it.
    {
        let preview = preview.clone();
        let valid = draft_text.clone().filter(|_| problems.is_empty());
        let lang = state
            .draft
            .as_ref()
            .and_then(|value| draft::text_at(value, "/lang"))
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        let jump = state.jump;
        use_effect_with((valid, lang, jump), move |(valid, lang, (_, jump))| {
            if let (Some(text), Some(element)) = (valid, preview.cast::<Element>()) {
                show_in_preview(&element, text, lang, *jump);
            }
        });
    }
    {
        let preview = preview.clone();
        let embed = state.embed.clone();
        use_effect_with(embed, move |embed| {
            if let Some(element) = preview.cast::<HtmlElement>() {
                let style = element.style();
                // The default accent is left to the widget, which has one per scheme.
                let _ = if embed.accent == EmbedChoices::default().accent {
                    style.remove_property("--startklar-accent").map(|_| ())
                } else {
                    style.set_property("--startklar-accent", &embed.accent)
                };
                let _ = match embed.font.trim() {
                    "" => style.remove_property("--startklar-font-family").map(|_| ()),
                    font => style.set_property("--startklar-font-family", font),
                };
            }
        });
    }

    let header = html! {
        <header class="studio-header">
            <h1>{ t.title }</h1>
            <div class="studio-language" role="group" aria-label={t.interface_language}>
                { for [(UiLang::De, "Deutsch"), (UiLang::En, "English")].into_iter().map(|(ui, name)| html! {
                    <button type="button" lang={ui.code()} aria-pressed={(ui == state.ui).to_string()}
                        onclick={dispatch.reform(move |_: MouseEvent| Action::Ui(ui))}>{ name }</button>
                }) }
            </div>
        </header>
    };

    let body = match (&state.draft, draft_text) {
        (Some(value), Some(text)) => editor(
            &state,
            value,
            (&text, problems),
            schema.as_ref().as_ref(),
            base.as_ref().as_ref(),
            &preview,
            &dispatch,
        ),
        _ => start_view(t, state.file_error.as_deref(), &dispatch),
    };
    html! {
        <div class="studio" lang={state.ui.code()}>
            { header }
            <main id="studio-main">{ body }</main>
        </div>
    }
}

/// Stores `jump`'s screen for the preview element and gives it `text` as a
/// fresh pack URL, which makes the element start again.
fn show_in_preview(element: &Element, text: &str, lang: &str, jump: Jump) {
    let session = web_sys::window().and_then(|window| window.session_storage().ok().flatten());
    let path = web_sys::window()
        .and_then(|window| window.location().pathname().ok())
        .unwrap_or_default();
    let key = format!("startklar:{path}:preview");
    if let Some(session) = session {
        let stored = match jump {
            Jump::Intro => None,
            Jump::Question(n) => Some(format!(
                "1|q{}|{}{}|{lang}|00000000",
                n - 1,
                "y".repeat(n - 1),
                "-".repeat(9 - n)
            )),
            Jump::Result(answers) => Some(format!("1|r|{answers}|{lang}|00000000")),
        };
        let _ = match stored {
            Some(stored) => session.set_item(&key, &stored),
            None => session.remove_item(&key),
        };
    }
    let url = effects::blob(text, "application/json")
        .and_then(|blob| web_sys::Url::create_object_url_with_blob(&blob));
    if let Ok(url) = url {
        let _ = element.set_attribute("content", &url);
        // Older pack URLs are freed, but not the last few: the element may
        // still be fetching one of them while it starts again.
        PREVIEW_URLS.with(|urls| {
            let mut urls = urls.borrow_mut();
            urls.push(url);
            while urls.len() > 3 {
                let old = urls.remove(0);
                let _ = web_sys::Url::revoke_object_url(&old);
            }
        });
    }
}

thread_local! {
    /// The pack URLs given to the preview, oldest first.
    static PREVIEW_URLS: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The first screen: start from a built-in pack or open a file.
fn start_view(t: &'static Texts, error: Option<&str>, dispatch: &Callback<Action>) -> Html {
    let on_file = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            let file = event
                .target()
                .and_then(|target| target.dyn_into::<HtmlInputElement>().ok())
                .and_then(|input| input.files())
                .and_then(|files| files.get(0));
            if let Some(file) = file {
                read_file(file, dispatch.clone());
            }
        })
    };
    let on_drop = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            let file = event
                .data_transfer()
                .and_then(|transfer| transfer.files())
                .and_then(|files| files.get(0));
            if let Some(file) = file {
                read_file(file, dispatch.clone());
            }
        })
    };
    html! {
        <section class="studio-start" aria-labelledby="studio-start-heading">
            <p class="studio-lead">{ t.lead }</p>
            <h2 id="studio-start-heading">{ t.start_heading }</h2>
            <div class="studio-actions">
                <button type="button" class="studio-primary" onclick={dispatch.reform(|_: MouseEvent| Action::StartFrom("de"))}>{ t.start_de }</button>
                <button type="button" class="studio-primary" onclick={dispatch.reform(|_: MouseEvent| Action::StartFrom("en"))}>{ t.start_en }</button>
            </div>
            <div class="studio-drop" ondragover={Callback::from(|event: DragEvent| event.prevent_default())} ondrop={on_drop}>
                <label for="studio-file">{ t.open_file }</label>
                <input type="file" id="studio-file" accept=".json,application/json" onchange={on_file} />
                <p>{ t.drop_hint }</p>
            </div>
            if let Some(error) = error {
                <p class="studio-error" role="alert">{ format!("{} {error}", t.not_a_pack) }</p>
            }
        </section>
    }
}

/// Reads an opened or dropped file and hands its text to the reducer.
fn read_file(file: web_sys::File, dispatch: Callback<Action>) {
    wasm_bindgen_futures::spawn_local(async move {
        let text = JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|text| text.as_string());
        dispatch.emit(Action::Open(text.unwrap_or_default()));
    });
}

/// The id of the form field for `pointer`.
pub fn field_id(pointer: &str) -> String {
    format!("field{}", pointer.replace('/', "-").replace('$', "_"))
}

/// A field's label: where it sits in the pack, in the studio's language.
fn label(pointer: &str, ui: UiLang) -> String {
    let t = ui.texts();
    if pointer == "/lang" {
        return "lang (BCP 47: de, en, fr, pt-BR, ar …)".into();
    }
    let parts: Vec<&str> = pointer.split('/').skip(1).collect();
    // The section, and a case's number, are the fieldset's legend already.
    let skip = match parts.first() {
        Some(&"cases") => 2,
        Some(&"ui" | &"intro" | &"conclusion") => 1,
        _ => 0,
    };
    let numbered = |template: &str, index: &str| {
        let n = index.parse::<usize>().map_or(0, |i| i + 1);
        template.replace("{n}", &n.to_string())
    };
    let mut words: Vec<String> = Vec::new();
    for (i, part) in parts.iter().enumerate().skip(skip) {
        match (i.checked_sub(1).map(|before| parts[before]), *part) {
            (_, "chain" | "points") => {}
            (Some("chain"), index) => words.push(numbered(t.chain_link, index)),
            (Some("points"), index) => words.push(numbered(t.point, index)),
            (_, part) => words.push(ui.field_name(part)),
        }
    }
    let mut text = words.join(" – ");
    if let Some(first) = text.get(..1) {
        text = first.to_uppercase() + &text[1..];
    }
    text
}

/// The section heading a pointer belongs to.
fn section(pointer: &str, t: &Texts) -> String {
    let mut parts = pointer.split('/').skip(1);
    match parts.next() {
        Some("ui") => t.section_ui.into(),
        Some("intro") => t.section_intro.into(),
        Some("cases") => t.section_case.replace(
            "{n}",
            &parts
                .next()
                .and_then(|i| i.parse::<usize>().ok())
                .map_or(0, |i| i + 1)
                .to_string(),
        ),
        Some("verdicts") => t.section_verdicts.into(),
        Some("conclusion") => t.section_conclusion.into(),
        _ => t.section_basics.into(),
    }
}

/// The editor: problems, the form, the preview and the embed builder.
fn editor(
    state: &StudioState,
    value: &Value,
    (text, problems): (&str, &[pack::Problem]),
    schema: Option<&Schema>,
    base: Option<&Value>,
    preview: &NodeRef,
    dispatch: &Callback<Action>,
) -> Html {
    let t = state.ui.texts();
    let message = |pointer: &str| {
        problems
            .iter()
            .find(|p| p.pointer.as_deref() == Some(pointer))
            .map(|p| state.ui.message(&p.message))
    };
    let summary = (!problems.is_empty()).then(|| {
        html! {
            <div class="studio-summary" role="alert" aria-labelledby="studio-summary-heading" tabindex="-1">
                <h2 id="studio-summary-heading">{ t.problems_heading }</h2>
                <ul>
                    { for problems.iter().map(|problem| {
                        let pointer = problem.pointer.clone().unwrap_or_default();
                        let id = field_id(&pointer);
                        let onclick = Callback::from({
                            let id = id.clone();
                            move |event: MouseEvent| {
                                event.prevent_default();
                                focus(&id);
                            }
                        });
                        let shown = match &problem.pointer {
                            Some(pointer) => format!("{pointer}: {}", state.ui.message(&problem.message)),
                            None => problem.describe(text),
                        };
                        html! { <li><a href={format!("#{id}")} {onclick}>{ shown }</a></li> }
                    }) }
                </ul>
            </div>
        }
    });

    // The words a visitor meets first come first; the interface's small
    // texts last.
    let rank = |pointer: &str| match pointer.split('/').nth(1) {
        Some("intro") => 1,
        Some("cases") => 2,
        Some("verdicts") => 3,
        Some("conclusion") => 4,
        Some("ui") => 5,
        _ => 0,
    };
    let mut texts = draft::texts(value);
    texts.sort_by_key(|(pointer, _)| rank(pointer));
    let mut sections: Vec<(String, Vec<Html>)> = Vec::new();
    for (pointer, current) in texts {
        let heading = section(&pointer, t);
        if sections.last().map(|(h, _)| h != &heading).unwrap_or(true) {
            sections.push((heading.clone(), Vec::new()));
        }
        let field = field_view(
            state.ui,
            &pointer,
            &current,
            schema,
            base,
            message(&pointer),
            dispatch,
        );
        if let Some((_, fields)) = sections.last_mut() {
            fields.push(field);
        }
        // After a case's next step (its last text) or its link: add or remove the link.
        let case_end = pointer.starts_with("/cases/")
            && (pointer.ends_with("/next_step") || pointer.ends_with("/link/label"));
        let credit_end = pointer == "/intro/credit" || pointer == "/intro/credit_link/label";
        if case_end || credit_end {
            let (object, key) = if case_end {
                (
                    pointer.splitn(4, '/').take(3).collect::<Vec<_>>().join("/"),
                    "link",
                )
            } else {
                ("/intro".to_string(), "credit_link")
            };
            let has = draft::at(value, &format!("{object}/{key}")).is_some();
            if has == pointer.ends_with("/label") {
                let toggle = dispatch.reform({
                    let object = object.clone();
                    move |_: MouseEvent| Action::ToggleLink(object.clone(), key)
                });
                let label = if has { t.remove_link } else { t.add_link };
                if let Some((_, fields)) = sections.last_mut() {
                    fields.push(html! { <button type="button" class="studio-link-button" onclick={toggle}>{ label }</button> });
                }
            }
        }
    }

    let valid = problems.is_empty();
    let on_export = {
        let text = text.to_string();
        let name = draft::file_name(value);
        Callback::from(move |_: MouseEvent| {
            let _ = effects::download_text(&text, "application/json", &name);
        })
    };
    let confirm = state.confirm_discard.then(|| html! {
        <div class="studio-confirm" role="alertdialog" aria-labelledby="studio-confirm-text">
            <p id="studio-confirm-text">{ t.discard_question }</p>
            <button type="button" class="studio-danger" onclick={dispatch.reform(|_: MouseEvent| Action::Discard)}>{ t.discard }</button>
            <button type="button" onclick={dispatch.reform(|_: MouseEvent| Action::AskDiscard(false))}>{ t.keep_editing }</button>
        </div>
    });
    let pack_lang = draft::text_at(value, "/lang").unwrap_or("en").to_string();
    let jumps: Vec<(String, Jump)> = [(t.intro.to_string(), Jump::Intro)]
        .into_iter()
        .chain((1..=8).map(|n| (t.question.replace("{n}", &n.to_string()), Jump::Question(n))))
        .chain([
            (t.ready.to_string(), Jump::Result("yyyyyyyy")),
            (t.train.to_string(), Jump::Result("ypyppyyy")),
            (t.hands_off.to_string(), Jump::Result("nyyyyyyy")),
        ])
        .collect();
    let (dark, phone) = (state.dark, state.phone);
    let embed_lang = state.embed.lang.clone();
    html! {
        <>
            <div class="studio-toolbar">
                <button type="button" class="studio-primary" disabled={!valid} aria-describedby={(!valid).then_some("studio-export-blocked")} onclick={on_export}>{ t.export }</button>
                if !valid {
                    <p id="studio-export-blocked" class="studio-hint">{ t.export_blocked }</p>
                }
                <button type="button" onclick={dispatch.reform(|_: MouseEvent| Action::AskDiscard(true))}>{ t.start_over }</button>
                <p class="studio-hint">{ t.saved }</p>
            </div>
            { for confirm }
            { for summary }
            <div class="studio-columns">
                <section class="studio-form" aria-labelledby="studio-texts-heading">
                    <h2 id="studio-texts-heading">{ t.texts_heading }</h2>
                    { for sections.into_iter().map(|(heading, fields)| html! {
                        <fieldset class="studio-section">
                            <legend>{ heading }</legend>
                            { for fields }
                        </fieldset>
                    }) }
                </section>
                <aside class="studio-side" aria-labelledby="studio-preview-heading">
                    <h2 id="studio-preview-heading">{ t.preview_heading }</h2>
                    <div class="studio-jumps" role="group" aria-label={t.show_in_preview}>
                        { for jumps.into_iter().map(|(name, jump)| html! {
                            <button type="button" onclick={dispatch.reform(move |_: MouseEvent| Action::Jump(jump))}>{ name }</button>
                        }) }
                    </div>
                    <div class="studio-jumps" role="group" aria-label={t.colours}>
                        <button type="button" aria-pressed={(!dark).to_string()} onclick={dispatch.reform(move |_: MouseEvent| Action::Preview { dark: false, phone })}>{ t.light }</button>
                        <button type="button" aria-pressed={dark.to_string()} onclick={dispatch.reform(move |_: MouseEvent| Action::Preview { dark: true, phone })}>{ t.dark }</button>
                    </div>
                    <div class="studio-jumps" role="group" aria-label={t.width}>
                        <button type="button" aria-pressed={phone.to_string()} onclick={dispatch.reform(move |_: MouseEvent| Action::Preview { dark, phone: true })}>{ t.phone }</button>
                        <button type="button" aria-pressed={(!phone).to_string()} onclick={dispatch.reform(move |_: MouseEvent| Action::Preview { dark, phone: false })}>{ t.desktop }</button>
                    </div>
                    <div class={classes!("studio-preview", phone.then_some("studio-phone"))}>
                        <startklar-quiz id="preview" persist="session" theme={if dark { "dark" } else { "light" }} lang={(!embed_lang.is_empty()).then_some(embed_lang)} ref={preview.clone()}></startklar-quiz>
                    </div>
                    { embed_view(t, &state.embed, &pack_lang, value, dispatch.reform(Action::Embed)) }
                </aside>
            </div>
        </>
    }
}

/// Focuses the element with `id` (a field named in the error summary).
fn focus(id: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// One text of the pack: label, hint with the original, the text box, its
/// count and its problem.
fn field_view(
    ui: UiLang,
    pointer: &str,
    current: &str,
    schema: Option<&Schema>,
    base: Option<&Value>,
    problem: Option<String>,
    dispatch: &Callback<Action>,
) -> Html {
    let t = ui.texts();
    let id = field_id(pointer);
    let max = schema.and_then(|schema| schema.max_length(pointer));
    let count = current.chars().count();
    let original = base
        .and_then(|base| draft::text_at(base, pointer))
        .map(str::to_string);
    let count_id = format!("{id}-count");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let invalid = problem.is_some();
    let described: Vec<String> = [
        invalid.then(|| error_id.clone()),
        original.is_some().then(|| hint_id.clone()),
        max.is_some().then(|| count_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let oninput = {
        let pointer = pointer.to_string();
        dispatch.reform(move |event: InputEvent| {
            let text = event
                .target()
                .and_then(|target| target.dyn_into::<HtmlTextAreaElement>().ok())
                .map(|area| area.value())
                .unwrap_or_default();
            Action::Edit(pointer.clone(), text)
        })
    };
    let rows = if max.unwrap_or(0) > 90 { "3" } else { "1" };
    html! {
        <div class={classes!("studio-field", problem.is_some().then_some("studio-field-error"))}>
            <label for={id.clone()}>{ label(pointer, ui) }</label>
            if let Some(original) = original {
                <p class="studio-hint" id={hint_id}>{ format!("{} {original}", t.original) }</p>
            }
            if let Some(problem) = problem {
                <p class="studio-error" id={error_id}>{ problem }</p>
            }
            <textarea id={id} {rows} value={current.to_string()} {oninput}
                aria-invalid={invalid.to_string()}
                aria-describedby={(!described.is_empty()).then(|| described.join(" "))} />
            if let Some(max) = max {
                <p class={classes!("studio-count", (count > max).then_some("studio-over"))} id={count_id}>
                    { t.characters.replace("{n}", &count.to_string()).replace("{max}", &max.to_string()) }
                </p>
            }
        </div>
    }
}
