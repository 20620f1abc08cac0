//! File: PDF objects to bytes, one at a time, with the cross-reference table at the end.
//!
//! Why this module exists: lopdf keeps a whole document as objects in memory until it is saved,
//! and a topic of 50,000 questions has as many outline entries and thousands of pages; as lopdf
//! objects those cost several times the notes they come from. Here each object is serialised
//! the moment it is made (page, content stream, outline entry) and only its offset is kept.
//! lopdf still holds the few objects printpdf makes (fonts, images, metadata, catalog), which
//! this module writes first.

use lopdf::{Dictionary, Object, StringFormat};
use std::io::Write;

/// A PDF file being written.
pub struct PdfFile {
    out: Vec<u8>,
    /// Byte offset of each object, by object number (0: not written yet).
    offsets: Vec<usize>,
}

impl PdfFile {
    /// Starts a file of PDF version `version` (`1.7`), with the binary marker line.
    pub fn new(version: &str) -> Self {
        let mut out = Vec::with_capacity(1 << 16);
        out.extend_from_slice(format!("%PDF-{version}\n%").as_bytes());
        out.extend_from_slice(&[0xE2, 0xE3, 0xCF, 0xD3, b'\n']);
        PdfFile {
            out,
            offsets: vec![0],
        }
    }

    /// Writes object `id` (generation 0).
    pub fn object(&mut self, id: u32, obj: &Object) {
        self.begin(id);
        value(&mut self.out, obj);
        self.out.extend_from_slice(b"\nendobj\n");
    }

    /// Writes stream object `id`: `dict` (its `/Length` is set here) and `data` as they are.
    pub fn stream(&mut self, id: u32, dict: &Dictionary, data: &[u8]) {
        let mut dict = dict.clone();
        dict.set("Length", Object::Integer(data.len() as i64));
        self.begin(id);
        dictionary(&mut self.out, &dict);
        self.out.extend_from_slice(b"\nstream\n");
        self.out.extend_from_slice(data);
        self.out.extend_from_slice(b"\nendstream\nendobj\n");
    }

    /// Records where object `id` starts and opens it.
    fn begin(&mut self, id: u32) {
        let i = id as usize;
        if self.offsets.len() <= i {
            self.offsets.resize(i + 1, 0);
        }
        self.offsets[i] = self.out.len();
        self.out
            .extend_from_slice(format!("{id} 0 obj\n").as_bytes());
    }

    /// Ends the file: numbers never written become `null` objects (so the table has no holes),
    /// then the cross-reference table and `trailer` (whose `/Size` is set here).
    pub fn finish(mut self, trailer: &Dictionary) -> Vec<u8> {
        for id in 1..self.offsets.len() {
            if self.offsets[id] == 0 {
                self.object(id as u32, &Object::Null);
            }
        }
        let start = self.out.len();
        let size = self.offsets.len();
        self.out
            .extend_from_slice(format!("xref\n0 {size}\n0000000000 65535 f \n").as_bytes());
        for &at in &self.offsets[1..] {
            self.out
                .extend_from_slice(format!("{at:010} 00000 n \n").as_bytes());
        }
        let mut trailer = trailer.clone();
        trailer.set("Size", Object::Integer(size as i64));
        self.out.extend_from_slice(b"trailer\n");
        dictionary(&mut self.out, &trailer);
        self.out
            .extend_from_slice(format!("\nstartxref\n{start}\n%%EOF\n").as_bytes());
        self.out
    }
}

/// One value in PDF syntax.
pub fn value(out: &mut Vec<u8>, obj: &Object) {
    match obj {
        Object::Null => out.extend_from_slice(b"null"),
        Object::Boolean(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Object::Integer(i) => out.extend_from_slice(i.to_string().as_bytes()),
        Object::Real(r) => real(out, *r),
        Object::Name(n) => name(out, n),
        Object::String(s, StringFormat::Hexadecimal) => {
            out.push(b'<');
            for b in s {
                let _ = write!(out, "{b:02X}");
            }
            out.push(b'>');
        }
        Object::String(s, StringFormat::Literal) => {
            out.push(b'(');
            for &b in s {
                match b {
                    b'\\' | b'(' | b')' => out.extend_from_slice(&[b'\\', b]),
                    b'\r' => out.extend_from_slice(b"\\r"),
                    _ => out.push(b),
                }
            }
            out.push(b')');
        }
        Object::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b' ');
                }
                value(out, item);
            }
            out.push(b']');
        }
        Object::Dictionary(d) => dictionary(out, d),
        // A stream is only ever a whole indirect object ([`PdfFile::stream`]); inside another
        // value it can only be a mistake, and `null` keeps the file readable.
        Object::Stream(_) => out.extend_from_slice(b"null"),
        Object::Reference((id, generation)) => {
            let _ = write!(out, "{id} {generation} R");
        }
    }
}

fn dictionary(out: &mut Vec<u8>, d: &Dictionary) {
    out.extend_from_slice(b"<<");
    for (key, v) in d.iter() {
        name(out, key);
        out.push(b' ');
        value(out, v);
    }
    out.extend_from_slice(b">>");
}

/// `/Name`, with delimiters, `#` and bytes outside `!`..`~` written as `#xx`.
fn name(out: &mut Vec<u8>, n: &[u8]) {
    out.push(b'/');
    for &b in n {
        if (b'!'..=b'~').contains(&b) && !b"#()<>[]{}/%".contains(&b) {
            out.push(b);
        } else {
            let _ = write!(out, "#{b:02X}");
        }
    }
}

/// A real number with up to six decimals, no exponent, no trailing zeros.
fn real(out: &mut Vec<u8>, r: f32) {
    let r = if r.is_finite() { r } else { 0.0 };
    let s = format!("{r:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    out.extend_from_slice(if s == "-0" { "0" } else { s }.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(obj: &Object) -> String {
        let mut out = Vec::new();
        value(&mut out, obj);
        String::from_utf8_lossy(&out).into_owned()
    }

    #[test]
    fn values_are_written_in_pdf_syntax() {
        let mut d = Dictionary::new();
        d.set("Type", Object::Name(b"Annot".to_vec()));
        d.set(
            "Rect",
            Object::Array(vec![Object::Real(1.5), Object::Real(-0.0)]),
        );
        d.set(
            "T",
            Object::String(b"a(b)\\c".to_vec(), StringFormat::Literal),
        );
        d.set(
            "H",
            Object::String(vec![0xFE, 0xFF], StringFormat::Hexadecimal),
        );
        d.set("P", Object::Reference((12, 0)));
        d.set("N", Object::Name(b"a b#/c".to_vec()));
        assert_eq!(
            text(&Object::Dictionary(d)),
            "<</Type /Annot/Rect [1.5 0]/T (a\\(b\\)\\\\c)/H <FEFF>/P 12 0 R/N /a#20b#23#2Fc>>"
        );
    }

    #[test]
    fn the_table_points_at_every_object_and_fills_holes() {
        let mut f = PdfFile::new("1.7");
        f.object(1, &Object::Integer(7));
        f.object(3, &Object::Boolean(true));
        let mut trailer = Dictionary::new();
        trailer.set("Root", Object::Reference((1, 0)));
        let bytes = f.finish(&trailer);
        let s = String::from_utf8_lossy(&bytes);
        let xref = s.find("xref\n").unwrap();
        let entries: Vec<usize> = s[xref..]
            .lines()
            .skip(3)
            .take(3)
            .map(|l| l[..10].parse().unwrap())
            .collect();
        // Offsets count bytes (the marker line is not UTF-8).
        let at = |i: usize, what: &str| bytes[entries[i]..].starts_with(what.as_bytes());
        assert!(at(0, "1 0 obj\n7\nendobj"));
        assert!(at(1, "2 0 obj\nnull\nendobj"));
        assert!(at(2, "3 0 obj\ntrue\nendobj"));
        assert!(s.contains("trailer\n<</Root 1 0 R/Size 4>>"));
        let start = bytes.windows(5).position(|w| w == b"xref\n").unwrap();
        assert!(s.ends_with(&format!("startxref\n{start}\n%%EOF\n")));
    }
}
