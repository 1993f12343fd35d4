//! Prometheus counters, rendered in the text exposition format at `/metrics`.

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

#[derive(Default)]
pub struct Metrics {
	pub http_2xx: AtomicU64,
	pub http_4xx: AtomicU64,
	pub http_5xx: AtomicU64,
	pub invocations_requested: AtomicU64,
	pub invocations_settled: AtomicU64,
	pub invoke_micros_sum: AtomicU64,
	pub batches: AtomicU64,
	pub batch_completed: AtomicU64,
	pub batch_failed: AtomicU64,
	pub chain_errors: AtomicU64,
	/// Calls paid with a channel voucher and answered.
	pub paid_calls: AtomicU64,
	/// Vouchers refused (bad signature, out of order, over the deposit, …).
	pub vouchers_refused: AtomicU64,
	/// Channel vouchers claimed on-chain.
	pub claims: AtomicU64,
	/// Channel vouchers a `claim_batch` refused.
	pub claims_failed: AtomicU64,
	/// Calls the channel ledger could not commit.
	pub store_errors: AtomicU64,
}

impl Metrics {
	pub fn count_status(&self, status: u16) {
		match status {
			200..=299 => &self.http_2xx,
			400..=499 => &self.http_4xx,
			_ => &self.http_5xx,
		}
		.fetch_add(1, Relaxed);
	}

	pub fn render(&self) -> String {
		let g = |a: &AtomicU64| a.load(Relaxed);
		format!(
			"# HELP lineage_gateway_http_responses_total HTTP responses by status class.\n\
			 # TYPE lineage_gateway_http_responses_total counter\n\
			 lineage_gateway_http_responses_total{{class=\"2xx\"}} {}\n\
			 lineage_gateway_http_responses_total{{class=\"4xx\"}} {}\n\
			 lineage_gateway_http_responses_total{{class=\"5xx\"}} {}\n\
			 # HELP lineage_gateway_invocations_requested_total Calls invoked on-chain for HTTP clients.\n\
			 # TYPE lineage_gateway_invocations_requested_total counter\n\
			 lineage_gateway_invocations_requested_total {}\n\
			 # HELP lineage_gateway_invocations_settled_total HTTP calls answered after on-chain settlement.\n\
			 # TYPE lineage_gateway_invocations_settled_total counter\n\
			 lineage_gateway_invocations_settled_total {}\n\
			 # HELP lineage_gateway_invoke_seconds_sum Time from HTTP request to settled answer, summed.\n\
			 # TYPE lineage_gateway_invoke_seconds_sum counter\n\
			 lineage_gateway_invoke_seconds_sum {:.6}\n\
			 # HELP lineage_gateway_batches_total complete_batch extrinsics included.\n\
			 # TYPE lineage_gateway_batches_total counter\n\
			 lineage_gateway_batches_total {}\n\
			 # HELP lineage_gateway_batch_items_total Calls in included batches, by outcome.\n\
			 # TYPE lineage_gateway_batch_items_total counter\n\
			 lineage_gateway_batch_items_total{{outcome=\"settled\"}} {}\n\
			 lineage_gateway_batch_items_total{{outcome=\"failed\"}} {}\n\
			 # HELP lineage_gateway_chain_errors_total Failed requests to the node.\n\
			 # TYPE lineage_gateway_chain_errors_total counter\n\
			 lineage_gateway_chain_errors_total {}\n\
			 # HELP lineage_gateway_paid_calls_total Calls paid with a channel voucher and answered.\n\
			 # TYPE lineage_gateway_paid_calls_total counter\n\
			 lineage_gateway_paid_calls_total {}\n\
			 # HELP lineage_gateway_vouchers_refused_total Channel vouchers refused.\n\
			 # TYPE lineage_gateway_vouchers_refused_total counter\n\
			 lineage_gateway_vouchers_refused_total {}\n\
			 # HELP lineage_gateway_claims_total Channel vouchers claimed on-chain, by outcome.\n\
			 # TYPE lineage_gateway_claims_total counter\n\
			 lineage_gateway_claims_total{{outcome=\"claimed\"}} {}\n\
			 lineage_gateway_claims_total{{outcome=\"refused\"}} {}\n\
			 # HELP lineage_gateway_store_errors_total Calls the channel ledger could not commit.\n\
			 # TYPE lineage_gateway_store_errors_total counter\n\
			 lineage_gateway_store_errors_total {}\n",
			g(&self.http_2xx), g(&self.http_4xx), g(&self.http_5xx), g(&self.invocations_requested),
			g(&self.invocations_settled), g(&self.invoke_micros_sum) as f64 / 1e6, g(&self.batches),
			g(&self.batch_completed), g(&self.batch_failed), g(&self.chain_errors),
			g(&self.paid_calls), g(&self.vouchers_refused), g(&self.claims), g(&self.claims_failed),
			g(&self.store_errors),
		)
	}
}
