use super::{Assessment, Severity, Warning};

/// The warnings as ordered next steps: goal (case 1) and long-term plan
/// (case 2) first and in that order, as the seed's conclusion says; then
/// what applies fully before what applies in part, each in the seed's order.
pub fn training_plan(assessment: &Assessment) -> Vec<Warning> {
    let mut plan = assessment.warnings.clone();
    plan.sort_by_key(|warning| {
        let later = !warning.case.is_knock_out();
        let in_part = later && warning.severity == Severity::AppliesInPart;
        (later, in_part, warning.case)
    });
    plan
}
