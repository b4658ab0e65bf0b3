//! Mounts the app into a host element's shadow root and connects it to the
//! page: attributes in, DOM events out, console warnings for the author.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement, ShadowRoot};
use yew::{AppHandle, Callback, Renderer};

use crate::attributes::{parse_lang, parse_theme, query_param, InvalidAttribute};
use crate::components::app::{App, AppProps};
use crate::content::Lang;
use crate::model::Notice;

/// The widget's stylesheet, adopted by every shadow root.
pub const WIDGET_CSS: &str = include_str!("../styles/widget.css");

/// Attributes the element observes; a change to one calls
/// [`Widget::attribute_changed`].
pub const OBSERVED_ATTRIBUTES: [&str; 2] = ["lang", "theme"];

/// A mounted widget. Dropping it without [`Widget::unmount`] leaks the app.
pub struct Widget {
    host: HtmlElement,
    container: Element,
    app: AppHandle<App>,
    props: AppProps,
}

impl Widget {
    /// Renders a widget for `host` into `shadow`. A host with the
    /// `standalone` attribute also reads `?lang=` from the page URL.
    pub fn mount(host: HtmlElement, shadow: &ShadowRoot) -> Result<Widget, JsValue> {
        let document = host.owner_document().ok_or("the host has no document")?;
        let container = document.create_element("div")?;
        container.set_class_name("sk-mount");
        shadow.append_child(&container)?;
        warn_if_invalid(parse_theme(host.get_attribute("theme").as_deref()).err());
        let props = AppProps {
            lang: resolve_lang(&host),
            initial: Default::default(),
            on_notice: notice_sender(host.clone()),
        };
        let app = Renderer::<App>::with_root_and_props(container.clone(), props.clone()).render();
        Ok(Widget {
            host,
            container,
            app,
            props,
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
            _ => {}
        }
    }

    /// Removes the widget and frees what it holds.
    pub fn unmount(self) {
        self.app.destroy();
        self.container.remove();
    }
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
    let standalone = host.has_attribute("standalone");
    if standalone {
        let query = web_sys::window()
            .and_then(|window| window.location().search().ok())
            .unwrap_or_default();
        match parse_lang(query_param(&query, "lang")) {
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

fn warn_if_invalid(invalid: Option<InvalidAttribute>) {
    if let Some(invalid) = invalid {
        web_sys::console::warn_1(&invalid.to_string().into());
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
                    ("question", JsValue::from(question as u32 + 1)),
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
                    .map(|warning| JsValue::from(warning.case))
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
