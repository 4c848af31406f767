// zod compiles a fast object parser with `new Function` unless told not to, and its probe for
// that alone (a caught `new Function("")`) raises a script-src violation under the pane's CSP,
// which has no 'unsafe-eval'. jitless must be set before any module *defines* a schema (zod
// decides per object schema when it is created), so the bootstrap imports this module first.
import { config } from 'zod/mini';

config({ jitless: true });
