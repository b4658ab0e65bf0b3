//! The share link on the standalone page: its code is read from the URL
//! fragment (`#r=…`) and dropped once the visitor starts over.

use wasm_bindgen::JsValue;

use crate::model::share_code::{self, ShareCodeError};
use crate::model::{Answer, CASE_COUNT};

/// The share code in the page URL's fragment, if there is one.
pub fn read() -> Option<Result<[Answer; CASE_COUNT], ShareCodeError>> {
    let fragment = web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default();
    share_code::from_fragment(&fragment)
}

/// Drops a share code from the page's URL, so that a reload does not
/// bring the shared result back.
pub fn forget() {
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
