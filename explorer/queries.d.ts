// Types for test/explorer (TypeScript imports explorer/queries.js; the browser never reads this file).
export declare const SEARCH: string;
export declare const MOST_CITED: string;
export declare const NODE: string;
