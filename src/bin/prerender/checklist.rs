use startklar::content::Lang;
use yew::prelude::*;

/// Props of [`Checklist`].
#[derive(Properties, PartialEq)]
pub struct ChecklistProps {
    /// The language of the checklist.
    pub lang: Lang,
}

/// The id of the checklist in `lang`, the target of the fallback's start link.
pub fn checklist_id(lang: Lang) -> String {
    format!("startklar-checklist-{}", lang.code())
}

/// The eight questions and the verdict rules, for visitors whose browser
/// cannot start the quiz. Every text comes from `content/`.
#[function_component]
pub fn Checklist(props: &ChecklistProps) -> Html {
    let content = props.lang.content();
    let text = props.lang.fallback();
    let id = checklist_id(props.lang);
    let heading_id = format!("{id}-heading");
    let verdicts = &content.verdicts;
    let rules = [
        (&verdicts.hands_off.title, &text.rule_hands_off),
        (&verdicts.ready.title, &text.rule_ready),
        (&verdicts.train.title, &text.rule_train),
    ];
    html! {
        <section class="sk-fallback" lang={props.lang.code()} {id} aria-labelledby={heading_id.clone()}>
            <h2 class="sk-fallback-heading" id={heading_id}>{ text.heading.as_ref() }</h2>
            <p>{ text.intro.as_ref() }</p>
            <p>{ text.how_to_score.as_ref() }</p>
            <ol class="sk-fallback-questions">
                { for content.cases.iter().map(|case| html! {
                    <li><strong>{ case.title.as_ref() }</strong><br />{ case.question.as_ref() }</li>
                }) }
            </ol>
            <h3>{ text.rules_heading.as_ref() }</h3>
            <ul class="sk-fallback-rules">
                { for rules.into_iter().map(|(verdict, rule)| html! {
                    <li><strong>{ verdict.as_ref() }</strong>{ ": " }{ rule.as_ref() }</li>
                }) }
            </ul>
        </section>
    }
}
