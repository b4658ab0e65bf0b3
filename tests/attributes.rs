//! Parsing of attributes and URL parameters: outside data.
#![cfg(not(target_arch = "wasm32"))]

use startklar::attributes::{parse_lang, parse_theme, query_param, Theme};
use startklar::content::Lang;

#[test]
fn lang_accepts_de_and_en_only() {
    // `None` in the second column: the value is rejected.
    let table = [
        (None, Some(None)),
        (Some("de"), Some(Some(Lang::DE))),
        (Some("EN"), Some(Some(Lang::EN))),
        (Some(" de "), Some(Some(Lang::DE))),
        (Some("fr"), None),
        (Some(""), None),
        (Some("de-AT"), Some(Some(Lang::DE))),
        (Some("en_GB"), Some(Some(Lang::EN))),
        (Some("fr-DE"), None),
        (Some("-de"), None),
        (Some("<img src=x onerror=alert(1)>"), None),
    ];
    for (value, expected) in table {
        assert_eq!(
            parse_lang(value, &Lang::BUILT_IN).ok(),
            expected,
            "{value:?}"
        );
    }
}

#[test]
fn invalid_values_name_the_attribute_and_the_allowed_values() {
    let message = parse_lang(Some("fr"), &Lang::BUILT_IN)
        .expect_err("fr is not offered")
        .to_string();
    assert!(message.contains("lang=\"fr\""), "{message}");
    assert!(message.contains("\"de\", \"en\""), "{message}");
    let message = parse_theme(Some("purple"))
        .expect_err("no purple theme")
        .to_string();
    assert!(message.contains("theme=\"purple\""), "{message}");
    assert!(
        message.contains("\"auto\", \"light\", \"dark\""),
        "{message}"
    );
    let long = "x".repeat(10_000);
    let message = parse_theme(Some(&long)).expect_err("too long").to_string();
    assert!(
        message.len() < 200,
        "long values are shortened: {}",
        message.len()
    );
}

#[test]
fn theme_values() {
    let table = [
        (None, Some(Theme::Auto)),
        (Some("auto"), Some(Theme::Auto)),
        (Some("light"), Some(Theme::Light)),
        (Some("Dark"), Some(Theme::Dark)),
        (Some("blue"), None),
    ];
    for (value, expected) in table {
        assert_eq!(parse_theme(value).ok(), expected, "{value:?}");
    }
}

#[test]
fn browser_tags_map_to_a_language() {
    let table = [
        ("de", Lang::DE),
        ("de-DE", Lang::DE),
        ("de_CH", Lang::DE),
        ("DE-at", Lang::DE),
        ("en-US", Lang::EN),
        ("fr", Lang::EN),
        ("", Lang::EN),
        ("deu", Lang::EN),
    ];
    for (tag, expected) in table {
        assert_eq!(Lang::nearest(tag, &Lang::BUILT_IN), expected, "{tag:?}");
    }
}

#[test]
fn query_parameters() {
    let table = [
        ("?lang=de", "lang", Some("de")),
        ("?embed=1&lang=en", "lang", Some("en")),
        ("?embed", "embed", Some("")),
        ("", "lang", None),
        ("?language=de", "lang", None),
    ];
    for (query, name, expected) in table {
        assert_eq!(query_param(query, name), expected, "{query} {name}");
    }
}

#[test]
fn persist_values() {
    use startklar::attributes::{parse_persist, Persist};
    let table = [
        (None, Some(Persist::Session)),
        (Some("session"), Some(Persist::Session)),
        (Some("LOCAL"), Some(Persist::Local)),
        (Some(" off "), Some(Persist::Off)),
        (Some("forever"), None),
        (Some(""), None),
    ];
    for (value, expected) in table {
        assert_eq!(parse_persist(value).ok(), expected, "{value:?}");
    }
    let message = parse_persist(Some("forever"))
        .expect_err("invalid")
        .to_string();
    assert!(
        message.contains("\"session\", \"local\", \"off\""),
        "{message}"
    );
}
