/**
 * A corpus of XSS payloads (classic vectors from the OWASP filter-evasion cheat sheet and
 * HTML5 vectors), used as letter text, signatures, reasons, translations and display names.
 * Each, if it ever ran, would set `window.__xss` — the browser test checks it never does.
 */
export const XSS_PAYLOADS: readonly string[] = [
  '<script>window.__xss=1</script>',
  '"><script>window.__xss=2</script>',
  "'><img src=x onerror=window.__xss=3>",
  '<img src=x onerror="window.__xss=4">',
  '<svg onload=window.__xss=5>',
  '<svg><script>window.__xss=6</script></svg>',
  '<iframe srcdoc="<script>parent.__xss=7</script>"></iframe>',
  '<a href="javascript:window.__xss=8">click me</a>',
  '<body onload=window.__xss=9>',
  '<details open ontoggle=window.__xss=10>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=11>',
  '<input autofocus onfocus=window.__xss=12>',
  '<video><source onerror="window.__xss=13"></video>',
  '<style>@import "javascript:window.__xss=14";</style>',
  '<object data="javascript:window.__xss=15"></object>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=16">',
  '{{constructor.constructor("window.__xss=17")()}}',
  '${window.__xss=18}',
  '<scr<script>ipt>window.__xss=19</scr</script>ipt>',
  '&lt;script&gt;window.__xss=20&lt;/script&gt;',
  '<IMG SRC=JaVaScRiPt:window.__xss=21>',
  '<img src="x" onerror="&#119;indow.__xss=22">',
  '\u003cscript\u003ewindow.__xss=23\u003c/script\u003e',
  '<form action="javascript:window.__xss=24"><button>send</button></form>',
  '</textarea><script>window.__xss=25</script>',
  '--><script>window.__xss=26</script><!--',
  'Dear Ivan,\r\nBcc: victim@example.org\r\n\r\n<script>window.__xss=27</script>',
];
