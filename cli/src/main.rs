//! `khabar`: the structure of Arabic news pages kept as plain text, on the
//! command line. `khabar parse` prints a page's outline or JSON; `khabar
//! clean` structures and cleans JSON-lines corpus shards.

#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod clean;
mod input;
mod output;
mod parse;
mod record;
mod rules;
mod sites;
mod stats;

/// Recovers the structure of Arabic news pages kept as plain text:
/// articles (title, paragraphs, read-also blocks, sources, bylines, tags)
/// and related-headline blocks, every piece with its byte span.
#[derive(Debug, Parser)]
#[command(name = "khabar", version, propagate_version = true, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

const EXAMPLES: &str = "\
Examples:
  khabar parse page.txt
  khabar clean shard.jsonl.zst -o shard.khabar.jsonl.zst --stats shard.stats.json

`khabar parse --help` and `khabar clean --help` say more.";

#[derive(Debug, Subcommand)]
enum Command {
    Parse(parse::Args),
    // Boxed: its options outweigh `parse`'s many times over.
    Clean(Box<clean::Args>),
}

/// `n` and the noun, singular or plural: "1 article", "2 articles".
fn count(n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { one } else { many })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Parse(args) => parse::run(args),
        Command::Clean(args) => clean::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(reason) => {
            eprintln!("khabar: error: {reason}");
            ExitCode::FAILURE
        }
    }
}
