/**
 * An imported dataset's credit line as its file gives it: the attribution, and the licence in brackets when there is
 * one. Both are file text: shown as text and isolated (<bdi>) from the words around them.
 */
export function Credit({ attribution, licence }: { attribution: string; licence?: string | undefined }) {
  return (
    <>
      <bdi>{attribution}</bdi>
      {licence ? (
        <>
          {' ('}
          <bdi>{licence}</bdi>
          {')'}
        </>
      ) : null}
    </>
  )
}
