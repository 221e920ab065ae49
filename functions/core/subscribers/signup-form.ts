import { escapeHtmlText } from '../unsubscribe/unsubscribe-page.js';

/**
 * The sign-up form the newsroom pastes into its site (the README shows the
 * same one): no JavaScript, a honeypot field people never see, and a
 * `source` field recorded as where the sign-up came from. The preview page
 * shows it live and ready to paste, and the archive index carries it.
 */
export function signupFormHtml(action: string, options: { source?: string } = {}): string {
  return `<form action="${escapeHtmlText(action)}" method="post">
  <label>Email <input type="email" name="email" required autocomplete="email"></label>
  <label>Name (optional) <input type="text" name="name" autocomplete="name"></label>
  <!-- Honeypot: people never see it, bots fill it in. -->
  <div style="position:absolute;left:-10000px" aria-hidden="true">
    <label>Leave this empty <input type="text" name="website" tabindex="-1" autocomplete="off"></label>
  </div>
  <input type="hidden" name="source" value="${escapeHtmlText(options.source ?? 'homepage')}">
  <button type="submit">Subscribe</button>
</form>`;
}

