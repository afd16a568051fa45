import type { Server } from 'node:http';

export const CONTENT_TYPES: Record<string, string>;
export function staticServer(root: string, options?: { answer?: (path: string) => { status?: number; type?: string } | undefined }): Server;
