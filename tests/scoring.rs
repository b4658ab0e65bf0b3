//! The scoring contract, table-driven: points, verdict and warnings.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use startklar::model::{
    assess, Answer, CaseNumber, Severity, Verdict, VerdictRoute, Warning, MAX_SCORE,
};

/// Answers as a string of `y`, `p`, `n`, one per case, e.g. "yyyyyyyy".
fn answers(code: &str) -> [Answer; 8] {
    let parsed: Vec<Answer> = code
        .chars()
        .map(|c| Answer::from_code(c).expect("test answers use y, p and n"))
        .collect();
    parsed
        .try_into()
        .expect("test answers have eight characters")
}

fn check(code: &str, score: u8, verdict: Verdict) {
    let assessment = assess(&answers(code));
    assert_eq!(
        (assessment.score, assessment.verdict),
        (score, verdict),
        "answers {code}"
    );
}

#[test]
fn verdicts_follow_the_contract() {
    use Verdict::*;
    let cases = [
        // all yes: ready with the highest score
        ("yyyyyyyy", 16, Ready),
        // at most two partly and no "no": ready
        ("pyyyyyyy", 15, Ready),
        ("yyyyyypp", 14, Ready),
        ("ppyyyyyy", 14, Ready),
        // three partly: train
        ("pppyyyyy", 13, Train),
        ("yyyyyppp", 13, Train),
        ("pppppppp", 8, Train),
        // one or two "no" outside cases 1 and 2: train
        ("yynyyyyy", 14, Train),
        ("yyyyyyyn", 14, Train),
        ("yynnyyyy", 12, Train),
        ("ppnpnppp", 6, Train),
        // case 1 or case 2 "no": hands-off, whatever else
        ("nyyyyyyy", 14, HandsOff),
        ("ynyyyyyy", 14, HandsOff),
        ("nnyyyyyy", 12, HandsOff),
        ("nppppppp", 7, HandsOff),
        // three or more "no": hands-off
        ("yynnnyyy", 10, HandsOff),
        ("yyyyynnn", 10, HandsOff),
        ("ppnnnppp", 5, HandsOff),
        ("nnnnnnnn", 0, HandsOff),
    ];
    for (code, score, verdict) in cases {
        check(code, score, verdict);
    }
}

#[test]
fn routes_name_the_rule_that_applied() {
    use VerdictRoute::*;
    let cases = [
        ("yyyyyyyy", AllYes),
        ("pyyyyyyy", ReadyWithPartly),
        ("yyyyyypp", ReadyWithPartly),
        ("pppyyyyy", Train),
        ("yynnyyyy", Train),
        ("nyyyyyyy", KnockOut),
        ("ynyyyyyy", KnockOut),
        ("nppppppp", KnockOut),
        // both rules hold: the knock-out is named
        ("nnnyyyyy", KnockOut),
        ("ynnnnyyy", KnockOut),
        ("yynnnyyy", TooManyNo),
        ("ppnnnnnn", TooManyNo),
    ];
    for (code, route) in cases {
        let assessment = assess(&answers(code));
        assert_eq!(assessment.route, route, "answers {code}");
        assert_eq!(assessment.verdict, route.verdict(), "answers {code}");
    }
}

#[test]
fn points_are_two_one_zero() {
    assert_eq!(
        Answer::ALL.map(Answer::points),
        [2, 1, 0],
        "yes, partly, no"
    );
    assert_eq!(MAX_SCORE, 16);
}

#[test]
fn every_answer_set_scores_within_range_and_is_consistent() {
    // All 3^8 answer sets: the verdict rules, stated once more independently.
    for set in support::all_answer_sets() {
        let assessment = assess(&set);
        let noes = set.iter().filter(|a| **a == Answer::No).count();
        let partlies = set.iter().filter(|a| **a == Answer::Partly).count();
        let expected = if set[0] == Answer::No || set[1] == Answer::No || noes >= 3 {
            Verdict::HandsOff
        } else if noes == 0 && partlies <= 2 {
            Verdict::Ready
        } else {
            Verdict::Train
        };
        assert_eq!(assessment.verdict, expected, "{set:?}");
        assert_eq!(usize::from(assessment.score), 16 - 2 * noes - partlies);
        assert_eq!(assessment.warnings.len(), noes + partlies);
    }
}

#[test]
fn warnings_list_no_and_partly_in_the_seeds_order() {
    let cases: [(&str, &[(u8, Severity)]); 4] = [
        ("yyyyyyyy", &[]),
        ("nyyyyyyy", &[(1, Severity::Applies)]),
        (
            "ypyyyyyn",
            &[(2, Severity::AppliesInPart), (8, Severity::Applies)],
        ),
        (
            "yynpyyny",
            &[
                (3, Severity::Applies),
                (4, Severity::AppliesInPart),
                (7, Severity::Applies),
            ],
        ),
    ];
    for (code, expected) in cases {
        let expected: Vec<Warning> = expected
            .iter()
            .map(|&(number, severity)| Warning {
                case: CaseNumber::from_number(number).expect("a case number"),
                severity,
            })
            .collect();
        assert_eq!(assess(&answers(code)).warnings, expected, "answers {code}");
    }
}

#[test]
fn names_in_events_and_markup_are_stable() {
    assert_eq!(Verdict::Ready.as_str(), "ready");
    assert_eq!(Verdict::Train.as_str(), "train");
    assert_eq!(Verdict::HandsOff.as_str(), "hands-off");
    assert_eq!(Answer::ALL.map(Answer::as_str), ["yes", "partly", "no"]);
}
