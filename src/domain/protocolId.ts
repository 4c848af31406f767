// A protocol's id, on its own: the pane writes it in the X-KG-Protocol header and the Send check
// reads it back (marker.ts), so the header's rule and the registry's rule are this one schema,
// without either side bundling the other's.
import * as z from 'zod/mini';

export const ProtocolId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(64));
