//! The widget's components, one per file. They render data and emit
//! callbacks; only [`app::App`] holds state.

/// The root component: state, effects and the current screen.
pub mod app;
/// The marathon course drawn as SVG.
pub mod course;
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
