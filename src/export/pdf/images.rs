//! Images an answer shows, turned into PDF image XObjects.
//!
//! Why this module exists: printpdf 0.12.8 decodes images only through its `images` feature
//! (the whole `image` crate); notes carry screenshots and diagrams as PNG or JPEG, and both map
//! onto PDF with little work. A JPEG is embedded as-is (`/DCTDecode`: no decoding, no quality
//! loss); a PNG is decoded by the `png` crate (with its allocation `Limits`, after a pixel-count check
//! on the header) and re-embedded as 8-bit RGB or grey with its alpha as a
//! soft mask, downscaled when it has far more pixels than a printed column can show. Only files
//! the library resolved into `Card::media` ever reach this module.

use printpdf::{DictItem, ExternalStream, ExternalXObject, Px};
use std::collections::BTreeMap;
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

/// What the PNG decoder may allocate besides the pixels (chunk and line buffers): large ICC
/// profiles or text chunks are refused rather than read.
const PNG_DECODER_BYTES: usize = 32 << 20;

fn png(bytes: &[u8]) -> Result<Embedded, String> {
    let mut decoder = png::Decoder::new_with_limits(
        std::io::Cursor::new(bytes),
        png::Limits {
            bytes: PNG_DECODER_BYTES,
        },
    );
    // Palette and low bit depths expanded, 16-bit stripped: 8-bit grey or RGB, ± alpha.
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().map_err(|e| format!("PNG: {e}"))?;
    let (w, h) = reader.info().size();
    if w == 0 || h == 0 {
        return Err("PNG without dimensions".into());
    }
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(format!(
            "a PNG of {w}×{h} pixels is larger than the {} megapixel limit",
            MAX_PIXELS / 1_000_000
        ));
    }
    let size = reader
        .output_buffer_size()
        .ok_or("PNG too large to decode")?;
    let mut samples = vec![0u8; size];
    let frame = reader
        .next_frame(&mut samples)
        .map_err(|e| format!("PNG: {e}"))?;
    samples.truncate(frame.buffer_size());
    let channels = frame.color_type.samples();
    if frame.bit_depth != png::BitDepth::Eight
        || samples.len() != w as usize * h as usize * channels
    {
        return Err("PNG data in an unexpected layout".into());
    }

    // To RGB/grey + optional alpha.
    let (color, cs, mut alpha): (Vec<u8>, &str, Option<Vec<u8>>) = match channels {
        1 => (samples, "DeviceGray", None),
        3 => (samples, "DeviceRGB", None),
        2 => {
            let g = samples.chunks_exact(2).map(|p| p[0]).collect();
            let a = samples.chunks_exact(2).map(|p| p[1]).collect();
            (g, "DeviceGray", Some(a))
        }
        _ => {
            let n = w as usize * h as usize;
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

    /// An RGBA gradient PNG (opaque), written by the `png` crate.
    pub fn tiny_png(w: u32, h: u32) -> Vec<u8> {
        let mut raw = Vec::new();
        for y in 0..h {
            for x in 0..w {
                raw.extend_from_slice(&[
                    (x * 255 / w.max(1)) as u8,
                    (y * 255 / h.max(1)) as u8,
                    160,
                    255,
                ]);
            }
        }
        encode(w, h, png::ColorType::Rgba, png::BitDepth::Eight, &raw)
    }

    fn encode(w: u32, h: u32, color: png::ColorType, depth: png::BitDepth, data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(color);
        enc.set_depth(depth);
        let mut writer = enc.write_header().expect("header");
        writer.write_image_data(data).expect("pixels");
        writer.finish().expect("finish");
        out
    }

    #[test]
    fn palette_grey_and_16_bit_pngs_become_8_bit_samples() {
        // 2×1 grey at 16 bits: high bytes kept.
        let e = decode(&encode(
            2,
            1,
            png::ColorType::Grayscale,
            png::BitDepth::Sixteen,
            &[0x12, 0x34, 0xAB, 0xCD],
        ))
        .expect("16-bit grey");
        assert_eq!(e.xobject.stream.content, vec![0x12, 0xAB]);
        // 8×1 grey at 1 bit: 0b1010_0000 → white, black, white, black, …
        let e = decode(&encode(
            8,
            1,
            png::ColorType::Grayscale,
            png::BitDepth::One,
            &[0b1010_0000],
        ))
        .expect("1-bit grey");
        assert_eq!(e.xobject.stream.content, vec![255, 0, 255, 0, 0, 0, 0, 0]);
        // A palette image with a transparent entry: RGB plus a soft mask.
        let mut out = Vec::new();
        let mut enc = png::Encoder::new(&mut out, 2, 1);
        enc.set_color(png::ColorType::Indexed);
        enc.set_palette(vec![255, 0, 0, 0, 0, 255]);
        enc.set_trns(vec![255, 0]);
        let mut w = enc.write_header().expect("header");
        w.write_image_data(&[0, 1]).expect("pixels");
        w.finish().expect("finish");
        let e = decode(&out).expect("palette");
        assert_eq!(e.xobject.stream.content, vec![255, 0, 0, 0, 0, 255]);
        let Some(DictItem::Stream { stream }) = e.xobject.stream.dict.get("SMask") else {
            panic!("no soft mask for a transparent palette entry")
        };
        assert_eq!(stream.content, vec![255, 0]);
    }

    #[test]
    fn png_bombs_are_refused_before_decoding() {
        // A header declaring 100000×100000 pixels: refused from the header alone.
        let mut huge = tiny_png(1, 1);
        huge[16..24].copy_from_slice(&[0, 1, 0x86, 0xA0, 0, 1, 0x86, 0xA0]);
        let Err(err) = decode(&huge) else {
            panic!("a 100000×100000 PNG was accepted")
        };
        assert!(
            err.contains("100000×100000") || err.contains("PNG"),
            "{err}"
        );
        // Truncated data is an error, not a panic.
        let t = tiny_png(30, 30);
        assert!(decode(&t[..t.len() / 2]).is_err());
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
