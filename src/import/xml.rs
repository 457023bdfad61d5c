//! XML reading shared by the KSeF and UBL readers: refuses DTDs, finds the document kind by its
//! root namespace, and offers small path helpers.

use super::problem::{At, Problem};
use super::text::{decode_as, Encoding};
use roxmltree::{Document, Node, ParsingOptions};

pub const FA2_NS: &str = "http://crd.gov.pl/wzor/2023/06/29/12648/";
pub const FA3_NS: &str = "http://crd.gov.pl/wzor/2025/06/25/13775/";
pub const UBL_INVOICE_NS: &str = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
pub const UBL_CREDIT_NOTE_NS: &str = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
pub const ANAF_ERROR_NS: &str = "mfp:anaf:dgti:efactura:mesajEroriFactuta:v1";

/// Caps the parser's node count: an FA invoice of 10 000 lines has about 200 000 nodes.
const NODES_LIMIT: u32 = 2_000_000;

/// The text of an XML file: UTF-8 (with or without BOM), or a legacy code page its declaration
/// names. None when the bytes are not text in a declared encoding.
pub fn xml_text(bytes: &[u8]) -> Option<String> {
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Some(s.to_string());
    }
    let head = String::from_utf8_lossy(bytes.get(..200).unwrap_or(bytes)).to_ascii_lowercase();
    let decl = head.split("?>").next().unwrap_or("");
    if decl.contains("windows-1250") || decl.contains("cp1250") {
        Some(decode_as(bytes, Encoding::Windows1250))
    } else if decl.contains("iso-8859-2") {
        Some(decode_as(bytes, Encoding::Iso88592))
    } else {
        None
    }
}

/// Does the text look like XML (after a BOM and whitespace)?
pub fn looks_like_xml(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    bytes
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|&b| b == b'<')
}

/// Parses, refusing any DOCTYPE before the parser sees it (entity expansion, external entities).
pub fn parse<'a>(text: &'a str, at: &At) -> Result<Document<'a>, Problem> {
    if text.contains("<!DOCTYPE") || text.contains("<!ENTITY") {
        return Err(Problem::Doctype { at: at.clone() });
    }
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: NODES_LIMIT,
        ..ParsingOptions::default()
    };
    Document::parse_with_options(text, options).map_err(|e| match e {
        roxmltree::Error::DtdDetected => Problem::Doctype { at: at.clone() },
        other => {
            let pos = other.pos();
            Problem::MalformedXml {
                at: at.clone(),
                line: pos.row,
                column: pos.col,
            }
        }
    })
}

/// The first child element with this local name.
pub fn child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children()
        .find(|n| n.is_element() && n.tag_name().name() == name)
}

pub fn children<'a, 'i: 'a>(
    node: Node<'a, 'i>,
    name: &'a str,
) -> impl Iterator<Item = Node<'a, 'i>> + 'a {
    node.children()
        .filter(move |n| n.is_element() && n.tag_name().name() == name)
}

/// Follows child elements by local name.
pub fn path<'a, 'i>(node: Node<'a, 'i>, names: &[&str]) -> Option<Node<'a, 'i>> {
    names.iter().try_fold(node, |n, name| child(n, name))
}

/// The trimmed text of the element at `names`, None when absent or empty.
pub fn text_at(node: Node, names: &[&str]) -> Option<String> {
    path(node, names)
        .and_then(|n| n.text())
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}
