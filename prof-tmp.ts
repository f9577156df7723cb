import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { readFileSync } from 'node:fs';
const data = JSON.parse(readFileSync('generated/egnyte-mcp-server/tools.json', 'utf8'));
const seen = new Map<string, number>();
for (const t of data.tools) {
  const walk = (n: any) => { if (n && typeof n === 'object') { if (typeof n.description === 'string') seen.set(n.description, (seen.get(n.description) ?? 0) + 1); for (const v of Object.values(n)) walk(v); } };
  walk(t.inputSchema);
}
const rows = [...seen].map(([d, k]) => [countTokens(d) * k, k, d] as const).sort((a, b) => b[0] - a[0]);
for (const r of rows.slice(0, 70)) console.log(r[0], r[1], r[2]);
console.log(rows.reduce((s, r) => s + r[0], 0));
