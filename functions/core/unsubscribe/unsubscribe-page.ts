/**
 * The few HTML pages the unsubscribe endpoint answers with. Everything that
 * comes from outside (list name, address, token) is escaped; the pages load
 * nothing and run no script.
 */

export function escapeHtmlText(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function htmlPage(title: string, content: string, language: string): string {
  return `<!doctype html>
<html lang="${escapeHtmlText(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtmlText(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#222}button{font:inherit;padding:.6rem 1.2rem;border:0;border-radius:.3rem;background:#222;color:#fff;cursor:pointer}</style>
</head>
<body>
${content}
</body>
</html>
`;
}

export interface PageContext {
  listName: string;
  language: string;
}

/** What a GET shows: a button that POSTs the token. Link scanners follow GETs; only a person presses the button. */
export function confirmationPage(context: PageContext, email: string, token: string): string {
  const list = escapeHtmlText(context.listName);
  return htmlPage(
    `Unsubscribe from ${context.listName}`,
    `<h1>Unsubscribe from ${list}?</h1>
<p>${escapeHtmlText(email)} will no longer receive ${list}.</p>
<form method="post">
<input type="hidden" name="token" value="${escapeHtmlText(token)}">
<button type="submit">Unsubscribe</button>
</form>`,
    context.language,
  );
}

export function unsubscribedPage(context: PageContext): string {
  const list = escapeHtmlText(context.listName);
  return htmlPage(`Unsubscribed from ${context.listName}`, `<h1>You are unsubscribed</h1>\n<p>You will no longer receive ${list}.</p>`, context.language);
}

export function invalidLinkPage(context: PageContext): string {
  return htmlPage(
    'Invalid unsubscribe link',
    `<h1>This unsubscribe link is not valid</h1>\n<p>Please use the link from a recent ${escapeHtmlText(context.listName)} email, or reply to it and ask to be removed.</p>`,
    context.language,
  );
}

export function methodNotAllowedPage(context: PageContext): string {
  return htmlPage('Method not allowed', '<h1>Method not allowed</h1>', context.language);
}
