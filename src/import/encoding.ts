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
    // WHATWG maps "windows-1252" (and latin1) to the same decoder, which every browser and Node ships.
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' }
  }
}

/** Text handed over as a string (paste, tests): only a leading BOM character is removed. */
export function decodeString(text: string): Decoded {
  return text.startsWith('\ufeff')
    ? { text: text.slice(1), encoding: 'UTF-8 with BOM' }
    : { text, encoding: 'UTF-8' }
}
