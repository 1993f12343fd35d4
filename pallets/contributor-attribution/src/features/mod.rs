//! The attribution logic, one concern per module; dispatchables in `lib.rs` only check origins.

mod owner;
mod record;
