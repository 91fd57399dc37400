import { test as base, expect } from "@playwright/test";

// Every page a test opens fails the test on an uncaught exception or an unexpected
// console.error. A test that provokes one on purpose names it with one pattern
// (alternatives joined by |): `test.use({ allowedConsoleErrors: /status of 404/ })`.
export const test = base.extend<{ allowedConsoleErrors: RegExp | null; consoleGuard: void }>({
  allowedConsoleErrors: [null, { option: true }],
  consoleGuard: [
    async ({ page, allowedConsoleErrors }, use) => {
      const problems: string[] = [];
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        const text = message.text();
        if (allowedConsoleErrors?.test(text)) return;
        const where = message.location().url;
        problems.push(`console.error: ${text}${where ? ` (${where})` : ""}`);
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      await use();
      expect(problems, "the page logged errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export function uniqueTitle(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}
