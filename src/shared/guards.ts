// Shape checks shared by the message guards, the settings reader and the popup's reply parser.

/** A plain object (not null, not an array): the only shape whose fields we read. */
export const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
