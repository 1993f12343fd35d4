//! The pallet's logic, one file per job; the dispatchables in `lib.rs` only call into these.

mod claim;
mod close;
mod open;
