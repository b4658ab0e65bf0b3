use yew::prelude::*;

use crate::content::Lang;

/// Props of [`Credit`].
#[derive(Properties, PartialEq)]
pub struct CreditProps {
    /// The language shown (its texts are `lang.content()`).
    pub lang: Lang,
}

/// The credit for the source of the eight cases, with the content pack's
/// link to the source post when it has one.
#[function_component]
pub fn Credit(props: &CreditProps) -> Html {
    let intro = &props.lang.content().intro;
    html! {
        <p class="sk-credit">
            { intro.credit.as_ref() }
            if let Some(link) = &intro.credit_link {
                { " " }
                <a href={link.href.to_string()} part="link">{ link.label.as_ref() }</a>
            }
        </p>
    }
}
