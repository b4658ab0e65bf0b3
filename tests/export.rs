//! The training plan's order, the plan as text and the result card.
#![cfg(not(target_arch = "wasm32"))]

use startklar::content::Lang;
use startklar::export::{card_name, card_svg, escape_xml, plan_text, CardFormat};
use startklar::model::{assess, training_plan, Answer};

fn answers(code: &str) -> [Answer; 8] {
    let parsed: Vec<Answer> = code.chars().filter_map(Answer::from_code).collect();
    parsed.try_into().expect("eight answers")
}

#[test]
fn the_plan_puts_goal_and_stamina_first_then_no_before_partly() {
    let table = [
        ("yyyyyyyy", vec![]),
        ("pnyyyyyy", vec![1, 2]),
        ("yyppnnyp", vec![5, 6, 3, 4, 8]),
        ("ypnyyyyp", vec![2, 3, 8]),
        ("nnnnnnnn", vec![1, 2, 3, 4, 5, 6, 7, 8]),
        ("ppppppnn", vec![1, 2, 7, 8, 3, 4, 5, 6]),
    ];
    for (code, expected) in table {
        let plan: Vec<u8> = training_plan(&assess(&answers(code)))
            .iter()
            .map(|w| w.case.number())
            .collect();
        assert_eq!(plan, expected, "{code}");
    }
}

#[test]
fn the_plan_as_text_lists_each_step_with_its_chain() {
    let assessment = assess(&answers("ypnyyyyy"));
    let text = plan_text(Lang::DE.content(), &assessment);
    assert!(text.starts_with("Ihr Trainingsplan\n"), "{text}");
    assert!(text.contains("[ ] Schritt 1: Keine Langzeitidee"), "{text}");
    assert!(
        text.contains("Keine Langzeitidee = keine Ausdauer"),
        "{text}"
    );
    assert!(text.contains("[ ] Schritt 2: Outsourcing"), "{text}");
    assert!(text.contains("13 von 16 Punkten"), "{text}");
    let english = plan_text(Lang::EN.content(), &assess(&answers("yyyyyyyy")));
    assert!(
        english.contains("None of the eight cases applies to you."),
        "{english}"
    );
}

#[test]
fn the_card_is_svg_with_verdict_and_score_in_the_language() {
    let svg = card_svg(Lang::DE.content(), &assess(&answers("yyyyyyyy")));
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.contains(">16<"));
    assert!(svg.contains("Startklar"));
    assert!(svg.contains("lang=\"de\""));
    let svg = card_svg(Lang::EN.content(), &assess(&answers("nyyyyyyy")));
    assert!(svg.contains(">14<"));
    assert!(svg.contains("Hands off"));
    assert_eq!(svg.matches("<svg").count(), 1);
}

#[test]
fn xml_escaping() {
    assert_eq!(
        escape_xml("<img src=x onerror=alert(1)> & \"'"),
        "&lt;img src=x onerror=alert(1)&gt; &amp; &quot;&apos;"
    );
}

#[test]
fn card_files_are_named_after_the_verdict_and_format() {
    let assessment = assess(&answers("yyyyyyyy"));
    let name = card_name(&assessment);
    assert_eq!(name, "startklar-ready");
    assert_eq!(
        [CardFormat::Svg, CardFormat::Png].map(CardFormat::extension),
        ["svg", "png"]
    );
}
