use yew::prelude::*;

use crate::content::Intro;

/// The credit for the source of the eight cases, with the content pack's
/// link to the source post when it has one.
pub fn credit(intro: &Intro) -> Html {
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
