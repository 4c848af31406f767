// Where the client lives, as the rules are told it: typed in the pane (a postcode, a municipality
// name or a NIS code) or, at Send, the protocol the pane recorded in its header.
import * as z from 'zod/mini';

export const LocationBy = z.enum(['postcode', 'municipality', 'nis', 'protocolId']);
export type LocationBy = z.infer<typeof LocationBy>;

export const ClientLocation = z.strictObject({
  /** protocolId: the Send handler knows only the protocol the pane recorded in its header. */
  by: LocationBy,
  value: z.string().check(z.maxLength(200)),
});
export type ClientLocation = z.infer<typeof ClientLocation>;
