//! `startklar-pack check FILE…`: checks content packs with the decoder the
//! widget and the build use, for authors' continuous integration.
//!
//! One line per problem, `FILE:LINE:COLUMN: POINTER: MESSAGE` (a syntax
//! error or a file over the size limit has no pointer), and
//! `FILE: ok (lang xx, 8 cases)` for a valid pack. Exit status: 0 when every
//! pack is valid, 1 when one is not, 2 for a usage error or a file that
//! cannot be read.

use std::process::ExitCode;

use startklar::content::json::line_column;
use startklar::content::pack;

const USAGE: &str = "\
Usage: startklar-pack check FILE...

Checks Startklar content packs (JSON) with the same rules as the widget.
Prints FILE:LINE:COLUMN: POINTER: MESSAGE for each problem and
FILE: ok (lang xx, 8 cases) for each valid pack.
Exit status: 0 all valid, 1 a pack is invalid, 2 usage or read error.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.split_first() {
        Some((command, files)) if command == "check" && !files.is_empty() => check(files),
        Some((flag, _)) if flag == "--help" || flag == "-h" => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn check(files: &[String]) -> ExitCode {
    let mut status = ExitCode::SUCCESS;
    let mut unreadable = false;
    for file in files {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(error) => {
                eprintln!("{file}: cannot read: {error}");
                unreadable = true;
                continue;
            }
        };
        match pack::decode_with_fallback(&text) {
            Ok((content, _)) => println!(
                "{file}: ok (lang {}, {} cases)",
                content.lang,
                content.cases.len()
            ),
            Err(rejected) => {
                status = ExitCode::from(1);
                for problem in &rejected.problems {
                    let (line, column) = line_column(&text, problem.offset);
                    match &problem.pointer {
                        Some(pointer) => {
                            println!("{file}:{line}:{column}: {pointer}: {}", problem.message)
                        }
                        None => println!("{file}:{line}:{column}: {}", problem.message),
                    }
                }
            }
        }
    }
    if unreadable {
        ExitCode::from(2)
    } else {
        status
    }
}
