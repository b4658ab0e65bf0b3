/// Where the visitor stands, in the marathon picture of the seed's conclusion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// At the start line: no "no" and at most two "partly".
    Ready,
    /// On the training ground: everything between.
    Train,
    /// In the spectators' stand: case 1 or 2 answered "no", or three or more "no".
    HandsOff,
}

impl Verdict {
    /// The verdict's name in `data-verdict` and events: `ready`, `train`, `hands-off`.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Ready => "ready",
            Verdict::Train => "train",
            Verdict::HandsOff => "hands-off",
        }
    }
}

/// Which rule of the scoring contract led to the verdict, so that the result
/// says only what is true for the answers: "ready" with or without "partly"
/// left, and the two routes to "hands-off".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VerdictRoute {
    /// Ready: every answer "yes".
    AllYes,
    /// Ready: no "no", but one or two "partly".
    ReadyWithPartly,
    /// Train: neither ready nor hands-off.
    Train,
    /// Hands-off because case 1 (goal) or case 2 (long-term plan) is "no".
    ///
    /// When there are also three or more "no", this route applies rather
    /// than [`VerdictRoute::TooManyNo`]: goal and long-term plan are the
    /// ground the other cases stand on (the training plan puts them first),
    /// so their absence is the reason to name.
    KnockOut,
    /// Hands-off because three or more cases are "no", none of them case 1 or 2.
    TooManyNo,
}

impl VerdictRoute {
    /// The verdict this route leads to.
    pub fn verdict(self) -> Verdict {
        match self {
            VerdictRoute::AllYes | VerdictRoute::ReadyWithPartly => Verdict::Ready,
            VerdictRoute::Train => Verdict::Train,
            VerdictRoute::KnockOut | VerdictRoute::TooManyNo => Verdict::HandsOff,
        }
    }
}
