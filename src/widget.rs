//! Mounts the app into a host element's shadow root and connects it to the
//! page: attributes and URL in, DOM events and storage out, console
//! warnings for the author. Outside data is parsed at this edge and a bad
//! value never stops the quiz.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement, ShadowRoot, Storage};
use yew::{AppHandle, AttrValue, Callback, Renderer};

use crate::attributes::{
    parse_lang, parse_persist, parse_theme, query_param, InvalidAttribute, Persist,
};
use crate::components::app::{App, AppProps};
use crate::content::Lang;
use crate::model::saved_state::SavedState;
use crate::model::{share_code, AnswerSet, Notice, Quiz, Step, QUESTION_COUNT};

/// The widget's stylesheet, adopted by every shadow root.
pub const WIDGET_CSS: &str = include_str!("../styles/widget.css");

/// Attributes the element observes; a change to one calls
/// [`Widget::attribute_changed`].
pub const OBSERVED_ATTRIBUTES: [&str; 3] = ["lang", "theme", "persist"];

thread_local! {
    // The loader's handler for a fault in this wasm instance, and the
    // language of its widget, for the message the visitor sees.
    static FAULT_HANDLER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    static FAULT_LANG: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// Routes a panic in this wasm instance to `handler(message, restart_label)`
/// after logging its details to the console. The loader gives every widget
/// an instance of its own, so the fault stays inside that widget.
pub fn set_fault_handler(handler: js_sys::Function) {
    FAULT_HANDLER.with(|slot| *slot.borrow_mut() = Some(handler));
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("<startklar-quiz>: internal error: {info}").into());
        let ui = &FAULT_LANG.with(Cell::get).content().ui;
        FAULT_HANDLER.with(|slot| {
            if let Ok(slot) = slot.try_borrow() {
                if let Some(handler) = slot.as_ref() {
                    let _ = handler.call2(
                        &JsValue::NULL,
                        &JsValue::from_str(&ui.crashed),
                        &JsValue::from_str(&ui.restart),
                    );
                }
            }
        });
    }));
}

/// A mounted widget. Dropping it without [`Widget::unmount`] leaks the app.
pub struct Widget {
    host: HtmlElement,
    container: Element,
    app: AppHandle<App>,
    props: AppProps,
    store: Rc<Store>,
}

impl Widget {
    /// Renders a widget for `host` into `shadow`. `page_url` is the
    /// standalone page's URL, used for share links. A host with the
    /// `standalone` attribute also reads `?lang=`, `?persist=` and a share
    /// code in the fragment (`#r=…`) from the page URL. `fresh` starts over,
    /// ignoring what was stored.
    pub fn mount(
        host: HtmlElement,
        shadow: &ShadowRoot,
        page_url: &str,
        fresh: bool,
    ) -> Result<Widget, JsValue> {
        let document = host.owner_document().ok_or("the host has no document")?;
        let container = document.create_element("div")?;
        container.set_class_name("sk-mount");
        shadow.append_child(&container)?;
        warn_if_invalid(parse_theme(host.get_attribute("theme").as_deref()).err());

        let store = Rc::new(Store {
            persist: Cell::new(resolve_persist(&host)),
            key: storage_key(&host),
            warned: Cell::new(false),
        });
        let lang = resolve_lang(&host);
        let (shared, invalid_share_link) = if fresh {
            (None, false)
        } else {
            shared_result(&host, lang)
        };
        // A rejected share link shows the intro, never an older stored result.
        let resume = if fresh || invalid_share_link {
            None
        } else {
            shared.or_else(|| store.load())
        };
        FAULT_LANG.with(|slot| slot.set(resume.map_or(lang, |saved| saved.lang)));
        let props = AppProps {
            lang,
            resume,
            invalid_share_link,
            share_base: AttrValue::from(
                page_url
                    .split(['?', '#'])
                    .next()
                    .unwrap_or_default()
                    .to_string(),
            ),
            on_notice: notice_sender(host.clone()),
            on_save: {
                let (store, standalone) = (store.clone(), host.has_attribute("standalone"));
                Callback::from(move |saved: SavedState| {
                    store.save(&saved);
                    if standalone && saved.quiz == Quiz::new() {
                        forget_share_link();
                    }
                })
            },
        };
        let app = Renderer::<App>::with_root_and_props(container.clone(), props.clone()).render();
        Ok(Widget {
            host,
            container,
            app,
            props,
            store,
        })
    }

    /// Takes a changed attribute into account at once.
    pub fn attribute_changed(&mut self, name: &str) {
        match name {
            "lang" => {
                let lang = resolve_lang(&self.host);
                if lang != self.props.lang {
                    self.props.lang = lang;
                    self.app.update(self.props.clone());
                }
            }
            // The theme is pure CSS (`:host([theme=…])`); only warn here.
            "theme" => {
                warn_if_invalid(parse_theme(self.host.get_attribute("theme").as_deref()).err())
            }
            "persist" => self.store.persist.set(resolve_persist(&self.host)),
            _ => {}
        }
    }

    /// Removes the widget and frees what it holds.
    pub fn unmount(self) {
        self.app.destroy();
        self.container.remove();
    }
}

fn page_query() -> String {
    web_sys::window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default()
}

/// The language: the `lang` attribute; then, on the standalone page,
/// `?lang=`; else the nearest `lang` of the ancestors (not on the standalone
/// page, whose own `lang` only mirrors the widget), then the browser's.
fn resolve_lang(host: &HtmlElement) -> Lang {
    let attribute = parse_lang(host.get_attribute("lang").as_deref());
    if let Ok(Some(lang)) = attribute {
        return lang;
    }
    warn_if_invalid(attribute.err());
    if host.has_attribute("standalone") {
        match parse_lang(query_param(&page_query(), "lang")) {
            Ok(Some(lang)) => return lang,
            Ok(None) => {}
            Err(invalid) => warn_if_invalid(Some(InvalidAttribute {
                name: "?lang",
                ..invalid
            })),
        }
    } else if let Some(tag) = host
        .parent_element()
        .and_then(|parent| parent.closest("[lang]").ok().flatten())
        .and_then(|element| element.get_attribute("lang"))
        .filter(|tag| !tag.trim().is_empty())
    {
        return Lang::from_tag(&tag);
    }
    let browser = web_sys::window()
        .and_then(|window| window.navigator().language())
        .unwrap_or_default();
    Lang::from_tag(&browser)
}

/// `persist` attribute, then (standalone page) `?persist=`, else `session`.
fn resolve_persist(host: &HtmlElement) -> Persist {
    let attribute = host.get_attribute("persist");
    let (value, name) = match attribute {
        Some(value) => (Some(value), "persist"),
        None if host.has_attribute("standalone") => (
            query_param(&page_query(), "persist").map(str::to_string),
            "?persist",
        ),
        None => (None, "persist"),
    };
    parse_persist(value.as_deref()).unwrap_or_else(|invalid| {
        warn_if_invalid(Some(InvalidAttribute { name, ..invalid }));
        Persist::default()
    })
}

/// The result a share link in the standalone page's fragment stands for,
/// and whether a share code was there but rejected.
fn shared_result(host: &HtmlElement, lang: Lang) -> (Option<SavedState>, bool) {
    if !host.has_attribute("standalone") {
        return (None, false);
    }
    let fragment = web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default();
    match share_code::from_fragment(&fragment) {
        None => (None, false),
        Some(Ok(answers)) => {
            let quiz = Quiz::resume(Step::Result, AnswerSet::complete(answers)).ok();
            let saved = quiz.map(|quiz| SavedState {
                quiz,
                lang,
                ticked: [false; QUESTION_COUNT],
            });
            (saved, false)
        }
        Some(Err(error)) => {
            warn(&format!(
                "<startklar-quiz>: ignoring the share link: {error}. Showing the intro."
            ));
            (None, true)
        }
    }
}

/// Drops a share code from the standalone page's URL once the visitor
/// starts over, so a reload does not bring the shared result back.
fn forget_share_link() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let hash = location.hash().unwrap_or_default();
    if share_code::from_fragment(&hash).is_none() {
        return;
    }
    let url = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Where this instance stores its state: one key per page and instance
/// (the element's `id`, else its position among the page's widgets).
fn storage_key(host: &HtmlElement) -> String {
    let path = web_sys::window()
        .and_then(|window| window.location().pathname().ok())
        .unwrap_or_default();
    let instance = Some(host.id())
        .filter(|id| !id.is_empty())
        .unwrap_or_else(|| {
            let position = host
                .owner_document()
                .and_then(|document| document.query_selector_all("startklar-quiz").ok())
                .and_then(|all| {
                    (0..all.length()).find(|&i| {
                        all.item(i)
                            .is_some_and(|node| node.is_same_node(Some(host)))
                    })
                });
            position.unwrap_or(0).to_string()
        });
    format!("startklar:{path}:{instance}")
}

/// Reads and writes the stored state; every failure is one console
/// warning per widget and the quiz goes on without storage.
struct Store {
    persist: Cell<Persist>,
    key: String,
    warned: Cell<bool>,
}

impl Store {
    fn storage(&self) -> Option<Storage> {
        let window = web_sys::window()?;
        let storage = match self.persist.get() {
            Persist::Off => return None,
            Persist::Session => window.session_storage(),
            Persist::Local => window.local_storage(),
        };
        match storage {
            Ok(Some(storage)) => Some(storage),
            Ok(None) => {
                self.warn_once("storage is not available; answers will not survive a reload");
                None
            }
            Err(_) => {
                self.warn_once("storage is blocked; answers will not survive a reload");
                None
            }
        }
    }

    fn load(&self) -> Option<SavedState> {
        let storage = self.storage()?;
        let text = match storage.get_item(&self.key) {
            Ok(text) => text?,
            Err(_) => {
                self.warn_once("could not read storage; starting afresh");
                return None;
            }
        };
        match SavedState::decode(&text) {
            Ok(saved) => Some(saved),
            Err(error) => {
                self.warn_once(&format!("ignoring stored state: {error}; starting afresh"));
                let _ = storage.remove_item(&self.key);
                None
            }
        }
    }

    fn save(&self, saved: &SavedState) {
        let Some(storage) = self.storage() else {
            return;
        };
        let fresh = saved.quiz == Quiz::new() && saved.ticked == [false; QUESTION_COUNT];
        let written = if fresh {
            storage.remove_item(&self.key)
        } else {
            storage.set_item(&self.key, &saved.encode())
        };
        if written.is_err() {
            self.warn_once(
                "could not write storage (full or blocked); answers will not survive a reload",
            );
        }
    }

    fn warn_once(&self, message: &str) {
        if !self.warned.replace(true) {
            warn(&format!("<startklar-quiz>: {message}."));
        }
    }
}

fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

fn warn_if_invalid(invalid: Option<InvalidAttribute>) {
    if let Some(invalid) = invalid {
        warn(&invalid.to_string());
    }
}

/// A callback that turns notices into `startklar-answer` and
/// `startklar-complete` events on `host` (bubbling, composed).
fn notice_sender(host: HtmlElement) -> Callback<Notice> {
    Callback::from(move |notice: Notice| {
        let (name, detail) = match notice {
            Notice::Answered { question, answer } => (
                "startklar-answer",
                object(&[
                    ("question", JsValue::from(question.number())),
                    ("answer", JsValue::from(answer.as_str())),
                ]),
            ),
            Notice::Completed(assessment) => {
                let answers: Array = assessment
                    .answers
                    .iter()
                    .map(|answer| JsValue::from(answer.as_str()))
                    .collect();
                let warnings: Array = assessment
                    .warnings
                    .iter()
                    .map(|warning| JsValue::from(warning.case.number()))
                    .collect();
                (
                    "startklar-complete",
                    object(&[
                        ("verdict", JsValue::from(assessment.verdict.as_str())),
                        ("score", JsValue::from(assessment.score)),
                        ("answers", answers.into()),
                        ("warnings", warnings.into()),
                    ]),
                )
            }
        };
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
            // A throwing host listener must not break the widget.
            let _ = host.dispatch_event(event.unchecked_ref());
        }
    })
}

fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in fields {
        // Setting a plain property on a fresh object cannot fail.
        let _ = Reflect::set(&object, &JsValue::from(*key), value);
    }
    object.into()
}
