use yew::prelude::*;

use crate::content::{fill, Lang};
use crate::model::{AnswerSet, CaseNumber, Verdict, QUESTION_COUNT};

/// Where the course shows the visitor.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CoursePosition {
    /// On the question of `case`, with the answers given so far.
    Question {
        /// The question on screen.
        case: CaseNumber,
        /// Answers given so far.
        answers: AnswerSet,
    },
    /// On the result: the place the verdict stands for.
    Result(Verdict),
}

/// Props of [`course`].
pub struct CourseProps {
    /// The language shown (its texts are `lang.content()`).
    pub lang: Lang,
    /// What to show.
    pub position: CoursePosition,
}

// The start line, eight checkpoints (one per question) and the finish.
// Places sit far enough apart for their labels in both languages; the
// training ground's label takes a second row, so that all labels can be
// drawn large enough to read on a phone.
const ROUTE: [(u16, u16); QUESTION_COUNT + 2] = [
    (190, 78),
    (211, 62),
    (232, 72),
    (253, 56),
    (274, 66),
    (295, 50),
    (316, 60),
    (337, 44),
    (358, 54),
    (380, 40),
];
const STAND: (u16, u16) = (34, 70);
const TRAINING: (u16, u16) = (112, 74);

/// The marathon course as an inline SVG: progress as checkpoints during the
/// questions, and the visitor's place (stand, training ground, start line)
/// on the result. Drawn by the widget; nothing is fetched.
pub fn course(props: &CourseProps) -> Html {
    let content = props.lang.content();
    let ui = &content.ui;
    let route: String = ROUTE
        .iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ");
    let (label, here) = match props.position {
        CoursePosition::Question { case, .. } => (
            fill(
                &ui.course_progress,
                &[
                    ("n", &case.to_string()),
                    ("total", &QUESTION_COUNT.to_string()),
                ],
            ),
            ROUTE[case.index() + 1],
        ),
        CoursePosition::Result(verdict) => {
            let (place, point) = match verdict {
                Verdict::HandsOff => (&ui.place_stand, STAND),
                Verdict::Train => (&ui.place_training, TRAINING),
                Verdict::Ready => (&ui.place_start, ROUTE[0]),
            };
            (fill(&ui.course_result, &[("place", place)]), point)
        }
    };
    let checkpoints = CaseNumber::ALL.into_iter().map(|case| {
        let (x, y) = ROUTE[case.index() + 1];
        let class = match props.position {
            CoursePosition::Question { case: on, .. } if on == case => "sk-course-current",
            CoursePosition::Question { answers, .. } if answers.get(case).is_some() => {
                "sk-course-done"
            }
            _ => "sk-course-todo",
        };
        html! { <circle class={class} cx={x.to_string()} cy={y.to_string()} r="5" /> }
    });
    let place_class = |verdict: Verdict| {
        let active = props.position == CoursePosition::Result(verdict);
        classes!("sk-course-place", active.then_some("sk-course-active"))
    };
    html! {
        <svg class="sk-course" part="course" viewBox="0 0 400 132" role="img" aria-label={label} focusable="false">
            <g class={place_class(Verdict::HandsOff)}>
                <path d="M12 86 h44 v-10 h-10 v-10 h-10 v-10 h-10 v-10 h-14 z" />
                <text x={STAND.0.to_string()} y="106" text-anchor="middle">{ ui.place_stand.as_ref() }</text>
            </g>
            <g class={place_class(Verdict::Train)}>
                <ellipse cx={TRAINING.0.to_string()} cy={TRAINING.1.to_string()} rx="26" ry="12" />
                <text x={TRAINING.0.to_string()} y="127" text-anchor="middle">{ ui.place_training.as_ref() }</text>
            </g>
            <g class={place_class(Verdict::Ready)}>
                <line x1="190" y1="58" x2="190" y2="92" />
                <text x="190" y="106" text-anchor="middle">{ ui.place_start.as_ref() }</text>
            </g>
            <polyline class="sk-course-road" points={route} />
            { for checkpoints }
            <g class="sk-course-finish">
                <line x1="380" y1="40" x2="380" y2="12" />
                <path d="M380 12 h16 l-5 6 l5 6 h-16 z" />
                <text x="396" y="106" text-anchor="end">{ ui.place_finish.as_ref() }</text>
            </g>
            <circle class="sk-course-runner" cx={here.0.to_string()} cy={(here.1 - 14).to_string()} r="7" />
        </svg>
    }
}
