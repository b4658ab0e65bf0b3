//! The effects of [`App`](super::app::App): where the widget's state meets
//! the page (notices, storage, focus, a changed `lang` attribute).

use web_sys::HtmlElement;
use yew::prelude::*;

use super::app::{find, AppProps};
use crate::state::{Action, WidgetState};

/// Runs the widget's effects after each render: a changed `lang` attribute
/// becomes an action; new notices go to the host; changed state is stored;
/// focus follows a move between screens.
#[hook]
pub fn use_widget_effects(props: &AppProps, state: &UseReducerHandle<WidgetState>, root: &NodeRef) {
    {
        // A changed `lang` attribute wins over the visitor's earlier switch;
        // the first render keeps a resumed language.
        let state = state.clone();
        let previous = use_mut_ref(|| props.lang);
        use_effect_with(props.lang, move |lang| {
            if *previous.borrow() != *lang {
                *previous.borrow_mut() = *lang;
                state.dispatch(Action::SetLang(*lang));
            }
        });
    }
    {
        let seen = use_mut_ref(|| 0u64);
        let on_notice = props.on_notice.clone();
        let state = state.clone();
        use_effect_with(state.last_notice, move |_| {
            for notice in state.notices_after(*seen.borrow()) {
                on_notice.emit(notice.clone());
            }
            *seen.borrow_mut() = state.last_notice;
        });
    }
    {
        // The first render only shows what was loaded (or a share link);
        // storage changes once the visitor does something.
        let on_save = props.on_save.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(state.saved(), move |saved| {
            if !first.replace(false) {
                on_save.emit(*saved);
            }
        });
    }
    {
        let root = root.clone();
        use_effect_with(state.moves, move |moves| {
            if *moves > 0 {
                if let Some(target) = find(&root, "[data-focus-target]")
                    .and_then(|target| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(target).ok())
                {
                    // Focus cannot fail in a way the visitor could act on.
                    let _ = target.focus();
                }
            }
        });
    }
}
