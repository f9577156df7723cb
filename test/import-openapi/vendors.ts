/** Real public OpenAPI documents of SaaS vendors, from npm devDependencies (exact versions in package.json). */
export interface VendorDocument {
  integration: string;
  file: string;
  /** Import only these tags (GitHub's whole document is 1,200 operations; CI imports a slice). */
  tags?: string[];
}

export const VENDORS: readonly VendorDocument[] = [
  { integration: 'github', file: 'node_modules/@octokit/openapi/generated/api.github.com.json', tags: ['issues'] },
  { integration: 'idealpostcodes', file: 'node_modules/@ideal-postcodes/openapi/dist/openapi.yaml' },
  { integration: 'directus', file: 'node_modules/@directus/specs/dist/openapi.json' },
];
