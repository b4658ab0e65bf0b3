use super::{CaseNumber, QUESTION_COUNT};

/// One answer to a question. "Yes" always means the warning does not apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    /// The warning does not apply.
    Yes,
    /// The warning applies in part.
    Partly,
    /// The warning applies.
    No,
}

impl Answer {
    /// All answers in the order they are offered.
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::Partly, Answer::No];

    /// Points towards the score: yes 2, partly 1, no 0.
    pub fn points(self) -> u8 {
        match self {
            Answer::Yes => 2,
            Answer::Partly => 1,
            Answer::No => 0,
        }
    }

    /// The answer's name in events and documentation: `yes`, `partly`, `no`.
    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::Partly => "partly",
            Answer::No => "no",
        }
    }

    /// The single character that stands for the answer in share codes and
    /// stored state: `y`, `p` or `n`.
    pub fn code(self) -> char {
        match self {
            Answer::Yes => 'y',
            Answer::Partly => 'p',
            Answer::No => 'n',
        }
    }

    /// The answer a code character stands for, if any.
    pub fn from_code(code: char) -> Option<Answer> {
        Answer::ALL.into_iter().find(|answer| answer.code() == code)
    }
}

/// The answers given so far, one slot per question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct AnswerSet([Option<Answer>; QUESTION_COUNT]);

impl AnswerSet {
    /// A set with every question answered.
    pub fn complete(answers: [Answer; QUESTION_COUNT]) -> Self {
        AnswerSet(answers.map(Some))
    }

    /// The answer to the question of `case`, if given.
    pub fn get(&self, case: CaseNumber) -> Option<Answer> {
        self.0[case]
    }

    /// Records `answer` for the question of `case`.
    pub fn set(&mut self, case: CaseNumber, answer: Answer) {
        self.0[case] = Some(answer);
    }

    /// All eight answers, when every question is answered.
    pub fn all(&self) -> Option<[Answer; QUESTION_COUNT]> {
        let mut all = [Answer::Yes; QUESTION_COUNT];
        for (slot, answer) in all.iter_mut().zip(self.0) {
            *slot = answer?;
        }
        Some(all)
    }

    /// How many questions, counted from the first, are answered without a gap.
    pub fn answered_prefix(&self) -> usize {
        self.0.iter().take_while(|answer| answer.is_some()).count()
    }

    /// The raw slots, in question order.
    pub fn slots(&self) -> [Option<Answer>; QUESTION_COUNT] {
        self.0
    }

    /// A set from raw slots.
    pub fn from_slots(slots: [Option<Answer>; QUESTION_COUNT]) -> Self {
        AnswerSet(slots)
    }
}
