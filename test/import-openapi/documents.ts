/** Small OpenAPI pieces the mapping tests build their documents from. */
export const ok = {
  '200': {
    description: 'ok',
    content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
  },
};
export const idParam = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The widget identifier.',
  schema: { type: 'string' },
};
export const described = (text: string) => ({ summary: text, description: `${text} in the Acme account.` });
