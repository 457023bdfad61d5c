//! The form's tests, by what they check.

use super::*;

mod contacts;
mod parse;
mod pre_send;
mod round_trip;

pub(crate) use round_trip::full_case;
