//! What a visitor takes away: the result card, a marathon start number
//! (bib) with the verdict and score as an SVG document, and the training
//! plan as plain text, and the share link. Pure text, so it is tested
//! natively; the browser turns the card into a PNG through a canvas.

use crate::content::{fill, Content, Lang};
use crate::model::{
    share_code, training_plan, Answer, Assessment, Severity, Verdict, MAX_SCORE, QUESTION_COUNT,
};

/// Width of the card in CSS pixels (and of the PNG).
pub const CARD_WIDTH: u32 = 600;
/// Height of the card in CSS pixels (and of the PNG).
pub const CARD_HEIGHT: u32 = 400;

/// The link that reproduces `answers` in `lang`: the standalone page
/// pre-rendered in that language, beside `page_url` (the standalone page's
/// URL without query or fragment), so that the first paint is already in
/// the sharer's language; `?lang=` for the widget, the share code in the
/// fragment.
pub fn share_link(page_url: &str, lang: Lang, answers: &[Answer; QUESTION_COUNT]) -> String {
    let folder = page_url.rfind('/').map_or("", |slash| &page_url[..=slash]);
    format!(
        "{folder}{}?lang={}#{}{}",
        lang.standalone_page(),
        lang.code(),
        share_code::FRAGMENT_KEY,
        share_code::encode(answers)
    )
}

/// Escapes text for XML content and attribute values.
pub fn escape_xml(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// The card as an SVG document in the language of `content`.
pub fn card_svg(content: &Content, assessment: &Assessment) -> String {
    let colour = match assessment.verdict {
        Verdict::Ready => "#1e7d32",
        Verdict::Train => "#8a5a00",
        Verdict::HandsOff => "#b3261e",
    };
    let verdict = content.verdict(assessment.verdict);
    let title = escape_xml(&content.intro.title);
    let verdict_title = escape_xml(&verdict.title);
    let place = escape_xml(&verdict.place);
    let points = escape_xml(&content.ui.card_points);
    let score = assessment.score;
    let (w, h) = (CARD_WIDTH, CARD_HEIGHT);
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" lang="{lang}" role="img" aria-label="{title} {verdict_title}, {score}/{MAX_SCORE}">
<rect x="4" y="4" width="{iw}" height="{ih}" rx="28" fill="#ffffff" stroke="#1b1f24" stroke-width="4"/>
<rect x="4" y="4" width="{iw}" height="88" rx="28" fill="{colour}"/>
<rect x="4" y="60" width="{iw}" height="32" fill="{colour}"/>
<circle cx="40" cy="40" r="10" fill="#ffffff"/><circle cx="{rx}" cy="40" r="10" fill="#ffffff"/>
<circle cx="40" cy="{by}" r="10" fill="#f3f5f8" stroke="#1b1f24" stroke-width="2"/><circle cx="{rx}" cy="{by}" r="10" fill="#f3f5f8" stroke="#1b1f24" stroke-width="2"/>
<text x="{cx}" y="60" text-anchor="middle" font-family="system-ui, sans-serif" font-size="30" font-weight="700" fill="#ffffff">{title}</text>
<text x="{cx}" y="250" text-anchor="middle" font-family="system-ui, sans-serif" font-size="150" font-weight="800" fill="#1b1f24">{score}</text>
<text x="{cx}" y="290" text-anchor="middle" font-family="system-ui, sans-serif" font-size="22" fill="#4a5261">/ {MAX_SCORE} {points}</text>
<text x="{cx}" y="340" text-anchor="middle" font-family="system-ui, sans-serif" font-size="26" font-weight="700" fill="{colour}">{verdict_title}</text>
<text x="{cx}" y="372" text-anchor="middle" font-family="system-ui, sans-serif" font-size="18" fill="#4a5261">{place}</text>
</svg>"##,
        lang = content.lang,
        iw = w - 8,
        ih = h - 8,
        rx = w - 40,
        by = h - 40,
        cx = w / 2,
    )
}

/// The training plan as plain text for the clipboard: heading, verdict,
/// score, then one numbered step per warning with its chain.
pub fn plan_text(content: &Content, assessment: &Assessment) -> String {
    let ui = &content.ui;
    let verdict = content.verdict(assessment.verdict);
    let score = fill(
        &ui.score,
        &[
            ("score", &assessment.score.to_string()),
            ("max", &MAX_SCORE.to_string()),
        ],
    );
    let mut text = format!(
        "{}\n{}: {} ({score})\n",
        ui.plan_heading, ui.result_heading, verdict.title
    );
    for (number, warning) in (1..).zip(training_plan(assessment)) {
        let index = usize::from(warning.case).checked_sub(1);
        let Some(case) = index.and_then(|index| content.cases.get(index)) else {
            continue;
        };
        let badge = match warning.severity {
            Severity::Applies => &ui.applies,
            Severity::AppliesInPart => &ui.applies_in_part,
        };
        text.push_str(&format!(
            "\n[ ] {number}. {} ({badge})\n    {}\n    {}: {}\n",
            case.title,
            case.chain.join(" = "),
            ui.next_step,
            case.next_step
        ));
    }
    if assessment.warnings.is_empty() {
        text.push_str(&format!("\n{}\n", ui.no_warnings));
    }
    text.push_str(&format!("\n{}\n", content.conclusion.heading));
    for point in content.conclusion.points.iter() {
        text.push_str(&format!("- {point}\n"));
    }
    text
}
