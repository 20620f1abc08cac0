//! Images an answer shows, turned into PDF image XObjects.
//!
//! Why this module exists: printpdf 0.12.8 decodes images only through its `images` feature
//! (the whole `image` crate); notes carry screenshots and diagrams as PNG or JPEG, and both map
//! onto PDF with little work. A JPEG is embedded as-is (`/DCTDecode`: no decoding, no quality
//! loss); a PNG is inflated, unfiltered and re-embedded as 8-bit RGB or grey with its alpha as a
//! soft mask, downscaled when it has far more pixels than a printed column can show. Only files
//! the library resolved into `Card::media` ever reach this module.

use printpdf::{DictItem, ExternalStream, ExternalXObject, Px};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

/// An image ready to be registered in the document.
#[derive(Debug, Clone)]
pub struct Embedded {
    pub xobject: ExternalXObject,
    pub width: u32,
    pub height: u32,
}

/// Pixels wider than this are averaged down (a 2-column A4 column is ~3.6 in wide).
const MAX_EDGE: u32 = 1200;
/// Refuse absurd images (decompression bombs) rather than allocate gigabytes.
const MAX_PIXELS: u64 = 40_000_000;

/// Loads a PNG or JPEG file.
pub fn load(path: &Path) -> Result<Embedded, String> {
    decode(&crate::media::read_image(path)?)
}

/// Decodes PNG or JPEG bytes (sniffed, not trusted from the file name).
pub fn decode(bytes: &[u8]) -> Result<Embedded, String> {
    if bytes.starts_with(&[0xFF, 0xD8]) {
        jpeg(bytes)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        png(bytes)
    } else {
        Err("not a PNG or JPEG image".into())
    }
}

fn name(s: &str) -> DictItem {
    DictItem::Name(s.as_bytes().to_vec())
}

fn image_dict(w: u32, h: u32, color_space: &str) -> BTreeMap<String, DictItem> {
    let mut d = BTreeMap::new();
    d.insert("Type".into(), name("XObject"));
    d.insert("Subtype".into(), name("Image"));
    d.insert("Width".into(), DictItem::Int(i64::from(w)));
    d.insert("Height".into(), DictItem::Int(i64::from(h)));
    d.insert("ColorSpace".into(), name(color_space));
    d.insert("BitsPerComponent".into(), DictItem::Int(8));
    d
}

fn embedded(
    dict: BTreeMap<String, DictItem>,
    content: Vec<u8>,
    compress: bool,
    w: u32,
    h: u32,
) -> Embedded {
    Embedded {
        xobject: ExternalXObject {
            stream: ExternalStream {
                dict,
                content,
                compress,
            },
            width: Some(Px(w as usize)),
            height: Some(Px(h as usize)),
            dpi: None,
        },
        width: w,
        height: h,
    }
}

fn jpeg(bytes: &[u8]) -> Result<Embedded, String> {
    let mut i = 2usize;
    let mut adobe = false;
    while i + 4 <= bytes.len() {
        if bytes[i] != 0xFF {
            i += 1;
            continue;
        }
        let marker = bytes[i + 1];
        if marker == 0xFF {
            i += 1;
            continue;
        }
        if marker == 0xD8 || (0xD0..=0xD7).contains(&marker) || marker == 0x01 {
            i += 2;
            continue;
        }
        let len = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
        if len < 2 {
            return Err("corrupt JPEG segment".into());
        }
        let seg = bytes.get(i + 4..i + 2 + len).ok_or("truncated JPEG")?;
        if marker == 0xEE && seg.starts_with(b"Adobe") {
            adobe = true;
        }
        let is_sof = matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC);
        if is_sof {
            if seg.len() < 6 {
                return Err("truncated JPEG frame header".into());
            }
            let h = u32::from(u16::from_be_bytes([seg[1], seg[2]]));
            let w = u32::from(u16::from_be_bytes([seg[3], seg[4]]));
            let comps = seg[5];
            if w == 0 || h == 0 {
                return Err("JPEG without dimensions".into());
            }
            if u64::from(w) * u64::from(h) > MAX_PIXELS {
                return Err(format!(
                    "a JPEG of {w}×{h} pixels is larger than the {} megapixel limit",
                    MAX_PIXELS / 1_000_000
                ));
            }
            let cs = match comps {
                1 => "DeviceGray",
                3 => "DeviceRGB",
                4 => "DeviceCMYK",
                n => return Err(format!("JPEG with {n} colour components")),
            };
            let mut dict = image_dict(w, h, cs);
            dict.insert("Filter".into(), name("DCTDecode"));
            if comps == 4 && adobe {
                // Adobe CMYK JPEGs store inverted values.
                dict.insert(
                    "Decode".into(),
                    DictItem::Array([1, 0, 1, 0, 1, 0, 1, 0].map(DictItem::Int).to_vec()),
                );
            }
            return Ok(embedded(dict, bytes.to_vec(), false, w, h));
        }
        if marker == 0xDA {
            break;
        }
        i += 2 + len;
    }
    Err("JPEG without a frame header".into())
}

struct PngHeader {
    w: u32,
    h: u32,
    depth: u8,
    color: u8,
    interlace: bool,
}

fn png(bytes: &[u8]) -> Result<Embedded, String> {
    let mut pos = 8usize;
    let mut hdr: Option<PngHeader> = None;
    let mut idat = Vec::new();
    let mut palette: Vec<u8> = Vec::new();
    let mut trns: Vec<u8> = Vec::new();
    while pos + 8 <= bytes.len() {
        let len = u32::from_be_bytes([bytes[pos], bytes[pos + 1], bytes[pos + 2], bytes[pos + 3]])
            as usize;
        let kind = &bytes[pos + 4..pos + 8];
        let data = bytes
            .get(pos + 8..pos + 8 + len)
            .ok_or("truncated PNG chunk")?;
        match kind {
            b"IHDR" if data.len() >= 13 => {
                hdr = Some(PngHeader {
                    w: u32::from_be_bytes([data[0], data[1], data[2], data[3]]),
                    h: u32::from_be_bytes([data[4], data[5], data[6], data[7]]),
                    depth: data[8],
                    color: data[9],
                    interlace: data[12] == 1,
                })
            }
            b"PLTE" => palette = data.to_vec(),
            b"tRNS" => trns = data.to_vec(),
            b"IDAT" => idat.extend_from_slice(data),
            b"IEND" => break,
            _ => {}
        }
        pos += 12 + len;
    }
    let hdr = hdr.ok_or("PNG without header")?;
    let (w, h) = (hdr.w, hdr.h);
    if w == 0 || h == 0 || u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(format!("unsupported PNG size {w}x{h}"));
    }
    let channels: usize = match hdr.color {
        0 => 1,
        2 => 3,
        3 => 1,
        4 => 2,
        6 => 4,
        c => return Err(format!("unknown PNG colour type {c}")),
    };
    if !matches!(hdr.depth, 1 | 2 | 4 | 8 | 16) || (hdr.depth > 8 && hdr.color == 3) {
        return Err(format!("unsupported PNG bit depth {}", hdr.depth));
    }
    let mut raw = Vec::new();
    flate2::read::ZlibDecoder::new(&idat[..])
        .take(MAX_PIXELS * 8 + 1_000_000)
        .read_to_end(&mut raw)
        .map_err(|e| format!("PNG data: {e}"))?;

    // Decode to 8-bit samples, `channels` per pixel, in raster order.
    let depth = usize::from(hdr.depth);
    let mut samples = vec![0u8; w as usize * h as usize * channels];
    let passes: &[(usize, usize, usize, usize)] = if hdr.interlace {
        &[
            (0, 0, 8, 8),
            (4, 0, 8, 8),
            (0, 4, 4, 8),
            (2, 0, 4, 4),
            (0, 2, 2, 4),
            (1, 0, 2, 2),
            (0, 1, 1, 2),
        ]
    } else {
        &[(0, 0, 1, 1)]
    };
    let mut off = 0usize;
    for &(x0, y0, dx, dy) in passes {
        let (w, h) = (w as usize, h as usize);
        if x0 >= w || y0 >= h {
            continue;
        }
        let pw = (w - x0).div_ceil(dx);
        let ph = (h - y0).div_ceil(dy);
        let stride = (pw * channels * depth).div_ceil(8);
        let bpp = (channels * depth).div_ceil(8).max(1);
        let mut prev = vec![0u8; stride];
        let mut cur = vec![0u8; stride];
        for py in 0..ph {
            let filter = *raw.get(off).ok_or("PNG data too short")?;
            let line = raw
                .get(off + 1..off + 1 + stride)
                .ok_or("PNG data too short")?;
            off += 1 + stride;
            unfilter(filter, line, &prev, &mut cur, bpp)?;
            let y = y0 + py * dy;
            for px in 0..pw {
                let x = x0 + px * dx;
                let dst = (y * w + x) * channels;
                for c in 0..channels {
                    let idx = px * channels + c;
                    let v = match depth {
                        8 => cur[idx],
                        16 => cur[idx * 2],
                        d => {
                            let bit = idx * d;
                            let byte = cur[bit / 8];
                            let shift = 8 - d - (bit % 8);
                            let v = (byte >> shift) & ((1u8 << d) - 1);
                            if hdr.color == 3 {
                                v
                            } else {
                                // Scale 1/2/4-bit grey to 0..255.
                                (u16::from(v) * 255 / ((1u16 << d) - 1)) as u8
                            }
                        }
                    };
                    samples[dst + c] = v;
                }
            }
            std::mem::swap(&mut prev, &mut cur);
        }
    }

    // To RGB/grey + optional alpha.
    let n = w as usize * h as usize;
    let (color, cs, mut alpha): (Vec<u8>, &str, Option<Vec<u8>>) = match hdr.color {
        0 => (samples, "DeviceGray", None),
        2 => (samples, "DeviceRGB", None),
        3 => {
            let mut rgb = Vec::with_capacity(n * 3);
            let mut a = Vec::with_capacity(n);
            for &i in &samples {
                let i = usize::from(i);
                let p = palette.get(i * 3..i * 3 + 3).unwrap_or(&[0, 0, 0]);
                rgb.extend_from_slice(p);
                a.push(trns.get(i).copied().unwrap_or(255));
            }
            (rgb, "DeviceRGB", Some(a))
        }
        4 => {
            let g = samples.chunks_exact(2).map(|p| p[0]).collect();
            let a = samples.chunks_exact(2).map(|p| p[1]).collect();
            (g, "DeviceGray", Some(a))
        }
        _ => {
            let mut rgb = Vec::with_capacity(n * 3);
            let mut a = Vec::with_capacity(n);
            for p in samples.chunks_exact(4) {
                rgb.extend_from_slice(&p[..3]);
                a.push(p[3]);
            }
            (rgb, "DeviceRGB", Some(a))
        }
    };
    if alpha.as_ref().is_some_and(|a| a.iter().all(|&v| v == 255)) {
        alpha = None;
    }
    let comps = if cs == "DeviceRGB" { 3 } else { 1 };
    let (color, w2, h2) = downscale(&color, w, h, comps);
    let alpha = alpha.map(|a| downscale(&a, w, h, 1).0);
    let mut dict = image_dict(w2, h2, cs);
    if let Some(a) = alpha {
        dict.insert(
            "SMask".into(),
            DictItem::Stream {
                stream: ExternalStream {
                    dict: image_dict(w2, h2, "DeviceGray"),
                    content: a,
                    compress: true,
                },
            },
        );
    }
    Ok(embedded(dict, color, true, w2, h2))
}

fn unfilter(
    filter: u8,
    line: &[u8],
    prev: &[u8],
    out: &mut [u8],
    bpp: usize,
) -> Result<(), String> {
    for i in 0..line.len() {
        let a = if i >= bpp { out[i - bpp] } else { 0 };
        let b = prev[i];
        let c = if i >= bpp { prev[i - bpp] } else { 0 };
        let x = line[i];
        out[i] = match filter {
            0 => x,
            1 => x.wrapping_add(a),
            2 => x.wrapping_add(b),
            3 => x.wrapping_add(((u16::from(a) + u16::from(b)) / 2) as u8),
            4 => {
                let p = i16::from(a) + i16::from(b) - i16::from(c);
                let (pa, pb, pc) = (
                    (p - i16::from(a)).abs(),
                    (p - i16::from(b)).abs(),
                    (p - i16::from(c)).abs(),
                );
                let pred = if pa <= pb && pa <= pc {
                    a
                } else if pb <= pc {
                    b
                } else {
                    c
                };
                x.wrapping_add(pred)
            }
            f => return Err(format!("bad PNG filter {f}")),
        };
    }
    Ok(())
}

/// Box-filters an image down by an integer factor so its longer edge is at most [`MAX_EDGE`].
fn downscale(px: &[u8], w: u32, h: u32, comps: usize) -> (Vec<u8>, u32, u32) {
    let f = w.max(h).div_ceil(MAX_EDGE).max(1);
    if f == 1 {
        return (px.to_vec(), w, h);
    }
    let (nw, nh) = (w.div_ceil(f), h.div_ceil(f));
    let mut out = Vec::with_capacity(nw as usize * nh as usize * comps);
    for ny in 0..nh {
        for nx in 0..nw {
            for c in 0..comps {
                let (mut sum, mut cnt) = (0u32, 0u32);
                for y in ny * f..((ny + 1) * f).min(h) {
                    for x in nx * f..((nx + 1) * f).min(w) {
                        sum += u32::from(px[(y as usize * w as usize + x as usize) * comps + c]);
                        cnt += 1;
                    }
                }
                out.push((sum / cnt.max(1)) as u8);
            }
        }
    }
    (out, nw, nh)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::Write;

    /// A valid RGBA PNG (non-interlaced, filter type varies per row), built by hand.
    pub fn tiny_png(w: u32, h: u32) -> Vec<u8> {
        fn chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
            out.extend_from_slice(&(data.len() as u32).to_be_bytes());
            out.extend_from_slice(kind);
            out.extend_from_slice(data);
            let crc = crc32(kind.iter().chain(data).copied());
            out.extend_from_slice(&crc.to_be_bytes());
        }
        fn crc32(bytes: impl Iterator<Item = u8>) -> u32 {
            let mut c = 0xFFFF_FFFFu32;
            for b in bytes {
                c ^= u32::from(b);
                for _ in 0..8 {
                    c = if c & 1 != 0 {
                        0xEDB8_8320 ^ (c >> 1)
                    } else {
                        c >> 1
                    };
                }
            }
            !c
        }
        let mut raw = Vec::new();
        for y in 0..h {
            raw.push(0); // filter: none
            for x in 0..w {
                raw.extend_from_slice(&[
                    (x * 255 / w.max(1)) as u8,
                    (y * 255 / h.max(1)) as u8,
                    160,
                    255,
                ]);
            }
        }
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        let _ = z.write_all(&raw);
        let idat = z.finish().unwrap_or_default();
        let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
        let mut ihdr = Vec::new();
        ihdr.extend_from_slice(&w.to_be_bytes());
        ihdr.extend_from_slice(&h.to_be_bytes());
        ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
        chunk(&mut out, b"IHDR", &ihdr);
        chunk(&mut out, b"IDAT", &idat);
        chunk(&mut out, b"IEND", &[]);
        out
    }

    #[test]
    fn decodes_png_and_drops_opaque_alpha() {
        let e = decode(&tiny_png(40, 20)).expect("decodes");
        assert_eq!((e.width, e.height), (40, 20));
        assert_eq!(e.xobject.stream.content.len(), 40 * 20 * 3);
        assert!(!e.xobject.stream.dict.contains_key("SMask"));
    }

    #[test]
    fn sniffs_jpeg_header_and_rejects_garbage() {
        // SOI, SOF0 (8-bit, 3x2, 3 components), EOI: enough for the header reader.
        let jpg = [
            0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x02, 0x00, 0x03, 0x03, 1, 0x11, 0, 2,
            0x11, 0, 3, 0x11, 0, 0xFF, 0xD9,
        ];
        let e = decode(&jpg).expect("header parses");
        assert_eq!((e.width, e.height), (3, 2));
        assert!(decode(b"GIF89a").is_err());
        assert!(decode(b"\x89PNG\r\n\x1a\n\0\0").is_err());
        assert!(decode(&jpg[..8]).is_err());
        // The same header declaring 65535×65535 pixels is refused, not embedded.
        let mut huge = jpg;
        huge[7..11].copy_from_slice(&[0xFF, 0xFF, 0xFF, 0xFF]);
        let Err(err) = decode(&huge) else {
            panic!("a 65535×65535 JPEG was accepted")
        };
        assert!(err.contains("65535×65535"), "{err}");
    }

    #[test]
    fn only_regular_files_are_read() {
        assert!(load(Path::new("/dev/zero")).is_err());
        assert!(load(Path::new("/")).is_err());
    }
}
