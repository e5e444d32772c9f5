// The few parts of libheif-js (the Emscripten build of libheif) that decode-heic.ts uses.
declare module 'libheif-js/libheif-wasm/libheif-bundle.mjs' {
  interface HeifImage {
    get_width(): number;
    get_height(): number;
    /** Whether this is the image the file says to show (a HEIF may hold others: bursts, edits, depth). */
    is_primary(): boolean;
    display(target: ImageData, done: (result: ImageData | null) => void): void;
    free(): void;
  }
  interface Libheif {
    HeifDecoder: new () => { decoder: unknown; decode(bytes: Uint8Array): HeifImage[] };
    heif_context_free(context: unknown): void;
  }
  /** Instantiates the module; the WebAssembly binary is inlined, so nothing is fetched. */
  export default function libheif(): Libheif;
}
