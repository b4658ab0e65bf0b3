//! Every verdict text is true for the answers that led to it: all 3^8
//! answer sets, both languages. The routes are written out here once more,
//! from the scoring contract, independently of `model::assess`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use startklar::content::{Content, Lang};
use startklar::export::{card_svg, escape_xml, plan_text};
use startklar::model::{assess, training_plan, Answer, VerdictRoute};

/// The route by the contract: hands-off when case 1 or 2 is "no" (the
/// knock-out, which wins when three or more are "no" too) or when three or
/// more are "no"; ready with no "no" and at most two "partly"; else train.
fn expected_route(set: &[Answer; 8]) -> VerdictRoute {
    let noes = set.iter().filter(|a| **a == Answer::No).count();
    let partlies = set.iter().filter(|a| **a == Answer::Partly).count();
    if set[0] == Answer::No || set[1] == Answer::No {
        VerdictRoute::KnockOut
    } else if noes >= 3 {
        VerdictRoute::TooManyNo
    } else if noes == 0 && partlies == 0 {
        VerdictRoute::AllYes
    } else if noes == 0 && partlies <= 2 {
        VerdictRoute::ReadyWithPartly
    } else {
        VerdictRoute::Train
    }
}

/// The summary and route line a route must show, named by their fields.
fn expected_texts(content: &Content, route: VerdictRoute) -> (&str, Option<&str>) {
    let v = &content.verdicts;
    match route {
        VerdictRoute::AllYes => (&v.ready.summary, None),
        VerdictRoute::ReadyWithPartly => (&v.routes.ready_with_partly, None),
        VerdictRoute::Train => (&v.train.summary, None),
        VerdictRoute::KnockOut => (&v.hands_off.summary, Some(&v.routes.knock_out)),
        VerdictRoute::TooManyNo => (&v.hands_off.summary, Some(&v.routes.too_many_no)),
    }
}

type Claim = (&'static str, fn(&[Answer; 8]) -> bool);

fn yes(set: &[Answer; 8], cases: &[usize]) -> bool {
    cases.iter().all(|&case| set[case - 1] == Answer::Yes)
}
fn count(set: &[Answer; 8], answer: Answer) -> usize {
    set.iter().filter(|a| **a == answer).count()
}

/// What a phrase in the verdict's summary or route line claims about the
/// answers: if the phrase is shown, the claim must hold.
const CLAIMS: [(Lang, &[Claim]); 2] = [
    (
        Lang::DE,
        &[
            ("Sie haben ein Ziel", |s| yes(s, &[1])),
            ("eine Langzeitidee", |s| yes(s, &[2])),
            ("die Leute dafür", |s| yes(s, &[5, 6, 7])),
            ("Keiner der acht Fälle trifft voll", |s| {
                count(s, Answer::No) == 0
            }),
            ("Was teilweise zutrifft", |s| count(s, Answer::Partly) > 0),
            ("einiges fehlt noch", |s| !yes(s, &[1, 2, 3, 4, 5, 6, 7, 8])),
            ("Trainingsplan", |s| !yes(s, &[1, 2, 3, 4, 5, 6, 7, 8])),
            ("Ziel oder Langzeitidee fehlt", |s| {
                s[0] == Answer::No || s[1] == Answer::No
            }),
            ("Zu viele Fälle treffen zu", |s| count(s, Answer::No) >= 3),
        ],
    ),
    (
        Lang::EN,
        &[
            ("You have a goal", |s| yes(s, &[1])),
            ("a long-term plan", |s| yes(s, &[2])),
            ("the people", |s| yes(s, &[5, 6, 7])),
            ("None of the eight cases fully applies", |s| {
                count(s, Answer::No) == 0
            }),
            ("What applies in part", |s| count(s, Answer::Partly) > 0),
            ("a few things are still missing", |s| {
                !yes(s, &[1, 2, 3, 4, 5, 6, 7, 8])
            }),
            ("training plan", |s| !yes(s, &[1, 2, 3, 4, 5, 6, 7, 8])),
            ("Goal or long-term plan missing", |s| {
                s[0] == Answer::No || s[1] == Answer::No
            }),
            ("Too many cases apply", |s| count(s, Answer::No) >= 3),
        ],
    ),
];

#[test]
fn every_answer_set_takes_the_route_of_the_contract() {
    for set in support::all_answer_sets() {
        let assessment = assess(&set);
        let route = expected_route(&set);
        assert_eq!(assessment.route, route, "{set:?}");
        assert_eq!(assessment.verdict, route.verdict(), "{set:?}");
    }
}

#[test]
fn the_verdict_text_shown_is_the_one_for_the_route() {
    for lang in Lang::BUILT_IN {
        let content = lang.content();
        for set in support::all_answer_sets() {
            let assessment = assess(&set);
            let (summary, reason) = expected_texts(content, expected_route(&set));
            assert_eq!(
                content.summary(assessment.route),
                summary,
                "{lang:?} {set:?}"
            );
            assert_eq!(
                content.route_reason(assessment.route),
                reason,
                "{lang:?} {set:?}"
            );

            // The card names the hands-off route; else the place.
            let verdict = content.verdict(assessment.verdict);
            let card = card_svg(content, &assessment);
            let line = escape_xml(reason.unwrap_or(&verdict.place));
            assert!(
                card.contains(&format!(">{line}</text>")),
                "{lang:?} {set:?}"
            );
            // The plan text names the hands-off route, and only then.
            let text = plan_text(content, &assessment);
            let routes = &content.verdicts.routes;
            for route_line in [&routes.knock_out, &routes.too_many_no] {
                let shown = text.lines().any(|l| l == route_line.as_ref());
                assert_eq!(
                    shown,
                    reason == Some(route_line),
                    "{lang:?} {set:?}\n{text}"
                );
            }
        }
    }
}

#[test]
fn what_the_verdict_says_holds_for_the_answers() {
    for (lang, claims) in CLAIMS {
        let content = lang.content();
        let mut shown_somewhere = vec![false; claims.len()];
        for set in support::all_answer_sets() {
            let route = assess(&set).route;
            let shown = format!(
                "{} {}",
                content.route_reason(route).unwrap_or_default(),
                content.summary(route)
            );
            for ((phrase, holds), seen) in claims.iter().zip(&mut shown_somewhere) {
                if shown.contains(phrase) {
                    *seen = true;
                    assert!(holds(&set), "{lang:?} {set:?}: {phrase:?} is not true");
                }
            }
        }
        // A claim never shown would make its check vacuous.
        for ((phrase, _), seen) in claims.iter().zip(shown_somewhere) {
            assert!(seen, "{lang:?}: {phrase:?} is in no verdict text");
        }
    }
}

#[test]
fn the_plan_intro_names_goal_and_long_term_plan_only_when_they_are_steps() {
    // The phrase that names each case in the intro, by language.
    let names = [
        (Lang::DE, "Zielsetzung", "Langzeitidee"),
        (Lang::EN, "goal", "long-term plan"),
    ];
    for (lang, goal, long_term) in names {
        let content = lang.content();
        let ui = &content.ui;
        for set in support::all_answer_sets() {
            let plan = training_plan(&assess(&set));
            let (has_goal, has_long_term) = (set[0] != Answer::Yes, set[1] != Answer::Yes);
            let expected = match (has_goal, has_long_term) {
                (true, true) => &ui.plan_intro_goal_and_long_term,
                (true, false) => &ui.plan_intro_goal,
                (false, true) => &ui.plan_intro_long_term,
                (false, false) => &ui.plan_intro,
            };
            let intro = content.plan_intro(&plan);
            assert_eq!(intro, expected.as_ref(), "{lang:?} {set:?}");
            assert_eq!(intro.contains(goal), has_goal, "{lang:?} {set:?}: {intro}");
            assert_eq!(
                intro.contains(long_term),
                has_long_term,
                "{lang:?} {set:?}: {intro}"
            );
        }
    }
}
