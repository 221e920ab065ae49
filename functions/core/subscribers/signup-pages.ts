import { escapeHtmlText as esc, htmlPage } from '../unsubscribe/unsubscribe-page.js';

/**
 * The pages of the sign-up journey. Everything from outside (list name,
 * address, token, messages) is escaped; no page loads anything or runs a
 * script, and every form posts back to the endpoint itself.
 */

export interface SignupPageContext {
  listName: string;
  language: string;
  siteUrl: string;
}

const back = (context: SignupPageContext) => `<p><a href="${esc(context.siteUrl)}">${esc(new URL(context.siteUrl).host)}</a></p>`;

export function signupFormPage(context: SignupPageContext): string {
  return htmlPage(
    `Subscribe to ${context.listName}`,
    `<h1>Subscribe to ${esc(context.listName)}</h1>
<form method="post">
<p><label>Email<br><input type="email" name="email" required autocomplete="email"></label></p>
<p><label>Name (optional)<br><input type="text" name="name" autocomplete="name"></label></p>
<p style="position:absolute;left:-10000px" aria-hidden="true"><label>Leave this empty<input type="text" name="website" tabindex="-1" autocomplete="off"></label></p>
<button type="submit">Subscribe</button>
</form>`,
    context.language,
  );
}

/** The one answer to every accepted sign-up, whoever the address belongs to. */
export function checkInboxPage(context: SignupPageContext): string {
  return htmlPage(
    'Check your inbox',
    `<h1>Check your inbox</h1>
<p>If the address can receive ${esc(context.listName)}, an email is on its way. Open the link in it to confirm: nothing else will be sent until you do.</p>
${back(context)}`,
    context.language,
  );
}

export function invalidAddressPage(context: SignupPageContext, problem: string): string {
  return htmlPage('Please check the address', `<h1>Please check the address</h1>\n<p>${esc(problem)}.</p>\n<p>Go back and correct it.</p>`, context.language);
}

export function tooManyRequestsPage(context: SignupPageContext): string {
  return htmlPage('Too many attempts', '<h1>Too many attempts</h1>\n<p>Please wait a minute and try again.</p>', context.language);
}

export function forbiddenOriginPage(context: SignupPageContext): string {
  return htmlPage('Not accepted', `<h1>Not accepted</h1>\n<p>This form cannot be sent from that site.</p>\n${back(context)}`, context.language);
}

export function confirmButtonPage(context: SignupPageContext, token: string): string {
  return htmlPage(
    `Confirm your subscription to ${context.listName}`,
    `<h1>Confirm your subscription to ${esc(context.listName)}</h1>
<p>Press the button to start receiving ${esc(context.listName)}.</p>
<form method="post">
<input type="hidden" name="token" value="${esc(token)}">
<button type="submit">Confirm my subscription</button>
</form>`,
    context.language,
  );
}

export function confirmedPage(context: SignupPageContext): string {
  return htmlPage(
    `Subscribed to ${context.listName}`,
    `<h1>You are subscribed</h1>\n<p>${esc(context.listName)} will arrive with its next issue. Every issue has a link to unsubscribe.</p>\n${back(context)}`,
    context.language,
  );
}

export function expiredLinkPage(context: SignupPageContext, token: string): string {
  return htmlPage(
    'This link has expired',
    `<h1>This link has expired</h1>
<p>Confirmation links work for a few days. We can send you a new one.</p>
<form method="post" action="resend">
<input type="hidden" name="token" value="${esc(token)}">
<button type="submit">Send me a new link</button>
</form>`,
    context.language,
  );
}

export function invalidConfirmLinkPage(context: SignupPageContext): string {
  return htmlPage(
    'This link is not valid',
    `<h1>This link is not valid</h1>\n<p>It may have been replaced by a newer one, or copied incompletely. You can sign up again from the site.</p>\n${back(context)}`,
    context.language,
  );
}

export function blockedPage(context: SignupPageContext): string {
  return htmlPage(
    'We cannot subscribe this address',
    `<h1>We cannot subscribe this address</h1>\n<p>Messages to it were refused or reported before. Please reply to any ${esc(context.listName)} email or write to the editors to be added back.</p>`,
    context.language,
  );
}

export function unavailablePage(context: SignupPageContext): string {
  return htmlPage('Please try again', '<h1>Please try again in a few minutes</h1>\n<p>We could not send the email just now.</p>', context.language);
}
