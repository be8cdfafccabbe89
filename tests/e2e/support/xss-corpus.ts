// Stored-XSS payloads for the security suite. Each is short enough for a 100-character field and
// marks what it would inject: an element with a `data-xss` attribute, a call to `alert` (a dialog)
// or `window.__xss`, or a link to a `javascript:` or `data:` address. A page that shows the
// payloads as text has none of these; `injectedMarkers` (run in the page) lists any it finds.

export const XSS_CORPUS: readonly string[] = [
  // Script tags.
  `<script data-xss>alert(1)</script>`,
  `<SCRIPT data-xss>window.__xss=1</SCRIPT>`,
  `<script data-xss src=/x.js></script>`,
  `"><script data-xss>alert(2)</script>`,
  `</title><script data-xss>alert(3)</script>`,
  `</textarea><script data-xss>alert(4)</script>`,
  `<scr<script>ipt data-xss>alert(5)</script>`,
  // Event handlers.
  `<img data-xss src=x onerror=alert(6)>`,
  `<svg data-xss onload=alert(7)>`,
  `<body data-xss onload=alert(8)>`,
  `<details data-xss open ontoggle=alert(9)>`,
  `<input data-xss autofocus onfocus=alert(10)>`,
  `<video data-xss><source onerror=alert(11)></video>`,
  `<audio data-xss src=x onerror=alert(12)>`,
  `<marquee data-xss onstart=alert(13)>x</marquee>`,
  `<div data-xss onpointerover=alert(14)>hover</div>`,
  `<iframe data-xss onload=alert(15)></iframe>`,
  // Attribute breaking.
  `" onmouseover="alert(16)" data-xss="`,
  `' onfocus='alert(17)' autofocus data-xss='`,
  `" autofocus onfocus=alert(18) data-xss x="`,
  `\` onerror=alert(19) data-xss \``,
  `x" /><img data-xss src=x onerror=alert(20)>`,
  // javascript: and data: addresses.
  `javascript:alert(21)`,
  `JaVaScRiPt:alert(22)`,
  `java\tscript:alert(23)`,
  `<a data-xss href="javascript:alert(24)">click</a>`,
  `<a data-xss href="&#106;avascript:alert(25)">x</a>`,
  `data:text/html;base64,PHNjcmlwdD5hbGVydCgyNik8L3NjcmlwdD4=`,
  `<iframe data-xss src="data:text/html,<script>alert(27)</script>">`,
  `<object data-xss data="javascript:alert(28)">`,
  `<embed data-xss src="javascript:alert(29)">`,
  `<form data-xss action="javascript:alert(30)"><button>go</button></form>`,
  // SVG.
  `<svg data-xss><script>alert(31)</script></svg>`,
  `<svg><animate data-xss onbegin=alert(32) attributeName=x dur=1s>`,
  `<svg><a data-xss xlink:href="javascript:alert(33)"><text>x</text></a></svg>`,
  `<svg><foreignObject><img data-xss src=x onerror=alert(34)></foreignObject></svg>`,
  `<math><mtext><img data-xss src=x onerror=alert(35)></mtext></math>`,
  // Mutation XSS.
  `<noscript><p title="</noscript><img data-xss src=x onerror=alert(36)>">`,
  `<svg></p><style><a id="</style><img data-xss src=x onerror=alert(37)>">`,
  `<math><mi><style><img data-xss src=x onerror=alert(38)></style></mi></math>`,
  `<form><math><mtext></form><form><mglyph><style></math><img data-xss src onerror=alert(39)>`,
  `<template><img data-xss src=x onerror=alert(40)></template>`,
  `<!--<img data-xss src="--><img data-xss src=x onerror=alert(41)>`,
  // CSS injection.
  `<style data-xss>body{display:none}</style>`,
  `</style><div data-xss>styled</div>`,
  `<div data-xss style="background:url(javascript:alert(43))">x</div>`,
  `<link data-xss rel=stylesheet href=//evil.example/x.css>`,
  `x;}</style><img data-xss src=x onerror=alert(45)>`,
  `<div data-xss style="width:expression(alert(46))">`,
  // Templates and markdown.
  `{{constructor.constructor('alert(47)')()}}`,
  `\${alert(48)}`,
  `[click](javascript:alert(49))`,
  `![x](x" onerror="alert(50))`,
  `<%= alert(51) %>`,
  `{{7*7}}<img data-xss src=x onerror=alert(52)>`,
  // Odd encodings and places.
  `&lt;img data-xss src=x onerror=alert(53)&gt;`,
  `%3Cscript data-xss%3Ealert(54)%3C/script%3E`,
  `<meta data-xss http-equiv=refresh content="0;url=javascript:alert(55)">`,
  `<base data-xss href=//evil.example/>`,
  `<isindex data-xss type=image src=1 onerror=alert(57)>`,
  `\u2028<img data-xss src=x onerror=alert(58)>\u2029`,
];

/**
 * Joins payloads into values no longer than `max` characters, for fields that hold many at once;
 * every payload is in exactly one value.
 */
export function batchPayloads(payloads: readonly string[], max: number, separator = " "): string[] {
  const values: string[] = [];
  let current = "";
  for (const payload of payloads) {
    if (payload.length > max) throw new Error(`payload longer than ${max}: ${payload}`);
    const joined = current ? `${current}${separator}${payload}` : payload;
    if (joined.length > max) {
      values.push(current);
      current = payload;
    } else {
      current = joined;
    }
  }
  if (current) values.push(current);
  return values;
}

/**
 * What the payloads injected into the page: run in the browser (`page.evaluate`). Empty when
 * every payload was shown as text.
 */
export function injectedMarkers(): string[] {
  const found: string[] = [];
  for (const element of Array.from(document.querySelectorAll("[data-xss]"))) {
    found.push(`element <${element.tagName.toLowerCase()} data-xss>`);
  }
  // React renders these itself in place of an address it refused or a form action it runs.
  const reactPlaceholders = [
    "javascript:thrownewerror('reactformunexpectedlysubmitted.')",
    "javascript:thrownewerror('reacthasblockedajavascript:urlasasecurityprecaution.')",
  ];
  const addresses = Array.from(
    document.querySelectorAll("[href], [src], [action], [data], [formaction]"),
  );
  for (const element of addresses) {
    for (const name of ["href", "src", "action", "data", "formaction", "xlink:href"]) {
      const value = (element.getAttribute(name) ?? "").replace(/\s/g, "").toLowerCase();
      if (reactPlaceholders.includes(value)) continue;
      if (value.startsWith("javascript:") || value.startsWith("data:text/html")) {
        found.push(`<${element.tagName.toLowerCase()} ${name}="${value}">`);
      }
    }
  }
  if ((window as Window & { __xss?: unknown }).__xss !== undefined) found.push("window.__xss set");
  return found;
}
