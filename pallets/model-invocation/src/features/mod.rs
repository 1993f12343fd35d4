//! The pallet's logic, one job per module; the dispatchables in `lib.rs` only call into these.

pub(crate) mod invoke;
pub(crate) mod offering;
pub(crate) mod settle;
pub(crate) mod timers;
