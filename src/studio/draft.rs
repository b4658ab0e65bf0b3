//! The studio's draft: a content pack as a JSON tree, edited field by field,
//! written back as the pretty JSON an author exports. Pure; no yew.

use crate::content::json::{self, Kind, Value};

/// The limits and descriptions of the published schema, looked up by a
/// pack's JSON pointer.
pub struct Schema(Value);

impl Schema {
    /// The schema shipped as `startklar-content.schema.json`.
    pub fn bundled() -> Option<Schema> {
        json::parse(include_str!("../../content/startklar-content.schema.json"))
            .ok()
            .map(Schema)
    }

    /// The longest text allowed at `pointer` (e.g. `/cases/0/question`).
    pub fn max_length(&self, pointer: &str) -> Option<usize> {
        match &self.at(pointer)?.kind {
            Kind::Object(members) => members
                .iter()
                .find_map(|(key, _, value)| match &value.kind {
                    Kind::Number(n) if key == "maxLength" => n.parse().ok(),
                    _ => None,
                }),
            _ => None,
        }
    }

    fn at(&self, pointer: &str) -> Option<&Value> {
        let mut schema = &self.0;
        for part in pointer.split('/').skip(1) {
            schema = self.resolve(schema)?;
            let key = if part.bytes().all(|b| b.is_ascii_digit()) {
                "items"
            } else {
                schema = member(schema, "properties")?;
                part
            };
            schema = member(schema, key)?;
        }
        self.resolve(schema)
    }

    /// `schema` itself, or the `$defs` entry its `$ref` names.
    fn resolve<'a>(&'a self, schema: &'a Value) -> Option<&'a Value> {
        match member(schema, "$ref").map(|value| &value.kind) {
            Some(Kind::String(reference)) => {
                let name = reference.rsplit('/').next()?;
                member(member(&self.0, "$defs")?, name)
            }
            _ => Some(schema),
        }
    }
}

/// The member `key` of an object value.
pub fn member<'a>(value: &'a Value, key: &str) -> Option<&'a Value> {
    match &value.kind {
        Kind::Object(members) => members
            .iter()
            .find(|(name, _, _)| name == key)
            .map(|(_, _, value)| value),
        _ => None,
    }
}

/// The value at JSON pointer `pointer`.
pub fn at<'a>(value: &'a Value, pointer: &str) -> Option<&'a Value> {
    pointer
        .split('/')
        .skip(1)
        .try_fold(value, |value, part| match &value.kind {
            Kind::Object(_) => member(value, part),
            Kind::Array(items) => part.parse::<usize>().ok().and_then(|i| items.get(i)),
            _ => None,
        })
}

fn at_mut<'a>(value: &'a mut Value, pointer: &str) -> Option<&'a mut Value> {
    pointer
        .split('/')
        .skip(1)
        .try_fold(value, |value, part| match &mut value.kind {
            Kind::Object(members) => members
                .iter_mut()
                .find(|(name, _, _)| name == part)
                .map(|(_, _, value)| value),
            Kind::Array(items) => part.parse::<usize>().ok().and_then(|i| items.get_mut(i)),
            _ => None,
        })
}

/// The text at `pointer`, if there is one.
pub fn text_at<'a>(value: &'a Value, pointer: &str) -> Option<&'a str> {
    match &at(value, pointer)?.kind {
        Kind::String(text) => Some(text),
        _ => None,
    }
}

/// Sets the text at `pointer`; a pointer to no text changes nothing.
pub fn set_text(value: &mut Value, pointer: &str, text: &str) {
    if let Some(Value {
        kind: Kind::String(old),
        ..
    }) = at_mut(value, pointer)
    {
        *old = text.to_string();
    }
}

fn string(text: &str) -> Value {
    Value {
        offset: 0,
        kind: Kind::String(text.to_string()),
    }
}

/// Gives the object at `pointer` a link `key` with empty texts, or removes it.
pub fn toggle_link(value: &mut Value, pointer: &str, key: &str) {
    if let Some(Value {
        kind: Kind::Object(members),
        ..
    }) = at_mut(value, pointer)
    {
        if let Some(index) = members.iter().position(|(name, _, _)| name == key) {
            members.remove(index);
        } else {
            let link = Kind::Object(vec![
                ("href".into(), 0, string("")),
                ("label".into(), 0, string("")),
            ]);
            members.push((
                key.into(),
                0,
                Value {
                    offset: 0,
                    kind: link,
                },
            ));
        }
    }
}

/// Every text of the draft with its pointer, in the pack's order; the
/// `fallback` section (not shown by the widget) and the format are left out.
pub fn texts(value: &Value) -> Vec<(String, String)> {
    fn walk(pointer: String, value: &Value, out: &mut Vec<(String, String)>) {
        match &value.kind {
            Kind::String(text) => out.push((pointer, text.clone())),
            Kind::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    walk(format!("{pointer}/{index}"), item, out);
                }
            }
            Kind::Object(members) => {
                for (key, _, member) in members {
                    if !matches!(key.as_str(), "$schema" | "format" | "fallback") {
                        walk(format!("{pointer}/{key}"), member, out);
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(String::new(), value, &mut out);
    out
}

/// The draft as the pretty JSON of an exported pack: two spaces, UTF-8,
/// `"$schema"` first (added if missing), a final newline.
pub fn to_json(value: &Value) -> String {
    let mut out = String::new();
    match &value.kind {
        Kind::Object(members) if member(value, "$schema").is_none() => {
            let mut with_schema = vec![(
                "$schema".to_string(),
                0,
                string("../startklar-content.schema.json"),
            )];
            with_schema.extend(members.iter().cloned());
            json::write_pretty(&Kind::Object(with_schema), 0, &mut out);
        }
        kind => json::write_pretty(kind, 0, &mut out),
    }
    out.push('\n');
    out
}

/// The file name an exported pack gets: `startklar-<lang>.json`.
pub fn file_name(value: &Value) -> String {
    let lang = text_at(value, "/lang")
        .filter(|lang| crate::model::is_well_formed_tag(lang))
        .unwrap_or("pack");
    format!("startklar-{lang}.json")
}
