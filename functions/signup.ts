/** Lambda entry (function URL): the double opt-in sign-up endpoint. */
import { createSignupContext, createSignupHandler } from './lambda/signup.js';

export const handler = createSignupHandler(createSignupContext({ functionName: 'signup' }));
