import type { ReactNode } from 'react'

/** Only http(s) links are rendered as links; anything else (javascript:, data:) becomes plain text. */
export function isSafeHref(href: string): boolean {
  try {
    const url = new URL(href)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

export function SafeLink({
  href,
  children,
  newTabLabel,
}: {
  href: string
  children: ReactNode
  newTabLabel: string
}) {
  if (!isSafeHref(href)) return <span>{children}</span>
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> {newTabLabel}</span>
    </a>
  )
}
