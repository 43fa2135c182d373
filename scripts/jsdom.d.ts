// The part of jsdom's API scripts/prerender.ts uses (jsdom ships no types; @types/jsdom lags its releases).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string, options?: { url?: string })
    readonly window: Window & typeof globalThis
  }
}
