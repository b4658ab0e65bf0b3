use yew::prelude::*;

use crate::content::Lang;
use crate::model::{CaseNumber, QUESTION_COUNT};

/// Props of [`progress_bar`].
pub struct ProgressBarProps {
    /// The language shown (its texts are `lang.content()`).
    pub lang: Lang,
    /// The question shown.
    pub question: CaseNumber,
}

/// "Frage 3 von 8" as text and as a labelled `<progress>`.
pub fn progress_bar(props: &ProgressBarProps) -> Html {
    let label = props.lang.content().progress_label(props.question);
    html! {
        <div class="sk-progress" part="progress">
            <p class="sk-progress-text" aria-hidden="true">{ label.clone() }</p>
            <progress
                max={QUESTION_COUNT.to_string()}
                value={props.question.to_string()}
                aria-label={label}
            />
        </div>
    }
}
