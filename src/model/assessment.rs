use super::{Answer, CaseNumber, Verdict, VerdictRoute, QUESTION_COUNT};

/// The highest possible score: every answer "yes".
pub const MAX_SCORE: u8 = 2 * QUESTION_COUNT as u8;

/// How strongly a case's warning applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Severity {
    /// Answered "no": the warning applies.
    Applies,
    /// Answered "partly": the warning applies in part.
    AppliesInPart,
}

/// A case whose warning applies to the visitor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Warning {
    /// The case whose warning applies.
    pub case: CaseNumber,
    /// Whether it applies fully or in part.
    pub severity: Severity,
}

/// The result of a completed quiz.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Assessment {
    /// The eight answers scored.
    pub answers: [Answer; QUESTION_COUNT],
    /// Sum of the points, 0 to 16.
    pub score: u8,
    /// The verdict.
    pub verdict: Verdict,
    /// The rule that led to the verdict.
    pub route: VerdictRoute,
    /// The cases answered "no" or "partly", in the seed's order.
    pub warnings: Vec<Warning>,
}

/// Scores eight answers by the product contract:
/// yes 2, partly 1, no 0; `hands-off` when case 1 or 2 is "no" or three or
/// more are "no"; `ready` with no "no" and at most two "partly"; else `train`.
/// The route records which of these rules applied (see [`VerdictRoute`]).
pub fn assess(answers: &[Answer; QUESTION_COUNT]) -> Assessment {
    let score = answers.iter().map(|answer| answer.points()).sum();
    let count = |wanted: Answer| answers.iter().filter(|&&answer| answer == wanted).count();
    let (noes, partlies) = (count(Answer::No), count(Answer::Partly));
    let knocked_out = CaseNumber::ALL
        .into_iter()
        .any(|case| case.is_knock_out() && answers[case] == Answer::No);
    let route = if knocked_out {
        VerdictRoute::KnockOut
    } else if noes >= 3 {
        VerdictRoute::TooManyNo
    } else if noes == 0 && partlies == 0 {
        VerdictRoute::AllYes
    } else if noes == 0 && partlies <= 2 {
        VerdictRoute::ReadyWithPartly
    } else {
        VerdictRoute::Train
    };
    let verdict = route.verdict();
    let warnings = CaseNumber::ALL
        .into_iter()
        .zip(answers)
        .filter_map(|(case, answer)| {
            let severity = match answer {
                Answer::Yes => return None,
                Answer::Partly => Severity::AppliesInPart,
                Answer::No => Severity::Applies,
            };
            Some(Warning { case, severity })
        })
        .collect();
    Assessment {
        answers: *answers,
        score,
        verdict,
        route,
        warnings,
    }
}
