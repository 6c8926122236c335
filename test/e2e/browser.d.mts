import type { BrowserContext } from 'playwright-core';

export declare const ROOT: string;
export declare function chromiumPath(): string;
export declare function extensionDir(): string;
export declare function launchOptions(options: { headless: boolean; dir?: string }): {
  headless: boolean;
  executablePath: string;
  args: string[];
};
export declare function extensionId(context: BrowserContext): Promise<string>;
