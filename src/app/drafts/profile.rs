//! "My details": the creditor's profile, shown under the parties where the creditor is typed.
//! It is remembered only when the person asks, and fills every new case (see `drafts::profile`).

use super::backend::LocalBackend;
use super::state::Drafts;
use crate::drafts::{forget_profile, load_profile, save_profile, Profile};
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    /// Nothing saved and nothing typed: no control yet.
    Hidden,
    NotSaved,
    Same,
    Differs,
}

#[component]
pub fn ProfileControl(d: Drafts) -> impl IntoView {
    let ctx = d.ctx;
    let store = d.store;
    let t = move || ctx.texts().drafts();
    let saved = RwSignal::new(load_profile(&LocalBackend::new()));
    let message = RwSignal::new(None::<&'static str>);
    let state = move || match saved.get() {
        Some(p) if store.form.with(|f| p.matches(f)) => State::Same,
        Some(_) => State::Differs,
        None if store
            .form
            .with(|f| Profile::of(f).party.name.trim().is_empty()) =>
        {
            State::Hidden
        }
        None => State::NotSaved,
    };
    let remember = move |_| {
        let profile = store.form.with_untracked(Profile::of);
        match save_profile(&mut LocalBackend::new(), &profile) {
            Ok(()) => {
                saved.set(Some(profile));
                message.set(Some(t().profile_saved));
            }
            Err(_) => message.set(Some(t().profile_failed)),
        }
    };
    let fill = move |_| {
        if let Some(p) = saved.get_untracked() {
            store.form.update(|f| p.apply(f));
        }
    };
    let forget = move |_| {
        forget_profile(&mut LocalBackend::new());
        saved.set(None);
        message.set(Some(t().profile_forgotten));
    };
    view! {
        <Show when=move || state() != State::Hidden || message.with(Option::is_some)>
            <section class="profile" aria-labelledby="profile-title" data-testid="profile">
                <h3 id="profile-title">{move || t().profile_title}</h3>
                <p class="note">{move || match state() {
                    State::Same => t().profile_same,
                    State::Differs => t().profile_differs,
                    State::Hidden | State::NotSaved => t().profile_hint,
                }}</p>
                <div class="profile-actions">
                    {move || match state() {
                        State::Hidden => ().into_any(),
                        State::NotSaved => view! {
                            <button type="button" data-testid="profile-save" on:click=remember>{t().profile_save}</button>
                        }.into_any(),
                        State::Same => view! {
                            <button type="button" data-testid="profile-forget" on:click=forget>{t().profile_forget}</button>
                        }.into_any(),
                        State::Differs => view! {
                            <button type="button" data-testid="profile-fill" on:click=fill>{t().profile_use}</button>
                            <button type="button" data-testid="profile-save" on:click=remember>{t().profile_update}</button>
                            <button type="button" data-testid="profile-forget" on:click=forget>{t().profile_forget}</button>
                        }.into_any(),
                    }}
                </div>
                <p class="profile-status" role="status" data-testid="profile-status">{move || message.get()}</p>
            </section>
        </Show>
    }
}
