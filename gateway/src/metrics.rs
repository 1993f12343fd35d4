//! Prometheus counters and histograms, rendered in the text exposition format at `/metrics`.

use std::{
	collections::BTreeMap,
	fmt::Write,
	sync::{
		atomic::{AtomicU64, Ordering::Relaxed},
		Arc, RwLock,
	},
	time::Duration,
};

/// The upper bounds (seconds) of the call-latency histogram's buckets.
pub const BUCKETS: [f64; 15] =
	[0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0];

/// How a paid call ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
	/// Answered and recorded: charged.
	Charged,
	/// Refused before the backend ran (voucher, key, funds, input): not charged.
	Refused,
	/// The backend or the ledger failed: not charged.
	Failed,
}

impl Outcome {
	/// How a call that was answered with `status` ended (a stream's failure comes later).
	pub fn of(status: hyper::StatusCode) -> Outcome {
		match status.as_u16() {
			200..=299 => Outcome::Charged,
			500..=599 => Outcome::Failed,
			_ => Outcome::Refused,
		}
	}

	fn label(self) -> &'static str {
		match self {
			Outcome::Charged => "charged",
			Outcome::Refused => "refused",
			Outcome::Failed => "failed",
		}
	}
}

/// Which calls a series counts: the model's name, its backend and the endpoint.
type SeriesKey = (String, &'static str, &'static str);

/// One series of the call histogram: a count per bucket (not cumulative), the sum of latencies,
/// and the calls by outcome.
#[derive(Default)]
struct Series {
	buckets: [AtomicU64; BUCKETS.len() + 1],
	micros: AtomicU64,
	outcomes: [AtomicU64; 3],
}

/// Paid calls by model, backend and endpoint: latency (charged calls) and outcomes.
#[derive(Default)]
pub struct Calls {
	series: RwLock<BTreeMap<SeriesKey, Arc<Series>>>,
}

impl Calls {
	/// Count one call to `model` (its `backend`) at `endpoint` that ended as `outcome` after
	/// `took` (from the request to the answer's last byte for a stream).
	pub fn observe(
		&self,
		model: &str,
		backend: &'static str,
		endpoint: &'static str,
		outcome: Outcome,
		took: Duration,
	) {
		let key = (model.to_string(), backend, endpoint);
		let found = self.series.read().ok().and_then(|m| m.get(&key).cloned());
		let series = match found {
			Some(s) => s,
			None => match self.series.write() {
				Ok(mut m) => m.entry(key).or_default().clone(),
				Err(_) => return,
			},
		};
		let index = outcome as usize;
		series.outcomes[index].fetch_add(1, Relaxed);
		if outcome == Outcome::Charged {
			let secs = took.as_secs_f64();
			let bucket = BUCKETS.iter().position(|b| secs <= *b).unwrap_or(BUCKETS.len());
			series.buckets[bucket].fetch_add(1, Relaxed);
			series.micros.fetch_add(took.as_micros() as u64, Relaxed);
		}
	}

	fn render(&self, out: &mut String) {
		let Ok(series) = self.series.read() else { return };
		out.push_str(
			"# HELP lineage_gateway_calls_total Paid calls by model, backend, endpoint and outcome.\n\
			 # TYPE lineage_gateway_calls_total counter\n",
		);
		for ((model, backend, endpoint), s) in series.iter() {
			for outcome in [Outcome::Charged, Outcome::Refused, Outcome::Failed] {
				let _ = writeln!(
					out,
					"lineage_gateway_calls_total{{model=\"{}\",backend=\"{backend}\",endpoint=\"{endpoint}\",outcome=\"{}\"}} {}",
					escape(model),
					outcome.label(),
					s.outcomes[outcome as usize].load(Relaxed)
				);
			}
		}
		out.push_str(
			"# HELP lineage_gateway_call_seconds Latency of charged calls, from the request to the answer's last byte.\n\
			 # TYPE lineage_gateway_call_seconds histogram\n",
		);
		for ((model, backend, endpoint), s) in series.iter() {
			let labels = format!(
				"model=\"{}\",backend=\"{backend}\",endpoint=\"{endpoint}\"",
				escape(model)
			);
			let mut cumulative = 0;
			for (i, bound) in
				BUCKETS.iter().map(|b| b.to_string()).chain(["+Inf".into()]).enumerate()
			{
				cumulative += s.buckets[i].load(Relaxed);
				let _ = writeln!(
					out,
					"lineage_gateway_call_seconds_bucket{{{labels},le=\"{bound}\"}} {cumulative}"
				);
			}
			let _ = writeln!(
				out,
				"lineage_gateway_call_seconds_sum{{{labels}}} {:.6}",
				s.micros.load(Relaxed) as f64 / 1e6
			);
			let _ = writeln!(out, "lineage_gateway_call_seconds_count{{{labels}}} {cumulative}");
		}
	}
}

/// A label value as the exposition format writes it.
fn escape(value: &str) -> String {
	value.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

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
	/// Paid calls by model, backend and endpoint.
	pub calls: Calls,
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
		let out = format!(
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
		);
		let mut out = out;
		self.calls.render(&mut out);
		out
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn calls_are_counted_by_model_and_outcome_and_timed_in_cumulative_buckets() {
		let m = Metrics::default();
		let ms = Duration::from_millis;
		m.calls.observe("tiny", "upstream", "chat", Outcome::Charged, ms(3));
		m.calls.observe("tiny", "upstream", "chat", Outcome::Charged, ms(700));
		m.calls.observe("tiny", "upstream", "chat", Outcome::Failed, ms(1));
		m.calls.observe("a\"b", "classifier", "calls", Outcome::Refused, ms(1));
		let text = m.render();
		let line = |start: &str| {
			text.lines()
				.find(|l| l.starts_with(start))
				.unwrap_or_else(|| panic!("no {start} in {text}"))
				.to_string()
		};
		let labels = "model=\"tiny\",backend=\"upstream\",endpoint=\"chat\"";
		assert!(line(&format!("lineage_gateway_calls_total{{{labels},outcome=\"charged\"}}"))
			.ends_with(" 2"));
		assert!(line(&format!("lineage_gateway_calls_total{{{labels},outcome=\"failed\"}}"))
			.ends_with(" 1"));
		assert!(line(&format!("lineage_gateway_call_seconds_bucket{{{labels},le=\"0.0025\"}}"))
			.ends_with(" 0"));
		assert!(line(&format!("lineage_gateway_call_seconds_bucket{{{labels},le=\"0.005\"}}"))
			.ends_with(" 1"));
		assert!(line(&format!("lineage_gateway_call_seconds_bucket{{{labels},le=\"1\"}}"))
			.ends_with(" 2"));
		assert!(line(&format!("lineage_gateway_call_seconds_bucket{{{labels},le=\"+Inf\"}}"))
			.ends_with(" 2"));
		assert!(
			line(&format!("lineage_gateway_call_seconds_sum{{{labels}}}")).ends_with(" 0.703000")
		);
		assert!(text.contains("model=\"a\\\"b\""), "label values are escaped");
	}
}
