/**
 * Bytes to text: UTF-8 with or without a byte-order mark, UTF-16 with one, and Windows-1252 (what Excel on Windows
 * writes) when the bytes are not valid UTF-8. The report names the encoding found.
 */
export type Decoded = {
  text: string
  encoding: 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252'
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 with BOM' }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' }
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'Windows-1252' }
  }
}

/** Text handed over as a string (paste, tests): only a leading BOM character is removed. */
export function decodeString(text: string): Decoded {
  return text.startsWith('\ufeff')
    ? { text: text.slice(1), encoding: 'UTF-8 with BOM' }
    : { text, encoding: 'UTF-8' }
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, curly quotes, dashes…). Browsers' TextDecoder knows it;
 * Node's small-ICU builds decode those bytes as C1 control characters, so they are mapped here (WHATWG's index).
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
]

function decodeWindows1252(bytes: Uint8Array): string {
  const text = new TextDecoder('windows-1252').decode(bytes)
  return text.replace(/[\u0080-\u009f]/g, (char) =>
    String.fromCharCode(CP1252_HIGH[char.charCodeAt(0) - 0x80] ?? 0xfffd),
  )
}
