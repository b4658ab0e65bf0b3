//! Component tests in headless Chromium: the widget mounted into a shadow
//! root as the element does it, driven by clicks on what a visitor sees.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use wasm_bindgen::{closure::Closure, JsCast};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

use startklar::widget::content_pack::PackSource;
use startklar::widget::Widget;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh host element with an open shadow root, as the loader makes it.
fn host(lang: &str) -> (HtmlElement, ShadowRoot) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    host.set_attribute("lang", lang).unwrap();
    // Each test starts afresh; storage is covered by the end-to-end tests.
    host.set_attribute("persist", "off").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let shadow = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap();
    (host, shadow)
}

fn mount(host: &HtmlElement, shadow: &ShadowRoot) -> Widget {
    mount_with_pack(host, shadow, None)
}

fn mount_with_pack(host: &HtmlElement, shadow: &ShadowRoot, pack: Option<&str>) -> Widget {
    let pack = pack.map(|text| PackSource {
        url: "https://example.org/blog/my-pack.json".to_string(),
        text: Ok(text.to_string()),
    });
    Widget::mount(
        host.clone(),
        shadow,
        "https://example.org/startklar/index.html",
        false,
        pack,
    )
    .expect("the widget mounts")
}

async fn settle() {
    yew::platform::time::sleep(Duration::ZERO).await;
}

fn all(root: &ShadowRoot, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

fn text(element: &Element) -> String {
    element
        .text_content()
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// The button whose visible name is `name`.
fn button(root: &ShadowRoot, name: &str) -> HtmlElement {
    all(root, "button")
        .into_iter()
        .find(|b| text(b) == name)
        .unwrap_or_else(|| panic!("no button {name:?}"))
        .unchecked_into()
}

/// The radio labelled `label`.
fn radio(root: &ShadowRoot, label: &str) -> HtmlInputElement {
    all(root, "label")
        .into_iter()
        .find(|l| text(l) == label)
        .and_then(|l| l.query_selector("input[type=radio]").unwrap())
        .unwrap_or_else(|| panic!("no radio {label:?}"))
        .unchecked_into()
}

/// The question on screen: the text of the fieldset's legend.
fn question(root: &ShadowRoot) -> String {
    root.query_selector("fieldset legend")
        .unwrap()
        .map(|legend| text(&legend))
        .unwrap_or_default()
}

fn verdict(root: &ShadowRoot) -> Option<String> {
    root.query_selector("[data-verdict]")
        .unwrap()
        .and_then(|e| e.get_attribute("data-verdict"))
}

async fn answer(root: &ShadowRoot, label: &str, next: &str) {
    radio(root, label).click();
    settle().await;
    button(root, next).click();
    settle().await;
}

#[wasm_bindgen_test]
async fn german_quiz_with_all_yes_is_ready() {
    let (host, shadow) = host("de");
    let widget = mount(&host, &shadow);
    settle().await;
    button(&shadow, "Quiz starten").click();
    settle().await;
    assert_eq!(
        question(&shadow),
        "Haben Sie ein konkretes, erreichbares Ziel für Social Media?"
    );
    for n in 1..=8 {
        assert!(shadow
            .text_content()
            .unwrap()
            .contains(&format!("Frage {n} von 8")));
        let next = if n == 8 { "Zum Ergebnis" } else { "Weiter" };
        answer(&shadow, "Ja", next).await;
    }
    assert_eq!(verdict(&shadow).as_deref(), Some("ready"));
    assert!(shadow.text_content().unwrap().contains("16 von 16 Punkten"));
    widget.unmount();
    host.remove();
}

#[wasm_bindgen_test]
async fn english_hands_off_and_events() {
    let (host, shadow) = host("en");
    let answers: Rc<RefCell<Vec<String>>> = Rc::default();
    let complete: Rc<RefCell<Option<String>>> = Rc::default();
    let on_answer = {
        let answers = answers.clone();
        Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
            let detail = event.detail();
            let question = js_sys::Reflect::get(&detail, &"question".into()).unwrap();
            let answer = js_sys::Reflect::get(&detail, &"answer".into()).unwrap();
            answers.borrow_mut().push(format!(
                "{}:{}",
                question.as_f64().unwrap(),
                answer.as_string().unwrap()
            ));
        })
    };
    let on_complete = {
        let complete = complete.clone();
        Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
            let detail = event.detail();
            let json = js_sys::JSON::stringify(&detail).unwrap();
            *complete.borrow_mut() = json.as_string();
        })
    };
    host.add_event_listener_with_callback("startklar-answer", on_answer.as_ref().unchecked_ref())
        .unwrap();
    host.add_event_listener_with_callback(
        "startklar-complete",
        on_complete.as_ref().unchecked_ref(),
    )
    .unwrap();
    let widget = mount(&host, &shadow);
    settle().await;
    button(&shadow, "Start the quiz").click();
    settle().await;
    let plan = ["No", "Yes", "Partly", "Yes", "Yes", "Yes", "Yes", "Yes"];
    for (index, label) in plan.iter().enumerate() {
        let next = if index == 7 { "See my result" } else { "Next" };
        answer(&shadow, label, next).await;
    }
    assert_eq!(verdict(&shadow).as_deref(), Some("hands-off"));
    assert_eq!(
        answers.borrow().join(" "),
        "1:no 2:yes 3:partly 4:yes 5:yes 6:yes 7:yes 8:yes"
    );
    assert_eq!(
        complete.borrow().as_deref(),
        Some(
            r#"{"verdict":"hands-off","score":13,"answers":["no","yes","partly","yes","yes","yes","yes","yes"],"warnings":[1,3]}"#
        )
    );
    widget.unmount();
    host.remove();
}

#[wasm_bindgen_test]
async fn back_keeps_the_answer_and_double_clicks_skip_nothing() {
    let (host, shadow) = host("en");
    let widget = mount(&host, &shadow);
    settle().await;
    button(&shadow, "Start the quiz").click();
    settle().await;
    radio(&shadow, "Partly").click();
    settle().await;
    let next = button(&shadow, "Next");
    next.click();
    next.click();
    settle().await;
    assert!(shadow.text_content().unwrap().contains("Question 2 of 8"));
    button(&shadow, "Next").click();
    settle().await;
    assert!(shadow
        .text_content()
        .unwrap()
        .contains("Please choose an answer."));
    button(&shadow, "Back").click();
    settle().await;
    assert!(shadow.text_content().unwrap().contains("Question 1 of 8"));
    assert!(radio(&shadow, "Partly").checked());
    assert!(!radio(&shadow, "Yes").checked());
    widget.unmount();
    host.remove();
}

#[wasm_bindgen_test]
async fn the_language_switch_keeps_position_and_answers() {
    let (host, shadow) = host("de");
    let widget = mount(&host, &shadow);
    settle().await;
    button(&shadow, "Quiz starten").click();
    settle().await;
    answer(&shadow, "Teilweise", "Weiter").await;
    button(&shadow, "English").click();
    settle().await;
    assert!(shadow.text_content().unwrap().contains("Question 2 of 8"));
    button(&shadow, "Back").click();
    settle().await;
    assert!(radio(&shadow, "Partly").checked());
    let root = shadow.query_selector(".sk").unwrap().unwrap();
    assert_eq!(root.get_attribute("lang").as_deref(), Some("en"));
    widget.unmount();
    assert_eq!(
        shadow.child_element_count(),
        0,
        "unmount leaves nothing behind"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn a_changed_lang_attribute_takes_effect_at_once() {
    let (host, shadow) = host("de");
    let mut widget = mount(&host, &shadow);
    settle().await;
    assert!(button(&shadow, "Quiz starten").is_connected());
    host.set_attribute("lang", "en").unwrap();
    widget.attribute_changed("lang");
    settle().await;
    assert!(button(&shadow, "Start the quiz").is_connected());
    widget.unmount();
    host.remove();
}

#[wasm_bindgen_test]
async fn the_result_shows_the_plan_in_order_and_restart_clears_it() {
    let (host, shadow) = host("en");
    let widget = mount(&host, &shadow);
    settle().await;
    button(&shadow, "Start the quiz").click();
    settle().await;
    let plan = ["Partly", "Yes", "No", "Yes", "Yes", "Partly", "Yes", "Yes"];
    for (index, label) in plan.iter().enumerate() {
        let next = if index == 7 { "See my result" } else { "Next" };
        answer(&shadow, label, next).await;
    }
    // One "no" (case 3) and two "partly" (cases 1 and 6): train.
    assert_eq!(verdict(&shadow).as_deref(), Some("train"));
    let steps: Vec<String> = all(&shadow, ".sk-plan-step .sk-plan-title")
        .iter()
        .map(text)
        .collect();
    assert_eq!(steps.len(), 3, "{steps:?}");
    assert_eq!(
        steps,
        [
            "No goal (Applies in part)",
            "Outsourcing (Applies)",
            "Too few people (Applies in part)"
        ],
        "goal first, then what applies fully, then in part"
    );
    let first_box: HtmlInputElement = shadow
        .query_selector(".sk-plan-step input[type=checkbox]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    first_box.click();
    settle().await;
    assert!(first_box.checked());
    let link: HtmlInputElement = shadow
        .query_selector("[data-share-link]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(
        link.value(),
        "https://example.org/startklar/index.en.html?lang=en#r=pynyypyy8"
    );
    button(&shadow, "Start again").click();
    settle().await;
    assert!(button(&shadow, "Start the quiz").is_connected());
    assert!(verdict(&shadow).is_none());
    widget.unmount();
    host.remove();
}

/// The built-in English pack, turned into an Arabic one with its own title.
fn arabic_pack() -> String {
    include_str!("../content/en.json")
        .replacen("\"lang\": \"en\"", "\"lang\": \"ar\"", 1)
        .replacen(
            "\"language_name\": \"English\"",
            "\"language_name\": \"العربية\"",
            1,
        )
        .replacen(
            "\"title\": \"Are you ready to start?\"",
            "\"title\": \"هل أنت مستعد؟\"",
            1,
        )
}

#[wasm_bindgen_test]
async fn a_content_pack_shows_its_words_right_to_left_beside_the_built_in_languages() {
    let (host, shadow) = host("en");
    host.remove_attribute("lang").unwrap();
    let widget = mount_with_pack(&host, &shadow, Some(&arabic_pack()));
    settle().await;
    let root = all(&shadow, ".sk").remove(0);
    assert_eq!(root.get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(root.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(text(&all(&shadow, "h2")[0]), "هل أنت مستعد؟");
    let languages: Vec<String> = all(&shadow, ".sk-language-button")
        .iter()
        .map(text)
        .collect();
    assert_eq!(languages, ["Deutsch", "English", "العربية"]);
    // The built-in languages stay a click away, and the pack comes back.
    button(&shadow, "Deutsch").click();
    settle().await;
    assert_eq!(
        all(&shadow, ".sk")[0].get_attribute("dir").as_deref(),
        Some("ltr")
    );
    button(&shadow, "العربية").click();
    settle().await;
    assert_eq!(text(&all(&shadow, "h2")[0]), "هل أنت مستعد؟");
    widget.unmount();
    host.remove();
}

#[wasm_bindgen_test]
async fn a_rejected_pack_leaves_the_built_in_language_nearest_to_it() {
    let (host, shadow) = host("en");
    host.remove_attribute("lang").unwrap();
    let broken = include_str!("../content/de.json").replacen(
        "\"format\"",
        "\"surpriseField\": 1, \"format\"",
        1,
    );
    let widget = mount_with_pack(&host, &shadow, Some(&broken));
    settle().await;
    assert_eq!(
        all(&shadow, ".sk")[0].get_attribute("lang").as_deref(),
        Some("de")
    );
    assert_eq!(all(&shadow, ".sk-language-button").len(), 2);
    button(&shadow, "Quiz starten").click();
    settle().await;
    assert!(shadow.text_content().unwrap().contains("Frage 1 von 8"));
    widget.unmount();
    host.remove();
}
