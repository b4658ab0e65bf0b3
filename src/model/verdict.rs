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
