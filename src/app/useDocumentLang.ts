import { useEffect } from 'react'
import type { Lang } from '../data/types'

/** Keeps <html lang> and the title in the UI language, for screen readers and hyphenation. */
export function useDocumentLang(lang: Lang, title: string): void {
  useEffect(
    function setDocumentLang() {
      document.documentElement.lang = lang
      document.title = title
    },
    [lang, title],
  )
}
