use web_sys::Element;
use yew::prelude::*;

use crate::components::course::{course, CoursePosition, CourseProps};
use crate::components::intro_screen::{intro_screen, IntroScreenProps};
use crate::components::language_switch::{language_switch, LanguageSwitchProps};
use crate::components::question_screen::{question_screen, QuestionScreenProps};
use crate::components::result_screen::{result_screen, ResultScreenProps};
use crate::components::use_widget_effects::use_widget_effects;
use crate::content::Lang;
use crate::effects;
use crate::export::{card_name, card_svg, plan_text, CardFormat};
use crate::model::saved_state::SavedState;
use crate::model::{share_code, Notice, Quiz, QuizAction, Screen, Step, QUESTION_COUNT};
use crate::state::{Action, Feedback, WidgetState};

/// Props of [`App`].
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The language asked for by the host (attribute, URL or browser).
    pub lang: Lang,
    /// State to resume from a share link or storage, if any.
    #[prop_or_default]
    pub resume: Option<SavedState>,
    /// True when a share link was given but rejected.
    #[prop_or_default]
    pub invalid_share_link: bool,
    /// The standalone page's URL, without query or fragment, for share links.
    #[prop_or_default]
    pub share_base: AttrValue,
    /// The installed content pack's absolute URL, for share links.
    #[prop_or_default]
    pub pack_url: Option<AttrValue>,
    /// Called once for every notice (answer confirmed, result shown).
    #[prop_or_default]
    pub on_notice: Callback<Notice>,
    /// Called with the state to store whenever it changes.
    #[prop_or_default]
    pub on_save: Callback<SavedState>,
}

/// The whole widget: holds the one reducer, runs the effects
/// ([`use_widget_effects`]) and those the visitor asks for (copy, share,
/// download, print).
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer({
        let saved = props.resume.unwrap_or(SavedState {
            quiz: Quiz::new(),
            lang: props.lang,
            ticked: [false; QUESTION_COUNT],
        });
        let invalid = props.invalid_share_link;
        move || WidgetState::new(saved, invalid)
    });
    let root = use_node_ref();

    use_widget_effects(props, &state, &root);

    let content = state.lang.content();
    let dispatch = state.dispatcher().to_callback();
    let quiz = dispatch.reform(Action::Quiz);
    let on_set_lang = dispatch.reform(Action::SetLang);
    let (screen, announcement) = match state.quiz.screen() {
        Screen::Intro => {
            let on_start = quiz.reform(|()| QuizAction::Start);
            let note = state
                .invalid_share_link
                .then(|| AttrValue::from(content.ui.invalid_share_link.to_string()));
            let screen = intro_screen(&IntroScreenProps {
                lang: state.lang,
                on_start,
                note,
            });
            (screen, String::new())
        }
        Screen::Question(question) => {
            let from = Step::Question(question);
            let answers = state.quiz.answers();
            let screen = html! {
                <>
                    { course(&CourseProps { lang: state.lang, position: CoursePosition::Question { case: question, answers } }) }
                    { question_screen(&QuestionScreenProps {
                        lang: state.lang,
                        question,
                        chosen: answers.get(question),
                        missing_answer: state.quiz.missing_answer(),
                        on_choose: quiz.reform(move |answer| QuizAction::Choose { question, answer }),
                        on_continue: quiz.reform(move |()| QuizAction::Continue { from: question }),
                        on_back: quiz.reform(move |()| QuizAction::Back { from }),
                    }) }
                </>
            };
            (screen, content.progress_label(question))
        }
        Screen::Result(assessment) => {
            let announcement = format!(
                "{}: {}",
                content.ui.result_heading,
                content.verdict(assessment.verdict).title
            );
            let share_url = share_code::share_url(
                &props.share_base,
                state.lang,
                props.pack_url.as_deref(),
                &assessment.answers,
            );
            let feedback = |ok: Feedback, failed: Feedback| {
                dispatch.reform(move |done: bool| {
                    Action::Feedback(Some(if done { ok } else { failed }))
                })
            };
            // Texts for the clipboard and the card are made on request, not
            // on every render of the result.
            let on_copy_plan = {
                let (root, assessment) = (root.clone(), assessment.clone());
                let done = feedback(Feedback::PlanCopied, Feedback::PlanSelected);
                Callback::from(move |()| {
                    let text = plan_text(content, &assessment);
                    effects::copy_text(text, find(&root, "[data-plan-text]"), done.clone())
                })
            };
            let on_share = {
                let (root, url) = (root.clone(), share_url.clone());
                let title = content.intro.title.to_string();
                let done = feedback(Feedback::LinkCopied, Feedback::LinkSelected);
                Callback::from(move |()| {
                    let link = find(&root, "[data-share-link]");
                    effects::share_link(url.clone(), title.clone(), link, done.clone())
                })
            };
            let on_download_card = {
                let (dispatch, assessment) = (dispatch.clone(), assessment.clone());
                let failed = {
                    let dispatch = dispatch.clone();
                    Callback::from(move |done: bool| {
                        if !done {
                            dispatch.emit(Action::Feedback(Some(Feedback::DownloadFailed)));
                        }
                    })
                };
                Callback::from(move |format: CardFormat| {
                    dispatch.emit(Action::Feedback(None));
                    let svg = card_svg(content, &assessment);
                    effects::download_card(&svg, format, &card_name(&assessment), failed.clone());
                })
            };
            let screen = html! {
                { result_screen(&ResultScreenProps {
                    lang: state.lang,
                    assessment,
                    on_back: quiz.reform(|()| QuizAction::Back { from: Step::Result }),
                    on_restart: quiz.reform(|()| QuizAction::Restart),
                    ticked: state.ticked,
                    feedback: state.feedback,
                    share_url: AttrValue::from(share_url),
                    on_toggle_step: dispatch.reform(Action::ToggleStep),
                    on_copy_plan,
                    on_share,
                    on_download_card,
                    on_print: Callback::from(|()| effects::print()),
                }) }
            };
            (screen, announcement)
        }
    };

    html! {
        <div class="sk" lang={state.lang.code()} dir={content.dir.code()} part="widget" ref={root}>
            { language_switch(&LanguageSwitchProps { current: state.lang, on_set_lang }) }
            { screen }
            <p class="sk-visually-hidden" role="status" aria-live="polite" aria-atomic="true">{ announcement }</p>
        </div>
    }
}

/// The first element in the widget matching `selector`.
pub(super) fn find(root: &NodeRef, selector: &str) -> Option<Element> {
    root.cast::<Element>()
        .and_then(|root| root.query_selector(selector).ok().flatten())
}
