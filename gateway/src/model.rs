//! A small, deterministic text classifier: multinomial naive Bayes with Laplace smoothing over
//! lower-cased alphanumeric tokens. The model file is JSON with sorted keys, so the same labels
//! always give the same bytes — and the same content hash on chain.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub const KIND: &str = "lineage-multinomial-naive-bayes-v1";

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Model {
	pub kind: String,
	/// The labelling task and dataset asset it was trained on.
	pub task: u64,
	pub dataset: u64,
	pub classes: Vec<String>,
	/// Training texts per class.
	pub class_docs: Vec<u64>,
	/// Tokens per class.
	pub class_tokens: Vec<u64>,
	/// Per token: its count in each class.
	pub vocabulary: BTreeMap<String, Vec<u64>>,
}

/// What the model says about one input.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Prediction {
	pub label: String,
	pub class: usize,
	/// Probability per class, rounded to 6 decimals (so outputs hash reproducibly).
	pub probabilities: BTreeMap<String, f64>,
}

pub fn tokens(text: &str) -> impl Iterator<Item = String> + '_ {
	text.split(|c: char| !c.is_alphanumeric())
		.filter(|t| !t.is_empty())
		.map(|t| t.to_lowercase())
}

impl Model {
	pub fn train(
		task: u64,
		dataset: u64,
		classes: Vec<String>,
		examples: &[(String, usize)],
	) -> Model {
		let n = classes.len();
		let mut model = Model {
			kind: KIND.into(),
			task,
			dataset,
			classes,
			class_docs: vec![0; n],
			class_tokens: vec![0; n],
			vocabulary: BTreeMap::new(),
		};
		for (text, class) in examples {
			if *class >= n {
				continue;
			}
			model.class_docs[*class] += 1;
			for token in tokens(text) {
				model.class_tokens[*class] += 1;
				model.vocabulary.entry(token).or_insert_with(|| vec![0; n])[*class] += 1;
			}
		}
		model
	}

	/// Parse a model file and check it is one this gateway can run: invalid JSON, another kind
	/// of model or inconsistent counts are an error here, at start-up, never a panic later.
	pub fn from_bytes(bytes: &[u8]) -> Result<Model, String> {
		let model: Model =
			serde_json::from_slice(bytes).map_err(|e| format!("not a model file: {e}"))?;
		model.validate()?;
		Ok(model)
	}

	/// Every per-class vector has one entry per class, and there is at least one class.
	pub fn validate(&self) -> Result<(), String> {
		let n = self.classes.len();
		if self.kind != KIND {
			return Err(format!("not a model file: its kind is {:?}, expected {KIND:?}", self.kind));
		}
		if n == 0 {
			return Err("not a model file: it has no classes".into());
		}
		let distinct: std::collections::BTreeSet<&String> = self.classes.iter().collect();
		if distinct.len() != n {
			return Err("not a model file: two classes have the same name".into());
		}
		if self.class_docs.len() != n || self.class_tokens.len() != n {
			return Err(format!(
				"not a model file: {n} classes but {} document counts and {} token counts",
				self.class_docs.len(),
				self.class_tokens.len()
			));
		}
		if let Some((token, counts)) = self.vocabulary.iter().find(|(_, counts)| counts.len() != n)
		{
			return Err(format!(
				"not a model file: token {token:?} has {} counts for {n} classes",
				counts.len()
			));
		}
		Ok(())
	}

	/// The model's prediction. Never panics, even on a model that fails `validate` (missing
	/// counts read as zero).
	pub fn predict(&self, text: &str) -> Prediction {
		let n = self.classes.len();
		let at = |v: &[u64], c: usize| v.get(c).copied().unwrap_or(0) as f64;
		let docs: f64 = self.class_docs.iter().map(|d| *d as f64).sum();
		let v = self.vocabulary.len() as f64;
		let mut scores: Vec<f64> = (0..n)
			.map(|c| ((at(&self.class_docs, c) + 1.0) / (docs + n as f64)).ln())
			.collect();
		for token in tokens(text) {
			if let Some(counts) = self.vocabulary.get(&token) {
				for (c, score) in scores.iter_mut().enumerate() {
					*score += ((at(counts, c) + 1.0) / (at(&self.class_tokens, c) + v)).ln();
				}
			}
		}
		let best = scores.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
		let exp: Vec<f64> = scores.iter().map(|s| (s - best).exp()).collect();
		let total: f64 = exp.iter().sum();
		let class = (0..n).fold(0, |b, c| if scores[c] > scores[b] { c } else { b });
		Prediction {
			label: self.classes.get(class).cloned().unwrap_or_default(),
			class,
			probabilities: (0..n)
				.map(|c| (self.classes[c].clone(), ((exp[c] / total) * 1e6).round() / 1e6))
				.collect(),
		}
	}

	pub fn to_bytes(&self) -> Vec<u8> {
		serde_json::to_vec_pretty(self).expect("a model always serialises")
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn examples() -> Vec<(String, usize)> {
		[
			("great film loved it", 0),
			("loved the music", 0),
			("terrible boring film", 1),
			("boring and slow", 1),
		]
		.into_iter()
		.map(|(t, c)| (t.to_string(), c))
		.collect()
	}

	#[test]
	fn learns_the_obvious_and_is_deterministic() {
		let a = Model::train(1, 2, vec!["pos".into(), "neg".into()], &examples());
		let b = Model::train(1, 2, vec!["pos".into(), "neg".into()], &examples());
		assert_eq!(a.to_bytes(), b.to_bytes());
		assert_eq!(a.predict("I loved it").label, "pos");
		assert_eq!(a.predict("so boring").label, "neg");
		let p = a.predict("loved");
		assert!((p.probabilities.values().sum::<f64>() - 1.0).abs() < 1e-5);
	}

	#[test]
	fn malformed_model_file_is_refused_not_panicking() {
		let good = Model::train(1, 2, vec!["pos".into(), "neg".into()], &examples());
		assert_eq!(Model::from_bytes(&good.to_bytes()), Ok(good.clone()));
		// Not JSON at all.
		assert!(Model::from_bytes(b"{ this is not json")
			.unwrap_err()
			.starts_with("not a model file"));
		// JSON, but another kind of file.
		assert!(Model::from_bytes(b"{}").is_err());
		// A model whose counts do not match its classes: the old gateway indexed past their end
		// in `predict` and the provider task panicked on the first call.
		let mut short = good.clone();
		short.vocabulary.insert("loved".into(), vec![1]);
		let err = Model::from_bytes(&short.to_bytes()).unwrap_err();
		assert!(err.contains("token \"loved\" has 1 counts for 2 classes"), "{err}");
		assert!(
			std::panic::catch_unwind(|| short.predict("loved it")).is_ok(),
			"predict never panics"
		);
		let mut docs = good.clone();
		docs.class_docs.pop();
		assert!(Model::from_bytes(&docs.to_bytes()).is_err());
		assert!(std::panic::catch_unwind(|| docs.predict("great")).is_ok());
		let mut none = good.clone();
		(none.classes, none.class_docs, none.class_tokens, none.vocabulary) =
			(vec![], vec![], vec![], BTreeMap::new());
		assert!(Model::from_bytes(&none.to_bytes()).is_err());
		let mut kind = good;
		kind.kind = "something-else".into();
		assert!(Model::from_bytes(&kind.to_bytes()).is_err());
	}

	#[test]
	fn unknown_words_fall_back_to_the_prior() {
		let m = Model::train(
			1,
			2,
			vec!["pos".into(), "neg".into()],
			&[("good".into(), 0), ("fine".into(), 0), ("bad".into(), 1)],
		);
		assert_eq!(m.predict("zzz qqq").label, "pos");
	}
}
