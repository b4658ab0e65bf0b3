//! Stored state between reloads, under `startklar:<path>:<id>`.
//!
//! Hand-written on `web_sys::Storage` rather than gloo-storage: gloo-storage
//! throws where storage is blocked (sandboxed iframes, some privacy modes),
//! and this widget must go on without storage instead.

use std::cell::Cell;

use web_sys::{HtmlElement, Storage};

use super::console::warn;
use crate::attributes::Persist;
use crate::model::saved_state::SavedState;
use crate::model::{Lang, Quiz, CASE_COUNT};

/// Where this instance stores its state: one key per page and instance
/// (the element's `id`, else its position among the page's widgets).
pub fn storage_key(host: &HtmlElement) -> String {
    let path = web_sys::window()
        .and_then(|window| window.location().pathname().ok())
        .unwrap_or_default();
    let instance = Some(host.id())
        .filter(|id| !id.is_empty())
        .unwrap_or_else(|| {
            let position = host
                .owner_document()
                .and_then(|document| document.query_selector_all("startklar-quiz").ok())
                .and_then(|all| {
                    (0..all.length()).find(|&i| {
                        all.item(i)
                            .is_some_and(|node| node.is_same_node(Some(host)))
                    })
                });
            position.unwrap_or(0).to_string()
        });
    format!("startklar:{path}:{instance}")
}

/// Reads and writes the stored state; every failure is one console
/// warning per widget and the quiz goes on without storage.
pub struct Store {
    persist: Cell<Persist>,
    key: String,
    warned: Cell<bool>,
}

impl Store {
    /// A store under `key`, kept as `persist` says.
    pub fn new(persist: Persist, key: String) -> Self {
        Store {
            persist: Cell::new(persist),
            key,
            warned: Cell::new(false),
        }
    }

    /// Keeps state as `persist` says from now on.
    pub fn set_persist(&self, persist: Persist) {
        self.persist.set(persist);
    }

    fn storage(&self) -> Option<Storage> {
        let window = web_sys::window()?;
        let storage = match self.persist.get() {
            Persist::Off => return None,
            Persist::Session => window.session_storage(),
            Persist::Local => window.local_storage(),
        };
        match storage {
            Ok(Some(storage)) => Some(storage),
            Ok(None) => {
                self.warn_once("storage is not available; answers will not survive a reload");
                None
            }
            Err(_) => {
                self.warn_once("storage is blocked; answers will not survive a reload");
                None
            }
        }
    }

    /// The stored state, if there is a valid one; an invalid one is removed.
    /// `available` are the languages on offer, for the stored one.
    pub fn load(&self, available: &[Lang]) -> Option<SavedState> {
        let storage = self.storage()?;
        let text = match storage.get_item(&self.key) {
            Ok(text) => text?,
            Err(_) => {
                self.warn_once("could not read storage; starting afresh");
                return None;
            }
        };
        match SavedState::decode(&text, available) {
            Ok(saved) => Some(saved),
            Err(error) => {
                self.warn_once(&format!("ignoring stored state: {error}; starting afresh"));
                let _ = storage.remove_item(&self.key);
                None
            }
        }
    }

    /// Stores `saved`; a fresh quiz removes the key instead.
    pub fn save(&self, saved: &SavedState) {
        let Some(storage) = self.storage() else {
            return;
        };
        let fresh = saved.quiz == Quiz::new() && saved.ticked == [false; CASE_COUNT];
        let written = if fresh {
            storage.remove_item(&self.key)
        } else {
            storage.set_item(&self.key, &saved.encode())
        };
        if written.is_err() {
            self.warn_once(
                "could not write storage (full or blocked); answers will not survive a reload",
            );
        }
    }

    fn warn_once(&self, message: &str) {
        if !self.warned.replace(true) {
            warn(&format!("<startklar-quiz>: {message}."));
        }
    }
}
