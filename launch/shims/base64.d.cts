// The shim's types: the part of js-base64's API that fhirclient calls.
export declare function fromUint8Array(bytes: Uint8Array, urlsafe?: boolean): string;
export declare function encodeURL(text: string): string;
export declare function decode(base64: string): string;
