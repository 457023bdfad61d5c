//! The rows of the form's tables, as typed.

use crate::engine::limitation::{EventKind, PlClaimKind};
use serde::{Deserialize, Serialize};

/// A row of one of the form's tables, found by its id.
pub trait Row: Clone + Default + PartialEq + Send + Sync + 'static {
    fn id(&self) -> u32;
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimRow {
    pub id: u32,
    pub number: String,
    pub issue: String,
    pub due: String,
    pub amount: String,
    /// PL: what was invoiced (limitation period); none until chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pl_kind: Option<PlClaimKind>,
    /// The EUR rate for this invoice's compensation, typed where no table has it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub eur_rate: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentRow {
    pub id: u32,
    pub date: String,
    pub amount: String,
    /// The designated invoice number, empty for none.
    pub claim: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RateRow {
    pub id: u32,
    pub from: String,
    pub to: String,
    pub percent: String,
    /// Where the rate comes from, kept from an imported case (no field shows it yet).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventRow {
    pub id: u32,
    pub kind: EventKind,
    pub date: String,
    /// When the proceedings ended; empty while they last.
    pub end: String,
    /// The invoice number it concerns; empty for all.
    pub claim: String,
}

impl Row for ClaimRow {
    fn id(&self) -> u32 {
        self.id
    }
}

impl Row for PaymentRow {
    fn id(&self) -> u32 {
        self.id
    }
}

impl Row for RateRow {
    fn id(&self) -> u32 {
        self.id
    }
}

impl Row for EventRow {
    fn id(&self) -> u32 {
        self.id
    }
}

/// A contact-log entry as typed (see `engine::case::Contact`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ContactRow {
    pub id: u32,
    pub date: String,
    pub time: String,
    pub channel: crate::engine::case::Channel,
    pub direction: crate::engine::case::Direction,
    pub summary: String,
    pub promise_date: String,
    pub promise_amount: String,
    pub document: Option<crate::engine::case::Document>,
    pub delivered: String,
    pub acknowledges: bool,
}

impl Row for ContactRow {
    fn id(&self) -> u32 {
        self.id
    }
}
