//! Writes laid-out pages as a PDF: each face subset to the glyphs used, embedded as a
//! CIDFontType2 with Identity encoding and a ToUnicode map (text copies and searches
//! correctly), page numbers, and title/author metadata.

use super::layout::{Measure, Op, PAGE_H, PAGE_W};
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use std::collections::BTreeMap;
use subsetter::GlyphRemapper;

pub struct Face<'a> {
    data: &'a [u8],
    face: ttf_parser::Face<'a>,
}

impl<'a> Face<'a> {
    pub fn parse(data: &'a [u8]) -> Option<Face<'a>> {
        Some(Face {
            data,
            face: ttf_parser::Face::parse(data, 0).ok()?,
        })
    }

    fn glyph(&self, c: char) -> u16 {
        let c = if c == '\u{a0}' { ' ' } else { c };
        self.face.glyph_index(c).map(|g| g.0).unwrap_or(0)
    }

    fn advance(&self, gid: u16) -> f32 {
        let units = f32::from(self.face.units_per_em());
        f32::from(
            self.face
                .glyph_hor_advance(ttf_parser::GlyphId(gid))
                .unwrap_or(0),
        ) / units
    }
}

pub struct Faces<'a> {
    pub regular: Face<'a>,
    pub bold: Face<'a>,
}

impl Measure for Faces<'_> {
    fn width(&self, text: &str, bold: bool) -> f32 {
        let face = if bold { &self.bold } else { &self.regular };
        text.chars().map(|c| face.advance(face.glyph(c))).sum()
    }
}

/// One embedded font: the glyphs used, renumbered for the subset, and their characters.
struct Used {
    remapper: GlyphRemapper,
    chars: BTreeMap<u16, char>,
}

impl Used {
    fn new() -> Self {
        Used {
            remapper: GlyphRemapper::new(),
            chars: BTreeMap::new(),
        }
    }

    /// The text as 2-byte CIDs of the subset (Identity-H).
    fn encode(&mut self, face: &Face, text: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(text.len() * 2);
        for c in text.chars() {
            let cid = self.remapper.remap(face.glyph(c));
            self.chars
                .entry(cid)
                .or_insert(if c == '\u{a0}' { ' ' } else { c });
            out.extend_from_slice(&cid.to_be_bytes());
        }
        out
    }
}

fn write_font(
    pdf: &mut Pdf,
    next: &mut impl FnMut() -> Ref,
    face: &Face,
    used: &Used,
    name: &[u8],
) -> Ref {
    let (type0, cid, descriptor, cmap_id, file) = (next(), next(), next(), next(), next());
    let base = [b"OVRDUE+".as_slice(), name].concat();
    let info = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };
    pdf.type0_font(type0)
        .base_font(Name(&base))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid)
        .to_unicode(cmap_id);
    let mut cid_font = pdf.cid_font(cid);
    cid_font
        .subtype(CidFontType::Type2)
        .base_font(Name(&base))
        .system_info(info)
        .font_descriptor(descriptor)
        .cid_to_gid_map_predefined(Name(b"Identity"));
    // The subset's glyphs in their new order, each with its original advance.
    let widths: Vec<f32> = used
        .remapper
        .remapped_gids()
        .map(|old| face.advance(old) * 1000.0)
        .collect();
    cid_font.widths().consecutive(0, widths);
    cid_font.finish();
    let f = &face.face;
    let scale = 1000.0 / f32::from(f.units_per_em());
    let bbox = f.global_bounding_box();
    pdf.font_descriptor(descriptor)
        .name(Name(&base))
        .flags(FontFlags::NON_SYMBOLIC)
        .bbox(Rect::new(
            f32::from(bbox.x_min) * scale,
            f32::from(bbox.y_min) * scale,
            f32::from(bbox.x_max) * scale,
            f32::from(bbox.y_max) * scale,
        ))
        .italic_angle(0.0)
        .ascent(f32::from(f.ascender()) * scale)
        .descent(f32::from(f.descender()) * scale)
        .cap_height(f32::from(f.capital_height().unwrap_or(f.ascender())) * scale)
        .stem_v(80.0)
        .font_file2(file);
    let mut cmap = UnicodeCmap::new(Name(b"Overdue-UTF16"), info);
    for (cid, c) in &used.chars {
        cmap.pair(*cid, *c);
    }
    pdf.cmap(cmap_id, &cmap.finish());
    let subset =
        subsetter::subset(face.data, 0, &used.remapper).unwrap_or_else(|_| face.data.to_vec());
    pdf.stream(file, &subset)
        .pair(Name(b"Length1"), subset.len() as i32);
    type0
}

pub fn write(pages: &[Vec<Op>], faces: &Faces, title: &str, author: &str) -> Vec<u8> {
    let mut pdf = Pdf::new();
    let mut counter = 0;
    let mut next = || {
        counter += 1;
        Ref::new(counter)
    };
    let (catalog, tree, info) = (next(), next(), next());
    let mut regular = Used::new();
    let mut bold = Used::new();
    let total = pages.len();
    let mut page_ids = Vec::new();
    let mut contents = Vec::new();
    for (n, ops) in pages.iter().enumerate() {
        let mut content = Content::new();
        content.set_line_width(0.5);
        content.set_stroke_gray(0.55);
        for op in ops {
            if let Op::Line { x1, y1, x2, y2 } = op {
                content.move_to(*x1, *y1).line_to(*x2, *y2).stroke();
            }
        }
        let mut text =
            |content: &mut Content, x: f32, y: f32, size: f32, is_bold: bool, s: &str| {
                let bytes = if is_bold {
                    bold.encode(&faces.bold, s)
                } else {
                    regular.encode(&faces.regular, s)
                };
                content.begin_text();
                content.set_font(Name(if is_bold { b"F2" } else { b"F1" }), size);
                content.set_text_matrix([1.0, 0.0, 0.0, 1.0, x, y]);
                content.show(Str(&bytes));
                content.end_text();
            };
        for op in ops {
            if let Op::Text {
                x,
                y,
                size,
                bold: b,
                text: s,
            } = op
            {
                text(&mut content, *x, *y, *size, *b, s);
            }
        }
        let number = format!("{} / {}", n + 1, total);
        let w = faces.width(&number, false) * 8.0;
        text(&mut content, (PAGE_W - w) / 2.0, 30.0, 8.0, false, &number);
        contents.push(content.finish());
        page_ids.push(next());
    }
    let f1 = write_font(
        &mut pdf,
        &mut next,
        &faces.regular,
        &regular,
        b"LiberationSans",
    );
    let f2 = write_font(
        &mut pdf,
        &mut next,
        &faces.bold,
        &bold,
        b"LiberationSans-Bold",
    );
    for (page_id, content) in page_ids.iter().zip(contents) {
        let content_id = next();
        let mut page = pdf.page(*page_id);
        page.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H))
            .parent(tree)
            .contents(content_id);
        page.resources()
            .fonts()
            .pair(Name(b"F1"), f1)
            .pair(Name(b"F2"), f2);
        page.finish();
        // Uncompressed: no deflate library in the wasm, and a letter's pages are small.
        pdf.stream(content_id, &content);
    }
    pdf.pages(tree)
        .kids(page_ids.iter().copied())
        .count(page_ids.len() as i32);
    pdf.catalog(catalog).pages(tree);
    pdf.document_info(info)
        .title(TextStr(title))
        .author(TextStr(author))
        .creator(TextStr("Overdue"));
    pdf.finish()
}
