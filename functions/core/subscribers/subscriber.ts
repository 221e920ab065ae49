/** A validated subscriber: `email` is trimmed, ASCII and safe to put in a header. */
export interface Subscriber {
  email: string;
  name: string;
  /** Every other CSV column, by header name; available to templates. */
  fields: Record<string, string>;
}
