/*
 * Frontera embed helper for host pages (optional: the iframe works without it). It sizes every
 * <iframe data-frontera-embed> to the height its embed reports, and re-dispatches the embed's ready and select
 * messages as DOM events on the iframe ("frontera:ready", "frontera:select", with the message in event.detail), for
 * the page's own analytics or interactions.
 *
 * Defensive by design: a message counts only if it comes from the window inside one of those iframes
 * (event.source === iframe.contentWindow) AND from exactly the origin of that iframe's src; heights must be finite
 * numbers and are clamped to 150..5000 px; no HTML is ever written; loading the script twice is harmless. Plain
 * ES5-style JavaScript, no dependencies.
 */
/* eslint-disable @typescript-eslint/no-unused-vars -- ES5 has no optional catch binding (catch without a name) */
;(function () {
  'use strict'
  var FLAG = '__fronteraEmbedLoaded'
  if (window[FLAG]) return
  try {
    Object.defineProperty(window, FLAG, { value: true })
  } catch (error) {
    window[FLAG] = true
  }

  var MIN_HEIGHT = 150
  var MAX_HEIGHT = 5000
  var SELECTOR = 'iframe[data-frontera-embed]'

  function originOf(iframe) {
    try {
      var url = new URL(iframe.src, document.baseURI)
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null
    } catch (error) {
      return null
    }
  }

  function frameFor(source) {
    if (!source) return null
    var frames = document.querySelectorAll(SELECTOR)
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i]
    return null
  }

  function emit(iframe, name, data) {
    var detail = { eid: typeof data.eid === 'string' ? data.eid : null }
    if (name === 'frontera:select') detail.eventId = typeof data.eventId === 'string' ? data.eventId : null
    if (name === 'frontera:ready') detail.count = typeof data.count === 'number' ? data.count : null
    var event
    try {
      event = new CustomEvent(name, { bubbles: true, detail: detail })
    } catch (error) {
      event = document.createEvent('CustomEvent')
      event.initCustomEvent(name, true, false, detail)
    }
    iframe.dispatchEvent(event)
  }

  function handleMessage(event) {
    var iframe = frameFor(event.source)
    if (!iframe || originOf(iframe) !== event.origin) return
    var data = event.data
    if (!data || typeof data !== 'object' || data.version !== 1) return
    if (data.type === 'frontera:resize') {
      var height = data.height
      if (typeof height !== 'number' || !isFinite(height)) return
      height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height)))
      iframe.style.height = height + 'px'
    } else if (data.type === 'frontera:ready' || data.type === 'frontera:select') {
      emit(iframe, data.type, data)
    }
  }

  /* The frame still shows its initial about:blank (readable because it has the page's origin): a ping now would be
     refused by the browser with a console error, and the embed reports its height by itself once it has loaded. */
  function isBlank(iframe) {
    try {
      return iframe.contentWindow.location.href === 'about:blank'
    } catch (error) {
      return false
    }
  }

  /* Embeds that finished loading before this (async) script ran have already reported their height: ask again. */
  function ping(iframe) {
    if (isBlank(iframe)) return
    var origin = originOf(iframe)
    if (origin && iframe.contentWindow)
      iframe.contentWindow.postMessage({ type: 'frontera:ping', version: 1 }, origin)
  }

  /* Datawrapper's width trick (a percentage width alone is sized oddly by iOS Safari) and no border. Set here through
     the CSSOM, which a host page's Content-Security-Policy allows, rather than as a style="" attribute in the snippet,
     which a strict style-src blocks. */
  function layout(iframe) {
    iframe.style.display = 'block'
    iframe.style.width = '1px'
    iframe.style.minWidth = '100%'
    iframe.style.border = '0'
  }

  function watch(iframe) {
    if (iframe.getAttribute('data-frontera-watched') === '1') return
    iframe.setAttribute('data-frontera-watched', '1')
    layout(iframe)
    iframe.addEventListener('load', function () {
      ping(iframe)
    })
    ping(iframe)
  }

  function watchAll() {
    var frames = document.querySelectorAll(SELECTOR)
    for (var i = 0; i < frames.length; i++) watch(frames[i])
  }

  window.addEventListener('message', handleMessage, false)
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watchAll)
  else watchAll()
})()
