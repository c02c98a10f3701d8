import * as z from 'zod/mini';
import * as c from '../../src/contract/index.js';
const reg = z.registry<{ id: string }>();
reg.add(c.Session, { id: 'Session' });
reg.add(c.Identifier, { id: 'Identifier' });
reg.add(c.endpoints.signIn.input, { id: '__in_signIn' });
reg.add(c.endpoints.signIn.output, { id: '__out_signIn' });
for (const io of ['input', 'output'] as const) {
  const r = z.toJSONSchema(reg, { io, uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any' });
  console.log(io, JSON.stringify(r, null, 1));
}
const f = z.object({ front: z.file(), n: z.optional(z.string()), d: z._default(z.string(), 'x') });
console.log(JSON.stringify(z.toJSONSchema(f, { io: 'input' })));
console.log(JSON.stringify(z.toJSONSchema(c.Problem, { io: 'output' })));
console.log(JSON.stringify(z.toJSONSchema(c.WithdrawalLock, { io: 'output' })));
