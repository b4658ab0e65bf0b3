//! Every relative link and file reference in the repository's Markdown files
//! resolves, and so does every `docs/….md` that another text file names.
//!
//! Checked, in every `*.md` outside hidden and git-ignored folders:
//! - Markdown links and reference definitions (`[text](docs/formats.md#share-link)`,
//!   `[x](../ARCHITECTURE.md)`, `[x]: path`), relative to the file's folder;
//!   a leading `/` means the repository root. External links are skipped.
//! - Inline-code paths (`src/model/quiz.rs`, `tests/e2e/`): a code span made
//!   only of path characters that contains a `/` and ends in an extension or
//!   a `/`, or names a `.md` file. They are read from the file's folder when
//!   they start with `./` or `../` or exist there, else from the repository root.
//! - `#anchor`s into a Markdown file must name one of its headings (GitHub's
//!   slugs) or an `id`.
//!
//! In every other text file, `docs/….md` (with an optional `#anchor`) is
//! checked from the repository root.
//!
//! Paths inside what `.gitignore` lists (`dist/`, `target/`, …) are made by a
//! build or a run, so they are not checked.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::path::{Component, Path, PathBuf};

/// How a reference was written, which decides where it is resolved from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A Markdown link or reference definition: from the file's folder.
    Link,
    /// A path in an inline code span: from the root unless `./` or `../`.
    CodePath,
    /// A `docs/….md` in a file that is not Markdown: from the root.
    DocsPath,
}

/// One reference: the line it is on and the target as written.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Reference {
    line: usize,
    kind: Kind,
    target: String,
}

impl Reference {
    fn new(line: usize, kind: Kind, target: &str) -> Self {
        Reference {
            line,
            kind,
            target: target.to_string(),
        }
    }
}

/// GitHub's heading anchor: lower case, punctuation dropped except `-` and
/// `_`, each space a `-`. Link targets and code marks in the heading vanish
/// as they do when it is rendered.
fn slug(heading: &str) -> String {
    let mut text = String::new();
    let mut rest = heading;
    while let Some(start) = rest.find("](") {
        text.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        rest = after.find(')').map_or("", |end| &after[end + 1..]);
    }
    text.push_str(rest);
    text.trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}

/// The lines of a Markdown text with fenced code blocks blanked out, so that
/// line numbers stay and nothing inside a fence counts as a link or heading.
fn prose_lines(text: &str) -> Vec<&str> {
    let mut fence: Option<(char, usize)> = None;
    text.lines()
        .map(|line| {
            let trimmed = line.trim_start();
            let mark = trimmed.chars().next().filter(|c| *c == '`' || *c == '~');
            let run = mark.map_or(0, |m| trimmed.chars().take_while(|c| *c == m).count());
            match (fence, mark) {
                (None, Some(m)) if run >= 3 => {
                    fence = Some((m, run));
                    ""
                }
                (Some((f, n)), Some(m))
                    if m == f && run >= n && trimmed[run..].trim().is_empty() =>
                {
                    fence = None;
                    ""
                }
                (Some(_), _) => "",
                (None, _) => line,
            }
        })
        .collect()
}

/// Every heading anchor and `id="…"` of a Markdown text, numbered like
/// GitHub when a heading repeats (`name`, `name-1`, …).
fn anchors(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for line in prose_lines(text) {
        let trimmed = line.trim_start();
        let level = trimmed.chars().take_while(|c| *c == '#').count();
        let rest = &trimmed[level..];
        if (1..=6).contains(&level) && (rest.is_empty() || rest.starts_with(' ')) {
            let title = rest.trim().trim_end_matches('#');
            let base = slug(title);
            let count = seen.entry(base.clone()).or_insert(0);
            found.insert(if *count == 0 {
                base.clone()
            } else {
                format!("{base}-{count}")
            });
            *count += 1;
        }
        for quote in ["id=\"", "name=\""] {
            for (at, _) in line.match_indices(quote) {
                let value = &line[at + quote.len()..];
                if let Some(end) = value.find('"') {
                    found.insert(value[..end].to_string());
                }
            }
        }
    }
    found
}

/// Does an inline code span name a file or folder of the repository?
fn looks_like_path(span: &str) -> bool {
    let path = span.split('#').next().unwrap_or_default();
    let path_chars = span
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "_-./#".contains(c));
    let last = path.rsplit('/').next().unwrap_or_default();
    let extension = last.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty() && !ext.is_empty() && ext.chars().all(|c| c.is_ascii_alphanumeric())
    });
    path_chars
        && !path.starts_with('/')
        && !path.contains("//")
        && ((path.contains('/') && (path.ends_with('/') || extension))
            || (extension && path.ends_with(".md")))
}

/// The link target of `](…` starting right after the `(`: angle brackets
/// and a title are dropped, balanced parentheses kept. Returns the target
/// and how many bytes it took.
fn link_target(rest: &str) -> (&str, usize) {
    if let Some(inner) = rest.strip_prefix('<') {
        let end = inner.find('>').unwrap_or(inner.len());
        return (&inner[..end], end + 1);
    }
    let mut depth = 0usize;
    for (at, c) in rest.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return (&rest[..at], at),
            ')' => depth -= 1,
            c if c.is_whitespace() => return (&rest[..at], at),
            _ => {}
        }
    }
    (rest, rest.len())
}

/// The links and code-span paths of a Markdown text, in order.
fn markdown_references(text: &str) -> Vec<Reference> {
    let lines = prose_lines(text);
    let mut found = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let Some(label) = trimmed.strip_prefix('[').filter(|l| !l.starts_with('^')) else {
            continue;
        };
        let definition = label
            .find(']')
            .and_then(|end| label[end + 1..].strip_prefix(':'));
        if let Some(definition) = definition {
            let target = definition.split_whitespace().next().unwrap_or_default();
            found.push(Reference::new(
                index + 1,
                Kind::Link,
                target.trim_matches(['<', '>']),
            ));
        }
    }
    let prose = lines.join("\n");
    let line_at = |at: usize| prose[..at].matches('\n').count() + 1;
    let bytes = prose.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 2,
            b'`' => {
                let run = bytes[at..].iter().take_while(|b| **b == b'`').count();
                let fence = &prose[at..at + run];
                let mut search = at + run;
                let mut close = None;
                while let Some(offset) = prose[search..].find(fence) {
                    let start = search + offset;
                    let len = bytes[start..].iter().take_while(|b| **b == b'`').count();
                    if len == run {
                        close = Some(start);
                        break;
                    }
                    search = start + len;
                }
                match close {
                    Some(end) => {
                        let span = prose[at + run..end].replace('\n', " ");
                        if looks_like_path(span.trim()) {
                            found.push(Reference::new(line_at(at), Kind::CodePath, span.trim()));
                        }
                        at = end + run;
                    }
                    None => at += run,
                }
            }
            b']' if bytes.get(at + 1) == Some(&b'(') => {
                let (target, used) = link_target(&prose[at + 2..]);
                found.push(Reference::new(line_at(at), Kind::Link, target));
                at += 2 + used;
            }
            _ => at += 1,
        }
    }
    found.sort_by_key(|r| r.line);
    found
}

/// Every `docs/….md` (with its `#anchor`) in a text that is not Markdown.
fn docs_references(text: &str) -> Vec<Reference> {
    let path_char = |c: char| c.is_ascii_alphanumeric() || "_-./".contains(c);
    let mut found = Vec::new();
    for (index, line) in text.lines().enumerate() {
        for (at, _) in line.match_indices("docs/") {
            if line[..at].chars().next_back().is_some_and(path_char) {
                continue;
            }
            let rest = &line[at..];
            let path_end = rest.find(|c| !path_char(c)).unwrap_or(rest.len());
            let path = rest[..path_end].trim_end_matches('.');
            if !path.ends_with(".md") {
                continue;
            }
            let mut target = path.to_string();
            if let Some(anchor) = rest[path_end..]
                .strip_prefix('#')
                .filter(|_| path.len() == path_end)
            {
                let end = anchor
                    .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
                    .unwrap_or(anchor.len());
                target = format!("{path}#{}", &anchor[..end]);
            }
            found.push(Reference::new(index + 1, Kind::DocsPath, &target));
        }
    }
    found
}

/// `%20` and friends in a link target, decoded.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let hex = text
            .get(at + 1..at + 3)
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[at], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                at += 3;
            }
            (byte, _) => {
                out.push(byte);
                at += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `a/b/../c` → `a/c`, without touching the disk; `None` above the root.
fn normalize(path: &Path) -> Option<PathBuf> {
    let mut parts: Vec<&std::ffi::OsStr> = Vec::new();
    for part in path.components() {
        match part {
            Component::Normal(name) => parts.push(name),
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::CurDir | Component::RootDir | Component::Prefix(_) => {}
        }
    }
    Some(parts.iter().collect())
}

/// `*` in a `.gitignore` pattern: any run of characters within one name.
fn glob(pattern: &str, name: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == name,
        Some((head, tail)) => {
            name.starts_with(head)
                && (head.len()..=name.len())
                    .any(|cut| name.is_char_boundary(cut) && glob(tail, &name[cut..]))
        }
    }
}

/// A repository: its root and the patterns of its `.gitignore`.
struct Repo {
    root: PathBuf,
    ignored: Vec<String>,
}

impl Repo {
    fn open(root: &Path) -> Self {
        let ignored = fs::read_to_string(root.join(".gitignore"))
            .unwrap_or_default()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with('!'))
            .map(|l| l.trim_end_matches('/').to_string())
            .collect();
        Repo {
            root: root.to_path_buf(),
            ignored,
        }
    }

    /// Is this path (relative to the root) made by a build or a run, i.e.
    /// inside something `.gitignore` lists?
    fn is_generated(&self, relative: &Path) -> bool {
        let names: Vec<String> = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        (1..=names.len()).any(|depth| {
            let prefix = names[..depth].join("/");
            self.ignored
                .iter()
                .any(|pattern| match pattern.strip_prefix('/') {
                    Some(anchored) => {
                        anchored.split('/').count() == depth
                            && anchored
                                .split('/')
                                .zip(prefix.split('/'))
                                .all(|(p, n)| glob(p, n))
                    }
                    None if !pattern.contains('/') => glob(pattern, &names[depth - 1]),
                    None => pattern.split('/').count() == depth && glob(pattern, &prefix),
                })
        })
    }

    /// Every file of the repository, relative to the root: hidden and
    /// ignored entries left out.
    fn files(&self) -> Vec<PathBuf> {
        let mut found = Vec::new();
        let mut folders = vec![PathBuf::new()];
        while let Some(folder) = folders.pop() {
            let Ok(entries) = fs::read_dir(self.root.join(&folder)) else {
                continue;
            };
            for entry in entries.flatten() {
                let relative = folder.join(entry.file_name());
                if entry.file_name().to_string_lossy().starts_with('.')
                    || self.is_generated(&relative)
                {
                    continue;
                }
                match entry.file_type() {
                    Ok(kind) if kind.is_dir() => folders.push(relative),
                    Ok(kind) if kind.is_file() => found.push(relative),
                    _ => {}
                }
            }
        }
        found.sort();
        found
    }

    /// Checks every reference of every file; returns the broken ones as
    /// `file:line: target` and how many references were checked.
    fn check(&self) -> (Vec<String>, usize) {
        let mut anchor_cache: HashMap<PathBuf, BTreeSet<String>> = HashMap::new();
        let mut broken = Vec::new();
        let mut checked = 0;
        for file in self.files() {
            let Ok(text) = fs::read_to_string(self.root.join(&file)) else {
                continue; // not text
            };
            let markdown = file.extension().is_some_and(|e| e == "md");
            // This file's own tests hold broken references on purpose.
            if !markdown && file == Path::new(file!()) {
                continue;
            }
            let references = if markdown {
                markdown_references(&text)
            } else {
                docs_references(&text)
            };
            for reference in references {
                match self.resolve(&file, &reference, &mut anchor_cache) {
                    Resolution::Skipped => {}
                    Resolution::Fine => checked += 1,
                    Resolution::Broken => {
                        checked += 1;
                        broken.push(format!(
                            "{}:{}: {}",
                            file.display(),
                            reference.line,
                            reference.target
                        ));
                    }
                }
            }
        }
        (broken, checked)
    }

    fn resolve(
        &self,
        file: &Path,
        reference: &Reference,
        anchor_cache: &mut HashMap<PathBuf, BTreeSet<String>>,
    ) -> Resolution {
        let target = reference.target.as_str();
        let external = target.starts_with("//")
            || target.split_once(':').is_some_and(|(scheme, _)| {
                !scheme.is_empty()
                    && scheme
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
            });
        if target.is_empty() || external {
            return Resolution::Skipped;
        }
        let (path, anchor) = match target.split_once('#') {
            Some((path, anchor)) => (percent_decode(path), Some(anchor)),
            None => (percent_decode(target), None),
        };
        let here = file.parent().unwrap_or(Path::new(""));
        let joined = match reference.kind {
            _ if path.is_empty() => file.to_path_buf(),
            Kind::Link => match path.strip_prefix('/') {
                Some(from_root) => PathBuf::from(from_root),
                None => here.join(&path),
            },
            Kind::CodePath if path.starts_with("./") || path.starts_with("../") => here.join(&path),
            // A folder's own README names its files from that folder.
            Kind::CodePath if self.root.join(here).join(&path).exists() => here.join(&path),
            Kind::CodePath | Kind::DocsPath => PathBuf::from(&path),
        };
        let Some(relative) = normalize(&joined) else {
            return Resolution::Broken; // above the repository root
        };
        if self.is_generated(&relative) {
            return Resolution::Skipped;
        }
        let absolute = self.root.join(&relative);
        if !absolute.exists() {
            return Resolution::Broken;
        }
        match anchor {
            Some(anchor)
                if absolute.is_file() && relative.extension().is_some_and(|e| e == "md") =>
            {
                let anchors = anchor_cache
                    .entry(relative)
                    .or_insert_with(|| anchors(&fs::read_to_string(&absolute).unwrap_or_default()));
                if anchors.contains(&percent_decode(anchor)) {
                    Resolution::Fine
                } else {
                    Resolution::Broken
                }
            }
            _ => Resolution::Fine,
        }
    }
}

enum Resolution {
    Fine,
    Broken,
    Skipped,
}

#[test]
fn every_link_and_file_reference_resolves() {
    let repo = Repo::open(Path::new(env!("CARGO_MANIFEST_DIR")));
    let files = repo.files();
    for needed in [
        "README.md",
        "ARCHITECTURE.md",
        "docs/formats.md",
        "Cargo.toml",
    ] {
        assert!(
            files.contains(&PathBuf::from(needed)),
            "{needed} not among the files checked"
        );
    }
    let (broken, checked) = repo.check();
    assert!(
        checked >= 50,
        "only {checked} references found: is the scanner broken?"
    );
    assert!(
        broken.is_empty(),
        "{} broken link(s) or file reference(s):\n{}",
        broken.len(),
        broken.join("\n")
    );
}

#[test]
fn slugs_follow_github() {
    for (heading, expected) in [
        ("Quick start", "quick-start"),
        ("Theming: `::part()` names", "theming-part-names"),
        (
            "What was tuned, before → after",
            "what-was-tuned-before--after",
        ),
        (
            "Startklar — Sind Sie startklar?",
            "startklar--sind-sie-startklar",
        ),
        ("The glue's preload", "the-glues-preload"),
        ("Where the bytes are (twiggy)", "where-the-bytes-are-twiggy"),
        (
            "Stored-state format (version 1)",
            "stored-state-format-version-1",
        ),
        ("Größe & Tempo", "größe--tempo"),
        ("See [the formats](docs/formats.md)", "see-the-formats"),
        ("snake_case stays", "snake_case-stays"),
    ] {
        assert_eq!(slug(heading), expected, "{heading}");
    }
}

#[test]
fn anchors_skip_fences_and_number_repeats() {
    let text = "# Title\n\n```sh\n# not a heading\n```\n## Notes\n### Notes\n<a id=\"custom\"></a>\n#hashtag\n";
    let found: Vec<_> = anchors(text).into_iter().collect();
    assert_eq!(found, ["custom", "notes", "notes-1", "title"]);
}

#[test]
fn code_spans_that_name_paths() {
    for (span, is_path) in [
        ("src/model/quiz.rs", true),
        ("tests/e2e/", true),
        ("tests/e2e/size.test.mjs", true),
        ("docs/formats.md#share-link", true),
        ("../ARCHITECTURE.md", true),
        ("ARCHITECTURE.md", true),
        (".md", false),
        ("startklar.js", false),
        ("application/wasm", false),
        ("/usr/bin/chromium", false),
        ("~/.cargo/bin", false),
        ("tests/*.rs", false),
        ("bench/results/<timestamp>.json", false),
        ("startklar:/index.html:0", false),
        ("node --test tests/e2e/", false),
        ("index.html?lang=de", false),
        ("https://example.org/a.js", false),
    ] {
        assert_eq!(looks_like_path(span), is_path, "{span}");
    }
}

#[test]
fn markdown_references_are_found_outside_code() {
    let text = "\
See [formats](docs/formats.md#share-link) and ![logo](img/logo.png \"Logo\").
A [bracketed](<docs/with space.md>) link, a [nested](a_(b).md) one.
[ref]: ../ARCHITECTURE.md
Code `src/model/quiz.rs` and `cargo test` and `` `src/not/this.rs` `` and `tests/e2e/
split.test.mjs` over two lines.
```md
[inside](a/fence.md) `src/fenced.rs`
```
[label] [text]: not a definition
";
    let found = markdown_references(text);
    let expected = [
        Reference::new(1, Kind::Link, "docs/formats.md#share-link"),
        Reference::new(1, Kind::Link, "img/logo.png"),
        Reference::new(2, Kind::Link, "docs/with space.md"),
        Reference::new(2, Kind::Link, "a_(b).md"),
        Reference::new(3, Kind::Link, "../ARCHITECTURE.md"),
        Reference::new(4, Kind::CodePath, "src/model/quiz.rs"),
    ];
    assert_eq!(found, expected);
}

#[test]
fn docs_references_in_other_files() {
    let text = "\
# Measured in docs/size-and-speed.md#what-was-tuned-before--after: z beats s
// see (docs/a.md). and docs/b.md, not other/docs/c.md nor docs/d.png
/// docs/ alone, or docs/e.md#anchor_1.";
    let targets: Vec<_> = docs_references(text)
        .into_iter()
        .map(|r| (r.line, r.target))
        .collect();
    assert_eq!(
        targets,
        [
            (
                1,
                "docs/size-and-speed.md#what-was-tuned-before--after".to_string()
            ),
            (2, "docs/a.md".to_string()),
            (2, "docs/b.md".to_string()),
            (3, "docs/e.md#anchor_1".to_string()),
        ]
    );
}

#[test]
fn ignored_paths_are_generated() {
    let repo = Repo {
        root: PathBuf::new(),
        ignored: [
            "/target",
            "/dist",
            "/bench/results",
            "*.log",
            "node_modules",
        ]
        .map(String::from)
        .to_vec(),
    };
    for (path, generated) in [
        ("dist/index.html", true),
        ("dist", true),
        ("target/release/x.wasm", true),
        ("bench/results/1.json", true),
        ("bench/run.sh", false),
        ("src/dist/x.rs", false),
        ("build.log", true),
        ("a/b/node_modules/x.js", true),
        ("docs/formats.md", false),
    ] {
        assert_eq!(repo.is_generated(Path::new(path)), generated, "{path}");
    }
}

/// A throw-away repository on disk, removed when dropped.
struct Fixture(PathBuf);

impl Fixture {
    fn new(files: &[(&str, &str)]) -> Self {
        let root = std::env::temp_dir().join(format!("startklar-docs-test-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        for (path, text) in files {
            let path = root.join(path);
            fs::create_dir_all(path.parent().expect("a folder")).expect("fixture folder");
            fs::write(path, text).expect("fixture file");
        }
        Fixture(root)
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

#[test]
fn broken_references_are_listed_with_file_and_line() {
    let fixture = Fixture::new(&[
        (".gitignore", "/dist\n"),
        (
            "README.md",
            "# Read me\n\
             [ok](guide/a.md#first-part) [gone](guide/missing.md)\n\
             [bad anchor](guide/a.md#nowhere) [here](#read-me) [not here](#nope)\n\
             `src/lib.rs` `src/gone.rs` `dist/built.js` [web](https://example.org/x.md)\n\
             [up and out](../outside.md)\n",
        ),
        (
            "guide/a.md",
            "# First part\n[back](../README.md#read-me) [self](./a.md) `./b.md`\n",
        ),
        ("src/lib.rs", "// see docs/missing.md and guide/a.md\n"),
        ("Cargo.toml", "# docs/ok.md#top is fine\n"),
        ("docs/ok.md", "# Top\n"),
        ("dist/built.md", "[broken](but/generated.md)\n"),
    ]);
    let (broken, checked) = Repo::open(&fixture.0).check();
    assert_eq!(
        broken,
        [
            "README.md:2: guide/missing.md",
            "README.md:3: guide/a.md#nowhere",
            "README.md:3: #nope",
            "README.md:4: src/gone.rs",
            "README.md:5: ../outside.md",
            "guide/a.md:2: ./b.md",
            "src/lib.rs:1: docs/missing.md",
        ]
    );
    assert_eq!(checked, 13);
}
