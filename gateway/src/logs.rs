//! `serve`'s logs, through `tracing` to stderr: `RUST_LOG` picks the level and targets (default
//! `info`, e.g. `RUST_LOG=lineage_gateway::claims=debug,info`); `--log-json` writes one JSON
//! object per line (`timestamp`, `level`, `target`, `message`, the event's fields, and `spans`
//! with each enclosing span's fields, such as a request's `id`) for log collectors.

use std::fmt;

use serde_json::{json, Map, Value};
use tracing::{field::Field, Event, Subscriber};
use tracing_subscriber::{
	fmt::{
		format::Writer,
		time::{FormatTime, SystemTime},
		FmtContext, FormatEvent, FormatFields, FormattedFields,
	},
	registry::LookupSpan,
	EnvFilter,
};

/// Start logging (plain text, or JSON lines with `json`).
pub fn init(json: bool) {
	let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
	let logs = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
	if json {
		logs.event_format(JsonLines).init();
	} else {
		logs.init();
	}
}

/// An event's fields as JSON values.
struct Fields(Map<String, Value>);

impl tracing::field::Visit for Fields {
	fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
		self.0.insert(field.name().into(), json!(format!("{value:?}")));
	}
	fn record_str(&mut self, field: &Field, value: &str) {
		self.0.insert(field.name().into(), json!(value));
	}
	fn record_u64(&mut self, field: &Field, value: u64) {
		self.0.insert(field.name().into(), json!(value));
	}
	fn record_i64(&mut self, field: &Field, value: i64) {
		self.0.insert(field.name().into(), json!(value));
	}
	fn record_bool(&mut self, field: &Field, value: bool) {
		self.0.insert(field.name().into(), json!(value));
	}
}

/// One JSON object per event.
struct JsonLines;

impl<S, N> FormatEvent<S, N> for JsonLines
where
	S: Subscriber + for<'a> LookupSpan<'a>,
	N: for<'a> FormatFields<'a> + 'static,
{
	fn format_event(
		&self,
		ctx: &FmtContext<'_, S, N>,
		mut writer: Writer<'_>,
		event: &Event<'_>,
	) -> fmt::Result {
		let mut line = json_line(event);
		let mut time = String::new();
		SystemTime.format_time(&mut Writer::new(&mut time))?;
		line.insert("timestamp".into(), json!(time));
		let spans: Vec<Value> = ctx
			.event_scope()
			.into_iter()
			.flat_map(|scope| scope.from_root())
			.map(|span| {
				let fields = span
					.extensions()
					.get::<FormattedFields<N>>()
					.map(|f| f.fields.clone())
					.unwrap_or_default();
				json!({ "name": span.name(), "fields": fields })
			})
			.collect();
		if !spans.is_empty() {
			line.insert("spans".into(), json!(spans));
		}
		writeln!(writer, "{}", Value::Object(line))
	}
}

/// An event's level, target, message and fields.
fn json_line(event: &Event<'_>) -> Map<String, Value> {
	let mut fields = Fields(Map::new());
	event.record(&mut fields);
	let meta = event.metadata();
	let mut line = Map::new();
	line.insert("level".into(), json!(meta.level().as_str()));
	line.insert("target".into(), json!(meta.target()));
	line.extend(fields.0);
	line
}

#[cfg(test)]
mod tests {
	use super::*;
	use std::sync::{Arc, Mutex};

	#[derive(Clone, Default)]
	struct Captured(Arc<Mutex<Vec<u8>>>);

	impl std::io::Write for Captured {
		fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
			self.0.lock().expect("lock").extend_from_slice(buf);
			Ok(buf.len())
		}
		fn flush(&mut self) -> std::io::Result<()> {
			Ok(())
		}
	}

	#[test]
	fn json_logs_are_one_object_per_line_with_the_request_id() {
		let out = Captured::default();
		let writer = out.clone();
		let subscriber = tracing_subscriber::fmt()
			.with_writer(move || writer.clone())
			.event_format(JsonLines)
			.finish();
		tracing::subscriber::with_default(subscriber, || {
			let span = tracing::info_span!("request", id = "req-1");
			let _in = span.enter();
			tracing::warn!(model = 7u64, charged = true, "a \"quoted\" message");
		});
		let text = String::from_utf8(out.0.lock().expect("lock").clone()).expect("utf-8");
		let line: Value = serde_json::from_str(text.trim()).expect("one JSON object");
		assert_eq!(line["level"], "WARN");
		assert_eq!(line["message"], "a \"quoted\" message");
		assert_eq!((line["model"].as_u64(), line["charged"].as_bool()), (Some(7), Some(true)));
		assert_eq!(line["spans"][0]["name"], "request");
		assert!(line["spans"][0]["fields"].as_str().is_some_and(|f| f.contains("req-1")), "{line}");
		assert!(line["timestamp"].as_str().is_some_and(|t| t.starts_with("20")), "{line}");
	}
}
