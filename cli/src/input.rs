//! Opening an input: a file or stdin, decompressed when its first bytes
//! are gzip's or zstd's (whatever its name), and decoded to UTF-8 from the
//! encoding asked for or detected.

use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use encoding_rs::{Decoder, Encoding, UTF_8};

/// One input as the user named it: a path, or `-` for stdin.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    path: Option<PathBuf>,
    /// Stdin's bytes, once [`Input::buffer`] has read them.
    buffered: Option<Arc<[u8]>>,
}

impl Input {
    /// The inputs of a command line: stdin when none is named.
    pub fn all(named: &[PathBuf]) -> Vec<Input> {
        if named.is_empty() {
            return vec![Input { path: None, buffered: None }];
        }
        let input = |p: &PathBuf| Input { path: (p.as_os_str() != "-").then(|| p.clone()), buffered: None };
        named.iter().map(input).collect()
    }

    /// The file, or `None` for stdin.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Reads stdin into memory, as it comes (compressed or not), so that
    /// [`open`] can read it more than once; a file already can be.
    pub fn buffer(&mut self) -> io::Result<()> {
        if self.path.is_none() && self.buffered.is_none() {
            let mut bytes = Vec::new();
            io::stdin().lock().read_to_end(&mut bytes)?;
            self.buffered = Some(bytes.into());
        }
        Ok(())
    }
}

impl fmt::Display for Input {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.path {
            Some(path) => write!(f, "{}", path.display()),
            None => f.write_str("<stdin>"),
        }
    }
}

/// `--encoding`: detected, or the one the user names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EncodingChoice {
    /// [`khabar::detect`] on the first [`khabar::SNIFF_LEN`] bytes.
    Auto,
    /// This one, unless a byte-order mark says otherwise.
    Named(&'static Encoding),
}

impl FromStr for EncodingChoice {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        if s.eq_ignore_ascii_case("auto") {
            return Ok(EncodingChoice::Auto);
        }
        Encoding::for_label(s.as_bytes()).map(EncodingChoice::Named).ok_or_else(|| {
            format!("unknown encoding {s:?} (auto, utf-8, utf-16le, utf-16be, windows-1256, iso-8859-6, ...)")
        })
    }
}

/// How an input was stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Compression {
    Plain,
    Gzip,
    Zstd,
}

impl fmt::Display for Compression {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Compression::Plain => "plain",
            Compression::Gzip => "gzip",
            Compression::Zstd => "zstd",
        })
    }
}

impl Compression {
    /// Told by the first bytes: `1f 8b` for gzip, `28 b5 2f fd` for zstd.
    fn sniff(head: &[u8]) -> Compression {
        if head.starts_with(&[0x1f, 0x8b]) {
            Compression::Gzip
        } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            Compression::Zstd
        } else {
            Compression::Plain
        }
    }
}

/// An input opened for reading: UTF-8 bytes, and what was done to get them.
pub struct Opened {
    /// The text, in UTF-8 when decoded from another encoding; bytes as
    /// stored when the input is UTF-8 (invalid lines are the reader's to
    /// report).
    pub text: Box<dyn BufRead>,
    pub compression: Compression,
    pub encoding: &'static Encoding,
    /// Characters that could not be decoded and became U+FFFD, so far.
    pub undecodable: Arc<AtomicU64>,
}

/// Opens `input` (stdin from memory once [buffered](Input::buffer)),
/// counting the bytes read from it into `read`.
///
/// # Errors
/// The file cannot be opened or its first bytes cannot be read. A fault
/// further on (a truncated gzip file) is an error of `text`'s reads, after
/// everything before it.
pub fn open(input: &Input, encoding: EncodingChoice, read: Arc<AtomicU64>) -> io::Result<Opened> {
    let raw: Box<dyn Read> = match (input.path(), &input.buffered) {
        (Some(path), _) => Box::new(File::open(path)?),
        (None, Some(bytes)) => Box::new(io::Cursor::new(bytes.clone())),
        (None, None) => Box::new(io::stdin()),
    };
    let raw = Counted { inner: raw, read };
    let magic = Prefixed::read(raw, 4);
    if let Some(e) = magic.error {
        return Err(e);
    }
    let compression = Compression::sniff(&magic.head);
    let stored: Box<dyn Read> = match compression {
        Compression::Plain => Box::new(magic),
        Compression::Gzip => Box::new(flate2::read::MultiGzDecoder::new(BufReader::new(magic))),
        Compression::Zstd => Box::new(zstd::stream::read::Decoder::new(magic)?),
    };
    let sniffed = Prefixed::read(stored, khabar::SNIFF_LEN);
    let (bom, detected) = match Encoding::for_bom(&sniffed.head) {
        Some((bom, _)) => (true, bom),
        None => match encoding {
            EncodingChoice::Named(named) => (false, named),
            EncodingChoice::Auto => (false, khabar::detect(&sniffed.head)),
        },
    };
    let undecodable = Arc::new(AtomicU64::new(0));
    let text: Box<dyn BufRead> = if detected == UTF_8 {
        let mut sniffed = sniffed;
        sniffed.pos = if bom { 3 } else { 0 };
        Box::new(BufReader::with_capacity(BUFFER, sniffed))
    } else {
        Box::new(Decoding::new(sniffed, detected.new_decoder_with_bom_removal(), undecodable.clone()))
    };
    Ok(Opened { text, compression, encoding: detected, undecodable })
}

/// Bytes read from disk at once, and decoded at once.
const BUFFER: usize = 1 << 20;

/// A reader whose first bytes were read ahead (to tell the compression or
/// the encoding), with the error that stopped the reading ahead, if any,
/// kept until those bytes are read.
struct Prefixed<R> {
    head: Vec<u8>,
    pos: usize,
    error: Option<io::Error>,
    inner: R,
}

impl<R: Read> Prefixed<R> {
    fn read(mut inner: R, len: usize) -> Self {
        let mut head = Vec::with_capacity(len);
        let error = (&mut inner).take(len as u64).read_to_end(&mut head).err();
        Prefixed { head, pos: 0, error, inner }
    }
}

impl<R: Read> Read for Prefixed<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.pos < self.head.len() {
            let n = buf.len().min(self.head.len() - self.pos);
            buf[..n].copy_from_slice(&self.head[self.pos..self.pos + n]);
            self.pos += n;
            return Ok(n);
        }
        match self.error.take() {
            Some(e) => Err(e),
            None => self.inner.read(buf),
        }
    }
}

/// A reader that counts the bytes read from the file itself.
struct Counted<R> {
    inner: R,
    read: Arc<AtomicU64>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Text in another encoding, decoded to UTF-8 as it is read.
struct Decoding<R> {
    inner: R,
    decoder: Decoder,
    raw: Box<[u8]>,
    raw_range: (usize, usize),
    end_of_input: bool,
    decoded: Box<[u8]>,
    decoded_range: (usize, usize),
    undecodable: Arc<AtomicU64>,
}

impl<R: Read> Decoding<R> {
    fn new(inner: R, decoder: Decoder, undecodable: Arc<AtomicU64>) -> Self {
        Decoding {
            inner,
            decoder,
            raw: vec![0; BUFFER].into_boxed_slice(),
            raw_range: (0, 0),
            end_of_input: false,
            // Room for the longest UTF-8 of a full raw buffer, so each call decodes it all.
            decoded: vec![0; 3 * BUFFER + 16].into_boxed_slice(),
            decoded_range: (0, 0),
            undecodable,
        }
    }
}

impl<R: Read> Read for Decoding<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: Read> BufRead for Decoding<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        while self.decoded_range.0 == self.decoded_range.1 {
            let (start, end) = self.raw_range;
            if start == end {
                if self.end_of_input {
                    break;
                }
                let n = self.inner.read(&mut self.raw)?;
                self.raw_range = (0, n);
                self.end_of_input = n == 0;
            }
            let (start, end) = self.raw_range;
            let (_, read, written, replaced) =
                self.decoder.decode_to_utf8(&self.raw[start..end], &mut self.decoded, self.end_of_input);
            self.raw_range.0 += read;
            self.decoded_range = (0, written);
            if replaced {
                let replacements = self.decoded[..written].windows(3).filter(|w| w == b"\xef\xbf\xbd").count();
                self.undecodable.fetch_add(replacements as u64, Ordering::Relaxed);
            }
        }
        Ok(&self.decoded[self.decoded_range.0..self.decoded_range.1])
    }

    fn consume(&mut self, amount: usize) {
        self.decoded_range.0 = (self.decoded_range.0 + amount).min(self.decoded_range.1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "قال الوزير إن المحادثات كانت مثمرة.\nوأضاف أن الاتفاق سيوقع قريباً.\n";

    fn open_bytes(bytes: Vec<u8>, encoding: EncodingChoice) -> (String, Opened) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("page.txt");
        std::fs::write(&path, bytes).unwrap();
        let mut opened = open(&Input { path: Some(path), buffered: None }, encoding, Arc::default()).unwrap();
        let mut text = String::new();
        opened.text.read_to_string(&mut text).unwrap();
        (text, opened)
    }

    #[test]
    fn compression_is_told_by_magic_bytes() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        io::Write::write_all(&mut gz, TEXT.as_bytes()).unwrap();
        let (text, opened) = open_bytes(gz.finish().unwrap(), EncodingChoice::Auto);
        assert_eq!((text.as_str(), opened.compression), (TEXT, Compression::Gzip));
        let (text, opened) = open_bytes(zstd::encode_all(TEXT.as_bytes(), 3).unwrap(), EncodingChoice::Auto);
        assert_eq!((text.as_str(), opened.compression), (TEXT, Compression::Zstd));
    }

    #[test]
    fn legacy_text_is_decoded_and_a_bom_wins() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(TEXT);
        let (text, opened) = open_bytes(bytes.into_owned(), EncodingChoice::Auto);
        assert_eq!((text.as_str(), opened.encoding), (TEXT, encoding_rs::WINDOWS_1256));
        let with_bom = [b"\xef\xbb\xbf".as_slice(), TEXT.as_bytes()].concat();
        let (text, opened) = open_bytes(with_bom, EncodingChoice::Named(encoding_rs::ISO_8859_6));
        assert_eq!((text.as_str(), opened.encoding), (TEXT, UTF_8));
    }

    #[test]
    fn undecodable_bytes_are_counted() {
        // 0xA1 and 0xA2 are unassigned in ISO-8859-6.
        let (bytes, _, _) = encoding_rs::ISO_8859_6.encode(TEXT);
        let mut bytes = bytes.into_owned();
        bytes.extend_from_slice(b"\xa1\xa2\n");
        let (text, opened) = open_bytes(bytes, EncodingChoice::Named(encoding_rs::ISO_8859_6));
        assert!(text.starts_with(TEXT));
        assert_eq!(opened.undecodable.load(Ordering::Relaxed), 2);
    }

    #[test]
    fn encoding_names() {
        assert_eq!("AUTO".parse::<EncodingChoice>(), Ok(EncodingChoice::Auto));
        assert_eq!("cp1256".parse::<EncodingChoice>(), Ok(EncodingChoice::Named(encoding_rs::WINDOWS_1256)));
        assert!("klingon".parse::<EncodingChoice>().unwrap_err().contains("windows-1256"));
    }
}
