//! The panic hook: a fault in this wasm instance becomes a friendly message
//! in its own widget, through the loader's handler.

use std::cell::{Cell, RefCell};

use wasm_bindgen::JsValue;

use crate::model::Lang;

thread_local! {
    // The loader's handler for a fault in this wasm instance, and the
    // language of its widget, for the message the visitor sees.
    static FAULT_HANDLER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    static FAULT_LANG: Cell<Lang> = const { Cell::new(Lang::EN) };
}

/// Routes a panic in this wasm instance to `handler(message, restart_label)`
/// after logging its details to the console. The loader gives every widget
/// an instance of its own, so the fault stays inside that widget.
pub fn set_fault_handler(handler: js_sys::Function) {
    FAULT_HANDLER.with(|slot| *slot.borrow_mut() = Some(handler));
    yew::set_custom_panic_hook(Box::new(|info| {
        gloo_console::error!(format!("<startklar-quiz>: internal error: {info}"));
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

/// Test builds only (feature `fault-injection`): gives `host` a
/// `simulateFault()` method that panics in this widget's wasm instance.
#[cfg(feature = "fault-injection")]
pub fn arm_fault_injection(host: &web_sys::HtmlElement) {
    let fault = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
        panic!("simulated fault (requested through simulateFault in a test build)")
    });
    let _ = js_sys::Reflect::set(host, &JsValue::from_str("simulateFault"), fault.as_ref());
    // The method lives as long as the page; test builds only.
    fault.forget();
}

/// The language of the fault message.
pub fn set_fault_lang(lang: Lang) {
    FAULT_LANG.with(|slot| slot.set(lang));
}
