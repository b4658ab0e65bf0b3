//! Effects the visitor asks for on the result: copy, share, download,
//! print. Each reports its outcome through a callback and never panics on a
//! browser that lacks a feature (old browser, sandboxed iframe, denied
//! permission): it falls back or reports failure.

use gloo_events::EventListener;
use js_sys::{Array, Reflect};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, Element, HtmlAnchorElement, HtmlCanvasElement,
    HtmlImageElement, ShareData, Url,
};
use yew::Callback;

use crate::export::{CardFormat, CARD_HEIGHT, CARD_WIDTH};

/// Copies `text` to the clipboard; on failure selects the text of
/// `fallback` so the visitor can copy it by hand. Reports success.
pub fn copy_text(text: String, fallback: Option<Element>, done: Callback<bool>) {
    spawn_local(async move {
        let copied = match web_sys::window().map(|w| w.navigator().clipboard()) {
            Some(clipboard) if has_method(&clipboard, "writeText") => {
                JsFuture::from(clipboard.write_text(&text)).await.is_ok()
            }
            _ => false,
        };
        if !copied {
            select_contents(fallback.as_ref());
        }
        done.emit(copied);
    });
}

/// Shares `url` with the Web Share API where the browser has it, else
/// copies it (selecting `fallback` if that fails too). Reports whether the
/// link was shared or copied; a share the visitor cancels is no failure.
pub fn share_link(url: String, title: String, fallback: Option<Element>, done: Callback<bool>) {
    let navigator = web_sys::window().map(|w| w.navigator());
    match navigator {
        Some(navigator) if has_method(&navigator, "share") => {
            let data = ShareData::new();
            data.set_title(&title);
            data.set_url(&url);
            spawn_local(async move {
                let _ = JsFuture::from(navigator.share_with_data(&data)).await;
                done.emit(true);
            });
        }
        _ => copy_text(url, fallback, done),
    }
}

/// Offers the result card `svg` as a download in `format`, named
/// `<name>.<extension>`. Reports success.
pub fn download_card(svg: &str, format: CardFormat, name: &str, done: Callback<bool>) {
    let filename = format!("{name}.{}", format.extension());
    match format {
        CardFormat::Svg => done.emit(download_text(svg, "image/svg+xml", &filename).is_ok()),
        CardFormat::Png => download_png(svg, CARD_WIDTH, CARD_HEIGHT, filename, done),
    }
}

/// Offers `data` as a file download named `filename`.
pub fn download_text(data: &str, mime: &str, filename: &str) -> Result<(), JsValue> {
    let blob = blob(data, mime)?;
    download_blob(&blob, filename)
}

/// Renders the SVG document `svg` into a `width`×`height` PNG in the browser
/// and offers it as a download. Reports success.
fn download_png(svg: &str, width: u32, height: u32, filename: String, done: Callback<bool>) {
    let started = (|| -> Result<(), JsValue> {
        let url = Url::create_object_url_with_blob(&blob(svg, "image/svg+xml")?)?;
        let image = HtmlImageElement::new_with_width_and_height(width, height)?;
        let on_load = {
            let (image, url, done) = (image.clone(), url.clone(), done.clone());
            EventListener::once(&image.clone(), "load", move |_| {
                let drawn = draw_png(&image, width, height, filename, done.clone());
                let _ = Url::revoke_object_url(&url);
                if drawn.is_err() {
                    done.emit(false);
                }
            })
        };
        let on_error = {
            let (url, done) = (url.clone(), done.clone());
            EventListener::once(&image, "error", move |_| {
                let _ = Url::revoke_object_url(&url);
                done.emit(false);
            })
        };
        // Each fires at most once and the image lives until then.
        on_load.forget();
        on_error.forget();
        image.set_src(&url);
        Ok(())
    })();
    if started.is_err() {
        done.emit(false);
    }
}

fn draw_png(
    image: &HtmlImageElement,
    width: u32,
    height: u32,
    filename: String,
    done: Callback<bool>,
) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let canvas: HtmlCanvasElement = document.create_element("canvas")?.unchecked_into();
    canvas.set_width(width);
    canvas.set_height(height);
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or("no 2d context")?
        .unchecked_into();
    context.draw_image_with_html_image_element(image, 0.0, 0.0)?;
    let on_blob = Closure::once(move |blob: JsValue| {
        let saved = blob
            .dyn_into::<Blob>()
            .ok()
            .map(|blob| download_blob(&blob, &filename).is_ok());
        done.emit(saved.unwrap_or(false));
    });
    canvas.to_blob_with_type(on_blob.as_ref().unchecked_ref(), "image/png")?;
    on_blob.forget();
    Ok(())
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// `data` as a Blob of type `mime`.
// Blob and object URL by hand rather than with gloo-file: its `Blob` and
// `ObjectUrl` throw on failure, and these effects report failure instead.
pub fn blob(data: &str, mime: &str) -> Result<Blob, JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = Array::of1(&JsValue::from_str(data));
    Blob::new_with_str_sequence_and_options(&parts, &options)
}

fn download_blob(blob: &Blob, filename: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let url = Url::create_object_url_with_blob(blob)?;
    let link: HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(filename);
    link.click();
    // The download has started from the click; the URL is no longer needed.
    let _ = Url::revoke_object_url(&url);
    Ok(())
}

fn has_method(object: &JsValue, name: &str) -> bool {
    Reflect::get(object, &JsValue::from_str(name)).is_ok_and(|value| value.is_function())
}

fn select_contents(element: Option<&Element>) {
    if let Some(input) = element.and_then(|e| e.dyn_ref::<web_sys::HtmlInputElement>()) {
        input.select();
        return;
    }
    let selection = web_sys::window().and_then(|w| w.get_selection().ok().flatten());
    if let (Some(selection), Some(element)) = (selection, element) {
        let _ = selection.select_all_children(element);
    }
}
