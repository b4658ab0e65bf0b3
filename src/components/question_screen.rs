use yew::prelude::*;

use crate::components::on_single_click;
use crate::components::progress_bar::{progress_bar, ProgressBarProps};
use crate::content::Lang;
use crate::model::{Answer, CaseNumber};

/// Props of [`question_screen`].
pub struct QuestionScreenProps {
    /// The language shown (its texts are `lang.content()`).
    pub lang: Lang,
    /// The question shown.
    pub question: CaseNumber,
    /// The answer chosen so far, if any.
    pub chosen: Option<Answer>,
    /// True when the visitor tried to go on without an answer.
    pub missing_answer: bool,
    /// Called with the answer the visitor picks.
    pub on_choose: Callback<Answer>,
    /// Called when the visitor goes on.
    pub on_continue: Callback<()>,
    /// Called when the visitor goes back.
    pub on_back: Callback<()>,
}

/// One question: a fieldset whose legend is the question, three radios,
/// "next" and "back" (the GOV.UK question-page pattern).
pub fn question_screen(props: &QuestionScreenProps) -> Html {
    let content = props.lang.content();
    let ui = &content.ui;
    let question = content.case(props.question).question.as_ref();
    let is_last = props.question == CaseNumber::LAST;
    let on_submit = props.on_continue.reform(|event: SubmitEvent| {
        event.prevent_default();
    });
    // Enter on a radio goes on, as on a text field; browsers differ here.
    let on_keydown = {
        let on_continue = props.on_continue.clone();
        Callback::from(move |event: KeyboardEvent| {
            let on_radio = event
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|input| input.type_() == "radio");
            if event.key() == "Enter" && on_radio {
                event.prevent_default();
                on_continue.emit(());
            }
        })
    };
    let on_back = on_single_click(&props.on_back);
    // The form submits on a click; the second click of a double click must not.
    let ignore_double_click = Callback::from(|event: MouseEvent| {
        if event.detail() > 1 {
            event.prevent_default();
        }
    });
    let error_id = format!("sk-error-{}", props.question.index());
    html! {
        // Keyed by the question: each question gets a fresh form (radios,
        // focus), as a new screen would.
        <form key={props.question.number().to_string()} class="sk-screen sk-question" part="question" novalidate=true onsubmit={on_submit} onkeydown={on_keydown}>
            <button type="button" class="sk-back" part="back-button" onclick={on_back}>{ ui.back.as_ref() }</button>
            { progress_bar(&ProgressBarProps { lang: props.lang, question: props.question }) }
            <fieldset
                class={classes!("sk-fieldset", props.missing_answer.then_some("sk-has-error"))}
                aria-describedby={props.missing_answer.then(|| error_id.clone())}
            >
                <legend class="sk-legend">
                    <h2 class="sk-title" tabindex="-1" data-focus-target="">{ question }</h2>
                </legend>
                if props.missing_answer {
                    <p class="sk-error" id={error_id.clone()} role="alert">{ ui.choose_an_answer.as_ref() }</p>
                }
                <div class="sk-options">
                    { for Answer::ALL.into_iter().map(|answer| {
                        let label = match answer {
                            Answer::Yes => &ui.answer_yes,
                            Answer::Partly => &ui.answer_partly,
                            Answer::No => &ui.answer_no,
                        };
                        let on_change = props.on_choose.reform(move |_: Event| answer);
                        html! {
                            <label class="sk-option" part="option">
                                <input
                                    type="radio"
                                    name="answer"
                                    value={answer.as_str()}
                                    checked={props.chosen == Some(answer)}
                                    onchange={on_change}
                                />
                                <span class="sk-option-label">{ label.as_ref() }</span>
                            </label>
                        }
                    }) }
                </div>
            </fieldset>
            <div class="sk-actions">
                <button type="submit" class="sk-button sk-primary" part="button primary-button" onclick={ignore_double_click}>
                    { if is_last { ui.to_result.as_ref() } else { ui.next.as_ref() } }
                </button>
            </div>
        </form>
    }
}
