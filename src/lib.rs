//! Startklar: "Sind Sie startklar?", an embeddable self-assessment quiz.
//!
//! `model` is the pure core (answers, scoring, verdict, steps); `content`
//! holds the texts; `state` is the one reducer; `components` render it; the
//! `widget` module mounts it into a host element and talks to the page.
#![deny(missing_docs)]

pub mod attributes;
pub mod components;
pub mod content;
pub mod effects;
pub mod export;
pub mod model;
pub mod state;
pub mod studio;
pub mod widget;
