use super::{Assessment, Severity, Warning};

/// The warnings as ordered next steps: goal (case 1) and long-term plan
/// (case 2) first and in that order, as the seed's conclusion says; then
/// what applies fully before what applies in part, each in the seed's order.
pub fn training_plan(assessment: &Assessment) -> Vec<Warning> {
    let rank = |warning: &Warning| match (warning.case.is_knock_out(), warning.severity) {
        (true, _) => 0,
        (false, Severity::Applies) => 1,
        (false, Severity::AppliesInPart) => 2,
    };
    // Three stable passes over the warnings (in the seed's order) rather
    // than a sort: the same order, without the standard library's sort code
    // in the wasm (about 2 KB brotli).
    (0..3)
        .flat_map(|pass| {
            assessment
                .warnings
                .iter()
                .filter(move |warning| rank(warning) == pass)
                .copied()
        })
        .collect()
}
