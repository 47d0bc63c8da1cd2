//! Where output goes: stdout, or a file compressed as its name ends
//! (`.gz`, `.zst`).

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

/// Bytes written at once.
const BUFFER: usize = 1 << 20;

/// An output stream; [`Sink::finish`] ends it (a compressed file's last
/// frame is written there, so an error shows).
pub enum Sink {
    Plain(BufWriter<Box<dyn Write>>),
    Gzip(flate2::write::GzEncoder<BufWriter<Box<dyn Write>>>),
    Zstd(zstd::stream::write::Encoder<'static, BufWriter<Box<dyn Write>>>),
}

impl Sink {
    /// Creates `path`, compressed as its name ends, or stdout for `None`.
    pub fn create(path: Option<&Path>) -> io::Result<Sink> {
        let Some(path) = path else {
            return Ok(Sink::Plain(BufWriter::with_capacity(BUFFER, Box::new(io::stdout().lock()))));
        };
        let file: Box<dyn Write> = Box::new(File::create(path)?);
        let file = BufWriter::with_capacity(BUFFER, file);
        Ok(match path.extension().and_then(|e| e.to_str()) {
            Some("gz") => Sink::Gzip(flate2::write::GzEncoder::new(file, flate2::Compression::default())),
            Some("zst" | "zstd") => Sink::Zstd(zstd::stream::write::Encoder::new(file, 0)?),
            _ => Sink::Plain(file),
        })
    }

    /// Writes what is left and ends the stream.
    pub fn finish(self) -> io::Result<()> {
        match self {
            Sink::Plain(mut w) => w.flush(),
            Sink::Gzip(w) => w.finish()?.flush(),
            Sink::Zstd(w) => w.finish()?.flush(),
        }
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Plain(w) => w.write(buf),
            Sink::Gzip(w) => w.write(buf),
            Sink::Zstd(w) => w.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Sink::Plain(w) => w.write_all(buf),
            Sink::Gzip(w) => w.write_all(buf),
            Sink::Zstd(w) => w.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Plain(w) => w.flush(),
            Sink::Gzip(w) => w.flush(),
            Sink::Zstd(w) => w.flush(),
        }
    }
}
