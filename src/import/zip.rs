//! A small ZIP reader (stored and DEFLATE entries, through `miniz_oxide`): sizes are checked
//! against the limits from the central directory before anything is inflated, and inflating
//! stops at the declared size, so an entry that lies about it cannot grow past the limit.
//! The `zip` crate would bring bzip2/zstd/AES code paths and more than this needs.

use super::problem::{At, Problem};
use super::Limits;

/// CRC-32 (IEEE) table, built at compile time.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xedb8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

fn crc32(data: &[u8]) -> u32 {
    !data.iter().fold(0xffff_ffffu32, |c, &b| {
        CRC_TABLE[((c ^ u32::from(b)) & 0xff) as usize] ^ (c >> 8)
    })
}

pub struct RawEntry<'a> {
    name: String,
    method: u16,
    flags: u16,
    crc: u32,
    compressed: &'a [u8],
    size: u64,
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// The entries of the central directory, checked against the limits (not yet inflated).
pub fn directory<'a>(
    bytes: &'a [u8],
    file: &str,
    limits: &Limits,
) -> Result<Vec<RawEntry<'a>>, Problem> {
    let corrupt = || Problem::ZipCorrupt { at: At::file(file) };
    // End of central directory: the last "PK\5\6" within the 22 + 65 535 comment bytes.
    let search_from = bytes.len().saturating_sub(22 + 65_535);
    let eocd = (search_from..bytes.len().saturating_sub(21))
        .rev()
        .find(|&i| bytes.get(i..i + 4) == Some(b"PK\x05\x06"))
        .ok_or_else(corrupt)?;
    let count = u64::from(u16_at(bytes, eocd + 10).ok_or_else(corrupt)?);
    let cd_offset = u32_at(bytes, eocd + 16).ok_or_else(corrupt)?;
    if cd_offset == u32::MAX || count == u64::from(u16::MAX) {
        return Err(Problem::ZipUnsupported {
            at: At::file(file),
            method: 0xFFFF,
        });
    }
    if count > limits.entries {
        return Err(Problem::ZipTooManyEntries {
            at: At::file(file),
            entries: count,
            limit: limits.entries,
        });
    }
    let mut pos = cd_offset as usize;
    if pos >= bytes.len() {
        return Err(corrupt());
    }
    let mut entries = Vec::new();
    let mut total: u64 = 0;
    for _ in 0..count {
        if u32_at(bytes, pos) != Some(0x0201_4b50) {
            return Err(corrupt());
        }
        let flags = u16_at(bytes, pos + 8).ok_or_else(corrupt)?;
        let method = u16_at(bytes, pos + 10).ok_or_else(corrupt)?;
        let crc = u32_at(bytes, pos + 16).ok_or_else(corrupt)?;
        let csize = u32_at(bytes, pos + 20).ok_or_else(corrupt)?;
        let usize_ = u32_at(bytes, pos + 24).ok_or_else(corrupt)?;
        let name_len = usize::from(u16_at(bytes, pos + 28).ok_or_else(corrupt)?);
        let extra_len = usize::from(u16_at(bytes, pos + 30).ok_or_else(corrupt)?);
        let comment_len = usize::from(u16_at(bytes, pos + 32).ok_or_else(corrupt)?);
        let local = u32_at(bytes, pos + 42).ok_or_else(corrupt)? as usize;
        // Offsets and sizes beyond the file are corrupt (checked before any arithmetic on them).
        if local >= bytes.len() || csize as usize > bytes.len() {
            return Err(corrupt());
        }
        let name_bytes = bytes
            .get(pos + 46..pos + 46 + name_len)
            .ok_or_else(corrupt)?;
        // Names are UTF-8 when flag bit 11 is set, else CP437; KSeF and ANAF names are ASCII.
        let name = String::from_utf8_lossy(name_bytes).into_owned();
        pos += 46 + name_len + extra_len + comment_len;
        if csize == u32::MAX || usize_ == u32::MAX {
            return Err(Problem::ZipUnsupported {
                at: At::entry(file, Some(&name)),
                method: 0xFFFF,
            });
        }
        let (csize, size) = (u64::from(csize), u64::from(usize_));
        total = total.saturating_add(size);
        if total > limits.uncompressed_bytes {
            return Err(Problem::ZipBomb {
                at: At::file(file),
                uncompressed: total,
                limit: limits.uncompressed_bytes,
            });
        }
        if size > 1024 * 1024 && size > csize.max(1).saturating_mul(limits.ratio) {
            return Err(Problem::ZipBomb {
                at: At::entry(file, Some(&name)),
                uncompressed: size,
                limit: csize.saturating_mul(limits.ratio),
            });
        }
        // Local header: 30 bytes plus its own name and extra field lengths.
        let lname = usize::from(u16_at(bytes, local + 26).ok_or_else(corrupt)?);
        let lextra = usize::from(u16_at(bytes, local + 28).ok_or_else(corrupt)?);
        if u32_at(bytes, local) != Some(0x0403_4b50) {
            return Err(corrupt());
        }
        let start = local + 30 + lname + lextra;
        let compressed = bytes
            .get(start..start + csize as usize)
            .ok_or_else(corrupt)?;
        entries.push(RawEntry {
            name,
            method,
            flags,
            crc,
            compressed,
            size,
        });
    }
    Ok(entries)
}

impl RawEntry<'_> {
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn is_dir(&self) -> bool {
        self.name.ends_with('/')
    }

    /// The entry's bytes, never more than its declared size.
    pub fn inflate(&self, file: &str) -> Result<Vec<u8>, Problem> {
        let at = At::entry(file, Some(&self.name));
        if self.flags & 1 != 0 {
            return Err(Problem::ZipEncrypted { at });
        }
        let data = match self.method {
            0 if self.compressed.len() as u64 == self.size => self.compressed.to_vec(),
            0 => return Err(Problem::ZipCorrupt { at }),
            8 => {
                let out = miniz_oxide::inflate::decompress_to_vec_with_limit(
                    self.compressed,
                    self.size as usize,
                )
                .map_err(|_| Problem::ZipCorrupt { at: at.clone() })?;
                if out.len() as u64 != self.size {
                    return Err(Problem::ZipCorrupt { at });
                }
                out
            }
            other => return Err(Problem::ZipUnsupported { at, method: other }),
        };
        // A damaged entry is refused rather than imported with altered digits.
        if crc32(&data) != self.crc {
            return Err(Problem::ZipCorrupt { at });
        }
        Ok(data)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn crc32_check_value() {
        // The CRC-32/ISO-HDLC check value of "123456789".
        assert_eq!(super::crc32(b"123456789"), 0xCBF4_3926);
    }
}
