//! The pallet's logic, one job per module; the dispatchables in `lib.rs` only call into these.

pub(crate) mod aggregate;
pub(crate) mod bond;
pub(crate) mod finalise;
pub(crate) mod labelling;
pub(crate) mod review;
pub(crate) mod task;
