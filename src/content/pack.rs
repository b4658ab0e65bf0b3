//! Content packs: the one decoder and validator of the widget's words.
//!
//! The same code checks the built-in packs in the build (`build.rs`
//! includes this file), a pack the widget fetched at run time, and an
//! author's pack in the native `startklar-pack` command. A pack is accepted
//! whole or rejected whole; every problem is named by its JSON pointer and
//! its place in the file. The limits here and in
//! `content/startklar-content.schema.json` are the same (a test compares
//! them on a table of packs).

use std::borrow::Cow;

use super::json::{self, Kind, Value};
use super::schema::{
    Case, Conclusion, Content, Dir, Fallback, Intro, Link, RouteTexts, Text, Ui, VerdictText,
    Verdicts,
};
use super::{is_well_formed_tag, CASE_COUNT};

/// The largest pack accepted, in bytes.
pub const MAX_PACK_BYTES: usize = 64 * 1024;
/// The value of a pack's `format`.
pub const FORMAT: &str = "startklar-content/1";

// The longest texts, in characters, that fit their line on the result card
// (`export::card_svg`: 600 px wide, one line each, never wrapped).
/// Longest quiz title (`intro.title`), drawn on the card at 30 px bold.
pub const CARD_TITLE_MAX: usize = 26;
/// Longest verdict title, drawn on the card at 26 px bold.
pub const CARD_VERDICT_TITLE_MAX: usize = 36;
/// Longest place or route line, drawn on the card at 18 px.
pub const CARD_LINE_MAX: usize = 48;
/// Longest points label, drawn on the card at 22 px after "/ 16 ".
pub const CARD_POINTS_MAX: usize = 16;
/// Longest label of a place on the course picture.
pub const COURSE_LABEL_MAX: usize = 16;

/// One problem of a pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Its JSON pointer (RFC 6901), e.g. `/cases/3/question`; `None` for a
    /// syntax error or a pack over the size limit.
    pub pointer: Option<String>,
    /// What is wrong, e.g. "must not be empty".
    pub message: String,
    /// Byte offset in the pack: of the value, or of the object a missing
    /// field belongs in.
    pub offset: usize,
    /// False for a problem of the whole file (its size), which has no place.
    pub located: bool,
}

impl Problem {
    /// One line for the console: `/cases/3/question: must not be empty`,
    /// or `line 4, column 3: expected ',' or '}'` for a syntax error.
    pub fn describe(&self, text: &str) -> String {
        match &self.pointer {
            Some(pointer) => format!("{pointer}: {}", self.message),
            None if !self.located => self.message.clone(),
            None => {
                let (line, column) = json::line_column(text, self.offset);
                format!("line {line}, column {column}: {}", self.message)
            }
        }
    }
}

/// A rejected pack: every problem, and the pack's `lang` if it could be
/// read (the widget then shows the built-in language nearest to it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// The pack's `lang` value, if it is a string.
    pub lang: Option<String>,
    /// Every problem found.
    pub problems: Vec<Problem>,
}

/// Decodes and checks a content pack.
pub fn decode(text: &str) -> Result<Content, Rejected> {
    decode_with_fallback(text).map(|(content, _)| content)
}

/// Decodes and checks a content pack and its optional `fallback` section
/// (the pre-rendered page's texts, which the built-in packs carry).
pub fn decode_with_fallback(text: &str) -> Result<(Content, Option<Fallback>), Rejected> {
    let reject = |problem: Problem| Rejected {
        lang: None,
        problems: vec![problem],
    };
    if text.len() > MAX_PACK_BYTES {
        return Err(reject(Problem {
            pointer: None,
            message: format!(
                "the pack is {} bytes, over the 64 KB limit ({MAX_PACK_BYTES} bytes)",
                text.len()
            ),
            offset: 0,
            located: false,
        }));
    }
    let root = json::parse(text).map_err(|error| {
        reject(Problem {
            pointer: None,
            message: error.message,
            offset: error.offset,
            located: true,
        })
    })?;
    let mut reader = Reader::default();
    let mut top = reader.open(Some(&root), String::new(), 0);
    let lang_value = top.get("lang").and_then(|value| match &value.kind {
        Kind::String(lang) => Some(lang.clone()),
        _ => None,
    });
    if let Some(schema) = top.get("$schema") {
        if !matches!(schema.kind, Kind::String(_)) {
            reader.wrong_kind(top.child("$schema"), schema, "a string (the schema's URL)");
        }
    }
    let format = reader.text(&mut top, "format", 40);
    if !format.is_empty() && format != FORMAT {
        let at = top.offset_of("format");
        reader.problem(top.child("format"), at, format!("must be \"{FORMAT}\""));
    }
    let lang = reader.text(&mut top, "lang", 35);
    if !lang.is_empty() && !is_well_formed_tag(&lang) {
        let at = top.offset_of("lang");
        reader.problem(
            top.child("lang"),
            at,
            "must be a language tag such as \"de\", \"fr\" or \"pt-BR\"".into(),
        );
    }
    let dir = match top.get("dir").map(|value| &value.kind) {
        None => Dir::of_language(&lang),
        Some(Kind::String(dir)) if dir == "ltr" => Dir::Ltr,
        Some(Kind::String(dir)) if dir == "rtl" => Dir::Rtl,
        Some(_) => {
            let at = top.offset_of("dir");
            reader.problem(top.child("dir"), at, "must be \"ltr\" or \"rtl\"".into());
            Dir::Ltr
        }
    };
    let ui = reader.ui(&mut top);
    let intro = reader.intro(&mut top);
    let cases = reader.cases(&mut top);
    let verdicts = reader.verdicts(&mut top);
    let conclusion = reader.conclusion(&mut top);
    let fallback = top
        .get("fallback")
        .is_some()
        .then(|| reader.fallback(&mut top));
    reader.close(top);
    if !reader.problems.is_empty() {
        return Err(Rejected {
            lang: lang_value,
            problems: reader.problems,
        });
    }
    Ok((
        Content {
            lang,
            dir,
            ui,
            intro,
            cases: Cow::Owned(cases),
            verdicts,
            conclusion,
        },
        fallback,
    ))
}

/// True for a link target the widget may show: `https:`, `http:` or
/// relative (no scheme at all); never `javascript:`, `data:` or another
/// scheme, and no control characters or surrounding space.
pub fn is_safe_href(href: &str) -> bool {
    if href.trim() != href || href.chars().any(char::is_control) {
        return false;
    }
    // A scheme is letters, digits, `+`, `-`, `.` before the first `:`,
    // starting with a letter; a `:` after `/`, `?` or `#` is not one.
    let before = href.split(['/', '?', '#']).next().unwrap_or_default();
    match before.split_once(':') {
        None => true,
        Some((scheme, _)) => {
            scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http")
        }
    }
}

/// The members of one object of the pack while it is read.
struct Fields<'v> {
    members: &'v [(String, usize, Value)],
    used: Vec<bool>,
    pointer: String,
    offset: usize,
    /// False when the object is missing or not an object (already reported):
    /// its fields are then not reported one by one.
    present: bool,
}

impl<'v> Fields<'v> {
    fn get(&mut self, key: &str) -> Option<&'v Value> {
        let index = self.members.iter().position(|(name, _, _)| name == key)?;
        self.used[index] = true;
        Some(&self.members[index].2)
    }

    fn offset_of(&self, key: &str) -> usize {
        self.members
            .iter()
            .find(|(name, _, _)| name == key)
            .map_or(self.offset, |(_, _, value)| value.offset)
    }

    fn child(&self, key: &str) -> String {
        format!("{}/{}", self.pointer, escape_pointer(key))
    }
}

/// A key as a JSON pointer segment (RFC 6901).
fn escape_pointer(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

#[derive(Default)]
struct Reader {
    problems: Vec<Problem>,
}

// The reader's methods stay out of line (`#[inline(never)]`): inlined into
// the decoder's ninety call sites they cost the wasm more than they save.
impl Reader {
    #[inline(never)]
    fn problem(&mut self, pointer: String, offset: usize, message: String) {
        self.problems.push(Problem {
            pointer: Some(pointer),
            message,
            offset,
            located: true,
        });
    }

    #[inline(never)]
    fn wrong_kind(&mut self, pointer: String, value: &Value, expected: &str) {
        let message = format!("must be {expected}, found {}", value.kind.name());
        self.problem(pointer, value.offset, message);
    }

    /// Opens the object `value` at `pointer`; reports it missing (at
    /// `parent_offset`) or of the wrong kind.
    #[inline(never)]
    fn open<'v>(
        &mut self,
        value: Option<&'v Value>,
        pointer: String,
        parent_offset: usize,
    ) -> Fields<'v> {
        let (members, offset, present): (&'v [(String, usize, Value)], usize, bool) = match value {
            Some(Value {
                kind: Kind::Object(members),
                offset,
            }) => (members, *offset, true),
            Some(other) => {
                self.wrong_kind(pointer.clone(), other, "an object");
                (&[], other.offset, false)
            }
            None => {
                self.problem(pointer.clone(), parent_offset, "missing".into());
                (&[], parent_offset, false)
            }
        };
        Fields {
            members,
            used: vec![false; members.len()],
            pointer,
            offset,
            present,
        }
    }

    #[inline(never)]
    fn open_field<'v>(&mut self, parent: &mut Fields<'v>, key: &str) -> Fields<'v> {
        let value = parent.get(key);
        if !parent.present {
            return Fields::none();
        }
        self.open(value, parent.child(key), parent.offset)
    }

    /// Reports every member of `fields` that was never read.
    #[inline(never)]
    fn close(&mut self, fields: Fields) {
        for ((key, offset, _), used) in fields.members.iter().zip(&fields.used) {
            if !*used {
                self.problem(fields.child(key), *offset, "unknown field".into());
            }
        }
    }

    /// A text: a string, not empty after trimming, at most `max` characters.
    #[inline(never)]
    fn text(&mut self, fields: &mut Fields, key: &str, max: usize) -> Text {
        let value = fields.get(key);
        if !fields.present {
            return Cow::Borrowed("");
        }
        self.text_value(value, fields.child(key), fields.offset, max)
    }

    #[inline(never)]
    fn text_value(
        &mut self,
        value: Option<&Value>,
        pointer: String,
        parent_offset: usize,
        max: usize,
    ) -> Text {
        let text = match value {
            None => {
                self.problem(pointer, parent_offset, "missing".into());
                return Cow::Borrowed("");
            }
            Some(Value {
                kind: Kind::String(text),
                offset,
            }) => {
                let length = text.chars().count();
                if text.trim().is_empty() {
                    self.problem(pointer, *offset, "must not be empty".into());
                } else if length > max {
                    let message = format!("at most {max} characters (found {length})");
                    self.problem(pointer, *offset, message);
                }
                text
            }
            Some(other) => {
                self.wrong_kind(pointer, other, "a string");
                return Cow::Borrowed("");
            }
        };
        Cow::Owned(text.clone())
    }

    /// A text that must contain each of `placeholders`, e.g. `{n}`.
    #[inline(never)]
    fn template(
        &mut self,
        fields: &mut Fields,
        key: &str,
        max: usize,
        placeholders: &[&str],
    ) -> Text {
        let text = self.text(fields, key, max);
        for placeholder in placeholders {
            if !text.is_empty() && !text.contains(placeholder) {
                let at = fields.offset_of(key);
                self.problem(fields.child(key), at, format!("must contain {placeholder}"));
            }
        }
        text
    }

    /// The array at `key` with its pointer and offset; reports it missing,
    /// of the wrong kind (`what`), or holding a number of items outside
    /// `items` (`count_message` of the number found).
    #[inline(never)]
    fn array<'v>(
        &mut self,
        fields: &mut Fields<'v>,
        key: &str,
        what: &str,
        items: (usize, usize),
        count_message: &dyn Fn(usize) -> String,
    ) -> Option<(&'v [Value], String, usize)> {
        let value = fields.get(key);
        if !fields.present {
            return None;
        }
        let pointer = fields.child(key);
        match value {
            None => {
                self.problem(pointer, fields.offset, "missing".into());
                None
            }
            Some(Value {
                kind: Kind::Array(values),
                offset,
            }) => {
                if values.len() < items.0 || values.len() > items.1 {
                    self.problem(pointer.clone(), *offset, count_message(values.len()));
                }
                Some((values, pointer, *offset))
            }
            Some(other) => {
                self.wrong_kind(pointer, other, what);
                None
            }
        }
    }

    /// A list of texts with `min..=max_items` items of at most `max` characters.
    #[inline(never)]
    fn texts(
        &mut self,
        fields: &mut Fields,
        key: &str,
        items: (usize, usize),
        max: usize,
    ) -> Vec<Text> {
        let count = |found| format!("must hold {} to {} texts (found {found})", items.0, items.1);
        let Some((values, pointer, offset)) =
            self.array(fields, key, "an array of texts", items, &count)
        else {
            return Vec::new();
        };
        values
            .iter()
            .enumerate()
            .map(|(index, value)| {
                self.text_value(Some(value), format!("{pointer}/{index}"), offset, max)
            })
            .collect()
    }

    /// An optional link `{ "href", "label" }`.
    #[inline(never)]
    fn link(&mut self, fields: &mut Fields, key: &str) -> Option<Link> {
        fields.get(key)?;
        let mut link = self.open_field(fields, key);
        let href = self.text(&mut link, "href", 2000);
        if !href.is_empty() && !is_safe_href(&href) {
            let at = link.offset_of("href");
            let message = "must be https:, http: or relative".to_string();
            self.problem(link.child("href"), at, message);
        }
        let label = self.text(&mut link, "label", 80);
        self.close(link);
        Some(Link { href, label })
    }

    #[inline(never)]
    fn ui(&mut self, top: &mut Fields) -> Ui {
        let mut fields = self.open_field(top, "ui");
        let f = &mut fields;
        let ui = Ui {
            language_name: self.text(f, "language_name", 30),
            language_label: self.text(f, "language_label", 40),
            progress: self.template(f, "progress", 60, &["{n}", "{total}"]),
            answer_yes: self.text(f, "answer_yes", 30),
            answer_partly: self.text(f, "answer_partly", 30),
            answer_no: self.text(f, "answer_no", 30),
            next: self.text(f, "next", 40),
            to_result: self.text(f, "to_result", 40),
            back: self.text(f, "back", 40),
            restart: self.text(f, "restart", 40),
            choose_an_answer: self.text(f, "choose_an_answer", 120),
            result_heading: self.text(f, "result_heading", 60),
            score: self.template(f, "score", 60, &["{score}", "{max}"]),
            no_warnings: self.text(f, "no_warnings", 120),
            applies: self.text(f, "applies", 40),
            applies_in_part: self.text(f, "applies_in_part", 40),
            next_step: self.text(f, "next_step", 40),
            chain_label: self.text(f, "chain_label", 40),
            plan_heading: self.text(f, "plan_heading", 60),
            plan_step: self.template(f, "plan_step", 30, &["{n}"]),
            plan_intro: self.text(f, "plan_intro", 200),
            plan_intro_goal: self.text(f, "plan_intro_goal", 200),
            plan_intro_long_term: self.text(f, "plan_intro_long_term", 200),
            plan_intro_goal_and_long_term: self.text(f, "plan_intro_goal_and_long_term", 200),
            copy_plan: self.text(f, "copy_plan", 50),
            copied: self.text(f, "copied", 60),
            copy_failed: self.text(f, "copy_failed", 200),
            keep_heading: self.text(f, "keep_heading", 60),
            share_link_label: self.text(f, "share_link_label", 60),
            share: self.text(f, "share", 40),
            download_svg: self.text(f, "download_svg", 40),
            download_png: self.text(f, "download_png", 40),
            print: self.text(f, "print", 40),
            download_failed: self.text(f, "download_failed", 200),
            invalid_share_link: self.text(f, "invalid_share_link", 200),
            course_progress: self.template(f, "course_progress", 80, &["{n}", "{total}"]),
            course_result: self.template(f, "course_result", 80, &["{place}"]),
            place_stand: self.text(f, "place_stand", COURSE_LABEL_MAX),
            place_training: self.text(f, "place_training", COURSE_LABEL_MAX),
            place_start: self.text(f, "place_start", COURSE_LABEL_MAX),
            place_finish: self.text(f, "place_finish", COURSE_LABEL_MAX),
            card_points: self.text(f, "card_points", CARD_POINTS_MAX),
            crashed: self.text(f, "crashed", 240),
        };
        self.close(fields);
        ui
    }

    #[inline(never)]
    fn intro(&mut self, top: &mut Fields) -> Intro {
        let mut f = self.open_field(top, "intro");
        let intro = Intro {
            title: self.text(&mut f, "title", CARD_TITLE_MAX),
            lead: self.text(&mut f, "lead", 300),
            how: self.text(&mut f, "how", 300),
            start: self.text(&mut f, "start", 40),
            credit: self.text(&mut f, "credit", 300),
            credit_link: self.link(&mut f, "credit_link"),
        };
        self.close(f);
        intro
    }

    #[inline(never)]
    fn cases(&mut self, top: &mut Fields) -> Vec<Case> {
        let count = |found| {
            format!("must hold exactly {CASE_COUNT} cases, in the post's order (found {found})")
        };
        let exactly = (CASE_COUNT, CASE_COUNT);
        let Some((values, pointer, _)) =
            self.array(top, "cases", "an array of eight cases", exactly, &count)
        else {
            return Vec::new();
        };
        values
            .iter()
            .enumerate()
            .map(|(index, value)| {
                let mut f = self.open(Some(value), format!("{pointer}/{index}"), value.offset);
                let case = Case {
                    title: self.text(&mut f, "title", 60),
                    question: self.text(&mut f, "question", 200),
                    chain: Cow::Owned(self.texts(&mut f, "chain", (2, 6), 160)),
                    explanation: self.text(&mut f, "explanation", 300),
                    next_step: self.text(&mut f, "next_step", 240),
                    link: self.link(&mut f, "link"),
                };
                self.close(f);
                case
            })
            .collect()
    }

    #[inline(never)]
    fn verdicts(&mut self, top: &mut Fields) -> Verdicts {
        let mut f = self.open_field(top, "verdicts");
        let mut verdict = |reader: &mut Reader, key: &str| {
            let mut v = reader.open_field(&mut f, key);
            let text = VerdictText {
                title: reader.text(&mut v, "title", CARD_VERDICT_TITLE_MAX),
                place: reader.text(&mut v, "place", CARD_LINE_MAX),
                summary: reader.text(&mut v, "summary", 400),
            };
            reader.close(v);
            text
        };
        let ready = verdict(self, "ready");
        let train = verdict(self, "train");
        let hands_off = verdict(self, "hands_off");
        let mut r = self.open_field(&mut f, "routes");
        let routes = RouteTexts {
            ready_with_partly: self.text(&mut r, "ready_with_partly", 400),
            knock_out: self.text(&mut r, "knock_out", CARD_LINE_MAX),
            too_many_no: self.text(&mut r, "too_many_no", CARD_LINE_MAX),
        };
        self.close(r);
        self.close(f);
        Verdicts {
            ready,
            train,
            hands_off,
            routes,
        }
    }

    #[inline(never)]
    fn conclusion(&mut self, top: &mut Fields) -> Conclusion {
        let mut f = self.open_field(top, "conclusion");
        let conclusion = Conclusion {
            heading: self.text(&mut f, "heading", 60),
            points: Cow::Owned(self.texts(&mut f, "points", (1, 10), 300)),
        };
        self.close(f);
        conclusion
    }

    #[inline(never)]
    fn fallback(&mut self, top: &mut Fields) -> Fallback {
        let mut f = self.open_field(top, "fallback");
        let fallback = Fallback {
            page_description: self.text(&mut f, "page_description", 160),
            heading: self.text(&mut f, "heading", 80),
            intro: self.text(&mut f, "intro", 300),
            how_to_score: self.text(&mut f, "how_to_score", 300),
            rules_heading: self.text(&mut f, "rules_heading", 80),
            rule_hands_off: self.text(&mut f, "rule_hands_off", 160),
            rule_ready: self.text(&mut f, "rule_ready", 160),
            rule_train: self.text(&mut f, "rule_train", 160),
        };
        self.close(f);
        fallback
    }
}

impl Fields<'_> {
    /// An object whose absence was reported already (or whose parent's
    /// was): its fields are not reported one by one.
    fn none() -> Self {
        Fields {
            members: &[],
            used: Vec::new(),
            pointer: String::new(),
            offset: 0,
            present: false,
        }
    }
}
