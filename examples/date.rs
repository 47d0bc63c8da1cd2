//! Reads date lines on stdin and prints, for each, `ISO<TAB>line`, so
//! date lines from pages never seen can be checked by eye (below, `→`
//! stands for the tab).
//!
//! ```text
//! printf 'نشر في: 12 مارس 2024 - 10:45 م\nمنذ 3 ساعات\n' | cargo run --example date
//! 2024-03-12 → نشر في: 12 مارس 2024 - 10:45 م
//! REL:-PT3H → منذ 3 ساعات
//! ```
//!
//! The first column is the Gregorian date in ISO 8601 (`2024-03-12`, or
//! `--03-15` without a year); `HIJRI:1446-07-12` when only a Hijri date
//! is given; `REL:-PT3H` (a negative ISO 8601 duration) for a relative
//! time; `T22:45` for a time alone; `-` when the line is no date line.

use std::io::{self, BufRead, Write};

fn main() -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for line in io::stdin().lock().lines() {
        let line = line?;
        let iso = match khabar::parse_date(&line) {
            Ok(d) => match (d.gregorian(), d.hijri(), d.relative(), d.time()) {
                (Some(g), ..) => g.to_string(),
                (None, Some(h), ..) => format!("HIJRI:{h}"),
                (None, None, Some(r), _) => format!("REL:{r}"),
                (None, None, None, Some(t)) => format!("T{t}"),
                (None, None, None, None) => "-".to_owned(),
            },
            Err(_) => "-".to_owned(),
        };
        writeln!(out, "{iso}\t{line}")?;
    }
    out.flush()
}
