//! Mounts the app into a host element's shadow root and connects it to the
//! page: attributes and URL in, DOM events and storage out, console
//! warnings for the author. Outside data is parsed at this edge and a bad
//! value never stops the quiz.
//!
//! `precedence` holds the rules (pure, tested natively); the other modules
//! each do one job at the edge.

mod console;
pub mod content_pack;
mod events;
mod fault;
pub mod precedence;
mod share_link;
mod storage;

use std::rc::Rc;

use wasm_bindgen::JsValue;
use web_sys::{Element, HtmlElement, ShadowRoot};
use yew::{AppHandle, AttrValue, Callback, Renderer};

pub use fault::set_fault_handler;

use crate::attributes::parse_theme;
use crate::components::app::{App, AppProps};
use crate::content::{languages, Lang};
use crate::model::saved_state::SavedState;
use crate::model::Quiz;
use content_pack::{PackOutcome, PackSource};
use precedence::{StartingPoint, Surroundings};
use storage::Store;

/// The widget's stylesheet, adopted by every shadow root: `styles/widget.css`
/// without its comments (see `build.rs`).
pub const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

/// A mounted widget. Dropping it without [`Widget::unmount`] leaks the app.
pub struct Widget {
    host: HtmlElement,
    container: Element,
    app: AppHandle<App>,
    props: AppProps,
    store: Rc<Store>,
    /// The language the content pack asks for, if any.
    pack_lang: Option<Lang>,
}

impl Widget {
    /// Renders a widget for `host` into `shadow`. `page_url` is the
    /// standalone page's URL, used for share links. A host with the
    /// `standalone` attribute also reads `?lang=`, `?persist=` and a share
    /// code in the fragment (`#r=…`) from the page URL. `fresh` starts over,
    /// ignoring what was stored. `pack` is the content pack the loader
    /// fetched, if the element asks for one.
    pub fn mount(
        host: HtmlElement,
        shadow: &ShadowRoot,
        page_url: &str,
        fresh: bool,
        pack: Option<PackSource>,
    ) -> Result<Widget, JsValue> {
        let document = host.owner_document().ok_or("the host has no document")?;
        let container = document.create_element("div")?;
        container.set_class_name("sk-mount");
        shadow.append_child(&container)?;
        console::warn_invalid(parse_theme(host.get_attribute("theme").as_deref()).err());

        let pack = content_pack::apply(pack);
        let pack_lang = pack.lang();
        let available = languages();
        let page = surroundings(&host);
        let (persist, invalid) = precedence::persist(&page);
        console::warn_invalid(invalid);
        let store = Rc::new(Store::new(persist, storage::storage_key(&host)));
        let (lang, invalid) = precedence::lang(&page, &available, pack_lang);
        console::warn_invalid(invalid);
        let share_link = (page.standalone && !fresh).then(share_link::read).flatten();
        let (resume, invalid_share_link) = match precedence::starting_point(fresh, share_link, lang)
        {
            StartingPoint::Fresh => (None, false),
            StartingPoint::Shared(saved) => (Some(saved), false),
            StartingPoint::RejectedShareLink(error) => {
                console::warn(&format!(
                    "<startklar-quiz>: ignoring the share link: {error}. Showing the intro."
                ));
                (None, true)
            }
            StartingPoint::Stored => (store.load(&available), false),
        };
        fault::set_fault_lang(resume.map_or(lang, |saved| saved.lang));
        let props = AppProps {
            lang,
            resume,
            invalid_share_link,
            share_base: AttrValue::from(page_url.to_string()),
            pack_url: match pack {
                PackOutcome::Installed(pack) => Some(AttrValue::from(pack.url)),
                _ => None,
            },
            on_notice: events::notice_sender(host.clone()),
            on_save: {
                let (store, standalone) = (store.clone(), page.standalone);
                Callback::from(move |saved: SavedState| {
                    store.save(&saved);
                    if standalone && saved.quiz == Quiz::new() {
                        share_link::forget();
                    }
                })
            },
        };
        let app = Renderer::<App>::with_root_and_props(container.clone(), props.clone()).render();
        #[cfg(feature = "fault-injection")]
        fault::arm_fault_injection(&host);
        Ok(Widget {
            host,
            container,
            app,
            props,
            store,
            pack_lang,
        })
    }

    /// Takes a changed attribute into account at once.
    pub fn attribute_changed(&mut self, name: &str) {
        match name {
            "lang" => {
                let (lang, invalid) =
                    precedence::lang(&surroundings(&self.host), &languages(), self.pack_lang);
                console::warn_invalid(invalid);
                if lang != self.props.lang {
                    self.props.lang = lang;
                    self.app.update(self.props.clone());
                }
            }
            // The theme is pure CSS (`:host([theme=…])`); only warn here.
            "theme" => console::warn_invalid(
                parse_theme(self.host.get_attribute("theme").as_deref()).err(),
            ),
            "persist" => {
                let (persist, invalid) = precedence::persist(&surroundings(&self.host));
                console::warn_invalid(invalid);
                self.store.set_persist(persist);
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

/// Reads what the page says about `host` into plain values.
fn surroundings(host: &HtmlElement) -> Surroundings {
    let window = web_sys::window();
    Surroundings {
        lang_attribute: host.get_attribute("lang"),
        persist_attribute: host.get_attribute("persist"),
        standalone: host.has_attribute("standalone"),
        query: window
            .as_ref()
            .and_then(|window| window.location().search().ok())
            .unwrap_or_default(),
        ancestor_lang: host
            .parent_element()
            .and_then(|parent| parent.closest("[lang]").ok().flatten())
            .and_then(|element| element.get_attribute("lang")),
        browser_lang: window
            .and_then(|window| window.navigator().language())
            .unwrap_or_default(),
    }
}
