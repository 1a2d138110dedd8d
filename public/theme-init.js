// Runs before the SPA loads so a dark-theme user never sees a white flash.
;(function () {
  try {
    var saved = localStorage.getItem('gatehouse-theme')
    var dark = saved === 'dark' || ((saved === null || saved === 'system') && matchMedia('(prefers-color-scheme: dark)').matches)
    document.documentElement.classList.toggle('dark', dark)
  } catch {
    /* storage blocked: keep the light default */
  }
})()
