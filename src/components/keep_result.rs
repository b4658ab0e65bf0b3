use yew::prelude::*;

use crate::content::Lang;
use crate::export::CardFormat;

/// Props of [`keep_result`].
pub struct KeepResultProps {
    /// The language shown (its texts are `lang.content()`).
    pub lang: Lang,
    /// The link that reproduces this result.
    pub share_url: AttrValue,
    /// Called when the visitor shares the link.
    pub on_share: Callback<()>,
    /// Called with the format of the card to download.
    pub on_download_card: Callback<CardFormat>,
    /// Called when the visitor prints.
    pub on_print: Callback<()>,
    /// Feedback after sharing or downloading, if any.
    pub status: Option<AttrValue>,
}

/// The share link, the result card downloads and print.
pub fn keep_result(props: &KeepResultProps) -> Html {
    let content = props.lang.content();
    let ui = &content.ui;
    let on_share = props.on_share.reform(|_: MouseEvent| ());
    let on_svg = props
        .on_download_card
        .reform(|_: MouseEvent| CardFormat::Svg);
    let on_png = props
        .on_download_card
        .reform(|_: MouseEvent| CardFormat::Png);
    let on_print = props.on_print.reform(|_: MouseEvent| ());
    html! {
        <section class="sk-keep" part="keep" aria-labelledby="sk-keep-heading">
            <h3 id="sk-keep-heading">{ ui.keep_heading.as_ref() }</h3>
            <label class="sk-field-label" for="sk-share-link">{ ui.share_link_label.as_ref() }</label>
            <div class="sk-share-row">
                <input
                    id="sk-share-link"
                    class="sk-share-link"
                    type="text"
                    readonly=true
                    value={props.share_url.clone()}
                    data-share-link=""
                />
                <button type="button" class="sk-button sk-secondary" part="button secondary-button" onclick={on_share}>{ ui.share.as_ref() }</button>
            </div>
            <div class="sk-actions">
                <button type="button" class="sk-button sk-secondary" part="button secondary-button" onclick={on_svg}>{ ui.download_svg.as_ref() }</button>
                <button type="button" class="sk-button sk-secondary" part="button secondary-button" onclick={on_png}>{ ui.download_png.as_ref() }</button>
                <button type="button" class="sk-button sk-secondary" part="button secondary-button" onclick={on_print}>{ ui.print.as_ref() }</button>
            </div>
            <p class="sk-status" role="status">{ props.status.clone().unwrap_or_default() }</p>
        </section>
    }
}
