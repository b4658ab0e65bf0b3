//! The wasm entry point: exports what the embed loader (`web/startklar.js`)
//! calls. Everything else lives in the `startklar` library.

use startklar::widget::content_pack::PackSource;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot};

/// One mounted `<startklar-quiz>`, as the loader holds it.
#[wasm_bindgen]
pub struct StartklarWidget(Option<startklar::widget::Widget>);

#[wasm_bindgen]
impl StartklarWidget {
    /// Renders a widget for `host` into its `shadow` root; `page_url` is
    /// the standalone page's URL, for share links; `fresh` ignores what was
    /// stored; `pack_url` is the content pack's absolute URL, if the element
    /// asks for one, with its text or why it could not be fetched.
    pub fn mount(
        host: HtmlElement,
        shadow: ShadowRoot,
        page_url: &str,
        fresh: bool,
        pack_url: Option<String>,
        pack_text: Option<String>,
        pack_error: Option<String>,
    ) -> Result<StartklarWidget, JsValue> {
        let pack = pack_url.map(|url| PackSource {
            url,
            text: pack_text.ok_or_else(|| pack_error.unwrap_or_else(|| "no text".into())),
        });
        startklar::widget::Widget::mount(host, &shadow, page_url, fresh, pack)
            .map(|widget| StartklarWidget(Some(widget)))
    }

    /// Tells the widget that attribute `name` changed.
    pub fn attribute_changed(&mut self, name: &str) {
        if let Some(widget) = self.0.as_mut() {
            widget.attribute_changed(name);
        }
    }

    /// Removes the widget; later calls do nothing.
    pub fn unmount(&mut self) {
        if let Some(widget) = self.0.take() {
            widget.unmount();
        }
    }
}

/// Routes a fault (panic) in this wasm instance to `handler(message,
/// restart_label)`; see `startklar::widget::set_fault_handler`.
#[wasm_bindgen]
pub fn on_fault(handler: js_sys::Function) {
    startklar::widget::set_fault_handler(handler);
}

/// The widget's stylesheet, for the loader to adopt into each shadow root.
#[wasm_bindgen]
pub fn widget_css() -> String {
    startklar::widget::WIDGET_CSS.to_string()
}

fn main() {}
