// Runs what the build generates from a registry file (scripts/lib/shipped-registry.ts) the way a
// bundle would, so tests can compare it with what parsing the file gives.
import vm from 'node:vm';
import type { Protocol, ProtocolRecord } from '../../src/domain';
import type { ShippedForm } from '../../scripts/lib/shipped-registry';
import { shippedModule } from '../../scripts/lib/shipped-registry';

/**
 * Runs a generated module as the bundle would, in a bare context without the built-ins that
 * classic Outlook's ES2016 runtime lacks, and returns what its function gives.
 */
export function generated(file: string, form: ShippedForm): unknown {
  const out = shippedModule(file, form);
  if (!out.ok) throw new Error(out.message);
  const context = vm.createContext({});
  vm.runInContext(
    'delete Object.values; delete Object.entries; delete Object.fromEntries; delete Array.prototype.flat; delete String.prototype.padStart; delete globalThis.globalThis;',
    context,
  );
  const name = form === 'records' ? 'shippedRecords' : 'shippedCompact';
  // JSON round trip: the value comes from another realm, and toEqual compares prototypes too.
  return JSON.parse(vm.runInContext(`${out.code.replace(/^export /m, '')}\nJSON.stringify(${name}())`, context) as string) as unknown;
}

/** The fields of a record that the pane's form carries, as parsing the file gives them. */
export function paneFields(r: ProtocolRecord): Protocol {
  const { name, nis, postcodes, localities } = r.municipality;
  return {
    id: r.id,
    municipality: { name, nis, postcodes, ...(localities ? { localities } : {}) },
    socialService: { name: r.socialService.name, ...(r.socialService.phone ? { phone: r.socialService.phone } : {}) },
    mailbox: r.mailbox,
    localTeam: r.localTeam,
    inForceFrom: r.inForceFrom,
    endedOn: r.endedOn,
  };
}
