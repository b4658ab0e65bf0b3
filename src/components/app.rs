use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::components::course::{Course, CoursePosition};
use crate::components::intro_screen::IntroScreen;
use crate::components::language_switch::LanguageSwitch;
use crate::components::question_screen::QuestionScreen;
use crate::components::result_screen::ResultScreen;
use crate::content::Lang;
use crate::effects;
use crate::export::{card_svg, plan_text, share_link, CARD_HEIGHT, CARD_WIDTH};
use crate::model::saved_state::SavedState;
use crate::model::{Answer, Notice, Quiz, QuizAction, Step, QUESTION_COUNT};
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
    /// Called once for every notice (answer confirmed, result shown).
    #[prop_or_default]
    pub on_notice: Callback<Notice>,
    /// Called with the state to store whenever it changes.
    #[prop_or_default]
    pub on_save: Callback<SavedState>,
}

/// The whole widget: holds the one reducer and runs the effects
/// (notices to the host, storage, focus after each move, copy and share).
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

    {
        // A changed `lang` attribute wins over the visitor's earlier switch;
        // the first render keeps a resumed language.
        let state = state.clone();
        let previous = use_mut_ref(|| props.lang);
        use_effect_with(props.lang, move |lang| {
            if *previous.borrow() != *lang {
                *previous.borrow_mut() = *lang;
                state.dispatch(Action::SetLang(*lang));
            }
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
        // The first render only shows what was loaded (or a share link);
        // storage changes once the visitor does something.
        let on_save = props.on_save.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(state.saved(), move |saved| {
            if !first.replace(false) {
                on_save.emit(*saved);
            }
        });
    }
    {
        let root = root.clone();
        use_effect_with(state.moves, move |moves| {
            if *moves > 0 {
                if let Some(target) = find(&root, "[data-focus-target]")
                    .and_then(|target| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(target).ok())
                {
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
    let (screen, announcement) = match (step, state.quiz.assessment()) {
        (Step::Question(question), _) => {
            let act = quiz_action.clone();
            let on_choose =
                Callback::from(move |answer: Answer| act(QuizAction::Choose { question, answer }));
            let act = quiz_action.clone();
            let on_continue =
                Callback::from(move |()| act(QuizAction::Continue { from: question }));
            let act = quiz_action.clone();
            let on_back = Callback::from(move |()| act(QuizAction::Back { from: step }));
            let progress = content.progress_label(question);
            let position = CoursePosition::Question {
                index: question,
                answers: state.quiz.answers(),
            };
            let screen = html! {
                <>
                    <Course lang={state.lang} {position} />
                    <QuestionScreen
                        key={question}
                        lang={state.lang}
                        {question}
                        chosen={state.quiz.answers().get(question)}
                        missing_answer={state.quiz.missing_answer()}
                        {on_choose}
                        {on_continue}
                        {on_back}
                    />
                </>
            };
            (screen, progress)
        }
        (Step::Result, Some(assessment)) => {
            let announcement = format!(
                "{}: {}",
                content.ui.result_heading,
                content.verdict(assessment.verdict).title
            );
            // The link opens in the sharer's language.
            let share_url = share_link(&props.share_base, state.lang, &assessment.answers);
            let feedback = {
                let state = state.clone();
                move |ok: Feedback, failed: Feedback| {
                    let state = state.clone();
                    Callback::from(move |done: bool| {
                        state.dispatch(Action::Feedback(Some(if done { ok } else { failed })))
                    })
                }
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
                    effects::share_link(
                        url.clone(),
                        title.clone(),
                        find(&root, "[data-share-link]"),
                        done.clone(),
                    )
                })
            };
            let on_download_card = {
                let assessment = assessment.clone();
                let name = format!("startklar-{}", assessment.verdict.as_str());
                let state = state.clone();
                let failed = feedback(Feedback::DownloadFailed, Feedback::DownloadFailed);
                Callback::from(move |png: bool| {
                    state.dispatch(Action::Feedback(None));
                    let svg = card_svg(content, &assessment);
                    if png {
                        let failed = failed.clone();
                        let done = Callback::from(move |ok: bool| {
                            if !ok {
                                failed.emit(false)
                            }
                        });
                        effects::download_png(
                            &svg,
                            CARD_WIDTH,
                            CARD_HEIGHT,
                            format!("{name}.png"),
                            done,
                        );
                    } else if effects::download_text(&svg, "image/svg+xml", &format!("{name}.svg"))
                        .is_err()
                    {
                        failed.emit(false);
                    }
                })
            };
            let on_toggle_step = {
                let state = state.clone();
                Callback::from(move |case| state.dispatch(Action::ToggleStep(case)))
            };
            let act = quiz_action.clone();
            let on_back = Callback::from(move |()| act(QuizAction::Back { from: step }));
            let act = quiz_action.clone();
            let on_restart = Callback::from(move |()| act(QuizAction::Restart));
            let screen = html! {
                <ResultScreen
                    lang={state.lang}
                    {assessment}
                    {on_back}
                    {on_restart}
                    ticked={state.ticked}
                    feedback={state.feedback}
                    share_url={AttrValue::from(share_url)}
                    {on_toggle_step}
                    {on_copy_plan}
                    {on_share}
                    {on_download_card}
                    on_print={Callback::from(|()| effects::print())}
                />
            };
            (screen, announcement)
        }
        // The intro; also the fallback should the result lack answers, which
        // the model rules out.
        _ => {
            let act = quiz_action.clone();
            let restart = step == Step::Result;
            let on_start = Callback::from(move |()| {
                act(if restart {
                    QuizAction::Restart
                } else {
                    QuizAction::Start
                })
            });
            let note = state
                .invalid_share_link
                .then(|| AttrValue::from(content.ui.invalid_share_link.to_string()));
            (
                html! { <IntroScreen lang={state.lang} {on_start} {note} /> },
                String::new(),
            )
        }
    };

    html! {
        <div class="sk" lang={state.lang.code()} part="widget" ref={root}>
            <LanguageSwitch current={state.lang} {on_set_lang} />
            { screen }
            <p class="sk-visually-hidden" role="status" aria-live="polite" aria-atomic="true">{ announcement }</p>
        </div>
    }
}

/// The first element in the widget matching `selector`.
fn find(root: &NodeRef, selector: &str) -> Option<Element> {
    root.cast::<Element>()
        .and_then(|root| root.query_selector(selector).ok().flatten())
}
