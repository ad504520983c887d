// Formats that are not article text, known by their first bytes ("magic numbers") so a
// PDF named report.txt is refused for what it is. Only containers a corpus folder
// plausibly holds: documents, archives, images, executables.

interface Signature {
  kind: string;
  bytes: number[];
  at?: number;
}

const SIGNATURES: Signature[] = [
  { kind: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { kind: 'Office document or ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] }, // docx, xlsx, pptx, odt, zip
  { kind: 'ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] }, // empty zip
  { kind: 'Office document (OLE2: doc, xls, ppt)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: 'RTF document', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] }, // {\rtf
  { kind: 'gzip archive', bytes: [0x1f, 0x8b] },
  { kind: 'bzip2 archive', bytes: [0x42, 0x5a, 0x68] },
  { kind: 'xz archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { kind: 'zstd archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { kind: '7z archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'RAR archive', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { kind: 'tar archive', bytes: [0x75, 0x73, 0x74, 0x61, 0x72], at: 257 }, // ustar
  { kind: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'executable (ELF)', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { kind: 'SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
];

/** The format the bytes announce, or null for anything that may be text. */
export function binaryKind(bytes: Uint8Array): string | null {
  // A PDF may have a few bytes (a BOM, blank lines) before its header; look past them.
  let start = 0;
  while (start < 16 && start < bytes.length && (bytes[start] === 0x20 || bytes[start] === 0x0a || bytes[start] === 0x0d || bytes[start] === 0x09)) start++;
  for (const s of SIGNATURES) {
    const at = s.at ?? (s.kind === 'PDF' ? start : 0);
    if (bytes.length < at + s.bytes.length) continue;
    if (s.bytes.every((b, i) => bytes[at + i] === b)) return s.kind;
  }
  return null;
}
