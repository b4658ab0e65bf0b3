//! The shape of a content pack (`content/*.json`, or an author's pack).
//!
//! This file is shared: `build.rs` includes it to decode the built-in packs
//! and compile them into the binary as `static` data, and the crate uses the
//! same types for a pack decoded at run time (`pack::decode`). Text is
//! `Cow<'static, str>` so that one type serves both the compiled (borrowed)
//! and the decoded (owned) form.

use std::borrow::Cow;

/// A piece of text: borrowed when compiled in, owned when parsed.
pub type Text = Cow<'static, str>;
/// A list: borrowed when compiled in, owned when parsed.
pub type List<T> = Cow<'static, [T]>;

/// Everything the widget says in one language: a content pack without its
/// `fallback` section (compiled into separate statics: the wasm, which never
/// reads the fallback texts, does not carry them).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Content {
    /// BCP 47 tag of the language, e.g. `de`, `en` or `fr-CA`.
    pub lang: Text,
    /// The writing direction (a pack's `dir`, else the language's default).
    pub dir: Dir,
    /// Labels of buttons, progress and other small texts.
    pub ui: Ui,
    /// The first screen.
    pub intro: Intro,
    /// The eight cases of the seed post, in the seed's order.
    pub cases: List<Case>,
    /// What each verdict says.
    pub verdicts: Verdicts,
    /// The seed's conclusion, shown as advice around the verdict.
    pub conclusion: Conclusion,
}

/// Small texts of the interface. `{n}`, `{total}`, `{score}` and `{max}`
/// are replaced at run time.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Ui {
    /// Name of this language in itself, e.g. "Deutsch".
    pub language_name: Text,
    /// Accessible label of the language switch, e.g. "Sprache".
    pub language_label: Text,
    /// Progress text, e.g. "Frage {n} von {total}".
    pub progress: Text,
    /// Label of the answer "yes".
    pub answer_yes: Text,
    /// Label of the answer "partly".
    pub answer_partly: Text,
    /// Label of the answer "no".
    pub answer_no: Text,
    /// Button to the next question.
    pub next: Text,
    /// Button on the last question, to the result.
    pub to_result: Text,
    /// Button back to the previous screen.
    pub back: Text,
    /// Button that starts the quiz again.
    pub restart: Text,
    /// Error shown when the visitor goes on without choosing an answer.
    pub choose_an_answer: Text,
    /// Heading of the result screen, e.g. "Ihr Ergebnis".
    pub result_heading: Text,
    /// Score line, e.g. "{score} von {max} Punkten".
    pub score: Text,
    /// Shown instead of warnings when none applied.
    pub no_warnings: Text,
    /// Marks a warning answered "no".
    pub applies: Text,
    /// Marks a warning answered "partly".
    pub applies_in_part: Text,
    /// Label before a case's next step, e.g. "Nächster Schritt".
    pub next_step: Text,
    /// Label of the chain of consequences, e.g. "Die Kette".
    pub chain_label: Text,
    /// Heading of the training plan.
    pub plan_heading: Text,
    /// A step's number in the copied plan, e.g. "Schritt {n}": the plan's
    /// order, not the case's number in the post.
    pub plan_step: Text,
    /// Shown above the plan when neither case 1 nor case 2 is in it.
    pub plan_intro: Text,
    /// Shown above the plan when it starts with case 1 (goal) and case 2 is not in it.
    pub plan_intro_goal: Text,
    /// Shown above the plan when it starts with case 2 (long-term plan) and case 1 is not in it.
    pub plan_intro_long_term: Text,
    /// Shown above the plan when it starts with cases 1 and 2.
    pub plan_intro_goal_and_long_term: Text,
    /// Button that copies the plan as text.
    pub copy_plan: Text,
    /// Status after copying.
    pub copied: Text,
    /// Status when copying failed and the text was selected instead.
    pub copy_failed: Text,
    /// Heading of the share and keep section.
    pub keep_heading: Text,
    /// Label of the field with the share link.
    pub share_link_label: Text,
    /// Button that shares (or copies) the link.
    pub share: Text,
    /// Button that downloads the result card as SVG.
    pub download_svg: Text,
    /// Button that downloads the result card as PNG.
    pub download_png: Text,
    /// Button that prints the result.
    pub print: Text,
    /// Status when a download could not be made.
    pub download_failed: Text,
    /// Shown on the intro when a share link was malformed or tampered.
    pub invalid_share_link: Text,
    /// Accessible name of the course during the questions; `{n}`, `{total}`.
    pub course_progress: Text,
    /// Accessible name of the course on the result; `{place}`.
    pub course_result: Text,
    /// Course label: the spectators' stand.
    pub place_stand: Text,
    /// Course label: the training ground.
    pub place_training: Text,
    /// Course label: the start line.
    pub place_start: Text,
    /// Course label: the finish.
    pub place_finish: Text,
    /// Label on the result card above the score, e.g. "Punkte".
    pub card_points: Text,
    /// Shown in place of the quiz after an internal error.
    pub crashed: Text,
}

/// The intro screen.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Intro {
    /// The quiz title, "Sind Sie startklar?".
    pub title: Text,
    /// One or two sentences on what the quiz is about.
    pub lead: Text,
    /// How it works: eight questions, one per screen, nothing is sent.
    pub how: Text,
    /// Label of the start button.
    pub start: Text,
    /// Credit for the source of the eight cases.
    pub credit: Text,
    /// An optional link to the source post, shown after the credit.
    pub credit_link: Option<Link>,
}

/// A link to the author's own pages, from a content pack.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Link {
    /// `https:`, `http:` or relative (checked by the decoder).
    pub href: Text,
    /// The link's text.
    pub label: Text,
}

/// The writing direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Dir {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Hebrew, Persian, Urdu, …).
    Rtl,
}

impl Dir {
    /// The value of the HTML `dir` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }

    /// The usual direction of a language tag's primary subtag.
    pub fn of_language(tag: &str) -> Dir {
        let primary = tag.split('-').next().unwrap_or(tag);
        const RTL: [&str; 10] = ["ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"];
        if RTL.iter().any(|rtl| rtl.eq_ignore_ascii_case(primary)) {
            Dir::Rtl
        } else {
            Dir::Ltr
        }
    }
}

/// One case of the seed post, asked as one question.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Case {
    /// Short name of the case, e.g. "Keine Zielsetzung".
    pub title: Text,
    /// The question; "yes" means the warning does not apply.
    pub question: Text,
    /// The seed's chain "cause = consequence = …", one link an item.
    pub chain: List<Text>,
    /// A short explanation that keeps the chain.
    pub explanation: Text,
    /// One concrete next step.
    pub next_step: Text,
    /// An optional link to the author's own article section on this case,
    /// shown with the case on the result.
    pub link: Option<Link>,
}

/// The texts of the three verdicts.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Verdicts {
    /// No "no" and at most two "partly"; its summary is for every answer "yes".
    pub ready: VerdictText,
    /// Everything between.
    pub train: VerdictText,
    /// Case 1 or 2 answered "no", or three or more "no"; its summary is true
    /// for both routes.
    pub hands_off: VerdictText,
    /// What tells the routes to one verdict apart.
    pub routes: RouteTexts,
}

/// Texts that depend on the route to a verdict (`model::VerdictRoute`).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RouteTexts {
    /// Summary of "ready" with one or two "partly", in place of
    /// `ready.summary`, which holds only when every answer is "yes".
    pub ready_with_partly: Text,
    /// Names the hands-off route "case 1 or 2 answered no", e.g.
    /// "Ziel oder Langzeitidee fehlt". Drawn on the card.
    pub knock_out: Text,
    /// Names the hands-off route "three or more no", e.g.
    /// "Zu viele Fälle treffen zu". Drawn on the card.
    pub too_many_no: Text,
}

/// What one verdict says.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct VerdictText {
    /// The verdict's name, e.g. "Startklar".
    pub title: Text,
    /// Where the visitor stands in the marathon picture.
    pub place: Text,
    /// A few sentences of what it means.
    pub summary: Text,
}

/// The seed's conclusion.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Conclusion {
    /// Heading, e.g. "Mein Fazit".
    pub heading: Text,
    /// The pieces of advice, in the seed's order.
    pub points: List<Text>,
}

/// Texts of the pre-rendered fallback that the widget itself never shows:
/// the standalone page's description and the checklist for visitors whose
/// browser cannot start the quiz.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Fallback {
    /// The standalone page's `<meta name="description">`.
    pub page_description: Text,
    /// Heading of the checklist.
    pub heading: Text,
    /// Why the checklist is there (the quiz needs JavaScript and WebAssembly).
    pub intro: Text,
    /// How to count the points by hand.
    pub how_to_score: Text,
    /// Heading above the verdict rules.
    pub rules_heading: Text,
    /// When the verdict is "hands off".
    pub rule_hands_off: Text,
    /// When the verdict is "ready".
    pub rule_ready: Text,
    /// When the verdict is "train".
    pub rule_train: Text,
}
