//! The precedence rules the README promises: where the language, the
//! persistence and the first screen come from. Table-driven, one `check`
//! helper per rule.
#![cfg(not(target_arch = "wasm32"))]

use startklar::attributes::Persist;
use startklar::model::saved_state::SavedState;
use startklar::model::share_code::ShareCodeError;
use startklar::model::{Answer, Lang, Quiz, Step};
use startklar::widget::precedence::{self, StartingPoint, Surroundings};

/// A page as the tables write it: `standalone`, then the element's `lang`
/// and `persist` attributes, the query, the nearest ancestor's `lang` and
/// the browser's language.
fn page(
    standalone: bool,
    lang: Option<&str>,
    persist: Option<&str>,
    query: &str,
    ancestor: Option<&str>,
    browser: &str,
) -> Surroundings {
    Surroundings {
        lang_attribute: lang.map(str::to_string),
        persist_attribute: persist.map(str::to_string),
        standalone,
        query: query.to_string(),
        ancestor_lang: ancestor.map(str::to_string),
        browser_lang: browser.to_string(),
    }
}

#[test]
fn lang_attribute_then_url_or_ancestor_then_browser() {
    // (standalone, attribute, query, ancestor, browser) -> language, warned names
    fn check(input: (bool, Option<&str>, &str, Option<&str>, &str), expected: (Lang, &[&str])) {
        let (standalone, attribute, query, ancestor, browser) = input;
        let page = page(standalone, attribute, None, query, ancestor, browser);
        let (lang, invalid) = precedence::lang(&page, &Lang::BUILT_IN, None);
        let warned: Vec<&str> = invalid.iter().map(|invalid| invalid.name).collect();
        assert_eq!((lang, warned.as_slice()), expected, "{page:?}");
    }
    const DE: Lang = Lang::DE;
    const EN: Lang = Lang::EN;
    // The attribute wins over everything.
    check((false, Some("de"), "", Some("en"), "en-US"), (DE, &[]));
    check((true, Some("en"), "?lang=de", None, "de"), (EN, &[]));
    check((false, Some(" DE-at "), "", None, "en"), (DE, &[]));
    // Embedded: the nearest ancestor's lang, then the browser's; the URL is not read.
    check((false, None, "?lang=de", Some("en-GB"), "de"), (EN, &[]));
    check((false, None, "", Some("de-CH"), "en"), (DE, &[]));
    check((false, None, "", Some("fr"), "de"), (EN, &[]));
    check((false, None, "", Some("  "), "de-DE"), (DE, &[]));
    check((false, None, "", None, "de-AT"), (DE, &[]));
    check((false, None, "", None, ""), (EN, &[]));
    // Standalone: ?lang=, then the browser's; the page's own lang only mirrors the widget.
    check((true, None, "?lang=de", Some("en"), "en"), (DE, &[]));
    check((true, None, "?embed=1&lang=en", None, "de"), (EN, &[]));
    check((true, None, "", Some("de"), "en-US"), (EN, &[]));
    // An invalid value warns once and the next rule decides.
    check((false, Some("fr"), "", Some("de"), "en"), (DE, &["lang"]));
    check((true, None, "?lang=xx", None, "de"), (DE, &["?lang"]));
    check(
        (true, Some("xx"), "?lang=yy", None, "en"),
        (EN, &["lang", "?lang"]),
    );
    check((true, Some("xx"), "?lang=de", None, "en"), (DE, &["lang"]));
}

#[test]
fn a_content_packs_language_comes_after_attribute_and_url_before_ancestor_and_browser() {
    let fr = Lang::from_interned("fr").expect("a well-formed tag");
    let available = [Lang::DE, Lang::EN, fr];
    // (standalone, attribute, query, ancestor, pack) -> language, warned names
    let check = |input: (bool, Option<&str>, &str, Option<&str>, Option<Lang>),
                 expected: (Lang, &[&str])| {
        let (standalone, attribute, query, ancestor, pack) = input;
        let page = page(standalone, attribute, None, query, ancestor, "de");
        let (lang, invalid) = precedence::lang(&page, &available, pack);
        let warned: Vec<&str> = invalid.iter().map(|invalid| invalid.name).collect();
        assert_eq!((lang, warned.as_slice()), expected, "{page:?} {pack:?}");
    };
    // With a pack and no lang: the pack.
    check((false, None, "", Some("en"), Some(fr)), (fr, &[]));
    check((true, None, "", None, Some(fr)), (fr, &[]));
    // An explicit lang wins, and may name the pack's language.
    check((false, Some("de"), "", None, Some(fr)), (Lang::DE, &[]));
    check((false, Some("FR-ca"), "", None, Some(fr)), (fr, &[]));
    check((true, None, "?lang=en", None, Some(fr)), (Lang::EN, &[]));
    // A rejected pack's nearest built-in language (passed as `pack`) wins over the browser.
    check((false, None, "", None, Some(Lang::EN)), (Lang::EN, &[]));
    // Without a pack, `fr` is not on offer among the built-in languages alone.
    let page = page(false, Some("fr"), None, "", None, "de");
    let (lang, invalid) = precedence::lang(&page, &Lang::BUILT_IN, None);
    assert_eq!((lang, invalid.len()), (Lang::DE, 1));
}

#[test]
fn persist_attribute_then_url_on_the_standalone_page_then_session() {
    // (standalone, attribute, query) -> persistence, warned name
    fn check(input: (bool, Option<&str>, &str), expected: (Persist, Option<&str>)) {
        let (standalone, attribute, query) = input;
        let page = page(standalone, None, attribute, query, None, "en");
        let (persist, invalid) = precedence::persist(&page);
        let warned = invalid.as_ref().map(|invalid| invalid.name);
        assert_eq!((persist, warned), expected, "{page:?}");
    }
    use Persist::{Local, Off, Session};
    check((false, None, ""), (Session, None));
    check((false, Some("local"), ""), (Local, None));
    check((false, Some(" OFF "), ""), (Off, None));
    check((false, None, "?persist=off"), (Session, None));
    check((true, None, "?persist=off"), (Off, None));
    check((true, None, "?persist=local&lang=de"), (Local, None));
    check((true, Some("session"), "?persist=off"), (Session, None));
    // An invalid attribute is not replaced by the URL: the default applies.
    check(
        (true, Some("forever"), "?persist=off"),
        (Session, Some("persist")),
    );
    check(
        (true, None, "?persist=forever"),
        (Session, Some("?persist")),
    );
    check((false, Some(""), ""), (Session, Some("persist")));
}

#[test]
fn share_link_wins_over_storage_a_rejected_one_shows_the_intro_fresh_ignores_both() {
    let answers = [
        Answer::Yes,
        Answer::No,
        Answer::Partly,
        Answer::Yes,
        Answer::Yes,
        Answer::Yes,
        Answer::Yes,
        Answer::No,
    ];
    let shared = StartingPoint::Shared(SavedState {
        quiz: Quiz::completed(answers),
        lang: Lang::DE,
        ticked: [false; 8],
    });
    let rejected = Err(ShareCodeError::BadChecksum);
    fn check(
        fresh: bool,
        share_link: Option<Result<[Answer; 8], ShareCodeError>>,
        expected: &StartingPoint,
    ) {
        let start = precedence::starting_point(fresh, share_link, Lang::DE);
        assert_eq!(&start, expected, "fresh {fresh}, share link {share_link:?}");
    }
    check(false, None, &StartingPoint::Stored);
    check(false, Some(Ok(answers)), &shared);
    check(
        false,
        Some(rejected),
        &StartingPoint::RejectedShareLink(ShareCodeError::BadChecksum),
    );
    check(true, None, &StartingPoint::Fresh);
    check(true, Some(Ok(answers)), &StartingPoint::Fresh);
    check(true, Some(rejected), &StartingPoint::Fresh);
    // The shared result is the result screen with those answers, nothing ticked.
    if let StartingPoint::Shared(saved) = shared {
        assert_eq!(saved.quiz.step(), Step::Result);
        assert_eq!(saved.quiz.answers().all(), Some(answers));
    }
}
