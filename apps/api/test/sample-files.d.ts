/** A photo of `width` × `height` pixels with a gradient (so it compresses like a photo). */
export declare function photo(
  width: number,
  height: number,
  format?: 'jpeg' | 'png' | 'webp',
  opts?: {
    orientation?: number;
    alpha?: boolean;
  },
): Promise<Buffer>;
/** A one-page PDF, as small as a valid one gets. */
export declare function pdf(): Buffer;
export declare function xlsx(): Promise<Buffer>;
/** A zip of uncompressed entries. */
export declare function zip(entries: Record<string, string>): Buffer;
/** A minimal Word document: content types, the package relationship and one paragraph. */
export declare function docx(): Buffer;
/** A Windows executable's first bytes (the MZ header file-type recognises). */
export declare function exe(): Buffer;
/** A multipart/form-data body carrying one file (for `app.inject`). */
export declare function multipart(
  file: {
    filename: string;
    content: Buffer;
    contentType?: string;
  },
  field?: string,
): {
  payload: Buffer;
  headers: Record<string, string>;
};
