/*
 * The demo host page's own script: shows what embed.js reports. embed.js re-dispatches each embed's validated
 * "frontera:select" message as a DOM event on its iframe; a publisher could feed this to their own analytics.
 */
;(function () {
  'use strict'
  var output = document.getElementById('host-selection')
  if (!output) return
  document.addEventListener('frontera:select', function (event) {
    var detail = event.detail || {}
    var frame = event.target && event.target.id ? event.target.id : 'an embed'
    output.textContent = detail.eventId ? detail.eventId + ' (in ' + frame + ')' : 'none (in ' + frame + ')'
  })
})()
