// The shipped registry's full records (everything each protocol says: KBO number, address, DPO
// contacts, ...), for the screens that show them. Those screens are lazy chunks of the pane, and
// so is this data: the first paint and the Send check carry only the compact form (compact.ts).
//
// Import it directly, from a lazy chunk only: imported through the domain's index, which the
// pane's first chunk holds, the records would come along into that chunk.
//
// Replaced at build time like shippedCompact.ts (same loader, form 'records'); computed here from
// the file when run from source.
import data from '../../registry/protocols.json';
import type { ProtocolRecord } from './registrySchema';
import { parseRegistry } from './registryFile';

let records: readonly ProtocolRecord[] | undefined;

export function shippedRecords(): readonly ProtocolRecord[] {
  if (records === undefined) {
    const r = parseRegistry(data);
    if (!r.ok) throw new Error(`registry/protocols.json is not a valid registry:\n${r.problems.map((p) => p.message.en).join('\n')}`);
    records = r.records;
  }
  return records;
}
