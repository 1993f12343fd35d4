//! The runtime's tests, as an integration test of the `lineage-runtime` crate: they link the
//! runtime as it is built for the node, so the runtime crate holds only the runtime and is not
//! compiled a second time for its tests.
//!
//! - `wiring`: the genesis presets, and calls through the pallets as the runtime wires them (the
//!   audit's attacks among them).
//! - `fuzz`: structured random calls with every invariant checked after each block
//!   (`scripts/fuzz.sh` runs it for longer).

mod fuzz;
mod support;
mod wiring;
