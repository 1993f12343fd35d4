//! The registry's logic, one concern per module; the dispatchables in `lib.rs` only check the
//! origin and call in here.

mod commitment;
mod deposit;
mod lifecycle;
mod ownership;
mod register;
pub mod royalty;
