import type { ServerResponse } from 'node:http';
import { escapeHtml } from '../http/respond';

export { escapeHtml };

/** Inline, NHS-like styling (no external assets): blue header, Frutiger-ish system font, clear focus ring. */
const STYLE = `
*{box-sizing:border-box}
body{margin:0;font-family:Arial,"Helvetica Neue",sans-serif;font-size:1.1rem;line-height:1.5;color:#212b32;background:#f0f4f5}
header{background:#005eb8;color:#fff;padding:.75rem 1.5rem;display:flex;flex-wrap:wrap;gap:1rem;align-items:baseline}
header .brand{font-weight:700;font-size:1.3rem}
main{max-width:44rem;margin:1.5rem auto;padding:0 1rem}
.panel{background:#fff;padding:1.5rem;border-bottom:4px solid #d8dde0;margin-bottom:1.5rem}
h1{font-size:1.8rem;margin:0 0 1rem}
label{display:block;font-weight:700;margin:1rem 0 .25rem}
.hint{color:#4c6272;margin:0 0 .25rem}
select,input[type=url],input[type=text]{width:100%;font-size:1.1rem;padding:.4rem;border:2px solid #4c6272;border-radius:0;background:#fff}
fieldset{border:0;padding:0;margin:1rem 0}
legend{font-weight:700}
.checkbox{display:flex;gap:.5rem;align-items:center;font-weight:400;margin:.5rem 0}
button{font-size:1.1rem;font-weight:700;padding:.6rem 1.2rem;margin:1rem .75rem 0 0;border:0;border-radius:4px;background:#007f3b;color:#fff;box-shadow:0 4px 0 #00401e;cursor:pointer}
button.secondary{background:#4c6272;box-shadow:0 4px 0 #263139}
:focus-visible{outline:4px solid #ffeb3b;outline-offset:0;box-shadow:0 -2px #ffeb3b,0 4px #212b32}
.error{border-left:8px solid #d5281b;padding-left:1rem}
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
main.ehr{max-width:none;margin:0;padding:0}
.ehr-bar{margin:0;background:#fff;border-bottom:4px solid #005eb8;padding:.5rem 1.5rem;display:flex;flex-wrap:wrap;gap:2rem}
.ehr-bar dt{font-size:.9rem;color:#4c6272}.ehr-bar dd{margin:0;font-weight:700}
.ehr-frame{display:block;width:100%;height:calc(100vh - 9rem);border:0;background:#fff}
`;

/** A complete HTML page; `title` is escaped here, `body` must already be escaped markup. */
export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>`;
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  // Forms may redirect to the app (a loopback URL checked on the server), and the EHR frame embeds it.
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http: https:; frame-src 'self' http: https:",
  );
  res.end(html);
}

/** A plain-language error page. */
export function errorPage(title: string, message: string): string {
  return htmlPage(
    title,
    `<header><span class="brand">HJP Sandbox EHR</span></header>
<main><div class="panel error" role="alert"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></div></main>`,
  );
}
