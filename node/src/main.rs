//! `lineage-node`: the Lineage blockchain node.

// The node's functions return `sc_cli::Result`, whose error (`sc_cli::Error`) is large: it is the
// CLI's own error type, which the node hands back to `sc_cli` as polkadot-sdk's nodes do; boxing
// it here would only re-wrap the framework's type.
#![allow(clippy::result_large_err)]

mod chain_spec;
mod cli;
mod command;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
