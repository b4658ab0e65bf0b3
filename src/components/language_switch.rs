use yew::prelude::*;

use crate::content::{languages, Lang};

/// Props of [`language_switch`].
pub struct LanguageSwitchProps {
    /// The language shown.
    pub current: Lang,
    /// Called with the language the visitor picks.
    pub on_set_lang: Callback<Lang>,
}

/// A button for each language on offer ("Deutsch", "English" and a
/// content pack's); the current one is pressed.
pub fn language_switch(props: &LanguageSwitchProps) -> Html {
    let current = props.current;
    html! {
        <div class="sk-language" role="group" aria-label={current.content().ui.language_label.as_ref().to_string()} part="language-switch">
            { for languages().into_iter().map(|lang| {
                let on_click = props.on_set_lang.reform(move |_: MouseEvent| lang);
                html! {
                    <button
                        type="button"
                        class="sk-language-button"
                        lang={lang.code()}
                        aria-pressed={(lang == current).to_string()}
                        onclick={on_click}
                    >
                        { lang.content().ui.language_name.as_ref() }
                    </button>
                }
            }) }
        </div>
    }
}
