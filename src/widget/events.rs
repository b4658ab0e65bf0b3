//! The DOM events the page listens to: `startklar-answer` and
//! `startklar-complete`, bubbling and composed, with the documented detail.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};
use yew::Callback;

use crate::model::Notice;

/// A callback that turns notices into `startklar-answer` and
/// `startklar-complete` events on `host`.
pub fn notice_sender(host: HtmlElement) -> Callback<Notice> {
    Callback::from(move |notice: Notice| {
        let (name, detail) = match notice {
            Notice::Answered { question, answer } => (
                "startklar-answer",
                object(&[
                    ("question", JsValue::from(question.number())),
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
                    .map(|warning| JsValue::from(warning.case.number()))
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
