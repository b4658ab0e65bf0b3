//! The studio's draft, natively: an exported pack is byte for byte the
//! shipped format, edits land where they belong, and the limits shown at
//! each field are the schema's.
#![cfg(not(target_arch = "wasm32"))]

use startklar::content::json;
use startklar::content::pack;
use startklar::studio::draft::{self, Schema};

fn pack_file(lang: &str) -> String {
    std::fs::read_to_string(format!("content/{lang}.json")).expect("a built-in pack")
}

#[test]
fn an_unedited_built_in_pack_exports_byte_for_byte() {
    for lang in ["de", "en"] {
        let text = pack_file(lang);
        let value = json::parse(&text).expect("valid JSON");
        assert_eq!(draft::to_json(&value), text, "{lang}");
    }
}

#[test]
fn edits_and_links_land_at_their_pointer_and_the_export_decodes() {
    let mut value = json::parse(&pack_file("en")).expect("valid JSON");
    draft::set_text(
        &mut value,
        "/cases/0/question",
        "Is \"this\" your goal?\nReally?",
    );
    draft::toggle_link(&mut value, "/cases/0", "link");
    draft::set_text(&mut value, "/cases/0/link/href", "/blog/post#goal");
    draft::set_text(&mut value, "/cases/0/link/label", "Read case 1");
    let exported = draft::to_json(&value);
    let content = pack::decode(&exported).expect("the export is a valid pack");
    assert_eq!(content.cases[0].question, "Is \"this\" your goal?\nReally?");
    assert_eq!(
        content.cases[0].link.as_ref().map(|l| l.href.as_ref()),
        Some("/blog/post#goal")
    );
    // A link without texts is a problem until filled; removing it is fine again.
    draft::toggle_link(&mut value, "/cases/1", "link");
    let problems = pack::decode(&draft::to_json(&value)).expect_err("an empty link");
    assert!(problems
        .problems
        .iter()
        .any(|p| p.pointer.as_deref() == Some("/cases/1/link/href")));
    draft::toggle_link(&mut value, "/cases/1", "link");
    assert!(pack::decode(&draft::to_json(&value)).is_ok());
    assert_eq!(draft::file_name(&value), "startklar-en.json");
}

#[test]
fn every_text_field_shows_the_schemas_limit() {
    let schema = Schema::bundled().expect("the bundled schema parses");
    let value = json::parse(&pack_file("en")).expect("valid JSON");
    let texts = draft::texts(&value);
    assert!(texts.len() > 90);
    for (pointer, _) in &texts {
        assert!(schema.max_length(pointer).is_some(), "{pointer}");
    }
    assert_eq!(
        schema.max_length("/intro/title"),
        Some(pack::CARD_TITLE_MAX)
    );
    assert_eq!(schema.max_length("/cases/3/link/href"), Some(2000));
    assert_eq!(schema.max_length("/cases/3/chain/1"), Some(160));
    assert_eq!(schema.max_length("/nothing/here"), None);
}

#[test]
fn the_decoders_messages_in_the_german_interface() {
    use startklar::studio::texts::UiLang;
    let table = [
        ("must not be empty", "darf nicht leer sein"),
        (
            "at most 40 characters (found 57)",
            "höchstens 40 Zeichen (jetzt 57)",
        ),
        ("must contain {total}", "muss {total} enthalten"),
        ("unknown field", "unbekanntes Feld"),
        (
            "must be https:, http: or relative",
            "muss mit https: oder http: beginnen oder relativ sein",
        ),
        ("something new", "something new"),
    ];
    for (english, german) in table {
        assert_eq!(UiLang::De.message(english), german);
        assert_eq!(UiLang::En.message(english), english);
    }
    assert_eq!(UiLang::De.field_name("next_step"), "Nächster Schritt");
    assert_eq!(UiLang::En.field_name("next_step"), "next step");
    assert_eq!(UiLang::De.field_name("copy_plan"), "Plan-kopieren-Knopf");
    assert_eq!(UiLang::De.field_name("something_new"), "something new");
    // Every field of a pack has a German label.
    let value = json::parse(&pack_file("de")).expect("valid JSON");
    for (pointer, _) in draft::texts(&value) {
        let key = pointer
            .rsplit('/')
            .find(|part| !part.bytes().all(|b| b.is_ascii_digit()))
            .unwrap_or_default();
        if !matches!(key, "chain" | "points" | "lang") {
            assert_ne!(
                UiLang::De.field_name(key),
                key.replace('_', " "),
                "{pointer}"
            );
        }
    }
}
