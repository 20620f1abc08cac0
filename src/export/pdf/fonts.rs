//! The fonts a cheat-sheet is set in, and their real advance widths.
//!
//! Why this module exists: no Rust crate ships a CJK font, yet a cheat-sheet must print Chinese
//! with no set-up. We vendor GB2312 subsets of Noto Sans CJK SC and Noto Sans Mono CJK SC
//! (`assets/fonts/`, made by `scripts/subset-fonts.sh`, SIL OFL) and compile them in. Parsing a
//! face and tabulating its advances costs milliseconds, so the vendored faces are parsed once per
//! process ([`OnceLock`]); layout then measures a character with one array read (each entry is
//! filled on first use).
//!
//! `--font` / `--mono-font` put a user's face first; the vendored faces stay behind it as
//! fallbacks, so a character the user's face lacks is still drawn (and reported when no face has
//! it at all: see [`FontSet::resolve`]).

use crate::error::{Error, Result};
use printpdf::ParsedFont;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

/// Noto Sans CJK SC, GB2312 subset (SIL OFL 1.1, see `assets/fonts/OFL.txt`).
pub const SANS_OTF: &[u8] = include_bytes!("../../../assets/fonts/NotoSansCJKsc-GB2312.otf");
/// Noto Sans Mono CJK SC, GB2312 subset (SIL OFL 1.1).
pub const MONO_OTF: &[u8] = include_bytes!("../../../assets/fonts/NotoSansMonoCJKsc-GB2312.otf");

/// Drawn in place of a character no face has (U+3013 GETA MARK, the customary CJK
/// placeholder): visible, unlike a `.notdef` that many viewers render as nothing.
pub const MISSING_PLACEHOLDER: char = '〓';

/// One parsed face with a dense advance table for the Basic Multilingual Plane.
pub struct Face {
    /// Human-readable origin ("Noto Sans CJK SC (built in)" or a path), for messages.
    pub label: String,
    /// The face as printpdf parsed it (subset and embedded by the writer).
    pub parsed: ParsedFont,
    /// Per BMP code point: 0 = not looked up yet, 1 = no glyph, else `HAVE | gid << 16 | advance`
    /// (advance in font units). Filled lazily: a cmap lookup costs ~0.2 µs even in release
    /// (GB2312's scattered hanzi make for thousands of cmap segments), and a sheet uses a few
    /// hundred distinct characters many thousand times — the writer reuses the glyph ids too.
    bmp: Box<[AtomicU64]>,
    units_per_em: f32,
    /// Ascender and descender (positive, below the baseline) in em.
    pub ascent: f32,
    /// Descender (positive, below the baseline) in em.
    pub descent: f32,
}

impl std::fmt::Debug for Face {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Face").field("label", &self.label).finish()
    }
}

impl Face {
    /// Parses face `index` of `bytes` (a `.ttf`, `.otf`, `.ttc` or `.otc`).
    pub fn parse(bytes: &[u8], index: usize, label: String) -> Option<Face> {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(bytes, index, &mut warnings)?;
        let upm = f32::from(parsed.pdf_font_metrics.units_per_em.max(1));
        let bmp = (0..0x1_0000).map(|_| AtomicU64::new(0)).collect();
        let m = &parsed.pdf_font_metrics;
        let (mut ascent, mut descent) = (f32::from(m.ascender), -f32::from(m.descender));
        if ascent <= 0.0 {
            ascent = upm * 0.88;
        }
        if descent <= 0.0 {
            descent = upm * 0.12;
        }
        Some(Face {
            label,
            bmp,
            units_per_em: upm,
            ascent: ascent / upm,
            descent: descent / upm,
            parsed,
        })
    }

    /// Glyph id and advance (font units) of `c`, or `None` when the face has no glyph for it.
    #[inline]
    pub fn glyph(&self, c: char) -> Option<(u16, u16)> {
        const HAVE: u64 = 1 << 40;
        let cp = c as u32;
        if cp >= 0x1_0000 {
            return self.lookup(cp);
        }
        let slot = &self.bmp[cp as usize];
        match slot.load(Ordering::Relaxed) {
            0 => {
                let g = self.lookup(cp);
                let v = g.map_or(1, |(gid, adv)| HAVE | u64::from(gid) << 16 | u64::from(adv));
                slot.store(v, Ordering::Relaxed);
                g
            }
            1 => None,
            v => Some(((v >> 16) as u16, v as u16)),
        }
    }

    /// Advance of `c` in em, or `None` when the face has no glyph for it.
    #[inline]
    pub fn advance(&self, c: char) -> Option<f32> {
        self.glyph(c)
            .map(|(_, units)| f32::from(units) / self.units_per_em)
    }

    fn lookup(&self, cp: u32) -> Option<(u16, u16)> {
        match self.parsed.lookup_glyph_index(cp) {
            Some(gid) if gid != 0 => Some((gid, self.parsed.get_horizontal_advance(gid))),
            _ => None,
        }
    }

    /// Whether the face has a glyph for `c`.
    pub fn has(&self, c: char) -> bool {
        self.advance(c).is_some()
    }
}

/// The built-in proportional face, parsed on first use.
pub fn vendored_sans() -> Arc<Face> {
    static FACE: OnceLock<Arc<Face>> = OnceLock::new();
    FACE.get_or_init(|| {
        Arc::new(
            Face::parse(SANS_OTF, 0, "Noto Sans CJK SC (built in)".into())
                .expect("the vendored Noto Sans CJK SC subset parses"),
        )
    })
    .clone()
}

/// The built-in monospace face, parsed on first use.
pub fn vendored_mono() -> Arc<Face> {
    static FACE: OnceLock<Arc<Face>> = OnceLock::new();
    FACE.get_or_init(|| {
        Arc::new(
            Face::parse(MONO_OTF, 0, "Noto Sans Mono CJK SC (built in)".into())
                .expect("the vendored Noto Sans Mono CJK SC subset parses"),
        )
    })
    .clone()
}

/// The math face (STIX Two Math, bundled with latex-rust), parsed on first use; the glyph
/// ids of typeset formulas are its own.
pub fn math_face() -> Option<Arc<Face>> {
    static FACE: OnceLock<Option<Arc<Face>>> = OnceLock::new();
    FACE.get_or_init(|| {
        let bytes = super::math::font_bytes()?;
        Face::parse(bytes, 0, "STIX Two Math (built in)".into()).map(Arc::new)
    })
    .clone()
}

/// Largest font file deckhand reads (`--font`, `[pdf] font`).
pub const MAX_FONT_BYTES: u64 = 64 << 20;

/// Loads a user font. `path` may end in `#N` to pick face N of a collection (`.ttc`).
pub fn load_user_face(path: &Path) -> Result<Face> {
    let text = path.to_string_lossy();
    let (file, index) = match text.rsplit_once('#') {
        Some((f, n)) if !f.is_empty() && n.parse::<usize>().is_ok() => {
            (Path::new(f).to_path_buf(), n.parse::<usize>().unwrap_or(0))
        }
        _ => (path.to_path_buf(), 0),
    };
    let refuse = |message: String| Error::Input {
        path: file.clone(),
        message,
    };
    // Only a regular file of sane size: not `/dev/zero`, a FIFO or a folder.
    let meta = std::fs::metadata(&file).map_err(|e| Error::io(&file, e))?;
    if !meta.is_file() {
        return Err(refuse(
            "is not a regular file, so it cannot be a font".into(),
        ));
    }
    if meta.len() > MAX_FONT_BYTES {
        return Err(refuse(format!(
            "is {} MiB; fonts larger than {} MiB are refused",
            meta.len() >> 20,
            MAX_FONT_BYTES >> 20
        )));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(&file)
        .and_then(|f| {
            use std::io::Read;
            f.take(MAX_FONT_BYTES + 1).read_to_end(&mut bytes)
        })
        .map_err(|e| Error::io(&file, e))?;
    if bytes.len() as u64 > MAX_FONT_BYTES {
        return Err(refuse(
            "grew past the font size limit while being read".into(),
        ));
    }
    Face::parse(&bytes, index, file.display().to_string()).ok_or_else(|| Error::Input {
        path: file.clone(),
        message: format!("cannot use face {index} as a font (not a TrueType/OpenType font?)"),
    })
}

/// Which face family a piece of text asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Running text.
    Body,
    /// Code.
    Mono,
}

/// The faces of one export: index 0 = body, 1 = mono, then fallbacks.
pub struct FontSet {
    /// The faces, by index.
    pub faces: Vec<Arc<Face>>,
    body_chain: Vec<u8>,
    mono_chain: Vec<u8>,
}

impl FontSet {
    /// The vendored faces, optionally with user faces in front.
    pub fn new(body: Option<Arc<Face>>, mono: Option<Arc<Face>>) -> FontSet {
        let sans = vendored_sans();
        let mono_v = vendored_mono();
        let mut faces: Vec<Arc<Face>> = Vec::with_capacity(4);
        faces.push(body.clone().unwrap_or_else(|| sans.clone()));
        faces.push(mono.clone().unwrap_or_else(|| mono_v.clone()));
        let mut body_chain = vec![0u8];
        let mut mono_chain = vec![1u8];
        if body.is_some() {
            faces.push(sans);
            body_chain.push(2);
            mono_chain.push(2);
        } else {
            mono_chain.push(0);
        }
        if mono.is_some() {
            faces.push(mono_v);
            let i = (faces.len() - 1) as u8;
            mono_chain.insert(1, i);
            body_chain.push(i);
        } else {
            body_chain.push(1);
        }
        FontSet {
            faces,
            body_chain,
            mono_chain,
        }
    }

    /// The face that draws `c` for `role` and its advance in em. `None` when no face has it:
    /// the caller then draws [`MISSING_PLACEHOLDER`] (which the vendored faces always have)
    /// and reports the character.
    #[inline]
    pub fn resolve(&self, role: Role, c: char) -> Option<(u8, f32)> {
        let chain = match role {
            Role::Body => &self.body_chain,
            Role::Mono => &self.mono_chain,
        };
        for &i in chain {
            if let Some(a) = self.faces[i as usize].advance(c) {
                return Some((i, a));
            }
        }
        None
    }

    /// Face `i`.
    pub fn face(&self, i: u8) -> &Face {
        &self.faces[i as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vendored_faces_cover_gb2312_and_punctuation() {
        let sans = vendored_sans();
        let mono = vendored_mono();
        for c in "中文标点，。、；：？！（）《》「」…—·①→■●○◆★✓ ASCII~Éé αβ".chars()
        {
            assert!(sans.has(c), "sans lacks {c:?}");
            assert!(mono.has(c), "mono lacks {c:?}");
        }
        assert!(sans.has(MISSING_PLACEHOLDER));
        assert!(!sans.has('😀'));
        // Real metrics: ideographs are one em, Latin is narrower, mono Latin is half an em.
        assert_eq!(sans.advance('中'), Some(1.0));
        let i = sans.advance('i').unwrap_or(1.0);
        assert!(i < 0.4, "i is {i}");
        assert_eq!(mono.advance('i'), Some(0.5));
        assert_eq!(mono.advance('W'), Some(0.5));
    }

    #[test]
    fn fallback_chain_prefers_the_role_face() {
        let set = FontSet::new(None, None);
        assert_eq!(set.resolve(Role::Body, 'a').map(|r| r.0), Some(0));
        assert_eq!(set.resolve(Role::Mono, 'a').map(|r| r.0), Some(1));
        assert_eq!(set.resolve(Role::Body, '😀'), None);
    }
}
