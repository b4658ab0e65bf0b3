use web_sys::HtmlElement;
use yew::prelude::*;

use crate::components::intro_screen::IntroScreen;
use crate::components::language_switch::LanguageSwitch;
use crate::components::question_screen::QuestionScreen;
use crate::components::result_screen::ResultScreen;
use crate::content::{fill, Lang};
use crate::model::{Answer, Notice, Quiz, QuizAction, Step, QUESTION_COUNT};
use crate::state::{Action, WidgetState};

/// Props of [`App`].
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The language asked for by the host (attribute, URL or browser).
    pub lang: Lang,
    /// The quiz to start from: fresh, resumed or shared.
    #[prop_or_default]
    pub initial: Quiz,
    /// Called once for every notice (answer confirmed, result shown).
    #[prop_or_default]
    pub on_notice: Callback<Notice>,
}

/// The whole widget: holds the one reducer and runs the effects
/// (notices to the host, focus after each move).
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer({
        let (quiz, lang) = (props.initial, props.lang);
        move || WidgetState::new(quiz, lang)
    });
    let root = use_node_ref();

    {
        // A changed `lang` attribute wins over the visitor's earlier switch.
        let state = state.clone();
        use_effect_with(props.lang, move |lang| {
            state.dispatch(Action::SetLang(*lang))
        });
    }
    {
        let seen = use_mut_ref(|| 0u64);
        let on_notice = props.on_notice.clone();
        let state = state.clone();
        use_effect_with(state.last_notice, move |_| {
            for notice in state.notices_after(*seen.borrow()) {
                on_notice.emit(notice.clone());
            }
            *seen.borrow_mut() = state.last_notice;
        });
    }
    {
        let root = root.clone();
        use_effect_with(state.moves, move |moves| {
            if *moves > 0 {
                let target = root
                    .cast::<web_sys::Element>()
                    .and_then(|root| root.query_selector("[data-focus-target]").ok().flatten())
                    .and_then(|target| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(target).ok());
                if let Some(target) = target {
                    // Focus cannot fail in a way the visitor could act on.
                    let _ = target.focus();
                }
            }
        });
    }

    let content = state.lang.content();
    let quiz_action = {
        let state = state.clone();
        move |action: QuizAction| state.dispatch(Action::Quiz(action))
    };
    let on_set_lang = {
        let state = state.clone();
        Callback::from(move |lang| state.dispatch(Action::SetLang(lang)))
    };
    let step = state.step();
    let (screen, announcement) = match step {
        Step::Intro => {
            let act = quiz_action.clone();
            let on_start = Callback::from(move |()| act(QuizAction::Start));
            (
                html! { <IntroScreen {content} {on_start} /> },
                String::new(),
            )
        }
        Step::Question(question) => {
            let act = quiz_action.clone();
            let on_choose =
                Callback::from(move |answer: Answer| act(QuizAction::Choose { question, answer }));
            let act = quiz_action.clone();
            let on_continue =
                Callback::from(move |()| act(QuizAction::Continue { from: question }));
            let act = quiz_action.clone();
            let on_back = Callback::from(move |()| act(QuizAction::Back { from: step }));
            let progress = fill(
                &content.ui.progress,
                &[
                    ("n", &(question + 1).to_string()),
                    ("total", &QUESTION_COUNT.to_string()),
                ],
            );
            let screen = html! {
                <QuestionScreen
                    key={question}
                    {content}
                    {question}
                    chosen={state.quiz.answers().get(question)}
                    missing_answer={state.quiz.missing_answer()}
                    {on_choose}
                    {on_continue}
                    {on_back}
                />
            };
            (screen, progress)
        }
        Step::Result => match state.quiz.assessment() {
            Some(assessment) => {
                let announcement = format!(
                    "{}: {}",
                    content.ui.result_heading,
                    content.verdict(assessment.verdict).title
                );
                let act = quiz_action.clone();
                let on_back = Callback::from(move |()| act(QuizAction::Back { from: step }));
                let act = quiz_action.clone();
                let on_restart = Callback::from(move |()| act(QuizAction::Restart));
                let screen =
                    html! { <ResultScreen {content} {assessment} {on_back} {on_restart} /> };
                (screen, announcement)
            }
            // Unreachable by construction: the model only reaches the result
            // with every answer given. Show the intro rather than nothing.
            None => {
                let act = quiz_action.clone();
                let on_start = Callback::from(move |()| act(QuizAction::Restart));
                (
                    html! { <IntroScreen {content} {on_start} /> },
                    String::new(),
                )
            }
        },
    };

    html! {
        <div class="sk" lang={state.lang.code()} part="widget" ref={root}>
            <LanguageSwitch current={state.lang} {on_set_lang} />
            { screen }
            <p class="sk-visually-hidden" role="status" aria-live="polite" aria-atomic="true">{ announcement }</p>
        </div>
    }
}
