//! The pallet's logic, one job per module; the dispatchables in `lib.rs` only call into these.

pub(crate) mod accumulator;
pub(crate) mod claim;
pub(crate) mod pay;
pub(crate) mod split;
