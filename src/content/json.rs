//! A small JSON parser for content packs: values keep their byte offset in
//! the source, so that every problem can be named by line and column.
//!
//! Shared by the build (`build.rs` includes it), the widget (a pack fetched
//! at run time) and the native `startklar-pack` command. No dependencies:
//! serde_json would cost the widget more bytes than this file.

/// The deepest nesting accepted; a content pack needs four levels.
const MAX_DEPTH: usize = 32;

/// A JSON value and where it starts in the source.
#[derive(Debug, Clone, PartialEq)]
pub struct Value {
    /// Byte offset of the value's first character.
    pub offset: usize,
    /// What it is.
    pub kind: Kind,
}

/// The kinds of JSON value. Numbers are kept as written: packs never need
/// their value, only that one stands where a text should.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// `null`
    Null,
    /// `true` or `false`
    Bool(bool),
    /// A number, as written.
    Number(String),
    /// A string, unescaped.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object: its members in source order, each key with its offset.
    Object(Vec<(String, usize, Value)>),
}

impl Kind {
    /// The kind's name for messages: "a string", "an object", ….
    pub fn name(&self) -> &'static str {
        match self {
            Kind::Null => "null",
            Kind::Bool(_) => "a boolean",
            Kind::Number(_) => "a number",
            Kind::String(_) => "a string",
            Kind::Array(_) => "an array",
            Kind::Object(_) => "an object",
        }
    }
}

/// A syntax error: what was expected, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// Byte offset of the problem.
    pub offset: usize,
    /// What is wrong, e.g. "expected ',' or '}'".
    pub message: String,
}

/// Parses `text` as one JSON value (RFC 8259; a leading byte-order mark is
/// allowed). Duplicate keys are an error: a pack must say one thing once.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        at: usize::from(text.starts_with('\u{feff}')) * 3,
    };
    let value = parser.value(0)?;
    parser.space();
    if parser.at < parser.bytes.len() {
        return Err(parser.error("unexpected text after the JSON value"));
    }
    Ok(value)
}

/// `text` in double quotes for a console message: `"` and `\\` escaped,
/// control characters as `\\u{…}`. Written out rather than `{:?}`, whose
/// Unicode tables would cost the widget about 1 KB.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {
                out.push_str("\\u{");
                out.push_str(&format!("{:x}", u32::from(c)));
                out.push('}');
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Writes `kind` as JSON indented by two spaces per level (`depth` levels
/// in already), strings as [`literal`]s: the layout of the built-in packs.
pub fn write_pretty(kind: &Kind, depth: usize, out: &mut String) {
    match kind {
        Kind::Null => out.push_str("null"),
        Kind::Bool(flag) => out.push_str(if *flag { "true" } else { "false" }),
        Kind::Number(number) => out.push_str(number),
        Kind::String(text) => out.push_str(&literal(text)),
        Kind::Array(items) => write_list(('[', ']'), items, depth, out, |item, out| {
            write_pretty(&item.kind, depth + 1, out)
        }),
        Kind::Object(members) => write_list(('{', '}'), members, depth, out, |member, out| {
            let (key, _, value) = member;
            out.push_str(&literal(key));
            out.push_str(": ");
            write_pretty(&value.kind, depth + 1, out);
        }),
    }
}

/// `items` between `brackets`, one per line, comma-separated.
fn write_list<T>(
    brackets: (char, char),
    items: &[T],
    depth: usize,
    out: &mut String,
    write_item: impl Fn(&T, &mut String),
) {
    let indent = |out: &mut String, depth: usize| {
        out.push('\n');
        out.push_str(&"  ".repeat(depth));
    };
    out.push(brackets.0);
    for (index, item) in items.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        indent(out, depth + 1);
        write_item(item, out);
    }
    if !items.is_empty() {
        indent(out, depth);
    }
    out.push(brackets.1);
}

/// `text` as a JSON string: `"`, `\` and control characters escaped,
/// everything else as it is (UTF-8).
pub fn literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The 1-based line and column (in characters) of byte `offset` in `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = &text[..end];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    (line, before[line_start..].chars().count() + 1)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn error(&self, message: &str) -> SyntaxError {
        SyntaxError {
            offset: self.at,
            message: message.to_string(),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        self.at += usize::from(found);
        found
    }

    fn value(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        self.space();
        let offset = self.at;
        let kind = match self.peek() {
            Some(b'{') => self.object(depth)?,
            Some(b'[') => self.array(depth)?,
            Some(b'"') => Kind::String(self.string()?),
            Some(b't') => self.word("true", Kind::Bool(true))?,
            Some(b'f') => self.word("false", Kind::Bool(false))?,
            Some(b'n') => self.word("null", Kind::Null)?,
            Some(b'-' | b'0'..=b'9') => self.number()?,
            Some(_) => return Err(self.error("expected a JSON value")),
            None => return Err(self.error("unexpected end of the file")),
        };
        Ok(Value { offset, kind })
    }

    fn nested(&self, depth: usize) -> Result<usize, SyntaxError> {
        if depth >= MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        Ok(depth + 1)
    }

    fn object(&mut self, depth: usize) -> Result<Kind, SyntaxError> {
        let depth = self.nested(depth)?;
        self.at += 1;
        let mut members: Vec<(String, usize, Value)> = Vec::new();
        self.space();
        if self.eat(b'}') {
            return Ok(Kind::Object(members));
        }
        loop {
            self.space();
            let key_offset = self.at;
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a key in double quotes"));
            }
            let key = self.string()?;
            if members.iter().any(|(other, _, _)| *other == key) {
                return Err(SyntaxError {
                    offset: key_offset,
                    message: format!("the key {} appears twice", quote(&key)),
                });
            }
            self.space();
            if !self.eat(b':') {
                return Err(self.error("expected ':' after the key"));
            }
            let value = self.value(depth)?;
            members.push((key, key_offset, value));
            self.space();
            if self.eat(b'}') {
                return Ok(Kind::Object(members));
            }
            if !self.eat(b',') {
                return Err(self.error("expected ',' or '}'"));
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Kind, SyntaxError> {
        let depth = self.nested(depth)?;
        self.at += 1;
        let mut items = Vec::new();
        self.space();
        if self.eat(b']') {
            return Ok(Kind::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            self.space();
            if self.eat(b']') {
                return Ok(Kind::Array(items));
            }
            if !self.eat(b',') {
                return Err(self.error("expected ',' or ']'"));
            }
        }
    }

    fn word(&mut self, word: &str, kind: Kind) -> Result<Kind, SyntaxError> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(kind)
        } else {
            Err(self.error("expected a JSON value"))
        }
    }

    fn number(&mut self) -> Result<Kind, SyntaxError> {
        let start = self.at;
        self.eat(b'-');
        let digits = |parser: &mut Self| {
            let from = parser.at;
            while matches!(parser.peek(), Some(b'0'..=b'9')) {
                parser.at += 1;
            }
            parser.at > from
        };
        let leading_zero = self.peek() == Some(b'0');
        if !digits(self)
            || (leading_zero && self.at - start > 1 + usize::from(self.bytes[start] == b'-'))
        {
            return Err(self.error("invalid number"));
        }
        if self.eat(b'.') && !digits(self) {
            return Err(self.error("invalid number"));
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            if !digits(self) {
                return Err(self.error("invalid number"));
            }
        }
        Ok(Kind::Number(self.text[start..self.at].to_string()))
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let run = self.at;
            while matches!(self.peek(), Some(byte) if byte != b'"' && byte != b'\\' && byte >= 0x20)
            {
                self.at += 1;
            }
            // The run ends at an ASCII byte, so it is whole UTF-8.
            out.push_str(&self.text[run..self.at]);
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    out.push(self.escape()?);
                }
                Some(_) => {
                    return Err(self
                        .error("control character in a string (write it as \\n, \\t or \\u00XX)"))
                }
                None => return Err(self.error("unterminated string")),
            }
        }
    }

    fn escape(&mut self) -> Result<char, SyntaxError> {
        let byte = self
            .peek()
            .ok_or_else(|| self.error("unterminated string"))?;
        self.at += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                if (0xDC00..0xE000).contains(&first) {
                    return Err(self.error("lone surrogate in \\u escape"));
                }
                if (0xD800..0xDC00).contains(&first) {
                    if !(self.eat(b'\\') && self.eat(b'u')) {
                        return Err(self.error("lone surrogate in \\u escape"));
                    }
                    let second = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&second) {
                        return Err(self.error("lone surrogate in \\u escape"));
                    }
                    let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                    char::from_u32(code).ok_or_else(|| self.error("invalid \\u escape"))?
                } else {
                    char::from_u32(first).ok_or_else(|| self.error("invalid \\u escape"))?
                }
            }
            _ => {
                self.at -= 1;
                return Err(self.error("invalid escape in a string"));
            }
        })
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .filter(|digits| digits.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error("expected four hex digits after \\u"))?;
        self.at += 4;
        u32::from_str_radix(digits, 16).map_err(|_| self.error("invalid \\u escape"))
    }
}
