/**
 * How a list tool pages, as the generator writes it into the data contract (one shape per paging
 * style). Re-exported by `tool-data.ts`, the contract's one entry.
 */

/** Offset paging: the runtime turns `limit`/`next_cursor` into the vendor's offset and page size. */
export interface OffsetPagination {
  style: 'offset';
  offsetParam: string;
  limitParam: string;
  /** Where both paging parameters go. */
  paramsIn: 'query' | 'body';
  /** 1 for SCIM-style `startIndex`, 0 for plain offsets. */
  firstOffset: number;
  maxLimit: number;
  defaultLimit: number;
  /** Dotted path of the total item count in the response, when the vendor reports one. */
  totalPath?: string;
}

/** Cursor paging: the vendor hands back a value to send on the next call. */
export interface CursorPagination {
  style: 'cursor';
  /** Vendor parameter that carries the cursor on the next call. */
  cursorParam: string;
  paramsIn: 'query' | 'body';
  /**
   * Dotted path of the next cursor value in the response; `-1` indexes the last item, so
   * `data.-1.id` pages by "start after the last item's id" (@since runtime 2.1.0). An empty string ends the listing.
   */
  nextCursorPath: string;
  /** Dotted path of a boolean "more to come" flag; without it, an empty page ends the listing. */
  morePath?: string;
  /** When true, follow-up calls send only the cursor (and the limit), not the other arguments. */
  cursorOnly: boolean;
  limitParam?: string;
  maxLimit?: number;
  defaultLimit?: number;
}

/**
 * @since runtime 1.1.0. Page-number paging (`page` + page size). The listing ends at the total page count, the
 * total item count or a false/null "more" value when the vendor reports one, else at a short page.
 */
export interface PageNumberPagination {
  style: 'page';
  pageParam: string;
  /** Vendor parameter for the page size. */
  sizeParam: string;
  paramsIn: 'query' | 'body';
  /** Number of the first page (1 for most APIs). */
  firstPage: number;
  maxLimit: number;
  defaultLimit: number;
  /** Dotted path of the total number of pages. */
  totalPagesPath?: string;
  /** Dotted path of the total number of items. */
  totalItemsPath?: string;
  /** Dotted path of a value that is false or null on the last page (`has_more`, `next_page`). */
  morePath?: string;
}

/**
 * @since runtime 1.1.0. RFC 8288 `Link: <url>; rel="next"` paging. The next URL is only followed when it stays
 * on the base URL's origin and under its path; anything else is refused.
 */
export interface LinkHeaderPagination {
  style: 'link_header';
  /** Page-size parameter of the first call; follow-up URLs carry the vendor's own. */
  limitParam?: string;
  maxLimit?: number;
  defaultLimit?: number;
}

/** @since runtime 1.1.0. Cursor paging whose next cursor arrives in a response header (empty or absent: the end). */
export interface HeaderCursorPagination {
  style: 'header_cursor';
  cursorParam: string;
  nextCursorHeader: string;
  paramsIn: 'query' | 'body';
  limitParam?: string;
  maxLimit?: number;
  defaultLimit?: number;
}

/**
 * @since runtime 2.1.0. A next-page link in the body (`links.next`, `@odata.nextLink`, `next_page_uri`):
 * absolute, or relative to the API's origin; followed under the same rule as a Link header.
 */
export interface BodyLinkPagination {
  style: 'body_link';
  /** Dotted path of the next link; null, empty or absent ends the listing. */
  nextLinkPath: string;
  /** Dotted path of a "more to come" flag, when the vendor sends one beside the link. */
  morePath?: string;
  limitParam?: string;
  maxLimit?: number;
  defaultLimit?: number;
}

/**
 * @since runtime 2.1.0. A list the API answers in one page with no way to ask for the next: the
 * answer may still say more exists (`morePath`, `totalPath`), and the result then says the list is
 * incomplete instead of ending silently.
 */
export interface SinglePagePagination {
  style: 'none';
  morePath?: string;
  totalPath?: string;
  limitParam?: string;
  maxLimit?: number;
  defaultLimit?: number;
  paramsIn: 'query' | 'body';
}

export type Pagination =
  | OffsetPagination
  | CursorPagination
  | PageNumberPagination
  | LinkHeaderPagination
  | HeaderCursorPagination
  | BodyLinkPagination
  | SinglePagePagination;
