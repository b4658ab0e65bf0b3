use yew::prelude::*;

use crate::components::course::{course, CoursePosition, CourseProps};
use crate::components::credit::credit;
use crate::components::keep_result::{keep_result, KeepResultProps};
use crate::components::on_single_click;
use crate::components::training_plan::{training_plan as plan, TrainingPlanProps};
use crate::content::Lang;
use crate::export::CardFormat;
use crate::model::{training_plan, Assessment, CaseNumber, QUESTION_COUNT};
use crate::state::Feedback;

/// Props of [`result_screen`].
pub struct ResultScreenProps {
    /// The language shown (its texts are `lang.content()`).
    pub lang: Lang,
    /// The scored answers.
    pub assessment: Assessment,
    /// Called when the visitor goes back to the last question.
    pub on_back: Callback<()>,
    /// Called when the visitor starts over.
    pub on_restart: Callback<()>,
    /// Ticked steps of the training plan, one per case (`ticked[case]`).
    pub ticked: [bool; QUESTION_COUNT],
    /// Feedback after copy, share or download.
    pub feedback: Option<Feedback>,
    /// The link that reproduces this result.
    pub share_url: AttrValue,
    /// Called with the case whose plan step is ticked or unticked.
    pub on_toggle_step: Callback<CaseNumber>,
    /// Called to copy the plan as text.
    pub on_copy_plan: Callback<()>,
    /// Called to share the link.
    pub on_share: Callback<()>,
    /// Called to download the card in a format.
    pub on_download_card: Callback<CardFormat>,
    /// Called to print.
    pub on_print: Callback<()>,
}

/// The verdict in the marathon picture, the score, what to work on (the
/// cases that apply, with their chains and next steps) and the seed's conclusion.
pub fn result_screen(props: &ResultScreenProps) -> Html {
    let content = props.lang.content();
    let ui = &content.ui;
    let assessment = &props.assessment;
    let verdict = content.verdict(assessment.verdict);
    let score = content.score_label(assessment.score);
    let feedback_text = |wanted: &[Feedback]| {
        props.feedback.filter(|f| wanted.contains(f)).map(|f| {
            let text = match f {
                Feedback::PlanCopied | Feedback::LinkCopied => &ui.copied,
                Feedback::PlanSelected | Feedback::LinkSelected => &ui.copy_failed,
                Feedback::DownloadFailed => &ui.download_failed,
            };
            AttrValue::from(text.to_string())
        })
    };
    let plan_status = feedback_text(&[Feedback::PlanCopied, Feedback::PlanSelected]);
    let keep_status = feedback_text(&[
        Feedback::LinkCopied,
        Feedback::LinkSelected,
        Feedback::DownloadFailed,
    ]);
    let on_back = on_single_click(&props.on_back);
    let on_restart = on_single_click(&props.on_restart);
    html! {
        <section class="sk-screen sk-result" part="result" data-verdict={assessment.verdict.as_str()}>
            <button type="button" class="sk-back" part="back-button" onclick={on_back}>{ ui.back.as_ref() }</button>
            <h2 class="sk-title" tabindex="-1" data-focus-target="">{ ui.result_heading.as_ref() }</h2>
            <div class="sk-verdict" part="verdict">
                <h3 class="sk-verdict-title">{ verdict.title.as_ref() }</h3>
                <p class="sk-place">{ verdict.place.as_ref() }</p>
                <p class="sk-score">{ score }</p>
                if let Some(reason) = content.route_reason(assessment.route) {
                    <p class="sk-route">{ reason }</p>
                }
                <p>{ content.summary(assessment.route) }</p>
            </div>
            { course(&CourseProps { lang: props.lang, position: CoursePosition::Result(assessment.verdict) }) }
            { plan(&TrainingPlanProps {
                lang: props.lang,
                plan: training_plan(assessment),
                ticked: props.ticked,
                on_toggle_step: props.on_toggle_step.clone(),
                on_copy_plan: props.on_copy_plan.clone(),
                status: plan_status,
            }) }
            // The verdict already carries the conclusion's advice; the seed's
            // own words stay one click away instead of a second long list.
            <details class="sk-conclusion-details">
                <summary class="sk-conclusion-heading">{ content.conclusion.heading.as_ref() }</summary>
                <ul class="sk-conclusion" part="conclusion">
                    { for content.conclusion.points.iter().map(|point| html! { <li>{ point.as_ref() }</li> }) }
                </ul>
            </details>
            { keep_result(&KeepResultProps {
                lang: props.lang,
                share_url: props.share_url.clone(),
                on_share: props.on_share.clone(),
                on_download_card: props.on_download_card.clone(),
                on_print: props.on_print.clone(),
                status: keep_status,
            }) }
            { credit(&content.intro) }
            <div class="sk-actions sk-restart">
                <button type="button" class="sk-button sk-primary" part="button primary-button" onclick={on_restart}>
                    { ui.restart.as_ref() }
                </button>
            </div>
        </section>
    }
}
