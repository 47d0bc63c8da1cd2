//! Folds text with the matching preset: reads stdin, writes one folded
//! line per input line on stdout, so anyone can see what khabar compares.
//!
//! ```text
//! echo 'إقرأ أيضـــاً: غـ ، ـزة' | cargo run --example fold
//! اقرا ايضا: غزه
//! ```

use std::io::{self, BufRead, Write};

use khabar::fold::Folder;

fn main() -> io::Result<()> {
    let folder = Folder::matching();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for line in io::stdin().lock().lines() {
        writeln!(out, "{}", folder.fold(&line?))?;
    }
    out.flush()
}
