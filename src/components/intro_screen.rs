use yew::prelude::*;

use crate::components::credit::credit;
use crate::components::on_single_click;
use crate::content::Lang;

/// Props of [`intro_screen`].
pub struct IntroScreenProps {
    /// The language shown (its texts are `lang.content()`).
    pub lang: Lang,
    /// Called when the visitor starts the quiz.
    pub on_start: Callback<()>,
    /// A note to show first, e.g. that a share link was invalid.
    pub note: Option<AttrValue>,
}

/// The first screen: what the quiz is, how it works, and the start button.
pub fn intro_screen(props: &IntroScreenProps) -> Html {
    let content = props.lang.content();
    let intro = &content.intro;
    let on_start = on_single_click(&props.on_start);
    html! {
        <section class="sk-screen sk-intro" part="intro">
            if let Some(note) = props.note.clone() {
                <p class="sk-note" role="alert">{ note }</p>
            }
            <h2 class="sk-title" tabindex="-1" data-focus-target="">{ intro.title.as_ref() }</h2>
            <p class="sk-lead">{ intro.lead.as_ref() }</p>
            <p>{ intro.how.as_ref() }</p>
            <div class="sk-actions">
                <button type="button" class="sk-button sk-primary" part="button primary-button" onclick={on_start}>
                    { intro.start.as_ref() }
                </button>
            </div>
            { credit(&content.intro) }
        </section>
    }
}
