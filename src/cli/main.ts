import { parseArgs } from "node:util";
import { type AnalyseOptions, analyse } from "../analysis";
import { errorText } from "../support/error-text";
import { type Input, type Item, kindOf, readInputs, SUPPORTED } from "./inputs";

const USAGE = `Usage: npm run -s analyze -- [options] FILE...

Analyses Vietnam–DPRK diplomatic news and prints the analysis as JSON.

FILE is one of:
  .txt, .text         plain UTF-8 text, analysed as is ("-" reads standard input)
  .html, .htm         a saved web page; the article's headline and body are extracted
                      first (menus, related stories and comments left out) and offsets
                      refer to that extracted text
  .jsonl, .ndjson     one {"id": …, "text": …, "published"?: "YYYY-MM-DD"} object a line

Output:
  one .txt/.html FILE  one Analysis object (pretty-printed unless --compact)
  otherwise            JSON Lines, one {"file"|"id", ...Analysis} per input, in input order

Options:
  --print-text         print the text that would be analysed instead of its analysis
                       (exactly that text for one .txt/.html; JSON Lines {"file"|"id","text"} otherwise)
  --compact            print a single .txt/.html analysis on one line
  --language CODE      skip language detection and analyse as CODE (vi, en, ms, …)
  --url URL            where the .html pages were served: picks the outlet's site adapter,
                       as the extension does on that page (default: the page's canonical link)
  -h, --help           show this help

A file that cannot be read or parsed is reported on stderr, one line each, and the
others are still analysed; the exit code is then 1 (2 for a usage error).
Supported extensions: ${SUPPORTED}.
`;

function fail(message: string): never {
  process.stderr.write(`diplomark: ${message}\nTry --help.\n`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        help: { type: "boolean", short: "h" },
        "print-text": { type: "boolean" },
        compact: { type: "boolean" },
        language: { type: "string" },
        url: { type: "string" },
      },
    });
  } catch (err) {
    return fail((err as Error).message);
  }
}

function main(): void {
  const { values, positionals: files } = parse();
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  if (files.length === 0) fail("no FILE given");
  const printText = values["print-text"] === true;
  const single = files.length === 1 && kindOf(files[0]!) !== "jsonl";
  // A reader piping into `head` closes stdout early; that is not an error of ours.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });

  let failed = false;
  const report = (where: string, message: string) => {
    failed = true;
    process.stderr.write(`diplomark: ${where}: ${message}\n`);
  };
  const run = (input: Input): string => {
    if (printText) return single ? input.text : `${JSON.stringify({ ...input.label, text: input.text })}\n`;
    const opts: AnalyseOptions = {};
    if (values.language) opts.language = values.language;
    if (input.published) opts.published = input.published;
    const analysis = analyse(input.text, opts);
    if (single) return `${JSON.stringify(analysis, null, values.compact ? undefined : 2)}\n`;
    return `${JSON.stringify({ ...input.label, ...analysis })}\n`;
  };

  for (const file of files) {
    const items: Item[] = readInputs(file, values.url);
    for (const item of items) {
      if ("error" in item) {
        report(item.error.where, item.error.message);
        continue;
      }
      try {
        process.stdout.write(run(item.input));
      } catch (err) {
        const at = "line" in item.input.label ? `${file}:${item.input.label.line}` : file;
        const where = "id" in item.input.label ? `${file} (id ${item.input.label.id})` : at;
        report(where, `analysis failed (${errorText(err)})`);
      }
    }
  }
  if (failed) process.exitCode = 1;
}

main();
