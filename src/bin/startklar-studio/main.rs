//! The studio's wasm entry point: renders [`startklar::studio::Studio`]
//! into `#studio` of `studio.html`.

fn main() {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("studio"));
    if let Some(root) = root {
        yew::Renderer::<startklar::studio::Studio>::with_root(root).render();
    }
}
