use yew::prelude::*;

use crate::content::Lang;
use crate::model::{CaseNumber, Warning, QUESTION_COUNT};

/// Props of [`training_plan`].
pub struct TrainingPlanProps {
    /// The language shown (its texts are `lang.content()`).
    pub lang: Lang,
    /// The steps in order (see `model::training_plan`).
    pub plan: Vec<Warning>,
    /// Ticked steps, one per case (`ticked[case]`).
    pub ticked: [bool; QUESTION_COUNT],
    /// Called with the case whose step the visitor ticks or unticks.
    pub on_toggle_step: Callback<CaseNumber>,
    /// Called when the visitor asks to copy the plan as text.
    pub on_copy_plan: Callback<()>,
    /// Feedback after copying, if any.
    pub status: Option<AttrValue>,
}

/// What to work on, said once: every case that applies, in plan order,
/// with its chain, a short explanation and the next step to tick off;
/// and "copy as text".
pub fn training_plan(props: &TrainingPlanProps) -> Html {
    let content = props.lang.content();
    let ui = &content.ui;
    let on_copy = props.on_copy_plan.reform(|_: MouseEvent| ());
    html! {
        <section class="sk-plan" part="training-plan" aria-labelledby="sk-plan-heading">
            <h3 id="sk-plan-heading">{ ui.plan_heading.as_ref() }</h3>
            if props.plan.is_empty() {
                <p>{ ui.no_warnings.as_ref() }</p>
            } else {
                <p>{ content.plan_intro(&props.plan) }</p>
                <ol class="sk-plan-steps" part="warnings" data-plan-text="">
                    { for props.plan.iter().map(|warning| {
                        let number = warning.case;
                        let case = content.case(number);
                        let ticked = props.ticked[number];
                        let on_change = props.on_toggle_step.reform(move |_: Event| number);
                        let id = format!("sk-step-{number}");
                        let badge = content.severity_label(warning.severity);
                        let title_id = format!("sk-step-title-{number}");
                        let next_id = format!("sk-step-next-{number}");
                        // The tick box is named by the case and its next step, so a
                        // screen reader says what is being ticked off.
                        let labelled_by = format!("{title_id} {next_id}");
                        html! {
                            <li class="sk-plan-step">
                                <h4 class="sk-plan-title" id={title_id}>{ format!("{} ({badge})", case.title) }</h4>
                                <p class="sk-chain">
                                    <span class="sk-label">{ format!("{}: ", ui.chain_label) }</span>
                                    { case.chain.join(" = ") }
                                </p>
                                <p class="sk-explanation">{ case.explanation.as_ref() }</p>
                                if let Some(link) = &case.link {
                                    <p class="sk-case-link">
                                        <a href={link.href.to_string()} part="link">{ link.label.as_ref() }</a>
                                    </p>
                                }
                                <div class="sk-plan-check">
                                    <input type="checkbox" id={id.clone()} checked={ticked} onchange={on_change} aria-labelledby={labelled_by} />
                                    <label for={id} id={next_id}>
                                        <strong>{ format!("{}: ", ui.next_step) }</strong>
                                        <span class="sk-plan-next">{ case.next_step.as_ref() }</span>
                                    </label>
                                </div>
                            </li>
                        }
                    }) }
                </ol>
                <div class="sk-actions">
                    <button type="button" class="sk-button sk-secondary" part="button secondary-button" onclick={on_copy}>
                        { ui.copy_plan.as_ref() }
                    </button>
                    <p class="sk-status" role="status">{ props.status.clone().unwrap_or_default() }</p>
                </div>
            }
        </section>
    }
}
