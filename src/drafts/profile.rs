//! The creditor's own details, kept once and filled into every new case: the party exactly as
//! the case stores it (so any field the party gains, such as a KRS number, joins the profile
//! with no change here), the account, the place and the signatory of letters.
//!
//! One localStorage entry `overdue.profile` holding `{"v": 1, …}`, versioned like drafts. It is
//! written only when the person asks ("remember as my details"): an accountant who types a
//! client's details into one case does not silently change every later case.

use super::storage::{Backend, StorageError};
use crate::engine::case::Party;
use crate::form::CaseForm;
use serde::{Deserialize, Serialize};

pub const PROFILE_KEY: &str = "overdue.profile";
pub const PROFILE_VERSION: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    pub v: u32,
    pub party: Party,
    /// The account as typed (the letter's IBAN field).
    pub iban: String,
    pub place: String,
    pub signatory: String,
}

impl Profile {
    /// The creditor's details as they stand in this form.
    pub fn of(form: &CaseForm) -> Profile {
        Profile {
            v: PROFILE_VERSION,
            party: form.case.creditor.clone(),
            iban: form.letter.iban.trim().to_string(),
            place: form.case.letter.place.trim().to_string(),
            signatory: form.case.letter.signatory.trim().to_string(),
        }
    }

    /// Whether the form already carries these details.
    pub fn matches(&self, form: &CaseForm) -> bool {
        let mut here = Profile::of(form);
        here.v = self.v;
        here == *self
    }

    pub fn is_empty(&self) -> bool {
        Profile {
            v: self.v,
            ..Profile::default()
        } == *self
    }

    /// Fills the creditor's details into a form.
    pub fn apply(&self, form: &mut CaseForm) {
        form.case.creditor = self.party.clone();
        form.letter.iban = self.iban.clone();
        form.case.letter.place = self.place.clone();
        form.case.letter.signatory = self.signatory.clone();
    }
}

/// Whether a form's creditor part is still as a new case has it: only then is the profile
/// filled in, never over something typed.
pub fn creditor_untouched(form: &CaseForm) -> bool {
    Profile::of(form).is_empty()
}

/// The saved profile; a damaged or newer entry reads as none (the person saves again).
pub fn load_profile(backend: &dyn Backend) -> Option<Profile> {
    let raw = backend.get(PROFILE_KEY)?;
    let profile: Profile = serde_json::from_str(&raw).ok()?;
    (profile.v == PROFILE_VERSION && !profile.is_empty()).then_some(profile)
}

pub fn save_profile(backend: &mut dyn Backend, profile: &Profile) -> Result<(), StorageError> {
    let mut profile = profile.clone();
    profile.v = PROFILE_VERSION;
    backend.set(
        PROFILE_KEY,
        &serde_json::to_string(&profile).unwrap_or_default(),
    )
}

pub fn forget_profile(backend: &mut dyn Backend) {
    backend.remove(PROFILE_KEY);
}
