//! Startklar Studio (`studio.html`): edit a content pack in a form, check it
//! with the widget's own decoder while typing, see it live in a real
//! `<startklar-quiz>`, export it and get the embed code. A second yew app
//! with its own wasm (`startklar-studio`), so the widget does not grow.

pub mod app;
pub mod draft;
pub mod embed;
pub mod texts;

pub use app::Studio;
