// Types of browser.mjs for the TypeScript e2e harness (the scripts themselves are plain JavaScript).
import type { Browser, BrowserContext, Worker } from 'playwright-core';

export const ROOT: string;
export const EXTENSION_DIR: string;

export function chromiumPath(): string;
export function launchPlain(): Promise<Browser>;

export interface LaunchOptions {
  headless?: boolean;
  /** The context's locale (navigator.language, Intl). Default en-US. */
  locale?: string;
  /** The --lang flag; default the locale, null for none. */
  lang?: string | null;
  viewport?: { width: number; height: number };
  extensionDir?: string;
  /** A user-data directory kept after close; else a temporary one, removed. */
  profile?: string;
  profilePrefix?: string;
  /** Extra Chromium flags. */
  args?: string[];
  /** Fill `requests` and `pageErrors`. */
  record?: boolean;
  /** Body of the 404 given to every request nobody routed. */
  refusal?: string;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every request any page or worker made, as URLs (with `record`). */
  requests: string[];
  /** Uncaught page errors (with `record`). */
  pageErrors: string[];
  close(): Promise<void>;
}

export function launchWithExtension(options?: LaunchOptions): Promise<LaunchedBrowser>;
export function pageUrlOf(html: string): string;
export function routeFile(context: BrowserContext, file: string): Promise<string>;
export function seedSettings(worker: Worker, settings: unknown): Promise<void>;
