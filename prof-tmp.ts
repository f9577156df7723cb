import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { readFileSync } from 'node:fs';
const data = JSON.parse(readFileSync('generated/egnyte-mcp-server/tools.json', 'utf8'));
const c = (v: unknown) => countTokens(typeof v === 'string' ? v : JSON.stringify(v));
let tdesc = 0, pdesc = 0, skel = 0;
for (const t of data.tools) {
  const mf = c({ name: t.name, title: t.title, description: t.description, inputSchema: t.inputSchema });
  const d = c(t.description); tdesc += d;
  let pd = 0; const walk = (n: any) => { if (n && typeof n === 'object') { if (typeof n.description === 'string') pd += c(n.description); for (const v of Object.values(n)) walk(v); } }; walk(t.inputSchema); pdesc += pd;
  console.log(mf, 'desc', d, 'params', pd, 'rest', mf - d - pd, t.name);
}
console.log({ tdesc: tdesc / 41, pdesc: pdesc / 41 });
