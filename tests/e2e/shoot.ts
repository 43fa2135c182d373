/** Screenshot helper for looking at the app: npx tsx tests/e2e/shoot.ts "<query>" <width> <height> <out.png> */
import { launchChromium, openPage, serveBuild } from './harness'

const [query = '', width = '1280', height = '800', out = '/tmp/shot.png', action = ''] = process.argv.slice(2)
const served = await serveBuild()
const launched = await launchChromium()
try {
  const { page, foreignRequests, consoleErrors } = await openPage(launched.browser, served.url, {
    width: Number(width),
    height: Number(height),
  })
  await page.goto(`${served.url}${query}`)
  await page.waitForSelector('.event-row', { timeout: 15000 }).catch(() => {
    console.log('no rows', JSON.stringify({ foreignRequests, consoleErrors }))
  })
  await page.waitForTimeout(1500)
  if (action) await page.evaluate(action)
  if (action) await page.waitForTimeout(1200)
  await page.screenshot({ path: out, fullPage: Number(width) < 900 })
  console.log(JSON.stringify({ foreignRequests, consoleErrors }))
} finally {
  await launched.close()
  await served.close()
}
