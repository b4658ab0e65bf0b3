//! The widget's components, one per file. They render data and emit
//! callbacks; only [`app::App`] holds state.

/// The root component: state, effects and the current screen.
pub mod app;
/// The marathon course drawn as SVG.
pub mod course;
/// The credit for the source, with its link.
pub mod credit;
/// The first screen.
pub mod intro_screen;
/// Share link, result card downloads and print.
pub mod keep_result;
/// The "Deutsch / English" switch.
pub mod language_switch;
/// "Frage 3 von 8" with a progress bar.
pub mod progress_bar;
/// One question as a fieldset of radios.
pub mod question_screen;
/// The verdict, warnings and advice.
pub mod result_screen;
/// The training plan: ordered next steps as a checklist.
pub mod training_plan;
/// The effects of the app: notices, storage, focus.
pub mod use_widget_effects;

use yew::{Callback, MouseEvent};

/// A click handler for a button that moves between screens. It ignores the
/// second click of a double click: that click lands on whatever the next
/// screen shows under the pointer and must not act on it.
pub fn on_single_click(callback: &Callback<()>) -> Callback<MouseEvent> {
    let callback = callback.clone();
    Callback::from(move |event: MouseEvent| {
        if event.detail() > 1 {
            event.prevent_default();
        } else {
            callback.emit(());
        }
    })
}
